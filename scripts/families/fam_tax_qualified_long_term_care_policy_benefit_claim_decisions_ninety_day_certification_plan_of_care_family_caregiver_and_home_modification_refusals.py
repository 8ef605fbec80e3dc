"""Benefit claim decisions of tax-qualified long-term care insurance policies, from two invented insurers. Papers
mirrored (structure and plain wording style only) from what long-term care insurers and their claims
administrators send on home care, adult day care, assisted living and home modification claims. The public rules
appear as themselves: a qualified long-term care insurance contract under section 7702B of the Internal Revenue
Code pays for qualified long-term care services given to a chronically ill individual under a plan of care
prescribed by a licensed health care practitioner; chronically ill means unable to do at least two of the six
activities of daily living (bathing, continence, dressing, eating, toileting, transferring) without substantial
assistance for a period expected to last at least 90 days, or needing substantial supervision because of a severe
cognitive impairment, certified by a licensed health care practitioner within the last 12 months. Everything else
is invented: Ashwell Mutual Life Insurance Company (individual policies "LT" + nine digits; its long-term care
claims administered by Ravensmere Claims Services, Inc.; letterhead in letter-spaced capitals), Orchard Meridian
Life Insurance Company (a group long-term care policy for a school district, group policy GLTC-40718, certificates
as a seven-digit number with "-01" for the employee and "-02" for the spouse; the brand split over two lines, or
a logo word beside the statement's title), every person, agency, facility, contractor, number, amount, daily
maximum, elimination period, time limit and code, phones 555. No heading names the kind of refusal.

Documents (8 in 7 files):
- born digital: Orchard Meridian's monthly benefit statement for an employee's wife (her "-02" certificate and his
  "-01" both printed, in a sidebar beside the claims table): three invoices, one home care line refused under H4
  (days in hospital), told only in the notes on page 2; "within 180 days of the date of this statement".
- fine fax stack: a care manager's fax whose message opens "Dear Mrs. ..." (no document), Ashwell's letter
  refusing home care days given before the plan of care was written (values over captions in ruled boxes), and
  Ashwell's payment notice for the days after it (denies nothing), fed sideways.
- clean scan: Ashwell's two-page benefit eligibility decision: two ADLs but expected to last only six to eight
  weeks after a hip repair, so not chronically ill; a running header on page 2; "no later than" a printed date.
- 150 dpi: Orchard Meridian's two-column letter refusing care by the insured's son-in-law (immediate family, not a
  licensed agency); captions beside values in ruled boxes; the spouse's certificate as a decoy.
- photocopy: Ashwell's letter on the 90-service-day elimination period with three month calendars (34 days
  counted); a projected date as a decoy; "by" a printed date.
- phone photo, Spanish: Orchard Meridian refusing memory care in assisted living: cognitive impairment not
  severe (MoCA 22); "dentro de 180 días a partir de la fecha de esta carta".
- rotated: Ashwell refusing a ramp and a walk-in shower built without the prior written approval the home
  modification benefit needs; contractor license and permit numbers as decoys; "within 60 days of the date of this
  letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famlb import (LBSheet, abbr, fresh, dash, digits, dlong, dmon, dmy, dots, es_date, es_dmy, first_last,
                               iso, last_first, letter_cover, long, m2, money_box, n2, nopad, ordinal, out, packed,
                               people, phone, plus, same_surname, short, slash, spaced, surname, tollfree, truth,
                               upper, usd, usd_es)

FAMILY = ("tax_qualified_long_term_care_policy_benefit_claim_decisions_ninety_day_certification_plan_of_care_"
          "family_caregiver_and_home_modification_refusals")
LANG = "en"
SEED = 355011

ASH = "Ashwell Mutual Life Insurance Company"
ASH_ALT = ["Ashwell Mutual Life Insurance", "Ashwell Mutual", "Ashwell Mutual Life"]
ADMIN = "Ravensmere Claims Services, Inc."
ASH_LINES = ["Long-Term Care Benefits", "PO Box 7720, Topeka, KS 66601"]
ORM = "Orchard Meridian Life Insurance Company"
ORM_ALT = ["Orchard Meridian Life Insurance", "Orchard Meridian", "Orchard Meridian Life"]
GROUP = "GLTC-40718"
EMPLOYER = "Calderwood Unified School District"


def ash_policy(rng) -> str:
    return "LT" + digits(rng, 9)


def ash_claim(rng) -> str:
    return f"AC-26{digits(rng, 6)}"


def cert_base(rng) -> str:
    return digits(rng, 7)


def home(rng):
    town, st, z = rng.choice([("Lawrence", "KS", "66046"), ("Emporia", "KS", "66801"), ("Salina", "KS", "67401"),
                              ("Joplin", "MO", "64801"), ("Stillwater", "OK", "74074"), ("Manhattan", "KS", "66502")])
    street = rng.choice(["Wheatfield Ct", "Prairie Smoke Ln", "Old Santa Fe Trl", "Bluestem Dr", "Cottonwood Ave",
                         "Meadowlark Pl", "Osage Orange Rd"])
    return [f"{rng.randint(104, 4980)} {street}", f"{town}, {st} {z}"]


def ash_head(p, rng):
    p.spaced_letterhead("Ashwell Mutual", "Life Insurance Company",
                        f"Long-term care claims administered by {ADMIN}  \u00b7  PO Box 7720  \u00b7  Topeka, KS 66601"
                        f"  \u00b7  {tollfree(rng, '866')}",
                        ["Long-Term Care Benefits", "PO Box 7720", "Topeka, KS 66601", f"Fax {phone(rng, '785')}"])


def orm_head(p, rng, es=False):
    p.split_letterhead("Orchard", "Meridian", "Life Insurance Company",
                       ["Group Long-Term Care" if not es else "Cuidado a Largo Plazo Colectivo",
                        "3300 Harvest Commons Pkwy", "Des Moines, IA 50309",
                        (f"Claims {tollfree(rng, '877')}" if not es else f"Reclamaciones {tollfree(rng, '877')}")])


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    """Orchard Meridian's monthly benefit statement; the refused line is the home care days in hospital (H4)."""
    wife, husb, coord, adc_nurse = people(rng, 4, 1, "FMFF")
    last = surname(husb)
    wife = same_surname(wife, last)
    base = cert_base(rng)
    c_emp, c_wife = f"{base}-01", f"{base}-02"
    sd = dt.date(2026, 4, 9)
    hosp_in, hosp_out = dt.date(2026, 3, 18), dt.date(2026, 3, 21)
    agency, adc, pers = "Birchfield Home Care Services, Inc.", "Crestmoor Adult Day Center", "BrightCall Alert, LLC"
    cl1, cl2, cl3 = (f"OM{digits(rng, 2)}-{digits(rng, 6)}" for _ in range(3))
    inv1, inv2, inv3 = f"BHC-{digits(rng, 5)}", f"CADC {digits(rng, 4)}", f"BCA{digits(rng, 6)}"
    rate, dmax = 27.00, 160.00
    lines1 = [(dt.date(2026, 3, 2), dt.date(2026, 3, 8), "A1"), (dt.date(2026, 3, 9), dt.date(2026, 3, 15), "A1"),
              (dt.date(2026, 3, 16), dt.date(2026, 3, 17), "A1"), (hosp_in, dt.date(2026, 3, 20), "H4"),
              (hosp_out, dt.date(2026, 3, 31), "A1")]
    rows, tb, tp = [], 0.0, 0.0
    rows.append(("group", f"{agency}   Claim {cl1}   Invoice {inv1}"))
    c1b = c1p = 0.0
    for a, b, code in lines1:
        days = (b - a).days + 1
        hrs = 6 * days
        bill = round(hrs * rate, 2)
        cov = 0.0 if code == "H4" else round(min(bill, days * dmax), 2)
        rows.append([f"{short(a)}-{short(b)}", "Home health aide",
                     f"{hrs} hrs", n2(bill), n2(cov), n2(cov), code])
        c1b, c1p = c1b + bill, c1p + cov
    rows.append(("bold", ["", "Claim total", "", n2(c1b), "", n2(c1p), ""]))
    adc_days = [dt.date(2026, 3, 4), dt.date(2026, 3, 11), dt.date(2026, 3, 25)]
    rows.append(("group", f"{adc}   Claim {cl2}   Invoice {inv2}"))
    c2b = 0.0
    for d in adc_days:
        rows.append([short(d), "Adult day care, full day", "1 day", "95.00", "95.00", "95.00", "A2"])
        c2b += 95.00
    rows.append(("bold", ["", "Claim total", "", n2(c2b), "", n2(c2b), ""]))
    rows.append(("group", f"{pers}   Claim {cl3}   Invoice {inv3}"))
    rows.append([f"{short(dt.date(2026, 3, 1))}-{short(dt.date(2026, 3, 31))}", "Alert system, monthly", "1 mo",
                 "42.00", "42.00", "42.00", "A3"])
    rows.append(("bold", ["", "Claim total", "", "42.00", "", "42.00", ""]))
    tb, tp = c1b + c2b + 42.00, c1p + c2b + 42.00

    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"OM-LTC-STMT-7 (01/26)   Statement {sd:%y%m}-{digits(rng, 5)}",
                running=f"{ORM}   |   Long-Term Care Benefit Statement   |   {long(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    p.logo_title("ORCHARD MERIDIAN", "LONG-TERM CARE BENEFIT STATEMENT",
                 f"{ORM}  \u00b7  Group Long-Term Care  \u00b7  3300 Harvest Commons Pkwy, Des Moines, IA 50309",
                 [f"Claims {tollfree(rng, '877')}", f"Fax {phone(rng, '515')}", "TTY 711"])
    p.f(10, "B")
    p.cell(0, 5, "This is not a bill.", new_x="LMARGIN", new_y="NEXT")
    p.f(9.2)
    p.cell(0, 4.6, f"Statement date: {long(sd)}      For invoices received March 1 - March 31, 2026",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y0 = p.get_y()
    p.address([wife, *home(rng)], 9.8)
    yb = money_box(p, "This statement", [("Invoices received", usd(tb)), ("Covered", usd(tp)),
                                         ("Paid to providers", usd(tp))], x=p.l_margin + p.W - 84, y=y0, w=84)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    p.para("We pay covered long-term care services up to your daily benefit maximum. The notes in the last "
           "column are explained on page 2. For example, if an agency charges $180.00 for a day and your daily "
           "benefit maximum is $160.00, we pay $160.00 and the agency may bill you the rest.", 8.4)
    side_w = 50
    tw = p.W - side_w - 4
    widths = [26, 33, 12, 17, 16, 16]
    widths.append(tw - sum(widths))
    yt = p.get_y()
    p.grid(["Dates of care", "Service", "Units", "Charged", "Covered", "Paid", "Note"], rows, widths,
           ["L", "L", "R", "R", "R", "R", "C"], size=7.2, row_h=4.7)
    yend = p.get_y()
    p.sidebar_box("Your coverage at a glance", [
        ("Insured", wife), ("Certificate", c_wife),
        ("Employee (certificate holder)", f"{husb}  {c_emp}"),
        ("Group policy", f"{GROUP}  {EMPLOYER}"),
        ("Daily benefit maximum, home care", usd(dmax)),
        ("Daily benefit maximum, facility", "$200.00"),
        ("Benefit pool remaining", n2(181236.40)),
        ("Elimination period", f"satisfied {slash(dt.date(2025, 12, 29))}"),
        ("Plan of care on file", f"dated {slash(dt.date(2026, 1, 6))}"),
        ("Hospital stay reported", f"{short(hosp_in)} - {short(hosp_out)}  St. Brendan's Regional"),
        f"Care coordinator: {coord}, {tollfree(rng, '877')} ext. {digits(rng, 3)}",
    ], x=p.l_margin + tw + 4, y=yt, w=side_w, size=7.3)
    p.set_xy(p.l_margin, max(yend, p.get_y()) + 2)
    p.f(8.6, "B")
    p.cell(0, 4.6, f"Statement totals:  charged {n2(tb)}   covered {n2(tp)}   paid {n2(tp)}",
           new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.heading("Notes used on this statement", 10.5, rule=True)
    for code, text in [
        ("A1", "Paid up to the daily benefit maximum for home care by a licensed home care agency."),
        ("A2", "Adult day care at a licensed adult day center, paid as charged."),
        ("A3", "Emergency response system, paid under the home safety benefit (up to $50.00 a month)."),
        ("H4", "Home care is not payable for days on which you were an inpatient in a hospital; hospital care is "
               "paid by your medical coverage. The day you leave the hospital is payable. See the Exclusions "
               "section of your certificate."),
        ("P2", "We need the invoice's daily time sheets before we can pay this line."),
    ]:
        p.f(8.6, "B")
        p.cell(12, 4.6, code)
        p.f(8.6)
        p.multi_cell(p.W - 12, 4.4, text, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.heading("If you disagree", 10.5, rule=True)
    p.para("You or someone you name in writing may ask us to review any item on this statement. Write to us within "
           "180 days of the date of this statement and tell us which invoice and why. Send it to Orchard Meridian "
           "Life Insurance Company, Group Long-Term Care Appeals, 3300 Harvest Commons Pkwy, Des Moines, IA 50309. "
           "You may send letters, records and anything else you want us to look at. We will decide within 60 days "
           "after we receive your request.", 8.8)
    p.para(f"Your group long-term care coverage is provided under group policy {GROUP} issued to the {EMPLOYER}. "
           "It is intended to be a qualified long-term care insurance contract under section 7702B of the Internal "
           "Revenue Code. Benefits we pay are generally not taxable income, up to the limits the IRS sets each "
           "year; ask a tax adviser.", 8.6)
    t = truth("eob", "not_covered", insurer=ORM, group=GROUP, member_id=c_wife, member_name=wife, cases=[cl1],
              claim_amount=m2(c1b), service_dates=[f"{iso(hosp_in)}/2026-03-20"], denial_date=iso(sd),
              provider=agency, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ORM_ALT, "claim_amount": [m2(486.00)],
                          "service_dates": [["2026-03-18", "2026-03-19", "2026-03-20"]],
                          "provider": ["Birchfield Home Care Services"]},
              denial_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_stack(rng):
    """A care manager's letter-style fax cover, Ashwell's plan-of-care refusal, Ashwell's later payment notice."""
    mom, daughter, cm, lhcp, examiner, examiner2, agency_rn = people(rng, 7, 1, "FFFMFMF")
    dlast = surname(daughter)
    mom_last = surname(mom)
    pol = ash_policy(rng)
    claim = ash_claim(rng)
    agency = "Foxglove Lane Home Care Agency"
    addr_d = home(rng)
    cert_d, poc_d = dt.date(2026, 2, 20), dt.date(2026, 3, 5)
    s1, e1 = dt.date(2026, 2, 9), dt.date(2026, 3, 4)
    s2, e2 = poc_d, dt.date(2026, 3, 31)
    rate = 174.00
    n1, n2_ = (e1 - s1).days + 1, (e2 - s2).days + 1
    b1, b2 = round(n1 * rate, 2), round(n2_ * rate, 2)
    dmax = 150.00
    paid2 = round(n2_ * dmax, 2)
    ld1, ld2 = dt.date(2026, 4, 2), dt.date(2026, 4, 20)
    recv = dt.date(2026, 3, 16)
    cover = letter_cover(
        ["Lanternwood Elder Care Advisors", "Geriatric care management  \u00b7  818 Kaw Valley Rd, Suite 3, "
         f"Lawrence, KS 66044  \u00b7  {phone(rng, '785')}"],
        [("To:", daughter), ("Fax:", phone(rng, "785")), ("From:", cm), ("Date:", nopad(plus(ld2, 3))),
         ("Pages:", "3 with this one"), ("Re:", "your mother's letters")],
        [f"Dear Mrs. {dlast},",
         "Thank you for taking my call this morning. As you asked, here are the two letters from Ashwell Mutual "
         "that came to your mother's house while you were away. I have not written on them.",
         "The first one says Ashwell will not pay the agency for the weeks before Dr. "
         f"{surname(lhcp)} wrote the plan of care. The second one came on Monday and pays for the rest of March "
         "at the daily limit. I think we should talk about the first one before the 60 days run out; I can "
         "help you write to them.",
         f"The agency's nurse, {agency_rn}, says the February time sheets are all in order if Ashwell asks for them."],
        ["Warm regards,", cm, "Care manager, Lanternwood Elder Care Advisors"],
        "This fax may contain private health information about the person named in it. If it reached you by "
        "mistake, please call us and destroy it.")

    # document 1: refusal of the days before the plan of care
    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"Claim {claim}   \u00b7   LTC-DL-04")
    p.set_margins(18, 15, 18)
    p.add_page()
    ash_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, long(ld1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([daughter, f"for {mom}", *addr_d], 9.6)
    p.cap_boxes([(mom, "Insured", 3), (spaced(pol, [2, 3, 3, 3]), "Policy number", 2.2), (claim, "Claim number", 2)],
                where="below")
    p.cap_boxes([(agency, "Care provider", 3), (f"{short(s1)} - {short(e1)}", "Dates of care in this decision", 2.2),
                 (usd(b1), "Invoiced", 2)], where="below")
    p.cap_boxes([(slash(recv), "Invoices received", 1.6), (slash(cert_d), "Practitioner's certification", 1.8),
                 (slash(poc_d), "Plan of care dated", 1.6), (usd(dmax), "Daily benefit maximum", 1.6)],
                where="below")
    p.ln(1)
    p.para(f"Dear Mrs. {dlast}:", 9.6)
    p.para(f"Thank you for sending the {agency} invoices for your mother's care. You are her agent under the "
           "power of attorney we have on file, so we are writing to you.", 9.6)
    p.para(f"Your mother's policy pays for qualified long-term care services only when they are provided under a "
           "plan of care written by a licensed health care practitioner. The plan of care we received is signed by "
           f"Dr. {lhcp} and dated {long(poc_d)}. The invoices for care from {long(s1)} through {long(e1)} are for "
           f"days before there was a plan of care, so we cannot pay them. Dr. {surname(lhcp)}'s certification of "
           f"{long(cert_d)} shows that your mother is chronically ill; that part of the claim is approved, and the "
           f"invoices for {long(poc_d)} and later are being handled separately.", 9.6)
    p.para("If Dr. " + surname(lhcp) + " had a plan of care in place earlier and it was simply not sent, please "
           "send us a copy that shows the date it was written; we will look at the claim again.", 9.6)
    p.heading("Your right to a review", 10.5, rule=True)
    p.para("You may ask for a review of this decision within 60 days of the date of this letter. Write to Ashwell "
           "Mutual Life Insurance Company, Long-Term Care Appeals, PO Box 7720, Topeka, KS 66601, or fax it to us. "
           "Tell us why you disagree and send any papers that help. Someone who did not make this decision will "
           "review it and we will answer in writing within 30 days.", 9.2)
    p.signoff(["Sincerely,", examiner, f"Claims Examiner, for {ASH}"], 9.4)
    d1 = (out(p), truth("denial_letter", "other", insurer=ASH, member_id=pol, member_name=mom, cases=[claim],
                        claim_amount=m2(b1), service_dates=[f"{iso(s1)}/{iso(e1)}"], denial_date=iso(ld1),
                        provider=agency, appeal_deadline=iso(plus(ld1, 60)),
                        alternates={"insurer": ASH_ALT}, denial_alternates=["not_covered"]))

    # document 2: payment notice (denies nothing), fed sideways
    q = LBSheet(footer=None)
    q.set_margins(18, 15, 18)
    q.add_page()
    ash_head(q, rng)
    q.f(15, "B")
    q.cell(0, 8, "Benefit Payment Notice", new_x="LMARGIN", new_y="NEXT")
    q.f(9.4)
    q.cell(0, 5, f"Date of notice: {abbr(ld2)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.address([daughter, f"for {mom}", *addr_d], 9.4)
    q.cap_boxes([(mom, "Insured", 3), (pol, "Policy", 2), (claim, "Claim", 2)], where="beside")
    q.para(f"We have paid the invoices below for {first_last(mom)}'s home care. The payment went to {agency} "
           "because your mother assigned her benefits to the agency.", 9.4)
    q.grid(["Invoice", "Dates of care", "Days", "Charged", "Daily maximum", "Paid"],
           [[f"FLH-{digits(rng, 4)}", f"{slash(s2)} - {slash(dt.date(2026, 3, 15))}", "11", n2(11 * rate), usd(dmax),
             n2(11 * dmax)],
            [f"FLH-{digits(rng, 4)}", f"{slash(dt.date(2026, 3, 16))} - {slash(e2)}", str(n2_ - 11),
             n2((n2_ - 11) * rate), usd(dmax), n2((n2_ - 11) * dmax)],
            ("bold", ["Total", "", str(n2_), n2(b2), "", n2(paid2)])],
           [30, 56, 14, 24, 26, 30], ["L", "L", "R", "R", "R", "R"], size=8.6, row_h=5.6)
    q.pairs([("Check number", f"{digits(rng, 8)}"), ("Paid on", dash(plus(ld2, -1))),
             ("Benefit pool used to date", usd(paid2)), ("Benefit pool remaining", usd(219000.00 - paid2))],
            label_w=58, size=9)
    q.ln(2)
    q.para("Your policy pays up to the daily benefit maximum for each day of care. The agency charged more than "
           "that amount; the difference is between you and the agency. Please keep sending the agency's invoices "
           "and daily time sheets each month.", 9.2)
    q.para(f"Questions? Call {examiner2} at {tollfree(rng, '866')}, Monday to Friday.", 9.2)
    q.signoff(["Ashwell Mutual Life Insurance Company", "Long-Term Care Benefits"], 9.2)
    d2 = (out(q), truth("other", None, insurer=ASH, member_id=pol, member_name=mom, cases=[claim],
                        claim_amount=m2(b2), service_dates=[f"{iso(s2)}/{iso(e2)}"], denial_date=iso(ld2),
                        provider=agency,
                        alternates={"insurer": ASH_ALT, "claim_amount": [None, m2(paid2)], "service_dates": [[]]}))
    return cover, [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def scan_ninety_day(rng):
    """Ashwell's benefit eligibility decision: two ADLs, but not expected to last 90 days."""
    ins, rn, surgeon, pt, examiner, med_dir = people(rng, 6, 1, "MFMFFM")
    pol, claim = ash_policy(rng), ash_claim(rng)
    agency = "Larchview Home Health Aides, LLC"
    fx, disch = dt.date(2026, 2, 14), dt.date(2026, 3, 13)
    s, e = dt.date(2026, 3, 16), dt.date(2026, 4, 12)
    days = (e - s).days + 1
    billed = round(days * 162.00, 2)
    cert, assess, recv = dt.date(2026, 3, 20), dt.date(2026, 4, 3), dt.date(2026, 3, 27)
    ld = dt.date(2026, 4, 24)
    dl = dt.date(2026, 6, 23)
    p = LBSheet(footer="Page {n} of {nb}", footer_left="LTC-BED-2 (Rev. 09/25)",
                running=f"{ins}    {pol}    {claim}    {dmy(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ash_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ins, *home(rng)], 9.6)
    p.cap_boxes([(pol, "policy", 2), (claim, "claim", 2), (slash(recv), "claim received", 2)], where="beside")
    p.cap_boxes([(agency, "provider", 3.3), (f"{slash(s)} to {slash(e)}", "care claimed", 2.7)], where="beside")
    p.cap_boxes([(n2(billed), "invoices total", 2), ("$210.00", "daily benefit", 2),
                 ("90 days", "elimination period", 2)], where="beside")
    p.heading("Benefit eligibility decision", 12)
    p.para(f"Dear Mr. {surname(ins)}:", 9.6)
    p.para(f"We have finished reviewing your claim for home care benefits from {agency}. We are sorry to tell you "
           "that you do not meet the policy's benefit eligibility rules at this time, so we cannot pay the "
           "invoices for the care listed above.", 9.4)
    p.para(f"Our nurse, {rn}, RN, visited you at home on {long(assess)}. She found that you need hands-on help "
           "from another person to bathe and to dress your lower body, and that you do the other four activities on "
           "your own or with a walker. Her findings are in the table below.", 9.4)
    side_w = 54
    tw = p.W - side_w - 4
    yt = p.get_y()
    p.grid(["Activity of daily living", "What the nurse saw", "Help needed"],
           [["Bathing", "Cannot step over tub wall; aide washes legs, back", "Hands-on"],
            ["Dressing", "Aide puts on socks, shoes, pants", "Hands-on"],
            ["Transferring", "Bed and chair with walker, no help", "None"],
            ["Toileting", "Raised seat, grab bar, no help", "None"],
            ["Continence", "Full control", "None"],
            ["Eating", "Feeds self", "None"]],
           [30, tw - 30 - 22, 22], ["L", "L", "L"], size=7.8, row_h=5.2)
    yend = p.get_y()
    p.sidebar_box("The rule in your policy", [
        "To be chronically ill you must be expected to need substantial help with at least 2 of the 6 activities "
        "for at least 90 days, or need substantial supervision because of a severe cognitive impairment.",
        ("Activities needing help", "2 of 6"),
        ("Expected length (certification)", "6 to 8 weeks"),
        ("Needed", "at least 90 days"),
    ], x=p.l_margin + tw + 4, y=yt, w=side_w, size=7.4)
    p.set_xy(p.l_margin, max(yend, p.get_y()) + 2)
    p.para(f"Needing help with two activities meets the first part of the rule. The second part is how long the "
           f"need is expected to last. Dr. {surgeon}, who repaired your hip on {long(fx)}, certified on "
           f"{long(cert)} that he expects you to need help \"for about 6 to 8 weeks while the fracture heals.\" "
           f"The notes of your physical therapist, {pt}, PT, show steady progress since you came home on "
           f"{long(disch)}. Because no practitioner expects your need for help to last at least 90 days, you are not "
           "chronically ill as your policy and section 7702B of the Internal Revenue Code define it.", 9.4)
    p.add_page()
    p.heading("What this means", 11, rule=True)
    p.para("Your policy stays in force. If your health changes, or if your doctor now expects you to need help for "
           "90 days or longer, please send us a new certification and we will look at your claim again. The days of "
           "care in this decision were not counted toward your 90-day elimination period.", 9.4)
    p.heading("How to ask for a review", 11, rule=True)
    p.para("If you disagree, you or your representative may ask us to review this decision. We must receive your "
           f"request no later than {long(dl)}. Write to Ashwell Mutual Life Insurance Company, Long-Term Care "
           "Appeals, PO Box 7720, Topeka, KS 66601. Include anything you want us to consider, such as a letter from "
           "your doctor. A nurse or doctor who did not take part in this decision will review it, and we will write "
           "to you within 30 days after we receive your request.", 9.4)
    p.para("After our review you may also ask for an independent third-party review of any decision about whether "
           "you are chronically ill. That review costs you nothing, and we will follow its decision.", 9.4)
    p.para(f"You may ask for free copies of everything we used to decide your claim, including Nurse {surname(rn)}'s "
           f"assessment of {abbr(assess)} and Dr. {surname(surgeon)}'s certification.", 9.4)
    p.signoff(["Sincerely,", examiner, "Senior Benefits Specialist",
               f"Reviewed by {med_dir}, MD, Medical Director"], 9.4)
    p.f(7.4)
    p.multi_cell(p.W, 3.5, f"{ASH} is the insurer of your policy. {ADMIN} handles long-term care claims for "
                 "Ashwell Mutual and is not an insurance company.", new_x="LMARGIN", new_y="NEXT")
    return out(p), truth("denial_letter", "medical_necessity", insurer=ASH, member_id=pol, member_name=ins,
                         cases=[claim], claim_amount=m2(billed), service_dates=[f"{iso(s)}/{iso(e)}"],
                         denial_date=iso(ld), provider=agency, appeal_deadline=iso(dl),
                         alternates={"insurer": ASH_ALT, "provider": ["Larchview Home Health Aides"]},
                         denial_alternates=["other"])


# ---------------------------------------------------------------------------------------------------------------
def lowres_family_caregiver(rng):
    """Orchard Meridian's two-column letter: care by the son-in-law is not covered."""
    ins, wife, sil, examiner = people(rng, 4, 1, "MFMF")
    last = surname(ins)
    wife = same_surname(wife, last)
    base = cert_base(rng)
    c_ins, c_wife = f"{base}-01", f"{base}-02"
    claim = f"OM{digits(rng, 2)}-{digits(rng, 6)}"
    s, e = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
    billed = 30 * 5 * 26.00
    ld = dt.date(2026, 5, 19)
    recv = dt.date(2026, 5, 6)
    p = LBSheet(footer="{n}", footer_left=f"OM-GLTC-L11   {claim}")
    p.set_margins(17, 15, 17)
    p.add_page()
    orm_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, dash(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ins, *home(rng)], 9.6)
    p.cap_boxes([(ins, "insured", 2.6), (c_ins, "certificate no.", 1.8), (claim, "claim no.", 1.8)], where="beside")
    p.cap_boxes([(f"{wife}  {c_wife}", "also insured under this group", 3.2), (GROUP, "group policy", 2.2)],
                where="beside")
    p.cap_boxes([(sil, "caregiver", 2.3), (f"{nopad(s)} - {nopad(e)}", "dates on time sheets", 2.6),
                 (n2(billed), "amount claimed", 1.8)], where="beside")
    p.cap_boxes([(nopad(recv), "received", 1.5), ("150 hours", "on time sheets", 1.5),
                 ("$26.00", "hourly rate shown", 1.5)], where="beside")
    p.ln(1)
    p.f(12, "B")
    p.cell(0, 6, "About your claim for home care in April", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    sl = surname(sil)
    p.twocol([
        f"Dear Mr. {last},",
        f"We received time sheets for the care {sil} gave you at home from April 1 through April 30, 2026, with "
        "your request that we pay you back for what you paid him. We understand that Mr. " + sl + " is married to "
        "your daughter.",
        "## What we decided",
        "We cannot pay this claim. Your certificate does not cover care given by a member of your immediate family, "
        "and it covers home care only when a licensed home care agency, a licensed home health agency or a "
        "licensed or certified professional gives it.",
        "Immediate family, as your certificate uses it, means your spouse, children and their spouses, parents, "
        f"brothers and sisters. Mr. {sl} is your son-in-law. He is not employed by a licensed agency, and the time "
        "sheets show no license or certification.",
        "## Your benefit eligibility is not in question",
        "Your claim for benefits was approved in March, and you remain eligible. This letter is only about who gave "
        "the care in April.",
        "## What you can do",
        "Care from a licensed agency is covered, even when the agency employs a relative, as long as the relative "
        "is the agency's regular employee and the agency bills us. Your care coordinator can send you a list of "
        "agencies near you.",
        "If you think we have misread your certificate or the facts, you may appeal. Write to us within 180 days of "
        "the date of this letter at Orchard Meridian Life Insurance Company, Group Long-Term Care Appeals, 3300 "
        "Harvest Commons Pkwy, Des Moines, IA 50309. We will answer within 60 days.",
        "Sincerely,",
        f"{examiner}\nGroup Long-Term Care Claims\n{ORM}",
    ], size=8.8)
    p.f(7.2)
    p.multi_cell(p.W, 3.4, f"Group policy {GROUP} issued to the {EMPLOYER}. This coverage is intended to be a "
                 "qualified long-term care insurance contract under section 7702B of the Internal Revenue Code.",
                 new_x="LMARGIN", new_y="NEXT")
    return out(p), truth("denial_letter", "not_covered", insurer=ORM, group=GROUP, member_id=c_ins, member_name=ins,
                         cases=[claim], claim_amount=m2(billed), service_dates=[f"{iso(s)}/{iso(e)}"],
                         denial_date=iso(ld), provider=sil, appeal_deadline=iso(plus(ld, 180)),
                         alternates={"insurer": ORM_ALT, "provider": [None]}, denial_alternates=["other"])


# ---------------------------------------------------------------------------------------------------------------
def photocopy_elimination(rng):
    """Ashwell's elimination-period letter with three month calendars."""
    ins, examiner = people(rng, 2, 1, "FF")
    pol, claim = ash_policy(rng), ash_claim(rng)
    agency = "Wickham Court Home Care, Inc."
    s = dt.date(2026, 1, 12)
    care_days = []
    d = s
    while d <= dt.date(2026, 3, 31):
        if d.weekday() in (0, 2, 4):
            care_days.append(d)
        d = plus(d, 1)
    n = len(care_days)
    e = care_days[-1]
    billed = round(n * 168.00, 2)
    ld = dt.date(2026, 4, 14)
    dl = dt.date(2026, 7, 13)
    recv = dt.date(2026, 4, 3)
    remain = 90 - n
    proj = care_days[-1]
    k = 0
    while k < remain:
        proj = plus(proj, 1)
        if proj.weekday() in (0, 2, 4):
            k += 1
    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"{pol}  /  {claim}")
    p.set_margins(18, 14, 18)
    p.add_page()
    ash_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, f"{long(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ins, *home(rng)], 9.6)
    p.pairs([("Policy", spaced(pol, [2, 3, 3, 3])), ("Claim", claim), ("Provider", agency),
             ("Invoices received", dots(recv)), ("Care on invoices", f"{abbr(s)} through {abbr(e)}"),
             ("Total invoiced", usd(billed))], label_w=40, size=9.2, h=5)
    p.ln(2)
    p.heading("Your elimination period", 12)
    p.para(f"Dear Ms. {surname(ins)}:", 9.6)
    p.para(f"Thank you for sending the invoices for your care from {agency} Before your policy pays benefits, you "
           "must complete "
           "an elimination period of 90 service days. A service day is a day on which you receive care that the "
           "policy covers and that you pay for. The days do not have to be in a row.", 9.4)
    p.para(f"The invoices show care on {n} days between {long(s)} and {long(e)}: every Monday, Wednesday and Friday. "
           f"Each of those days counts as a service day. You need {remain} more service days before benefits "
           "begin, so we cannot pay these invoices. They are not lost: they are how you complete the elimination "
           "period.", 9.4)
    y = p.get_y() + 1
    cw = (p.W - 8) / 3
    ys = []
    for i, (yy, mm) in enumerate([(2026, 1), (2026, 2), (2026, 3)]):
        marks = {cd.day: "*x" for cd in care_days if cd.month == mm}
        ys.append(p.calendar(yy, mm, marks, p.l_margin + i * (cw + 4), y, cw))
    p.set_xy(p.l_margin, max(ys))
    p.f(7.6)
    p.multi_cell(p.W, 3.6, f"Shaded days marked x are service days counted ({n} in all). Days in the hospital or in "
                 "a nursing facility also count; you reported none.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"If the agency keeps coming three days a week, we expect you to finish the elimination period on about "
           f"{long(proj)}. Please keep sending the invoices every month. Your daily benefit is $190.00.", 9.4)
    p.heading("If you disagree", 11)
    p.para(f"Please write to us by {long(dl)} at Ashwell Mutual Life Insurance Company, Long-Term Care Appeals, PO Box "
           "7720, Topeka, KS 66601. Tell us about any other days of paid care we did not count, such as care from "
           "another agency or a stay in a facility.", 9.4)
    p.signoff(["Sincerely,", examiner, "Long-Term Care Benefits"], 9.4)
    return out(p), truth("denial_letter", "not_covered", insurer=ASH, member_id=pol, member_name=ins, cases=[claim],
                         claim_amount=m2(billed), service_dates=[f"{iso(s)}/{iso(e)}"], denial_date=iso(ld),
                         provider=agency, appeal_deadline=iso(dl),
                         alternates={"insurer": ASH_ALT, "provider": ["Wickham Court Home Care"]},
                         denial_alternates=["other"])


# ---------------------------------------------------------------------------------------------------------------
def phone_es_cognitive(rng):
    """Orchard Meridian, Spanish: memory care refused, cognitive impairment not severe."""
    esposa, esposo = people(rng, 2, 1, "FM", es=True)
    neuro, examiner = people(rng, 2, 1, "FF")
    last = surname(esposo)
    esposa = same_surname(esposa, last)
    base = cert_base(rng)
    c_esposo, c_esposa = f"{base}-01", f"{base}-02"
    claim = f"OM{digits(rng, 2)}-{digits(rng, 6)}"
    fac = "Residencia Los Nogales Assisted Living"
    s, e = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
    billed = 6850.00
    test_d = dt.date(2026, 4, 8)
    ld = dt.date(2026, 5, 12)
    p = LBSheet(footer="Página {n} de {nb}", footer_left=f"OM-GLTC-ES3  {claim}")
    p.set_margins(18, 15, 18)
    p.add_page()
    orm_head(p, rng, es=True)
    p.f(9.6)
    p.cell(0, 5, f"Des Moines, Iowa, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([f"Sra. {esposa}", f"a/c Sr. {esposo}", "612 Calle Robles", "Laredo, TX 78041"], 9.6)
    p.boxed_pairs([("Asegurada", esposa), ("Número de certificado", c_esposa),
                   ("Empleado titular", f"{esposo}  (certificado {c_esposo})"),
                   ("Póliza de grupo", f"{GROUP}  {EMPLOYER}"), ("Número de reclamación", claim),
                   ("Proveedor", fac), ("Fechas de cuidado", f"{es_date(s)} al {es_date(e)}"),
                   ("Cargos", usd_es(billed))], label_w=52, size=9)
    p.heading("Decisión sobre su reclamación de beneficios", 11.5)
    p.para(f"Estimada Sra. {last}:", 9.6)
    p.para(f"Hemos revisado su reclamación por los servicios de la unidad de memoria de {fac} durante abril de "
           "2026. Lamentamos informarle que no podemos pagarla.", 9.4)
    p.para("Su certificado paga beneficios cuando usted necesita ayuda sustancial con por lo menos 2 de las 6 "
           "actividades de la vida diaria por 90 días o más, o cuando necesita supervisión sustancial debido a un "
           "deterioro cognitivo grave.", 9.4)
    p.para(f"La Dra. {neuro} le hizo la prueba MoCA el {es_date(test_d)}. Su puntaje fue 22 de 30, que indica un "
           "deterioro cognitivo leve. Las notas de la residencia dicen que usted se viste, se baña y come sola, que "
           "sale a caminar con su esposo y que toma sus medicinas con un recordatorio. No encontramos que usted "
           "necesite supervisión sustancial para protegerse, ni ayuda con dos actividades. Por eso, usted no "
           "cumple los requisitos para recibir beneficios en este momento.", 9.4)
    p.heading("Si usted no está de acuerdo", 10.5)
    p.para("Usted o su representante puede pedir una revisión dentro de 180 días a partir de la fecha de esta "
           "carta. Escriba a Orchard Meridian Life Insurance Company, Group Long-Term Care Appeals, 3300 Harvest "
           "Commons Pkwy, Des Moines, IA 50309. Puede enviar una nueva evaluación de su médico. Le contestaremos "
           "por escrito dentro de 60 días.", 9.4)
    p.para(f"Si su salud cambia, envíenos un nuevo certificado de su médico. Para ayuda en español llame al "
           f"{tollfree(rng, '877')}.", 9.4)
    p.signoff(["Atentamente,", examiner, "Reclamaciones de Cuidado a Largo Plazo"], 9.4)
    return out(p), truth("denial_letter", "medical_necessity", insurer=ORM, group=GROUP, member_id=c_esposa,
                         member_name=esposa, cases=[claim], claim_amount=m2(billed),
                         service_dates=[f"{iso(s)}/{iso(e)}"], denial_date=iso(ld), provider=fac,
                         appeal_deadline=iso(plus(ld, 180)), lang="es",
                         alternates={"insurer": ORM_ALT, "provider": ["Residencia Los Nogales"]},
                         denial_alternates=["other"])


# ---------------------------------------------------------------------------------------------------------------
def rotated_home_mod(rng):
    """Ashwell: ramp and walk-in shower built without prior written approval."""
    ins, ot, examiner, contractor_owner = people(rng, 4, 1, "MFFM")
    pol, claim = ash_policy(rng), ash_claim(rng)
    builder = "Stonecrop Accessibility Builders"
    s, e = dt.date(2026, 5, 4), dt.date(2026, 5, 6)
    billed = 9840.00
    ot_d = dt.date(2026, 4, 17)
    recv = dt.date(2026, 5, 18)
    ld = dt.date(2026, 6, 1)
    p = LBSheet(footer="Page {n} of {nb}", footer_left=f"Ref. {claim}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ash_head(p, rng)
    p.f(9.6)
    p.cell(0, 5, f"{upper(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ins, *home(rng)], 9.6)
    p.f(9.4, "B")
    p.multi_cell(p.W, 4.8, f"RE: {ins}  |  {pol}  |  Home modification claim {claim}", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.para(f"Dear Mr. {surname(ins)}:", 9.6)
    p.para(f"We received {builder}'s invoice on {long(recv)} for building a wheelchair ramp at your front door "
           "and converting your bathtub to a walk-in shower. We cannot pay it.", 9.4)
    p.para("Your policy's Home Modification Benefit pays up to $7,500.00 for changes to your home that let you "
           "receive care there, but only when we approve the plan for the work in writing before the work begins. "
           f"We had no request from you or from {builder} before the work was done from {long(s)} to {long(e)}. "
           "Because the work was not approved first, the benefit does not apply.", 9.4)
    p.grid(["Invoice item", "Work dates", "Amount"],
           [["Aluminum modular ramp, 24 ft, with landing", f"{slash(s)}-{slash(plus(s, 1))}", "5,120.00"],
            ["Tub-to-shower conversion, grab bars, seat", f"{slash(plus(s, 1))}-{slash(e)}", "4,360.00"],
            ["City building permit fee", slash(s), "360.00"],
            ("bold", ["Total invoiced", "", n2(billed)])],
           [104, 44, p.W - 148], ["L", "L", "R"], size=8.6, row_h=5.4)
    p.f(8.2)
    p.multi_cell(p.W, 4, f"Contractor license no. KS-RC-{digits(rng, 6)}   Permit no. BP26-{digits(rng, 5)}   "
                 f"Home safety evaluation by {ot}, OTR/L, on {short(ot_d)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"{ot}'s home safety evaluation recommended both changes, and we understand why you made them. We are "
           "sorry that no one told you to call us first. If the work had been approved, the benefit would have "
           "paid up to $7,500.00, which is less than the invoice.", 9.4)
    p.heading("Your right to ask for a review", 10.5, rule=True)
    p.para("If you disagree with this decision, write to us within 60 days of the date of this letter at Ashwell "
           "Mutual Life Insurance Company, Long-Term Care Appeals, PO Box 7720, Topeka, KS 66601. If you did ask us "
           "before the work began, please send a copy of what you sent or tell us the date you called.", 9.4)
    p.signoff(["Sincerely,", examiner, "Long-Term Care Benefits"], 9.4)
    return out(p), truth("denial_letter", "prior_authorization", insurer=ASH, member_id=pol, member_name=ins,
                         cases=[claim], claim_amount=m2(billed), service_dates=[f"{iso(s)}/{iso(e)}"],
                         denial_date=iso(ld), provider=builder, appeal_deadline=iso(plus(ld, 60)),
                         alternates={"insurer": ASH_ALT, "service_dates": [[iso(e)]]})


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(1)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_statement_sidebar_spouse_cert_hospital_days_h4",
                  "born_digital", [born_statement(rng)])]
    cover, docs = fax_stack(rng)
    items.append(Item(F + "faxfine_stack_dear_cover_plan_of_care_then_payment_sideways",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(1, 0): 90}))
    items += [
        Item(F + "scan_two_adls_not_ninety_days_running_header", "scan_clean_300",
             [scan_ninety_day(rng)]),
        Item(F + "lowres_two_column_son_in_law_caregiver", "scan_lowres_150",
             [lowres_family_caregiver(rng)]),
        Item(F + "photocopy_elimination_period_calendars", "photocopy",
             [photocopy_elimination(rng)]),
        Item(F + "phone_es_unidad_de_memoria_deterioro_leve", "phone_photo", [phone_es_cognitive(rng)]),
        Item(F + "rotated_home_modification_no_prior_approval", "rotated", [rotated_home_mod(rng)]),
    ]
    return items
