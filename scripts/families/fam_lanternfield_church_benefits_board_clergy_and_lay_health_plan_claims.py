"""An invented church health plan: the Lanternfield Clergy and Lay Health Plan, run by the Lanternfield Benefits Board
(the benefits board of an invented denomination, the Communion of Lanternfield Churches) for its clergy under
appointment, the lay employees of its congregations, schools and camps, and their families; claims are handled by
an invented administrator, Holloway Ridge Claims Services. The plan is a church plan and says it is not governed by
ERISA; it has its own two appeal steps (a Step 1 review by the Board's Claims Review Committee within 120 days of a
statement or letter, a Step 2 appeal to the Board's Appeals Panel within 60 days of the Committee's decision, the
Panel's decision final under the plan). Every rule, section number, limit and time limit is invented: 20
chiropractic visits a calendar year, no surgery done to bring about weight loss, advance approval through the Care
Line before advanced imaging and planned hospital stays, lay employees covered only while scheduled for 20 hours or
more a week, claims to reach the administrator within 180 days of the service, a spouse's own employer plan paying
first. Every congregation, school, clinic, hospital, doctor, person, number, address and form number is invented;
phones use 555; CPT codes appear as themselves. No heading names the kind of denial; each reason is told in plain
words.

Documents (8 in 7 files):
- scan300_statement_chiropractic_twenty_first_visit_totals_not_refused: a statement of health plan benefits to a
  pastor about his wife's claims (a paid laboratory claim and a chiropractic claim), "Participant ID", "Employing unit
  no.", "Plan option", a contact sidebar with phone, fax and TTY beside the numbers, rows dated "03.04.26",
  network savings in parentheses, a grand total that is not the refused amount, the refused amount only in a
  sentence ("the plan pays for 20 visits a calendar year; these were the 21st and 22nd"), a mailed date after the
  statement date (Step 1 "within 120 days of the statement date").
- born_digital_advance_approval_knee_replacement_two_columns: an advance approval letter to a parish school teacher in
  two columns with a sidebar (Ref#, participant ID, the Care Line's phone, fax and TTY), date of admission and expected
  date of discharge, a call reference as a decoy, a form number with its revision date (denies nothing).
- photocopy_step_one_review_form_weight_loss_surgery_upheld: the Claims Review Committee's decision form whose ticked
  box says the refusal stands (sleeve gastrectomy under the weight-loss exclusion), a "tracking no." and a review no.,
  admission and discharge dates in boxes, the charges in a box (Step 2 "within 60 days of the date of this
  decision").
- phone_es_carta_sacristan_horas_bajo_veinte: a photographed Spanish letter to a sexton whose hours fell to 16 a week
  so his coverage ended before an urgent care visit; "Identificación del participante", "Nº de control", the amount
  only in a sentence ("US$ 412,00 ($412.00)"; "dentro de 120 días a partir de la fecha de esta carta").
- rotated_mri_without_care_line_call_ticket_block_scan_line: a letter fed sideways with a ticket block of values and
  their captions to the right, an MRI done with no call to the Care Line first, the amount only in a sentence, a call
  reference and a machine scan line as decoys ("write to the Claims Review Committee within 120 days from the date
  shown above").
- faxstd_administrator_letter_to_hospital_claim_after_180_days: the administrator's letter faxed (standard) to a
  hospital's billing office about an emergency visit of January 9, 2026 received 206 days later, "Ref#", a fax
  "tracking no." and the patient account as decoys, a charge summary with a patient deposit "150.00-" (the
  provider's review "within 60 days of the date of this letter").
- lowres_stack_conference_benefits_officer_letter_then_spouse_plan_first_sideways: a 150 dpi stack of the
  conference benefits officer's letter to a pastor (its own document, decides nothing), a blank separator, then the
  Board's two-page letter holding the wife's claims because her own school district plan pays first (the other
  plan's "Certificate no." and a grievance no. as decoys, dated rows, "12.50 CR"), its page 2 with a running header
  fed sideways ("within 120 days of the date of this letter").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famja import (EFSheet, cr, dots, es_date, es_money, kin, long, n2, paren, people, phone, scan_digits,
                               slash, split_name, tollfree, trail, usd, wlong, workday, yy)
from public_kit import digits, m2, out, plus, truth

FAMILY = "lanternfield_church_benefits_board_clergy_and_lay_health_plan_claims"
LANG = "en"
SEED = 355050
BOARD = "Lanternfield Benefits Board"
PLAN = "Lanternfield Clergy and Lay Health Plan"
TPA = "Holloway Ridge Claims Services"
BOARD_ALT = ["Board of Benefits of the Communion of Lanternfield Churches", PLAN, "Lanternfield"]
CONF = "Susquehanna Valley Conference of the Communion of Lanternfield Churches"


def pa_address(rng):
    town = rng.choice([("Lewisburg", "PA", "17837"), ("Carlisle", "PA", "17013"), ("Bloomsburg", "PA", "17815"),
                       ("Sunbury", "PA", "17801"), ("Lock Haven", "PA", "17745"), ("Selinsgrove", "PA", "17870"),
                       ("Hagerstown", "MD", "21740"), ("Chambersburg", "PA", "17201")])
    street = rng.choice(["Parsonage Ln", "N Third St", "Market St Apt 2", "Chapel Hill Rd", "Buffalo Rd",
                         "Orchard Ave", "Vine St", "Mifflin Ct", "Glebe Rd"])
    return [f"{rng.randint(8, 2890)} {street}", f"{town[0]}, {town[1]} {town[2]}"]


def pid(rng):
    """Participant ID: LB and seven digits."""
    return "LB" + digits(rng, 7)


def unit(rng):
    """Employing unit no.: the congregation, school or camp that employs the participant."""
    return f"EU-{rng.randint(100, 999):04d}"


def ctl(rng, d):
    """Claim control no.: 26-0316-004821 (year, month and day received, a sequence)."""
    return f"{d.strftime('%y')}-{d.strftime('%m%d')}-{digits(rng, 6)}"


def _head(p, rng, unit_line="Health Plan Claims", box=None):
    p.head(BOARD, "LANTERNFIELD", [f"{PLAN}  |  {unit_line}",
                                   f"{rng.randint(100, 990)} Front St, Harrisburg, PA 17101  |  Claims administered by "
                                   f"{TPA}"], box=box, size=12.5)


STEPS = ("**Step 1.** You may ask the Board's Claims Review Committee to review this decision. **Step 2.** If the "
         "Committee keeps the decision, you may appeal to the Appeals Panel of the Board within 60 days of the "
         "Committee's decision. The Panel's decision is final under the Plan. The Plan is a church plan and is not "
         "governed by ERISA.")


def scan_statement(rng):
    pastor, chiro, labdoc = people(rng, 3, sexes="mmf")
    wife = kin(rng, pastor, "f", avoid=(chiro, labdoc))
    pa = pid(rng)
    eu = unit(rng)
    sd = dt.date(2026, 4, 7)
    mailed = dt.date(2026, 4, 9)
    due = plus(sd, 120)
    CHIRO = "Penns Creek Chiropractic"
    LAB = "Keystone Valley Laboratory"
    lab_lines = [(dt.date(2026, 3, 3), "80053", "Metabolic panel", 96.00, 38.00), (dt.date(2026, 3, 3), "85025",
                                                                                  "Blood count", 54.00, 19.50)]
    ch_lines = [(dt.date(2026, 3, 4), "98941", "Spine manip., 3-4 areas", 85.00),
                (dt.date(2026, 3, 9), "98941", "Spine manip., 3-4 areas", 85.00)]
    refused = sum(x[3] for x in ch_lines)
    c_lab = ctl(rng, dt.date(2026, 3, 12))
    c_ch = ctl(rng, dt.date(2026, 3, 16))
    f, mi, last = split_name(pastor)
    p = EFSheet(footer="Page {n} of {nb}", footer_left=f"LBB-SB-1 (rev. 09/2025)   mailed {slash(mailed)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Health Plan Claims", box="STATEMENT OF HEALTH PLAN BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.set_xy(p.l_margin, y0 + 2)
    for ln in [f"The Rev. {pastor}", *pa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.pairs([("Statement date", long(sd)), ("Patient", f"{wife} (spouse)"), ("Plan option", "Vesper PPO 1500")],
            label_w=34, size=9.2, h=5.0)
    end = p.sidebar([("Participant ID", pa), ("Employing unit no.", eu), ("Member Services", tollfree(rng)),
                     ("Fax", tollfree(rng, "1-888")), ("TTY", "711"), ("Care Line (advance approval)",
                                                                       tollfree(rng, "1-866"))],
                    p.l_margin + W - 62, y0, 62, title="Your numbers", size=8.4)
    p.set_y(max(end, p.get_y()) + 3)
    rows = []
    tot = [0.0, 0.0, 0.0, 0.0]
    for i, (d, cpt, desc, billed, sav) in enumerate(lab_lines):
        paid = round((billed - sav) * 0.8, 2)
        you = round(billed - sav - paid, 2)
        rows.append([c_lab if i == 0 else "", dots(d), LAB if i == 0 else "", f"{cpt} {desc}", n2(billed),
                     paren(sav), n2(paid), n2(you), "P1"])
        tot = [a + b for a, b in zip(tot, [billed, -sav, paid, you])]
    for i, (d, cpt, desc, billed) in enumerate(ch_lines):
        rows.append([c_ch if i == 0 else "", dots(d), CHIRO if i == 0 else "", f"{cpt} {desc}", n2(billed),
                     "0.00", "0.00", n2(billed), "C4"])
        tot = [a + b for a, b in zip(tot, [billed, 0.0, 0.0, billed])]
    rows.append(["Totals", "", "", "", n2(tot[0]), paren(-tot[1]), n2(tot[2]), n2(tot[3]), ""])
    p.table(["Claim control no.", "Date", "Provider", "Service", "Billed", "Network savings", "Plan paid",
             "Your share", "Note"], rows,
            [W * 0.14, W * 0.07, W * 0.2, W * 0.22, W * 0.08, W * 0.08, W * 0.07, W * 0.08, W * 0.06], size=6.9,
            row_h=5.0, bold_last=True, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.legend("Notes", [
        ("P1", "Paid at 80% of the network rate after the network savings. Your share is your coinsurance."),
        ("C4", f"The plan pays for 20 chiropractic visits a calendar year. {CHIRO} had billed 20 visits for "
               f"{split_name(wife)[0]} by March 2; the visits of Wednesday, March 4, 2026 and Monday, March 9, 2026 "
               f"were the 21st and 22nd, so the plan cannot pay the {usd(refused)} billed for them (Plan section "
               f"5.9)."),
    ], size=8.2)
    p.para(f"Your chiropractor, Dr. {chiro}, may ask for a review if a visit was counted by mistake. {STEPS}", 8.8)
    p.para(f"To ask for a Step 1 review, write to the Claims Review Committee at the address above within 120 days "
           f"of the statement date. Tell us the claim control number and why you disagree.", 8.8)
    t = truth("eob", "not_covered", insurer=BOARD, plan_id="Vesper PPO 1500", group=eu, member_id=pa,
              member_name=wife, cases=[c_ch], claim_amount=m2(refused),
              service_dates=[f"{ch_lines[0][0].isoformat()}/{ch_lines[-1][0].isoformat()}"],
              denial_date=sd.isoformat(), provider=CHIRO, appeal_deadline=due.isoformat(),
              alternates={"insurer": BOARD_ALT, "provider": [f"Dr. {chiro}"],
                          "service_dates": [[x[0].isoformat() for x in ch_lines]]})
    return out(p), t


def bd_approval(rng):
    teacher, surgeon, nurse, agent = people(rng, 4, sexes="ffmf")
    pa = pid(rng)
    eu = unit(rng)
    ld = dt.date(2026, 4, 28)
    adm, dis = dt.date(2026, 5, 19), dt.date(2026, 5, 21)
    ref = f"AA{digits(rng, 2)}-{digits(rng, 5)}"
    call = f"CL-{digits(rng, 7)}"
    ORTHO = "Bald Eagle Orthopaedic Associates"
    HOSP = "Loyalsock Valley Hospital"
    SCHOOL = "Trinity Lanternfield Parish School"
    f, mi, last = split_name(teacher)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form LBB-AA-3 (rev. 03/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Care Line - Advance Approval")
    p.line(long(ld), 9.8)
    p.ln(2)
    for ln in [teacher, *pa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(4)
    side = [("Ref#", ref), ("Participant ID", pa), ("Employing unit", f"{SCHOOL} ({eu})"),
            ("Care Line", tollfree(rng, "1-866")), ("Care Line fax", tollfree(rng, "1-888")), ("TTY", "711")]
    paras = [f"Dear Ms. {last}:",
             f"**Good news: your knee surgery is approved.** Dr. {surgeon} of {ORTHO} asked us on "
             f"{long(plus(ld, -6))} to approve a total knee replacement of your right knee (CPT 27447) with a "
             f"hospital stay at {HOSP}.",
             f"What we approved: the surgery and an inpatient stay of up to 2 days. Date of admission: "
             f"{wlong(adm)}. Expected date of discharge: {wlong(dis)}. If you need to stay longer, the hospital must "
             f"call the Care Line before the third day.",
             "Your share is figured as usual under your plan option (deductible, then 20% coinsurance, up to your "
             "out-of-pocket limit). This letter is not a promise of payment if you are no longer covered on the date "
             "of the surgery.",
             f"Our nurse, {nurse}, RN, will call you after you go home. When you called us on {long(plus(ld, -2))}, "
             f"your call was logged as {call}; you do not need that number for anything.",
             "Sincerely,\n\nCare Line nurse reviewers\n" + BOARD]
    p.side_text(paras, side, side_w=58, size=9.6, title="Keep these numbers")
    t = truth("other", None, insurer=BOARD, group=eu, member_id=pa, member_name=teacher, cases=[ref],
              service_dates=[adm.isoformat()], denial_date=ld.isoformat(), provider=ORTHO,
              alternates={"insurer": BOARD_ALT, "provider": [f"Dr. {surgeon}", HOSP],
                          "service_dates": [[f"{adm.isoformat()}/{dis.isoformat()}"]], "group_number": [None]})
    return out(p), t


def photocopy_review_form(rng):
    lay, surgeon, chair = people(rng, 3, sexes="mfm")
    pa = pid(rng)
    eu = unit(rng)
    dd = dt.date(2026, 5, 6)
    due = plus(dd, 60)
    adm, dis = dt.date(2026, 2, 16), dt.date(2026, 2, 18)
    billed = 28460.00
    rv = f"R-26-{digits(rng, 4)}"
    trk = f"T{digits(rng, 8)}"
    c = ctl(rng, dt.date(2026, 3, 2))
    HOSP = "Conodoguinet Surgical Hospital"
    f, mi, last = split_name(lay)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="LBB-CRC-2 (rev. 06/2025)   Claims Review Committee")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Claims Review Committee")
    p.title_bar("STEP 1 REVIEW - DECISION OF THE CLAIMS REVIEW COMMITTEE", sub="Please keep this form with your plan "
                "papers.")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Date of decision", slash(dd)), ("Review no.", rv), ("Tracking no.", trk),
                 ("Claim control no.", c)], [W * 0.22, W * 0.22, W * 0.24, W * 0.32], size=9.0, h=10)
    p.form_band([("Participant", lay), ("Participant ID", pa), ("Employing unit no.", eu)],
                [W * 0.44, W * 0.28, W * 0.28], size=9.0, h=10)
    p.form_band([("Hospital", HOSP), ("Date of admission", slash(adm)), ("Date of discharge", slash(dis)),
                 ("Billed", usd(billed))], [W * 0.4, W * 0.2, W * 0.2, W * 0.2], size=9.0, h=10)
    p.form_band([("Surgeon", f"Dr. {surgeon}"), ("Service", "Laparoscopic sleeve gastrectomy (CPT 43775)")],
                [W * 0.4, W * 0.6], size=9.0, h=10)
    p.ln(4)
    p.checks("The Committee's decision", [(False, "Reversed: the claim will be paid as the Plan provides"),
                                          (False, "Reversed in part (see below)"),
                                          (True, "The first decision stands: the claim will not be paid"),
                                          (False, "Sent back to the claims administrator for more facts")],
             size=9.0, cols=1)
    p.section("A", "What the Committee looked at and why")
    p.para(f"You asked for this review on {long(plus(dd, -41))}. The Committee read your letter, the letter from "
           f"Dr. {surgeon} about your blood pressure, sleep apnea and knee pain, and the hospital records. The "
           f"Committee does not doubt that losing weight will help your health.", 9.2)
    p.para("The Plan, in section 7.12, does not pay for surgery done to bring about weight loss, for any reason, "
           "including the medical reasons your doctor gives. The Board adopted this rule for all participants in "
           "2019, and the Committee has no power to set it aside for one person. The hospital stay and the "
           "surgeon's, anesthesia and hospital charges for this surgery are therefore not paid.", 9.2)
    p.section("B", "Your next step")
    p.para(f"You may appeal this decision to the Appeals Panel of the Lanternfield Benefits Board. Your appeal must "
           f"be in writing and must reach the Board within 60 days of the date of this decision. The Panel's decision "
           f"is final under the Plan. The Plan is a church plan and is not governed by ERISA. You may ask for copies "
           f"of the papers the Committee used, free of charge.", 9.2)
    p.sig_line(f"{chair}, chair, Claims Review Committee", "Date signed")
    t = truth("denial_letter", "not_covered", insurer=BOARD, group=eu, member_id=pa, member_name=lay, cases=[rv, c],
              claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=dd.isoformat(), provider=HOSP, appeal_deadline=due.isoformat(),
              alternates={"insurer": BOARD_ALT, "provider": [f"Dr. {surgeon}"], "case_numbers": [[rv], [c]]})
    return out(p), t


def phone_es_sexton(rng):
    sac, clerk, doc = people(rng, 3, sexes="mfm", pool="es")
    pa = pid(rng)
    eu = unit(rng)
    ld = dt.date(2026, 4, 16)
    due = plus(ld, 120)
    visit = dt.date(2026, 3, 12)
    ended = dt.date(2026, 2, 28)
    amt = 412.00
    c = ctl(rng, dt.date(2026, 3, 27))
    URG = "Clínica de Atención Inmediata Riverside"
    CH = "Iglesia Lanternfield de San Marcos"
    f, mi, last = split_name(sac)
    p = EFSheet(footer="Página {n} de {nb}", footer_left="LBB-ELG-7S (rev. 01/2026)")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.head(BOARD, "LANTERNFIELD", [f"{PLAN}  |  Oficina de Elegibilidad",
                                   f"{rng.randint(100, 990)} Front St, Harrisburg, PA 17101  |  "
                                   f"{tollfree(rng)}  |  TTY 711"])
    p.line(es_date(ld), 9.8)
    p.ln(2)
    for ln in [sac, *pa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.beside([[("Identificación del participante", pa), ("Nº de control", c)],
              [("Unidad empleadora nº", eu), ("Empleador", CH)]], cap_w=44, size=9.0)
    p.para(f"Estimado Sr. {last}:", 9.8)
    p.para(f"Recibimos la cuenta de {URG} por su visita del {es_date(visit)}, cuando lo atendió el Dr. {doc}. "
           f"**No podemos pagar los {es_money(amt)} ({usd(amt)}) de esa visita.**", 9.8)
    p.para(f"La razón: su cobertura terminó antes de esa fecha. El plan cubre a los empleados laicos de las "
           f"congregaciones mientras su horario de trabajo sea de 20 horas o más por semana. {CH} nos avisó que, "
           f"desde enero, su horario bajó a 16 horas por semana. Por eso su cobertura terminó el {es_date(ended)}, "
           f"el último día del mes siguiente al cambio.", 9.8)
    p.para("Si su horario vuelve a 20 horas o más, la congregación puede inscribirlo de nuevo. Si cree que la "
           "congregación nos dio un dato equivocado, pídale que nos escriba.", 9.8)
    p.para(f"Si no está de acuerdo, puede pedir una revisión al Comité de Revisión de Reclamaciones (paso 1) dentro "
           f"de 120 días a partir de la fecha de esta carta. Si el Comité mantiene la decisión, puede apelar al Panel "
           f"de Apelaciones de la Junta dentro de 60 días. La decisión del Panel es final según el plan. El plan es un "
           f"plan de iglesia y no está sujeto a ERISA.", 9.4)
    p.para(f"Atentamente,\n{clerk}\nOficina de Elegibilidad", 9.6)
    t = truth("denial_letter", "eligibility", insurer=BOARD, group=eu, member_id=pa, member_name=sac, cases=[c],
              claim_amount=m2(amt), service_dates=[visit.isoformat()], denial_date=ld.isoformat(), provider=URG,
              appeal_deadline=due.isoformat(), lang="es",
              alternates={"insurer": BOARD_ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def rotated_mri(rng):
    pastor, rad, ordering, clerk, nurse = people(rng, 5, sexes="fmmfm")
    pa = pid(rng)
    eu = unit(rng)
    ld = dt.date(2026, 4, 20)
    due = plus(ld, 120)
    scan = dt.date(2026, 3, 17)
    amt = 2140.00
    c = ctl(rng, dt.date(2026, 3, 31))
    call = f"{digits(rng, 4)}-{digits(rng, 4)}"
    IMG = "Ridgeview Open MRI"
    f, mi, last = split_name(pastor)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="LBB-PA-5 (rev. 10/2025)",
                scanline=scan_digits(rng, [3, 10, 6, 8, 1]))
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Health Plan Claims")
    p.letter_with_ticket([long(ld), "", f"The Rev. {pastor}", *pa_address(rng)],
                         [(pa, "participant ID"), (eu, "employing unit no."), (c, "claim control no."),
                          (yy(scan), "date of service"), (IMG, "provider")], w=82, size=9.0)
    p.para(f"Dear Pastor {last}:", 9.8)
    p.para(f"{IMG} sent us a bill for the MRI of your lower back on {long(scan)}, ordered by Dr. {ordering}. "
           f"We cannot pay the {usd(amt)} {IMG} billed.", 9.8)
    p.para("Before a planned MRI, CT or PET scan, the Plan asks that you or your doctor call the Care Line so that "
           "a nurse can look at the request (Plan section 6.2). Our records show no call and no request for this "
           "scan before it was done. The Care Line's number is on the back of your plan card.", 9.8)
    p.para(f"If your doctor's office did call, ask them for the date and the name of the person they spoke with and "
           f"send it to us. When you called on {long(plus(ld, -6))} about this bill, our nurse, {nurse}, gave you "
           f"the call reference {call}; that is not a claim number.", 9.8)
    p.para(f"**What you can do.** Write to the Claims Review Committee within 120 days from the date shown above to "
           f"ask for a Step 1 review. Include your participant ID and the claim control number. If the "
           f"Committee keeps this decision, you may appeal to the Board's Appeals Panel within 60 days of its "
           f"decision. The Panel's decision is final under the Plan, which is a church plan not governed by ERISA.",
           9.6)
    p.para(f"Sincerely,\n{clerk}\nClaims correspondence", 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=BOARD, group=eu, member_id=pa, member_name=pastor,
              cases=[c], claim_amount=m2(amt), service_dates=[scan.isoformat()], denial_date=ld.isoformat(),
              provider=IMG, appeal_deadline=due.isoformat(),
              alternates={"insurer": BOARD_ALT, "provider": [f"Dr. {ordering}"]})
    return out(p), t


def faxstd_timely(rng):
    mom, er_doc, analyst, biller = people(rng, 4, sexes="fmfm")
    child = kin(rng, mom, "m", avoid=(er_doc, analyst, biller))
    pa = pid(rng)
    eu = unit(rng)
    svc = dt.date(2026, 1, 9)
    rec = plus(svc, 206)
    ld = workday(plus(rec, 4))
    due = plus(ld, 60)
    ref = f"HR{digits(rng, 9)}"
    acct = f"V{digits(rng, 8)}"
    trk = f"{digits(rng, 4)}-{digits(rng, 4)}"
    HOSP = "Juniata Memorial Hospital"
    lines = [("0450", "Emergency room, level 4", 1845.00), ("0300", "Laboratory", 412.40),
             ("0320", "X-ray, chest 2 views", 388.00), ("0636", "Drugs, detailed coding", 473.00)]
    total = sum(x[2] for x in lines)
    dep = 150.00
    fax = (f"{slash(plus(ld, 1))} 07:52  HOLLOWAY RIDGE CLAIMS  {tollfree(rng, '1-888')}  ->  "
           f"{HOSP.upper()} PFS   pg {{n}}")
    p = EFSheet(footer=None, footer_left="HRCS-TF-1 (rev. 02/2026)", fax_hdr=fax)
    p.set_margins(16, 13, 16)
    p.add_page()
    p.head(TPA, "HRCS", [f"Claims administrator for the {PLAN}",
                         f"PO Box {rng.randint(500, 999)}, Camp Hill, PA 17001  |  Provider line {tollfree(rng)}  |  "
                         f"Fax {tollfree(rng, '1-888')}"])
    p.pairs([("Date", long(ld)), ("To", f"{HOSP}, Patient Financial Services, attn. {biller}")], label_w=20, size=9.4)
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ref#", ref, 44, "L"), ("Patient", child, 70, "L"), ("Participant ID", pa, W - 114, "L")],
               size=9.0)
    p.capcells([("Pt acct no.", acct, 44, "L"), ("Date of service", slash(svc), 48, "L"),
                ("Received", slash(rec), 40, "L"), ("Fax tracking no.", trk, W - 132, "L")], size=9.0)
    p.ln(1)
    p.para(f"We have your claim for the emergency room visit of {child} on {long(svc)} (attending physician "
           f"Dr. {er_doc}). The charges are summarized below.", 9.4)
    rows = [[rc, d, n2(v)] for rc, d, v in lines]
    rows.append(["", "Total charges", n2(total)])
    rows.append(["", "Patient deposit at registration", trail(dep)])
    rows.append(["", "Balance on claim", n2(total - dep)])
    p.table(["Rev. code", "Description", "Amount"], rows, [W * 0.18, W * 0.56, W * 0.26], size=8.6, row_h=5.2,
            aligns=["L", "L", "R"])
    p.para(f"**This claim will not be paid.** The {PLAN} takes claims that reach us within 180 days after the date "
           f"of service. This one reached us on {long(rec)}, 206 days after the visit. We found no earlier claim for "
           f"this visit from your office.", 9.4)
    p.para("Under the Plan, the patient's family may not be billed for a claim refused for this reason when the "
           "hospital is in the Plan's network.", 9.4)
    p.para(f"If you can show that the claim was sent to us, or to the wrong payer by mistake, within the 180 days, "
           f"you may ask for a review within 60 days of the date of this letter. Send the proof (a clearinghouse "
           f"acceptance report or the other payer's refusal) to the address above.  {analyst}, claims analyst.", 9.4)
    t = truth("denial_letter", "timely_filing", insurer=TPA, group=None, member_id=pa, member_name=child, cases=[ref],
              claim_amount=m2(total), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=HOSP,
              appeal_deadline=due.isoformat(),
              alternates={"insurer": [BOARD, PLAN, "Holloway Ridge"], "provider": [f"Dr. {er_doc}"]})
    return out(p), t


def lowres_stack(rng):
    pastor, officer, clerk, pt = people(rng, 4, sexes="mfmf")
    wife = kin(rng, pastor, "f", avoid=(officer, clerk, pt))
    pa = pid(rng)
    eu = unit(rng)
    ld = dt.date(2026, 5, 11)
    due = plus(ld, 120)
    fwd = dt.date(2026, 5, 15)
    other_cert = f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}"
    gr = f"G-{digits(rng, 5)}"
    c = ctl(rng, dt.date(2026, 4, 22))
    PT = "Shikellamy Physical Therapy"
    DIST = "Mifflinburg Area School District"
    visits = [dt.date(2026, 4, d) for d in (1, 3, 8, 10, 15)]
    rate = 142.00
    total = rate * len(visits)
    f, mi, last = split_name(pastor)
    wf = split_name(wife)[0]
    addr = pa_address(rng)
    # the conference benefits officer's letter (its own document)
    a = EFSheet(footer=None, serif=True)
    a.set_margins(22, 18, 22)
    a.add_page()
    a.f(11.5, "B")
    a.cell(0, 7, CONF, align="C", new_x="LMARGIN", new_y="NEXT")
    a.f(8.6)
    a.cell(0, 4.4, f"Office of the Conference Benefits Officer  |  {rng.randint(10, 99)} Church St, Lewisburg, PA "
                   f"17837  |  {phone(rng, '570')}", align="C", new_x="LMARGIN", new_y="NEXT")
    a.rule(5)
    a.line(long(fwd), 10)
    a.ln(3)
    for ln in [f"The Rev. {pastor}", *addr]:
        a.line(ln, 10)
    a.ln(3)
    a.re_line([f"Benefits Board letter of {long(ld)}", wife, "physical therapy bills"], sep="  /  ", size=9.6)
    a.para(f"Dear {split_name(pastor)[0]},", 10)
    a.para(f"The Benefits Board copied me on its letter about {wf}'s therapy bills, which I enclose. I have seen this "
           f"many times: the Board will pay once the school district's plan has done its part. Please ask {wf} to "
           f"send the Board the statement she gets from her own plan, or to ask {PT} to bill her plan first.", 10)
    a.para("If the district's plan refuses, send that refusal to the Board as well. Nothing is lost by waiting a few "
           "weeks, and you do not need to ask for a review unless the Board still holds the claims after that.", 10)
    a.para(f"Grace and peace,\n\n{officer}\nConference Benefits Officer", 10)
    d_a = (out(a), truth("other", None, insurer=None, member_id=None, member_name=wife, denial_date=fwd.isoformat(),
                         provider=None, unscored=["insurer"],
                         alternates={"insurer": [BOARD], "member_name": [pastor], "provider": [PT]}))
    # the Board's two-page letter
    p = EFSheet(footer="Page {n} of {nb}", footer_left="LBB-COB-4 (rev. 08/2025)",
                run_hdr=f"{pastor}  |  Participant ID {pa}  |  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Coordination of Benefits Unit")
    p.line(long(ld), 9.8)
    p.ln(2)
    for ln in [f"The Rev. {pastor}", *addr]:
        p.line(ln, 9.8)
    p.ln(3)
    p.hung([(pa, "Participant ID", 44), (eu, "Employing unit no.", 38), (wife, "Patient", 54),
            (c, "Claim control no.", 43.9)], size=9.2)
    p.para(f"Dear Pastor {last}:", 9.8)
    p.para(f"We received claims from {PT} for {wf}'s physical therapy in April. We are holding these claims and are "
           f"not paying them now.", 9.8)
    p.para(f"When we checked, we learned that {wf} is also covered by the health plan of her employer, the {DIST}. "
           f"When a spouse has a plan through her own job, that plan pays her bills first, and this Plan looks at "
           f"what is left (Plan section 11.3). We have no statement from the district's plan showing what it paid.",
           9.8)
    p.para(f"Please send us that plan's statement for these visits. When it comes, we will look at the claims again "
           f"and pay what this Plan owes after the district's plan. The visits and amounts are on page 2.", 9.8)
    p.para(f"Sincerely,\n{clerk}\nCoordination of Benefits Unit", 9.6)
    p.add_page()
    p.bar("The claims we are holding")
    W = p.w - p.l_margin - p.r_margin
    rows = [[yy(d), "97110 Therapeutic exercise, 2 units", PT, n2(rate), "0.00", "Held - other plan first"]
            for d in visits]
    rows.append(["", "Refund of an earlier copay", "", "", "", cr(12.50)])
    p.table(["Date", "Service", "Provider", "Billed", "Paid", "Status"], rows,
            [W * 0.11, W * 0.3, W * 0.21, W * 0.1, W * 0.08, W * 0.2], size=8.0, row_h=5.0,
            aligns=["L", "L", "L", "R", "R", "L"])
    p.para(f"Total billed on these claims: {usd(total)}. Treating therapist: {pt}, DPT.", 9.2)
    p.pairs([("Other plan", f"{DIST} employee health plan"), ("Certificate no.", other_cert),
             ("Policyholder", wife)], label_w=40, size=9.2)
    p.bar("If you disagree")
    p.para("If the district's plan has ended, or if you think we have the facts wrong, you may ask the Claims Review "
           "Committee for a Step 1 review within 120 days of the date of this letter. "
           + STEPS.split("**Step 2.** ")[1], 9.2)
    p.para(f"Your grievance no. {gr}, about the time it took to answer your phone call in April, was closed on "
           f"{long(plus(ld, -3))}. It has nothing to do with these claims.", 9.0)
    d_b = (out(p), truth("denial_letter", "other", insurer=BOARD, group=eu, member_id=pa, member_name=wife, cases=[c],
                         claim_amount=m2(total), service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
                         denial_date=ld.isoformat(), provider=PT, appeal_deadline=due.isoformat(),
                         alternates={"insurer": BOARD_ALT, "provider": [pt],
                                     "service_dates": [[d.isoformat() for d in visits]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "scan300_statement_chiropractic_twenty_first_visit_totals_not_refused", "scan_clean_300",
             [scan_statement(rng)]),
        Item(F + "born_digital_advance_approval_knee_replacement_two_columns", "born_digital", [bd_approval(rng)]),
        Item(F + "photocopy_step_one_review_form_weight_loss_surgery_upheld", "photocopy",
             [photocopy_review_form(rng)]),
        Item(F + "phone_es_carta_sacristan_horas_bajo_veinte", "phone_photo", [phone_es_sexton(rng)]),
        Item(F + "rotated_mri_without_care_line_call_ticket_block_scan_line", "rotated", [rotated_mri(rng)]),
        Item(F + "faxstd_administrator_letter_to_hospital_claim_after_180_days", "fax_standard_g4",
             [faxstd_timely(rng)]),
    ]
    items.append(Item(F + "lowres_stack_conference_benefits_officer_letter_then_spouse_plan_first_sideways",
                      "scan_lowres_150", lowres_stack(rng), separators=["blank", None], turns={(1, 1): 90}))
    return items
