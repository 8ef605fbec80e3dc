"""Family 'dense_eob': a dense multi-patient family EOB in small type on landscape pages.

Quillon Harbor Health Insurance Co. is fictional, as are all people and numbers. One statement lists 8-15 claim
lines for 2-4 family members in 7-8 pt type: per-patient blocks with claim number, provider and "Claim processed"
date on the first line of each claim, patient subtotals, a plan-year deductible/out-of-pocket accumulator table
(decoy amounts and dates), a processing period, and a remark-code legend. In each statement one claim has one or
two denied lines (or all its lines denied); the truth is that claim's total billed, dates, provider and number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, m2, pdf_bytes, truth
from kit_roundg import DOCTORS, FIRST, KIDS, digits, money, person

FAMILY = "dense_eob"
LANG = "en"
INSURER = "Quillon Harbor Health Insurance Co."
PAID = [("99213", "Office visit, est. patient", 110, 190), ("99214", "Office visit, est. pt, mod", 160, 260),
        ("85025", "Blood count (CBC)", 25, 60), ("80053", "Comprehensive metabolic panel", 40, 95),
        ("36415", "Venipuncture", 12, 30), ("71046", "Chest X-ray, 2 views", 90, 210),
        ("90686", "Influenza vaccine", 28, 45), ("90471", "Immunization admin", 20, 40),
        ("87880", "Rapid strep test", 25, 55), ("99392", "Well child visit, 1-4 yrs", 160, 240),
        ("92014", "Eye exam, est. patient", 120, 200), ("73030", "Shoulder X-ray, 2 views", 80, 180),
        ("97110", "Therapeutic exercise, 15 min", 55, 110), ("99283", "Emergency dept visit, mod", 420, 900)]
# kind -> (denial, alternates, remark code, remark text, [(code, desc, lo, hi, denied)], facility or None: a doctor)
KINDS = {
    "mednec": ("medical_necessity", [], "QH41", "Not medically necessary for the diagnosis billed (CARC 50).",
               [("99214", "Office visit, est. pt, mod", 160, 260, False),
                ("G0483", "Definitive drug test, 22+ classes", 380, 720, True)], None),
    "bundle": ("coding_error", ["other"], "QH63", "Included in the primary procedure; not paid separately (CARC 97).",
               [("20610", "Arthrocentesis/injection, major joint", 180, 320, False),
                ("76942", "Ultrasound guidance for needle", 140, 260, True),
                ("J3301", "Triamcinolone 10 mg", 15, 40, False)], None),
    "limit": ("not_covered", ["other"], "QH52", "Benefit maximum reached: 30 therapy visits per plan year (CARC 119).",
              [("97110", "Therapeutic exercise, 15 min", 55, 110, True),
               ("97140", "Manual therapy, 15 min", 50, 100, True)], "Gullhaven Physical Therapy"),
    "oon": ("out_of_network", [], "QH30", "Provider not in the Quillon Harbor network; no out-of-network benefit "
            "on this plan (CARC 242).", [("81003", "Urinalysis, automated", 18, 40, True),
                                         ("87086", "Urine culture, count", 35, 80, True)],
            "Gorsefield Laboratory Services"),
    "pa": ("prior_authorization", [], "QH15", "Prior authorization required and not obtained (CARC 197).",
           [("72148", "MRI lumbar spine w/o contrast", 1100, 2400, True),
            ("A9579", "Gadolinium contrast, per ml", 40, 120, False)], "Tern Island Imaging"),
    "exp": ("experimental", ["not_covered"], "QH77", "Investigational or experimental service (CARC 55).",
            [("99213", "Office visit, est. patient", 110, 190, False),
             ("81599", "Multianalyte assay, unlisted", 900, 3200, True)], None),
    "acc": ("other", [], "QH88", "Accident details requested from the member and not received (CARC 226).",
            [("99283", "Emergency dept visit, mod", 420, 900, True),
             ("73610", "Ankle X-ray, 3 views", 95, 210, True)], "Starling Creek Hospital"),
}
# (stem, condition, kind, patients, lines total, deadline style)
PLAN = [
    ("dense_eob_bd_mednec", "born_digital", "mednec", 3, 11, "within"),
    ("dense_eob_bd_bundle", "born_digital", "bundle", 4, 15, "by"),
    ("dense_eob_scan_limit", "scan_clean_300", "limit", 2, 9, "within"),
    ("dense_eob_lowres_oon", "scan_lowres_150", "oon", 3, 10, "receive"),
    ("dense_eob_faxs_pa", "fax_standard_g4", "pa", 2, 8, "within"),
    ("dense_eob_copy_exp", "photocopy", "exp", 4, 13, "by"),
    ("dense_eob_photo_acc", "phone_photo", "acc", 3, 12, "within"),
]
HEAD = ["Claim #", "Provider", "Svc date", "Code", "Description", "Billed", "Allowed", "Not cov.", "Deduct.",
        "Copay/coins", "Plan paid", "You owe", "Rmk", "Claim processed"]
WIDTHS = [21, 38, 15, 11, 39, 16, 16, 15, 14, 17, 16, 15, 9, 19]


def money_s(v: float) -> str:
    return f"{v:,.2f}"


def make_claims(r: random.Random, kind: str, patients: list[str], total: int, start: dt.date, stmt: dt.date):
    """Claims per patient: [(patient, claim#, provider, processed, [(date, code, desc, billed, denied)])]."""
    denial_lines = KINDS[kind][4]
    target = r.randrange(len(patients))
    claims, n = [], 0
    doctor = r.choice(DOCTORS)
    others = [x for x in DOCTORS + ["Larchgate Family Medicine", "Copperleaf Pediatrics", "Pinehollow Urgent Care"]
              if x != doctor]
    for i, p in enumerate(patients):
        k = 2 if i == target else r.choice([1, 1, 2])
        for j in range(k):
            den = i == target and j == 0
            size = len(denial_lines) if den else r.randint(1, 3)
            claims.append([p, den, size])
            n += size
    while n < total:
        c = r.choice([c for c in claims if not c[1]])
        c[2] += 1
        n += 1
    out = []
    for p, den, size in claims:
        day = start + dt.timedelta(days=r.randint(0, 40))
        processed = min(day + dt.timedelta(days=r.randint(9, 24)), stmt - dt.timedelta(days=2))
        prov = (KINDS[kind][5] or doctor) if den else r.choice(others)
        lines = []
        if den:
            extra_day = day + dt.timedelta(days=7) if kind == "limit" else day
            for m, (code, desc, lo, hi, denied) in enumerate(denial_lines):
                lines.append((day if m == 0 else extra_day, code, desc, money(r, lo, hi), denied))
        else:
            for code, desc, lo, hi in r.sample(PAID, size):
                lines.append((day, code, desc, money(r, lo, hi), False))
        out.append((p, f"{digits(r, 4)}-{digits(r, 6)}-{r.randint(10, 99)}", prov, processed, lines, den))
    return out


def build(r: random.Random, kind: str, npat: int, total: int, dl: str) -> tuple[bytes, dict]:
    denial, dalts, rmk, rmk_text, _, _ = KINDS[kind]
    holder, first, last = person(r)
    spouse = person(r, [x for x in FIRST if x != first], last)[0]
    kids = [person(r, [k], last)[0] for k in r.sample(KIDS, 2)]
    patients = [holder, spouse, *kids][:npat]
    member_id = f"QH{digits(r, 10)}"
    group = f"{digits(r, 6)}"
    stmt = dt.date(2026, 3, 20) + dt.timedelta(days=r.randint(0, 70))
    period0 = stmt - dt.timedelta(days=30)
    claims = make_claims(r, kind, patients, total, stmt - dt.timedelta(days=75), stmt)
    deadline = stmt + dt.timedelta(days=180) if dl == "within" else (
        stmt + dt.timedelta(days=r.choice([180, 181, 183])) if dl == "by" else None)
    d = Doc("Helvetica", margins=(9, 9, 9), orientation="L",
            footer="THIS IS NOT A BILL  -  Quillon Harbor Health Insurance Co.  -  Page {p} of {n}")
    d.add_page()
    d.text_line("Quillon Harbor Health Insurance Co.", size=14, style="B", h=6.5)
    d.text_line("PO Box 7720, Astoria, OR 97103   |   Customer Care 1-844-555-0136 (TTY 711)   |   "
                "quillonharbor.test", size=7, h=4)
    y = d.get_y() + 1
    d.set_xy(170, 10)
    d.font(11, "B")
    d.cell(0, 5.5, "Explanation of Benefits - Family Statement", new_x="LMARGIN", new_y="NEXT")
    info = [("Statement date", fmt_date(stmt, "slash")), ("Subscriber", holder), ("Member ID", member_id),
            ("Group", group), ("Plan", "Quillon Family Choice PPO 2500"),
            ("Claims processed", f"{fmt_date(period0, 'slash')} - {fmt_date(stmt - dt.timedelta(days=1), 'slash')}")]
    yy = 16
    for k, v in info:
        d.set_xy(170, yy)
        d.font(7.5)
        d.cell(27, 3.6, k + ":")
        d.font(7.5, "B")
        d.cell(0, 3.6, v)
        yy += 3.6
    d.set_xy(d.l_margin, y + 2)
    asof = stmt - dt.timedelta(days=r.randint(1, 4))
    d.font(7.5, "B")
    d.cell(0, 4, f"Plan year accumulators 01/01/2026 - 12/31/2026 (in network), as of {fmt_date(asof, 'slash')}",
           new_x="LMARGIN", new_y="NEXT")
    acc_rows = []
    for label, lim in (("Individual deductible (each member)", 2500), ("Family deductible", 5000),
                       ("Individual out-of-pocket max", 6500), ("Family out-of-pocket max", 13000)):
        met = money(r, 150, lim - 100)
        acc_rows.append([label, money_s(met), money_s(lim), money_s(lim - met)])
    d.table(["Accumulator", "Met", "Limit", "Remaining"], acc_rows, [62, 20, 20, 22], size=7, aligns="LRRR",
            row_h=3.4)
    d.set_y(max(d.get_y(), yy + 2))
    d.font(7, "B")
    for h, w in zip(HEAD, WIDTHS):
        d.cell(w, 4.4, h, border="TB", align="L" if w in (21, 38, 39, 11, 9, 19) else "R")
    d.ln(4.8)
    den_claim = None
    rel = {holder: "Subscriber", spouse: "Spouse"}
    for p in patients:
        d.font(7.5, "B")
        d.cell(0, 4, f"Patient: {p}   ({rel.get(p, 'Dependent')})", new_x="LMARGIN", new_y="NEXT")
        sub = [0.0] * 7
        for cp, num, prov, processed, lines, den in claims:
            if cp != p:
                continue
            if den:
                den_claim = (cp, num, prov, lines)
            for m, (day, code, desc, billed, denied) in enumerate(lines):
                if denied:
                    allowed = nc = ded = co = paid = 0.0
                    nc, owe = billed, (billed if kind in ("oon", "acc", "exp") else 0.0)
                else:
                    allowed = round(billed * r.uniform(0.5, 0.8), 2)
                    nc = 0.0
                    ded = round(allowed * r.choice([0, 0, 0.5]), 2)
                    co = round((allowed - ded) * 0.2, 2)
                    paid = round(allowed - ded - co, 2)
                    owe = ded + co
                vals = [billed, allowed, nc, ded, co, paid, owe]
                sub = [a + b for a, b in zip(sub, vals)]
                cells = [num if m == 0 else "", prov if m == 0 else "", fmt_date(day, "slash"), code, desc] + \
                        [money_s(v) for v in vals] + [rmk if denied else ("QH05" if ded else "QH01"),
                                                      fmt_date(processed, "slash") if m == 0 else ""]
                d.font(7)
                for c, w in zip(cells, WIDTHS):
                    d.cell(w, 3.6, c, align="L" if w in (21, 38, 39, 11) else "R")
                d.ln(3.7)
            if len(lines) > 1:
                d.font(7, "I")
                d.cell(sum(WIDTHS[:5]), 3.6, f"Claim {num} total", align="R")
                d.cell(WIDTHS[5], 3.6, money_s(sum(x[3] for x in lines)), align="R")
                d.ln(3.9)
        d.font(7, "B")
        d.cell(sum(WIDTHS[:5]), 3.8, f"Subtotal {p.split()[0]}", border="T", align="R")
        for v, w in zip(sub, WIDTHS[5:12]):
            d.cell(w, 3.8, money_s(v), border="T", align="R")
        d.cell(sum(WIDTHS[12:]), 3.8, "", border="T")
        d.ln(5)
    d.ln(1)
    d.font(7.5, "B")
    d.cell(0, 4, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    d.para(f"QH01 Paid at your in-network benefit.   QH05 Applied to your deductible.   {rmk} {rmk_text}", size=7,
           gap=1.5)
    when = {"within": "within 180 days of the date of this statement",
            "receive": "within 180 days after you receive this statement"}.get(dl) or \
        f"no later than {fmt_date(deadline, 'long')}"
    d.para(f"Your right to appeal: if we denied all or part of a claim, you or someone you name may ask for an internal "
           f"appeal {when}. Send the claim number and why you disagree to Quillon Harbor Appeals, PO Box 7731, "
           f"Astoria, OR 97103, or fax 1-844-555-0139. Urgent care appeals are decided within 72 hours. You may also "
           f"have the right to an external review. Keep this statement with your records.", size=7, gap=1)
    p, num, prov, lines = den_claim
    billed_total = sum(x[3] for x in lines)
    denied_sum = sum(x[3] for x in lines if x[4])
    den_dates = sorted({iso(x[0]) for x in lines if x[4]})
    all_dates = sorted({iso(x[0]) for x in lines})
    alts: dict = {}
    if m2(denied_sum) != m2(billed_total):
        alts["claim_amount"] = [m2(denied_sum)]
    if den_dates != all_dates:
        alts["service_dates"] = [all_dates]
    if dl == "receive":
        alts["appeal_deadline"] = [iso(stmt + dt.timedelta(days=180))]
    t = truth("eob", denial, insurer=INSURER, plan_id=None, group_number=group, member_id=member_id,
              member_name=p, case_numbers=[num], claim_amount=m2(billed_total), service_dates=den_dates,
              denial_date=iso(stmt), provider=prov, appeal_deadline=iso(deadline) if deadline else None,
              alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(random.Random(9500 + i), kind, npat, total, dl)])
            for i, (stem, cond, kind, npat, total, dl) in enumerate(PLAN)]
