"""Family 'cochlear_implant_bilateral_second_side_denial': a second-side (sequential bilateral) cochlear implant
(69930 implantation, L8614 device) refused because the adult audiology criteria for the second ear are not met
(aided word recognition too high in the second ear), seen from the plan, Medicare Advantage, the hospital and the
appeal unit; next to an approval of the first side's sound processor upgrade (L8619) and a paid mapping EOB.

Documents: a prose denial letter (facts only in sentences); a fax stack of a cover sheet, a Medicare Advantage
CMS-10003-style notice of denial and the hospital outpatient statement; a multi-claim EOB with only the implant
claim denied; an upheld first-level appeal; an approval of the processor upgrade; a records request (not a
denial); a paid audiology mapping EOB. Decoys: DOB, NPIs, hospital account numbers, first-side surgery date,
processor serial numbers, phone/fax lines, external-review and 72-hour limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cochlear_implant_bilateral_second_side_denial"
LANG = "en"
SEED = 326500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SURG = ["Dr. Perpetua L. Vandermolen", "Dr. Osric T. Achebe-Lund", "Dr. Linnea F. Castellanos"]
HOSP = "Northgate Ear Institute at Corliss Memorial Hospital"


class Page(Doc):
    def __init__(self, foot=None, margins=(18, 14, 18), head=None):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, npi=r.npi(),
                dob=dt.date(r.randint(1942, 1990), r.randint(1, 12), r.randint(1, 28)),
                first_side=dos - dt.timedelta(days=r.randint(400, 900)))


def charges(r: Rand) -> list[tuple[str, str, float]]:
    return [("69930", "Cochlear device implantation, left ear", float(r.randint(14800, 21900))),
            ("L8614", "Cochlear device, includes all components", float(r.randint(28500, 36800))),
            ("92620", "Auditory function evaluation (intraop)", float(r.randint(310, 520)))]


def header(d: Page, name: str, sub: str, size: float = 15) -> None:
    d.text_line(name, size, "B", h=7.5)
    d.text_line(sub, 8.4, h=4.5)
    d.rule(0.5, 4)


# 0: prose denial letter, born digital
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillfield Health Plan of Ohio"
    mid, grp, ref = f"QHO{r.digits(9)}", f"{r.digits(6)}-{r.digits(3)}", f"UM-{r.digits(4)}-{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(12, 25))
    recv = notice - dt.timedelta(days=r.randint(3, 9))
    d = Page("Quillfield Health Plan  -  Utilization Management  -  page {p} of {n}")
    d.add_page()
    header(d, "Quillfield Health Plan", f"{ins}  |  1400 Lantern Row, Dublin Springs, OH 43017  |  {ph(r)}")
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {SURG[0]} at {HOSP} to approve a cochlear "
           f"implant in your left ear (CPT 69930, with device HCPCS L8614), planned for {fmt_date(f['dos'], 'long')}. "
           f"You received a cochlear implant in your right ear on {fmt_date(f['first_side'], 'long')}.", 10)
    d.para(f"Your member number is {mid} and your employer group is {grp}. We have filed this request under "
           f"reference {ref}; please use it whenever you contact us.", 10)
    d.para("After review by a board-certified otolaryngologist, we have decided not to approve the second-side "
           "implant. Our Medical Policy MP-ENT-114 covers a second cochlear implant for adults only when the "
           "second ear, tested with a well-fitted hearing aid, scores 50% or less on sentence recognition. Your "
           "audiology report shows 64% aided sentence recognition in the left ear. The second implant is "
           "therefore not medically necessary for you at this time.", 10)
    d.para("You or your doctor may appeal. Your appeal must reach us within 180 days of the date of this letter. "
           f"If waiting could seriously harm your health, ask for a fast (72-hour) appeal by calling {ph(r)}. "
           "After our final decision you may ask for an independent external review within four months.", 10)
    d.para(f"Your date of birth on file is {fmt_date(f['dob'], 'long')}. Surgeon NPI {f['npi']}.", 9)
    d.para("Sincerely,\nClinical Review Department\nQuillfield Health Plan", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=SURG[0], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": ["Quillfield Health Plan"], "provider": [HOSP]})
    return pdf_bytes(d), t


# 1: stack: MA notice (CMS-10003 style) + hospital outpatient statement
def doc_ma_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tamarack Senior Advantage (HMO)"
    d = Page("Form CMS-10003-NDMCP  OMB Approval 0938-0829", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Tamarack Senior Advantage (HMO)", 13, "B", h=7)
    d.text_line(f"Member Services {ph(r)}  TTY 711   8 a.m. - 8 p.m.", 8.5, h=4.5)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", align="C", h=8)
    d.boxes([("Date", fmt_date(f["notice"], "slash"), 34), ("Name", f["member"], 56), ("Member number", f["mid"], 42),
             ("Plan ID", f["plan"], 30)])
    d.ln(3)
    d.para(f"Your request for payment of the left cochlear implant surgery and device (69930, L8614) you received "
           f"at {HOSP} on {fmt_date(f['dos'], 'slash')}, claim {f['claim']}, has been denied.", 9.5)
    d.text_line("Why did we deny your request?", 10, "B", h=6)
    d.para("We denied the claim because our plan requires approval before a second cochlear implant, and the "
           "audiology testing sent with the claim does not meet Medicare coverage criteria for cochlear implants "
           "(National Coverage Determination 50.3): best-aided open-set sentence recognition in the left ear was "
           "above 60%. The service is not medically necessary.", 9.5)
    d.text_line("You have the right to appeal our decision", 10, "B", h=6)
    d.para("You must ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
           "have a good reason. Standard appeals are decided within 60 days for payment. Fast appeals within 72 "
           "hours do not apply to payment requests.", 9.5)
    d.para(f"Doctor: {SURG[1]}.  Billed amount: {fmt_money(f['billed'])}.  H5529_CI26_M", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=SURG[1],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              denial_alternates=["prior_authorization"],
              alternates={"insurer": ["Tamarack Senior Advantage"], "provider": [HOSP], "plan_id": [None]})
    return pdf_bytes(d), t


def doc_hosp_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    sd = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"HA{r.digits(8)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("Corliss Memorial Hospital", 14, "B", h=7)
    d.text_line("Patient Financial Services - Outpatient Surgery", 9, h=5)
    d.ln(2)
    y = d.get_y()
    d.para(f"Guarantor\n{f['member']}\n" + "\n".join(f["addr"]), 9, w=80)
    d.set_y(y)
    for lab, val in [("Stmt dt", fmt_date(sd, "dmy")), ("Acct #", acct), ("Visit", fmt_date(f["dos"], "dmy")),
                     ("Balance", fmt_money(f["billed"], "usd"))]:
        d.set_x(120)
        d.font(9, "B")
        d.cell(24, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    rows = [[fmt_date(f["dos"], "dmy"), c, ds, fmt_money(a, "nosign")] for c, ds, a in f["lines"]]
    rows.append(["*Total charges", "", "", fmt_money(f["billed"], "nosign")])
    rows.append(["", "", f"Tamarack Senior Advantage - claim {f['claim']} - denied", "0.00"])
    rows.append(["*Patient balance", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 18, 106, 30], size=8.6, aligns="LLLR")
    d.para(f"Your plan denied this visit. Surgeon: {SURG[1]}. Our financial counselors can set up a payment plan; "
           "if you appeal, tell us and we will hold the account for 90 days.", 9)
    t = truth("other", None, member_name=f["member"], member_id=None, case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(sd),
              provider="Corliss Memorial Hospital", unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [HOSP, SURG[1]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["lines"] = charges(r)
    f["billed"] = sum(a for _, _, a in f["lines"])
    f.update(mid=f"TSA{r.digits(8)}", plan=f"H{r.digits(4)}-{r.digits(3)}", claim=f"{r.digits(4)}{r.letters(2)}{r.digits(6)}",
             notice=f["dos"] + dt.timedelta(days=r.randint(25, 40)))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_ma_notice(r, f), doc_hosp_statement(r, f)],
                separators=["cover", None])


# 2: EOB with three claims, only implant claim denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Mutual Health"
    mid, grp = f"BW {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"GRP{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 34))
    c1, c2, c3 = r.digits(11), r.digits(11), r.digits(11)
    lines = charges(r)
    billed = sum(a for _, _, a in lines)
    d = Page("Brightwater Mutual Health  EXPLANATION OF BENEFITS  This is not a bill  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    header(d, "BRIGHTWATER MUTUAL HEALTH", f"Claims Center, PO Box 7712, Hollins Ferry, MD 21227  |  {ph(r)}", 16)
    d.text_line("Explanation of Benefits", 12, "B", h=7)
    d.boxes([("Issue date", fmt_date(stmt, "iso"), 34), ("Subscriber", f["member"], 56), ("ID", mid, 44),
             ("Group", grp, 30), ("Period", "Jan-Dec 2026", 28)])
    d.ln(4)
    blocks = [(c1, f["dos"] - dt.timedelta(days=44), "Lakeshore Audiology Associates",
               [("92557", "Comprehensive audiometry", 240.0), ("92626", "Auditory rehab evaluation", 185.0)], False),
              (c2, f["dos"], HOSP, lines, True),
              (c3, f["dos"] - dt.timedelta(days=9), SURG[2], [("99214", "Office visit, established", 210.0)], False)]
    for c, dd, prov, ls, den in blocks:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {c}  |  {prov}  |  {fmt_date(dd, 'iso')}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, a in ls:
            al = 0.0 if den else round(a * 0.62, 2)
            rows.append([code, desc[:36], fmt_money(a, "space"), fmt_money(al, "space"),
                         fmt_money(round(al * 0.9, 2), "space"), fmt_money(a if den else round(al * 0.1, 2), "space"),
                         "CI4" if den else "--"])
        if den:
            rows.append(["*Total", "", fmt_money(billed, "space"), "", "", fmt_money(billed, "space"), ""])
        d.table(["Code", "Service", "Charged", "Allowed", "Paid", "Your share", "Note"], rows,
                [16, 62, 24, 24, 22, 24, 12], size=7.8, aligns="LLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("CI4  Second-side cochlear implantation does not meet plan criteria: aided speech scores in the ear to be "
           "implanted exceed the limit in the medical policy. Denied as not medically necessary. Claims without "
           "a note were paid under your hearing benefit.", 8.5)
    d.para("Appeals: write to us within 180 days after you receive this EOB. External review may be available.", 8.5)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=HOSP, alternates={"provider": ["Corliss Memorial Hospital"]})
    return pdf_bytes(d), t


# 3: upheld appeal (two-column header)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillfield Health Plan of Ohio"
    mid, app, orig = f"QHO{r.digits(9)}", f"APL{r.digits(7)}", f"UM-{r.digits(4)}-{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 20))
    d = Page("Quillfield Health Plan Appeals  {p}", margins=(20, 16, 20))
    d.add_page()
    header(d, "Quillfield Health Plan", "Member Appeals and Grievances  |  PO Box 220, Dublin Springs, OH 43017")
    d.text_line("APPEAL DECISION - FIRST LEVEL", 12, "B", h=7)
    for lab, val in [("Decision date", fmt_date(notice, "abbr")), ("Member", f["member"]), ("Member no.", mid),
                     ("Appeal no.", app), ("Original request", orig), ("Requested by", SURG[2]),
                     ("Planned surgery", fmt_date(f["dos"], "abbr") + " - 69930 / L8614, right ear")]:
        d.font(9.5, "B")
        d.cell(42, 5.3, lab)
        d.font(9.5)
        d.cell(0, 5.3, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("An otolaryngologist who was not involved in the first decision reviewed your appeal, the new hearing "
           "aid fitting report and your surgeon's letter. Even with the new testing, your right ear scored 58% on "
           "aided sentence recognition. Our policy requires 50% or less. We are upholding our decision to deny "
           "the second cochlear implant as not medically necessary.", 10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. Call the Ohio Department of Insurance at "
           f"{ph(r)} for help.", 10)
    t = truth("denial_letter", "medical_necessity", insurer="Quillfield Health Plan", member_id=mid,
              member_name=f["member"], case_numbers=[app, orig], service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=SURG[2], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# 4: approval of processor upgrade (other)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harrowgate Community Health Plan"
    mid, auth = f"HCH-{r.digits(7)}", f"PA{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Harrowgate Community Health Plan", 14, "B", h=7)
    d.text_line(f"Prior Authorization Unit  -  fax {ph(r)}", 9, h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.para(f"Good news, {f['first']}. We approved your request for a replacement cochlear implant sound processor "
           f"(HCPCS L8619) for the implant you received on {fmt_date(f['first_side'], 'long')}. Your current "
           "processor is more than five years old and no longer supported by its maker.", 10)
    d.para(f"Authorization number {auth} is valid for the date of service {fmt_date(f['dos'], 'long')} with "
           f"Lakeshore Audiology Associates. Member ID: {mid}. Serial number of old processor: SN{r.digits(8)}.", 10)
    d.para("This approval is not a denial of any service. Your usual cost sharing for durable medical equipment "
           "applies. A second-side implant is a separate request and is not part of this approval.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider="Lakeshore Audiology Associates")
    return pdf_bytes(d), t


# 5: records request - not a denial
def doc_records(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Mutual Health"
    mid, req = f"BW{r.digits(9)}", f"R-{r.digits(3)}-{r.digits(4)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(15, 30))
    by = notice + dt.timedelta(days=14)
    d = Page("Brightwater Mutual Health  |  Request for clinical information", margins=(18, 14, 18))
    d.add_page()
    header(d, "Brightwater Mutual Health", f"Care Review  |  PO Box 7720, Hollins Ferry, MD 21227  |  {ph(r)}")
    d.text_line(f"Date: {fmt_date(notice, 'slash')}", 10, h=6)
    d.text_line(f"To: {SURG[0]}, {HOSP}", 10, h=6)
    d.text_line(f"Re: {f['member']}  (member {mid})  request {req}", 10, h=6)
    d.ln(3)
    d.para(f"We are reviewing your request for a left cochlear implant (69930, L8614) for surgery on "
           f"{fmt_date(f['dos'], 'slash')}. We need more information before we can decide. Please send the most "
           "recent aided audiogram, AzBio sentence scores in quiet for each ear, and the hearing aid fitting "
           f"record by {fmt_date(by, 'slash')}.", 10)
    d.para("No decision has been made yet. This letter is not a denial. If we do not receive the records we will "
           "decide based on what we have.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[req],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=SURG[0],
              alternates={"provider": [HOSP]})
    return pdf_bytes(d), t


# 6: paid mapping EOB
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Health Insurance Company"
    mid, grp, claim = f"TH{r.digits(10)}", f"{r.digits(5)}", f"{r.digits(3)}-{r.digits(8)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(15, 28))
    lines = [("92604", "Cochlear implant programming, 7+ yrs", 420.0 + r.randint(0, 80)),
             ("92626", "Evaluation of auditory function", 190.0 + r.randint(0, 40))]
    billed = sum(a for _, _, a in lines)
    d = Page("Tamarack Health  -  EOB  -  page {p}", margins=(14, 12, 14))
    d.add_page()
    header(d, "Tamarack Health", f"{ins}  -  {ph(r)}")
    d.text_line("YOUR CLAIM WAS PAID", 12, "B", h=7)
    d.para(f"Prepared {fmt_date(stmt, 'long')} for {f['member']}, member {mid}, group {grp}. Claim {claim} from "
           f"Lakeshore Audiology Associates for services on {fmt_date(f['dos'], 'long')}.", 9.5)
    rows = [[c, ds, fmt_money(a), fmt_money(round(a * .7, 2)), fmt_money(round(a * .7 - 30 * (i == 0), 2))]
            for i, (c, ds, a) in enumerate(lines)]
    rows.append(["*Total", "", fmt_money(billed), "", ""])
    d.table(["Code", "Service", "Amount billed", "Plan allowed", "Plan paid"], rows, [18, 74, 30, 30, 30],
            aligns="LLRRR")
    d.para("You owe a $30.00 specialist copay. Nothing on this claim was denied.", 9.5)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider="Lakeshore Audiology Associates", type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_letter, "prose_denial", "born_digital"), (2, doc_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_appeal, "appeal_upheld", "photocopy"), (4, doc_approval, "processor_approval", "phone_photo"),
              (5, doc_records, "records_request", "scan_lowres_150"), (6, doc_paid, "mapping_paid_eob", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
