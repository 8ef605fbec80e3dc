"""Family 'rotator_cuff_repair_conservative_care_denial': arthroscopic rotator cuff repair (CPT 29827) with
subacromial decompression (29826, an add-on) refused because the records show no documented course of physical
therapy or other conservative care before surgery.

Documents: a two-page DOL-model adverse benefit determination from a self-funded employer plan's TPA (pre-service,
bordered grid, "180 days from receipt"); a fine-fax stack of a cover sheet, a fully insured plan's prose letter
denying the surgeon's claim (facts only in sentences, an older paid MRI claim as decoy, 180 days of the date of
this letter) and the orthopedic group's patient statement with an account sidebar; a three-claim EOB where the MRI
and therapy claims are paid and only the ambulatory surgery center's facility claim is refused; a reconsideration
memo to the group overturning the denial (facts in sentences, not a denial); a request for therapy records that
holds a claim (refuses nothing); a sideways upheld first-level appeal with a grey sidebar; a Medicare Advantage
CMS-10003 style notice of denial of medical coverage (65 days of the date of this notice).

Decoys: DOB, NPIs, tax ID, account numbers, the MRI claim, therapy visit counts, received dates, 72-hour,
external-review and 45-day response limits, plan and form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "rotator_cuff_repair_conservative_care_denial"
LANG = "en"
SEED = 311500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
GROUP = "Cascade Ridge Orthopaedic Associates"
ASC = "Harbor Point Ambulatory Surgery Center"
SURGEONS = ["Dr. Wendell T. Prescott", "Dr. Sunita R. Kessler", "Dr. Anselm J. Holloway"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, mi=mid, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1958, 1990), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                surgeon=r.choice(SURGEONS))


def surg_lines(r: Rand) -> list[tuple[str, str, float]]:
    return [("29827", "Arthroscopy shoulder, rotator cuff repair", float(r.randint(5200, 8900))),
            ("29826", "Subacromial decompression (add-on)", float(r.randint(1400, 2600)))]


# ------------------------------------------------------------ 0: DOL model ABD, self-funded plan via TPA (born digital)
def doc_dol_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    tpa = "Tamarack Benefit Services, LLC"
    plan = "Ostrander Freight Lines Employee Medical Plan"
    mid, grp = f"OFL{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}"
    planid = f"OFL-{r.digits(3)}"
    req = f"PRE{r.digits(7)}"
    recv = f["dos"] - dt.timedelta(days=r.randint(20, 30))
    notice = recv + dt.timedelta(days=r.randint(4, 9))
    d = Page("Tamarack Benefit Services  ·  TBS-ABD-11 (rev. 01/2026)  ·  page {p} of {n}",
             header=f"Notice of Adverse Benefit Determination (continued)  ·  {f['member']}  ·  ref. {req}")
    d.add_page()
    d.text_line("TAMARACK BENEFIT SERVICES", 15, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.text_line(f"PO Box 4418, Cold Spring, MN 56320  ·  Member line {r.phone()}  ·  Fax {ph(r)}", 8.4, h=4.6)
    d.ln(5)
    d.text_line(f"Notice date: {iso(notice)}", 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    d.para("Important: keep this notice. It explains a decision your plan made about a request for benefits "
           "and tells you how to ask for a review.", 9.2)
    grid = [("Claimant / patient", f["member"]), ("Participant ID", mid), ("Employer group", grp),
            ("Plan ID", planid), ("Request reference", req),
            ("Request received", iso(recv)), ("Scheduled surgery date", iso(f["dos"])),
            ("Requesting surgeon", f"{f['surgeon']}, {GROUP}"),
            ("Service(s) requested", "CPT 29827 arthroscopic rotator cuff repair, right shoulder; "
                                      "CPT 29826 subacromial decompression"),
            ("Place of service", ASC), ("Amount of claim", "Not applicable (pre-service request)"),
            ("Determination", "Not approved")]
    x0 = d.l_margin
    for lab, val in grid:
        y = d.get_y()
        d.set_xy(x0 + 52, y)
        d.font(9.2)
        d.multi_cell(128, 5.2, val, border=1, new_x="LMARGIN", new_y="NEXT")
        h = d.get_y() - y
        d.set_xy(x0, y)
        d.font(8.6, "B")
        d.cell(52, h, lab, border=1)
        d.set_xy(x0, y + h)
    d.ln(5)
    d.text_line("Reason for the determination", 10.5, "B", h=6)
    d.para("The plan covers surgical repair of a rotator cuff tear when the Plan's Orthopedic Surgery Guideline "
           "OSG-14 is met. For a partial-thickness or chronic tear without acute weakness, the guideline asks for "
           "at least six weeks of conservative care (a supervised physical therapy program, activity change and "
           "medicines) that did not relieve symptoms, documented in the records. The office notes sent with this "
           "request describe a home exercise sheet only; no physical therapy visits are documented. The request "
           "does not meet the guideline, so it is not medically necessary under Section 7.3 of the Summary Plan "
           "Description. A physician reviewer board-certified in orthopaedic surgery made this decision.", 9.4)
    d.text_line("Diagnosis and treatment codes", 10.5, "B", h=6)
    d.para("You may ask for the diagnosis code and the treatment codes and their meanings, free of charge. A "
           "request for this information is not a request for an appeal. You may also ask, free of charge, for "
           "copies of all documents relevant to this request and for the guideline used.", 9.4)
    d.add_page()
    d.text_line("Your right to an internal appeal", 10.5, "B", h=6)
    d.para("You or your authorized representative may file an appeal within 180 days from receipt of this notice. "
           "Send it in writing to Tamarack Benefit Services, Appeals, PO Box 4420, Cold Spring, MN 56320, or fax it "
           "to the number above. Include the request reference shown on page 1 and any records of therapy or other "
           "treatment you have had. The appeal is decided by someone who was not part of this decision.", 9.4)
    d.text_line("Urgent situations", 10.5, "B", h=6)
    d.para("If waiting for a standard appeal would seriously jeopardize your life, health or ability to regain "
           "maximum function, you may ask for an expedited appeal; it is decided within 72 hours.", 9.4)
    d.text_line("External review", 10.5, "B", h=6)
    d.para("After the plan's final internal decision you may ask for an external review by an independent review "
           "organization within 4 months of receiving that decision.", 9.4)
    d.text_line("Other resources", 10.5, "B", h=6)
    d.para("For questions about your rights you may contact the Employee Benefits Security Administration at "
           "1-866-444-3272. You may also have the right to bring a civil action under section 502(a) of ERISA "
           "after the appeal process.", 9.4)
    d.para(f"Patient date of birth: {fmt_date(f['dob'], 'iso')}.  Surgeon NPI: {f['npi']}.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer="Tamarack Benefit Services", plan_id=planid, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["surgeon"].replace("Dr. ", ""),
              alternates={"insurer": [plan], "provider": [GROUP], "plan_id": [None]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: fax stack: prose claim letter + group statement
def doc_claim_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Larkspur Mutual Health Plan"
    notice = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    f["notice"] = notice
    mri = f["dos"] - dt.timedelta(days=r.randint(40, 70))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Larkspur Mutual", 17, "B", h=8)
    d.text_line("Health Plan", 11, h=5.5)
    d.text_line(f"Member Claims Review  ·  1200 Quarry Hill Road, Erie, PA 16501", 8.4, h=4.4)
    d.ln(10)
    d.text_line(fmt_date(notice, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"This letter is about the claim we received from {f['surgeon']} of {GROUP} for the shoulder surgery "
           f"you had on {fmt_date(f['dos'], 'long')}. The claim, number {f['claim']}, billed "
           f"{fmt_money(f['billed'])} for an arthroscopic rotator cuff repair (29827) and a subacromial "
           "decompression (29826). We are not able to pay this claim.", 10)
    d.para("Why: your plan's medical policy for shoulder surgery asks that, before a repair of a tear like yours, "
           "you have tried at least six weeks of physical therapy or another supervised program that did not "
           "help enough. The records we received do not show any therapy visits before the surgery date. Because "
           "of this, the surgery did not meet the policy and we find it was not medically necessary.", 10)
    d.para(f"Your member ID is {f['mid']} and you are covered under group {f['grp']}. An earlier claim, number "
           f"{f['old']}, for the MRI of your shoulder on {fmt_date(mri, 'long')} was paid and is not affected by "
           "this letter.", 10)
    d.para("If you disagree, you can appeal. Your appeal must reach us within 180 days of the date of this letter. "
           "Write to Larkspur Mutual Appeals, PO Box 880, Erie, PA 16512, and send any therapy notes or other "
           "records. If your health is at serious risk you can ask for a fast decision within 72 hours. After our "
           "appeal decision you may ask for an independent external review within 4 months.", 10)
    d.para("Sincerely,\n\nM. Fairchild, RN\nClinical Claims Review", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["surgeon"].replace("Dr. ", ""),
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates={"provider": [GROUP]})
    return pdf_bytes(d), t


def doc_group_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"CR-{r.digits(6)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(232, 232, 232)
    d.rect(148, 30, 54, 86, style="F")
    d.text_line(GROUP.upper(), 13.5, "B", h=7)
    d.text_line(f"Billing Office · 455 Fenwick Avenue, Erie, PA 16502 · {ph(r)} · Tax ID 84-{r.digits(7)}", 8,
                h=4.3)
    d.ln(6)
    y = d.get_y()
    d.text_line("PATIENT STATEMENT", 12, "B", h=7)
    d.ln(2)
    for ln in ["Responsible party:", f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=5)
    side = [("Statement date", fmt_date(stmt, "slash")), ("Account no.", acct), ("Patient", f["member"]),
            ("Please pay", fmt_money(f["billed"])), ("Due upon receipt", "")]
    yy = 33
    for lab, val in side:
        d.set_xy(151, yy)
        d.font(7.2)
        d.cell(48, 3.5, lab.upper())
        d.set_xy(151, yy + 4)
        d.font(10, "B")
        d.cell(48, 5, val)
        yy += 15
    d.set_y(max(d.get_y(), 122))
    d.ln(2)
    rows = [[fmt_date(f["dos"], "slash"), c, desc, f["surgeon"].replace("Dr. ", ""), fmt_money(b, "nosign")]
            for c, desc, b in f["lines"]]
    rows.append(["", "", "Total charges", "", fmt_money(f["billed"], "nosign")])
    rows.append([fmt_date(f["notice"], "slash"), "", f"Larkspur Mutual - claim {f['claim']} denied", "", "0.00"])
    rows.append(["*Balance now due from patient", "", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["Date", "CPT", "Service", "Surgeon", "Charge"], rows, [24, 16, 74, 44, 24], size=8.4,
            aligns="LLLLR")
    d.para("Your insurance company denied this claim. The balance is now your responsibility. If you are appealing "
           "the insurer's decision, call our office and we will place the account on hold for 90 days. Payment "
           "plans and financial assistance are available.", 9)
    d.para(f"Member ID on file: {f['mid']}   Date of birth: {fmt_date(f['dob'], 'slash')}   Rendering NPI: "
           f"{f['npi']}", 8.4)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=GROUP, unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["surgeon"].replace("Dr. ", "")]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"LMH{r.digits(9)}", grp=f"{r.digits(6)}", claim=f"{r.digits(4)}-{r.digits(7)}",
             old=f"{r.digits(4)}-{r.digits(7)}")
    f["lines"] = surg_lines(r)
    f["billed"] = sum(b for _, _, b in f["lines"])
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_claim_letter(r, f), doc_group_statement(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------ 2: three-claim EOB, only the ASC facility claim denied
def doc_asc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bramblewood Health Insurance Company"
    mid, grp = f"BW {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.letters(1)}{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 35))
    mri = f["dos"] - dt.timedelta(days=r.randint(50, 75))
    pt1 = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    claims = []
    mb = float(r.randint(1100, 1900))
    claims.append(dict(no=r.digits(11), prov="Erie Lakeshore Imaging", when=mri,
                       lines=[("73221", "MRI shoulder w/o contrast", mb, round(mb * .42, 2), "")]))
    pb = float(r.randint(160, 240))
    claims.append(dict(no=r.digits(11), prov="Northgate Physical Therapy", when=pt1,
                       lines=[("97161", "PT evaluation, low complexity", pb, round(pb * .6, 2), "")]))
    fl = [(c, desc, round(b * r.uniform(.9, 1.3), 2), 0.0, "M62") for c, desc, b in surg_lines(r)]
    denied = dict(no=r.digits(11), prov=ASC, when=f["dos"], lines=fl)
    claims.append(denied)
    billed = sum(x[2] for x in fl)
    d = Page("Bramblewood Health · Explanation of Benefits · This is not a bill · {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("BRAMBLEWOOD HEALTH", 16, "B", h=8)
    d.text_line(f"{ins} · PO Box 3307, Pueblo, CO 81003 · {r.phone()}", 8.2, h=4.4)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS  —  THIS IS NOT A BILL", 11.5, "B", h=6.5)
    d.ln(1)
    d.boxes([("Prepared on", fmt_date(stmt, "abbr"), 34), ("Covered person", f["member"], 54),
             ("Subscriber no.", mid, 44), ("Employer group", grp, 30), ("Claims shown", "3", 30)])
    d.ln(4)
    tot_b = tot_p = 0.0
    for c in claims:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {c['no']}  ·  {c['prov']}  ·  service {fmt_date(c['when'], 'abbr')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, b, p, rk in c["lines"]:
            allowed = 0.0 if rk else round(p / 0.8, 2)
            owe = b if rk else round(allowed - p, 2)
            rows.append([code, desc, fmt_money(b, "nosign"), fmt_money(allowed, "nosign"), fmt_money(p, "nosign"),
                         fmt_money(owe, "nosign"), rk])
            tot_b += b
            tot_p += p
        if len(c["lines"]) > 1:
            rows.append(["*Claim total", "", fmt_money(sum(x[2] for x in c["lines"]), "nosign"), "",
                         fmt_money(sum(x[3] for x in c["lines"]), "nosign"), "", ""])
        d.table(["Code", "Service", "Charged", "Allowed", "Paid", "Your share", "Note"], rows,
                [16, 64, 22, 22, 22, 24, 14], size=7.9, aligns="LLRRRRL", head_fill=True)
    d.text_line(f"Totals this statement: charged {fmt_money(tot_b)}, paid {fmt_money(tot_p)}", 9, "B", h=6)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("M62  Denied. Surgical repair of the rotator cuff is covered when at least 6 weeks of physical therapy "
           "or other conservative treatment has been tried and documented. The records show one therapy "
           "evaluation and no course of treatment before surgery. This service is not medically necessary under "
           "medical policy MP-ORTH-207. The facility may not bill you more than the amount shown as your share.",
           8.4)
    d.para("Appeals: you may appeal a denied claim within 180 days of the date of this statement. Write to "
           "Bramblewood Appeals, PO Box 3309, Pueblo, CO 81003. Urgent appeals: 72 hours. External review: "
           f"within 4 months of a final decision. Facility NPI {f['npi']}.", 8.4)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[denied["no"]], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=ASC,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: reconsideration memo overturning (photocopy)
def doc_overturn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sagebrush Valley Health Plan"
    mid = f"SV{r.digits(10)}"
    claim, recon = f"{r.digits(12)}", f"RC-{r.digits(2)}-{r.digits(5)}"
    billed = sum(b for _, _, b in surg_lines(r))
    dec = f["dos"] + dt.timedelta(days=r.randint(75, 100))
    d = Page("Sagebrush Valley Health Plan · Provider Reconsideration Unit", margins=(22, 18, 22))
    d.add_page()
    d.text_line("SAGEBRUSH VALLEY HEALTH PLAN", 13, "B", h=7)
    d.text_line("Provider Reconsideration Unit · 88 Lantern Way, Yuma, AZ 85364", 8.6, h=4.6)
    d.ln(8)
    for lab, val in [("TO:", f"{GROUP}, attention Billing"), ("FROM:", "Provider Reconsideration Unit"),
                     ("DATE:", fmt_date(dec, "wlong")), ("SUBJECT:", "Outcome of reconsideration request")]:
        d.font(10, "B")
        d.cell(28, 6, lab)
        d.font(10)
        d.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 5)
    d.para(f"You asked us to reconsider our denial of the claim for {f['member']} (member number {mid}) for an "
           f"arthroscopic rotator cuff repair with subacromial decompression performed by {f['surgeon']} on "
           f"{fmt_date(f['dos'], 'long')}. The claim is number {claim}, with total charges of "
           f"{fmt_money(billed, 'nosign')}. Your request was logged as reconsideration {recon}.", 10.2)
    d.para("We have reversed our decision. The physical therapy notes you sent show eleven supervised visits "
           "over seven weeks before surgery, with persistent weakness on examination. This meets the conservative "
           "care criteria of our shoulder surgery policy. The claim will be reprocessed and paid under the "
           "member's benefits; a new remittance will follow within 30 days.", 10.2)
    d.para("No further action is needed from your office. The member will receive an explanation of benefits "
           "for the reprocessed claim.", 10.2)
    d.para(f"Patient date of birth {fmt_date(f['dob'], 'slash')}; surgeon NPI {f['npi']}.", 8.8)
    d.para("T. Rutledge, MD\nMedical Director, Provider Reconsideration", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim, recon],
              claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(dec),
              provider=f["surgeon"].replace("Dr. ", ""),
              alternates={"provider": [GROUP], "case_numbers": [[claim], [recon]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: request for therapy records, claim on hold (phone)
def doc_records_request(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillfeather Health Partners"
    mid, grp = f"QHP-{r.digits(7)}", f"{r.digits(5)}"
    claim = f"{r.digits(3)}{r.letters(2)}{r.digits(6)}"
    sent = f["dos"] + dt.timedelta(days=r.randint(15, 25))
    billed = sum(b for _, _, b in surg_lines(r))
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("Quillfeather Health Partners", 15, "B", h=7)
    d.text_line(f"Claims Department · 19 Sycamore Court, Macon, GA 31201 · {r.phone()}", 8.5, h=4.6)
    d.ln(6)
    d.text_line("WE NEED MORE INFORMATION TO FINISH YOUR CLAIM", 11.5, "B", h=7)
    d.ln(2)
    kv = [("Mailed", fmt_date(sent, "slash")), ("Member", f["member"]), ("ID", mid), ("Group", grp),
          ("Claim", claim), ("Service date", fmt_date(f["dos"], "slash")), ("Billed by", f["surgeon"]),
          ("Charges", fmt_money(billed))]
    for i in range(0, len(kv), 2):
        for lab, val in kv[i:i + 2]:
            d.font(9.4, "B")
            d.cell(26, 5.6, lab + ":")
            d.font(9.4)
            d.cell(62, 5.6, val)
        d.ln(5.8)
    d.ln(3)
    d.para("Your claim is on hold. It has not been denied. Before we can decide it, we need records that show "
           "the treatment you had for your shoulder before surgery. We have asked your surgeon's office for these "
           "records too.", 10)
    d.table(["What we need", "Who can send it"],
            [["Physical therapy notes (evaluation and visit notes) for the 3 months before surgery",
              "Therapist or surgeon"],
             ["Office notes describing other treatment tried (injections, medicines)", "Surgeon"],
             ["MRI report of the shoulder", "Imaging center or surgeon"]], [122, 52], size=8.8)
    d.para("Please send the records within 45 days of the date we mailed this letter. If we do not receive them, "
           "we will decide the claim with the information we have. Fax records to (555) 014-7720 or mail them to "
           "the address above with this page.", 10)
    d.para("This is not a bill and not a denial. You do not need to file an appeal.", 10, )
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(sent),
              provider=f["surgeon"].replace("Dr. ", ""))
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: sideways upheld appeal, grey sidebar
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ironwood Crest Health"
    mid, grp = f"{r.letters(3)}{r.digits(8)}", f"GRP{r.digits(5)}"
    claim, app = f"{r.digits(10)}", f"AP{r.digits(8)}"
    billed = sum(b for _, _, b in surg_lines(r))
    dec = f["dos"] + dt.timedelta(days=r.randint(90, 120))
    d = Page(None, margins=(70, 16, 16))
    d.add_page()
    d.set_fill_color(226, 226, 226)
    d.rect(0, 0, 60, 279.4, style="F")
    side = [("Decision date", fmt_date(dec, "upper")), ("Member", f["member"]), ("Member ID", mid), ("Group", grp),
            ("Appeal no.", app), ("Claim no.", claim), ("Surgery date", fmt_date(f["dos"], "upper")),
            ("Surgeon", f["surgeon"]), ("Billed", fmt_money(billed)), ("Outcome", "Denial upheld")]
    y = 22
    d.set_xy(6, 10)
    d.font(11, "B")
    d.cell(50, 6, "Ironwood Crest")
    for lab, val in side:
        d.set_xy(6, y)
        d.font(7.4)
        d.cell(50, 4, lab.upper())
        d.set_xy(6, y + 4.2)
        d.font(9.2, "B")
        d.cell(50, 5, val)
        y += 14
    d.set_xy(70, 16)
    d.font(16, "B")
    d.cell(0, 8, "Ironwood Crest Health", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Appeals and Grievances · 3100 Old Mill Road, Lubbock, TX 79401", 8.6, h=4.6)
    d.ln(8)
    d.text_line("First-level appeal decision", 12.5, "B", h=7)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("We have finished reviewing your appeal of our denial of the rotator cuff repair (29827) and "
           "subacromial decompression (29826) shown at left. An orthopaedic surgeon who did not take part in the "
           "first decision reviewed your file.", 10)
    d.para("Our decision: the denial is upheld. Your records show a cortisone injection and a prescription "
           "for anti-inflammatory medicine, but no physical therapy or supervised exercise program before the "
           "surgery. Our policy requires at least six weeks of such therapy unless there is an acute full-"
           "thickness tear with sudden weakness, which your MRI did not show. The surgery therefore was not "
           "medically necessary under the plan.", 10)
    d.para("What you can do next: you may ask for a second-level appeal within 60 days of the date of this letter. "
           "You may also ask for an independent external review within 4 months of this decision. Call "
           f"{r.phone()} if you have questions.", 10)
    d.para(f"Appeals Coordinator\nIronwood Crest Health\n\nSurgeon NPI {f['npi']} · Patient DOB "
           f"{fmt_date(f['dob'], 'upper')}", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[app, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=f["surgeon"].replace("Dr. ", ""),
              appeal_deadline=iso(dec + dt.timedelta(days=60)), alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: MA CMS-10003 style notice (low-res scan)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1944, 1958), r.randint(1, 12), r.randint(1, 28))
    ins = "Meadowlark Senior Advantage (HMO)"
    org = "Meadowlark Health Plans, Inc."
    mid = f"M{r.digits(9)}"
    req = f"OD-{r.digits(4)}-{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 14))
    d = Page(f"H{r.digits(4)}_IDN_ORTH26 · Form CMS-10003-NDMCP · OMB Approval 0938-0829", margins=(20, 16, 20))
    d.add_page()
    d.text_line(org, 12.5, "B", h=6.5)
    d.text_line(f"{ins} · 600 Harbor View Road, Bangor, ME 04401 · {r.phone()} (TTY 711)", 8.4, h=4.6)
    d.ln(5)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13.5, "B", h=7.5)
    d.ln(2)
    for lab, val in [("Date", fmt_date(notice, "long")), ("Member number", mid), ("Name", f["member"])]:
        d.font(10, "B")
        d.cell(36, 5.6, lab + ":")
        d.font(10)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your request was denied", 11, "B", h=6)
    d.para(f"We denied the medical coverage requested by your doctor, {f['surgeon']}, for an arthroscopic "
           f"repair of your left rotator cuff (CPT 29827, 29826) planned at {ASC} on "
           f"{fmt_date(f['dos'], 'long')} (request {req}).", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6)
    d.para("Medicare covers this surgery when it is reasonable and necessary. Our plan's coverage rules, based "
           "on Medicare guidance, call for a trial of conservative treatment, including physical therapy, of at "
           "least six weeks before an elective repair of a degenerative tear. Your doctor's notes say you have "
           "not had physical therapy for this shoulder. If you complete a course of therapy and still have pain "
           "and weakness, your doctor may ask again.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6)
    d.para("You have the right to ask our plan to review our decision by asking for an appeal. Ask for an appeal "
           "within 65 calendar days of the date listed at the top of this notice. If you ask for an appeal after "
           "65 days of the date of this notice, you must explain why your appeal is late.", 10)
    d.text_line("Fast appeals", 11, "B", h=6)
    d.para("You may ask for a fast appeal if you or your doctor believe waiting up to 30 days could seriously harm "
           "your health. We will decide a fast appeal within 72 hours.", 10)
    d.para(f"Your date of birth on file: {fmt_date(f['dob'], 'slash')}. Doctor's NPI: {f['npi']}.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["surgeon"].replace("Dr. ", ""), appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"insurer": [ins]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_dol_notice, "dol_notice", "born_digital"), (2, doc_asc_eob, "asc_eob", "scan_clean_300"),
              (3, doc_overturn, "recon_overturn", "photocopy"), (4, doc_records_request, "records_hold", "phone_photo"),
              (5, doc_upheld_appeal, "upheld_appeal", "rotated"), (6, doc_ma_idn, "ma_idn", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
