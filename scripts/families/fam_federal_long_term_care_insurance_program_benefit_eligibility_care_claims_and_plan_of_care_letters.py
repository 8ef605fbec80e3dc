"""Papers mirrored (structure and plain wording style only) from the Federal Long Term Care Insurance Program
(FLTCIP), the long term care coverage the U.S. Office of Personnel Management sponsors for federal and postal
employees, retirees and their relatives, as an invented administrator, Wexcombe Long Term Care Administrators, sends
them: benefit eligibility decisions, plans of care, explanations of benefits to enrollees, remittances to home care
agencies, and claim decisions on assisted living, home modifications and late invoices.

Public rules used as themselves: the program's name and OPM as its sponsor; benefit eligibility when a person needs
substantial assistance with at least two of the six activities of daily living (bathing, continence, dressing,
eating, toileting, transferring) expected to last at least 90 days, or needs substantial supervision because of a
severe cognitive impairment; a plan of care set up with a care coordinator; a 90-calendar-day waiting period counted
from the date one becomes eligible, met once, during which care is not reimbursed; a daily benefit amount; assisted
living paid only in a facility that meets the policy's definition (licensed where the state licenses them, care and
services around the clock, trained staff awake and on duty 24 hours a day); items outside the usual benefits only
under an alternate plan of care agreed before; an independent third-party review after the administrator's own
review. Invented: the administrator, its address, every agency, facility, installer, caregiver, nurse, doctor and
enrollee, every number shape (enrollee ID "FLT" and nine digits, claim "WX26-", plan of care, alternate plan
request), every code (W9, P1, D2, T4), amounts and rates, and every time limit (90 days for a review of an
eligibility decision or a statement, 60 days on the remittance and the facility decision, 120 days after the month of
care for invoices, the printed date in the Spanish letter, 90 days for the third-party review). No heading names the
kind of refusal; each reason is said in the writer's own plain words or only by a code and its legend.

Documents (8 in 7 files):
- born_digital_benefit_eligibility_one_of_six_activities: a two-page decision with an emblem letterhead, values over
  hung captions (the enrollee ID grouped with an O among the digits beside a Medicare number), a Re: line with
  bullets, the reason in plain sentences (hands-on help with bathing only); page 2 an ADL grid with an X per activity
  and the appeal rights "within 90 days after the date printed at the top of page 1"; an earlier 2024 claim as a
  decoy (medical_necessity).
- clean_stack_plan_of_care_then_waiting_period_eob_upside_down: a plan of care letter (approval: the waiting period
  ends May 9, aide care from May 10; denies nothing), the duplex back of its sheet, then a two-page explanation of
  benefits whose page 1 is only a letter and a summary and whose page 2, fed upside down, lists 25 visits by day
  name, 15 refused under W9 (care inside the waiting period, legend only), refused amount only as the difference
  between charge and paid; "within 90 days of the statement date" (not_covered).
- finefax_agency_remittance_caregiver_notes_not_received: a fine-fax remittance to a home care agency grouped by
  enrollee (shaded head lines, EFT trace, TIN and provider number as decoys, a page count in the fax header), the
  middle enrollee's six visits across a month boundary paid 0.00 under T4 (caregiver notes asked for and not
  received, legend only); "within 60 days of the remit date" (other).
- photocopy_residential_care_home_not_assisted_living_three_pages: a three-page decision to a son holding power of
  attorney, a Re: line with slashes, the monthly invoice in words and figures for March 16 through April 15, 2026;
  page 2 why the home is not an assisted living facility (no awake staff at night, licensed as a residential care
  home); page 3 the review rights counted from the date at the top of page 1; a 2025 nursing home stay as a decoy
  (not_covered).
- phone_es_cobertura_terminada_por_primas_impagas: a photographed Spanish letter to a daughter with a facts box at
  the right (enrollee ID beside a Medicare number, "2.340,00 $ (US$ 2,340.00)", "23-feb-2026 a 20-mar-2026"), an
  example ID in the boilerplate, coverage ended January 31 for premiums unpaid in 2025; "Tiene hasta el 10 de agosto
  de 2026" (eligibility).
- rotated_stair_lift_installed_before_alternate_plan_agreed: a letter fed sideways with a ticket block (values first,
  captions after them: the enrollee number with an S among its digits, request no.), the lift installed "the 10th of
  March 2026" before anyone agreed to an alternate plan of care ($4,280.00); "within 60 days after you receive this
  letter" (nothing to count from; prior_authorization).
- lowres_independent_caregiver_invoices_sent_too_late: a 150 dpi letter with captions under boxes, the claim number
  broken over two lines in a narrow box, four weekly invoices of January ("01/05/26 - 01/09/26") received June 22;
  a phone call's reference number as a decoy; "within 90 days of the date of this letter" (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famic import (EESheet, dname, es_abbr, es_amt, es_date, es_span, grouped, kin, last_first,
                               medicare_no, n2, odd_in, ord_of, people, phone, span_words, toll, us_address, usd_es,
                               wlong, words, yy)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "federal_long_term_care_insurance_program_benefit_eligibility_care_claims_and_plan_of_care_letters"
LANG = "en"
SEED = 354942
INS = "Wexcombe Long Term Care Administrators"
PROG = "Federal Long Term Care Insurance Program"
ALT = ["Wexcombe", "Wexcombe Long Term Care Administrators, LLC", PROG, "FLTCIP"]
SUB = f"Administrator of the {PROG}  \u2022  sponsored by the U.S. Office of Personnel Management"
BRAMBLE = "Brambleford Home Care Services"
LINDEN = "Lindenbrook Home Health Aides"
COBBLE = "Cobblestone Creek Home Care"
QUAIL = "Quailrun Residential Care Home"
MESQ = "Mesquite Grove Home Care Agency"
RIDGE = "Ridgeway Mobility Lifts"
ASSESS = "Fernhollow Assessment Nurses"


def fid(rng, odd: str | None = None) -> str:
    """The enrollee ID: FLT and nine characters (one may be a letter a reader takes for a digit)."""
    return "FLT" + odd_in(digits(rng, 9), odd, rng)


def show(eid: str) -> str:
    """FLT 2O8 441 937 (as the papers print it)."""
    return f"FLT {grouped(eid[3:])}"


def claim_no(rng, odd: str | None = None) -> str:
    return "WX26-" + odd_in(digits(rng, 7), odd, rng)


def _head(p, rng, box: str | None = None, es: bool = False):
    contact = (f"PO Box 60417, Lancaster, PA 17605-0417  |  {toll(rng)}  |  TTY 711  |  Fax {phone(rng)}")
    sub = (f"Administrador del {PROG}  \u2022  patrocinado por la Oficina de Administración de Personal (OPM)"
           if es else SUB)
    p.emblem_head(INS, "WX", [contact], sub=sub, box=box)


# --- 1. benefit eligibility: one of six activities (born digital, two pages) -------------------------------------
def bd_adl(rng):
    member, daughter, nurse, doc, sig = people(rng, 5, sex="FFF..")
    daughter = kin(daughter, member)
    eid = fid(rng, "O")
    case = claim_no(rng)
    old = f"WX24-{digits(rng, 7)}"
    ld = dt.date(2026, 3, 27)
    got = dt.date(2026, 2, 24)
    seen = dt.date(2026, 3, 12)
    since = dt.date(2026, 3, 2)
    p = EESheet(footer="Page {n} of {nb}", footer_left="WX-BE-D (01/26)",
                run_hdr=f"{member}  |  enrollee ID {show(eid)}  |  letter of {fdate(ld, 'long')}  |  "
                        "page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="BENEFIT ELIGIBILITY")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(fdate(ld, "long"), "date of this letter", 40), (show(eid), "enrollee ID", 42),
            (case, "claim no.", 34), (medicare_no(rng), "Medicare no. on file", W - 116)], size=9.4)
    p.re_line([member, show(eid), f"claim {case}"])
    p.para(f"Dear {member}:", 10)
    p.para(f"Thank you for your claim for long term care benefits, which reached us on {fdate(got, 'long')}. It asks "
           f"us to begin paying for the home care that {BRAMBLE} has given you since {wlong(since)}, after your fall "
           "at home this winter.", 10)
    p.para(f"A registered nurse from {ASSESS}, which makes home visits for us, came to see you on {wlong(seen)}. She "
           f"went over your day with you and your daughter, {daughter}. We also read the office notes Dr. {doc} sent "
           "us.", 10)
    p.para("We cannot pay for this care at this time, because you do not yet meet the program's test for benefits. "
           "Benefits start when you need substantial help from another person with at least two of the six "
           "activities of daily living (bathing, continence, dressing, eating, toileting and transferring) and that "
           "need is expected to last at least 90 days, or when a severe cognitive impairment means you need "
           "substantial supervision to stay safe. The nurse found that you need someone's hands to get in and out "
           "of the tub, but you dress, eat, use the toilet and get up from a bed or chair by yourself. Help with one "
           "activity is not enough, and nothing in your records shows a severe cognitive impairment.", 10)
    p.para("Page 2 shows what the nurse saw for each activity and what you can do next. If you need more help later, "
           "send us a new claim at any time; you do not have to wait for a set period.", 10)
    p.para(f"This letter is only about the claim above. It does not change your 2024 claim for respite care "
           f"(claim {old}), which we closed in August 2024.", 10)
    p.para(f"Sincerely,\n{sig}\nBenefit Eligibility Unit", 10)
    p.add_page()
    p.bar(f"What the nurse saw on {fdate(seen, 'long')}")
    levels = ["Does it alone", "Needs someone standing by or reminding", "Needs hands-on help", "Cannot do it"]
    p.adl_grid([("Bathing", 2, "Cannot step over the tub wall without someone holding her arm; aide washes her back "
                                "and feet."),
                ("Dressing", 1, "Dresses alone, slowly; daughter nearby for small buttons and shoes."),
                ("Eating", 0, "Feeds herself; meals are cooked by family."),
                ("Toileting", 0, "Uses the toilet alone; grab bar in place."),
                ("Continence", 0, "No accidents reported."),
                ("Transferring", 0, "Gets up from bed and chair alone with a walker.")], levels, size=8.2)
    p.leaders([("Activities with substantial help (hands-on or cannot do)", "1 of 6  (bathing)"),
               ("Activities the program requires", "2 of 6"),
               ("Memory screen given by the nurse", "27 of 30"),
               ("Severe cognitive impairment shown", "No")], size=9.2)
    p.bar("If you do not agree")
    p.para("You, or someone you name in writing, may ask us to review this decision. Write to the Appeals Unit at the "
           "box on page 1 and include anything you want us to read, such as a new note from your doctor or therapist. "
           "Your letter must reach us within 90 days after the date printed at the top of page 1.", 9.6)
    p.para("If our review keeps this decision, you may then ask for a review by an independent third party. Our review "
           "decision will explain how, and that request has its own limit of 90 days from the review decision.", 9.6)
    p.para(f"Questions: call {toll(rng)}, Monday to Friday, 8 a.m. to 8 p.m. Eastern time. Have your enrollee ID "
           "ready.", 9.6)
    p.para(f"cc: {BRAMBLE}", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=eid, member_name=member, cases=[case],
              service_dates=[since.isoformat()], denial_date=ld.isoformat(), provider=BRAMBLE,
              appeal_deadline=plus(ld, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}", doc], "service_dates": [[]]},
              denial_alternates=["eligibility", "other"])
    return out(p), t


# --- 2/3. plan of care (approval), then the waiting period EOB (clean scan stack) ---------------------------------
def clean_stack(rng):
    member, coord, sig1, sig2 = people(rng, 4)
    eid = fid(rng)
    poc = f"POC-26-{digits(rng, 5)}"
    clm = claim_no(rng, "O")
    addr = us_address(rng)
    elig = dt.date(2026, 2, 9)
    wp_end = plus(elig, 89)
    start = plus(wp_end, 1)
    ld1 = dt.date(2026, 4, 2)
    # the plan of care letter
    a = EESheet(footer=None, footer_left="WX-POC-1 (01/26)")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng, box="YOUR PLAN OF CARE")
    for ln in [member, *addr]:
        a.line(ln, 10)
    a.ln(3)
    a.beside([[("Date", fdate(ld1, "slash")), ("Enrollee ID", show(eid))],
              [("Plan of care no.", poc), ("Care coordinator", coord)]], cap_w=27, size=9.0)
    a.para(f"Dear {member}:", 10)
    a.para(f"You qualify for benefits. Your care coordinator, {coord}, talked with you and with {LINDEN} and wrote "
           "down the care you need; this letter confirms the plan the two of you agreed on.", 10)
    a.para(f"The date you became eligible is {wlong(elig)}. Your 90-day waiting period counts calendar days from that "
           f"date, whether or not you pay for care during it, and it ends on {wlong(wp_end)}. We reimburse covered "
           f"care you receive from {wlong(start)} on. Care before that date is yours to pay.", 10)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Care in the plan", "Who gives it", "How much", "Reimbursed from"],
            [["Aide: bathing, dressing, meals", LINDEN, "4 hours a day, Mon-Fri", fdate(start, "slash")],
             ["Care coordination", INS.split()[0], "a call every month", "now"],
             ["Emergency response button", "your choice of company", "monthly fee", fdate(start, "slash")]],
            [56, 54, 40, W - 150], size=8.4)
    a.leaders([("Daily benefit amount", "$150.00"), ("Benefit period", "3 years"),
               ("Premiums", "waived once the waiting period is met")], size=9.2)
    a.para("Ask the agency to send its invoices to us each month with the aide's daily notes; you may assign your "
           "benefits to the agency so that we pay it directly. Call your care coordinator before you change agencies "
           "or add care, so that the plan can be updated.", 10)
    a.para(f"Warm regards,\n{sig1}\nCare Coordination", 10)
    d_a = (out(a), truth("other", None, insurer=INS, member_id=eid, member_name=member, cases=[poc],
                         service_dates=[start.isoformat()], denial_date=ld1.isoformat(), provider=LINDEN,
                         alternates={"insurer": ALT, "service_dates": [[]], "case_numbers": [[]]}))
    # the explanation of benefits
    sd = dt.date(2026, 6, 5)
    rate, hrs = 34.00, 4
    visits = [d for d in (plus(dt.date(2026, 4, 20), i) for i in range(33)) if d.weekday() < 5]
    rows, tot = [], [0.0, 0.0, 0.0]
    for d in visits:
        c = rate * hrs
        paid = c if d > wp_end else 0.0
        code = "P1" if paid else "W9"
        tot = [tot[0] + c, tot[1] + paid, tot[2] + paid]
        rows.append([dname(d), "Personal care aide", str(hrs), n2(c), n2(paid), n2(paid), code])
    refused = [d for d in visits if d <= wp_end]
    b = EESheet(footer="Page {n} of {nb}", footer_left="WX-EOB (01/26)",
                run_hdr=f"Explanation of benefits  |  {member}  |  claim {clm}  |  page {{n}} of {{nb}}")
    b.set_margins(16, 14, 16)
    b.add_page()
    _head(b, rng, box="EXPLANATION OF BENEFITS")
    for ln in [member, *addr]:
        b.line(ln, 10)
    b.ln(3)
    b.para(f"Dear {member}:", 10)
    b.para(f"This statement explains what we did with the invoice {LINDEN} sent for the aide's visits to your home "
           f"between {span_words(visits[0], visits[-1])}. You assigned your benefits to the agency, so any payment "
           "goes to it. The visit-by-visit detail and the meaning of each code are on the next page.", 10)
    b.leaders([("Statement date", fdate(sd, "short")), ("Claim number", clm), ("Enrollee ID", show(eid)),
               ("Plan of care", poc), ("Invoice total", money(tot[0])), ("Paid to the agency", money(tot[2]))],
              size=9.6, w=120)
    b.para("This is not a bill. If the agency asks you to pay part of the invoice, compare its bill with the detail "
           "on page 2 and call us with any questions.", 10)
    b.para(f"{sig2}\nClaims Department", 10)
    b.add_page()
    b.bar(f"Visits on claim {clm}")
    W = b.w - b.l_margin - b.r_margin
    b.ledger(["Date of visit", "Service", "Hours", "Charge", "Eligible", "Paid", "Code"], rows,
             [30, 46, 16, 24, 24, 24, W - 164], aligns=["L", "L", "C", "R", "R", "R", "C"], size=7.6,
             totals=["Totals", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), ""], row_h=4.3)
    b.f(8.2, "B")
    b.cell(0, 4, "Codes", new_x="LMARGIN", new_y="NEXT")
    b.f(8.2)
    b.multi_cell(0, 3.9, "W9   The care was given during your waiting period, which ended on "
                         f"{fdate(wp_end, 'slash')}. "
                         "The waiting period is met once; care received during it is not reimbursed.\n"
                         "P1   Paid in full: the charge is within your daily benefit amount.", new_x="LMARGIN",
                 new_y="NEXT")
    b.ln(2)
    b.para("To ask us to look at this statement again, write to the Claims Department within 90 days of the statement "
           "date and tell us which visits you mean.", 8.8)
    d_b = (out(b), truth("eob", "not_covered", insurer=INS, member_id=eid, member_name=member, cases=[clm],
                         claim_amount=m2(tot[0]),
                         service_dates=[f"{refused[0].isoformat()}/{refused[-1].isoformat()}"],
                         denial_date=sd.isoformat(), provider=LINDEN, appeal_deadline=plus(sd, 90).isoformat(),
                         alternates={"insurer": ALT, "claim_amount": [m2(rate * hrs * len(refused))],
                                     "service_dates": [[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
                                                       [d.isoformat() for d in refused]],
                                     "case_numbers": [[clm, poc]]},
                         denial_alternates=["other"], type_alternates=["denial_letter"]))
    return [d_a, d_b]


# --- 4. agency remittance: caregiver notes not received (fine fax) ------------------------------------------------
def finefax_remit(rng):
    e1, e2, e3, sig = people(rng, 4)
    ids = [fid(rng), fid(rng, "B"), fid(rng)]
    clms = [claim_no(rng) for _ in range(3)]
    rd = dt.date(2026, 5, 1)
    tin = f"23-{digits(rng, 7)}"
    prov_no = f"WXP-{digits(rng, 6)}"
    fax = (f"05/01/2026 16:{rng.randint(10, 59)}  FROM: WEXCOMBE PROVIDER SVCS {phone(rng)}  TO: {COBBLE.upper()}  "
           f"P. 0{{n}}/01")
    p = EESheet(footer=None, footer_left="WX-RA-2 (01/26)", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Remit date", yy(rd), 42, "L"), ("Payee", f"{COBBLE}, Inc.", 90, "L"),
                ("Payee TIN", tin, W - 132, "L")], cap=6.0)
    p.capcells([("Provider no.", prov_no, 56, "L"), ("EFT trace", f"1{digits(rng, 14)}", 76, "L"),
                ("Pay date", yy(plus(rd, 3)), W - 132, "L")], cap=6.0)
    g1 = [dt.date(2026, 4, 6), dt.date(2026, 4, 7), dt.date(2026, 4, 8), dt.date(2026, 4, 9)]
    g2 = [dt.date(2026, 3, 30), dt.date(2026, 4, 1), dt.date(2026, 4, 3), dt.date(2026, 4, 6), dt.date(2026, 4, 8),
          dt.date(2026, 4, 10)]
    g3 = [dt.date(2026, 4, 13), dt.date(2026, 4, 15), dt.date(2026, 4, 17)]
    groups, grand = [], [0.0, 0.0, 0.0]
    spec = [(e1, ids[0], clms[0], g1, 6, 29.00, 165.00, None), (e2, ids[1], clms[1], g2, 3, 38.00, 170.00, "T4"),
            (e3, ids[2], clms[2], g3, 5, 30.00, 160.00, None)]
    totals = {}
    for who, eid, clm, days, hrs, rate, dba, force in spec:
        rs, sub = [], [0.0, 0.0, 0.0]
        for d in days:
            c = hrs * rate
            if force:
                el, pd, code = 0.0, 0.0, force
            elif c > dba:
                el, pd, code = dba, dba, "D2"
            else:
                el, pd, code = c, c, "P1"
            sub = [sub[0] + c, sub[1] + el, sub[2] + pd]
            rs.append([yy(d), "Home health aide", str(hrs), n2(c), n2(el), n2(pd), code])
        grand = [x + y for x, y in zip(grand, sub)]
        totals[clm] = sub
        groups.append({"head": f"{last_first(who)}   ID {show(eid)}   Claim {clm}", "rows": rs,
                       "sub": ["Claim total", "", "", n2(sub[0]), n2(sub[1]), n2(sub[2]), ""]})
    p.grouped_ledger(["Date", "Service", "Hrs", "Charge", "Eligible", "Benefit paid", "Code"], groups,
                     [24, 52, 14, 28, 28, 28, W - 174], ["L", "L", "C", "R", "R", "R", "C"], size=7.6, row_h=4.5,
                     totals=["Remittance total", "", "", n2(grand[0]), n2(grand[1]), n2(grand[2]), ""],
                     sub_label="Claim total")
    p.f(7.8, "B")
    p.cell(0, 4, "Code legend", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.multi_cell(0, 3.7, "P1  Paid as billed, within the enrollee's daily benefit amount.\n"
                         "D2  The day's charge is more than the daily benefit amount; we paid up to that amount and "
                         "the rest is not reimbursed.\n"
                         f"T4  We do not have the aide's daily care notes or time sheets for these visits. We asked "
                         f"for them by letter on {yy(dt.date(2026, 4, 13))} and they have not come in. Send them with "
                         "the claim number and we will look at the visits again.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Review requests: in writing within 60 days of the remit date, to Provider Services at the box above. An "
           "enrollee's own rights are explained in the statement we mail to the enrollee.", 8.2)
    p.para(f"Questions: Provider Services {toll(rng)}. {sig}, provider relations.", 8.2)
    c2 = clms[1]
    t = truth("eob", "other", insurer=INS, member_id=ids[1], member_name=e2, cases=[c2], claim_amount=m2(totals[c2][0]),
              service_dates=[f"{g2[0].isoformat()}/{g2[-1].isoformat()}"], denial_date=rd.isoformat(),
              provider=COBBLE, appeal_deadline=plus(rd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[d.isoformat() for d in g2]],
                          "provider": [f"{COBBLE}, Inc."]},
              denial_alternates=["not_covered"])
    return out(p), t


# --- 5. residential care home is not assisted living (photocopy, three pages) ------------------------------------
def photocopy_alf(rng):
    mother, son, reviewer, sig = people(rng, 4, sex="FM..")
    son = kin(son, mother)
    eid = fid(rng)
    clm = claim_no(rng)
    ld = dt.date(2026, 4, 28)
    a, b = dt.date(2026, 3, 16), dt.date(2026, 4, 15)
    amt = 4965.00
    lic = f"RCH-{digits(rng, 4)}-{digits(rng, 2)}"
    p = EESheet(footer="Page {n} of {nb}", footer_left="WX-CD-3 (01/26)",
                run_hdr=f"{mother}  /  {show(eid)}  /  claim {clm}  /  page {{n}} of {{nb}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    _head(p, rng, box="CLAIM DECISION")
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [son, f"Attorney-in-fact for {mother}", *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([mother, show(eid), f"Claim {clm}"], sep="  /  ")
    p.para(f"Dear {son.split()[0]} {son.split()[-1]}:", 10)
    p.para(f"We have finished our review of the invoice from {QUAIL} for your mother's care from "
           f"{span_words(a, b)}, in the amount of {words(amt)} ({money(amt)}).", 10)
    p.para("We are not able to reimburse this invoice. Your mother still meets the program's benefit eligibility "
           "test, and her plan of care is not changing, but the program pays for care in a residential setting only "
           f"when the place meets the policy's definition of an assisted living facility, and {QUAIL} does not meet "
           "it. The next page explains what we checked and what we found.", 10)
    p.para("We know this is not the answer you hoped for. Your mother's care coordinator can talk with you about care "
           "at the home that the program can pay for, such as visits from a licensed home care agency, or about "
           "facilities nearby that meet the definition.", 10)
    p.para("The benefits we paid for her stay at Hollowell Park Nursing and Rehabilitation in October and November "
           "2025 are not affected by this decision.", 10)
    p.add_page()
    p.bar("What the policy asks of an assisted living facility")
    p.bullets(["It is licensed by the state as an assisted living facility, where the state licenses them.",
               "It gives care and services around the clock to people who cannot do activities of daily living on "
               "their own or who have a cognitive impairment.",
               "It has trained staff who are awake, on duty and ready to respond 24 hours a day.",
               "It serves three meals a day and helps residents with their medicines, and it keeps records of the "
               "care each resident gets."], size=9.4)
    p.bar("What we found")
    p.para(f"{QUAIL} holds a state license as a residential care home (license {lic}), not as an assisted living "
           f"facility. Its owner told our reviewer, {reviewer}, that staff are on site from 6 a.m. to 10 p.m. and that "
           "at night a staff member can be reached by phone from a house next door. A facility with no one awake and "
           "on duty through the night does not meet the definition.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Period on the invoice", "What it covers", "Amount"],
            [[f"{fdate(a, 'slash')} - {fdate(b, 'slash')}", "Monthly rate: private room, meals, personal care level 2",
              n2(amt)]], [52, W - 82, 30], size=8.6, aligns=["L", "L", "R"])
    p.add_page()
    p.bar("If you disagree: asking for a review")
    p.para("You, your mother or anyone she has named may ask us to review this decision. Your request must be "
           "postmarked or faxed within 60 days of the date shown at the top of the first page of this letter. Send "
           "it to the Appeals Unit at the box on page 1, with anything that shows the facility meets the definition, "
           "such as a new license or its overnight staffing schedule.", 9.6)
    p.para("If our review does not change the decision, you may ask for an independent third-party review; the "
           "review decision will explain how, and that request must be made within 90 days of it.", 9.6)
    p.para("You may ask for free copies of the policy and the papers we used in this decision. The program does not "
           "treat anyone differently because of race, color, national origin, age, disability or sex.", 9.0)
    p.para("Para recibir ayuda en español, llame al número que aparece en la primera página.", 8.8)
    p.para(f"Sincerely,\n{sig}\nClaims Review\ncc: {QUAIL}", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=eid, member_name=mother, cases=[clm],
              claim_amount=m2(amt), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(),
              provider=QUAIL, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT}, denial_alternates=["other"])
    return out(p), t


# --- 6. Spanish: coverage ended for unpaid premiums (phone photo) -------------------------------------------------
def phone_es(rng):
    mother, daughter, sig = people(rng, 3, es=True, sex="FF.")
    daughter = kin(daughter, mother)
    eid = fid(rng)
    clm = claim_no(rng)
    ld = dt.date(2026, 5, 11)
    by = dt.date(2026, 8, 10)
    a, b = dt.date(2026, 2, 23), dt.date(2026, 3, 20)
    ended = dt.date(2026, 1, 31)
    amt = 2340.00
    p = EESheet(footer="Página {n} de {nb}", footer_left="WX-EL-ES (01/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, es=True)
    for ln in [daughter, f"Representante de {mother}", "2207 Calle Saltillo", "Laredo, TX 78046"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.facts_right([("Fecha de esta carta", es_date(ld)), ("Nº de inscrito (FLTCIP)", show(eid)),
                   ("Nº de Medicare", medicare_no(rng)), ("Reclamación Nº", clm), ("Agencia", MESQ),
                   ("Fechas del cuidado", f"{es_abbr(a)} a {es_abbr(b)}"),
                   ("Total de las facturas", f"{es_amt(amt)} ({usd_es(amt)})")],
                  [f"Estimada señora {daughter.split()[-1]}:",
                   f"Le escribimos a usted como representante autorizada de su madre, {mother}. Recibimos las "
                   f"facturas de {MESQ} por el cuidado en casa que su madre recibió {es_span(a, b)}, por un total de "
                   f"{es_amt(amt)}.",
                   f"No podemos pagar estas facturas. La cobertura de su madre terminó el {es_date(ended)}. Las primas "
                   "de noviembre y diciembre de 2025 no se pagaron: el banco rechazó los cargos automáticos y tampoco "
                   "recibimos el pago durante el período de gracia que le avisamos por carta. El cuidado se dio "
                   "después de esa fecha, cuando ya no había cobertura.",
                   "Si usted tiene un comprobante de que las primas sí se pagaron, o si su madre no pudo ocuparse de "
                   "sus pagos por una enfermedad que afectó su memoria o su juicio, díganoslo: en ese caso podemos "
                   "revisar si la cobertura se puede restablecer."],
                  side_w=64, size=9.4, title="Datos de la reclamación")
    p.para(f"Tiene hasta el {es_date(by)} para pedirnos por escrito que revisemos esta decisión. Envíe su carta a la "
           "Unidad de Apelaciones, a la dirección de arriba, con los documentos que quiera que leamos.", 9.4)
    p.para("Cuando nos llame, tenga a mano el número de inscrito de su madre. Empieza con FLT y sigue con nueve "
           "cifras (por ejemplo: FLT 000 000 000); no es el número de Medicare.", 9.0)
    p.para(f"Atentamente,\n{sig}\nUnidad de Elegibilidad y Primas", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=eid, member_name=mother, cases=[clm],
              claim_amount=m2(amt), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(),
              provider=MESQ, appeal_deadline=by.isoformat(), lang="es",
              alternates={"insurer": ALT}, denial_alternates=["other"])
    return out(p), t


# --- 7. stair lift installed before an alternate plan of care (rotated) ------------------------------------------
def rotated_lift(rng):
    member, coord, ot, sig = people(rng, 4)
    eid = fid(rng, "S")
    req = f"APC-26-{digits(rng, 4)}"
    ld = dt.date(2026, 4, 14)
    put_in = dt.date(2026, 3, 10)
    asked = dt.date(2026, 3, 24)
    amt = 4280.00
    inv = digits(rng, 5)
    p = EESheet(footer="Page {n} of {nb}", footer_left="WX-APC (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="ALTERNATE PLAN OF CARE")
    p.letter_with_ticket([member, *us_address(rng)],
                         [(show(eid), "enrollee no."), (req, "request no."), (fdate(ld, "abbr"), "date"),
                          (coord, "your care coordinator")], w=82, size=9.0)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to pay you back for the stair lift that {RIDGE} put in your home on {ord_of(put_in)}. "
           f"Its invoice, number {inv}, is for {money(amt)}.", 10)
    p.para("We cannot reimburse it. A stair lift is not one of the program's usual benefits. The program can pay for "
           "an item like this only under an alternate plan of care, and that plan has to be agreed by you, your care "
           "coordinator and us before the item is bought or installed. We first heard about the lift when your "
           f"request came in on {fdate(asked, 'long')}, two weeks after it was put in, so there was no plan in place "
           "when you bought it.", 10)
    p.para(f"This is not a judgment that the lift does not help you. The notes from {ot}, OT, say it lets you reach "
           "your bedroom safely, and your care coordinator agrees. If you need other equipment or changes to your "
           "home, please call your care coordinator first; together we can look at whether an alternate plan of care "
           "can pay for them.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Invoice", "Installed", "Item", "Amount"],
            [[inv, fdate(put_in, "slash"), "Straight-rail stair lift, installed, 1-year service plan", n2(amt)]],
            [24, 28, W - 82, 30], size=8.8, aligns=["L", "L", "L", "R"])
    p.para("If you do not agree, write to us within 60 days after you receive this letter and tell us why. You may "
           "send anything you want us to read. After our review you may ask for an independent third-party review.",
           10)
    p.para(f"Sincerely,\n{sig}\nBenefit Services\ncc: {coord}, care coordination", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=eid, member_name=member, cases=[req],
              claim_amount=m2(amt), service_dates=[put_in.isoformat()], denial_date=ld.isoformat(), provider=RIDGE,
              appeal_deadline=None, alternates={"insurer": ALT}, denial_alternates=["not_covered"])
    return out(p), t


# --- 8. independent caregiver's January invoices sent too late (150 dpi) ------------------------------------------
def lowres_late(rng):
    member, carer, sig = people(rng, 3)
    eid = fid(rng)
    body = digits(rng, 7)
    clm = "WX26-" + body
    ld = dt.date(2026, 7, 7)
    got = dt.date(2026, 6, 22)
    due = dt.date(2026, 5, 31)
    call = dt.date(2026, 6, 30)
    weeks = [(dt.date(2026, 1, 5), dt.date(2026, 1, 9)), (dt.date(2026, 1, 12), dt.date(2026, 1, 16)),
             (dt.date(2026, 1, 19), dt.date(2026, 1, 23)), (dt.date(2026, 1, 26), dt.date(2026, 1, 30))]
    rate, hrs = 39.00, 20
    p = EESheet(footer="Page {n} of {nb}", footer_left="WX-TF (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("date of this letter", fdate(ld, "long"), 46, "B"), ("enrollee ID", show(eid), 46, "B"),
                ("invoices received", fdate(got, "slash"), 40, "B"), ("caregiver", carer, W - 132, "B")], cap=6.0)
    p.wrapped_id("Claim number", ["WX26-" + body[:2], body[2:]], box_w=16, cap_w=30, size=9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received four invoices from {carer}, CNA, who cared for you at home as an independent caregiver in "
           "January 2026. We are sorry, but we cannot pay them: invoices have to reach us within 120 days after the "
           f"last day of the month in which the care was given, which for January care was {fdate(due, 'long')}. "
           f"These came in on {fdate(got, 'long')}.", 10)
    p.table(["Invoice", "Dates of care", "Hours", "Amount"],
            [[f"JAN-{i + 1}", f"{yy(a)} - {yy(b)}", str(hrs), n2(rate * hrs)] for i, (a, b) in enumerate(weeks)] +
            [["Total", "", str(hrs * 4), n2(rate * hrs * 4)]],
            [28, 60, 24, W - 112], size=8.8, aligns=["L", "L", "C", "R"], bold_last=True)
    p.para(f"When you called us on {fdate(call, 'long')} (call reference {digits(rng, 6)}-{digits(rng, 4)}), you told "
           "us the invoices were mailed in March and came back for a wrong address. If you have the returned envelope "
           "or anything else that shows you tried to send them on time, please send it to us.", 10)
    p.para("You can ask us to reconsider within 90 days of the date of this letter. Tell us what kept the invoices "
           "from reaching us on time and send copies of what you have. Your care from February on is not affected; those "
           "invoices were paid.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=eid, member_name=member, cases=[clm],
              claim_amount=m2(rate * hrs * 4), service_dates=[f"{weeks[0][0].isoformat()}/{weeks[-1][1].isoformat()}"],
              denial_date=ld.isoformat(), provider=carer, appeal_deadline=plus(ld, 90).isoformat(),
              alternates={"insurer": ALT,
                          "service_dates": [[f"{a.isoformat()}/{b.isoformat()}" for a, b in weeks]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_benefit_eligibility_one_of_six_activities", "born_digital", [bd_adl(rng)]),
        Item(F + "clean_stack_plan_of_care_then_waiting_period_eob_upside_down", "scan_clean_300", clean_stack(rng),
             separators=["duplex", None], turns={(1, 1): 180}),
        Item(F + "finefax_agency_remittance_caregiver_notes_not_received", "fax_fine_g4", [finefax_remit(rng)]),
        Item(F + "photocopy_residential_care_home_not_assisted_living_three_pages", "photocopy", [photocopy_alf(rng)]),
        Item(F + "phone_es_cobertura_terminada_por_primas_impagas", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_stair_lift_installed_before_alternate_plan_agreed", "rotated", [rotated_lift(rng)]),
        Item(F + "lowres_independent_caregiver_invoices_sent_too_late", "scan_lowres_150", [lowres_late(rng)]),
    ]
