"""An invented multiemployer (Taft-Hartley) welfare fund for the construction trades of an invented river valley, the
Corliss Basin Building Trades Health and Welfare Fund, run by a Board of Trustees of union and employer trustees and
administered by an invented contract administrator, Dunmarra Benefit Administration, Inc., whose Fund Office prints
the Fund's own letterhead. Eligibility runs on an hours bank: contributing employers report each member's hours,
the hours go into the member's bank (up to a cap), and each month the Fund takes one month's draw from the bank to
buy the next month's coverage; when the bank holds less than a draw, the member may self-pay the shortfall by a due
date, or coverage lapses for that month. The plan does not pay for injuries that arise out of work when workers'
compensation covers them, wants an accident questionnaire for injuries, will advance benefits while a
workers' compensation claim is contested only against a signed reimbursement agreement, wants advanced imaging
approved ahead of time by its review company, and takes claims only within 90 days of the service. ERISA section
502(a), CPT codes and the kinds of care appear as themselves; the fund, its locals, contributing employers, the
administrator, the review company, the workers' compensation carrier, every rule, rate, cap, code, time limit,
hospital, clinic, practice, billing company, doctor, person, number and address are invented (phones 555). No
heading names the kind of denial; each reason is put in the writer's own plain words.

Documents (8 in 7 files):
- born_digital_landscape_household_eob_child_visit_in_lapsed_april: a landscape household EOB with values over
  hung captions (participant number with dashes and a Z, plan ACT-A), a ledger grouped by claim (billed / plan
  discount / not covered / allowed / copay / Fund paid / you owe, claim totals with a trailing minus on discounts,
  two-digit years) whose child's dermatology claim of 04/14/26 pays 0.00 under H7, meaning only in the legend at the
  foot (the bank held less than a month's draw for April and no self-payment came: eligibility); a sample
  participant number in the boilerplate as a decoy; "within 180 days of the date of this statement".
- finefax_provider_notice_rotator_cuff_repair_injured_on_the_job: a fine-fax notice to an orthopaedic practice with
  short captions left of and under boxes ("Ntc dt", "Clm #" with an I, "Grp", "Ptcp ID" in groups, "DOS" as
  "Tue 03/17/26"), a Re: line in slashes, and the surgery refused because the accident questionnaire says the
  shoulder was hurt lifting rebar on a job (other: work injury, workers' compensation pays); the carrier's claim
  number and a phone call's reference as decoys; "within 180 days of the Ntc dt".
- lowres_self_payment_received_coverage_continues_june: a 150 dpi letter (denies nothing) with a narrow identifier
  column in which the participant number breaks over two lines, an hours bank table by work month (late-2025 months
  as decoys) and a self-payment of $358.40 also written in words.
- photocopy_spouse_knee_mri_claim_after_90_days: a photocopied letter with captioned boxes and an address pair
  refusing a hospital's knee MRI claim for the spouse, service "on the 4th of February 2026", received after the
  90-day limit (timely_filing); the amount in words and figures; an earlier paid claim in passing; "You have 180 days
  from the date of this letter".
- phone_es_carta_banco_de_horas_sin_autopago_mayo: a photographed Spanish letter with captions hung at the left
  refusing the spouse's two May visits ("martes 12 de mayo de 2026", "jueves 28 de mayo de 2026"; "US$ 1,177.50")
  because the bank was short for May and no self-payment came (eligibility); last four of a Social Security number
  as a decoy; "dentro de 180 días contados desde la fecha de esta carta".
- rotated_trustees_appeal_decision_bone_marrow_concentrate_knee: the Board of Trustees' appeal decision, fed turned,
  with identifiers whose captions follow them in brackets, keeping the refusal of a knee injection of bone marrow
  aspirate concentrate on "Friday, February 20, 2026" as still being studied (experimental); final, only an ERISA
  502(a) suit left (no appeal deadline).
- clean_stack_reimbursement_agreement_needed_blank_then_mri_no_approval_page2_upside_down: the Fund's letter
  refusing for now an emergency visit and a hand surgery after a fall whose workers' compensation claim the carrier
  contests, until a signed reimbursement agreement arrives (other), a blank separator, then a two-page notice: page 1
  a letter body with a Re: line in bullets, page 2 (upside down) the child's lumbar MRI "Sat 04/25/26" done without
  the review company's approval (prior_authorization) and the rights, "within 180 days of the date at the top of
  page 1".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famif import (FIRST, EESheet, dname, es_date, es_wday, n2, odd_in, on_weekday, phone, the_nth,
                               trades_address, trail, usd, usd_es, wlong, words, workday, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "building_trades_welfare_fund_hours_bank_self_payments_and_workers_comp_claims"
LANG = "en"
SEED = 355045
FUND = "Corliss Basin Building Trades Health and Welfare Fund"
TPA = "Dunmarra Benefit Administration, Inc."
ALT = ["Corliss Basin Building Trades Health & Welfare Fund", "Corliss Basin Building Trades Welfare Fund",
       "Board of Trustees of the Corliss Basin Building Trades Health and Welfare Fund",
       "Corliss Basin Building Trades Health and Welfare Plan", "Corliss Basin Building Trades", TPA,
       "Dunmarra Benefit Administration"]
GROUP = "40117"
PLAN = "ACT-A"
DERM = "Hollinsby Pediatric Dermatology"
ORTHO = "Ostermoor Orthopaedic Associates"
BILLCO = "Wyatt Ferry Medical Billing"
HOSP_MRI = "Glenferrie Mercy Hospital"
CLINIC_ES = "Loxdale Family Health Center"
REGEN = "Skelbrook Regenerative Joint Clinic"
HOSP_ER = "Carnoustie Valley Hospital"
HAND = "Bracewell Hand Surgery"
IMAGING = "Tarnwell Open MRI"
REVIEW = "Veshmoor Utilization Review"
WC_CARRIER = "Granitefold Mutual Casualty Company"
LOCALS = ["Laborers' Local 1191", "Ironworkers Local 862", "Carpenters Local 2047", "Bricklayers Local 93",
          "Operating Engineers Local 708"]
EMPLOYERS = ["Kestermann & Rusk Concrete, Inc.", "Brightwater Steel Erectors LLC", "Oakhurst Mechanical Contractors",
             "Haymond Ridge Masonry", "Pettibone Paving Co."]
DRAW = 130
RATE = 6.40
LASTS = ["Przybylski", "Ostrander", "Haldeman", "Brubaker", "Kauffeld", "Dreibelbis", "Shollenberger", "Nagengast",
         "Oberholtzer", "Achenbach", "Moyerman", "Wojcikowski"]
FIRST_ES = ["Altagracia", "Bienvenido", "Candelaria", "Dionisio", "Esperanza", "Florencio", "Guillermina",
            "Inmaculada", "Jacobo", "Lucrecia", "Nicanor"]
LAST_ES = ["Almonte", "Batista", "Cabrera", "Encarnación", "Feliciano", "Guzmán", "Hiraldo", "Lantigua", "Marte"]


def household(rng, n=3, es=False):
    """n people of one household sharing a last name, each 'First M. Last', no first name repeated."""
    last = rng.choice(LAST_ES if es else LASTS)
    firsts = rng.sample(FIRST_ES if es else FIRST, n)
    return [f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}" for f in firsts]


def others(rng, n, avoid):
    """n names of people outside the household (no last name shared with it)."""
    from kit_roundee_famif import people
    while True:
        got = people(rng, n)
        if not any(g.split()[-1] in a for g in got for a in avoid) and not any(
                g.split()[0] in a for g in got for a in avoid):
            return got


def pid(rng, odd=None):
    """A participant number: CB and seven characters (one may be a letter a reader takes for a digit)."""
    return "CB" + odd_in(digits(rng, 7), odd, rng)


def pid_dashed(s):
    """CB-62Z0-417"""
    return f"{s[:2]}-{s[2:6]}-{s[6:]}"


def pid_grouped(s):
    """CB 62Z0 417"""
    return f"{s[:2]} {s[2:6]} {s[6:]}"


def claim_no(rng, d, odd=None):
    """26076-0I512: year, day of the year received, five characters."""
    return f"{d:%y}{d.timetuple().tm_yday:03d}-{odd_in(digits(rng, 5), odd, rng)}"


def lastfirst(full):
    parts = full.split()
    return f"{' '.join(parts[2:]).upper()}, {parts[0].upper()} {parts[1].rstrip('.')}"


def _head(p, rng, unit="Fund Office", box=None):
    p.head(FUND, "CBT", [f"{unit}  |  administered by {TPA}",
                         f"PO Box {rng.randint(4100, 4899)}, St. Clairsville, OH 43950  |  {phone(rng, '740')}  |  "
                         f"Toll-free 1-877-555-{digits(rng, 4)}"], box=box, size=12)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    ptcp, spouse, child = household(rng, 3)
    derm, uc_doc, pt_ther = others(rng, 3, [ptcp, spouse, child])
    num = pid(rng, "Z")
    sd = workday(dt.date(2026, 5, rng.randint(11, 20)))
    local = rng.choice(LOCALS)
    p = EESheet(footer="Page {n} of {nb}", footer_left="CBT-EOB (rev. 01/26)")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    p.hung([(fdate(sd, "abbr"), "Statement date", 36), (ptcp, "Participant", 52),
            (pid_dashed(num), "Participant no.", 40), (PLAN, "Plan", 22), (local, "Home local", 62),
            ("Jan, Feb, Mar, May", "Months covered this year", W - 212)], size=9.4)
    for ln in [ptcp, *trades_address(rng)]:
        p.line(ln, 9)
    p.ln(2)

    def line(dt_, desc, billed, allowed, copay, code):
        disc = round(billed - allowed, 2)
        paid = round(allowed - copay, 2)
        return [yy(dt_), desc, n2(billed), trail(disc), "0.00", n2(allowed), n2(copay), n2(paid), n2(copay), code], \
            [billed, disc, 0.0, allowed, copay, paid, copay]

    groups, tot = [], [0.0] * 7
    uc = dt.date(2026, 3, rng.randint(2, 10))
    b = round(rng.randint(240, 320) + 0.0, 2)
    r1, v1 = line(uc, "Urgent care visit, level 3 (99214)", b, round(b * 0.64, 2), 35.0, "CP")
    c1 = claim_no(rng, plus(uc, 6))
    groups.append({"head": f"Claim {c1}   |   Patient: {ptcp} (self)   |   Provider: Dr. {uc_doc}, Riverbend "
                           "Urgent Care", "rows": [r1], "sub": ["", "Claim total", *[n2(v) for v in v1]] + [""]})
    tot = [a + x for a, x in zip(tot, v1)]
    pt1 = dt.date(2026, 3, rng.randint(16, 18))
    pt2 = plus(pt1, 2)
    rows2, sub2 = [], [0.0] * 7
    for d in (pt1, pt2):
        r, v = line(d, "Physical therapy, 4 units (97110)", 196.0, 118.40, 20.0, "CP")
        rows2.append(r)
        sub2 = [a + x for a, x in zip(sub2, v)]
    c2 = claim_no(rng, plus(pt2, 5))
    groups.append({"head": f"Claim {c2}   |   Patient: {spouse} (spouse)   |   Provider: {pt_ther}, PT",
                   "rows": rows2, "sub": ["", "Claim total", *[n2(v) for v in sub2]] + [""]})
    tot = [a + x for a, x in zip(tot, sub2)]
    dv = dt.date(2026, 4, rng.randint(13, 17))
    c3 = claim_no(rng, plus(dv, 8), "I")
    rows3, sub3 = [], [0.0] * 7
    for desc, lo, hi in (("New patient visit (99204)", 260, 330), ("Skin biopsy, 1 lesion (11102)", 150, 210)):
        bb = float(rng.randint(lo, hi))
        rows3.append([yy(dv), desc, n2(bb), "0.00", n2(bb), "0.00", "0.00", "0.00", n2(bb), "H7"])
        sub3 = [a + x for a, x in zip(sub3, [bb, 0.0, bb, 0.0, 0.0, 0.0, bb])]
    groups.append({"head": f"Claim {c3}   |   Patient: {child} (child)   |   Provider: Dr. {derm}, {DERM}",
                   "rows": rows3, "sub": ["", "Claim total", *[n2(v) for v in sub3]] + [""]})
    tot = [a + x for a, x in zip(tot, sub3)]
    p.grouped_ledger(["Service date", "Service", "Billed", "Plan discount", "Not covered", "Allowed", "Copay",
                      "Fund paid", "You owe", "Code"], groups,
                     [24, 62, 22, 22, 22, 22, 20, 22, 22, W - 238], ["L", "L"] + ["R"] * 7 + ["C"], size=7.8,
                     totals=["", "STATEMENT TOTALS", *[n2(v) for v in tot], ""], sub_label="Claim total")
    p.legend("What the codes mean", [
        ("CP", "Your copay under Plan ACT-A. The provider may collect it from you."),
        ("H7", "The patient was not covered on the service date. After the draw for April 2026 your hours bank held "
               f"fewer than the {DRAW} hours one month costs, and no self-payment reached the Fund Office by the due "
               "date, so the whole family was without coverage for April. The provider may bill you."),
    ], size=8.2)
    p.para("**Questions or a review.** A claim on this statement may be appealed to the Board of Trustees within 180 "
           "days of the date of this statement. Write to the Fund Office and say which claim and why. Your "
           "participant number is on your ID card as CB and seven characters (CB-0000-000 is only a sample); use "
           "it on every letter.", 8.4)
    t = truth("eob", "eligibility", insurer=FUND, plan_id=PLAN, member_id=pid_dashed(num), member_name=child,
              cases=[c3], claim_amount=m2(sub3[0]), service_dates=[dv.isoformat()], denial_date=sd.isoformat(),
              provider=DERM, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {derm}"], "member_id": [num], "plan_id": [None]})
    return out(p), t


def finefax_provider(rng):
    ptcp = household(rng, 1)[0]
    surgeon, clerk = others(rng, 2, [ptcp])
    num = pid(rng)
    inj = dt.date(2026, 3, rng.randint(2, 6))
    surg = on_weekday(plus(inj, 10), 1)
    qrec = plus(surg, rng.randint(10, 14))
    nd = workday(plus(qrec, rng.randint(8, 13)))
    clm = claim_no(rng, plus(surg, 3), "I")
    wc = f"WC-{inj:%y}-{digits(rng, 6)}"
    employer = EMPLOYERS[1]
    lines = [("29827", "Arthroscopic rotator cuff repair", rng.randint(5400, 6300)),
             ("29826", "Subacromial decompression (add-on)", rng.randint(1500, 1900))]
    total = float(sum(x[2] for x in lines))
    f, mi, last = ptcp.split()[0], ptcp.split()[1].rstrip("."), " ".join(ptcp.split()[2:])
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  CORLISS BASIN FUND OFC  (740) 555-{digits(rng, 4)}"
           f"  >>  {ORTHO.upper()}  P.{{n}}/01")
    p = EESheet(footer=None, fax_hdr=fax, footer_left="CBT-PN (01/26)")
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, box="PROVIDER CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ntc dt", yy(nd), 38, "L"), ("Clm #", clm, 56, "L"), ("Grp", GROUP, 30, "B"),
                ("Plan", PLAN, W - 124, "B")])
    p.capcells([("Ptcp", f"{last.upper()}, {f.upper()} {mi}", 78, "L"), ("Ptcp ID", pid_grouped(num), 50, "B"),
                ("DOS", dname(surg), W - 128, "B")])
    p.capcells([("Rendering", f"Dr. {surgeon}", 78, "L"), ("Billed", usd(total), 50, "B"),
                ("Billing co.", BILLCO, W - 128, "B")])
    p.ln(1)
    p.re_line([f"{last.upper()}, {f.upper()} {mi}", pid_dashed(num), f"Clm {clm}"], sep="  /  ", size=9.4)
    p.para(f"To the billing office of {ORTHO}:", 9.4)
    rows = [[yy(surg), code, desc, n2(float(b)), "0.00", "0.00", "W2"] for code, desc, b in lines]
    rows.append(["", "", "Claim total", n2(total), "0.00", "0.00", ""])
    p.table(["DOS", "CPT", "Description", "Billed", "Allowed", "Fund paid", "Cd"], rows,
            [20, 16, 70, 24, 20, 20, W - 170], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "C"],
            bold_last=True)
    p.para(f"The accident questionnaire returned on {fdate(qrec, 'slash')} says {f} {last} hurt the right "
           f"shoulder lifting rebar on {fdate(inj, 'long')} while working for {employer}, a contributing "
           f"employer. The plan does not pay for an injury that comes from work when workers' compensation covers "
           f"it, so this claim is denied. Please bill the employer's workers' compensation carrier, {WC_CARRIER} "
           f"(its claim {wc}).", 9.4)
    p.para(f"Your office called on {fdate(plus(qrec, 3), 'slash')} to ask about the claim; that call was logged as "
           f"ref. {digits(rng, 4)}-{digits(rng, 4)}. If the carrier denies the injury as not work-related, send its "
           "written denial and we will look at the claim again.", 9.0)
    p.para("A request for review must reach the Fund Office within 180 days of the Ntc dt above. Address it to the "
           f"Appeals Desk, or fax it to (740) 555-{digits(rng, 4)}.", 9.0)
    p.para(f"{clerk}, Claims Examiner", 9.0)
    t = truth("denial_letter", "other", insurer=FUND, plan_id=PLAN, group=GROUP, member_id=num, member_name=ptcp,
              cases=[clm], claim_amount=m2(total), service_dates=[surg.isoformat()], denial_date=nd.isoformat(),
              provider=ORTHO, appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"], "member_id": [pid_dashed(num)],
                          "case_numbers": [[clm, wc]], "plan_id": [None]})
    return out(p), t


def lowres_selfpay(rng):
    ptcp = household(rng, 1)[0]
    sig = others(rng, 1, [ptcp])[0]
    num = pid(rng, "S")
    ld = workday(dt.date(2026, 5, rng.randint(18, 22)))
    got = plus(ld, -rng.randint(3, 6))
    local = rng.choice(LOCALS)
    emp = rng.sample(EMPLOYERS, 2)
    months = [dt.date(2025, 11, 1), dt.date(2025, 12, 1), dt.date(2026, 1, 1), dt.date(2026, 2, 1),
              dt.date(2026, 3, 1), dt.date(2026, 4, 1)]
    reported = [96, 40, 0, 112, 120, 56]
    bank = 300
    rows = []
    for m, h in zip(months, reported):
        cov = dt.date(m.year + (m.month >= 11), (m.month + 1) % 12 + 1, 1)
        before = bank + h
        who = "none reported" if not h else (emp[0] if h > 60 else emp[1])
        if before >= DRAW:
            bank = before - DRAW
            rows.append([m.strftime("%b %Y"), who, str(h), str(before), cov.strftime("%b %Y"), str(DRAW), str(bank)])
        else:
            rows.append([m.strftime("%b %Y"), who, str(h), str(before), cov.strftime("%b %Y"),
                         f"{before} + self-pay", "0"])
    after = before
    short = DRAW - after
    pay = round(short * RATE, 2)
    p = EESheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="Eligibility Department")
    W = p.w - p.l_margin - p.r_margin
    colw = 46
    bottom = p.narrow_ids([("Participant no.", f"{pid_dashed(num)[:8]}\n{pid_dashed(num)[8:]}"),
                           ("Plan", PLAN), ("Covered through", "06/30/2026")],
                          p.l_margin + W - colw, p.get_y(), colw, size=9.0)
    p.set_xy(p.l_margin, bottom + 3)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [ptcp, *trades_address(rng), f"Home local: {local}"]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {ptcp.split()[0]} {ptcp.split()[-1]}:", 10)
    p.para(f"Thank you. We received your self-payment on {fdate(got, 'long')}: check no. {digits(rng, 4)} for "
           f"{usd(pay)} ({words(pay).lower()}).", 10)
    p.para(f"When the draw for June coverage came, your hours bank held {after} hours, {short} hours short of the "
           f"{DRAW} hours a month of coverage costs. At the self-payment rate of {usd(RATE)} an hour the shortfall "
           f"came to {usd(pay)}, which is what you sent. Coverage for you and your family continues from June 1 "
           "through June 30, 2026.", 10)
    p.para("Your hours by work month, as your employers reported them:", 10)
    p.table(["Work month", "Reported by", "Hours in", "Bank before draw", "Draw pays for", "Hours drawn",
             "Bank after"], rows, [22, 54, 15, 20, 24, 26, W - 161], size=8.2,
            aligns=["L", "L", "R", "R", "L", "R", "R"], row_h=5.2)
    p.para(f"You may self-pay for up to six months in a row. If your May hours put {DRAW} or more hours back in the "
           "bank, the July draw will come from the bank and you will owe nothing. We mail a self-payment notice by "
           "the 10th of any month the bank is short.", 9.6)
    p.signoff(["Eligibility Department", sig])
    t = truth("other", None, insurer=FUND, plan_id=PLAN, member_id=pid_dashed(num), member_name=ptcp,
              denial_date=ld.isoformat(),
              alternates={"insurer": ALT, "member_id": [num], "service_dates": [["2026-06-01/2026-06-30"]],
                          "plan_id": [None]})
    return out(p), t


def photocopy_late(rng):
    ptcp, spouse = household(rng, 2)
    doc, sig = others(rng, 2, [ptcp, spouse])
    num = pid(rng, "B")
    sv = dt.date(2026, 2, 4)
    earlier = dt.date(2026, 1, 12)
    rec = plus(sv, rng.randint(118, 131))
    ld = workday(plus(rec, rng.randint(6, 10)))
    clm = claim_no(rng, rec)
    old = claim_no(rng, plus(earlier, 9))
    b1, b2 = float(rng.randint(1850, 2150)) + 0.6, float(rng.randint(180, 260))
    total = round(b1 + b2, 2)
    p = EESheet(footer="Page {n} of {nb}")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, unit="Claims Department")
    addr = trades_address(rng)
    p.addr_pair("Participant", [ptcp, *addr], "Patient and provider",
                [f"{spouse} (spouse)", HOSP_MRI, f"ordered by Dr. {doc}"])
    p.capstrip([("LETTER DATE", fdate(ld, "long")), ("PARTICIPANT NO.", num), ("CLAIM NO.", clm),
                ("CLAIM RECEIVED", fdate(rec, "slash"))])
    p.ln(3)
    p.para(f"Dear {ptcp}:", 9.8)
    p.para(f"{HOSP_MRI} sent the Fund Office a claim for an MRI of {spouse.split()[0]}'s left knee, done on "
           f"{the_nth(sv)}. The hospital billed {words(total).lower()} ({usd(total)}). The claim reached us on "
           f"{fdate(rec, 'long')}.", 9.8)
    rows = [[fdate(sv, "slash"), "73721", "MRI knee without contrast", n2(b1), "0.00", n2(b1)],
            [fdate(sv, "slash"), "73721-26", "Radiologist's reading", n2(b2), "0.00", n2(b2)],
            ["", "", "Total", n2(total), "0.00", n2(total)]]
    W = p.w - p.l_margin - p.r_margin
    p.table(["Service date", "Code", "Service", "Billed", "Fund paid", "Not paid"], rows,
            [28, 18, 70, 24, 20, W - 160], size=8.6, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para("The plan pays a claim only when it reaches the Fund Office within 90 days after the service. This one "
           f"came {(rec - sv).days} days after the MRI, so the plan cannot pay it. We paid the hospital's claim for "
           f"the X-ray of {fdate(earlier, 'long')} (claim {old}) because that claim came on time. Under the "
           "hospital's agreement with the Fund's network, a claim denied because the hospital sent it late may not "
           "be billed to you.", 9.8)
    p.para("You have 180 days from the date of this letter to ask the Board of Trustees to review this decision. "
           "Send your request to the Fund Office with anything that shows the hospital sent the claim sooner.", 9.8)
    p.signoff(["Sincerely,", sig, "Claims Department"], 9.6)
    t = truth("denial_letter", "timely_filing", insurer=FUND, member_id=num, member_name=spouse, cases=[clm],
              claim_amount=m2(total), service_dates=[sv.isoformat()], denial_date=ld.isoformat(), provider=HOSP_MRI,
              appeal_deadline=plus(ld, 180).isoformat(), alternates={"insurer": ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def phone_es(rng):
    ptcp, spouse = household(rng, 2, es=True)
    doc, sig = others(rng, 2, [ptcp, spouse])
    num = pid(rng, "O")
    v1 = on_weekday(dt.date(2026, 5, rng.randint(4, 6)), 1)
    v2 = plus(v1, rng.randint(2, 3) * 7 + 2)
    ld = workday(plus(v2, rng.randint(20, 28)))
    clm = claim_no(rng, plus(v2, 4))
    bank = rng.choice([52, 66, 88])
    b1, b2 = float(rng.randint(180, 240)), float(rng.randint(900, 1380)) + 0.5
    total = round(b1 + b2, 2)
    p = EESheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(FUND, "CBT", [f"Oficina del Fondo  |  administrado por {TPA}",
                         f"PO Box {rng.randint(4100, 4899)}, St. Clairsville, OH 43950  |  Línea gratuita "
                         f"1-877-555-{digits(rng, 4)}"], size=12)
    for ln in [ptcp, *trades_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.hang([("Fecha", es_date(ld)), ("Participante", ptcp), ("N.º de participante", pid_dashed(num)),
            ("Seguro Social", f"XXX-XX-{digits(rng, 4)}"), ("Paciente", f"{spouse} (cónyuge)"),
            ("Reclamo", clm), ("Proveedor", f"{CLINIC_ES} (Dr. {doc})")], cap_w=36, size=9.4)
    p.para(f"Estimado {ptcp.split()[0]}:", 10)
    p.para(f"Su cónyuge fue atendido(a) dos veces en {CLINIC_ES}. El centro nos cobró {usd_es(total)} por estas "
           "visitas:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Servicio", "Cobrado", "Pagado por el Fondo"],
            [[es_wday(v1), "Consulta (99213)", usd_es(b1), "US$ 0.00"],
             [es_wday(v2), "Consulta y ultrasonido (99214, 76700)", usd_es(b2), "US$ 0.00"],
             ["", "Total", usd_es(total), "US$ 0.00"]],
            [52, 66, 28, W - 146], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"Cuando llegó el descuento de horas para la cobertura de mayo, su banco de horas tenía solo {bank} "
           f"horas, menos de las {DRAW} que cuesta un mes de cobertura. Le enviamos un aviso de autopago, pero no "
           "recibimos el pago antes de la fecha límite. Por eso usted y su familia no tuvieron cobertura en mayo de "
           "2026 y el Fondo no puede pagar estas visitas.", 10)
    p.para("Si cree que sus empleadores reportaron menos horas de las que trabajó, mándenos copias de sus talones de "
           "pago. Puede pedir que la Junta de Fideicomisarios revise esta decisión dentro de 180 días contados desde "
           "la fecha de esta carta.", 10)
    p.signoff(["Atentamente,", sig, "Departamento de Elegibilidad"])
    t = truth("denial_letter", "eligibility", insurer=FUND, member_id=pid_dashed(num), member_name=spouse, cases=[clm],
              claim_amount=m2(total), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=ld.isoformat(),
              provider=CLINIC_ES, appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"], "member_id": [num]})
    return out(p), t


def rotated_appeal(rng):
    ptcp = household(rng, 1)[0]
    doc, chair, sig = others(rng, 3, [ptcp])
    num = pid(rng, "Z")
    sv = on_weekday(dt.date(2026, 2, 16), 4)
    clm = claim_no(rng, plus(sv, 6))
    ap = f"AP-26-{odd_in(digits(rng, 5), 'O', rng)}"
    meet = dt.date(2026, 5, rng.randint(19, 21))
    dd = workday(plus(meet, rng.randint(6, 9)))
    billed = float(rng.choice([3650, 3850, 4125]))
    p = EESheet(footer="Page {n} of {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="Board of Trustees", box="APPEAL DECISION")
    p.line(fdate(dd, "long"), 10)
    p.ln(3)
    for ln in [ptcp, *trades_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.after_ids([(ap, "appeal no."), (pid_dashed(num), "participant no."), (clm, "claim no."),
                 (f"XXX-XX-{digits(rng, 4)}", "Social Security no., last four")], title="Your appeal", size=9.2)
    p.para(f"Dear {ptcp}:", 10)
    p.para(f"The Board of Trustees heard your appeal at its meeting on {fdate(meet, 'long')}. You asked the Trustees "
           f"to pay for the injection of bone marrow aspirate concentrate into your right knee that Dr. {doc} of "
           f"{REGEN} gave you on {wlong(sv)}. The clinic billed {usd(billed)}.", 10)
    p.para("The Trustees read your letter, Dr. " + doc.split()[-1] + "'s notes and the report of the orthopaedic "
           "surgeon who reviewed the appeal for the Fund. Injecting concentrate made from a patient's own bone marrow "
           "into an arthritic knee is still being studied; the studies so far are small and do not show that it "
           "works better than the usual care. The plan does not pay for treatment that is still being tried out, "
           "so the Trustees kept the denial.", 10)
    p.para("This is the Fund's final decision on your claim; there is no further appeal within the Fund. You have "
           "the right to bring a civil action under section 502(a) of ERISA. You may ask for free copies of the "
           "papers the Trustees used.", 10)
    p.signoff(["For the Board of Trustees,", "", chair, "Chair, Appeals Committee", "", f"prepared by {sig}, "
               "Fund Office"], 9.6)
    t = truth("denial_letter", "experimental", insurer=FUND, member_id=pid_dashed(num), member_name=ptcp,
              cases=[ap, clm], claim_amount=m2(billed), service_dates=[sv.isoformat()], denial_date=dd.isoformat(),
              provider=REGEN,
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"], "member_id": [num],
                          "case_numbers": [[ap], [clm]]})
    return out(p), t


def clean_stack(rng):
    # the reimbursement agreement letter
    ptcp = household(rng, 1)[0]
    surgeon, sig = others(rng, 2, [ptcp])
    num = pid(rng)
    fall = on_weekday(dt.date(2026, 3, rng.randint(28, 31)), 1)
    surg = plus(fall, 2)
    c1, c2 = claim_no(rng, plus(fall, 7)), claim_no(rng, plus(surg, 9), "B")
    ld = workday(plus(surg, rng.randint(24, 30)))
    b1 = float(rng.randint(2100, 2900)) + 0.4
    b2 = float(rng.randint(3900, 4700))
    total = round(b1 + b2, 2)
    employer = EMPLOYERS[3]
    a = EESheet(footer="Page {n} of {nb}")
    a.set_margins(20, 15, 20)
    a.add_page()
    _head(a, rng, unit="Claims Department - Subrogation")
    a.line(fdate(ld, "long"), 10)
    a.ln(3)
    for ln in [ptcp, *trades_address(rng)]:
        a.line(ln, 10)
    a.ln(2)
    a.pairs([("Participant no.", pid_grouped(num)), ("Plan", PLAN), ("Injury date", fdate(fall, "long"))],
            label_w=36, size=9.6)
    a.ln(2)
    a.para(f"Dear {ptcp}:", 10)
    a.para(f"Your report says you fell from a scaffold on the {employer} job on {fdate(fall, 'long')}. "
           f"{WC_CARRIER}, the employer's workers' compensation carrier, has written that it does not accept the "
           "claim, and you have appealed its decision. We have the two claims below for the care you had after the "
           "fall.", 10)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Claim no.", "Provider", "Date", "Billed"],
            [[c1, f"{HOSP_ER} (emergency room)", fdate(fall, "slash"), n2(b1)],
             [c2, f"Dr. {surgeon}, {HAND}", fdate(surg, "slash"), n2(b2)],
             ["", "Billed together", "", n2(total)]],
            [34, 86, 26, W - 146], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    a.para("While the carrier contests a work injury, the Fund can pay the bills as an advance, but only after you "
           "sign and return the enclosed reimbursement agreement. It says that if workers' compensation later pays, "
           "you will pay the Fund back from that money. We have not received it, so both claims are denied for now. "
           "When the signed agreement reaches us, we will process them again; you do not need to send the bills.", 10)
    a.para("You may appeal this decision within 180 days of the date of this letter. Questions: call the Subrogation "
           f"Desk at {phone(rng, '740')}.", 10)
    a.signoff(["Sincerely,", sig, "Subrogation Desk"])
    d_a = (out(a), truth("denial_letter", "other", insurer=FUND, plan_id=PLAN, member_id=num, member_name=ptcp,
                         cases=[c1, c2], claim_amount=m2(total), service_dates=[fall.isoformat(), surg.isoformat()],
                         denial_date=ld.isoformat(), provider=HOSP_ER, appeal_deadline=plus(ld, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [HAND, f"Dr. {surgeon}"],
                                     "claim_amount": [m2(b1), m2(b2)], "plan_id": [None]}))
    # the two-page MRI notice
    ptcp2, child = household(rng, 2)
    doc, sig2 = others(rng, 2, [ptcp2, child])
    num2 = pid(rng, "G")
    mri = on_weekday(dt.date(2026, 4, rng.randint(20, 24)), 5)
    clm = claim_no(rng, plus(mri, 5))
    nd = workday(plus(mri, rng.randint(18, 25)))
    b = float(rng.randint(1400, 1900)) + 0.25
    q = EESheet(footer="Page {n} of {nb}", strip=f"{FUND}  |  claim {clm}  |  page {{n}}")
    q.set_margins(20, 15, 20)
    q.add_page()
    _head(q, rng, unit="Claims Department")
    q.line(fdate(nd, "long"), 10)
    q.ln(3)
    for ln in [ptcp2, *trades_address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.re_line([child, f"Participant no. {pid_dashed(num2)}", f"Claim {clm}"])
    q.para(f"Dear {ptcp2}:", 10)
    q.para(f"We have decided a claim for care your child {child.split()[0]} received. The plan did not pay it. The "
           "second page of this letter shows the service, the provider and the amounts, and explains the reason "
           "in plain words.", 10)
    q.para("The second page also tells you how to ask the Board of Trustees to review the decision. Keep both pages "
           "together. If you call the Fund Office, have the claim number from the line above ready.", 10)
    q.para("Help in other languages is available at the toll-free number at the top of this page. Para ayuda en "
           "español, llame al número gratuito.", 9.6)
    q.signoff(["Sincerely,", "", sig2, "Claims Department"])
    q.add_page()
    W = q.w - q.l_margin - q.r_margin
    q.bar("The claim")
    q.table(["Service date", "Patient", "Provider", "Service", "Billed", "Fund paid"],
            [[dname(mri), child, IMAGING, "MRI lumbar spine (72148)", n2(b), "0.00"]],
            [24, 38, 32, 46, 18, W - 158], size=8.2, aligns=["L", "L", "L", "L", "R", "R"])
    q.para(f"Ordered by Dr. {doc}. The plan asks that every MRI, CT or PET scan done outside a hospital stay be "
           f"approved ahead of time by {REVIEW}, the Fund's review company. No one asked {REVIEW} to approve this "
           "MRI before it was done, so the plan did not pay it. The imaging center may not bill you for a scan "
           "it did without approval.", 10)
    q.bar("If you disagree")
    q.para("You or your doctor may ask the Board of Trustees to review this decision. Your request must reach the Fund "
           "Office within 180 days of the date at the top of the first page. Send any records that show the MRI was "
           "urgent or that approval was asked for.", 10)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=FUND, member_id=pid_dashed(num2),
                         member_name=child, cases=[clm], claim_amount=m2(b), service_dates=[mri.isoformat()],
                         denial_date=nd.isoformat(), provider=IMAGING, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {doc}"], "member_id": [num2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_landscape_household_eob_child_visit_in_lapsed_april", "born_digital", [born_eob(rng)]),
        Item(F + "finefax_provider_notice_rotator_cuff_repair_injured_on_the_job", "fax_fine_g4",
             [finefax_provider(rng)]),
        Item(F + "lowres_self_payment_received_coverage_continues_june", "scan_lowres_150", [lowres_selfpay(rng)]),
        Item(F + "photocopy_spouse_knee_mri_claim_after_90_days", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_carta_banco_de_horas_sin_autopago_mayo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_trustees_appeal_decision_bone_marrow_concentrate_knee", "rotated", [rotated_appeal(rng)]),
        Item(F + "clean_stack_reimbursement_agreement_needed_blank_then_mri_no_approval_page2_upside_down",
             "scan_clean_300", clean_stack(rng), separators=["blank", None], turns={(1, 1): 180}),
    ]
