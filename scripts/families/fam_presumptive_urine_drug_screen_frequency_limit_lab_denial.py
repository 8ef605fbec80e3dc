"""An invented commercial plan (Brackenfield Health Plan) denying urine drug tests over its yearly frequency
limits (invented for the family: 24 dates of service a year for presumptive tests, CPT 80305-80307; 12 a year for
definitive tests, HCPCS G0480-G0483), with the testing laboratory's own statement. The CPT and HCPCS codes appear
as themselves; the plan, its limits and reason codes, the laboratory, the clinics, every person, number, address
and amount are invented.

Documents (8 in 7 files):
- clean_eob_four_claims_definitive_over_limit: a member EOB scanned at 300 dpi, four claims with the laboratory
  only in a "Paid to" column, one definitive test (G0481) over the limit; DOB, plan year, test counters decoys.
- faxstd_capboxes_lab_notice_presumptive_over_limit: a claim notice to the laboratory as a standard fax, a
  header of small captioned boxes (claim number with spaces, rendering NPI, ordering doctor), two presumptive
  test lines on two dates denied.
- phone_spanish_definitive_over_limit: a Spanish member letter, "02/03/2026" day-first in its table.
- bd_lab_statement_one_row_denied: the laboratory's statement (letterhead vs billing office address), four rows,
  one denied by the plan and billed to the patient (denies nothing).
- rotated_exception_request_denied_prose_provider: a pre-service request for more definitive tests than the limit
  denied, the requesting physician of a group practice in prose, the plan's medical director signing.
- lowres_no_labels_appeal_upheld: an appeal decision with no labels: appeal number, claim number and an older
  reference in sentences; external review as the only next step.
- photocopy_stack_exception_approval_duplex_then_coding_denial_turned: a limit exception approval (denies
  nothing) with its blank duplex back, then a claim denied because a presumptive test was billed on the same day
  as a definitive test without a modifier, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdne import TAGLINES, DNSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "presumptive_urine_drug_screen_frequency_limit_lab_denial"
LANG = "en"
SEED = 352404
PLAN = "Brackenfield Health Plan"
ALT_INS = ["Brackenfield Health", "Brackenfield"]
LAB = "Sentinel Ridge Toxicology Laboratory"
CLINIC = "Harborlight Behavioral Health"


def mno(rng):
    """Subscriber ID shape invented for the family: BHP + 9 digits + -0n."""
    return f"BHP{digits(rng, 9)}-0{rng.randint(1, 3)}"


def grp(rng):
    return f"GR{digits(rng, 6)}"


def _head(p: DNSheet, rng, unit: str):
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Dayton OH 454{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)} (TTY 711)", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def clean_eob(rng):
    sub, mem = person(rng)[0], person(rng)[0]
    m, g = mno(rng), grp(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    dates = [dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 3, 16), dt.date(2026, 3, 23)]
    codes = ["80307 presumptive", "G0481 definitive", "80307 presumptive", "99213 office visit"]
    payees = [LAB, LAB, LAB, CLINIC]
    deny = 1
    rows, ch, cl = [], [], []
    for i, d in enumerate(dates):
        c = amount(rng, 90, 240) if i != deny else amount(rng, 380, 690)
        ch.append(c)
        n = f"E{digits(rng, 10)}"
        cl.append(n)
        if i == deny:
            rows.append([n, fdate(d, "short"), codes[i], payees[i], money(c, "nosign"), "0.00", "0.00", "FL2"])
        else:
            al = round(c * 0.55, 2)
            rows.append([n, fdate(d, "short"), codes[i], payees[i], money(c, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "PD"])
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Member Services")
    p.line("Explanation of Benefits", 13, "B")
    p.ln(1)
    p.capboxes([[("Issue date", fdate(nd, "long")), ("Subscriber", sub), ("Patient", mem)],
                [("Subscriber ID", m), ("Group", g), ("Patient date of birth",
                                                       fdate(dt.date(1988, rng.randint(1, 12), rng.randint(1, 28)), "slash"))],
                [("Plan year", "01/01/2026 - 12/31/2026"), ("Presumptive tests used", "14 of 24"),
                 ("Definitive tests used", "12 of 12")]], size=8.6)
    p.table(["Claim", "Date", "Service", "Paid to", "Billed", "Allowed", "Plan paid", "Code"], rows,
            [26, 17, 34, 56, 18, 17, 18, 12], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Codes.** PD Paid. FL2 Your plan covers 12 definitive drug tests (G0480-G0483) per plan year. This "
           "test was over that limit, so it is not covered. The laboratory may bill you for it.", 8.6)
    p.para("**Your right to appeal.** You may appeal within 180 days of the date of this statement. For urgent care, "
           "ask for an expedited appeal (72 hours). You may also have the right to an external review within 4 "
           "months after our final decision.", 8.6)
    t = truth("eob", "not_covered", insurer=PLAN, group=g, member_id=m, member_name=mem, cases=[cl[deny]],
              claim_amount=m2(ch[deny]), service_dates=[span(dates[deny])], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_capboxes(rng):
    mem = person(rng)[0]
    m, g = mno(rng), grp(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    d1, d2 = dt.date(2026, 3, 4), dt.date(2026, 3, 6)
    l1, l2 = amount(rng, 120, 260), amount(rng, 120, 260)
    tot = round(l1 + l2, 2)
    claim = f"26 {digits(rng, 3)} {digits(rng, 5)} 07"
    ordering = person(rng)[0]
    fx = f"{nd.month:02d}/{nd.day:02d}/2026 08:{rng.randint(10, 59)}  BRACKENFIELD PROVIDER SVCS  937-555-{digits(rng, 4)}  PAGE {{n}}"
    p = DNSheet(footer=None, fax_hdr=fx)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("CLAIM DETERMINATION NOTICE", 12.5, "B")
    p.ln(1)
    p.capboxes([[("Notice date", fdate(nd, "slash")), ("Claim no.", claim), ("Received", fdate(plus(d2, 9), "slash"))],
                [("Patient", mem), ("Member ID", m), ("Group no.", g)],
                [("Rendering lab", LAB), ("Rendering NPI", digits(rng, 10)), ("Ordering", f"Dr. {ordering}")],
                [("Dates of service", f"{fdate(d1, 'short')} - {fdate(d2, 'short')}"), ("Total charges", money(tot)),
                 ("Plan paid", "$0.00")]], size=8.8)
    p.table(["Line", "DOS", "Code", "Description", "Charge", "Paid", "Reason"],
            [["1", fdate(d1, "short"), "80307", "Drug test presumptive, instrument chemistry", money(l1, "nosign"), "0.00", "FL1"],
             ["2", fdate(d2, "short"), "80307", "Drug test presumptive, instrument chemistry", money(l2, "nosign"), "0.00", "FL1"]],
            [10, 20, 16, 76, 20, 16, 16], size=8.2)
    p.para("**FL1** The member has reached the plan's limit of 24 presumptive drug test dates of service (CPT "
           "80305-80307) for the 2026 plan year. Services over the limit are not covered. Under your agreement, "
           "you may bill the member only if the member agreed in writing before the test.", 9)
    p.para("**Reconsideration.** You may ask for a provider reconsideration within 90 days of the notice date. "
           "Send the claim number and any records. Corrected claims must be received within 365 days of the date "
           f"of service. Provider Services fax 937-555-{digits(rng, 4)}.", 9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=g, member_id=m, member_name=mem, cases=[claim],
              claim_amount=m2(tot), service_dates=[span(d1), span(d2)], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=plus(nd, 90).isoformat(), type_alternates=["eob"],
              alternates={"insurer": ALT_INS, "service_dates": [[span(d1, d2)]]})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    m = mno(rng)
    nd = dt.date(2026, 3, rng.randint(23, 31))
    sd = dt.date(2026, 3, 2)
    billed = amount(rng, 380, 720)
    claim = f"E{digits(rng, 10)}"
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    p.line(mem, 10)
    p.ln(2)
    p.line("Aviso de denegación de un reclamo", 12.5, "B")
    p.ln(1)
    p.table(["Número de reclamo", "Fecha (día/mes/año)", "Servicio", "Laboratorio", "Cargo"],
            [[claim, fdate(sd, "dmy", "es"), "G0482", LAB, money(billed)]], [30, 30, 18, 68, 24], size=8.4)
    p.para(f"Número de miembro: {m}", 9.8)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"No pagaremos la prueba definitiva de drogas en orina que {LAB} hizo el 2 de marzo de 2026. Su plan "
           "cubre 12 pruebas definitivas por año del plan, y usted ya usó las 12. Las pruebas por encima del "
           "límite no están cubiertas.", 9.8)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud "
           "corre peligro, pida una apelación acelerada (72 horas). También puede tener derecho a una revisión "
           "externa dentro de 4 meses después de nuestra decisión final.", 9.8)
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=m, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(sd)], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT_INS})
    return out(p), t


def bd_statement(rng):
    mem = person(rng)[0]
    m = mno(rng)
    sd = dt.date(2026, 4, rng.randint(20, 28))
    dates = [dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 3, 16), dt.date(2026, 3, 23)]
    codes = ["80307", "G0481", "80307", "80307"]
    deny = 1
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, LAB, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Laboratory: {rng.randint(100, 9800)} Harbor View Dr, Spokane WA 992{rng.randint(10, 99)}  |  CLIA "
                 f"{digits(rng, 2)}D{digits(rng, 7)}  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Send payments to: SRTL Billing Office, PO Box {rng.randint(1000, 9800)}, Dayton OH "
                 f"454{rng.randint(10, 99)}  |  509-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("STATEMENT", 12, "B")
    acct = f"SR{digits(rng, 8)}"
    p.pairs([("Statement date", fdate(sd, "long")), ("Patient", mem), ("Account", acct),
             ("Insurance", f"{PLAN}  ID {m}"), ("Ordered by", f"{CLINIC}")], label_w=34, size=9.2)
    p.ln(2)
    rows, ch = [], []
    for i, (d, c) in enumerate(zip(dates, codes)):
        v = amount(rng, 110, 240) if c == "80307" else amount(rng, 420, 690)
        ch.append(v)
        if i == deny:
            rows.append([fdate(d, "slash"), c, money(v), "0.00", "Denied - frequency limit", money(v)])
        else:
            pd = round(v * 0.5, 2)
            rows.append([fdate(d, "slash"), c, money(v), money(pd), "Paid; contract adj.", "0.00"])
    p.table(["Collected", "Test", "Charge", "Insurance paid", "Insurance status", "Your balance"], rows,
            [24, 18, 24, 26, 50, 26], size=8.4)
    p.para(f"Amount due now: {money(ch[deny])}. Your insurance denied the test collected "
           f"{fdate(dates[deny], 'slash')} as over its yearly limit for definitive testing. You signed our advance "
           "notice on that date agreeing to pay if it was not covered. Payment is due by the 15th of next month.", 9.2)
    t = truth("other", None, insurer=PLAN, member_id=m, member_name=mem, claim_amount=m2(ch[deny]),
              service_dates=[span(dates[deny])], denial_date=sd.isoformat(), provider=LAB, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in dates]]})
    return out(p), t


def rotated_exception(rng):
    mem = person(rng)[0]
    m, g = mno(rng), grp(rng)
    nd = dt.date(2026, 2, rng.randint(16, 26))
    a, b = dt.date(2026, 3, 2), dt.date(2026, 5, 25)
    doc = person(rng)[0]
    md = person(rng)[0]
    ref = f"UR{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}"
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.line(fdate(nd, "abbr"), 10)
    p.ln(2)
    p.pairs([("Member", mem), ("Member ID", m), ("Group", g), ("Review number", ref)], label_w=34, size=9.6)
    p.ln(2)
    p.line("Your request for more drug tests was not approved", 12, "B")
    p.ln(1)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{CLINIC}, where Dr. {doc} treats you, asked us on {fdate(plus(nd, -6), 'long')} to cover weekly "
           f"definitive urine drug tests from {fdate(a, 'slash')} through {fdate(b, 'slash')}, more than your plan's "
           "limit of 12 a year. The tests would be done by " + LAB + ".", 10)
    p.para("We reviewed the request and your records and found that the extra tests are not medically necessary. "
           "Your presumptive (screening) tests have been negative for three months, and your treatment plan calls "
           "for definitive testing only when a screen is positive or unexpected. The limit of 12 definitive tests "
           "a year still applies.", 10)
    p.para(f"Your next visit with Dr. {doc} is on {fdate(plus(nd, 18), 'long')}; you can talk about this decision "
           "then.", 10)
    p.heading("If you disagree", 10.5)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. If waiting could seriously "
           "harm your health, ask for an expedited appeal; we decide those within 72 hours. After our final "
           "decision you may ask for an external review within 4 months.", 9.6)
    p.para(f"Sincerely,\n\n{md}, MD\nMedical Director", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=g, member_id=m, member_name=mem, cases=[ref],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT_INS, "provider": [CLINIC], "service_dates": [[span(a)], []]})
    return out(p), t


def lowres_appeal(rng):
    mem = person(rng)[0]
    m = mno(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    sd = dt.date(2026, 3, 16)
    billed = amount(rng, 420, 690)
    claim = f"E{digits(rng, 10)}"
    apl = f"APL-{digits(rng, 3)}-{digits(rng, 5)}"
    older = f"CS-{digits(rng, 7)}"
    p = DNSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mem, f"{rng.randint(100, 9800)} W 14th St", f"Dayton OH 454{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We have decided your appeal, number {apl}. You asked us to pay claim {claim} from {LAB} for a "
           f"definitive drug test (G0483) collected on March 16, 2026, with charges of {money(billed)}. Your member "
           f"number is {m}. When you called us earlier we gave you call reference {older}; that call is closed.", 10)
    p.para("We are upholding our denial. Your plan covers 12 definitive drug tests a year, and this was the "
           "fourteenth. Your doctor's letter explains why testing helps your treatment, but it does not change the "
           "limit, which is written in your plan's Schedule of Benefits.", 10)
    p.para("This was your final internal appeal. If you still disagree, you may ask for an external review by an "
           "independent review organization within 4 months of receiving this letter. Call us and we will send you "
           "the form.", 10)
    p.para("Sincerely,\n\nAppeals Unit", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=m, member_name=mem, cases=[apl, claim],
              claim_amount=m2(billed), service_dates=[span(sd)], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=None, alternates={"insurer": ALT_INS, "case_numbers": [[apl], [claim]]})
    return out(p), t


def photocopy_stack(rng):
    mem = person(rng)[0]
    m, g = mno(rng), grp(rng)
    ad = dt.date(2026, 3, rng.randint(2, 10))
    a, b = dt.date(2026, 3, 16), dt.date(2026, 6, 30)
    ex = f"FX-{digits(rng, 7)}"
    p = DNSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.line("Benefit limit exception approved", 12, "B")
    p.ln(1)
    p.pairs([("Date", fdate(ad, "long")), ("Member", mem), ("Member ID", m), ("Exception no.", ex),
             ("Laboratory", LAB), ("Approved", f"{fdate(a, 'slash')} through {fdate(b, 'slash')}")],
            label_w=36, size=9.4)
    p.ln(2)
    p.para("We approved up to 6 more presumptive drug tests (CPT 80305-80307) in the dates above, over your "
           "yearly limit. Definitive tests are not part of this approval.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=m, member_name=mem, cases=[ex],
                          service_dates=[span(a, b)], denial_date=ad.isoformat(), provider=LAB,
                          alternates={"insurer": ALT_INS, "case_numbers": [[]], "service_dates": [[span(a)], []]}))
    nd = dt.date(2026, 5, rng.randint(4, 14))
    sd = dt.date(2026, 4, 8)
    l1, l2 = amount(rng, 110, 230), amount(rng, 420, 650)
    claim = f"E{digits(rng, 10)}"
    q = DNSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("Claim denial notice", 12, "B")
    q.pairs([("Notice date", fdate(nd, "dash")), ("Member", mem), ("Member ID", m), ("Group", g),
             ("Claim", claim), ("Date of service", fdate(sd, "slash")), ("Laboratory", LAB),
             ("Line 1 charge", f"80307  {money(l1)}  denied"), ("Line 2 charge", f"G0481  {money(l2)}  paid")],
            label_w=36, size=9.4)
    q.ln(2)
    q.para(f"We denied line 1 of this claim. {LAB} billed a presumptive test (80307) on the same date as a "
           "definitive test (G0481) without a modifier showing the presumptive test was done first and separately. "
           "The presumptive test is included in the definitive test unless the claim is coded that way. The "
           "laboratory may send a corrected claim.", 9.6)
    q.para("You may appeal within 180 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=PLAN, group=g, member_id=m, member_name=mem,
                          cases=[claim], claim_amount=m2(l1), service_dates=[span(sd)], denial_date=nd.isoformat(),
                          provider=LAB, appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["other"],
                          alternates={"insurer": ALT_INS, "claim_amount": [m2(round(l1 + l2, 2))]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean_eob_four_claims_definitive_over_limit", "scan_clean_300", [clean_eob(rng)]),
        Item(F + "faxstd_capboxes_lab_notice_presumptive_over_limit", "fax_standard_g4", [faxstd_capboxes(rng)]),
        Item(F + "phone_spanish_definitive_over_limit", "phone_photo", [phone_spanish(rng)]),
        Item(F + "bd_lab_statement_one_row_denied", "born_digital", [bd_statement(rng)]),
        Item(F + "rotated_exception_request_denied_prose_provider", "rotated", [rotated_exception(rng)]),
        Item(F + "lowres_no_labels_appeal_upheld", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "photocopy_stack_exception_approval_duplex_then_coding_denial_turned", "photocopy",
             photocopy_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
