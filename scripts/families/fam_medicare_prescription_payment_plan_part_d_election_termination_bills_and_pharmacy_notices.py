"""Papers mirrored (structure and plain wording style only) from the Medicare Prescription Payment Plan as a Part D plan
runs it, with an invented stand-alone drug plan (Thistlecombe Health Plans, Inc., Thistlecombe Rx Value (PDP),
contract-PBP S6417-012): the monthly bill, the decision on a request to join, the notice that participation ended, the
plan's pharmacy remittance for the payment plan's own claims, and two drug payment decisions that touch the payment
plan. Public rules used as themselves: every Part D plan offers the payment plan; a participant pays $0 at the
pharmacy for covered Part D drugs and the plan bills the costs in monthly amounts over the rest of the calendar year,
with no interest or fees; the first month's most is the year's out-of-pocket limit ($2,100 in 2026) less what the
person already paid that year, divided by the months left; a pharmacy tells a person who is likely to benefit (one
prescription costing $600 or more) and a request made then is handled quickly; a plan may refuse a new election
while an amount from an earlier year of the payment plan is unpaid; a participant who does not pay gets a grace
period of at least two months before participation ends, stays in the drug plan and still owes the balance;
disagreements about the payment plan go through the plan's grievance process; only drugs the Part D plan covers can
go on the payment plan; Part D does not pay for drugs used for hair growth or cosmetic reasons; an out-of-network
pharmacy is paid only in a few situations; a redetermination must be asked for within 65 days from the date of the
coverage notice; the pharmacy bills the payment plan's part as a second claim. The plan, every pharmacy, pharmacy
services group, counselling office, prescriber, person, number, address, code (P1, L6, T4, R2) and every time limit
not listed above are invented; phones use 555. No heading names the kind of denial; each reason is put in plain
words of the writer's own.

Documents (8 in 7 files):
- faxstd_pharmacy_remittance_payment_plan_claim_after_participation_ended: a landscape remittance to a pharmacy on a
  standard fax, paid through its pharmacy services group (the payee, a decoy), short captions left of and under the
  boxes ("Rmt dt", "Pharm", "NCPDP", "Chk/EFT", "Cycle" as a span); five payment-plan second claims with Part D
  patient pay / sent to plan / plan paid / collect from patient, one reversal printed "48.10-", a totals row; only
  the third line is refused under T4 because the person's participation ended before the fill date (legend only);
  Thistlecombe IDs with an O among the digits; "within 60 days of the Rmt dt".
- born_digital_monthly_bill_may_statement_with_coupon: the participant's monthly bill (denies nothing): an amount-due
  panel, a payment received in parentheses, three fills in ISO dates at one pharmacy, a twelve-month strip, a
  tear-off coupon with the payment plan account (decoy) and a scan line.
- lowres_election_refused_unpaid_balance_from_last_year: a 150 dpi letter with odd captions under the boxes
  ("Dt mailed", "Req #" with an O among its digits, "Rec'd", "Thistl. ID" printed with spaces, "Medicare #")
  refusing a 2026 election because $212.37 from the 2025 payment plan is unpaid (eligibility); the amount only in
  sentences; a grievance "within 60 days of the date we mailed this letter" (the box).
- photocopy_payment_decision_hair_growth_tablets_not_a_part_d_drug: a photocopied payment decision refusing to pay
  back finasteride 1 mg for thinning hair bought "on Tuesday, March 17, 2026" and to add it to the payment plan
  (not_covered); a parties box puts the pharmacy beside the prescriber's practice and the reviewing pharmacist; the
  Thistlecombe ID printed with dashes beside the Medicare number and the payment plan account; "$68.40" only in a
  sentence; "within 65 days from the date of this notice".
- phone_es_aviso_fin_de_participacion_por_falta_de_pago: a photographed Spanish notice with hung captions: two monthly
  bills unpaid through the grace period, so participation ended (eligibility); "US$ 186,42 ($186.42)"; the person
  stays in the drug plan; "a más tardar el 3 de agosto de 2026" for a grievance.
- rotated_election_accepted_at_pharmacy_first_month_limit: an acceptance notice fed sideways (denies nothing): comb
  fields for the IDs, the first month's limit worked out from $2,100, the pharmacy only in a sentence.
- scan_stack_counselor_cover_letter_duplex_then_out_of_network_refill_decision_upside_down: a Medicare counselling
  office's cover letter to the member forwarding the plan's decision (its own document: other, no denial; it names
  the last day to appeal), its duplex back, then a two-page decision refusing to pay back two refills bought at a
  beach-town pharmacy outside the network (out_of_network) with tab captions over boxes, ISO dates in a table,
  "USD 318.75" in the text; its second page upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhb import (EDSheet, address, es_date, es_money, last_first, n2, npi, paren, people, phone,
                               span_dash, trail, usd, with_odd, wlong, yy)
from public_kit import digits, fdate, m2, mbi, out, plus, truth

FAMILY = "medicare_prescription_payment_plan_part_d_election_termination_bills_and_pharmacy_notices"
LANG = "en"
SEED = 354931
INS = "Thistlecombe Health Plans, Inc."
ALT = ["Thistlecombe", "Thistlecombe Health Plans", "Thistlecombe Rx Value", "Thistlecombe Rx Value (PDP)"]
PLAN = "Thistlecombe Rx Value (PDP)"
PLAN_ID = "S6417-012"
PROGRAM = "Medicare Prescription Payment Plan"
PSAO = "Keelson Pharmacy Alliance"
CALLOWAY = "Calloway Street Pharmacy"
ASHGROVE = "Ashgrove Apothecary"
FENNIMORE = "Fennimore Family Pharmacy"
PENMARRIC = "Penmarric Drug"
LAKESHORE = "Lakeshore Pharmacy"
DERM = "Brightwater Dermatology"
SHIP = "Piedmont Crossroads Area Agency on Aging"


def tid(rng, odd: str | None = None) -> str:
    """A Thistlecombe member ID: TRX and eight digits, optionally with a letter that reads like a digit."""
    body = digits(rng, 8)
    return "TRX" + (with_odd(body, rng, odd) if odd else body)


def tid_space(t: str) -> str:
    return f"{t[:3]} {t[3:7]} {t[7:]}"


def tid_dash(t: str) -> str:
    return f"{t[:3]}-{t[3:7]}-{t[7:]}"


def pp_acct(rng) -> str:
    """The payment plan's own billing account (a decoy beside the member ID)."""
    return f"PP {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"


def _head(p, rng, unit: str, box: str | None = None):
    p.head(INS, "TRx", [f"{PLAN}  |  {unit}",
                        f"PO Box {rng.randint(26000, 26999)}, Richmond, VA 23261  |  Member Services 1-888-555-"
                        f"{digits(rng, 4)} (TTY 711), 8 a.m. to 8 p.m., seven days a week"], box=box, size=12.5)


def faxstd_remit(rng):
    names = people(rng, 5)
    rmt = dt.date(2026, 5, 15)
    cyc = (dt.date(2026, 5, 8), dt.date(2026, 5, 14))
    ended = dt.date(2026, 4, 30)
    W = 279.4 - 24
    fax = (f"05/18/2026 07:{rng.randint(10, 59)}  FROM THISTLECOMBE RX PHARM PMTS  {phone(rng, '804')}  "
           f"TO {CALLOWAY.upper()}  P.{{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"TRX-PP-RA2 (01/26)  |  {PSAO} for {CALLOWAY}",
                fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Pharmacy Payments")
    p.title_bar("PAYMENT PLAN CLAIMS  -  REMITTANCE TO PHARMACY",
                f"Second claims billed to the {PROGRAM} (BIN 0{digits(rng, 5)} / PCN TRXPP) after the Part D claim")
    p.capcells([("Rmt dt", yy(rmt), 42, "L"), ("Payee", PSAO, 78, "L"), ("Pharm", CALLOWAY, 82, "L"),
                ("NCPDP", digits(rng, 7), W - 202, "B")], size=9.6)
    p.capcells([("Pharm NPI", npi(rng), 58, "B"), ("Chk/EFT", f"EFT {digits(rng, 10)}", 62, "B"),
                ("Cycle", span_dash(*cyc), 58, "B"), ("Contract-PBP", PLAN_ID, W - 178, "B")], size=9.6)
    drugs = [("apixaban 5 mg", "60/30", 141.56, "P1"), ("empagliflozin 25 mg", "30/30", 96.20, "L6"),
             ("ticagrelor 90 mg", "60/30", 187.45, "T4"), ("insulin glargine pen", "15/30", 35.00, "P1"),
             ("sacubitril/valsartan", "60/30", 48.10, "R2")]
    fills = [dt.date(2026, 5, d) for d in (8, 9, 11, 12, 13)]
    rows, tot, flags, deny = [], [0.0, 0.0, 0.0], [], None
    for i, (nm, (drug, qty, amt, code), fd) in enumerate(zip(names, drugs, fills)):
        t = tid(rng, "O" if i in (0, 2) else None)
        icn = f"26{fd.strftime('%j')}{digits(rng, 8)}"
        rx = f"{rng.randint(6, 7)}{digits(rng, 6)}"
        if code == "T4":
            vals = [amt, 0.0, amt]
            deny = (nm, t, icn, fd, amt)
        elif code == "R2":
            vals = [0.0, -amt, 0.0]
        else:
            vals = [amt, amt, 0.0]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([icn, last_first(nm), t, yy(fd), rx, drug, qty, n2(amt),
                     n2(vals[0]) if vals[0] else "0.00", trail(-vals[1]) if vals[1] < 0 else n2(vals[1]),
                     n2(vals[2]), code])
        flags.append(">>" if code == "T4" else None)
    p.set_x(p.l_margin)
    p.ledger(["Ref/ICN", "Cardholder", "Thistl. ID", "Fill dt", "Rx #", "Drug", "Qty/DS", "Pt D pt pay",
              "Sent to PP", "PP paid", "Collect fr pt", "Cd"], rows,
             [29, 46, 25, 14, 14, 33, 12, 16, 16, 16, 17, W - 238], size=7.4,
             aligns=["L"] * 7 + ["R"] * 4 + ["C"],
             totals=["TOTALS", "", "", "", "", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), ""], row_h=5.0)
    p.leaders([("Paid on lines this cycle", n2(tot[1] + 48.10)), ("Reversal taken back", trail(48.10)),
               ("Net to payee", n2(tot[1]))], size=8.6, w=110)
    p.f(8.4, "B")
    p.cell(0, 4.5, "Codes", new_x="LMARGIN", new_y="NEXT")
    p.mono(["P1  paid in full; the patient owes the pharmacy $0.00 for this fill",
            "L6  paid; this person was told at the counter that joining could help. Give the plan's notice again",
            f"T4  not paid: this person's participation in the payment plan ended {yy(ended)}, before the fill date.",
            "    Collect the Part D patient pay from the person at pickup, the same as for any Part D claim",
            "R2  an earlier paid line reversed (returned to stock); the payment is taken back"], size=7.6,
           bold_first=False)
    nm, t, icn, fd, amt = deny
    p.para("The Part D claim for every line above was paid under the person's drug coverage; this page is only about "
           "the second claim for the part the person would otherwise pay at the counter. To ask us to look at a line "
           "again, write to Pharmacy Payments at the address above within 60 days of the Rmt dt and give the Ref/ICN.",
           8.2)
    tr = truth("eob", "eligibility", insurer=INS, plan_id=PLAN_ID, member_id=t, member_name=nm, cases=[icn],
               claim_amount=m2(amt), service_dates=[fd.isoformat()], denial_date=rmt.isoformat(), provider=CALLOWAY,
               appeal_deadline=plus(rmt, 60).isoformat(),
               alternates={"insurer": ALT, "plan_id": [None]},
               denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), tr


def bd_bill(rng):
    member, = people(rng, 1)
    t = tid(rng)
    m = mbi(rng)
    acct = pp_acct(rng)
    bill = dt.date(2026, 5, 20)
    due = dt.date(2026, 6, 12)
    per = (dt.date(2026, 4, 16), dt.date(2026, 5, 15))
    fills = [(dt.date(2026, 4, 22), "rivaroxaban 20 mg, 30 tablets", 147.23),
             (dt.date(2026, 5, 4), "fluticasone/salmeterol inhaler 250/50", 118.40),
             (dt.date(2026, 5, 11), "linagliptin 5 mg, 30 tablets", 126.55)]
    new = round(sum(f[2] for f in fills), 2)
    carried, paid = 1164.90, 171.07
    bal = round(carried - paid + new, 2)
    due_amt = round(bal / 7, 2)
    bill_no = f"{bill.strftime('%y%m')}-{digits(rng, 6)}"
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"TRX-PP-BILL (01/26)  Bill no. {bill_no}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, PROGRAM)
    p.f(13, "B")
    p.cell(0, 7, "Your payment plan bill", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.4, f"{PROGRAM}  |  Bill period {span_dash(*per)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    W = p.w - p.l_margin - p.r_margin
    bottom = p.due_panel([("Bill date", fdate(bill, "long")), ("Amount due", f"${n2(due_amt)}"),
                          ("Please pay by", fdate(due, "long")), ("Payment plan acct.", acct)],
                         p.l_margin + W - 74, y0, w=74, big=1)
    p.set_xy(p.l_margin, y0 + 2)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.idstrip([("Thistlecombe ID", t), ("Medicare number", m), ("Plan", f"{PLAN} {PLAN_ID}")], size=8.4)
    p.bar("How we figured this month's amount")
    p.leaders([("Balance on your last bill", n2(carried)), (f"Payment received {yy(dt.date(2026, 5, 8))}",
                                                               paren(paid)),
               ("Drug costs added this period (see below)", n2(new)), ("Balance now", n2(bal)),
               ("Months left to pay it (June through December)", "7"),
               ("Amount due this month (balance now divided by 7)", n2(due_amt))], size=9.0)
    p.bar("Drug costs added this period")
    p.ledger(["Date filled", "Prescription", "Pharmacy", "Rx #", "Added"],
             [[d.isoformat(), drug, ASHGROVE, f"{rng.randint(3, 4)}{digits(rng, 6)}", n2(a)] for d, drug, a in fills],
             [24, 66, 44, 22, W - 156], aligns=["L", "L", "L", "L", "R"], size=8.4,
             totals=["", "", "", "Total", n2(new)])
    labels = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    vals = ["-", "-", "148.60", "165.25", "171.07", n2(due_amt)] + [""] * 6
    p.months(labels, vals, title="Your monthly amounts this year, by the month each was due (you joined in February)",
             mark=5)
    p.para(f"While you are in the payment plan you pay $0 at the pharmacy for drugs {PLAN} covers; we send you a "
           "bill each month instead. We never add interest or fees. If a payment is late we will send you a "
           "reminder, and you will have a grace period of two months before your participation would end.", 8.6)
    p.para("Questions about this bill, or think something on it is wrong? Call Member Services. You may also file a "
           "grievance; your bill will not go to collections while we look into it.", 8.6)
    p.coupon("PAYMENT PLAN  -  PAYMENT COUPON", [("Name", member), ("Payment plan acct.", acct),
                                                 ("Amount due", f"${n2(due_amt)}"),
                                                 ("Please pay by", fdate(due, "slash")),
                                                 ("Amount enclosed", "$ __________")],
             f"{acct.replace(' ', '')} {int(due_amt * 100):09d} {due.strftime('%m%d%y')} 7",
             ["Make your check payable to Thistlecombe Health Plans", "Payment Processing Center",
              f"PO Box {rng.randint(71000, 71999)}", "Charlotte, NC 28272-0001"])
    tr = truth("other", None, insurer=INS, plan_id=PLAN_ID, member_id=t, member_name=member,
               claim_amount=m2(due_amt), service_dates=[d.isoformat() for d, _, _ in fills],
               denial_date=bill.isoformat(), provider=ASHGROVE,
               alternates={"insurer": ALT, "claim_amount": [m2(new), m2(bal), None], "service_dates": [[]],
                           "case_numbers": [[bill_no]], "provider": [None]})
    return out(p), tr


def lowres_refused(rng):
    member, = people(rng, 1)
    t = tid(rng)
    m = mbi(rng)
    req = with_odd(f"ER-26-{digits(rng, 6)}", rng, "O")
    rcvd = dt.date(2026, 3, 2)
    mailed = dt.date(2026, 3, 9)
    owed = 212.37
    W = 215.9 - 34
    p = EDSheet(footer="Page {n} of {nb}", footer_left="TRX-PP-D1 (01/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, PROGRAM)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.capcells([("Dt mailed", fdate(mailed, "slash"), 40, "B"), ("Req #", req, 46, "B"),
                ("Rec'd", yy(rcvd), 30, "B"), ("Thistl. ID", tid_space(t), W - 116, "B")], cap=6.6, size=9.4)
    p.capcells([("Medicare #", m, 50, "B"), ("Plan yr", "2026", 30, "B"), ("Plan", f"{PLAN} {PLAN_ID}", W - 80, "B")],
               cap=6.6, size=9.4)
    p.f(11.5, "B")
    p.cell(0, 7, "About your request to join the payment plan", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear {member}:", 10)
    p.para(f"We got your request to pay your drug costs through the {PROGRAM} in 2026. We cannot start it for you "
           "right now.", 10)
    p.para(f"You were in the payment plan in 2025. When that year ended, ${n2(owed)} of what you owed was still "
           "unpaid. Our last bill for 2025 asked for it by January 15, 2026, and we have no payment since. While an "
           "amount from an earlier year is unpaid, we may say no to a new request, and that is what we are doing.",
           10)
    p.para(f"**This does not change your drug coverage.** You are still a member of {PLAN}, and we still pay our part "
           "of your covered drugs. Until you are in the payment plan again, you pay your share at the pharmacy when "
           "you pick up each prescription.", 10)
    p.para(f"**What you can do.** Pay the ${n2(owed)} (you can pay by phone, by mail or online), then send us a new "
           "request. We will answer a new request within 10 days of getting it.", 10)
    p.para("**If you think we are wrong** (for example, you already paid), you may file a grievance with us. Call "
           "Member Services or write to us within 60 days of the date we mailed this letter, shown in the first box "
           "above. Send a copy of any receipt.", 10)
    p.para(f"Sincerely,\nPayment Plan Services, {PLAN}", 10)
    tr = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_ID, member_id=t, member_name=member,
               cases=[req], denial_date=mailed.isoformat(), appeal_deadline=plus(mailed, 60).isoformat(),
               alternates={"insurer": ALT, "claim_amount": [m2(owed)], "appeal_deadline": [None]},
               denial_alternates=["other"])
    return out(p), tr


def photocopy_finasteride(rng):
    member, dr, rph = people(rng, 3)
    t = tid(rng, "S")
    m = mbi(rng)
    acct = pp_acct(rng)
    req = f"CD{digits(rng, 9)}"
    fill = dt.date(2026, 3, 17)
    rcvd = dt.date(2026, 3, 30)
    ntc = dt.date(2026, 4, 3)
    amt = 68.40
    p = EDSheet(footer="Page {n} of {nb}", footer_left="TRX-CD-PAY (01/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Coverage Decisions")
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Notice of Denial of Medicare Prescription Drug Payment", align="C", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.beside([[("Date", fdate(ntc, "long")), ("Request no.", req)],
              [("Member", member), ("Thistlecombe ID", tid_dash(t))],
              [("Medicare no.", m), ("Payment plan acct.", acct)]], cap_w=27, size=9.0)
    p.parties([("Pharmacy", FENNIMORE, f"NCPDP {digits(rng, 7)}  |  Rx #{rng.randint(2, 5)}{digits(rng, 6)}"),
               ("Prescriber", f"Dr. {dr}, {DERM}", f"NPI {npi(rng)}"),
               ("Reviewed by", f"{rph}, PharmD", "Clinical pharmacist, Coverage Decisions")], cap_w=30)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to pay you back the ${n2(amt)} you paid {FENNIMORE} on {wlong(fill)}, for 30 tablets of "
           "finasteride 1 mg, and to put that amount on your payment plan balance instead. We got your request on "
           f"{fdate(rcvd, 'long')}. We are not able to pay it.", 10)
    p.para("**Why.** The prescription and your doctor's note say the tablets are for thinning hair on the top of the "
           "scalp. By law, Medicare drug plans may not pay for drugs when they are used to make hair grow or for "
           "cosmetic reasons, so this fill is outside what any Part D plan can pay for. (The same drug in a 5 mg "
           "tablet for an enlarged prostate is a different matter and would be looked at on its own.)", 10)
    p.para(f"**Your payment plan.** Only drugs that {PLAN} covers can go on the {PROGRAM}. Your balance and your "
           "monthly bill do not change because of this request.", 10)
    p.heading("If you disagree", 10.5)
    p.para("You have the right to ask us for a redetermination (appeal) of this decision. Your request must reach us "
           "within 65 days from the date of this notice. You, your prescriber or someone you name may ask. Write to "
           f"Coverage Decisions at the address above, or call Member Services. Payment requests are not handled as "
           "fast appeals.", 9.6)
    p.para("You can get a free copy of the guidelines we used, and of the papers in your file, by calling us.", 9.0)
    tr = truth("denial_letter", "not_covered", insurer=INS, plan_id=None, member_id=tid_dash(t), member_name=member,
               cases=[req], claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=ntc.isoformat(),
               provider=FENNIMORE, appeal_deadline=plus(ntc, 65).isoformat(),
               alternates={"insurer": ALT, "member_id": [t], "provider": [f"Dr. {dr}", DERM]})
    return out(p), tr


def phone_es_ended(rng):
    member, = people(rng, 1, es=True)
    t = tid(rng, "B")
    m = mbi(rng)
    acct = pp_acct(rng)
    ntc = dt.date(2026, 6, 3)
    ended = dt.date(2026, 5, 31)
    last = dt.date(2026, 8, 3)
    notice = f"AV-{digits(rng, 7)}"
    bills = [("Marzo de 2026", dt.date(2026, 3, 15), 93.10), ("Abril de 2026", dt.date(2026, 4, 15), 93.32)]
    owed = round(sum(b[2] for b in bills), 2)
    p = EDSheet(footer="Página {n} de {nb}", footer_left="TRX-PP-T2-SP (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(INS, "TRx", [f"{PLAN}  |  Plan de Pagos de Medicamentos Recetados de Medicare",
                        f"Apartado postal {rng.randint(26000, 26999)}, Richmond, VA 23261  |  Servicios para Miembros "
                        f"1-888-555-{digits(rng, 4)} (TTY 711)"], size=12.5)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.hang([("Fecha del aviso", es_date(ntc)), ("Aviso n.º", notice), ("N.º Thistlecombe", tid_space(t)),
            ("Número de Medicare", m), ("Cuenta del plan de pagos", acct)], cap_w=44, size=9.6, cap=6.6)
    p.f(11.5, "B")
    p.multi_cell(0, 6, "Su participación en el plan de pagos terminó", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado(a) {member}:", 10)
    p.para("Le escribimos porque no recibimos el pago de estas facturas del Plan de Pagos de Medicamentos Recetados "
           "de Medicare:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Factura", "Vencía el", "Importe", "Pagado"],
            [[b[0], es_date(b[1]), es_money(b[2]), es_money(0)] for b in bills]
            + [["Total que debe", "", es_money(owed), ""]], [46, 50, 40, W - 136], size=9, bold_last=True,
            aligns=["L", "L", "R", "R"])
    p.para(f"Le enviamos un recordatorio y le dimos un período de gracia de dos meses para ponerse al día. El "
           f"período terminó sin pago, así que su participación en el plan de pagos terminó el {es_date(ended)}.",
           10)
    p.para(f"**Sigue teniendo su cobertura de medicamentos.** Usted sigue inscrito(a) en {PLAN}. Desde el 1 de junio "
           "de 2026 pagará su parte en la farmacia cada vez que recoja un medicamento.", 10)
    p.para(f"**Todavía debe {es_money(owed)} (${n2(owed)}).** Puede pagar por teléfono, por correo o en línea. "
           "Mientras no pague, podemos negarle una nueva solicitud para el plan de pagos.", 10)
    p.para("**Si tuvo una buena razón** para no pagar a tiempo, por ejemplo una hospitalización, llámenos: podemos "
           "volver a incluirle si paga lo que debe.", 10)
    p.para("**Si no está de acuerdo** con esta decisión, puede presentar una queja formal (reclamo) ante nosotros "
           f"por teléfono o por escrito a más tardar el {es_date(last)}.", 10)
    p.para(f"Atentamente,\nServicios del Plan de Pagos, {PLAN}", 10)
    tr = truth("denial_letter", "eligibility", insurer=INS, member_id=t, member_name=member, cases=[notice],
               denial_date=ntc.isoformat(), appeal_deadline=last.isoformat(), lang="es",
               alternates={"insurer": ALT, "claim_amount": [m2(owed)], "case_numbers": [[]],
                           "appeal_deadline": [None]},
               denial_alternates=["other", None], type_alternates=["other"])
    return out(p), tr


def rotated_accepted(rng):
    member, = people(rng, 1)
    t = tid(rng, "I")
    m = mbi(rng)
    acct = pp_acct(rng)
    made = dt.date(2026, 4, 7)
    ntc = dt.date(2026, 4, 8)
    req = f"ER26{digits(rng, 6)}"
    spent = 412.00
    first = round((2100 - spent) / 9, 2)
    p = EDSheet(footer="Page {n} of {nb}", footer_left="TRX-PP-A1 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, PROGRAM, box="WELCOME")
    p.line(fdate(ntc, "long"), 10)
    p.ln(2)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.combs([("Thistlecombe ID", t), ("Medicare number", m), ("Request no.", req)], cap_w=34,
            size=9.6)
    p.idstrip([("Payment plan acct.", acct), ("Plan", f"{PLAN} {PLAN_ID}")], size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Welcome to the {PROGRAM}. You asked to join at {PENMARRIC} on {fdate(made, 'long')}, after the "
           "pharmacy told you that you would likely benefit. We accepted your request, and your participation began "
           f"on {fdate(made, 'long')}. The pharmacy ran your prescription again that day, and you paid $0.00 at the "
           "counter.", 10)
    p.bar("The most we can bill you for April")
    p.rpairs([("$2,100.00", "most anyone pays for covered Part D drugs in 2026"),
              (f"- ${n2(spent)}", "what you already paid for covered drugs this year"),
              (f"= ${n2(2100 - spent)}", "what is left before you reach that limit"),
              ("/ 9", "months left in 2026, counting April"),
              (f"= ${n2(first)}", "the most your April bill can be")], val_w=42, size=9.6)
    p.para("Each month after that, we add the costs of any new fills to what you still owe and spread it over the "
           "months left in the year. Your first bill will come in May. You can leave the payment plan at any time by "
           "calling us; you would then pay what you owe in monthly bills.", 10)
    p.para("If you do not pay a bill, we will remind you and give you a grace period of two months. If you still do "
           "not pay, your participation ends, but you keep your drug coverage.", 10)
    p.para(f"Questions? Call Member Services.\n\nPayment Plan Services, {PLAN}", 10)
    tr = truth("other", None, insurer=INS, plan_id=PLAN_ID, member_id=t, member_name=member, cases=[req],
               denial_date=ntc.isoformat(),
               alternates={"insurer": ALT, "case_numbers": [[]], "provider": [PENMARRIC],
                           "plan_id": [None]})
    return out(p), tr


def stack_oon(rng):
    member, counselor, dr, rph = people(rng, 4)
    t = tid(rng, "Z")
    m = mbi(rng)
    acct = pp_acct(rng)
    req = f"CD{digits(rng, 9)}"
    ntc = dt.date(2026, 5, 4)
    cov = dt.date(2026, 5, 12)
    due = plus(ntc, 65)
    fills = [(dt.date(2026, 4, 14), "apixaban 5 mg", "60 / 30 days", 241.30),
             (dt.date(2026, 4, 21), "metoprolol succinate ER 50 mg", "30 / 30 days", 77.45)]
    tot = round(sum(f[3] for f in fills), 2)
    maddr = address(rng)
    # the counselling office's cover letter
    c = EDSheet(footer=None, serif=True)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.f(13, "B")
    c.cell(0, 7, SHIP, new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    c.cell(0, 4, f"Medicare counseling (SHIP)  |  {rng.randint(100, 899)} Bridge St, Danville, VA 24541  |  "
                 f"{phone(rng, '434')}", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(cov, "long"), 10)
    c.ln(3)
    for ln in [member, *maddr]:
        c.line(ln, 10)
    c.ln(4)
    c.para(f"Re: {PLAN} decision of {fdate(ntc, 'long')}, request no. {req}", 10)
    c.para(f"Dear {member.split()[0]},", 10)
    c.para("Thank you for coming in last week. As promised, here is a copy of the plan's letter for your records; "
           "the original stays with you.", 10)
    c.para(f"The plan will not pay you back for the two refills you bought at {LAKESHORE} in Myrtle Beach in April, "
           f"${n2(tot)} in all, and will not add them to your payment plan. Its reason is that {LAKESHORE} is not "
           "in its network and that the refills were not urgent.", 10)
    c.para(f"You may appeal. The plan counts 65 days from the date of its letter, so your appeal must reach it by "
           f"{fdate(due, 'long')}. I think a short letter from you explaining that your pills were left at your "
           "daughter's house, with a note from your doctor, would help. Bring it by and I will look it over and fax "
           "it for you.", 10)
    c.para(f"Sincerely,\n\n{counselor}\nVolunteer Medicare counselor", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=member, cases=[req],
                         claim_amount=m2(tot), denial_date=cov.isoformat(), provider=LAKESHORE,
                         appeal_deadline=due.isoformat(),
                         alternates={"insurer": [INS], "denial_date": [ntc.isoformat()], "claim_amount": [None],
                                     "appeal_deadline": [None]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the plan's two-page decision
    p = EDSheet(footer="Page {n} of {nb}", footer_left="TRX-CD-PAY-OON (01/26)",
                strip=f"{member}  |  Request {req}  |  page {{n}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Coverage Decisions")
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Notice of Denial of Medicare Prescription Drug Payment", align="C", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.tabcells([("DATE OF NOTICE", fdate(ntc, "slash"), 42), ("REQUEST NO.", req, 48),
                ("THISTLECOMBE ID", tid_space(t), W - 90)], size=9.4)
    p.tabcells([("MEMBER", member, 70), ("MEDICARE NO.", m, 50), ("PAYMENT PLAN ACCT.", acct, W - 120)], size=9.4)
    for ln in [member, *maddr]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to pay you back {usd(tot)} for two prescriptions you bought at {LAKESHORE}, Myrtle Beach, "
           f"South Carolina, and to put that amount on your {PROGRAM} balance. Your doctor, Dr. {dr}, wrote both "
           "prescriptions.", 10)
    p.ledger(["Date filled", "Drug", "Qty / supply", "You paid", "We pay"],
             [[d.isoformat(), drug, q, n2(a), "0.00"] for d, drug, q, a in fills],
             [28, 70, 32, 26, W - 156], aligns=["L", "L", "L", "R", "R"], size=8.8,
             totals=["", "", "Total", n2(tot), "0.00"])
    p.para(f"**Why we cannot pay.** {LAKESHORE} is not one of our network pharmacies. We pay for drugs filled at a "
           "pharmacy outside our network only in a few cases: for example, when you are away from home and cannot "
           "get to a network pharmacy, when you need a drug right away and no network pharmacy is open, or in a "
           "declared disaster. Our network has three pharmacies within two miles of the one you used, and both "
           "prescriptions were routine refills of drugs you take every day. The reasons for paying an out-of-network "
           "pharmacy do not fit these fills.", 10)
    p.para(f"**Your payment plan.** Because we did not pay these fills, they cannot be added to the {PROGRAM}; your "
           "balance does not change.", 10)
    p.add_page()
    p.bar("Your right to appeal")
    p.para("You have the right to ask us for a redetermination (appeal) of this decision. You must ask within 65 "
           "days from the date of this notice. We can give you more time if you have a good reason for missing the "
           "deadline.", 9.8)
    p.para("Send your request to Coverage Decisions at the address on page 1 or call Member Services. Include this "
           "letter and anything that shows why you could not use a network pharmacy (a note from your doctor, "
           "travel dates, a receipt from a closed pharmacy).", 9.8)
    p.para("A fast (expedited) appeal within 72 hours is for drugs you have not received yet; it does not apply to a "
           "request to be paid back.", 9.4)
    p.bar("If we change our decision")
    p.para("If we pay these fills after an appeal, we will pay you back and the amount will not be added to your "
           "payment plan unless you ask us to add it.", 9.4)
    p.para(f"Sincerely,\n{rph}, PharmD\nCoverage Decisions, {PLAN}", 9.6)
    d_b = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=t, member_name=member, cases=[req],
                         claim_amount=m2(tot), service_dates=[f[0].isoformat() for f in fills],
                         denial_date=ntc.isoformat(), provider=LAKESHORE, appeal_deadline=due.isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {dr}"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pharmacy_remittance_payment_plan_claim_after_participation_ended", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_monthly_bill_may_statement_with_coupon", "born_digital", [bd_bill(rng)]),
        Item(F + "lowres_election_refused_unpaid_balance_from_last_year", "scan_lowres_150", [lowres_refused(rng)]),
        Item(F + "photocopy_payment_decision_hair_growth_tablets_not_a_part_d_drug", "photocopy",
             [photocopy_finasteride(rng)]),
        Item(F + "phone_es_aviso_fin_de_participacion_por_falta_de_pago", "phone_photo", [phone_es_ended(rng)]),
        Item(F + "rotated_election_accepted_at_pharmacy_first_month_limit", "rotated", [rotated_accepted(rng)]),
        Item(F + "scan_stack_counselor_cover_letter_duplex_then_out_of_network_refill_decision_upside_down",
             "scan_clean_300", stack_oon(rng), separators=["duplex", None], turns={(1, 1): 180}),
    ]
