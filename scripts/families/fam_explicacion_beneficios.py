"""Family 'explicacion_beneficios': an invented US insurer's Spanish-language Explanation of Benefits.

Mirabrook Health Insurance Company is fictional (its letterhead has the parent company's line above the name, and
the name split over two lines). Each statement ("Explicación de Beneficios" / "Resumen de reclamaciones") has a
member block with Spanish labels (Número de miembro, Número de grupo, Fecha de emisión), a claims summary of one to
three claims for the household, a detail table per claim (Fecha de servicio, Cantidad facturada, Cantidad
permitida, Pagado por el plan, Usted debe, Código), a legend of reason codes in Spanish with their CARC, appeal
rights (180 days of the notice, a printed date, or from receipt), and decoys: the claims-processed period, a
printed date, a document number, the provider's NPI and patient account, an example amount in an insert. One
statement is English and Spanish side by side; one denies nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundk_famu import (CLINICS_ES, DOCTORS_ES, FIRST_ES, KIDS, address, days, fdate, iso, m2, mixed, money,
                             person, usd)

FAMILY = "explicacion_beneficios"
LANG = "es"
INSURER = "Mirabrook Health Insurance Company"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PRODUCTS = ["Mirabrook Plata PPO 2500", "Mirabrook Oro EPO 1000", "Mirabrook Bronce HMO 6000"]
# code -> (Spanish meaning, English meaning, denial type, alternates)
CODES = {
    "P01": ("Pagado según el contrato con el proveedor de la red.", "Paid under the network provider's contract.",
            None, []),
    "D02": ("Cantidad aplicada a su deducible anual.", "Amount applied to your annual deductible.", None, []),
    "R12": ("El proveedor no participa en la red de su plan EPO. Su plan no cubre servicios fuera de la red, "
            "excepto emergencias. (CARC 242)", "", "out_of_network", []),
    "T07": ("La reclamación se recibió después del plazo de 180 días para presentarla. El proveedor de la red no "
            "puede cobrarle esta cantidad. (CARC 29)",
            "The claim was received after the 180-day filing limit. A network provider may not bill you for this "
            "amount. (CARC 29)", "timely_filing", []),
    "C03": ("Otro seguro es el primario para este paciente. El proveedor debe enviar la reclamación primero al otro "
            "plan y luego a nosotros con la explicación de pagos de ese plan. (CARC 22)", "", "other", []),
    "A15": ("Esta hospitalización necesitaba autorización previa y nadie la pidió antes del ingreso. (CARC 197)",
            "", "prior_authorization", []),
    "E40": ("La cobertura del paciente había terminado antes de la fecha del servicio. (CARC 27)", "",
            "eligibility", ["other"]),
    "X22": ("Servicio excluido de su plan: los audífonos y su adaptación no son un beneficio cubierto. (CARC 96)",
            "", "not_covered", []),
}
SERVICES = {"R12": [("99204", "Consulta nueva, especialista"), ("93000", "Electrocardiograma")],
            "T07": [("99214", "Consulta de seguimiento"), ("36415", "Extracción de sangre")],
            "C03": [("97110", "Terapia física, ejercicios"), ("97140", "Terapia manual")],
            "A15": [("0120", "Habitación y comida, semiprivada"), ("0250", "Farmacia")],
            "E40": [("99213", "Consulta de seguimiento"), ("87880", "Prueba rápida de estreptococo")],
            "X22": [("V5261", "Audífonos binaurales"), ("V5011", "Adaptación de audífonos")],
            "P01": [("99395", "Examen preventivo anual"), ("80053", "Panel metabólico completo"),
                    ("85025", "Hemograma completo")]}
LABELS = [dict(date="Fecha de emisión", sub="Titular de la póliza", mid="Número de miembro", grp="Número de grupo",
               claim="Número de reclamación", dos="Fecha de servicio", billed="Cantidad facturada",
               allowed="Cantidad permitida", paid="Pagado por el plan", owe="Usted debe"),
          dict(date="Fecha del aviso", sub="Suscriptor", mid="ID de miembro", grp="Grupo",
               claim="Reclamación núm.", dos="Fecha(s) de servicio", billed="Cargos facturados",
               allowed="Monto permitido", paid="El plan pagó", owe="Su responsabilidad"),
          dict(date="Statement date / Fecha de emisión", sub="Subscriber / Suscriptor",
               mid="Member ID / Número de miembro", grp="Group / Grupo", claim="Claim number / Número de reclamación",
               dos="Date of service / Fecha de servicio", billed="Billed / Facturado", allowed="Allowed / Permitido",
               paid="Plan paid / Pagó el plan", owe="You owe / Usted debe")]


def claim_lines(r: random.Random, code: str, start: dt.date, n_lines: int) -> list[dict]:
    """One claim's lines: billed, allowed, paid and owed; a denied claim's lines all carry the denial code."""
    lines = []
    for i, (cpt, desc) in enumerate(SERVICES[code][:n_lines]):
        billed = money(r, 6000, 12000) if code == "A15" and i == 0 else money(r, 60, 900)
        if CODES[code][2]:
            allowed, paid, owe = 0.0, 0.0, (0.0 if code in ("T07", "A15") else billed)
        else:
            allowed = round(billed * r.uniform(0.45, 0.75), 2)
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2)
        lines.append(dict(cpt=cpt, desc=desc, billed=billed, allowed=allowed, paid=paid, owe=owe, code=code,
                          date=start))
    return lines


def wtable(d: Doc, head: list[str], rows: list[list[str]], widths: list[float], size: float = 7.4,
           aligns: str = "", row_h: float = 4.8) -> None:
    """A table whose header cells wrap onto two lines (Spanish labels are long); a row starting with '*' is bold."""
    aligns = aligns or "L" * len(widths)
    d.font(size - 0.4, "B")
    d.set_fill_color(225, 225, 225)
    x0, y0 = d.get_x(), d.get_y()
    lh = size * 0.42
    for h, w, a in zip(head, widths, aligns):
        x = d.get_x()
        d.rect(x, y0, w, 2 * lh + 1, style="F")
        d.set_xy(x + 0.3, y0 + 0.5)
        d.multi_cell(w - 0.6, lh, h, align=a, new_x="RIGHT", new_y="TOP")
        d.set_xy(x + w, y0)
    d.set_xy(x0, y0 + 2 * lh + 1.5)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, row_h, c[1:] if (i == 0 and bold) else c, align=a)
        d.ln(row_h)
    d.ln(1.5)


class Eob(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", SANS_B)


def letterhead(d: Doc, title: str, bilingual: bool) -> None:
    y0 = d.get_y()
    d.font(7)
    d.cell(100, 3.5, "Una compañía de Thornvale Holdings, Inc." + ("  |  A Thornvale Holdings company" if bilingual
                                                                   else ""), new_x="LMARGIN", new_y="NEXT")
    d.font(19, "B")
    d.cell(100, 8, "MIRABROOK", new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    d.cell(100, 5, "Health Insurance Company", new_x="LMARGIN", new_y="NEXT")
    d.font(6.8)
    d.cell(100, 3.4, "PO Box 7781, San Antonio, TX 78299  |  Servicios al miembro 1-877-555-0163 (TTY 711)",
           new_x="LMARGIN", new_y="NEXT")
    d.set_xy(118, y0 + 2)
    d.font(13, "B")
    d.multi_cell(0, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(118)
    d.font(8, "B")
    d.cell(0, 5, "ESTO NO ES UNA FACTURA" + (" / THIS IS NOT A BILL" if bilingual else ""), align="R")
    d.set_y(y0 + 24)


def member_block(d: Doc, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    rows = [(lab["date"], fd(f["notice"])), (lab["sub"], f["subscriber"]), (lab["mid"], f["mid"]),
            (lab["grp"], f["group"]), ("Plan", f["product"])]
    if f["plan_code"]:
        rows.append(("Código del plan", f["plan_code"]))
    rows += [("Período procesado", f"{fd(f['period'][0])} - {fd(f['period'][1])}"),
             ("Número de documento", f["dcn"])]
    x0, y0 = d.get_x(), d.get_y()
    d.set_fill_color(238, 238, 238)
    d.rect(x0, y0, 112, 5.4 * len(rows) + 2, style="F")
    d.set_xy(x0 + 2, y0 + 1)
    lw = 58 if f["bilingual"] else 44
    for k, v in rows:
        d.set_x(x0 + 2)
        d.font(8.2, "B")
        d.cell(lw, 5.4, k + ":")
        d.font(8.6)
        d.cell(110 - lw, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(x0 + 118, y0 + 1)
    d.font(8.6)
    d.multi_cell(0, 4.4, "\n".join([f["subscriber"].upper(), *f["addr"]]), new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 5.4 * len(rows) + 6)


def summary(d: Doc, f: dict) -> None:
    lab = f["lab"]
    d.font(10, "B")
    d.cell(0, 6, "Resumen de reclamaciones" + (" / Claims summary" if f["bilingual"] else ""),
           new_x="LMARGIN", new_y="NEXT")
    side = 0 if f["bilingual"] else -1
    head = ["Patient" if f["bilingual"] else "Paciente", lab["claim"].split(" / ")[side],
            "Provider" if f["bilingual"] else "Proveedor", lab["dos"].split(" / ")[side],
            lab["billed"].split(" / ")[side], lab["paid"].split(" / ")[side], lab["owe"].split(" / ")[side]]
    widths = [32, 25, 37, 26, 22, 19, 25]
    rows = []
    for c in f["claims"]:
        tb = sum(x["billed"] for x in c["lines"])
        rows.append([c["patient"], c["number"], c["clinic"][:27], f["fd"](c["lines"][0]["date"]), usd(tb, f["ms"]),
                     usd(sum(x["paid"] for x in c["lines"]), f["ms"]), usd(sum(x["owe"] for x in c["lines"]),
                                                                            f["ms"])])
    wtable(d, head, rows, widths, size=7.2, aligns="LLLLRRR")


def detail(d: Doc, f: dict, c: dict) -> None:
    lab, fd, ms = f["lab"], f["fd"], f["ms"]
    d.font(8.6, "B")
    d.cell(0, 5, f"{lab['claim']}: {c['number']}   Paciente: {c['patient']}", new_x="LMARGIN", new_y="NEXT")
    d.font(7.8)
    d.cell(0, 4.2, f"Proveedor: {c['doctor']}, {c['clinic']}   NPI {c['npi']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.2, f"Cuenta del paciente: {c['acct']}   Recibida: {fd(c['received'])}", new_x="LMARGIN",
           new_y="NEXT")
    if c.get("sentence"):
        d.font(8)
        d.multi_cell(0, 4, c["sentence"], new_x="LMARGIN", new_y="NEXT")
    head = [lab["dos"].split(" / ")[-1], "Código", "Descripción", lab["billed"].split(" / ")[-1],
            lab["allowed"].split(" / ")[-1], lab["paid"].split(" / ")[-1], lab["owe"].split(" / ")[-1], "Nota"]
    widths = [28, 14, 46, 22, 20, 18, 20, 10]
    rows = [[fd(x["date"]), x["cpt"], x["desc"], usd(x["billed"], ms), usd(x["allowed"], ms), usd(x["paid"], ms),
             usd(x["owe"], ms), x["code"]] for x in c["lines"]]
    tot = c["lines"]
    rows.append(["*Total", "", "", usd(sum(x["billed"] for x in tot), ms), usd(sum(x["allowed"] for x in tot), ms),
                 usd(sum(x["paid"] for x in tot), ms), usd(sum(x["owe"] for x in tot), ms), ""])
    wtable(d, head, rows, widths, size=7.4, aligns="LLLRRRRL")


def legend(d: Doc, f: dict) -> None:
    d.font(9.5, "B")
    d.cell(0, 5.5, "Códigos de explicación" + (" / Explanation codes" if f["bilingual"] else ""),
           new_x="LMARGIN", new_y="NEXT")
    used = sorted({x["code"] for c in f["claims"] for x in c["lines"]})
    for code in used:
        es, en = CODES[code][:2]
        d.font(7.8)
        text = f"{code}  {es}" + (f"  /  {en}" if f["bilingual"] and en else "")
        d.multi_cell(0, 3.9, text, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.6)
    d.ln(1)


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    d.font(9.5, "B")
    d.cell(0, 5.5, "Sus derechos de apelación" + (" / Your appeal rights" if f["bilingual"] else ""),
           new_x="LMARGIN", new_y="NEXT")
    es = {"within": "Si no está de acuerdo con una decisión de esta explicación, puede apelar dentro de 180 días a "
                    "partir de la fecha de este aviso.",
          "by": f"Si no está de acuerdo con una decisión de esta explicación, envíe su apelación a más tardar el "
                f"{fd(f['deadline_shown'])}.",
          "receive": "Si no está de acuerdo con una decisión, puede apelar dentro de 180 días a partir de la fecha en "
                     "que reciba este aviso."}[f["dl"]]
    en = {"within": "If you disagree with a decision on this statement, you may appeal within 180 days of the date of "
                    "this notice.",
          "by": f"If you disagree with a decision on this statement, send your appeal by {f['fd_en'](f['deadline_shown'])}.",
          "receive": "If you disagree, you may appeal within 180 days after you receive this notice."}[f["dl"]]
    tail_es = ("Escriba a Mirabrook Health Insurance Company, Apelaciones, PO Box 7790, San Antonio, TX 78299, o "
               "llame al 1-877-555-0163. Si su caso es urgente, pida una apelación acelerada (72 horas). Después "
               "de la apelación puede pedir una revisión externa independiente.")
    tail_en = ("Write to Mirabrook Health Insurance Company, Appeals, PO Box 7790, San Antonio, TX 78299. Urgent "
               "cases: ask for an expedited appeal (72 hours). After the appeal you may ask for an external review.")
    if f["bilingual"]:
        y0 = d.get_y()
        half = (d.w - d.l_margin - d.r_margin) / 2 - 3
        d.font(7.8)
        d.multi_cell(half, 3.9, en + " " + tail_en, new_x="LMARGIN", new_y="NEXT")
        y1 = d.get_y()
        d.set_xy(d.l_margin + half + 6, y0)
        d.multi_cell(half, 3.9, es + " " + tail_es, new_x="LMARGIN", new_y="NEXT")
        d.set_y(max(y1, d.get_y()) + 2)
    else:
        d.para(es + " " + tail_es, 7.9, gap=1.5)
    d.para("Ejemplo (no es su reclamación): si un proveedor cobra $1,000.00, el monto permitido es $600.00 y su "
           "coseguro es 20%, el plan paga $480.00 y usted paga $120.00. Impreso el " + fd(f["printed"]) + ".",
           7.2, gap=1)


def build(f: dict) -> bytes:
    d = Eob(f"Mirabrook Health Insurance Company  -  {f['dcn']}  -  Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, "Explicación de Beneficios" + ("\nExplanation of Benefits" if f["bilingual"] else ""),
               f["bilingual"])
    member_block(d, f)
    summary(d, f)
    for c in f["claims"]:
        detail(d, f, c)
    legend(d, f)
    rights(d, f)
    return pdf_bytes(d)


def facts(r: random.Random, spec: dict) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 170))
    subscriber = person(r, "es")
    spouse = f"{r.choice(FIRST_ES)} {r.choice('ABCDEFGHJLMR')}. {subscriber.split()[-1]}"
    kid = f"{r.choice(KIDS)} {r.choice('ABCDEFGHJLMR')}. {subscriber.split()[-1]}"
    patients = [subscriber, spouse, kid]
    f = dict(notice=notice, subscriber=subscriber, addr=list(address(r, "es")), mid=mixed(r, "MBK9A9999999"),
             group=mixed(r, "99999-A9"), product=r.choice(PRODUCTS), dcn=mixed(r, "DCN 99A9999999"),
             plan_code=mixed(r, "MB-AAA99") if spec.get("plan_code") else None,
             period=(days(notice, -34), days(notice, -4)), printed=days(notice, -1), dl=spec["dl"],
             deadline_shown=days(notice, 180), bilingual=spec.get("bilingual", False), ms=spec["ms"],
             fd=lambda x: fdate(x, spec["ds"]), fd_en=lambda x: fdate(x, "long"), lab=LABELS[spec["lab"]])
    claims = []
    for j, code in enumerate(spec["codes"]):
        start = days(notice, -r.randint(20, 40) - (150 if code == "T07" else 0))
        if code == "P01":
            start = days(notice, -r.randint(45, 70))
        if code == "E40":
            start = days(notice, -r.randint(15, 25))
        doctor, clinic = r.choice(DOCTORS_ES), r.choice(CLINICS_ES[:-1])
        if code == "A15":
            clinic = "Hospital San Eusebio del Valle"
        c = dict(patient=patients[spec["who"][j]], number=mixed(r, "26A99999999"), doctor=doctor, clinic=clinic,
                 npi="1" + str(r.randint(10 ** 8, 10 ** 9 - 1)), acct=mixed(r, "PA-999999"),
                 received=days(start, r.randint(3, 12) + (190 if code == "T07" else 0)),
                 lines=claim_lines(r, code, start, 1 if code == "A15" else r.choice([2, 2, 3]) if code == "P01"
                                   else 2), code=code, start=start, end=None)
        if code == "A15":
            c["end"] = days(start, 6)
            first = str(start.day) if start.month == c["end"].month else fdate(start, "es").rsplit(" de ", 1)[0]
            c["sentence"] = (f"El paciente estuvo hospitalizado en {clinic} del {first} al {fdate(c['end'], 'es')}. "
                             f"Fecha de ingreso: {fdate(start, 'es')}. Días de hospitalización: 6.")
        if code == "E40":
            c["sentence"] = (f"La cobertura de {c['patient']} con este plan terminó el "
                             f"{f['fd'](days(start, -r.randint(2, 9)))}.")
        claims.append(c)
    f["claims"] = claims
    return f


def make_truth(f: dict, spec: dict) -> dict:
    denied = [c for c in f["claims"] if CODES[c["code"]][2]]
    alts: dict = {"insurer": ["Mirabrook"]}
    lang = "en" if f["bilingual"] else "es"
    if f["plan_code"]:
        alts["plan_id"] = [None]
    if not denied:
        c = f["claims"][0]
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
        alts["provider"] = [c["clinic"]]
        return truth("eob", None, lang, insurer=INSURER, plan_id=f["plan_code"], group_number=f["group"],
                     member_id=f["mid"], member_name=c["patient"], case_numbers=[x["number"] for x in f["claims"]],
                     claim_amount=m2(sum(x["billed"] for x in c["lines"])),
                     service_dates=[iso(c["start"])], denial_date=iso(f["notice"]), provider=c["doctor"],
                     alternates=alts)
    c = denied[0]
    code = c["code"]
    deadline = {"within": days(f["notice"], 180), "by": f["deadline_shown"], "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
    alts["provider"] = [c["clinic"]]
    provider = c["doctor"]
    if code == "A15":
        alts["service_dates"] = [[iso(c["start"])]]
        alts["provider"], provider = [c["doctor"]], c["clinic"]
    return truth("eob", CODES[code][2], lang, insurer=INSURER, plan_id=f["plan_code"], group_number=f["group"],
                 member_id=f["mid"], member_name=c["patient"], case_numbers=[c["number"]],
                 claim_amount=m2(sum(x["billed"] for x in c["lines"])),
                 service_dates=[iso(c["start"], c["end"])], denial_date=iso(f["notice"]), provider=provider,
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=CODES[code][3], type_alternates=["denial_letter"])


# stem, condition, spec: codes of the claims (in order), whose claim (0 subscriber, 1 spouse, 2 child), labels,
# date style, money style, deadline style
PLAN = [
    ("explicacion_beneficios_bd_red", "born_digital",
     dict(codes=["P01", "R12", "P01"], who=[0, 1, 2], lab=0, ds="es", ms="plain", dl="within")),
    ("explicacion_beneficios_bd_bilingue", "born_digital",
     dict(codes=["T07", "P01"], who=[2, 0], lab=2, ds="slash", ms="plain", dl="by", bilingual=True, plan_code=True)),
    ("explicacion_beneficios_scan_pagado", "scan_clean_300",
     dict(codes=["P01"], who=[0], lab=1, ds="slash", ms="nosign", dl="within")),
    ("explicacion_beneficios_150_otroseguro", "scan_lowres_150",
     dict(codes=["C03", "P01"], who=[1, 1], lab=1, ds="es_abbr", ms="plain", dl="receive")),
    ("explicacion_beneficios_copy_hospital", "photocopy",
     dict(codes=["A15"], who=[0], lab=0, ds="slash", ms="usd", dl="within", plan_code=True)),
    ("explicacion_beneficios_phone_cobertura", "phone_photo",
     dict(codes=["P01", "E40"], who=[2, 2], lab=0, ds="es", ms="plain", dl="by")),
    ("explicacion_beneficios_faxf_audifonos", "fax_fine_g4",
     dict(codes=["X22", "P01"], who=[0, 1], lab=1, ds="iso", ms="bare", dl="within")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        r = random.Random(9500 + i)
        f = facts(r, spec)
        items.append(Item(stem, cond, [(build(f), make_truth(f, spec))]))
    return items
