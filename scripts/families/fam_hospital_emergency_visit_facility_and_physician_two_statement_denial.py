"""An invented commercial plan (Larkspur Meridian Health Plan) paying a hospital's emergency department claim
(Ashgrove Valley Hospital, the facility part) while refusing the emergency physician group's claim for the same visit
(Ridgeline Emergency Physicians, the professional part), each with its own statement. CPT codes, modifier 25 and
CARC/RARC codes appear as themselves; the plan, its rules and limits, the hospital, the group, every doctor, person,
number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_two_page_remittance_three_patients_modifier_25_missing: a provider remittance to the group on a standard
  fax: three patients' claims, the second's E/M with a same-day laceration repair refused CO-4 / M15, the legend
  on page 2 with taglines (coding_error).
- born_digital_three_page_eob_hospital_paid_physician_other_plan_first: a member EOB whose page 2 lists the
  hospital claim (paid) and the group's claim (refused: the spouse's plan pays first) (other); page 3 rights,
  taglines and a nondiscrimination notice.
- photocopy_two_page_letter_physician_claim_sent_late: a letter on page 1, the claim details and a sample appeal
  form with example values on page 2 (timely_filing).
- phone_es_dos_paginas_cuidados_criticos_no_necesarios: photographed two-page Spanish letter: the critical care
  time the doctor billed was not needed (medical_necessity; coding_error accepted).
- rotated_two_page_hospital_statement_after_insurance: the hospital's statement to the guarantor (denies nothing).
- lowres_letter_to_mother_after_hours_fee_excluded: a 150 dpi letter to a mother: the group's after-hours fee
  (99053) is excluded by the plan (not_covered).
- scan300_stack_cover_es_records_not_received_then_group_statement_turned: a cover sheet, a Spanish letter closing
  the group's claim because the records never came (other), then sideways the group's own statement to the patient
  quoting the refusal (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxe import DXSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "hospital_emergency_visit_facility_and_physician_two_statement_denial"
LANG = "en"
SEED = 354404
INS = "Larkspur Meridian Health Plan"
ALT = ["Larkspur Meridian"]
PLAN = "Larkspur Meridian Choice PPO 2000"
GROUP = "LM-407193"
HOSP = "Ashgrove Valley Hospital"
EPG = "Ridgeline Emergency Physicians"


def mid(rng):
    return f"LMH{digits(rng, 9)}"


def clm(rng):
    return f"26{digits(rng, 11)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1958, hi=2003):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def head(p: DXSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def nd_block(p, rng, es=False):
    p.nondisc(INS, people(rng, 1)[0], phone(rng, "208"), f"PO Box {rng.randint(100, 990)}, Boise ID 83707", es=es)


def faxstd_remit(rng):
    pats, docs = people(rng, 3), people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    specs = [("99284", "ED visit, moderate", 380, 520, False), ("99283/12002", "ED visit + 12002 repair", 420, 640, True),
             ("99285", "ED visit, high", 610, 820, False)]
    for pt, doc, (code, desc, lo, hi, den) in zip(pats, docs, specs):
        d = plus(rd, -rng.randint(14, 40))
        n, m = clm(rng), mid(rng)
        b = amount(rng, lo, hi)
        if den:
            rows.append([n, pt, m, fdate(d, "slash"), doc, code, money(b, "nosign"), "0.00", "0.00", "CO-4 M15"])
        else:
            al = round(b * 0.55, 2)
            rows.append([n, pt, m, fdate(d, "slash"), doc, code, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "1"])
        info.append((pt, doc, n, m, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  LMHP PROVIDER PAY  {phone(rng, '208')}  PG {{n}}"
    p = DXSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "LM-PRA-3 (rev. 10/2025)")
    p.capstrip([("PAYEE", EPG), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLAIM NO.", "PATIENT", "MEMBER ID", "DOS", "RENDERING", "CPT", "BILLED", "ALLOWED", "PAID", "ADJ"],
            rows, [36, 40, 32, 20, 40, 22, 20, 18, 18, 13.9], size=7.4, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    p.para("See page 2 for adjustment codes and how to ask for a reconsideration.", 8)
    p.add_page(orientation="L")
    pt, doc, n, m, d, b = info[1]
    p.bar("ADJUSTMENT CODES", 9)
    p.para(f"1: paid under your contract. CO-4 M15 (claim {n}): the emergency visit (99283) and the laceration repair "
           "(12002) were billed together on one day without modifier 25 on the visit code. Without it, we read the "
           "visit as part of the repair, and the claim as billed cannot be paid. Send a corrected claim with 99283-25. "
           f"The hospital's own claim for the facility part of this visit at {HOSP} was paid separately. Do not bill "
           "the member.", 8.4)
    p.para("Corrected claims and reconsiderations: within 90 days of the remit date. Provider Services "
           f"{phone(rng)}. Provider appeals office: PO Box {rng.randint(1000, 9000)}, Boise ID 83707.", 8.4)
    p.tagline_block(phone(rng), 6.8)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [EPG]})
    return out(p), t


def bd_eob(rng):
    member, doc, spouse = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(2, 26))
    sd = plus(v, rng.randint(30, 44))
    nh, ne = clm(rng), clm(rng)
    h1, h2, h3 = amount(rng, 1400, 2200), amount(rng, 300, 520), amount(rng, 180, 360)
    e1, e2 = amount(rng, 520, 780), amount(rng, 40, 80)
    epg_tot = round(e1 + e2, 2)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.addr_pair("Member", [member, *address(rng)], "Plan", [PLAN, f"Group {GROUP}", f"Member ID {m}"])
    p.ln(2)
    p.grid([[("Statement date", fdate(sd, "long")), ("Patient", member),
             ("Date of birth", fdate(dob(rng), "slash"))]], size=8.8)
    p.para("This statement covers two claims for one emergency room visit: the hospital's claim for the room, tests "
           "and supplies, and the emergency doctors' claim for their care. One claim was paid and one was not. "
           "The claim details are on page 2. Your rights and help in other languages are on page 3.", 9.6)
    p.bar("Summary", 9)
    p.pairs([("Total billed", money(round(h1 + h2 + h3 + epg_tot, 2))), ("Plan paid", "see page 2"),
             ("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$1,250.00 of $2,000.00")],
            label_w=40, size=9)
    p.add_page()
    p.heading("Claim details", 12, rule=True)
    W = p.w - p.l_margin - p.r_margin

    def r(code, desc, b, paid):
        al = round(b * 0.6, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [fdate(v, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                money(round(al - pd, 2), "nosign")]
    p.line(f"Claim {nh}  -  {HOSP} (facility)  -  processed", 9.4, "B")
    p.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [r("0450", "Emergency room", h1, True), r("0320", "X-ray", h2, True), r("0300", "Lab tests", h3, True),
             ["", "", "Claim total", money(round(h1 + h2 + h3, 2), "nosign"), "", "", ""]],
            [22, 18, 56, 22, 22, 22, W - 162], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    p.line(f"Claim {ne}  -  {EPG}, Dr. {doc}  -  denied (code OC)", 9.4, "B")
    p.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [r("99284", "Emergency doctor visit", e1, False), r("93010", "ECG reading", e2, False),
             ["", "", "Claim total", money(epg_tot, "nosign"), "", "", ""]],
            [22, 18, 56, 22, 22, 22, W - 162], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    p.para(f"**OC:** your enrollment form says you are also covered by your spouse {spouse}'s employer plan, and "
           "that plan pays first for you. The doctors' group must send its claim to that plan and then send us the "
           "other plan's statement; we will pay what is left under your plan. We paid the hospital claim before we "
           "learned of the other coverage and will settle it with the other plan ourselves.", 9)
    p.add_page()
    p.heading("Your rights", 12, rule=True)
    p.para("You may appeal a denied claim within 180 days of the statement date. Send your letter to Appeals, PO Box "
           f"{rng.randint(1000, 9000)}, Boise ID 83707. Urgent appeals are decided within 72 hours. After our final "
           "decision you may ask for an external review within 4 months.", 8.8)
    p.tagline_block(phone(rng))
    nd_block(p, rng)
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member, cases=[ne],
              claim_amount=m2(epg_tot), service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=EPG,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None]})
    return out(p), t


def photocopy_late(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 25))
    rec = plus(v, rng.randint(188, 200))
    nd = plus(rec, rng.randint(5, 12))
    n = clm(rng)
    b = amount(rng, 450, 760)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "abbr"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"We are writing about the emergency doctors' bill for your visit to the emergency room at {HOSP}. The "
           "hospital's part of that visit was paid months ago. The doctors' part was not, and this letter explains "
           "why. The claim itself is described on page 2.", 10)
    p.heading("Our decision", 10.5)
    p.para(f"{EPG} is in our network. Its contract with us says it must send a claim within 180 days after the "
           "care. The group's claim reached us after that time had passed, so we have denied it. Because the group "
           "agreed to this limit, it may not ask you to pay the amount we denied.", 10)
    p.para("You or the group may appeal within 180 days of the date of this letter. Urgent appeals: 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n\ncc: {EPG}", 10)
    p.add_page()
    p.heading("Claim details", 12, rule=True)
    p.boxed_pairs([("Member", member), ("Member ID", m), ("Group", GROUP), ("Claim number", n),
                   ("Date of service", fdate(v, "slash")), ("Emergency physician", f"Dr. {doc}"),
                   ("Billed by", EPG), ("Amount billed", money(b)), ("Date received", fdate(rec, "slash"))],
                  label_w=50)
    ex = dt.date(2026, 2, 2)
    p.sample_box("SAMPLE APPEAL REQUEST (example values shown)",
                 [("Member ID", "LMH000000000"), ("Claim number", "2600000000000"),
                  ("Date of service", fdate(ex, "slash")), ("Why I disagree", "The claim was sent on time.")],
                 "This is an illustration. Use the blank form enclosed with this letter.")
    nd_block(p, rng)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [EPG]})
    return out(p), t


def phone_es(rng):
    member, doc, rev, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 5, rng.randint(4, 24))
    nd = plus(v, rng.randint(28, 38))
    n = clm(rng)
    b = amount(rng, 1050, 1600)
    p = DXSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} usted recibió atención en la sala de emergencias de {HOSP}. Pagamos la "
           f"factura del hospital. El grupo {EPG} nos envió otra factura por la atención del médico, y una parte de "
           "esa factura no la podemos pagar. Los datos de la reclamación están en la página 2.", 10)
    p.heading("Nuestra decisión", 10.5)
    p.para("El médico cobró una hora de cuidados críticos (código 99291), que es la atención de un paciente cuya vida "
           f"corre peligro. {rev}, médico revisor, leyó el expediente: usted llegó con dolor de estómago, sus signos "
           "vitales eran normales y se fue a casa a las tres horas. La atención de cuidados críticos no era "
           "médicamente necesaria. Una visita de emergencia común sí está cubierta; el grupo puede enviar una "
           "reclamación corregida con ese código.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 10)
    p.add_page()
    p.heading("Datos de la reclamación", 12, rule=True)
    p.boxed_pairs([("Miembro", member), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamación", n),
                   ("Fecha del servicio", fdate(v, "long", "es")), ("Médico", f"Dr. {doc}"),
                   ("Importe cobrado", f"US$ {b:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") +
                    f"  ({money(b)})")], label_w=52)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           "en 72 horas. Después de nuestra decisión final puede pedir una revisión externa dentro de 4 meses.", 9.6)
    nd_block(p, rng, es=True)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", denial_alternates=["coding_error"],
              alternates={"insurer": ALT, "provider": [EPG]})
    return out(p), t


def rotated_hosp(rng):
    member, husband, doc = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(35, 50))
    ac = f"AVH{digits(rng, 8)}"
    b1, b2, b3 = amount(rng, 1500, 2400), amount(rng, 250, 480), amount(rng, 120, 300)
    tot = round(b1 + b2 + b3, 2)
    paid = round(tot * 0.45, 2)
    adj = round(tot * 0.4, 2)
    bal = round(tot - paid - adj, 2)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HOSP, "AVH", [f"{rng.randint(100, 9800)} Valley Rd, Nampa ID 83651  |  Patient billing "
                              f"{phone(rng, '208')}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [husband, *address(rng)], "Patient", [member, f"Account {ac}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m}"),
             ("PAY BY", fdate(plus(sd, 30), "abbr"))]], size=8.4)
    p.table(["Date", "Rev", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "0450", "Emergency room", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "0350", "CT scan", money(b2, "nosign"), ""],
             [fdate(v, "slash"), "0300", "Laboratory", money(b3, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [24, 16, 82, 25, 27.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"You were seen in our emergency department by Dr. {doc}. The emergency doctors are not hospital "
           f"employees: {EPG} bills you separately for their care. Your insurer has paid its share of this bill.", 9)
    p.add_page()
    p.bar("Financial assistance", 9)
    p.para("If you cannot pay this bill, you may qualify for help. Ask for an application at any registration desk or "
           f"call {phone(rng, '208')}.", 9)
    p.tagline_block(phone(rng, '208'))
    p.nondisc(HOSP, people(rng, 1)[0], phone(rng, "208"), "Valley Rd, Nampa ID 83651")
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [doc], "member_id": [None]})
    return out(p), t


def lowres_parent(rng):
    child, mother, doc, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(3, 26))
    nd = plus(v, rng.randint(30, 40))
    n = clm(rng)
    fee = amount(rng, 45, 95)
    p = DXSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Your daughter {child} (member ID {m}, group {GROUP}) was seen in the emergency room at {HOSP} late in "
           f"the evening of {fdate(v, 'long')}. We paid the hospital's claim and the emergency visit that Dr. {doc} "
           f"of {EPG} billed. The group also billed a separate after-hours fee (code 99053) of {money(fee)} on claim "
           f"{n}.", 10)
    p.para("Your plan booklet lists extra fees for care given at night, on weekends or on holidays among the things "
           "the plan does not pay for. The doctor's care itself is paid in full under your plan; only this fee is "
           "left. Because the group is in our network, it has agreed not to bill you for it.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(fee), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [EPG]})
    return out(p), t


def stack(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 7, rng.randint(6, 20))
    asked = plus(v, rng.randint(25, 35))
    nd = plus(asked, rng.randint(46, 52))
    n = clm(rng)
    b = amount(rng, 600, 950)
    p = DXSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Reclamaciones")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Reclamación", n), ("Fecha del servicio", fdate(v, "long", "es")),
             ("Importe", money(b))], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(asked, 'long', 'es')} le pedimos a {EPG} las notas del Dr. {doc} sobre su visita a la sala de "
           "emergencias. Necesitábamos esas notas para saber qué atención se le dio. Esperamos 45 días y no las "
           "recibimos, así que cerramos la reclamación sin pago. Si el grupo nos envía las notas, la volveremos a "
           "abrir; no tiene que hacer nada más.", 10)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta.", 10)
    p.para(f"Atentamente,\n{sig}", 10)
    d1 = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n],
                        claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
                        appeal_deadline=plus(nd, 180).isoformat(), lang="es",
                        alternates={"insurer": ALT, "provider": [EPG]}))
    pt, guar, doc2 = people(rng, 3)
    m2_ = mid(rng)
    v2 = dt.date(2026, 5, rng.randint(4, 24))
    sd = plus(v2, rng.randint(60, 75))
    acct = f"REP-{digits(rng, 7)}"
    n2 = clm(rng)
    b2 = amount(rng, 480, 820)
    q = DXSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(EPG, "REP", [f"Billing office  |  PO Box {rng.randint(100, 990)}, Meridian ID 83680  |  "
                             f"{phone(rng, '208')}"], box="PATIENT STATEMENT", size=12)
    q.addr_pair("Guarantor", [guar, *address(rng)], "Patient", [pt, f"Account {acct}"])
    q.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m2_}"), ("AMOUNT DUE", "$0.00")]],
           size=8.4)
    q.table(["Date", "Code", "Description", "Charges", "Insurance", "Balance"],
            [[fdate(v2, "slash"), "99285", f"Emergency care, Dr. {doc2}", money(b2, "nosign"), "0.00",
              money(b2, "nosign")],
             ["", "", "Insurance denied - under review", "", "", ""]],
            [24, 18, 74, 24, 20, 19.9], size=8.6, aligns=["L", "L", "L", "R", "R", "R"])
    q.para(f"Your insurer denied our claim {n2} for your emergency visit at {HOSP}, saying it needed the doctor's "
           "notes. We have sent the notes and asked the insurer to look again. You owe nothing now; we will send a "
           "new statement when the insurer answers.", 9.2)
    d2 = (out(q), truth("other", None, insurer=INS, member_id=m2_, member_name=pt, cases=[n2], claim_amount=m2(b2),
                        service_dates=[v2.isoformat()], denial_date=sd.isoformat(), provider=doc2,
                        unscored=["insurer"], alternates={"provider": [EPG], "case_numbers": [[]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_two_page_remittance_three_patients_modifier_25_missing", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_three_page_eob_hospital_paid_physician_other_plan_first", "born_digital",
             [bd_eob(rng)]),
        Item(F + "photocopy_two_page_letter_physician_claim_sent_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_dos_paginas_cuidados_criticos_no_necesarios", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_hospital_statement_after_insurance", "rotated", [rotated_hosp(rng)]),
        Item(F + "lowres_letter_to_mother_after_hours_fee_excluded", "scan_lowres_150", [lowres_parent(rng)]),
        Item(F + "scan300_stack_cover_es_records_not_received_then_group_statement_turned", "scan_clean_300",
             stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
