"""Papers mirrored (structure and plain wording style only; every sentence written here) from a tribal health
program's Purchased/Referred Care (PRC): a tribe that runs its own health services under a self-governance compact
buys outside care for its patients when its health center cannot give it. PRC is not insurance: it pays only for care
on a referral from the tribe's own clinicians (a purchase order goes to the outside vendor), for people who live in
the PRC delivery area, for care within the medical priorities the year's funds reach, after every other coverage
(Medicaid, Medicare, a job's plan) has paid, and for emergency care only when the PRC office is told within 72 hours
after it starts (30 days for elders and people with disabilities). Outside vendors are paid at Medicare-like rates by a
fiscal agent acting for the program, and may not bill the patient for authorized care. A patient may ask the Tribal
Health Director to reconsider within 30 days of a notice, then the Health Board's Appeals Panel. "Purchased/Referred
Care", "PRC", "Indian Health Service", Medicaid, Medicare, the five medical priority levels, CPT and revenue codes
appear as themselves.

Invented: the Maheshka River Tribe, its department Maheshka River Tribal Health Services (the insurer), the
Redwillow Health Center and the Duskridge Clinic (direct care), the PRC delivery area (Shadwick, Orlamund and Minnick
counties, state "NK"), the fiscal agent Vellinger Claims Services, Inc., every vendor, person, number, amount and
address; phones 555.

Letterheads: the department's wordmark in letter-spaced capitals broken over two lines ("M A H E S H K A" /
"R I V E R   T R I B E") beside a drawn river ring, the department and program lines under it, its full name only in
the footer or the signature; on the approval a ring of the initials "MRT" beside "Purchased/Referred Care" with the
full name only in the running footer; the fiscal agent's name in heavy type with "Fiscal agent for ..." and "Payments
made on behalf of the Tribe ..." in grey under it.

Numbering: the patient's chart number at the health center is the only patient number used by PRC: "MR" + three
digits + a clinic letter (S, G or B) + two digits + a check letter (O, I or Z), e.g. "MR418S07Z" (letters that read as
digits in fixed places); printed plain, in spaced groups ("MR 418 S07 Z") or only inside a sentence. Tribal
enrollment numbers ("11-" + five digits) are decoys. Referrals "RF26-" + five digits; purchase orders "P26G" + five
digits; PRC notices "DN-26-" + four digits; reconsiderations "RC-26-" + three digits; fiscal-agent claims "V26" + day
of year + six digits. Decoys: enrollment numbers, hospital account numbers, EFT trace and vendor numbers, NPIs, TINs,
form numbers (PRC-F2, PRC-N1 ...).

Documents (8 in 7 files):
- bd_vendor_statement_medicaid_first_middle_row: a born-digital vendor payment statement from the fiscal agent to a
  valley health system for five claims of four patients, each row with patient and chart number, claim and purchase
  order numbers, service date, "Billed by" (the system's hospital, medical group or imaging arm) and "Rendering"
  (the clinician) in separate columns, billed / allowed / other payer / PRC paid and a code; the third row (a clinic
  visit) pays 0.00 under AR (the patient had Medicaid that day; bill it first) between rows with amounts in every
  column; statement date beside an earlier "claims received through" date; 30 days "of the date of this statement".
  `eob`, `other`.
- bd_referral_authorized_initials_logo: a born-digital referral authorization to a patient ("MRT" ring, the full
  name only in the footer; the notice date beside the earlier referral-received date; the cardiologist on a provider
  line with address and NPI; appointment, services and "not to exceed" amount; the chart number in spaced groups).
  `other`, no denial.
- faxstd_stack_routing_slip_72_hour_stay_then_hospital_bill: a standard-fax stack from the Duskridge Clinic's front
  desk: a printed routing slip filled in by hand (a page of its own), the PRC notice refusing an emergency admission
  reported eight days after it began (admitted and discharged in separate boxes, hospital and attending physician,
  notice date beside the date PRC was told; page 2 fed upside down) - `prior_authorization`; then the hospital's
  patient statement for the same stay - `other`, no denial. Every page carries the clinic fax machine's later date.
- faxstd_delivery_area_id_in_sentence: a standard-fax notice that physical therapy in a city outside the delivery area
  is not paid because the patient moved there (the chart number only in a sentence, the notice date beside the claim
  received date, four visits, "no later than May 29, 2026"). `eligibility`.
- phone_es_juanete_prioridad_diferida: a photographed Spanish notice that bunion surgery is on the deferred services
  list this year (priority level III, beyond what funds reach); the outside podiatrist and the referring health center
  doctor; 30 days "a partir de la fecha de esta carta". `not_covered`.
- lowres_director_reconsideration_endoscopy_upheld: a 150 dpi reconsideration decision of the Tribal Health Director
  keeping the refusal of an upper endoscopy as not needed yet (no alarm signs, no eight-week medicine trial); the
  gastroenterology practice and its physician; the patient's request date and the first notice date as decoys; the
  Appeals Panel within 30 days of the decision. `medical_necessity`.
- rotated_wrong_imaging_vendor_provider_npi_line: a letter fed sideways to an open MRI center that did a lumbar MRI
  authorized at another imaging center (its provider line with address and NPI, the service date only in a sentence,
  30 days of the letter). `out_of_network`.

Truth notes: the insurer is the letterhead issuer: Maheshka River Tribal Health Services on the program's papers (the
Tribe and the program's names accepted), Vellinger Claims Services, Inc. on the vendor statement (the program's
names accepted); unscored on the hospital's statement. No plan or group on any paper. The member ID is the chart
number. Provider: the rendering clinician on the vendor statement (the billing arm accepted), the cardiologist on the
approval (the practice accepted), the hospital for the emergency stay and on its statement (the attending accepted),
the therapy clinic (the therapist accepted), the podiatrist on the deferred surgery (her clinic and the referring
doctor accepted), the gastroenterologist (his practice accepted), the MRI center (the radiologist accepted). Case
numbers: the claim and its purchase order on the statement (the claim alone accepted); referral and purchase order on
the approval (either or none accepted); the PRC notice number; the referral on the deferral; the reconsideration and
the first notice on the decision (either alone accepted); the fiscal agent's claim and the notice on the MRI letter
(either alone accepted). The 72-hour refusal is typed `prior_authorization` (`other` and `timely_filing` accepted);
the deferral `not_covered` (`medical_necessity` accepted); the wrong vendor `out_of_network` (`prior_authorization`
accepted). Planned dates on pre-service papers are service dates (none accepted); the stay is a span (its first day
or both days accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famve import (EVSheet, addr_block, digits, es_date, first_last, iso, last_first, long, m2, n2, npi,
                               out, people, phone, plus, routing_slip_cover, sign, slash, spaced_id, tin, tollfree,
                               truth, usd)

FAMILY = ("maheshka_river_tribal_prc_vendor_statement_medicaid_first_72_hour_stay_delivery_area_bunion_deferred_"
          "endoscopy_upheld_wrong_mri_vendor_refusals")
LANG = "en"
SEED = 355106
USED: set = set()

TRIBE = "Maheshka River Tribe"
INS = "Maheshka River Tribal Health Services"
PRC = "Purchased/Referred Care Program"
FI = "Vellinger Claims Services, Inc."
INS_ALT = [INS, TRIBE, f"{INS} {PRC}", f"Maheshka River {PRC}", f"{TRIBE} {PRC}", "Maheshka River Tribal Health",
           "Maheshka River PRC"]
FI_ALT = [FI, "Vellinger Claims Services", "Vellinger"] + INS_ALT
OFFICE = ["200 Agency Road", "Redwillow, NK 58730"]
FOOT = f"{INS}  \u00b7  {PRC}  \u00b7  {OFFICE[0]}, {OFFICE[1]}"
CLINIC_LET = "SGB"
CHECK_LET = "OIZ"


def chart_no(rng) -> str:
    return f"MR{digits(rng, 3)}{rng.choice(CLINIC_LET)}{digits(rng, 2)}{rng.choice(CHECK_LET)}"


def spaced_chart(c: str) -> str:
    return spaced_id(c, (2, 3, 3, 1))


def enroll_no(rng) -> str:
    return f"11-{digits(rng, 5)}"


def fi_claim(rng, d: dt.date) -> str:
    return f"V26{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def head(p: EVSheet, rng, box: str | None = None):
    p.spaced_split("Maheshka", "River Tribe", ["Tribal Health Services", PRC],
                   [OFFICE[0], OFFICE[1], f"PRC office {phone(rng)}", f"After hours (emergencies) {tollfree(rng)}",
                    f"Fax {phone(rng)}"], mark="river", box=box, size=16.5,
                   small="Redwillow Health Center  \u00b7  Duskridge Clinic")


# ---------------------------------------------------------------------------------------------------------------
def bd_vendor_statement(rng):
    pts = people(rng, 4, "mr", sexes="FMFM", used=USED)
    rend = people(rng, 5, "mc", sexes="FMFMF", used=USED)
    charts = [chart_no(rng) for _ in pts]
    system = "Orlamund Valley Health"
    arms = ["Orlamund Valley Medical Group", "Orlamund Valley Hospital", "Orlamund Valley Imaging"]
    sd = dt.date(2026, 5, 14)
    thru = dt.date(2026, 5, 8)
    eft = dt.date(2026, 5, 15)
    dates = [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17), dt.date(2026, 3, 24),
             dt.date(2026, 4, 2)]
    who = [0, 1, 2, 3, 0]
    creds = ["CNP", "MD", "PA-C", "MD", "DO"]
    arm_of = [0, 1, 0, 2, 0]
    svc = ["Office visit 99214", "Outpatient surgery, hernia repair 49505", "Office visit 99213",
           "CT abdomen with contrast 74160", "Office visit 99214"]
    money = [(312.00, 198.40, 60.00, 138.40), (6840.00, 4122.75, 1650.00, 2472.75), (248.00, 0.00, 0.00, 0.00),
             (1190.00, 512.30, 210.00, 302.30), (312.00, 198.40, 40.00, 158.40)]
    codes = ["MLR OP", "MLR OP", "AR", "MLR OP", "MLR OP"]
    claims = [fi_claim(rng, plus(d, rng.randint(6, 12))) for d in dates]
    pos = [f"P26G{digits(rng, 5)}" for _ in dates]
    den = 2
    p = EVSheet(footer="Page {n} of {nb}",
                ids_foot=f"{FI}  \u00b7  P.O. Box 4418, Minnick Falls, NK 58761  \u00b7  Form VC-PRC-3")
    p.set_margins(13, 12, 13)
    p.add_page(orientation="L")
    p.agent_head("VELLINGER CLAIMS SERVICES, INC.",
                 [f"Fiscal agent for the {TRIBE} {PRC}",
                  "Payments made on behalf of the Tribe from its Purchased/Referred Care funds"],
                 ["P.O. Box 4418", "Minnick Falls, NK 58761", f"Vendor line {tollfree(rng, '888')}",
                  f"Fax {phone(rng, '701')}"], box="VENDOR PAYMENT STATEMENT", size=15)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [system, "Attn: Patient Financial Services", "1400 Cottonmere Avenue", "Orlamund, NK 58744"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Statement date", slash(sd)), ("Claims received through", slash(thru))],
                x=p.l_margin + W * 0.52, w=W * 0.48, size=9.4)
    p.far_right([("Vendor no.", f"GV-{digits(rng, 5)}"), ("Payee TIN", tin(rng)),
                 ("EFT trace / date", f"{digits(rng, 9)}  {slash(eft)}"), ("Amount sent", usd(sum(m[3] for m in money)))],
                x=p.l_margin + W * 0.52, cap_w=30, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("The claims below were priced at the Medicare-like rate that applies to care the Tribe's Purchased/Referred "
           "Care Program buys, after any other payer's payment. For care on a purchase order, you may not bill the "
           "patient for any amount the program paid or allowed. Codes are explained below the table.", 8.2)
    rows = []
    for i in range(5):
        k = who[i]
        b, a, o, pd = money[i]
        rows.append([f"{last_first(pts[k])}\n{charts[k]}", f"{claims[i]}\n{pos[i]}", slash(dates[i]),
                     f"{arms[arm_of[i]]}\n{svc[i]}", f"{rend[i]}, {creds[i]}", n2(b), n2(a), n2(o), n2(pd),
                     codes[i]])
    rows.append(("total", ["", "", "", "Statement totals", "", n2(sum(m[0] for m in money)),
                           n2(sum(m[1] for m in money)), n2(sum(m[2] for m in money)), n2(sum(m[3] for m in money)),
                           ""]))
    p.coded_rows(["Patient / chart no.", "Claim no. / PO no.", "Service date", "Billed by / service", "Rendering",
                  "Billed", "Allowed (MLR)", "Other payer paid", "PRC paid", "Code"],
                 [W * k / 100 for k in (15, 12.5, 8, 19.5, 14, 6.5, 7, 6.5, 6.5, 4.5)],
                 ["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.4, row_h=7.6, code_box=False)
    p.legend_cols("Codes", [
        ("MLR", "Priced at the Medicare-like rate for this service; the allowed amount is the most the program "
                "recognizes."),
        ("OP", "Another payer (a job-based plan or Medicare) paid first; PRC paid the rest of the allowed amount."),
        ("AR", "Not paid. The patient had an alternate resource on the date of service: State Medical Assistance "
               "(Medicaid) shows the patient enrolled. Bill Medical Assistance. PRC pays last and considers only what "
               "is left after that payment."),
        ("NP", "Not paid: no purchase order for this service or this vendor."),
        ("72", "Not paid: the PRC office was not told of the emergency care within 72 hours."),
        ("DA", "Not paid: the patient did not live in the PRC delivery area on the date of service."),
    ], ncol=2, size=7.0, code_w=8)
    p.bar("Questions and reconsideration", 8.4)
    p.para("A vendor may ask for reconsideration of any line within 30 days of the date of this statement. Send the "
           "claim number, the purchase order number and the reason, with any other payer's remittance, to the "
           f"address above or by fax. This statement is issued by {FI} for the {TRIBE}; it is not a guarantee of "
           "payment for any care not listed.", 7.8)
    k = who[den]
    t = truth("eob", "other", insurer=FI, member_id=charts[k], member_name=pts[k], cases=[claims[den], pos[den]],
              claim_amount=m2(money[den][0]), service_dates=[iso(dates[den])], denial_date=iso(sd),
              provider=f"{rend[den]}, {creds[den]}", appeal_deadline=iso(plus(sd, 30)),
              alternates={"insurer": FI_ALT, "case_numbers": [[claims[den]]],
                          "provider": [rend[den], arms[arm_of[den]], system]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_referral_approved(rng):
    pt = people(rng, 1, "mr", sexes="M", used=USED)[0]
    cardio, pcp, coord = people(rng, 3, "mc", sexes="FMF", used=USED)
    chart = chart_no(rng)
    ref = f"RF26-{digits(rng, 5)}"
    po = f"P26G{digits(rng, 5)}"
    rcv = dt.date(2026, 4, 17)
    ld = dt.date(2026, 4, 22)
    appt = dt.date(2026, 5, 12)
    prac = "Minnick Falls Heart Clinic"
    cnpi = npi(rng)
    nte = 1350.00
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    p.initials_head("MRT", ["Purchased/Referred Care", "Tribal Health Services",
                            "Redwillow Health Center  \u00b7  200 Agency Road"],
                    ["Redwillow, NK 58730", f"Referral desk {phone(rng)}", f"Fax {phone(rng)}"],
                    box="REFERRAL AUTHORIZED")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "14 Willow Bend Road", "Redwillow, NK 58731"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Date of this letter", long(ld)), ("Referral received", slash(rcv))], x=p.l_margin + W * 0.5,
                w=W * 0.5)
    p.far_right([("Chart no.", spaced_chart(chart)), ("Referral no.", ref), ("Purchase order", po),
                 ("Enrollment no.", enroll_no(rng))], x=p.l_margin + W * 0.5, cap_w=26, size=9.0)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(pt)}:", 9.8)
    p.para(f"Your referral for heart tests is approved. Dr. {pcp} at the Redwillow Health Center asked for it after "
           "your visit for chest tightness and shortness of breath. Purchased/Referred Care (PRC) has sent a "
           "purchase order to the provider below, so the visit and the test listed are paid by PRC, after any "
           "other coverage you have.", 9.2)
    p.bar("Where and when", 9.2)
    p.prov_line("Provider:", f"Dr. {cardio}, MD", f"{prac}, 610 Larchfield Drive, Minnick Falls, NK 58760", cnpi)
    p.pairs([("Appointment", f"Tuesday, {long(appt)}, at 9:40 a.m. Please arrive 15 minutes early."),
             ("Phone", phone(rng, "701"))], label_w=30, size=9.0)
    p.ln(1)
    p.ruled_rows(["Service authorized", "Code", "Visits / units"],
                 [["Consultation, new patient", "99244", "1"], ["Echocardiogram (heart ultrasound)", "93306", "1"]],
                 [W * 0.6, W * 0.2, W * 0.2], ["L", "L", "R"], size=8.8)
    p.para(f"The purchase order covers only these services, on this date or within 60 days of it, up to "
           f"{usd(nte)} in all (not to exceed). This is not a bill. If the cardiologist wants more tests or another "
           "visit, the clinic must call the PRC office first and get a new purchase order.", 9.0)
    p.bar("What you need to do", 9.2)
    p.bullets(["Take this letter and any insurance card you have (Medicaid, Medicare, a job's plan) to the "
               "appointment. PRC pays last, after all other coverage.",
               "If you cannot keep the appointment, call the referral desk before the day so the purchase order can "
               "be moved.",
               "If you go to the emergency room for this problem before the appointment, call the PRC office within "
               "72 hours."], 8.8)
    p.ln(1)
    sign(p, [first_last(coord), "Referral Coordinator", "Purchased/Referred Care"])
    p.para(f"cc: {prac}; Dr. {pcp}, Redwillow Health Center", 7.8)
    t = truth("other", None, insurer=INS, member_id=chart, member_name=pt, cases=[ref, po],
              service_dates=[iso(appt)], denial_date=iso(ld), provider=f"{cardio}, MD",
              alternates={"insurer": INS_ALT, "case_numbers": [[ref], [po], []], "claim_amount": [m2(nte)],
                          "service_dates": [[]], "provider": [cardio, prac]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_72_hour(rng):
    pt = people(rng, 1, "mr", sexes="F", used=USED)[0]
    sis = people(rng, 1, "mr", sexes="F", used=USED)[0]
    att, tech, clerk = people(rng, 3, "mc", sexes="MFF", used=USED)
    chart = chart_no(rng)
    hosp = "Shadwick Memorial Hospital"
    adm, dis = dt.date(2026, 3, 8), dt.date(2026, 3, 11)
    told = dt.date(2026, 3, 16)
    nd = dt.date(2026, 4, 6)
    stmt = dt.date(2026, 4, 14)
    sent = dt.date(2026, 4, 20)
    dn = f"DN-26-{digits(rng, 4)}"
    acct = f"TMH{digits(rng, 7)}"
    charges = [("0450", "Emergency room", 2184.00), ("0120", "Room and board, 3 days", 7140.00),
               ("0250", "Pharmacy", 1862.40), ("0300", "Laboratory", 2216.85), ("0320", "X-ray", 611.00),
               ("0352", "CT scan", 3190.00), ("0636", "Drugs, detailed coding", 1202.00)]
    total = round(sum(c[2] for c in charges), 2)
    clinic_fax = f"(406) 555-{digits(rng, 4)}"
    tx = f"{slash(sent)}  10:{rng.randint(10, 59)}  DUSKRIDGE CLINIC FRONT DESK  {clinic_fax}  P.{{n}}/{{t}}"
    # --- the PRC notice (2 pages, page 2 fed upside down) ---
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=4, tx_flip=(2,))
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="PRC PAYMENT DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "Box 87, 3 Prairie Smoke Lane", "Duskridge, NK 58736"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Date of this notice", long(nd)), ("Date PRC was told", slash(told))], x=p.l_margin + W * 0.5,
                w=W * 0.5)
    p.far_right([("Notice no.", dn), ("Chart no.", chart), ("Enrollment no.", enroll_no(rng))],
                x=p.l_margin + W * 0.5, cap_w=26, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para("Purchased/Referred Care (PRC) cannot pay for the emergency care and hospital stay listed below.", 9.4)
    p.boxes([[("Hospital", hosp, 0.34), ("Admitted via the ER", slash(adm), 0.24),
              ("Discharged", slash(dis), 0.17), ("Charges", usd(total), 0.25)],
             [("Attending physician", f"Dr. {att}, MD", 0.5), ("Hospital account (for your records)", acct, 0.5)]],
            size=9.0, cap=6.2)
    p.bar("Why PRC cannot pay", 9.2)
    p.para("When you get emergency care somewhere other than the Redwillow Health Center or the Duskridge Clinic, "
           "you, a family member or the hospital must tell the PRC office within 72 hours after the care begins. "
           "That gives the office time to check eligibility, other coverage and whether you can be moved back to "
           "the health center for the rest of your care. For people 65 and older and people with disabilities the "
           "time is 30 days.", 9.0)
    p.para(f"Your care began on {long(adm)}. The PRC office first heard about it on {long(told)}, when "
           f"{first_last(sis)} called for you. That is eight days after the care began. Our records show no call or "
           "fax from you, your family or the hospital before then, and nothing showing that you could not have "
           "called or had someone call.", 9.0)
    p.para("Because the office was not told in time, PRC will not pay the hospital or the doctors who saw you "
           "there.", 9.0)
    p.add_page()
    p.bar("Other help with this bill", 9.2)
    p.para("Ask the hospital about its financial assistance program. If you may qualify for Medicaid (State Medical "
           "Assistance), apply now; Medicaid can sometimes pay for care from the three months before you apply. The "
           "Patient Benefits Coordinator at the Redwillow Health Center can help you with either application.", 9.0)
    p.bar("If you disagree: reconsideration", 9.2)
    p.para("You may ask the Tribal Health Director to reconsider this decision within 30 days of the date of this "
           "notice. Write to the Tribal Health Director, Maheshka River Tribal Health Services, 200 Agency Road, "
           "Redwillow, NK 58730, or bring your letter to either clinic. Tell us why you think PRC should pay and send "
           "anything that shows the office was told sooner (a phone record, a hospital note) or that you could not "
           "call. If the Director keeps the decision, you may then appeal to the Appeals Panel of the Tribal Health "
           "Board.", 9.0)
    p.ln(2)
    sign(p, [first_last(clerk), "PRC Claims Technician", f"{INS}, {PRC}"])
    p.para(f"cc: {hosp}, Patient Financial Services", 7.8)
    notice = out(p)
    t1 = truth("denial_letter", "prior_authorization", insurer=INS, member_id=chart, member_name=pt, cases=[dn],
               claim_amount=m2(total), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd), provider=hosp,
               appeal_deadline=iso(plus(nd, 30)),
               alternates={"insurer": INS_ALT, "provider": [f"{att}, MD", att],
                           "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]},
               denial_alternates=["other", "timely_filing"])
    # --- the hospital's statement (1 page) ---
    q = EVSheet(footer=None, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(16, 16, 16)
    q.add_page()
    q.set_font("Serif", "B", 17)
    q.cell(0, 7, hosp, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    for ln in ["Patient Financial Services  \u00b7  77 Hospital Hill, Shadwick, NK 58702",
               f"Questions about this bill {phone(rng, '701')}  \u00b7  Financial assistance {phone(rng, '701')}"]:
        q.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.set_line_width(0.6)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.set_line_width(0.2)
    q.ln(3)
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [pt.upper(), "BOX 87, 3 PRAIRIE SMOKE LANE", "DUSKRIDGE NK 58736"], 9.2)
    yl = q.get_y()
    q.set_y(y)
    q.boxes([[("Statement date", slash(stmt), 0.5), ("Account no.", acct, 0.5)],
             [("Admitted", slash(adm), 0.5), ("Discharged", slash(dis), 0.5)],
             [("Amount due", usd(total), 1.0)]], x=q.l_margin + W * 0.52, w=W * 0.48, size=9.0)
    q.set_y(max(q.get_y(), yl) + 1)
    q.f(11, "B")
    q.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.ruled_rows(["Rev. code", "Description", "Charges"],
                 [[c, d, n2(a)] for c, d, a in charges] + [["", "Total charges", n2(total)],
                                                            ["", "Payments and adjustments", "0.00"],
                                                            ["", "Balance", n2(total)]],
                 [W * 0.16, W * 0.6, W * 0.24], ["L", "L", "R"], size=8.8, bold_rows=(len(charges), len(charges) + 2))
    q.framed_note(f"Insurance on file: Maheshka River Tribe PRC (chart {chart}). PRC sent word on "
                  f"{slash(nd)} that it will not pay this stay. The balance is now yours. If PRC changes its "
                  "decision, or Medicaid or another plan covers the stay, tell us and we will bill them. Ask us about "
                  "financial assistance before you pay: many families pay less or nothing.", 8.6)
    q.ln(2)
    q.f(8.4)
    q.multi_cell(W, 4, "Please pay or call us by May 14, 2026. Attending physicians bill separately.",
                 new_x="LMARGIN", new_y="NEXT")
    bill = out(q)
    t2 = truth("other", None, insurer=None, member_id=chart, member_name=pt, claim_amount=m2(total),
               service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(stmt), provider=hosp, unscored=["insurer"],
               alternates={"member_id": [None], "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]})
    cover = routing_slip_cover(
        rng, ["Duskridge Clinic", "Maheshka River Tribal Health Services", "Front desk  \u00b7  Highway 9, Duskridge"],
        ["PRC office", "Patient Benefits Coordinator", "Medical records", "Health Director", "Business office",
         "Other ____________"], {"PRC office", "Patient Benefits Coordinator"},
        ["For your information", "Please handle", "Please call patient", "Return to me"],
        {"Please handle", "Please call patient"}, "Front desk - Duskridge", "4/20/26",
        [f"Pt {first_last(pt)} brought these in.", "Wants a reconsideration -", "says her sister called PRC",
         "from the hosp. on 3/9 ??"],
        extra=["4 pages with this slip", f"pt cell {phone(rng)}"], tx=tx, tx_total=4)
    return cover, [(notice, t1), (bill, t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_delivery_area(rng):
    pt = people(rng, 1, "mr", sexes="M", used=USED)[0]
    ptist, clerk = people(rng, 2, "mc", sexes="FM", used=USED)
    chart = chart_no(rng)
    clinic = "Westfork Physical Therapy"
    rcv = dt.date(2026, 4, 21)
    ld = dt.date(2026, 4, 29)
    sent = dt.date(2026, 5, 1)
    dn = f"DN-26-{digits(rng, 4)}"
    visits = [(dt.date(2026, 3, 24), "97163", "Evaluation, high complexity", 228.00),
              (dt.date(2026, 3, 26), "97110", "Therapeutic exercise, 3 units", 138.00),
              (dt.date(2026, 3, 31), "97110", "Therapeutic exercise, 3 units", 138.00),
              (dt.date(2026, 4, 2), "97140", "Manual therapy, 2 units", 108.00)]
    total = sum(v[3] for v in visits)
    tx = f"{slash(sent)} 08:{rng.randint(10, 59)}  MAHESHKA PRC OFFICE  {phone(rng)}  PAGE {{n}} OF {{t}}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=1)
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, box="PRC PAYMENT DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "2209 Quarry Street, Apt. 6", "Calder City, NK 58801"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Notice date", slash(ld)), ("Claim received", slash(rcv))], x=p.l_margin + W * 0.52, w=W * 0.48)
    p.far_right([("Notice no.", dn), ("Vendor", clinic)], x=p.l_margin + W * 0.52, cap_w=22, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"{clinic} in Calder City sent PRC a claim for physical therapy for your right shoulder. We looked it up "
           f"under your chart number at the Redwillow Health Center, {chart}, and found your change of address. PRC "
           "cannot pay for these visits.", 9.2)
    p.ruled_rows(["Date", "Code", "Service", "Billed"],
                 [[slash(d), c, s, n2(a)] for d, c, s, a in visits] + [["", "", "Total", n2(total)]],
                 [W * 0.16, W * 0.13, W * 0.5, W * 0.21], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(visits),))
    p.bar("Why", 9.2)
    p.para("PRC can pay only for people who live in the PRC delivery area: Shadwick, Orlamund and Minnick counties. On "
           "February 2, 2026 you gave the health center a new address in Calder City, which is in Hobb County, "
           "outside the delivery area. A student away at school and a person who is away for a short time for work "
           "or medical care can keep PRC; the file does not show either for you.", 9.0)
    p.para("You can still get care at the Redwillow Health Center and the Duskridge Clinic. If you have moved back, "
           "or if you live in the delivery area and the address on file is wrong, bring proof of where you live "
           "(a lease, a utility bill, a letter from the tribal housing office) to either clinic.", 9.0)
    p.bar("If you disagree", 9.2)
    p.para("Your request for reconsideration must reach the Tribal Health Director no later than May 29, 2026. Write "
           "to 200 Agency Road, Redwillow, NK 58730, and include your proof of address for the dates of service.",
           9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "PRC Eligibility Specialist", INS])
    p.para(f"cc: {clinic} (therapist {ptist}, PT)", 7.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=chart, member_name=pt, cases=[dn],
              claim_amount=m2(total), service_dates=[iso(v[0]) for v in visits], denial_date=iso(ld),
              provider=clinic, appeal_deadline="2026-05-29",
              alternates={"insurer": INS_ALT, "provider": [f"{ptist}, PT", ptist]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_bunion(rng):
    pt = people(rng, 1, "sp", sexes="F", used=USED)[0]
    dpm, coord = people(rng, 2, "sp", sexes="FM", used=USED)
    pcp = people(rng, 1, "mc", sexes="M", used=USED)[0]
    chart = chart_no(rng)
    ref = f"RF26-{digits(rng, 5)}"
    rcv = dt.date(2026, 4, 27)
    ld = dt.date(2026, 5, 6)
    planned = dt.date(2026, 6, 3)
    clinic = "Orlamund Foot & Ankle Clinic"
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    p.spaced_split("Maheshka", "River Tribe", ["Servicios de Salud Tribales",
                                               "Programa de Atención Comprada y Referida (PRC)"],
                   [OFFICE[0], OFFICE[1], f"Oficina PRC {phone(rng)}", f"Fax {phone(rng)}"], mark="river",
                   box="DECISIÓN SOBRE SU REFERIDO", size=16.5)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "41 Cedar Draw Road", "Redwillow, NK 58731"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Fecha de esta carta", es_date(ld)), ("Referido recibido", slash(rcv))], x=p.l_margin + W * 0.46,
                w=W * 0.54)
    p.far_right([("N.º de referido", ref), ("N.º de expediente", chart)], x=p.l_margin + W * 0.46, cap_w=28,
                size=9.0)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Estimada {first_last(pt)}:", 9.6)
    p.para(f"El Dr. {pcp} del Centro de Salud Redwillow la refirió a la Dra. {dpm}, podóloga de {clinic}, para una "
           f"cirugía de juanete del pie derecho (bunionectomía), que la clínica tenía programada para el "
           f"{es_date(planned)}. El Comité de Revisión de PRC estudió el referido y no puede pagar la cirugía este "
           "año.", 9.2)
    p.bar("Por qué", 9.0)
    p.para("Los fondos de PRC son limitados y se usan según niveles de prioridad médica. Este año alcanzan para la "
           "atención de emergencia (nivel I), la atención preventiva (nivel II) y parte de la atención primaria y "
           "secundaria (nivel III). La cirugía de juanete, cuando no hay una herida abierta ni infección, está en la "
           "lista de servicios diferidos: PRC no la paga mientras los fondos no alcancen.", 9.0)
    p.para("Su referido queda en la lista de servicios diferidos por doce meses. Si los fondos alcanzan más adelante, "
           "o si su pie empeora, la oficina de PRC lo revisará de nuevo. Mientras tanto, el Centro de Salud puede "
           "darle zapatos especiales y plantillas.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede pedir al Director de Salud Tribal que reconsidere esta decisión dentro de 30 días a partir de la "
           "fecha de esta carta. Escriba a 200 Agency Road, Redwillow, NK 58730, o entregue su carta en cualquiera "
           "de las dos clínicas.", 9.0)
    p.ln(1)
    sign(p, [first_last(coord), "Coordinador de referidos", "Servicios de Salud Tribales de Maheshka River"],
         close="Atentamente,")
    p.para(f"c.c.: {clinic}; Dr. {pcp}", 7.8)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=chart, member_name=pt, cases=[ref],
              service_dates=[iso(planned)], denial_date=iso(ld), provider=dpm, appeal_deadline=iso(plus(ld, 30)),
              lang="es",
              alternates={"insurer": INS_ALT + ["Servicios de Salud Tribales de Maheshka River"],
                          "provider": [clinic, pcp], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_reconsideration(rng):
    pt = people(rng, 1, "mr", sexes="M", used=USED)[0]
    gi, pcp, director, reviewer = people(rng, 4, "mc", sexes="MFFM", used=USED)
    chart = chart_no(rng)
    rc = f"RC-26-{digits(rng, 3)}"
    dn = f"DN-26-{digits(rng, 4)}"
    first = dt.date(2026, 3, 30)
    asked = dt.date(2026, 4, 24)
    got = dt.date(2026, 4, 28)
    dd = dt.date(2026, 5, 20)
    planned = dt.date(2026, 6, 2)
    prac = "Orlamund Digestive Health Associates"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="RECONSIDERATION DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "Route 2, Box 311", "Minnick Falls, NK 58762"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.far_leaders([("Decision date", long(dd)), ("Reconsideration no.", rc), ("Your letter dated", slash(asked)),
                   ("Received", slash(got)), ("First notice", f"{dn} of {slash(first)}"), ("Chart no.", chart)],
                  x=p.l_margin + W * 0.47, cap_w=28, size=8.8, cap=7.2)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"You asked me to reconsider the PRC notice that refused a referral for an upper endoscopy (EGD, CPT "
           f"43239) with Dr. {gi}, MD, of {prac}, which the practice was holding for {long(planned)}. Dr. {pcp} at "
           "the Redwillow Health Center sent the referral for heartburn and stomach pain.", 9.2)
    p.bar("What I reviewed", 9.0)
    p.para(f"Your letter, the health center notes from January through April, the practice's request and the "
           f"opinion of Dr. {reviewer}, the physician who advises the PRC Review Committee.", 9.0)
    p.bar("Decision: the refusal stays", 9.0)
    p.para("An endoscopy is needed right away when there are warning signs such as trouble swallowing, vomiting blood, "
           "black stools, weight loss without trying or anemia, or when heartburn goes on after eight weeks of daily "
           "acid-reducing medicine. Your notes show none of the warning signs, and you took the medicine for three "
           "weeks. The test is not needed now. The health center will follow your symptoms and can send a new "
           "referral if the medicine does not help after eight weeks or if a warning sign appears.", 9.0)
    p.bar("Your next step", 9.0)
    p.para("If you disagree, you may appeal to the Appeals Panel of the Tribal Health Board within 30 days of the date "
           "of this decision. Send your appeal to the Board Secretary at 200 Agency Road, Redwillow, NK 58730. The "
           "Panel's decision is final.", 9.0)
    p.ln(2)
    sign(p, [f"{first_last(director)}, MSN", "Tribal Health Director", INS], close="Respectfully,")
    p.para(f"cc: {prac}; Dr. {pcp}", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=chart, member_name=pt, cases=[rc, dn],
              service_dates=[iso(planned)], denial_date=iso(dd), provider=f"{gi}, MD", appeal_deadline=iso(plus(dd, 30)),
              alternates={"insurer": INS_ALT, "case_numbers": [[rc], [dn]], "provider": [gi, prac],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_wrong_vendor(rng):
    pt = people(rng, 1, "mr", sexes="F", used=USED)[0]
    rad, tech = people(rng, 2, "mc", sexes="MF", used=USED)
    chart = chart_no(rng)
    center = "Shadwick Open MRI"
    cnpi = npi(rng)
    svc = dt.date(2026, 3, 21)
    ld = dt.date(2026, 4, 30)
    claim = fi_claim(rng, plus(svc, 18))
    dn = f"DN-26-{digits(rng, 4)}"
    po = f"P26G{digits(rng, 5)}"
    billed = 2140.00
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="NOTICE TO VENDOR")
    W = p.w - p.l_margin - p.r_margin
    p.prov_line("To:", center, "4 Sunflower Court, Suite B, Shadwick, NK 58703", cnpi)
    p.ln(2)
    p.boxes([[("Date", long(ld), 0.26), ("Notice no.", dn, 0.24), ("Fiscal agent claim no.", claim, 0.3),
              ("Billed", usd(billed), 0.2)],
             [("Patient", pt, 0.4), ("Chart no.", chart, 0.3), ("Purchase order on file", f"{po} (other vendor)", 0.3)]],
            size=9.0, cap=6.2)
    p.para("To the billing office:", 9.6)
    p.para(f"Our fiscal agent, {FI}, sent us your claim for the lumbar spine MRI without contrast (CPT 72148) you "
           f"performed for {first_last(pt)} on Saturday, {long(svc)}, read by Dr. {rad}. The Purchased/Referred "
           "Care Program cannot pay this claim.", 9.2)
    p.bar("Why", 9.0)
    p.para(f"PRC authorized this MRI on purchase order {po}, issued to Orlamund Valley Imaging, the vendor named on the "
           "referral from the Redwillow Health Center. PRC pays only the vendor on the purchase order. Your center "
           "has no purchase order for this patient and no PRC vendor agreement, and neither the patient nor your "
           "office asked PRC to move the order to you before the scan.", 9.0)
    p.para("Because the care was not bought by PRC, the program's rule that a vendor may not bill the patient for "
           "authorized care does not reach this claim; we ask that you talk with the patient before billing her, as "
           "she may qualify for your financial assistance.", 9.0)
    p.bar("Reconsideration", 9.0)
    p.para("A vendor may ask the program to look at this decision again within 30 days of the date of this letter. "
           "Send the notice number, the claim number and any record that PRC moved the order to your center, to the "
           "PRC office at 200 Agency Road, Redwillow, NK 58730, or fax it.", 9.0)
    p.ln(1)
    sign(p, [first_last(tech), "PRC Claims Technician", f"{INS}, {PRC}"])
    p.para(f"cc: {first_last(pt)}; {FI}", 7.8)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=chart, member_name=pt, cases=[claim, dn],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=center,
              appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": INS_ALT, "case_numbers": [[claim], [dn]], "provider": [f"{rad}, MD", rad]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    vendor = bd_vendor_statement(rng)
    approved = bd_referral_approved(rng)
    cover, stack_docs = stack_72_hour(rng)
    return [
        Item(f"{f}_bd_vendor_statement_medicaid_first_middle_row", "born_digital", [vendor]),
        Item(f"{f}_bd_referral_authorized_initials_logo", "born_digital", [approved]),
        Item(f"{f}_faxstd_stack_routing_slip_72_hour_stay_then_hospital_bill", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(0, 1): 180}),
        Item(f"{f}_faxstd_delivery_area_id_in_sentence", "fax_standard_g4", [faxstd_delivery_area(rng)]),
        Item(f"{f}_phone_es_juanete_prioridad_diferida", "phone_photo", [phone_es_bunion(rng)]),
        Item(f"{f}_lowres_director_reconsideration_endoscopy_upheld", "scan_lowres_150", [lowres_reconsideration(rng)]),
        Item(f"{f}_rotated_wrong_imaging_vendor_provider_npi_line", "rotated", [rotated_wrong_vendor(rng)]),
    ]
