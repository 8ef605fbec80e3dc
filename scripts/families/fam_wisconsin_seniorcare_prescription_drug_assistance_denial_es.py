"""Notices mirrored (structure and wording style only) from Wisconsin's SeniorCare prescription drug assistance
program (the Wisconsin Department of Health Services as itself) on pharmacy claims SeniorCare did not pay: the
pharmacy is not enrolled in SeniorCare, the drug's maker has no rebate agreement, a Medicare Part D plan must pay
first, the drug needs prior authorization, the fill fell after the benefit period ended, or the member's
participation-level deductible was not yet met. Several notices are in Spanish. The program and DHS appear as
themselves; every pharmacy, prescriber, person, number, address and amount is invented, and so are the 30-day
review limit and the reason codes (the 45-day fair hearing line is a decoy).

Documents (8 in 7 files):
- faxstd_caption_boxes_pharmacy_not_enrolled: a claim denial as a standard fax, a header of small captioned boxes,
  the pharmacy named only in a table column "Pharmacy / NPI", the notice reference only in the footer.
- phone_spanish_drug_maker_no_rebate: Spanish notice photographed, a drug whose maker has no rebate agreement;
  the fill date printed day-first (dd/mm/aaaa) in a box and in words in the text.
- lowres_spanish_claims_summary_part_d_first: a Spanish claims summary (four fills, two-digit years, one denied
  because the member's Part D plan must pay first), at 150 dpi.
- rotated_pharmacy_statement_one_fill_rejected: the pharmacy's own statement (letterhead and a different "Remit
  to" address), three fills, one rejected by SeniorCare for prior authorization; denies nothing.
- photocopy_no_labels_prior_authorization: a letter with no labels, a fill denied for no prior authorization,
  the program's pharmacist consultant signing, an earlier letter's date in the text.
- bd_sidebar_review_upheld_benefit_period_ended: a review decision (upheld) in two columns with a right-hand
  sidebar; review number, claim ICN and the first notice's reference; only a fair hearing remains.
- finefax_stack_enrollment_then_spanish_deductible: a fax cover, the enrollment notice (Level 2b, deductible;
  denies nothing), then a Spanish denial (deductible not met) fed upside down, and its duplex back.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdnf import TAGLINES, DNSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "wisconsin_seniorcare_prescription_drug_assistance_denial_es"
LANG = "en"
SEED = 352305
DHS = "Wisconsin Department of Health Services"
ALT_INS = ["SeniorCare", "Wisconsin SeniorCare", "Department of Health Services", "DHS", "State of Wisconsin"]
PHARM = ["Owl Prairie Pharmacy", "Tamarind Lane Drug", "Cobblestone Apothecary", "Driftless Ridge Pharmacy"]
CITY = [("Eau Claire", "547"), ("Wausau", "544"), ("Oshkosh", "549"), ("La Crosse", "546")]


def mid(rng):
    """A SeniorCare member ID invented for the family: ten digits."""
    return digits(rng, 10)


def icn(rng, sep=" "):
    """An internal control number: 13 digits, printed in groups."""
    s = "26" + digits(rng, 11)
    return sep.join([s[:4], s[4:7], s[7:11], s[11:]])


def _head(p, rng, unit="SeniorCare", es=False):
    p.f(8)
    p.cell(0, 4, "State of Wisconsin  |  " + ("Departamento de Servicios de Salud" if es else "Division of Medicaid Services"),
           new_x="LMARGIN", new_y="NEXT")
    p.f(13, "B")
    p.cell(0, 6.5, DHS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.3)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(6100, 8900)}, Madison WI 537{rng.randint(10, 99)}  |  "
                 f"1-800-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _addr(p, who, rng, w=None):
    c, z = rng.choice(CITY)
    for ln in [who, f"{rng.randint(100, 9800)} {rng.choice(['Birch Hollow Rd', 'Lakeshore Dr', 'W Mill St'])}",
               f"{c} WI {z}{rng.randint(10, 99)}"]:
        p.set_x(p.l_margin)
        p.cell(w or 0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")


def faxstd_boxes(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    fill = plus(nd, -rng.randint(12, 25))
    billed = amount(rng, 140, 520)
    n = icn(rng)
    ref = f"SCN-26-{digits(rng, 6)}"
    npi = digits(rng, 10)
    prescriber = person(rng)[0]
    fax = f"{nd.month:02d}/{nd.day:02d}/2026 10:{rng.randint(10, 59)}  WI DHS SENIORCARE  608-555-{digits(rng, 4)}  P.{{n}}/1"
    p = DNSheet(footer=None, fax_hdr=fax, foot_ref=f"Notice reference {ref}   |   F-10{rng.randint(100, 999)} (01/2026)")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "SeniorCare Prescription Drug Assistance")
    p.line("SENIORCARE NOTICE: A PRESCRIPTION CLAIM WAS NOT PAID", 11.5, "B")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Member ID", m), ("Benefit period", "05/01/2025 - 04/30/2026")],
            [("Member", mem), ("Date of birth", fdate(dt.date(rng.randint(1936, 1960), rng.randint(1, 12),
                                                                rng.randint(1, 28)), "slash")),
             ("Participation level", "Level 1")],
            [("Claim ICN", n), ("Date received", fdate(plus(fill, 2), "slash")), ("Amount billed", money(billed))]],
           size=9.4, cap=6.2, h=10)
    p.table(["Date filled", "Rx no.", "Drug", "Pharmacy / NPI", "Billed", "Status"],
            [[fdate(fill, "slash"), digits(rng, 7), "pantoprazole 40 mg #90", f"{PHARM[0]} / {npi}",
              money(billed, "nosign"), "Denied 77"]], [22, 18, 40, 62, 18, 18], size=8.4)
    p.para(f"**Reason (77).** The pharmacy that filled this prescription is not enrolled as a SeniorCare provider. "
           f"SeniorCare pays only enrolled pharmacies. The prescription was written by {prescriber}; the prescriber "
           "is not the reason for this decision.", 9.3)
    p.para("**What you can do.** Most pharmacies in Wisconsin take SeniorCare. Ask a SeniorCare pharmacy to fill "
           "your next prescription. If you paid for this fill, ask the pharmacy whether it can enroll and bill "
           "SeniorCare.", 9.3)
    p.para("**Your right to a review.** If you think this decision is wrong, you may ask SeniorCare to review it. "
           "Your request must be received within 30 days of the date of this notice. You also have the right to a "
           "fair hearing: write to the Division of Hearings and Appeals within 45 days of the date of this notice.",
           9.3)
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "out_of_network", insurer=DHS, member_id=m, member_name=mem, cases=[n, ref],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=PHARM[0],
              appeal_deadline=plus(nd, 30).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT_INS, "case_numbers": [[n], [ref]], "provider": [prescriber]})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(23, 31))
    fill = dt.date(2026, 3, rng.randint(2, 9))          # day <= 12: dd/mm and mm/dd both look like dates
    billed = amount(rng, 60, 210)
    n = icn(rng, "-")
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "SeniorCare - Asistencia para medicamentos recetados", es=True)
    p.line("AVISO: SENIORCARE NO PAGÓ UN MEDICAMENTO", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", m),
             ("Número de control (ICN)", n), ("Fecha de surtido", fill.strftime("%d/%m/%Y")),
             ("Farmacia", PHARM[1]), ("Cargo facturado", money(billed)),
             ("Medicamento", "loratadina 10 mg, 30 tabletas")], label_w=58, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"SeniorCare no pagará el medicamento que {PHARM[1]} le surtió el {fdate(fill, 'long', 'es')}. "
           "SeniorCare cubre solo medicamentos cuyos fabricantes tienen un acuerdo de reembolso con el estado de "
           "Wisconsin. El fabricante de este producto no tiene ese acuerdo, por lo que el medicamento no está "
           "cubierto.", 9.8)
    p.para("Hable con su médico o farmacéutico: puede haber un producto parecido que sí está cubierto.", 9.8)
    p.para("**Si no está de acuerdo.** Puede pedir que SeniorCare revise esta decisión. Su pedido debe recibirse "
           "dentro de 30 días a partir de la fecha de este aviso. También puede pedir una audiencia imparcial "
           "(fair hearing) a la División de Audiencias y Apelaciones dentro de 45 días.", 9.8)
    p.para("Programa SeniorCare", 9.8)
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "not_covered", insurer=DHS, member_id=m, member_name=mem, cases=[n],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=PHARM[1],
              appeal_deadline=plus(nd, 30).isoformat(), lang="es", alternates={"insurer": ALT_INS})
    return out(p), t


def lowres_summary(rng):
    mem = person(rng)[0]
    m = mid(rng)
    sd = dt.date(2026, 4, rng.randint(6, 10))
    fills = sorted({plus(sd, -rng.randint(3, 8)), plus(sd, -rng.randint(10, 16)), plus(sd, -rng.randint(18, 24)),
                    plus(sd, -rng.randint(26, 33))})
    deny = 2
    rows, charges, icns = [], [], []
    drugs = ["metformina 500 mg #60", "lisinopril 10 mg #30", "apixabán 5 mg #60", "atorvastatina 20 mg #30"]
    for i, d in enumerate(fills):
        c = amount(rng, 20, 90) if i != deny else amount(rng, 480, 640)
        charges.append(c)
        k = icn(rng, "")
        icns.append(k)
        if i == deny:
            rows.append([d.strftime("%d/%m/%y"), k, PHARM[3], drugs[i], money(c, "nosign"), "0.00", "0.00", "D-12"])
        else:
            cop = 5.0 if i % 2 == 0 else 15.0
            rows.append([d.strftime("%d/%m/%y"), k, PHARM[3], drugs[i], money(c, "nosign"),
                         money(round(c * 0.85 - cop, 2), "nosign"), money(cop, "nosign"), "P-01"])
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng, "SeniorCare - Resumen de reclamos", es=True)
    p.line("RESUMEN DE RECLAMOS DE MEDICAMENTOS", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del resumen", fdate(sd, "long", "es")), ("Miembro", mem), ("Número de miembro", m),
             ("Período de beneficios", "01/01/2026 al 31/12/2026"), ("Nivel de participación", "Nivel 2a, deducible cumplido")],
            label_w=50, size=9.2)
    p.ln(2)
    p.table(["Fecha (dd/mm/aa)", "Núm. de control", "Farmacia", "Medicamento", "Cargo", "Pagado", "Copago", "Nota"],
            rows, [19, 25, 40, 36, 16, 15, 14, 11], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para(f"**D-12.** El reclamo de apixabán del {fdate(fills[deny], 'long', 'es')} no se pagó. Usted tiene un "
           "plan de medicamentos de Medicare (Parte D). La farmacia debe cobrar primero a su plan de la Parte D; "
           "después SeniorCare puede pagar lo que su plan no pague. **P-01** Pagado; usted paga el copago.", 8.8)
    p.para("**Si no está de acuerdo** con un reclamo, pida una revisión dentro de 30 días a partir de la fecha de "
           "este resumen. Para una audiencia imparcial, tiene 45 días.", 8.8)
    t = truth("eob", "other", insurer=DHS, member_id=m, member_name=mem, cases=[icns[deny]],
              claim_amount=m2(charges[deny]), service_dates=[span(fills[deny])], denial_date=sd.isoformat(),
              provider=PHARM[3], appeal_deadline=plus(sd, 30).isoformat(), lang="es",
              alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_statement(rng):
    mem = person(rng)[0]
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 12))
    fills = sorted({plus(sd, -rng.randint(3, 9)), plus(sd, -rng.randint(12, 18)), plus(sd, -rng.randint(21, 27))})
    deny = 0
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, PHARM[2], new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 980)} Main St, Wausau WI 544{rng.randint(10, 99)}  |  715-555-{digits(rng, 4)}  |  "
                 f"NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Remit to: {PHARM[2]} Billing Office, PO Box {rng.randint(1000, 9800)}, Green Bay WI 543{rng.randint(10, 99)}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("CUSTOMER STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Customer", mem), ("Account", f"CA-{digits(rng, 6)}"),
             ("Plan on file", f"SeniorCare (Wisconsin DHS), ID {m}")], label_w=34, size=9.2)
    p.ln(2)
    rows, prices = [], []
    names = ["rosuvastatin 10 mg #30", "levothyroxine 75 mcg #30", "omeprazole 20 mg #30"]
    names[deny] = "dulaglutide 1.5 mg pens #4"
    for i, d in enumerate(fills):
        pr = amount(rng, 30, 95) if i != deny else amount(rng, 760, 990)
        prices.append(pr)
        if i == deny:
            rows.append([fdate(d, "slash"), digits(rng, 7), names[i], money(pr), "Rejected: PA required", money(0)])
        else:
            rows.append([fdate(d, "slash"), digits(rng, 7), names[i], money(pr), "Paid by SeniorCare", money(5)])
    p.table(["Fill date", "Rx #", "Medication", "Price", "SeniorCare response", "You owe"], rows,
            [24, 22, 50, 22, 38, 20], size=8.6)
    p.para(f"SeniorCare rejected the {names[deny].split()[0]} fill on {fdate(fills[deny], 'slash')}: the drug needs "
           "prior authorization. We asked your prescriber to request it. We have not charged you for this fill while "
           "the request is pending. Balance due now: $10.00.", 9.2)
    p.para("This statement is from your pharmacy, not from SeniorCare.", 9.2)
    t = truth("other", None, insurer=DHS, member_id=m, member_name=mem, claim_amount=m2(prices[deny]),
              service_dates=[span(fills[deny])], denial_date=sd.isoformat(), provider=PHARM[2], unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in fills]]})
    return out(p), t


def photocopy_prose(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    fill = plus(nd, -rng.randint(14, 22))
    billed = amount(rng, 380, 910)
    n = icn(rng)
    presc = "Dr. " + person(rng)[0]
    consult = person(rng)[0]
    p = DNSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "SeniorCare Pharmacy Services")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    _addr(p, mem, rng)
    p.ln(4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"On {fdate(fill, 'long')}, {PHARM[3]} filled a prescription for tiotropium inhalation powder that "
           f"{presc} wrote for you, and sent SeniorCare a claim for {money(billed)}. The claim's control number is "
           f"{n}. Your SeniorCare member ID is {m}.", 10)
    p.para("SeniorCare cannot pay this claim. This drug needs prior authorization before SeniorCare pays for it, and "
           "no prior authorization was on file on the day it was filled. In our letter of "
           f"{fdate(plus(nd, -rng.randint(70, 95)), 'long')} we told you that this drug would need prior "
           "authorization starting this year.", 10)
    p.para("Your prescriber can ask for prior authorization. If it is approved, the pharmacy can send the claim "
           "again. If you think we are wrong, you may ask us to review this decision within 30 days of the date of "
           "this letter. You may also ask for a fair hearing within 45 days.", 10)
    p.para(f"Sincerely,\n\n{consult}, PharmD\nPharmacist Consultant, SeniorCare", 10)
    t = truth("denial_letter", "prior_authorization", insurer=DHS, member_id=m, member_name=mem, cases=[n],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=PHARM[3],
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [presc[4:]]})
    return out(p), t


def bd_sidebar(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(8, 18))
    ended = dt.date(2026, 4, 30)
    fill = dt.date(2026, 5, rng.randint(4, 14))
    billed = amount(rng, 210, 460)
    n = icn(rng)
    rv = f"RV-2026-{digits(rng, 5)}"
    old = f"SCN-26-{digits(rng, 6)}"
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "SeniorCare Reviews")
    y0 = p.get_y()
    sx, sw = 134, 64
    p.sidebar([("Review number", rv), ("Decided", fdate(nd, "long")), ("Member ID", m), ("Claim ICN", n),
               ("First notice", old), ("Date filled", fdate(fill, "slash")), ("Amount billed", money(billed)),
               ("Pharmacy", PHARM[0]), ("Benefit period ended", fdate(ended, "slash")),
               ("Review request received", fdate(plus(nd, -rng.randint(15, 25)), "slash"))],
              sx, y0, sw, "Review summary", size=8.4)
    p.set_y(y0)
    cw = sx - p.l_margin - 6
    _addr(p, mem, rng, cw)
    p.ln(5)
    p.col_para("**Decision on your review: SeniorCare's decision stays the same**", cw, 10)
    p.col_para(f"Dear {mem}:", cw)
    p.col_para(f"You asked us to review our notice {old} about a prescription {PHARM[0]} filled for you. A reviewer "
               "who did not make the first decision looked at your request and our records.", cw)
    p.col_para(f"Your SeniorCare benefit period ended on {fdate(ended, 'long')}. We did not receive your renewal "
               "application and the $30 annual fee before that date. You were not enrolled in SeniorCare on the day "
               "the prescription was filled, so SeniorCare cannot pay for it. We received your renewal later and your "
               "new benefit period starts on the first day of the month after we received it.", cw)
    p.col_para("**Fair hearing.** This review was the last step with SeniorCare. If you still disagree, you may ask "
               "the Division of Hearings and Appeals for a fair hearing within 45 days of the date of this decision.",
               cw)
    p.col_para("SeniorCare Review Unit", cw)
    p.set_y(max(p.get_y(), 215))
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "eligibility", insurer=DHS, member_id=m, member_name=mem, cases=[rv, n],
              claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(), provider=PHARM[0],
              appeal_deadline=None,
              alternates={"insurer": ALT_INS, "case_numbers": [[rv], [n], [rv, n, old]]})
    return out(p), t


def finefax_stack(rng):
    mem = person(rng)[0]
    m = mid(rng)
    ad = dt.date(2026, 2, rng.randint(2, 12))
    bp0 = dt.date(2026, 3, 1)
    bp1 = dt.date(2027, 2, 28)
    case = f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}"
    fax1 = f"{ad.month}/{ad.day}/26 14:{rng.randint(10, 59)}  SENIORCARE ENROLLMENT  608-555-{digits(rng, 4)}  P.{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "SeniorCare Enrollment")
    p.line(f"Date: {fdate(ad, 'long')}", 9.5)
    p.ln(2)
    _addr(p, mem, rng)
    p.ln(3)
    p.line("YOU ARE ENROLLED IN SENIORCARE", 11.5, "B")
    p.pairs([("Member ID", m), ("Case number", case), ("Benefit period", f"{fdate(bp0, 'slash')} - {fdate(bp1, 'slash')}"),
             ("Participation level", "Level 2b"), ("Deductible", "$850.00 per benefit period"),
             ("Annual fee received", "$30.00")], label_w=46, size=9.4)
    p.ln(2)
    p.para("At Level 2b you pay the SeniorCare rate for covered drugs at a SeniorCare pharmacy until those payments "
           "reach $850.00. After that, you pay a $5 copay for generic drugs and a $15 copay for brand-name drugs for "
           "the rest of the benefit period.", 9.6)
    p.para("SeniorCare Enrollment Services", 9.6)
    doc1 = (out(p), truth("other", None, insurer=DHS, member_id=m, member_name=mem, cases=[case],
                          denial_date=ad.isoformat(),
                          alternates={"insurer": ALT_INS, "case_numbers": [[]],
                                      "service_dates": [[span(bp0, bp1)]]}))
    nd = dt.date(2026, 4, rng.randint(13, 24))
    fill = plus(nd, -rng.randint(10, 20))
    billed = amount(rng, 190, 420)
    n = icn(rng)
    fax2 = f"{nd.month}/{nd.day}/26 09:{rng.randint(10, 59)}  SENIORCARE  608-555-{digits(rng, 4)}  P.{{n}}"
    q = DNSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "SeniorCare - Reclamos de farmacia", es=True)
    q.line("AVISO SOBRE SU RECLAMO DE FARMACIA", 11.5, "B")
    q.ln(1)
    q.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", m),
             ("Número de control", n), ("Fecha de surtido", fdate(fill, "long", "es")), ("Farmacia", PHARM[2]),
             ("Cargo facturado", money(billed))], label_w=46, size=9.4)
    q.ln(2)
    q.para(f"SeniorCare no pagó el reclamo de {PHARM[2]} por eszopiclona 2 mg. Usted está en el Nivel 2b y todavía "
           "no ha cumplido su deducible de $850.00 de este período de beneficios. Hasta cumplirlo, usted paga la "
           "tarifa de SeniorCare en la farmacia. Lo que pagó cuenta para su deducible.", 9.6)
    q.para("Si no está de acuerdo, pida una revisión dentro de 30 días a partir de la fecha de este aviso.", 9.6)
    q.para("Programa SeniorCare", 9.6)
    doc2 = (out(q), truth("denial_letter", "other", insurer=DHS, member_id=m, member_name=mem, cases=[n],
                          claim_amount=m2(billed), service_dates=[span(fill)], denial_date=nd.isoformat(),
                          provider=PHARM[2], appeal_deadline=plus(nd, 30).isoformat(), lang="es",
                          denial_alternates=["not_covered", "eligibility"], alternates={"insurer": ALT_INS}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_caption_boxes_pharmacy_not_enrolled", "fax_standard_g4", [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_drug_maker_no_rebate", "phone_photo", [phone_spanish(rng)]),
        Item(F + "lowres_spanish_claims_summary_part_d_first", "scan_lowres_150", [lowres_summary(rng)]),
        Item(F + "rotated_pharmacy_statement_one_fill_rejected", "rotated", [rotated_statement(rng)]),
        Item(F + "photocopy_no_labels_prior_authorization", "photocopy", [photocopy_prose(rng)]),
        Item(F + "bd_sidebar_review_upheld_benefit_period_ended", "born_digital", [bd_sidebar(rng)]),
        Item(F + "finefax_stack_enrollment_then_spanish_deductible", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", "duplex"], turns={(1, 0): 180}),
    ]
