"""Family 'medicaid_share_of_cost_notice': state Medicaid agencies' notices that a person qualifies only with a
share of cost (spend-down), after the shape of the medically-needy eligibility notices states mail.

Two invented agencies: the Carrow Department of Human Services (state line "STATE OF WEST CARROW" above it, Medical
Assistance Division) and the Ashbury Health Care Authority (state line "COMMONWEALTH OF ASHBURY"). Facts: notice date,
case number, client / Medicaid ID, program, certification period (a date span), notice ID and form number decoys.
Income table (gross income, deductions, countable income, medically needy income level, monthly spend-down); medical
bills already counted; claims held unpaid until the spend-down is met (one hospital stay written as a span in a
sentence, one clinic visit); a six-month spend-down; a Spanish notice; one notice of full eligibility (nothing
denied). State fair hearing within 90 days of the notice / by a printed date; 10-day continuation decoy.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq1 import address, days, digits, fdate, iso, m2, mixed, money, person, phone, span, staff, usd

FAMILY = "medicaid_share_of_cost_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
AGENCY = {"C": "Carrow Department of Human Services", "A": "Ashbury Health Care Authority"}
STATE = {"C": "STATE OF WEST CARROW", "A": "COMMONWEALTH OF ASHBURY"}
PROGRAM = {"C": "Carrow Medical Assistance", "A": "Ashbury Medicaid"}
HOSP = ["Stonebridge Valley Hospital", "Marlowe County Medical Center"]
CLINIC = ["Fernhollow Family Clinic", "Dr. Octavia Rennard"]


class Notice(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Notice, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line(STATE[f["ag"]], 9, "B", h=4.6)
    if f["ag"] == "C":
        d.text_line("Department of Human Services", 15, "B", h=7)
        d.text_line("Medical Assistance Division" + ("  -  División de Asistencia Médica" if es else ""), 9.5, h=5)
    else:
        d.text_line("HEALTH CARE AUTHORITY", 15, "B", h=7)
        d.text_line("Eligibility Services", 9.5, h=5)
    d.text_line(f"{f['office']}  |  {f['ph']}", 8.2, h=4.4)
    d.rule(0.6, 4)


def grid(d: Notice, f: dict) -> None:
    es = f["lang"] == "es"
    a = f["ag"] == "C"
    L = (lambda en, sp: sp) if es else (lambda en, sp: en)
    rows = [(L("Notice date" if a else "Date of notice", "Fecha del aviso"), f["fd"](f["notice"]),
             L("Case number" if a else "Case no.", "Número de caso"), f["case"]),
            (L("Client ID" if a else "Medicaid ID #", "ID de cliente"), f["mid"],
             L("Notice ID", "Núm. de aviso"), f["nid"]),
            (L("Program", "Programa"), PROGRAM[f["ag"]], L("Worker", "Trabajador"), f["worker"]),
            (L("Certification", "Certificación"), f"{fdate(f['cert'][0], 'slash')} - {fdate(f['cert'][1], 'slash')}",
             L("Household size", "Tamaño del hogar"), str(f["hh"]))]
    for k1, v1, k2, v2 in rows:
        d.set_font("DejaVu", "B", 8.2)
        d.cell(30, 5.6, k1, border="LTB")
        d.set_font("DejaVu", "", 8.8)
        d.cell(58, 5.6, v1, border="TB")
        d.set_font("DejaVu", "B", 8.2)
        d.cell(30, 5.6, k2, border="LTB")
        d.set_font("DejaVu", "", 8.8)
        d.cell(0, 5.6, v2, border="RTB", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def decision(f: dict) -> list[str]:
    es, cp = f["lang"] == "es", f["cert"]
    period = span(cp[0], cp[1], f["ss"])
    sd, ms = usd(f["sd"], f["ms"]), f["ms"]
    if es:
        return [f"Usted califica para {PROGRAM[f['ag']]} con una parte del costo (spend-down) {period}.",
                f"Su parte del costo es {sd} cada mes. Medicaid no pagará sus facturas médicas de un mes hasta que "
                "usted tenga gastos médicos por esa cantidad en ese mes. Los reclamos quedan sin pagar hasta "
                "entonces."]
    if f["kind"] == "full":
        return [f"Good news. You qualify for full {PROGRAM[f['ag']]} coverage {period}. Your countable income is "
                "below the limit for your household size, so you have no spend-down and no share of cost.",
                "Your provider can bill Medicaid for covered care from the first day of the period."]
    per = "six-month" if f["kind"] == "six" else "monthly"
    t = [f"You are eligible for {PROGRAM[f['ag']]} only with a spend-down {period}. Your income is more than the "
         f"medically needy income level, so you must have medical bills equal to your {per} spend-down of {sd} "
         "before Medicaid pays. Until you meet it, we cannot pay your claims."]
    if f["held"]:
        h = f["held"]
        when = span(h["a"], h["b"], "long") if h["a"] != h["b"] else "on " + f["fd"](h["a"])
        t.append(f"We received a claim from {h['prov']} for care {when} (claim {h['icn']}, billed "
                 f"{usd(h['billed'], ms)}). This claim is denied for now and stays unpaid until your spend-down "
                 "for that period is met. Once it is met, the claim will be processed again.")
    return t


def income(d: Notice, f: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    g, ded = f["gross"], f["ded"]
    cnt = round(g - sum(v for _, v in ded), 2)
    rows = [["Ingreso bruto mensual" if es else "Gross monthly income", usd(g, ms)]]
    rows += [[("  menos " if es else "  minus ") + k, usd(v, ms)] for k, v in ded]
    rows += [["Ingreso contable" if es else "Countable income", usd(cnt, ms)],
             ["Nivel de ingreso (necesidad médica)" if es else "Medically needy income level", usd(f["mnil"], ms)]]
    if f["kind"] != "full":
        rows.append(["*" + ("Parte del costo por mes" if es else "Spend-down amount"), usd(f["sd"], ms)])
    d.text_line("Cómo calculamos" if es else "How we figured your income", 10, "B", h=6)
    d.table(["Concepto" if es else "Item", "Monto" if es else "Amount"], rows, [110, 40], size=8.6, aligns="LR")
    if f["kind"] != "full" and not es:
        d.para(f"Medical bills we already counted toward this spend-down: {usd(f['counted'], ms)} (health insurance "
               "premiums and bills you paid).", 8.6)


def rights(d: Notice, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line("Su derecho a una audiencia" if es else "Your right to a fair hearing", 10, "B", h=6)
    if es:
        t = "Puede pedir una audiencia imparcial dentro de 90 días a partir de la fecha de este aviso."
    elif f["app"] == "notice":
        t = "If you think we are wrong, you may ask for a state fair hearing within 90 days of the date of this notice."
    else:
        t = f"If you think we are wrong, your request for a state fair hearing must reach us by {f['fd'](f['dl'])}."
    d.para(t + (" Llame al " if es else " Call ") + f["ph"] + ("." if es else
           f". To keep your current benefits during the hearing, ask within 10 days (by "
           f"{f['fd'](days(f['notice'], 10))}). Free legal help: {phone(random.Random(f['nid']))}."), 8.8)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Notice(f"{f['form']}   {'Página' if es else 'Page'} {{p}} / {{n}}")
    d.add_page()
    letterhead(d, f)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.6)
    d.ln(3)
    t = ("AVISO DE ELEGIBILIDAD CON PARTE DEL COSTO" if es else "NOTICE OF ELIGIBILITY" if f["kind"] == "full"
         else "Notice of Eligibility with a Spend-Down (Share of Cost)")
    d.text_line(t, 12.5, "B", h=7)
    grid(d, f)
    for p in decision(f):
        d.para(p, 9.2)
    if f["held"]:
        h = f["held"]
        d.table(["Claim (ICN)", "Provider", "Dates of service", "Billed", "Paid"],
                [[h["icn"], h["prov"], fdate(h["a"], "slash") + ("" if h["a"] == h["b"] else " - " + fdate(h["b"], "slash")),
                  usd(h["billed"], f["ms"]), usd(0, f["ms"])]], [32, 60, 40, 22, 18], size=8, aligns="LLLRR")
    income(d, f)
    d.para(("Regla: " if es else "Rule: ") + f"{f['rule']}.", 8.2)
    if f["kind"] != "full":
        rights(d, f)
    d.text_line(f"{f['worker']}, {'Trabajador de elegibilidad' if es else 'Eligibility worker'}", 8.8, h=5)
    d.text_line(AGENCY[f["ag"]] + ("  -  " + STATE[f["ag"]].title() if f["ag"] == "A" else ""), 8.8, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ag: str, held: str, ds: str, ss: str, ms: str, app: str,
          lang: str = "en") -> dict:
    notice = dt.date(2026, 2, 4) + dt.timedelta(days=r.randint(0, 170))
    back = days(notice, -40)
    start = dt.date(back.year, back.month, 1)
    cert = (start, days(dt.date(start.year + (start.month + 5) // 12, (start.month + 5) % 12 + 1, 1), -1))
    gross = money(r, 1400, 2600)
    ded = [("Standard deduction" if lang == "en" else "deducción estándar", 20.0),
           ("Health insurance premium" if lang == "en" else "prima de seguro médico", money(r, 60, 240))]
    mnil = money(r, 500, 900)
    sd = round(gross - sum(v for _, v in ded) - mnil, 2)
    if kind == "six":
        sd = round(sd * 6, 2)
    if kind == "full":
        mnil = round(gross + r.randint(50, 300), 2)
    f = dict(kind=kind, ag=ag, ds=ds, ss=ss, ms=ms, app=app, lang=lang, notice=notice, cert=cert,
             fd=lambda x: fdate(x, ds), member=person(r, lang), addr=address(r, lang),
             case=mixed(r, "99999999" if ag == "C" else "AH-9999-99A"), mid=mixed(r, "9999999999A" if ag == "C" else "99A99999999"),
             nid=digits(r, 9), hh=r.randint(1, 4), worker=staff(r), gross=gross, ded=ded, mnil=mnil, sd=sd, counted=money(r, 30, 200),
             dl=days(notice, 90), ph=phone(r), office=f"{r.randint(100, 990)} Capitol Annex Road, Room {r.randint(2, 9)}1{r.randint(0, 9)}",
             form="DHS-MA-214 (rev. 01/26)" if ag == "C" else "HCA 3071 SOC", held=None,
             rule="WCAR 59-4-212" if ag == "C" else "12 AHCA § 7.31")
    if held:
        a = days(start, r.randint(2, 8))
        b = days(a, r.randint(3, 6)) if held == "stay" else a
        f["held"] = dict(a=a, b=b, prov=r.choice(HOSP) if held == "stay" else CLINIC[0],
                         icn=mixed(r, "9999999999999"), billed=money(r, 6400, 18900) if held == "stay"
                         else money(r, 140, 380))
    return f


def make_truth(f: dict) -> dict:
    full = f["kind"] == "full"
    cert = iso(f["cert"][0], f["cert"][1])
    alts: dict = {"insurer": [PROGRAM[f["ag"]]], "appeal_deadline": [iso(f["dl"])]}
    h = f["held"]
    cases = [f["case"]]
    sdates: list = []
    amount = prov = None
    if h:
        cases.append(h["icn"])
        alts["case_numbers"] = [[f["case"]], [h["icn"]]]
        sdates, amount, prov = [iso(h["a"], h["b"])], m2(h["billed"]), h["prov"]
        if h["a"] != h["b"]:
            alts["service_dates"] = [[iso(h["a"])]]
    else:
        alts["service_dates"] = [[cert]]
    if full:
        alts.pop("appeal_deadline")
    return truth("other" if full else "denial_letter", None if full else "eligibility", lang=f["lang"],
                 insurer=AGENCY[f["ag"]], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=amount, service_dates=sdates, denial_date=iso(f["notice"]), provider=prov,
                 appeal_deadline=None, alternates=alts, denial_alternates=[] if full else ["other"],
                 type_alternates=[] if full else ["other"])


# (stem, condition, kind, agency, held claim, date style, span style, money style, hearing wording, lang)
PLAN = [
    ("medicaid_share_of_cost_notice_bd_monthly_spend_down", "born_digital", "month", "C", None, "long", "long",
     "plain", "notice", "en"),
    ("medicaid_share_of_cost_notice_bd_full_eligibility", "born_digital", "full", "A", None, "slash", "slash",
     "plain", "notice", "en"),
    ("medicaid_share_of_cost_notice_scan_clinic_claim_held", "scan_clean_300", "month", "A", "visit", "abbr", "long",
     "nosign", "date", "en"),
    ("medicaid_share_of_cost_notice_rot_parte_del_costo_es", "rotated", "month", "C", None, "es", "es", "plain",
     "notice", "es"),
    ("medicaid_share_of_cost_notice_copy_six_month", "photocopy", "six", "C", None, "dmy", "dmy", "plain", "date",
     "en"),
    ("medicaid_share_of_cost_notice_faxs_hospital_stay_held", "fax_standard_g4", "month", "C", "stay", "slash",
     "long", "plain", "notice", "en"),
    ("medicaid_share_of_cost_notice_lowres_share_of_cost", "scan_lowres_150", "month", "A", None, "iso", "iso", "usd",
     "notice", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ag, held, ds, ss, ms, app, lang) in enumerate(PLAN):
        r = random.Random(81200 + i)
        f = facts(r, kind, ag, held, ds, ss, ms, app, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
