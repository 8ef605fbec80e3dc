"""Family 'genetic_carrier_testing_partner_not_covered_denial': expanded carrier screening (81443, at least 15 genes)
of a pregnant member and of her reproductive partner. The member's own panel is paid; the partner's panel, billed
under the member's coverage, is refused because the partner is not enrolled (or because testing a person who is
not a member is excluded).

Documents: a born-digital paid EOB for the member's own panel (nothing denied, a worked "example" amount); a
fine-fax stack of a cover sheet, an insurer's serif prose letter refusing the partner's claim (facts in
sentences) and the laboratory's bill to the partner; a scanned laboratory estimate letter (benefits check, "not a
bill and not a coverage decision"); a photocopied two-page grievance decision upholding the refusal (memo header,
numbered sections, running header); a phone photo of a three-claim EOB (prenatal visit and member's panel paid,
partner's panel refused); a sideways state Medicaid notice of action refusing a prior authorization for the
partner (fair hearing rights only); a low-resolution lab benefit manager pre-service determination.

Decoys: DOB, NPIs, tax ID, invoice and accession numbers, estimate reference, the member's own paid claim,
self-pay prices, plan-paid amounts, received dates, 72-hour, 4-month, 90-day and 10-day limits, form numbers, a
genetic counseling phone line's season. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "genetic_carrier_testing_partner_not_covered_denial"
LANG = "en"
SEED = 323500
D = "/usr/share/fonts/truetype/dejavu/"
LABS = ["Halvorsen Genomics Laboratory", "Brightwater Molecular Diagnostics", "Corvid Heritage Genetics Lab"]
PANEL = "Expanded carrier screen, 15+ genes"


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16), serif=False, header=None, cond=False):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", D + "DejaVuSans-Bold.ttf")
        if serif:
            self.add_font("Serif", "", D + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", D + "DejaVuSerif-Bold.ttf")
            self.base_font = "Serif"
        if cond:
            self.add_font("Cond", "", D + "DejaVuSansCondensed.ttf")
            self.add_font("Cond", "B", D + "DejaVuSansCondensed-Bold.ttf")
            self.base_font = "Cond"


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def couple(r: Rand) -> dict:
    m = r.person()
    p = r.person()
    while p[3] == m[3] or p[1] == m[1]:
        p = r.person()
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=m[0], mfirst=m[1], mlast=m[3], partner=p[0], pfirst=p[1], plast=p[3], addr=r.address(),
                dos=dos, pdos=dos + dt.timedelta(days=r.randint(6, 20)),
                dob=dt.date(r.randint(1984, 2000), r.randint(1, 12), r.randint(1, 28)),
                pdob=dt.date(r.randint(1980, 2000), r.randint(1, 12), r.randint(1, 28)),
                npi=r.npi(), ph=ph(r), charge=float(r.randint(1150, 2450)) + r.choice([0, 0.5, 0.75]),
                doc=f"Dr. {r.person()[0]}")


# ------------------------------------------------------------- 0: paid EOB for the member's own panel
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = couple(r)
    ins = "Mariner Crest Health Plan"
    mid, grp, claim = f"MCH-{r.digits(8)}", f"{r.digits(6)}-{r.letters(1)}", f"{r.digits(3)}{r.letters(2)}{r.digits(7)}"
    lab = LABS[0]
    notice = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    lines = [("81443", PANEL, f["charge"]), ("36415", "Routine venipuncture", float(r.randint(18, 35)))]
    billed = sum(x[2] for x in lines)
    allowed = [round(lines[0][2] * 0.41, 2), 9.5]
    d = Page("Mariner Crest Health Plan  *  Claim notice  *  not a bill  *  {p}/{n}")
    d.add_page()
    d.set_fill_color(30, 60, 90)
    d.rect(0, 0, d.w, 24, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(16, 6)
    d.font(16, "B")
    d.cell(0, 8, "MARINER CREST", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 5, f"{ins}  |  Claims, PO Box 7714, Anchor Bay, OR 97420  |  {f['ph']}")
    d.set_text_color(0, 0, 0)
    d.set_y(30)
    d.text_line("Summary of a processed claim - THIS IS NOT A BILL", 12, "B", h=7)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    for lab_, val in [("Notice date", fmt_date(notice, "long")), ("Enrollee", f["member"]), ("Enrollee number", mid),
                      ("Employer group", grp), ("Claim reference", claim), ("Performed by", lab),
                      ("Lab NPI", f["npi"]), ("Received", fmt_date(notice - dt.timedelta(days=9), "long"))]:
        d.set_x(112)
        d.font(8.6)
        d.cell(32, 4.8, lab_)
        d.font(8.6, "B")
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    rows = []
    for (c, desc, b), a in zip(lines, allowed):
        rows.append([fmt_date(f["dos"], "long"), c, desc, fmt_money(b), fmt_money(a), fmt_money(a), "$0.00"])
    rows.append(["*Claim total", "", "", fmt_money(billed), fmt_money(sum(allowed)), fmt_money(sum(allowed)), "$0.00"])
    d.table(["Service date", "Code", "What was done", "Charged", "Allowed", "We paid", "Your part"], rows,
            [30, 14, 52, 22, 22, 22, 20], size=8.4, aligns="LLLRRRR", head_fill=True)
    d.text_line("About this claim", 10.5, "B", h=6)
    d.para(f"Carrier screening during pregnancy is a preventive service for you, the enrolled member, so there was "
           f"no deductible or coinsurance. {lab} is in our network and may not bill you more than the amount shown "
           "under Your part.", 9)
    d.set_fill_color(238, 238, 238)
    d.multi_cell(0, 4.6, "How cost sharing works (example only): if a lab charges $1,000.00 and the allowed amount is "
                 "$400.00, a member with 20% coinsurance would pay $80.00. This example is not about your claim.",
                 border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Questions or disagreement? You may ask for a review within 180 days after you receive this notice. "
           "Genetic counseling line hours change on September 1, 2026.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=lab, type_alternates=["other"], alternates={"insurer": ["Mariner Crest"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: fax stack: prose letter + lab bill to partner
def doc_prose_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tamarind Valley Health Insurance Company"
    notice = f["pdos"] + dt.timedelta(days=r.randint(24, 36))
    f["notice"] = notice
    d = Page("Tamarind Valley Health  -  page {p} of {n}", margins=(24, 20, 24), serif=True)
    d.add_page()
    d.text_line("Tamarind Valley Health", 17, "B", align="C", h=8)
    d.text_line(f"{ins}  -  1400 Orchard Row, Visalia Springs, CA 93277", 8.6, align="C", h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['mfirst']} {f['mlast']}:", 10.5)
    d.para(f"We have finished processing claim number {f['claim']}, which {f['lab']} sent to us under your member "
           f"number {f['mid']} (employer group {f['grp']}). The claim is for a {PANEL.lower()} (code 81443) "
           f"performed for {f['partner']} on {fmt_date(f['pdos'], 'long')}, with total charges of "
           f"{fmt_money(f['charge'] + f['draw'])}.", 10.5)
    d.para(f"We cannot pay this claim. {f['pfirst']} {f['plast']} is not enrolled under your coverage. Your plan "
           "pays for services given to enrolled members only (Evidence of Coverage, Part 2, Who Is Covered). "
           "Prenatal carrier screening of a member is covered, and we paid your own screening "
           f"(claim {f['own']}) in full earlier this year. Screening of a partner who is not a member can be "
           "covered only under that person's own health coverage.", 10.5)
    d.para("If you believe we made a mistake, for example because your partner was added to your coverage, you "
           "may file an appeal within 180 days of the date of this letter. Write to Tamarind Valley Health, "
           "Appeals, PO Box 2210, Visalia Springs, CA 93279, or call " + f["ph"] + ". If your situation is urgent, "
           "you may ask for a decision within 72 hours. After our final decision you may ask for an external "
           "review within 4 months, and you may have the right to bring a civil action under section 502(a) of "
           "ERISA.", 10.5)
    d.para("Sincerely,\n\nMember Claims Review\nTamarind Valley Health", 10.5)
    t = truth("denial_letter", "eligibility", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["partner"], case_numbers=[f["claim"]], claim_amount=m2(f["charge"] + f["draw"]),
              service_dates=[iso(f["pdos"])], denial_date=iso(notice), provider=f["lab"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"insurer": ["Tamarind Valley Health"]})
    return pdf_bytes(d), t


def doc_lab_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["notice"] + dt.timedelta(days=r.randint(8, 16))
    inv, acc = f"INV-{r.digits(7)}", f"ACC{r.digits(9)}"
    total = f["charge"] + f["draw"]
    d = Page(None, cond=True)
    d.add_page()
    d.text_line(f["lab"].upper(), 14, "B", h=7)
    d.text_line(f"Patient Billing  |  88 Foundry Park, Corvallis Bend, OR 97330  |  Tax ID 93-{r.digits(7)}  |  "
                f"{ph(r)}", 8.2, h=4.4)
    d.rule(0.6, 3)
    d.text_line("PATIENT INVOICE", 12, "B", h=7)
    d.boxes([("Invoice date", fmt_date(bill, "slash"), 32), ("Invoice no.", inv, 34), ("Accession", acc, 38),
             ("Balance", fmt_money(total - 0), 30), ("Due", fmt_date(bill + dt.timedelta(days=30), "slash"), 32)])
    d.ln(3)
    for lab_, val in [("Bill to (patient)", f["partner"]), ("Patient DOB", fmt_date(f["pdob"], "slash")),
                      ("Ordering clinician", f["doc"]), ("Insurance on file", f"Tamarind Valley Health, ID {f['mid']}"),
                      ("Insurer claim", f["claim"])]:
        d.font(9, "B")
        d.cell(40, 5, lab_ + ":")
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["pdos"], "slash"), "81443", PANEL, fmt_money(f["charge"])],
            [fmt_date(f["pdos"], "slash"), "36415", "Specimen collection", fmt_money(f["draw"])],
            ["*Total charges", "", "", fmt_money(total)],
            [fmt_date(f["notice"], "slash"), "", "Insurance: denied, patient not covered", "$0.00"],
            ["*Amount you owe", "", "", fmt_money(total)]]
    d.table(["Date", "CPT", "Description", "Amount"], rows, [32, 18, 98, 28], size=8.8, aligns="LLLR")
    d.para(f"Self-pay option: if you pay within 30 days, we will accept $249.00 as payment in full for the "
           "screening panel. Financial assistance is available on request.", 8.8)
    d.text_line("- - - - - - - - - - return this part with your payment - - - - - - - - - -", 8, align="C", h=6)
    d.para(f"Invoice {inv}    Amount due {fmt_money(total)}    Amount enclosed $________", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["partner"], case_numbers=[f["claim"]],
              claim_amount=m2(total), service_dates=[iso(f["pdos"])], denial_date=iso(bill), provider=f["lab"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = couple(r)
    f.update(mid=f"TVH{r.digits(9)}", grp=f"{r.digits(5)}", claim=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}",
             own=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}", lab=LABS[1], draw=float(r.randint(15, 30)))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_prose_letter(r, f), doc_lab_bill(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------- 2: lab estimate letter (not a denial)
def doc_estimate(r: Rand) -> tuple[bytes, dict]:
    f = couple(r)
    lab = LABS[2]
    ref = f"EST-{r.digits(6)}"
    sent = f["pdos"] - dt.timedelta(days=r.randint(2, 5))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, lab, new_x="LMARGIN", new_y="NEXT")
    d.text_line("Billing Advocacy Team  -  210 Cedar Knoll Road, Ames Crossing, IA 50011", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(sent, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["partner"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line(f"Your cost estimate   (reference {ref})", 11, "B", h=6.5)
    d.para(f"Dear {f['pfirst']} {f['plast']},", 10)
    d.para(f"{f['doc']} has ordered a carrier screening panel for you, and your sample was collected on "
           f"{fmt_date(f['pdos'], 'long')}. Before we bill anyone, we checked benefits with the health plan you "
           f"gave us, Juniper Ridge Health, under your partner {f['member']}'s member number.", 10)
    d.para(f"Juniper Ridge Health told us that you are not listed on that coverage. If we bill the plan, it may "
           f"not pay. Our charge for the panel (code 81443) is {fmt_money(f['charge'])}. If you choose to pay "
           "yourself, our self-pay price is $299.00, and a payment plan is available.", 10)
    d.set_fill_color(240, 240, 240)
    d.font(10, "B")
    d.multi_cell(0, 5.4, "This is not a bill and not a coverage decision. Nothing has been denied. Your plan makes "
                 "its own decision if a claim is sent.", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Please tell us within 14 days of the date of this letter whether we should bill the plan, bill other "
           "coverage you have, or use the self-pay price. If we do not hear from you, we will bill the plan. "
           f"Call {ph(r)}, Monday to Friday.", 10)
    d.para(f"Laboratory NPI {f['npi']}.  Sample accession {r.digits(10)}.", 8.5)
    d.para("Kind regards,\n\nBilling Advocacy Team", 10)
    t = truth("other", None, member_name=f["partner"], claim_amount=m2(f["charge"]), service_dates=[iso(f["pdos"])],
              denial_date=iso(sent), provider=lab, unscored=["insurer"],
              alternates={"case_numbers": [[ref]], "claim_amount": [None, "299.00"], "provider": [f["doc"][4:]],
                          "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 3: grievance decision upheld (2 pages)
def doc_grievance(r: Rand) -> tuple[bytes, dict]:
    f = couple(r)
    ins = "Osprey Point Health Cooperative"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"GRP{r.digits(5)}"
    griev, claim = f"GRV-{r.digits(2)}-{r.digits(5)}", f"{r.digits(12)}"
    lab = LABS[0]
    filed = f["pdos"] + dt.timedelta(days=r.randint(45, 60))
    dec = filed + dt.timedelta(days=r.randint(20, 28))
    total = f["charge"]
    d = Page("Page {p} of {n}", margins=(24, 18, 24), header=f"Grievance {griev}  -  {f['member']}  -  continued")
    d.add_page()
    d.text_line("OSPREY POINT HEALTH COOPERATIVE", 13, "B", h=7)
    d.text_line("Member Grievance and Appeals", 9, h=5)
    d.rule(1.0, 4)
    for k, v in [("TO:", f"{f['member']}, {f['addr'][0]}, {f['addr'][1]}"),
                 ("FROM:", "Grievance Review Committee, " + ins), ("DATE:", fmt_date(dec, "dmy")),
                 ("RE:", "Decision on your grievance about partner carrier screening")]:
        d.font(9.5, "B")
        d.cell(20, 5.6, k)
        d.font(9.5)
        d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["Grievance no.", "Claim no.", "Member no.", "Group", "Grievance filed"],
            [[griev, claim, mid, grp, fmt_date(filed, "dmy")]], [34, 36, 34, 24, 34], size=8.8, border_head="TB")
    d.text_line("1. What you asked us to review", 10.5, "B", h=6.5)
    d.para(f"You asked us to pay claim {claim} from {lab} for a carrier screening panel (81443) performed on "
           f"{fmt_date(f['pdos'], 'dmy')} for {f['partner']}, with charges of {fmt_money(total)}. You explained that "
           "the test was ordered by your obstetric provider because your own screening showed you carry a "
           "recessive condition, and that testing your partner was needed to understand the risk to your "
           "pregnancy.", 10)
    d.text_line("2. What we found", 10.5, "B", h=6.5)
    d.para(f"We confirmed that your own screening on {fmt_date(f['dos'], 'dmy')} was paid in full. Our enrollment "
           f"records show that {f['pfirst']} {f['plast']} has never been enrolled under your coverage, and you did not "
           "ask to add your partner during open enrollment or after a qualifying life event. Your Member Handbook, "
           "Chapter 4, says benefits are paid only for services received by enrolled members. The handbook does "
           "not make an exception for tests done to guide a member's care when the test is performed on another "
           "person.", 10)
    d.para("A physician reviewer board-certified in medical genetics reviewed your grievance. The reviewer agreed "
           "that the test was clinically reasonable but noted that the question in this grievance is who is "
           "covered, not whether the test was needed.", 10)
    d.text_line("3. Our decision", 10.5, "B", h=6.5)
    d.para("We uphold the denial of this claim. This is our final internal decision.", 10)
    d.text_line("4. What you can do next", 10.5, "B", h=6.5)
    d.para("You may ask for an external review by an independent review organization within 4 months of "
           "receiving this letter. You may also contact the state insurance department's consumer assistance "
           "program at " + ph(r) + ". If your plan is subject to ERISA, you may bring a civil action under section "
           "502(a). You may ask for copies of all documents relevant to your grievance free of charge.", 10)
    d.para("Your partner may be able to get coverage for this test under his or her own health plan, or the "
           "laboratory may offer a self-pay price.", 10)
    d.text_line("5. Information we used", 10.5, "B", h=6.5)
    d.para("Your grievance letter and the note from your obstetric provider; the claim and the laboratory's "
           "report; our enrollment records for your coverage for this plan year; the Member Handbook in effect on "
           "the date of the test; the physician reviewer's written opinion. You may ask for copies of these free of "
           "charge. Asking for copies does not extend any time limit.", 10)
    d.text_line("6. Help in other languages", 10.5, "B", h=6.5)
    d.para("If you need this letter in another language or in large print, call Member Services. Interpreter "
           "services are free. Osprey Point Health Cooperative complies with federal civil rights laws and does "
           "not discriminate on the basis of race, color, national origin, age, disability or sex.", 10)
    d.para(f"Member date of birth on file: {fmt_date(f['dob'], 'dmy')}. Laboratory NPI: {f['npi']}.", 9)
    d.para("Grievance Review Committee\nOsprey Point Health Cooperative", 10)
    t = truth("denial_letter", "eligibility", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["partner"], case_numbers=[griev, claim], claim_amount=m2(total),
              service_dates=[iso(f["pdos"])], denial_date=iso(dec), provider=lab,
              denial_alternates=["not_covered"], alternates={"case_numbers": [[griev]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: three-claim EOB (phone photo)
def doc_three_claim_eob(r: Rand) -> tuple[bytes, dict]:
    f = couple(r)
    ins = "Sagebrush Lantern Insurance Co."
    mid, grp = f"SL{r.digits(3)}-{r.digits(5)}", f"{r.digits(7)}"
    stmt = f["pdos"] + dt.timedelta(days=r.randint(20, 30))
    lab = LABS[1]
    ob = "Harborside Women's Health Associates"
    c = [f"{r.digits(9)}", f"{r.digits(9)}", f"{r.digits(9)}"]
    visit = f["dos"] - dt.timedelta(days=r.randint(3, 10))
    draw = float(r.randint(15, 30))
    d = Page("Sagebrush Lantern  Explanation of Benefits  page {p}", margins=(12, 10, 12), cond=True)
    d.add_page()
    d.text_line("Sagebrush Lantern", 18, "B", h=8)
    d.text_line(f"{ins}  -  3 Lantern Square, Rimrock, NV 89501  -  {f['ph']}", 8.2, h=4.4)
    d.rule(0.5, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  this is not a bill", 11.5, "B", h=6.5)
    d.boxes([("Statement issued", fmt_date(stmt, "abbr"), 36), ("Subscriber", f["member"], 52),
             ("Subscriber ID", mid, 40), ("Group", grp, 28), ("Claims shown", "3", 24)])
    d.ln(3)
    blocks = [(c[0], f["member"], ob, visit, [("99213", "Prenatal office visit", float(r.randint(160, 240)))], None),
              (c[1], f["member"], lab, f["dos"], [("81443", PANEL, f["charge"])], None),
              (c[2], f"{f['partner']} (not enrolled)", lab, f["pdos"],
               [("81443", PANEL, f["charge"] + r.choice([0, 50])), ("36415", "Venipuncture", draw)], "E4")]
    denied_total = 0.0
    for cn, pat, prov, day, lines, rmk in blocks:
        d.set_fill_color(220, 220, 220)
        d.font(8.6, "B")
        d.cell(0, 5.2, f"Claim {cn}   Patient: {pat}   Provider: {prov}", fill=True, new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, b in lines:
            paid = 0.0 if rmk else round(b * 0.45, 2)
            rows.append([fmt_date(day, "abbr"), code, desc, fmt_money(b, "nosign"), fmt_money(paid, "nosign"),
                         fmt_money(b if rmk else 0, "nosign"), rmk or ""])
        if rmk:
            denied_total = sum(x[2] for x in lines)
        if len(lines) > 1:
            tb = sum(x[2] for x in lines)
            rows.append(["*Claim total", "", "", fmt_money(tb, "nosign"), "0.00" if rmk else "",
                         fmt_money(tb if rmk else 0, "nosign"), ""])
        d.table(["Date", "Code", "Service", "Charge", "Paid", "Not paid", "Note"], rows, [26, 14, 62, 22, 20, 22, 14],
                size=8.2, aligns="LLLRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para(f"E4  The patient is not enrolled under this subscriber's coverage. We pay only for services to enrolled "
           f"members. {f['partner']} does not appear on our enrollment records for group {grp}.", 8.5)
    d.para("If you disagree with this decision, you may appeal within 180 days of the date of this statement. "
           "Send appeals to Sagebrush Lantern Appeals, PO Box 90, Rimrock, NV 89502. Urgent appeals: 72 hours. "
           f"External review: 4 months after a final decision. Lab NPI {f['npi']}.", 8.5)
    t = truth("eob", "eligibility", insurer=ins, group_number=grp, member_id=mid, member_name=f["partner"],
              case_numbers=[c[2]], claim_amount=m2(denied_total), service_dates=[iso(f["pdos"])],
              denial_date=iso(stmt), provider=lab, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"insurer": ["Sagebrush Lantern"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: state Medicaid notice of action (rotated)
def doc_medicaid_noa(r: Rand) -> tuple[bytes, dict]:
    f = couple(r)
    ins = "Prairie State Department of Human Services"
    mcd = f"{r.digits(4)} {r.digits(4)} {r.digits(2)}"
    notice_no, req = f"NOA-{r.digits(7)}", f"PA{r.digits(8)}"
    dated = f["pdos"] - dt.timedelta(days=r.randint(5, 12))
    lab = LABS[2]
    d = Page("Form DHS-MA-2207 (rev. 01/2026)", margins=(18, 14, 18))
    d.add_page()
    d.text_line("PRAIRIE STATE DEPARTMENT OF HUMAN SERVICES", 12.5, "B", h=6.5)
    d.text_line("Medical Assistance Program  -  Office of Medical Review  -  PO Box 400, Capitol Bend, ND 58501", 8.4,
                h=4.5)
    d.ln(4)
    d.text_line("NOTICE OF ACTION", 14, "B", align="C", h=8)
    d.text_line("Request for prior approval - DENIED", 10, align="C", h=5.5)
    d.ln(3)
    cells = [("Date of notice", fmt_date(dated, "iso")), ("Notice number", notice_no), ("Request number", req),
             ("Medical Assistance ID (case head)", mcd), ("Person the request was for", f["partner"]),
             ("Requested by", f"{f['doc']}, for {lab}"), ("Service", "81443 carrier screening panel"),
             ("Planned date", fmt_date(f["pdos"], "iso"))]
    for k, v in cells:
        d.font(8.6)
        d.cell(62, 5.4, k, border="B")
        d.font(9.4, "B")
        d.cell(0, 5.4, v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("What we decided and why", 10.5, "B", h=6)
    d.para(f"We denied the request because {f['partner']} is not eligible for Medical Assistance. Medical Assistance "
           f"pays only for services to eligible persons (state rule 75-02-02-08). {f['member']}, who is eligible "
           "under pregnancy coverage, already had carrier screening approved. An application for "
           f"{f['pfirst']} {f['plast']} can be made at any county social service office.", 9.6)
    d.text_line("Your right to a fair hearing", 10.5, "B", h=6)
    d.para("If you disagree, you may ask for a fair hearing. Your request must reach us within 30 days of the date "
           "of this notice (or within 90 days if you show good cause). You may speak for yourself or have a lawyer, "
           "relative, friend or other person speak for you. If your health is in serious danger, you may ask for "
           "an expedited hearing, decided within 3 working days. Free legal help: " + ph(r) + ".", 9.4)
    d.para("This notice was mailed on the date shown above.", 9)
    t = truth("denial_letter", "eligibility", insurer=ins, member_id=mcd, member_name=f["partner"],
              case_numbers=[notice_no, req], service_dates=[iso(f["pdos"])], denial_date=iso(dated),
              provider=f["doc"][4:], alternates={"case_numbers": [[req], [notice_no]], "provider": [lab],
                                                  "member_id": [None], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: lab benefit manager pre-service (low res)
def doc_lbm(r: Rand) -> tuple[bytes, dict]:
    f = couple(r)
    ins = "Genelink Benefit Management"
    plan = "Cobalt Harbor Health Plan"
    mid, grp = f"CHH{r.digits(7)}-01", f"{r.letters(3)}{r.digits(4)}"
    case = f"GL{r.digits(4)}{r.letters(1)}{r.digits(3)}"
    dec = f["pdos"] - dt.timedelta(days=r.randint(3, 8))
    lab = LABS[0]
    d = Page(f"Genelink Benefit Management for {plan}  |  GBM-DET-14", margins=(14, 12, 14))
    d.add_page()
    d.text_line("genelink", 20, "B", h=9)
    d.text_line(f"Laboratory benefit manager for {plan}  -  PO Box 5529, Brookhaven Mills, TN 37010", 8.2, h=4.5)
    d.ln(4)
    x0, y0 = d.l_margin, d.get_y()
    d.set_xy(x0, y0)
    for k, v in [("Determination date", fmt_date(dec, "upper")), ("Case", case), ("Plan member", f["member"]),
                 ("Member ID", mid), ("Group", grp), ("Tested person", f["partner"]),
                 ("Ordering clinician", f["doc"]), ("Performing lab", lab), ("Test", "81443"),
                 ("Requested collection", fmt_date(f["pdos"], "upper"))]:
        d.set_x(x0)
        d.font(7.6)
        d.cell(34, 5, k)
        d.font(8.8, "B")
        d.cell(58, 5, v, new_x="LMARGIN", new_y="NEXT")
    yb = d.get_y()
    d.set_xy(112, y0)
    d.set_line_width(0.8)
    d.rect(112, y0, 90, 30)
    d.set_xy(116, y0 + 4)
    d.font(13, "B")
    d.cell(80, 7, "NOT APPROVED", new_x="LEFT", new_y="NEXT")
    d.font(8.6)
    d.multi_cell(82, 4.4, "Reason: testing of a person who is not enrolled is excluded under the member's plan.")
    d.set_line_width(0.2)
    d.set_y(max(yb, y0 + 34) + 4)
    d.para(f"We reviewed the request from {f['doc']} for expanded carrier screening of {f['partner']}, the "
           f"reproductive partner of our member {f['member']}. The {plan} certificate, section 7.4, item 19, "
           "excludes \"services provided to a person who is not a covered person, even when the result is used in "
           "a covered person's care.\" For this reason the request is not approved. The member's own carrier "
           "screening is covered and does not need approval.", 9)
    d.para(f"Appeals: the member or the ordering clinician may appeal within 180 days of the date of this "
           "determination by writing to the address above or faxing " + ph(r) + ". An expedited appeal is "
           "decided within 72 hours. Peer-to-peer discussion line open until December 31, 2026.", 9)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["partner"],
              case_numbers=[case], service_dates=[iso(f["pdos"])], denial_date=iso(dec), provider=f["doc"][4:],
              appeal_deadline=iso(dec + dt.timedelta(days=180)), denial_alternates=["eligibility"],
              alternates={"insurer": [plan], "provider": [lab], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_paid_eob, "paid_eob", "born_digital"), (2, doc_estimate, "lab_estimate", "scan_clean_300"),
              (3, doc_grievance, "grievance_upheld", "photocopy"),
              (4, doc_three_claim_eob, "three_claim_eob", "phone_photo"),
              (5, doc_medicaid_noa, "medicaid_noa", "rotated"), (6, doc_lbm, "lbm_preservice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
