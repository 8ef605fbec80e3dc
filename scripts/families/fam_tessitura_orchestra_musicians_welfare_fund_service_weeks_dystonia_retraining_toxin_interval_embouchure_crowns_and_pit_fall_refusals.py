"""An invented welfare fund for symphony and opera orchestra musicians and their families: the Tessitura Symphony &
Opera Musicians Welfare Fund, run by a board of trustees and administered by Fermata Benefit Administrators, LLC,
whose name the Fund prints in small lower-case type under its own. Invented rules: a musician earns coverage for a
half year when the orchestras report at least 12 service weeks in the season before it (January 1 - May 31 earns
July 1 - December 31; a week with three or more rehearsals or performances counts); Plan A covers full-season players, Plan B
per-service and substitute players; musculoskeletal therapy (physical, occupational and hand therapy) is covered up to
40 visits a year, but lessons in movement or performance technique (Alexander Technique, Feldenkrais, Body Mapping) are
education and not covered; botulinum toxin injections for focal dystonia are covered no more often than every 12
weeks, while sensorimotor retraining programs for focal dystonia are investigational; instrument-related dental work
for wind and brass players over $500 needs the Fund's predetermination first; care outside the Fund's Cantilena PPO
network is not paid unless it is an emergency or no network provider is within 30 miles; an injury at work for an
orchestra that carries workers' compensation is paid by that insurance first. Every fund, orchestra, company,
clinic, hospital, person, number, address, code of the Fund and time limit is invented; phones use 555; CPT, CDT and
HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- bd_family_statement_alexander_technique_code_x7_side_column_legend: the Fund's statement (its name
  with the lower-case administrator line under it) for a violist, his wife and their son: five claims on four dates,
  the Alexander Technique line of one physical therapy claim paying 0.00 under X7, explained only in the two-column
  legend on page 2; a side column (member box, your season at a glance, questions) beside the table.
- faxstd_stack_union_transmittal_dystonia_retraining_upside_down_appeal_received: the union local's
  fax transmittal, the Fund's two-page letter refusing a sensorimotor retraining program for an oboist's focal
  dystonia as investigational (page 2 upside down), and the Fund's acknowledgement of her appeal (denies nothing).
- scan300_hornist_ten_of_twelve_weeks_table_carried: a per-service hornist's shoulder MRI refused because the
  spring season's reports showed 10 of the 12 service weeks; the weekly report table breaks across the pages with
  carried-forward totals of contributions.
- photocopy_es_coronas_trompetista_sin_predeterminacion: Spanish: a trumpeter's two crowns done
  without the Fund's predetermination, prose beside a left side rail.
- phone_harpist_hand_therapy_outside_network: a harpist's six hand therapy visits at a clinic outside the
  network (network clinics within 5 miles).
- rotated_two_pages_timpanist_pit_riser_fall_comp_first: a timpanist's emergency visit after a fall from the
  pit riser at an opera rehearsal; the opera company's workers' compensation carrier pays first.
- lowres_neurology_notice_toxin_seven_weeks_after_last: a provider notice refusing botulinum toxin
  injections given seven weeks after the last ones (the Fund's criteria: at least 12 weeks).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_famme import (EMSheet, abbr, dd_mon, digits, dmy_long, dotted, es_date, fresh, iso, last_first,
                               long, n2, ordinal_date, parts, people, phone, plus, slash, tollfree, transmittal,
                               usd, usd_es, with_last, yy)
from public_kit import m2, out, truth

FAMILY = ("tessitura_orchestra_musicians_welfare_fund_service_weeks_dystonia_retraining_toxin_interval_embouchure_"
          "crowns_and_pit_fall_refusals")
LANG = "en"
SEED = 355124

FUND = "Tessitura Symphony & Opera Musicians Welfare Fund"
FUND_ALT = ["Tessitura Symphony and Opera Musicians Welfare Fund", "Tessitura Musicians Welfare Fund",
            "Tessitura Welfare Fund", "Tessitura Fund", "Tessitura"]
ADMIN = "Fermata Benefit Administrators, LLC"
ADMIN_ALT = ["Fermata Benefit Administrators", "Fermata"]
FUND_ADDR = "Fund Office, 2200 Conservatory Way, Suite 410, Corlan Falls, OR 97361"
CVSO, EOC, SCO = "Corlan Valley Symphony Orchestra", "Eastwold Opera Company", "Stanway Chamber Orchestra"
G_CVSO, G_EOC, G_PS = "EMP-014", "EMP-022", "PS-40"
PLAN_A, PLAN_B = "TSW-A", "TSW-B"
NETWORK = "Cantilena PPO"


def pid(rng) -> str:
    return f"TS{digits(rng, 7)}"


def claim_no(rng, d: dt.date) -> str:
    return f"{d.strftime('%y%m')}-{digits(rng, 7)}"


def fund_head(p: EMSheet, rng, right=None, es=False):
    p.admin_mark(FUND, f"{'administrado por' if es else 'administered by'} {ADMIN}",
                 [f"{FUND_ADDR}  |  {'Servicios al participante' if es else 'Participant services'} "
                  f"{tollfree(rng, '888')}  |  TTY 711"], right=right)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    """Family statement: the Alexander Technique line of the violist's PT claim refused (code X7, legend p. 2)."""
    viol, = people(rng, 1, sexes="M")
    last = parts(viol)[2]
    wife = with_last(people(rng, 1, sexes="F")[0], last)
    son = with_last(people(rng, 1, sexes="M")[0], last)
    pt_nm, = people(rng, 1, sexes="F")
    num = pid(rng)
    sd = dt.date(2026, 5, 8)
    d_w, d_v, d_s, d_v2 = dt.date(2026, 4, 2), dt.date(2026, 4, 9), dt.date(2026, 4, 14), dt.date(2026, 4, 23)
    c_w, c_v, c_s, c_v2 = claim_no(rng, d_w), claim_no(rng, d_v), claim_no(rng, d_s), claim_no(rng, d_v2)
    pt = "Allegro Physical Therapy & Performing Arts Rehab"
    fm = "Quaymoor Family Medicine"
    ped = "Corlan Falls Pediatrics"
    w_lines = [("99213", "Office visit", 165.00, 112.00, "P3")]
    v_lines = [("97161", "PT evaluation", 185.00, 185.00, "P0"), ("97140", "Manual therapy x2", 110.00, 110.00, "P0"),
               ("97799", "Alexander Technique session", 95.00, 0.00, "X7")]
    s_lines = [("99393", "Well child visit", 210.00, 210.00, "P1")]
    v2_lines = [("97140", "Manual therapy x2", 110.00, 110.00, "P0"), ("97110", "Therapeutic exercise", 60.00, 60.00,
                                                                    "P0")]
    v_tot = sum(x[2] for x in v_lines)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"Statement {slash(sd)}  |  {num}  |  THIS IS NOT A BILL")
    p.add_page()
    fund_head(p, rng, right=["BENEFIT STATEMENT", f"Statement date {long(sd)}", "This is not a bill"])
    W = p.w - p.l_margin - p.r_margin
    p.form_grid([[(viol, "Participant", 0.32), (num, "Participant ID", 0.2), (G_CVSO, "Employer group", 0.16),
                  (PLAN_A, "Plan", 0.12), (slash(sd), "Statement date", 0.2)]], size=8.6, cap=5.0, num=False)
    for ln in [viol.upper(), "31 Bassoon Alley", "Corlan Falls, OR 97362"]:
        p.line(ln, 9.4)
    p.ln(3)
    rows, bold = [], set()
    for c, pat, pid_, prov, lines, d in ((c_w, wife, f"{num}-01", fm, w_lines, d_w),
                                         (c_v, viol, num, pt, v_lines, d_v),
                                         (c_s, son, f"{num}-02", ped, s_lines, d_s),
                                         (c_v2, viol, num, pt, v2_lines, d_v2)):
        rows.append(f"{pat}  ·  {pid_}  ·  Claim {c}")
        rows.append(f"{prov}")
        for code, desc, b, pd, note in lines:
            rows.append([yy(d), desc, code, n2(b), n2(pd), note])
        bold.add(len(rows))
        rows.append(["", "Claim total", "", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)), ""])
    allx = w_lines + v_lines + s_lines + v2_lines
    p.table_side(["Date", "Service", "Code", "Billed", "Fund paid", "Note"], rows, [15, 46, 13, 17, 17, 12],
                 ["L", "L", "L", "R", "R", "C"],
                 [("Member box", [("Participant", viol), ("ID", num), ("Spouse", f"{num}-01"), ("Son", f"{num}-02"),
                                  ("Group", G_CVSO)]),
                  ("Your season at a glance", [("Service weeks, spring 2026", "17 of 12"),
                                               ("Covered through", "12/31/2026"),
                                               ("Therapy visits used", "9 of 40"),
                                               ("Deductible met", "$300.00 of $300.00")]),
                  ("Questions?", f"Call {tollfree(rng, '888')}, weekdays 8:30 to 5. On concert days we answer until "
                                 "6 p.m.")],
                 side_w=52, size=7.3, row_h=4.8, bold_rows=bold)
    p.money_box("This statement", [("Billed by providers", usd(sum(x[2] for x in allx))),
                                   ("Fund paid", usd(sum(x[3] for x in allx))),
                                   ("You may owe providers", usd(sum(x[2] - x[3] for x in allx)))], w=92)
    p.add_page()
    p.legend_two("What the codes in the Note column mean", [
        ("P0", "Paid in full at the Cantilena PPO network rate."),
        ("P1", "Preventive care: paid in full, no deductible."),
        ("P3", "Paid at 80% of the allowed amount after the deductible; the rest is your share."),
        ("X7", "Lessons in movement or performance technique, such as Alexander Technique, Feldenkrais or Body "
               "Mapping, are education and not medical treatment. They are not covered, even when a therapist "
               "gives them during a covered visit."),
        ("W2", "Injury at work: the orchestra's workers' compensation insurance pays first."),
        ("S5", "Not enough service weeks were reported for the season to earn coverage on this date."),
        ("N4", "Care outside the Cantilena PPO network is not covered except in an emergency."),
        ("D9", "Instrument-related dental work over $500 needs the Fund's predetermination first."),
    ], note="A code applies only to the line it is printed on.")
    p.heading("Questions about this statement or a decision", 10)
    p.para("You may appeal any decision on this statement to the Board of Trustees. Send your written appeal within "
           f"180 days of the date of this statement to the Appeals Committee, {FUND_ADDR}. Tell us the claim number, "
           "the line, and why you disagree, and send any records that help. You may ask for free copies of the plan "
           "rules and records used.", 8.8)
    p.para("Example: for a visit allowed at $100.00 after the deductible, the Fund pays $80.00 and your share is "
           "$20.00. Contribution rate for the spring 2026 season: $118.00 per service week.", 8.2)
    p.nondiscrim(FUND, tollfree(rng, "888"))
    t = truth("eob", "not_covered", insurer=FUND, plan_id=PLAN_A, group=G_CVSO, member_id=num, member_name=viol,
              cases=[c_v], claim_amount=m2(v_tot), service_dates=[iso(d_v)], denial_date=iso(sd), provider=pt,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT, "claim_amount": ["95.00"], "provider": [pt_nm]})
    return out(p), t


def faxstd_stack(rng):
    """Union local transmittal; the retraining program refused as investigational (p. 2 upside down); appeal
    acknowledgement."""
    oboe, = people(rng, 1, sexes="F")
    ot_nm, neuro_nm, rep, rev = people(rng, 4, sexes="FMMF")
    num = pid(rng)
    req = f"PR-26-{digits(rng, 5)}"
    old_req = f"PR-25-{digits(rng, 5)}"
    start = dt.date(2026, 4, 6)
    ld = dt.date(2026, 3, 18)
    recd = dt.date(2026, 4, 20)
    ack = dt.date(2026, 4, 24)
    appeal = f"AP-26-{digits(rng, 4)}"
    cad = "Cadenza Performing Arts Medicine Center"
    addr = [oboe, "9 Reedmaker Court", "Corlan Falls, OR 97363"]
    cover = transmittal("Corlan Valley Musicians' Association, Local 218",
                        ["Member Assistance Desk", f"14 Union Hall Place, Corlan Falls, OR 97362  |  {phone(rng, '503')}"],
                        [("To", "Patient Accounts, Cadenza Center"), ("Fax", phone(rng, "503")), ("From", f"{rep}, member rep"),
                         ("Date", yy(dt.date(2026, 4, 27))), ("Pages", "4 with cover"),
                         ("Re", f"{first_last_of(oboe)} - Fund decision and appeal")],
                        [(False, "Urgent"), (True, "For your file"), (True, "Please call"), (False, "Original by mail")],
                        ["As we discussed, here are the Fund's decision on the retraining program and its letter "
                         "saying it has the appeal. Please hold her account until the Appeals Committee decides."],
                        title="FAX")
    # --- doc 1: sensorimotor retraining program refused as investigational
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"TSW-UM-3  |  Request {req}")
    p.add_page()
    fund_head(p, rng, right=["Prior approval decision", long(ld)])
    for ln in addr:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(oboe, "Participant", 0.32), (num, "Participant ID", 0.22), (G_EOC, "Employer group", 0.2),
                  (PLAN_A, "Plan", 0.26)],
                 [(req, "Request number", 0.32), (cad, "Requested by", 0.48), (slash(start), "Planned start", 0.2)]],
                size=8.6, cap=5.0)
    p.line(f"Dear Ms. {parts(oboe)[2]}:", 10)
    p.ln(2)
    p.para(f"{cad} asked the Fund to approve a sensorimotor retraining program for the focal dystonia of your right "
           f"hand: 16 sessions over eight weeks with {ot_nm}, OTR/L, beginning {long(start)}, billed as "
           "neuromuscular re-education (97112) and therapeutic activities (97530). The Fund cannot approve this "
           "program.", 9.8)
    p.para(f"Your neurologist, Dr. {neuro_nm}, also treats your dystonia with botulinum toxin injections. Those "
           f"injections remain approved under request {old_req}; this letter does not change them.", 9.2)
    p.ln(1)
    p.table(["Part of the program", "Code", "Sessions", "Length", "Decision"],
            [["Sensorimotor retraining, weeks 1-4", "97112", "8", "60 minutes", "Not approved"],
             ["Sensorimotor retraining, weeks 5-8", "97112", "8", "60 minutes", "Not approved"],
             ["Instrument practice under guidance", "97530", "16", "30 minutes", "Not approved"]],
            [66, 22, 24, 30, 37.9], size=8.6, aligns=["L", "L", "R", "L", "L"])
    p.add_page()
    p.heading("The reason for our decision", 10.5)
    p.para("The Fund's rules do not cover treatment that is investigational: treatment whose benefit has not been "
           "shown in published studies of good quality. The Fund's medical reviewer, a neurologist, read the request, "
           "the evaluation from the center and the studies it sent. Sensorimotor retraining for musician's focal "
           "dystonia has been studied only in small groups of patients without comparison groups, and the results "
           "have not been repeated. The program is therefore investigational for this condition, and the Fund does "
           "not pay for it.", 9.4)
    p.para("Ordinary hand therapy for a separate injury, such as a tendon problem, would be reviewed on its own.", 9.0)
    p.heading("If you disagree", 10.5)
    p.para("You or someone you name may appeal to the Board of Trustees within 180 days of the date of this letter. "
           f"Write to the Appeals Committee, {FUND_ADDR}. Send any studies or letters you want the Committee to read. "
           "If you are not satisfied with the Board's decision, you may ask for an external review by an independent "
           "review organization within four months of that decision.", 9.2)
    p.para(f"Medical reviewer: {rev}, MD, neurology. Date of the center's request: {ordinal_date(dt.date(2026, 3, 9))}.",
           8.6)
    p.sig_scrawl("Utilization Review", ADMIN, f"for the {FUND}")
    d1 = (out(p), truth("denial_letter", "experimental", insurer=FUND, plan_id=PLAN_A, group=G_EOC, member_id=num,
                        member_name=oboe, cases=[req], service_dates=[iso(start)], denial_date=iso(ld), provider=cad,
                        appeal_deadline=iso(plus(ld, 180)),
                        alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT,
                                    "provider": [ot_nm, f"{ot_nm}, OTR/L"], "service_dates": [[]]}))
    # --- doc 2: appeal acknowledgement (denies nothing)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"TSW-AP-1  |  {appeal}")
    p.add_page()
    fund_head(p, rng, right=["We received your appeal", long(ack)])
    for ln in addr:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.caps_under([(appeal, "Appeal number", W * 0.24), (req, "Original request", W * 0.24),
                  (num, "Participant ID", W * 0.22), (dd_mon(recd), "Appeal received", W * 0.3)], size=9.0)
    p.line(f"Dear Ms. {parts(oboe)[2]}:", 10)
    p.ln(2)
    p.para(f"This letter confirms that the Fund received your appeal of our decision on the sensorimotor retraining "
           f"program requested by {cad}. Your appeal was received on {long(recd)} and has appeal number {appeal}.",
           9.8)
    p.para("The Appeals Committee of the Board of Trustees will review your appeal at its next quarterly meeting, on "
           "June 10, 2026. If your appeal reached us fewer than 30 days before a meeting, it may be heard at the "
           "following meeting. We will send you the Committee's decision in writing within 5 days after the "
           "meeting.", 9.4)
    p.para("You may send more information until the meeting, such as a letter from your neurologist. You may also "
           "ask for free copies of everything in your file.", 9.4)
    p.sig_scrawl("Appeals Coordinator", ADMIN, f"for the {FUND}")
    d2 = (out(p), truth("other", None, insurer=FUND, member_id=num, member_name=oboe, cases=[appeal, req],
                        denial_date=iso(ack), provider=cad,
                        alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT, "case_numbers": [[appeal]],
                                    "provider": [None]}))
    return [d1, d2], cover


def first_last_of(full: str) -> str:
    f, _, last = parts(full)
    return f"{f} {last}"


def scan300_weeks(rng):
    """Per-service hornist: shoulder MRI refused, 14 of 20 service weeks; weekly table carried to page 2."""
    horn, = people(rng, 1, sexes="M")
    ortho_nm, = people(rng, 1, sexes="F")
    num = pid(rng)
    dos = dt.date(2026, 7, 14)
    clm = claim_no(rng, dos)
    ld = dt.date(2026, 8, 6)
    bill = 1480.00
    img = "Corlan Falls Imaging Center"
    emps = [CVSO, EOC, SCO, CVSO]
    rate = 118.00
    services = [4, 5, 2, 3, 6, 1, 4, 2, 3, 5, 2, 4, 3, 1, 2, 4]
    weeks, d = [], dt.date(2026, 1, 10)
    for i, sv in enumerate(services):
        weeks.append((d, emps[i % 4], sv))
        d += dt.timedelta(days=7 if i % 3 else 14)
    n_ok = sum(1 for _, _, sv in weeks if sv >= 3)
    assert n_ok == 10 and weeks[-1][0] <= dt.date(2026, 5, 31), (n_ok, weeks[-1][0])
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"TSW-ELG-2  |  Claim {clm}")
    p.add_page()
    fund_head(p, rng, right=["Claim decision", f"Date {slash(ld)}"])
    for ln in [horn, "604 Mouthpiece Lane", "Stanway, OR 97370"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(horn, "Participant", 0.3), (num, "Participant ID", 0.2), (G_PS, "Group", 0.14),
                  (PLAN_B, "Plan", 0.14), (clm, "Claim", 0.22)],
                 [(img, "Provider", 0.44), ("73221", "Service", 0.14), (slash(dos), "Date of service", 0.2),
                  (n2(bill), "Charges", 0.22)]], size=8.6, cap=5.0)
    p.line(f"Dear Mr. {parts(horn)[2]}:", 10)
    p.ln(2)
    p.para(f"We received the claim from {img} for the MRI of your left shoulder on {long(dos)}, ordered by "
           f"Dr. {ortho_nm}. The Fund cannot pay this claim, because you were not covered on that date.", 9.8)
    p.para("Coverage for July 1 through December 31, 2026 is earned by service weeks in the spring season "
           "(January 1 through May 31, 2026). A service week is a week in which an orchestra reported three or more "
           "rehearsals or performances for you. You need 12 service weeks. The orchestras reported "
           f"{len(weeks)} weeks of work for you, of which {n_ok} were service weeks, as the table shows. Weeks "
           "with one or two services do not count.", 9.4)
    rows = [{"cells": [slash(wk), emp, str(s), "Yes" if s >= 3 else "No", n2(rate if s >= 3 else 0.0)]}
            for wk, emp, s in weeks]
    p.carried_table(["Week ending", "Orchestra (employer)", "Services", "Service week", "Contribution"], rows,
                    [30, 82, 20, 22, 25.9], ["L", "L", "R", "C", "R"], sum_cols=[4], size=8.2, row_h=5.6, bottom=62,
                    totals_label="Spring season 2026", label_col=1)
    p.para(f"Service weeks counted: {n_ok}. Needed: 12.", 9.6)
    p.heading("What you can do", 10.5)
    p.para("If an orchestra left out a week you worked, ask it to send a corrected report to the Fund Office; we "
           "will look at this claim again when it arrives. You may also keep coverage by self-payment: the monthly "
           "self-payment for Plan B is $640.00, and your first payment must reach us by September 15, 2026.", 9.2)
    p.heading("Your right to appeal", 10.5)
    p.para("You may appeal this decision to the Board of Trustees within 180 days of the date of this letter. Write "
           f"to the Appeals Committee, {FUND_ADDR}, and send any pay stubs or contracts that show services the "
           "orchestras did not report.", 9.2)
    p.sig_scrawl("Eligibility Department", ADMIN, f"for the {FUND}")
    t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=PLAN_B, group=G_PS, member_id=num,
              member_name=horn, cases=[clm], claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=img, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT, "provider": [f"Dr. {ortho_nm}", ortho_nm]})
    return out(p), t


def photocopy_es(rng):
    """Spanish: a trumpeter's two crowns without the Fund's predetermination; prose beside a left rail."""
    tp, = people(rng, 1, sexes="M", es=True)
    dent_nm, = people(rng, 1, sexes="F", es=True)
    dentist = f"Dra. {dent_nm}"
    num = pid(rng)
    dos = dt.date(2026, 9, 10)
    clm = claim_no(rng, dos)
    ld = dt.date(2026, 10, 2)
    per = 1150.00
    clinic = "Clínica Dental Puente Alto"
    p = EMSheet(footer="Página {n} de {nb}", footer_left=f"{FUND}  |  TSW-DN-ES")
    p.add_page()
    fund_head(p, rng, right=["Decisión sobre su reclamación", es_date(ld)], es=True)
    for ln in [tp, "47 Calle Clarín", "Corlan Falls, OR 97364"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(tp, "Participante", 0.34), (num, "N.º de participante", 0.22), (G_CVSO, "Grupo", 0.18),
                  (PLAN_A, "Plan", 0.26)]], size=8.8, cap=5.0)
    p.rail_prose([
        f"Estimado Sr. {parts(tp)[2]}:",
        f"Recibimos la reclamación de {clinic} por dos coronas de porcelana sobre metal (D2740) en sus dientes 8 y 9, "
        f"colocadas el {es_date(dos)} por la {dentist}. **El Fondo no pagará estas coronas.**",
        ("Por qué", "El Fondo paga el trabajo dental relacionado con el instrumento para músicos de viento y de metal. "
                    "Cuando el costo pasa de US$500.00, el dentista debe pedir al Fondo una predeterminación (aprobación "
                    "previa) antes de hacer el trabajo, con las radiografías y el plan de tratamiento. No recibimos "
                    "ninguna solicitud de predeterminación para estas coronas antes del 10 de septiembre."),
        ("Qué puede hacer", "La dentista puede enviarnos ahora las radiografías y sus notas; las revisaremos como una "
                            "solicitud tardía. Esta decisión no dice si usted necesitaba las coronas."),
        ("Si no está de acuerdo", "Puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la "
                                  "fecha de esta carta. Escriba al Comité de Apelaciones a la dirección de arriba y "
                                  "díganos por qué no está de acuerdo. Puede pedir copias gratis de las reglas del "
                                  "Fondo."),
    ], [("Su reclamación", [("Reclamación", clm), ("Fecha", es_date(dos)), ("Cobrado", usd_es(2 * per)), ("Pagado", "US$0.00"),
                            ("Dientes", "8 y 9")]),
        ("Beneficio dental por instrumento", "Máximo anual US$3,000.00. Usado este año: US$410.00. Protector bucal "
                                             "para músicos: uno cada 2 años."),
        ("¿Preguntas?", f"Servicios al participante {tollfree(rng, '888')}, de lunes a viernes, de 8:30 a 5.")],
        rail_w=56, size=9.0, left=True)
    p.para(f"Fecha de recibo de la reclamación: {dotted(dt.date(2026, 9, 18))}. Ejemplo: si un empaste cuesta "
           "US$180.00, el Fondo paga US$144.00.", 8.2)
    p.sig_scrawl("Departamento Dental", ADMIN, f"por el {FUND}")
    t = truth("denial_letter", "prior_authorization", insurer=FUND, plan_id=PLAN_A, group=G_CVSO, member_id=num,
              member_name=tp, cases=[clm], claim_amount=m2(2 * per), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT, "provider": [dentist, dent_nm]})
    return out(p), t


def phone_oon(rng):
    """A harpist's six hand therapy visits at a clinic outside the Cantilena PPO network."""
    harp, = people(rng, 1, sexes="F")
    cht, = people(rng, 1, sexes="M")
    num = pid(rng)
    visits = [dt.date(2026, 5, d) for d in (5, 7, 12, 14, 19, 21)]
    clm = claim_no(rng, visits[-1])
    ld = dt.date(2026, 6, 19)
    by = dt.date(2026, 12, 16)
    per = 160.00
    clinic = "Woolcombe Hand & Upper Limb Clinic"
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"TSW-NET-5  |  {clm}")
    p.add_page()
    fund_head(p, rng, right=["Claim decision", abbr(ld)])
    for ln in [harp, "1180 Pedal Harp Road", "Eastwold, OR 97375"]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.caps_under([(num, "Participant ID", W * 0.2), (G_EOC, "Group", W * 0.14), (PLAN_A, "Plan", W * 0.12),
                  (clm, "Claim", W * 0.24), (n2(6 * per), "Billed", W * 0.14), ("0.00", "Paid", W * 0.16)], size=9.0)
    p.para(f"Dear Ms. {parts(harp)[2]}:", 10)
    p.para(f"We received the claim from {clinic} for six hand therapy visits with {cht}, OTR/L, CHT, on "
           f"{', '.join(slash(v) for v in visits[:-1])} and {slash(visits[-1])}. The Fund will not pay these "
           "visits.", 9.8)
    p.columns([("Why", f"{clinic} is not in the {NETWORK} network. The Fund pays for care outside the network only "
                       "in an emergency, or when no network provider of the kind you need practices within 30 miles "
                       "of your home. Two network hand therapy clinics practice within 5 miles of your home, and "
                       "these visits were planned visits, not an emergency.")],
              [("What you can do", "Call us and we will help you find a network hand therapist; the Fund covers up to "
                                   "40 therapy visits a year. You have used 6 this year (the visits on this claim do "
                                   "not count)."),
               ("Appeal", f"If you disagree, send a written appeal to the Appeals Committee, {FUND_ADDR}. Your appeal "
                          f"must be postmarked by {long(by)}.")], size=8.9)
    p.para(f"Network clinics near you: Eastwold Therapy Partners, {phone(rng, '541')}; Stanway Hand Center, "
           f"{phone(rng, '541')}. Summer office hours end {ordinal_date(dt.date(2026, 8, 28))}.", 8.2)
    p.sig_scrawl("Claims Department", ADMIN, f"for the {FUND}")
    t = truth("denial_letter", "out_of_network", insurer=FUND, plan_id=PLAN_A, group=G_EOC, member_id=num,
              member_name=harp, cases=[clm], claim_amount=m2(6 * per), service_dates=[iso(v) for v in visits],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(by),
              alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT, "provider": [cht, f"{cht}, OTR/L, CHT"]})
    return out(p), t


def rotated_pit_fall(rng):
    """Two pages: a timpanist's fall from the pit riser at an opera rehearsal; workers' compensation first."""
    timp, = people(rng, 1, sexes="M")
    er_nm, = people(rng, 1, sexes="F")
    num = pid(rng)
    dos = dt.date(2026, 10, 17)
    clm = claim_no(rng, dos)
    ld = dt.date(2026, 11, 5)
    bill = 3214.50
    hosp = "Orrisford Regional Medical Center"
    carrier = "Brasswick Mutual Casualty Company"
    wc = f"BMC-{digits(rng, 8)}"
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"TSW-WC-1  |  {FUND}",
                short_hdr=f"{parts(timp)[2].upper()}, {parts(timp)[0].upper()}   {num}   Claim {clm}")
    p.add_page()
    fund_head(p, rng, right=["Claim decision", dmy_long(ld)])
    for ln in [timp, "22 Kettledrum Row", "Eastwold, OR 97376"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(clm, "Claim number", 0.26), (num, "Participant ID", 0.22), (G_EOC, "Group", 0.16),
                  (PLAN_A, "Plan", 0.14), (usd(bill), "Charges", 0.22)],
                 [(hosp, "Hospital", 0.48), (dd_mon(dos), "Date of service", 0.26), ("Emergency", "Type", 0.26)]],
                size=8.6, cap=5.0)
    p.line(f"Dear Mr. {parts(timp)[2]}:", 10)
    p.ln(2)
    p.para(f"We reviewed the claim from {hosp} for your emergency room visit on {long(dos)}, when you were treated "
           "for a fractured wrist and a cut to the forehead. The Fund is not paying this claim at this time.", 9.8)
    p.para(f"The emergency room record says you fell from the percussion riser in the orchestra pit during a dress "
           f"rehearsal of the {EOC}. The {EOC} carries workers' compensation insurance with {carrier}.", 9.4)
    p.table(["Rev", "Code", "Service", "Charges"],
            [["0450", "99284", "Emergency department visit", "1,250.00"],
             ["0450", "25600", "Closed treatment, distal radius fracture", "1,180.00"],
             ["0450", "12011", "Simple repair, face, 2.5 cm or less", "412.50"],
             ["0320", "73110", "X-ray, wrist, 3 views", "372.00"],
             ["", "", "Total charges", n2(bill)]], [20, 24, 100, 35.9], size=8.6, aligns=["L", "L", "L", "R"],
            bold_last=True)
    p.add_page()
    p.heading("Why the Fund is not paying", 10.5)
    p.para("Under the Fund's rules, an injury that happens at work for an orchestra that carries workers' "
           "compensation insurance is paid by that insurance first. The Fund pays only what the workers' "
           "compensation carrier does not owe. A rehearsal is work, so the hospital should bill the carrier.", 9.4)
    p.para(f"The carrier's claim number for your injury is {wc}. Please give it to the hospital. If the carrier "
           "denies the claim in writing, send us a copy of its letter and we will review the hospital's claim "
           "again.", 9.4)
    p.heading("Your right to appeal", 10.5)
    p.para("If the injury did not happen at work, or you disagree for another reason, you may appeal to the Board of "
           f"Trustees within 180 days of the date of this letter. Write to the Appeals Committee, {FUND_ADDR}.", 9.2)
    p.para(f"Emergency physician named on the claim: Dr. {er_nm}. Employer's report of injury dated "
           f"{ordinal_date(dt.date(2026, 10, 19))}.", 8.6)
    p.sig_scrawl("Claims Department", ADMIN, f"for the {FUND}")
    t = truth("denial_letter", "other", insurer=FUND, plan_id=PLAN_A, group=G_EOC, member_id=num, member_name=timp,
              cases=[clm], claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT, "provider": [f"Dr. {er_nm}", er_nm]})
    return out(p), t


def lowres_toxin(rng):
    """Provider notice: botulinum toxin injections seven weeks after the last ones (criteria: 12 weeks)."""
    viol, = people(rng, 1, sexes="F")
    neuro_nm, = people(rng, 1, sexes="M")
    num = pid(rng)
    last_inj = dt.date(2026, 6, 24)
    dos = dt.date(2026, 8, 12)
    clm = claim_no(rng, dos)
    nd = dt.date(2026, 9, 1)
    lines = [("64642", "Chemodenervation, one extremity, 1-4 muscles", 420.00),
             ("J0585", "OnabotulinumtoxinA, 100 units", 1250.00), ("95874", "Needle EMG guidance", 180.00)]
    tot = sum(x[2] for x in lines)
    prac = "Northwall Neurology Associates"
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"Provider notice  |  {clm}")
    p.add_page()
    fund_head(p, rng, right=["PROVIDER NOTICE", f"Notice date {slash(nd)}"])
    for ln in [prac, "Attn: Billing Office", "75 Cortland Medical Plaza, Suite 6", "Corlan Falls, OR 97365"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.form_grid([[(viol, "Patient", 0.3), (num, "Participant ID", 0.2), (G_CVSO, "Group", 0.16),
                  (PLAN_A, "Plan", 0.12), (clm, "Claim", 0.22)],
                 [(f"Dr. {neuro_nm}", "Rendering", 0.3), (slash(dos), "Date of service", 0.2),
                  (slash(last_inj), "Previous injections", 0.28), (n2(tot), "Billed", 0.22)]], size=8.6, cap=5.0)
    p.table(["Code", "Service", "Billed", "Paid"], [[c, d, n2(x), "0.00"] for c, d, x in lines] +
            [["", "Total", n2(tot), "0.00"]], [22, 100, 30, 27.9], size=8.6, aligns=["L", "L", "R", "R"],
            bold_last=True)
    p.three_cols([
        ("Decision", f"The injections on {long(dos)} for the patient's focal hand dystonia are not medically "
                     "necessary as given, and the Fund will not pay this claim."),
        ("Reason", "The Fund covers botulinum toxin injections for focal dystonia no more often than once every 12 "
                   f"weeks. The last injections were given on {long(last_inj)}, seven weeks before. The records do "
                   "not show a reason for a shorter interval, such as a dose that failed or a new muscle group."),
        ("Records reviewed", "Injection notes of June 24 and August 12, the EMG report and the patient's rating "
                             "scale scores."),
        ("Review", "You may ask for a review within 60 days of the date of this notice. Send notes that explain "
                   "the shorter interval. The patient may not be billed for this claim while you are in the "
                   "network."),
        ("Next eligible date", "Injections are covered again from September 16, 2026 (12 weeks after June 24)."),
    ], size=8.5)
    p.para(f"Example: a covered session of 100 units is allowed at $1,410.00. NPI on the claim: {digits(rng, 10)}.", 8.0)
    p.sig_scrawl("Medical Review", ADMIN, f"for the {FUND}")
    t = truth("denial_letter", "medical_necessity", insurer=FUND, plan_id=PLAN_A, group=G_CVSO, member_id=num,
              member_name=viol, cases=[clm], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=prac, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": FUND_ALT + [ADMIN] + ADMIN_ALT, "provider": [f"Dr. {neuro_nm}", neuro_nm]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh("B")
    F = FAMILY + "_"
    items = [Item(F + "bd_family_statement_alexander_technique_code_x7_side_column_legend", "born_digital",
                  [bd_statement(rng)])]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_union_transmittal_dystonia_retraining_upside_down_appeal_received",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "scan300_hornist_ten_of_twelve_weeks_table_carried", "scan_clean_300", [scan300_weeks(rng)]),
        Item(F + "photocopy_es_coronas_trompetista_sin_predeterminacion", "photocopy", [photocopy_es(rng)]),
        Item(F + "phone_harpist_hand_therapy_outside_network", "phone_photo", [phone_oon(rng)]),
        Item(F + "rotated_two_pages_timpanist_pit_riser_fall_comp_first", "rotated", [rotated_pit_fall(rng)]),
        Item(F + "lowres_neurology_notice_toxin_seven_weeks_after_last", "scan_lowres_150", [lowres_toxin(rng)]),
    ]
    return items
