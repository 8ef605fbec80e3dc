"""Family 'spanish_prose_denial': invented US plans' denial letters written entirely in Spanish prose, with no
label grid at all.

Bellhaven Community Health Plan and Arboleda Health Plan of Texas are fictional, and so is every clinic, doctor,
person and number. The member ID, group, claim or case number, the service date or span, the doctor and the amount
appear only inside sentences ("el servicio que recibió el 3 de marzo de 2026 con la Dra. ...", "por un total de
$1,234.56"); reasons vary (not medically necessary, no prior approval, out of network, investigational, coverage
ended, filed late, a cosmetic exclusion) and appeal rights are in Spanish. A fax stack holds a denial and an
approval. Decoys: the received date, the printed letter date on the insert, a document number and form number, the
NPI, the amount the plan allowed or an example amount, the 72-hour expedited and external review time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp2 import address, days, doctor, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "spanish_prose_denial"
FEMALE = {"Berenice", "Dulcinea", "Florinda", "Herminia", "Isaura", "Maximina", "Petronila", "Remedios", "Sinforosa"}
LANG = "es"
PLANS = {"bh": ("Bellhaven Community Health Plan", "Bellhaven", "Yakima, WA 98901"),
         "ar": ("Arboleda Health Plan of Texas", "Arboleda", "Brownsville, TX 78520")}
PLACES = ["Centro Médico Riberalta", "Clínica Familiar Los Nogales", "Hospital San Teodoro", "Centro de Imágenes Altavista",
          "Cirugía Ambulatoria Peñascal", "Clínica de Especialidades Mirador"]
SERVICES = {"mednec": "una resonancia magnética de la columna lumbar", "pa": "una cirugía de rodilla (artroscopia)",
            "oon": "una hospitalización", "exp": "una terapia de estimulación magnética transcraneal",
            "elig": "una consulta con un especialista y análisis de laboratorio",
            "tf": "una endoscopia digestiva alta", "cos": "una cirugía de párpados (blefaroplastia)",
            "ok": "una cirugía de cataratas del ojo derecho"}


def letterhead(d: Doc, f: dict) -> None:
    name, short, city = PLANS[f["plan"]]
    if f["lh"] == 0:
        d.text_line(short.upper(), 18, "B", h=8)
        d.text_line(name[len(short) + 1:], 11, "", h=5.5)
    else:
        d.text_line("Una compañía de Cordovan Health Holdings", 8, "I", h=4.5)
        d.text_line(name, 14, "B", h=7)
    d.text_line(f"Apartado postal {f['box']}, {city}   |   Servicios al Miembro {f['ph']} (TTY 711)", 8, h=4.5)
    d.rule(0.6, 5)


def who(f: dict) -> str:
    return f"{'su hija' if f['name'].split()[0] in FEMALE else 'su hijo'} {f['name']}" if f["dep"] else "usted"


def opening(f: dict) -> str:
    fd, mo = f["fd"], f["money"]
    doc = f"{'la Dra.' if f['doc_f'] else 'el Dr.'} {f['doc']}"
    when = (f"desde el {fd(f['start'])} hasta el {fd(f['end'])}" if f["end"] else f"el {fd(f['start'])}")
    if f["pre"]:
        return (f"Le escribimos sobre la solicitud de {SERVICES[f['kind']]} para {who(f)}, que {doc} de {f['prov']} "
                f"nos envió el {fd(f['recd'])}. El servicio estaba programado para {when}. Registramos la "
                f"solicitud con el número de caso {f['case']}. El número de identificación de miembro es {f['mid']} "
                f"y el número de grupo de su empleador es {f['group']}.")
    verb = "recibió" if not f["dep"] else f"recibió {f['name']}"
    return (f"Le escribimos sobre la reclamación número {f['case']}, que {f['prov']} nos envió el {fd(f['recd'])} por "
            f"{SERVICES[f['kind']]}. Se trata del servicio que {verb} {when} con {doc}, por un total de "
            f"{mo(f['billed'])}. Esta carta corresponde al miembro con número de identificación {f['mid']}, del "
            f"grupo {f['group']}.")


REASONS = {
    "mednec": ("Decidimos no aprobar este servicio. Un médico de nuestro equipo revisó las notas clínicas. Usted ha "
               "tenido dolor de espalda por cinco semanas, sin debilidad en las piernas ni otros signos de alarma, y "
               "todavía no ha probado seis semanas de terapia física. Por eso, la resonancia no es médicamente "
               "necesaria en este momento."),
    "pa": ("No podemos pagar esta reclamación. Su plan exige que el médico pida nuestra aprobación antes de una "
           "cirugía programada, y no recibimos ninguna solicitud de autorización previa para este servicio. El "
           "proveedor no le puede cobrar a usted por este servicio."),
    "oon": ("No podemos pagar esta reclamación porque el hospital no forma parte de la red de su plan, y su plan HMO no "
            "tiene beneficios fuera de la red salvo en emergencias. La admisión fue programada, no de emergencia."),
    "exp": ("Decidimos no cubrir este tratamiento. Para su condición, este tratamiento se considera experimental o en "
            "investigación: no hay estudios suficientes que muestren que funciona, y su plan lo excluye."),
    "elig": ("No podemos pagar esta reclamación porque su cobertura con nosotros terminó antes de la fecha del "
             "servicio. Su empleador nos avisó que su cobertura terminó el último día del mes anterior."),
    "tf": ("No podemos pagar esta reclamación porque llegó tarde. Su plan pide que los proveedores envíen las "
           "reclamaciones dentro de los 180 días después del servicio, y esta llegó mucho después. El proveedor no "
           "le puede cobrar a usted por este servicio."),
    "cos": ("No podemos pagar esta reclamación. Su plan no cubre cirugías que se hacen para mejorar la apariencia. "
            "Las notas del médico no muestran que los párpados le tapen la vista, así que la cirugía se considera "
            "cosmética y está excluida de su cobertura."),
}
DENIAL = {"mednec": ("medical_necessity", []), "pa": ("prior_authorization", ["not_covered"]),
          "oon": ("out_of_network", ["not_covered"]), "exp": ("experimental", ["not_covered"]),
          "elig": ("eligibility", []), "tf": ("timely_filing", []), "cos": ("not_covered", [])}


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    when = {"within": f"dentro de {f['n']} días a partir de la fecha de esta carta",
            "by": f"a más tardar el {fd(f['deadline'])}",
            "receipt": f"dentro de {f['n']} días después de que reciba esta carta"}[f["dl"]]
    d.text_line("Su derecho a apelar", 11, "B", h=6.5)
    d.para(f"Si no está de acuerdo con esta decisión, usted, su médico o alguien que usted nombre puede pedir una "
           f"apelación {when}. Envíe su apelación por escrito a Apelaciones, Apartado postal {f['abox']}, o llame "
           f"al {f['ph']}. Incluya una copia de esta carta y cualquier información que apoye su pedido. Si esperar "
           "pudiera poner en grave peligro su salud, pida una apelación rápida: le contestaremos en 72 horas.",
           10.2)
    d.para("Si no queda conforme con la apelación, puede pedir una revisión externa independiente dentro de los 4 "
           "meses siguientes a nuestra decisión final. Puede pedirnos gratis una copia de los documentos y de las "
           "normas que usamos para decidir.", 10.2)


def letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc(f["font"], footer=f"Formulario {f['form']}   Documento n.º {f['dcn']}   Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["date"]) if f["ds"] != "es" else f"{f['city_es']}, {fd(f['date'])}", 10.5, h=5.5)
    d.ln(3)
    for ln in [f["subscriber"], *f["addr"]]:
        d.text_line(ln, 10.3, h=5)
    d.ln(5)
    sal = "Estimada" if f["sub_f"] else "Estimado"
    d.para(f"{sal} {f['subscriber'].split()[0]} {f['subscriber'].split()[-1]}:", 10.5)
    d.para(opening(f), 10.5)
    if f["kind"] == "ok":
        d.para("Nos complace informarle que aprobamos este servicio. Pagamos a la clínica "
               f"{f['money'](f['paid'])} según su contrato con nosotros; su parte del costo es el copago de su "
               "plan para cirugía ambulatoria. No tiene que hacer nada más.", 10.5)
    else:
        d.para(REASONS[f["kind"]], 10.5)
        if not f["pre"]:
            d.para(f"La cantidad permitida por su plan para un servicio como este sería de "
                   f"{f['money'](f['allowed'])}, pero en este caso no se pagó nada.", 10.5)
        rights(d, f)
    d.para(f"Atentamente,\n\nDepartamento de Revisión de Reclamaciones\n{PLANS[f['plan']][0]}", 10.3)
    d.para(f"Copia: {f['prov']} (NPI {f['npi']})", 8.5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, plan: str, ds: str, ms: str, dl: str, lh: int, font: str, dep: bool,
          span: bool) -> dict:
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    name = person(r, es=True)
    pre = kind in ("mednec", "exp")
    start = days(date, r.randint(8, 20)) if pre else days(date, -r.randint(25, 60))
    if kind == "tf":
        start = days(date, -r.randint(230, 300))
    addr = address(r, es=True)
    f = dict(kind=kind, plan=plan, pre=pre, fd=lambda x: fdate(x, ds), ds=ds, money=lambda v: usd(v, ms), dl=dl,
             lh=lh, font=font, date=date, name=name, dep=dep,
             subscriber=person(r, es=True, last=name.split()[-1]) if dep else name, addr=list(addr),
             city_es=addr[1].split(",")[0], mid=mixed(r, r.choice(["BH9A9999999", "99A999A999", "AR-9999-99999"])),
             group=mixed(r, r.choice(["G99999", "9999A", "EMP-9999"])), ph=phone(r), box=r.randint(2000, 2999),
             abox=r.randint(500, 599), dcn=mixed(r, "99A99999999"), form=mixed(r, "AA-999-ES"), npi=npi(r),
             prov=r.choice(PLACES), doc=doctor(r, es=True), doc_f=False, sub_f=False,
             start=start, end=days(start, r.randint(2, 6)) if span else None, recd=days(date, -r.randint(6, 14)),
             case=mixed(r, r.choice(["C26A99999", "RC-2026-99A999", "9999A99999"])), n=r.choice([60, 65, 180]),
             billed=None if pre else money(r, 400, 18000))
    f["doc_f"] = f["doc"].split()[0] in FEMALE
    f["sub_f"] = f["subscriber"].split()[0] in FEMALE
    if kind == "tf":
        f["recd"] = days(date, -r.randint(6, 14))
    if f["billed"]:
        f["allowed"] = round(f["billed"] * r.uniform(0.3, 0.6), 2)
        f["paid"] = round(f["allowed"] * 0.9, 2)
    f["deadline"] = days(date, f["n"])
    return f


def make_truth(f: dict) -> dict:
    name = PLANS[f["plan"]][0]
    alts: dict = {"insurer": [PLANS[f["plan"]][1]], "provider": [f["doc"]]}
    deadline = None if f["dl"] == "receipt" else iso(f["deadline"])
    if f["dl"] == "receipt":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    if f["end"]:
        alts["service_dates"] = [[iso(f["start"])]]
    common = dict(insurer=name, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                  case_numbers=[f["case"]], claim_amount=m2(f["billed"]) if f["billed"] else None,
                  service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["date"]), provider=f["prov"])
    if f["kind"] == "ok":
        return truth("other", None, "es", appeal_deadline=None, alternates=alts, **common)
    denial, dalts = DENIAL[f["kind"]]
    return truth("denial_letter", denial, "es", appeal_deadline=deadline, alternates=alts, denial_alternates=dalts,
                 **common)


# (stem, condition, kind, plan, date style, money, deadline, letterhead, font, dependant, span)
PLAN = [
    ("spanish_prose_denial_bd_mednec", "born_digital", "mednec", "bh", "es", "plain", "within", 0, "Helvetica",
     False, False),
    ("spanish_prose_denial_bd_oon", "born_digital", "oon", "ar", "es", "plain", "by", 1, "Times", False, True),
    ("spanish_prose_denial_scan_pa", "scan_clean_300", "pa", "ar", "slash", "nosign", "within", 0, "Helvetica",
     True, False),
    ("spanish_prose_denial_copy_exp", "photocopy", "exp", "bh", "es", "plain", "receipt", 1, "Helvetica", False,
     False),
    ("spanish_prose_denial_phone_elig", "phone_photo", "elig", "bh", "es", "usd", "within", 1, "Times", True, False),
    ("spanish_prose_denial_rot_tf", "rotated", "tf", "ar", "iso", "plain", "by", 0, "Helvetica", False, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, plan, ds, ms, dl, lh, font, dep, span) in enumerate(PLAN):
        r = random.Random(24500 + i)
        f = facts(r, kind, plan, ds, ms, dl, lh, font, dep, span)
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    r = random.Random(24590)
    f1 = facts(r, "cos", "bh", "es", "plain", "within", 0, "Helvetica", False, False)
    f2 = facts(r, "ok", "bh", "es", "plain", "within", 0, "Helvetica", False, False)
    items.append(Item("spanish_prose_denial_faxs_stack", "fax_standard_g4",
                      [(letter(f1), make_truth(f1)), (letter(f2), make_truth(f2))], separators=["cover", None]))
    return items
