"""Papers mirrored (structure and plain wording style only) from Medicare's immunosuppressive drug benefit for kidney
transplant recipients ("Part B-ID"): when Medicare based on kidney failure ends 36 months after a kidney transplant,
a person without certain other health coverage may keep a Part B benefit that pays only for the drugs that keep the
body from rejecting the kidney, for a monthly premium, with the Part B deductible and 20 percent coinsurance; every
other item or service (visits, lab tests, scans, ambulance rides, other drugs, dialysis) is outside it, and it ends
when the person gets other coverage or Medicare based on kidney failure again. Pharmacies bill the drugs with HCPCS
codes (J7507 tacrolimus, J7517 mycophenolate, Q0511 / Q0512 supplying fees) to a contractor that pays them and sends
remittance advice; the person gets a summary notice; appeals go first to the contractor (redetermination), then to
a Qualified Independent Contractor. The public program is Medicare itself (insurer on the summary notice); the
contractor (Lindenquay Government Health Administrators, LLC, with a DME unit "Jurisdiction F" and an A/B unit
"Jurisdiction 17"), its box and town, every pharmacy, transplant institute, laboratory, ambulance company, dialysis
center, person, Medicare number, claim number (ICN), reopening and appeal number, contractor message code (ID1 to
ID9), form number, premium, amount and every date are invented (phones 555); CARC codes, CPT / HCPCS and revenue
codes and the 120-day first-appeal period appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_dme_remittance_three_pages_mbi_uncaptioned_nebulizer_line_code_only: a contractor's remittance to a
  transplant pharmacy, an unruled listing whose headings stand only on page 1, so the refused claim on page 2 shows
  the patient's name and Medicare number in uncaptioned cells; one albuterol line of a claim with paid tacrolimus
  lines pays 0.00 under CO-96 / ID2, told only in the code list on the back page (unused ID codes as decoys), the
  totals row, check amount and year-to-date paid on page 2, "within 120 days after you receive" (nothing to count).
- finefax_redetermination_four_pages_running_header_clinic_visit_outside_benefit: a fine-fax four-page decision on
  the person's appeal (Medicare number and appeal number in a running header, "notice mailed" in the footer), page
  2 the transplant institute's lines with the nephrologist only after "Rendering:", page 3 the reason ("outside what
  your benefit allows") signed by a nurse reviewer and a medical director, "no later than" a printed date, page 4
  nondiscrimination and taglines.
- lowres_summary_notice_three_pages_lab_tests_refused_totals_last: a 150 dpi summary notice (masked Medicare number,
  "March 4th"-style date, panels), page 2 a pharmacy's paid drug claim and a laboratory's refused drug-level tests
  whose claim runs onto page 3 with its total, lettered note B, notice totals and "file an appeal by" a date.
- phone_es_carta_ambulancia_fuera_del_beneficio_de_medicamentos: a photographed Spanish letter to the person about
  an ambulance company's claim, key/value pairs on the right half beside the address, a call reference as decoy,
  "dentro de los 120 días siguientes a la fecha de esta carta".
- photocopy_reopening_form_boxes_enrollment_confirmed_will_pay_amount: a photocopied reopening decision in numbered
  boxes with small captions (dotted month-first dates, a reopening number that looks like the ICN, two fill dates),
  saying the fills will be paid and naming the amount (denies nothing).
- rotated_two_column_dialysis_after_graft_failure_claim_only_in_subject: a letter fed turned to a dialysis center
  ("4-Mar-2026"), the claim number only in the subject line, two columns, the treatments "from ... through ...",
  the reason as "the information we received does not show ...", "within 120 days of the date of this notice".
- faxstd_stack_pharmacy_billing_transmittal_duplicate_fill_upside_down_then_paid_remit: a standard-fax stack of a
  pharmacy billing office's fax transmittal (its own fax numbers, pages including cover, confidentiality notice),
  the contractor's two-page duplicate-claim letter (identifiers in a small running footer, page 2 upside down with
  the codes and "within four months from the date of this letter") and the one-page remittance detail of the
  earlier paid claim (denies nothing), then the blank back of the last sheet.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjc import (JCSheet, add_months, dmy_dash, es_date, first_last, iso, last_first, long, m2, mbi,
                               mbi_dash, mbi_masked, mdy_dots, month_end, n2, ord_long, out, people, phone, plus,
                               slash, tollfree, transmittal, truth, usd, usd_es, wday_long, workday, ymd_slash, yy)
from public_kit import digits

FAMILY = ("medicare_part_b_id_transplant_drugs_only_contractor_remittances_summary_notice_and_other_service_"
          "refusals")
LANG = "en"
SEED = 354992
MAC = "Lindenquay Government Health Administrators, LLC"
MAC_ALT = ["Lindenquay Government Health Administrators", "Lindenquay", "Medicare",
           "Lindenquay Government Health Administrators LLC", "LGHA"]
MED = "Medicare"
MED_ALT = ["Centers for Medicare & Medicaid Services", "Medicare Part B", "Original Medicare",
           "Medicare Summary Notice", MAC]
BOX = "P.O. Box 73120, Oxbow Ferry, WI 54911"
PHARM = "Arbelow Specialty Pharmacy"
PHARM_ADDR = ["2275 Millrace Avenue, Suite B", "Oxbow Ferry, WI 54913"]
PHARM2 = "Stillwick Apothecary & Infusion, Inc."
PHARM2_ADDR = ["90 Tannery Square", "Pellham Falls, WI 53120"]
INST = "Quenby Lake Transplant Institute"
INST_ADDR = ["1400 Quenby Lake Drive", "Marrowstone, WI 53711"]
LAB = "Corvell Reference Laboratories"
LAB_ADDR = ["38 Assay Court", "Marrowstone, WI 53714"]
AMB = "Brennock Valley Ambulance Service"
DIAL = "Fernhollow Dialysis Center"
DIAL_ADDR = ["511 Kettle Moraine Road", "Granary Point, WI 53090"]

DRUGS = {"J7507": ("Tacrolimus, oral, 1 mg", 120, 486.00, 338.40),
         "J7517": ("Mycophenolate mofetil, oral, 250 mg", 240, 612.00, 228.96),
         "J7518": ("Mycophenolic acid, oral, 180 mg", 120, 574.00, 301.20),
         "J7502": ("Cyclosporine, oral, 100 mg", 60, 398.00, 241.80),
         "J7520": ("Sirolimus, oral, 1 mg", 60, 702.00, 455.40),
         "J7512": ("Prednisone, oral, 1 mg", 150, 21.00, 4.50),
         "Q0511": ("Supplying fee, first fill in 30 days", 1, 60.00, 50.00),
         "Q0512": ("Supplying fee, later fill in 30 days", 1, 40.00, 33.33)}


def icn(rng, kind="DME"):
    """An invented internal control number: 13 digits (DME and Part B), 14 for an institutional claim."""
    return {"DME": "23", "B": "22", "A": "21"}[kind] + f"26{rng.randint(30, 99)}" + digits(rng, 8 if kind == "A" else 7)


def wi_address(rng):
    town, z = rng.choice([("Oxbow Ferry", "54913"), ("Marrowstone", "53711"), ("Pellham Falls", "53120"),
                          ("Granary Point", "53090"), ("Tessaly", "54401"), ("North Fallowmere", "54880")])
    street = rng.choice(["Cranberry Marsh Rd", "Lakeshore Ct", "W Sawyer St Apt 4", "Hemlock Bluff Dr",
                         "County Road JJ", "Cheesebox Ln", "Ice House Way", "Driftless Ridge Rd"])
    return [f"{rng.randint(12, 9870)} {street}", f"{town}, WI {z}"]


def mac_head(p, rng, unit, box=None):
    p.head(MAC, "LGHA", [f"{unit}  |  {BOX}", f"Provider and beneficiary contact center {tollfree(rng, '855')}  |  "
                                             "TTY 711  |  Medicare contractor"], box=box, size=12)


def drug_line(code, d, ded_left, doc_name):
    """One paid drug line: (cells, billed, allowed, ded, coins, paid)."""
    desc, units, b, a = DRUGS[code]
    ded = min(ded_left, a)
    co = round((a - ded) * 0.2, 2)
    pd = round(a - ded - co, 2)
    codes = "CO-45" + (" PR-1" if ded else "") + " PR-2"
    return [yy(d), code, str(units), n2(b), n2(a), n2(ded), n2(co), n2(pd), codes], b, a, ded, co, pd


# ---------------------------------------------------------------------------------------------------------------
def born_remit(rng):
    n = 8
    names = people(rng, n + 3)
    pts, docs = names[:n], names[n:]
    k = 6                                                   # the refused claim, second on page 2
    rd = workday(dt.date(2026, 3, rng.randint(9, 12)))
    mbis = [mbi(rng) for _ in pts]
    icns = [icn(rng) for _ in pts]
    accts = [f"AS-{digits(rng, 6)}" for _ in pts]
    plans = [["J7507", "Q0511"], ["J7517", "J7512", "Q0511"], ["J7507", "J7517", "Q0511"], ["J7502", "Q0511"],
             ["J7518", "Q0512"], ["J7520", "J7512", "Q0511"], ["J7507", "Q0511"], ["J7517", "Q0512"]]
    claims, tot = [], dict(b=0.0, a=0.0, d=0.0, c=0.0, p=0.0)
    for i, nm in enumerate(pts):
        d = dt.date(2026, 2, rng.randint(2, 26))
        ded_left = 283.0 if i in (1, 5) else (rng.choice([0.0, 61.0]) if i != k else 0.0)
        rows = [("span", f"ICN {icns[i]}     Patient acct {accts[i]}     Ordering: {first_last(docs[i % 3])}, MD")]
        cb = ca = cd = cc = cp = 0.0
        for j, code in enumerate(plans[i]):
            cells, b, a, ded, co, pd = drug_line(code, d, ded_left, docs[i % 3])
            ded_left -= ded
            lead = [last_first(nm), mbis[i]] if j == 0 else ["", ""]
            rows.append(lead + cells)
            cb, ca, cd, cc, cp = cb + b, ca + a, cd + ded, cc + co, cp + pd
        if i == k:
            alb = rng.choice([148.0, 156.0, 171.0])
            rows.append(["", "", yy(d), "J7613", "75", n2(alb), "0.00", "0.00", "0.00", "0.00", "CO-96 ID2"])
            cb += alb
            den = dict(d=d, alb=alb)
        rows.append(("bold", ["", "Claim total", "", "", "", n2(cb), n2(ca), n2(cd), n2(cc), n2(cp), ""]))
        rows.append(("gap",))
        if i == k:
            den["b"] = round(cb, 2)
        for key, v in zip("badcp", (cb, ca, cd, cc, cp)):
            tot[key] = round(tot[key] + v, 2)
        claims.append(rows)
    check = digits(rng, 10)
    remit_no = f"RA{rd:%y%m%d}{digits(rng, 5)}"
    p = JCSheet(footer="Page {n} of {nb}",
                footer_left=f"Form LQ-DME-835P (rev. 10/2025)  |  Remit no. {remit_no}  |  issued {slash(rd)}")
    p.set_margins(12, 12, 12)
    p.add_page()
    mac_head(p, rng, "DME Medicare Administrative Contractor, Jurisdiction F", box="REMITTANCE ADVICE")
    p.beside([[("Payee", PHARM), ("NPI", f"1{digits(rng, 9)}")],
              [("Remit date", ymd_slash(rd)), ("PTAN", f"{digits(rng, 6)}-{digits(rng, 4)}")],
              [("Check/EFT no.", check), ("Paid this remit", n2(tot["p"]))]], cap_w=24, size=8.4)
    p.para("Reading this remittance: the provider paid amount is the allowed amount less any deductible (PR-1) and "
           "the 20 percent coinsurance (PR-2). For example, a fill billed at $100.00 with an allowed amount of "
           "$80.00 and the deductible already met is paid $64.00, and $16.00 is the patient's share.", 7.6)
    W = p.w - p.l_margin - p.r_margin
    widths = [36, 22, 15, 13, 10, 17, 17, 14, 14, 17, W - 175]
    head = ["Patient", "Medicare no.", "Fill date", "HCPCS", "Units", "Billed", "Allowed", "Deduct", "Coins",
            "Paid", "Codes"]
    al = ["L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "L"]
    p.open_table(head, widths, al, [r for c in claims[:5] for r in c], size=7.0, row_h=4.1)
    p.f(7.4)
    p.cell(0, 4, "Continued on page 2.", align="R")
    p.add_page()
    p.f(8.6, "B")
    p.cell(0, 5, f"Remittance advice {ymd_slash(rd)}  -  {PHARM}  -  continued", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.open_rows([r for c in claims[5:] for r in c] +
                [("bold", ["TOTALS", f"{n} claims", "", "", "", n2(tot["b"]), n2(tot["a"]), n2(tot["d"]),
                           n2(tot["c"]), n2(tot["p"]), ""])], widths, al, size=7.0, row_h=4.1)
    p.ln(2)
    p.bar("Payment summary", 9)
    p.leaders([("Provider paid this remit", n2(tot["p"])), ("Less offsets and recoupments", "0.00"),
               ("Amount of check/EFT no. " + check, n2(tot["p"])),
               ("Paid to this payee so far in 2026", n2(round(tot["p"] + rng.randint(21000, 34000) + 0.48, 2)))],
              size=8.6, w=W * 0.7)
    p.para("If you do not agree with how a claim on this remittance was decided, you may ask for a redetermination "
           "within 120 days after you receive it. Send the request to the DME Redetermination Unit at the address "
           "above with the ICN and the lines you disagree with, or use the contractor's provider portal.", 7.8)
    p.add_page()
    p.glossary("Codes used on this remittance", [
        ("CO-45", "The amount billed is more than the fee schedule allows. Do not bill the patient for the "
                  "difference."),
        ("CO-96", "Non-covered charge."),
        ("PR-1", "Deductible amount. The patient owes it."),
        ("PR-2", "Coinsurance amount. The patient owes it."),
        ("ID1", "Paid under the Part B immunosuppressive drug benefit (Part B-ID). The monthly premium is billed to "
                "the beneficiary separately."),
        ("ID2", "The beneficiary's Part B coverage on this date is the immunosuppressive drug benefit only. It pays "
                "for drugs that prevent rejection of the transplanted kidney and their supplying fees, and nothing "
                "else. This item is not one of those drugs."),
        ("ID5", "A first-fill supplying fee (Q0511) is allowed once in a 30-day period. Bill later fills with "
                "Q0512."),
        ("ID9", "Our records show no Part B-ID enrollment on the date of service. Ask the beneficiary to contact "
                "Social Security.")], size=7.6)
    p.para("The codes beginning with CO, PR and OA are the national claim adjustment reason codes; codes beginning "
           "with ID are this contractor's messages.", 7.4)
    doc = docs[k % 3]
    t = truth("eob", "not_covered", insurer=MAC, member_id=mbis[k], member_name=pts[k], cases=[icns[k]],
              claim_amount=m2(den["b"]), service_dates=[iso(den["d"])], denial_date=iso(rd), provider=PHARM,
              denial_alternates=["eligibility"],
              alternates={"insurer": MAC_ALT, "claim_amount": [m2(den["alb"])],
                          "provider": [first_last(doc), f"Dr. {first_last(doc)}"]})
    return out(p), t


def finefax_redetermination(rng):
    pat, neph, rn, md = people(rng, 4)
    m = mbi(rng)
    apl = f"RDB-26-{digits(rng, 6)}"
    claim = icn(rng, "B")
    v = dt.date(2026, 1, rng.randint(12, 23))
    first_dec = plus(v, rng.randint(16, 22))
    rcvd = dt.date(2026, 3, rng.randint(2, 6))
    ld = workday(dt.date(2026, 3, rng.randint(23, 27)))
    by = plus(ld, 185)
    lines = [("99215", "Transplant clinic visit, established patient", 310.0),
             ("76776", "Ultrasound of transplanted kidney with Doppler", rng.choice([842.0, 815.0, 868.0])),
             ("80197", "Tacrolimus blood level", 118.0), ("80069", "Renal function panel", 74.0),
             ("36415", "Blood draw", 22.0)]
    tot = round(sum(x[2] for x in lines), 2)
    end = month_end(dt.date(2025, rng.choice([9, 10, 11]), 1))
    fax = (f"{ld:%m/%d/%Y} 15:{rng.randint(10, 59)}  LGHA APPEALS  {phone(rng, '920')}  ->  {phone(rng, '608')}"
           "  P.{n}")
    p = JCSheet(footer=None, footer_left=f"Notice LQ-RD-B4 (rev. 02/2026)  |  notice mailed {slash(ld)}",
                fax_hdr=fax, every=f"Medicare number {mbi_dash(m)}  |  Appeal no. {apl}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    mac_head(p, rng, "A/B Medicare Administrative Contractor, Jurisdiction 17")
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *wi_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Decision on your appeal (redetermination): care at the transplant clinic")
    p.para(f"Dear {pat}:", 10)
    p.para("You asked us to take a second look at a claim Medicare did not pay. We have done that, and our answer "
           "has not changed: Medicare will not pay for the services on this claim. The pages that follow explain "
           "the decision:", 10)
    p.bullets(["Page 2: the services on the claim, the dates and the amounts charged.",
               "Page 3: the reason, who decided, and how to take your appeal to the next level.",
               "Page 4: free help in other languages and formats."], 10)
    p.para("This decision is only about the claim on page 2. It does not change the coverage you have for your "
           "transplant drugs.", 10)
    p.add_page()
    p.heading("The claim you appealed", 12, rule=True)
    p.pairs([("Billed by", INST), ("Rendering", f"{neph}, MD, nephrology"), ("Claim number (ICN)", claim),
             ("First decision", slash(first_dec)), ("We received your appeal", mdy_dots(rcvd))],
            label_w=50, size=9.4)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of service", "Code", "Service", "Charged", "Medicare paid"],
            [[long(v), c, s, usd(b), "$0.00"] for c, s, b in lines] + [["", "", "Total charged", usd(tot), "$0.00"]],
            [W * 0.2, W * 0.1, W * 0.44, W * 0.13, W * 0.13], size=8.6, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para("Your appeal letter said the visit was a yearly check of your new kidney that your transplant team asks "
           "every patient to keep, and that the blood test tells them whether your drug dose is right.", 9.4)
    p.add_page()
    p.heading("Why Medicare will not pay", 12, rule=True)
    p.para(f"We read your letter, the claim and the clinic notes that {INST} sent us, and we checked your Medicare "
           "records with Social Security. Your Medicare Part A and Part B based on kidney failure ended on "
           f"{long(end)}, 36 months after the month of your transplant. Since the next day you have been enrolled "
           "in the Medicare Part B immunosuppressive drug benefit, which you pay a monthly premium for. That "
           "benefit is narrow on purpose: it pays for the drugs you take so that your body does not reject the "
           "kidney, and for the pharmacy's fee for filling them. A clinic visit, an ultrasound and blood tests are "
           "outside what your benefit allows, even when your transplant doctor orders them and even when the "
           "test measures the level of one of those drugs. For that reason we cannot pay the claim.", 10)
    p.para("If you have other health coverage now, such as a plan through a job or Medicaid, send this notice and "
           "the clinic's bill to that plan. The clinic may bill you for these services.", 10)
    p.heading("If you disagree: the next level of appeal", 11)
    p.para("You may ask a Qualified Independent Contractor (QIC) to reconsider this decision. Your written request "
           f"must reach the QIC no later than {long(by)}. Use the enclosed form or a letter with your name, your "
           "Medicare number, the appeal number at the top of this page and why you disagree. Send copies of any "
           "papers that support your request; keep the originals.", 10)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Redetermination Unit"], [f"{md}, MD", "Contractor medical director"])
    p.add_page()
    p.nondiscrim(MAC, tollfree(rng, "866"))
    p.ln(3)
    p.tagline_block(tollfree(rng, "866"))
    t = truth("denial_letter", "not_covered", insurer=MAC, member_id=mbi_dash(m), member_name=pat,
              cases=[apl, claim], claim_amount=m2(tot), service_dates=[iso(v)], denial_date=iso(ld),
              provider=neph, appeal_deadline=iso(by),
              denial_alternates=["eligibility"],
              alternates={"insurer": MAC_ALT, "provider": [INST, f"Dr. {neph}"], "member_id": [m],
                          "case_numbers": [[apl], [claim]]})
    return out(p), t


def lowres_msn(rng):
    pat, neph, lab_doc = people(rng, 3)
    m = mbi(rng)
    nd = dt.date(2026, 3, rng.randint(2, 6))
    by = plus(nd, 124)
    d1 = dt.date(2026, 1, rng.randint(6, 16))
    d2 = dt.date(2026, 2, rng.randint(2, 13))
    ph_claim = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    lab_claim = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    ph = [("Tacrolimus, oral, 1 mg, 120 units (J7507)", 486.0, 338.40, 270.72, 67.68),
          ("Pharmacy supplying fee, first fill (Q0511)", 60.0, 50.0, 40.0, 10.0)]
    labs = [("Tacrolimus drug level (80197)", 118.0), ("Complete blood count (85025)", 38.0),
            ("Renal function panel (80069)", 74.0), ("Urine protein and creatinine (84156, 82570)", 52.0),
            ("Blood draw (36415)", 22.0)]
    lab_tot = round(sum(b for _, b in labs), 2)
    ph_tot = (546.0, 388.40, 310.72, 77.68)
    may_bill = round(77.68 + lab_tot, 2)
    p = JCSheet(footer="Page {n} of {nb}", footer_left=f"Notice date {slash(nd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    y = p.get_y()
    p.f(19, "B")
    p.cell(0, 9, "Medicare Summary Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    p.cell(0, 5, "for people with the Part B immunosuppressive drug benefit (Part B-ID)", new_x="LMARGIN",
           new_y="NEXT")
    p.f(11.5, "B")
    bw = p.get_string_width("THIS IS NOT A BILL") + 10
    p.set_xy(p.w - p.r_margin - bw, y + 1)
    p.cell(bw, 9, "THIS IS NOT A BILL", border=1, align="C")
    p.set_xy(p.l_margin, y + 16)
    p.rule(3)
    W = p.w - p.l_margin - p.r_margin
    p.addr_pairs_right([pat, *wi_address(rng)],
                       [("Medicare Number", mbi_masked(m)), ("Date of this notice", ord_long(nd)),
                        ("Claims processed between", "December 1, 2025 and February 28, 2026")],
                       split=0.48, cap_w=40, size=8.6)
    p.panel_columns(
        [("Your coverage", ["You have Medicare Part B only for immunosuppressive drugs. It pays for the drugs "
                            "that keep your body from rejecting your kidney transplant. It does not pay for other "
                            "care.", ("kv", "Monthly premium (billed separately)", "$118.70")]),
         ("Your deductible", ["You pay the Part B deductible before Medicare starts to pay for your drugs.",
                              ("kv", "Deductible met so far in 2026", "$283.00")])],
        [("Your claims and costs this period", [("b", "Did Medicare approve all claims?"), ("big", "NO"),
                                                "See page 2 and note B.",
                                                ("kv", "Total you may be billed", usd(may_bill))]),
         ("Providers with claims this period", [f"{long(d1)}: {PHARM}", f"{long(d2)}: {LAB}"])],
        split=0.5, size=8.6)
    p.bar("How to check this notice", 9.4)
    p.bullets(["Do you know each provider and do the dates match the care you got?",
               "Compare the amounts with any bill you receive. If you already paid, check what you paid against "
               "the most you may be billed.",
               "Call 1-800-MEDICARE (TTY 711) about anything that looks wrong, and keep this notice."], 8.8)
    p.add_page()
    p.bar("Your claims for Part B immunosuppressive drug coverage", 9.8)
    hd = ["Service provided and billing code", "Amount provider charged", "Medicare approved amount",
          "Medicare paid", "Most you may be billed", "See note"]
    widths = [W * 0.42, W * 0.14, W * 0.14, W * 0.12, W * 0.12, W * 0.06]
    al = ["L", "R", "R", "R", "R", "C"]
    p.provider_block(PHARM, PHARM_ADDR, [("Claim number", ph_claim), ("Approved?", "Yes"),
                                         ("Received", slash(plus(d1, 6)))])
    p.line(f"Fill of {long(d1)}", 8.6, "B")
    p.ln(1)
    p.table(hd, [[s, usd(b), usd(a), usd(pd), usd(yb), "A"] for s, b, a, pd, yb in ph] +
            [["Total for this claim", usd(ph_tot[0]), usd(ph_tot[1]), usd(ph_tot[2]), usd(ph_tot[3]), ""]],
            widths, size=8, aligns=al, bold_last=True)
    p.ln(3)
    p.provider_block(LAB, LAB_ADDR, [("Claim number", lab_claim), ("Approved?", "No (see note B)"),
                                     ("Ordered by", f"Dr. {lab_doc}")])
    p.line(f"Blood and urine drawn on {long(d2)}", 8.6, "B")
    p.ln(1)
    p.table(hd, [[s, usd(b), "$0.00", "$0.00", usd(b), "B"] for s, b in labs[:3]], widths, size=8, aligns=al)
    p.add_page()
    p.bar(f"Your claims, continued: {LAB}", 9.8)
    p.table(hd, [[s, usd(b), "$0.00", "$0.00", usd(b), "B"] for s, b in labs[3:]] +
            [["Total for this claim", usd(lab_tot), "$0.00", "$0.00", usd(lab_tot), ""]], widths, size=8,
            aligns=al, bold_last=True)
    p.notes("Notes for the claims above", [
        ("A", "Approved under your immunosuppressive drug coverage. You owe 20 percent of the approved amount."),
        ("B", "These tests are not drugs. Your Part B coverage pays only for the drugs that keep your body from "
              "rejecting your transplant, so Medicare cannot pay for lab work, even lab work that checks your drug "
              "level. If you have other insurance, show them this notice.")])
    p.bar("Total for this notice", 9.8)
    p.leaders([("Amount providers charged", usd(ph_tot[0] + lab_tot)), ("Medicare-approved amount", usd(ph_tot[1])),
               ("Medicare paid", usd(ph_tot[2])), ("Total you may be billed", usd(may_bill))], size=9, w=W * 0.7)
    p.bar("How to handle denied claims or file an appeal", 9.8)
    p.para(f"If you disagree with a decision on this notice, file an appeal by **{long(by)}**. Circle the item you "
           "disagree with, explain why on a separate page, sign it with your phone number and Medicare number, and "
           f"send it with a copy of this notice to {MAC}, Redeterminations, {BOX}.", 8.8)
    p.para("Need help? Call 1-800-MEDICARE, or your State Health Insurance Assistance Program. Someone you trust can "
           "help you appeal.", 8.8)
    t = truth("eob", "not_covered", insurer=MED, member_id=None, member_name=pat, cases=[lab_claim],
              claim_amount=m2(lab_tot), service_dates=[iso(d2)], denial_date=iso(nd), provider=LAB,
              appeal_deadline=iso(by), denial_alternates=["eligibility"],
              alternates={"insurer": MED_ALT, "member_id": [mbi_masked(m)],
                          "provider": [f"Dr. {lab_doc}", lab_doc]})
    return out(p), t


def phone_es_letter(rng):
    pat, medic = people(rng, 2, es=True)
    m = mbi(rng)
    claim = icn(rng, "B")
    trip = dt.date(2026, 1, rng.randint(18, 30))
    rec = plus(trip, rng.randint(12, 20))
    ld = workday(dt.date(2026, 3, rng.randint(9, 13)))
    billed = round(rng.choice([1212.0, 1264.0, 1198.5]) + 19.6 * rng.randint(8, 15), 2)
    call = f"LLQ-{digits(rng, 3)}-{digits(rng, 4)}"
    p = JCSheet(footer="Página {n} de {nb}", footer_left=f"Carta LQ-ES-12 (02/2026)  |  Enviada el {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.head(MAC, "LGHA", ["Contratista de Medicare para la Parte A y la Parte B, Jurisdicción 17", BOX,
                         f"Servicio al cliente {tollfree(rng, '855')}  |  TTY 711"], size=12)
    p.addr_pairs_right([pat, *wi_address(rng)],
                       [("Fecha de esta carta", es_date(ld)), ("Número de Medicare", mbi_dash(m)),
                        ("Reclamación", claim), ("Proveedor", AMB), ("Fecha del servicio", es_date(trip)),
                        ("Cantidad cobrada", usd_es(billed)), ("Recibida el", es_date(rec)),
                        ("Referencia de su llamada", call)], split=0.42, cap_w=40, size=8.6)
    p.heading("Medicare no pagará el traslado en ambulancia", 12.4)
    p.para(f"Estimado(a) {pat}:", 10)
    p.para(f"{AMB} nos envió una reclamación por el traslado en ambulancia del {es_date(trip)}, desde su casa hasta "
           "la sala de emergencias. Usted nos llamó para preguntar por qué no se pagó; esta carta le da la "
           "respuesta por escrito.", 10)
    p.para("Hoy su cobertura de Medicare es solamente el beneficio de medicamentos inmunosupresores de la Parte B "
           "(Parte B-ID). Ese beneficio paga los medicamentos que evitan que su cuerpo rechace el riñón "
           "trasplantado, y nada más. Un traslado en ambulancia no es uno de esos medicamentos, así que queda "
           "fuera de lo que su beneficio permite pagar, aunque el viaje haya sido una emergencia.", 10)
    p.para(f"El informe del viaje lo firmó {medic}, paramédico. La compañía de ambulancias puede cobrarle a "
           "usted. Si "
           "tiene otro seguro médico, por ejemplo Medicaid o un plan de su trabajo, envíele esta carta.", 10)
    p.heading("Si no está de acuerdo", 11)
    p.para("Puede pedirnos una redeterminación. Su pedido debe llegarnos dentro de los 120 días siguientes a la "
           "fecha de esta carta. Escriba su nombre, su número de Medicare y el número de la reclamación, diga por "
           f"qué no está de acuerdo y mándelo a la Unidad de Redeterminaciones, {BOX}.", 10)
    p.para("Si necesita ayuda para leer esta carta o para apelar, llame al 1-800-MEDICARE (TTY 711). Un familiar o "
           "un amigo pueden ayudarle.", 9.6)
    p.signoff(["Atentamente,", "Unidad de Reclamaciones de la Parte B", MAC], 9.6)
    t = truth("denial_letter", "not_covered", insurer=MAC, member_id=mbi_dash(m), member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[iso(trip)], denial_date=iso(ld), provider=AMB,
              appeal_deadline=iso(plus(ld, 120)), lang="es", denial_alternates=["eligibility"],
              alternates={"insurer": MAC_ALT, "member_id": [m], "provider": [medic]})
    return out(p), t


def photocopy_reopening(rng):
    pat, clerk = people(rng, 2)
    m = mbi(rng)
    claim = icn(rng)
    tail = list(claim[6:])
    tail[2], tail[3] = tail[3], tail[2]
    reo = f"RO-{claim[2:6]}-{''.join(tail)}"
    f1 = dt.date(2026, 1, rng.randint(5, 9))
    f2 = plus(f1, 28)
    req = dt.date(2026, 3, rng.randint(2, 5))
    dd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    lines = [(f1, "J7517", 240, 612.0, 228.96), (f1, "Q0511", 1, 60.0, 50.0),
             (f2, "J7517", 240, 612.0, 228.96), (f2, "Q0512", 1, 40.0, 33.33)]
    billed = round(sum(x[3] for x in lines), 2)
    allowed = round(sum(x[4] for x in lines), 2)
    ded = 283.0
    pay = round((allowed - ded) * 0.8, 2)
    p = JCSheet(footer="Page {n} of {nb}", footer_left=f"Form LQ-RO-2 (09/2025)  |  Mailed {slash(dd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    mac_head(p, rng, "DME Medicare Administrative Contractor, Jurisdiction F - Reopenings")
    p.title_bar("REOPENING DECISION", "Supplier copy. Keep with the claim.")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Date of decision", mdy_dots(dd)), ("2. Reopening no.", reo), ("3. Claim (ICN)", claim)],
                [W * 0.26, W * 0.37, W * 0.37], size=9.4, h=10.5)
    p.form_band([("4. Supplier", PHARM2), ("5. Supplier NPI", f"1{digits(rng, 9)}")], [W * 0.63, W * 0.37],
                size=9.4, h=10.5)
    p.form_band([("6. Beneficiary", pat), ("7. Medicare number", m), ("8. Request received", mdy_dots(req))],
                [W * 0.4, W * 0.33, W * 0.27], size=9.4, h=10.5)
    p.form_band([("9. Fill dates", f"{mdy_dots(f1)} and {mdy_dots(f2)}"), ("10. Billed", usd(billed)),
                 ("11. Allowed", usd(allowed)), ("12. We will pay", usd(pay))],
                [W * 0.34, W * 0.22, W * 0.22, W * 0.22], size=9.4, h=10.5)
    p.ln(4)
    p.heading("Result: the claim will be paid", 12)
    p.para(f"On {long(req)} you asked us to reopen this claim for two fills of mycophenolate mofetil. We had not "
           "paid it because, when it came in, our records did not yet show that the beneficiary was enrolled in "
           "the Part B immunosuppressive drug benefit. Social Security has now confirmed the enrollment, starting "
           "January 1, 2026, so both fills fall inside the coverage.", 9.8)
    p.para(f"We changed our decision. We will pay {usd(pay)}: the allowed amount of {usd(allowed)} less the "
           f"Part B deductible of {usd(ded)} and less the 20 percent coinsurance. The payment will be on your "
           "next remittance advice under the claim number above. You may collect the deductible and the "
           "coinsurance from the beneficiary.", 9.8)
    W2 = W
    p.table(["Fill date", "HCPCS", "Units", "Billed", "Allowed"],
            [[slash(d), c, str(u), usd(b), usd(a)] for d, c, u, b, a in lines] +
            [["", "", "Total", usd(billed), usd(allowed)]],
            [W2 * 0.22, W2 * 0.18, W2 * 0.14, W2 * 0.23, W2 * 0.23], size=8.8, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.para(f"Questions: call the contact center at the number above and give the reopening number. Decided by "
           f"{clerk}, reopenings specialist.", 9)
    t = truth("other", None, insurer=MAC, member_id=m, member_name=pat, cases=[reo, claim],
              claim_amount=m2(billed), service_dates=[iso(f1), iso(f2)], denial_date=iso(dd), provider=PHARM2,
              alternates={"insurer": MAC_ALT, "case_numbers": [[claim], [reo]], "claim_amount": [None, m2(pay)],
                          "service_dates": [[]]})
    return out(p), t


def rotated_dialysis(rng):
    pat, neph, sig = people(rng, 3)
    m = mbi(rng)
    claim = icn(rng, "A")
    a = dt.date(2026, 2, rng.randint(2, 4))
    b = dt.date(2026, 2, rng.randint(25, 27))
    n_tx = 12
    rate = rng.choice([1488.0, 1512.0, 1465.0])
    billed = round(rate * n_tx + rng.choice([612.4, 488.15, 731.9]), 2)
    rcvd = dt.date(2026, 3, rng.randint(2, 3))
    ld = workday(dt.date(2026, 3, rng.randint(4, 6)))
    p = JCSheet(footer="Page {n} of {nb}", footer_left=f"Letter LQ-A-77 (rev. 06/2025)  |  mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    mac_head(p, rng, "A/B Medicare Administrative Contractor, Jurisdiction 17 - Part A Claims")
    p.line(dmy_dash(ld), 10.4, "B")
    p.ln(2)
    for ln in [DIAL, "Attn: Business Office", *DIAL_ADDR]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"Re: Claim {claim} - outpatient dialysis, February 2026", 10)
    p.pairs([("Patient", pat), ("Medicare number", mbi_dash(m)), ("Dates of service", f"{slash(a)} - {slash(b)}"),
             ("Attending", f"Dr. {neph}")], label_w=38, size=9.4)
    p.ln(2)
    p.columns(
        [("What you billed", f"{n_tx} outpatient hemodialysis treatments (revenue code 0821) from {long(a)} through "
                             f"{long(b)}, with total charges of {usd(billed)}. The claim reached us on "
                             f"{mdy_dots(rcvd)}."),
         ("What we decided", "We cannot pay any of the treatments on this claim. The patient will get a summary "
                             "notice that says the same."),
         ("Why", f"The information we received does not show that {pat} has Medicare based on kidney failure "
                 "again. On the dates of these treatments our records show only the Part B immunosuppressive drug "
                 "benefit, which pays for anti-rejection drugs and for nothing else, so dialysis cannot be paid "
                 "under it.")],
        [("What the patient can do", f"When a transplanted kidney fails and dialysis starts again, a person can "
                                     "apply to Social Security for Medicare based on kidney failure once more. Your "
                                     "social worker can help with the application and with form CMS-2728, signed "
                                     f"by Dr. {neph}, the attending nephrologist."),
         ("What you can do", "If Social Security restores that coverage for these dates, send the claim again "
                             "as a new claim; do not appeal it. You may not bill the patient while the application "
                             "is pending."),
         ("If you disagree", "You may ask us for a redetermination within 120 days of the date of this notice. "
                             "Send it to the Part A Redetermination Unit at the address above.")],
        size=9.0)
    p.ln(2)
    p.signoff(["Sincerely,", sig, "Part A Claims Review"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=MAC, member_id=mbi_dash(m), member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=DIAL,
              appeal_deadline=iso(plus(ld, 120)), denial_alternates=["not_covered"],
              alternates={"insurer": MAC_ALT, "member_id": [m], "provider": [f"Dr. {neph}", neph]})
    return out(p), t


def faxstd_stack(rng):
    pat, biller, tech, doc = people(rng, 4)
    m = mbi(rng)
    old = icn(rng)
    new = icn(rng)
    fill = dt.date(2026, 2, rng.randint(9, 13))
    jan = plus(fill, -28 - rng.randint(0, 3))
    rr = workday(plus(jan, 14))
    ld = workday(dt.date(2026, 3, rng.randint(3, 6)))
    lines = [("J7517", "Mycophenolate mofetil, oral, 250 mg", 240, 612.0, 228.96),
             ("Q0511", "Supplying fee, first fill in 30 days", 1, 60.0, 50.0)]
    billed = round(sum(x[3] for x in lines), 2)
    allowed = round(sum(x[4] for x in lines), 2)
    sent = plus(ld, rng.randint(3, 6))
    cover = transmittal(f"{PHARM2} - Billing Office", [*PHARM2_ADDR, f"Phone {phone(rng, '262')}  |  Fax "
                                                                      f"{phone(rng, '262')}"],
                        [("To", f"{MAC}, DME Reopenings"), ("From", f"{biller}, billing specialist"),
                         ("Fax", phone(rng, "920")), ("Phone", phone(rng, "920")),
                         ("Date", slash(sent)), ("Re", f"Patient {pat}")], 4,
                        [f"Please reopen the attached claim. Your letter treats our February fill as a duplicate of "
                         f"claim {old}, but that claim was the January fill; the two remits are attached. Our "
                         "dispensing log shows two separate fills."])
    # document 1: the duplicate-claim letter to the pharmacy, two pages
    d1 = JCSheet(footer="Page {n} of {nb}", footer_left="Letter LQ-DUP-1 (rev. 11/2025)",
                 ids_foot=f"ICN {new}  |  MBI {m}  |  Supplier {PHARM2}  |  Notice mailed {slash(ld)}")
    d1.set_margins(18, 16, 18)
    d1.add_page()
    mac_head(d1, rng, "DME Medicare Administrative Contractor, Jurisdiction F")
    d1.addr_kv([PHARM2, "Billing Office", *PHARM2_ADDR],
               [("Date", long(ld)), ("Claim (ICN)", new), ("Beneficiary", pat), ("Fill date", slash(fill)),
                ("Billed", usd(billed))], w=88, cap_w=28)
    d1.heading("We did not pay this claim", 12)
    d1.para(f"The claim above is for a fill of mycophenolate mofetil for {pat} on {long(fill)}, prescribed by "
            f"Dr. {doc}. Our records show that the same drug, in the same quantity, for the same beneficiary and "
            f"the same date of service was already billed by your pharmacy and paid on claim {old} "
            f"(remittance of {slash(rr)}). A second claim for a service we have already paid is not paid "
            "again.", 9.8)
    W = d1.w - d1.l_margin - d1.r_margin
    d1.table(["Fill date", "HCPCS", "Description", "Units", "Billed", "Paid", "Codes"],
             [[slash(fill), c, s, str(u), usd(b), "$0.00", "CO-18"] for c, s, u, b, _ in lines] +
             [["", "", "Total", "", usd(billed), "$0.00", ""]],
             [W * 0.13, W * 0.1, W * 0.37, W * 0.08, W * 0.12, W * 0.1, W * 0.1], size=8.6,
             aligns=["L", "L", "L", "R", "R", "R", "L"], bold_last=True)
    d1.para("If the fill on this claim is a different fill from the one already paid, do not send the same claim "
            "again; ask for a reopening and send your dispensing record, or use the appeal rights on page 2.", 9.6)
    d1.add_page()
    d1.ruled_glossary("Codes on this letter", [
        ("CO-18", "Exact duplicate claim or service."),
        ("ID1", "Paid under the Part B immunosuppressive drug benefit (Part B-ID)."),
        ("ID4", "Same beneficiary, supplier, HCPCS code, units and date of service as a claim already paid.")],
        size=8.4)
    d1.heading("Your appeal rights", 11)
    d1.para("You may ask for a redetermination within four months from the date of this letter. A request sent "
            "later will be dismissed unless you show good cause. Send it to the DME Redetermination Unit at the "
            "address on page 1 with a copy of this letter and any records that show why the claim should be "
            "paid.", 9.6)
    d1.para(f"Processed by {tech}, claims examiner. Questions: call the provider contact center.", 9.2)
    d_a = (out(d1), truth("denial_letter", "other", insurer=MAC, member_id=m, member_name=pat, cases=[new],
                          claim_amount=m2(billed), service_dates=[iso(fill)], denial_date=iso(ld), provider=PHARM2,
                          appeal_deadline=iso(add_months(ld, 4)),
                          alternates={"insurer": MAC_ALT, "case_numbers": [[new, old]],
                                      "provider": [f"Dr. {doc}", doc]}))
    # document 2: the remittance detail of the earlier paid claim (the January fill)
    s = JCSheet(footer="Page {n} of {nb}", footer_left=f"Remittance detail  |  printed from the provider portal")
    s.set_margins(16, 14, 16)
    s.add_page()
    mac_head(s, rng, "DME Medicare Administrative Contractor, Jurisdiction F", box="CLAIM DETAIL")
    s.beside([[("Payee", PHARM2), ("Remit date", slash(rr))],
              [("ICN", old), ("Check/EFT", digits(rng, 10))],
              [("Patient", last_first(pat)), ("MBI", m)]], cap_w=22, size=8.6)
    W = s.w - s.l_margin - s.r_margin
    ded = 0.0
    rows = []
    tp = 0.0
    for c, d_, u, b, a in lines:
        co = round(a * 0.2, 2)
        pd = round(a - co, 2)
        tp += pd
        rows.append([slash(jan), c, str(u), n2(b), n2(a), n2(ded), n2(co), n2(pd), "CO-45 PR-2 ID1"])
    s.open_table(["Fill date", "HCPCS", "Units", "Billed", "Allowed", "Deduct", "Coins", "Paid", "Codes"],
                 [W * 0.13, W * 0.1, W * 0.08, W * 0.11, W * 0.11, W * 0.1, W * 0.1, W * 0.11, W * 0.16],
                 ["L", "L", "R", "R", "R", "R", "R", "R", "L"],
                 rows + [("bold", ["Claim total", "", "", n2(billed), n2(allowed), "0.00",
                                   n2(round(allowed * 0.2, 2)), n2(round(tp, 2)), ""])], size=8.4, row_h=5)
    s.para("You may ask for a redetermination of any claim on a remittance within 120 days after you receive it.",
           8.6)
    d_b = (out(s), truth("eob", None, insurer=MAC, member_id=m, member_name=pat, cases=[old],
                         claim_amount=m2(billed), service_dates=[iso(jan)], denial_date=iso(rr), provider=PHARM2,
                         alternates={"insurer": MAC_ALT}))
    return cover, [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_dme_remittance_three_pages_mbi_uncaptioned_nebulizer_line_code_only", "born_digital",
             [born_remit(rng)]),
        Item(F + "finefax_redetermination_four_pages_running_header_clinic_visit_outside_benefit", "fax_fine_g4",
             [finefax_redetermination(rng)]),
        Item(F + "lowres_summary_notice_three_pages_lab_tests_refused_totals_last", "scan_lowres_150",
             [lowres_msn(rng)]),
        Item(F + "phone_es_carta_ambulancia_fuera_del_beneficio_de_medicamentos", "phone_photo",
             [phone_es_letter(rng)]),
        Item(F + "photocopy_reopening_form_boxes_enrollment_confirmed_will_pay_amount", "photocopy",
             [photocopy_reopening(rng)]),
        Item(F + "rotated_two_column_dialysis_after_graft_failure_claim_only_in_subject", "rotated",
             [rotated_dialysis(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_pharmacy_billing_transmittal_duplicate_fill_upside_down_then_paid_remit",
                      "fax_standard_g4", docs, separators=[cover, "duplex"], turns={(0, 1): 180}))
    return items
