"""Family 'implantable_loop_recorder_syncope_denial': insertion of an implantable loop recorder (ILR, CPT 33285)
for unexplained syncope, and its follow-up (93291 in-person interrogation, 93298 remote monitoring per 30 days),
refused because no external ambulatory monitoring (a 14-30 day event monitor or mobile telemetry) was tried first,
because no prior authorization was on file, or because the monitoring codes were billed more often than the
30-day period allows.

Documents: a two-page Medicare Advantage organization determination in the CMS-10003 style (pre-service, 65 days
of the date of the notice); a fine-fax stack of a cover sheet, a commercial EOB with three claims where only the
hospital outpatient claim for the insertion is refused (no authorization) and the cardiology group's statement;
a Part B Medicare Summary Notice refusing a second 93298 inside the same 30 days; a photocopied first-level
appeal decision upholding the medical-necessity denial; a phone photo of a request for the event-monitor results
(refuses nothing); a sideways approval in two columns; a low-resolution TPA prose letter refusing 93291 billed in
the same period as 93298 (facts only in sentences, an older paid claim as decoy).

Decoys: DOB, NPIs, Holter date, received dates, paid claims, plan-paid/you-owe, form and material numbers,
72-hour, 4-month and IRE time limits, the authorization validity window, a phone-line date. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "implantable_loop_recorder_syncope_denial"
LANG = "en"
SEED = 314500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16), font="DejaVu", header=None, orientation="P"):
        super().__init__(font, footer=foot, header=header, margins=margins, orientation=orientation)
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1941, 1990), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(),
                npi=r.npi(), npi2=r.npi())


def kv(d: Page, rows, lw=42, size=9.2, h=5.2, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: MA organization determination (IDN style)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Senior Health Plan"
    plan = "Tamarack Advantage Plus (HMO)"
    mid = f"TSH{r.digits(9)}"
    ref = f"OD-{r.digits(4)}-{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(9, 16))
    holter = notice - dt.timedelta(days=r.randint(30, 60))
    doc = "Dr. Anselm R. Quintero"
    grp = "Cascade Cardiology Associates"
    hosp = "Ridgeview Heart Institute"
    d = Page(f"CMS-10003-NDMCP (Exp. 01/31/2028)   H4417_ILR26_C   Page {{p}} of {{n}}",
             header=f"{f['member']}  -  member number {mid}  -  continued", margins=(20, 16, 20))
    d.add_page()
    d.text_line("TAMARACK SENIOR HEALTH PLAN", 14, "B", h=7)
    d.text_line(f"{plan}  |  Member Services {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week", 8.2, h=4.5)
    d.ln(6)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13.5, "B", h=8)
    d.ln(2)
    kv(d, [("Date:", fmt_date(notice, "long")), ("Name:", f["member"]), ("Member number:", mid)], lw=36)
    d.ln(4)
    d.para(f"We have denied the medical coverage below that your doctor requested on your behalf. Our reference "
           f"for this request is {ref}.", 10)
    d.text_line("What we denied", 11, "B", h=6)
    d.para(f"Insertion of an implantable loop recorder (CPT 33285) and the device, planned for "
           f"{fmt_date(f['dos'], 'long')} in the outpatient department of {hosp}. The request came from {doc} of "
           f"{grp} (NPI {f['npi']}).", 10)
    d.text_line("Why we denied it", 11, "B", h=6)
    d.para("Your plan follows Medicare's coverage rules for implantable cardiac event recorders. An implanted "
           "recorder is covered for fainting (syncope) without a known cause when non-invasive ambulatory "
           "monitoring has been done first and did not find the cause. The records sent to us show a 24-hour "
           f"Holter monitor on {fmt_date(holter, 'long')} and no 14- to 30-day external event monitor or mobile "
           "cardiac telemetry. Because external monitoring has not been tried, the loop recorder is not "
           "medically necessary for you at this time. A plan doctor, a cardiologist, reviewed this request. "
           "Evidence of Coverage, Chapter 4, Section 2.1 (medically necessary services).", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6)
    d.para("You have the right to ask Tamarack Senior Health Plan to review our decision by asking for an "
           "appeal. Your appeal must be received within 65 days of the date of this notice. We can give you "
           "more time if you have a good reason for missing the deadline.", 10)
    d.add_page()
    d.text_line("There are two kinds of appeals", 11, "B", h=6)
    d.para("Standard appeal: we will give you a written decision within 30 days after we get your appeal. "
           "Fast appeal: if you or your doctor believe your health could be seriously harmed by waiting, ask for "
           "a fast appeal; we will decide within 72 hours. If we say no again, your case is automatically sent to "
           "an Independent Review Entity.", 10)
    d.text_line("How to ask for an appeal", 11, "B", h=6)
    d.para("Write to: Tamarack Senior Health Plan, Appeals and Grievances, PO Box 2280, Tamarack Falls, OR 97015. "
           f"For a fast appeal call {r.phone()} or fax {r.phone()}. You can ask for a free copy of the "
           "guideline and the records we used.", 10)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}.  Plan contract: H4417-012.  Copy sent to "
           f"{doc}.", 8.6)
    d.para("Form CMS-10003-NDMCP. OMB Approval 0938-0829.", 8)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"insurer": [plan], "provider": [grp]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fine-fax stack: three-claim EOB + group statement
def doc_stack_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Summit Crest Health Plan"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 36))
    f["stmt"] = stmt
    hosp = "Larchmont Valley Hospital"
    c_h, c_g, c_e = f["c_hosp"], f"{r.digits(3)}{r.letters(1)}{r.digits(7)}", f"{r.digits(3)}{r.letters(1)}{r.digits(7)}"
    ed = f["dos"] - dt.timedelta(days=r.randint(40, 70))
    holt = ed + dt.timedelta(days=r.randint(5, 12))
    hl = [("33285", "Insert subcut cardiac rhythm monitor", r.randint(6200, 8400)),
          ("C1764", "Event recorder, cardiac (implantable)", r.randint(5100, 6900)),
          ("0278", "Other implants (rev code)", 0)]
    hl = [x for x in hl if x[2]]
    hbill = float(sum(x[2] for x in hl))
    f["hbill"] = hbill
    d = Page("Summit Crest Health Plan   Explanation of Benefits   page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 10, "  SUMMIT CREST HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Explanation of Benefits - this is not a bill     Questions: {f['ph']}", 8.6, h=5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Processed on", fmt_date(stmt, "abbr")), ("Enrollee", f["member"]), ("Enrollee no.", f["mid"]),
           ("Employer group", f["grp"]), ("Enrollee DOB", fmt_date(f["dob"], "abbr"))], lw=30, size=8.8, h=4.7,
       x=112)
    d.ln(5)

    def claim(title, rows, foot):
        d.set_fill_color(228, 228, 228)
        d.font(8.8, "B")
        d.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.table(["Date", "Service", "Code", "Charge", "Allowed", "Plan paid", "Your cost", "Note"], rows,
                [22, 60, 14, 20, 20, 20, 18, 12], size=7.8, aligns="LLLRRRRC")
        if foot:
            d.para(foot, 8)

    def line(dd, desc, code, ch, al, pd, you, note):
        return [fmt_date(dd, "slash"), desc, code, fmt_money(ch, "nosign"), fmt_money(al, "nosign"),
                fmt_money(pd, "nosign"), fmt_money(you, "nosign"), note]

    ech = float(r.randint(1400, 2300))
    claim(f"Claim {c_e}  |  {hosp} - emergency department  |  received {fmt_date(ed + dt.timedelta(days=9), 'slash')}",
          [line(ed, "Emergency dept visit, level 4", "99284", ech, ech * 0.52, ech * 0.52 - 150, 150, "")], None)
    gch = float(r.randint(260, 420))
    claim(f"Claim {c_g}  |  Cascade Cardiology Associates  |  Dr. Harriet L. Kessler",
          [line(holt, "Holter monitor, 48 hours", "93227", gch, gch * 0.6, gch * 0.6 * 0.8, gch * 0.6 * 0.2, "")],
          None)
    rows = [line(f["dos"], desc, code, ch, 0, 0, 0, "PA7") for code, desc, ch in hl]
    rows.append(["*Claim total", "", "", fmt_money(hbill, "nosign"), "0.00", "0.00", "0.00", ""])
    claim(f"Claim {c_h}  |  {hosp} - outpatient surgery  |  Dr. Harriet L. Kessler", rows, None)
    d.text_line("Note codes", 9.5, "B", h=5.5)
    d.para("PA7  This service needs approval from Summit Crest before it is done (prior authorization). We have "
           "no approval on file for the loop recorder insertion, so the hospital's claim is denied. The hospital "
           "may not bill you for this amount while it is in our network.", 8.4)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You or your provider may appeal within 180 days of the date of this statement. Write to Summit Crest "
           "Appeals, PO Box 7710, Larchmont, NY 10538. An urgent appeal is decided within 72 hours. After our "
           "final decision you may ask for an external review within 4 months.", 8.4)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c_h], claim_amount=m2(hbill), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=hosp, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": ["Dr. Harriet L. Kessler"]})
    return pdf_bytes(d), t


def doc_stack_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    grp = "Cascade Cardiology Associates"
    sd = f["stmt"] + dt.timedelta(days=r.randint(8, 15))
    acct = f"CCA-{r.digits(6)}"
    lines = [(f["dos"], "33285", "Loop recorder insertion (professional)", float(r.randint(1100, 1600))),
             (f["dos"] + dt.timedelta(days=r.randint(8, 12)), "93291", "Loop recorder interrogation, in person",
              float(r.randint(140, 210)))]
    tot = sum(x[3] for x in lines)
    d = Page(None, margins=(18, 14, 18), font="Times")
    d.add_page()
    d.text_line("Cascade Cardiology Associates", 17, "B", h=8)
    d.text_line(f"Electrophysiology & Heart Rhythm  |  1200 Orchard Terrace, Suite 410, Duluth, MN 55802", 9, h=4.6)
    d.ln(4)
    d.boxes([("Statement date", fmt_date(sd, "dmy"), 38), ("Account", acct, 34), ("Patient", f["member"], 58),
             ("Please pay", fmt_money(tot, "plain"), 44)], h=12)
    d.ln(5)
    d.para(f"Insurance on file: Summit Crest Health Plan, enrollee no. {f['mid']}, group {f['grp']}. Physician: "
           "Dr. Harriet L. Kessler.", 10)
    rows = [[fmt_date(a, "dmy"), b, c, fmt_money(e, "plain")] for a, b, c, e in lines]
    rows.append(["", "", "Insurance denied - no authorization on file (see your EOB)", ""])
    rows.append(["*Amount you owe", "", "", fmt_money(tot, "plain")])
    d.table(["Date", "CPT", "Description", "Charge"], rows, [30, 18, 104, 22], size=9.5, aligns="LLLR")
    d.para("Your health plan denied these charges because it has no prior authorization on file. We are asking "
           "the plan to reconsider. If you would like to set up a payment plan, call our billing office. A sample "
           "plan: $50.00 a month.", 9.5)
    t = truth("other", None, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              claim_amount=m2(tot), service_dates=sorted({iso(x[0]) for x in lines}), denial_date=iso(sd),
              provider=grp, unscored=["insurer"],
              alternates={"provider": ["Dr. Harriet L. Kessler"], "member_id": [None], "group_number": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"SCH{r.digits(3)}-{r.digits(5)}", grp=f"G{r.digits(6)}", c_hosp=f"{r.digits(3)}H{r.digits(7)}")
    eob = doc_stack_eob(r, f)
    st = doc_stack_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [eob, st], separators=["cover", None])


# ---------------------------------------------------------------- 2: Medicare Summary Notice, 93298 frequency
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mbi = f"{r.randint(1, 9)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = dt.date(2026, 5, 12) + dt.timedelta(days=r.randint(0, 40))
    p0 = notice - dt.timedelta(days=r.randint(85, 92))
    d1 = notice - dt.timedelta(days=r.randint(55, 62))
    d2 = d1 + dt.timedelta(days=r.randint(12, 20))
    claim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    claim0 = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    grp = "Lakeshore Heart Rhythm Group"
    doc = "Dr. Kwame T. Oduya"
    c1, c2, c3 = float(r.randint(160, 230)), float(r.randint(60, 95)), float(r.randint(60, 95))
    total = c1 + c2 + c3
    by = notice + dt.timedelta(days=120)
    d = Page("Medicare Summary Notice for Part B (Medical Insurance)   Page {p} of {n}", margins=(15, 12, 15),
             header=f"{f['member'].upper()}  |  Medicare Number {mbi}")
    d.add_page()
    d.text_line("Medicare Summary Notice", 18, "B", h=9)
    d.text_line("for Part B (Medical Insurance)", 11, h=6)
    d.text_line(f"The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.6, h=5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"].upper(), *(a.upper() for a in f["addr"])]:
        d.text_line(ln, 9.5, h=5)
    d.set_y(y)
    d.set_x(112)
    d.boxes([("Medicare Number", mbi, 44), ("Date of this notice", fmt_date(notice, "long"), 44)], h=11)
    d.set_x(112)
    d.boxes([("Claims processed between", f"{fmt_date(p0, 'abbr')} - {fmt_date(notice - dt.timedelta(days=2), 'abbr')}",
              88)], h=11)
    d.ln(8)
    d.text_line("Your Claims & Costs This Period", 12, "B", h=7)
    d.para(f"Did Medicare approve all services? NO. Medicare denied 1 service; see the claims below. Total you "
           f"may be billed: {fmt_money(c3 + c1 * 0.2 * 0.55 + c2 * 0.2 * 0.6, 'plain')}.", 9.3)
    d.text_line(f"Claim number {claim0}  -  Northfield Diagnostic Imaging", 9.5, "B", h=6)
    ec = float(r.randint(40, 70))
    d.table(["Service provided & billing code", "Date", "Charged", "Approved", "Paid", "You may be billed", "See"],
            [["Electrocardiogram, complete (93000)", fmt_date(p0 + dt.timedelta(days=3), "slash"),
              fmt_money(ec), fmt_money(ec * 0.5), fmt_money(ec * 0.4), fmt_money(ec * 0.1), ""]],
            [72, 20, 18, 18, 16, 30, 8], size=8.0, aligns="LLRRRRC")
    d.text_line(f"Claim number {claim}  -  {grp}, 88 Lighthouse Row, Erie, PA 16501", 9.5, "B", h=6)
    d.para(f"Referred by {doc}", 8.4, gap=1)
    rows = [["Loop recorder check, in person (93291)", fmt_date(d1, "slash"), fmt_money(c1),
             fmt_money(c1 * 0.55), fmt_money(c1 * 0.55 * 0.8), fmt_money(c1 * 0.55 * 0.2), ""],
            ["Loop recorder remote monitor, 30 days (93298)", fmt_date(d1, "slash"), fmt_money(c2),
             fmt_money(c2 * 0.6), fmt_money(c2 * 0.6 * 0.8), fmt_money(c2 * 0.6 * 0.2), ""],
            ["Loop recorder remote monitor, 30 days (93298)", fmt_date(d2, "slash"), fmt_money(c3), "0.00",
             "0.00", fmt_money(c3), "A"],
            ["*Total for this claim", "", fmt_money(total), "", "", "", ""]]
    d.table(["Service provided & billing code", "Date", "Charged", "Approved", "Paid", "You may be billed", "See"],
            rows, [72, 20, 18, 18, 16, 30, 8], size=8.0, aligns="LLRRRRC")
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para("A  Medicare does not pay for this many services within this period of time. Remote monitoring of an "
           "implantable loop recorder is paid once for each 30-day period, and it was already paid for the "
           f"period that began {fmt_date(d1, 'long')}.", 8.8)
    d.add_page()
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B", h=6)
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(by, 'long')}. Circle the service(s) you disagree with on this notice, explain in writing why "
           "you disagree, and send it to the Medicare contractor: Medicare Part B Claims Appeals, Lakes Region "
           "Administrative Contractor, PO Box 3310, Erie, PA 16512.", 9.2)
    d.para("If you want help with your appeal, you can contact your State Health Insurance Assistance Program. "
           "Call 1-800-MEDICARE (1-800-633-4227) if you need more information.", 9.2)
    d.text_line("Your Deductible Status", 10, "B", h=6)
    d.para("Your deductible is what you must pay for most health services before Medicare begins to pay. Part B "
           "deductible: you have now met $283.00 of your $283.00 deductible for 2026.", 9.2)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(d2)], denial_date=iso(notice),
              provider=grp, appeal_deadline=iso(by), type_alternates=["denial_letter"],
              denial_alternates=["medical_necessity", "coding_error"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": [m2(c3)],
                          "service_dates": [[iso(d1), iso(d2)]], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: first-level appeal upheld (photocopy)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bayfront Mutual Health Insurance Company"
    mid, grp = f"BMH {r.digits(4)} {r.digits(4)}", f"{r.digits(5)}-{r.letters(2)}"
    claim, appeal = f"{r.digits(12)}", f"APL-{r.digits(7)}"
    doc = "Dr. Naomi E. Lomax"
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 95))
    billed = float(r.randint(9800, 14200)) + r.choice([0.0, 0.5, 0.25])
    d = Page("Bayfront Mutual  |  Appeal decision  |  {p}", margins=(20, 16, 20), font="Times")
    d.add_page()
    d.text_line("Bayfront Mutual Health Insurance Company", 15, "B", h=7)
    d.text_line("Member Appeals Unit  -  400 Seawall Boulevard, Macon, GA 31201", 9.5, h=5)
    d.ln(5)
    d.text_line(fmt_date(notice, "dmy"), 11, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.4)
    d.ln(5)
    d.text_line("APPEAL DECISION - ORIGINAL DENIAL UPHELD", 12, "B", h=7)
    d.set_fill_color(238, 238, 238)
    for lab, val in [("Person who received the service", f["member"]), ("Member number", mid),
                     ("Group", grp), ("Appeal number", appeal), ("Claim appealed", claim),
                     ("Service", "Implantable loop recorder insertion, CPT 33285"),
                     ("Date of service", fmt_date(f["dos"], "dmy")), ("Billed charges", fmt_money(billed, "usd")),
                     ("Treating physician", doc)]:
        d.font(10.5, "B")
        d.cell(62, 6.2, lab, border=1, fill=True)
        d.font(10.5)
        d.cell(0, 6.2, val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}, we have finished reviewing your appeal. A board-certified cardiac "
           "electrophysiologist who took no part in the first decision reviewed your records, the letter from "
           f"{doc} and your own statement.", 11)
    d.para("The reviewer found that you had one fainting episode, a normal echocardiogram and a normal 24-hour "
           "Holter. Our medical policy MP-CARD-118 covers an implantable loop recorder when symptoms are too "
           "infrequent to be captured by an external event monitor worn for up to 30 days, or when such a monitor "
           "was worn and was not diagnostic. Neither was documented. The insertion was not medically necessary "
           "under the policy, and our denial is upheld.", 11)
    d.para("If you still disagree, you may ask for a second-level review within 60 days of the date of this "
           "letter. You may also ask for an external review by an independent review organization within 4 "
           "months of this decision. You have the right to request, free of charge, copies of all documents "
           "relevant to your claim.", 11)
    d.para("Sincerely,\nGrievance and Appeals Department", 11)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: request for monitor results (phone photo)
def doc_info_request(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Community Health Plan"
    mid = f"NCH{r.digits(8)}"
    req = f"UM{r.digits(9)}"
    doc = "Dr. Wendell P. Fairchild"
    sent = f["dos"] - dt.timedelta(days=r.randint(12, 20))
    recv = sent - dt.timedelta(days=r.randint(2, 4))
    d = Page(None, margins=(26, 20, 26))
    d.add_page()
    d.text_line("Northgate Community Health Plan", 13, "B", h=7)
    d.text_line("Utilization Management", 9.5, h=5)
    d.ln(5)
    d.text_line(fmt_date(sent, "wlong"), 10, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("We need more information - no decision has been made", 11, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {doc} for insertion of an implantable loop "
           f"recorder (33285) for you, member {mid}, planned for {fmt_date(f['dos'], 'long')}. Our file number "
           f"for the request is {req}.", 10)
    d.para("Before we can decide, we need the report of any external cardiac monitor you wore for 14 to 30 days "
           "(an event monitor or mobile telemetry), and the notes from your last cardiology visit. We have "
           "asked your doctor for them too.", 10)
    d.para("Please have the records sent within 14 days of the date of this letter. This letter is not a "
           "denial. If the records do not arrive, we will decide using the information we have, and you will "
           "get a letter explaining the decision and your rights.", 10)
    d.para(f"Fax records to {r.phone()} and write the file number on every page. Our phone line is closed on "
           f"{fmt_date(dt.date(2026, 7, 3), 'long')} for the holiday.", 10)
    d.para("Utilization Management Department", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[req],
              service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=doc,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: approval in two columns (rotated)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Sky Health Cooperative"
    mid, grp = f"{r.letters(3)}-{r.digits(6)}-{r.digits(2)}", f"{r.digits(6)}"
    auth = f"A{r.digits(4)}-{r.digits(4)}"
    doc = "Dr. Sunita V. Marchetti"
    fac = "Bellingham Heart & Vascular Center"
    dd = f["dos"] - dt.timedelta(days=r.randint(10, 18))
    valid_to = f["dos"] + dt.timedelta(days=60)
    d = Page("Prairie Sky Health Cooperative - Authorization notice", margins=(12, 14, 14))
    d.add_page()
    d.text_line("Prairie Sky Health Cooperative", 15, "B", h=8)
    d.rule(0.6, 4)
    top = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(12, top, 54, 150, style="F")
    y = top + 3
    for lab, val in [("Notice date", fmt_date(dd, "iso")), ("Authorization", auth), ("Member", f["member"]),
                     ("Cooperative ID", mid), ("Group", grp), ("Valid through", fmt_date(valid_to, "iso")),
                     ("Care coordination", r.phone())]:
        d.set_xy(15, y)
        d.font(7.5, "B")
        d.cell(48, 4, lab.upper())
        d.set_xy(15, y + 4.2)
        d.font(9.2)
        d.cell(48, 5, val)
        y += 13
    d.set_xy(72, top + 2)
    d.set_left_margin(72)
    d.text_line("Your service is approved", 12, "B", h=7)
    d.ln(2)
    d.para(f"Good news. We approved the request from {doc} for insertion of an implantable loop recorder "
           f"(33285) with device monitoring. The procedure is scheduled for {fmt_date(f['dos'], 'iso')} at {fac}.",
           10)
    d.para("The 30-day mobile cardiac telemetry you wore did not capture an event during your symptoms, so the "
           "implanted recorder meets our criteria. Remote monitoring (93298) is approved once every 30 days for "
           "12 months; in-person checks (93291) as needed.", 10)
    d.para("Your usual cost sharing applies: a $250.00 outpatient surgery copay. If the procedure is moved "
           "past the valid-through date, your doctor must ask us to extend this approval.", 10)
    d.para("This approval is not a guarantee of payment if you are not enrolled on the date of service.", 9)
    d.set_left_margin(12)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(dd), provider=doc,
              alternates={"service_dates": [[]], "provider": [fac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA prose letter, 93291 with 93298 (low-res)
def doc_tpa_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Ridge Benefit Services"
    plan = "Harbor Freight Pilots Association Health Plan"
    mid, grp = f"KR{r.digits(9)}", f"HFP{r.digits(4)}"
    claim, old = f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}", f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}"
    doc = "Dr. Ingrid S. Holloway"
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    ch = float(r.randint(150, 240)) + 0.5
    implant = f["dos"] - dt.timedelta(days=r.randint(50, 80))
    d = Page("Keystone Ridge Benefit Services", margins=(24, 18, 24), font="Times")
    d.add_page()
    d.text_line("KEYSTONE RIDGE BENEFIT SERVICES", 13, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 10, h=5)
    d.text_line("PO Box 19, Bangor, ME 04401", 10, h=5)
    d.ln(7)
    d.text_line(fmt_date(notice, "long"), 11, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.4)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We have processed claim {claim}, sent by {doc}, for an in-person check of your implantable loop "
           f"recorder (93291) on {fmt_date(f['dos'], 'long')}. The charge was {fmt_money(ch)}. Your member "
           f"identification number is {mid} and your group number is {grp}.", 11)
    d.para("We cannot pay this charge. When a doctor bills remote monitoring of a loop recorder (93298) for a "
           "30-day period, an in-person interrogation in the same period is part of that monitoring service and "
           "is not paid separately. Dr. Holloway's office billed remote monitoring for the period that includes "
           "this visit. This follows the national correct coding rules adopted in Section 9.3 of your Summary "
           "Plan Description. You should not be billed more than your normal cost sharing for the monitoring.", 11)
    d.para(f"Your earlier claim {old} for the insertion of the recorder on {fmt_date(implant, 'long')} was paid "
           "and is not affected by this decision.", 11)
    d.para("If you disagree, you may appeal in writing within 180 days of the date of this letter. Send the "
           "appeal to Keystone Ridge Benefit Services, Appeals, at the address above. You may ask for copies of "
           "the documents we used, free of charge, and you have the right to bring a civil action under section "
           "502(a) of ERISA after the appeal.", 11)
    d.para("Sincerely,\nClaims Department", 11)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(ch), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=doc, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": [plan]}, denial_alternates=["other", "not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_ma_idn, "ma_idn", "born_digital"), (2, doc_msn, "msn_remote", "scan_clean_300"),
              (3, doc_upheld, "appeal_upheld", "photocopy"), (4, doc_info_request, "info_request", "phone_photo"),
              (5, doc_approval, "approval", "rotated"), (6, doc_tpa_letter, "tpa_letter", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
