"""Notices mirrored (structure and plain wording style only) from the papers a Florida Statewide Medicaid Managed
Care (SMMC) long-term care plan sends, every one addressed to the member's representative. The Agency for Health
Care Administration (AHCA), SMMC and its Long-Term Care program, the Medicaid Fair Hearing, HCPCS codes and CARC 197 /
18 appear as themselves; the plan (Tupelo Hammock Health Plan), every home care agency, adult day centre, facility,
case manager, person, number, form and address is invented; the 60-day plan appeal, 72-hour expedited appeal,
10-day continuation and 120-day hearing limits are written in that style, not quoted.

Documents (8 in 7 files):
- faxstd_two_page_noabd_personal_care_hours_to_daughter: a standard-fax notice to the daughter (representative);
  page 1 the letter, page 2 "Details about your request" (Medicaid ID, request number, hours asked and approved,
  From / To, the agency) and the taglines; 28 hours a week asked, 18 approved (medical_necessity).
- photocopy_three_page_adult_day_care_outside_network_rights_and_form: a photocopied three-page notice to a son:
  the letter (adult day care centre not in the plan's network, out_of_network), "Your rights" with the AHCA
  hearing unit and nondiscrimination notice, and an appeal request form with example values.
- born_digital_claims_statement_respite_row_no_authorization: a member claims statement to a husband, four claims
  one per row, the facility respite claim refused CARC 197 (no approval; prior_authorization).
- phone_es_dos_paginas_comidas_a_domicilio_elegibilidad: a photographed two-page Spanish notice to a wife:
  home-delivered meals after Medicaid long-term care eligibility ended (eligibility), the details on page 2.
- rotated_assisted_living_approval_to_son: an approval of assisted living services, fed sideways (denies nothing).
- lowres_nursing_facility_days_home_with_care_level_of_care: a 150 dpi letter to a niece (representative) on
  nursing facility days paid only as home and community-based care would do (level_of_care).
- clean300_stack_cover_es_attendant_care_duplicate_then_appeal_resolution_sideways: a cover sheet, a Spanish
  notice on an attendant nursing claim sent twice (other; "US$ 1.234,50" style amounts) and, fed sideways, a notice
  of plan appeal resolution keeping a refused home accessibility adaptation (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxb import XSheet, people, ph
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "florida_smmc_long_term_care_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 354301
INS = "Tupelo Hammock Health Plan"
ALT = ["Tupelo Hammock"]
HOME = "Coquina Trail Home Care"
ADC = "Sawmill Creek Adult Day Center"
ALF = "Magnolia Bluff Assisted Living"
NF = "Pelican Marsh Nursing and Rehabilitation Center"
AHCA_ADDR = "Agency for Health Care Administration, Medicaid Hearing Unit, P.O. Box 7718, Tallahassee, FL 32314"


def mid(rng):
    return digits(rng, 10)


def dob(rng):
    return dt.date(rng.randint(1932, 1958), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: XSheet, rng, es=False):
    p.f(16, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, ("Programa de Cuidado a Largo Plazo de Florida Medicaid" if es else
                  "Florida Medicaid Statewide Medicaid Managed Care - Long-Term Care Program"),
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"P.O. Box {rng.randint(1100, 9800)}, Tallahassee, FL 32317  |  "
                 f"{'Servicios para Miembros' if es else 'Member Services'} {ph(rng, '800')}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _ndn(p, rng, es=False):
    coord = people(rng, 1)[0]
    p.nondiscrimination(INS, coord, ph(rng, "850"), f"P.O. Box {rng.randint(1100, 9800)}, Tallahassee, FL 32317",
                        "civilrights@tupelohammock.example", es=es)


def faxstd_hours(rng):
    member, dau, cm, md = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(2, 20))
    rec = plus(nd, -rng.randint(9, 13))
    start = plus(nd, rng.randint(10, 14))
    end = plus(start, 89)
    prev_s, prev_e = plus(start, -180), plus(start, -1)
    ref = f"LTC-{digits(rng, 8)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  TUPELO HAMMOCK LTC UM  {ph(rng, '850')}  P.{{n}}"
    p = XSheet(fax_hdr=fax, running=f"{member}  |  Medicaid ID {m}  |  Page {{n}} of {{nb}}", footer=None)
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [dau, f"Representative for {member}", *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    p.ln(2)
    p.para(f"Dear {dau}:", 10)
    p.para(f"You asked us to approve more help at home for {member}. We reviewed the request and decided to approve "
           "some of it. The details of the request, the hours we approved and the dates are on page 2 of this "
           "notice.", 10)
    p.para("**Why we made this decision.** The assessment done in the home shows that your mother can feed herself "
           "and move from bed to chair with standby help. The hours asked for bathing, dressing and meal help "
           "are more than her daily needs call for. The hours we approved cover the help the assessment found "
           f"she needs. A doctor, Dr. {md}, reviewed this decision.", 10)
    p.para("**If you do not agree,** you or the member may ask for a plan appeal within 60 days of the date of "
           "this notice. If waiting could seriously harm the member's health, ask for an expedited appeal; we "
           "will decide it within 72 hours. To keep the current services during the appeal, ask within 10 days "
           "of this notice. After the plan appeal you may ask for a Medicaid Fair Hearing within 120 days of our "
           "appeal decision.", 10)
    p.para(f"Your case manager is {cm}, {ph(rng, '850')}.", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    p.add_page()
    p.line("Details about your request", 12, "B")
    p.rule()
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Member name", member), ("Medicaid ID", m), ("Date of birth", fdate(dob(rng), "slash"))],
            [W * 0.42, W * 0.3, W * 0.28])
    p.boxes([("Request number", ref), ("Request received", fdate(rec, "slash")), ("Date of notice",
                                                                                  fdate(nd, "slash"))])
    p.boxes([("Service", "Personal care (T1019)"), ("Requested by", HOME)], [W * 0.4, W * 0.6])
    p.boxes([("Hours asked for", "28 hours per week"), ("Hours approved", "18 hours per week"),
             ("From", fdate(start, "slash")), ("To", fdate(end, "slash"))])
    p.ln(2)
    p.para(f"Hours approved now: {fdate(prev_s, 'slash')} - {fdate(prev_e, 'slash')}, 16 hours per week "
           "(previous authorization, for reference).", 9)
    p.taglines(ph(rng, "800"))
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=HOME,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[start.isoformat(), end.isoformat()]]})
    return out(p), t


def photocopy_adc(rng):
    member, son, cm = people(rng, 3)
    m = mid(rng)
    v1 = dt.date(2026, 4, rng.randint(1, 10))
    v2 = plus(v1, 7)
    nd = plus(v2, rng.randint(28, 36))
    cl = f"26{digits(rng, 11)}"
    b1, b2 = amount(rng, 80, 120), amount(rng, 80, 120)
    tot = round(b1 + b2, 2)
    p = XSheet(running=f"{INS}  |  Notice {cl}  |  Page {{n}} of {{nb}}", footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [son, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", member), ("Medicaid ID", m), ("Claim number", cl)], label_w=34, size=9.6)
    p.ln(2)
    p.line("Notice of Adverse Benefit Determination", 12, "B")
    p.ln(2)
    p.para(f"Dear {son}:", 10)
    p.para(f"{ADC} sent us a claim for adult day care (S5102) for your father on {fdate(v1, 'long')} and "
           f"{fdate(v2, 'long')}, {money(tot)} in all. We did not pay it.", 10)
    p.table(["Date", "Code", "Service", "Billed", "Paid"],
            [[fdate(v1, "slash"), "S5102", "Adult day care, per diem", money(b1, "nosign"), "0.00"],
             [fdate(v2, "slash"), "S5102", "Adult day care, per diem", money(b2, "nosign"), "0.00"],
             ["", "", "Total", money(tot, "nosign"), "0.00"]], [28, 20, 66, 28, 28.9], size=9,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"**Why.** {ADC} does not have a contract with {INS}. Long-term care members must use centers in our "
           f"network unless we approve an outside center first, and we were not asked. Two centers in our network "
           f"are within 10 miles of your father's home; his case manager, {cm}, can help set up visits.", 10)
    p.para("You may ask for a plan appeal within 60 days of the date of this notice. See the enclosed page, "
           "Your Rights, and use the enclosed form.", 10)
    p.para(f"cc: {ADC}", 9)
    p.add_page()
    p.line("YOUR RIGHTS", 13, "B")
    p.rule()
    p.bullets(["**Plan appeal.** Ask within 60 days of the date on the notice. You can call us or write to us. If "
               "you call, we will send you a letter to confirm.",
               "**Expedited appeal.** If waiting 30 days could seriously harm the member's health, ask for a fast "
               "appeal. We will decide within 72 hours.",
               "**Keep your services.** To keep getting services during the appeal, ask within 10 days of the "
               "notice or before the change takes effect.",
               "**Medicaid Fair Hearing.** If you do not agree with our appeal decision, you may ask for a "
               f"fair hearing within 120 days of the appeal decision. Write to the {AHCA_ADDR}, or call "
               f"{ph(rng, '239')}.",
               "**Help.** The Florida Medicaid Help Line can answer questions about your rights: "
               f"{ph(rng, '877')} (TTY 711)."], 9)
    _ndn(p, rng)
    p.taglines(ph(rng, "800"))
    p.add_page()
    p.line("PLAN APPEAL REQUEST FORM", 13, "B")
    p.f(8)
    p.cell(0, 4, "Form THHP-LTC-APL-2 (rev. 10/2025)", new_x="LMARGIN", new_y="NEXT")
    p.rule()
    p.para("Fill in this form and mail it to the address at the top. Example of how to fill in the member boxes "
           "(do not copy these numbers): Medicaid ID 1234567890, Date of notice 01/15/2026, Claim number "
           "2600000000000.", 9)
    p.blank_lines(["Member name", "Medicaid ID", "Date of notice", "Claim or request number",
                   "Your name (if not the member)", "Relationship to member", "Phone",
                   "Why do you disagree?", "", "", "Signature / Date"])
    p.para("[ ] Check here if you want an expedited (72-hour) appeal.", 9)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[cl],
              claim_amount=m2(tot), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=ADC, appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def born_digital_statement(rng):
    member, hus, d1, d2 = people(rng, 4)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    specs = [(HOME, "T1019", "Personal care, 24 units", 360, 480, False),
             (ADC if False else "Sawgrass Meals on Wheels", "S5170", "Home-delivered meals, 14", 110, 160, False),
             (NF, "T1005", "Respite care, facility, 5 days", 1100, 1600, True),
             ("Kingfisher Medical Supply", "T4522", "Adult briefs, 1 case", 60, 90, False)]
    for prov, code, desc, lo, hi, den in specs:
        cl = f"26{digits(rng, 11)}"
        d = plus(sd, -rng.randint(20, 45))
        b = amount(rng, lo, hi)
        paid = 0.0 if den else round(b * rng.choice([0.85, 0.9, 1.0]), 2)
        rows.append([cl, prov, fdate(d, "slash"), code, desc, money(b, "nosign"), money(paid, "nosign"),
                     "197" if den else "1"])
        info.append((cl, prov, d, b, den))
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 14, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("MEMBER CLAIMS STATEMENT - THIS IS NOT A BILL", 12, "B")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Sent to (representative)", hus), ("Member", member), ("Medicaid ID", m),
             ("Statement date", fdate(sd, "abbr")), ("Plan year", "01/01/2026 - 12/31/2026")],
            [W * 0.2, W * 0.2, W * 0.18, W * 0.18, W * 0.24])
    p.ln(3)
    p.table(["Claim number", "Provider", "Date of service", "Code", "Service", "Billed", "Plan paid", "Note"],
            rows, [36, 74, 26, 16, 56, 22, 22, 11.4], size=8.4, aligns=["L"] * 5 + ["R", "R", "C"])
    cl, prov, d, b, _ = info[2]
    p.para(f"**Notes.** 1: paid under your long-term care benefits. 197 (CARC 197): not paid, approval was not "
           f"obtained. {NF} gave your wife five days of respite care in the facility. Respite in a facility must be "
           f"approved by us before it starts; your case manager, {d1}, had no request on file. The facility may not "
           "bill the member for these days.", 9)
    p.para("If you disagree with the refused claim, ask for a plan appeal within 60 days of the statement date. "
           f"Expedited appeals are decided within 72 hours. Questions: {ph(rng, '800')} (TTY 711).", 9)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[cl],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=NF,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def phone_es(rng):
    member, wife, cm = people(rng, 3)
    m = mid(rng)
    end_el = dt.date(2026, 4, 30)
    nd = dt.date(2026, 5, rng.randint(12, 22))
    s = dt.date(2026, 5, 1)
    e = plus(s, 9)
    cl = f"26{digits(rng, 11)}"
    b = amount(rng, 80, 140)
    p = XSheet(running=f"{member}  |  ID de Medicaid {m}  |  Página {{n}} de {{nb}}", footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, es=True)
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(3)
    for ln in [wife, f"Representante de {member}", *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(2)
    p.para(f"Estimada {wife}:", 10)
    p.para(f"Recibimos un reclamo de Sawgrass Meals on Wheels por las comidas entregadas a domicilio a su esposo. "
           "No podemos pagarlo. Los detalles del reclamo están en la página 2.", 10)
    p.para(f"**Por qué.** La Agencia para la Administración del Cuidado de la Salud (AHCA) nos informó que la "
           f"elegibilidad de su esposo para el Programa de Cuidado a Largo Plazo terminó el "
           f"{fdate(end_el, 'long', 'es')}. Las comidas se entregaron después de esa fecha. Solo pagamos servicios "
           "dados mientras el miembro está inscrito en el programa.", 10)
    p.para("**Si no está de acuerdo,** puede pedir una apelación del plan dentro de 60 días a partir de la fecha "
           "de este aviso. Si esperar pone en grave peligro la salud del miembro, pida una apelación rápida; la "
           "decidiremos en 72 horas. Después de la apelación puede pedir una Audiencia Imparcial de Medicaid "
           "dentro de 120 días.", 10)
    p.para(f"Su administrador(a) de casos es {cm}, {ph(rng, '850')}.", 10)
    p.add_page()
    p.line("Detalles del reclamo", 12, "B")
    p.rule()
    p.pairs([("Miembro", member), ("ID de Medicaid", m), ("Número de reclamo", cl),
             ("Proveedor", "Sawgrass Meals on Wheels"),
             ("Fechas del servicio", f"del {fdate(s, 'long', 'es')} al {fdate(e, 'long', 'es')}"),
             ("Servicio", "Comidas a domicilio (S5170), 10 comidas"), ("Cantidad facturada", money(b)),
             ("Fecha de este aviso", fdate(nd, "dmy", "es"))], label_w=48, size=9.6)
    p.ln(3)
    _ndn(p, rng, es=True)
    p.taglines(ph(rng, "800"), "Asistencia con el idioma / Language assistance")
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[cl],
              claim_amount=m2(b), service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider="Sawgrass Meals on Wheels", appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    member, son, cm = people(rng, 3)
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 18))
    s = plus(nd, 5)
    e = dt.date(2026, 12, 31)
    ref = f"LTC-{digits(rng, 8)}"
    p = XSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [son, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Notice of Approval", 12, "B")
    p.ln(2)
    p.para(f"Dear {son}:", 10)
    p.para(f"Good news. We approved assisted living services for your mother, {member} (Medicaid ID {m}), at "
           f"{ALF}, from {fdate(s, 'long')} through {fdate(e, 'long')}. Reference number {ref}.", 10)
    p.para("The member's share of the cost of room and board is set by the Department of Children and Families "
           "and is not changed by this notice. No action is needed from you.", 10)
    p.para(f"If you have questions, call the case manager, {cm}, at {ph(rng, '850')} (TTY 711).", 10)
    p.para(f"Sincerely,\nLong-Term Care Services\n{INS}", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=ALF,
              alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def lowres_nf(rng):
    member, niece, doc, md = people(rng, 4)
    m = mid(rng)
    adm = dt.date(2026, 3, rng.randint(2, 9))
    cut = plus(adm, 21)
    dis = plus(cut, 9)
    nd = plus(dis, rng.randint(25, 35))
    cl = f"26{digits(rng, 11)}"
    b = amount(rng, 2600, 3600)
    p = XSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [niece, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}, Medicaid ID {m}, claim {cl}", 10)
    p.para(f"Dear {niece}:", 10)
    p.para(f"Your uncle stayed at {NF} from {fdate(adm, 'long')} to {fdate(dis, 'long')}, under the care of "
           f"Dr. {doc}. We paid the first days of the stay. The facility's claim for the days from "
           f"{fdate(plus(cut, 1), 'long')} through {fdate(dis, 'long')}, {money(b)}, was not paid at the nursing "
           "facility rate.", 10)
    p.para("By the end of the third week your uncle was walking with a cane and managing his own medicines. From "
           "then on he could have been cared for safely at home with personal care and home health visits, which "
           "his plan covers. We paid those days at the home and community-based services rate. "
           f"Dr. {md}, our medical director, reviewed the records.", 10)
    p.para("If you disagree, you may ask for a plan appeal within 60 days of the date of this letter. Expedited "
           "appeals: 72 hours. Medicaid Fair Hearing: within 120 days of our appeal decision.", 10)
    p.para(f"Sincerely,\nClaims Review\n{INS}\ncc: {NF}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[cl],
              claim_amount=m2(b), service_dates=[f"{plus(cut, 1).isoformat()}/{dis.isoformat()}"],
              denial_date=nd.isoformat(), provider=NF, appeal_deadline=plus(nd, 60).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"insurer": ALT, "provider": [doc],
                          "service_dates": [[plus(cut, 1).isoformat(), dis.isoformat()]]})
    return out(p), t


def _es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def clean_stack(rng):
    member, daughter, nurse = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(2, 20))
    nd = plus(v, rng.randint(40, 50))
    cl1, cl2 = f"26{digits(rng, 11)}", f"26{digits(rng, 11)}"
    b = amount(rng, 1100, 1700)
    agency = "Bayhead Attendant Nursing Services"
    p = XSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, es=True)
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    for ln in [daughter, f"Representante de {member}", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.pairs([("Miembro", member), ("ID de Medicaid", m), ("Reclamo", cl2),
             ("Fecha de este aviso", fdate(nd, "dmy", "es"))], label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Estimada {daughter}:", 10)
    p.para(f"{agency} nos envió dos veces el mismo reclamo por la atención de enfermería a domicilio que la "
           f"enfermera {nurse} le dio a su padre el {fdate(v, 'long', 'es')}, por {_es_money(b)}. Pagamos el "
           f"primer reclamo ({cl1}). El segundo reclamo ({cl2}) es un duplicado y no lo pagamos (CARC 18).", 10)
    p.table(["Reclamo", "Fecha", "Código", "Facturado", "Pagado", "Nota"],
            [[cl1, fdate(v, "dmy", "es"), "S9123", _es_money(b), _es_money(round(b * 0.9, 2)), "1"],
             [cl2, fdate(v, "dmy", "es"), "S9123", _es_money(b), "US$ 0,00", "18"]],
            [40, 26, 20, 32, 30, 22.9], size=8.8, aligns=["L", "L", "L", "R", "R", "C"])
    p.para(f"Importe facturado del reclamo {cl2} (formato del sistema): {b:.2f}. Nota 1: pagado. Nota 18: reclamo "
           "duplicado. Usted no debe nada por este reclamo.", 8.8)
    p.para("Si no está de acuerdo, puede pedir una apelación del plan dentro de 60 días a partir de la fecha de "
           "este aviso. Apelación rápida: 72 horas. Audiencia Imparcial de Medicaid: dentro de 120 días de la "
           "decisión de la apelación.", 9.6)
    p.para(f"cc: {agency}", 9)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[cl2],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=agency, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
                         alternates={"insurer": ALT, "provider": [nurse]}))
    member2, son, md, cm = people(rng, 4)
    m2_ = mid(rng)
    req = dt.date(2026, 3, rng.randint(2, 20))
    apl = plus(req, rng.randint(20, 30))
    rd = plus(apl, rng.randint(20, 28))
    ref, an = f"LTC-{digits(rng, 8)}", f"APL-26-{digits(rng, 6)}"
    contractor = "Palmetto Reach Home Modifications"
    b2 = amount(rng, 3800, 5200)
    q = XSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.line(fdate(rd, "long"), 10)
    q.ln(3)
    for ln in [son, f"Representative for {member2}", *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.line("NOTICE OF PLAN APPEAL RESOLUTION", 12, "B")
    q.ln(1)
    q.pairs([("Member", member2), ("Medicaid ID", m2_), ("Appeal number", an), ("Original request", ref)],
            label_w=40, size=9.6)
    q.ln(2)
    q.para(f"Dear {son}:", 10)
    q.para(f"On {fdate(apl, 'long')} we received your appeal of our decision on the bathroom changes (a roll-in "
           f"shower and grab bars, S5165) that {contractor} finished at your father's home on "
           f"{fdate(req, 'long')}, billed at {money(b2)}. Dr. {md} and a nurse reviewer who took no part in the "
           "first decision looked at the appeal.", 10)
    q.para("**Our decision: we are keeping our first decision.** Home accessibility adaptations must be approved "
           "by us before the work begins. The work was done before anyone asked us, and no urgent need kept the "
           "contractor from asking first.", 10)
    q.para("**What you can do next.** You may ask for a Medicaid Fair Hearing within 120 days of the date of this "
           f"notice. Write to the {AHCA_ADDR}, or call {ph(rng, '239')}. To keep services during the hearing, ask "
           f"within 10 days. Your case manager is {cm}.", 10)
    q.para(f"cc: {contractor}", 9)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[an, ref], claim_amount=m2(b2), service_dates=[req.isoformat()],
                         denial_date=rd.isoformat(), provider=contractor,
                         alternates={"insurer": ALT, "case_numbers": [[an], [ref]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_two_page_noabd_personal_care_hours_to_daughter", "fax_standard_g4", [faxstd_hours(rng)]),
        Item(F + "photocopy_three_page_adult_day_care_outside_network_rights_and_form", "photocopy",
             [photocopy_adc(rng)]),
        Item(F + "born_digital_claims_statement_respite_row_no_authorization", "born_digital",
             [born_digital_statement(rng)]),
        Item(F + "phone_es_dos_paginas_comidas_a_domicilio_elegibilidad", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_assisted_living_approval_to_son", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_nursing_facility_days_home_with_care_level_of_care", "scan_lowres_150", [lowres_nf(rng)]),
        Item(F + "clean300_stack_cover_es_attendant_care_duplicate_then_appeal_resolution_sideways",
             "scan_clean_300", clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
