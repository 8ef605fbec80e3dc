"""Family 'home_oxygen_cluster_headache_denial': home oxygen (E0424 stationary compressed gaseous system, E0431
portable gaseous system, high-flow by non-rebreather mask) ordered for cluster headache and refused because the
blood-oxygen (saturation) criteria for home oxygen are not met or because oxygen for cluster headache is treated as
investigational (coverage only with evidence development in an approved study).

Documents: a Part B Medicare Summary Notice with the oxygen supplier's denied claim and a paid neurology visit; a
scanned stack of a Medicare Advantage plan's CMS-10003 style denial notice (two pages), the blank back of its
sheet, and the oxygen supplier's account statement; a standard fax from the supplier asking the neurologist for
documentation (not a denial); a commercial plan prose letter calling home oxygen for cluster headache
investigational; a sideways DME contractor redetermination upholding the denial; a phone photo of a paid EOB for
oxygen rental after authorization; a low-resolution two-column state Medicaid notice of action approving the
stationary system and denying the portable one.

Decoys: DOB, NPIs, referring physician, claims-processed period, the paid office visit, supplier account and order
numbers, sample amounts, a 14-day documentation window, QIC 180 days after receipt, fair hearing, continuation,
external review and 72-hour limits, form and material numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "home_oxygen_cluster_headache_denial"
LANG = "en"
SEED = 313600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIERS = ["Sunwick Home Respiratory", "Alder Point Medical Gases", "Brightwater Oxygen & Sleep Supply"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def kv(self, rows, x: float, lw: float, vw: float, size: float = 9, h: float = 4.9, bold_label=True):
        for lab, val in rows:
            self.set_x(x)
            self.font(size, "B" if bold_label else "")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(vw, h, val, new_x="LMARGIN", new_y="NEXT")


def tel(r: Rand) -> str:
    return f"1-{r.choice(['800', '855', '888'])}-555-{r.digits(4)}"


def mbi(r: Rand) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    a = lambda: r.choice(L + "0123456789")  # noqa: E731
    s = (r.choice("123456789") + r.choice(L) + a() + r.choice("0123456789") + r.choice(L) + a()
         + r.choice("0123456789") + r.choice(L) + r.choice(L) + r.digits(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def when(r: Rand, lo: int = 0, hi: int = 150) -> dt.date:
    return dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(lo, hi))


def oxy_lines(r: Rand) -> list[tuple[str, str, float]]:
    return [("E0424", "Stationary compressed gaseous oxygen system, rental", float(r.randint(210, 290)) + 0.5),
            ("E0431", "Portable gaseous oxygen system, rental", float(r.randint(38, 64)) + 0.25)]


# ---------------------------------------------------------------- 0: Part B MSN, supplier claim denied, visit paid
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    num = mbi(r)
    dos = when(r, 10, 120)
    notice = dos + dt.timedelta(days=r.randint(30, 45))
    p0 = notice - dt.timedelta(days=90)
    visit = dos - dt.timedelta(days=r.randint(12, 25))
    supplier = SUPPLIERS[0]
    neuro = "Gideon T. Marchetti"
    claim_dme, claim_md = f"{r.digits(2)}{r.digits(4)}{r.digits(3)}{r.digits(4)}", f"{r.digits(13)}"
    lines = oxy_lines(r)
    billed = sum(x[2] for x in lines)
    visit_fee = float(r.randint(180, 260))
    deadline = notice + dt.timedelta(days=120)
    d = Page("Page {p} of {n}", header=f"{member}   Medicare Number {num}   {fmt_date(notice, 'long')}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.8, h=5)
    d.rule(0.8, 3)
    y = d.get_y()
    for ln in [member.upper(), *[a.upper() for a in r.address()]]:
        d.text_line(ln, 9.8, h=5)
    d.set_xy(110, y)
    d.set_line_width(0.5)
    d.rect(108, y - 1, 92, 36)
    d.kv([("Notice date", fmt_date(notice, "long")), ("Medicare Number", num),
          ("Claims processed", f"{fmt_date(p0, 'slash')} -"), ("", fmt_date(notice, "slash")),
          ("Customer Service", "1-800-MEDICARE"), ("", "(1-800-633-4227)")], x=111, lw=36, vw=50, size=8.6, h=5.2)
    d.set_y(y + 40)
    d.text_line("Your Claims & Costs This Period", 12, "B", h=7)
    d.font(10)
    d.cell(90, 6, "Did Medicare approve all services?")
    d.font(10, "B")
    d.cell(0, 6, "NO", new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    d.cell(90, 6, "Number of services Medicare denied:")
    d.font(10, "B")
    d.cell(0, 6, "2", new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    d.cell(90, 6, "Total you may be billed:")
    d.font(10, "B")
    d.cell(0, 6, fmt_money(billed + round(visit_fee * 0.4 * 0.2, 2)), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Providers & suppliers with claims this period", 10.5, "B", h=6)
    d.para(f"{fmt_date(visit, 'slash')}  Lakeshore Neurology Associates\n{fmt_date(dos, 'slash')}  {supplier}", 9.5)
    d.text_line("Your Deductible Status", 10.5, "B", h=6)
    d.para("You have met your Part B deductible for 2026.", 9.5)
    d.set_fill_color(235, 235, 235)
    d.font(9.5, "B")
    d.multi_cell(0, 5.2, f"If you disagree with a decision on this notice, you can file an appeal. Appeals must be "
                 f"filed by {fmt_date(deadline, 'long')}. See page 3 for how to appeal.", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.text_line("Your Claims for Medical Equipment and Supplies (Part B)", 12, "B", h=7)
    d.para(f"{supplier}, 515 Juniper Drive, Duluth, MN 55802, {tel(r)}\nReferred by: Dr. {neuro}    "
           f"Date of service: {fmt_date(dos, 'slash')}    Claim number: {claim_dme}", 9)
    rows = [[f"{x[1]} ({x[0]})", "No", fmt_money(x[2]), "$0.00", "$0.00", fmt_money(x[2]), "A"] for x in lines]
    rows.append(["*Total for this claim", "", fmt_money(billed), "$0.00", "$0.00", fmt_money(billed), ""])
    d.table(["Service provided", "Approved?", "Supplier charged", "Approved amt", "Medicare paid",
             "You may be billed", "Note"], rows, [62, 16, 22, 20, 20, 24, 10], size=7.8, aligns="LLRRRRL",
            head_fill=True)
    d.text_line("Your Claims for Medical Services (Part B)", 12, "B", h=7)
    d.para(f"Lakeshore Neurology Associates, 40 Fenwick Avenue, Duluth, MN 55802\nDate of service: "
           f"{fmt_date(visit, 'slash')}    Claim number: {claim_md}", 9)
    va = round(visit_fee * 0.4, 2)
    d.table(["Service provided", "Approved?", "Provider charged", "Approved amt", "Medicare paid",
             "You may be billed", "Note"],
            [["Office visit, established patient (99214)", "Yes", fmt_money(visit_fee), fmt_money(va),
              fmt_money(round(va * 0.8, 2)), fmt_money(round(va * 0.2, 2)), "B"]],
            [62, 16, 22, 20, 20, 24, 10], size=7.8, aligns="LLRRRRL", head_fill=True)
    d.text_line("Notes for Claims Above", 10.5, "B", h=6)
    d.para("A  Medicare won't cover these items because the information provided doesn't support the need for "
           "this equipment. Home oxygen is covered when a qualifying test shows blood oxygen saturation at or below "
           "88% (or an arterial PO2 at or below 55 mm Hg), or, for cluster headache, when coverage rules for that "
           "use are met. The test on file showed 96% at rest. Because the supplier did not give you a written "
           "advance notice, you may not be responsible for these charges; contact the supplier.", 8.8)
    d.para("B  This approved amount has been applied toward your coinsurance (20%).", 8.8)
    d.add_page()
    d.text_line("How to Handle Denied Claims or File an Appeal", 12, "B", h=7)
    d.para(f"1. Circle the services or claims you disagree with on this notice.\n2. Explain in writing why you "
           f"disagree, or fill out a redetermination request form.\n3. Send it to the contractor at: DME Appeals, "
           f"PO Box 6905, Fargo, ND 58102.\nAppeals must be filed by {fmt_date(deadline, 'long')}.", 9.6)
    d.para("If you want someone to file an appeal for you, fill out an Appointment of Representative form (CMS-1696). "
           "Get more help: call 1-800-MEDICARE or your State Health Insurance Assistance Program.", 9.6)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=num, member_name=member,
              case_numbers=[claim_dme], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=supplier, appeal_deadline=iso(deadline), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: scanned stack: MA IDN + blank back + statement
def doc_idn(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins, plan = "Halcyon Ridge Health Plan", "Halcyon Ridge Medicare Complete (HMO)"
    d = Page("Form CMS-10003-NDMCP   OMB Approval 0938-0829      H7715_IDN26_C      page {p} of {n}",
             header=f"{plan}  -  Notice of Denial  -  {f['member']}", margins=(20, 16, 20))
    d.add_page()
    d.text_line(ins, 14, "B", h=7)
    d.text_line(f"{plan}   |   PO Box 3301, Macon, GA 31201", 8.6, h=4.6)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(2)
    d.kv([("Date:", fmt_date(f["notice"], "slash")), ("Member number:", f["mid"]), ("Name:", f["member"]),
          ("Reference #:", f["ref"])], x=20, lw=36, vw=100, size=10, h=5.6)
    d.ln(4)
    d.text_line("Your request was denied", 11.5, "B", h=6.5)
    d.para(f"We have denied the medical items listed below that you or your doctor, Dr. {f['neuro']}, asked for: "
           f"home oxygen, a stationary compressed gas system (E0424) and portable gas cylinders (E0431), from "
           f"{f['supplier']}, for cluster headaches.", 10)
    d.text_line("Why did we deny your request?", 11.5, "B", h=6.5)
    d.para("We denied your request because it is not medically necessary under the rules our plan must follow. "
           "Medicare Advantage plans follow Medicare's coverage rules for home oxygen (National Coverage "
           "Determination 240.2) and our Evidence of Coverage, Chapter 4, Section 2.1. Home oxygen needs a "
           "qualifying oxygen test showing saturation of 88% or less, or, for cluster headache, enrollment in a "
           f"study that meets Medicare's coverage-with-evidence rules. Your test on {fmt_date(f['test'], 'slash')} "
           "showed 97% at rest and 95% while walking, and the records do not show such a study.", 10)
    d.text_line("You have the right to appeal our decision", 11.5, "B", h=6.5)
    d.para(f"You have the right to ask {plan} to review our decision by asking us for an appeal. Ask for an appeal "
           "within 65 calendar days of the date listed at the top of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.", 10)
    d.text_line("There are 2 kinds of appeals", 11.5, "B", h=6.5)
    d.para("Standard appeal: we will give you a written decision within 30 calendar days after we get your "
           "appeal.\nFast appeal: we will give you a decision within 72 hours after we get your appeal. You can "
           "ask for a fast appeal if you or your doctor believe your health could be seriously harmed by waiting "
           "up to 30 days for a decision.", 10)
    d.text_line("How to ask for an appeal with our plan", 11.5, "B", h=6.5)
    d.para(f"Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request must "
           f"include your name, address, member number, the reasons for appealing, and any evidence you wish to "
           f"attach.\nStep 2: Mail, fax, or deliver your appeal or call us. Appeals, {plan}, PO Box 3305, Macon, "
           f"GA 31201. Phone {f['ph']} (TTY 711). Fax 1-844-555-0162.", 10)
    d.text_line("What happens next?", 11.5, "B", h=6.5)
    d.para("If you ask for an appeal and we continue to deny your request, we will automatically send your case "
           "to an independent reviewer. If the independent reviewer denies your request, the written decision will "
           "explain if you have additional appeal rights.", 10)
    d.text_line("Get help & more information", 11.5, "B", h=6.5)
    d.para(f"{plan} Member Services {f['ph']}, 8 a.m. to 8 p.m., 7 days a week. 1-800-MEDICARE (1-800-633-4227). "
           "Elder Care Locator 1-800-677-1116.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], denial_date=iso(f["notice"]), provider=f["neuro"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              denial_alternates=["experimental"],
              alternates={"insurer": [plan], "provider": [f["supplier"]]})
    return pdf_bytes(d), t


def doc_supplier_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    sup = f["supplier"]
    acct = f"SW-{r.digits(6)}"
    m1 = f["deliv"]
    m2_ = m1 + dt.timedelta(days=30)
    stmt = f["stmt_date"]
    lines = oxy_lines(r)
    rows, total = [], 0.0
    for m in (m1, m2_):
        for code, desc, amt in lines:
            rows.append([fmt_date(m, "dmy"), code, desc, fmt_money(amt)])
            total += amt
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(225, 225, 225)
    d.rect(14, 12, 188, 16, "F")
    d.set_xy(18, 14)
    d.font(14, "B")
    d.cell(120, 7, sup)
    d.font(10, "B")
    d.cell(0, 7, "ACCOUNT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(18)
    d.font(8.2)
    d.cell(0, 4.5, f"Oxygen - CPAP - respiratory equipment   |   88 Sycamore Court, Macon, GA 31201   |   {tel(r)}",
           new_x="LMARGIN", new_y="NEXT")
    d.set_y(34)
    d.kv([("Statement date", fmt_date(f["stmt_date"], "dmy")), ("Account", acct), ("Patient", f["member"]),
          ("Primary payer", "Halcyon Ridge Medicare Complete"), ("Member no.", f["mid"]),
          ("Ordering physician", f"Dr. {f['neuro']}")], x=14, lw=40, vw=80, size=9, h=5)
    d.ln(4)
    rows.append(["*Charges", "", "", fmt_money(total)])
    rows.append(["", "", "Plan payment (plan denied - see note)", "$0.00"])
    rows.append(["*Balance due", "", "", fmt_money(total)])
    d.table(["Rental month", "Item", "Description", "Amount"], rows, [30, 18, 104, 34], size=8.8, aligns="LLLR",
            border_head="TB")
    d.para("Note: your Medicare Advantage plan did not approve home oxygen for you. On the day of delivery you signed "
           "our financial responsibility form agreeing to pay for equipment the plan does not cover. If you appeal "
           "the plan's decision, send us a copy of your appeal and we will pause billing. You may return the "
           "equipment at any time; rental stops on the day we pick it up.", 9)
    d.para("Sample payment plan: $50.00 a month with no interest.", 8.6)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(m1), iso(m2_)], denial_date=iso(stmt), provider=sup, unscored=["insurer"],
              alternates={"provider": [f["neuro"]], "service_dates": [[iso(m1, m2_)]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, first, _, last = r.person()
    f = dict(member=member, notice=when(r, 10, 100), mid=f"{r.letters(1)}{r.digits(9)}", ph=tel(r),
             ref=f"{r.digits(2)}-{r.digits(7)}", neuro="Naomi F. Kessler", supplier=SUPPLIERS[0])
    f["test"] = f["notice"] - dt.timedelta(days=r.randint(8, 14))
    f["deliv"] = f["test"] + dt.timedelta(days=r.randint(1, 3))
    idn = doc_idn(r, f)
    f["stmt_date"] = f["deliv"] + dt.timedelta(days=30 + r.randint(6, 14))
    st = doc_supplier_statement(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [idn, st], separators=["duplex", None])


# ---------------------------------------------------------------- 2: supplier's request for documentation (fax)
def doc_doc_request(r: Rand) -> tuple[bytes, dict]:
    sup = SUPPLIERS[1]
    member, first, _, last = r.person()
    num = mbi(r)
    date = when(r, 0, 140)
    deliv = date - dt.timedelta(days=r.randint(3, 8))
    order = f"ORD-{r.digits(7)}"
    neuro = "Ingrid S. Fairchild"
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line(sup.upper(), 16, "B", h=8)
    d.text_line(f"Medicare-accredited DMEPOS supplier  |  12 Quarry Street, Bangor, ME 04401  |  Fax {tel(r)}", 8.5,
                h=4.6)
    d.rule(1.0, 4)
    d.kv([("TO:", f"Dr. {neuro}, Northwoods Headache Clinic"), ("FAX:", f"(207) 555-{r.digits(4)}"),
          ("FROM:", "Documentation Team"), ("DATE:", fmt_date(date, "long")), ("PAGES:", "1")], x=20, lw=24,
         vw=120, size=10, h=5.6)
    d.ln(4)
    d.text_line("Documentation needed - home oxygen order", 12.5, "B", h=7)
    d.para(f"Dear Dr. {neuro.split()[-1]}:", 10.5)
    d.para(f"On {fmt_date(deliv, 'long')} we delivered oxygen equipment you ordered for your patient {member} "
           f"(Medicare number {num}): a compressed gas oxygen system with a non-rebreather mask at 12 liters per "
           "minute (E0424) and portable cylinders (E0431), for cluster headache.", 10.5)
    d.para("We have not billed Medicare for these items yet, and nothing has been denied. Before we can send the "
           "claim, Medicare's home oxygen rules require the following in the medical record. Please fax us:", 10.5)
    for b in ["1. A signed and dated standard written order listing the items, flow rate and length of need.",
              "2. Your office note from the visit in which you evaluated the cluster headaches and ordered oxygen.",
              "3. Any oxygen saturation or blood gas test result, with the date and the conditions (rest, walking).",
              "4. If your patient is enrolled in a clinical study of oxygen for cluster headache, the study name."]:
        d.para(b, 10, gap=1)
    d.ln(2)
    d.para("Please send the records within 14 days of the date of this request so that the claim can be filed on "
           "time. If the records do not support Medicare coverage, we will talk with your patient about other "
           "options before billing anyone. This request is not a denial of coverage.", 10.5)
    d.para(f"Our order number is {order}. Thank you,\nDocumentation Team, {sup}", 10.5)
    d.para(f"Supplier NPI {r.npi()}   PTAN {r.digits(6)}", 8.5)
    t = truth("other", None, member_id=num, member_name=member, service_dates=[iso(deliv)], denial_date=iso(date),
              provider=sup, unscored=["insurer"],
              alternates={"provider": [neuro], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: commercial prose letter, investigational
def doc_commercial_letter(r: Rand) -> tuple[bytes, dict]:
    ins = "Pemberton Lakes Health Insurance Company"
    member, first, _, last = r.person()
    mid, grp = f"PLH{r.digits(3)}-{r.digits(4)}", f"{r.digits(6)}"
    ref = f"UM{r.digits(8)}"
    notice = when(r, 5, 150)
    recv = notice - dt.timedelta(days=r.randint(3, 6))
    start = notice + dt.timedelta(days=r.randint(5, 12))
    neuro = "Percy A. Quintero"
    d = Page("Pemberton Lakes Health  -  UM-LTR-22  -  {p}/{n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Pemberton Lakes Health", 17, "B", h=8)
    d.text_line("Insurance Company  -  Utilization Management  -  800 Birchwood Lane, Lubbock, TX 79401", 8.5, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "abbr"), 10.5, h=6)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(8)
    d.para(f"Dear {first} {last}:", 10.5)
    d.para(f"On {fmt_date(recv, 'abbr')} we received a request from Dr. {neuro} for home oxygen to treat your "
           f"cluster headaches, starting {fmt_date(start, 'abbr')}. The request asked for a compressed oxygen system "
           f"(E0424) and portable cylinders (E0431). We have given it reference number {ref}. This request was "
           f"reviewed under your plan, group {grp}, for member ID {mid}.", 10.5)
    d.para("We are not able to approve this request. Our Medical Policy DME-117, Home Oxygen Therapy, considers "
           "home oxygen for cluster headache investigational: the published studies are small and short, and "
           "Medicare covers this use only with evidence development in approved studies. Your plan excludes "
           "services that are investigational (Certificate of Coverage, Section 9, Exclusions, item 14). A board-"
           "certified neurologist reviewed the request. Oxygen given in your doctor's office or an emergency room "
           "during an attack is not affected by this decision.", 10.5)
    d.para("For comparison only: a typical month of this equipment is billed at about $300.00.", 9.5)
    d.para("You, your doctor or someone you name may appeal. Your appeal must reach us within 180 days of the date "
           "of this letter. Write to Appeals, Pemberton Lakes Health, PO Box 2201, Lubbock, TX 79401. If waiting "
           "could seriously harm your health, ask for an expedited appeal and we will decide within 72 hours. After "
           "our final decision you may ask for an external review by an independent review organization within "
           "4 months.", 10.5)
    d.para("You may ask for a copy of Medical Policy DME-117 and of all documents about your request, free of charge. "
           "For help, you may contact your state's consumer assistance program.", 10.5)
    d.para("Sincerely,\nUtilization Management Department", 10.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[ref], service_dates=[iso(start)], denial_date=iso(notice), provider=neuro,
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"service_dates": [[]], "insurer": ["Pemberton Lakes Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: sideways DME MAC redetermination, upheld
def doc_redetermination(r: Rand) -> tuple[bytes, dict]:
    mac = "Coastline Federal Medicare Solutions"
    member, first, _, last = r.person()
    num = mbi(r)
    dos = when(r, 0, 70)
    recvd = dos + dt.timedelta(days=r.randint(70, 90))
    decided = recvd + dt.timedelta(days=r.randint(30, 55))
    icn = f"{r.digits(14)}"
    apl = f"{r.digits(1)}-{r.digits(9)}-{r.digits(2)}"
    sup = SUPPLIERS[2]
    lines = oxy_lines(r)
    billed = sum(x[2] for x in lines)
    d = Page(f"DME MAC Jurisdiction A  -  Redetermination {apl}  -  page {{p}}", margins=(20, 14, 20))
    d.add_page()
    d.text_line(mac, 15, "B", h=7)
    d.text_line("Durable Medical Equipment Medicare Administrative Contractor, Jurisdiction A", 9, h=5)
    d.text_line(f"PO Box 1090, Erie, PA 16501   Beneficiary line 1-800-MEDICARE", 8.5, h=4.6)
    d.ln(5)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B", h=7)
    d.text_line(f"Date of this notice: {decided.strftime('%b %d, %Y').upper()}", 10, h=6)
    d.ln(2)
    rows = [("Beneficiary", member), ("Medicare Number", num), ("Appellant", f"{member} (beneficiary)"),
            ("Supplier", sup), ("Claim number", icn), ("Appeal number", apl),
            ("Date of service", dos.strftime("%b %d, %Y").upper()), ("Items", "E0424, E0431 rental"),
            ("Amount billed", fmt_money(billed)), ("Request received", recvd.strftime("%b %d, %Y").upper())]
    for i in range(0, len(rows), 2):
        for lab, val in rows[i:i + 2]:
            d.font(6.6, "B")
            d.cell(29, 6.5, lab.upper(), border="LTB")
            d.font(8.2)
            d.cell(58.9, 6.5, val, border="RTB")
        d.ln(6.5)
    d.ln(4)
    d.text_line("Decision: UNFAVORABLE", 11.5, "B", h=7)
    d.para("Medicare will not pay for the items listed above. We carefully reviewed your request, the claim, the "
           "supplier's records and the treating doctor's notes.", 10)
    d.text_line("Explanation of the decision", 11, "B", h=6.5)
    d.para("Under the national coverage determination for home use of oxygen (NCD 240.2) and the Local Coverage "
           "Determination for Oxygen and Oxygen Equipment, oxygen is reasonable and necessary when a qualifying "
           "blood gas study shows an oxygen saturation at or below 88%, or for cluster headache only when the "
           "coverage rules for that use are met. The records show a saturation of 95% on room air and no "
           "qualifying study. Oxygen relieved your headaches, which we recognize, but the coverage criteria are "
           "not met. The supplier gave you an Advance Beneficiary Notice, so you are responsible for the charges.",
           10)
    d.text_line("If you disagree with this decision", 11, "B", h=6.5)
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file within 180 "
           "days of the date you receive this notice; we presume you received it 5 days after the date above. Send "
           "form CMS-20033 or a written request to the QIC. The amount in controversy for a later hearing before an "
           "administrative law judge must be at least $190 in 2026.", 10)
    d.para(f"Supplier NPI: {r.npi()}.   Treating physician: Dr. Mateo B. Ibarra, NPI {r.npi()}.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=mac, member_id=num, member_name=member,
              case_numbers=[apl, icn], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(decided),
              provider=sup, alternates={"insurer": ["Medicare"], "case_numbers": [[apl]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid EOB, labels above values (phone photo)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    ins = "Osprey Valley Health"
    member, first, _, last = r.person()
    mid, grp = f"OVH {r.digits(4)} {r.digits(4)}", f"G{r.digits(5)}"
    claim = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}"
    auth = f"A{r.digits(8)}"
    dos = when(r, 0, 130)
    proc = dos + dt.timedelta(days=r.randint(14, 24))
    sup = SUPPLIERS[1]
    lines = oxy_lines(r)
    billed = sum(x[2] for x in lines)
    d = Page(None, margins=(40, 14, 40))
    d.add_page()
    d.text_line("Osprey Valley Health", 16, "B", align="C", h=8)
    d.text_line("Claim Summary  -  Explanation of Benefits", 10, align="C", h=5.5)
    d.text_line("This is not a bill", 8.6, align="C", h=5)
    d.rule(0.5, 3)

    def stacked(lab, val, size=10.5):
        d.font(7.5, "B")
        d.cell(0, 4, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.font(size)
        d.cell(0, 5.8, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)

    for lab, val in [("Processed on", fmt_date(proc, "long")), ("Patient", member), ("Member ID", mid),
                     ("Group", grp), ("Claim", claim), ("Supplier", sup), ("Service date", fmt_date(dos, "long")),
                     ("Prior authorization", auth + " (approved)")]:
        stacked(lab, val)
    d.rule(0.3, 2)
    for code, desc, amt in lines:
        al = round(amt * 0.7, 2)
        d.font(9.5, "B")
        d.cell(0, 5, f"{code}  {desc}", new_x="LMARGIN", new_y="NEXT")
        d.font(9.2)
        d.cell(0, 5, f"Billed {fmt_money(amt)}   Allowed {fmt_money(al)}   Plan paid {fmt_money(round(al * 0.8, 2))}"
               f"   You owe {fmt_money(round(al * 0.2, 2))}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.rule(0.3, 2)
    d.font(10, "B")
    d.cell(0, 6, f"Total billed {fmt_money(billed)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Oxygen for cluster headache was approved for 3 months under the authorization above. The plan paid its "
           "share; your 20% coinsurance is shown. If you have questions about this claim, or think it was "
           "processed wrongly, you may ask for a review within 180 days after you receive this summary.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=member,
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(proc),
              provider=sup, type_alternates=["other"], alternates={"case_numbers": [[claim, auth]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: two-column Medicaid notice of action (low res)
def doc_medicaid_noa(r: Rand) -> tuple[bytes, dict]:
    agency = "North Prairie Department of Human Services"
    prog = "Medical Assistance Program"
    member, first, _, last = r.person()
    mid = f"{r.digits(8)}{r.letters(1)}"
    notice_no, pa = f"NOA-{r.digits(6)}", f"{r.digits(11)}"
    notice = when(r, 20, 120)
    start = notice + dt.timedelta(days=r.randint(3, 10))
    end = start + dt.timedelta(days=364)
    sup = SUPPLIERS[2]
    pres = "Brianna C. Winslow"
    d = Page("DHS-MA-NOA 3 (1/26)", margins=(14, 12, 14))
    d.add_page()
    d.text_line(agency.upper(), 13, "B", h=7)
    d.text_line(f"{prog}  -  600 East Boulevard, Fargo, ND 58102", 8.8, h=4.8)
    d.rule(0.6, 3)
    d.text_line("NOTICE OF ACTION ON A SERVICE AUTHORIZATION REQUEST", 11.5, "B", h=7)
    top = d.get_y() + 2
    lx, lw, rx, rw = 14, 88, 110, 92
    d.set_xy(lx, top)
    d.set_left_margin(lx)
    d.kv([("Notice date:", fmt_date(notice, "mdy_nopad")), ("Notice no.:", notice_no), ("Recipient:", member),
          ("Recipient ID:", mid), ("Authorization no.:", pa), ("Requested by:", sup),
          ("Prescriber:", f"{pres}, MD"), ("Dates requested:", f"{fmt_date(start, 'mdy_nopad')} to "
                                                         f"{fmt_date(end, 'mdy_nopad')}")],
         x=lx, lw=30, vw=58, size=8.8, h=5.2)
    d.ln(3)
    d.set_x(lx)
    d.font(9.5, "B")
    d.cell(lw, 5.5, "What we decided", new_x="LMARGIN", new_y="NEXT")
    d.set_x(lx)
    d.font(9)
    d.multi_cell(lw, 4.4, f"APPROVED: E0424 stationary compressed gas oxygen system, 12 months.\nDENIED: E0431 "
                 "portable gaseous oxygen system.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_x(lx)
    d.font(9.5, "B")
    d.cell(lw, 5.5, "Why we denied the portable system", new_x="LMARGIN", new_y="NEXT")
    d.set_x(lx)
    d.font(9)
    d.multi_cell(lw, 4.4, "Portable oxygen is covered only when the recipient is mobile in the home and a test "
                 "shows oxygen saturation of 88% or less during exercise (Medical Assistance Provider Manual, DME "
                 "chapter, section 7.12; rule 75-02-02-08). Oxygen for cluster headache is given at the onset of an "
                 "attack, at home, with the stationary system. The test sent showed 94% while walking. The "
                 "portable system is not medically necessary.", new_x="LMARGIN", new_y="NEXT")
    left_end = d.get_y()
    d.set_left_margin(rx)
    d.set_xy(rx, top)
    d.set_fill_color(238, 238, 238)
    d.font(9.5, "B")
    d.cell(rw, 6, " YOUR RIGHTS", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    for head, body in [
        ("Reconsideration", "You or your provider may ask the Department to reconsider this decision within 30 "
         "days of the date of this notice. Send new medical information to Utilization Review at the address "
         "above."),
        ("Fair hearing", "You may ask for a fair hearing within 90 days of the date of this notice. Call "
         f"{tel(r)} or write to the Appeals Supervisor. You may speak for yourself or have a lawyer, relative, "
         "friend or other person speak for you."),
        ("Keeping services", "This notice denies a new item, so no benefits are stopped. If a service you "
         "already get is reduced, ask for a hearing within 10 days to keep it during the hearing."),
        ("Legal help", "Free legal help may be available from Legal Services of North Prairie, 1-800-555-0144.")]:
        d.set_x(rx)
        d.font(9, "B")
        d.cell(rw, 5, head, new_x="LMARGIN", new_y="NEXT")
        d.set_x(rx)
        d.font(8.8)
        d.multi_cell(rw, 4.3, body, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.set_left_margin(lx)
    d.set_y(max(left_end, d.get_y()) + 6)
    d.rule(0.3, 2)
    d.para(f"Copy sent to: {sup} (provider), {pres}, MD. Recipient date of birth on file: "
           f"{fmt_date(dt.date(r.randint(1958, 1990), r.randint(1, 12), r.randint(1, 28)), 'mdy_nopad')}.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=agency, member_id=mid, member_name=member,
              case_numbers=[notice_no, pa], service_dates=[iso(start, end)], denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + dt.timedelta(days=30)),
              alternates={"insurer": [f"North Prairie {prog}"], "provider": [pres], "service_dates": [[], [iso(start)]],
                          "case_numbers": [[pa], [notice_no]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn_part_b", "born_digital"),
              (2, doc_doc_request, "supplier_doc_request", "fax_standard_g4"),
              (3, doc_commercial_letter, "investigational_letter", "photocopy"),
              (4, doc_redetermination, "dme_mac_redetermination", "rotated"),
              (5, doc_paid_eob, "paid_eob_stacked", "phone_photo"),
              (6, doc_medicaid_noa, "medicaid_noa_two_column", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
