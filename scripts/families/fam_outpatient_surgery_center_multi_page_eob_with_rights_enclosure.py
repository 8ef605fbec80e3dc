"""An invented commercial plan (Culverdale Mutual Health Plan) deciding claims for outpatient surgery at an
ambulatory surgery center (Pendlewick Surgery Center), its surgeons and its anesthesia group (Kettlemere Anesthesia
Associates), mostly on multi-page EOBs whose claim lines sit on page 2 and whose page 3 is a rights enclosure
(appeal, 72-hour urgent appeal and external review limits, a sample appeal form with example values, taglines in
many languages, a nondiscrimination notice naming its own coordinator). CPT/HCPCS codes and CARC/RARC codes appear
as themselves; the plan, its rules and time limits, the center, the group, every doctor, person, number and
address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_three_page_eob_anchor_implant_bundled: a born-digital three-page member EOB: page 1 the summary of three
  claims (center, surgeon, anesthesia), page 2 the claim lines with the center's suture anchor line refused
  CO-97 / M15 (bundled; coding_error), page 3 the rights enclosure.
- faxstd_remittance_four_patients_no_precertification: a provider remittance to the center on a standard fax,
  four patients one claim a row, the second's knee arthroscopy refused CO-197 (no precertification).
- photocopy_three_page_eob_to_subscriber_eyelid_surgery_not_needed: a photocopied three-page EOB to the subscriber
  about his wife's eyelid surgery: the surgeon's claim refused CO-50 (visual field test did not show the lids
  block sight; medical_necessity); the rights page with a sample form.
- phone_es_eob_dos_paginas_centro_fuera_de_la_red: a photographed two-page Spanish EOB: the center is outside
  the EPO's network (out_of_network), amounts "US$ 1.234,50".
- rotated_center_statement_after_insurance_two_pages: the center's statement to the patient after the plan paid,
  two pages (the second "Understanding your bill" with taglines), fed sideways (denies nothing).
- lowres_letter_to_mother_anesthesia_records_details_page_two: a 150 dpi two-page letter to a mother: the
  anesthesia group's claim for her son's ear tube surgery closed because the anesthesia record never came (other);
  the claim facts on page 2 under a heading.
- clean_stack_appeal_decision_duplex_then_spanish_office_setting_upside_down: a clean-scan stack: an appeal
  decision keeping the refusal of a nerve ablation as investigational (experimental), its blank duplex back, then a
  Spanish letter (first page upside down) paying a trigger finger release at the office rate because the center
  was not needed (level_of_care).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxa import DXSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "outpatient_surgery_center_multi_page_eob_with_rights_enclosure"
LANG = "en"
SEED = 354400
INS = "Culverdale Mutual Health Plan"
ALT = ["Culverdale Mutual"]
PLAN = "Culverdale Choice PPO 2750"
GROUP = "CM-604718"
ASC = "Pendlewick Surgery Center"
ANES = "Kettlemere Anesthesia Associates"


def mid(rng, suffix="01"):
    return f"CMH{digits(rng, 9)}-{suffix}"


def clm(rng):
    return f"C26{digits(rng, 10)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def es_money(v):
    return f"US$ {v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _head(p: DXSheet, rng, unit="Member Services", es=False):
    p.logo_head(INS, "CM", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105-{digits(rng, 4)}",
                            f"{'Teléfono' if es else 'Call'} {phone(rng)}  |  TTY 711  |  culverdale.example"],
                box=None, size=13)
    p.rule(2)


def _rights(p: DXSheet, rng, basis="statement", es=False):
    if es:
        p.bar("SUS DERECHOS DE APELACIÓN")
        p.para(f"Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este "
               f"{'estado de cuenta' if basis == 'statement' else 'aviso'}. Si su salud corre peligro, pida una "
               "apelación urgente; la decidimos en 72 horas. Después de nuestra decisión final puede pedir una "
               "revisión externa independiente dentro de 4 meses. También puede comunicarse con el Departamento "
               f"de Seguros de su estado (teléfono {phone(rng, '877')}).", 8.6)
        return
    p.bar("YOUR RIGHTS: HOW TO APPEAL")
    p.para(f"You may ask us to review this decision. Send your appeal within 180 days of the date of this "
           f"{basis}. Include your member ID, the claim number and why you disagree, with any records that help. "
           "If waiting could seriously harm your health, ask for an urgent appeal; we decide urgent appeals "
           "within 72 hours. If we keep our decision after your appeal, you may ask for an external review by an "
           "independent reviewer within 4 months of our final decision. You may also contact your state's "
           f"consumer assistance program at {phone(rng, '877')} or the Employee Benefits Security Administration "
           f"at 1-866-555-{digits(rng, 4)}.", 8.4)
    p.para("You have the right to free copies of the documents, records and criteria we used. You may name "
           "someone, such as your doctor, to appeal for you.", 8.4)


def _sample(p, rng):
    p.sample_form("APPEAL REQUEST FORM (EXAMPLE)", [
        ("Member name", "Jordan Sample"), ("Member ID", "CMH000000000-01"), ("Claim number", "C260000000000"),
        ("Date of service", "01/02/2026"), ("Why you disagree", "Example: my doctor says the care was needed")],
        note=f"Mail to: Appeals, {INS}, PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105. Fax "
             f"{phone(rng)}. The values below are examples only.")


def bd_eob(rng):
    member, surgeon, anesth, coord = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(2, 20))
    sd = plus(v, rng.randint(24, 34))
    c1, c2, c3 = clm(rng), clm(rng), clm(rng)
    fac, anchor = amount(rng, 4200, 6100), amount(rng, 850, 1400)
    sur, an = amount(rng, 2100, 3200), amount(rng, 900, 1500)
    fac_al = round(fac * 0.45, 2)
    p = DXSheet(footer="Page {n} of {nb}", footer_left=f"CM-EOB-3 (01/26)  Statement {fdate(sd, 'slash')}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS", "THIS IS NOT A BILL")
    p.capstrip([("STATEMENT DATE", fdate(sd, "abbr")), ("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP),
                ("PLAN", PLAN)], [28, 42, 38, 25, 54.9])
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.heading("Summary of claims in this statement", 11)
    p.table(["Claim", "Provider", "Date of service", "Billed", "Plan paid", "You owe"],
            [[c1, ASC, fdate(v, "slash"), money(fac + anchor, "nosign"), money(round(fac_al * 0.8, 2), "nosign"),
              money(round(fac_al * 0.2, 2), "nosign")],
             [c2, f"Dr. {surgeon}", fdate(v, "slash"), money(sur, "nosign"), money(round(sur * 0.36, 2), "nosign"),
              money(round(sur * 0.09, 2), "nosign")],
             [c3, ANES, fdate(v, "slash"), money(an, "nosign"), money(round(an * 0.4, 2), "nosign"),
              money(round(an * 0.1, 2), "nosign")]],
            [34, 55, 26, 24, 24, 24.9], size=8.4, aligns=["L", "L", "L", "R", "R", "R"])
    p.para("One line of the center's claim was not paid. The claim lines and the reasons are on page 2. Your "
           "rights, including how to appeal, are on page 3.", 9.4)
    p.add_page()
    p.heading("Claim details", 12, rule=True)
    p.para(f"**Claim {c1}**  -  {ASC} (in network)  -  right knee arthroscopy by Dr. {surgeon}", 9)
    p.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Code"],
            [[fdate(v, "slash"), "29880", "Knee arthroscopy, meniscus repair (facility)", money(fac, "nosign"),
              money(fac_al, "nosign"), money(round(fac_al * 0.8, 2), "nosign"), money(round(fac_al * 0.2, 2),
                                                                                   "nosign"), "A1"],
             [fdate(v, "slash"), "C1713", "Anchor/screw for soft tissue", money(anchor, "nosign"), "0.00", "0.00",
              "0.00", "97 M15"],
             ["", "", "Claim total", money(fac + anchor, "nosign"), money(fac_al, "nosign"),
              money(round(fac_al * 0.8, 2), "nosign"), money(round(fac_al * 0.2, 2), "nosign"), ""]],
            [19, 14, 62, 18, 17, 17, 17, 17.9], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "C"])
    p.para(f"**Claim {c2}**  -  Dr. {surgeon}, surgeon: paid under your plan (A1).   **Claim {c3}**  -  "
           f"{ANES}, Dr. {anesth}: paid under your plan (A1).", 8.8)
    p.bar("What the codes mean", 8.8)
    p.para("**A1** Paid under your plan's outpatient surgery benefit after your deductible. **97** The benefit for "
           "this service is included in the payment for another service on the same day. **M15** Separately billed "
           "items have been bundled as parts of the same procedure. Our contract with the center pays the anchor "
           "as part of the arthroscopy; it may not be billed as its own line. The center is in our network and may "
           "not bill you for it.", 8.4)
    p.add_page()
    _rights(p, rng)
    _sample(p, rng)
    p.tagline_block(phone(rng))
    p.nondiscrimination(INS, coord, phone(rng), f"PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105",
                        "civilrights@culverdale.example")
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[c1], claim_amount=m2(fac + anchor), service_dates=[v.isoformat()], denial_date=sd.isoformat(),
              provider=ASC, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [surgeon], "claim_amount": [m2(anchor)], "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    pats, docs = people(rng, 4), people(rng, 4)
    rd = dt.date(2026, 5, rng.randint(4, 22))
    fax = f"{rd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  CULVERDALE PROVIDER SVCS  {phone(rng, '717')}  P{{n}}"
    p = DXSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "CM-PRA-2")
    p.capstrip([("PAYEE", ASC), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("NPI", "1" + digits(rng, 9)),
                ("REMIT DATE", fdate(rd, "slash")), ("CHECK/EFT", digits(rng, 9))], [56, 28, 28, 28, 51.9])
    p.ln(3)
    specs = [("66984", "Cataract removal w/ IOL", 3800, 5200), ("29881", "Knee arthroscopy, meniscectomy", 4300, 6400),
             ("64721", "Carpal tunnel release", 2600, 3900), ("45385", "Colonoscopy w/ polypectomy", 2100, 3300)]
    rows, info = [], None
    for i, (pt, dr, (code, desc, lo, hi)) in enumerate(zip(pats, docs, specs)):
        d = plus(rd, -rng.randint(14, 40))
        n, m, b = clm(rng), mid(rng), amount(rng, lo, hi)
        nm = f"{pt.split()[-1].upper()}, {pt.split()[0].upper()} {pt.split()[1].rstrip('.')}"
        if i == 1:
            rows.append([n, nm, m, fdate(d, "slash"), code, desc, money(b, "nosign"), "0.00", "0.00", "CO-197"])
            info = (pt, dr, n, m, b, d)
        else:
            al = round(b * 0.42, 2)
            rows.append([n, nm, m, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "CO-45"])
    p.table(["CLAIM NO.", "PATIENT", "MEMBER ID", "DOS", "CPT", "SERVICE", "BILLED", "ALLOWED", "PAID", "ADJ"],
            rows, [25, 31, 27, 16, 11, 36, 15, 15, 14, 11.9], size=6.8, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, dr, n, m, b, d = info
    p.para(f"**Adjustment codes.** CO-45: charge exceeds the contracted amount. CO-197: precertification / "
           f"authorization absent. Claim {n}: the knee arthroscopy by Dr. {dr} needs precertification under the "
           "patient's plan; no request was made before the surgery. Under your agreement the center may not bill "
           "the patient.", 7.8)
    p.para("Reconsideration requests must reach us within 120 days of the remit date. "
           f"Provider Services {phone(rng)}.", 7.8)
    t = truth("eob", "prior_authorization", insurer=INS, group=None, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=dr,
              appeal_deadline=plus(rd, 120).isoformat(), alternates={"insurer": ALT, "provider": [ASC]})
    return out(p), t


def photocopy_eob(rng):
    wife, husband, surgeon, coord = people(rng, 4)
    m = mid(rng, "02")
    v = dt.date(2026, 4, rng.randint(6, 24))
    sd = plus(v, rng.randint(25, 35))
    c1, c2 = clm(rng), clm(rng)
    s1, s2 = amount(rng, 1800, 2600), amount(rng, 1200, 1900)
    fac = amount(rng, 3000, 4200)
    p = DXSheet(footer="Page {n} of {nb}", footer_left="CM-EOB-3 (01/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS", "THIS IS NOT A BILL")
    for ln in [husband, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.pairs([("Statement date", fdate(sd, "long")), ("Subscriber", f"{husband}   ID {mid(rng, '01')}"),
             ("Patient", f"{wife}   ID {m}"), ("Group", GROUP)], label_w=36, size=9.4)
    p.ln(2)
    p.para(f"This statement explains two claims for care {wife} received on {fdate(v, 'long')} at {ASC}. "
           f"We paid the center's claim. **We did not pay the surgeon's claim {c2}.** See page 2 for the lines "
           "and page 3 for your appeal rights.", 9.6)
    p.add_page()
    p.heading("Claim lines", 11.5, rule=True)
    p.table(["Claim", "Provider", "DOS", "Code", "Service", "Billed", "Paid", "Owe", "Rsn"],
            [[c1, ASC, fdate(v, "slash"), "15823", "Upper lid surgery (facility)", money(fac, "nosign"),
              money(round(fac * 0.35, 2), "nosign"), "0.00", "A1"],
             [c2, f"Dr. {surgeon}", fdate(v, "slash"), "15823-50", "Upper lid surgery, both eyes", money(s1, "nosign"),
              "0.00", "0.00", "50"],
             ["", "", fdate(v, "slash"), "67904", "Lid muscle repair", money(s2, "nosign"), "0.00", "0.00", "50"]],
            [26, 36, 17, 15, 38, 15, 14, 11, 8.9], size=7.4, aligns=["L"] * 5 + ["R"] * 3 + ["C"])
    p.para(f"**Rsn 50** These services are not deemed a medical necessity by the payer. Dr. {surgeon} sent a visual "
           "field test with the lids taped and untaped. The test did not show that the upper lids block the upper "
           "part of sight by the amount our eyelid surgery policy requires, so the surgery is treated as done for "
           "appearance rather than need. Total billed for this claim: " + money(s1 + s2) + ".", 8.6)
    p.add_page()
    _rights(p, rng)
    _sample(p, rng)
    p.tagline_block(phone(rng), n=6)
    p.nondiscrimination(INS, coord, phone(rng), f"PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105",
                        "civilrights@culverdale.example")
    t = truth("eob", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=wife, cases=[c2],
              claim_amount=m2(s1 + s2), service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=surgeon,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def phone_es(rng):
    member, surgeon, coord = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(3, 24))
    sd = plus(v, rng.randint(25, 35))
    c = clm(rng)
    a, b = amount(rng, 2200, 3400), amount(rng, 600, 1100)
    tot = round(a + b, 2)
    p = DXSheet(footer="Página {n} de {nb}", footer_left="CM-EOB-3S (01/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.title_bar("EXPLICACIÓN DE BENEFICIOS", "ESTO NO ES UNA FACTURA")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.pairs([("Fecha del estado de cuenta", fdate(sd, "long", "es")), ("Número de miembro", m), ("Grupo", GROUP),
             ("Plan", "Culverdale Select EPO 4000")], label_w=60, size=9.4)
    p.ln(2)
    p.para(f"El {fdate(v, 'long', 'es')} usted tuvo una cirugía ambulatoria en la sede de {ASC} en Cherry Hill, "
           "Nueva Jersey. Su plan es un EPO: paga la atención que no es de emergencia solo cuando la da un "
           "proveedor de nuestra red. **Esa sede no pertenece a nuestra red, por lo que no pagamos su "
           "reclamo.** Los detalles están en la página 2.", 9.6)
    p.para(f"La cirugía no fue de emergencia y se programó con anticipación por el Dr. {surgeon}. El reclamo "
           "del anestesiólogo se decidirá por separado.", 9.6)
    p.add_page()
    p.heading("Detalle del reclamo", 11.5, rule=True)
    p.table(["Fecha", "Código", "Servicio", "Facturado", "Pagado", "Usted debe", "Nota"],
            [[fdate(v, "dmy", "es"), "49505", "Reparación de hernia inguinal", es_money(a), "US$ 0,00", es_money(a),
              "242"],
             [fdate(v, "dmy", "es"), "C1781", "Malla", es_money(b), "US$ 0,00", es_money(b), "242"],
             ["", "", "Total del reclamo " + c, es_money(tot), "US$ 0,00", es_money(tot), ""]],
            [22, 16, 62, 24, 20, 24, 10.9], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "C"])
    p.para("**242** Servicios no prestados por proveedores de la red para este plan. El centro puede cobrarle "
           "la cantidad que figura en «Usted debe».", 8.4)
    p.f(6.4)
    p.cell(0, 3, f"CLM {c}  DOS {v.strftime('%m/%d/%Y')}  BILLED {tot:.2f}  MBR {m}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    _rights(p, rng, es=True)
    p.tagline_block(phone(rng), n=3, title="Asistencia con idiomas")
    p.nondiscrimination(INS, coord, phone(rng), f"PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105",
                        "civilrights@culverdale.example", lang="es")
    t = truth("eob", "out_of_network", insurer=INS, plan_id="Culverdale Select EPO 4000", group=GROUP, member_id=m,
              member_name=member, cases=[c], claim_amount=m2(tot), service_dates=[v.isoformat()],
              denial_date=sd.isoformat(), provider=ASC, appeal_deadline=plus(sd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [surgeon], "plan_id": [None]})
    return out(p), t


def rotated_statement(rng):
    member, surgeon = people(rng, 2)
    m = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(35, 50))
    ac = f"PSC-{digits(rng, 7)}"
    b1, b2 = amount(rng, 3100, 4400), amount(rng, 300, 520)
    tot = round(b1 + b2, 2)
    paid, adj = round(tot * 0.4, 2), round(tot * 0.45, 2)
    bal = round(tot - paid - adj, 2)
    p = DXSheet(footer="Page {n} of {nb}")
    p.add_page()
    p.logo_head(ASC, "PSC", [f"{rng.randint(100, 9800)} Quarry Rd, Lancaster PA 17601  |  Billing {phone(rng, '717')}"],
                box="STATEMENT", size=12)
    p.addr_pair("Patient / guarantor", [member, *address(rng)], "Account", [f"Account {ac}",
                f"Statement date {fdate(sd, 'abbr')}", f"Surgeon: Dr. {surgeon}"])
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "64721", "Carpal tunnel release (facility)", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "J2250", "Sedation drug", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment  (member {m})", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "AMOUNT DUE (your coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Your insurer has paid its share. Please pay by {fdate(plus(sd, 30), 'long')}. The surgeon and the "
           f"anesthesia group ({ANES}) bill separately.", 9)
    p.add_page()
    p.heading("Understanding your bill", 11.5, rule=True)
    p.para("Charges are the center's full prices. Your insurer's payment and the contractual adjustment come off "
           "the charges; the amount due is what your plan says you pay. Financial assistance may be available: "
           f"call {phone(rng, '717')}.", 9)
    p.tagline_block(phone(rng, "717"), n=8)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=ASC, unscored=["insurer"],
              alternates={"provider": [surgeon], "member_id": [None], "denial_date": [None]})
    return out(p), t


def lowres_mother(rng):
    child, mother, anesth, surgeon, sig = people(rng, 5)
    m = mid(rng, "03")
    v = dt.date(2026, 1, rng.randint(6, 26))
    ask = plus(v, rng.randint(40, 50))
    nd = plus(ask, rng.randint(46, 52))
    c = clm(rng)
    b = amount(rng, 650, 1150)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {mother}:", 10)
    p.para(f"This letter is about the anesthesia for your son {child}'s ear tube surgery at {ASC}. To decide the "
           f"anesthesia claim we need the anesthesia record, which shows how long the anesthesia lasted. We asked "
           f"{ANES} for it on {fdate(ask, 'long')} and again 30 days later. We have not received it.", 10)
    p.para("**We have closed the claim without payment.** This is not a decision that the anesthesia was not "
           "needed. If the group sends the record, we will open the claim again. Please do not pay the group "
           "until you hear from us.", 10)
    p.para("The facts of the claim are on page 2.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims, {INS}", 10)
    p.add_page()
    p.heading("About the claim", 11.5, rule=True)
    p.pairs([("Patient", child), ("Member ID", m), ("Group", GROUP), ("Claim number", c),
             ("Billed by", ANES), ("Anesthesiologist", f"Dr. {anesth}"), ("Surgeon", f"Dr. {surgeon}"),
             ("Date of service", fdate(v, "long")), ("Service", "00126 anesthesia for ear tube surgery"),
             ("Amount billed", money(b))], label_w=44, size=9.6)
    p.ln(3)
    _rights(p, rng, "letter")
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[c],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=anesth,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [ANES]})
    return out(p), t


def clean_stack(rng):
    member, surgeon, rev, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(3, 20))
    apl = f"APL-{digits(rng, 7)}"
    c = clm(rng)
    rec = plus(v, rng.randint(60, 70))
    nd = plus(rec, rng.randint(20, 28))
    b = amount(rng, 5200, 7900)
    p = DXSheet(footer="Page {n} of {nb}")
    p.add_page()
    _head(p, rng, "Appeals")
    p.title_bar("APPEAL DECISION")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Appeal number", apl), ("Claim number", c), ("Member ID", m), ("Appeal received", fdate(rec, "slash"))],
            label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to review our refusal of the claim for the radiofrequency ablation of the nerves of your "
           f"right knee (64624) that Dr. {surgeon} did at {ASC} on {fdate(v, 'long')}, billed at {money(b)}. "
           f"Dr. {rev}, a board-certified orthopedic surgeon who took no part in the first decision, reviewed your "
           "appeal.", 10)
    p.para("**We are keeping our decision.** Our medical policy treats nerve ablation for knee pain as "
           "investigational: the studies so far are small and short, and do not yet show lasting benefit compared "
           "with other care.", 10)
    p.para("This is our final decision. You may ask for an external review by an independent reviewer within "
           "4 months of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals Unit", 10)
    d_a = (out(p), truth("denial_letter", "experimental", insurer=INS, member_id=m, member_name=member,
                         cases=[apl, c], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=surgeon, alternates={"insurer": ALT, "provider": [ASC], "case_numbers": [[apl], [c]]}))
    member2, surgeon2, sig2 = people(rng, 3)
    m2_ = mid(rng)
    v2 = dt.date(2026, 5, rng.randint(4, 22))
    nd2 = plus(v2, rng.randint(25, 35))
    c2 = clm(rng)
    b2 = amount(rng, 2300, 3100)
    pd2 = amount(rng, 280, 420)
    q = DXSheet(footer="Página {n} de {nb}")
    q.add_page()
    _head(q, rng, "Servicios para Miembros", es=True)
    q.para(fdate(nd2, "long", "es"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Número de miembro", m2_), ("Grupo", GROUP), ("Reclamo", c2)], label_w=42, size=9.6)
    q.ln(2)
    q.para(f"Estimado(a) {member2}:", 10)
    q.para(f"El {fdate(v2, 'long', 'es')} el Dr. {surgeon2} le hizo una liberación de dedo en gatillo (26055) en "
           f"{ASC}. El centro nos cobró {money(b2)} por el uso de sus instalaciones.", 10)
    q.para("Esta cirugía se hace de forma segura en el consultorio del médico, con anestesia local. Sus notas no "
           "muestran ningún motivo para hacerla en un centro quirúrgico. **Por eso pagamos el cargo del centro "
           f"solo hasta la tarifa de consultorio ({money(pd2)}) y no pagamos el resto.** El centro pertenece a "
           "nuestra red y no puede cobrarle la diferencia.", 10)
    q.add_page()
    _rights(q, rng, "notice", es=True)
    q.para(f"Atentamente,\n{sig2}\nServicios para Miembros", 10)
    q.tagline_block(phone(rng), n=5, title="Asistencia con idiomas")
    d_b = (out(q), truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m2_,
                         member_name=member2, cases=[c2], claim_amount=m2(b2), service_dates=[v2.isoformat()],
                         denial_date=nd2.isoformat(), provider=ASC, appeal_deadline=plus(nd2, 180).isoformat(),
                         lang="es", alternates={"insurer": ALT, "provider": [surgeon2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_three_page_eob_anchor_implant_bundled", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_remittance_four_patients_no_precertification", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_three_page_eob_to_subscriber_eyelid_surgery_not_needed", "photocopy",
             [photocopy_eob(rng)]),
        Item(F + "phone_es_eob_dos_paginas_centro_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_center_statement_after_insurance_two_pages", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_letter_to_mother_anesthesia_records_details_page_two", "scan_lowres_150",
             [lowres_mother(rng)]),
        Item(F + "clean_stack_appeal_decision_duplex_then_spanish_office_setting_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
