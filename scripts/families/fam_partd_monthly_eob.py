"""Family 'partd_monthly_eob': a Medicare Part D plan's monthly Explanation of Benefits.

Mirrors the structure of the public CMS model Part D EOB, in our own words, from two invented prescription drug plans
(Aldermist Senior Health, Inc. and Vesperline Health Plans): 'not a bill' box, the month covered and the processing
period, a member block (member ID, contract-PBP plan ID, notice date, RxBIN / RxPCN / RxGRP on some, employer group on
one), a payment summary for this month and the year to date, the drug payment stage with its yearly limit, a table of
prescriptions filled (drug, Rx #, prescriber, pharmacy, date, quantity, days' supply, full cost, plan paid, you paid,
other payments), a section of claims the plan did not pay on most months (drug not on the drug list, quantity limit,
prior authorization needed, out-of-network pharmacy reimbursement, paper claim sent too late, a quantity billed
in the wrong unit) with a claim reference and reason code, what to do, drug-list changes and a lower-cost example
(decoy amounts), and the material ID with a printed time on some. One month has nothing rejected.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundl_famx import PHARMACIES, PRESCRIBERS, address, days, digits, fdate, iso, m2, mixed, person, phone, usd

FAMILY = "partd_monthly_eob"
LANG = "en"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLANS = [dict(org="Aldermist Senior Health, Inc.", short="Aldermist Senior Health", prod="Aldermist Rx Saver (PDP)",
              contract="S4417", lines=("ALDERMIST", "Senior Health, Inc."), addr="PO Box 77120, Owensboro, KY 42304"),
         dict(org="Vesperline Health Plans", short="Vesperline Health Plans", prod="Vesperline Medicare Rx Plus (PDP)",
              contract="S6082", lines=("A Glasswing Mutual company", "Vesperline Health Plans"),
              addr="2900 Larch Commons Pkwy, Rapid City, SD 57703")]
DRUGS = [("Atorvastatin 40 mg tablet", 30, 30, 9, 28), ("Metformin ER 500 mg tablet", 60, 30, 8, 22),
         ("Lisinopril 10 mg tablet", 30, 30, 4, 14), ("Levothyroxine 75 mcg tablet", 90, 90, 18, 41),
         ("Amlodipine 5 mg tablet", 30, 30, 5, 15), ("Sertraline 50 mg tablet", 30, 30, 7, 19),
         ("Apixaban 5 mg tablet", 60, 30, 540, 620), ("Insulin glargine 100 units/mL pen", 15, 30, 310, 420),
         ("Tiotropium 18 mcg inhalation capsule", 30, 30, 390, 470), ("Omeprazole 20 mg capsule", 30, 30, 6, 17)]
# kind -> (drug, qty, supply, lo, hi, denial, alternates, code, reason, reimbursement?)
REJECT = {
    "formulary": ("Esomeprazole magnesium 40 mg capsule", 30, 30, 260, 340, "not_covered", [], "70",
                  "Not on our Drug List (formulary). Omeprazole and pantoprazole are on the Drug List and treat the "
                  "same condition.", False),
    "qty": ("Sumatriptan 100 mg tablet", 18, 30, 190, 260, "medical_necessity", ["not_covered", "prior_authorization",
                                                                               "other"], "76",
            "Quantity over the plan limit: the plan covers up to 9 tablets every 30 days for this drug. The records "
            "sent do not show that more is needed.", False),
    "pa": ("Dalfampridine ER 10 mg tablet", 60, 30, 1480, 2150, "prior_authorization", [], "75",
           "Prior authorization needed. Your prescriber has to tell us why you need this drug before we can cover "
           "it. We have no approval on file.", False),
    "oon": ("Insulin glargine 100 units/mL pen", 15, 30, 330, 460, "out_of_network", [], "R8",
            "You asked us to pay you back for a fill at a pharmacy that is not in our network. You were not "
            "traveling, it was not an emergency and a network pharmacy was open nearby, so we cannot pay it.", True),
    "late": ("Tiotropium 18 mcg inhalation capsule", 30, 30, 380, 455, "timely_filing", [], "81",
             "Sent too late. We must receive a request to pay you back within 36 months of the date the drug was "
             "filled, and this request reached us after that time.", True),
    "coding": ("Insulin lispro 100 units/mL pen", 5, 30, 280, 390, "coding_error", ["other"], "E7",
               "Quantity sent in the wrong unit. The pharmacy billed 5 (the number of pens) where the quantity must "
               "be given in milliliters (15 mL for 5 pens). The pharmacy can send the claim again with the right "
               "quantity; you do not need to do anything.", False),
}
LABELS = [dict(mid="Member ID", plan="Plan (Contract-PBP)", date="Date of this notice"),
          dict(mid="Member number", plan="Plan ID", date="Statement date"),
          dict(mid="ID #", plan="Contract/PBP", date="Notice date")]
REJ_HEAD = {"formulary": "Claims we did not pay", "qty": "Prescriptions we did not cover this month",
            "pa": "Rejected pharmacy claims", "oon": "Requests to pay you back that we denied",
            "late": "Reimbursement requests we did not pay", "coding": "Claims we did not pay"}


class EOB(Doc):
    """EOB pages: a running header with the member and month, a footer with the material ID."""

    def __init__(self, head: str, foot: str):
        super().__init__("DejaVu", footer=foot + "      Page {p} of {n}", header=head, margins=(15, 14, 15))
        self.add_font("DejaVu", "B", SANS_B)


def heading(d: EOB, text: str) -> None:
    d.ln(1.5)
    d.set_font("DejaVu", "B", 10.5)
    d.set_fill_color(222, 222, 222)
    d.cell(0, 6, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)


def grid(d: EOB, head: list[str], rows: list[list[str]], widths: list[float], size: float = 7.4,
         aligns: str | None = None) -> None:
    """A ruled table whose cells may wrap (drug names with Rx # and prescriber below them)."""
    aligns = aligns or "L" * len(widths)
    for i, row in enumerate([head] + rows):
        d.set_font("DejaVu", "B" if i == 0 else "", size)
        lines = max(len(d.multi_cell(w - 1, 3.4, v, dry_run=True, output="LINES")) for v, w in zip(row, widths))
        h = lines * 3.4 + 1.2
        if d.get_y() + h > d.h - 22:
            d.add_page()
        y, x = d.get_y(), d.l_margin
        for v, w, a in zip(row, widths, aligns):
            d.rect(x, y, w, h)
            d.set_xy(x + 0.5, y + 0.6)
            d.multi_cell(w - 1, 3.4, v, align="L" if i == 0 else a)
            x += w
        d.set_xy(d.l_margin, y + h)
    d.ln(2)


def top(d: EOB, f: dict) -> None:
    p, lab, fd = f["plan"], f["labels"], f["fd"]
    y0 = d.get_y()
    if p["lines"][0].startswith("A "):
        d.set_font("DejaVu", "", 8)
        d.cell(120, 4, p["lines"][0], new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 16)
        d.cell(120, 8, p["lines"][1], new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font("DejaVu", "B", 18)
        d.cell(120, 8, p["lines"][0], new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 11)
        d.cell(120, 5, p["lines"][1], new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.5)
    d.cell(120, 4, p["addr"], new_x="LMARGIN", new_y="NEXT")
    d.set_xy(150, y0)
    d.set_font("DejaVu", "B", 10)
    d.multi_cell(0, 6, "THIS IS NOT\nA BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 22)
    d.set_font("DejaVu", "B", 13)
    d.cell(0, 7, f"{p['prod']} Part D Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 9.5)
    d.cell(0, 5, f"Your prescription drug summary for {f['m0'].strftime('%B %Y')} (claims processed "
                 f"{fd(f['m0'])} - {fd(f['m1'])})", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    y1 = d.get_y()
    for ln in [f["name"].upper(), *f["addr"]]:
        d.set_font("DejaVu", "", 9.5)
        d.cell(90, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    rows = [(lab["date"], fd(f["notice"])), (lab["mid"], f["mid"]),
            (lab["plan"], f"{p['contract']}-{f['pbp']}")]
    rows += [("Employer group", f["group"])] if f["group"] else []
    rows += [("RxBIN / RxPCN", f"{f['bin']} / {f['pcn']}"), ("RxGRP", f["rxgrp"])] if f["routing"] else []
    d.set_y(y1)
    for k, v in rows:
        d.set_x(110)
        d.set_font("DejaVu", "B", 8.5)
        d.cell(40, 4.8, k + ":")
        d.set_font("DejaVu", "", 8.5)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y1 + 16) + 3)


def summary(d: EOB, f: dict) -> None:
    fills, mo = f["fills"], f["money"]
    you, plan, other = (sum(x[k] for x in fills) for k in ("you", "plan", "other"))
    total = you + plan + other
    ytd = f["ytd"]
    heading(d, "Your payment summary")
    grid(d, ["", "This month", f"Year to date (Jan 1 - {f['m1'].strftime('%b %-d')})"],
         [["What you paid (out-of-pocket costs)", mo(you), mo(you * ytd)],
          ["What the plan paid", mo(plan), mo(plan * ytd)],
          ["Other payments (for example Extra Help, programs)", mo(other), mo(other * ytd)],
          ["Total drug costs (you + plan + others)", mo(total), mo(total * ytd)]], [90, 40, 56], size=8.5,
         aligns="LRR")
    f["month_total"] = round(total, 2)
    heading(d, "Your drug payment stage")
    d.para(f"You are in the Initial Coverage Stage. You pay your copays or coinsurance and the plan pays the rest. "
           f"When what you pay this year reaches the out-of-pocket limit in your Evidence of Coverage "
           f"({mo(2100.0)}), you move to the Catastrophic Coverage Stage and pay nothing more for covered drugs "
           f"this year. So far you have paid {mo(you * ytd)} toward that limit.", 8.8, gap=1.5)


def fills_table(d: EOB, f: dict) -> None:
    mo, fd = f["money"], f["fd"]
    heading(d, f"Your prescriptions filled in {f['m0'].strftime('%B')}")
    rows = [[f"{x['drug']}\nRx # {x['rx']}\nPrescriber: {x['doc']}", f"{x['pharm']}\n{fd(x['date'])}",
             f"{x['qty']} / {x['days']}", mo(x["full"]), mo(x["plan"]), mo(x["you"]), mo(x["other"])]
            for x in f["fills"]]
    grid(d, ["Drug name, strength, form", "Pharmacy and date filled", "Quantity / days' supply",
             "Full cost of drug", "Plan paid", "You paid", "Other payments"], rows, [55, 40, 20, 19, 17, 16, 19],
         aligns="LLCRRRR")


def rejected(d: EOB, f: dict) -> None:
    rj, mo, fd = f["rej"], f["money"], f["fd"]
    heading(d, REJ_HEAD[f["kind"]])
    reimb = REJECT[f["kind"]][9]
    head = ["Date filled" if reimb else "Date", "Drug and prescriber", "Pharmacy",
            "Amount you paid" if reimb else "Amount submitted", "Claim reference", "Reason code"]
    grid(d, head, [[fd(rj["date"]), f"{rj['drug']}, qty {rj['qty']}\nRx # {rj['rx']}\n{rj['doc']}",
                    f"{rj['pharm']}\nNCPDP {rj['ncpdp']}", mo(rj["full"]), rj["ref"], REJECT[f["kind"]][7]]],
         [22, 60, 38, 22, 24, 20], aligns="LLLRLC")
    d.para(f"Reason {REJECT[f['kind']][7]}: {REJECT[f['kind']][8]}", 8.8, gap=1.5)
    when = {"within": "within 65 days of the date of this notice",
            "by": f"no later than {fd(f['deadline'])}" if f["deadline"] else "",
            "receive": "within 65 days from the date you receive this notice", "none": ""}[f["dl"]]
    if f["dl"] == "none":
        text = ("This is not a coverage decision. You or your prescriber can ask us for a coverage decision, "
                "including an exception to our Drug List, at any time. Call Member Services or have your "
                "prescriber fax us a supporting statement.")
    else:
        text = (f"If you disagree with this decision, you can ask us for a redetermination (an appeal) {when}. "
                "Your prescriber can ask for you. If your health could be harmed by waiting, ask for a fast "
                "decision; we answer within 72 hours.")
    d.para(text, 8.8, gap=1.5)


def closing(d: EOB, f: dict) -> None:
    mo, fd = f["money"], f["fd"]
    heading(d, "Changes to our Drug List and lower-cost options")
    d.para(f"Starting {fd(f['change'])}, ezetimibe 10 mg moves to a lower cost-sharing tier. Example: if you take a "
           f"drug whose full cost is {mo(84.0)} a month, a generic on a lower tier could save you about {mo(12.4)} "
           "a month. Ask your prescriber whether a lower-cost drug would work for you.", 8.5, gap=1.5)
    heading(d, "Questions? Think something is wrong?")
    d.para(f"Call Member Services at {f['ms']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. If a drug on this "
           f"notice is one you did not get, call us or report possible fraud at {f['fraud']}. "
           f"{f['plan']['org']} is a PDP plan with a Medicare contract. Enrollment depends on contract renewal.",
           8.5, gap=1)


def build(f: dict) -> bytes:
    printed = f"   Printed {days(f['notice'], -2).strftime('%m/%d/%Y')} 03:14" if f["printed"] else ""
    d = EOB(f"{f['name']}  -  {f['m0'].strftime('%B %Y')} Part D EOB",
            f"{f['plan']['contract']}_EOB{f['notice'].strftime('%y')}_{f['matl']}{printed}")
    d.add_page()
    top(d, f)
    summary(d, f)
    fills_table(d, f)
    if f["kind"] != "paid":
        rejected(d, f)
    closing(d, f)
    return pdf_bytes(d)


def fill(r: random.Random, drug: tuple, m0: dt.date, doc: str | None = None, pharm: str | None = None) -> dict:
    name, qty, sup, lo, hi = drug
    full = round(r.uniform(lo, hi), 2)
    you = round(min(full, r.choice([0.0, 1.6, 4.8, 12.0, 47.0, full * 0.25])), 2)
    other = round(r.choice([0.0, 0.0, min(full - you, 9.2)]), 2)
    return dict(drug=name, qty=qty, days=sup, full=full, you=you, other=other, plan=round(full - you - other, 2),
                rx=digits(r, 7), doc=doc or r.choice(PRESCRIBERS), pharm=pharm or r.choice(PHARMACIES[:4]),
                date=days(m0, r.randint(0, 26)))


def facts(r: random.Random, kind: str, pi: int, li: int, ds: str, ms: str, dl: str, n_fills: int, **kw) -> dict:
    notice = dt.date(2026, r.randint(2, 9), r.randint(3, 12))
    m1 = notice.replace(day=1) - dt.timedelta(days=1)
    m0 = m1.replace(day=1)
    f = dict(kind=kind, plan=PLANS[pi], labels=LABELS[li], fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms),
             dl=dl, notice=notice, m0=m0, m1=m1, name=person(r), addr=list(address(r)),
             mid=mixed(r, r.choice(["9A99A99AA99", "AM99999999", "V999-999-999"])), pbp=f"{r.randint(1, 40):03d}",
             group=kw.get("group"), printed=kw.get("printed", False), routing=kw.get("routing", False),
             bin=digits(r, 6), pcn=mixed(r, "AAA99"),
             rxgrp=mixed(r, "AA9999"), ms=phone(r), fraud=phone(r), matl=r.choice(["M", "C"]),
             change=days(notice, r.randint(20, 50)), ytd=r.uniform(2.2, 6.5))
    doc = r.choice(PRESCRIBERS)
    drugs = r.sample(DRUGS, n_fills)
    f["fills"] = sorted([fill(r, x, m0, doc if kind == "paid" else None) for x in drugs], key=lambda x: x["date"])
    if kind != "paid":
        name, qty, sup, lo, hi = REJECT[kind][:5]
        when = days(notice, -r.randint(1120, 1200)) if kind == "late" else days(m0, r.randint(0, 26))
        pharm = "Harlequin Bay Pharmacy (not in network)" if kind == "oon" else r.choice(PHARMACIES)
        f["rej"] = dict(drug=name, qty=qty, date=when, full=round(r.uniform(lo, hi), 2), rx=digits(r, 7),
                        doc=r.choice(PRESCRIBERS), pharm=pharm, ncpdp=digits(r, 7),
                        ref=mixed(r, r.choice(["RJ26-99999-A9", "9999A99999", "DR26A999999"])))
    f["deadline"] = days(notice, 65) if dl == "by" else None
    return f


def make_truth(f: dict) -> dict:
    p = f["plan"]
    common = dict(insurer=p["org"], plan_id=f"{p['contract']}-{f['pbp']}", group_number=f["group"], member_id=f["mid"],
                  member_name=f["name"], denial_date=iso(f["notice"]))
    alts: dict = {"insurer": [p["prod"]]}
    if f["kind"] == "paid":
        doc, pharm = f["fills"][0]["doc"], {x["pharm"] for x in f["fills"]}
        alts.update(claim_amount=[None], service_dates=[[]], provider=[*sorted(pharm), None])
        return truth("eob", None, claim_amount=m2(f["month_total"]), provider=doc,
                     service_dates=[iso(x["date"]) for x in f["fills"]], alternates=alts, **common)
    rj = f["rej"]
    denial, dalts = REJECT[f["kind"]][5:7]
    deadline = {"within": days(f["notice"], 65), "by": f["deadline"], "receive": None, "none": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 65))]
    alts["provider"] = [rj["pharm"].replace(" (not in network)", "")]
    return truth("eob", denial, case_numbers=[rj["ref"]], claim_amount=m2(rj["full"]), service_dates=[iso(rj["date"])],
                 provider=rj["doc"], appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=dalts, type_alternates=["denial_letter"] if REJECT[f["kind"]][9] else [], **common)


# (stem, condition, kind, plan, label set, date style, money style, deadline style, fills, extras)
PLAN = [
    ("partd_monthly_eob_bd_formulary", "born_digital", "formulary", 0, 0, "long", "plain", "none", 3,
     {"printed": True}),
    ("partd_monthly_eob_bd_paid", "born_digital", "paid", 1, 1, "slash", "plain", "none", 3, {"routing": True}),
    ("partd_monthly_eob_scan_qty", "scan_clean_300", "qty", 1, 2, "abbr", "nosign", "within", 2, {}),
    ("partd_monthly_eob_lowres_pa", "scan_lowres_150", "pa", 0, 1, "slash", "plain", "by", 4, {"routing": True}),
    ("partd_monthly_eob_photo_oon", "phone_photo", "oon", 1, 0, "dmy", "usd", "within", 2, {}),
    ("partd_monthly_eob_copy_late", "photocopy", "late", 0, 2, "iso", "bare", "receive", 3, {"group": "EG-40417"}),
    ("partd_monthly_eob_faxs_coding", "fax_standard_g4", "coding", 1, 1, "upper", "plain", "by", 2,
     {"printed": True}),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, pi, li, ds, ms, dl, n, kw) in enumerate(PLAN):
        r = random.Random(12600 + i)
        f = facts(r, kind, pi, li, ds, ms, dl, n, **kw)
        pdf = build(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
