"""Family 'surgical_implant_carve_out_invoice_denial': implants billed as separate lines by an ambulatory surgery
center (C1713 anchor/screw for bone-to-bone or soft-tissue fixation, L8699 prosthetic implant not otherwise
specified) next to the surgical facility fee, refused as included in the ASC's facility (case) rate or because no
manufacturer invoice came with the claim.

Documents: a commercial EOB with three lines on one claim (the facility fee paid, the anchors bundled, the NOS
implant without an invoice) and an older paid claim in a box as a decoy; a fine-fax stack of a cover sheet, a
serif prose letter refusing the NOS implant for lack of an invoice (facts only in sentences) and the ASC's patient
statement; a photocopied pended-claim request for the manufacturer invoice (refuses nothing); a born-digital
payment summary for the corrected claim with the invoice (paid, nothing denied); a phone photo of a Medicare
Advantage payment-denial notice in the CMS-10003 style; a sideways provider appeal decision with a grey sidebar
upholding the bundling (stated second-level date); a low-resolution TPA pre-service reply refusing a carve-out for
a planned case (no billed amount, only an estimate).

All values invented (insurers, ASCs, surgeons, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "surgical_implant_carve_out_invoice_denial"
LANG = "en"
SEED = 317500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16), font="DejaVu"):
        super().__init__(font, footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVu", "I", OBLIQUE)


def phone(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def dob(r: Rand) -> dt.date:
    return dt.date(r.randint(1948, 2001), r.randint(1, 12), r.randint(1, 28))


def case(r: Rand) -> dict:
    """One surgical case at an ASC: the facility fee, the anchors (C1713) and an NOS implant (L8699)."""
    proc = r.choice([("29888", "Arthroscopic ACL reconstruction"), ("23412", "Open rotator cuff repair, chronic"),
                     ("28299", "Hallux valgus correction, double osteotomy"), ("27427", "Ligamentous reconstruction, knee")])
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    fac = float(r.randint(9800, 16900)) + r.choice([0, 0.5, 0.25])
    anch = float(r.randint(4, 6) * r.randint(540, 890))
    nos = float(r.randint(1900, 3900)) + r.choice([0, 0.75])
    return dict(proc=proc, dos=dos, fac=fac, anch=anch, nos=nos, n_anch=r.randint(2, 4), total=fac + anch + nos)


# ---------------------------------------------------------------- 0: commercial EOB, three lines, scan
def doc_eob3(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    c = case(r)
    ins = "Ardent Shield Health Insurance Company"
    mid, grp = f"ASH{r.digits(3)}-{r.digits(5)}", f"{r.digits(6)}-{r.letters(2)}"
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    old_claim = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    asc, surgeon = "Cobalt Ridge Surgery Center", "Wendell T. Prescott, MD"
    stmt = c["dos"] + dt.timedelta(days=r.randint(24, 38))
    old_dos = c["dos"] - dt.timedelta(days=r.randint(20, 40))
    paid_fac = round(c["fac"] * 0.61, 2)
    d = Page("Ardent Shield Health  *  Explanation of Benefits  *  This is not a bill  *  {p} of {n}",
             header=f"{member}  |  Member # {mid}  |  continued")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 10, "  ARDENT SHIELD HEALTH", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins}  *  PO Box 4471, Corliss Bay, OR 97420  *  Members {phone(r)}", 8, h=5)
    d.ln(3)
    y = d.get_y()
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    d.text_line("Your claim summary - keep for your records", 8.5, h=5)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    for lab, val in [("Prepared", fmt_date(stmt, "long")), ("Plan member", member), ("Member #", mid),
                     ("Employer group", grp), ("Claim reference", claim), ("Date of birth", fmt_date(dob(r), "slash"))]:
        d.set_x(112)
        d.font(8.6)
        d.cell(32, 5, lab)
        d.font(8.6, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.font(9.2, "B")
    d.cell(0, 6, f"Facility: {asc}   (surgeon on claim: {surgeon})   In network", new_x="LMARGIN", new_y="NEXT")
    ds = fmt_date(c["dos"], "slash")
    rows = [[ds, c["proc"][0], c["proc"][1][:30], fmt_money(c["fac"]), fmt_money(paid_fac), "0.00", "--"],
            [ds, "C1713", f"Anchor/screw x{c['n_anch']}", fmt_money(c["anch"]), "0.00", "0.00", "CO-97"],
            [ds, "L8699", "Prosthetic implant, NOS", fmt_money(c["nos"]), "0.00", "0.00", "CO-16 N529"],
            ["*Claim total", "", "", fmt_money(c["total"]), fmt_money(paid_fac), "0.00", ""]]
    d.table(["Service", "Code", "What was billed", "Charge", "We paid", "You owe", "Notes"], rows,
            [22, 16, 52, 26, 24, 18, 24], size=8.3, aligns="LLLRRRL", head_fill=True)
    d.text_line("What the notes mean", 10, "B", h=6)
    d.para("CO-97  The anchors are part of the payment for the surgery. Your center's agreement with us pays one "
           "case rate for the procedure, and that rate already includes implants, supplies and devices used in "
           "the operating room. The center may not bill you for this line.", 8.8)
    d.para("CO-16 N529  Implants billed with a not-otherwise-classified code are paid only with a copy of the "
           "manufacturer's invoice. None was attached, so this line was denied. The center can send a corrected "
           "claim with the invoice. You do not owe this amount while the line is denied.", 8.8)
    d.ln(1)
    d.set_fill_color(238, 238, 238)
    d.font(8.6, "B")
    d.cell(0, 6, "  Recently processed (no action needed)", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.font(8.6)
    d.cell(0, 5.5, f"  Claim {old_claim}  -  office visit {fmt_date(old_dos, 'slash')}  -  charge "
           f"{fmt_money(r.randint(180, 320))}  -  paid in full, you owe $40.00 copay", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("If you disagree", 10, "B", h=6)
    d.para("You may ask us to review this decision. Your request must be made within 180 days of the date of this "
           "statement. Write to Ardent Shield Appeals, PO Box 4480, Corliss Bay, OR 97420, or call the number "
           "above. If your health would be in serious danger while you wait, ask for an urgent review; we decide "
           "urgent reviews within 72 hours. After our final decision you may ask for an independent external "
           "review within 4 months.", 8.8)
    t = truth("eob", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[claim], claim_amount=m2(c["total"]), service_dates=[iso(c["dos"])],
              denial_date=iso(stmt), provider=asc, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["other", "not_covered"],
              alternates={"provider": ["Wendell T. Prescott"], "insurer": ["Ardent Shield Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fine-fax stack: prose letter + ASC statement
def doc_invoice_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Halverson Mutual Benefit Association"
    letter = f["dos"] + dt.timedelta(days=r.randint(30, 44))
    f["letter"] = letter
    d = Doc("Times", footer="Halverson Mutual Benefit Association is an independent licensee.  Page {p} of {n}",
            margins=(24, 20, 24))
    d.add_page()
    d.text_line("Halverson Mutual", 20, "B", align="C", h=9)
    d.text_line("Benefit Association", 11, "I", align="C", h=5)
    d.text_line("1400 Tamarack Plaza  *  Ossining Falls, NY 10590", 9, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(letter, "long"), 11, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We have finished processing the claim that {f['asc']} sent us for your surgery on "
           f"{fmt_date(f['dos'], 'long')}. The center billed {fmt_money(f['total'])} in total, and we paid the "
           f"facility charge for the procedure under your plan's surgery benefit. This letter is about one line of "
           f"that claim: the implant billed with code L8699 for {fmt_money(f['nos'])}.", 11)
    d.para("We cannot pay that line. Code L8699 means \"prosthetic implant, not otherwise specified\". Because the "
           "code does not name the device, our payment policy for surgical implants requires the facility to send "
           "the manufacturer's invoice showing the device, its catalog number and the price the facility paid. "
           "The claim arrived without an invoice, and the request we sent to the center was not answered. The line "
           "was therefore denied as incomplete. This is not a decision that the implant was unnecessary.", 11)
    d.para(f"Your claim number is {f['claim']}. Please use it, with your member number {f['mid']} and group "
           f"number {f['grp']}, whenever you contact us about this service.", 11)
    d.para("The center may simply send a corrected claim with the invoice. You may also appeal. An appeal must be "
           "filed within 180 days of the date of this letter, in writing, to Member Appeals at the address above. "
           "You may send documents and ask for copies, free of charge, of everything we used to decide your claim. "
           "Your plan is an employer plan governed by ERISA; after your appeal you may have the right to bring a "
           "civil action under section 502(a).", 11)
    d.para(f"Questions: call Member Services at {phone(r)}, Monday to Friday, 8 a.m. to 6 p.m.", 11)
    d.ln(2)
    d.para("Sincerely,\nClaims Review Department\nHalverson Mutual Benefit Association", 11)
    t = truth("denial_letter", "other", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=f["asc"],
              appeal_deadline=iso(letter + dt.timedelta(days=180)), denial_alternates=["coding_error"],
              alternates={"claim_amount": [m2(f["nos"])], "insurer": ["Halverson Mutual"]})
    return pdf_bytes(d), t


def doc_asc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["letter"] + dt.timedelta(days=r.randint(6, 14))
    acct = f"PT-{r.digits(6)}"
    paid = round(f["fac"] * 0.58, 2)
    adj = round(f["fac"] - paid - 350.0, 2)
    bal = round(f["total"] - paid - adj, 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.font(16, "B")
    d.cell(110, 8, f["asc"])
    d.font(8)
    d.cell(0, 8, "Tax ID 84-" + r.digits(7), align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Ambulatory Surgery  *  2275 Quarry Street, Erie, PA 16501  *  Patient accounts {phone(r)}", 8.2,
                h=4.6)
    d.rule(0.6, 3)
    d.boxes([("Statement", fmt_date(stmt, "abbr"), 36), ("Patient account", acct, 36),
             ("Patient", f["member"], 54), ("Please pay", fmt_money(bal), 28), ("By", fmt_date(stmt + dt.timedelta(days=25), "abbr"), 28)])
    d.ln(3)
    d.para(f"Insurance on file: Halverson Mutual Benefit Association, member {f['mid']}, claim {f['claim']}.  "
           f"Surgeon: {f['surgeon']}.", 8.8)
    ds = fmt_date(f["dos"], "abbr")
    rows = [[ds, f["proc"][0], "Facility - " + f["proc"][1][:28], fmt_money(f["fac"], "nosign")],
            [ds, "C1713", "Anchor/screw, fixation", fmt_money(f["anch"], "nosign")],
            [ds, "L8699", "Implant (see invoice)", fmt_money(f["nos"], "nosign")],
            ["*Charges", "", "", fmt_money(f["total"], "nosign")],
            [fmt_date(f["letter"] - dt.timedelta(days=3), "abbr"), "", "Insurance payment", "-" + fmt_money(paid, "nosign")],
            ["", "", "Contractual adjustment", "-" + fmt_money(adj, "nosign")],
            ["*Balance", "", "", fmt_money(bal, "nosign")]]
    d.table(["Date", "Code", "Item", "Amount"], rows, [30, 20, 100, 32], size=8.6, aligns="LLLR")
    d.set_fill_color(236, 236, 236)
    d.multi_cell(0, 4.8, "Message from our billing office: your insurer denied the implant line while it waits for "
                 "the device invoice. We are sending it with a corrected claim. The balance above includes your "
                 "$350.00 deductible and the implant lines still open; you will get a new statement after the "
                 "insurer reprocesses the claim.", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("- - - - - - - - - - - - return this part with your payment - - - - - - - - - - - -", 8, align="C")
    d.para(f"Account {acct}     Amount due {fmt_money(bal)}     Card no. ____________________  Exp ____", 8.8)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["asc"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "claim_amount": [m2(bal)],
                                                "provider": ["Ezra K. Lomax"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, first, _, last = r.person()
    f = case(r)
    f.update(member=member, first=first, last=last, addr=r.address(), mid=f"HMB {r.digits(4)} {r.digits(4)}",
             grp=f"GRP{r.digits(5)}", claim=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}",
             asc="Tamarack Valley Surgery Center", surgeon="Ezra K. Lomax, DO")
    letter = doc_invoice_letter(r, f)
    stmt = doc_asc_statement(r, f)
    letter[1]["fields"]["member_id"] = f["mid"].replace(" ", "")
    stmt[1]["fields"]["member_id"] = f["mid"].replace(" ", "")
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [letter, stmt], separators=["cover", None])


# ---------------------------------------------------------------- 2: request for the manufacturer invoice (pended)
def doc_invoice_request(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    c = case(r)
    ins = "Brightwater Health Partners"
    mid, claim = f"BW{r.digits(10)}", f"P{r.digits(12)}"
    asc, surgeon = "Lantern Way Ambulatory Surgical Center", "Sunita R. Kessler, MD"
    sent = c["dos"] + dt.timedelta(days=r.randint(16, 26))
    recv = c["dos"] + dt.timedelta(days=r.randint(4, 9))
    d = Doc("Helvetica", footer="Form BWH-PEND-7 (01/26)", margins=(20, 16, 20))
    d.add_page()
    d.text_line("BRIGHTWATER HEALTH PARTNERS", 14, "B", h=7)
    d.text_line("Provider Claims Services  -  PO Box 2290, Yuma, AZ 85364  -  Fax " + phone(r), 8.5, h=4.6)
    d.ln(4)
    d.text_line("CLAIM PENDED - ADDITIONAL INFORMATION NEEDED", 12, "B", h=7)
    d.text_line("This is not a denial. No decision has been made on this claim.", 9.5, "B", h=6)
    d.ln(2)
    for lab, val in [("SENT TO", f"{asc}, Attn: Implant Billing"), ("MAILED", fmt_date(sent, "slash")),
                     ("OUR CLAIM NO.", claim), ("CLAIM RECEIVED", fmt_date(recv, "slash")),
                     ("PATIENT", member), ("MEMBER ID", mid), ("SURGERY DATE", fmt_date(c["dos"], "slash")),
                     ("TOTAL BILLED", fmt_money(c["total"])), ("OPERATING SURGEON", surgeon)]:
        d.font(8, "B")
        d.cell(42, 6, lab, border="B")
        d.font(10)
        d.cell(0, 6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("Your claim includes separately billed implant lines (C1713 and L8699). Under your ASC agreement, "
           "implants are carved out of the case rate only when their cost exceeds $1,500.00 per case, and only "
           "with proof of cost. We have held the whole claim until we receive:", 10)
    for b in ["[X]  the manufacturer's or distributor's invoice for each implant (not a purchase order or quote)",
              "[X]  the implant log / sticker sheet from the operative record",
              "[  ]  the operative report"]:
        d.text_line("     " + b, 9.5, h=5.5)
    d.ln(3)
    d.para("Please send the items within 45 days of the date this request was mailed, with this page on top, to "
           "the fax number above. If we do not receive them, the implant lines will be denied and the facility "
           "fee will be processed on its own. The member may not be billed while the claim is pended.", 10)
    d.para(f"Example: an anchor set with an invoice cost of $1,980.00 is paid at cost plus 10% ($2,178.00). This "
           "example is not an estimate for this claim.", 9)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=member, case_numbers=[claim],
              claim_amount=m2(c["total"]), service_dates=[iso(c["dos"])], denial_date=iso(sent), provider=asc,
              alternates={"provider": ["Sunita R. Kessler"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: corrected claim paid (born digital)
def doc_corrected_paid(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    c = case(r)
    ins = "Juniper Crest Health Plan"
    mid, grp = f"JC-{r.digits(9)}", f"{r.digits(5)}"
    orig, corr = f"{r.digits(13)}", f"{r.digits(13)}"
    asc = "Sycamore Court Surgery Center"
    issued = c["dos"] + dt.timedelta(days=r.randint(60, 80))
    inv_a, inv_n = round(c["anch"] * 0.55, 2), round(c["nos"] * 0.6, 2)
    pay_a, pay_n = round(inv_a * 1.1, 2), round(inv_n * 1.1, 2)
    pay_f = round(c["fac"] * 0.57, 2)
    d = Page("Juniper Crest Health Plan - claim payment summary - page {p}/{n}")
    d.add_page()
    d.text_line("Juniper Crest Health Plan", 16, "B", h=8)
    d.text_line("Claim Payment Summary for Members", 10, h=5.5)
    d.ln(3)
    d.boxes([("Issue date", fmt_date(issued, "iso"), 32), ("Covered person", member, 56), ("ID card number", mid, 40),
             ("Group", grp, 22), ("Network", "Preferred", 28)])
    d.boxes([("Corrected claim (replaces " + orig + ")", corr, 78), ("Facility", asc, 72), ("Bill type", "0837", 28)])
    d.ln(5)
    ds = fmt_date(c["dos"], "iso")
    rows = [[ds, c["proc"][0], fmt_money(c["fac"]), fmt_money(pay_f), "case rate"],
            [ds, "C1713", fmt_money(c["anch"]), fmt_money(pay_a), f"invoice {fmt_money(inv_a)} + 10%"],
            [ds, "L8699", fmt_money(c["nos"]), fmt_money(pay_n), f"invoice {fmt_money(inv_n)} + 10%"],
            ["*Totals", "", fmt_money(c["total"]), fmt_money(pay_f + pay_a + pay_n), ""]]
    d.table(["Date of service", "Code", "Amount charged", "Plan payment", "Basis"], rows, [32, 20, 34, 32, 60],
            size=8.8, aligns="LLRRL", head_fill=True)
    d.para("Your share: $0.00. The facility sent the implant invoices with a corrected claim, and the implant lines "
           "are now paid under the implant carve-out in its agreement. The earlier claim is replaced; any balance "
           "it showed no longer applies.", 9.5)
    d.para("Questions or disagreement: call the number on your ID card. You may request a review within 180 days "
           "after you receive this summary.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=member, case_numbers=[corr],
              claim_amount=m2(c["total"]), service_dates=[iso(c["dos"])], denial_date=iso(issued), provider=asc,
              type_alternates=["other"], alternates={"case_numbers": [[corr, orig]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: MA payment denial, CMS-10003 style (phone photo)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    c = case(r)
    plan = "Quarry Hill Medicare Advantage (HMO)"
    org = "Quarry Hill Health Plans, Inc."
    mid = f"{r.digits(9)}{r.letters(1)}"
    ref = f"OD-{r.digits(8)}"
    asc = "Harbor View Outpatient Surgery"
    notice = c["dos"] + dt.timedelta(days=r.randint(28, 40))
    d = Doc("Helvetica", footer=f"CMS-10003-NDMCP (Exp. 01/31/2029)      H{r.digits(4)}_ND26_M", margins=(20, 16, 20))
    d.add_page()
    d.text_line(org, 12, "B", h=6)
    d.text_line(f"{plan}  -  Member Services {r.phone()} (TTY 711)", 8.5, h=5)
    d.ln(6)
    d.text_line("Notice of Denial of Payment", 15, "B", align="C", h=8)
    d.ln(4)
    for lab, val in [("Date:", fmt_date(notice, "slash")), ("Member number:", mid), ("Name:", member),
                     ("Reference:", ref)]:
        d.font(10.5, "B")
        d.cell(36, 6, lab)
        d.font(10.5)
        d.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"We have denied payment for the medical services/items listed below that you received from "
           f"{asc} on {fmt_date(c['dos'], 'long')}:", 10.5)
    d.para(f"Implanted anchors and screws, HCPCS C1713 (billed {fmt_money(c['anch'])}), on a claim of "
           f"{fmt_money(c['total'])} for {c['proc'][1].lower()}.", 10.5)
    d.text_line("Why did we deny payment?", 11.5, "B", h=7)
    d.para("Under Medicare's payment rules for ambulatory surgical centers, devices such as anchors and screws are "
           "packaged into the payment for the surgical procedure. They are not paid separately unless the device "
           "has transitional pass-through status, and C1713 used with this procedure does not. We paid the "
           "procedure itself. Because the center is in our network, you do not have to pay for the denied item.",
           10.5)
    d.text_line("You have the right to appeal our decision", 11.5, "B", h=7)
    d.para("You have the right to ask us to review our decision. If you want to appeal, you must ask within 65 "
           "calendar days of the date listed at the top of this notice. If you ask after 65 days, you must explain "
           "why your appeal is late. Payment appeals are decided within 60 calendar days. You cannot ask for a "
           "fast appeal for a payment you have already received a service for.", 10.5)
    d.para(f"Write to {org}, Appeals and Grievances, 88 Fenwick Avenue, Duluth, MN 55802, or fax "
           f"{phone(r)}. If we uphold our decision, your case goes automatically to an Independent Review Entity.",
           10.5)
    t = truth("denial_letter", "coding_error", insurer=org, member_id=mid, member_name=member, case_numbers=[ref],
              claim_amount=m2(c["total"]), service_dates=[iso(c["dos"])], denial_date=iso(notice), provider=asc,
              appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["not_covered", "other"],
              alternates={"insurer": [plan], "claim_amount": [m2(c["anch"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: provider appeal upheld, grey sidebar (rotated)
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    c = case(r)
    ins = "Pemberton Valley Health Cooperative"
    mid, grp = f"PV{r.digits(8)}", f"{r.letters(3)}{r.digits(4)}"
    claim, appeal = f"{r.digits(11)}", f"PA-26-{r.digits(5)}"
    asc = "Old Mill Road Surgery Center"
    decided = c["dos"] + dt.timedelta(days=r.randint(90, 120))
    by = decided + dt.timedelta(days=60)
    d = Page(None, margins=(70, 16, 16))
    d.add_page()
    d.set_fill_color(226, 226, 226)
    d.rect(0, 0, 60, d.h, style="F")
    y = 20
    for lab, val in [("DECISION DATE", fmt_date(decided, "dmy")), ("APPEAL NO.", appeal), ("CLAIM NO.", claim),
                     ("PATIENT", member), ("MEMBER", mid), ("GROUP", grp), ("DATE OF SURGERY", fmt_date(c["dos"], "dmy")),
                     ("BILLED", fmt_money(c["total"])), ("FACILITY NPI", r.npi()),
                     ("LEVEL 2 REQUEST BY", fmt_date(by, "dmy"))]:
        d.set_xy(6, y)
        d.font(6.8, "B")
        d.cell(50, 3.5, lab)
        d.set_xy(6, y + 3.8)
        d.font(9.2)
        d.cell(50, 5, val)
        y += 13
    d.set_xy(70, 16)
    d.text_line("PEMBERTON VALLEY HEALTH COOPERATIVE", 13, "B", h=7)
    d.text_line("Provider Dispute Resolution  -  611 Lomax Street, Fargo, ND 58102", 8.4, h=5)
    d.ln(6)
    d.text_line(asc, 10, h=5)
    d.text_line("Attn: Reimbursement Manager", 10, h=5)
    d.ln(5)
    d.text_line("First-level provider appeal: decision", 12, "B", h=7)
    d.ln(1)
    d.para(f"You appealed our denial of the anchor line (C1713, {c['n_anch']} units, "
           f"{fmt_money(c['anch'])}) on the claim shown at left. After review by our reimbursement committee, "
           "the denial is UPHELD.", 10)
    d.para("Exhibit B of your facility agreement pays one all-inclusive case rate for the procedure group billed. "
           "The exhibit lists implants that may be billed in addition to the case rate (the implant carve-out). "
           "Suture anchors and interference screws are not on that list, and their invoice cost on this case "
           "did not reach the carve-out threshold of $2,500.00. The anchors are therefore included in the case rate "
           "already paid. Member hold-harmless applies: the member may not be billed.", 10)
    d.para("A second-level request must reach us by the date shown in the sidebar. Include any amendment to Exhibit "
           "B you rely on. This decision concerns payment to the facility only.", 10)
    d.ln(2)
    d.para("Reimbursement Committee\nPemberton Valley Health Cooperative", 10)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[appeal, claim], claim_amount=m2(c["total"]), service_dates=[iso(c["dos"])],
              denial_date=iso(decided), provider=asc, appeal_deadline=iso(by),
              denial_alternates=["other", "not_covered"],
              alternates={"case_numbers": [[appeal]], "claim_amount": [m2(c["anch"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA pre-service carve-out refusal (low res)
def doc_tpa_preservice(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    ins = "Fenwick Benefit Services"
    plan = "Marchetti Foods Employee Medical Plan"
    cert, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"MF{r.digits(4)}"
    req = f"PD{r.digits(7)}"
    asc, surgeon = "Birchwood Lane Surgical Suites", "Colin J. Greer, MD"
    planned = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    sent = planned - dt.timedelta(days=r.randint(9, 16))
    est = float(r.randint(3200, 6100))
    d = Page("Fenwick Benefit Services administers the plan; the plan sponsor pays claims. {p}/{n}",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("FENWICK BENEFIT SERVICES", 14, "B", h=7)
    d.text_line("third-party administrator for " + plan, 8.8, "I", h=5)
    d.rule(0.3, 4)
    left = [("Covered person", member), ("Certificate no.", cert), ("Plan sponsor no.", grp)]
    right = [("Reply dated", fmt_date(sent, "wlong")), ("Predetermination", req), ("Case scheduled", fmt_date(planned, "long"))]
    y = d.get_y()
    for i, (lab, val) in enumerate(left):
        d.set_xy(18, y + i * 5.5)
        d.font(8.6)
        d.cell(30, 5.5, lab)
        d.font(8.6, "B")
        d.cell(50, 5.5, val)
    for i, (lab, val) in enumerate(right):
        d.set_xy(104, y + i * 5.5)
        d.font(8.6)
        d.cell(32, 5.5, lab)
        d.font(8.6, "B")
        d.cell(0, 5.5, val)
    d.set_xy(18, y + 20)
    d.text_line("Predetermination of benefits: implant carve-out", 11.5, "B", h=7)
    d.para(f"{asc} asked us, for {first} {last}'s surgery with {surgeon}, whether the plan would pay the "
           f"implants separately from the facility fee (C1713 anchors and an L8699 cartilage scaffold). The center's "
           f"estimate for the implants was {fmt_money(est)}.", 9.6)
    d.table(["Item", "Requested", "Decision"],
            [["Facility fee, procedure 27427", "Plan benefit", "Covered at the ASC rate (no change)"],
             ["C1713 anchors", "Separate payment", "No separate payment - included"],
             ["L8699 scaffold", "Separate payment", "No separate payment - included"]], [66, 40, 68], size=8.6,
            border_head="TB")
    d.para("The plan pays ambulatory surgery centers through the Cedar Network fee schedule, which prices each "
           "procedure as one global facility amount including devices and implants. The plan document has no "
           "implant carve-out for this network (Summary Plan Description, section 7.4). Separate payment for the "
           "implants is therefore not a covered benefit. The surgery itself is covered.", 9.6)
    d.para("You may appeal this decision within 180 days of the date of this reply. Send your appeal to Fenwick "
           f"Benefit Services, Appeals, PO Box 9100, Pueblo, CO 81003. Call {r.phone()} for help. Urgent "
           "pre-service appeals are decided within 72 hours.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=cert, member_name=member,
              case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(sent), provider=asc,
              appeal_deadline=iso(sent + dt.timedelta(days=180)), denial_alternates=["coding_error", "other"],
              alternates={"claim_amount": [m2(est)], "provider": ["Colin J. Greer"], "insurer": [plan]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob3, "three_line_eob", "scan_clean_300"),
              (2, doc_invoice_request, "invoice_request", "photocopy"),
              (3, doc_corrected_paid, "corrected_paid", "born_digital"),
              (4, doc_ma_idn, "ma_payment_notice", "phone_photo"),
              (5, doc_upheld_appeal, "upheld_appeal", "rotated"),
              (6, doc_tpa_preservice, "tpa_predetermination", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
