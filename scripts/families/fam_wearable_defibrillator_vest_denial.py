"""Family 'wearable_defibrillator_vest_denial': plan and DME MAC notices about a wearable cardioverter-defibrillator
(HCPCS K0606, billed as a monthly rental, one unit per month). Denials because the ejection fraction (LVEF 35% or
less) or the waiting period after a heart attack / revascularization (40 or 90 days) is not documented, because the
rental ran past the approved months, or because no prior authorization was on file; one approval for three months;
one stack of the supplier's fax cover page in front of the plan's letter. Decoys: the cardiologist who ordered the
vest and their NPI, the echo date, the infarct date, the date of birth, the date received, authorization periods.
All values invented.

Issuers: Marlowe Ridge Health Plan, Osprey Point Health Insurance Company, Quenby DME Medicare Services, LLC (an
invented DME Medicare contractor), Tamarack Valley Health. Supplier fax cover: Lodestar Cardiac Home Medical, Inc.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "wearable_defibrillator_vest_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MR, OP, QD, TV = ("Marlowe Ridge Health Plan", "Osprey Point Health Insurance Company",
                  "Quenby DME Medicare Services, LLC", "Tamarack Valley Health")
ADDR = {MR: "PO Box 40417, Rapid City, SD 57709", OP: "2200 Gullhaven Parkway, Mobile, AL 36602",
        QD: "PO Box 6630, Jurisdiction D DME, Helena, MT 59604", TV: "88 Larchmont Street, Missoula, MT 59801"}
FIRST = ["Oluwaseun", "Margit", "Rajesh", "Thandiwe", "Bartholomew", "Ayumi", "Casimir", "Leilani", "Dragan",
         "Fenella", "Anwar", "Solveig"]
LAST = ["Adeyemi", "Kowalczyk", "Raghunathan", "Ndlovu", "Ashcombe", "Hoshino", "Wojcik", "Kahananui", "Petrovic",
        "Mulcahy", "Haddad", "Lindqvist"]
SUPPLIERS = ["Lodestar Cardiac Home Medical, Inc.", "Bellhaven Heart Rhythm Supply", "Cobalt Ridge Medical Equipment"]
DOCS = ["Ignatius P. Varga, MD", "Priyanka S. Menon, MD", "Hollis T. Greaves, DO", "Amara N. Okonkwo, MD"]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def who(r: Rand) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def facts(i: int, kind: str, ins: str, ds: str, ms: str, months: int, first_month: int) -> dict:
    r = Rand(165500 + i)
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    start = notice - dt.timedelta(days=r.randint(40, 70) + 30 * (first_month - 1))
    rate = float(r.choice([3150, 3275, 3420.5, 3598]))
    lines = []
    for k in range(months):
        m = first_month + k
        lines.append(dict(m=m, d=start + dt.timedelta(days=30 * (m - 1)), ch=rate))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, notice=notice, pat=who(r), sub=who(r), addr=r.address(),
             mid={MR: "MRH" + r.digits(9), OP: "OP" + r.digits(3) + "-" + r.digits(5), QD: r.digits(1) +
                  r.letters(2) + r.digits(1) + "-" + r.letters(2) + r.digits(1) + "-" + r.letters(2) + r.digits(2),
                  TV: "TVH" + r.digits(8)}[ins],
             grp=None if ins == QD else r.letters(2) + r.digits(5), claim=r.digits(4) + r.letters(1) + r.digits(8),
             ref="UM-" + r.digits(7), sup=r.choice(SUPPLIERS), doc=r.choice(DOCS), npi=r.npi(), snpi=r.npi(),
             dob=dt.date(r.randint(1940, 1975), r.randint(1, 12), r.randint(1, 28)), lines=lines, rate=rate,
             echo=start - dt.timedelta(days=r.randint(3, 9)), mi=start - dt.timedelta(days=r.randint(5, 12)),
             recv=notice - dt.timedelta(days=r.randint(8, 20)), ph=r.phone(), fax=r.phone(), ef=r.choice([30, 33, 38]))
    f["total"] = round(sum(x["ch"] for x in lines), 2)
    f["end"] = start + dt.timedelta(days=30 * 3 - 1)
    f["start"] = start
    return f


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def M(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def kv(d: Page, label: str, value: str, w: float = 52):
    d.font(9)
    d.cell(w, 5, label)
    d.font(9.5, "B")
    d.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def letterhead(d: Page, f: dict):
    ins = f["ins"]
    if ins == MR:
        d.text_line("MARLOWE RIDGE", 20, "B")
        d.text_line("Health Plan  |  Utilization Management  |  " + ADDR[MR], 8)
        d.rule(0.7)
    elif ins == OP:
        d.text_line(OP, 13, "B", "C")
        d.text_line(ADDR[OP] + "   Member Services " + f["ph"], 8.5, "", "C")
        d.ln(2)
    elif ins == TV:
        d.text_line(TV, 15, "B")
        d.text_line(ADDR[TV], 9)
        d.text_line("Phone " + f["ph"] + "   Fax " + f["fax"], 9)
        d.rule(0.3)
    else:
        d.text_line(QD, 12, "B")
        d.text_line("A Medicare Administrative Contractor for durable medical equipment (fictional)", 8)
        d.text_line(ADDR[QD], 8.5)
        d.rule(0.5)
    d.ln(4)


REASON = {
    "ef": ("The records sent with the claim do not document a left ventricular ejection fraction of 35% or less. "
           "Our policy for a wearable cardioverter-defibrillator (WCD) requires an LVEF of 35% or less measured "
           "after the qualifying event, or another listed condition such as a prior sudden cardiac arrest. The "
           "echocardiogram of {echo} reports an ejection fraction of {ef}%. Based on this, the vest is not "
           "medically necessary for this member."),
    "wait": ("A wearable defibrillator is covered while a member waits out the 40 days after a heart attack (or the "
             "90 days after bypass surgery or a stent) before an implanted defibrillator can be considered. The "
             "records do not show the date of the qualifying event or that the member is in this waiting period; "
             "the notes mention a myocardial infarction on {mi} but no ejection fraction after it. The coverage "
             "criteria are not met, so the rental is denied as not medically necessary."),
    "months": ("The wearable defibrillator was approved for three monthly rental units, {start} through {end}. "
               "The months listed below are past the approved period and no request to extend the rental was "
               "received. Extra months are not covered without a new review."),
    "pa": ("Rental of a wearable cardioverter-defibrillator (K0606) requires prior authorization under your plan. "
           "We have no authorization on file for this member and supplier for these dates, so the claim was "
           "denied. The member may not be billed for these charges by a network supplier."),
}


def claim_table(d: Page, f: dict, paid: bool = False):
    rows = [[D(f, x["d"]), "K0606", f"WCD rental, month {x['m']}", "1", M(f, x["ch"]),
             M(f, x["ch"] * 0.62 if paid else 0), M(f, x["ch"] * 0.62 if paid else 0)] for x in f["lines"]]
    rows.append(["*Total", "", "", str(len(f["lines"])), M(f, f["total"]), M(f, f["total"] * 0.62 if paid else 0),
                 M(f, f["total"] * 0.62 if paid else 0)])
    d.table(["Service date", "Code", "Description", "Units", "Billed", "Allowed", "Paid"], rows,
            [27, 16, 46, 13, 26, 23, 23], 8.6, "LLLRRRR")


def letter(d: Page, f: dict):
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["sub"] if f["kind"] == "pa" else f["pat"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION" if f["kind"] != "approve" else
                "NOTICE OF APPROVAL - DURABLE MEDICAL EQUIPMENT", 12, "B")
    d.ln(1)
    rows = [("Member:", f["pat"]), ("Member ID:", f["mid"])]
    if f["grp"]:
        rows.append(("Group number:", f["grp"]))
    rows.append(("Date of birth:", D(f, f["dob"])))
    if f["kind"] == "approve":
        rows += [("Authorization number:", f["ref"]), ("Supplier:", f"{f['sup']}  NPI {f['snpi']}"),
                 ("Ordering physician:", f"{f['doc']}  NPI {f['npi']}"), ("Request received:", D(f, f["recv"]))]
    else:
        rows += [("Claim number:", f["claim"]), ("Review reference:", f["ref"]), ("Supplier:", f["sup"]),
                 ("Prescribing cardiologist:", f"{f['doc']} (NPI {f['npi']})"), ("Claim received:", D(f, f["recv"]))]
    for a, b in rows:
        kv(d, a, b)
    d.ln(3)
    if f["kind"] == "approve":
        d.para(f"Dear {f['pat'].split()[0]} {f['pat'].split()[-1]}: We approved the request from {f['sup']} for a "
               f"wearable cardioverter-defibrillator (K0606, monthly rental). The echocardiogram of "
               f"{D(f, f['echo'])} shows an ejection fraction of {f['ef']}% after the heart attack of "
               f"{D(f, f['mi'])}, which meets our criteria.", 10)
        kv(d, "Approved:", "3 monthly rental units (K0606 x 3)")
        kv(d, "Approved period:", f"{D(f, f['start'])} through {D(f, f['end'])}")
        d.ln(2)
        d.para("If the vest is still needed after the approved period, the supplier must send a new request with "
               "an updated ejection fraction and the cardiologist's plan before the period ends. Approval is not a "
               "guarantee of payment; benefits depend on eligibility on the date of service.", 10)
    else:
        d.para(f"We reviewed the claim from {f['sup']} for rental of a wearable cardioverter-defibrillator (LifeVest "
               "type garment). The claim is denied.", 10)
        d.text_line("Why we denied it", 10.5, "B")
        d.para(REASON[f["kind"]].format(echo=D(f, f["echo"]), ef=f["ef"], mi=D(f, f["mi"]), start=D(f, f["start"]),
                                         end=D(f, f["end"])), 10)
        claim_table(d, f)
        d.text_line("Your right to appeal", 10.5, "B")
        if f["ins"] == OP:
            d.para(f"You or your supplier may appeal. Your written appeal must be received by "
                   f"{D(f, f['notice'] + dt.timedelta(days=180))}. An expedited appeal is decided within 72 hours "
                   "when waiting could seriously harm your health.", 10)
        else:
            d.para("You may ask for an appeal within 180 days of the date of this letter. Send it to Appeals, "
                   f"{ADDR[f['ins']]}, or fax {f['fax']}. You may also ask for an external review after the "
                   "internal appeal. For an urgent situation, call us for an expedited appeal (72 hours).", 10)
        d.para(f"Questions? Call {f['ph']} (TTY 711). A medical director, board-certified in cardiology, made "
               "this decision.", 9)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Utilization Management Department", 10)
    d.text_line(f["ins"], 10)


def eob(d: Page, f: dict):
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    d.boxes([("Statement date", D(f, f["notice"]), 40), ("Member", f["pat"], 62), ("Member ID", f["mid"], 40),
             ("Group", f["grp"] or "-", 32)])
    d.boxes([("Claim number", f["claim"], 48), ("Supplier", f["sup"], 82), ("Received", D(f, f["recv"]), 44)])
    d.ln(3)
    d.font(8.5)
    d.cell(0, 5, f"Ordered by: {f['doc']}  NPI {f['npi']}   Patient DOB {D(f, f['dob'])}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[D(f, x["d"]), "K0606", f"Wearable defib. month {x['m']}", "1", M(f, x["ch"]), M(f, 0), M(f, 0),
             "PA1" if f["kind"] == "pa" else "RX4"] for x in f["lines"]]
    rows.append(["*Claim total", "", "", "", M(f, f["total"]), M(f, 0), M(f, 0), ""])
    d.table(["Date", "Code", "Service", "Units", "Billed", "Allowed", "Plan paid", "Note"], rows,
            [25, 15, 46, 11, 25, 20, 20, 12], 8.4, "LLLRRRRL")
    d.text_line("Notes", 10, "B")
    if f["kind"] == "pa":
        d.para("PA1  Prior authorization was required for this item and was not obtained. Because the supplier is "
               "in our network, you do not owe the billed amount.", 9)
    else:
        d.para("RX4  Rental months beyond the approved period. " + REASON["months"].format(
            start=D(f, f["start"]), end=D(f, f["end"]), echo="", ef="", mi=""), 9)
    d.para("Amount you may owe the supplier: " + M(f, 0), 9)
    d.text_line("Appeal rights", 10, "B")
    d.para("If you disagree, you may file an appeal within 180 days of the date of this statement. Call "
           f"{f['ph']} or write to {f['ins']}, Appeals Unit, {ADDR[f['ins']]}.", 9)


def mac_notice(d: Page, f: dict):
    d.add_page()
    letterhead(d, f)
    d.text_line("NOTICE OF INITIAL DETERMINATION - SUPPLIER", 12, "B")
    d.ln(1)
    d.boxes([("Notice date", D(f, f["notice"]), 38), ("Beneficiary", f["pat"], 62), ("Medicare number", f["mid"], 44),
             ("DOB", D(f, f["dob"]), 30)])
    d.boxes([("Claim control number", f["claim"], 54), ("Supplier", f["sup"], 80), ("Date received", D(f, f["recv"]),
                                                                                     40)])
    d.ln(3)
    d.font(8.5)
    d.cell(0, 5, f"Supplier NPI {f['snpi']}    Ordering physician: {f['doc']}  NPI {f['npi']}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[D(f, x["d"]), "K0606 RR KX", "1", M(f, x["ch"]), M(f, 0), "CO-50", "N115"] for x in f["lines"]]
    rows.append(["*Total", "", "", M(f, f["total"]), M(f, 0), "", ""])
    d.table(["From date", "HCPCS/mod", "Units", "Billed", "Paid", "CARC", "RARC"], rows, [28, 30, 14, 30, 26, 22, 24],
            8.6, "LLRRRLL")
    d.para("CO-50: These are non-covered services because this is not deemed a 'medical necessity' by the payer. "
           "N115: This decision was based on a Local Coverage Determination (LCD) for wearable "
           "cardioverter-defibrillators.", 9)
    d.para(REASON[f["kind"]].format(echo=D(f, f["echo"]), ef=f["ef"], mi=D(f, f["mi"]), start=D(f, f["start"]),
                                    end=D(f, f["end"])), 9)
    d.text_line("Redetermination", 10, "B")
    d.para("You may request a redetermination within 120 days of the date you receive this notice. Requests must "
           f"be received by {D(f, f['notice'] + dt.timedelta(days=125))}. Write to Redeterminations, {ADDR[QD]}.", 9)


def fax_cover(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(f["sup"], 14, "B")
    d.text_line("Billing & Insurance Verification  |  1207 Anchorage Way, Tacoma, WA 98402", 8.5)
    d.ln(6)
    d.text_line("FAX", 26, "B")
    d.ln(3)
    for a, b in (("To:", f"Office of {f['doc']}"), ("Fax:", f["fax"]), ("From:", "Reimbursement team"),
                 ("Date:", D(f, f["notice"] + dt.timedelta(days=3))), ("Pages:", "2 including cover"),
                 ("Re:", f"Patient {f['pat']} - WCD claim denied")):
        kv(d, a, b, 25)
    d.ln(5)
    d.para("Attached is the plan's denial for the wearable defibrillator rental. To appeal we need a copy of the "
           "echocardiogram showing the ejection fraction and the date of the infarct. Please send the notes "
           "within 10 business days.", 10)
    d.ln(3)
    d.para("CONFIDENTIALITY: this transmission may contain protected health information. If you received it in "
           "error, call us and destroy it.", 8)
    return pdf_bytes(d)


def build(f: dict, mode: str) -> bytes:
    d = Page()
    {"letter": letter, "eob": eob, "mac": mac_notice}[mode](d, f)
    return pdf_bytes(d)


def make_truth(f: dict, mode: str) -> dict:
    k = f["kind"]
    alts: dict = {}
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["pat"],
                  denial_date=iso(f["notice"]), provider=f["sup"])
    if k == "approve":
        alts["service_dates"] = [[iso(f["start"])]]
        return truth("other", None, alternates=alts, case_numbers=[f["ref"]],
                     service_dates=[iso(f["start"], f["end"])], **common)
    cases = [f["claim"]] + ([f["ref"]] if mode == "letter" else [])
    if mode == "letter":
        alts["case_numbers"] = [[f["claim"]]]
    days = 125 if mode == "mac" else 180
    if mode == "mac":
        alts["insurer"] = ["Medicare"]
    den = {"ef": "medical_necessity", "wait": "medical_necessity", "months": "not_covered",
           "pa": "prior_authorization"}[k]
    dalt = {"ef": [], "wait": [], "months": ["prior_authorization", "medical_necessity"], "pa": []}[k]
    if mode == "mac" and k == "months":
        den, dalt = "medical_necessity", ["not_covered", "prior_authorization"]
    return truth("eob" if mode == "eob" else "denial_letter", den, alternates=alts, denial_alternates=dalt,
                 case_numbers=cases, claim_amount=m2(f["total"]), service_dates=[iso(x["d"]) for x in f["lines"]],
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=days)),
                 type_alternates=["denial_letter"] if mode == "eob" else [], **common)


# (suffix, condition, kind, insurer, mode, date style, money style, months, first month, stack)
PLAN = [
    ("bd_letter_ejection_fraction_not_documented", "born_digital", "ef", MR, "letter", "slash", "plain", 1, 1, False),
    ("bd_dme_mac_rental_past_approved_months", "born_digital", "months", QD, "mac", "iso", "plain", 2, 4, False),
    ("scan300_approval_three_months", "scan_clean_300", "approve", TV, "letter", "long", "plain", 0, 1, False),
    ("lowres_eob_no_prior_authorization", "scan_lowres_150", "pa", OP, "eob", "abbr", "nosign", 2, 1, False),
    ("faxstd_supplier_cover_and_waiting_period_letter", "fax_standard_g4", "wait", OP, "letter", "dmy", "plain", 1, 1,
     True),
    ("copy_eob_months_four_five_past_approval", "photocopy", "months", TV, "eob", "upper", "usd", 2, 4, False),
    ("photo_letter_no_prior_authorization", "phone_photo", "pa", MR, "letter", "long", "plain", 1, 1, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, mode, ds, ms, n, m0, stacked) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms, n, m0)
        doc = (build(f, mode), make_truth(f, mode))
        items.append(Item(f"{FAMILY}_{suffix}", cond, [doc], separators=[fax_cover(f)] if stacked else None))
    return items
