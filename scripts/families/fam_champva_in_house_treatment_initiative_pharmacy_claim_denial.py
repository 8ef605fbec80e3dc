"""Notices mirrored (structure and wording style only) from the VA's CHAMPVA program (the Civilian Health and
Medical Program of the Department of Veterans Affairs, administered by the VA Health Administration Center) on
pharmacy claims: a retail fill denied because the drug must come through Meds by Mail, because the beneficiary
receives care under the CHAMPVA In-house Treatment Initiative (CITI) and the VA medical center dispenses it, because
other health insurance with drug coverage pays first, because a drug is excluded, or because prior authorization
was not on file. The program and the VA appear as themselves; every pharmacy, VA medical center name, person,
number, address and amount is invented, as are the appeal time limits used here (real CHAMPVA limits differ).

Documents (8 in 7 files):
- bd_landscape_eob_four_fills_one_meds_by_mail_denied: a landscape pharmacy EOB, four fills (four document control
  numbers) from three pharmacies, one retail fill of a maintenance drug denied (must use Meds by Mail); sponsor,
  received dates, Rx numbers, the beneficiary's deductible year and a one-year appeal limit as decoys.
- faxstd_sidebar_letter_other_insurance_primary: a two-column letter, facts in a right-hand sidebar ("Our file",
  "Mailed on", "Respond by"), the other health insurance must pay first; the older letter's date, the other
  policy number and the program's phone and fax lines beside the facts.
- phone_spanish_meds_by_mail_required: Spanish notice, a retail fill denied because Meds by Mail must supply it.
- rotated_retail_pharmacy_notice_one_fill_rejected: the retail pharmacy's own notice to the beneficiary: three
  prescriptions, two paid by CHAMPVA, one rejected (other payer first); denies nothing.
- lowres_no_labels_letter_citi_va_pharmacy: a letter with no labels, every fact in sentences: a CITI
  beneficiary's retail fill denied because the VA medical center's pharmacy dispenses that drug.
- photocopy_grid_first_level_appeal_upheld_compound: a first-level appeal decision in a grid of label/value
  boxes three wide, a compounded cream excluded (upheld); second-level review limit.
- finefax_stack_cover_pa_approval_then_denial_turned: a fax cover, a pharmacy prior authorization approval
  (denies nothing), then a retail claim denied for no prior authorization, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdme import RIGHTS_TAGS, DMSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "champva_in_house_treatment_initiative_pharmacy_claim_denial"
LANG = "en"
SEED = 352104
HAC = "VA Health Administration Center"
ALT_INS = ["CHAMPVA", "Department of Veterans Affairs", "U.S. Department of Veterans Affairs",
           "Veterans Health Administration", "Health Administration Center"]
RETAIL = ["Cottonwood Bend Pharmacy", "Pinyon Ridge Drug", "Larkhaven Apothecary"]
VAMC = "Sable Creek VA Medical Center"
MBM = "Meds by Mail"


def bene_no(rng):
    """A CHAMPVA beneficiary number invented for the family: nine digits and a two-digit suffix."""
    return f"{digits(rng, 9)}-0{rng.randint(1, 4)}"


def dcn(rng):
    """Document control number: 14 digits."""
    return f"26{digits(rng, 12)}"


def _head(p: DMSheet, rng, unit: str = "CHAMPVA", w: float | None = None):
    p.f(8)
    p.cell(0, 4, "U.S. Department of Veterans Affairs", new_x="LMARGIN", new_y="NEXT")
    p.f(12.5, "B")
    p.cell(0, 6, HAC, new_x="LMARGIN", new_y="NEXT")
    p.f(8.3)
    box = rng.randint(4100, 9800)
    p.cell(0, 4, f"{unit}  |  PO Box {box}, Denver CO 8025{rng.randint(1, 9)}  |  1-800-555-{digits(rng, 4)}  |  "
                 f"Fax 303-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    bene, sponsor = person(rng)[0], person(rng)[0]
    bn = bene_no(rng)
    nd = dt.date(2026, 3, rng.randint(3, 13))
    fills = sorted(plus(nd, -rng.randint(12, 50)) for _ in range(4))
    deny = 2
    rows, pharm, charges, dcns = [], [RETAIL[0], MBM, RETAIL[0], RETAIL[1]], [], []
    drugs = [("sertraline 50 mg #30", "M"), ("apixaban 5 mg #180", "M"), ("tamsulosin 0.4 mg #30", "M12"),
             ("amoxicillin 500 mg #21", "")]
    for i, d in enumerate(fills):
        c = amount(rng, 40, 380) if i != 1 else amount(rng, 900, 1400)
        charges.append(c)
        n = dcn(rng)
        dcns.append(n)
        rx = f"Rx {digits(rng, 7)}"
        if i == deny:
            rows.append([n, fdate(d, "slash"), pharm[i], f"{drugs[i][0]}  {rx}", money(c, "nosign"), "0.00", "0.00",
                         "0.00", "0.00", "M12"])
        else:
            allowed = round(c * 0.8, 2)
            cs = round(allowed * 0.25, 2) if pharm[i] != MBM else 0.0
            rows.append([n, fdate(d, "slash"), pharm[i], f"{drugs[i][0]}  {rx}", money(c, "nosign"),
                         money(allowed, "nosign"), "0.00", money(cs, "nosign"), money(allowed - cs, "nosign"),
                         "P1" if pharm[i] != MBM else "P4"])
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, "CHAMPVA Pharmacy Claims")
    p.line("CHAMPVA EXPLANATION OF BENEFITS  -  PHARMACY", 12, "B")
    p.ln(1)
    p.grid([[("Beneficiary", bene), ("Beneficiary number", bn), ("Sponsor", sponsor),
             ("Statement date", fdate(nd, "long"))],
            [("Deductible year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$50.00 of $50.00"),
             ("Catastrophic cap met", f"{money(amount(rng, 300, 900))} of $3,000.00"),
             ("Claims received", f"{fdate(plus(fills[0], 6), 'slash')} - {fdate(plus(fills[-1], 5), 'slash')}")]],
           size=8.6)
    p.table(["Document control number", "Date filled", "Pharmacy", "Drug / Rx no.", "Amount charged",
             "Allowed", "Deduct.", "Cost share", "CHAMPVA paid", "Rmk"], rows,
            [38, 19, 40, 57, 20, 17, 13, 17, 20, 10], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"])
    p.para("**Remarks.** P1 Paid at 75% of the allowable amount after the deductible. P4 Meds by Mail fill: "
           f"no cost share. M12 Tamsulosin is a maintenance medication. Our letter of {fdate(plus(fills[0], -40), 'long')} "
           "told you that after one 30-day retail fill, this drug must be filled through Meds by Mail. Retail fills "
           "of it are not payable. Ask your prescriber to send the prescription to Meds by Mail.", 8.6)
    p.para("**Appeal rights.** If you disagree with how a claim was processed, send a written appeal within one year "
           "of the date of this explanation of benefits. Include a copy of this EOB, the document control number and "
           "why you disagree. Do not send a new claim for the same fill. Example: if a $100.00 charge is allowed at "
           "$80.00, your 25% cost share is $20.00.", 8.6)
    t = truth("eob", "out_of_network", insurer=HAC, member_id=bn, member_name=bene, cases=[dcns[deny]],
              claim_amount=m2(charges[deny]), service_dates=[span(fills[deny])], denial_date=nd.isoformat(),
              provider=pharm[deny], appeal_deadline=dt.date(2027, nd.month, nd.day).isoformat(),
              denial_alternates=["other", "not_covered"], alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_sidebar(rng):
    bene = person(rng)[0]
    bn = bene_no(rng)
    nd = dt.date(2026, 4, rng.randint(6, 16))
    fill = plus(nd, -rng.randint(20, 35))
    billed = amount(rng, 420, 980)
    ourfile = f"CVP-{digits(rng, 7)}"
    n = dcn(rng)
    by = plus(nd, 90)
    fax = (f"{nd.month}/{nd.day}/26 09:{rng.randint(10, 59)}  VA HAC CHAMPVA  303-555-{digits(rng, 4)}  "
           f"PG {{n}}/1")
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "CHAMPVA Other Health Insurance Unit")
    y0 = p.get_y()
    sx, sw = 134, 64
    p.sidebar([("Our file", ourfile), ("Mailed on", fdate(nd, "long")), ("Beneficiary number", bn),
               ("Document control no.", n), ("Filled", fdate(fill, "slash")), ("Submitted charges", money(billed)),
               ("Dispensing pharmacy", RETAIL[2]), ("Respond by", fdate(by, "long")),
               ("OHI line", f"1-800-555-{digits(rng, 4)}"), ("OHI fax", f"303-555-{digits(rng, 4)}")],
              sx, y0, sw, "About this letter", size=8.4)
    p.set_y(y0)
    cw = sx - p.l_margin - 6
    for ln in [bene, f"{rng.randint(100, 9800)} Railroad St", f"Pueblo CO 810{rng.randint(10, 99)}"]:
        p.set_x(p.l_margin)
        p.cell(cw, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.col_para("**Your pharmacy claim was not paid: other health insurance pays first**", cw, 10)
    p.col_para(f"Dear {bene}:", cw)
    p.col_para(f"CHAMPVA received a claim from {RETAIL[2]} for a prescription (rivaroxaban 20 mg, 30 tablets) "
               f"filled on {fdate(fill, 'slash')}. We cannot pay it yet.", cw)
    p.col_para("CHAMPVA is the secondary payer when you have other health insurance. Our records show you have a "
               f"plan through your employer with prescription coverage (policy LWR-{digits(rng, 8)}). In our "
               f"letter of {fdate(plus(nd, -rng.randint(60, 90)), 'long')} we asked you to use that plan's card "
               "first. The pharmacy must bill your other plan, and then send us the other plan's payment record.", cw)
    p.col_para("If you no longer have other insurance, send us the Other Health Insurance Certification with the "
               "date the coverage ended.", cw)
    p.col_para("If you disagree with this decision, you may appeal in writing. Your appeal must reach us by the "
               "Respond by date in the box on this page. Include the document control number.", cw)
    p.col_para("CHAMPVA Other Health Insurance Unit", cw)
    p.set_y(max(p.get_y(), 200))
    for tg in RIGHTS_TAGS:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "other", insurer=HAC, member_id=bn, member_name=bene, cases=[ourfile, n],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=RETAIL[2],
              appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT_INS, "case_numbers": [[ourfile], [n]]})
    return out(p), t


def phone_spanish(rng):
    bene = person(rng)[0]
    bn = bene_no(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    fill = plus(nd, -rng.randint(18, 30))
    billed = amount(rng, 160, 420)
    n = dcn(rng)
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "CHAMPVA - Reclamos de farmacia")
    p.line("AVISO SOBRE SU RECLAMO DE FARMACIA", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Beneficiario(a)", bene),
             ("Número de beneficiario", bn), ("Número de control del documento", n),
             ("Fecha de surtido", fdate(fill, "dmy", "es")), ("Farmacia", RETAIL[1]),
             ("Cargos presentados", money(billed)), ("Medicamento", "levotiroxina 100 mcg, 90 tabletas")],
            label_w=62, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {bene}:", 9.8)
    p.para(f"No podemos pagar el reclamo de {RETAIL[1]} por levotiroxina surtida el {fdate(fill, 'long', 'es')}. "
           "Usted está inscrito(a) en Meds by Mail, el servicio de farmacia por correo de CHAMPVA. Los medicamentos "
           "de uso continuo deben surtirse por Meds by Mail. Solo se paga un surtido de transición de 30 días en "
           "una farmacia minorista, y ese surtido ya se pagó el "
           f"{fdate(plus(fill, -rng.randint(60, 80)), 'long', 'es')}.", 9.8)
    p.para("Pídale a su médico que envíe la receta a Meds by Mail. El envío no tiene costo para usted.", 9.8)
    p.para("**Si no está de acuerdo.** Puede apelar por escrito. Su apelación debe recibirse dentro de 90 días a "
           "partir de la fecha de este aviso. Incluya el número de control del documento. Si necesita una respuesta "
           "urgente por su salud, llame y pida una revisión acelerada (72 horas).", 9.8)
    p.para("Programa CHAMPVA", 9.8)
    p.ln(2)
    for tg in RIGHTS_TAGS:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "out_of_network", insurer=HAC, member_id=bn, member_name=bene, cases=[n],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=RETAIL[1],
              appeal_deadline=plus(nd, 90).isoformat(), lang="es", denial_alternates=["other", "not_covered"],
              alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_pharmacy(rng):
    bene = person(rng)[0]
    bn = bene_no(rng)
    sd = dt.date(2026, 4, rng.randint(20, 28))
    fills = sorted({plus(sd, -rng.randint(2, 6)), plus(sd, -rng.randint(9, 14)), plus(sd, -rng.randint(17, 24))})
    deny = 1
    p = DMSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, RETAIL[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Sycamore Ave, Yuma AZ 853{rng.randint(10, 99)}  |  Pharmacy "
                 f"928-555-{digits(rng, 4)}  |  NCPDP {digits(rng, 7)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("NOTICE TO CUSTOMER: INSURANCE CLAIM RESULTS", 11, "B")
    p.ln(1)
    p.pairs([("Printed", fdate(sd, "dash")), ("Customer", bene), ("Plan billed", "CHAMPVA"),
             ("Cardholder ID", bn)], label_w=34, size=9.2)
    p.ln(3)
    rows, prices = [], []
    names = ["metformin 500 mg #60", "atorvastatin 40 mg #90", "fluticasone nasal spray 16 g"]
    for i, d in enumerate(fills):
        pr = amount(rng, 38, 260)
        prices.append(pr)
        rx = digits(rng, 7)
        if i == deny:
            rows.append([fdate(d, "slash"), rx, names[i], money(pr), "REJECTED 41", money(pr)])
        else:
            copay = round(pr * 0.25, 2)
            rows.append([fdate(d, "slash"), rx, names[i], money(pr), "PAID", money(copay)])
    p.table(["Fill date", "Rx #", "Medication", "Our price", "Plan response", "You paid"], rows,
            [24, 24, 54, 24, 26, 22], size=8.6)
    p.para(f"CHAMPVA rejected the claim for {names[deny]} filled {fdate(fills[deny], 'slash')} with code 41: "
           "submit the bill to the other processor or primary payer. CHAMPVA shows that you have other insurance "
           "with drug coverage. Please bring us that plan's card so we can bill it first; we will then send the "
           "balance to CHAMPVA and refund what you paid if it is covered.", 9.2)
    p.para("This notice is from your pharmacy. It is not a decision by CHAMPVA. For questions about your CHAMPVA "
           "coverage, call the number on the back of your CHAMPVA card.", 9.2)
    t = truth("other", None, insurer="CHAMPVA", member_id=bn, member_name=bene, claim_amount=m2(prices[deny]),
              service_dates=[span(fills[deny])], denial_date=sd.isoformat(), provider=RETAIL[0],
              unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in fills]]})
    return out(p), t


def lowres_no_labels(rng):
    bene = person(rng)[0]
    bn = bene_no(rng)
    nd = dt.date(2026, 2, rng.randint(9, 20))
    fill = plus(nd, -rng.randint(20, 32))
    billed = amount(rng, 610, 1450)
    n = dcn(rng)
    doc = "Dr. " + person(rng)[0]
    p = DMSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "CHAMPVA In-house Treatment Initiative (CITI)")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [bene, f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Macon GA 312{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {bene}:", 10)
    p.para(f"We are writing about the claim that {RETAIL[1]} sent us for budesonide inhalation suspension that "
           f"{doc} prescribed for you. The pharmacy filled it on {fdate(fill, 'long')} and charged "
           f"{money(billed)}. We gave this claim document control number {n}. Your CHAMPVA beneficiary number is "
           f"{bn}.", 10)
    p.para(f"You receive your care at {VAMC} under the CHAMPVA In-house Treatment Initiative. Under this "
           "initiative, medications that your VA provider prescribes are dispensed by the VA medical center's "
           "pharmacy at no cost to you. A retail pharmacy's claim for a medication the VA medical center dispenses "
           "cannot be paid by CHAMPVA, so we have denied this claim.", 10)
    p.para(f"You can have this prescription filled by the {VAMC} pharmacy. Call it at 1-800-555-{digits(rng, 4)}. "
           "If you have left the initiative or now have other health insurance, let us know and we will look at the "
           "claim again.", 10)
    p.para("If you think we are wrong, you may appeal. Write to us within one year of the date of this letter and "
           "tell us why you disagree. Include a copy of this letter.", 10)
    p.para("Sincerely,\n\nCHAMPVA Claims Processing", 10)
    t = truth("denial_letter", "out_of_network", insurer=HAC, member_id=bn, member_name=bene, cases=[n],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=RETAIL[1],
              appeal_deadline=dt.date(2027, nd.month, nd.day).isoformat(), denial_alternates=["other"],
              alternates={"insurer": ALT_INS, "provider": [doc[4:]]})
    return out(p), t


def photocopy_grid(rng):
    bene, sponsor = person(rng)[0], person(rng)[0]
    bn = bene_no(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    fill = dt.date(2026, 2, rng.randint(3, 26))
    billed = amount(rng, 480, 1200)
    apl = f"A1-26-{digits(rng, 6)}"
    n = dcn(rng)
    prescriber = person(rng)[0]
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "CHAMPVA Appeals")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(2)
    p.grid([[("Notice issued", fdate(nd, "abbr")), ("Appeal no.", apl), ("Original DCN", n)],
            [("Beneficiary", bene), ("Beneficiary number", bn), ("Sponsor", sponsor)],
            [("Dates of care", fdate(fill, "slash")), ("Amount charged", money(billed)),
             ("Appeal received", fdate(plus(nd, -rng.randint(30, 50)), "slash"))],
            [("Dispensing pharmacy", RETAIL[2]), ("Prescriber", prescriber), ("Decision", "Denial upheld")]],
           size=9.2)
    p.para(f"You asked us to reconsider our denial of a compounded topical cream (ketoprofen, lidocaine and "
           f"gabapentin in a cream base) that {RETAIL[2]} filled for you. A reviewer who did not take part in the "
           "first decision looked at your appeal, the prescriber's letter and the claim.", 9.4)
    p.para("**Decision: the denial is upheld.** CHAMPVA does not cover compounded drugs made from bulk chemical "
           "powders that are not approved by the Food and Drug Administration for the way they are used. "
           "The prescriber's letter does not show that an FDA-approved drug could not be used instead.", 9.4)
    p.para("**If you still disagree.** You may ask for a second-level review. Your request must be received within "
           "90 days of the date of this decision. A second-level review is the last level of appeal for this claim. "
           f"Appeals line 1-800-555-{digits(rng, 4)}; fax 303-555-{digits(rng, 4)}.", 9.4)
    p.para("CHAMPVA Appeals Unit", 9.4)
    t = truth("denial_letter", "not_covered", insurer=HAC, member_id=bn, member_name=bene, cases=[apl, n],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=RETAIL[2],
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["experimental"],
              alternates={"insurer": ALT_INS, "case_numbers": [[apl], [n]], "provider": [prescriber]})
    return out(p), t


def finefax_stack(rng):
    bene = person(rng)[0]
    bn = bene_no(rng)
    ad = dt.date(2026, 3, rng.randint(2, 10))
    start, stop = plus(ad, 1), plus(ad, 365)
    pa = f"PA-{digits(rng, 8)}"
    fax1 = f"{ad.month}/{ad.day}/26 15:{rng.randint(10, 59)}  VA HAC PHARMACY PA  303-555-{digits(rng, 4)}  P.{{n}}"
    p = DMSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "CHAMPVA Pharmacy Prior Authorization")
    p.line(f"Date: {fdate(ad, 'long')}", 9.5)
    p.ln(2)
    p.line(bene, 9.5)
    p.ln(2)
    p.line("PRIOR AUTHORIZATION APPROVED", 11.5, "B")
    p.pairs([("Beneficiary number", bn), ("Authorization", pa), ("Drug", "adalimumab-aaty 40 mg pen, 2 per 28 days"),
             ("Dispense through", MBM), ("Valid", f"{fdate(start, 'slash')} - {fdate(stop, 'slash')}")],
            label_w=42, size=9.4)
    p.ln(2)
    p.para("We approved this drug. It will be sent to you by Meds by Mail. A retail pharmacy's claim for it is not "
           "covered by this approval.", 9.6)
    p.para("CHAMPVA Pharmacy Benefits", 9.6)
    doc1 = (out(p), truth("other", None, insurer=HAC, member_id=bn, member_name=bene, cases=[pa],
                          service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=MBM,
                          alternates={"insurer": ALT_INS, "service_dates": [[span(start)], []], "provider": [None],
                                      "case_numbers": [[]]}))
    nd = dt.date(2026, 5, rng.randint(4, 14))
    fill = plus(nd, -rng.randint(15, 28))
    billed = amount(rng, 2800, 6900)
    n = dcn(rng)
    fax2 = f"{nd.month}/{nd.day}/26 11:{rng.randint(10, 59)}  VA HAC CHAMPVA  303-555-{digits(rng, 4)}  P.{{n}}"
    q = DMSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "CHAMPVA Pharmacy Claims")
    q.line("NOTICE OF CLAIM DENIAL", 11.5, "B")
    q.ln(1)
    q.pairs([("Date of notice", fdate(nd, "slash")), ("Beneficiary", bene), ("Beneficiary number", bn),
             ("Tracking ID", n), ("Date dispensed", fdate(fill, "slash")), ("Pharmacy", RETAIL[0]),
             ("Billed", money(billed))], label_w=42, size=9.4)
    q.ln(2)
    q.para(f"{RETAIL[0]} billed us for etanercept 50 mg/mL, 4 syringes. This drug needs prior authorization before "
           "CHAMPVA will pay for it, and we have no prior authorization on file for it. (Your approval "
           f"{pa} is for a different drug and is filled by Meds by Mail.) We have denied the claim.", 9.6)
    q.para("Your prescriber may ask for prior authorization. If it is approved, the pharmacy may send the claim again. "
           "You may also appeal in writing within 90 days of the date of this notice.", 9.6)
    q.para("CHAMPVA Pharmacy Claims", 9.6)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=HAC, member_id=bn, member_name=bene,
                          cases=[n], claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(),
                          provider=RETAIL[0], appeal_deadline=plus(nd, 90).isoformat(),
                          alternates={"insurer": ALT_INS}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_landscape_eob_four_fills_one_meds_by_mail_denied", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_sidebar_letter_other_insurance_primary", "fax_standard_g4", [faxstd_sidebar(rng)]),
        Item(F + "phone_spanish_meds_by_mail_required", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_retail_pharmacy_notice_one_fill_rejected", "rotated", [rotated_pharmacy(rng)]),
        Item(F + "lowres_no_labels_letter_citi_va_pharmacy", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "photocopy_grid_first_level_appeal_upheld_compound", "photocopy", [photocopy_grid(rng)]),
        Item(F + "finefax_stack_cover_pa_approval_then_denial_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
