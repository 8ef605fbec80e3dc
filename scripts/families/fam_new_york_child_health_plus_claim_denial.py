"""Notices mirrored (structure and wording style only) from New York's Child Health Plus (CHPlus), the State's
children's health insurance program, issued by an invented participating health plan (Hudson Larkspur Health
Plan). The New York State Department of Health, NY State of Health, the Department of Financial Services'
external appeal and the program's age limit (under 19) appear as themselves; the plan, its reason codes and
day limits, every provider, person, number and address are invented.

Documents (8 in 7 files):
- bd_eob_four_claims_from_thru_other_plan_first: the parent's landscape explanation of benefits, four claims
  with From/Thru columns and a "Rendering provider" column; one row paid nothing under codes 22/N4 (another plan
  must pay first, said in plain words); check/EFT trace, account number and a credit in parentheses as decoys.
- faxstd_provider_notice_icn_late_claim_batch_tax_id: a provider claim notice on a standard fax; "ICN" beside a
  batch number, tax ID, NPI and letter ID; billing group and rendering doctor; the claim came in after the
  plan's 90-day limit (never the words "timely filing").
- phone_spanish_no_approval_reference_on_or_about: Spanish notice, an MRI done without approval asked first,
  "el cuidado que recibió el o alrededor del ..."; "Número de referencia" beside a letter ID.
- rotated_hospital_statement_admit_discharge_insurance_on_file: the children's hospital's patient statement
  (admission and discharge dates, attending doctor, a credit in parentheses); denies nothing.
- lowres_prose_turned_19_services_between: no labels; CHPlus coverage ended when the member turned 19; services
  "from March 2 through March 9, 2026", written also as "03/02-03/09/2026"; the provider only in a sentence.
- photocopy_appeal_upheld_grievance_appeal_no_therapy: final adverse determination on occupational therapy
  "no longer needed"; "Grievance/Appeal No." and "Claim #"; only the external appeal left.
- faxfine_stack_cover_approval_then_infusion_setting_turned: a fax cover sheet, an approval of home infusion
  ("Authorization number"), then the hospital outpatient infusion days not paid because the plan pays them only at
  home, fed sideways; "2026-05-04 through 2026-05-08".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddp_famdpd import DPSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "new_york_child_health_plus_claim_denial"
LANG = "en"
SEED = 352703
INS = "Hudson Larkspur Health Plan"
ALT = ["Hudson Larkspur"]
TOWNS = [("Kingston", "NY", "124"), ("Utica", "NY", "135"), ("Binghamton", "NY", "139"), ("Newburgh", "NY", "125")]


def hl_id(rng):
    return f"HLK{digits(rng, 8)}"


def addr(rng):
    t, st, z = rng.choice(TOWNS)
    return [f"{rng.randint(12, 980)} {rng.choice(['Wall St', 'Genesee St', 'Front St', 'Liberty St'])}",
            f"{t} {st} {z}{rng.randint(10, 99)}"]


def _head(p: DPSheet, rng, unit="Member Services", size=15):
    p.f(size, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4, "B")
    p.cell(0, 4.2, "A Child Health Plus plan in New York State", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Albany NY 122{rng.randint(10, 99)}  |  "
                 f"1-855-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _dob(rng, age_lo=3, age_hi=16):
    return dt.date(2026 - rng.randint(age_lo, age_hi), rng.randint(1, 12), rng.randint(1, 28))


def bd_eob(rng):
    child, parent, d1, d2 = people(rng, 4)
    mid = hl_id(rng)
    sd = dt.date(2026, 4, rng.randint(13, 24))
    b = dt.date(2026, 2, rng.randint(2, 12))
    src = [(b, b, f"Dr. {d1}", "99393 well child visit"),
           (plus(b, 9), plus(b, 9), "Lantern Street Laboratory", "85025 blood count"),
           (plus(b, 20), plus(b, 22), "Mohawk Valley Sleep Center", "95810 sleep study, 2 nights"),
           (plus(b, 35), plus(b, 35), f"Dr. {d2}", "92012 eye exam")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (f_, t_, pv, svc) in enumerate(src):
        c = amount(rng, 90, 260) if i != deny else amount(rng, 1800, 2900)
        billed.append(c)
        n = f"{rng.choice('ACEGKMPRTX')}{digits(rng, 10)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(f_, "short"), fdate(t_, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "22, N4"])
        else:
            al = round(c * 0.62, 2)
            paid = "(12.50)" if i == 1 else money(al, "nosign")
            rows.append([n, fdate(f_, "short"), fdate(t_, "short"), pv, svc, money(c, "nosign"),
                         money(al, "nosign"), paid, "0.00", "1"])
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 11, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS   -   THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member (child)", child), ("Member ID", mid), ("Parent/guardian", parent),
                ("Date issued", fdate(sd, "long")), ("Account no.", f"FA-{digits(rng, 7)}")])
    p.capstrip([("Member date of birth", fdate(_dob(rng), "slash")), ("Program", "Child Health Plus (CHPlus)"),
                ("Coverage year", "01/01/2026 - 12/31/2026"), ("Check/EFT trace", f"{digits(rng, 9)}"),
                ("Monthly family premium", "$15.00")])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Rendering provider", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Codes"], rows, [27, 16, 16, 58, 52, 21, 20, 20, 16, 15], size=8.1,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 1 Paid under your child's Child Health Plus benefits; you owe nothing. Negative amounts in "
           "parentheses are money we took back from an earlier payment to the provider. 22 Our records show your child "
           "has other health insurance through a parent's job. That plan must look at this bill before we can. "
           "N4 Ask the provider to send us the other plan's explanation of benefits.", 8.6)
    p.para("**If you disagree.** You may file an appeal with us within 60 days of the date of this statement. If "
           "waiting could harm your child, ask for a fast appeal; we decide those within 72 hours. After our appeal "
           "decision you may ask the New York State Department of Financial Services for an external appeal within "
           "4 months.", 8.6)
    t = truth("eob", "other", insurer=INS, member_id=mid, member_name=child, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0], src[deny][1])],
              denial_date=sd.isoformat(), provider="Mohawk Valley Sleep Center",
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def faxstd_notice(rng):
    child, doc, parent = people(rng, 3)
    mid = hl_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    sv = dt.date(2026, 1, rng.randint(6, 27))
    rcv = plus(sv, rng.randint(120, 135))
    billed = amount(rng, 160, 420)
    icn = f"{26}{rng.randint(100, 366)}{digits(rng, 7)}"
    grp = "Maple Hollow Pediatrics PC"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: HLHP CLAIMS  518-555-{digits(rng, 4)}  P.{{n}}"
    p = DPSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("PROVIDER CLAIM NOTICE", 12.5, "B")
    y2 = p.refs([("Letter ID", f"LTR{digits(rng, 8)}"), ("Batch No.", f"B{digits(rng, 6)}"),
                 ("Form", "HL-PCN-04")], w=64)
    p.set_xy(p.l_margin, y2 + 2)
    p.two_blocks("BILLING PROVIDER", [grp, f"{rng.randint(100, 900)} Genesee St, Suite 2",
                                      f"Utica NY 135{rng.randint(10, 99)}", f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                 "MEMBER", [child, f"Parent/guardian: {parent}", *addr(rng)])
    p.ln(2)
    p.capstrip([("ICN", icn), ("Notice date", fdate(nd, "slash")), ("Received", fdate(rcv, "slash")),
                ("Member ID", mid)], [50, 40, 40, 52])
    p.capstrip([("Rendering", f"Dr. {doc}"), ("Rendering NPI", digits(rng, 10)), ("Billing NPI", digits(rng, 10)),
                ("Fax", f"315-555-{digits(rng, 4)}")], [62, 40, 40, 40])
    p.ln(2)
    p.table(["Ln", "DOS", "CPT", "Description", "Units", "Charge", "Paid", "Code"],
            [["1", fdate(sv, "slash"), "99214", "Office visit, est. patient", "1", money(round(billed * 0.6, 2), "nosign"),
              "0.00", "T90"],
             ["2", fdate(sv, "slash"), "87880", "Rapid strep test", "1", money(round(billed - round(billed * 0.6, 2), 2), "nosign"),
              "0.00", "T90"],
             ["", "", "", "Claim total", "", money(billed, "nosign"), "0.00", ""]],
            [10, 24, 16, 62, 13, 24, 17, 16], size=8.6, bold_last=True)
    p.para("**T90** We got this claim more than 90 days after the date of service. Our provider agreement asks for "
           "claims within 90 days, and this claim did not show a reason for the delay (such as another insurer's "
           "late decision). The member may not be billed for these services.", 9.2)
    p.para("To ask us to reconsider, send proof that the claim was sent on time within 60 days of the date of this "
           "notice. Do not send a new claim for the same services.", 9.2)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=child, cases=[icn],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [grp]},
              type_alternates=["eob"])
    return out(p), t


def phone_spanish(rng):
    child, parent, doc = people(rng, 3)
    mid = hl_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    sv = dt.date(2026, 4, rng.randint(6, 24))
    billed = amount(rng, 980, 1900)
    ref = f"HL-{digits(rng, 4)}-{digits(rng, 5)}"
    center = "Catskill Ridge Imaging"
    p = DPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "long", "es")), ("Número de referencia", ref),
                ("ID de carta", f"C{digits(rng, 9)}")])
    p.capstrip([("Miembro", child), ("Número de miembro", mid), ("Cargo facturado", money(billed))])
    p.ln(2)
    p.para(f"Estimado(a) {parent}, padre/madre o tutor de {child}:", 9.8)
    p.para(f"Este aviso es sobre el cuidado que {child} recibió el o alrededor del {fdate(sv, 'long', 'es')}: una "
           f"resonancia magnética de la rodilla en {center}, pedida por el Dr. {doc}. Para este estudio, el plan debe "
           "dar su aprobación antes de que se haga. Nadie nos pidió esa aprobación antes de la fecha del estudio, y "
           "por eso no vamos a pagar el reclamo. El centro no le puede cobrar a usted este estudio.", 9.8)
    p.para("**Su derecho a apelar.** Usted o el médico pueden apelar dentro de 60 días a partir de la fecha de este "
           "aviso. Si la espera pone en peligro la salud de su hijo(a), pida una apelación rápida: decidimos en 72 "
           "horas. Después de nuestra decisión puede pedir una apelación externa al Departamento de Servicios "
           "Financieros del Estado de Nueva York dentro de 4 meses.", 9.8)
    p.para("Child Health Plus es un programa del Departamento de Salud del Estado de Nueva York. Si tiene preguntas "
           "sobre la inscripción, llame a NY State of Health.", 9)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [center]})
    return out(p), t


def rotated_statement(rng):
    child, parent, att = people(rng, 3)
    mid = hl_id(rng)
    adm = dt.date(2026, 3, rng.randint(2, 18))
    dis = plus(adm, rng.randint(2, 4))
    stm = plus(dis, rng.randint(35, 50))
    hosp = "Riverbend Children's Hospital"
    lines = [("0120", "Room and board, pediatric", amount(rng, 5200, 7800)),
             ("0250", "Pharmacy", amount(rng, 300, 900)), ("0300", "Laboratory", amount(rng, 400, 1100)),
             ("0450", "Emergency room", amount(rng, 1200, 2100))]
    total = round(sum(x[2] for x in lines), 2)
    ins_paid = round(total * 0.71, 2)
    adj = round(total - ins_paid - 50.0, 2)
    p = DPSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(hosp, "RCH", [f"Patient Financial Services  |  {rng.randint(100, 900)} Broadway, Albany NY "
                              f"122{rng.randint(10, 99)}  |  518-555-{digits(rng, 4)}"], box="STATEMENT")
    p.two_blocks("GUARANTOR", [parent, *addr(rng)], "PATIENT", [child, f"Account no. {digits(rng, 9)}",
                                                                  f"Statement date {fdate(stm, 'abbr')}"])
    p.pairs([("Admitted", fdate(adm, "slash")), ("Discharged", fdate(dis, "slash")),
             ("Attending physician", f"Dr. {att}"), ("Insurance on file", f"Hudson Larkspur CHPlus  {mid}")],
            label_w=42, size=9.2)
    p.ln(2)
    rows = [[c, d, money(v, "nosign")] for c, d, v in lines]
    rows += [["", "Total charges", money(total, "nosign")],
             ["", f"Insurance payment {fdate(plus(dis, 30), 'slash')}", f"({money(ins_paid, 'nosign')})"],
             ["", "Contractual adjustment", f"({money(adj, 'nosign')})"],
             ["", "Balance due from you (family premium plan copay)", "50.00"]]
    p.table(["Rev code", "Description", "Amount"], rows, [24, 110, 40], size=9, aligns=["L", "L", "R"],
            bold_last=True)
    p.para("Your child's health plan has paid this stay. The balance shown is what you owe under the plan. Please pay "
           "within 30 days or call us to set up a payment plan.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(total),
              service_dates=[span(adm, dis)], denial_date=stm.isoformat(), provider=hosp, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [att]})
    return out(p), t


def lowres_prose(rng):
    child, parent, pt = people(rng, 3)
    mid = hl_id(rng)
    a = dt.date(2026, 3, 2)
    b = dt.date(2026, 3, 9)
    bday = dt.date(2026, 2, rng.randint(10, 26))
    dob = bday.replace(year=2007)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    billed = amount(rng, 600, 1100)
    ref = f"RN{digits(rng, 9)}"
    clinic = "Tannersville Physical Therapy"
    p = DPSheet(footer=None, footer_left=f"{INS}  |  CHP-EL-11 (01/26)")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Eligibility and Claims")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [child, f"c/o {parent}", *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: Reference No. {ref}  -  physical therapy 03/02-03/09/2026", 10)
    p.para(f"Dear {child}:", 10)
    p.para(f"We received the bills from {pt}, PT at {clinic} for the physical therapy you received from March 2 "
           f"through March 9, 2026, in the amount of {money(billed)}.", 10)
    p.para(f"Child Health Plus covers children under age 19. Our records and NY State of Health show your date of "
           f"birth as {fdate(dob, 'slash')}, so your Child Health Plus coverage with us ended on "
           f"{fdate(dt.date(2026, 2, 28), 'long')}, the last day of the month you turned 19. The visits took place after "
           "that day, so we cannot pay for them. You may be able to get other coverage through NY State of Health.", 10)
    p.para("If you think our records are wrong, you may appeal within 60 days of the date of this letter. Please "
           "include the reference number shown above.", 10)
    p.para(f"Sincerely,\n\nEligibility and Claims Unit\n{INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_name=child, cases=[ref], claim_amount=m2(billed),
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=pt,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "service_dates": [["2026-03-02", "2026-03-09"]]})
    return out(p), t


def photocopy_appeal(rng):
    child, ot, md, parent = people(rng, 4)
    mid = hl_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    s1 = dt.date(2026, 4, rng.randint(1, 10))
    s2 = plus(s1, 28)
    billed = amount(rng, 700, 1300)
    apl = f"GA-{digits(rng, 6)}"
    clm = f"{rng.choice('ACEGKMPRTX')}{digits(rng, 10)}"
    facility = "Oneida Lake Pediatric Therapy Center"
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("FINAL ADVERSE DETERMINATION - APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of decision", fdate(nd, "upper")), ("Grievance/Appeal No.", apl), ("Claim #", clm)],
            [("Member", child), ("Member ID", mid), ("Appeal filed by", parent)],
            [("Service", "97165-97535 occupational therapy"), ("Dates", f"{fdate(s1, 'slash')} to {fdate(s2, 'slash')}"),
             ("Billed", money(billed, "usd"))],
            [("Facility", facility), ("Therapist", f"{ot}, OTR/L"), ("Appeal received", fdate(plus(nd, -24), "slash"))]],
           size=8.8)
    p.para(f"You asked us to pay for the occupational therapy visits your child had at {facility} between "
           f"{fdate(s1, 'long')} and {fdate(s2, 'long')}.", 9.4)
    p.para("**Our decision: we are keeping our first decision.** The therapy notes show your child met the goals "
           "set in January (dressing and writing on their own) before these visits began, and scores did not change "
           "during them. Visits to keep up skills already learned can be done at home with the exercises the "
           "therapist gave you. For that reason the visits were not needed for your child's care. A pediatric "
           "occupational therapist who was not part of the first decision reviewed your appeal.", 9.4)
    p.para("**What you can do next.** This was your last appeal with us. You may ask the New York State Department "
           "of Financial Services for an external appeal within 4 months of the date of this letter. Child Health "
           "Plus members do not have a State fair hearing.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(s1, s2)], denial_date=nd.isoformat(), provider=ot,
              alternates={"insurer": ALT, "provider": [facility], "case_numbers": [[apl], [clm]],
                          "service_dates": [[s1.isoformat(), s2.isoformat()]]})
    return out(p), t


def faxfine_stack(rng):
    child, doc = people(rng, 2)
    mid = hl_id(rng)
    ad = dt.date(2026, 4, rng.randint(20, 29))
    auth = f"AUTH{digits(rng, 8)}"
    a, b = dt.date(2026, 5, 4), dt.date(2026, 5, 8)
    infuser = "Saratoga Home Infusion"
    hosp = "Glenridge Hospital Outpatient Infusion"
    p = DPSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(fdate(ad, "long"), 9.6)
    p.ln(2)
    p.line("YOUR REQUEST IS APPROVED", 11.5, "B")
    p.pairs([("Member", child), ("Member ID", mid), ("Authorization number", auth),
             ("Service", "IV antibiotic (ceftriaxone) daily, given at home"), ("Provider", infuser),
             ("Ordered by", f"Dr. {doc}"), ("Approved dates", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}")],
            label_w=44, size=9.4)
    p.ln(2)
    p.para("The infusions are approved to be given at home by a nurse from the provider above. You do not need to "
           "do anything.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
                          service_dates=[span(a, b)], denial_date=ad.isoformat(), provider=infuser,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [doc]}))
    nd = dt.date(2026, 6, rng.randint(10, 22))
    billed = amount(rng, 2400, 4100)
    clm = f"{rng.choice('ACEGKMPRTX')}{digits(rng, 10)}"
    q = DPSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE ABOUT YOUR CLAIM", 11.5, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd, "long")), ("Member", child), ("Member ID", mid), ("Claim #", clm),
             ("Authorization number", auth), ("Billed by", hosp), ("Charges", money(billed)),
             ("Dates of care", f"2026-05-04 through 2026-05-08")], label_w=44, size=9.4)
    q.ln(2)
    q.para(f"{hosp} billed us for daily antibiotic infusions that were given in the hospital's outpatient unit. We "
           f"approved these infusions (authorization {auth}) to be given at home by {infuser}. The same care can "
           "be given safely at home, and your child's plan pays for it only there. We will not pay the hospital's "
           "charges. The hospital may not bill you for them.", 9.6)
    q.para("You may appeal within 60 days of the date of this notice. Fast appeals (72 hours) are for care you "
           "have not yet received.", 9.6)
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(a, b)],
                          denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "case_numbers": [[clm, auth]]},
                          denial_alternates=["prior_authorization"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_from_thru_other_plan_first", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_icn_late_claim_batch_tax_id", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "phone_spanish_no_approval_reference_on_or_about", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_hospital_statement_admit_discharge_insurance_on_file", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_turned_19_services_between", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_grievance_appeal_no_therapy", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "faxfine_stack_cover_approval_then_infusion_setting_turned", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
