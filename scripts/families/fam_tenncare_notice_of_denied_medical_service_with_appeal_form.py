"""Family 'tenncare_notice_of_denied_medical_service_with_appeal_form': an invented Tennessee Medicaid (TennCare)
managed care plan, in the structure of the TennCare notice that a medical service is denied ("What is happening?",
"Why?", "What can you do if you think we made a mistake?" steps, the medical appeal form as a page of its own,
keep-getting-care and 72-hour fast-appeal paragraphs).

Documents: a born-digital notice denying knee arthroscopy with the appeal form page; a scanned notice refusing a
brain MRI claim done without prior approval (label column, explicit appeal date); a standard-fax stack of a cover,
a notice denying home nursing visits and the nurse practitioner's letter of support (one page fed upside down);
a photocopied member health care statement with four claims, one not covered; a phone photo of the plan's appeal
decision upholding the knee denial, told in sentences; a sideways approval of a sleep study (denies nothing); a
low-resolution notice refusing an out-of-network child neurologist (table).
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, statement period, form numbers,
TennCare rule cites, 72-hour, 10-day keep-getting-care and fair-hearing limits, other claims' numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxc import (Page, blank_line, checkbox, cover_pdf, digs, fd, h, head, kv, money, out, ph, plus,
                                t)

FAMILY = "tenncare_notice_of_denied_medical_service_with_appeal_form"
LANG = "en"
SEED = 348500
ORG = "Cumberland Ridge Health Plan"
ORG_LINES = ["A TennCare Medicaid health plan", "PO Box 41877, Nashville, TN 37299"]
APPEAL_ADDR = "TennCare Member Medical Appeals, PO Box 59917, Nashville, TN 37299"
MEMBERS = ["Ruby J. Whitlock", "Darnell K. Pruitt", "Opal M. Hensley", "Trenton L. Cagle", "Shirley A. Bivens",
           "Jasper W. Goins", "Nola R. Satterfield"]
KNEE_DOC = "Dr. Harlan P. Ashworth"
KNEE_DOC_BARE = "Harlan P. Ashworth"
ORTHO = "Sequatchie Valley Orthopedics"
IMAGING = "Clinch River Imaging Center"
HHA = "Bluff City Home Care"
NP = "Marlene T. Oakes, APRN"
NEURO = "Dr. Ivo Castellanos-Reyes"
NEURO_PRAC = "Upper Harpeth Pediatric Neurology"
SLEEP = "Highland Rim Sleep Center"


def base(r: random.Random, k: int) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, member=MEMBERS[k], mid=digs(r, 9), phone=ph(r),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Possum Hollow Rd', 'Old Hickory Blvd', 'Caney Fork Ln'])}",
                      f"{r.choice(['Sparta', 'McMinnville', 'Crossville'])}, TN 385{r.randint(10, 99)}"],
                dob=dt.date(r.randint(1958, 2003), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + digs(r, 9))


def what_you_can_do(d: Page, when: str, size: float = 9.2):
    h(d, "What can you do if you think we made a mistake?", 10.5)
    t(d, f"You can appeal. {when} To appeal, do one of these:", size)
    for s in (f"Step 1: Call {ORG} Member Services. They can help you fill out the appeal form.",
              f"Step 2: Or fill out the Medical Appeal Form on the next page and mail it to {APPEAL_ADDR}.",
              "Step 3: Keep a copy of this letter and anything you send. Your doctor or someone you trust can "
              "appeal for you if you give written permission."):
        t(d, s, size, gap=0.8, x=d.l_margin + 4)
    h(d, "Do you need a fast appeal?", 10)
    t(d, "If waiting for a regular appeal could seriously harm your health, ask for a fast (expedited) appeal. We "
         "will decide within 72 hours. A regular appeal is decided within 30 days.", size)
    h(d, "Can you keep getting care during your appeal?", 10)
    t(d, "If this letter stops or lowers care you already get, you may keep getting it during the appeal if you "
         "appeal within 10 days from the date of this letter or before the care stops. If you lose the appeal you "
         "may have to pay for that care. After the appeal, if you still disagree, you may ask TennCare for a state "
         "fair hearing within 120 days of our appeal decision.", size)


def appeal_form(d: Page, member: str = "", mid: str = "", letter_date: str = "", filled: bool = False):
    d.add_page()
    d.f(13, "B")
    d.cell(0, 7, "TennCare Medical Appeal Form", align="C", new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    d.cell(0, 4.5, "Form CRHP-MA-2 (rev. 09/2025)  -  Use this form to appeal a denied medical service",
           align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    t(d, f"Mail to: {APPEAL_ADDR}.  Or fax to 1-555-740-2218.  Questions? Call 1-555-740-2200 (TTY 711).", 9)
    h(d, "1. Who is the appeal for?", 10)
    blank_line(d, "Member name (first, last)", member)
    blank_line(d, "TennCare ID number", mid)
    blank_line(d, "Date of birth", "")
    blank_line(d, "Phone you can be reached at", "")
    h(d, "2. What are you appealing?", 10)
    blank_line(d, "Date on the letter you got", letter_date)
    blank_line(d, "Health plan", ORG if filled else "")
    checkbox(d, "A service or care was denied, reduced, delayed or stopped", filled)
    checkbox(d, "A bill you got for care that TennCare should pay")
    checkbox(d, "I need a fast appeal because waiting could seriously harm my health")
    h(d, "3. Tell us why you think the decision is wrong", 10)
    for _ in range(4):
        blank_line(d, "", "", lw=0)
    h(d, "4. Sign here", 10)
    blank_line(d, "Signature", "")
    blank_line(d, "Date signed", "")
    t(d, "If someone is appealing for you, send us a signed note saying that person can act for you.", 8.5)


def doc_knee_bd(r):
    f = base(r, 0)
    req = "PA" + digs(r, 8)
    planned = plus(f["notice"], r.randint(7, 16))
    got = plus(f["notice"], -r.randint(4, 9))
    d = Page(footer="Page {n} of {nb}", footer_left=f"{ORG}  -  NDMS-1 (01/2026)")
    d.add_page()
    head(d, ORG, ORG_LINES + [f"Member Services {f['phone']} (TTY 711)"], 0)
    d.f(10)
    d.cell(0, 5, fd(f["notice"], "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    kv(d, [("TennCare ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")), ("Request number:", req),
           ("We got the request on:", fd(got, "long"))], lw=46)
    d.ln(2)
    d.f(13, "B")
    d.cell(0, 7, "Notice of Denied Medical Service", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    t(d, f"Dear {f['member']}:")
    h(d, "What is happening?", 10.5)
    t(d, f"Your doctor, {KNEE_DOC} at {ORTHO} (NPI {f['npi']}), asked us to approve surgery on your right knee: "
         f"knee arthroscopy with partial meniscectomy (CPT 29881), planned for {fd(planned, 'long')}. We denied "
         "this request.")
    h(d, "Why?", 10.5)
    t(d, "The records we got show knee pain for 5 weeks. They do not show that you tried 6 weeks of physical "
         "therapy or a home exercise plan, and your knee does not lock or catch. TennCare covers this surgery when "
         "it is medically necessary. It is not medically necessary for you right now. We used TennCare Rule "
         "1200-13-13-.01 (medical necessity) and our Knee Arthroscopy criteria, OC-112.")
    what_you_can_do(d, f"You must appeal within 60 days from the date of this letter ({fd(f['notice'], 'long')}).")
    appeal_form(d)
    tr = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[req], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=KNEE_DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"provider": [KNEE_DOC_BARE, ORTHO]})
    return out(d), tr, dict(f, req=req, planned=planned)


def doc_mri_claim_scan(r):
    f = base(r, 1)
    claim = digs(r, 4) + "-" + digs(r, 7)
    dos = plus(f["notice"], -r.randint(25, 50))
    billed = round(r.randint(1400, 2900) + 0.4, 2)
    deadline = plus(f["notice"], 60)
    d = Page(footer=None, footer_left=f"{ORG} - Member notice TN-CLM-4")
    d.add_page()
    head(d, ORG, ORG_LINES + [f"Call us: {f['phone']}"], 1)
    d.f(12.5, "B")
    d.cell(0, 6.5, "NOTICE OF DENIED MEDICAL SERVICE  -  PAYMENT", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    y = d.get_y()
    d.f(9.6)
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.cell(80, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y)
    kv(d, [("Notice date", fd(f["notice"], "upper")), ("TennCare ID", f["mid"]), ("Claim no.", claim),
           ("Birth date", fd(f["dob"], "upper"))], lw=28, x=112, size=9)
    d.ln(5)
    kv(d, [("Service:", "MRI brain without and with contrast (CPT 70553)"), ("Where:", IMAGING),
           ("Date of service:", fd(dos, "upper")), ("Amount billed:", money(billed)), ("Decision:", "Not paid")],
       lw=36, size=9.6)
    d.ln(2)
    h(d, "Why?", 10.5)
    t(d, "TennCare requires prior approval for an MRI done outside the hospital emergency room. No approval was "
         f"asked for before this MRI was done, so we will not pay {IMAGING} for it. Because this is a TennCare "
         "rule for providers, you do not have to pay this bill. If you get a bill, call us.")
    what_you_can_do(d, f"We must get your appeal by {fd(deadline, 'upper')} (60 days from the date of this "
                       "notice).", 9.0)
    tr = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[claim], claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()],
               denial_date=f["notice"].isoformat(), provider=IMAGING, appeal_deadline=deadline.isoformat())
    return out(d), tr


def stack_home_nursing(r):
    f = base(r, 2)
    req = "HC-" + digs(r, 7)
    a, b = plus(f["notice"], 4), plus(f["notice"], 59)
    got = plus(f["notice"], -r.randint(3, 6))
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    head(d, ORG, ORG_LINES + ["Fax 1-555-740-2231"], 2)
    d.f(12, "B")
    d.cell(0, 6, "Notice of Denied Medical Service (Home Health)", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    kv(d, [("Date of this notice", fd(f["notice"], "dash")), ("Member", f["member"]), ("TennCare ID", f["mid"]),
           ("Tracking number", req), ("Requested by", f"{NP} for {HHA}"), ("Received", fd(got, "dash"))], lw=44)
    h(d, "What is happening?", 10.5)
    t(d, f"{HHA} asked us to approve skilled nursing visits at home, 3 visits a week from {fd(a, 'dash')} "
         f"through {fd(b, 'dash')}. We denied all of these visits.")
    h(d, "Why?", 10.5)
    t(d, "Your blood sugar log and nurse notes show you give your own insulin and check your feet each day. Skilled "
         "nursing at home is not medically necessary when the care can be done by you or a caregiver after "
         "teaching. Rule: TennCare Rule 1200-13-13-.04.")
    what_you_can_do(d, "You must appeal within 60 days from the date of this notice.", 9.0)
    notice = out(d)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[req], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=f["notice"].isoformat(), provider=HHA, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"provider": [NP, "Marlene T. Oakes"]})
    sent = plus(f["notice"], r.randint(5, 9))
    d = Page(serif=True, footer=None)
    d.add_page()
    head(d, HHA, ["2270 Summer Avenue, Memphis, TN 38199", "Phone 1-555-327-6400"], 1)
    d.f(10)
    d.cell(0, 5, fd(sent, "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for ln in (ORG + " Appeals", APPEAL_ADDR):
        d.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    t(d, f"RE: {f['member']}   TennCare ID {f['mid']}   Your tracking number {req}", 10, "B")
    t(d, "To the appeals reviewer:", 10)
    t(d, f"I am writing in support of my patient's appeal. {f['member'].split()[0]} has had two foot ulcers this "
         "year and lives alone. Her vision has worsened and she cannot see the insulin pen markings reliably. "
         f"Skilled nursing three times a week from {fd(a, 'long')} through {fd(b, 'long')} is needed to check the "
         "wounds, fill the pens and teach her niece, who will take over.", 10)
    t(d, "Please call me if you need the wound photographs or the eye clinic note.", 10)
    t(d, f"Sincerely,\n\n{NP}\n{HHA}  NPI {f['npi']}", 10)
    letter = out(d)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[req],
               service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=sent.isoformat(), provider=NP,
               unscored=["insurer"], alternates={"provider": ["Marlene T. Oakes", HHA]})
    cov = cover_pdf(f"{HHA} intake", f"{ORG} Appeals", "1-555-327-6401", "1-555-740-2218", fd(sent, "slash"), 4,
                    "Appeal for our patient: your notice and our letter of support.")
    return [(notice, t1), (letter, t2)], [cov, None]


def doc_statement_copy(r):
    f = base(r, 3)
    start = dt.date(f["notice"].year, 1, 1) if f["notice"].month > 3 else dt.date(f["notice"].year - 1, 10, 1)
    end = plus(f["notice"], -r.randint(5, 12))
    rows, denied = [], None
    specs = [("Office visit, level 3 (99213)", "Caney Fork Family Clinic", 168.0, 71.32),
             ("Chiropractic manip., 3-4 regions (98941)", "Rock Island Chiropractic", 95.0, 0.0),
             ("Lab: lipid panel (80061)", "Volunteer Reference Lab", 64.5, 18.11),
             ("Eye exam, diabetic (92014)", "Cookeville Vision Assoc.", 210.0, 96.4)]
    dates = sorted(plus(start, r.randint(3, (end - start).days - 3)) for _ in specs)
    for (svc, prov, billed, paid), dos in zip(specs, dates):
        cn = digs(r, 12)
        note = "Paid" if paid else "Not covered (A)"
        rows.append([fd(dos, "short"), cn, svc, prov, money(billed), money(paid), note])
        if not paid:
            denied = (cn, dos, billed, prov)
    d = Page(footer="Page {n} of {nb}", footer_left="Member Health Care Statement MHS-Q")
    d.add_page()
    head(d, ORG, ORG_LINES + [f"Member Services {f['phone']}"], 1)
    d.f(12.5, "B")
    d.cell(0, 6.5, "Your Health Care Statement", new_x="LMARGIN", new_y="NEXT")
    d.f(9)
    d.cell(0, 4.5, "This is not a bill. It lists care TennCare paid for, or did not pay for, through your plan.",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    kv(d, [("Statement date", fd(f["notice"], "slash")), ("Member", f["member"]), ("TennCare ID", f["mid"]),
           ("Claims processed", f"{fd(start, 'slash')} to {fd(end, 'slash')}")], lw=38, size=9.3)
    d.ln(3)
    d.table(["Date of service", "Claim number", "Service", "Provider", "Billed", "Plan paid", "Status"], rows,
            [16, 24, 48, 42, 15, 15, 20], size=6.9, row_h=5.4)
    t(d, "Note A: Chiropractic care is not a covered TennCare benefit for members age 21 and older (TennCare Rule "
         "1200-13-13-.10, non-covered services). The provider may bill you only if you agreed in writing before the "
         "visit.", 8.8)
    t(d, "If you think we made a mistake on a claim marked 'Not covered', you can appeal. You must appeal within 60 "
         f"days of the date of this statement. Call Member Services at {f['phone']} or use the TennCare Medical "
         "Appeal Form. Report fraud: 1-555-433-3982.", 8.8)
    cn, dos, billed, prov = denied
    tr = truth("eob", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[cn],
               claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
               provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat())
    return out(d), tr


def doc_appeal_decision_photo(r, knee):
    f = base(r, 4)
    f.update(member=knee["member"], mid=knee["mid"])
    dec = plus(knee["notice"], r.randint(24, 29))
    got = plus(knee["notice"], r.randint(6, 10))
    appeal = "A" + digs(r, 7)
    d = Page(serif=True, footer=None)
    d.add_page()
    head(d, ORG, ORG_LINES, 0)
    d.f(10)
    d.cell(0, 5, fd(dec, "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    t(d, f"Dear {knee['member']}:", 10.2)
    t(d, f"On {fd(got, 'long')} we got your appeal of our letter dated {fd(knee['notice'], 'long')}, which denied "
         f"knee arthroscopy asked for by {KNEE_DOC}. Your appeal number is {appeal}; the first request was number "
         f"{knee['req']}, and your TennCare ID is {knee['mid']}.", 10.2)
    t(d, "An orthopedic surgeon who was not part of the first decision looked at everything you and your doctor "
         "sent. You have now had three weeks of physical therapy, and the surgeon found that the records still do "
         "not show six weeks of therapy or a knee that locks. So the surgery planned for "
         f"{fd(knee['planned'], 'long')} is still not medically necessary, and we are keeping our decision to "
         "deny it.", 10.2)
    t(d, "This ends our plan's appeal. If you still disagree, you can ask TennCare for a state fair hearing within "
         "120 days of the date of this letter by calling TennCare Solutions at 1-555-878-3192. If your health is in "
         "danger, a fast hearing can be decided within 72 hours. Your doctor may send a new request after you "
         "finish six weeks of therapy.", 10.2)
    t(d, f"Sincerely,\nAppeals Unit, {ORG}", 10.2)
    tr = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=knee["mid"], member_name=knee["member"],
               case_numbers=[appeal, knee["req"]], service_dates=[knee["planned"].isoformat()],
               denial_date=dec.isoformat(), provider=KNEE_DOC, appeal_deadline=None,
               alternates={"provider": [KNEE_DOC_BARE, ORTHO]})
    return out(d), tr


def doc_sleep_approval_rotated(r):
    f = base(r, 5)
    auth = digs(r, 10)
    a = plus(f["notice"], r.randint(10, 20))
    b = plus(a, 89)
    d = Page(footer=None, footer_left=f"{ORG}  NAMS-1")
    d.add_page()
    head(d, ORG, ORG_LINES + [f"Member Services {f['phone']}"], 2)
    d.f(12.5, "B")
    d.cell(0, 6.5, "Notice of Approved Medical Service", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.boxed_pairs([("Letter date", fd(f["notice"], "dmy")), ("Member name", f["member"]), ("TennCare ID", f["mid"]),
                   ("Approval number", auth), ("Service", "Attended sleep study, polysomnography (CPT 95810)"),
                   ("Approved for", f"{fd(a, 'dmy')} through {fd(b, 'dmy')}"), ("Provider", SLEEP),
                   ("Ordered by", "Dr. Wendell O. Matheny")], label_w=48)
    t(d, "Good news: we approved this service. Please schedule it with the provider during the dates above. This "
         "approval does not promise payment if you lose TennCare before the service.", 9.8)
    t(d, "You do not need to do anything else. Questions? Call us. Date of birth on file: "
         f"{fd(f['dob'], 'dmy')}.", 9.8)
    tr = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
               service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(), provider=SLEEP,
               alternates={"provider": ["Dr. Wendell O. Matheny", "Wendell O. Matheny"], "case_numbers": [[]]})
    return out(d), tr


def doc_oon_lowres(r):
    f = base(r, 6)
    req = "R-" + digs(r, 6) + "-" + digs(r, 2)
    planned = plus(f["notice"], r.randint(9, 18))
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    head(d, ORG, ORG_LINES + [f"Member Services {f['phone']}"], 0)
    d.f(12.5, "B")
    d.cell(0, 6.5, "NOTICE OF DENIED MEDICAL SERVICE", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    kv(d, [("DATE:", fd(f["notice"], "dmon")), ("FOR:", f["member"]), ("TENNCARE ID:", f["mid"]),
           ("REQUEST NO.:", req), ("CHILD'S BIRTH DATE:", fd(f["dob"], "dmon"))], lw=48, size=9.3)
    d.ln(2)
    d.table(["Service asked for", "Provider", "Network?", "Date", "Decision"],
            [["New patient neurology visit (99204)", NEURO_PRAC, "No", fd(planned, "dmon"), "DENIED"]],
            [58, 52, 18, 26, 20], size=8.2)
    h(d, "Why?", 10.5)
    t(d, f"{NEURO} at {NEURO_PRAC} is not in our network. We cover care from doctors outside our network only "
         "when no network doctor can give the care. We have three pediatric neurologists in our network within 45 "
         "miles of your home who can see your child within 30 days. Call us and we will help make the appointment.")
    what_you_can_do(d, "You must appeal within 60 days from the date of this notice.", 9.0)
    tr = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[req], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=NEURO, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"provider": ["Ivo Castellanos-Reyes", NEURO_PRAC]})
    return out(d), tr


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    knee_pdf, knee_t, knee = doc_knee_bd(r(0))
    docs, seps = stack_home_nursing(r(2))
    return [
        Item(f"{FAMILY}_bd_knee_arthroscopy_with_form", "born_digital", [(knee_pdf, knee_t)]),
        Item(f"{FAMILY}_scan300_mri_claim_no_prior_approval", "scan_clean_300", [doc_mri_claim_scan(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_home_nursing_and_support_letter", "fax_standard_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_copy_member_statement_chiro_not_covered", "photocopy", [doc_statement_copy(r(3))]),
        Item(f"{FAMILY}_photo_appeal_decision_upheld_prose", "phone_photo", [doc_appeal_decision_photo(r(4), knee)]),
        Item(f"{FAMILY}_rotated_sleep_study_approved", "rotated", [doc_sleep_approval_rotated(r(5))]),
        Item(f"{FAMILY}_lowres_out_of_network_neurologist", "scan_lowres_150", [doc_oon_lowres(r(6))]),
    ]
