"""Family 'inpatient_rehab_hip_fracture_snf_instead_denial': invented plan letters, a hospital case manager's fax and an
expedited appeal decision on acute inpatient rehabilitation (IRF) after a hip fracture repair, denied because the
patient cannot tolerate 3 hours of therapy a day and can be treated in a skilled nursing facility (SNF).

Cases (letter-heavy): a Medicare Advantage pre-service notice of denial of medical coverage (CMS-10003 style); a
fax stack of a cover sheet, the hospital case manager's expedited appeal request and the plan's utilization review
denial it appeals; an expedited reconsideration decision upholding the denial (auto-forwarded to the IRE, no
deadline); an approval of a 14-day SNF stay (nothing denied); a commercial notice of adverse benefit determination
with a two-column header; a post-service claim denial of an IRF stay with a revenue-code table; a state Medicaid
managed care notice in boxed form (labels above values).

Layouts are invented, modelled loosely on CMS integrated denial notices, Medicaid managed care NABDs and
commercial utilization review letters. All values invented: plans, hospitals, facilities, clinicians, patients,
IDs, amounts; phones 1-555. Decoys: dates of birth and injury, request received dates, attending surgeons and
physiatrists, NPIs, hospital names, patient account numbers, policy numbers, allowed/paid amounts.
"""
from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

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


def fmt_date(d, style):
    """inv_kit's date styles plus dashed (07-06-2026)."""
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    return _fmt_date(d, style)


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


def two_col(d, left, right, w=90, size=9):
    """Two columns of label: value rows side by side."""
    y0 = d.get_y()
    for col, x in ((left, d.l_margin), (right, d.l_margin + w)):
        d.set_xy(x, y0)
        for a, b in col:
            d.set_x(x)
            d.font(size, "B")
            d.cell(34, size * 0.55, a)
            d.font(size)
            d.cell(w - 34, size * 0.55, b, new_x="LEFT", new_y="NEXT")
            d.set_x(x)
    d.set_xy(d.l_margin, y0 + max(len(left), len(right)) * size * 0.55 + 3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


def iso(a, b=None):
    return a.isoformat() if b is None else f"{a.isoformat()}/{b.isoformat()}"


def plus(d, n):
    return (d + dt.timedelta(days=n)).isoformat()


FAMILY = "inpatient_rehab_hip_fracture_snf_instead_denial"
LANG = "en"
SEED = 272500

FIRST = ["Augustina", "Wendeline", "Cornelius", "Philippa", "Thaddeus", "Rosamund", "Eustace", "Margery",
         "Leopold", "Imogen", "Barnaby", "Dorothea"]
LAST = ["Fenwright", "Ashgrove", "Kilbride", "Marchbank", "Treloar", "Hobhouse", "Penhallow", "Quarrington",
        "Snodgrass", "Wetherby"]
CITIES = ["Marlow Springs, OH 43999", "Tamsin Bay, FL 32999", "Cobbleford, WI 53999", "Saltmarsh, SC 29999"]
STREETS = ["Larkhill Road", "Windrush Court", "Pennycress Lane", "Gorse Hill Drive", "Abbotsford Way"]
IRFS = ["Larkhaven Inpatient Rehabilitation Hospital", "Tamsin Bay Acute Rehabilitation Institute",
        "Northgate Regional Rehab Unit at St. Brendan Medical Center"]
HOSPITALS = ["St. Brendan Medical Center", "Marlow Springs General Hospital", "Cobbleford Memorial Hospital"]
SURGEONS = ["Dr. Ignatius P. Holmwood, MD", "Dr. Sabine R. Kettlewell, DO", "Dr. Anwar T. Bellamy, MD"]
PHYSIATRISTS = ["Dr. Lavinia C. Strood, MD", "Dr. Osgood M. Farrant, DO"]
SNFS = ["Willowmere Skilled Nursing and Rehabilitation", "Harthill Care Center (SNF)"]


def base(r):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1932, 1958), r.randint(1, 12), r.randint(1, 28)),
                fracture=notice - dt.timedelta(days=r.randint(4, 9)))


def irf_reason(name, style=0):
    if style == 0:
        return ("You were admitted to the hospital with a fracture of the right hip and had surgery. Your doctor asked "
                f"us to approve admission to {name}, an inpatient rehabilitation facility (IRF). We reviewed your "
                "records with the plan's coverage rules for inpatient rehabilitation. An IRF stay is covered when a "
                "patient needs, and can take part in, intensive therapy of at least 3 hours a day, 5 days a week, "
                "with close physician supervision. Your records show that you walk 15 feet with a walker and two "
                "staff, tire after 30 minutes of therapy and are limited by pain. Your care needs can be safely met "
                "at a lower level of care, a skilled nursing facility (SNF), where daily skilled therapy is available. "
                "For these reasons, the IRF admission is denied. A skilled nursing facility stay may be approved.")
    return ("The request is for acute inpatient rehabilitation after open reduction and internal fixation of a left "
            "intertrochanteric hip fracture. The member does not meet the criteria for this level of care: the "
            "notes document that the member cannot tolerate 3 hours of therapy per day (sessions ended early on "
            "three days because of fatigue and low blood pressure), and the member has no need for the daily "
            "rehabilitation physician oversight that only an IRF provides. The services can be provided in a "
            "skilled nursing facility.")


# ---------------------------------------------------------------- 0: MA pre-service denial (CMS-10003 style)
def doc_ma_preservice(r):
    f = base(r)
    plan = "Quarry Ridge Medicare Advantage Plan"
    ds = "long"
    irf, surgeon, phys = IRFS[0], SURGEONS[0], PHYSIATRISTS[0]
    ref = pat(r, "QR-PA-9999999")
    f.update(mid=pat(r, "QRM999999999"))
    admit = f["notice"] + dt.timedelta(days=1)
    recv = f["notice"] - dt.timedelta(days=1)
    d = Page(footer="H7931_IDN26_M   Form CMS-10003-NDMCP-style   OMB Approval 0938-0829")
    d.add_page()
    head(d, plan, ["Utilization Management Department, 400 Ferrier Plaza, Marlow Springs, OH 43999",
                   f"Member Services {f['phone']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week"], 0)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B", "C")
    d.ln(2)
    kv(d, [("Member name:", f["member"]), ("Member number:", f["mid"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Reference number:", ref),
           ("Requested by:", f"{irf} (NPI {f['npi']})"), ("Attending surgeon:", surgeon),
           ("Service requested:", "Admission to inpatient rehabilitation facility (IRF)"),
           ("Requested admission date:", fmt_date(admit, ds)),
           ("Request received:", fmt_date(recv, ds)), ("Date of injury:", fmt_date(f["fracture"], ds))],
       w=52, size=9.2)
    paras(d, [
        "#We have DENIED the medical coverage listed below",
        irf_reason(irf, 0),
        "We made this decision using the Medicare coverage rules for inpatient rehabilitation facility services "
        "(42 CFR 412.622(a)(3)). A physician reviewed your request.",
        "#You have the right to appeal our decision",
        "You have the right to ask Quarry Ridge Medicare Advantage Plan to review our decision by asking us for an "
        "appeal. Ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
        "have a good reason for missing the deadline.",
        "Standard appeal: we will give you a written decision within 30 days. Fast (expedited) appeal: if you or "
        "your doctor believe that waiting 30 days could seriously harm your health, ask for a fast appeal; we will "
        "decide within 72 hours. Call 1-555-310-4472 or fax 1-555-310-4479.",
        f"Sincerely, Renata J. Colquhoun, MD, Medical Director. cc: {irf}; {phys}"], size=9.3)
    t = truth("denial_letter", "level_of_care", insurer=plan, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[admit.isoformat()], denial_date=f["notice"].isoformat(),
              provider=irf, appeal_deadline=plus(f["notice"], 65),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: case manager's expedited appeal request + plan denial
def doc_stack(r):
    f = base(r)
    plan = "Bramblecote Health Partners"
    hosp, irf, phys = HOSPITALS[1], IRFS[1], PHYSIATRISTS[1]
    ds = "abbr"
    auth = pat(r, "BHP99999999")
    f.update(mid=pat(r, "BCH-99999999-01"), grp=pat(r, "GR-99999"))
    deny = f["notice"]
    req = deny + dt.timedelta(days=1)
    admit = deny + dt.timedelta(days=2)
    cm = "Henrietta L. Dovecote, RN, BSN, CCM"
    # the plan's denial (the doc being appealed), written first
    d2 = Page(footer="Bramblecote Health Partners - Utilization Review Determination - Page {p} of {n}")
    d2.add_page()
    head(d2, plan, ["Care Management, 12 Yarrow Street, Cobbleford, WI 53999", "UR fax 1-555-604-2218"], 1)
    d2.text_line(f"Determination date: {fmt_date(deny, ds)}", 10)
    d2.ln(2)
    d2.text_line("Adverse Determination - Level of Care", 12.5, "B")
    d2.ln(1)
    kv(d2, [("Patient:", f["member"]), ("ID:", f["mid"]), ("Group:", f["grp"]), ("Authorization #:", auth),
            ("Facility requested:", irf), ("Referring hospital:", hosp),
            ("Proposed admission:", fmt_date(admit, ds)), ("DOB:", fmt_date(f["dob"], "slash"))], w=44, size=9.3)
    paras(d2, [
        "#Reason for the determination",
        irf_reason(irf, 1),
        "Criteria used: Bramblecote Medical Policy MP-412 Inpatient Rehabilitation Facility Admission.",
        "#Appeal rights",
        "You or the provider may file an appeal within 180 days of the date of this notice. If the patient is still "
        "in the hospital, an expedited appeal can be requested by phone or fax and will be decided within 72 hours. "
        "You may also ask for an external review by an independent review organization.",
        "Medical Director, Bramblecote Health Partners"], size=9.3)
    t2 = truth("denial_letter", "level_of_care", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[auth], service_dates=[admit.isoformat()],
               denial_date=deny.isoformat(), provider=irf, appeal_deadline=plus(deny, 180),
               denial_alternates=["medical_necessity"])
    # the case manager's fax (first in the stack)
    d1 = Page(footer=f"{hosp} - Case Management - CONFIDENTIAL")
    d1.add_page()
    head(d1, hosp, ["Department of Case Management, 2200 Cloverfield Avenue, Marlow Springs, OH 43999",
                    "Phone 1-555-722-0140   Fax 1-555-722-0149"], 2)
    d1.text_line("REQUEST FOR EXPEDITED APPEAL - INPATIENT REHABILITATION", 12, "B")
    d1.text_line(f"Date sent: {fmt_date(req, ds)}", 10)
    d1.ln(2)
    kv(d1, [("To:", f"{plan}, Appeals / UR fax 1-555-604-2218"), ("From:", cm),
            ("Patient:", f["member"]), ("Member ID:", f["mid"]), ("DOB:", fmt_date(f["dob"], "slash")),
            ("Denied authorization #:", auth), ("Accepting facility:", irf),
            ("Attending physician:", SURGEONS[2]), ("Physiatry consult:", phys),
            ("Hospital admit date:", fmt_date(f["fracture"], ds))], w=48, size=9.2)
    paras(d1, [
        "We are asking for an expedited (72-hour) appeal of the denial of acute inpatient rehabilitation for the "
        "patient named above. The patient is medically ready for discharge and remains in an acute bed.",
        "Since the review, the patient has completed 90 minutes of PT and 60 minutes of OT on two consecutive days "
        "and now walks 60 feet with a rolling walker and one assist. Before the fall the patient lived alone in a "
        "two-story house and drove. The physiatrist expects the patient to tolerate 3 hours a day and to go home "
        "within 12 to 14 days. A skilled nursing facility could not provide daily physician rehabilitation "
        "oversight for the patient's orthostatic hypotension and new anticoagulation.",
        "Attached: PT/OT notes (6 pages), physiatry consult (2 pages), H&P (3 pages).",
        f"Please call me at 1-555-722-0143 with the decision. {cm}"], size=9.3)
    t1 = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
               service_dates=[], denial_date=req.isoformat(), provider=irf,
               unscored=["insurer", "group_number"],
               alternates={"denial_date": [None], "provider": [hosp, SURGEONS[2]]})
    return [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)]


# ---------------------------------------------------------------- 2: expedited appeal decision, upheld
def doc_appeal(r):
    f = base(r)
    plan = "Harrowgate Senior Advantage"
    ds = "wlong"
    irf, surgeon = IRFS[2], SURGEONS[1]
    appeal, orig = pat(r, "EXP-2026-99999"), pat(r, "PA99999999")
    f.update(mid=pat(r, "HSA9999999"), plan_id="H4417-022")
    admit = f["notice"] + dt.timedelta(days=1)
    d = Page(footer="Harrowgate Senior Advantage (HMO)  H4417-022  Appeals and Grievances  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Appeals and Grievances, PO Box 8820, Tamsin Bay, FL 32999",
                   f"Call {f['phone']}  |  Expedited appeals fax 1-555-881-3306"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Expedited Reconsideration Decision: Your Appeal Was Not Approved", 12, "B")
    d.ln(1)
    two_col(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Plan", "H4417-022"),
                ("Appeal number", appeal)],
            [("Original request", orig), ("Facility", irf), ("Surgeon", surgeon),
             ("Admission date", fmt_date(admit, "slash"))], w=72, size=8.8)
    paras(d, [
        f"On {fmt_date(f['notice'] - dt.timedelta(days=2), ds)} you asked us for a fast appeal of our decision to "
        f"deny your admission to {irf} after surgery for your broken hip. A physician specializing in physical "
        "medicine and rehabilitation, who was not part of the first decision, reviewed your appeal.",
        "#Why we upheld our decision",
        "Inpatient rehabilitation is covered only when you are able to take part in an intensive program of "
        "therapy, generally 3 hours a day at least 5 days a week, and need active, ongoing physician supervision. "
        "Your therapy notes from the hospital show that you completed 45 to 60 minutes of therapy per day and "
        "needed rest breaks because of shortness of breath. You do not meet the criteria for an inpatient "
        "rehabilitation facility. Your rehabilitation can be given at a skilled nursing facility, which your plan "
        "covers and which we have offered to approve.",
        "#What happens next",
        "Because we did not decide fully in your favor, we are required to send your case automatically to an "
        "Independent Review Entity (IRE) for a new review. You do not need to do anything. The IRE will contact "
        "you. If the IRE also denies, you may ask for a hearing with an Administrative Law Judge if the amount in "
        "dispute meets the minimum.",
        "Sincerely, Gareth W. Pellow, Appeals Coordinator"], size=9.2)
    t = truth("denial_letter", "level_of_care", insurer=plan, plan_id="H4417-022", member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, orig], service_dates=[admit.isoformat()],
              denial_date=f["notice"].isoformat(), provider=irf,
              alternates={"case_numbers": [[appeal]], "plan_id": [None]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: SNF approval (nothing denied)
def doc_snf_approval(r):
    f = base(r)
    plan = "Cinderford Community Health Plan"
    ds = "dmy"
    snf = SNFS[0]
    auth = pat(r, "AUTH-99999-AA")
    f.update(mid=pat(r, "CCH999999999"), grp=pat(r, "99999999"))
    start = f["notice"] + dt.timedelta(days=1)
    end = start + dt.timedelta(days=13)
    d = Page(footer="Cinderford Community Health Plan - Authorization Notice")
    d.add_page()
    head(d, plan, ["Health Services, 91 Tollgate Road, Saltmarsh, SC 29999", f"Member line {f['phone']}"], 1)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Your Request Has Been Approved", 13, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Authorization number:", auth), ("Facility:", snf), ("Level of care:", "Skilled nursing (SNF), rehab"),
           ("Approved dates:", f"{fmt_date(start, ds)} to {fmt_date(end, ds)} (14 days)"),
           ("Next review:", fmt_date(end - dt.timedelta(days=1), ds)), ("Discharging hospital:", HOSPITALS[2])],
       w=48, size=9.3)
    paras(d, [
        f"We approved a short-term stay at {snf} for skilled nursing care and physical and occupational therapy "
        "after your hip fracture surgery. The facility will ask us to review your progress before the approved "
        "dates end. Your usual SNF cost sharing applies: $0 per day for days 1 to 20.",
        "An earlier request for admission to an inpatient rehabilitation facility was not approved; that decision "
        "was sent to you in a separate letter. This letter does not change that decision.",
        "If you have questions, call Member Services. This is not a bill."], size=9.5)
    t = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(start, end)], denial_date=f["notice"].isoformat(),
              provider=snf, alternates={"service_dates": [[start.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: commercial letter, cannot tolerate 3 hours (rotated)
def doc_commercial(r):
    f = base(r)
    plan = "Pellingham Assurance Health"
    ds = "iso"
    irf, phys = IRFS[1], PHYSIATRISTS[0]
    case = pat(r, "UM-9999-999999")
    f.update(mid=pat(r, "PAH99999999"), grp=pat(r, "999999"))
    admit = f["notice"]
    recv = f["notice"] - dt.timedelta(days=1)
    d = Page(footer="Pellingham Assurance Health | Notice of Adverse Benefit Determination | {p}/{n}")
    d.add_page()
    head(d, plan, ["Clinical Review Unit, 7 Beacon Hill Row, Tamsin Bay, FL 32999"], 2)
    two_col(d, [("Letter date", fmt_date(f["notice"], ds)), ("Case number", case), ("Member", f["member"]),
                ("Member ID", f["mid"]), ("Group", f["grp"])],
            [("Requesting", phys), ("Facility", irf), ("Service", "IRF admission, rev. 0118"),
             ("Start date", fmt_date(admit, ds)), ("Received", fmt_date(recv, ds))], w=92, size=8.8)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    paras(d, [
        f"Dear {f['member']},",
        irf_reason(irf, 1) + " Therefore, the request for inpatient rehabilitation is not approved. "
        "Post-acute care at a skilled nursing facility is a covered alternative and does not need a new referral.",
        "The reviewer used InterQual-style criteria adopted by the plan (Rehabilitation, Adult, Orthopedic) and "
        "your plan document, section 6.4 Inpatient Rehabilitation.",
        "#Your right to appeal",
        "You may file an appeal within 180 days after you receive this notice. Your doctor may request a "
        f"peer-to-peer discussion by calling {f['phone']}. If you are still in the hospital, you may ask for an "
        "urgent appeal. You may also have the right to an external review; this right applies to decisions based "
        "on medical necessity, appropriateness, health care setting, level of care or effectiveness.",
        "Utilization Review Physician, Pellingham Assurance Health"], size=9.3)
    t = truth("denial_letter", "level_of_care", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[case], service_dates=[admit.isoformat()],
              denial_date=f["notice"].isoformat(), provider=phys,
              alternates={"provider": [irf], "service_dates": [[]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: post-service claim denial of an IRF stay (phone photo)
def doc_claim(r):
    f = base(r)
    plan = "Ravensworth Employee Benefit Plan"
    ds, ms = "upper", "plain"
    irf = IRFS[0]
    claim = pat(r, "9999999999999")
    f.update(mid=pat(r, "RW999999999"), grp=pat(r, "RW-9999"))
    start = f["notice"] - dt.timedelta(days=r.randint(30, 45))
    end = start + dt.timedelta(days=11)
    room = fee(r, 2100, 2600)
    therapy = fee(r, 5200, 7800)
    total = round(room * 11 + therapy, 2)
    d = Page(footer="Ravensworth Employee Benefit Plan, administered by Coldstream Benefit Services")
    d.add_page()
    head(d, plan, ["Claims Office, PO Box 5106, Cobbleford, WI 53999", f"Customer Service {f['phone']}"], 0)
    d.text_line(f"Date of notice: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    d.text_line("Notice of Claim Denial - Inpatient Rehabilitation Stay", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Claim number:", claim),
           ("Facility:", irf), ("Dates of stay:", f"{fmt_date(start, ds)} - {fmt_date(end, ds)}"),
           ("Total charges:", fmt_money(total, ms)), ("Patient account no.:", pat(r, "99999999")),
           ("Date of birth:", fmt_date(f["dob"], ds))], w=42, size=9.3)
    d.table(["Rev code", "Description", "Units", "Charges", "Allowed", "Plan paid"],
            [["0118", "Room and board, rehabilitation", "11", fmt_money(room * 11, ms), "$0.00", "$0.00"],
             ["0420-0440", "PT / OT / speech therapy", "", fmt_money(therapy, ms), "$0.00", "$0.00"],
             ["*Total", "", "", fmt_money(total, ms), "$0.00", "$0.00"]],
            [22, 70, 14, 28, 24, 24], size=8.6, aligns="LLRRRR")
    paras(d, [
        "Reason: no authorization was on file for this stay and the medical records we received after the claim "
        "show that the patient, admitted after a hip fracture repair, was not able to participate in 3 hours of "
        "therapy a day for most of the stay. The care provided was at a skilled nursing level and could have been "
        "provided in a skilled nursing facility. The plan does not pay for care in a more intensive setting than "
        "is needed. Denial code LOC-12.",
        "Appeal: you may request a review within 180 days of the date of this notice. Send your letter and any "
        "records to Coldstream Benefit Services, Appeals Unit, PO Box 5110, Cobbleford, WI 53999."], size=9.2)
    t = truth("denial_letter", "level_of_care", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[iso(start, end)], denial_date=f["notice"].isoformat(), provider=irf,
              appeal_deadline=plus(f["notice"], 180),
              alternates={"insurer": ["Coldstream Benefit Services"]},
              denial_alternates=["medical_necessity", "prior_authorization"], type_alternates=["eob"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicaid managed care notice, boxed form (low-res scan)
def doc_medicaid(r):
    f = base(r)
    plan = "Saltmarsh Medicaid Health Choice"
    ds = "mdy_nopad"
    irf = IRFS[2]
    notice_no = pat(r, "NABD-999999")
    f.update(mid=pat(r, "999999999A"))
    admit = f["notice"] + dt.timedelta(days=2)
    d = Page(footer="SMHC-NABD-07 (2025)  Notice of Adverse Benefit Determination  Page {p} of {n}")
    d.add_page()
    d.text_line("SALTMARSH MEDICAID HEALTH CHOICE", 12.5, "B", "C")
    d.text_line("A managed care plan serving State Medicaid members", 9, "", "C")
    d.text_line(f"300 Harbor Mill Road, Saltmarsh, SC 29999   Member Services {f['phone']}", 8.5, "", "C")
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13.5, "B", "C")
    d.ln(3)
    d.boxes([("Notice date", fmt_date(f["notice"], ds), 40), ("Notice number", notice_no, 48),
             ("Medicaid ID", f["mid"], 48), ("Date of birth", fmt_date(f["dob"], ds), 44)], h=12)
    d.boxes([("Member name", f["member"], 90), ("Service requested", "Inpatient rehabilitation admission", 90)], h=12)
    d.boxes([("Requesting provider", irf, 130), ("Start date", fmt_date(admit, ds), 50)], h=12)
    d.ln(4)
    d.text_line("WHAT WE DECIDED:  [X] Denied   [ ] Partly approved   [ ] Approved", 10, "B")
    d.ln(1)
    paras(d, [
        "WHY: The request does not meet the Medicaid rule for acute inpatient rehabilitation. The member, who had "
        "surgery for a hip fracture, cannot take part in at least 3 hours of therapy each day, and the member's "
        "needs can be met in a skilled nursing facility, a less intensive setting. We can approve a nursing "
        "facility stay with therapy if the hospital sends a new request.",
        "#YOUR RIGHT TO APPEAL",
        "You have 60 days from the date of this notice to ask for an appeal with the plan. You can ask by phone or "
        "in writing. If waiting could seriously harm your health, ask for a fast appeal; we will decide within 72 "
        "hours.",
        "State fair hearing: after the plan's appeal you may ask for a State Fair Hearing within 120 days of the "
        "date of the appeal decision. To keep getting a service that was already approved while you appeal, you "
        "must ask within 10 days.",
        "Help in other languages is free. Llame al 1-555-420-7711 para ayuda en español."], size=9.2)
    t = truth("denial_letter", "level_of_care", insurer=plan, member_id=f["mid"], member_name=f["member"],
              case_numbers=[notice_no], service_dates=[admit.isoformat()], denial_date=f["notice"].isoformat(),
              provider=irf, appeal_deadline=plus(f["notice"], 60), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_ma_preservice_irf_denial", "born_digital", doc_ma_preservice, None),
    ("faxfine_stack_case_manager_appeal_request_ur_denial", "fax_fine_g4", doc_stack, ["cover", None]),
    ("scan300_expedited_appeal_upheld", "scan_clean_300", doc_appeal, None),
    ("photocopy_snf_approval", "photocopy", doc_snf_approval, None),
    ("rotated_commercial_three_hour_rule", "rotated", doc_commercial, None),
    ("phone_irf_stay_claim_denial", "phone_photo", doc_claim, None),
    ("scan150_medicaid_boxed_notice", "scan_lowres_150", doc_medicaid, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
