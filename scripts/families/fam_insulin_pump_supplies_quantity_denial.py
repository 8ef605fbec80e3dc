"""Family 'insulin_pump_supplies_quantity_denial': an invented plan's DME benefit letters and EOBs, and a DME
supplier's notice, on insulin pump supplies (A4224/A4225 infusion sets and supplies, A4230/A4231/A4232 cartridges
and syringes) and insulin pump replacement (E0784).

Pellworth Health Alliance (commercial; letters in two layouts, EOBs in two layouts) and the DME suppliers Tidemark
Diabetes Supply Co., Larchmont Home Medical & Diabetes and Fernhollow Medical Supply are invented, and so are every
endocrinologist and member. Kinds: infusion sets over the quantity allowed per month (letter with a quantity table,
part allowed); a paid EOB of a month's supplies; a faxed stack (fax cover sheet, the supplier's notice to the patient
that the replacement pump was not approved, the plan's pre-service denial of E0784 because the current pump is under
its 4-year warranty and short of its 5-year useful life); cartridges over the 30-day quantity (faxed letter, the
deadline printed as a date); cartridges billed to the DME benefit that belong to the pharmacy benefit (EOB); a
replacement pump already delivered and denied after 3 years (letter); an EOB cutting infusion sets to the monthly
limit. Decoys: date of birth, the prescribing endocrinologist and NPIs, the current pump's purchase date, warranty end
and 5-year date, quantities allowed, allowed/paid amounts, claim-received dates, the peer-to-peer "call by" date,
the supplier's order number, the pharmacy benefit manager's phone number.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "insulin_pump_supplies_quantity_denial"
LANG = "en"
PW = "Pellworth Health Alliance"
SUPPLIERS = ["Tidemark Diabetes Supply Co.", "Larchmont Home Medical & Diabetes", "Fernhollow Medical Supply"]
ENDOS = ["Dr. Aurelio Brandvold, MD", "Dr. Chidinma Westergaard, MD", "Dr. Yusuf Pellegrini-Tan, DO",
         "Dr. Signe Okonjo-Barrett, MD"]
DESC = {"A4224": "Insulin pump infusion set supplies, each", "A4225": "Pump supplies, cartridge type, each",
        "A4230": "Infusion set, non-needle cannula", "A4231": "Infusion set, needle type", "A4232": "Syringe w/ needle, pump, 3 cc",
        "E0784": "External ambulatory insulin infusion pump"}
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "sets_letter": ("denial_letter", "not_covered", ["medical_necessity", "other"]),
    "paid_eob": ("other", None, []),
    "supplier_notice": ("other", None, []),
    "pump_pre": ("denial_letter", "not_covered", ["medical_necessity"]),
    "cart_letter": ("denial_letter", "not_covered", ["medical_necessity", "other"]),
    "wrong_benefit_eob": ("eob", "not_covered", ["other", "coding_error"]),
    "pump_post": ("denial_letter", "not_covered", ["medical_necessity"]),
    "sets_eob": ("eob", "not_covered", ["medical_necessity", "other"]),
}


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(178600 + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 165))
    m = r.person()
    f = dict(kind=kind, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice, name=m[0],
             first=m[1], last=m[3], addr=list(r.address()),
             dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)), supplier=r.choice(SUPPLIERS),
             endo=r.choice(ENDOS), npi=r.npi(), endo_npi=r.npi(), ph=r.phone(), fax=r.phone(), pbm_ph=r.phone(),
             mid="PWA" + r.digits(8) + r.choice(["01", "02"]), group="G" + r.digits(6),
             sph=f"({r.randint(201, 989)}) 555-{r.digits(4)}")
    if kind in ("supplier_notice", "pump_pre", "pump_post"):
        years = 3 if kind == "pump_post" else 2
        f["pump_bought"] = notice - dt.timedelta(days=365 * years + r.randint(20, 200))
        f["warranty_end"] = f["pump_bought"] + dt.timedelta(days=365 * 4)
        f["life_end"] = f["pump_bought"] + dt.timedelta(days=365 * 5 + 1)
        f["serial"] = "SN" + r.letters(2) + r.digits(7)
        f["pump_price"] = float(r.choice([6450, 6895, 7120, 7380]))
        f["order"] = "SO-" + r.digits(6)
        f["ref"] = "PA" + r.digits(10)
        f["p2p_by"] = notice + dt.timedelta(days=10)
    if kind in ("supplier_notice", "pump_pre"):
        f["delivery"] = notice + dt.timedelta(days=r.randint(12, 25))
        f["received"] = notice - dt.timedelta(days=r.randint(3, 9))
        return f
    if kind == "pump_post":
        f["dispense"] = notice - dt.timedelta(days=r.randint(30, 50))
        f["claim"] = "PH" + r.digits(11)
        f["lines"] = [(f["dispense"], "E0784", "NU", 1, 1, f["pump_price"])]
        f["billed"] = f["pump_price"]
        f["received"] = f["dispense"] + dt.timedelta(days=r.randint(4, 12))
        return f
    f["dispense"] = notice - dt.timedelta(days=r.randint(25, 50))
    f["received"] = f["dispense"] + dt.timedelta(days=r.randint(3, 10))
    f["claim"] = r.choice(["PH", "26"]) + r.digits(11)
    # lines: (date, code, modifier, qty billed, qty allowed, billed)
    if kind == "sets_letter":
        lines = [(f["dispense"], "A4224", "NU", 30, 15, 30 * 24.50), (f["dispense"], "A4232", "NU", 15, 15, 15 * 9.80)]
    elif kind == "sets_eob":
        lines = [(f["dispense"], "A4224", "NU", 45, 15, 45 * 26.00)]
    elif kind == "cart_letter":
        lines = [(f["dispense"], "A4225", "NU", 30, 15, 30 * 11.25), (f["dispense"], "A4231", "NU", 10, 10, 10 * 21.00)]
    elif kind == "wrong_benefit_eob":
        lines = [(f["dispense"], "A4232", "NU", 30, 0, 30 * 8.40), (f["dispense"], "A4230", "NU", 10, 0, 10 * 22.75)]
    else:  # paid_eob
        lines = [(f["dispense"], "A4224", "NU", 15, 15, 15 * 24.50), (f["dispense"], "A4232", "NU", 15, 15, 15 * 9.80)]
    f["lines"] = [(a, b, c, q, qa, round(amt, 2)) for a, b, c, q, qa, amt in lines]
    f["billed"] = round(sum(x[5] for x in f["lines"]), 2)
    return f


def pw_head(d: Doc, f: dict, style: int, fax_banner: bool = False) -> None:
    if fax_banner:
        d.text_line(f"{fmt_date(f['notice'], 'slash')} 10:{int(f['npi'][3:5]) % 60:02d} FROM PELLWORTH HEALTH ALLIANCE DME UNIT "
                    f"FAX {f['fax']}  TO {f['supplier'].upper()}  P. 1", 7.5, h=4)
        d.ln(2)
    if style == 0:
        d.text_line(PW, 16, "B", h=8)
        d.text_line("Durable Medical Equipment Benefit  |  300 Keelson Street, Providence, RI 02903", 8.5, h=4.5)
        d.rule(0.5, 5)
        d.text_line(f["fd"](f["notice"]), 10.5, h=5)
    else:
        d.set_font("Times", "B", 22)
        d.cell(0, 10, "Pellworth", new_x="LMARGIN", new_y="NEXT")
        d.text_line("HEALTH ALLIANCE  -  Medical Supply Review", 9, h=4.5)
        d.ln(3)
        d.text_line("Letter date: " + f["fd"](f["notice"]), 11, align="R", h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)


def rows_block(d: Doc, rows: list, w: float = 52, size: float = 9.6) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 4.9, k + ":")
        d.font(size)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def qty_table(d: Doc, f: dict, size: float = 9) -> None:
    fd, mo = f["fd"], f["mo"]
    rows = [[fd(x[0]), x[1] + "-" + x[2], DESC[x[1]][:36], str(x[3]), str(x[4]), mo(x[5])] for x in f["lines"]]
    rows.append(["*Total billed", "", "", "", "", mo(f["billed"])])
    d.table(["Dispensed", "HCPCS", "Item", "Qty billed", "Qty allowed", "Billed"], rows, [26, 22, 66, 20, 22, 26],
            size=size, aligns="LLLRRR")


def appeal_text(f: dict) -> str:
    return (f"Send your appeal to {PW}, Member Appeals, PO Box 6120, Providence, RI 02940, fax {f['fax']}, or call "
            f"Member Services at {f['ph']} (TTY 711). An expedited appeal is decided within 72 hours if waiting could "
            "seriously harm your health. You may ask for an external review within 4 months after our final "
            "decision.")


def sets_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer="PHA-DME-QL  Page {p} of {n}")
    d.add_page()
    pw_head(d, f, 0)
    d.text_line("Notice of Claim Denial - Quantity Above Plan Limit", 12.5, "B", h=7)
    rows_block(d, [("Member", f["name"]), ("Date of birth", fd(f["dob"])), ("Member ID", f["mid"]),
                   ("Group number", f["group"]), ("Claim number", f["claim"]), ("DME supplier", f["supplier"]),
                   ("Supplier NPI", f["npi"]), ("Prescriber", f["endo"]), ("Claim received", fd(f["received"]))])
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"{f['supplier']} billed us for insulin pump supplies dispensed on {fd(f['dispense'])}. Your plan covers "
           "up to 15 infusion sets (A4224) per 30 days, enough to change the set every 2 days as the manufacturer "
           "directs. The claim was for 30 sets. We allowed 15 sets and the cartridges, and denied the other 15 sets "
           "because they are over the quantity your plan allows. More sets are covered only when your doctor sends "
           "records showing a need to change sets more often (for example, repeated site infections); we did not "
           "receive such records.", 10)
    qty_table(d, f)
    d.text_line("If you disagree", 10.8, "B", h=6)
    d.para("You may appeal within 180 days of the date of this letter. " + appeal_text(f), 9.8)
    d.para(f"Sincerely,\nDME Benefit Review\n{PW}", 10)
    d.para(f"cc: {f['supplier']}; {f['endo']}", 8.5)
    return pdf_bytes(d)


def cart_letter(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Times", footer="Page {p} of {n}   PHA-MSR-07")
    d.add_page()
    pw_head(d, f, 1, fax_banner=True)
    d.text_line("Your claim for pump cartridges was partly denied", 13, "B", h=7)
    rows_block(d, [("Member name", f["name"]), ("Member number", f["mid"]), ("Group", f["group"]),
                   ("Claim no.", f["claim"]), ("Supplier", f["supplier"]), ("Ordering endocrinologist", f["endo"]),
                   ("Endocrinologist NPI", f["endo_npi"]), ("Date received", fd(f["received"]))], w=50, size=10.5)
    d.para(f"Dear {f['first']} {f['last']},", 11.5)
    d.para(f"We reviewed the claim from {f['supplier']} for insulin pump cartridges (A4225) dispensed on "
           f"{fd(f['dispense'])}. Your plan allows 15 cartridges per 30-day period. The supplier billed 30 "
           "cartridges for the same period, so 15 are over the plan's quantity limit and are not covered. The "
           "needle-type infusion sets (A4231) on this claim were within the limit and were allowed.", 11)
    qty_table(d, f, size=10)
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("Appeal", 12, "B", h=6)
    d.para(f"If you want us to look at this again, we must receive your appeal by {fd(dl)}. " + appeal_text(f), 10.5)
    d.para(f"Medical Supply Review\n{PW}", 11)
    return pdf_bytes(d)


def pump_letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    post = f["kind"] == "pump_post"
    d = Doc("Helvetica", footer="PHA-DME-E0784  {p}/{n}")
    d.add_page()
    pw_head(d, f, 1 if post else 0)
    d.text_line("Claim Denial: Insulin Pump Replacement" if post else
                "Prior Authorization Denied: Replacement Insulin Pump", 12.5, "B", h=7)
    rows = [("Member", f["name"]), ("Date of birth", fd(f["dob"])), ("Member ID", f["mid"]), ("Group", f["group"])]
    if post:
        rows += [("Claim number", f["claim"]), ("Supplier", f["supplier"]), ("Date dispensed", fd(f["dispense"])),
                 ("Amount billed", mo(f["billed"])), ("Claim received", fd(f["received"]))]
    else:
        rows += [("Reference no.", f["ref"]), ("Requesting supplier", f["supplier"]), ("Supplier NPI", f["npi"]),
                 ("Item", "E0784 external insulin infusion pump (replacement)"),
                 ("Requested delivery date", fd(f["delivery"])), ("Request received", fd(f["received"]))]
    rows += [("Prescriber", f["endo"]), ("Current pump serial", f["serial"]),
             ("Current pump purchased", fd(f["pump_bought"])), ("Warranty ends", fd(f["warranty_end"]))]
    rows_block(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    if post:
        d.para(f"We denied the claim from {f['supplier']} for a replacement insulin pump. Your plan replaces an "
               "insulin pump at the end of its reasonable useful lifetime of 5 years, or sooner only when the pump is "
               "out of warranty and broken beyond repair. Your current pump was bought on "
               f"{fd(f['pump_bought'])}, a little more than 3 years ago, and is still under the manufacturer's "
               "warranty. No record shows that it has stopped working. A replacement before 5 years is not covered "
               "under your DME benefit.", 10)
    else:
        d.para(f"{f['supplier']} asked us to approve a new insulin pump for you. Your current pump was bought on "
               f"{fd(f['pump_bought'])}. It is under the manufacturer's 4-year warranty until "
               f"{fd(f['warranty_end'])}, and its 5-year useful lifetime ends on {fd(f['life_end'])}. Your plan does not "
               "cover a replacement pump while the old one is under warranty: a pump that fails during the warranty "
               "is replaced by the manufacturer at no cost. We denied the request because the replacement is not "
               "covered at this time.", 10)
        d.para(f"Your doctor may talk with our medical reviewer about this decision. Please call {f['ph']} by "
               f"{fd(f['p2p_by'])} to set up a peer-to-peer conversation.", 10)
    d.text_line("Your appeal rights", 10.8, "B", h=6)
    d.para("You may appeal within 180 days of the date of this letter. " + appeal_text(f), 9.8)
    d.para(f"Sincerely,\nDr. Helga Marrero-Quist, MD, Medical Director\n{PW}", 10)
    return pdf_bytes(d)


def supplier_notice(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer=f"{f['supplier']}  -  customer care {f['sph']}")
    d.add_page()
    d.text_line(f["supplier"], 16, "B", h=8)
    d.text_line(f"Insulin pumps and diabetes supplies  |  Customer care {f['sph']}", 8.5, h=4.5)
    d.rule(0.4, 5)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.text_line("Important: your new insulin pump was not approved", 12.5, "B", h=7)
    rows_block(d, [("Patient", f["name"]), ("Member ID", f["mid"]), ("Health plan", PW),
                   ("Plan reference no.", f["ref"]), ("Our order no.", f["order"]),
                   ("Item ordered", "E0784 insulin pump (replacement)"), ("Planned delivery", fd(f["delivery"])),
                   ("Our charge for the pump", mo(f["pump_price"])), ("Prescribed by", f["endo"])])
    d.para(f"Dear {f['first']},", 10.5)
    d.para(f"We asked {PW} to approve the replacement insulin pump that {f['endo']} ordered for you. Your plan did not "
           "approve it. A copy of the plan's letter follows this page. The plan says your current pump is still under "
           "warranty. We have put your order on hold and will not ship the pump unless you tell us otherwise.", 10)
    d.text_line("What you can do", 10.8, "B", h=6)
    d.para("1. If your pump is not working, call the manufacturer's 24-hour line: a pump under warranty is replaced "
           "at no cost to you.\n2. You may appeal to your plan. The plan's letter explains how and by when.\n"
           f"3. You may buy the pump yourself. Our charge is {mo(f['pump_price'])}; call us to set up a payment plan.",
           10)
    d.para(f"Questions? Call our customer care team at {f['sph']}, Monday to Friday.", 10)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    fd, mo, k = f["fd"], f["mo"], f["kind"]
    d = Doc("Helvetica", footer="THIS IS NOT A BILL  -  {p} of {n}")
    d.add_page()
    d.text_line(PW, 15, "B", h=7)
    d.text_line(f"Member Services {f['ph']}  -  pellworth.example", 8.5, h=4.5)
    d.ln(3)
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    if k == "paid_eob":
        rows_block(d, [("Statement date", fd(f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                       ("Group", f["group"]), ("Claim number", f["claim"]), ("Supplier", f["supplier"]),
                       ("Prescriber", f["endo"]), ("Received", fd(f["received"]))])
    else:
        d.boxes([("Issue date", fd(f["notice"]), 38), ("Member", f["name"], 60), ("Member ID", f["mid"], 44),
                 ("Group", f["group"], 34)])
        d.ln(1.5)
        d.boxes([("Claim number", f["claim"], 46), ("DME supplier", f["supplier"], 88),
                 ("Received", fd(f["received"]), 42)])
        d.ln(1.5)
        d.boxes([("Prescribing endocrinologist", f["endo"], 90), ("Date of birth", fd(f["dob"]), 40)])
        d.ln(4)
    rows, at, pt, ot = [], 0.0, 0.0, 0.0
    for dd, code, mod, q, qa, amt in f["lines"]:
        unit = amt / q
        allowed = round(qa * unit * 0.7, 2)
        paid = round(allowed * 0.8, 2)
        owe = round(allowed - paid, 2)
        at, pt, ot = at + allowed, pt + paid, ot + owe
        note = "" if qa == q else ("Q15" if k != "wrong_benefit_eob" else "RX9")
        rows.append([fd(dd), code, str(q), str(qa), mo(amt), mo(allowed), mo(paid), mo(owe), note])
    rows.append(["*Total", "", "", "", mo(f["billed"]), mo(at), mo(pt), mo(ot), ""])
    d.table(["Dispensed", "Code", "Qty", "Qty allowed", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [24, 16, 12, 20, 24, 22, 22, 20, 12], size=7.8, aligns="LLRRRRRRL", head_fill=True)
    if k == "paid_eob":
        d.para(f"Your claim was paid. Plan paid {mo(pt)} to {f['supplier']}. Your share is 20% coinsurance for durable "
               "medical equipment and supplies.", 9.4)
        d.para("Year-to-date DME out-of-pocket: $412.60 of $3,000.00.", 9)
        return pdf_bytes(d)
    d.text_line("Notes", 10, "B", h=5.5)
    if k == "sets_eob":
        d.para("Q15: Your plan covers up to 15 infusion sets (A4224) per 30 days. The quantity above this limit is not "
               "covered. We paid for 15 sets.", 9.4)
    else:
        d.para("RX9: Insulin pump syringes and infusion sets for your pump are covered under your pharmacy benefit, not "
               "your medical DME benefit. This item is not covered under the DME benefit. Ask your supplier to bill "
               f"the pharmacy benefit manager (Pellworth Pharmacy Services, {f['pbm_ph']}).", 9.4)
    d.text_line("Appeal rights", 10, "B", h=5.5)
    d.para("You may appeal this decision within 180 days of the date of this statement. " + appeal_text(f), 9.2)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts = KINDS[k]
    dl = iso(f["notice"] + dt.timedelta(days=180))
    if k in ("supplier_notice", "pump_pre"):
        notice = k == "supplier_notice"
        return truth(doc_type, denial, insurer=None if notice else PW, group_number=None if notice else f["group"],
                     member_id=f["mid"], member_name=f["name"], case_numbers=[f["ref"]],
                     claim_amount=m2(f["pump_price"]) if notice else None, service_dates=[iso(f["delivery"])],
                     denial_date=iso(f["notice"]), provider=f["supplier"], appeal_deadline=None if notice else dl,
                     unscored=["insurer"] if notice else [],
                     alternates={"claim_amount": [None]} if notice else {},
                     type_alternates=["denial_letter"] if notice else [], denial_alternates=dalts)
    extra = {"type_alternates": ["eob"]} if k == "paid_eob" else {}
    return truth(doc_type, denial, insurer=PW, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                 case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dispense"])],
                 denial_date=iso(f["notice"]), provider=f["supplier"],
                 appeal_deadline=None if k == "paid_eob" else dl, denial_alternates=dalts, **extra)


def cover(f: dict) -> bytes:
    """The supplier's fax cover sheet to the patient's endocrinologist (belongs to no document)."""
    d = Doc("Courier")
    d.add_page()
    d.text_line(f["supplier"], 15, "B", h=8)
    d.text_line(f"Reimbursement department  Tel {f['sph']}", 10, h=5)
    d.ln(6)
    d.text_line("FAX", 22, "B", h=11)
    for k, v in [("TO", f"Office of {f['endo']}"), ("FROM", "Prior authorization team"),
                 ("DATE", fmt_date(f["notice"] + dt.timedelta(days=1), "slash")), ("PAGES", "4 (with cover)"),
                 ("RE", f"Pump replacement not approved - {f['name']}")]:
        d.font(11, "B")
        d.cell(26, 8, k + ":")
        d.font(11)
        d.cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("Attached: our notice to the patient and the health plan's letter. The plan offers a peer-to-peer call; "
           "please see the date in its letter. CONFIDENTIAL health information - if received in error, call us.", 11)
    return pdf_bytes(d)


# (stem suffix, condition, kinds (one per document), date style, money style)
PLAN_ROWS = [
    ("bd_letter_infusion_sets_over_limit", "born_digital", ["sets_letter"], "long", "plain"),
    ("bd_eob_paid_monthly_supplies", "born_digital", ["paid_eob"], "slash", "plain"),
    ("faxstd_stack_supplier_notice_and_pump_denial", "fax_standard_g4", ["supplier_notice", "pump_pre"], "slash",
     "plain"),
    ("faxfine_letter_cartridges_over_limit", "fax_fine_g4", ["cart_letter"], "abbr", "plain"),
    ("lowres_eob_pharmacy_benefit_not_dme", "scan_lowres_150", ["wrong_benefit_eob"], "iso", "nosign"),
    ("phone_letter_pump_replaced_at_3_years", "phone_photo", ["pump_post"], "dmy", "plain"),
    ("rotated_eob_infusion_sets_monthly_limit", "rotated", ["sets_eob"], "slash", "nosign"),
]
BUILD = {"sets_letter": sets_letter, "paid_eob": eob, "supplier_notice": supplier_notice, "pump_pre": pump_letter,
         "cart_letter": cart_letter, "wrong_benefit_eob": eob, "pump_post": pump_letter, "sets_eob": eob}


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kinds, ds, ms) in enumerate(PLAN_ROWS):
        base = facts(i, kinds[0], ds, ms)
        docs = [(BUILD[k](dict(base, kind=k)), make_truth(dict(base, kind=k))) for k in kinds]
        seps = [cover(base), None] if len(kinds) > 1 else None  # the supplier's own fax cover sheet
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
