"""Family 'vision': a vision plan's landscape EOBs and three-page denial letters with a tear-off appeal form.

ClearSight Vision Benefits is fictional. EOBs are printed landscape with a member panel on the left and a
claim table on the right (retail charge, plan allowance, member responsibility, benefit-period decoys).
Letters run to three pages ("Page 1 of 3") with the Vision ID in a running header; page 3 is an appeal
request form pre-filled with the member's and claim's numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "vision"
LANG = "en"
INSURER = "ClearSight Vision Benefits"
DOCTORS = ["Dr. Imelda Castellanos, OD", "Dr. Rupert Vance, OD", "Dr. Keiko Marlowe, MD", "Dr. Anders Holm, OD"]
OFFICES = ["Lakeside Eye Care", "Spectrum Optical & Eye Exams", "Bluffview Ophthalmology", "Twin Pines Vision Center"]
EOB_CASES = {  # denial -> lines [(code, service, eye, lo, hi, denied)], msg code, message
    "not_covered": ([("92310", "Contact lens fitting", "OU", 90, 160, True),
                     ("V2520", "Contact lenses, soft, spherical", "OU", 120, 260, True)], "V31",
                    "Contact lenses are not covered in a benefit period in which eyeglass lenses were already "
                    "provided. Your plan covers lenses or contacts, not both."),
    "coding_error": ([("92004", "Comprehensive eye exam, new patient", "OU", 140, 240, False),
                      ("92015", "Refraction", "OU", 40, 75, True)], "V44",
                     "Refraction was billed with a modifier that does not apply to this procedure. The line cannot "
                     "be processed as billed; the provider may submit a corrected claim."),
    "eligibility": ([("92014", "Comprehensive eye exam, established", "OU", 120, 210, True),
                     ("V2103", "Spectacle lenses, single vision", "OU", 90, 180, True)], "V07",
                    "The member's vision coverage was not in effect on the date of service (coverage ended)."),
    None: ([("92014", "Comprehensive eye exam, established", "OU", 120, 210, False),
            ("V2020", "Frames", "", 110, 320, False)], "V01", "Paid at the in-network allowance."),
}
LETTER_CASES = {
    "medical_necessity": ("medically necessary contact lenses (keratoconus)",
                          "Your plan pays for medically necessary contact lenses when glasses cannot correct vision "
                          "to 20/40 or better. The exam notes your eye doctor sent show vision correctable to 20/25 "
                          "with glasses. The lenses do not meet the plan's definition of medically necessary."),
    "out_of_network": ("eye exam and eyeglasses",
                       "Your plan is an in-network-only plan. The provider you saw is not a ClearSight network "
                       "provider, and your plan has no out-of-network reimbursement."),
    "timely_filing": ("eye exam and frames",
                      "Claims must reach ClearSight within 365 days of the date of service. This claim reached us "
                      "after that limit."),
}
PLAN = [  # stem, condition, kind, denial
    ("vision_bd_eob_contacts", "born_digital", "eob", "not_covered"),
    ("vision_bd_letter_mednec", "born_digital", "letter", "medical_necessity"),
    ("vision_scan_eob_coding", "scan_clean_300", "eob", "coding_error"),
    ("vision_faxs_letter_oon", "fax_standard_g4", "letter", "out_of_network"),
    ("vision_photo_eob_elig", "phone_photo", "eob", "eligibility"),
    ("vision_lowres_eob_paid", "scan_lowres_150", "eob", None),
    ("vision_rot_letter_timely", "rotated", "letter", "timely_filing"),
]


def facts(r: Rand, denial: str | None) -> dict:
    name, first, mid, last = r.person()
    notice = r.date(dt.date(2026, 1, 20), 240)
    back = r.randint(380, 420) if denial == "timely_filing" else r.randint(14, 60)
    street, city = r.address()
    return dict(name=name, first=first, last=last, street=street, city=city, notice=notice,
                dos=notice - dt.timedelta(days=back), vid=f"CSV {r.digits(4)} {r.digits(4)}",
                group=f"{r.digits(4)}-{r.digits(3)}", claim=f"V{r.digits(10)}", doctor=r.choice(DOCTORS),
                office=r.choice(OFFICES), denial=denial, ds=r.choice(["slash", "short", "dmy"]))


def logo(d: Doc, x: float, y: float):
    d.set_line_width(0.8)
    d.ellipse(x, y, 16, 8)
    d.ellipse(x + 5, y + 1.5, 6, 5, style="F")
    d.set_line_width(0.2)
    d.set_xy(x + 19, y - 1)
    d.font(15, "B")
    d.cell(0, 7, "ClearSight")
    d.set_xy(x + 19, y + 5.5)
    d.font(7.5)
    d.cell(0, 3.5, "VISION BENEFITS  -  PO Box 60219, Columbus, OH 43260")


def eob(r: Rand, denial: str | None) -> tuple[bytes, dict]:
    f = facts(r, denial)
    spec, msg, text = EOB_CASES[denial]
    lines = [(c, s, e, float(r.amount(lo, hi)), den) for c, s, e, lo, hi, den in spec]
    total = round(sum(x[3] for x in lines), 2)
    d = Doc("Helvetica", footer="Page {p} of {n}", margins=(12, 12, 12), orientation="L")
    d.add_page()
    logo(d, 12, 13)
    d.set_xy(170, 11)
    d.font(13, "B")
    d.cell(0, 6, "Vision Explanation of Benefits", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(170)
    d.font(8.5)
    d.cell(0, 4.5, f"Issued {fmt_date(f['notice'], f['ds'])}  -  This is not a bill", align="R")
    d.set_y(30)
    d.set_fill_color(232, 238, 246)
    d.rect(12, 30, 78, 70, style="F")
    yy = 33
    year = f["notice"].year
    for k, v in (("Enrollee", f["name"]), ("Vision ID", f["vid"]), ("Employer/Group", f["group"]),
                 ("Benefit period", f"01/01/{year} - 12/31/{year}"), ("Claim #", f["claim"]),
                 ("Eye doctor", f["doctor"]), ("Practice", f["office"]), ("Patient acct", f"{r.digits(6)}")):
        d.set_xy(15, yy)
        d.font(7)
        d.cell(0, 3.2, k.upper())
        d.set_xy(15, yy + 3.2)
        d.font(9.5, "B")
        d.cell(0, 4.5, v)
        yy += 8.4
    d.set_left_margin(96)
    d.set_xy(96, 32)
    rows = []
    for code, svc, eye, amt, den in lines:
        allow = 0.0 if den else round(min(amt, amt * 0.75), 2)
        paid = allow
        rows.append([fmt_date(f["dos"], f["ds"]), code, svc, eye, fmt_money(amt), fmt_money(allow), fmt_money(paid),
                     fmt_money(amt - paid), msg if den else "V01"])
    rows.append(["*Claim total", "", "", "", fmt_money(total), "", "", "", ""])
    d.table(["DOS", "Code", "Service", "Eye", "Retail charge", "Plan allowance", "Plan paid", "Member resp.",
             "Msg"], rows, [18, 13, 56, 9, 20, 22, 18, 20, 10], size=8, aligns="LLLLRRRRL")
    d.font(9, "B")
    d.cell(0, 5, "Messages", new_x="LMARGIN", new_y="NEXT")
    d.para(f"{msg}  {text}", size=8.5)
    if msg != "V01":
        d.para("V01  Paid at the in-network allowance.", size=8.5)
    d.para(f"Remaining this benefit period: exam {r.choice(['0', '1'])} of 1, lenses {r.choice(['0', '1'])} of 1, "
           f"frame allowance ${r.choice(['0.00', '150.00'])}.", size=8.5)
    deadline = None
    if denial:
        deadline = f["notice"] + dt.timedelta(days=180)
        d.para("To appeal, write to ClearSight Appeals, PO Box 60222, Columbus, OH 43260 within 180 days of the date "
               "of this statement. You may include any records from your eye doctor.", size=8.5)
    d.para("ClearSight Vision Benefits complies with Federal civil rights laws. Language help: 1-877-555-0109 "
           "(TTY 711). Ayuda en espanol: 1-877-555-0109.", size=7.5)
    d.set_left_margin(12)
    alts = {"provider": [f["office"]]}
    denied = round(sum(x[3] for x in lines if x[4]), 2)
    if denial and denied != total:
        alts["claim_amount"] = [f"{denied:.2f}"]
    t = truth("eob", denial, insurer=INSURER, plan_id=None, group_number=f["group"],
              member_id=f["vid"].replace(" ", ""), member_name=f["name"], case_numbers=[f["claim"]],
              claim_amount=f"{total:.2f}", service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["doctor"].split(",")[0], appeal_deadline=iso(deadline) if deadline else None,
              alternates=alts, denial_alternates=["other"] if denial == "not_covered" else [])
    return pdf_bytes(d), t


def letter(r: Rand, denial: str) -> tuple[bytes, dict]:
    f = facts(r, denial)
    what, why = LETTER_CASES[denial]
    amount = r.amount(180, 900)
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Page {p} of {n}", header=f"ClearSight Vision ID {f['vid']}   Claim # {f['claim']}")
    d.add_page()
    logo(d, 18, 16)
    d.set_y(34)
    d.text_line(fmt_date(f["notice"], "wlong"), size=10.5)
    d.ln(4)
    for line in (f["name"], f["street"], f["city"]):
        d.text_line(line, size=10.5, h=5)
    d.ln(5)
    d.text_line("We denied your vision claim", size=13, style="B", h=7)
    d.text_line(f"Participant ID: {f['vid']}    Group: {f['group']}    Claim #: {f['claim']}", size=9.5)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']},", size=10.5)
    d.para(f"{f['doctor'].split(',')[0]} of {f['office']} sent us a claim for your {what} on "
           f"{fmt_date(f['dos'], 'long')}. The charges were {fmt_money(amount)}. We will not pay this claim.",
           size=10.5)
    d.text_line("Why", size=11, style="B")
    d.para(why, size=10.5)
    d.text_line("Your right to appeal", size=11, style="B")
    d.para(f"You can appeal this decision. We must receive your appeal by {fmt_date(deadline, 'long')}. Use the form "
           "on page 3 of this letter, or write to us. Your eye doctor can appeal for you with your permission.",
           size=10.5)
    d.para("Sincerely,\nClaims Department, ClearSight Vision Benefits", size=10.5)
    d.add_page()
    d.text_line("Important information about your rights", size=12, style="B", h=7)
    for para in ("Internal appeal: someone who was not involved in the first decision will review your appeal. "
                 "You may send written comments, documents and records. We will answer within 30 days.",
                 "Urgent situations: if a delay could seriously harm your eyesight, ask for an expedited appeal. We "
                 "will decide within 72 hours.",
                 "External review: if your appeal is denied and the decision was about medical necessity, "
                 "appropriateness of care, level of care or experimental treatment, you may ask for a review by "
                 "an independent organization. Decisions about eligibility, network, benefit limits, filing "
                 "limits or coding are not eligible.",
                 "Your state's department of insurance can also help: Ohio Department of Insurance, "
                 "1-800-686-1526. If your plan is an employer plan, you may have the right to file a civil "
                 "action under ERISA section 502(a)."):
        d.para(para, size=10)
    d.text_line("Nondiscrimination and language help", size=11, style="B")
    d.para("ClearSight Vision Benefits does not discriminate on the basis of race, color, national origin, age, "
           "disability, or sex. Free language services: 1-877-555-0109 (TTY 711).", size=9)
    for tag in ("Espanol: llame al 1-877-555-0109.", "Francais: appelez le 1-877-555-0109.",
                "Deutsch: Rufnummer 1-877-555-0109.", "Italiano: chiami il 1-877-555-0109.",
                "Tagalog: Tumawag sa 1-877-555-0109.", "Tieng Viet: goi so 1-877-555-0109."):
        d.para(tag, size=8.5, gap=0.8)
    d.add_page()
    d.text_line("APPEAL REQUEST FORM", size=13, style="B", align="C", h=8)
    d.text_line("Mail to ClearSight Appeals, PO Box 60222, Columbus, OH 43260  or fax 1-877-555-0110", size=9,
                align="C")
    d.ln(6)
    for k, v in (("Member name", f["name"]), ("Vision ID", f["vid"]), ("Claim #", f["claim"]),
                 ("Date of service", fmt_date(f["dos"], "slash")), ("Provider", f["office"]),
                 ("Daytime phone", "(____) ______-________"), ("Why do you disagree?", "")):
        d.font(10, "B")
        d.cell(48, 9, k)
        d.font(10)
        d.cell(0, 9, v, border="B", new_x="LMARGIN", new_y="NEXT")
    for _ in range(5):
        d.cell(0, 9, "", border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.text_line("Signature ______________________________   Date ____________", size=10)
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=None, group_number=f["group"],
              member_id=f["vid"].replace(" ", ""), member_name=f["name"], case_numbers=[f["claim"]],
              claim_amount=amount, service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["doctor"].split(",")[0], appeal_deadline=iso(deadline), alternates={"provider": [f["office"]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [(eob if kind == "eob" else letter)(Rand(8200 + i), denial)])
            for i, (stem, cond, kind, denial) in enumerate(PLAN)]
