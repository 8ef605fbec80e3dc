"""An invented occupational accident policy for app-based delivery couriers: Brantwick Specialty Insurance Company
issues a blanket policy to the delivery platform Parcelwing Technologies, Inc. (the policyholder); each courier who
is online in the app has a certificate of insurance, and Wheelhouse Accident Claims, LLC administers the claims. The
Accident Medical Expense benefit pays for injuries caused by an accident while the courier is engaged in a delivery
(from accepting an offer until the order is delivered or cancelled), pays after other insurance such as an auto
policy's personal injury protection, needs a call before non-emergency surgery, limits physical therapy to 12 visits
an accident and takes provider claims for 120 days. Every company, clinic, hospital, billing service, doctor,
therapist, courier, number, address, phone (555), code (V12, UC), section number and time limit is invented; CPT,
HCPCS and revenue codes appear as themselves. No heading names the kind of denial; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_eob_physical_therapy_visits_past_twelve: an EOB on the insurer's letterhead to a courier with a
  reference box (certificate no. with dashes and a letter among digits beside the platform's courier account and
  the master policy no.), numbered visit lines with ISO dates and a rendering-therapist column, charged / allowed
  / paid / not paid in parentheses and a totals row; visits 13-16 refused under V12 (past 12 visits an accident:
  not_covered); "within 180 days after you receive this statement" (nothing to count from: null).
- faxstd_hospital_er_crash_after_courier_went_offline: the administrator's letter to a hospital's billing service
  on a standard fax with short captions left of boxes ("Ltr Dt", "Clmt", "Cert", "Pol", "Clm", "Acc Dt/Tm", "Pt
  Acct"), a parties row (hospital beside the billing service and the ER doctor) and a fixed-width app log (offer,
  pickup, delivered, offline, times and trip IDs as decoys): the emergency visit after a crash 35 minutes after the
  courier went offline is refused (eligibility; not_covered accepted), "USD 4,212.60" in a sentence and the
  charge lines in a table; "within 60 days from the Ltr Dt".
- lowres_urgent_care_back_pain_without_an_accident: a 150 dpi letter to a courier with odd captions under boxes
  ("Ltr dt", "Clm", "Cert #", "DOS" as "Mon 13 Apr 2026", "Billed" 318.00 without a sign, "Prov"): back pain that
  built up over two weeks is sickness, not an injury caused by an accident (not_covered); the doctor only in a
  sentence; "so that it reaches us by June 30, 2026".
- photocopy_hand_clinic_claim_received_after_120_days: a photocopied letter on the insurer's letterhead to a hand
  clinic with a MAILED stamp, three lines (two visits and an X-ray, rendering surgeon as a column, received date
  column, refused sums with a trailing minus, amounts in USD without "$", totals row) refused because the claim
  came more than 120 days after each date of service (timely_filing); "within 90 days after the date this letter
  was mailed".
- phone_es_carta_hospitalizacion_choque_en_auto_seguro_de_auto_primero: a photographed Spanish letter with
  captions beside boxes on a hospital stay "del lunes 2 al jueves 5 de marzo de 2026" after a car crash during a
  delivery: the auto policy's personal injury protection must pay first (other; the auto insurer's claim no. a
  decoy); "US$ 9.870,40 ($9,870.40)"; "dentro de 90 días contados desde la fecha de esta carta".
- rotated_paid_eob_dog_bite_urgent_care: a paid EOB for a dog bite treated at urgent care, fed sideways (denies
  nothing).
- clean_stack_orthopedic_office_cover_letter_then_knee_surgery_no_precertification_upside_down: the orthopedic
  practice's cover letter to the courier forwarding the administrator's letter (decides nothing), its duplex back,
  then upside down the administrator's letter: the pre-surgery visit paid, the knee arthroscopy and brace of "Tue 21
  Apr 2026" refused because nobody called before the surgery (prior_authorization); "postmarked within 180 days
  from the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhe import (EDSheet, confusable_id, day_sl, es_date, es_money, gig_address, n2, neg, people, phone,
                               sl, span_month_words, stampdate, usd_before, wday, wday_short, workday)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "gig_courier_occupational_accident_policy_medical_expense_claim_decisions"
LANG = "en"
SEED = 355034
INS = "Brantwick Specialty Insurance Company"
INS_ALT = ["Brantwick Specialty Insurance", "Brantwick Specialty", "Brantwick"]
TPA = "Wheelhouse Accident Claims, LLC"
TPA_ALT = ["Wheelhouse Accident Claims", "Wheelhouse"]
PLATFORM = "Parcelwing Technologies, Inc."
PT = "Swiftfern Physical Therapy"
HOSP = "Glenfarrow Regional Hospital"
BILLER = "Plumbline Revenue Services"
URGENT = "Corbel Urgent Care"
HAND = "Spindlewood Hand & Orthopaedic Clinic"
KNEE = "Thistlebank Sports Orthopedics"
ASC = "Harewood Lane Surgery Center"
AUTO = "Cobblestone Auto Insurance Company"


def cert(rng) -> str:
    return confusable_id(rng, "BSI", (3, 4), sep="-")


def policy(rng) -> str:
    return f"OAP-{digits(rng, 6)}"


def claim_no(rng) -> str:
    return f"OA{digits(rng, 2)}{rng.choice('OSBZ')}{digits(rng, 5)}"


def courier_acct(rng) -> str:
    return f"PW-{rng.choice('ACDFHJKMNPRTX')}{digits(rng, 3)}{rng.choice('ACDFHJKMNPRTX')}{digits(rng, 2)}"


def _ins_head(p, rng, unit: str, box: str | None = None):
    p.head(INS, "BSIC", [f"Occupational Accident Insurance  |  {unit}  |  Claims administered by {TPA}",
                         f"PO Box {rng.randint(6100, 6899)}, Hartford CT 06102  |  1-877-555-{digits(rng, 4)}"],
           box=box, size=12.4)


def _tpa_head(p, rng, unit: str, box: str | None = None, lang: str = "en"):
    line = (f"Administrador de reclamos de {INS}" if lang == "es" else
            f"Claims administrator for {INS}, occupational accident policy issued to {PLATFORM}")
    p.head(TPA, "WAC", [line, f"{unit}  |  PO Box {rng.randint(1200, 1899)}, Columbus OH 43216  |  "
                              f"1-866-555-{digits(rng, 4)}  |  Fax 1-866-555-{digits(rng, 4)}"], box=box, size=12.6)


def _truth_ids(pol: str) -> dict:
    """The master policy number may be read as the plan's or the group's number."""
    return {"group_number": [None], "plan_id": [pol]}


def bd_eob_pt(rng):
    courier, th1, th2 = people(rng, 3)
    ce, pol, cl, acct = cert(rng), policy(rng), claim_no(rng), courier_acct(rng)
    acc = dt.date(2026, 2, rng.randint(16, 20))
    sd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    start = dt.date(2026, 3, 23)
    visits = [start + dt.timedelta(days=7 * (k // 2) + (3 if k % 2 else 0)) for k in range(8)]
    rows, refused = [], set()
    tot = [0.0, 0.0, 0.0, 0.0]
    ref_sum = 0.0
    for k, d in enumerate(visits):
        no = 9 + k
        ch = 186.00 if k % 2 == 0 else 172.00
        th = th1 if no < 13 else th2
        if no >= 13:
            al, pdv, npd, code = 0.0, 0.0, ch, "V12"
            refused.add(k)
            ref_sum += ch
        else:
            al = round(ch * 0.92, 2)
            pdv, npd, code = al, round(ch - al, 2), "UC"
        rows.append([str(no), d.isoformat(), "97110, 97140", th, n2(ch), n2(al), n2(pdv), neg(npd, "paren"), code])
        tot = [tot[0] + ch, tot[1] + al, tot[2] + pdv, tot[3] + npd]
    p = EDSheet(footer="Page {n} of {nb}", footer_left="BSIC-OA-EOB 2026")
    p.set_margins(16, 14, 16)
    p.add_page()
    _ins_head(p, rng, "Accident Medical Expense Benefit", box="Explanation of Benefits")
    y0 = p.get_y()
    p.para(f"Statement date: {fdate(sd, 'long')}", 9.8)
    for ln in [courier, *gig_address(rng)]:
        p.line(ln, 9.8)
    bottom = p.refs_left([("Certificate no.", ce), ("Parcelwing acct", acct), ("Policy no.", pol),
                          ("Policyholder", PLATFORM), ("Accident date", fdate(acc, "slash")), ("Claim no.", cl)],
                         box_w=90, cap_w=26, y=y0)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.para(f"This statement explains how we handled the bill from {PT} for physical therapy after your accident on "
           f"{fdate(acc, 'long')}. Visits on this statement: {span_month_words(visits[0], visits[-1])}. This is not "
           "a bill.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.lines_marked(["Visit", "Date", "Codes", "Therapist", "Charged", "Allowed", "Paid", "Not paid", "Code"], rows,
                   [11, 21, 22, 38, 20, 20, 20, 20, W - 172], refused, money_from=4, size=7.8,
                   total=["Total", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), neg(tot[3], "paren"), ""])
    p.leaders([("Paid to " + PT, "$" + n2(tot[2])), ("You may owe the provider", "$0.00")], size=9.0, w=130)
    p.para("**Codes.** UC: the charge is more than the usual and customary charge for this service in the "
           "provider's area; the provider has agreed not to bill you the difference. V12: the Accident Medical "
           "Expense Benefit pays for up to 12 physical therapy visits for each accident (Schedule of Benefits, "
           "item 6). Visits 13 through 16 are past that number, so they are not paid.", 8.6)
    p.para("**Questions or disagreement.** Call us at the number above. If you think we made a mistake, write to "
           "Wheelhouse Accident Claims within 180 days after you receive this statement and tell us why. Send "
           "anything that supports your request, such as your therapist's notes.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, group=pol, member_id=ce, member_name=courier, cases=[cl],
              claim_amount=m2(tot[0]), service_dates=[d.isoformat() for d in visits[4:]],
              denial_date=sd.isoformat(), provider=PT, appeal_deadline=None,
              alternates={"insurer": INS_ALT + TPA_ALT, **_truth_ids(pol), "claim_amount": [m2(ref_sum)],
                          "service_dates": [[d.isoformat() for d in visits],
                                            [f"{visits[4].isoformat()}/{visits[-1].isoformat()}"]],
                          "provider": [th2]})
    return out(p), t


def faxstd_hospital_offline(rng):
    courier, erdoc, adj = people(rng, 3)
    ce, pol, cl = cert(rng), policy(rng), claim_no(rng)
    acc = dt.date(2026, 3, 14)
    ld = workday(dt.date(2026, 4, rng.randint(20, 24)))
    ptacct = f"G{digits(rng, 9)}"
    lines = [("0450", "Emergency room, level 4", 2480.00), ("0320", "X-ray, left wrist, 3 views", 612.40),
             ("0250", "Pharmacy", 96.20), ("0270", "Supplies, splint", 1024.00)]
    total = round(sum(x[2] for x in lines), 2)
    fax = (f"{ld.strftime('%m/%d/%Y')} {rng.randint(8, 11)}:{rng.randint(10, 59)}AM  WHEELHOUSE ACC CLMS  "
           f"1-866-555-{digits(rng, 4)}  PAGE {{n}}")
    p = EDSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    _tpa_head(p, rng, "Medical Claims")
    y = p.get_y()
    p.stamp(f"BILL RCVD {stampdate(plus(ld, -rng.randint(12, 20)))}", p.w - p.r_margin - 48, y, size=9)
    p.set_xy(p.l_margin, y)
    for ln in [BILLER, f"for {HOSP}", *gig_address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr Dt", sl(ld), 34, "L"), ("Clmt", courier, 62, "L"), ("Cert", ce, W - 96, "L")],
               cap=6.0, size=8.8, h=6.8)
    p.capcells([("Pol", pol, 42, "L"), ("Clm", cl, 44, "L"), ("Acc Dt/Tm", f"{sl(acc)} 21:47", 48, "L"),
                ("Pt Acct", ptacct, W - 134, "L")], cap=6.0, size=8.8, h=6.8)
    p.parties([("Facility", HOSP, "emergency department"), ("Billed by", BILLER, "for the facility"),
               ("ER physician", f"Dr. {erdoc}", "in the ER record")], cap_w=30, size=8.4, h=5.6)
    p.para(f"We received the facility bill for {courier}'s emergency visit on {fdate(acc, 'long')}, after a crash "
           f"on an electric scooter. The bill is for {usd_before(total)}:", 9.2)
    p.table(["Rev", "Description", "Charge"], [[c, d, n2(v)] for c, d, v in lines] + [["", "Total", n2(total)]],
            [18, 90, 30], size=8.2, row_h=5.0, aligns=["L", "L", "R"], bold_last=True)
    p.trip_log(f"Parcelwing app log for this courier, {sl(acc)} (sent to us by {PLATFORM})", [
        ("20:31:07", "Offer accepted", f"TRP-{digits(rng, 4)}A{digits(rng, 3)}"),
        ("20:52:40", "Picked up at merchant", ""),
        ("21:09:55", "Delivered, photo confirmed", ""),
        ("21:12:18", "Went offline (courier)", ""),
        ("22:30:02", "Went online", "")], size=7.8, w=150)
    p.para("This policy covers a courier only while online and engaged in a delivery, from the moment an offer is "
           "accepted in the app until the order is delivered or cancelled. The ER record says the crash happened at "
           "about 9:47 PM on the way home. By then the last delivery had been finished for more than half an hour "
           "and the courier had gone offline. The visit is therefore not paid under the policy, and no part of "
           "this bill is payable by us.", 9.2)
    p.para("You or the courier may appeal this decision in writing within 60 days from the Ltr Dt at the top of "
           "this letter. Send anything that shows the courier was on a delivery at the time of the crash.", 9.2)
    p.para(f"{adj}\nClaims Examiner", 9.2)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=pol, member_id=ce, member_name=courier, cases=[cl],
              claim_amount=m2(total), service_dates=[acc.isoformat()], denial_date=ld.isoformat(), provider=HOSP,
              appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": TPA_ALT + [INS] + INS_ALT, **_truth_ids(pol), "provider": [erdoc]},
              denial_alternates=["not_covered"])
    return out(p), t


def lowres_back_pain(rng):
    courier, doc, sig = people(rng, 3, sexes="?F")
    ce, pol, cl = cert(rng), policy(rng), claim_no(rng)
    dos = dt.date(2026, 4, 13)
    ld = workday(dt.date(2026, 5, rng.randint(11, 15)))
    dl = dt.date(2026, 6, 30)
    amt = 318.00
    p = EDSheet(footer=None)
    p.set_margins(17, 15, 17)
    p.add_page()
    _tpa_head(p, rng, "Medical Claims")
    for ln in [courier, *gig_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr dt", sl(ld), 24, "B"), ("Clm", cl, 32, "B"), ("Cert #", ce, 34, "B"),
                ("DOS", wday_short(dos), 34, "B"), ("Billed", n2(amt), 20, "B"), ("Prov", URGENT, W - 144, "B")],
               cap=6.2, size=8.6)
    p.para(f"Dear {courier}:", 9.8)
    p.para(f"{URGENT} sent us a bill for your visit on {fdate(dos, 'long')}, when Dr. {doc} saw you for pain in your "
           "lower back. We read the record of the visit before deciding the claim.", 9.8)
    p.para("The record says the pain came on slowly over about two weeks of long shifts on your bike, and that you "
           "could not remember a fall, a collision or a lift that started it. This policy pays for an injury "
           "caused by an accident: a sudden, unexpected event at a definite time and place while you are engaged in "
           "a delivery. It does not pay for sickness, or for pain that builds up over time without such an event "
           "(certificate, section 2, \"Injury\", and section 7, exclusion (c)). For that reason we are not paying "
           f"this claim of {n2(amt)}.", 9.8)
    p.para("If something did happen on a delivery, for example you slipped carrying an order up stairs, tell us "
           "the date, the time and what happened, and we will look at the claim again. Your own health insurance "
           "may pay for this visit.", 9.8)
    p.para(f"To appeal, write to us and send your appeal so that it reaches us by {fdate(dl, 'long')}.", 9.8)
    p.para(f"Sincerely,\n{sig}\nMedical Claims", 9.8)
    t = truth("denial_letter", "not_covered", insurer=TPA, member_id=ce, member_name=courier, cases=[cl],
              claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=ld.isoformat(), provider=URGENT,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": TPA_ALT + [INS] + INS_ALT, "provider": [doc]})
    return out(p), t


def photocopy_timely(rng):
    courier, surgeon, sig = people(rng, 3)
    ce, pol, cl, acct = cert(rng), policy(rng), claim_no(rng), courier_acct(rng)
    acc = dt.date(2026, 1, 2)
    rcvd = dt.date(2026, 6, 9)
    ld = dt.date(2026, 6, 15)
    lines = [(dt.date(2026, 1, 6), "99203", "New patient visit", 312.00),
             (dt.date(2026, 1, 6), "73110", "X-ray wrist, 3 views", 148.00),
             (dt.date(2026, 1, 20), "99213", "Follow-up visit", 184.00),
             (dt.date(2026, 2, 3), "99213", "Follow-up visit", 184.00)]
    total = round(sum(x[3] for x in lines), 2)
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 15, 17)
    p.add_page()
    _ins_head(p, rng, "Provider Claims")
    y = p.get_y()
    p.stamp(f"MAILED {fdate(ld, 'slash')}", p.w - p.r_margin - 52, y, size=10)
    p.set_xy(p.l_margin, y)
    p.para(fdate(ld, "long"), 10)
    for ln in [HAND, "Attn: Billing Office", *gig_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.beside([[("Insured", courier), ("Insured's cert.", ce)], [("Parcelwing courier no.", acct),
                                                                ("Practice acct", f"SHO-{digits(rng, 6)}")],
              [("Claim no.", cl), ("Accident", fdate(acc, "slash"))]], cap_w=30, size=8.8)
    p.para(f"Your claim for {courier}'s care after a fall from a bicycle during a delivery reached us on "
           f"{fdate(rcvd, 'slash')}. The amounts below are in USD.", 9.8)
    rows = []
    for d, code, desc, ch in lines:
        rows.append([fdate(d, "slash"), code, desc, f"Dr. {surgeon}", n2(ch), "0.00", neg(ch), fdate(rcvd, "slash")])
    rows.append(["Total", "", "", "", n2(total), "0.00", neg(total), ""])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of service", "Code", "Service", "Rendering", "Charged", "Paid", "Not paid", "Received"], rows,
            [22, 14, 36, 38, 18, 14, 20, W - 162], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "L"],
            bold_last=True)
    p.para("When a provider bills us directly under the insured's assignment of benefits, the claim must reach us "
           "within 120 days after the date of service. This claim reached us 154 days after the first visit and "
           "126 days after the last one, and nothing sent with it explains why it could not be sent in time. None "
           "of the lines can be paid, and under your agreement you may not bill the insured for them.", 9.8)
    p.para("If you can show that the claim was sent on time, for example with a clearinghouse acceptance report, "
           "send it with a request for review within 90 days after the date this letter was mailed.", 9.8)
    p.para(f"{sig}\nProvider Claims, {INS}", 9.8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=ce, member_name=courier, cases=[cl],
              claim_amount=m2(total), service_dates=sorted({d.isoformat() for d, *_ in lines}),
              denial_date=ld.isoformat(), provider=surgeon, appeal_deadline=plus(ld, 90).isoformat(),
              alternates={"insurer": INS_ALT + TPA_ALT, "provider": [HAND]})
    return out(p), t


def phone_es_auto(rng):
    courier, attending, sig = people(rng, 3, es=True, sexes="?M")
    ce, pol, cl, acct = cert(rng), policy(rng), claim_no(rng), courier_acct(rng)
    a, b = dt.date(2026, 3, 2), dt.date(2026, 3, 5)
    ld = workday(dt.date(2026, 4, rng.randint(6, 10)))
    amt = 9870.40
    auto_cl = f"CB-{digits(rng, 3)}-{digits(rng, 5)}"
    p = EDSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 15, 17)
    p.add_page()
    _tpa_head(p, rng, "Reclamos médicos", lang="es")
    p.para(es_date(ld), 10)
    for ln in [courier, *gig_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.beside([[("N.º de certificado", ce), ("Póliza", pol)], [("Reclamo", cl), ("Cuenta Parcelwing", acct)],
              [("Ingreso", es_date(a)), ("Alta", es_date(b))], [("Hospital", HOSP), ("Seguro de auto", "Cobblestone Auto Ins. Co.")]],
             cap_w=30, size=8.6)
    p.para(f"Estimado(a) {courier}:", 10)
    p.para(f"{HOSP} nos envió la factura de su hospitalización del lunes 2 al jueves 5 de marzo de 2026, después "
           f"del choque de su auto mientras hacía una entrega. Lo atendió el Dr. {attending}. La factura es por "
           f"{es_money(amt)} (${n2(amt)}).", 10)
    p.para(f"Por ahora no podemos pagar esta factura. Su póliza de accidentes de trabajo paga después de cualquier "
           f"otro seguro que cubra la misma lesión. Cuando el accidente ocurre en un auto, primero debe pagar la "
           f"protección contra lesiones personales (PIP) o los gastos médicos de su seguro de auto. Usted nos dijo "
           f"que su auto está asegurado con {AUTO} (reclamo {auto_cl}).", 10)
    p.para("Envíenos la explicación de pagos de su seguro de auto. Cuando la recibamos, pagaremos la parte de la "
           "factura que ese seguro no pague, según los límites de su póliza.", 10)
    p.para("Si no está de acuerdo con esta decisión, puede apelar por escrito dentro de 90 días contados desde la "
           "fecha de esta carta.", 10)
    p.para(f"Atentamente,\n{sig}\nReclamos médicos", 10)
    t = truth("denial_letter", "other", insurer=TPA, group=pol, member_id=ce, member_name=courier, cases=[cl],
              claim_amount=m2(amt), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(),
              provider=HOSP, appeal_deadline=plus(ld, 90).isoformat(), lang="es",
              alternates={"insurer": TPA_ALT + [INS] + INS_ALT, **_truth_ids(pol), "provider": [attending],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def rotated_paid(rng):
    courier, doc = people(rng, 2)
    ce, pol, cl = cert(rng), policy(rng), claim_no(rng)
    dos = dt.date(2026, 4, 24)
    sd = workday(dt.date(2026, 5, rng.randint(12, 15)))
    lines = [("99203", "New patient visit", 265.00), ("12002", "Wound repair, 2.6-7.5 cm", 342.00),
             ("90715", "Tetanus shot (Tdap)", 88.00), ("J0696", "Antibiotic injection", 41.50)]
    total = round(sum(x[2] for x in lines), 2)
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 15, 17)
    p.add_page()
    _ins_head(p, rng, "Accident Medical Expense Benefit", box="Payment Statement")
    p.para(f"Statement date {fdate(sd, 'slash')}", 9.8)
    for ln in [courier, *gig_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.under([(ce, "Certificate"), (pol, "Policy"), (cl, "Claim"), (wday(dos), "Date of service")],
            widths=[36, 30, 32, W - 98], size=9.4)
    p.para(f"A dog bit your left hand on {fdate(dos, 'long')} while you were handing over an order. Dr. {doc} "
           f"treated you at {URGENT}. We paid the clinic's bill in full.", 9.8)
    rows = [[c, d, n2(v), n2(v), n2(v), "0.00"] for c, d, v in lines]
    rows.append(["", "Total", n2(total), n2(total), n2(total), "0.00"])
    p.table(["Code", "Service", "Charged", "Allowed", "Paid to clinic", "You owe"], rows,
            [18, 62, 24, 24, 26, W - 154], size=8.4, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Payment of ${n2(total)} was sent to {URGENT} on {fdate(sd, 'slash')}. You owe nothing for this visit. "
           "Keep this statement with your records.", 9.8)
    t = truth("eob", None, insurer=INS, group=pol, member_id=ce, member_name=courier, cases=[cl],
              claim_amount=m2(total), service_dates=[dos.isoformat()], denial_date=sd.isoformat(), provider=URGENT,
              alternates={"insurer": INS_ALT + TPA_ALT, **_truth_ids(pol), "provider": [doc]},
              type_alternates=["other"])
    return out(p), t


def clean_stack(rng):
    courier, surgeon, office, adj = people(rng, 4)
    ce, pol, cl = cert(rng), policy(rng), claim_no(rng)
    acc = dt.date(2026, 3, rng.randint(9, 13))
    pre = dt.date(2026, 4, 7)
    surg = dt.date(2026, 4, 21)
    ld = workday(dt.date(2026, 5, rng.randint(18, 22)))
    cover_d = workday(plus(ld, rng.randint(5, 8)))
    lines = [(pre, "99214", "Office visit before surgery", 265.00, True),
             (surg, "29881", "Knee arthroscopy, meniscus trimmed", 4860.00, False),
             (surg, "L1832", "Knee brace, adjustable", 1355.00, False)]
    total = round(sum(x[3] for x in lines), 2)
    refused = round(sum(x[3] for x in lines if not x[4]), 2)
    home = gig_address(rng)
    # the practice's cover letter
    p = EDSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, KNEE, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Patient Accounts  |  {rng.randint(100, 990)} Ridgeview Pkwy, Suite 210, Knoxville TN 37919  |  "
           f"{phone(rng, '865')}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.para(fdate(cover_d, "long"), 10)
    for ln in [courier, *home]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"Re: your knee surgery with Dr. {surgeon} - Wheelhouse claim {cl}", 10, gap=3)
    p.para(f"Dear {courier}:", 10)
    p.para(f"Enclosed is a copy of the letter Wheelhouse Accident Claims sent about your knee surgery on "
           f"{fdate(surg, 'long')}. Wheelhouse paid your visit of April 7 but not the surgery or the brace, "
           f"${n2(refused)} in all, because no one called them before the surgery.", 10)
    p.para("Our scheduler called the Parcelwing support line instead of the claims line printed on your "
           "certificate. We are sorry for that mistake. With your permission we will appeal for you; please sign "
           "and return the enclosed form. We will not bill you while the appeal is open.", 10)
    p.para(f"Sincerely,\n{office}\nPatient Accounts\nEnclosures: Wheelhouse letter, appeal authorization form", 10)
    d_a = (out(p), truth("other", None, insurer=TPA, member_name=courier, cases=[cl], claim_amount=m2(refused),
                         service_dates=[surg.isoformat()], denial_date=cover_d.isoformat(), provider=KNEE,
                         unscored=["insurer"],
                         alternates={"case_numbers": [[]], "claim_amount": [m2(total), None],
                                     "service_dates": [[], [pre.isoformat(), surg.isoformat()]],
                                     "provider": [surgeon]}))
    # the administrator's letter
    q = EDSheet(footer="Page {n} of {nb}", corner=f"Claim {cl}")
    q.set_margins(17, 15, 17)
    q.add_page()
    _tpa_head(q, rng, "Medical Claims")
    q.para(fdate(ld, "long"), 10)
    for ln in [courier, *home]:
        q.line(ln, 10)
    q.ln(2)
    q.idstrip([("Certificate", ce), ("Policy", pol), ("Claim", cl), ("Accident", fdate(acc, "slash"))], size=8.8)
    q.para(f"Dear {courier}:", 10)
    q.para(f"We received the bill from {KNEE} for the care Dr. {surgeon} gave your right knee, injured in the fall "
           f"on {fdate(acc, 'long')}. The surgery was done at {ASC} on {wday_short(surg)}.", 9.8)
    rows = []
    for d, code, desc, ch, paid in lines:
        pv = round(ch * 0.9, 2) if paid else 0.0
        rows.append([day_sl(d), code, desc, f"Dr. {surgeon}", n2(ch), n2(pv), "Paid" if paid else "Not paid"])
    pv_tot = round(sum(round(x[3] * 0.9, 2) for x in lines if x[4]), 2)
    rows.append(["", "", "Total", "", n2(total), n2(pv_tot), ""])
    W = q.w - q.l_margin - q.r_margin
    q.table(["Date", "Code", "Service", "Surgeon", "Charged", "Paid", "Result"], rows,
            [26, 14, 48, 36, 20, 18, W - 162], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "L"], bold_last=True)
    q.para("Your certificate (section 5) says that surgery which is not an emergency must be approved ahead of "
           "time: you or your doctor must call our claims line at least three business days before the surgery. "
           "Our records show no call about this surgery before April 21. The surgery and the brace are therefore "
           "not paid. The visit on April 7 is paid.", 9.8)
    q.para("An appeal is on time if it is postmarked within 180 days from the date of this letter. Send it, with "
           "any record of a call made before the surgery, to the address above.", 9.8)
    q.sign_cc("Sincerely,", adj, "Claims Examiner", [KNEE], size=9.6)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=TPA, group=pol, member_id=ce,
                         member_name=courier, cases=[cl], claim_amount=m2(total), service_dates=[surg.isoformat()],
                         denial_date=ld.isoformat(), provider=surgeon, appeal_deadline=plus(ld, 180).isoformat(),
                         alternates={"insurer": TPA_ALT + [INS] + INS_ALT, **_truth_ids(pol),
                                     "provider": [KNEE, ASC], "claim_amount": [m2(refused)],
                                     "service_dates": [[pre.isoformat(), surg.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_eob_physical_therapy_visits_past_twelve", "born_digital", [bd_eob_pt(rng)]),
        Item(F + "faxstd_hospital_er_crash_after_courier_went_offline", "fax_standard_g4",
             [faxstd_hospital_offline(rng)]),
        Item(F + "lowres_urgent_care_back_pain_without_an_accident", "scan_lowres_150", [lowres_back_pain(rng)]),
        Item(F + "photocopy_hand_clinic_claim_received_after_120_days", "photocopy", [photocopy_timely(rng)]),
        Item(F + "phone_es_carta_hospitalizacion_choque_en_auto_seguro_de_auto_primero", "phone_photo",
             [phone_es_auto(rng)]),
        Item(F + "rotated_paid_eob_dog_bite_urgent_care", "rotated", [rotated_paid(rng)]),
        Item(F + "clean_stack_orthopedic_office_cover_letter_then_knee_surgery_no_precertification_upside_down",
             "scan_clean_300", clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
