"""Notices mirrored (structure and wording style only) from Wisconsin's Family Care long-term care program: a
managed care organization's (MCO) notices of adverse benefit determination, its appeal decisions and the papers
around them. The Wisconsin Department of Health Services (DHS), Family Care, the Division of Hearings and Appeals
(State Fair Hearing), ForwardHealth, Medicare and HCPCS/CARC codes appear as themselves; the MCO (Tamarack
Bluffs Care Partners), its time limits beyond the program's shape, every provider, person, number and address
are invented. No reason is put in the same words twice, and none uses its category's usual keyword.

Documents (8 in 7 files):
- bd_member_service_summary_four_rows_adult_day_late_carc29: a born-digital member service summary of four
  provider claims (supportive home care, adult day, transportation, PERS); only the adult day row pays nothing,
  "the center sent this bill after the window its contract with us allows" (CARC 29); DOB, enrollment date,
  cost share and the care team as decoys.
- faxstd_boxed_nabd_personal_care_hours_not_needed: a boxed NABD on a standard fax: caption grid, ticked
  checkboxes for the action and the reason; more personal care hours asked for by the agency, "what your team saw
  does not show you need more help"; the primary doctor, NPI, letter ID, received date, 10-day continuation and
  fair-hearing limits as decoys.
- phone_es_aviso_hogar_familiar_adultos_cuidado_en_casa: Spanish NABD, photographed: a move to an adult family
  home refused because the care can be given at home; the daughter who asked, the planned move-in date.
- photocopy_boxed_appeal_decision_cbrf_days_enrollment_ended: the MCO's appeal decision in a box grid, photocopied:
  a residential (CBRF) claim for days when the member's Family Care was not active; the son as authorized
  representative, a prior claim number, the State Fair Hearing's 90 days as the only next step.
- rotated_service_authorization_ramp_approved: a notice of service authorization (a ramp, approved; denies
  nothing), fed sideways.
- lowres_prose_home_health_medicare_first: no labels: skilled nursing visits that Medicare has to decide on
  first; the reference number and the visits only in sentences.
- finefax_stack_cover_nabd_respite_no_request_then_invoice_turned: a fax cover, a boxed NABD on a respite stay
  that nobody asked the team about before, then the respite home's invoice to the family (denies nothing) fed
  sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqf import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "wisconsin_family_care_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 352905
INS = "Tamarack Bluffs Care Partners"
ALT = ["Tamarack Bluffs"]
DHS = "Wisconsin Department of Health Services"


def mid_of(rng):
    """A ForwardHealth-style 10-digit member ID."""
    return digits(rng, 10)


def clm_of(rng):
    return f"TB26{digits(rng, 9)}"


def dob(rng, lo=1931, hi=1958):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng):
    return f"1-866-555-{digits(rng, 4)}"


def _head(p: DQSheet, rng, unit="Member Services", es=False):
    p.logo_head(INS, "TBCP", [f"A Family Care managed care organization under contract with the {DHS}",
                              f"{unit}  |  {rng.randint(100, 980)} Ledgeview Rd, Stevens Point WI 544{rng.randint(10, 99)}"
                              f"  |  {phone(rng)}  |  TTY 711"], size=13)


def _rights(p: DQSheet, nd: dt.date, size=8.6, days=60):
    p.para(f"**How to appeal.** You may ask {INS} for an appeal. We must receive your appeal within {days} days of "
           "the date of this notice. You may call us or write to the Grievance and Appeal Coordinator. If you want "
           "your services to stay the same while you appeal, your appeal must be received within 10 days of the date "
           "of this notice.", size)
    p.para("**State Fair Hearing.** If you do not agree with our appeal decision, you may ask for a State Fair "
           "Hearing with the Division of Hearings and Appeals within 90 days of the date of our appeal decision. You "
           "may also contact the DHS Family Care and IRIS Ombudsman program or an advocate for help.", size)


def bd_summary(rng):
    member, cm, rn = people(rng, 3)
    mid = mid_of(rng)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    adc = "Sugar Creek Adult Day Services"
    src = [(dt.date(2026, 2, 2), dt.date(2026, 2, 27), "Prairie Hearth Home Care", "S5125 Supportive home care",
            amount(rng, 900, 1400)),
           (dt.date(2026, 1, 5), dt.date(2026, 1, 30), adc, "S5102 Adult day care, 8 days", amount(rng, 700, 1100)),
           (dt.date(2026, 3, 2), dt.date(2026, 3, 31), "Riverbend Ride Services", "T2003 Trips to adult day, 16",
            amount(rng, 500, 800)),
           (dt.date(2026, 3, 1), dt.date(2026, 3, 31), "Beacon Alert Systems", "S5161 Personal emergency response",
            42.0)]
    deny = 1
    rows, claims = [], []
    for i, (f, t, pv, svc, c) in enumerate(src):
        n = clm_of(rng)
        claims.append(n)
        paid = "0.00" if i == deny else money(c, "nosign")
        rows.append([n, fdate(f, "slash"), fdate(t, "slash"), pv, svc, money(c, "nosign"), paid,
                     "29" if i == deny else "-"])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("MEMBER SERVICE SUMMARY  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", member), ("Member ID", mid), ("Program", "Family Care"), ("Summary date", fdate(sd, "long")),
                ("Date of birth", fdate(dob(rng), "slash"))], [60, 40, 40, 60, 55.4])
    p.capstrip([("Enrolled since", fdate(dt.date(2023, 8, 1), "slash")), ("Care manager", cm), ("Team nurse", rn),
                ("Monthly cost share", money(amount(rng, 60, 240)))], [50, 70, 70, 65.4])
    p.ln(3)
    p.table(["Claim number", "From", "Thru", "Provider", "Service", "Billed", "MCO paid", "Code"], rows,
            [34, 22, 22, 58, 70, 20, 18, 11.4], size=8.2, aligns=["L", "L", "L", "L", "L", "R", "R", "C"])
    p.para("**Code 29.** Sugar Creek Adult Day Services sent us this bill in May. The services were in January. The "
           "center's contract with us gives it 120 days from the last day of service to send a bill, and this one "
           "came in after that window closed. We did not pay it. You do not owe the center for these days.", 8.8)
    p.para("**Your rights.** If you disagree with a decision on this summary, you may appeal to us within 60 days of "
           "the date of this summary. You may ask for a State Fair Hearing within 90 days of our appeal decision.",
           8.8)
    t = truth("eob", "timely_filing", insurer=INS, member_id=mid, member_name=member, cases=[claims[deny]],
              claim_amount=m2(src[deny][4]), service_dates=[span(src[deny][0], src[deny][1])],
              denial_date=sd.isoformat(), provider=adc, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT})
    return out(p), t


def faxstd_nabd(rng):
    member, cm, doc = people(rng, 3)
    mid = mid_of(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    start = plus(nd, rng.randint(12, 20))
    end = plus(start, 90)
    nno = f"NA-26-{digits(rng, 6)}"
    agency = "Hearthstone Personal Care"
    fax = (f"{fdate(nd, 'slash')} 09:{rng.randint(10, 59)}  TAMARACK BLUFFS CP  608-555-{digits(rng, 4)}  "
           f"TO: {agency.upper()}  PG {{n}}")
    p = DQSheet(footer="F-TBCP-NABD-01 (01/2026)  Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Interdisciplinary Team")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", align="C")
    p.line("Family Care", 9.5, align="C")
    p.ln(1)
    p.section("1", "Member and notice")
    p.grid([[("Notice date", fdate(nd, "slash")), ("Notice number", nno), ("Letter ID", f"L{digits(rng, 9)}")],
            [("Member name", member), ("Member ID", mid), ("Date of birth", fdate(dob(rng), "slash"))],
            [("Care manager", cm), ("Request received", fdate(plus(nd, -9), "slash")),
             ("Primary doctor", f"Dr. {doc}")]], size=8.8)
    p.section("2", "Service")
    p.grid([[("Service requested", "Personal care (T1019), 21 hours a week"), ("Hours now", "14 a week")],
            [("Requested by", agency), ("Provider NPI", digits(rng, 10))],
            [("Requested dates", f"{fdate(start, 'slash')} - {fdate(end, 'slash')}"),
             ("Agency phone", f"715-555-{digits(rng, 4)}")]], size=8.8)
    p.section("3", "Our decision")
    p.checks(["Deny a service you asked for", "Reduce a service you have now", "Stop a service you have now",
              "Suspend a service", "Deny payment for a service", "Not decide in the time allowed"], {0}, cols=2)
    p.section("4", "Why")
    p.checks(["The service is not a Family Care benefit", "It is not in your member-centered plan",
              "See explanation below", "A different service meets the same need"], {2}, cols=2)
    p.para(f"Your team visited you on {fdate(plus(nd, -5), 'slash')} and went over your functional screen. You bathe "
           "and dress with help from your aide each morning and you move around your apartment on your own with your "
           "walker. What your team saw, and what the agency sent, does not show that you need help for more than the "
           "14 hours a week you get now. Your 14 hours stay the same.", 9)
    _rights(p, nd, 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=member, cases=[nno],
              service_dates=[span(start, end)], denial_date=nd.isoformat(), provider=agency,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "service_dates": [[start.isoformat()]]})
    return out(p), t


def phone_es(rng):
    member, daughter, cm = people(rng, 3)
    mid = mid_of(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    move = plus(nd, rng.randint(14, 25))
    nno = f"NA-26-{digits(rng, 6)}"
    afh = "Maple Hollow Adult Family Home"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    p.line("Family Care", 9.5)
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "long", "es")), ("Número de aviso", nno), ("Número de miembro", mid)])
    p.capstrip([("Nombre del miembro", member), ("Su administrador de cuidado", cm)])
    p.ln(3)
    p.para(f"Estimado(a) {member}:", 9.8)
    p.para(f"Su hija, {daughter}, nos pidió que usted se mudara a {afh}, un hogar familiar para adultos, a partir del "
           f"{fdate(move, 'long', 'es')}. Su equipo habló con usted, con su hija y con su médico.", 9.8)
    p.para("Decidimos no aprobar la mudanza. Su equipo cree que la ayuda que usted necesita se le puede dar en su "
           "propia casa: ayuda por las mañanas y por las noches, comidas a domicilio y un botón de alerta. Family "
           "Care paga el lugar que cubre sus necesidades de la manera más eficaz; un hogar para adultos no hace "
           "falta para eso ahora.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para(f"Puede apelar ante {INS} dentro de 60 días a partir de la fecha de este aviso. Si no está de acuerdo con "
           "nuestra decisión de apelación, puede pedir una audiencia imparcial estatal (State Fair Hearing) dentro de "
           "90 días. El programa del Ombudsman de Family Care puede ayudarle sin costo.", 9.4)
    p.taglines()
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=member, cases=[nno],
              service_dates=[move.isoformat()], denial_date=nd.isoformat(), provider=afh,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [None]})
    return out(p), t


def photocopy_appeal(rng):
    member, son, chair = people(rng, 3)
    mid = mid_of(rng)
    a = dt.date(2026, 3, rng.randint(2, 6))
    b = plus(a, rng.randint(12, 18))
    nd = plus(b, rng.randint(50, 65))
    apl = f"GA-26-{digits(rng, 5)}"
    clm = clm_of(rng)
    prev = clm_of(rng)
    billed = amount(rng, 2400, 4200)
    cbrf = "Birchwood Terrace Assisted Living (CBRF)"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Grievance and Appeal Committee")
    p.line("APPEAL DECISION", 13, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Appeal number", apl), ("Claim number", clm)],
            [("Member", member), ("Member ID", mid), ("Authorized representative", f"{son} (son)")],
            [("Provider", cbrf), ("Days billed", f"{fdate(a, 'slash')} to {fdate(b, 'slash')}"),
             ("Amount billed", money(billed))],
            [("Appeal received", fdate(plus(nd, -28), "slash")), ("Earlier claim (paid)", prev),
             ("Hearing held", fdate(plus(nd, -6), "slash"))]], size=8.5)
    p.checks(["We agree with you (decision changed)", "We agree in part", "We do not agree (first decision stays)"],
             {2}, cols=3, caption="Committee decision")
    p.para(f"Your son asked us to pay {cbrf} for the days listed above. The county's records show that your Medicaid "
           f"ended on the last day of February because a bank account was over the asset limit, and your Family "
           f"Care started again on {fdate(plus(b, 1), 'slash')}. On the days you stayed at Birchwood Terrace your "
           "Family Care membership was not in effect, so we had no way to pay for them. The earlier claim listed "
           "above, for February, was paid.", 9.2)
    p.para("**What you can do next.** This was your appeal to the MCO. If you still disagree, you may ask for a State "
           "Fair Hearing with the Division of Hearings and Appeals within 90 days of the date of this decision. If "
           "your Medicaid ends and starts again, ask your income maintenance agency whether it can be backdated.", 9.2)
    p.para(f"{chair}, Chair, Grievance and Appeal Committee", 9)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=member, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=cbrf,
              appeal_deadline=None,
              alternates={"insurer": ALT, "case_numbers": [[apl], [clm]],
                          "provider": ["Birchwood Terrace Assisted Living"]})
    return out(p), t


def rotated_auth(rng):
    member, cm = people(rng, 2)
    mid = mid_of(rng)
    nd = dt.date(2026, 6, rng.randint(1, 15))
    start = plus(nd, 10)
    auth = f"SA{digits(rng, 8)}"
    contractor = "Wolf River Accessibility Builders"
    p = DQSheet(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    _head(p, rng, "Interdisciplinary Team")
    p.line("NOTICE OF SERVICE AUTHORIZATION", 12.5, "B")
    p.ln(1)
    p.boxed_pairs([("Date", fdate(nd, "long")), ("Member", member), ("Member ID", mid), ("Authorization no.", auth),
                   ("Service", "Home modification - entry ramp, 24 ft"), ("Provider", contractor),
                   ("Work may start", fdate(start, "slash")), ("Amount approved", money(amount(rng, 3800, 6400))),
                   ("Care manager", cm)], label_w=52)
    p.para("Your team approved this service and added it to your member-centered plan. The contractor will call you "
           "to set a day. You do not need to do anything. If you have questions, call your care manager.", 9.6)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[auth],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=contractor,
              alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_prose(rng):
    member, nurse_doc = people(rng, 2)
    mid = mid_of(rng)
    d1 = dt.date(2026, 4, rng.randint(1, 8))
    visits = [d1, plus(d1, 3), plus(d1, 7)]
    nd = plus(d1, rng.randint(30, 40))
    ref = f"TBR{digits(rng, 7)}"
    hh = "Northwoods Visiting Nurses"
    billed = amount(rng, 480, 760)
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {member}:", 10)
    p.para(f"{hh} sent us a bill of {money(billed)} for nursing visits to your home on "
           f"{fdate(visits[0], 'long')}, {fdate(visits[1], 'long')} and {fdate(visits[2], 'long')}. "
           f"Dr. {nurse_doc} ordered the visits after your stay in the hospital.", 10)
    p.para("You have Medicare as well as Family Care. Visits like these, after a hospital stay and ordered by a "
           "doctor, are the kind Medicare pays for. Medicare has to look at the bill and make its decision before we "
           "can. We have not paid the agency, and we have asked it to send the bill to Medicare. When Medicare has "
           "decided, the agency may send us what is left.", 10)
    p.para(f"If you think this is wrong, you may appeal to us within 60 days of the date of this letter. Please give "
           f"our reference number {ref} when you call {phone(rng)} (TTY 711). Your member ID is {mid}.", 10)
    p.para(f"Sincerely,\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=member, cases=[ref],
              claim_amount=m2(billed), service_dates=[v.isoformat() for v in visits], denial_date=nd.isoformat(),
              provider=hh, appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def finefax_stack(rng):
    member, wife, cm = people(rng, 3)
    mid = mid_of(rng)
    a = dt.date(2026, 5, rng.randint(4, 12))
    b = plus(a, 6)
    nd = plus(b, rng.randint(20, 30))
    nno = f"NA-26-{digits(rng, 6)}"
    home = "Cranberry Marsh Respite Home"
    billed = round(7 * 245.0, 2)
    fax = f"{fdate(nd, 'slash')} 14:{rng.randint(10, 59)}  TBCP IDT  608-555-{digits(rng, 4)}  P.{{n}}"
    p = DQSheet(footer="F-TBCP-NABD-01 (01/2026)  Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Interdisciplinary Team")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", align="C")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Notice number", nno), ("Claim received", fdate(plus(b, 4), "slash"))],
            [("Member name", member), ("Member ID", mid), ("Care manager", cm)],
            [("Provider", home), ("Service", "Respite, 7 days"), ("Dates", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}")],
            [("Amount billed", money(billed)), ("Provider tax ID", f"39-{digits(rng, 7)}"), ("Member phone", f"715-555-{digits(rng, 4)}")]],
           size=8.6)
    p.checks(["Deny a service you asked for", "Reduce a service", "Stop a service", "Deny payment for a service"],
             {3}, cols=2, caption="Our decision")
    p.para(f"Your wife, {wife}, took you to {home} for a week while she was away. We understand why. But no one "
           "called your care team before the stay, so it was never added to your member-centered plan, and the team "
           "did not get the chance to say yes or to find a provider we work with. The home has billed us, and we "
           "cannot pay this bill. The home agreed in its contract not to bill you for services we did not pay.", 9.2)
    _rights(p, nd, 8.4)
    d1 = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=member,
                        cases=[nno], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
                        provider=home, appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT}))
    bd = plus(nd, 9)
    q = DQSheet(footer=None)
    q.set_margins(20, 16, 20)
    q.add_page()
    q.logo_head(home, "CMRH", [f"{rng.randint(100, 9800)} County Rd K, Wisconsin Rapids WI 544{rng.randint(10, 99)}  |  "
                               f"715-555-{digits(rng, 4)}"], box="INVOICE", size=12)
    q.addr_pair("Bill to", [wife, *address(rng)], "Guest", [member, f"Family Care member {mid}"])
    q.capstrip([("Invoice date", fdate(bd, "abbr")), ("Invoice no.", f"{rng.randint(1000, 9999)}"),
                ("Stay", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}")])
    q.ln(3)
    q.table(["Description", "Days", "Rate", "Amount"], [["Respite care, private room", "7", "245.00",
                                                          money(billed, "nosign")],
                                                         ["", "", "Total", money(billed)]],
            [100, 20, 25, 30.9], size=9, aligns=["L", "R", "R", "R"], bold_last=True)
    q.para(f"Your Family Care plan ({INS}) has told us it will not pay this stay. Under our contract we cannot bill "
           "the member for it, so this invoice is for your records only. Nothing is due. If the MCO changes its "
           "decision on appeal we will bill it again.", 9.4)
    d2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=member, claim_amount=m2(billed),
                        service_dates=[span(a, b)], denial_date=bd.isoformat(), provider=home, unscored=["insurer"],
                        alternates={"member_id": [None]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_service_summary_four_rows_adult_day_late_carc29", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_boxed_nabd_personal_care_hours_not_needed", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "phone_es_aviso_hogar_familiar_adultos_cuidado_en_casa", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_boxed_appeal_decision_cbrf_days_enrollment_ended", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "rotated_service_authorization_ramp_approved", "rotated", [rotated_auth(rng)]),
        Item(F + "lowres_prose_home_health_medicare_first", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "finefax_stack_cover_nabd_respite_no_request_then_invoice_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
