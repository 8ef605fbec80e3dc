"""Family 'opioid_treatment_program_methadone_take_home_and_counseling_denial': an invented commercial plan refusing
an opioid treatment program's weekly methadone bundle add-ons (take-home supply, G2078) and extra counseling
(G2080) as over the plan's limits, later partly approved; clinic letters, program statements, an EOB.

Documents: a born-digital denial of extra counseling with a shaded sidebar (over the monthly limit); a fine-fax
stack (typed cover) of the clinic's letter to the plan asking for more take-home doses and the plan's refusal
told only in sentences; a phone photo of the program's statement with several weeks of lines (denies nothing
itself); a photocopied EOB with three weekly claims, the counseling claim denied (header over two lines); a
150 dpi appeal decision approving the take-home doses (denies nothing); a sideways two-page final appeal
upholding the counseling limit (running header); a 300 dpi notice approving part of a counseling request and
denying the rest. All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, account numbers, other claims'
numbers, request-received dates, processed period, 72-hour and 4-month limits, 42 CFR 8.12.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddc_famdcc import (Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd,
                                wtable)

FAMILY = "opioid_treatment_program_methadone_take_home_and_counseling_denial"
LANG = "en"
SEED = 350202
ORG = "Sweetfern Mutual Health Plan"
ORG_SHORT = "Sweetfern Mutual"
ORG_ADDR = "PO Box 60418, Hartford, CT 06106"
CLINIC = "Cobblestone Harbor Treatment Services"
CLINIC_ADDR = "415 Wharf Street, New Haven, CT 06511"
MD = "Dr. Imogen S. Farquhar"
MD_BARE = "Imogen S. Farquhar"
PEOPLE = ["Desmond K. Vantassel", "Loretta J. Brisbane", "Fitzgerald O. Mcauley", "Honora B. Quarles",
          "Augustin P. Rollins", "Delphine C. Haverford", "Thaddeus W. Ebersole"]


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 130))
    return dict(notice=notice, member=PEOPLE[k], addr=[f"{r.randint(12, 880)} Chapel Street", "New Haven, CT 06513"],
                mid="SFM" + pat(r, "99999999") + "-0" + str(r.randint(1, 3)), group=pat(r, "G-99999"),
                plan="SFM-HMO-" + pat(r, "99"), dob=dt.date(r.randint(1962, 2000), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def appeal_text(basis="within 180 days of the date of this letter"):
    return [
        "#Your right to appeal",
        f"You or your provider may appeal {basis}. Write to {ORG_SHORT} Appeals, {ORG_ADDR}, or fax "
        "1-555-418-2290. If waiting could seriously jeopardize your health or your recovery, ask for an "
        "expedited appeal; we will decide within 72 hours.",
        "After our final internal decision you may ask for an external review within 4 months. You may ask "
        "for free copies of the documents and criteria we used."]


def doc_bd_counseling(r):
    f = base(r, 0)
    ref = "UM-" + pat(r, "9999999")
    got = plus(f["notice"], -r.randint(3, 8))
    s, e = plus(f["notice"], 4), plus(f["notice"], 31)
    d = Page(footer=f"{ORG}  -  Behavioral Health Utilization Management  -  {{p}}/{{n}}")
    d.add_page()
    band(d, ORG_SHORT, f"Behavioral Health Utilization Management  -  {ORG_ADDR}  -  1-555-418-2200")
    top = d.get_y()
    y0, y1 = sidebar(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
                         ("Plan", f["plan"]), ("Date of birth", fd(f["dob"], "slash")), ("Reference", ref),
                         ("Request received", fd(got, "slash")), ("Program NPI", f["npi"]),
                         ("Dates requested", f"{fd(s, 'slash')} - {fd(e, 'slash')}")], x=14, w=54)
    d.set_left_margin(74)
    d.set_xy(74, top)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]], size=9.6)
    d.text_line("Notice of denial: additional counseling", 11.5, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"{CLINIC} asked us to cover 8 additional 30-minute counseling sessions (G2080) from "
        f"{fd(s, 'long')} through {fd(e, 'long')}, on top of the counseling included in your weekly "
        "methadone treatment bundle (G2067).",
        "Your plan covers up to 4 additional counseling units per calendar month for members in an opioid "
        "treatment program. You have already used 4 this month. The 8 additional sessions are over this benefit "
        "limit and are not covered. This is not a decision about your weekly methadone treatment, which "
        "remains covered.",
        f"Requesting provider: {MD}, Medical Director, {CLINIC}."], size=9.4)
    paras(d, appeal_text(), size=8.8)
    d.set_left_margin(18)
    t = truth("denial_letter", "not_covered", insurer=ORG, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref], service_dates=[f"{s}/{e}"],
              denial_date=f["notice"].isoformat(), provider=MD,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


def stack_fax(r):
    f = base(r, 1)
    ref = "TH-" + pat(r, "99999999")
    lt = plus(f["notice"], -r.randint(5, 9))
    start = plus(f["notice"], r.randint(3, 10))
    l1 = f"{fd(lt, 'short')} 09:{r.randint(10, 59)}  COBBLESTONE HARBOR OTP  1-555-203-7719  PG {{p}}"
    e = Page(faxline=l1)
    e.add_page()
    letterhead(e, CLINIC, [CLINIC_ADDR, "Phone 1-555-203-7700   Fax 1-555-203-7719   Tax ID 55-" + pat(r, "9999999")])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [f"{ORG_SHORT} Behavioral Health Utilization Management", ORG_ADDR])
    e.text_line(f"RE: Take-home methadone doses - {f['member']}, ID {f['mid']}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the reviewer:",
        f"{f['member']} has been in our program for 26 months, with negative toxicology for 14 months, steady "
        "employment on night shifts, and safe storage at home. Under 42 CFR 8.12 the patient meets the federal "
        "criteria for up to 13 take-home doses. The plan covers take-home add-ons (G2078) for only 6 doses a "
        "month. Daily attendance conflicts with the patient's work and puts the recovery at risk.",
        f"I ask for an exception so that 13 take-home doses a month may be covered starting {fd(start, 'long')}.",
        "Sincerely,", MD + ", Medical Director", CLINIC], size=10)
    t1 = truth("other", None, member_id=f["mid"], member_name=f["member"], service_dates=[start.isoformat()],
               denial_date=lt.isoformat(), provider=MD, unscored=["insurer", "appeal_deadline"],
               alternates={"provider": [CLINIC], "service_dates": [[]]})
    l2 = f"{fd(f['notice'], 'short')} 15:{r.randint(10, 59)}  SWEETFERN MUTUAL UM  FAX 1-555-418-2290  P.{{p}}"
    d = Page(faxline=l2, footer=ORG)
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Behavioral Health 1-555-418-2200"])
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We reviewed the request from {MD} at {CLINIC} to cover 13 take-home methadone doses a month "
        f"starting {fd(start, 'long')}. We gave this request the reference number {ref}. Your member ID is "
        f"{f['mid']}.",
        "Your plan covers take-home supply add-ons for up to 6 doses a month. We looked at whether an exception "
        "to that limit is medically necessary. Our reviewing psychiatrist found that the records did not show "
        "why clinic attendance could not be arranged around your work, so the exception is not medically "
        "necessary. The doses over 6 a month are denied; the 6 covered doses and your weekly treatment continue.",
        "You may appeal within 180 days of the date of this letter by writing to us at the address above or "
        "faxing 1-555-418-2290. If waiting could seriously jeopardize your recovery, ask for an expedited "
        "appeal, which we decide within 72 hours. After our final decision, you may ask for an external "
        "review within 4 months.",
        "Sincerely,", "Behavioral Health Utilization Management", ORG], size=10)
    t2 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
               provider=MD, appeal_deadline=plus(f["notice"], 180).isoformat(),
               alternates={"provider": [CLINIC]}, denial_alternates=["not_covered"])
    cov = cover(f"{ORG_SHORT} Behavioral Health UM", f"{CLINIC} (intake office)", "1-555-418-2290",
                "1-555-203-7719", fd(lt, "slash"), 3,
                "Attached: our letter asking for a take-home exception, and the plan's answer that we received by "
                "fax. Please route to the appeals team.")
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], [cov, None]


def weeks(r, first, n):
    return [plus(first, 7 * i) for i in range(n)]


def doc_photo_statement(r):
    f = base(r, 2)
    stmt = f["notice"]
    w = weeks(r, plus(stmt, -56), 5)
    bundle = fee(r, 210, 260)
    th = fee(r, 60, 90)
    cs = fee(r, 45, 70)
    rows, total = [], 0.0
    for i, d0 in enumerate(w):
        items = [("G2067", "Methadone weekly bundle", bundle, "Paid by plan")]
        if i % 2 == 0:
            items.append(("G2078", "Take-home supply add-on", th, "Paid by plan"))
        if i in (3, 4):
            items.append(("G2080", "Additional counseling 30 min", cs, "Denied - over limit"))
        for c, desc, a, st in items:
            rows.append([fd(d0, "slash"), c, desc, usd(a), st])
            total += a
    total = round(total, 2)
    acct = pat(r, "CH-999999")
    d = Page(footer=f"{CLINIC}  -  {CLINIC_ADDR}  -  Billing 1-555-203-7740")
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, "Billing office 1-555-203-7740   NPI " + f["npi"]])
    d.text_line("PROGRAM STATEMENT", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fd(stmt, "iso"), 36), ("Patient", f["member"], 60), ("Account", acct, 34),
             ("Date of birth", fd(f["dob"], "slash"), 34)])
    d.boxes([("Insurance", ORG, 80), ("Member ID", f["mid"], 50), ("Balance due", usd(0, "plain"), 34)])
    d.ln(3)
    wtable(d, ["Week of", "Code", "Service", "Charge", "Insurance status"], rows
           + [["", "", "Total charges", usd(total), ""]], [24, 16, 62, 24, 54], size=8.2, bold_last=True)
    paras(d, [
        f"{ORG_SHORT} paid your weekly treatment and take-home supplies. It denied two additional counseling "
        "sessions as over your plan's monthly limit. Under your plan's network agreement you are not billed for "
        "these denied sessions. Questions? Call our billing office."], size=9.2)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in w], denial_date=stmt.isoformat(), provider=CLINIC,
              unscored=["insurer", "appeal_deadline"],
              alternates={"service_dates": [[w[3].isoformat(), w[4].isoformat()]]})
    return pdf_bytes(d), t


def doc_copy_eob(r):
    f = base(r, 3)
    stmt = f["notice"]
    w = weeks(r, plus(stmt, -40), 3)
    claims = []
    for i, d0 in enumerate(w):
        cn = pat(r, "2026999999999")
        if i == 1:
            lines = [("G2080", fee(r, 45, 70), "0.00", "N7")]
            lines.append(("G2080", fee(r, 45, 70), "0.00", "N7"))
        else:
            b = fee(r, 210, 260)
            lines = [("G2067", b, f"{b * 0.8:.2f}", "")]
        claims.append((cn, d0, lines))
    den = claims[1]
    den_total = round(sum(x[1] for x in den[2]), 2)
    d = Page(footer=f"{ORG}  -  This is not a bill  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Member Services 1-555-418-2100"])
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    lv(d, [("Statement date:", fd(stmt, "upper")), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Group:", f["group"]), ("Claims processed:", f"{fd(plus(stmt, -30), 'slash')} - {fd(stmt, 'slash')}")],
       w=40, size=9.2)
    rows = []
    for cn, d0, lines in claims:
        for code, b, paid, rc in lines:
            rows.append([cn, fd(d0, "slash"), code, usd(b), paid, rc or "-"])
    wtable(d, ["Claim number", "Date of service", "Procedure code", "Amount billed", "Plan paid", "Remark code"],
           rows, [42, 26, 24, 28, 24, 30], size=8.2)
    paras(d, [
        f"Provider for all claims: {CLINIC}.",
        f"Claim {den[0]} (total billed {usd(den_total)}) was denied. N7: Additional counseling (G2080) is over "
        "your plan's limit of 4 units per calendar month; this service is not covered. You do not owe the "
        "provider for this claim.",
        "You may appeal within 180 days of the date of this statement by writing to "
        f"{ORG_SHORT} Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours."], size=9)
    t = truth("eob", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[den[0]], claim_amount=f"{den_total:.2f}",
              service_dates=[den[1].isoformat()], denial_date=stmt.isoformat(), provider=CLINIC,
              appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def doc_lowres_overturned(r):
    f = base(r, 4)
    ap = "APL-" + pat(r, "9999999")
    orig = "TH-" + pat(r, "99999999")
    start = plus(f["notice"], r.randint(2, 8))
    d = Page(serif=True, footer=ORG)
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Member Appeals 1-555-418-2270"], centred=True)
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Re: Appeal {ap}",
        f"Dear {f['member']}:",
        f"You appealed our decision on request {orig}, which limited the take-home methadone doses that "
        f"{CLINIC} asked us to cover for you. Your member ID is {f['mid']}.",
        "A board-certified addiction medicine physician who was not part of the first decision reviewed your "
        "appeal, including your work schedule and your program's stability assessment. We have reversed our "
        f"decision. Up to 13 take-home doses a month are approved starting {fd(start, 'long')}, for 6 months.",
        f"Your program, {MD}'s clinic, has been told of this decision. You do not need to do anything else.",
        "Sincerely,", "Member Appeals", ORG], size=10.4)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ap, orig],
              service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(), provider=CLINIC,
              unscored=["appeal_deadline"], alternates={"provider": [MD]})
    return pdf_bytes(d), t


def doc_rotated_upheld(r):
    f = base(r, 5)
    ap = "APL-" + pat(r, "9999999")
    orig = "UM-" + pat(r, "9999999")
    s, e = plus(f["notice"], -45), plus(f["notice"], -18)
    d = Page(header=f"{ORG_SHORT} final appeal decision  -  {f['member']}  -  Appeal {ap}",
             footer=f"{ORG}  -  page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG_SHORT, f"Member Appeals  -  {ORG_ADDR}  -  1-555-418-2270")
    d.text_line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Member ID:", f["mid"]), ("Plan:", f["plan"]), ("Appeal number:", ap), ("Original reference:", orig),
           ("Program:", CLINIC), ("Appeal received:", fd(plus(f["notice"], -24), "iso"))], w=44, size=9.4)
    paras(d, [
        "#Final internal appeal decision: denial upheld",
        f"You appealed our decision not to cover 6 additional counseling sessions (G2080) you received at "
        f"{CLINIC} from {fd(s, 'long')} through {fd(e, 'long')}. The sessions were over your plan's limit of "
        "4 additional counseling units per calendar month.",
        "An appeals reviewer who was not involved in the first decision looked at your plan documents and "
        "your program's records. Your plan's Schedule of Benefits sets this monthly limit, and your plan has no "
        "exception process for it. We must uphold our decision. The sessions over the limit are not covered.",
        "We know counseling is an important part of your treatment. Your weekly bundle includes counseling, "
        "and your plan also covers outpatient therapy visits with in-network therapists without this limit. "
        "Call Member Services at 1-555-418-2100 for help finding one."], size=9.8)
    d.add_page()
    paras(d, [
        "#External review",
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization through the Connecticut Insurance Department within 4 months of receiving this letter. "
        "If your situation is urgent, you may ask for an expedited external review, decided within 72 hours.",
        "#Other rights",
        "You may ask for free copies of all documents, records and criteria used in this decision. You may "
        "contact the Office of the Healthcare Advocate at 1-555-742-2900 for free help.",
        "Sincerely,", "Member Appeals", ORG], size=9.8)
    t = truth("denial_letter", "not_covered", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ap, orig], service_dates=[f"{s}/{e}"],
              denial_date=f["notice"].isoformat(), provider=CLINIC, appeal_deadline=None)
    return pdf_bytes(d), t


def doc_scan300_partial(r):
    f = base(r, 6)
    ref = "UM-" + pat(r, "9999999")
    s = plus(f["notice"], 5)
    e = plus(s, 55)
    d = Page(footer=f"{ORG}  |  {ORG_ADDR}")
    d.add_page()
    letterhead(d, ORG, ["Behavioral Health Utilization Management", ORG_ADDR, "Phone 1-555-418-2200"])
    d.text_line(f"Date of notice: {fd(f['notice'], 'abbr')}", 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.boxes([("Member", f["member"], 60), ("Member ID", f["mid"], 48), ("Group", f["group"], 30),
             ("Reference", ref, 42)])
    d.boxes([("Requesting provider", MD, 60), ("Program", CLINIC, 80), ("Date of birth", fd(f["dob"], "slash"), 40)])
    d.ln(4)
    wtable(d, ["Service", "Units requested", "Units approved", "Units not approved", "Dates"],
           [["G2080 additional counseling", "16", "8", "8", f"{fd(s, 'abbr')} - {fd(e, 'abbr')}"]],
           [58, 26, 26, 28, 42], size=8.4)
    paras(d, [
        "#Our decision",
        "We approved 8 of the 16 additional counseling units your program asked for: 4 units in each of the "
        "two calendar months in the request. The other 8 units are over your plan's limit of 4 additional "
        "counseling units per calendar month and are not covered.",
    ] + appeal_text("within 180 days of the date of this notice"), size=9.4)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[f"{s}/{e}"],
              denial_date=f["notice"].isoformat(), provider=MD,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_fax(r(1))
    items = [
        Item(f"{FAMILY}_bd_extra_counseling_sidebar", "born_digital", [doc_bd_counseling(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_clinic_letter_and_take_home_denial", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_program_statement_weeks", "phone_photo", [doc_photo_statement(r(2))]),
        Item(f"{FAMILY}_copy_eob_three_claims_counseling_denied", "photocopy", [doc_copy_eob(r(3))]),
        Item(f"{FAMILY}_lowres_take_home_appeal_overturned", "scan_lowres_150", [doc_lowres_overturned(r(4))]),
        Item(f"{FAMILY}_rotated_two_page_appeal_upheld", "rotated", [doc_rotated_upheld(r(5))]),
        Item(f"{FAMILY}_scan300_counseling_partly_approved", "scan_clean_300", [doc_scan300_partial(r(6))]),
    ]
    for it in items:  # the logo band and some letterheads print only the short name
        for _, t in it.docs:
            if t["fields"]["insurer"] == ORG:
                t.setdefault("alternates", {})["insurer"] = [ORG_SHORT]
    return items
