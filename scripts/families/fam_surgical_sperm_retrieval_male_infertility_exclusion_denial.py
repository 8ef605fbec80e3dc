"""Family 'surgical_sperm_retrieval_male_infertility_exclusion_denial': testicular sperm extraction (TESE /
micro-TESE, CPT 54500 biopsy, 55870 electroejaculation, 89259 sperm cryopreservation, 89343 storage) refused under
the plan's infertility exclusion, and covered under a state fertility preservation mandate before gonadotoxic
chemotherapy.

Documents: a pre-service letter to the member refusing micro-TESE (infertility exclusion, planned date); a
standard-fax stack of the plan's EOB denying the TESE claim and the andrology lab's invoice for cryopreservation
and storage; a photocopied letter to the urologist (provider-facing, key-value block); a low-resolution approval
under the fertility preservation mandate before chemotherapy; a sideways upheld appeal; a phone photo of an EOB
with a semen analysis paid and the retrieval denied; a fine-fax paid EOB of a preservation case (nothing denied).

Decoys: DOB, NPIs, the partner's name, received dates, lab accession numbers, invoice and account numbers, storage
fees, allowed/paid/you-owe amounts, mandate statute numbers, 72-hour and external review limits. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date as _fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "surgical_sperm_retrieval_male_infertility_exclusion_denial"
LANG = "en"
SEED = 300600
MALE = ["Gideon", "Tobias", "Marcus", "Everett", "Julian", "Dominic", "Silas", "Rowan", "Anders", "Malcolm",
        "Desmond", "Ignatius", "Cyrus", "Bennett", "Quentin", "Lucas", "Harlan", "Wesley", "Osric", "Dmitri"]
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CODES = {"54500": ("Biopsy of testis, needle / TESE", 1850), "55870": ("Electroejaculation", 1420),
         "89259": ("Cryopreservation, sperm", 610), "89343": ("Storage, sperm, per year", 395),
         "89320": ("Semen analysis, volume/count/motility", 185), "54505": ("Biopsy of testis, incisional (micro-TESE)", 4900)}


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def fmt_date(d: dt.date, style: str) -> str:
    return d.strftime(style) if "%" in style else _fmt_date(d, style)


def ph(r: Rand) -> str:
    return f"{r.choice(['800', '866', '877'])}.{r.digits(3)}.{r.digits(4)}"


def base(r: Rand) -> dict:
    _, _, mid, last = r.person()
    first = r.choice(MALE)
    member = f"{first} {mid}. {last}"
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1978, 1999), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                recv=dos + dt.timedelta(days=r.randint(6, 18)))


def amt(r: Rand, code: str) -> float:
    return float(CODES[code][1] + r.randint(0, 300)) + r.choice([0, 0.5, 0.25])


# ---------------------------------------------------------------- 0: pre-service denial letter (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Insurance Company"
    mid, grp = f"CL{r.digits(4)}{r.letters(2)}{r.digits(3)}", f"{r.digits(7)}"
    req = f"UM-{r.digits(4)}-{r.digits(5)}"
    doc = "Dr. Rafael T. Okonkwo-Lind"
    notice = f["recv"] - dt.timedelta(days=r.randint(20, 30))
    planned = notice + dt.timedelta(days=r.randint(14, 30))
    d = Page("Copperline Health  |  Utilization Management  |  Page {p} of {n}",
             head=f"{f['member']}  -  Request {req}  -  continued", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Copperline Health", 16, "B", h=8)
    d.text_line(f"{ins}  ·  2200 Assay Street, Butte Hollow, MT 59701  ·  {ph(r)}", 8.4, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear Mr. {f['last']}:", 10)
    d.para(f"Your urologist, {doc}, asked us on {fmt_date(f['recv'] - dt.timedelta(days=40), 'long')} to approve a "
           f"microdissection testicular sperm extraction (micro-TESE, CPT 54505) with sperm cryopreservation (89259), "
           f"planned for {fmt_date(planned, 'long')} at Gallatin Men's Health Surgery Center. We reviewed this "
           f"request under reference number {req}. Your member ID is {mid} and your group number is {grp}.", 10)
    d.para("We cannot approve this request. Your plan excludes \"services to diagnose or treat infertility, "
           "including procedures to retrieve, prepare or store eggs or sperm\" (Certificate of Coverage, Part 7, "
           "Exclusion 41). The records say the procedure is to obtain sperm for in vitro fertilization because "
           "of non-obstructive azoospermia. That is treatment of infertility, which the plan does not cover. This "
           "is not a decision that the procedure is not medically appropriate for you.", 10)
    d.para("Your plan does cover sperm retrieval and storage before treatment that may cause infertility, such as "
           "chemotherapy or radiation (fertility preservation). Nothing in the records suggests that applies here.",
           10)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You or someone you name may appeal. Your appeal must reach us within 180 days of the date of this "
           "letter. Send it to Copperline Health Appeals, PO Box 2210, Butte Hollow, MT 59701, or fax "
           f"{ph(r)}. If waiting could seriously harm your health, ask for an expedited appeal; we decide those "
           "within 72 hours.", 10)
    d.para("After our final decision you may ask for an external review by an independent review organization "
           "within 4 months. You can also contact the Montana Commissioner of Securities and Insurance.", 10)
    d.para(f"Member date of birth: {fmt_date(f['dob'], 'long')}. Requesting provider NPI: {f['npi']}.", 9)
    d.para("Sincerely,\n\nKathleen Orr, MD, Medical Director\nCopperline Health", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=doc, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": ["Copperline Health"], "provider": ["Gallatin Men's Health Surgery Center"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: EOB + andrology lab invoice
def doc_tese_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Prairie Lantern Health Plan"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    f["stmt"] = stmt
    d = Page("PRAIRIE LANTERN HEALTH PLAN - EXPLANATION OF BENEFITS - NOT A BILL - {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Prairie Lantern Health Plan", 15, "B", h=7)
    d.text_line(f"Member Services {ph(r)}  |  PO Box 360, Grand Island Flats, NE 68801", 8.4, h=4.6)
    d.rule(0.6, 3)
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=7)
    d.boxes([("Date issued", fmt_date(stmt, "%m-%d-%Y"), 30), ("Subscriber", f["member"], 54), ("ID number", f["mid"], 40),
             ("Group", f["grp"], 30), ("Claim", f["claim"], 34)])
    d.boxes([("Provider", f["prov"], 80), ("Surgeon", f["surg"], 58), ("Received", fmt_date(f["recv"], "%m-%d-%Y"), 30),
             ("Network", "In", 20)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "%m-%d-%Y"), x[0], CODES[x[0]][0], fmt_money(x[1], "space"), "0.00", "0.00",
             fmt_money(x[1], "space"), "X41"] for x in f["lines"]]
    rows.append(["*Total", "", "", fmt_money(f["billed"], "space"), "0.00", "0.00", fmt_money(f["billed"], "space"), ""])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "Your share", "Note"], rows,
            [22, 15, 58, 24, 18, 16, 24, 11], size=7.9, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("X41  Infertility services are excluded under your plan, including sperm retrieval, preparation and "
           "storage for assisted reproduction. Fertility preservation before cancer treatment is covered with prior "
           "approval; none was on file for this claim.", 8.6)
    d.text_line("Appeal rights", 9.5, "B", h=5.5)
    d.para("You can appeal within 180 days of the date issued shown above. Write to Appeals, PO Box 362, Grand Island "
           f"Flats, NE 68801. Urgent appeals: 72 hours. Surgeon NPI {f['npi']}.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["prov"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": [f["surg"]]})
    return pdf_bytes(d), t


def doc_lab_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    inv = f["stmt"] + dt.timedelta(days=r.randint(6, 14))
    invno, acc = f"INV-{r.digits(6)}", f"AC{r.digits(7)}"
    lab = "Platte Valley Andrology Laboratory"
    cryo, stor = amt(r, "89259"), amt(r, "89343")
    tot = cryo + stor
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.font(15, "B")
    d.cell(110, 8, lab)
    d.font(13, "B")
    d.cell(0, 8, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"CLIA-certified andrology and sperm bank  -  41 Loup Road, Kearney Bend, NE 68847  -  {ph(r)}", 8.2,
                h=4.6)
    d.rule(0.4, 4)
    y = d.get_y()
    d.text_line("Bill to", 8, "B", h=4.5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for lab_, val in [("Invoice no.", invno), ("Invoice date", fmt_date(inv, "long")), ("Accession", acc),
                      ("Patient DOB", fmt_date(f["dob"], "slash")), ("Terms", "Due on receipt")]:
        d.set_x(120)
        d.font(8.6, "B")
        d.cell(28, 4.8, lab_)
        d.font(8.6)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    rows = [[fmt_date(f["dos"], "slash"), "89259", "Cryopreservation of surgically retrieved sperm (TESE specimen)",
             fmt_money(cryo)],
            [fmt_date(f["dos"], "slash"), "89343", "Storage, first year (renews annually)", fmt_money(stor)],
            ["*Total", "", "", fmt_money(tot)]]
    d.table(["Date", "CPT", "Description", "Amount"], rows, [26, 18, 110, 30], size=8.8, aligns="LLLR")
    d.para(f"Specimen received from {f['surg']}, {f['prov']}. Your insurer, Prairie Lantern Health Plan, denied "
           f"claim {f['claim']} as an infertility service; the laboratory's charges are therefore billed to you. "
           "A 10% prompt-pay discount applies if paid within 20 days.", 9)
    d.para("Storage renews each year on the anniversary of the specimen date at $395.00 unless you ask us in writing "
           "to discard or transfer the specimen.", 8.6)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(tot),
              service_dates=[iso(f["dos"])], denial_date=iso(inv), provider=lab, unscored=["insurer"],
              alternates={"case_numbers": [[], [invno]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"PLH{r.digits(8)}", grp=f"{r.digits(4)}", claim=f"{r.digits(2)}-{r.digits(8)}",
             prov="Heartland Reproductive Urology, P.C.", surg="Ingrid S. Halvorsen, MD")
    f["lines"] = [("54500", amt(r, "54500")), ("55870", amt(r, "55870"))]
    f["billed"] = sum(x[1] for x in f["lines"])
    a = doc_tese_eob(r, f)
    b = doc_lab_invoice(r, f)
    return Item(f"{FAMILY}_eob_invoice_stack", "fax_standard_g4", [a, b], separators=["cover", None])


# ---------------------------------------------------------------- 2: letter to the urologist (photocopy)
def doc_provider_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Valley Health Cooperative"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"TV{r.digits(5)}"
    claim = f"{r.digits(13)}"
    doc = "Desmond A. Kettering, MD"
    prac = "North Basin Urology Group"
    notice = f["recv"] + dt.timedelta(days=r.randint(10, 20))
    lines = [("54505", amt(r, "54505")), ("89259", amt(r, "89259"))]
    billed = sum(x[1] for x in lines)
    d = Page("TVHC Provider Services", margins=(20, 16, 20))
    d.add_page()
    d.text_line("TAMARACK VALLEY HEALTH COOPERATIVE", 13, "B", h=7)
    d.text_line(f"{ins}  -  Provider Services  -  Fax {ph(r)}  -  Phone {ph(r)}", 8.2, h=4.6)
    d.ln(5)
    for ln in [doc, prac, "1180 Cascade Avenue, Suite 300", "Bend Ridge, OR 97701"]:
        d.text_line(ln, 9.8, h=5)
    d.ln(4)
    d.text_line("PROVIDER NOTICE OF CLAIM DENIAL", 11.5, "B", h=7)
    for lab, val in [("Notice date", fmt_date(notice, "iso")), ("Patient", f["member"]),
                     ("Patient DOB", fmt_date(f["dob"], "iso")), ("Member ID", mid), ("Group", grp),
                     ("Claim number", claim), ("Date of service", fmt_date(f["dos"], "iso")),
                     ("Billed", fmt_money(billed, "usd")), ("Rendering NPI", f["npi"])]:
        d.font(9.2, "B")
        d.cell(38, 5, lab)
        d.font(9.2)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Codes billed: 54505 (micro-TESE), 89259 (cryopreservation). Diagnosis N46.01 (organic azoospermia).", 9.6)
    d.para("Determination: denied. The member's group contract excludes infertility treatment, including surgical "
           "sperm retrieval for assisted reproduction. The Oregon fertility preservation requirement applies only "
           "when a covered medical treatment may directly or indirectly cause infertility (for example "
           "chemotherapy, pelvic radiation or gonadotoxic surgery). The claim shows no such treatment. Per your "
           "participation agreement the member may be billed only if he signed a waiver before the service.", 9.6)
    d.para("Provider reconsideration: submit within 60 days of the date of this notice through the provider "
           "portal or by fax. Include the operative report and any oncology treatment plan.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=doc, appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"provider": [prac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: approval under preservation mandate
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Mutual Health"
    mid = f"BWM{r.digits(9)}"
    auth = f"A{r.digits(4)}{r.letters(2)}{r.digits(2)}"
    doc = "Priyanka N. Vasquez-Holt, MD"
    notice = f["recv"] - dt.timedelta(days=30)
    planned = notice + dt.timedelta(days=r.randint(4, 9))
    d = Page("Brightwater Mutual Health  ·  Prior authorization approval", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Brightwater Mutual Health", 15, "B", h=7.5)
    d.text_line(f"Prior Authorization Department  ·  {ph(r)}", 8.8, h=4.8)
    d.ln(4)
    d.set_fill_color(235, 235, 235)
    d.font(11, "B")
    d.cell(0, 8, "  APPROVED - Fertility preservation before cancer treatment", fill=True, new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    d.boxes([("Notice date", fmt_date(notice, "long"), 42), ("Authorization", auth, 34), ("Member", f["member"], 56),
             ("Member ID", mid, 46)])
    d.boxes([("Approved service", "54500, 89259, 89343 x 1 year", 64), ("Date of service", fmt_date(planned, "long"), 46),
             ("Requesting physician", doc, 68)])
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("We approved testicular sperm extraction with cryopreservation and one year of storage. Your oncologist "
           "plans chemotherapy that may cause infertility. Under Illinois law (215 ILCS 5/356z.32), fertility "
           "preservation services are covered when a necessary medical treatment may cause iatrogenic "
           "infertility, even though your plan otherwise excludes infertility treatment.", 10)
    d.para("Storage after the first year is not covered. Your in-network cost share applies. This approval is valid "
           "for 60 days and is not a guarantee of payment if you are not covered on the date of service.", 10)
    d.para(f"Date of birth: {fmt_date(f['dob'], 'long')}   Physician NPI: {f['npi']}", 8.8)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(planned)], denial_date=iso(notice), provider=doc,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: upheld appeal (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Evergreen Crossing Health Plan"
    mid, grp = f"ECH-{r.digits(9)}", f"{r.digits(6)}"
    claim, appeal = f"{r.digits(10)}", f"GA{r.digits(7)}"
    prac = "Columbia Gorge Male Fertility Center"
    notice = f["dos"] + dt.timedelta(days=r.randint(75, 100))
    lines = [("54505", amt(r, "54505")), ("89259", amt(r, "89259")), ("89343", amt(r, "89343"))]
    billed = sum(x[1] for x in lines)
    d = Page("Evergreen Crossing Health Plan · Grievances and Appeals · {p} of {n}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Evergreen Crossing", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Grievances and Appeals  ·  PO Box 8118, Olympia Heights, WA 98501", 8.4, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"RE: Appeal {appeal}; claim {claim}; ID {mid}; group {grp}", 10, gap=4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"We have finished reviewing your appeal about the micro-TESE, sperm freezing and storage done by {prac} on "
           f"{fmt_date(f['dos'], 'dmy')} (total charges {fmt_money(billed)}).", 10)
    d.para("Decision: we uphold the denial. Your plan's exclusion of infertility services covers the retrieval and "
           "storage of sperm for future assisted reproduction. You told us you may have chemotherapy later for a "
           "benign condition, but no treatment that can cause infertility was planned when the procedure was done, "
           "so the fertility preservation benefit does not apply. A board-certified urologist who was not part of "
           "the first decision reviewed your appeal.", 10)
    d.para("This is our final internal decision. You may ask the Washington Office of the Insurance Commissioner for "
           "an independent review within 180 days after you receive this letter. For urgent situations an "
           "expedited external review is decided within 72 hours.", 10)
    d.para("Sincerely,\n\nAppeals Coordinator\nEvergreen Crossing Health Plan", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=prac, alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: EOB, semen analysis paid, TESE denied (phone)
def doc_two_claim_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ironwood Benefit Services"
    plan = "Sandhill County Employees Health Plan"
    mid, grp = f"{r.digits(10)}", f"SC-{r.digits(4)}"
    c1, c2 = f"{r.digits(3)}{r.digits(3)}{r.digits(5)}", f"{r.digits(3)}{r.digits(3)}{r.digits(5)}"
    prov = "Mesa Verde Urology Associates"
    stmt = f["dos"] + dt.timedelta(days=r.randint(15, 28))
    d0 = f["dos"] - dt.timedelta(days=r.randint(20, 40))
    sa = amt(r, "89320")
    tl = [("54500", amt(r, "54500")), ("89259", amt(r, "89259"))]
    billed = sum(x[1] for x in tl)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("Ironwood Benefit Services", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.ln(2)
    d.text_line("Explanation of Benefits", 12, "B", h=7)
    d.para(f"{f['member']}   |   Member # {mid}   |   Group {grp}   |   Processed {fmt_date(stmt, '%m/%d/%y')}", 9)
    d.ln(1)
    rows = [[c1, fmt_date(d0, "%m/%d/%y"), "89320", CODES["89320"][0][:30], fmt_money(sa), fmt_money(round(sa * .8, 2)),
             fmt_money(round(sa * .8 - 20, 2)), "$20.00", ""]]
    for code, b in tl:
        rows.append([c2, fmt_date(f["dos"], "%m/%d/%y"), code, CODES[code][0][:30], fmt_money(b), "$0.00", "$0.00",
                     fmt_money(b), "IF"])
    d.table(["Claim", "Date", "CPT", "Service", "Charge", "Allowed", "Paid", "You owe", ""], rows,
            [26, 16, 13, 54, 20, 18, 18, 18, 7], size=7.6, aligns="LLLLRRRRL", head_fill=True)
    d.para(f"Claim {c1}: {prov}, paid.   Claim {c2}: {prov}, total charge {fmt_money(billed)}, denied.", 8.6)
    d.para("IF - Services for the treatment of infertility, including surgical sperm retrieval and freezing, are "
           "excluded by the Plan (SPD section 9.3).", 8.6)
    d.para("You may appeal within 180 days of the date you receive this notice by writing to Ironwood Benefit "
           f"Services, Appeals, PO Box 5150, Tucson Wells, AZ 85701. Provider NPI {f['npi']}.", 8.4)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prov, alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid EOB, preservation case (fine fax)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harborview Shield Health Insurance"
    mid, grp = f"HVS{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(5)}"
    claim = f"E{r.digits(4)}-{r.digits(6)}"
    prov = "Lakeshore Oncofertility Program"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    lines = [("54500", amt(r, "54500")), ("89259", amt(r, "89259")), ("89343", amt(r, "89343"))]
    billed = sum(x[1] for x in lines)
    d = Page("Harborview Shield  ·  Statement of benefits  ·  page {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("HARBORVIEW SHIELD", 16, "B", h=8)
    d.text_line(f"{ins}  ·  {ph(r)}", 8.6, h=4.6)
    d.ln(3)
    d.text_line("STATEMENT OF BENEFITS  (this is not a bill)", 11, "B", h=7)
    for lab, val in [("Statement date", fmt_date(stmt, "long")), ("Patient", f["member"]), ("ID", mid),
                     ("Group", grp), ("Claim", claim), ("Provider", prov), ("Benefit", "Fertility preservation "
                                                                             "(state mandate) - prior auth on file")]:
        d.font(9, "B")
        d.cell(34, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows, tp, to = [], 0.0, 0.0
    for code, b in lines:
        al = round(b * 0.74, 2)
        ow = round(al * 0.1, 2)
        rows.append([fmt_date(f["dos"], "long"), code, CODES[code][0][:34], fmt_money(b), fmt_money(al),
                     fmt_money(al - ow), fmt_money(ow)])
        tp += al - ow
        to += ow
    rows.append(["*Totals", "", "", fmt_money(billed), "", fmt_money(tp), fmt_money(to)])
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Paid", "You owe"], rows,
            [32, 14, 58, 22, 20, 20, 18], size=8, aligns="LLLRRRR")
    d.para("All services on this claim were paid under your fertility preservation benefit. Your share is your 10% "
           "coinsurance. Storage after the first year is not a covered benefit.", 9)
    d.para(f"Patient DOB {fmt_date(f['dob'], 'long')}.  Provider NPI {f['npi']}.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prov, type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_letter", "born_digital"),
              (2, doc_provider_letter, "urologist_letter", "photocopy"),
              (3, doc_approval, "preservation_approval", "scan_lowres_150"), (4, doc_upheld, "upheld_appeal", "rotated"),
              (5, doc_two_claim_eob, "two_claim_eob", "phone_photo"), (6, doc_paid_eob, "paid_eob", "fax_fine_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
