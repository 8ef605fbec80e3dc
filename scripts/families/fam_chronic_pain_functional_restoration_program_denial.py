"""Family 'chronic_pain_functional_restoration_program_denial': interdisciplinary chronic pain / functional restoration
programs (97799 unlisted physical medicine service, S9475 program per diem) refused as not medically necessary
(no trial of less intensive care) or as a program the plan does not cover.

Documents: a two-page DOL-model notice of adverse benefit determination (pre-service); a low-resolution stack of an
insurer's prose letter (program excluded), the blank back of its sheet and the program's invoice; a fine-fax
peer-to-peer conversation record (determination pending, not a denial); a photocopied partial approval (two of four
weeks); a sideways EOB with three claims (the program claim denied for records not received); a phone photo of a
Medicaid managed care notice of adverse benefit determination; a standard-fax paid EOB for the two approved weeks.

Decoys: DOB, NPIs, tax ID, account numbers, the peer-to-peer call date, a sample payment plan, paid claims,
external-review / fair-hearing / continuation / expedited limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "chronic_pain_functional_restoration_program_denial"
LANG = "en"
SEED = 315600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None, face="sans"):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)
        if face == "serif":
            self.add_font("Serif", "", SERIF)
            self.add_font("Serif", "B", SERIF_B)
            self.base_font = "Serif"
        elif face == "mono":
            self.add_font("Mono", "", MONO)
            self.add_font("Mono", "B", MONO_B)
            self.base_font = "Mono"


def ph(r: Rand) -> str:
    return f"{r.digits(3)}.{r.digits(3)}.{r.digits(4)}"


def weeks(start: dt.date, n: int) -> list[tuple[dt.date, dt.date]]:
    """Monday-to-Friday program weeks."""
    return [(start + dt.timedelta(days=7 * i), start + dt.timedelta(days=7 * i + 4)) for i in range(n)]


def short(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


# ------------------------------------------------------------ 1: DOL-model notice, pre-service, medical necessity
def doc_dol(r: Rand) -> tuple[bytes, dict]:
    tpa = "Larchmont Benefit Services"
    plan = "Ostrander Manufacturing Employee Health Plan"
    pat, first, _, last = r.person()
    mid, grp, pid = f"LBS{r.digits(8)}", f"OMC-{r.digits(4)}", f"{r.digits(3)}"
    ref = f"{r.digits(3)}-{r.digits(2)}-{r.digits(5)}"
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 40))
    start = monday(notice + dt.timedelta(days=r.randint(14, 24)))
    prog = "Cedar Hollow Functional Restoration Program"
    d = Page(None, margins=(18, 14, 18), header=f"{tpa} - Notice of Adverse Benefit Determination - {pat} - continued")
    d.add_page()
    d.text_line(tpa, 13, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.text_line(f"PO Box 1180, Lubbock, TX 79401   Customer service {ph(r)}", 8.8, h=4.6)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7, align="C")
    d.text_line("Save this notice. You may need it to file an appeal.", 9, h=5, align="C")
    d.ln(3)
    d.font(9.5, "B")
    d.cell(0, 6, "Claim Information", border="B", new_x="LMARGIN", new_y="NEXT")
    rows = [("Date of notice", fmt_date(notice, "iso")), ("Participant / patient", pat), ("Participant ID", mid),
            ("Plan number", pid), ("Group", grp), ("Request type", "Pre-service (prior approval)"),
            ("Request number", ref), ("Health care provider", prog),
            ("Service requested", "Interdisciplinary pain rehabilitation, S9475 per diem x 20 days, 97799"),
            ("Requested start date", fmt_date(start, "iso")), ("Amount billed", "Not applicable (pre-service)")]
    for lab, val in rows:
        d.font(8.8, "B")
        d.cell(52, 6, lab, border=1)
        d.font(9)
        d.cell(0, 6, val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.font(9.5, "B")
    d.cell(0, 6, "Reason for Adverse Determination", border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para("Your request for a 4-week interdisciplinary functional restoration program is denied because it is not "
           "medically necessary. The plan covers these programs when the patient has completed an adequate trial "
           "of less intensive care (physical therapy, a behavioral pain program and medication management) "
           "without improvement. The records show 3 physical therapy visits in the last 6 months and no "
           "behavioral treatment, so less intensive care has not been tried. The program may be reconsidered after "
           "those treatments are completed.", 9.2)
    d.para("Plan provision: Summary Plan Description, Article VI, Section 6.3(b), Medically Necessary Services. "
           "Internal guideline: Chronic Pain Program Criteria CP-22 (free copy on request). Denial code: MN4.", 9.2)
    d.font(9.5, "B")
    d.cell(0, 6, "Diagnosis and Treatment Codes", border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para("You may request the diagnosis and treatment codes and their meanings by calling customer service. A "
           "request for this information is not a request for an appeal.", 9.2)
    d.add_page()
    d.font(9.5, "B")
    d.cell(0, 6, "Important Information About Your Appeal Rights", border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    for h, body in [
        ("What if I need help understanding this denial?",
         "Contact us at the customer service number above if you need help understanding this notice."),
        ("What if I don't agree with this decision?",
         "You have a right to appeal any decision not to pay for an item or service. You must file your appeal "
         "within 180 days after you receive this notice. Send it to the Appeals Unit at the address above."),
        ("Expedited appeal",
         "If your situation meets the definition of urgent under the law, your review will generally be conducted "
         "within 72 hours."),
        ("External review",
         "After our final decision you may request an external review within 4 months. You may also have the right "
         "to bring a civil action under ERISA section 502(a) after exhausting the appeal process."),
        ("Other resources to help you",
         "For questions about your rights you may contact the Employee Benefits Security Administration at "
         "1-866-444-3272. Your state consumer assistance program may also be able to help you."),
    ]:
        d.text_line(h, 9.5, "B", h=5.5)
        d.para(body, 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=tpa, plan_id=pid, group_number=grp, member_id=mid,
              member_name=pat, case_numbers=[ref], service_dates=[iso(start)], denial_date=iso(notice),
              provider=prog, alternates={"insurer": [plan], "plan_id": [None], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 2: stack: prose letter (excluded) + duplex + invoice
def doc_excl_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    notice = f["end"] + dt.timedelta(days=r.randint(28, 38))
    d = Page(None, margins=(25, 20, 25), face="serif")
    d.add_page()
    d.text_line("HARROWGATE HEALTH INSURANCE COMPANY", 12.5, "B", h=7)
    d.text_line(f"Claims Department  -  3300 Fenwick Avenue, Yuma, AZ 85364  -  {ph(r)}", 8.5, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We have processed claim {f['claim']} from {f['prog']} for the interdisciplinary pain rehabilitation "
           f"program you attended from {fmt_date(f['start'], 'long')} through {fmt_date(f['end'], 'long')}. The "
           f"program billed {fmt_money(f['billed'])} under codes S9475 and 97799. Your certificate number is "
           f"{f['mid']} and your employer group is {f['grp']}.", 10.5)
    d.para("We cannot pay this claim. Your certificate of coverage lists, in Section 7.4(k), \"pain management "
           "programs, functional restoration programs and work hardening, whether inpatient or outpatient\" among "
           "the services it does not cover. This is a limit of your benefit plan, not a judgment about whether the "
           "program helped you. Physical therapy, psychology visits and physician visits billed on their own "
           "remain covered under your outpatient benefits, as they were for your earlier claim "
           f"{f['old']} from January.", 10.5)
    d.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal, with any "
           "information you want us to consider, to Harrowgate Appeals, PO Box 3310, Yuma, AZ 85366. You may also "
           "ask the Arizona Department of Insurance about an external review once our appeal process is "
           "complete.", 10.5)
    d.para("Sincerely,\n\nClaims Department\nHarrowgate Health Insurance Company", 10.5)
    t = truth("denial_letter", "not_covered", insurer="Harrowgate Health Insurance Company", group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(notice), provider=f["prog"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"service_dates": [[iso(f["start"]), iso(f["end"])]]})
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    inv_date = f["end"] + dt.timedelta(days=r.randint(45, 55))
    acct = f"CH{r.digits(6)}"
    d = Page(f"{f['prog']}  *  Invoice {f['inv']}", margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(60, 60, 60)
    d.rect(16, 14, d.w - 32, 12, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(19, 16)
    d.font(12.5, "B")
    d.cell(0, 8, f["prog"].upper())
    d.set_text_color(0, 0, 0)
    d.set_y(30)
    d.text_line(f"A service of Cedar Hollow Rehabilitation Hospital  |  Tax ID {r.digits(2)}-{r.digits(7)}  |  "
                f"{ph(r)}", 8.2, h=4.4)
    d.ln(4)
    y = d.get_y()
    d.font(9)
    for ln in ["Bill to:", f["member"], *f["addr"]]:
        d.cell(90, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(118, y)
    for lab, val in [("Invoice no.", f["inv"]), ("Invoice date", fmt_date(inv_date, "mdy_nopad")),
                     ("Account", acct), ("Insurance", "Harrowgate Health Ins. Co."), ("Claim no.", f["claim"])]:
        d.set_x(118)
        d.font(8.4, "B")
        d.cell(28, 4.8, lab)
        d.font(8.6)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    rows = []
    for i, (a, b) in enumerate(f["weeks"], 1):
        rows.append([f"{fmt_date(a, 'mdy_nopad')}-{fmt_date(b, 'mdy_nopad')}", "S9475", f"Program week {i} (5 days)",
                     fmt_money(f["wk"], "nosign")])
        rows.append(["", "97799", "Team conference and functional testing", fmt_money(f["conf"], "nosign")])
    rows += [["*Total charges", "", "", fmt_money(f["billed"], "nosign")],
             ["", "", "Harrowgate: denied, plan exclusion", "0.00"],
             ["*Amount due from patient", "", "", fmt_money(f["billed"], "nosign")]]
    d.table(["Dates", "Code", "Service", "Charge"], rows, [46, 18, 92, 26], size=8.4, aligns="LLLR")
    d.para(f"Your insurer denied this claim. The balance is now your responsibility. Please pay by "
           f"{fmt_date(inv_date + dt.timedelta(days=30), 'mdy_nopad')} or call us to set up a payment plan "
           "(for example, a $4,000.00 balance could be paid as 12 payments of $333.33). Financial assistance "
           "applications are available on request.", 8.8)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(inv_date), provider=f["prog"],
              unscored=["insurer"],
              alternates={"case_numbers": [[], [f["inv"]]],
                          "service_dates": [[iso(a, b) for a, b in f["weeks"]], [iso(f["start"]), iso(f["end"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, first, _, last = r.person()
    start = monday(dt.date(2026, 1, 19) + dt.timedelta(days=r.randint(0, 40)))
    wks = weeks(start, 3)
    wk, conf = float(r.randint(3400, 4300)), float(r.randint(380, 520)) + 0.5
    f = dict(member=member, first=first, last=last, addr=r.address(), start=start, end=wks[-1][1], weeks=wks,
             wk=wk, conf=conf, billed=3 * (wk + conf), prog="Cedar Hollow Functional Restoration Program",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", old=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}",
             mid=f"HH{r.digits(9)}", grp=f"{r.digits(5)}", inv=f"INV-{r.digits(6)}")
    return Item(f"{FAMILY}_lowres_letter_invoice", "scan_lowres_150", [doc_excl_letter(r, f), doc_invoice(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------ 3: peer-to-peer record (pending, not a denial)
def doc_p2p(r: Rand) -> tuple[bytes, dict]:
    vendor = "Summit Ridge Clinical Review"
    plan = "Fernhill Health"
    pat, first, _, last = r.person()
    mid = f"FH{r.digits(3)}-{r.digits(5)}"
    case = f"SRCR{r.digits(7)}"
    call = dt.date(2026, 4, 13) + dt.timedelta(days=r.randint(0, 30))
    written = call + dt.timedelta(days=1)
    start = monday(call + dt.timedelta(days=r.randint(10, 20)))
    prog = "Bluewater Spine & Pain Center"
    md = "Dr. Ingrid S. Holloway"
    d = Page(None, margins=(18, 14, 18), face="mono")
    d.add_page()
    d.text_line("SUMMIT RIDGE CLINICAL REVIEW", 12, "B", h=6)
    d.text_line(f"Utilization management on behalf of {plan}", 8.8, h=4.6)
    d.text_line(f"Phone {ph(r)}   Fax {ph(r)}", 8.8, h=4.6)
    d.rule(0.4, 4)
    d.text_line("PEER-TO-PEER CONVERSATION RECORD", 11.5, "B", h=7)
    d.ln(1)
    for lab, val in [("Record written", fmt_date(written, "dmy")), ("Review case", case),
                     ("Enrollee", pat), ("Enrollee ID", mid), ("Program", prog),
                     ("Program physician", md), ("Plan reviewer", "Dr. Percy V. Lomax, anesthesiology/pain"),
                     ("Call held", fmt_date(call, "dmy") + " at 2:30 pm (20 minutes)")]:
        d.font(8.8, "B")
        d.cell(44, 5.2, (lab + ":").ljust(20))
        d.font(8.8)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("SUMMARY OF DISCUSSION", 9.5, "B", h=6)
    d.para(f"The program asked for 20 program days starting {fmt_date(start, 'dmy')}. {md} described 14 months of "
           "low back pain after a lifting injury, failed physical therapy (12 visits) and a failed trial of "
           "cognitive behavioral therapy, opioid use of 40 MME per day and no work since the injury. The plan "
           "reviewer asked for the functional capacity evaluation and the psychological evaluation, which were not "
           "in the first submission.", 8.8)
    d.text_line("OUTCOME", 9.5, "B", h=6)
    d.para("No adverse decision has been made. The program agreed to fax the two evaluations within 2 business days. "
           "The case stays open and a determination will be issued after they are received. This record is not a "
           "denial and does not start any appeal time limit.", 8.8)
    d.para(f"cc: {plan} care management; {prog}. Enrollee copy mailed to {first} {last}.", 8.2)
    t = truth("other", None, insurer=vendor, member_id=mid, member_name=pat, case_numbers=[case],
              service_dates=[iso(start)], denial_date=iso(written), provider=prog,
              alternates={"insurer": [plan], "service_dates": [[]], "provider": [md],
                          "denial_date": [iso(call)]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: partial approval, two of four weeks
def doc_partial(r: Rand) -> tuple[bytes, dict]:
    ins = "Wexford Valley Health Plan"
    pat, first, _, last = r.person()
    mid, grp = f"{r.letters(1)}{r.digits(8)}", f"WV{r.digits(4)}"
    auth = f"A{r.digits(4)}-{r.digits(4)}"
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 40))
    start = monday(notice + dt.timedelta(days=r.randint(7, 14)))
    wks = weeks(start, 4)
    by = notice + dt.timedelta(days=r.randint(178, 182))
    prog = "Northgate Interdisciplinary Pain Center"
    d = Page("Wexford Valley Health Plan  |  Form UM-PA-3  |  {p}/{n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Wexford Valley Health Plan", 15, "B", h=8)
    d.text_line(f"Utilization Management  *  500 Old Mill Road, Bangor, ME 04401  *  {ph(r)}", 8.4, h=4.6)
    d.ln(4)
    d.set_fill_color(230, 230, 230)
    d.font(11, "B")
    d.cell(0, 8, "  AUTHORIZATION DECISION: PARTIALLY APPROVED", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.boxes([("Decision issued", short(notice), 30), ("Member", pat, 52), ("Member no.", mid, 34),
             ("Group", grp, 26), ("Auth no.", auth, 34)])
    d.boxes([("Facility / program", prog, 86), ("Attending", "Dr. Mei K. Tanaka", 50),
             ("Service", "S9475 program per diem", 40)])
    d.ln(5)
    rows = [[f"Week {i}", f"{short(a)} - {short(b)}", "5",
             "APPROVED" if i <= 2 else "NOT APPROVED"] for i, (a, b) in enumerate(wks, 1)]
    d.table(["Period", "Dates", "Days", "Decision"], rows, [30, 60, 20, 50], size=9, border_head="TB")
    d.para(f"We approved the first 2 weeks (10 program days) requested for {pat}. We did not approve weeks 3 and 4, "
           f"{short(wks[2][0])} through {short(wks[3][1])}. Our criteria allow the first 2 "
           "weeks so that the team can show measurable gains (walking tolerance, lifting, hours of activity). More "
           "days are medically necessary only when a progress report shows those gains. The program may send a "
           "progress report for a new review near the end of week 2.", 9.4)
    d.text_line("If you disagree with the part we did not approve", 10, "B", h=6)
    d.para(f"You, or the program with your consent, may appeal. Your appeal must reach us by {short(by)}. "
           "For an urgent appeal we decide within 72 hours. You may ask for free copies of the criteria and records "
           "we used.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=pat,
              case_numbers=[auth], service_dates=[iso(wks[2][0], wks[3][1])], denial_date=iso(notice),
              provider=prog, appeal_deadline=iso(by),
              alternates={"service_dates": [[iso(wks[2][0]), iso(wks[3][1])], [iso(wks[2][0], wks[2][1]),
                                            iso(wks[3][0], wks[3][1])]]},
              type_alternates=["other"], denial_alternates=[None])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: EOB, three claims, program denied (no records)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    ins = "Fernhill Health"
    pat, first, _, last = r.person()
    mid, grp = f"FH{r.digits(3)}-{r.digits(5)}", f"{r.digits(3)}{r.letters(1)}{r.digits(3)}"
    stmt = dt.date(2026, 4, 20) + dt.timedelta(days=r.randint(0, 30))
    start = monday(stmt - dt.timedelta(days=r.randint(40, 50)))
    end = start + dt.timedelta(days=11)
    prog = "Bluewater Spine & Pain Center"
    c = [f"{r.digits(12)}" for _ in range(3)]
    pday, conf = float(r.randint(690, 840)), float(r.randint(300, 420))
    lines = [("S9475", "Program per diem", 10, pday * 10), ("97799", "Unlisted phys med service", 1, conf)]
    billed = sum(x[3] for x in lines)
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.font(16, "B")
    d.cell(100, 8, "Fernhill Health")
    d.font(11, "B")
    d.cell(0, 8, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"This is not a bill.  Questions: {ph(r)}  TTY 711", 8.4, h=4.6, align="R")
    d.ln(3)
    d.boxes([("Statement date", fmt_date(stmt, "mdy_nopad"), 34), ("Patient name", pat, 54), ("Member ID", mid, 40),
             ("Group", grp, 30), ("Claims shown", "3", 22)], h=11)
    d.ln(5)
    head = ["Claim #", "Provider", "Service dates", "Code", "Billed", "Plan paid", "You owe", "Code"]
    w = [30, 52, 38, 14, 20, 18, 16, 10]
    rows = [[c[0], "Dr. Theo M. Szabo, PhD", fmt_date(start - dt.timedelta(days=20), "mdy_nopad"), "90837",
             "240.00", "168.00", "42.00", "-"],
            [c[1], "Harbor PT Associates", fmt_date(start - dt.timedelta(days=27), "mdy_nopad"), "97163",
             "310.00", "196.00", "49.00", "-"]]
    for code, desc, u, b in lines:
        rows.append([c[2], prog[:30], f"{fmt_date(start, 'mdy_nopad')}-{fmt_date(end, 'mdy_nopad')}", code,
                     fmt_money(b, "nosign"), "0.00", "0.00", "R27"])
    d.table(head, rows, w, size=7.6, aligns="LLLLRRRC", head_fill=True)
    d.font(8.6, "B")
    d.cell(0, 5, f"Claim {c[2]} total billed: {fmt_money(billed)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("What the codes mean", 9.5, "B", h=5.5)
    d.para("R27  Denied. Code 97799 and program per diem services need the program's daily treatment notes and team "
           "conference summaries before we can decide payment. We asked the provider for these records and did not "
           "receive them. The provider may send the records with a request to reprocess. You do not owe this amount "
           "while it is denied for missing records.", 8.4)
    d.para("Appeals: you may appeal within 180 days of the date of this statement by writing to Fernhill Health "
           "Appeals, 40 Sycamore Court, Fargo, ND 58102. External review is available after the appeal. Plan year "
           "deductible met: $1,500.00 of $1,500.00.", 8.4)
    t = truth("eob", "other", insurer=ins, group_number=grp, member_id=mid, member_name=pat, case_numbers=[c[2]],
              claim_amount=m2(billed), service_dates=[iso(start, end)], denial_date=iso(stmt), provider=prog,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"service_dates": [[iso(start), iso(end)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: Medicaid MCO notice of adverse benefit determination
def doc_mco(r: Rand) -> tuple[bytes, dict]:
    ins = "Lone Mesa Community Health Plan"
    pat, first, _, last = r.person()
    mid = f"{r.digits(4)}-{r.digits(4)}-{r.digits(2)}"
    ref = f"NABD{r.digits(8)}"
    notice = dt.date(2026, 4, 1) + dt.timedelta(days=r.randint(0, 40))
    start = monday(notice + dt.timedelta(days=r.randint(10, 20)))
    prog = "Desert Sage Pain Rehabilitation Institute"
    d = Page(f"LMCHP-NABD-04  {{p}}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Lone Mesa Community Health Plan", 14, "B", h=7)
    d.text_line(f"A Medicaid managed care plan  -  8 Lantern Way, Las Cruces, NM 88001  -  Member services {ph(r)}",
                8.4, h=4.6)
    d.ln(5)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=7)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    d.para(f"To: {pat}        Member ID: {mid}        Notice number: {ref}", 10)
    d.para(f"{prog} asked us to approve a 20-day interdisciplinary pain rehabilitation program for you, to start "
           f"on {fmt_date(start, 'long')}. We have denied this request.", 10)
    d.text_line("Why did we deny it?", 10.5, "B", h=6)
    d.para("The service is not medically necessary for you right now. Your records show that you have not yet had "
           "the physical therapy and counseling visits your plan covers, which are the first steps for chronic "
           "pain. A daily program is approved when these have been tried and did not help enough. We used the "
           "plan's clinical guideline for chronic pain programs; you can ask for a free copy.", 10)
    d.text_line("What can you do?", 10.5, "B", h=6)
    d.para("You can ask us for an appeal. You must ask within 60 days of the date of this notice. You can call "
           "member services or write to us. If your health could be seriously harmed by waiting, ask for a fast "
           "appeal; we will decide within 72 hours.", 10)
    d.para("After our appeal decision, if you still disagree, you can ask for a State Fair Hearing within 120 days "
           "of our appeal decision. If this service was already being provided and you want it to continue during "
           "your appeal, you must ask within 10 days of the date of this notice; you may have to pay for it if "
           "you lose. You may ask for free copies of all records and criteria used.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=pat, case_numbers=[ref],
              service_dates=[iso(start)], denial_date=iso(notice), provider=prog,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 7: paid EOB for the two approved weeks
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    ins = "Wexford Valley Health Plan"
    pat, first, _, last = r.person()
    mid, grp = f"{r.letters(1)}{r.digits(8)}", f"WV{r.digits(4)}"
    claim = f"WV-{r.digits(3)}-{r.digits(6)}"
    start = monday(dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 30)))
    end = start + dt.timedelta(days=11)
    issued = end + dt.timedelta(days=r.randint(20, 28))
    prog = "Northgate Interdisciplinary Pain Center"
    per = float(r.randint(720, 880))
    billed = per * 10
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("WEXFORD VALLEY HEALTH PLAN", 13, "B", h=7)
    d.text_line("Explanation of benefits", 10.5, h=6)
    d.ln(2)
    d.para(f"Issue date {fmt_date(issued, 'abbr')} / Patient {pat} / Member {mid} / Group {grp}", 9.5)
    d.para(f"Claim {claim} from {prog}", 9.5)
    d.ln(1)
    allow = round(billed * 0.74, 2)
    d.table(["From", "To", "Service", "Days", "Charges", "Allowed", "Paid", "Member"],
            [[fmt_date(start, "abbr"), fmt_date(end, "abbr"), "S9475 program", "10", fmt_money(billed, "nosign"),
              fmt_money(allow, "nosign"), fmt_money(round(allow * 0.85, 2), "nosign"),
              fmt_money(round(allow * 0.15, 2), "nosign")]],
            [24, 24, 30, 12, 22, 22, 20, 20], size=8.2, aligns="LLLRRRRR", border_head="TB")
    d.para("Paid under authorization for the first two program weeks. All charges on this claim were processed for "
           "payment. Nothing was denied. Your share is your 15 percent coinsurance. A 2025 claim for the same program "
           "is not shown here.", 9)
    d.para("If you think we made a mistake, call us. You can ask for an appeal within 180 days after you receive "
           "this explanation.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=pat, case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(start, end)], denial_date=iso(issued), provider=prog,
              alternates={"service_dates": [[iso(start), iso(end)]]}, type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_dol, "dol_notice", "born_digital"), (2, doc_p2p, "peer_to_peer", "fax_fine_g4"),
              (3, doc_partial, "partial_approval", "photocopy"), (4, doc_eob, "eob_records", "rotated"),
              (5, doc_mco, "mco_notice", "phone_photo"), (6, doc_paid, "paid_eob", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
