"""Family 'cardiac_ct_angiography_ffr_ct_denial': invented radiology-benefit-manager letters, health-plan EOBs and an
imaging center's statement on coronary CT angiography (75574) and CT-derived fractional flow reserve (FFR-CT, 0501T)
for stable chest pain, denied for a low pre-test probability of coronary disease or because FFR-CT is
investigational.

Letter-heavy: a radiology benefit manager's pre-service denial to the member (CCTA, low pre-test probability, an
exercise ECG suggested); a commercial EOB paying the imaging center's CCTA line and denying the FFR-CT line as
investigational; the imaging center's patient statement after that denial (a bill, not a denial); a plan's first-level
appeal decision upholding the FFR-CT denial; a benefit manager's faxed determination to the cardiology office
(CCTA and FFR-CT both not approved, peer-to-peer offered); a benefit manager's approval of a CCTA (nothing denied);
a Medicare Advantage EOB with boxed header fields (labels above values) denying 0501T as a Category III code.

Layouts are invented, modelled loosely on published utilization-management letters of imaging benefit managers,
commercial and Medicare Part C EOBs and provider statements. All values invented: plans, benefit managers, imaging
centers, clinicians, people, IDs, amounts; phones 1-555. Decoys: dates of birth, request-received dates, NPIs,
referring doctors, the reviewing physician, the calcium-score date, allowed/paid/you-owe amounts, account numbers,
clinical guideline numbers, validity windows and form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "cardiac_ct_angiography_ffr_ct_denial"
LANG = "en"
SEED = 268500
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
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


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


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


FIRST = ["Thaddeus", "Clementine", "Osric", "Marguerite", "Lysander", "Winifred", "Caspian", "Philomena", "Anselmo",
         "Georgiana", "Remington", "Ludovica"]
LAST = ["Blackwood-Tate", "Fennimore", "Achterberg", "Nwachukwu", "Lindgren", "Castellano", "Worthington",
        "Aldous", "Pennywhistle", "Marchbanks", "Oyinlola", "Strathmore"]
CITIES = ["Copperfield, NE 68999", "Alderney Point, OR 97999", "Millbrook Flats, KY 40999", "Ravenna Hills, MI 48999"]
STREETS = ["Larkspur Terrace", "Cobblestone Row", "Wrenfield Avenue", "Hazelmere Drive", "Tannery Lane"]
CENTERS = ["Summitview Imaging Center, LLC", "Brightwater Diagnostic Imaging", "Northgate Advanced Radiology",
           "Keystone Cardiac Imaging Institute"]
CARDIOS = ["Dr. Evangeline R. Mortimer, MD", "Dr. Bartholomew K. Osei, MD", "Dr. Priyanka L. Venkataraman, DO",
           "Dr. Cormac J. Delacroix, MD"]
CARDIO_PRACTICES = ["Copperfield Heart & Vascular Associates", "Alderney Cardiology Group, PC"]
RADS = ["Dr. Hollis W. Standish, MD", "Dr. Anneliese P. Ferraro, MD"]
PCPS = ["Dr. Ignatius M. Rowe", "Dr. Temperance A. Gallo", "Dr. Florian D. Ekwueme"]
D75574 = "CT angiography, heart, coronary arteries, with contrast"
D0501T = "FFR-CT, noninvasive estimate of coronary fractional flow reserve"


def base(r):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    return dict(notice=notice, member=f"{r.choice(FIRST)} {r.choice(MI)}. {r.choice(LAST)}",
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1952, 1988), r.randint(1, 12), r.randint(1, 28)), pcp=r.choice(PCPS))


# ---------------------------------------------------------------- 0: RBM pre-service denial to the member
def doc_rbm_member(r):
    f = base(r)
    rbm, plan = "Lodestar Imaging Benefit Management, Inc.", "Copperfield Community Health Plan"
    doc, center = CARDIOS[0], CENTERS[0]
    req = f["notice"] - dt.timedelta(days=r.randint(2, 5))
    planned = f["notice"] + dt.timedelta(days=r.randint(8, 16))
    auth = pat(r, "LIB99999999")
    mid, grp = pat(r, "CCH999999999"), pat(r, "99999")
    age = f["notice"].year - f["dob"].year
    ds = "long"
    d = Page(footer="LIB-UM-ADV-0326  |  Lodestar Imaging Benefit Management  |  Page {p} of {n}")
    d.add_page()
    d.text_line("LODESTAR", 22, "B")
    d.text_line("Imaging Benefit Management  -  on behalf of Copperfield Community Health Plan", 9)
    d.text_line(f"PO Box 60417, Copperfield, NE 68999   |   Phone {f['phone']}   |   Fax 1-555-318-2207", 8.5)
    d.rule(0.6, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    kv(d, [("Member:", f["member"]), ("Member ID:", mid), ("Group number:", grp),
           ("Date of birth:", fmt_date(f["dob"], ds)), ("Authorization request #:", auth),
           ("Ordering physician:", doc), ("Imaging facility:", center),
           ("Exam requested:", "75574 CT angiography of the coronary arteries"),
           ("Requested date of service:", fmt_date(planned, ds)), ("Request received:", fmt_date(req, ds))], w=56,
       size=9.3)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "Lodestar reviews advanced imaging requests for members of Copperfield Community Health Plan. Your doctor "
        "asked us to approve a coronary CT angiogram (CCTA). After review by a board-certified cardiologist, we "
        "cannot approve this request because it is not medically necessary.",
        "#Why we made this decision",
        f"Lodestar Cardiac Imaging Guideline CI-3.2 supports CCTA for stable chest pain when the pre-test "
        f"probability of coronary artery disease is intermediate, or when earlier stress testing is unclear. The "
        f"records describe a {age}-year-old member with non-exertional chest discomfort, a normal resting ECG and no "
        "diabetes, smoking history or family history of early heart disease. This gives a low pre-test "
        "probability. For low-probability chest pain the guideline recommends an exercise treadmill ECG first. "
        "A calcium score from a prior visit was zero.",
        "Your doctor may call us at 1-555-318-2240 to talk with the reviewing cardiologist (peer-to-peer).",
        "#Your right to appeal",
        "You, your doctor or someone you name may ask for an appeal within 180 days of the date of this letter. "
        "Send your appeal in writing to Lodestar Appeals, PO Box 60420, Copperfield, NE 68999, or fax "
        "1-555-318-2251. If waiting could seriously harm your health, ask for an expedited appeal; we decide "
        "expedited appeals within 72 hours. You may also ask for an external review by an independent review "
        "organization after the appeal, and you may request free copies of the guideline used.",
        "This decision is not a statement about whether you need care. Only you and your doctor can decide that.",
        "Sincerely,", "Utilization Review Department, Lodestar Imaging Benefit Management, Inc.",
        "cc: " + doc + "; " + center], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=rbm, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[auth], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"insurer": [plan], "provider": [center], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: commercial EOB, CCTA paid, FFR-CT denied
def doc_eob_split(r):
    f = base(r)
    plan = "Meridale Health Assurance Company"
    center, rad = CENTERS[1], RADS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 34))
    claim = pat(r, "9999-999999-99")
    mid, grp = pat(r, "MHA9999999"), pat(r, "GRP-99999")
    c1, c2 = fee(r, 1450, 2200), fee(r, 1100, 1650)
    total = round(c1 + c2, 2)
    al = round(c1 * 0.41, 2)
    coins = round(al * 0.2, 2)
    ds, ms = "slash", "plain"
    d = Page(footer="Meridale Health Assurance  -  EOB  -  Page {p} of {n}")
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.font(15, "B")
    d.cell(0, 11, "  MERIDALE HEALTH ASSURANCE", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line("  Meridale Health Assurance Company  |  PO Box 3319, Ravenna Hills, MI 48999  |  " + f["phone"], 8.3)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "C")
    d.text_line("This is not a bill. Keep it with your medical records.", 9, "", "C")
    d.ln(3)
    y = d.get_y()
    kv(d, [("Statement date", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Member ID", mid),
           ("Group", grp), ("Claim number", claim)], w=34, size=9.2)
    y2 = d.get_y()
    d.set_xy(110, y)
    for a, b in [("Provider", center), ("Reading radiologist", rad), ("Referred by", CARDIOS[1]),
                 ("Network status", "In network")]:
        d.set_x(110)
        d.font(9.2, "B")
        d.cell(40, 5, a)
        d.font(9.2)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y2, d.get_y()) + 2)
    rows = [[fmt_date(dos, ds), "75574", "CT angiography, coronary", fmt_money(c1, ms), fmt_money(al, ms),
             fmt_money(round(al - coins, 2), ms), fmt_money(coins, ms), ""],
            [fmt_date(dos, ds), "0501T", "FFR-CT analysis", fmt_money(c2, ms), fmt_money(0, ms), fmt_money(0, ms),
             fmt_money(0, ms), "EX41"],
            ["*Claim total", "", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(round(al - coins, 2), ms),
             fmt_money(coins, ms), ""]]
    d.table(["Service date", "Code", "Description", "Amount billed", "Plan allowed", "Plan paid",
             "You owe", "Remark"], rows, [22, 14, 40, 24, 22, 20, 18, 14], size=7.8, aligns="LLLRRRRL",
            head_fill=True)
    paras(d, [
        "#Remark codes",
        "EX41  Not covered. Noninvasive fractional flow reserve derived from coronary CT (FFR-CT) is considered "
        "investigational under Meridale Medical Policy MP-RAD-118 because the evidence does not yet show that "
        "it improves health outcomes. The provider is in network and may not bill you for this service.",
        "#Your deductible and out-of-pocket",
        f"In-network deductible: {fmt_money(1500)} met.   Out-of-pocket maximum: {fmt_money(fee(r, 900, 2400))} "
        f"of {fmt_money(6000)} met.",
        "#How to appeal",
        "If you disagree with how this claim was processed, you may file an appeal within 180 days of the date "
        "of this statement. Write to Meridale Appeals, PO Box 3325, Ravenna Hills, MI 48999, and include a copy "
        "of this statement. You may also have the right to an external review by an independent organization.",
        "Language assistance: call the number on your ID card. Ayuda en español: llame al número en su tarjeta."],
        size=8.8)
    t = truth("eob", "experimental", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=center,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"], alternates={"provider": [rad], "claim_amount": [f"{c2:.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: imaging center statement after a denial
def doc_statement(r):
    f = base(r)
    center = CENTERS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(55, 75))
    acct = pat(r, "NAR-999999")
    iclaim = pat(r, "W99999999999")
    c1, c2 = fee(r, 1500, 2100), fee(r, 1150, 1500)
    total = round(c1 + c2, 2)
    paid = round(c1 * 0.38, 2)
    bal = round(total - paid - round(c1 - paid, 2), 2)
    due = f["notice"] + dt.timedelta(days=25)
    ds, ms = "abbr", "space"
    d = Page()
    d.add_page()
    d.text_line(center.upper(), 15, "B")
    d.text_line("2275 Wrenfield Avenue, Millbrook Flats, KY 40999   Patient billing 1-555-604-3318", 8.6)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 13, "B", "R")
    kv(d, [("Statement date:", fmt_date(f["notice"], ds)), ("Account number:", acct), ("Patient:", f["member"]),
           ("Guarantor:", f["member"]), ("Insurance:", "Westbury Mutual Health Plan"),
           ("Insurance claim #:", iclaim), ("Please pay by:", fmt_date(due, ds))], w=42, size=9.3)
    address_block(d, f["member"], f["addr"])
    rows = [[fmt_date(dos, ds), "75574", D75574[:44], fmt_money(c1, ms)],
            [fmt_date(dos, ds), "0501T", "FFR-CT analysis (HeartFlow-type)", fmt_money(c2, ms)],
            [fmt_date(f["notice"] - dt.timedelta(days=20), ds), "", "Insurance payment - Westbury", "-" +
             fmt_money(paid, ms)],
            [fmt_date(f["notice"] - dt.timedelta(days=20), ds), "", "Contractual adjustment 75574", "-" +
             fmt_money(round(c1 - paid, 2), ms)],
            [fmt_date(f["notice"] - dt.timedelta(days=20), ds), "", "Insurance denied 0501T - investigational",
             fmt_money(0, ms)],
            ["*Balance due from patient", "", "", fmt_money(bal, ms)]]
    d.table(["Date", "CPT", "Description", "Amount"], rows, [28, 18, 96, 30], size=8.6, aligns="LLLR")
    paras(d, [
        f"Total charges for this visit: {fmt_money(total, ms)}. Ordering physician: {CARDIOS[2]}.",
        "Your insurance plan processed this claim and did not pay for the FFR-CT analysis because it considers "
        "the test investigational. Under the financial agreement you signed on the day of your exam, you agreed "
        "to pay for services your plan does not cover. If you or your doctor have appealed, call us and we will "
        "place your account on hold for 60 days.",
        "Payment options: check, card, or our patient portal. Interest-free payment plans are available."],
        size=9.2)
    d.ln(2)
    d.rule(0.3, 2)
    d.text_line("Detach and return with your payment", 8, "", "C")
    kv(d, [("Account:", acct), ("Amount due:", fmt_money(bal, ms)), ("Amount enclosed:", "$ ____________")],
       w=40, size=9)
    t = truth("other", None, member_name=f["member"], case_numbers=[iclaim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=center,
              unscored=["insurer"], type_alternates=["denial_letter"], denial_alternates=["experimental"],
              alternates={"case_numbers": [[]], "provider": [CARDIOS[2]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: first-level appeal upheld (FFR-CT)
def doc_appeal_upheld(r):
    f = base(r)
    plan = "Tamarack Valley Health Plan"
    center, doc = CENTERS[3], CARDIOS[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(80, 110))
    claim, appeal = pat(r, "99999999999"), pat(r, "APL-26-99999")
    mid, grp = pat(r, "TVH-999999-99"), pat(r, "99999")
    c2 = fee(r, 1100, 1600)
    rec = f["notice"] - dt.timedelta(days=r.randint(20, 28))
    ds = "dmy"
    d = Page(footer="Tamarack Valley Health Plan  -  Grievance and Appeals  -  {p}/{n}")
    d.add_page()
    d.text_line("Tamarack Valley Health Plan", 16, "B", "C")
    d.text_line("Grievance and Appeals Department  *  190 Hazelmere Drive, Alderney Point, OR 97999  *  " +
                f["phone"], 8.2, "", "C")
    d.rule(0.3, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("RE: Level 1 Appeal Decision - Adverse Determination Upheld", 11.5, "B")
    d.ln(1)
    kv(d, [("Appeal number", appeal), ("Claim number", claim), ("Member", f["member"]), ("ID number", mid),
           ("Group", grp), ("Provider", center), ("Ordering cardiologist", doc),
           ("Service", "0501T FFR-CT"), ("Date of service", fmt_date(dos, ds)),
           ("Billed amount", fmt_money(c2)), ("Appeal received", fmt_date(rec, ds))], w=46, size=9.3)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We received your appeal of our decision not to pay for the FFR-CT analysis performed after your coronary "
        "CT angiogram. The coronary CT angiogram itself was covered and is not part of this appeal.",
        "#Decision",
        "Your appeal was reviewed by Dr. Marcus E. Lindholm, a board-certified cardiologist who took no part in "
        "the first decision. He found that FFR-CT remains investigational under Medical Policy 6.01.77 "
        "(Noninvasive Coronary Fractional Flow Reserve). Published studies have not shown that using FFR-CT "
        "changes outcomes compared with usual testing. The original decision is upheld.",
        "#If you disagree",
        "You may ask for a Level 2 appeal within 60 days of the date of this letter. Send it to the address above "
        "or fax 1-555-277-9061. You also have the right to an independent external review; you must ask for it "
        "within 4 months of receiving this letter. Contact the Oregon Division of Financial Regulation, "
        "1-555-277-6000, for help.",
        "You may ask for copies of all documents used in this decision free of charge.",
        "Sincerely,", "Appeals Coordinator, Tamarack Valley Health Plan"], size=9.4)
    t = truth("denial_letter", "experimental", insurer=plan, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{c2:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=center,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["not_covered"],
              alternates={"case_numbers": [[appeal]], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: RBM faxed determination to the cardiology office
def doc_fax_provider(r):
    f = base(r)
    rbm, plan = "ClearPath Radiology Management", "Harborline Health Network"
    doc, prac, center = CARDIOS[1], CARDIO_PRACTICES[1], CENTERS[0]
    req = f["notice"] - dt.timedelta(days=r.randint(1, 3))
    planned = f["notice"] + dt.timedelta(days=r.randint(5, 10))
    case = pat(r, "CP-9999999")
    mid, grp = pat(r, "HHN999999999"), pat(r, "H99999")
    ds = "iso"
    d = Page(footer="ClearPath Radiology Management - confidential - page {p} of {n}")
    d.add_page()
    d.font(8)
    d.cell(0, 4, f"{fmt_date(f['notice'], 'slash')} 09:14  FROM: CLEARPATH UM  1-555-740-2215  TO: {prac.upper()}"
           "  P.001", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("ClearPath Radiology Management", 15, "B")
    d.text_line("Advanced imaging program for Harborline Health Network", 9)
    d.rule(0.4, 3)
    d.text_line("DETERMINATION NOTICE - REQUESTING PROVIDER COPY", 11.5, "B", "C")
    d.ln(2)
    d.table(["Case ID", "Notice date", "Member", "Member ID", "Group"],
            [[case, fmt_date(f["notice"], ds), f["member"], mid, grp]], [30, 28, 56, 38, 24], size=8.8,
            border_head="TB")
    d.table(["Requesting physician", "NPI", "Servicing facility", "Proposed DOS"],
            [[doc, f["npi"], center, fmt_date(planned, ds)]], [58, 26, 62, 30], size=8.6, border_head="TB")
    d.table(["CPT", "Description", "Units", "Determination"],
            [["75574", "CT angiography, heart, coronary arteries", "1", "NOT APPROVED"],
             ["0501T", "FFR-CT, noninvasive estimate of coronary FFR", "1", "NOT APPROVED"]],
            [18, 104, 14, 40], size=8.6, border_head="TB")
    paras(d, [
        f"Request received {fmt_date(req, ds)}. Diagnosis R07.89 other chest pain; referring primary care "
        f"{f['pcp']}.",
        "#Rationale",
        "75574: The clinical information does not meet ClearPath Cardiac Imaging Criteria CRD-4. The patient has "
        "atypical chest pain with a low pre-test probability of obstructive coronary artery disease (non-anginal "
        "features, no risk factors documented, normal ECG). Coronary CT angiography is not medically necessary; an "
        "exercise ECG treadmill test is the appropriate first test.",
        "0501T: FFR-CT is considered experimental and investigational by Harborline Health Network and is not "
        "approved for any indication. It also depends on a coronary CT angiogram that is not approved.",
        "#Peer-to-peer and reconsideration",
        "The ordering physician may request a peer-to-peer conversation within 14 days at 1-555-740-2230. An "
        "appeal may be filed by the member or the provider on the member's behalf within 60 days from the date "
        "of this notice. Expedited appeals: 1-555-740-2231 (decided within 72 hours).",
        "Reviewer: Dr. Sunniva K. Abernathy-Lowe, MD, Cardiovascular Disease.",
        "This notice is not a guarantee of payment or eligibility. Member notice mailed separately."], size=9)
    t = truth("denial_letter", "medical_necessity", insurer=rbm, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[case], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["experimental"],
              alternates={"insurer": [plan], "provider": [center], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: RBM approval (nothing denied)
def doc_approval(r):
    f = base(r)
    rbm = "Lodestar Imaging Benefit Management, Inc."
    doc, center = CARDIOS[2], CENTERS[1]
    planned = f["notice"] + dt.timedelta(days=r.randint(6, 12))
    auth = pat(r, "LIB99999999")
    mid = pat(r, "PVS99999999")
    valid_to = f["notice"] + dt.timedelta(days=60)
    ds = "wlong"
    d = Page(footer="LIB-UM-APR-0326  |  Lodestar Imaging Benefit Management, Inc.")
    d.add_page()
    d.text_line("LODESTAR", 22, "B")
    d.text_line("Imaging Benefit Management  -  for Prairieview Select Health", 9)
    d.text_line(f"PO Box 60417, Copperfield, NE 68999   |   {f['phone']}", 8.5)
    d.rule(0.6, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Your imaging request is approved", 13, "B")
    d.ln(1)
    kv(d, [("Authorization number:", auth), ("Member:", f["member"]), ("Member ID:", mid),
           ("Ordering physician:", doc), ("Facility:", center),
           ("Approved exam:", "75574 Coronary CT angiography (1 unit)"),
           ("Scheduled date:", fmt_date(planned, ds)),
           ("Valid through:", fmt_date(valid_to, ds))], w=50, size=9.4)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We approved the coronary CT angiogram your doctor asked for. Your stress test was not conclusive and your "
        "risk of coronary disease is intermediate, which meets Lodestar Cardiac Imaging Guideline CI-3.2.",
        "This approval covers only the exam listed. If the facility also wants to perform an FFR-CT analysis, a "
        "separate review is required. Have the exam done before the \"valid through\" date at the facility "
        "above, or ask your doctor to contact us to change the facility.",
        "Approval is not a guarantee of payment. Payment depends on your eligibility and benefits on the date of "
        "service, including any deductible, copayment or coinsurance.",
        "Questions? Call Lodestar at the number above, Monday through Friday, 7 a.m. to 7 p.m. Central."], size=9.5)
    t = truth("other", None, insurer=rbm, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=doc,
              alternates={"insurer": ["Prairieview Select Health"], "provider": [center],
                          "service_dates": [[]], "case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: MA EOB, boxed header, 0501T denied
def doc_ma_boxed(r):
    f = base(r)
    org, product, pid = "Crestline Senior Health, Inc.", "Crestline Advantage Plus (HMO)", "H7702-011"
    center, doc = CENTERS[3], CARDIOS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    claim = pat(r, "99999AA99999")
    mid = pat(r, "CS99999999")
    c1, c2, c3 = fee(r, 1500, 2000), fee(r, 1150, 1500), fee(r, 60, 120)
    total = round(c1 + c2 + c3, 2)
    ap1, ap3 = round(c1 * 0.33, 2), round(c3 * 0.5, 2)
    ds, ms = "upper", "nosign"
    d = Page(footer="Y0577_EOB_2026_M  |  Crestline Advantage Plus (HMO)  |  Page {p} of {n}")
    d.add_page()
    d.text_line("Crestline Advantage Plus (HMO)", 15, "B")
    d.text_line(f"{org}  |  PO Box 4471, Millbrook Flats, KY 40999  |  Member Services {f['phone']}, TTY 711", 8.2)
    d.rule(0.5, 3)
    d.text_line("EXPLANATION OF BENEFITS for Medicare medical services  -  NOT A BILL", 11.5, "B")
    d.ln(2)
    d.boxes([("Member name", f["member"], 62), ("Member ID", mid, 40), ("Plan / contract", pid, 36),
             ("Date of this notice", fmt_date(f["notice"], ds), 42)], h=12)
    d.boxes([("Claim number", claim, 62), ("Provider", center, 118)], h=12)
    d.boxes([("Ordering physician", doc, 62), ("Provider NPI", f["npi"], 40),
             ("Claim received", fmt_date(dos + dt.timedelta(days=6), ds), 36), ("Network", "In network", 42)], h=12)
    d.ln(5)
    rows = [[fmt_date(dos, ds), "75574", "Coronary CT angiography", fmt_money(c1, ms), fmt_money(ap1, ms),
             fmt_money(round(ap1 - 50, 2), ms), "50.00", ""],
            [fmt_date(dos, ds), "0501T", "FFR-CT, coronary", fmt_money(c2, ms), "0.00", "0.00", "0.00", "N7"],
            [fmt_date(dos, ds), "Q9967", "Contrast, low osmolar", fmt_money(c3, ms), fmt_money(ap3, ms),
             fmt_money(ap3, ms), "0.00", ""],
            ["*Total", "", "", fmt_money(total, ms), fmt_money(round(ap1 + ap3, 2), ms),
             fmt_money(round(ap1 - 50 + ap3, 2), ms), "50.00", ""]]
    d.table(["Service date", "Code", "Service", "Charged", "Plan approved", "Plan paid", "You owe", "Note"],
            rows, [26, 14, 44, 20, 22, 20, 18, 12], size=7.8, aligns="LLLRRRRL", border_head="TB")
    paras(d, [
        "#Notes",
        "N7  Denied. 0501T is a Category III code for an emerging technology. Under the local coverage "
        "determination our plan follows, FFR-CT is covered only in a Medicare-approved study; this service was "
        "not billed as part of one. Your provider is in our network, so you do not owe anything for it.",
        "Your imaging copay of $50.00 applies to the CT angiogram.",
        "#Appeal rights",
        "If you disagree with our decision, you can ask for an appeal (reconsideration). You must ask within 65 "
        "days of the date of this notice. Call Member Services or write to Crestline Appeals, PO Box 4480, "
        "Millbrook Flats, KY 40999. If your health could be harmed by waiting, ask for a fast appeal.",
        "Crestline Senior Health, Inc. is an HMO plan with a Medicare contract. Enrollment depends on contract "
        "renewal."], size=8.8)
    t = truth("eob", "experimental", insurer=org, plan_id=pid, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=center,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              denial_alternates=["not_covered"],
              alternates={"insurer": [product], "plan_id": [None], "provider": [doc],
                          "claim_amount": [f"{c2:.2f}"]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_rbm_ccta_low_pretest_probability", "born_digital", doc_rbm_member),
    ("scan300_eob_ccta_paid_ffrct_investigational", "scan_clean_300", doc_eob_split),
    ("lowres_imaging_center_statement_ffrct", "scan_lowres_150", doc_statement),
    ("copy_level1_appeal_upheld_ffrct", "photocopy", doc_appeal_upheld),
    ("faxfine_rbm_provider_copy_ccta_and_ffrct", "fax_fine_g4", doc_fax_provider),
    ("photo_rbm_ccta_approval", "phone_photo", doc_approval),
    ("rotated_ma_eob_boxed_0501t_category_iii", "rotated", doc_ma_boxed),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build) in enumerate(PLAN):
        items.append(Item(f"{FAMILY}_{suffix}", cond, [build(random.Random(SEED + i))]))
    return items
