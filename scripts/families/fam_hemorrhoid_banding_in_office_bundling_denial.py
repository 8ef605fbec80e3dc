"""Family 'hemorrhoid_banding_in_office_bundling_denial': office hemorrhoid treatment by a colorectal practice -
rubber band ligation (46221), ligation other than rubber band (46945), anoscopy (46600) and the E/M visit of the
same day (99213/99214 with modifier 25) - refused because one service is bundled into another (NCCI edits, the
10-day global period of a banding) or because the plan's banding frequency limit is reached.

Documents: a commercial EOB with three claims (a paid new-patient visit, the banding claim whose anoscopy line is
denied as included in the banding, a later paid banding); a standard-fax stack of a cover sheet, a TPA's prose
letter refusing 46945 billed with 46221 on the same column and the practice's patient statement; a paid corrected
claim (modifier XS) EOB; a photocopied request for the procedure note that holds a claim (refuses nothing); a
sideways sidebar letter refusing a fourth banding session within 12 months; a phone photo of a Medicare Advantage
CMS-10003 style notice refusing payment for the same-day E/M visit; a low-resolution upheld second-level appeal.

Decoys: DOB, NPIs, tax ID, patient account numbers, the prior banding and its date, the original claim replaced by
the corrected one, paid lines and paid claims, allowed/paid/you-owe amounts, the 72-hour, 4-month and 45-day
limits, form and material numbers, a phone-line season. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hemorrhoid_banding_in_office_bundling_denial"
LANG = "en"
SEED = 312500
FONTS = "/usr/share/fonts/truetype/dejavu/"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16), serif=False):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", FONTS + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONTS + "DejaVuSans-Oblique.ttf")
        if serif:
            self.add_font("Serif", "", FONTS + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", FONTS + "DejaVuSerif-Bold.ttf")
            self.base_font = "Serif"


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def who(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    dob = dt.date(r.randint(1948, 1994), r.randint(1, 12), r.randint(1, 28))
    doc_first = r.choice(["Priyanka", "Anders", "Celeste", "Rohan", "Miriam", "Tobias", "Oona", "Felix"])
    doc_last = r.choice(["Halvorsen", "Achebe", "Lindqvist", "Moreau", "Castellano", "Whitcombe", "Iwasaki"])
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, dob=dob,
                doc=f"{doc_first} {r.choice('BCDEHKLMRT')}. {doc_last}", npi=r.npi(), tin=f"{r.digits(2)}-{r.digits(7)}")


PRACTICES = ["Larkspur Colorectal & Pelvic Floor Associates", "Tamarack Colon and Rectal Surgeons",
             "Bayfront Anorectal Care Center"]


# ---------------------------------------------------------------- 0: three-claim EOB, anoscopy bundled (born digital)
def doc_three_claim_eob(r: Rand) -> tuple[bytes, dict]:
    f = who(r)
    ins = "Kestrel Bay Health Insurance Company"
    mid, grp = f"KBH{r.digits(9)}", f"{r.digits(6)}-{r.letters(1)}"
    prac = PRACTICES[0]
    c1, c2, c3 = (f"{r.digits(3)}{r.letters(2)}{r.digits(7)}" for _ in range(3))
    d0 = f["dos"] - dt.timedelta(days=r.randint(18, 30))
    d2 = f["dos"] + dt.timedelta(days=r.randint(31, 40))
    issued = d2 + dt.timedelta(days=r.randint(12, 20))
    claims = [
        (c1, d0, [("99204", "New patient office visit, moderate", 345.00, 231.40, 191.40, 40.00, "")], "Processed"),
        (c2, f["dos"], [("46221", "Internal hemorrhoid band ligation", 612.00, 288.15, 288.15, 0.0, ""),
                        ("46600", "Anoscopy, diagnostic", 238.00, 0.0, 0.0, 0.0, "CO-97 / N19")], "Partially denied"),
        (c3, d2, [("46221", "Internal hemorrhoid band ligation", 612.00, 288.15, 288.15, 0.0, "")], "Processed"),
    ]
    d = Page("Kestrel Bay Health  |  Explanation of Benefits  |  This is not a bill  |  page {p} of {n}",
             header=f"{f['member']}  -  Member ID {mid}  -  issued {fmt_date(issued, 'abbr')}")
    d.add_page()
    d.set_fill_color(30, 60, 90)
    d.rect(0, 0, d.w, 22, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(16, 6)
    d.font(17, "B")
    d.cell(0, 8, "KESTREL BAY HEALTH")
    d.set_xy(16, 14)
    d.font(8.5)
    d.cell(0, 5, f"{ins}  -  PO Box 7710, Gull Harbor, ME 04011  -  Member line {ph(r)}")
    d.set_text_color(0, 0, 0)
    d.set_y(28)
    d.text_line("Your Explanation of Benefits", 13, "B", h=7)
    d.text_line("This is not a bill. Keep it with your health records.", 8.5, h=5)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.2, h=4.6)
    d.set_y(y)
    for lab, val in [("Date issued", fmt_date(issued, "abbr")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group", grp), ("Date of birth", fmt_date(f["dob"], "slash"))]:
        d.set_x(120)
        d.font(8.6)
        d.cell(30, 4.7, lab)
        d.font(8.6, "B")
        d.cell(0, 4.7, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.text_line("Claims in this statement", 10.5, "B", h=6)
    for c, day, lines, status in claims:
        d.set_fill_color(232, 236, 240)
        d.font(8.6, "B")
        d.cell(0, 5.5, f"Claim {c}   |   {prac}   |   {f['doc']}   |   {status}", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        rows = [[fmt_date(day, "slash"), c_, ds, fmt_money(b, "nosign"), fmt_money(a, "nosign"),
                 fmt_money(p, "nosign"), fmt_money(o, "nosign"), rm] for c_, ds, b, a, p, o, rm in lines]
        rows.append(["*Claim total", "", "", fmt_money(sum(x[2] for x in lines), "nosign"),
                     fmt_money(sum(x[3] for x in lines), "nosign"), fmt_money(sum(x[4] for x in lines), "nosign"),
                     fmt_money(sum(x[5] for x in lines), "nosign"), ""])
        d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Plan paid", "Your share", "Notes"],
                rows, [23, 14, 54, 19, 18, 19, 19, 18], size=7.9, aligns="LLLRRRRL")
    d.text_line("Notes", 10, "B", h=6)
    d.para("CO-97  The benefit for this service is included in the payment or allowance for another service or "
           "procedure that has already been adjudicated.", 8.4, gap=1)
    d.para(f"N19  Procedure code incidental to primary procedure. Under the National Correct Coding Initiative edit "
           f"pair 46221/46600, an anoscopy done at the same session as a hemorrhoid banding is part of the banding. "
           f"The provider may not bill you for the anoscopy on claim {c2}.", 8.4)
    d.text_line("Your plan year", 10, "B", h=6)
    d.para(f"Deductible $750.00 of $750.00 met. Out-of-pocket $1,218.35 of $4,500.00 met. Example only: a banding "
           f"billed at $500.00 with a $300.00 allowance would leave you $0.00 to pay after your deductible is met.", 8.4)
    d.text_line("If you disagree with a decision on this statement", 10, "B", h=6)
    d.para("You or your provider may appeal within 180 days of the date of this statement. Write to Kestrel Bay "
           "Health Appeals, PO Box 7715, Gull Harbor, ME 04011, or call the member line. If waiting would seriously "
           "harm your health, ask for an expedited appeal (decided within 72 hours). After our final decision you "
           f"may ask for an external review within 4 months. Provider NPI {f['npi']}.", 8.4)
    billed = 612.00 + 238.00
    t = truth("eob", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(issued),
              provider=f["doc"], appeal_deadline=iso(issued + dt.timedelta(days=180)),
              denial_alternates=["other"],
              alternates={"provider": [prac], "claim_amount": ["238.00"], "insurer": ["Kestrel Bay Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: TPA letter + practice statement
def doc_tpa_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    tpa = "Ashgrove Claims Administration, LLC"
    plan = "Three Rivers Transit Authority Employee Health Benefit Plan"
    letter = f["dos"] + dt.timedelta(days=r.randint(24, 34))
    f["letter"] = letter
    d = Page(None, margins=(24, 20, 24), serif=True)
    d.add_page()
    d.text_line("ASHGROVE CLAIMS ADMINISTRATION", 13, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.6, h=4.5)
    d.text_line(f"1400 Ashgrove Parkway, Suite 300, Cedar Bluff, IA 52401  |  Fax {ph(r)}", 8.6, h=4.5)
    d.ln(9)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We have finished processing claim number {f['claim']} that {f['doc']} of {f['prac']} sent us for care "
           f"you received on {fmt_date(f['dos'], 'long')}. The claim listed rubber band ligation of an internal "
           f"hemorrhoid (46221) and ligation of a hemorrhoid by a method other than a rubber band (46945), with total "
           f"charges of {fmt_money(f['billed'])}. Your member identification number is {f['mid']} and your group "
           f"number is {f['grp']}.", 10.5)
    d.para("The plan paid the rubber band ligation. We cannot pay the separate charge for 46945. The procedure "
           "note shows both treatments were done on the same hemorrhoid column during the same visit. National "
           "Correct Coding Initiative edits do not allow 46945 to be reported with 46221 for the same column "
           "unless a modifier shows a separate site, and no modifier was billed. The plan follows these coding "
           "edits under Article 7.4 of the Plan Document. Because this is a coding rule, the provider has agreed "
           "not to bill you for the amount we did not pay.", 10.5)
    d.para("You have the right to appeal. Your written appeal must reach us within 180 days of the date of this "
           "letter. You may send comments, records and anything else you want us to consider, and you may ask for "
           "free copies of the documents we used. If your appeal is denied you may bring a civil action under "
           "section 502(a) of ERISA.", 10.5)
    d.para(f"Diagnosis and procedure codes and their meanings are available on request. Questions: call us at "
           f"{ph(r)}, Monday to Friday.", 10.5)
    d.para("Sincerely,\n\nBenefit Determinations Unit\nAshgrove Claims Administration, LLC", 10.5)
    t = truth("denial_letter", "coding_error", insurer=tpa, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=f["doc"],
              appeal_deadline=iso(letter + dt.timedelta(days=180)), denial_alternates=["other"],
              alternates={"provider": [f["prac"]], "insurer": [plan], "claim_amount": [m2(f["l2"])]})
    return pdf_bytes(d), t


def doc_practice_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["letter"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"LCP-{r.digits(6)}"
    paid = round(f["l1"] * 0.52, 2)
    adj = round(f["billed"] - paid, 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.rect(14, 12, 60, 254, "F")
    d.set_xy(17, 16)
    d.font(12, "B")
    d.multi_cell(54, 6, f["prac"], new_x="LEFT", new_y="NEXT")
    d.set_x(17)
    d.font(7.8)
    d.multi_cell(54, 4, f"88 Quarry Street, Suite 210\nCedar Bluff, IA 52402\nBilling {ph(r)}\nTax ID {f['tin']}",
                 new_x="LEFT", new_y="NEXT")
    d.ln(6)
    for lab, val in [("ACCOUNT", acct), ("STATEMENT", fmt_date(stmt, "slash")), ("PATIENT", f["member"]),
                     ("BALANCE NOW DUE", fmt_money(0)), ("PHYSICIAN", f["doc"])]:
        d.set_x(17)
        d.font(6.8, "B")
        d.cell(54, 3.6, lab, new_x="LEFT", new_y="NEXT")
        d.set_x(17)
        d.font(9.4)
        d.multi_cell(54, 4.8, val, new_x="LEFT", new_y="NEXT")
        d.ln(2.5)
    d.set_xy(80, 16)
    d.font(15, "B")
    d.cell(0, 8, "Patient Account Statement", new_x="LMARGIN", new_y="NEXT")
    d.set_x(80)
    d.font(8.6)
    d.multi_cell(120, 4.5, f"Guarantor: {f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_left_margin(80)
    d.set_x(80)
    rows = [[fmt_date(f["dos"], "slash"), "46221", "Band ligation, internal", fmt_money(f["l1"], "nosign")],
            [fmt_date(f["dos"], "slash"), "46945", "Ligation, single column", fmt_money(f["l2"], "nosign")],
            ["", "", "*Total charges", fmt_money(f["billed"], "nosign")],
            [fmt_date(f["letter"], "short"), "", "Ashgrove pmt  clm " + f["claim"], "-" + fmt_money(paid, "nosign")],
            [fmt_date(f["letter"], "short"), "", "Contractual adj. (NCCI)", "-" + fmt_money(adj, "nosign")],
            ["", "", "*Balance", "0.00"]]
    d.table(["Date", "CPT", "Item", "Amount"], rows, [20, 16, 60, 22], size=8.2, aligns="LLLR")
    d.para("Your employer plan, administered by Ashgrove Claims Administration, paid the band ligation. The second "
           "ligation code was not allowed under a coding edit and has been written off under our contract. You owe "
           "nothing for this visit.", 8.8)
    d.para("Follow-up reminder: your recheck visit is due in 6 to 8 weeks. Please call to schedule.", 8.8)
    d.set_left_margin(14)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["doc"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["prac"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = who(r)
    f.update(prac=PRACTICES[0], mid=f"TRT{r.digits(8)}", grp=f"{r.digits(5)}", claim=f"{r.digits(2)}-{r.digits(9)}")
    f["l1"], f["l2"] = 585.00, 410.00
    f["billed"] = f["l1"] + f["l2"]
    letter = doc_tpa_letter(r, f)
    stmt = doc_practice_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [letter, stmt], separators=["cover", None])


# ---------------------------------------------------------------- 2: corrected claim paid (scan)
def doc_corrected_paid(r: Rand) -> tuple[bytes, dict]:
    f = who(r)
    ins = "Northfield Prairie Health Plan"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"NP{r.digits(5)}"
    orig, new = f"{r.digits(12)}", f"{r.digits(12)}"
    prac = PRACTICES[1]
    proc = f["dos"] + dt.timedelta(days=r.randint(40, 55))
    lines = [("99213-25", "Office visit, established", 198.00, 121.06, 96.85), ("46221", "Hemorrhoid banding", 540.00,
             262.70, 210.16), ("46930-XS", "Infrared coagulation, separate column", 455.00, 199.34, 159.47)]
    billed = sum(x[2] for x in lines)
    d = Page("Northfield Prairie Health Plan - claim summary - {p}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Northfield Prairie Health Plan", 16, "B", h=8)
    d.text_line("CLAIM SUMMARY  -  CORRECTED CLAIM", 10, "B", h=5.5)
    d.rule(0.5, 4)
    d.boxes([("Processed on", fmt_date(proc, "iso"), 34), ("Subscriber / patient", f["member"], 56),
             ("ID number", mid, 36), ("Employer group", grp, 30), ("Patient DOB", fmt_date(f["dob"], "iso"), 24)])
    d.boxes([("Corrected claim no.", new, 44), ("Replaces claim no.", orig, 44), ("Billing practice", prac, 92)])
    d.ln(4)
    d.para(f"Your provider, {f['doc']}, sent a corrected claim (claim frequency 7) for the visit on "
           f"{fmt_date(f['dos'], 'iso')}. The first claim was returned because the coagulation code lacked a "
           "modifier; the corrected claim shows the coagulation was done on a separate hemorrhoid column. We have "
           "processed it as shown below. Nothing on this claim was denied.", 9.2)
    rows = [[fmt_date(f["dos"], "iso"), c, ds, fmt_money(b), fmt_money(a), fmt_money(p), fmt_money(round(a - p, 2))]
            for c, ds, b, a, p in lines]
    rows.append(["*Totals", "", "", fmt_money(billed), fmt_money(sum(x[3] for x in lines)),
                 fmt_money(sum(x[4] for x in lines)), fmt_money(round(sum(x[3] - x[4] for x in lines), 2))])
    d.table(["Date", "Procedure", "Service", "Billed", "Allowed", "We paid", "Coinsurance"], rows,
            [22, 20, 54, 20, 20, 20, 22], size=8.3, aligns="LLLRRRR", head_fill=True)
    d.para("Your coinsurance is 20% of the allowed amount. The practice is in network and may bill you only the "
           "coinsurance shown. Any amount billed above the allowed amount has been written off.", 8.8)
    d.para("Questions or disagreements: call 1-555-0140 (8 a.m. to 8 p.m. local time; 7 days a week from October 1 to "
           "March 31). You may ask for a review of any claim within 180 days after you receive this summary.", 8.8)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[new], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(proc),
              provider=f["doc"], type_alternates=["other"],
              alternates={"provider": [prac], "case_numbers": [[new, orig]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: request for the procedure note (photocopy)
def doc_records_request(r: Rand) -> tuple[bytes, dict]:
    f = who(r)
    ins = "Copperline Mutual Benefit Association"
    mid = f"CM-{r.digits(4)}-{r.digits(4)}"
    grp = f"{r.letters(3)}-{r.digits(4)}"
    claim = f"{r.digits(4)}{r.letters(1)}{r.digits(6)}"
    prac = PRACTICES[2]
    sent = f["dos"] + dt.timedelta(days=r.randint(15, 24))
    billed = r.choice([1185.00, 1242.50, 1306.00])
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Copperline Mutual", 15, "B", h=7.5)
    d.text_line("Benefit Association  *  Claims Services  *  PO Box 220, Ore City, MT 59701", 8.4, h=4.5)
    d.ln(6)
    d.text_line("WE NEED MORE INFORMATION TO FINISH YOUR CLAIM", 11.5, "B", h=7)
    d.ln(2)
    for lab, val in [("Mailed", fmt_date(sent, "dmy")), ("To", f"{f['member']}, {f['addr'][0]}, {f['addr'][1]}"),
                     ("Copy to", f"{f['doc']}, {prac} (NPI {f['npi']})"), ("Certificate no.", mid),
                     ("Group", grp), ("Claim reference", claim), ("Service date", fmt_date(f["dos"], "dmy")),
                     ("Amount submitted", fmt_money(billed))]:
        d.font(9.4, "B")
        d.cell(38, 5.4, lab)
        d.font(9.4)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("This is not a denial. Your claim for hemorrhoid banding (46221) and the office visit of the same day "
           "(99214 with modifier 25) is on hold while we review it. To decide whether the visit was a separate "
           "service from the banding, we need the office visit note and the procedure note for that date.", 9.8)
    d.para("We have asked your provider to send the notes. If we do not receive them within 45 days of the date "
           "this letter was mailed, we will decide the claim with the information we have. You do not need to do "
           "anything unless your provider asks you to sign a records release.", 9.8)
    d.para("Please do not pay any bill for this service until you receive our Explanation of Benefits.", 9.8)
    d.para("Copperline Mutual Benefit Association, Claims Services", 9.8)
    d.text_line("CMBA-RFI-12 (rev. 03/2025)", 7.5, h=4)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(sent),
              provider=f["doc"], alternates={"provider": [prac], "insurer": ["Copperline Mutual"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: frequency limit letter with sidebar (rotated)
def doc_frequency_letter(r: Rand) -> tuple[bytes, dict]:
    f = who(r)
    ins = "Juniper Crest Health Insurance, Inc."
    mid, grp = f"J{r.digits(10)}", f"{r.digits(7)}"
    ref = f"UM-{r.digits(4)}-{r.digits(5)}"
    prac = PRACTICES[1]
    notice = f["dos"] - dt.timedelta(days=r.randint(6, 12))
    by = notice + dt.timedelta(days=r.randint(178, 184))
    prior = sorted(f["dos"] - dt.timedelta(days=x) for x in (r.randint(40, 60), r.randint(100, 130), r.randint(170, 200)))
    d = Page("Juniper Crest Health  -  Coverage decision  -  {p}/{n}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("JUNIPER CREST HEALTH", 15, "B", h=7.5)
    d.text_line(f"{ins}  |  Utilization Management  |  1 Crest Plaza, Boulder Flats, CO 80302", 8.2, h=4.4)
    d.rule(0.6, 5)
    top = d.get_y()
    d.set_fill_color(238, 238, 238)
    d.rect(142, top, 60, 118, "F")
    d.set_xy(145, top + 3)
    for lab, val in [("Decision date", fmt_date(notice, "long")), ("Patient", f["member"]), ("Member number", mid),
                     ("Group number", grp), ("Review reference", ref), ("Requested by", f["doc"]),
                     ("Planned date", fmt_date(f["dos"], "long")), ("Appeal must reach us by", fmt_date(by, "long"))]:
        d.set_x(145)
        d.font(7, "B")
        d.cell(54, 3.6, lab, new_x="LEFT", new_y="NEXT")
        d.set_x(145)
        d.font(9)
        d.multi_cell(54, 4.6, val, new_x="LEFT", new_y="NEXT")
        d.ln(2)
    d.set_xy(14, top)
    w = 122
    d.para(f["member"] + "\n" + "\n".join(f["addr"]), 9.6, w=w, gap=5)
    d.font(11, "B")
    d.multi_cell(w, 5.5, "We cannot approve another hemorrhoid banding session", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"{f['doc']} of {prac} asked us to approve rubber band ligation of internal hemorrhoids (CPT 46221) "
           "in the office. We reviewed the request and your claims history.", 9.6, w=w)
    d.para("Your plan covers up to three banding sessions in any 12 months (Certificate of Coverage, Section 5.18, "
           "Anorectal Procedures). Our records show three sessions in the last 12 months, on "
           f"{fmt_date(prior[0], 'slash')}, {fmt_date(prior[1], 'slash')} and {fmt_date(prior[2], 'slash')}. A fourth "
           "session is over the benefit limit, so it is not covered. If the hemorrhoids have not responded to banding, "
           "your surgeon may ask us about a different treatment, such as a surgical hemorrhoidectomy.", 9.6, w=w)
    d.para("This decision was made by a board-certified general surgeon. You may ask for a free copy of the "
           "benefit provision and any guideline we used.", 9.6, w=w)
    d.set_y(max(d.get_y(), top + 122))
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para(f"Send your appeal by the date shown in the box (it must reach us by {fmt_date(by, 'long')}). You can fax "
           f"it to {ph(r)} or mail it to Appeals, PO Box 3301, Boulder Flats, CO 80302. If waiting for a standard "
           "appeal could seriously harm your health, you or your doctor may ask for an urgent appeal; we decide "
           "those within 72 hours. After our final decision you may ask the Colorado Division of Insurance for an "
           "independent external review within 4 months.", 9.2)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(by), denial_alternates=["medical_necessity"],
              alternates={"provider": [prac], "insurer": ["Juniper Crest Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: MA CMS-10003 style payment denial (phone photo)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = who(r)
    ins = "Silverpine Medicare Advantage (HMO)"
    org = "Silverpine Health Plans"
    mid = f"SP{r.digits(9)}"
    claim = f"{r.digits(2)}{r.digits(3)}{r.digits(3)}{r.digits(4)}"
    prac = PRACTICES[0]
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    vis = 226.00
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(f"Date: {fmt_date(notice, 'slash')}", 9.5, h=5)
    d.text_line(f"Member number: {mid}", 9.5, h=5)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13.5, "B", align="C", h=7.5)
    d.ln(2)
    d.para(f"Name: {f['member']}", 9.8, gap=1)
    d.para(f"Service: office visit (99214) billed with hemorrhoid banding (46221) on {fmt_date(f['dos'], 'slash')}, "
           f"provider {f['doc']}, claim {claim}, amount billed {fmt_money(vis)}", 9.8)
    d.text_line("Your request was denied", 11, "B", h=6.5)
    d.para(f"We denied payment for the office visit you received from {f['doc']}. The banding was paid. The visit "
           "was billed with modifier 25, but the notes describe only the check of your hemorrhoids and the decision "
           "to band them, which are part of the banding procedure. Medicare rules (National Correct Coding "
           "Initiative and the global surgery policy) include that evaluation in the payment for the procedure. "
           "You do not owe the provider for the visit.", 9.5)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Silverpine Health Plans to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 calendar days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.", 9.5)
    d.text_line("There are two kinds of appeals", 10.5, "B", h=6)
    d.para("Standard appeal: we will give you a decision on a payment appeal within 60 calendar days. Fast appeal: "
           "does not apply to payment for care you already received.", 9.3)
    d.para(f"Call {org} at 1-555-{r.digits(3)}-{r.digits(4)} (TTY 711), 8 a.m. to 8 p.m., 7 days a week from "
           "October 1 to March 31. If your plan upholds the denial, your appeal goes to an Independent Review "
           "Entity automatically.", 9.3)
    d.text_line(f"Form CMS-10003-NDMCP          H7731_NDMCP26_C          {ins}", 7.4, h=4)
    t = truth("denial_letter", "coding_error", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(vis), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["other"],
              alternates={"insurer": [ins]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: upheld second-level appeal (low-res scan)
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = who(r)
    ins = "Hollis Vale Health Cooperative"
    mid, grp = f"HV{r.digits(4)}-{r.digits(4)}", f"{r.digits(3)}{r.letters(1)}{r.digits(2)}"
    claim, appeal = f"{r.digits(11)}", f"GA2-{r.digits(6)}"
    prac = PRACTICES[2]
    decided = f["dos"] + dt.timedelta(days=r.randint(95, 130))
    first_appeal = f["dos"] + dt.timedelta(days=r.randint(40, 60))
    billed = 466.00 + 258.00
    d = Page("Hollis Vale Health Cooperative | Grievance & Appeals | {p}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Hollis Vale Health Cooperative", 15, "B", h=7.5)
    d.text_line("Grievance and Appeals Department  -  40 Mill Pond Road, Hollis Vale, VT 05401", 8.5, h=4.5)
    d.ln(5)
    d.text_line("SECOND-LEVEL APPEAL DECISION", 12, "B", h=7)
    d.ln(1)
    pairs = [("Decision issued", fmt_date(decided, "mdy_nopad")), ("Appeal no.", appeal),
             ("Enrollee", f["member"]), ("Claim no.", claim), ("Enrollee ID", mid), ("Group", grp),
             ("Treating surgeon", f["doc"]), ("Date of service", fmt_date(f["dos"], "mdy_nopad")),
             ("Total billed", fmt_money(billed)), ("Review level", "Second / final internal")]
    for i in range(0, len(pairs), 2):
        for lab, val in pairs[i:i + 2]:
            d.font(8.8, "B")
            d.cell(35, 5.4, lab + ":")
            d.font(8.8)
            d.cell(52, 5.4, val)
        d.ln(5.6)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 9.8)
    d.para(f"You asked us again to pay the anoscopy (46600, {fmt_money(258.00)}) billed with a hemorrhoid band "
           f"ligation (46221, {fmt_money(466.00)}) by {prac}. Our first-level reviewer upheld the denial on "
           f"{fmt_date(first_appeal, 'mdy_nopad')}. A panel that included a colon and rectal surgeon who took no part "
           "in the earlier decisions has now reviewed your appeal, the procedure note and your letter.", 9.8)
    d.para("Decision: we uphold the denial. The anoscopy was done to see and band the hemorrhoids during the same "
           "session, so it is part of the band ligation under the coding edits in Section 9 of your Member "
           "Handbook. The ligation itself was paid. The practice may not bill you for the anoscopy.", 9.8)
    d.para("This is the final decision of the Cooperative's internal appeal process. You may ask for an external "
           "review by an independent review organization within 4 months after you receive this letter; the "
           "enclosed form explains how. You may also contact the Vermont Department of Financial Regulation "
           "consumer line.", 9.8)
    d.para("Appeals Coordinator, Hollis Vale Health Cooperative", 9.8)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(decided), provider=f["doc"], denial_alternates=["other"],
              alternates={"provider": [prac], "claim_amount": ["258.00"], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_three_claim_eob, "three_claim_eob", "born_digital"),
              (2, doc_corrected_paid, "corrected_paid", "scan_clean_300"),
              (3, doc_records_request, "records_hold", "photocopy"),
              (4, doc_frequency_letter, "frequency_sidebar", "rotated"),
              (5, doc_ma_idn, "ma_idn", "phone_photo"),
              (6, doc_upheld_appeal, "upheld_appeal", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
