"""Family 'intragastric_balloon_obesity_exclusion_denial': endoscopic intragastric balloon placement (43290) and
removal (43291) for obesity refused under the weight-loss / obesity treatment exclusion, seen from insurer,
state employee plan, employer plan, Medicare Advantage plan and the bariatric center.

Documents: a commercial prose letter refusing a planned balloon (pre-service, exclusion); a fine-fax stack of a
cover sheet, a TPA claim denial letter and the bariatric center's self-pay financing statement; a state employee
plan appeal decision upholding the exclusion (boxed form); a photocopied employer plan EOB with a paid nutrition
visit and the denied balloon removal; a phone photo of an approval of the dietitian visits only; a sideways paid
EOB (nothing denied); a standard-fax Medicare Advantage "Notice of Denial of Medical Coverage" (two pages).

Decoys: DOB, BMI, NPIs, account and financing numbers, received dates, paid claims, allowed/paid amounts, monthly
payment amounts, form numbers, 72-hour, external review and fair hearing limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "intragastric_balloon_obesity_exclusion_denial"
LANG = "en"
SEED = 298500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CENTER = "Northgate Bariatric & Metabolic Institute"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1962, 2000), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                bmi=f"{r.randint(31, 39)}.{r.randint(0, 9)}")


# ------------------------------------------------------------ 0: pre-service prose letter, born digital
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Insurance Company"
    mid, grp, ref = f"CLH{r.digits(8)}", f"{r.digits(6)}-{r.digits(2)}", f"UM{r.digits(9)}"
    doctor = f"Dr. {r.choice(['Alma', 'Victor', 'Renata'])} {r.choice(['Castellan', 'Whitcombe', 'Okafor'])}"
    recv = f["dos"] - dt.timedelta(days=r.randint(20, 30))
    notice = recv + dt.timedelta(days=r.randint(3, 9))
    d = Page("Copperline Health  |  UM-EXCL-07 (rev. 2025)  |  page {p} of {n}")
    d.add_page()
    d.text_line("Copperline Health", 19, "B", h=9)
    d.text_line("Utilization Management  ·  200 Foundry Row, Erie, PA 16501  ·  " + ph(r), 8.5, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {doctor} of {CENTER} to approve an "
           f"endoscopic intragastric balloon placement (CPT 43290) planned for {fmt_date(f['dos'], 'long')}. "
           f"We have reviewed this request under your {ins} plan, member number {mid}, group {grp}. "
           f"Our reference for this request is {ref}.", 10.5)
    d.para("We cannot approve this service. Your plan's Evidence of Coverage, Section 7.4 (Exclusions), says that "
           "services and supplies for the treatment of obesity or for weight reduction are not covered, except "
           "for the bariatric surgery procedures listed in Section 5.19. An intragastric balloon is not one of the "
           "listed procedures. This is a benefit exclusion; we did not decide whether the balloon is medically "
           f"necessary for you. Your reported body mass index was {f['bmi']}.", 10.5)
    d.para("If you disagree, you or someone acting for you may appeal. Your appeal must be filed within 180 days "
           "of the date of this letter. If waiting would seriously harm your health, ask for an expedited appeal; "
           "we decide those within 72 hours. You may also ask for an external review within 4 months after a "
           "final internal decision. You may ask for copies of all documents relevant to this decision free of "
           "charge.", 10.5)
    d.para(f"Sincerely,\n\nNurse Reviewer, Utilization Management\ncc: {doctor}, NPI {f['npi']}", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doctor,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [CENTER], "insurer": ["Copperline Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: fax stack: TPA letter + center statement
def doc_tpa_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Keystone Benefit Administrators"
    notice = f["dos"] + dt.timedelta(days=r.randint(24, 40))
    f["notice"] = notice
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("KEYSTONE BENEFIT ADMINISTRATORS", 14, "B", h=7)
    d.text_line("Third-party administrator for the Halvorsen Tool & Die Employee Health Plan", 9, h=5)
    d.text_line("PO Box 4470, Duluth, MN 55802   Fax " + ph(r), 8.5, h=5)
    d.rule(0.6, 5)
    for lab, val in [("Date", fmt_date(notice, "dmy")), ("Participant", f["member"]), ("ID", f["mid"]),
                     ("Group", f["grp"]), ("Claim #", f["claim"]), ("Provider", CENTER),
                     ("Service date", fmt_date(f["dos"], "dmy")), ("Billed", fmt_money(f["billed"]))]:
        d.font(9.5, "B")
        d.cell(34, 5.4, lab + ":")
        d.font(9.5)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Claim determination: DENIED", 11, "B", h=7)
    d.para("The claim above is for placement of an intragastric balloon (43290) and the related anesthesia and "
           "facility charges. The Plan Document, Article IX, item 31, excludes weight control programs and any "
           "surgical or non-surgical treatment of obesity, except as required by law. No benefits are payable.",
           10)
    d.para("You may request a review of this determination. The request must be made in writing within 180 days "
           "of the date of this notice and sent to the address above. You may submit written comments and records "
           "and receive copies of plan documents free of charge. After review, you may have the right to bring a "
           "civil action under section 502(a) of ERISA.", 10)
    d.para(f"Provider NPI {f['npi']}.  Date received {fmt_date(f['dos'] + dt.timedelta(days=9), 'dmy')}.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=CENTER,
              appeal_deadline=iso(notice + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def doc_center_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(8, 16))
    acct, fin = f"NB-{r.digits(6)}", f"LN{r.digits(8)}"
    months = 18
    monthly = round(f["billed"] / months, 2)
    d = Page("Northgate Bariatric & Metabolic Institute  ·  Patient Financial Services")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 11, "  NORTHGATE BARIATRIC & METABOLIC INSTITUTE", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.text_line("STATEMENT AND SELF-PAY FINANCING OFFER", 11.5, "B", h=7)
    d.boxes([("Statement date", fmt_date(stmt, "mdy_nopad"), 34), ("Account", acct, 30), ("Patient", f["member"], 50),
             ("Balance", fmt_money(f["billed"]), 30), ("Due", "Upon receipt", 30)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "mdy_nopad"), "43290", "EGD w/ intragastric balloon placement", fmt_money(f["c1"])],
            [fmt_date(f["dos"], "mdy_nopad"), "00731", "Anesthesia, upper GI endoscopy", fmt_money(f["c2"])],
            [fmt_date(f["dos"], "mdy_nopad"), "C1889", "Balloon device kit", fmt_money(f["c3"])],
            ["*Total charges", "", "", fmt_money(f["billed"])],
            [fmt_date(f["notice"] + dt.timedelta(days=5), "short"), "", "Keystone Benefit Admin. - denied, excluded",
             "$0.00"],
            ["*Patient balance", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [26, 20, 96, 36], size=9, aligns="LLLR")
    d.text_line("Spread your balance over 18 months", 10.5, "B", h=6)
    d.para(f"Your plan excluded this procedure (claim {f['claim']}). Through our partner, CareBridge Lending, you can "
           f"pay {fmt_money(monthly)} a month for {months} months at 0% APR if approved. Pre-approval number "
           f"{fin}. A 10% prompt-pay discount applies if the full balance is paid within 30 days of this "
           "statement.", 9.5)
    d.para(f"Insurance on file: Keystone Benefit Administrators, ID {f['mid']}.  Date of birth "
           f"{fmt_date(f['dob'], 'short')}.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=CENTER,
              unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"KBA{r.digits(7)}", grp=f"HTD-{r.digits(4)}", claim=f"{r.digits(3)}-{r.digits(7)}")
    f["c1"], f["c2"], f["c3"] = float(r.randint(3900, 5200)), float(r.randint(600, 900)), float(r.randint(2100, 2900))
    f["billed"] = f["c1"] + f["c2"] + f["c3"]
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_tpa_letter(r, f), doc_center_statement(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------ 2: state employee plan appeal decision (boxed)
def doc_state_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bay Prairie State Employees Health Benefit Plan"
    mid, grp, appeal, claim = f"SE{r.digits(9)}", f"{r.digits(5)}", f"AP26-{r.digits(5)}", f"{r.digits(12)}"
    billed = float(r.randint(7400, 9800)) + 0.5
    decided = f["dos"] + dt.timedelta(days=r.randint(90, 130))
    d = Page("Form SEHBP-AD-3  ·  Appeal Decision  ·  {p}/{n}")
    d.add_page()
    d.text_line("Bay Prairie State Employees Health Benefit Plan", 14, "B", h=7)
    d.text_line("Office of Employee Benefits · Appeals Committee · 1 Capitol Mall, Fargo, ND 58102", 8.5, h=5)
    d.ln(4)
    d.text_line("LEVEL II APPEAL DECISION", 12, "B", h=7)
    d.boxes([("Decision date", fmt_date(decided, "iso"), 34), ("Appeal no.", appeal, 34), ("Member", f["member"], 52),
             ("Member ID", mid, 40), ("Group", grp, 22)])
    d.boxes([("Claim no.", claim, 46), ("Date of service", fmt_date(f["dos"], "iso"), 36),
             ("Amount billed", fmt_money(billed), 34), ("Provider", CENTER, 66)], value_size=8.6)
    d.boxes([("Decision", "UPHELD", 46), ("Member DOB", fmt_date(f["dob"], "iso"), 36),
             ("Provider NPI", f["npi"], 34), ("Received", fmt_date(decided - dt.timedelta(days=41), "iso"), 66)])
    d.ln(5)
    d.para("The Committee reviewed your appeal of the denial of intragastric balloon placement (43290) and removal "
           "(43291). Your appeal letter and your physician's letter describe your efforts to lose weight and your "
           "sleep apnea. The Committee does not doubt that you need treatment. However, the State Plan Document, "
           "Schedule C, excludes \"treatment of obesity, including weight loss drugs, devices and procedures\" "
           "except covered bariatric surgery meeting Plan criteria. The balloon is a device-based weight loss "
           "procedure and falls within the exclusion. The denial is upheld.", 10)
    d.para("This is the Plan's final internal decision. As a non-federal governmental plan, you may request an "
           "external review by an independent review organization within 4 months after the date you receive "
           "this decision. Call Member Services at 1-800-555-0142 for help.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(decided), provider=CENTER, alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: employer plan EOB, paid nutrition + denied removal
def doc_employer_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Trellis Health Plans, Inc."
    mid, grp = f"TH {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.letters(3)}{r.digits(4)}"
    c1, c2 = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}", f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    d0 = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    b1 = float(r.randint(140, 190))
    b2a, b2b = float(r.randint(2300, 3100)), float(r.randint(500, 700)) + 0.25
    d = Page("Trellis Health Plans · Explanation of Benefits · Not a bill · Page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("TRELLIS HEALTH PLANS", 16, "B", h=8)
    d.text_line("Trellis Health Plans, Inc. administers your employer plan: Orchard Valley Foods Group Health Plan", 9, h=5)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=5)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(stmt, "abbr")), ("Member ID", mid), ("Group", grp),
                     ("Patient", f["member"])]:
        d.set_x(120)
        d.font(9, "B")
        d.cell(30, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    for claim, prov, when, rows, tot in [
        (c1, "Lena Marsh, RDN", d0, [["97802", "Medical nutrition therapy, initial", b1, round(b1 * .8, 2),
                                      round(b1 * .8, 2), 0.0, ""]], b1),
        (c2, CENTER, f["dos"], [["43291", "EGD, removal of intragastric balloon", b2a, 0, 0, b2a, "WX4"],
                                ["00731", "Anesthesia, upper GI endoscopy", b2b, 0, 0, b2b, "WX4"]], b2a + b2b)]:
        d.font(9, "B")
        d.cell(0, 6, f"Claim {claim}   Provider: {prov}   Service date {fmt_date(when, 'abbr')}",
               new_x="LMARGIN", new_y="NEXT")
        body = [[c, ds, fmt_money(b), fmt_money(a), fmt_money(p), fmt_money(o), k] for c, ds, b, a, p, o, k in rows]
        body.append(["*Claim total", "", fmt_money(tot), "", "", "", ""])
        d.table(["Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], body,
                [18, 70, 24, 22, 22, 22, 14], size=8.4, aligns="LLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("WX4  Weight loss exclusion. Services to treat obesity, including placement, adjustment and removal of "
           "gastric balloons, are excluded under your plan (Summary Plan Description, Exclusions, item 44).", 8.8)
    d.para("Appeals: you have 180 days after you receive this notice to file an appeal. Urgent care appeals are "
           "decided within 72 hours. Member Services 1-877-555-0190.", 8.8)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(b2a + b2b), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=CENTER)
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: approval of nutrition visits only (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Summit Ridge Health Plan"
    mid, auth = f"SRH-{r.digits(7)}", f"A{r.digits(10)}"
    rd = "Corinne Pell, MS, RDN"
    start = f["dos"]
    end = start + dt.timedelta(days=179)
    notice = start - dt.timedelta(days=r.randint(5, 12))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Summit Ridge Health Plan", 16, "B", h=8)
    d.text_line("Care Management Department", 9.5, h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(3)
    d.para(f"RE: {f['member']}   Member ID {mid}\nAuthorization number {auth}", 10.5)
    d.text_line("Notice of Approval", 12, "B", h=7)
    d.para(f"Good news. We approved 6 visits of medical nutrition therapy (97802, 97803) with {rd} for the period "
           f"{fmt_date(start, 'slash')} through {fmt_date(end, 'slash')}.", 10.5)
    d.para("Your request also listed an intragastric balloon program at Northgate Bariatric & Metabolic Institute. "
           "That part was decided separately; weight-loss procedures other than covered bariatric surgery are not "
           "a benefit of your plan. This approval covers the nutrition visits only.", 10.5)
    d.para("Approval is not a guarantee of payment; you must be enrolled on the date of each visit.", 9.5)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(notice), provider=rd,
              alternates={"service_dates": [[iso(start), iso(end)], []]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: paid EOB, sideways
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridian Crest Assurance"
    mid, grp, claim = f"MCA{r.digits(9)}", f"{r.digits(7)}", f"{r.digits(2)}-{r.digits(8)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(14, 26))
    prov = "Harbor Lane Weight Management Clinic"
    rows = [("99214", "Office visit, established", float(r.randint(190, 260))),
            ("97803", "Medical nutrition therapy, follow-up", float(r.randint(90, 130)))]
    tot = sum(b for _, _, b in rows)
    d = Page("Meridian Crest Assurance — Explanation of Benefits — {p}")
    d.add_page()
    d.text_line("Meridian Crest Assurance", 15, "B", h=7)
    d.text_line("EXPLANATION OF BENEFITS — THIS IS NOT A BILL", 10, "B", h=6)
    d.ln(2)
    d.table(["Issued", "Member", "Member ID", "Group", "Claim"],
            [[fmt_date(stmt, "upper"), f["member"], mid, grp, claim]], [30, 48, 40, 30, 34], size=9,
            border_head="TB")
    d.para(f"Provider: {prov}   Network: In network   Date of birth: {fmt_date(f['dob'], 'upper')}", 9)
    body = [[fmt_date(f["dos"], "upper"), c, s, fmt_money(b), fmt_money(round(b * .7, 2)), fmt_money(round(b * .7 - 30, 2)),
             "$30.00"] for c, s, b in rows]
    body.append(["*Totals", "", "", fmt_money(tot), "", "", ""])
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "Paid", "Copay"], body, [26, 16, 62, 22, 22, 20, 16],
            size=8.5, aligns="LLLRRRR", head_fill=True)
    d.para("Nothing on this claim was denied. Your copay applies to the office visit. Questions? Call "
           "1-866-555-0117. You may appeal any claim decision within 180 days after you receive this notice.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prov, type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: MA Notice of Denial of Medical Coverage (2 pages)
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lakeshore Senior Advantage"
    mid, ref = f"LSA{r.digits(8)}", f"{r.digits(4)}-{r.digits(4)}-{r.digits(2)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 15))
    doctor = "Dr. Emil Hartigan"
    d = Page("Form CMS-10003-NDMC   OMB Approval 0938-0829   H7702_IDN26_M", header=f"{f['member']} · {mid} · continued")
    d.add_page()
    d.text_line("Lakeshore Senior Advantage (HMO)", 13, "B", h=7)
    d.text_line(fmt_date(notice, "slash"), 10, h=6)
    d.ln(2)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B", h=8)
    d.para(f"Name: {f['member']}      Member number: {mid}\nRequest number: {ref}", 10.5)
    d.para(f"We have denied the medical service listed below that you or your doctor, {doctor}, asked for: "
           f"endoscopic placement of an intragastric balloon (43290), planned for {fmt_date(f['dos'], 'slash')}.",
           10.5)
    d.text_line("Why did we deny your request?", 11, "B", h=6)
    d.para("Medicare and our plan do not cover treatments for obesity itself, other than bariatric surgery for "
           "members who meet Medicare's conditions. The intragastric balloon is not a covered weight-loss procedure "
           "(Evidence of Coverage, Chapter 4, Section 3, \"Services not covered\").", 10.5)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6)
    d.para("You have the right to ask Lakeshore Senior Advantage to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 calendar days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.", 10.5)
    d.add_page()
    d.text_line("There are 2 kinds of appeals with Lakeshore Senior Advantage", 11, "B", h=6)
    d.para("Standard appeal: we will give you a written decision within 30 days after we get your appeal. Fast "
           "appeal: we will give you a decision within 72 hours after we get your appeal. You can ask for a fast "
           "appeal if you or your doctor believe your health could be seriously harmed by waiting.", 10.5)
    d.para("What happens next? If we say no to your appeal, we will send your case to an Independent Review Entity "
           "automatically.", 10.5)
    d.para(f"Get help: call 1-855-555-0163 (TTY 711). Physician NPI {f['npi']}. Member date of birth "
           f"{fmt_date(f['dob'], 'slash')}.", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doctor,
              appeal_deadline=iso(notice + dt.timedelta(days=65)))
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose, "prose_letter", "born_digital"), (2, doc_state_appeal, "state_appeal", "scan_clean_300"),
              (3, doc_employer_eob, "employer_eob", "photocopy"), (4, doc_approval, "nutrition_approval", "phone_photo"),
              (5, doc_paid_eob, "paid_eob", "rotated"), (6, doc_ma_notice, "ma_notice", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
