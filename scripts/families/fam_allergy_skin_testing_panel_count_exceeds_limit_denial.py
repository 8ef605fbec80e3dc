"""An invented commercial plan (Quarry Sedge Health) refusing allergy skin tests billed beyond its yearly number
of tests: per calendar year it pays 70 prick/puncture tests (CPT 95004, one unit a test), 40 intradermal tests
(95024/95027) and 60 patch tests (95044). CPT codes appear as themselves; the plan, its limits, its remark codes,
the allergy practices, every person, number and address are invented. No file uses the words "benefit maximum"
or "limit exceeded" in the same way; the reason is said in plain words ("more tests than your plan pays for in
a year", "you had already used", "no se pagan").

Documents (8 in 7 files):
- bd_eob_four_claims_units_column_usd_credit: the member's EOB of four claims with a units column; the second
  prick-test session paid nothing (remark Q119 only, explained in the legend); a credit in parentheses, amounts
  as "USD", plan year and deductible as decoys.
- faxstd_remittance_dcn_rendering_billing_eft_trace: the practice's remittance on a standard fax; "Document
  Control Number" beside a check/EFT trace, payee ID, TIN, NPI and batch number; "Billing provider" and
  "Rendering" columns; the intradermal line unpaid, the visit and prick tests paid.
- phone_spanish_patch_tests_dates_written_out: Spanish member letter; patch tests between two dates written out,
  60 already used at another practice in January; "Número de reclamo" beside a letter number.
- rotated_practice_statement_rendering_column_balance_moved: the allergy practice's statement (Rendering column,
  insurer adjustments in parentheses, the over-limit tests moved to the patient); denies nothing.
- lowres_prose_request_id_predetermination_partial: no labels; a pre-service answer to "the request from Dr. ...
  at Bellwick Allergy Clinic", 12 of 60 intradermal tests approved, the rest not; "Request ID" in a sentence.
- photocopy_appeal_upheld_two_sessions_second_level: an upheld appeal on two testing sessions ("April 7 and 14,
  2026"), "Appeal No." and "Claim #", a second-level appeal in 60 days.
- clean300_stack_usage_summary_then_denial_turned: a benefit-use summary (tests used so far; denies nothing), the
  blank back of its sheet, then a claim letter fed sideways: food prick tests "2026-05-05 through 2026-05-12".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddp_famdpd import DPSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "allergy_skin_testing_panel_count_exceeds_limit_denial"
LANG = "en"
SEED = 352803
INS = "Quarry Sedge Health"
ALT = ["Quarry Sedge Health Insurance Company", "Quarry Sedge"]
PLAN = "QS-PPO-2500"
GROUP = "00418307"
PRAC = "Thistledown Allergy & Asthma Associates"
PRICK, INTRA, PATCH = 8.75, 14.50, 11.25


def qs_id(rng):
    return f"QSE{digits(rng, 9)}"


def _head(p: DPSheet, rng, unit="Member Services"):
    p.f(16, "B")
    p.cell(0, 7.5, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Quarry Sedge Health Insurance Company  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, "
                 f"Harrisburg PA 171{rng.randint(10, 99)}  |  1-877-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    pat, d1, d2 = people(rng, 3)
    mid = qs_id(rng)
    sd = dt.date(2026, 4, rng.randint(8, 20))
    b = dt.date(2026, 1, rng.randint(12, 23))
    rows_src = [(b, f"Dr. {d1}", "95004 prick tests", 70, PRICK),
                (plus(b, 1), "Susquehanna Pharmacy", "Epinephrine auto-injector", 1, amount(rng, 180, 320)),
                (plus(b, 49), f"Dr. {d1}", "95004 prick tests", 40, PRICK),
                (plus(b, 56), f"Dr. {d2}", "99213 office visit", 1, amount(rng, 120, 190))]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, pv, svc, u, price) in enumerate(rows_src):
        c = round(u * price, 2) if "9500" in svc else price
        billed.append(c)
        n = f"{digits(rng, 2)}{rng.choice('ACEGKMPRTX')}{digits(rng, 9)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, str(u), money(c, "usd"), "0.00", "0.00", money(c, "nosign"),
                         "Q119"])
        else:
            al = round(c * 0.68, 2)
            paid = f"({money(35.0, 'nosign')})" if i == 1 else money(al, "nosign")
            rows.append([n, fdate(d, "slash"), pv, svc, str(u), money(c, "usd"), money(al, "nosign"), paid,
                         "0.00" if i != 3 else "25.00", "Q01" if i != 1 else "Q40"])
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 11, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("Explanation of Benefits  -  This is not a bill", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", pat), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "abbr"))])
    p.capstrip([("Plan year", "Jan 1, 2026 - Dec 31, 2026"), ("Deductible met", "USD 500.00 of USD 1,000.00"),
                ("Out-of-pocket met", "USD 1,125.40 of USD 4,500.00")])
    p.ln(3)
    p.table(["Claim #", "Date", "Provider", "Service", "Units", "Billed", "Allowed", "Plan paid", "Your share",
             "Remark"], rows, [30, 20, 50, 44, 12, 26, 20, 22, 20, 14], size=8.1,
            aligns=["L", "L", "L", "L", "C", "R", "R", "R", "R", "C"])
    p.para("**Remarks.** Q01 Paid at the in-network rate. Q40 A refund the pharmacy owed us on an earlier claim; "
           "amounts in parentheses were taken back. Q119 Your plan pays for 70 prick or puncture skin tests each "
           "calendar year. The tests on this claim are more tests than your plan pays for in a year, because 70 were "
           "already paid in January. The amount in Your share is yours to pay.", 8.6)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours. External review may be requested within 4 months after our final decision.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=pat,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(rows_src[deny][0])],
              denial_date=sd.isoformat(), provider=d1, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    pat, doc, sub = people(rng, 3)
    mid = qs_id(rng)
    rd = dt.date(2026, 3, rng.randint(16, 27))
    sv = plus(rd, -rng.randint(20, 32))
    dcn = f"{digits(rng, 5)}{rng.choice('ACEGKMPRTX')}{digits(rng, 6)}"
    l1, l2, l3 = amount(rng, 140, 230), round(36 * PRICK, 2), round(24 * INTRA, 2)
    tot = round(l1 + l2 + l3, 2)
    fax = f"{rd.strftime('%m/%d/%y')} 09:{rng.randint(10, 59)}  QSH PROVIDER PMT  717-555-{digits(rng, 4)}  PG {{n}}"
    p = DPSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Payment Services")
    p.line("PROVIDER REMITTANCE ADVICE", 12.5, "B")
    y2 = p.refs([("Check/EFT trace", f"1{digits(rng, 9)}"), ("Payee ID", f"P{digits(rng, 7)}"),
                 ("Batch", f"{digits(rng, 6)}")], w=66)
    p.set_xy(p.l_margin, y2 + 2)
    p.two_blocks("PAYEE", [PRAC, f"{rng.randint(100, 900)} Market St, Suite 310", f"Lancaster PA 176{rng.randint(10, 99)}",
                           f"TIN {digits(rng, 2)}-{digits(rng, 7)}   NPI {digits(rng, 10)}"],
                 "PATIENT / SUBSCRIBER", [f"Patient: {pat}", f"Subscriber: {sub}", f"Member ID: {mid}",
                                          f"Group: {GROUP}"])
    p.ln(1)
    p.capstrip([("Document Control Number", dcn), ("Paid date", fdate(rd, "slash")),
                ("Claim received", fdate(plus(sv, 6), "slash"))], [70, 50, 50])
    p.ln(2)
    rows = [["1", fdate(sv, "short"), "99204", "1", PRAC[:22], f"Dr. {doc}", money(l1, "nosign"),
             money(round(l1 * 0.7, 2), "nosign"), money(round(l1 * 0.7 - 40, 2), "nosign"), "1"],
            ["2", fdate(sv, "short"), "95004", "36", PRAC[:22], f"Dr. {doc}", money(l2, "nosign"),
             money(round(l2 * 0.7, 2), "nosign"), money(round(l2 * 0.7, 2), "nosign"), "1"],
            ["3", fdate(sv, "short"), "95024", "24", PRAC[:22], f"Dr. {doc}", money(l3, "nosign"), "0.00", "0.00",
             "119 N362"],
            ["", "", "", "", "", "Claim total", money(tot, "nosign"), "", "", ""]]
    p.table(["Ln", "DOS", "CPT", "Units", "Billing provider", "Rendering", "Billed", "Allowed", "Paid", "CARC/RARC"],
            rows, [8, 18, 14, 12, 38, 36, 19, 18, 18, 20], size=7.9, bold_last=True)
    p.para("**119 / N362** Line 3: this member's plan pays 40 intradermal allergy tests each calendar year, and 40 "
           "had already been paid before this date of service. None of the 24 tests on this line can be paid. "
           "The member may be billed for them under the plan's terms. Lines 1 and 2 were paid at the contracted "
           "rate (1); the member's copay of 40.00 is taken from line 1.", 8.8)
    p.para("A provider may ask for a review of this line within 180 days of the date of this remittance.", 8.8)
    t = truth("eob", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=pat, cases=[dcn],
              claim_amount=m2(tot), service_dates=[span(sv)], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [PRAC], "claim_amount": [m2(l3)]},
              type_alternates=["denial_letter"])
    return out(p), t


def phone_spanish(rng):
    pat, doc = people(rng, 2)
    mid = qs_id(rng)
    a = dt.date(2026, 3, rng.randint(2, 4))
    b = plus(a, 4)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    billed = round(36 * PATCH, 2)
    clm = f"{digits(rng, 2)}{rng.choice('ACEGKMPRTX')}{digits(rng, 9)}"
    p = DPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", clm), ("Carta n.º", f"QS-L{digits(rng, 7)}")])
    p.capstrip([("Paciente", pat), ("Número de miembro", mid), ("Grupo", GROUP)])
    p.ln(2)
    p.para(f"Estimado(a) {pat}:", 9.8)
    p.para(f"El Dr. {doc}, de Bellwick Allergy Clinic, nos envió un reclamo por 36 pruebas de parche (95044) que le "
           f"hicieron entre el {fdate(a, 'long', 'es')} y el {fdate(b, 'long', 'es')}. El cargo fue de "
           f"{money(billed)}.", 9.8)
    p.para("Su plan paga hasta 60 pruebas de parche en cada año calendario. En enero usted ya tuvo 60 pruebas de "
           "parche en otro consultorio, y el plan las pagó. Por eso estas 36 pruebas no se pagan. El consultorio le "
           "puede cobrar a usted por ellas.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, pida una apelación urgente (72 horas). También puede pedir una "
           "revisión externa dentro de 4 meses después de nuestra decisión final.", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=pat, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": ["Bellwick Allergy Clinic"],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def rotated_statement(rng):
    pat, doc, np_ = people(rng, 3)
    mid = qs_id(rng)
    sv = dt.date(2026, 2, rng.randint(9, 20))
    stm = plus(sv, rng.randint(40, 55))
    v, pr, it = amount(rng, 160, 240), round(60 * PRICK, 2), round(30 * INTRA, 2)
    tot = round(v + pr + it, 2)
    p = DPSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.logo_head(PRAC, "TA&A", [f"{rng.randint(100, 900)} Market St, Suite 310, Lancaster PA 176{rng.randint(10, 99)}"
                               f"  |  717-555-{digits(rng, 4)}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.two_blocks("STATEMENT FOR", [pat, f"{rng.randint(100, 900)} Chestnut St", f"York PA 174{rng.randint(10, 99)}"],
                 "ACCOUNT", [f"Account no. {digits(rng, 8)}", f"Statement date {fdate(stm, 'abbr')}",
                             f"Insurance on file: Quarry Sedge PPO {mid}"])
    p.ln(2)
    ins_v, ins_p = round(v * 0.7 - 40, 2), round(pr * 0.7, 2)
    rows = [[fdate(sv, "slash"), "99204", "1", f"Dr. {doc}", money(v, "nosign"), f"({money(ins_v, 'nosign')})",
             f"({money(round(v * 0.3, 2), 'nosign')})", "40.00"],
            [fdate(sv, "slash"), "95004", "60", f"{np_}, PA-C", money(pr, "nosign"), f"({money(ins_p, 'nosign')})",
             f"({money(round(pr * 0.3, 2), 'nosign')})", "0.00"],
            [fdate(sv, "slash"), "95024", "30", f"{np_}, PA-C", money(it, "nosign"), "(0.00)", "0.00",
             money(it, "nosign")],
            ["", "", "", "Totals", money(tot, "nosign"), "", "", money(round(40 + it, 2), "nosign")]]
    p.table(["DOS", "CPT", "Units", "Rendering", "Charges", "Insurance paid", "Adjustment", "Patient balance"],
            rows, [22, 16, 13, 42, 22, 24, 22, 23], size=8.5, bold_last=True,
            aligns=["L", "L", "C", "L", "R", "R", "R", "R"])
    p.para("Your insurance paid the office visit and the prick tests. It paid nothing for the intradermal tests and "
           "told us they are your responsibility, so their charge is now on your balance. Payment is due in 30 days. "
           "Questions about your plan: call the member number on your ID card.", 8.8)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=pat, claim_amount=m2(tot),
              service_dates=[span(sv)], denial_date=stm.isoformat(), provider=PRAC, unscored=["insurer"],
              alternates={"claim_amount": [None, m2(it)], "provider": [doc, np_]})
    return out(p), t


def lowres_prose(rng):
    pat, doc = people(rng, 2)
    mid = qs_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    planned = plus(nd, rng.randint(9, 16))
    rid = f"RQ-{digits(rng, 4)}-{digits(rng, 4)}"
    p = DPSheet(footer=None, footer_left=f"Form QS-PD-7 (2026)   |   {INS}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Care Review")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [pat, f"{rng.randint(100, 9800)} Orchard Rd", f"Hanover PA 173{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {pat}:", 10)
    p.para(f"We have reviewed the request from Dr. {doc} at Bellwick Allergy Clinic, Request ID {rid}, for 60 "
           f"intradermal allergy tests (CPT 95024) planned for {fdate(planned, 'long')}. Your member number is "
           f"{mid}.", 10)
    p.para("Your plan pays for 40 intradermal tests in each calendar year. Our records show 28 intradermal tests "
           "already paid for you this year, at your visit in February. We can approve 12 of the 60 tests. We are "
           "not able to approve the other 48, because they are more tests than your plan pays for in a year. If "
           "they are done, you may have to pay for them.", 10)
    p.para("You or Dr. " + doc.split()[-1] + " may appeal within 180 days of the date of this letter. A decision "
           "on an urgent appeal is made within 72 hours.", 10)
    p.para(f"Sincerely,\n\nCare Review Department\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=pat, cases=[rid],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Bellwick Allergy Clinic"], "service_dates": [[]]})
    return out(p), t


def photocopy_appeal(rng):
    pat, doc, md = people(rng, 3)
    mid = qs_id(rng)
    nd = dt.date(2026, 6, rng.randint(15, 26))
    s1, s2 = dt.date(2026, 4, 7), dt.date(2026, 4, 14)
    billed = round(48 * PRICK + 20 * INTRA, 2)
    apl = f"AP{digits(rng, 8)}"
    clm = f"{digits(rng, 2)}{rng.choice('ACEGKMPRTX')}{digits(rng, 9)}"
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Department")
    p.line("APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of this letter", fdate(nd, "slash")), ("Appeal No.", apl), ("Claim #", clm)],
            [("Member", pat), ("Member ID", mid), ("Group", GROUP)],
            [("Dates of service", f"{fdate(s1, 'slash')}, {fdate(s2, 'slash')}"), ("Tests billed", "95004 x 48, 95024 x 20"),
             ("Amount billed", money(billed))],
            [("Provider", PRAC), ("Treating doctor", f"Dr. {doc}"), ("Appeal received", fdate(plus(nd, -26), "slash"))]],
           size=8.8)
    p.para(f"You asked us to look again at the skin tests Dr. {doc} did on April 7 and 14, 2026. You told us the "
           "tests were needed because your symptoms changed after you moved, and that your earlier tests in "
           "January were for foods, not pollens.", 9.4)
    p.para("**Our decision: the claim stays unpaid.** Your plan counts all prick tests and all intradermal tests "
           "in a calendar year together, whatever they test for. Before April 7 you had used all 70 prick tests and "
           "all 40 intradermal tests for 2026. We understand why your doctor wanted these tests; the number of "
           "tests your plan pays for each year does not change with the reason for them. A reviewer who did not "
           "make the first decision looked at your appeal.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review within 4 months. Your yearly count of tests starts again on January 1, 2027.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director, {INS}", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=pat,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(s1), span(s2)],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PRAC], "case_numbers": [[apl], [clm]]})
    return out(p), t


def clean300_stack(rng):
    pat = people(rng, 1)[0]
    mid = qs_id(rng)
    ud = dt.date(2026, 4, rng.randint(20, 29))
    p = DPSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Member Services")
    p.line(fdate(ud, "long"), 9.6)
    p.ln(2)
    p.line("YOUR ALLERGY TESTING BENEFIT SO FAR THIS YEAR", 11.5, "B")
    p.pairs([("Member", pat), ("Member ID", mid), ("Group", GROUP), ("Plan year", "01/01/2026 - 12/31/2026")],
            label_w=36, size=9.4)
    p.ln(2)
    p.table(["Type of test", "CPT", "Paid per year", "Used so far", "Left"],
            [["Prick / puncture", "95004", "70", "58", "12"], ["Intradermal", "95024, 95027", "40", "0", "40"],
             ["Patch", "95044", "60", "0", "60"]], [50, 30, 30, 30, 30], size=9)
    p.para("You asked us how many allergy tests your plan still pays for this year. This summary is for your "
           "information; it is not a bill and it is not a decision on any claim.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, group=GROUP, member_id=mid, member_name=pat,
                          denial_date=ud.isoformat(), alternates={"insurer": ALT}))
    a, b = dt.date(2026, 5, 5), dt.date(2026, 5, 12)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    billed = round(40 * PRICK, 2)
    clm = f"{digits(rng, 2)}{rng.choice('ACEGKMPRTX')}{digits(rng, 9)}"
    clinic = "Cobbler Flats Pediatric Allergy"
    q = DPSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("ABOUT YOUR CLAIM", 11.5, "B")
    q.ln(1)
    q.pairs([("Notice date", fdate(nd, "long")), ("Member", pat), ("Member ID", mid), ("Reference No.", clm),
             ("Provider", clinic), ("Services", "2026-05-05 through 2026-05-12"), ("Billed", money(billed, "usd")),
             ("We pay", "USD 0.00")], label_w=36, size=9.4)
    q.ln(2)
    q.para(f"{clinic} billed 40 food prick tests done over two visits. You had 12 prick tests left for 2026 when "
           "the first visit began, and the clinic's first claim used them. The 40 tests on this claim are more than "
           "your plan pays for this year, so we have not paid any part of it.", 9.6)
    q.para("You may appeal within 180 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=pat, cases=[clm],
                          claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
                          provider=clinic, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_units_column_usd_credit", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_remittance_dcn_rendering_billing_eft_trace", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "phone_spanish_patch_tests_dates_written_out", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_practice_statement_rendering_column_balance_moved", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_request_id_predetermination_partial", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_two_sessions_second_level", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_usage_summary_then_denial_turned", "scan_clean_300", clean300_stack(rng),
             separators=["duplex", None], turns={(1, 0): 270}),
    ]
