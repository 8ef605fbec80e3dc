"""TRICARE For Life (TFL) papers: Medicare pays first, TRICARE second; TRICARE pays first only where Medicare pays
nothing (care outside the United States and its territories, skilled nursing days after Medicare's 100, services
Medicare does not cover). Mirrored from the program's public descriptions (structure and plain wording style only;
every sentence written here). TRICARE, TRICARE For Life, the TRICARE Overseas Program, Medicare, Medicare Part A and
Part B, DEERS, the DoD Benefits Number, the DoD ID number, DD Form 2642, the one-year claim filing limit, the
90-day reconsideration and the TRICARE formal review appear as themselves. The TFL contractor (Hartsmoor Federal
Claims Services, Inc.) and the overseas contractor (Ravelston International Health Services) are invented, as are
every sponsor, beneficiary, provider, number, address and amount; phones are 555; CPT / CDT / HCPCS codes are
themselves.

Hartsmoor's letterhead is a heavy vertical bar beside its name on two lines, the program line "TRICARE For Life
contractor" in a thin box at the right; Ravelston's is the initials "RI" in a double ring beside its name on two lines.

Documents (8 in 7 files):
- born digital: a two-page narrative Explanation of Benefits to a sponsor's wife (sponsor and patient boxes side by
  side), no table: three numbered claim paragraphs ("2. Foot care with ... on March 11, 2026 - claim ... - not
  paid"), the refused one told only by "See remark R7", explained on page 2 (routine foot care); Medicare claim
  numbers, receipt dates, deductible and catastrophic-cap amounts and an example in the boilerplate as decoys.
- standard fax: a two-page provider remittance for a cardiology practice, eight patients, monospace, column headings
  run together and not printed again on page 2, where the seventh patient's claim pays 0.00 under remark B6 (DEERS
  shows no Part B).
- photocopy: a letter refusing a widow's own claim for an opted-out psychiatrist's sessions filed more than one year
  after the care, with a copy of the claim form in numbered boxes ("1a. SPONSOR'S DoD ID NO.") and a received stamp.
- phone photo, Spanish: skilled nursing days from day 101 not approved (the care needed is custodial), lettered
  Spanish labels only, plain words (no "denied"/"denegado").
- 150 dpi: a reconsideration decision to a sponsor keeping the refusal of his wife's dental implants (not adjunctive
  dental care), sponsor and patient boxes side by side, reference numbers printed value-then-caption, two columns.
- rotated: platelet-rich plasma knee injections Medicare did not pay and TRICARE calls unproven, numbers in boxes
  with captions on folder tabs above them, a running header on page 2.
- standard fax stack: a fax cover sheet; Ravelston's payment summary for an emergency visit in Portugal (denies
  nothing); Hartsmoor's letter holding a wife's MRI claim until her employer plan's EOB arrives (other health
  insurance pays first), fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famob import (EOSheet, abbr, dash, digits, dlong, dmy, es_date, first_last, fresh, iso,
                               last_first, long, m2, mon_day, n2, nopad, out, people, plus, same_surname, short,
                               slash, surname, truth, upper, usd, ymd_slash)
from public_kit import mbi

FAMILY = ("tricare_for_life_wraparound_foot_care_part_b_lapse_late_claim_form_snf_day_101_dental_implant_prp_"
          "injection_and_other_insurance_refusals")
LANG = "en"
SEED = 355041

HFC = "Hartsmoor Federal Claims Services, Inc."
HFC_ALT = ["Hartsmoor Federal Claims Services", "Hartsmoor", "TRICARE For Life", "TRICARE",
           "Hartsmoor Federal Claims Services, TRICARE For Life contractor"]
RIH = "Ravelston International Health Services"
RIH_ALT = ["Ravelston International", "Ravelston", "TRICARE Overseas Program", "TRICARE"]
TFL_PHONE = "1-866-555-0137"
TFL_FAX = "1-866-555-0152"
TFL_BOX = [HFC, "TRICARE For Life", "P.O. Box 7416", "Sioux Falls, SD 57186-7416", f"{TFL_PHONE}  (TTY 711)"]
TFL_BOX_ES = [HFC, "TRICARE For Life", "Apartado postal 7416", "Sioux Falls, SD 57186-7416", f"{TFL_PHONE}  (TTY 711)"]
RECON = "TRICARE For Life Reconsiderations, P.O. Box 7422, Sioux Falls, SD 57186-7422"


def dbn(rng) -> str:
    """DoD Benefits Number: 11 digits."""
    return digits(rng, 11)


def dodid(rng) -> str:
    """Sponsor's DoD ID number: 10 digits."""
    return digits(rng, 10)


def g_dbn(n: str) -> str:
    return f"{n[:3]} {n[3:7]} {n[7:]}"


def tfl_claim(rng, recv: dt.date) -> str:
    """13 digits: 26, the receipt's day of the year, six digits, two digits."""
    return f"26{recv.timetuple().tm_yday:03d}{digits(rng, 6)}{digits(rng, 2)}"


def g_claim(c: str) -> str:
    return f"{c[:2]} {c[2:5]} {c[5:11]} {c[11:]}"


def mcr_icn(rng) -> str:
    return "52" + digits(rng, 11)


def head(p: EOSheet, es: bool = False):
    p.bar_letterhead("Hartsmoor", "Federal Claims Services, Inc.", "TRICARE For Life contractor",
                     TFL_BOX_ES if es else TFL_BOX)


def rav_head(p: EOSheet):
    p.monogram_letterhead("RI", "RAVELSTON INTERNATIONAL", "Health Services", [
        RIH, "TRICARE Overseas Program contractor", "Claims: P.O. Box 30418", "Norfolk, VA 23503-0418",
        "+1-757-555-0176 (collect calls accepted)"], shape="ring")


def tx_home(rng) -> list[str]:
    town = rng.choice(["Harker Heights, TX 76548", "Belton, TX 76513", "Killeen, TX 76542", "Temple, TX 76502",
                       "Copperas Cove, TX 76522", "Salado, TX 76571", "Nolanville, TX 76559"])
    street = rng.choice(["Chaparral Rd", "Stillhouse Lake Dr", "Cedar Knob Ln", "Mesquite Bend", "Old Georgetown Rd",
                         "Indian Trail Dr", "Roy Reynolds Dr", "Bunker Hill Ct", "Rancier Ave", "Comanche Gap Rd",
                         "Post Oak Trl", "Dana Peak Dr", "Sparta Rd", "Cattail Cove"])
    return [f"{rng.randint(110, 9980)} {street}", town]


# ---------------------------------------------------------------------------------------------------------------
def born_narrative_eob(rng):
    """Narrative EOB: no table, numbered claim paragraphs; claim 2 (routine foot care) refused, told by R7."""
    sponsor, wife, pcp, dpm = people(rng, 4, 1, "MFMF")
    last = surname(sponsor)
    wife = same_surname(wife, last)
    sp_id, w_dbn, w_mbi = dodid(rng), dbn(rng), mbi(rng)
    nd = dt.date(2026, 4, 14)
    d1, d3, d2 = dt.date(2026, 3, 2), dt.date(2026, 3, 5), dt.date(2026, 3, 11)
    r1, r3, r2 = dt.date(2026, 3, 20), dt.date(2026, 3, 24), dt.date(2026, 4, 6)
    c1, c3, c2 = tfl_claim(rng, r1), tfl_claim(rng, r3), tfl_claim(rng, r2)
    m1, m3, m2_ = mcr_icn(rng), mcr_icn(rng), mcr_icn(rng)
    fam, pod, lab = ("Cottonwood Bend Family Medicine", "Redbud Crossing Foot & Ankle", "Brazos Clinical Laboratory")
    ch1, ap1 = 210.00, 148.36
    mp1 = round(ap1 * 0.8, 2)
    tp1 = round(ap1 - mp1, 2)
    ch2 = 128.00 + 96.00
    ch3, ap3 = 96.00, 38.21
    p = EOSheet(footer="Page {n} of {nb}", footer_left="HFCS-TFL-NEOB  Rev. 03/2025",
                running=f"TRICARE For Life Explanation of Benefits  \u00b7  {first_last(wife)}  \u00b7  "
                        f"notice of {nopad(nd)}  \u00b7  page {{n}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    p.tab_row([("Date of this notice", [long(nd)], 1.1), ("Claims on this notice", ["3"], 0.8),
               ("Questions", [TFL_PHONE], 1.0)], size=9.4)
    p.address([wife.upper(), *[a.upper() for a in tx_home(rng)]], 9.4)
    p.f(13, "B")
    p.cell(0, 6.5, "Your TRICARE For Life Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 4.6, "THIS IS NOT A BILL. Keep it with your Medicare Summary Notice.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.name_pair(("Sponsor (retired)", [("Name", sponsor), ("DoD ID number", sp_id), ("Date of birth", "07/19/1946"),
                                       ("Service", "U.S. Army, retired")]),
                ("Patient", [("Name", wife), ("DoD Benefits No.", w_dbn), ("Date of birth", "02/03/1950"),
                             ("Medicare number", w_mbi), ("Relationship", "Spouse")]), shade_right=True)
    p.para(f"Medicare pays first for your care in the United States. After Medicare pays, it sends the claim to us and "
           f"TRICARE pays what is left of the Medicare-approved amount when the care is something TRICARE covers. "
           f"This notice tells you what happened to the three claims we received for you from {mon_day(r1)} to "
           f"{mon_day(r2)}, 2026.", 9.0)
    p.claim_paras([
        (f"1. Visit with Dr. {pcp} on {long(d1)} - claim {g_claim(c1)} - paid",
         [f"{fam} charged {usd(ch1)} for an office visit. Medicare approved {usd(ap1)} and paid {usd(mp1)} (Medicare "
          f"claim {m1}). TRICARE paid the {usd(tp1)} Medicare left as your coinsurance. See remark C1. You owe "
          f"nothing for this visit."]),
        (f"2. Foot care with {dpm}, DPM, on {long(d2)} - claim {g_claim(c2)} - not paid",
         [f"{pod} charged {usd(ch2)}: {usd(128.00)} for trimming six or more toenails (11721) and {usd(96.00)} for "
          f"paring two corns (11056). Medicare paid {usd(0)} (Medicare claim {m2_}). TRICARE paid {usd(0)}. "
          "See remark R7. The podiatrist may bill you for these services."]),
        (f"3. Blood tests on {long(d3)} - claim {g_claim(c3)} - paid",
         [f"{lab} charged {usd(ch3)} for a metabolic panel and an A1c test ordered by Dr. {surname(pcp)}. Medicare "
          f"approved {usd(ap3)} and paid all of it (Medicare claim {m3}). Nothing was left for TRICARE to pay, so "
          "TRICARE paid $0.00. See remark M0. You owe nothing."]),
    ], size=9.0)
    p.leaders([("Charged by your providers", usd(ch1 + ch2 + ch3)), ("Paid by Medicare", usd(mp1 + ap3)),
               ("Paid by TRICARE", usd(tp1))], size=9.0, w=p.W * 0.62)
    p.add_page()
    p.heading("What the remarks mean", 11, rule=True)
    p.legend2("", [
        ("C1", "TRICARE paid the Medicare deductible and coinsurance left on this claim."),
        ("M0", "Medicare paid the whole approved amount. TRICARE has nothing left to pay."),
        ("R7", "Routine foot care, such as cutting or removing corns and calluses and trimming or debriding nails, "
               "is not covered by Medicare or by TRICARE. It may be covered when a condition such as diabetes with "
               "poor blood flow or nerve damage in the feet makes the care medically necessary and your provider's "
               "records show that condition."),
        ("D4", "This claim is the same as one we already processed; see the earlier claim number."),
        ("P2", "We paid the provider. If you paid the provider, ask the provider for a refund."),
    ], size=8.2, code_w=8)
    p.heading("Your 2026 costs (TRICARE For Life)", 10.5, rule=True)
    p.para("You pay a TRICARE deductible and cost-shares only for care that TRICARE pays first, such as care outside "
           "the United States. Your deductible for 2026 is $150.00 a person or $300.00 a family; you have met $0.00 of "
           "it. Your catastrophic cap, the most your family pays in cost-shares in a calendar year, is $3,000.00; you "
           "have paid $0.00 toward it.", 8.8)
    p.para("An example of how Medicare and TRICARE share a bill: a doctor's visit with a Medicare-approved amount of "
           "$100.00. Medicare pays $80.00 and TRICARE pays the remaining $20.00, so you pay $0.00.", 8.6)
    p.heading("If you disagree", 10.5, rule=True)
    p.para("When a remark says Medicare made the decision, follow the appeal steps on your Medicare Summary Notice. "
           "For a decision TRICARE made, you may ask for a reconsideration. Write to us and say which claim you "
           "disagree with and why, and send any records that help. Your request must be postmarked or received "
           "within 90 days of the date of this notice. Mail it to " + RECON + ", or fax it to " + TFL_FAX + ".", 8.8)
    p.para(f"Need help? Call {TFL_PHONE} (TTY 711), Monday through Friday, 8 a.m. to 7 p.m. Central time. Have the "
           "patient's DoD Benefits Number and the claim number ready.", 8.6)
    t = truth("eob", "not_covered", insurer=HFC, member_id=w_dbn, member_name=wife, cases=[c2], claim_amount=m2(ch2),
              service_dates=[iso(d2)], denial_date=iso(nd), provider=pod, appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": HFC_ALT, "provider": [dpm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
COLS = [("FROM DATE", 9, "L"), ("THRU DATE", 9, "L"), ("PROC/MOD", 9, "L"), ("UNIT", 4, "R"), ("BILLED AMT", 10, "R"),
        ("MCR ALLOWD", 10, "R"), ("MCR PAID", 10, "R"), ("TFL PAID", 10, "R"), ("PT RESP", 9, "R"), (" RC", 4, "L")]


def rline(cells: list[str]) -> str:
    s = ""
    for (lab, w, a), c in zip(COLS, cells):
        s += c.ljust(w) if a == "L" else c.rjust(w)
    return s


def rhead() -> str:
    return "".join(lab.ljust(w) if a == "L" else lab.rjust(w) for lab, w, a in COLS)


def stdfax_remittance(rng):
    pats = people(rng, 8, 1, "FMMFMFMF")
    docs = people(rng, 2, 1, "MF")
    prac = "Lampasas River Cardiology Associates"
    npi_g, tin = "1" + digits(rng, 9), f"74-{digits(rng, 7)}"
    rd = dt.date(2026, 4, 22)
    eft = "EFT" + digits(rng, 9)
    procs = [("99214", "", 1, 215.00, 131.42), ("93000", "", 1, 78.00, 16.90), ("93306", "26", 1, 410.00, 71.88),
             ("93224", "", 1, 295.00, 78.14), ("99213", "", 1, 152.00, 90.51), ("93880", "26", 1, 260.00, 42.37),
             ("93351", "26", 1, 540.00, 96.60)]
    sets = [[0, 1], [2], [4, 1], [6], [0, 3], [4], [0, 1], [5]]
    dates = [dt.date(2026, 3, 9), dt.date(2026, 3, 10), dt.date(2026, 3, 12), dt.date(2026, 3, 12),
             dt.date(2026, 3, 16), dt.date(2026, 3, 17), dt.date(2026, 3, 17), dt.date(2026, 3, 18)]
    bad = 6
    blocks, refused = [], None
    tot_b = tot_m = tot_t = 0.0
    for i, (pt, sel, d) in enumerate(zip(pats, sets, dates)):
        pdbn, icn, acct = dbn(rng), tfl_claim(rng, plus(d, 14)), f"LRC{digits(rng, 6)}"
        rend = docs[i % 2]
        rows = []
        cb = cm = ct = 0.0
        for k in sel:
            code, mod, u, b, al = procs[k]
            mp = round(al * 0.8, 2)
            tp = round(al - mp, 2)
            rc = "C1"
            if i == bad:
                tp, rc = 0.0, "B6"
            resp = max(0.0, round(al - mp - tp, 2)) + 0.0
            rows.append(rline([short(d), short(d), f"{code} {mod}".strip(), str(u), n2(b), n2(al), n2(mp), n2(tp),
                               n2(resp), " " + rc]))
            cb, cm, ct = cb + b, cm + mp, ct + tp
        blocks.append((pt, pdbn, icn, acct, rend, rows, cb, cm, ct))
        tot_b, tot_m, tot_t = tot_b + cb, tot_m + cm, tot_t + ct
        if i == bad:
            refused = (pt, pdbn, icn, d, cb, rend)
    p = EOSheet(footer="Page {n} of {nb}", footer_left=f"HFCS-TFL-PRA   TIN {tin}",
                running=f"TRICARE FOR LIFE PROVIDER REMITTANCE   {prac.upper()}   REMIT DATE {slash(rd)}   "
                        f"{eft}   PAGE {{n}}")
    p.set_margins(12, 12, 12)
    p.add_page()
    p.fax_header(f"APR-22-2026 16:41   FROM: LRCA BILLING OFFICE   254 555 0161        TO: 2545550199   P.01/02")
    head(p)
    p.f(12, "B")
    p.cell(0, 6, "TRICARE FOR LIFE PROVIDER REMITTANCE", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.mono_lines([
        f"PAYEE:  {prac.upper()}",
        f"        2210 S 31ST ST STE 400, TEMPLE TX 76504",
        f"PAYEE NPI {npi_g}   TIN {tin}   REMIT DATE {slash(rd)}   {eft}   AMOUNT {n2(tot_t)}",
    ], size=8.6, lh=4.4)
    p.ln(2)
    p.mono_lines([("shade", rhead())], size=8.4, lh=4.6)
    p.ln(0.8)

    def block(b):
        pt, pdbn, icn, acct, rend, rows, cb, cm, ct = b
        p.mono_lines([("b", f"{last_first(pt):<24}DBN {pdbn}  ICN {icn}  ACCT {acct}"),
                      f"  RENDERING {rend.upper()}   NPI {'1' + digits(rng, 9)}", *rows,
                      ("b", rline(["", "", "CLAIM", "", n2(cb), "", n2(cm), n2(ct), "", ""])), ("rule",)],
                     size=8.4, lh=4.5)
    for b in blocks[:5]:
        block(b)
    p.add_page()
    for b in blocks[5:]:
        block(b)
    p.mono_lines([("b", rline(["TOTALS", "", "", "", n2(tot_b), "", n2(tot_m), n2(tot_t), "", ""]))], size=8.4,
                 lh=4.6)
    p.ln(3)
    p.legend2("REMARK CODES (RC)", [
        ("C1", "TRICARE paid the Medicare deductible and coinsurance."),
        ("B6", "DEERS does not show Medicare Part B for the patient on the date of service. TRICARE For Life needs "
               "Medicare Part A and Part B. Ask the patient to update DEERS; the claim will be reprocessed once DEERS "
               "shows Part B for that date."),
        ("M0", "Medicare paid the full allowed amount."),
        ("D4", "Duplicate of a claim already processed."),
    ], size=8.2, code_w=8)
    p.para("Reconsideration: a participating provider, or the patient, may ask us to reconsider a claim decision. The "
           "request must be received within 90 days of the date of this remittance. Send it to " + RECON + ". Do not "
           "bill the patient for amounts above the Medicare limiting charge.", 8.4)
    p.para("Example: on a $100.00 Medicare-approved service with Medicare paying $80.00, TRICARE pays $20.00.", 8.2)
    pt, pdbn, icn, d, cb, rend = refused
    t = truth("eob", "eligibility", insurer=HFC, member_id=pdbn, member_name=pt, cases=[icn], claim_amount=m2(cb),
              service_dates=[iso(d)], denial_date=iso(rd), provider=prac, appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": HFC_ALT, "provider": [rend]}, type_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_late_claim_form(rng):
    widow, late_sponsor, psych, clerk = people(rng, 4, 1, "FMMF")
    last = surname(late_sponsor)
    widow = same_surname(widow, last)
    sp_id, w_dbn, w_mbi = dodid(rng), dbn(rng), mbi(rng)
    s1, s2 = dt.date(2025, 1, 8), dt.date(2025, 1, 22)
    recv = dt.date(2026, 3, 9)
    ld = dt.date(2026, 3, 24)
    cno = tfl_claim(rng, recv)
    fee = 240.00
    total = 2 * fee
    addr = tx_home(rng)
    practice = f"{psych}, MD"
    p = EOSheet(footer="Page {n} of {nb}", footer_left=f"HFCS-TFL-L17   {g_claim(cno)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([widow, *addr], 9.6)
    p.pipe_rows([(g_claim(cno), "claim number"), (w_dbn, "DoD Benefits Number"), (first_last(widow), "patient"),
                 (f"{slash(s1)} and {slash(s2)}", "dates of service"), (usd(total), "amount on the claim")],
                size=9.2, val_w=62)
    p.para(f"Dear Mrs. {surname(widow)}:", 9.6)
    p.para(f"Thank you for sending us a claim form (DD Form 2642) for two psychotherapy sessions with Dr. "
           f"{psych}. Because Dr. {surname(psych)} has opted out of Medicare, Medicare does not pay for his care, and "
           "TRICARE For Life pays only the share it would have paid after Medicare. We received your form on "
           f"{long(recv)}. A copy of it is on the next page.", 9.3)
    p.para("**We can't pay this claim because it reached us too late.** TRICARE must receive a claim no later than "
           "one year after the date of the service. Your sessions were in January 2025, so the last day we could "
           f"receive a claim for them was {long(plus(s2, 365))}.", 9.3)
    p.para("We can make an exception only in a few cases, for example when the person who should have filed was "
           "mentally or physically unable to do so, or when another payer held the claim and sent it to us late. If "
           "one of these applies, tell us and send papers that show it.", 9.1)
    p.para("If you disagree, you may ask for a reconsideration within 90 days of the date of this letter. Write to "
           f"{RECON}, or fax {TFL_FAX}. Include this letter.", 9.1)
    p.signoff(["Sincerely,", clerk, f"Claims Correspondence, {HFC}"], 9.2)
    # page 2: the copy of the form
    p.add_page()
    p.f(8, "B")
    p.cell(0, 4, "COPY OF THE CLAIM FORM YOU SENT US", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    yform = p.get_y()
    p.numbered_form([
        [("1a. SPONSOR'S DoD ID NO.", sp_id, 1.1), ("1b. SPONSOR'S NAME (LAST, FIRST, MI)",
                                                    last_first(late_sponsor) + "  (DECEASED)", 2.0)],
        [("2. PATIENT'S NAME (LAST, FIRST, MI)", last_first(widow), 1.7),
         ("3. PATIENT'S DoD BENEFITS NO.", w_dbn, 1.1), ("4. DATE OF BIRTH", "09/14/1944", 0.8)],
        [("5. PATIENT'S MAILING ADDRESS", f"{addr[0]}, {addr[1]}", 2.1), ("6. TELEPHONE", "(254) 555-0148", 1.0)],
        [("7. RELATIONSHIP TO SPONSOR", "SURVIVING SPOUSE", 1.1), ("8a. OTHER HEALTH INSURANCE?", "NO", 0.9),
         ("8b. MEDICARE NUMBER", w_mbi, 1.1)],
        [("9. PROVIDER'S NAME AND ADDRESS", f"{practice}, 1406 Columbus Ave, Waco TX 76701", 2.2),
         ("10. PROVIDER TAX ID", f"74-{digits(rng, 7)}", 0.9)],
        [("11. DATES OF SERVICE", f"{short(s1)}, {short(s2)}", 1.2), ("12. SERVICE (CPT)", "90837 x 2", 0.8),
         ("13. TOTAL CHARGES", n2(total), 0.8), ("14. AMOUNT PATIENT PAID", n2(total), 0.9)],
        [("15. WAS THE CARE FOR AN ACCIDENT OR WORK INJURY?", "NO", 1.5), ("16. MEDICARE SUMMARY NOTICE ATTACHED?",
                                                                             "NO - PROVIDER OPTED OUT", 1.5)],
        [("17. SIGNATURE OF PATIENT OR AUTHORIZED PERSON", f"/s/ {first_last(widow)}", 2.0),
         ("18. DATE SIGNED", slash(dt.date(2026, 3, 2)), 0.9)],
    ], title="DD Form 2642 - patient's claim (copy)", size=9.0)
    p.stamp(["HARTSMOOR FCS - TFL", upper(recv), "MAIL ROOM"], x=p.w - p.r_margin - 52, y=yform + 96, angle=-7,
            w=48)
    p.ln(10)
    p.f(8.2)
    p.multi_cell(p.W, 3.9, "Itemized bill attached by the patient: two 60-minute psychotherapy sessions at "
                 f"{n2(fee)} each, paid by check. Receipt no. {digits(rng, 5)}.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "timely_filing", insurer=HFC, member_id=w_dbn, member_name=widow, cases=[cno],
              claim_amount=m2(total), service_dates=[iso(s1), iso(s2)], denial_date=iso(ld), provider=psych,
              appeal_deadline=iso(plus(ld, 90)), alternates={"insurer": HFC_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_snf_day_101(rng):
    pat, doc, nurse = people(rng, 3, 1, "MMF", es=True)
    p_dbn, p_mbi, case = dbn(rng), mbi(rng), f"SNF-26-{digits(rng, 6)}"
    snf = "Centro de Cuidado Extendido Los Caobos"
    adm = dt.date(2026, 1, 4)
    d101, end = dt.date(2026, 4, 14), dt.date(2026, 5, 13)
    recv = dt.date(2026, 4, 7)
    ld = dt.date(2026, 4, 9)
    p = EOSheet(footer="Página {n} de {nb}", footer_left=f"HFCS-TFL-SNF-S   {case}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, es=True)
    p.f(9.6)
    p.cell(0, 5, es_date(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([pat, f"a/c {snf}", "Carr. 14 Km 3.2, Bo. Machuelo Abajo", "Ponce, PR 00716"], 9.6)
    p.f(12, "B")
    p.cell(0, 6, "Respuesta a la solicitud de aprobación previa", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.lettered_box([
        ("A. Beneficiario", pat),
        ("B. Número de beneficios del DoD", g_dbn(p_dbn)),
        ("C. Número de caso", case),
        ("D. Servicio solicitado", "Cuidado de enfermería especializada, día 101 en adelante"),
        ("E. Centro que hizo la solicitud", snf),
        ("F. Fechas solicitadas", f"del {es_date(d101)} al {es_date(end)}"),
        ("G. Solicitud recibida", es_date(recv)),
    ], cap_w=66, size=9.2)
    p.para(f"Estimado señor {surname(pat)}:", 9.6)
    p.para(f"Usted ingresó en {snf} el {es_date(adm)}, después de su hospitalización por una fractura de cadera. "
           "Medicare pagó los primeros 100 días de su estadía y TRICARE pagó el coaseguro de Medicare. A partir del "
           "día 101, TRICARE paga primero, pero solo si usted todavía necesita cuidado especializado todos los días.",
           9.3)
    p.para(f"El centro nos pidió que TRICARE pague su estadía desde el {es_date(d101)}. Leímos las notas del Dr. "
           f"{doc} y del equipo de terapia. Las notas dicen que usted ya camina con andador con poca ayuda y que "
           "terminó la terapia física el 27 de marzo. La ayuda que necesita ahora es para bañarse, vestirse y tomar "
           "sus medicinas. Ese tipo de ayuda se llama cuidado de custodia y no requiere una enfermera especializada.",
           9.3)
    p.para("**Por eso, TRICARE no va a pagar su estadía en el centro a partir del día 101.** TRICARE no cubre el "
           "cuidado de custodia. Si su salud cambia y vuelve a necesitar cuidado especializado, el centro puede "
           "enviarnos una nueva solicitud.", 9.3)
    p.para("**Si no está de acuerdo.** Puede pedir una reconsideración por escrito dentro de 90 días a partir de la "
           f"fecha de esta carta. Envíela a {RECON}, o por fax al {TFL_FAX}. Si esperar pone en peligro su salud, "
           "llame al " + TFL_PHONE + " y pida una reconsideración rápida; la decidimos en 3 días hábiles.", 9.2)
    p.para(f"Si tiene preguntas, llame al {TFL_PHONE} (TTY 711). Tenemos personal que habla español.", 9.0)
    p.signoff(["Atentamente,", nurse, "Enfermera revisora, Revisión de Utilización"], 9.2)
    t = truth("denial_letter", "level_of_care", insurer=HFC, member_id=p_dbn, member_name=pat, cases=[case],
              service_dates=[f"{iso(d101)}/{iso(end)}"], denial_date=iso(ld), provider=snf,
              appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": HFC_ALT, "provider": [doc], "service_dates": [[iso(d101)]]},
              denial_alternates=["not_covered", "medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_dental_reconsideration(rng):
    sponsor, wife, surgeon, reviewer = people(rng, 4, 1, "MFMF")
    last = surname(sponsor)
    wife = same_surname(wife, last)
    sp_id, w_dbn = dodid(rng), dbn(rng)
    surg = dt.date(2026, 1, 27)
    first_den = dt.date(2026, 2, 19)
    recv = dt.date(2026, 3, 16)
    dd = dt.date(2026, 4, 21)
    cno = tfl_claim(rng, dt.date(2026, 2, 9))
    rno = f"RC26{digits(rng, 7)}"
    practice = "Bell County Oral & Maxillofacial Surgery"
    lines = [("D7140", "Extraction, erupted tooth #19", 285.00), ("D7140", "Extraction, erupted tooth #30", 285.00),
             ("D6010", "Implant body, #19", 2620.00), ("D6010", "Implant body, #30", 2620.00),
             ("D7953", "Bone graft for ridge preservation", 530.00)]
    billed = sum(x[2] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}", footer_left=f"HFCS-TFL-RC3   {rno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, abbr(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([sponsor, *tx_home(rng)], 9.6)
    p.f(12.5, "B")
    p.cell(0, 6, "Reconsideration decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.pipe_rows([(rno, "reconsideration no."), (g_claim(cno), "claim no."), (dlong(dd), "date of decision"),
                 (short(recv), "request received"), (practice, "provider")], size=9.2, val_w=82)
    p.name_pair(("Sponsor", [("Name", sponsor), ("DoD ID", sp_id), ("Born", "11/30/1948")]),
                ("Patient", [("Name", wife), ("DoD Benefits No.", w_dbn), ("Born", "05/06/1952")]))
    p.twocol([
        f"Dear Mr. {surname(sponsor)},",
        f"You asked us to look again at our decision of {long(first_den)} on the claim from {practice} for your "
        f"wife's dental care on {long(surg)}: two lower molars removed, two dental implants placed by Dr. {surgeon}, "
        f"and a bone graft. The practice charged {usd(billed)}.",
        "## Our decision",
        "**We have not changed the decision. TRICARE will not pay this claim.** Medicare does not cover dental care, "
        "so TRICARE would pay first. TRICARE For Life does not include a dental benefit. It pays only for adjunctive "
        "dental care: dental care that is medically necessary to treat a covered medical condition, such as removing "
        "teeth before radiation to the jaw. Replacing teeth lost to decay or gum disease is routine dental care, "
        "which TRICARE does not cover.",
        "## What we looked at",
        "Your letter, Dr. " + surname(surgeon) + "'s notes and X-rays, and the TRICARE policy on adjunctive dental "
        f"care. {reviewer}, DDS, a dentist who did not take part in the first decision, reviewed the claim.",
        "## What you can do next",
        "If you still disagree, you may ask for a formal review by the Defense Health Agency. Your request must be "
        "postmarked or received within 60 days of the date of this decision. Send it to Formal Reviews, Defense "
        "Health Agency, P.O. Box 46811, Aurora, CO 80046-0811, with a copy of this letter.",
        "Dental plans for retirees are offered through the Federal Employees Dental and Vision Insurance Program "
        "(FEDVIP); ask that program about care after this date.",
    ], size=8.5)
    p.grid(["Code", "Service", "Charged"], [[c, d, n2(a)] for c, d, a in lines] +
           [("bold", ["", "Total", n2(billed)])], [22, p.W - 56, 34], ["L", "L", "R"], size=8.4, row_h=5.2)
    p.signoff(["Sincerely,", "Reconsideration Unit", HFC], 9.2)
    t = truth("denial_letter", "not_covered", insurer=HFC, member_id=w_dbn, member_name=wife, cases=[rno, cno],
              claim_amount=m2(billed), service_dates=[iso(surg)], denial_date=iso(dd), provider=practice,
              appeal_deadline=iso(plus(dd, 60)), alternates={"insurer": HFC_ALT, "provider": [surgeon]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_prp(rng):
    pat, doc, reviewer = people(rng, 3, 1, "MFM")
    p_dbn, sp_id = dbn(rng), dodid(rng)
    clinic = "Stillhouse Hollow Sports & Spine"
    ds = [dt.date(2026, 2, 10), dt.date(2026, 2, 24), dt.date(2026, 3, 10)]
    cnos = [tfl_claim(rng, plus(d, 16)) for d in ds]
    mcr = [mcr_icn(rng) for _ in ds]
    inj, gd = 850.00, 145.00
    each = inj + gd
    total = 3 * each
    ld = dt.date(2026, 4, 2)
    p = EOSheet(footer="Page {n} of {nb}", footer_left="HFCS-TFL-L42  (unproven services)",
                running=f"{first_last(pat)}  \u00b7  DBN {g_dbn(p_dbn)}  \u00b7  letter of {long(ld)}  \u00b7  "
                        "page {n}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([pat, *tx_home(rng)], 9.6)
    p.ln(2)
    p.tab_row([("Patient (you)", [first_last(pat), "Retired sponsor"], 1.2),
               ("DoD Benefits Number", [g_dbn(p_dbn), f"DoD ID {sp_id}"], 1.1),
               ("Provider", [clinic, f"Dr. {doc}"], 1.5)], size=8.8)
    p.para(f"Dear Mr. {surname(pat)}:", 9.6)
    p.para(f"We received three claims from {clinic} for platelet-rich plasma (PRP) injections into your right knee, "
           f"given by Dr. {doc} for osteoarthritis. Medicare did not pay for them because Medicare does not cover PRP "
           "injections for this use, so the claims came to TRICARE as the first payer.", 9.3)
    p.para("**TRICARE cannot pay for these injections either.** TRICARE does not cover care that is unproven: care "
           "whose safety and benefit for the patient's condition have not been shown by reliable medical studies. "
           "Reliable studies have not shown that PRP injections help knee osteoarthritis, and TRICARE policy lists "
           "them as unproven for that use. The ultrasound guidance billed with each injection is part of the "
           "same care and is not paid either.", 9.3)
    W = p.W
    rows = []
    for d, c, m in zip(ds, cnos, mcr):
        rows.append([g_claim(c), dash(d), "0232T + 76942", n2(each), "0.00", m])
    rows.append(("bold", ["", "", "Total", n2(total), "0.00", ""]))
    p.grid(["TFL claim", "Date", "Codes", "Charged", "TRICARE paid", "Medicare claim (not paid)"], rows,
           [36, 24, 28, 22, 22, W - 132], ["L", "L", "L", "R", "R", "L"], size=8.4, row_h=5.4)
    p.para("Because neither Medicare nor TRICARE covers these injections, the clinic may bill you for them. If you "
           "signed an Advance Beneficiary Notice before the first injection, you agreed to pay if Medicare did not.",
           9.0)
    p.add_page()
    p.heading("If you disagree with this decision", 10.5, rule=True)
    p.para("You may ask us to reconsider. Your request must be in writing and must be postmarked or received within "
           f"90 days of the date of this letter. Send it to {RECON}, or fax it to {TFL_FAX}. Tell us why you "
           "disagree and send any medical studies or records you want us to see. Dr. " + surname(doc) +
           " may send them for you.", 9.2)
    p.para("Medicare's decision not to pay is a separate decision. To appeal it, follow the steps on your Medicare "
           "Summary Notice; Medicare's time limits are on that notice.", 9.0)
    p.para(f"This decision was reviewed by {reviewer}, MD, a physician adviser board-certified in orthopaedic "
           "surgery.", 9.0)
    p.para(f"Other knee care, such as physical therapy, bracing, and steroid or hyaluronic acid injections when "
           "Medicare covers them, is not affected by this letter.", 9.0)
    p.signoff(["Sincerely,", "Medical Review", HFC], 9.2)
    t = truth("denial_letter", "experimental", insurer=HFC, member_id=p_dbn, member_name=pat, cases=cnos,
              claim_amount=m2(total), service_dates=[iso(d) for d in ds], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 90)), alternates={"insurer": HFC_ALT, "provider": [doc]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stdfax_stack(rng):
    ret, wife, er_doc, mri_doc, clerk = people(rng, 5, 1, "MFFMF")
    last = surname(ret)
    wife = same_surname(wife, last)
    r_dbn, sp_id, w_dbn = dbn(rng), dodid(rng), dbn(rng)
    addr = tx_home(rng)
    # document 1: Ravelston's payment summary for an emergency visit in Portugal (denies nothing)
    clinic = "Clínica Serra do Alto, Sintra"
    svc = dt.date(2026, 2, 16)
    nd = dt.date(2026, 3, 27)
    cno = "TOP" + digits(rng, 10)
    eur, usd_amt = 1120.00, 1214.60
    ded = 150.00
    cs = round((usd_amt - ded) * 0.25, 2)
    paid = round(usd_amt - ded - cs, 2)
    p = EOSheet(footer=None, footer_left=f"RIH-TOP-CPS   {cno}")
    p.set_margins(17, 15, 17)
    p.add_page()
    rav_head(p)
    p.title_band("CLAIM PAYMENT SUMMARY  -  TRICARE For Life, care outside the United States", 10.5)
    p.address([ret, *addr], 9.6)
    p.cap_boxes([(nopad(nd), "date of summary", 1.0), (cno, "claim number", 1.2), (r_dbn, "dod benefits no.", 1.2),
                 (first_last(ret), "patient", 1.4)], where="below")
    p.para(f"Medicare does not pay for care outside the United States, so TRICARE pays first when you get care abroad. "
           f"We have processed your claim for the emergency care you received at {clinic}, Portugal, on "
           f"{long(svc)}, when Dr. {er_doc} set and cast your broken left wrist.", 9.2)
    W = p.W
    p.grid(["Service", "Billed (EUR)", "Billed (USD)", "Allowed"],
           [["Emergency visit and X-rays", "520.00", "563.94", "563.94"],
            ["Closed reduction and cast, wrist", "600.00", "650.66", "650.66"],
            ("bold", ["Total", n2(eur), n2(usd_amt), n2(usd_amt)])],
           [W - 96, 32, 32, 32], ["L", "R", "R", "R"], size=8.6, row_h=5.4)
    p.leaders([("Amount billed (converted at the rate on the date of care)", usd(usd_amt)),
               ("Applied to your 2026 deductible", usd(ded)), ("Your 25% cost-share", usd(cs)),
               ("TRICARE paid to you (check mailed " + short(plus(nd, 2)) + ")", usd(paid))], size=9.0, w=W * 0.85)
    p.para("You paid the clinic yourself, so the payment is made to you. Keep this summary with your receipts.", 9.0)
    d1 = (out(p), truth("other", None, insurer=RIH, member_id=r_dbn, member_name=ret, cases=[cno],
                        claim_amount=m2(usd_amt), service_dates=[iso(svc)], denial_date=iso(nd), provider=clinic,
                        alternates={"insurer": RIH_ALT, "provider": [er_doc], "claim_amount": [m2(eur)]}))
    # document 2: other health insurance must pay first (fed sideways)
    img = "Belton Imaging Center"
    msvc = dt.date(2026, 2, 23)
    mrecv = dt.date(2026, 3, 13)
    ld = dt.date(2026, 3, 30)
    c2 = tfl_claim(rng, mrecv)
    billed = 1640.00
    ohi_pol, ohi_grp = f"BVT{digits(rng, 7)}", f"G-{digits(rng, 5)}"
    q = EOSheet(footer=None, footer_left=f"HFCS-TFL-OHI2   {g_claim(c2)}")
    q.set_margins(18, 15, 18)
    q.add_page()
    head(q)
    q.f(9.6)
    q.cell(0, 5, dmy(ld), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.address([wife, *addr], 9.6)
    q.pipe_rows([(first_last(wife), "patient"), (w_dbn, "DoD Benefits Number"), (sp_id, "sponsor's DoD ID"),
                 (g_claim(c2), "claim"), (img, "provider"), (slash(msvc), "date of service"),
                 (n2(billed), "charged")], size=9.0, val_w=60)
    q.para(f"Dear Mrs. {surname(wife)}:", 9.6)
    q.para(f"We received the claim for your shoulder MRI at {img}, ordered by Dr. {mri_doc}. Our records show that you "
           "have health insurance through your job with Brazos Valley Unified School District: the Brazos Valley "
           f"Teachers Health Plan, policy {ohi_pol}, group {ohi_grp}.", 9.3)
    q.para("**We have not paid this claim.** When you have other health insurance, that plan pays first, Medicare pays "
           "next, and TRICARE pays last. We need the explanation of benefits from your teachers' plan showing what it "
           "paid before we can figure out what TRICARE owes.", 9.3)
    q.para("Please send us a copy of that explanation of benefits, or ask the imaging center to send it with the "
           "claim. If your teachers' plan coverage has ended, send us a letter from the plan with the date it "
           "ended and we will update our records.", 9.2)
    q.para("If you disagree with this decision, you may ask for a reconsideration within 90 days of the date of this "
           f"letter. Write to {RECON}.", 9.2)
    q.signoff(["Sincerely,", clerk, "Other Health Insurance Unit"], 9.2)
    d2 = (out(q), truth("denial_letter", "other", insurer=HFC, member_id=w_dbn, member_name=wife, cases=[c2],
                        claim_amount=m2(billed), service_dates=[iso(msvc)], denial_date=iso(ld), provider=img,
                        appeal_deadline=iso(plus(ld, 90)), alternates={"insurer": HFC_ALT, "provider": [mri_doc]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(1)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_narrative_eob_claim_two_routine_foot_care_remark_r7", "born_digital",
                  [born_narrative_eob(rng)])]
    items.append(Item(F + "faxstd_provider_remittance_seventh_patient_no_part_b_page_two", "fax_standard_g4",
                      [stdfax_remittance(rng)]))
    items.append(Item(F + "photocopy_widow_claim_form_filed_after_one_year", "photocopy",
                      [photocopy_late_claim_form(rng)]))
    items.append(Item(F + "phone_es_enfermeria_especializada_dia_101_custodia", "phone_photo",
                      [phone_es_snf_day_101(rng)]))
    items.append(Item(F + "lowres_reconsideration_wife_dental_implants_upheld", "scan_lowres_150",
                      [lowres_dental_reconsideration(rng)]))
    items.append(Item(F + "rotated_prp_knee_injections_unproven", "rotated", [rotated_prp(rng)]))
    docs = stdfax_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_portugal_er_paid_then_other_insurance_sideways", "fax_standard_g4",
                      docs, separators=["cover", None], turns={(1, 0): 90}))
    return items
