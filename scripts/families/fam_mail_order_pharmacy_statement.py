"""Family 'mail_order_pharmacy_statement': a mail-order pharmacy's statements to a patient after the plan rejected or
paid only part of a prescription fill.

Two invented pharmacies: Pillarbrook Home Delivery Pharmacy ("PILLARBROOK" over "Home Delivery Pharmacy, Inc.") and
Greyfriars Rx by Mail (parent line "Cinderford Health Services Co." above it). Each statement prints an account number,
the insurance on file (plan name, member ID, group, RxBIN / PCN), an orders table (order #, date filled, ship date,
tracking #, Rx #, drug, quantity / days, price, plan paid, you owe, status) or the same facts in a letter, the plan's
reject code and meaning (79 refill too soon, 76 plan limitations exceeded, 75 prior authorization required, 70 product
not covered, 65 patient not covered) or plain words, the plan's claim reference for the rejected fill, an amount due
and a pay-by date (decoy). One statement where the plan paid everything and only copays are due.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw3 import address, days, fdate, iso, m2, mixed, npi, person, phone, usd

FAMILY = "mail_order_pharmacy_statement"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PHARM = {"P": "Pillarbrook Home Delivery Pharmacy", "G": "Greyfriars Rx by Mail"}
PLANS = ["Harrowgate Health Plan", "Moorcroft Employees' Benefit Trust", "Sallowfield Community Health"]
DRUGS = [("atorvastatin 40 mg tab", 90, 90, 118.40), ("metformin ER 750 mg tab", 180, 90, 96.25),
         ("lisinopril 20 mg tab", 90, 90, 54.10), ("levothyroxine 88 mcg tab", 90, 90, 71.35),
         ("sitagliptin 100 mg tab", 90, 90, 1642.80), ("apixaban 5 mg tab", 180, 90, 1688.55),
         ("tiotropium 18 mcg inh caps", 90, 90, 1395.20), ("rizatriptan 10 mg ODT", 27, 90, 412.70),
         ("dexcom-type CGM sensors", 9, 90, 1164.00)]
PRESCRIBERS = ["Dr. Ignatius Vellacott", "Dr. Perpetua Lanyon", "Dr. Rupert Ashdown-Kerr"]
REASON = {"79": ("79 - Refill too soon", "Your plan said it is too early to refill this prescription; the last fill "
                 "has not been used up yet."),
          "76": ("76 - Plan limitations exceeded", "Your plan pays for at most a 30-day supply of this drug per fill. "
                 "It paid for 30 days; the rest of the 90-day supply was not paid by the plan."),
          "75": ("75 - Prior authorization required", "Your plan needs your doctor to get approval before it pays "
                 "for this drug. No approval was on file when we filled it."),
          "70": ("70 - Product/service not covered", "Your plan does not cover this product; it is not on the plan's "
                 "drug list."),
          "65": ("65 - Patient not covered", "Your plan told us your coverage was not active on the date we filled "
                 "this prescription.")}


class Stmt(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Stmt, f: dict) -> None:
    if f["ph_id"] == "P":
        d.text_line("PILLARBROOK", 18, "B", h=7.5)
        d.text_line("Home Delivery Pharmacy, Inc.", 10.5, h=5)
    else:
        d.text_line("Cinderford Health Services Co.", 8, h=4)
        d.text_line("Greyfriars Rx by Mail", 15, "B", h=7)
    d.text_line(f"{f['street']}  |  Customer care {f['ph']}  |  NCPDP {f['ncpdp']}  NPI {f['npi']}", 8, h=4.4)
    d.rule(0.6, 3)


def kv(d: Stmt, rows: list[tuple[str, str]], w: float = 44) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.4)
        d.cell(w, 4.9, k)
        d.set_font("DejaVu", "", 8.8)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def order_rows(f: dict) -> list[list[str]]:
    ms = f["ms"]
    return [[o["order"], f["fd"](o["filled"]), o["track"], o["rx"], o["drug"][:24], f"{o['qty']}/{o['days']}",
             usd(o["price"], ms), usd(o["paid"], ms), usd(o["owe"], ms), o["status"]] for o in f["orders"]]


def build(f: dict) -> bytes:
    d = Stmt(f"Statement {f['stmt_no']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("PATIENT ACCOUNT STATEMENT" if f["layout"] == "table" else "About your recent order", 12.5, "B", h=7)
    kv(d, [("Statement date", f["fd"](f["stmt"])), ("Account number", f["acct"]), ("Patient", f["member"]),
           ("Date of birth", f["fd"](f["dob"])), ("Amount due", usd(f["due"], f["ms"])),
           ("Please pay by", f["fd"](days(f["stmt"], 25)))])
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9, h=4.5)
    d.ln(2)
    d.text_line("Insurance on file", 10, "B", h=5.5)
    kv(d, [(f["lab"][0], f["plan"]), (f["lab"][1], f["mid"]), (f["lab"][2], f["grp"]),
           ("RxBIN / PCN", f"{f['bin']} / {f['pcn']}")])
    rej = f["rej"]
    if f["layout"] == "table":
        d.text_line("Orders this period", 10, "B", h=5.5)
        d.table(["Order #", "Filled", "Tracking #", "Rx #", "Drug", "Qty/Days", "Price", "Plan paid", "You owe",
                 "Status"], order_rows(f), [17, 19, 30, 15, 38, 14, 17, 15, 15, 13], size=6.6,
                aligns="LLLLLLRRRL")
        if rej is not None:
            code, plain = REASON[f["code"]]
            d.text_line("Plan response on order " + rej["order"], 9.5, "B", h=5.5)
            d.para((f"Reject code {code}. " if f["show_code"] else "") + plain + " Plan claim reference: "
                   + rej["claimref"] + f". Prescriber: {rej['presc']}.", 8.8)
    else:
        o = rej
        code, plain = REASON[f["code"]]
        d.para(f"Dear {f['member']},", 9.2)
        d.para(f"We filled your prescription for {o['drug']} (Rx {o['rx']}, prescribed by {o['presc']}) on "
               f"{f['fd'](o['filled'])} under order {o['order']} and shipped it on {f['fd'](o['ship'])} (tracking "
               f"{o['track']}). The price of this fill was {usd(o['price'], f['ms'])}. When we sent the claim to "
               f"{f['plan']}, the plan answered with reject code {code} (plan reference {o['claimref']}).", 9.2)
        d.para(plain + f" The plan paid {usd(o['paid'], f['ms'])}, so {usd(o['owe'], f['ms'])} is now your "
               "responsibility.", 9.2)
    d.text_line("What you can do", 10, "B", h=5.5)
    d.para("If you think your plan should have paid, call the member services number on your plan ID card; your plan "
           "decides coverage and can tell you how to ask for a coverage decision or an appeal. Your doctor can also "
           "ask the plan for an approval. We will rebill the plan if it changes its answer. Payment plans are "
           f"available; call {f['ph']}.", 8.6)
    d.text_line(f"Total amount due: {usd(f['due'], f['ms'])}", 10, "B", h=6)
    d.ln(3)
    d.text_line("- - - - - - - - - - - - - - Detach and return with your payment - - - - - - - - - - - - - -", 7, h=5)
    kv(d, [("Account", f["acct"]), ("Amount due", usd(f["due"], f["ms"])), ("Amount enclosed", "$__________")], 32)
    return pdf_bytes(d)


def order(r: random.Random, filled: dt.date, drug: tuple, paid_frac: float, copay: float) -> dict:
    name, qty, dsup, price = drug
    price = round(price * r.uniform(0.93, 1.07), 2)
    paid = round(price * paid_frac, 2) if paid_frac else 0.0
    owe = round(price - paid, 2) if paid_frac < 1 else copay
    if paid_frac == 1:
        paid = round(price - copay, 2)
    return dict(order=mixed(r, "MO-99999999"), filled=filled, ship=days(filled, r.randint(1, 2)),
                track="1Z" + mixed(r, "9A9A99999999999999")[:16], rx=mixed(r, "99999-99"), drug=name, qty=qty,
                days=dsup, price=price, paid=paid, owe=owe, presc=r.choice(PRESCRIBERS),
                claimref=mixed(r, "A9A99999999"),
                status="Paid")


def facts(r: random.Random, ph_id: str, code: str | None, layout: str, ds: str, ms: str, show_code: bool = True,
          n_other: int = 1) -> dict:
    stmt = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 170))
    drugs = r.sample(DRUGS, 3)
    orders = [order(r, days(stmt, -r.randint(20, 40) - 9 * i), drugs[i + 1], 1, r.choice([10.0, 15.0, 25.0]))
              for i in range(n_other)]
    rej = None
    if code is not None:
        frac = 1 / 3 if code == "76" else 0
        rej = order(r, days(stmt, -r.randint(6, 15)), drugs[0], frac, 0)
        rej["status"] = "Partly paid" if code == "76" else "Rejected"
        orders.insert(r.randint(0, len(orders)), rej)
    due = round(sum(o["owe"] for o in orders), 2)
    return dict(ph_id=ph_id, code=code, layout=layout, fd=lambda x: fdate(x, ds), ms=ms, show_code=show_code,
                stmt=stmt, orders=orders, rej=rej, due=due, member=person(r), addr=address(r),
                dob=dt.date(r.randint(1944, 1990), r.randint(1, 12), r.randint(1, 28)), plan=r.choice(PLANS),
                mid=mixed(r, r.choice(["HG9999999A", "MEB-99999-99", "SC99A99999"])),
                grp=mixed(r, r.choice(["RX9999", "G99999A", "9999-AA"])), bin=mixed(r, "999999"),
                pcn=mixed(r, "AAA99"), acct=mixed(r, "99999999"), stmt_no=mixed(r, "ST-999999"), ph=phone(r),
                npi=npi(r), ncpdp=mixed(r, "9999999"), street=f"{r.randint(100, 990)} Distribution Parkway",
                lab=r.choice([["Plan", "Member ID", "Group"], ["Insurance", "ID #", "Group no."],
                              ["Prescription plan", "Cardholder ID", "Rx group"]]))


def make_truth(f: dict) -> dict:
    o = f["rej"] or f["orders"][0]
    alts = {"provider": [o["presc"]]}
    cases = [o["claimref"]] if f["rej"] else []
    return truth("other", None, insurer=None, plan_id=None, group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=cases, claim_amount=m2(o["price"]),
                 service_dates=[iso(o["filled"])], denial_date=None, provider=PHARM[f["ph_id"]], appeal_deadline=None,
                 alternates=alts, unscored=["insurer", "denial_date"])


# (stem, condition, pharmacy, reject code, layout, date style, money style, show code, other orders)
PLAN = [
    ("mail_order_pharmacy_statement_bd_refill_too_soon", "born_digital", "P", "79", "table", "slash", "plain", True, 1),
    ("mail_order_pharmacy_statement_bd_partial_plan_limit", "born_digital", "G", "76", "letter", "long", "plain", True,
     0),
    ("mail_order_pharmacy_statement_scan_prior_auth_three_orders", "scan_clean_300", "P", "75", "table", "iso", "bare",
     True, 2),
    ("mail_order_pharmacy_statement_lowres_not_on_drug_list", "scan_lowres_150", "G", "70", "letter", "dmy", "usd",
     True, 0),
    ("mail_order_pharmacy_statement_copy_coverage_not_active", "photocopy", "G", "65", "table", "abbr", "nosign", False,
     1),
    ("mail_order_pharmacy_statement_phone_all_paid", "phone_photo", "P", None, "table", "slash", "plain", True, 1),
    ("mail_order_pharmacy_statement_faxs_too_soon_plain_words", "fax_standard_g4", "P", "79", "table", "upper",
     "nosign", False, 1),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ph_id, code, layout, ds, ms, show, n_other) in enumerate(PLAN):
        f = facts(random.Random(91300 + i), ph_id, code, layout, ds, ms, show, n_other)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
