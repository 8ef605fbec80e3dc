"""Family 'cardiac_stress_echo_same_day_bundling_coding_denial': a hospital outpatient department bills a stress
echocardiogram (93351) and a complete resting transthoracic echo (93306) on the same day; the invented plan refuses
the 93306 line as bundled/inclusive to 93351 (NCCI edit); member EOB with several claims, member letter, provider
remittance with several patients, provider claim notice, hospital statement, a corrected claim paid.
All issuers, people, IDs, phone numbers and amounts are invented.
Decoys: DOB, NPIs, tax ID, patient account numbers, received dates, processing periods, 72-hour and external-review
limits, 365-day corrected-claim limits, other claims and other patients.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, days, fdate, iso, m2, mixed, money, npi, person, tollfree, usd, phone

FAMILY = "cardiac_stress_echo_same_day_bundling_coding_denial"
LANG = "en"
SEED = 336200
PLAN = ("Thornbury Mutual Health", "Claims Department, PO Box 30917, Ribnica Falls, ID 83871")
HOSP = "Calloway Ridge Medical Center"
CARD = "Dr. Anneliese R. Vukovich"
CARD_T = "Anneliese R. Vukovich"


def header(d, name, sub, addr, ph):
    d.text_line(name, 15, "B")
    d.text_line(sub, 9)
    d.text_line(f"{addr}  |  {ph}", 8.5)
    d.rule(0.6, 3)


def kv(d, rows, w=50, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d, who, addr, date_s=None):
    if date_s:
        d.text_line(date_s, 10.5)
        d.ln(3)
    for ln in (who, *addr):
        d.text_line(ln, 10.5)
    d.ln(4)


def member_eob(r):
    """Member EOB: three claims; the hospital's 93306 claim refused as inclusive to 93351."""
    m, a = person(r), address(r)
    stmt = dt.date(2026, 3, 4)
    dos = days(stmt, -29)
    mid, grp = mixed(r, "TMH-999999999"), mixed(r, "99999")
    c1, c2, c3 = mixed(r, "26999999999"), mixed(r, "26999999999"), mixed(r, "26999999999")
    b1, b2, b3 = money(r, 180, 320), money(r, 1700, 2600), money(r, 1300, 2100)
    d = Doc("Helvetica", footer="TMH-EOB-3 (2025)  This is not a bill.  page {p} of {n}")
    d.add_page()
    header(d, PLAN[0], "Explanation of Benefits", PLAN[1], tollfree(r))
    addressee(d, m[0].upper(), [x.upper() for x in a])
    kv(d, [("Statement date", fdate(stmt, "slash")), ("Member ID", mid), ("Group number", grp),
           ("Claims received", f"{fdate(days(stmt, -35), 'slash')} through {fdate(days(stmt, -5), 'slash')}")], w=44)
    d.table(["Claim / provider / date", "Service", "Billed", "Allowed", "Plan paid", "Note"], [
        [f"*{c1}  {CARD}", "", "", "", "", ""],
        [fdate(days(dos, -9), "slash"), "99204 New patient visit", usd(b1), usd(round(b1 * .6, 2)), usd(round(b1 * .48, 2)), ""],
        [f"*{c2}  {HOSP}", "", "", "", "", ""],
        [fdate(dos, "slash"), "93351 Stress echo w/ ECG", usd(b2), usd(round(b2 * .55, 2)), usd(round(b2 * .44, 2)), ""],
        [f"*{c3}  {HOSP}", "", "", "", "", ""],
        [fdate(dos, "slash"), "93306 TTE complete w/ Doppler", usd(b3), "$0.00", "$0.00", "B7"],
    ], [58, 52, 20, 20, 20, 12], aligns="LLRRRC", size=8)
    d.para("B7 - This service is included in another service performed on the same day (93306 is bundled into "
           "93351 under the national correct coding edits). The provider may not bill you for this amount.", 9)
    d.para("You may appeal within 180 days from the date of this statement. For urgent situations an expedited "
           "review is completed within 72 hours.", 9)
    t = truth("eob", "coding_error", insurer=PLAN[0], member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[c3], claim_amount=m2(b3), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=HOSP, appeal_deadline=iso(days(stmt, 180)))
    return pdf_bytes(d), t


def member_letter(r):
    m, a = person(r), address(r)
    notice = dt.date(2026, 3, 18)
    dos = days(notice, -34)
    claim, ref, mid = mixed(r, "26999999999"), mixed(r, "UM-999999"), mixed(r, "TMH-999999999")
    ch = money(r, 1300, 2100)
    d = Doc("Times", footer="page {p} of {n}")
    d.add_page()
    header(d, PLAN[0], "Member Services", PLAN[1], tollfree(r))
    addressee(d, m[0], a, fdate(notice, "long"))
    d.text_line("Claim denial notice", 13, "B")
    kv(d, [("Patient", m[0]), ("Member ID", mid), ("Date of birth", fdate(dt.date(r.randint(1950, 1975), 6, 11), "long")),
           ("Claim number", claim), ("Reference", ref), ("Facility", f"{HOSP}, NPI {npi(r)}"),
           ("Ordering physician", CARD), ("Date of service", fdate(dos, "long")), ("Charges", usd(ch))])
    d.para("Your claim for a complete transthoracic echocardiogram (CPT 93306) was denied. On the same day the "
           "hospital also billed a stress echocardiogram (CPT 93351). The resting images are part of the stress "
           "echo, so the two codes may not be billed together. This is a coding decision: the stress echo was paid. "
           "The hospital may send a corrected claim.")
    d.para("If you disagree, you or your representative may appeal within 180 days of the date of this letter. "
           "You may also ask for an external review after our decision.", 10)
    t = truth("denial_letter", "coding_error", insurer=PLAN[0], member_id=mid, member_name=m[0],
              case_numbers=[claim, ref], claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=CARD_T, appeal_deadline=iso(days(notice, 180)),
              alternates={"case_numbers": [[claim]], "provider": [HOSP]})
    return pdf_bytes(d), t


def remittance(r):
    """Provider remittance advice to the hospital: three patients, ours with 93306 CO-97."""
    ra = dt.date(2026, 4, 6)
    pts = [person(r) for _ in range(3)]
    ours = 1
    rows, truth_v = [], None
    for i, p in enumerate(pts):
        icn, mid = mixed(r, "26999999999"), mixed(r, "TMH-999999999")
        dos = days(ra, -r.randint(20, 40))
        if i == ours:
            b = money(r, 1300, 2100)
            rows.append([f"{p[3].upper()}, {p[1].upper()} {p[2]}", mid, icn, fdate(dos, "dmy"), "93306",
                         usd(b, "nosign"), "0.00", "CO-97"])
            truth_v = (p, mid, icn, dos, b)
        else:
            b = money(r, 400, 1900)
            rows.append([f"{p[3].upper()}, {p[1].upper()} {p[2]}", mid, icn, fdate(dos, "dmy"),
                         r.choice(["93350", "93000", "93017"]), usd(b, "nosign"), usd(round(b * .5, 2), "nosign"), "CO-45"])
    d = Doc("Courier", orientation="L")
    d.add_page()
    d.text_line(PLAN[0].upper() + "  -  PROVIDER REMITTANCE ADVICE", 12, "B")
    d.text_line(f"RA DATE {fdate(ra, 'dmy')}   RA NO {mixed(r, '9999999')}   PAYEE {HOSP.upper()}   NPI {npi(r)}   "
                f"TIN {mixed(r, '99-9999999')}", 8.5)
    d.rule(0.4, 3)
    d.table(["PATIENT", "MEMBER ID", "CLAIM NO", "DOS", "CPT", "BILLED", "PAID", "CARC"], rows,
            [58, 38, 36, 30, 18, 28, 26, 20], aligns="LLLLLRRL", size=8)
    d.para("CO-97: The benefit for this service is included in the payment for another service/procedure that has "
           "already been adjudicated (93306 with 93351, same date). CO-45: charge exceeds fee schedule.", 8.5)
    d.para("Reconsideration requests must be received within 90 days of the date of this remittance. Corrected "
           "claims: 365 days from the date of service.", 8.5)
    p, mid, icn, dos, b = truth_v
    t = truth("eob", "coding_error", insurer=PLAN[0], member_id=mid, member_name=p[0], case_numbers=[icn],
              claim_amount=m2(b), service_dates=[iso(dos)], denial_date=iso(ra), provider=HOSP,
              appeal_deadline=iso(days(ra, 90)), alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def provider_notice(r):
    """Fax: upper-case claim notice to the hospital billing office."""
    m = person(r)
    notice = dt.date(2026, 4, 22)
    dos = days(notice, -30)
    claim, mid, acct = mixed(r, "26999999999"), mixed(r, "TMH-999999999"), mixed(r, "PA99999999")
    ch = money(r, 1300, 2100)
    d = Doc("Courier")
    d.add_page()
    d.text_line(f"{PLAN[0].upper()} - PROVIDER SERVICES", 12, "B")
    d.text_line("CLAIM DETERMINATION NOTICE", 11, "B")
    d.rule(0.4, 3)
    kv(d, [("TO:", f"{HOSP.upper()} - PATIENT FINANCIAL SERVICES"), ("DATE:", fdate(notice, "upper")),
           ("PATIENT:", f"{m[3].upper()}, {m[1].upper()} {m[2]}"), ("MEMBER ID:", mid), ("CLAIM NO:", claim),
           ("PATIENT ACCT:", acct), ("RECEIVED:", fdate(days(notice, -14), "upper")),
           ("DOS:", fdate(dos, "upper")), ("BILLED:", usd(ch))], w=40, size=9.5)
    d.para("LINE 2 REV 0483 CPT 93306 DENIED. NCCI PROCEDURE-TO-PROCEDURE EDIT: 93306 IS A COMPONENT OF 93351 BILLED "
           "ON THE SAME DATE. MODIFIER 59/XU NOT SUPPORTED. CARC CO-97, RARC M80.", 9.5)
    d.para("YOU MAY REQUEST RECONSIDERATION WITHIN 60 DAYS OF THE DATE OF THIS NOTICE OR SUBMIT A CORRECTED CLAIM "
           "(FREQUENCY CODE 7) WITHIN 365 DAYS OF THE DATE OF SERVICE.", 9.5)
    t = truth("eob", "coding_error", insurer=PLAN[0], member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(notice), provider=HOSP,
              appeal_deadline=iso(days(notice, 60)), type_alternates=["denial_letter"])
    return pdf_bytes(d), t


def corrected_paid(r, low=False):
    """Corrected claim (frequency 7) paid: EOB showing 93351 on the replacement claim."""
    m, a = person(r), address(r)
    stmt = dt.date(2026, 5, 27) if not low else dt.date(2026, 6, 3)
    dos = days(stmt, -70)
    claim, orig, mid = mixed(r, "26999999999"), mixed(r, "26999999999"), mixed(r, "TMH-999999999")
    b = money(r, 1700, 2600)
    allowed = round(b * .55, 2)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("thornbury mutual health", 15, "B")
    d.text_line("explanation of benefits - corrected claim", 9)
    d.rule(0.5, 3)
    kv(d, [("Issued", fdate(stmt, "iso")), ("Patient", m[0]), ("Member no.", mid), ("Claim", claim),
           ("Replaces claim", orig), ("Provider", HOSP)], w=36)
    d.table(["Service date", "Code", "Billed", "Allowed", "Paid", "You owe"],
            [[fdate(stmt if False else dos, "iso"), "93351", usd(b), usd(allowed), usd(round(allowed * .8, 2)),
              usd(round(allowed * .2, 2))]], [30, 20, 30, 30, 30, 30], aligns="LLRRRR")
    d.para("The hospital sent a corrected claim billing only the stress echocardiogram. The claim is paid. "
           "Your share is your coinsurance.", 9.5)
    t = truth("eob", None, insurer=PLAN[0], member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(b), service_dates=[iso(dos)], denial_date=iso(stmt), provider=HOSP,
              alternates={"case_numbers": [[claim, orig]], "insurer": ["thornbury mutual health"]},
              type_alternates=["other"])
    return pdf_bytes(d), t


def statement(r):
    """Hospital patient statement: the 93306 line adjusted off after the plan's bundling denial."""
    m, a = person(r), address(r)
    sd = dt.date(2026, 4, 30)
    dos = days(sd, -50)
    acct = mixed(r, "99999999")
    b1, b2 = money(r, 1700, 2600), money(r, 1300, 2100)
    due = money(r, 120, 380)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(HOSP, 15, "B")
    d.text_line(f"Patient Financial Services  |  {phone(r)}", 9)
    d.rule(0.5, 3)
    d.boxes([("Statement date", fdate(sd, "abbr"), 45), ("Account number", acct, 45), ("Amount due", usd(due), 45)])
    d.ln(3)
    d.text_line(f"Patient: {m[0]}", 10.5)
    d.text_line(f"Insurance: {PLAN[0]}  ID {mixed(r, 'TMH-999999999')}", 9.5)
    d.ln(2)
    d.table(["Date", "Description", "Charges", "Insurance", "Adjust"],
            [[fdate(dos, "abbr"), "93351 Stress echocardiogram", usd(b1), "-" + usd(round(b1 * .44, 2)), ""],
             [fdate(dos, "abbr"), "93306 Echo complete - denied, bundled", usd(b2), "$0.00", "-" + usd(b2)]],
            [28, 74, 26, 26, 26], aligns="LLRRR")
    d.para("Your insurance denied the resting echo as included in the stress echo. We have written off that charge; "
           "you are not billed for it. The amount due is your coinsurance.", 9.5)
    t = truth("other", None, member_name=m[0], claim_amount=m2(due), service_dates=[iso(dos)], denial_date=iso(sd),
              provider=HOSP, unscored=["insurer", "member_id"],
              alternates={"claim_amount": [m2(round(b1 + b2, 2)), None], "denial_date": [None]})
    return pdf_bytes(d), t


def prose(r):
    """Plan letter to the member with every fact in sentences (rotated)."""
    m, a = person(r), address(r)
    notice = dt.date(2026, 6, 15)
    dos = days(notice, -45)
    claim, mid = mixed(r, "26999999999"), mixed(r, "TMH-999999999")
    ch = money(r, 1300, 2100)
    d = Doc("Times")
    d.add_page()
    header(d, PLAN[0], "Member Appeals", PLAN[1], tollfree(r))
    d.text_line(fdate(notice, "dlong"), 10.5)
    d.ln(3)
    d.para(f"Dear {m[0]},")
    d.para(f"We reviewed claim {claim} for the echocardiogram you had at {HOSP} on {fdate(dos, 'dlong')}. "
           f"The hospital billed {usd(ch)} for a resting echo (93306) on the same day as your stress echo (93351). "
           "Because the resting echo is included in the stress test, we did not pay the resting echo separately. "
           f"Your member ID is {mid}.")
    d.para("You can ask us to review this decision. Your request must be made within 180 days of the date of this "
           "letter. You may also ask for an external review within four months after a final decision.")
    d.para("Sincerely,\nMember Appeals")
    t = truth("denial_letter", "coding_error", insurer=PLAN[0], member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(notice), provider=HOSP,
              appeal_deadline=iso(days(notice, 180)))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_member_eob_three_claims", "born_digital", [member_eob(R(0))]),
        Item(f"{FAMILY}_scan300_member_letter", "scan_clean_300", [member_letter(R(1))]),
        Item(f"{FAMILY}_copy_remittance_three_patients", "photocopy", [remittance(R(2))]),
        Item(f"{FAMILY}_faxfine_stack_notice_corrected_paid", "fax_fine_g4",
             [provider_notice(R(3)), corrected_paid(R(4))], separators=["cover", "duplex"]),
        Item(f"{FAMILY}_phone_hospital_statement", "phone_photo", [statement(R(5))]),
        Item(f"{FAMILY}_rot_prose_letter", "rotated", [prose(R(6))]),
        Item(f"{FAMILY}_lowres_corrected_claim_paid", "scan_lowres_150", [corrected_paid(R(7), low=True)]),
    ]
