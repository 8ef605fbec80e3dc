"""Medicare's prior authorization of repetitive scheduled non-emergent ambulance transport (RSNAT), as the papers of a
Medicare Administrative Contractor (MAC) to ambulance suppliers and to beneficiaries: decisions on prior
authorization requests (provisionally affirmed / non-affirmed) with a unique tracking number (UTN), a remittance and
letters on claims billed with no decision on file, beyond the affirmed number of trips, or for a person in a Medicare
Advantage plan, a redetermination, and an ambulance company's letter forwarding a decision to a dialysis unit.
Mirrored for structure and plain wording style only. Public rules used as themselves: a repetitive ambulance service
is three or more round trips in ten days or at least one a week for three weeks; one request may be affirmed for up
to 40 round trips in a 60-day period for one supplier; the codes in the program are A0426 (ALS1) and A0428 (BLS),
mileage (A0425) goes with them; origin/destination modifiers (R residence, J freestanding dialysis facility, H
hospital); a physician certification statement (PCS) dated no earlier than 60 days before the service; Medicare pays
a scheduled ambulance trip when the person cannot get up from bed without help, cannot walk and cannot sit in a chair
or wheelchair, or when some other condition makes every other way of travelling unsafe; a non-affirmed request may be
sent again any number of times and is not appealable, while a claim billed with a non-affirmed UTN is denied with
appeal rights; Original Medicare does not pay for a person enrolled in a Medicare Advantage plan; redetermination by
the MAC, reconsideration by a Qualified Independent Contractor (QIC) within 180 days of receipt; CARC 15 and 45 as
codes. Medicare and CMS appear as themselves. The MAC (Brackmoor Government Health Services, LLC), the Medicare
Advantage plan, every ambulance company, billing service, dialysis and wound centre, person, number (MBI shapes,
UTN, ICN, PTAN, NPI, Medicaid and account numbers), PO box and address are invented; phones use 555. No heading
names the kind of denial; each reason is in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_supplier_decision_non_affirmed_bed_confinement_not_shown: a standard-fax decision to the ambulance company
  with short captions left of and under boxes ("Dt", "To", "PTAN", "Bene", "MBI" with dashes, "Mcaid" and "Pt acct"
  as decoys, "UTN" in groups with an S among digits, "Rcvd", "RT req", "RT aff", "Svc period" 03/02/26 - 04/30/26,
  "PCS"): 40 dialysis round trips non-affirmed because the records show the patient sits and walks with help
  (medical_necessity; no appeal, resubmit: deadline null).
- born_digital_remittance_three_beneficiaries_middle_no_utn_on_file: a Part B remittance to the ambulance company
  (payee box beside its billing agent's box, PTAN, EFT), one table of three claims with name / ICN / MBI in the
  first cell, ISO service dates, billed / allowed / deductible / coinsurance / paid, claim totals and a grand
  total; the middle claim's three dialysis round trips pay 0.00 under CO-15 because no prior authorization decision
  was on file (prior_authorization, legend only); "within 120 days from the day you receive" (null).
- lowres_letter_supplier_trips_while_in_medicare_advantage_plan: a 150 dpi letter with odd captions under boxes
  ("Ltr dt", "Clm ICN", "Bene", "Medicare #", "MA plan mbr #" as a decoy, "Run #s"): trips "from March 4 through
  March 9, 2026" while the beneficiary was in a Medicare Advantage plan (eligibility); the amount only in a
  sentence as "USD 1,462.80"; "must reach us by <date>".
- photocopy_beneficiary_letter_trips_beyond_40_round_trips: a photocopied letter to the beneficiary with captions
  beside boxes and a parties box (ambulance company, dialysis centre, wound centre, certifying doctor): a claim of
  nine round trips with day-named dates ("Mon 02/23/26") and billed / approved / paid / you-may-be-billed columns
  and totals, the last four past the 40 round trips the UTN allowed pay 0.00 (prior_authorization); "You have
  until <date>".
- phone_es_redeterminacion_viajes_con_utn_no_afirmado: a photographed Spanish redetermination decision with a
  facts box at the right: six dialysis trips billed with a non-affirmed UTN stay denied because the patient can sit
  in a wheelchair ("US$ 2.064,00 ($2,064.00)", dates as "lunes 2 de marzo de 2026"; medical_necessity); QIC
  request "a más tardar el <fecha>".
- rotated_provisional_affirmation_wound_care_trips: a provisional affirmation (40 of 40 round trips, "Mon
  04/06/26 - Thu 06/04/26", values with captions under them, a trip strip of the first weeks) fed sideways (denies
  nothing).
- finefax_stack_cover_then_supplier_letter_to_dialysis_unit_then_als_non_affirmation_upside_down: a fax cover sheet,
  the ambulance company's letter forwarding the decision to a dialysis unit and asking for records (denies
  nothing; a "please send by" date as a decoy), then upside down the MAC's decision non-affirming ALS1 trips
  because a basic crew could carry the patient (medical_necessity; level_of_care accepted; null deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgd import (ECSheet, abbr, dash_span, dayname, digits, es_date, es_money, icn, long, mbi_dashed,
                               n2, npi, pa_address, people, phone, plus, short, slash, through, trips, utn, workday,
                               DAYS_ES)
from public_kit import m2, out, truth

FAMILY = "medicare_rsnat_repetitive_ambulance_prior_auth_utn_non_affirmation_and_no_decision_claim_denial"
LANG = "en"
SEED = 354923
MAC = "Brackmoor Government Health Services, LLC"
ALT = ["Brackmoor Government Health Services", "Brackmoor GHS", "Brackmoor", "Medicare"]
SUP = ["Wyndle Creek Ambulance, Inc.", "Oxleigh Medical Transport LLC", "Hadleigh Careline Ambulance Service",
       "Caddell Valley EMS Transport", "Wyndle Creek Ambulance, Inc."]
BILLER = "Ludgrove Ambulance Billing Group"
DIAL = ["Corriebank Dialysis Center", "Draycote Kidney Care"]
WOUND = "Mereworth Wound Healing Center"
MA_PLAN = "Penmarric Advantage Choice (HMO)"


def ptan(rng):
    return f"AB{digits(rng, 5)}"


def medicaid_no(rng):
    return f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"


def _head(p, rng, unit, box=None):
    p.head(MAC, "BGHS", [f"Medicare Administrative Contractor  |  {unit}  |  PO Box {rng.randint(44000, 44999)}, "
                         f"Mechanicsburg PA 17055  |  1-877-555-{digits(rng, 4)}"], box=box, size=12.5)


def faxstd_non_affirm(rng):
    bene, neph, rn = people(rng, 3)
    shown, plain = mbi_dashed(rng)
    up, ut = utn(rng, "S")
    rcvd = dt.date(2026, 2, rng.randint(9, 13))
    ld = workday(plus(rcvd, rng.randint(7, 9)))
    start = dt.date(2026, 3, 2)
    end = plus(start, 59)
    pcs = plus(start, -rng.randint(12, 25))
    sup, dial = SUP[0], DIAL[0]
    fax = (f"{short(ld)} {rng.randint(9, 16)}:{rng.randint(10, 59)}  BRACKMOOR GHS PA UNIT  {phone(rng)}  >>  "
           f"{sup.upper()}  p.{{n}}")
    p = ECSheet(footer="Page {n} of {nb}", footer_left="BGHS-PA-AMB-2 (10/25)", fax_hdr=fax)
    p.set_margins(13, 13, 13)
    p.add_page()
    _head(p, rng, "Prior Authorization - Ambulance")
    p.title_bar("PRIOR AUTHORIZATION DECISION - SCHEDULED AMBULANCE (RSNAT)",
                sub="Sent to the ambulance supplier that asked. A copy is mailed to the beneficiary.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", slash(ld), 36, "L"), ("To", sup, 88, "L"), ("PTAN", ptan(rng), 30, "B"),
                ("NPI", npi(rng), W - 154, "B")], cap=6.6, size=9.6, h=7.8)
    p.capcells([("Bene", bene, 66, "B"), ("MBI", shown, 42, "B"), ("Mcaid", medicaid_no(rng), 40, "B"),
                ("Pt acct", f"WC-{digits(rng, 6)}", W - 148, "B")], cap=6.6, size=9.6, h=7.8)
    p.capcells([("UTN", up, 62, "L"), ("Rcvd", short(rcvd), 30, "B"), ("RT req", "40", 20, "B"),
                ("RT aff", "0", 20, "B"), ("Svc period", dash_span(start, end), W - 132, "B")],
               cap=6.6, size=9.6, h=7.8)
    p.capcells([("HCPCS", "A0428 RJ / JR", 36, "B"), ("From > to", f"Residence > {dial}", 84, "B"),
                ("PCS", f"Dr. {neph}  {short(pcs)}", W - 120, "B")], cap=6.6, size=9.2, h=7.8)
    p.f(13, "B")
    p.cell(0, 8, "DECISION:  NON-AFFIRMED   (0 of 40 round trips)", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"We read the request that reached us on {long(rcvd)} and everything sent with it: the certification "
           f"signed by Dr. {neph}, the dialysis center's treatment sheets for January and February 2026, and your "
           "crews' run reports for eight earlier trips. This is what those papers show:", 9.6)
    p.bullets(["The certification has the box for bed-confined ticked, but the treatment sheets say the patient moves "
               "from the cot to the treatment chair with one person standing by and sits up in that chair for the "
               "whole run of about four hours.",
               "Your run reports describe the patient as awake, sitting up on the cot, on room air, with no monitor "
               "and no IV on the way. None of them says what could go wrong in a wheelchair van or a car.",
               "Medicare pays for a scheduled trip by ambulance when the person cannot get up from bed without help, "
               "cannot walk and cannot sit in a chair or wheelchair, or when another condition makes every other "
               "way of travelling unsafe. The papers show neither, so none of the 40 round trips is affirmed."],
              9.4, mark="-")
    p.para("**What you can do.** Send the request again with other records as often as you like; each time we make a "
           "new decision with a new tracking number. This decision is not a decision on a claim and cannot be "
           "appealed. If your company gives the trips anyway and bills Medicare with the UTN above, the claim "
           "will be denied, and the notice about that claim will explain how to appeal it.", 9.4)
    p.para(f"Reviewed by {rn}, RN, Medical Review.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=shown, member_name=bene, cases=[ut],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=ld.isoformat(), provider=sup,
              alternates={"insurer": ALT, "provider": [neph], "member_id": [plain],
                          "service_dates": [[start.isoformat()]]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def bd_remit(rng):
    names = people(rng, 3)
    sup = SUP[1]
    pd = workday(dt.date(2026, 4, rng.randint(13, 22)))
    eft = f"EFT{digits(rng, 10)}"
    p = ECSheet(footer="Page {n} of {nb}", footer_left="Medicare Part B remittance advice - provider copy")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Part B Claims", box="REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Payee (supplier)", sup, 86, "A"), ("Billing agent", BILLER, 72, "A"),
                ("NPI", npi(rng), 30, "A"), ("PTAN", ptan(rng), 24, "A"), ("Check/EFT #", eft, W - 212, "A")],
               cap=6.2, size=9.0)
    p.capcells([("Remit date", slash(pd), 40, "A"), ("Payee acct", f"OMT-{digits(rng, 5)}", 40, "A")],
               cap=6.2, size=9.0)
    rows, bold, grand = [], [], [0.0] * 5
    deny = None
    plans = [
        ("paid", [dt.date(2026, 3, d) for d in (9, 11)]),
        ("deny", [dt.date(2026, 3, d) for d in (16, 18, 20)]),
        ("paid", [dt.date(2026, 3, rng.randint(23, 27))]),
    ]
    for k, (nm, (kind, dates)) in enumerate(zip(names, plans)):
        shown, plain = mbi_dashed(rng)
        ic = icn(rng, 80 + k)
        acct = f"{digits(rng, 7)}"
        u = utn(rng)[1] if kind == "paid" else "NONE ON FILE"
        last, first, mi = nm.split()[-1], nm.split()[0], nm.split()[1].rstrip(".")
        head = f"{last.upper()}, {first.upper()} {mi}\nMBI {plain}\nICN {ic}\nACNT {acct}\nUTN {u}"
        sub = [0.0] * 5
        for j, d in enumerate(dates):
            miles = rng.randint(9, 16)
            for code, nos, bill, allow in (("A0428 RJ/JR", "2", 1380.00, 2 * 262.41),
                                           ("A0425", str(2 * miles), 2 * miles * 21.50, 2 * miles * 8.79)):
                allow = round(allow, 2)
                if kind == "deny":
                    vals = [bill, 0.0, 0.0, 0.0, 0.0]
                    rc = "CO-15"
                else:
                    ded = 0.0
                    coins = round(allow * 0.2, 2)
                    paid = round(allow - coins, 2)
                    vals = [bill, allow, ded, coins, paid]
                    rc = "CO-45"
                sub = [a + b for a, b in zip(sub, vals)]
                rows.append([head if (j == 0 and code.startswith("A0428")) else "", d.isoformat(), "41", nos, code,
                             *[n2(v) for v in vals], rc])
        rows.append(["", "", "", "", "CLAIM TOTAL", *[n2(v) for v in sub], ""])
        bold.append(len(rows) - 1)
        grand = [a + b for a, b in zip(grand, sub)]
        if kind == "deny":
            deny = (nm, plain, ic, round(sub[0], 2), dates)
    rows.append(["TOTALS THIS REMITTANCE", "", "", "", "", *[n2(v) for v in grand], ""])
    p.wrap_table(["Beneficiary / numbers", "Serv date", "POS", "NOS", "Proc / mod", "Billed", "Allowed", "Deduct",
                  "Coins", "Prov pd", "RC"], rows, [56, 22, 10, 11, 26, 24, 22, 18, 20, 22, W - 231], size=7.6,
                 aligns=["L", "L", "C", "C", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, bold_rows=tuple(bold))
    p.para("**RC (reason code).** CO-45: the charge is more than Medicare's fee schedule; the difference may not be "
           "billed to the beneficiary. CO-15: these are repetitive scheduled trips (three or more round trips within "
           "ten days) and Medicare had no prior authorization decision on file for this beneficiary and your company "
           "for these dates; the claim carried no unique tracking number. Medicare pays nothing for these lines, and "
           "the beneficiary may not be billed for them unless he or she signed an advance notice before the trips.",
           8.2)
    p.para("To ask for a redetermination of any line, write to us within 120 days from the day you receive this "
           "remittance. Send the request to the Part B redeterminations address on our website; do not send a new "
           "claim for the same dates.", 8.2)
    nm, plain, ic, billed, dates = deny
    t = truth("eob", "prior_authorization", insurer=MAC, member_id=plain, member_name=nm, cases=[ic],
              claim_amount=m2(billed), service_dates=[d.isoformat() for d in dates], denial_date=pd.isoformat(),
              provider=sup, appeal_deadline=None, alternates={"insurer": ALT}, type_alternates=["denial_letter"])
    return out(p), t


def lowres_ma(rng):
    bene, sig = people(rng, 2)
    shown, plain = mbi_dashed(rng)
    sup = SUP[2]
    a, e = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    ma_start = dt.date(2026, 3, 1)
    ld = workday(dt.date(2026, 4, rng.randint(20, 28)))
    ra = workday(dt.date(2026, 3, rng.randint(23, 27)))
    dl = plus(ra, 125)
    ic = icn(rng, 70)
    billed = 1462.80
    run = rng.randint(2100, 7800)
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Part B Correspondence")
    p.f(9.6)
    for ln in [sup, "Attn: Medicare billing", *pa_address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr dt", short(ld), 30, "B"), ("Clm ICN", ic, 44, "B"), ("Bene", bene, 56, "B"),
                ("Medicare #", shown, W - 130, "B")], cap=6.0, size=9.2)
    p.capcells([("MA plan mbr #", f"PAC{digits(rng, 8)}", 44, "B"),
                ("Run #s", f"R26-{run} thru R26-{run + 2}", 56, "B"),
                ("RA dated", short(ra), 30, "B")], cap=6.0, size=9.2)
    p.para("Dear billing office:", 10)
    p.para(f"You asked why Medicare paid nothing on the claim above for ambulance trips your company gave {bene} "
           f"{through(a, e)}, for which you billed USD {n2(billed)}.", 10)
    p.para(f"Our records show that {bene} joined {MA_PLAN}, a Medicare Advantage plan, on {long(ma_start)}, and "
           "was still in that plan on every day of these trips. While someone is in a Medicare Advantage plan, "
           "Original Medicare does not pay the claims for his or her care; the plan does. That is why the "
           "remittance showed this claim as payable by another payer. Please send the claim to the plan; it has its "
           "own rules, which may include asking for approval before scheduled trips.", 10)
    p.para(f"If you still think we are wrong, your request for a redetermination must reach us by {long(dl)}. "
           "Include a copy of this letter and anything showing that the beneficiary was not in the plan on these "
           "dates.", 10)
    p.sign(["Sincerely,", sig, "Part B Correspondence"], 10)
    t = truth("denial_letter", "eligibility", insurer=MAC, member_id=shown, member_name=bene, cases=[ic],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=ld.isoformat(),
              provider=sup, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "member_id": [plain]}, denial_alternates=["other"])
    return out(p), t


def photocopy_beyond_40(rng):
    bene, neph, sig = people(rng, 3)
    shown, plain = mbi_dashed(rng)
    sup = SUP[3]
    up, ut = utn(rng, "B")
    start = dt.date(2026, 1, 5)
    end = plus(start, 59)
    all_trips = trips(start, end, (0, 1, 2, 3, 4))
    claim_days = [d for d in all_trips if d >= dt.date(2026, 2, 23)]
    ld = workday(dt.date(2026, 4, rng.randint(13, 24)))
    dl = plus(ld, 125)
    ic = icn(rng, 75)
    rows, tot, refused, ref_sum = [], [0.0] * 4, [], 0.0
    for d in claim_days:
        n = all_trips.index(d) + 1
        dest = DIAL[1] if d.weekday() in (0, 2, 4) else WOUND
        bill = 1705.00
        if n > 40:
            vals = [bill, 0.0, 0.0, 0.0]
            note = f"round trip {n}: over 40"
            refused.append(d)
            ref_sum += bill
        else:
            appr = 612.18
            vals = [bill, appr, round(appr * 0.8, 2), round(appr * 0.2, 2)]
            note = f"round trip {n}"
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([dayname(d), dest, *[n2(v) for v in vals], note])
    rows.append(["Totals", "", *[n2(v) for v in tot], ""])
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Part B Claims")
    p.para(long(ld), 9.4)
    for ln in [bene, *pa_address(rng)]:
        p.line(ln, 9.4)
    p.ln(3)
    p.beside([[("Medicare no.", shown), ("PA Medicaid", medicaid_no(rng))],
              [("Claim (ICN)", ic), ("UTN", up)],
              [("Period", f"{abbr(start)} to {abbr(end)}"), ("Affirmed", "40 round trips")]], cap_w=23, size=8.8)
    p.parties([("Ambulance company", sup, f"NPI {npi(rng)}"),
               ("Dialysis center", DIAL[1], "Mon / Wed / Fri"),
               ("Wound center", WOUND, "Tue / Thu"),
               ("Certifying doctor", f"Dr. {neph}", f"PCS signed {short(plus(start, -9))}")], cap_w=36)
    p.para(f"Dear {bene}:", 9.4)
    p.para(f"{sup} asked Medicare ahead of time about your scheduled ambulance trips, and we agreed that Medicare "
           f"would likely pay up to 40 round trips {through(start, end)}. Your trips to dialysis and to wound care "
           "added up to more than that. The claim below is for your trips from February 23 on.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Day and date", "Taken to", "Billed", "Medicare approved", "Medicare paid", "You may be billed",
                  "Note"], rows, [24, 46, 20, 22, 22, 22, W - 156], size=7.8,
                 aligns=["L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    p.para(f"Medicare paid the round trips up to the 40th. The last {len(refused)}, billed at "
           f"${n2(ref_sum)}, went past the number agreed for this period, and nobody asked us about more, so "
           "Medicare pays nothing for them. Because the company did not give you a written notice before those "
           "trips saying Medicare might not pay, you do not have to pay for them.", 9.4)
    p.para(f"You have until {long(dl)} to ask us for a redetermination. Write to the address above and say which "
           "trips you disagree about.", 9.4)
    p.sign(["Sincerely,", sig, "Part B Beneficiary Services"], 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=MAC, member_id=shown, member_name=bene, cases=[ic],
              claim_amount=m2(round(tot[0], 2)), service_dates=[d.isoformat() for d in refused],
              denial_date=ld.isoformat(), provider=sup, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "member_id": [plain], "claim_amount": [m2(round(ref_sum, 2))],
                          "case_numbers": [[ic, ut]]},
              denial_alternates=["other"])
    return out(p), t


def phone_es(rng):
    bene, rep, sig = people(rng, 3, es=True)
    shown, plain = mbi_dashed(rng)
    sup = SUP[4]
    up, ut = utn(rng, "Z")
    ld = workday(dt.date(2026, 5, rng.randint(11, 22)))
    dl = plus(ld, 185)
    days = trips(dt.date(2026, 3, 2), dt.date(2026, 3, 13))
    ic = icn(rng, 90)
    appl = f"26RD{digits(rng, 2)}B{digits(rng, 4)}"
    rows, tot = [], 0.0
    for d in days:
        bill = 344.00
        tot += bill
        rows.append([f"{DAYS_ES[d.weekday()]} {es_date(d)}", "A0428 RJ / JR + A0425", n2(bill), "0.00"])
    rows.append(["Total", "", n2(tot), "0.00"])
    p = ECSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Redeterminaciones de la Parte B")
    p.para(es_date(ld, True), 10)
    for ln in [f"{rep}, en nombre de {bene}", *pa_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    side = [("Número de Medicare", shown), ("Número de apelación", appl), ("Reclamo (ICN)", ic),
            ("Número de seguimiento (UTN)", up), ("Compañía de ambulancias", sup),
            ("Número de Medicaid", medicaid_no(rng))]
    p.facts_right(side, [
        f"Estimado/a {rep}:",
        f"Usted nos pidió revisar de nuevo el reclamo de {sup} por los viajes en ambulancia de {bene} al centro de "
        f"diálisis entre el 2 y el 13 de marzo de 2026. Una persona que no tomó la primera decisión revisó el "
        "reclamo, las hojas de los viajes, las notas del centro de diálisis y la carta que usted nos envió.",
        f"Antes de los viajes, la compañía pidió nuestra aprobación y la respuesta fue que no. Aun así facturó los "
        f"viajes con ese número de seguimiento. El cobro fue de {es_money(tot)} (${n2(tot)}).",
        "Medicare paga un viaje programado en ambulancia cuando la persona no puede levantarse de la cama sin "
        "ayuda, no puede caminar y no puede sentarse en una silla o silla de ruedas, o cuando otra condición hace "
        f"que cualquier otro medio sea peligroso. Las notas dicen que {bene} se sienta en una silla de ruedas "
        "durante toda la sesión y que nada impide viajar sentado en una camioneta adaptada. Mantenemos la decisión: "
        "Medicare no pagará estos viajes.",
    ], side_w=62, size=9.4)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Fecha del viaje (ida y vuelta)", "Servicio", "Cobrado", "Medicare pagó"], rows,
                 [66, 56, 30, W - 152], size=8.2, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Como la compañía no le dio un aviso por escrito antes de los viajes, usted no tiene que pagarlos.", 9.6)
    p.para(f"Si no está de acuerdo, puede pedir una reconsideración a un Contratista Independiente Calificado (QIC). "
           f"Su solicitud debe llegar a más tardar el {es_date(dl)}.", 9.6)
    p.sign(["Atentamente,", sig, "Redeterminaciones de la Parte B"], 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=shown, member_name=bene, cases=[appl, ic],
              claim_amount=m2(tot), service_dates=[d.isoformat() for d in days], denial_date=ld.isoformat(),
              provider=sup, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [plain], "case_numbers": [[appl], [ic], [appl, ic, ut]],
                          "service_dates": [[f"{days[0].isoformat()}/{days[-1].isoformat()}"]]})
    return out(p), t


def rotated_affirmed(rng):
    bene, doc, rn = people(rng, 3)
    shown, plain = mbi_dashed(rng)
    sup = SUP[3]
    up, ut = utn(rng, "B")
    start = dt.date(2026, 4, 6)
    end = plus(start, 59)
    rcvd = dt.date(2026, 3, rng.randint(16, 20))
    ld = workday(plus(rcvd, 8))
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Prior Authorization - Ambulance", box="DECISION LETTER")
    p.under([(slash(ld), "Date of this letter"), (sup, "Ambulance supplier (requester)"), (up, "UTN")],
            [34, 92, 52])
    p.under([(bene, "Beneficiary"), (shown, "Medicare number"), (short(rcvd), "Request received")], [70, 56, 52])
    p.under([(f"{dayname(start)} - {dayname(end)}", "Period"), ("40 of 40", "Round trips affirmed"),
             ("A0428 RD / DR", "Code / modifiers")], [70, 56, 52])
    p.f(12.5, "B")
    p.cell(0, 8, "PROVISIONALLY AFFIRMED", new_x="LMARGIN", new_y="NEXT")
    p.para(f"The records sent with the request show that {bene} has a deep wound over the lower back that must not "
           "bear weight, cannot sit up in a chair or wheelchair, and cannot get out of bed without two people. "
           f"Medicare will likely pay for up to 40 round trips by basic life support ambulance between the home and "
           f"{WOUND}, ordered by Dr. {doc}, {through(start, end)}, if the claims meet all other Medicare rules.",
           9.6)
    sched = [(d.strftime("%a"), d.strftime("%m/%d"), "") for d in trips(start, plus(start, 17), (0, 2, 4))]
    p.trip_strip(sched, per_row=8, title="Trips scheduled in the first weeks (Mon / Wed / Fri)")
    p.para("Put the UTN on every claim for these trips. The decision covers this supplier only; if another company "
           "takes over the trips, it must ask for its own decision. For trips after the period, send a new request "
           "before the period ends.", 9.4)
    p.para(f"Reviewed by {rn}, RN. A copy of this letter is mailed to the beneficiary.", 9.4)
    t = truth("other", None, insurer=MAC, member_id=shown, member_name=bene, cases=[ut],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=ld.isoformat(), provider=sup,
              alternates={"insurer": ALT, "member_id": [plain], "provider": [doc],
                          "service_dates": [[start.isoformat()]]})
    return out(p), t


def finefax_stack(rng):
    bene, neph, coord, nurse, rn = people(rng, 5)
    shown, plain = mbi_dashed(rng)
    sup = SUP[0]
    dial = DIAL[0]
    up, ut = utn(rng, "S")
    start = dt.date(2026, 5, 4)
    end = plus(start, 59)
    rcvd = dt.date(2026, 4, rng.randint(13, 16))
    md = workday(plus(rcvd, 9))
    cd = workday(plus(md, 2))
    due = plus(cd, 7)
    c = ECSheet(footer=None)
    c.set_margins(20, 16, 20)
    c.add_page()
    c.lh_right(sup.upper(), "Non-emergency scheduling and Medicare prior authorization office",
               ["1180 Furnace Hill Rd", "Lewistown, PA 17044", f"Phone {phone(rng)}", f"Fax {phone(rng)}"])
    c.para(long(cd), 10)
    for ln in [f"{nurse}, RN, Nurse Manager", dial, *pa_address(rng)]:
        c.line(ln, 10)
    c.ln(3)
    c.memo([("RE:", f"{bene}  -  Medicare no. {shown}"), ("", f"Prior authorization UTN {up}"),
            ("Trips:", f"ALS, home to {dial} and back, {dash_span(start, end)}")], size=9.6, cap_w=18)
    c.para(f"Dear {nurse.split()[0]}:", 10)
    c.para(f"Medicare's contractor, Brackmoor Government Health Services, has answered our request to carry "
           f"{bene} to and from your unit by advanced life support ambulance. Its letter is attached. It did not "
           "approve the trips as asked: it says the papers show nothing a paramedic crew would do on the way that a "
           "basic crew could not.", 10)
    c.para(f"We can ask again at no cost, but only with more records. Could you or Dr. {neph} send us, by "
           f"{long(due)}, the treatment sheets for the last 30 days, any note about drops in blood pressure or "
           "heart rhythm problems during or after dialysis, and the current medicine list. If the doctor thinks a "
           "basic crew is enough, a new certification saying so would let us ask for that instead.", 10)
    c.para("Until we hear back, we will keep the current schedule only as far as Medicare's rules allow and we "
           "will call the family before any change.", 10)
    c.sign(["Thank you,", coord, "Prior Authorization Coordinator"], 10)
    d_a = (out(c), truth("other", None, insurer=None, member_id=shown, member_name=bene, cases=[ut],
                         service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=cd.isoformat(),
                         provider=sup,
                         alternates={"member_id": [plain], "service_dates": [[]], "case_numbers": [[]]},
                         unscored=["insurer"]))
    q = ECSheet(footer="Page {n} of {nb}")
    q.set_margins(16, 14, 16)
    q.add_page()
    _head(q, rng, "Prior Authorization - Ambulance")
    q.grid([[("Letter date", slash(md)), ("Unique tracking number", up), ("Request received", slash(rcvd))],
            [("Supplier", sup), ("Beneficiary", bene), ("Medicare number", shown)],
            [("Requested", "A0426 ALS1, 40 round trips"), ("Period", dash_span(start, end)),
             ("Certifying physician", f"Dr. {neph}")]], size=8.8)
    q.f(12, "B")
    q.cell(0, 8, "Decision: NON-AFFIRMED", new_x="LMARGIN", new_y="NEXT")
    W = q.w - q.l_margin - q.r_margin
    q.wrap_table(["What the request needs to show", "What the records sent show"], [
        ["That the patient cannot travel safely any other way than by ambulance.",
         "Met: bed-confined since a stroke; cannot sit up in a wheelchair and is moved by two people with a sheet."],
        ["That care on the way needs a paramedic crew (advanced life support): for example heart monitoring, IV "
         "medicines or airway care that a basic crew may not give.",
         "Not shown: run reports from March and April list blood pressure checks only, no monitor, no IV and no "
         "medicines given on the way; the treatment sheets note no rhythm problems."],
        ["A certification dated no more than 60 days before the first trip.",
         "Met: signed by the certifying physician 12 days before the period."],
    ], [W * 0.45, W * 0.55], size=8.6)
    q.para("The request as sent asks for advanced life support on every trip, and the records do not show a need "
           "for it, so the request is not affirmed. A new request for basic life support trips (A0428), or this "
           "request with records that show the need for a paramedic crew, may be sent at any time and as often as "
           "needed. This decision cannot be appealed; if claims are billed with this UTN they will be denied and the "
           "notice of that decision will explain the appeal rights.", 9.4)
    q.para(f"Reviewed by {rn}, RN, under the direction of our medical director. Copy mailed to the beneficiary.",
           9.4)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=MAC, member_id=shown, member_name=bene,
                         cases=[ut], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
                         denial_date=md.isoformat(), provider=sup,
                         alternates={"insurer": ALT, "member_id": [plain], "provider": [neph],
                                     "service_dates": [[start.isoformat()]]},
                         denial_alternates=["level_of_care", "prior_authorization"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_supplier_decision_non_affirmed_bed_confinement_not_shown", "fax_standard_g4",
             [faxstd_non_affirm(rng)]),
        Item(F + "born_digital_remittance_three_beneficiaries_middle_no_utn_on_file", "born_digital",
             [bd_remit(rng)]),
        Item(F + "lowres_letter_supplier_trips_while_in_medicare_advantage_plan", "scan_lowres_150",
             [lowres_ma(rng)]),
        Item(F + "photocopy_beneficiary_letter_trips_beyond_40_round_trips", "photocopy", [photocopy_beyond_40(rng)]),
        Item(F + "phone_es_redeterminacion_viajes_con_utn_no_afirmado", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_provisional_affirmation_wound_care_trips", "rotated", [rotated_affirmed(rng)]),
        Item(F + "finefax_stack_cover_then_supplier_letter_to_dialysis_unit_then_als_non_affirmation_upside_down",
             "fax_fine_g4", finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
