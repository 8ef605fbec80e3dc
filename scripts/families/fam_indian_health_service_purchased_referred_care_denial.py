"""Family 'indian_health_service_purchased_referred_care_denial': an invented Indian Health Service unit's
Purchased/Referred Care (PRC) program, mirroring the federal program's notices for structure and wording only:
referrals for outside care denied as not within the service unit's medical priorities, emergency care denied because
the PRC office was not notified within 72 hours, alternate resources (Medicaid, private insurance) that must pay
first; reconsideration by the Chief Executive Officer within 30 days of the letter, then an appeal to the Area
Director within 30 days of the reconsideration decision.

Documents: a born-digital denial of an outpatient knee arthroscopy referral as outside medical priorities (dark logo
band, label column); a born-digital two-page letter told in sentences denying an outside emergency visit and stay for
late notification (running header); a sideways outside hospital statement with several lines (denies nothing); a
phone photo of an alternate-resource denial in a boxed grid; a fine-fax PRC payment summary with four claims, one
denied as not on the referral (fax header line, header wrapping over two lines); a scanned reconsideration decision
upholding an MRI denial (two-column body); a photocopied stack of an Area Director decision approving the emergency
claim, a blank separator and the outside cardiologist's letter to the PRC office fed upside down.
All values invented; phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famddb import Page, addr, band, fd, fee, letterhead, lv, paras, pat, ph, plus, usd, wrap_table

FAMILY = "indian_health_service_purchased_referred_care_denial"
LANG = "en"
SEED = 350401
SU = "Thunder Mesa Service Unit"
AREA = "Indian Health Service - Cedar Plateau Area"
SU_ADDR = "PO Box 610, Red Willow, NM 87999"
ALT = {"insurer": ["Thunder Mesa Service Unit Purchased/Referred Care", "Indian Health Service"]}
PATIENTS = ["Loretta J. Yellowhorse", "Delbert R. Manygoats", "Sharice N. Kee", "Virgil T. Runningwater",
            "Darlene M. Chee", "Orlando P. Nakai", "Winona E. Tsinajinnie"]
CLIN = ["Dr. Marcus H. Tallbear", "Dr. Ellen K. Sandoval", "Dr. Naveen R. Kothari"]
ORTHO = "High Desert Orthopaedic Specialists"
HOSP = "Sagebrush Regional Medical Center"
CARDIO = "Dr. Theresa A. Lindqvist"


def base(r, k):
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, pt=PATIENTS[k], hrn=pat(r, "999999"), phone=ph(r),
                dob=dt.date(r.randint(1952, 2008), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"HC {r.randint(61, 79)} Box {r.randint(100, 999)}", "Red Willow, NM 87999"])


def recon_text(deadline="within 30 days of the date of this letter"):
    return [
        "#Your right to reconsideration and appeal",
        f"If you disagree with this decision, you may ask for a reconsideration {deadline}. Write to the Chief "
        f"Executive Officer, {SU}, {SU_ADDR}, and send any new information. If the reconsideration upholds the "
        "denial, you may appeal to the Area Director, Cedar Plateau Area, within 30 days of the reconsideration "
        "decision. The Area Director's decision is final.",
        "PRC is a payer of last resort (42 CFR 136.61). Being denied PRC payment does not mean you did not need "
        "care; you may still owe the outside provider."]


def doc_priority_bd(r):
    f = base(r, 0)
    ref, den = "PRC-" + pat(r, "26-99999"), "D" + pat(r, "2699999")
    planned = plus(f["notice"], r.randint(10, 20))
    d = Page(footer=f"{SU} Purchased/Referred Care  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, SU.upper(), AREA, ["Purchased/Referred Care (PRC) Office", SU_ADDR,
                               f"PRC Office 1-555-{r.randint(300, 899)}-4410   Fax 1-555-632-4499"])
    d.text_line("NOTICE OF DENIAL OF PURCHASED/REFERRED CARE", 12.5, "B", "C")
    d.ln(2)
    lv(d, [("Date of Notice:", fd(f["notice"], "long")), ("Patient:", f["pt"]), ("Health Record No.:", f["hrn"]),
           ("Date of Birth:", fd(f["dob"], "slash")), ("PRC Referral No.:", ref), ("Denial No.:", den),
           ("Referring Clinician:", CLIN[0]), ("Outside Provider:", ORTHO),
           ("Requested Service:", "Arthroscopic partial meniscectomy, right knee (CPT 29881)"),
           ("Planned Date:", fd(planned, "long"))], w=46, size=9.2)
    paras(d, [
        "#Reason for denial",
        "The Purchased/Referred Care program pays for outside care only within the medical priorities the service "
        "unit can fund this fiscal year. Because of limited funds, the Thunder Mesa Service Unit is now funding "
        "Priority I (emergent or acutely urgent care) and Priority II (preventive care) only. This referral was "
        "reviewed by the PRC Review Committee and ranked Priority III (primary and secondary care). It is not within "
        "the medical priorities currently funded (42 CFR 136.23(e)).",
        "Your referral will stay on the deferred services list for 12 months. If funds become available or your "
        "condition changes, your clinician may ask the committee to review it again."], size=9.2)
    paras(d, recon_text(), size=8.9)
    t = truth("denial_letter", "not_covered", insurer=SU, member_id=f["hrn"], member_name=f["pt"],
              case_numbers=[ref, den], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=CLIN[0], appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates=dict(ALT, provider=[ORTHO]), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def emergency_facts(r, k):
    f = base(r, k)
    er = plus(f["notice"], -r.randint(55, 75))
    out = plus(er, 3)
    called = plus(er, 9)
    billed = fee(r, 18000, 42000)
    return f, er, out, called, billed


def doc_72h_prose(r):
    f, er, out, called, billed = emergency_facts(r, 1)
    den = "D" + pat(r, "2699999")
    d = Page(serif=True, header=f"{f['pt']} - PRC denial {den} - {fd(f['notice'], 'slash')}",
             footer=f"{SU}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, SU, [AREA, "Purchased/Referred Care Office", SU_ADDR])
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(3)
    addr(d, [f["pt"], *f["addr"]])
    paras(d, [
        f"Dear {f['pt']}:",
        f"This letter is about the emergency care you received at {HOSP} in Farmington. You were seen in its "
        f"emergency department on {fd(er, 'long')} for chest pain and stayed in the hospital until "
        f"{fd(out, 'long')}. The hospital has asked the Purchased/Referred Care program to pay its charges of "
        f"{usd(billed)}. We have given this request denial number {den}. Your health record number at the "
        f"Thunder Mesa Health Center is {f['hrn']}.",
        "The PRC program can pay for emergency care at an outside hospital only if the PRC office is told about the "
        "care within 72 hours after it begins. Elderly and disabled patients have 30 days. The rule is in "
        "42 CFR 136.24. Our records show that the first call about your care came from the hospital's business "
        f"office on {fd(called, 'long')}, which is more than 72 hours after you arrived at the emergency "
        "department. We did not find a reason in your records, such as being unconscious or in surgery, that kept "
        "you or someone on your behalf from calling in time.",
        "For these reasons the request for payment is denied. We are sorry we cannot give a different answer. "
        "The hospital may bill you. If you have Medicaid, Medicare or other insurance, please give that "
        "information to the hospital right away, and ask our benefits coordinator at "
        f"{f['phone']} about applying for Medicaid, which may be able to pay for past months."], size=10)
    d.add_page()
    paras(d, [
        "If you believe we made a mistake, or if something kept you from notifying us in time, you may ask the "
        "Chief Executive Officer to reconsider. You must ask within 30 days of the date of this letter. Please "
        "tell us why the notice was late and send any papers that show it. If the Chief Executive Officer upholds "
        "the denial, you may appeal to the Area Director within 30 days of that decision, and the Area Director's "
        "decision is final.",
        "Sincerely,", "Annette R. Begaye", "PRC Supervisor", SU], size=10)
    t = truth("denial_letter", "prior_authorization", insurer=SU, member_id=f["hrn"], member_name=f["pt"],
              case_numbers=[den], claim_amount=f"{billed:.2f}", service_dates=[f"{er.isoformat()}/{out.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=HOSP, appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates=ALT, denial_alternates=["other", "timely_filing"])
    return pdf_bytes(d), t


def doc_hospital_bill(r):
    f, er, out, called, billed = emergency_facts(r, 1)
    acct = pat(r, "H99999999")
    stmt = plus(f["notice"], 12)
    lines = [("0450", "Emergency room level 5", er), ("0320", "Radiology - chest", er), ("0300", "Laboratory", er),
             ("0481", "Cardiac catheterization lab", plus(er, 1)), ("0206", "Intermediate care room", plus(er, 1)),
             ("0250", "Pharmacy", plus(er, 2))]
    amts = [fee(r, 900, 2900) for _ in lines[:-1]]
    amts.append(round(billed - sum(amts), 2))
    d = Page(footer=f"{HOSP}  Patient Financial Services  1-555-325-7700")
    d.add_page()
    letterhead(d, HOSP, ["Patient Financial Services", "801 W. Apache Street, Farmington, NM 87999"])
    d.text_line("PATIENT STATEMENT", 12, "B")
    lv(d, [("Statement date", fd(stmt, "dmy")), ("Patient", f["pt"]), ("Account number", acct),
           ("Admit / discharge", f"{fd(er, 'dmy')} - {fd(out, 'dmy')}"),
           ("Insurance on file", "IHS Purchased/Referred Care - DENIED"), ("Payment due", fd(plus(stmt, 25), "dmy"))],
       w=40, size=9.2)
    d.table(["Date", "Rev", "Description", "Charges"],
            [[fd(dd, "dmy"), rc, desc, usd(a, "nosign")] for (rc, desc, dd), a in zip(lines, amts)]
            + [["*Total charges", "", "", usd(billed, "nosign")]], [30, 16, 100, 30], size=8.8, aligns="LLLR")
    paras(d, [
        "Your Purchased/Referred Care claim was denied. Please pay the balance or call us to set up a payment plan "
        "or apply for financial assistance. If you have other insurance, call us with the information."], size=9.2)
    t = truth("other", None, insurer=None, member_name=f["pt"], claim_amount=f"{billed:.2f}",
              service_dates=[f"{er.isoformat()}/{out.isoformat()}"], denial_date=stmt.isoformat(), provider=HOSP,
              unscored=["insurer"],
              alternates={"service_dates": [sorted({er.isoformat(), plus(er, 1).isoformat(), plus(er, 2).isoformat()})]})
    return pdf_bytes(d), t


def doc_alt_resource_photo(r):
    f = base(r, 2)
    den, ref = "D" + pat(r, "2699999"), "PRC-" + pat(r, "26-99999")
    dos = plus(f["notice"], -r.randint(20, 40))
    billed = fee(r, 420, 1900)
    d = Page(footer=f"{SU} PRC")
    d.add_page()
    letterhead(d, SU, [AREA, "Purchased/Referred Care Office  |  " + SU_ADDR], centred=True)
    d.text_line("PRC DENIAL - ALTERNATE RESOURCE AVAILABLE", 12, "B", "C")
    d.ln(2)
    d.boxes([("Date", fd(f["notice"], "iso"), 40), ("Patient", f["pt"], 80), ("Health record no.", f["hrn"], 60)])
    d.boxes([("Denial no.", den, 40), ("PRC referral no.", ref, 50), ("Date of service", fd(dos, "iso"), 45),
             ("Billed", usd(billed), 45)])
    d.boxes([("Provider", "Cottonwood Pulmonary Clinic", 90), ("Referring clinician", CLIN[1], 90)])
    d.ln(4)
    paras(d, [
        "#Why PRC cannot pay",
        "PRC is the payer of last resort. Our benefits coordinator found that you were eligible for New Mexico "
        "Medicaid (Centennial Care) on the date of service but you have not completed the application. An "
        "alternate resource must be used before PRC can pay (42 CFR 136.61).",
        "#What to do",
        f"Finish your Medicaid application with our benefits coordinator at {f['phone']}. If Medicaid denies you, "
        "send us the denial letter and we will review the bill again.",
        "You may ask for a reconsideration within 30 days of the date of this letter. Appeals to the Area Director "
        "must be made within 30 days of the reconsideration decision."], size=9.4)
    t = truth("denial_letter", "other", insurer=SU, member_id=f["hrn"], member_name=f["pt"], case_numbers=[den, ref],
              claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Cottonwood Pulmonary Clinic", appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates=dict(ALT, provider=[CLIN[1]]), denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def doc_summary_fax(r):
    f = base(r, 3)
    stmt = f["notice"]
    ref = "PRC-" + pat(r, "26-99999")
    claims = []
    for prov, svc, lo, hi in [(ORTHO, "New patient visit 99204", 210, 380), (ORTHO, "X-ray knee 3 views 73562", 90, 210),
                              ("Mesa Vista Physical Therapy", "PT evaluation 97162", 160, 290),
                              ("Mesa Vista Physical Therapy", "Ther exercise 97110x4", 180, 360)]:
        claims.append(dict(po=pat(r, "PO-269999"), prov=prov, svc=svc, dos=plus(stmt, -r.randint(25, 60)),
                           billed=fee(r, lo, hi)))
    den = claims[3]
    d = Page(faxline=f"{fd(stmt, 'short')} 09:{r.randint(10, 59)}  {SU} PRC  FAX 1-555-632-4499  "
                     f"TO: MESA VISTA PT  PAGE {{p}}")
    d.add_page()
    letterhead(d, SU, [AREA, "Purchased/Referred Care - Fiscal Intermediary Payment Summary", SU_ADDR])
    d.text_line("PRC PAYMENT SUMMARY", 12, "B")
    lv(d, [("Summary date", fd(stmt, "upper")), ("Patient", f["pt"]), ("Health record no.", f["hrn"]),
           ("Referral no.", ref), ("Referral valid", f"{fd(plus(stmt, -70), 'upper')} to {fd(plus(stmt, 20), 'upper')}")],
       w=38, size=9.0)
    rows = []
    for c in claims:
        dn = c is den
        rows.append([c["po"], fd(c["dos"], "slash"), c["prov"].replace(" Specialists", ""), c["svc"], usd(c["billed"], "nosign"),
                     "0.00" if dn else usd(round(c["billed"] * 0.62, 2), "nosign"), "N30" if dn else "A1"])
    wrap_table(d, ["Purchase order no.", "Date of service", "Provider", "Service", "Billed charges",
                   "Amount PRC paid", "Status code"], rows, [25, 19, 44, 42, 18, 18, 14], size=7.4,
               aligns=["L", "L", "L", "L", "R", "R", "C"])
    paras(d, [
        "A1 - Paid at the PRC rate under the referral.",
        "N30 - Denied. The referral authorized an evaluation only; therapy visits were not on the referral and no "
        "new PRC referral was requested before the service.",
        "The patient or provider may ask for a reconsideration of a denied line within 30 days of the date of this "
        "summary. Providers may not bill IHS-eligible patients for PRC-paid services (25 U.S.C. 1621u)."], size=8.6)
    t = truth("eob", "prior_authorization", insurer=SU, member_id=f["hrn"], member_name=f["pt"],
              case_numbers=[den["po"]], claim_amount=f"{den['billed']:.2f}", service_dates=[den["dos"].isoformat()],
              denial_date=stmt.isoformat(), provider="Mesa Vista Physical Therapy",
              appeal_deadline=plus(stmt, 30).isoformat(),
              alternates=dict(ALT, case_numbers=[[den["po"], ref]]), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_recon_upheld(r):
    f = base(r, 4)
    den, rc = "D" + pat(r, "2699999"), "RC-" + pat(r, "26-9999")
    first = plus(f["notice"], -r.randint(30, 45))
    planned = plus(f["notice"], 21)
    d = Page(footer=f"{SU} - Office of the Chief Executive Officer")
    d.add_page()
    band(d, SU, AREA, ["Office of the Chief Executive Officer", SU_ADDR])
    d.text_line("RECONSIDERATION DECISION - PURCHASED/REFERRED CARE", 12, "B")
    d.ln(1)
    lv(d, [("Date", fd(f["notice"], "abbr")), ("Patient", f["pt"]), ("Health record no.", f["hrn"]),
           ("Reconsideration no.", rc), ("Original denial no.", den), ("Referring clinician", CLIN[2])],
       w=44, size=9.2)
    y0 = d.get_y()
    left = [
        "#What you asked",
        f"You asked us to reconsider our {fd(first, 'abbr')} denial of a referral for an MRI of the lumbar spine "
        f"at Four Corners Imaging, planned for {fd(planned, 'abbr')} or later.",
        "#What we reviewed",
        "Your letter, the referral, your clinic notes for the last six months and the PRC Review Committee's "
        "ranking.",
    ]
    right = [
        "#Decision: DENIAL UPHELD",
        "The MRI is ranked Priority III. The service unit is funding Priority I and II only this fiscal year. "
        "The denial is upheld because the service is outside the medical priorities that can be funded "
        "(42 CFR 136.23(e)). It remains on the deferred services list.",
        "#Next step",
        "You may appeal to the Area Director, Cedar Plateau Area, within 30 days of the date of this letter. "
        "The Area Director's decision is final.",
    ]
    d.set_left_margin(18)
    d.set_right_margin(113)
    d.set_xy(18, y0)
    paras(d, left, size=9.2)
    yl = d.get_y()
    d.set_left_margin(108)
    d.set_right_margin(18)
    d.set_xy(108, y0)
    paras(d, right, size=9.2)
    d.set_left_margin(18)
    d.set_xy(18, max(yl, d.get_y()) + 4)
    paras(d, ["Sincerely,", "Raymond J. Etsitty, Chief Executive Officer", SU], size=9.4)
    t = truth("denial_letter", "not_covered", insurer=SU, member_id=f["hrn"], member_name=f["pt"],
              case_numbers=[rc, den], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=CLIN[2], appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates=dict(ALT, provider=["Four Corners Imaging"]), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def stack_area(r):
    f, er, out, called, billed = emergency_facts(r, 5)
    den, ap = "D" + pat(r, "2699999"), "AD-" + pat(r, "26-999")
    # Area Director decision approving payment
    d = Page(serif=True, footer="Cedar Plateau Area Office")
    d.add_page()
    letterhead(d, "Indian Health Service - Cedar Plateau Area Office", ["Office of the Area Director",
               "1200 Mesa Ridge Road, Gallup, NM 87999"], centred=True)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["pt"], *f["addr"]])
    paras(d, [
        f"Dear {f['pt']}:",
        f"I have reviewed your appeal, number {ap}, of the {SU}'s denial {den} of payment for your emergency care "
        f"at {HOSP} from {fd(er, 'long')} through {fd(out, 'long')}, with charges of {usd(billed)}.",
        "The denial was based on late notice to the PRC office. Your appeal showed that you were taken to the "
        "hospital by ambulance, were in the cardiac unit for two days and that a family member called the service "
        "unit's after-hours line within 72 hours. The call was logged in the wrong clinic's record.",
        "I am reversing the denial. The service unit will issue a PRC purchase order and pay the hospital at the "
        "PRC rate. The hospital may not bill you for these services. This decision is final.",
        "Sincerely,", "Area Director, Cedar Plateau Area"], size=10)
    dec = pdf_bytes(d)
    t_dec = truth("other", None, insurer="Indian Health Service - Cedar Plateau Area Office", member_name=f["pt"],
                  case_numbers=[ap, den], claim_amount=f"{billed:.2f}",
                  service_dates=[f"{er.isoformat()}/{out.isoformat()}"], denial_date=f["notice"].isoformat(),
                  provider=HOSP, alternates={"insurer": [SU, "Indian Health Service"]})
    # the outside cardiologist's letter to the PRC office (denies nothing)
    ld = plus(f["notice"], -r.randint(40, 50))
    d = Page()
    d.add_page()
    letterhead(d, "San Juan Heart and Vascular", ["801 W. Apache Street, Suite 300, Farmington, NM 87999",
                                                  "Tel 1-555-325-8100  Fax 1-555-325-8199"])
    d.text_line(fd(ld, "dmy"), 10)
    d.ln(3)
    addr(d, ["PRC Review Committee", SU, SU_ADDR])
    paras(d, [
        f"Re: {f['pt']}, date of birth {fd(f['dob'], 'dmy')}",
        f"I cared for {f['pt']} in the cardiac unit of {HOSP} from {fd(er, 'dmy')} to {fd(out, 'dmy')} for an "
        "acute coronary syndrome. The patient arrived by ambulance and had a cardiac catheterization the next "
        "morning, and was not able to make calls during the first two days of the stay. I support this appeal and ask that "
        "the PRC program consider her care.",
        "Sincerely,", CARDIO + ", MD, FACC", "Interventional Cardiology"], size=10)
    let = pdf_bytes(d)
    t_let = truth("other", None, insurer=None, member_name=f["pt"], service_dates=[f"{er.isoformat()}/{out.isoformat()}"],
                  denial_date=ld.isoformat(), provider=CARDIO, unscored=["insurer", "service_dates", "denial_date"])
    return [(dec, t_dec), (let, t_let)], ["blank", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_area(r(6))
    return [
        Item(f"{FAMILY}_bd_knee_arthroscopy_not_within_priorities", "born_digital", [doc_priority_bd(r(0))]),
        Item(f"{FAMILY}_bd_emergency_72_hour_notice_prose_two_page", "born_digital", [doc_72h_prose(r(1))]),
        Item(f"{FAMILY}_rotated_outside_hospital_statement", "rotated", [doc_hospital_bill(r(1))]),
        Item(f"{FAMILY}_photo_alternate_resource_medicaid", "phone_photo", [doc_alt_resource_photo(r(2))]),
        Item(f"{FAMILY}_faxfine_payment_summary_four_claims", "fax_fine_g4", [doc_summary_fax(r(3))]),
        Item(f"{FAMILY}_scan300_reconsideration_upheld_two_column", "scan_clean_300", [doc_recon_upheld(r(4))]),
        Item(f"{FAMILY}_copy_stack_area_director_approved_and_cardiologist_letter", "photocopy", docs,
             separators=seps, turns={(1, 0): 180}),
    ]
