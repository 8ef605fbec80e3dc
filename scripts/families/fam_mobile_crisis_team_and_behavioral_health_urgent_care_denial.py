"""An invented commercial plan (Greythorn Mutual Health Insurance Company) deciding the claims of one behavioral health
crisis episode from two parties: a mobile crisis team that comes to the home (Mossgiven Mobile Crisis Team, HCPCS
H2011 / S9484) and a behavioral health urgent care centre (Stillhaven Behavioral Health Urgent Care, CPT 90791 /
90839 / 90840 / 90837 and HCPCS S9485). CPT/HCPCS codes, place-of-service codes and CARC codes appear as
themselves; the plan, its rules and time limits, the team, the centre, every clinician, reviewer, case manager,
member, relative, number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_team_three_patients_wrong_place_of_service: a landscape provider remittance to the team on a
  standard fax (payee, TIN, NPI, EFT trace; CLM NO. / PATIENT / MBR # / FROM / TO / RENDERING / CODE-POS columns):
  three patients, the middle one's home crisis visit billed with office place of service 11 refused CO-5
  (coding_error).
- faxstd_claim_form_fitness_for_duty_evaluation_to_spouse: a claim determination form on a standard fax to the
  member's spouse with two-line captions and boxes of two values ("Date of this notice | Date mailed", "Billing
  provider | Rendering provider"): the centre's evaluation asked for by an employer is excluded (not_covered); the
  appeal deadline printed as a date.
- photocopy_form_overnight_stabilization_paid_as_crisis_visit: a photocopied form with captions beside boxes
  ("DOS FROM" / "DOS TO", "ORDERING MD"): the centre's overnight crisis stabilization paid only as a crisis visit
  (level_of_care).
- phone_es_carta_a_la_madre_visita_despues_de_fin_de_cobertura: a photographed Spanish letter to a mother on the
  team's visit to her son after his coverage ended (eligibility).
- born_digital_eob_four_claims_follow_up_visits_without_approval: a member EOB of four claims, the centre's claim of
  two follow-up psychotherapy visits (its number printed once over both lines, a claim total and TOTALS) refused
  under CARC 197 (prior_authorization); the team's visit, the crisis visit and a lab are paid decoys.
- lowres_letter_to_sister_team_claim_sent_late: a 150 dpi letter to a sister as authorised representative: the
  team, named only in a sentence, sent its claim for "the evening of the fourteenth of March" after 180 days
  (timely_filing).
- clean_stack_cover_centre_statement_then_appeal_decision_sideways: a clean 300 dpi stack of a fax cover sheet, the
  centre's statement after insurance (denies nothing) and, turned sideways, an appeal decision to the member's
  spouse keeping the refusal of the team's second visit the next morning (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdve import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "mobile_crisis_team_and_behavioral_health_urgent_care_denial"
LANG = "en"
SEED = 354004
INS = "Greythorn Mutual Health Insurance Company"
ALT = ["Greythorn Mutual", "Greythorn Mutual Health"]
PLAN = "Greythorn Choice EPO 2000"
GROUP = "GM-604118"
TEAM = "Mossgiven Mobile Crisis Team"
UC = "Stillhaven Behavioral Health Urgent Care"


def gid(rng):
    return f"GMH{digits(rng, 9)}"


def clm(rng):
    return f"C26-{digits(rng, 8)}"


def dob(rng, lo=1958, hi=2004):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="855"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DVSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 6.5, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 3.8, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 837{rng.randint(10, 99)}  |  "
                   f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 3)
    clin = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    specs = [("H2011", "15", 3, 8, False), ("H2011", "11", 4, 9, True), ("S9484", "12", 1, 2, False)]
    for pt, cl, (code, pos, lo, hi, den) in zip(pats, clin, specs):
        d = plus(rd, -rng.randint(14, 40))
        n, m = clm(rng), gid(rng)
        units = rng.randint(lo, hi)
        b = round(units * (amount(rng, 48, 62) if code == "H2011" else amount(rng, 190, 260)), 2)
        if den:
            rows.append([n, pt, m, fdate(d, "slash"), fdate(d, "slash"), f"{cl}, LPC", f"{code} / {pos}", str(units),
                         money(b, "nosign"), "0.00", "0.00", "CO-5"])
        else:
            al = round(b * 0.7, 2)
            rows.append([n, pt, m, fdate(d, "slash"), fdate(d, "slash"), f"{cl}, LPC", f"{code} / {pos}", str(units),
                         money(b, "nosign"), money(al, "nosign"), money(round(al * 0.9, 2), "nosign"), "PD"])
        info.append((pt, cl, n, m, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  GMHIC PROVIDER PAY  {phone(rng, '208')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "GM-PRA-2 (rev. 08/2025)")
    p.capstrip([("PAYEE", TEAM), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54.4])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "FROM", "TO", "RENDERING", "CODE / POS", "UNITS", "AMT BILLED",
             "ALLOWED", "PAID", "ADJ"], rows, [26, 34, 26, 19, 19, 34, 20, 12, 20, 18, 18, 12], size=7.2,
            aligns=["L"] * 7 + ["C", "R", "R", "R", "C"])
    pt, cl, n, m, d, b = info[1]
    p.para("**ADJ legend.** PD: paid per contract. CO-5: the code or the place of service does not fit the bill. "
           f"The visit notes put your team's crisis visit for this patient in the patient's home, but the claim "
           "shows place of service 11 (office). Home visits by the team are billed with place of service 12. "
           "Send a corrected claim; the line is not billable to the patient.", 7.9)
    p.para("Corrected claims and reconsiderations: within 120 days of the remit date. Provider Services "
           f"{phone(rng)}.", 7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=TEAM,
              appeal_deadline=plus(rd, 120).isoformat(), alternates={"insurer": ALT, "provider": [cl]})
    return out(p), t


def faxstd_excluded(rng):
    member, spouse, psy, emp = people(rng, 4)
    m = gid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(v, rng.randint(26, 36))
    by = plus(nd, 180)
    n = clm(rng)
    b1, b2 = amount(rng, 260, 340), amount(rng, 20, 40)
    billed = round(b1 + b2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  GREYTHORN CLAIMS  {phone(rng, '208')}  P{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION", "Form GM-CD-5 rev. 11/2025")
    p.boxes([[("Date of this notice | Date mailed", f"{fdate(nd, 'slash')} | {fdate(plus(nd, 2), 'slash')}", 86),
              ("Mailed to | Relationship to member", f"{spouse} | Spouse", 100)],
             [("Patient (member) | Member ID", f"{member} | {m}", 96), ("Group | Plan", f"{GROUP} | {PLAN}", 90)],
             [("Claim no.", n, 50), ("Date of\nservice", fdate(v, "slash"), 36), ("Amount\nbilled", money(billed), 34),
              ("Appeal must be\nreceived by", fdate(by, "slash"), 66)],
             [("Billing provider | Rendering provider", f"{UC} | {psy}, MD", 186)]], size=8.4)
    p.table(["Code", "Description", "Billed", "Plan paid", "Rsn"],
            [["90791", "Psychiatric diagnostic evaluation", money(b1, "nosign"), "0.00", "96"],
             ["96127", "Brief screening questionnaire", money(b2, "nosign"), "0.00", "96"],
             ["", "Claim total", money(billed, "nosign"), "0.00", ""]],
            [20, 96, 28, 26, 15.9], size=8.6, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"Rsn 96 (CARC 96): not a covered charge. The centre's notes say {member} came in on the date above, not "
           f"in crisis, because {emp} at the member's workplace asked for a fitness-for-duty evaluation before a "
           "return to work. The plan booklet excludes exams and tests done only for an employer, a court, a school "
           "or an insurer. Urgent care for a mental health crisis stays covered.", 8.8)
    p.para("You may appeal: the appeal must reach us by the date in the box above. Urgent appeals: 72 hours. "
           f"External review: within 4 months of our final decision. Member Services {phone(rng)}, TTY 711.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(billed), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=UC, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [psy], "plan_id": [None]}, type_alternates=["eob"])
    return out(p), t


def photocopy_level(rng):
    member, psy, md, rn = people(rng, 4)
    m = gid(rng)
    d1 = dt.date(2026, 3, rng.randint(3, 24))
    d2 = plus(d1, 1)
    nd = plus(d2, rng.randint(28, 38))
    n = clm(rng)
    billed = round(2 * amount(rng, 880, 1150), 2)
    paid_as = amount(rng, 280, 360)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("EXPLANATION OF CLAIM DECISION", "GM-ECD-3 (rev. 01/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DATE", fdate(nd, "abbr")), ("MBR #", m)],
              [("GRP NO.", GROUP), ("CLM NO.", n)],
              [("DOS FROM", fdate(d1, "slash")), ("DOS TO", fdate(d2, "slash"))],
              [("BILLED BY", UC), ("ORDERING MD", f"Dr. {psy}")],
              [("SVC BILLED", "S9485 x 2 days"), ("AMT BILLED", money(billed))],
              [("PAID AS", "S9484 crisis visit"), ("PLAN PAID", money(paid_as))]], cap_w=24, cap=5.6)
    p.para(f"**Decision: paid in part.** {UC} kept you in its crisis stabilization unit overnight, from the evening "
           "in the DOS FROM box to the next afternoon, and billed two days at the stabilization rate. The nurse's "
           "notes show you were calm within two hours, had no thoughts of harming yourself, and had a safe place "
           "to go. Care of a few hours in the centre's urgent care area was the right level; an overnight "
           f"stabilization stay was not. We paid the claim as one crisis visit. Reviewed by Dr. {md}, physician "
           "reviewer.", 9)
    p.para("Appeal within 180 days of the date of this notice. Urgent appeals are decided within 72 hours. "
           f"Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"],
              denial_date=nd.isoformat(), provider=UC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [psy], "service_dates": [[d1.isoformat(), d2.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    son, mother, cl, sig = people(rng, 4)
    m = gid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(3, 20))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    units = rng.randint(5, 8)
    billed = round(units * amount(rng, 50, 60), 2)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Paciente", son), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')}, {TEAM} fue a su casa porque su hijo {son} estaba en crisis. "
           f"La consejera {cl} lo atendió durante {units * 15} minutos (H2011). El equipo nos cobró "
           f"{money(billed)}.", 10)
    p.para("Su hijo estaba cubierto como dependiente en el plan de su empleador hasta el 31 de marzo de 2026, el "
           "último día del mes en que cumplió 26 años. La visita fue después de esa fecha, así que no podemos "
           "pagarla. Si su hijo tiene otro seguro desde el 1 de abril, el equipo puede enviarle el reclamo a ese "
           "seguro.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se "
           f"deciden en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=son, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=TEAM,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [cl]})
    return out(p), t


def born_digital_eob(rng):
    member, cl, psy, ther, lab_dr = people(rng, 5)
    m = gid(rng)
    d0 = dt.date(2026, 2, rng.randint(2, 10))
    f1 = plus(d0, rng.randint(3, 5))
    f2 = plus(f1, 7)
    sd = plus(f2, rng.randint(24, 32))
    n1, n2, n3, n4 = clm(rng), clm(rng), clm(rng), clm(rng)
    bt, bc, ba, bl = amount(rng, 280, 400), amount(rng, 240, 320), amount(rng, 110, 150), amount(rng, 60, 110)
    bf = amount(rng, 190, 240)

    def pd(b):
        al = round(b * 0.7, 2)
        pay = round(al * 0.8, 2)
        return al, pay, round(al - pay, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Statement date", fdate(sd, "long"), 38), ("Member name | Member ID", f"{member} | {m}", 88),
              ("Group | Plan", f"{GROUP} | {PLAN}", 104), ("Date of\nbirth", fdate(dob(rng), "slash"), W - 230)],
             [("Plan year", "01/01/2026 - 12/31/2026", 60), ("Deductible met | Out-of-pocket met",
                                                              "$750.00 of $2,000.00 | $912.40 of $6,500.00", 120),
              ("Claims processed\nthrough", fdate(plus(sd, -2), "slash"), W - 180)]], size=8.4)
    claims = [
        {"first": [n1, TEAM], "lines": [[fdate(d0, "slash"), "H2011", "Mobile crisis visit", bt, *pd(bt), "A"]]},
        {"first": [n2, UC], "lines": [[fdate(d0, "slash"), "90839", "Crisis psychotherapy, 60 min", bc, *pd(bc), "A"],
                                      [fdate(d0, "slash"), "90840", "Crisis psychotherapy, add-on", ba, *pd(ba), "A"]]},
        {"first": [n3, "Tamsin Lake Laboratory"], "lines": [[fdate(d0, "slash"), "80305", "Drug screen", bl, *pd(bl),
                                                              "A"]]},
        {"first": [n4, UC], "lines": [[fdate(f1, "slash"), "90837", "Psychotherapy, 60 min", bf, 0.0, 0.0, 0.0, "B"],
                                      [fdate(f2, "slash"), "90837", "Psychotherapy, 60 min", bf, 0.0, 0.0, 0.0, "B"]]},
    ]
    p.claims_table(["Claim number", "Provider", "Date of service", "Code", "Service", "Billed", "Allowed", "Plan paid",
                    "You owe", "Note"], claims, [30, 62, 24, 14, 46, 18, 18, 18, 16, W - 246], size=7.6)
    p.para(f"**Notes.** A: paid under your plan. B (CARC 197): approval needed. After the crisis visit "
           f"{fdate(d0, 'long')} (your mobile crisis visit with {cl} and your visit with Dr. {psy}), "
           f"{ther}, LCSW, saw you at {UC} for two follow-up psychotherapy visits. Crisis care needs no approval, "
           "but follow-up therapy at the centre's bridge clinic needs our approval first, and none was asked for. "
           "Your plan pays for therapy with a network therapist without approval; call us for names.", 8.2)
    p.para("To appeal, write to us within 180 days of the date of this statement. Urgent appeals: 72 hours. "
           f"Member Services {phone(rng)} (TTY 711).", 8.2)
    total = round(2 * bf, 2)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n4], claim_amount=m2(total), service_dates=[f1.isoformat(), f2.isoformat()],
              denial_date=sd.isoformat(), provider=UC, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ther], "plan_id": [None]})
    return out(p), t


def lowres_late(rng):
    member, sister, cl, sig = people(rng, 4)
    m = gid(rng)
    v = dt.date(2026, 3, 14)
    rec = plus(v, rng.randint(186, 200))
    nd = plus(rec, rng.randint(6, 12))
    n = clm(rng)
    billed = round(rng.randint(6, 9) * amount(rng, 50, 58), 2)
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [sister, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}, member ID {m}, group {GROUP}, claim {n}", 9.8)
    p.para(f"Dear {sister}:", 10)
    p.para(f"We have your form naming you as your brother's authorized representative, so we are writing to you. "
           f"On the evening of the fourteenth of March, {TEAM} came to {member}'s apartment after a call to the "
           f"crisis line, and {cl} stayed with him until he was safe. The team sent us a claim for that visit "
           f"(03/14/2026) for {money(billed)}. We received it on {fdate(rec, 'slash')}.", 10)
    p.para("Our agreement with the team says claims must reach us within 180 days of the date of service. This "
           "claim reached us later, so it was not paid. The team is in our network and may not bill your brother "
           "for the visit.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=TEAM,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [cl]})
    return out(p), t


def clean_stack(rng):
    member, psy, rn = people(rng, 3)
    m = gid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(30, 42))
    ac = f"SBH{digits(rng, 7)}"
    b1, b2 = amount(rng, 240, 320), amount(rng, 100, 140)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.55, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(UC, "SBH", [f"{rng.randint(100, 9800)} W Main St, Nampa ID 83651  |  Patient billing {phone(rng, '208')}"
                            f"  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=12)
    p.addr_pair("Statement to", [member, *address(rng)], "Patient", [member, f"Account {ac}", f"Seen by Dr. {psy}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS.split(' Health')[0]} {m}"),
             ("PAY BY", fdate(plus(sd, 25), "abbr"))]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "90839", "Crisis psychotherapy, 60 min", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "90840", "Crisis psychotherapy, add-on", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "Greythorn Mutual payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Triage by {rn}, RN. The mobile crisis team that brought you to us bills separately. Your insurer has "
           "paid its share; the balance is your coinsurance as your insurer reported it.", 9)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
                         service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=UC, unscored=["insurer"],
                         alternates={"provider": [psy], "member_id": [None]}))
    member2, spouse, cl, rev, sig = people(rng, 5)
    m2_ = gid(rng)
    d0 = dt.date(2026, 4, rng.randint(6, 20))
    d1 = plus(d0, 1)
    nd = plus(d1, rng.randint(70, 90))
    n, ap = clm(rng), f"APL-{digits(rng, 7)}"
    b = round(rng.randint(6, 10) * amount(rng, 50, 58), 2)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals")
    q.para(fdate(nd, "long"), 10)
    for ln in [spouse, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member", member2), ("Member ID", m2_), ("Appeal number", ap), ("Claim", n)], label_w=34, size=9.6)
    q.ln(2)
    q.para(f"Dear {spouse}:", 10)
    q.para(f"You appealed, for your spouse {member2}, our refusal to pay {TEAM}'s second visit. The team came to "
           f"your home on the night of {fdate(d0, 'long')}, and that visit was paid. {cl} of the team came back "
           f"the next morning, {fdate(d1, 'long')}, and the team billed {money(b)} for that visit.", 10)
    q.para(f"**Our decision: we uphold the denial.** Dr. {rev}, a psychiatrist who took no part in the first "
           "decision, read the team's notes. By the next morning the crisis had passed, a safety plan was in place "
           "and an appointment with the member's own therapist was set for that afternoon. A second crisis visit "
           "was not medically necessary.", 10)
    q.para("If you still disagree, you may ask for a second-level appeal within 60 days of the date of this "
           "letter, or ask for an external review by an independent reviewer within 4 months.", 10)
    q.para(f"Sincerely,\n{sig}\nAppeals Coordinator", 10)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[n, ap], claim_amount=m2(b), service_dates=[d1.isoformat()], denial_date=nd.isoformat(),
                         provider=TEAM, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [cl], "appeal_deadline": [None]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_team_three_patients_wrong_place_of_service", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "faxstd_claim_form_fitness_for_duty_evaluation_to_spouse", "fax_standard_g4", [faxstd_excluded(rng)]),
        Item(F + "photocopy_form_overnight_stabilization_paid_as_crisis_visit", "photocopy", [photocopy_level(rng)]),
        Item(F + "phone_es_carta_a_la_madre_visita_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "born_digital_eob_four_claims_follow_up_visits_without_approval", "born_digital",
             [born_digital_eob(rng)]),
        Item(F + "lowres_letter_to_sister_team_claim_sent_late", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_cover_centre_statement_then_appeal_decision_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
