"""Family 'portal_print': a claim page printed from an insurer's member web portal (browser header and footer).

Halcyon Ridge Health is fictional, as is its portal's .test address. The printout carries what a browser adds
(print time, page title, the URL, "Page 1 of 2") and what the site shows around the claim: navigation words,
"Welcome, FIRSTNAME", a masked member ID in the site header (a decoy: the full ID is printed on page 2 on some
pages, nowhere on others), a claim summary panel, a line-item table and an explanation-code section.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "portal_print"
LANG = "en"
INSURER = "Halcyon Ridge Health"
HOST = "https://members.halcyonridge-health.test"
FIRST = ["Rosalind", "Thaddeus", "Corinne", "Emeka", "Griselda", "Ignatius", "Pernille", "Lucius", "Saoirse"]
LAST = ["Ashgrove", "Wetherby", "Okonkwo-Hale", "Brannigan", "Castellane", "Dunmore", "Ferrick", "Galloway"]
KIDS = ["Tobiah", "Wren", "Ottilie", "Casimir"]
PLANS = ["HRH Silver Saver HMO 3500", "HRH Gold Access PPO 1000", "HRH Bronze Essential EPO 7000"]
# kind -> (denial, status, provider, [(code, description, lo, hi, denied?)], explanation code, its text)
CASES = {
    "mri": ("medical_necessity", "Denied", "Dr. Anneliese Varga",
            [("73721", "MRI knee joint without contrast", 1400, 2600, True)], "MN7",
            "Our clinical reviewers found this service was not medically necessary based on the records we "
            "received. Conservative treatment was not documented before imaging."),
    "pt": ("not_covered", "Partially denied", "Gannet Bay Rehabilitation",
           [("97110", "Therapeutic exercises, each 15 min", 90, 160, False),
            ("97140", "Manual therapy techniques", 80, 140, False),
            ("97530", "Therapeutic activities", 95, 170, True), ("97112", "Neuromuscular reeducation", 85, 150, True)],
           "BL3", "You have used all 20 therapy visits your plan covers this year. Visits over the yearly limit are "
                  "not a covered benefit."),
    "paid": (None, "Paid", "Thistledown Family Practice",
             [("99214", "Office visit, established patient", 180, 290, False),
              ("36415", "Routine venipuncture", 18, 35, False), ("80061", "Lipid panel", 40, 95, False)],
             "P01", "This claim was processed under your in-network benefits."),
    "oon": ("out_of_network", "Denied", "Sablewood Surgical Associates",
            [("47562", "Laparoscopic cholecystectomy", 6200, 9800, True),
             ("00790", "Anesthesia, upper abdomen", 1100, 2300, True)], "NW4",
            "This provider is not in your plan's network. Your EPO plan does not pay for care from out-of-network "
            "providers except in an emergency."),
    "pa": ("prior_authorization", "Denied", "Dr. Bartholomew Quist",
           [("64483", "Epidural steroid injection, lumbar", 900, 2100, True)], "PA2",
           "This service requires prior authorization. We have no approved authorization on file for this date "
           "of service."),
    "bundle": ("coding_error", "Partially denied", "Larchmont Ambulatory Surgery Center",
               [("29880", "Knee arthroscopy, meniscectomy", 3100, 5400, False),
                ("29877", "Knee arthroscopy, debridement", 1500, 2800, True)], "CB9",
               "This procedure is included in another procedure billed for the same session and is not paid "
               "separately."),
    "dup": ("other", "Denied", "Quillfeather Dermatology",
            [("11102", "Tangential skin biopsy", 210, 380, True), ("88305", "Tissue exam by pathologist", 120, 240, True)],
            "DP6", "This claim is a duplicate of a claim we already processed. See the original claim for payment "
                   "details."),
}
PLAN = [  # (stem, condition, kind, full member ID on page 2?, deadline style, dependent patient?)
    ("portal_print_bd_mri", "born_digital", "mri", True, "by", False),
    ("portal_print_bd_pt_partial", "born_digital", "pt", False, "within", True),
    ("portal_print_scan_paid", "scan_clean_300", "paid", True, "none", False),
    ("portal_print_lowres_oon", "scan_lowres_150", "oon", True, "within", False),
    ("portal_print_copy_pa", "photocopy", "pa", False, "by", False),
    ("portal_print_faxs_bundle", "fax_standard_g4", "bundle", True, "within", True),
    ("portal_print_photo_dup", "phone_photo", "dup", False, "by", False),
]


class PortalPage(Doc):
    """A browser printout: print time and page title on top, the URL and page count at the bottom."""

    def __init__(self, stamp: str, title: str, url: str, count_style: str):
        super().__init__("Helvetica", margins=(14, 14, 14))
        self.stamp, self.title_text, self.url, self.count_style = stamp, title, url, count_style

    def header(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_xy(8, 5)
        self.cell(60, 4, self.stamp)
        self.cell(self.w - 76, 4, self.title_text, align="C")
        self.set_xy(self.l_margin, 14)

    def footer(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_xy(8, -10)
        self.cell(self.w - 40, 4, self.url)
        count = f"Page {self.page_no()} of {{nb}}" if self.count_style == "words" else f"{self.page_no()}/{{nb}}"
        self.cell(24, 4, count, align="R")


def site_header(d: Doc, welcome: str, masked: str) -> None:
    d.set_fill_color(232, 236, 240)
    d.rect(d.l_margin, d.get_y(), d.w - 28, 16, style="F")
    y = d.get_y()
    d.set_xy(d.l_margin + 2, y + 2)
    d.font(15, "B")
    d.cell(80, 7, "Halcyon Ridge Health")
    d.font(8.5)
    d.cell(0, 7, f"Welcome, {welcome}    |    Member ID {masked}", align="R")
    d.set_xy(d.l_margin + 2, y + 9.5)
    d.font(9, "B")
    d.cell(0, 5, "Home      Claims      Benefits      ID Card      Find Care      Messages (2)      Sign out")
    d.set_xy(d.l_margin, y + 19)
    d.font(8)
    d.cell(0, 4, "Home  >  Claims  >  Claim details", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def panel(d: Doc, rows: list[tuple[str, str]], x: float, w: float, y: float) -> float:
    """Label-value rows of a summary panel; returns the y after it."""
    for label, value in rows:
        d.set_xy(x, y)
        d.font(8.5)
        d.cell(34, 5.5, label)
        d.font(9.5, "B")
        d.cell(w - 34, 5.5, value)
        y += 6
    return y


def build(r: Rand, kind: str, full_id: bool, dl: str, dependent: bool) -> tuple[bytes, dict]:
    denial, status, provider, lines, code, why = CASES[kind]
    first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("BCDFHJKMNRTW")
    holder = f"{first} {mid}. {last}"
    patient = f"{r.choice(KIDS)} {r.choice('ACEGLPS')}. {last}" if dependent else holder
    member_id = f"HRH{r.digits(9)}"
    suffix = "02" if dependent else "01"
    masked = "*" * 8 + member_id[-4:]
    group = f"G-{r.digits(5)}"
    plan_name = r.choice(PLANS)
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(6)}"
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 200))
    received = dos + dt.timedelta(days=r.randint(5, 20))
    processed = received + dt.timedelta(days=r.randint(6, 25))
    printed = processed + dt.timedelta(days=r.randint(2, 30))
    rows, billed_t, paid_t, owe_t, denied_t, ddates, disc = [], 0.0, 0.0, 0.0, 0.0, [], 0.0
    for i, (cpt, desc, lo, hi, denied) in enumerate(lines):
        day = dos + dt.timedelta(days=7 * i if kind == "pt" else 0)
        billed = float(r.amount(lo, hi))
        allowed = 0.0 if denied else round(billed * r.uniform(0.45, 0.7), 2)
        owe = 0.0 if denied and kind in ("bundle", "dup") else (billed if denied else round(allowed * 0.2, 2))
        paid = 0.0 if denied else round(allowed - owe, 2)
        billed_t, paid_t, owe_t = billed_t + billed, paid_t + paid, owe_t + owe
        disc += 0.0 if denied else billed - allowed
        if denied:
            denied_t += billed
            ddates.append(day)
        rows.append([day.strftime("%m/%d/%Y"), desc, cpt, fmt_money(billed), fmt_money(allowed), fmt_money(paid),
                     fmt_money(owe), code if denied else ("P01" if kind == "paid" else "")])
    days = sorted({dos + dt.timedelta(days=7 * i if kind == "pt" else 0) for i in range(len(lines))})
    deadline = processed + dt.timedelta(days=180) if dl != "none" else None
    url = f"{HOST}/claims/detail?ref={r.letters(3).lower()}{r.digits(5)}&view=print"
    d = PortalPage(printed.strftime("%-m/%-d/%y, ") + f"{r.randint(1, 11)}:{r.randint(10, 59)} PM",
                   "Claim details | Halcyon Ridge Member Portal", url, r.choice(["words", "slash"]))
    d.add_page()
    site_header(d, first, masked)
    d.text_line("Claim details", size=16, style="B", h=9)
    y0 = d.get_y() + 1
    d.rect(d.l_margin, y0 - 1, d.w - 28, 40)
    left = [("Claim status:", status), ("Claim #", claim), ("Patient", patient),
            ("Provider", provider), ("Date of service", dos.strftime("%m/%d/%Y") + (
                f" - {days[-1].strftime('%m/%d/%Y')}" if len(days) > 1 else "")),
            ("Network", "Out of network" if kind == "oon" else "In network")]
    right = [("Received", received.strftime("%m/%d/%Y")), ("Processed", processed.strftime("%m/%d/%Y")),
             ("Billed", fmt_money(billed_t)), ("Plan discount", fmt_money(disc)),
             ("Plan paid", fmt_money(paid_t)), ("You may owe", fmt_money(owe_t))]
    panel(d, left, d.l_margin + 3, 100, y0 + 1)
    panel(d, right, d.l_margin + 112, 70, y0 + 1)
    d.set_xy(d.l_margin, y0 + 43)
    d.text_line("Service line items", size=11, style="B", h=7)
    d.table(["Service date", "Description", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Expl."], rows,
            [22, 58, 13, 20, 20, 20, 20, 13], size=8, aligns="LLLRRRRC", head_fill=True)
    d.text_line("Explanation codes", size=11, style="B", h=7)
    d.para(f"{code}  {why}", size=9)
    d.text_line("Questions or disagree with this decision?", size=11, style="B", h=7)
    if dl == "by":
        d.para(f"You can ask us to review this claim again (an appeal). Appeal by: "
               f"{deadline.strftime('%m/%d/%Y')}. Select Messages > New appeal, or call Member Services at "
               f"1-888-555-0163 (TTY 711).", size=9)
    elif dl == "within":
        d.para("You can ask us to review this claim again (an appeal). Your appeal must be filed within 180 days "
               "of the date this claim was processed. Select Messages > New appeal, or call Member Services at "
               "1-888-555-0163 (TTY 711).", size=9)
    else:
        d.para("Questions about this claim? Select Messages > New message, or call Member Services at "
               "1-888-555-0163 (TTY 711).", size=9)
    d.para("This page is not a bill. Your provider may bill you for the amount shown under You may owe. The "
           "official Explanation of Benefits for this claim is available under Claims > Documents.", size=8)
    d.add_page()
    site_header(d, first, masked)
    d.text_line("Member information", size=12, style="B", h=8)
    info = [("Subscriber", holder), ("Plan", plan_name), ("Group number", group)]
    if full_id:
        info.insert(1, ("Member ID", f"{member_id}-{suffix}" if dependent else member_id))
    else:
        info.insert(1, ("Member ID", masked + " (full ID on your ID Card page)"))
    panel(d, info, d.l_margin + 3, 150, d.get_y())
    d.ln(4)
    d.text_line("Plan year accumulators (in network)", size=11, style="B", h=7)
    ded = r.choice([1000, 3500, 7000])
    used = r.randint(100, ded - 50)
    d.table(["", "Used", "Limit"], [["Deductible", fmt_money(used), fmt_money(ded)],
                                    ["Out-of-pocket maximum", fmt_money(used + r.randint(40, 900)), fmt_money(8150)]],
            [60, 30, 30], size=8.5, aligns="LRR")
    d.para("Privacy   |   Terms of use   |   Accessibility   |   Nondiscrimination notice   |   Language assistance",
           size=8)
    d.para("(c) 2026 Halcyon Ridge Health. Halcyon Ridge Health complies with applicable Federal civil rights laws. "
           "ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. "
           "Llame al 1-888-555-0163 (TTY 711).", size=7.5)
    mid_id = f"{member_id}-{suffix}" if dependent else member_id
    alts: dict = {}
    if full_id:
        mid_truth = mid_id
        if dependent:
            alts["member_id"] = [member_id]
    else:
        mid_truth = None
        alts["member_id"] = [masked]
    amount = m2(billed_t)
    if denial and m2(denied_t) != amount:
        alts["claim_amount"] = [m2(denied_t)]
    svc = [iso(x) for x in (ddates if denial else days)]
    if denial and len(ddates) != len(days):
        alts["service_dates"] = [[iso(x) for x in days]]
    t = truth("eob", denial, insurer=INSURER, plan_id=None, group_number=group, member_id=mid_truth,
              member_name=patient, case_numbers=[claim], claim_amount=amount, service_dates=svc,
              denial_date=iso(processed), provider=provider,
              appeal_deadline=iso(deadline) if deadline else None, alternates=alts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(8100 + i), kind, full, dl, dep)])
            for i, (stem, cond, kind, full, dl, dep) in enumerate(PLAN)]
