"""Family workers_comp_eor: a state workers' compensation Explanation of Review (EOR) sent to a provider.

Modelled on the explanation of review that state workers' compensation rules ask a claims administrator (or
the bill review company working for it) to send with each payment or objection on a medical bill: the
claims administrator's letterhead, a header of claimant (the injured worker), employer, claim number, date
of injury, bill and document control numbers, billing and rendering provider with tax ID and NPI, the date the
bill came in and the review date; a line table (date of service, procedure and modifier, units, billed,
recommended allowance, reduction, explanation codes) with totals; a legend of the explanation codes with
their CARC/RARC; and the second-review paragraph (ask for a second bill review within 90 days, then
independent bill review). Reasons: treatment of a body part that is not part of the accepted injury, no
authorization through utilization review, a level of service coded higher than documented, a bill sent after
the state's filing limit, a duplicate bill, and one bill paid in full. Three invented issuers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundh_famk import CLINICS, DOCTORS, address, cents, digits, letters, npi, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "workers_comp_eor"
LANG = "en"

# issuer key -> (letterhead, second line, carrier/administrator named inside, labels)
ISSUERS = {
    "tpa": ("Copperline Claims Management, Inc.", "Workers' Compensation Claims Administration",
            "Granite Shoals Mutual Casualty Company",
            dict(claimant="Claimant", claim="Claim Number", doi="Date of Injury", bill="Bill ID",
                 dcn="Document Control No.", date="Date of Review", recv="Date Bill Received",
                 prov="Billing Provider", rend="Rendering Provider", carrier="Insurer", title="EXPLANATION OF REVIEW")),
    "billreview": ("Ledgerpoint Bill Review Services, LLC", "on behalf of Harrowgate Risk Services (claims administrator)",
                   "Harrowgate Risk Services",
                   dict(claimant="Injured Worker", claim="WC Claim No.", doi="DOI", bill="Bill No.", dcn="DCN",
                        date="EOR Date", recv="Received", prov="Payee", rend="Treating Physician",
                        carrier="Claims Administrator", title="Explanation of Review (EOR)")),
    "fund": ("Bluestem State Compensation Insurance Fund", "Medical Bill Review Unit", None,
             dict(claimant="Employee", claim="Claim #", doi="Injury Date", bill="Bill Review #",
                  dcn="Doc Ctl #", date="Review Date", recv="Bill Rec'd", prov="Provider", rend="Rendering",
                  carrier="Policyholder", title="EXPLANATION OF REVIEW \u2013 MEDICAL BILL")),
}
# code -> (text, CARC/RARC)
LEGEND = {
    "FS1": ("Allowance per the official medical fee schedule.", "CARC 45"),
    "PD0": ("Paid as billed; the charge does not exceed the fee schedule.", "\u2014"),
    "EX4": ("Treatment is for a body part or condition that is not part of the accepted injury on this claim. "
            "The claims administrator has objected to this part of the claim.", "CARC 219; RARC N30"),
    "UR2": ("This service requires authorization through utilization review. No request for authorization was "
            "received before the service was given.", "CARC 197"),
    "CD7": ("The level of service billed is not supported by the documentation; allowed at the level documented.",
            "CARC 150"),
    "CD8": ("Included in the allowance for another procedure on the same date; not separately payable.",
            "CARC 97; RARC M15"),
    "TL1": ("The bill was received after the state's 12-month limit for submitting medical bills (counted from the "
            "date of service). Not payable.", "CARC 29"),
    "DP3": ("Duplicate of a bill already reviewed; see the original bill's EOR.", "CARC 18"),
}
# kind -> (lines [(code, mod, desc, lo, hi, explanation or None)], denial type, alternates)
CASES = {
    "unrelated": ([("72148", "", "MRI lumbar spine w/o contrast", 1300, 2100, "EX4"),
                   ("99214", "", "Office visit, est. patient", 190, 260, "EX4")], "not_covered", ["other"]),
    "noauth": ([("29881", "RT", "Knee arthroscopy, menisc.", 4200, 6900, "UR2"),
                ("01400", "", "Anesthesia, knee joint", 900, 1500, "UR2")], "prior_authorization", ["other"]),
    "coding": ([("99215", "", "Office visit, est. patient, high", 280, 340, "CD7"),
                ("97140", "59", "Manual therapy, 15 min", 80, 120, "CD8"),
                ("97110", "", "Ther. exercise, 15 min", 70, 110, None)], "coding_error", ["other"]),
    "late": ([("97110", "", "Ther. exercise, 15 min", 70, 110, "TL1"),
              ("97140", "", "Manual therapy, 15 min", 80, 120, "TL1")], "timely_filing", None),
    "dup": ([("73221", "LT", "MRI shoulder joint w/o contrast", 1100, 1800, "DP3")], "other", None),
    "paid": ([("99213", "", "Office visit, est. patient", 120, 160, "PD0"),
              ("97110", "GP", "Ther. exercise, 15 min", 50, 70, "PD0")], None, None),
}


def _header(p: Page, rows: list[tuple[str, str]], wide: list[tuple[str, str]], boxed: bool) -> None:
    """Two columns of short label/value pairs, then full-width rows for names; ruled or plain."""
    half = (p.w - p.l_margin - p.r_margin) / 2
    y0 = p.get_y()
    for i, (k, v) in enumerate(rows):
        col, row = i % 2, i // 2
        p.set_xy(p.l_margin + col * half, y0 + row * 6)
        p.f(8.5, "B")
        p.cell(39, 6, (" " if boxed else "") + k + ":", border="LTB" if boxed else 0)
        p.f(8.5)
        p.cell(half - 39, 6, v, border="RTB" if boxed else 0)
    y = y0 + ((len(rows) + 1) // 2) * 6
    for k, v in wide:
        p.set_xy(p.l_margin, y)
        p.f(8.5, "B")
        p.cell(39, 6, (" " if boxed else "") + k + ":", border="LTB" if boxed else 0)
        p.f(8.5)
        p.cell(2 * half - 39, 6, v, border="RTB" if boxed else 0)
        y += 6
    p.set_xy(p.l_margin, y + 3)


def _lines(rng, kind, dos, ms):
    """Table rows and sums: billed, allowed, denied lines' billed, denied dates, all dates."""
    lines = CASES[kind][0]
    rows, billed, allowed, denied, ddates, dates = [], 0.0, 0.0, 0.0, [], []
    for i, (code, mod, desc, lo, hi, exp) in enumerate(lines):
        d = plus(dos, 0 if kind not in ("late", "coding") else 2 * i * (kind == "late"))
        units = 2 if code.startswith("97") else 1
        b = cents(rng, lo, hi)
        if exp in (None, "PD0"):
            a = b if kind == "paid" else round(b * rng.uniform(0.62, 0.8), 2)
            codes = "PD0" if kind == "paid" else "FS1"
        elif exp == "CD7":
            a = round(b * 0.55, 2)
            codes = "FS1, CD7"
        else:
            a = 0.0
            codes = exp
        if exp not in (None, "PD0"):
            denied += b
            ddates.append(span(d))
        rows.append([str(i + 1), d, code, mod, desc, str(units), money(b, ms), money(a, ms), money(b - a, ms), codes])
        billed, allowed = billed + b, allowed + a
        dates.append(span(d))
    return rows, round(billed, 2), round(allowed, 2), round(denied, 2), ddates, dates


def make(rng, kind, issuer, deadline_style, boxed):
    head, sub, admin, lab = ISSUERS[issuer]
    dtype, dalt = CASES[kind][1], CASES[kind][2]
    who, *_ = person(rng)
    review = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 110))
    ds = rng.choice(["slash", "long", "iso", "dmy"])
    ms = rng.choice(["plain", "nosign", "usd"])
    dos = plus(review, -rng.randint(25, 70) - (400 if kind == "late" else 0))
    received = plus(review, -rng.randint(8, 20))
    doi = plus(dos, -rng.randint(40, 300))
    claim = rng.choice([f"WC{digits(rng, 9)}", f"{digits(rng, 3)}-{digits(rng, 6)}-{letters(rng, 2)}",
                        f"{letters(rng, 1)}{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 6)}"])
    bill = f"{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 7)}"
    dcn = digits(rng, 14)
    orig = _orig(rng)
    clinic = rng.choice(CLINICS)
    doc = rng.choice(DOCTORS)
    show_rend = rng.random() < 0.7
    policy = f"WC {digits(rng, 4)}-{digits(rng, 6)}" if issuer != "billreview" else None
    rows, billed, allowed, denied, ddates, dates = _lines(rng, kind, dos, ms)
    for r in rows:
        r[1] = fdate(r[1], "slash")
    p = Page(footer="Page {n} of {nb}", footer_left=f"EOR-{rng.randint(10, 99)} (rev. 07/2025)")
    p.add_page()
    p.line(head, 14, "B", h=7)
    p.line(sub, 8.5, h=4.5)
    p.line(f"PO Box {rng.randint(10000, 89999)}, Lost Pine, MT 59401   Bill review questions: {phone(rng)}   "
           f"Fax {phone(rng, False)}", 7.8, h=4.2)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)
    for ln in [clinic.upper(), "ATTN: BILLING OFFICE"] + address(rng):
        p.line(ln, 9.5, h=4.8)
    p.ln(3)
    p.line(lab["title"], 13, "B", align="C", h=7)
    p.ln(1)
    hdr = [(lab["date"], fdate(review, ds)), (lab["claim"], claim), (lab["claimant"], who),
           (lab["doi"], fdate(doi, ds)), ("Employer", rng.choice(["Tumbleweed Freight Lines", "Harkness Poultry Co.",
                                                                   "Silverlake Unified School District",
                                                                   "Quarryman Stone & Gravel"])),
           (lab["bill"], bill), (lab["recv"], fdate(received, ds)), (lab["dcn"], dcn),
           ("Provider TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("Patient Acct", digits(rng, 8))]
    if show_rend:
        hdr.append(("NPI", npi(rng)))
    if policy:
        hdr.append(("Policy No.", policy))
    wide = [(lab["prov"], clinic)] + ([(lab["rend"], doc)] if show_rend else []) + \
        ([(lab["carrier"], admin)] if admin else [])
    _header(p, hdr, wide, boxed)
    p.table(["Ln", "DOS", "Proc", "Mod", "Description", "Units", "Billed", "Recommended allowance", "Reduction",
             "Expl. codes"], [[r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]] for r in rows],
            [7, 19, 12, 9, 38, 10, 20, 28, 19, 17], size=7.6, head_h=8,
            aligns=["L", "L", "L", "L", "L", "C", "R", "R", "R", "L"])
    p.pairs([("Total billed", money(billed, ms)), ("Total recommended allowance", money(allowed, ms)),
             ("Total reduction", money(round(billed - allowed, 2), ms))], label_w=62, size=9, h=5)
    p.ln(2)
    p.heading("Explanation codes", 10, rule=True)
    used = sorted({c.strip() for r in rows for c in r[9].split(",")})
    for c in used:
        p.para(f"**{c}** ({LEGEND[c][1]}): {LEGEND[c][0]}", 7.8, gap=0.8)
    p.ln(1)
    if kind == "paid":
        p.para(f"Payment of {money(allowed, ms)} is being issued to the payee for this bill. The bill was paid in "
               "full.", 9)
    elif kind == "dup":
        p.para(f"This bill repeats services already reviewed under {lab['bill']} {orig}. No payment is made "
               "on this copy.", 9)
    elif allowed == 0:
        p.para("No payment is made on this bill. Each line is explained by the codes listed above.", 9)
    else:
        p.para(f"Payment of the recommended allowance ({money(allowed, ms)}) will be issued to the payee. The "
               "reductions above are explained by the codes listed.", 9)
    deadline = _appeal(p, rng, review, deadline_style, ds)
    p.para("Do not bill the injured worker for any amount on this bill. This review does not decide whether the "
           "treatment is reasonable; disputes about medical treatment go through utilization review and independent "
           "medical review.", 8)
    alts = {}
    if admin:
        alts["insurer"] = [admin]
    if policy:
        alts["plan_id"] = [policy]
    if show_rend:
        alts["provider"] = [clinic]
    if deadline_style == "receipt" or kind == "paid":
        alts["appeal_deadline"] = [plus(review, 90).isoformat()] + ([None] if kind == "paid" else [])
    if kind == "coding":
        alts["claim_amount"] = [m2(denied)]
        alts["service_dates"] = [sorted(set(dates))]
    cases = [claim, bill]
    alts["case_numbers"] = [[claim]] + ([[claim, bill, orig]] if kind == "dup" else [])
    t = truth("eob", dtype, insurer=head, plan_id=None, member_id=None, member_name=who, cases=cases,
              claim_amount=m2(billed), service_dates=dates if kind == "paid" else ddates,
              denial_date=review.isoformat(), provider=doc if show_rend else clinic,
              appeal_deadline=None if kind == "paid" else deadline, alternates=alts, denial_alternates=dalt,
              type_alternates=["denial_letter"] if kind in ("unrelated", "noauth", "late", "dup") else
              (["other"] if kind == "paid" else None))
    return out(p), t


def _orig(rng) -> str:
    return f"{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 7)}"


def _appeal(p: Page, rng, review: dt.date, style: str, ds: str) -> str | None:
    """The second-review paragraph; returns the truth deadline (None when counted from receipt)."""
    p.heading("Request for second review", 10, rule=True)
    if style == "notice":
        p.para("If you disagree with the amount recommended for payment, you may ask for a second bill review. Your "
               "request must be made within 90 days of the date of this explanation of review, on the state's "
               "request-for-second-review form, and must name each line in dispute and the reason.", 8.8)
        deadline = plus(review, 90).isoformat()
    elif style == "date":
        last = plus(review, 90)
        p.para(f"Second review request due by: **{fdate(last, ds)}**. Send the request with a copy of this EOR and "
               "the original bill; requests received after that date are not reviewed.", 8.8)
        deadline = last.isoformat()
    else:
        p.para("A provider who disputes this review may request a second review within 90 days from the date the "
               "provider receives this explanation of review. Include the bill number and the lines you dispute.",
               8.8)
        deadline = None
    p.para("If the second review does not resolve the dispute, you may request independent bill review within 30 "
           f"days of the final written decision on the second review. Questions: {phone(rng)}.", 8.3)
    return deadline


def documents(rng: random.Random) -> list[Item]:
    return [Item("workers_comp_eor_bd_unrelated", "born_digital", [make(rng, "unrelated", "tpa", "notice", True)]),
            Item("workers_comp_eor_bd_coding", "born_digital", [make(rng, "coding", "billreview", "date", False)]),
            Item("workers_comp_eor_scan_noauth", "scan_clean_300", [make(rng, "noauth", "fund", "receipt", True)]),
            Item("workers_comp_eor_lowres_late", "scan_lowres_150", [make(rng, "late", "tpa", "date", False)]),
            Item("workers_comp_eor_copy_dup", "photocopy", [make(rng, "dup", "billreview", "notice", True)]),
            Item("workers_comp_eor_photo_paid", "phone_photo", [make(rng, "paid", "fund", "notice", False)]),
            Item("workers_comp_eor_faxs_unrelated", "fax_standard_g4",
                 [make(rng, "unrelated", "billreview", "receipt", False)])]
