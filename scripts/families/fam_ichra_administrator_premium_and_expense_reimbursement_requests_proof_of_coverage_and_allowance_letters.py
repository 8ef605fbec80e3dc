"""An invented administrator of individual coverage health reimbursement arrangements (ICHRAs): Petrelline
Reimbursement Services runs the ICHRAs of two invented employers (Juno Ridge Freight Lines and Glasswort Dental
Studios). An employee buys individual health insurance; the employer's HRA repays the monthly premium and, where the
employer allows, the employee's own medical costs, up to a monthly allowance set by employee class and family size.
The administrator repays only with proof that the individual coverage is in force, only for people enrolled in the
HRA, only for expenses the plan lists, not twice for one receipt, and only for requests that reach it in time.
Every rule, allowance, limit (no carry-over of unused allowance, 90 days after participation ends, a proof of
coverage dated within 30 days, 180/90/60-day appeal limits), identifier shape (participant ID "JRF0048213" /
"GDS-204-7719", Ref# "R2604-12090", control number "PRS-26-", DCN "D26-"), employer, insurer, clinic, person,
address and date is invented; phones use 555. No heading names the kind of refusal; each reason is said in plain
words or only by a code and its legend.

Documents (8 in 7 files):
- born_digital_statement_allowance_used_up_spouse_mri_share: a monthly reimbursement statement with the employee's
  name and ID at the top, the April premium repaid in full and the spouse's MRI share repaid only in part under
  code M3 (the month's allowance was used up; no carry-over), an allowance ledger with "482.16-" deductions, an
  earlier repayment by the employee as "45.00 CR", a total repaid that is not the refused amount, a scan line;
  appeal "within 180 days after you receive this statement" gives no countable date (not_covered, eob).
- clean_sidebar_premiums_no_current_proof_of_coverage: a letter whose facts stand in a right-hand column beside
  phone, fax and TTY lines and a phone call's reference; two months of premiums refused because only last
  November's welcome letter is on file, the amount only in a sentence; "within 60 days after the date of this
  letter" (other).
- photocopy_determination_form_teeth_whitening_receipt: a determination form whose ticked box "Not repaid" is the
  only statement of the decision, "Enrollee identifier" and "control number" captions, the service date as
  "03.04.26" in the form and "Mar 4, 2026" in the reason; "within 180 days of the determination date shown in box
  4" (not_covered).
- phone_es_prima_plan_corto_plazo_no_reembolsable: a photographed Spanish letter refusing three months of premiums
  for a short-term plan, which is not individual health insurance under the HRA's rules ("US$ 289.00 al mes",
  "US$ 867.00"); "dentro de los 90 días siguientes a la fecha de esta carta" (not_covered).
- lowres_therapy_copays_sent_after_participation_ended: a 150 dpi letter: four therapy copays "from 2/2 through
  2/23/2026", each a dated row; the employee left on February 27 and the request came after the 90 days the plan
  allows; "no later than August 10, 2026" (timely_filing).
- rotated_proof_of_coverage_accepted_premium_repayments_set_up: a letter fed sideways approving premium repayments
  (denies nothing), small-capital captions at the left margin with values at the right of ruled boxes, the
  individual policy's certificate number as a decoy, a scan line.
- faxstd_stack_child_not_on_hra_then_duplicate_receipt_page2_upside_down: a letter refusing the employee's son's
  urgent care visit because the son is on the individual policy but was never added to the HRA, "within 180 days
  of the date of this notice" (eligibility); the blank back of its sheet; then a two-page letter closing a second
  request for an eye exam receipt already repaid, page 2 fed upside down with both requests in a table ("212.50-");
  "within 180 days after you receive this letter" (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famjc import (EFSheet, cr, dots, es_date, from_through, kin, local, long, n2, people,
                               scan_digits, slash, toll, trail, usd, wd_md)
from public_kit import digits, m2, out, plus, truth

FAMILY = "ichra_administrator_premium_and_expense_reimbursement_requests_proof_of_coverage_and_allowance_letters"
LANG = "en"
SEED = 355052
INS = "Petrelline Reimbursement Services"
ADDR = "2201 Wharfside Pkwy, Suite 400, Tacoma, WA 98421"
JUNO = "Juno Ridge Freight Lines"
JUNO_PLAN = "Juno Ridge Freight Lines Individual Coverage HRA"
GLASS = "Glasswort Dental Studios"
GLASS_PLAN = "Glasswort Dental Studios ICHRA"
ALT = ["Petrelline", "Petrelline Reimbursement Services, LLC"]
SUMMIT = "Summitline Health Plans"
COBBLE = "Cobblestone Mutual Health"
HARBOR = "Harbor Loom Imaging"
TANSY = "Tansy Meadow Dental"
SAGE = "Sagebrush Point Physical Therapy"
BRAMBLE = "Bramblecrest Pediatric Urgent Care"
WICKERBY = "Wickerby Eye Care"


def juno_id(rng) -> str:
    return f"JRF{digits(rng, 7)}"


def glass_id(rng) -> str:
    return f"GDS-{digits(rng, 3)}-{digits(rng, 4)}"


def ref_no(rng, month: str) -> str:
    return f"R{month}-{digits(rng, 5)}"


def _head(p: EFSheet, rng, box: str | None = None, es: bool = False):
    sub = ("Administración de HRA de cobertura individual para empleadores" if es else
           "Individual coverage HRA administration for employers")
    p.emblem_head(INS, "PRS", [f"{ADDR}   |   {toll(rng, '877')}   |   TTY 711   |   Fax {local(rng, '253')}"],
                  sub=sub, box=box, size=13)


def _addr(rng, es: bool = False) -> list[str]:
    if es:
        return [f"{rng.randint(100, 9800)} {rng.choice(['S Yakima Ave', 'Calle Mercado', 'E Pioneer Way'])}",
                rng.choice(["Wapato, WA 98951", "Pasco, WA 99301", "Toppenish, WA 98948"])]
    street = rng.choice(['NE Fremont Loop', 'Puget Bluff Rd', 'S Cedar Spur', 'Old Town Way'])
    return [f"{rng.randint(100, 9800)} {street}",
            rng.choice(["Olympia, WA 98501", "Bremerton, WA 98312", "Kent, WA 98032", "Centralia, WA 98531"])]


# --- 1. monthly statement: allowance used up, spouse's MRI share (born digital) -------------------------------------
def bd_statement(rng):
    emp, sp = people(rng, 2, sex="MF")
    spouse = kin(sp, emp)
    mid = juno_id(rng)
    sd = dt.date(2026, 5, 1)
    mri = dt.date(2026, 4, 7)
    r1, r2 = ref_no(rng, "2604"), ref_no(rng, "2604")
    prem, req = 482.16, 260.00
    allow = 650.00
    paid2 = round(allow - prem, 2)
    left = round(req - paid2, 2)
    scan = f"{mid}  {sd.strftime('%m%d%y')}  {scan_digits(rng, [6, 10, 1])}"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="PRS-STM (rev. 03/2025)  This is not a bill.",
                top=f"{emp}  -  Participant ID {mid}", scan=scan)
    p.set_auto_page_break(True, margin=26)
    p.set_margins(12, 14, 12)
    p.add_page()
    _head(p, rng, box="REIMBURSEMENT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    p.addr_pair("Participant", [emp, *_addr(rng)], "Your HRA",
                [JUNO_PLAN, f"Employer no. ER-5512   HRA plan no. 503", f"Statement date {long(sd)}",
                 "Activity from 04/01/2026 to 04/30/2026"], size=9.0, split=0.44)
    p.bar("Requests we handled this month", size=9.2)
    head = ["Ref#", "Received", "For", "Paid to / provider", "Patient", "Service", "Asked", "Repaid", "Not repaid",
            "Code"]
    widths = [21, 14, 34, 33, 27, 14, 13, 13, 14, W - 183]
    aligns = ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"]
    rows = [[r1, "04/03/26", "April premium", SUMMIT, emp.split()[0] + " " + emp.split()[-1],
             "04/2026", n2(prem), n2(prem), "0.00", "A1"],
            [r2, "04/15/26", "MRI left knee, your share", HARBOR, spouse.split()[0] + " " + spouse.split()[-1],
             mri.strftime("%m/%d/%y"), n2(req), n2(paid2), n2(left), "M3"]]
    p.ledger(head, rows, widths, aligns=aligns, size=7.2, row_h=4.8,
             totals=["", "", "Totals", "", "", "", n2(prem + req), n2(prem + paid2), n2(left), ""])
    p.bar("Your April allowance", size=9.2)
    p.rpairs([(n2(allow), "Monthly allowance (full-time, employee + spouse)"),
              (trail(prem), f"Premium repaid, Ref# {r1}"),
              (trail(paid2), f"Expense repaid, Ref# {r2}"),
              ("0.00", "Left for April")], val_w=34, size=9.0, h=4.8)
    p.bar("Other account activity", size=9.2)
    p.rpairs([(cr(45.00), "Check 1042 from you, 04/09/2026 (a March card purchase we could "
                          "not accept)")], val_w=34, size=9.0, h=4.8)
    p.f(9.4, "B")
    p.cell(W * 0.72, 6, "Total repaid to you this statement (direct deposit 04/30/2026)", align="R")
    p.cell(W * 0.28, 6, usd(prem + paid2), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.bar("Codes", size=9.2)
    p.reasons([("A1", "Repaid in full."),
               ("M3", f"By the time we reached this request, the other amounts on this statement had used the whole "
                      f"April allowance. {JUNO}' plan does not move unused requests into a later month, so the part "
                      "shown under Not repaid will not be repaid.")], size=8.6)
    p.para(f"Patient {spouse} is enrolled in your HRA as your spouse. If you disagree with how a request was "
           "handled, you may appeal within 180 days after you receive this statement. Write to the address above "
           "and include the Ref#.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, plan_id="503", group="ER-5512", member_id=mid, member_name=spouse,
              cases=[r2], claim_amount=m2(req), service_dates=[mri.isoformat()], denial_date=sd.isoformat(),
              provider=HARBOR,
              alternates={"insurer": ALT + [JUNO_PLAN, JUNO], "claim_amount": [m2(left)], "plan_id": [None]},
              denial_alternates=["other"])
    return out(p), t


# --- 2. sidebar letter: premiums, no current proof of coverage (clean scan) ----------------------------------------
def clean_proof(rng):
    emp, clerk = people(rng, 2)
    mid = glass_id(rng)
    ref = ref_no(rng, "2605")
    call = f"C{digits(rng, 8)}"
    ld = dt.date(2026, 5, 14)
    asked = dt.date(2026, 4, 20)
    welcome = dt.date(2025, 11, 14)
    a, b = dt.date(2026, 4, 1), dt.date(2026, 5, 31)
    prem = 618.30
    p = EFSheet(footer="Page {n} of {nb}", footer_left="PRS-L3 (rev. 03/2025)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng)
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [emp, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(5)
    side = [("Participant ID", mid), ("Ref#", ref), ("Employer", GLASS), ("Employer no.", "ER-7731"),
            ("Phone", toll(rng, "877")), ("Fax", local(rng, "253")), ("TTY", "711"),
            ("Your call of May 6, ref.", call)]
    paras = [
        f"Dear {emp}:",
        f"You asked us to repay your premiums to {COBBLE} for April 1 through May 31, 2026. We cannot repay the "
        f"{usd(prem * 2)} you asked for ({usd(prem)} for each month) at this time.",
        f"The only paper about your policy that we have is {COBBLE}'s welcome letter of {long(welcome)}. It does not "
        "show that the policy is still in force this year, or what you now pay each month.",
        f"{GLASS}' plan lets us repay a premium only when we hold a paper from the insurer, dated within the last "
        "30 days, that shows the person covered, the policy and the monthly premium: a bill, a payment notice or a "
        f"page from the insurer's website will do. We wrote to you on {long(asked)} asking for one, and nothing "
        "came.",
        "Send it with the Ref# at the right, and we will repay both months if it shows the policy was in force. "
        "If you disagree with this decision, you may appeal within 60 days after the date of this letter.",
        f"Sincerely,\n{clerk}\nParticipant Services",
    ]
    p.facts_right(side, paras, side_w=58, size=9.8, title="Your request")
    t = truth("denial_letter", "other", insurer=INS, group="ER-7731", member_id=mid, member_name=emp, cases=[ref],
              claim_amount=m2(prem * 2), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=ld.isoformat(), appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT + [GLASS_PLAN, GLASS], "provider": [COBBLE],
                          "service_dates": [[], [a.isoformat(), b.isoformat()]], "claim_amount": [m2(prem)]},
              denial_alternates=["eligibility"])
    return out(p), t


# --- 3. determination form: teeth whitening (photocopy) ------------------------------------------------------------
def photocopy_form(rng):
    emp, reviewer = people(rng, 2)
    mid = juno_id(rng)
    ctl = f"PRS-26-{digits(rng, 6)}"
    svc = dt.date(2026, 3, 4)
    got, decided = dt.date(2026, 3, 19), dt.date(2026, 3, 31)
    amt = 450.00
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form PRS-D7 (rev. 03/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, box="REIMBURSEMENT REQUEST DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    p.form_fields([[("Enrollee", emp, W * 0.5), ("Enrollee identifier", mid, W * 0.5)],
                   [("Control number", ctl, W * 0.34), ("Received", slash(got), W * 0.33),
                    ("Determination date", slash(decided), W * 0.33)],
                   [("Employer / HRA", JUNO_PLAN, W * 0.67), ("Employer no.", "ER-5512", W * 0.33)],
                   [("Provider on receipt", TANSY, W * 0.5), ("Date of service", dots(svc), W * 0.2),
                    ("Amount on receipt", n2(amt), W * 0.3)]], size=9.6)
    p.decision_form("8. Determination", [(False, "Repaid in full"), (False, "Repaid in part"),
                                         (True, "Not repaid")], size=9.6)
    p.checks("9. Why (box ticked applies)", [
        (False, "The receipt does not show the patient, the provider, the date or what was done."),
        (True, f"The receipt from {TANSY} for Mar 4, 2026 is for whitening teeth. The plan repays care that treats "
               "or prevents a health problem; care done to change how teeth look is outside what it repays."),
        (False, "The date of service is before you joined the HRA or after you left it."),
        (False, "This receipt was repaid before."),
    ], size=9.4)
    p.para(f"Reviewed by {reviewer}. If the same visit included an exam or a filling, send an itemized receipt "
           "showing those lines and we will look at them as a new request.", 9.4)
    p.para("Appeals must be received within 180 days of the determination date shown in box 4. Write to Appeals at "
           "the address above, or fax your appeal, and include the control number.", 9.4)
    p.barcode(p.w - p.r_margin - 64, p.get_y() + 2, ctl.replace("-", ""), f"*{ctl.replace('-', '')}*", w=60, h=9)
    t = truth("denial_letter", "not_covered", insurer=INS, group="ER-5512", member_id=mid, member_name=emp,
              cases=[ctl], claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=decided.isoformat(),
              provider=TANSY, appeal_deadline=plus(decided, 180).isoformat(),
              alternates={"insurer": ALT + [JUNO_PLAN, JUNO]})
    return out(p), t


# --- 4. Spanish letter: short-term plan premiums (phone photo) -----------------------------------------------------
def phone_es(rng):
    emp, = people(rng, 1, es=True)
    mid = glass_id(rng)
    trk = f"S26-{digits(rng, 6)}"
    ld = dt.date(2026, 5, 12)
    a, b = dt.date(2026, 3, 1), dt.date(2026, 5, 31)
    prem = 289.00
    p = EFSheet(footer=None, footer_left="PRS-L3S (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, es=True)
    p.line(f"Fecha: {es_date(ld)}", 10.5)
    p.ln(2)
    for ln in [emp, *_addr(rng, es=True)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.pairs([("Núm. de participante", mid), ("Núm. de seguimiento", trk), ("Empleador", GLASS)], label_w=50,
            size=10.4, h=5.8)
    p.ln(2)
    p.line("Decisión sobre su solicitud de reembolso", 12.5, "B")
    p.ln(2)
    p.para(f"Estimado(a) {emp}:", 10.5)
    p.para(f"Usted nos pidió el reembolso de las primas de su plan Trailhead Corto Plazo, de Pinecroft Indemnity Co., "
           f"a razón de US$ {n2(prem)} al mes. No podemos reembolsarlas.", 10.5)
    p.para(f"El HRA de {GLASS} solo devuelve primas de un seguro médico individual que cumpla las reglas de esa "
           "clase de seguro, o de Medicare. El plan Trailhead se vende por seis meses a la vez, no se puede renovar "
           "con seguridad y no incluye todos los servicios que esas reglas exigen, como la maternidad y la salud "
           "mental. Por eso no sirve para este HRA, y las primas que pagó por él no se pueden devolver.", 10.5)
    p.table(["Período de las primas", "Meses", "Monto pedido"],
            [[f"{es_date(a)} - {es_date(b)}", "3", f"US$ {n2(prem * 3)}"]], [92, 24, 50], size=9.8,
            aligns=["L", "C", "R"])
    p.para("Si se inscribe en un seguro médico individual, envíenos la prueba y podremos reembolsar las primas "
           "desde el mes en que comience. Si no está de acuerdo con esta decisión, puede apelar dentro de los 90 "
           "días siguientes a la fecha de esta carta.", 10.5)
    p.para("Atentamente,\nServicios al Participante", 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=emp, cases=[trk],
              claim_amount=m2(prem * 3), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=ld.isoformat(), appeal_deadline=plus(ld, 90).isoformat(), lang="es",
              alternates={"insurer": ALT + [GLASS_PLAN, GLASS], "provider": ["Pinecroft Indemnity Co."],
                          "service_dates": [[]], "claim_amount": [m2(prem)]},
              denial_alternates=["eligibility"])
    return out(p), t


# --- 5. late request after leaving the employer (150 dpi) ----------------------------------------------------------
def lowres_late(rng):
    emp, clerk = people(rng, 2)
    mid = juno_id(rng)
    trk = f"T26-{digits(rng, 6)}"
    left = dt.date(2026, 2, 27)
    last = plus(left, 90)
    got = dt.date(2026, 6, 9)
    ld = dt.date(2026, 6, 12)
    by = dt.date(2026, 8, 10)
    visits = [dt.date(2026, 2, 2), dt.date(2026, 2, 9), dt.date(2026, 2, 16), dt.date(2026, 2, 23)]
    cop = 45.00
    p = EFSheet(footer="Page {n} of {nb}", footer_left="PRS-L9 (rev. 03/2025)",
                top=f"{emp}  |  Participant ID {mid}  |  tracking no. {trk}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(long(ld), 10.5)
    p.ln(2)
    for ln in [emp, *_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.hung([(mid, "Participant ID", 50), (trk, "tracking no.", 46), ("ER-5512", "employer no.", 36),
            (slash(got), "received", 40)], size=10)
    p.para(f"Dear {emp}:", 10.5)
    p.para(f"We received your request to repay four physical therapy copays at {SAGE}, "
           f"{from_through(visits[0], visits[-1])}. We will not repay them.", 10.5)
    p.para(f"Your place in the {JUNO_PLAN} ended with your job on {long(left)}. The plan gives a person who leaves "
           "90 days to send requests for costs from the time they were in it; for you that time ran out on "
           f"{long(last)}. Your request reached us on {long(got)}.", 10.5)
    p.table(["Visit", "Date", "Copay asked"],
            [[wd_md(d), slash(d), n2(cop)] for d in visits] + [["", "Total", n2(cop * len(visits))]],
            [40, 50, 40], size=10, aligns=["L", "L", "R"])
    p.para("If something kept you from sending it sooner, such as a hospital stay, tell us; we can look at it again. "
           f"Send your appeal so that it arrives no later than {long(by)}.", 10.5)
    p.para(f"Sincerely,\n{clerk}\nParticipant Services", 10.5)
    t = truth("denial_letter", "timely_filing", insurer=INS, group="ER-5512", member_id=mid, member_name=emp,
              cases=[trk], claim_amount=m2(cop * len(visits)),
              service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"], denial_date=ld.isoformat(),
              provider=SAGE, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT + [JUNO_PLAN, JUNO],
                          "service_dates": [[d.isoformat() for d in visits]]})
    return out(p), t


# --- 6. approval: proof accepted, premium repayments set up (rotated; denies nothing) -------------------------------
def rotated_ok(rng):
    emp, clerk = people(rng, 2)
    mid = glass_id(rng)
    req = f"R2606-{digits(rng, 5)}"
    cert = f"CM{digits(rng, 9)}"
    ld = dt.date(2026, 6, 3)
    start = dt.date(2026, 6, 1)
    prem, allow = 534.18, 600.00
    scan = f"{mid.replace('-', '')}  {ld.strftime('%y%m%d')}  {scan_digits(rng, [8, 3])}"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="PRS-A2 (rev. 03/2025)", scan=scan)
    p.set_auto_page_break(True, margin=26)
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(long(ld), 10)
    p.ln(2)
    for ln in [emp, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Your premium repayments are set up", 12, "B")
    p.ln(3)
    p.sc_boxes([("Participant ID", mid), ("Request no.", req), ("Employer", GLASS), ("Insurer", COBBLE),
                ("Certificate no. (insurer)", cert), ("Monthly premium", usd(prem)),
                ("Monthly allowance", usd(allow)), ("First month repaid", "June 2026")], cap_w=56, size=10)
    p.para(f"Thank you for sending {COBBLE}'s premium notice. It shows your policy in force and a premium of "
           f"{usd(prem)} a month, so we have approved your request. Starting with {long(start)}, we will repay the "
           "premium each month by direct deposit, within five business days after the insurer's payment date.", 10)
    p.para(f"The {usd(allow - prem)} left of each month's allowance may be used for your own medical costs under "
           f"{GLASS}' plan. Send a new premium notice whenever the premium changes, and at least once a year.", 10)
    p.para(f"Sincerely,\n{clerk}\nParticipant Services", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=emp, cases=[req], denial_date=ld.isoformat(),
              alternates={"insurer": ALT + [GLASS_PLAN, GLASS], "case_numbers": [[]], "provider": [COBBLE],
                          "service_dates": [[start.isoformat()]]})
    return out(p), t


# --- 7/8. fax stack: son not on the HRA; duplicate eye exam receipt (page 2 upside down) ----------------------------
def fax_stack(rng):
    emp, kid, clerk = people(rng, 3, sex="MM.")
    son = kin(kid, emp)
    mid = juno_id(rng)
    dcn = f"D26-{digits(rng, 7)}"
    visit = dt.date(2026, 3, 28)
    added = dt.date(2026, 3, 1)
    ld1 = dt.date(2026, 4, 21)
    amt1 = 145.00
    addr = _addr(rng)
    a = EFSheet(footer="Page {n} of {nb}", footer_left="PRS-L5 (rev. 03/2025)")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng)
    a.line(long(ld1), 11)
    a.ln(2)
    for ln in [emp, *addr]:
        a.line(ln, 11)
    a.ln(3)
    a.pairs([("Participant ID", mid), ("DCN", dcn), ("Patient", son)], label_w=36, size=11, h=6.2)
    a.ln(2)
    a.para(f"Dear {emp}:", 11)
    a.para(f"You sent us a receipt for {son}'s visit to {BRAMBLE} on {long(visit)}, for {usd(amt1)}. We are not "
           "able to repay it.", 11)
    a.para(f"Your HRA lists only you. {son.split()[0]} was added to your {SUMMIT} policy on {long(added)}, but no "
           "one asked us to add him to the HRA, and your monthly allowance is set for one person. The plan repays "
           "costs only for the people enrolled in the HRA.", 11)
    a.para(f"To add him, send {JUNO}' change form to your benefits office; it must reach them within 30 days after "
           "the change to your policy, or wait for the next enrollment period.", 11)
    a.para("If you disagree, you may appeal within 180 days of the date of this notice. Write to Appeals at the "
           "address above.", 11)
    a.para(f"Sincerely,\n{clerk}", 11)
    t1 = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=son, cases=[dcn],
               claim_amount=m2(amt1), service_dates=[visit.isoformat()], denial_date=ld1.isoformat(),
               provider=BRAMBLE, appeal_deadline=plus(ld1, 180).isoformat(),
               alternates={"insurer": ALT + [JUNO_PLAN, JUNO]})

    icn = f"PRS-26-{digits(rng, 6)}"
    first = ref_no(rng, "2603")
    exam = dt.date(2026, 3, 6)
    paid = dt.date(2026, 3, 20)
    got2 = dt.date(2026, 4, 17)
    ld2 = dt.date(2026, 4, 27)
    amt2 = 212.50
    b = EFSheet(footer="Page {n} of {nb}", footer_left="PRS-L6 (rev. 03/2025)",
                top=f"{emp}  /  Participant ID {mid}  /  page {{n}}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng)
    b.line(long(ld2), 11)
    b.ln(2)
    for ln in [emp, *addr]:
        b.line(ln, 11)
    b.ln(3)
    b.pairs([("Control number", icn), ("Received", long(got2))], label_w=40, size=11, h=6.2)
    b.ln(2)
    b.para(f"Dear {emp}:", 11)
    b.para(f"We received a request to repay your eye exam at {WICKERBY} on {long(exam)}. We already repaid that "
           f"same receipt on {long(paid)} under request {first}, so we have closed this one without paying it "
           "again.", 11)
    b.para("If you meant to send a different receipt, such as one for glasses or a second visit, send it with a "
           "new request. The two requests are shown on the next page.", 11)
    b.add_page()
    b.bar("The two requests", size=10.5)
    b.table(["Request", "Received", "Date of service", "Provider", "Amount", "Result"],
            [[first, "03/12/2026", slash(exam), WICKERBY, n2(amt2), "repaid 03/20/2026"],
             [icn, slash(got2), slash(exam), WICKERBY, n2(amt2), "closed, repaid before"],
             ["", "", "", "", trail(amt2), "removed from this month"]],
            [32, 22, 24, 34, 22, 46], size=9.4, aligns=["L", "L", "L", "L", "R", "L"])
    b.para("If you disagree, you may appeal within 180 days after you receive this letter. Include the control "
           "number.", 11)
    b.para(f"Sincerely,\n{clerk}\nParticipant Services", 11)
    t2 = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=emp, cases=[icn],
               claim_amount=m2(amt2), service_dates=[exam.isoformat()], denial_date=ld2.isoformat(),
               provider=WICKERBY,
               alternates={"insurer": ALT + [JUNO_PLAN, JUNO], "case_numbers": [[icn, first]]})
    return [(out(a), t1), (out(b), t2)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_statement_allowance_used_up_spouse_mri_share", "born_digital", [bd_statement(rng)]),
        Item(F + "clean_sidebar_premiums_no_current_proof_of_coverage", "scan_clean_300", [clean_proof(rng)]),
        Item(F + "photocopy_determination_form_teeth_whitening_receipt", "photocopy", [photocopy_form(rng)]),
        Item(F + "phone_es_prima_plan_corto_plazo_no_reembolsable", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_therapy_copays_sent_after_participation_ended", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "rotated_proof_of_coverage_accepted_premium_repayments_set_up", "rotated", [rotated_ok(rng)]),
        Item(F + "faxstd_stack_child_not_on_hra_then_duplicate_receipt_page2_upside_down", "fax_standard_g4",
             fax_stack(rng), separators=["duplex", None], turns={(1, 1): 180}),
    ]
