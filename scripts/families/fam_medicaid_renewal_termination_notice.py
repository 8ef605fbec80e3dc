"""Family 'medicaid_renewal_termination_notice': a state Medicaid agency's renewal (redetermination) notices that end
coverage (income over the limit, renewal paperwork not returned, moved out of state), each with a fair hearing section
and a date to ask by to keep benefits during the hearing; one renewal approved; one in Spanish.

Issuers: Moorcastle Department of Human Services (state seal line "State of Moorcastle" above the department, the
program "HealthFirst Medicaid" in a box at the right) and Quillfield Health Care Authority (logo word "QUILLFIELD"
over a line, return address block at the left). Decoys: the renewal due date, the last day of coverage, the
continued-benefits date, household income and the limit, the notice number, the caseworker's number, other household
members who keep coverage, the Marketplace referral.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famtc import address, days, digits, fdate, iso, mixed, money, person, phone, usd

FAMILY = "medicaid_renewal_termination_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
A = "Moorcastle Department of Human Services"
B = "Quillfield Health Care Authority"
LABELS = {1: ["Notice date", "Name", "Medicaid ID", "Case number", "Notice no."],
          2: ["Date of notice", "Beneficiary", "Client ID", "Case #", "Letter ID"],
          3: ["Date mailed", "Household member", "Recipient ID", "Eligibility case", "Document number"],
          "es": ["Fecha del aviso", "Nombre", "Número de Medicaid", "Número de caso", "Aviso núm."]}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, kind, ins, lab, ds, ms, lang, hear):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    x = days(notice, 20)  # coverage ends on the last day of the month that holds notice + 20 days
    nxt = dt.date(x.year + (x.month == 12), x.month % 12 + 1, 1)
    end = nxt - dt.timedelta(days=1)
    f = dict(kind=kind, ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, hear=hear, notice=notice, end=end,
             due=days(notice, -r.randint(15, 30)), member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "99999999A") if ins == A else mixed(r, "QC9999999999"),
             case=digits(r, 10) if ins == A else mixed(r, "HH-999-9999"),
             nno=mixed(r, "MDHS-RN-999999") if ins == A else mixed(r, "L9999999"), ph=phone(r),
             worker=f"(208) 555-{r.randint(7000, 7999)}", box=digits(r, 5), size=r.randint(1, 4),
             income=money(r, 2400, 4200), other=person(r, lang))
    f["limit"] = round(f["income"] * r.uniform(0.7, 0.9), 2)
    f["fd"] = lambda x: fdate(x, ds)
    f["cont"] = days(notice, 10)
    f["hdate"] = days(notice, 90)
    return f


def letterhead(d, f):
    if f["ins"] == A:
        y = d.get_y()
        d.text_line("State of Moorcastle", 8.5, h=4.3)
        d.text_line(A, 14, "B", h=7)
        d.text_line(f"Office of Medical Assistance  ·  PO Box {f['box']}  ·  Minot, ND 58702", 8.5, h=4.4)
        d.set_xy(150, y)
        d.set_font("DejaVu", "B", 9)
        d.multi_cell(44, 5, "HealthFirst\nMedicaid", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 17)
        d.rule(0.4, 3)
    else:
        y = d.get_y()
        d.font(8.5)
        d.multi_cell(90, 4.2, f"{B}\nEligibility Renewals Unit\nPO Box {f['box']}\nOttumwa, IA 52502",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_xy(120, y)
        d.font(19, "B")
        d.cell(0, 9, "QUILLFIELD", align="R", new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 19)
        d.rule(0.7, 3)
    d.ln(1)


def rows(d, pairs):
    for k, v in pairs:
        d.set_font("DejaVu", "B", 9)
        d.cell(45, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def hearing(d, f):
    fd = f["fd"]
    if f["lang"] == "es":
        d.text_line("Su derecho a una audiencia imparcial", 10.5, "B", h=6)
        d.para("Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la "
               f"fecha de este aviso. Si la pide antes del {fd(f['cont'])}, su cobertura puede continuar hasta que "
               f"se tome una decisión. Llame al {f['ph']} o escriba a la dirección de arriba.", 9.5)
        return
    d.text_line("Your right to a fair hearing", 10.5, "B", h=6)
    if f["hear"] == "n90":
        t = "You can ask for a State Fair Hearing within 90 days of the date of this notice."
    else:
        t = f"You can ask for a State Fair Hearing. We must receive your request by {fd(f['hdate'])}."
    d.para(t + f" Keep your coverage during the hearing: if we receive your request on or before {fd(f['cont'])}, "
           "your benefits will continue until the hearing decision. If you lose the hearing, you may have to pay "
           f"back the cost of care you got while benefits continued. Call {f['ph']}, TTY 711.", 9.5)


def build(f) -> bytes:
    L, fd, kind, ms = f["lab"], f["fd"], f["kind"], f["ms"]
    d = Page(f"{'MDHS' if f['ins'] == A else 'QHCA'}  {f['nno']}  -  {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    rows(d, [(L[0], fd(f["notice"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["case"]), (L[4], f["nno"])])
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    if f["lang"] == "es":
        d.text_line("Aviso: su cobertura de Medicaid terminará", 12, "B", h=6.5)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"Le enviamos su formulario de renovación y debía devolverlo a más tardar el {fd(f['due'])}. No lo "
               f"recibimos, ni los comprobantes de ingresos que pedimos. Por eso su cobertura de Medicaid terminará "
               f"el {fd(f['end'])}. Si nos envía el formulario completo dentro de 90 días después de esa fecha, "
               "revisaremos su caso otra vez sin una nueva solicitud.", 10)
        d.para("Reglamento: 42 CFR 435.916.", 9)
        hearing(d, f)
        d.para(f"Su trabajador(a) de caso: {f['worker']}.\n\nDivisión de Elegibilidad\n{f['ins']}", 10)
        return pdf_bytes(d)
    if kind == "approved":
        d.text_line("Your Medicaid renewal is approved", 12, "B", h=6.5)
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"We reviewed your renewal received {fd(f['due'])}. Your household of {f['size']} has monthly income "
               f"of {usd(f['limit'], ms)}, which is under the limit for your household size. You will keep your "
               f"Medicaid coverage through {fd(days(f['end'], 365))}. Your next renewal will be mailed about 60 "
               "days before that date. You do not need to do anything now.", 10)
        d.para(f"If anything changes (income, address, household), tell us within 10 days. Call {f['ph']}.\n\n"
               f"Eligibility Renewals Unit\n{f['ins']}", 10)
        return pdf_bytes(d)
    d.text_line({"income": "Notice of Action: Your Medicaid coverage will end",
                 "paper": "We could not renew your health coverage",
                 "moved": "Medicaid Termination Notice"}[kind], 12, "B", h=6.5)
    d.para(f"Dear {f['member']}:", 10)
    if kind == "income":
        d.para(f"We reviewed your renewal. Your Medicaid will end on {fd(f['end'])} because your household income is "
               "over the limit for the program" + (" (ineligible - income)." if f["kw"] else "."), 10)
        d.table(["Household size", "Monthly income we counted", "Income limit"],
                [[str(f["size"]), usd(f["income"], ms), usd(f["limit"], ms)]], [40, 66, 50], size=9,
                head_fill=True)
        d.para("We sent your information to the Health Insurance Marketplace, where you may qualify for help paying "
               "for a plan. Rule: 42 CFR 435.603.", 9.5)
    elif kind == "paper":
        d.para(f"We mailed you a renewal packet. It was due back by {fd(f['due'])}, and we have not received it. "
               f"Without it we cannot tell if you still qualify, so your coverage stops after {fd(f['end'])}. "
               "If you send the packet within 90 days after your coverage ends, we will look at it again without a "
               "new application.", 10)
        if f["kw"]:
            d.para("Reason code E-14: eligibility could not be determined (renewal not returned).", 9.5)
    else:
        d.para(f"We learned that you now live outside the State. Medicaid can only cover people who live in this "
               f"State, so your coverage will end on {fd(f['end'])}" + (
                   ". You no longer meet the residency eligibility requirement." if f["kw"] else
                   ". Please apply for Medicaid in your new state.") + " Other people in your case, such as "
               f"{f['other']}, keep their coverage.", 10)
    hearing(d, f)
    d.para(f"Caseworker line: {f['worker']}.\n\nSincerely,\nOffice of Medical Assistance\n{f['ins']}"
           if f["ins"] == A else f"Caseworker line: {f['worker']}.\n\nEligibility Renewals Unit\n{f['ins']}", 10)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    den = None if f["kind"] == "approved" else "eligibility"
    dtype = "other" if den is None else "denial_letter"
    alts, dalt = {}, []
    if den:
        alts["appeal_deadline"] = [iso(f["hdate"])]
        alts["service_dates"] = [[iso(f["end"])]]
        if f["kind"] in ("paper", "es"):
            dalt = ["other"]
    return truth(dtype, den, f["lang"], insurer=f["ins"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=[f["case"]], denial_date=iso(f["notice"]), alternates=alts, denial_alternates=dalt)


# (stem, condition, kind, insurer, labels, date style, money style, lang, hearing wording, keyword)
PLAN = [
    ("medicaid_renewal_termination_notice_bd_income_over_limit", "born_digital", "income", A, 1, "long", "plain",
     "en", "n90", True),
    ("medicaid_renewal_termination_notice_bd_renewal_approved", "born_digital", "approved", B, 2, "abbr", "plain",
     "en", "n90", False),
    ("medicaid_renewal_termination_notice_scan_packet_not_returned", "scan_clean_300", "paper", B, 3, "slash",
     "plain", "en", "date", False),
    ("medicaid_renewal_termination_notice_lowres_moved_away", "scan_lowres_150", "moved", A, 2, "dmy", "plain",
     "en", "date", True),
    ("medicaid_renewal_termination_notice_copy_income", "photocopy", "income", B, 3, "iso", "usd", "en", "date",
     False),
    ("medicaid_renewal_termination_notice_phone_aviso_es", "phone_photo", "es", A, "es", "es", "es", "es", "n90",
     False),
    ("medicaid_renewal_termination_notice_faxs_moved_out_of_state", "fax_standard_g4", "moved", B, 1, "abbr",
     "plain", "en", "n90", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, lang, hear, kw) in enumerate(PLAN):
        r = random.Random(97100 + i)
        f = facts(r, kind, ins, lab, ds, ms, lang, hear)
        f["kw"] = kw
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
