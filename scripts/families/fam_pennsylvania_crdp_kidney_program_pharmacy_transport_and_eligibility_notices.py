"""Papers mirrored (structure and plain wording style only) from Pennsylvania's Chronic Renal Disease Program (CRDP),
the Pennsylvania Department of Health's program (Division of Child and Adult Health Services) that helps Pennsylvanians
with end-stage renal disease (ESRD) who need dialysis or have a kidney transplant pay for kidney-related medicines,
travel to dialysis and the part of their dialysis costs other coverage leaves. Public rules used as themselves: a
physician must verify the ESRD diagnosis; applicants' annual income must be at or under 300% of the Federal Poverty
Income Guidelines, with a sliding fee scale from 185%; the most recent Federal 1040 tax return verifies income;
enrollees must meet the same test at renewal; the program pays only after every other source (Medicare, Medicare
Part D, Medical Assistance, insurance) has paid, i.e. it is the payer of last resort; Medicare pays 80% of its
approved amount for outpatient dialysis. The formulary lists, the codes F3 / S2 / 00, the 90-day travel-log limit,
the mileage rate, the renal drink rule, the prior-approval list, the CRDP number and claim number shapes, the PO box,
every review and hearing time limit, every income figure, pharmacy, dialysis unit, nephrologist, social worker,
advocate, person, number and address are invented (phones 555). No heading names the kind of refusal; each reason is
put in the writer's own plain words.

Documents (8 in 7 files):
- faxstd_pharmacy_payment_register_statin_not_on_kidney_formulary: a two-page landscape pharmacy payment register on
  a standard fax (short captions left of and under their boxes: "Reg dt", "Pharm", "NCPDP", "Chk/EFT", "Cycle"
  as 05/04/26 - 05/08/26) listing five clients' fills with Rx numbers (decoys), billed / Part D paid / allowed /
  CRDP paid / client share and totals; the third client's atorvastatin fill pays 0.00 under F3, and what F3 means is
  only in the legend on page 2 (not_covered); "within 60 days of the register date".
- born_digital_eligibility_approval_sliding_fee_share: an approval letter (denies nothing) with identifiers whose
  captions come after them in brackets (the CRDP number grouped with an O among its digits, the Medicare number,
  the application number), a sample number in the boilerplate ("CR00 000 000") as a decoy and the coverage year.
- lowres_travel_log_received_after_90_days: a 150 dpi letter with captions under their values ("Ltr dt" printed
  with dashes, 06-01-2026, "CRDP #", "Req. no.", "Log rec'd") refusing nine dialysis round trips "Mon 01/26/26" to
  "Fri 02/13/26" (one row per trip; the truth is the span) because the log came more than 90 days after the last
  trip (timely_filing); a phone call's reference number as a decoy; "no later than 30 days after the letter date
  shown in the first box".
- photocopy_renewal_income_over_300_percent_july_dialysis_share: a photocopied renewal decision with captions beside
  boxes (the CRDP number beside a Medical Assistance number as a decoy, last year's coverage dates) ending coverage
  on June 30 because income is over 300% of the guidelines and refusing the dialysis center's claim for the Medicare
  coinsurance of three July treatments (eligibility); billed / Medicare approved / Medicare paid / not covered
  columns, the total also in words; "postmarked by <date>".
- phone_es_carta_reembolso_parte_d_primero: a photographed Spanish letter refusing to pay a client back for a
  sevelamer fill she paid for because her Medicare Part D plan was never billed ("1.186,40 $"; the Part D member
  number and the Medicare number as decoys; captions after values; "dentro de los 30 días siguientes a la fecha de
  esta carta").
- rotated_reconsideration_renal_drink_not_needed: a reconsideration decision with caption tabs, fed turned, keeping
  the refusal of three cases of a renal nutrition drink delivered "on the 7th of April 2026" because the blood
  albumin and weight were normal (medical_necessity); an earlier 2025 claim in passing; the hearing request "within
  30 days after you receive this decision" (nothing to count from: null).
- finefax_stack_social_worker_cover_pharmacy_letter_then_cinacalcet_notice_page2_sideways: a dialysis social worker's
  own fax cover page (page count, a call reference; no document), a pharmacy's letter to the client about the
  unpaid cinacalcet fill (a pharmacy notice: other, no denial), then the Department's two-page notice: page 1 a
  letter body with a Re: line in bullets, page 2 (fed sideways) the fill "Thursday, May 7, 2026", the amounts, the
  reason (no prior approval: prior_authorization) and the rights, "within 45 days of the date printed on page 1".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famif import (EESheet, dname, es_after, es_date, es_wday, fax_cover, last_first, ma_no, medicare_no,
                               n2, npi, odd_in, on_weekday, pa_address, people, phone, the_nth, usd, wlong, words,
                               workday, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "pennsylvania_crdp_kidney_program_pharmacy_transport_and_eligibility_notices"
LANG = "en"
SEED = 354945
INS = "Pennsylvania Department of Health"
ALT = ["Chronic Renal Disease Program", "Pennsylvania Chronic Renal Disease Program", "PA Department of Health",
       "Pennsylvania Department of Health, Chronic Renal Disease Program", "Department of Health", "CRDP",
       "Pennsylvania Department of Health Chronic Renal Disease Program"]
PHARM_REG = "Laurel Mill Pharmacy"
PHARM_ES = "Wissaco Family Pharmacy"
PHARM_STACK = "Conestoga Corner Pharmacy"
PHARM_DRINK = "Yellow Breeches Apothecary"
UNIT_APP = "Saucon Creek Kidney Center"
UNIT_TRAVEL = "Quarry Lane Dialysis Center"
UNIT_RENEW = "Brandywine Ridge Dialysis"
UNIT_DRINK = "Fernsby Valley Dialysis"
ADVOCATE = "Lehigh Kidney Patient Advocates"


def crdp_no(rng, odd=None):
    """A CRDP number shape: CR, two digits, six characters (one may be a letter a reader takes for a digit)."""
    return "CR" + digits(rng, 2) + odd_in(digits(rng, 6), odd, rng)


def crdp_grouped(s):
    """CR47 6O1 928"""
    return f"{s[:4]} {s[4:7]} {s[7:]}"


def crdp_dashed(s):
    """CR47-6O1-928"""
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def claim_ref(rng, d, odd=None):
    """26-128-04I719: year, day of the year the claim came in, six characters."""
    return f"{d:%y}-{d.timetuple().tm_yday:03d}-{odd_in(digits(rng, 6), odd, rng)}"


def part_d_id(rng):
    return "PD" + digits(rng, 9)


def _head(p, rng, unit="Chronic Renal Disease Program", box=None):
    p.head(INS, "PA DOH", [f"Division of Child and Adult Health Services  |  {unit}",
                           f"PO Box {rng.randint(2600, 2990)}, Harrisburg, PA 17105-{digits(rng, 4)}  |  "
                           f"Toll-free 1-800-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def faxstd_register(rng):
    clients = people(rng, 5)
    rd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    c_from = on_weekday(plus(rd, -13), 0)
    c_to = plus(c_from, 4)
    W = 279.4 - 20
    specs = [("Sevelamer carb 800 mg tab", "270", 780, 1020, False),
             ("Calcitriol 0.25 mcg cap", "90", 60, 110, False),
             ("Atorvastatin 40 mg tab", "90", 140, 260, True),
             ("Calcium acetate 667 mg cap", "360", 90, 160, False),
             ("Tacrolimus 1 mg cap", "180", 520, 880, False)]
    rows, tot, info = [], [0.0] * 5, None
    for i, (client, (drug, qty, lo, hi, den)) in enumerate(zip(clients, specs)):
        fill = plus(c_from, rng.randint(0, 4))
        cid = crdp_no(rng, "O" if den else None)
        ref = claim_ref(rng, plus(fill, rng.randint(0, 2)), "S" if den else None)
        billed = round(rng.randint(lo, hi) + rng.choice([0.0, 0.25, 0.5, 0.75, rng.randint(1, 99) / 100]), 2)
        partd = round(billed * rng.uniform(0.55, 0.75), 2)
        if den:
            allowed, paid, share = 0.0, 0.0, round(billed - partd, 2)
            code = "F3"
            info = (client, cid, ref, fill, billed)
        else:
            allowed = round(billed - partd, 2)
            share = round(allowed * rng.choice([0.0, 0.0, 0.1, 0.25]), 2)
            paid = round(allowed - share, 2)
            code = "S2" if share else "00"
        vals = [billed, partd, allowed, paid, share]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([ref, digits(rng, 7), yy(fill), last_first(client), cid, drug, qty, *[n2(v) for v in vals], code])
    rows.append(["TOTALS", "", "", "", "", "", "", *[n2(v) for v in tot], ""])
    fax = (f"{rd.strftime('%m/%d/%Y')} 06:{rng.randint(10, 59)}  PA DOH CRDP PHARMACY UNIT  (717) 555-{digits(rng, 4)}"
           "  P.{n}/02")
    p = EESheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="CRDP-PR1 (rev. 01/26)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, unit="Chronic Renal Disease Program  |  Pharmacy Unit", box="PHARMACY PAYMENT REGISTER")
    p.capcells([("Reg dt", yy(rd), 40, "L"), ("Pharm", PHARM_REG, 70, "B"), ("NCPDP", digits(rng, 7), 34, "B"),
                ("Chk/EFT", f"EFT {digits(rng, 9)}", 52, "L"), ("Cycle", f"{yy(c_from)} - {yy(c_to)}", W - 196, "B")])
    p.ln(1)
    p.table(["Claim ref", "Rx no.", "Fill dt", "Client", "CRDP no.", "Drug", "Qty", "Billed", "Part D pd",
             "CRDP allowed", "CRDP pd", "Client share", "Cd"], rows,
            [24, 14, 14, 46, 22, 42, 8, 16, 15, 16, 15, 15, W - 247], size=7.2,
            aligns=["L"] * 7 + ["R"] * 5 + ["C"], bold_last=True, row_h=5.4)
    p.para(f"This register lists the claims your pharmacy sent in the cycle shown. Code meanings are on page 2. "
           f"Questions about a line: Pharmacy Unit {phone(rng)}.", 8)
    p.add_page(orientation="L")
    p.legend("Codes on this register", [
        ("00", "Paid as billed after the other payer."),
        ("S2", "Paid less the client's share. The client's share comes from the program's sliding fee scale and "
               "is collected by the pharmacy."),
        ("F3", "The drug is not on the list of kidney-related medicines the program pays for. Cholesterol, blood "
               "sugar and stomach medicines are not on the list even when the client is on dialysis. The pharmacy "
               "may collect the amount left after Part D from the client."),
    ], size=8.6)
    p.para("**Reconsideration.** A pharmacy that believes a line was decided wrongly may ask the Pharmacy Unit to look "
           "again. Send the claim reference and the reason within 60 days of the register date printed on page 1. A "
           "new claim for the same fill is not a request for reconsideration and will be refused as a duplicate.", 8.8)
    p.para("Payments are made by electronic funds transfer to the account on file. The program pays last, after "
           "Medicare Part D, Medical Assistance and any other coverage the client has.", 8.8)
    client, cid, ref, fill, billed = info
    t = truth("eob", "not_covered", insurer=INS, member_id=cid, member_name=client, cases=[ref],
              claim_amount=m2(billed), service_dates=[fill.isoformat()], denial_date=rd.isoformat(),
              provider=PHARM_REG, appeal_deadline=plus(rd, 60).isoformat(),
              alternates={"insurer": ALT})
    return out(p), t


def born_approval(rng):
    member, sw, sig = people(rng, 3)
    cid = crdp_no(rng, "O")
    mbi = medicare_no(rng)
    app = f"AP-26-{digits(rng, 5)}"
    ld = workday(dt.date(2026, 4, rng.randint(13, 24)))
    start = dt.date(2026, 5, 1)
    end = dt.date(2027, 4, 30)
    pct = rng.choice([204, 221, 238, 256])
    share = {204: 10, 221: 15, 238: 20, 256: 25}[pct]
    p = EESheet(footer="Page {n} of {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [member, *pa_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.after_ids([(crdp_grouped(cid), "your CRDP number"), (mbi, "your Medicare number, for your Part D plan"),
                 (app, "application number")], title="Numbers in this letter", size=9.2)
    p.heading("You are enrolled in the Chronic Renal Disease Program", 12)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received your application on the form your dialysis unit sent us. {sw}, the social worker at "
           f"{UNIT_APP}, sent the physician's statement of your kidney failure with it. You are eligible for the "
           f"program from {fdate(start, 'long')} through {fdate(end, 'long')}.", 10)
    p.para(f"Your household of two reported income on your Federal 1040 that is {pct}% of the Federal Poverty Income "
           f"Guidelines. Because it is above 185%, the sliding fee scale applies: you pay {share}% of the program's "
           "allowed amount for each covered item, and the program pays the rest after your other coverage.", 10)
    p.para("**What the program can help with**", 10)
    p.bullets(["kidney-related medicines on the program's list, after your Medicare Part D plan",
               "the part of your dialysis costs that Medicare and any other insurance do not pay",
               "travel to and from dialysis, paid back by the mile from the log you send us",
               "Medicare Part D premiums, when no other program pays them"], 9.6)
    p.para("Show your CRDP card at the pharmacy with your Medicare and Part D cards. Pharmacies find you by the number "
           "on the card. It starts with CR and two digits, for example CR00 000 000; if your card shows anything "
           "else, call us.", 9.6)
    p.para("In March 2027 we will mail you a renewal form. Send it back with your Federal 1040 for tax year 2026. If "
           "you start getting Medical Assistance or another insurance, tell us within 30 days.", 9.6)
    p.signoff(["Sincerely,", "", sig, "Eligibility Section, Chronic Renal Disease Program"])
    p.para(f"Questions? Call {phone(rng, '800')} (toll-free), Monday to Friday, 8:00 a.m. to 4:30 p.m.", 8.6)
    t = truth("other", None, insurer=INS, member_id=cid, member_name=member, cases=[app], denial_date=ld.isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[]], "provider": [UNIT_APP],
                          "service_dates": [[f"{start.isoformat()}/{end.isoformat()}"]]})
    return out(p), t


def lowres_travel(rng):
    member, sig = people(rng, 2)
    cid = crdp_no(rng)
    first = on_weekday(dt.date(2026, 1, rng.randint(19, 26)), 0)
    trips = []
    d = first
    while len(trips) < 9:
        if d.weekday() in (0, 2, 4):
            trips.append(d)
        d = plus(d, 1)
    last = trips[-1]
    rec = plus(last, rng.randint(97, 112))
    ld = workday(plus(rec, rng.randint(5, 9)))
    req = f"TR-{digits(rng, 6)}"
    miles = round(rng.uniform(22, 38), 1)
    rate = 0.31
    amt_each = round(miles * rate, 2)
    total = round(amt_each * len(trips), 2)
    town = pa_address(rng)
    p = EESheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, unit="Chronic Renal Disease Program  |  Travel Unit")
    W = p.w - p.l_margin - p.r_margin
    p.under([(fdate(ld, "dash"), "Ltr dt"), (cid, "CRDP #"), (req, "Req. no."), (fdate(rec, "slash"), "Log rec'd")],
            [W * 0.2, W * 0.3, W * 0.25, W * 0.25], size=9.6)
    for ln in [member, *town]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received your travel log for the dialysis trips listed below, from your home to {UNIT_TRAVEL} and "
           f"back. You asked the program to pay you {usd(total)} for {len(trips)} round trips.", 10)
    rows = [[dname(t), "Home", UNIT_TRAVEL, f"{miles:.1f}", usd(amt_each)] for t in trips]
    rows.append(["", "", "Total asked", f"{miles * len(trips):.1f}", usd(total)])
    p.table(["Trip date", "From", "To", "Round-trip miles", "Amount"], rows, [30, 22, 62, 28, W - 142], size=8.6,
            aligns=["L", "L", "L", "R", "R"], bold_last=True, row_h=5.2)
    p.para(f"The program pays travel back only when the log reaches us within 90 days after the last trip on it. The "
           f"last trip on your log was on {wlong(last)}, and the log came on {fdate(rec, 'long')}, "
           f"{(rec - last).days} days later, so we cannot pay these trips. Logs for later trips are not affected; "
           "send each month's log in the month after the trips.", 10)
    p.para(f"When you called us on {fdate(plus(rec, 2), 'long')} to ask whether the log had arrived, your call was "
           f"logged as reference CL-{digits(rng, 4)}-{digits(rng, 4)}. That number is for the phone call only.", 9.6)
    p.para("If you think we are wrong, write to the Travel Unit no later than 30 days after the letter date shown in "
           "the first box above. Tell us why the log was late and send anything that shows when you mailed it.", 10)
    p.signoff(["Sincerely,", sig, "Travel Unit, Chronic Renal Disease Program"])
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=cid, member_name=member, cases=[req],
              claim_amount=m2(total), service_dates=[f"{first.isoformat()}/{last.isoformat()}"],
              denial_date=ld.isoformat(), appeal_deadline=plus(ld, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [UNIT_TRAVEL],
                          "service_dates": [[t.isoformat() for t in trips]]})
    return out(p), t


def photocopy_renewal(rng):
    member, doc, sig = people(rng, 3)
    cid = crdp_no(rng, "I")
    ma = ma_no(rng)
    rec = dt.date(2026, 6, rng.randint(8, 19))
    ld = workday(dt.date(2026, 7, rng.randint(13, 17)))
    by = plus(ld, rng.randint(33, 38))
    claim = claim_ref(rng, plus(ld, -4))
    treats = [dt.date(2026, 7, 1), dt.date(2026, 7, 3), dt.date(2026, 7, 6)]
    income = rng.randint(66100, 72900)
    limit = 63450
    p = EESheet(footer="Page {n} of {nb}")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng, unit="Chronic Renal Disease Program  |  Eligibility Section", box="RENEWAL DECISION")
    for ln in [member, *pa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.beside([[("NOTICE DATE", fdate(ld, "slash")), ("CRDP NO.", crdp_grouped(cid))],
              [("MED. ASSIST. NO.", ma), ("CLAIM NO.", claim)],
              [("LAST COVERAGE YR", "07/01/2025 - 06/30/2026"), ("RENEWAL REC'D", fdate(rec, "slash"))]],
             cap_w=31, cap=5.6, size=8.8)
    p.para(f"Dear {member}:", 9.6)
    p.para(f"Thank you for sending your renewal form and your Federal 1040 for tax year 2025. Your household has two "
           f"people. The income on the return is {usd(income)}. To stay in the program a household of two must have "
           f"income at or under 300% of the Federal Poverty Income Guidelines, which the program counts as "
           f"{usd(limit)} a year. Your income is over that amount, so your coverage ended on June 30, 2026, the last "
           "day of your coverage year. The Medical Assistance number above is shown only so our records match yours; "
           "this decision is not about Medical Assistance.", 9.6)
    rows, tot = [], [0.0] * 4
    for d in treats:
        b = round(rng.randint(1180, 1460) + rng.choice([0.0, 0.5, 0.25]), 2)
        appr = round(rng.uniform(255, 290), 2)
        mpd = round(appr * 0.8, 2)
        nc = round(appr - mpd, 2)
        vals = [b, appr, mpd, nc]
        tot = [a + v for a, v in zip(tot, vals)]
        rows.append([wlong(d), "Hemodialysis, in center", *[n2(v) for v in vals], "0.00"])
    rows.append(["Claim total", "", *[n2(v) for v in tot], "0.00"])
    total = round(tot[0], 2)
    p.para(f"{UNIT_RENEW} also sent us a claim for the part of three July treatments that Medicare did not pay. Those "
           f"treatments came after your coverage ended, so the program did not pay them. The center billed "
           f"{words(total).lower()} ({usd(total)}) for the three treatments; Dr. {doc} is the nephrologist named on "
           "the claim.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Treatment date", "Service", "Billed", "Medicare approved", "Medicare paid", "Not covered by CRDP",
             "CRDP paid"], rows, [40, 36, 21, 23, 21, 24, W - 165], size=8.2,
            aligns=["L", "L", "R", "R", "R", "R", "R"], bold_last=True, row_h=5.4)
    p.para(f"If your income drops, you may apply again at any time; a new approval would not reach back to these "
           f"treatments. If you think we counted your income wrong, ask for a review in writing. Your request must be "
           f"postmarked by {fdate(by, 'long')}. Send it to the PO box above or call {phone(rng, '800')}.", 9.4)
    p.signoff([sig, "Eligibility Section"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=cid, member_name=member, cases=[claim],
              claim_amount=m2(total), service_dates=[d.isoformat() for d in treats], denial_date=ld.isoformat(),
              provider=UNIT_RENEW, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"],
                          "service_dates": [[f"{treats[0].isoformat()}/{treats[-1].isoformat()}"]]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3, es=True)
    cid = crdp_no(rng, "S")
    mbi = medicare_no(rng)
    pdid = part_d_id(rng)
    fill = dt.date(2026, 4, rng.randint(6, 24))
    rec = plus(fill, rng.randint(9, 16))
    ld = workday(plus(rec, rng.randint(12, 20)))
    ref = f"RB-26-{digits(rng, 5)}"
    paid = round(rng.randint(1040, 1290) + rng.choice([0.4, 0.15, 0.8]), 2)
    p = EESheet(footer="Página {n} de {nb}")
    p.set_margins(16, 13, 16)
    p.add_page()
    p.head(INS, "PA DOH", ["Departamento de Salud de Pensilvania  |  Programa de Enfermedad Renal Crónica (CRDP)",
                           f"PO Box {rng.randint(2600, 2990)}, Harrisburg, PA 17105  |  Línea gratuita "
                           f"1-800-555-{digits(rng, 4)}  |  TTY 711"], size=12.5)
    p.line(es_date(ld), 10)
    p.ln(2)
    for ln in [member, *pa_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.after_ids([(crdp_grouped(cid), "su número del CRDP"), (ref, "número de su pedido de reembolso"),
                 (mbi, "su número de Medicare"), (pdid, "su número del plan de la Parte D")],
                title="Sus números", size=9.0)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Usted nos pidió que le devolviéramos lo que pagó en {PHARM_ES} por sevelamer 800 mg, 270 tabletas, el "
           f"{es_wday(fill)}. La receta es de la Dra. {doc}. Usted pagó {es_after(paid)} (US$ {n2(paid)}) y nos "
           f"mandó el recibo, que llegó el {es_date(rec)}.", 10)
    p.para("No podemos devolverle ese dinero. El programa paga después de todos los demás seguros, y usted tiene un "
           "plan de medicamentos de la Parte D de Medicare. La farmacia no envió esta receta a su plan de la Parte D, "
           "así que no sabemos cuánto habría pagado el plan. Pida a la farmacia que mande la receta a su plan de la "
           "Parte D; después puede mandarnos el recibo con la explicación del plan y veremos la parte que queda.", 10)
    p.para("Si no está de acuerdo, escríbanos dentro de los 30 días siguientes a la fecha de esta carta. Diga por qué "
           "no está de acuerdo y mande copias de lo que tenga. Si necesita ayuda, llame a la línea gratuita de "
           "arriba; hay intérpretes.", 10)
    p.signoff(["Atentamente,", sig, "Unidad de Farmacia, Programa de Enfermedad Renal Crónica"])
    t = truth("denial_letter", "other", insurer=INS, member_id=cid, member_name=member, cases=[ref],
              claim_amount=m2(paid), service_dates=[fill.isoformat()], denial_date=ld.isoformat(),
              provider=PHARM_ES, appeal_deadline=plus(ld, 30).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dra. {doc}", doc]})
    return out(p), t


def rotated_recon(rng):
    member, doc, rd_, sig = people(rng, 4)
    cid = crdp_no(rng, "B")
    deliv = dt.date(2026, 4, 7)
    orig = claim_ref(rng, plus(deliv, rng.randint(2, 6)))
    recon = f"RC-{digits(rng, 6)}"
    dd = workday(dt.date(2026, 6, rng.randint(2, 12)))
    per_case = round(rng.uniform(48, 62), 2)
    billed = round(per_case * 3, 2)
    p = EESheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, box="RECONSIDERATION DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.tabs([[("DECISION DATE", fdate(dd, "long"), W * 0.5), ("RECON. NO.", recon, W * 0.5)],
            [("CRDP NO.", crdp_dashed(cid), W * 0.5), ("ORIG. CLAIM", orig, W * 0.5)],
            [("DELIVERED", yy(deliv), W * 0.5), ("BILLED", usd(billed), W * 0.5)]], size=9)
    for ln in [member, *pa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"You asked us to look again at our refusal to pay for three cases of a renal nutrition drink that "
           f"{PHARM_DRINK} delivered to you on {the_nth(deliv)}. Dr. {doc} ordered the drink after the dietitian at "
           f"{UNIT_DRINK}, {rd_}, suggested it. We paid for the same drink in 2025, under an earlier claim, when "
           "your blood tests were different.", 9.8)
    p.para("The program's medical consultant read the dialysis unit's records from January through March 2026. Your "
           "albumin was 4.0 and 4.1 g/dL, your weight did not change, and the dietitian's notes say you eat most of "
           "your meals. The program pays for these drinks when albumin is low or weight is being lost, and neither "
           "was the case, so the drink was not needed for your care. Our first decision stays the same.", 9.8)
    p.para("If you still disagree, you may ask for an administrative hearing. Your request must reach the "
           "Department within 30 days after you receive this decision. Say what you disagree with and include any "
           "new records from your doctor or dietitian.", 9.8)
    p.signoff(["Sincerely,", sig, "Reconsideration Unit, Chronic Renal Disease Program"], 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=crdp_dashed(cid), member_name=member,
              cases=[recon, orig], claim_amount=m2(billed), service_dates=[deliv.isoformat()],
              denial_date=dd.isoformat(), provider=f"Dr. {doc}",
              alternates={"insurer": ALT, "provider": [PHARM_DRINK, UNIT_DRINK], "member_id": [cid],
                          "case_numbers": [[recon], [orig]]})
    return out(p), t


def finefax_stack(rng):
    member, doc, pharmacist, sw, sig = people(rng, 5)
    cid = crdp_no(rng, "O")
    fill = dt.date(2026, 5, 7)
    claim = claim_ref(rng, fill, "I")
    nd = workday(plus(fill, rng.randint(4, 6)))
    pl = workday(plus(nd, rng.randint(3, 5)))
    billed = round(rng.randint(1090, 1240) + rng.choice([0.87, 0.35, 0.6]), 2)
    partd = round(billed * rng.uniform(0.5, 0.6), 2)
    left = round(billed - partd, 2)
    rx = digits(rng, 7)
    addr = pa_address(rng)
    # the social worker's own cover page
    cover = fax_cover(f"{UNIT_TRAVEL}  -  Social Services", [f"{rng.randint(100, 900)} Quarry Lane, Suite 2, "
                                                             f"Pottsville, PA 17901", f"Phone {phone(rng, '570')}"],
                      [("To:", ADVOCATE), ("Fax:", phone(rng, "610")), ("From:", f"{sw}, MSW"),
                       ("Date:", yy(plus(pl, 4))), ("Pages:", "4 (with this page)"),
                       ("Re:", f"{member} - CRDP papers"),
                       ("Call ref.:", f"our call of {yy(plus(pl, 3))}, ref. {digits(rng, 4)}-{digits(rng, 3)}")],
                      "Attached are the pharmacy's letter and the Department's notice about the cinacalcet. Could "
                      "your office help with the review request? Please call me.")
    # the pharmacy's letter
    a = EESheet(footer=None)
    a.set_margins(22, 16, 22)
    a.add_page()
    a.f(15, "B")
    a.cell(0, 8, PHARM_STACK, new_x="LMARGIN", new_y="NEXT")
    a.f(8.4)
    a.cell(0, 4, f"{rng.randint(100, 990)} W Main St, Pottsville, PA 17901  |  {phone(rng, '570')}  |  "
                 f"NCPDP {digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    a.rule(5)
    a.line(fdate(pl, "long"), 10)
    a.ln(3)
    for ln in [member, *addr]:
        a.line(ln, 10)
    a.ln(3)
    a.para(f"Re: your cinacalcet 30 mg prescription (Rx {rx}); CRDP no. {cid}", 10, gap=3)
    a.para(f"Dear {member.split()[0]},", 10)
    a.para(f"On {wlong(fill)} we filled Dr. {doc}'s prescription for cinacalcet 30 mg, 30 tablets. Your Part D plan "
           f"paid its share, and we sent the rest to the Chronic Renal Disease Program. The program did not pay (its "
           f"claim number is {claim}). Its notice to you should arrive separately; we received a copy.", 10)
    a.para(f"The program needs Dr. {doc.split()[-1]} to ask for approval before it pays for this medicine. We have "
           "faxed the request form to the doctor's office. Meanwhile we gave you five days of tablets at no charge "
           f"so you do not miss doses. Our price for the 30 tablets is {usd(billed)}; after Part D, "
           f"{usd(left)} is left, and we are holding that amount until the program decides.", 10)
    a.para("Please do not pay anything now. Call us if you have questions or if the doctor's office calls you.", 10)
    a.signoff(["Thank you,", "", f"{pharmacist}, PharmD", "Pharmacist in charge"])
    d_a = (out(a), truth("other", None, insurer=None, member_id=cid, member_name=member, cases=[claim],
                         claim_amount=m2(billed), service_dates=[fill.isoformat()], denial_date=pl.isoformat(),
                         provider=PHARM_STACK, unscored=["insurer"], type_alternates=["denial_letter"],
                         alternates={"insurer": [INS], "provider": [f"Dr. {doc}"], "claim_amount": [None]}))
    # the Department's two-page notice
    p = EESheet(footer="Page {n} of {nb}", footer_left="CRDP-N7 (01/26)",
                strip=f"CRDP notice dated {fdate(nd, 'slash')}  |  {member}  |  page {{n}}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="Chronic Renal Disease Program  |  Pharmacy Unit")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [member, *addr]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([member, f"CRDP no. {crdp_dashed(cid)}", f"Claim {claim}"])
    p.para(f"Dear {member}:", 10)
    p.para("A pharmacy asked the Chronic Renal Disease Program to pay for a medicine for you, and we did not pay it. "
           "This letter has two pages. Page 2 lists the medicine, the pharmacy and the amounts, and says why we did "
           "not pay. The end of page 2 tells you what you can do if you disagree.", 10)
    p.para("The program pays for kidney-related medicines after your Medicare Part D plan and any other coverage you "
           "have. You do not need to do anything for medicines we paid. Keep this letter with your other program "
           "papers; you may need it if you ask for a review.", 10)
    p.para("If you need this letter in another language or in large print, call the toll-free number at the top of "
           "this page. Si necesita esta carta en español, llame al número gratuito.", 10)
    p.signoff(["Sincerely,", "", sig, "Pharmacy Unit"])
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.bar("The medicine we did not pay for")
    p.table(["Filled", "Medicine", "Qty", "Pharmacy", "Billed", "Part D paid", "CRDP paid", "Left unpaid"],
            [[wlong(fill), "Cinacalcet 30 mg tab", "30", PHARM_STACK, n2(billed), n2(partd), "0.00", n2(left)]],
            [36, 32, 8, 44, 16, 14, 12, W - 162], size=7.8, aligns=["L", "L", "C", "L", "R", "R", "R", "R"])
    p.pairs([("Prescriber", f"Dr. {doc} (NPI {npi(rng)})"), ("Claim received", fdate(plus(fill, 1), "long"))],
            label_w=34, size=9.4)
    p.ln(2)
    p.para(f"Cinacalcet is one of the medicines the program pays for only after the prescriber asks for it and we "
           f"agree. No request from Dr. {doc.split()[-1]} reached us before the pharmacy filled this prescription. If "
           "the doctor sends the request and we approve it, the pharmacy can send the claim again.", 10)
    p.bar("If you disagree")
    p.para("You, or someone you choose, may ask for a review. Write to the PO box on page 1 within 45 days of the date "
           "printed on page 1 of this notice. Say why you disagree and send any papers that help. The program will "
           "answer in writing.", 10)
    p.para("You may also call us. A call does not take the place of a written request.", 9.4)
    d_b = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, member_id=crdp_dashed(cid),
                         member_name=member, cases=[claim], claim_amount=m2(billed), service_dates=[fill.isoformat()],
                         denial_date=nd.isoformat(), provider=PHARM_STACK, appeal_deadline=plus(nd, 45).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {doc}"], "member_id": [cid]}))
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    stack_docs, cover = None, None
    items = [
        Item(F + "faxstd_pharmacy_payment_register_statin_not_on_kidney_formulary", "fax_standard_g4",
             [faxstd_register(rng)]),
        Item(F + "born_digital_eligibility_approval_sliding_fee_share", "born_digital", [born_approval(rng)]),
        Item(F + "lowres_travel_log_received_after_90_days", "scan_lowres_150", [lowres_travel(rng)]),
        Item(F + "photocopy_renewal_income_over_300_percent_july_dialysis_share", "photocopy",
             [photocopy_renewal(rng)]),
        Item(F + "phone_es_carta_reembolso_parte_d_primero", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_reconsideration_renal_drink_not_needed", "rotated", [rotated_recon(rng)]),
    ]
    stack_docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_social_worker_cover_pharmacy_letter_then_cinacalcet_notice_page2_sideways",
                      "fax_fine_g4", stack_docs, separators=[cover, None], turns={(1, 1): 90}))
    return items
