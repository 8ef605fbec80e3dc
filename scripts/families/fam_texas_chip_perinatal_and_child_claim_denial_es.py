"""Notices mirrored (structure and wording style only) from Texas CHIP and CHIP Perinatal health plans' claim and
service decisions (Texas CHIP, CHIP Perinatal, the Texas Health and Human Services Commission (HHSC) and the
External Review by an Independent Review Organization as themselves), issued by an invented CHIP health plan
(Brazos Mesquite Health Plan), four of the eight in Spanish. No file says "denied" in its category's usual words.
The plan, its time limits, codes, every provider, person, number and address are invented.

Documents (8 in 7 files):
- bd_eob_four_claims_row_29_came_after_window: a landscape member EOB for a child (parent as decoy), four claims
  with From / Thru, Billing and Rendering columns; the speech therapy row pays 0.00 under CARC 29 with a plan note
  "the claim reached us after the window" (no "timely filing"); DOB, plan year, enrollment period decoys.
- faxstd_boxed_provider_notice_car_insurance_first: a provider claim action notice on a standard fax, a caption
  grid with claim number, letter ID, NPI, TIN, prior authorization of an earlier approved visit, referring and
  rendering doctor and billing group; ticked boxes "Not paid" and "another insurance must decide first" (a car
  accident policy).
- phone_es_perinatal_cobertura_no_activa: a photographed Spanish CHIP Perinatal notice: the ultrasound was done
  before the coverage start date ("su plan todavía no estaba activo ese día"); due date, DOB and received date as
  decoys; the ordering doctor and the imaging center.
- rotated_es_estado_de_cuenta_hospital: a children's hospital's Spanish patient statement fed sideways (account
  number, attending, the insurance "no pagó"; denies nothing).
- lowres_es_sin_etiquetas_casco_no_incluido: a no-label Spanish pre-service letter at 150 dpi: a cranial
  remolding helmet "su plan no incluye este tipo de artículo"; the requesting doctor only in a sentence, the
  reference number only in the text.
- photocopy_boxed_appeal_upheld_nobody_asked_before: a photocopied boxed appeal decision with checkboxes (upheld),
  a sleep study nobody asked approval for; only the IRO External Review left.
- faxfine_stack_cover_es_approval_then_home_infusion_turned: a fax cover, a Spanish approval of home infusion
  (denies nothing), then an English letter that hospital days for IV antibiotics "could have been given at home",
  fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqe import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "texas_chip_perinatal_and_child_claim_denial_es"
LANG = "en"
SEED = 352904
INS = "Brazos Mesquite Health Plan"
ALT = ["Brazos Mesquite"]
HOSP = "Pecan Bayou Children's Hospital"


def mid9(rng):
    return digits(rng, 9)


def clm(rng):
    return f"2026{digits(rng, 3)}{digits(rng, 6)}"


def dob(rng, lo=2011, hi=2024):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit="Member Services", es=False):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    prog = "Texas CHIP y CHIP Perinatal" if es else "Texas CHIP and CHIP Perinatal"
    p.cell(0, 4, f"{prog}  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Waco TX 767{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    child, parent, slp, ped, lab = people(rng, 5)
    mid = mid9(rng)
    sd = dt.date(2026, rng.choice([5, 6]), rng.randint(3, 20))
    base = dt.date(2026, 1, rng.randint(5, 20))
    src = [(plus(base, 40), plus(base, 40), "Riverbend Pediatrics PA", f"Dr. {ped}", "99393 Well-child visit",
            amount(rng, 180, 260), False),
           (plus(base, 40), plus(base, 40), "Caliche Lab Services", f"{lab}", "85025 Blood count",
            amount(rng, 40, 90), False),
           (base, plus(base, 21), "Lone Heron Therapy Group", f"{slp}", "92507 Speech therapy x4",
            amount(rng, 600, 980), True),
           (plus(base, 70), plus(base, 70), "Riverbend Pediatrics PA", f"Dr. {ped}", "99213 Ear pain visit",
            amount(rng, 120, 190), False)]
    rows, claims = [], []
    deny = 2
    for f, t, bill, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(f, "short"), fdate(t, "short"), bill, rend, svc, money(c, "nosign"), "0.00",
                         "0.00", "29, TX5"])
        else:
            al = round(c * rng.uniform(0.5, 0.75), 2)
            rows.append([n, fdate(f, "short"), fdate(t, "short"), bill, rend, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "45"])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member (child)", child), ("Member ID", mid), ("Parent or guardian", parent),
                ("Program", "Texas CHIP"), ("Statement date", fdate(sd, "long"))], [56, 36, 56, 36, 71.4])
    p.capstrip([("Date of birth", fdate(dob(rng), "slash")), ("Enrollment period", "02/01/2026 - 01/31/2027"),
                ("Plan year", "2026"), ("CHIP copay level", "Level 2: $5 office / $50 ER")], [46, 70, 36, 103.4])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Billing provider", "Rendering", "Service", "Billed", "Allowed", "Plan paid",
             "Codes"], rows, [28, 16, 16, 42, 36, 44, 18, 17, 17, 21.4], size=7.9,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**What the codes mean.** 45: the charge is more than the amount the provider agreed to take; you do not "
           "owe the difference. 29 / TX5: this claim reached us after the window your plan gives providers to send "
           "claims (95 days after the last day of service). The therapy group cannot bill you for it.", 8.6)
    p.para("**If you disagree.** You or someone you choose may ask for an appeal within 60 days of the date of this "
           "statement. If waiting could put your child's health at risk, ask for an emergency appeal; we decide it "
           "within 72 hours. After our appeal decision you may ask for an External Review by an Independent Review "
           "Organization.", 8.6)
    t = truth("eob", "timely_filing", insurer=INS, plan_id="Texas CHIP", member_id=mid, member_name=child,
              cases=[claims[deny]], claim_amount=m2(src[deny][5]), service_dates=[span(src[deny][0], src[deny][1])],
              denial_date=sd.isoformat(), provider=slp, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": ["Lone Heron Therapy Group"]})
    return out(p), t


def faxstd_provider(rng):
    child, parent, ortho, ref = people(rng, 4)
    mid = mid9(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    dos = plus(nd, -rng.randint(30, 45))
    acc = plus(dos, -12)
    billed = amount(rng, 310, 640)
    n = clm(rng)
    prior = f"PA{digits(rng, 8)}"
    group = "Mesa Verde Orthopaedics"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  BMHP PROVIDER SVCS  FAX 254-555-{digits(rng, 4)}  "
           f"TO: {group.upper()}  PG {{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER NOTICE OF CLAIM ACTION  -  TEXAS CHIP", 12.5, "B")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Claim number", n), ("Letter ID", f"LTR-{digits(rng, 9)}")],
            [("Member", child), ("Member ID", mid), ("Date of birth", fdate(dob(rng), "slash"))],
            [("Parent or guardian", parent), ("Date of injury", fdate(acc, "slash")),
             ("Date of service", fdate(dos, "slash"))],
            [("Billing provider", group), ("Billing NPI", digits(rng, 10)), ("Tax ID", f"74-{digits(rng, 7)}")],
            [("Rendering provider", f"Dr. {ortho}"), ("Referring provider", f"Dr. {ref}"),
             ("Total billed", money(billed))],
            [("Earlier visit approved, auth.", prior), ("Claim received", fdate(plus(dos, 9), "slash")),
             ("Service", "99214, 73090 forearm x-ray")]], size=8.6, h=10)
    p.checks("Decision", [(False, "Paid as billed"), (False, "Paid in part"), (True, "Not paid")], cols=3)
    p.checks("Reason", [
        (False, "Records we asked for did not come"),
        (False, "Same claim sent before"),
        (True, "The child was hurt in a car crash. A car insurance policy may owe this bill, so that insurer has "
               "to decide on it before we do. Send it there first, then send us their answer with the claim."),
        (False, "Member not enrolled on the date of service")], size=8.4)
    p.para("Send the car insurer's decision (or a statement that there is no such policy) with a corrected claim "
           "within 95 days of that decision. You may file a provider complaint or appeal within 120 days of the "
           "date of this notice. The parent was sent a letter too. Urgent requests for a member are decided within "
           "72 hours.", 8.6)
    p.para(f"Provider Services 1-866-555-{digits(rng, 4)}  |  Fax 254-555-{digits(rng, 4)}", 8.2)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=ortho,
              appeal_deadline=plus(nd, 120).isoformat(), alternates={"insurer": ALT, "provider": [group]})
    return out(p), t


def phone_es(rng):
    mom, md = people(rng, 2)
    mid = mid9(rng)
    start = dt.date(2026, rng.choice([2, 3]), 1)
    dos = plus(start, -rng.randint(6, 20))
    nd = plus(start, rng.randint(35, 50))
    billed = amount(rng, 260, 520)
    n = clm(rng)
    center = "Centro de Imagen Llano Alto"
    due = plus(start, rng.randint(120, 170))
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    p.line("CHIP Perinatal", 10, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "long", "es")), ("Número de reclamo", n), ("Número de miembro", mid)])
    p.capstrip([("Proveedor", center), ("Fecha del servicio", fdate(dos, "dmy", "es")),
                ("Total facturado", money(billed))], [80, 50, 49.9])
    p.capstrip([("Fecha de nacimiento", fdate(dob(rng, 1990, 2004), "dmy", "es")),
                ("Fecha probable de parto", fdate(due, "dmy", "es")),
                ("Reclamo recibido", fdate(plus(dos, 30), "dmy", "es"))])
    p.ln(3)
    p.para(f"Estimada {mom}:", 9.8)
    p.para(f"{center} nos envió un reclamo por un ultrasonido del embarazo que pidió la Dra. {md}. Revisamos la "
           f"fecha. Su cobertura de CHIP Perinatal con nuestro plan empezó el {fdate(start, 'long', 'es')}. El "
           f"ultrasonido se hizo el {fdate(dos, 'long', 'es')}, antes de esa fecha: su plan todavía no estaba "
           "activo ese día, por eso no podemos pagar este reclamo. Las citas prenatales desde el comienzo de su "
           "cobertura sí están cubiertas.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si su salud o la de su "
           "bebé corre peligro, pida una apelación de emergencia (la decidimos en 72 horas). Después de nuestra "
           "decisión puede pedir una Revisión Externa por una Organización de Revisión Independiente (IRO).", 9.4)
    p.para("Si cree que su fecha de inicio está equivocada, llame a la Comisión de Salud y Servicios Humanos de "
           "Texas (HHSC) al 2-1-1 o a nuestro número.", 9.0)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id="CHIP Perinatal", member_id=mid, member_name=mom,
              cases=[n], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=center, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "plan_id": [None], "provider": [md]})
    return out(p), t


def rotated_es_statement(rng):
    child, parent, att = people(rng, 3)
    mid = mid9(rng)
    dos = dt.date(2026, 3, rng.randint(2, 26))
    bd = plus(dos, rng.randint(40, 60))
    lines = [("0450", "Sala de emergencias, nivel 3", 1, amount(rng, 900, 1400)),
             ("0320", "Radiografía", 2, amount(rng, 180, 260)),
             ("0300", "Laboratorio", 3, amount(rng, 45, 90)),
             ("0250", "Farmacia", 1, amount(rng, 30, 80))]
    rows, total = [], 0.0
    for rc, desc, q, unit in lines:
        a = round(q * unit, 2)
        total += a
        rows.append([rc, desc, str(q), money(unit, "nosign"), money(a, "nosign")])
    total = round(total, 2)
    rows.append(["", "TOTAL DE CARGOS", "", "", money(total)])
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HOSP, "PBCH", [f"{rng.randint(100, 9800)} Bayou Bend Dr, Beaumont TX 777{rng.randint(10, 99)}  |  "
                               f"Cuentas de pacientes 409-555-{digits(rng, 4)}  |  Tax ID 76-{digits(rng, 7)}"],
                box="ESTADO DE CUENTA", size=12)
    p.addr_pair("Paciente / responsable", [f"{child} / {parent}", *address(rng)], "Envíe su pago a",
                ["PBCH Patient Accounts", f"PO Box {rng.randint(2000, 9000)}", f"Houston TX 770{rng.randint(10, 99)}"])
    p.grid([[("Fecha del estado", fdate(bd, "long", "es")), ("Cuenta del paciente", f"A{digits(rng, 9)}"),
             ("Fecha de servicio", fdate(dos, "slash"))],
            [("Médico tratante", f"Dr. {att}"), ("Seguro", f"{INS} (CHIP)"), ("Núm. de miembro", mid)],
            [("Estado del seguro", "No pagó - falta aprobación"), ("Vence el pago", fdate(plus(bd, 30), "slash"))]],
           size=8.2)
    p.table(["Código", "Descripción", "Cant.", "Precio", "Importe"], rows, [20, 88, 16, 25, 30.9], size=8.6,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.pairs([("Pagos del seguro", "(0.00)"), ("Ajustes", "(0.00)"), ("Saldo", money(total))], label_w=45, size=9.2)
    p.ln(2)
    p.para("Su seguro no pagó esta visita. Estamos pidiendo que la revisen de nuevo. Mientras tanto no tiene que "
           "pagar este saldo. Los miembros de CHIP solo pagan el copago de su nivel. Llame a Cuentas de pacientes "
           "si tiene preguntas.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=bd.isoformat(), provider=HOSP, lang="es", unscored=["insurer"],
              alternates={"provider": [att], "member_id": [None]})
    return out(p), t


def lowres_es(rng):
    child, parent, md = people(rng, 3)
    mid = mid9(rng)
    nd = dt.date(2026, 5, rng.randint(4, 22))
    planned = plus(nd, rng.randint(10, 20))
    ref = f"UM26{digits(rng, 7)}"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [f"Para el padre o la madre de {child}", parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"Recibimos la solicitud de la Dra. {md}, de la clínica de neurocirugía pediátrica, para un casco de "
           f"moldeo craneal para {child}. La colocación estaba planeada para el {fdate(planned, 'long', 'es')}.", 10)
    p.para("Leímos la solicitud con cuidado. El casco sirve para cambiar la forma de la cabeza. Su plan de CHIP no "
           "incluye este tipo de artículo, sin importar la razón por la que se pida. Por eso no lo podemos pagar. "
           "Los ejercicios de posición y las visitas de control con el pediatra siguen cubiertos.", 10)
    p.para(f"Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. "
           f"Si la salud de su hijo(a) corre peligro, pida una apelación de emergencia (72 horas). Cuando llame al "
           f"1-866-555-{digits(rng, 4)} (TTY 711), dé el número de referencia {ref} y el número de miembro {mid}.",
           10)
    p.para(f"Atentamente,\nRevisión de Servicios\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=md,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "service_dates": [[]]})
    return out(p), t


def photocopy_appeal(rng):
    child, parent, sleep_md, ent, md = people(rng, 5)
    mid = mid9(rng)
    dos = dt.date(2026, 2, rng.randint(3, 26))
    nd = plus(dos, rng.randint(80, 100))
    billed = amount(rng, 1800, 3200)
    apl = f"AP-26-{digits(rng, 6)}"
    n = clm(rng)
    lab = "Dogwood Trail Sleep Center"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Appeals")
    p.line("NOTICE OF APPEAL DECISION  -  TEXAS CHIP", 12.5, "B")
    p.ln(1)
    p.section("1", "Who and what")
    p.grid([[("Decision date", fdate(nd, "upper")), ("Appeal number", apl), ("Claim number", n)],
            [("Member", child), ("Member ID", mid), ("Parent who asked", parent)],
            [("Facility", lab), ("Ordering doctor", f"Dr. {ent}"), ("Reading doctor", f"Dr. {sleep_md}")],
            [("Date of service", fdate(dos, "slash")), ("Appeal received", fdate(plus(nd, -24), "slash")),
             ("Billed", money(billed))]], size=8.6)
    p.section("2", "Our decision")
    p.checks("Decision", [(False, "We changed our decision and will pay"), (False, "We will pay part"),
                          (True, "We did not change our decision")], cols=3)
    p.para(f"You asked us to pay for your child's overnight sleep study at {lab}. A pediatric doctor who took no "
           f"part in the first decision read the file. The study is one the plan reviews before it is done. Nobody "
           f"from Dr. {ent}'s office or from the sleep center asked us before the night of the study, and no one "
           "called the next business day either. Because of that, our first answer stays the same. The sleep "
           "center may not bill you for it.", 9.2)
    p.section("3", "What you can do now")
    p.para("This was your last appeal with our plan. You may ask for an External Review by an Independent Review "
           "Organization (IRO) through the Texas Health and Human Services Commission within 4 months of the date "
           "of this letter. If your child's health is at risk, ask for an expedited External Review (72 hours).",
           9.0)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[apl, n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=lab,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [ent, sleep_md], "case_numbers": [[apl], [n]]})
    return out(p), t


def faxfine_stack(rng):
    child, parent, idmd, nurse = people(rng, 4)
    mid = mid9(rng)
    ad = dt.date(2026, 6, rng.randint(3, 12))
    auth = f"HI{digits(rng, 8)}"
    agency = "Cenizo Home Infusion"
    start = plus(ad, 1)
    p = DQSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.line("AVISO DE APROBACIÓN", 12, "B")
    p.pairs([("Fecha", fdate(ad, "long", "es")), ("Miembro", child), ("Número de miembro", mid),
             ("Número de autorización", auth), ("Proveedor", agency), ("Enfermera a cargo", nurse),
             ("Aprobado", "Antibiótico por vía intravenosa en casa, 10 días"),
             ("Desde", fdate(start, "slash"))], label_w=52, size=9.4)
    p.ln(2)
    p.para("Aprobamos este servicio. La agencia le llamará para la primera visita. No tiene que hacer nada más.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
                          service_dates=[span(start)], denial_date=ad.isoformat(), provider=agency, lang="es",
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]}))
    # the hospital days before the home infusion began
    nd = plus(ad, rng.randint(12, 20))
    adm = plus(ad, -9)
    a, b = plus(adm, 3), plus(ad, 0)
    billed = amount(rng, 9000, 16000)
    n = clm(rng)
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Utilization Review")
    q.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    q.capstrip([("Date of notice", fdate(nd, "long")), ("Claim number", n), ("Member ID", mid)])
    q.capstrip([("Member", child), ("Parent", parent), ("Hospital", HOSP)], [55, 50, 74.9])
    q.capstrip([("Admitted", fdate(adm, "slash")), ("Discharged", fdate(b, "slash")),
                ("Days not paid", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Billed for those days",
                                                                               money(billed))], [36, 36, 62, 45.9])
    q.ln(3)
    q.para(f"{HOSP} asked us to pay for all of your child's hospital days. Dr. {idmd}, the infectious disease "
           f"doctor there, kept your child in the hospital for IV antibiotics after the fever was gone. We pay the "
           f"first three days. From {fdate(a, 'slash')} on, your child was eating, walking and had a PICC line in "
           "place. The same medicine could have been given at home by a home infusion nurse, which your plan "
           "covers, so we cannot pay the hospital rate for those days.", 9.4)
    q.para("You may appeal within 60 days from the date on this letter. An emergency appeal is decided within 72 "
           "hours. After our appeal you may ask for an External Review by an Independent Review Organization.", 9.2)
    q.taglines()
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[n],
                          claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
                          provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [idmd]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_row_29_came_after_window", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_boxed_provider_notice_car_insurance_first", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "phone_es_perinatal_cobertura_no_activa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_es_estado_de_cuenta_hospital", "rotated", [rotated_es_statement(rng)]),
        Item(F + "lowres_es_sin_etiquetas_casco_no_incluido", "scan_lowres_150", [lowres_es(rng)]),
        Item(F + "photocopy_boxed_appeal_upheld_nobody_asked_before", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "faxfine_stack_cover_es_approval_then_home_infusion_turned", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
