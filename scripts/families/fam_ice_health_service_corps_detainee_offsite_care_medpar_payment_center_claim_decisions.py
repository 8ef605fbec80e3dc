"""Papers mirrored (structure and plain wording style only) from the federal program that pays for outside medical
care of people held in immigration detention: the ICE Health Service Corps (IHSC) of U.S. Immigration and Customs
Enforcement, whose clinic at a detention facility must approve a referral to an outside hospital, specialist, lab,
ambulance or pharmacy on a Medical Payment Authorization Request (MedPAR), whose claims a federal payment center
prices at Medicare-based rates and pays, and which pays only for care given while the person is in ICE custody and
inside its covered services package (the program, IHSC, ICE, the MedPAR and pricing at Medicare-based rates as
themselves). The payment center's name (Detainee Medical Claims Payment Center) and its P.O. box, every detention
facility and its town, every hospital, practice, lab, ambulance company, pharmacy, person, A-Number, MedPAR number,
claim number, reason code, form number, address and every time limit (the 90-, 60-, 45-day and four-month review
periods, the dates printed as deadlines) are invented (phones 555); CPT, HCPCS and revenue codes appear as
themselves. No heading names the kind of refusal; each reason is told in plain words or only by a code.

Documents (8 in 7 files):
- born_digital_remittance_three_pages_no_medpar_code_only_glossary_on_back: a payment center remittance advice to
  a hospital over three pages: a key/value box beside the address ("2026/03/11"), an open claims table without
  ruling lines and with right-aligned numbers (five detainees, MedPAR numbers of the paid claims as decoys), the
  refused claim on page 2 with "none on claim" in the MedPAR slot and code MP1 only, the totals row and check amount
  on page 2, the codes explained on page 3; a running footer in small type with the payee ID, the remit number and
  a "notice mailed" date; "within 90 days of the remittance date".
- clean_three_page_letter_orthopaedics_visits_after_release_rights_page: a three-page letter to an orthopaedic
  practice with the A-Number and claim number in a running header, the claim table on page 2 (dates
  "02-Mar-2026", the clinician only after "Rendering:", an earlier MedPAR and its paid claim as decoys), the reason
  (the man was released from custody before the visits) buried in a long paragraph on page 3, a call reference
  number and a "for example, a claim for $100.00" line as decoys, a rights page with taglines; "within 60 calendar
  days of the date you receive this notice" (nothing to count from).
- phone_es_aviso_al_detenido_implante_dental_fuera_del_paquete: a photographed Spanish notice from the facility's
  IHSC clinic to the detained man: the outside oral surgeon's request for a dental implant is not in the covered
  services package (pre-service, no amount; planned date in prose); a key/value box at the right of the address
  block; "a más tardar el <fecha>".
- rotated_medpar_approved_heart_clinic_values_over_captions: a MedPAR approval for a cardiology consult and an
  echocardiogram fed turned (denies nothing): values above their captions, the A-Number with dashes, "Tuesday,
  April 14, 2026", "not a bill".
- photocopy_ambulance_same_trip_already_paid_form_boxes: a photocopied payment center notice to an ambulance
  company in boxes whose small captions sit above the values (the earlier paid claim and its check number as
  decoys, the letter date as "03.16.2026", the crew after "Servicing:"): the trip was already paid (duplicate);
  "no later than <date>".
- faxstd_lab_hereditary_gene_panel_outside_package_two_columns: a standard-fax two-column letter to a reference
  lab about a hereditary cancer gene panel outside the covered services package (the ordering oncologist after
  "Ordering:", the letter date as "2026/03/06" and in the footer in words); "within 45 days of the date of this
  letter".
- finefax_stack_hospital_cover_reconsideration_upheld_upside_down_then_pharmacy_after_release: a fine-fax stack of
  the hospital billing office's own fax cover sheet, IHSC's two-page reconsideration decision (running header,
  page 2 upside down, signed by a nurse reviewer and a medical director) keeping the refusal of inpatient days the
  MedPAR did not cover (the MedPAR number and the claim number look alike; the decision is final: no deadline),
  and the payment center's letter to the hospital's outpatient pharmacy about discharge prescriptions filled after
  the woman's release ("Tuesday, February 24, 2026"; prescription numbers as decoys; "four months from the date of
  this notice"), then a blank separator page.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famlb import (DET_F, DET_FIRST, DET_LAST, DET_LAST_ES, DET_M, DET_M_ES, STAFF_F, STAFF_FIRST,
                               STAFF_LAST, STAFF_M, EHSheet, add_months, dmy, dotted, es_date, iso, last_first, long,
                               n2, office_cover, people, phone, plus, slash, surname, tollfree, usd, workday, wlong,
                               ymd, yy)
from public_kit import digits, m2, out, truth

FAMILY = "ice_health_service_corps_detainee_offsite_care_medpar_payment_center_claim_decisions"
LANG = "en"
SEED = 354971
IHSC = "ICE Health Service Corps"
PC = "Detainee Medical Claims Payment Center"
PC_ALT = ["DMCPC", IHSC, "ICE Health Service Corps (IHSC)", "IHSC"]
IHSC_ALT = ["IHSC", "ICE Health Service Corps (IHSC)", "U.S. Immigration and Customs Enforcement",
            "Immigration and Customs Enforcement", "Cuerpo de Servicios de Salud de ICE"]
PC_BOX = "P.O. Box 18420, Austin, TX 78760"
FAC_OR = ("Ocotillo Ridge Processing Center", "OR", "4100 Ridge Road, Lone Yucca, NM 88041")
FAC_SF = ("Saltgrass Flats Detention Facility", "SF", "1 Saltgrass Way, Harrow Springs, TX 79855")
FAC_TW = ("Tamarisk Wells Service Processing Center", "TW", "900 Pumphouse Rd, Tamarisk Wells, AZ 85349")
HOSP1 = "Tamarisk Valley Medical Center"
HOSP2 = "Mesquite Bend Regional Medical Center"
ORTHO = "Caliche Hills Orthopaedic Associates"
ORAL = "Arroyo Seco Oral Surgery"
HEART = "Alameda Crossing Heart Clinic"
AMB = "Redhawk Ambulance Service"
LAB = "Cordova Peak Reference Laboratory"
PHARM = "Mesquite Bend Outpatient Pharmacy"


def staff(rng, n):
    return people(rng, n, STAFF_FIRST, STAFF_LAST)


def detainees(rng, n, first=DET_FIRST):
    return people(rng, n, first, DET_LAST)


def a_num(rng):
    """nine digits of an A-Number (the letter A is printed before it)"""
    return f"{rng.randint(2, 3)}{digits(rng, 8)}"


def spaced_a(a):
    return f"A {a[:3]} {a[3:6]} {a[6:]}"


def dashed_a(a):
    return f"{a[:3]}-{a[3:6]}-{a[6:]}"


def medpar(rng, fac):
    return f"26-{fac[1]}-{digits(rng, 6)}"


def pc_claim(rng):
    return f"26{rng.randint(40, 99):03d}{digits(rng, 7)}"


def pc_head(p, rng, box=None):
    p.head(PC, "DMCPC", [f"Claims priced and paid for the {IHSC} (IHSC), U.S. Immigration and Customs Enforcement",
                         f"{PC_BOX}  |  Provider line {tollfree(rng)}  |  TTY 711"], box=box, size=12.5)


def ihsc_head(p, unit, addr, box=None):
    p.head(IHSC, "IHSC", ["U.S. Department of Homeland Security  |  U.S. Immigration and Customs Enforcement",
                          f"{unit}  |  {addr}"], box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_remit(rng):
    pts = detainees(rng, 5)
    rd = workday(dt.date(2026, 3, rng.randint(9, 11)))
    mailed = plus(rd, 1)
    payee_id = f"PV{digits(rng, 6)}"
    remit = f"R26-{digits(rng, 5)}"
    check = digits(rng, 8)
    facs = [FAC_TW, FAC_TW, FAC_OR, FAC_TW, FAC_SF]
    anums = [a_num(rng) for _ in pts]
    claims = [pc_claim(rng) for _ in pts]
    mps = [medpar(rng, f) for f in facs]
    k = 3                                                  # the refused claim (on page 2)
    dos = [dt.date(2026, 2, d) for d in sorted(rng.sample(range(2, 26), 5))]
    svc = [
        [("0450", "99283", "Emergency dept visit, moderate", 1184.0, 312.41), ("0320", "71046", "Chest X-ray, 2 views",
                                                                            286.0, 41.87)],
        [("0510", "99204", "Clinic visit, new patient", 642.0, 201.66)],
        [("0450", "99285", "Emergency dept visit, high severity", 2930.0, 688.19),
         ("0350", "74177", "CT abdomen and pelvis with contrast", 3842.5, 402.33), ("0300", "80053", "Metabolic panel",
                                                                                      214.0, 10.56)],
        [("0450", "99284", "Emergency dept visit, high complexity", 2486.0, 0.0),
         ("0350", "70450", "CT head without contrast", 1912.5, 0.0)],
        [("0360", "29881", "Knee arthroscopy with meniscectomy", 9874.0, 2214.9)],
    ]
    W = 192
    widths = [16, 16, 20, 72, 20, 19, 18, 11]
    aligns = ["L", "L", "L", "L", "R", "R", "R", "C"]
    head = ["From", "Thru", "Rev / Code", "Service", "Billed", "Allowed", "Paid", "Adj"]

    def claim_rows(i):
        rows = [("span", f"Claim {claims[i]}    {last_first(pts[i])}    A{anums[i]}    {facs[i][0]}    "
                         f"MedPAR {'none on claim' if i == k else mps[i]}")]
        tb = ta = tp = 0.0
        for rev, code, what, billed, allowed in svc[i]:
            paid = 0.0 if i == k else allowed
            adj = "MP1" if i == k else ("P01" if allowed == billed else "R45")
            rows.append([yy(dos[i]), yy(dos[i]), f"{rev} {code}", what, n2(billed), n2(allowed if i != k else 0.0),
                         n2(paid), adj])
            tb, ta, tp = tb + billed, ta + (0.0 if i == k else allowed), tp + paid
        rows.append(("bold", ["", "", "", "Claim total", n2(tb), n2(ta), n2(tp), ""]))
        rows.append(("gap",))
        return rows, round(tb, 2), round(ta, 2), round(tp, 2)

    p = EHSheet(footer=None, ids_foot=f"Payee ID {payee_id}   |   Remit {remit} of {slash(rd)}   |   notice mailed "
                                      f"{slash(mailed)}   |   DMCPC-RA3 (rev. 10/2025)   |   page {{n}} of {{nb}}")
    p.set_margins(12, 13, 12)
    p.add_page()
    pc_head(p, rng, box="REMITTANCE ADVICE")
    p.addr_kv([HOSP1, "Attn: Patient Financial Services", f"{rng.randint(200, 990)} Palo Verde Blvd",
               "Tamarisk Wells, AZ 85349"],
              [("Payee ID", payee_id), ("Remit no.", remit), ("Remit date", ymd(rd)), ("Payment", f"Check {check}"),
               ("Claims", "5"), ("Pricing", "Medicare-based rates")], w=88, cap_w=28, size=8.4)
    p.para("This advice lists the claims for outside care of detained people that the Center priced and paid for "
           "IHSC in this cycle. Amounts are in U.S. dollars. Codes in the last column are explained on the last page "
           "of this advice. Do not bill a detained person for any amount on this advice.", 8.4)
    rows1, tot = [], [0.0, 0.0, 0.0]
    for i in range(3):
        r, b, a, pd = claim_rows(i)
        rows1 += r
        tot = [tot[0] + b, tot[1] + a, tot[2] + pd]
    p.open_table(head, widths, aligns, rows1, size=7.4)
    p.f(7.4)
    p.cell(0, 4, "Continued on page 2", align="R", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.f(8.4, "B")
    p.cell(0, 5, f"{PC}  -  Remittance advice {remit} (continued)", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows2 = []
    den_total = 0.0
    for i in range(3, 5):
        r, b, a, pd = claim_rows(i)
        rows2 += r
        tot = [tot[0] + b, tot[1] + a, tot[2] + pd]
        if i == k:
            den_total = b
    rows2.append(("bold", ["TOTALS", "", "", "5 claims", n2(tot[0]), n2(tot[1]), n2(tot[2]), ""]))
    p.open_table(head, widths, aligns, rows2, size=7.4)
    p.ln(2)
    p.kv_box([("Total paid", usd(round(tot[2], 2))), ("Check no.", check), ("Check date", ymd(rd)),
              ("Mailed to", f"{HOSP1}, Patient Financial Services")], p.l_margin, p.get_y(), 140, cap_w=30)
    p.add_page()
    p.glossary("Adjustment codes used on this advice", [
        ("P01", "Paid as billed: the billed amount is at or under the Medicare-based rate."),
        ("R45", "Billed amount is above the Medicare-based rate. The Center paid the rate. The rest is not owed by "
                "anyone, and it may not be billed to the detained person or to the detention facility."),
        ("MP1", "The claim does not carry the number of a Medical Payment Authorization Request (MedPAR), and the "
                "Center found no MedPAR on file for this person, this provider and these dates. IHSC pays for "
                "outside care only when the clinic at the detention facility approved it, except in an emergency "
                "reported to the clinic within 72 hours. Nothing was paid."),
        ("DP2", "Same service already paid on an earlier claim."),
        ("RL4", "Date of service after the person's release from ICE custody.")],
        note="Not every code in this list is used on every advice.")
    p.ln(2)
    p.heading("If you do not agree with a payment", 10)
    p.para("A provider may ask for reconsideration of any claim on this advice within 90 days of the remittance date. "
           "Send the request with the claim number, a copy of the MedPAR or the clinic's written approval (or, for an "
           f"emergency, the record showing when the clinic was told) to {PC}, Reconsiderations, {PC_BOX}. A corrected "
           "claim that adds a MedPAR number is a new claim and is not a reconsideration.", 8.8)
    t = truth("eob", "prior_authorization", insurer=PC, member_id=f"A{anums[k]}", member_name=pts[k],
              cases=[claims[k]], claim_amount=m2(den_total), service_dates=[iso(dos[k])], denial_date=iso(rd),
              provider=HOSP1, appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": PC_ALT, "member_id": [anums[k]], "denial_date": [iso(mailed)]})
    return out(p), t


def clean_ortho(rng):
    pat, doc, rep, sig = detainees(rng, 1, DET_M) + staff(rng, 3)
    a = a_num(rng)
    claim = pc_claim(rng)
    old_claim = pc_claim(rng)
    old_mp = medpar(rng, FAC_OR)
    consult = dt.date(2026, 1, rng.randint(20, 28))
    released = dt.date(2026, 2, rng.randint(24, 27))
    v1 = dt.date(2026, 3, rng.randint(2, 4))
    v2 = plus(v1, 7)
    rcvd = plus(v2, rng.randint(4, 6))
    ld = workday(plus(rcvd, rng.randint(8, 10)))
    called = plus(ld, -rng.randint(3, 5))
    callref = f"CR-{digits(rng, 4)}-{digits(rng, 4)}"
    lines = [(v1, "99213", "Office visit, established patient", 265.0),
             (v1, "73110", "X-ray wrist, 3 views", 148.0),
             (v2, "29075", "Short arm cast, reapplied", 312.0),
             (v2, "99213", "Office visit, established patient", 265.0)]
    tot = round(sum(x[3] for x in lines), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="DMCPC-L12 (rev. 10/2025)",
                every=f"A-Number {spaced_a(a)}   |   Claim {claim}   |   page {{n}}")
    p.set_margins(18, 17, 18)
    p.add_page()
    pc_head(p, rng)
    p.line(wlong(ld), 10, "B")
    p.ln(2)
    p.addr_kv([ORTHO, "Attn: Billing Office", f"{rng.randint(1100, 4800)} Calle Cuervo, Suite {rng.randint(2, 9)}00",
               "Lone Yucca, NM 88041"],
              [("Claim no.", claim), ("Claim received", long(rcvd)), ("Detained person", pat),
               ("A-Number", spaced_a(a)), ("Facility", FAC_OR[0]), ("Processed", long(ld))], w=92, cap_w=32)
    p.heading("About your claim", 11.5)
    p.para("Dear Billing Office:", 10)
    p.para(f"We have finished processing the claim shown above. Page 2 lists the services on the claim and what was "
           f"paid. Page 3 tells you why, and what you can do if you disagree. Please read all three pages before "
           f"you call us.", 10)
    p.para(f"When your office called us on {long(called)}, our agent opened call reference {callref}. That reference "
           "is for the call only; please use the claim number above when you write to us.", 10)
    p.para("How the Center prices claims: for IHSC, the Center pays the Medicare-based rate for each service, or the "
           "billed amount if it is lower. For example, a claim for $100.00 for a service whose rate is $62.00 is paid "
           "$62.00, and the other $38.00 may not be billed to the detained person or the detention facility.", 9.6)
    p.add_page()
    p.heading("Page 2  -  Services on this claim", 11)
    W = p.w - p.l_margin - p.r_margin
    rows = [[dmy(d), c, what, n2(b), "0.00", "0.00"] for d, c, what, b in lines]
    rows.append(["", "", "Claim total", n2(tot), "0.00", "0.00"])
    p.table(["Date of service", "CPT", "Service", "Billed", "Allowed", "Paid"], rows,
            [W * 0.17, W * 0.1, W * 0.39, W * 0.12, W * 0.11, W * 0.11], size=8.6,
            aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.f(8.2)
    p.cell(0, 4.4, f"Rendering: {doc}, MD   |   Place of service: office (11)   |   Diagnosis: S62.101D",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.history_box(f"Earlier care on file for {last_first(pat)}", ["MedPAR", "Service", "Date", "Claim", "Paid"],
                  [[old_mp, "Orthopaedic consultation and cast", yy(consult), old_claim,
                    n2(rng.choice([211.4, 198.75]))]],
                  [30, 56, 20, 32, 20], note="Shown for your records; it does not cover the services on this claim.")
    p.add_page()
    p.heading("Page 3  -  Why the Center did not pay", 11)
    p.para(f"The Center pays outside providers on behalf of IHSC, and IHSC is responsible for the health care of a "
           f"person only while that person is held in the custody of U.S. Immigration and Customs Enforcement. Before "
           f"paying any claim we check the custody record for each date of service against the dates on the claim. "
           f"We also check that the facility clinic approved the referral, and we price each line at the "
           f"Medicare-based rate. On this claim, the custody record shows that {pat} left ICE custody on "
           f"{long(released)}, when {pat.split()[0]} was released from the {FAC_OR[0]}, so that both visits, on "
           f"{long(v1)} and on {long(v2)}, came after IHSC stopped being responsible for his care and none of the "
           "lines can be paid. The approval your office had for the first visit in January ended with his release; "
           "it does not carry over to later care.", 10)
    p.para("After release, a person's care is paid by the person, by his own health insurance, or by a program he "
           "may qualify for. You may bill him directly for these services at your usual rates.", 10)
    p.heading("If you disagree", 10.5)
    p.para("If you have a record showing that the person was still in ICE custody on the dates of service (for "
           "example, a transport order or a facility escort form), send it with the claim number to Reconsiderations "
           f"at {PC_BOX}. Your request must be sent within 60 calendar days of the date you receive this notice.", 9.8)
    p.signoff(["Sincerely,", rep, "Provider Relations, " + PC], 9.6)
    p.ln(2)
    p.rights(PC, tollfree(rng), who="any provider or patient")
    t = truth("denial_letter", "eligibility", insurer=PC, member_id=f"A{a}", member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld), provider=ORTHO,
              alternates={"insurer": PC_ALT, "member_id": [a], "provider": [doc, f"{doc}, MD"],
                          "service_dates": [[f"{iso(v1)}/{iso(v2)}"]]})
    return out(p), t


def phone_es(rng):
    pat = people(rng, 1, DET_M_ES, DET_LAST_ES)[0]
    surgeon = people(rng, 1, STAFF_M, STAFF_LAST[:12])[0]           # "el Dr." / "la Dra." need the right sex
    dentist = people(rng, 1, STAFF_F, STAFF_LAST[12:])[0]
    hsa = people(rng, 1, STAFF_FIRST, STAFF_LAST)[0]
    a = a_num(rng)
    mp = medpar(rng, FAC_OR)
    seen = dt.date(2026, 2, rng.randint(9, 13))
    asked = plus(seen, rng.randint(2, 4))
    ld = workday(dt.date(2026, 3, rng.randint(2, 5)))
    planned = plus(ld, rng.randint(18, 22))
    by = plus(ld, 30)
    p = EHSheet(footer="Página {n} de {nb}", footer_left="IHSC-OR-07s (rev. 09/2025)")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head("Cuerpo de Servicios de Salud de ICE (ICE Health Service Corps)", "IHSC",
           ["Departamento de Seguridad Nacional  |  Servicio de Inmigración y Control de Aduanas (ICE)",
            f"Clínica médica, {FAC_OR[0]}  |  {FAC_OR[2]}"], size=11.5)
    p.line(f"Lone Yucca, {es_date(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([f"Sr. {pat}", f"A-Number {spaced_a(a)}", f"Unidad de alojamiento C-{rng.randint(1, 6)}", FAC_OR[0],
               FAC_OR[2]],
              [("Paciente", pat), ("N.º A", spaced_a(a)), ("Solicitud", f"MedPAR {mp}"),
               ("Pedida el", es_date(asked)), ("Servicio", "Implante dental"), ("Consultorio", ORAL)],
              w=96, cap_w=26, size=8.4)
    p.heading("Sobre el tratamiento dental que le recomendaron", 12)
    p.para(f"Estimado señor {surname(pat)}:", 10)
    p.para(f"Usted fue atendido el {es_date(seen)} por el Dr. {surgeon}, de {ORAL}, después de que la dentista de "
           f"esta clínica, la Dra. {dentist}, lo enviara allí por el dolor en una muela. El Dr. {surgeon} le sacó la "
           f"muela y después pidió nuestra aprobación para ponerle un implante dental. La cita para el implante se "
           f"había propuesto para el {es_date(planned)}.", 10)
    p.para("**No podemos aprobar el implante.** Mientras usted esté bajo custodia, ICE paga la atención que está "
           "dentro de su paquete de servicios cubiertos. Para los dientes, ese paquete incluye la atención de "
           "urgencia, las extracciones, los empastes y el tratamiento del dolor y de las infecciones; no incluye "
           "implantes, coronas, puentes ni otros tratamientos para reemplazar un diente. Por eso no enviaremos la "
           "aprobación al consultorio y la cita no se hará.", 10)
    p.para("Si vuelve a tener dolor, hinchazón o fiebre, pida una cita de enfermería por el formulario de solicitud "
           "médica de su unidad. La dentista de la clínica lo verá de nuevo.", 10)
    p.para(f"**Si no está de acuerdo.** Puede pedir por escrito que el director médico de la clínica revise esta "
           f"decisión. Entregue su pedido en la clínica o déjelo en el buzón médico de su unidad; debe llegarnos a "
           f"más tardar el {es_date(by)}. Escriba su A-Number y el número de la solicitud.", 10)
    p.signoff(["Atentamente,", hsa, "Administrador de Servicios de Salud", f"Clínica médica de IHSC, {FAC_OR[0]}"],
              9.6)
    t = truth("denial_letter", "not_covered", insurer=IHSC, member_id=f"A{a}", member_name=pat, cases=[mp],
              service_dates=[iso(planned)], denial_date=iso(ld), provider=ORAL, appeal_deadline=iso(by), lang="es",
              alternates={"insurer": IHSC_ALT, "member_id": [a], "provider": [f"Dr. {surgeon}", surgeon],
                          "service_dates": [[]]})
    return out(p), t


def rotated_approval(rng):
    pat = detainees(rng, 1)[0]
    cardio, nurse, cd = staff(rng, 3)
    a = a_num(rng)
    mp = medpar(rng, FAC_SF)
    ad = workday(dt.date(2026, 3, rng.randint(23, 26)))
    visit = dt.date(2026, 4, 14)
    good = plus(visit, 30)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="IHSC MedPAR notice (rev. 09/2025)")
    p.set_margins(17, 15, 17)
    p.add_page()
    ihsc_head(p, f"Medical clinic, {FAC_SF[0]}", FAC_SF[2], box="MEDPAR APPROVED")
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(mp, "MedPAR no.", W * 0.26), (long(ad), "Date approved", W * 0.25),
                  (dashed_a(a), "A-Number", W * 0.22), (FAC_SF[1] + " / Unit B-4", "Facility / housing", W * 0.27)])
    p.over_boxes([(pat, "Detained person", W * 0.34), (f"{HEART}", "Provider", W * 0.38),
                  (f"Dr. {cardio}", "Cardiologist", W * 0.28)])
    p.over_boxes([("Consultation (99244) and echocardiogram (93306)", "Services approved", W * 0.52),
                  (wlong(visit), "Appointment", W * 0.3), (slash(good), "Approval good through", W * 0.18)])
    p.ln(2)
    for ln in [HEART, "Attn: Scheduling and Referrals", f"{rng.randint(100, 900)} Alameda Crossing Dr",
               "Harrow Springs, TX 79855"]:
        p.line(ln, 10)
    p.ln(3)
    p.para("To the clinic's scheduling staff:", 10)
    p.para(f"The IHSC clinic at the {FAC_SF[0]} approves the outside care listed above for {pat}. Our transport "
           f"team will bring the patient to the appointment on {wlong(visit)}; do not give the appointment time to "
           "the patient. If you must move the date, call the clinic; the approval holds for a new date up to "
           f"{long(good)}.", 10)
    p.para(f"Send the claim to the {PC}, {PC_BOX}, with the MedPAR number above in the prior authorization field. "
           "The Center pays the Medicare-based rate. This approval is not a bill, and it does not pay for any other "
           "service: if the cardiologist wants more tests or a procedure, call us for a new MedPAR first.", 10)
    p.para("If the patient is released or moved to another facility before the appointment, this approval ends on "
           "the day of release or transfer.", 10)
    p.signers([nurse + ", RN", "Referral coordinator", f"Fax {phone(rng, '915')}"],
              [f"Dr. {cd}", "Clinical director", FAC_SF[0]], lead="Approved by:")
    t = truth("other", None, insurer=IHSC, member_id=dashed_a(a), member_name=pat, cases=[mp],
              service_dates=[iso(visit)], denial_date=iso(ad), provider=HEART,
              alternates={"insurer": IHSC_ALT, "member_id": [f"A{a}", a], "provider": [f"Dr. {cardio}", cardio],
                          "service_dates": [[]]})
    return out(p), t


def photocopy_ambulance(rng):
    pat = detainees(rng, 1)[0]
    medic, emt, sig = staff(rng, 3)
    a = a_num(rng)
    claim = pc_claim(rng)
    old = pc_claim(rng)
    mp = medpar(rng, FAC_SF)
    trip = dt.date(2026, 2, rng.randint(3, 9))
    paid_on = plus(trip, rng.randint(16, 20))
    rcvd = plus(paid_on, rng.randint(10, 14))
    ld = workday(plus(rcvd, rng.randint(5, 7)))
    by = plus(ld, rng.randint(72, 78))
    miles = rng.choice([31, 38, 44])
    lines = [("A0427", "ALS emergency transport, level 1", 1, 1450.0), ("A0425", "Ground mileage", miles, 21.0)]
    tot = round(sum(u * r for _, _, u, r in lines), 2)
    chk = digits(rng, 8)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"Notice mailed {slash(ld)}  |  DMCPC-N4 (rev. 10/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    pc_head(p, rng, box="CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Notice date", dotted(ld)), ("Claim no.", claim), ("Received", dotted(rcvd)),
                ("MedPAR", mp)], [W * 0.2, W * 0.3, W * 0.2, W * 0.3])
    p.capstrip([("Detained person", pat), ("A-Number", f"A{a}"), ("Facility", FAC_SF[0])],
               [W * 0.32, W * 0.2, W * 0.48])
    p.capstrip([("Date of trip", dotted(trip)), ("Picked up at", FAC_SF[0]), ("Taken to", HOSP2),
                ("Billed", n2(tot))], [W * 0.14, W * 0.33, W * 0.4, W * 0.13], size=8.0)
    p.ln(4)
    for ln in [AMB, "Billing Department", f"P.O. Box {rng.randint(1000, 9999)}", "Harrow Springs, TX 79855"]:
        p.line(ln, 10)
    p.ln(3)
    p.table(["HCPCS", "Service", "Units", "Rate", "Billed"],
            [[c, s, str(u), n2(r), n2(u * r)] for c, s, u, r in lines] + [["", "Total billed", "", "", n2(tot)]],
            [W * 0.13, W * 0.45, W * 0.1, W * 0.14, W * 0.18], size=8.8, aligns=["L", "L", "C", "R", "R"],
            bold_last=True)
    p.f(8.2)
    p.cell(0, 4.4, f"Servicing: {AMB}, Medic Unit {rng.randint(11, 39)}  -  {medic}, Paramedic; {emt}, EMT",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"**We did not pay this claim.** It is for the trip of {long(trip)}: the same trip, on the same date and "
           f"for the same patient, as claim {old}, which the Center paid in full on {long(paid_on)} with check {chk}. "
           "A second claim for a service already paid is not paid again, and sending it again will not change that.",
           10)
    p.para("If this claim was meant to correct the earlier one (for example, to change the mileage), send it as a "
           "corrected claim with frequency code 7 and the earlier claim number. If it is for a second trip on the "
           "same day, send the trip sheets for both trips.", 10)
    p.para(f"A corrected claim or a request for reconsideration must reach us no later than {long(by)}. Mail it to "
           f"{PC}, Reconsiderations, {PC_BOX}.", 10)
    p.signoff(["Claims Examination Unit", sig], 9.4)
    t = truth("denial_letter", "other", insurer=PC, member_id=f"A{a}", member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(trip)], denial_date=iso(ld), provider=AMB,
              appeal_deadline=iso(by), alternates={"insurer": PC_ALT, "member_id": [a],
                                                   "case_numbers": [[claim, mp]]})
    return out(p), t


def faxstd_lab(rng):
    pat = detainees(rng, 1)[0]
    onc, sig = staff(rng, 2)
    a = a_num(rng)
    claim = pc_claim(rng)
    mp = medpar(rng, FAC_TW)
    drawn = dt.date(2026, 2, rng.randint(16, 20))
    rcvd = plus(drawn, rng.randint(9, 12))
    ld = workday(plus(rcvd, rng.randint(7, 9)))
    billed = rng.choice([3850.0, 4120.0, 3975.0])
    fax = (f"{slash(ld)} 14:{rng.randint(10, 59)}  DMCPC CLAIMS  {phone(rng, '512')}  ->  {LAB}  P.{{n}}")
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"DMCPC-L7 (rev. 10/2025)  |  mailed {long(ld)}",
                fax_hdr=fax)
    p.set_margins(17, 15, 17)
    p.add_page()
    pc_head(p, rng)
    p.addr_kv([LAB, "Attn: Client Billing", f"{rng.randint(3000, 7000)} Research Pkwy", "Tucson, AZ 85706"],
              [("Letter date", ymd(ld)), ("Claim no.", claim), ("Patient", pat), ("A-Number", f"A{a}"),
               ("MedPAR", mp), ("Collected", yy(drawn))], w=90, cap_w=28)
    p.heading(f"Claim {claim}: hereditary cancer gene panel", 11.5)
    p.columns(
        [("What we received", f"Your claim for a hereditary cancer gene panel (CPT 81162, BRCA1 and BRCA2 full "
                              f"sequence and deletion analysis) on a blood sample collected on {long(drawn)}, billed "
                              f"at {usd(billed)}. Ordering: Dr. {onc}, oncology, {HOSP1}."),
         ("What we decided", "The Center will not pay this claim. Nothing is owed by the detained person or the "
                             "detention facility.")],
        [("Why", f"The MedPAR the clinic at the {FAC_TW[0]} gave for this patient covers the oncology visit and the "
                 "tests needed to find out what is wrong and to treat it now: the biopsy, the tissue tests and the "
                 "imaging. Testing for an inherited risk of cancer in the future is not in the IHSC covered services "
                 "package, and the clinic did not approve it."),
         ("What you can do", f"Ask for reconsideration within 45 days of the date of this letter. Send it to "
                             f"Reconsiderations, {PC_BOX}, with the claim number and anything showing the test was "
                             "needed for the patient's present treatment.")], size=9.2)
    p.ln(2)
    p.signoff(["Claims Examination Unit", sig], 9.4)
    t = truth("denial_letter", "not_covered", insurer=PC, member_id=f"A{a}", member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[iso(drawn)], denial_date=iso(ld), provider=LAB,
              appeal_deadline=iso(plus(ld, 45)),
              alternates={"insurer": PC_ALT, "member_id": [a], "case_numbers": [[claim, mp]],
                          "provider": [f"Dr. {onc}", onc]})
    return out(p), t


def finefax_stack(rng):
    # document 1: IHSC reconsideration decision, two pages
    pat = detainees(rng, 1)[0]
    er_doc, rn, md, pfs = staff(rng, 4)
    a = a_num(rng)
    core = digits(rng, 6)
    mp = f"26-{FAC_SF[1]}-{core}"
    claim = f"26{core}01"
    recon = f"RC-26-{digits(rng, 4)}"
    adm = dt.date(2026, 2, rng.randint(9, 12))
    approved_to = plus(adm, 1)
    first_ref = plus(adm, 2)
    disch = plus(adm, 5)
    asked = plus(disch, rng.randint(40, 45))
    dd = workday(plus(asked, rng.randint(20, 24)))
    billed = round(rng.randint(44000, 52000) + rng.choice([0.4, 0.85, 0.0]), 2)
    refused = round(billed * rng.uniform(0.52, 0.58), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"IHSC-CR2 (rev. 09/2025)  |  notice mailed {slash(dd)}",
                every=f"{pat}   |   A {a}   |   Reconsideration {recon}   |   page {{n}} of {{nb}}")
    p.set_margins(18, 17, 18)
    p.add_page()
    ihsc_head(p, "Managed Care Claims Review", "500 12th St SW, Washington, DC 20536")
    p.line(f"Decision date: {long(dd)}", 10, "B")
    p.ln(2)
    p.addr_kv([HOSP2, "Patient Financial Services", f"Attn: {pfs}", f"{rng.randint(100, 900)} Resaca Blvd",
               "Harrow Springs, TX 79855"],
              [("Reconsideration", recon), ("Claim no.", claim), ("MedPAR", mp), ("Patient", pat),
               ("A-Number", f"A {a}"), ("Stay", f"{slash(adm)} to {slash(disch)}"), ("Billed", usd(billed))],
              w=90, cap_w=30)
    p.heading("Our decision on your request for reconsideration", 11.5)
    p.para(f"Your office asked on {long(asked)} that we reconsider the payment of claim {claim} for the inpatient "
           f"stay of {pat}, who was brought from the {FAC_SF[0]} to your emergency department on {long(adm)} and "
           f"admitted under Dr. {er_doc}. We read the request, the claim, the MedPAR and the hospital record.", 10)
    p.para(f"**We are keeping the earlier decision.** MedPAR {mp} approved the emergency department visit and two "
           f"inpatient days, {long(adm)} and {long(approved_to)}. The Center paid those. The facility clinic was not "
           f"told that the stay went on, and nobody asked the clinic to approve more days, so the days from "
           f"{first_ref.strftime('%B %-d')} through {long(disch)} ({usd(refused)} of the charges) were never "
           "approved. IHSC pays for days of a hospital stay only when the clinic approved them.", 10)
    p.add_page()
    p.para("We looked at whether the later days could be treated as part of the emergency. The record shows the "
           "patient was stable on the third morning and was waiting for a follow-up scan; the hospital could have "
           "called the clinic's 24-hour line printed on the MedPAR. We did not decide whether the days were "
           "medically needed, only that no one asked for them.", 10)
    p.heading("What this decision means", 10.5)
    p.para("This is IHSC's final decision on this claim. The hospital may not bill the patient or the detention "
           "facility for the days that were not paid.", 10)
    p.signers([rn + ", RN", "Nurse reviewer", "Managed Care Claims Review"],
              [f"{md}, MD", "Medical director", "ICE Health Service Corps"], lead="Reviewed and decided by:")
    d_a = (out(p), truth("denial_letter", "prior_authorization", insurer=IHSC, member_id=f"A{a}", member_name=pat,
                         cases=[recon, claim], claim_amount=m2(billed),
                         service_dates=[f"{iso(first_ref)}/{iso(disch)}"], denial_date=iso(dd), provider=HOSP2,
                         alternates={"insurer": IHSC_ALT, "member_id": [a],
                                     "case_numbers": [[recon], [claim], [recon, claim, mp]],
                                     "claim_amount": [m2(refused)], "service_dates": [[f"{iso(adm)}/{iso(disch)}"]],
                                     "provider": [f"Dr. {er_doc}", er_doc]}))
    # document 2: the payment center's letter to the hospital's outpatient pharmacy
    pat2 = detainees(rng, 1, DET_F)[0]
    pharm, sig = staff(rng, 2)
    a2 = a_num(rng)
    claim2 = pc_claim(rng)
    rel = dt.date(2026, 2, rng.randint(19, 21))
    filled = dt.date(2026, 2, 24)
    ld = workday(dt.date(2026, 3, rng.randint(16, 18)))
    drugs = [("Amoxicillin-clavulanate 875-125 mg, 20 tablets", 84.6),
             ("Ondansetron 4 mg ODT, 12 tablets", 46.25), ("Ibuprofen 600 mg, 30 tablets", 18.9)]
    tot = round(sum(v for _, v in drugs), 2)
    rx = [f"Rx {digits(rng, 7)}" for _ in drugs]
    b = EHSheet(footer="Page {n} of {nb}", footer_left="DMCPC-L15 (rev. 10/2025)")
    b.set_margins(18, 16, 18)
    b.add_page()
    pc_head(b, rng)
    b.line(wlong(ld), 10, "B")
    b.ln(2)
    for ln in [PHARM, f"at {HOSP2}", "Pharmacy Claims", "Harrow Springs, TX 79855"]:
        b.line(ln, 10)
    b.ln(3)
    b.re_line([f"Claim {claim2}", pat2, f"A{a2}", f"filled {wlong(filled)}"])
    W = b.w - b.l_margin - b.r_margin
    b.table(["Prescription", "Drug", "Billed"],
            [[r, d, n2(v)] for r, (d, v) in zip(rx, drugs)] + [["", "Total", n2(tot)]],
            [W * 0.2, W * 0.6, W * 0.2], size=9, aligns=["L", "L", "R"], bold_last=True)
    b.para(f"These prescriptions were written when {pat2} was discharged from {HOSP2}. They were filled on "
           f"{wlong(filled)}. The ICE custody record shows that she was released from the {FAC_SF[0]} on "
           f"{long(rel)}. IHSC pays only for care and drugs given while a person is in ICE custody, so the Center "
           "cannot pay this claim. The person who picked up the drugs may be billed.", 10)
    b.para("If you have a record showing she was in custody when the drugs were dispensed, you may ask us to look "
           f"at the claim again. Write within four months from the date of this notice to Reconsiderations, "
           f"{PC_BOX}.", 10)
    b.signoff(["Pharmacy Claims Unit", sig], 9.4)
    d_b = (out(b), truth("denial_letter", "eligibility", insurer=PC, member_id=f"A{a2}", member_name=pat2,
                         cases=[claim2], claim_amount=m2(tot), service_dates=[iso(filled)], denial_date=iso(ld),
                         provider=PHARM, appeal_deadline=iso(add_months(ld, 4)),
                         alternates={"insurer": PC_ALT, "member_id": [a2], "provider": [HOSP2],
                                     "appeal_deadline": [None]}))
    cover = office_cover(f"{HOSP2}", ["Patient Financial Services  |  Government Programs Desk",
                                      f"{rng.randint(100, 900)} Resaca Blvd, Harrow Springs, TX 79855  |  "
                                      f"Phone {phone(rng, '915')}"],
                         f"Health Services Administrator, {FAC_SF[0]}", phone(rng, "915"), pfs,
                         slash(workday(plus(max(ld, dd), 3))), "5 including this cover",
                         "IHSC decisions on two of our accounts",
                         "Two letters we received about detained patients from your facility. Please call me about "
                         "the inpatient days and about the pharmacy claim; we would like to know how the clinic "
                         "wants us to handle approvals for stays that run longer.", rng)
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_remittance_three_pages_no_medpar_code_only_glossary_on_back", "born_digital",
             [born_remit(rng)]),
        Item(F + "clean_three_page_letter_orthopaedics_visits_after_release_rights_page", "scan_clean_300",
             [clean_ortho(rng)]),
        Item(F + "phone_es_aviso_al_detenido_implante_dental_fuera_del_paquete", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_medpar_approved_heart_clinic_values_over_captions", "rotated", [rotated_approval(rng)]),
        Item(F + "photocopy_ambulance_same_trip_already_paid_form_boxes", "photocopy", [photocopy_ambulance(rng)]),
        Item(F + "faxstd_lab_hereditary_gene_panel_outside_package_two_columns", "fax_standard_g4",
             [faxstd_lab(rng)]),
    ]
    docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_hospital_cover_reconsideration_upheld_upside_down_then_pharmacy_after_release",
                      "fax_fine_g4", docs, separators=[cover, "blank"], turns={(0, 1): 180}))
    return items
