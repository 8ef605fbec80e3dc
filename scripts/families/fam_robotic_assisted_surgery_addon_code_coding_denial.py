"""Family 'robotic_assisted_surgery_addon_code_coding_denial': the robotic assistance add-on (HCPCS S2900) and lines
bundled into the primary procedure (diagnostic laparoscopy 49320, lysis of adhesions 44180, adnexal removal 58661)
refused as incidental / not separately payable on robotic hysterectomy (58571) and prostatectomy (55866) claims,
while the primary procedure is paid.

Documents: a born-digital provider remittance advice to the hospital with three patients' claims (two paid, one
with S2900 and 49320 refused under CARC 234 / 97); a scanned stack of a member EOB (one claim, four lines, two
refused) and the hospital's two-page itemized bill with a blank separator; a photocopied member letter in prose
("you are not responsible"); a standard-fax reconsideration response to the urologist's billing office (upheld);
a phone photo of a corrected claim paid (nothing denied); a sideways member appeal decision (upheld, external
review only); a low-resolution Medicare Advantage notice refusing S2900 (65 days from the date of this notice).

Decoys: NPIs, tax IDs, EFT trace and check numbers, hospital account and medical record numbers, the other
patients' claims, the paid primary line, allowed and paid amounts, DOB, admission and discharge dates, revenue
codes, payment-policy numbers, 72-hour and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "robotic_assisted_surgery_addon_code_coding_denial"
LANG = "en"
SEED = 333000
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSP = "Brackenridge Valley Medical Center"
HOSP_ADDR = "1400 Sycamore Court, Fargo, ND 58102"
GYN = "Dr. Cornelius T. Yarborough"
URO = "Dr. Anjali M. Vencatesan"
URO_GROUP = "Northbank Urology Partners"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16),
                 orientation: str = "P"):
        Doc.__init__(self, "DejaVu", footer=foot, header=head, margins=margins, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    name, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    lines = [("58571", "Lap total hysterectomy w/ tubes/ovaries", float(r.randint(14200, 18900))),
             ("49320", "Diagnostic laparoscopy", float(r.randint(2400, 3600))),
             ("S2900", "Robotic assistance, add-on", float(r.randint(4200, 6800))),
             ("58661", "Lap removal of adnexal structures", float(r.randint(3100, 4200)))]
    return dict(name=name, first=first, last=last, addr=r.address(lang), dos=dos, ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1958, 1990), r.randint(1, 12), r.randint(1, 28)),
                recv=dos + dt.timedelta(days=r.randint(6, 16)), lines=lines)


def kv(d: Page, rows, lw=42, size=9.2, x=None, h=5):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: provider remittance advice (born digital)
def doc_remit(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Prairie Health"
    remit = f["recv"] + dt.timedelta(days=r.randint(14, 24))
    eft = f"EFT{r.digits(10)}"
    others = [(r.person()[0], f"NP{r.digits(9)}", f"{r.digits(13)}", f["dos"] - dt.timedelta(days=r.randint(3, 20)),
               "47562", "Lap cholecystectomy", float(r.randint(9000, 12000))),
              (r.person()[0], f"NP{r.digits(9)}", f"{r.digits(13)}", f["dos"] + dt.timedelta(days=r.randint(1, 6)),
               "29881", "Knee arthroscopy/meniscectomy", float(r.randint(7000, 9800)))]
    mid, icn, acct = f"NP{r.digits(9)}", f"{r.digits(13)}", f"BV{r.digits(8)}"
    d = Page("Northgate Prairie Health  Provider Remittance Advice  Page {p} of {n}", margins=(10, 10, 10),
             orientation="L")
    d.add_page()
    d.text_line("NORTHGATE PRAIRIE HEALTH", 14, "B", h=7)
    d.text_line("PROVIDER REMITTANCE ADVICE  /  PO Box 880, Fargo, ND 58107  /  Provider Services " + f["ph"], 8.4, h=5)
    d.ln(2)
    kv(d, [("PAYEE:", HOSP), ("PAYEE NPI:", f["npi"]), ("TAX ID:", f"{r.digits(2)}-{r.digits(7)}"),
           ("REMIT DATE:", fmt_date(remit, "slash")), ("EFT TRACE:", eft)], lw=30, size=8.6, h=4.6)
    d.ln(3)
    head = ["PATIENT / ACCT", "MEMBER ID", "ICN", "DOS", "CODE", "DESCRIPTION", "BILLED", "ALLOWED", "PAID", "CARC"]
    widths = [44, 27, 31, 20, 14, 40, 22, 22, 22, 17]
    rows = []
    def lastfirst(nm: str) -> str:
        p = nm.upper().split()
        return f"{p[-1]}, {p[0]} {p[1].rstrip('.')}"

    for nm, omid, oicn, odos, code, desc, amt in others[:1]:
        rows.append([lastfirst(nm), omid, oicn, odos.strftime("%m/%d/%y"), code, desc, fmt_money(amt, "nosign"),
                     fmt_money(amt * 0.6, "nosign"), fmt_money(amt * 0.6, "nosign"), ""])
        rows.append(["", "", "", "", "", "", "", "", "", ""])
    total = 0.0
    for i, (code, desc, amt) in enumerate(f["lines"][:3]):
        total += amt
        paid = amt * 0.58 if code == "58571" else 0.0
        carc = {"49320": "CO-97", "S2900": "CO-234"}.get(code, "")
        rows.append([f"{f['last'].upper()}, {f['first'].upper()} {f['name'].split()[1].rstrip('.')}" if i == 0 else (acct if i == 1 else ""),
                     mid if i == 0 else "", icn if i == 0 else "", f["dos"].strftime("%m/%d/%y"), code, {"58571": "Lap total hysterectomy"}.get(code, desc),
                     fmt_money(amt, "nosign"), fmt_money(paid, "nosign"), fmt_money(paid, "nosign"), carc])
    rows.append(["*CLAIM TOTAL", "", icn, "", "", "", fmt_money(total, "nosign"), "", "", ""])
    rows.append(["", "", "", "", "", "", "", "", "", ""])
    for nm, omid, oicn, odos, code, desc, amt in others[1:]:
        rows.append([lastfirst(nm), omid, oicn, odos.strftime("%m/%d/%y"), code, desc, fmt_money(amt, "nosign"),
                     fmt_money(amt * 0.55, "nosign"), fmt_money(amt * 0.55, "nosign"), ""])
    d.table(head, rows, widths, size=7.6, aligns="LLLLLLRRRL", head_fill=True)
    d.text_line("ADJUSTMENT REASON CODES", 8.8, "B", h=5)
    d.para("CO-97  The benefit for this service is included in the payment for another service that has already "
           "been adjudicated (diagnostic laparoscopy is incidental to the primary laparoscopic procedure).\n"
           "CO-234  This procedure is not paid separately. Robotic assistance (S2900) is reimbursed within the "
           "primary procedure under Reimbursement Policy RP-0319. The member may not be billed for CO amounts.", 8)
    d.para("Corrected claims and reconsideration requests must be received within 180 days of the date of this "
           "remittance. Include the ICN.", 8)
    t = truth("eob", "coding_error", insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[icn],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(remit), provider=HOSP,
              appeal_deadline=iso(remit + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: scan stack: member EOB + itemized bill
def doc_member_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Wrenfield Health Insurance Company"
    stmt = f["recv"] + dt.timedelta(days=r.randint(15, 28))
    f["stmt"] = stmt
    d = Page("Wrenfield Health Insurance Company  ·  Explanation of Benefits  ·  {p}/{n}", margins=(15, 13, 15))
    d.add_page()
    d.text_line("Wrenfield Health", 17, "B", h=8)
    d.text_line("Wrenfield Health Insurance Company  ·  PO Box 2906, Macon, GA 31201", 8.6, h=4.8)
    d.ln(4)
    y = d.get_y()
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    kv(d, [("Date of this statement", fmt_date(stmt, "long")), ("Subscriber ID", f["mid"]),
           ("Group", f["grp"]), ("Claim number", f["claim"])], lw=42, size=8.8, x=108)
    d.ln(6)
    d.font(9.4, "B")
    d.cell(0, 6, f"Patient: {f['name']}    Provider: {HOSP}    Received: {fmt_date(f['recv'], 'abbr')}",
           new_x="LMARGIN", new_y="NEXT")
    rows, total, paid_total = [], 0.0, 0.0
    for code, desc, amt in f["lines"]:
        total += amt
        ok = code == "58571"
        allowed = round(amt * 0.52, 2) if ok else 0.0
        paid = round(allowed * 0.8, 2)
        paid_total += paid
        rows.append([fmt_date(f["dos"], "slash"), code, desc, fmt_money(amt), fmt_money(allowed), fmt_money(paid),
                     fmt_money(allowed - paid), "" if ok else ("B12" if code == "S2900" else "B07")])
    rows.append(["*Totals", "", "", fmt_money(total), "", fmt_money(paid_total), "", ""])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Rmk"], rows,
            [20, 15, 60, 22, 20, 20, 18, 10], size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Remark codes", 9.4, "B", h=5.5)
    d.para("B07  Bundled: this service is part of the primary surgery and is not paid separately.\n"
           "B12  Incidental: robotic assistance is a technique used to perform the surgery; it is included in the "
           "payment for the surgery. Your provider may not bill you for these lines.", 8.4)
    d.para("You may appeal within 180 days of the date of this statement. If your health is in danger, ask for an "
           "urgent appeal (decided within 72 hours).", 8.4)
    t = truth("eob", "coding_error", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=HOSP, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_itemized(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["stmt"] + dt.timedelta(days=r.randint(5, 12))
    acct, mrn = f"HA{r.digits(9)}", f"MRN {r.digits(7)}"
    adm = f["dos"]
    dis = adm + dt.timedelta(days=1)
    d = Page(f"{HOSP}  ·  Itemized Statement  ·  Account {acct}  ·  page {{p}} of {{n}}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(13, "B")
    d.cell(0, 10, "  " + HOSP.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Patient Financial Services  ·  {HOSP_ADDR}  ·  {r.phone()}", 8.4, h=5)
    d.ln(2)
    d.text_line("ITEMIZED STATEMENT OF CHARGES", 11.5, "B", h=7)
    d.boxes([("Statement date", fmt_date(bill, "dmy"), 32), ("Patient", f["name"], 48), ("Account", acct, 36),
             ("Admit", fmt_date(adm, "dmy"), 28), ("Discharge", fmt_date(dis, "dmy"), 28)])
    d.ln(3)
    items = [("0360", "58571", "OR services - robotic suite, first 60 min", f["lines"][0][2] * 0.35),
             ("0360", "", "OR services - each add'l 30 min x 4", f["lines"][0][2] * 0.25),
             ("0360", "S2900", "Robotic surgical system, add-on", f["lines"][2][2]),
             ("0360", "49320", "Diagnostic laparoscopy", f["lines"][1][2]),
             ("0360", "58661", "Adnexal removal, laparoscopic", f["lines"][3][2]),
             ("0370", "", "Anesthesia (facility), 180 min", f["lines"][0][2] * 0.15),
             ("0272", "", "Sterile supply - robotic instrument drapes x 4", f["lines"][0][2] * 0.08),
             ("0278", "", "Implant - tissue sealant", f["lines"][0][2] * 0.07),
             ("0710", "", "Recovery room, first hour", f["lines"][0][2] * 0.06),
             ("0250", "", "Pharmacy - general", f["lines"][0][2] * 0.04)]
    total = sum(round(x[3], 2) for x in items)
    rows = [[fmt_date(adm, "dmy"), rc, cpt, desc, fmt_money(round(amt, 2), "nosign")] for rc, cpt, desc, amt in items]
    rows.append(["*Total charges", "", "", "", fmt_money(total, "nosign")])
    ins_paid = round(f["lines"][0][2] * 0.52 * 0.8, 2)
    rows.append(["", "", "", "Wrenfield Health payment", "-" + fmt_money(ins_paid, "nosign")])
    rows.append(["", "", "", "Contractual adjustment", "-" + fmt_money(total - ins_paid - 1850.00, "nosign")])
    rows.append(["*Patient balance", "", "", "", fmt_money(1850.00, "nosign")])
    d.table(["Date", "Rev", "CPT/HCPCS", "Description", "Charge"], rows, [28, 16, 24, 90, 28], size=8.4,
            aligns="LLLLR")
    d.para(f"{mrn}. Date of birth {fmt_date(f['dob'], 'dmy')}. Attending surgeon: {GYN}. Your balance is your "
           "deductible and coinsurance for the surgery; the robotic and bundled lines were written off and are not "
           "billed to you. Questions about your insurer's decision: call the number on your insurance card.", 8.6)
    t = truth("other", None, member_name=f["name"], claim_amount=m2(total),
              service_dates=[iso(adm, dis)], denial_date=iso(bill), provider=HOSP, unscored=["insurer"],
              alternates={"service_dates": [[iso(adm)]], "claim_amount": ["1850.00"], "case_numbers": [[acct]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"WHI{r.digits(9)}", grp=f"{r.digits(6)}-{r.letters(1)}", claim=f"W{r.digits(4)}-{r.digits(7)}")
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_member_eob(r, f), doc_itemized(r, f)],
                separators=[None, "blank"])


# ---------------------------------------------------------------- 2: member letter in prose (photocopy)
def doc_member_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Oakhurst Valley Health Plan"
    mid = f"OV{r.digits(10)}"
    claim = f"{r.digits(6)}-{r.digits(4)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(12, 22))
    denied = f["lines"][2][2] + f["lines"][3][2]
    total = f["lines"][0][2] + denied
    d = Page(None, margins=(24, 20, 24))
    d.add_page()
    d.text_line("Oakhurst Valley Health Plan", 14, "B", align="C", h=7)
    d.text_line("Claims Department  ·  41 Juniper Drive, Lubbock, TX 79401", 8.6, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "abbr"), 10.5, h=6)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['name']},", 10.5)
    d.para(f"We processed claim {claim} from {HOSP} for your surgery on {fmt_date(f['dos'], 'long')}. The hospital "
           f"billed {fmt_money(total)} in all, under member number {mid}. We paid the hysterectomy itself (58571) "
           "at your in-network benefit.", 10.5)
    d.para(f"We did not pay two lines on the claim: robotic assistance (S2900, {fmt_money(f['lines'][2][2])}) and "
           f"removal of the adnexal structures (58661, {fmt_money(f['lines'][3][2])}). Robotic assistance is the "
           "way the surgery was done, not a separate procedure, and the removal of the tubes and ovaries is "
           "already part of code 58571. Under correct coding rules these lines are not billed separately.", 10.5)
    d.para("You are not responsible for these amounts. The hospital agreed in its contract with us not to bill "
           "you for services we deny as incidental or bundled. If you get a bill for them, call us.", 10.5)
    d.para("If you disagree with our decision, you may file an appeal within 180 days of the date of this letter. "
           f"Call {f['ph']} or write to the address above.", 10.5)
    d.para("Sincerely,\nClaims Department\nOakhurst Valley Health Plan", 10.5)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=HOSP, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"claim_amount": [m2(denied)]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: reconsideration upheld to urology (fax std)
def doc_recon(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Calloway Shore Health"
    mid = f"{r.letters(3)}{r.digits(8)}"
    claim, rec = f"{r.digits(12)}", f"RC{r.digits(7)}"
    dec = f["recv"] + dt.timedelta(days=r.randint(40, 55))
    pro, s29 = float(r.randint(6200, 7900)), float(r.randint(900, 1500))
    total = pro + s29
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("CALLOWAY SHORE HEALTH", 13, "B", h=7)
    d.text_line("Provider Dispute Resolution", 9.5, h=5)
    d.text_line(f"Fax 1-555-{r.digits(3)}-{r.digits(4)}  ·  Provider line {f['ph']}", 8.4, h=5)
    d.rule(0.5, 3)
    kv(d, [("TO:", f"{URO_GROUP}, Billing Office"), ("ATTN:", "Reimbursement specialist"),
           ("DATE:", fmt_date(dec, "upper")), ("RE:", "Reconsideration decision")], lw=20, size=9.6, h=5.6)
    d.rule(0.3, 3)
    d.table(["Patient", "Member ID", "Claim", "Reconsideration", "DOS"],
            [[f["name"], mid, claim, rec, fmt_date(f["dos"], "upper")]], [46, 34, 36, 34, 26], size=8.6)
    d.para(f"You asked us to reconsider our payment of the professional claim for {URO}'s robotic-assisted "
           f"laparoscopic radical prostatectomy (55866) with the robotic add-on S2900. Total billed on the claim: "
           f"{fmt_money(total)}. We paid 55866 and denied S2900 as not separately reimbursable.", 9.6)
    d.para("We have reviewed the operative report and our Payment Policy PP-112 again. Code 55866 already "
           "describes a laparoscopic prostatectomy \"including robotic assistance, when performed\". Reporting "
           "S2900 with it unbundles the procedure. The original decision is upheld.", 9.6)
    d.para("If you disagree, you may submit a second-level provider dispute within 60 days of the date of this "
           "letter. Member hold-harmless provisions apply: do not bill the patient for S2900. Operating NPI "
           f"{f['npi']}.", 9.6)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[rec, claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=URO, appeal_deadline=iso(dec + dt.timedelta(days=60)),
              alternates={"provider": [URO_GROUP], "case_numbers": [[rec]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: corrected claim paid (phone photo)
def doc_corrected_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tallgrass Benefit Health"
    mid = f"TB-{r.digits(7)}"
    new, old = f"{r.digits(9)}01", f"{r.digits(9)}00"
    issued = f["recv"] + dt.timedelta(days=r.randint(30, 45))
    amt = f["lines"][0][2]
    allowed = round(amt * 0.49, 2)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Tallgrass Benefit Health", 14, "B", h=7)
    d.text_line("Claim summary  -  not a bill", 9.5, h=5)
    d.ln(3)
    kv(d, [("Printed", issued.strftime("%-d %b %Y")), ("Member", f["name"]), ("ID", mid), ("Claim", new),
           ("Replaces claim", old), ("Billed by", HOSP)], lw=34, size=9.6, h=5.6)
    d.ln(3)
    d.table(["Service date", "Service", "Charge", "Allowed", "Paid", "Your share"],
            [[f["dos"].strftime("%-d %b %Y"), "58571 hysterectomy, lap", fmt_money(amt), fmt_money(allowed),
              fmt_money(allowed * 0.9), fmt_money(allowed * 0.1)]], [28, 50, 24, 24, 24, 24], size=8.8,
            aligns="LLRRRR")
    d.para("The hospital sent a corrected claim without the robotic assistance and bundled lines, which replaces "
           "the earlier claim. We paid the corrected claim. Nothing on this claim was denied. Questions? Call "
           f"{f['ph']}.", 9.6)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[new],
              claim_amount=m2(amt), service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=HOSP,
              type_alternates=["other"], alternates={"case_numbers": [[new, old]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: member appeal upheld (rotated)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverpine Health Cooperative"
    mid, grp = f"SPC{r.digits(8)}", f"{r.digits(5)}"
    claim, app = f"{r.digits(3)}-{r.digits(3)}-{r.digits(5)}", f"MA{r.digits(6)}"
    dec = f["recv"] + dt.timedelta(days=r.randint(50, 75))
    lys = float(r.randint(1400, 2200))
    total = f["lines"][0][2] + f["lines"][2][2] + lys
    d = Page("Silverpine Health Cooperative - Member Appeals", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Silverpine Health Cooperative", 15, "B", h=8)
    d.text_line("Member Appeals Unit", 10, h=6)
    d.ln(3)
    d.boxes([("Decision date", fmt_date(dec, "iso"), 34), ("Appeal no.", app, 30), ("Claim no.", claim, 36),
             ("Member", f["name"], 45), ("Member ID", f"{mid}", 30)])
    d.boxes([("Group", grp, 24), ("Surgeon", GYN, 56), ("Facility", HOSP, 95)])
    d.ln(4)
    d.text_line("We upheld our decision", 12, "B", h=7)
    d.para(f"You appealed our denial of two lines on the claim for your surgery at {HOSP} on "
           f"{fmt_date(f['dos'], 'iso')}: robotic assistance (S2900) and lysis of adhesions (44180). The claim "
           f"billed {fmt_money(total)} in total.", 9.8)
    d.para("A certified coder and a gynecologic surgeon reviewed the appeal. Lysis of adhesions done in the same "
           "operative field is included in the hysterectomy unless it adds significant time and is separately "
           "documented; the operative note does not show that. Robotic assistance is a technique, not a separate "
           "service. Both lines remain denied as incidental to the primary procedure. You do not owe these "
           "amounts.", 9.8)
    d.para("This is our final internal decision. You may ask for an external review within 4 months after you "
           "receive this letter; an expedited external review is decided within 72 hours.", 9.4)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[app, claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=HOSP, alternates={"provider": [GYN], "case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicare Advantage payment notice (150 dpi)
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Evergreen Crest Medicare Advantage"
    mid = f"E{r.digits(9)}"
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(6)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(18, 30))
    s29 = f["lines"][2][2]
    total = f["lines"][0][2] + s29
    d = Page("H9917_RX26_0412  Evergreen Crest Medicare Advantage (HMO)", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Evergreen Crest Medicare Advantage (HMO)", 13.5, "B", h=7)
    d.text_line(f"Member Services {f['ph']}, 8 a.m. - 8 p.m., 7 days a week · TTY 711", 8.4, h=5)
    d.ln(4)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 12, "B", align="C", h=7)
    d.ln(2)
    kv(d, [("Date:", fmt_date(notice, "slash")), ("Name:", f["name"]), ("Member number:", mid),
           ("Claim number:", claim)], lw=40, size=9.6, h=5.6)
    d.ln(2)
    d.para(f"We have denied payment of {fmt_money(s29)} of the {fmt_money(total)} that {HOSP} billed for your "
           f"robotic-assisted surgery on {fmt_date(f['dos'], 'slash')}. We denied the robotic assistance code S2900. "
           "Original Medicare does not pay this code, and our plan includes robotic assistance in the payment for "
           "the surgery (58571), which we paid. The hospital may not bill you for the denied amount.", 9.8)
    d.text_line("You have the right to appeal", 10.5, "B", h=6)
    d.para("If you want to appeal, you must ask for a reconsideration within 65 days from the date of this notice. "
           "A fast appeal (72 hours) is only for services you have not yet received. If we uphold our decision, "
           "your case goes automatically to an Independent Review Entity.", 9.4)
    d.para(f"Date of birth: {fmt_date(f['dob'], 'slash')}.", 8.6)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=HOSP, appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["not_covered"], alternates={"claim_amount": [m2(s29)]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_remit, "remittance", "born_digital"), (2, doc_member_letter, "member_letter", "photocopy"),
              (3, doc_recon, "recon_fax", "fax_standard_g4"), (4, doc_corrected_paid, "corrected_paid", "phone_photo"),
              (5, doc_appeal, "appeal_upheld", "rotated"), (6, doc_ma_notice, "ma_notice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
