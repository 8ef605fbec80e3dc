"""An invented behavioral health carve-out company, Wyncote Behavioral Health Management, that runs the mental health
and substance use benefit for the members of an invented health plan (Ledgemere Health Plan): concurrent reviews of
residential stays, pre-service reviews of partial hospitalization, a yearly limit on outpatient therapy visits,
peer-to-peer conversations between the treating clinician and the company's reviewer, out-of-network reimbursement
forms, appeal decisions, and letters to members, parents, facilities and therapists. The company, the plan, the
visit limit, every reason code, form number, time limit, provider, advocate, person, number and address are
invented; phones use 555. CPT and HCPCS codes (90837, 90833, 99214, H0015, 90867) appear as themselves. No heading
names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- finefax_residential_continued_stay_days_refused_day_program_offered: a fine-fax memo to a residential treatment
  centre's review desk: the seven more days asked for ("03/16/26 - 03/22/26", "from March 16 through March 22,
  2026") are not approved because 24-hour care is no longer needed and a day program would do (level_of_care);
  attending and care manager in boxes beside each other; a peer-to-peer call "by 5:00 p.m. on <date>" and a 72-hour
  fast appeal as decoys; the Wyncote ID printed with dashes and an O among its digits beside a facility account
  number; "within 180 days of the date on this letter".
- born_digital_benefit_statement_therapy_visits_past_yearly_limit: a member statement with a paid medication visit
  (decoy claim) and a therapy claim of six weekly sessions ("Tue 04/07/26"), therapist as a column, billed / plan
  discount printed "49.50-" / plan paid / copay / not covered / you owe with a claim totals row; the last three
  sessions are visits 21-23 past the 20-visit yearly limit (not_covered), said only in the legend; the patient is
  a dependent of the subscriber; the employee number is a decoy; "You have until <date>".
- lowres_php_request_for_teen_refused_evening_program_fits: a 150 dpi letter to a parent with odd captions under
  boxes ("Dt", "Pt", "Wyn. ID", "Case ref.", "Prog.", "Req. days" holding "10 (4-15 May 2026)"): the hospital's
  adolescent day program is not approved because the teenager is safe at home and at school and a three-hour evening
  program fits (level_of_care); the psychiatrist only in a sentence; "60 days from the date printed at the top".
- scan_es_carta_reembolso_psiquiatra_fuera_de_red: a Spanish letter with a facts box at the right refusing a
  member's reimbursement form for three visits ("3, 10 y 24 de marzo de 2026") to a psychiatrist outside the
  network of an HMO plan (out_of_network); "US$ 1.050,00 ($1,050.00)"; the practice's account number as a decoy;
  "dentro de los 180 días siguientes a la fecha de esta carta".
- phone_after_peer_to_peer_twelve_sessions_approved: a photographed letter: after the therapist's peer-to-peer call
  the twelve trauma therapy sessions asked for are approved "from May 4 through August 28, 2026" (denies nothing).
- rotated_final_appeal_tms_for_sixteen_year_old_unproven: an appeal decision fed sideways with a hung caption band,
  keeping the refusal of magnetic stimulation treatment for a 16-year-old as unproven at that age (experimental);
  final internal decision, external review "within four months after you receive" (no appeal deadline).
- faxstd_stack_cover_advocate_letter_then_iop_days_after_approval_ran_out_sideways: a fax cover sheet, an advocacy
  project's letter forwarding the notice to the member (its own document: other, no denial; "180 days from its
  date" counted from the notice date it prints), then the two-page notice with short captions left of its boxes
  refusing five intensive outpatient days billed after the program's approval ran out (prior_authorization; ten
  days in a table with "USD" amounts and a totals row), its second page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgf import (ECSheet, address, dname, es_date, es_money, n2, on_weekday, people, span_dash,
                               span_dmy, span_words, trail, usd, workday, yy)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "behavioral_health_carve_out_session_limits_residential_php_reviews_and_peer_to_peer_letters"
LANG = "en"
SEED = 355025
INS = "Wyncote Behavioral Health Management"
ALT = ["Wyncote", "Wyncote Behavioral Health", "Wyncote BHM", "Ledgemere Health Plan"]
PLAN = "Ledgemere Health Plan"
RTC = "Galebrook House Residential Treatment Center"
PHP_HOSP = "Inchmore Hospital"
PHP = "Inchmore Hospital Adolescent Day Treatment Program"
THERAPY = "Hexley Street Counseling Group"
TRAUMA = "Brookhallow Trauma Therapy"
IOP = "Bellhanger Recovery Center"
TMS = "Juniperhall Neuromodulation Clinic"
ADVOCATE = "Three Cedars Mental Health Advocacy Project"


def wid(rng, odd: str | None = None) -> str:
    """The company's member number: WY and eight characters (one may be a letter that looks like a digit)."""
    body = list(digits(rng, 8))
    if odd:
        body[rng.randint(1, 4)] = odd
    return "WY" + "".join(body)


def wid_dash(w: str) -> str:
    return f"{w[:2]}-{w[2:5]}-{w[5:]}"


def wid_space(w: str) -> str:
    return f"{w[:2]} {w[2:5]} {w[5:]}"


def group_no(rng) -> str:
    return f"LX-{digits(rng, 5)}"


def _head(p, rng, unit="Utilization Management", box=None):
    p.head(INS, "WBH", [f"Behavioral health services for members of {PLAN}  |  {unit}",
                        f"1400 Millbrook Pkwy, Suite {rng.randint(200, 690)}, Omaha, NE 68154  |  "
                        f"1-888-555-{digits(rng, 4)}  |  TTY 711  |  Fax (402) 555-{digits(rng, 4)}"],
           box=box, size=12.5)


def finefax_residential(rng):
    member, attending, cm, reviewer, sig = people(rng, 5)
    w = wid(rng, "O")
    grp = group_no(rng)
    case = f"CR-26-{digits(rng, 5)}"
    auth = f"A26-{digits(rng, 4)}-{rng.randint(1, 9)}"
    acct = f"GH{digits(rng, 7)}"
    adm = dt.date(2026, 3, 2)
    last_cov = dt.date(2026, 3, 15)
    a, b = dt.date(2026, 3, 16), dt.date(2026, 3, 22)
    ld = dt.date(2026, 3, 13)
    p2p = dt.date(2026, 3, 17)
    fax = (f"MAR-13-2026 15:{rng.randint(10, 59)}  WYNCOTE BHM UM  (402) 555-{digits(rng, 4)}  ->  GALEBROOK HOUSE UR"
           f"  P.{{n}}/1")
    p = ECSheet(footer=None, footer_left=f"WBH-UM-CS (02/26)", fax_hdr=fax)
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng)
    p.memo([("TO:", f"Utilization Review, {RTC}"), ("FROM:", "Wyncote Utilization Management, adult residential team"),
            ("DATE:", fdate(ld, "long")), ("RE:", f"Continued stay review for {member}")], size=9.4, cap_w=18)
    W = p.w - p.l_margin - p.r_margin
    p.beside([[("Wyncote ID", wid_dash(w)), ("Facility acct #", acct)],
              [("Case ref.", case), ("Auth #", auth)],
              [("Group", grp), ("Admitted", yy(adm))],
              [("Covered thru", yy(last_cov)), ("Days asked", span_dash(a, b))]], cap_w=25, size=8.8)
    p.parties([("Attending psychiatrist", f"Dr. {attending}", "facility attending"),
               ("Wyncote care manager", f"{cm}, LCSW", f"(402) 555-{digits(rng, 4)}")], cap_w=44)
    p.para(f"Your team gave us a clinical update by phone on {fdate(ld, 'long')} and asked for seven more days for "
           f"{member}, {span_words(a, b)}. The days through {fdate(last_cov, 'long')} stay approved. The seven "
           "days asked for are not approved at this facility.", 9.6)
    fn = member.split()[0]
    p.para(f"The update tells us {fn} has been medically stable for more than a week, with no withdrawal symptoms "
           f"since the fourth day. {fn} takes every medicine without being reminded, goes to every group, reports no "
           "thoughts of self-harm, and has a place in a sober living house. Staff around the clock are no longer "
           "needed. A day program, five days a week, with evenings at the sober living house, can give the "
           f"treatment still needed, and {cm} can help arrange it.", 9.6)
    p.para(f"**Talk to our reviewer.** Dr. {attending} may speak with our reviewing psychiatrist, Dr. {reviewer}, "
           f"about this decision. Call (402) 555-{digits(rng, 4)} by 5:00 p.m. Central on {fdate(p2p, 'long')}.", 9.4)
    p.para("**Appeals.** The member, someone the member names, or the facility on the member's behalf may appeal "
           "within 180 days of the date on this letter. If waiting could seriously harm the member's health, ask "
           "for a fast appeal; we answer those within 72 hours. The member may also ask for the criteria we used, "
           "free of charge.", 9.4)
    p.para(f"{sig}, RN, Utilization Management", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=grp, member_id=wid_dash(w), member_name=member,
              cases=[case, auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(),
              provider=RTC, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [w], "case_numbers": [[case], [auth]],
                          "provider": [f"Dr. {attending}"], "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def bd_statement(rng):
    sub, patient, np_, therapist = people(rng, 4)
    patient = f"{patient.split()[0]} {patient.split()[1]} {sub.split()[-1]}"
    w = wid(rng)
    grp = group_no(rng)
    emp = f"E{digits(rng, 6)}"
    sd = workday(dt.date(2026, 5, rng.randint(18, 22)))
    dl = plus(sd, 180)
    c1, c2 = f"26{digits(rng, 3)}-{digits(rng, 5)}-01", f"26{digits(rng, 3)}-{digits(rng, 5)}-02"
    p = ECSheet(footer="Page {n} of {nb}", footer_left="WBH-BS-1 (01/26)  This is not a bill.")
    p.set_margins(12, 13, 12)
    p.add_page()
    _head(p, rng, unit="Claims", box="BENEFIT STATEMENT")
    p.letter_with_ticket([sub, *address(rng)],
                         [(fdate(sd, "abbr"), "statement date"), (wid_space(w), "Wyncote ID"), (grp, "group"),
                          (emp, "employee no. (employer's)"), (patient, "patient"), (sub, "subscriber")], w=86)
    p.para(f"This statement lists behavioral health claims we processed for {patient} under your {PLAN} "
           "coverage. Keep it for your records.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    # claim 1: medication visit, paid
    d1 = dt.date(2026, 4, rng.randint(1, 10))
    b1 = [(f"{dname(d1)}/26", "99214", "med visit", 210.00), (f"{dname(d1)}/26", "90833", "add-on therapy", 95.00)]
    rows, tot = [], [0.0] * 6
    for dd, code, desc, bill in b1:
        allowed = round(bill * 0.62, 2)
        vals = [bill, round(bill - allowed, 2), round(allowed - (15.0 if code == "99214" else 0.0), 2),
                15.0 if code == "99214" else 0.0, 0.0, 15.0 if code == "99214" else 0.0]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([dd, code, desc, np_ + ", PMHNP", "", n2(vals[0]), trail(vals[1]), n2(vals[2]), n2(vals[3]),
                     n2(vals[4]), n2(vals[5]), ""])
    p.f(9.2, "B")
    p.cell(0, 5, f"Claim {c1}   Sycamore Row Psychiatry", new_x="LMARGIN", new_y="NEXT")
    widths = [19, 11, 23, 43, 9, 13, 14, 13, 11, 13, 12, W - 181]
    head = ["Date", "Code", "Service", "Clinician", "Visit", "Billed", "Plan discount", "Plan paid", "Copay",
            "Not covered", "You owe", "Note"]
    aligns = ["L", "L", "L", "L", "C"] + ["R"] * 6 + ["C"]
    p.ledger(head, rows, widths, aligns=aligns, size=7.2,
             totals=["Claim total", "", "", "", "", n2(tot[0]), trail(tot[1]), n2(tot[2]), n2(tot[3]), n2(tot[4]),
                     n2(tot[5]), ""])
    # claim 2: weekly therapy; visits 21-23 over the limit
    first = on_weekday(dt.date(2026, 4, 7), 1)
    dates = [plus(first, 7 * i) for i in range(6)]
    rows, tot, denied = [], [0.0] * 6, []
    for i, d in enumerate(dates):
        bill = 185.00
        visit = 18 + i
        if visit <= 20:
            allowed = 135.50
            vals = [bill, round(bill - allowed, 2), round(allowed - 20.0, 2), 20.0, 0.0, 20.0]
            note = ""
        else:
            vals = [bill, 0.0, 0.0, 0.0, bill, bill]
            note = "L20"
            denied.append(d)
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([f"{dname(d)}/26", "90837", "psychotherapy 60", therapist + ", LPC", str(visit), n2(vals[0]),
                     trail(vals[1]) if vals[1] else "0.00", n2(vals[2]), n2(vals[3]), n2(vals[4]), n2(vals[5]),
                     note])
    p.f(9.2, "B")
    p.cell(0, 5, f"Claim {c2}   {THERAPY}", new_x="LMARGIN", new_y="NEXT")
    p.ledger(head, rows, widths, aligns=aligns, size=7.2,
             totals=["Claim total", "", "", "", "", n2(tot[0]), trail(tot[1]), n2(tot[2]), n2(tot[3]), n2(tot[4]),
                     n2(tot[5]), ""])
    p.para("**Note L20.** Your plan pays for up to 20 outpatient therapy visits with a therapist each calendar year "
           "(individual, family and group visits count together). The visits marked L20 were the 21st, 22nd and "
           "23rd this year, so nothing was paid for them. Visits with a psychiatrist or nurse practitioner for "
           "medicines are not counted.", 8.8)
    p.para(f"You have until {fdate(dl, 'long')} to ask us to look at these claims again. Call the number at the top or "
           "write to Wyncote Appeals at the address above. You can also ask for the documents we used, free of "
           "charge.", 8.8)
    t = truth("eob", "not_covered", insurer=INS, group=grp, member_id=w, member_name=patient, cases=[c2],
              claim_amount=m2(tot[0]), service_dates=[d.isoformat() for d in denied], denial_date=sd.isoformat(),
              provider=therapist, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [THERAPY], "claim_amount": [m2(tot[4])]},
              denial_alternates=["other"])
    return out(p), t


def lowres_php(rng):
    teen, parent, psych, reviewer = people(rng, 4)
    teen = f"{teen.split()[0]} {teen.split()[1]} {parent.split()[-1]}"
    w = wid(rng, "S")
    grp = group_no(rng)
    case = f"CR-26-{digits(rng, 5)}"
    rq = dt.date(2026, 4, 28)
    ld = dt.date(2026, 4, 30)
    a, b = dt.date(2026, 5, 4), dt.date(2026, 5, 15)
    p = ECSheet(footer="Page {n} of {nb}", footer_left="WBH-UM-PS (02/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Child and Adolescent Reviews")
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", fdate(ld, "slash"), 30, "B"), ("Pt", teen, 56, "B"), ("Wyn. ID", w, 40, "B"),
                ("Case ref.", case, W - 126, "B")], cap=6.2)
    p.capcells([("Prog.", PHP, 96, "B"), ("Req. days", f"10 ({span_dmy(a, b)})", 42, "B"),
                ("Grp", grp, W - 138, "B")], cap=6.2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"On {fdate(rq, 'long')}, Dr. {psych} at {PHP_HOSP} asked us to approve ten days in the hospital's "
           f"adolescent day treatment program for {teen}, {span_words(a, b)}. The program runs six hours a day, "
           "five days a week. We are not approving these program days.", 10)
    tn = teen.split()[0]
    p.para(f"Here is why. {tn} has been going to school for half days and has stayed safe at home for the past "
           f"month. {tn}'s mood scores have gone from 21 to 12 since March, sleep is back to normal, and you keep and "
           f"hand out the medicines. Six hours of treatment every day is more than {tn} needs. The hospital's "
           f"evening program, three hours on three afternoons a week after school, fits what {tn} needs now, and we "
           "would approve it if the hospital asks.", 10)
    p.para(f"This decision was made by Dr. {reviewer}, a child and adolescent psychiatrist. You may ask for an appeal "
           "within 60 days from the date printed at the top of this letter. Dr. "
           f"{psych.split()[-1]} may also ask to talk with Dr. {reviewer.split()[-1]} before then.", 10)
    p.para("Sincerely,\nWyncote Child and Adolescent Reviews", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=grp, member_id=w, member_name=teen, cases=[case],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(), provider=PHP_HOSP,
              appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PHP, f"Dr. {psych}"],
                          "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def scan_es_oon(rng):
    member, psych, sig = people(rng, 3, es=True)
    w = wid(rng, "B")
    grp = group_no(rng)
    rb = f"RB-26-{digits(rng, 6)}"
    acct = f"CPS-{digits(rng, 5)}"
    recv = dt.date(2026, 4, rng.randint(6, 10))
    ld = workday(plus(recv, rng.randint(9, 14)))
    visits = [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 24)]
    fee = 350.00
    total = fee * 3
    practice = "Consultorio Psiquiátrico del Parque"
    p = ECSheet(footer="Página {n} de {nb}", footer_left="WBH-RB-SP (01/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Reembolsos a miembros")
    p.line(es_date(ld), 10)
    p.ln(2)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.facts_right([("Miembro", member), ("Wyncote ID", w), ("Plan", "Ledgemere Enlace HMO"), ("Grupo", grp),
                   ("Solicitud de reembolso", rb), ("Recibida", es_date(recv)),
                   ("N.º de cuenta del consultorio", acct)],
                  [f"Estimado(a) {member}:",
                   f"Recibimos su formulario de reembolso con los recibos de tres consultas con {psych}, "
                   f"psiquiatra de {practice}, los días 3, 10 y 24 de marzo de 2026. Usted pagó "
                   f"{es_money(total)} ({money(total)}) en total.",
                   "No podemos reembolsarle estas consultas. Su plan Enlace HMO paga solamente la atención de "
                   "profesionales que forman parte de la red de Wyncote, salvo en una emergencia o cuando Wyncote "
                   "aprueba por escrito, antes de la cita, que usted vea a alguien fuera de la red. Este consultorio "
                   "no forma parte de la red, y no encontramos una aprobación así."],
                  side_w=64, size=9.6, title="Datos de su solicitud")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Servicio", "Profesional", "Pagado por usted", "Reembolso"],
            [[v.strftime("%m/%d/%Y"), "99214 consulta de seguimiento", psych, es_money(fee), "0,00"]
             for v in visits] + [["Total", "", "", es_money(total), "0,00"]],
            [26, 54, 46, 30, W - 156], size=8.4, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Hay psiquiatras de la red que atienden en español cerca de usted; llámenos y le ayudamos a hacer una "
           "cita.", 9.8)
    p.para("Si no está de acuerdo, puede apelar. Envíenos su apelación por escrito dentro de los 180 días "
           "siguientes a la fecha de esta carta. Puede pedir sin costo copias de los documentos que usamos.", 9.8)
    p.para(f"Atentamente,\n{sig}\nReembolsos a miembros, Wyncote", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=grp, member_id=w, member_name=member, cases=[rb],
              claim_amount=m2(total), service_dates=[v.isoformat() for v in visits], denial_date=ld.isoformat(),
              provider=psych, appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [practice], "plan_id": ["Ledgemere Enlace HMO"]})
    return out(p), t


def phone_approval(rng):
    member, therapist, reviewer, sig = people(rng, 4)
    w = wid(rng)
    grp = group_no(rng)
    auth = f"A26-{digits(rng, 4)}-{rng.randint(1, 9)}"
    case = f"CR-26-{digits(rng, 5)}"
    rq = dt.date(2026, 4, 20)
    p2p = dt.date(2026, 4, 23)
    ld = dt.date(2026, 4, 24)
    a, b = dt.date(2026, 5, 4), dt.date(2026, 8, 28)
    p = ECSheet(footer="Page {n} of {nb}", footer_left="WBH-UM-AP (02/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Outpatient Reviews")
    p.letter_with_ticket([member, *address(rng)],
                         [(fdate(ld, "long"), "date"), (w, "Wyncote ID"), (grp, "group"), (auth, "authorization"),
                          (case, "case ref."), ("12 x 90837", "sessions approved"), (span_dash(a, b), "valid")],
                         w=80)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(rq, 'long')} your therapist, {therapist}, LCSW, of {TRAUMA}, asked us to approve twelve more "
           "sessions of trauma-focused therapy for you. The first reviewer could not tell from the notes how much "
           "progress the earlier sessions had made.", 10)
    p.para(f"On {p2p.strftime('%A, %B %-d')}, {therapist.split()[0]} talked with our reviewing psychologist, Dr. "
           f"{reviewer}, and walked through your symptom scores and the goals still open. After that conversation "
           f"we approved the request: twelve 60-minute sessions {span_words(a, b)}.", 10)
    p.para("You do not need to do anything. Your usual copay applies to each session. If you need more sessions "
           "after August, your therapist can ask again before the last approved one.", 10)
    p.para(f"Sincerely,\n{sig}\nOutpatient Reviews\ncc: {therapist}, LCSW", 10)
    t = truth("other", None, insurer=INS, group=grp, member_id=w, member_name=member, cases=[auth, case],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(), provider=therapist,
              alternates={"insurer": ALT, "provider": [TRAUMA], "case_numbers": [[auth], [case]],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def rotated_tms(rng):
    teen, parent, psych, reviewer, sig = people(rng, 5)
    teen = f"{teen.split()[0]} {teen.split()[1]} {parent.split()[-1]}"
    w = wid(rng, "Z")
    grp = group_no(rng)
    appeal = f"AP-26-{digits(rng, 5)}"
    case = f"CR-26-{digits(rng, 5)}"
    first_dec = dt.date(2026, 4, rng.randint(6, 10))
    dd = dt.date(2026, 5, rng.randint(18, 22))
    a, b = dt.date(2026, 6, 1), dt.date(2026, 7, 17)
    p = ECSheet(footer="Page {n} of {nb}", footer_left="WBH-AP-F (02/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Appeals", box="APPEAL DECISION")
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(fdate(dd, "slash"), "Decision date", 30), (appeal, "Appeal no.", 34), (case, "First review", 34),
            (teen, "Member", 48), (wid_dash(w), "Wyncote ID", W - 146)])
    p.hung([(grp, "Group", 30), ("Ledgemere Select PPO", "Plan", 50), (parent, "Parent / appellant", W - 80)])
    p.hung([(TMS, "Requested by", 82), ("90867 / 90868", "Codes", 30),
            (f"{a.strftime('%m/%d/%Y')} to {b.strftime('%m/%d/%Y')}", "Sessions asked (up to 36)", W - 112)])
    p.para(f"Dear {parent}:", 10)
    p.para(f"You appealed our decision of {fdate(first_dec, 'long')} about magnetic stimulation treatment (TMS) for "
           f"{teen}, age 16. Dr. {psych} of {TMS} asked for up to 36 sessions, five mornings a week, from "
           f"{fdate(a, 'long')} to {fdate(b, 'long')}, for depression that has not lifted with two medicines and "
           "weekly therapy.", 10)
    p.para(f"Dr. {reviewer}, a child and adolescent psychiatrist who had no part in the first decision, read the "
           "clinic's records, your letter and the school counselor's note. The decision stays the same. Nearly all "
           "of the research on this treatment was done in adults. The studies in teenagers are few and small, and "
           "they do not yet show that it works or how safe it is at 16. Our coverage policy treats it as "
           "unproven for members under 18, and we found nothing in the records that changes that.", 10)
    p.para("This was the last appeal inside Wyncote. You may ask for an external review by an independent review "
           "organization within four months after you receive this letter; the enclosed form explains how. You may "
           "also ask for the policy and every document we used, free of charge.", 10)
    p.para(f"Sincerely,\n{sig}\nWyncote Appeals", 10)
    t = truth("denial_letter", "experimental", insurer=INS, group=grp, member_id=wid_dash(w), member_name=teen,
              cases=[appeal, case], service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=dd.isoformat(),
              provider=TMS, appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [w], "provider": [f"Dr. {psych}"],
                          "case_numbers": [[appeal]], "service_dates": [[a.isoformat(), b.isoformat()]],
                          "plan_id": ["Ledgemere Select PPO"]})
    return out(p), t


def faxstd_stack(rng):
    member, advocate, counselor = people(rng, 3)
    w = wid(rng, "I")
    grp = group_no(rng)
    clm = f"26{digits(rng, 3)}-{digits(rng, 5)}-03"
    nd = dt.date(2026, 4, 30)
    adv_d = dt.date(2026, 5, 7)
    paid = [dt.date(2026, 4, d) for d in (13, 14, 15, 16, 17)]
    refused = [dt.date(2026, 4, d) for d in (20, 21, 22, 23, 24)]
    auth_end = dt.date(2026, 4, 17)
    # the advocate's letter
    c = ECSheet(footer=None, serif=True)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.f(13, "B")
    c.cell(0, 7, ADVOCATE, align="C", new_x="LMARGIN", new_y="NEXT")
    c.f(8.2)
    c.cell(0, 4, f"{rng.randint(100, 899)} Commercial St, Room 4  |  Lincoln, NE 68508  |  (402) 555-{digits(rng, 4)}",
           align="C", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(adv_d, "long"), 10)
    c.ln(3)
    maddr = address(rng)
    for ln in [member, *maddr]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"Re: Wyncote notice dated {fdate(nd, 'long')}, claim {clm}", 10)
    c.para(f"Dear {member.split()[0]}:", 10)
    c.para(f"Thank you for bringing us the notice Wyncote Behavioral Health Management sent you about your intensive "
           f"outpatient program at {IOP}. A copy is attached so you have it with this letter.", 10)
    c.para(f"In short: Wyncote paid the program days through {fdate(auth_end, 'long')} and refused the five days "
           f"{span_words(refused[0], refused[-1])}. Its reason is that the program's approval ran out on April 17 "
           f"and {IOP} did not ask Wyncote for more days before it gave them. That is a problem between the program "
           "and Wyncote; under your plan the program should not bill you for those days.", 10)
    c.para("Wyncote's notice says you may appeal within 180 days of the notice date. We would like to ask the "
           "program to send "
           "Wyncote a late request for review first, and to file your appeal with you if that does not work. Please "
           "call me to set up a time.", 10)
    c.para(f"Sincerely,\n{advocate}\nPeer Advocate", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=member, cases=[clm],
                         service_dates=[f"{refused[0].isoformat()}/{refused[-1].isoformat()}"],
                         denial_date=adv_d.isoformat(), provider=IOP, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": [INS], "service_dates": [[d.isoformat() for d in refused],
                                                                         [refused[0].isoformat(),
                                                                          refused[-1].isoformat()]],
                                     "appeal_deadline": [None], "denial_date": [nd.isoformat()]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the notice
    p = ECSheet(footer="Page {n} of {nb}", footer_left="WBH-CL-N (02/26)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, unit="Claims")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ntc dt", fdate(nd, "slash"), 46, "L"), ("Wyn ID", w, 52, "L"), ("Clm", clm, W - 98, "L")],
               cap=6.4)
    p.capcells([("Mbr", member, 62, "L"), ("Grp", grp, 36, "L"), ("Prov", IOP, W - 98, "L")], cap=6.4)
    for ln in [member, *maddr]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"We processed the claim {IOP} sent for your intensive outpatient program days in April 2026. Each day "
           "is a three-hour program billed as H0015.", 9.8)
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for d in paid + refused:
        bill = 275.00
        if d in paid:
            allowed = 214.00
            vals = [bill, allowed, round(allowed - 30.0, 2), 30.0]
            status = "paid"
        else:
            vals = [bill, 0.0, 0.0, 0.0]
            status = "not approved"
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([d.isoformat(), "H0015", usd(vals[0]), usd(vals[1]), usd(vals[2]), usd(vals[3]), status])
    rows.append(["Total", "", usd(tot[0]), usd(tot[1]), usd(tot[2]), usd(tot[3]), ""])
    p.table(["Day", "Code", "Billed", "Allowed", "Plan paid", "Your copay", "Status"], rows,
            [24, 16, 27, 27, 27, 25, W - 146], size=8.0, aligns=["L", "L", "R", "R", "R", "R", "L"],
            bold_last=True, row_h=5.0)
    refused_sum = round(275.00 * len(refused), 2)
    p.para(f"The program's approval covered days through {fdate(auth_end, 'long')}. The days marked \"not approved\" "
           "came after that, and the program did not ask us to approve more days before it gave them. We could not "
           f"pay those five days, {usd(refused_sum)} in all. Because the program did not get the approval it needed, "
           "it may not bill you for them.", 9.8)
    p.add_page()
    p.bar("If you disagree")
    p.para("You, or someone you name in writing, may appeal no later than 180 days after the notice date shown "
           "above. Write to Wyncote Appeals, 1400 Millbrook Pkwy, Omaha, NE 68154, or call the number at the top. "
           "Tell us why you think the days should be paid and send any papers that help. A provider may ask for a "
           "late review of the days on your behalf.", 9.6)
    p.para("If your health could be seriously harmed by waiting, ask for a fast appeal; we decide fast appeals "
           "within 72 hours. After our final decision you may ask for an independent external review within four "
           "months.", 9.6)
    p.bar("Other help")
    p.para("You may ask for copies of the documents, records and criteria used for this claim, free of charge. "
           "Wyncote does not treat people differently because of race, color, national origin, age, disability or "
           "sex. Language help is free: call the number at the top.", 9.0)
    p.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
           "Llame al número que aparece arriba.", 8.2)
    d_b = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, group=grp, member_id=w,
                         member_name=member, cases=[clm], claim_amount=m2(tot[0]),
                         service_dates=[d.isoformat() for d in refused], denial_date=nd.isoformat(), provider=IOP,
                         appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "claim_amount": [m2(refused_sum)],
                                     "service_dates": [[f"{refused[0].isoformat()}/{refused[-1].isoformat()}"]]},
                         denial_alternates=["other"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "finefax_residential_continued_stay_days_refused_day_program_offered", "fax_fine_g4",
             [finefax_residential(rng)]),
        Item(F + "born_digital_benefit_statement_therapy_visits_past_yearly_limit", "born_digital",
             [bd_statement(rng)]),
        Item(F + "lowres_php_request_for_teen_refused_evening_program_fits", "scan_lowres_150", [lowres_php(rng)]),
        Item(F + "scan_es_carta_reembolso_psiquiatra_fuera_de_red", "scan_clean_300", [scan_es_oon(rng)]),
        Item(F + "phone_after_peer_to_peer_twelve_sessions_approved", "phone_photo", [phone_approval(rng)]),
        Item(F + "rotated_final_appeal_tms_for_sixteen_year_old_unproven", "rotated", [rotated_tms(rng)]),
        Item(F + "faxstd_stack_cover_advocate_letter_then_iop_days_after_approval_ran_out_sideways",
             "fax_standard_g4", faxstd_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
