"""Family 'below_knee_amputation_microprocessor_prosthetic_foot_denial': an invented commercial plan refuses a
microprocessor ankle-foot prosthesis (HCPCS L5973) after a below-knee amputation because the member is judged at
functional level K2, not K3, and approves a basic flexible-keel foot (L5972) instead; later appeals.

Documents: a born-digital two-page precertification determination (white-on-dark band, label column, a line table
with a header wrapping over two lines, running header, two-column rights); a fine-fax stack of a cover, the
prosthetist's letter of medical necessity and the plan's letter to the prosthetist after a peer-to-peer talk told in
sentences (both with a fax header line); a phone photo of the O&P supplier's patient statement for the basic
prosthesis (denies nothing); a photocopied EOB with three claims, the prosthesis claim's L5973 line denied; a 150 dpi
letter approving the foot on second-level appeal, told in sentences (denies nothing); a sideways first-level appeal
decision upholding the refusal (boxed label grid); the physiatrist's scanned letter to the plan supporting the appeal.
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, amputation date, request-received dates, medical policy
number, 4-month external review and 72-hour limits, other claims' numbers, the approved basic foot's code.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddc_famdcd import KPage, addr, band, fd, lv, paras, pat, ph, plus, sidebar, two_columns
from public_kit import m2, money, out, truth

FAMILY = "below_knee_amputation_microprocessor_prosthetic_foot_denial"
LANG = "en"
SEED = 350203
ORG = "Cardinal Summit Health Insurance Company"
ORG_SHORT = "Cardinal Summit Health"
ORG_ADDR = "PO Box 88214, Harrisburg, PA 17199"
SUPPLIER = "Ridgeline Orthotics & Prosthetics"
SUP_ADDR = "2207 Conodoguinet Pike, Carlisle, PA 17099"
CPO = "Owen T. Marchbanks, CPO"
CPO_BARE = "Owen T. Marchbanks"
PMR = "Dr. Renata S. Okafor"
PMR_BARE = "Renata S. Okafor"
PMR_CLINIC = "Susquehanna Rehabilitation Medicine"
POLICY = "Medical Policy DME-4417 (Lower Limb Prostheses)"
_R = random.Random(SEED)
MEMBERS = _R.sample(["Gordon P. Yoder", "Sheila M. Brandt", "Vernon L. Kauffman", "Denise R. Hostetler",
                     "Raymond J. Zook", "Patricia A. Musselman", "Elwood C. Stauffer", "Janelle K. Showalter",
                     "Terrence B. Gingrich"], 8)
MPK = ("L5973", "Endoskeletal ankle-foot system, microprocessor control, swing and stance")
KEEL = ("L5972", "Flexible keel foot (SAFE, STEN or equal)")


def base(r, k):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], mid="CSH" + pat(r, "999999999"), grp=pat(r, "0099999"),
                phone=ph(r), dob=dt.date(r.randint(1951, 1990), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"), amp=dt.date(2025, r.randint(3, 9), r.randint(1, 28)),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Orchard Ridge Road', 'Hanover Street', 'Mill Race Lane'])}",
                      r.choice(["Shippensburg, PA 17257", "Lebanon, PA 17042", "Chambersburg, PA 17201"])])


def doc_precert_bd(r):
    f = base(r, 0)
    pa = "PC-" + pat(r, "99999999")
    got, fit = plus(f["notice"], -r.randint(4, 9)), plus(f["notice"], r.randint(12, 20))
    d = KPage(footer="Page {n} of {nb}", footer_left=f"{ORG}  |  Utilization Management",
              run_head=f"{f['member']}  |  Member ID {f['mid']}  |  Precertification {pa}")
    d.add_page()
    band(d, ORG_SHORT, [ORG, ORG_ADDR, f"Member Services {f['phone']}  (TTY 711)"])
    lv(d, [("Date", fd(f["notice"], "long")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group number", f["grp"]), ("Date of birth", fd(f["dob"], "slash")), ("Precertification no.", pa),
           ("Requesting provider", SUPPLIER), ("Prescribing physician", PMR), ("Request received", fd(got, "long"))],
       w=48)
    d.line("Precertification Determination: Lower Limb Prosthesis", 12, "B")
    d.ln(2)
    paras(d, [
        f"Dear {f['member']}:",
        f"{SUPPLIER} asked us to approve a right below-knee prosthesis for you, to be fitted on "
        f"{fd(fit, 'long')}. We reviewed each part of the request. Our decision on each item is below."])
    d.table(["HCPCS code", "Item requested", "Quantity", "Decision", "Reason code"],
            [["L5301", "Below knee, molded socket, endoskeletal system", "1", "Approved", "-"],
             ["L5673", "Socket insert, silicone gel, locking", "2", "Approved", "-"],
             [MPK[0], "Microprocessor ankle-foot system", "1", "Denied", "MN-K2"],
             [KEEL[0], "Flexible keel foot (in place of L5973)", "1", "Approved", "-"]],
            [24, 86, 18, 24, 22], size=8.5)
    paras(d, [
        "#Why we denied the microprocessor ankle-foot",
        f"Under {POLICY}, a microprocessor ankle-foot is medically necessary for a member at functional level K3 "
        "or higher, which means the ability to walk at varying speeds in the community and to cross most "
        "obstacles. The physical therapy and prosthetist notes describe walking with a cane at one steady speed, "
        "inside the home and for short distances outside, which is functional level K2. For level K2 a flexible "
        "keel foot meets your needs. The microprocessor ankle-foot is not medically necessary for you at this time.",
        "Your physician may ask to talk with our medical director about this decision by calling "
        "1-555-418-2270."])
    two_columns(d, [
        "#Your right to appeal",
        "You may appeal this decision. Your appeal must be filed within 180 days of the date of this letter. Send "
        f"it in writing to {ORG} Appeals, {ORG_ADDR}, or call Member Services. You may send written comments, "
        "records and other information with your appeal.",
        "#Urgent appeals",
        "If waiting would seriously jeopardize your life, health or ability to regain maximum function, ask for "
        "an urgent appeal. We will decide within 72 hours."], [
        "#Your right to your records",
        "You may ask for free copies of all documents relevant to your claim, including the medical policy and "
        "the clinical criteria we used.",
        "#External review",
        "After our final appeal decision, you may ask for an external review by an independent review "
        "organization within 4 months of that decision. If your plan is governed by ERISA, you may also have the "
        "right to bring a civil action under section 502(a)."], size=8.8)
    paras(d, ["Sincerely,", "Utilization Management, Durable Medical Equipment and Prosthetics", ORG])
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group=f["grp"], member_id=f["mid"],
              member_name=f["member"], cases=[pa], service_dates=[fit.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [PMR, CPO]})
    return out(d), t


def stack_fax(r):
    f = base(r, 1)
    pa = "PC-" + pat(r, "99999999")
    lmn_date = f["notice"]
    fit = plus(lmn_date, r.randint(20, 30))
    dec = plus(lmn_date, r.randint(9, 14))
    s1 = lmn_date.strftime("%m/%d/%y")
    d = KPage(serif=True, footer=None,
              fax_line=f"{s1} 09:52   RIDGELINE O&P CARLISLE   5552414409   >> 15554182299   PAGE {{p}}/2")
    d.add_page()
    band(d, SUPPLIER, [SUP_ADDR, "Phone 1-555-241-4400   Fax 1-555-241-4409"], dark=False, size=13)
    d.line(fd(lmn_date, "dash"), 10)
    d.ln(2)
    addr(d, [f"{ORG} - Prosthetics Precertification", "Fax 1-555-418-2299"])
    d.line("LETTER OF MEDICAL NECESSITY", 11, "B")
    d.ln(1)
    lv(d, [("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Date of birth", fd(f["dob"], "dash")), ("Amputation", f"right transtibial, {fd(f['amp'], 'dash')}"),
           ("Items", f"{MPK[0]} {MPK[1]}; L5301; L5673")], w=34, size=9.6)
    paras(d, [
        "I have followed this patient since the amputation. He is now walking in his first prosthesis without an "
        "assistive device at home and with a single cane outdoors. He works as a warehouse inventory clerk and must "
        "walk on ramps, loading docks and uneven gravel. In clinic he changes speed on request and steps over a "
        "curb without help. In my judgment he is a functional level K3 ambulator.",
        "A microprocessor ankle-foot adapts to slopes and uneven ground and will lower his risk of falls at work. "
        f"We ask that you approve it so that we can fit the definitive prosthesis on {fd(fit, 'dash')}.",
        "Thank you for your review.", CPO, f"{SUPPLIER}  -  NPI {f['npi']}"], size=10)
    lmn = out(d)
    t1 = truth("other", None, insurer=None, group=f["grp"], member_id=f["mid"], member_name=f["member"],
               denial_date=lmn_date.isoformat(), provider=CPO,
               unscored=["insurer", "appeal_deadline", "service_dates"], alternates={"provider": [SUPPLIER]})
    s2 = dec.strftime("%m/%d/%y")
    d = KPage(footer=None, footer_left=f"{ORG}  -  Provider correspondence",
              fax_line=f"{s2} 16:31   CARDINAL SUMMIT UM   5554182299   >> 15552414409   PAGE {{p}}/1")
    d.add_page()
    band(d, ORG_SHORT, [ORG, "Utilization Management - Prosthetics", ORG_ADDR])
    d.line(fd(dec, "abbr"), 10)
    d.ln(2)
    addr(d, [CPO, SUPPLIER, SUP_ADDR])
    paras(d, [
        f"Dear Mr. Marchbanks:",
        f"Thank you for speaking with our medical director about your patient {f['member']} (member ID "
        f"{f['mid']}). You asked us to approve a microprocessor ankle-foot system, {MPK[0]}, for the fitting you "
        f"planned on {fd(fit, 'abbr')}. Our precertification number for this request is {pa}.",
        "After the call we looked at the letter and the notes again. The notes from physical therapy describe a "
        "steady walking speed and use of a cane outdoors, and no timed walking test at different speeds was sent. "
        "Our medical director still finds that the records support functional level K2, and the request remains "
        f"denied as not medically necessary under {POLICY}. A flexible keel foot, {KEEL[0]}, is approved for the "
        "same fitting.",
        "The member, or you with the member's written consent, may file an appeal within 180 days of the date of "
        "this letter. Sending a standardized functional assessment, such as an AMPPRO score, would help.",
        "Sincerely,", "Physician Reviewer, Utilization Management", ORG], size=10)
    t2 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               cases=[pa], service_dates=[fit.isoformat()], denial_date=dec.isoformat(), provider=CPO,
               appeal_deadline=plus(dec, 180).isoformat(), alternates={"provider": [SUPPLIER, CPO_BARE]})
    return [(lmn, t1), (out(d), t2)]


def doc_statement_photo(r):
    f = base(r, 2)
    dos = plus(f["notice"], -r.randint(20, 40))
    lines = [("L5301", "BK molded socket, endoskeletal", 4850.00), ("L5637", "Total contact socket addition", 980.00),
             ("L5673", "Silicone gel insert, locking (2)", 2900.00), ("L5671", "Locking mechanism", 1120.00),
             (KEEL[0], "Flexible keel foot", 1650.00)]
    total = sum(x[2] for x in lines)
    paid = round(total * 0.62, 2)
    adj = round(total * 0.29, 2)
    bal = round(total - paid - adj, 2)
    d = KPage(footer=None, footer_left=f"{SUPPLIER}  |  Tax ID 25-{pat(r, '9999999')}")
    d.add_page()
    band(d, SUPPLIER, [SUP_ADDR, "Billing questions 1-555-241-4402"])
    d.line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "dmy")), ("Patient", f["member"]), ("Account no.", pat(r, "A-999999")),
           ("Insurance", ORG_SHORT), ("Insurance ID", f["mid"]), ("Prosthetist", CPO)], w=38)
    d.table(["Date of service", "HCPCS", "Description", "Charge"],
            [[fd(dos, "dmy"), c, desc, money(a)] for c, desc, a in lines] +
            [["", "", "Total charges", money(total)], ["", "", "Insurance payment", "-" + money(paid)],
             ["", "", "Contractual adjustment", "-" + money(adj)], ["", "", "Balance due from patient", money(bal)]],
            [30, 22, 86, 36], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    paras(d, [
        f"Your insurance has paid its share of the right below-knee prosthesis delivered on {fd(dos, 'dmy')}. The "
        "balance is your coinsurance. Please pay by the due date or call us to set up a payment plan. Thank you "
        "for choosing us for your care."], size=9.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=SUPPLIER,
              unscored=["insurer", "appeal_deadline"], alternates={"provider": [CPO]})
    return out(d), t


def doc_eob_copy(r):
    f = base(r, 3)
    stmt = f["notice"]
    d1, d2, d3 = plus(stmt, -r.randint(40, 50)), plus(stmt, -r.randint(30, 38)), plus(stmt, -r.randint(18, 26))
    n1, n2, n3 = (pat(r, "26-9999999-99") for _ in range(3))
    pros = [("L5301", 4850.00, 3120.00, "Paid"), ("L5637", 980.00, 610.40, "Paid"), ("L5673", 2900.00, 1840.00, "Paid"),
            (MPK[0], 28400.00, 0.00, "Denied - A1")]
    pros_total = sum(x[1] for x in pros)
    d = KPage(footer="Page {n} of {nb}", footer_left=f"{ORG}  -  Explanation of Benefits")
    d.add_page()
    band(d, ORG_SHORT, ["EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", ORG_ADDR])
    y = d.get_y()
    addr(d, [f["member"].upper(), *[a.upper() for a in f["addr"]]], size=9.5)
    d.set_y(y)
    lv(d, [("Statement date", fd(stmt, "upper")), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Patient", f["member"])], w=30, size=9, x=118)
    d.ln(4)
    d.line("Summary of claims", 10.5, "B")
    d.ln(1)
    d.table(["Claim number", "Provider", "Date(s) of service", "Amount billed", "Plan allowed",
             "Plan paid", "Your share", "Notes"],
            [[n1, PMR_CLINIC, fd(d1, "slash"), money(265.00), money(171.35), money(137.08), money(34.27), "-"],
             [n2, SUPPLIER, fd(d2, "slash"), money(pros_total), money(5570.40), money(4456.32), money(1114.08),
              "See A1"],
             [n3, "Keystone Gait & Balance PT", fd(d3, "slash"), money(412.00), money(236.50), money(206.50),
              money(30.00), "-"]],
            [24, 52, 18, 18, 16, 16, 16, 14], size=7.0, aligns=["L", "L", "L", "R", "R", "R", "R", "L"])
    d.line(f"Claim {n2}  -  {SUPPLIER}  -  line detail", 10, "B")
    d.ln(1)
    d.table(["HCPCS", "Amount billed", "Plan allowed", "Status"],
            [[c, money(b), money(a), s] for c, b, a, s in pros], [26, 36, 36, 40], size=8.4,
            aligns=["L", "R", "R", "L"])
    paras(d, [
        f"A1  The microprocessor ankle-foot ({MPK[0]}) is denied. Under {POLICY} it is covered for functional "
        "level K3 or higher; the records submitted support level K2. The other lines of this claim were paid. "
        "The supplier may not bill you for the denied line unless you agreed in writing before delivery.",
        "#Appeals",
        "If you disagree with how a claim was processed, you may appeal within 180 days of the date of this "
        f"statement. Write to {ORG} Appeals, {ORG_ADDR}, or call {f['phone']}. You may ask for an external review "
        "within 4 months after our final appeal decision."], size=8.8)
    t = truth("eob", "medical_necessity", insurer=ORG, group=f["grp"], member_id=f["mid"], member_name=f["member"],
              cases=[n2], claim_amount=m2(pros_total), service_dates=[d2.isoformat()], denial_date=stmt.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(stmt, 180).isoformat(),
              alternates={"claim_amount": ["28400.00"]})
    return out(d), t


def doc_overturn_lowres(r):
    f = base(r, 4)
    f["notice"] = plus(f["notice"], 60)
    appeal, pa = "AP2-" + pat(r, "9999999"), "PC-" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(18, 26))
    fit = plus(f["notice"], r.randint(10, 18))
    d = KPage(serif=True, footer="Page {n} of {nb}", footer_left=ORG)
    d.add_page()
    band(d, ORG_SHORT, [ORG, "Appeals Department", ORG_ADDR], dark=False)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your second-level appeal on {fd(got, 'long')} and gave it the number {appeal}. Your appeal "
        f"asked us to change our decision on precertification {pa}, which denied a microprocessor ankle-foot "
        "system for your right below-knee prosthesis.",
        "A panel that included a physiatrist and a certified prosthetist, none of whom took part in the earlier "
        f"decisions, reviewed your appeal. The new functional assessment from {PMR} shows a score in the K3 range, "
        "a timed walking test at three different speeds, and your work on ramps and uneven ground. The panel found "
        "that the microprocessor ankle-foot is medically necessary for you.",
        f"We have reversed our decision and approved the microprocessor ankle-foot. {SUPPLIER} may fit it on "
        f"{fd(fit, 'long')} or within 90 days after that date. Your member ID is {f['mid']} and your group number "
        f"is {f['grp']}.",
        "You do not need to do anything else. If you have questions, please call Member Services at "
        f"{f['phone']}.",
        "Sincerely,", "Appeals Department", ORG], size=10.5)
    t = truth("other", None, insurer=ORG, group=f["grp"], member_id=f["mid"], member_name=f["member"],
              cases=[appeal, pa], service_dates=[fit.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SUPPLIER, unscored=["appeal_deadline"],
              alternates={"provider": [PMR], "service_dates": [[]]})
    return out(d), t


def doc_upheld_rot(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 30)
    appeal, pa = "AP1-" + pat(r, "9999999"), "PC-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(30, 45))
    fit = plus(first, r.randint(14, 20))
    d = KPage(footer="Page {n} of {nb}", footer_left=f"{ORG}  -  Appeals")
    d.add_page()
    band(d, ORG_SHORT, [ORG, "Appeals Department", ORG_ADDR, f"Member Services {f['phone']}"])
    d.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Decision date", fd(f["notice"], "iso"), 40), ("Member", f["member"], 62),
             ("Member ID", f["mid"], 42), ("Group", f["grp"], 30)])
    d.boxes([("Appeal number", appeal, 40), ("Precertification", pa, 62), ("Date of birth", fd(f["dob"], "iso"), 42),
             ("Decision", "UPHELD", 30)])
    d.boxes([("Service under appeal", f"{MPK[0]} microprocessor ankle-foot, planned fitting {fd(fit, 'iso')}", 132),
             ("Requested by", "Ridgeline O&P", 42)])
    d.ln(4)
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished our review of your appeal of our decision dated {fd(first, 'iso')}. A physician "
        "board certified in physical medicine and rehabilitation, who was not involved in the first decision, "
        "reviewed your records.",
        "#Decision and reason",
        "The denial is upheld. The records describe walking with a cane at a single speed and for limited "
        f"distances, which is functional level K2. {POLICY} covers a microprocessor ankle-foot at level K3 or "
        f"higher. The flexible keel foot ({KEEL[0]}) that we approved remains approved.",
        "#What you can do next",
        "You may request a second-level appeal within 60 days of the date of this letter. A new standardized "
        "functional assessment would help the reviewers. After the second-level appeal you may ask for an "
        "external review within 4 months. You may ask for free copies of the documents and criteria used."],
        size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group=f["grp"], member_id=f["mid"],
              member_name=f["member"], cases=[appeal, pa], service_dates=[fit.isoformat()],
              denial_date=f["notice"].isoformat(), provider="Ridgeline O&P",
              appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [SUPPLIER]})
    return out(d), t


def doc_physiatrist_scan(r):
    f = base(r, 6)
    appeal = "AP1-" + pat(r, "9999999")
    d = KPage(footer=None, footer_left=f"{PMR_CLINIC}  -  1-555-737-9120")
    d.add_page()
    band(d, PMR_CLINIC, ["Amputee and Limb Loss Clinic", "96 Front Street, Harrisburg, PA 17099"], dark=False,
         size=13)
    d.line(fd(f["notice"], "abbr"), 10)
    d.ln(2)
    addr(d, [f"{ORG} Appeals", ORG_ADDR])
    y0, _ = sidebar(d, [("Patient", f["member"]), ("Member ID", f["mid"]), ("Appeal no.", appeal),
                        ("DOB", fd(f["dob"], "abbr")), ("NPI", f["npi"])], width=48)
    d.set_left_margin(72)
    d.set_xy(72, y0)
    paras(d, [
        "To the appeal reviewers:",
        f"I am the physiatrist for {f['member']}, who had a right below-knee amputation on "
        f"{fd(f['amp'], 'abbr')}. I write in support of the appeal for a microprocessor ankle-foot.",
        "On my examination this month the patient scored 41 on the Amputee Mobility Predictor with prosthesis "
        "(AMPPRO), which is in the K3 range, and completed a 10-meter walk test at slow, normal and fast speeds, "
        "and a timed up-and-go of 9.8 seconds without an assistive device. The patient climbs stairs step over "
        "step and walks on the ramps and gravel at work.",
        "The earlier notes describing a cane were written in the first weeks after delivery of the first "
        "prosthesis. They no longer describe the patient's function. In my opinion the patient is a K3 ambulator and the "
        "microprocessor ankle-foot is medically necessary.",
        "Sincerely,", PMR + ", MD", "Physical Medicine and Rehabilitation"], size=9.8)
    d.set_left_margin(18)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], cases=[appeal],
              denial_date=f["notice"].isoformat(), provider=PMR,
              unscored=["insurer", "appeal_deadline", "service_dates"],
              alternates={"provider": [PMR_BARE, PMR_CLINIC], "case_numbers": [[]]})
    return out(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_precert_two_page_k2", "born_digital", [doc_precert_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_lmn_and_peer_to_peer_letter", "fax_fine_g4", stack_fax(r(1)),
             separators=["cover", None]),
        Item(f"{FAMILY}_photo_supplier_patient_statement", "phone_photo", [doc_statement_photo(r(2))]),
        Item(f"{FAMILY}_copy_eob_three_claims_mpk_line_denied", "photocopy", [doc_eob_copy(r(3))]),
        Item(f"{FAMILY}_lowres_second_appeal_approved_prose", "scan_lowres_150", [doc_overturn_lowres(r(4))]),
        Item(f"{FAMILY}_rotated_first_appeal_upheld_boxes", "rotated", [doc_upheld_rot(r(5))]),
        Item(f"{FAMILY}_scan300_physiatrist_letter_to_plan", "scan_clean_300", [doc_physiatrist_scan(r(6))]),
    ]
