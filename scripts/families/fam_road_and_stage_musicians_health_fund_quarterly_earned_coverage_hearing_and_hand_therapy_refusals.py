"""An invented touring musicians' union health fund: the Road & Stage Musicians Health Fund, a jointly trusteed fund
of the (invented) Road & Stage Musicians Guild, Local 1207, and the venues, promoters and tour producers that hire
its members. No one employer covers a touring player: each venue or promoter reports the covered earnings it paid a
member every quarter and pays contributions on them, and a member is covered for a calendar quarter when the covered
earnings reported for the earnings quarter two quarters before it reach $5,400.00 (July to September earnings give
January to March coverage, and so on); a member who falls short may self-pay the quarter. Benefits that matter to
players: a hearing exam every year, custom musician's earplugs once in 24 months (up to $250.00), hearing aids up to
$2,200.00 an ear once in 48 months, and up to 20 visits a calendar year of hand and wrist therapy; the Fund pays 80
percent of its allowed amount after a $350.00 deductible; an injury that comes from work for pay goes to the
employer's workers' compensation insurance. A claims administrator (Pemberton Lowell Benefit Administrators, Inc.)
prints some notices on its own letterhead. Every union, fund, company, venue, practice, clinic, person, number,
address, code, amount and time limit is invented (phones 555); CPT and HCPCS codes appear as themselves. No heading
names the kind of refusal; each reason is put in plain words or a code.

Documents (8 in 7 files):
- born_digital_eob_two_pages_21st_hand_therapy_visit_narrow_billed_column_totals_last: a two-page EOB ("THIS IS NOT
  A BILL"), group no. and member no. ("RSM 4821 3907" style, prefix apart) side by side in boxes, a money summary
  (billed, allowed, Fund paid, your share, checks to providers), the year's deductible met and a visit counter
  "20 of 20"; the hand therapy practice named only in a table row; the 21st visit of the year refused (HT2) in a
  narrow billed column where "USD" and the amount wrap; the totals row and the code list on page 2; "within 180
  days of the statement date".
- clean300_three_pages_running_header_quarter_short_earnings_reason_page_three: a three-page letter plus a rights
  page, the member number only in a running header, a "May 25th, 2026"-style date, page 2 the therapy claim with
  "Servicing:", page 3 the reason (the venues reported less than $5,400.00 for October to December 2025) beside a strip
  of quarterly earnings and a self-payment offer as decoys, "within 60 calendar days of the date you receive this
  notice" (nothing to count from), page 4 nondiscrimination and taglines.
- finefax_administrator_provider_notice_numbered_boxes_hearing_aids_within_48_months: the administrator's provider
  copy in numbered boxes with small captions above the values ("18-Mar-2026" style, a pre-service quote number and a
  claim number that look alike, prefix and member number in separate boxes, a call reference as decoy), hearing
  aids refused because the Fund paid a pair less than 48 months before ("we cannot reimburse"), "no later than" a
  printed date.
- phone_es_carta_monitores_intraauriculares_no_reembolsables: a photographed Spanish letter to a percussionist,
  key/value pairs on the right half beside the address, custom in-ear stage monitors refused as work equipment
  and not a hearing benefit, "dentro de los 90 días siguientes a la fecha de esta carta".
- rotated_pre_approval_hearing_aids_values_over_captions_fund_will_pay: a pre-approval fed turned, values above
  their captions, a fitting planned for "Tuesday, April 21, 2026", the quoted charge and the amount the Fund will
  pay (denies nothing).
- photocopy_two_column_wrist_mri_nurse_and_medical_director_information_does_not_show: a photocopied serif letter,
  caption/value pairs on the right half, two columns, a violinist's wrist MRI refused because the information
  received does not show six weeks of splinting and therapy first, "Ordering:" hand surgeon as decoy, signed by a
  nurse reviewer and the medical director, "within 180 days of the date of this letter".
- lowres_stack_billing_transmittal_appeal_decision_load_in_injury_sideways_then_statement: a 150 dpi stack of a
  hand surgery practice's billing office fax transmittal, the Trustees' two-page appeal decision keeping the
  refusal of wrist surgery after a road case fell on the player's wrist during a paid load-in (workers'
  compensation pays; page 2 sideways; only a suit under ERISA left) and the practice's statement to the player (a
  real bill with a coupon; denies nothing), then the blank back of the last sheet.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjc import (JCSheet, dmy_dash, es_date, first, iso, long, m2, mdy_dots, n2, ord_long, out,
                               people, phone, plus, slash, tollfree, transmittal, truth, usd, usd_es, wday_long,
                               workday)
from public_kit import digits

FAMILY = "road_and_stage_musicians_health_fund_quarterly_earned_coverage_hearing_and_hand_therapy_refusals"
LANG = "en"
SEED = 355092
FUND = "Road & Stage Musicians Health Fund"
FUND_ALT = ["Road and Stage Musicians Health Fund", "Road & Stage Musicians Health Fund Office",
            "Road & Stage Musicians Guild"]
FUND_ES = "Fondo de Salud de Músicos Road & Stage"
UNION = "Road & Stage Musicians Guild, Local 1207"
FUND_ADDR = "611 Fiddlers Row, Suite 300, Larkspur Bend, TN 37219"
TPA = "Pemberton Lowell Benefit Administrators, Inc."
TPA_ALT = ["Pemberton Lowell Benefit Administrators", "Pemberton Lowell", "Pemberton Lowell Benefit Administrators Inc"]
PLAN = "RSM-501"
GROUP = "G-1207-TR"
PREFIX = "RSM"
THERAPY = "Whitlock Hand Therapy Associates"
AUDIO = "Amberlea Audiology Group"
IMAGING = "Sixmile Creek Imaging Center"
SURGERY = "Larchfield Hand & Upper Extremity Surgery, PLLC"
REHAB = "Brightharbor Hand Rehabilitation"
VENUES = ["Tin Roof Ballroom", "Kestrel Amphitheater", "Gaslight Music Hall", "Riverbend Casino Showroom",
          "Old Mill Opry House", "Harbor Lights Pavilion"]


def member_no(rng):
    return digits(rng, 8)


def spaced(num):
    return f"{num[:4]} {num[4:]}"


def fund_head(p, rng, sub, box=None):
    p.head(FUND, "RSMHF", [f"Fund Office  |  {FUND_ADDR}", f"{sub}  |  Member services {tollfree(rng, '877')}  |  "
                                                          "TTY 711"], box=box, size=12.4)


def tpa_head(p, rng, box=None):
    p.head(TPA, "PLBA", [f"Claims administrator for the {FUND}  |  P.O. Box 40917, Larkspur Bend, TN 37230",
                         f"Provider line {tollfree(rng, '866')}  |  Fax {phone(rng, '615')}"], box=box, size=12)


def us_address(rng):
    town, st, z = rng.choice([("Murfreesboro", "TN", "37130"), ("Austin", "TX", "78704"), ("Asheville", "NC", "28801"),
                              ("Bowling Green", "KY", "42101"), ("Tulsa", "OK", "74104"), ("Macon", "GA", "31201"),
                              ("Muscle Shoals", "AL", "35661"), ("Clarksdale", "MS", "38614")])
    street = rng.choice(["Tremolo Ln", "Bandstand Ct", "Old Depot Rd Apt 6", "Cedar Hollow Dr", "Juniper St",
                         "Mockingbird Ln", "Fairgrounds Rd", "Levee St Unit 2"])
    return [f"{rng.randint(14, 8900)} {street}", f"{town}, {st} {z}"]


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat, aud, ther, uc = people(rng, 4)
    num = member_no(rng)
    sd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    by = plus(sd, 180)
    cl_a, cl_b, cl_c = (f"26{rng.randint(10, 99)}{digits(rng, 7)}" for _ in range(3))
    ex = dt.date(2026, 3, rng.randint(2, 6))
    v19 = dt.date(2026, 3, rng.randint(16, 18))
    v20, v21 = plus(v19, 3), plus(v19, 8)
    ucd = dt.date(2026, 3, rng.randint(20, 27))
    tv = rng.choice([186.0, 194.0, 178.0])
    ta = round(tv * 0.62, 2)
    lines = []       # claim no., provider cell, date, service, billed, allowed, paid, share, code

    def line(cl, prov, d, svc, b, a, code="", refused=False):
        pd = 0.0 if refused else round(a * 0.8, 2)
        sh = b if refused else round(a - pd, 2)
        lines.append([cl, prov, slash(d), svc, f"USD {n2(b)}", n2(0.0 if refused else a), n2(pd), n2(sh), code])
        return b, (0.0 if refused else a), pd, sh

    sums = []
    sums.append(line(cl_a, f"{AUDIO}\n{aud}, AuD", ex, "Hearing exam (92557)", 212.0, 141.30, "P1"))
    sums.append(line(cl_a, "", ex, "Tympanometry (92567)", 64.0, 38.20, "P1"))
    sums.append(line(cl_b, f"{THERAPY}\n{ther}, OTR/L, CHT", v19, "Hand therapy visit 19 (97110, 97140)", tv, ta, "P1"))
    sums.append(line(cl_b, "", v20, "Hand therapy visit 20 (97110, 97140)", tv, ta, "P1"))
    sums.append(line(cl_b, "", v21, "Hand therapy visit 21 (97110, 97140, 97760)", tv + 58.0, 0.0, "HT2", True))
    sums.append(line(cl_c, f"Tessaly Walk-In Clinic\n{uc}, PA-C", ucd, "Office visit (99213)", 168.0, 97.45, "P1"))
    b_claim = round(tv * 2 + tv + 58.0, 2)

    def ctot(idx):
        ss = [sums[i] for i in idx]
        return ["", "", "", "Claim total", f"USD {n2(sum(x[0] for x in ss))}", n2(sum(x[1] for x in ss)),
                n2(sum(x[2] for x in ss)), n2(sum(x[3] for x in ss)), ""]
    lines.insert(2, ctot([0, 1]))
    lines.insert(6, ctot([2, 3, 4]))
    lines.append(ctot([5]))
    tot = [round(sum(s[i] for s in sums), 2) for i in range(4)]
    chk = (round(sums[0][2] + sums[1][2], 2), round(sums[2][2] + sums[3][2], 2), sums[5][2])
    p = JCSheet(footer="Page {n} of {nb}", footer_left=f"EOB RS-14 (01/2026)  |  Statement issued {slash(sd)}")
    p.set_margins(15, 13, 15)
    p.add_page()
    fund_head(p, rng, "Claims Department", box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    p.f(10.4, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", align="C", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.beside([[("Group no.", GROUP), ("Member no.", f"{PREFIX} {spaced(num)}")],
              [("Plan no.", PLAN), ("Statement date", wday_long(sd))],
              [("Member", pat), ("Covered quarter", "January - March 2026")]], cap_w=26, size=8.6)
    for ln in [pat, *us_address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    y0 = p.get_y()
    p.money_box("Your claims this statement", [("Amount billed", usd(tot[0])), ("Fund allowed", usd(tot[1])),
                                                ("Fund paid", usd(tot[2])),
                                                ("Checks sent to providers", usd(sum(chk))),
                                                ("Your share", usd(tot[3]))], w=W * 0.48, size=8.8)
    x2 = p.l_margin + W * 0.52
    p.set_xy(x2, y0)
    p.f(8.8, "B")
    p.cell(W * 0.48, 5, "Your 2026 benefit year so far", new_x="LEFT", new_y="NEXT")
    p.f(8.6)
    p.cell(W * 0.48, 4.6, "Deductible met: $350.00 of $350.00", new_x="LEFT", new_y="NEXT")
    p.cell(W * 0.48, 4.6, f"Fund paid for you this year: {usd(round(tot[2] + 2894.12, 2))}", new_x="LEFT",
           new_y="NEXT")
    p.cell(W * 0.48, 4.6, "Hand and wrist therapy: 20 visits a calendar year", new_x="LEFT", new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 36) + 2)
    p.counter("Hand therapy visits used in 2026:", 20, 20, p.l_margin, p.get_y(), size=8.2)
    p.ln(1)
    widths = [25, 30, 20, 34, 17, 15, 15, 15, 0]
    widths[8] = W - sum(widths)
    head = ["Claim no.", "Provider", "Date", "Service", "Billed", "Allowed", "Fund paid", "Your share", "Code"]
    al = ["L", "L", "L", "L", "R", "R", "R", "R", "C"]
    p.narrow_table(head, lines[:7], widths, size=7.8, aligns=al)
    p.f(7.6)
    p.cell(0, 4, "Claims continue on page 2.", align="R", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.narrow_table(head, lines[7:] + [["", "", "", "Totals for this statement", f"USD {n2(tot[0])}", n2(tot[1]),
                                       n2(tot[2]), n2(tot[3]), ""]], widths, size=7.8, aligns=al, bold_last=True)
    p.bar("Payments we sent", 9)
    p.leaders([(f"{AUDIO}, check no. {digits(rng, 7)}", usd(chk[0])),
               (f"{THERAPY}, check no. {digits(rng, 7)}", usd(chk[1])),
               (f"Tessaly Walk-In Clinic, check no. {digits(rng, 7)}", usd(chk[2]))], size=8.6, w=W * 0.8)
    p.glossary("What the codes mean", [
        ("P1", "Paid at 80 percent of the Fund's allowed amount; your deductible for the year is met."),
        ("HT2", "The Plan pays for up to 20 hand and wrist therapy visits in a calendar year. You have used all 20 "
                "for 2026; this visit is your responsibility."),
        ("HR4", "Hearing aids are payable once in 48 months."),
        ("EQ1", "No coverage for this quarter: covered earnings reported for the earnings quarter were below the "
                "amount needed.")], size=7.8)
    p.para("**Questions or disagree?** Call Member Services. You or someone you name in writing may ask the Fund's "
           "Appeals Committee to review any decision on this statement within 180 days of the statement date. "
           "Write to the Fund Office and include your member number and the claim number.", 8.4)
    t = truth("eob", "not_covered", insurer=FUND, plan_id=PLAN, group=GROUP, member_id=PREFIX + num,
              member_name=pat, cases=[cl_b], claim_amount=m2(b_claim), service_dates=[iso(v21)],
              denial_date=iso(sd), provider=THERAPY, appeal_deadline=iso(by),
              alternates={"insurer": FUND_ALT, "member_id": [num], "claim_amount": [m2(tv + 58.0)],
                          "provider": [ther]})
    return out(p), t


def clean_letter(rng):
    pat, ther, sig = people(rng, 3)
    num = member_no(rng)
    claim = f"26{rng.randint(10, 99)}{digits(rng, 7)}"
    ld = workday(dt.date(2026, 5, rng.randint(25, 28)))
    visits = [dt.date(2026, 4, d) for d in (rng.randint(6, 8), rng.randint(13, 15), rng.randint(20, 22))] + \
             [dt.date(2026, 5, rng.randint(4, 6))]
    fee = rng.choice([205.0, 212.0, 198.0])
    tot = round(fee * len(visits) + 96.0, 2)
    rcvd = plus(visits[-1], rng.randint(8, 12))
    short = round(rng.randint(3700, 4400) + rng.choice([0.0, 0.5, 0.25]), 2)
    earn = [round(rng.randint(6100, 9800) + 0.5, 2), round(rng.randint(5600, 7400) + 0.0, 2), short,
            round(rng.randint(6000, 8200) + 0.75, 2)]
    p = JCSheet(footer=None, footer_left=f"Letter RS-EL-3 (rev. 11/2025)  |  Mailed {slash(ld)}",
                every=f"{pat}  |  Member {PREFIX} {num}  |  Page {{n}} of {{nb}}")
    p.set_margins(20, 17, 20)
    p.add_page()
    fund_head(p, rng, "Eligibility Department")
    p.line(ord_long(ld), 10.4, "B")
    p.ln(3)
    for ln in [pat, *us_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Your hand therapy claim for April and May 2026")
    p.para(f"Dear {first(pat)}:", 10)
    p.para("We have finished processing a claim for hand therapy you received this spring. We are sorry to tell you "
           "that the Fund cannot pay it. So that you have everything in one place, this letter is set out as "
           "follows:", 10)
    p.bullets(["page 2 lists the visits on the claim and what was charged;",
               "page 3 explains the decision and what you can do about it;",
               "the last page tells you how to get this letter in another language or format."], 10)
    p.para("If you already paid the therapist for any of these visits, keep your receipts.", 10)
    p.add_page()
    p.heading("The claim", 12, rule=True)
    p.pairs([("Servicing", REHAB), ("Therapist", f"{ther}, OTR/L, CHT"), ("Claim no.", claim),
             ("Group / plan", f"{GROUP} / {PLAN}"), ("Claim received", mdy_dots(rcvd))], label_w=40, size=9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    rows = [[long(v), "97110, 97530", "Hand therapy visit", usd(fee)] for v in visits]
    rows[1] = [long(visits[1]), "97110, 97530, 97760", "Hand therapy visit and splint check", usd(fee + 96.0)]
    p.table(["Date of visit", "Codes", "Service", "Charged"], rows + [["", "", "Total charged", usd(tot)]],
            [W * 0.26, W * 0.22, W * 0.34, W * 0.18], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("The therapist treated tendinitis of the right wrist (the diagnosis on the claim).", 9.4)
    p.add_page()
    p.heading("Why the Fund cannot pay", 12, rule=True)
    p.para("Your coverage is earned one quarter at a time from the earnings that venues, promoters and producers "
           "report to the Fund for the work they hire you for. To be covered for April, May and June 2026, the "
           "earnings reported for October, November and December 2025 had to reach $5,400.00. The reports we "
           f"received for that quarter add up to {usd(short)}, so you were not covered on the dates of these visits "
           "and the claim was denied. The strip below shows what was reported for the last four earnings quarters.",
           10)
    p.quarter_strip("Covered earnings reported to the Fund", [
        ("Jul - Sep 2025", usd(earn[0]), "covers Jan - Mar 2026"), ("Oct - Dec 2025", usd(earn[2]),
                                                                    "short: covers nothing"),
        ("Jan - Mar 2026", usd(earn[3]), "covers Jul - Sep 2026"), ("Apr - Jun 2026", "not yet reported", "")],
        note=f"Largest reports in October to December 2025: {VENUES[0]}, {VENUES[2]} and {VENUES[4]}. A venue that "
             "paid you but did not report appears nowhere above.")
    p.para("On February 20, 2026 we mailed you a self-payment notice that offered to keep your coverage for the "
           "second quarter for $1,236.00. We have no record of that payment.", 10)
    p.heading("What you can do", 11)
    p.para("If a venue paid you for covered work in October to December 2025 and did not report it, send us the "
           "contract or the pay stub; if the missing earnings bring the quarter to $5,400.00 we will look at the "
           "claim again. If you disagree with this decision, you may appeal to the Trustees within 60 calendar "
           "days of the date you receive this notice.", 10)
    p.signoff(["Sincerely,", sig, "Eligibility Department"], 9.8)
    p.add_page()
    p.rights(FUND, tollfree(rng, "877"))
    t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=PLAN, group=GROUP, member_id=PREFIX + num,
              member_name=pat, cases=[claim], claim_amount=m2(tot), service_dates=[iso(v) for v in visits],
              denial_date=iso(ld), provider=REHAB,
              alternates={"insurer": FUND_ALT, "member_id": [num], "provider": [ther]})
    return out(p), t


def finefax_tpa(rng):
    pat, aud, rep = people(rng, 3)
    num = member_no(rng)
    core = digits(rng, 5)
    while core[3] == core[4]:
        core = digits(rng, 5)
    claim = f"CL-26-{core}"
    quote = f"PS-26-{core[:3]}{core[4]}{core[3]}"
    nd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    fit = dt.date(2026, 2, rng.randint(16, 26))
    last = dt.date(2023, rng.randint(5, 11), rng.randint(3, 26))
    nxt = last.replace(year=2027)
    by = dt.date(2026, 6, rng.randint(10, 15))
    lines = [("V5261", "Hearing aids, digital, behind the ear, pair", 1, rng.choice([5480.0, 5620.0, 5390.0])),
             ("V5160", "Dispensing fee, both ears", 1, 450.0), ("V5264", "Ear mold, custom", 2, 190.0)]
    billed = round(sum(x[3] for x in lines), 2)
    call = f"{rng.choice('ABCDEFGH')}{digits(rng, 2)}-{digits(rng, 6)}"
    fax = f"{nd:%m/%d/%Y} 10:{rng.randint(10, 59)}  PEMBERTON LOWELL  {phone(rng, '615')}  P.{{n}}"
    p = JCSheet(footer="Page {n} of {nb}", footer_left="Form PL-RS-7 (rev. 03/2025)", fax_hdr=fax)
    p.set_margins(16, 15, 16)
    p.add_page()
    tpa_head(p, rng)
    p.title_bar("CLAIM DETERMINATION  -  PROVIDER COPY", "Road & Stage Musicians Health Fund  |  Keep this notice "
                                                          "with your patient's account")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Notice date", dmy_dash(nd)), ("2. Claim no.", claim), ("3. Pre-service quote no.", quote)],
                [W * 0.28, W * 0.36, W * 0.36], size=9.4, h=10.5)
    p.form_band([("4. Prefix", PREFIX), ("5. Member no.", num), ("6. Group no.", GROUP), ("7. Plan no.", PLAN)],
                [W * 0.14, W * 0.3, W * 0.28, W * 0.28], size=9.4, h=10.5)
    p.form_band([("8. Patient", pat), ("9. Date of service", slash(fit)), ("10. Total billed", usd(billed))],
                [W * 0.44, W * 0.28, W * 0.28], size=9.4, h=10.5)
    p.form_band([("11. Provider", AUDIO), ("12. Rendering", f"{aud}, AuD"), ("13. Call reference", call)],
                [W * 0.4, W * 0.34, W * 0.26], size=9.4, h=10.5)
    p.ln(4)
    p.table(["HCPCS", "Description", "Units", "Billed", "Paid", "Code"],
            [[c, s, str(u), usd(b), "$0.00", "HR4"] for c, s, u, b in lines] +
            [["", "Total", "", usd(billed), "$0.00", ""]],
            [W * 0.1, W * 0.46, W * 0.08, W * 0.14, W * 0.12, W * 0.1], size=8.8,
            aligns=["L", "L", "R", "R", "R", "C"], bold_last=True)
    p.heading("Determination", 11)
    p.para(f"We cannot reimburse this claim. The Plan pays toward hearing aids once in any 48 months, and it paid "
           f"toward a pair for this member fitted on {slash(last)}. A new pair can be considered for a fitting on or "
           f"after {slash(nxt)}. The pre-service quote listed in box 3 told your office the benefit amount; it said "
           "in its last line that it did not confirm that the frequency limit had been met, and it was not an "
           "approval.", 9.8)
    p.para(f"The member's yearly hearing exam and custom earplugs are not affected. The call reference in box 13 "
           f"is for your office's call of {slash(plus(fit, -9))} with {rep}, a customer service representative.",
           9.4)
    p.heading("Review rights", 11)
    p.para(f"Your office or the member may ask for a review of this determination. Send the request so that it "
           f"reaches us no later than {long(by)}, with the claim number and any records you want us to consider.",
           9.8)
    t = truth("denial_letter", "not_covered", insurer=TPA, plan_id=PLAN, group=GROUP, member_id=PREFIX + num,
              member_name=pat, cases=[claim, quote], claim_amount=m2(billed), service_dates=[iso(fit)],
              denial_date=iso(nd), provider=AUDIO, appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT, "member_id": [num], "case_numbers": [[claim]],
                          "provider": [aud, f"Dr. {aud}"]})
    return out(p), t


def phone_es(rng):
    pat, aud = people(rng, 2, es=True, sexes="MF")
    num = member_no(rng)
    claim = f"26{rng.randint(10, 99)}{digits(rng, 7)}"
    d = dt.date(2026, 2, rng.randint(9, 20))
    ld = workday(dt.date(2026, 3, rng.randint(10, 13)))
    billed = rng.choice([1480.0, 1625.0, 1390.0])
    plugs = dt.date(2025, rng.randint(5, 9), rng.randint(2, 27))
    p = JCSheet(footer="Página {n} de {nb}", footer_left=f"Carta RS-ES-2 (01/2026)  |  Enviada el {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.head(FUND, "RSMHF", [f"Oficina del Fondo  |  {FUND_ADDR}",
                           f"Servicios para miembros {tollfree(rng, '877')}  |  Se habla español  |  TTY 711"],
           size=12.4)
    p.addr_pairs_right([pat, *us_address(rng)],
                       [("Fecha", es_date(ld)), ("Miembro", f"{PREFIX} {num}"), ("Grupo", GROUP),
                        ("Plan", PLAN), ("Reclamación", claim), ("Proveedor", "Audiología Brisas del Sur"),
                        ("Fecha del servicio", es_date(d)), ("Cantidad cobrada", usd_es(billed))],
                       split=0.44, cap_w=34, size=8.6)
    p.heading("Su reclamación por monitores intraauriculares", 12.4)
    p.para(f"Estimado {pat}:", 10)
    p.para(f"Recibimos la reclamación de Audiología Brisas del Sur por un par de monitores intraauriculares hechos a "
           f"la medida, con sus moldes, que la audióloga {aud} le entregó el {es_date(d)}. Ya la revisamos.", 10)
    p.para("El Fondo paga un examen de audición cada año, tapones de músico hechos a la medida una vez cada 24 "
           "meses "
           "(hasta $250.00) y audífonos cuando usted los necesita por pérdida auditiva. Los monitores "
           "intraauriculares son otra cosa: son el equipo con el que usted escucha la mezcla en el escenario, es "
           "decir, herramientas de trabajo, y no un tratamiento de la audición. Por eso no son un gasto que el "
           "Fondo pueda reembolsar, y la reclamación no se pagó.", 10)
    p.para(f"Sus tapones de músico, pagados el {es_date(plugs)}, siguen cubiertos como siempre. Si la audióloga le "
           "hizo también un examen ese día, puede enviarnos esa parte en una reclamación aparte.", 10)
    p.heading("Si no está de acuerdo", 11)
    p.para("Puede pedir que el Comité de Apelaciones de los Fideicomisarios revise esta decisión. Mande su carta "
           "dentro de los 90 días siguientes a la fecha de esta carta a la Oficina del Fondo, con su número de "
           "miembro y el número de la reclamación.", 10)
    p.signoff(["Atentamente,", "Departamento de Reclamaciones", FUND], 9.6)
    t = truth("denial_letter", "not_covered", insurer=FUND, plan_id=PLAN, group=GROUP, member_id=PREFIX + num,
              member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(d)], denial_date=iso(ld),
              provider="Audiología Brisas del Sur", appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": FUND_ALT + [FUND_ES], "member_id": [num], "provider": [aud]})
    return out(p), t


def rotated_approval(rng):
    pat, aud, sig = people(rng, 3)
    num = member_no(rng)
    pa = f"PA-26-{digits(rng, 5)}"
    ld = workday(dt.date(2026, 4, rng.randint(1, 3)))
    fit = dt.date(2026, 4, 21)
    quote = rng.choice([6180.0, 5940.0, 6320.0])
    pay = 4400.0
    p = JCSheet(footer="Page {n} of {nb}", footer_left=f"Letter RS-PA-1 (rev. 08/2025)  |  Mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng, "Benefits Department", box="PRE-APPROVAL")
    p.line(long(ld), 10.2, "B")
    p.ln(2)
    for ln in [pat, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(pa, "Pre-approval no.", W * 0.3), (f"{PREFIX} {num}", "Member no.", W * 0.26),
                  (GROUP, "Group no.", W * 0.22), (PLAN, "Plan no.", W * 0.22)], size=9.6)
    p.over_boxes([(AUDIO, "Provider", W * 0.42), (f"{aud}, AuD", "Audiologist", W * 0.32),
                  (wday_long(fit), "Planned fitting", W * 0.26)], size=9.0)
    p.over_boxes([(usd(quote), "Quoted charge, both ears", W * 0.34), (usd(pay), "The Fund will pay", W * 0.33),
                  ("06/30/2026", "Approval good through", W * 0.33)], size=9.6)
    p.ln(2)
    p.heading("Your hearing aids are approved", 12.4)
    p.para(f"Dear {first(pat)}: {aud} sent us the results of your hearing test and a quote for a pair of hearing "
           "aids. Your test shows hearing loss in both ears, and our records show the Fund has not paid for hearing "
           "aids for you before, so the request meets the Plan's rules.", 10)
    p.para(f"The Fund will pay {usd(pay)} toward the pair: $2,200.00 for each ear, the most the Plan allows once in "
           f"48 months. The quote is {usd(quote)}, so you will owe the audiologist the difference. The deductible "
           "does not apply to hearing aids. We will send the payment to the provider after the fitting, when the "
           "claim comes in with this pre-approval number.", 10)
    p.para("This approval depends on your being covered on the day of the fitting. Your coverage for April to June "
           "2026 is in place. If the fitting moves past June 30, 2026, your coverage for the next quarter will "
           "depend on the earnings reported for January to March 2026.", 10)
    p.signoff(["With best wishes,", sig, "Benefits Department"], 9.8)
    t = truth("other", None, insurer=FUND, plan_id=PLAN, group=GROUP, member_id=PREFIX + num, member_name=pat,
              cases=[pa], claim_amount=m2(quote), service_dates=[iso(fit)], denial_date=iso(ld), provider=AUDIO,
              alternates={"insurer": FUND_ALT, "member_id": [num], "claim_amount": [None, m2(pay)],
                          "service_dates": [[]], "provider": [aud]})
    return out(p), t


def photocopy_mri(rng):
    pat, surg, rn, md = people(rng, 4)
    num = member_no(rng)
    claim = f"26{rng.randint(10, 99)}{digits(rng, 7)}"
    d = dt.date(2026, 2, rng.randint(16, 27))
    ld = workday(dt.date(2026, 3, rng.randint(16, 20)))
    rcvd = plus(d, rng.randint(9, 14))
    billed = rng.choice([2140.0, 2265.0, 1980.0])
    p = JCSheet(footer="Page {n} of {nb}", footer_left=f"Letter RS-MR-5 (rev. 02/2026)  |  Mailed {slash(ld)}",
                serif=True)
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng, "Medical Review Unit")
    p.line(ord_long(ld), 10.4, "B")
    p.ln(2)
    p.addr_pairs_right([pat, *us_address(rng)],
                       [("Member no.", f"{PREFIX} {num}"), ("Group no.", GROUP), ("Claim no.", claim),
                        ("Imaging center", IMAGING), ("Ordering", f"Dr. {surg}"), ("Date of service", slash(d)),
                        ("Billed", usd(billed)), ("Claim received", mdy_dots(rcvd))], split=0.46, cap_w=32,
                       size=8.8)
    p.heading("Result of medical review: MRI of the left wrist", 12.2, rule=True)
    p.columns(
        [("What was asked", f"{IMAGING} billed the Fund for an MRI of your left wrist (CPT 73221), ordered by "
                            f"Dr. {surg}, a hand surgeon, for pain on the thumb side of the wrist after long "
                            "rehearsals."),
         ("What we looked at", "The MRI report, the office notes from two visits with Dr. " + surg.split()[-1] +
                               " and the claim. A nurse reviewer read them first and the Fund's medical director "
                               "decided."),
         ("What we decided", "The Fund will not pay for this MRI.")],
        [("Why", "The Plan pays for an MRI of the wrist when an x-ray and at least six weeks of a splint and hand "
                 "therapy have not helped, or when something urgent is suspected. The information we received does "
                 "not show that you wore a splint or had therapy before the MRI: the notes describe the first visit "
                 "as eleven days before the scan and mention no fracture, infection or mass."),
         ("What you can do", "If you had a splint or therapy that the notes do not mention, send us the records. "
                             "You may appeal within 180 days of the date of this letter to the Appeals Committee at "
                             "the Fund Office.")],
        size=9.2)
    p.ln(2)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Medical director"])
    t = truth("denial_letter", "medical_necessity", insurer=FUND, plan_id=None, group=GROUP,
              member_id=PREFIX + num, member_name=pat, cases=[claim], claim_amount=m2(billed),
              service_dates=[iso(d)], denial_date=iso(ld), provider=IMAGING, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "member_id": [num], "provider": [f"Dr. {surg}", surg]})
    return out(p), t


def lowres_stack(rng):
    pat, surg, biller, chair, rn = people(rng, 5, sexes="F")
    num = member_no(rng)
    claim = f"26{rng.randint(10, 99)}{digits(rng, 7)}"
    apl = f"APL-26-{digits(rng, 4)}"
    inj = dt.date(2026, 1, rng.randint(8, 14))
    op = plus(inj, rng.randint(5, 8))
    den = workday(dt.date(2026, 2, rng.randint(16, 20)))
    req = plus(den, rng.randint(12, 20))
    dd = workday(dt.date(2026, 5, rng.randint(4, 7)))
    lines = [("25607", "Open treatment, distal radius fracture", rng.choice([6840.0, 7120.0, 6590.0])),
             ("20690", "Application of external fixation", 1450.0), ("73110", "X-ray wrist, 3 views", 186.0)]
    billed = round(sum(x[2] for x in lines), 2)
    sent = plus(dd, rng.randint(6, 9))
    home = us_address(rng)
    cover = transmittal(f"{SURGERY} - Billing Office",
                        ["2900 Sycamore Bend Pkwy, Suite 210, Larkspur Bend, TN 37215",
                         f"Phone {phone(rng, '615')}  |  Fax {phone(rng, '615')}  |  Billing fax {phone(rng, '615')}"],
                        [("To", "Road & Stage Musicians Guild, Member Assistance"), ("From", f"{biller}, billing"),
                         ("Fax", phone(rng, "615")), ("Phone", phone(rng, "615")), ("Date", slash(sent)),
                         ("Re", f"Member {pat}")], 4,
                        [f"As {first(pat)} asked, attached are the Fund's appeal decision and our current statement. "
                         "We will hold the account for 30 days while she looks into the venue's workers' "
                         "compensation claim."], ticks=("Please review", "For your records"))
    d1 = JCSheet(footer="Page {n} of {nb}", footer_left=f"Decision RS-AC-2 (rev. 09/2025)  |  Mailed {slash(dd)}",
                 every=f"Appeal {apl}  |  Claim {claim}  |  Page {{n}} of {{nb}}")
    d1.set_margins(18, 16, 18)
    d1.add_page()
    fund_head(d1, rng, "Appeals Committee of the Board of Trustees")
    d1.addr_kv([pat, *home],
               [("Decision date", long(dd)), ("Member no.", f"{PREFIX} {num}"), ("Group no.", GROUP),
                ("Appeal no.", apl), ("Claim no.", claim), ("Surgery date", slash(op)), ("Billed", usd(billed))],
               w=86, cap_w=30)
    d1.heading("Decision on your appeal: the denial stands", 12)
    d1.para(f"You appealed the Fund's denial of {den.strftime('%B %-d, %Y')} of the claim from {SURGERY} for the "
            f"surgery on your right wrist. We received your appeal on {mdy_dots(req)}, and the Appeals Committee "
            f"reviewed it at its meeting on {long(plus(dd, -4))}.", 10)
    W = d1.w - d1.l_margin - d1.r_margin
    d1.table(["Code", "Service", "Surgeon", "Charged"],
             [[c, s, f"Dr. {surg}", usd(b)] for c, s, b in lines] + [["", "Total charged", "", usd(billed)]],
             [W * 0.12, W * 0.46, W * 0.24, W * 0.18], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    d1.para(f"According to the hospital's notes and your own appeal letter, on {long(inj)} you were paid for the "
            f"load-in at {VENUES[3]} and were helping the crew move a road case when it tipped off a ramp onto your "
            "wrist. The Plan does not pay for an injury or illness that arises out of or in the course of work for "
            "wages or profit; that injury is the responsibility of the workers' compensation insurance of the "
            "employer. The Committee found that moving gear at a paid load-in is work for wages, even though "
            "playing is your main job.", 10)
    d1.add_page()
    d1.heading("What this means for you", 11)
    d1.para(f"Ask the venue or the tour's producer for its workers' compensation insurer and file a claim there; "
            f"{SURGERY} can bill that insurer. If the insurer turns the claim down in writing because you were not "
            "its employee, send us its letter and the Fund will look at the claim again.", 10)
    d1.para("This is the Fund's final decision on your appeal. You have the right to bring a civil action under "
            "section 502(a) of the Employee Retirement Income Security Act (ERISA). You may ask for copies of the "
            "documents we used, free of charge.", 10)
    d1.signers([chair, "Chair, Appeals Committee"], [f"{rn}, RN", "Nurse reviewer"])
    d_a = (out(d1), truth("denial_letter", "other", insurer=FUND, plan_id=None, group=GROUP, member_id=PREFIX + num,
                          member_name=pat, cases=[apl, claim], claim_amount=m2(billed), service_dates=[iso(op)],
                          denial_date=iso(dd), provider=SURGERY, denial_alternates=["not_covered"],
                          alternates={"insurer": FUND_ALT, "member_id": [num],
                                      "case_numbers": [[apl], [claim]], "provider": [f"Dr. {surg}", surg]}))
    st = plus(dd, rng.randint(8, 12))
    acct = f"LH{digits(rng, 7)}"
    s = JCSheet(footer="Page {n} of {nb}", footer_left=f"Statement date {slash(st)}")
    s.set_margins(16, 14, 16)
    s.add_page()
    s.head(SURGERY, "LHUE", ["2900 Sycamore Bend Pkwy, Suite 210, Larkspur Bend, TN 37215",
                              f"Billing questions {phone(rng, '615')}"], box="PATIENT STATEMENT", size=12)
    s.addr_kv([pat, *home],
              [("Statement date", slash(st)), ("Account no.", acct), ("Insurance", FUND),
               ("Insurance ID", f"{PREFIX} {num}"), ("Amount due", usd(billed))], w=94, cap_w=30)
    W = s.w - s.l_margin - s.r_margin
    s.open_table(["Date", "Description", "Charges", "Insurance", "Balance"],
                 [W * 0.16, W * 0.46, W * 0.13, W * 0.12, W * 0.13], ["L", "L", "R", "R", "R"],
                 [[slash(op), f"{s_} ({c})", n2(b), "0.00", n2(b)] for c, s_, b in lines] +
                 [[slash(den), f"Fund claim {claim} denied; appeal decided {slash(dd)}", "", "", ""],
                  ("bold", ["", "Balance now due from you", n2(billed), "0.00", n2(billed)])], size=8.6, row_h=5)
    s.para("Your insurance did not pay these charges. If another insurance should pay, call us with its name and "
           "claim number within 30 days. Payment plans are available.", 9)
    s.coupon("Payment coupon", [("Account no.", acct), ("Patient", pat), ("Amount due", usd(billed)),
                                ("Amount paid", "")],
             [SURGERY, "P.O. Box 2291", "Larkspur Bend, TN 37230"])
    d_b = (out(s), truth("other", None, insurer=None, plan_id=None, group=None, member_id=PREFIX + num,
                         member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[iso(op)],
                         denial_date=iso(st), provider=SURGERY,
                         unscored=["insurer"],
                         alternates={"member_id": [num, None], "case_numbers": [[]], "provider": [surg]}))
    return cover, [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_pages_21st_hand_therapy_visit_narrow_billed_column_totals_last",
             "born_digital", [born_eob(rng)]),
        Item(F + "clean300_three_pages_running_header_quarter_short_earnings_reason_page_three", "scan_clean_300",
             [clean_letter(rng)]),
        Item(F + "finefax_administrator_provider_notice_numbered_boxes_hearing_aids_within_48_months",
             "fax_fine_g4", [finefax_tpa(rng)]),
        Item(F + "phone_es_carta_monitores_intraauriculares_no_reembolsables", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_pre_approval_hearing_aids_values_over_captions_fund_will_pay", "rotated",
             [rotated_approval(rng)]),
        Item(F + "photocopy_two_column_wrist_mri_nurse_and_medical_director_information_does_not_show", "photocopy",
             [photocopy_mri(rng)]),
    ]
    cover, docs = lowres_stack(rng)
    items.append(Item(F + "lowres_stack_billing_transmittal_appeal_decision_load_in_injury_sideways_then_statement",
                      "scan_lowres_150", docs, separators=[cover, "duplex"], turns={(0, 1): 90}))
    return items
