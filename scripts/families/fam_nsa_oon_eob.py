"""Family nsa_oon_eob: invented insurers' EOBs for out-of-network emergency or ancillary care (No Surprises Act).

Two invented insurers (one with its parent group's name set above the plan's, one whose name is split over two
lines). A statement block, a "THIS IS NOT A BILL" banner, one or two claims per statement (out-of-network
emergency physicians, hospitals, anesthesia, radiology, laboratories), a service-line table with billed amount,
qualifying payment amount (QPA), recognized amount, plan paid, your cost share, not covered and a remark code,
a remark legend, and the surprise-billing rights insert with worked example amounts (a boilerplate decoy). Some
lines or whole claims are denied (duplicate, not covered, late filing, bundled, no authorization after the patient
was stable, coverage ended); one statement denies nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundk_fams import KIDS, cash, digits, mixed, npi, person, phone, span_words
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "nsa_oon_eob"
LANG = "en"

INSURERS = {
    "keel": dict(name="Keelhaven Health Insurance Company", parent="MORROWGATE HEALTH GROUP", short="Keelhaven",
                 addr="PO Box 61842, Saltash Point, NC 27915", id_pat="KH9a9999999", grp="0449817",
                 plan="Keelhaven Choice PPO 2000", claim_pat="EC99a9999999", serif=False),
    "salt": dict(name="Saltreach Health Plan, Inc.", parent=None, short="Saltreach Health Plan",
                 addr="2200 Marram Dune Ave, Orrin Bay, ME 04612", id_pat="SRa99a99999", grp="SAL-47719-B",
                 plan="Saltreach Silver Open Access", claim_pat="SR-2026-99999999", serif=True),
}
REMARKS = {
    "N1": "Paid under the federal No Surprises Act. Your cost share is figured on the recognized amount as if "
          "the provider were in network and counts toward your in-network deductible and out-of-pocket limit.",
    "D18": "Duplicate: this service was already billed on an earlier line of this claim. You do not owe this amount.",
    "NC4": "Not a covered benefit: your plan excludes cold therapy units and other comfort items for use at home.",
    "TF2": "Denied: the claim was received more than 365 days after the date of service, past the plan's filing "
           "limit. The provider may not bill you for this amount.",
    "B12": "This service is included in the payment for another service on this claim (bundled). You do not owe "
           "this amount.",
    "PS1": "Not authorized: after you were stable enough to be moved, the hospital did not ask us to approve the "
           "rest of the stay and did not get your written consent to out-of-network care.",
    "E07": "Coverage was not in effect on the date of service: your coverage under this plan ended before then.",
}
# kind -> (insurer, claims [(provider, facility or None, lines, denied line indexes or "all")], denial type,
#          denial alternates, deadline style)
# a line: (days after the visit, span length in days or 0, code, description, billed range)
CASES = {
    "dup": ("keel", [("Bellrock Regional Hospital", None,
                      [(0, 0, "99285", "ER visit, high severity", (2400, 3600)),
                       (0, 0, "70450", "CT head without contrast", (1800, 2900)),
                       (0, 0, "96374", "IV push, single drug", (310, 480)),
                       (0, 0, "96374", "IV push, single drug", (310, 480))], [3], "D18")],
            "other", ["coding_error"], "stmt"),
    "paid": ("salt", [("Gullwing Emergency Physicians, PC", "Seacombe Memorial Hospital",
                       [(0, 0, "99284", "ER visit, moderate severity", (900, 1400)),
                        (0, 0, "12002", "Wound repair, simple, 2.6-7.5 cm", (600, 950))], [], None)],
             None, None, "by"),
    "anes": ("keel", [("Stonecrop Anesthesia Associates", "Tallowmere Surgery Center (in network)",
                       [(0, 0, "00790", "Anesthesia, upper abdomen lap.", (2600, 3900))], [], None),
                      ("Quayside Home Medical Supply", "Tallowmere Surgery Center (in network)",
                       [(0, 0, "E0218", "Cold pad with pump", (420, 690)),
                        (0, 0, "A9999", "Cold pad replacement wrap", (60, 140))], "all", "NC4")],
             "not_covered", ["other"], "recv"),
    "late": ("salt", [("Cobble Lane Emergency Group", "Seacombe Memorial Hospital",
                       [(0, 0, "99283", "ER visit, low-moderate severity", (500, 820))], [], None),
                      ("Kestrel Valley Radiology Group", "Seacombe Memorial Hospital",
                       [(-420, 0, "74177", "CT abd/pelvis w/ contrast, read", (380, 640)),
                        (-420, 0, "71046", "Chest x-ray, 2 views, read", (70, 130))], "all", "TF2")],
             "timely_filing", None, "by"),
    "unbundle": ("keel", [("Brightfell Reference Laboratory", "Bellrock Regional Hospital",
                           [(0, 0, "80053", "Comprehensive metabolic panel", (180, 290)),
                            (0, 0, "82565", "Creatinine, blood", (45, 90)),
                            (0, 0, "85025", "CBC with differential", (60, 120))], [1], "B12")],
                 "coding_error", ["other"], "stmt"),
    "poststab": ("salt", [("Marisfield General Hospital", None,
                           [(0, 0, "0450", "Emergency room", (3100, 4800)),
                            (0, 1, "0120", "R&B emergency stay", (5200, 7400)),
                            (2, 3, "0120", "R&B after stabilization", (9800, 14200))],
                           [2], "PS1")],
                 "prior_authorization", ["out_of_network", "other"], "recv"),
    "elig": ("keel", [("Gullwing Emergency Physicians, PC", "Bellrock Regional Hospital",
                       [(0, 0, "99283", "ER visit, low-moderate severity", (520, 840)),
                        (0, 0, "93010", "ECG interpretation and report", (45, 95))], "all", "E07")],
             "eligibility", ["other"], "stmt"),
}


def _letterhead(p, ins, stmt, ds, rng):
    top = p.get_y()
    if ins["parent"]:
        p.line(ins["parent"], 8, "B", h=4)
        p.line(ins["name"], 14, "B", h=7)
    else:
        first, rest = ins["name"].split(" ", 1)
        p.line(first.upper(), 18, "B", h=8)
        p.line(rest, 11, h=5.5)
    p.line(ins["addr"], 8, h=4)
    p.line(f"Member services {phone(rng)} (TTY 711)", 8, h=4)
    bottom = p.get_y()
    p.set_xy(128, top)
    p.f(13, "B")
    p.cell(64, 7, "Explanation of Benefits", align="R", new_x="LEFT", new_y="NEXT")
    p.set_x(128)
    p.f(11, "B")
    p.set_fill_color(30, 30, 30)
    p.set_text_color(255, 255, 255)
    p.cell(64, 8, "THIS IS NOT A BILL", align="C", fill=True, new_x="LEFT", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_x(128)
    p.f(8.5)
    p.cell(64, 5, f"Printed {fdate(plus(stmt, rng.randint(1, 3)), ds)} - job {digits(rng, 6)}", align="R")
    p.set_xy(p.l_margin, max(bottom, p.get_y() + 6) + 3)


def _member_block(p, rows_left, rows_right):
    """Two label blocks side by side: who the statement is for (left), which statement it is (right)."""
    y = p.get_y()
    p.pairs(rows_left, label_w=34, size=9, h=4.8)
    y2 = p.get_y()
    p.set_xy(p.l_margin, y)
    p.pairs(rows_right, label_w=35, size=9, h=4.8, x=112)
    p.set_y(max(y2, p.get_y()) + 3)


def _lines(rng, visit, spec, denied_idx):
    """Service lines with money columns; a denied line pays nothing and its charge is 'not covered'."""
    data = []
    for i, (off, length, code, desc, (lo, hi)) in enumerate(spec):
        a = plus(visit, off)
        b = plus(a, length)
        billed = cash(rng, lo, hi)
        denied = denied_idx == "all" or i in denied_idx
        if denied:
            qpa = rec = paid = share = 0.0
            nc = billed
        else:
            qpa = round(billed * rng.uniform(0.28, 0.45), 2)
            rec = qpa
            share = round(rec * 0.2, 2)
            paid = round(rec - share, 2)
            nc = 0.0
        data.append(dict(a=a, b=b, billed=billed, denied=denied, qpa=qpa, rec=rec, paid=paid, share=share, nc=nc,
                         code=code, desc=desc))
    return data


def _claim(p, claim_no, patient, prov, facility, data, remark, ds, mstyle, received, processed, rng):
    p.f(10, "B")
    p.set_fill_color(225, 225, 225)
    p.cell(0, 6, f" Claim number {claim_no}", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = [("Patient", patient), ("Provider", f"{prov} (out-of-network)"), ("Provider NPI", npi(rng))]
    if facility:
        rows.append(("Where care was given", facility))
    rows += [("Claim received", fdate(received, ds)), ("Processed", fdate(processed, ds))]
    p.pairs(rows, label_w=40, size=8.8, h=4.6)
    p.ln(1)
    head = ["Date(s) of service", "Service", "Amount billed", "Qualifying payment amount", "Recognized amount",
            "Plan paid", "Your cost share", "Not covered", "Note"]
    w = [22, 52, 16, 16, 15, 15, 15, 17, 10]
    body = []
    for ln in data:
        when = fdate(ln["a"], ds) if ln["a"] == ln["b"] else f"{fdate(ln['a'], ds)} - {fdate(ln['b'], ds)}"
        q = "--" if ln["denied"] else money(ln["qpa"], mstyle)
        body.append([when, f"{ln['code']} {ln['desc']}", money(ln["billed"], mstyle), q, money(ln["rec"], mstyle),
                     money(ln["paid"], mstyle), money(ln["share"], mstyle), money(ln["nc"], mstyle),
                     remark if ln["denied"] else "N1"])
    tot = {k: round(sum(ln[k] for ln in data), 2) for k in ("billed", "rec", "paid", "share", "nc")}
    body.append(["Claim total", "", money(tot["billed"], mstyle), "", money(tot["rec"], mstyle),
                 money(tot["paid"], mstyle), money(tot["share"], mstyle), money(tot["nc"], mstyle), ""])
    if any(ln["a"] != ln["b"] for ln in data):
        w = [32, 45, 16, 15, 15, 14, 14, 17, 10]
    p.table(head, body, w, size=6.4, row_h=5, aligns=["L", "L"] + ["R"] * 6 + ["C"], bold_last=True)
    return tot


def _insert(p, rng, mstyle):
    p.heading("Your rights and protections against surprise medical bills", 10.5, rule=True)
    ex_b, ex_q = cash(rng, 1800, 2600), cash(rng, 700, 950)
    p.para("When you get emergency care, or are treated by an out-of-network provider at an in-network hospital or "
           "surgery center, federal law protects you from balance billing. The provider may not bill you more than "
           "your plan's in-network cost sharing, and the plan figures that cost sharing from the recognized amount, "
           "usually the qualifying payment amount (QPA): the plan's median contracted rate for the same service in "
           "the same area.", 8.5)
    p.para(f"Example only (not your claim): an out-of-network emergency doctor bills {money(ex_b, mstyle)}. The QPA is "
           f"{money(ex_q, mstyle)}. With 20% coinsurance you would owe {money(round(ex_q * 0.2, 2), mstyle)}, and "
           "the doctor may not bill you the difference. The provider and the plan settle any remaining dispute "
           "between themselves through independent dispute resolution.", 8.5)
    p.para(f"If you think you were wrongly billed, call us or the federal help desk at {phone(rng)}. Protections "
           "against balance billing do not apply to items given to you to take home, or where you signed a "
           "notice and consent form before non-emergency care.", 8.5)


def _appeal(p, style, stmt, deadline, ds, rng, name):
    p.heading("If you disagree", 10.5, rule=True)
    text = {"stmt": "You may appeal any decision on this statement. Send your appeal within 180 days of the date of "
                    "this statement.",
            "by": f"You may appeal any decision on this statement. We must receive your appeal by "
                  f"{fdate(deadline, ds) if deadline else ''}.",
            "recv": "You may appeal any decision on this statement within 180 days after you receive this "
                    "statement."}[style]
    p.para(text + f" Write to {name}, Appeals Unit, at the address above or use the member website. If your "
           "health is at "
           "risk, ask for an urgent appeal; we decide urgent appeals within 72 hours. After our final decision you "
           "may ask for external review by an independent reviewer within 4 months.", 8.8)


def make(rng: random.Random, kind: str):
    ins_key, claims, dtype, dalt, dstyle = CASES[kind]
    ins = INSURERS[ins_key]
    stmt = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 130))
    ds = rng.choice(["slash", "abbr", "long", "dmy", "iso"])
    mstyle = rng.choice(["plain", "nosign", "flat"])
    sub = person(rng)
    patient = sub if rng.random() < 0.5 else person(rng, first=KIDS, last=sub[2])
    mid = mixed(rng, ins["id_pat"])
    visit = plus(stmt, -rng.randint(35, 75))
    deadline = plus(stmt, 180)
    p = Page(serif=ins["serif"], footer="Page {n} of {nb}", footer_left=f"{ins['short']} EOB  {mid}")
    p.add_page()
    _letterhead(p, ins, stmt, ds, rng)
    left = [("Subscriber", sub[0]), ("Member ID", mid), ("Group no.", ins["grp"]), ("Plan", ins["plan"])]
    right = [("Statement date", fdate(stmt, ds)),
             ("Claims processed", f"{fdate(plus(stmt, -30), ds)} to {fdate(plus(stmt, -2), ds)}"),
             ("Document no.", f"DOC{digits(rng, 10)}")]
    _member_block(p, left, right)
    target, you_owe = None, 0.0
    for prov, facility, spec, denied_idx, remark in claims:
        data = _lines(rng, visit, spec, denied_idx)
        claim_no = mixed(rng, ins["claim_pat"])
        received = plus(max(ln["a"] for ln in data), rng.randint(8, 20) + (400 if remark == "TF2" else 0))
        tot = _claim(p, claim_no, patient[0], prov, facility, data, remark, ds, mstyle, received,
                     plus(stmt, -rng.randint(2, 9)), rng)
        you_owe = round(you_owe + tot["share"], 2)
        if remark or len(claims) == 1:
            target = (claim_no, prov, data, tot, remark)
        if remark == "PS1":
            p.para(f"The hospital treated {patient[1]} in the emergency room and kept {patient[1]} for two days "
                   f"until stable. We did not approve the rest of the stay {span_words(data[2]['a'], data[2]['b'])}, "
                   "which the hospital continued without asking us.", 8.8)
        p.ln(1)
    p.heading("What the remark codes mean", 10, gap=0.5)
    used = ["N1"] + [c[4] for c in claims if c[4]]
    for code in used:
        p.para(f"**{code}**  {REMARKS[code]}", 8.3, gap=0.8)
    p.para(f"**Total you may owe the providers on this statement: {money(you_owe, mstyle)}**", 9.5)
    _insert(p, rng, mstyle)
    _appeal(p, dstyle, stmt, deadline if dstyle == "by" else None, ds, rng, ins["name"])
    claim_no, prov, data, tot, remark = target
    denied = [ln for ln in data if ln["denied"]]
    sd = lambda ln: span(ln["a"], ln["b"])  # noqa: E731
    alts = {"insurer": [ins["short"]] + ([ins["parent"].title()] if ins["parent"] else [])}
    if denied and len(denied) < len(data):
        alts["claim_amount"] = [m2(sum(ln["billed"] for ln in denied))]
        alts["service_dates"] = [sorted({sd(ln) for ln in data})]
    if dstyle == "recv":
        alts["appeal_deadline"] = [deadline.isoformat()]
    appeal = None if dstyle == "recv" else deadline.isoformat()
    if not remark:
        alts["appeal_deadline"] = [deadline.isoformat()]
        appeal = None
    doc = "eob"
    t = truth(doc, dtype, insurer=ins["name"], group=ins["grp"], member_id=mid, member_name=patient[0],
              cases=[claim_no], claim_amount=m2(tot["billed"]),
              service_dates=[sd(ln) for ln in (denied or data)], denial_date=stmt.isoformat(), provider=prov,
              appeal_deadline=appeal, alternates=alts, denial_alternates=dalt,
              type_alternates=["denial_letter"] if remark else ["other"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("nsa_oon_eob_bd_dup", "born_digital", [make(rng, "dup")]),
            Item("nsa_oon_eob_bd_paid", "born_digital", [make(rng, "paid")]),
            Item("nsa_oon_eob_scan_anes", "scan_clean_300", [make(rng, "anes")]),
            Item("nsa_oon_eob_lowres_late", "scan_lowres_150", [make(rng, "late")]),
            Item("nsa_oon_eob_phone_unbundle", "phone_photo", [make(rng, "unbundle")]),
            Item("nsa_oon_eob_faxs_poststab", "fax_standard_g4", [make(rng, "poststab")]),
            Item("nsa_oon_eob_copy_elig", "photocopy", [make(rng, "elig")])]
