"""An invented commercial plan (Tamarind Bay Health Plan) denying remote physiologic monitoring device supply
months (CPT 99454: a device supplied with daily recordings, payable only with at least 16 days of readings in the
30-day period) when the readings cover fewer days, with the internal medicine practice's claims, statement and
appeal letter. CPT codes appear as themselves; the plan, the practice, its monitoring vendor, every person and
number is invented.

Documents (8 in 7 files):
- bd_member_denial_cc_practice_ordinal_dates: denial to the member with "cc:" the practice; the 30-day period as
  "February 3rd, 2026 to March 4th, 2026" next to ISO dates in a box; 11 days of readings; 180-day appeal,
  72-hour, external review and an "for example" amount as decoys; nondiscrimination and taglines.
- faxstd_provider_remittance_attn_billing_space_aligned: the plan's claim notice to the practice ("Attn: Billing
  Office") in small type under a typed fax header; a space-aligned line table (99453 paid, 99454 denied in the
  middle, 99457 and 99458 paid), 90-day provider appeal.
- scan300_practice_statement_bracket_adjustments: the practice's statement to the patient, three monitoring
  months, one device month denied, contractual adjustments in brackets (denies nothing).
- phone_two_page_eob_table_continues_on_page2: two-page EOB, claims continue on page 2 under a repeated header
  with its own page date, the denied 99454 row in the middle of page 2's rows.
- rotated_overturned_appeal_readings_recounted: overturned appeal (readings recounted across a device swap: 17
  days), denies nothing.
- lowres_spanish_denial_member: Spanish denial to the member.
- faxfine_stack_practice_appeal_letter_then_upheld_cover_and_table: a typed fax cover, the practice's appeal
  letter to the plan (denies nothing), then the upheld appeal whose first page is a cover letter in prose and
  whose facts are only in a table on page 2.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdka import DKSheet, brackets, dmy_long, in_words, mdyy, oracle, ordinal
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "remote_patient_monitoring_device_supply_days_denial"
LANG = "en"
SEED = 351800
PLAN = "Tamarind Bay Health Plan"
PRACTICE = "Stonebridge Internal Medicine"
DOC = "Dr. Priya Halvorsen"
VENDOR = "Pulsewise Monitoring, Inc."
P53 = ("99453", "Remote monitoring set-up and education")
P54 = ("99454", "Device supply, daily recordings, each 30 days")
P57 = ("99457", "RPM management, first 20 minutes")
P58 = ("99458", "RPM management, each additional 20 minutes")


def _ids(rng):
    return {"mid": "TBH" + digits(rng, 9), "grp": f"{digits(rng, 5)}-0{rng.randint(1, 9)}",
            "plan": f"Select HMO {digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(1950, 1985), rng.randint(1, 12), rng.randint(1, 28))


def _logo(p: DKSheet, rng, dept: str):
    p.letterhead(PLAN, [f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Tallahassee FL 323{rng.randint(10, 99)}  |  "
                        f"1-888-555-{digits(rng, 4)}  |  TTY 711"], size=14)


def bd_member_denial(rng):
    ids = _ids(rng)
    mem, mf, _, _ = person(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 6))
    p0 = dt.date(2026, 2, 3)
    p1 = plus(p0, 29)
    billed = amount(rng, 55, 70)
    claim = f"C26{digits(rng, 9)}"
    phone = f"1-888-555-{digits(rng, 4)}"
    p = DKSheet(footer="Page {n} of {nb}", footer_left="TBHP-RPM-DN (rev. 01/2026)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Claims Review")
    p.line(ordinal(nd), 10)
    p.ln(2)
    p.line(f"{mem}", 10)
    p.line(f"{rng.randint(100, 9800)} Canyon Creek Ct, Yuma AZ 853{rng.randint(10, 99)}", 10)
    p.ln(3)
    p.line("We did not pay for part of your remote monitoring", 12, "B")
    p.ln(1)
    p.boxed_pairs([("Notice date", fdate(nd, "dash")), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Date of birth", fdate(_dob(rng), "iso")),
                   ("Claim number", claim), ("Service", f"{P54[0]} {P54[1]}"),
                   ("Monitoring period", f"{p0.isoformat()} to {p1.isoformat()}"), ("Billed", money(billed)),
                   ("Ordering physician", DOC)], label_w=46, size=9, h=5.6)
    p.para(f"Dear {mf}:", 10)
    p.para(f"{DOC} of {PRACTICE} gave you a blood pressure cuff that sends your readings to the practice. For the "
           f"period {ordinal(p0)} to {ordinal(p1)}, the practice billed the monthly device supply charge. Your cuff "
           "sent readings on 11 days of that period.", 9.8)
    p.para(f"**Why we did not pay.** The device supply code {P54[0]} may be billed only when readings are recorded on "
           "at least 16 days in the 30-day period. Because there were fewer than 16 days, the charge was billed "
           "with a code whose requirements were not met, and we did not pay it. The set-up and the time your "
           "care team spent reviewing your readings were paid. The practice may not bill you for the denied charge.",
           9.8)
    p.para("For example, if the allowed amount were $48.00 and you had a 20% coinsurance, you would have paid "
           "$9.60. You owe nothing for this charge.", 9.8)
    p.para("**Your rights.** You may appeal within 180 days of the date of this letter. If your health could be "
           "seriously harmed by waiting, ask for an expedited appeal; we decide those within 72 hours. After our "
           "appeal decision you may ask for an external review within 4 months. You may ask for the clinical "
           "criteria we used free of charge.", 9.6)
    p.para(f"Sincerely,\nClaims Review, {PLAN}\n\ncc: {PRACTICE}", 9.6)
    p.boilerplate(PLAN, phone)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(p0, p1)], denial_date=nd.isoformat(),
              provider=DOC[4:], appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["not_covered"],
              alternates={"provider": [PRACTICE]})
    return out(p), t


def faxstd_remittance(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 6))
    p0 = dt.date(2026, 3, rng.randint(2, 6))
    p1 = plus(p0, 29)
    a53, a54, a57, a58 = amount(rng, 20, 28), amount(rng, 55, 70), amount(rng, 50, 60), amount(rng, 40, 50)
    total = round(a53 + a54 + a57 + a58, 2)
    pd53, pd57, pd58 = round(a53 * 0.8, 2), round(a57 * 0.8, 2), round(a58 * 0.8, 2)
    claim = f"C26{digits(rng, 9)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)} TAMARIND BAY HP PROV SVCS 850-555-{digits(rng, 4)} "
           f"-> STONEBRIDGE IM 850-555-{digits(rng, 4)} PAGE {{n}}")
    p = DKSheet(fax_hdr=fax, footer=None)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Services")
    for ln in [f"To: {PRACTICE}", "Attn: Billing Office", f"{rng.randint(100, 999)} N Bishop Blvd, Tallahassee FL "
               f"323{rng.randint(10, 99)}"]:
        p.line(ln, 8)
    p.ln(2)
    p.line("PROVIDER CLAIM NOTICE - LINE DENIED", 9.6, "B")
    p.pairs([("Notice date", oracle(nd)), ("Claim number", claim), ("Patient", mem), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Rendering", f"{DOC}, MD   NPI {digits(rng, 10)}"),
             ("Billing NPI / Tax ID", f"{digits(rng, 10)} / 59-{digits(rng, 7)}"),
             ("Patient account", f"SIM{digits(rng, 6)}")], label_w=34, size=7.6, h=3.8)
    p.ln(2)
    rows = [[fdate(p0, "slash"), fdate(p0, "slash"), P53[0], money(a53, "nosign"), money(pd53, "nosign"), ""],
            [fdate(p0, "slash"), fdate(p1, "slash"), P54[0], money(a54, "nosign"), "0.00", "RD16"],
            [fdate(plus(p0, 28), "slash"), fdate(plus(p0, 28), "slash"), P57[0], money(a57, "nosign"),
             money(pd57, "nosign"), ""],
            [fdate(plus(p0, 28), "slash"), fdate(plus(p0, 28), "slash"), P58[0], money(a58, "nosign"),
             money(pd58, "nosign"), ""],
            ["", "", "TOTAL", money(total, "nosign"), money(pd53 + pd57 + pd58, "nosign"), ""]]
    p.mono_rows(["From", "To", "CPT", "Billed", "Paid", "Remark"], rows, [10, 10, 6, 8, 8, 6], size=7.4,
                right=(3, 4), bold_rows=(4,))
    p.para(f"RD16  {P54[0]} requires at least 16 days of transmitted readings in the 30-day period. The device "
           f"data from {VENDOR} show 9 days for {fdate(p0, 'slash')} - {fdate(p1, 'slash')}. Line denied; the "
           "member may not be billed. Management time (99457, 99458) is paid separately.", 7.4)
    p.para("Provider appeal: within 90 days of the date of this notice, with the device's daily reading log. "
           "Corrected claims within 365 days of the date of service. This is not a request for a refund.", 7.4)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(total), service_dates=[span(p0, p1)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["not_covered"],
              alternates={"claim_amount": [m2(a54)], "provider": [DOC[4:]]})
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    months = [dt.date(2026, 1, rng.randint(5, 9))]
    months += [plus(months[0], 30), plus(months[0], 60)]
    ch = amount(rng, 55, 70)
    mg = amount(rng, 50, 60)
    acct = f"SIM{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.letterhead(PRACTICE, [f"{DOC}  |  Tallahassee FL  |  850-555-{digits(rng, 4)}  |  Billing questions "
                            f"850-555-{digits(rng, 4)}"])
    p.line("STATEMENT", 12, "B")
    p.pairs([("Statement date", mdyy(sd) + f"  ({dmy_long(sd)})"), ("Guarantor", person(rng)[0]), ("Patient", mem),
             ("Account", acct), ("Insurance", f"{PLAN}  ID {ids['mid']}")], label_w=36, size=9, h=4.8)
    p.ln(3)
    rows, bal = [], 0.0
    for i, m in enumerate(months):
        end = plus(m, 29)
        adj = round(ch * 0.2, 2)
        if i == 1:
            rows.append([fdate(m, "slash") + "-" + fdate(end, "slash"), "99454 device supply", money(ch, "nosign"),
                         "0.00", brackets(ch), "0.00  Denied"])
        else:
            rows.append([fdate(m, "slash") + "-" + fdate(end, "slash"), "99454 device supply", money(ch, "nosign"),
                         money(ch - adj - 10, "nosign"), brackets(adj), "10.00"])
            bal += 10
        rows.append([fdate(plus(m, 28), "slash"), "99457 management 20 min", money(mg, "nosign"),
                     money(mg * 0.7 - 10, "nosign"), brackets(mg * 0.3), "10.00"])
        bal += 10
    rows.append(["", "Balance due", "", "", "", money(bal, "nosign")])
    p.mono_rows(["Dates", "Service", "Charge", "Ins paid", "Adjust", "You owe"], rows, [21, 23, 7, 8, 8, 13],
                size=7.8, right=(2, 3, 4), bold_rows=(len(rows) - 1,))
    m1, e1 = months[1], plus(months[1], 29)
    p.para(f"Your plan did not pay the device month {fdate(m1, 'long')} to {fdate(e1, 'long')}: your cuff sent "
           "readings on fewer than 16 days. Our contract with the plan does not let us bill you for it, so it was "
           "adjusted off. Please send readings every day so the monitoring counts.", 8.8)
    p.para("Payment is due within 30 days. Pay online or call the billing office.", 8.8)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(ch),
              service_dates=[span(m1, e1)], denial_date=sd.isoformat(), provider=PRACTICE, unscored=["insurer"],
              alternates={"provider": [DOC[4:]], "claim_amount": [None], "service_dates": [[]]})
    return out(p), t


def phone_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    p0 = dt.date(2026, 3, rng.randint(2, 6))
    p1 = plus(p0, 29)
    phone = f"1-888-555-{digits(rng, 4)}"
    cl = [f"C26{digits(rng, 9)}" for _ in range(6)]
    lines = [(cl[0], "Lakeshore Lab Partners", "80053 Metabolic panel", plus(p0, -20), None, amount(rng, 40, 90)),
             (cl[1], PRACTICE, "99214 Office visit", plus(p0, -1), None, amount(rng, 150, 210)),
             (cl[2], PRACTICE, "99453 RPM set-up", p0, None, amount(rng, 20, 28)),
             (cl[3], PRACTICE, "99454 RPM device, 30 days", p0, p1, amount(rng, 55, 70)),
             (cl[4], PRACTICE, "99457 RPM management", plus(p0, 27), None, amount(rng, 50, 60)),
             (cl[5], "Gulfview Pharmacy Svcs", "Test strips", plus(p0, 5), None, amount(rng, 30, 45))]
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{PLAN}  EXPLANATION OF BENEFITS (continued)   Member ID "
                f"{ids['mid']}   Page date {fdate(plus(sd, 1), 'dash')}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.pairs([("Statement date", fdate(sd, "dash")), ("Subscriber", sub), ("Patient", mem), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Plan", ids["plan"]), ("Plan year", "01/01/2026 - 12/31/2026")],
            label_w=36, size=8.8, h=4.6)
    p.ln(3)
    p.para("Claims processed this period. Amounts are in US dollars; \"PR\" is the amount you may owe.", 8.6)
    head = ["Claim", "Provider", "Service", "From", "To", "Billed", "Paid", "PR", "Note"]
    wid = [12, 29, 25, 10, 10, 7, 6, 5, 4]

    def row(c):
        den = c[1] == PRACTICE and c[2].startswith("99454")
        paid = 0.0 if den else round(c[5] * 0.8, 2)
        pr = 0.0 if den else round(c[5] * 0.2, 2)
        return [c[0], c[1], c[2], fdate(c[3], "slash"), fdate(c[4] or c[3], "slash"), money(c[5], "nosign"),
                money(paid, "nosign"), money(pr, "nosign"), "R4" if den else ""]
    p.mono_rows(head, [row(c) for c in lines[:2]], wid, size=7.0, right=(5, 6, 7))
    p.para("Your deductible for 2026 has been met. Coinsurance for office visits is 20%.", 8.4)
    for _ in range(14):
        p.ln(4)
    p.para(f"Questions about this statement? Call {phone} (TTY 711).", 8.4)
    p.add_page()
    p.mono_rows(head, [row(c) for c in lines[2:]], wid, size=7.0, right=(5, 6, 7))
    den = lines[3]
    p.para(f"R4  Claim {den[0]}: remote monitoring device supply ({P54[0]}) is paid only when readings are sent on at "
           f"least 16 of the 30 days. Your readings covered 12 days from {fdate(p0, 'long')} to {fdate(p1, 'long')}. "
           f"{PRACTICE} may not bill you for this charge.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 "
           "hours; external review may be requested within 4 months of our final decision.", 8.4)
    p.boilerplate(PLAN, phone, size=6.8)
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[den[0]], claim_amount=m2(den[5]), service_dates=[span(p0, p1)],
              denial_date=sd.isoformat(), provider=PRACTICE, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["not_covered"])
    return out(p), t


def rotated_overturned(rng):
    ids = _ids(rng)
    mem, mf, _, _ = person(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    p0 = dt.date(2026, 2, rng.randint(9, 16))
    p1 = plus(p0, 29)
    billed = amount(rng, 55, 70)
    claim = f"C26{digits(rng, 9)}"
    appeal = f"APL-{digits(rng, 7)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    p.line("Appeal decision: we changed our decision", 12, "B")
    p.ln(1)
    p.pairs([("Appeal number", appeal), ("Claim number", claim), ("Member", mem), ("Member ID", ids["mid"]),
             ("Service", f"{P54[0]} device supply, {fdate(p0, 'slash')} - {fdate(p1, 'slash')}"),
             ("Billed", money(billed)), ("Provider", PRACTICE), ("Appeal received", mdyy(plus(nd, -21)))],
            label_w=36, size=9.4, h=5)
    p.ln(2)
    p.para(f"Dear {mf}:", 10)
    p.para(f"{PRACTICE} appealed our denial of the remote monitoring device charge. We first counted 10 days of "
           f"readings. The practice showed that your cuff was replaced by {VENDOR} during the month, and readings "
           "from the second cuff were not matched to your record. Counting both cuffs, you sent readings on 17 "
           "days. That meets the 16-day requirement.", 10)
    p.para("**We overturned our decision.** We will pay the claim within 30 days. You do not need to do anything.",
           10)
    p.para(f"Sincerely,\nAppeals and Grievances, {PLAN}\ncc: {PRACTICE}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[appeal, claim],
              claim_amount=m2(billed), service_dates=[span(p0, p1)], denial_date=nd.isoformat(), provider=PRACTICE,
              alternates={"case_numbers": [[appeal]]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    mem, mf, _, _ = person(rng)
    nd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    p0 = dt.date(2026, 3, rng.randint(9, 16))
    p1 = plus(p0, 29)
    billed = amount(rng, 55, 70)
    claim = f"C26{digits(rng, 9)}"
    phone = f"1-888-555-{digits(rng, 4)}"
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Revisión de Reclamos")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    p.line("Aviso de denegación de un cargo de monitoreo remoto", 12, "B")
    p.ln(1)
    p.pairs([("Miembro", mem), ("Número de miembro", ids["mid"]), ("Número de reclamo", claim),
             ("Servicio", f"{P54[0]} suministro del dispositivo (30 días)"),
             ("Período", f"del {fdate(p0, 'long', 'es')} al {fdate(p1, 'long', 'es')}"),
             ("Cantidad facturada", money(billed)), ("Médico", DOC), ("Consultorio", PRACTICE)],
            label_w=44, size=9.4, h=5)
    p.ln(2)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para(f"Su glucómetro envió lecturas a {PRACTICE} solo 8 días durante el período. El código {P54[0]} se paga "
           "solo cuando hay lecturas en al menos 16 días de los 30. Por eso no pagamos este cargo. El consultorio no "
           "puede cobrarle este cargo a usted.", 10)
    p.para("Usted puede apelar dentro de 180 días a partir de la fecha de este aviso. Si esperar pone en riesgo su "
           "salud, pida una apelación acelerada (72 horas). Después puede pedir una revisión externa dentro de 4 "
           "meses.", 10)
    p.para(f"Atentamente,\nRevisión de Reclamos, {PLAN}", 10)
    p.boilerplate(PLAN, phone)
    t = truth("denial_letter", "coding_error", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(p0, p1)], denial_date=nd.isoformat(), provider=DOC[4:],
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", denial_alternates=["not_covered"],
              alternates={"provider": [PRACTICE]})
    return out(p), t


def fax_stack(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    ld = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 5))
    p0 = dt.date(2026, 1, rng.randint(12, 19))
    p1 = plus(p0, 29)
    billed = amount(rng, 55, 70)
    claim = f"C26{digits(rng, 9)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.letterhead(PRACTICE, [f"{DOC}, MD  |  Tallahassee FL  |  850-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"])
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [f"To: {PLAN}", "Appeals and Grievances", f"Fax 1-888-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Re: {mem}, ID {ids['mid']}, claim {claim}, {P54[0]} {mdyy(p0)} - {mdyy(p1)}", 9.6, "B")
    p.ln(2)
    p.para("To the appeals unit:", 10)
    p.para(f"We ask you to pay the remote monitoring device month for our patient. {mf} was admitted to the hospital "
           f"for 6 days of the period {fdate(p0, 'long')} to {fdate(p1, 'long')} and could not take readings; on every other day the readings were sent. We ask "
           "that the hospital days be excluded from the 30-day count, which would give 15 of 24 days.", 10)
    p.para(f"The device log from {VENDOR} and the discharge summary are enclosed.", 10)
    p.para(f"Sincerely,\n{DOC}, MD", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
                          service_dates=[span(p0, p1)], denial_date=ld.isoformat(), provider=DOC[4:],
                          alternates={"insurer": [None], "provider": [PRACTICE]}))
    nd = plus(ld, rng.randint(24, 30))
    appeal = f"APL-{digits(rng, 7)}"
    q = DKSheet(footer="Page {n} of {nb}", cont=f"{PLAN} - Appeal decision - page dated {fdate(plus(nd, 3), 'slash')}")
    q.set_margins(22, 16, 22)
    q.add_page()
    _logo(q, rng, "Appeals and Grievances")
    q.line(fdate(nd, "long"), 10)
    q.ln(3)
    q.line(f"To: {PRACTICE}", 10)
    q.line("Attn: Billing Office", 10)
    q.ln(4)
    q.para(f"Dear {DOC}:", 10)
    q.para(f"Thank you for your appeal for your patient {mem}. A physician reviewer who took no part in the first "
           "decision looked at the device log and the hospital records. The plan's payment policy counts the days "
           "with readings in the 30-day period; it does not shorten the period for days in the hospital. The "
           "readings covered fewer than 16 days, so we upheld our denial. The details are on the next page.", 10)
    q.para("This was the plan's final internal appeal. The member may ask for an external review within 4 months; "
           "as the provider you may also file a second-level provider dispute within 60 days of the date of this "
           "letter.", 10)
    q.para(f"Sincerely,\nAppeals and Grievances\n{PLAN}", 10)
    q.add_page()
    q.line("Appeal decision details", 11, "B")
    q.ln(2)
    q.mono_rows(["Item", "Value"], [["Appeal number", appeal], ["Claim number", claim], ["Member", mem],
                                    ["Member ID", ids["mid"]], ["Service", f"{P54[0]} RPM device supply"],
                                    ["Period", f"{p0.isoformat()} / {p1.isoformat()}"],
                                    ["Days with readings", "15"], ["Billed", money(billed, "usd")],
                                    ["Decision", "UPHELD"], ["Decision date", fdate(nd, "iso")]], [20, 40], size=9)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(p0, p1)],
                          denial_date=nd.isoformat(), provider=PRACTICE, appeal_deadline=plus(nd, 60).isoformat(),
                          denial_alternates=["not_covered"],
                          alternates={"case_numbers": [[appeal]], "provider": [DOC[4:]], "appeal_deadline": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_denial_cc_practice_ordinal_dates", "born_digital", [bd_member_denial(rng)]),
        Item(F + "faxstd_provider_remittance_attn_billing_space_aligned", "fax_standard_g4",
             [faxstd_remittance(rng)]),
        Item(F + "scan300_practice_statement_bracket_adjustments", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "phone_two_page_eob_table_continues_on_page2", "phone_photo", [phone_eob(rng)]),
        Item(F + "rotated_overturned_appeal_readings_recounted", "rotated", [rotated_overturned(rng)]),
        Item(F + "lowres_spanish_denial_member", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "faxfine_stack_practice_appeal_letter_then_upheld_cover_and_table", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 1): 90}),
    ]
