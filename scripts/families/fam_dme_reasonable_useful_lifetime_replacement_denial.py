"""Family 'dme_reasonable_useful_lifetime_replacement_denial': Medicare Summary Notices, an invented DME MAC's
letters and a Medicaid managed care plan's notices on replacing durable medical equipment (manual wheelchair
K0004, CPAP E0601, walker E0143, semi-electric hospital bed E0260) before its reasonable useful lifetime (RUL) of
five years, all invented.

Reasons: replacement denied as within five years of the original purchase with no change in the patient's
condition and no loss, theft or irreparable damage (MSN, MAC letters, Medicaid notices); a walker replacement
denied and its repair paid instead (MSN); a wheelchair replacement approved after theft with a police report
(Medicaid approval, phone photo). Decoys: the original purchase / delivery date, the ordering physician, the date
of birth, the request received date, the supplier's NPI and PTAN, the police report number, the state fair hearing
and expedited time limits.

Issuers: Medicare (MSN Part B), Larkspur Federal Medical Services, LLC (DME Medicare Administrative Contractor,
serif letters with a reference box), Brightwater Community Health Plan (a Medicaid managed care plan: Notice of
Adverse Benefit Determination and an approval notice).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dme_reasonable_useful_lifetime_replacement_denial"
LANG = "en"
MAC = "Larkspur Federal Medical Services, LLC"
MAC_ADDR = ("PO Box 6620", "Tresham Falls, SD 57109")
BW = "Brightwater Community Health Plan"
BW_ADDR = ("1180 Gannet Quay Boulevard", "Morrow Bay, OR 97366")
FIRST = ["Thaddeus", "Wilhelmina", "Obadiah", "Seraphina", "Leopold", "Imogen", "Cyprian", "Rosalind", "Bartholomew",
         "Octavia", "Anatoly", "Marguerite", "Emeka", "Svetlana", "Barnaby", "Yevgenia"]
LAST = ["Hawthorne-Pike", "Rosenquist", "Adebayo", "Van der Meulen", "Kowalewski", "Okafor", "Lindgren",
        "Castellano", "Fairweather", "Mbatha", "Trelawney", "Sandoval"]
SUPPLIERS = ["Granite Hollow Mobility & Home Care", "Bayward Respiratory Supply, Inc.", "Keelson Medical Equipment",
             "Fernhill DME Services"]
DOCTORS = ["Dr. Agatha P. Nwankwo, MD", "Dr. Rainer V. Solberg, MD", "Dr. Constance E. Yamamoto, DO",
           "Dr. Idris M. Haddad, MD"]
STREETS = ["Pinnacle Row", "Heron Watch Lane", "Cobblers Way", "Tamsin Street", "Old Ferry Road"]
TOWNS = [("Tresham Falls", "SD", "57110"), ("Morrow Bay", "OR", "97367"), ("Hallam Cross", "NE", "68510"),
         ("Quarrington", "KS", "66604")]
ITEMS = {"wc": ("K0004", "NU", "Lightweight wheelchair", (1350, 2400)),
         "cpap": ("E0601", "NU", "CPAP device", (650, 1100)),
         "walker": ("E0143", "NU", "Folding walker, wheeled", (95, 180)),
         "bed": ("E0260", "NU", "Hospital bed, semi-electric, with mattress", (1700, 2900))}
AZ = "ACDEFGHJKMNPQRTUVWXY"


def facts(r: random.Random, kind: str, item: str, ds: str) -> dict:
    name = f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    dec = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 120))
    svc = dec - dt.timedelta(days=r.randint(25, 50))
    orig = svc - dt.timedelta(days=r.randint(500, 1600))
    code, mod, desc, (lo, hi) = ITEMS[item]
    amt = float(r.randint(lo, hi)) + r.choice([0, 0.5, 0.99, 0.25])
    town = r.choice(TOWNS)
    f = dict(kind=kind, item=item, ds=ds, name=name, dec=dec, svc=svc, orig=orig, code=code, mod=mod, desc=desc,
             amt=round(amt, 2), dob=dt.date(2026 - r.randint(38, 88), r.randint(1, 12), r.randint(1, 28)),
             sup=r.choice(SUPPLIERS), doc=r.choice(DOCTORS), npi=f"1{r.randint(100000000, 999999999)}",
             mbi=f"{r.randint(1, 9)}{r.choice(AZ)}{r.choice(AZ)}{r.randint(0, 9)}{r.choice(AZ)}{r.choice(AZ)}"
                 f"{r.randint(0, 9)}{r.choice(AZ)}{r.choice(AZ)}{r.randint(10, 99)}",
             icn=f"{r.randint(10, 99)}{r.randint(10000, 99999)}{r.randint(100000, 999999)}{r.randint(100, 999)}",
             msnclaim=f"{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(100, 999)}",
             bwid=f"BW{r.randint(10000000, 99999999)}", medicaid=f"{r.randint(100000000, 999999999)}",
             ref=f"PA-{svc.year}-{r.randint(100000, 999999)}",
             addr=(f"{r.randint(11, 8800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
             phone=f"1-888-555-{r.randint(1000, 1999)}", fax=f"1-844-555-{r.randint(2000, 2999)}",
             received=dec - dt.timedelta(days=r.randint(5, 12)), police=f"{r.randint(26, 26)}-{r.randint(10000, 99999)}",
             repair=round(r.randint(45, 90) + 0.0, 2))
    f["req_date"] = dec + dt.timedelta(days=r.randint(7, 14))
    return f


def fd(f, d):
    return fmt_date(d, f["ds"])


def msn(d: Doc, f: dict) -> None:
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, "Medicare Summary Notice for Part B (Medical Insurance)", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 3)
    y = d.get_y()
    d.font(10, "B")
    d.cell(90, 5, f["name"].upper(), new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    for ln in f["addr"]:
        d.cell(90, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_xy(112, y)
    mbi = f["mbi"]
    for a, b in (("Medicare Number", f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"), ("Date of this notice", fd(f, f["dec"])),
                 ("Customer Service", "1-800-MEDICARE (1-800-633-4227)")):
        d.set_x(112)
        d.font(8.5, "B")
        d.cell(32, 5, a)
        d.font(8.5)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(7)
    dl = f["dec"] + dt.timedelta(days=120)
    d.set_fill_color(228, 228, 228)
    d.font(10, "B")
    d.cell(0, 7, f"  Appeals must be filed by {fd(f, dl)}.", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your Claims for Medical Equipment and Supplies", 11, "B")
    d.para(f"{f['sup']}, Supplier Number {f['npi']}\nOrdered by: {f['doc']}\nDate Processed: "
           f"{fd(f, f['dec'] - dt.timedelta(days=3))}    Claim Number: {f['msnclaim']}", 9)
    rows = [[fd(f, f["svc"]), f"{f['desc'].split(',')[0]} ({f['code']}-{f['mod']})", "No", fmt_money(f["amt"]),
             fmt_money(0), fmt_money(0), fmt_money(0), "A"]]
    total = f["amt"]
    if f["kind"] == "repair":
        allowed = round(f["repair"] * 0.8, 2)
        rows.append([fd(f, f["svc"]), "Repair labor, 15 min (K0739)", "Yes", fmt_money(f["repair"]),
                     fmt_money(allowed), fmt_money(round(allowed * 0.8, 2)), fmt_money(round(allowed * 0.2, 2)), "B"])
        total += f["repair"]
    rows.append(["*Total", "", "", fmt_money(total), "", "", "", ""])
    d.table(["Date", "Service & Billing Code", "Approved?", "Charged", "Approved", "Paid", "May Be Billed", "Notes"],
            rows, [22, 54, 17, 19, 18, 16, 22, 12], size=7.8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes for Your Claims", 10, "B")
    d.para(f"A  Medicare paid for this kind of equipment on {fd(f, f['orig'])}. Equipment must be used for its "
           f"reasonable useful lifetime of at least 5 years before Medicare pays for a replacement, unless it was "
           f"lost, stolen or damaged beyond repair, or your medical condition changed. The supplier may not bill "
           f"you for this item because you did not sign an Advance Beneficiary Notice.", 8.8)
    if f["kind"] == "repair":
        d.para("B  Medicare paid to repair your walker. Repairs to equipment you own are covered.", 8.8)
    d.para("How to appeal: circle the claim on this notice, explain on the Appeals Form why you disagree, and send "
           f"it to {MAC}, Redeterminations, {MAC_ADDR[0]}, {MAC_ADDR[1]}.", 8.8)


def mac_letter(d: Doc, f: dict) -> None:
    d.add_page()
    d.set_font("Times", "B", 15)
    d.cell(0, 7, MAC, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 9)
    d.cell(0, 5, f"DME Medicare Administrative Contractor  -  {MAC_ADDR[0]}, {MAC_ADDR[1]}", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 5)
    d.set_font("Times", "", 10.5)
    d.cell(0, 5, fd(f, f["dec"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    x, y = d.get_x(), d.get_y()
    d.rect(x, y, 180, 27)
    rows = [("Beneficiary", f["name"], "Medicare Number", f["mbi"]),
            ("Internal Control Number", f["icn"], "Date of birth", fd(f, f["dob"])),
            ("Supplier", f["sup"], "Supplier NPI", f["npi"]),
            ("Date of service", fd(f, f["svc"]), "Amount billed", fmt_money(f["amt"])),
            ("Item", f"{f['desc']} ({f['code']} {f['mod']})", "Ordered by", f["doc"])]
    d.set_xy(x + 2, y + 1.5)
    for a, b, c, e in rows:
        d.set_x(x + 2)
        d.set_font("Times", "B", 9)
        d.cell(38, 4.8, a)
        d.set_font("Times", "", 9)
        d.cell(58, 4.8, b)
        d.set_font("Times", "B", 9)
        d.cell(30, 4.8, c)
        d.set_font("Times", "", 9)
        d.cell(0, 4.8, e, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 31)
    d.set_font("Times", "B", 12)
    d.cell(0, 6, "Notice of Initial Determination - Replacement Equipment Denied", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("Times", "", 10.5)
    what = {"cpap": "CPAP device", "wc": "wheelchair"}[f["item"]]
    paras = [f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:",
             f"We received a claim from {f['sup']} for a replacement {what} delivered to you on "
             f"{fd(f, f['svc'])}. Our records show that Medicare paid for a {what} for you that was delivered on "
             f"{fd(f, f['orig'])}.",
             "Medicare expects durable medical equipment to last for its reasonable useful lifetime (RUL), which is "
             "at least five years from the date you received it. Medicare pays for a replacement within the five "
             "years only if the item was lost or stolen, was damaged beyond repair in a specific incident, or your "
             f"medical condition changed so that the item no longer meets your needs. The records from {f['doc']} "
             "and the supplier do not show any of these. The claim is therefore denied.",
             "Because the supplier did not give you an Advance Beneficiary Notice, the supplier is responsible for "
             "this charge and you do not have to pay it. If the item needs repair, Medicare may pay for repairs."]
    for p in paras:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_font("Times", "B", 11)
    d.cell(0, 6, "Your right to a redetermination", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 10.5)
    if f["kind"] == "dl_date":
        ap = (f"If you disagree, you may ask for a redetermination. Your request must reach us by "
              f"{fd(f, f['dec'] + dt.timedelta(days=120))}.")
    else:
        ap = "If you disagree, you may ask for a redetermination within 120 days of the date of this letter."
    for p in [ap + f" Send it to {MAC}, Redeterminations, {MAC_ADDR[0]}, {MAC_ADDR[1]}, or fax {f['fax']}. "
              "Include a copy of this letter and any records that support your request.",
              f"Questions? Call 1-800-MEDICARE or our beneficiary line at {f['phone']}.",
              "Sincerely,", "Medical Review Department", MAC]:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)


def bw_head(d: Doc, f: dict, title: str) -> None:
    d.add_page()
    d.font(17, "B")
    d.cell(120, 8, "Brightwater")
    d.font(8)
    d.multi_cell(0, 3.8, f"{BW_ADDR[0]}\n{BW_ADDR[1]}\nMember Services {f['phone']}", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.font(9, "I")
    d.cell(0, 4.5, "Community Health Plan  -  a Medicaid managed care plan", new_x="LMARGIN", new_y="NEXT")
    d.rule(1.0, 5)
    d.font(13, "B")
    d.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(10)
    d.cell(0, 5, f"Notice date: {fd(f, f['dec'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for ln in (f["name"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.boxes([("Member", f["name"], 52), ("Member ID", f["bwid"], 34), ("Medicaid ID", f["medicaid"], 34),
             ("Reference number", f["ref"], 40)], value_size=9)
    d.boxes([("Requested by", f["sup"], 72), ("Prescriber", f["doc"], 62), ("Request received", fd(f, f["received"]), 26 + 4)],
            value_size=8.5)
    d.ln(4)


def bw_nabd(d: Doc, f: dict) -> None:
    bw_head(d, f, "Notice of Adverse Benefit Determination")
    what = {"bed": "semi-electric hospital bed (E0260)", "wc": "lightweight wheelchair (K0004)"}[f["item"]]
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]},", 10)
    d.para(f"We have denied the request from {f['sup']} for a replacement {what}. Requested delivery date: "
           f"{fd(f, f['req_date'])}. Amount requested: {fmt_money(f['amt'])}.", 10)
    d.para(f"Why we made this decision: Brightwater paid for your current {what.split(' (')[0]} on "
           f"{fd(f, f['orig'])}. Under the state Medicaid durable medical equipment rules, equipment is replaced "
           f"only after its reasonable useful lifetime of five years, unless it was lost, stolen or destroyed (with "
           f"a police or fire report) or your medical needs have changed. The request and the notes from your "
           f"prescriber do not show a change in your condition, and the supplier reported that the current item "
           f"can be repaired. You can ask the supplier to repair it.", 10)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    d.para(f"You can ask Brightwater for an appeal within 60 days of the date of this notice. Call {f['phone']} "
           f"or write to Brightwater Appeals, {BW_ADDR[0]}, {BW_ADDR[1]}. We will decide a standard appeal within "
           f"30 days, or within 72 hours if you ask for a fast appeal.", 10)
    d.para("If we uphold our decision, you can ask for a State Fair Hearing within 120 days of the date of our appeal "
           "decision.", 10)
    d.para(f"Sincerely,\nUtilization Management\n{BW}", 10)


def bw_approval(d: Doc, f: dict) -> None:
    bw_head(d, f, "Notice of Approval - Durable Medical Equipment")
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]},", 10)
    d.para(f"Good news. We approved the request from {f['sup']} for a replacement lightweight wheelchair (K0004). "
           f"Your current wheelchair was delivered on {fd(f, f['orig'])}, less than five years ago, but you sent us "
           f"police report number {f['police']} showing that it was stolen. Equipment that is stolen may be "
           f"replaced before its five-year reasonable useful lifetime.", 10)
    d.table(["Item", "Code", "Approved delivery date", "Amount requested", "Status"],
            [["Lightweight wheelchair", "K0004 NU", fd(f, f["req_date"]), fmt_money(f["amt"]), "Approved"]],
            [50, 24, 40, 36, 30], size=9)
    d.para("The supplier will contact you to arrange delivery. This approval is valid for 90 days. You do not need "
           "to do anything else.", 10)
    d.para(f"Questions? Call Member Services at {f['phone']} (TTY 711).\n\nSincerely,\nUtilization Management\n{BW}", 10)


def build(f):
    d = Doc("Helvetica", footer="Page {p} of {n}")
    {"msn": msn, "mac": mac_letter, "nabd": bw_nabd, "approval": bw_approval}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f):
    lay = f["layout"]
    if lay == "msn":
        total = f["amt"] + (f["repair"] if f["kind"] == "repair" else 0)
        alts = {"insurer": ["Centers for Medicare & Medicaid Services", MAC]}
        if f["kind"] == "repair":
            alts["claim_amount"] = [m2(f["amt"])]
        return truth("eob", "not_covered", "en", insurer="Medicare",
                     member_id=f"{f['mbi'][:4]}-{f['mbi'][4:7]}-{f['mbi'][7:]}", member_name=f["name"],
                     case_numbers=[f["msnclaim"]], claim_amount=m2(total), service_dates=[iso(f["svc"])],
                     denial_date=iso(f["dec"]), provider=f["sup"],
                     appeal_deadline=iso(f["dec"] + dt.timedelta(days=120)), alternates=alts,
                     denial_alternates=["medical_necessity"])
    if lay == "mac":
        return truth("denial_letter", "not_covered", "en", insurer=MAC, member_id=f["mbi"], member_name=f["name"],
                     case_numbers=[f["icn"]], claim_amount=m2(f["amt"]), service_dates=[iso(f["svc"])],
                     denial_date=iso(f["dec"]), provider=f["sup"],
                     appeal_deadline=iso(f["dec"] + dt.timedelta(days=120)),
                     alternates={"insurer": ["Medicare"]}, denial_alternates=["medical_necessity"])
    common = dict(insurer=BW, member_id=f["bwid"], member_name=f["name"], case_numbers=[f["ref"]],
                  claim_amount=m2(f["amt"]), service_dates=[iso(f["req_date"])], denial_date=iso(f["dec"]),
                  provider=f["sup"])
    alts = {"member_id": [f["medicaid"]], "claim_amount": [None], "service_dates": [[]]}
    if lay == "nabd":
        return truth("denial_letter", "not_covered", "en", appeal_deadline=iso(f["dec"] + dt.timedelta(days=60)),
                     alternates=alts, denial_alternates=["medical_necessity"], **common)
    return truth("other", None, "en", appeal_deadline=None, alternates=alts, **common)


# (suffix, condition, kind, item, layout, date style)
PLANS = [
    ("bd_msn_wheelchair_within_5_years", "born_digital", "deny", "wc", "msn", "slash"),
    ("scan300_mac_letter_cpap_replacement", "scan_clean_300", "deny", "cpap", "mac", "long"),
    ("lowres_medicaid_nabd_hospital_bed", "scan_lowres_150", "deny", "bed", "nabd", "abbr"),
    ("copy_msn_walker_replacement_repair_paid", "photocopy", "repair", "walker", "msn", "mdy_nopad"),
    ("faxf_medicaid_nabd_wheelchair_no_change", "fax_fine_g4", "deny", "wc", "nabd", "iso"),
    ("phone_medicaid_approval_after_theft", "phone_photo", "approve", "wc", "approval", "long"),
    ("rotated_mac_letter_wheelchair_by_date", "rotated", "dl_date", "wc", "mac", "dmy"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, item, layout, ds) in enumerate(PLANS):
        f = facts(random.Random(198600 + i), kind, item, ds)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
