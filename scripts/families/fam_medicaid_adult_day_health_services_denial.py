"""Family 'medicaid_adult_day_health_services_denial': adult day health (S5100 per 15 minutes, S5102 per diem) and
personal care hours (T1019) reduced or denied after a functional assessment, by a state Medicaid agency and by a
managed long-term care (MLTC) plan, with the day center's own papers.

Documents: a state notice of action in two columns reducing adult day health from five to three days a week
(fair hearing and aid-continuing limits only); a fine-fax stack of a cover sheet, an MLTC plan's initial adverse
determination cutting personal care hours and the day center's monthly statement; the MLTC approval of a revised,
smaller authorization (nothing denied); a Spanish MLTC notice refusing more personal care hours (phone photo); a
Medicaid member EOB with three claims, one over the authorized units; a two-page plan appeal decision upholding a
denial, fed sideways; a boxed state notice ending personal care because Medicaid coverage ended.

Decoys: Medicaid case numbers, assessment dates and scores, DOB, NPIs, provider account numbers, fair hearing
(90/120 days) and aid-continuing (10 days) limits, effective dates, paid claims. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicaid_adult_day_health_services_denial"
LANG = "en"
SEED = 292500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CENTERS = ["Willowmere Adult Day Health Center", "Harvest Hill Adult Day Services", "Riverbend Senior Day Program"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang),
                dob=dt.date(r.randint(1936, 1962), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                assess=dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120)), ph=ph(r))


def kv(d: Page, rows, labw: float = 40, size: float = 9.2, x: float | None = None, h: float = 5.0):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(labw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------- 0: state notice of action, two columns (reduction)
def doc_state_reduction(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Commonwealth Department of Aging and Medical Assistance"
    mid = f"{r.letters(2)}{r.digits(5)}{r.letters(1)}"
    case = f"{r.digits(9)}"
    notice_no = f"NOA-{r.digits(4)}-{r.digits(5)}"
    center = CENTERS[0]
    notice = f["assess"] + dt.timedelta(days=r.randint(9, 16))
    eff = notice + dt.timedelta(days=r.randint(12, 15))
    d = Page("DAMA-NOA-ADH (rev. 11/2025)    page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("COMMONWEALTH DEPARTMENT OF AGING AND MEDICAL ASSISTANCE", 12.5, "B", h=6.5)
    d.text_line("Division of Home and Community-Based Services  ·  PO Box 2280, Fargo, ND 58102", 8.5, h=4.5)
    d.rule(0.8, 3)
    d.text_line("NOTICE OF ACTION  —  CHANGE IN YOUR HOME AND COMMUNITY SERVICES", 11, "B", h=6.5)
    y0 = d.get_y() + 2
    # left column: labels above values
    d.set_fill_color(232, 232, 232)
    d.rect(12, y0, 58, 150, "F")
    y = y0 + 3
    for lab, val in [("Date of this notice", fmt_date(notice, "long")), ("Notice number", notice_no),
                     ("Recipient", f["member"]), ("Medicaid ID", mid), ("Case number (household)", case),
                     ("Date of birth", fmt_date(f["dob"], "slash")), ("Provider", center),
                     ("Provider NPI", f["npi"]), ("Assessment date", fmt_date(f["assess"], "slash")),
                     ("Effective date of change", fmt_date(eff, "long"))]:
        d.set_xy(15, y)
        d.font(6.8, "B")
        d.cell(52, 3.4, lab.upper())
        d.set_xy(15, y + 3.6)
        d.font(8.6)
        d.multi_cell(52, 4.2, val)
        y = d.get_y() + 3
    d.set_xy(76, y0 + 2)
    for ln in [f["member"], *f["addr"]]:
        d.set_x(76)
        d.text_line(ln, 9.6, h=4.9)
    d.ln(5)
    paras = [
        f"Dear {f['first']} {f['last']}:",
        f"Your services are changing. You now receive adult day health services (S5102) at {center} five days a "
        f"week. Starting {fmt_date(eff, 'long')}, Medical Assistance will pay for three days a week.",
        f"Why: a nurse assessor completed your functional assessment on {fmt_date(f['assess'], 'long')}. Your score "
        "went from 58 to 41. You now need hands-on help with two activities of daily living (bathing, dressing) and "
        "supervision with medications. The assessment shows that three days of adult day health a week meet your "
        "needs. More days are not medically necessary for you.",
        "The law we used: 55 Comm. Admin. Code 52.41 (amount of waiver services) and 42 CFR 441.301 (person-"
        "centered service plan).",
        "Your right to a fair hearing: if you disagree, you may ask for a fair hearing. Your request must be "
        "received within 90 days of the mailing date of this notice. Keep your services the same: if your "
        f"request is postmarked within 10 days of the date of this notice, your five days will continue until "
        "the hearing decision. If you lose the hearing, you may have to pay back the cost of those services.",
        f"To ask for a hearing call {f['ph']}, or write to the Bureau of Hearings and Appeals at the address above. "
        "You may bring a lawyer, a relative or a friend. Free legal help: Legal Aid Senior Hotline, 1-555-310-4471.",
    ]
    for p in paras:
        d.set_x(76)
        d.para(p, 9.1, w=126, gap=2.2)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[notice_no], denial_date=iso(notice), provider=center,
              alternates={"service_dates": [[iso(eff)]], "case_numbers": [[notice_no, case]]},
              denial_alternates=["level_of_care"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: fax stack: MLTC IAD + day center statement
def doc_mltc_iad(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Keystone Harbor Managed Long Term Care"
    notice = f["assess"] + dt.timedelta(days=r.randint(6, 12))
    f["notice"] = notice
    eff = notice + dt.timedelta(days=14)
    d = Page(head=f"Keystone Harbor MLTC  ·  Initial Adverse Determination  ·  {f['member']}  ·  ID {f['mid']}",
             foot="KH-MLTC-IAD-04   {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Keystone Harbor", 17, "B", h=8)
    d.text_line("Managed Long Term Care  |  18 Ferry Slip Plaza, Erie, PA 16501  |  Member Services " + f["ph"],
                8.6, h=4.6)
    d.ln(6)
    d.text_line("INITIAL ADVERSE DETERMINATION", 12, "B", h=7)
    d.text_line("Reduction of a service authorization", 9.5, h=5)
    d.ln(2)
    kv(d, [("Date:", fmt_date(notice, "dmy")), ("Member:", f["member"]), ("Plan member number:", f["mid"]),
           ("Medicaid CIN:", f["cin"]), ("Reference number:", f["ref"]), ("Service:", "Personal care (T1019)"),
           ("Provider:", f["center"])], labw=46)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"Keystone Harbor reviewed the Community Health Assessment done in your home on "
           f"{fmt_date(f['assess'], 'long')}. We have decided to reduce your personal care services from 42 hours "
           f"a week to 28 hours a week, starting {fmt_date(eff, 'long')}. Personal care is given at "
           f"{f['center']} on the days you attend and by home attendants on other days.", 10)
    d.para("Reason: you now walk with a walker without hands-on help and you can feed yourself. The hours that "
           "were for help with walking and eating are no longer medically necessary.", 10)
    d.text_line("If you disagree: plan appeal", 10.5, "B", h=6)
    d.para("You must ask for a plan appeal within 60 days of the date of this notice. Call us or write to Keystone "
           "Harbor Appeals, 18 Ferry Slip Plaza, Erie, PA 16501, fax 1-555-804-2219. If waiting 30 days could "
           "seriously harm your health, ask for a fast appeal (decided within 72 hours).", 10)
    d.para("Aid continuing: to keep your 42 hours during the appeal, ask within 10 days of the date of this "
           "notice or by the date the change starts, whichever is later. After the plan appeal you may ask the "
           "State for a fair hearing within 120 days of the plan's appeal decision.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], denial_date=iso(notice), provider=f["center"],
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"service_dates": [[iso(eff)]], "member_id": [f["cin"]]})
    return pdf_bytes(d), t


def doc_center_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    acct = f"WADH-{r.digits(5)}"
    days = sorted({f["notice"] - dt.timedelta(days=r.randint(1, 28)) for _ in range(6)})
    rate = r.choice([86.5, 92.0, 97.25])
    rows = [[fmt_date(x, "mdy_nopad"), "S5102", "Adult day health, per diem", "1", fmt_money(rate, "nosign"),
             "Medicaid MLTC"] for x in days]
    total = round(rate * len(days), 2)
    d = Page(margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  " + f["center"].upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line("406 Lantern Way, Erie, PA 16501  ·  Billing " + ph(r) + "  ·  Tax ID 25-" + r.digits(7), 8.4, h=5)
    d.ln(3)
    d.text_line("Participant Monthly Statement", 12, "B", h=7)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 38), ("Participant", f["member"], 54),
             ("Account", acct, 32), ("Payer", "Keystone Harbor MLTC", 44), ("Your share", "$0.00", 22)])
    d.ln(4)
    d.table(["Date", "Code", "Service", "Units", "Charge", "Billed to"], rows, [26, 18, 62, 14, 24, 40], size=8.6,
            aligns="LLLRRL")
    d.para(f"Total charges this month: {fmt_money(total)}. Billed to your plan (member number {f['mid']}); you owe "
           "nothing for these days.", 9.3)
    d.para("Important: Keystone Harbor has told us your personal care hours will be reduced. Your adult day "
           "schedule does not change. If you appeal, bring the notice to our social worker and we will help you.",
           9.3)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(x) for x in days], denial_date=iso(stmt), provider=f["center"],
              unscored=["insurer"], alternates={"member_id": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"KH{r.digits(8)}", cin=f"{r.letters(2)}{r.digits(5)}{r.letters(1)}",
             ref=f"IAD-{r.digits(2)}-{r.digits(6)}", center=CENTERS[0])
    a = doc_mltc_iad(r, f)
    b = doc_center_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ------------------------------------------------------------- 2: approval of the revised (smaller) authorization
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Crossing Health Plan"
    mid = f"PCM-{r.digits(3)}-{r.digits(4)}"
    auth = f"SA{r.digits(10)}"
    date = f["assess"] + dt.timedelta(days=r.randint(10, 20))
    start = date + dt.timedelta(days=3)
    end = start + dt.timedelta(days=181)
    center = CENTERS[1]
    d = Page("Prairie Crossing Health Plan — Service Authorization Notice", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Prairie Crossing Health Plan", 15, "B", h=7)
    d.text_line("Managed Long Term Care  ·  2 Depot Square, Macon, GA 31201  ·  " + f["ph"], 8.6, h=4.6)
    d.ln(5)
    d.text_line(fmt_date(date, "wlong"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("NOTICE OF SERVICE AUTHORIZATION — APPROVED", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}: your care manager sent us your revised person-centered service plan "
           "after your reassessment. We approved everything it asks for.", 10)
    d.table(["Service", "Code", "Amount approved", "From", "Through"],
            [["Adult day health", "S5102", "3 days / week", fmt_date(start, "slash"), fmt_date(end, "slash")],
             ["Personal care aide", "T1019", "20 hrs / week", fmt_date(start, "slash"), fmt_date(end, "slash")]],
            [48, 18, 36, 30, 30], size=9, border_head="TB")
    kv(d, [("Authorization number", auth), ("Member ID", mid), ("Adult day provider", center),
           ("Care manager", "Odette R. Greer, RN")], labw=52, size=9.5)
    d.ln(3)
    d.para("This approval is for fewer adult day days than you had before (5 days a week). That change was in a "
           "separate notice dated earlier and is not part of this notice. If you need more help, call your care "
           "manager and ask for a new assessment.", 9.5)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              denial_date=iso(date), provider=center, service_dates=[iso(start, end)],
              alternates={"service_dates": [[]]}, type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 3: Spanish MLTC notice, more hours refused
def doc_es_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Comunitaria del Sol"
    mid = f"SCS{r.digits(9)}"
    ref = f"{r.digits(4)}-{r.letters(2)}-{r.digits(5)}"
    notice = f["assess"] + dt.timedelta(days=r.randint(7, 14))
    center = "Centro de Día Casa Esperanza"
    d = Page("Salud Comunitaria del Sol  ·  Aviso {p} de {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Salud Comunitaria del Sol", 16, "B", h=8)
    d.text_line("Plan de Cuidado Administrado a Largo Plazo  ·  Apartado 771, Laredo, TX 78040  ·  " + f["ph"],
                8.4, h=4.6)
    d.ln(4)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", h=7)
    d.ln(2)
    kv(d, [("Fecha del aviso:", fmt_date(notice, "es")), ("Afiliado:", f["member"]), ("Núm. de afiliado:", mid),
           ("Núm. de referencia:", ref), ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], labw=50)
    d.ln(4)
    d.para(f"Estimado/a {f['first']} {f['last']}:", 10)
    d.para(f"Su trabajadora social de {center} pidió aumentar sus horas de cuidado personal (T1019) de 25 a 40 "
           "horas por semana y agregar un quinto día de servicios de salud diurna para adultos (S5100). Hemos "
           "negado la solicitud.", 10)
    d.para(f"Motivo: la evaluación funcional del {fmt_date(f['assess'], 'es')} muestra que usted necesita ayuda "
           "con el baño y la preparación de comidas, que ya están cubiertas con sus horas actuales. Las horas "
           "adicionales no son médicamente necesarias.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Debe pedir una apelación del plan dentro de 60 días a partir de la fecha de este aviso. Si su salud "
           "está en peligro, pida una apelación acelerada (72 horas). Después de la apelación del plan, puede pedir "
           "una audiencia imparcial estatal dentro de 120 días. Llame al número de arriba o escriba a "
           "Apelaciones, Apartado 773, Laredo, TX 78040.", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], denial_date=iso(notice), provider=center,
              appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: Medicaid member EOB, one claim over the units
def doc_member_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lakeshore Community Care Plan"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    grp = f"MCD-{r.digits(4)}"
    stmt = f["assess"] + dt.timedelta(days=r.randint(30, 45))
    center = CENTERS[2]
    claims = []
    for i, (code, units, rate, deny) in enumerate([("S5100", 24, 5.75, False), ("S5100", 32, 5.75, True),
                                                   ("T1019", 40, 6.25, False)]):
        first = stmt - dt.timedelta(days=34 - i * 9)
        claims.append(dict(no=f"{r.digits(2)}{r.digits(9)}", code=code, units=units, billed=round(units * rate, 2),
                           dos=(first, first + dt.timedelta(days=4)), deny=deny,
                           prov=center if code == "S5100" else "Northgate Home Attendant Agency"))
    d = Page("Lakeshore Community Care Plan  ·  Member Explanation of Benefits  ·  This is not a bill  ·  {p}",
             margins=(12, 12, 12))
    d.add_page()
    d.text_line("LAKESHORE COMMUNITY CARE PLAN", 14, "B", h=7)
    d.text_line("A Medicaid health plan  ·  PO Box 5190, Duluth, MN 55802  ·  " + f["ph"], 8.4, h=4.6)
    d.rule(0.5, 3)
    d.text_line("MEMBER EXPLANATION OF BENEFITS — THIS IS NOT A BILL", 11, "B", h=6.5)
    d.boxes([("Statement date", fmt_date(stmt, "iso"), 34), ("Member", f["member"], 52), ("Member ID", mid, 36),
             ("Program", grp, 28), ("Claims", "3", 18), ("Date of birth", fmt_date(f["dob"], "slash"), 24)])
    d.ln(4)
    rows = []
    for c in claims:
        span = f"{fmt_date(c['dos'][0], 'iso')} - {fmt_date(c['dos'][1], 'iso')}"
        paid = 0 if c["deny"] else c["billed"]
        rows.append([c["no"], span, c["prov"][:30], f"{c['code']} x{c['units']}", fmt_money(c["billed"], "nosign"),
                     fmt_money(paid, "nosign"), "0.00", "U4" if c["deny"] else "P1"])
    d.table(["Claim", "Service dates", "Provider", "Code/units", "Billed", "Plan paid", "You owe", "Note"], rows,
            [27, 40, 49, 22, 17, 17, 12, 8], size=7.6, aligns="LLLLRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("P1  Paid as authorized.", 8.6, gap=1)
    d.para("U4  Denied. The units billed for these dates are more than the units in your service authorization "
           "(24 units a week). Services over the authorized amount need a new authorization before they are "
           "given. The provider may not bill you for these services.", 8.6)
    d.para("If you disagree with a decision on this statement, you may ask for a plan appeal within 60 days of the "
           "date of this statement. You may ask for a State fair hearing within 120 days after the plan's appeal "
           "decision.", 8.6)
    c = claims[1]
    t = truth("eob", "prior_authorization", insurer=ins, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]),
              service_dates=[iso(*c["dos"])], denial_date=iso(stmt), provider=center,
              appeal_deadline=iso(stmt + dt.timedelta(days=60)), alternates={"group_number": [grp]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: plan appeal decision upheld (two pages)
def doc_appeal_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Valley Senior Care Options"
    mid = f"GV{r.digits(7)}-01"
    appeal = f"APL{r.digits(7)}"
    orig = f"UM-{r.digits(8)}"
    dec = f["assess"] + dt.timedelta(days=r.randint(45, 60))
    center = CENTERS[1]
    hdr = f"Appeal {appeal}  ·  {f['member']}  ·  Granite Valley Senior Care Options"
    d = Page("Page {p} of {n}", head=hdr, margins=(22, 18, 22))
    d.add_page()
    d.text_line("GRANITE VALLEY", 16, "B", h=7.5)
    d.text_line("Senior Care Options  ·  Appeals & Grievances  ·  77 Quarry Street, Bangor, ME 04401", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(dec, "upper"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"RE: Your appeal {appeal} (original decision {orig})\nMember ID: {mid}", 10, gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"You appealed our decision to stop adult day health services (S5102) at {center} after your "
           f"reassessment on {fmt_date(f['assess'], 'long')}. A geriatrician who did not make the first decision "
           "reviewed your appeal, your assessment and the letter from your daughter.", 10)
    d.text_line("Decision: we upheld our original decision.", 10.5, "B", h=6.5)
    d.para("Adult day health is a skilled service: it is covered when a member needs nursing or therapy that "
           "must be given during the day program. Your records show stable health, no skilled nursing tasks and no "
           "therapy orders. Your need is for social activity and supervision, which the social adult day program "
           "in your service plan (not billed to Medicaid) provides. Adult day health is not medically necessary "
           "for you. Your other services, including 14 hours a week of personal care, do not change.", 10)
    d.para("This is the plan's final decision on your appeal.", 10)
    d.add_page()
    d.text_line("What you can do next", 11, "B", h=6.5)
    d.para("State fair hearing: you may ask the State for a fair hearing within 120 days of the date of this "
           "decision. Call the Office of Administrative Hearings at 1-555-207-6630 or mail the enclosed form.", 10)
    d.para("Aid continuing: if you ask for a fair hearing within 10 days of the date of this decision, your adult "
           "day health services can continue until the hearing decision. You may have to pay for them if you "
           "lose.", 10)
    d.para("External review by the State's independent reviewer is also available within 4 months of this "
           "decision. You may ask for copies of the criteria we used, free of charge.", 10)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}. Provider NPI {f['npi']}.", 8.8)
    d.para("Sincerely,\n\nAppeals & Grievances Unit\nGranite Valley Senior Care Options", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, orig], denial_date=iso(dec), provider=center,
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["level_of_care"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: boxed state notice, coverage ended
def doc_state_eligibility(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "State Department of Human Services"
    mid = f"{r.digits(10)}"
    case = f"C-{r.digits(7)}"
    notice = f["assess"] + dt.timedelta(days=r.randint(5, 30))
    ended = notice - dt.timedelta(days=r.randint(3, 12))
    dos = notice + dt.timedelta(days=r.randint(11, 14))
    d = Page("DHS-MA-2210 (07/25)", margins=(14, 12, 14))
    d.add_page()
    d.text_line("STATE DEPARTMENT OF HUMAN SERVICES", 13, "B", h=6.5)
    d.text_line("Medical Assistance Program  ·  Office of Long Term Services  ·  1 Capitol Mall, Pueblo, CO 81003",
                8.4, h=4.6)
    d.ln(2)
    d.text_line("NOTICE OF DENIAL OF SERVICES", 12, "B", h=7)
    d.boxes([("Notice date", fmt_date(notice, "mdy_nopad"), 34), ("Recipient name", f["member"], 56),
             ("Recipient ID", mid, 38), ("Case number", case, 30), ("Worker", "J. Lomax", 24)])
    d.boxes([("Service", "Personal care (T1019) and adult day health (S5100)", 102), ("Requested start",
             fmt_date(dos, "mdy_nopad"), 34), ("Provider", CENTERS[2], 46)], h=11, value_size=8.6)
    d.ln(4)
    d.para(f"We cannot approve the service request above. Your Medical Assistance coverage ended on "
           f"{fmt_date(ended, 'long')} because you did not return your renewal form. Services can only be "
           "authorized for people who are eligible on the date the service starts.", 9.6)
    d.para("Regulations: 42 CFR 435.916 (renewals); 42 CFR 441.301. If you send your renewal form within 90 "
           "days after coverage ended, we will review your eligibility again without a new application.", 9.6)
    d.text_line("YOUR RIGHTS", 10, "B", h=6)
    d.para("You may ask for a fair hearing. We must receive your request within 90 days of the date this notice "
           "was mailed. You may ask for an expedited hearing if waiting would seriously harm your health. Call "
           f"{f['ph']} (TTY 711).", 9.3)
    t = truth("denial_letter", "eligibility", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[], service_dates=[iso(dos)], denial_date=iso(notice), provider=CENTERS[2],
              alternates={"case_numbers": [[case]], "insurer": ["Medical Assistance Program"],
                          "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_state_reduction, "state_noa", "born_digital"), (2, doc_approval, "approval", "scan_clean_300"),
              (3, doc_es_notice, "es_notice", "phone_photo"), (4, doc_member_eob, "member_eob", "photocopy"),
              (5, doc_appeal_upheld, "appeal_upheld", "rotated"),
              (6, doc_state_eligibility, "eligibility", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
