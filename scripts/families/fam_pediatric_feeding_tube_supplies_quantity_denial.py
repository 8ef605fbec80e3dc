"""Family 'pediatric_feeding_tube_supplies_quantity_denial': gastrostomy supplies for a child (B4087 gastrostomy
tube, B4088 low-profile button, B4034 enteral feeding supply kit) denied over the monthly quantity or as too soon
after the last replacement.

Documents: a state Medicaid notice of action with fair hearing and continued-benefit rights; a stack of a managed
care plan's denial letter and the home nutrition supplier's invoice; the plan's request for documentation (not a
denial); an upheld appeal; a multi-claim EOB (kits paid, button denied too soon); an approval; a supplier invoice.
Decoys: child's DOB, parent as addressee, prescription and account numbers, NPIs, fair hearing and expedited
limits, prior dispensing dates. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pediatric_feeding_tube_supplies_quantity_denial"
LANG = "en"
SEED = 331600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIER = ["Little Harbor Home Nutrition", "Brightwater Pediatric Infusion & Nutrition", "Kestrel Enteral Supply"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    child, cfirst, _, clast = r.person()
    parent, pfirst, _, _ = r.person()
    parent = f"{pfirst} {clast}"
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 140))
    return dict(child=child, cfirst=cfirst, last=clast, parent=parent, addr=r.address(), dos=dos, ph=r.phone(),
                npi=r.npi(), dob=dt.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28)),
                rx=f"RX{r.digits(7)}")


def items(r: Rand, qty_kit=30) -> list[dict]:
    return [dict(code="B4034", desc="Enteral feeding supply kit, syringe, per day", qty=qty_kit,
                 price=round(r.uniform(9.5, 14.5), 2)),
            dict(code="B4088", desc="Gastrostomy tube, low-profile (button)", qty=r.choice([1, 2]),
                 price=float(r.randint(310, 460))),
            dict(code="B4087", desc="Gastrostomy/jejunostomy tube, standard", qty=r.choice([1, 2]),
                 price=float(r.randint(120, 210)))]


def amt(x):
    return round(x["qty"] * x["price"], 2)


# ---------------------------------------------------------------- 0: state Medicaid notice of action
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Rose State Medicaid Program"
    mid, req = f"{r.digits(10)}", f"PA{r.digits(9)}"
    sup = SUPPLIER[0]
    notice = f["dos"] - dt.timedelta(days=r.randint(3, 9))
    hear = notice + dt.timedelta(days=90)
    cont = notice + dt.timedelta(days=10)
    d = Page("Form MA-NOA-7 (rev. 03/25)   Page {p} of {n}")
    d.add_page()
    d.text_line("STATE OF PRAIRIE ROSE  -  DEPARTMENT OF HUMAN SERVICES", 11.5, "B", h=6.5)
    d.text_line("Prairie Rose State Medicaid Program  ·  Division of Medical Assistance", 9, h=5)
    d.rule(0.6, 4)
    d.text_line("NOTICE OF ACTION", 13, "B", align="C", h=7)
    d.ln(2)
    d.para(f"Date of this notice: {fmt_date(notice, 'slash')}\nTo: {f['parent']}, parent of {f['child']}\n"
           + "\n".join(f["addr"]) + f"\nRecipient ID: {mid}    Request number: {req}", 9.8)
    d.para(f"{sup} asked us to approve gastrostomy supplies for {f['child']} starting {fmt_date(f['dos'], 'slash')}. "
           f"We approved 30 enteral feeding supply kits (B4034) a month. We DENIED 2 standard gastrostomy tubes "
           "(B4087) a month. The Medicaid supply limit is 1 gastrostomy tube every 3 months unless the records "
           "show the tube was damaged or dislodged. The records sent do not show this.", 9.8)
    d.para("Rule: Prairie Rose Administrative Code 441-78.10(2)(c), medical supply quantity limits.", 9.2)
    d.text_line("YOUR RIGHT TO A FAIR HEARING", 10.5, "B", h=6)
    d.para(f"You may ask for a state fair hearing. Your request must be received by {fmt_date(hear, 'slash')}. "
           f"If you ask for a hearing by {fmt_date(cont, 'slash')}, you may keep getting the supplies you had "
           "before until the hearing decision. You may first ask the Department to reconsider within 30 days of "
           "the date of this notice.", 9.6)
    d.para(f"Supplier NPI {f['npi']}. Recipient date of birth {fmt_date(f['dob'], 'slash')}. Help line {f['ph']}.",
           8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + dt.timedelta(days=30)), denial_alternates=["not_covered", "other"],
              alternates={"appeal_deadline": [iso(hear), None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: MCO letter + supplier invoice
def doc_mco(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Sunfield Kids Health Plan", 14, "B", h=7)
    d.text_line("A Medicaid managed care plan  ·  8 Lantern Court, Bellweather, OH 43001", 8.6, h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(f['notice'], 'long')}\n\nTo the parent or guardian of {f['child']}\n" + "\n".join(f["addr"]),
           10)
    d.para(f"Member: {f['child']}    Member number: {f['mid']}    Claim: {f['claim']}", 10)
    d.para(f"We received a claim from {f['sup']} for feeding tube supplies delivered on "
           f"{fmt_date(f['dos'], 'long')}, billed at {fmt_money(f['billed'])}. We are denying the low-profile "
           f"gastrostomy button (B4088). A button was dispensed for {f['cfirst']} on "
           f"{fmt_date(f['prev'], 'long')}, and a replacement is covered no sooner than every 90 days. This "
           "one was sent too soon.", 10)
    d.para("You can appeal. Your appeal must reach us within 60 days of the date of this letter. If waiting could "
           "harm your child's health, ask for a fast appeal (72 hours). After the appeal you may ask for a state "
           "hearing within 120 days.", 10)
    d.para("Utilization Management\nSunfield Kids Health Plan", 10)
    t = truth("denial_letter", "medical_necessity", insurer="Sunfield Kids Health Plan", member_id=f["mid"],
              member_name=f["child"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["sup"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)), denial_alternates=["not_covered", "other"])
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict, when: dt.date, note: str) -> tuple[bytes, dict]:
    inv = f"INV-{r.digits(6)}"
    d = Page(f"{f['sup']}  ·  invoice {inv}")
    d.add_page()
    d.text_line(f["sup"], 14, "B", h=7)
    d.text_line("Pediatric enteral nutrition  ·  delivery and billing  ·  " + r.phone(), 8.6, h=4.6)
    d.ln(3)
    d.boxes([("Invoice date", fmt_date(when, "dmy"), 34), ("Invoice no.", inv, 32), ("Patient", f["child"], 52),
             ("Bill to", f["parent"], 46)])
    d.boxes([("Delivered", fmt_date(f["dos"], "dmy"), 34), ("Payer", f["payer"], 64), ("Payer ID", f["mid"], 40),
             ("Rx", f["rx"], 26)])
    d.ln(3)
    rows = [[x["code"], x["desc"], str(x["qty"]), fmt_money(x["price"], "nosign"), fmt_money(amt(x), "nosign")]
            for x in f["items"]]
    rows.append(["*Total billed", "", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["HCPCS", "Item", "Qty", "Each", "Line total"], rows, [20, 94, 12, 24, 30], size=8.6, aligns="LLRRR")
    d.para(note, 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["child"], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(when), provider=f["sup"], unscored=["insurer"],
              alternates={"member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"SKH{r.digits(8)}", claim=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}", sup=SUPPLIER[1],
             payer="Sunfield Kids Health Plan", items=items(r)[:2])
    f["billed"] = round(sum(amt(x) for x in f["items"]), 2)
    f["prev"] = f["dos"] - dt.timedelta(days=r.randint(35, 60))
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    inv = doc_invoice(r, f, f["notice"] + dt.timedelta(days=6),
                      "Your plan did not pay the G-tube button line. We have filed an appeal for you; the balance "
                      "is not due while the appeal is open.")
    return Item(f"{FAMILY}_letter_invoice_stack", "scan_clean_300", [doc_mco(r, f), inv], separators=[None, "blank"])


# ---------------------------------------------------------------- 2: request for documentation (not a denial)
def doc_rfi(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Evergold Family Health Plan"
    mid, ref = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}", f"UM{r.digits(8)}"
    sup = SUPPLIER[2]
    notice = f["dos"] - dt.timedelta(days=r.randint(2, 6))
    by = notice + dt.timedelta(days=14)
    d = Page("Evergold Family Health Plan  |  Request for Information")
    d.add_page()
    d.text_line("Evergold Family Health Plan", 14, "B", h=7)
    d.text_line("Utilization Review  |  Fax 1-555-" + r.digits(3) + "-" + r.digits(4), 8.6, h=4.6)
    d.ln(4)
    d.text_line("REQUEST FOR ADDITIONAL INFORMATION - NOT A DENIAL", 11, "B", h=6.5)
    for lab, val in [("Sent", fmt_date(notice, "abbr")), ("Child", f["child"]), ("Plan ID", mid),
                     ("Review reference", ref), ("Requested by", sup), ("Items", "B4087 x 3, B4034 x 30"),
                     ("Planned start", fmt_date(f["dos"], "abbr"))]:
        d.font(9.2, "B")
        d.cell(40, 5.2, lab + ":")
        d.font(9.2)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("We have not made a decision. Three gastrostomy tubes in one month is above the usual quantity, so we "
           "need the gastroenterologist's note explaining why more tubes are needed (for example, repeated "
           f"dislodgement). Please send it by {fmt_date(by, 'abbr')}. If we do not receive it, we will decide with "
           "the information we have.", 9.6)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["child"], case_numbers=[ref],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=sup)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: upheld appeal
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobalt Ridge Health Cooperative"
    mid, grp = f"CRH{r.digits(7)}", f"{r.digits(5)}"
    claim, appeal = f"{r.digits(12)}", f"AP-{r.digits(2)}-{r.digits(5)}"
    sup = SUPPLIER[0]
    it = items(r, 60)[:1]
    billed = amt(it[0])
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 95))
    d = Page("Cobalt Ridge Health Cooperative  -  Appeal decision  -  {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cobalt Ridge Health Cooperative", 14, "B", h=7)
    d.text_line("Member Appeals  ·  PO Box 220, Ashmont, VT 05001", 8.6, h=4.6)
    d.ln(6)
    d.para(f"Date: {fmt_date(notice, 'iso')}\n\n{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.table(["Patient", "Subscriber ID", "Group", "Claim", "Appeal"],
            [[f["child"], mid, grp, claim, appeal]], [40, 32, 20, 40, 30], size=8.6, border_head="TB")
    d.para(f"Your appeal about feeding supplies for {f['child']} from {sup} on {fmt_date(f['dos'], 'iso')} "
           f"({it[0]['qty']} supply kits, B4034, charges {fmt_money(billed)}) has been reviewed by a "
           "pediatrician who was not part of the first decision.", 10)
    d.para("We are upholding the denial. The plan covers one enteral supply kit per day, 30 a month. Sixty were "
           "billed for one month. The records show one feeding schedule each day, so the extra kits are over the "
           "quantity the plan covers as medically necessary.", 10)
    d.para("This is our final internal decision. You may ask for an independent external review within 4 months "
           "of receiving this letter. Sample letters and the request form are enclosed.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[claim, appeal], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=sup,
              denial_alternates=["not_covered", "other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: multi-claim EOB, button too soon
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harrowgate Mutual Health"
    mid, grp = f"HMH {r.digits(4)} {r.digits(4)}", f"{r.digits(7)}"
    sup = SUPPLIER[1]
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    its = items(r)
    claims = [(f"{r.digits(10)}", f["dos"] - dt.timedelta(days=31), [its[0]], False),
              (f"{r.digits(10)}", f["dos"], [its[1]], True)]
    d = Page("Harrowgate Mutual Health  EXPLANATION OF BENEFITS  page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Harrowgate Mutual Health", 15, "B", h=7.5)
    d.text_line(f"Member services {f['ph']}", 8.4, h=4.4)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(stmt, "mdy_nopad"), 34), ("Subscriber", f["parent"], 46),
             ("Patient (dependent)", f["child"], 50), ("ID", mid, 36), ("Group", grp, 24)])
    d.ln(4)
    for c, dos, ll, den in claims:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {c}   {sup}   delivered {fmt_date(dos, 'mdy_nopad')}", new_x="LMARGIN",
               new_y="NEXT")
        rows = [[x["code"], x["desc"][:36], str(x["qty"]), fmt_money(amt(x)), fmt_money(0 if den else amt(x) * .8),
                 fmt_money(0 if den else amt(x) * .8 * .9), "TS" if den else ""] for x in ll]
        d.table(["Code", "Item", "Qty", "Billed", "Allowed", "Paid", "Note"], rows, [18, 70, 12, 24, 24, 24, 14],
                size=8, aligns="LLRRRRL")
    d.para("TS  Replacement too soon. A low-profile gastrostomy button was paid for this patient within the last "
           "90 days. The replacement is not covered until the 90-day period ends unless the physician documents "
           "damage or loss.", 8.6)
    d.para("To appeal, write to us within 180 days of the statement date. Supplier NPI " + f["npi"] + ".", 8.6)
    c = claims[1]
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[c[0]], claim_amount=m2(amt(its[1])), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=sup, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered", "other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: approval
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Children's Health Plan"
    mid, auth = f"T{r.digits(9)}", f"AUTH-{r.digits(7)}"
    sup = SUPPLIER[2]
    notice = f["dos"] - dt.timedelta(days=r.randint(3, 8))
    end = f["dos"] + dt.timedelta(days=179)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Tamarack Children's Health Plan", 14, "B", h=7)
    d.ln(6)
    d.para(f"{notice.strftime('%-d %B %Y')}\n\nFamily of {f['child']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Good news. We approved the feeding supplies {sup} asked for on behalf of {f['child']} "
           f"(member {mid}). Authorization {auth} covers 30 supply kits (B4034) a month and one gastrostomy button "
           f"(B4088) every 3 months from {fmt_date(f['dos'], 'long')} through {fmt_date(end, 'long')}.", 10)
    d.para("You do not need to do anything. The supplier will schedule deliveries.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["child"], case_numbers=[auth],
              service_dates=[iso(f["dos"], end)], denial_date=iso(notice), provider=sup,
              alternates={"service_dates": [[iso(f["dos"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: supplier invoice
def item_invoice(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"{r.digits(11)}", sup=SUPPLIER[0], payer="Prairie Rose State Medicaid Program",
             items=items(r)[::2])
    f["billed"] = round(sum(amt(x) for x in f["items"]), 2)
    return Item(f"{FAMILY}_supplier_invoice", "fax_standard_g4",
                [doc_invoice(r, f, f["dos"] + dt.timedelta(days=3),
                             "Billed to Medicaid. You will receive a bill only if Medicaid does not pay.")])


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_medicaid, "medicaid_noa", "born_digital"), (2, doc_rfi, "info_request", "photocopy"),
              (3, doc_appeal, "appeal_upheld", "rotated"), (4, doc_eob, "too_soon_eob", "phone_photo"),
              (5, doc_approval, "approval", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(1, item_stack(Rand(SEED + 1)))
    out.append(item_invoice(Rand(SEED + 6)))
    return out
