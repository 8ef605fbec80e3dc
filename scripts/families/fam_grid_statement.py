"""Family 'grid_statement': a modern multi-page "Claims statement" (EOB) with a summary dashboard and claim cards.

Cobaltline Health Insurance Company is fictional. Page 1 is a dashboard: totals for the period, "What you may
owe", a table of every claim with its status, and year-to-date deductible and out-of-pocket meters. Each claim
then gets a card: a grid of small-caps labels over values (Patient, Claim number, Received, Processed,
Provider, Network status) and its line table with note codes. One claim per statement is denied (whole claim
or some lines); the others are paid. Decoys: statement period, statement ID, period totals, meters, the paid
claims' numbers and dates, payment/EFT numbers, the marketplace plan ID beside the plan's name.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "grid_statement"
LANG = "en"
INSURER = "Cobaltline Health Insurance Company"
PROVIDERS = ["Meridian Park Pediatrics", "Dr. Soraya Lindqvist", "Harrow Valley Imaging", "Ostrander Dermatology",
             "Fernhill Medical Group", "Dr. Caspian Okafor", "Willet Creek Urgent Care", "Baysong Lab Services"]
PAID = [("99214", "Office visit, established patient, moderate"), ("87880", "Strep test, rapid"),
        ("81001", "Urinalysis, automated"), ("99392", "Preventive visit, age 1-4"), ("90460", "Vaccine admin"),
        ("J1100", "Injection, dexamethasone"), ("97140", "Manual therapy"), ("99283", "Emergency visit, moderate")]
# denial -> (provider pool, lines [(code, desc, lo, hi, denied)], note code, note text, plain reason)
CASES = {
    "out_of_network": (["Tolliver Spine Specialists", "Dr. Evander Pryce"],
                       [("99204", "New patient visit, moderate", 280, 420, True),
                        ("72100", "X-ray, lumbar spine 2-3 views", 110, 240, True)], "N7",
                       "Provider is out of network; your plan has no out-of-network benefits for non-emergency care.",
                       "You saw a provider outside the Cobaltline Connect network for a scheduled visit. Your plan "
                       "(an EPO) covers out-of-network care only for emergencies."),
    "not_covered": (["Ostrander Dermatology", "Dr. Soraya Lindqvist"],
                    [("99213", "Office visit, established patient", 140, 220, False),
                     ("17380", "Electrolysis epilation, each 30 min", 180, 360, True),
                     ("17380", "Electrolysis epilation, each 30 min", 180, 360, True)], "X4",
                    "Service is excluded under your plan (cosmetic procedures). See your benefit booklet, "
                    "Exclusions, section 6.",
                    "Hair removal is a cosmetic service and is listed as an exclusion in your plan. The office visit "
                    "on the same day was paid."),
    "prior_authorization": (["Harrow Valley Imaging", "Cinderford Sleep Center"],
                            [("95810", "Sleep study, attended, 4+ parameters", 1900, 3600, True)], "A2",
                            "Prior authorization required and not obtained. In-network provider may not bill you.",
                            "This test needs approval from Cobaltline before it is done. We have no approval on "
                            "file for this date, so it was not paid. Because the provider is in network, you do not "
                            "owe this amount."),
    "experimental": (["Dr. Caspian Okafor", "Lantern Bay Neurology"],
                     [("0398T", "MRgFUS stereotactic ablation", 18000, 32000, True),
                      ("76390", "MR spectroscopy", 900, 1600, True)], "E9",
                     "Investigational or experimental for the diagnosis billed (medical policy CLH-MP-221).",
                     "Our medical policy considers this procedure investigational for the condition on the claim. "
                     "Your plan does not cover investigational services."),
    "level_of_care": (["St. Bramwell Community Hospital"],
                      [("0120", "Room and board, semi-private (days)", 6200, 12400, True),
                       ("0250", "Pharmacy", 400, 1100, False), ("0300", "Laboratory", 300, 900, False)], "L3",
                      "Inpatient admission not approved; services covered at the observation level only.",
                      "Our nurse reviewer found that the stay met criteria for observation care, not an inpatient "
                      "admission. We paid the hospital's other services at the observation rate; the inpatient room "
                      "charges were not paid."),
    "medical_necessity": (["Fernhill Medical Group", "Dr. Marguerite Adeyemi"],
                          [("97112", "Neuromuscular re-education", 90, 160, True),
                           ("97530", "Therapeutic activities", 90, 160, True)], "M1",
                          "Not medically necessary: documentation does not show continued functional improvement.",
                          "These therapy visits went past the 20 visits our guidelines support without records "
                          "showing measurable progress, so they were not considered medically necessary."),
    "eligibility": (["Meridian Park Pediatrics", "Willet Creek Urgent Care"],
                    [("99213", "Office visit, established patient", 130, 210, True),
                     ("87880", "Strep test, rapid", 35, 60, True)], "G6",
                    "Patient not covered on the date of service (dependent over the plan's age limit).",
                    "Our records show this dependent turned 26 before the date of service, and coverage for "
                    "dependents ends at the end of the month they turn 26."),
}
# stem, condition, denial, claims, date style, deadline style
PLAN = [
    ("grid_statement_bd_oon", "born_digital", "out_of_network", 3, "abbr", "within"),
    ("grid_statement_bd_cosmetic", "born_digital", "not_covered", 2, "slash", "date"),
    ("grid_statement_scan_priorauth", "scan_clean_300", "prior_authorization", 1, "long", "receive"),
    ("grid_statement_copy_exper", "photocopy", "experimental", 2, "abbr", "within"),
    ("grid_statement_faxf_obs", "fax_fine_g4", "level_of_care", 2, "slash", "date"),
    ("grid_statement_lowres_therapy", "scan_lowres_150", "medical_necessity", 3, "abbr", "receive"),
    ("grid_statement_photo_agedout", "phone_photo", "eligibility", 2, "long", "within"),
]
NOTES_PAID = {"P1": "Paid at your plan's in-network rate. The provider agreed to accept the allowed amount.",
              "D2": "Applied to your deductible.", "C5": "Your coinsurance (20%) or copay for this service."}


def money(v: float) -> str:
    return f"${v:,.2f}" if v >= 0 else f"-${-v:,.2f}"


def facts(r: Rand, denial: str, n: int, ds: str) -> dict:
    stmt = r.date(dt.date(2026, 1, 8), 250)
    period_end = stmt - dt.timedelta(days=r.randint(3, 6))
    period_start = period_end - dt.timedelta(days=r.choice([29, 30, 89]))
    sub = r.person()
    kids = [r.person() for _ in range(2)]
    kids = [(f"{k[1]} {k[2]}. {sub[3]}", k[1], k[2], sub[3]) for k in kids]
    family = [sub] + kids
    didx = r.randrange(n)
    claims = []
    for i in range(n):
        denied = i == didx
        pat = (kids[0] if denial == "eligibility" else r.choice(family)) if denied else r.choice(family)
        dos = r.date(period_start - dt.timedelta(days=40), 50)
        end = dos + dt.timedelta(days=r.randint(2, 4)) if denied and denial == "level_of_care" else None
        if denied:
            pool, spec = CASES[denial][0], CASES[denial][1]
            lines = [(c, d, float(r.amount(lo, hi)), dn) for c, d, lo, hi, dn in spec]
        else:
            pool = [p for p in PROVIDERS if not p.startswith("Ostrander")]
            lines = [(c, d, float(r.amount(60, 480)), False) for c, d in r.sample(PAID, r.randint(1, 3))]
        processed = period_end - dt.timedelta(days=r.randint(0, 25))
        received = min(processed - dt.timedelta(days=3), (end or dos) + dt.timedelta(days=r.randint(4, 20)))
        claims.append(dict(pat=pat, dos=dos, end=end, lines=lines, prov=r.choice(pool), denied=denied,
                           no=f"{received.strftime('%y')}{r.letters(1)}{r.digits(3)}-{r.digits(5)}",
                           received=received, processed=processed,
                           net="Out of network" if denied and denial == "out_of_network" else "In network"))
    plan = r.choice(["Cobaltline Connect EPO Silver 4000", "Cobaltline Everyday PPO Gold 1500",
                     "Cobaltline Connect EPO Bronze 7000"])
    if denial == "out_of_network" and "EPO" not in plan:
        plan = "Cobaltline Connect EPO Silver 4000"
    return dict(stmt=stmt, ps=period_start, plan=plan, pe=period_end, sub=sub, claims=claims, denial=denial, ds=ds,
                mid=f"CBL {r.digits(4)} {r.digits(4)} {r.digits(1)}", group=f"G-{r.digits(6)}",
                hios=f"{r.digits(5)}OR{r.digits(7)}-0{r.randint(1, 4)}", sid=f"ST-{r.digits(10)}",
                street_city=r.address())


def settle(c: dict, r: Rand, denial: str) -> list[dict]:
    """Per line: billed, discount, allowed, plan paid, deductible, coinsurance, not covered, you may owe, note."""
    out = []
    for code, desc, billed, dn in c["lines"]:
        if dn:
            liable = denial in ("out_of_network", "not_covered", "experimental", "eligibility", "medical_necessity")
            note = NOTE[denial]
            out.append(dict(code=code, desc=desc, billed=billed, disc=0.0, allowed=0.0, paid=0.0, ded=0.0,
                            coins=0.0, ncov=billed, owe=billed if liable else 0.0, note=note))
        else:
            allowed = round(billed * r.uniform(0.5, 0.85), 2)
            ded = round(min(allowed, r.choice([0.0, 0.0, 35.0, 120.0])), 2)
            coins = round((allowed - ded) * 0.2, 2)
            out.append(dict(code=code, desc=desc, billed=billed, disc=round(billed - allowed, 2), allowed=allowed,
                            paid=round(allowed - ded - coins, 2), ded=ded, coins=coins, ncov=0.0,
                            owe=round(ded + coins, 2), note="P1 D2" if ded else "P1 C5"))
    return out


def logo(d: Doc):
    d.set_fill_color(22, 60, 120)
    d.rect(0, 0, d.w, 24, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(16, 6)
    d.font(20, "B")
    d.cell(60, 9, "cobaltline")
    d.set_xy(16, 15)
    d.font(7.5)
    d.cell(80, 4, "HEALTH INSURANCE COMPANY")
    d.set_xy(120, 7)
    d.font(16, "B")
    d.cell(0, 8, "Claims statement", align="R")
    d.set_xy(120, 15)
    d.font(8)
    d.cell(0, 4, "This is not a bill", align="R")
    d.set_text_color(0, 0, 0)
    d.set_y(30)


def small_caps(d: Doc, x: float, y: float, w: float, label: str, value: str, vsize: float = 10):
    d.set_xy(x, y)
    d.set_font("Helvetica", "B", 6.3)
    d.set_text_color(90, 90, 90)
    d.cell(w, 3.4, label.upper())
    d.set_text_color(0, 0, 0)
    d.set_xy(x, y + 3.6)
    d.set_font("Helvetica", "", vsize)
    d.cell(w, 5, value)


def dashboard(d: Doc, f: dict, r: Rand, settled: list):
    ds = f["ds"]
    sub = f["sub"]
    street, city = f["street_city"]
    y = d.get_y()
    for i, ln in enumerate((sub[0], street, city)):
        d.set_xy(16, y + i * 5)
        d.font(10)
        d.cell(90, 5, ln)
    cells = [("Statement date", fmt_date(f["stmt"], ds)), ("Statement period",
             f"{fmt_date(f['ps'], ds)} - {fmt_date(f['pe'], ds)}"), ("Statement ID", f["sid"]),
             ("Member ID", f["mid"]), ("Group", f["group"]), ("Plan", f["plan"]), ("Plan ID", f["hios"])]
    for i, (k, v) in enumerate(cells):
        small_caps(d, 118, y + i * 9.5 - 2, 80, k, v, 9)
    d.set_y(y + 68)
    tot = {k: sum(x[k] for s in settled for x in s) for k in ("billed", "disc", "paid", "owe")}
    tiles = [("Providers billed", money(tot["billed"])), ("Discounts", money(tot["disc"])),
             ("Your plan paid", money(tot["paid"])), ("What you may owe", money(tot["owe"]))]
    x0, yt = 16, d.get_y()
    for k, v in tiles:
        d.set_fill_color(235, 240, 248)
        d.rect(x0, yt, 44, 20, style="F")
        small_caps(d, x0 + 3, yt + 3, 40, k, v, 13)
        x0 += 46
    d.set_y(yt + 25)
    d.para("What you may owe is the total of your deductible, copays, coinsurance and anything your plan does not "
           "cover. Wait for a bill from your provider before you pay; it should match this statement.", size=8.5)
    d.text_line("Claims in this statement", size=11, style="B")
    d.ln(1)
    rows = []
    for c, s in zip(f["claims"], settled):
        status = "Denied" if c["denied"] and all(x["paid"] == 0 for x in s) else (
            "Partly paid" if c["denied"] else "Paid")
        rows.append([c["no"], c["pat"][1], c["prov"][:30], fmt_date(c["dos"], ds),
                     money(sum(x["billed"] for x in s)), money(sum(x["owe"] for x in s)), status])
    d.table(["Claim", "Patient", "Provider", "Service date", "Billed", "You may owe", "Status"], rows,
            [30, 22, 50, 25, 22, 22, 17], size=8, aligns="LLLLRRL", head_fill=True)
    d.text_line("Your plan year to date (in network)", size=11, style="B")
    d.ln(1)
    met = r.randint(150, 1900)
    for label, of, at in (("Individual deductible", 2000, met), ("Family deductible", 4000, met + r.randint(0, 900)),
                          ("Individual out-of-pocket maximum", 6500, met + r.randint(100, 1500))):
        d.font(8.5)
        d.cell(70, 5, label)
        x, yy = d.get_x(), d.get_y() + 1.2
        d.set_fill_color(220, 220, 220)
        d.rect(x, yy, 60, 2.6, style="F")
        d.set_fill_color(22, 60, 120)
        d.rect(x, yy, 60 * min(1, at / of), 2.6, style="F")
        d.set_x(x + 64)
        d.cell(0, 5, f"${at:,} of ${of:,} met", new_x="LMARGIN", new_y="NEXT")


def card(d: Doc, f: dict, c: dict, s: list, k: int, n: int):
    ds = f["ds"]
    if d.get_y() > 170:
        d.add_page()
    paid_all = all(x["paid"] == 0 for x in s)
    status = ("Denied" if paid_all else "Partly denied") if c["denied"] else "Paid"
    d.set_fill_color(22, 60, 120)
    d.rect(d.l_margin, d.get_y(), 3, 7, style="F")
    d.set_x(d.l_margin + 5)
    d.font(11.5, "B")
    d.cell(0, 7, f"Claim {k} of {n}  -  {status}", new_x="LMARGIN", new_y="NEXT")
    y = d.get_y() + 1
    svc = fmt_date(c["dos"], ds) + (f" - {fmt_date(c['end'], ds)}" if c["end"] else "")
    grid = [("Patient", c["pat"][0]), ("Claim number", c["no"]), ("Received", fmt_date(c["received"], ds)),
            ("Processed", fmt_date(c["processed"], ds)), ("Provider", c["prov"]), ("Network status", c["net"])]
    for i, (lab, val) in enumerate(grid):
        small_caps(d, 16 + (i % 3) * 62, y + (i // 3) * 11, 60, lab, val, 9.5)
    d.set_y(y + 24)
    rows = []
    for x in s:
        rows.append([svc if c["end"] else fmt_date(c["dos"], ds), f"{x['code']} {x['desc'][:30]}", money(x["billed"]),
                     money(x["disc"]), money(x["paid"]), money(x["ded"] + x["coins"]), money(x["ncov"]),
                     money(x["owe"]), x["note"]])
    tot = [sum(x[k2] for x in s) for k2 in ("billed", "disc", "paid")] + [sum(x["ded"] + x["coins"] for x in s)] + \
          [sum(x[k2] for x in s) for k2 in ("ncov", "owe")]
    rows.append(["*Claim total", ""] + [money(v) for v in tot] + [""])
    d.table(["Service date", "Service", "Billed", "Discount", "Plan paid", "Ded./coins.", "Not covered",
             "You may owe", "Note"], rows, [22 if not c["end"] else 34, 50 if not c["end"] else 40, 18, 16, 16, 17,
                                            17, 17, 11], size=7.4, aligns="LLRRRRRRL")
    if c["denied"]:
        d.set_fill_color(250, 240, 225)
        d.font(9, "B")
        d.cell(0, 5.5, "Why this claim was not paid", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.para(CASES[f["denial"]][4], size=9)
    d.ln(3)


NOTE = {"out_of_network": "N7", "not_covered": "X4", "prior_authorization": "A2", "experimental": "E9",
        "level_of_care": "L3", "medical_necessity": "M1", "eligibility": "G6"}


def build(r: Rand, denial: str, n: int, ds: str, dl: str) -> tuple[bytes, dict]:
    f = facts(r, denial, n, ds)
    settled = [settle(c, r, denial) for c in f["claims"]]
    d = Doc("Helvetica", footer="Cobaltline Health Insurance Company  |  Statement ID " + f["sid"] +
            "  |  Page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    logo(d)
    dashboard(d, f, r, settled)
    d.add_page()
    d.set_y(14)
    d.font(8)
    d.cell(0, 4, f"{f['sub'][0]}  -  Member ID {f['mid']}  -  {fmt_date(f['stmt'], ds)}", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    d.text_line("Claim details", size=14, style="B", h=8)
    d.ln(2)
    for k, (c, s) in enumerate(zip(f["claims"], settled), 1):
        card(d, f, c, s, k, n)
    d.text_line("Notes", size=10.5, style="B")
    d.ln(1)
    d.para(f"{NOTE[denial]}  {CASES[denial][3]}", size=8.2, gap=0.8)
    for code, txt in NOTES_PAID.items():
        d.para(f"{code}  {txt}", size=8.2, gap=0.8)
    d.ln(3)
    d.text_line("If you disagree with a claim decision", size=10.5, style="B")
    d.ln(1)
    deadline = f["stmt"] + dt.timedelta(days=180)
    first = {"within": "You can ask us to review it. This is called an appeal. Send your appeal within 180 days of "
                       "the date of this statement.",
             "date": f"You can ask us to review it (an appeal). We must receive your appeal by "
                     f"{fmt_date(deadline, ds)}.",
             "receive": "You can ask us to review it (an appeal) within 180 days after you receive this "
                        "statement."}[dl]
    d.para(first + " Write to Cobaltline Appeals, PO Box 7742, Beaverton, OR 97076, use the member website, or "
           "call 1-888-555-0161 (TTY 711). Tell us the claim number. If your situation is urgent, ask for an "
           "expedited appeal; we decide those within 72 hours.", size=8.6)
    d.para("After our final decision you may ask for an independent external review if the decision involved "
           "medical judgment (for example medical necessity, level of care or experimental treatment) or a "
           "surprise bill; you have 4 months to ask. The Oregon Division of Financial Regulation's consumer "
           "advocates can help: 1-888-877-4894. You may also have the right to sue under ERISA section 502(a).",
           size=8)
    d.para("Cobaltline Health Insurance Company, 500 Meridian Plaza, Beaverton, OR 97005. Cobaltline complies with "
           "applicable Federal civil rights laws and does not discriminate on the basis of race, color, national "
           "origin, age, disability or sex. Language help is free: ESPANOL 1-888-555-0161; TIENG VIET "
           "1-888-555-0161.", size=7.2)
    den = next(c for c in f["claims"] if c["denied"])
    s = settled[f["claims"].index(den)]
    total = sum(x["billed"] for x in s)
    denied_sum = sum(x["billed"] for x in s if x["paid"] == 0 and x["ncov"] > 0)
    alts = {"plan_id": [None], "insurer": ["Cobaltline Health"]}
    if abs(denied_sum - total) > 0.005:
        alts["claim_amount"] = [f"{denied_sum:.2f}"]
    if dl == "receive":
        alts["appeal_deadline"] = [iso(deadline)]
    svc = iso(den["dos"], den["end"])
    t = truth("eob", denial, insurer=INSURER, plan_id=f["hios"], group_number=f["group"],
              member_id=f["mid"].replace(" ", ""), member_name=den["pat"][0], case_numbers=[den["no"]],
              claim_amount=f"{total:.2f}", service_dates=[svc], denial_date=iso(f["stmt"]), provider=den["prov"],
              appeal_deadline=None if dl == "receive" else iso(deadline), alternates=alts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(9200 + i), denial, n, ds, dl)])
            for i, (stem, cond, denial, n, ds, dl) in enumerate(PLAN)]
