"""Family 'itemized_bill_review_unbundled_supplies_denial': payers' itemized bill review letters and revised EOBs
after a hospital stay (invented plans, hospitals, audit vendor, people and numbers).

Reasons: line items denied as routine supplies included in the room and board charge (unbundled), duplicate
pharmacy charges, nursing charges not separately billable; the member is told they are not liable for the denied
lines. One letter reports that the hospital's appeal restored the lines (no denial). Decoys: the payer's audit
vendor (Tallisker Payment Integrity, LLC) and its review number, the date the itemized bill was received, the
hospital's patient account number and NPI, the allowed and paid amounts, the denied-lines subtotal, phone numbers.

Issuers: Wrenhaven Health Plan (letter with a boxed claim summary; revised EOB with a line table), Covemoor
Mutual Health Insurance Company (serif letter; two-column revised EOB).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "itemized_bill_review_unbundled_supplies_denial"
LANG = "en"
WH = "Wrenhaven Health Plan"
CM = "Covemoor Mutual Health Insurance Company"
ADDR = {WH: ("PO Box 48812", "Ashgrove, OR 97391"), CM: ("2200 Covemoor Parkway", "Lindell Falls, MO 64093")}
VENDOR = "Tallisker Payment Integrity, LLC"
HOSPITALS = ["St. Brigid of the Plains Medical Center", "Harlow Creek Regional Hospital",
             "Mercy Tamarack General Hospital", "Oakhollow Community Hospital"]
FIRST = ["Amara", "Bartholomew", "Chiamaka", "Dorotea", "Eamon", "Fumiko", "Gunnar", "Hyacinth", "Iskander",
         "Jovana", "Kofi", "Ludmila", "Mahesh", "Niamh", "Octavio", "Priya"]
LAST = ["Abernethy-Shaw", "Brannigan", "Castellanos", "Draxler", "Ekwueme", "Fitzwilliam", "Grünewald", "Hakimi",
        "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nørgaard", "Okonkwo", "Papadakis"]
STREETS = ["Wicklow Bend", "Cedar Loft Road", "Palisade Street", "Grayling Court", "Dunmore Avenue"]

SUPPLIES = [("0270", "IV START KIT", 48.00), ("0270", "SALINE FLUSH 10ML", 22.50), ("0272", "GAUZE SPONGE 4X4 STERILE", 16.75),
            ("0270", "PULSE OXIMETER PROBE", 96.00), ("0270", "BLOOD PRESSURE CUFF DISP", 61.25),
            ("0272", "GLOVES EXAM NONSTERILE BX", 34.00), ("0270", "ECG ELECTRODES PK", 28.40),
            ("0270", "ADMISSION KIT", 72.00), ("0272", "BED PAD UNDERPAD", 18.90)]
PHARM = [("0250", "ONDANSETRON 4MG INJ", 38.60), ("0250", "HEPARIN 5000 UNIT INJ", 44.15),
         ("0250", "ACETAMINOPHEN 650MG TAB", 12.80), ("0258", "SODIUM CHLORIDE 0.9% 1000ML", 88.00),
         ("0250", "CEFAZOLIN 1G INJ", 61.30)]
NURSING = [("0230", "NURSING INCREMENTAL CHARGE LVL 2", 310.00), ("0230", "RN ASSESSMENT ADDITIONAL", 185.00),
           ("0230", "NURSE MEDICATION ADMIN FEE", 95.00), ("0230", "1:1 NURSING OBSERVATION", 420.00)]
REASON = {
    "supplies": "Routine supplies and equipment are included in the room and board charge and are not separately "
                "billable.",
    "dup_rx": "Duplicate charge. This pharmacy item was billed more than once for the same date and dose.",
    "nursing": "Routine nursing services are included in the room and board charge and are not separately "
               "billable.",
}


def facts(r: random.Random, kind: str, ins: str, ds: str) -> dict:
    fn, ln, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTW")
    adm = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 90))
    dis = adm + dt.timedelta(days=r.randint(2, 6))
    dec = dis + dt.timedelta(days=r.randint(60, 110))
    nights = (dis - adm).days
    room = r.choice([1850.0, 2240.0, 2675.0, 3120.0])
    lines = [dict(rev="0120", desc="ROOM & BOARD SEMI-PRIVATE", d=adm, qty=nights, amt=room * nights, deny=None)]
    for rev, desc, a in r.sample(PHARM, 3):
        lines.append(dict(rev=rev, desc=desc, d=adm + dt.timedelta(days=r.randint(0, nights)), qty=1, amt=a,
                          deny=None))
    lines.append(dict(rev="0300", desc="LABORATORY COMPREHENSIVE PANEL", d=adm, qty=1, amt=r.choice([212.0, 264.5]),
                      deny=None))
    lines.append(dict(rev="0324", desc="CHEST X-RAY 2 VIEWS", d=adm, qty=1, amt=r.choice([388.0, 415.0]), deny=None))
    kinds = {"mixed": ["supplies", "dup_rx", "nursing"], "restored": ["supplies", "nursing"]}.get(kind, [kind])
    for k in kinds:
        if k == "supplies":
            for rev, desc, a in r.sample(SUPPLIES, r.randint(3, 4)):
                q = r.randint(1, 3)
                lines.append(dict(rev=rev, desc=desc, d=adm + dt.timedelta(days=r.randint(0, nights)), qty=q,
                                  amt=round(a * q, 2), deny="supplies"))
        elif k == "dup_rx":
            for x in r.sample(lines[1:4], 2):
                lines.append(dict(x, deny="dup_rx"))
        elif k == "nursing":
            for rev, desc, a in r.sample(NURSING, 2):
                q = r.randint(1, nights)
                lines.append(dict(rev=rev, desc=desc, d=adm + dt.timedelta(days=r.randint(0, nights - 1)), qty=q,
                                  amt=round(a * q, 2), deny="nursing"))
    total = round(sum(x["amt"] for x in lines), 2)
    denied = round(sum(x["amt"] for x in lines if x["deny"]), 2)
    if ins == WH:
        mid_, grp, claim = f"WHP{r.randint(10000000, 99999999)}", f"{r.randint(200000, 299999)}-{r.randint(10, 99)}", \
            f"{r.randint(2026000000, 2026999999)}{r.randint(10, 99)}"
    else:
        mid_, grp, claim = f"CMU-{r.randint(100, 999)}-{r.randint(100000, 999999)}", f"GRP{r.randint(7000, 7999)}", \
            f"CL-{r.randint(10000000, 99999999)}"
    return dict(kind=kind, ins=ins, ds=ds, name=f"{fn} {mid}. {ln}", first=fn, last=ln, mid=mid_, grp=grp,
                claim=claim, adm=adm, dis=dis, dec=dec, lines=lines, total=total, denied=denied,
                hosp=r.choice(HOSPITALS), npi=f"1{r.randint(100000000, 999999999)}",
                acct=f"PA{r.randint(1000000, 9999999)}", review=f"TPI-{r.randint(100000, 999999)}",
                received=dis + dt.timedelta(days=r.randint(20, 40)),
                addr=(f"{r.randint(10, 9800)} {r.choice(STREETS)}", "Ashgrove, OR 97392" if ins == WH
                      else "Lindell Falls, MO 64094"),
                phone=f"1-866-555-{r.randint(1000, 1999)}", vphone=f"1-877-555-{r.randint(2000, 2999)}",
                app_days=r.choice([180, 180, 60]), appeal_dec=None)


def fd(f, d):
    return fmt_date(d, f["ds"])


def line_rows(f, denied_only=False):
    rows = []
    for x in f["lines"]:
        if denied_only and not x["deny"]:
            continue
        code = {"supplies": "R1", "dup_rx": "R2", "nursing": "R3", None: ""}[x["deny"]]
        rows.append([fd(f, x["d"]), x["rev"], x["desc"], str(x["qty"]), fmt_money(x["amt"]),
                     "Denied " + code if x["deny"] else "Allowed"])
    return rows


def letterhead(d, f):
    ins = f["ins"]
    d.add_page()
    if ins == WH:
        d.set_font("Helvetica", "B", 18)
        d.cell(0, 8, "Wrenhaven", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Helvetica", "", 8.5)
        d.cell(0, 4.5, f"{WH}  |  {ADDR[WH][0]}, {ADDR[WH][1]}  |  Member Services {f['phone']}",
               new_x="LMARGIN", new_y="NEXT")
        d.rule(0.7, 5)
    else:
        d.set_font("Times", "B", 16)
        d.cell(0, 8, CM, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "", 9)
        d.cell(0, 4.5, f"{ADDR[CM][0]}, {ADDR[CM][1]}  -  {f['phone']}", align="C", new_x="LMARGIN", new_y="NEXT")
        d.ln(5)


def review_letter(d: Doc, f: dict) -> None:
    letterhead(d, f)
    d.text_line(fd(f, f["dec"]), 10.5)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.boxes([("Member", f["name"], 46), ("Member ID", f["mid"], 38), ("Group", f["grp"], 26),
             ("Claim number", f["claim"], 34), ("Review no.", f["review"], 36)], value_size=8.8)
    d.boxes([("Hospital", f["hosp"], 86), ("Admitted", fd(f, f["adm"]), 47), ("Discharged", fd(f, f["dis"]), 47)],
            value_size=8.8)
    d.ln(4)
    restored = f["kind"] == "restored"
    d.text_line("Itemized Bill Review - Appeal Decision" if restored else "Itemized Bill Review Results", 12.5, "B")
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    if restored:
        ap = f["dec"] - dt.timedelta(days=24)
        d.para(f"Earlier this year we reviewed the itemized bill from {f['hosp']} for your hospital stay and denied "
               f"some line items. On {fd(f, ap)} the hospital appealed and sent the nursing flowsheets and supply "
               f"documentation. Our review, with the help of our audit vendor {VENDOR}, is complete: the appeal is "
               f"approved and the line items below have been restored and reprocessed for payment.")
    else:
        d.para(f"Your plan asked {VENDOR}, our payment integrity vendor, to review the itemized bill that "
               f"{f['hosp']} sent for your stay (received {fd(f, f['received'])}). The hospital billed "
               f"{fmt_money(f['total'])} in total. Some line items were billed separately even though they are part "
               f"of other charges, so we have denied them:")
    d.table(["Date", "Rev", "Description", "Units", "Billed", "Result"],
            [r[:5] + (["Restored"] if restored else [r[5]]) for r in line_rows(f, True)]
            + [["*Lines reviewed", "", "", "", fmt_money(f["denied"]), ""]], [26, 12, 70, 12, 24, 30],
            size=8.6, aligns="LLLRRL")
    if not restored:
        for code, k in (("R1", "supplies"), ("R2", "dup_rx"), ("R3", "nursing")):
            if any(x["deny"] == k for x in f["lines"]):
                d.para(f"{code}: {REASON[k]}", size=9.2, gap=1)
        d.ln(2)
        d.text_line("You are not responsible for the denied charges", 11, "B")
        d.ln(1)
        d.para(f"Under the hospital's agreement with us, {f['hosp']} may not bill you for the denied line items. "
               f"You remain responsible only for your usual deductible, copayment and coinsurance. If you get a bill "
               f"for these items, call us at {f['phone']}. Questions about the audit itself may go to {VENDOR} at "
               f"{f['vphone']}.")
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        if f["app_days"] == 60:
            dl = f["dec"] + dt.timedelta(days=60)
            d.para(f"If you or the hospital disagree, send a written appeal so that we receive it by {fd(f, dl)}. "
                   f"Mail it to Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}.")
        else:
            d.para(f"If you disagree with this decision, you may appeal within 180 days of the date of this letter. "
                   f"Mail your appeal to Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}. You may also request an "
                   f"external review after our final decision.")
    else:
        d.para(f"The hospital will receive a revised payment. The claim total of {fmt_money(f['total'])} is now "
               f"processed under your inpatient benefit; you owe only your usual cost sharing. No further action "
               f"is needed from you. Questions? Call {f['phone']}.")
    d.para(f"Sincerely,\nPayment Integrity Unit\n{f['ins']}")


def revised_eob(d: Doc, f: dict) -> None:
    letterhead(d, f)
    d.text_line("REVISED EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11.5, "B")
    d.ln(2)
    y = d.get_y()
    for k, v in [("Statement date", fd(f, f["dec"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Claim", f["claim"])]:
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(60, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(110, y)
    for k, v in [("Facility", f["hosp"]), ("Facility NPI", f["npi"]), ("Patient acct", f["acct"]),
                 ("Stay", f"{fd(f, f['adm'])} - {fd(f, f['dis'])}"), ("Audit ref", f["review"])]:
        d.set_x(110)
        d.font(9, "B")
        d.cell(24, 5, k)
        d.font(8.6)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"This claim was reprocessed after an itemized bill review by {VENDOR}. Line items marked Denied are "
           f"not payable and you are not liable for them.", size=9)
    d.table(["Date", "Rev", "Description", "Units", "Charge", "Status"], line_rows(f)
            + [["*Total charges", "", "", "", fmt_money(f["total"]), ""],
               ["*Denied lines", "", "", "", fmt_money(f["denied"]), ""]],
            [24, 12, 74, 12, 26, 28], size=8.2, aligns="LLLRRL", row_h=4.6)
    for code, k in (("R1", "supplies"), ("R2", "dup_rx"), ("R3", "nursing")):
        if any(x["deny"] == k for x in f["lines"]):
            d.para(f"{code}  {REASON[k]} Member not liable.", size=8.6, gap=0.8)
    d.ln(2)
    allowed = round((f["total"] - f["denied"]) * 0.62, 2)
    d.para(f"Allowed amount {fmt_money(allowed)}; plan paid {fmt_money(round(allowed - 750, 2))}; your share "
           f"{fmt_money(750)} (deductible and copay). Amount you owe for denied lines: {fmt_money(0)}.", size=9)
    if f["app_days"] == 60:
        dl = f["dec"] + dt.timedelta(days=60)
        d.para(f"Appeal rights: write to us by {fd(f, dl)}. Call {f['phone']} (TTY 711) with questions.", size=9)
    else:
        d.para(f"Appeal rights: you may appeal within 180 days of the date of this statement. Call {f['phone']} "
               f"(TTY 711) with questions.", size=9)


def build(f):
    d = Doc("Helvetica", footer="Page {p} of {n}")
    (revised_eob if f["layout"] == "eob" else review_letter)(d, f)
    return pdf_bytes(d)


def make_truth(f):
    alts = {"provider": [f["hosp"].replace("St. ", "Saint ")]} if f["hosp"].startswith("St.") else {}
    alts["case_numbers"] = [[f["claim"], f["review"]]]
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[iso(f["adm"], f["dis"])], denial_date=iso(f["dec"]), provider=f["hosp"])
    if f["kind"] == "restored":
        alts["claim_amount"] = [m2(f["denied"])]
        return truth("other", None, "en", appeal_deadline=None, alternates=alts, **common)
    dl = iso(f["dec"] + dt.timedelta(days=f["app_days"]))
    alts["claim_amount"] = [m2(f["denied"])]
    den = {"supplies": "coding_error", "nursing": "coding_error", "dup_rx": "other", "mixed": "coding_error"}[f["kind"]]
    da = {"supplies": ["not_covered", "other"], "nursing": ["not_covered", "other"], "dup_rx": ["coding_error"],
          "mixed": ["other", "not_covered"]}[f["kind"]]
    doc = "eob" if f["layout"] == "eob" else "denial_letter"
    ta = ["denial_letter"] if doc == "eob" else None
    return truth(doc, den, "en", appeal_deadline=dl, alternates=alts, denial_alternates=da, type_alternates=ta,
                 **common)


# (stem suffix, condition, kind, issuer, layout, date style, separators)
PLAN = [
    ("bd_letter_routine_supplies_in_room_board", "born_digital", "supplies", WH, "letter", "slash", None),
    ("bd_revised_eob_duplicate_pharmacy", "born_digital", "dup_rx", CM, "eob", "abbr", None),
    ("scan300_letter_nursing_not_separately_billable", "scan_clean_300", "nursing", CM, "letter", "long", None),
    ("lowres_revised_eob_mixed_lines", "scan_lowres_150", "mixed", WH, "eob", "iso", None),
    ("copy_letter_appeal_restored_lines", "photocopy", "restored", WH, "letter", "long", None),
    ("faxs_cover_letter_routine_supplies", "fax_standard_g4", "supplies", CM, "letter", "dmy", ["cover"]),
    ("phone_revised_eob_routine_supplies", "phone_photo", "supplies", WH, "eob", "abbr", None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, layout, ds, seps) in enumerate(PLAN):
        f = facts(random.Random(193500 + i), kind, ins, ds)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))], separators=seps))
    return items
