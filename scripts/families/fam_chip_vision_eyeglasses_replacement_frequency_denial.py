"""Georgia's CHIP (PeachCare for Kids, Georgia Department of Community Health) vision benefit notices, mirrored for
structure and wording style only: an invented care management organization (Okefenokee Kids Health Plan) and its
invented vision benefit administrator (Lumenridge Vision Services) deny replacement eyeglasses within 12 months of
the last pair, lost glasses replaced without a prescription change, and contact lenses as not covered unless
medically necessary. The program, the agency, the 12-month frequency and the state fair hearing appear as
themselves; every plan, optical shop, optometrist, child, parent and number is invented.

Documents (8 in 7 files):
- bd_spanish_replacement_denial_captions: Spanish notice ("Aviso de denegación") to the parent, Spanish labels
  (Número de miembro, Fecha del aviso, Fechas de servicio, Proveedor), the earlier pair's claim and date in the
  text, date of birth, 72-hour and fair-hearing limits as decoys.
- faxstd_administrator_provider_notice_boxes: the vision administrator's provider notice to the optical shop (the
  shop the addressee) in 7.6 pt under a typed fax header, captions over boxed values (claim "-01" in one row with
  the NPI and tax ID), lost glasses replacement denied, an earlier claim as decoy.
- phone_two_page_eob_contact_lens_row_from_to: the administrator's two-page EOB photographed; three claims, the
  contact lens supply row with From | To denied, a total row and a footnote giving the same span in words.
- scan300_optometrist_letter_to_appeals_unit_left_facts: the optometrist's letter "To the appeals unit:" with a
  facts column on the LEFT (denies nothing).
- rotated_appeal_upheld_two_column_right_facts: the plan's appeal decision, upheld, facts column on the right
  (DOB beside the date of service), only a state fair hearing left; fed sideways.
- lowres_contact_lens_preservice_denial: pre-service denial of contact lenses at 150 dpi; plan year, form number,
  request received, 72-hour and fair-hearing limits as decoys; the planned fitting date the service date.
- copy_stack_shop_statement_then_lost_glasses_notice: the optical shop's statement (From | To rows, one row the
  plan denied; denies nothing), a blank separator, then the plan's lost-glasses denial fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdje import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "chip_vision_eyeglasses_replacement_frequency_denial"
LANG = "en"
SEED = 351504
PLAN = "Okefenokee Kids Health Plan"
VBA = "Lumenridge Vision Services"
SHOP = "Tall Grass Optical"
OD = "Priya N. Haverford"
OD2 = "Wendell J. Marchbanks"
PRACTICE = "Altamaha Family Eye Care"
PROGRAM = "PeachCare for Kids"
AGENCY = "Georgia Department of Community Health"


def _mid(rng):
    return "OKH" + digits(rng, 9)


def _dob(rng):
    return dt.date(rng.randint(2011, 2019), rng.randint(1, 12), rng.randint(1, 28))


def _child(rng):
    c = person(rng)
    parent = f"{person(rng)[1]} {c[3]}"
    return c[0], c[1], parent


def _plan_logo(p: DJSheet, rng, dept: str, name: str = PLAN, y: float = 12):
    p.set_y(y)
    p.set_fill_color(24, 110, 90)
    p.ellipse(p.l_margin, y, 12, 12, style="F")
    p.set_xy(p.l_margin + 15, y)
    p.f(13, "B")
    p.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 15)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Macon GA 312{rng.randint(10, 99)}  |  "
                 f"1-855-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def bd_spanish(rng):
    mid = _mid(rng)
    child, cf, parent = _child(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(12, 20))
    prev = dt.date(2025, 8, rng.randint(4, 28))
    prev_claim = "31" + digits(rng, 8) + "-01"
    claim = digits(rng, 10) + "-01"
    billed = amount(rng, 165, 240)
    p = DJSheet(footer="Página {n} de {nb}", footer_left="Formulario OKH-VIS-ES-12 (01/26)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _plan_logo(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación de beneficios de la vista", 12.5, "B")
    p.line(f"{PROGRAM} (CHIP de Georgia)", 9)
    p.ln(3)
    p.capgrid([[("Fecha del aviso", fdate(nd, "long", "es"), 50), ("Número de miembro", mid, 46),
                ("Número de reclamo", claim, 46), ("Fecha de nacimiento", fdate(_dob(rng), "slash"), 34)],
               [("Nombre del miembro", child, 60), ("Proveedor", SHOP, 52),
                ("Fechas de servicio", fdate(dos, "long", "es"), 64)]], cap=6.8, val=9)
    p.ln(2)
    p.para(f"Estimado(a) padre, madre o tutor de {child}:", 10)
    p.para(f"Recibimos un reclamo de {SHOP} por un par de anteojos de reemplazo (armazón y lentes) para {cf}, "
           f"con fecha de servicio {fdate(dos, 'long', 'es')}. El cargo fue de {money(billed)}.", 10)
    p.para(f"**Lo que decidimos:** no pagaremos estos anteojos. {PROGRAM} cubre un par de anteojos cada 12 meses. "
           f"Su reclamo anterior {prev_claim} pagó un par de anteojos el {fdate(prev, 'long', 'es')}. Un par nuevo "
           "antes de 12 meses solo se cubre si la receta cambia 0.50 dioptrías o más, y el examen no mostró ese "
           "cambio.", 10)
    p.para("**Si no está de acuerdo:** puede pedir una apelación dentro de 60 días a partir de la fecha de este "
           "aviso. Llámenos o escríbanos. Si la salud de su hijo(a) corre peligro, pida una apelación acelerada; "
           "la decidimos en 72 horas. Después de la apelación, puede pedir una audiencia imparcial estatal al "
           f"{AGENCY} dentro de 120 días a partir de la fecha de la carta de la apelación.", 10)
    p.para(f"Atentamente,\nServicios para Miembros, {PLAN}", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=mid, member_name=child, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SHOP,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", denial_alternates=["other"])
    return out(p), t


def faxstd_provider_notice(rng):
    mid = _mid(rng)
    child, cf, parent = _child(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(15, 24))
    prev = dt.date(2025, 10, rng.randint(2, 28))
    frame, lens = amount(rng, 70, 110), amount(rng, 85, 130)
    tot = round(frame + lens, 2)
    claim = digits(rng, 10) + "-01"
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  LUMENRIDGE VISION 478-555-{digits(rng, 4)}  TO "
           f"TALL GRASS OPT 478-555-{digits(rng, 4)}   P.{{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    p.set_y(12)
    p.f(12, "B")
    p.cell(0, 5.5, VBA, new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.cell(0, 3.8, f"Vision benefit administrator for {PLAN} ({PROGRAM})  |  Provider Services 1-855-555-"
                   f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(8)
    for ln in [SHOP, "Attn: Billing Office", f"{rng.randint(100, 980)} Cherry St, Macon GA 312{rng.randint(10, 99)}"]:
        p.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER CLAIM NOTICE - DENIED", 9.5, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 42), ("Billing NPI", digits(rng, 10), 36),
         ("Tax ID", f"58-{digits(rng, 7)}", 30), ("Patient account", f"TGO{digits(rng, 6)}", 40)],
        [("Member name", child, 52), ("Member ID", mid, 42), ("Date of birth", fdate(_dob(rng), "slash"), 32),
         ("Rendering provider", f"{OD2}, OD", 52)],
        [("Service from", fdate(dos, "slash"), 30), ("Service to", fdate(dos, "slash"), 30),
         ("Billed", money(tot), 30), ("Allowed", "$0.00", 26), ("Paid", "$0.00", 26), ("Reason", "VF12", 36)],
    ], cap=6.2, val=7.8)
    p.ln(1)
    p.table(["Line", "Code", "Description", "DOS", "Billed", "Paid", "Reason"],
            [["1", "V2020", "Frames, purchases", fdate(dos, "short"), money(frame, "nosign"), "0.00", "VF12"],
             ["2", "V2103", "Spherocylinder, single vision, pair", fdate(dos, "short"), money(lens, "nosign"),
              "0.00", "VF12"]],
            [12, 16, 64, 20, 24, 20, 26], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "L"])
    p.para(f"VF12  Replacement of lost eyeglasses within 12 months. Our records show eyeglasses paid on the earlier "
           f"claim 31{digits(rng, 8)}-01 for {fdate(prev, 'long')}. {PROGRAM} replaces lost or broken glasses "
           "within 12 months only with a prescription change of 0.50 diopter or more, or with prior approval. "
           "The refraction submitted shows no change.", 7.6)
    p.add_page()
    p.band("PROVIDER RECONSIDERATION", 7.8)
    p.para("You may ask for reconsideration of this claim within 90 days of the date of this notice. Send the "
           "refraction, the prior prescription and any prior approval number. Do not bill the member or the "
           "family for denied PeachCare for Kids vision services. Claims must be filed within 180 days of the "
           "date of service.", 7.8)
    p.para(f"{VBA} administers vision benefits for {PLAN}. Form LVS-PCN-04 (01/26).", 7.8)
    t = truth("denial_letter", "not_covered", insurer=VBA, member_id=mid, member_name=child, cases=[claim],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SHOP,
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["other"],
              alternates={"insurer": [PLAN], "provider": [OD2]})
    return out(p), t


def phone_eob(rng):
    mid = _mid(rng)
    child, cf, parent = _child(rng)
    sd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 6))
    ex = dt.date(2026, 2, 9)
    c0, c1 = ex, plus(ex, 179)
    exam, glasses, cl = amount(rng, 95, 140), amount(rng, 160, 230), amount(rng, 180, 260)
    cls = [digits(rng, 10) + "-01" for _ in range(3)]
    p = DJSheet(footer="Page {n} of {nb}", cont=f"{child}  |  Member ID {mid}  |  Statement {fdate(sd, 'slash')}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _plan_logo(p, rng, "Explanation of Benefits - THIS IS NOT A BILL", name=VBA)
    p.f(8)
    p.cell(0, 4, f"Vision benefits for {PLAN} members in {PROGRAM}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.right_block([("Statement date:", fdate(sd, "long")), ("Member:", child), ("Member ID:", mid),
                   ("Parent or guardian:", parent), ("Benefit period:", "01/01/2026 - 12/31/2026")], w=110,
                  size=8.5)
    p.ln(4)
    rows = [[cls[0], PRACTICE, "Eye exam", fdate(ex, "slash"), fdate(ex, "slash"), money(exam, "nosign"),
             money(exam, "nosign"), "0.00", "Paid"],
            [cls[1], SHOP, "Glasses", fdate(ex, "slash"), fdate(ex, "slash"), money(glasses, "nosign"),
             money(glasses, "nosign"), "0.00", "Paid"],
            [cls[2], SHOP, "Contact lenses", fdate(c0, "slash"), fdate(c1, "slash"), money(cl, "nosign"), "0.00",
             money(cl, "nosign"), "Denied *"],
            ["", "", "Total", "", "", money(exam + glasses + cl, "nosign"), money(exam + glasses, "nosign"),
             money(cl, "nosign"), ""]]
    p.table(["Claim", "Provider", "Service", "From", "To", "Billed", "Plan paid", "May owe", "Status"], rows,
            [26, 34, 22, 18, 18, 16, 16, 16, 18], size=7.4, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"* Claim {cls[2]}: a six-month supply of soft contact lenses for {fdate(c0, 'long')} through "
           f"{fdate(c1, 'long')} is not covered. {PROGRAM} covers contact lenses only when they are medically "
           "necessary (for example keratoconus or a large difference between the two eyes) and glasses cannot "
           "correct vision. Glasses were provided the same day. The shop may bill you only if you agreed in "
           "writing before the lenses were dispensed.", 8.4)
    p.para(f"Your child's eye exam on {fdate(ex, 'long')} was done by Dr. {OD} at {PRACTICE}. The next routine "
           f"exam and glasses are covered after {fdate(plus(ex, 365), 'long')}.", 8.4)
    p.add_page()
    p.heading("Your rights", 10.5)
    p.para(f"If you do not agree with this decision you may appeal within 60 days of the date of this statement. "
           f"Call Member Services at 1-855-555-{digits(rng, 4)} (TTY 711) or write to the appeals unit of "
           f"{PLAN}. We answer standard appeals within 30 days and expedited appeals within 72 hours.", 9)
    p.para(f"After our appeal decision you may ask for a state fair hearing with the {AGENCY} within 120 days. "
           "You may keep getting services during the appeal only if you ask within 10 days.", 9)
    p.para("Language help: Si necesita ayuda en español, llame al número de Servicios para Miembros.", 9)
    t = truth("eob", "not_covered", insurer=VBA, member_id=mid, member_name=child, cases=[cls[2]],
              claim_amount=m2(cl), service_dates=[span(c0, c1)], denial_date=sd.isoformat(), provider=SHOP,
              appeal_deadline=plus(sd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"insurer": [PLAN]})
    return out(p), t


def scan300_od_letter(rng):
    mid = _mid(rng)
    child, cf, parent = _child(rng)
    ld = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(ld, -rng.randint(25, 35))
    prev = dt.date(2025, 6, rng.randint(2, 28))
    claim = digits(rng, 10) + "-01"
    p = DJSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6.5, PRACTICE, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{rng.randint(200, 990)} Riverside Dr, Macon GA 312{rng.randint(10, 99)}  |  478-555-{digits(rng, 4)}"
                 f"  |  Fax 478-555-{digits(rng, 4)}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.ln(5)
    facts = [("Date", fdate(ld, "long")), ("Patient", child), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Member ID", mid), ("Program", PROGRAM), ("Claim number", claim),
             ("Date of service", fdate(dos, "slash")), ("Prior pair dispensed", fdate(prev, "slash")),
             ("Optometrist", f"{OD}, OD"), ("Practice NPI", digits(rng, 10))]
    paras = [f"{PLAN}\nAppeals Unit\nPO Box {rng.randint(1000, 9999)}\nMacon GA 312{rng.randint(10, 99)}",
             "To the appeals unit:",
             f"I am writing on behalf of my patient {child} to ask you to reconsider the denial of replacement "
             f"eyeglasses on claim {claim}. The claim was denied because the prior pair was dispensed less than 12 "
             "months ago.",
             f"At the visit on {fdate(dos, 'long')} the refraction changed by -0.75 diopter in the right eye and "
             "-0.50 in the left eye compared with the prescription of last June. That is a prescription change "
             "the program's replacement rule allows. The child's teacher reported that she could not read the "
             "board from the second row.",
             "The old and new prescriptions and the exam note are enclosed. Please contact our office if you "
             "need more information.",
             f"Sincerely,\n\n{OD}, OD\n{PRACTICE}"]
    p.side_facts(paras, facts, side="left", col_w=46, size=9.6)
    t = truth("other", None, insurer=PLAN, member_id=mid, member_name=child, cases=[claim],
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=OD,
              alternates={"insurer": [None], "provider": [PRACTICE]})
    return out(p), t


def rotated_appeal(rng):
    mid = _mid(rng)
    child, cf, parent = _child(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    dec = plus(nd, -rng.randint(1, 3))
    dos = dt.date(2026, 2, rng.randint(2, 26))
    billed = amount(rng, 170, 250)
    appeal = f"APL-26-{digits(rng, 6)}"
    claim = digits(rng, 10) + "-01"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _plan_logo(p, rng, "Appeals Unit")
    p.line("Notice of Appeal Resolution", 12, "B")
    p.ln(3)
    facts = [("Date of this letter", fdate(nd, "slash")), ("Date of decision", fdate(dec, "slash")),
             ("Appeal number", appeal), ("Claim number", claim), ("Member", child), ("Member ID", mid),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Date of service", fdate(dos, "slash")),
             ("Provider", SHOP), ("Amount billed", money(billed))]
    paras = [f"Dear Parent or Guardian of {child}:",
             f"You asked us to review our decision not to pay for replacement eyeglasses from {SHOP}. You told us "
             f"{cf}'s glasses were lost at school.",
             "**Our decision: we did not change our decision.** An optometrist who did not make the first "
             "decision reviewed the claim, the exam and your letter. PeachCare for Kids pays for one pair of "
             "glasses every 12 months. Lost glasses are replaced sooner only when the prescription changes by "
             "0.50 diopter or more. The new exam shows the same prescription as the pair bought last fall.",
             f"**State fair hearing.** You have finished our appeal process. If you still disagree, you may ask "
             f"the {AGENCY} for a state fair hearing within 120 days of the date of this letter. To keep the "
             "decision from taking effect, ask within 10 days.",
             f"Sincerely,\nAppeals Unit, {PLAN}"]
    p.side_facts(paras, facts, side="right", col_w=48, size=9.4)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=mid, member_name=child, cases=[appeal, claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SHOP,
              appeal_deadline=None, denial_alternates=["other"], alternates={"case_numbers": [[appeal]]})
    return out(p), t


def lowres_contacts(rng):
    mid = _mid(rng)
    child, cf, parent = _child(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 8))
    rec = plus(nd, -rng.randint(5, 9))
    fit = plus(nd, rng.randint(10, 18))
    ref = f"PA-VIS-{digits(rng, 7)}"
    p = DJSheet(serif=True, footer="Page {n} of {nb}", footer_left="OKH-VIS-NABD (01/26)")
    p.set_margins(22, 14, 22)
    p.add_page()
    _plan_logo(p, rng, "Utilization Management")
    p.line("Notice of Adverse Benefit Determination", 12, "B")
    p.ln(2)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Member", child), ("Member ID", mid),
             ("Reference number", ref), ("Request received", fdate(rec, "slash")),
             ("Plan year", "January 1 - December 31, 2026")], label_w=44, size=9.5)
    p.ln(2)
    p.para(f"Dear Parent or Guardian of {child}:", 10)
    p.para(f"Dr. {OD} of {PRACTICE} asked us to approve soft contact lenses for {cf}, with a fitting planned for "
           f"{fdate(fit, 'long')}. We denied this request.", 10)
    p.para(f"**Why:** {PROGRAM} covers contact lenses only when they are medically necessary, such as for "
           "keratoconus, aphakia or a difference of 3.00 diopters or more between the eyes, and when glasses "
           "cannot give good vision. The records show vision of 20/20 in each eye with glasses. Contact lenses "
           "chosen for sports or appearance are not a covered benefit.", 10)
    p.para("**Your appeal rights:** you may ask us for an appeal within 60 days of the date of this notice. We will "
           "decide within 30 days, or within 72 hours if waiting could seriously harm your child's health. If we "
           f"do not change our decision, you may ask the {AGENCY} for a state fair hearing within 120 days of "
           "our appeal decision.", 9.6)
    p.para(f"Sincerely,\nUtilization Management, {PLAN}", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=mid, member_name=child, cases=[ref],
              service_dates=[span(fit)], denial_date=nd.isoformat(), provider=OD,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"provider": [PRACTICE], "service_dates": [[]]})
    return out(p), t


def copy_stack(rng):
    mid = _mid(rng)
    child, cf, parent = _child(rng)
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 5))
    ex = dt.date(2025, 9, rng.randint(2, 28))
    rep = dt.date(2026, 3, rng.randint(2, 27))
    exam, g1, g2 = amount(rng, 95, 140), amount(rng, 160, 230), amount(rng, 160, 230)
    acct = f"TGO{digits(rng, 6)}"
    p = DJSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, SHOP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Eyewear for kids and families  |  Macon GA  |  478-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11, "B")
    p.pairs([("Statement date", fdate(sd, "slash")), ("Account", acct), ("Patient", child),
             ("Responsible party", parent), ("Insurance", f"{PLAN} ({PROGRAM})"), ("Member ID", mid)],
            label_w=40, size=9)
    p.ln(2)
    rows = [[fdate(ex, "slash"), fdate(ex, "slash"), "Frames and lenses", money(g1, "nosign"), money(g1, "nosign"),
             "0.00"],
            [fdate(rep, "slash"), fdate(rep, "slash"), "Replacement frames and lenses (lost)", money(g2, "nosign"),
             "0.00", money(g2, "nosign")],
            [fdate(rep, "slash"), fdate(plus(rep, 30), "slash"), "Adjustment visits (no charge)", "0.00", "0.00",
             "0.00"],
            ["", "", "Balance due", money(g1 + g2, "nosign"), money(g1, "nosign"), money(g2, "nosign")]]
    p.table(["From", "To", "Description", "Charge", "Insurance paid", "Balance"], rows, [22, 22, 72, 22, 22, 20],
            size=8, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"The replacement pair of {fdate(rep, 'long')} was denied by your plan (lost within 12 months of the pair "
           f"of {fdate(ex, 'long')}). You signed our waiver on {fdate(rep, 'slash')}, so the balance is yours. "
           "Payment plans are available.", 8.5)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=mid, member_name=child,
                          claim_amount=m2(g2), service_dates=[span(rep)], denial_date=sd.isoformat(),
                          provider=SHOP, unscored=["insurer"],
                          alternates={"claim_amount": [m2(g1 + g2), None]}))
    nd = plus(sd, -rng.randint(18, 28))
    claim = digits(rng, 10) + "-01"
    q = DJSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _plan_logo(q, rng, "Member Services")
    q.line("We did not pay for replacement eyeglasses", 12, "B")
    q.ln(2)
    q.capgrid([[("Notice date", fdate(nd, "abbr"), 40), ("Member ID", mid, 46), ("Claim number", claim, 46),
                ("Date of service", fdate(rep, "slash"), 38)],
               [("Member", child, 62), ("Provider", SHOP, 60), ("Billed", money(g2), 30)]], cap=6.8, val=9)
    q.ln(2)
    q.para(f"Dear Parent or Guardian of {child}:", 10)
    q.para(f"{SHOP} sent us a claim for a replacement pair of glasses because {cf}'s glasses were lost. "
           f"{PROGRAM} pays for one pair every 12 months. The last pair was paid on {fdate(ex, 'long')}. A lost "
           "pair is replaced sooner only when the prescription changes, and it did not.", 10)
    q.para("You may appeal within 60 days of the date of this notice. After our appeal you may ask for a state "
           "fair hearing.", 10)
    q.para(f"Member Services, {PLAN}", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=mid, member_name=child,
                          cases=[claim], claim_amount=m2(g2), service_dates=[span(rep)], denial_date=nd.isoformat(),
                          provider=SHOP, appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_spanish_replacement_denial_captions", "born_digital", [bd_spanish(rng)]),
        Item(F + "faxstd_administrator_provider_notice_boxes", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "phone_two_page_eob_contact_lens_row_from_to", "phone_photo", [phone_eob(rng)]),
        Item(F + "scan300_optometrist_letter_to_appeals_unit_left_facts", "scan_clean_300",
             [scan300_od_letter(rng)]),
        Item(F + "rotated_appeal_upheld_two_column_right_facts", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_contact_lens_preservice_denial", "scan_lowres_150", [lowres_contacts(rng)]),
        Item(F + "copy_stack_shop_statement_then_lost_glasses_notice", "photocopy", copy_stack(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
