"""Family 'tpn_parenteral_nutrition_denial': plan, Medicaid and DME MAC papers on home parenteral nutrition (TPN):
amino acids / lipids / dextrose (B4185, B4189-B4199), the infusion pump (E0779, B9004) and supply kits
(B4222-B4224) billed monthly by a home infusion pharmacy. Denied because permanent impairment of the GI tract was
not documented, enteral nutrition was not tried first, or the units billed exceeded the order; one approval, one
remittance listing two patients (only one denied), one faxed letter behind a fax cover.

Issuers (fictional): Bramblecrest Health Plan, Ouachita Medicaid Managed Care, and Juniper Ridge DME Administrators
(a DME MAC shape). Home infusion pharmacies are the provider; the gastroenterologist who ordered the TPN is a decoy,
as are the date received, NPIs, date of birth, phone numbers, the allowed/paid amounts and the 4-month external review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tpn_parenteral_nutrition_denial"
LANG = "en"
BH, OM, JR = "Bramblecrest Health Plan", "Ouachita Medicaid Managed Care", "Juniper Ridge DME Administrators"
PHARM = ["Sorrelwood Home Infusion Pharmacy", "Tidewater Nutrition Infusion Services", "Kestrel Home Infusion, LLC"]
GI = ["Dr. Anneliese V. Korhonen", "Dr. Babajide O. Adeyemi", "Dr. Priyanka S. Venkataraman"]
LINES = [("B4193", "Parenteral nutrition solution, 52-73% amino acids", 30),
         ("B4185", "Parenteral nutrition, lipids, 10 grams", 60),
         ("B9004", "Parenteral nutrition infusion pump, portable", 1),
         ("B4224", "Parenteral nutrition administration kit, per day", 30)]
REASONS = {
    "perm": ("The records do not show a permanent impairment of the gastrointestinal tract. Parenteral nutrition is "
             "covered only when the condition is expected to last at least 3 months and the small bowel cannot "
             "absorb enough nutrition. This service is not medically necessary for you."),
    "enteral": ("Enteral (tube) nutrition was not tried first. The plan covers parenteral nutrition only when a "
                "trial of enteral nutrition failed or could not be given; the records do not show such a trial."),
    "units": ("The units billed exceed the physician's order. The order is for {ord} units of lipids (B4185) a month; "
              "{bill} units were billed. Units above the order are not medically necessary."),
    "pump": ("The infusion pump (E0779) is not covered as billed: parenteral nutrition pumps are billed as B9004. "
             "The claim was denied for incorrect coding; the supplier may send a corrected claim."),
}


def facts(i: int, kind: str, ins: str, ds: str, ms: str) -> dict:
    r = Rand(167500 + i)
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 220))
    m_start = dt.date(notice.year, notice.month, 1) - dt.timedelta(days=r.choice([31, 62]))
    m_start = dt.date(m_start.year, m_start.month, 1)
    m_end = (dt.date(m_start.year + (m_start.month == 12), m_start.month % 12 + 1, 1) - dt.timedelta(days=1))
    lines = []
    for code, desc, units in LINES:
        u = units * 3 if (kind == "units" and code == "B4185") else units
        if kind == "pump" and code == "B9004":
            code, desc = "E0779", "Ambulatory infusion pump, mechanical, reusable"
        lines.append([code, desc, u, round(r.randint(9, 95) * u + r.choice([0, .5, .25]), 2)])
    f = dict(i=i, kind=kind, ins=ins, ds=ds, ms=ms, notice=notice, s=m_start, e=m_end, lines=lines,
             billed=round(sum(x[3] for x in lines), 2), member=r.person()[0], addr=r.address(),
             mid={BH: "BCH" + r.digits(9), OM: r.digits(11), JR: r.digits(1) + r.letters(2) + r.digits(1) + r.letters(1)
                  + r.digits(2) + r.letters(2) + r.digits(2)}[ins],
             grp=("G-" + r.digits(5)) if ins == BH else None, claim=r.digits(4) + "-" + r.digits(7),
             pharm=r.choice(PHARM), gi=r.choice(GI), npi=r.npi(), npi2=r.npi(), ph=r.phone(),
             dob=dt.date(r.randint(1948, 1999), r.randint(1, 12), r.randint(1, 28)),
             recv=notice - dt.timedelta(days=r.randint(6, 20)), other=r.person()[0], oclaim=r.digits(4) + "-" + r.digits(7),
             obilled=round(r.randint(3200, 7800) + .5, 2), authno="PA" + r.digits(8))
    f["ord"], f["bill"] = 60, 180
    return f


def fd(f, d):
    return fmt_date(d, f["ds"])


def usd(f, v):
    return fmt_money(v, f["ms"])


def head(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if ins == BH:
        d.text_line("BRAMBLECREST", 20, "B", h=9)
        d.text_line("Health Plan  |  Utilization Management  |  PO Box 41187, Erie, PA 16501", 8.5, h=4.5)
    elif ins == OM:
        d.text_line(OM, 15, "B", h=7)
        d.text_line("A Medicaid health plan  -  Member Services 1-844-555-0100 (TTY 711)", 8.5, h=4.5)
    else:
        d.text_line(JR, 14, "B", h=7)
        d.text_line("Durable Medical Equipment Medicare Administrative Contractor - Jurisdiction E", 8.5, h=4.5)
        d.text_line("PO Box 7720, Fargo, ND 58102", 8.5, h=4.5)
    d.rule(0.5, 3)


def member_block(d: Doc, f: dict, labels=("Member", "Member ID", "Date of birth")) -> None:
    d.text_line(fd(f, f["notice"]), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line(f"{labels[0]}: {f['member']}      {labels[1]}: {f['mid']}", 9.5, h=5)
    extra = f"      Group: {f['grp']}" if f["grp"] else ""
    d.text_line(f"{labels[2]}: {fmt_date(f['dob'], 'slash')}{extra}", 9.5, h=5)


def line_table(d: Doc, f: dict, paid: bool = False) -> None:
    rows = [[fmt_date(f["s"], "slash") + "-" + fmt_date(f["e"], "slash"), c, desc[:40], str(u), usd(f, b),
             usd(f, round(b * .62, 2)) if paid else usd(f, 0)] for c, desc, u, b in f["lines"]]
    rows.append(["*Total", "", "", "", usd(f, f["billed"]), ""])
    d.table(["Dates of service", "HCPCS", "Description", "Units", "Billed", "Allowed"], rows,
            [42, 16, 68, 12, 22, 22], size=8, aligns="LLLRRR", head_fill=True)


def appeal(d: Doc, f: dict, mode: str) -> None:
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    if mode == "date":
        t = f"If you disagree, send your appeal so that we receive it by {fd(f, f['notice'] + dt.timedelta(days=60))}."
    elif mode == "120":
        t = "You may request a redetermination within 120 days of the date of this notice."
    else:
        t = "You have 60 days from the date of this letter to ask for an appeal."
    d.para(t + f" You may also ask for an external review within 4 months of a final decision. Call {f['ph']}.", 9.5)


def build_letter(f: dict, mode: str, cover: bool = False) -> bytes:
    d = Doc(footer="Page {p} of {n}")
    d.add_page()
    head(d, f)
    member_block(d, f)
    d.ln(2)
    k = f["kind"]
    d.text_line("NOTICE OF DENIAL OF COVERAGE" if k != "approval" else "NOTICE OF APPROVAL", 12, "B", h=7)
    d.para(f"Re: Home parenteral nutrition, {fd(f, f['s'])} through {fd(f, f['e'])}. Reference {f['claim']}.", 10)
    d.para(f"Provider: {f['pharm']} (NPI {f['npi']}). Ordering gastroenterologist: {f['gi']} (NPI {f['npi2']}). "
           f"We received the request on {fmt_date(f['recv'], 'slash')}.", 9.5)
    if k == "approval":
        d.para(f"We approved home parenteral nutrition for the dates above. Authorization number {f['authno']}. "
               "Amino acids, lipids, the pump and daily kits are approved as ordered. This is not a bill.", 10)
        line_table(d, f, paid=True)
    else:
        d.para("We have denied coverage of the items below. Reason: " +
               REASONS[k].format(ord=f["ord"], bill=f["bill"]), 10)
        line_table(d, f)
        d.para(f"Total amount billed: {usd(f, f['billed'])}.", 10)
        appeal(d, f, mode)
    d.para("Sincerely,\nClinical Review Department", 9.5)
    return pdf_bytes(d)


def build_remit(f: dict) -> bytes:
    d = Doc(footer="Remittance advice - page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    head(d, f)
    d.text_line("PROVIDER REMITTANCE ADVICE", 12, "B", h=7)
    d.text_line(f"Payee: {f['pharm']}   NPI {f['npi']}   Check/EFT date: {fd(f, f['notice'])}", 9, h=5)
    d.ln(2)
    for who, mid, claim, billed, denied in [(f["other"], "4" + f["mid"][1:], f["oclaim"], f["obilled"], False),
                                            (f["member"], f["mid"], f["claim"], f["billed"], True)]:
        d.text_line(f"Patient: {who}   HIC/ID: {mid}   ICN: {claim}", 9, "B", h=5)
        rows = [[fmt_date(f["s"], "slash"), fmt_date(f["e"], "slash"), "B4193", "30", usd(f, billed),
                 "CO-50" if denied else "", usd(f, 0 if denied else round(billed * .7, 2))]]
        d.table(["From", "Thru", "HCPCS", "Units", "Billed", "Adj", "Paid"], rows, [26, 26, 20, 14, 30, 20, 28],
                size=8.5, aligns="LLLRRLR")
    d.para("CO-50: These are non-covered services because this is not deemed a 'medical necessity' by the payer. "
           "MA130-N: permanent impairment of the GI tract not documented.", 8.5)
    d.para("Redetermination: within 120 days of the date of this notice.", 8.5)
    return pdf_bytes(d)


def cover() -> bytes:
    d = Doc()
    d.add_page()
    d.text_line("FAX", 28, "B", h=14)
    d.para("To: Patient home care coordinator\nFrom: Ouachita Medicaid Managed Care, Utilization Management\n"
           "Pages: 2 (including cover)\nRe: Parenteral nutrition request", 11)
    d.para("CONFIDENTIAL: this fax contains protected health information.", 9)
    return pdf_bytes(d)


DEN = {"perm": "medical_necessity", "enteral": "medical_necessity", "units": "medical_necessity",
       "pump": "coding_error", "approval": None}


def make_truth(f: dict, mode: str, doc: str = "denial_letter") -> dict:
    k = f["kind"]
    ok = k == "approval"
    dl = None if ok else iso(f["notice"] + dt.timedelta(days={"date": 60, "120": 120, "60": 60}[mode]))
    alts = {"service_dates": [[iso(f["s"])]]}
    if k == "units":
        alts["claim_amount"] = [m2(f["lines"][1][3])]
    dalts = {"pump": ["not_covered", "other"], "enteral": ["not_covered"], "units": ["other"]}.get(k, [])
    return truth("other" if ok else doc, DEN[k], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["authno"], f["claim"]] if ok else [f["claim"]],
                 claim_amount=m2(f["billed"]), service_dates=[iso(f["s"], f["e"])], denial_date=iso(f["notice"]),
                 provider=f["pharm"], appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


PLAN = [  # stem tail, condition, kind, issuer, date style, money style, appeal mode, shape
    ("bd_plan_letter_no_permanent_impairment", "born_digital", "perm", BH, "long", "plain", "date", "letter"),
    ("bd_mac_remit_two_patients", "born_digital", "perm", JR, "slash", "plain", "120", "remit"),
    ("scan300_medicaid_enteral_not_tried", "scan_clean_300", "enteral", OM, "abbr", "plain", "60", "letter"),
    ("lowres_lipid_units_over_order", "scan_lowres_150", "units", BH, "iso", "nosign", "60", "letter"),
    ("copy_approval_letter", "photocopy", "approval", BH, "long", "plain", "60", "letter"),
    ("faxstd_cover_medicaid_denial", "fax_standard_g4", "enteral", OM, "slash", "plain", "date", "fax"),
    ("rotated_mac_pump_coding", "rotated", "pump", JR, "dmy", "plain", "120", "letter"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (tail, cond, kind, ins, ds, ms, mode, shape) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms)
        name = f"{FAMILY}_{tail}"
        if shape == "remit":
            items.append(Item(name, cond, [(build_remit(f), make_truth(f, mode, "eob"))]))
        elif shape == "fax":
            items.append(Item(name, cond, [(build_letter(f, mode), make_truth(f, mode))], separators=["cover"]))
        else:
            items.append(Item(name, cond, [(build_letter(f, mode), make_truth(f, mode))]))
    return items
