"""Family 'nuclear_cardiac_stress_test_rbm_denial': radiology benefit manager (RBM) reviews of SPECT myocardial
perfusion imaging (78452, with the radiotracer A9500/A9502 and the stress portion 93015/93017) for commercial,
Medicare Advantage and Medicaid managed-care members.

Cases: a pre-service denial on the health plan's letterhead (reviewed by its imaging benefit manager) suggesting a
stress echocardiogram (93350) first, with a peer-to-peer offer to the ordering cardiologist; a Medicare Advantage
notice of denial of medical coverage (a repeat study within a year, regadenoson stress); a commercial EOB from the
imaging center's claim denied because no RBM authorization was obtained; the RBM's letter to the ordering
cardiologist after a peer-to-peer conversation upholding its denial; a fax stack (cover sheet, the RBM's denial on
its own letterhead, then its approval after the peer-to-peer); a Medicare Advantage claim summary photographed by
phone (repeat study without new symptoms); a Medicaid managed-care notice of adverse benefit determination fed
sideways (stress echo suggested).

Layouts are invented, modelled loosely on RBM pre-service letters, CMS-10003-style notices, commercial EOBs and
Medicaid managed-care notices. All values invented: people, plans, benefit managers, imaging centers, addresses,
IDs and amounts (1-555 phone numbers). Decoys: the imaging center vs the ordering cardiologist, the RBM vs the plan,
the reviewing physician, NPIs, dates of birth, request received dates, the prior study's date, the peer-to-peer
call date, the expedited 72-hour and fair-hearing limits, patient account numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "nuclear_cardiac_stress_test_rbm_denial"
LANG = "en"
SEED = 257500

FIRST = ["Ottilie", "Barnaby", "Rosalind", "Cormac", "Adaeze", "Leopold", "Philippa", "Ignatius", "Wilhelmina",
         "Thaddeus", "Marguerite", "Lucan"]
LAST = ["Ashcombe", "Delacroix-Hale", "Fennimore", "Gallagher-Ruiz", "Hathersage", "Iverson", "Jablonski",
        "Kittredge", "Lindqvist", "Moorcroft", "Northam", "Okonkwo-Bell"]
STREETS = ["Tamarack Bend", "Copperleaf Drive", "Heron Point Road", "Millrace Lane", "Stonecrop Way"]
CITIES = [("Tamarack Falls", "OH", "43999"), ("Heron Point", "SC", "29999"), ("Millrace", "KY", "40999"),
          ("Copperleaf", "WI", "53999")]
CARDS = [("Dr. Evander K. Thistlewood", "Heron Point Heart & Vascular"),
         ("Dr. Priyanka S. Abernethy-Cole", "Tamarack Cardiology Associates"),
         ("Dr. Ruairi M. Castellanos", "Millrace Cardiovascular Group"),
         ("Dr. Solveig A. Marchbanks", "Copperleaf Heart Clinic")]
CENTERS = ["Heron Point Nuclear Imaging Center", "Tamarack Diagnostic Imaging, LLC",
           "Millrace Outpatient Cardiac Imaging", "Copperleaf Advanced Imaging"]
REVIEWERS = ["Dr. Hollis J. Vantongeren, MD (Cardiology)", "Dr. Maribel T. Oyarzun, MD (Nuclear Medicine)",
             "Dr. Fitzgerald O. Nakashima, MD (Cardiology)"]


def person(r):
    return f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def pat(r, p):
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r):
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def fee(r, lo, hi):
    return round(r.uniform(lo, hi), 2)


def addr(r):
    c, s, z = r.choice(CITIES)
    return f"{r.randint(11, 9800)} {r.choice(STREETS)}", f"{c}, {s} {z}"


def new_doc(footer="Page {p} of {n}", header=None):
    d = Doc(footer=footer, header=header)
    d.add_page()
    return d


def head(d, name, lines, size=15):
    d.font(size, "B")
    d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    for ln in lines:
        d.text_line(ln, 8.5)
    d.rule(0.5, 4)


def kv(d, rows, w=48, size=9.8):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.52, k)
        d.font(size)
        d.multi_cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10.2):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 1, "B")
            d.ln(1)
        else:
            d.para(p, size)


def mailing(d, who, a):
    d.font(10)
    for ln in (who, *a):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


# ---------------------------------------------------------------- 0: plan letter, stress echo first
def doc_plan_letter(r):
    notice = r.date(dt.date(2026, 2, 2), 150)
    member, a = person(r), addr(r)
    card, prac = CARDS[0]
    center = CENTERS[0]
    mid, grp, case = pat(r, "SBH999999999"), pat(r, "G-99999"), pat(r, "CP99999999")
    planned = notice + dt.timedelta(days=r.randint(9, 16))
    recv = notice - dt.timedelta(days=r.randint(2, 4))
    dob = dt.date(r.randint(1950, 1980), r.randint(1, 12), r.randint(1, 28))
    p1, p2, p3 = ph(r), ph(r), ph(r)
    s = "long"
    d = new_doc()
    head(d, "STONEBRIDGE HEALTH PLAN", ["Utilization Management - Advanced Imaging",
                                        "PO Box 44190, Copperleaf, WI 53999  |  Member Services " + p1])
    d.text_line(fmt_date(notice, s), 10)
    d.ln(3)
    mailing(d, member, a)
    d.text_line("RE: Request for prior authorization - NOT APPROVED", 11, "B")
    d.ln(2)
    kv(d, [("Member name:", member), ("Member ID:", mid), ("Group number:", grp), ("Date of birth:", fmt_date(dob, s)),
           ("Case number:", case), ("Service requested:", "78452 Myocardial perfusion imaging, SPECT, multiple "
                                                           "studies, with exercise stress"),
           ("Requesting provider:", f"{card}, {prac} (NPI {r.npi()})"),
           ("Imaging facility:", f"{center} (NPI {r.npi()})"),
           ("Requested date of service:", fmt_date(planned, s)), ("Request received:", fmt_date(recv, s))], 50)
    paras(d, [
        f"Dear {member.split()[0]} {member.split()[-1]}:",
        "Stonebridge Health Plan uses ClearPath Imaging Benefits, Inc., an independent radiology benefit manager, "
        "to review requests for advanced cardiac imaging. A board-certified cardiologist reviewed the request "
        f"from {card} for a nuclear stress test (SPECT myocardial perfusion imaging).",
        "#Why your request was not approved",
        "We decided this test is not medically necessary for you at this time. The records show you can walk on a "
        "treadmill, your resting ECG is normal, and you have not had a heart stent or bypass. For patients like "
        "you, a stress echocardiogram (CPT 93350) answers the same question without radiation and is the test "
        "our cardiac imaging guideline (CIG-4.2, Stress Testing with Imaging) recommends first. If the stress "
        "echocardiogram cannot be read or is abnormal, your doctor may ask again.",
        "#Talk with a reviewer (peer-to-peer)",
        f"Your doctor may call ClearPath at {p2} to speak with the reviewing physician within 14 days of this "
        "letter. A peer-to-peer talk is not an appeal and does not extend your appeal time limit.",
        "#Your right to appeal",
        "You or your doctor may appeal this decision. Your appeal must be received within 180 days of the date "
        "of this letter. Send it to Stonebridge Health Plan, Attn: Appeals, PO Box 44195, Copperleaf, WI 53999, "
        f"or fax {p3}. If waiting would seriously harm your health, ask for an expedited appeal; we will decide "
        "within 72 hours. You may also have a right to an external review by an independent review organization "
        "after you finish the internal appeal.",
        "You may ask for free copies of the guideline and all documents used to make this decision.",
        "Sincerely,", "Utilization Management Department, Stonebridge Health Plan",
        f"cc: {card}; {center}"])
    t = truth("denial_letter", "medical_necessity", insurer="Stonebridge Health Plan", member_name=member,
              member_id=mid, group_number=grp, case_numbers=[case], service_dates=[planned.isoformat()],
              denial_date=notice.isoformat(), provider=card,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [prac, center]}, type_alternates=[], denial_alternates=[])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: MA notice of denial (repeat study)
def doc_ma_notice(r):
    notice = r.date(dt.date(2026, 3, 1), 120)
    member, a = person(r), addr(r)
    card, prac = CARDS[1]
    center = CENTERS[1]
    mid, ref = pat(r, "HL9999999999"), pat(r, "OD-2026-999999")
    prior = notice - dt.timedelta(days=r.randint(200, 240))
    planned = notice + dt.timedelta(days=r.randint(6, 12))
    p1, p2 = ph(r), ph(r)
    s = "slash"
    d = new_doc(footer="H5521_NDMC26_C  |  Page {p} of {n}")
    head(d, "Harborline Health", ["Harborline Medicare Complete (HMO)", "700 Quay Street, Heron Point, SC 29999"], 16)
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B", align="C")
    d.ln(3)
    kv(d, [("Date:", fmt_date(notice, s)), ("Name:", member), ("Member number:", mid),
           ("Plan:", "H5521-004"), ("Reference #:", ref)], 40)
    paras(d, [
        "#Your request was denied",
        f"We denied the medical service/item listed below that you or your physician requested: cardiac SPECT "
        f"myocardial perfusion imaging with pharmacologic (regadenoson) stress, CPT 78452 and J2785, ordered by "
        f"{card} ({prac}) to be done at {center} on {fmt_date(planned, s)}.",
        "#Why did we deny your request?",
        f"You had a nuclear stress test on {fmt_date(prior, s)} that was normal. Our medical director, "
        f"{REVIEWERS[0]}, found no new or worsening chest pain, no change in your ECG and no new heart "
        "treatment since that test. Repeating the test within 12 months without a change in symptoms is not "
        "medically necessary under Medicare coverage rules and our imaging criteria. An exercise stress "
        "echocardiogram may be considered if your symptoms change.",
        "#You have the right to appeal our decision",
        "You have the right to ask Harborline Health to review our decision by asking us for an appeal. Ask for "
        "an appeal within 65 days of the date of this notice. We can give you more time if you have a good reason "
        "for missing the deadline.",
        "#How to ask for an appeal",
        f"Standard appeal: call {p1} (TTY 711), 8 a.m. to 8 p.m., 7 days a week, or write to Harborline Health, "
        "Appeals and Grievances, PO Box 7012, Heron Point, SC 29999.",
        "Fast appeal: if you or your doctor believe waiting 30 days could seriously harm your health, ask for a "
        "fast appeal. We will decide within 72 hours.",
        "#Your physician can talk with us",
        f"Your doctor may ask to discuss this decision with our medical director by calling {p2} before you "
        "file an appeal."])
    t = truth("denial_letter", "medical_necessity", insurer="Harborline Health", plan_id="H5521-004",
              member_name=member, member_id=mid, case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=notice.isoformat(), provider=card,
              appeal_deadline=(notice + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": ["Harborline Medicare Complete (HMO)"], "plan_id": [None],
                          "provider": [prac, center]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: commercial EOB, no RBM authorization
def doc_eob_noauth(r):
    stmt = r.date(dt.date(2026, 2, 10), 150)
    member, a = person(r), addr(r)
    sub = person(r)
    card, prac = CARDS[2]
    center = CENTERS[2]
    mid, grp, claim = pat(r, "QMH-9999-9999"), pat(r, "999999-099"), pat(r, "2026099999999")
    acct = pat(r, "ACCT 9999999")
    dos = stmt - dt.timedelta(days=r.randint(30, 45))
    recv = dos + dt.timedelta(days=r.randint(5, 10))
    c1, c2, c3 = fee(r, 1450, 2100), fee(r, 310, 480), fee(r, 240, 360)
    lines = [("78452", "Myocardial perfusion SPECT, multiple", c1), ("A9500", "Tc-99m sestamibi, per dose x2", c2),
             ("93017", "Cardiovascular stress test, tracing only", c3)]
    total = round(c1 + c2 + c3, 2)
    p1 = ph(r)
    s, ms = "dmy", "nosign"
    d = new_doc(footer="Quillfield Mutual Health  -  EOB page {p}/{n}")
    head(d, "Quillfield Mutual Health", ["EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
                                        f"PO Box 3320, Millrace, KY 40999  -  Customer Care {p1}"])
    kv(d, [("Statement date:", fmt_date(stmt, s)), ("Subscriber:", sub), ("Patient:", member),
           ("Member ID:", mid), ("Group:", grp), ("Claim number:", claim), ("Patient account:", acct),
           ("Provider:", f"{center}  NPI {r.npi()}"), ("Referring:", f"{card} ({prac})"),
           ("Claim received:", fmt_date(recv, s))], 36, 9.4)
    rows = [[fmt_date(dos, s), c, desc, fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms), "PA7"]
            for c, desc, ch in lines]
    rows.append(["*Claim total", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Remark"], rows,
            [24, 14, 62, 22, 20, 20, 14], 8.2, "LLLRRRL", head_fill=True)
    kv(d, [("Deductible applied:", fmt_money(0, ms)), ("Your share:", fmt_money(0, ms))], 40, 9.4)
    paras(d, [
        "#Remark codes",
        "PA7 - Advanced cardiac imaging (nuclear stress tests) must be approved in advance by Keystone "
        "Radiology Management, our imaging benefit manager. No approval was on file for this date of service. "
        "Because this is an in-network provider, you are not responsible for these charges.",
        "#Appeals",
        "If you disagree with how this claim was processed, you may appeal within 180 days of the date of this "
        "statement. Write to Quillfield Mutual Health, Appeals Unit, PO Box 3325, Millrace, KY 40999. Include "
        "the claim number. External review may be available after the internal appeal."], 9.4)
    t = truth("eob", "prior_authorization", insurer="Quillfield Mutual Health", member_name=member, member_id=mid,
              group_number=grp, case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=center,
              appeal_deadline=(stmt + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: RBM peer-to-peer upheld (to doctor)
def doc_p2p_upheld(r):
    notice = r.date(dt.date(2026, 2, 16), 140)
    member = person(r)
    card, prac = CARDS[3]
    center = CENTERS[3]
    mid, case = pat(r, "AGH99999999"), pat(r, "MCI-99999999")
    planned = notice + dt.timedelta(days=r.randint(7, 14))
    call = notice - dt.timedelta(days=r.randint(1, 3))
    first = call - dt.timedelta(days=r.randint(4, 7))
    dob = dt.date(r.randint(1955, 1985), r.randint(1, 12), r.randint(1, 28))
    p1, fx = ph(r), ph(r)
    s = "abbr"
    d = new_doc(footer=None)
    head(d, "Meridale Cardiac Imaging Review", ["on behalf of Ashgrove Community Health Plan",
                                                f"2 Stonecrop Way, Suite 400, Tamarack Falls, OH 43999  |  Phone "
                                                f"{p1}  |  Fax {fx}"])
    d.text_line(fmt_date(notice, s), 10)
    d.ln(2)
    mailing(d, card, [prac, f"{r.randint(100, 900)} Copperleaf Drive", "Copperleaf, WI 53999"])
    d.text_line("Peer-to-Peer Review Outcome: Original Determination Upheld", 11.5, "B")
    d.ln(2)
    kv(d, [("Patient:", member), ("Health plan ID:", mid), ("DOB:", fmt_date(dob, s)), ("Case ID:", case),
           ("Procedure:", "78452 SPECT MPI, multiple studies; 93015 stress test"),
           ("Rendering site:", center), ("Planned date:", fmt_date(planned, s)),
           ("Original denial:", fmt_date(first, s)), ("Peer-to-peer held:", fmt_date(call, s))], 42, 9.6)
    paras(d, [
        f"Dear {card}:",
        f"Thank you for speaking with {REVIEWERS[2]} about your patient. After the discussion the reviewer "
        "upheld the original determination. Your patient is able to exercise, has an interpretable resting ECG "
        "and an intermediate pre-test probability of coronary disease. Under the Ashgrove cardiac imaging "
        "criteria an exercise treadmill test or stress echocardiography is appropriate first; SPECT myocardial "
        "perfusion imaging is not medically necessary as the initial test.",
        "No new clinical information was provided during the call. If a stress echocardiogram is "
        "non-diagnostic, a new request may be submitted with those results.",
        "#Appeal rights",
        "The member, or you on the member's behalf, may file an appeal with Ashgrove Community Health Plan "
        "within 60 days of the date of this letter. Mail: Ashgrove Community Health Plan, Member Appeals, "
        "PO Box 9180, Tamarack Falls, OH 43999. An expedited appeal is available when the standard time frame "
        "could jeopardize the member's health.",
        f"Questions: call Meridale Cardiac Imaging Review at {p1}.",
        f"cc: {member} (member)"], 9.8)
    t = truth("denial_letter", "medical_necessity", insurer="Meridale Cardiac Imaging Review", member_name=member,
              member_id=mid, case_numbers=[case], service_dates=[planned.isoformat()],
              denial_date=notice.isoformat(), provider=card,
              appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
              alternates={"insurer": ["Ashgrove Community Health Plan"], "provider": [prac, center]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: RBM denial + approval after P2P
def doc_stack(r):
    notice = r.date(dt.date(2026, 3, 3), 100)
    member, a = person(r), addr(r)
    card, prac = CARDS[0]
    center = CENTERS[0]
    mid, grp, case = pat(r, "LKM999999999"), pat(r, "99999"), pat(r, "VIM-26-9999999")
    auth = pat(r, "A999999999")
    planned = notice + dt.timedelta(days=r.randint(8, 12))
    appr = notice + dt.timedelta(days=r.randint(4, 6))
    sched = appr + dt.timedelta(days=r.randint(5, 9))
    valid = sched + dt.timedelta(days=45)
    dob = dt.date(r.randint(1948, 1978), r.randint(1, 12), r.randint(1, 28))
    p1, p2 = ph(r), ph(r)
    s = "slash"
    letterhead = ["on behalf of Lakemont Health", "PO Box 60417, Heron Point, SC 29999",
                  f"Phone {p1}  |  Fax {p2}"]
    d = new_doc(footer="VIM-NA-01  page {p} of {n}")
    head(d, "VERITY IMAGING MANAGEMENT", letterhead, 16)
    d.text_line(fmt_date(notice, s), 10.5)
    d.ln(2)
    mailing(d, member, a)
    d.text_line("Adverse Determination - Cardiac Nuclear Imaging", 12, "B")
    d.ln(2)
    kv(d, [("Member:", member), ("Member ID:", mid), ("Group #:", grp), ("Date of birth:", fmt_date(dob, s)),
           ("Case #:", case), ("Exam:", "CPT 78452 SPECT myocardial perfusion imaging"),
           ("Ordering physician:", f"{card}, {prac}"), ("Servicing facility:", center),
           ("Date of service:", fmt_date(planned, s))], 44, 10.2)
    paras(d, [
        "#Determination",
        "The request does not meet clinical criteria. The clinical notes sent with the request do not describe "
        "your symptoms, your ability to exercise or the results of any earlier heart testing. Based on the "
        "information we have, a stress echocardiogram is the preferred first test, and the nuclear stress test "
        "is not medically necessary.",
        f"Peer-to-peer: {card} may call {p1} within 10 business days to discuss this case with a Verity "
        "physician reviewer.",
        "#Appeal",
        "You have the right to appeal. Your appeal must be filed within 180 days of the date of this notice. "
        "Send it to Lakemont Health Appeals, PO Box 60420, Heron Point, SC 29999."], 10.4)
    t1 = truth("denial_letter", "medical_necessity", insurer="Verity Imaging Management", member_name=member,
               member_id=mid, group_number=grp, case_numbers=[case], service_dates=[planned.isoformat()],
               denial_date=notice.isoformat(), provider=card,
               appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
               alternates={"insurer": ["Lakemont Health"], "provider": [prac, center]})
    pdf1 = pdf_bytes(d)
    d = new_doc(footer="VIM-AP-02  page {p} of {n}")
    head(d, "VERITY IMAGING MANAGEMENT", letterhead, 16)
    d.text_line(fmt_date(appr, s), 10.5)
    d.ln(2)
    mailing(d, member, a)
    d.text_line("Approval Notice - Authorization Issued", 12, "B")
    d.ln(2)
    kv(d, [("Member:", member), ("Member ID:", mid), ("Group #:", grp), ("Case #:", case),
           ("Authorization #:", auth), ("Approved exam:", "CPT 78452 SPECT MPI (1 unit), A9500 (2 units)"),
           ("Ordering physician:", f"{card}, {prac}"), ("Servicing facility:", center),
           ("Scheduled date:", fmt_date(sched, s)), ("Valid through:", fmt_date(valid, s))], 44, 10.2)
    paras(d, [
        f"Good news. After a peer-to-peer discussion with {card}, and the added records showing that you cannot "
        "exercise on a treadmill because of knee arthritis, the nuclear stress test with pharmacologic stress has "
        "been APPROVED. This approval replaces our earlier decision on this case.",
        "Approval is not a guarantee of payment. Benefits depend on your eligibility and plan terms on the date "
        "of service. Please bring your member ID card to the appointment."], 10.4)
    t2 = truth("other", None, insurer="Verity Imaging Management", member_name=member, member_id=mid,
               group_number=grp, case_numbers=[auth, case], service_dates=[sched.isoformat()],
               denial_date=appr.isoformat(), provider=card,
               alternates={"insurer": ["Lakemont Health"], "provider": [prac, center],
                           "case_numbers": [[auth]],
                           "service_dates": [[], [f"{sched.isoformat()}/{valid.isoformat()}"]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: MA claim summary (photo)
def doc_ma_eob(r):
    stmt = r.date(dt.date(2026, 3, 2), 130)
    member = person(r)
    card, prac = CARDS[1]
    center = CENTERS[1]
    mid, claim = pat(r, "TWM99999999"), pat(r, "99999999999")
    dos = stmt - dt.timedelta(days=r.randint(25, 40))
    prior = dos - dt.timedelta(days=r.randint(150, 200))
    c1, c2, c3 = fee(r, 1300, 1900), fee(r, 260, 380), fee(r, 180, 260)
    total = round(c1 + c2 + c3, 2)
    p1 = ph(r)
    s, ms = "mdy_nopad", "plain"
    d = new_doc(footer=None)
    d.font(17, "B")
    d.cell(0, 8, "Tidewell Medicare Advantage", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Your Claim Summary  -  not a bill", 12, "B")
    d.text_line(f"Questions? Call {p1} (TTY 711)", 10)
    d.rule(0.6, 4)
    kv(d, [("Date issued:", fmt_date(stmt, s)), ("Member:", member), ("Member ID:", mid), ("Claim #:", claim),
           ("Provider:", center), ("Ordered by:", card)], 36, 11)
    rows = [[fmt_date(dos, s), "78452", fmt_money(c1, ms), fmt_money(0, ms), "D1"],
            [fmt_date(dos, s), "A9502", fmt_money(c2, ms), fmt_money(0, ms), "D1"],
            [fmt_date(dos, s), "93015", fmt_money(c3, ms), fmt_money(0, ms), "D1"],
            ["*Total", "", fmt_money(total, ms), fmt_money(0, ms), ""]]
    d.table(["Date", "Service", "Amount billed", "Plan paid", "Note"], rows, [30, 26, 40, 34, 20], 10.5,
            "LLRRL", row_h=6.5)
    paras(d, [
        f"D1 - Not medically necessary. A nuclear stress test was done on {fmt_date(prior, s)}. Medicare rules "
        "cover a repeat test within one year only when symptoms are new or worse. The records do not show a "
        "change. The provider cannot bill you for these services.",
        "You have 65 days from the date of this summary to ask for an appeal (reconsideration). Write to "
        "Tidewell Medicare Advantage, Reconsiderations, PO Box 2288, Millrace, KY 40999."], 10.8)
    t = truth("eob", "medical_necessity", insurer="Tidewell Medicare Advantage", member_name=member, member_id=mid,
              case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=center,
              appeal_deadline=(stmt + dt.timedelta(days=65)).isoformat(),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicaid NABD (rotated)
def doc_medicaid(r):
    notice = r.date(dt.date(2026, 2, 20), 140)
    member, a = person(r), addr(r)
    card, prac = CARDS[2]
    center = CENTERS[2]
    mid, case = pat(r, "99999999M"), pat(r, "UM26-999999")
    planned = notice + dt.timedelta(days=r.randint(10, 20))
    recv = notice - dt.timedelta(days=r.randint(3, 6))
    p1, p2 = ph(r), ph(r)
    s = "iso"
    d = new_doc(footer="PCM-NABD (rev. 01/2026)   {p}/{n}")
    head(d, "PRAIRIE CREST MEDICAID HEALTH PLAN", ["A managed care plan serving Medicaid members",
                                                   f"1400 Millrace Lane, Millrace, KY 40999  -  Member line {p1}"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C")
    d.ln(3)
    kv(d, [("Notice date:", fmt_date(notice, s)), ("Member:", member), ("Medicaid ID:", mid),
           ("Tracking number:", case), ("Requested by:", f"{card}, {prac}"), ("Place of service:", center),
           ("Service:", "Nuclear cardiac stress test (SPECT MPI), CPT 78452"),
           ("Date requested for:", fmt_date(planned, s)), ("We got the request on:", fmt_date(recv, s))], 52, 9.8)
    paras(d, [
        "#What we decided",
        "We have DENIED this service. Our imaging reviewer said it is not medically necessary for you now. You "
        "can exercise, and a stress echocardiogram (an ultrasound of the heart during exercise) is the first test "
        "our rules call for. It does not use a radioactive tracer. Your doctor can ask for the stress "
        "echocardiogram, and no prior approval is needed for it.",
        "#Your right to appeal",
        "You can ask for a plan appeal within 60 days of the date on this notice. Call us at "
        f"{p1} or write to Prairie Crest Appeals, PO Box 1411, Millrace, KY 40999. Your doctor may also call "
        f"{p2} for a peer-to-peer review.",
        "If you are already getting a service that we are reducing or stopping, you can keep getting it during "
        "the appeal if you ask within 10 days.",
        "#State Fair Hearing",
        "If we uphold our decision, you may ask for a State Fair Hearing within 120 days of our appeal decision."],
        9.9)
    t = truth("denial_letter", "medical_necessity", insurer="Prairie Crest Medicaid Health Plan",
              member_name=member, member_id=mid, case_numbers=[case], service_dates=[planned.isoformat()],
              denial_date=notice.isoformat(), provider=card,
              appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [prac, center]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_plan_letter_78452_stress_echo_first_p2p", "born_digital", doc_plan_letter),
    ("scan300_ma_notice_repeat_spect_regadenoson", "scan_clean_300", doc_ma_notice),
    ("lowres_eob_78452_no_rbm_authorization", "scan_lowres_150", doc_eob_noauth),
    ("copy_rbm_peer_to_peer_upheld_to_cardiologist", "photocopy", doc_p2p_upheld),
    ("faxfine_stack_cover_rbm_denial_approval_after_p2p", "fax_fine_g4", doc_stack),
    ("photo_ma_claim_summary_repeat_within_year", "phone_photo", doc_ma_eob),
    ("rotated_medicaid_nabd_stress_echo_first", "rotated", doc_medicaid),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, fn) in enumerate(PLAN):
        out = fn(Rand(SEED + i))
        if isinstance(out, list):
            items.append(Item(f"{FAMILY}_{suffix}", cond, out, separators=["cover", None]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [out]))
    return items
