"""Michigan Medicaid (Michigan Department of Health and Human Services, Medical Services Administration) notices on
blood lead testing claims for young children, mirrored for structure and wording style only: a venous
confirmation test paid, a capillary retest drawn inside the retest window after a venous test denied, and the
claim for an environmental lead investigation of the child's home (T1029) denied because the investigating
company was not an enrolled Medicaid provider on the date of service. The state program, its fair-hearing
right, CPT / HCPCS codes and lead terms appear as themselves; the retest window wording, every clinic,
laboratory, company, person, number and phone is invented.

Documents (8 in 7 files):
- bd_claim_status_table_from_to_capillary_denied: an explanation of claims to the pediatric clinic for one child,
  five rows with From and To columns (a well-child visit, the venous test and its draw paid, a course of lead
  education home visits as a span, the capillary retest denied), a total row, a footnote naming the denied
  row's dates in words; the child's date of birth beside the visit date, a prior claim in the text.
- faxstd_provider_notice_captions_not_enrolled: small-type notice to the investigation company under a typed fax
  header line, captions over ruled boxes (claim number with "-01", NPI and tax ID in the same row, beneficiary ID,
  DOB next to DOS, From / To), T1029 denied, provider not enrolled; the enrollment date as decoy.
- copy_two_page_company_letter_to_appeals_unit: the investigation company's two-page letter "To the appeals unit:"
  (the department the addressee), the earlier claim's number and date, the child's DOB, a repeated header on
  page 2 (denies nothing).
- phone_spanish_first_two_page_notice_to_parent: the beneficiary notice in Spanish on page 1 and English on
  page 2 (the capillary retest not paid); only a state fair hearing is offered.
- rotated_payment_notice_facts_column_left: a two-column notice to the laboratory that the venous confirmation
  was paid, the facts column on the left (denies nothing).
- lowres_parent_notice_investigation_two_column: the notice to the parent that the home investigation was not
  paid, the facts in a right-hand column running beside the letter for the page; hearing rights only.
- scan300_stack_clinic_statement_then_turned_denial: the clinic's statement to the parent (denies nothing),
  a blank separator, then the department's notice to the clinic of a capillary retest denied for a sibling,
  fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjf import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_blood_lead_screening_and_home_investigation_claim_denial"
LANG = "en"
SEED = 351505
STATE = "Michigan Department of Health and Human Services"
MSA = "Medical Services Administration"
ALT_INS = {"insurer": ["Michigan Medicaid", "MDHHS", "Medical Services Administration",
                       "Michigan Department of Health and Human Services Medical Services Administration"]}
CLINIC = "Tamarack Pediatric Associates"
PED = "Rosalie K. Brandvold"
LAB = "Heronwood Reference Laboratory"
INVEST = "Riverbend Lead Safe Homes, LLC"
ASSESSOR = "Colm R. Atherley"
WINDOW = ("A capillary blood lead test is not paid when it is drawn within 90 days after a venous blood lead "
          "test for the same child. Follow-up testing after a venous confirmation must be venous.")


def _bid(rng):
    return digits(rng, 10)


def _claim(rng):
    return "26" + digits(rng, 11) + "-01"


def _child(rng):
    return person(rng)


def _dob(rng):
    return dt.date(rng.randint(2023, 2024), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DJSheet, rng, unit: str, y: float = 12, es: bool = False):
    p.set_y(y)
    p.f(12.5, "B")
    p.cell(0, 5.5, STATE, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, f"{MSA}  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 3.8, f"PO Box {rng.randint(30000, 30999)}, Lansing MI 489{rng.randint(10, 99)}   "
                   f"{'Línea de beneficiarios' if es else 'Beneficiary Help Line'} 1-800-555-{digits(rng, 4)}   "
                   "TTY 711", new_x="LMARGIN", new_y="NEXT")
    y2 = p.get_y() + 1
    p.line_seg(p.l_margin, y2, p.w - p.r_margin, y2)
    p.set_y(y2 + 4)


def bd_claim_status(rng):
    mem = _child(rng)[0]
    bid = _bid(rng)
    dob = _dob(rng)
    sd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    ven = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 4))
    cap = plus(ven, rng.randint(18, 30))
    h0, h1 = plus(ven, 7), plus(ven, 28)
    prior = "31-" + digits(rng, 8)
    vis, vlab, draw, edu, clab, cdraw = (amount(rng, 140, 190), amount(rng, 31, 44), 12.00,
                                          amount(rng, 220, 310), amount(rng, 26, 38), 9.50)
    crow = round(clab + cdraw, 2)
    cl = [_claim(rng) for _ in range(4)]
    tot = round(vis + vlab + draw + edu + crow, 2)
    p = DJSheet(footer="Page {n} of {nb}", footer_left="MSA-EOC (01/26)")
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Explanation of Claims - Provider Copy")
    p.right_block([("Date issued:", fdate(sd, "slash")), ("Billing provider:", CLINIC),
                   ("Billing NPI:", digits(rng, 10)), ("Beneficiary:", mem), ("Beneficiary ID:", bid)],
                  w=110, size=8.5, y=p.get_y())
    p.ln(3)
    p.para(f"This explanation lists the claims for one child processed for {CLINIC}. The child's date of birth on "
           f"file is {fdate(dob, 'slash')}; the well-child visit was on {fdate(ven, 'slash')}. Your earlier claim "
           f"{prior} for {fdate(plus(ven, -63), 'long')} (capillary screening) was paid on a prior explanation.", 8.6)
    rows = [[cl[0], "99392 EP", "Well-child visit (EPSDT)", fdate(ven, "slash"), fdate(ven, "slash"),
             money(vis, "nosign"), money(vis * 0.9, "nosign"), "Paid"],
            [cl[1], "83655 / 36415", "Blood lead, venous + venipuncture", fdate(ven, "slash"), fdate(ven, "slash"),
             money(vlab + draw, "nosign"), money(vlab + draw, "nosign"), "Paid"],
            [cl[2], "T1002", "Lead education home visits (x4)", fdate(h0, "slash"), fdate(h1, "slash"),
             money(edu, "nosign"), money(edu * 0.85, "nosign"), "Paid"],
            [cl[3], "83655 / 36416", "Blood lead, capillary + collection", fdate(cap, "slash"), fdate(cap, "slash"),
             money(crow, "nosign"), "0.00", "Denied 4L2"],
            ["", "", "Total", "", "", money(tot, "nosign"),
             money(vis * 0.9 + vlab + draw + edu * 0.85, "nosign"), ""]]
    p.table(["Claim (TCN)", "Code", "Service", "From", "To", "Billed", "Paid", "Status"], rows,
            [33, 21, 47, 18, 18, 15, 15, 18], size=7.4, aligns=["L", "L", "L", "L", "L", "R", "R", "L"],
            bold_last=True)
    p.para(f"4L2  The capillary blood lead test and collection on {fdate(cap, 'long')} were denied. {WINDOW} The "
           f"venous test on {fdate(ven, 'long')} was paid. The beneficiary may not be billed for the denied service.",
           8.4)
    p.para("You may ask for an administrative review of a denied claim within 60 days of the date of this "
           "explanation. Claims must be filed within 12 months of the date of service. Questions: Provider Support "
           f"1-800-555-{digits(rng, 4)}.", 8.4)
    t = truth("eob", "not_covered", insurer=STATE, member_id=bid, member_name=mem, cases=[cl[3]],
              claim_amount=m2(crow), service_dates=[span(cap)], denial_date=sd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(sd, 60).isoformat(), alternates=ALT_INS)
    return out(p), t


def faxstd_not_enrolled(rng):
    mem = _child(rng)[0]
    bid = _bid(rng)
    dob = _dob(rng)
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(30, 40))
    rpt = plus(dos, 6)
    enr = plus(dos, rng.randint(12, 20))
    billed = amount(rng, 480, 860)
    claim = _claim(rng)
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  MDHHS MSA 517-555-{digits(rng, 4)}  TO "
           f"RIVERBEND LSH 269-555-{digits(rng, 4)}   P.{{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claim Notice")
    p.line("NOTICE OF CLAIM DENIAL - PROVIDER NOT ENROLLED ON DATE OF SERVICE", 9, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("Claim number", claim, 46), ("Rendering NPI", digits(rng, 10), 36),
         ("Tax ID", f"38-{digits(rng, 7)}", 30), ("Billed", money(billed), 26), ("Paid", "$0.00", 18)],
        [("Beneficiary", mem, 50), ("Beneficiary ID", bid, 36), ("Date of birth", fdate(dob, "slash"), 28),
         ("From", fdate(dos, "slash"), 24), ("To", fdate(rpt, "slash"), 24), ("Units", "1", 14)],
        [("Provider", INVEST, 70), ("Risk assessor", ASSESSOR, 50), ("Referred by", CLINIC, 64)],
    ], cap=6.0, val=7.6)
    p.ln(1)
    p.para(f"Service: T1029 comprehensive environmental lead investigation of the child's home, on-site on "
           f"{fdate(dos, 'slash')}, report completed {fdate(rpt, 'slash')}.", 7.8)
    p.para("Reason PE07: The rendering provider was not enrolled in Michigan Medicaid on the date of service. "
           f"Enrollment for NPI on this claim is effective {fdate(enr, 'slash')}. Services before the effective date "
           "of enrollment cannot be paid. The beneficiary may not be billed.", 7.8)
    p.add_page()
    p.band("ADMINISTRATIVE REVIEW", 7.8)
    p.para("You may ask for an administrative review within 60 days of the date of this notice. Send a copy of this "
           "notice, the enrollment approval and the investigation report. A claim for a date of service on or after "
           "the enrollment effective date may be resubmitted within 12 months of the date of service.", 7.8)
    p.para(f"Enrollment questions: Provider Enrollment 1-800-555-{digits(rng, 4)}. Form MSA-PCN-14 (01/26).", 7.8)
    t = truth("denial_letter", "out_of_network", insurer=STATE, member_id=bid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos, rpt)], denial_date=nd.isoformat(), provider=INVEST,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["other", "eligibility"],
              alternates=dict(ALT_INS, service_dates=[[span(dos)]], provider=[ASSESSOR]))
    return out(p), t


def copy_company_letter(rng):
    mem, mf, mm, ml = _child(rng)
    bid = _bid(rng)
    dob = _dob(rng)
    ld = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 3, 10) + dt.timedelta(days=rng.randint(0, 5))
    nd = plus(ld, -rng.randint(9, 14))
    claim = _claim(rng)
    earlier = "31-" + digits(rng, 8)
    billed = amount(rng, 480, 860)
    p = DJSheet(footer="Page {n} of {nb}", cont=f"{ml}, {mf}  -  Beneficiary ID {bid}  -  Claim {claim}")
    p.set_margins(22, 15, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, INVEST, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Lead inspections and risk assessments  |  Kalamazoo MI  |  269-555-{digits(rng, 4)}  |  "
                 f"EPA firm certification LBP-{digits(rng, 5)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [STATE, MSA, "Appeals Unit - Provider Administrative Review", f"Fax 517-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Re: {mem}, Beneficiary ID {bid}, claim {claim}", 10, "B")
    p.ln(2)
    p.para("To the appeals unit:", 10)
    p.para(f"We ask for an administrative review of your notice dated {fdate(nd, 'long')}, which denied our claim "
           f"for the environmental lead investigation of {mf}'s home on {fdate(dos, 'long')} ({money(billed)}, "
           f"T1029) because we were not enrolled on that date.", 10)
    p.para(f"{mf} (date of birth {fdate(dob, 'slash')}) had a venous blood lead level of 9.4 micrograms per "
           f"deciliter. The local health department asked us to inspect the home within ten working days. Our "
           f"enrollment application was filed in January and approved with an effective date after the visit; "
           f"your earlier claim {earlier} for February 17 was paid after the enrollment was corrected.", 10)
    p.add_page()
    p.para("We ask that the enrollment be made effective back to the date of the application, or that this claim be "
           "paid as an exception, because the investigation was done at the health department's request and the "
           "family has already received the report and the lead hazard control plan.", 10)
    p.para(f"The report, the referral from {CLINIC} and the enrollment approval letter are attached. Please reply "
           "to our office at the address above.", 10)
    p.para(f"Sincerely,\n\n{ASSESSOR}\nCertified Lead Risk Assessor, {INVEST}", 10)
    p.para(f"cc: Dr. {PED}, {CLINIC}", 8.5)
    t = truth("other", None, insurer=STATE, member_id=bid, member_name=mem, cases=[claim], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=INVEST,
              alternates={"insurer": [None] + ALT_INS["insurer"], "provider": [ASSESSOR], "claim_amount": [None],
                          "denial_date": [None]})
    return out(p), t


def phone_spanish(rng):
    mem = _child(rng)[0]
    parent = person(rng)[0]
    bid = _bid(rng)
    dob = _dob(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    ven = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 4))
    cap = plus(ven, rng.randint(20, 35))
    billed = amount(rng, 34, 48)
    claim = _claim(rng)
    p = DJSheet(footer="Página {n} de {nb} / Page {n} of {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng, "Aviso al beneficiario / Beneficiary Notice", es=True)
    p.line("AVISO DE SERVICIO NO PAGADO", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Para", parent), ("Beneficiario", mem),
             ("Número de miembro", bid), ("Fecha de nacimiento", fdate(dob, "dmy", "es")),
             ("Número de reclamo", claim), ("Proveedor", CLINIC), ("Fechas de servicio", fdate(cap, "long", "es")),
             ("Cantidad facturada", money(billed))], label_w=48, size=9.5, h=5.2)
    p.ln(2)
    p.para(f"Estimado/a {parent}:", 10)
    p.para(f"Michigan Medicaid no pagó la prueba capilar de plomo en la sangre que {CLINIC} le hizo a {mem} el "
           f"{fdate(cap, 'long', 'es')}. Una prueba capilar no se paga si se hace dentro de 90 días después de una "
           f"prueba venosa. La prueba venosa del {fdate(ven, 'long', 'es')} sí se pagó.", 10)
    p.para("Usted no tiene que pagar este servicio. El proveedor no le puede cobrar.", 10)
    p.para("**Su derecho a una audiencia.** Si no está de acuerdo, puede pedir una audiencia imparcial estatal ante "
           "el Michigan Office of Administrative Hearings and Rules. Debe pedirla dentro de 90 días a partir de la "
           "fecha de este aviso. Llame a la línea de beneficiarios si necesita ayuda o un intérprete.", 9.5)
    p.add_page()
    p.line("NOTICE OF SERVICE NOT PAID (English)", 11, "B")
    p.ln(1)
    p.para(f"Date of notice: {fdate(nd, 'long')}.  Beneficiary: {mem}.  Medicaid ID: {bid}.  Claim: {claim}.", 9.5)
    p.para(f"Michigan Medicaid did not pay for the capillary blood lead test that {CLINIC} gave {mem} on "
           f"{fdate(cap, 'long')} ({money(billed)}). A capillary test is not paid within 90 days after a venous "
           f"test. The venous test on {fdate(ven, 'long')} was paid.", 9.5)
    p.para("You do not have to pay for this service. The provider may not bill you.", 9.5)
    p.para("**Your right to a hearing.** If you disagree, you may ask for a state fair hearing before the Michigan "
           "Office of Administrative Hearings and Rules within 90 days of the date of this notice. Call the "
           "Beneficiary Help Line for help or an interpreter.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=STATE, member_id=bid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(cap)], denial_date=nd.isoformat(), provider=CLINIC,
              appeal_deadline=None, lang="es", alternates=ALT_INS)
    return out(p), t


def rotated_payment(rng):
    mem = _child(rng)[0]
    bid = _bid(rng)
    dob = _dob(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    ven = plus(nd, -rng.randint(16, 24))
    cap0 = plus(ven, -rng.randint(8, 14))
    billed = amount(rng, 38, 55)
    claim = _claim(rng)
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Provider Claim Notice")
    p.line("Notice of Payment", 12, "B")
    p.ln(2)
    facts = [("Notice date", fdate(nd, "abbr")), ("Provider", LAB), ("Provider NPI", digits(rng, 10)),
             ("Beneficiary", mem), ("Beneficiary ID", bid), ("Date of birth", fdate(dob, "slash")),
             ("Claim number", claim), ("Date of service", fdate(ven, "slash")), ("Billed", money(billed)),
             ("Paid", money(billed * 0.82))]
    paras = [f"{LAB}",
             f"We processed your claim for a venous blood lead test (83655) for {mem}. The test confirmed the "
             f"elevated capillary screening result from {fdate(cap0, 'long')} and was paid at the Medicaid fee "
             "schedule amount shown at left.",
             f"{WINDOW} Follow-up tests for this child should therefore be venous. A capillary test drawn before "
             f"{fdate(plus(ven, 90), 'long')} will not be paid.",
             "Results of 3.5 micrograms per deciliter or more must be reported to the local health department. "
             "Payment was made by electronic funds transfer; see your remittance advice for the deposit amount.",
             f"Provider Support: 1-800-555-{digits(rng, 4)}, Monday through Friday, 8 a.m. to 5 p.m."]
    p.side_facts(paras, facts, side="left", text_w=112, size=9.5, fsize=8.6)
    t = truth("other", None, insurer=STATE, member_id=bid, member_name=mem, cases=[claim], claim_amount=m2(billed),
              service_dates=[span(ven)], denial_date=nd.isoformat(), provider=LAB, alternates=ALT_INS)
    return out(p), t


def lowres_parent_notice(rng):
    mem = _child(rng)[0]
    parent = person(rng)[0]
    bid = _bid(rng)
    dob = _dob(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(35, 45))
    billed = amount(rng, 480, 860)
    claim = _claim(rng)
    p = DJSheet(serif=True, footer="Page {n} of {nb}", footer_left="Form MSA-BN-22 (01/26)")
    p.set_margins(18, 12, 18)
    p.add_page()
    _head(p, rng, "Beneficiary Notice")
    p.line("Notice That a Service Was Not Paid", 12, "B")
    p.ln(2)
    facts = [("Date of notice", fdate(nd, "long")), ("Beneficiary", mem), ("Medicaid ID", bid),
             ("Date of birth", fdate(dob, "slash")), ("Claim number", claim), ("Service date", fdate(dos, "slash")),
             ("Provider", INVEST), ("Amount billed", money(billed)), ("Hearing request due", "90 days"),
             ("Questions", f"1-800-555-{digits(rng, 4)}")]
    paras = [f"Dear {parent}:",
             f"{INVEST} sent Michigan Medicaid a claim for an environmental lead investigation of your home, done "
             f"on {fdate(dos, 'long')} after {mem}'s blood lead test.",
             "We did not pay this claim. The company was not enrolled as a Michigan Medicaid provider on the day of "
             "the investigation. Medicaid can pay only enrolled providers.",
             "You do not have to pay for this service. The company may not bill you for it. The lead hazard control "
             "plan in the report is still yours to use; your local health department can help you with it.",
             "**If you disagree.** You have the right to a state fair hearing. Your request must be received by the "
             "Michigan Office of Administrative Hearings and Rules within 90 days of the date of this notice. If you "
             "need an interpreter, call the number at right."]
    p.side_facts(paras, facts, side="right", text_w=116, size=10, fsize=8.6)
    t = truth("denial_letter", "out_of_network", insurer=STATE, member_id=bid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=INVEST,
              appeal_deadline=None, denial_alternates=["other", "eligibility"], alternates=ALT_INS)
    return out(p), t


def stack(rng):
    mem, mf, mm, ml = _child(rng)
    sib = f"{person(rng)[1]} {rng.choice('ABCDEFGHJKLMN')}. {ml}"
    parent = f"{person(rng)[1]} {ml}"
    bid, bid2 = _bid(rng), _bid(rng)
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 5))
    v = dt.date(2026, 1, 26) + dt.timedelta(days=rng.randint(0, 3))
    c = plus(v, rng.randint(30, 45))
    vis, ven, cap = amount(rng, 150, 190), amount(rng, 44, 56), amount(rng, 34, 46)
    acct = f"TPA-{digits(rng, 6)}"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Pediatrics  |  Grand Rapids MI  |  616-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11.5, "B")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Guarantor:", parent), ("Account:", acct),
                   ("Patient:", mem), ("Insurance:", "Michigan Medicaid"), ("Medicaid ID:", bid)], w=100,
                  size=8.5, y=p.get_y())
    p.ln(4)
    tot = round(vis + ven + cap, 2)
    p.table(["From", "To", "Service", "Charge", "Medicaid paid", "Adjusted", "You owe"],
            [[fdate(v, "slash"), fdate(v, "slash"), "Well-child visit", money(vis, "nosign"),
              money(vis * 0.9, "nosign"), money(vis * 0.1, "nosign"), "0.00"],
             [fdate(v, "slash"), fdate(v, "slash"), "Blood lead, venous", money(ven, "nosign"),
              money(ven, "nosign"), "0.00", "0.00"],
             [fdate(c, "slash"), fdate(c, "slash"), "Blood lead, capillary", money(cap, "nosign"), "0.00",
              money(cap, "nosign"), "0.00"],
             ["", "", "Totals", money(tot, "nosign"), money(vis * 0.9 + ven, "nosign"),
              money(vis * 0.1 + cap, "nosign"), "0.00"]],
            [22, 22, 48, 22, 24, 22, 18], size=8, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"The capillary test on {fdate(c, 'long')} was not paid by Medicaid and has been written off. You owe "
           "nothing on this statement. Thank you for keeping your child's lead testing up to date.", 9)
    doc1 = (out(p), truth("other", None, insurer="Michigan Medicaid", member_id=bid, member_name=mem,
                          claim_amount=m2(cap), service_dates=[span(c)], denial_date=sd.isoformat(), provider=CLINIC,
                          unscored=["insurer"],
                          alternates={"claim_amount": [m2(tot), None], "service_dates": [[span(v), span(c)]],
                                      "provider": [PED]}))
    nd = plus(sd, rng.randint(2, 6))
    v2 = plus(v, 1)
    c2 = plus(v2, rng.randint(25, 40))
    claim = _claim(rng)
    cap2 = amount(rng, 34, 46)
    q = DJSheet(footer=None)
    q.set_margins(20, 12, 20)
    q.add_page()
    _head(q, rng, "Provider Claim Notice")
    q.line(f"Claim denial  -  {fdate(nd, 'upper')}", 11.5, "B")
    q.ln(2)
    q.pairs([("To", f"{CLINIC}, attn. billing"), ("Beneficiary", sib), ("Beneficiary ID", bid2),
             ("Claim number", claim), ("Service", "83655 blood lead, capillary; 36416 collection"),
             ("DOS", fdate(c2, "slash")), ("Billed", money(cap2)), ("Prior venous test", fdate(v2, "slash"))],
            label_w=40, size=9.5)
    q.ln(2)
    q.para(f"We denied this claim. {WINDOW}", 10)
    q.para(f"Dr. {PED} ordered the test. If the capillary test was drawn because the venous sample was lost or "
           "could not be run, send the laboratory's note with a request for administrative review within 60 days "
           "of the date of this notice.", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=STATE, member_id=bid2, member_name=sib,
                          cases=[claim], claim_amount=m2(cap2), service_dates=[span(c2)], denial_date=nd.isoformat(),
                          provider=CLINIC, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates=dict(ALT_INS, provider=[PED])))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claim_status_table_from_to_capillary_denied", "born_digital", [bd_claim_status(rng)]),
        Item(F + "faxstd_provider_notice_captions_not_enrolled", "fax_standard_g4", [faxstd_not_enrolled(rng)]),
        Item(F + "copy_two_page_company_letter_to_appeals_unit", "photocopy", [copy_company_letter(rng)]),
        Item(F + "phone_spanish_first_two_page_notice_to_parent", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_payment_notice_facts_column_left", "rotated", [rotated_payment(rng)]),
        Item(F + "lowres_parent_notice_investigation_two_column", "scan_lowres_150", [lowres_parent_notice(rng)]),
        Item(F + "scan300_stack_clinic_statement_then_turned_denial", "scan_clean_300", stack(rng),
             separators=["blank", None], turns={(1, 0): 180}),
    ]
