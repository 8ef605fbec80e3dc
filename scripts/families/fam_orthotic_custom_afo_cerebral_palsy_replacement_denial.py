"""Family 'orthotic_custom_afo_cerebral_palsy_replacement_denial': custom-fabricated ankle-foot orthoses for children
with cerebral palsy (L1960 posterior solid ankle, L1970 with ankle joint, RT/LT), replaced within 12 months of the
last pair and refused because growth or a change in condition was not documented.

Documents: a commercial plan's prose letter (claim, supplier, delivery date and charge only in sentences; the older
pair's delivery and claim as decoys); a fine-fax stack of a cover sheet, a state Medicaid EPSDT notice of action
refusing the prior authorization request (check boxes, fair hearing and continuation limits) and the orthotics
practice's invoice to the family; a three-claim EOB (therapy and clinic visit paid, only the AFO claim refused); an
approval after growth measurements (boxed form); a sideways request for records that refuses nothing; a low-resolution
Medicaid managed care appeal decision upholding the refusal (grey sidebar); a phone photo of a paid EOB for the
approved pair. All values invented (insurers, practices, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "orthotic_custom_afo_cerebral_palsy_replacement_denial"
LANG = "en"
SEED = 322500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KIDS = ["Rowan", "Amara", "Elias", "Priya", "Tobias", "Lucia", "Declan", "Noor", "Felix", "Imani"]
SHOPS = [("Brightwater Orthotics & Prosthetics", "Nadia K. Ferreira, CPO"),
         ("Kettle Creek Pediatric Orthotics", "Samuel T. Akintola, CO"),
         ("Larchmont Orthopedic Bracing, LLC", "Greta V. Hollis, CPO"),
         ("Spindle Hill O&P Associates", "Marcus D. Yoon, CO")]
DOCS = ["Dr. Helena R. Castellanos", "Dr. Owen P. Thibodeaux", "Dr. Farah M. Qureshi", "Dr. Julian E. Brandt"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18), font="DejaVu"):
        super().__init__(font, footer=foot, header=header, margins=margins)
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def kid(r: Rand) -> dict:
    first, mid = r.choice(KIDS), r.choice("ABCDEFGHJKLMNPRSTW")
    _, pfirst, pmid, last = r.person()
    dob = dt.date(r.randint(2015, 2021), r.randint(1, 12), r.randint(1, 28))
    return dict(member=f"{first} {mid}. {last}", first=first, last=last, parent=f"{pfirst} {pmid}. {last}",
                pfirst=pfirst, addr=r.address(), dob=dob)


def afo_lines(r: Rand, code: str) -> list[tuple[str, str, float]]:
    desc = {"L1960": "AFO, posterior solid ankle, plastic, custom fabricated",
            "L1970": "AFO, plastic, with ankle joint, custom fabricated"}[code]
    each = float(r.randint(1150, 1890)) + r.choice([0, 0.5, 0.25])
    return [(f"{code}-RT", desc, each), (f"{code}-LT", desc, each)]


# ------------------------------------------------------------------ 0: commercial prose letter (photocopy)
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    k = kid(r)
    ins = "Cobalt Ridge Health Plan"
    shop, cpo = SHOPS[0]
    mid, grp = f"CRH{r.digits(9)}", f"{r.digits(6)}-0{r.digits(1)}"
    claim = f"{r.digits(3)} {r.digits(4)} {r.digits(4)}"
    old_claim = f"{r.digits(3)} {r.digits(4)} {r.digits(4)}"
    dos = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 60))
    old = dos - dt.timedelta(days=r.randint(230, 300))
    notice = dos + dt.timedelta(days=r.randint(24, 38))
    lines = afo_lines(r, "L1970")
    billed = sum(x[2] for x in lines)
    d = Page("Cobalt Ridge Health Plan  \u00b7  CRHP-UM-114 (rev. 09/2025)  \u00b7  page {p} of {n}",
             header=f"{k['member']}  /  claim {claim}", margins=(24, 18, 24), font="Times")
    d.add_page()
    d.text_line("COBALT RIDGE", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "", h=4)
    d.text_line(f"Utilization Management  \u00b7  PO Box 7719, Ashgrove, OH 45999  \u00b7  {r.phone()}".replace(
        "\u00b7", "-"), 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 11, h=6)
    d.ln(3)
    for ln in [f"To the parent or guardian of {k['member']}", f"c/o {k['parent']}", *k["addr"]]:
        d.text_line(ln, 11, h=5.4)
    d.ln(4)
    d.para(f"Member ID: {mid}", 11, gap=1)
    d.ln(2)
    d.para(f"Dear {k['pfirst']} {k['last']}:", 11)
    d.para(f"We have finished reviewing claim {claim}, which {shop} sent us for a new pair of custom ankle-foot "
           f"orthoses (L1970, right and left) made for your child {k['member']} and delivered on "
           f"{fmt_date(dos, 'long')}. The supplier billed {fmt_money(billed)} for the pair. We cannot pay this "
           "claim.", 11)
    d.para(f"Our records show that we paid for a pair of custom orthoses for {k['first']} that were delivered "
           f"on {fmt_date(old, 'long')} (claim {old_claim}). Under our medical policy for lower-limb orthoses, a "
           "custom orthosis is replaced within 12 months only when the records show that the child has grown out "
           "of it or that the child's condition has changed so the device no longer fits or works. The notes we "
           "received from the orthotist and from the treating physiatrist describe skin redness and a request for "
           "a new pair, but they do not record the child's foot length, calf circumference or any other "
           "measurement of growth. Because growth or a change in condition is not documented, the replacement is "
           "not medically necessary under the policy.", 11)
    d.para("You may ask for a copy of the medical policy and of all papers we used, free of charge. If the "
           "orthotist takes new measurements that show growth, a new request may be sent at any time.", 11)
    d.text_line("How to appeal", 12, "B", h=7)
    d.para("You, the physician or the supplier may appeal within 180 days of the date of this letter. Write to "
           "Cobalt Ridge Health Plan, Appeals, PO Box 7721, Ashgrove, OH 45999, and include the claim number. "
           "If waiting would seriously harm your child's health, ask for an urgent appeal; we decide those "
           "within 72 hours. After our final decision you may ask for an external review within 4 months. You "
           "may also have the right to bring a civil action under section 502(a) of ERISA.", 11)
    d.para(f"Group number on file: {grp}. Date of birth on file: {fmt_date(k['dob'], 'slash')}.", 10)
    d.para("Sincerely,\n\nThe Utilization Management Department\nCobalt Ridge Health Plan", 11)
    d.add_page()
    d.text_line("Important information about your rights", 12, "B", h=7)
    d.para("Diagnosis and treatment codes. You may ask for the diagnosis and treatment codes on this claim and "
           "what they mean. Asking for them is not an appeal and does not start the appeal clock.", 10.5)
    d.para("Help in other languages. ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de "
           "asistencia linguistica. Call Member Services at the number on page 1.", 10.5)
    d.para("Consumer assistance. The state Department of Insurance Consumer Services Division can help you "
           f"with an appeal: {r.phone()}. You may also contact the Employee Benefits Security Administration at "
           "1-866-444-3272.", 10.5)
    d.para("Example only: if a supplier bills $1,000.00 and the plan allows $600.00, an in-network supplier may "
           "not bill you the $400.00 difference.", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=k["member"], case_numbers=[claim.replace(" ", "")], claim_amount=m2(billed),
              service_dates=[iso(dos)], denial_date=iso(notice), provider=shop,
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: EPSDT notice + invoice
def doc_epsdt_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    agency = "Tamarack Department of Family Health Services"
    prog = "Tamarack Medical Assistance (Medicaid)"
    k = f["k"]
    d = Page("TDFHS Form MA-NOA-3  (07/2025)    Page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("STATE OF TAMARACK", 9, "B", h=4.5)
    d.text_line(agency.upper(), 13, "B", h=6.5)
    d.text_line(f"{prog}  -  Office of Medical Review  -  300 Capitol Loop, Fernhill, TM 80999", 8.5, h=4.5)
    d.rule(0.6, 3)
    d.text_line("NOTICE OF ACTION  -  EPSDT SERVICE REQUEST", 12, "B", h=7)
    rows = [("Date of notice", fmt_date(f["notice"], "dmy")), ("Recipient", k["member"]),
            ("Medicaid recipient no.", f["mid"]), ("Request tracking no.", f["req"]),
            ("Requested by", f"{f['cpo']} for {f['shop']}"), ("Ordering physician", f["doc"]),
            ("Planned fitting date", fmt_date(f["dos"], "dmy"))]
    for lab, val in rows:
        d.font(9.5, "B")
        d.cell(52, 6, lab, border="B")
        d.font(9.5)
        d.cell(0, 6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("What we decided", 10.5, "B", h=6)
    d.para("[ ] Approved    [ ] Approved in part    [X] Denied    [ ] Reduced    [ ] Terminated", 9.5)
    d.para(f"The request for replacement custom ankle-foot orthoses, L1960 right and L1960 left, is DENIED. "
           f"The current pair was approved on {fmt_date(f['old'], 'dmy')}, less than 12 months ago. Under the "
           "Early and Periodic Screening, Diagnostic and Treatment (EPSDT) benefit we looked at whether a "
           "replacement is needed to correct or improve your child's condition. The request did not include "
           "growth measurements, a description of how the present orthoses fail, or a physician's note of a "
           "change in tone or range of motion. Without that information the replacement is not medically "
           "necessary. Rule relied on: Tamarack Admin. Code 560-14-22(4)(b) and 42 U.S.C. 1396d(r)(5).", 9.5)
    d.text_line("Your right to a fair hearing", 10.5, "B", h=6)
    d.para("If you disagree, you may ask for a state fair hearing within 90 days of the date this notice was "
           "mailed. To keep any current services while you wait, ask within 10 days. You may speak for yourself "
           "or have a lawyer, relative, friend or other person speak for you. Free legal help: Tamarack Legal "
           f"Aid, {r.phone()}. An expedited hearing is available if waiting could seriously harm the child.", 9.5)
    d.para("A new request with current measurements may be sent by the orthotist at any time.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=agency, member_id=f["mid"], member_name=k["member"],
              case_numbers=[f["req"]], service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["shop"], denial_alternates=["prior_authorization"],
              alternates={"insurer": [prog], "provider": [f["cpo"], f["doc"]], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    k = f["k"]
    inv_date = f["dos"] + dt.timedelta(days=r.randint(5, 10))
    inv = f"INV-{r.digits(6)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  " + f["shop"].upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Pediatric orthotics  |  58 Millrace Road, Fernhill, TM 80997  |  {r.phone()}  |  NPI {r.npi()}",
                8.3, h=5)
    d.ln(4)
    d.text_line("INVOICE", 13, "B", h=7)
    d.boxes([("Invoice no.", inv, 34), ("Invoice date", fmt_date(inv_date, "iso"), 32),
             ("Responsible party", k["parent"], 52), ("Patient", k["member"], 62)])
    d.boxes([("Patient DOB", fmt_date(k["dob"], "iso"), 34), ("Medicaid no.", f["mid"], 40),
             ("Practitioner", f["cpo"], 58), ("Cast date", fmt_date(f["cast"], "iso"), 48)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "iso"), c, ds, "1", fmt_money(a, "nosign")] for c, ds, a in f["lines"]]
    rows.append(["*Total charges", "", "", "", fmt_money(f["billed"], "nosign")])
    rows.append(["", "", "Medicaid prior authorization - denied (see notice)", "", "0.00"])
    rows.append(["*Amount due from responsible party", "", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["Delivered", "Item", "Description", "Qty", "Charge"], rows, [26, 24, 100, 12, 24], size=8.4,
            aligns="LLLRR", head_fill=True)
    d.para(f"The state Medicaid program did not approve these orthoses (tracking {f['req']}). We delivered them "
           "because your child's old pair no longer fit. If the program approves them after a fair hearing or a "
           "new request, we will bill the program and refund anything you paid. Payment plans are available; "
           "please call our office.", 8.8)
    d.para("Terms: due within 30 days of the invoice date. Sample monthly plan: $150.00 a month.", 8.3)
    t = truth("other", None, member_id=f["mid"], member_name=k["member"], case_numbers=[f["req"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(inv_date),
              provider=f["shop"], unscored=["insurer"],
              alternates={"case_numbers": [[], [inv], [inv, f["req"]]], "provider": [f["cpo"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    k = kid(r)
    shop, cpo = SHOPS[1]
    dos = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 50))
    f = dict(k=k, shop=shop, cpo=cpo, doc=DOCS[1], mid=f"{r.digits(4)}{r.digits(4)}{r.digits(2)}",
             req=f"PA-{r.digits(2)}-{r.digits(7)}", dos=dos, old=dos - dt.timedelta(days=r.randint(200, 280)),
             cast=dos - dt.timedelta(days=r.randint(14, 21)),
             notice=dos - dt.timedelta(days=r.randint(8, 12)))
    f["lines"] = afo_lines(r, "L1960")
    f["billed"] = sum(x[2] for x in f["lines"])
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_epsdt_notice(r, f), doc_invoice(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------------ 2: three-claim EOB (scan 300)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    k = kid(r)
    ins = "Juniper Valley Health Insurance Company"
    shop, cpo = SHOPS[2]
    mid, grp = f"JV-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"GRP {r.digits(5)}"
    c_pt, c_md, c_afo = f"{r.digits(12)}", f"{r.digits(12)}", f"{r.digits(12)}"
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 60))
    stmt = dos + dt.timedelta(days=r.randint(22, 34))
    pt_d, md_d = dos - dt.timedelta(days=r.randint(3, 9)), dos - dt.timedelta(days=r.randint(20, 30))
    lines = afo_lines(r, "L1970")
    billed = sum(x[2] for x in lines)
    d = Page("Juniper Valley Health  |  Explanation of Benefits  |  This is not a bill  |  {p}/{n}",
             margins=(12, 12, 12))
    d.add_page()
    d.text_line("Juniper Valley Health", 17, "B", h=8)
    d.text_line(f"{ins}  |  PO Box 4400, Cedar Bluff, UT 84999  |  Member line {r.phone()}", 8.2, h=4.5)
    d.rule(1.0, 3)
    y = d.get_y()
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    for ln in [k["parent"], *k["addr"]]:
        d.text_line(ln, 9.3, h=4.8)
    d.set_y(y)
    for lab, val in [("Date prepared", fmt_date(stmt, "abbr")), ("Subscriber", k["parent"]),
                     ("Subscriber no.", mid), ("Employer group", grp), ("Dependent", k["member"]),
                     ("Dependent DOB", fmt_date(k["dob"], "abbr"))]:
        d.set_x(116)
        d.font(8.8, "B")
        d.cell(34, 4.9, lab)
        d.font(8.8)
        d.cell(0, 4.9, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    head = ["Service date", "Code", "Description", "Charged", "Allowed", "Plan paid", "Your share", "Note"]
    wid = [24, 18, 62, 18, 18, 18, 18, 12]
    blocks = [
        (c_pt, "Meadowbrook Pediatric Therapy (in network)", [(pt_d, "97116", "Gait training, 15 min x 2", 164.0, 112.0, 89.6, 22.4, "")]),
        (c_md, f"{DOCS[2]}, pediatric rehabilitation (in network)", [(md_d, "99214", "Office visit, established", 265.0, 171.4, 141.4, 30.0, "")]),
        (c_afo, f"{shop} (in network)", [(dos, c, ds[:30], a, 0.0, 0.0, 0.0, "R12") for c, ds, a in lines]),
    ]
    for c, prov, rows in blocks:
        d.set_fill_color(230, 230, 230)
        d.font(8.6, "B")
        d.cell(0, 5.5, f" Claim {c}   Provider: {prov}", fill=True, new_x="LMARGIN", new_y="NEXT")
        out = [[fmt_date(a[0], "slash"), a[1], a[2], *[fmt_money(x, "nosign") for x in a[3:7]], a[7]] for a in rows]
        tot = [sum(a[i] for a in rows) for i in range(3, 7)]
        out.append(["*Claim total", "", "", *[fmt_money(x, "nosign") for x in tot], ""])
        d.table(head, out, wid, size=7.8, aligns="LLLRRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("R12  Replacement of a custom orthosis within 12 months of the last one is covered only when growth or "
           "a change in the member's condition is documented. The supplier's records did not include this. The "
           "charge is denied as not medically necessary. The supplier may send new measurements with a "
           "corrected claim.", 8.5)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You have the right to appeal within 180 days of the date of this statement. Call the member line or "
           "write to Juniper Valley Health Appeals, PO Box 4410, Cedar Bluff, UT 84999. Urgent appeals: 72 hours. "
           f"External review: within 4 months of a final decision. Orthotist: {cpo}.", 8.5)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=k["member"],
              case_numbers=[c_afo], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=shop, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"provider": [cpo], "insurer": ["Juniper Valley Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: approval after growth (born digital)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    k = kid(r)
    ins = "Saltmarsh Community Health Plan"
    shop, cpo = SHOPS[3]
    mid = f"SCH{r.digits(7)}"
    auth = f"A{r.digits(4)}-{r.digits(5)}"
    issued = dt.date(2026, 4, 1) + dt.timedelta(days=r.randint(0, 40))
    fit = issued + dt.timedelta(days=r.randint(10, 20))
    good = issued + dt.timedelta(days=90)
    old_denial = issued - dt.timedelta(days=r.randint(25, 40))
    d = Page("Saltmarsh Community Health Plan  -  Authorization notice  -  {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Saltmarsh Community Health Plan", 15, "B", h=7.5)
    d.text_line(f"Medicaid managed care  |  Care Review Unit  |  11 Jetty Street, Port Lamb, SC 29999  |  {r.phone()}",
                8.4, h=4.6)
    d.ln(3)
    d.text_line("AUTHORIZATION APPROVED", 13, "B", h=7)
    d.ln(1)
    d.boxes([("Issued", fmt_date(issued, "long"), 46), ("Authorization number", auth, 46),
             ("Enrollee", k["member"], 52), ("Enrollee number", mid, 36)])
    d.boxes([("Servicing supplier", shop, 70), ("Orthotist", cpo, 50), ("Scheduled fitting", fmt_date(fit, "long"), 60)])
    d.boxes([("Items approved", "L1960-RT, L1960-LT (1 each)", 70), ("Valid through", fmt_date(good, "long"), 50),
             ("Prior request", f"denied {fmt_date(old_denial, 'slash')}", 60)])
    d.ln(5)
    d.para(f"Good news: we have approved the replacement ankle-foot orthoses for {k['first']}. Our earlier "
           "decision was based on records without measurements. The orthotist has now sent a growth record "
           "showing the right foot is 1.6 cm longer and the left 1.4 cm longer than at the last casting, with "
           "heel slippage in both current orthoses. That meets our replacement criteria.", 10)
    d.para("This approval is not a guarantee of payment. The enrollee must be eligible on the date of service, "
           "and the supplier must bill the approved codes. If the fitting moves to a later date, it must still "
           "be before the date the authorization is valid through.", 10)
    d.para("Questions? Call Member Services. This notice does not need any action from you.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=k["member"], case_numbers=[auth],
              service_dates=[iso(fit)], denial_date=iso(issued), provider=shop,
              alternates={"service_dates": [[], [iso(issued, good)]], "provider": [cpo]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: request for records, sideways (rotated)
def doc_records_hold(r: Rand) -> tuple[bytes, dict]:
    k = kid(r)
    ins = "Bellhaven Mutual Benefit Association"
    shop, cpo = SHOPS[0]
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"BMB-{r.digits(4)}"
    claim = f"{r.letters(2)}{r.digits(9)}"
    dos = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 50))
    sent = dos + dt.timedelta(days=r.randint(18, 30))
    lines = afo_lines(r, "L1960")
    billed = sum(x[2] for x in lines)
    d = Page(None, margins=(26, 20, 26), font="Times")
    d.add_page()
    d.text_line("Bellhaven Mutual", 18, "B", h=8)
    d.text_line("Benefit Association  -  Claims Correspondence  -  45 Quay Street, Dunmore, RI 02999", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(sent, "wlong"), 11, h=6)
    d.ln(3)
    for ln in [shop, f"Attn: {cpo}", "Billing Department"]:
        d.text_line(ln, 11, h=5.4)
    d.ln(4)
    d.para(f"Regarding: {k['member']}, member {mid}", 11, gap=1)
    d.ln(2)
    d.para(f"We received your claim {claim} for custom ankle-foot orthoses (L1960, right and left) delivered "
           f"{fmt_date(dos, 'long')}, with total charges of {fmt_money(billed)}. Our records show a pair was "
           "supplied to this member within the last 12 months.", 11)
    d.para("This is not a denial. Before we can decide the claim we need: (1) the measurements taken at this "
           "casting and at the previous one (foot length, malleolus height, calf circumference), and (2) the "
           "physician's note describing why the current orthoses no longer fit or work. The claim is on hold "
           "until we receive them.", 11)
    d.para("Please send the records within 45 days so the claim can be reviewed. If we do not receive them, we "
           "will decide the claim on the information we have. Fax records to the number below, quoting the "
           f"claim number. Fax {r.phone()}. Group {grp}.", 11)
    d.para("Claims Correspondence Unit\nBellhaven Mutual Benefit Association", 11)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=k["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(sent),
              provider=shop, alternates={"provider": [cpo]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: MCO appeal upheld, sidebar (lowres)
def doc_appeal_upheld(r: Rand) -> tuple[bytes, dict]:
    k = kid(r)
    ins = "Harrowgate Kids Health Partners"
    shop, cpo = SHOPS[2]
    mid = f"HK{r.digits(8)}"
    appeal, auth = f"APL-2026-{r.digits(5)}", f"{r.digits(9)}"
    dos = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 40))
    notice = dos + dt.timedelta(days=r.randint(30, 45))
    filed = notice - dt.timedelta(days=r.randint(15, 25))
    d = Page("Harrowgate Kids Health Partners  \u2013  Appeal Resolution  \u2013  {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.rect(12, 12, 52, 230, style="F")
    d.set_xy(15, 16)
    d.font(12, "B")
    d.multi_cell(46, 6, "Harrowgate\nKids Health\nPartners")
    d.set_x(15)
    d.font(7.8)
    sb = [("Appeal no.", appeal), ("Prior auth. no.", auth), ("Child", k["member"]), ("Plan ID no.", mid),
          ("Appeal received", fmt_date(filed, "mdy_nopad")), ("Items", "L1970 x 2"),
          ("Requested for", fmt_date(dos, "mdy_nopad")), ("Member services", r.phone())]
    d.ln(4)
    for lab, val in sb:
        d.set_x(15)
        d.font(7.5, "B")
        d.cell(46, 4.4, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(15)
        d.font(8.5)
        d.cell(46, 5.2, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.set_left_margin(70)
    d.set_xy(70, 16)
    d.text_line("Notice of Appeal Resolution", 14, "B", h=7)
    d.text_line(fmt_date(notice, "mdy_nopad"), 10, h=6)
    d.ln(3)
    d.para(f"To the parent or guardian of {k['member']}:", 10)
    d.para(f"You appealed our decision not to approve replacement custom ankle-foot orthoses with ankle joints "
           f"(L1970, both sides) requested by {shop}. A pediatric physical medicine doctor who was not part of "
           "the first decision reviewed the appeal.", 10)
    d.text_line("Decision: we uphold our denial.", 11, "B", h=6.5)
    d.para("The orthoses were approved 7 months before this request. Replacement sooner than 12 months needs "
           "records of growth or of a change in the child's condition. The appeal included photos of the "
           "orthoses and a letter saying they are tight, but no measurements and no physician's exam of a "
           "change. The replacement is not medically necessary at this time.", 10)
    d.text_line("What you can do next", 10.5, "B", h=6)
    d.para("You may ask for a State Fair Hearing within 120 days of the date of this notice. If you ask within "
           "10 days, you may keep receiving services that were already approved while you wait. A fast hearing "
           "is possible if waiting could seriously harm your child. The orthotist may send a new request with "
           "measurements at any time.", 10)
    d.para(f"Supplier: {shop}.", 9, gap=1)
    d.para(f"Orthotist on the request: {cpo}. Ordering physician: {DOCS[0]}. Child's date of birth: "
           f"{fmt_date(k['dob'], 'mdy_nopad')}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=k["member"],
              case_numbers=[appeal, auth], service_dates=[iso(dos)], denial_date=iso(notice), provider=shop,
              alternates={"case_numbers": [[appeal]], "provider": [cpo, DOCS[0]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: paid EOB for the approved pair (phone)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    k = kid(r)
    ins = "Saltmarsh Community Health Plan"
    shop, cpo = SHOPS[3]
    mid = f"SCH{r.digits(7)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    auth = f"A{r.digits(4)}-{r.digits(5)}"
    dos = dt.date(2026, 4, 20) + dt.timedelta(days=r.randint(0, 30))
    stmt = dos + dt.timedelta(days=r.randint(15, 25))
    lines = afo_lines(r, "L1960")
    billed = sum(x[2] for x in lines)
    d = Page("Page {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Saltmarsh Community Health Plan", 14, "B", h=7)
    d.text_line("Member Claim Summary  -  not a bill", 10, h=5.5)
    d.rule(0.5, 3)
    for lab, val in [("Summary date", fmt_date(stmt, "upper")), ("For", k["member"]), ("Enrollee #", mid),
                     ("Claim", claim), ("Billed by", shop), ("Authorization", auth)]:
        d.font(9.5, "B")
        d.cell(38, 5.4, lab)
        d.font(9.5)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(dos, "upper"), c, fmt_money(a), fmt_money(a * 0.62), fmt_money(a * 0.62), "$0.00"]
            for c, _, a in lines]
    rows.append(["*Totals", "", fmt_money(billed), fmt_money(billed * 0.62), fmt_money(billed * 0.62), "$0.00"])
    d.table(["Date", "Item", "Billed", "Plan rate", "We paid", "You owe"], rows, [32, 26, 28, 28, 28, 26], size=9,
            aligns="LLRRRR")
    d.para("We paid this claim in full under your Medicaid benefits. The supplier agreed to accept our payment, "
           "so you owe nothing. Keep this summary for your records.", 9.5)
    d.para("Questions or a complaint? Call Member Services. If you disagree with any decision on this summary, "
           "you may appeal within 60 days after you receive it.", 9)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=k["member"], case_numbers=[claim, auth],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt), provider=shop,
              type_alternates=["other"], alternates={"case_numbers": [[claim]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "prose_letter", "photocopy"), (2, doc_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_approval, "growth_approval", "born_digital"), (4, doc_records_hold, "records_hold", "rotated"),
              (5, doc_appeal_upheld, "mco_appeal", "scan_lowres_150"), (6, doc_paid_eob, "paid_eob", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
