"""Family 'lymphedema_compression_garment_denial': plan EOBs, Medicare Summary Notices and letters on lymphedema
compression garments (standard gradient sleeves/stockings A6531/A6545-like, custom A6549-like, night-time garments
A6583-like) since the Lymphedema Treatment Act: items over the yearly replacement quantity, a custom garment where a
standard one fits, an out-of-network fitter. The DME supplier/fitter is the provider; the prescriber (with NPI) is a
decoy, as are the date of birth, the prescription date and phone numbers. One paid claim, one letter with a table of
garments partly approved, one fax stack (supplier cover sheet + plan letter). All values invented.

Issuers: Corrowin Health Alliance (commercial plan; EOBs, letters), Medicare (MSN), Tessaly Blue Medicare
Advantage (letters).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "lymphedema_compression_garment_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CO, MC, TB = "Corrowin Health Alliance", "Medicare", "Tessaly Blue Medicare Advantage"
FIRST = ["Henrike", "Olumide", "Saoirse", "Tomasz", "Ximena", "Farida", "Leopold", "Ayaka", "Delphine", "Nkechi",
         "Bartholomew", "Radhika"]
LAST = ["Esterhazy", "Achebe-Lund", "Moravec", "Quillan", "Sandoval-Ruiz", "Haddad", "Brennagh", "Okonkwo",
        "Lindgren", "Tsujimoto", "Varga", "Wilberforce"]
SUPPLIERS = ["Halvard Compression & Mastectomy Boutique", "Brightwell Lymphatic Fitting Studio",
             "Kestrel Medical Supply, Inc.", "Orrin Vale Home Medical"]
PRESCRIBERS = ["Marguerite O. Fenwick, MD", "Adebayo K. Sorensen, DO", "Priyamvada L. Rao, MD", "Cornelius J. Abara, MD"]
ITEMS = {"A6531": "Gradient compression stocking, below knee, 30-40 mmHg",
         "A6545": "Gradient compression wrap, non-elastic, below knee",
         "A6549": "Gradient compression garment, custom, not otherwise specified",
         "A6583": "Night-time gradient compression garment, arm (lymphedema)",
         "A6521": "Gradient compression sleeve, arm, standard, 20-30 mmHg"}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(r, ins, ds, ms):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    svc = notice - dt.timedelta(days=r.randint(18, 45))
    return dict(ins=ins, ds=ds, ms=ms, notice=notice, svc=svc, rx=svc - dt.timedelta(days=r.randint(10, 30)),
                dob=dt.date(r.randint(1944, 1978), r.randint(1, 12), r.randint(1, 27)),
                member=f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}",
                mid=("CHA" + dig(r, 9)) if ins == CO else (dig(r, 1) + r.choice("ACDEFGHJK") + r.choice("ACDEFGHJK") + dig(r, 1) + "-" + r.choice("ACDEF") + dig(r, 2) + "-" + r.choice("ACDEFGHJK") + dig(r, 3)) if ins == MC else ("TB" + dig(r, 8)),
                group=("G-" + dig(r, 5)) if ins == CO else None, sup=r.choice(SUPPLIERS), pres=r.choice(PRESCRIBERS),
                snpi=r.choice("12") + dig(r, 9), pnpi=r.choice("12") + dig(r, 9), claim=dig(r, 4) + "-" + dig(r, 7),
                ref="LY" + dig(r, 8), phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}")


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def head(d, f):
    ins = f["ins"]
    if ins == CO:
        d.text_line("CORROWIN", 22, "B")
        d.text_line("Health Alliance  -  PO Box 61880, Tarrow Falls, OK 73390", 8.5)
        d.text_line(f"Customer Care {f['phone']}  (TTY 711)   corrowinhealth.example", 8)
        d.rule(0.9)
    elif ins == TB:
        d.text_line(TB, 13, "B", "R")
        d.text_line("Utilization Management - DME Review", 9, "", "R")
        d.text_line("400 Marrowgate Plaza, Suite 12, Penhallow, MI 49921", 9, "", "R")
        d.text_line(f"Member Services {f['phone']}", 9, "", "R")
        d.ln(2)
    d.ln(3)


def kv(d, rows, w1=46, size=9.5):
    for a, b in rows:
        if b is None:
            continue
        d.font(size - 1)
        d.cell(w1, 5, a)
        d.font(size, "B")
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


LTA = ("Since January 1, 2024 the Lymphedema Treatment Act covers standard and custom gradient compression garments "
       "for a diagnosis of lymphedema: up to three daytime garments (or wraps) per affected body part every six "
       "months, and two night-time garments per affected body part every two years.")
REASON = {
    "qty": "The number of garments billed exceeds the replacement quantity allowed for this body part. Our records "
           "show daytime garments were already supplied in this six-month period. Replacement sooner is covered "
           "only if the garment is lost, stolen or irreparably damaged, or the member's size or condition changed.",
    "custom": "A custom-fitted garment (A6549) is covered only when the member's measurements or limb shape "
              "cannot be fitted with a standard garment. The fitter's measurement form shows standard sizing, "
              "so a custom garment is not medically necessary. A standard garment would be covered.",
    "oon": "The garments were supplied and fitted by a supplier that is not in the plan's network. Your plan covers "
           "durable medical equipment and compression garments only from network suppliers, except in an "
           "emergency or with prior approval, which we did not receive.",
}


def eob(d, f, kind, paid=False):
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    kv(d, [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
           ("Date of birth:", D(f, f["dob"])), ("Statement date:", D(f, f["notice"])), ("Claim number:", f["claim"]),
           ("Supplier:", f"{f['sup']} (NPI {f['snpi']})"), ("Prescribed by:", f["pres"])], 38)
    rows, tot, pay = [], 0.0, 0.0
    for code, q, unit in f["lines"]:
        amt = q * unit
        tot += amt
        p = round(amt * 0.8, 2) if paid else 0.0
        pay += p
        rows.append([D(f, f["svc"]), code, str(q), M(f, amt), M(f, p), "" if paid else "LT4"])
    rows.append(["*Claim total", "", "", M(f, tot), M(f, pay), ""])
    d.table(["Service date", "Code", "Qty", "Billed", "Plan paid", "Remark"], rows, [32, 22, 14, 32, 32, 26], 9,
            "LLRRRL")
    f["total"] = tot
    if paid:
        d.para("Your claim was processed under your durable medical equipment benefit (Lymphedema Treatment Act "
               "compression garments). Coinsurance 20% of the allowed amount may be billed to you by the supplier.", 9)
        d.para(LTA, 8.5)
    else:
        d.para("LT4 - " + REASON[kind], 9)
        d.para(LTA, 8.5)
        d.para(f"Appeals: you may appeal within 180 days of the date of this statement. Call {f['phone']} or write to "
               "Corrowin Appeals, PO Box 61895, Tarrow Falls, OK 73390.", 8.8)


def msn(d, f, kind):
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.8)
    kv(d, [("Name:", f["member"]), ("Medicare Number:", f["mid"]), ("Date of This Notice:", D(f, f["notice"])),
           ("Claims processed between:", f"{D(f, f['notice'] - dt.timedelta(days=90))} - {D(f, f['notice'])}")], 52)
    d.text_line("If you disagree with a coverage decision, you can appeal by " + D(f, f["dead"]) + ".", 10, "B")
    d.ln(2)
    d.text_line(f"Supplier: {f['sup']}, {f['phone'][:6]}{dig(random.Random(f['claim']), 3)}-{dig(random.Random(f['ref']), 4)}", 9.5, "B")
    d.text_line(f"Ordered by: {f['pres']}     Claim number {f['claim'].replace('-', '')}", 9)
    d.ln(1)
    rows, tot = [], 0.0
    for code, q, unit in f["lines"]:
        tot += q * unit
        rows.append([D(f, f["svc"]), f"{ITEMS[code][:30]} ({code})", str(q), M(f, q * unit), "No", "$0.00", "A"])
    d.table(["Date", "Service Provided & Code", "Qty", "Amount Charged", "Approved?", "You May Be Billed", "See"],
            rows, [21, 60, 9, 27, 19, 30, 9], 7.6, "LLRRLRL")
    f["total"] = tot
    d.text_line("Notes for Claims Above", 10, "B")
    d.para("A  " + REASON[kind] + " (Medicare payment rules for lymphedema compression treatment items, Lymphedema "
           "Treatment Act, section 4133 of the Consolidated Appropriations Act, 2023.)", 8.8)
    d.para("How to handle denied claims or file an appeal: circle the item(s) you disagree with, explain why, "
           "and send this notice to the contractor at the address in the box. You must file by the date above.", 8.5)


def letter(d, f, kind, table=False):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["member"], f"{random.Random(f['ref']).randint(20, 980)} Cobbler's Reach", "Penhallow, MI 49920"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Coverage decision: lymphedema compression garments", 11.5, "B")
    kv(d, [("Member ID:", f["mid"]), ("Group:", f["group"]), ("Reference number:", f["ref"]),
           ("Claim number:", f["claim"] if f.get("show_claim") else None), ("Supplier / fitter:", f["sup"]),
           ("Date of service:", D(f, f["svc"])), ("Prescription dated:", D(f, f["rx"]) + f"  ({f['pres']}, NPI {f['pnpi']})")], 40)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}: we reviewed the request from {f['sup']} for "
           "compression garments for lymphedema. " + ("We approved part of it. " if table else "We cannot approve it. ")
           + REASON[kind])
    if table:
        rows, tot = [], 0.0
        for (code, q, unit), dec in zip(f["lines"], f["decisions"]):
            tot += q * unit
            rows.append([code, ITEMS[code][:40], str(q), M(f, q * unit), dec])
        rows.append(["*Total", "", "", M(f, tot), ""])
        d.table(["Code", "Garment", "Qty", "Charge", "Decision"], rows, [18, 84, 12, 26, 38], 8.5, "LLRRL")
        f["total"] = tot
    elif f.get("show_amount"):
        tot = sum(q * u for _, q, u in f["lines"])
        f["total"] = tot
        d.para(f"Items: " + "; ".join(f"{c} x{q}" for c, q, _ in f["lines"]) + f". Amount billed: {M(f, tot)}.")
    d.para(LTA, 9)
    d.para("If you disagree, you or your supplier may ask for an appeal (reconsideration). " + (
        f"We must receive your appeal by {D(f, f['dead'])}." if f["dl"] == "date" else
        f"You must ask within {f['ndays']} days of the date of this letter.") + " You may ask for a fast (72-hour) appeal if "
        "waiting could seriously harm your health.")
    d.ln(2)
    d.text_line("DME Review Team", 10)
    d.text_line(f["ins"], 10)


def cover(f):
    d = Page()
    d.add_page()
    d.text_line("FAX", 26, "B")
    d.text_line(f["sup"], 12, "B")
    d.ln(3)
    kv(d, [("To:", "Patient file / Billing"), ("From:", f["sup"]), ("Date:", D(f, f["notice"] + dt.timedelta(days=3))),
           ("Pages:", "2 including cover"), ("Re:", "Plan decision for " + f["member"])], 24, 11)
    d.para("Attached is the plan's letter on the custom garment order. Please call our fitting studio to book a "
           "standard-garment fitting. CONFIDENTIAL: this fax contains protected health information.", 10)
    return pdf_bytes(d)


def build(r, kind, ins, ds, ms, lines, form, **kw):
    f = facts(r, ins, ds, ms)
    f.update(lines=lines, **kw)
    f["ndays"] = {CO: 180, MC: 120, TB: 65}[ins]
    f["dead"] = f["notice"] + dt.timedelta(days=f["ndays"])
    f.setdefault("dl", "days")
    d = Page()
    alts, uns = {}, []
    denial = {"qty": "not_covered", "custom": "medical_necessity", "oon": "out_of_network", "paid": None}[kind]
    dalt = {"qty": ["medical_necessity", "other"], "custom": ["not_covered"], "oon": [], "paid": []}[kind]
    if form == "eob":
        eob(d, f, kind, paid=kind == "paid")
        dtype, cases, amt = ("other" if kind == "paid" else "eob"), [f["claim"]], m2(f["total"])
        dead = None if kind == "paid" else f["dead"]
    elif form == "msn":
        msn(d, f, kind)
        dtype, cases, amt, dead = "eob", [f["claim"].replace("-", "")], m2(f["total"]), f["dead"]
        alts["insurer"] = ["Centers for Medicare & Medicaid Services"]
    else:
        letter(d, f, kind, table=kw.get("table", False))
        dtype = "denial_letter"
        cases = [f["ref"]] + ([f["claim"]] if f.get("show_claim") else [])
        amt = m2(f["total"]) if "total" in f else None
        dead = f["dead"]
        if f.get("show_claim"):
            alts["case_numbers"] = [[f["ref"]], [f["claim"]]]
    t = truth(dtype, denial, insurer=ins, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              case_numbers=cases, claim_amount=amt, service_dates=[iso(f["svc"])], denial_date=iso(f["notice"]),
              provider=f["sup"], appeal_deadline=dead and iso(dead), alternates=alts, unscored=uns,
              denial_alternates=dalt, type_alternates=(["eob"] if kind == "paid" else (["eob"] if kw.get("table") else [])))
    return f, pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    out = []
    r = random.Random(168500)
    f, p, t = build(r, "qty", CO, "slash", "plain", [("A6531", 2, 96.40), ("A6545", 1, 148.75)], "eob")
    out.append(Item(f"{FAMILY}_eob_over_quantity", "born_digital", [(p, t)]))
    r = random.Random(168501)
    f, p, t = build(r, "custom", MC, "slash", "plain", [("A6549", 2, 412.30)], "msn")
    out.append(Item(f"{FAMILY}_msn_custom_not_needed", "scan_clean_300", [(p, t)]))
    r = random.Random(168502)
    f, p, t = build(r, "qty", TB, "long", "plain", [("A6521", 2, 88.90), ("A6583", 2, 265.00), ("A6549", 1, 390.00)],
                    "letter", table=True, decisions=["Approved (2 of 2)", "Denied - quantity", "Approved"], dl="date")
    out.append(Item(f"{FAMILY}_letter_partial_table", "photocopy", [(p, t)]))
    r = random.Random(168503)
    f, p, t = build(r, "oon", CO, "iso", "nosign", [("A6531", 3, 102.00)], "letter", show_claim=True,
                    show_amount=True)
    out.append(Item(f"{FAMILY}_letter_out_of_network_fitter", "fax_standard_g4", [(p, t)]))
    r = random.Random(168504)
    f, p, t = build(r, "paid", CO, "abbr", "plain", [("A6521", 2, 79.50), ("A6583", 1, 244.00)], "eob")
    out.append(Item(f"{FAMILY}_eob_paid", "scan_lowres_150", [(p, t)]))
    r = random.Random(168505)
    f, p, t = build(r, "custom", TB, "dmy", "plain", [("A6549", 1, 455.00)], "letter", dl="days")
    out.append(Item(f"{FAMILY}_fax_cover_custom_letter", "phone_photo", [(p, t)], separators=[cover(f)]))
    r = random.Random(168506)
    f, p, t = build(r, "qty", MC, "slash", "plain", [("A6583", 3, 231.60)], "msn")
    out.append(Item(f"{FAMILY}_msn_night_garment_quantity", "rotated", [(p, t)]))
    return out
