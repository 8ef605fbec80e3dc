"""Family 'varicocele_embolization_infertility_exclusion_denial': varicocele repair (55530 varicocelectomy, 37241
venous embolization with 76937 ultrasound guidance and 99152 sedation) refused under the plan's infertility exclusion
when the diagnosis on the claim is male infertility (N46.9), and covered when it is done for scrotal pain (N50.82).

Documents: a paid EOB for a varicocelectomy done for pain (nothing denied, a worked coinsurance example as decoy); a
fine-fax stack of a cover sheet, an insurer's prose letter refusing the embolization claim (facts only in sentences,
an older paid ultrasound claim as decoy) and the interventional radiology group's statement; a three-claim EOB where
only the radiologist's embolization claim is refused; a request for the diagnosis and office notes that holds the
claim (not a denial); a sideways grievance decision upholding the exclusion; a phone photo of a Medicaid managed care
notice of adverse benefit determination (check boxes, fair hearing and continuation limits as decoys); a
low-resolution approval of a varicocelectomy for pain.

All values invented (insurers, practices, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "varicocele_embolization_infertility_exclusion_denial"
LANG = "en"
SEED = 318500
FD = "/usr/share/fonts/truetype/dejavu/"


class Page(Doc):
    """DejaVu sans / serif / condensed with bold, so the layouts can differ in type as well as in structure."""

    def __init__(self, foot: str | None = None, margins=(16, 14, 16), face: str = "Sans", header: str | None = None):
        fam = {"Sans": "DejaVu", "Serif": "DjSerif", "Cond": "DjCond"}[face]
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("DjSerif", "", FD + "DejaVuSerif.ttf")
        self.add_font("DjSerif", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("DjCond", "", FD + "DejaVuSansCondensed.ttf")
        self.add_font("DjCond", "B", FD + "DejaVuSansCondensed-Bold.ttf")
        self.base_font = fam


def phone(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, mi=mid, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1984, 2001), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(), ph=r.phone())


def embo_lines(r: Rand) -> list[tuple[str, str, float]]:
    return [("37241", "Venous embolization, left gonadal vein", float(r.randint(5200, 7900))),
            ("76937", "US guidance, vascular access", float(r.randint(240, 390))),
            ("99152", "Moderate sedation, first 15 min", float(r.randint(160, 260)))]


# ---------------------------------------------------------------- 0: paid EOB, varicocelectomy for pain
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quarrystone Health Plan, Inc."
    mid, grp, plan = f"QH{r.digits(3)}-{r.digits(5)}", f"{r.digits(5)}-Q", f"QHP-PPO-{r.digits(3)}"
    claim = f"26{r.digits(3)}{r.letters(1)}{r.digits(5)}"
    doc_ = "Anselm R. Holloway, MD"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    lines = [("55530", "Excision of varicocele, left", float(r.randint(3100, 4400))),
             ("64450", "Nerve block, other peripheral", float(r.randint(180, 320)))]
    billed = sum(x[2] for x in lines)
    d = Page("Quarrystone Health Plan | Explanation of Benefits | page {p} of {n}", margins=(15, 12, 15))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  QUARRYSTONE HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins}  .  1400 Ledge Street, Granite Falls, MN 56241  .  Member line {f['ph']}", 8, h=5)
    d.ln(2)
    d.text_line("Explanation of Benefits   -   This is not a bill", 12, "B", h=7)
    d.ln(1)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.2, h=4.7)
    d.set_y(y)
    for lab, val in [("Prepared for", f["member"]), ("Member number", mid), ("Coverage group", grp),
                     ("Plan ID", plan), ("Statement issued", fmt_date(stmt, "long"))]:
        d.set_x(112)
        d.font(8.6)
        d.cell(34, 5, lab)
        d.font(8.6, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.font(9.4, "B")
    d.cell(0, 6, f"Claim {claim}  -  {doc_}, Ridgeview Urology Associates  -  In network", border="B",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for code, desc, b in lines:
        al = round(b * 0.52, 2)
        coin = round(al * 0.2, 2)
        pd = round(al - coin, 2)
        rows.append([fmt_date(f["dos"], "slash"), code, desc, fmt_money(b, "nosign"), fmt_money(al, "nosign"),
                     fmt_money(pd, "nosign"), fmt_money(coin, "nosign"), "P1"])
        for i, v in enumerate((b, al, pd, coin)):
            tot[i] += v
    rows.append(["*Claim total", "", "", *[fmt_money(v, "nosign") for v in tot], ""])
    d.table(["Service date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your share", "Note"], rows,
            [24, 14, 56, 20, 20, 20, 20, 10], size=8.2, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("P1  Paid at your in-network benefit. The diagnosis on this claim is scrotal pain (N50.82). Varicocele "
           "repair is covered when it treats pain or testicular atrophy; the plan's infertility exclusion does not "
           "apply to this claim. Nothing on this claim was denied.", 8.6)
    d.set_fill_color(236, 236, 236)
    d.font(8.4)
    d.multi_cell(0, 4.4, "How coinsurance works (example only): if the allowed amount for a service were $1,000.00, "
                 "you would pay 20%, or $200.00, after your deductible, and we would pay $800.00.", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Deductible met this year: $750.00 of $750.00. Questions? Call {f['ph']}. If you think we made a "
           "mistake, you may ask for a review within 180 days after you receive this statement.", 8.4)
    t = truth("eob", None, insurer=ins, plan_id=plan, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=doc_, type_alternates=["other"],
              alternates={"provider": ["Ridgeview Urology Associates"], "insurer": ["Quarrystone Health Plan"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: prose letter + IR statement
def doc_prose_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tamarack Mutual Assurance Company"
    notice = f["dos"] + dt.timedelta(days=r.randint(21, 34))
    f["notice"] = notice
    old = f"{r.digits(4)}-{r.digits(6)}"
    old_dos = f["dos"] - dt.timedelta(days=r.randint(30, 60))
    d = Page(None, margins=(26, 20, 26), face="Serif")
    d.add_page()
    d.text_line("Tamarack Mutual", 17, "B", h=8)
    d.text_line(f"{ins}  |  Claims Review  |  PO Box 7730, Larchmont Falls, VT 05156", 8.4, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5, gap=3)
    d.para(f"We have finished reviewing claim {f['claim']}, which {f['group']} sent to us for the varicocele "
           f"embolization that {f['doc']} performed on {fmt_date(f['dos'], 'long')}. The claim lists charges of "
           f"{fmt_money(f['billed'])} for three services (37241, 76937 and 99152). We are writing to you as the "
           f"member, under identification number {f['mid']} in employer group {f['grp']}.", 10.5)
    d.para("We are not able to pay this claim. The diagnosis the practice reported is male infertility (N46.9), "
           "and the office notes describe the procedure as done to improve semen quality before a planned "
           "pregnancy. Your Certificate of Coverage, Exclusions, item 19, excludes \"services, procedures and "
           "supplies whose purpose is to diagnose or treat infertility, including surgical correction of a cause "
           "of infertility.\" Varicocele repair is covered when it is done to treat scrotal pain or testicular "
           "atrophy; the records we received do not describe either.", 10.5)
    d.para(f"This decision does not change claim {old} for the scrotal ultrasound on "
           f"{fmt_date(old_dos, 'long')}, which we paid in full.", 10.5)
    d.para("If you disagree, you or someone you name may appeal within 180 days of the date of this letter. Send "
           "a letter explaining why, with any records, to Tamarack Mutual Appeals at the address above. You may "
           "ask, free of charge, for copies of the documents we used, including the plan language quoted above. "
           "If your doctor sends notes showing the procedure was done for pain, we will review the claim again.",
           10.5)
    d.para("Sincerely,\n\nClaims Review Unit\nTamarack Mutual Assurance Company", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [f["group"]], "insurer": ["Tamarack Mutual"]})
    return pdf_bytes(d), t


def doc_ir_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"CRI-{r.digits(6)}"
    due = stmt + dt.timedelta(days=28)
    d = Page(f"{f['group']}  -  patient statement", margins=(14, 12, 14), face="Cond")
    d.add_page()
    d.font(16, "B")
    d.cell(120, 8, f["group"])
    d.font(8)
    d.cell(0, 8, "Tax ID 84-" + r.digits(7), align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Vascular and interventional radiology  .  60 Alder Court, Suite 3, Keene, NH 03431  .  "
                f"Billing {phone(r)}", 8.4, h=4.6)
    d.rule(0.6, 4)
    d.boxes([("Statement date", fmt_date(stmt, "iso"), 34), ("Account", acct, 30), ("Patient", f["member"], 54),
             ("Please pay", fmt_money(f["billed"]), 30), ("Due by", fmt_date(due, "iso"), 30)], h=12)
    d.ln(4)
    rows = [[fmt_date(f["dos"], "iso"), c, desc, fmt_money(b)] for c, desc, b in f["lines"]]
    rows.append(["", "", "Total charges", fmt_money(f["billed"])])
    rows.append([fmt_date(f["notice"], "iso"), "", "Tamarack Mutual: denied, plan exclusion (infertility)", "$0.00"])
    rows.append(["*Patient balance", "", "", fmt_money(f["billed"])])
    d.table(["Date", "CPT", "Description", "Amount"], rows, [28, 18, 110, 28], size=8.8, aligns="LLLR",
            head_fill=True)
    d.para(f"Performing physician: {f['doc']}.  Insurance on file: Tamarack Mutual, member {f['mid']}, insurance "
           f"claim {f['claim']}.", 8.8)
    d.para("Your insurance denied these services. If your doctor's office sends the insurer new information, we "
           "will rebill the claim. Ask us about a payment plan or our 10% prompt-pay discount.", 8.8)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["group"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["doc"]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(claim=f"{r.letters(2)}{r.digits(9)}", mid=f"TMA{r.digits(8)}", grp=f"{r.digits(6)}",
             group="Cedar Ridge Interventional Radiology", doc="Dr. Mei K. Tanaka", lines=embo_lines(r))
    f["billed"] = sum(x[2] for x in f["lines"])
    a = doc_prose_letter(r, f)
    b = doc_ir_statement(r, f)
    return Item(f"{FAMILY}_fax_letter_statement", "fax_fine_g4", [a, b], separators=["cover", None])


# ---------------------------------------------------------------- 2: three-claim EOB, embolization claim denied
def doc_three_claim_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Health Insurance Co."
    mid, grp = f"BW {r.digits(4)} {r.digits(4)}", f"GRP{r.digits(5)}"
    issued = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    docd = "Percy L. Greer, MD"
    prac = "Harbor Vascular & Interventional"
    c1, c2, c3 = (f"{r.digits(3)}-{r.digits(7)}" for _ in range(3))
    d1 = f["dos"] - dt.timedelta(days=r.randint(25, 40))
    d2 = d1 + dt.timedelta(days=r.randint(3, 9))
    lines = embo_lines(r)
    billed = sum(x[2] for x in lines)
    d = Page("BRIGHTWATER HEALTH  -  EOB  -  {p}/{n}", margins=(13, 12, 13),
             header=f"Brightwater Health  -  {f['member']}  -  continued")
    d.add_page()
    d.text_line("Brightwater Health", 18, "B", h=9)
    d.text_line(f"{ins}  -  200 Quay Street, Port Sorrel, ME 04101", 8.4, h=4.5)
    d.ln(3)
    d.set_line_width(0.5)
    d.rect(d.l_margin, d.get_y(), d.w - d.l_margin - d.r_margin, 24)
    y = d.get_y() + 2
    for col, pairs in enumerate([[("Issued", fmt_date(issued, "abbr")), ("Member", f["member"]),
                                  ("ID", mid)],
                                 [("Group", grp), ("Claims shown", "3"), ("Member services", f["ph"])]]):
        d.set_y(y)
        for lab, val in pairs:
            d.set_x(d.l_margin + 3 + col * 94)
            d.font(8.4)
            d.cell(30, 6, lab + ":")
            d.font(9.2, "B")
            d.cell(58, 6, val, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 24)
    d.text_line("Explanation of benefits - not a bill", 11.5, "B", h=7)
    blocks = [(c1, d1, "Ridgeview Urology Associates", [("99204", "New patient visit", float(r.randint(310, 420)))],
               "paid"),
              (c2, d2, "Port Sorrel Imaging", [("76870", "Ultrasound, scrotum", float(r.randint(280, 460)))],
               "paid"),
              (c3, f["dos"], f"{docd}, {prac}", lines, "denied")]
    for c, ds, prov, ls, st in blocks:
        d.font(9, "B")
        d.set_fill_color(228, 228, 228)
        d.cell(0, 6, f" Claim {c}   |   {prov}", fill=True, new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, b in ls:
            if st == "paid":
                al = round(b * 0.61, 2)
                rows.append([fmt_date(ds, "abbr"), code, desc, fmt_money(b), fmt_money(al), fmt_money(al - 40),
                             fmt_money(40.0), ""])
            else:
                rows.append([fmt_date(ds, "abbr"), code, desc, fmt_money(b), "$0.00", "$0.00", fmt_money(b), "IX"])
        rows.append(["*Total", "", "", fmt_money(sum(x[2] for x in ls)), "", "", "", ""])
        d.table(["Date", "Code", "Description", "Billed", "Allowed", "Paid", "You owe", "Code"], rows,
                [25, 14, 56, 22, 20, 20, 20, 12], size=8, aligns="LLLRRRRL")
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para("IX  Not covered. The diagnosis billed (N46.9, male infertility) falls under the infertility exclusion "
           "of your plan (Benefit Booklet, section 8.4). Varicocele treatment for pain or atrophy is a covered "
           "benefit when it is billed with that diagnosis.", 8.5)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You can appeal a denied claim within 180 days of the date of this statement. Write to Brightwater "
           "Appeals, PO Box 4410, Port Sorrel, ME 04101, or call Member Services. Urgent appeals are decided within "
           "72 hours. After our final decision you may ask for an external review within 4 months. "
           f"Provider NPI for claim {c3}: {f['npi']}.", 8.5)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c3], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(issued), provider=docd, appeal_deadline=iso(issued + dt.timedelta(days=180)),
              alternates={"provider": [prac], "claim_amount": [m2(lines[0][2])], "insurer": ["Brightwater Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: request for information (hold, not a denial)
def doc_info_request(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Oldfield Health Partners"
    mid, grp = f"OHP{r.digits(9)}", f"{r.digits(4)}-{r.digits(4)}"
    claim = f"{r.digits(12)}"
    docd = "Dr. Theo V. Prescott"
    lines = embo_lines(r)
    billed = sum(x[2] for x in lines)
    ltr = f["dos"] + dt.timedelta(days=r.randint(15, 25))
    recv = f["dos"] + dt.timedelta(days=r.randint(5, 10))
    d = Page("OHP-CLM-REQ-07 (rev. 2025)   page {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("OLDFIELD HEALTH PARTNERS", 14, "B", h=7)
    d.text_line(f"Claims Department  .  55 Wicket Lane, Oldfield, CT 06001  .  Fax {phone(r)}", 8.6, h=4.6)
    d.ln(6)
    d.text_line("WE NEED MORE INFORMATION ABOUT A CLAIM", 12, "B", h=7)
    d.ln(2)
    for lab, val in [("LETTER DATE", fmt_date(ltr, "slash")), ("MEMBER", f["member"]), ("MEMBER ID", mid),
                     ("GROUP", grp), ("CLAIM", claim), ("RECEIVED", fmt_date(recv, "slash")),
                     ("DATE OF BIRTH", fmt_date(f["dob"], "slash"))]:
        d.font(8.4, "B")
        d.cell(40, 5.6, lab)
        d.font(10)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"We are holding the claim above from {docd} for a varicocele embolization on "
           f"{fmt_date(f['dos'], 'long')}, billed at {fmt_money(billed)}. This is not a denial. Before we can "
           "decide it, we need to know why the procedure was done.", 10)
    d.para("Your plan does not cover treatment of infertility, but it does cover varicocele repair when it is done "
           "for scrotal pain, swelling or a shrinking testicle. The claim lists both a pain diagnosis and an "
           "infertility diagnosis. Please ask your doctor's office to send us the office notes from the visits "
           "before the procedure and a short statement of the reason for it.", 10)
    d.para("We have sent the same request to the doctor. If we receive the information within 45 days of the date "
           "of this letter, we will finish processing the claim and send you an explanation of benefits. If we do "
           "not receive it, we will decide the claim with the information we have.", 10)
    d.para(f"Fax the records to the number above or mail them with this page. Questions: {f['ph']}.", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(ltr),
              provider=docd)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: grievance decision upheld (rotated)
def doc_grievance(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sunfield Health Plan of Arizona"
    mid, grp = f"{r.letters(1)}{r.digits(8)}-01", f"AZ{r.digits(5)}"
    claim, grv = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", f"GRV-26-{r.digits(5)}"
    docd = "Dr. Ezra J. Winslow"
    lines = embo_lines(r)
    billed = sum(x[2] for x in lines)
    filed = f["dos"] + dt.timedelta(days=r.randint(50, 70))
    dec = filed + dt.timedelta(days=r.randint(20, 28))
    d = Page("Sunfield Health Plan  .  Grievance and Appeals  .  {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("SUNFIELD", 20, "B", h=9)
    d.text_line(ins + "  .  Grievance and Appeals Department", 9, h=5)
    d.text_line(f"4500 East Mesa Parkway, Tempe, AZ 85281  .  Toll free {f['ph']}", 8.4, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(dec, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Decision on your grievance: DENIAL UPHELD", 12, "B", h=7)
    d.ln(1)
    rows = [("Grievance number", grv), ("Claim number", claim), ("Member ID", mid), ("Group", grp),
            ("Procedure", "37241, 76937, 99152"), ("Procedure date", fmt_date(f["dos"], "dmy")),
            ("Billed", fmt_money(billed, "usd")), ("Grievance received", fmt_date(filed, "dmy"))]
    for i in range(0, len(rows), 2):
        for lab, val in rows[i:i + 2]:
            d.font(8, "B")
            d.cell(35, 6.2, lab, border=1)
            d.font(9.2)
            d.cell(50, 6.2, val, border=1)
        d.ln(6.2)
    d.ln(4)
    d.para(f"You asked us to reconsider our refusal to pay for the varicocele embolization performed by {docd}. A "
           "urologist who was not involved in the first decision reviewed your grievance, the claim and the records "
           "you sent.", 10)
    d.text_line("What we found", 10.5, "B", h=6)
    for i, s in enumerate([
            "The referral and the procedure note give the reason for the procedure as abnormal semen analysis and "
            "a wish to conceive. No pain, swelling or testicular atrophy is recorded.",
            "Your Evidence of Coverage, Chapter 6, excludes treatment of infertility, including surgery to correct "
            "a cause of infertility.",
            "The letter from your spouse's fertility clinic confirms the procedure was part of fertility care."], 1):
        d.para(f"{i}.  {s}", 10, gap=1.5)
    d.ln(1)
    d.para("Our decision to deny the claim is upheld. This ends the plan's internal grievance process.", 10)
    d.text_line("What you can do next", 10.5, "B", h=6)
    d.para("You may ask for an external review by an independent review organization through the Arizona "
           "Department of Insurance and Financial Institutions within 4 months of the date you receive this "
           "letter. If your health is in serious danger you may ask for an expedited external review. You may also "
           "ask for free copies of all documents used in this decision.", 10)
    d.para("Grievance and Appeals Department\nSunfield Health Plan of Arizona", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[grv, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=docd,
              alternates={"case_numbers": [[grv]], "insurer": ["Sunfield Health Plan", "Sunfield"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid MCO notice (phone photo)
def doc_medicaid_noabd(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Riverbend Community Care"
    prog = "Keystone State Medical Assistance"
    mid = f"{r.digits(10)}"
    req = f"PA{r.digits(8)}"
    docd = "Dr. Kwame O. Fairchild"
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 90))
    planned = notice + dt.timedelta(days=r.randint(12, 26))
    d = Page("RCC-NOABD-03   Riverbend Community Care is a managed care plan in " + prog, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Riverbend Community Care", 15, "B", h=7.5)
    d.text_line(f"A {prog} plan  .  Utilization Management  .  {f['ph']} (TTY 711)", 8.6, h=4.6)
    d.ln(4)
    d.set_line_width(0.8)
    d.rect(d.l_margin, d.get_y(), d.w - d.l_margin - d.r_margin, 12)
    d.font(13, "B")
    d.cell(0, 12, "NOTICE OF ADVERSE BENEFIT DETERMINATION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.font(10)
    d.cell(0, 6, f"Date of this notice: {fmt_date(notice, 'mdy_nopad')}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 6, f"Member: {f['member']}          Medicaid ID: {mid}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 6, f"Date of birth: {fmt_date(f['dob'], 'mdy_nopad')}          Request number: {req}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"{docd} asked us to approve a varicocele embolization (37241) planned for "
           f"{fmt_date(planned, 'mdy_nopad')}. We have made the decision checked below:", 10)
    for box, txt in [(" ", "Approved as requested"), (" ", "Approved for less than requested"),
                     ("X", "Denied"), (" ", "Reduced, stopped or suspended a service you now get")]:
        d.font(10)
        d.cell(8, 6, f"[{box}]")
        d.cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para("The request says the procedure is to treat male infertility. Medical Assistance does not cover "
           "treatment of infertility (55 Pa. Code 1101.59 and your Member Handbook, \"Services that are not "
           "covered\"). If the procedure is needed for pain or another covered reason, your doctor may send a new "
           "request with that information.", 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may ask Riverbend Community Care for an appeal within 60 days of the date of this notice. Call "
           "us or write to Appeals, 80 Ferry Street, Lewisburg, PA 17837. If waiting could seriously harm your "
           "health, ask for a fast appeal; we will decide within 72 hours.", 10)
    d.para("After our appeal decision you may ask for a State Fair Hearing within 120 days of the date of the "
           "appeal decision. If you are appealing a service you already get and want it to continue, you must ask "
           "within 10 days of the date of this notice. You may ask for free copies of the guidelines we used.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(notice), provider=docd,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), alternates={"insurer": [prog]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: approval for varicocelectomy for pain
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lakeshore Benefit Trust"
    mid, grp = f"LBT-{r.digits(7)}", f"{r.digits(3)}{r.letters(2)}{r.digits(2)}"
    auth = f"LB{r.digits(4)} {r.digits(4)}"
    docd = "Colin W. Abernathy, MD"
    ltr = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 100))
    planned = ltr + dt.timedelta(days=r.randint(10, 24))
    until = planned + dt.timedelta(days=89)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.font(14, "B")
    d.cell(100, 7, "Lakeshore Benefit Trust")
    d.font(8.4)
    d.cell(0, 7, f"Prior Authorization  .  {f['ph']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.3, 6)
    d.text_line(f"{fmt_date(ltr, 'upper')}", 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Your surgery has been approved", 13, "B", h=7.5)
    d.ln(1)
    d.para(f"Member ID {mid}, group {grp}. Good news: we approved the request from {docd} for the surgery below. "
           "The doctor told us it is needed because of ongoing left scrotal pain that has not improved with "
           "supporters and pain medicine, which is a covered reason for varicocele repair.", 10)
    d.table(["What was requested", "What we approved", "Approval number"],
            [["55530 varicocelectomy, left", "55530, 1 unit, outpatient surgery", auth],
             [f"planned for {fmt_date(planned, 'upper')}", f"good through {fmt_date(until, 'upper')}", ""]],
            [62, 62, 50], size=9, border_head="TB")
    d.para("An approval is not a promise of payment. Payment depends on your coverage on the day of surgery and on "
           "the claim. Because this approval is for pain, it does not extend to fertility testing or treatment, "
           "which your plan does not cover.", 10)
    d.para("You do not need to do anything. If the date of surgery changes to a date after the approval ends, ask "
           "your doctor to call us.", 10)
    d.para("Utilization Management\nLakeshore Benefit Trust", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth.replace(" ", "")], service_dates=[iso(planned)], denial_date=iso(ltr),
              provider=docd, alternates={"service_dates": [[], [iso(planned, until)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_paid_eob, "paid_pain_eob", "born_digital"),
              (2, doc_three_claim_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_info_request, "info_hold", "photocopy"),
              (4, doc_grievance, "grievance_upheld", "rotated"),
              (5, doc_medicaid_noabd, "medicaid_noabd", "phone_photo"),
              (6, doc_approval, "pain_approval", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
