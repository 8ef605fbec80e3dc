"""Long-term care insurance claim decisions, mirrored (structure and plain wording style only) from what individual
long-term care insurers and their claims administrators send insureds, their families and care providers: benefit
eligibility by activities of daily living (substantial assistance with 2 of the 6 for a period expected to last 90
days) or severe cognitive impairment, certification by a licensed health care practitioner and a plan of care, a
90-day elimination period, daily benefit maximums, home care versus facility care, respite days and proof of loss.
The public rules appear as themselves (a qualified long-term care insurance contract under section 7702B of the
Internal Revenue Code); the insurer, Penwhistle Mutual Life Insurance Company (Worcester, Massachusetts; individual
policies "PW" + eight digits, printed bare or grouped), and its third-party claims administrator, Fellwright Claim
Services, LLC (Greenville, South Carolina; claims "LC-26-" + six digits), are invented, as is every person, agency,
facility, number, amount, form number and address; phones 555.

Fellwright's letterhead carries the administrator as the big name ("FELLWRIGHT" with "Claim Services, LLC" beside
it) and names the insurer only in a smaller oblique line under it ("Long-term care claims for Penwhistle Mutual Life
Insurance Company"); Penwhistle's own letterhead has a drawn double ring with "PM" in it beside the name set on two
lines ("PENWHISTLE MUTUAL" over "Life Insurance Company").

Documents (8 in 7 files):
- born digital: a two-page Household Benefit Statement headed by the policyholder (the husband), listing his home
  care and alert-service invoices and his wife's adult day center invoice (her name and policy only in the claim's
  band); the table runs on to page 2 with its headings not printed again, and there her escorted transport line pays
  0.00 under X4, explained only in the notes under the table; "within 60 days of the date of this statement".
- standard fax stack: a fax cover sheet (no document); Penwhistle's approval of assisted living benefits after the
  elimination period (denies nothing); Fellwright's two-page letter paying 21 respite days of a 24-day nursing home
  stay and not the last three, in plain words (no "denied" anywhere), page 2 fed upside down.
- standard fax: Fellwright's letter closing a memory care claim because the practitioner's certification and the
  cognitive tests never came ("we can't pay these invoices until ..."), plain words, a checklist with request dates.
- clean scan: Penwhistle's two-page benefit eligibility decision, captions in the left margin beside the values, an
  ADL table (hands-on help with bathing only), a running header on page 2, "no later than" a printed date.
- photocopy: Fellwright's letter on a facility-only policy refusing home care invoices, captions beside values in
  ruled boxes, a coverage table, prose in two columns, amounts without a dollar sign.
- phone photo, Spanish: Penwhistle's letter saying the home care days fall inside the 90-day elimination period.
- 150 dpi: Fellwright's notice to a home care agency that January's invoices came after the proof-of-loss limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnb import (ENSheet, abbr, dash, digits, dlong, dmon, dmy, dots, es_date, first, first_last, fresh,
                               iso, last_first, long, m2, mon_day, n2, nopad, out, people, phone, plus, same_surname,
                               short, short_nopad, slash, spaced, surname, truth, upper, usd, usd_es, wday)

FAMILY = ("long_term_care_insurance_claims_administrator_decisions_transport_line_respite_limit_adl_trigger_"
          "facility_only_elimination_period_and_late_proof_refusals")
LANG = "en"
SEED = 355031

INS = "Penwhistle Mutual Life Insurance Company"
INS_ALT = ["Penwhistle Mutual", "Penwhistle Mutual Life", "Penwhistle Mutual Life Insurance"]
TPA = "Fellwright Claim Services, LLC"
TPA_ALT = ["Fellwright Claim Services", "Fellwright", "Fellwright Claim Services LLC"]
ON_TPA = TPA_ALT + [INS] + INS_ALT          # a Fellwright letter: the insurer it works for accepted too
TPA_FOR = "Long-term care claims for Penwhistle Mutual Life Insurance Company"
TPA_ADDR = "Long-Term Care Claim Center, PO Box 4470, Greenville, SC 29602"
TPA_PHONE = "1-866-555-0182"
TPA_FAX = "(864) 555-0139"
INS_ADDR = "88 Tatnuck Ridge Way, Worcester, MA 01609"
INS_PHONE = "1-800-555-0117"
PRODUCT = "Heritage Care"


def pol(rng) -> str:
    return "PW" + digits(rng, 8)


def pol_sp(p: str) -> str:
    return f"{p[:2]} {p[2:6]} {p[6:]}"


def claim_no(rng) -> str:
    return f"LC-26-{digits(rng, 6)}"


def home(rng):
    town = rng.choice(["Asheville, NC 28804", "Spartanburg, SC 29302", "Augusta, GA 30907", "Knoxville, TN 37919",
                       "Roanoke, VA 24014", "Hendersonville, NC 28739", "Anderson, SC 29621", "Athens, GA 30606"])
    street = rng.choice(["Dogwood Hollow Rd", "Piedmont Terrace", "Old Cane Creek Rd", "Sourwood Ln",
                         "Laurel Bluff Dr", "Tanyard Branch Ct", "Chinquapin Way", "Sassafras Knob Rd"])
    return [f"{rng.randint(14, 9860)} {street}", town]


def tpa_head(p: ENSheet):
    p.admin_big_letterhead("FELLWRIGHT", "Claim Services, LLC", TPA_FOR,
                           ["Long-Term Care Claim Center", "PO Box 4470", "Greenville, SC 29602",
                            f"Phone {TPA_PHONE}", f"Fax {TPA_FAX}"])


def ins_head(p: ENSheet, es: bool = False):
    p.monogram_letterhead("PM", "PENWHISTLE MUTUAL", "Life Insurance Company",
                          ["Oficina central" if es else "Home Office", "88 Tatnuck Ridge Way", "Worcester, MA 01609",
                           ("Servicio al asegurado " if es else "Policyholder service ") + INS_PHONE], shape="ring")


# ---------------------------------------------------------------------------------------------------------------
def born_household_statement(rng):
    hus, wife, aide_lead, advisor = people(rng, 4, 1, "MFFM")
    wife = same_surname(wife, surname(hus))
    p_h, p_w = pol(rng), pol(rng)
    sd = dt.date(2026, 4, 24)
    stmt = f"HS-2604-{digits(rng, 5)}"
    agency, alert, center = "Catawba Ridge Home Care", "Beaconline Alert Services", "Mulberry Gap Adult Day Center"
    c1, c2, c3 = claim_no(rng), claim_no(rng), claim_no(rng)
    inv1, inv2, inv3 = f"CR-{digits(rng, 4)}", f"BA-{digits(rng, 5)}", f"MG{digits(rng, 4)}"
    weeks = [(dt.date(2026, 3, 2), 28, 840.00), (dt.date(2026, 3, 9), 28, 840.00), (dt.date(2026, 3, 16), 32, 960.00),
             (dt.date(2026, 3, 23), 32, 960.00)]
    rows = [("group", f"{c1}  \u00b7  inv. {inv1}  \u00b7  {agency}  \u00b7  insured {hus}")]
    t1 = 0.0
    for wk, hrs, amt in weeks:
        rows.append([f"{short(wk)}-{short(plus(wk, 6))}", "Home health aide, bathing and dressing", f"{hrs} hrs",
                     n2(amt), n2(amt), "B1"])
        t1 += amt
    rows.append(("bold", ["", "Claim total", "", n2(t1), n2(t1), ""]))
    rows.append(("group", f"{c2}  \u00b7  inv. {inv2}  \u00b7  {alert}  \u00b7  insured {hus}"))
    rows.append([f"{short(dt.date(2026, 3, 1))}-{short(dt.date(2026, 3, 31))}", "Medical alert pendant, monthly fee",
                 "1 mo", n2(42.00), n2(42.00), "B4"])
    rows.append(("bold", ["", "Claim total", "", n2(42.00), n2(42.00), ""]))
    rows.append(("group", f"{c3}  \u00b7  inv. {inv3}  \u00b7  {center}  \u00b7  insured {wife}, "
                          f"policy {pol_sp(p_w)}"))
    days = [dt.date(2026, 3, d) for d in (3, 5, 10, 12, 17, 19, 24, 26, 31)]
    t3 = 0.0
    ride = dt.date(2026, 3, 25)
    for d in days:
        rows.append([short(d), "Adult day care, full day", "1 day", n2(96.00), n2(96.00), "B1"])
        t3 += 96.00
        if d == dt.date(2026, 3, 24):
            rows.append([short(ride), "Escorted transport to podiatry, round trip", "1 trip", n2(74.00), "0.00",
                         "X4"])
            t3 += 74.00
    rows.append(("bold", ["", "Claim total", "", n2(t3), n2(t3 - 74.00), ""]))
    paid = t1 + 42.00 + t3 - 74.00
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"FW-HBS-03   statement {stmt}",
                running=f"{last_first(hus)}   \u00b7   Household Benefit Statement {stmt}   \u00b7   {dmy(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    tpa_head(p)
    p.f(14, "B")
    p.cell(0, 7, "Household Benefit Statement", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.4, f"Invoices processed March 23 through April 21, 2026   \u00b7   This is not a bill", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2.5)
    y0 = p.get_y()
    p.address([hus, *home(rng)], 9.8)
    yk = p.key_column([("Policyholder", hus), ("Policy", pol_sp(p_h)), ("Plan", f"{PRODUCT} individual policy"),
                  ("Statement date", long(sd)), ("Statement", stmt)],
                 x=p.l_margin + p.W * 0.58, y=y0, w=p.W * 0.42, title="Your household account", size=8.0)
    p.set_xy(p.l_margin, yk + 2.5)
    p.para(f"Dear {first_last(hus)}: this statement lists every invoice we processed for your household in the period "
           f"shown. Your policy and your household's linked policy share benefits under the Shared Care Rider, so "
           f"we send one statement to the policyholder. Benefits are paid straight to the providers, as you asked "
           f"on your claim forms.", 8.8)
    p.ticket([("Home care daily maximum", "$180.00"), ("Your benefit pool left", "$219,140.00"),
              ("Paid this statement", usd(paid)), ("Check or EFT date", slash(plus(sd, 1)))], size=8.4)
    W = p.W
    yt = p.get_y()
    yb = p.h - 20 - 40
    p.set_fill_color(242, 242, 242)
    p.rect(p.l_margin, yb, W, 36, style="DF")
    p.set_fill_color(255, 255, 255)
    p.set_xy(p.l_margin + 3, yb + 2.5)
    p.f(9, "B")
    p.cell(0, 4.5, "Important messages", new_x="LMARGIN", new_y="NEXT")
    for msg in ["While benefits are being paid on a policy, its premiums are waived after 90 days of paid benefits.",
                "Please tell us within 30 days if an insured goes into a hospital; home care is not paid on hospital "
                "days.",
                f"Questions about this statement? Call {TPA_PHONE}, Monday through Friday, 8 a.m. to 6 p.m. Eastern."]:
        p.set_x(p.l_margin + 3)
        p.f(8)
        p.multi_cell(W - 6, 3.9, "\u2022  " + msg, new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, yt)
    widths = [34, 74, 16, 21, 21]
    widths.append(W - sum(widths))
    p.flow_table(["Dates of care", "Service", "Units", "Charged", "Benefit paid", "Note"], rows, widths,
                 ["L", "L", "C", "R", "R", "C"], size=7.7, row_h=5.2, first_rows=14)
    p.f(8.8, "B")
    p.cell(0, 5, f"Statement totals: charged {usd(t1 + 42.00 + t3)}; benefits paid {usd(paid)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1.5)
    p.legend2("What the notes mean", [
        ("B1", "Paid in full: the day's charges were under the daily maximum."),
        ("B2", "Paid up to the daily maximum; the provider may bill the rest to you."),
        ("B4", "Paid under the policy's home safety benefit (up to $50.00 a month)."),
        ("E9", "A day counted toward the elimination period; no benefit is paid for it."),
        ("H3", "A day the insured spent in a hospital; home care is not paid for that day."),
        ("P6", "The service is not part of the plan of care on file."),
        ("X4", "Transportation, escorts and errands are not long-term care services under the policy. The policy "
               "pays for care given to the insured, not for getting to other appointments."),
        ("R2", "Respite day beyond the 21 days the policy allows each calendar year."),
    ], size=7.5, code_w=7)
    p.heading("If you disagree", 10.5, rule=True)
    p.para("If you think we handled an invoice on this statement the wrong way, you or someone you name may ask for a "
           "review. Write to us within 60 days of the date of this statement and tell us which invoice and why. "
           f"Send it to Fellwright Claim Services, {TPA_ADDR}, or fax it to {TPA_FAX}. A person who did not make the "
           "first decision will review it.", 8.6)
    p.para("How the daily maximum works, as an example: if an agency charges $210.00 for a day of care and your daily "
           "maximum is $180.00, we pay $180.00 and the agency may bill you for $30.00.", 8.2)
    p.signoff(["Your care advisor,", advisor, f"Fellwright Claim Services, for {INS}"], 8.8)
    t = truth("eob", "not_covered", insurer=TPA, member_id=p_w, member_name=wife, cases=[c3],
              claim_amount=m2(t3), service_dates=[iso(ride)], denial_date=iso(sd), provider=center,
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": ON_TPA, "claim_amount": [m2(74.00)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stdfax_stack(rng):
    ins1, dau, advisor1, mgr, ins2, spouse2, nurse, examiner = people(rng, 8, 1, "FFMFMFFM")
    # document 1: assisted living benefits approved (denies nothing)
    p1 = pol(rng)
    c1 = claim_no(rng)
    ld1 = dt.date(2026, 5, 6)
    adm = dt.date(2026, 2, 2)
    ep_end = plus(adm, 89)          # 90 calendar days: Feb 2 .. May 2
    start = plus(ep_end, 1)
    fac = "Linden Hollow Assisted Living"
    p = ENSheet(footer=None, footer_left=f"PM-LTC-APV-2   {c1}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ins_head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([dau, f"for {ins1}", *home(rng)], 9.6)
    p.title_band("Your long-term care benefits are approved", 11.5)
    p.tab_boxes([(ins1, "insured", 2.0), (pol_sp(p1), "policy", 1.3), (c1, "claim", 1.2)])
    p.tab_boxes([(fac, "where care is given", 2.1), (long(start), "benefits begin", 1.4)])
    p.para(f"Dear {first_last(dau)}:", 9.6)
    p.para(f"Thank you for sending the claim papers for your mother, {first_last(ins1)}, who moved into {fac} on "
           f"{long(adm)}. Her physician certified that she needs hands-on help with bathing, dressing and "
           "transferring, and our nurse's visit agreed. She qualifies for benefits under her policy's assisted "
           "living benefit, and we have approved her claim.", 9.3)
    p.leaders([("Facility daily maximum in her policy", "$240.00"), ("Facility's daily rate", "$226.00"),
               ("Elimination period (90 days) satisfied on", long(ep_end)), ("Benefits begin", long(start)),
               ("Paid to", f"{fac} (assignment on file)")], size=9.0, w=p.W * 0.82)
    p.para("The facility will send us its monthly invoice and we will pay it directly. While benefits are being paid, "
           "she does not have to pay premiums on this policy. We will check in with the facility from time to time "
           f"to see that her needs have not changed. If you have questions, call {INS_PHONE}.", 9.3)
    p.signoff(["Sincerely,", advisor1, f"Benefit Specialist, on behalf of {INS}"], 9.2)
    d1 = (out(p), truth("other", None, insurer=INS, member_id=p1, member_name=ins1, cases=[c1],
                        service_dates=[iso(start)], denial_date=iso(ld1), provider=fac,
                        alternates={"insurer": INS_ALT, "service_dates": [[]]}))
    # document 2: 21 respite days paid, the last three not (plain words), two pages, page 2 upside down
    p2, p_sp = pol(rng), pol(rng)
    spouse2 = same_surname(spouse2, surname(ins2))
    c2 = claim_no(rng)
    home_ = "Briar Knob Health and Rehabilitation"
    a, b = dt.date(2026, 4, 27), dt.date(2026, 5, 20)
    ndays = (b - a).days + 1
    rate = 285.00
    total = ndays * rate
    last_paid = plus(a, 20)
    ld2 = dt.date(2026, 6, 1)
    recv = dt.date(2026, 5, 26)
    q = ENSheet(footer="Page {n} of {nb}", footer_left=f"FW-L-RSP   {c2}",
                running=f"{first_last(ins2)}  \u00b7  policy {p2}  \u00b7  claim {c2}  \u00b7  page {{n}}")
    q.set_margins(18, 15, 18)
    q.add_page()
    tpa_head(q)
    q.f(9.6)
    q.cell(0, 5, f"Date of this letter: {abbr(ld2)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.address([ins2, *home(rng)], 9.6)
    q.tab_boxes([(pol_sp(p2), "your policy", 1.2), (c2, "claim", 1.1), (home_, "stay at", 2.2)])
    q.tab_boxes([(f"{slash(a)} to {slash(b)}", "days of the stay", 1.5), (usd(total), "charged", 1.0),
                 (slash(recv), "invoice reached us", 1.1)])
    q.para(f"Dear Mr. {surname(ins2)}:", 9.6)
    q.para(f"You stayed at {home_} for {ndays} days this spring so that your wife, {first_last(spouse2)}, who looks "
           "after you at home, could recover from her own surgery. Your policy calls this respite care: short stays "
           "that give a family caregiver a rest.", 9.3)
    q.para(f"**We paid for 21 days of the stay, {long(a)} through {long(last_paid)}.** Your policy pays for up to 21 "
           "days of respite care in each calendar year, and this was the first respite you have used in 2026. The "
           f"last three days, {long(plus(last_paid, 1))} through {long(b)}, are past that limit, so we can't pay for "
           f"them. That part of the invoice comes to {usd(3 * rate)}.", 9.3)
    q.para("Nothing in this letter changes your home care benefits. Days of care at home do not count toward the "
           f"21-day respite limit. Your wife's own {INS} policy ({p_sp}) is not affected either.", 9.3)
    q.add_page()
    q.heading("How we counted the days", 10.5, rule=True)
    W = q.W
    q.grid(["Days", "From", "Through", "Count", "Paid at"],
           [["Respite days paid", dmy(a), dmy(last_paid), "21", f"{usd(rate)} a day"],
            ["Past the 21-day limit", dmy(plus(last_paid, 1)), dmy(b), "3", "0.00"],
            ("bold", ["Whole stay", "", "", str(ndays), usd(21 * rate)])],
           [50, 32, 32, 20, W - 134], ["L", "L", "L", "R", "R"], size=8.6, row_h=5.6)
    q.para("If the nursing home had been caring for you because your own needs had changed, and not to give your wife "
           "a rest, the stay could count under your nursing home benefit instead. If that is what happened, have "
           "your doctor send us a note and a copy of the plan of care, and we will look at the three days again.",
           9.2)
    q.heading("If you don't agree", 10.5, rule=True)
    q.para("You or someone you choose may ask for a review of this decision within 60 days of the date of this "
           f"letter. Write to Fellwright Claim Services, {TPA_ADDR}, or fax {TPA_FAX}, and include the claim number. "
           "A person who did not take part in this decision will look at it, and you may send anything you want "
           "us to read.", 9.2)
    q.signoff(["Sincerely,", examiner, f"Claim Examiner, Fellwright Claim Services, for {INS}"], 9.2)
    d2 = (out(q), truth("denial_letter", "not_covered", insurer=TPA, member_id=p2, member_name=ins2, cases=[c2],
                        claim_amount=m2(total), service_dates=[f"{iso(plus(last_paid, 1))}/{iso(b)}"],
                        denial_date=iso(ld2), provider=home_, appeal_deadline=iso(plus(ld2, 60)),
                        alternates={"insurer": ON_TPA, "claim_amount": [m2(3 * rate)],
                                    "service_dates": [[f"{iso(a)}/{iso(b)}"],
                                                      [iso(plus(last_paid, k)) for k in (1, 2, 3)]]},
                        denial_alternates=["other"]))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def stdfax_records_missing(rng):
    ins, hus, doc, examiner = people(rng, 4, 1, "FMMF")
    hus = same_surname(hus, surname(ins))
    pn = pol(rng)
    cno = claim_no(rng)
    fac = "Quillan Court Memory Care"
    m1 = (dt.date(2026, 3, 1), dt.date(2026, 3, 31), 7130.00)
    m2_ = (dt.date(2026, 4, 1), dt.date(2026, 4, 30), 6900.00)
    total = m1[2] + m2_[2]
    recv = dt.date(2026, 3, 12)
    ask1, ask2 = dt.date(2026, 3, 20), dt.date(2026, 4, 17)
    ld = dt.date(2026, 5, 22)
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"FW-L-RQ3   {cno}   mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([hus, f"Authorized representative for {ins}", *home(rng)], 9.4)
    p.f(12, "B")
    p.cell(0, 6, "We need more from the doctor before we can decide", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.leaders([("Insured", ins), ("Policy number", pol_sp(pn)), ("Claim number", cno), ("Care provider", fac),
               ("Invoices we have", f"{slash(m1[0])} - {slash(m2_[1])}"), ("Amount on the invoices", usd(total)),
               ("Claim started", long(recv))], size=9.0, w=p.W * 0.8)
    p.para(f"Dear Mr. {surname(hus)}:", 9.6)
    p.para(f"Thank you for your claim for your wife's care at {fac}. To pay benefits for memory care, her policy needs "
           "a licensed health care practitioner to certify, within the last 12 months, that she needs substantial "
           "supervision to protect her health and safety because of a severe cognitive impairment. We also need to see "
           "the tests that show the impairment, and the plan of care her practitioner wrote.", 9.2)
    p.para(f"We wrote to her doctor, Dr. {doc}, twice, and we have not received these papers. **Until we have them, "
           f"we can't pay the March and April invoices, and we have closed the claim for now.** It is not a finding "
           "that she doesn't qualify. As soon as the papers reach us, we will open the claim again; you won't need to "
           "file a new one.", 9.2)
    W = p.W
    p.grid(["What we still need", "Asked for", "Asked again", "Status"],
           [["Practitioner's certification (form FW-CERT-7)", short(ask1), short(ask2), "not received"],
            ["Cognitive test results (e.g., SLUMS or MoCA)", short(ask1), short(ask2), "not received"],
            ["Written plan of care", short(ask1), short(ask2), "not received"],
            ["Facility invoices, March and April", "", "", "received"]],
           [84, 24, 24, W - 132], ["L", "L", "L", "L"], size=8.2, row_h=5.4)
    p.para("You can help by asking the doctor's office to fax the papers to us at "
           f"{TPA_FAX}, with the claim number on each page. A copy of a recent memory clinic report also helps.", 9.2)
    p.heading("If you disagree", 10.5, rule=True)
    p.para("If you think we should decide the claim with what we already have, you may ask us to review this in "
           f"writing within 60 days of the date of this letter. Send it to Fellwright Claim Services, {TPA_ADDR}.",
           9.2)
    p.signoff(["Sincerely,", examiner, "Claim Examiner, Fellwright Claim Services"], 9.2)
    t = truth("denial_letter", "other", insurer=TPA, member_id=pn, member_name=ins, cases=[cno],
              claim_amount=m2(total), service_dates=[f"{iso(m1[0])}/{iso(m2_[1])}"], denial_date=iso(ld),
              provider=fac, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": ON_TPA,
                          "service_dates": [[f"{iso(m1[0])}/{iso(m1[1])}", f"{iso(m2_[0])}/{iso(m2_[1])}"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_adl_decision(rng):
    ins, lhcp, nurse, reviewer, son = people(rng, 5, 1, "MFFMM")
    son = same_surname(son, surname(ins))
    pn = pol(rng)
    cno = claim_no(rng)
    agency = "Tanglewood Home Care Services"
    a, b = dt.date(2026, 4, 6), dt.date(2026, 5, 1)
    billed = 3960.00
    cert = dt.date(2026, 4, 2)
    visit = dt.date(2026, 4, 22)
    ld = dt.date(2026, 5, 29)
    dl = plus(ld, 60)
    p = ENSheet(footer="Page {n} of {nb}", footer_left="PM-LTC-ELG-4 (01/26)",
                running=f"{INS}   |   {first_last(ins)}   |   {pn}   |   {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ins_head(p)
    p.f(9.6)
    p.cell(0, 5, wday(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ins, *home(rng)], 9.6)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Benefit eligibility decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.margin_rows([("Insured", ins), ("Policy", f"{pn}  ({PRODUCT}, home and facility care)"), ("Claim", cno),
                   ("Care claimed", f"Home care by {agency}, {long(a)} through {long(b)}"),
                   ("Amount invoiced", n2(billed)),
                   ("Certified by", f"{lhcp}, MD, on {dmy(cert)}"),
                   ("Nurse's visit", f"{dmy(visit)}, {nurse}, RN")], cap_w=34, size=9.0)
    p.para(f"Dear Mr. {surname(ins)}:", 9.6)
    p.para("We have finished reviewing your claim for home care benefits. **We are not able to approve benefits, "
           "because the information we have does not show that you are chronically ill as your policy defines it.** "
           "This decision was made by Penwhistle Mutual; Fellwright Claim Services gathered the records for us.", 9.2)
    p.para("Your policy is a qualified long-term care insurance contract under section 7702B of the Internal Revenue "
           "Code. It pays benefits when a licensed health care practitioner has certified, within the last 12 months, "
           "that you either (1) cannot do at least 2 of the 6 activities of daily living without substantial "
           "assistance from another person for a period expected to last at least 90 days, or (2) need substantial "
           "supervision because of a severe cognitive impairment.", 9.2)
    p.para(f"Dr. {surname(lhcp)}'s certification lists your knee replacement and your heart failure. Our nurse visited "
           "you at home and watched you do each activity. Here is what she found:", 9.2)
    W = p.W
    p.grid(["Activity", "What the nurse saw", "Substantial assistance?"],
           [["Bathing", "Needs an aide's hands-on help to get into and out of the tub", "Yes"],
            ["Dressing", "Dresses himself; needs extra time with socks and shoes", "No"],
            ["Toileting", "Uses a raised seat; no help needed", "No"],
            ["Transferring", "Gets in and out of bed and chair with a cane", "No"],
            ["Continence", "No problems reported", "No"],
            ["Eating", "Independent", "No"]],
           [30, W - 72, 42], ["L", "L", "C"], size=8.4, row_h=5.6)
    p.add_page()
    p.para("You need substantial assistance with one activity, bathing. Your memory screening score was 28 of 30, which "
           "is normal. Because the policy needs two activities or a severe cognitive impairment, benefits cannot "
           f"begin yet, and we cannot pay the agency's invoices for {slash(a)} through {slash(b)}.", 9.2)
    p.heading("If your health changes", 10.5, rule=True)
    p.para("If you need more help in the future, call us and we will review your claim again. A new certification "
           "and another nurse's visit may be needed. The days of care you received will not count toward your "
           "elimination period unless you are found eligible for those same days.", 9.2)
    p.heading("Your right to ask for a review", 10.5, rule=True)
    p.para("If you disagree, you or your representative may ask us to review this decision. Your written request must "
           f"reach us no later than {long(dl)}. Send it, with any records you want us to consider, to the Claim Review "
           f"Unit, {INS}, {INS_ADDR}. You may ask for copies of the nurse's report and the other papers we used. If "
           "we uphold the decision, you may ask for an independent third-party review of whether you are chronically "
           "ill, within 120 days of that review decision.", 9.2)
    p.para(f"A copy of this letter was sent to your son, {first_last(son)}, whom you named to receive notices.", 8.8)
    p.signoff(["Sincerely,", f"{reviewer}", f"Claim Review Unit, {INS}"], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=pn, member_name=ins, cases=[cno],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=agency,
              appeal_deadline=iso(dl), alternates={"insurer": INS_ALT}, denial_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_facility_only(rng):
    ins, daughter, examiner = people(rng, 3, 1, "FFM")
    pn = pol(rng)
    cno = claim_no(rng)
    agency = "Oconee Valley In-Home Care"
    a, b = dt.date(2026, 5, 1), dt.date(2026, 5, 31)
    billed = 3255.00
    recv = dt.date(2026, 6, 3)
    ld = dt.date(2026, 6, 9)
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"FW-L-FAC-1   {cno}   {dmon(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p)
    p.f(9.6)
    p.cell(0, 5, dmon(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ins, *home(rng)], 9.6)
    p.cap_boxes([(ins, "insured", 2.2), (pn, "policy no.", 1.5)], where="beside")
    p.cap_boxes([(cno, "claim", 1.5), (agency, "billed by", 2.3)], where="beside")
    p.cap_boxes([(f"{short(a)} - {short(b)}", "care dates", 1.5), (n2(billed), "charged usd", 1.1),
                 (dots(recv), "received", 1.2)], where="beside")
    p.f(11.5, "B")
    p.cell(0, 6, "Home care is not part of your policy", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.twocol([
        f"Dear Mrs. {surname(ins)},",
        f"We received {agency}'s invoice for the aide who helped you at home in May 2026, after your hip fracture. "
        f"Your daughter, {first_last(daughter)}, sent it with a note asking us to pay the agency directly.",
        "Your policy is a Heritage Care Facility Plan. It pays for care in a licensed nursing home or assisted living "
        "facility. It does not include the Home and Community Care Rider, which is the part of a Heritage Care policy "
        "that pays for home health aides, homemakers and adult day care. You chose the facility plan when you bought "
        "the policy, and your premium has been based on that choice.",
        "**Because the policy has no home care benefit, we cannot pay this invoice**, even though our nurse agrees "
        "that you now need help with bathing and dressing. Your eligibility for facility benefits is not in "
        "question; if you move to a nursing home or an assisted living facility, call us and benefits can begin after "
        "your elimination period.",
        "## An alternate plan of care",
        "Your policy lets us agree, in writing and before the care starts, to pay for care that is not otherwise "
        "covered when it costs less than the facility care you would need. That takes a request from you or your "
        "doctor and our written agreement ahead of time; it cannot be applied to care already given.",
        "## Your right to a review",
        "If you disagree, you may ask for a review within 60 days of the date of this letter. Write to Fellwright "
        f"Claim Services, {TPA_ADDR}. Include the claim number and anything you want us to see.",
    ], size=8.7)
    W = p.W
    p.grid(["What your Heritage Care Facility Plan pays for", "Included?", "Daily maximum"],
           [["Nursing home care", "Yes", "210.00"], ["Assisted living facility care", "Yes", "210.00"],
            ["Hospice care in a facility", "Yes", "210.00"], ["Home health aide and homemaker care", "No", "-"],
            ["Adult day care", "No", "-"]],
           [W - 70, 30, 40], ["L", "C", "R"], size=8.3, row_h=5.2)
    p.signoff(["Sincerely,", examiner, f"Claim Examiner, for {INS}"], 9.0)
    t = truth("denial_letter", "not_covered", insurer=TPA, member_id=pn, member_name=ins, cases=[cno],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=agency,
              appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": ON_TPA})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_elimination(rng):
    ins, aide, examiner = people(rng, 3, 1, "FFM", es=True)
    pn = pol(rng)
    cno = claim_no(rng)
    agency = "Cuidado en Casa Azalea, LLC"
    a, b = dt.date(2026, 3, 9), dt.date(2026, 4, 30)
    ndays = (b - a).days + 1
    billed = ndays * 4 * 28.50
    ep_end = plus(a, 89)
    ld = dt.date(2026, 5, 18)
    p = ENSheet(footer="Página {n} de {nb}", footer_left=f"PM-LTC-EP-S   {cno}")
    p.set_margins(19, 16, 19)
    p.add_page()
    ins_head(p, es=True)
    p.f(9.6)
    p.cell(0, 5, f"Worcester, Massachusetts, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ins, *home(rng)], 9.6)
    p.pairs([("Asegurada", ins), ("Póliza", pol_sp(pn)), ("Reclamación", cno), ("Agencia", agency),
             ("Días de atención en las facturas", f"{es_date(a)} al {es_date(b)}"),
             ("Total de las facturas", usd_es(billed))], label_w=58, size=9.2, h=5.0)
    p.ln(2)
    p.para(f"Estimada señora {surname(ins)}:", 9.8)
    p.para(f"Recibimos las facturas de {agency} por la ayuda en casa que usted recibe desde el {es_date(a)}. Su "
           "médica certificó que usted necesita ayuda para bañarse, vestirse y pasar de la cama a la silla, y usted "
           "cumple con los requisitos de su póliza para recibir beneficios.", 9.6)
    p.para("**Todavía no podemos pagar estas facturas.** Su póliza tiene un período de eliminación de 90 días: los "
           "primeros 90 días de atención corren por su cuenta antes de que la póliza empiece a pagar. Contamos días "
           f"de calendario a partir del primer día de atención. Sus 90 días terminan el {es_date(ep_end)}, así que "
           f"todos los días de las facturas, del {es_date(a)} al {es_date(b)}, caen dentro de ese período.", 9.6)
    p.para(f"Pagaremos la atención a partir del {es_date(plus(ep_end, 1))}, hasta el máximo diario de US$ 150.00, "
           "cuando la agencia nos envíe esas facturas. No tiene que presentar una reclamación nueva.", 9.6)
    p.para("**Si no está de acuerdo.** Usted o su representante puede pedir una revisión por escrito dentro de 60 "
           f"días a partir de la fecha de esta carta. Escriba a Claim Review Unit, {INS}, {INS_ADDR}. Para ayuda en "
           f"español, llame al {INS_PHONE}.", 9.6)
    p.signoff(["Atentamente,", examiner, f"Unidad de Reclamaciones, {INS}"], 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pn, member_name=ins, cases=[cno],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=agency,
              appeal_deadline=iso(plus(ld, 60)), lang="es", alternates={"insurer": INS_ALT},
              denial_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_late_proof(rng):
    ins, biller, examiner = people(rng, 3, 1, "MFF")
    pn = pol(rng)
    cno = claim_no(rng)
    agency = "Blue Ridge Companion Care, Inc."
    a, b = dt.date(2026, 1, 5), dt.date(2026, 1, 30)
    billed = 2520.00
    due = plus(dt.date(2026, 1, 31), 90)
    recv = dt.date(2026, 5, 11)
    ld = dt.date(2026, 5, 26)
    prov_id = f"FWP-{digits(rng, 5)}"
    lic = f"HC-{digits(rng, 5)}"
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"FW-PN-TF   {cno}")
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p)
    p.f(12, "B")
    p.cell(0, 6, "Provider Notice - invoice not payable", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.ticket([("notice date", upper(ld)), ("claim", cno), ("insured", first_last(ins)), ("policy", pn),
              ("provider id", prov_id)], size=8.4)
    p.address([agency, f"Attn: {biller}, Billing Office", "2207 Beaucatcher Loop", "Asheville, NC 28805"], 9.4)
    p.para(f"Re: {ins}, invoice for care from {long(a)} through {long(b)}, charged {usd(billed)}", 9.2)
    p.para(f"Dear {first_last(biller)}:", 9.6)
    p.para(f"Your agency holds an assignment of benefits from {first_last(ins)}, so we are writing to you about his "
           "January invoice. His policy requires written proof of loss within 90 days after the end of each month in "
           "which care is given. If it was not reasonably possible to send it within that time, the policy lets us "
           "accept it later, as long as it is sent as soon as reasonably possible.", 9.2)
    W = p.W
    p.grid(["", "Date"], [["Last day of the month of care", long(dt.date(2026, 1, 31))],
                          ["90 days later: proof of loss due by", long(due)],
                          ["Your invoice reached us", long(recv)],
                          ("bold", ["Days after the limit", str((recv - due).days)])],
           [W - 70, 70], ["L", "L"], size=8.8, row_h=5.6)
    p.para("**The invoice reached us after the time limit, and nothing sent with it explains why it could not have "
           "been sent sooner, so this invoice is not payable.** Under your agreement with us, your agency may not "
           "bill the insured or his family for these days.", 9.2)
    p.para("If something kept the agency or the family from sending the invoice on time (for example, the insured "
           "was in the hospital and no one had his papers), send us a short statement saying what happened. We will "
           "then look at the invoice again.", 9.2)
    p.para(f"Your agency's state home care license ({lic}) and provider ID are on file with us. To ask for a review of "
           f"this decision, write within 60 days of the date of this notice to Fellwright Claim Services, {TPA_ADDR}, "
           f"or fax {TPA_FAX}.", 9.2)
    p.signoff(["Sincerely,", examiner, f"Provider Claims, Fellwright Claim Services, for {INS}"], 9.2)
    t = truth("denial_letter", "timely_filing", insurer=TPA, member_id=pn, member_name=ins, cases=[cno],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=agency,
              appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": ON_TPA})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(1)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_household_statement_wife_transport_line_x4_page_two", "born_digital",
                  [born_household_statement(rng)])]
    docs = stdfax_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_assisted_living_approved_then_respite_days_upside_down",
                      "fax_standard_g4", docs, separators=["cover", None], turns={(1, 1): 180}))
    items += [
        Item(F + "faxstd_memory_care_papers_missing_claim_closed", "fax_standard_g4", [stdfax_records_missing(rng)]),
        Item(F + "scan_adl_one_of_six_margin_captions_two_pages", "scan_clean_300", [scan_adl_decision(rng)]),
        Item(F + "photocopy_facility_only_policy_home_care_invoice", "photocopy", [photocopy_facility_only(rng)]),
        Item(F + "phone_es_periodo_de_eliminacion_cuidado_en_casa", "phone_photo", [phone_es_elimination(rng)]),
        Item(F + "lowres_agency_notice_january_invoice_after_proof_of_loss_limit", "scan_lowres_150",
             [lowres_late_proof(rng)]),
    ]
    return items
