"""An invented commercial plan (Bramblewood Mutual Health Insurance Company) denying the telehealth originating
site facility fee (HCPCS Q3014) that a rural clinic bills when its patient sits in the clinic's exam room for a
video visit with a distant specialist; with the clinic's own statement. Reasons: the plan's telehealth policy
pays the distant practitioner but no originating site fee, the member was at home (no originating site), the fee
was billed with a telehealth modifier and place of service the plan does not accept on the facility line, the fee
billed twice for the same day, and a claim filed after the filing limit. The plan, clinic, practitioners, people,
numbers and amounts are all invented; Q3014 and the CPT/HCPCS codes are real codes used as themselves.

Documents (8 in 7 files):
- bd_eob_three_claims_q3014_denied: the plan's member EOB, three claims in a table (the distant specialist's
  video visit paid, the clinic's Q3014 fee denied, a lab paid); "Subscriber No.", "Employer group", "Plan code".
- faxstd_grid_provider_notice_modifier_pos_coding: the plan's remittance notice to the clinic as a grid of
  label/value boxes two wide, Q3014 billed with modifier 95 and POS 02 (coding error); NPI, tax ID, received date
  and the plan's fax as decoys.
- phone_spanish_member_at_home_not_covered: Spanish letter to the member: the member took the visit at home, so
  there is no originating site and the clinic's fee is not covered.
- rotated_landscape_clinic_statement_four_lines_one_denied: the clinic's landscape statement to the patient with
  four lines, the plan's denial of the Q3014 line passed on (denies nothing).
- lowres_no_labels_appeal_decision_upheld: an appeal decision with no labels, every fact in sentences, upholding
  the not-covered denial; the first denial letter's date quoted.
- scan300_sidebar_duplicate_same_day: a two-column letter to the clinic, facts in a right-hand sidebar: a second
  Q3014 line for the same day denied as a duplicate; the first (paid) claim listed as a decoy.
- photocopy_stack_paid_notice_then_timely_filing_duplex_turned: the plan's payment notice for an earlier Q3014
  (denies nothing), a duplex blank back, then a timely-filing denial of a later Q3014 claim, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import TAGLINES, tiny_date
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "telehealth_originating_site_facility_fee_q3014_denial"
LANG = "en"
SEED = 352203
PLAN = "Bramblewood Mutual Health Insurance Company"
ALT_INS = ["Bramblewood Mutual Health", "Bramblewood Mutual"]
CLINIC = "Cottonwood Gap Rural Health Clinic"
SPECIALIST = "Oluwaseun T. Marchetti"
LABCO = "Pinecrest Diagnostic Laboratory"


def sub_no(rng):
    """Subscriber numbers invented for the family: three letters, nine digits, a two-digit member suffix."""
    return "XBW" + digits(rng, 9) + "-0" + str(rng.randint(1, 3))


def group(rng):
    return f"{digits(rng, 5)}-{rng.randint(100, 999)}"


def claim_no(rng):
    return f"E26{digits(rng, 7)}-{rng.randint(10, 99)}"


def _head(p: DLSheet, rng, unit: str = "Member Services"):
    p.f(14, "B")
    p.cell(0, 6.5, "Bramblewood Mutual", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1100, 9800)}, Harrisburg PA 17105  |  1-888-555-{digits(rng, 4)}  |  "
           f"Fax 717-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def _rights(p: DLSheet, size=8.4, days=180, what="notice"):
    p.para(f"**Your appeal rights.** You may ask us to review this decision. Your request must reach us within {days} "
           f"days of the date of this {what}. For example, if we had allowed $50.00 and you think we should have "
           "allowed more, tell us why and send any records. If your care is urgent, ask for an expedited review; we "
           "will decide within 72 hours. After our final decision you may ask for an external review by an "
           "independent review organization within 4 months.", size)


def bd_eob(rng):
    name = person(rng)[0]
    sub = sub_no(rng)
    grp = group(rng)
    sd = dt.date(2026, 3, rng.randint(9, 20))
    visit = plus(sd, -rng.randint(24, 35))
    lab = plus(visit, -rng.randint(3, 9))
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng)
    p.f(12, "B")
    p.cell(0, 6, "Explanation of Benefits - THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in [name, f"{rng.randint(100, 9800)} Old Mill Rd", f"Bloomsburg PA 178{rng.randint(10, 99)}"]:
        p.line(ln, 9.4)
    p.right_block([("Processed:", fdate(sd, "abbr")), ("Subscriber No.:", sub), ("Employer group:", grp),
                   ("Plan code:", "PPO-B250"), ("Patient:", name)], w=96, size=8.6, y=y0)
    p.ln(5)
    rows = []
    bills = [amount(rng, 160, 260), amount(rng, 24, 48), amount(rng, 60, 140)]
    claims = [claim_no(rng) for _ in range(3)]
    lines = [(claims[0], visit, SPECIALIST, "99214-95", bills[0], round(bills[0] * 0.62, 2), "P1"),
             (claims[1], visit, CLINIC, "Q3014", bills[1], 0.0, "T7"),
             (claims[2], lab, LABCO, "85025", bills[2], round(bills[2] * 0.4, 2), "P1")]
    for c, d, who, code, b, paid, note in lines:
        rows.append([c, fdate(d, "slash"), who, code, money(b, "nosign"), money(paid, "nosign"), note])
    p.table(["Claim", "Service date", "Provider", "Service", "Amount billed", "Plan paid", "Code"], rows,
            [30, 22, 58, 18, 22, 18, 12], size=8, aligns=["L", "L", "L", "L", "R", "R", "C"])
    p.para("P1  Paid under your in-network benefit after any copay or coinsurance.", 8.2)
    p.para("T7  Telehealth originating site facility fee (Q3014). Your plan's telehealth benefit pays the "
           "practitioner who provides the video visit. It does not cover a separate facility fee charged by the "
           "site where you were during the visit. This service is not covered under your plan.", 8.2)
    p.para("Amount you may owe for claim lines marked T7: the provider may bill you the amount billed unless its "
           "contract with us says otherwise.", 8.2)
    _rights(p, what="statement")
    t = truth("eob", "not_covered", insurer=PLAN, plan_id="PPO-B250", group=grp, member_id=sub, member_name=name,
              cases=[claims[1]], claim_amount=m2(bills[1]), service_dates=[span(visit)], denial_date=sd.isoformat(),
              provider=CLINIC, appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_grid(rng):
    name = person(rng)[0]
    sub = sub_no(rng)
    nd = dt.date(2026, 4, rng.randint(6, 16))
    dos = plus(nd, -rng.randint(20, 32))
    billed = amount(rng, 28, 55)
    claim = claim_no(rng)
    fax = (f"{tiny_date(nd)} 11:{rng.randint(10, 59)}  BRAMBLEWOOD PROV SVCS  717-555-{digits(rng, 4)}  ->  "
           f"COTTONWOOD GAP RHC  570-555-{digits(rng, 4)}  P{{n}}")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("CLAIM ADJUSTMENT NOTICE", 10, "B")
    p.ln(1.5)
    w = 93
    p.capgrid([
        [("Document control number", claim, w), ("Notice issued", fdate(nd, "slash"), w)],
        [("Billing facility", CLINIC, w), ("Facility NPI / Tax ID", f"{digits(rng, 10)} / {digits(rng, 2)}-"
                                                                    f"{digits(rng, 7)}", w)],
        [("Certificate #", sub, w), ("Covered person", name, w)],
        [("Dates of care", fdate(dos, "slash"), w), ("Received", fdate(plus(dos, 6), "slash"), w)],
        [("Line 1", "Q3014 - 95   POS 02   1 unit", w), ("Submitted charges / Allowed", f"{money(billed)} / $0.00", w)],
    ], cap=6.2, val=8.6, box_h=6.4)
    p.ln(1)
    p.para("Adjustment reason CO-4 / remark M114: The procedure code is inconsistent with the modifier or place of "
           "service billed. Q3014 is the originating site's facility fee; it is billed by the site where the "
           "patient is, with the place of service of that site and without a telehealth modifier (95, GT). A line "
           "billed with POS 02 and modifier 95 is denied. Submit a corrected claim (frequency code 7).", 8.2)
    p.para(f"Questions: Provider Services 1-888-555-{digits(rng, 4)}, or fax 717-555-{digits(rng, 4)}.", 8.2)
    p.add_page()
    p.band("RECONSIDERATION", 8)
    p.para("A provider may ask for reconsideration of this adjustment within 90 days of the date of this notice. "
           "Send the corrected claim or the records. This does not change a member's own appeal rights.", 8.2)
    t = truth("denial_letter", "coding_error", insurer=PLAN, member_id=sub, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(nd, 90).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def phone_spanish(rng):
    name = person(rng)[0]
    sub = sub_no(rng)
    grp = group(rng)
    nd = dt.date(2026, 5, rng.randint(4, 14))
    dos = plus(nd, -rng.randint(18, 30))
    billed = amount(rng, 28, 55)
    claim = claim_no(rng)
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_rule("AVISO DE DENEGACIÓN DE BENEFICIOS", 12)
    p.pairs([("Fecha de emisión", fdate(nd, "long", "es")), ("Asegurado(a)", name), ("Número de suscriptor", sub),
             ("Grupo del empleador", grp), ("Referencia", claim), ("Fechas de servicio", fdate(dos, "long", "es")),
             ("Clínica", CLINIC), ("Cargos facturados", money(billed))], label_w=50, size=9.2)
    p.ln(3)
    p.para(f"Estimado(a) {name}:", 9.6)
    p.para(f"{CLINIC} nos facturó un cargo de sitio de origen de telesalud (Q3014) por su consulta por video del "
           f"{fdate(dos, 'long', 'es')}. Usted hizo la consulta desde su casa, no desde la clínica. El cargo de sitio "
           "de origen se paga solo cuando el paciente está en un centro médico durante la consulta. Su casa no es un "
           "sitio de origen, por eso este cargo no está cubierto por su plan. La consulta del médico sí fue pagada.",
           9.6)
    p.para("**Si no está de acuerdo.** Puede pedir una apelación dentro de 180 días a partir de la fecha de este "
           "aviso. Si su caso es urgente, decidimos en 72 horas. Después puede pedir una revisión externa "
           "independiente dentro de 4 meses.", 9.6)
    p.para("Departamento de Apelaciones y Quejas, Bramblewood Mutual", 9.6)
    for t_ in TAGLINES[:2]:
        p.para(t_, 7.2, gap=0.4)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=sub, member_name=name,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=CLINIC, appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_statement(rng):
    name = person(rng)[0]
    sub = sub_no(rng)
    sd = dt.date(2026, 5, rng.randint(11, 22))
    v1 = dt.date(2026, 3, rng.randint(3, 12))
    v2 = dt.date(2026, 4, rng.randint(6, 16))
    acct = f"CG-{digits(rng, 6)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    p.f(14, "B")
    p.cell(170, 6.5, CLINIC)
    p.f(11, "B")
    p.cell(0, 6.5, "STATEMENT OF ACCOUNT", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Canyon Creek Ct, Laporte PA 186{rng.randint(10, 99)}  |  "
           f"Billing office 570-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.right_block([("Statement date:", fdate(sd, "long")), ("Account:", acct), ("Patient:", name),
                   ("Insurance:", "Bramblewood Mutual PPO"), ("Subscriber No.:", sub)], w=120, size=8.6)
    p.ln(4)
    items = [(v1, "99213", "Office visit, established patient", amount(rng, 130, 190), "paid"),
             (v1, "36415", "Venipuncture", amount(rng, 18, 30), "paid"),
             (v2, "Q3014", "Telehealth originating site fee (video visit with cardiology)", amount(rng, 28, 55),
              "denied"),
             (v2, "93000", "Electrocardiogram, 12-lead", amount(rng, 60, 95), "paid")]
    rows, tot, due = [], 0.0, 0.0
    for d, code, desc, b, st in items:
        tot += b
        if st == "denied":
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), "0.00", "Denied - not covered",
                         money(b, "nosign")])
            due += b
            den = (d, b)
        else:
            ins = round(b * 0.8, 2)
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), money(ins, "nosign"), "Paid",
                         money(b - ins, "nosign")])
            due += b - ins
    rows.append(["", "", "Totals", money(tot, "nosign"), "", "", money(due, "nosign")])
    p.table(["Date", "Code", "Description", "Charges", "Insurance paid", "Insurance status", "Patient due"], rows,
            [24, 18, 96, 24, 26, 40, 24], size=8.4, aligns=["L", "L", "L", "R", "R", "L", "R"], bold_last=True)
    p.para("Your insurance denied the clinic's telehealth room fee for your video visit. You may call Bramblewood "
           "Mutual to appeal. If the plan pays later, we will refund you. Please pay the amount due within 30 days.",
           8.6)
    t = truth("other", None, insurer=PLAN, member_id=sub, member_name=name, claim_amount=m2(den[1]),
              service_dates=[span(den[0])], denial_date=sd.isoformat(), provider=CLINIC, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(v1), span(v2)]]})
    return out(p), t


def lowres_nolabels(rng):
    name = person(rng)[0]
    sub = sub_no(rng)
    nd = dt.date(2026, 6, rng.randint(1, 12))
    dos = dt.date(2026, 2, rng.randint(9, 26))
    first = plus(dos, rng.randint(30, 40))
    billed = amount(rng, 28, 55)
    claim = claim_no(rng)
    apl = f"GA{digits(rng, 8)}"
    p = DLSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Appeals Department")
    p.line(fdate(nd, "long"), 9.8)
    p.ln(3)
    for ln in [name, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Wellsboro PA 169{rng.randint(10, 99)}"]:
        p.line(ln, 9.8)
    p.ln(5)
    p.para(f"Dear {name}:", 9.8)
    p.para(f"We have finished reviewing your appeal, which we logged as {apl}. You asked us to pay the facility fee "
           f"of {money(billed)} that {CLINIC} charged for the room you used during your video visit with "
           f"{SPECIALIST} on {fdate(dos, 'long')}. We had denied that charge, claim {claim}, in our letter of "
           f"{fdate(first, 'long')}. Your subscriber number is {sub}.", 9.8)
    p.para("A nurse reviewer and a physician who were not part of the first decision read your appeal and your plan "
           "documents. Your certificate of coverage pays for telehealth services by the practitioner, but it lists "
           "telehealth originating site facility fees among the services that are not covered. We are therefore "
           "upholding our decision.", 9.8)
    p.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of the date you receive this letter. We will send your file to the "
           "reviewer. You may also call the state insurance department for help.", 9.8)
    p.para("Sincerely,\n\nAppeals Department\nBramblewood Mutual", 9.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=sub, member_name=name, cases=[apl, claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CLINIC,
              alternates={"insurer": ALT_INS, "case_numbers": [[apl], [claim]]})
    return out(p), t


def scan300_sidebar(rng):
    name = person(rng)[0]
    sub = sub_no(rng)
    grp = group(rng)
    nd = dt.date(2026, 4, rng.randint(14, 24))
    dos = plus(nd, -rng.randint(20, 30))
    billed = amount(rng, 28, 55)
    claim = claim_no(rng)
    paid_claim = claim_no(rng)
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Provider Claims")
    for ln in [CLINIC, "Attn: Billing", f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Laporte PA 186{rng.randint(10, 99)}"]:
        p.line(ln, 9.4)
    p.ln(4)
    p.line("Claim Denial - Duplicate Service", 11.5, "B")
    p.ln(2)
    paras = [
        "We processed the claim shown at right. The line for HCPCS Q3014, telehealth originating site facility "
        f"fee, was denied. We already paid a Q3014 fee for the same patient and the same date of service on claim "
        f"{paid_claim}. Only one originating site fee is allowed per patient per day, even when the patient has "
        "video visits with more than one practitioner that day.",
        "If the second visit was at a different originating site, send a corrected claim with the records that "
        "show it. Do not bill the member for this line.",
        "You may ask for reconsideration within 90 days of the date of this letter. Send it to Provider Claims at "
        "the address above or fax it to the number shown.",
    ]
    facts = [("Mailed on", fdate(nd, "long")), ("Reference #", claim), ("Employer group", grp),
             ("Subscriber No.", sub), ("Patient", name), ("From - Thru", f"{fdate(dos, 'slash')} - {fdate(dos, 'slash')}"),
             ("Amount charged", money(billed)), ("Allowed", "$0.00"), ("Denial code", "CO-18")]
    p.side_facts(paras, facts, side="right", col_w=52, size=9.2, fsize=8.6)
    p.add_page()
    p.boilerplate(PLAN, f"1-888-555-{digits(rng, 4)}")
    t = truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=sub, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(nd, 90).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def photocopy_stack(rng):
    name = person(rng)[0]
    sub = sub_no(rng)
    pd_ = dt.date(2026, 2, rng.randint(2, 12))
    v0 = plus(pd_, -rng.randint(20, 30))
    b0 = amount(rng, 28, 55)
    c0 = claim_no(rng)
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Payments")
    p.line(f"Payment notice  -  {fdate(pd_, 'slash')}", 10, "B")
    p.ln(2)
    p.boxed_pairs([("Payee", CLINIC), ("Claim", c0), ("Patient", name), ("Subscriber No.", sub),
                   ("Service", "Q3014 telehealth originating site fee"), ("Date of service", fdate(v0, "slash")),
                   ("Billed / Paid", f"{money(b0)} / {money(round(b0 * 0.7, 2))}")], label_w=50, size=9)
    p.para("This claim was paid. Payment was sent by electronic funds transfer. Keep this notice for your records.",
           9.2)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=sub, member_name=name, cases=[c0],
                          claim_amount=m2(b0), service_dates=[span(v0)], denial_date=pd_.isoformat(), provider=CLINIC,
                          alternates={"insurer": ALT_INS}))
    nd = dt.date(2026, 5, rng.randint(4, 15))
    dos = dt.date(2026, 1, rng.randint(5, 20))
    billed = amount(rng, 28, 55)
    claim = claim_no(rng)
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Provider Claims")
    q.title_rule("NOTICE OF CLAIM DENIAL - FILING LIMIT", 11.5)
    q.pairs([("Respond by", fdate(plus(nd, 60), "long")), ("Notice date", fdate(nd, "long")), ("Our file", claim),
             ("Member", name), ("Subscriber No.", sub), ("Date(s) of service", fdate(dos, "slash")),
             ("Received", fdate(plus(nd, -12), "slash")), ("Submitted charges", money(billed))], label_w=44, size=9.2)
    q.ln(2)
    q.para(f"{CLINIC} billed a telehealth originating site facility fee (Q3014) for this member. Your participation "
           "agreement requires claims to reach us within 90 days of the date of service. This claim was received "
           "after that limit and is denied. The member may not be billed for this service.", 9.4)
    q.para("If you have proof that the claim was sent on time (for example a clearinghouse acceptance report), "
           "send it by the respond-by date above.", 9.4)
    q.para("Provider Claims, Bramblewood Mutual", 9.4)
    doc2 = (out(q), truth("denial_letter", "timely_filing", insurer=PLAN, member_id=sub, member_name=name,
                          cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=CLINIC, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT_INS, "appeal_deadline": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_q3014_denied", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_grid_provider_notice_modifier_pos_coding", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "phone_spanish_member_at_home_not_covered", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_landscape_clinic_statement_four_lines_one_denied", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_appeal_decision_upheld", "scan_lowres_150", [lowres_nolabels(rng)]),
        Item(F + "scan300_sidebar_duplicate_same_day", "scan_clean_300", [scan300_sidebar(rng)]),
        Item(F + "photocopy_stack_paid_notice_then_timely_filing_duplex_turned", "photocopy", photocopy_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
