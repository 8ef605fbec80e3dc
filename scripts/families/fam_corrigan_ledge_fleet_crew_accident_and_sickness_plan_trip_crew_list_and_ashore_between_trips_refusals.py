"""An invented commercial fishing fleet's crew accident and sickness plan. Corrigan Ledge Fisheries, LLC runs four
groundfish and scallop boats out of Sculpin Harbor, Massachusetts (town invented) and sponsors the Corrigan Ledge
Fleet Crew Accident & Sickness Plan (plan ID CLF-CAS-26, group G-41570, member numbers "CLC" and eight digits,
printed with the prefix apart or in its own box); claims are handled by Fathomline Marine Benefits, Inc., which
writes some papers on its own letterhead. The invented rules: the plan covers an injury or a sudden sickness that
begins while the member is at sea on a trip, from the time the vessel leaves the dock until she is tied up at the
end of the trip, and only for crew named on the crew list the captain files with the fleet office before the
vessel sails; it pays 90% of the allowed amount after a $200 deductible for each accident, for care in the 52 weeks
after it; a medical evacuation from the vessel ordered by the Coast Guard is paid in full, and any other air
transport must be approved in advance through the plan's 24-hour line (Seawatch Medical Assistance); an injury
ashore between trips is not covered; care that the vessel owner's protection and indemnity (P&I) insurer accepts
as cure is not paid again; appeals within 180 days, final decisions open to a suit under ERISA. Every company,
vessel, clinic, hospital, air ambulance, P&I club, person, number, code (A1, D1, CL2, AS4, MX3) and amount is
invented, phones 555; CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_two_pages_finger_injury_not_on_crew_list_code_only: the administrator's two-page EOB ("THIS IS
  NOT A BILL", prefix, member no. and group no. side by side in boxes, plan ID, "March 10th, 2026" shape, a money
  summary with the accident deductible, IDs in a small running footer), page 2 an unruled listing of four claims
  whose providers stand only in the claim heading lines after "Servicing:", three paid and an urgent care claim
  of three lines paid 0.00 under CL2, the totals row and a ruled glossary with unused codes; "within 180 days of
  the date of this statement".
- lowres_three_page_letter_running_footer_fall_on_ice_after_tie_up: a 150 dpi three-page letter from the plan, the
  member and claim numbers in a small running footer, page 2 the emergency claim ("Attending:", "Claim received
  03.02.2026" dotted), page 3 the reason told in the plan's words ("not a compensable expense") with a trip strip
  (sailed, tied up, injury hours later ashore); "within 180 days of the date you receive this letter" (nothing to
  count from).
- scan_es_carta_lesion_en_tierra_entre_viajes: a clean-scan Spanish letter to a crewman, a key/value block at the
  right of the address, both trips' dates as decoys, an ankle hurt playing football on a Sunday ashore between
  trips; "dentro de los 60 días siguientes a la fecha de esta carta".
- rotated_precertification_approved_shoulder_repair_amount_plan_will_pay: a pre-certification approval fed turned
  ("2026/04/06" shape), an authorization number and the accident claim number that look alike, the estimated
  charges and the amount the plan expects to pay (denies nothing).
- finefax_provider_notice_boxes_air_transfer_not_approved_through_line: a fine-fax provider notice in numbered
  boxes ("12-Mar-2026" shapes, the Coast Guard mission number as decoy) to an air ambulance company: a fixed-wing
  transfer after the Coast Guard hoist was not approved through the 24-hour line; signed by a nurse reviewer and
  the medical director; "no later than" a printed date.
- phone_pt_letter_p_and_i_club_accepted_cure: a photographed letter from the administrator to a physical therapy
  clinic ("Servicing:", six visits from ... through ..., a call reference as decoy): the P&I club accepted the
  injury as cure, so the plan cannot reimburse; "within four months of the date of this letter".
- photocopy_stack_hospital_bill_duplex_then_appeal_upheld_crew_list_sideways: a photocopied stack of the regional
  hospital's statement (a real bill, "Insurance denied"; denies nothing), its blank duplex back, and the plan's
  two-page appeal decision keeping the refusal because the crew list filed before the trip did not name the
  substitute deckhand (appeal number only in the subject line, page 2 sideways, only a suit under ERISA left).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjb import (CREW_ES_LAST, CREW_ES_M, CREW_LAST, CREW_M, JBSheet, add_months, dmy_dash, es_date,
                               first, hm, iso, last_first, long, m2, mdy_dots, n2, ord_long, out, people, phone,
                               plus, slash, staff, surname, tollfree, truth, usd, usd_es, wday_long, workday, ymd_slash)
from public_kit import digits

FAMILY = "corrigan_ledge_fleet_crew_accident_and_sickness_plan_trip_crew_list_and_ashore_between_trips_refusals"
LANG = "en"
SEED = 355091
PLAN = "Corrigan Ledge Fleet Crew Accident & Sickness Plan"
PLAN_ES = "Plan de Accidentes y Enfermedad para la Tripulación de Corrigan Ledge"
FLEET = "Corrigan Ledge Fisheries, LLC"
PLAN_ALT = ["Corrigan Ledge Fleet Crew Accident and Sickness Plan", "Corrigan Ledge Fisheries",
            "Corrigan Ledge Fisheries, LLC", "Corrigan Ledge", "Corrigan Ledge Crew Accident & Sickness Plan",
            PLAN_ES, "Fathomline Marine Benefits, Inc.", "Fathomline Marine Benefits"]
TPA = "Fathomline Marine Benefits, Inc."
TPA_ALT = ["Fathomline Marine Benefits", "Fathomline", "Fathomline Marine Benefits Inc"]
PLAN_ID = "CLF-CAS-26"
GROUP = "G-41570"
PREFIX = "CLC"
PLAN_ADDR = "Crew Benefits Office, 3 Ice House Wharf, Sculpin Harbor, MA 02748"
TPA_BOX = "P.O. Box 5106, Oarlock Point, MA 02751"
LINE = "Seawatch Medical Assistance"
SH_HOSP = "Sculpin Harbor Hospital"
RMC = "Salt Kettle Regional Medical Center"
AIR = "Gurnet Air Medical, LLC"
URGENT = "Pier Nine Urgent Care"
PT = "Bollard Street Physical Therapy"
ORTHO = "Harbormast Orthopaedics"
WALKIN = "Seaport Walk-In Clinic"
PANDI = "Lantern Bank Mutual P&I Club"
VESSELS = ["F/V Margaret Rowan", "F/V Cape Jennet", "F/V Northern Petrel", "F/V Ellie & Mae"]


def mem_no(rng):
    return digits(rng, 8)


def crew(rng, n=1):
    return people(rng, n, CREW_M, CREW_LAST)


def ma_address(rng):
    town, z = rng.choice([("Sculpin Harbor", "02748"), ("Oarlock Point", "02751"), ("Gurnet Neck", "02756"),
                          ("East Quahaug", "02759"), ("Tarpaulin Cove", "02763")])
    street = rng.choice(["Net Loft Ln", "Cod Liver Way Apt 2", "Scallop Row", "Lower Wharf St #4",
                         "Winch House Rd", "Gaff Ct Apt 1R", "Bait Shed Ln", "Harbor Master Dr"])
    return [f"{rng.randint(4, 640)} {street}", f"{town}, MA {z}"]


def tpa_head(p, rng, box=None):
    p.head(TPA, "FMB", [f"Claims administrator for the {PLAN}",
                        f"{TPA_BOX}  |  Crew member services {tollfree(rng, '888')}  |  TTY 711"], box=box, size=12.4)


def plan_head(p, rng, box=None, es=False):
    if es:
        lines = [PLAN_ES, f"Patrocinado por {FLEET}  |  Administrado por {TPA}",
                 f"{PLAN_ADDR}  |  Teléfono {tollfree(rng, '866')}  |  TTY 711"]
        p.head(PLAN, "CLF", lines, box=box, size=11.6)
        return
    lines = [f"Sponsored by {FLEET} for the crews of its vessels  |  Claims administered by {TPA}",
             f"{PLAN_ADDR}  |  {tollfree(rng, '866')}  |  TTY 711"]
    p.head(PLAN, "CLF", lines, box=box, size=11.6)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat = crew(rng)[0]
    ed, ortho, pa, ther = staff(rng, 4, "MFFM")
    num = mem_no(rng)
    sd = workday(dt.date(2026, 3, rng.randint(10, 12)))
    acc1 = dt.date(2026, 1, rng.randint(13, 16))
    f1 = plus(acc1, rng.randint(12, 14))
    pt1 = plus(f1, rng.randint(4, 6))
    pt2 = plus(pt1, 3)
    acc2 = dt.date(2026, 2, rng.randint(6, 8))
    uc = plus(acc2, rng.randint(1, 2))
    claims = [
        (f"26-{digits(rng, 6)}", SH_HOSP, f"Dr. {ed}", acc1,
         [(acc1, "Emergency department visit", "99284", 1640.0, 1118.0),
          (acc1, "Repair of laceration, hand, 5.1 cm", "12002", 486.0, 312.0),
          (acc1, "X-ray, hand, 3 views", "73130", 212.0, 96.0)]),
        (f"26-{digits(rng, 6)}", ORTHO, f"Dr. {ortho}", acc1,
         [(f1, "Office visit, established", "99213", 188.0, 121.0)]),
        (f"26-{digits(rng, 6)}", PT, f"{ther}, PT", acc1,
         [(pt1, "Therapeutic exercise, 2 units", "97110", 172.0, 104.0),
          (pt2, "Therapeutic exercise, 2 units", "97110", 172.0, 104.0)]),
        (f"26-{digits(rng, 6)}", URGENT, f"{pa}, PA-C", acc2,
         [(uc, "Urgent care visit", "99214", 245.0, 0.0),
          (uc, "X-ray, finger, 2 views", "73140", 138.0, 0.0),
          (uc, "Finger splint, static", "29130", 96.0, 0.0)]),
    ]
    rows = []
    tb = ta = tp = ts = 0.0
    ded_left = 200.0
    for k, (cno, prov, rend, acc, lines) in enumerate(claims):
        rows.append(("span", f"Claim {cno}   Servicing: {prov}   Rendering: {rend}   Accident {slash(acc)}"))
        cb = ca = cp = 0.0
        for d, desc, code, b, a in lines:
            if k == 3:
                ded, paid, rc = 0.0, 0.0, "CL2"
            else:
                ded = min(ded_left, a)
                ded_left -= ded
                paid = round((a - ded) * 0.9, 2)
                rc = "D1" if ded else "A1"
            share = round(a - paid, 2) if k != 3 else b
            rows.append([slash(d), desc, code, n2(b), n2(a), n2(ded), n2(paid), n2(share), rc])
            cb, ca, cp = cb + b, ca + a, cp + paid
            ts += share
        rows.append(("bold", ["", "Claim total", "", n2(cb), n2(ca), "", n2(cp), "", ""]))
        rows.append(("gap",))
        tb, ta, tp = tb + cb, ta + ca, tp + cp
    rows.append(("bold", ["", "TOTALS THIS STATEMENT", "4 claims", n2(tb), n2(ta), n2(200.0), n2(tp), n2(ts), ""]))
    den = claims[3]
    den_b = sum(x[3] for x in den[4])
    p = JBSheet(footer="Page {n} of {nb}", footer_left=f"EOB issued {slash(sd)}  |  Form FMB-EOB-7",
                ids_foot=f"{last_first(pat)}  |  {PREFIX} {num}  |  Group {GROUP}  |  Plan {PLAN_ID}")
    p.set_margins(14, 13, 14)
    p.add_page()
    tpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line("THIS IS NOT A BILL", 10, "B")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(PREFIX, "Prefix", 16), (num, "Member no.", 32), (GROUP, "Group no.", 28),
                  (PLAN_ID, "Plan ID", 32), (ord_long(sd), "Statement date", W - 108)], size=9.2)
    p.ln(2)
    y0 = p.get_y()
    for ln in [pat, *ma_address(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin, y0)
    yb = p.money_box("This statement in dollars", [
        ("Billed by your providers", usd(tb)), ("Allowed by the plan", usd(ta)),
        ("Accident deductible applied", usd(200.0)), ("Paid by the plan", usd(tp)),
        ("Your share (may be billed to you)", usd(ts))], x=p.l_margin + W - 94, w=94)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.para("The plan pays 90% of the allowed amount for care after an accident or a sudden sickness that began at sea "
           "on a trip, once the $200.00 deductible for that accident has been met, for care in the 52 weeks after "
           "the accident. A medical evacuation ordered by the Coast Guard is paid in full.", 8.8)
    p.history_box("Accidents on file", ["Accident date", "Vessel", "Deductible met", "Care ends"],
                  [[slash(acc1), VESSELS[1], "$200.00 of $200.00", slash(plus(acc1, 364))],
                   [slash(acc2), VESSELS[2], "$0.00 of $200.00", "-"]],
                  [36, 52, 44, 36], note="The plan counts the 52 weeks of care from the date of each accident.")
    p.para("Questions about this statement: call crew member services at the number above, Monday to Friday 7 a.m. "
           "to 6 p.m. Eastern. If the boat is out, the 24-hour line, Seawatch Medical Assistance, can take a message.",
           8.6)
    p.add_page()
    p.heading("Claims on this statement", 11.5, rule=True)
    widths = [19, 47, 14, 18, 18, 20, 18, 20, W - 174]
    p.listing(["Date", "Service", "Code", "Billed", "Allowed", "Deductible", "Plan paid", "Your share", "Code"],
              rows, widths, ["L", "L", "L", "R", "R", "R", "R", "R", "C"], size=7.4, row_h=4.5,
              cont="Claims, continued")
    p.para("You or your provider may appeal any decision on this statement within 180 days of the date of this "
           f"statement. Write to Fathomline Marine Benefits, Appeals, {TPA_BOX}, with the claim number and why you "
           "disagree.", 8.6)
    p.ruled_glossary("What the codes mean", [
        ("A1", "Paid at 90% of the allowed amount."),
        ("D1", "Part or all of the allowed amount went to the $200.00 deductible for this accident."),
        ("CL2", "The crew list the vessel filed with the fleet office before this trip does not name the member. "
                "The plan covers only crew named on the crew list for the trip on which the injury or sickness "
                "began."),
        ("AS4", "The injury or sickness began ashore, between trips."),
        ("MX3", "Air transport not approved in advance through the 24-hour line.")], size=8.0)
    t = truth("eob", "eligibility", insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=f"{PREFIX}{num}",
              member_name=pat, cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(uc)],
              denial_date=iso(sd), provider=URGENT, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [pa, f"{pa}, PA-C"]})
    return out(p), t


def lowres_after_tie_up(rng):
    pat = crew(rng)[0]
    att, sig = staff(rng, 2, "FM")
    num = mem_no(rng)
    claim = f"26-{digits(rng, 6)}"
    sailed = dt.date(2026, 2, rng.randint(9, 11))
    tied = plus(sailed, rng.randint(8, 10))
    hurt_h = rng.randint(19, 21)
    rcvd = plus(tied, rng.randint(10, 13))
    ld = workday(plus(rcvd, rng.randint(8, 12)))
    vessel = VESSELS[0]
    lines = [("0450", "99285", "Emergency department visit", round(rng.uniform(1900, 2400), 2)),
             ("0351", "70450", "CT head without contrast", 1385.00),
             ("0320", "73110", "X-ray, wrist, 3 views", 244.00),
             ("0270", "L3908", "Wrist splint", 86.00)]
    tot = round(sum(x[3] for x in lines), 2)
    p = JBSheet(footer=None, footer_left=f"Letter CLF-L4 (rev. 07/2025)  |  mailed {slash(ld)}",
                ids_foot=f"Member {PREFIX} {num}  |  Claim {claim}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, rng)
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *ma_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Your claim for emergency care in February")
    p.para(f"Dear {first(pat)}:", 10)
    p.para(f"{RMC} sent the plan a claim for the care you received after your fall on {long(tied)}. We have "
           "reviewed it. The care on this claim is not a compensable expense under the plan, and the plan will not "
           "pay it.", 10)
    p.para("We set out the details on the next two pages: page 2 lists the care and the charges, and page 3 "
           "explains why the plan does not pay and how you can ask us to look again.", 10)
    p.pairs([("Group no.", GROUP), ("Vessel", vessel)], label_w=30, size=9.6)
    p.add_page()
    p.heading("The claim we received", 12, rule=True)
    p.pairs([("Hospital", RMC), ("Attending", f"Dr. {att}"), ("Claim no.", claim),
             ("Claim received", mdy_dots(rcvd)), ("Date of care", long(tied))], label_w=38, size=9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rev.", "Code", "Service", "Charged", "Plan pays"],
            [[r, c, s, usd(b), "$0.00"] for r, c, s, b in lines] + [["", "", "Total", usd(tot), "$0.00"]],
            [W * 0.1, W * 0.12, W * 0.48, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para("The hospital may bill you for these charges. If you have other health coverage, such as a spouse's plan "
           "or MassHealth, send the bill there.", 9.4)
    p.add_page()
    p.heading("Why the plan does not pay", 12, rule=True)
    p.para(f"The plan covers injuries and sudden sicknesses that begin while you are at sea on a trip. A trip begins "
           f"when the vessel leaves the dock and ends when she is tied up at the end of the trip. The {vessel}'s log "
           f"and the fleet office's trip record show that the trip you were on left Sculpin Harbor on "
           f"{long(sailed)} and tied up at the fish pier at {hm(14, rng.choice([5, 10, 20]))} on {long(tied)}. The "
           f"hospital's record says you slipped on ice in the parking lot of the fish auction at about "
           f"{hm(hurt_h, 30)} that evening, while walking to your truck. By then the trip was over, so the injury "
           "happened ashore, between trips, and the plan does not cover it.", 10)
    p.trip_strip(f"The trip on the {vessel}", ("Left the dock", slash(sailed)), ("Tied up", slash(tied)),
                 ("Fall in the auction parking lot", f"{slash(tied)} about {hm(hurt_h, 30)}"), 1.32)
    p.para("If you were still working aboard when you were hurt, for example landing the catch, ask the captain for "
           "a note saying so and send it to us with your appeal.", 10)
    p.heading("How to ask us to look again", 11)
    p.para("You may appeal within 180 days of the date you receive this letter. Write to the Crew Benefits Office at "
           "the address on page 1, tell us why you disagree and send anything that helps. You may ask for free "
           "copies of the plan document and of every paper we used.", 10)
    p.signoff(["Sincerely,", sig, f"Claims examiner, for the {PLAN}"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=GROUP, member_id=f"{PREFIX}{num}",
              member_name=pat, cases=[claim], claim_amount=m2(tot), service_dates=[iso(tied)], denial_date=iso(ld),
              provider=RMC, alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [f"Dr. {att}", att]})
    return out(p), t


def scan_es_ashore(rng):
    pat = people(rng, 1, CREW_ES_M, CREW_ES_LAST)[0]
    doc, sig = staff(rng, 2, "FM")
    num = mem_no(rng)
    claim = f"26-{digits(rng, 6)}"
    t1a = dt.date(2026, 1, rng.randint(5, 8))
    t1b = plus(t1a, rng.randint(9, 11))
    t2a = plus(t1b, rng.randint(9, 12))
    t2b = plus(t2a, rng.randint(8, 10))
    hurt = plus(t1b, rng.randint(3, 5))
    while hurt.weekday() != 6:
        hurt = plus(hurt, 1)
    seen = plus(hurt, 1)
    ld = workday(plus(seen, rng.randint(24, 30)))
    lines = [("Consulta sin cita", "99203", 228.00), ("Radiografía de tobillo, 3 vistas", "73610", 176.00),
             ("Bota ortopédica", "L4361", 142.00)]
    tot = sum(x[2] for x in lines)
    vessel = VESSELS[3]
    p = JBSheet(footer=None, footer_left=f"Carta CLF-ES-2  |  Enviada el {es_date(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, es=True)
    p.line(f"Sculpin Harbor, Massachusetts, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *ma_address(rng)],
                       [("N.° de miembro", f"{PREFIX} {num}"), ("Grupo", GROUP), ("Reclamación", claim),
                        ("Fecha del servicio", es_date(seen)), ("Proveedor", WALKIN), ("Cobrado", usd_es(tot)),
                        ("Barco", vessel)], split=0.48, cap_w=34, size=8.8)
    p.heading("El plan no puede pagar su visita a la clínica", 12.5)
    p.para(f"Estimado señor {surname(pat).split()[0]}:", 10)
    p.para(f"{WALKIN} nos envió la cuenta de su visita del {es_date(seen)}, cuando lo atendió la Dra. {doc} por "
           "una torcedura del tobillo derecho. Revisamos la reclamación y el plan no la puede pagar.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Código", "Cobrado", "Paga el plan"],
            [[s, c, usd_es(x), "$0.00"] for s, c, x in lines] + [["Total", "", usd_es(tot), "$0.00"]],
            [W * 0.5, W * 0.14, W * 0.18, W * 0.18], size=9, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("**Por qué.** El plan cubre las lesiones y las enfermedades repentinas que empiezan mientras usted está "
           "en el mar durante un viaje, desde que el barco sale del muelle hasta que queda amarrado al terminar el "
           f"viaje. Según la nota de la clínica, usted se lastimó el tobillo el {es_date(hurt)}, un domingo, "
           "jugando fútbol en el parque. Ese día el barco estaba amarrado en el puerto entre dos viajes:", 10)
    p.table(["Viaje", "Salió del muelle", "Amarró"],
            [["Viaje 1", es_date(t1a), es_date(t1b)], ["Viaje 2", es_date(t2a), es_date(t2b)]],
            [W * 0.2, W * 0.4, W * 0.4], size=8.8)
    p.para("Una lesión en tierra, entre viajes, queda fuera de lo que cubre el plan, aunque usted siga siendo "
           "miembro de la tripulación.", 10)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de los 60 días siguientes a la fecha de esta carta. "
           "Escriba a la Oficina de Beneficios de la Tripulación (la dirección está arriba) y explíquenos por qué. "
           "Puede pedir gratis una copia de las reglas del plan.", 10)
    p.signoff(["Atentamente,", sig, "Oficina de Beneficios de la Tripulación"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=GROUP, member_id=f"{PREFIX}{num}",
              member_name=pat, cases=[claim], claim_amount=m2(tot), service_dates=[iso(seen)], denial_date=iso(ld),
              provider=WALKIN, appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [f"Dra. {doc}", doc]})
    return out(p), t


def rotated_precert(rng):
    pat = crew(rng)[0]
    surg, rn = staff(rng, 2, "MF")
    num = mem_no(rng)
    base = digits(rng, 5)
    auth = f"26-{base}30"
    accno = f"26-{base}03"
    acc = dt.date(2026, 1, rng.randint(20, 27))
    asked = dt.date(2026, 3, rng.randint(24, 27))
    ld = workday(dt.date(2026, 4, rng.randint(6, 8)))
    surg_d = plus(ld, rng.randint(15, 20))
    while surg_d.weekday() >= 5:
        surg_d = plus(surg_d, 1)
    est = 14360.00
    allowed = 9880.00
    pay = round(allowed * 0.9, 2)
    vessel = VESSELS[2]
    p = JBSheet(footer=None, footer_left=f"Pre-certification FMB-PC-2  |  {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, box="PRE-CERTIFICATION")
    p.line(f"Date: {ymd_slash(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, *ma_address(rng)],
              [("Member", f"{PREFIX} {num}"), ("Group", GROUP), ("Authorization no.", auth),
               ("Accident claim no.", accno), ("Request received", slash(asked))], w=96, cap_w=34)
    p.heading("Your surgery is approved", 13)
    p.para(f"{ORTHO} asked us to approve surgery to repair the rotator cuff of your left shoulder, which you tore when "
           f"a wave knocked you against the rail aboard the {vessel} on {long(acc)}. The injury happened at sea on a "
           "trip for which you were on the crew list, and the surgery is within the 52 weeks of care after the "
           "accident. We have approved it.", 10)
    p.leaders([("Surgeon", f"Dr. {surg}"), ("Where", f"{ORTHO} surgery center, Oarlock Point"),
               ("Planned date", long(surg_d)),
               ("Estimated charges (surgeon, facility, anesthesia)", usd(est)),
               ("Estimated allowed amount", usd(allowed)),
               ("The plan will pay, at 90% of allowed (deductible already met)", usd(pay))], size=9.4)
    p.para(f"The plan expects to pay about {usd(pay)} of these charges. What it pays in the end depends on the "
           "claims the providers send after the surgery; we will send you a statement then. If the date moves by "
           "more than 30 days, ask the surgeon's office to tell us.", 10)
    p.para("Please note that the authorization number and the accident claim number above are different numbers; "
           "use the authorization number when you call about this surgery.", 9.2)
    p.signoff(["Utilization review", f"{rn}, RN", TPA], 9.6)
    t = truth("other", None, insurer=TPA, group=GROUP, member_id=f"{PREFIX}{num}", member_name=pat,
              cases=[auth, accno], claim_amount=m2(est), service_dates=[iso(surg_d)], denial_date=iso(ld),
              provider=ORTHO,
              alternates={"insurer": TPA_ALT, "member_id": [num], "case_numbers": [[auth], [accno]],
                          "claim_amount": [None, m2(pay)], "provider": [f"Dr. {surg}", surg]})
    return out(p), t


def finefax_air_transfer(rng):
    pat = crew(rng)[0]
    rn, md, flight = staff(rng, 3, "FMF")
    num = mem_no(rng)
    claim = f"26-{digits(rng, 6)}"
    hoist = dt.date(2026, 2, rng.randint(10, 14))
    nd = dt.date(2026, 3, rng.randint(11, 13))
    by = dt.date(2026, 6, rng.randint(10, 15))
    miles = rng.randint(128, 156)
    lines = [("A0430", "Fixed wing air transport, one way", 18400.00),
             ("A0435", f"Fixed wing air mileage, {miles} statute miles", round(miles * 118.0, 2))]
    tot = round(sum(x[2] for x in lines), 2)
    fax = (f"{nd:%m/%d/%y} 11:{rng.randint(10, 59)} FATHOMLINE PROVIDER SVCS {phone(rng, '508')} -> "
           f"{phone(rng, '603')}  pg {{n}}")
    p = JBSheet(footer="Page {n} of {nb}", footer_left=f"Notice mailed {slash(nd)}  |  FMB-PN-5", fax_hdr=fax)
    p.set_margins(14, 14, 14)
    p.add_page()
    tpa_head(p, rng)
    p.title_bar("CLAIM DETERMINATION - PROVIDER COPY", f"{PLAN}  |  Plan ID {PLAN_ID}")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. NOTICE DATE", dmy_dash(nd)), ("2. CLAIM NO.", claim), ("3. DATE RECEIVED",
                                                                            slash(plus(hoist, 11)))], [W / 3] * 3)
    p.form_band([("4. PATIENT", pat), ("5. PREFIX", PREFIX), ("6. MEMBER NO.", num), ("7. GROUP NO.", GROUP)],
                [W * 0.4, W * 0.12, W * 0.24, W * 0.24])
    p.form_band([("8. PROVIDER", AIR), ("9. DATE OF TRANSPORT", dmy_dash(hoist)), ("10. TOTAL BILLED", usd(tot))],
                [W * 0.46, W * 0.27, W * 0.27])
    p.form_band([("11. FROM", SH_HOSP), ("12. TO", RMC), ("13. USCG MISSION NO.", f"{digits(rng, 7)}")],
                [W * 0.36, W * 0.4, W * 0.24])
    p.form_band([("14. FLIGHT NURSE", f"{flight}, RN"), ("15. SEAWATCH CASE", "none on file"),
                 ("16. CALL REFERENCE", f"FM-{digits(rng, 6)}")], [W * 0.4, W * 0.3, W * 0.3])
    p.ln(3)
    p.table(["Code", "Service", "Billed", "Plan pays"],
            [[c, s, usd(b), "$0.00"] for c, s, b in lines] + [["", "Total", usd(tot), "$0.00"]],
            [W * 0.13, W * 0.57, W * 0.15, W * 0.15], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.bar("Determination", 9.6)
    p.para(f"No benefit is payable on this claim. On {long(hoist)} a Coast Guard helicopter lifted {pat} from the "
           f"deck of the {VESSELS[0]} and flew him to {SH_HOSP}; the plan has paid that hospital's claim, and the "
           "Coast Guard does not bill. The same evening your aircraft moved him from that hospital to "
           f"{RMC}. The plan pays for an air transport that the Coast Guard does not order only when it is approved "
           f"in advance through the plan's 24-hour line, {LINE}, which keeps a case record of every request. "
           "There is no record of a call about this transfer before the flight, and the records we received "
           "do not show that there was no time to call.", 9.2)
    p.bar("If you disagree", 9.6)
    p.para(f"Send us the transfer records and anything that shows the transfer was approved or that there was no "
           f"time to ask, no later than {long(by)}. A nurse reviewer and a doctor who did not take part in this "
           "decision will look at them.", 9.2)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Fathomline Marine Benefits"],
               [f"{md}, MD", "Medical director, Fathomline Marine Benefits"])
    t = truth("denial_letter", "prior_authorization", insurer=TPA, plan_id=PLAN_ID, group=GROUP,
              member_id=f"{PREFIX}{num}", member_name=pat, cases=[claim], claim_amount=m2(tot),
              service_dates=[iso(hoist)], denial_date=iso(nd), provider=AIR, appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [f"{flight}, RN", flight]})
    return out(p), t


def phone_pt_pandi(rng):
    pat = crew(rng)[0]
    ther, sig, adj = staff(rng, 3, "FMF")
    num = mem_no(rng)
    claim = f"26-{digits(rng, 6)}"
    acc = dt.date(2026, 1, rng.randint(20, 26))
    v0 = dt.date(2026, 2, rng.randint(16, 18))
    visits = [v0, plus(v0, 2), plus(v0, 7), plus(v0, 9), plus(v0, 14), plus(v0, 16)]
    rcvd = plus(visits[-1], rng.randint(5, 8))
    ld = workday(plus(rcvd, rng.randint(9, 13)))
    per = rng.choice([164.0, 171.0, 158.0])
    tot = round(per * len(visits), 2)
    vessel = VESSELS[1]
    p = JBSheet(footer=None, footer_left=f"FMB-PR-3  |  {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    tpa_head(p, rng)
    p.line(long(ld), 10.2, "B")
    p.ln(3)
    for ln in [PT, "Attn: Billing", "41 Bollard Street", "Sculpin Harbor, MA 02748"]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", pat), ("Member", f"{PREFIX} {num}"), ("Claim no.", claim), ("Servicing", PT),
             ("Therapist", f"{ther}, DPT"), ("Claim received", mdy_dots(rcvd)),
             ("Call reference", f"FM-{digits(rng, 6)}")], label_w=34, size=9.4)
    p.ln(2)
    p.para(f"Dear Billing Office:", 10)
    p.para(f"We received your claim for six physical therapy visits for {pat}, from {long(visits[0])} through "
           f"{long(visits[-1])}, for the low back injury he suffered aboard the {vessel} on {long(acc)}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit", "Code", "Service", "Billed"],
            [[slash(v), "97110", "Therapeutic exercise, 2 units", usd(per)] for v in visits] +
            [["", "", "Total", usd(tot)]], [W * 0.18, W * 0.14, W * 0.48, W * 0.2], size=9,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"We cannot reimburse these visits. The vessel owner's protection and indemnity insurer, {PANDI}, has "
           f"told us in writing that it accepted Mr. {pat.split()[-1]}'s back injury and is paying his medical "
           "care as cure, the care a vessel owner owes a seaman hurt in the service of the ship. The plan does not "
           "pay for care that the P&I insurer pays as cure. Please send this claim, with your notes, to the P&I "
           f"club's claims handler, {adj}, who has asked for it.", 10)
    p.para("If the P&I club refuses the claim, send us its letter and the claim again; the plan will then review it "
           "as it does any other claim for an injury at sea.", 10)
    p.para(f"You, or the member, may appeal within four months of the date of this letter. Write to Fathomline "
           f"Marine Benefits, Appeals, {TPA_BOX}.", 10)
    p.signoff(["Sincerely,", sig, "Provider claims, Fathomline Marine Benefits"], 9.6)
    t = truth("denial_letter", "other", insurer=TPA, member_id=f"{PREFIX}{num}", member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld), provider=PT,
              appeal_deadline=iso(add_months(ld, 4)), denial_alternates=["not_covered"],
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [ther, f"{ther}, DPT"]})
    return out(p), t


def photocopy_stack(rng):
    pat = crew(rng)[0]
    chair, rn, capt, att = staff(rng, 4, "MFMF")
    num = mem_no(rng)
    home = ma_address(rng)
    vessel = VESSELS[3]
    sailed = dt.date(2026, 2, rng.randint(2, 5))
    hurt = plus(sailed, rng.randint(2, 4))
    a = plus(hurt, 1)
    b = plus(a, 2)
    claim = f"26-{digits(rng, 6)}"
    apl = f"AP-{digits(rng, 5)}"
    first_den = dt.date(2026, 3, rng.randint(16, 20))
    asked = plus(first_den, rng.randint(12, 18))
    dd = workday(plus(asked, rng.randint(20, 26)))
    sd = plus(first_den, rng.randint(6, 9))
    acct = f"SK{digits(rng, 8)}"
    lines = [("0120", "Room and board, 2 days", 4380.00), ("0450", "Emergency room", 1960.00),
             ("0360", "Operating room services", 5240.00), ("0370", "Anesthesia", 1185.00),
             ("0250", "Pharmacy", round(rng.uniform(400, 800), 2))]
    billed = round(sum(x[2] for x in lines), 2)
    # document 1: the hospital's statement, a real bill
    h = JBSheet(footer=None, footer_left=f"Statement date {slash(sd)}  |  Account {acct}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.head(RMC, "SKRMC", ["Patient Financial Services  |  900 Lighthouse Road, New Quarry, MA 02766",
                          f"Billing questions {phone(rng, '508')}  |  Mon-Fri 8-5"], box="STATEMENT", size=12)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("STATEMENT DATE", slash(sd)), ("ACCOUNT NO.", acct), ("PATIENT", pat),
                ("AMOUNT DUE", usd(billed))], [W * 0.2, W * 0.22, W * 0.34, W * 0.24], size=9.2)
    h.ln(3)
    for ln in [pat, *home]:
        h.line(ln, 10)
    h.ln(3)
    h.pairs([("Dates of service", f"{slash(a)} - {slash(b)}"), ("Attending", f"Dr. {att}"),
             ("Insurance", PLAN), ("Insurance ID", f"{PREFIX} {num}"),
             ("Insurance status", f"Denied {slash(first_den)}")], label_w=42, size=9.4)
    h.ln(2)
    h.table(["Rev.", "Description", "Charges"], [[r, s, usd(x)] for r, s, x in lines] +
            [["", "Total charges", usd(billed)], ["", "Insurance payments", "$0.00"],
             ["", "Amount due from you", usd(billed)]],
            [W * 0.14, W * 0.62, W * 0.24], size=9, aligns=["L", "L", "R"], bold_last=True)
    h.para(f"Your insurance did not pay this account. The balance is now due from you. Please pay by "
           f"{long(plus(sd, 30))}, or call us to set up a payment plan or to apply for financial assistance.", 9.4)
    d_a = (out(h), truth("other", None, insurer=None, member_id=f"{PREFIX}{num}", member_name=pat, cases=[],
                         claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(sd),
                         provider=RMC, unscored=["insurer"], alternates={"member_id": [None, num]}))
    # document 2: the plan's appeal decision, two pages
    d = JBSheet(footer="Page {n} of {nb}", footer_left=f"Appeal decision CLF-AD-1  |  {slash(dd)}")
    d.set_margins(18, 16, 18)
    d.add_page()
    plan_head(d, rng)
    d.line(long(dd), 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home], [("Member", f"{PREFIX} {num}"), ("Claim no.", claim), ("Hospital", RMC),
                             ("Admitted", slash(a)), ("Your appeal", f"received {slash(asked)}")], w=90, cap_w=28)
    d.subject(f"Appeal {apl}: decision")
    d.para(f"Dear {first(pat)}:", 10)
    d.para(f"You asked the Crew Benefits Appeals Committee to look again at our decision of {long(first_den)} not "
           f"to pay {RMC}'s claim for your stay from {long(a)} to {long(b)}, after your right hand was caught in "
           f"the winch aboard the {vessel}. The hospital billed {usd(billed)}. The committee read your letter, "
           f"the note from Captain {capt}, the crew list on file for the trip and the hospital's records.", 10)
    d.para("**The committee's decision: the first decision stands.** The plan covers crew named on the crew list "
           "that the captain files with the fleet office before the vessel sails. You joined the boat that morning "
           "in place of a deckhand who was ill, and the crew list for the trip that sailed on "
           f"{long(sailed)} does not name you. The captain's note, written after the boat came in, says you were "
           "aboard, and we do not doubt it; but the plan's rules do not let the committee add a name to the crew "
           "list after a trip has begun.", 10)
    d.heading("What the committee looked at", 10.5)
    d.bullets([f"Your appeal letter, received {long(asked)}.",
               f"The crew list for the {vessel}, filed {slash(sailed)} at 04:12.",
               f"Captain {capt}'s note of {slash(plus(hurt, 3))}.",
               f"{RMC}'s claim and the records of your stay."], 9.8)
    d.add_page()
    d.para("The fleet office tells us it has since changed how crew changes are reported. This does not change the "
           "committee's decision on this claim.", 10)
    d.heading("Your rights", 11)
    d.para("This was the plan's final review. If you still disagree, you have the right to bring a civil action "
           "under section 502(a) of the Employee Retirement Income Security Act. You may ask for free copies of the "
           "plan rules and of every paper the committee used.", 10)
    d.two_sigs([chair, "Chair, Crew Benefits Appeals Committee"], [f"{rn}, RN", "Nurse reviewer"])
    d_b = (out(d), truth("denial_letter", "eligibility", insurer=PLAN, member_id=f"{PREFIX}{num}", member_name=pat,
                         cases=[apl, claim], claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"],
                         denial_date=iso(dd), provider=RMC,
                         alternates={"insurer": PLAN_ALT, "member_id": [num], "case_numbers": [[apl], [claim]],
                                     "provider": [f"Dr. {att}", att]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_pages_finger_injury_not_on_crew_list_code_only", "born_digital",
             [born_eob(rng)]),
        Item(F + "lowres_three_page_letter_running_footer_fall_on_ice_after_tie_up", "scan_lowres_150",
             [lowres_after_tie_up(rng)]),
        Item(F + "scan_es_carta_lesion_en_tierra_entre_viajes", "scan_clean_300", [scan_es_ashore(rng)]),
        Item(F + "rotated_precertification_approved_shoulder_repair_amount_plan_will_pay", "rotated",
             [rotated_precert(rng)]),
        Item(F + "finefax_provider_notice_boxes_air_transfer_not_approved_through_line", "fax_fine_g4",
             [finefax_air_transfer(rng)]),
        Item(F + "phone_pt_letter_p_and_i_club_accepted_cure", "phone_photo", [phone_pt_pandi(rng)]),
    ]
    items.append(Item(F + "photocopy_stack_hospital_bill_duplex_then_appeal_upheld_crew_list_sideways", "photocopy",
                      photocopy_stack(rng), separators=["duplex", None], turns={(1, 1): 90}))
    return items
