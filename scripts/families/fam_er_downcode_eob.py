"""Family 'er_downcode_eob': an invented insurer's EOB for an emergency room visit whose level was cut or denied.

Two fictional insurers (Ebbingford Sound Health Insurance Company, set "EBBINGFORD SOUND" over "Health Insurance
Company"; Pellinore Health Plans, Inc. under the line "A Ravelsmoor Mutual Group company") send one statement
holding two claims for the same emergency visit: the hospital's facility claim, where the emergency visit level was paid at a
lower level (99285 billed, processed as 99283) or the facility fee was denied because the diagnosis did not show an
emergency, with other lines (labs, imaging, a bundled line) paid or denied; and the emergency physicians' claim,
paid in full at the level billed. CARC/RARC codes with a legend; one statement denies nothing. Decoys: statement
totals, plan-year deductible, patient account numbers, NPIs, a document number and received dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundm_famy import (ED_GROUPS, HOSPITALS, address, days, digits, fdate, iso, m2, mixed, money, npi, person,
                             phone, usd)

FAMILY = "er_downcode_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"G": "Ebbingford Sound Health Insurance Company", "P": "Pellinore Health Plans, Inc."}
LEGEND = {
    "45": "Charge is more than the amount allowed under the provider's contract. You do not owe this difference.",
    "150": "The information sent by the provider does not support the level of service billed. Paid at the level "
           "the records support.",
    "40": "The charges do not meet the plan's rules for emergency or urgent care.",
    "97": "Payment for this service is included in the payment for another service on this claim.",
    "2": "Coinsurance amount (your share).",
    "N130": "Check your plan's benefit documents for limits on this service.",
    "M15": "Tests billed separately were combined into one payment.",
}
# kind -> (denial, alternates)
KINDS = {"down": ("coding_error", ["medical_necessity"]), "down_bundle": ("coding_error", ["medical_necessity"]),
         "nonemerg": ("medical_necessity", ["not_covered", "other", "level_of_care"]), "paid": (None, [])}
DX = [("J02.9", "sore throat"), ("R51.9", "headache"), ("M54.50", "low back pain"), ("H10.33", "pink eye")]


class Stmt(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot + "   Page {p} of {n}", margins=(14, 14, 14))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Stmt, f: dict) -> None:
    y0 = d.get_y()
    if f["ins"] == "G":
        d.set_font("DejaVu", "B", 19)
        d.cell(120, 8, "EBBINGFORD SOUND", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 10.5)
        d.cell(120, 5, "Health Insurance Company")
    else:
        d.set_font("DejaVu", "", 8)
        d.cell(120, 4, "A Ravelsmoor Mutual Group company", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 16)
        d.cell(120, 8, INS["P"])
    d.set_xy(140, y0)
    d.set_font("DejaVu", "B", 10)
    d.multi_cell(0, 5, "Explanation of Benefits\nTHIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 17)
    d.rule(0.6, 3)


def info_block(d: Stmt, f: dict) -> None:
    fd = f["fd"]
    left = [("Statement date" if f["ins"] == "G" else "Date issued", fd(f["notice"])),
            ("Subscriber", f["sub"]), ("Member ID" if f["ins"] == "G" else "ID no.", f["mid"])]
    left += [("Group no." if f["ins"] == "G" else "Group #", f["group"])] if f["group"] else []
    right = [("Plan", f["product"]), ("Customer service", f["ph"]),
             ("Document no.", f["docno"]), ("Plan year", f"01/01/{f['notice'].year} - 12/31/{f['notice'].year}")]
    y0 = d.get_y()
    for k, v in left:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(32, 4.8, k)
        d.set_font("DejaVu", "", 8.6)
        d.cell(60, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    y1 = d.get_y()
    d.set_y(y0)
    for k, v in right:
        d.set_x(110)
        d.set_font("DejaVu", "B", 8.6)
        d.cell(34, 4.8, k)
        d.set_font("DejaVu", "", 8.6)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y1, d.get_y()) + 3)


def summary(d: Stmt, f: dict) -> None:
    mo = f["money"]
    billed = f["fac_total"] + f["doc_total"]
    paid = sum(x[5] for x in f["fac_lines"] + f["doc_lines"])
    owe = sum(x[6] for x in f["fac_lines"] + f["doc_lines"])
    d.boxes([("Total billed (2 claims)", mo(billed), 45), ("Plan discounts", mo(f["disc"]), 45),
             ("Plan paid", mo(paid), 45), ("Your share", mo(owe), 47)], h=12)
    d.ln(1.5)
    d.set_font("DejaVu", "", 7.8)
    d.cell(0, 4, f"Plan-year deductible met: {mo(f['ded'])} of {mo(f['ded_max'])}.   In-network out-of-pocket met: "
                 f"{mo(f['oop'])} of {mo(f['oop_max'])}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def claim(d: Stmt, f: dict, title: str, meta: list, lines: list, total: float) -> None:
    mo = f["money"]
    d.set_fill_color(228, 228, 228)
    d.set_font("DejaVu", "B", 9.5)
    d.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.2)
    for i in range(0, len(meta), 2):
        for k, v in meta[i:i + 2]:
            d.set_font("DejaVu", "B", 8.2)
            d.cell(30, 4.6, k)
            d.set_font("DejaVu", "", 8.2)
            d.cell(64, 4.6, v)
        d.ln(4.6)
    d.ln(1)
    head = ["Date of service", "Service / code", "Billed", "Allowed", "Plan paid", "Your share", "Codes"]
    widths = [24, 62, 20, 20, 20, 20, 22]
    d.set_font("DejaVu", "B", 7.6)
    for h, w in zip(head, widths):
        d.cell(w, 5.5, h, border="B", align="R" if h in ("Billed", "Allowed", "Plan paid", "Your share") else "L")
    d.ln(5.8)
    for dos, desc, billed, allowed, _, paid, share, codes in lines:
        vals = [f["fdt"](dos), desc, mo(billed), mo(allowed), mo(paid), mo(share), codes]
        for j, (v, w) in enumerate(zip(vals, widths)):
            d.set_font("DejaVu", "", 7.6 if j != 1 else 7.2)
            d.cell(w, 5, v, align="R" if 2 <= j <= 5 else "L")
        d.ln(5)
    d.set_font("DejaVu", "B", 7.8)
    d.cell(86, 5, "Claim total")
    for v in (total, sum(x[3] for x in lines), sum(x[5] for x in lines), sum(x[6] for x in lines)):
        d.cell(20, 5, mo(v), align="R")
    d.ln(8)


def message(f: dict) -> str:
    k = f["kind"]
    return {
        "down": f"{f['hosp']} billed the emergency visit as level 5 ({f['billed_code']}). The records show a visit of "
                f"moderate severity, so we paid it as level 3 ({f['paid_code']}). The other services on this claim "
                "were paid as billed under your plan.",
        "down_bundle": f"We paid the hospital's emergency visit at a lower level ({f['paid_code']} instead of "
                       f"{f['billed_code']}) because the records do not support the higher level. The separate "
                       "blood draw was included in the lab payment.",
        "nonemerg": f"The diagnosis on the hospital's claim ({f['dx'][0]}, {f['dx'][1]}) does not show an emergency. "
                    "Your plan pays an emergency room facility fee only when the symptoms would lead a careful "
                    "person to expect serious harm without care right away. This visit could have been treated at an "
                    "urgent care center or your doctor's office, so the facility fee is denied. The tests were paid.",
        "paid": "Both claims for this visit were processed at the level billed. You owe only your share shown above.",
    }[k]


def appeal_text(f: dict) -> str:
    fd, n = f["fd"], 180
    when = {"within": f"within {n} days of the date of this statement",
            "by": f"no later than {fd(days(f['notice'], n))}",
            "receive": f"within {n} days after you receive this statement"}[f["dl"]]
    return (f"If you disagree with how we processed a claim, you may appeal {when}. Write to {INS[f['ins']]}, "
            f"Appeals, PO Box 70233, Dubuque, IA 52001, or call {f['ph']}. Include the claim number. You may ask for "
            "the records and rules we used, free of charge. If your appeal is denied, you may ask for an external "
            "review within 4 months of that decision.")


def build(f: dict) -> bytes:
    d = Stmt(f"Doc {f['docno']}")
    d.add_page()
    letterhead(d, f)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    info_block(d, f)
    summary(d, f)
    fd = f["fd"]
    fac_meta = [("Patient", f["pat"]), ("Claim number", f["fac_claim"]), ("Provider", f["hosp"]),
                ("Provider NPI", f["fac_npi"]), ("Patient acct #", f["acct"]), ("Received", fd(f["rcv"]))]
    claim(d, f, "Claim 1 of 2: Emergency room - hospital (facility) charges", fac_meta, f["fac_lines"],
          f["fac_total"])
    doc_meta = [("Patient", f["pat"]), ("Claim number", f["doc_claim"]), ("Provider", f["group_name"]),
                ("Rendering", f["doctor"]), ("Received", fd(days(f["rcv"], 3))), ("Status", "Paid")]
    claim(d, f, "Claim 2 of 2: Emergency room - physician charges", doc_meta, f["doc_lines"], f["doc_total"])
    d.text_line("Message about this visit", 9.5, "B", h=5.5)
    d.para(message(f), 8.6, gap=2)
    d.text_line("What the codes mean", 9.5, "B", h=5.5)
    for c in f["codes"]:
        d.set_font("DejaVu", "B", 7.8)
        d.cell(20, 4, ("CARC " if c[0].isdigit() else "RARC ") + c)
        d.set_font("DejaVu", "", 7.8)
        d.multi_cell(0, 4, LEGEND[c], new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Your right to appeal", 9.5, "B", h=5.5)
    d.para(appeal_text(f), 8.4, gap=2)
    return pdf_bytes(d)


def lines_for(r: random.Random, f: dict) -> None:
    k, dos = f["kind"], f["dos"]
    lv5 = money(r, 2600, 4200)
    lab, ct, draw = money(r, 380, 720), money(r, 1400, 2600), money(r, 40, 75)
    fac = []
    if k in ("down", "down_bundle"):
        allowed = round(lv5 * 0.31, 2)
        fac.append((dos, f"0450 ER visit {f['billed_code']}, paid as {f['paid_code']}", lv5, allowed, 0,
                    round(allowed * 0.8, 2), round(allowed * 0.2, 2), "45 150 N130"))
    elif k == "nonemerg":
        fac.append((dos, f"0450 ER visit {f['billed_code']}", lv5, 0.0, 0, 0.0, 0.0, "40 N130"))
    else:
        allowed = round(lv5 * 0.45, 2)
        fac.append((dos, f"0450 ER visit {f['billed_code']}", lv5, allowed, 0, round(allowed * 0.8, 2),
                    round(allowed * 0.2, 2), "45 2"))
    la = round(lab * 0.4, 2)
    fac.append((dos, "0300 Lab panel 80053, 85025", lab, la, 0, round(la * 0.8, 2), round(la * 0.2, 2), "45 2"))
    if k == "down_bundle":
        fac.append((dos, "0300 Venipuncture 36415", draw, 0.0, 0, 0.0, 0.0, "97 M15"))
    else:
        ca = round(ct * 0.35, 2)
        fac.append((dos, "0350 CT head w/o contrast 70450", ct, ca, 0, round(ca * 0.8, 2), round(ca * 0.2, 2),
                    "45 2"))
    doc_b = money(r, 520, 980)
    da = round(doc_b * 0.5, 2)
    f["fac_lines"], f["fac_total"] = fac, round(sum(x[2] for x in fac), 2)
    f["doc_lines"] = [(dos, f"ER physician visit {f['billed_code']}", doc_b, da, 0, round(da * 0.8, 2),
                       round(da * 0.2, 2), "45 2")]
    f["doc_total"] = doc_b
    f["denied"] = round(sum(x[2] for x in fac if "150" in x[7] or "40" in x[7].split() or "97" in x[7]), 2)
    f["disc"] = round(sum(x[2] - x[3] for x in fac + f["doc_lines"] if "45" in x[7]), 2)
    codes = sorted({c for x in fac + f["doc_lines"] for c in x[7].split()}, key=lambda c: (not c[0].isdigit(), c))
    f["codes"] = codes


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, dl: str, dependent: bool) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    sub = person(r)
    pat = person(r, last=sub.split()[-1], child=True) if dependent else sub
    grp, doctor = r.choice(ED_GROUPS)
    f = dict(kind=kind, ins=ins, fd=lambda x: fdate(x, ds), fdt=lambda x: fdate(x, "slash" if ds == "long" else ds),
             money=lambda v: usd(v, ms), dl=dl, notice=notice,
             sub=sub, pat=pat, addr=address(r), hosp=r.choice(HOSPITALS), group_name=grp, doctor=doctor,
             mid=mixed(r, "GSH999999999" if ins == "G" else "PHA99A999999"),
             group=r.choice([digits(r, 6), mixed(r, "99A999"), None]),
             product="Sound Choice PPO 2500" if ins == "G" else "Pellinore Select HMO",
             ph=phone(r), docno=mixed(r, "D99-9999999"), fac_claim=mixed(r, "99A9999999999"),
             doc_claim=mixed(r, "99A9999999999"), fac_npi=npi(r), acct=digits(r, 9),
             billed_code="99285" if kind != "paid" else "99284", paid_code="99283", dx=r.choice(DX),
             ded=float(r.choice([500, 750, 1000])), ded_max=float(r.choice([1500, 2500])),
             oop=money(r, 1100, 2400), oop_max=6000.0)
    f["dos"] = days(notice, -r.randint(24, 50))
    f["rcv"] = days(f["dos"], r.randint(5, 12))
    lines_for(r, f)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    alts: dict = {"insurer": ["Ebbingford Sound"]} if f["ins"] == "G" else {}
    if f["kind"] == "paid":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
        alts["claim_amount"] = [m2(f["fac_total"] + f["doc_total"])]
        return truth("eob", None, insurer=INS[f["ins"]], group_number=f["group"], member_id=f["mid"],
                     member_name=f["pat"], case_numbers=[f["fac_claim"], f["doc_claim"]],
                     claim_amount=m2(f["fac_total"]), service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
                     provider=f["hosp"], alternates=dict(alts, case_numbers=[[f["fac_claim"]]],
                                                         provider=[f["doctor"], f["group_name"]]))
    alts["claim_amount"] = [m2(f["denied"])]
    deadline = {"within": days(f["notice"], 180), "by": days(f["notice"], 180), "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
    return truth("eob", denial, insurer=INS[f["ins"]], group_number=f["group"], member_id=f["mid"],
                 member_name=f["pat"], case_numbers=[f["fac_claim"]], claim_amount=m2(f["fac_total"]),
                 service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["hosp"],
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts, denial_alternates=dalts,
                 type_alternates=["denial_letter"])


# (stem, condition, kind, insurer, date style, money style, deadline style, dependent patient)
PLAN = [
    ("er_downcode_eob_bd_down", "born_digital", "down", "G", "slash", "plain", "within", False),
    ("er_downcode_eob_bd_nonemerg", "born_digital", "nonemerg", "P", "long", "nosign", "by", True),
    ("er_downcode_eob_scan_bundle", "scan_clean_300", "down_bundle", "G", "abbr", "plain", "within", True),
    ("er_downcode_eob_photo_paid", "phone_photo", "paid", "P", "slash", "plain", "within", False),
    ("er_downcode_eob_faxs_nonemerg", "fax_standard_g4", "nonemerg", "G", "short", "bare", "receive", False),
    ("er_downcode_eob_lowres_down", "scan_lowres_150", "down", "P", "dmy", "usd", "within", True),
    ("er_downcode_eob_copy_down", "photocopy", "down", "G", "iso", "plain", "by", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, dl, dep) in enumerate(PLAN):
        r = random.Random(13200 + i)
        f = facts(r, kind, ins, ds, ms, dl, dep)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
