"""Family 'foreign_claim_reimbursement': invented insurers' decisions on claims members paid abroad and sent in.

Two issuers: Corvisant Global Health Insurance Company ("CORVISANT GLOBAL" over "Health Insurance Company",
international claims unit) and Quenwick Mutual Health Insurance Company (a domestic plan; parent line "A Dunmarket
Financial Group company" above its name). The member paid a clinic abroad and sent a claim form; the letter lists the
bill's lines in the foreign currency with the exchange rate and the US-dollar value, then what was reimbursed.
Kinds: partial reimbursement (an emergency dental line outside the medical plan), paid in full, no itemised bill
(only a card receipt), no English translation, routine care abroad not covered by a domestic plan, claim sent after
the 12-month limit, and an elective operation abroad without pre-approval. Decoys: the member's claim form number, the
received date, the exchange-rate date, the foreign-currency amounts, the amount reimbursed, a printed date in the
footer and the form number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp3 import (address, days, digits, fdate, iso, local_phone, m2, mixed, money, person, phone, span,
                              staff)

FAMILY = "foreign_claim_reimbursement"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"C": "Corvisant Global Health Insurance Company", "Q": "Quenwick Mutual Health Insurance Company"}
# currency: (code, rate to USD, country, clinic, doctor)
PLACES = {"EUR": ("EUR", 1.0842, "France", "Clinique Sainte-Ombeline", "Dr. Aurèle Vantorre"),
          "GBP": ("GBP", 1.2671, "United Kingdom", "Kestrelwood Private Hospital", "Dr. Imogen Brixholm"),
          "MXN": ("MXN", 0.0583, "Mexico", "Hospital Ambervale del Pacífico", "Dra. Lucía Carraway"),
          "JPY": ("JPY", 0.00671, "Japan", "Minatodai International Clinic", "Dr. Haruto Stavely"),
          "CAD": ("CAD", 0.7318, "Canada", "Merrivale Physiotherapy Centre", "Dr. Owen Quenby-Hale"),
          "THB": ("THB", 0.02874, "Thailand", "Bangsaen Corvane Hospital", "Dr. Niran Ardleigh")}
# kind: (denial type, accepted alternates, document type)
KINDS = {"partial": ("not_covered", ["other"], "denial_letter"), "paid": (None, [], "eob"),
         "itemised": ("other", [], "denial_letter"), "translation": ("other", [], "denial_letter"),
         "abroad": ("not_covered", ["out_of_network"], "denial_letter"),
         "late": ("timely_filing", [], "denial_letter"), "preapproval": ("prior_authorization", [], "denial_letter")}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "C":
        d.text_line("CORVISANT GLOBAL", 17, "B", h=7)
        d.text_line("Health Insurance Company", 12, h=6)
        d.text_line(f"International Claims Unit  ·  PO Box {f['box']}, Wilmington, DE 19850  ·  {f['ph']}", 8, h=4.5)
    else:
        d.text_line("A Dunmarket Financial Group company", 8, h=4.2)
        d.text_line(ISSUER["Q"], 14, "B", h=7)
        d.text_line(f"Claims Abroad Desk  ·  {f['ph']}  ·  PO Box {f['box']}, Omaha, NE 68103", 8, h=4.5)
    d.rule(0.6, 4)


def pairs(d: Letter, rows: list[tuple[str, str, str, str]]) -> None:
    """Two label/value pairs to a line (the right pair may be empty)."""
    for k1, v1, k2, v2 in rows:
        d.set_font("DejaVu", "B", 8.3)
        d.cell(36, 5.2, k1)
        d.set_font("DejaVu", "", 8.8)
        d.cell(55, 5.2, v1)
        d.set_font("DejaVu", "B", 8.3)
        d.cell(36, 5.2, k2)
        d.set_font("DejaVu", "", 8.8)
        d.cell(0, 5.2, v2, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def fx(v: float, code: str) -> str:
    return f"{code} {v:,.0f}" if code in ("JPY",) else f"{code} {v:,.2f}"


def lines_table(d: Letter, f: dict) -> None:
    code = f["cur"]
    head = ["Date", "Service on the bill", f"Billed ({code})", "Billed (USD)", "Reimbursed (USD)", "Note"]
    rows = []
    for ln in f["lines"]:
        style = f["ds"] if f["ds"] in ("slash", "iso", "dmy") else "dmy"
        rows.append([fdate(ln["date"], style), ln["desc"], fx(ln["fx"], code), f"${ln['usd']:,.2f}",
                     f"${ln['paid']:,.2f}", ln["note"]])
    rows.append(["*Totals", "", fx(sum(x["fx"] for x in f["lines"]), code), f"${f['total']:,.2f}",
                 f"${sum(x['paid'] for x in f['lines']):,.2f}", ""])
    d.table(head, rows, [24, 52, 28, 24, 28, 24], size=7.9, aligns="LLRRRL", head_fill=True)


def reason(f: dict) -> list[str]:
    fd, k, pl = f["fd"], f["kind"], PLACES[f["cur"]]
    first, last = f["lines"][0]["date"], f["lines"][-1]["date"]
    when = f"on {fd(first)}" if first == last else span(first, last, f["ss"])
    if k == "partial":
        den = f["lines"][f["den"]]
        return [f"We reviewed the claim you sent us for care you received at {pl[3]} in {pl[2]} {when}. We reimbursed "
                "the doctor's visit and the x-ray at the plan's rate for emergency care abroad.",
                f"We did not reimburse the line dated {fd(den['date'])} ({den['desc']}). Your medical plan does not "
                "include dental treatment, even in an emergency abroad; dental care is a benefit only of the separate "
                "dental policy, which you do not have."]
    if k == "paid":
        return [f"Good news: we have reimbursed your claim for care at {pl[3]} in {pl[2]} {when} in full. The "
                "payment was converted from the bill's currency at the rate shown and sent by direct deposit to the "
                "bank account on file. You do not need to do anything."]
    if k == "itemised":
        return [f"We cannot pay the claim you sent for care {when} at {pl[3]}. With your claim form you sent only a "
                "card payment receipt showing the total you paid.",
                "To decide a claim for care abroad we need the itemised bill from the clinic: each service, its date "
                "and its charge. Please ask the clinic for it and send it to us; we will then review the claim again."]
    if k == "translation":
        return [f"Your claim for the care you received {when} at {pl[3]} in {pl[2]} is denied for now. The bill and "
                "the doctor's report you sent are written in Japanese only.",
                "We must have an English translation of the itemised bill and of the medical report before we can "
                "decide. A translation by the clinic or by a certified translator is fine. We will reopen the claim "
                "when the translation arrives."]
    if k == "abroad":
        return [f"You asked us to reimburse physiotherapy you received in {pl[2]} {when}.",
                "Your plan covers care outside the United States only for an emergency or for urgent care you could "
                "not wait to receive at home. Planned physiotherapy sessions are routine care, so they are not covered "
                "when received outside the country. This claim is denied."]
    if k == "late":
        return [f"We received your claim for care at {pl[3]} {when} on {fd(f['recv'])}.",
                "Your policy says a claim for care abroad must reach us within 12 months of the date of service. "
                "This claim arrived after that limit, and you did not tell us of a reason that kept you from sending "
                "it on time, so we cannot pay it."]
    return [f"You sent us a claim for surgery at {pl[3]} in {pl[2]} {when}.",
            "The operation (a planned knee arthroscopy) was not an emergency. Your policy requires you or the "
            "hospital to get our approval before planned treatment abroad, through our assistance line. We have no "
            "record of a request for approval, so the claim is denied."]


def appeal(d: Letter, f: dict) -> None:
    d.text_line("If you disagree with this decision", 10.5, "B", h=6)
    a = f["app"]
    if a == "letter":
        t = ("You may ask us to review it. Send your appeal in writing within 180 days of the date of this letter, "
             "with any papers that support it.")
    elif a == "date":
        t = f"You may appeal. Your written appeal must reach us by {f['fd'](f['dl'])}."
    else:
        t = ("You may appeal within 180 days after you receive this letter. Write to the address above and include "
             "the claim number.")
    d.para(t + f" Questions: {f['ph']} (from abroad call collect {local_phone(f['r'])}).", 9)


def build(f: dict) -> bytes:
    d = Letter(f"Form {f['form']}   printed {fdate(days(f['notice'], -1), 'slash')}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(("Date of this letter: " if f["ins"] == "C" else "") + f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(4)
    title = {"paid": "Explanation of Benefits - Claim for Care Abroad"}.get(
        f["kind"], "Decision on Your Claim for Care Received Outside the United States")
    d.text_line(title, 12, "B", h=7)
    pl = PLACES[f["cur"]]
    mlab, clab = ("Insured member", "Claim reference") if f["ins"] == "C" else ("Member", "Claim no.")
    pairs(d, [(mlab, f["member"], "Member ID", f["mid"]),
              (clab, f["claim"], "Group no.", f["grp"]),
              ("Claim form no.", f["cf"], "Received", f["fd"](f["recv"])),
              ("Country", pl[2], "Provider abroad", pl[3]),
              ("Treating doctor", pl[4], "Exchange rate",
               f"1 {f['cur']} = {pl[1]} USD ({fdate(f['lines'][0]['date'], 'slash')})")])
    for p in reason(f):
        d.para(p, 9.3)
    lines_table(d, f)
    paid = sum(x["paid"] for x in f["lines"])
    if paid:
        d.para(f"Amount reimbursed to you: ${paid:,.2f}, paid on {f['fd'](days(f['notice'], 1))}.", 9)
    if f["kind"] != "paid":
        appeal(d, f)
    d.para("Rates: we convert foreign amounts at the published rate on the first date of service. Example: a bill of "
           "EUR 100.00 at 1.10 is reimbursed as $110.00 before plan limits.", 8)
    d.text_line(f"{f['signer']}, Claims Examiner, {ISSUER[f['ins']]}", 8.8, h=5)
    return pdf_bytes(d)


LINES = {"partial": [("Emergency consultation", 0, 1), ("X-ray, wrist, 2 views", 0, 1),
                     ("Emergency tooth extraction", 1, 0)],
         "paid": [("Accident and emergency attendance", 0, 1), ("Wound closure, sutures", 0, 1),
                  ("Tetanus injection", 0, 1)],
         "itemised": [("Total paid (receipt)", 0, 0)],
         "translation": [("Outpatient visit (per receipt)", 0, 0), ("Medication (per receipt)", 0, 0)],
         "abroad": [("Physiotherapy session", 0, 0), ("Physiotherapy session", 7, 0), ("Physiotherapy session", 14, 0)],
         "late": [("Hospital admission, 2 nights", 0, 0), ("Physician fees", 0, 0)],
         "preapproval": [("Knee arthroscopy, surgeon fee", 0, 0), ("Operating room and day ward", 0, 0),
                         ("Anaesthesia", 0, 0)]}


def facts(r: random.Random, kind: str, ins: str, cur: str, ds: str, ss: str, app: str) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    start = days(notice, -r.randint(40, 90) - (400 if kind == "late" else 0))
    rate = PLACES[cur][1]
    lines = []
    for desc, off, pays in LINES[kind]:
        usd_v = money(r, 90, 900) if kind != "preapproval" else money(r, 1800, 5200)
        fxv = round(usd_v / rate, 0 if cur == "JPY" else 2)
        usd_v = round(fxv * rate, 2)
        paid = round(usd_v * (0.8 if kind == "partial" else 1.0), 2) if pays else 0.0
        note = "Paid" if pays else ("Not covered" if kind in ("partial", "abroad") else "Denied")
        lines.append(dict(date=days(start, off if kind != "partial" else off * 1), desc=desc, fx=fxv, usd=usd_v,
                          paid=paid, note=note))
    if kind == "partial":
        lines[2]["date"] = days(start, 1)
    f = dict(r=r, kind=kind, ins=ins, cur=cur, ds=ds, ss=ss, app=app, notice=notice, fd=lambda x: fdate(x, ds),
             member=person(r), addr=address(r), mid=mixed(r, "CGX-9999-9999" if ins == "C" else "QM9A99999999"),
             grp=mixed(r, "99999") if ins == "C" else mixed(r, "GRP-9999A"),
             claim=mixed(r, "IC26-9999999" if ins == "C" else "A9AA99999999"), cf=mixed(r, "MCF 999999"),
             recv=days(notice, -r.randint(12, 30)), ph=phone(r), box=digits(r, 5), signer=staff(r),
             form=("CGX-ICR-7 (rev. 02/26)" if ins == "C" else "QMH-FC-12"), lines=lines, den=2,
             dl=days(notice, 180), total=round(sum(x["usd"] for x in lines), 2))
    if kind == "late":
        f["recv"] = days(start, 400)
    return f


def make_truth(f: dict) -> dict:
    den, dalts, dtype = KINDS[f["kind"]]
    dates = sorted({iso(x["date"]) for x in f["lines"]})
    alts: dict = {"claim_amount": [m2(sum(x["fx"] for x in f["lines"]))]}
    if f["kind"] == "partial":
        sd = [iso(f["lines"][f["den"]]["date"])]
        alts["service_dates"] = [dates]
        alts["claim_amount"].append(m2(f["lines"][f["den"]]["usd"]))
    elif f["kind"] == "abroad":
        sd = dates
        alts["service_dates"] = [[iso(f["lines"][0]["date"], f["lines"][-1]["date"])]]
    else:
        sd = dates
    dl = {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    if f["kind"] == "paid":
        dl = None
    pl = PLACES[f["cur"]]
    alts["provider"] = [pl[4].split(" ", 1)[1]]
    alts["case_numbers"] = [[f["claim"], f["cf"]]]
    extra = {"type_alternates": ["other"]} if dtype == "eob" else {}
    return truth(dtype, den, insurer=ISSUER[f["ins"]], member_id=f["mid"], group_number=f["grp"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=sd,
                 denial_date=iso(f["notice"]), provider=pl[3], appeal_deadline=dl, alternates=alts,
                 denial_alternates=dalts, **extra)


# (stem, condition, kind, issuer, currency, date style, span style, appeal wording)
PLAN = [
    ("foreign_claim_reimbursement_bd_partial_dental", "born_digital", "partial", "C", "EUR", "long", "long", "letter"),
    ("foreign_claim_reimbursement_bd_paid", "born_digital", "paid", "Q", "GBP", "dmy", "long", "letter"),
    ("foreign_claim_reimbursement_scan_no_itemised_bill", "scan_clean_300", "itemised", "C", "MXN", "slash", "slash",
     "date"),
    ("foreign_claim_reimbursement_copy_translation", "photocopy", "translation", "Q", "JPY", "iso", "iso", "recv"),
    ("foreign_claim_reimbursement_photo_not_covered_abroad", "phone_photo", "abroad", "Q", "CAD", "abbr", "long",
     "letter"),
    ("foreign_claim_reimbursement_rot_late_claim", "rotated", "late", "C", "EUR", "slash", "slash", "date"),
    ("foreign_claim_reimbursement_faxf_no_preapproval", "fax_fine_g4", "preapproval", "C", "THB", "long", "long",
     "letter"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, cur, ds, ss, app) in enumerate(PLAN):
        r = random.Random(71300 + i)
        f = facts(r, kind, ins, cur, ds, ss, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
