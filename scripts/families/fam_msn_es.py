"""Family 'msn_es': a Medicare Summary Notice for Part B in Spanish ("Resumen de Medicare", Parte B), laid out as the
public form: a first page with the beneficiary's name, Medicare number and notice date, a "Su resumen" dashboard
(deductible status, "¿Se le negó algún servicio?" SÍ/NO, total the provider may bill), a claims page (one block per
provider with a claim number, a table of service dates, services, "¿Se aprobó?", charged, Medicare-approved, paid
and the most the patient may be billed, with note letters) and "Cómo presentar una apelación" with the printed last
day ("Las apelaciones deben presentarse antes del ..."), plus decoy dates (the period the notice covers, the next
notice, the deductible year) and decoy numbers (document control number, SHIP and 1-800 phone numbers).

The issuer is Medicare (the form's own heading); the claims contractor's name is printed in the appeal address
(an invented contractor, accepted as an alternate). Three label sets (2019-style, older "Número de Medicare" boxes,
a large-print layout), Spanish long dates, day-abbreviated-month dates and slash dates in the table. Reasons:
medical necessity (in the note keyword or only in plain words), a service Medicare never covers, a duplicate
claim ('other'), no Part B on the date of service (eligibility), and one notice with nothing denied.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsa import MESES, address, days, fdate, iso, m2, money, npi, person, usd

FAMILY = "msn_es"
LANG = "es"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CONTRACTOR = "Aguamarina Servicios de Reclamaciones de Medicare"
PROVS = ["Clínica Ribera del Sol", "Dr. Anselmo Tordesillas", "Laboratorio Diagnóstico Peñascal",
         "Centro de Imágenes Arrecife", "Fisioterapia Bahía Quieta"]
SERVICES = [("99213", "Visita al consultorio, paciente establecido"), ("80053", "Panel metabólico completo"),
            ("71046", "Radiografía de tórax, 2 vistas"), ("97140", "Terapia manual, cada 15 minutos"),
            ("93000", "Electrocardiograma con interpretación"), ("92557", "Evaluación audiológica completa")]
# kind: (denial type, note text)
NOTES = {"mednec": ("medical_necessity", "Medicare no pagará este artículo o servicio porque no es médicamente "
                    "necesario según la información proporcionada."),
         "plain": ("medical_necessity", "La información que envió su proveedor no muestra que usted necesitara este "
                   "servicio con esta frecuencia para su diagnóstico."),
         "noncov": ("not_covered", "Medicare no cubre exámenes de audición de rutina ni audífonos. Usted es "
                    "responsable del cargo."),
         "dup": ("other", "Esta reclamación es un duplicado de una reclamación que ya se procesó. No se pagó de nuevo."),
         "elig": ("eligibility", "Usted no tenía Medicare Parte B en la fecha en que recibió este servicio."),
         "paid": (None, "")}


class Msn(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def first_page(d: Msn, f: dict) -> None:
    big = f["lab"] == 2
    d.text_line("Resumen de Medicare" if f["lab"] != 1 else "RESUMEN DE MEDICARE", 20 if big else 17, "B", h=9)
    d.text_line("Parte B (Seguro Médico)", 12, "B", h=6)
    d.text_line("Este aviso es para " + f["pat"], 10, h=5.5)
    d.rule(0.8, 2)
    lbl = [("Número de Medicare", "Fecha de este aviso", "Reclamaciones procesadas del"),
           ("Su número de Medicare", "Fecha del aviso", "Período del"),
           ("Número de Medicare:", "Fecha:", "Este aviso cubre del")][f["lab"]]
    d.boxes([(lbl[0], f["mbi"], 60), (lbl[1], f["fd"](f["notice"]), 60),
             (lbl[2], f"{fdate(f['pstart'], 'slash')} al {fdate(f['pend'], 'slash')}", 60)], h=12)
    d.ln(3)
    for ln in [f["pat"].upper(), *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Su resumen", 13, "B", h=7)
    d.para(f"Su deducible: Usted ha pagado {usd(257)} de su deducible de {usd(257)} de la Parte B para "
           f"{f['notice'].year}.", 10)
    d.text_line("¿Se le negó algún servicio?", 11.5, "B", h=6)
    denied = any(c["kind"] != "paid" for c in f["claims"])
    if denied:
        d.para("SÍ. Medicare negó la cobertura de algunos servicios. Vea las páginas 2 y 3 para más información. "
               "Si no está de acuerdo, tiene derecho a apelar.", 10)
    else:
        d.para("NO. Medicare aprobó todos los servicios en este aviso.", 10)
    d.text_line("Total que sus proveedores le pueden facturar: " + usd(f["maxbill"]), 11, "B", h=6)
    d.para(f"Su próximo Resumen de Medicare se enviará alrededor de {fdate(days(f['notice'], 90), f['ds'])} si "
           "recibe servicios. Inscríbase en el sitio web seguro para ver sus reclamaciones cada mes.", 9)
    d.para("¿Necesita ayuda? Llame al 1-800-MEDICARE (1-800-633-4227). Los usuarios de TTY deben llamar al "
           "1-877-486-2048.", 9)


def claims_page(d: Msn, f: dict) -> None:
    d.add_page()
    d.text_line("Sus reclamaciones de la Parte B", 14, "B", h=7)
    d.rule(0.5, 2)
    for c in f["claims"]:
        d.text_line(f"Servicios proporcionados por {c['prov']}", 10.5, "B", h=5.5)
        d.text_line(f"Número de reclamación {c['no']}   Remitida por: Dr. Ismael Pandolfi", 9, h=5)
        rows = []
        for ln in c["lines"]:
            rows.append([fdate(ln["dos"], f["tds"]), f"{ln['desc'][:34]} ({ln['code']})", "No" if c["note"] else "Sí",
                         usd(ln["billed"]), usd(ln["appr"]), usd(ln["paid"]), usd(ln["max"]), c["note"]])
        rows.append(["*Total", "", "", usd(c["billed"]), usd(sum(x["appr"] for x in c["lines"])),
                     usd(sum(x["paid"] for x in c["lines"])), usd(sum(x["max"] for x in c["lines"])), ""])
        d.table(["Fecha", "Servicio proporcionado", "¿Aprob.?", "Cobrado", "Aprobado", "Pagado",
                 "Máx. factura", "Nota"], rows, [22, 62, 15, 19, 19, 17, 20, 10], size=7.4,
                aligns="LLCRRRRC")
    d.text_line("Notas para las reclamaciones de arriba", 10.5, "B", h=6)
    for c in f["claims"]:
        if c["note"]:
            d.para(f"{c['note']}  {NOTES[c['kind']][1]}", 9, gap=1.2)
    if not any(c["note"] for c in f["claims"]):
        d.para("No hay notas para este aviso.", 9)


def appeal_page(d: Msn, f: dict) -> None:
    d.add_page()
    d.text_line("Cómo presentar una apelación", 14, "B", h=7)
    d.para("Si no está de acuerdo con una decisión de cobertura o de pago en este aviso, puede presentar una "
           "apelación.", 10)
    d.font(11, "B")
    d.multi_cell(0, 6, f"Las apelaciones deben presentarse antes del {fdate(f['deadline'], f['ds'])}.", border=1,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for b in ["1. Encierre en un círculo los servicios con los que no está de acuerdo y explique por escrito por qué.",
              "2. Escriba su nombre, número de teléfono y número de Medicare, y firme esta página.",
              f"3. Envíela a: {CONTRACTOR}, Apelaciones Parte B, PO Box 30418, Mayagüez, PR 00680.",
              "Si necesita más tiempo, explique por qué en su solicitud. La decisión suele tomarse dentro de 60 "
              "días después de que recibimos la apelación."]:
        d.para(b, 9.5, gap=1)
    d.text_line("Obtenga ayuda con este aviso", 11, "B", h=6)
    d.para("Su Programa Estatal de Asistencia sobre Seguros de Salud (SHIP) le da asesoría gratuita: "
           f"{f['ship']}. Reporte fraude: 1-800-HHS-TIPS.", 9)
    d.para(f"Número de control del documento {f['dcn']}. Producido por los Centros de Servicios de Medicare y "
           "Medicaid.", 8)


def build(f: dict) -> bytes:
    d = Msn("ESTO NO ES UNA FACTURA  |  Página {p} de {n}")
    d.add_page()
    first_page(d, f)
    claims_page(d, f)
    appeal_page(d, f)
    return pdf_bytes(d)


def mbi(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    c = lambda: r.choice(L)  # noqa: E731
    n = lambda: str(r.randint(0, 9))  # noqa: E731
    return f"{r.randint(1, 9)}{c()}{c()}{n()}-{c()}{c()}{n()}-{c()}{c()}{n()}{n()}"


def facts(r: random.Random, kinds: list[str], lab: int, ds: str, tds: str) -> dict:
    notice = dt.date(2026, 2, 11) + dt.timedelta(days=r.randint(0, 170))
    f = dict(lab=lab, ds=ds, tds=tds, notice=notice, fd=lambda x: fdate(x, ds), pat=person(r, "es"),
             addr=address(r, "es"), mbi=mbi(r), pstart=days(notice, -r.randint(88, 95)), pend=days(notice, -3),
             ship=f"1-877-555-{r.randint(2000, 2999)}", dcn=str(r.randint(10 ** 11, 10 ** 12 - 1)))
    claims = []
    for k, kind in enumerate(kinds):
        code, desc = SERVICES[5] if kind == "noncov" else r.choice(SERVICES[:5])
        dos0 = days(notice, -r.randint(20, 75))
        lines = []
        for j in range(r.randint(1, 3)):
            billed = money(r, 60, 900)
            ok = kind == "paid"
            appr = round(billed * 0.41, 2) if ok else 0.0
            paid = round(appr * 0.8, 2) if ok else 0.0
            lines.append(dict(dos=days(dos0, 3 * j), code=code, desc=desc, billed=billed, appr=appr, paid=paid,
                              max=round(appr - paid, 2) if ok else billed))
        claims.append(dict(kind=kind, prov=r.choice(PROVS), no=str(r.randint(10 ** 13, 10 ** 14 - 1)), lines=lines,
                           billed=round(sum(x["billed"] for x in lines), 2), note="" if kind == "paid" else "ABC"[k]))
    f["claims"] = claims
    f["maxbill"] = round(sum(x["max"] for c in claims for x in c["lines"]), 2)
    f["deadline"] = days(notice, 120)
    return f


def make_truth(f: dict) -> dict:
    target = next((c for c in f["claims"] if c["kind"] != "paid"), f["claims"][0])
    denial = NOTES[target["kind"]][0]
    alts: dict = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part B", CONTRACTOR]}
    if denial is None:
        alts["appeal_deadline"] = [None]
    prov = target["prov"]
    if prov.startswith("Dr. "):
        alts["provider"] = [prov[4:]]
    return truth("eob", denial, lang="es", insurer="Medicare", member_id=f["mbi"], member_name=f["pat"],
                 case_numbers=[target["no"]], claim_amount=m2(target["billed"]),
                 service_dates=[iso(x["dos"]) for x in target["lines"]], denial_date=iso(f["notice"]),
                 provider=prov, appeal_deadline=iso(f["deadline"]), alternates=alts,
                 denial_alternates=["not_covered"] if denial == "other" else None)


# (stem, condition, claim kinds, label set, date style, table date style)
PLAN = [
    ("msn_es_bd_mednec", "born_digital", ["paid", "mednec"], 0, "es", "slash"),
    ("msn_es_bd_paid", "born_digital", ["paid", "paid"], 1, "es", "slash"),
    ("msn_es_scan_noncov", "scan_clean_300", ["noncov"], 2, "es", "es_abbr"),
    ("msn_es_lowres_dup", "scan_lowres_150", ["paid", "dup"], 0, "es_abbr", "slash"),
    ("msn_es_copy_plain", "photocopy", ["plain"], 1, "es", "slash"),
    ("msn_es_faxf_elig", "fax_fine_g4", ["elig"], 2, "es", "es_abbr"),
    ("msn_es_photo_mednec", "phone_photo", ["mednec", "paid"], 0, "es", "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, lab, ds, tds) in enumerate(PLAN):
        r = random.Random(92100 + i)
        f = facts(r, kinds, lab, ds, tds)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
