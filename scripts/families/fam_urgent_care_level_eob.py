"""Family 'urgent_care_level_eob': an invented insurer's EOBs where an emergency room visit was processed at the urgent
care level or denied as not an emergency.

Two fictional insurers (Brackenhurst Health Insurance Company, set "BRACKENHURST" over "Health Insurance Company";
Kelderwick Health Plans, Inc. under the line "A Sedgemoor Mutual company") send one statement with the hospital's
facility claim and the emergency physician's claim for one visit. The facility claim is paid at the urgent care
benefit (urgent care copay instead of the ER copay), denied because the diagnosis shows no emergency, or denied as
filed late; once the physician claim is denied for a coding mismatch while the facility is paid; one statement pays
both at the ER level. Remark code legend; a one-paragraph "how to read this statement" insert with example amounts;
ER / urgent care / office copays, deductible and out-of-pocket figures, patient account numbers, NPIs, received dates
and a document number as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr3 import address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "urgent_care_level_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"B": "Brackenhurst Health Insurance Company", "K": "Kelderwick Health Plans, Inc."}
HOSPITALS = ["Fallowmere Regional Medical Center", "St. Aldric's Hospital of Kearney", "Ravensworth Community Hospital"]
GROUPS = [("Lanthorn Emergency Physicians, PC", "Dr. Benedikta Scarrow"),
          ("Northvale Emergency Medicine Associates", "Dr. Evander Quillon"),
          ("Coldharbour Acute Care Physicians", "Dr. Mirabel Tensley")]
LEGEND = {
    "UC1": "This emergency room visit was processed at your urgent care benefit level. The diagnosis and services "
           "billed are ones an urgent care center provides. Your urgent care copay applies.",
    "NE4": "Emergency room charges are not covered when the diagnosis does not show an emergency medical condition.",
    "TF9": "This claim was received after the plan's filing limit of 365 days from the date of service.",
    "CD2": "The procedure code is not valid with the modifier billed. The provider may send a corrected claim.",
    "D45": "Charges above the allowed amount for an in-network provider. You do not owe this difference.",
    "CP1": "Your copay for this benefit was applied.",
    "CI2": "Coinsurance (your share after the deductible).",
}
KINDS = {"ucc": ("level_of_care", ["medical_necessity", "coding_error"]),
         "nonemerg": ("medical_necessity", ["not_covered", "level_of_care"]),
         "late": ("timely_filing", []), "coding": ("coding_error", ["other"]), "paid": (None, [])}
DX = [("J06.9", "upper respiratory infection"), ("S93.401A", "sprained ankle"), ("N39.0", "urinary tract infection"),
      ("L03.115", "skin infection of the leg")]


class Stmt(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot + "   Page {p} of {n}", margins=(14, 13, 14))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Stmt, f: dict) -> None:
    y0 = d.get_y()
    if f["ins"] == "B":
        d.set_font("DejaVu", "B", 19)
        d.cell(120, 8, "BRACKENHURST", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 10.5)
        d.cell(120, 5, "Health Insurance Company")
    else:
        d.set_font("DejaVu", "", 8)
        d.cell(120, 4, "A Sedgemoor Mutual company", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 16)
        d.cell(120, 8, INS["K"])
    d.set_xy(135, y0)
    d.set_font("DejaVu", "B", 10)
    d.multi_cell(0, 5, "EXPLANATION OF BENEFITS\nThis is not a bill", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 17)
    d.rule(0.6, 3)


def pairs(d: Stmt, x: float, y: float, rows: list, kw: float) -> float:
    d.set_y(y)
    for k, v in rows:
        d.set_x(x)
        d.set_font("DejaVu", "B", 8.5)
        d.cell(kw, 4.7, k)
        d.set_font("DejaVu", "", 8.5)
        d.cell(60, 4.7, v, new_x="LMARGIN", new_y="NEXT")
    return d.get_y()


def header_block(d: Stmt, f: dict) -> None:
    fd, b = f["fd"], f["ins"] == "B"
    left = [("Statement date" if b else "Date of statement", fd(f["notice"])),
            ("Subscriber" if b else "Policyholder", f["sub"]), ("Member ID" if b else "Identification no.", f["mid"])]
    left += [("Group number" if b else "Grp #", f["group"])] if f["group"] else []
    right = [("Plan", f["product"]), ("Questions", f["ph"]), ("Document no.", f["docno"]),
             ("ER copay", "$350.00"), ("Urgent care copay", "$75.00")]
    y0 = d.get_y()
    y1 = pairs(d, d.l_margin, y0, left, 34)
    y2 = pairs(d, 110, y0, right, 32)
    d.set_y(max(y1, y2) + 3)


def insert(d: Stmt) -> None:
    d.set_fill_color(238, 238, 238)
    d.set_font("DejaVu", "B", 8.6)
    d.cell(0, 5, " How to read this statement", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.9)
    d.multi_cell(0, 3.9, "Each claim shows what the provider billed, the amount our contract allows, what we paid and "
                 "what you may owe. For example, if a provider bills $1,000.00 and the allowed amount is $640.00, "
                 "the $360.00 difference is a network discount; with a $75.00 copay we pay $565.00 and you owe "
                 "$75.00. Codes in the last column are explained under \"Remark codes\".", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def claim(d: Stmt, f: dict, title: str, meta: list, lines: list) -> None:
    mo = f["money"]
    d.set_font("DejaVu", "B", 9.4)
    d.cell(0, 6, title, border="B", new_x="LMARGIN", new_y="NEXT")
    pairs(d, d.l_margin, d.get_y() + 1, meta[:3], 24)
    y = d.get_y()
    pairs(d, 122, y - 4.7 * 3, meta[3:], 24)
    d.set_y(y + 1.5)
    head = ["Service date", "Description", "Billed", "Allowed", "Paid", "You owe", "Remark"]
    widths = [24, 66, 20, 20, 20, 18, 20]
    d.set_font("DejaVu", "B", 7.6)
    for h, w in zip(head, widths):
        d.cell(w, 5.2, h, border="B", align="R" if h in ("Billed", "Allowed", "Paid", "You owe") else "L")
    d.ln(5.5)
    for dos, desc, billed, allowed, paid, owe, codes in lines:
        for j, (v, w) in enumerate(zip([f["fdt"](dos), desc, mo(billed), mo(allowed), mo(paid), mo(owe), codes],
                                       widths)):
            d.set_font("DejaVu", "", 7.5)
            d.cell(w, 4.9, v, align="R" if 2 <= j <= 5 else "L")
        d.ln(4.9)
    d.set_font("DejaVu", "B", 7.7)
    d.cell(90, 5, "Claim totals")
    for k in (2, 3, 4, 5):
        d.cell(widths[k], 5, mo(sum(x[k] for x in lines)), align="R")
    d.ln(8)


def message(f: dict) -> str:
    return {
        "ucc": f"{f['hosp']} billed this visit as emergency room care. The diagnosis ({f['dx'][0]}, {f['dx'][1]}) "
               "and the services are ones an urgent care center gives, so we paid the hospital's charges at your "
               "urgent care benefit level and applied the $75.00 urgent care copay. The physician's claim was paid "
               "as billed.",
        "nonemerg": f"The hospital's emergency room charges are denied. The diagnosis on the claim ({f['dx'][1]}) "
                    "does not show a condition that a prudent person would treat as an emergency, and your plan "
                    "covers the emergency room only for emergencies. Care like this is covered at an urgent care "
                    "center or your doctor's office.",
        "late": f"We received the hospital's claim on {f['fd'](f['rcv'])}, more than 365 days after the visit. Claims "
                "must reach us within that time, so the facility charges are denied. The hospital may not bill "
                "you for a claim denied for late filing under its contract with us.",
        "coding": "The emergency physician's claim was denied: the visit code was billed with a modifier that does "
                  "not apply to it. The hospital's claim was paid. Your doctor's office may send a corrected claim.",
        "paid": "Both claims were paid at your emergency room benefit level. Your ER copay applies once per visit.",
    }[f["kind"]]


def appeal(f: dict) -> str:
    fd, n = f["fd"], 180
    when = {"within": f"within {n} days of the date of this statement",
            "by": f"on or before {fd(days(f['notice'], n))}",
            "receive": f"within {n} days from the day you receive this statement"}[f["dl"]]
    return (f"You may appeal a claim decision {when}. Write to {INS[f['ins']]}, Member Appeals, PO Box 22871, "
            f"Laramie, WY 82073, or call {f['ph']}. Give the claim number. If we uphold our decision you may ask "
            "for an external review within 4 months.")


def build(f: dict) -> bytes:
    d = Stmt(f"Doc {f['docno']}")
    d.add_page()
    letterhead(d, f)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.5)
    d.ln(3)
    header_block(d, f)
    insert(d)
    fd = f["fd"]
    fac = [("Patient", f["pat"]), ("Claim no.", f["fac_claim"]), ("Provider", f["hosp"]),
           ("NPI", f["fac_npi"]), ("Patient acct", f["acct"]), ("Received", fd(f["rcv"]))]
    phys = [("Patient", f["pat"]), ("Claim no.", f["doc_claim"]), ("Provider", f["grp_name"]),
            ("Rendering", f["doctor"]), ("NPI", f["doc_npi"]), ("Received", fd(days(f["rcv"], 2)))]
    claim(d, f, "Claim 1 - Hospital emergency department (facility)", fac, f["fac_lines"])
    claim(d, f, "Claim 2 - Emergency physician services", phys, f["doc_lines"])
    d.text_line("About this visit", 9.4, "B", h=5.5)
    d.para(message(f), 8.6, gap=2)
    d.text_line("Remark codes", 9.4, "B", h=5.5)
    for c in f["codes"]:
        d.set_font("DejaVu", "B", 7.8)
        d.cell(14, 4, c)
        d.set_font("DejaVu", "", 7.8)
        d.multi_cell(0, 4, LEGEND[c], new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("DejaVu", "", 7.8)
    d.cell(0, 4, f"Plan-year deductible met {f['money'](f['ded'])} of {f['money'](1500.0)}; out-of-pocket met "
                 f"{f['money'](f['oop'])} of {f['money'](7000.0)}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Appeal rights", 9.4, "B", h=5.5)
    d.para(appeal(f), 8.4, gap=2)
    return pdf_bytes(d)


def lines_for(r: random.Random, f: dict) -> None:
    k, dos = f["kind"], f["dos"]
    er, lab, xr = money(r, 1900, 3600), money(r, 180, 460), money(r, 320, 780)
    code = "99284" if k != "paid" else "99285"
    fac = []
    if k == "ucc":
        allowed = round(er * 0.12, 2)
        fac.append((dos, f"0450 ER visit {code} (paid as urgent care)", er, allowed, round(allowed - 75, 2), 75.0,
                    "UC1 CP1"))
    elif k in ("nonemerg", "late"):
        fac.append((dos, f"0450 ER visit {code}", er, 0.0, 0.0, 0.0, "NE4" if k == "nonemerg" else "TF9"))
    else:
        allowed = round(er * 0.4, 2)
        fac.append((dos, f"0450 ER visit {code}", er, allowed, round(allowed - 350, 2), 350.0, "D45 CP1"))
    for desc, amt in ((f"0320 X-ray {r.choice(['73610', '71046', '73590'])}", xr), ("0300 Lab 81001, 85025", lab)):
        if k in ("nonemerg", "late"):
            fac.append((dos, desc, amt, 0.0, 0.0, 0.0, "NE4" if k == "nonemerg" else "TF9"))
        else:
            a = round(amt * 0.45, 2)
            fac.append((dos, desc, amt, a, a, 0.0, "D45"))
    phys_b = money(r, 380, 860)
    if k == "coding":
        doc = [(dos, f"ER physician visit {code}-24", phys_b, 0.0, 0.0, 0.0, "CD2")]
    else:
        a = round(phys_b * 0.55, 2)
        doc = [(dos, f"ER physician visit {code}", phys_b, a, round(a * 0.8, 2), round(a * 0.2, 2), "D45 CI2")]
    f["fac_lines"], f["doc_lines"] = fac, doc
    f["fac_total"], f["doc_total"] = round(sum(x[2] for x in fac), 2), phys_b
    f["codes"] = sorted({c for x in fac + doc for c in x[6].split()})


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, dl: str, dependent: bool) -> dict:
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 210))
    sub = person(r)
    pat = person(r, last=sub.split()[-1]) if dependent else sub
    grp, doctor = r.choice(GROUPS)
    f = dict(kind=kind, ins=ins, fd=lambda x: fdate(x, ds), fdt=lambda x: fdate(x, "slash" if ds == "long" else ds),
             money=lambda v: usd(v, ms), dl=dl, notice=notice, sub=sub, pat=pat, addr=address(r),
             hosp=r.choice(HOSPITALS), grp_name=grp, doctor=doctor,
             mid=mixed(r, "BHK99A999999" if ins == "B" else "K9A9999999"),
             group=r.choice([digits(r, 6), mixed(r, "A9999A"), None]),
             product="Brackenhurst Essential PPO 3000" if ins == "B" else "Kelderwick Connect EPO",
             ph=phone(r), docno=mixed(r, "EOB-99999A99"), fac_claim=mixed(r, "9A99999999999"),
             doc_claim=mixed(r, "9A99999999999"), fac_npi=npi(r), doc_npi=npi(r), acct=digits(r, 8),
             dx=r.choice(DX), ded=float(r.choice([250, 600, 900])), oop=money(r, 900, 2600))
    f["dos"] = days(notice, -(r.randint(400, 440) if kind == "late" else r.randint(20, 45)))
    f["rcv"] = days(notice, -r.randint(6, 14)) if kind == "late" else days(f["dos"], r.randint(4, 10))
    lines_for(r, f)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    alts: dict = {"insurer": ["Brackenhurst"]} if f["ins"] == "B" else {}
    common = dict(insurer=INS[f["ins"]], group_number=f["group"], member_id=f["mid"], member_name=f["pat"],
                  service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]))
    if f["kind"] == "paid":
        alts.update(appeal_deadline=[iso(days(f["notice"], 180))], case_numbers=[[f["fac_claim"]]],
                    claim_amount=[m2(f["fac_total"] + f["doc_total"])], provider=[f["grp_name"], f["doctor"]])
        return truth("eob", None, case_numbers=[f["fac_claim"], f["doc_claim"]], claim_amount=m2(f["fac_total"]),
                     provider=f["hosp"], alternates=alts, **common)
    deadline = None if f["dl"] == "receive" else days(f["notice"], 180)
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
    if f["kind"] == "coding":
        alts["provider"] = [f["doctor"]]
        case, amount, prov = f["doc_claim"], f["doc_total"], f["grp_name"]
    else:
        case, amount, prov = f["fac_claim"], f["fac_total"], f["hosp"]
    return truth("eob", denial, case_numbers=[case], claim_amount=m2(amount), provider=prov,
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts, denial_alternates=dalts,
                 type_alternates=["denial_letter"], **common)


# (stem, condition, kind, insurer, date style, money style, deadline style, dependent patient)
PLAN = [
    ("urgent_care_level_eob_bd_ucc", "born_digital", "ucc", "B", "long", "plain", "within", False),
    ("urgent_care_level_eob_bd_nonemerg", "born_digital", "nonemerg", "K", "slash", "nosign", "by", True),
    ("urgent_care_level_eob_scan_paid", "scan_clean_300", "paid", "B", "abbr", "plain", "within", True),
    ("urgent_care_level_eob_lowres_ucc", "scan_lowres_150", "ucc", "K", "dmy", "usd", "receive", True),
    ("urgent_care_level_eob_copy_late", "photocopy", "late", "B", "slash", "plain", "within", False),
    ("urgent_care_level_eob_rot_nonemerg", "rotated", "nonemerg", "B", "iso", "bare", "by", False),
    ("urgent_care_level_eob_faxs_coding", "fax_standard_g4", "coding", "K", "short", "plain", "within", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, dl, dep) in enumerate(PLAN):
        r = random.Random(14300 + i)
        f = facts(r, kind, ins, ds, ms, dl, dep)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
