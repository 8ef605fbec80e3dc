"""Family 'montana_healthy_montana_kids_chip_notice_of_denial': Healthy Montana Kids (CHIP) notices that a service
is denied, mirrored for structure and wording only (ask for an administrative review within 30 days of the date of
the notice; if the review does not change the decision, ask for a fair hearing with the Office of Administrative
Hearings). The notices come from an invented claims administrator writing for the program. All people, IDs,
amounts and providers are invented; phones use 555.

Documents: a born-digital notice with a label column under a white-on-dark band (occupational therapy not medically
necessary); a fine-fax letter told only in sentences (second pair of glasses within 12 months, frequency limit);
a phone photo of a Spanish notice (braces for looks, not covered); a 150 dpi explanation of benefits with three
claims, one from a provider not enrolled with HMK; a scanned administrative review decision approving an MRI in a
boxed grid (denies nothing); a photocopied two-page notice moving a child from residential treatment to partial
hospitalization (level of care; running header, fair hearing form); a rotated stack: a pediatrician's letter asking
for administrative review, a blank separator, the review decision upholding a denial of a feeding pump (sidebar).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famddc import Page, addr, band, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "montana_healthy_montana_kids_chip_notice_of_denial"
LANG = "en"
SEED = 350302
ORG = "Treasure State Benefit Administrators"
PROG = "Healthy Montana Kids"
ORG_FULL = f"{ORG}, claims administrator for {PROG} (HMK)"
ORG_ADDR = "PO Box 4417, Helena, MT 59604-4417"
OAH = "Office of Administrative Hearings, Montana DPHHS, PO Box 202953, Helena, MT 59620"
KIDS = ["Tucker J. Langhorne", "Maisie R. Kettleson", "Boone A. Rasmussen", "Juniper L. Two Feathers",
        "Hollis W. Ostrander", "Wren E. Bjornstad", "Colter D. Vanderhoef"]
KID_ES = "Itzayana M. Cervantes"
PARENTS = ["Dale Langhorne", "Krista Kettleson", "Shawna Rasmussen", "Arlo Two Feathers", "Vera Ostrander",
           "Nils Bjornstad", "Tamsin Vanderhoef"]
PARENT_ES = "Rocío Cervantes"


def base(r, k, es=False):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, kid=KID_ES if es else KIDS[k], parent=PARENT_ES if es else PARENTS[k],
                mid=pat(r, "HMK999999999"), grp="CHIP-" + pat(r, "99"),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Prickly Pear Rd', 'Custer Ave', 'Last Chance Gulch', 'Bench Blvd'])}",
                      r.choice(["Helena, MT 59601", "Billings, MT 59101", "Great Falls, MT 59401", "Havre, MT 59501"])],
                dob=dt.date(r.randint(2009, 2022), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(basis="within 30 days of the date of this notice"):
    return [
        "#How to ask for an administrative review",
        f"If you do not agree with this decision, you or your child's provider may ask for an administrative review. "
        f"Your request must be in writing and must be received {basis}. Send it to HMK Administrative Review, "
        f"{ORG_ADDR}, or fax it to 1-555-443-2290. A reviewer who did not make this decision will look at it again.",
        "If waiting could seriously harm your child's health, ask for a fast review; we will decide within 72 hours.",
        "#Fair hearing",
        f"If the administrative review does not change the decision, you may ask for a fair hearing with the {OAH}. "
        "You must ask within 30 days of the date of the administrative review decision. You may bring a lawyer, a "
        "relative or a friend. Free legal help: Montana Legal Services, 1-555-666-4710.",
        "Need help? HMK Member Services 1-555-443-2200 (TTY 711). This notice is available in other formats."]


def doc_bd_ot(r):
    f = base(r, 0)
    ref = pat(r, "PA-26-9999999")
    got = plus(f["notice"], -r.randint(4, 10))
    start = plus(f["notice"], r.randint(5, 14))
    prov = "Sweetgrass Pediatric Therapy"
    d = Page(footer=f"{PROG}  -  Notice of Denial  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, PROG, f"{ORG}, claims administrator  |  1-555-443-2200")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['kid']}", *f["addr"]])
    d.text_line("NOTICE OF DENIAL OF SERVICE", 12.5, "B")
    d.ln(1)
    lv(d, [("Child's name:", f["kid"]), ("HMK ID number:", f["mid"]), ("Group:", f["grp"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Reference number:", ref), ("Requesting provider:", prov),
           ("Provider NPI:", f["npi"]), ("Request received:", fd(got, "slash")),
           ("Service:", "Occupational therapy, 20 visits (97530)"), ("Start date requested:", fd(start, "slash"))],
       w=50, size=9.3)
    paras(d, [
        "Dear Parent or Guardian:",
        "We reviewed the request listed above. The evaluation sent shows your child's fine motor skills are within "
        "the normal range for age and that goals are being met at school. Occupational therapy is not medically "
        "necessary under the HMK medical policy for rehabilitative therapy (policy RT-014).", *rights()], size=9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["kid"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates={"insurer": [PROG]})
    return pdf_bytes(d), t


def doc_fax_glasses(r):
    f = base(r, 1)
    claim = pat(r, "26999999999")
    svc = plus(f["notice"], -r.randint(12, 30))
    amt = fee(r, 180, 320)
    prov = "Big Sky Family Eyecare"
    line = (f"{fd(f['notice'], 'slash')} 14:{r.randint(10, 59)}  FROM: HMK CLAIMS  FAX 1-555-443-2291  "
            f"TO: {prov.upper()} 1-555-452-{r.randint(1000, 9999)}  P.{{p}}/1")
    d = Page(serif=True, faxline=line, footer=f"{PROG}  |  {ORG}")
    d.add_page()
    letterhead(d, ORG, [f"for {PROG}", ORG_ADDR, "Member Services 1-555-443-2200"])
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    paras(d, [
        f"Dear {f['parent']}:",
        f"We received a claim from {prov} for eyeglasses your daughter {f['kid']} received on "
        f"{fd(svc, 'abbr')}. The claim number is {claim} and the amount billed was {usd(amt)}. We cannot pay "
        "this claim.",
        "Healthy Montana Kids covers one pair of glasses every 12 months unless the prescription changes by at "
        "least half a diopter. Our records show HMK paid for a pair of glasses for your daughter less than twelve "
        "months ago, and the new prescription did not change enough. This is a limit of the HMK benefit.",
        f"Her HMK ID number is {f['mid']}. If you disagree, you may ask for an administrative review. We must "
        "receive your written request within 30 days of the date of this notice. If the review does not change our "
        "decision, you may then ask the Office of Administrative Hearings for a fair hearing.",
        "Sincerely,", "Claims Review", ORG], size=10)
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["kid"],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates={"insurer": [PROG]}, denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_es_braces(r):
    f = base(r, 2, es=True)
    ref = pat(r, "PA-26-9999999")
    start = plus(f["notice"], r.randint(7, 20))
    prov = "Dra. Marisela Q. Ybarra, Ortodoncia Yellowstone"
    d = Page(footer=f"{PROG}  -  Aviso de denegación")
    d.add_page()
    letterhead(d, ORG, [f"Administrador de reclamaciones de {PROG}", ORG_ADDR, "Teléfono 1-555-443-2200"],
               centred=True)
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["parent"], *f["addr"]])
    d.text_line("AVISO DE DENEGACIÓN DE SERVICIO", 12, "B")
    d.ln(1)
    lv(d, [("Nombre del niño/a:", f["kid"]), ("Número de HMK:", f["mid"]),
           ("Fecha de nacimiento:", fd(f["dob"], "esnum")), ("Número de referencia:", ref), ("Proveedor:", prov),
           ("Servicio:", "Tratamiento de ortodoncia completo (D8080)"), ("Fecha prevista:", fd(start, "es"))],
       w=52, size=9.4)
    paras(d, [
        f"Estimado/a {f['parent']}:",
        "Healthy Montana Kids cubre la ortodoncia solo cuando hay una maloclusión discapacitante. Los modelos y las "
        "radiografías enviados muestran dientes apiñados leves; el tratamiento sería por estética. Por eso este "
        "servicio no está cubierto por el plan.",
        "#Revisión administrativa",
        "Si no está de acuerdo, puede pedir una revisión administrativa por escrito. Debemos recibirla dentro de "
        "los 30 días a partir de la fecha de este aviso. Envíela a " + ORG_ADDR + ".",
        "#Audiencia imparcial",
        "Si la revisión no cambia la decisión, puede pedir una audiencia imparcial a la Oficina de Audiencias "
        "Administrativas dentro de los 30 días de la decisión de la revisión. Ayuda gratuita en español: "
        "1-555-443-2201."], size=9.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ORG, member_id=f["mid"], member_name=f["kid"],
              case_numbers=[ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Marisela Q. Ybarra", appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates={"insurer": [PROG], "provider": ["Ortodoncia Yellowstone"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_lowres_eob(r):
    f = base(r, 3)
    stmt = f["notice"]
    cl = [pat(r, "26999999999") for _ in range(3)]
    s = [plus(stmt, -r.randint(20, 70)) for _ in range(3)]
    a = [fee(r, 120, 260), fee(r, 900, 2100), fee(r, 30, 90)]
    provs = ["Hi-Line Pediatrics", "Sheridan County Urgent Care (WY)", "Havre Clinical Laboratory"]
    d = Page(footer=f"{PROG}  |  Explanation of Benefits  |  THIS IS NOT A BILL")
    d.add_page()
    letterhead(d, ORG, [f"Claims administrator for {PROG}", ORG_ADDR, "1-555-443-2200"])
    d.text_line("EXPLANATION OF BENEFITS", 12, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "iso")), ("Child", f["kid"]), ("HMK ID", f["mid"]), ("Group", f["grp"]),
           ("Claims processed", f"{fd(plus(stmt, -30), 'iso')} to {fd(plus(stmt, -2), 'iso')}")], w=40, size=9.3)
    rows = [[cl[i], fd(s[i], "slash"), provs[i], ["Well-child visit", "Urgent care visit, X-ray", "Lab panel"][i],
             usd(a[i], "nosign"), ["0.00", "0.00", "0.00"][i], usd([a[0] * 0.8, 0, a[2] * 0.7][i], "nosign"),
             ["", "NE7", ""][i]] for i in range(3)]
    wtable(d, ["Claim number", "Date of service", "Provider", "Service", "Amount billed", "Child's copay",
               "Amount paid by HMK", "Note"], rows, [26, 19, 42, 32, 18, 15, 18, 10], size=7.8,
           aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    paras(d, [
        f"NE7 - Claim {cl[1]} is denied. The provider is not enrolled with Healthy Montana Kids and the visit was "
        "not an emergency. HMK pays only enrolled providers for non-emergency care. The provider may not bill the "
        "child's family more than the HMK copay for covered services from enrolled providers.",
        "If you disagree with a denied claim, ask for an administrative review in writing within 30 days of the "
        "date of this statement."], size=8.9)
    t = truth("eob", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["kid"], case_numbers=[cl[1]], claim_amount=f"{a[1]:.2f}",
              service_dates=[s[1].isoformat()], denial_date=stmt.isoformat(), provider=provs[1],
              appeal_deadline=plus(stmt, 30).isoformat(), alternates={"insurer": [PROG]})
    return pdf_bytes(d), t


def doc_scan_review_approved(r):
    f = base(r, 4)
    ar = pat(r, "AR-26-99999")
    ref = pat(r, "PA-26-9999999")
    planned = plus(f["notice"], r.randint(6, 18))
    prov = "Dr. Ansel K. Brightwater"
    d = Page(footer=f"{PROG}  -  {ORG}")
    d.add_page()
    band(d, PROG, "Administrative Review Decision", rgb=(60, 30, 20))
    d.boxes([("Decision date", fd(f["notice"], "upper"), 44), ("Child", f["kid"], 70),
             ("HMK ID", f["mid"], 60)])
    d.boxes([("Administrative review no.", ar, 44), ("Original reference no.", ref, 70),
             ("Ordering provider NPI", f["npi"], 60)])
    d.boxes([("Ordering provider", prov, 70), ("Service", "MRI brain w/o and with contrast", 62),
             ("Scheduled", fd(planned, "upper"), 42)])
    d.ln(5)
    paras(d, [
        f"Dear {f['parent']}:",
        "You asked us to take another look at our denial of your son's brain MRI. A pediatric neurologist who was "
        "not part of the first decision reviewed the new records, which describe two more seizures and a change on "
        "his EEG. The reviewer found that the MRI is medically necessary. We have reversed our decision and the "
        "MRI is approved.",
        "The imaging center has been told. You do not need to do anything else. Questions: 1-555-443-2200."],
          size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[ar, ref],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=prov,
              unscored=["appeal_deadline"], alternates={"insurer": [PROG]})
    return pdf_bytes(d), t


def doc_copy_rtc(r):
    f = base(r, 5)
    ref = pat(r, "UM-26-999999")
    adm = plus(f["notice"], -r.randint(2, 6))
    last = plus(adm, 13)
    facility = "Elkhorn Ridge Youth Treatment Center"
    doc = "Dr. Priya N. Halvorsen"
    d = Page(footer=f"{PROG}  |  {ORG}  |  Page {{p}} of {{n}}",
             header=f"{f['kid']}  -  HMK ID {f['mid']}  -  Ref. {ref}  (continued)")
    d.add_page()
    letterhead(d, ORG, [f"Behavioral Health Utilization Management for {PROG}", ORG_ADDR,
                        "Phone 1-555-443-2250  Fax 1-555-443-2259"])
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(2)
    addr(d, [f["parent"], *f["addr"]])
    d.text_line("NOTICE OF DENIAL - LEVEL OF CARE", 12, "B")
    d.ln(1)
    lv(d, [("Child:", f["kid"]), ("HMK ID:", f["mid"]), ("Reference:", ref), ("Facility:", facility),
           ("Attending psychiatrist:", doc), ("Admitted:", fd(adm, "slash")),
           ("Not approved from:", fd(last, "slash"))], w=46, size=9.4)
    wtable(d, ["Level of care requested by facility", "Days requested", "Days approved", "Decision",
               "Criteria used"],
           [["Psychiatric residential treatment", "30", "13", "Denied from " + fd(last, "slash"), "BH-LOC-7"],
            ["Partial hospitalization program", "-", "approved", "Approved", "BH-LOC-5"]],
           [56, 24, 24, 40, 30], size=8.4)
    paras(d, [
        f"The records show that {f['kid']} has had no self-harm and no need for restraint for nine days, is "
        "taking medicines as prescribed and is sleeping at home on passes. Twenty-four-hour residential care is no "
        "longer needed. Care can safely continue in a partial hospitalization program, which is approved. This "
        "decision is about the setting of care, not about whether treatment is needed."], size=9.4)
    d.add_page()
    paras(d, rights("within 30 days from the date of this notice"), size=9.6)
    paras(d, ["#Request for Administrative Review / Fair Hearing (form)",
              "Child's name: ______________________   HMK ID: ______________________",
              "I disagree with the decision dated ______________. Signature of parent: ____________________"],
          size=9.6)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["kid"],
              case_numbers=[ref], service_dates=[last.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, appeal_deadline=plus(f["notice"], 30).isoformat(),
              alternates={"insurer": [PROG], "provider": [facility]})
    return pdf_bytes(d), t


def stack_review(r):
    f = base(r, 6)
    ref = pat(r, "PA-26-9999999")
    ar = pat(r, "AR-26-99999")
    start = plus(f["notice"], r.randint(10, 20))
    prov = "Dr. Lyle F. Castellanos"
    lt = plus(f["notice"], -r.randint(14, 21))
    e = Page(serif=True)
    e.add_page()
    letterhead(e, "Gallatin Valley Children's Clinic", ["1180 N 19th Ave, Bozeman, MT 59715",
                                                       "Phone 1-555-586-1180  Fax 1-555-586-1181"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [ORG, "HMK Administrative Review", ORG_ADDR])
    e.text_line(f"Re: {f['kid']}, HMK ID {f['mid']}, reference {ref}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the reviewer:",
        "I ask for an administrative review of the denial of an enteral feeding pump for my patient. She has "
        "cerebral palsy and a gastrostomy tube, and gravity feeds have caused vomiting and two aspiration events "
        "this winter. A pump lets us run feeds slowly overnight. Her weight has dropped below the third "
        "percentile. I enclose her growth chart and the dietitian's notes.",
        "Sincerely,", prov, "Pediatrics"], size=10)
    t1 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[ref],
               denial_date=lt.isoformat(), provider=prov,
               unscored=["insurer", "appeal_deadline", "service_dates"])
    d = Page(footer=f"{PROG}  -  Administrative Review Decision  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"for {PROG} - Administrative Reviews", ORG_ADDR, "1-555-443-2200"])
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(2)
    addr(d, [f["parent"], *f["addr"]])
    top, bot = sidebar(d, [("Administrative review no.", ar), ("Reference no.", ref), ("HMK ID", f["mid"]),
                           ("Date of birth", fd(f["dob"], "slash")), ("Requesting doctor", prov),
                           ("Requested start", fd(start, "slash"))])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "ADMINISTRATIVE REVIEW DECISION: DENIAL UPHELD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, f"Dear {f['parent']}: A pediatrician who did not make the first decision reviewed the "
                 f"records Dr. Castellanos sent about an enteral feeding pump (B9002) for {f['kid']}. The records do "
                 "not show that slower gravity feeds or smaller, more frequent feeds were tried. Under HMK's "
                 "durable medical equipment policy the pump is not medically necessary yet, and the denial stands.",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, [
        "#Your right to a fair hearing",
        f"This ends the HMK administrative review. If you still disagree, you may ask for a fair hearing with the "
        f"{OAH}. You must ask within 30 days of the date of this decision. Call 1-555-443-2200 for help."],
          size=9.3)
    t2 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["kid"],
               case_numbers=[ar, ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
               provider=prov, appeal_deadline=None,
               alternates={"insurer": [PROG], "appeal_deadline": [plus(f["notice"], 30).isoformat()]})
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], ["blank", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_review(r(6))
    return [
        Item(f"{FAMILY}_bd_occupational_therapy_label_column", "born_digital", [doc_bd_ot(r(0))]),
        Item(f"{FAMILY}_faxfine_glasses_frequency_prose", "fax_fine_g4", [doc_fax_glasses(r(1))]),
        Item(f"{FAMILY}_photo_aviso_es_ortodoncia", "phone_photo", [doc_es_braces(r(2))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_one_not_enrolled", "scan_lowres_150", [doc_lowres_eob(r(3))]),
        Item(f"{FAMILY}_scan300_admin_review_mri_approved", "scan_clean_300", [doc_scan_review_approved(r(4))]),
        Item(f"{FAMILY}_copy_two_page_residential_level_of_care", "photocopy", [doc_copy_rtc(r(5))]),
        Item(f"{FAMILY}_rotated_stack_doctor_letter_and_review_upheld", "rotated", docs, separators=seps),
    ]
