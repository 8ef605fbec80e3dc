"""Family provider_balance_statement: a hospital's or physician group's patient statement (a bill), not an insurer's.

Three invented providers (Slatehurst Regional Medical Center, "SLATEHURST REGIONAL" over "Medical Center"; Pennywort
Physicians Group, P.C.; Samphire Orthopaedic & Spine Associates) bill the patient after the insurer has processed the
claim: a box with the statement date, account number, amount due and a pay-by date; the guarantor's address (a parent
for a child); the patient and the insurance on file (member ID, group, sometimes the insurer's claim number); a
services table with charges, insurance payments, contractual adjustments and lines such as "Insurance denied - see
your EOB", where the denied charges move to the patient; two visits on some (one paid, one denied); a hospital stay
told as "from March 3 through March 9, 2026"; a message saying why the insurer denied in plain words; aging buckets;
a financial-assistance note and a tear-off remittance stub with an OCR scan line. One statement denies nothing.
Following the eval README, a provider's bill is document type `other` with no denial type, whatever it reports.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundl_famw import DOCTORS, address, cents, days, digits, iso, letters, mixed, person, phone
from public_kit import Page, fdate, m2, money, out, truth

FAMILY = "provider_balance_statement"
LANG = "en"
PROVIDERS = {"H": "Slatehurst Regional Medical Center", "G": "Pennywort Physicians Group, P.C.",
             "O": "Samphire Orthopaedic & Spine Associates"}
INSURERS = ["Tarnwater Health Plan", "Shingle Cove Health Insurance Co.", "Oakmarl Benefit Plans"]
VISITS = {
    "stay": [("Room and board, semi-private", 2100, 2900, True), ("Pharmacy", 600, 1400, False),
             ("Laboratory", 400, 900, False), ("CT scan, abdomen", 1700, 2600, False)],
    "er": [("Emergency room, level 4", 1300, 2100, False), ("X-ray, wrist, 3 views", 240, 420, False),
           ("Splint application", 150, 260, False)],
    "office": [("Office visit, new patient (99204)", 280, 390, False), ("Electrocardiogram (93000)", 70, 120, False)],
    "lab": [("Comprehensive metabolic panel (80053)", 60, 110, False), ("Lipid panel (80061)", 45, 90, False),
            ("Vitamin D, 25-hydroxy (82306)", 120, 210, False)],
    "ortho": [("Office visit, established (99214)", 190, 280, False), ("MRI lumbar spine (72148)", 1500, 2300, False)],
    "inject": [("Knee injection, hyaluronan (20610/J7325)", 900, 1500, False),
               ("Ultrasound guidance (76942)", 180, 260, False)],
    "checkup": [("Preventive visit, 40-64 (99396)", 260, 340, False), ("Venipuncture (36415)", 18, 30, False),
                ("Hemoglobin A1c (83036)", 40, 70, False)],
}
REASONS = {
    "pa": "Your insurance company denied these charges because it says no prior authorization was obtained.",
    "mednec": "Your insurance said this service was not medically necessary.",
    "oon": "Your plan processed this visit as out of network and paid nothing toward it.",
    "termed": "Your insurance company told us coverage was not active on the date of service.",
    "exper": "Your insurance did not cover the injection; it reported the service as not covered by your plan.",
    "noncov": "Your insurance denied the vitamin D test as not a covered benefit.",
}


def _visit(rng, kind: str, start: dt.date, stay_len: int = 0):
    lines = []
    for desc, lo, hi, nightly in VISITS[kind]:
        amt = cents(rng, lo, hi) * (stay_len if nightly else 1)
        lines.append(dict(desc=desc, amt=round(amt, 2)))
    end = days(start, stay_len) if stay_len else start
    return dict(kind=kind, start=start, end=end, lines=lines, total=round(sum(ln["amt"] for ln in lines), 2))


def _letterhead(p: Page, prov: str, rng) -> None:
    y = p.get_y()
    if prov == "H":
        p.line("SLATEHURST REGIONAL", 17, "B", h=7)
        p.line("Medical Center", 11, h=5.5)
        p.line("Patient Financial Services, 400 Bollard Way, Coos Bay, OR 97420", 8, h=4.3)
    else:
        p.line(PROVIDERS[prov], 14, "B", h=7)
        p.line(f"{rng.randint(20, 990)} Lugger Street, Suite {rng.randint(100, 400)}, Kearney, NE 68847", 8, h=4.3)
    p.line(f"Billing questions: {phone(rng, False)}  Mon-Fri 8-5", 8, h=4.3)
    return y


def _summary_box(p: Page, y: float, rows) -> None:
    x = 128
    p.set_xy(x, y)
    for k, v in rows:
        p.set_x(x)
        p.f(8.5, "B")
        p.cell(36, 5.6, " " + k, border=1)
        p.f(9)
        p.cell(0, 5.6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")


def statement(rng, prov: str, visits: list[tuple[str, str | None]], *, ds: str, ms: str, child=False,
              claim_no=False, prev_balance=False, stay_len=0):
    """visits: (kind, denial reason key or None) per visit; at most one denied."""
    guarantor = person(rng)
    patient = person(rng, last=guarantor[2]) if child else guarantor
    addr = address(rng)
    stmt = dt.date(2026, rng.randint(3, 10), rng.randint(1, 28))
    insurer = rng.choice(INSURERS)
    member_id = f"{letters(rng, 2)}{digits(rng, 8)}" if rng.random() < 0.5 else f"{mixed(rng, 3)}-{digits(rng, 6)}-0{rng.randint(1, 3)}"
    group = f"{digits(rng, 6)}" if rng.random() < 0.5 else f"GRP {letters(rng, 1)}{digits(rng, 4)}"
    acct = f"{'HB' if prov == 'H' else 'PB'}{digits(rng, 9)}" if prov != "O" else f"{digits(rng, 4)}-{digits(rng, 5)}"
    doctor = rng.choice(DOCTORS)
    vs = []
    start = days(stmt, -rng.randint(70, 120))
    for kind, reason in visits:
        v = _visit(rng, kind, start, stay_len if kind == "stay" else 0)
        v["reason"] = reason
        v["processed"] = days(v["end"], rng.randint(18, 35))
        v["claim"] = f"{v['start'].strftime('%y')}{digits(rng, 3)}{letters(rng, 1)}{digits(rng, 6)}"
        vs.append(v)
        start = days(v["end"], rng.randint(9, 30))
    due_by = days(stmt, rng.choice([21, 25, 30]))
    p = Page(footer=None, footer_left="")
    p.add_page()
    y = _letterhead(p, prov, rng)
    rows_ledger, total_ins, total_adj, due = [], 0.0, 0.0, 0.0
    mo = lambda v: money(v, ms)  # noqa: E731
    for v in vs:
        dates = fdate(v["start"], ds) if v["end"] == v["start"] else f"{fdate(v['start'], ds)}-{fdate(v['end'], ds)}"
        for ln in v["lines"]:
            rows_ledger.append([dates, ln["desc"], mo(ln["amt"]), "", "", ""])
            dates = ""
        rows_ledger.append(["", "   Total charges, this visit", mo(v["total"]), "", "", ""])
        pdate = fdate(v["processed"], ds)
        if v["reason"]:
            rows_ledger.append([pdate, "Insurance denied \u2013 see your EOB", "", mo(0), "", ""])
            rows_ledger.append(["", f"   Payer: {insurer}", "", "", "", ""])
            if claim_no:
                rows_ledger.append(["", f"   Payer claim no. {v['claim']}", "", "", "", ""])
            rows_ledger.append([pdate, "Balance transferred to patient responsibility", "", "", "", mo(v["total"])])
            due += v["total"]
        else:
            paid = round(v["total"] * rng.uniform(0.45, 0.6), 2)
            adj = round(v["total"] * rng.uniform(0.2, 0.3), 2)
            share = round(v["total"] - paid - adj, 2)
            total_ins += paid
            total_adj += adj
            rows_ledger.append([pdate, f"Ins. payment: {insurer}", "", f"-{mo(paid)}", "", ""])
            rows_ledger.append([pdate, "Contractual adjustment (network discount)", "", "", f"-{mo(adj)}", ""])
            rows_ledger.append([pdate, "Your share: deductible / coinsurance", "", "", "", mo(share)])
            due += share
    prev = cents(rng, 20, 140) if prev_balance else 0.0
    due = round(due + prev, 2)
    _summary_box(p, y, [("Statement date", fdate(stmt, ds)), ("Account number", acct),
                        ("Amount due", mo(due)), ("Please pay by", fdate(due_by, ds))])
    p.set_y(max(p.get_y(), y + 26) + 4)
    for ln in ["Guarantor" if child else "", guarantor[0]] + addr:
        if ln:
            p.line(ln, 9.5 if ln != "Guarantor" else 7.5, h=4.8)
    p.ln(4)
    p.pairs([("Patient", patient[0]), ("Physician", doctor),
             ("Insurance on file", insurer), ("Member ID", member_id), ("Group", group)],
            label_w=40, size=9, h=4.8)
    p.ln(2)
    if prev:
        rows_ledger.insert(0, [fdate(days(vs[0]["start"], -20), ds), "Previous balance", "", "", "", mo(prev)])
    p.table(["Date", "Description", "Charges", "Insurance", "Adjustments", "Patient balance"], rows_ledger,
            [34, 78, 18, 16, 17, 17], size=7.8, aligns=["L", "L", "R", "R", "R", "R"], border=0, row_h=5)
    p.set_font(p.face, "B", 9.5)
    p.cell(0, 6, f"Amount due from you: {mo(due)}     Due by {fdate(due_by, ds)}", border="TB",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.8)
    p.cell(0, 4.5, f"Aging:  Current {mo(due - prev)}   31-60 days {mo(prev)}   61-90 days {mo(0)}   Over 90 days "
                   f"{mo(0)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    _message(p, vs, insurer, ds)
    _stub(p, rng, prov, acct, patient, stmt, due, due_by, ds, mo)
    return out(p), _truth(prov, insurer, group, member_id, patient, vs, stmt, doctor, claim_no)


def _message(p: Page, vs, insurer: str, ds: str) -> None:
    den = next((v for v in vs if v["reason"]), None)
    p.heading("Message from our billing office", 9.5, gap=0.5)
    if den is None:
        text = (f"{insurer} has processed your claim. The balance is your deductible or coinsurance as your plan "
                "reported it. Thank you for choosing us.")
    else:
        when = (f"from {fdate(den['start'], 'long').split(',')[0]} through {fdate(den['end'], 'long')}"
                if den["end"] != den["start"] else f"on {fdate(den['start'], 'long')}")
        text = (f"{REASONS[den['reason']]} The charges for your care {when} are now your responsibility. If you "
                f"think the denial is wrong, call {insurer} at the number on your card or appeal with them; tell us "
                "if you do, and we will hold your account for 60 days.")
    p.para(text + " Financial assistance and payment plans are available; ask for an application.", 8.5, gap=1)


def _stub(p: Page, rng, prov, acct, patient, stmt, due, due_by, ds, mo) -> None:
    if p.get_y() > p.h - 62:
        p.add_page()
    p.set_y(max(p.get_y() + 2, p.h - 62))
    p.f(7.5)
    p.cell(0, 4, "- " * 20 + " Please detach and return this portion with your payment " + "- " * 20, align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y = p.get_y()
    p.pairs([("Account no.", acct), ("Patient", patient[0]), ("Statement date", fdate(stmt, ds)),
             ("Amount due", mo(due)), ("Pay by", fdate(due_by, ds))], label_w=32, size=8.5, h=4.6)
    p.set_xy(110, y)
    p.f(8.5, "B")
    p.cell(0, 4.6, "Amount enclosed: $ __________", new_x="LMARGIN", new_y="NEXT")
    p.set_x(110)
    p.f(8)
    p.cell(0, 4.6, "[ ] VISA  [ ] MC  [ ] DISC   Card no. ____________________", new_x="LMARGIN", new_y="NEXT")
    p.set_x(110)
    p.cell(0, 4.6, "Make checks payable to:", new_x="LMARGIN", new_y="NEXT")
    p.set_x(110)
    p.cell(0, 4.6, PROVIDERS[prov], new_x="LMARGIN", new_y="NEXT")
    p.set_x(110)
    p.cell(0, 4.6, f"PO Box {rng.randint(5000, 9999)}, Ely, NV 89301", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font("Courier", "", 10)
    p.cell(0, 5, f"{''.join(c for c in acct if c.isdigit())}  {int(round(due * 100)):08d}  {rng.randint(0, 9)}",
           align="C")


def _truth(prov, insurer, group, member_id, patient, vs, stmt, doctor, claim_no):
    den = next((v for v in vs if v["reason"]), vs[0])
    alts = {"provider": [doctor]}
    if den["end"] != den["start"]:
        alts["service_dates"] = [[den["start"].isoformat()]]
    return truth("other", None, insurer=insurer, group=group, member_id=member_id, member_name=patient[0],
                 cases=[den["claim"]] if claim_no and den["reason"] else [], claim_amount=m2(den["total"]),
                 service_dates=[iso(den["start"], den["end"])], denial_date=stmt.isoformat(),
                 provider=PROVIDERS[prov], appeal_deadline=None, alternates=alts,
                 unscored=["insurer", "denial_date"])


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(40377)
    return [
        Item("provider_balance_statement_bd_stay_no_auth", "born_digital",
             [statement(r, "H", [("stay", "pa")], ds="slash", ms="plain", claim_no=True, stay_len=4)]),
        Item("provider_balance_statement_bd_two_visits", "born_digital",
             [statement(r, "G", [("office", None), ("lab", "noncov")], ds="abbr", ms="plain")]),
        Item("provider_balance_statement_scan_ortho_oon", "scan_clean_300",
             [statement(r, "O", [("ortho", "oon")], ds="slash", ms="nosign", prev_balance=True, claim_no=True)]),
        Item("provider_balance_statement_lowres_paid", "scan_lowres_150",
             [statement(r, "G", [("checkup", None)], ds="slash", ms="plain")]),
        Item("provider_balance_statement_photo_er_child", "phone_photo",
             [statement(r, "H", [("er", "termed")], ds="long", ms="plain", child=True)]),
        Item("provider_balance_statement_rot_ortho_inject", "rotated",
             [statement(r, "O", [("ortho", None), ("inject", "exper")], ds="iso", ms="usd", claim_no=True)]),
        Item("provider_balance_statement_copy_lab_mednec", "photocopy",
             [statement(r, "G", [("lab", "mednec")], ds="dmy", ms="flat", child=True, claim_no=True)]),
    ]
