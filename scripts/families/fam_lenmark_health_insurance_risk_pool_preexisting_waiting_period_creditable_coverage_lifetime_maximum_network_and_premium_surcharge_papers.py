"""A state high-risk health insurance pool of the kind some 35 states ran by statute before 2014, mirrored (structure
and plain wording style only) from the papers such pools sent their members (as the states' comprehensive health
insurance associations and risk pools described themselves: a nonprofit pool created by state law for residents
whom insurers refused or offered coverage only with an exclusion or a higher rate, run by a board that hires a
plan administrator; a waiting period for conditions treated or advised in the months before coverage began, reduced
month for month by earlier creditable coverage that ended no more than 63 days before the application and waived
for "federally eligible" people under HIPAA; a lifetime maximum; premiums set at a multiple of the standard risk
rate, with surcharges and a low-income discount; precertification of hospital stays; a network; review by the
administrator, then by the pool's board, then an external review by the state insurance department). The state
(the State of Lenmark, postal code LN), the Lenmark Health Insurance Risk Pool, its administrator Ullswick Plan
Services, Inc., its network, plan codes, codes, every rate, limit, form number, provider, person, number and address
are invented (phones 555); CPT and HCPCS codes appear as themselves. Policy numbers are "LH" + nine digits, a
covered spouse or child carrying the policyholder's number with a suffix ("-01", "-02"); claim numbers are year,
day of year and five digits ("2026-049-40382").

Documents (8 in 7 files):
- born_digital_eob_logo_beside_title_glance_panel_spouse_suffix_table_cut_across_pages: a two-page EOB whose
  letterhead sets the logo word beside the title ("LENMARK  EXPLANATION OF BENEFITS"), a "Your plan at a glance"
  panel beside the claims ledger, four claims for the policyholder and his wife ("-01"), the wife's pulmonary
  claim refused under PX (pre-existing condition waiting period), its lines cut across the page break, the code
  told only in the legend on page 2.
- faxfine_stack_dear_cover_board_appeal_experimental_sideways_then_clinic_statement: a clinic advocate's fax cover
  that reads like a letter ("Dear Mr. Youngblood,"), the Pool's board appeals committee decision upholding the
  refusal of bone marrow aspirate injections as investigational (page 2 fed sideways; only external review left),
  and the clinic's statement (denies nothing).
- lowres_es_split_brand_no_precertification_stay: a Spanish notice under a brand split over two lines refusing a
  planned hospital stay nobody precertified.
- photocopy_lifetime_maximum_gauge_two_columns_home_infusion: a notice that the $1,500,000 lifetime maximum was
  reached during a home infusion course (part paid), a drawn gauge, two-column prose, a printed deadline.
- phone_federally_eligible_status_refused_break_over_63_days: a letter with section heads in a left column refusing
  federally eligible status (earlier coverage ended 73 days before the application) and a timeline strip.
- rotated_premium_statement_surcharges_id_card: a premium statement (150% of the standard risk rate, a tobacco
  surcharge, a low-income discount) with an ID card copy and a return coupon (denies nothing).
- scanclean_network_select_son_suffix_mri_outside_network: a letter refusing a son's ("-02") MRI at an imaging
  center outside the network of the network-only plan, an ID card copy listing the family, captions under values.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famla import (LASheet, apos, day_long, digits, dmy0, dmy_abbr, dtg, es_date, iso, letter_cover, long,
                               n2, plus, slash, upper, usd, usd_tail, wday_long, ymd_dots, ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("lenmark_health_insurance_risk_pool_preexisting_waiting_period_creditable_coverage_lifetime_maximum_network_"
          "and_premium_surcharge_papers")
LANG = "en"
SEED = 355010
POOL = "Lenmark Health Insurance Risk Pool"
ADMIN = "Ullswick Plan Services, Inc."
ALT = [POOL, "Lenmark Health Insurance Risk Pool (LHIRP)", "LHIRP", "Lenmark Risk Pool", ADMIN,
       "Ullswick Plan Services"]
PO = "P.O. Box 7720, Quarrendon, LN 58301-7720"
GROUP = "LHP-2210"


def pol(rng) -> str:
    return "LH" + digits(rng, 9)


def grp(p: str) -> str:
    """LH 418 207 635"""
    return f"{p[:2]} {p[2:5]} {p[5:8]} {p[8:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"2026-{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def tel(rng, area="605") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def free(rng, lead="888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, wife = "Lorcan J. Tewksbury", "Maribel R. Tewksbury"
    p_no = pol(rng)
    sd = dt.date(2026, 3, 19)
    addr = ["LORCAN J TEWKSBURY", "2216 Sorrel Bank Rd", "Ashby Vale, LN 58344-2216"]
    PULM = "Tollbridge Pulmonary Associates"
    DRP = "Dr. Ines Vantongeren"
    d1, d2a, d2b, d3, d4a, d4b = (dt.date(2026, 2, 9), dt.date(2026, 2, 17), dt.date(2026, 2, 24), dt.date(2026, 3, 2),
                                  dt.date(2026, 3, 5), dt.date(2026, 3, 6))
    c1, c2, c3, c4 = claim_no(rng, plus(d1, 4)), claim_no(rng, plus(d2b, 3)), claim_no(rng, plus(d3, 5)), \
        claim_no(rng, plus(d4b, 4))
    # lines: (date, code, service, billed, allowed, not covered, deductible/coins you owe, pool paid, code)
    L1 = [(d1, "99213", "Office visit, established", 186.00, 121.40, 0.00, 24.28, 97.12, "A1")]
    L2 = [(d2a, "99204", "Office visit, new patient", 318.00, 0.00, 318.00, 0.00, 0.00, "PX"),
          (d2a, "94010", "Spirometry", 142.00, 0.00, 142.00, 0.00, 0.00, "PX"),
          (d2b, "94729", "Diffusing capacity", 167.50, 0.00, 167.50, 0.00, 0.00, "PX")]
    L3 = [(d3, "80053", "Comprehensive metabolic panel", 64.00, 18.22, 0.00, 18.22, 0.00, "A4"),
          (d3, "85025", "Complete blood count", 38.00, 9.61, 0.00, 9.61, 0.00, "A4")]
    L4 = [(d4a, "97161", "PT evaluation, low complexity", 215.00, 101.35, 0.00, 20.27, 81.08, "A1"),
          (d4b, "97110", "Therapeutic exercise, 2 units", 124.00, 62.80, 0.00, 12.56, 50.24, "A1")]
    W = 187.9
    side_w = 44
    widths = [16.6, 11, 36.4, 15, 15, 15, 15, 13, 6.9]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    head = ["Date", "Code", "Service", "Billed", "Allowed", "Not covered", "You owe", "Pool paid", ""]

    def rows_of(lines):
        return [[slash(d), c, s, n2(b), n2(a), n2(nc), n2(yo), n2(pp), k] for d, c, s, b, a, nc, yo, pp, k in lines]

    def tot(lines):
        return [round(sum(x[i] for x in lines), 2) for i in (3, 4, 5, 6, 7)]

    def tot_row(lines, label="Claim total"):
        t = tot(lines)
        return ["", "", label] + [n2(v) for v in t] + [""]

    p = LASheet(footer="Page {n} of {nb}", footer_left="Form LHP-EOB-2 (rev. 10/2025)",
                foot_ids=f"{addr[0]}  \u00b7  Policy {grp(p_no)}  \u00b7  Statement {slash(sd)}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.logo_title("LENMARK", "Explanation of Benefits",
                 [f"{POOL}  \u00b7  {PO}",
                  f"Claims for the Pool are administered by {ADMIN}"],
                 ["Member services 1-888-555-0163", "TTY 711", f"Claims fax {tel(rng)}", "Mon-Fri 8 a.m. - 6 p.m."])
    y0 = p.get_y()
    p.set_xy(p.l_margin + 4, y0)
    for ln in addr:
        p.f(9.6)
        p.cell(90, 4.8, ln, new_x="LEFT", new_y="NEXT")
    y1 = p.get_y()
    ky = p.kv_box([("Statement date", long(sd)), ("Policyholder", sub), ("Policy no.", grp(p_no)),
                   ("Plan", "LRP-1500S  Standard 1500"), ("Group", GROUP)],
                  p.w - p.r_margin - 90, y0, 90, cap_w=30, size=8.4)
    p.set_xy(p.l_margin, max(y1, ky) + 3)
    p.f(9.6, "B")
    p.cell(0, 5, "THIS IS NOT A BILL.  Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    p.para("This statement shows the claims we finished for you and your covered family members since your last "
           "statement. Each line shows what the provider billed, what the Pool allows, what you may owe and what "
           "the Pool paid. A code is printed on every line; the codes are explained on the last page.", 8.4)
    allL = L1 + L2 + L3 + L4
    ta = tot(allL)
    p.tiles([("Providers billed", usd(ta[0])), ("Pool allowed", usd(ta[1])), ("Pool paid", usd(ta[4])),
             ("You may owe", usd(round(ta[2] + ta[3], 2)))], size=12, h=13)
    yt = p.get_y() + 1
    yg = p.glance(p.l_margin + W - side_w, yt, side_w, "Your plan at a glance", [
        ("Covered on this policy", f"{sub}\n{grp(p_no)}\n{wife}\n{p_no}-01"),
        ("Coverage began", long(dt.date(2026, 1, 1))),
        ("Waiting period for conditions treated before coverage (Maribel)", "ends " + long(dt.date(2026, 6, 30))),
        ("Waiting period (Lorcan)", "none - earlier coverage credited"),
        ("Lifetime maximum", "$1,500,000.00"),
        ("Paid toward it so far", "$38,214.70"),
        ("2026 deductible met", "$1,146.80 of $1,500.00"),
        ("Monthly premium", "$1,026.00")], size=7.4, bar=(38214.70, 1500000.0),
        foot="Premiums are set at 150% of the standard risk rate. Questions: 1-888-555-0163.")
    p.set_xy(p.l_margin, yt)
    lw = sum(widths)
    rows, bold, shade = [], set(), set()

    def band(txt):
        shade.add(len(rows))
        bold.add(len(rows))
        rows.append([txt] + [""] * 8)

    band(f"{sub.upper()}   Claim {c1}")
    rows.append(["", "", "Quarrendon Family Practice", "", "", "", "", "", ""])
    rows.extend(rows_of(L1))
    bold.add(len(rows))
    rows.append(tot_row(L1))
    band(f"{wife.upper()}   ID {p_no}-01   Claim {c2}")
    rows.append(["", "", f"{PULM} (rendering: {DRP})", "", "", "", "", "", ""])
    rows.extend(rows_of(L2[:2]))
    p.ledger_rules(head, rows, widths, aligns, size=7.2, row_h=5.2, bold=bold, shade=shade, x=p.l_margin)
    p.f(6.8)
    p.set_x(p.l_margin)
    p.cell(lw, 3.4, "Claims continue on the next page.", align="R", new_x="LMARGIN", new_y="NEXT")
    yb = max(p.get_y() + 6, yg + 4)
    p.set_xy(p.l_margin, yb)
    p.framed("A message from the Pool: starting July 1, 2026 you can pay your premium by automatic bank draft. "
             "Members who sign up before June 15, 2026 receive a $15.00 credit on their next statement. Call "
             "1-888-555-0149 or use the enclosed form LHP-ACH-1.", size=8.2)
    # page 2: the table goes on without its heads
    p.add_page()
    p.f(8.8, "B")
    p.cell(0, 5, "Your claims, continued", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows, bold, shade = [], set(), set()
    rows.extend(rows_of(L2[2:]))
    bold.add(len(rows))
    rows.append(tot_row(L2))
    band(f"{wife.upper()}   ID {p_no}-01   Claim {c3}")
    rows.append(["", "", "Ashby Vale Clinical Laboratory", "", "", "", "", "", ""])
    rows.extend(rows_of(L3))
    bold.add(len(rows))
    rows.append(tot_row(L3))
    band(f"{sub.upper()}   Claim {c4}")
    rows.append(["", "", "Merrow Falls Physical Therapy", "", "", "", "", "", ""])
    rows.extend(rows_of(L4))
    bold.add(len(rows))
    rows.append(tot_row(L4))
    bold.add(len(rows))
    rows.append(tot_row(allL, "Totals, this statement"))
    widths2 = [w * W / lw for w in widths]
    p.ledger_rules(head, rows, widths2, aligns, size=7.2, row_h=4.6, bold=bold, shade=shade, heads=False)
    p.ln(2)
    p.glossary("What the codes mean", [
        ("A1", "Paid at the network rate after your deductible and 20% coinsurance."),
        ("A4", "The allowed amount went toward your 2026 deductible. The Pool paid nothing on this line."),
        ("PX", "The patient's coverage is still in the waiting period for conditions that were diagnosed or treated, "
               "or for which care or advice was recommended, in the 6 months before coverage began. These services "
               "are for such a condition, so the Pool cannot pay them until the waiting period ends (see 'Your "
               "plan at a glance'). If the patient had earlier coverage that we have not counted, send us the "
               "certificate of creditable coverage."),
        ("LM", "The lifetime maximum has been reached."),
        ("NP", "The stay or surgery was not precertified with Ullswick Care Management."),
        ("ON", "The provider is outside the network and the plan pays only network providers.")], size=7.4)
    p.para("Example (not one of your claims): if a network doctor bills $200.00 and the network rate is $130.00, the "
           "$70.00 difference is not yours to pay.", 7.8)
    p.f(9.2, "B")
    p.cell(0, 5, "If you disagree with what we did", new_x="LMARGIN", new_y="NEXT")
    p.para("You, or someone you name in writing, may ask Ullswick to review any line of this statement. Write "
           f"to {ADMIN}, Appeals Unit, {PO}, or fax {tel(rng)}, within 180 days of the date of this statement. "
           "Tell us the claim number and why you disagree, and send any records you want us to read. If we keep "
           "our decision you may then ask the Pool's Board Appeals Committee, and after that the Lenmark Department "
           "of Insurance for an external review within 4 months after the Committee's decision.", 8.4)
    p.para(f"Printed {ymd_dots(sd)}  \u00b7  batch {dtg(sd)}-{digits(rng, 4)}", 6.8)
    total2 = tot(L2)[0]
    t = truth("eob", "not_covered", insurer=POOL, plan_id="LRP-1500S", group=GROUP, member_id=f"{p_no}-01",
              member_name=wife, cases=[c2], claim_amount=m2(total2), service_dates=[iso(d2a), iso(d2b)],
              denial_date=iso(sd), provider=PULM, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ALT, "member_id": [p_no], "provider": [DRP, "Ines Vantongeren"],
                          "service_dates": [[f"{iso(d2a)}/{iso(d2b)}"], [iso(d2a)]]},
              denial_alternates=["eligibility", "other"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    mem = "Garrick D. Youngblood"
    p_no = pol(rng)
    CL = "Ashby Vale Orthopaedic & Regenerative Clinic"
    DR = "Dr. Ansel Cragholt"
    inj = dt.date(2026, 1, 28)
    first = dt.date(2026, 2, 20)
    got = dt.date(2026, 3, 9)
    met = dt.date(2026, 4, 16)
    dd = dt.date(2026, 4, 22)
    stmt = dt.date(2026, 4, 24)
    sent = dt.date(2026, 4, 29)
    cn = claim_no(rng, plus(inj, 6))
    apl = f"APL-26-{digits(rng, 4)}"
    acct = f"AV-{digits(rng, 6)}"
    lines = [(inj, "38232", "Bone marrow aspiration for concentrate", 1450.00),
             (inj, "0232T", "Injection, platelet/marrow concentrate", 1180.00),
             (inj, "20611", "Arthrocentesis, major joint, with ultrasound, left knee", 395.00),
             (inj, "20611", "Arthrocentesis, major joint, with ultrasound, right knee", 395.00),
             (inj, "S9999", "Marrow concentrate processing kit", 3430.00)]
    total = round(sum(x[3] for x in lines), 2)
    addr = ["Garrick D. Youngblood", "47 Kiln Meadow Ct", "Merrow Falls, LN 58367"]
    cover = letter_cover(
        CL, ["Patient Financial Advocacy", "1180 Orchard Terrace, Suite 300", "Ashby Vale, LN 58344",
             f"Phone {tel(rng)}"],
        mem, tel(rng, "605"), "Sunniva Pell, patient advocate", tel(rng), tel(rng), slash(sent), 4,
        "Dear Mr. Youngblood,",
        ["Thank you for calling our office on Monday. As you asked, I am faxing you the two papers we talked about: "
         "the Pool's letter on your appeal about the knee injections you had with Dr. Cragholt in January, and "
         "your latest statement from our clinic.",
         "Please read the Pool's letter carefully. It explains one more step you can take outside the Pool. While "
         "you decide, we have put your account on hold for 60 days, so you do not need to pay anything on it "
         "during that time. If the outside review goes your way, we will bill the Pool again for you.",
         "If anything on these pages is hard to read, call me and I will mail you a clean copy."],
        ["Warm regards,", "Sunniva Pell", "Patient Advocate, Patient Financial Advocacy"],
        re=f"Re: your account {acct} and your appeal with the Lenmark Health Insurance Risk Pool")
    # --- the board appeals committee decision (2 pages) ---
    p = LASheet(footer="Page {n} of {nb}", run_hdr=f"{mem}  \u00b7  Appeal {apl}  \u00b7  {long(dd)}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.spaced_head(POOL, "Board Appeals Committee  \u00b7  a nonprofit pool created by the Lenmark Insurance Code",
                  [PO, "Appeals line 1-888-555-0178", f"Fax {tel(rng)}", "TTY 711"],
                  admin=f"The Pool's claims are administered by {ADMIN}. This decision is the Board's own.")
    p.set_xy(p.l_margin, p.get_y())
    for ln in addr:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(long(dd), "decision date", W * 0.25), (apl, "appeal no.", W * 0.22), (grp(p_no), "policy no.",
                  W * 0.27), ("LRP-5000S", "plan", W * 0.26)], size=9.0)
    p.over_boxes([(cn, "claim no.", W * 0.3), (long(inj), "date of service", W * 0.3), (usd(total), "amount billed",
                  W * 0.2), (slash(got), "appeal received", W * 0.2)], size=9.0)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.side_heads([
        ("Our decision", "The Committee agrees with the decision Ullswick made on " + long(first) + ". "
         "The Pool will not pay for the marrow concentrate injections into both knees."),
        ("What you asked", f"You asked us to pay the claim from {CL} for the care {DR} gave you on {long(inj)}: "
                           "a bone marrow aspiration, preparation of a concentrate from it, and injections of the "
                           "concentrate into both knees for arthritis."),
        ("What we read", f"Your letter received {long(got)}; {DR}'s office notes from November 2025 to January 2026; "
                         "x-ray reports of both knees; the claim and its itemized bill; the Pool's benefit booklet, "
                         "section 7.4 (Investigational services); and a review by an orthopaedic surgeon who has no "
                         "tie to the clinic. The Committee met on " + long(met) + "."),
        ("Why", "The Pool's booklet does not cover services that are investigational: services whose safety and "
                "benefit for the condition have not been shown in published studies of good quality. The studies "
                "of marrow concentrate injections for knee arthritis are small and their results mixed. No medical "
                "society guideline recommends them. The reviewer found nothing in your records that makes your case "
                "different.\n\nThe refusal is not about your need for treatment. Your doctor may ask the Pool to "
                "pay for other treatment for your knees.")], head_w=34, size=9.2)
    p.add_page()
    p.side_heads([
        ("What you can do", "This is the Pool's final decision. You have used both levels of appeal inside the "
                            "Pool. You may ask the Lenmark Department of Insurance for an external review by an "
                            "independent review organization. Ask within 4 months after you receive this letter. "
                            "The form is enclosed; you can also get it at 1-888-555-0191. If your health is in "
                            "serious danger, ask for an expedited external review; it is decided within 72 hours."),
        ("Help", "Call the appeals line at 1-888-555-0178 (TTY 711). You may ask for free copies of everything the "
                 "Committee read.")], head_w=34, size=9.2)
    p.ln(2)
    p.two_sigs(["Harriet O. Blamire", "Chair, Board Appeals Committee"],
               ["Dr. Ewart C. Lindqvist-Mayhew", "Medical advisor to the Committee"])
    p.nondiscrim(POOL, "1-888-555-0163", size=7.0)
    p.tagline_block("1-888-555-0163")
    p.para("Form LHP-BAC-4 (rev. 01/2026)  \u00b7  External review request enclosed", 7.0)
    t1 = truth("denial_letter", "experimental", insurer=POOL, plan_id="LRP-5000S", member_id=p_no,
               member_name=mem, cases=[apl, cn], claim_amount=m2(total), service_dates=[iso(inj)],
               denial_date=iso(dd), provider=CL, appeal_deadline=None,
               alternates={"insurer": ALT, "provider": [DR, "Ansel Cragholt"], "case_numbers": [[apl], [cn]]},
               denial_alternates=["medical_necessity"])
    d1 = out(p)
    # --- the clinic's statement ---
    q = LASheet(footer=None)
    q.set_margins(18, 14, 18)
    q.add_page()
    W = q.w - q.l_margin - q.r_margin
    q.f(15, "B")
    q.cell(W * 0.6, 7, "Ashby Vale Orthopaedic", new_x="LMARGIN", new_y="NEXT")
    q.f(10)
    q.cell(W * 0.6, 5, "& Regenerative Clinic", new_x="LMARGIN", new_y="NEXT")
    q.f(7.6)
    q.cell(W * 0.6, 3.8, "1180 Orchard Terrace, Suite 300, Ashby Vale, LN 58344", new_x="LMARGIN", new_y="NEXT")
    q.cell(W * 0.6, 3.8, "Billing office " + tel(rng), new_x="LMARGIN", new_y="NEXT")
    q.cell(W * 0.6, 3.8, f"Tax ID 46-{digits(rng, 7)}  \u00b7  LN clinic license OC-{digits(rng, 5)}",
           new_x="LMARGIN", new_y="NEXT")
    q.set_xy(q.l_margin + W * 0.62, 14)
    q.f(16, "B")
    q.cell(W * 0.38, 8, "STATEMENT", align="R", new_x="LEFT", new_y="NEXT")
    q.kv_box([("Statement date", slash(stmt)), ("Account", acct), ("Balance", usd(total))],
             q.l_margin + W * 0.58, 24, W * 0.42, cap_w=28, size=8.6)
    q.set_xy(q.l_margin, 46)
    for ln in addr:
        q.line(ln, 10)
    q.ln(4)
    q.pairs([("Patient", mem), ("Provider", f"{DR}, {CL}"), ("Insurance on file", POOL),
             ("Insurance ID", grp(p_no))], label_w=38, size=9, h=4.8)
    q.ln(3)
    q.wrap_table(["Date", "Code", "Description", "Charges", "Paid / adjusted"],
                 [[slash(d), c, s, n2(a), ""] for d, c, s, a in lines] +
                 [[slash(first), "", "Insurance denied - see your plan's letter", "", "0.00"],
                  ["", "", "Total charges", n2(total), ""]],
                 [24, 18, W - 24 - 18 - 26 - 36, 26, 36], size=8.4, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    q.ln(2)
    q.set_y(q.money_box("Account summary", [("Previous balance", "0.00"), ("New charges", n2(total)),
                                            ("Insurance paid", "0.00"), ("Amount due from you", usd(total))],
                        x=q.l_margin + W - 90, w=90) + 4)
    q.para(f"Your account is on hold until {long(plus(sent, 55))} at your request. Questions about this bill? Call "
           "Patient Financial Advocacy. We accept payment plans with no interest.", 9)
    q.tear_slip("Return this part with your payment", [[("Account", acct), ("Statement date", slash(stmt))],
                                                       [("Amount due", usd(total)), ("Amount enclosed", "$")]],
                note="Make checks payable to Ashby Vale Orthopaedic & Regenerative Clinic.")
    t2 = truth("other", None, insurer=None, member_id=p_no, member_name=mem, claim_amount=m2(total),
               service_dates=[iso(inj)], denial_date=iso(stmt), provider=CL,
               alternates={"member_id": [None], "provider": [DR, "Ansel Cragholt"]}, unscored=["insurer"])
    return cover, [(d1, t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    mem = "Rosaura M. Villagómez"
    p_no = pol(rng)
    HOSP = "Quarrendon Valley Hospital"
    DR = "Dr. Teodoro Arizmendi"
    a, b = dt.date(2026, 3, 9), dt.date(2026, 3, 12)
    nd = dt.date(2026, 3, 24)
    cn = claim_no(rng, plus(b, 5))
    lines = [("0111", "Habitación y comida, 3 días", 8640.00), ("0360", "Quirófano", 6215.40),
             ("0370", "Anestesia", 2380.00), ("0250", "Farmacia", 1907.20), ("0300", "Laboratorio", 1126.00),
             ("0278", "Implantes", 3150.00)]
    total = round(sum(x[2] for x in lines), 2)
    p = LASheet(footer="Página {n} de {nb}", foot_ids=f"LHP-ES-7  \u00b7  Póliza {grp(p_no)}  \u00b7  {es_date(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.split_head("LENMARK HEALTH", "INSURANCE RISK POOL",
                 ["Fondo de Riesgo de Seguro de Salud de Lenmark", "Plan creado por ley del Estado de Lenmark"],
                 ["P.O. Box 7720", "Quarrendon, LN 58301-7720", "Servicios al miembro", "1-888-555-0163  \u00b7  TTY 711"],
                 admin=f"Administrado por {ADMIN}  \u00b7  Precertificación: Ullswick Care Management")
    p.f(12.5, "B")
    p.cell(0, 7, "Aviso sobre su reclamación", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.addr_pairs_right([mem, "318 Camino del Arroyo Seco", "Quarrendon, LN 58301"],
                       [("Fecha del aviso", es_date(nd)), ("Número de póliza", grp(p_no)),
                        ("Plan", "LRP-2500S"), ("Reclamación", cn), ("Referencia de llamada", f"RC-{digits(rng, 6)}")],
                       split=0.48, cap_w=40)
    p.para(f"Estimada Sra. {mem.split()[-1]}:", 10)
    p.para(f"Recibimos la factura de {HOSP} por su hospitalización programada para una cirugía de la vesícula. "
           "Estos son los datos de la estancia:", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.under([(es_date(a), "ingreso"), (es_date(b), "alta"), (HOSP, "hospital"), (DR, "médico que la ingresó")],
            widths=[W * 0.22, W * 0.22, W * 0.32, W * 0.24], size=9.0)
    p.wrap_table(["Código", "Servicio", "Cargos"], [[c, s, n2(v)] for c, s, v in lines] +
                 [["", "Total facturado", f"US$ {total:,.2f}"]], [22, W - 22 - 40, 40], size=8.6,
                 aligns=["L", "L", "R"], bold_last=True)
    p.para("Su plan exige que toda hospitalización programada se precertifique con Ullswick Care Management "
           "antes del ingreso. Usted, su médico o el hospital deben llamar por lo menos 5 días hábiles antes. No "
           "recibimos ninguna llamada ni solicitud para esta estancia, y el hospital no nos avisó después del "
           "ingreso. Por eso el Fondo no puede pagar esta reclamación. Si la estancia hubiera sido una emergencia, "
           "el plazo para avisar habría sido de 2 días hábiles después del ingreso.", 9.6)
    p.para("Si usted cree que sí se pidió la precertificación, o si la estancia fue de emergencia, puede pedir una "
           "revisión. Envíe su solicitud por escrito dentro de 180 días a partir de la fecha de este aviso a "
           f"{ADMIN}, Unidad de Apelaciones, {PO}. Incluya el número de reclamación y cualquier documento que "
           "quiera que leamos. Si su salud está en grave peligro, puede pedir una revisión acelerada; la decidimos "
           "en 72 horas.", 9.6)
    p.para("Ejemplo de cómo funciona la precertificación (no es su caso): un ingreso programado para el lunes debe "
           "precertificarse a más tardar el lunes anterior.", 8.2)
    p.signoff(["Atentamente,", "Unidad de Reclamaciones", f"{ADMIN}, en nombre del {POOL}"])
    t = truth("denial_letter", "prior_authorization", insurer=POOL, plan_id="LRP-2500S", member_id=p_no,
              member_name=mem, cases=[cn], claim_amount=m2(total), service_dates=[f"{iso(a)}/{iso(b)}"],
              denial_date=iso(nd), provider=HOSP, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": ALT + ["Fondo de Riesgo de Seguro de Salud de Lenmark"],
                          "provider": [DR, "Teodoro Arizmendi"], "service_dates": [[iso(a), iso(b)]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_lifetime(rng):
    mem = "Percival N. Ashdown"
    p_no = pol(rng)
    INF = "Kestrel Bend Home Infusion, LLC"
    DR = "Dr. Oriana Castellucci"
    a, b = dt.date(2026, 4, 1), dt.date(2026, 4, 14)
    nd = dt.date(2026, 5, 7)
    due = dt.date(2026, 8, 5)
    rcv = dt.date(2026, 4, 21)
    cn = claim_no(rng, rcv)
    lines = [("S9500", "Home infusion per diem, antibiotic, every 24 hours", "14", 4270.00),
             ("J0878", "Daptomycin, 1 mg", "9,800", 12642.00),
             ("99601", "Home infusion nursing visit, first 2 hours", "4", 1220.00),
             ("A4221", "Supplies for maintenance of drug infusion catheter", "2", 808.00)]
    total = round(sum(x[3] for x in lines), 2)
    left = 3212.55
    notpaid = round(total - left, 2)
    p = LASheet(footer="Page {n} of {nb}", band=f"{POOL}  \u00b7  Policy {grp(p_no)}  \u00b7  Notice of "
                f"{slash(nd)}  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.ln(2)
    p.split_head("LENMARK HEALTH", "INSURANCE RISK POOL", ["Created by the Lenmark Insurance Code, ch. 27B",
                                                           "Governed by a Board of Directors"],
                 ["P.O. Box 7720", "Quarrendon, LN 58301-7720", "Member services 1-888-555-0163", "TTY 711"],
                 admin=f"administered by {ADMIN}")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "90 Wickhams Lane", "Tollbridge, LN 58322"]:
        p.line(ln, 10)
    p.right_caps([(day_long(nd), "notice date"), (grp(p_no), "policy number"), ("LRP-1500S", "plan"),
                  (cn, "claim number")], p.w - p.r_margin - 84, y0, 84, size=8.8)
    p.set_xy(p.l_margin, y0 + 30)
    p.f(12, "B")
    p.cell(0, 6, "Notice about your benefits", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.gauge("Your lifetime maximum", 1500000.0, 1500000.0,
            [(0, "$0"), (1 / 3, "$500,000"), (2 / 3, "$1,000,000"), (1.0, "$1,500,000")],
            note="Benefits paid for you since your coverage began, counted toward the $1,500,000.00 the Pool can "
                 "pay for any one person in a lifetime.", size=7.8)
    p.wrap_table(["HCPCS / CPT", "Service", "Units", "Billed"],
                 [[c, s, u, n2(v)] for c, s, u, v in lines] + [["", "Total billed", "", usd(total)]],
                 [24, W - 24 - 18 - 30, 18, 30], size=8.4, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"Provider: {INF}  \u00b7  Ordering doctor: {DR}  \u00b7  Services from {long(a).replace(', 2026', '')} "
           f"through {long(b)}  \u00b7  Received {slash(rcv)}", 8.4)
    p.flow2([
        f"Dear {mem}:",
        f"We processed the claim from {INF} for the antibiotic you received at home through your catheter from "
        f"April 1 through April 14, 2026, after your hospital stay. The claim came to {usd(total)}.",
        f"Before this claim, the Pool had paid $1,496,787.45 in benefits for you. That left {usd(left)} of your "
        f"lifetime maximum. We paid {usd(left)} of this claim to {INF}. We cannot pay the other "
        f"{usd(notpaid)}, because the lifetime maximum has now been reached.",
        "This means the Pool cannot pay any more benefits for you, for any service, from April 14, 2026 on. Your "
        "coverage stays in force while you pay premiums, but it will not pay claims. You may want to look at other "
        "coverage now. A caseworker at member services can talk with you about coverage you may be able to get.",
        "If you think the amount we counted toward your maximum is wrong, you may ask for a review. Send your "
        f"request to {ADMIN}, Appeals Unit, {PO}, by the date in the box below. Tell us what you think is "
        "wrong and send any records that show it.",
        "Premiums you paid after the month the maximum was reached will be returned if you ask us to end your "
        "policy. An example of how the maximum counts (not your claim): if $1,000.00 of a $3,000.00 claim is left "
        "under a maximum, the Pool pays $1,000.00 and the rest is not covered."], size=8.8)
    p.framed(f"Your request for a review must reach us by {long(due)}.", size=9.4)
    p.signoff(["Sincerely,", "Claims Review", f"{ADMIN} for the {POOL}"])
    p.para(f"LHP-LTM-1 (rev. 07/2025)  \u00b7  Mailed {apos(plus(nd, 1))}", 6.8)
    t = truth("denial_letter", "not_covered", insurer=POOL, plan_id="LRP-1500S", member_id=p_no, member_name=mem,
              cases=[cn], claim_amount=m2(total), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd),
              provider=INF, appeal_deadline=iso(due),
              alternates={"insurer": ALT, "claim_amount": [m2(notpaid)], "provider": [DR, "Oriana Castellucci"],
                          "service_dates": [[iso(a), iso(b)], [iso(b)]]},
              denial_alternates=["other"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_federal(rng):
    mem = "Cordelia F. Mabey"
    p_no = pol(rng)
    end = dt.date(2026, 1, 9)
    win = plus(end, 63)
    rcv = dt.date(2026, 3, 23)
    start = dt.date(2026, 4, 1)
    wait_end = dt.date(2026, 9, 30)
    nd = dt.date(2026, 4, 2)
    app = f"AP26-{digits(rng, 5)}"
    prior = "Gannet Ridge Mutual Insurance Company"
    p = LASheet(footer="Page {n} of {nb}", foot_ids=f"Application {app}  \u00b7  {slash(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.spaced_head("Lenmark Health Insurance Risk Pool", "Eligibility and Enrollment  \u00b7  " + PO,
                  ["Enrollment 1-888-555-0152", f"Fax {tel(rng)}", "TTY 711"],
                  admin=f"Enrollment for the Pool is administered by {ADMIN}")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "6 Harebell Row, Apt 2C", "Merrow Falls, LN 58367"]:
        p.line(ln, 10)
    p.kv_box([("Date", wday_long(nd)), ("Application", app), ("Policy no.", grp(p_no)),
              ("Plan", "LRP-2500S Standard 2500")], p.w - p.r_margin - 86, y0, 86, cap_w=24, size=8.6)
    p.set_xy(p.l_margin, y0 + 27)
    p.f(11.5, "B")
    p.cell(0, 6, "Decision on your request for federally eligible status", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.side_heads([
        ("What you asked", f"On your application, received {long(rcv)}, you asked to join the Pool as a federally "
                           "eligible person. Federally eligible members join the Federally Eligible Plan, which has no "
                           "waiting period for conditions treated before coverage."),
        ("Our decision", "We cannot enroll you as federally eligible. We have enrolled you in the Standard 2500 plan "
                         f"instead, starting {long(start)}. Your first premium has been applied."),
        ("Why", f"To be federally eligible, a person must apply within 63 days after earlier creditable coverage "
                f"ends. The certificate of creditable coverage from {prior} shows that your group coverage ended "
                f"on {long(end)}. The 63 days ended on {long(win)}. We received your application 73 days after "
                "your coverage ended.\n\nBecause the break in coverage was longer than 63 days, we also cannot "
                "count your earlier months of coverage toward the waiting period. Under the Standard plan, the Pool "
                "does not pay for conditions that were diagnosed or treated, or for which care was recommended, in "
                f"the 6 months before {long(start)}, until {long(wait_end)}.")], head_w=36, size=9.2)
    p.timeline([(0.04, slash(end), "earlier coverage\nended"), (0.3, slash(win), "63 days\nended"),
                (0.44, slash(rcv), "application\nreceived"), (0.6, slash(start), "Pool coverage\nbegan"),
                (0.96, slash(wait_end), "waiting period\nends")], title="Your dates")
    p.wrap_table(["Certificate no.", "Issued by", "Months shown", "Last day covered"],
                 [[f"Cert. {digits(rng, 8)}", prior, "31", slash(end)]], [52, W - 52 - 28 - 34, 28, 34], size=8.4)
    p.side_heads([
        ("If you disagree", "If you think we counted the days wrong, or you had other coverage after "
                            f"{long(end)}, ask us to look again within 60 days of the date of this letter. Write to "
                            f"the Eligibility Unit at {PO} and send proof of the coverage. A letter from an insurer "
                            "or employer that shows the dates is enough."),
        ("Premium", "Your monthly premium for the Standard 2500 plan is $742.00. It is 150% of the standard risk "
                    "rate for your age and county.")], head_w=36, size=9.2)
    p.signoff(["Eligibility Unit", f"{ADMIN} for the {POOL}"])
    t = truth("denial_letter", "eligibility", insurer=POOL, plan_id="LRP-2500S", member_id=p_no, member_name=mem,
              cases=[app], denial_date=iso(nd), appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT, "case_numbers": [[]], "plan_id": [None]},
              denial_alternates=["other", "not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_premium(rng):
    mem = "Thaddeus L. Oakshott"
    p_no = pol(rng)
    sd = dt.date(2026, 5, 15)
    due = dt.date(2026, 6, 1)
    grace = dt.date(2026, 7, 1)
    inv = f"PR-{digits(rng, 7)}"
    std = 612.00
    rate = round(std * 1.5, 2)
    tob = round(rate * 0.10, 2)
    disc = round(-(rate + tob) * 0.25, 2)
    amt = round(rate + tob + disc, 2)
    p = LASheet(footer=None, footer_left=f"LHP-PRM-3 (rev. 11/2025)  \u00b7  {inv}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_title("LENMARK", "Premium Statement", [f"{POOL}  \u00b7  {PO}",
                                                 f"Premium billing by {ADMIN}"],
                 ["Premium questions 1-888-555-0149", "TTY 711"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "1402 Ridgeline Walk", "Quarrendon, LN 58306"]:
        p.line(ln, 10)
    yc = p.id_card(p.l_margin + W - 82, y0 + 3, 82, "LENMARK  Risk Pool", "Lenmark Health Insurance Risk Pool",
                   [("Policy no.", grp(p_no)), ("Group", GROUP), ("Plan", "LRP-1500S"), ("Network", "Cardrow PPO")],
                   [("00", mem.upper())])
    p.set_xy(p.l_margin, max(yc, p.get_y()) + 4)
    p.fact_strip([("Statement date", long(sd)), ("Statement no.", inv), ("Coverage month", "June 2026"),
                  ("Due", long(due))])
    p.wrap_table(["How your premium is figured", "Amount"],
                 [["Standard risk rate, age 58, rating area 3", f"{std:,.2f}"],
                  ["Pool rate: 150% of the standard risk rate", f"{rate:,.2f}"],
                  ["Tobacco use surcharge: 10% of the Pool rate", f"{tob:,.2f}"],
                  ["Low-income premium discount: 25% (household income under 200% of poverty)", f"{disc:,.2f}"],
                  ["Amount due for June 2026", usd(amt)]], [W - 40, 40], size=8.8, aligns=["L", "R"],
                 bold_last=True)
    p.para("State law sets the Pool's rates between 125% and 200% of the standard risk rate that insurers in "
           "Lenmark charge healthy people of the same age. The Board has set the rate at 150% for 2026. If you "
           "stopped using tobacco at least 6 months ago, send us the enclosed statement and we will remove the "
           "surcharge from the next month.", 8.8)
    p.para(f"Please pay by {long(due)}. If we have not received your premium by {long(grace)}, the end of the grace "
           "period, your coverage will end on the last day of the month you paid for, and claims for care after "
           "that day will not be paid.", 8.8)
    p.para("Example (not your bill): a member whose standard risk rate is $400.00 pays $600.00 a month before any "
           "surcharge or discount.", 7.8)
    p.tear_slip("Premium coupon - return with your payment", [[("Policy no.", grp(p_no)), ("Statement no.", inv)],
                                                              [("Amount due", usd(amt)), ("Due", slash(due))],
                                                              [("Amount enclosed", "$"), ("Check no.", "")]],
                note=f"Make checks payable to {POOL}. Mail to P.O. Box 7731, Quarrendon, LN 58301-7731.")
    t = truth("other", None, insurer=POOL, plan_id="LRP-1500S", group=GROUP, member_id=p_no, member_name=mem,
              denial_date=iso(sd),
              alternates={"insurer": ALT, "claim_amount": [m2(amt)], "case_numbers": [[inv]],
                          "service_dates": [["2026-06-01/2026-06-30"]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_network(rng):
    mom, son = "Imogen S. Threlkeld", "Rufus A. Threlkeld"
    p_no = pol(rng)
    IMG = "Westerhaven Open MRI, LLC"
    RAD = "Dr. Cassius Skelgate"
    ORD = "Dr. Lavinia Trescothick"
    sv = dt.date(2026, 3, 16)
    rcv = dt.date(2026, 3, 27)
    nd = dt.date(2026, 4, 9)
    cn = claim_no(rng, rcv)
    total = 2640.00
    p = LASheet(footer="Page {n} of {nb}",
                foot_ids=f"Policy {grp(p_no)}  \u00b7  Patient {p_no}-02  \u00b7  Claim {cn}  \u00b7  {dmy_abbr(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.spaced_head("Lenmark Health Insurance Risk Pool", f"LenmarkSelect network plans  \u00b7  {PO}",
                  ["Member services 1-888-555-0163", f"Fax {tel(rng)}", "TTY 711"],
                  admin=f"administered by {ADMIN}  \u00b7  network: Cardrow PPO")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.set_xy(p.l_margin, y0 + 2)
    for ln in ["To the parent or guardian of", son, "c/o " + mom, "77 Fallowfield Crescent", "Tollbridge, LN 58322"]:
        p.line(ln, 9.8)
    yc = p.id_card(p.l_margin + W - 84, y0 + 3, 84, "LENMARK  Risk Pool", "LenmarkSelect 1500 - network only",
                   [("Policy no.", grp(p_no)), ("Group", GROUP), ("Plan", "LRP-1500N"), ("Network", "Cardrow PPO")],
                   [("00", mom.upper()), ("02", son.upper())])
    p.set_xy(p.l_margin, max(yc, p.get_y()) + 4)
    p.f(10.6)
    p.cell(0, 5.4, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.over_boxes([(f"{p_no}-02", "patient's member number", W * 0.27), (cn, "claim", W * 0.25),
                  (long(sv), "date of service", W * 0.24), (f"{total:,.2f}", "billed (USD)", W * 0.24)], size=9.0)
    p.over_boxes([(IMG, "imaging center (not in the Cardrow PPO network)", W * 0.5),
                  (RAD, "reading radiologist, LN license RD-" + digits(rng, 5), W * 0.5)], size=9.0)
    p.ln(1)
    p.flow2([
        f"Dear Ms. {mom.split()[-1]}:",
        f"We received a claim from {IMG} for an MRI of {son}'s right knee on {long(sv)}, ordered by {ORD}. The "
        "claim reached us on " + long(rcv) + ".",
        "Rufus is covered under your LenmarkSelect 1500 plan. LenmarkSelect plans pay only for care from providers "
        "in the Cardrow PPO network, except emergency care and care the Pool approved in advance because no network "
        f"provider could give it. {IMG} is not in the network, the MRI was not an emergency, and no one asked us "
        "to approve it in advance. For these reasons the Pool will not pay this claim.",
        "Merrow Falls Imaging Center and two other network imaging centers within 15 miles of your home can do "
        "this scan. You can find them in the provider directory or by calling member services.",
        "You may ask for a review of this decision within 180 days of the date of this letter. Write to the "
        f"Appeals Unit, {ADMIN}, {PO}, and include the claim number. If Rufus's doctor believes no network "
        "provider could have done this MRI, ask the doctor to send a letter explaining why.",
        "If your plan changes to the Standard 1500 plan at renewal, care outside the network is paid at 60% of "
        "the allowed amount instead."], size=9.0)
    p.signoff(["Sincerely,", "Member Claims Services", f"{ADMIN}, for the {POOL}"])
    t = truth("denial_letter", "out_of_network", insurer=POOL, plan_id="LRP-1500N", group=GROUP,
              member_id=f"{p_no}-02", member_name=son, cases=[cn], claim_amount=m2(total),
              service_dates=[iso(sv)], denial_date=iso(nd), provider=IMG, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ALT, "member_id": [p_no], "provider": [RAD, "Cassius Skelgate"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_logo_beside_title_glance_panel_spouse_suffix_table_cut_across_pages",
                  "born_digital", [born_eob(rng)])]
    cover, docs = faxfine_stack(rng)
    items.append(Item(F + "faxfine_stack_dear_cover_board_appeal_experimental_sideways_then_clinic_statement",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [
        Item(F + "lowres_es_split_brand_no_precertification_stay", "scan_lowres_150", [lowres_es(rng)]),
        Item(F + "photocopy_lifetime_maximum_gauge_two_columns_home_infusion", "photocopy",
             [photocopy_lifetime(rng)]),
        Item(F + "phone_federally_eligible_status_refused_break_over_63_days", "phone_photo", [phone_federal(rng)]),
        Item(F + "rotated_premium_statement_surcharges_id_card", "rotated", [rotated_premium(rng)]),
        Item(F + "scanclean_network_select_son_suffix_mri_outside_network", "scan_clean_300",
             [scanclean_network(rng)]),
    ]
    return items
