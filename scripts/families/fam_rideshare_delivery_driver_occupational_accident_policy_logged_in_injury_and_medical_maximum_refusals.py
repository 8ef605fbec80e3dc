"""An invented occupational accident policy for drivers who give rides and deliver orders through an app: the
Quarrystone Casualty Insurance Company issues a blanket Driver Occupational Accident Policy to the platform Hopwell
Mobility, Inc. (the policyholder, master policy / group no. OA-7730418); every driver is a participant with a number
printed after a three-letter prefix ("QCS 48213907"), and Bramblecrest Claims Services, LLC administers the claims,
writing some letters in its own name. The Accident Medical Expense benefit pays for an injury caused by an accident
that happens while the driver is logged in to the Hopwell Driver app (waiting for a request, on the way to a pickup,
carrying a rider or an order), after a $250 deductible for each accident and up to $25,000 for each accident; it
pays nothing for sickness (a kidney stone, a hernia that does not come from a blow or a fall), wants provider claims
within 180 days of the service and closes a claim when the records asked for do not come. Every company, hospital,
clinic, practice, pharmacy, surgery center, person, number, address, phone (555), code, form number, limit and time
limit is invented; CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_two_accidents_maximum_reached_totals_on_page_two: a three-page EOB on the insurer's letterhead
  ("Claims administered by" the administrator): prefix and participant number in separate boxes beside the group
  no., a benefit summary for two accidents (one at its $25,000 maximum, the year's deductibles met), an open claims
  table without ruling lines (the therapist only after "Rendering:" in a claim heading), two paid claims and the
  refused therapy claim with code MX, the totals row and the checks to providers on page 2, the codes on page 3;
  the statement date as "March 12th, 2026" and in a small running footer; "within 180 days of the date of this
  statement".
- finefax_hospital_crash_after_app_switched_off_claim_only_in_subject: the administrator's fine-fax letter to a
  hospital (a key/value box at the right of the address, the claim number only in the "Re:" line, the hospital's
  own account number and a call reference as decoys, the attending doctor after "Attending:", app times): the crash
  came after the driver went offline; "no later than <weekday, date>".
- phone_es_carta_al_conductor_calculo_renal_no_es_lesion: a photographed Spanish letter from the administrator to a
  driver: the emergency visit for a kidney stone during a delivery is sickness, not an accidental injury;
  "dentro de los 60 días siguientes a la fecha de esta carta".
- rotated_payment_notice_check_stub_to_driver_not_a_bill: a benefit payment notice fed turned (denies nothing):
  an urgent care visit paid to the driver who had paid the clinic, billed / allowed / deductible / paid, a check
  stub with the amount in words, "March 4th"-style date and dates "04-Mar-2026".
- photocopy_pharmacy_records_never_came_claim_closed_form_boxes: a photocopied form letter (small captions above
  the values) closing a pharmacy claim because the information received does not show which injury the drugs were
  for and two requests went unanswered (the dates of the requests, prescription numbers as decoys, dates
  "04.08.2026"); "within 30 business days of the date of this letter".
- clean_three_pages_orthopedics_claim_after_180_days_rights_page: a three-page letter to an orthopedic practice
  with the participant and claim numbers in a running header and a small footer, the claim table on page 2
  (services "from ... through ...", the surgeon after "Servicing:"), the reason on page 3 (the claim came 204 days
  after the first service), a rights page; "within 120 days after you get this letter" (nothing to count from).
- lowres_stack_surgeon_office_cover_appeal_upheld_hernia_sideways_then_surgery_center_bill: a 150 dpi stack of the
  surgeon's billing office's fax cover sheet, the insurer's two-page appeal decision (running header, page 2
  sideways, signed by a nurse reviewer and a medical director) keeping the refusal of a hernia repair after lifting
  a rider's suitcase, and the surgery center's statement to the driver asking him to pay (denies nothing), with the
  blank back of its sheet.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famlb import (DRV_LAST_ES, DRV_M_ES, STAFF_FIRST, STAFF_M, STAFF_LAST, EHSheet, business_days, dmy,
                               dotted, es_date, iso, long, n2, nth, office_cover, paren, people, phone,
                               plus, slash, surname, tollfree, usd, wlong, workday, yy)
from public_kit import digits, m2, out, truth

FAMILY = "rideshare_delivery_driver_occupational_accident_policy_logged_in_injury_and_medical_maximum_refusals"
LANG = "en"
SEED = 355071
INS = "Quarrystone Casualty Insurance Company"
TPA = "Bramblecrest Claims Services, LLC"
INS_ALT = ["Quarrystone Casualty Insurance", "Quarrystone Casualty", "Quarrystone", TPA, "Bramblecrest Claims Services",
           "Bramblecrest"]
TPA_ALT = ["Bramblecrest Claims Services", "Bramblecrest", INS, "Quarrystone Casualty", "Quarrystone"]
PLATFORM = "Hopwell Mobility, Inc."
APP = "Hopwell Driver"
POLICY = "OA-7730418"
PREFIX = "QCS"
TPA_BOX = "P.O. Box 26117, Tempe, AZ 85285"
URG = "Lantern Hill Urgent Care"
HOSP = "Fallowmere General Hospital"
HOSP_ES = "Desert Willow Community Hospital"
PT = "Stridewell Physical Therapy"
IMG = "Saltmarsh Imaging Center"
ORTHO = "Keelson Orthopedic & Spine"
PHARM = "Copperleaf Pharmacy"
ASC = "Wyebridge Surgery Center"
SURG = "Wyebridge Surgical Associates"
MAX = 25000.0
DED = 250.0


def names(rng, n):
    return people(rng, n, STAFF_FIRST, STAFF_LAST)


def part_no(rng):
    return digits(rng, 8)


def claim_no(rng, d: dt.date):
    return f"{d:%y}-{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def az_address(rng):
    town, z = rng.choice([("Tempe", "85281"), ("Mesa", "85201"), ("Chandler", "85225"), ("Gilbert", "85233"),
                          ("Glendale", "85301")])
    street = rng.choice(["E Apache Blvd Apt 214", "W Baseline Rd", "N Dobson Rd Unit 9", "S McClintock Dr",
                         "E Broadway Rd Apt 3C", "W Guadalupe Rd", "N Alma School Rd"])
    return [f"{rng.randint(100, 3999)} {street}", f"{town}, AZ {z}"]


def ins_head(p, rng, unit="Driver Occupational Accident Claims", box=None):
    p.head(INS, "QCIC", [f"{unit}  |  Driver Occupational Accident Policy for drivers using the {APP} app",
                         f"Claims administered by {TPA}  |  {TPA_BOX}  |  {tollfree(rng)}"], box=box, size=12.5)


def tpa_head(p, rng, box=None, es=False):
    if es:
        lines = [f"Administrador de reclamaciones de la póliza de accidentes ocupacionales de {INS}",
                 f"{TPA_BOX}  |  Línea en español {tollfree(rng)}  |  TTY 711"]
    else:
        lines = [f"Claims administrator for the {INS} Driver Occupational Accident Policy",
                 f"{TPA_BOX}  |  Provider line {tollfree(rng)}  |  Fax {phone(rng, '480')}"]
    p.head(TPA, "BCS", lines, box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    drv, ther, urg_doc, rad = names(rng, 4)
    pn = part_no(rng)
    acc1 = dt.date(2026, 1, rng.randint(6, 10))
    acc2 = dt.date(2026, 2, rng.randint(16, 19))
    sd = workday(dt.date(2026, 3, rng.randint(12, 13)))
    pt_dates = [dt.date(2026, 2, d) for d in (rng.randint(2, 4), rng.randint(9, 11), rng.randint(16, 18),
                                               rng.randint(23, 25))]
    c1 = claim_no(rng, plus(acc2, 3))
    c2 = claim_no(rng, plus(acc2, 5))
    c3 = claim_no(rng, plus(pt_dates[-1], 4))
    paid_before1 = MAX
    # claim 1: urgent care (accident 2), deductible taken here
    l1 = [("99204", "New patient visit", 385.0, 271.4), ("29125", "Short arm splint", 146.0, 88.35),
          ("73110", "X-ray wrist, 3 views", 162.0, 74.9)]
    # claim 2: imaging (accident 2)
    l2 = [("73221", "MRI wrist without contrast", 1480.0, 402.65)]
    l3 = [(d, "97110 / 97140", "Therapeutic exercise, manual therapy", 285.0) for d in pt_dates]
    a1 = round(sum(x[3] for x in l1), 2)
    paid1 = round(a1 - DED, 2)
    a2 = l2[0][3]
    b3 = round(sum(x[3] for x in l3), 2)
    widths = [16, 26, 54, 20, 19, 20, 18, 19]
    W = sum(widths)
    aligns = ["L", "L", "L", "R", "R", "R", "R", "C"]
    head = ["Date", "Code", "Service", "Billed", "Allowed", "Deductible", "Paid", "Code /\nyour share"]
    chk1, chk2 = digits(rng, 8), digits(rng, 8)
    p = EHSheet(footer=None, ids_foot=f"{PREFIX} {pn}   |   Group No. {POLICY}   |   statement of {slash(sd)}   |   "
                                      f"QC-EOB2 (11/2025)   |   page {{n}} of {{nb}}")
    p.set_margins(12, 13, 12)
    p.add_page()
    ins_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.f(9, "B")
    p.cell(0, 5, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.addr_kv([drv, *az_address(rng)],
              [("Statement date", nth(sd)), ("Prefix", PREFIX), ("Participant no.", pn), ("Group No.", POLICY),
               ("Policyholder", PLATFORM)], w=94, cap_w=32, size=8.6)
    p.bar("Your accident benefits", 9)
    p.open_table(["Accident", "What happened", "Medical maximum", "Paid before", "Paid now", "Left"],
                 [22, 78, 24, 22, 22, 24], ["L", "L", "R", "R", "R", "R"],
                 [[yy(acc1), "Rear-ended while waiting for a ride request", n2(MAX), n2(paid_before1), "0.00", "0.00"],
                  [yy(acc2), "Fell on steps carrying an order to a door", n2(MAX), "0.00",
                   n2(round(paid1 + a2, 2)), n2(round(MAX - paid1 - a2, 2))]], size=7.8)
    p.para(f"Deductible: $250.00 each accident. Met this year: $500.00 (both accidents). Year-to-date paid for you: "
           f"{usd(round(paid_before1 + paid1 + a2, 2))}.", 8.4)
    p.bar("Claims on this statement", 9)
    rows = [("span", f"Claim {c1}   {URG}   Attending: Dr. {urg_doc}   Accident of {yy(acc2)}")]
    for c, s_, b, a in l1:
        rows.append([yy(plus(acc2, 1)), c, s_, n2(b), n2(a), "", "", ""])
    rows.append(("bold", ["", "", "Claim total", n2(sum(x[2] for x in l1)), n2(a1), n2(DED), n2(paid1), "DA / 250.00"]))
    rows.append(("gap",))
    rows.append(("span", f"Claim {c2}   {IMG}   Reading: Dr. {rad}   Accident of {yy(acc2)}"))
    rows.append([yy(plus(acc2, 6)), l2[0][0], l2[0][1], n2(l2[0][2]), n2(a2), "0.00", n2(a2), "AL / 0.00"])
    p.open_table(head, widths, aligns, rows, size=7.4)
    p.f(7.4)
    p.cell(0, 4, "Continued on the next page", align="R", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.f(8.4, "B")
    p.cell(0, 5, f"Explanation of benefits for {drv}  -  {PREFIX} {pn}  (continued)", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = [("span", f"Claim {c3}   {PT}   Rendering: {ther}, PT   Accident of {yy(acc1)}")]
    for d, c, s_, b in l3:
        rows.append([yy(d), c, s_, n2(b), "0.00", "0.00", "0.00", "MX / 0.00"])
    rows.append(("bold", ["", "", "Claim total", n2(b3), "0.00", "0.00", "0.00", ""]))
    rows.append(("gap",))
    tb = round(sum(x[2] for x in l1) + l2[0][2] + b3, 2)
    ta = round(a1 + a2, 2)
    tp = round(paid1 + a2, 2)
    rows.append(("bold", ["TOTALS", "", "3 claims", n2(tb), n2(ta), n2(DED), n2(tp), ""]))
    p.open_table(head, widths, aligns, rows, size=7.4)
    p.ln(2)
    p.bar("Payments made with this statement", 9)
    p.open_table(["Paid to", "Check no.", "Check date", "Amount"], [90, 30, 30, 30], ["L", "L", "L", "R"],
                 [[URG, chk1, slash(sd), n2(paid1)], [IMG, chk2, slash(sd), n2(a2)],
                  ("bold", ["Total paid", "", "", n2(tp)])], size=8.2)
    p.para("The amounts under \"your share\" are what a provider may ask you to pay. Providers are paid directly; "
           "nothing on this statement was paid to you.", 8.4)
    p.add_page()
    p.glossary("What the codes mean", [
        ("DA", "The $250.00 deductible for this accident was taken from this claim. The provider may ask you for it."),
        ("AL", "Paid at the allowed amount for the area. You do not owe the difference."),
        ("MX", "The Accident Medical Expense benefit has paid its maximum of $25,000.00 for the accident on this "
               "claim. The policy pays nothing more for that accident, whatever the service."),
        ("OF", "The accident happened when you were not logged in to the Hopwell Driver app."),
        ("SK", "The records show a sickness, not an injury caused by an accident.")])
    p.ln(2)
    p.heading("If you disagree", 10)
    p.para(f"You or someone you name in writing may appeal any decision on this statement. Send your appeal within 180 "
           f"days of the date of this statement to Appeals, {TPA}, {TPA_BOX}. Tell us the claim number and why you "
           "disagree, and add any papers you want us to read. You may ask for copies of the papers we used, free of "
           "charge.", 8.8)
    p.rights(INS, tollfree(rng), who="any driver")
    t = truth("eob", "not_covered", insurer=INS, group=POLICY, member_id=f"{PREFIX}{pn}", member_name=drv,
              cases=[c3], claim_amount=m2(b3), service_dates=[iso(d) for d in pt_dates], denial_date=iso(sd),
              provider=PT, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [pn], "provider": [ther, f"{ther}, PT"],
                          "service_dates": [[f"{iso(pt_dates[0])}/{iso(pt_dates[-1])}"]], "group_number": [None]})
    return out(p), t


def finefax_offline(rng):
    drv, att, pa, sig = names(rng, 4)
    pn = part_no(rng)
    acc = dt.date(2026, 3, rng.randint(2, 6))
    called = plus(acc, rng.randint(9, 12))
    ld = workday(plus(called, rng.randint(3, 5)))
    by = plus(ld, 56)
    while by.weekday() != 4:
        by = plus(by, 1)
    claim = claim_no(rng, plus(acc, 6))
    acct = f"FGH{digits(rng, 7)}"
    callref = f"7Q-{digits(rng, 6)}"
    lines = [("99285", "Emergency department visit, high severity", 2640.0),
             ("72125", "CT cervical spine without contrast", 1875.0),
             ("70450", "CT head without contrast", 1690.0), ("12002", "Repair of scalp laceration, 3.1 cm", 612.0)]
    tot = round(sum(x[2] for x in lines), 2)
    fax = f"{slash(ld)} 09:{rng.randint(10, 59)}  BRAMBLECREST CLAIMS  {phone(rng, '480')}  TO {HOSP}  PG {{n}}"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="BCS-PL4 (rev. 10/2025)", fax_hdr=fax)
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p, rng)
    p.line(wlong(ld), 10, "B")
    p.ln(2)
    p.addr_kv([HOSP, "Patient Accounts / Insurance Follow-up", f"Attn: {pa}",
               f"{rng.randint(1000, 2999)} N Country Club Dr", "Mesa, AZ 85201"],
              [("Driver", drv), ("Participant", f"{PREFIX} {pn}"), ("Master policy", POLICY),
               ("Policyholder", PLATFORM), ("Accident", slash(acc)), ("Your account", acct)], w=92, cap_w=30)
    p.re_line([f"Claim {claim}", f"emergency care on {long(acc)}"])
    p.para(f"Dear {pa}:", 10)
    p.para(f"This answers your office's call of {long(called)} (our call reference {callref}) asking why the claim "
           "above has not been paid. We have finished reviewing it, and it will not be paid under the policy.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["CPT", "Service", "Billed"], [[c, s_, n2(b)] for c, s_, b in lines] + [["", "Total", n2(tot)]],
            [W * 0.14, W * 0.64, W * 0.22], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.f(8.4)
    p.cell(0, 4.4, f"Attending: Dr. {att}, Emergency Medicine", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"The policy that {PLATFORM} holds for its drivers pays medical expenses for an injury from an accident "
           f"only when the accident happens while the driver is logged in to the {APP} app: waiting for a request, on "
           "the way to a pickup, or carrying a rider or an order. To check this we ask the platform for the app "
           f"records of the day. Those records show that {drv.split()[0]} finished the last ride of the evening at "
           f"10:41 p.m. and switched the app off at 10:44 p.m. The police report puts the crash at 11:30 p.m., on "
           "the way home. At the time of the accident the driver was not logged in, so the policy does not cover "
           "the emergency care.", 10)
    p.open_table(["App record for " + slash(acc), "Time", "Trip"], [80, 30, 50], ["L", "L", "L"],
                 [["Last ride ended (rider dropped off)", "10:41 p.m.", f"T-{digits(rng, 9)}"],
                  ["App switched to offline", "10:44 p.m.", ""],
                  ["Crash (police report)", "11:30 p.m.", ""]], size=8.4)
    p.para("Please bill the driver's own auto or health insurance. If you have papers showing the driver was logged "
           "in when the crash happened, send them to us so that they reach us no later than "
           f"{wlong(by)}. Write to Appeals, {TPA}, {TPA_BOX}.", 10)
    p.signoff(["Sincerely,", sig, "Claims Examiner", f"for {INS}"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=POLICY, member_id=f"{PREFIX}{pn}", member_name=drv,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(acc)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT, "member_id": [pn], "provider": [f"Dr. {att}", att],
                          "group_number": [None]})
    return out(p), t


def phone_es(rng):
    drv = people(rng, 1, DRV_M_ES, DRV_LAST_ES)[0]
    er, sig = people(rng, 2, STAFF_M, STAFF_LAST)
    pn = part_no(rng)
    dos = dt.date(2026, 2, rng.randint(9, 13))
    rcvd = plus(dos, rng.randint(12, 16))
    ld = workday(dt.date(2026, 3, rng.randint(3, 5)))
    claim = claim_no(rng, rcvd)
    lines = [("Atención de emergencias (99284)", 1980.0), ("Tomografía del abdomen (74176)", 1246.0),
             ("Análisis de orina y de sangre", 186.0)]
    tot = round(sum(b for _, b in lines), 2)
    p = EHSheet(footer="Página {n} de {nb}", footer_left="BCS-ES2 (rev. 10/2025)")
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng, es=True)
    p.line(f"Tempe, Arizona, {es_date(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([drv, *az_address(rng)],
              [("Participante", f"{PREFIX} {pn}"), ("Póliza maestra", POLICY), ("Reclamación", claim),
               ("Fecha de atención", es_date(dos)), ("Recibida", es_date(rcvd)), ("Hospital", HOSP_ES)],
              w=100, cap_w=33, size=8.4)
    p.heading("Su reclamación por la visita a la sala de emergencias", 12)
    p.para(f"Estimado señor {surname(drv)}:", 10)
    p.para(f"{HOSP_ES} nos mandó la cuenta de su visita a la sala de emergencias del {es_date(dos)}. Usted estaba "
           f"conectado a la aplicación {APP} y llevaba un pedido cuando sintió un dolor fuerte en el costado y fue al "
           f"hospital. Allí lo atendió el Dr. {er}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cargo"], [[s_, usd(b)] for s_, b in lines] + [["Total de la cuenta", usd(tot)]],
            [W * 0.7, W * 0.3], size=9, aligns=["L", "R"], bold_last=True)
    p.para("Leímos el informe del hospital con cuidado, y también lo que usted nos contó por teléfono. El informe dice "
           "que el dolor empezó de repente, sin ningún golpe ni caída, y que la tomografía mostró una piedra en el "
           "riñón izquierdo. La póliza que la empresa tiene para sus conductores paga los gastos médicos de una "
           "lesión causada por un accidente mientras usted está conectado; **una piedra en el riñón es una "
           "enfermedad y no una lesión causada por un accidente, aunque haya empezado mientras usted trabajaba**, así "
           "que la póliza no paga esta cuenta. Puede presentarla a su seguro médico, si lo tiene.", 10)
    p.para("**Si no está de acuerdo**, puede apelar. Mande su apelación por escrito dentro de los 60 días siguientes a "
           f"la fecha de esta carta a Appeals, {TPA}, {TPA_BOX}. Incluya el número de reclamación y cualquier papel "
           "que muestre que hubo un accidente.", 10)
    p.signoff(["Atentamente,", sig, "Examinador(a) de reclamaciones", f"en nombre de {INS}"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=TPA, group=POLICY, member_id=f"{PREFIX}{pn}", member_name=drv,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=HOSP_ES,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": TPA_ALT, "member_id": [pn], "provider": [f"Dr. {er}", er],
                          "group_number": [None]})
    return out(p), t


def rotated_payment(rng):
    drv, doc = names(rng, 2)
    pn = part_no(rng)
    acc = dt.date(2026, 3, rng.randint(2, 6))
    sd = workday(plus(acc, rng.randint(22, 26)))
    claim = claim_no(rng, plus(acc, 9))
    lines = [("99203", "New patient visit", 245.0, 181.6), ("73100", "X-ray wrist, 2 views", 118.0, 62.4),
             ("L3908", "Wrist brace, prefabricated", 96.0, 71.25)]
    tb = round(sum(x[2] for x in lines), 2)
    ta = round(sum(x[3] for x in lines), 2)
    paid = round(ta - DED, 2)
    chk = digits(rng, 9)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="QC-PAY1 (11/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    ins_head(p, rng, box="BENEFIT PAYMENT NOTICE")
    p.f(9.4, "B")
    p.cell(0, 5, nth(sd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Prefix", PREFIX), ("Participant no.", pn), ("Group No.", POLICY), ("Claim no.", claim),
                ("Accident", dmy(acc))], [W * 0.1, W * 0.22, W * 0.22, W * 0.26, W * 0.2])
    p.ln(3)
    addr = az_address(rng)
    for ln in [drv, *addr]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {drv}:", 10)
    p.para(f"You sent us the receipt for your visit to {URG} on {dmy(acc)}, after you slipped on wet steps while "
           "picking up an order and hurt your right wrist. You paid the clinic yourself. The claim is approved and "
           "the check below pays you back. This is not a bill.", 10)
    p.table(["Service", "Billed", "Allowed", "Deductible", "Paid to you"],
            [[f"{c} {s_}", n2(b), n2(a), "", ""] for c, s_, b, a in lines]
            + [["Total", n2(tb), n2(ta), paren(DED), n2(paid)]],
            [W * 0.4, W * 0.15, W * 0.15, W * 0.15, W * 0.15], size=8.8, aligns=["L", "R", "R", "R", "R"],
            bold_last=True)
    p.para(f"Treating clinician: Dr. {doc}. The $250.00 deductible for this accident has now been met. The Accident "
           f"Medical Expense benefit for this accident has {usd(MAX - paid)} of its $25,000.00 left. The policy pays "
           "only the allowed amount; you may ask the clinic to refund what you paid above it, and we will explain the "
           "allowed amount to the clinic if it calls us.", 9.4)
    p.check_stub(INS, [drv, addr[1]], chk, slash(sd), paid, memo=f"Claim {claim}",
                 bank="Drawn on Sonoran Commerce Bank, Phoenix, AZ")
    t = truth("eob", None, insurer=INS, group=POLICY, member_id=f"{PREFIX}{pn}", member_name=drv, cases=[claim],
              claim_amount=m2(tb), service_dates=[iso(acc)], denial_date=iso(sd), provider=URG,
              alternates={"insurer": INS_ALT, "member_id": [pn], "provider": [f"Dr. {doc}", doc],
                          "group_number": [None]}, type_alternates=["other"])
    return out(p), t


def photocopy_pharmacy(rng):
    drv, presc, sig = names(rng, 3)
    pn = part_no(rng)
    acc = dt.date(2026, 2, rng.randint(2, 6))
    filled = plus(acc, 1)
    rcvd = plus(filled, rng.randint(10, 14))
    ask1 = workday(plus(rcvd, 5))
    ask2 = workday(plus(ask1, 14))
    ld = dt.date(2026, 4, rng.randint(6, 8))
    by = business_days(ld, 30)
    claim = claim_no(rng, rcvd)
    drugs = [("Cyclobenzaprine 10 mg, 30 tablets", 42.8), ("Naproxen 500 mg, 60 tablets", 31.15),
             ("Lidocaine 5% patches, 30", 286.4), ("Oxycodone-acetaminophen 5-325 mg, 12 tablets", 27.65)]
    tot = round(sum(v for _, v in drugs), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"Date mailed {slash(ld)}  |  BCS-RN3 (rev. 10/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    tpa_head(p, rng, box="CLAIM CLOSED")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Letter date", dotted(ld)), ("Claim no.", claim), ("Participant", f"{PREFIX} {pn}"),
                ("Master policy", POLICY)], [W * 0.2, W * 0.27, W * 0.27, W * 0.26])
    p.capstrip([("Driver", drv), ("Date of accident", dotted(acc)), ("Pharmacy", f"{PHARM} #112"),
                ("Claim received", dotted(rcvd))], [W * 0.28, W * 0.18, W * 0.34, W * 0.2])
    p.ln(4)
    for ln in [drv, *az_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {drv}:", 10)
    p.para(f"{PHARM} #112 sent us a claim for the prescriptions it filled for you on {long(filled)}, the day after "
           "your accident.", 10)
    p.table(["Rx no.", "Drug", "Charge"],
            [[f"{digits(rng, 7)}", d, n2(v)] for d, v in drugs] + [["", "Total charges", n2(tot)]],
            [W * 0.16, W * 0.62, W * 0.22], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"**The information we received does not show which injury these drugs were for, or who prescribed "
           f"them.** The pharmacy's claim lists Dr. {presc} as the prescriber, but we have no record of a visit with "
           f"that doctor after the accident. We wrote to you and to the doctor's office on {dotted(ask1)} and again on "
           f"{dotted(ask2)}, asking for the visit notes. Nothing came back, so we have closed the claim.", 10)
    p.para("If you send the visit notes, or the emergency room record that shows the prescriptions, we will open the "
           f"claim again. Please send them within 30 business days of the date of this letter to {TPA}, {TPA_BOX}, "
           "with the claim number.", 10)
    p.signoff(["Claims Examiner", sig, f"for {INS}"], 9.4)
    t = truth("denial_letter", "other", insurer=TPA, group=POLICY, member_id=f"{PREFIX}{pn}", member_name=drv,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(filled)], denial_date=iso(ld), provider=PHARM,
              appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT, "member_id": [pn], "provider": [f"{PHARM} #112"],
                          "appeal_deadline": [None], "group_number": [None]})
    return out(p), t


def clean_timely(rng):
    drv, surg, sig, coord = names(rng, 4)
    pn = part_no(rng)
    acc = dt.date(2026, 1, rng.randint(2, 4))
    first = plus(acc, 3)
    svc = [(first, "99204", "New patient visit", 410.0), (first, "73721", "MRI knee without contrast", 1650.0),
           (plus(first, 9), "20610", "Knee joint injection", 385.0), (plus(first, 14), "99214", "Office visit", 248.0)]
    last = svc[-1][0]
    rcvd = plus(first, 204)
    ld = workday(plus(rcvd, rng.randint(9, 12)))
    claim = claim_no(rng, rcvd)
    tot = round(sum(x[3] for x in svc), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"QC-TF6 (11/2025)  |  mailed {ld.isoformat()}",
                every=f"Participant {PREFIX} {pn}   |   Claim {claim}   |   page {{n}} of {{nb}}")
    p.set_margins(18, 17, 18)
    p.add_page()
    ins_head(p, rng, unit="Provider Claims Review")
    p.line(nth(ld), 10, "B")
    p.ln(2)
    p.addr_kv([ORTHO, "Attn: Insurance Billing", f"{rng.randint(1000, 9000)} S Price Rd, Suite 210",
               "Chandler, AZ 85286"],
              [("Claim no.", claim), ("Driver", drv), ("Participant", f"{PREFIX} {pn}"), ("Group No.", POLICY),
               ("Accident", long(acc)), ("Claim received", long(rcvd))], w=94, cap_w=32)
    p.heading("Our decision on your claim", 11.5)
    p.para("Dear Insurance Billing:", 10)
    p.para(f"We have decided the claim your practice sent for {drv}, a driver covered by the occupational accident "
           f"policy that {PLATFORM} holds with {INS}. The services on the claim are listed on page 2. Page 3 explains "
           f"our decision and what you can do.", 10)
    p.para(f"Dates that matter for this claim: the accident happened on {long(acc)}; the first service on the claim "
           f"was on {long(first)} and the last on {long(last)}; the claim reached us on {long(rcvd)}; this letter is "
           f"dated {long(ld)}.", 10)
    p.add_page()
    p.heading("Services on the claim", 11)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of service", "CPT", "Service", "Billed", "Paid"],
            [[slash(d), c, s_, n2(b), "0.00"] for d, c, s_, b in svc] + [["", "", "Total", n2(tot), "0.00"]],
            [W * 0.18, W * 0.11, W * 0.45, W * 0.14, W * 0.12], size=8.8, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.f(8.4)
    p.cell(0, 4.4, f"Servicing: Dr. {surg}, orthopedic surgery   |   Services from {long(first)} through {long(last)}",
           new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.heading("Why the claim was not paid", 11)
    p.para("Under the policy, a provider who treats a driver must send the claim so that it reaches us within 180 "
           f"days of the date of service. Your practice's claim reached us on {long(rcvd)}, which is 204 days after "
           f"the first service and 190 days after the last. We looked for an earlier claim, a letter or a call from "
           "your office about these services and found none. Because the claim came too late, the policy does not "
           "pay it, and your practice may not bill the driver for these services.", 10)
    p.para("If your office sent the claim earlier, to us or to the platform by mistake, send us proof that it was "
           "sent in time, such as a clearinghouse acceptance report or a mailing receipt. Write within 120 days after "
           f"you get this letter to Provider Appeals, {TPA}, {TPA_BOX}.", 10)
    p.signers([sig, "Provider Claims Review", INS], [coord, "Claims Coordinator", TPA], lead="Sincerely,")
    p.rights(INS, tollfree(rng), who="any driver or provider")
    t = truth("denial_letter", "timely_filing", insurer=INS, group=POLICY, member_id=f"{PREFIX}{pn}",
              member_name=drv, cases=[claim], claim_amount=m2(tot),
              service_dates=sorted({iso(d) for d, *_ in svc}), denial_date=iso(ld), provider=ORTHO,
              alternates={"insurer": INS_ALT, "member_id": [pn], "provider": [f"Dr. {surg}", surg],
                          "service_dates": [[f"{iso(first)}/{iso(last)}"]]})
    return out(p), t


def lowres_stack(rng):
    drv, surg, anest, rn, md, billing, adv = names(rng, 7)
    pn = part_no(rng)
    lift = dt.date(2026, 2, rng.randint(2, 6))
    surg_d = plus(lift, rng.randint(17, 21))
    claim = claim_no(rng, plus(surg_d, 5))
    appeal = f"APL-26-{digits(rng, 5)}"
    asked = plus(surg_d, rng.randint(40, 46))
    dd = workday(plus(asked, rng.randint(20, 26)))
    fac = [("49505", "Repair of inguinal hernia, right", 6480.0), ("C1781", "Mesh implant", 1120.0),
           ("0370", "Anesthesia room, supplies and recovery", 1340.0)]
    tot = round(sum(x[2] for x in fac), 2)
    # document 1: the appeal decision, two pages
    a = EHSheet(footer="Page {n} of {nb}", footer_left="QC-AP3 (11/2025)",
                every=f"{drv}   |   Appeal {appeal}   |   Claim {claim}   |   page {{n}} of {{nb}}")
    a.set_margins(18, 17, 18)
    a.add_page()
    ins_head(a, rng, unit="Appeals Unit")
    a.line(f"Decision date: {long(dd)}", 10, "B")
    a.ln(2)
    home = az_address(rng)
    a.addr_kv([drv, *home],
              [("Appeal no.", appeal), ("Claim no.", claim), ("Participant", f"{PREFIX} {pn}"),
               ("Group No.", POLICY), ("Surgery", slash(surg_d)), ("Surgery center", ASC)], w=92, cap_w=32)
    a.heading("Decision on your appeal", 12)
    a.para(f"Dear {drv}:", 10)
    a.para(f"On {long(asked)} you appealed our refusal to pay for the repair of a right inguinal hernia that Dr. "
           f"{surg} of {SURG} performed at {ASC} on {long(surg_d)}. The surgery center billed {usd(tot)}. You wrote "
           f"that on {long(lift)}, while you were logged in and on a ride, you lifted a rider's heavy suitcase into "
           "the trunk, felt a pull in your groin and saw a bulge that evening.", 10)
    a.para("A nurse reviewer and our medical director read your letter, the surgeon's notes and the operative "
           "report. We believe what you told us about the suitcase. The question is whether the hernia is an injury "
           "caused by an accident as the policy defines it.", 10)
    a.para("**We are keeping our decision.** The policy treats a hernia of any kind as a sickness unless it comes "
           "straight from a blow to the belly or a fall. The surgeon's notes describe a hernia that came on with "
           "lifting and strain, with a weak spot in the wall of the groin that had been there before; they do not "
           "describe a blow or a fall. The policy does not pay for the surgery.", 10)
    a.add_page()
    a.heading("What you can do now", 10.5)
    a.para("This is the final decision under the policy's appeal procedure. You may ask for an external review by "
           "an independent reviewer within four months after you receive this decision; the enclosed form explains "
           "how. You may also ask us for free copies of everything we used to decide your appeal.", 10)
    a.para(f"The surgery center and Dr. {surg}'s office may bill you for their charges. Your own health insurance, "
           "if you have it, may pay for this surgery; send it a copy of this letter.", 10)
    a.signers([f"{rn}, RN", "Nurse reviewer", "Appeals Unit"], [f"{md}, MD", "Medical director", INS],
              lead="Decided by:")
    d_a = (out(a), truth("denial_letter", "not_covered", insurer=INS, group=POLICY, member_id=f"{PREFIX}{pn}",
                         member_name=drv, cases=[appeal, claim], claim_amount=m2(tot), service_dates=[iso(surg_d)],
                         denial_date=iso(dd), provider=ASC,
                         alternates={"insurer": INS_ALT, "member_id": [pn],
                                     "case_numbers": [[appeal], [claim]],
                                     "provider": [f"Dr. {surg}", surg, SURG]}))
    # document 2: the surgery center's statement to the driver
    st = workday(plus(dd, rng.randint(8, 12)))
    acct = f"WSC-{digits(rng, 6)}"
    b = EHSheet(footer="Page {n} of {nb}", footer_left=f"Statement {acct}")
    b.set_margins(18, 16, 18)
    b.add_page()
    b.head(ASC, "WSC", [f"{rng.randint(100, 999)} W Warner Rd, Tempe, AZ 85284  |  Billing questions "
                        f"{phone(rng, '480')}", "Accredited ambulatory surgery center"], box="STATEMENT")
    W = b.w - b.l_margin - b.r_margin
    b.capstrip([("Statement date", slash(st)), ("Account no.", acct), ("Patient", drv),
                ("Amount due", usd(tot))], [W * 0.2, W * 0.22, W * 0.34, W * 0.24])
    b.ln(4)
    for ln in [drv, *home]:
        b.line(ln, 10)
    b.ln(3)
    b.table(["Date", "Code", "Description", "Charge"],
            [[slash(surg_d), c, s_, n2(v)] for c, s_, v in fac]
            + [["", "", "Insurance payment", "0.00"], ["", "", "Balance due from patient", n2(tot)]],
            [W * 0.16, W * 0.12, W * 0.5, W * 0.22], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    b.para(f"Insurance billed: {INS} (occupational accident), participant {PREFIX} {pn}. The insurer refused the "
           "claim and its appeal decision kept the refusal, so the balance is now yours to pay. Surgeon: Dr. "
           f"{surg}; anesthesia: Dr. {anest}.", 9.6)
    b.para("Please pay the balance due within 30 days of the statement date, or call us to set up a payment plan. If "
           "you have other health insurance, call us with the card in hand and we will bill it.", 9.6)
    b.tear_slip("Payment coupon", [[("Account no.", acct), ("Statement date", slash(st)), ("Amount due", usd(tot))],
                                   [("Amount enclosed", ""), ("Card no. (if paying by card)", ""), ("Exp.", "")]],
                note=f"Make checks payable to {ASC}.")
    d_b = (out(b), truth("other", None, insurer=None, member_id=f"{PREFIX}{pn}", member_name=drv,
                         claim_amount=m2(tot), service_dates=[iso(surg_d)], denial_date=iso(st), provider=ASC,
                         unscored=["insurer"],
                         alternates={"insurer": [INS] + INS_ALT, "member_id": [pn, None],
                                     "provider": [f"Dr. {surg}", surg]}))
    cover = office_cover(SURG, ["Billing Office", f"{rng.randint(100, 999)} W Warner Rd, Suite 300, Tempe, AZ 85284"
                                                  f"  |  Phone {phone(rng, '480')}"],
                         f"{adv}, Driver Help Desk, Valley Gig Workers Center", phone(rng, "602"), billing,
                         slash(plus(st, 2)), "5 with cover", f"{drv} - hernia surgery, insurance refusal",
                         f"As you asked, here are the insurer's appeal decision and the surgery center's statement "
                         f"for {drv.split()[0]}. Our own bill will follow separately. Call me if the driver wants to "
                         "set up a plan.", rng)
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_accidents_maximum_reached_totals_on_page_two", "born_digital", [born_eob(rng)]),
        Item(F + "finefax_hospital_crash_after_app_switched_off_claim_only_in_subject", "fax_fine_g4",
             [finefax_offline(rng)]),
        Item(F + "phone_es_carta_al_conductor_calculo_renal_no_es_lesion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_payment_notice_check_stub_to_driver_not_a_bill", "rotated", [rotated_payment(rng)]),
        Item(F + "photocopy_pharmacy_records_never_came_claim_closed_form_boxes", "photocopy",
             [photocopy_pharmacy(rng)]),
        Item(F + "clean_three_pages_orthopedics_claim_after_180_days_rights_page", "scan_clean_300",
             [clean_timely(rng)]),
    ]
    docs, cover = lowres_stack(rng)
    items.append(Item(F + "lowres_stack_surgeon_office_cover_appeal_upheld_hernia_sideways_then_surgery_center_bill",
                      "scan_lowres_150", docs, separators=[cover, "duplex"], turns={(0, 1): 90}))
    return items
