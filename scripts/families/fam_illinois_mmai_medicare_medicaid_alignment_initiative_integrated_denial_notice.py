"""Integrated denial notices mirrored (structure and wording style only) from Illinois's Medicare-Medicaid
Alignment Initiative (MMAI), the demonstration in which one Medicare-Medicaid Plan covers both the Medicare and
the Illinois Medicaid benefits of a dual-eligible member, so each notice carries Medicare and Medicaid appeal
rights side by side (a plan appeal first; the Independent Review Entity for Medicare items; a State Fair Hearing
with the Illinois Department of Healthcare and Family Services (HFS) for Medicaid items). The program, Medicare,
Illinois Medicaid and HFS appear as themselves; the plan (Tallgrass Meridian Health Plan), every provider,
person, number, address and amount is invented, and so are the exact day counts used here.

Documents (8 in 7 files):
- bd_prose_provider_home_health_medical_necessity: a Notice of Denial of Medical Coverage, the requesting doctor
  named only in prose ("the care Dr. ... of ... asked to give you"), the PCP on the member card block, the
  medical director signing, the request received date, DOB, 10-day / 72-hour / 120-day limits as decoys.
- faxstd_capboxes_infusion_no_prior_auth: a Notice of Denial of Payment as a standard fax, a header of small
  captioned boxes (claim number with spaces, an older reference, "03/02/2026 - 03/06/2026"), no prior auth.
- phone_spanish_out_of_network_specialist: Spanish notice, a day-first "02/03/2026" in its table and
  "2 de marzo de 2026" in its text, an out-of-network specialist.
- rotated_eob_four_claims_massage_not_covered: a member EOB, four claims, providers only in a
  "Rendering NPI / Name" column, two-digit years, one claim not covered.
- lowres_no_labels_appeal_upheld_rehab_level_of_care: a plan appeal decision with no labels, inpatient
  rehabilitation upheld as skilled-nursing level; appeal number, the original reference and an older grievance.
- photocopy_clinic_statement_one_row_denied: the clinic's statement (letterhead vs "Remit to" address), one row
  denied by the plan, no balance billed (denies nothing).
- finefax_stack_cover_pt_approval_then_eligibility_denial_turned: fax cover, a physical therapy approval (denies
  nothing), then a claim denied because the member was not enrolled on the date of service, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdne import TAGLINES, DNSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "illinois_mmai_medicare_medicaid_alignment_initiative_integrated_denial_notice"
LANG = "en"
SEED = 352304
PLAN = "Tallgrass Meridian Health Plan"
ALT_INS = ["Tallgrass Meridian Health", "Tallgrass Meridian"]
CITY = ("Peoria", "IL", "616")


def mid(rng):
    """Plan member ID invented for the family: TM + 9 digits (no letter O or I)."""
    return f"TM{digits(rng, 9)}"


def rin(rng):
    return digits(rng, 9)


def _head(p: DNSheet, rng, unit: str = "Member Services"):
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, "A Medicare-Medicaid Plan in the Illinois Medicare-Medicaid Alignment Initiative (MMAI)",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Peoria IL 616{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)} (TTY 711), 8 a.m. to 8 p.m., seven days a week",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _rights(p: DNSheet, days: int = 60, size: float = 8.8, what: str = "notice"):
    p.heading("You have the right to appeal our decision", 10.5)
    p.para(f"You have the right to ask {PLAN} for an appeal of our decision. Because you have both Medicare and "
           "Illinois Medicaid, one plan appeal covers both. You have "
           f"{days} calendar days from the date of this {what} to ask for an appeal. You can call us or write to us.",
           size)
    p.para("**Fast appeal.** If you or your doctor believe that waiting for a standard appeal could seriously harm "
           "your health, ask for a fast appeal. We will give you a decision within 72 hours.", size)
    p.para("**Keep getting services.** If this notice stops or reduces a service you already get, you can keep "
           "getting it during your appeal if you ask within 10 days of the date of this notice.", size)
    p.para("**What happens next.** If we say no to your appeal for a Medicare service, we will send your case to the "
           "Independent Review Entity (IRE) for you. If we say no for a Medicaid service, you can ask the Illinois "
           "Department of Healthcare and Family Services for a State Fair Hearing within 120 days of our appeal "
           "decision.", size)


def bd_prose(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 2, rng.randint(16, 25))
    start = dt.date(2026, 3, 2)
    stop = dt.date(2026, 3, 6)
    doc = person(rng)[0]
    grp = "Cedar Hollow Family Clinic"
    pcp = "Dr. " + person(rng)[0]
    md = person(rng)[0]
    ref = f"UM-26-{digits(rng, 6)}"
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    y = p.get_y()
    for ln in [mem, f"{rng.randint(100, 9800)} Sycamore Ave", f"Peoria IL 616{rng.randint(10, 99)}"]:
        p.line(ln, 9.8)
    p.set_xy(118, y)
    p.f(7.5, "B")
    p.cell(0, 3.6, "YOUR MEMBER CARD", new_x="LEFT", new_y="NEXT")
    p.f(7.8)
    for ln in [f"Member ID {m}", f"Date of birth {fdate(dt.date(1951, rng.randint(1, 12), rng.randint(1, 28)), 'slash')}",
               f"Primary care provider {pcp}", f"PCP phone 309-555-{digits(rng, 4)}"]:
        p.set_x(118)
        p.cell(0, 3.6, ln, new_x="LEFT", new_y="NEXT")
    p.set_y(max(p.get_y(), y + 18) + 4)
    p.line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 12.5, "B")
    p.line(f"Reference {ref}", 9.2)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We have denied the care that Dr. {doc} of {grp} asked to give you: home health aide visits every day "
           f"from March 2 through March 6, 2026. We received the request on {fdate(plus(nd, -rng.randint(4, 9)), 'long')}.",
           10)
    p.heading("Why did we deny your request?", 10.5)
    p.para("We denied it because the records we were sent do not show that you need hands-on help from an aide. "
           "Your records show you bathe and dress on your own with a shower chair that you already have, and your "
           "home health nurse visits continue. Under Medicare and Illinois Medicaid rules, aide visits are covered "
           "when they are medically necessary, and that has not been shown here.", 10)
    p.para(f"You or your doctor may ask us for a copy of the rules we used. Your primary care provider, {pcp}, "
           "has been told about this decision.", 10)
    _rights(p)
    p.para("Sincerely,", 9.6)
    p.para(f"{md}, MD\nMedical Director, {PLAN}", 9.6)
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=m, member_name=mem, cases=[ref],
              service_dates=[span(start, stop)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [grp],
                          "service_dates": [[span(start)], [span(start + dt.timedelta(days=i)) for i in range(5)]]})
    return out(p), t


def faxstd_capboxes(rng):
    mem = person(rng)[0]
    m = mid(rng)
    r = rin(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    a, b = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    billed = amount(rng, 2200, 5400)
    claim = f"2026 {digits(rng, 4)} {digits(rng, 5)}"
    older = f"R-25-{digits(rng, 6)}"
    fac = "Lakeland Infusion Services"
    fax = f"{nd.month:02d}/{nd.day:02d}/2026 14:{rng.randint(10, 59)}  TALLGRASS MERIDIAN CLAIMS  309-555-{digits(rng, 4)}  P.{{n}}/2"
    p = DNSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.line("NOTICE OF DENIAL OF PAYMENT", 12.5, "B")
    p.ln(1)
    p.capboxes([[("Notice date", fdate(nd, "slash")), ("Member name", mem), ("Member ID", m)],
                [("Illinois Medicaid ID (RIN)", r), ("Claim number", claim), ("Earlier letter ref.", older)],
                [("Dates of service", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Billed amount", money(billed)),
                 ("Facility", fac)],
                [("Service", "Home IV infusion (per diem)"), ("Ordering doctor", "Dr. " + person(rng)[0]),
                 ("Appeal by", "See page 2")]], size=8.8)
    p.para(f"Dear {mem}:", 9.8)
    p.para(f"We have denied payment for the medical services listed above. {fac} billed us for home infusion on "
           "five days. This service needs our approval (prior authorization) before it is given, and we had no "
           "approval on file for these dates. You do not have to pay this bill. A provider in our network may not "
           "bill you for a service we did not pay because the provider did not get approval.", 9.8)
    p.para(f"Our letter of {fdate(plus(a, -rng.randint(30, 60)), 'long')} (reference {older}) was about a different "
           "service and is not changed by this notice.", 9.8)
    p.add_page()
    _rights(p, size=9)
    p.para("Claims Department", 9.4)
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=m, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=fac,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS, "member_id": [r]})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(16, 26))
    sd = dt.date(2026, 3, 2)
    billed = amount(rng, 240, 680)
    claim = f"26-{digits(rng, 4)}-{digits(rng, 5)}"
    doc = person(rng)[0]
    clinic = "Bluewater Cardiology Group"
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios al Miembro")
    p.line("AVISO DE DENEGACIÓN DE PAGO", 12.5, "B")
    p.ln(1)
    p.line(f"Fecha de este aviso: {fdate(nd, 'long', 'es')}", 9.8)
    p.ln(2)
    p.table(["Miembro", "Número de miembro", "Número de reclamo", "Fecha del servicio (día/mes/año)", "Cargos"],
            [[mem, m, claim, fdate(sd, "dmy", "es"), money(billed)]], [44, 34, 34, 34, 28], size=8.6)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"Hemos denegado el pago de la consulta que la Dra. {doc}, de {clinic}, le dio el 2 de marzo de 2026. "
           f"{clinic} no forma parte de la red de {PLAN}. Los servicios fuera de la red solo se cubren en una "
           "emergencia o con nuestra aprobación previa, y no tenemos una aprobación para esta consulta.", 9.8)
    p.para(f"Su médico de cabecera puede enviarle a un cardiólogo de nuestra red. Su próxima cita de control es el "
           f"{fdate(plus(nd, rng.randint(20, 40)), 'long', 'es')}.", 9.8)
    p.heading("Usted tiene derecho a apelar", 10.5)
    p.para("Tiene 60 días calendario a partir de la fecha de este aviso para pedir una apelación. Una sola apelación "
           "cubre Medicare y Medicaid de Illinois. Si su salud corre peligro, pida una apelación rápida: le daremos "
           "una respuesta en 72 horas. Si decimos que no a su apelación de un servicio de Medicaid, puede pedir una "
           "Audiencia Imparcial Estatal al Departamento de Cuidado de Salud y Servicios para Familias de Illinois "
           "dentro de 120 días.", 9.6)
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=m, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(sd)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", denial_alternates=["prior_authorization"],
              alternates={"insurer": ALT_INS, "provider": [clinic]})
    return out(p), t


def rotated_eob(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(20, 29))
    provs = ["Cedar Hollow Family Clinic", "Granite Peaks Orthopedics", "Meadowlark Home Health",
             "Three Rivers Rehabilitation Hospital"]
    starts = [dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 3, 16), dt.date(2026, 3, 23)]
    deny = 3
    rows, billed, claims = [], [], []
    for i, (pv, s) in enumerate(zip(provs, starts)):
        e = plus(s, 2) if i in (2, 3) else s
        c = amount(rng, 140, 900)
        billed.append(c)
        n = f"{digits(rng, 11)}"
        claims.append(n)
        dates = fdate(s, "short") if e == s else f"{fdate(s, 'short')}-{fdate(e, 'short')}"
        if i == deny:
            rows.append([n, dates, f"{digits(rng, 10)} / {pv}", money(c, "nosign"), "0.00", "0.00", "NC7"])
        else:
            pd = round(c * rng.uniform(0.5, 0.8), 2)
            rows.append([n, dates, f"{digits(rng, 10)} / {pv}", money(c, "nosign"), money(pd, "nosign"), "0.00", "P1"])
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, "Member Explanation of Benefits")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.capboxes([[("Statement date", fdate(nd, "long")), ("Member", mem), ("Member ID", m),
                 ("Date of birth", fdate(dt.date(1956, rng.randint(1, 12), rng.randint(1, 28)), "slash")),
                 ("Plan year", "01/01/2026 - 12/31/2026")]], size=8.6)
    p.table(["Claim #", "Service dates", "Rendering NPI / Name", "Billed", "Plan paid", "You owe", "Note"], rows,
            [36, 40, 92, 24, 24, 20, 14], size=8.2, aligns=["L", "L", "L", "R", "R", "R", "C"])
    p.para("**Notes.** P1 Paid under your Medicare and Medicaid benefits; you owe nothing. NC7 Massage therapy "
           "(CPT 97124) given by itself is not a covered benefit under Medicare or Illinois Medicaid. Because the "
           "provider did not tell you before the visit that it would not be covered, you owe nothing for it.", 8.6)
    p.para("**If you disagree.** You may ask for an appeal within 60 calendar days of the date of this statement. "
           "Call Member Services or write to us with the claim number. If your health could be seriously harmed by "
           "waiting, ask for a fast (72-hour) appeal. Medicaid services: a State Fair Hearing may be asked for "
           "within 120 days of our appeal decision.", 8.6)
    t = truth("eob", "not_covered", insurer=PLAN, member_id=m, member_name=mem, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(starts[deny], plus(starts[deny], 2))],
              denial_date=nd.isoformat(), provider=provs[deny], appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS})
    return out(p), t


def lowres_appeal(rng):
    mem = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(18, 27))
    a, b = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    apl = f"AP {digits(rng, 4)} {digits(rng, 4)}"
    ref = f"UM-26-{digits(rng, 6)}"
    grv = f"GR-25-{digits(rng, 5)}"
    hosp = "Three Rivers Rehabilitation Hospital"
    referrer = person(rng)[0]
    md = person(rng)[0]
    p = DNSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mem, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Peoria IL 616{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We have finished looking at your appeal {apl}, which we received on "
           f"{fdate(plus(nd, -rng.randint(12, 20)), 'long')}. You asked us to approve a stay at {hosp} from "
           f"2 Mar 2026 to 6 Mar 2026, which we denied in our letter {ref}. Dr. {referrer}, the hospital doctor "
           f"who cared for you after your hip surgery, referred you there. Your member ID is {m}.", 10)
    p.para("A doctor who was not part of the first decision reviewed your records. We are upholding our decision. "
           "An inpatient rehabilitation hospital is for people who can take part in at least three hours of therapy "
           "a day and need a doctor's close supervision. Your records show you could do about one hour a day. A "
           "skilled nursing facility can give you the care you need, and we have approved that instead.", 10)
    p.para("Because this is a Medicare service, we have sent your case to the Independent Review Entity (IRE) "
           "for a new review. You do not need to do anything; the IRE will write to you. For the Medicaid part of "
           "this decision you may ask the Illinois Department of Healthcare and Family Services for a State Fair "
           "Hearing within 120 days of the date of this letter.", 10)
    p.para(f"Your grievance {grv} from last year about transportation was closed and is not part of this appeal.",
           10)
    p.para(f"Sincerely,\n\n{md}, MD, Medical Director", 10)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=m, member_name=mem, cases=[apl, ref],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=hosp, appeal_deadline=None,
              alternates={"insurer": ALT_INS, "case_numbers": [[apl]], "service_dates": [[span(a)]]})
    return out(p), t


def photocopy_statement(rng):
    mem = person(rng)[0]
    m = mid(rng)
    sd = dt.date(2026, 4, rng.randint(13, 24))
    clinic = "Granite Peaks Orthopedics"
    dates = [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17)]
    deny = 1
    acct = digits(rng, 8)
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 9800)} N Bishop Blvd, Peoria IL 616{rng.randint(10, 99)}  |  "
                 f"309-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Remit to: {clinic} Billing Office, PO Box {rng.randint(1000, 9800)}, Springfield IL "
                 f"627{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "slash")), ("Patient", mem), ("Account no.", acct),
             ("Insurance", PLAN), ("Insurance ID", m)], label_w=36, size=9.2)
    p.ln(2)
    rows, ch = [], []
    svc = ["Office visit, established (99214)", "Knee injection (20610)", "Knee x-ray, 3 views (73562)"]
    for i, d in enumerate(dates):
        c = amount(rng, 120, 480)
        ch.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), svc[i], money(c), "0.00", money(c), "Denied by plan - written off", "0.00"])
        else:
            pd = round(c * 0.6, 2)
            rows.append([fdate(d, "slash"), svc[i], money(c), money(pd), money(round(c - pd, 2)), "Paid by plan", "0.00"])
    p.table(["Date", "Service", "Charge", "Plan paid", "Adjustment", "Status", "You owe"], rows,
            [20, 52, 20, 18, 20, 32, 18], size=8)
    p.para(f"Total due from you: $0.00. {PLAN} denied the knee injection on {fdate(dates[deny], 'slash')} because "
           "no prior authorization was on file. As a Medicare-Medicaid Plan member you cannot be billed for it; we "
           "have written it off. This statement is for your records only.", 9.2)
    p.para(f"Questions about this statement: call our billing office at 217-555-{digits(rng, 4)}.", 9.2)
    t = truth("other", None, insurer=PLAN, member_id=m, member_name=mem, claim_amount=m2(ch[deny]),
              service_dates=[span(dates[deny])], denial_date=sd.isoformat(), provider=clinic, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in dates]]})
    return out(p), t


def finefax_stack(rng):
    mem = person(rng)[0]
    m = mid(rng)
    ad = dt.date(2026, 2, rng.randint(9, 20))
    a, b = dt.date(2026, 3, 2), dt.date(2026, 4, 30)
    auth = f"PA-{digits(rng, 4)}-{digits(rng, 4)}"
    pt = "Three Rivers Rehabilitation Hospital"
    fx = f"{ad.month:02d}/{ad.day:02d}/26 10:{rng.randint(10, 59)}  TALLGRASS MERIDIAN UM  309-555-{digits(rng, 4)}  P.{{n}}"
    p = DNSheet(footer=None, fax_hdr=fx)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(f"Date: {fdate(ad, 'long')}", 9.6)
    p.ln(2)
    p.line("SERVICE APPROVAL NOTICE", 12, "B")
    p.pairs([("Member", mem), ("Member ID", m), ("Authorization", auth), ("Provider", pt),
             ("Service", "Outpatient physical therapy, 16 visits"),
             ("Approved", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}")], label_w=36, size=9.4)
    p.ln(2)
    p.para("We approved the services above. The provider must give them within the approved dates. You will not "
           "pay anything for these visits.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=m, member_name=mem, cases=[auth],
                          service_dates=[span(a, b)], denial_date=ad.isoformat(), provider=pt,
                          alternates={"insurer": ALT_INS, "case_numbers": [[]], "service_dates": [[span(a)], []]}))
    nd = dt.date(2026, 5, rng.randint(4, 14))
    sd = dt.date(2026, 4, rng.randint(6, 10))
    billed = amount(rng, 180, 520)
    claim = f"{digits(rng, 5)}-{digits(rng, 6)}"
    lab = "Copper Valley Imaging"
    fx2 = f"{nd.month:02d}/{nd.day:02d}/26 16:{rng.randint(10, 59)}  TALLGRASS MERIDIAN CLAIMS  309-555-{digits(rng, 4)}  P.{{n}}"
    q = DNSheet(footer=None, fax_hdr=fx2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims Department")
    q.line("NOTICE OF DENIAL OF PAYMENT", 12, "B")
    q.pairs([("Date of notice", fdate(nd, "abbr")), ("Member", mem), ("Member ID", m), ("Claim", claim),
             ("Date of service", fdate(sd, "slash")), ("Paid to", lab), ("Amount billed", money(billed))],
            label_w=36, size=9.4)
    q.ln(2)
    q.para(f"We cannot pay this claim. Our records show your enrollment in {PLAN} ended on "
           f"{fdate(dt.date(2026, 3, 31), 'long')} when you chose to leave the plan, and the service was on "
           f"{fdate(sd, 'long')}. Medicare and Illinois Medicaid may pay it directly; the provider should bill them.",
           9.6)
    q.para("If you think our enrollment records are wrong, you may appeal within 60 calendar days of the date of "
           "this notice. A State Fair Hearing (120 days) is available for Medicaid decisions after our appeal.", 9.6)
    doc2 = (out(q), truth("denial_letter", "eligibility", insurer=PLAN, member_id=m, member_name=mem, cases=[claim],
                          claim_amount=m2(billed), service_dates=[span(sd)], denial_date=nd.isoformat(), provider=lab,
                          appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_prose_provider_home_health_medical_necessity", "born_digital", [bd_prose(rng)]),
        Item(F + "faxstd_capboxes_infusion_no_prior_auth", "fax_standard_g4", [faxstd_capboxes(rng)]),
        Item(F + "phone_spanish_out_of_network_specialist", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_eob_four_claims_massage_not_covered", "rotated", [rotated_eob(rng)]),
        Item(F + "lowres_no_labels_appeal_upheld_rehab_level_of_care", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "photocopy_clinic_statement_one_row_denied", "photocopy", [photocopy_statement(rng)]),
        Item(F + "finefax_stack_cover_pt_approval_then_eligibility_denial_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
