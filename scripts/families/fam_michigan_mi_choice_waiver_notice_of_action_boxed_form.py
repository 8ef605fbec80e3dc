"""Notices mirrored (structure and wording style only) from Michigan's MI Choice Waiver program, the home and
community-based services waiver for older adults and adults with physical disabilities that the Michigan
Department of Health and Human Services (MDHHS) runs through local waiver agencies. MDHHS, the MI Choice Waiver,
the person-centered service plan, the internal appeal / State Fair Hearing steps and the Michigan Office of
Administrative Hearings and Rules (MOAHR) appear as themselves; the waiver agency (Huron Pines Community Living
Services), every provider, person, number, address and the time limits' exact wording are invented.

Documents (8 in 7 files):
- bd_provider_payment_statement_four_weeks_one_week_co27: the waiver agency's payment statement to a home care
  agency, four weeks of personal care for one participant; one week pays 0.00 (CO-27: the participant's Medicaid
  was not open that week); check number, provider ID, NPI, service authorization number as decoys.
- faxstd_boxed_notice_ticked_denial_more_personal_care_hours: a boxed Notice of Adverse Benefit Determination on a
  standard fax: captions over values, ticked "Denial" and ticked reason, reason in the writer's words (the
  records do not show the extra hours are needed); supports coordinator and primary doctor as decoys.
- phone_es_aviso_silla_de_ducha_otro_seguro_primero: Spanish notice, a shower chair and grab bars must first go
  to the participant's Medicare plan ("su otro seguro tiene que decidir primero").
- rotated_adult_day_center_monthly_statement: the adult day health center's monthly statement to the family
  (days attended, patient pay amount, MI Choice paid); denies nothing.
- lowres_prose_respite_stay_nobody_asked_before: no labels; a facility respite stay that was never put in the
  service plan before it happened; the provider only in a sentence; "reference no." in the text.
- photocopy_boxed_internal_appeal_upheld_driveway_not_part_of_waiver: an internal appeal decision in a box grid
  with ticked "Upheld"; a driveway is not the kind of home change the waiver pays for; the daughter as authorized
  representative (decoy); only a State Fair Hearing left (its 120 days is not an appeal deadline).
- finefax_stack_cover_pers_authorization_then_code_mismatch_turned: a fax cover sheet, a service authorization
  for a personal emergency response system (denies nothing), then a claim notice to a respite provider billed
  with a code that does not match the authorized service, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqa import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "michigan_mi_choice_waiver_notice_of_action_boxed_form"
LANG = "en"
SEED = 352900
INS = "Huron Pines Community Living Services"
ALT = ["Huron Pines", "Huron Pines Community Living"]
HOMECARE = "Cedar Run Home Care Partners"
ADC = "Maplewood Commons Adult Day Center"


def mid_of(rng):
    """A Michigan Medicaid beneficiary ID shape: ten digits."""
    return digits(rng, 10)


def dob(rng):
    return dt.date(rng.randint(1936, 1958), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit="MI Choice Waiver Agency"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  {rng.randint(100, 9800)} W Ludington Ave, Bay City MI 487{rng.randint(10, 99)}  |  "
                 f"989-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.cell(0, 3.6, "A MI Choice Waiver agency under contract with the Michigan Department of Health and Human "
                   "Services", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DQSheet, nd_words="this notice", size=8.4):
    p.bar("YOUR RIGHT TO AN INTERNAL APPEAL", 9)
    p.para(f"If you disagree, you may ask {INS} for an Internal Appeal within 60 calendar days of the date of "
           f"{nd_words}. To keep your services while you appeal, your request must reach us within 10 calendar "
           "days. If waiting could seriously harm your health, ask for a fast appeal (decided within 72 hours).",
           size)
    p.para("After the Internal Appeal you may ask for a State Fair Hearing with the Michigan Office of "
           "Administrative Hearings and Rules (MOAHR) within 120 calendar days of the appeal decision. Help is "
           "available from the MDHHS Beneficiary Help Line.", size)


def bd_statement(rng):
    patient, aide = people(rng, 2)
    mid = mid_of(rng)
    sd = dt.date(2026, 4, rng.randint(3, 24))
    wk0 = dt.date(2026, 2, 2) + dt.timedelta(days=7 * rng.randint(0, 2))
    deny = rng.choice([1, 2])
    auth = f"SA-{digits(rng, 7)}"
    rows, claims, amts = [], [], []
    for k in range(4):
        a = plus(wk0, 7 * k)
        b = plus(a, 6)
        hrs = rng.choice([12, 14, 16])
        rate = 27.40
        c = round(hrs * 4 * rate, 2)
        n = f"{digits(rng, 2)}{digits(rng, 3)}{digits(rng, 6)}"
        claims.append(n)
        amts.append(c)
        if k == deny:
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), "T1019", str(hrs * 4), money(c, "nosign"), "0.00",
                         "CO-27"])
        else:
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), "T1019", str(hrs * 4), money(c, "nosign"),
                         money(c, "nosign"), ""])
    paid = sum(a for i, a in enumerate(amts) if i != deny)
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Provider Payments")
    p.line("PROVIDER PAYMENT STATEMENT", 12.5, "B")
    p.ln(1)
    p.capstrip([("Payee", HOMECARE), ("Agency provider ID", f"HP{digits(rng, 6)}"), ("NPI", digits(rng, 10))],
               [80, 45, 58.9])
    p.capstrip([("Statement date", fdate(sd, "long")), ("Check no.", digits(rng, 8)),
                ("Check amount", money(paid)), ("Service authorization", auth)], [48, 40, 40, 55.9])
    p.capstrip([("Participant", patient), ("Medicaid ID", mid), ("Date of birth", fdate(dob(rng), "slash"))],
               [80, 50, 53.9])
    p.ln(3)
    p.table(["Claim no.", "From", "Through", "Code", "Units (15 min)", "Billed", "Paid", "Adj."], rows,
            [34, 22, 22, 17, 22, 24, 22, 20.9], size=8.4, aligns=["L", "L", "L", "C", "R", "R", "R", "C"])
    p.para(f"Service authorization {auth}: personal care, up to 16 hours a week, approved for "
           f"{fdate(plus(wk0, -30), 'slash')} through {fdate(plus(wk0, 150), 'slash')}. Direct care worker on "
           f"file: {aide}.", 8.4)
    p.para("**CO-27.** The participant's Medicaid was not open for the dates on this line. MI Choice can pay only "
           "for days on which the participant has Medicaid. If Medicaid is later reopened for those days, send the "
           "claim again with the new eligibility letter.", 8.4)
    p.para("A provider that disagrees with a line on this statement may ask for a payment review within 30 days of "
           "the date of this statement. Provider Payments 989-555-0148.", 8.4)
    t = truth("eob", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(amts[deny]), service_dates=[span(plus(wk0, 7 * deny), plus(wk0, 7 * deny + 6))],
              denial_date=sd.isoformat(), provider=HOMECARE, appeal_deadline=plus(sd, 30).isoformat(),
              alternates={"insurer": ALT})
    return out(p), t


def faxstd_boxed(rng):
    patient, sc, pcp, dirn = people(rng, 4)
    mid = mid_of(rng)
    nd = dt.date(2026, 3, rng.randint(2, 27))
    start = plus(nd, rng.randint(5, 12))
    case = f"MC26-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  HURON PINES CLS  989-555-{digits(rng, 4)}  "
           f"TO: {HOMECARE.upper()}  PAGE {{n}}")
    p = DQSheet(footer="MCW-NABD (rev. 01/2026)   Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C")
    p.line("MI Choice Waiver Program", 9, align="C")
    p.ln(2)
    p.grid([[("Date of notice", fdate(nd, "slash")), ("Case number", case), ("Letter ID", f"LTR{digits(rng, 9)}")],
            [("Participant", patient), ("Medicaid ID", mid), ("Date of birth", fdate(dob(rng), "slash"))],
            [("Request received", fdate(plus(nd, -11), "slash")), ("Requested by (supports coordinator)", f"{sc}, RN"),
             ("Primary doctor", f"Dr. {pcp}")],
            [("Service", "Personal care, 28 hours a week"), ("Provider", HOMECARE),
             ("Start date asked for", fdate(start, "slash"))]], size=8.4)
    p.ticks("ACTION TAKEN (check one)", ["Denial", "Reduction", "Suspension", "Termination"], {"Denial"}, cols=4)
    p.ln(1.5)
    p.ticks("REASON (check all that apply)",
            ["Not supported by your assessment", "Not a MI Choice Waiver service",
             "Available from another source", "No longer eligible",
             "Not in your person-centered service plan", "Other (see below)"],
            {"Not supported by your assessment"}, cols=2)
    p.ln(1.5)
    p.textbox("EXPLANATION",
              f"You now get 14 hours a week of help with bathing, dressing and meals from {HOMECARE}. Your "
              f"supports coordinator asked us to double that from {fdate(start, 'slash')}. We read your March "
              "reassessment and the aide's notes. They say you wash, dress and eat with someone standing by and "
              "that you walk in the home with your walker. They do not show that you need hands-on help for 28 "
              "hours. Your 14 hours stay as they are.")
    p.ln(2)
    _rights(p)
    p.para(f"{dirn}, Program Director, {INS}", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[case],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=HOMECARE,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[]], "provider": [sc]})
    return out(p), t


def phone_es(rng):
    patient, sc = people(rng, 2)
    mid = mid_of(rng)
    nd = dt.date(2026, 5, rng.randint(4, 22))
    want = plus(nd, rng.randint(8, 16))
    ref = f"MC26-{digits(rng, 6)}"
    quote = amount(rng, 380, 690)
    vendor = "Suministros Médicos Bahía (Bayside Medical Supply)"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Agencia del MI Choice Waiver")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "long", "es")), ("Número de caso", ref), ("Número de Medicaid", mid)])
    p.capstrip([("Participante", patient), ("Coordinador(a) de apoyos", sc)], [100, 83.9])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.6)
    p.para(f"Su coordinador(a) de apoyos pidió una silla de ducha y dos barras de apoyo de {vendor}, con un costo "
           f"de {money(quote)}, para instalar a partir del {fdate(want, 'long', 'es')}.", 9.6)
    p.para("**No podemos aprobarlo por ahora.** Usted tiene Medicare con un plan Medicare Advantage. Ese plan "
           "puede pagar equipo para el baño cuando su médico lo receta. El MI Choice Waiver solo paga lo que su otro "
           "seguro no paga: su otro seguro tiene que decidir primero. Cuando tenga la respuesta de su plan de "
           "Medicare, su coordinador(a) puede volver a enviar la solicitud.", 9.6)
    p.bar("SU DERECHO A UNA APELACIÓN INTERNA", 9.2)
    p.para(f"Puede pedir una Apelación Interna dentro de 60 días calendario a partir de la fecha de este aviso. "
           "Después puede pedir una Audiencia Imparcial del Estado ante la Michigan Office of Administrative "
           "Hearings and Rules (MOAHR) dentro de 120 días calendario de la decisión de la apelación. Si su salud "
           "corre peligro, pida una apelación rápida (72 horas).", 9.2)
    p.taglines()
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=None, service_dates=[span(want)], denial_date=nd.isoformat(), provider=vendor,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "service_dates": [[]], "provider": ["Suministros Médicos Bahía",
                                                                               "Bayside Medical Supply"],
                          "claim_amount": [m2(quote)]})
    return out(p), t


def rotated_statement(rng):
    patient, son, nurse = people(rng, 3)
    mid = mid_of(rng)
    month = rng.choice([3, 4])
    bd = dt.date(2026, month + 1, rng.randint(3, 9))
    days = sorted(rng.sample(range(2, 29), 8))
    rate = 78.50
    rows, total = [], 0.0
    for d in days:
        dd = dt.date(2026, month, d)
        total += rate
        rows.append([fdate(dd, "slash"), "Adult day health, full day (S5102)", "1", money(rate, "nosign"),
                     "MI Choice"])
    total = round(total, 2)
    ppa = rng.choice([45.0, 62.0, 88.0])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(ADC, "MCA", [f"{rng.randint(100, 9800)} Center Ave, Essexville MI 487{rng.randint(10, 99)}  |  "
                             f"Billing 989-555-{digits(rng, 4)}  |  Tax ID 38-{digits(rng, 7)}"],
                box="MONTHLY STATEMENT", size=12)
    p.addr_pair("Participant / responsible party", [patient, f"c/o {son}", *address(rng)], "Remit to",
                [ADC, "Attn: Billing", f"PO Box {rng.randint(1000, 9000)}", f"Bay City MI 487{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(bd, "abbr")), ("Account no.", f"MC-{digits(rng, 6)}"),
             ("Service month", dt.date(2026, month, 1).strftime("%B %Y"))],
            [("Payer", f"MI Choice Waiver - {INS}"), ("Medicaid ID", mid)],
            [("Program nurse", nurse), ("Authorization", f"SA-{digits(rng, 7)}")]], size=8.4)
    p.table(["Date", "Service", "Days", "Rate", "Billed to"], rows, [26, 80, 15, 25, 33.9], size=8.6,
            aligns=["L", "L", "R", "R", "L"])
    p.pairs([("Total charges", money(total)), ("Paid by MI Choice", f"({money(total - ppa, 'nosign')})"),
             ("Patient pay amount (set by MDHHS)", money(ppa)), ("Amount due from you", money(ppa))], label_w=70,
            size=9)
    p.ln(2)
    p.para("Your patient pay amount is set by MDHHS each year from your income; it is not a charge for missed days. "
           "Please pay by the 20th of the month. Questions: call our billing office.", 8.8)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(dt.date(2026, month, days[0]), dt.date(2026, month, days[-1]))],
              denial_date=bd.isoformat(), provider=ADC, unscored=["insurer"],
              alternates={"service_dates": [[dt.date(2026, month, d).isoformat() for d in days], []],
                          "claim_amount": [m2(ppa), None], "denial_date": [None]})
    return out(p), t


def lowres_prose(rng):
    patient, wife, sc = people(rng, 3)
    mid = mid_of(rng)
    a = dt.date(2026, 2, rng.randint(2, 20))
    b = plus(a, rng.randint(5, 9))
    nd = plus(b, rng.randint(30, 45))
    ref = f"RS{digits(rng, 8)}"
    billed = amount(rng, 1400, 2600)
    fac = "Birch Hollow Assisted Living"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"While your wife, {wife}, was in the hospital, you stayed at {fac} from {fdate(a, 'long')} to "
           f"{fdate(b, 'long')}. {fac} has now sent us a bill for {money(billed)} for those nights as respite care.",
           10)
    p.para("We are sorry, but we cannot pay this bill. Respite in a facility has to be written into your "
           "person-centered service plan, and our office has to say yes to it, before the stay starts. No one "
           f"contacted your supports coordinator, {sc}, or our office before or during the stay, and we learned "
           "about it only when the bill came. We could have arranged it if someone had called us first.", 10)
    p.para("Next time your wife cannot care for you, please call your supports coordinator first, even at night "
           "or on a weekend; our on-call line is staffed every day.", 10)
    p.para(f"If you disagree, you may ask us for an Internal Appeal within 60 calendar days of the date of this "
           "letter. After that, you may ask for a State Fair Hearing with MOAHR within 120 calendar days of our "
           f"appeal decision. Please give our reference no. {ref} when you call 989-555-{digits(rng, 4)} "
           f"(TTY 711). Your Medicaid ID is {mid}.", 10)
    p.para(f"Sincerely,\nMI Choice Waiver Program\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=fac,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def photocopy_appeal(rng):
    patient, dau, sc, rev = people(rng, 4)
    mid = mid_of(rng)
    nd = dt.date(2026, 6, rng.randint(2, 26))
    req = plus(nd, -rng.randint(70, 90))
    apl = f"IA-26-{digits(rng, 5)}"
    reqno = f"EA{digits(rng, 7)}"
    bid = amount(rng, 6800, 11800)
    builder = "Lakeshore Accessible Builders"
    p = DQSheet(footer="MCW-IAD (rev. 01/2026)   Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Appeals Coordinator")
    p.line("INTERNAL APPEAL DECISION", 12.5, "B", align="C")
    p.line("MI Choice Waiver Program", 9, align="C")
    p.ln(2)
    p.grid([[("Date of decision", fdate(nd, "upper")), ("Appeal no.", apl), ("Request no.", reqno)],
            [("Participant", patient), ("Medicaid ID", mid), ("Authorized representative", f"{dau} (daughter)")],
            [("Appeal received", fdate(plus(nd, -24), "slash")), ("First notice dated", fdate(req, "slash")),
             ("Supports coordinator", sc)],
            [("Requested", "Environmental accessibility adaptation"), ("Contractor bid", f"{builder}, {money(bid)}")]],
            size=8.3)
    p.ticks("APPEAL DECISION", ["Upheld (first decision stands)", "Overturned", "Partly overturned"],
            {"Upheld (first decision stands)"}, cols=3)
    p.ln(1.5)
    p.textbox("WHY",
              f"Your daughter asked us to pay {builder} to pour a new concrete driveway from the street to your "
              "side door, so that your wheelchair does not sink in the gravel. A reviewer who did not make the "
              "first decision looked again. MI Choice can pay for changes inside or at the entrance of the home "
              "that help you get in and out, such as a ramp, a wider door or a roll-in shower. A driveway is "
              "general upkeep of the property, and the waiver does not include that kind of work, however "
              "helpful it would be. We would still consider a ramp or a hard path from the parking spot to the "
              "door; ask your supports coordinator.")
    p.ln(2)
    p.bar("WHAT YOU CAN DO NEXT", 9)
    p.para("This was your Internal Appeal with us. If you still disagree, you may ask for a State Fair Hearing with "
           "the Michigan Office of Administrative Hearings and Rules (MOAHR) within 120 calendar days of the date "
           "of this decision. You may keep an attorney or a friend to help you.", 8.6)
    p.para(f"{rev}, Appeals Coordinator, {INS}", 8.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[apl, reqno],
              claim_amount=None, service_dates=[], denial_date=nd.isoformat(), provider=builder,
              appeal_deadline=None,
              alternates={"insurer": ALT, "case_numbers": [[apl]], "claim_amount": [m2(bid)], "provider": [None]})
    return out(p), t


def finefax_stack(rng):
    patient, sc = people(rng, 2)
    mid = mid_of(rng)
    ad = dt.date(2026, 4, rng.randint(6, 20))
    start = plus(ad, 3)
    auth = f"SA-{digits(rng, 7)}"
    pers = "Northstar Alert Systems"
    p = DQSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line("SERVICE AUTHORIZATION", 12, "B")
    p.grid([[("Date", fdate(ad, "slash")), ("Authorization", auth), ("Medicaid ID", mid)],
            [("Participant", patient), ("Supports coordinator", sc)],
            [("Provider", pers), ("Service", "PERS, monthly monitoring (S5161)")],
            [("Start", fdate(start, "slash")), ("End", fdate(dt.date(2026, 9, 30), "slash")), ("Units", "1 a month")]],
           size=8.6)
    p.ticks("DECISION", ["Approved as requested", "Approved in part", "Not approved"], {"Approved as requested"},
            cols=3)
    p.ln(2)
    p.para("This service is now part of your person-centered service plan. The provider will call you to set up "
           "the button. You do not need to do anything.", 9.4)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(start, dt.date(2026, 9, 30))], denial_date=ad.isoformat(),
                          provider=pers,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[], [span(start)]]}))
    # a claim notice to an in-home respite provider for another participant
    patient2, aide = people(rng, 2)
    mid2 = mid_of(rng)
    cd = plus(ad, rng.randint(6, 14))
    a = dt.date(2026, 3, rng.randint(2, 10))
    b = plus(a, 13)
    billed = amount(rng, 900, 1700)
    clm = f"{digits(rng, 2)}{digits(rng, 9)}"
    prev = f"{digits(rng, 2)}{digits(rng, 9)}"
    resp = "Golden Hour In-Home Respite"
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Provider Payments")
    q.line("CLAIM DETERMINATION - PROVIDER NOTICE", 12, "B")
    q.grid([[("Notice date", fdate(cd, "long")), ("Claim no.", clm), ("Prior paid claim", prev)],
            [("Provider", resp), ("NPI", digits(rng, 10)), ("Tax ID", f"38-{digits(rng, 7)}")],
            [("Participant", patient2), ("Medicaid ID", mid2), ("Billed", money(billed))],
            [("Dates of service", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Code billed", "T1005 (respite)"),
             ("Authorized", "S5150 (unskilled respite)")]], size=8.4)
    q.ticks("CLAIM STATUS", ["Paid", "Paid in part", "Denied", "Returned"], {"Denied"}, cols=4)
    q.ln(1.5)
    q.textbox("NOTE FROM THE PAYMENT OFFICE",
              f"Your aide {aide} gave in-home respite, and that is what we approved. The claim came in with "
              "T1005, which is the code for respite given by a nurse, and a nurse's rate. The code on the claim "
              f"does not match the service on the authorization. Your earlier claim {prev} for the same "
              "participant was billed S5150 and paid. Send a corrected claim with S5150.")
    q.ln(2)
    q.para("A provider may ask for a payment review within 30 days of the date of this notice.", 8.6)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid2, member_name=patient2,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=cd.isoformat(),
                          provider=resp, appeal_deadline=plus(cd, 30).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_provider_payment_statement_four_weeks_one_week_co27", "born_digital", [bd_statement(rng)]),
        Item(F + "faxstd_boxed_notice_ticked_denial_more_personal_care_hours", "fax_standard_g4", [faxstd_boxed(rng)]),
        Item(F + "phone_es_aviso_silla_de_ducha_otro_seguro_primero", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_adult_day_center_monthly_statement", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_respite_stay_nobody_asked_before", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_boxed_internal_appeal_upheld_driveway_not_part_of_waiver", "photocopy",
             [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_pers_authorization_then_code_mismatch_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
