"""Family 'penile_prosthesis_erectile_dysfunction_exclusion_denial': inflatable penile prosthesis (CPT 54405, implant
C1813) refused under the plans' "treatment of sexual dysfunction" exclusion, and approved or paid when the erectile
dysfunction follows a radical prostatectomy (reconstructive surgery after cancer treatment).

Documents: a commercial plan's pre-service letter with a right-hand key-value block; a duplex-scanned stack of a
TPA's two-page upheld appeal (running header), its blank back page, and the urology practice's bill; a standard-fax
EOB from another plan in bordered claim boxes (office visit paid, the surgery center's implant claim denied);
a photocopied VA community care letter refusing the community urologist's claim because the implant was not on the
approved referral; a phone photo of an approval after prostatectomy; a 150 dpi pharmacy benefit notice refusing an
ED drug under the same exclusion; a paid EOB for the implant after prostatectomy, fed sideways.

Decoys: DOB, prostatectomy dates, request received dates, NPIs, tax ID, referral and Rx numbers, account numbers,
policy numbers, paid claims, plan-paid/you-owe amounts, 72-hour and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "penile_prosthesis_erectile_dysfunction_exclusion_denial"
LANG = "en"
SEED = 294600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
URO = "Copperline Urology Associates"
ASC = "Westbrook Ambulatory Surgery Center"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 110))
    doc = f"{r.choice(['Everett', 'Priya', 'Cormac', 'Dolores', 'Ignatius'])} {r.choice('ACEGJKMPT')}. " \
          f"{r.choice(['Halvorsen', 'Okonkwo', 'Brightman', 'Castellano', 'Wexler'])}"
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, doc=doc, npi=r.npi(),
                dob=dt.date(r.randint(1950, 1975), r.randint(1, 12), r.randint(1, 28)))


def kv(d: Page, rows, x: float, lw: float, vw: float, size: float = 8.8, h: float = 4.8):
    for lab, val in rows:
        d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(vw, h, val, new_x="LMARGIN", new_y="NEXT")


def charges(r: Rand) -> tuple[float, float]:
    return float(r.randint(6800, 9400)), float(r.randint(14500, 21800))   # surgeon/ASC fee, implant


# ------------------------------------------------------------ 0: pre-service letter, key-value block (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Health Insurance Company"
    mid, grp, ref = f"GSH{r.digits(3)}-{r.digits(4)}-{r.digits(2)}", f"{r.digits(5)}", f"PA{r.digits(10)}"
    recv = f["dos"] - dt.timedelta(days=r.randint(18, 30))
    date = recv + dt.timedelta(days=r.randint(4, 8))
    d = Page("Granite Shoals Health · Notice of Adverse Benefit Determination · Page {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("GRANITE SHOALS", 18, "B", h=8)
    d.text_line("Health Insurance Company", 10, h=5)
    d.text_line(f"Prior Authorization Unit · 71 Quarry Street, Lubbock, TX 79401 · {ph(r)}", 8.2, h=4.6)
    d.ln(6)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    kv(d, [("Date:", fmt_date(date, "long")), ("Member ID:", mid), ("Group:", grp), ("Reference #:", ref),
           ("Received:", fmt_date(recv, "long")), ("DOB:", fmt_date(f["dob"], "slash"))], 118, 26, 52, 8.8)
    d.ln(8)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"Your urologist, {f['doc']}, MD, of {URO}, asked us to approve insertion of a multi-component "
           f"inflatable penile prosthesis (CPT 54405) at {ASC}, planned for {fmt_date(f['dos'], 'long')}. We "
           "have denied this request.")
    d.para("Reason: your Summary Plan Description excludes \"services, supplies, drugs and devices for the "
           "treatment of sexual dysfunction, including erectile dysfunction and penile implants, unless the "
           "dysfunction results from an injury, a congenital anomaly or surgery to treat cancer\" (Exclusions, "
           "item 31). The records sent describe erectile dysfunction related to diabetes and vascular disease. "
           "They do not show prostate, bladder or rectal cancer surgery, pelvic trauma or a congenital condition. "
           "This decision is based on the terms of your benefit plan, not on whether the surgery is appropriate "
           "for you.")
    d.para("If your doctor has records showing that one of the exceptions applies, he or she may send them and ask "
           "us to reconsider, or you may appeal.")
    d.text_line("How to appeal", 11, "B", h=6.5)
    d.para("You have 180 days from the date of this notice to file an appeal. Send it to Granite Shoals Health, "
           "Appeals, PO Box 8812, Lubbock, TX 79408, or fax (555) 014-2291. Urgent pre-service appeals are decided "
           "within 72 hours. You may also have the right to an external review after our final decision.")
    d.para(f"Requesting provider NPI {f['npi']}. Clinical policy reviewed: CP-SURG-0144 (Penile prosthesis).", 8.4)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(date), provider=f["doc"],
              appeal_deadline=iso(date + dt.timedelta(days=180)),
              alternates={"service_dates": [[]], "provider": [URO]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: duplex stack: TPA upheld appeal + urology bill
def doc_tpa_appeal(r: Rand, f: dict) -> tuple[bytes, dict]:
    tpa = "Keystone Benefit Administrators, Inc."
    plan = "Lomax County Employees' Health Benefit Plan"
    date = f["dos"] + dt.timedelta(days=r.randint(95, 120))
    recv = date - dt.timedelta(days=r.randint(22, 28))
    d = Page(foot="KBA-APL-12 (01/26)", header=f"{f['member']} · Appeal {f['appeal']} · continued",
             margins=(22, 16, 22))
    d.add_page()
    d.text_line("Keystone Benefit Administrators", 15, "B", h=7)
    d.text_line(f"Third-party administrator for the {plan}", 9, h=5)
    d.text_line(f"PO Box 3390, Duluth, MN 55802 · {ph(r)} · Fax {ph(r)}", 8.4, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(date, "mdy_nopad"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.font(10, "B")
    d.multi_cell(0, 5, f"RE: Appeal {f['appeal']}  ·  Claim {f['claim']}  ·  Participant ID {f['mid']}  ·  "
                       f"Group {f['grp']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"We received your appeal on {fmt_date(recv, 'mdy_nopad')}. You asked the Plan to pay the claim from "
           f"{URO} for the inflatable penile prosthesis that {f['doc']}, MD, implanted on "
           f"{fmt_date(f['dos'], 'mdy_nopad')}. The claim was for {fmt_money(f['billed'])} (CPT 54405 and the "
           "implant, HCPCS C1813).")
    d.para("The original denial is upheld. The Plan excludes treatment of sexual dysfunction, including penile "
           "implants (Plan Document, Article IX, Exclusion 14). The Plan makes an exception when the dysfunction "
           "follows surgery for cancer or an injury. Your appeal included a letter from your urologist describing "
           "Peyronie's disease and erectile dysfunction that did not respond to medication. Neither condition "
           "falls under the exception.")
    d.add_page()
    d.text_line("Your rights", 11, "B", h=6.5)
    d.para("You may ask for a second-level appeal to the Plan's Benefits Committee within 60 days of the date of "
           "this letter. Send your request to the address above. You may ask for copies of all documents relevant "
           "to your claim free of charge.")
    d.para("Because this decision applies a plan exclusion and involves no medical judgment, it is not eligible "
           "for external review by an independent review organization. You also have the right to bring a civil "
           "action under section 502(a) of ERISA after you finish the Plan's appeals.")
    d.para(f"The Plan Administrator is the Lomax County Board of Commissioners. {tpa} processes claims and appeals "
           "but does not insure the Plan's benefits.")
    d.ln(3)
    d.para("Appeals Unit\nKeystone Benefit Administrators")
    t = truth("denial_letter", "not_covered", insurer=tpa, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(date), provider=URO,
              appeal_deadline=iso(date + dt.timedelta(days=60)),
              alternates={"insurer": [plan], "case_numbers": [[f["appeal"]]], "provider": [f["doc"]]})
    f["adate"] = date
    return pdf_bytes(d), t


def doc_uro_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["adate"] + dt.timedelta(days=r.randint(10, 18))
    acct = f"{r.digits(6)}"
    d = Page(None, margins=(14, 14, 14))
    d.add_page()
    d.text_line(URO.upper(), 14, "B", h=7, align="R")
    d.text_line(f"2200 Lantern Way, Suite 300, Fargo, ND 58102 · Billing {ph(r)} · Tax ID 41-{r.digits(7)}", 8.2,
                h=4.6, align="R")
    d.rule(1.0, 4)
    d.text_line("STATEMENT", 16, "B", h=8)
    d.ln(2)
    y = d.get_y()
    for ln in ["Statement for:", f["member"], *f["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    kv(d, [("Statement Date", fmt_date(bill, "abbr")), ("Account #", acct), ("Provider", f"{f['doc']}, MD"),
           ("Insurance", "Keystone Benefit Administrators"), ("Ins. ID", f["mid"])], 118, 30, 52, 8.8, 5)
    d.ln(6)
    rows = [[fmt_date(f["dos"], "slash"), "54405", "Insert multi-comp penile prosthesis", fmt_money(f["fee"])],
            [fmt_date(f["dos"], "slash"), "C1813", "Prosthesis, penile, inflatable", fmt_money(f["implant"])],
            ["*", "", "Total charges", fmt_money(f["billed"])],
            [fmt_date(f["adate"], "slash"), "", f"Insurance denied (claim {f['claim']})", "$0.00"],
            ["*", "", "Patient balance", fmt_money(f["billed"])]]
    d.table(["Date", "Code", "Description", "Charge"], rows, [28, 22, 100, 32], size=9, aligns="LLLR",
            border_head="TB", head_fill=True)
    d.para("Your health plan has denied this surgery as excluded and upheld the denial on appeal. The full "
           "balance is now your responsibility. We offer interest-free payment plans of up to 24 months; please "
           "call our billing office within 30 days to set one up.", 9.2)
    d.boxes([("Amount due", fmt_money(f["billed"]), 40), ("Due date", fmt_date(bill + dt.timedelta(days=30), "abbr"), 40),
             ("Account #", acct, 40), ("Amount enclosed", "", 62)])
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=URO,
              unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["fee"], f["implant"] = charges(r)
    f["billed"] = f["fee"] + f["implant"]
    f.update(mid=f"KBA{r.digits(8)}", grp=f"LC-{r.digits(4)}", claim=f"{r.digits(4)}{r.letters(2)}{r.digits(6)}",
             appeal=f"A{r.digits(2)}-{r.digits(6)}")
    a = doc_tpa_appeal(r, f)
    b = doc_uro_bill(r, f)
    return Item(f"{FAMILY}_scan_duplex_tpa_appeal_stack", "scan_clean_300", [a, b], separators=["duplex", None])


# ------------------------------------------------------------ 2: EOB in claim boxes (standard fax)
def doc_asc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Lantern Health Plan"
    mid, grp = f"{r.letters(3)}{r.digits(9)}", f"{r.digits(8)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 34))
    c1, c2 = f"{r.digits(3)}-{r.digits(7)}", f"{r.digits(3)}-{r.digits(7)}"
    d0 = f["dos"] - dt.timedelta(days=r.randint(20, 35))
    fee, imp = charges(r)
    billed = fee + imp
    d = Page("Prairie Lantern Health Plan · EOB · page {p}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Prairie Lantern Health Plan", 16, "B", h=8)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 10, "B", h=6)
    d.ln(2)
    kv(d, [("Date of this notice", fmt_date(stmt, "upper")), ("Member", f["member"]), ("ID number", mid),
           ("Group number", grp), ("Member services", ph(r))], 14, 40, 100, 9, 5)
    d.ln(4)
    for cno, prov, dos, lines, status in [
            (c1, URO, d0, [("99214", "Office visit, established", float(r.randint(230, 290)), True)], "PROCESSED - PAID"),
            (c2, ASC, f["dos"], [("54405", "Insert multi-comp penile prosthesis", fee, False),
                                 ("C1813", "Penile prosthesis, inflatable", imp, False)], "PROCESSED - DENIED")]:
        y0 = d.get_y()
        d.set_x(16)
        d.font(9.5, "B")
        d.cell(0, 6, f"Claim {cno}   {status}", new_x="LMARGIN", new_y="NEXT")
        d.set_x(16)
        d.font(8.8)
        d.cell(0, 5, f"Provider: {prov}    Date(s) of service: {fmt_date(dos, 'upper')}", new_x="LMARGIN", new_y="NEXT")
        d.set_left_margin(16)
        rows = []
        for code, desc, amt, paid in lines:
            al = round(amt * 0.6, 2) if paid else 0.0
            rows.append([code, desc, fmt_money(amt), fmt_money(al), fmt_money(al - 40 if paid else 0),
                         fmt_money(40 if paid else amt), "" if paid else "SX2"])
        if len(lines) > 1:
            rows.append(["*Claim total", "", fmt_money(sum(x[2] for x in lines)), "$0.00", "$0.00",
                         fmt_money(sum(x[2] for x in lines)), ""])
        d.table(["Code", "Description", "Charged", "Allowed", "Paid", "Your share", "Code"], rows,
                [15, 62, 22, 20, 20, 22, 12], size=8, aligns="LLRRRRL")
        d.set_left_margin(14)
        d.rect(14, y0 - 1, 188, d.get_y() - y0 + 1)
        d.ln(3)
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para("SX2  Services and devices to treat sexual dysfunction are excluded under your plan. Penile implant "
           "surgery is covered only when the dysfunction results from cancer surgery, pelvic radiation or trauma. "
           "Ask your doctor to send records if this applies.", 8.6)
    d.para("To appeal, write to us within 180 days of the day you receive this notice. Patient date of birth on "
           f"claim: {fmt_date(f['dob'], 'upper')}. Surgery center NPI: {f['npi']}.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=ASC)
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: VA community care letter (photocopy)
def doc_va(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    icn = f"{r.digits(10)}V{r.digits(6)}"
    claim, referral = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", f"VA{r.digits(4)}-{r.digits(6)}"
    date = f["dos"] + dt.timedelta(days=r.randint(40, 55))
    fee, imp = charges(r)
    practice = "Tri-County Men's Health & Urology"
    d = Page("Office of Community Care · Claim determination · page {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("DEPARTMENT OF VETERANS AFFAIRS", 13, "B", h=7, align="C")
    d.text_line("Office of Community Care · Claims Adjudication", 9.5, h=5, align="C")
    d.text_line("PO Box 30780, Denver, CO 80230 · 1-555-013-4470", 8.4, h=4.6, align="C")
    d.ln(8)
    d.text_line(fmt_date(date, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.table(["Veteran", "Veteran ICN", "Claim number", "Billed"],
            [[f["member"], icn, claim, fmt_money(fee + imp)]], [50, 46, 42, 30], size=9, border_head="TB")
    d.para(f"Dear Veteran {f['last']}:")
    d.para(f"We received a claim from {practice} ({f['doc']}, MD) for insertion of an inflatable penile prosthesis "
           f"(CPT 54405, C1813) on {fmt_date(f['dos'], 'long')}. We cannot pay this claim.")
    d.para(f"Your VA facility referred you to this provider under referral {referral} for a urology consultation "
           "and follow-up visits only. Surgery, including a penile implant, was not part of the approved "
           "referral and no separate authorization was requested from your VA medical center before the "
           "procedure. Community care must be authorized by VA before you receive it, except in an emergency.")
    d.para("You are not responsible for this bill. The community provider agreed to VA's terms and may not bill "
           "you for care VA did not authorize. If you receive a bill, call us.")
    d.para("If you disagree, you or the provider may request a reconsideration within 1 year of the date of this "
           "letter. Send it with any proof of authorization to the address above. Your VA primary care team can "
           "also request authorization for the surgery going forward.")
    d.para(f"Date of birth: {fmt_date(f['dob'], 'long')}.  Provider NPI: {f['npi']}.", 8.6)
    d.para("Community Care Claims\nDepartment of Veterans Affairs")
    t = truth("denial_letter", "prior_authorization", insurer="Department of Veterans Affairs", member_id=icn,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(fee + imp),
              service_dates=[iso(f["dos"])], denial_date=iso(date), provider=practice,
              appeal_deadline=iso(date.replace(year=date.year + 1)),
              alternates={"case_numbers": [[claim, referral]], "provider": [f["doc"]],
                          "insurer": ["VA Office of Community Care"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: approval after prostatectomy (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverpine Health Cooperative"
    mid, grp, auth = f"SP{r.digits(8)}-01", f"{r.digits(4)}-{r.digits(3)}", f"{r.digits(4)} {r.digits(4)} {r.digits(2)}"
    rp = f["dos"] - dt.timedelta(days=r.randint(400, 520))
    date = f["dos"] - dt.timedelta(days=r.randint(14, 24))
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("Silverpine Health Cooperative", 15, "B", h=7)
    d.text_line("Notice of Approved Services", 11, h=6)
    d.rule(0.5, 4)
    d.boxes([("Date", fmt_date(date, "slash"), 34), ("Member", f["member"], 58), ("Member ID", mid, 44),
             ("Group", grp, 38)])
    d.boxes([("Authorization no.", auth, 40), ("Surgeon", f"{f['doc']}, MD", 60), ("Facility", ASC, 76)])
    d.ln(5)
    d.para(f"Good news: we approved the procedure below. {f['doc']}, MD, asked to place an inflatable penile "
           f"prosthesis (CPT 54405) on {fmt_date(f['dos'], 'slash')}. Your plan excludes treatment of sexual "
           "dysfunction, but it covers reconstructive surgery to restore function lost because of cancer "
           f"treatment. Your records show erectile dysfunction after a radical prostatectomy on "
           f"{fmt_date(rp, 'slash')} that did not respond to medication and injections.")
    d.table(["Service", "Code", "Approved", "Valid through"],
            [["Penile prosthesis, inflatable, insertion", "54405", "1", fmt_date(f["dos"] + dt.timedelta(days=90), "slash")],
             ["Prosthesis device", "C1813", "1", fmt_date(f["dos"] + dt.timedelta(days=90), "slash")]],
            [84, 24, 24, 40], size=9, border_head="TB")
    d.para("Approval is not a guarantee of payment; benefits depend on your eligibility on the date of service "
           "and your deductible and coinsurance. Give this authorization number to the surgery center.", 9)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth.replace(" ", "")], service_dates=[iso(f["dos"])], denial_date=iso(date),
              provider=f["doc"], alternates={"service_dates": [[]], "provider": [ASC]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: pharmacy benefit notice (150 dpi)
def doc_pharmacy(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pbm = "Clearwell Pharmacy Solutions"
    mid, grp, req, rx = f"CW{r.digits(9)}", f"RX{r.digits(5)}", f"{r.digits(8)}", f"{r.digits(7)}"
    date = f["dos"]
    by = date + dt.timedelta(days=180)
    d = Page("Clearwell Pharmacy Solutions · CPS-CD-04", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Clearwell Pharmacy Solutions", 14, "B", h=7)
    d.text_line("Pharmacy benefit manager for Bluewater Trades Health Fund", 9, h=5)
    d.ln(3)
    d.text_line("COVERAGE DETERMINATION: DENIED", 12, "B", h=7)
    kv(d, [("Date of notice", fmt_date(date, "dmy")), ("Member", f["member"]), ("Member ID", mid),
           ("Rx group", grp), ("Request number", req), ("Drug requested", "Tadalafil 20 mg tablets, #8 per 30 days"),
           ("Prescriber", f"{f['doc']}, MD"), ("Last Rx filled", f"Rx {rx}")], 18, 36, 130, 9.2, 5.2)
    d.ln(4)
    d.para("We reviewed your prescriber's request for coverage of tadalafil 20 mg for erectile dysfunction. Your "
           "prescription benefit excludes drugs used to treat sexual dysfunction (Bluewater Trades Health Fund, "
           "Prescription Drug Schedule, Exclusion G). This drug is covered only in the 5 mg daily strength for "
           "enlarged prostate (benign prostatic hyperplasia), and that is not the diagnosis on this request.")
    d.para("You may pay for this drug at the pharmacy. You may also appeal. Your written appeal must be received "
           f"by {fmt_date(by, 'dmy')}. If your health could be seriously harmed by waiting, ask for an expedited "
           "appeal and we will answer within 72 hours.")
    d.para(f"Appeals: Clearwell Pharmacy Solutions, Attn: Clinical Appeals, PO Box 4471, Macon, GA 31201; fax {ph(r)}.")
    t = truth("denial_letter", "not_covered", insurer=pbm, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[req], denial_date=iso(date), provider=f["doc"], appeal_deadline=iso(by),
              alternates={"insurer": ["Bluewater Trades Health Fund"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: paid EOB after prostatectomy (rotated)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Oakhurst Mutual Benefit Association"
    mid, grp, claim = f"OMB-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(6)}", f"{r.digits(14)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    fee, imp = charges(r)
    hosp = "St. Lucian Hospital Outpatient Surgery"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("OAKHURST MUTUAL", 15, "B", h=7)
    d.text_line("Benefit Association · Statement of Benefits", 10, h=5.5)
    d.ln(2)
    d.boxes([("Processed", fmt_date(stmt, "long"), 44), ("Member", f["member"], 62), ("Member ID", mid, 50),
             ("Group", grp, 26)])
    d.boxes([("Claim", claim, 60), ("Plan type", "PPO - Reconstructive benefit", 70)])
    d.ln(4)
    d.text_line(f"Provider: {hosp}   ·   Service date {fmt_date(f['dos'], 'long')}", 9.5, h=6)
    ded = 1200.0
    rows = [["54405", "Penile prosthesis insertion (reconstructive)", fmt_money(fee), fmt_money(fee * .55),
             fmt_money(fee * .55 - ded), fmt_money(ded)],
            ["C1813", "Implant device", fmt_money(imp), fmt_money(imp * .5), fmt_money(imp * .5), "$0.00"],
            ["*Total", "", fmt_money(fee + imp), fmt_money(fee * .55 + imp * .5), fmt_money(fee * .55 + imp * .5 - ded),
             fmt_money(ded)]]
    d.table(["Code", "Service", "Charge", "Allowed", "We paid", "You owe"], rows, [16, 70, 26, 26, 26, 20],
            size=8.6, aligns="LLRRRR", head_fill=True)
    d.para("This claim was paid under your reconstructive surgery benefit (authorization on file). Your share is "
           "the rest of your deductible. Nothing on this claim was denied.", 9)
    d.para("If you have questions or disagree, you may ask for a review within 180 days after you get this "
           "statement.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(fee + imp), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=hosp,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "bd_preservice_kv", "born_digital"),
              (2, doc_asc_eob, "faxstd_asc_eob", "fax_standard_g4"),
              (3, doc_va, "copy_va_community_care", "photocopy"),
              (4, doc_approval, "photo_postprostatectomy_approval", "phone_photo"),
              (5, doc_pharmacy, "lowres_pbm_tadalafil", "scan_lowres_150"),
              (6, doc_paid, "rot_paid_reconstructive_eob", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
