"""Family 'seat_lift_mechanism_lift_chair_denial': Medicare Summary Notices, a furniture / DME store's invoice and
Medicare Advantage plan letters on a seat lift chair. Medicare and the plans pay only the seat lift mechanism
(E0627 electric, E0629 non-electric) and not the chair itself (billed as a noncovered item, A9270); the member
could not stand even with the lift (not medically necessary); the physician's order is dated after the delivery.
One paid mechanism claim; one phone photo of the store's invoice lying with the MSN (a two-document stack).
Decoys: the ordering physician and NPIs, the order date, the member's date of birth, deposits, delivery fees and
sales tax on the invoice, Medicare-approved and paid amounts, the plan's 72-hour fast appeal. Everything invented.

Issuers: Medicare (MSN, "Northmark DME Claims"), Silverbirch Health Medicare Advantage (HMO), Penhallow Senior Care
Plan (PPO); stores: Hartwell Comfort Furniture & Mobility, Bramblecote Home Medical & Lift Chairs, Ellory's Recliner
Gallery.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "seat_lift_mechanism_lift_chair_denial"
LANG = "en"
SB = "Silverbirch Health"
PH = "Penhallow Senior Care Plan"
SB_LONG = "Silverbirch Health Medicare Advantage (HMO)"
STORES = {"Hartwell Comfort Furniture & Mobility": ("3310 Quarry Street", "Macon, GA 31201"),
          "Bramblecote Home Medical & Lift Chairs": ("88 Lantern Way", "Fargo, ND 58102"),
          "Ellory's Recliner Gallery": ("1402 Fenwick Avenue", "Pueblo, CO 81003")}
DOCTORS = ["Oluwaseun Adeyemi, MD", "Katarzyna Wojcik, DO", "Ravindra Menon, MD", "Lucienne Arsenault, MD",
           "Tomasz Bielecki, MD"]


def mbi(r: Rand) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-"
            f"{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}")


def facts(i: int, store: str | None = None, code: str = "E0627") -> dict:
    r = Rand(188600 + i)
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 170))
    dlv = notice - dt.timedelta(days=r.randint(20, 50))
    chair = float(r.randint(640, 1180)) + r.choice([0.0, 0.99, 0.5])
    mech = float(r.randint(390, 520)) + (0.0 if code == "E0627" else -180.0)
    st = store or r.choice(sorted(STORES))
    return dict(i=i, r=r, notice=notice, dlv=dlv, member=r.person(), addr=r.address(), store=st,
                store_npi=r.npi(), store_ph=r.phone(), doc=r.choice(DOCTORS), doc_npi=r.npi(), code=code,
                chair=round(chair, 2), mech=mech, approved=round(mech * 0.71, 2), mbi=mbi(r), ph=r.phone(),
                dob=dt.date(r.randint(1934, 1956), r.randint(1, 12), r.randint(1, 28)),
                order=dlv + dt.timedelta(days=r.randint(4, 12)),
                sb_id=f"SBH{r.digits(8)}", ph_id=f"{r.letters(3)}-{r.digits(6)}-0{r.randint(1, 4)}",
                ph_grp=f"MA-{r.digits(4)}", claim=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}",
                msn_claim=f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}", inv=f"HC-{r.digits(5)}")


MECH_DESC = {"E0627": "Seat lift mechanism, electric, any type", "E0629": "Seat lift mechanism, non-electric, any type"}


def lines_of(f: dict, chair_on_claim: bool) -> list[tuple[str, str, float]]:
    out = [(f["code"], MECH_DESC[f["code"]], f["mech"])]
    if chair_on_claim:
        out.append(("A9270", "Noncovered item (lift chair furniture)", f["chair"]))
    return out


# ---------------------------------------------------------------- MSN
def msn(f: dict, lines: list, reason: str, style: str) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.8, 3)
    y = d.get_y()
    for ln in (f["member"][0].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.set_xy(118, y)
    d.font(9.5)
    d.multi_cell(0, 5, f"Notice for {f['member'][0]}\nMedicare Number {f['mbi']}\nDate of This Notice: "
                 f"{fmt_date(f['notice'], style)}")
    d.ln(6)
    dl = f["notice"] + dt.timedelta(days=120)
    d.set_fill_color(232, 232, 232)
    d.font(10.5, "B")
    d.cell(0, 7, f"  Appeals must be filed by {fmt_date(dl, style)}. See the last paragraph for how to appeal.", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your Equipment Claims", 12, "B")
    d.para(f"{f['store']}, {f['store_ph']}\nOrdered by {f['doc']} (NPI {f['doc_npi']})\n"
           f"Claim number {f['msn_claim']}   Date of purchase {fmt_date(f['dlv'], style)}", 9.5)
    rows, tot = [], round(sum(x[2] for x in lines), 2)
    for code, desc, amt in lines:
        ok = code != "A9270" and reason in ("chair", "paid")
        appr = f["approved"] if ok else 0.0
        rows.append([f"{desc[:44]} ({code})", "Yes" if ok else "No", fmt_money(amt), fmt_money(appr),
                     fmt_money(round(appr * 0.8, 2)), fmt_money(round(appr * 0.2, 2) if ok else amt), "" if ok else "A"])
    rows.append(["*Total for this claim", "", fmt_money(tot), "", "", "", ""])
    d.table(["Service & Billing Code", "Approved?", "Charged", "Medicare-Approved", "Medicare Paid",
             "You May Be Billed", "Notes"], rows, [66, 15, 19, 24, 19, 25, 10], size=7.2, aligns="LCRRRRC")
    d.text_line("Notes for Claims Above", 11, "B")
    note = {"chair": "A  Medicare pays only for the seat lift mechanism. The chair itself (the furniture) is not "
                     "covered by Medicare. You are responsible for this amount.",
            "stand": "A  Medicare doesn't pay for this item because the records show the patient is unable to "
                     "stand even with the help of a seat lift. A seat lift is covered only if the patient can walk "
                     "once standing. The information provided does not support the need for this item.",
            }[reason]
    d.para(note, 9.5)
    d.para("If you disagree, file a redetermination request with Northmark DME Claims (the Medicare contractor that "
           "processed this claim). Call 1-800-MEDICARE (TTY 1-877-486-2048).", 8.5)
    return pdf_bytes(d)


# ---------------------------------------------------------------- Medicare Advantage letter
def ma_letter(f: dict, ins: str, lines: list, reason: str, style: str, fax: bool = False) -> bytes:
    d = Doc("Helvetica", footer="{p}/{n}")
    d.add_page()
    if fax:
        d.text_line(f"FAX FROM {ins.upper()} UTILIZATION & CLAIMS  {f['ph']}  TO {f['store'].upper()}  PG 1", 7.5)
        d.ln(2)
    if ins == SB:
        d.text_line(ins, 18, "B")
        d.text_line("Silverbirch Health Medicare Advantage (HMO)  -  PO Box 40877, Lubbock, TX 79401", 8.5)
    else:
        d.text_line("PENHALLOW", 20, "B")
        d.text_line(f"{PH} (PPO)  |  2200 Harbor View Road, Bangor, ME 04401  |  {f['ph']}", 8.5)
    d.rule(0.5, 4)
    d.text_line(fmt_date(f["notice"], style), 10.5)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    paid = reason == "paid"
    title = "We Paid Your Claim" if paid else "Notice of Denial of Payment"
    d.text_line(title, 14, "B")
    d.ln(1)
    mid = f["sb_id"] if ins == SB else f["ph_id"]
    tot = round(sum(x[2] for x in lines), 2)
    rows = [("Member name", f["member"][0]), ("Member ID", mid)]
    if ins == PH:
        rows.append(("Group", f["ph_grp"]))
    rows += [("Date of birth", fmt_date(f["dob"], "slash")), ("Claim number", f["claim"]),
             ("Supplier", f"{f['store']} (NPI {f['store_npi']})"), ("Ordering physician", f["doc"]),
             ("Date of purchase", fmt_date(f["dlv"], style)), ("Amount billed", fmt_money(tot))]
    for k, v in rows:
        d.font(10, "B")
        d.cell(46, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["Code", "Item", "Billed", "Covered?"],
            [[c, desc[:58], fmt_money(a), ("Yes" if (c != "A9270" and reason in ("chair", "paid")) else "No")]
             for c, desc, a in lines], [20, 110, 26, 20], size=9, aligns="LLRC")
    if paid:
        d.para(f"We approved the seat lift mechanism and paid {fmt_money(f['approved'])} to {f['store']}. Your "
               f"copayment for durable medical equipment is 20%. The chair itself was not billed to us. No further "
               f"action is needed. Questions? Call {f['ph']} (TTY 711).")
        return pdf_bytes(d)
    why = {"chair": ("Medicare Advantage plans cover a seat lift mechanism, but not the chair it is built into. We "
                     f"covered the mechanism ({f['code']}). The furniture portion of the lift chair is not a covered "
                     "benefit, so we denied that part of the claim."),
           "stand": ("A seat lift mechanism is covered only when the member has severe arthritis of the hip or knee "
                     "or a severe neuromuscular disease, is completely unable to stand up from a regular armchair, "
                     "and can walk once standing. Your doctor's notes say you cannot stand even with the lift and "
                     "use a wheelchair for all moves. The mechanism is not medically necessary for you."),
           "order": (f"The written order from {f['doc']} is dated {fmt_date(f['order'], style)}. The lift chair was "
                     f"delivered on {fmt_date(f['dlv'], style)}, before the order. Equipment must be ordered before "
                     "it is delivered, so we cannot pay this claim.")}[reason]
    d.text_line("Why we denied your request", 11, "B")
    d.para(why)
    d.text_line("You have the right to appeal", 11, "B")
    d.para("If you disagree, you can ask for a reconsideration (appeal). Your request must be made within 65 days "
           "of the date of this notice. Fast (72-hour) appeals are for coverage of services you have not yet "
           f"received and do not apply to payment requests. Call {f['ph']} (TTY 711).")
    return pdf_bytes(d)


# ---------------------------------------------------------------- store invoice
def invoice(f: dict) -> bytes:
    a = STORES[f["store"]]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["store"], 16, "B")
    d.text_line(f"{a[0]}, {a[1]}   Tel {f['store_ph']}", 9)
    d.rule(0.5, 3)
    d.text_line("SALES INVOICE", 13, "B")
    d.ln(1)
    for k, v in (("Invoice no.", f["inv"]), ("Invoice date", fmt_date(f["dlv"], "slash")),
                 ("Delivered", fmt_date(f["dlv"], "slash")), ("Sold to", f["member"][0]),
                 ("Address", ", ".join(f["addr"])), ("Medicare No.", f["mbi"]),
                 ("Physician order", f"{f['doc']}, dated {fmt_date(f['order'] - dt.timedelta(days=20), 'slash')}")):
        d.font(9.5, "B")
        d.cell(36, 5, k)
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    tax = round(f["chair"] * 0.07, 2)
    total = round(f["chair"] + f["mech"] + 79.0 + tax, 2)
    d.table(["Item", "Description", "Amount"],
            [["LC-3P", "Power lift recliner, 3-position, fabric Mocha (chair frame)", fmt_money(f["chair"])],
             [f["code"], "Seat lift mechanism - billed to Medicare for you", fmt_money(f["mech"])],
             ["DLV", "White-glove delivery and setup", fmt_money(79.0)],
             ["TAX", "Sales tax on furniture 7%", fmt_money(tax)],
             ["*TOTAL", "", fmt_money(total)],
             ["DEP", "Deposit paid (Visa ...4417)", fmt_money(400.0)],
             ["*BAL", "Balance due", fmt_money(round(total - 400.0, 2))]], [24, 120, 30], size=9, aligns="LLR")
    d.para("Medicare pays only for the lift mechanism. You are responsible for the chair, delivery and tax, and for "
           "any part of the mechanism Medicare does not pay. Thank you for shopping local!", 9)
    return pdf_bytes(d), total


def base(f: dict, ins: str, mid: str, lines: list, deadline: int | None, grp: str | None = None) -> dict:
    tot = round(sum(x[2] for x in lines), 2)
    case = [f["msn_claim"] if ins == "Medicare" else f["claim"]]
    return dict(insurer=ins, member_id=mid, group_number=grp, member_name=f["member"][0], case_numbers=case,
                claim_amount=m2(tot), service_dates=[iso(f["dlv"])], denial_date=iso(f["notice"]),
                provider=f["store"],
                appeal_deadline=None if deadline is None else iso(f["notice"] + dt.timedelta(days=deadline)))


MED_ALT = ["Centers for Medicare & Medicaid Services", "Medicare Part B"]


def documents(rng) -> list[Item]:
    items = []
    # 1 bd MSN: mechanism approved, chair denied
    f = facts(0)
    ls = lines_of(f, True)
    t = truth("eob", "not_covered", **base(f, "Medicare", f["mbi"], ls, 120),
              alternates={"insurer": MED_ALT, "claim_amount": [m2(f["chair"])]})
    items.append(Item(f"{FAMILY}_bd_msn_mechanism_approved_chair_not_covered", "born_digital",
                      [(msn(f, ls, "chair", "slash"), t)]))
    # 2 bd MA letter: paid mechanism
    f = facts(1)
    ls = lines_of(f, False)
    t = truth("other", None, **base(f, SB, f["sb_id"], ls, None), type_alternates=["eob"],
              alternates={"insurer": [SB_LONG]})
    items.append(Item(f"{FAMILY}_bd_ma_paid_mechanism_e0627", "born_digital",
                      [(ma_letter(f, SB, ls, "paid", "long"), t)]))
    # 3 scan 300: MA, cannot stand even with the lift
    f = facts(2)
    ls = lines_of(f, True)
    t = truth("denial_letter", "medical_necessity", **base(f, SB, f["sb_id"], ls, 65), alternates={"insurer": [SB_LONG]})
    items.append(Item(f"{FAMILY}_scan300_ma_cannot_stand_even_with_lift", "scan_clean_300",
                      [(ma_letter(f, SB, ls, "stand", "abbr"), t)]))
    # 4 scan 150: MSN, cannot stand (non-electric mechanism on the member's own chair)
    f = facts(3, code="E0629")
    ls = lines_of(f, False)
    t = truth("eob", "medical_necessity", **base(f, "Medicare", f["mbi"], ls, 120), alternates={"insurer": MED_ALT})
    items.append(Item(f"{FAMILY}_lowres_msn_e0629_unable_to_stand", "scan_lowres_150",
                      [(msn(f, ls, "stand", "iso"), t)]))
    # 5 phone photo: store invoice + MSN (stack)
    f = facts(4, store="Hartwell Comfort Furniture & Mobility")
    ls = lines_of(f, True)
    inv_pdf, inv_total = invoice(f)
    t_inv = truth("other", None, insurer=None, member_id=f["mbi"], member_name=f["member"][0],
                  claim_amount=m2(inv_total), service_dates=[iso(f["dlv"])], denial_date=iso(f["dlv"]),
                  provider=f["store"], unscored=["insurer", "case_numbers", "denial_date"])
    t_msn = truth("eob", "not_covered", **base(f, "Medicare", f["mbi"], ls, 120),
                  alternates={"insurer": MED_ALT, "claim_amount": [m2(f["chair"])]})
    items.append(Item(f"{FAMILY}_phone_store_invoice_with_msn", "phone_photo",
                      [(inv_pdf, t_inv), (msn(f, ls, "chair", "long"), t_msn)]))
    # 6 fax standard: PPO letter, furniture not covered
    f = facts(5)
    ls = lines_of(f, True)
    t = truth("denial_letter", "not_covered", **base(f, PH, f["ph_id"], ls, 65, f["ph_grp"]),
              alternates={"claim_amount": [m2(f["chair"])]})
    items.append(Item(f"{FAMILY}_faxstd_ppo_chair_furniture_not_covered", "fax_standard_g4",
                      [(ma_letter(f, PH, ls, "chair", "slash", fax=True), t)]))
    # 7 rotated: PPO letter, order dated after delivery
    f = facts(6)
    ls = lines_of(f, False)
    t = truth("denial_letter", "other", **base(f, PH, f["ph_id"], ls, 65, f["ph_grp"]),
              denial_alternates=["medical_necessity", "prior_authorization"])
    items.append(Item(f"{FAMILY}_rotated_ppo_order_dated_after_delivery", "rotated",
                      [(ma_letter(f, PH, ls, "order", "dmy"), t)]))
    return items
