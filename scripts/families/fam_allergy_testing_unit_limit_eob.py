"""Family 'allergy_testing_unit_limit_eob': an invented insurer's EOBs for allergy testing and immunotherapy where
units above a yearly limit were refused.

Issuer: Thistledown Health Assurance (two-line letterhead "THISTLEDOWN" over "Health Assurance Company"). One claim
per statement except one page with two claims (only the second refused). Service lines: the office visit, skin-prick
tests (95004) billed as 80 units against a yearly limit of 70, intradermal tests (95024), antigen preparation (95165)
and injections (95117). The allergist's practice is the billing provider, the allergist the rendering one (the truth's provider). Kinds:
percutaneous units over the limit, antigen doses over the limit, the same said in plain words, units denied as not
necessary for the symptoms, a timely-filing refusal of the same units, and one statement all paid. Decoys: the
year-to-date units accumulator, the NPI, the received date, the printed date, an example amount.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw1 import address, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "allergy_testing_unit_limit_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INSURER = "Thistledown Health Assurance Company"
PRACTICES = [("Bramblegate Allergy & Asthma Associates", "Dr. Perpetua Voysey"),
             ("Lindenfield Allergy Clinic, PC", "Dr. Hamish Orrell"),
             ("North Shore Sinus and Allergy Group", "Dr. Veronique Stannard")]
CODES = {"99204": "New patient visit", "95004": "Percutaneous allergy tests", "95024": "Intradermal tests",
         "95165": "Antigen preparation (doses)", "95117": "Immunotherapy injections, 2+"}
REMARK = {"A1": "Processed under your allergy benefit.",
          "U7": "Units above your plan's yearly limit are not covered. Limit: 70 units per calendar year for this "
                "test.",
          "U9": "Your plan covers up to 150 antigen doses each plan year. Doses past that limit are not covered.",
          "UP": "You have had as many of these skin tests this year as your plan will pay for. We paid for the "
                "first 70 and cannot pay for the rest.",
          "MN": "The number of tests billed is more than the symptoms on the claim call for. The extra tests are "
                "not medically necessary.",
          "TF": "This claim reached us after the 180-day filing limit in the provider's contract. You do not owe "
                "the provider for this line."}
# kind: (denial type, denial alternates, lines [(code, units, remark)]; a remark other than A1 means refused)
KINDS = {"units": ("not_covered", ["other"], [("99204", 1, "A1"), ("95004", 80, "U7"), ("95024", 12, "A1")]),
         "doses": ("not_covered", ["other"], [("95165", 40, "U9"), ("95117", 1, "A1")]),
         "plain": ("not_covered", ["other"], [("95004", 80, "UP"), ("99204", 1, "A1")]),
         "mednec": ("medical_necessity", ["not_covered"], [("99204", 1, "A1"), ("95004", 80, "MN")]),
         "timely": ("timely_filing", ["other"], [("95004", 80, "TF"), ("95024", 10, "TF")]),
         "multi": ("not_covered", ["other"], [("95004", 80, "U7"), ("95117", 1, "A1")]),
         "nodeny": (None, [], [("99204", 1, "A1"), ("95004", 40, "A1"), ("95024", 8, "A1")])}


class Eob(Doc):
    def __init__(self, foot: str, header: str):
        super().__init__("DejaVu", footer=foot, header=header, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)


def claim(r: random.Random, spec: list, date: dt.date) -> dict:
    prac, doc = r.choice(PRACTICES)
    lines = []
    for code, units, rm in spec:
        each = money(r, 6, 14) if units > 1 else money(r, 180, 290)
        b = round(each * units, 2)
        if code == "95004" and rm != "A1" and rm != "TF" and rm != "MN":
            b1 = round(each * 70, 2)
            lines.append((code, 70, "A1", b1, round(b1 * 0.55, 2)))
            lines.append((code, units - 70, rm, round(b - b1, 2), 0.0))
            continue
        lines.append((code, units, rm, b, round(b * 0.55, 2) if rm == "A1" else 0.0))
    return dict(no=mixed(r, "TH99999A9999"), date=date, recv=days(date, r.randint(6, 20)), prac=prac, doc=doc,
                npi=npi(r), lines=lines)


def facts(r: random.Random, kind: str, ds: str, ms: str, app: str) -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    f = dict(kind=kind, ds=ds, ms=ms, app=app, notice=notice, fd=lambda x: fdate(x, ds), member=person(r),
             addr=address(r), mid=mixed(r, "THA-999999-99"), grp=mixed(r, "999999A"), ph=phone(r))
    date = days(notice, -r.randint(21, 44))
    if kind == "timely":
        date = days(notice, -r.randint(230, 260))
    spec = KINDS[kind][2]
    if kind == "multi":
        f["claims"], f["den"] = [claim(r, [("95117", 1, "A1")], days(date, -14)), claim(r, spec, date)], 1
    else:
        f["claims"], f["den"] = [claim(r, spec, date)], 0
    return f


def head(d: Eob, f: dict) -> None:
    d.text_line("THISTLEDOWN", 18, "B", h=7.5)
    d.text_line("Health Assurance Company", 11, h=5.5)
    d.text_line("YOUR EXPLANATION OF BENEFITS  (not a bill)", 9.5, "B", h=6)
    d.rule(0.6, 3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.2, h=4.5)
    d.ln(2)
    for k, v in [("Issued", f["fd"](f["notice"])), ("Patient", f["member"]), ("ID no.", f["mid"]),
                 ("Group", f["grp"])]:
        d.set_font("DejaVu", "B", 8.4)
        d.cell(24, 5, k)
        d.set_font("DejaVu", "", 8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def claim_block(d: Eob, f: dict, c: dict) -> None:
    d.set_fill_color(226, 226, 226)
    d.set_font("DejaVu", "B", 8.5)
    d.cell(0, 6, f"  Claim {c['no']}   Billed by: {c['prac']}", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.2)
    d.cell(0, 5, f"  Rendering allergist: {c['doc']}   NPI {c['npi']}   Received {f['fd'](c['recv'])}",
           new_x="LMARGIN", new_y="NEXT")
    ms = f["ms"]
    rows = [[fdate(c["date"], "short"), code, CODES[code], str(u), usd(b, ms), usd(p, ms),
             usd(0 if rm != "A1" else round(b - p, 2) * 0.2, ms), rm] for code, u, rm, b, p in c["lines"]]
    rows.append(["*Total", "", "", "", usd(sum(x[3] for x in c["lines"]), ms), usd(sum(x[4] for x in c["lines"]),
                                                                                   ms), "", ""])
    d.table(["Svc date", "CPT", "Description", "Units", "Charges", "Paid", "You owe", "Rmk"], rows,
            [17, 13, 56, 12, 23, 22, 21, 10], size=7.9, aligns="LLLRRRRL")


def build(f: dict) -> bytes:
    d = Eob(f"THA-EOB-11   Printed {fdate(days(f['notice'], -3), 'iso')}   Page {{p}} of {{n}}",
            f"{f['member']}  {f['mid']}")
    d.add_page()
    head(d, f)
    for c in f["claims"]:
        claim_block(d, f, c)
    d.text_line("Remark code legend", 9.5, "B", h=5.5)
    for rm in sorted({x[2] for c in f["claims"] for x in c["lines"]}):
        d.para(f"{rm}  " + REMARK[rm], 8.4, gap=1)
    d.ln(1)
    counted = sum(x[1] for c in f["claims"] for x in c["lines"] if x[0] == "95004" and x[2] == "A1")
    d.para(f"Allergy testing units counted this year (95004): {counted} of 70.", 8.4)
    if f["kind"] != "nodeny":
        d.text_line("Appeal rights", 9.5, "B", h=5.5)
        t = ("To appeal, write to us within 180 days of the date of this EOB." if f["app"] == "stmt" else
             f"To appeal, your request must reach us no later than {f['fd'](days(f['notice'], 180))}.")
        d.para(t + f" Questions: {f['ph']}.", 8.6)
    d.para("Sample only: if an allergist bills USD 500.00 and we allow USD 275.00, your share is figured from "
           "USD 275.00.", 7.8)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    den, dalts, _ = KINDS[f["kind"]]
    c = f["claims"][f["den"]]
    refused = [x[3] for x in c["lines"] if x[2] != "A1"]
    alts: dict = {"provider": [c["prac"], c["doc"].split(" ", 1)[1]]}
    if den and len(refused) < len(c["lines"]):
        alts["claim_amount"] = [m2(sum(refused))]
    return truth("eob", den, insurer=INSURER, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=[c["no"]], claim_amount=m2(sum(x[3] for x in c["lines"])),
                 service_dates=[iso(c["date"])], denial_date=iso(f["notice"]), provider=c["doc"],
                 appeal_deadline=iso(days(f["notice"], 180)) if den else None, alternates=alts,
                 denial_alternates=dalts)


# (stem, condition, kind, date style, money style, appeal wording)
PLAN = [
    ("allergy_testing_unit_limit_eob_bd_95004_over_70", "born_digital", "units", "long", "plain", "stmt"),
    ("allergy_testing_unit_limit_eob_bd_all_paid", "born_digital", "nodeny", "slash", "nosign", "stmt"),
    ("allergy_testing_unit_limit_eob_scan_antigen_doses", "scan_clean_300", "doses", "dmy", "plain", "date"),
    ("allergy_testing_unit_limit_eob_lowres_plain_words", "scan_lowres_150", "plain", "abbr", "usd", "stmt"),
    ("allergy_testing_unit_limit_eob_copy_not_necessary", "photocopy", "mednec", "iso", "bare", "date"),
    ("allergy_testing_unit_limit_eob_rot_late_filing", "rotated", "timely", "slash", "plain", "stmt"),
    ("allergy_testing_unit_limit_eob_faxs_two_claims", "fax_standard_g4", "multi", "long", "plain", "stmt"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, app) in enumerate(PLAN):
        r = random.Random(82200 + i)
        f = facts(r, kind, ds, ms, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
