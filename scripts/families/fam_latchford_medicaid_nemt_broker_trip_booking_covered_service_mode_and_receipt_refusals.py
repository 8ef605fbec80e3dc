"""Papers mirrored (structure and plain wording style only) from Medicaid non-emergency medical transportation as a
state runs it through a transportation broker (as state Medicaid agencies and their brokers describe it: a ride
must be booked with the broker ahead of time, usually two business days, and must take the member to a service
Medicaid covers; the broker assigns the least costly mode that meets the member's needs (bus pass, sedan,
wheelchair van, stretcher van) and a medical reviewer decides a request for a higher mode; a family member,
friend or neighbour who drives may be paid a mileage rate once the visit is confirmed on a signed trip log; meals,
lodging and parking on a long trip are paid only against receipts; the broker pays transportation providers by
remittance; members can ask the broker for an appeal and the state for a fair hearing). The state (the State of
Latchford, postal code LF), its Department of Health Care Services and NEMT Appeals Unit, the broker Quillpath Ride
Services, LLC, the mileage rate, the lodging and meal limits, every manual section, code, form number and time
limit, and every transportation company, cab company, hospital, clinic, dental office, fitness center, person,
number and address are invented (phones 555); HCPCS and CPT codes appear as themselves. No heading names the kind
of refusal.

Documents (8 in 7 files):
- born_digital_remittance_unruled_header_first_page_only_unbooked_trip_code_glossary: a two-page transportation
  provider remittance to a wheelchair van company (address at the left, key/value box on the right, "Remittance
  date 2026/04/06", "Notice mailed" in the small footer, EFT and year-to-date paid as decoys); an unruled listing of
  fourteen trips whose column heading is printed on page 1 only, so the rows on page 2 (the refused trip among them)
  carry the rider's Medicaid ID as an uncaptioned cell; the refused trip has no trip number and pays 0.00 under code
  X14, told only in the code glossary after the totals row on page 2; a "trip billed at $100.00" example; "within
  90 days of the remittance date".
- clean300_three_pages_ids_in_running_header_lodging_meals_parking_no_receipts: a three-page travel reimbursement
  decision for a child's two-day trip to a children's hospital ("March 17th, 2026"), the request number and the
  Medicaid ID in a running header on every page, page 2 a trip card and a ruled table whose narrow money column
  wraps each amount under "USD", the miles paid and the hotel, meals and parking not paid; page 3 the reason ("The
  information we received does not show a receipt ...") and "within 60 calendar days of the date on this notice",
  a fair hearing as decoy, a nondiscrimination notice and taglines.
- lowres_es_reembolso_millaje_blanqueamiento_dental_no_cubierto: a 150 dpi Spanish letter ("4 de marzo de 2026"
  dates) with a key/value block on the right half: a friend's mileage for two trips to a dental office, the trip for
  a cleaning paid and the one for teeth whitening refused because Medicaid does not cover it; a call reference and
  a mileage example as decoys; "dentro de 60 días a partir de la fecha de esta carta".
- photocopy_approval_boxes_neighbor_mileage_amount_we_will_pay: a photocopied approval in ruled boxes with small
  captions over the values ("Monday, March 23, 2026"), a signed mileage log of four trips to physical therapy
  and a framed panel naming the amount the broker will pay; denies nothing.
- finefax_level_of_service_review_stretcher_to_wheelchair_van_nurse_and_medical_director: a fine-fax review letter
  to a stretcher van company ("4-Mar-2026" at the top, "Request received 03.02.2026" month first), address at the
  left and caption/value pairs on the right half; a stretcher ride to an MRI refused because a wheelchair van is
  the least costly mode that meets the rider's needs, signed by a nurse reviewer and a medical director; "no later
  than" a printed date.
- phone_taxi_not_booked_case_number_only_in_subject_we_cannot_reimburse: a photographed letter ("Friday, March
  13, 2026") whose request number stands only in the subject line; the refusal of a taxi receipt is one sentence
  in a long paragraph in the program's own words ("we cannot reimburse a ride that was not booked ..."); a call
  reference as decoy; "within 60 calendar days of the date you receive this notice" (nothing to count from).
- faxstd_stack_billing_transmittal_state_appeal_decision_fitness_class_sideways_then_private_pay_invoice: a
  standard-fax stack of a wheelchair van company's billing office transmittal (its own fax numbers, "pages
  including cover"; no document's page), the state's two-page appeal decision keeping the refusal of rides to a
  fitness center's warm-water exercise class (IDs in a running line on both pages, "Decision date: 2026/03/31",
  page 2 sideways; only a fair hearing left) and the company's own invoice to the member for the rides she paid
  for privately (a real bill; denies nothing), then the blank back of its sheet.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famje import (EJSheet, billing_transmittal, dmy_dash, es_date, es_short, first_last, grouped,
                               hm, iso, last_first, lf_address, long, mdy_dots, n2, ord_long, people, phone, plus,
                               slash, tollfree, usd, usd_code, wday_long, workday, ymd_slash)
from public_kit import digits, m2, out, truth

FAMILY = "latchford_medicaid_nemt_broker_trip_booking_covered_service_mode_and_receipt_refusals"
LANG = "en"
SEED = 354994
BROKER_FULL = "Quillpath Ride Services, LLC"
BROKER = "Quillpath Ride Services"
BROKER_ALT = [BROKER_FULL, "Quillpath", "Quillpath Ride Services Member Travel Reimbursement"]
AGENCY = "Latchford Department of Health Care Services"
AGENCY_ALT = ["Latchford DHCS", "Latchford Medicaid", "Department of Health Care Services",
              "Latchford Department of Health Care Services NEMT Appeals Unit"]
PROG = "Latchford Medicaid"
PO = "P.O. Box 4410, Sedgecombe, LF 61204"
RATE = 0.38
VAN = "Bluejay Wheelchair Transit, Inc."
VAN_SHORT = "Bluejay Wheelchair Transit"
CAB = "Goldfinch Cab Company"
STRETCH = "Sedgecombe Stretcher Transport"
CHILD_HOSP = "Pelham Rise Children's Hospital"
PT = "Vetchling Mills Physical Therapy"
DENTAL = "Dentistas Familiares de Clary Junction"
ONC = "Thimbleweed Cancer Care"
IMG = "Dunnock Ferry Imaging Center"
GYM = "Whinchat Aquatic & Fitness Center"
DIAL = "Pelham Rise Dialysis"
FHC = "Clary Junction Community Health Center"
ABOUT = ("Latchford Medicaid pays for a ride to a service Medicaid covers when you have no other way to get there. "
         "Quillpath Ride Services books every ride for Latchford Medicaid.")


def medicaid_id(rng):
    return "4" + digits(rng, 9)


def mid_sp(m):
    return grouped(m, [4, 4, 2])


def head(p, rng, unit, box=None):
    p.head(BROKER_FULL, "QRS", [f"{unit}  |  Transportation broker for {PROG}",
                                f"{PO}  |  Ride Desk {tollfree(rng, '855')}  |  TTY 711"], box=box, size=12.5)


def agency_head(p, rng, unit, box=None):
    p.head(AGENCY, "LDHCS", [f"Division of Medicaid  |  {unit}",
                             f"200 Capitol Loop, Sedgecombe, LF 61201  |  {tollfree(rng, '800')}  |  TTY 711"],
           box=box, size=12)


# ---------------------------------------------------------------------------------------------------------------
def born_remittance(rng):
    riders = people(rng, 15)
    rd = dt.date(2026, 4, rng.randint(6, 8))
    mail = plus(rd, 1)
    rnum = f"QR-{rd.strftime('%y%m')}-{digits(rng, 4)}"
    prov_no = digits(rng, 7)
    npi = "1" + digits(rng, 9)
    dests = [DIAL, FHC, PT, ONC, IMG, CHILD_HOSP]
    trips = []
    for i in range(14):
        d = dt.date(2026, 3, rng.randint(2, 27))
        miles = rng.randint(4, 31)
        trips.append(dict(r=riders[i], mid=medicaid_id(rng), d=d, miles=miles, base=42.5,
                          mil=round(miles * 2.15, 2), cno=f"{d.strftime('%y%m%d')}-{digits(rng, 5)}",
                          tno=f"T{d.strftime('%y%m%d')}{digits(rng, 4)}", code=("00", "M1"),
                          al=(38.0, round(miles * 1.9, 2)), dest=rng.choice(dests)))
    trips.sort(key=lambda t: t["r"].split()[-1])
    k = rng.choice([11, 12])                          # the refused trip: its rows reach page 2
    trips[k].update(tno="NONE ON FILE", code=("X14", "X14"), al=(0.0, 0.0))
    den = next(t for t in trips if t["tno"] == "NONE ON FILE")
    rows, bold = [], set()
    tb = ta = tp = 0.0
    for t in trips:
        rows.append([t["cno"], last_first(t["r"]), t["mid"], slash(t["d"]), t["tno"], "A0130", "1", n2(t["base"]),
                     n2(t["al"][0]), n2(t["al"][0]), t["code"][0]])
        rows.append(["", t["dest"], "", "", "", "S0209", str(t["miles"]), n2(t["mil"]), n2(t["al"][1]),
                     n2(t["al"][1]), t["code"][1]])
        rows.append(["", "", "", "", "", "", "Trip", n2(t["base"] + t["mil"]), n2(sum(t["al"])), n2(sum(t["al"])),
                     ""])
        bold.add(len(rows) - 1)
        tb += t["base"] + t["mil"]
        ta += sum(t["al"])
        tp += sum(t["al"])
    ytd = round(tp + rng.choice([18412.4, 21977.15, 16830.9]), 2)
    p = EJSheet(footer="Page {n} of {nb}",
                footer_left=f"Remittance {rnum} of {slash(rd)}  |  Provider no. {prov_no}  |  "
                            f"Notice mailed {slash(mail)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    head(p, rng, "Provider Payments", box="PROVIDER REMITTANCE")
    p.addr_kv([f"{VAN}", "Attn: Billing Office", "1180 Tannery Row", "Pelham Rise, LF 61219"],
              [("Remittance date", ymd_slash(rd)), ("Remittance no.", rnum), ("Provider no.", prov_no),
               ("NPI", npi), ("Payment", f"EFT {digits(rng, 9)}")], w=92, cap_w=32)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    y1 = p.money_box("This remittance", [("Trips", "14"), ("Billed", usd(tb)), ("Allowed", usd(ta)),
                                         ("Paid by EFT", usd(tp))], w=W * 0.48)
    p.set_xy(p.l_margin + W * 0.52, y0)
    y2 = p.money_box("Calendar year 2026", [("Trips paid", str(rng.randint(310, 380))), ("Paid to date", usd(ytd))],
                     x=p.l_margin + W * 0.52, w=W * 0.48, bold_last=False)
    p.set_xy(p.l_margin, max(y1, y2) + 4)
    p.para("Each trip is listed under the rider's name with the base rate on the first line and the loaded miles on "
           "the second. Codes are explained after the totals.", 8.8)
    widths = [22, 40, 18, 16, 21, 11, 10, 14, 14, 13, W - 179]
    p.first_head_listing(["Claim no.", "Rider / destination", "Medicaid ID", "Trip date", "Trip no.", "Code",
                          "Units", "Billed", "Allowed", "Paid", "Adj."], rows, widths,
                         aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], size=6.8, row_h=4.3,
                         cont="- continued -", bold_rows=bold, groups=[3] * len(trips),
                         totals=["TOTALS", "", "", "", "", "", "", n2(tb), n2(ta), n2(tp), ""])
    p.glossary("Adjustment codes", [
        ("00", "Paid at the Latchford Medicaid rate for the mode of transport."),
        ("M1", "Loaded miles paid at the rate for the mode; unloaded miles are not paid."),
        ("X14", "No reservation matches this trip. A ride is paid only when Quillpath booked it and sent the trip to "
                "you before the pick-up time (Provider Agreement, section 5.3)."),
        ("X22", "Trip log not signed by the rider or the medical office."),
        ("X31", "Wait time is not paid for this mode."),
        ("X40", "Same rider, same date and same leg already paid.")], size=7.2)
    p.heading("Reading this remittance", 9.6)
    p.para("Allowed is the Latchford Medicaid rate for the service. For example, a trip billed at $100.00 whose rate "
           "is $38.00 is paid $38.00, and the rider may not be billed for the rest.", 8.2)
    p.heading("Questions or a payment review", 9.6)
    p.para("You may ask for a payment review within 90 days of the remittance date. Send the claim number, the trip "
           f"log and your reason to Provider Payments, {BROKER_FULL}, {PO}, or upload them in the provider portal.",
           8.2)
    amt = den["base"] + den["mil"]
    t = truth("eob", "prior_authorization", insurer=BROKER, member_id=den["mid"], member_name=den["r"],
              cases=[den["cno"]], claim_amount=m2(amt), service_dates=[iso(den["d"])], denial_date=iso(rd),
              provider=VAN, appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": BROKER_ALT, "provider": [VAN_SHORT]}, denial_alternates=["other"])
    return out(p), t


def clean_lodging(rng):
    parent, child, doc, sig = people(rng, 4, sexes="F")
    mid = medicaid_id(rng)
    req = f"MR-26-{digits(rng, 6)}"
    ta = f"TA-26-{req[-6:-2]}{req[-1]}{req[-2]}"           # the earlier travel approval looks like the request
    d1 = dt.date(2026, 3, rng.randint(2, 4))
    d2 = plus(d1, 1)
    rcvd = plus(d2, rng.randint(4, 6))
    dec = workday(plus(rcvd, rng.randint(4, 5)))
    ld = workday(plus(dec, 1))
    miles = rng.choice([176, 181, 188]) * 2
    mil = round(miles * RATE, 2)
    hotel, meals, park = rng.choice([89.0, 94.0, 99.0]), 24.0, rng.choice([16.0, 18.0])
    tot = mil + hotel + meals + park
    refused = hotel + meals + park
    home = lf_address(rng)
    p = EJSheet(footer=None, footer_left=f"QRS-TR-3 (01/2026)  |  Mailed {slash(ld)}",
                every=f"Request {req}   |   Medicaid ID {mid_sp(mid)}   |   Page {{n}} of {{nb}}")
    p.set_margins(18, 17, 18)
    p.add_page()
    head(p, rng, "Member Travel Reimbursement", box="TRAVEL REIMBURSEMENT DECISION")
    p.line(ord_long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([parent, f"Parent or guardian of {first_last(child)}", *home],
              [("Request no.", req), ("Rider", child), ("Medicaid ID", mid_sp(mid)),
               ("Request received", ymd_slash(rcvd)), ("Decided", long(dec))], w=90, cap_w=30)
    p.para(f"Dear {parent}:", 10)
    p.para(f"You asked us to pay you back for driving {first_last(child)} to {CHILD_HOSP} and for the costs of the "
           f"overnight stay. We paid part of your request. Page 2 lists what you asked for and what we paid. Page 3 "
           "tells you why we did not pay the rest and what you can do.", 10)
    p.callout("About travel costs", ABOUT + " When a visit is far from home and the trip was approved ahead of time, "
              "we can also pay for miles driven in your own car, a hotel night, meals and parking, up to the limits "
              "in the Transportation Manual.", 9.2)
    p.para("The money we paid goes to the bank account you gave us. It should reach you within ten business days.",
           9.6)
    p.add_page()
    p.heading("What you asked for and what we paid", 11.5, rule=True)
    p.trip_card([home[0], home[1]], [CHILD_HOSP, "900 Kestle Avenue", "Pelham Rise, LF 61219"],
                [("Mode", "Parent's car"), ("Approved", ta), ("Dates", f"{slash(d1)} - {slash(d2)}")],
                title=f"Trip for {child}", caps=("FROM HOME", "TO"))
    p.para(f"Appointments: pediatric cardiology with Dr. {first_last(doc)} on {wday_long(d1)} at {hm(9, 15)}, and a "
           f"heart ultrasound at {hm(7, 30)} on {wday_long(d2)}.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    rows = [["Miles in your car", f"{slash(d1)}, {slash(d2)}",
             f"{miles} miles round trip at ${RATE:.2f} a mile; log signed by the hospital", usd_code(mil),
             usd(mil), "Paid"],
            ["Hotel, 1 night", slash(d1), "Harbor Inn Pelham Rise (your form)", usd_code(hotel), "$0.00",
             "No receipt"],
            ["Meals, 2 days", f"{slash(d1)}, {slash(d2)}", "$12.00 a day for the rider's parent", usd_code(meals),
             "$0.00", "No receipt"],
            ["Parking", f"{slash(d1)}, {slash(d2)}", "Hospital garage", usd_code(park), "$0.00", "No receipt"],
            ["Total", "", "", usd_code(tot), usd(mil), ""]]
    p.narrow_money_table(["What", "Date(s)", "Details", "Asked", "We paid", "Result"], rows,
                         [34, 36, W - 34 - 36 - 15 - 20 - 22, 15, 20, 22],
                         aligns=["L", "L", "L", "R", "R", "L"], size=8.4)
    p.para(f"You asked for {usd(tot)} in all. We paid {usd(mil)} and did not pay {usd(refused)}.", 9.6)
    p.add_page()
    p.heading("Why we did not pay the hotel, the meals and the parking", 11.5, rule=True)
    p.para(f"The information we received does not show a receipt for the hotel night, the meals or the parking "
           f"garage. You sent the mileage log signed by the hospital's front desk, and we paid the miles. For a hotel, "
           "meals and parking we can pay only the amount shown on a receipt that names the business and the date, "
           "even when the trip itself was approved (Latchford Medicaid Transportation Manual, section 7.4).", 10)
    p.para("If you still have the receipts, send them to us with a copy of this notice. A receipt from a phone or a "
           "card statement that shows the business and the date is enough.", 10)
    p.heading("If you disagree", 11)
    p.bullets([
        "**Appeal to Quillpath.** You may ask for an appeal within 60 calendar days of the date on this notice. "
        f"Call the Ride Desk or write to Appeals, {BROKER_FULL}, {PO}. We will decide within 30 days.",
        "**State fair hearing.** If you do not agree with our appeal decision, you can ask the Department of Health "
        "Care Services for a fair hearing within 120 days of the date of that decision.",
        "Someone else, such as a relative or a lawyer, can help you. Free legal help may be available; call 211."],
        9.6)
    p.signoff(["Member Travel Reimbursement", BROKER_FULL], 9.6)
    p.nondiscrim(BROKER_FULL, tollfree(rng, "855"), size=7.2)
    p.tagline_block(tollfree(rng, "855"), size=6.6)
    t = truth("denial_letter", "other", insurer=BROKER, member_id=mid, member_name=child, cases=[req, ta],
              claim_amount=m2(tot), service_dates=[iso(d1), iso(d2)], denial_date=iso(ld), provider=CHILD_HOSP,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": BROKER_ALT, "provider": [f"Dr. {first_last(doc)}", first_last(doc)],
                          "claim_amount": [m2(refused)], "case_numbers": [[req]],
                          "service_dates": [[f"{iso(d1)}/{iso(d2)}"]]},
              denial_alternates=["not_covered"])
    return out(p), t


def lowres_es_dental(rng):
    pat, friend, dentist, agent = people(rng, 4, es=True, sexes="FMF")
    mid = medicaid_id(rng)
    req = f"MR-26-{digits(rng, 6)}"
    call = f"{digits(rng, 4)}-{digits(rng, 4)}"
    d1 = dt.date(2026, 2, rng.randint(2, 5))
    d2 = plus(d1, 7)
    rcvd = plus(d2, rng.randint(8, 12))
    ld = workday(plus(rcvd, rng.randint(8, 11)))
    miles = rng.choice([18, 22, 26]) * 2
    a1 = round(miles * RATE, 2)
    tot = round(a1 * 2, 2)
    p = EJSheet(footer="Página {n} de {nb}", footer_left=f"QRS-TR-3S (01/2026)  |  {es_short(ld)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    p.head(BROKER_FULL, "QRS", ["Reembolso de Viajes para Miembros  |  Agente de transporte de Medicaid de Latchford",
                                f"{PO}  |  Línea de Viajes {tollfree(rng, '855')}  |  TTY 711"],
           box="AVISO SOBRE SU REEMBOLSO", size=12.5)
    p.line(f"Sedgecombe, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *lf_address(rng)],
                       [("Solicitud n.º", req), ("Miembro", pat), ("N.º de Medicaid", mid),
                        ("Conductor", f"{friend} (amigo)"), ("Recibida", es_date(rcvd)),
                        ("Consultorio", DENTAL)], split=0.45, cap_w=30, size=8.8)
    p.para(f"Estimada {pat}:", 10)
    p.para(f"Usted nos pidió que le pagáramos las millas que manejó su amigo, {first_last(friend)}, para llevarla a "
           f"dos citas en {DENTAL}. Pagamos un viaje y no pagamos el otro.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Fecha del viaje", "Motivo de la cita", "Millas (ida y vuelta)", "Pedido", "Pagado"],
            [[es_date(d1), f"Limpieza y examen dental, Dra. {first_last(dentist)}", str(miles), usd(a1), usd(a1)],
             [es_date(d2), "Blanqueamiento dental", str(miles), usd(a1), "$0.00"],
             ["", "Total de la solicitud", "", usd(tot), usd(a1)]],
            [W * 0.2, W * 0.4, W * 0.14, W * 0.13, W * 0.13], size=8.6, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.ln(2)
    p.heading("Por qué no pagamos el viaje del " + es_date(d2), 11)
    p.para(f"Solo podemos pagar un viaje que lo lleve a un servicio que {PROG} cubre. {PROG} no cubre el "
           "blanqueamiento dental, porque es un tratamiento estético y no trata una enfermedad. Por eso no podemos "
           f"pagar las millas de ese viaje, aunque el consultorio sí atiende a miembros de Medicaid (Manual de "
           "Transporte de Medicaid de Latchford, sección 3.2).", 10)
    p.para(f"Cuando usted llamó a la Línea de Viajes (número de referencia de su llamada: {call}), le explicamos cómo "
           f"se calcula el pago: pagamos ${RATE:.2f} por milla. Por ejemplo, un viaje de ida y vuelta de 20 millas se "
           "paga $7.60.", 9.8)
    p.heading("Si no está de acuerdo", 11)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. Llame a la Línea de "
           f"Viajes o escriba a Apelaciones, {BROKER_FULL}, {PO}. Si no está de acuerdo con nuestra decisión sobre "
           "la apelación, puede pedir una audiencia imparcial al Departamento de Servicios de Salud de Latchford "
           "dentro de 120 días a partir de la fecha de esa decisión.", 9.8)
    p.signoff(["Atentamente,", agent, "Reembolso de Viajes para Miembros"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=BROKER, member_id=mid, member_name=pat, cases=[req],
              claim_amount=m2(tot), service_dates=[iso(d2)], denial_date=iso(ld), provider=DENTAL,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": BROKER_ALT, "claim_amount": [m2(a1)],
                          "provider": [f"Dra. {first_last(dentist)}", first_last(dentist)]})
    return out(p), t


def photocopy_approval(rng):
    pat, driver, pt_, clerk = people(rng, 4)
    mid = medicaid_id(rng)
    req = f"MR-26-{digits(rng, 6)}"
    start = dt.date(2026, 3, rng.randint(2, 4))
    days = [start, plus(start, 2), plus(start, 7), plus(start, 9)]
    rcvd = plus(days[-1], rng.randint(3, 5))
    ld = workday(plus(rcvd, rng.randint(5, 7)))
    pay = plus(ld, 10)
    miles = rng.choice([23, 27, 31]) * 2
    each = round(miles * RATE, 2)
    tot = round(each * 4, 2)
    home = lf_address(rng)
    p = EJSheet(serif=True, footer="Page {n} of {nb}", footer_left=f"QRS-MA-1 (01/2026)  |  {slash(ld)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, "Member Travel Reimbursement", box="MILEAGE APPROVAL")
    W = p.w - p.l_margin - p.r_margin
    p.wrap_boxes([("Date of this notice", wday_long(ld), W * 0.34), ("Request no.", req, W * 0.22),
                  ("Medicaid ID", mid, W * 0.22), ("Received", mdy_dots(rcvd), W * 0.22)], size=9.2, lines=1)
    p.wrap_boxes([("Rider", pat, W * 0.34), ("Driver", f"{driver} (neighbor)", W * 0.36),
                  ("Visits to", PT, W * 0.30)], size=9.2, lines=2)
    p.ln(4)
    for ln in [pat, *home]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {pat}:", 10)
    p.para(f"We approved your request. Your neighbor, {first_last(driver)}, drove you to four physical therapy "
           f"visits at {PT} with {first_last(pt_)}, PT, and the clinic signed each line of the trip log. We checked "
           "the miles against the map route from your home to the clinic.", 10)
    p.mileage_log(["Date", "Appointment", "Miles", "Amount", "Clinic signature"],
                  [[slash(d), hm(rng.choice([9, 10, 13, 14]), rng.choice([0, 15, 30, 45])), str(miles), usd(each),
                    "signed"] for d in days], [32, 32, 22, 30, W - 116], sig_col=4, size=8.8)
    p.pay_panel("What we will pay", [("Trips approved", "4 of 4"), ("Miles for each trip (round trip)", str(miles)),
                                     ("Rate a mile", f"${RATE:.2f}"), ("You asked for", usd(tot))],
                ("We will pay you", usd(tot)), size=9.4)
    p.para(f"The payment goes to the bank account we have on file for you on or about {long(pay)}. You do not need "
           "to do anything. Please book your next rides or send your next log the same way.", 9.8)
    p.para("Keep this notice. If a payment does not arrive, call the Ride Desk and give the request number.", 9.6)
    p.signoff(["Sincerely,", clerk, "Member Travel Reimbursement"], 9.6)
    t = truth("other", None, insurer=BROKER, member_id=mid, member_name=pat, cases=[req], claim_amount=m2(tot),
              service_dates=[iso(d) for d in days], denial_date=iso(ld), provider=PT,
              alternates={"insurer": BROKER_ALT, "provider": [f"{first_last(pt_)}, PT", first_last(pt_)]})
    return out(p), t


def finefax_level_of_service(rng):
    pat, doc, rn, md, sched = people(rng, 5)
    mid = medicaid_id(rng)
    rev = f"LOS-{digits(rng, 4)}-{digits(rng, 4)}"
    rcvd = dt.date(2026, 3, rng.randint(2, 3))
    ld = workday(plus(rcvd, 2))
    trip = workday(plus(ld, rng.randint(8, 11)))
    by = plus(ld, 60)
    p = EJSheet(footer="Page {n} of {nb}", footer_left=f"Level of service review {rev}  |  Sent {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, "Medical Review")
    p.line(dmy_dash(ld), 10.2, "B")
    p.ln(3)
    p.addr_pairs_right([STRETCH, f"Attn: {sched}, scheduling", "77 Bell Foundry St", "Sedgecombe, LF 61204"],
                       [("Review no.", rev), ("Rider", pat), ("Medicaid ID", mid), ("Asked for", "Stretcher van "
                                                                                          "(T2005)"),
                        ("Approved", "Wheelchair van (A0130)"), ("Trip date", slash(trip)),
                        ("Going to", IMG), ("Ordering doctor", f"Dr. {doc}"), ("Request received", mdy_dots(rcvd))],
                       split=0.44, cap_w=32, size=8.8)
    p.subject("Level of service for a ride to an MRI")
    p.para(f"{STRETCH} asked us to approve a stretcher van for {pat}'s round trip from home to {IMG} on "
           f"{long(trip)} for an MRI of the lower back that Dr. {doc} ordered. A nurse reviewer looked at the "
           "Physician Certification of Transport Need the doctor signed and at the rider's trips of the last six "
           "months.", 10)
    p.heading("Our decision", 11)
    p.para("We approved the ride, but not by stretcher van. A stretcher van is for a rider who must lie down for the "
           "whole trip. The doctor's form says the rider sits in a wheelchair most of the day, can sit up for an "
           "hour and moves from bed to chair with one person's help. The least costly mode that meets these needs "
           "is a wheelchair van with a driver trained to help with the transfer, so a stretcher van is not medically "
           "necessary for this trip (Latchford Medicaid Transportation Manual, section 4.1).", 10)
    p.para("We sent the wheelchair van trip to the schedule. If the rider's condition changes, the doctor may send a "
           "new form and ask us to look again.", 10)
    p.heading("If you or the rider disagree", 11)
    p.para(f"You or the rider may ask for an appeal no later than {long(by)}. Send the review number and any new "
           f"medical information to Appeals, {BROKER_FULL}, {PO}, or fax {phone(rng, '618')}. If waiting could harm "
           "the rider's health, call us for a fast appeal; we decide it within 72 hours. The rider may also ask the "
           "state for a fair hearing after our appeal decision.", 9.8)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Medical director, Quillpath Medical Review"])
    p.para(f"cc: {pat}; Dr. {doc}", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=BROKER, member_id=mid, member_name=pat, cases=[rev],
              service_dates=[iso(trip)], denial_date=iso(ld), provider=STRETCH, appeal_deadline=iso(by),
              alternates={"insurer": BROKER_ALT, "provider": [f"Dr. {doc}", doc, IMG]},
              denial_alternates=["level_of_care"])
    return out(p), t


def phone_taxi(rng):
    pat, onc, agent = people(rng, 3)
    mid = medicaid_id(rng)
    rr = f"RR-{digits(rng, 4)}-{digits(rng, 4)}"
    call = f"{digits(rng, 4)}-{digits(rng, 4)}"
    ride = dt.date(2026, 2, rng.randint(23, 27))
    called = plus(ride, -3 if ride.weekday() == 0 else -1)
    rcvd = dt.date(2026, 3, rng.randint(5, 9))
    ld = workday(plus(rcvd, rng.randint(6, 9)))
    one = rng.choice([23.25, 24.75, 26.5])
    fare = round(one * 2, 2)
    p = EJSheet(footer=None, footer_left=f"QRS-RR-2 (01/2026)  |  Notice mailed {slash(ld)}")
    p.set_margins(19, 17, 19)
    p.add_page()
    head(p, rng, "Member Travel Reimbursement")
    p.line(wday_long(ld), 10.2, "B")
    p.ln(3)
    for ln in [pat, *lf_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Medicaid ID", mid_sp(mid))], label_w=28, size=9.6)
    p.ln(2)
    p.subject(f"Re: Reimbursement request {rr}, taxi of {long(ride)}")
    p.para(f"Dear {pat}:", 10)
    p.para(f"Thank you for sending us the receipt from {CAB} for {usd(fare)}, the fare for your ride from home to "
           f"{ONC} and back on {long(ride)}, when you had your infusion with Dr. {onc}. We know that the day before, "
           "your daughter could not drive you after all and that you did not want to miss the treatment, and we are "
           "glad you got there. When you called our Ride Desk on "
           f"{long(called)} (call reference {call}), the earliest ride we could book was for a later date, because "
           "rides are booked at least two business days before the pick-up so that a driver can be scheduled. "
           "Quillpath pays a taxi or a car service only when we booked the ride and sent it to the company, and so "
           "we cannot reimburse a ride that was not booked with us, even when the visit itself is one that Medicaid "
           "covers. For an urgent need, such as a treatment that cannot move, the Ride Desk can ask a supervisor for "
           "a same-day or next-day ride, and we will write that on your file so that the staff knows it next time.",
           10)
    p.para("Your infusions are every three weeks. To make sure your next rides are in place, you can book all of "
           "them at once by calling the Ride Desk with the dates from your schedule.", 10)
    p.heading("If you disagree", 10.8)
    p.para("You may ask for an appeal within 60 calendar days of the date you receive this notice. Call the Ride "
           f"Desk or write to Appeals, {BROKER_FULL}, {PO}. After our appeal decision you may also ask the state for "
           "a fair hearing.", 9.8)
    p.signoff(["Sincerely,", agent, "Member Travel Reimbursement"], 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=BROKER, member_id=mid, member_name=pat, cases=[rr],
              claim_amount=m2(fare), service_dates=[iso(ride)], denial_date=iso(ld), provider=CAB,
              alternates={"insurer": BROKER_ALT, "provider": [ONC, f"Dr. {onc}", onc]},
              denial_alternates=["other"])
    return out(p), t


def faxstd_stack(rng):
    pat, doc, officer, clerk, mgr = people(rng, 5, sexes="F")
    mid = medicaid_id(rng)
    appeal = f"NA-26-{digits(rng, 5)}"
    treq = f"TR-{digits(rng, 7)}"
    start = dt.date(2026, 3, 3)
    end = dt.date(2026, 3, 26)
    refused = dt.date(2026, 2, rng.randint(23, 26))
    ap_in = plus(refused, rng.randint(6, 9))
    dd = workday(plus(ap_in, rng.randint(24, 30)))
    inv_d = plus(dd, rng.randint(3, 5))
    rides = [plus(start, 0), plus(start, 2), plus(start, 7), plus(start, 9)]
    fare = rng.choice([58.0, 62.0, 64.0])
    inv_tot = fare * len(rides)
    acct = f"PP-{digits(rng, 4)}"
    home = lf_address(rng)
    cover = billing_transmittal(
        f"{VAN_SHORT} - Billing Office", ["1180 Tannery Row, Pelham Rise, LF 61219",
                                          f"Phone {phone(rng, '618')}  |  Billing fax {phone(rng, '618')}"],
        [("To:", pat, "From:", f"{clerk}, billing"), ("Your fax:", phone(rng, "618"), "Our fax:", phone(rng, "618")),
         ("Date:", slash(inv_d), "Pages including cover:", "4")],
        [f"As we discussed, here is the state's decision you asked us to send back to you, and our invoice for "
         f"the four rides in March. Call {mgr} if you want to pay in two parts."],
        f"Private pay account {acct}")
    # document 1: the state's appeal decision, two pages (page 2 fed sideways)
    d = EJSheet(footer="Page {n} of {nb}", footer_left=f"DHCS-NEMT-AD (01/2026)  |  Mailed {slash(dd)}",
                every=f"Appeal {appeal}  |  Medicaid ID {mid}  |  Page {{n}} of {{nb}}")
    d.set_margins(18, 17, 18)
    d.add_page()
    agency_head(d, rng, "NEMT Appeals Unit", box="APPEAL DECISION")
    d.line(f"Decision date: {ymd_slash(dd)}", 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home], [("Appeal no.", appeal), ("Ride request", treq), ("Medicaid ID", mid),
                             ("Appeal received", slash(ap_in)), ("Broker", BROKER)], w=88, cap_w=30)
    d.para(f"Dear {pat}:", 10)
    d.para(f"You asked us to review {BROKER}'s decision of {long(refused)} not to book rides for you to {GYM}. You "
           f"asked for rides every Tuesday and Thursday from {long(start).replace(', 2026', '')} through "
           f"{long(end)} to a warm-water exercise class that Dr. {doc} suggested for your arthritis.", 10)
    d.heading("Our decision", 11)
    d.para("**We agree with Quillpath's decision.** Rides are part of Latchford Medicaid so that members can reach "
           "the services Medicaid covers. The exercise class is a membership program of a fitness center. It is not "
           "a Medicaid service, and no Medicaid provider gives it, so rides to it cannot be booked, even with a "
           "doctor's note (Latchford Administrative Code 410-6-12).", 10)
    d.add_page()
    d.para("We looked at whether the class could count as physical therapy. Therapy in a pool is a Medicaid service "
           "when a licensed therapist gives it under a plan of care. The center's letter says the class is led by a "
           "fitness instructor and is open to every member of the center, so it is not therapy.", 10)
    d.para(f"If Dr. {doc} orders physical therapy in a pool at a clinic that takes Medicaid, call the Ride Desk to "
           "book rides to it.", 10)
    d.heading("If you do not agree with this decision", 10.8)
    d.para("You can ask for a state fair hearing within 120 days of the date of this decision. Write to the Office "
           "of Administrative Hearings, 200 Capitol Loop, Sedgecombe, LF 61201, or call the number above. You may "
           "bring a lawyer, a relative or a friend to help you.", 9.8)
    d.signoff(["Sincerely,", officer, "Appeals officer, NEMT Appeals Unit"], 9.6)
    d_app = (out(d), truth("denial_letter", "not_covered", insurer=AGENCY, member_id=mid, member_name=pat,
                           cases=[appeal, treq], service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(dd),
                           provider=GYM,
                           alternates={"insurer": AGENCY_ALT, "case_numbers": [[appeal], [treq]],
                                       "provider": [f"Dr. {doc}", doc, None]}))
    # document 2: the van company's invoice for the rides the member paid for herself (a real bill)
    b = EJSheet(footer=None, footer_left=f"Invoice {slash(inv_d)}  |  Account {acct}")
    b.set_margins(17, 15, 17)
    b.add_page()
    b.head(VAN, "BWT", ["Wheelchair and ambulatory rides  |  1180 Tannery Row, Pelham Rise, LF 61219",
                        f"Billing {phone(rng, '618')}  |  Mon-Fri 8-4"], box="INVOICE", size=12)
    W = b.w - b.l_margin - b.r_margin
    b.capstrip([("INVOICE DATE", slash(inv_d)), ("ACCOUNT", acct), ("TERMS", "Due on receipt"),
                ("AMOUNT DUE", usd(inv_tot))], [W * 0.25] * 4, size=9.4)
    b.ln(3)
    for ln in [pat, *home]:
        b.line(ln, 10)
    b.ln(3)
    b.ledger(["Date", "Ride", "Miles", "Amount"],
             [[slash(r), f"Home - {GYM} - home, wheelchair", "14", usd(fare)] for r in rides],
             [W * 0.18, W * 0.52, W * 0.12, W * 0.18], aligns=["L", "L", "R", "R"], size=9,
             totals=["", "Total due", "", usd(inv_tot)])
    b.para("These rides were booked with us directly at your request as private pay rides. They were not booked "
           "through Quillpath and were not billed to Latchford Medicaid. Please pay by check or call us with a "
           "card.", 9.4)
    d_bill = (out(b), truth("other", None, insurer=None, member_name=pat, claim_amount=m2(inv_tot),
                            service_dates=[iso(r) for r in rides], denial_date=iso(inv_d), provider=VAN,
                            unscored=["insurer"], alternates={"provider": [VAN_SHORT]}))
    return cover, [d_app, d_bill]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_remittance_unruled_header_first_page_only_unbooked_trip_code_glossary",
             "born_digital", [born_remittance(rng)]),
        Item(F + "clean300_three_pages_ids_in_running_header_lodging_meals_parking_no_receipts", "scan_clean_300",
             [clean_lodging(rng)]),
        Item(F + "lowres_es_reembolso_millaje_blanqueamiento_dental_no_cubierto", "scan_lowres_150",
             [lowres_es_dental(rng)]),
        Item(F + "photocopy_approval_boxes_neighbor_mileage_amount_we_will_pay", "photocopy",
             [photocopy_approval(rng)]),
        Item(F + "finefax_level_of_service_review_stretcher_to_wheelchair_van_nurse_and_medical_director",
             "fax_fine_g4", [finefax_level_of_service(rng)]),
        Item(F + "phone_taxi_not_booked_case_number_only_in_subject_we_cannot_reimburse", "phone_photo",
             [phone_taxi(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_billing_transmittal_state_appeal_decision_fitness_class_sideways_then_"
                      "private_pay_invoice", "fax_standard_g4", docs, separators=[cover, "duplex"],
                      turns={(0, 1): 90}))
    return items
