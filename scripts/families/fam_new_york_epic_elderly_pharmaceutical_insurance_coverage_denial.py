"""Notices mirrored (structure and wording style only) from New York State's EPIC program (Elderly
Pharmaceutical Insurance Coverage, run for the New York State Department of Health) on drug claims EPIC did not
pay: the pharmacy did not bill the member's Medicare Part D plan first (EPIC pays after Part D), the drug is one
EPIC does not cover, the income-based deductible of the Deductible Plan was not yet met, the Fee Plan fee was not
paid (coverage suspended), or the Part D plan needs prior authorization first. EPIC, the Department of Health,
Medicare Part D and New York's Article 78 proceeding appear as themselves; every pharmacy, Part D plan, person,
number, address, phone and amount is invented, and so are the time limits and note codes used here (EPIC's real
review rules and exclusions differ in detail).

Documents (8 in 7 files):
- bd_benefit_statement_four_fills_one_not_covered: EPIC benefit statement, a table of four fills ("Claim no.",
  two-digit-year "Date filled", pharmacy, Part D paid, EPIC paid), one hair-growth drug not covered; DOB, Part D
  member ID, MBI, benefit year and the deductible line as decoys.
- faxstd_caption_boxes_part_d_must_pay_first: a header of small captioned boxes on a standard fax: the pharmacy
  billed EPIC without billing the Part D plan first; an older enrollment reference, DOB and claim-received date.
- phone_spanish_deductible_not_met: Spanish notice, Deductible Plan deductible not met, the fill date day-first
  ("02/03/2026") in a box and spelled out in the text.
- rotated_pharmacy_receipt_one_fill_rejected_part_d_first: the pharmacy's receipt notice, three fills, one
  rejected by EPIC (bill Part D first); denies nothing.
- lowres_prose_letter_fee_unpaid_coverage_suspended: a letter with no labels, the prescriber and pharmacy only in
  prose, the PCP named as decoy, the reference number only in the footer with spaces.
- photocopy_grid_review_upheld_weight_loss_drug: review decision in a three-wide box grid, upheld; review number,
  claim number and the first notice's reference; Article 78 four-month limit as decoy.
- finefax_stack_cover_enrollment_approval_then_pa_denial_turned: a fax cover, an EPIC enrollment approval (denies
  nothing), then a claim denied because the Part D plan requires prior authorization, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdme import RIGHTS_TAGS, DMSheet
from public_kit import amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "new_york_epic_elderly_pharmaceutical_insurance_coverage_denial"
LANG = "en"
SEED = 352300
INS = "New York State EPIC Program"
ALT_INS = ["EPIC", "EPIC Program", "Elderly Pharmaceutical Insurance Coverage", "New York State Department of Health",
           "NYS EPIC", "New York State Elderly Pharmaceutical Insurance Coverage Program", "NYS EPIC Program"]
PHARM = ["Kittredge Falls Pharmacy", "Mohawk Bend Drug", "Saranac Street Apothecary", "Hollis Corner Pharmacy"]
PARTD = "Beaverkill Senior Rx (PDP)"


def epic_id(rng):
    """An EPIC ID invented for the family: nine digits, printed in groups of three."""
    d = digits(rng, 9)
    return d, f"{d[:3]} {d[3:6]} {d[6:]}"


def claim_no(rng):
    return f"E26{digits(rng, 9)}"


def _head(p: DMSheet, rng, unit: str = "EPIC Program"):
    p.f(8)
    p.cell(0, 4, "New York State Department of Health", new_x="LMARGIN", new_y="NEXT")
    p.f(13, "B")
    p.cell(0, 6, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Elderly Pharmaceutical Insurance Coverage  |  {unit}  |  PO Box {rng.randint(4100, 9800)}, Albany NY "
                 f"122{rng.randint(10, 99)}  |  Helpline 1-800-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_statement(rng):
    mem = person(rng)[0]
    eid, eid_p = epic_id(rng)
    nd = dt.date(2026, 4, rng.randint(2, 14))
    fills = sorted({plus(nd, -rng.randint(8, 20)), plus(nd, -rng.randint(22, 35)), plus(nd, -rng.randint(37, 50)),
                    plus(nd, -rng.randint(52, 70))})
    deny = 2
    drugs = ["lisinopril 20 mg #90", "Eliquis 5 mg #60", "minoxidil 5% soln 60 mL", "donepezil 10 mg #30"]
    pharm = [PHARM[0], PHARM[1], PHARM[2], PHARM[0]]
    rows, bills, claims = [], [], []
    for i, d in enumerate(fills):
        b = amount(rng, 35, 160) if i != 1 else amount(rng, 560, 640)
        bills.append(b)
        c = claim_no(rng)
        claims.append(c)
        if i == deny:
            rows.append([c, fdate(d, "short"), pharm[i], drugs[i], money(b, "nosign"), "0.00", "0.00",
                         money(b, "nosign"), "X7"])
        else:
            partd = round(b * 0.7, 2)
            you = rng.choice([3.0, 7.0, 15.0])
            rows.append([c, fdate(d, "short"), pharm[i], drugs[i], money(b, "nosign"), money(partd, "nosign"),
                         money(b - partd - you, "nosign"), money(you, "nosign"), "P2"])
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims Unit")
    p.line("EPIC BENEFIT STATEMENT", 12.5, "B")
    p.ln(1)
    p.grid([[("Member", mem), ("EPIC ID", eid_p), ("Statement date", fdate(nd, "long"))],
            [("Date of birth", fdate(dt.date(rng.randint(1940, 1958), rng.randint(1, 12), rng.randint(1, 28)), "slash")),
             ("Medicare number", mbi(rng)), ("Part D member ID", f"BSR{digits(rng, 8)}")],
            [("Plan", "Fee Plan"), ("Benefit year", "01/01/2026 - 12/31/2026"),
             ("Annual fee paid to date", money(rng.choice([8.0, 20.0, 35.0])))]], size=8.8)
    p.table(["Claim no.", "Date filled", "Pharmacy", "Drug", "Amount billed", "Part D plan paid", "EPIC paid",
             "You paid", "Note"], rows, [26, 15, 42, 38, 16, 15, 13, 13, 9], size=7.4,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** P2 EPIC paid after your Medicare Part D plan; your EPIC copayment is shown under You paid. "
           "X7 EPIC does not cover drugs used for hair growth or other cosmetic purposes. The pharmacy may charge you "
           "its full price for this drug.", 8.8)
    p.para("**If you disagree.** You may ask EPIC to review a claim. Your written request must reach us within 60 days "
           "of the date of this statement. Give the claim number and tell us why you disagree. If your Part D plan "
           "refused a drug, ask the Part D plan for a coverage determination first; it must answer a fast request "
           "within 72 hours.", 8.8)
    for tg in RIGHTS_TAGS[:2]:
        p.para(tg, 7, gap=0.4)
    t = truth("eob", "not_covered", insurer=INS, member_id=eid, member_name=mem, cases=[claims[deny]],
              claim_amount=m2(bills[deny]), service_dates=[span(fills[deny])], denial_date=nd.isoformat(),
              provider=pharm[deny], appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_boxes(rng):
    mem = person(rng)[0]
    eid, eid_p = epic_id(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    fill = plus(nd, -rng.randint(14, 24))
    billed = amount(rng, 210, 480)
    c = claim_no(rng)
    old = f"ENR-{digits(rng, 6)}"
    fax = f"{nd.month:02d}/{nd.day:02d}/2026 10:{rng.randint(10, 59)}  NYS EPIC CLAIMS  518-555-{digits(rng, 4)}  P.{{n}}/1"
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims Unit")
    p.line("NOTICE: YOUR PRESCRIPTION CLAIM WAS NOT PAID", 11.5, "B")
    p.ln(1)
    p.grid([[("EPIC ID", eid_p), ("Notice date", fdate(nd, "slash")), ("Claim number", c)],
            [("Member", mem), ("Date of birth", fdate(dt.date(rng.randint(1941, 1957), rng.randint(1, 12),
                                                                 rng.randint(1, 28)), "slash")),
             ("Claim received", fdate(plus(fill, 3), "slash"))],
            [("Date filled", fdate(fill, "slash")), ("Pharmacy", PHARM[3]), ("Amount billed", money(billed))],
            [("Medicare Part D plan", PARTD), ("Enrollment reference", old), ("Drug", "Januvia 100 mg, 30 tablets")]],
           size=9, cap=6)
    p.para(f"Dear {mem}:", 9.6)
    p.para(f"{PHARM[3]} sent EPIC a claim for your prescription filled on {fdate(fill, 'long')}. The pharmacy did not "
           "bill your Medicare Part D plan first. EPIC is secondary to Medicare Part D: your Part D plan must pay "
           "first, and EPIC then helps with the copayment. We did not pay this claim.", 9.6)
    p.para(f"Please show the pharmacy both your {PARTD} card and your EPIC card. The pharmacy can send the claim "
           "to your Part D plan and then to EPIC. The enrollment reference above is from your EPIC application and "
           "is not a claim number.", 9.6)
    p.para("**Your right to a review.** If you think this decision is wrong, write to us within 60 days of the date "
           "of this notice. Include the claim number. A fast (72-hour) coverage decision is available only from your "
           "Part D plan.", 9.6)
    p.para("EPIC Claims Unit", 9.6)
    t = truth("denial_letter", "other", insurer=INS, member_id=eid, member_name=mem, cases=[c],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=PHARM[3],
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    eid, eid_p = epic_id(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    fill = dt.date(2026, 3, rng.randint(2, 9))  # day <= 12: the day-first form is ambiguous on purpose
    billed = amount(rng, 140, 390)
    c = claim_no(rng)
    ded = rng.choice([530, 715, 960, 1230])
    met = amount(rng, 90, 400)
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Programa EPIC")
    p.line("AVISO SOBRE SU RECLAMO DE RECETA", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de EPIC", eid_p),
             ("Número de reclamo", c), ("Fecha de surtido", fdate(fill, "dmy", "es")), ("Farmacia", PHARM[1]),
             ("Cantidad facturada", money(billed)), ("Plan", "Plan de deducible (Deductible Plan)"),
             ("Deducible anual", f"{money(float(ded))}  (acumulado: {money(met)})")], label_w=55, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"{PHARM[1]} nos envió un reclamo por atorvastatina 40 mg surtida el {fdate(fill, 'long', 'es')}. Usted "
           "está en el Plan de deducible de EPIC. Su deducible se calcula según sus ingresos. Hasta que sus gastos en "
           "medicamentos cubiertos lleguen al deducible, EPIC no paga sus recetas; usted paga el precio de su plan de "
           "la Parte D de Medicare. Su deducible todavía no se ha cumplido, por eso EPIC no pagó este reclamo. "
           "La cantidad se sumó a su deducible.", 9.8)
    p.para("**Si no está de acuerdo.** Puede pedir una revisión por escrito dentro de 60 días a partir de la fecha de "
           "este aviso. Incluya el número de reclamo.", 9.8)
    p.para("Programa EPIC", 9.8)
    p.ln(2)
    for tg in RIGHTS_TAGS:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "other", insurer=INS, member_id=eid, member_name=mem, cases=[c],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=PHARM[1],
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", denial_alternates=["not_covered"],
              alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_receipt(rng):
    mem = person(rng)[0]
    eid, eid_p = epic_id(rng)
    sd = dt.date(2026, 5, rng.randint(18, 27))
    fills = sorted({plus(sd, -rng.randint(1, 5)), plus(sd, -rng.randint(8, 13)), plus(sd, -rng.randint(16, 22))})
    deny = 0
    p = DMSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, PHARM[2], new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 980)} Saranac St, Plattsburgh NY 129{rng.randint(10, 99)}  |  518-555-{digits(rng, 4)}"
                 f"  |  NPI {digits(rng, 10)}  |  NCPDP {digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("PRESCRIPTION INSURANCE RESULTS", 11, "B")
    p.ln(1)
    p.pairs([("Printed", fdate(sd, "abbr")), ("Customer", mem), ("Primary plan", PARTD),
             ("Secondary plan", "NYS EPIC"), ("EPIC cardholder ID", eid_p)], label_w=42, size=9.2)
    p.ln(3)
    names = ["pantoprazole 40 mg #30", "metoprolol succ 50 mg #30", "brimonidine 0.2% 5 mL"]
    rows, prices = [], []
    for i, d in enumerate(fills):
        pr = amount(rng, 30, 190)
        prices.append(pr)
        rx = digits(rng, 7)
        if i == deny:
            rows.append([fdate(d, "slash"), rx, names[i], money(pr), "EPIC REJECT 41", money(pr)])
        else:
            rows.append([fdate(d, "slash"), rx, names[i], money(pr), "PAID / PAID", money(rng.choice([3.0, 7.0]))])
    p.table(["Fill date", "Rx #", "Medication", "Price", "Plan response", "You paid"], rows, [24, 22, 52, 22, 34, 20],
            size=8.6)
    p.para(f"EPIC rejected the claim for {names[deny]} filled {fdate(fills[deny], 'slash')} (code 41: submit to the "
           "primary payer first). Our system sent it to EPIC before your Part D plan answered. We will bill your Part "
           "D plan and then EPIC again, and refund the difference if the claim is paid.", 9.2)
    p.para("This is a notice from your pharmacy, not a decision by EPIC or by your Medicare drug plan.", 9.2)
    t = truth("other", None, insurer=INS, member_id=eid, member_name=mem, claim_amount=m2(prices[deny]),
              service_dates=[span(fills[deny])], denial_date=sd.isoformat(), provider=PHARM[2], unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in fills]]})
    return out(p), t


def lowres_prose(rng):
    mem = person(rng)[0]
    eid, eid_p = epic_id(rng)
    nd = dt.date(2026, 2, rng.randint(9, 20))
    fill = plus(nd, -rng.randint(12, 25))
    susp = dt.date(2026, 1, 1)
    billed = amount(rng, 180, 520)
    ref = f"EPC 26 {digits(rng, 4)} {digits(rng, 3)}"
    doc, pcp = person(rng)[0], person(rng)[0]
    p = DMSheet(footer=None, footer_left=f"Ref. {ref}   EPIC-FP-11 (1/26)")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Enrollment and Fees")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mem, f"{rng.randint(100, 9800)} Genesee St", f"Utica NY 135{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We are writing about the prescription for Xarelto that Dr. {doc}, your cardiologist, wrote for you. "
           f"{PHARM[0]} filled it on {fdate(fill, 'long')}, charged {money(billed)} and sent the claim to EPIC. "
           f"Your EPIC ID is {eid_p}.", 10)
    p.para(f"You are in the EPIC Fee Plan. The fee for your coverage is billed in quarterly parts. We did not receive "
           f"the part that was due on {fdate(plus(susp, -30), 'long')}, so your EPIC coverage was suspended as of "
           f"{fdate(susp, 'long')}. EPIC cannot pay claims for drugs filled while coverage is suspended, so we did not "
           "pay this claim. Your Medicare Part D plan is not affected.", 10)
    p.para(f"Once the unpaid fee is received your coverage starts again on the first day of the next month. Our "
           f"records list Dr. {pcp} as your primary care doctor; you do not need a new prescription.", 10)
    p.para("If you believe we are wrong, you may ask for a review. Write to us within 60 days of the date of this "
           "letter and include the reference number printed at the bottom of this page.", 10)
    p.para("Sincerely,\n\nEPIC Enrollment and Fees", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=eid, member_name=mem,
              cases=[ref.replace(" ", "")], claim_amount=m2(billed), service_dates=[span(fill)],
              denial_date=nd.isoformat(), provider=PHARM[0], appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [doc]})
    return out(p), t


def photocopy_review(rng):
    mem = person(rng)[0]
    eid, eid_p = epic_id(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    fill = dt.date(2026, 3, rng.randint(3, 27))
    first = plus(fill, rng.randint(20, 30))
    billed = amount(rng, 1100, 1450)
    rv = f"RV-2026-{digits(rng, 5)}"
    c = claim_no(rng)
    oldref = f"N{digits(rng, 8)}"
    pres = person(rng)[0]
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Review Unit")
    p.line("DECISION ON YOUR REQUEST FOR REVIEW", 12.5, "B")
    p.ln(2)
    p.grid([[("Decision date", fdate(nd, "abbr")), ("Review number", rv), ("Claim number", c)],
            [("Member", mem), ("EPIC ID", eid_p), ("First notice ref. / date", f"{oldref} / {fdate(first, 'slash')}")],
            [("Date filled", fdate(fill, "slash")), ("Amount billed", money(billed)),
             ("Review requested", fdate(plus(first, rng.randint(10, 30)), "slash"))],
            [("Pharmacy", PHARM[1]), ("Prescriber", pres), ("Decision", "Denial upheld")]], size=9)
    p.para(f"You asked us to review our decision not to pay for Wegovy (semaglutide 2.4 mg) filled by {PHARM[1]}. A "
           "pharmacist who did not make the first decision reviewed your request, the prescriber's letter and the "
           "claim.", 9.4)
    p.para("**Decision: the denial is upheld.** EPIC does not cover drugs used for weight loss. Your Medicare Part D "
           "plan also did not cover this drug. The prescriber's letter describes weight management only.", 9.4)
    p.para("**If you still disagree.** This is EPIC's final decision on this claim. You may have the right to bring a "
           "proceeding under Article 78 of New York's Civil Practice Law and Rules within four months of this "
           f"decision. Review Unit line 1-800-555-{digits(rng, 4)}.", 9.4)
    p.para("EPIC Review Unit", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=eid, member_name=mem, cases=[rv, c],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=PHARM[1],
              appeal_deadline=None,
              alternates={"insurer": ALT_INS, "case_numbers": [[rv], [c]], "provider": [pres]})
    return out(p), t


def finefax_stack(rng):
    mem = person(rng)[0]
    eid, eid_p = epic_id(rng)
    ad = dt.date(2026, 1, rng.randint(6, 16))
    start = dt.date(2026, 2, 1)
    fax1 = f"{ad.month}/{ad.day}/26 14:{rng.randint(10, 59)}  NYS EPIC ENROLLMENT  518-555-{digits(rng, 4)}  P.{{n}}"
    p = DMSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Enrollment")
    p.line(f"Date: {fdate(ad, 'long')}", 9.5)
    p.ln(2)
    p.line(mem, 9.5)
    p.ln(2)
    p.line("WELCOME TO EPIC: YOUR APPLICATION IS APPROVED", 11.5, "B")
    p.pairs([("EPIC ID", eid_p), ("Plan", "Deductible Plan"), ("Coverage begins", fdate(start, "long")),
             ("Annual deductible", money(float(rng.choice([640, 880, 1175])))),
             ("Application received", fdate(plus(ad, -rng.randint(15, 30)), "slash"))], label_w=45, size=9.4)
    p.ln(2)
    p.para("Show your EPIC card and your Medicare Part D card every time you fill a prescription. After you meet the "
           "deductible, you pay an EPIC copayment of $3 to $20 for each covered prescription.", 9.6)
    p.para("EPIC Enrollment", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=eid, member_name=mem, denial_date=ad.isoformat(),
                          alternates={"insurer": ALT_INS, "service_dates": [[span(start)]]}))
    nd = dt.date(2026, 4, rng.randint(6, 15))
    fill = plus(nd, -rng.randint(10, 20))
    billed = amount(rng, 620, 980)
    c = claim_no(rng)
    fax2 = f"{nd.month}/{nd.day}/26 09:{rng.randint(10, 59)}  NYS EPIC CLAIMS  518-555-{digits(rng, 4)}  P.{{n}}"
    q = DMSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims Unit")
    q.line("CLAIM NOT PAID", 11.5, "B")
    q.ln(1)
    q.pairs([("Notice date", fdate(nd, "dash")), ("Member", mem), ("EPIC ID", eid_p), ("Claim no.", c),
             ("Filled", fdate(fill, "dmy")), ("Pharmacy", PHARM[3]), ("Amount billed", money(billed)),
             ("Medicare Part D plan", PARTD)], label_w=45, size=9.4)
    q.ln(2)
    q.para(f"{PHARM[3]} billed EPIC for Trelegy Ellipta inhaler. Your Part D plan requires prior authorization for "
           "this drug and rejected the claim because no prior authorization was on file. EPIC pays only for drugs "
           "your Part D plan covers, so EPIC did not pay either.", 9.6)
    q.para("Ask your doctor to request prior authorization from your Part D plan. If it is approved, the pharmacy "
           "can send the claim again. You may also ask EPIC for a review in writing within 60 days of the date of "
           "this notice.", 9.6)
    q.para("EPIC Claims Unit", 9.6)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, member_id=eid, member_name=mem,
                          cases=[c], claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(),
                          provider=PHARM[3], appeal_deadline=plus(nd, 60).isoformat(),
                          denial_alternates=["other"], alternates={"insurer": ALT_INS}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_benefit_statement_four_fills_one_not_covered", "born_digital", [bd_statement(rng)]),
        Item(F + "faxstd_caption_boxes_part_d_must_pay_first", "fax_standard_g4", [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_deductible_not_met", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_pharmacy_receipt_one_fill_rejected_part_d_first", "rotated", [rotated_receipt(rng)]),
        Item(F + "lowres_prose_letter_fee_unpaid_coverage_suspended", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_grid_review_upheld_weight_loss_drug", "photocopy", [photocopy_review(rng)]),
        Item(F + "finefax_stack_cover_enrollment_approval_then_pa_denial_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
