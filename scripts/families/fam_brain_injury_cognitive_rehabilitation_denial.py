"""Family 'brain_injury_cognitive_rehabilitation_denial': invented commercial letters, a claim EOB and a state Medicaid
notice on cognitive rehabilitation (therapeutic interventions for cognitive function, CPT 97129 first 15 minutes and
97130 each additional 15 minutes) after a traumatic brain injury, denied as educational, as not restorative, as
over a visit limit, or (home computer-based training) as investigational.

Cases (letter-heavy): a pre-service utilization review letter denying a course of cognitive rehabilitation aimed at
returning to college as educational; a claim EOB denying visits past the plan's 20-visit combined rehabilitation
limit with an earlier paid claim below it; a state Medicaid notice of action in boxed form (labels above values)
denying continued therapy as no longer restorative; a second-level appeal decision upholding a not-restorative
denial (only external review left); a fax stack of a cover sheet, a denial of a teenager's 97130 units as
academic tutoring that the school owes, and the neuro-rehabilitation clinic's statement; an approval of twelve
sessions (nothing denied); a letter denying a home computer-based cognitive training program as investigational.

Layouts are invented, modelled loosely on published utilization management letters, state Medicaid notices of
action and commercial EOBs. All values invented: plans, clinics, therapists, patients, IDs, amounts; phones 1-555.
Decoys: dates of injury and birth, the referring physiatrist or neurologist, NPIs, request received dates,
clinical policy numbers, patient account numbers, prior paid claims, allowed/paid/you-owe amounts, the parent named
as subscriber.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

FAMILY = "brain_injury_cognitive_rehabilitation_denial"
LANG = "en"
SEED = 271600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def head(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name, 13, "B", "R")
        for s in lines:
            d.text_line(s, 8.3, "", "R")
        d.ln(2)
        d.rule(1.2, 5)
    else:
        d.set_fill_color(225, 225, 225)
        d.font(12.5, "B")
        d.cell(0, 9, "  " + name, fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Declan", "Wilhelmina", "Bartholomew", "Genevieve", "Lysander", "Theodora", "Caspian", "Marisela",
         "Florian", "Henrietta", "Emrys", "Clementine"]
LAST = ["Ravenscroft", "Dunmore", "Halvorsen", "Ketteridge", "Ollerenshaw", "Brisbois", "Castellane", "Whitlock",
        "Pendergast", "Averill"]
CITIES = ["Quillmoor, OR 97999", "Brackenridge Falls, TN 37999", "Elmstead, NE 68999", "Port Adair, ME 04999"]
STREETS = ["Candlewick Road", "Mossbank Lane", "Tinker's Row", "Foxglove Avenue", "Coldharbour Street"]
SLPS = ["Annelise M. Vorhees, MS, CCC-SLP", "Tobias R. Engstrom, MA, CCC-SLP", "Priya D. Ramaswamy, OTR/L"]
NEUROPSYCH = ["Dr. Gwendolyn F. Ashcombe, PhD", "Dr. Marcus L. Oyelowo, PsyD"]
CLINICS = ["Crestline Neuro Rehabilitation Center", "Harborview Brain Injury Day Program",
           "Elmstead Outpatient Neurorehab, LLC"]
PHYSIATRISTS = ["Dr. Sebastian K. Moorcroft, MD (PM&R)", "Dr. Lucinda P. Hargreave, DO"]


def base(r):
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 190))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1968, 2000), r.randint(1, 12), r.randint(1, 28)),
                injury=notice - dt.timedelta(days=r.randint(150, 420)))


def fmt_date(d, style):
    """inv_kit's date styles plus two more: two-digit year with zeros (07/06/26) and dashed (07-06-2026)."""
    if style == "yy":
        return d.strftime("%m/%d/%y")
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    return _fmt_date(d, style)


def bare(name):
    """A clinician's name without credentials (the name as it is also printed)."""
    return name.split(",")[0]


# ---------------------------------------------------------------- 0: pre-service UR letter, educational
def doc_preservice(r):
    f = base(r)
    plan = "Ambervale Health Insurance Company"
    ds = "long"
    slp, clinic = SLPS[0], CLINICS[0]
    ref = pat(r, "UM99999999")
    f.update(mid=pat(r, "AHX999999999"), grp=pat(r, "999999-999"))
    recv = f["notice"] - dt.timedelta(days=r.randint(5, 12))
    start = f["notice"] + dt.timedelta(days=r.randint(7, 14))
    end = start + dt.timedelta(days=83)
    d = Page(footer="Ambervale Health Insurance Company  |  UM-LTR-221  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Utilization Management, 1400 Osprey Landing, Quillmoor, OR 97999",
                   f"Member Services {f['phone']}   UM fax 1-555-418-2060"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Denial of Prior Authorization Request", 12.5, "B")
    d.ln(1)
    kv(d, [("Member name:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Authorization request no.:", ref),
           ("Requesting provider:", f"{slp}, {clinic}"), ("Provider NPI:", f["npi"]),
           ("Referring physician:", PHYSIATRISTS[0]),
           ("Service requested:", "97129 / 97130 cognitive rehabilitation, 2 visits per week, 24 visits"),
           ("Requested dates:", f"{fmt_date(start, ds)} through {fmt_date(end, ds)}"),
           ("Request received:", fmt_date(recv, ds)), ("Date of injury:", fmt_date(f["injury"], ds))], w=52, size=9.3)
    paras(d, [
        "#Our decision",
        f"We have denied the request from {bare(slp)} for cognitive rehabilitation. The treatment plan states that "
        "the goals are to improve study skills, note-taking and test-taking so that you can return to your "
        "college courses in the fall term. Your plan does not cover educational or vocational services, including "
        "training to improve academic performance, even when a medical condition such as a brain injury is the "
        "reason they are needed (Certificate of Coverage, Exclusions, item 14: \"Educational services, tutoring, "
        "and job or vocational training\").",
        "Your records show that you have already regained independence in daily activities and medication "
        "management. Cognitive rehabilitation to restore a function lost from the injury, with measurable "
        "functional goals, may be covered if a new request is sent.",
        "#How to appeal",
        "You, your provider or someone you name may appeal within 180 days of the date of this letter. Write to "
        f"Ambervale Appeals, PO Box 7710, Quillmoor, OR 97999 or call {f['phone']}. If your health is in serious "
        "danger, ask for an expedited appeal; we will decide within 72 hours. Your provider may also ask for a "
        "peer-to-peer conversation with our reviewer.",
        "Sincerely,",
        "Helena Q. Strathmore, MD, Physician Reviewer, Ambervale Health Insurance Company"], size=9.6)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=slp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [bare(slp), clinic], "service_dates": [[], [start.isoformat()]]},
              denial_alternates=["medical_necessity", "prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: EOB, over the 20-visit limit
def doc_eob_limit(r):
    f = base(r)
    plan = "Fenwick Crown Health Plan"
    ds, ms = "yy", "nosign"
    clinic, slp = CLINICS[1], SLPS[1]
    claim, paid_claim = pat(r, "99999A9999999"), pat(r, "99999A9999999")
    f.update(mid=pat(r, "FCH-999999999"), grp=pat(r, "99999"))
    d1 = f["notice"] - dt.timedelta(days=r.randint(20, 30))
    d2 = d1 + dt.timedelta(days=3)
    p1 = d1 - dt.timedelta(days=4)
    a, b = fee(r, 140, 190), fee(r, 65, 90)
    lines = [(d1, "97129", "Cognitive function intervention, first 15 min", a),
             (d1, "97130", "Cognitive function intervention, each add'l 15 min x3", round(b * 3, 2)),
             (d2, "97129", "Cognitive function intervention, first 15 min", a),
             (d2, "97130", "Cognitive function intervention, each add'l 15 min x3", round(b * 3, 2))]
    total = round(sum(x[3] for x in lines), 2)
    d = Page(footer="Fenwick Crown Health Plan  -  Explanation of Benefits  -  Keep for your records")
    d.add_page()
    head(d, plan, ["PO Box 4400, Brackenridge Falls, TN 37999", f"Questions? {f['phone']}"], 1)
    d.text_line("Your Explanation of Benefits", 14, "B")
    d.ln(1)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 32), ("Patient", f["member"], 52),
             ("Member ID", f["mid"], 42), ("Group", f["grp"], 24), ("Visits used", "22 of 20", 26)], h=11)
    d.ln(4)
    d.text_line(f"Claim {claim}  |  {clinic}", 9.2, "B")
    d.text_line(f"Rendering therapist: {slp}", 8.6)
    rows = [[fmt_date(x, ds), c, desc, fmt_money(ch, ms), "0.00", "0.00", fmt_money(ch, ms), "VL20"]
            for x, c, desc, ch in lines]
    rows.append(["*Total", "", "", fmt_money(total, ms), "0.00", "0.00", fmt_money(total, ms), ""])
    W = [16, 13, 73, 18, 16, 14, 20, 10]
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Rmk"], rows, W, size=7.6,
            aligns="LLLRRRRL")
    pa, pb = round(a * 0.7, 2), round(b * 3 * 0.7, 2)
    d.text_line(f"Claim {paid_claim}  |  {clinic}", 9.2, "B")
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Rmk"],
            [[fmt_date(p1, ds), "97129", "Cognitive function intervention, first 15 min", fmt_money(a, ms),
              fmt_money(pa, ms), fmt_money(pa - 30, ms), "30.00", "CP"],
             [fmt_date(p1, ds), "97130", "Cognitive function intervention, each add'l 15 min x3",
              fmt_money(round(b * 3, 2), ms), fmt_money(pb, ms), fmt_money(pb, ms), "0.00", ""]],
            W, size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#What the remark codes mean",
        "VL20  Your plan covers up to 20 outpatient rehabilitation visits per calendar year for physical, "
        "occupational, speech and cognitive therapy combined. This visit is over that limit, so the plan paid "
        "nothing. Your provider may bill you for these services.",
        "CP  Specialist copay applied.",
        "#If you disagree",
        "You may appeal within 180 days of the date of this statement. Call the number above or write to Fenwick "
        "Crown Health Plan, Member Appeals, PO Box 4411, Brackenridge Falls, TN 37999."], size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [slp, bare(slp)]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: state Medicaid notice of action (boxed form)
def doc_state(r):
    f = base(r)
    agency = "Lakeland State Department of Human Services"
    ds = "dash"
    notice_no = pat(r, "NOA-999999-A")
    pa_no = pat(r, "9999999999")
    f.update(mid=pat(r, "99999999A"))
    clinic, therapist = CLINICS[2], SLPS[2]
    start = f["notice"] + dt.timedelta(days=r.randint(3, 9))
    end = start + dt.timedelta(days=59)
    d = Page(footer="DHS-MA 2114 (rev. 03/2025)   Notice of Action - Medical Assistance   Page {p} of {n}")
    d.add_page()
    d.text_line("LAKELAND STATE DEPARTMENT OF HUMAN SERVICES", 12, "B", "C")
    d.text_line("Division of Medical Assistance  -  Prior Authorization Unit", 9.5, "", "C")
    d.text_line(f"PO Box 9025, Elmstead, NE 68999   Recipient Help Line {f['phone']}", 8.5, "", "C")
    d.ln(3)
    d.text_line("NOTICE OF ACTION", 14, "B", "C")
    d.ln(3)
    d.boxes([("Date of notice", fmt_date(f["notice"], ds), 40), ("Notice number", notice_no, 50),
             ("Medical Assistance ID", f["mid"], 50), ("Case worker unit", "PA-07", 40)], h=12)
    d.boxes([("Recipient name", f["member"], 90), ("Date of birth", fmt_date(f["dob"], ds), 40),
             ("PA number", pa_no, 50)], h=12)
    d.boxes([("Provider", f"{therapist} / {clinic}", 130), ("Provider ID", f["npi"], 50)], h=12)
    d.boxes([("Service", "97129 / 97130 cognitive rehabilitation, 16 units per week", 120),
             ("Dates requested", f"{fmt_date(start, ds)} - {fmt_date(end, ds)}", 60)], h=12)
    d.ln(4)
    d.text_line("ACTION:  [X] Denied   [ ] Reduced   [ ] Terminated   [ ] Approved", 10, "B")
    d.ln(2)
    d.text_line("REASON FOR THIS ACTION", 10, "B")
    paras(d, [
        "[X] The service is not medically necessary. Rehabilitation services are covered when they are expected to "
        "result in significant, measurable improvement in a reasonable time. Your progress notes for the last "
        "three 30-day periods show scores on the standardized memory and attention measures that have not changed. "
        "Therapy to keep your current level of function (maintenance) is not restorative and is not covered.",
        "[ ] The service is not a covered Medical Assistance benefit.",
        "[ ] The requested information was not received.",
        "Rule relied on: Lakeland Administrative Code 471-12-006, Rehabilitative Therapy Services."], size=9.2)
    d.text_line("YOUR RIGHTS", 10, "B")
    paras(d, [
        "Reconsideration: you or your provider may ask the Department to reconsider this action within 30 days of "
        "the date of this notice. Send the request and any new records to the Prior Authorization Unit at the "
        "address above.",
        "Fair hearing: you may also ask for a state fair hearing within 90 days of the date of this notice. If you "
        "ask for a hearing before the effective date of an action that reduces or ends a service, your services "
        "may continue until the hearing decision.",
        "You may have a friend, relative, advocate or lawyer help you. Free legal help may be available: call the "
        "Recipient Help Line."], size=9)
    t = truth("denial_letter", "medical_necessity", insurer=agency, member_id=f["mid"], member_name=f["member"],
              case_numbers=[notice_no, pa_no], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=therapist,
              appeal_deadline=(f["notice"] + dt.timedelta(days=30)).isoformat(),
              alternates={"provider": [bare(therapist), clinic], "case_numbers": [[pa_no], [notice_no]],
                          "service_dates": [[], [start.isoformat()]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: second-level appeal upheld, not restorative
def doc_appeal(r):
    f = base(r)
    plan = "Brightwater Mutual Health"
    ds, ms = "wlong", "plain"
    appeal, claim = pat(r, "BW-APL-999999"), pat(r, "BWM99999999")
    f.update(mid=pat(r, "BMH99999999"), grp=pat(r, "9999-99"))
    dates = sorted({f["notice"] - dt.timedelta(days=r.randint(60, 90)) + dt.timedelta(days=k * 7) for k in range(3)})
    total = round(sum(fee(r, 310, 380) for _ in dates), 2)
    neuro = NEUROPSYCH[0]
    d = Page(footer="Brightwater Mutual Health  |  Appeals Department  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Appeals Department, 35 Gullwing Terrace, Port Adair, ME 04999",
                   f"Phone {f['phone']}  |  Fax 1-555-902-1177"], 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Second-Level Appeal Decision", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member number", f["mid"]), ("Group", f["grp"]), ("Appeal ID", appeal),
           ("Claim ID", claim), ("Treating provider", neuro),
           ("Dates of service", ", ".join(fmt_date(x, "slash") for x in dates)),
           ("Total billed", fmt_money(total, ms)), ("Date of injury", fmt_date(f["injury"], "slash"))], w=42)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"This letter is about your second-level appeal of our denial of cognitive rehabilitation (97129, 97130) "
        f"provided by {bare(neuro)} after your brain injury. A panel that included a board-certified neuropsychologist "
        "who had no part in the earlier decisions reviewed your appeal, the therapy notes and the neuropsychological "
        "testing you sent.",
        "#Decision: upheld",
        "Our Clinical Policy CP-REH-019 covers cognitive rehabilitation when it is restorative, meaning that it is "
        "expected to produce measurable improvement. The notes show that your attention and memory scores have "
        "stayed the same over the last four months and that the sessions now focus on practicing routines you "
        "already use at home. The panel found that the services are maintenance care and are not medically "
        "necessary as restorative treatment.",
        "#Your rights",
        "This is the final internal appeal decision. You have the right to request an external review by an "
        "independent review organization within four months of the date of this letter. You may also have the right "
        "to bring a civil action under section 502(a) of ERISA. Call us to request, free of charge, copies of the "
        "documents and the clinical policy used in this decision.",
        "Sincerely,",
        "Appeals Department, Brightwater Mutual Health"], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=neuro,
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: tutoring denial + clinic statement
def doc_stack(r):
    f = base(r)
    plan = "Keelbrook Family Health Plan"
    ds, ms = "dmy", "plain"
    clinic, slp = CLINICS[0], SLPS[1]
    claim = pat(r, "KB99-999999")
    f.update(mid=pat(r, "KFH999999999-02"), grp=pat(r, "GRP99999"))
    f["dob"] = dt.date(2010, r.randint(1, 12), r.randint(1, 28))
    parent = person(r, FIRST, [f["member"].split()[-1]])
    dates = sorted({f["notice"] - dt.timedelta(days=r.randint(20, 40)) + dt.timedelta(days=k * 2) for k in range(2)})
    per = fee(r, 60, 85)
    lines = [(x, "97130", "Cognitive intervention, add'l 15 min x4 (school work)", round(per * 4, 2)) for x in dates]
    total = round(sum(x[3] for x in lines), 2)
    d = Page(footer="Keelbrook Family Health Plan - Claim Determination")
    d.add_page()
    head(d, plan, ["Claims Determination, 600 Gristmill Way, Elmstead, NE 68999", f"Member line {f['phone']}"], 1)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f"Parent/guardian of {f['member']}", f["addr"])
    d.text_line("Claim Determination - Services Denied", 12.5, "B")
    kv(d, [("Subscriber", parent), ("Patient", f"{f['member']} (dependent)"), ("ID", f["mid"]),
           ("Group", f["grp"]), ("Claim", claim), ("Provider", f"{clinic} ({slp})"),
           ("Amount billed", fmt_money(total, ms))], w=34)
    d.table(["Service date", "Code", "Description", "Billed", "Paid"],
            [[fmt_date(x, ds), c, desc, fmt_money(ch, ms), "$0.00"] for x, c, desc, ch in lines],
            [28, 16, 96, 22, 18], size=8.4, aligns="LLLRR")
    paras(d, [
        "Reason: the therapy notes show that these additional units were spent on homework help, reading "
        "assignments and preparing for school tests. This is academic tutoring, an educational service that your "
        "plan excludes. Under federal and state education law the school district is responsible for educational "
        "support, such as an IEP or 504 plan, for a student with a brain injury. The first 15 minutes of each "
        "visit (97129) were paid on a separate claim.",
        "Appeal: you may appeal within 180 days of the date of this letter. Mail your appeal to Keelbrook Appeals, "
        "600 Gristmill Way, Elmstead, NE 68999."], size=9.2)
    t1 = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=clinic,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [slp, bare(slp)]}, denial_alternates=["medical_necessity"],
               type_alternates=["eob"])
    pdf1 = pdf_bytes(d)
    st = f["notice"] + dt.timedelta(days=r.randint(8, 15))
    acct = pat(r, "99999-99")
    d = Page()
    d.add_page()
    head(d, clinic, ["Patient Accounts, 77 Heddle Street, Quillmoor, OR 97999", "Billing 1-555-377-0422"], 0)
    d.text_line("PATIENT STATEMENT", 13, "B")
    kv(d, [("Statement date:", fmt_date(st, ds)), ("Patient:", f["member"]), ("Responsible party:", parent),
           ("Account:", acct), ("Insurance:", f"{plan}, claim {claim}"), ("Pay by:", fmt_date(st + dt.timedelta(days=25), ds))],
       w=42)
    d.table(["Date", "Service", "Charge", "Ins. paid", "Balance"],
            [[fmt_date(x, ds), f"{c} {desc}", fmt_money(ch, ms), "$0.00", fmt_money(ch, ms)] for x, c, desc, ch in lines]
            + [["*Amount due", "", fmt_money(total, ms), "$0.00", fmt_money(total, ms)]],
            [26, 90, 24, 20, 24], size=8.2, aligns="LLRRR")
    paras(d, [
        "Your insurance denied these services as educational. The balance is your responsibility. We have sent a "
        "letter of medical necessity with your child's goals to support your appeal. Call us to set up a payment "
        "plan; no interest is charged."], size=9.4)
    t2 = truth("other", None, insurer=None, member_name=f["member"], case_numbers=[claim],
               claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates], denial_date=st.isoformat(),
               provider=clinic, unscored=["insurer", "group_number", "member_id"],
               alternates={"case_numbers": [[]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: approval of 12 sessions (no denial)
def doc_approval(r):
    f = base(r)
    plan = "Juniper Trail Health Plan"
    ds = "abbr"
    auth = pat(r, "JT-99999999")
    f.update(mid=pat(r, "JTH99999999"), grp=pat(r, "99999"))
    slp = SLPS[0]
    start = f["notice"] + dt.timedelta(days=r.randint(3, 8))
    end = start + dt.timedelta(days=89)
    d = Page(footer="Juniper Trail Health Plan  |  Authorization Notice")
    d.add_page()
    head(d, plan, ["Care Coordination, 2 Hearthstone Plaza, Brackenridge Falls, TN 37999",
                   f"Member Services {f['phone']}"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Your service has been approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Authorization number:", auth),
           ("Provider:", f"{slp}, {CLINICS[1]}"), ("Service:", "Cognitive rehabilitation 97129 and 97130"),
           ("Approved:", "12 visits, up to 4 units (60 minutes) per visit"),
           ("Approved period:", f"{fmt_date(start, ds)} to {fmt_date(end, ds)}"),
           ("Referring physician:", PHYSIATRISTS[1])], w=46)
    paras(d, [
        "Good news. We approved the request for cognitive rehabilitation after your brain injury. The approval "
        "is based on the treatment plan, which sets measurable goals for memory, attention and planning in daily "
        "tasks.",
        "Please keep this letter. Your provider must submit updated progress notes before the last approved visit "
        "if more visits are needed. Visits beyond the approved number or after the approved period will need a new "
        "request. Your usual copay or coinsurance still applies to each visit.",
        "This approval is not a guarantee of payment. Payment depends on your eligibility and benefits on the date "
        "of service.",
        "Care Coordination Team, Juniper Trail Health Plan"], size=9.8)
    t = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=slp,
              alternates={"provider": [bare(slp), CLINICS[1]], "service_dates": [[], [start.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: home computer program investigational
def doc_investigational(r):
    f = base(r)
    plan = "Cobaltine Health Insurance Co."
    ds, ms = "iso", "usd"
    ref, claim = pat(r, "CHI-R-9999999"), pat(r, "999999999999")
    f.update(mid=pat(r, "C99999999"), grp=pat(r, "A99999"))
    neuro = NEUROPSYCH[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 45))
    ch = [fee(r, 150, 210), round(fee(r, 60, 80) * 2, 2), fee(r, 390, 640)]
    total = round(sum(ch), 2)
    d = Page(footer="Cobaltine Health Insurance Co. - Medical Policy MP-8.03.11 - page {p}/{n}")
    d.add_page()
    head(d, plan, ["Medical Management, 5120 Ironbark Boulevard, Port Adair, ME 04999",
                   f"{f['phone']}  |  cobaltine.example"], 1)
    d.text_line(f"Letter date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Adverse Benefit Determination - Investigational Service", 12, "B")
    d.ln(1)
    kv(d, [("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Review reference", ref),
           ("Claim", claim), ("Provider", neuro), ("Date of service", fmt_date(dos, ds)),
           ("Charges", fmt_money(total, ms))], w=40)
    d.table(["Code", "Description", "Billed", "Decision"],
            [["97129", "Cognitive function intervention, first 15 min (set-up)", fmt_money(ch[0], ms), "Denied"],
             ["97130", "Each additional 15 min x2 (program training)", fmt_money(ch[1], ms), "Denied"],
             ["E1399", "Home computer-based cognitive training software license", fmt_money(ch[2], ms), "Denied"]],
            [18, 106, 26, 30], size=8.4, aligns="LLRL")
    paras(d, [
        "We reviewed the claim for setting up a home, computer-based cognitive training program after your brain "
        "injury. Under our Medical Policy MP-8.03.11, Cognitive Rehabilitation, computer-based cognitive training "
        "used at home without a therapist present is considered investigational: published studies have not "
        "shown that it improves everyday function for people with traumatic brain injury. Investigational "
        "services are excluded from your coverage. Therapist-delivered cognitive rehabilitation in the clinic "
        "is not affected by this decision.",
        "#Appeal rights",
        "To appeal, write to us within 180 days of the date of this letter. Include the review reference. For "
        "a denial based on a service being experimental or investigational you may also ask for an external "
        "review by an independent review organization. Call us if you need help or want copies of the policy."],
        size=9.4)
    t = truth("denial_letter", "experimental", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref, claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=neuro,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"case_numbers": [[claim], [ref]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_preauth_denied_educational_college", "born_digital", doc_preservice, None),
    ("scan300_eob_over_twenty_visit_limit", "scan_clean_300", doc_eob_limit, None),
    ("lowres_state_notice_of_action_not_restorative", "scan_lowres_150", doc_state, None),
    ("copy_second_level_appeal_upheld_maintenance", "photocopy", doc_appeal, None),
    ("faxfine_stack_cover_tutoring_denial_clinic_statement", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_approval_twelve_sessions", "phone_photo", doc_approval, None),
    ("rotated_home_computer_training_investigational", "rotated", doc_investigational, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
