"""Family 'anti_amyloid_antibody_registry_requirement_denial': anti-amyloid monoclonal antibody infusions (J0174
lecanemab, 96365/96366 infusion) and amyloid PET (A9586 florbetapir, 78811) refused under Medicare's coverage with
evidence development: no CMS-approved registry enrollment, claims without the Q0 modifier and registry number,
records for the registry not received, continued infusions after ARIA on the monitoring MRI.

Documents: a photocopied Part B Medicare Summary Notice (a paid neurology visit and a denied infusion claim); a
fine-fax stack of a cover sheet, a MAC redetermination upholding the denial (coding: Q0 / registry number missing)
and the infusion center's statement; a Medigap Plan G crossover EOB (visit coinsurance paid, infusion claim not
paid because Medicare did not approve it); a two-page Medicare Advantage notice of denial (CMS-10003 style) for an
amyloid PET (records for the registry not received); a phone photo of an approval of six months of infusions; a
sideways prose letter from a retiree group plan denying continued infusions after ARIA; a low-resolution state
Medicaid notice of action for a dual-eligible member (fair hearing only).

Decoys: DOB, NPIs, registry (NCT) numbers, accounts, claims-processed periods, the paid claims, approved / paid /
you-owe amounts, form numbers, 72-hour, 90-day fair-hearing and 10-day continuation limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "anti_amyloid_antibody_registry_requirement_denial"
LANG = "en"
SEED = 303500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CENTER = "Halvorsen Memory & Infusion Center"
NEURO = ["Dr. Priya N. Castellanos", "Dr. Oren T. Whitlock", "Dr. Sabine L. Moreau"]


class Page(Doc):
    def __init__(self, foot=None, head=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def mbi(r: Rand) -> str:
    a = r.choice("123456789") + r.letters(1) + r.choice("0123456789ACDEFGHJK") + r.digits(1)
    return f"{a}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    d1 = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, last=last, addr=r.address(), d1=d1, d2=d1 + dt.timedelta(days=14),
                dob=dt.date(r.randint(1946, 1958), r.randint(1, 12), r.randint(1, 28)), mbi=mbi(r), npi=r.npi(),
                nct=f"NCT0{r.digits(7)}", neuro=r.choice(NEURO))


def infusion_lines(r: Rand) -> list[list]:
    """Two infusion visits: J0174 (per 1 mg) units, 96365 first hour, 96366 added hour."""
    out = []
    for _ in range(2):
        units = r.choice([640, 700, 760, 820])
        out += [["J0174", "Lecanemab-irmb, 1 mg", units, round(units * r.choice([4.15, 4.3, 4.42]), 2)],
                ["96365", "IV infusion, first hour", 1, float(r.randint(310, 420))]]
    return out


# ---------------------------------------------------------------- 0: MSN, photocopy
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    msn = f["d2"] + dt.timedelta(days=r.randint(30, 45))
    by = msn + dt.timedelta(days=120)
    vis = f["d1"] - dt.timedelta(days=r.randint(10, 25))
    c_vis, c_inf = f"{r.digits(2)}{r.digits(3)}{r.digits(6)}0", f"{r.digits(2)}{r.digits(3)}{r.digits(6)}0"
    lines = infusion_lines(r)
    billed = sum(x[3] for x in lines)
    vbill = float(r.randint(260, 390))
    d = Page("Page {p} of {n}     " + fmt_date(msn, "long"), head=f"{f['member'].upper()}  |  Medicare Number "
             f"{f['mbi']}  |  Medicare Summary Notice for Part B")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B", h=8)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.8, h=5)
    d.rule(0.9, 4)
    y = d.get_y()
    d.text_line(f["member"].upper(), 10, "B", h=5.2)
    for ln in f["addr"]:
        d.text_line(ln.upper(), 10, h=5.2)
    d.ln(4)
    d.text_line("THIS IS NOT A BILL", 12, "B", h=7)
    d.para(f"Notice for {f['member']}", 9.5)
    d.para(f"This notice is for Part B claims processed {fmt_date(msn - dt.timedelta(days=90), 'abbr')} - "
           f"{fmt_date(msn, 'abbr')}.", 9)
    d.set_xy(118, y)
    d.set_fill_color(230, 230, 230)
    d.font(9, "B")
    d.multi_cell(78, 5, f"Medicare Number  {f['mbi']}\nDate of this notice  {fmt_date(msn, 'long')}\n\n"
                 "Customer Service Information\n1-800-MEDICARE (1-800-633-4227)\nTTY 1-877-486-2048", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 48))
    d.ln(4)
    d.text_line("Your Deductible Status", 11, "B", h=6)
    d.para("Your deductible is what you must pay each year for most health services before Medicare begins to "
           "pay. Part B deductible: You have met your deductible for 2026.", 9)
    d.text_line("Did Medicare approve all services?    NO", 11, "B", h=6)
    d.para("We denied some services. See the claims on page 2 and how to appeal on page 3.", 9)
    d.text_line(f"Total you may be billed:    {fmt_money(billed + vbill * 0.2)}", 11, "B", h=6)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B", h=7)
    for claim, prov, rows, denied in [
        (c_vis, f"Glenwhistle Neurology Associates, {r.randint(100, 999)} Orchard Row", [
            [fmt_date(vis, "slash"), "99215 Office visit, est.", "1", fmt_money(vbill),
             fmt_money(vbill * 0.71), fmt_money(vbill * 0.71 * 0.8), fmt_money(vbill * 0.71 * 0.2), ""]], False),
        (c_inf, f"{CENTER}, 40 Larkspur Commons", [
            [fmt_date(f["d1"] if i < 2 else f["d2"], "slash"), f"{x[0]} {x[1]}", str(x[2]), fmt_money(x[3]),
             "$0.00", "$0.00", fmt_money(x[3]), "A"] for i, x in enumerate(lines)], True)]:
        d.font(9, "B")
        d.cell(0, 5.5, f"{prov}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 4.8, f"Claim number {claim}   Service provided by the provider above", new_x="LMARGIN",
               new_y="NEXT")
        tot = sum(float(x[3].strip("$").replace(",", "")) for x in rows)
        rows = rows + [["*Total", "", "", fmt_money(tot), "", "", "", ""]]
        d.table(["Date", "Service", "Qty", "Charged", "Approved", "Paid",
                 "You may owe", "See"], rows, [22, 56, 10, 24, 22, 20, 22, 8], size=7.8,
                aligns="LLRRRRRL", head_fill=True)
    d.text_line("Notes for claims above", 10, "B", h=6)
    d.para("A  Medicare covers this drug and its administration only under coverage with evidence development: "
           "the patient must be enrolled in a CMS-approved registry or study, and the claim must show it. This "
           "claim did not show registry participation, so Medicare denied it. The provider may bill you. "
           f"(Medicare Approved Amount: $0.00.) NPI of the ordering provider: {f['npi']}.", 8.8)
    d.add_page()
    d.text_line("How to Handle Denied Claims or File an Appeal", 12, "B", h=7)
    d.para("If you disagree with a coverage decision or payment decision on this notice, you can file an appeal.",
           9.5)
    d.text_line(f"Appeals must be filed by {fmt_date(by, 'long')}.", 11, "B", h=6.5)
    d.para("Follow these steps: 1) Circle the service(s) you disagree with. 2) Explain in writing why you "
           "disagree, or write it on a separate page. 3) Fill in your name, phone number and Medicare Number. "
           "4) Sign this page and send it, with any records, to the Medicare contractor below. Keep a copy.", 9.2)
    d.para("Northgate Government Benefit Services, Medicare Part B Redeterminations, PO Box 7716, Ambridge Falls, "
           "PA 15003", 9.2)
    d.para("If you want someone to file the appeal for you, fill out the Appointment of Representative form "
           "(CMS-1696). Claims processed more than 120 days ago cannot be appealed with this notice.", 8.8)
    d.para("Name ________________________  Phone ______________  Signature ______________________", 9)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
              case_numbers=[c_inf], claim_amount=m2(billed), service_dates=[iso(f["d1"]), iso(f["d2"])],
              denial_date=iso(msn), provider=CENTER, appeal_deadline=iso(by),
              type_alternates=["denial_letter"], denial_alternates=["coding_error", "experimental"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: MAC redetermination + statement
def doc_redetermination(r: Rand, f: dict) -> tuple[bytes, dict]:
    mac = "Northgate Government Benefit Services"
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("NORTHGATE", 20, "B", h=9)
    d.text_line("Government Benefit Services  ·  A Medicare Administrative Contractor  ·  Jurisdiction Q Part B",
                8.4, h=4.6)
    d.text_line(f"PO Box 7716, Ambridge Falls, PA 15003  ·  Provider contact center {ph(r)}", 8.4, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(f["rd"], "dmy"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12.5, "B", h=7)
    d.text_line("Decision: UNFAVORABLE", 10.5, "B", h=6)
    d.ln(1)
    for lab, val in [("Beneficiary", f["member"]), ("Medicare #", f["mbi"]), ("Redetermination no.", f["appeal"]),
                     ("Internal control no.", f["icn"]), ("Provider/supplier", CENTER),
                     ("Dates of service", f"{fmt_date(f['d1'], 'dmy')} and {fmt_date(f['d2'], 'dmy')}"),
                     ("Request received", fmt_date(f["rd"] - dt.timedelta(days=r.randint(28, 50)), "dmy"))]:
        d.font(9.2)
        d.cell(46, 5.4, lab, border="B")
        d.font(9.2, "B")
        d.cell(0, 5.4, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Summary of the facts", 10.5, "B", h=6)
    d.para(f"{CENTER} billed Medicare {fmt_money(f['billed'])} for two lecanemab infusions (J0174 with 96365). "
           "The claim was denied. You asked us to review that decision.", 9.8)
    d.text_line("Explanation of the decision", 10.5, "B", h=6)
    d.para("Medicare covers monoclonal antibodies directed against amyloid for Alzheimer's disease under a "
           "National Coverage Determination that requires coverage with evidence development. A claim for the "
           "drug must carry modifier Q0 (investigational clinical service provided in a clinical research study), "
           "diagnosis code Z00.6 and the registry's trial number. The claim was sent without modifier Q0 and "
           f"without a trial number. The infusion center has since told us the registry number is {f['nct']}, but "
           "a redetermination cannot add billing information that was not on the claim; the provider may send a "
           "corrected claim. The denial is upheld.", 9.8)
    d.text_line("Who is responsible for the bill?", 10.5, "B", h=6)
    d.para("Because no advance notice was signed, the provider may not be able to bill you for these services "
           "until a corrected claim is processed.", 9.8)
    d.text_line("What to include if you disagree", 10.5, "B", h=6)
    d.para("If you disagree with this decision, you may ask a Qualified Independent Contractor (QIC) for a "
           "reconsideration. You must file your request within 180 days after you receive this letter. We "
           "assume you received it 5 days after the date above. Use form CMS-20033 or write to the QIC at the "
           "address on the enclosed page.", 9.8)
    d.para("Sincerely,\nPart B Redeterminations Unit\nNorthgate Government Benefit Services, LLC", 9.8)
    t = truth("denial_letter", "coding_error", insurer=mac, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[f["appeal"], f["icn"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["d1"]), iso(f["d2"])], denial_date=iso(f["rd"]), provider=CENTER,
              denial_alternates=["not_covered"],
              alternates={"insurer": ["Medicare"],
                          "case_numbers": [[f["appeal"]]]})
    return pdf_bytes(d), t


def doc_center_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    st = f["rd"] + dt.timedelta(days=r.randint(6, 12))
    acct = f"HMI-{r.digits(6)}"
    d = Page("Halvorsen Memory & Infusion Center  ·  patient accounts  ·  page {p}")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  " + CENTER, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"40 Larkspur Commons, Suite 200, Erie, PA 16501  ·  Billing {ph(r)}  ·  NPI {r.npi()}", 8.4, h=5)
    d.ln(4)
    d.text_line("Patient Account Summary", 12, "B", h=7)
    d.boxes([("Summary date", fmt_date(st, "abbr"), 40), ("Account", acct, 34), ("Guarantor / patient",
             f["member"], 62), ("Birth date", fmt_date(f["dob"], "slash"), 34)])
    d.boxes([("Primary payer", "Medicare Part B", 48), ("Payer ID no.", f["mbi"], 46), ("Payer claim ref.",
             f["icn"], 50), ("Please pay by", fmt_date(st + dt.timedelta(days=28), "abbr"), 26)])
    d.ln(4)
    rows = [[fmt_date(f["d1"] if i < 2 else f["d2"], "abbr"), x[0], x[1], str(x[2]), fmt_money(x[3], "nosign")]
            for i, x in enumerate(f["lines"])]
    rows += [["*Charges", "", "", "", fmt_money(f["billed"], "nosign")],
             ["", "", "Medicare: denied (no registry on claim)", "", "0.00"],
             ["", "", "Supplement: not paid (Medicare denied)", "", "0.00"],
             ["*Your balance", "", "", "", fmt_money(f["billed"], "nosign")]]
    d.table(["Visit", "Code", "Item", "Units", "Charge"], rows, [28, 18, 92, 16, 26], size=8.6, aligns="LLLRR")
    d.para("A note from our billing office: our registry enrollment for you was completed after the first two "
           f"infusions were sent. We are sending Medicare a corrected claim with the registry number {f['nct']} "
           "and will hold this balance for 90 days. You do not need to pay it now.", 9.2)
    t = truth("other", None, member_id=f["mbi"], member_name=f["member"], case_numbers=[f["icn"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["d1"]), iso(f["d2"])], denial_date=iso(st),
              provider=CENTER, unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["lines"] = infusion_lines(r)
    f["billed"] = sum(x[3] for x in f["lines"])
    f["icn"] = f"{r.digits(2)}{r.digits(2)}{r.digits(3)}{r.digits(6)}"
    f["appeal"] = f"R-{r.digits(4)}-{r.digits(5)}"
    f["rd"] = f["d2"] + dt.timedelta(days=r.randint(100, 130))
    return Item(f"{FAMILY}_fax_redetermination_stack", "fax_fine_g4",
                [doc_redetermination(r, f), doc_center_statement(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 2: Medigap crossover EOB
def doc_medigap(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Heritage Mutual Life"
    cert, icn = f"KH-{r.digits(3)}-{r.digits(5)}", f"{r.digits(13)}"
    c_vis, c_inf = f"{r.digits(9)}", f"{r.digits(9)}"
    lines = infusion_lines(r)[:2]
    billed = sum(x[3] for x in lines)
    vbill = float(r.randint(240, 380))
    appr = round(vbill * 0.68, 2)
    st = f["d1"] + dt.timedelta(days=r.randint(30, 44))
    d = Page("Keystone Heritage  -  Medicare Supplement claim statement  -  {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Keystone Heritage Mutual Life", 15, "B", h=7.5)
    d.text_line("Medicare Supplement Insurance  ·  Standardized Plan G  ·  Policy form MSG-21-PA", 8.6, h=4.6)
    d.rule(0.5, 3)
    d.text_line("SUPPLEMENT BENEFITS STATEMENT", 12, "B", h=6.5)
    d.text_line("Claims we received automatically from Medicare (crossover). Not a bill.", 8.8, h=5)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=5)
    d.set_y(y)
    for lab, val in [("Statement issued", fmt_date(st, "iso")), ("Insured", f["member"]),
                     ("Certificate no.", cert), ("Medicare no.", f["mbi"]), ("Date of birth", fmt_date(f["dob"], "iso"))]:
        d.set_x(112)
        d.font(8.8)
        d.cell(34, 5, lab)
        d.font(8.8, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    for claim, prov, rows, note in [
        (c_vis, "Glenwhistle Neurology Associates", [[fmt_date(f["d1"] - dt.timedelta(days=9), "iso"), "99214",
         fmt_money(vbill), fmt_money(appr), fmt_money(appr * 0.8), fmt_money(appr * 0.2), "$0.00", "P1"]],
         f"Medicare ICN {r.digits(13)}"),
        (c_inf, CENTER, [[fmt_date(f["d1"], "iso"), x[0], fmt_money(x[3]), "$0.00", "$0.00", "$0.00",
         fmt_money(x[3]), "MS4"] for x in lines], f"Medicare ICN {icn}")]:
        d.font(8.8, "B")
        d.cell(0, 5.2, f"Claim {claim}  ·  {prov}  ·  {note}", new_x="LMARGIN", new_y="NEXT")
        tb = sum(float(x[2].strip("$").replace(",", "")) for x in rows)
        rows = rows + [["*Claim total", "", fmt_money(tb), "", "", "", "", ""]]
        d.table(["Service date", "Code", "Charged", "Mcare approved", "Mcare paid", "We paid",
                 "Not payable", "Code"], rows, [25, 15, 24, 30, 24, 22, 26, 13], size=7.6, aligns="LLRRRRRL",
                head_fill=True)
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para("P1  We paid your Part B coinsurance for this Medicare-approved service.", 8.6)
    d.para("MS4  Your Medicare Supplement plan pays only for services Medicare approves. Medicare did not approve "
           "this service (coverage with evidence development: registry participation not shown), so we cannot "
           "pay toward it. If Medicare later approves it on appeal or on a corrected claim, we will pay our share "
           "automatically.", 8.6)
    d.para("Questions about this statement: call Member Services at 1-855-" + r.digits(3) + "-" + r.digits(4) +
           ". If you disagree with our decision, you may ask us to review it within 60 days of the date of this "
           "statement; write to Claim Review, PO Box 2290, Harrisburg Flats, PA 17101.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, member_id=cert, member_name=f["member"],
              case_numbers=[c_inf, icn], claim_amount=m2(billed), service_dates=[iso(f["d1"])],
              denial_date=iso(st), provider=CENTER, appeal_deadline=iso(st + dt.timedelta(days=60)),
              denial_alternates=["other"], alternates={"case_numbers": [[c_inf]], "member_id": [f["mbi"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: MA notice of denial (PET), born digital
def doc_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tallowmere Health Plans"
    plan = "Tallowmere Senior Advantage (HMO)"
    mid, ref = f"TSA{r.digits(8)}", f"UM{r.digits(2)}-{r.digits(7)}"
    notice = f["d1"] + dt.timedelta(days=r.randint(3, 9))
    planned = notice + dt.timedelta(days=r.randint(12, 20))
    asked = notice - dt.timedelta(days=r.randint(9, 12))
    imaging = "Brightwater Molecular Imaging"
    d = Page("Form CMS-10003-NDMCP (Approved OMB No. 0938-0829)      Y0418_TSA26N_C      Page {p} of {n}",
             head=f"{plan}  —  Notice of Denial of Medical Coverage  —  {f['member']}", margins=(20, 14, 20))
    d.add_page()
    d.text_line(plan, 13, "B", h=7)
    d.text_line(f"{ins}, 900 Quarry Street, Duluth, MN 55802  ·  Member Services 1-844-{r.digits(3)}-{r.digits(4)} "
                "(TTY 711)", 8.4, h=4.6)
    d.ln(5)
    d.text_line("Notice of Denial of Medical Coverage", 15, "B", h=8, align="C")
    d.ln(3)
    d.para(f"Date: {fmt_date(notice, 'long')}\nMember number: {mid}\nName: {f['member']}", 10)
    d.para(f"Your doctor, {f['neuro']}, asked us to cover an amyloid PET scan of the brain (radiopharmaceutical "
           f"A9586, florbetapir, and scan 78811) at {imaging}, planned for {fmt_date(planned, 'long')}. "
           f"Our reference for this request is {ref}.", 10)
    d.text_line("We denied the medical services listed below", 11, "B", h=6.5)
    d.para("We denied your request because we did not receive the information we need to decide it. Medicare "
           "covers amyloid PET when the results will be used to decide on anti-amyloid treatment and the scan is "
           "reported to a CMS-approved registry. On "
           f"{fmt_date(asked, 'long')} we asked your doctor's office for the cognitive testing results and the "
           "registry enrollment form. We did not receive them by the end of our review period.", 10)
    d.para("We based our decision on the Medicare National Coverage Determination for beta-amyloid PET and on "
           "Chapter 4 of your Evidence of Coverage.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Tallowmere Senior Advantage to review our decision by asking us for an "
           "appeal. Ask for a standard or fast appeal within 65 days from the date of this notice. We can give "
           "you more time if you have a good reason for missing the deadline.", 10)
    d.add_page()
    d.text_line("There are 2 kinds of appeals you can ask for", 11, "B", h=6.5)
    d.para("Standard appeal: we will give you a written decision within 30 days after we get your appeal.\n"
           "Fast appeal: we will give you a decision within 72 hours after we get your appeal. You can ask for a "
           "fast appeal if you or your doctor believe your health could be seriously harmed by waiting.", 10)
    d.text_line("How to ask for an appeal with Tallowmere Senior Advantage", 11, "B", h=6.5)
    d.para("Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request must "
           "include your name, address, member number, the reasons for appealing, and any evidence you wish to "
           "attach. Step 2: Mail, fax, or deliver your appeal or call us: Appeals & Grievances, PO Box 1160, "
           "Duluth, MN 55802; fax 1-855-" + r.digits(3) + "-" + r.digits(4) + ".", 10)
    d.text_line("What happens next?", 11, "B", h=6.5)
    d.para("If we continue to deny your request, we will automatically send your case to an Independent Review "
           "Entity. If you have questions, call Member Services. Your doctor may also send the missing "
           "information with a new request.", 10)
    d.para(f"cc: {f['neuro']} (NPI {f['npi']});  {imaging}", 8.8)
    t = truth("denial_letter", "other", insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[ref],
              service_dates=[iso(planned)], denial_date=iso(notice), provider=f["neuro"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["medical_necessity", "prior_authorization"],
              alternates={"insurer": [plan], "provider": [imaging]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: approval of infusions, phone photo
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larchmont Shore Health"
    mid, auth = f"LSH {r.digits(4)} {r.digits(4)}", f"A{r.digits(9)}"
    notice = f["d1"] - dt.timedelta(days=r.randint(5, 10))
    start, end = f["d1"], f["d1"] + dt.timedelta(days=181)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Larchmont Shore Health", 16, "B", h=8)
    d.text_line("Medicare Advantage PPO  ·  Care Review Department", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"Good news. We approved the request from {f['neuro']} for lecanemab infusions (J0174) every two weeks "
           f"at {CENTER}. The approval number is {auth}, and it covers infusions given from "
           f"{fmt_date(start, 'long')} through {fmt_date(end, 'long')}.", 10)
    d.para(f"Your doctor confirmed that you are enrolled in the CMS-approved registry (study {f['nct']}) and that a "
           "baseline brain MRI was done. Please keep your MRI appointments before the 5th, 7th and 14th "
           "infusions; we will need them to continue the approval after it ends.", 10)
    d.para(f"This letter is about coverage only. Your usual 20% coinsurance applies. Your member ID is {mid}. "
           "Questions? Call us at 1-866-" + r.digits(3) + "-" + r.digits(4) + ".", 10)
    d.para("Sincerely,\nCare Review Department\nLarchmont Shore Health", 10)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(start, end)], denial_date=iso(notice), provider=f["neuro"],
              alternates={"service_dates": [[iso(start)], []], "provider": [CENTER]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: retiree plan prose letter, rotated
def doc_retiree_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ashcombe Retiree Benefit Trust"
    mid, grp, case = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"RT{r.digits(4)}", f"{r.digits(4)}-{r.letters(2)}-{r.digits(4)}"
    notice = f["d1"] + dt.timedelta(days=r.randint(4, 9))
    mri = notice - dt.timedelta(days=r.randint(8, 14))
    nxt = notice + dt.timedelta(days=r.randint(5, 9))
    d = Page("Ashcombe Retiree Benefit Trust — page {p} of {n}", margins=(24, 20, 24))
    d.add_page()
    d.text_line("ASHCOMBE RETIREE BENEFIT TRUST", 13, "B", h=7, align="C")
    d.text_line("Retiree Medical Program for former employees of Ashcombe Paper Mills", 8.8, h=5, align="C")
    d.ln(9)
    d.para(f"{fmt_date(notice, 'upper')}\n\n{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 10, gap=6)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We are writing about the request, file {case}, from {f['neuro']} to continue your lecanemab "
           f"infusions (J0174 and 96365), beginning with the seventh infusion on {fmt_date(nxt, 'long')}. Your "
           f"retiree member number is {mid} and your group is {grp}.", 10.2)
    d.para(f"The plan's reviewing neurologist looked at the monitoring MRI done on {fmt_date(mri, 'long')}. It "
           "shows new brain swelling (ARIA-E) and more than four new microhemorrhages. The plan's criteria, which "
           "follow the drug's label and the registry protocol, allow further infusions only when the monitoring "
           "MRI shows no ARIA or only mild, resolved ARIA. Continuing the infusions now is not medically "
           "necessary and could be unsafe, so we cannot approve them. Your doctor may ask again once a repeat "
           "MRI shows the swelling has resolved.", 10.2)
    d.para("You or your doctor may appeal this decision. Your appeal must reach us within 60 days of the date of "
           "this letter. Mail it to Appeals, Ashcombe Retiree Benefit Trust, PO Box 84, Bangor, ME 04401, or fax "
           f"it to {ph(r)}. If waiting could seriously harm your health, ask for an urgent appeal; we decide those "
           "within 72 hours. After our appeal decision you may ask for an independent external review within 4 "
           "months. You may request, free of charge, copies of the criteria and records we used.", 10.2)
    d.para("Sincerely,\n\nMedical Review Unit", 10.2)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[case], service_dates=[iso(nxt)], denial_date=iso(notice),
              provider=f["neuro"], appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: state Medicaid notice of action, low-res
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "North Dakota Department of Human Services"
    mid, notice_no, tcn = f"ND{r.digits(9)}", f"NOA-{r.digits(7)}", f"{r.digits(17)}"
    notice = f["d1"] + dt.timedelta(days=r.randint(40, 60))
    pet = [["A9586", "Florbetapir F18, per study dose", float(r.randint(3100, 3900))],
           ["78811", "PET imaging, limited area", float(r.randint(1400, 2100))]]
    billed = sum(x[2] for x in pet)
    prov = "Brightwater Molecular Imaging"
    d = Page("SFN 1402 (Rev. 01-2026)                                           Page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("NORTH DAKOTA DEPARTMENT OF HUMAN SERVICES", 12.5, "B", h=6.5)
    d.text_line("Medical Services Division  ·  600 E Boulevard Ave, Bismarck, ND 58505", 8.8, h=5)
    d.rule(0.4, 3)
    d.text_line("NOTICE OF ACTION — MEDICAL ASSISTANCE CLAIM", 12, "B", h=7)
    d.table(["Notice date", "Notice number", "Recipient", "Recipient ID"],
            [[fmt_date(notice, "slash"), notice_no, f["member"], mid]], [34, 36, 66, 40], size=9, border_head="TB")
    d.para("You have both Medicare and Medical Assistance (Medicaid). This notice tells you what the Department "
           "decided about a claim sent to Medical Assistance after Medicare.", 9.5)
    rows = [[fmt_date(f["d1"], "slash"), x[0], x[1], fmt_money(x[2])] for x in pet]
    rows.append(["*Claim total", "", "", fmt_money(billed)])
    d.font(9, "B")
    d.cell(0, 5.5, f"Provider: {prov}    Transaction control number: {tcn}", new_x="LMARGIN", new_y="NEXT")
    d.table(["Date of service", "Procedure", "Description", "Billed"], rows, [34, 24, 84, 32], size=8.8,
            aligns="LLLR")
    d.text_line("ACTION: DENIED", 11, "B", h=6.5)
    d.para("Reason: Medical Assistance does not cover amyloid PET imaging. It pays the Medicare coinsurance for "
           "this scan only when Medicare covered the scan. Medicare denied it because registry participation "
           "was not shown. Rule: N.D. Admin. Code 75-02-02-08 (services not covered) and the Medicaid State "
           "Plan, Attachment 3.1-A.", 9.5)
    d.text_line("YOUR RIGHT TO A FAIR HEARING", 11, "B", h=6.5)
    d.para("If you disagree, you may ask for a fair hearing. Your request must be received within 30 days of "
           "the date of this notice (or 90 days if you show good cause for the delay). You may speak for "
           "yourself or have a lawyer, relative, friend or other person speak for you. Free legal help may be "
           "available from Legal Services of North Dakota. To keep your other benefits unchanged while you wait "
           "for a hearing, ask within 10 days.", 9.5)
    d.para(f"Recipient date of birth {fmt_date(f['dob'], 'slash')}.  Questions: call {ph(r)}.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[notice_no, tcn], claim_amount=m2(billed), service_dates=[iso(f["d1"])],
              denial_date=iso(notice), provider=prov, denial_alternates=["other"],
              alternates={"case_numbers": [[tcn], [notice_no]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn_part_b", "photocopy"), (2, doc_medigap, "medigap_crossover_eob", "scan_clean_300"),
              (3, doc_idn, "ma_pet_notice", "born_digital"), (4, doc_approval, "infusion_approval", "phone_photo"),
              (5, doc_retiree_letter, "retiree_aria_letter", "rotated"),
              (6, doc_medicaid, "medicaid_noa", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
