"""Family 'medicaid_nursing_home_level_of_care_reassessment_notice': a Medicaid nursing facility resident is
reassessed and found no longer to meet nursing facility level of care, so nursing facility coverage is to end; the
papers around that finding.

Documents: a managed long-term care plan's Notice of Adverse Benefit Determination ending nursing facility services
(plan appeal within 60 days of the notice; fair hearing and continuation limits as decoys); a photocopied state
"Level of Care Reassessment Result" form (boxes with labels above values, an ADL score table; fair hearing only);
a sideways state fair hearing decision upholding the finding (facts in sentences); a phone photo of a PACE
enrollment welcome letter; a scanned stack of a notice of continued benefits pending the hearing (looks like a
denial, refuses nothing), its blank duplex back, and the nursing home's monthly resident statement; a standard-fax
Medicaid plan member EOB with three claims (only the nursing facility month after the end date refused); a
low-resolution approval of home and community-based waiver services.

All values invented (agencies, plans, facilities, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicaid_nursing_home_level_of_care_reassessment_notice"
LANG = "en"
SEED = 324600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
DEPT = "Department of Human Services, Office of Medical Assistance Programs"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16), serif=False):
        fam = "DejaVuSerif" if serif else "DejaVu"
        super().__init__(fam, footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)


def ph(r: Rand) -> str:
    return f"({r.choice(['701', '218', '207'])}) 555-{r.digits(4)}"


def checkbox(d: Doc, on: bool, text: str, size: float = 9.2):
    x, y = d.get_x(), d.get_y()
    d.rect(x, y + 1, 3.4, 3.4)
    if on:
        d.font(size, "B")
        d.set_xy(x + 0.2, y)
        d.cell(3.4, 5, "X")
    d.set_xy(x + 6, y)
    d.font(size)
    d.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(0.8)


# ------------------------------------------------------------ 0: MLTC plan NOABD (born digital)
def doc_noabd(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    ins = "Evergreen Harbor Long-Term Care Plan"
    notice = dt.date(2026, 3, 4) + dt.timedelta(days=r.randint(0, 30))
    end = notice + dt.timedelta(days=r.randint(14, 20))
    assess = notice - dt.timedelta(days=r.randint(8, 15))
    mid, ref = f"EH{r.digits(9)}", f"UM-{r.digits(4)}-{r.digits(5)}"
    nf = "Brookhaven Care Center"
    d = Page("Evergreen Harbor LTC Plan  -  EHP-NOABD-LTC (2026)  -  Page {p} of {n}",
             head=f"{member}  -  Member ID {mid}  -  Notice of Adverse Benefit Determination")
    d.add_page()
    d.text_line("Evergreen Harbor", 17, "B", h=8)
    d.text_line("Long-Term Care Plan  |  a Medicaid managed long-term care plan  |  Member Services " + ph(r), 8.6,
                h=4.6)
    d.rule(0.7, 4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", h=7)
    d.text_line("About Your Long-Term Care Services", 10, h=5.5)
    d.ln(3)
    y = d.get_y()
    for ln in [member, *r.address()]:
        d.text_line(ln, 9.6, h=4.9)
    d.set_y(y)
    for lab, val in [("Date of this notice:", fmt_date(notice, "long")), ("Member ID:", mid),
                     ("Reference #:", ref)]:
        d.set_x(118)
        d.font(8.8)
        d.cell(32, 5, lab)
        d.font(9.4, "B")
        d.cell(45, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(7)
    d.para(f"Dear {first} {last},", 10)
    d.para(f"Evergreen Harbor Long-Term Care Plan has decided to end your nursing facility services at {nf}. "
           f"These services will stop on {fmt_date(end, 'long')}. A nurse assessor from the plan visited you on "
           f"{fmt_date(assess, 'long')} to complete your yearly level of care reassessment.", 10)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    checkbox(d, False, "The service is not medically necessary.")
    checkbox(d, True, "You no longer meet the nursing facility level of care. Your reassessment score was 9; a score "
             "of 15 or more is needed. You now need help with two activities of daily living (bathing, dressing) "
             "and can be served safely in a community setting, such as an assisted living residence with waiver "
             "services.")
    checkbox(d, False, "The provider is not in our network.")
    checkbox(d, False, "We did not get the information we asked for.")
    d.para("We used the State Uniform Assessment Instrument and 42 CFR 441.301 and the state nursing facility "
           "level of care rule to make this decision. You may ask for free copies of all documents and criteria "
           "we used.", 9.2)
    d.text_line("You have the right to appeal", 10.5, "B", h=6)
    d.para("You must ask for a plan appeal within 60 days from the date of this notice. Call Member Services or "
           "write to Evergreen Harbor Appeals, 40 Quarry Street, Duluth, MN 55802. If waiting could seriously harm "
           "your health, ask for a fast appeal; we will decide within 72 hours.", 9.4)
    d.text_line("Keeping your services during the appeal", 10.5, "B", h=6)
    d.para(f"Your nursing facility services can continue while your appeal is decided if you ask for an appeal "
           f"within 10 days of the date of this notice or before {fmt_date(end, 'long')}, whichever is later. If "
           "the final decision is not in your favor, you may have to pay for services you got during the appeal.",
           9.4)
    d.text_line("State fair hearing", 10.5, "B", h=6)
    d.para("If we uphold this decision, you may ask for a State fair hearing within 120 days from the date of our "
           "appeal decision. The ombudsman for long-term care can help you for free.", 9.4)
    d.add_page()
    d.text_line("How to ask for an appeal", 10.5, "B", h=6)
    d.para("1. Call Member Services, or write to us, or use the enclosed Appeal Request Form. Someone else, such as "
           "a family member, friend, provider or lawyer, may ask for you if you sign a representative form.\n"
           "2. Tell us why you disagree. You may send records, letters from your doctor or the facility, and anything "
           "else you want us to look at. You may also ask to present your case in person.\n"
           "3. We will send you our decision in writing within 30 calendar days after we receive your appeal. We may "
           "take up to 14 more days if you ask or if we need more information and the delay is in your interest.",
           9.4)
    d.text_line("Help with this notice", 10.5, "B", h=6)
    d.para("Long-Term Care Ombudsman Program: 1-800-555-0177 (free, confidential). Legal Aid Senior Helpline: "
           "1-800-555-0108. If you need this notice in another language, large print or Braille, call Member "
           "Services. TTY users call 711.", 9.4)
    d.para("Para recibir ayuda en espanol, llame a Servicios para Miembros. Evergreen Harbor does not discriminate "
           "on the basis of race, color, national origin, age, disability or sex.", 9)
    t = truth("denial_letter", "level_of_care", insurer=ins, member_id=mid, member_name=member, case_numbers=[ref],
              service_dates=[iso(end)], denial_date=iso(notice), provider=nf,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity", "eligibility"],
              alternates={"service_dates": [[]], "insurer": ["Evergreen Harbor"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: state reassessment result form (photocopy)
def doc_state_form(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    mailed = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 40))
    assess = mailed - dt.timedelta(days=r.randint(10, 18))
    eff = mailed + dt.timedelta(days=r.randint(30, 35))
    case, mid = f"{r.digits(2)}-{r.digits(7)}", f"{r.digits(10)}"
    nf = "Prairie Lantern Nursing & Rehabilitation"
    d = Page(f"Form DHS-LOC-211 (07/2025)                                        Case {case}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("DEPARTMENT OF HUMAN SERVICES", 12.5, "B", align="C", h=6.5)
    d.text_line("Office of Medical Assistance Programs  -  Long-Term Care Eligibility Unit", 9, align="C", h=5)
    d.text_line("600 E Boulevard Ave, Bismarck-Fargo Service Center, Fargo, ND 58102", 8, align="C", h=4.5)
    d.ln(3)
    d.text_line("NURSING FACILITY LEVEL OF CARE - REASSESSMENT RESULT", 11.5, "B", align="C", h=7)
    d.ln(2)
    d.boxes([("1. Date mailed", fmt_date(mailed, "dmy"), 40), ("2. Case number", case, 40),
             ("3. Medicaid recipient no.", mid, 52), ("4. Worker", "L. Pemberton #407", 56)])
    d.boxes([("5. Recipient", member, 70), ("6. Facility", nf, 80), ("7. Date assessed", fmt_date(assess, "dmy"), 38)])
    d.boxes([("8. Result", "DOES NOT MEET nursing facility level of care", 110),
             ("9. Medicaid NF payment ends", fmt_date(eff, "dmy"), 78)])
    d.ln(4)
    rows = [["Bathing", "Supervision", "1"], ["Dressing", "Limited assist", "2"], ["Toileting", "Independent", "0"],
            ["Transferring", "Independent", "0"], ["Eating", "Independent", "0"], ["Medication management",
            "Set-up", "1"], ["Cognition (BIMS 13)", "Intact", "0"], ["Behavior", "None", "0"],
            ["Skilled treatments", "None daily", "0"]]
    rows.append(["*Total score (15 needed)", "", "4"])
    d.table(["Domain", "Finding", "Points"], rows, [80, 70, 30], size=8.6, aligns="LLR", head_fill=True)
    d.text_line("10. Reason for this action", 9.5, "B", h=5.5)
    d.para("The reassessment shows that you no longer need the daily nursing care provided in a nursing facility. "
           "Medical Assistance will stop paying the facility for your care on the date in box 9. You may still "
           "qualify for home and community-based services; a case manager will contact you. Rule: Admin. Code "
           "75-02-02-09 and 42 CFR 483.132.", 8.8)
    d.text_line("11. Your hearing rights", 9.5, "B", h=5.5)
    d.para("You may ask for a fair hearing within 30 days of the date this notice was mailed. If you ask before "
           "the date in box 9, your benefits will continue until the hearing decision. Ask by calling your county "
           f"office at {ph(r)}, or write to the Appeals Supervisor at the address above. You may bring a lawyer, "
           "relative or friend; Legal Services may help you for free.", 8.8)
    t = truth("denial_letter", "level_of_care", insurer="Department of Human Services", member_id=mid,
              member_name=member, case_numbers=[case], service_dates=[iso(eff)], denial_date=iso(mailed),
              provider=nf, denial_alternates=["eligibility", "medical_necessity"],
              alternates={"service_dates": [[]], "insurer": ["Office of Medical Assistance Programs"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 2: fair hearing decision upheld (rotated)
def doc_hearing(r: Rand) -> tuple[bytes, dict]:
    member, first, mi, last = r.person()
    dec = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 30))
    hearing = dec - dt.timedelta(days=r.randint(12, 20))
    notice = hearing - dt.timedelta(days=r.randint(40, 55))
    eff = notice + dt.timedelta(days=31)
    docket, mid = f"OAH {r.digits(2)}-{r.digits(4)}-MA", f"{r.digits(10)}"
    nf = "Sycamore Court Health Center"
    d = Page("Decision and Order - page {p} of {n}", serif=True, margins=(26, 20, 26))
    d.add_page()
    d.text_line("STATE OF MINNESOTA", 9, align="C", h=5)
    d.text_line("Bureau of Hearings and Appeals", 14, "B", align="C", h=7)
    d.text_line("Department of Human Services  -  Appeals Division", 9.5, align="C", h=5)
    d.ln(6)
    d.text_line("DECISION AND ORDER", 12, "B", align="C", h=7)
    d.ln(3)
    d.para(f"In the matter of {member}, Appellant, and the Office of Medical Assistance Programs, Agency. "
           f"Docket number {docket}.", 10.5)
    d.text_line("STATEMENT OF THE CASE", 10.5, "B", h=6)
    d.para(f"The Appellant appealed the Agency's notice dated {fmt_date(notice, 'long')}, which found that the Appellant no "
           f"longer meets the nursing facility level of care and that Medical Assistance payment to {nf} would end "
           f"on {fmt_date(eff, 'long')}. A telephone hearing was held on {fmt_date(hearing, 'long')}. The Appellant "
           "appeared with a family member. The Agency was represented by a nurse reviewer.", 10.5)
    d.text_line("FINDINGS OF FACT", 10.5, "B", h=6)
    d.para(f"1. The Appellant's Medical Assistance recipient number is {mid}.\n"
           "2. The reassessment scored 6 points; 15 points are required for nursing facility level of care.\n"
           "3. The Appellant walks with a cane, takes medications after set-up and needs help only with "
           "bathing.\n4. No skilled nursing service is provided daily.", 10.5)
    d.text_line("CONCLUSIONS AND ORDER", 10.5, "B", h=6)
    d.para("The Agency correctly determined that the Appellant does not meet nursing facility level of care. The "
           "Agency's action is AFFIRMED. Benefits continued during this appeal end ten days after the date of this "
           "decision.", 10.5)
    d.para(f"Dated and mailed: {fmt_date(dec, 'long')}", 10.5)
    d.para("Administrative Law Judge R. Quintero", 10.5)
    d.text_line("FURTHER REVIEW", 10.5, "B", h=6)
    d.para("You may ask the district court to review this decision by filing within 30 days after you receive it. "
           "You may also ask for reconsideration if you have new evidence.", 9.6)
    t = truth("denial_letter", "level_of_care", insurer="Bureau of Hearings and Appeals", member_id=mid,
              member_name=member, case_numbers=[docket], service_dates=[iso(eff)], denial_date=iso(dec),
              provider=nf, denial_alternates=["eligibility", "medical_necessity"],
              alternates={"service_dates": [[]], "insurer": ["Department of Human Services"],
                          "case_numbers": [[docket.replace("OAH ", "")]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: PACE enrollment letter (phone photo)
def doc_pace(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    ins = "Riverbend PACE"
    letter = dt.date(2026, 4, 20) + dt.timedelta(days=r.randint(0, 20))
    start = dt.date(letter.year, letter.month + 1, 1)
    signed = letter - dt.timedelta(days=r.randint(5, 12))
    pid = f"RBP-{r.digits(6)}"
    mbi = f"{r.digits(1)}{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(1)}{r.digits(2)}-{r.letters(2)}{r.digits(2)}"
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Riverbend PACE", 18, "B", h=9)
    d.text_line("Program of All-Inclusive Care for the Elderly  .  18 Juniper Drive, Bangor, ME 04401", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(letter, "wlong"), 10, h=6)
    d.ln(3)
    for ln in [member, *r.address()]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Welcome to Riverbend PACE!", 13, "B", h=7)
    d.ln(1)
    d.para(f"Dear {first} {last},", 10)
    d.para(f"Thank you for signing your enrollment agreement on {fmt_date(signed, 'long')}. Your enrollment in "
           f"Riverbend PACE begins on {fmt_date(start, 'long')}. From that day, Riverbend PACE will provide and pay "
           "for all of your Medicare and Medicaid services, including your day center visits, home care, "
           "medicines, transportation and, if you ever need it, nursing home care.", 10)
    d.para(f"Your participant number is {pid}. Please keep using your Medicare card ({mbi}) only at the PACE "
           "center; all care must be arranged by your PACE team.", 10)
    d.para("Because you will now live at home with our support, the State's recent decision about nursing facility "
           "level of care does not affect your PACE eligibility: the State found that you can live safely in the "
           "community with PACE services.", 10)
    d.para("Your monthly premium: $0.00 (covered by Medicaid). Your first day at the Riverbend Day Center is "
           "scheduled for the first Tuesday after your start date; our driver will call you the day before.", 10)
    d.para(f"Questions? Call your PACE social worker, Desmond Holloway, at {ph(r)}.", 10)
    d.ln(3)
    d.para("Warm regards,\nEnrollment Office, Riverbend PACE", 10)
    t = truth("other", None, insurer=ins, member_id=pid, member_name=member, denial_date=iso(letter),
              alternates={"service_dates": [[iso(start)]], "member_id": [None, mbi]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: stack: continued benefits + duplex + NF statement
def doc_continued(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page("ECH-CONT-BEN-1   {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cedar Hollow Community Health Plan", 14, "B", h=7)
    d.text_line("Medicaid Long-Term Services and Supports", 9, h=5)
    d.ln(6)
    for lab, val in [("Sent", fmt_date(f["sent"], "abbr")), ("To", f["member"]), ("Plan member no.", f["mid"]),
                     ("Hearing request no.", f["hr"])]:
        d.font(8.8)
        d.cell(38, 5.2, lab)
        d.font(9.6, "B")
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.text_line("NOTICE OF CONTINUED BENEFITS", 12, "B", h=7)
    d.ln(1)
    d.para(f"On {fmt_date(f['hreq'], 'abbr')} you asked for a State fair hearing about our decision to end your "
           f"nursing facility services at {f['nf']}. Because you asked within 10 days, your nursing facility "
           "services will CONTINUE without any change while you wait for the hearing decision.", 10)
    d.para("This notice does not end, reduce or deny any service. We will keep paying the facility as before. You "
           "do not need to do anything now.", 10)
    d.para("Please know: if the hearing officer agrees with our decision, you may be asked to pay back the cost of "
           "the nursing facility care you received while the hearing was pending. You can ask the State to stop "
           "the continued benefits at any time.", 10)
    d.para(f"Questions? Call {ph(r)}, Monday through Friday.", 10)
    t = truth("other", None, insurer="Cedar Hollow Community Health Plan", member_id=f["mid"],
              member_name=f["member"], denial_date=iso(f["sent"]), provider=f["nf"],
              alternates={"case_numbers": [[f["hr"]]], "provider": [None]})
    return pdf_bytes(d), t


def doc_nf_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    start = f["period"]
    end = dt.date(start.year, start.month + 1, 1) - dt.timedelta(days=1)
    days = (end - start).days + 1
    rate = float(r.randint(298, 352))
    room = rate * days
    pharm = float(r.randint(60, 140))
    total = room + pharm
    share = float(r.randint(1400, 2100))
    acct = f"R{r.digits(5)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line(f["nf"], 15, "B", h=7.5)
    d.text_line(f"Business Office  -  1200 Birchwood Lane, Duluth, MN 55802  -  {ph(r)}", 8.5, h=4.6)
    d.ln(3)
    d.text_line("RESIDENT MONTHLY STATEMENT", 11.5, "B", h=6.5)
    d.ln(1)
    d.boxes([("Statement date", fmt_date(f["stmt"], "slash"), 36), ("Resident", f["member"], 60),
             ("Resident acct", acct, 30), ("Payer", "Cedar Hollow CHP (Medicaid)", 60)])
    d.boxes([("Payer member ID", f["mid"], 50), ("Billing period",
             f"{fmt_date(start, 'slash')} - {fmt_date(end, 'slash')}", 66), ("Room", "214-B", 20),
             ("Due by", fmt_date(f["stmt"] + dt.timedelta(days=20), "slash"), 46)])
    d.ln(4)
    rows = [[fmt_date(start, "slash"), "Nursing facility care, semi-private", f"{days} days x {fmt_money(rate)}",
             fmt_money(room)],
            [fmt_date(end, "slash"), "Pharmacy (non-formulary OTC)", "", fmt_money(pharm)],
            ["*", "Total charges this period", "", fmt_money(total)],
            ["", "Billed to Cedar Hollow CHP (continued benefits, hearing pending)", "", "-" + fmt_money(total - share)],
            ["*", "Resident liability (patient pay amount set by county)", "", fmt_money(share)]]
    d.table(["Date", "Description", "Detail", "Amount"], rows, [24, 104, 32, 26], size=8.6, aligns="LLLR",
            head_fill=True)
    d.para("Your patient pay amount is set each year by the county from your income. Please pay it by the due date. "
           "If the fair hearing ends your Medical Assistance coverage, the private daily rate will apply from the "
           "date coverage ends; our business office can help you look at other options.", 8.8)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(start, end)], denial_date=iso(f["stmt"]), provider=f["nf"], unscored=["insurer"],
              alternates={"claim_amount": [m2(share)]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, *_ = r.person()
    hreq = dt.date(2026, 3, 10) + dt.timedelta(days=r.randint(0, 15))
    sent = hreq + dt.timedelta(days=r.randint(3, 6))
    period = dt.date(sent.year, sent.month + 1, 1)
    f = dict(member=member, hreq=hreq, sent=sent, period=period,
             stmt=dt.date(period.year, period.month + 1, 3), mid=f"CH{r.digits(8)}", hr=f"FH-{r.digits(6)}",
             nf="Lakeview Terrace Care Center")
    return Item(f"{FAMILY}_scan_continued_stack", "scan_clean_300", [doc_continued(r, f), doc_nf_statement(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------ 5: member EOB three claims (standard fax)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Northstar Medicaid Health Partners"
    stmt = dt.date(2026, 6, 8) + dt.timedelta(days=r.randint(0, 14))
    m1 = dt.date(2026, 4, 1)
    m1e = dt.date(2026, 4, 30)
    m2s, m2e = dt.date(2026, 5, 1), dt.date(2026, 5, 31)
    doc_day = dt.date(2026, 5, r.randint(5, 25))
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}", "MLTSS"
    c1, c2, c3 = f"N{r.digits(9)}", f"N{r.digits(9)}", f"N{r.digits(9)}"
    nf = "Harbor View Manor Nursing Home"
    rate = float(r.randint(255, 310))
    b1, b3 = rate * 30, rate * 31
    b2 = float(r.randint(110, 180))
    d = Page("Northstar Medicaid Health Partners   Member Claims Summary   pg {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("NORTHSTAR MEDICAID HEALTH PARTNERS", 13, "B", h=7)
    d.text_line(f"Member Claims Summary (Explanation of Benefits)  -  this is not a bill  -  {ph(r)}", 8.8, h=5)
    d.rule(0.5, 3)
    d.para(f"Issued {fmt_date(stmt, 'iso')}   |   For {member}   |   Member # {mid}   |   Program: Long-term services "
           f"and supports ({grp})", 9)
    head = ["Claim", "Provider", "Service dates", "Billed", "Paid", "You owe", "Code"]
    w = [26, 56, 46, 20, 20, 16, 8]
    rows = [[c1, nf, f"{fmt_date(m1, 'iso')} to {fmt_date(m1e, 'iso')}", fmt_money(b1, "nosign"),
             fmt_money(b1 * .8, "nosign"), "0.00", "01"],
            [c2, "Elena Marchetti, MD (visit)", fmt_date(doc_day, "iso"), fmt_money(b2, "nosign"),
             fmt_money(b2 * .6, "nosign"), "0.00", "01"],
            [c3, nf, f"{fmt_date(m2s, 'iso')} to {fmt_date(m2e, 'iso')}", fmt_money(b3, "nosign"), "0.00", "0.00",
             "LC"]]
    d.table(head, rows, w, size=7.9, aligns="LLLRRRL", head_fill=True)
    d.text_line("What the codes mean", 9.5, "B", h=5.5)
    d.para("01  Paid as billed under your long-term services and supports benefit.\n"
           "LC  Not paid. The State's reassessment found that the member no longer meets nursing facility level of "
           "care as of April 30, 2026. Nursing facility days after that date are not covered. The facility may not "
           "bill you for these days.", 8.6)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You can ask for an appeal within 60 days of the date on this summary. Call us or write to Northstar "
           "Appeals, PO Box 118, Fargo, ND 58102. After our appeal you can ask for a State fair hearing within 120 "
           "days. To keep services during an appeal you must ask within 10 days.", 8.6)
    t = truth("eob", "level_of_care", insurer=ins, member_id=mid, member_name=member, case_numbers=[c3],
              claim_amount=m2(b3), service_dates=[iso(m2s, m2e)], denial_date=iso(stmt), provider=nf,
              appeal_deadline=iso(stmt + dt.timedelta(days=60)), denial_alternates=["eligibility"],
              alternates={"group_number": [grp]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: HCBS waiver approval (low-res scan)
def doc_waiver(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    sent = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 20))
    start = sent + dt.timedelta(days=r.randint(10, 16))
    until = dt.date(start.year + 1, start.month, 1) - dt.timedelta(days=1)
    mid, auth = f"{r.digits(10)}", f"HCBS-{r.digits(7)}"
    al = "Maple Terrace Assisted Living"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Department of Human Services", 12.5, "B", h=6.5)
    d.text_line("Aging and Adult Services Division  -  Home and Community-Based Services Waiver Unit", 8.8, h=4.8)
    d.ln(5)
    d.text_line("NOTICE OF APPROVAL", 14, "B", h=8)
    d.text_line("Elderly and Disabled Waiver - Assisted Living Services", 10, h=5.5)
    d.ln(3)
    y = d.get_y()
    d.set_line_width(0.4)
    d.rect(18, y, 180, 26)
    cells = [("NOTICE SENT", fmt_date(sent, "abbr")), ("RECIPIENT", member), ("MA NUMBER", mid),
             ("SERVICE PLAN NO.", auth), ("SETTING", al), ("PLAN YEAR", f"{fmt_date(start, 'abbr')} - {fmt_date(until, 'abbr')}")]
    for i, (lab, val) in enumerate(cells):
        x = 21 + (i % 3) * 60
        yy = y + 2 + (i // 3) * 12
        d.set_xy(x, yy)
        d.font(6.8)
        d.cell(56, 3.5, lab)
        d.set_xy(x, yy + 4)
        d.font(9.2, "B")
        d.cell(56, 5, val)
    d.set_y(y + 30)
    d.para(f"Good news. You meet the level of care for the Elderly and Disabled Waiver. Your assisted living "
           f"services, personal care (up to 14 hours a week) and case management are approved for the plan year "
           f"shown above. Services at {al} start on {fmt_date(start, 'long')}.", 9.6)
    d.para("Your nursing facility coverage ended as explained in the earlier notice. This approval replaces it with "
           "waiver services in the community. Your monthly client obligation is $212.00; the assisted living "
           "residence will bill it to you.", 9.6)
    d.para("If you disagree with the amount of services approved, you may ask for a fair hearing within 30 days of "
           f"the date this notice was sent. Call your case manager, Ingrid Szabo, at {ph(r)}.", 9.6)
    t = truth("other", None, insurer="Department of Human Services", member_id=mid, member_name=member,
              case_numbers=[auth], service_dates=[iso(start, until)], denial_date=iso(sent), provider=al,
              alternates={"case_numbers": [[]], "service_dates": [[], [iso(start)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED)
    return [
        Item(f"{FAMILY}_bd_mltc_noabd", "born_digital", [doc_noabd(r)]),
        Item(f"{FAMILY}_copy_state_reassessment", "photocopy", [doc_state_form(r)]),
        Item(f"{FAMILY}_rot_hearing_upheld", "rotated", [doc_hearing(r)]),
        Item(f"{FAMILY}_photo_pace_welcome", "phone_photo", [doc_pace(r)]),
        item_stack(r),
        Item(f"{FAMILY}_faxstd_member_eob", "fax_standard_g4", [doc_eob(r)]),
        Item(f"{FAMILY}_lowres_waiver_approval", "scan_lowres_150", [doc_waiver(r)]),
    ]
