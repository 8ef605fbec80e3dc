"""Papers of a federal program paying the medical bills of former uranium miners, millers and ore transporters and of
downwinders, mirrored (structure and plain wording style only) from the public programs that compensate people
exposed to radiation from uranium work and atmospheric weapons testing and pay their medical bills through a
medical benefits card and a bill processing agent. Public features kept as themselves: the Radiation Exposure
Compensation Act (42 U.S.C. 2210 note) as the law under which people were awarded compensation; the three worker
groups (miners, millers, ore transporters) and downwinders; a list of covered conditions on each person's card (the
nonmalignant lung diseases, renal disease and cancers the Act names), with bills for any other condition not payable;
a fee schedule and no cost to the person for covered care; prior approval of equipment and therapy courses; a bill
processing contractor; a review by the program office. Invented: the Radiation Exposure Medical Care Program and its
Program Office in Cerro Vidrio, NM (emblem with the brand split over two lines; the body says "the Program"), the
bill processing agent Duskmeadow Claims Services, Inc. (logo word "DUSKMEADOW" over its small legal name), the rule
that Medicare or other health insurance pays first for a downwinder who has it, the 120-day bill filing limit, the
rule that care before the day the Program received the application for medical benefits is not paid, card numbers
"OS" + eight digits (printed grouped "OS 4107 2259" on some papers), award numbers "UM-", "UL-", "UT-", "DW-" + five
digits, bill numbers (TCN) of 13 digits, prior approval requests "PA-26-" + five digits, condition requests
"CND-26-" + four digits, every town (Cerro Vidrio, Sombra Wash, Redlaw Flats, Halcyon Mesa), clinic, hospital,
supplier, clinician, person, number, amount and address; phones 555.

Documents (8 in 7 files):
- bd_statement_cardiology_bill_not_covered_condition_footnotes: a born-digital two-page bill payment statement to a
  former miller ("Date of statement: Wed ..."), four providers' bills in one unruled table, each row with a status
  letter (P / R / N, explained in a key) and bare footnote marks ("1", "1, 3", "4, 6") explained in a numbered note
  list on page 2; the cardiology bill (atrial fibrillation, not on his card) pays 0.00 under N with notes 4 and 6,
  its rows cut across the page break (not_covered).
- faxstd_pulmonary_rehab_second_course_not_necessary: a standard-fax prior approval decision from the bill processing
  agent ("Decision of Tuesday, ..."), captions left of ruled boxes, a second 36-session pulmonary rehabilitation course
  for silicosis refused (medical_necessity).
- faxstd_stack_daughter_cover_medicare_first_then_hospital_bill: a standard-fax stack: a daughter's hand-lettered
  cover on a library counter form ("Attn", "Frm:", "Re:" run into the subject, the page count in words; the patient
  named, the insurer not), the Program's letter returning a thyroid biopsy bill because Medicare pays first for a
  downwinder who has it (other; page 2 sideways), then the hospital's own statement for the same visit (denies nothing).
- scan300_es_late_bill_ore_transporter: a clean-scan Spanish letter ("Fecha del aviso: jueves, ..."), a lung clinic's
  bill received more than 120 days after the visits (timely_filing).
- photocopy_care_before_benefits_began_downwinder: a photocopied letter from the agent, values over captions in ruled
  boxes, two-column prose and a running footer: hematology care for a downwinder's lymphoma before the Program received
  the application (eligibility); a printed last day to ask for review.
- photo_oxygen_concentrator_without_prior_approval: a photographed Program letter ("the 5th of March 2026" in the
  prose), a portable oxygen concentrator delivered without prior approval (prior_authorization).
- rotated_covered_condition_added_chronic_renal_disease: the Program's notice that chronic renal disease was added to
  a miller's card, fed turned (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsa import (ESSheet, abbr, caps_date, digits, dmy_slash, dr, es_date, es_wd_long, first_last,
                               home_cover, iso, last_first, long, m2, money_es, n2, nodollar, of_date, out, people,
                               phone, phone_dash, plus, slash, surname, tollfree, truth, tx_date, usd, wd_slash,
                               wday_long, workday, yy)

FAMILY = ("radiation_exposure_medical_care_program_uranium_workers_downwinders_unlisted_condition_rehab_course"
          "_medicare_first_late_bill_pre_benefit_care_and_oxygen_refusals")
LANG = "en"
SEED = 355080
USED: set = set()

PROG = "Radiation Exposure Medical Care Program"
PROG_ALT = [PROG, "Radiation Exposure Medical Care Program, Program Office", "Radiation Exposure Medical Care"]
DUSK = "Duskmeadow Claims Services, Inc."
DUSK_ALT = [DUSK, "Duskmeadow Claims Services", "Duskmeadow", PROG]
PROG_ADDR = ["Program Office", "2250 Mesa Quemada Blvd, Suite 300", "Cerro Vidrio, NM 87431"]
DUSK_ADDR = ["P.O. Box 60418", "Redlaw Flats, UT 84791"]
LAW = "Radiation Exposure Compensation Act (42 U.S.C. 2210 note)"
PROG_FOOT = ("REMCP  \u00b7  medical benefits under the Radiation Exposure Compensation Act  \u00b7  bills processed by "
             + DUSK)
DUSK_FOOT = DUSK + "  \u00b7  bill processing agent for the " + PROG + "  \u00b7  contract 26-RX-0417-B"


def card(rng) -> str:
    return f"OS{digits(rng, 8)}"


def grouped(c: str) -> str:
    return f"{c[:2]} {c[2:6]} {c[6:]}"


def tcn(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{digits(rng, 8)}"


def tcn_sp(t: str) -> str:
    return f"{t[:5]} {t[5:9]} {t[9:]}"


def prog_head(p: ESSheet, rng, box: str | None = None, es: bool = False):
    right = PROG_ADDR + [f"Medical benefits line {tollfree(rng, '888')}", f"TTY 711  \u00b7  Fax {phone(rng, '505')}"]
    legal = ([f"Programa de Atención Médica por Exposición a la Radiación", f"bajo la {LAW}"] if es else
             [f"Medical benefits under the {LAW}"])
    p.split_mark("RADIATION EXPOSURE", "MEDICAL CARE PROGRAM", legal, right, box=box, size=14.5)


def dusk_head(p: ESSheet, rng, box: str | None = None, unit: str = "Medical Authorization Unit"):
    p.logo_legal("DUSKMEADOW", DUSK, [unit, DUSK_ADDR[0], DUSK_ADDR[1], f"Phone {phone(rng, '435')}",
                                      f"Fax {phone(rng, '435')}"],
                 box=box, size=23, spacing=1.4,
                 small=["bill processing agent for the Radiation Exposure Medical Care Program"])


def addr_block(p: ESSheet, lines: list[str], size: float = 9.4):
    p.f(size)
    for ln in lines:
        p.set_x(p.l_margin)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def sign(p: ESSheet, lines: list[str], size: float = 9.2, close: str = "Sincerely,"):
    p.f(size)
    p.set_x(p.l_margin)
    p.cell(0, 5, close, new_x="LMARGIN", new_y="NEXT")
    p.ln(7)
    for i, ln in enumerate(lines):
        p.f(size if i == 0 else size - 0.6, "B" if i == 0 else "")
        p.set_x(p.l_margin)
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    member = people(rng, 1, "rw", sexes="M", used=USED)[0]
    pulm, cardio, rad = people(rng, 3, "rc", sexes="FMF", used=USED)
    c = card(rng)
    award = f"UL-{digits(rng, 5)}"
    sd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    v1, v2 = dt.date(2026, 1, 27), dt.date(2026, 2, 1)
    c1, c2 = dt.date(2026, 2, 9), dt.date(2026, 2, 16)
    ct = dt.date(2026, 2, 18)
    heart = "Mesa Quemada Heart Center, PC"
    bills = [
        ("Cerro Vidrio Lung & Sleep Clinic", "Rendering: " + dr(pulm, "MD"), v1 + dt.timedelta(days=6),
         [(v1, "99214", "Office visit, established", "J84.10", 236.00, 164.52, 164.52, "P", "1"),
          (v1, "94729", "Diffusing capacity (DLCO)", "J84.10", 188.00, 121.30, 121.30, "P", "1"),
          (v1, "94010", "Spirometry", "J62.8", 96.00, 58.44, 58.44, "P", "1")]),
        ("Cañada Roja Home Oxygen, LLC", "Ordering: " + dr(pulm, "MD"), v2 + dt.timedelta(days=4),
         [(v2, "E1390", "Oxygen concentrator, monthly rental", "J84.10", 310.00, 218.60, 218.60, "R", "1, 3")]),
        (heart, "Rendering: " + dr(cardio, "MD"), c2 + dt.timedelta(days=5),
         [(c1, "99204", "Office visit, new patient", "I48.91", 398.00, 0.00, 0.00, "N", "4, 6"),
          (c1, "93000", "Electrocardiogram, complete", "I48.91", 86.00, 0.00, 0.00, "N", "4, 6"),
          (c2, "93306", "Echocardiogram, complete", "I48.91", 1184.00, 0.00, 0.00, "N", "4, 6")]),
        ("Redlaw Flats Imaging", "Reading radiologist: " + dr(rad, "MD"), ct + dt.timedelta(days=3),
         [(ct, "71250", "CT chest without contrast", "J62.8", 1420.00, 312.75, 312.75, "R", "1, 2")]),
    ]
    nos = [tcn(rng, b[2]) for b in bills]
    den = 2
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  card {grouped(c)}  \u00b7  statement of {slash(sd)}  \u00b7  "
                        "page {n}")
    p.set_margins(15, 15, 15)
    p.add_page()
    prog_head(p, rng, box="BILL PAYMENT STATEMENT")
    y0 = p.get_y()
    addr_block(p, [member.upper(), f"HC 61 Box {digits(rng, 3)}", "Sombra Wash, AZ 86044"], 9.4)
    p.bare_ids([(grouped(c), "medical benefits card"),
                (award, "award no. (compensation claim)"), ("02/01/2026 - 02/28/2026", "bills received")],
               p.w - p.r_margin - 82, y0, 82, size=8.6)
    p.set_y(max(p.get_y(), y0 + 22))
    p.f(8.8, "B")
    p.cell(0, 5, f"Date of statement: {wd_slash(sd)}", new_x="LMARGIN", new_y="NEXT")
    p.boxes([[("Covered conditions on your card", "Pulmonary fibrosis (J84.10)  \u00b7  Silicosis (J62.8)", 0.62),
              ("Covered since", "August 14, 2025", 0.19), ("Your share", "$0.00", 0.19)]], size=8.6)
    tb = sum(x[4] for b in bills for x in b[3])
    ta = sum(x[5] for b in bills for x in b[3])
    p.sc_shade([("Bills processed", str(len(bills)), 0.25), ("Billed by providers", usd(tb), 0.25),
                ("Paid by the Program", usd(ta), 0.25), ("Your share", "$0.00", 0.25)], size=8.8, shade=232)
    p.para_cols([
        "This statement lists the bills we processed for you last month. The Program pays enrolled providers directly "
        "at the Program fee schedule. You owe nothing for covered care of a covered condition.",
        "Each bill is listed under the provider who sent it, with its bill number. St shows what happened to each "
        "line, and the numbers under Notes point to the notes after the table.",
        "Keep this statement with your medical benefits card papers. It is not a bill. Do not pay a provider for a "
        "line with status P or R; call us if one asks you to.",
    ], size=8.0)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for i, (bill, rend, rcv, lines) in enumerate(bills):
        rows.append(("span", f"{bill}    bill {nos[i]}    received {slash(rcv)}"))
        rows.append(("note", rend))
        for j, (d, code, s, dx, b, a, pd, st, nt) in enumerate(lines):
            rows.append([yy(d), code, s, dx, n2(b), n2(a), n2(pd), st, nt])
            if i == den and j == 1:
                rows.append(("break",))
        rows.append(("bold", ["", "", "Bill total", "", n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)),
                              n2(sum(x[6] for x in lines)), "", ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "All bills", "", n2(tb), n2(ta), n2(ta), "", ""]))
    p.claim_rows(["Date", "Code", "Service", "Diagnosis", "Billed", "Fee schedule", "Paid", "St", "Notes"],
                 [W * k / 100 for k in (8.5, 7, 31, 9.5, 10, 11.5, 9, 4.5, 9)],
                 ["L", "L", "L", "L", "R", "R", "R", "C", "L"], rows, size=7.8)
    p.f(7.4)
    p.set_x(p.l_margin)
    p.cell(0, 4, "St (status):  P paid  \u00b7  R paid at the fee schedule, reduced  \u00b7  N not payable  \u00b7  "
                 "H held for information", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.num_notes("Notes", [
        ("1", "Paid to the provider at the Program fee schedule for a covered condition."),
        ("2", "The provider billed more than the fee schedule. An enrolled provider may not bill you for the "
              "difference. Example: if a provider bills $300.00 and the fee schedule is $210.00, you owe nothing."),
        ("3", "Rental month 5 of 36 for this equipment."),
        ("4", "The diagnosis on this line is not one of the covered conditions on your card. The Program pays only "
              "for care of a covered condition. Atrial fibrillation is not on your card."),
        ("5", "We need the provider's office notes before we can process this line."),
        ("6", "This line is not paid by the Program. The provider may bill you or your other health insurance, "
              "such as Medicare, for it."),
    ], size=7.8)
    p.bar("If you disagree", 8.8)
    p.para("If you disagree with how we processed a bill on this statement, write to the Program Office within 60 days "
           f"of the date of this statement. Tell us the bill number and why you disagree. Send it to the {PROG}, "
           f"{PROG_ADDR[0]}, "
           f"{PROG_ADDR[1]}, {PROG_ADDR[2]}. To ask that a new condition be added to your card, your doctor must "
           "send a medical report with the diagnosis; see the enclosed sheet.", 8.2)
    p.para(f"Direct payments this month: EFT 4417 0932 and EFT 4417 1108 to the providers above.  \u00b7  "
           f"Questions: call the medical benefits line.", 7.4)
    amt = sum(x[4] for x in bills[den][3])
    t = truth("eob", "not_covered", insurer=PROG, member_id=c, member_name=member, cases=[nos[den]],
              claim_amount=m2(amt), service_dates=[iso(c1), iso(c2)], denial_date=iso(sd),
              provider=dr(cardio, "MD"), appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": PROG_ALT, "provider": [cardio, heart, "Mesa Quemada Heart Center"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_rehab(rng):
    member = people(rng, 1, "rw", sexes="M", used=USED)[0]
    pulm, rn, md = people(rng, 3, "rc", sexes="MFM", used=USED)
    rehab = "Sombra Wash Regional Hospital Pulmonary Rehabilitation"
    c = card(rng)
    award = f"UM-{digits(rng, 5)}"
    ld = dt.date(2026, 3, 3)  # a Tuesday
    rcv = plus(ld, -6)
    start = dt.date(2026, 3, 16)
    req = f"PA-26-{digits(rng, 5)}"
    fax_to = phone_dash(rng, "928")
    tx = (f"{tx_date(ld)} 14:{rng.randint(10, 59)}  FROM: DUSKMEADOW MED AUTH  435 555 {digits(rng, 4)}  TO: "
          f"{fax_to.replace('-', '')}  P.{{n}}/{{t}}")
    p = ESSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=DUSK_FOOT,
                run_hdr=f"Request {req}  \u00b7  {last_first(member)}  \u00b7  page {{n}}")
    p.set_margins(18, 17, 18)
    p.add_page()
    dusk_head(p, rng, box="PRIOR APPROVAL DECISION")
    p.f(10, "B")
    p.cell(0, 6, f"Decision of {wday_long(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.beside([[("Request no.", req), ("Received", slash(rcv))],
              [("Beneficiary", last_first(member)), ("Card no.", grouped(c))],
              [("Award no.", award), ("Worker group", "Uranium miner")],
              [("Requested by", dr(pulm, "MD")), ("Where", "Sombra Wash Regional Hospital")],
              [("Service", "G0424 pulmonary rehab, 36 sessions"), ("Planned start", slash(start))]],
             cap_w=24, size=8.6)
    p.ln(1)
    p.f(9.6, "B")
    p.cell(0, 5, "Decision: NOT APPROVED", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"To the beneficiary and to {dr(pulm, 'MD')}: we reviewed the request to start a second course of "
           f"pulmonary rehabilitation at {rehab} on {long(start)}. The covered condition on the card is silicosis "
           "(J62.8). The Program does not approve this second course.", 9.0)
    p.bar("Why", 9.2)
    p.para("The Program pays for pulmonary rehabilitation when it is medically necessary for a covered lung condition. "
           "A further course within 12 months of the last one is necessary only when breathing has clearly worsened: "
           "a hospital stay for the lung condition, or a drop of more than 10% in the breathing tests since the last "
           "course ended.", 8.8)
    p.para("The records sent with the request show that the first course of 36 sessions ended on November 21, 2025. "
           "The breathing tests of February 2026 are the same as those at the end of that course, and there was no "
           "hospital stay. The home exercise plan given at the end of the course is the care that fits now. Our "
           f"reviewing physician, {dr(md, 'MD')}, board certified in pulmonary disease, agreed.", 8.8)
    p.para("This decision is about the second course only. Office visits, breathing tests and oxygen for the covered "
           "condition are still paid as usual.", 8.8)
    p.add_page()
    p.bar("If you disagree", 9.2)
    p.bullets([
        "You or the doctor may ask the Program Office to review this decision. Your request must be in writing and "
        "must be made within 60 days of the date of this decision. Send new test results or records if you have them.",
        f"Mail: {PROG_ADDR[0]}, {PROG_ADDR[1]}, {PROG_ADDR[2]}. Fax: {phone(rng, '505')}.",
        "If waiting could seriously harm the beneficiary's health, the doctor may call us for a faster review; we "
        "decide those within 72 hours.",
        "A new request may be sent at any time if the beneficiary's breathing gets worse or he is admitted to a "
        "hospital for the lung condition.",
    ], size=8.8)
    p.para("Reference only: the Program's pulmonary rehabilitation guideline is REMCP-MB-12, revised 01/2026. The "
           "hospital's Program provider number is 7740118.", 8.0)
    p.ln(2)
    sign(p, [dr(rn, "RN"), "Nurse reviewer, Medical Authorization Unit", DUSK,
             f"for the {PROG}"], close="Issued by")
    t = truth("denial_letter", "medical_necessity", insurer=DUSK, member_id=c, member_name=member, cases=[req],
              claim_amount=None, service_dates=[iso(start)], denial_date=iso(ld), provider=dr(pulm, "MD"),
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": DUSK_ALT, "provider": [pulm, rehab, "Sombra Wash Regional Hospital"],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "rw", sexes="M", used=USED)[0]
    last = surname(member)
    daughter = people(rng, 1, "rw", sexes="F", last=last, used=USED)[0]
    endo, path, sig = people(rng, 3, "rc", sexes="FMF", used=USED)
    hosp = "Sombra Wash Regional Hospital"
    c = card(rng)
    award = f"DW-{digits(rng, 5)}"
    mbi = f"{rng.randint(1, 9)}EG{rng.randint(1, 9)}-T{rng.choice('DFHK')}{rng.randint(1, 9)}-M{rng.choice('KPR')}" \
          f"{rng.randint(10, 99)}"
    dos = dt.date(2026, 2, 12)
    rcv = dt.date(2026, 2, 27)
    ld = workday(dt.date(2026, 3, rng.randint(12, 13)))
    bill = tcn(rng, rcv)
    lines = [("99204", "Endocrinology visit, new patient", 412.00), ("76536", "Ultrasound, thyroid", 486.00),
             ("10005", "Fine needle aspiration, ultrasound guided", 1196.00),
             ("88173", "Cytopathology, interpretation", 318.00)]
    total = sum(x[2] for x in lines)
    last_day = plus(ld, 80)
    cover = home_cover(rng, ["Attn  medical bill dept.",
                             f"Frm: {first_last(daughter)} (daughter)",
                             f"Re:my father {first_last(member)} - bills",
                             "four pages with this one",
                             f"pls call me {phone_dash(rng, '928')}"],
                       form=["Sombra Wash Community Library", "Public fax service  \u00b7  $1.00 a page  \u00b7  "
                             f"library fax {phone(rng, '928')}", "Write who it goes to and your phone number. "
                             "The library does not keep copies."],
                       foot="Sent from a public machine. The library is not responsible for what is sent.")
    # --- the Program's letter (2 pages; page 2 is fed sideways) ---
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    prog_head(p, rng, box="BILL RETURNED - OTHER INSURANCE FIRST")
    p.f(9.4)
    p.cell(0, 5, long(ld), align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [member, f"HC 63 Box {digits(rng, 3)}", "Sombra Wash, AZ 86044"], 9.4)
    p.run_line([("Card", grouped(c)), ("Award", award)], sep="gap", size=9.0)
    p.run_line([("Bill (TCN)", tcn_sp(bill)), ("Received", slash(rcv))], sep="gap", size=9.0)
    p.ln(2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We received a bill from {hosp} for your visit on {long(dos)} with {dr(endo, 'MD')}, "
           "endocrinology, and the thyroid tests done that day. Your card covers papillary thyroid cancer (C73). "
           "We have not paid this bill. We returned it to the hospital.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed"],
                 [[slash(dos), cd, s, n2(a)] for cd, s, a in lines] + [["", "", "Total billed", usd(total)]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("Why we returned it", 9.2)
    p.para("You have Medicare. For a downwinder who also has Medicare or other health insurance, the Program pays "
           "second: the other coverage must be billed first, and the Program then pays what is left for care of a "
           "covered condition, up to the Program fee schedule. The hospital billed the Program first. Medicare has "
           f"not decided this bill yet. Your Medicare number on our records is {mbi}.", 9.0)
    p.para("Nothing is wrong with your coverage. Once Medicare has processed the bill, the hospital should send it "
           "back to us with Medicare's notice, and we will pay the rest. You should not have to pay anything for "
           "this visit.", 9.0)
    p.add_page()
    p.bar("What you can do", 9.2)
    p.bullets([
        "Ask the hospital's billing office to bill Medicare first and then send the bill back to us with Medicare's "
        "notice (the Medicare Summary Notice or the remittance).",
        "If you think Medicare should not be billed (for example, your Medicare has ended), send us a copy of the "
        "letter that ended it. We will then process the bill as the first payer.",
        f"If you disagree with this decision, you may ask the Program Office for a review. Your request must reach us "
        f"by {long(last_day)}. Write to {PROG_ADDR[0]}, {PROG_ADDR[1]}, {PROG_ADDR[2]}.",
    ], size=9.0)
    p.para("Keep this letter. If the hospital sends you a statement for this visit, it should show that Medicare and "
           "the Program are still to pay. Call us if it asks you to pay the full amount.", 8.8)
    p.ln(2)
    sign(p, [sig, "Medical Benefits Examiner", f"{PROG}, {PROG_ADDR[0]}"])
    p.ln(4)
    p.para(f"cc: {hosp}, patient accounts", 7.8)
    letter = out(p)
    letter_t = truth("denial_letter", "other", insurer=PROG, member_id=c, member_name=member, cases=[bill],
                     claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=dr(endo, "MD"),
                     appeal_deadline=iso(last_day),
                     alternates={"insurer": PROG_ALT, "provider": [endo, hosp]})
    # --- the hospital's statement (another sender) ---
    stmt = workday(plus(ld, rng.randint(6, 8)))
    acct = f"{digits(rng, 3)}-{digits(rng, 6)}"
    q = ESSheet(footer="Page {n} of {nb}")
    q.set_margins(17, 16, 17)
    q.add_page()
    q.two_line_head("Sombra Wash", "Regional Hospital", ["Patient Financial Services", "1 Hospital Loop, Sombra "
                                                          "Wash, AZ 86044"],
                    [f"Billing questions {phone(rng, '928')}", "Mon-Fri 8:00-4:30"], kind="ring", text="SW",
                    size=14, box="PATIENT STATEMENT")
    y0 = q.get_y()
    addr_block(q, [last_first(member), f"HC 63 Box {digits(rng, 3)}", "Sombra Wash, AZ 86044"], 9.4)
    q.kv_box([("Statement date", slash(stmt)), ("Account", acct), ("Guarantor", first_last(member)),
              ("Amount due", "$0.00")], q.w - q.r_margin - 80, y0, 80, cap_w=30, size=8.6)
    q.set_y(max(q.get_y(), y0 + 30))
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Date", "Code", "Description", "Charges", "Payments", "Balance"],
                 [[yy(dos), cd, s, n2(a), "", ""] for cd, s, a in lines]
                 + [["", "", "Total charges", n2(total), "0.00", n2(total)]],
                 [W * k / 100 for k in (11, 10, 43, 12, 12, 12)], ["L", "L", "L", "R", "R", "R"], size=8.4,
                 bold_rows=(len(lines),))
    q.bar("Insurance on this account", 9.0)
    q.ruled_rows(["Payer", "ID", "Billed", "Status"],
                 [["Radiation Exp. Med Care Prog", grouped(c), yy(rcv), f"returned {yy(ld)}: bill Medicare first"],
                  ["Medicare Part B", mbi, yy(plus(ld, 4)), "pending"]],
                 [W * k / 100 for k in (30, 22, 14, 34)], ["L", "L", "L", "L"], size=8.2)
    q.framed_note("Do not pay now. Your insurance has not finished with these charges. We will send a new statement "
                  "when Medicare and the Radiation Exposure Medical Care Program have paid.", 8.8)
    q.para(f"Attending: {dr(endo, 'MD')}, endocrinology.  Cytopathology read by {dr(path, 'MD')}.", 8.2)
    q.para("Financial assistance is available; ask for an application. Interest is never charged on balances "
           f"waiting for insurance. Make checks payable to {hosp}.", 7.8)
    stmt_pdf = out(q)
    stmt_t = truth("other", None, insurer=None, member_id=c, member_name=member, claim_amount=m2(total),
                   service_dates=[iso(dos)], denial_date=iso(stmt), provider=hosp,
                   alternates={"member_id": [mbi], "provider": [dr(endo, "MD"), endo]}, unscored=["insurer"])
    return cover, [(letter, letter_t), (stmt_pdf, stmt_t)]


# ---------------------------------------------------------------------------------------------------------------
def scan300_es(rng):
    member = people(rng, 1, "es", sexes="M", used=USED)[0]
    pulm, sig = people(rng, 2, "es", sexes="FM", used=USED)
    clinic = "Clínica del Pulmón de Halcyon Mesa"
    c = card(rng)
    award = f"UT-{digits(rng, 5)}"
    v1, v2 = dt.date(2026, 1, 6), dt.date(2026, 1, 13)
    rcv = dt.date(2026, 5, 21)
    ld = dt.date(2026, 5, 28)  # jueves
    bill = tcn(rng, rcv)
    lines = [(v1, "99214", "Consulta, paciente establecido", 226.00), (v1, "94010", "Espirometría", 96.00),
             (v2, "99213", "Consulta de seguimiento", 164.00), (v2, "94618", "Prueba de caminata de 6 minutos", 150.00)]
    total = sum(x[3] for x in lines)
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=PROG_FOOT)
    p.set_margins(20, 17, 20)
    p.add_page()
    prog_head(p, rng, box="AVISO: FACTURA NO PAGADA", es=True)
    p.f(9.6, "B")
    p.cell(0, 5, f"Fecha del aviso: {es_wd_long(ld)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addr_block(p, [member, f"{rng.randint(100, 990)} Camino de la Acequia", "Halcyon Mesa, CO 81328"], 9.4)
    p.boxes([[("N.º de tarjeta", grouped(c), 0.26), ("N.º de adjudicación", award, 0.24),
              ("Factura (TCN)", bill, 0.30), ("Recibida", dmy_slash(rcv), 0.20)]], size=8.8)
    p.para(f"Estimado señor {surname(member)}:", 9.6)
    p.para(f"Recibimos la factura de {clinic} por sus consultas con la Dra. {pulm} del {es_date(v1)} y del "
           f"{es_date(v2)}. Su tarjeta cubre fibrosis pulmonar (J84.10). La factura llegó a la oficina de facturas "
           f"del Programa el {es_date(rcv)}. El Programa no puede pagarla.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[dmy_slash(d), cd, s, money_es(a)] for d, cd, s, a in lines] + [["", "", "Total",
                                                                                     f"US$ {money_es(total)}"]],
                 [W * k / 100 for k in (17, 13, 48, 22)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("Por qué", 9.4)
    p.para("El Programa paga las facturas que recibe dentro de los 120 días siguientes a la fecha del servicio. "
           f"Para la última consulta, del {es_date(v2)}, el plazo terminó el 13 de mayo de 2026. La factura llegó "
           "después de esa fecha, así que no se puede pagar ninguna de las dos consultas.", 9.2)
    p.para(f"El total cobrado fue de ${total:,.2f}. Como la clínica es un proveedor inscrito en el Programa, no puede "
           "cobrarle a usted estas consultas. Si le llega una cuenta de la clínica, llámenos.", 9.2)
    p.bar("Qué puede hacer", 9.4)
    p.bullets([
        "Si la clínica envió la factura a tiempo y tiene prueba del envío (por ejemplo, un reporte de envío "
        "electrónico), pídale que nos la mande. Si la factura llegó a tiempo, la volveremos a procesar.",
        "Si no está de acuerdo con esta decisión, puede pedir una revisión por escrito dentro de los 60 días "
        "siguientes a la fecha de este aviso. Escriba a la Oficina del Programa, " + ", ".join(PROG_ADDR[1:]) + ".",
        "Las consultas y pruebas futuras para su fibrosis pulmonar se siguen pagando como siempre.",
    ], size=9.0)
    p.para("Si necesita este aviso en inglés, en letra grande o leído en voz alta, llame a la línea de beneficios "
           "médicos. El servicio es gratis.", 8.6)
    p.ln(2)
    sign(p, [sig, "Examinador de Beneficios Médicos", f"Oficina del Programa, {PROG}"], close="Atentamente,")
    t = truth("denial_letter", "timely_filing", insurer=PROG, member_id=c, member_name=member, cases=[bill],
              claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": PROG_ALT, "provider": [f"Dra. {pulm}", pulm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_pre_benefit(rng):
    member = people(rng, 1, "rw", sexes="F", used=USED)[0]
    heme, sig = people(rng, 2, "rc", sexes="MF", used=USED)
    center = "Redlaw Flats Cancer Center"
    c = card(rng)
    award = f"DW-{digits(rng, 5)}"
    applied = dt.date(2026, 2, 2)
    v1, v2 = dt.date(2026, 1, 14), dt.date(2026, 1, 21)
    rcv = dt.date(2026, 3, 30)
    ld = workday(dt.date(2026, 4, rng.randint(7, 9)))
    bill = tcn(rng, rcv)
    last_day = plus(ld, 62)
    lines = [(v1, "99205", "New patient visit, hematology", 412.00), (v1, "85025", "Complete blood count", 44.00),
             (v2, "78815", "PET/CT, skull base to mid-thigh", 2950.00)]
    total = sum(x[3] for x in lines)
    p = ESSheet(footer="Page {n} of {nb}",
                ids_foot=f"Card {grouped(c)}  \u00b7  Bill {bill}  \u00b7  {DUSK}, {DUSK_ADDR[0]}, {DUSK_ADDR[1]}")
    p.set_margins(18, 16, 18)
    p.add_page()
    dusk_head(p, rng, box="BILL DECISION", unit="Bill Processing")
    addr_block(p, [member, f"{rng.randint(100, 990)} N Ledge Rd", "Redlaw Flats, UT 84791"], 9.4)
    p.boxes([[("Date of this letter", long(ld), 0.24), ("Bill number (TCN)", bill, 0.26),
              ("Medical benefits card", c, 0.26), ("Award no.", award, 0.24)],
             [("Provider", f"{center}\n{dr(heme, 'MD')}, hematology and oncology", 0.6),
              ("Bill received", slash(rcv), 0.4)]], size=8.6, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date of service", "Code", "Service", "Billed"],
                 [[slash(d), cd, s, n2(a)] for d, cd, s, a in lines] + [["", "", "Total billed", usd(total)]],
                 [W * k / 100 for k in (20, 12, 50, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    p.para_cols([
        f"Dear {first_last(member)}: we processed the bill from {center} for your first visits with "
        f"{dr(heme, 'MD')}, including the PET/CT scan. Your card covers non-Hodgkin lymphoma (C85.90), and this "
        "care was for that condition.",
        f"Under the Program's rules, medical benefits begin on the day the Program Office receives the application "
        f"for medical benefits. Your application reached the Program Office on {long(applied)}. The visits and the "
        "scan on this bill were before that day, so the Program cannot pay for them.",
        "Care for your lymphoma on or after that day is covered, and the center's later bills are being paid. "
        "If you had other health insurance in January, the center may bill it for these visits.",
        f"If you think we used the wrong date, for example because you mailed the application earlier, send us a "
        f"copy of the mailing receipt or the cover letter. You may ask for a review by the Program Office. We must "
        f"receive your request no later than {long(last_day)}.",
        f"Write to {PROG_ADDR[0]}, {PROG_ADDR[1]}, {PROG_ADDR[2]}. Please include the bill number.",
    ], size=8.6)
    p.ln(2)
    sign(p, [sig, "Bill Processing", DUSK, f"for the {PROG}"])
    t = truth("denial_letter", "eligibility", insurer=DUSK, member_id=c, member_name=member, cases=[bill],
              claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld),
              provider=dr(heme, "MD"), appeal_deadline=iso(last_day),
              alternates={"insurer": DUSK_ALT, "provider": [heme, center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_oxygen(rng):
    member = people(rng, 1, "rw", sexes="F", used=USED)[0]
    pulm, sig = people(rng, 2, "rc", sexes="MF", used=USED)
    supplier = "Cañada Roja Home Oxygen, LLC"
    c = card(rng)
    award = f"UT-{digits(rng, 5)}"
    dlv = dt.date(2026, 3, 5)
    rcv = dt.date(2026, 3, 16)
    ld = workday(dt.date(2026, 3, rng.randint(24, 26)))
    bill = tcn(rng, rcv)
    lines = [("E1392", "Portable oxygen concentrator, rental, 1 month", 1240.00),
             ("E0431", "Portable gaseous oxygen system, rental", 146.00)]
    total = sum(x[2] for x in lines)
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    prog_head(p, rng, box="NOTICE OF BILL NOT PAID")
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    addr_block(p, [member, f"{rng.randint(10, 99)} Tailings Rd", "Cerro Vidrio, NM 87431"], 9.4)
    p.bare_ids([(grouped(c), "card no."), (award, "award no."), (tcn_sp(bill), "bill no."), (slash(rcv), "received")],
               p.w - p.r_margin - 72, y0, 72, size=8.8)
    p.set_y(max(p.get_y(), y0 + 20))
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On {of_date(dlv)}, {supplier} delivered a portable oxygen concentrator to your home. It was ordered by "
           f"{dr(pulm, 'MD')} for your pulmonary fibrosis, which is a covered condition on your card. The supplier "
           "then billed the Program for the first month's rental.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Delivered", "Code", "Item", "Billed"],
                 [[slash(dlv), cd, s, n2(a)] for cd, s, a in lines] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (17, 12, 53, 18)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("Why the Program did not pay", 9.2)
    p.para("The Program must approve oxygen equipment before it is delivered. Your card lists this rule, and so does "
           "the supplier's enrollment agreement. No one asked the Program to approve the portable concentrator, so "
           "there was no approval when it was delivered, and the bill cannot be paid.", 9.0)
    p.para("Your stationary concentrator at home was approved in 2025 and is still paid every month. This notice is "
           "only about the portable unit.", 9.0)
    p.bar("What happens now", 9.2)
    p.bullets([
        "The supplier may ask for approval now. If the Program approves the portable unit, it will pay from the date of "
        "approval. Because the supplier is enrolled with the Program, it may not bill you for the months before that.",
        "If you disagree with this decision, write to the Program Office within 60 days from the date at the top of "
        f"this letter. Send it to {PROG_ADDR[1]}, {PROG_ADDR[2]}.",
        f"This notice does not change your husband's card, {grouped(card(rng))}; his bills are processed "
        "separately.",
        "Questions about your oxygen? Call the medical benefits line. We answer in English, Spanish and Navajo.",
    ], size=9.0)
    p.ln(2)
    sign(p, [sig, "Medical Benefits Examiner", PROG])
    t = truth("denial_letter", "prior_authorization", insurer=PROG, member_id=c, member_name=member, cases=[bill],
              claim_amount=m2(total), service_dates=[iso(dlv)], denial_date=iso(ld), provider=supplier,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": PROG_ALT, "provider": ["Cañada Roja Home Oxygen", dr(pulm, "MD"), pulm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_added(rng):
    member = people(rng, 1, "rw", sexes="M", used=USED)[0]
    neph, sig = people(rng, 2, "rc", sexes="FM", used=USED)
    clinic = "Halcyon Mesa Kidney Associates"
    c = card(rng)
    award = f"UL-{digits(rng, 5)}"
    req = f"CND-26-{digits(rng, 4)}"
    rcv = dt.date(2026, 1, 29)
    ld = workday(dt.date(2026, 4, rng.randint(14, 16)))
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT)
    p.set_margins(20, 17, 20)
    p.add_page()
    prog_head(p, rng, box="NOTICE OF COVERED CONDITION ADDED")
    y0 = p.get_y()
    addr_block(p, [member, f"{rng.randint(100, 990)} County Rd 19", "Halcyon Mesa, CO 81328"], 9.4)
    p.caption_right([("notice date", abbr(ld)), ("request", req), ("card", grouped(c)), ("award", award)],
                    p.w - p.r_margin - 70, y0, 70, size=8.8)
    p.set_y(max(p.get_y(), y0 + 24))
    p.subject_line("Chronic renal disease is now a covered condition on your card")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On {long(rcv)} we received a medical report from {dr(neph, 'MD')} of {clinic} asking that chronic "
           "renal disease be added to your medical benefits card. Chronic renal disease is a condition the Act covers "
           "for uranium millers. We have reviewed the report and the kidney tests that came with it, and we have "
           "added the condition.", 9.2)
    p.boxes([[("Covered conditions from now on", "Silicosis (J62.8)\nChronic renal disease, stage 3 (N18.30)", 0.6),
              ("Renal disease covered from", long(rcv), 0.4)]], size=8.8)
    p.para("Care for your kidney disease on or after that date is paid by the Program at its fee schedule, as your "
           "lung care is. Ask your providers to send those bills to the bill processing agent; if you paid a bill "
           "yourself for care on or after that date, send us the receipt.", 9.0)
    p.para("A new card showing both conditions will come in a separate envelope within 10 days. Destroy the old card "
           "when the new one arrives. You do not need to do anything else.", 9.0)
    p.ln(2)
    sign(p, [sig, "Medical Benefits Examiner", f"{PROG}, {PROG_ADDR[0]}"])
    t = truth("other", None, insurer=PROG, member_id=c, member_name=member, cases=[req], claim_amount=None,
              service_dates=[], denial_date=iso(ld), provider=dr(neph, "MD"), appeal_deadline=None,
              alternates={"insurer": PROG_ALT, "provider": [neph, clinic, None], "case_numbers": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    items = [Item(f"{f}_bd_statement_cardiology_bill_not_covered_condition_footnotes", "born_digital",
                  [bd_statement(rng)]),
             Item(f"{f}_faxstd_pulmonary_rehab_second_course_not_necessary", "fax_standard_g4", [faxstd_rehab(rng)])]
    cover, stack_docs = faxstd_stack(rng)
    items += [
        Item(f"{f}_faxstd_stack_daughter_cover_medicare_first_then_hospital_bill", "fax_standard_g4",
             stack_docs, separators=[cover, None], turns={(0, 1): 90}),
        Item(f"{f}_scan300_es_late_bill_ore_transporter", "scan_clean_300", [scan300_es(rng)]),
        Item(f"{f}_photocopy_care_before_benefits_began_downwinder", "photocopy", [photocopy_pre_benefit(rng)]),
        Item(f"{f}_photo_oxygen_concentrator_without_prior_approval", "phone_photo", [photo_oxygen(rng)]),
        Item(f"{f}_rotated_covered_condition_added_chronic_renal_disease", "rotated", [rotated_added(rng)]),
    ]
    return items
