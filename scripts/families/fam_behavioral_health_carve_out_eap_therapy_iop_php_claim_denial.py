"""An invented behavioral health carve-out (Corvane Behavioral Health Partners) that runs the mental health and
substance use benefits, and the employee assistance program (EAP), of employers whose medical plan is another
invented insurer (Maplecrest Health Plan, printed only as a decoy). Its papers refuse outpatient therapy
sessions, an intensive outpatient program (IOP) and a partial hospitalization program (PHP) from counsellors,
group practices and programs, some billed through a billing service (Pell Street Billing Solutions). CPT codes
appear as themselves; the carve-out, its codes, rules and time limits, the employers, practices, programs,
hospital, billing service, every person, number and address are invented. Reasons are put in the writer's own
words and no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_remittance_three_patients_60_minute_code_for_41_minutes: a landscape remittance on a standard fax to the
  billing service for a group practice, abbreviated captions ABOVE their boxes ("Payee", "Grp NPI", "TIN",
  "Remit Dt", "Pmt #") and columns "Ref/ICN", "Svc Dt(s)", "Amt Billed", "Plan Pd", "Pt Resp": the middle
  patient's 90837 pays 0.00 under C38 whose legend says the note records 41 minutes (coding_error).
- born_digital_eap_two_columns_custody_evaluation_for_court: a two-column EAP letter: a psychologist named only in
  sentences wrote a parenting-time evaluation for a family court, which neither the EAP nor the benefit pays
  (not_covered); billing service invoice, EAP intake call ref., employee no. and sessions used as decoys.
- photocopy_member_eob_counselor_without_agreement: a photocopied member statement of three claims with claim
  totals, the second claim (a counsellor outside the network) refused under Z4 with a legend only
  (out_of_network); "no later than 180 days after the statement date shown above".
- phone_es_hospital_parcial_pagable_como_intensivo: a photographed Spanish letter beside a box of facts: ten partial
  hospitalization days the carve-out says could have been given in an evening intensive program (level_of_care);
  the hospital and psychiatrist only in sentences; deadline as a date.
- rotated_eap_referral_six_sessions_captions_under_boxes: an EAP referral authorizing six sessions, captions UNDER
  the boxes, fed sideways (denies nothing).
- lowres_weekly_therapy_no_longer_needed_180_days_no_anchor: a 150 dpi letter refusing three therapy sessions as no
  longer needed (medical_necessity), the refused amount only in a sentence, "You have 180 days to ask for an
  appeal" with no date to count from (null), a provider call reference, NPI and tax ID as decoys.
- finefax_stack_cover_iop_begun_without_approval_then_late_claim_form_sideways: a fax cover sheet, a letter on an
  evening IOP begun nine days before anyone asked (prior_authorization; weekday-named dates, "by <date>"), then fed
  sideways a provider-copy caption form on a claim the billing service sent after 90 days (timely_filing; "no later
  than 90 calendar days after you receive this notice").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famee import EASheet, ea_date, es_money, last_first, nb, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "behavioral_health_carve_out_eap_therapy_iop_php_claim_denial"
LANG = "en"
SEED = 355004
INS = "Corvane Behavioral Health Partners"
ALT = ["Corvane Behavioral Health", "Corvane", "Corvane EAP"]
MED = "Maplecrest Health Plan"
PLAN = "CBH-740"
GRP_PRACTICE = "Fernbrook Counseling Collective"
BILL = "Pell Street Billing Solutions"
IOP = "Larkspur Hill Recovery Center"
PHP = "Gannett Point Hospital"
OON = "Tidewater Lane Therapy, PLLC"
EVAL = "Brackenfield Psychological Associates"
EMPLOYERS = [("Ostrander Freight Lines", "G-0417730"), ("Whitcombe County Schools", "G-0588214"),
             ("Hallett & Brune Engineering", "G-0362095")]


def address(rng):
    city, st, z = rng.choice([("Rochester", "NY", "146"), ("Akron", "OH", "443"), ("Erie", "PA", "165"),
                              ("Toledo", "OH", "436"), ("Syracuse", "NY", "132"), ("Kalamazoo", "MI", "490")])
    street = rng.choice(["Ashgrove Ter", "Kettle Pond Rd", "N Wabash Ct", "Cobblefield Ln", "Brewster Ave",
                         "Hemlock Hollow Dr"])
    return [f"{rng.randint(100, 9899)} {street}", f"{city}, {st} {z}{rng.randint(10, 99)}"]


def mid(rng):
    return f"CVB{digits(rng, 9)}"


def clm(rng):
    return f"C26{digits(rng, 9)}"


def npi(rng):
    return digits(rng, 10)


def tin(rng):
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: EASheet, rng, unit="Member Services", extra: str | None = None):
    p.logo_head(INS, "CBH", [f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Columbus, OH 43216-{digits(rng, 4)}",
                             extra or f"Behavioral health line {phone(rng)}  |  TTY 711  |  "
                                      f"Your medical plan is {MED}"], size=13)


def faxstd_remit(rng):
    pats = people(rng, 3)
    clins = people(rng, 3)
    creds = ["LICSW", "LPCC", "LMFT"]
    rd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [("90834", 120, 150, False), ("90837", 175, 215, True), ("90847", 150, 185, False)]
    rows, info = [], []
    tot = [0.0, 0.0, 0.0, 0.0]
    for pt, cl, cr, (code, lo, hi, den) in zip(pats, clins, creds, specs):
        d = plus(rd, -rng.randint(10, 30))
        n, m = clm(rng), mid(rng)
        b = amount(rng, lo, hi)
        al = 0.0 if den else round(b * 0.58, 2)
        owe = 0.0 if den else 25.0
        pd = 0.0 if den else round(al - owe, 2)
        vals = [b, al, pd, owe]
        tot = [a + v for a, v in zip(tot, vals)]
        rows.append([n, last_first(pt), m, f"{cl}, {cr}", fdate(d, "short"), code,
                     *[money(v, "nosign") for v in vals], "C38" if den else "P0"])
        info.append((pt, cl, n, m, d, b))
    rows.append(["", "TOTALS", "", "", "", "", *[money(v, "nosign") for v in tot], ""])
    fax = f"{rd.strftime('%m/%d/%Y')} 06:{rng.randint(10, 59)}  CORVANE BH CLAIMS  {phone(rng, '614')}  p{{n}}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payments", f"Provider line {phone(rng)}  |  Fax {phone(rng, '614')}")
    p.title_bar("PROVIDER REMITTANCE SUMMARY", "CBH-RS-1 (rev. 09/25)")
    p.capstrip([("Payee", BILL), ("Group", GRP_PRACTICE), ("Grp NPI", npi(rng)), ("TIN", tin(rng)),
                ("Remit Dt", fdate(rd, "slash")), ("Pmt #", f"EFT{digits(rng, 9)}")],
               [52, 58, 30, 28, 28, 63.4])
    p.ln(3)
    p.table(["Ref/ICN", "Patient", "Mbr ID", "Clinician", "Svc Dt(s)", "CPT", "Amt Billed", "Allowed", "Plan Pd",
             "Pt Resp", "Rmk"], rows, [26, 38, 25, 46, 17, 13, 20, 19, 19, 19, 17.4], size=7.2,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True)
    pt, cl, n, m, d, b = info[1]
    p.para("**Remarks.** P0: paid at the contracted rate less the member's copay. C38: 90837 is for a session of 53 "
           "minutes or more. The progress note sent with this claim records a session of 41 minutes, start to "
           "end. Send a new claim with the code for the time actually given; the member may not be charged for "
           "the difference.", 7.8)
    p.para("Claims must be filed within 90 days of the session. To ask us to reconsider a remark, write within 180 "
           "days of the Remit Dt above, quoting the Ref/ICN.", 7.8)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=cl,
              appeal_deadline=plus(rd, 180).isoformat(), alternates={"insurer": ALT, "provider": [GRP_PRACTICE]})
    return out(p), t


def born_eap(rng):
    member, psych, counselor, sig = people(rng, 4)
    emp, grp = EMPLOYERS[1]
    m = mid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 12))
    ds = [d1, plus(d1, 7), plus(d1, 14)]
    nd = plus(ds[-1], rng.randint(24, 34))
    n = clm(rng)
    bs = [amount(rng, 850, 1100) for _ in ds]
    b = round(sum(bs), 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Employee Assistance Program", f"EAP line, 24 hours {phone(rng, '888')}  |  TTY 711  |  "
                                                 f"For employees of {emp}")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.idstrip([("Member ID", m), ("Grp #", grp), ("Claim no.", n), ("EAP intake call ref.", f"E-{digits(rng, 8)}"),
               ("Employee no.", digits(rng, 6))], 8.4)
    p.heading("About the evaluation Brackenfield Psychological Associates billed", 12)
    p.two_cols(
        [("What we were asked to pay",
          f"Dr. {psych} of {EVAL} asked us to pay for a parenting-time evaluation written for the family court "
          f"hearing your custody matter. The practice's billing service, {BILL}, sent the claim for "
          f"{nb(money(b))} (its invoice PSB-{digits(rng, 5)}). The three visits are listed under these columns."),
         ("Our answer",
          "The EAP pays for short-term counselling that helps you with a problem in your life, and your "
          "behavioral health benefit pays for treatment of a mental health or substance use condition. An "
          "evaluation that a court asks for, to help the judge decide parenting time, is done for the court's "
          "use and not to treat you or your child. Neither the EAP nor the benefit pays for it, so no part of "
          "this claim is paid.")],
        [("Your EAP sessions",
          f"This decision does not use any of your EAP sessions. You have used 2 of the 6 sessions your employer "
          f"gives each year, with {counselor}, LPCC. You can still book the other 4."),
         ("If you disagree",
          "You or someone you choose may appeal within 180 days of the date on this letter. Write to the address "
          "above or call the EAP line. If waiting would harm your health, ask for an urgent appeal; we decide "
          "those within 72 hours. After our appeal you may ask for an external review within 4 months."),
         ("Who signed", f"{sig}, EAP Claims Review")], size=9.2)
    p.table(["Visit date", "Service billed", "Amount billed"],
            [[ea_date(d, "slash"), "Psychological evaluation, court report (96130/96131)", money(bb)]
             for d, bb in zip(ds, bs)] + [["", "Total on the claim", money(b)]],
            [36, 100, 47.9], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=psych, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [EVAL]})
    return out(p), t


def photocopy_eob(rng):
    member, th1, oon, th3 = people(rng, 4)
    emp, grp = EMPLOYERS[0]
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    claims, info = [], []
    specs = [(th1 + ", LPCC", [("90834", "Therapy, 45 min")], False),
             (oon + ", LMFT", [("90791", "First assessment"), ("90837", "Therapy, 60 min")], True),
             (th3 + ", LICSW", [("90834", "Therapy, 45 min")], False)]
    for who, lines_spec, den in specs:
        n = clm(rng)
        d = plus(sd, -rng.randint(20, 40))
        lines, dates = [], []
        for j, (code, desc) in enumerate(lines_spec):
            dd = plus(d, 7 * j)
            dates.append(dd)
            b = amount(rng, 150, 230)
            al = 0.0 if den else round(b * 0.6, 2)
            owe = b if den else 30.0
            pd = 0.0 if den else round(al - 30.0, 2)
            lines.append([fdate(dd, "slash"), f"{code} {desc}", b, al, pd, owe, "Z4" if den else "A1"])
        claims.append({"first": [n, who], "lines": lines})
        info.append((n, who, dates, round(sum(ln[2] for ln in lines), 2)))
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BEHAVIORAL HEALTH BENEFITS", "THIS IS NOT A BILL")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.grid([[("Statement date", fdate(sd, "long")), ("Member ID", m), ("Grp #", grp)],
            [("Plan ID", PLAN), ("Employer", emp), ("Claims processed", f"{fdate(plus(sd, -30), 'slash')} to "
                                                                         f"{fdate(plus(sd, -1), 'slash')}")]],
           size=8.8, cap=6.2, h=10)
    tot = p.claims_table(["Claim #", "Counselor", "Svc Dt", "Service", "Billed", "Allowed", "Plan paid",
                          "You owe", ""], claims, [25, 47, 19, 31, 15, 15, 15, 15, 5.9], size=7.2,
                         sub_label="Claim total", tot_label="TOTALS")
    n, who, dates, b = info[1]
    p.para("**What the codes mean.** A1: paid under your plan after your copay. Z4: Tidewater Lane Therapy has not "
           "signed an agreement with Corvane, and your plan pays only counselors who have, except in an emergency. "
           "The counselor may bill you for these sessions. Our list of counselors near you is on the back of your "
           "card and at the behavioral health line.", 8)
    p.grid([[("Deductible met (2026)", "$350.00 of $500.00"), ("Out-of-pocket met", "$780.00 of $3,000.00")]],
           size=8.6, cap=6.0, h=9.5)
    p.para("**To appeal.** Write to us no later than 180 days after the statement date shown above. Say which claim "
           "and why. Urgent appeals are decided within 72 hours.", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=grp, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat() for d in dates],
              denial_date=sd.isoformat(), provider=oon, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [OON]})
    return out(p), t


def phone_es(rng):
    member, psych, sig = people(rng, 3)
    emp, grp = EMPLOYERS[2]
    m = mid(rng)
    start = dt.date(2026, 4, 6)
    end = dt.date(2026, 4, 17)
    nd = plus(end, rng.randint(20, 30))
    dl = dt.date(2026, 10, 15)
    n = clm(rng)
    rate = float(rng.choice([695, 720, 745]))
    b = round(rate * 10, 2)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "Servicios al Miembro", f"Línea de salud del comportamiento {phone(rng)}  |  TTY 711  |  "
                                          f"Su plan médico es {MED}")
    p.para(ea_date(nd, "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Sobre los días en el programa de hospitalización parcial", 12)
    paras = [
        f"Estimado(a) {member}:",
        f"El {PHP} nos pidió pagar 10 días de su programa de hospitalización parcial, seis horas al día, del "
        f"{nb(ea_date(start, 'es'))} al {nb(ea_date(end, 'es'))}. La factura fue de {nb(es_money(b))} "
        f"({money(rate)} por día). La Dra. {psych}, psiquiatra del hospital, envió sus notas.",
        "Las notas dicen que usted dormía en su casa cada noche, que su familia le acompañaba, que tomaba sus "
        "medicinas y que desde el segundo día no tenía ideas de hacerse daño. Con esas condiciones, la misma "
        "ayuda se puede dar en un programa intensivo por las tardes, tres horas al día, sin pasar el día entero "
        "en el hospital. Por eso no pagaremos estos días como hospitalización parcial.",
        "Si el hospital nos envía la factura como programa intensivo ambulatorio, la revisaremos de nuevo.",
        f"Si no está de acuerdo, envíe su apelación a más tardar el {ea_date(dl, 'es')}. Si su salud corre "
        "peligro, pida una apelación urgente; la decidimos en 72 horas.",
        f"Atentamente,\n{sig}\nRevisión Clínica, {INS}",
    ]
    facts = [("Número de miembro", m), ("Grupo", grp), ("Número de reclamo", n),
             ("Fechas de servicio", f"{ea_date(start, 'es')} a {ea_date(end, 'es')}"),
             ("Total facturado", money(b)), ("Cuenta del hospital", f"GPH-{digits(rng, 7)}"),
             ("Llamada de referencia", f"R{digits(rng, 9)}")]
    p.letter_beside_facts(paras, facts, "Datos de su reclamo", side_w=58, size=9.5)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=grp, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=nd.isoformat(), provider=PHP, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [psych],
                          "service_dates": [[start.isoformat(), end.isoformat()]]})
    return out(p), t


def rotated_eap_auth(rng):
    member, couns, intake = people(rng, 3)
    emp, grp = EMPLOYERS[1]
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(20, 27))
    start, end = dt.date(2026, 4, 1), dt.date(2026, 6, 30)
    auth = f"EAP-A-{digits(rng, 6)}"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Employee Assistance Program", f"EAP line, 24 hours {phone(rng, '888')}  |  TTY 711")
    p.title_bar("EAP REFERRAL  -  SESSIONS AUTHORIZED", "Keep this page. Your counselor has a copy.")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.boxes_below([(ea_date(nd, "upper"), "Date issued"), (m, "Member ID"), (grp, "Grp #"), (auth, "Auth #")],
                  [44, 46, 36, 53.9])
    p.boxes_below([(f"{couns}, LICSW", "Counselor"), (GRP_PRACTICE, "Practice")], [80, 99.9])
    p.boxes_below([("6", "Sessions authorized"), (f"{fdate(start, 'slash')} - {fdate(end, 'slash')}", "Use them"),
                   (f"I-{digits(rng, 8)}", "Intake call ref.")], [40, 80, 59.9])
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Thank you for calling the EAP. {intake}, the intake specialist you spoke with, has set you up with the "
           f"counselor above at {GRP_PRACTICE}. Your employer, {emp}, pays for these sessions in full: you pay "
           "nothing and no claim goes to your medical plan.", 10)
    p.para("Call the practice to book your first session. If you need more help after six sessions, your counselor "
           "will talk with you about your behavioral health benefit.", 10)
    p.para("This is not a bill.", 10)
    t = truth("other", None, insurer=INS, group=grp, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=couns,
              alternates={"insurer": ALT, "provider": [GRP_PRACTICE], "case_numbers": [[]],
                          "service_dates": [[], [start.isoformat(), end.isoformat()]]})
    return out(p), t


def lowres_mednec(rng):
    member, ther, rev, sig = people(rng, 4)
    emp, grp = EMPLOYERS[0]
    m = mid(rng)
    d1 = dt.date(2026, 5, rng.randint(4, 8))
    ds = [d1, plus(d1, 7), plus(d1, 14)]
    nd = plus(ds[-1], rng.randint(18, 26))
    n = clm(rng)
    each = float(rng.choice([155, 165, 172]))
    b = round(each * 3, 2)
    p = EASheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.ln(1)
    p.para(ea_date(nd, "dmonthy"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: Member ID {m}  /  Grp # {grp}  /  Claim {n}  /  Provider call ref. {digits(rng, 4)}-{digits(rng, 5)}",
           9.4)
    p.para(f"Therapist NPI {npi(rng)}  /  Practice tax ID {tin(rng)}", 9.4)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"Your therapist, {ther}, LPCC, at {GRP_PRACTICE}, sent us claims for three sessions. Dates of the "
           f"sessions: {ea_date(ds[0], 'nopad')}, {ea_date(ds[1], 'nopad')} and {ea_date(ds[2], 'nopad')}. "
           f"{rev}, a licensed psychologist who reviews claims for us, read the notes for those sessions and the "
           "eight before them.", 10)
    p.para("The notes describe a short weekly check-in and say your mood scores have been in the normal range since "
           "February, that you are back at work full time and that the worries you came in with no longer keep you "
           "from sleeping. When weekly therapy is no longer changing anything, your plan does not consider it "
           f"needed. We are not paying for these three sessions, billed at {money(each)} each, {money(b)} in all.",
           10)
    p.para("Your therapist may still see you for a check-in once a month; those visits would be reviewed on their "
           "own. Because the practice has an agreement with us, you cannot be billed for these three sessions.", 10)
    p.para("You have 180 days to ask for an appeal. Send it to the address above, or call the behavioral health "
           "line. Urgent appeals are decided within 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nClinical Review, {INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=grp, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=ther, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [GRP_PRACTICE], "appeal_deadline": [plus(nd, 180).isoformat()]})
    return out(p), t


def finefax_stack(rng):
    member, couns, cm, sig = people(rng, 4)
    emp, grp = EMPLOYERS[2]
    m = mid(rng)
    start = dt.date(2026, 3, 2)
    last = dt.date(2026, 3, 10)
    asked = dt.date(2026, 3, 11)
    nd = plus(asked, rng.randint(20, 28))
    dl = dt.date(2026, 9, 30)
    n = clm(rng)
    rate = float(rng.choice([365, 385, 410]))
    days = 7
    b = round(rate * days, 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(ea_date(nd, "wlong"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member ID", m), ("Plan ID", PLAN), ("Claim", n), ("Case manager", cm)], label_w=34, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"{IOP} started you in its evening intensive outpatient program on {ea_date(start, 'wlong')}. The program "
           f"first called us about it on {ea_date(asked, 'wlong')}, nine days later. Its billing service, {BILL}, "
           f"then sent a claim for the {days} program evenings from {ea_date(start, 'long').replace(', 2026', '')} "
           f"through {ea_date(last, 'long')}, at {money(rate)} an evening, {money(b)} in all. Your counselor there "
           f"is {couns}, LADC.", 10)
    p.para("Your plan asks programs to get our yes before an intensive outpatient program begins, so that we can "
           "agree on the number of evenings first. Nobody asked before these evenings, so we are not paying for "
           "them. We have agreed to the evenings from the day the program called; those are not part of this "
           "letter. The program has an agreement with us and may not bill you for the evenings we refused.", 10)
    p.para(f"If you or the program disagree, send an appeal by {ea_date(dl, 'long')}. Urgent appeals are decided "
           "within 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management", 10)
    d_a = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN, member_id=m,
                         member_name=member, cases=[n], claim_amount=m2(b),
                         service_dates=[f"{start.isoformat()}/{last.isoformat()}"], denial_date=nd.isoformat(),
                         provider=IOP, appeal_deadline=dl.isoformat(),
                         alternates={"insurer": ALT, "provider": [couns],
                                     "service_dates": [[start.isoformat(), last.isoformat()]]}))
    member2, clin, sig2 = people(rng, 3)
    emp2, grp2 = EMPLOYERS[0]
    m2_ = mid(rng)
    v = dt.date(2026, 1, rng.randint(12, 23))
    rec = plus(v, 143)
    nd2 = plus(rec, rng.randint(5, 9))
    n2 = clm(rng)
    b2 = amount(rng, 160, 210)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(14, 12, 14)
    q.add_page()
    _head(q, rng, "Provider Claims", f"Provider line {phone(rng)}  |  Fax {phone(rng, '614')}")
    q.title_bar("CLAIM DETERMINATION  -  PROVIDER COPY", "CBH-CD-4")
    q.grid([[("Dt of Notice", ea_date(nd2, "dmy_up")), ("Mbr ID", m2_), ("Grp #", grp2)],
            [("Member", member2), ("Ref/ICN", n2), ("Rcvd", ea_date(rec, "dmy_up"))],
            [("Svc Dt(s)", ea_date(v, "dmy_up")), ("CPT", "90834"), ("Amt Billed", money(b2))],
            [("Rendering", f"{clin}, LPCC"), ("Group", GRP_PRACTICE), ("Billed by", BILL)]],
           size=8.6, cap=6.0, h=10)
    q.para("**Determination.** This claim reached us 143 days after the session. Counselors and practices in our "
           "network agreed to send claims within 90 days of the session. The claim is closed with no payment, "
           "and the member may not be billed for it.", 9)
    q.para("If the claim was sent on time and you have proof (a clearinghouse acceptance report with its date), "
           "send it no later than 90 calendar days after you receive this notice.", 9)
    q.para(f"{sig2}, Provider Claims", 9)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, group=grp2, member_id=m2_,
                         member_name=member2, cases=[n2], claim_amount=m2(b2), service_dates=[v.isoformat()],
                         denial_date=nd2.isoformat(), provider=clin, appeal_deadline=plus(nd2, 90).isoformat(),
                         alternates={"insurer": ALT, "provider": [GRP_PRACTICE], "appeal_deadline": [None]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED * 10 + i)  # noqa: E731
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_patients_60_minute_code_for_41_minutes", "fax_standard_g4",
             [faxstd_remit(r(1))]),
        Item(F + "born_digital_eap_two_columns_custody_evaluation_for_court", "born_digital", [born_eap(r(2))]),
        Item(F + "photocopy_member_eob_counselor_without_agreement", "photocopy", [photocopy_eob(r(3))]),
        Item(F + "phone_es_hospital_parcial_pagable_como_intensivo", "phone_photo", [phone_es(r(4))]),
        Item(F + "rotated_eap_referral_six_sessions_captions_under_boxes", "rotated", [rotated_eap_auth(r(5))]),
        Item(F + "lowres_weekly_therapy_no_longer_needed_180_days_no_anchor", "scan_lowres_150",
             [lowres_mednec(r(6))]),
        Item(F + "finefax_stack_cover_iop_begun_without_approval_then_late_claim_form_sideways", "fax_fine_g4",
             finefax_stack(r(7)), separators=["cover", None], turns={(1, 0): 90}),
    ]
