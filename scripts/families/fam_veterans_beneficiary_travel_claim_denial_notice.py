"""Notices mirrored (structure and plain wording style only) from the decision letters the Department of Veterans
Affairs sends on beneficiary travel claims (mileage, special mode transport). The Department of Veterans Affairs,
the beneficiary travel program and its rules as themselves (the 30-day filing limit, the mileage rate of 41.5 cents
a mile, the $3 one-way / $18 monthly deductible, special mode transport approved in advance except in emergencies,
VA Form 10-3542, the BTSSS online system, the decision review options and their forms 20-0996 / 20-0995 / 10182 and
the one-year limit); every health care system, clinic, vendor, person, claim number, ICN and address is invented.

Documents (8 in 7 files):
- faxstd_three_page_mileage_claim_filed_after_30_days: letter on page 1, the claim's facts under "Claim
  information" on page 2, "Your decision review options" with a sample VA form filled with example values on page 3
  (timely_filing).
- born_digital_payment_statement_four_trips_one_duplicate: a travel payment statement of four trips, the third
  refused as a duplicate of a claim already paid (other).
- photocopy_wheelchair_van_not_approved_before_trip: two pages; the van trip was not approved in advance and was not
  an emergency (prior_authorization); details on page 2, rights and a nondiscrimination notice.
- phone_es_dos_paginas_ingresos_sobre_el_limite: photographed two-page Spanish letter: not eligible (no rating of
  30% or more, income above the limit) (eligibility).
- rotated_two_page_approval_deductible_applied: an approval with the deductible taken (denies nothing).
- lowres_letter_to_daughter_trip_to_community_pharmacy: a 150 dpi letter to the veteran's daughter (representative)
  refusing mileage for a trip to pick up a prescription at a pharmacy (not_covered).
- scan300_stack_es_ambulance_then_hlr_decision_turned: a Spanish notice refusing an ambulance ride that was not
  medically needed (medical_necessity), its blank duplex back, then sideways an English Higher-Level Review decision
  keeping the refusal of a trip with no record of a kept appointment (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxe import DXSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "veterans_beneficiary_travel_claim_denial_notice"
LANG = "en"
SEED = 354304
INS = "Department of Veterans Affairs"
HCS = "Tallgrass Plains VA Health Care System"
ALT = [HCS, "U.S. Department of Veterans Affairs", "Veterans Affairs"]
VAMC = "Tallgrass Plains VA Medical Center"
CLINICS = ["Osage Bend VA Clinic", "Willow Fork VA Clinic", "Red Mesa VA Clinic", "Cottonwood Crossing VA Clinic"]
RATE = 0.415


def icn(rng):
    return f"10{digits(rng, 8)}V{digits(rng, 6)}"


def btc(rng):
    return f"BT{digits(rng, 9)}"


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def yr(d: dt.date) -> dt.date:
    return d.replace(year=d.year + 1)


def head(p: DXSheet, rng, es=False):
    p.f(8, "B")
    p.cell(0, 4, "DEPARTMENT OF VETERANS AFFAIRS", new_x="LMARGIN", new_y="NEXT")
    p.f(13, "B")
    p.cell(0, 6.5, HCS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    unit = "Oficina de Viajes de Beneficiarios" if es else "Beneficiary Travel Office"
    p.cell(0, 4, f"{unit}  |  {rng.randint(1000, 9800)} Veterans Pkwy, Pueblo CO 810{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def addressee(p, name, lines, size=9.8):
    for ln in [name, *lines]:
        p.line(ln, size)
    p.ln(3)


def rights_page(p: DXSheet, rng, nd: dt.date, sample=True):
    p.add_page()
    p.heading("Your decision review options", 12, rule=True)
    p.para("If you disagree with this decision, you may choose one of these options. You have **one year from the "
           "date of this letter** to ask for a review. If you ask in time, we treat the review as starting on the "
           "date we first received your claim.", 9.2)
    p.bullets(["**Higher-Level Review** (VA Form 20-0996): a more senior reviewer looks at the same evidence again. "
               "You may not add new evidence.",
               "**Supplemental Claim** (VA Form 20-0995): send new and relevant evidence, such as an appointment "
               "record or a receipt.",
               "**Board Appeal** (VA Form 10182): a Veterans Law Judge at the Board of Veterans' Appeals decides.",
               f"Questions about travel pay: call the Beneficiary Travel Office at {phone(rng)} (TTY 711), "
               "Monday to Friday, 8:00 a.m. to 4:30 p.m.",
               f"Patient Advocate, {VAMC}: {phone(rng, '719')}. You may also file a claim on line through the "
               "Beneficiary Travel Self Service System (BTSSS)."], 8.8)
    if sample:
        ex = dt.date(2026, 1, 15)
        p.sample_box("SAMPLE - how to fill in VA Form 10-3542 (example only)",
                     [("1. Veteran name", "John Q. Example"), ("2. Claim number", "BT000000000"),
                      ("3. Date of travel", fdate(ex, "slash")), ("4. Miles (round trip)", "62"),
                      ("5. Amount claimed", "$25.73"), ("6. Date signed", fdate(plus(ex, 3), "slash"))],
                     "The values below are examples. Do not copy them onto your own form.")
    p.nondisc(INS, people(rng, 1)[0], phone(rng, "303"), f"{rng.randint(100, 990)} Federal Blvd, Denver CO 802"
              f"{rng.randint(10, 99)}", 7.6)


def faxstd_late(rng):
    vet, clin, sig = people(rng, 3)
    i = icn(rng)
    clinic = CLINICS[0]
    v = dt.date(2026, 2, rng.randint(2, 20))
    rec = plus(v, rng.randint(41, 55))
    nd = plus(rec, rng.randint(6, 14))
    n = btc(rng)
    miles = rng.randint(70, 160)
    amt = round(miles * RATE, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TPVAHCS TRAVEL  {phone(rng, '719')}  P.{{n}}"
    p = DXSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "long"), 10)
    addressee(p, vet, address(rng))
    p.pairs([("In reply refer to", "BT/136"), ("ICN", i)], label_w=38, size=9.4)
    p.ln(2)
    p.para(f"Dear {vet}:", 10)
    p.para("We reviewed your claim for beneficiary travel reimbursement. We are sorry, but we cannot pay it. The "
           "facts of your claim are on page 2 under \"Claim information\".", 10)
    p.heading("Why we denied your claim", 10.5)
    p.para("A travel claim must reach us within 30 days after the trip. Your trip to your appointment and home again "
           "happened more than 30 days before we received your claim, and you did not tell us of a reason that kept "
           "you from filing in time. Travel claims sent late cannot be paid under the rules for the beneficiary "
           "travel program.", 10)
    p.para("This decision is about travel pay only. It does not change your health care or any other VA benefit.", 10)
    p.para(f"Sincerely,\n\n{sig}\nBeneficiary Travel Supervisor\n{HCS}", 10)
    p.add_page()
    p.heading("Claim information", 12, rule=True)
    p.boxed_pairs([("Veteran", vet), ("Claim number", n), ("Date of travel", fdate(v, "slash")),
                   ("Appointment at", clinic), ("Seen by", f"Dr. {clin}"),
                   ("Round-trip miles", str(miles)), ("Amount claimed", money(amt)),
                   ("Date claim received", fdate(rec, "slash")), ("Decision", "Denied - filed after 30 days"),
                   ("Deadline to request a review", fdate(yr(nd), "long"))], label_w=62)
    p.para(f"Mileage is figured at {RATE * 100:.1f} cents a mile from your home address to {clinic} and back. The "
           "deductible would have been taken from any payment.", 9.4)
    rights_page(p, rng, nd)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=i, member_name=vet, cases=[n],
              claim_amount=m2(amt), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=yr(nd).isoformat(), alternates={"insurer": ALT, "provider": [clin, VAMC]})
    return out(p), t


def bd_statement(rng):
    vet, = people(rng, 1)
    i = icn(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    for k, (clinic, den) in enumerate([(CLINICS[1], False), (VAMC, False), (CLINICS[1], True), (VAMC, False)]):
        d = plus(sd, -60 + 12 * k + rng.randint(0, 6))
        miles = rng.randint(40, 130)
        amt = round(miles * RATE, 2)
        n = btc(rng)
        ded = 0.0 if den else 6.00
        paid = 0.0 if den else round(amt - ded, 2)
        rows.append([n, fdate(d, "slash"), clinic, str(miles), money(amt, "nosign"), money(ded, "nosign"),
                     money(paid, "nosign"), "D2" if den else "P1"])
        info.append((n, d, clinic, amt, den))
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng)
    p.title_bar("BENEFICIARY TRAVEL PAYMENT STATEMENT", "VA Form 10-3542 claims processed in BTSSS")
    addressee(p, vet, address(rng), 9.4)
    p.capstrip([("VETERAN", vet), ("ICN", i), ("STATEMENT DATE", fdate(sd, "slash")), ("SSN (LAST 4)",
                f"XXX-XX-{digits(rng, 4)}")], [50, 50, 40, 47.9])
    p.ln(3)
    p.table(["Claim no.", "Date of travel", "Appointment at", "Miles", "Claimed", "Deductible", "Paid", "Code"], rows,
            [28, 22, 56, 14, 20, 20, 16, 11.9], size=8, aligns=["L", "L", "L", "R", "R", "R", "R", "C"])
    n, d, clinic, amt, _ = info[2]
    orig = info[0][0]
    p.para(f"**Codes.** P1: paid at {RATE * 100:.1f} cents a mile less the deductible ($3 each way, no more than $18 "
           f"in a calendar month). D2: not paid. We already paid you for this trip under claim {orig}; a second "
           "claim for the same trip on the same day cannot be paid again. If you made two trips that day, send us "
           "the second appointment's time.", 8.8)
    p.para("If you disagree with a denied claim, you may ask for a review within one year of the statement date "
           "(see the back of this statement).", 8.8)
    rights_page(p, rng, sd, sample=False)
    t = truth("eob", "other", insurer=INS, member_id=i, member_name=vet, cases=[n], claim_amount=m2(amt),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=clinic,
              appeal_deadline=yr(sd).isoformat(), alternates={"insurer": ALT, "appeal_deadline": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


def photocopy_van(rng):
    vet, clin, sig, disp = people(rng, 4)
    i = icn(rng)
    vendor = "Prairie Lift Wheelchair Transport"
    v = dt.date(2026, 3, rng.randint(3, 26))
    nd = plus(v, rng.randint(20, 30))
    n = btc(rng)
    amt = amount(rng, 180, 320)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "abbr"), 10)
    addressee(p, vet, address(rng))
    p.para(f"Dear {vet}:", 10)
    p.para("You asked us to pay for a wheelchair van that took you to your appointment. We cannot pay this claim. "
           "You will find the trip, the vendor and the amount on the next page.", 10)
    p.heading("The reason", 10.5)
    p.para("VA pays for a wheelchair van or other special mode of transport when a VA clinician finds that you "
           "need it and the trip is set up with us before you travel. Nobody asked us to approve this van ride ahead "
           "of time, and the trip was to a routine follow-up visit, not an emergency. Because the ride was not "
           "approved before it happened, we cannot pay the vendor's bill.", 10)
    p.para(f"If you will need a van for future visits, ask your care team to send us a request. Our travel "
           f"dispatcher, {disp}, can help set it up at {phone(rng)}.", 10)
    p.para(f"Sincerely,\n{sig}\nBeneficiary Travel Office", 10)
    p.add_page()
    p.heading("Details of the claim we denied", 12, rule=True)
    p.boxed_pairs([("Claim number", n), ("Veteran ICN", i), ("Date of trip", fdate(v, "long")),
                   ("Transport vendor", vendor), ("Appointment", f"{VAMC}, Dr. {clin}"),
                   ("Amount billed", money(amt)), ("Approved in advance", "No")], label_w=55)
    p.para("You may ask for a Higher-Level Review, send a Supplemental Claim or appeal to the Board within one year "
           f"of the date of this letter. Patient Advocate: {phone(rng, '719')}.", 9.2)
    p.nondisc(INS, people(rng, 1)[0], phone(rng, "303"), f"{rng.randint(100, 990)} Federal Blvd, Denver CO 80204")
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=i, member_name=vet, cases=[n],
              claim_amount=m2(amt), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=vendor,
              appeal_deadline=yr(nd).isoformat(), alternates={"insurer": ALT, "provider": [VAMC, clin]})
    return out(p), t


def phone_es(rng):
    vet, clin, sig = people(rng, 3)
    i = icn(rng)
    clinic = CLINICS[2]
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(12, 20))
    n = btc(rng)
    miles = rng.randint(90, 180)
    amt = round(miles * RATE, 2)
    p = DXSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, es=True)
    p.para(fdate(nd, "long", "es"), 10)
    addressee(p, vet, address(rng))
    p.para(f"Estimado(a) {vet}:", 10)
    p.para(f"Recibimos su solicitud de reembolso de gastos de viaje por su cita del {fdate(v, 'long', 'es')} en "
           f"{clinic}. Lamentamos informarle que no podemos pagarla.", 10)
    p.heading("Por qué negamos su solicitud", 10.5)
    p.para("Para recibir pago de viaje, un veterano debe cumplir con uno de los requisitos del programa: por ejemplo, "
           "tener una calificación de discapacidad relacionada con el servicio de 30 % o más, viajar para una "
           "condición relacionada con el servicio, o tener ingresos por debajo del límite del programa. Según "
           "nuestros registros, su calificación es de 10 % y sus ingresos del año pasado están por encima del "
           "límite. Por eso usted no reúne los requisitos para el pago de viaje en esta fecha.", 10)
    p.para("Si sus ingresos cambiaron este año, puede enviarnos un nuevo informe de ingresos y volveremos a revisar "
           "sus próximas solicitudes.", 10)
    p.para(f"Atentamente,\n{sig}\nOficina de Viajes de Beneficiarios", 10)
    p.add_page()
    p.heading("Información de la solicitud", 12, rule=True)
    p.boxed_pairs([("Número de solicitud", n), ("ICN del veterano", i), ("Fecha del viaje", fdate(v, "long", "es")),
                   ("Cita en", clinic), ("Profesional", f"Dra. {clin}"), ("Millas ida y vuelta", str(miles)),
                   ("Importe solicitado", f"US$ {amt:.2f}".replace(".", ",") + f"  ({money(amt)})")], label_w=55)
    p.heading("Sus opciones si no está de acuerdo", 10.5)
    p.para("Tiene un año a partir de la fecha de esta carta para pedir una revisión: Revisión de Nivel Superior "
           "(formulario VA 20-0996), Reclamación Suplementaria (formulario VA 20-0995) o Apelación ante la Junta "
           f"(formulario VA 10182). Fecha límite para pedir la revisión: {fdate(yr(nd), 'long', 'es')}.", 9.6)
    p.nondisc(INS, people(rng, 1)[0], phone(rng, "303"), f"{rng.randint(100, 990)} Federal Blvd, Denver CO 80204",
              es=True)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=i, member_name=vet, cases=[n],
              claim_amount=m2(amt), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=yr(nd).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [clin]})
    return out(p), t


def rotated_approval(rng):
    vet, clin = people(rng, 2)
    i = icn(rng)
    clinic = CLINICS[3]
    v = dt.date(2026, 6, rng.randint(2, 20))
    nd = plus(v, rng.randint(6, 12))
    n = btc(rng)
    miles = rng.randint(60, 140)
    amt = round(miles * RATE, 2)
    paid = round(amt - 6, 2)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "long"), 10)
    addressee(p, vet, address(rng))
    p.pairs([("ICN", i)], label_w=20, size=9.4)
    p.para(f"Dear {vet}:", 10)
    p.para(f"Good news: we approved your travel claim {n} for your visit with Dr. {clin} at {clinic} on "
           f"{fdate(v, 'long')}. You claimed {money(amt)} for {miles} miles. We took the $6.00 round-trip deductible "
           f"and will send {money(paid)} to your bank account on file within 10 business days.", 10)
    p.para("You have now paid $6.00 of the $18.00 monthly deductible for this month. Claims for trips later this "
           "month will have the rest taken first.", 10)
    p.para("You do not need to do anything. If the amount is not right, call us.", 10)
    p.add_page()
    p.tagline_block(phone(rng))
    p.nondisc(INS, people(rng, 1)[0], phone(rng, "303"), f"{rng.randint(100, 990)} Federal Blvd, Denver CO 80204")
    t = truth("other", None, insurer=INS, member_id=i, member_name=vet, cases=[n], claim_amount=m2(amt),
              service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              alternates={"insurer": ALT, "provider": [clin], "case_numbers": [[]]})
    return out(p), t


def lowres_pharmacy(rng):
    vet, dau, sig, doc = people(rng, 4)
    i = icn(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(v, rng.randint(10, 18))
    n = btc(rng)
    miles = rng.randint(30, 80)
    amt = round(miles * RATE, 2)
    pharm = "Sandrock Community Pharmacy"
    p = DXSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "long"), 10)
    addressee(p, dau, address(rng))
    p.para(f"Re: Veteran {vet}, ICN {i}, travel claim {n}", 10)
    p.para(f"Dear {dau}:", 10)
    p.para(f"We have your letter naming you as your father's representative, and we are writing to you about the "
           f"travel claim you sent for him. The claim asks for {money(amt)} for a {miles}-mile round trip on "
           f"{fdate(v, 'long')} to {pharm}, where he picked up a prescription written by Dr. {doc} of "
           f"{CLINICS[0]}.", 10)
    p.para("Travel pay is for getting to and from a health care appointment with VA or with a community provider VA "
           "sent him to. Picking up medicine at a store is not an appointment for care, so this trip is outside what "
           "the program pays for. VA can mail his prescriptions to his home at no cost; call the pharmacy line on his "
           "bottle to set that up.", 10)
    p.para("If you disagree, you may request a review within one year of the date of this letter. A copy of your "
           "decision review options is enclosed.", 10)
    p.para(f"Sincerely,\n{sig}\nBeneficiary Travel Office\n\ncc: {vet}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=i, member_name=vet, cases=[n],
              claim_amount=m2(amt), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              appeal_deadline=yr(nd).isoformat(), alternates={"insurer": ALT, "provider": [None, doc]})
    return out(p), t


def stack(rng):
    vet, clin, sig, amb = people(rng, 4)
    i = icn(rng)
    vendor = "Arroyo Seco Ambulance Service"
    v = dt.date(2026, 7, rng.randint(6, 20))
    nd = plus(v, rng.randint(18, 26))
    n = btc(rng)
    amt = amount(rng, 1100, 1900)
    p = DXSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, es=True)
    p.para(f"Fecha (día/mes/año): {nd.day}/{nd.month}/{nd.year}", 10)
    addressee(p, vet, address(rng))
    p.pairs([("Solicitud", n), ("ICN", i), ("Fecha del traslado", fdate(v, "long", "es"))], label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {vet}:", 10)
    p.para(f"{vendor} nos cobró US$ {amt:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") +
           f" ({money(amt)}) por llevarlo en ambulancia de su casa a {VAMC} para su cita con la Dra. {clin}. "
           "No podemos pagar este traslado.", 10)
    p.para("Pagamos una ambulancia cuando su estado de salud no le permite viajar de otra manera. Su expediente "
           "muestra que ese día usted caminaba sin ayuda y podía viajar sentado en un automóvil; su equipo de "
           "atención no pidió una ambulancia. Por eso el traslado en ambulancia no era médicamente necesario. "
           "Puede pedir el pago de millaje por ese viaje.", 10)
    p.para("Puede pedir una revisión dentro de un año a partir de la fecha de esta carta.", 10)
    p.para(f"Atentamente,\n{sig}\nOficina de Viajes de Beneficiarios\n\ncc: {vendor}", 10)
    d1 = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=i, member_name=vet, cases=[n],
                        claim_amount=m2(amt), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                        provider=vendor, appeal_deadline=yr(nd).isoformat(), lang="es",
                        alternates={"insurer": ALT, "provider": [VAMC, clin]}))
    vet2, rev, clin2 = people(rng, 3)
    i2 = icn(rng)
    v2 = dt.date(2026, 4, rng.randint(3, 25))
    orig = plus(v2, rng.randint(15, 25))
    hd = dt.date(2026, 8, rng.randint(3, 21))
    n2 = btc(rng)
    hlr = f"HLR-26-{digits(rng, 6)}"
    miles = rng.randint(50, 150)
    amt2 = round(miles * RATE, 2)
    q = DXSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng)
    q.title_bar("HIGHER-LEVEL REVIEW DECISION", "Beneficiary travel")
    q.para(fdate(hd, "long"), 10)
    addressee(q, vet2, address(rng))
    q.boxed_pairs([("Veteran", vet2), ("ICN", i2), ("Review number", hlr), ("Travel claim", n2),
                   ("Date of travel", fdate(v2, "slash")), ("Amount claimed", money(amt2)),
                   ("Original decision", fdate(orig, "slash"))], label_w=50)
    q.para(f"{rev}, a senior reviewer who had no part in the first decision, looked at your claim again. The "
           f"appointment you listed, with Dr. {clin2} at {CLINICS[1]}, shows as a \"no-show\": the clinic has no "
           "record that you checked in or were seen that day. Without a kept appointment we cannot pay the trip. "
           "**We are keeping the earlier decision.**", 9.8)
    q.para("If you were seen that day, a Supplemental Claim with the clinic's after-visit summary may change this "
           f"decision. You may file a Supplemental Claim or a Board Appeal by {fdate(yr(hd), 'long')}.", 9.8)
    d2 = (out(q), truth("denial_letter", "other", insurer=INS, member_id=i2, member_name=vet2, cases=[n2, hlr],
                        claim_amount=m2(amt2), service_dates=[v2.isoformat()], denial_date=hd.isoformat(),
                        provider=CLINICS[1], appeal_deadline=yr(hd).isoformat(),
                        alternates={"insurer": ALT, "provider": [clin2], "case_numbers": [[n2], [hlr]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_three_page_mileage_claim_filed_after_30_days", "fax_standard_g4", [faxstd_late(rng)]),
        Item(F + "born_digital_payment_statement_four_trips_one_duplicate", "born_digital", [bd_statement(rng)]),
        Item(F + "photocopy_wheelchair_van_not_approved_before_trip", "photocopy", [photocopy_van(rng)]),
        Item(F + "phone_es_dos_paginas_ingresos_sobre_el_limite", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_approval_deductible_applied", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_daughter_trip_to_community_pharmacy", "scan_lowres_150", [lowres_pharmacy(rng)]),
        Item(F + "scan300_stack_es_ambulance_then_hlr_decision_turned", "scan_clean_300", stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
