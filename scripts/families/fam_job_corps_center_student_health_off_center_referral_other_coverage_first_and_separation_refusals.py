"""Job Corps student health care papers, mirrored for structure and plain wording style only. Job Corps is the U.S.
Department of Labor's residential training program for young people; a contractor operates each center, and the
center's Health and Wellness Center (a center physician, nurses, a dentist, a mental health consultant) gives basic
care on center. Care off center (specialists, imaging, hospitals, dentists the center dentist refers to) is arranged
by the health staff and must be authorized by them except in an emergency; students' own coverage (a parent's plan,
Medicaid) is billed before the center pays; and the program's health services run from the date of enrollment until
separation from the program (20 CFR 686.530(d)), so care after a student leaves is not the center's to pay. Taken from
public rules and used as themselves: the program and its Department, the center's health staff titles, the
enrollment-to-separation rule. Invented: the center (Harrowgate Job Corps Center in an invented Kentucky town), its
operator (Ashgrove Training Operations, LLC), the claims processor that prices and pays its off-center bills (Cordell
Health Claims Services), every hospital, practice, laboratory, ambulance company, person, number, address, code,
rate and form number, the 90-day filing limit, the program rate, the on-center treatment the center physician asks
for first and every review period of the center's and the processor's own letters (phones 555). No heading names the
kind of refusal; each reason is put in plain words.

Documents (8 in 7 files):
- born_digital_processor_three_pages_hospital_stay_medicaid_first_taglines: the claims processor's three-page letter to
  a hospital (plus a fourth page of language help and a nondiscrimination statement), student name, ID and claim in a
  running line at the top of every page; the charge table (billed, program rate, paid, student owes; "Attending:" the
  physician) on page 2 and the reason on page 3 in one sentence of a long paragraph (the student has Medicaid, which
  pays first); a claim number and the center's authorization number that differ in one letter; a three-letter prefix
  printed apart from the student number; "March 4th, 2026" letter date with "notice mailed" in the footer; an
  example in the boilerplate; "no later than" a printed date.
- rotated_notice_orthopedic_visit_not_referred_nurse_and_center_physician: the center's notice fed sideways, values
  under small captions in ruled boxes ("04-Mar-2026", received "2026/03/04"), the doctor named only after
  "Rendering:", a call-log number as decoy, the reason told as "the information we received does not show";
  signed by a nurse and the center physician; "within 30 calendar days of the date of this notice".
- phone_es_madre_ambulancia_despues_de_la_separacion: a photographed Spanish letter to a student's mother: an
  ambulance company's transport a week after the student left the program; the claim number only in the subject line,
  key/value box at the right of the address block, "US$" amounts, "dentro de los 60 días siguientes a la fecha de
  esta carta".
- lowres_referral_authorized_oral_surgeon_wisdom_teeth: a 150 dpi referral authorization to an oral surgeon (denies
  nothing): "Tuesday, April 14, 2026" for the planned extractions, a call reference as decoy, an example in the
  billing paragraph.
- photocopy_processor_lab_statement_two_pages_one_claim_after_separation: a photocopied two-page payment statement to
  a reference laboratory (sixteen claims of eight students in an open table with right-aligned numbers, the totals row
  on page 2 with a check stub); only one student's two-line claim is refused under a code explained in a legend
  (the test was drawn after she separated); "within 90 days of the date of this statement".
- faxstd_director_review_braces_two_columns_case_in_subject: a standard-fax review decision in two columns keeping the
  refusal of orthodontic treatment; the review number only in the subject line; the request made "2026/03/04"; the
  fee quoted; "within 15 business days after you receive this decision" (nothing to count from).
- finefax_stack_derm_office_cover_phototherapy_then_late_hospital_claim_upside_down: a fine-fax stack behind a
  dermatology office's fax cover sheet: the center physician's refusal of twelve weeks of phototherapy before the
  on-center treatment was tried (nurse and center physician sign; "within 45 days of the date of this letter"), then
  the processor's two-page notice to the student that a hospital's emergency claim came in after the 90-day limit
  (IDs only in a running footer in small type; page 2 upside down; "within 60 days of the date printed at the top").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famlc import (EHSheet, dmy, dots_us, dr, es_date, iso, last, last_first, long, n2, nb, nth,
                               office_fax_cover, people, phone, plus, slash, tollfree, usd, usd_es, wday, workday, ymd)
from public_kit import digits, m2, out, truth

FAMILY = "job_corps_center_student_health_off_center_referral_other_coverage_first_and_separation_refusals"
LANG = "en"
SEED = 354972
CENTER = "Harrowgate Job Corps Center"
HWC = "Health and Wellness Center"
OPERATOR = "Ashgrove Training Operations, LLC"
CENTER_ADDR = "2140 Quillback Road, Tolliver Springs, KY 41789"
CENTER_ALT = ["Harrowgate Job Corps", "Job Corps", f"{CENTER} {HWC}", f"{CENTER} - {HWC}", OPERATOR,
              "Harrowgate JCC"]
TPA = "Cordell Health Claims Services"
TPA_PO = "PO Box 7714, Lexington, KY 40522-7714"
TPA_ALT = ["Cordell Health Claims", "Cordell", CENTER, "Harrowgate Job Corps"]
GROUP = "HJC-0417"
HOSP = "Pembrook Valley Regional Hospital"
ORTHO = "Larkspur Bone & Joint Associates"
AMB = "Quarry Creek Ambulance, Inc."
ORAL = "Brightwater Oral & Maxillofacial Surgery"
LAB = "Sentinel Reference Laboratories"
ORTHO_D = "Cheerwell Orthodontics"
DERM = "Hollins Ridge Dermatology"
ER_HOSP = "St. Oriel Medical Center"


def sid(rng):
    return digits(rng, 8)


def center_head(p, rng, box=None, es=False):
    if es:
        lines = [f"Centro de Salud y Bienestar  |  administrado por {OPERATOR}",
                 f"{CENTER_ADDR}  |  Salud {phone(rng)}  |  Fax {phone(rng)}"]
    else:
        lines = [f"{HWC}  |  operated by {OPERATOR} under contract with the U.S. Department of Labor",
                 f"{CENTER_ADDR}  |  Health and Wellness {phone(rng)}  |  Fax {phone(rng)}"]
    p.head(CENTER, "JC", lines, box=box, size=12.5)


def tpa_head(p, rng, box=None):
    p.head(TPA, "CHCS", [f"Claims processor for off-center care of {CENTER} students (operated by {OPERATOR})",
                         f"{TPA_PO}  |  Provider line {tollfree(rng)}  |  Fax {phone(rng, '859')}"], box=box, size=12.5)


def ky_addr(rng):
    town, z = rng.choice([("Tolliver Springs", "41789"), ("Marrowbone Gap", "41746"), ("Sallow Fork", "41763"),
                          ("Beckley Hollow", "41722"), ("Crane Lick", "41775")])
    street = rng.choice(["Dogwood Ln", "Pike St", "Old Mill Rd", "Cumberland Ave", "Laurel Fork Rd", "Church St"])
    return [f"{rng.randint(14, 990)} {street}", f"{town}, KY {z}"]


# ---------------------------------------------------------------------------------------------------------------
def bd_hospital_medicaid_first(rng):
    stu, att, sig = people(rng, 3)
    num = sid(rng)
    core = f"{2603 + rng.randint(0, 1)}-{digits(rng, 5)}"
    claim, auth = f"C{core}", f"A{core}"
    adm = dt.date(2026, 2, rng.randint(9, 16))
    dis = plus(adm, rng.choice([2, 3]))
    recv = plus(dis, rng.randint(12, 20))
    ld = workday(plus(recv, rng.randint(10, 16)))
    by = plus(ld, 60)
    nights = (dis - adm).days
    room = rng.choice([2150.0, 2240.0, 1985.0])
    lines = [("0450", "Emergency room", slash(adm), slash(adm), 1, rng.choice([1846.0, 1912.0, 1778.0])),
             ("0120", "Room and board, semi-private", slash(adm), slash(plus(dis, -1)), nights, room * nights),
             ("0250", "Pharmacy", slash(adm), slash(dis), 14, rng.choice([612.4, 588.15, 640.9])),
             ("0300", "Laboratory", slash(adm), slash(dis), 9, rng.choice([938.75, 902.5, 966.25])),
             ("0350", "CT scan, abdomen and pelvis", slash(adm), slash(adm), 1, rng.choice([2415.0, 2380.0]))]
    total = round(sum(r[5] for r in lines), 2)
    rate = 0.62
    mcaid = digits(rng, 9)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"CHCS-L3  rev. 01/2026  |  notice mailed {slash(ld)}",
                every=f"{last_first(stu)}  |  Student ID JCS {num}  |  Claim {claim}  |  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    tpa_head(p, rng, box="CLAIM DETERMINATION")
    p.line(nth(ld), 10, "B")
    p.ln(2)
    p.addr_kv([HOSP, "Patient Financial Services", "Attn: Third-Party Follow-up", *ky_addr(rng)],
              [("Group no.", GROUP), ("Student", stu), ("Student ID", f"JCS {num}"), ("Claim no.", claim),
               ("Center auth. no.", auth), ("Stay", f"{dots_us(adm)} - {dots_us(dis)}"), ("Billed", usd(total))],
              w=92, cap_w=30)
    p.heading("About the inpatient claim for a Job Corps student", 11.5)
    p.para("To the billing office:", 10)
    p.para(f"We process the bills for care that students of {CENTER} receive away from the center. We have finished "
           f"our review of the claim shown at the right, which your hospital sent us on {long(recv)} for the stay of "
           f"the student named above. The center's Health and Wellness Center was told of the emergency admission "
           f"the same night and gave it the authorization number shown.", 10)
    p.para("This letter has three pages and a page about language help. Page 2 lists each charge on the claim with "
           "the program rate the center would pay for it. Page 3 tells you why we have not paid the claim and what "
           "you can do about it.", 10)
    p.para("Please do not send a bill to the student. Students in Job Corps are not billed for care that the center "
           "authorized, and no part of this claim is the student's to pay.", 10)
    p.add_page()
    p.heading("Charges on this claim", 11.5)
    p.line(f"Attending: {dr(att)}     Type of bill: 111 (inpatient)     Admitted {slash(adm)}, discharged {slash(dis)}",
           9)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    rows = [[r[0], r[1], r[2], r[3], str(r[4]), n2(r[5]), n2(round(r[5] * rate, 2)), "0.00", "0.00"] for r in lines]
    rows.append(["", "Claim total", "", "", "", n2(total), n2(round(sum(round(r[5] * rate, 2) for r in lines), 2)),
                 "0.00", "0.00"])
    p.wrap_table(["Rev. code", "Description", "From", "Through", "Qty", "Billed", "Program rate", "Paid",
                  "Student owes"], rows,
                 [W * 0.08, W * 0.26, W * 0.11, W * 0.11, W * 0.06, W * 0.11, W * 0.1, W * 0.08, W * 0.09], size=8,
                 aligns=["C", "L", "L", "L", "C", "R", "R", "R", "R"], bold_last=True)
    p.para("The program rate is what the center pays for a covered hospital stay once every other payer has done its "
           "part. For example, on a $100 charge that another payer settles at $80, we would look only at what is "
           "left after that payment, and never more than the program rate. The figures above are for your records; "
           "nothing has been paid on this claim.", 8.8)
    p.add_page()
    p.heading("Why this claim was not paid", 11.5)
    p.para("When students arrive on center, the health staff ask about any coverage they already have, a parent's "
           "employer plan, a plan of their own or Medicaid, and record it in the student's health file; the center's "
           "agreement with the Department of Labor asks it to use that coverage first and to pay only what is left "
           "after it, which keeps the program's money for the students who have nothing else. "
           f"The admission face sheet your hospital sent with the claim lists Medicaid identification number {mcaid} "
           f"for {stu}, and the state's eligibility line confirmed that the student was enrolled in Medicaid on every "
           "day of the stay, so Medicaid has to be billed for this stay before we can look at it, and we have closed "
           "the claim without payment. Nothing in our review questioned the care itself, the length of the stay or "
           "the emergency, and the center's authorization stays on file for when the claim comes back.", 10)
    p.heading("What you can do", 11)
    p.para(f"Bill Medicaid for the stay. When you have Medicaid's remittance, send us a copy with the claim, and we "
           f"will see whether anything is left for the center to pay. If you believe the student had no other "
           f"coverage on these dates, you may ask for a review instead. Either one must reach us no later than "
           f"{long(by)}. Mail it to {TPA_PO}, or fax it to the number on page 1, and write the claim number on every "
           f"page.", 10)
    p.signoff(["Sincerely,", sig, "Claims Review Unit", TPA], 9.6)
    p.add_page()
    p.heading("Language help and your rights", 11.5)
    p.lang_help(tollfree(rng))
    p.nondiscrimination(TPA, tollfree(rng))
    t = truth("denial_letter", "other", insurer=TPA, group=GROUP, member_id=f"JCS{num}", member_name=stu,
              cases=[claim, auth], claim_amount=m2(total), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=HOSP, appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT, "member_id": [num], "case_numbers": [[claim]],
                          "provider": [dr(att), att]})
    return out(p), t


def rotated_ortho_not_referred(rng):
    stu, doc, rn, cp = people(rng, 4)
    num = sid(rng)
    claim = f"C2603-{digits(rng, 5)}"
    call = f"CL-{digits(rng, 6)}"
    dos = dt.date(2026, 2, rng.randint(14, 22))
    called = plus(dos, rng.randint(3, 6))
    recv = plus(dos, rng.randint(14, 20))
    nd = workday(plus(recv, rng.randint(5, 9)))
    enrolled = dt.date(2025, rng.randint(8, 11), rng.randint(2, 27))
    v1, v2 = rng.choice([385.0, 362.0, 410.0]), rng.choice([142.0, 138.0, 151.0])
    total = v1 + v2
    p = EHSheet(footer="Page {n} of {nb}", footer_left="HJC-HW-12  Notice of off-center care not authorized")
    p.set_margins(16, 15, 16)
    p.add_page()
    center_head(p, rng, box="NOTICE TO STUDENT")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("NOTICE DATE", dmy(nd)), ("STUDENT", stu), ("STUDENT ID", f"JCS {num}"), ("CLAIM NO.", claim)],
               [W * 0.18, W * 0.34, W * 0.22, W * 0.26])
    p.capstrip([("DORM / TRADE", f"Dorm {rng.randint(2, 6)}{rng.choice('ABC')} / Carpentry"),
                ("ENROLLED", slash(enrolled)), ("CLAIM RECEIVED", ymd(recv)), ("AMOUNT BILLED", usd(total))],
               [W * 0.3, W * 0.18, W * 0.22, W * 0.3])
    p.ln(4)
    p.line("Rendering: " + f"{dr(doc)}, {ORTHO}", 9.6, "B")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of service", "Code", "Service", "Billed", "Center pays"],
            [[slash(dos), "99204", "New patient visit, knee", n2(v1), "0.00"],
             [slash(dos), "73562", "X-ray of the knee, 3 views", n2(v2), "0.00"],
             ["", "", "Total", n2(total), "0.00"]],
            [W * 0.16, W * 0.1, W * 0.44, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.heading("What we decided", 11)
    p.para(f"The center will not pay for this visit. Students receive care away from the center when a clinician "
           f"of the {HWC} refers them, or in an emergency. The information we received does not show that anyone on "
           f"the health staff referred you to {ORTHO}, and the office notes describe knee pain of two weeks that did "
           f"not need emergency care. You were on a weekend pass, and the pass card tells students on leave to call "
           f"the {HWC} before they see an outside doctor.", 9.8)
    p.para(f"You called the health line on {ymd(called)} (call log {call}) after the visit, not before it. The "
           f"practice may bill you or your own insurance for the visit. If your knee still hurts, come to sick call: "
           "the center physician can examine it and refer you if you need a specialist.", 9.8)
    p.heading("If you disagree", 11)
    p.para("You, a parent or guardian if you are under 18, or the practice may ask the Center Director to review this "
           "decision within 30 calendar days of the date of this notice. Bring or send a note saying why you think "
           "the visit should be paid, with any papers that show it was an emergency, to the Health and Wellness "
           "Manager.", 9.8)
    p.signers([[rn, "Health and Wellness Manager, RN", "Nurse reviewer"], [dr(cp), "Center Physician",
                                                                            "Medical director of the HWC"]])
    p.line(f"cc: {ORTHO}, billing office", 8.4)
    t = truth("denial_letter", "prior_authorization", insurer=CENTER, member_id=f"JCS{num}", member_name=stu,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(nd), provider=doc,
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": CENTER_ALT, "member_id": [num], "provider": [ORTHO, dr(doc)]})
    return out(p), t


def phone_es_ambulance(rng):
    hijo, madre, sig = people(rng, 3, es=True, sexes="MF")
    madre = f"{madre.split()[0]} {madre.split()[1]} {last(hijo)}"
    num = sid(rng)
    amb_claim = f"AMB-26-{digits(rng, 5)}"
    sep = dt.date(2026, 2, rng.randint(9, 13))
    trip = plus(sep, 7)
    ld = workday(plus(trip, rng.randint(24, 30)))
    base, miles = rng.choice([985.0, 1040.0, 960.0]), rng.choice([18, 22, 15])
    per = 16.65
    mil = round(miles * per, 2)
    total = round(base + mil, 2)
    p = EHSheet(footer="Página {n} de {nb}", footer_left="HJC-HW-ES4  Aviso en español")
    p.set_margins(17, 15, 17)
    p.add_page()
    center_head(p, rng, es=True)
    p.line(es_date(ld), 10, "B")
    p.ln(2)
    p.addr_kv([f"Sra. {madre}", *ky_addr(rng)],
              [("Estudiante", hijo), ("N.º de estudiante", f"JCS {num}"), ("Ingreso", "8 de septiembre de 2025"),
               ("Separación", es_date(sep)), ("Traslado", es_date(trip))], w=96, cap_w=34, size=8.6)
    p.line(f"Asunto: reclamación {amb_claim} de {AMB}", 10, "B")
    p.ln(2)
    p.para(f"Estimada señora {last(hijo)}:", 10)
    p.para(f"Usted nos llamó por la factura que recibió de {AMB} por el traslado de su hijo, {hijo}, al hospital el "
           f"{es_date(trip)}. La compañía de ambulancias nos mandó la reclamación y la revisamos.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cobrado", "Pagado por el centro"],
            [["Traslado de emergencia, soporte vital básico (A0429)", usd_es(base), usd_es(0)],
             [f"Millas con el paciente ({miles}) (A0425)", usd_es(mil), usd_es(0)],
             ["Total", usd_es(total), usd_es(0)]],
            [W * 0.56, W * 0.22, W * 0.22], size=9, aligns=["L", "R", "R"], bold_last=True)
    p.para("**No podemos pagar este traslado.** Los servicios de salud de Job Corps cubren a cada estudiante desde la "
           "fecha en que se inscribe hasta la fecha en que se separa del programa. Su hijo se separó del programa el "
           f"{es_date(sep)} y regresó a casa; el traslado fue siete días después, cuando ya no era estudiante del "
           "centro. Por eso el centro no es responsable de esta cuenta.", 10)
    p.para("Si su hijo tiene Medicaid o está en el seguro de usted, entregue esa tarjeta a la compañía de ambulancias. "
           "Si no tiene seguro, pregunte en el hospital por la ayuda para pagar cuentas médicas.", 10)
    p.para("**Si no está de acuerdo.** Puede pedir que el Director del Centro revise esta decisión dentro de los 60 "
           "días siguientes a la fecha de esta carta. Mande una nota con el número de reclamación y cualquier papel "
           "que muestre que su hijo seguía inscrito ese día (por ejemplo, un pase de fin de semana).", 10)
    p.signoff(["Atentamente,", sig, "Gerente de Salud y Bienestar, RN"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=CENTER, member_id=f"JCS{num}", member_name=hijo,
              cases=[amb_claim], claim_amount=m2(total), service_dates=[iso(trip)], denial_date=iso(ld), provider=AMB,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": CENTER_ALT + ["Centro de Job Corps de Harrowgate"], "member_id": [num]})
    return out(p), t


def lowres_oral_surgery_approved(rng):
    stu, surgeon, rn, cd = people(rng, 4, sexes="F")
    num = sid(rng)
    auth = f"HW-26-{digits(rng, 4)}"
    callref = digits(rng, 5)
    ld = workday(dt.date(2026, 3, rng.randint(23, 27)))
    called = plus(ld, -rng.randint(2, 4))
    planned = plus(ld, rng.randint(14, 20))
    while planned.weekday() != 1:
        planned = plus(planned, 1)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="HJC-HW-07  Referral authorization")
    p.set_margins(18, 15, 18)
    p.add_page()
    center_head(p, rng, box="REFERRAL AUTHORIZED")
    p.line(f"Date of this authorization: {long(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([ORAL, f"Attn: {dr(surgeon)}", *ky_addr(rng)],
              [("Authorization", auth), ("Student", stu), ("Student ID", f"JCS {num}"),
               ("Referred by", f"{dr(cd)}, Center Dentist"), ("Valid for", "one visit and one follow-up")],
              w=96, cap_w=30)
    p.heading("Removal of impacted wisdom teeth", 11.5)
    p.para(f"Dear {dr(surgeon)}:", 10)
    p.para(f"The center dentist has referred {stu} to your office for removal of four impacted third molars (D7240, "
           f"teeth 1, 16, 17 and 32). The center authorizes the extractions on {wday(planned)}, the appointment your "
           "office gave us, and one follow-up visit within 14 days after it. The center's van will bring the student "
           "and wait for her.", 10)
    p.para(f"This confirms what our nurse told your front desk by phone on {ymd(called)} (call reference {callref}). "
           "The student told us she has no dental coverage of her own, so the center pays for this care.", 10)
    p.heading("Billing", 10.5)
    p.para(f"Send your claim with the authorization number to {TPA}, {TPA_PO}. The center pays the program rate. Do "
           "not bill the student for the difference between your fee and the program rate; for example, if your fee "
           "is $100 and the program rate is $72, the $28 that is left is not billed to anyone.", 9.8)
    p.para("If the surgeon finds that more is needed than the four extractions, call the Health and Wellness Center "
           "before doing it, unless it cannot wait.", 9.8)
    p.signoff(["Sincerely,", rn, "Health and Wellness Manager, RN"], 9.6)
    t = truth("other", None, insurer=CENTER, member_id=f"JCS{num}", member_name=stu, cases=[auth],
              service_dates=[iso(planned)], denial_date=iso(ld), provider=ORAL,
              alternates={"insurer": CENTER_ALT, "member_id": [num], "provider": [dr(surgeon), surgeon]})
    return out(p), t


def photocopy_lab_statement(rng):
    studs = people(rng, 9)
    doc = studs.pop()
    target = studs[3]
    ids = {s: sid(rng) for s in studs}
    sd = workday(dt.date(2026, 3, rng.randint(10, 16)))
    sep = dt.date(2026, 1, rng.randint(26, 30))
    refused_dos = plus(sep, rng.randint(3, 5))
    tests = [("85025", "CBC w/ diff", 64.0), ("80053", "Comp. metabolic panel", 118.0),
             ("87491", "Chlamydia NAA", 152.0),
             ("87591", "Gonorrhea NAA", 152.0), ("86703", "HIV-1/2 antibody", 96.0), ("81001", "Urinalysis", 38.0),
             ("86580", "TB skin test read", 42.0), ("83036", "Hemoglobin A1c", 71.0), ("80061", "Lipid panel", 88.0)]
    claims = []
    for si in [0, 1, 2, 4, 3, 5, 6, 7, 0, 1, 2, 4, 5, 6, 7, 0]:
        s = studs[si]
        if s == target:
            claims.append({"s": s, "claim": f"L26{digits(rng, 6)}", "dos": refused_dos, "lines": tests[:2]})
            continue
        k = rng.choice([1, 1, 2])
        claims.append({"s": s, "claim": f"L26{digits(rng, 6)}", "dos": dt.date(2026, 2, rng.randint(2, 26)),
                       "lines": rng.sample(tests[2:], k)})
    rate = 0.58
    rows_all, tb, tr, tp = [], 0.0, 0.0, 0.0
    refused_total = 0.0
    for c in claims:
        for j, (cpt, desc, amt) in enumerate(c["lines"]):
            refused = c["s"] == target
            r = round(amt * rate, 2)
            paid = 0.0 if refused else r
            tb, tr, tp = tb + amt, tr + (0.0 if refused else r), tp + paid
            if refused:
                refused_total += amt
            rows_all.append([last_first(c["s"]) if j == 0 else "", f"JCS {ids[c['s']]}" if j == 0 else "",
                             c["claim"] if j == 0 else "", slash(c["dos"]), cpt, desc, n2(amt),
                             "0.00" if refused else n2(r), n2(paid), "S7" if refused else ""])
    tgt = next(c for c in claims if c["s"] == target)
    chk = f"{digits(rng, 7)}"
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"CHCS-PS2  |  Statement {dmy(sd)}",
                foot_ids=f"Payee ID CHCS-{digits(rng, 5)}  |  Group {GROUP}  |  Check {chk}")
    p.set_margins(13, 14, 13)
    p.add_page()
    tpa_head(p, rng, box="PROVIDER PAYMENT STATEMENT")
    p.line(f"Statement date: {dmy(sd)}        Group no. {GROUP}        Check no. {chk}", 9.4, "B")
    p.ln(2)
    for ln in [LAB, "Accounts Receivable", *ky_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.para(f"These are the claims for {CENTER} students that we finished this cycle. Lab work is ordered by the "
           f"center's clinicians (ordering clinician on most lines: {dr(doc)}, Center Physician).", 9)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * 0.235, W * 0.115, W * 0.09, W * 0.085, W * 0.05, W * 0.155, W * 0.07, W * 0.065, W * 0.07, W * 0.065]
    head = ["Student", "Student ID", "Claim", "DOS", "CPT", "Test", "Billed", "Rate", "Paid", "Code"]
    aligns = ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"]
    cut = len(rows_all) * 3 // 5
    while rows_all[cut][0] == "":
        cut += 1
    p.ledger(head, rows_all[:cut], widths, aligns=aligns, size=7.4)
    p.ln(2)
    p.line("Continued on page 2", 8, "B")
    p.add_page()
    p.ledger(head, rows_all[cut:], widths, aligns=aligns, size=7.4,
             totals=["Statement totals", "", "", "", "", "", n2(tb), n2(tr), n2(tp), ""])
    p.ln(4)
    p.legend("Codes", [("S7", "Date of service after the student separated from Job Corps. The center is not "
                             "responsible for care after the separation date; bill the patient's own coverage."),
                       ("", "Lines without a code were paid at the program rate.")])
    p.para(f"Remark on claim {tgt['claim']} ({last_first(target)}): both tests were drawn on "
           f"{slash(refused_dos)}; our records show the student separated on {slash(sep)}. Billed "
           f"{n2(refused_total)}, paid 0.00.", 8.6)
    p.para("If you think a line was processed wrongly, send a written request within 90 days of the date of this "
           f"statement to {TPA_PO}, with the claim number.", 8.6)
    p.check_stub(TPA, LAB, tp, chk, slash(sd))
    t = truth("eob", "eligibility", insurer=TPA, group=GROUP, member_id=f"JCS{ids[target]}", member_name=target,
              cases=[tgt["claim"]], claim_amount=m2(refused_total), service_dates=[iso(refused_dos)],
              denial_date=iso(sd), provider=LAB, appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": TPA_ALT, "member_id": [ids[target]]})
    return out(p), t


def faxstd_braces_review(rng):
    stu, ortho, director, cdent = people(rng, 4, sexes="M")
    num = sid(rng)
    review = f"RV-26-{digits(rng, 4)}"
    asked = dt.date(2026, 3, rng.randint(2, 6))
    first_no = plus(asked, rng.randint(5, 8))
    appealed = plus(first_no, rng.randint(4, 7))
    dd = workday(plus(appealed, rng.randint(8, 12)))
    band = plus(dd, rng.randint(20, 28))
    fee = rng.choice([5450.0, 5280.0, 5890.0])
    fax = f"{dd:%m/%d/%Y} 10:{rng.randint(10, 59)}  HARROWGATE JCC HWC  {phone(rng)}  P.{{n}}"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="HJC-CD-3  Review decision", fax_hdr=fax)
    p.set_margins(16, 15, 16)
    p.add_page()
    center_head(p, rng, box="REVIEW DECISION")
    p.line(f"Decided: {long(dd)}", 10, "B")
    p.ln(1)
    for ln in [stu, f"c/o {CENTER}, Dorm {rng.randint(1, 6)}{rng.choice('ABCD')}", CENTER_ADDR]:
        p.line(ln, 9.8)
    p.ln(2)
    p.line(f"Re: Review No. {review}  -  braces for {stu} (Student ID JCS {num})", 10, "B")
    p.ln(2)
    p.columns(
        [("What you asked", f"On {ymd(asked)} {ORTHO_D} asked the center to pay for braces for you: comprehensive "
                            f"orthodontic treatment (D8080) over about 24 months, with the first appointment "
                            f"planned for {nb(long(band))}. The office quoted a fee of {usd(fee)}. The Health and "
                            f"Wellness Center said no on {ymd(first_no)}, and you asked me to look at it again on "
                            f"{ymd(appealed)}."),
         ("What I looked at", f"Your request and the letter from {dr(ortho)}; the center dentist's notes from your "
                              f"entrance exam and two visits since; the list of dental care the program gives "
                              f"students; a talk with {dr(cdent)}, Center Dentist.")],
        [("My decision", "I am keeping the first decision. Job Corps dental care covers exams, cleanings, x-rays, "
                         "fillings, extractions and care for pain or injury. Braces and other orthodontic treatment "
                         "are not part of the care the program provides to any student, and the center cannot pay "
                         "for them from its health budget."),
         ("What happens now", "You can still get braces on your own or through your family's dental plan; the center "
                              "will give you time off for the visits. Dr. " + last(cdent) + " will keep seeing you "
                              "for your regular care."),
         ("If you still disagree", "You may write to the Job Corps regional office within 15 business days after you "
                                   "receive this decision. Your Career Counselor can help you write the letter.")],
        size=9.2)
    p.ln(2)
    p.signoff(["", director, "Center Director", CENTER], 9.6)
    t = truth("denial_letter", "not_covered", insurer=CENTER, member_id=f"JCS{num}", member_name=stu, cases=[review],
              claim_amount=m2(fee), service_dates=[iso(band)], denial_date=iso(dd), provider=ORTHO_D,
              alternates={"insurer": CENTER_ALT, "member_id": [num], "claim_amount": [None],
                          "provider": [dr(ortho), ortho], "service_dates": [[]]})
    return out(p), t


def finefax_stack(rng):
    # document 1: the center physician's refusal of phototherapy before the on-center treatment was tried
    stu, derm, rn, cp, fd = people(rng, 5, sexes="F")
    num = sid(rng)
    req = f"OR-26-{digits(rng, 5)}"
    recv = dt.date(2026, 3, rng.randint(9, 12))
    ld = workday(plus(recv, rng.randint(2, 4)))
    start = plus(ld, rng.randint(8, 12))
    while start.weekday() != 0:
        start = plus(start, 1)
    end = plus(start, 7 * 12 - 3)
    a = EHSheet(footer="Page {n} of {nb}", footer_left="HJC-HW-15  Off-center referral request")
    a.set_margins(17, 15, 17)
    a.add_page()
    center_head(a, rng, box="REFERRAL NOT APPROVED")
    W = a.w - a.l_margin - a.r_margin
    a.over_boxes([(long(ld), "Date of this letter", W * 0.26), (req, "Referral request no.", W * 0.24),
                  (f"JCS {num}", "Student ID", W * 0.22), (ymd(recv), "Request received", W * 0.28)])
    a.over_boxes([(stu, "Student", W * 0.4), (f"{dr(derm)}, {DERM}", "Requesting", W * 0.6)], size=8.8)
    a.ln(2)
    for ln in [stu, CENTER_ADDR]:
        a.line(ln, 9.8)
    a.ln(2)
    a.heading("Phototherapy at Hollins Ridge Dermatology", 11.5)
    a.para(f"Dear {stu}:", 10)
    a.para(f"{dr(derm)} asked the center to refer you for narrow-band UVB light treatment of psoriasis, three "
           f"visits a week for twelve weeks, from {long(start)} through {long(end)}. The center physician reviewed "
           "the request, your health record and the photographs the office sent.", 10)
    a.para("**We are not approving the referral now.** The information we received does not show that the "
           "treatment the center physician started in your entrance exam (a steroid ointment and a vitamin D cream, "
           "used every day) has been tried for the eight weeks it needs, and your record shows the creams were "
           "given out only two weeks ago. Light treatment three times a week off center is for psoriasis that has "
           "not improved after that. The center physician will see you again in six weeks; if the patches have not "
           "improved, the referral can be made then.", 10)
    a.para("You or your doctor may ask for a review of this decision within 45 days of the date of this letter. Send "
           "the review request to the Health and Wellness Manager with any records the center physician did not "
           "have. If you are under 18, a parent or guardian may ask for you.", 10)
    a.signers([[rn, "Nurse reviewer, RN"], [dr(cp), "Center Physician / medical director"]])
    a.line(f"cc: {dr(derm)}, {DERM}", 8.4)
    d_a = (out(a), truth("denial_letter", "medical_necessity", insurer=CENTER, member_id=f"JCS{num}",
                         member_name=stu, cases=[req], service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(ld),
                         provider=derm, appeal_deadline=iso(plus(ld, 45)),
                         alternates={"insurer": CENTER_ALT, "member_id": [num], "provider": [DERM, dr(derm)],
                                     "service_dates": [[iso(start)]]}))
    # document 2: the processor's notice to the same student that a hospital's ER claim came in too late
    er_doc, sig = people(rng, 2)
    claim = f"C2604-{digits(rng, 5)}"
    acct = f"SOM{digits(rng, 8)}"
    er = dt.date(2026, 1, rng.randint(5, 12))
    recv2 = plus(er, rng.randint(104, 112))
    ld2 = workday(plus(recv2, rng.randint(5, 8)))
    l1, l2, l3 = rng.choice([1240.0, 1315.0]), rng.choice([286.5, 301.25]), rng.choice([412.0, 398.0])
    total = l1 + l2 + l3
    b = EHSheet(footer="Page {n} of {nb}", footer_left="CHCS-S5",
                foot_ids=f"{last_first(stu)}  |  Student ID JCS {num}  |  Claim {claim}  |  Group {GROUP}")
    b.set_margins(18, 16, 18)
    b.add_page()
    tpa_head(b, rng)
    b.line(slash(ld2), 10, "B")
    b.ln(2)
    for ln in [stu, CENTER_ADDR]:
        b.line(ln, 9.8)
    b.ln(3)
    b.heading("Your emergency room visit in January", 11.5)
    b.para(f"Dear {stu.split()[0]}:", 10)
    b.para(f"{ER_HOSP} sent us a claim for your emergency room visit on {long(er)}. Attending: {dr(er_doc)}. The "
           f"claim reached us on {dots_us(recv2)}, {(recv2 - er).days} days after the visit.", 10)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Service", "Billed", "Program rate", "Paid"],
            [["Emergency room, level 3 (0450)", n2(l1), n2(round(l1 * 0.6, 2)), "0.00"],
             ["Laboratory (0300)", n2(l2), n2(round(l2 * 0.6, 2)), "0.00"],
             ["X-ray, chest (0320)", n2(l3), n2(round(l3 * 0.6, 2)), "0.00"],
             ["Total", n2(total), n2(round(l1 * 0.6, 2) + round(l2 * 0.6, 2) + round(l3 * 0.6, 2)), "0.00"]],
            [W * 0.46, W * 0.18, W * 0.18, W * 0.18], size=9, aligns=["L", "R", "R", "R"], bold_last=True)
    b.para("Hospitals that care for students of the center agree to send their claims to us within 90 days of the "
           "date of service. This claim came after that time, so we have closed it without payment.", 10)
    b.add_page()
    b.para(f"**You do not owe this bill.** The hospital agreed to the 90-day limit, and it may not bill you for a "
           f"claim it sent late. If {ER_HOSP} sends you a bill (your account there is {acct}), give it to the Health "
           "and Wellness Center and we will call the hospital.", 10)
    b.para("If the hospital can show that it sent the claim on time (for example, a clearinghouse report with an "
           "earlier date), it may ask us to look again within 60 days of the date printed at the top of this letter. "
           f"Requests go to {TPA_PO}.", 10)
    b.signoff(["Sincerely,", sig, "Claims Review Unit"], 9.6)
    b.line(f"cc: {ER_HOSP}, Patient Financial Services", 8.4)
    d_b = (out(b), truth("denial_letter", "timely_filing", insurer=TPA, group=GROUP, member_id=f"JCS{num}",
                         member_name=stu, cases=[claim], claim_amount=m2(total), service_dates=[iso(er)],
                         denial_date=iso(ld2), provider=ER_HOSP, appeal_deadline=iso(plus(ld2, 60)),
                         alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [dr(er_doc), er_doc]}))
    cover = office_fax_cover(DERM, ["Hollins Ridge Professional Building, Suite 210, Tolliver Springs, KY 41789",
                                    f"Phone {phone(rng)}   Fax {phone(rng)}"],
                             [("To:", f"{CENTER}, {HWC}"), ("Attn:", f"{rn}, RN"), ("From:", f"{fd}, front desk"),
                              ("Date:", slash(plus(ld2, 2))), ("Pages:", "5 including this one"),
                              ("Re:", f"{stu}")],
                             "Patient brought in both of these letters at her visit. Dr. " + last(derm) + " would like "
                             "to talk about the light treatment. Patient also asks about the ER bill. Please call us.")
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_processor_three_pages_hospital_stay_medicaid_first_taglines", "born_digital",
             [bd_hospital_medicaid_first(rng)]),
        Item(F + "rotated_notice_orthopedic_visit_not_referred_nurse_and_center_physician", "rotated",
             [rotated_ortho_not_referred(rng)]),
        Item(F + "phone_es_madre_ambulancia_despues_de_la_separacion", "phone_photo", [phone_es_ambulance(rng)]),
        Item(F + "lowres_referral_authorized_oral_surgeon_wisdom_teeth", "scan_lowres_150",
             [lowres_oral_surgery_approved(rng)]),
        Item(F + "photocopy_processor_lab_statement_two_pages_one_claim_after_separation", "photocopy",
             [photocopy_lab_statement(rng)]),
        Item(F + "faxstd_director_review_braces_two_columns_case_in_subject", "fax_standard_g4",
             [faxstd_braces_review(rng)]),
    ]
    docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_derm_office_cover_phototherapy_then_late_hospital_claim_upside_down",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(1, 1): 180}))
    return items
