"""An invented commercial plan (Thornbury Crest Health Insurance Company) deciding a chiropractic clinic's (Ferngate
Chiropractic Clinic) and a massage therapy practice's (Quietwater Massage Therapy) claims under yearly visit limits
(20 chiropractic visits, 12 massage therapy visits a plan year), on remittances, EOBs, claim forms and letters. CPT
codes and CARC/RARC codes appear as themselves; the plan, its limits and time limits, the clinic, the practice, a
day spa, every chiropractor, therapist, reviewer, member, number and address are invented. Reasons are in the
writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_four_claims_visit_21_over_limit: a landscape provider remittance to the clinic on a standard
  fax, four claims of three patients, one per row; the third, a 21st visit of the plan year, refused CO-119 / N640.
- digital_eob_claim_blocks_massage_visits_13_and_14: a born-digital member EOB whose claim numbers each head a block
  of lines (four claims, totals row, a benefits-used box); the massage claim for visits 13 and 14 is refused.
- photocopy_claim_form_three_visits_maintenance_care: a photocopied claim form, one claim number in the header over
  three visit rows, refused because the visits only keep a stable back stable (the type left to infer: "we pay ...
  only while ..."); the chiropractor only in a sentence, a chiropractic consultant as decoy.
- phone_es_visitas_quiropracticas_sobre_el_limite: a photographed Spanish letter on two visits past the 20-visit
  limit, the dates in a sentence.
- rotated_approval_six_of_ten_massage_visits: an approval of 6 of 10 massage visits asked for (the 6 left in the
  plan year), said kindly, fed sideways; the refused 4 make it a partial denial (see the README).
- lowres_letter_massage_after_car_accident_auto_insurer_first: a 150 dpi letter: massage "on or about" a date in
  "the week of April 6", the auto insurer's medical payments coverage must pay first; the therapist only in a
  sentence.
- clean_stack_cover_claim_acknowledgement_then_day_spa_out_of_network_sideways: a fax cover sheet, a claim
  acknowledgement (pending; denies nothing), then sideways a letter refusing three massage visits at a day spa
  outside the network (the spa only in a sentence).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwd import DWSheet as DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "chiropractic_and_massage_therapy_visit_limit_statement_denial"
LANG = "en"
SEED = 354203
INS = "Thornbury Crest Health Insurance Company"
ALT = ["Thornbury Crest"]
PLAN = "Thornbury Crest Choice PPO 2000"
GROUP = "TC-640218"
CHIRO = "Ferngate Chiropractic Clinic"
MASS = "Quietwater Massage Therapy"
PY = "01/01/2026 - 12/31/2026"


def kid(rng):
    return f"TCH{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 2)}{rng.choice('ABCDEFGHJKMNPRTX')}{digits(rng, 9)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1958, 2002), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Omaha NE 68103-{digits(rng, 4)}  |  {phone(rng)}  |  "
                 "TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    ppl = people(rng, 5)
    pats, dcs = ppl[:3], ppl[3:]
    rd = dt.date(2026, 6, rng.randint(3, 20))
    rows, info = [], None
    specs = [(0, 0, "98941", False), (1, 1, "98940", False), (2, 0, "98941", True), (1, 1, "98940", False)]
    mids = [kid(rng) for _ in pats]
    for k, (pi, di, code, den) in enumerate(specs):
        d = plus(rd, -30 + 6 * k + rng.randint(0, 3))
        n = clm(rng)
        b = amount(rng, 62, 95)
        if den:
            rows.append([n, pats[pi], mids[pi], fdate(d, "slash"), f"{dcs[di]}, DC", code, money(b, "nosign"), "0.00",
                         "0.00", "CO-119 N640"])
            info = (pats[pi], mids[pi], dcs[di], n, d, b)
        else:
            al = round(b * 0.62, 2)
            rows.append([n, pats[pi], mids[pi], fdate(d, "slash"), f"{dcs[di]}, DC", code, money(b, "nosign"),
                         money(al, "nosign"), money(round(al - 30, 2), "nosign"), "1 / PR-3"])
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  TCHIC PROVIDER PAY  {phone(rng, '402')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "TC-PRA-4 (rev. 08/2025)")
    p.capstrip([("PAYEE", CHIRO), ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DATE", fdate(rd, "slash")), ("CHECK / EFT NO.", digits(rng, 11))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR ID", "DOS", "RENDERING", "CPT", "BILLED", "ALLOWED", "PAID", "ADJ"], rows,
            [34, 40, 34, 20, 42, 14, 18, 18, 16, 23], size=7.4, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, m, dc, n, d, b = info
    p.para("**Adjustment legend.** 1: paid per your agreement. PR-3: the member's $30 copay. CO-119 N640: the "
           f"member's {PLAN} covers 20 chiropractic visits in a plan year ({PY}); the visit on this line was the "
           "21st, so the plan paid nothing. Under your agreement the member may be billed for visits past the "
           "limit only if the member signed a waiver before the visit.", 7.9)
    p.para(f"Reconsideration: within 90 days of the remit date. Provider Services {phone(rng)}.", 7.9)
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=dc,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [CHIRO]})
    return out(p), t


def digital_eob(rng):
    member, dc, lmt, lmt2 = people(rng, 4)
    m = kid(rng)
    sd = dt.date(2026, 9, rng.randint(2, 20))
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", "TC-EOB-7")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("STATEMENT DATE", fdate(sd, "abbr"))],
               [55, 45, 35, W - 135])
    p.ln(2)
    p.capstrip([("PLAN", PLAN), ("PLAN YEAR", PY), ("DATE OF BIRTH", fdate(dob(rng), "slash"))], [80, 55, W - 135])
    p.ln(3)
    base = plus(sd, -45)
    blocks = [(CHIRO, dc, [("98941", "Spinal manipulation, 3-4 regions", 70, 95), ("97140", "Manual therapy",
                                                                                     45, 65)], False),
              (MASS, lmt, [("97124", "Massage therapy, 2 units", 80, 110)], False),
              (CHIRO, dc, [("98941", "Spinal manipulation, 3-4 regions", 70, 95)], False),
              (MASS, lmt2, [("97124", "Massage therapy, 2 units", 80, 110),
                            ("97124", "Massage therapy, 2 units", 80, 110)], True)]
    rows, tot, info = [], [0.0, 0.0, 0.0], None
    for k, (prov, who, lines, den) in enumerate(blocks):
        n = clm(rng)
        rows.append(f"Claim {n}  -  {prov}  -  {who}")
        dates, sub = [], 0.0
        for j, (code, desc, lo, hi) in enumerate(lines):
            d = plus(base, 7 * k + 3 * j + rng.randint(0, 2))
            b = amount(rng, lo, hi)
            paid = 0.0 if den else round(b * 0.6, 2)
            owe = b if den else round(b * 0.6 * 0.25, 2)
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), money(paid, "nosign"),
                         money(owe, "nosign"), "X2" if den else "P1"])
            dates.append(d)
            sub += b
            tot = [tot[0] + b, tot[1] + paid, tot[2] + owe]
        if len(lines) > 1:
            rows.append(["", "", "Claim total", money(sub, "nosign"), "", "", ""])
        if den:
            info = (n, dates, round(sub, 2), who)
    rows.append(["TOTALS", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"), money(tot[2], "nosign"), ""])
    p.block_table(["Date", "CPT", "Service", "Billed", "Plan paid", "You owe", "Note"], rows,
            [24, 16, 64, 22, 22, 22, W - 170], size=8.0, aligns=["L", "L", "L", "R", "R", "R", "C"],
            bold_last=True, row_h=5.2)
    n, dates, sub, who = info
    p.grid([[("Chiropractic visits used this plan year", "11 of 20"),
             ("Massage therapy visits used this plan year", "12 of 12")]], size=8.6, cap=6.0, h=9.5)
    p.para("**Notes.** P1: paid at the in-network rate after your copay or coinsurance. X2: your plan pays for up to "
           "12 massage therapy visits each plan year. These two visits were your 13th and 14th, so the plan did "
           "not pay them, and you owe the practice its charge for them. The limit starts again on January 1.", 8.6)
    p.para("You may appeal within 180 days of the statement date. Urgent appeals are decided within 72 hours. "
           f"External review: within 4 months of our final decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(sub), service_dates=[x.isoformat() for x in dates],
              denial_date=sd.isoformat(), provider=MASS, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [who], "plan_id": [None]})
    return out(p), t


def photocopy_maint(rng):
    member, dc, cons = people(rng, 3)
    m = kid(rng)
    d0 = dt.date(2026, 5, rng.randint(4, 8))
    dates = [d0, plus(d0, 7), plus(d0, 14)]
    nd = plus(dates[-1], rng.randint(24, 32))
    n = clm(rng)
    bs = [amount(rng, 68, 92) for _ in dates]
    tot = round(sum(bs), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar(f"CLAIM DECISION  -  CLAIM NO. {n}", "TC-CD-2 (rev. 02/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("DATE", fdate(nd, "slash")), ("MEMBER ID", m)],
              [("GROUP", GROUP), ("TOTAL BILLED", money(tot))]], cap_w=26, cap=5.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit date", "CPT", "Service", "Billed", "Paid"],
            [[fdate(d, "slash"), "98940", "Spinal manipulation, 1-2 regions", money(b, "nosign"), "0.00"]
             for d, b in zip(dates, bs)] + [["", "", "Total", money(tot, "nosign"), "0.00"]],
            [30, 20, 80, 26, W - 156], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Dr. {dc}'s office at {CHIRO} sent us this claim for the three visits above. You have used 14 of your "
           "20 chiropractic visits this plan year, so the limit is not the issue.", 9.2)
    p.para("We pay for chiropractic visits only while they are helping an injury or a condition get better. The "
           "notes for these visits say your low back has been stable since February, with the same pain score at "
           "each visit, and that the visits are meant to keep it that way. Care that keeps a stable condition "
           f"from changing is not something your plan pays for. {cons}, DC, a chiropractic consultant, reviewed the "
           "notes.", 9.2)
    p.para(f"Appeal within 180 days of the date of this notice. Urgent appeals: 72 hours. Questions: {phone(rng)} "
           "(TTY 711).", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(tot), service_dates=[d.isoformat() for d in dates],
              denial_date=nd.isoformat(), provider=dc, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CHIRO]}, denial_alternates=["not_covered"],
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    member, dc, sig = people(rng, 3)
    m = kid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(20, 30))
    n = clm(rng)
    b = round(amount(rng, 70, 90) * 2, 2)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n), ("Año del plan", PY)], label_w=44,
            size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{CHIRO} nos envió un reclamo de {money(b)} por sus visitas con el Dr. {dc} del "
           f"{fdate(d1, 'long', 'es')} y del {fdate(d2, 'long', 'es')}.", 10)
    p.para("Su plan cubre hasta 20 visitas quiroprácticas por año del plan. Según nuestros registros, usted ya había "
           "usado las 20 visitas antes de la primera de ellas. Estas dos visitas pasan el límite anual, así que el plan no "
           "las paga. El límite vuelve a empezar el 1 de enero.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=CHIRO, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [dc]})
    return out(p), t


def rotated_partial(rng):
    member, lmt, doc, sig = people(rng, 4)
    m = kid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    a, b = plus(nd, 7), dt.date(2026, 10, 30)
    req = f"PR-{digits(rng, 7)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Care Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Request no.", req)], label_w=30, size=9.6)
    p.ln(2)
    p.line("Good news about your massage therapy", 12, "B")
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"{MASS} asked us to approve 10 massage therapy visits with {lmt}, LMT, from {a.strftime('%B %-d')} "
           f"through {fdate(b, 'long')}, as Dr. {doc} prescribed after your shoulder surgery. We are glad to tell "
           "you that we approved 6 of those visits.", 10)
    p.para("Your plan covers up to 12 massage therapy visits each plan year, and you have already used 6 this year, "
           "so 6 visits are left. We could not approve the other 4 visits because they would go past that yearly "
           "limit. If you still need massage therapy after the 6 visits, your visits start again on January 1, or "
           "your doctor may ask about physical therapy, which has its own limit.", 10)
    p.para("If you disagree with the part of this decision about the 4 visits, you may appeal within 180 days of "
           f"the date of this letter. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"With best wishes for your recovery,\n{sig}\nCare Review", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[req],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=MASS,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [lmt], "service_dates": [[a.isoformat(), b.isoformat()], []]},
              type_alternates=["other"], denial_alternates=[None])
    return out(p), t


def lowres_cob(rng):
    member, lmt, rev, sig = people(rng, 4)
    m = kid(rng)
    v = dt.date(2026, 4, rng.randint(7, 10))
    acc = dt.date(2026, 3, rng.randint(20, 28))
    rec = plus(v, rng.randint(12, 20))
    nd = plus(rec, rng.randint(8, 14))
    n = clm(rng)
    b = amount(rng, 85, 120)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Coordination of Benefits")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Member ID {m}  -  Group {GROUP}", 10)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received a claim on {fdate(rec, 'slash')} from {lmt}, a massage therapist at {MASS}, for the "
           f"massage therapy you had in the week of April 6, on or about {fdate(v, 'long')}. The claim, number {n}, "
           f"is for {money(b)}.", 10)
    p.para(f"The claim says the therapy was for neck pain after a car accident on {fdate(acc, 'slash')}. When "
           "someone is hurt in a car accident, the medical payments coverage of the car insurance pays first, and we "
           "pay only what is left after it. We have not received a statement from the car insurer, so we did not pay "
           f"this claim yet. Please send us that statement, or tell us if the car insurance has no medical payments "
           f"coverage. {rev} of our Coordination of Benefits unit reviewed the claim.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nCoordination of Benefits\n{INS}", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=lmt,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [MASS]})
    return out(p), t


def clean_stack(rng):
    member, dc, sig = people(rng, 3)
    m = kid(rng)
    d1 = dt.date(2026, 5, rng.randint(4, 8))
    d2 = plus(d1, 7)
    rec = plus(d2, rng.randint(6, 10))
    ad = plus(rec, 3)
    n = clm(rng)
    b1, b2 = amount(rng, 68, 92), amount(rng, 68, 92)
    tot = round(b1 + b2, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(ad, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Claim number", n), ("Date received", fdate(rec, "slash"))],
            label_w=34, size=9.6)
    p.ln(2)
    p.line("We received your claim", 12, "B")
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"This letter is to let you know that we received the claim {CHIRO} sent for your visits with Dr. {dc} "
           f"on {fdate(d1, 'long')} and {fdate(d2, 'long')}, for a total of {money(tot)}.", 10)
    p.para("Your claim is being reviewed. This is not a denial, and you do not need to do anything right now. We "
           "usually finish a claim within 30 days of the date we receive it. If we need the visit notes, we will "
           "ask the clinic for them and write to you. You will get an Explanation of Benefits when the claim is "
           f"done. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t0 = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
               claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=ad.isoformat(),
               provider=CHIRO, alternates={"insurer": ALT, "provider": [dc]})
    # doc 1: day spa out of network, sideways
    member2, lmt, sig2 = people(rng, 3)
    m2_ = kid(rng)
    v0 = dt.date(2026, 6, rng.randint(1, 5))
    vd = [v0, plus(v0, 7), plus(v0, 14)]
    nd = plus(vd[-1], rng.randint(20, 30))
    n2 = clm(rng)
    bs = [amount(rng, 95, 130) for _ in vd]
    t2 = round(sum(bs), 2)
    spa = "Saltmeadow Day Spa"
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", m2_), ("Group", GROUP), ("Plan", PLAN), ("Claim", n2)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"We looked at the claim {spa} sent us for three massage visits with {lmt}. The visits and charges were:",
           10)
    W = q.w - q.l_margin - q.r_margin
    q.table(["Date", "Service", "Charge"], [[fdate(d, "slash"), "Massage therapy 97124, 3 units", money(x, "nosign")]
                                            for d, x in zip(vd, bs)] + [["", "Total", money(t2, "nosign")]],
            [35, 90, W - 125], size=9, aligns=["L", "L", "R"], bold_last=True)
    q.para(f"{PLAN} pays for massage therapy only from massage therapists and practices in its network. The day spa "
           "is not in our network, so the plan did not pay these visits. Your plan has no out-of-network benefit "
           f"for massage therapy. {MASS} and other practices in the network are listed in our online directory.", 10)
    q.para("You may appeal within 180 days of the date of this letter. Urgent appeals: 72 hours.", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims", 10)
    t1 = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m2_,
               member_name=member2, cases=[n2], claim_amount=m2(t2), service_dates=[d.isoformat() for d in vd],
               denial_date=nd.isoformat(), provider=spa, appeal_deadline=plus(nd, 180).isoformat(),
               alternates={"insurer": ALT, "provider": [lmt], "plan_id": [None]})
    return [(out(p), t0), (out(q), t1)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_four_claims_visit_21_over_limit", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "digital_eob_claim_blocks_massage_visits_13_and_14", "born_digital", [digital_eob(rng)]),
        Item(F + "photocopy_claim_form_three_visits_maintenance_care", "photocopy", [photocopy_maint(rng)]),
        Item(F + "phone_es_visitas_quiropracticas_sobre_el_limite", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_six_of_ten_massage_visits", "rotated", [rotated_partial(rng)]),
        Item(F + "lowres_letter_massage_after_car_accident_auto_insurer_first", "scan_lowres_150", [lowres_cob(rng)]),
        Item(F + "clean_stack_cover_claim_acknowledgement_then_day_spa_out_of_network_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
