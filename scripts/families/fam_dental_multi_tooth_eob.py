"""Family 'dental_multi_tooth_eob': an invented dental carrier's explanations of benefits, line by tooth.

Quillmont Dental Indemnity Company is fictional (its letterhead is either "QUILLMONT DENTAL" over "Indemnity Company"
or a parent line "Harrowgate Benefit Holdings, Inc." above the carrier's name). Each statement has a fact block in
one of two label sets, a claim bar, a line table (date, tooth, surface, CDT code, submitted, allowed, plan paid,
you owe, remark), remark explanations in plain words, an annual-maximum accumulator (decoy amounts), an insert with
an example amount, and appeal words. Kinds: a frequency limitation, an alternate benefit (a composite paid as an
amalgam), a missing-tooth clause, a waiting period for major services, the annual maximum reached, a household page
with two claims of which only one is denied, and a statement where nothing is denied.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr2 import DENTISTS, address, days, fdate, iso, m2, mixed, npi, person, phone, usd

FAMILY = "dental_multi_tooth_eob"
LANG = "en"
INSURER = "Quillmont Dental Indemnity Company"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PCT = {"D0": 1.0, "D1": 1.0, "D2": 0.8, "D3": 0.8, "D4": 0.8, "D6": 0.5, "D7": 0.8}
REMARKS = {
    "P1": "Paid according to your plan's benefit for this service.",
    "F2": "Frequency limitation: the plan covers this service twice per calendar year, and two were already paid "
          "this year. The charge is not covered.",
    "F4": "Bitewing x-rays are covered once in any 12 months; a set was paid within the last 12 months.",
    "A6": "Alternate benefit: a tooth-coloured (composite) filling on a back tooth is paid as if it were a silver "
          "(amalgam) filling. You owe the difference.",
    "M3": "Missing tooth clause: the tooth this bridge replaces was removed before you were covered by this plan. "
          "Replacement of a tooth lost before the coverage date is not a covered benefit.",
    "W9": "Waiting period: crowns, bridges and other major services are covered only after 12 months of continuous "
          "coverage. Your coverage began on {eff}. This service is not covered.",
    "X5": "Annual maximum reached: the plan has paid the full calendar-year maximum for this patient. Charges "
          "beyond it are not covered.",
    "N7": "The probing chart shows pocket depths of 3 mm or less in these quadrants. Scaling and root planing is "
          "not medically necessary; a regular cleaning is covered instead.",
}
# kind -> (denial, denial alternates, lines [(day, tooth, surface, code, description, fee, remark)])
KINDS = {
    "freq": ("not_covered", ["other"], [
        (0, "", "", "D0120", "Periodic oral evaluation", 62.0, "P1"),
        (0, "", "", "D1110", "Prophylaxis - adult", 118.0, "F2"),
        (0, "", "", "D0274", "Bitewings - four radiographic images", 84.0, "F4")]),
    "altben": ("not_covered", ["other"], [
        (0, "14", "MOD", "D2393", "Resin-based composite, three surfaces, posterior", 286.0, "A6"),
        (0, "15", "O", "D2391", "Resin-based composite, one surface, posterior", 164.0, "A6"),
        (0, "", "", "D0140", "Limited oral evaluation - problem focused", 71.0, "P1")]),
    "missing": ("not_covered", ["eligibility", "other"], [
        (0, "18", "", "D6750", "Retainer crown - porcelain fused to high noble metal", 1185.0, "M3"),
        (0, "19", "", "D6240", "Pontic - porcelain fused to high noble metal", 1140.0, "M3"),
        (0, "20", "", "D6750", "Retainer crown - porcelain fused to high noble metal", 1185.0, "M3")]),
    "waiting": ("not_covered", ["eligibility"], [
        (0, "3", "", "D2950", "Core buildup, including any pins when required", 265.0, "W9"),
        (0, "3", "", "D2740", "Crown - porcelain/ceramic", 1265.0, "W9"),
        (0, "", "", "D0220", "Intraoral - periapical first radiographic image", 38.0, "P1")]),
    "annualmax": ("not_covered", ["other"], [
        (0, "30", "MOB", "D2160", "Amalgam - three surfaces, primary or permanent", 198.0, "P1"),
        (0, "31", "MOD", "D2393", "Resin-based composite, three surfaces, posterior", 286.0, "X5"),
        (16, "29", "", "D2740", "Crown - porcelain/ceramic", 1290.0, "X5")]),
    "paid": (None, [], [
        (0, "", "", "D0150", "Comprehensive oral evaluation - new or established patient", 96.0, "P1"),
        (0, "", "", "D0210", "Intraoral - complete series of radiographic images", 148.0, "P1"),
        (0, "", "", "D1110", "Prophylaxis - adult", 118.0, "P1"),
        (7, "12", "DO", "D2392", "Resin-based composite, two surfaces, posterior", 231.0, "P1")]),
    "perio": ("medical_necessity", ["not_covered"], [
        (0, "UR", "", "D4341", "Periodontal scaling and root planing - four or more teeth per quadrant", 265.0, "N7"),
        (0, "LR", "", "D4341", "Periodontal scaling and root planing - four or more teeth per quadrant", 265.0, "N7")]),
    "sealants": (None, [], [
        (0, "3", "O", "D1351", "Sealant - per tooth", 54.0, "P1"),
        (0, "14", "O", "D1351", "Sealant - per tooth", 54.0, "P1"),
        (0, "19", "O", "D1351", "Sealant - per tooth", 54.0, "P1"),
        (0, "", "", "D1120", "Prophylaxis - child", 82.0, "P1")]),
}
LABELS = [dict(date="Statement date", sub="Subscriber", pat="Patient", mid="Member ID", grp="Group no.",
               claim="Claim number", dds="Treating dentist", recv="Claim received"),
          dict(date="Date issued", sub="Primary enrollee", pat="Patient name", mid="Enrollee ID #", grp="Group #",
               claim="Claim #", dds="Rendering provider", recv="Date received")]
ALTBEN_AMALGAM = {"D2393": 172.0, "D2391": 104.0}


class EobDoc(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", margins=(13, 12, 13))
        self.add_font("DejaVu", "B", SANS_B)
        self.foot = foot

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 6.8)
        self.cell(0, 3.2, f"{self.foot}   Page {self.page_no()} of {{nb}}", align="C")


def compute(kind: str, lines: list, dos: dt.date) -> list[dict]:
    out = []
    for day, tooth, surf, code, desc, fee, rmk in lines:
        pct = PCT[code[:2]]
        if rmk == "P1":
            allowed = round(fee * 0.82, 2)
            paid = round(allowed * pct, 2)
        elif rmk == "A6":
            allowed = ALTBEN_AMALGAM[code]
            paid = round(allowed * pct, 2)
        else:
            allowed, paid = 0.0, 0.0
        out.append(dict(date=days(dos, day), tooth=tooth, surf=surf, code=code, desc=desc, fee=fee,
                        allowed=allowed, paid=paid, owe=round(fee - paid, 2), rmk=rmk))
    return out


def letterhead(d: EobDoc, style: int) -> None:
    y0 = d.get_y()
    if style == 0:
        d.set_font("DejaVu", "B", 19)
        d.cell(110, 8, "QUILLMONT DENTAL", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 11)
        d.cell(110, 5.5, "Indemnity Company")
    else:
        d.set_font("DejaVu", "", 8.5)
        d.cell(110, 4.5, "Harrowgate Benefit Holdings, Inc.", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 14)
        d.cell(110, 7, "Quillmont Dental Indemnity Company")
    d.set_font("DejaVu", "", 7)
    d.set_xy(128, y0 + 0.5)
    d.multi_cell(0, 3.2, "Claims Service Center\nPO Box 44718\nTalbridge, NE 68199\nMember services 1-877-555-5210",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 17)
    d.set_font("DejaVu", "B", 11)
    d.cell(0, 6, "EXPLANATION OF DENTAL BENEFITS   -   THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def facts_block(d: EobDoc, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    rows = [[(lab["date"], fd(f["notice"]), 45), (lab["sub"], f["subscriber"], 72), (lab["mid"], f["mid"], 73)],
            [(lab["grp"], f["group"], 45), ("Employer", f["employer"], 72),
             ("Plan ID" if f["plan_id"] else "Product", f["plan_id"] or "Quillmont Dental PPO", 73)]]
    for row in rows:
        d.boxes(row, h=10, label_size=6, value_size=8.6)
    d.ln(2.5)


def claim_block(d: EobDoc, f: dict, c: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    d.set_fill_color(228, 228, 228)
    d.set_font("DejaVu", "B", 8.2)
    d.cell(0, 5.4, f" {lab['claim']}: {c['claim']}    {lab['pat']}: {c['patient']}    {lab['dds']}: {c['dentist']}",
           fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.2)
    d.cell(0, 4.4, f" Office: {c['office']}   NPI {c['npi']}   Patient acct. {c['acct']}   "
                   f"{lab['recv']}: {fd(c['received'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(0.8)
    ms = f["ms"]
    rows = [[fdate(x["date"], "short"), x["tooth"], x["surf"], x["code"], x["desc"][:46], usd(x["fee"], ms),
             usd(x["allowed"], ms), usd(x["paid"], ms), usd(x["owe"], ms), x["rmk"]] for x in c["lines"]]
    tot = [sum(x[k] for x in c["lines"]) for k in ("fee", "allowed", "paid", "owe")]
    rows.append(["*Claim totals", "", "", "", "", *(usd(v, ms) for v in tot), ""])
    d.table(["Date", "Tooth", "Surf", "CDT", "Description", "Submitted", "Allowed", "Plan paid", "You owe", "Rmk"],
            rows, [15, 10, 9, 12, 66, 18, 17, 17, 17, 9], size=6.9, aligns="LLLLLRRRRC", head_fill=True, row_h=4.6)


def remarks(d: EobDoc, f: dict, codes: list[str]) -> None:
    d.set_font("DejaVu", "B", 8.5)
    d.cell(0, 5, "What the remark codes mean", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.8)
    for code in dict.fromkeys(codes):
        d.multi_cell(0, 3.7, f"{code}  " + REMARKS[code].format(eff=f["fd"](f["eff"])), new_x="LMARGIN",
                     new_y="NEXT")
        d.ln(0.6)
    d.ln(1)


def accumulator(d: EobDoc, f: dict) -> None:
    ms = f["ms"]
    used = 1500.0 if f["kind"] == "annualmax" else f["used"]
    d.set_font("DejaVu", "", 7.6)
    d.multi_cell(0, 3.7, f"Benefit year {f['notice'].year}: annual maximum {usd(1500.0, ms)}; used to date "
                         f"{usd(used, ms)}; remaining {usd(1500.0 - used, ms)}. Deductible {usd(50.0, ms)}, met. "
                         "Orthodontic lifetime maximum " + usd(1250.0, ms) + ", not used.",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)


def appeal(d: EobDoc, f: dict) -> None:
    fd = f["fd"]
    when = {"within": "within 180 days of the date of this statement",
            "by": f"by {fd(days(f['notice'], 180))}",
            "receive": "within 180 days after you receive this statement"}[f["dl"]]
    d.set_font("DejaVu", "B", 8.5)
    d.cell(0, 5, "If you disagree", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.8)
    d.multi_cell(0, 3.7, f"You or your dentist may ask us to review any line on this statement. Write to Quillmont "
                         f"Dental Appeals, PO Box 44790, Talbridge, NE 68199 {when}, and include the claim number and "
                         "any x-rays or chart notes. You may ask for free copies of the plan rules we used. ERISA "
                         "plan members may also bring a civil action after the review.",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    d.set_fill_color(240, 240, 240)
    d.multi_cell(0, 3.6, "HOW YOUR SHARE IS FIGURED (example only): if a dentist charges $212.00 for a filling and "
                         "the allowed amount is $160.00, the plan pays 80% of $160.00, or $128.00, and a network "
                         "dentist may bill you only $32.00. Reference DCN " + f["dcn"] + ".",
                 fill=True, new_x="LMARGIN", new_y="NEXT")


def build(f: dict) -> bytes:
    d = EobDoc(f"{INSURER}   Form QDI-EOB-3 (rev. 09/2025)   Printed {fdate(f['printed'], 'slash')}")
    d.add_page()
    letterhead(d, f["lh"])
    d.set_font("DejaVu", "", 8.5)
    d.multi_cell(90, 4, f"{f['subscriber']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    facts_block(d, f)
    codes = []
    for c in f["claims"]:
        claim_block(d, f, c)
        codes += [x["rmk"] for x in c["lines"]]
    remarks(d, f, codes)
    accumulator(d, f)
    appeal(d, f)
    return pdf_bytes(d)


def claim(r: random.Random, kind: str, patient: str, notice: dt.date, dentist: tuple) -> dict:
    dos = days(notice, -r.randint(12, 30) - (16 if kind in ("annualmax", "paid") else 0))
    return dict(kind=kind, claim=mixed(r, "QD26A9999999"), patient=patient, dentist=dentist[0], office=dentist[1],
                npi=npi(r), acct=mixed(r, "PA-99999"), received=days(notice, -r.randint(5, 10)),
                lines=compute(kind, KINDS[kind][2], dos))


def facts(r: random.Random, kinds: list[str], ds: str, dl: str, li: int, ms: str, lh: int, with_plan: bool) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    last = r.choice(["Pettigrew", "Aldersey", "Bramhope", "Dunstable", "Ellerbeck", "Fothergill", "Grimshaw"])
    subscriber = person(r, last=last)
    f = dict(kind=kinds[-1], ds=ds, dl=dl, lab=LABELS[li], ms=ms, lh=lh, fd=lambda x: fdate(x, ds), notice=notice,
             subscriber=subscriber, addr=address(r), mid=mixed(r, "QDM999A9999"), group=mixed(r, r.choice(
                 ["G-99999", "9999A", "HB-999-99"])), employer=r.choice(["Corvane Tool & Die", "Lindqvist Freight",
                                                                           "Marrowfield Schools"]),
             plan_id=mixed(r, "QDPPO-99A") if with_plan else None, eff=days(notice, -r.randint(120, 300)),
             printed=days(notice, -1), used=float(r.choice([212, 348, 517, 96])), dcn=mixed(r, "99A99999999"))
    dentist = r.choice(DENTISTS)
    pats = [subscriber] if len(kinds) == 1 else [person(r, last=last, sex="m"), person(r, last=last, sex="f")]
    if len(kinds) == 1 and r.random() < 0.5:
        pats = [person(r, last=last)]
    f["claims"] = [claim(r, k, p, notice, dentist if i == 0 else r.choice(DENTISTS)) for i, (k, p) in
                   enumerate(zip(kinds, pats))]
    return f


def make_truth(f: dict) -> dict:
    c = [x for x in f["claims"] if KINDS[x["kind"]][0]] or f["claims"]
    c = c[0]
    denial, dalts, _ = KINDS[c["kind"]]
    total = sum(x["fee"] for x in c["lines"])
    denied = [x for x in c["lines"] if x["rmk"] != "P1"]
    alts: dict = {"insurer": ["Quillmont Dental"], "provider": [c["office"]]}
    dates = sorted({iso(x["date"]) for x in (denied or c["lines"])})
    if denied and len(denied) < len(c["lines"]):
        alts["claim_amount"] = [m2(sum(x["fee"] for x in denied))]
        all_dates = sorted({iso(x["date"]) for x in c["lines"]})
        if all_dates != dates:
            alts["service_dates"] = [all_dates]
    deadline = {"within": days(f["notice"], 180), "by": days(f["notice"], 180), "receive": None}[f["dl"]]
    if not denial:
        alts["appeal_deadline"] = [iso(deadline) if deadline else iso(days(f["notice"], 180))]
        deadline = None
    elif f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
    return truth("eob", denial, insurer=INSURER, plan_id=f["plan_id"], group_number=f["group"], member_id=f["mid"],
                 member_name=c["patient"], case_numbers=[c["claim"]], claim_amount=m2(total), service_dates=dates,
                 denial_date=iso(f["notice"]), provider=c["dentist"], appeal_deadline=iso(deadline) if deadline else None,
                 alternates=alts, denial_alternates=dalts, type_alternates=["denial_letter"] if denial else [])


# (stem, condition, kinds on the page, date style, deadline style, label set, money style, letterhead, plan ID?)
PLAN = [
    ("dental_multi_tooth_eob_bd_altben", "born_digital", ["altben"], "slash", "within", 0, "plain", 0, True),
    ("dental_multi_tooth_eob_bd_household", "born_digital", ["sealants", "perio"], "long", "within", 1, "nosign", 1,
     False),
    ("dental_multi_tooth_eob_scan_missing", "scan_clean_300", ["missing"], "abbr", "by", 1, "plain", 0, False),
    ("dental_multi_tooth_eob_low_freq", "scan_lowres_150", ["freq"], "iso", "receive", 0, "bare", 1, True),
    ("dental_multi_tooth_eob_copy_waiting", "photocopy", ["waiting"], "dmy", "within", 0, "plain", 1, False),
    ("dental_multi_tooth_eob_phone_annualmax", "phone_photo", ["annualmax"], "slash", "by", 1, "usd", 0, False),
    ("dental_multi_tooth_eob_rot_paid", "rotated", ["paid"], "long", "within", 0, "plain", 1, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, ds, dl, li, ms, lh, with_plan) in enumerate(PLAN):
        f = facts(random.Random(12400 + i), kinds, ds, dl, li, ms, lh, with_plan)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
