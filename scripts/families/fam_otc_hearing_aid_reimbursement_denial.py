"""Family 'otc_hearing_aid_reimbursement_denial': over-the-counter hearing aids bought at a retail store and sent in
for member reimbursement (V5267 / V5261 / V5257, audiology exam 92557), refused because no audiologist fitted them,
because the hearing aid benefit pays only through network hearing providers, or because the once-every-36-months
limit was already used.

Documents: a prose reimbursement denial letter (no fitting); a fine-fax stack of a cover sheet, the member's
reimbursement form with the store receipt and the plan's out-of-network denial; a multi-claim EOB (exam paid, aid
denied for frequency); a Medicare Advantage supplemental-benefit notice (phone photo); a sideways upheld appeal; a
photocopied paid EOB; a low-res approval of a network fitting.

Decoys: DOB, receipt / transaction numbers, store numbers, NPIs, received dates, paid claims, plan paid / you owe,
benefit maximums, prior purchase dates, 72-hour and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "otc_hearing_aid_reimbursement_denial"
LANG = "en"
SEED = 296500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
STORES = ["BrightAisle Pharmacy #4471", "Costwise Warehouse Club #0318", "Harbor Drug & Wellness #207"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    buy = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), buy=buy,
                dob=dt.date(r.randint(1941, 1975), r.randint(1, 12), r.randint(1, 28)),
                recv=buy + dt.timedelta(days=r.randint(9, 25)), ph=r.phone(), npi=r.npi(),
                price=f"{r.randint(389, 1499)}.{r.choice(['99', '00', '95'])}")


def addr_block(d: Page, f: dict, size=9.6):
    for ln in [f["member"].upper(), *f["addr"]]:
        d.text_line(ln, size, h=4.8)


# ------------------------------------------------------------- 0: prose denial letter, no audiologist fitting
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobalt Ridge Health Plan"
    mid, grp = f"CRH{r.digits(8)}", f"{r.digits(5)}-{r.letters(2)}"
    claim = f"RMB-{r.digits(7)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(12, 24))
    d = Page(foot="Cobalt Ridge Health Plan · Member Reimbursement Unit · Page {p} of {n}",
             header=f"{f['member']} · Reimbursement request {claim} · continued")
    d.add_page()
    d.text_line("Cobalt Ridge", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "B", h=4.5)
    d.text_line(f"Member Reimbursement Unit · 400 Gantry Street, Duluth, MN 55802 · Fax 1-555-{r.digits(3)}-{r.digits(4)}",
                8, h=4.2)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=5)
    d.ln(4)
    addr_block(d, f)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.2)
    d.para(f"Thank you for sending us your request for reimbursement, which we received on "
           f"{fmt_date(f['recv'], 'long')}. You asked us to pay you back for a pair of over-the-counter hearing aids "
           f"(HCPCS V5267) that you bought at {STORES[0]} on {fmt_date(f['buy'], 'long')} for "
           f"{fmt_money(f['price'])}. We gave your request number {claim}. Your member ID is {mid} and your "
           f"group number is {grp}.", 10.2)
    d.para("We cannot pay this request. Your plan's hearing aid benefit covers hearing aids only when a licensed "
           "audiologist or hearing instrument specialist tests your hearing, fits the devices and checks the "
           "fitting (Evidence of Coverage, section 7.14, Hearing Services). Over-the-counter devices that you fit "
           "yourself are listed as an exclusion in section 9.2 (items you can buy without a fitting). Your receipt "
           "does not show a fitting, and we have no hearing test on file for you.", 10.2)
    d.para("What you can do. You may still get hearing aids under your benefit: call a network audiologist for a "
           "hearing test (covered once a year with a $20 copay) and a fitting. The benefit then pays up to "
           "$1,500.00 per ear once every 36 months.", 10.2)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para(f"If you disagree, you or someone you name may appeal. Your appeal must reach us within 180 days of the "
           f"date of this letter. Write to Appeals, Cobalt Ridge Health Plan, PO Box 3309, Duluth, MN 55802, or call "
           f"{f['ph']} (TTY 711). If your health is in serious danger you may ask for a fast (72-hour) decision, but "
           "that does not apply to a request for reimbursement. After our appeal decision you may ask for an "
           "external review by an independent review organization within 4 months.", 10.2)
    d.para("Sincerely,\n\nReimbursement Services\nCobalt Ridge Health Plan", 10.2)
    d.add_page()
    d.text_line("Important information about your rights", 11, "B", h=6)
    d.para("You have the right to ask for, free of charge, copies of all documents and records we used to make "
           "this decision. You may also ask for the specific plan rule, guideline or criterion we relied on. "
           "Language help: call the number on the back of your ID card. Ayuda en español: llame al número que "
           "aparece en su tarjeta.", 9.6)
    d.para("This notice does not change your coverage. Keep it with your plan documents.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(float(f["price"])), service_dates=[iso(f["buy"])],
              denial_date=iso(notice), provider=STORES[0], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [None, "BrightAisle Pharmacy"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: fax stack: reimbursement form + OON denial
def doc_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(foot="Form HRX-22 (rev. 01/2026)")
    d.add_page()
    d.text_line("Tallis Mutual Benefit Association", 14, "B", h=7)
    d.text_line("MEMBER REIMBURSEMENT CLAIM FORM - HEARING SERVICES AND DEVICES", 10.5, "B", h=6)
    d.text_line("Print clearly. Attach an itemized receipt. Mail or fax to Claims, PO Box 7701, Macon, GA 31201.", 8.2, h=4.4)
    d.ln(3)
    d.text_line("PART A - MEMBER", 9, "B", h=5)
    d.boxes([("Member name", f["member"], 70), ("Member ID", f["mid"], 50), ("Group no.", f["grp"], 30),
             ("Date of birth", fmt_date(f["dob"], "slash"), 30)])
    d.boxes([("Street address", f["addr"][0], 80), ("City, state, ZIP", f["addr"][1], 60), ("Phone", f["ph"], 40)])
    d.ln(3)
    d.text_line("PART B - PURCHASE", 9, "B", h=5)
    d.boxes([("Where purchased (store / seller)", STORES[1], 85), ("Date of purchase", fmt_date(f["buy"], "slash"), 40),
             ("Amount paid", fmt_money(f["price"]), 55)])
    d.boxes([("Item", "OTC hearing aids, pair (self-fit)", 85), ("Fitted by audiologist?", "No", 40),
             ("Prescription?", "No", 55)])
    d.ln(3)
    d.text_line("PART C - SIGNATURE", 9, "B", h=5)
    d.para("I certify the information above is true and that I have not been reimbursed by another plan.", 8.6)
    d.boxes([("Member signature", f"{f['first'][0]}. {f['last']} (signed)", 110), ("Date signed",
             fmt_date(f["signed"], "slash"), 70)])
    d.ln(6)
    d.text_line("RECEIPT (stapled copy)", 9, "B", h=5)
    x0 = d.get_x()
    d.set_x(x0 + 40)
    d.set_font("Courier", "", 9)
    recpt = [STORES[1].upper(), "STORE 0318  REG 04  TRN " + f["trn"], fmt_date(f["buy"], "slash") + "  14:22",
             "", "OTC HEARING AID PR  SELF-FIT", f"   1 @ {f['price']}", f"SUBTOTAL        {f['price']}",
             "TAX              0.00", f"TOTAL           {f['price']}", f"VISA ****{r.digits(4)}  APPROVED",
             "RETURNS WITHIN 45 DAYS WITH RECEIPT"]
    for ln in recpt:
        d.set_x(x0 + 40)
        d.cell(80, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer="Tallis Mutual Benefit Association", group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], claim_amount=m2(float(f["price"])), service_dates=[iso(f["buy"])],
              denial_date=iso(f["signed"]), provider=STORES[1],
              alternates={"denial_date": [None], "provider": [None], "claim_amount": [None]},
              unscored=["insurer"])
    return pdf_bytes(d), t


def doc_oon(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tallis Mutual Benefit Association"
    notice = f["signed"] + dt.timedelta(days=r.randint(15, 28))
    ref = f"TM{r.digits(3)}-{r.digits(5)}"
    d = Page(foot="TMBA  ·  CLM-DN-07  ·  {p}/{n}")
    d.add_page()
    d.text_line("TALLIS MUTUAL", 16, "B", h=7)
    d.text_line("Benefit Association · Claims Department · PO Box 7701 · Macon, GA 31201", 8.4, h=4.4)
    d.ln(6)
    rows = [("Notice date", fmt_date(notice, "dmy")), ("Member", f["member"]), ("Member number", f["mid"]),
            ("Group", f["grp"]), ("Claim reference", ref), ("Date form received", fmt_date(f["recv"], "dmy")),
            ("Seller", STORES[1]), ("Purchase date", fmt_date(f["buy"], "dmy")),
            ("Amount claimed", fmt_money(f["price"])), ("Amount allowed", "$0.00")]
    for k, v in rows:
        d.font(9.6, "B")
        d.cell(45, 5.4, k + ":")
        d.font(9.6)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Decision: not paid", 11, "B", h=6)
    d.para("Your plan pays for hearing aids only when they are supplied by a hearing provider in the Tallis "
           "Hearing Network (benefit schedule, Hearing Aids, note 3). The seller shown above is a retail store "
           "and not a network hearing provider, so there is no benefit for this purchase. Out-of-network hearing "
           "aids are not covered under your plan.", 9.8)
    d.para("To find a network hearing provider call 1-555-" + r.digits(3) + "-" + r.digits(4) + ".", 9.8)
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para("Send a written appeal within 180 days after you receive this notice. Include this notice and any "
           "information you want us to consider. Expedited appeals (72 hours) apply only to urgent care.", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], claim_amount=m2(float(f["price"])),
              service_dates=[iso(f["buy"])], denial_date=iso(notice), provider=STORES[1],
              alternates={"provider": [None]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 2: multi-claim EOB, aid denied once per 36 months
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Prairie Health Insurance Company"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"GP{r.digits(6)}"
    stmt = f["recv"] + dt.timedelta(days=r.randint(14, 25))
    exam_d = f["buy"] - dt.timedelta(days=r.randint(6, 15))
    clinic = "Northshore Audiology Associates"
    c1, c2, c3 = (f"{r.digits(11)}" for _ in range(3))
    prior = f["buy"] - dt.timedelta(days=r.randint(500, 900))
    aid = float(r.randint(2400, 4200))
    fit = 350.0
    d = Page(foot="Granite Prairie Health · Explanation of Benefits · Page {p} of {n}")
    d.add_page()
    d.text_line("Granite Prairie Health", 15, "B", h=7)
    d.text_line(ins + " · Customer care " + f["ph"], 8.4, h=4.4)
    d.rule(0.6, 3)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11.5, "B", h=6)
    d.ln(2)
    addr_block(d, f, 9.2)
    d.ln(3)
    d.boxes([("Issued", fmt_date(stmt, "abbr"), 34), ("Subscriber / patient", f["member"], 56), ("ID", mid, 36),
             ("Group", grp, 30), ("DOB", fmt_date(f["dob"], "slash"), 24)])
    d.ln(4)

    def claim_block(title, num, prov, rows, note):
        d.text_line(f"{title}   Claim {num}   Provider: {prov}", 9.2, "B", h=5.5)
        d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"],
                rows, [24, 15, 52, 20, 20, 20, 18, 11], size=8.2, aligns="LLLRRRRL")
        if note:
            d.para(note, 8.4)

    exam = 185.0
    claim_block("Claim 1 of 3", c1, clinic, [[fmt_date(exam_d, "slash"), "92557", "Comprehensive audiometry",
                fmt_money(exam), fmt_money(140), fmt_money(120), fmt_money(20), ""]], None)
    claim_block("Claim 2 of 3", c2, clinic, [
        [fmt_date(f["buy"], "slash"), "V5261", "Hearing aid, binaural BTE", fmt_money(aid), "$0.00", "$0.00",
         fmt_money(aid), "HA6"],
        [fmt_date(f["buy"], "slash"), "V5160", "Dispensing fee, binaural", fmt_money(fit), "$0.00", "$0.00",
         fmt_money(fit), "HA6"],
        ["*Claim total", "", "", fmt_money(aid + fit), "$0.00", "$0.00", fmt_money(aid + fit), ""]], None)
    ov = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 60))
    claim_block("Claim 3 of 3", c3, "Lakeview Family Medicine", [[fmt_date(ov, "slash"), "99213", "Office visit",
                fmt_money(165), fmt_money(112.4), fmt_money(82.4), fmt_money(30), ""]], None)
    d.text_line("Remark codes", 9.5, "B", h=5)
    d.para(f"HA6 - Hearing aids are covered once every 36 months. Our records show hearing aids were paid for this "
           f"member on {fmt_date(prior, 'slash')}. The next date you are eligible is "
           f"{fmt_date(prior + dt.timedelta(days=1096), 'slash')}.", 8.4)
    d.para("Questions or appeals: you may ask us to review a claim within 180 days of the date of this statement. "
           "Write to Granite Prairie Health, Appeals, PO Box 4412, Lubbock, TX 79401.", 8.4)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(aid + fit), service_dates=[iso(f["buy"])],
              denial_date=iso(stmt), provider=clinic, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"insurer": ["Granite Prairie Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 3: MA supplemental benefit notice (phone photo)
def doc_ma(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Evergreen Harbor Medicare Advantage"
    plan = f"H{r.digits(4)}-{r.digits(3)}"
    mid = f"E{r.digits(9)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(10, 20))
    ref = f"{r.digits(4)}-{r.digits(4)}-{r.letters(1)}"
    d = Page(foot=f"H{r.digits(4)}_HA26_{r.letters(1)}   Form CMS-10003-NDMCP")
    d.add_page()
    d.text_line("Evergreen Harbor Medicare Advantage (HMO)", 12.5, "B", h=6.5)
    d.text_line(f"Plan {plan} · Member Services {f['ph']} · TTY 711 · 8 a.m.-8 p.m., 7 days", 8.2, h=4.4)
    d.ln(5)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", align="C", h=7)
    d.ln(3)
    d.text_line(f"Date: {fmt_date(notice, 'slash')}", 9.8, h=5)
    d.text_line(f"Member number: {mid}", 9.8, h=5)
    d.text_line(f"Name: {f['member']}", 9.8, h=5)
    d.text_line(f"Request number: {ref}", 9.8, h=5)
    d.ln(3)
    d.para(f"We have denied payment for the following item you received: over-the-counter hearing aids bought "
           f"from {STORES[2]} on {fmt_date(f['buy'], 'slash')}, for which you asked us to pay you "
           f"{fmt_money(f['price'])}.", 9.8)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para("Your plan's supplemental hearing benefit ($1,250 allowance per ear every 3 years) is available only "
           "through our contracted hearing vendor, SoundPath Hearing Network. Hearing aids bought from other "
           "sellers, including over-the-counter devices from retail stores, are not covered by the allowance. "
           "Original Medicare does not cover hearing aids.", 9.8)
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6)
    d.para("If you want to appeal, you must file within 65 days of the date of this notice. We can give you more "
           "time if you have a good reason. Standard appeals are decided within 60 days of receipt. You, your "
           "representative or your doctor can file.", 9.6)
    d.para("Mail: Evergreen Harbor Appeals & Grievances, PO Box 5120, Bangor, ME 04401. Fax 1-555-" + r.digits(3)
           + "-" + r.digits(4) + ".", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=ins, plan_id=plan, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=m2(float(f["price"])), service_dates=[iso(f["buy"])],
              denial_date=iso(notice), provider=STORES[2], appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["not_covered"], alternates={"plan_id": [None], "provider": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: upheld appeal, sideways
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sablewood Health Partners"
    mid, grp = f"SW-{r.digits(7)}", f"{r.digits(6)}"
    claim, appeal = f"{r.digits(10)}", f"APL-{r.digits(6)}"
    dec = f["recv"] + dt.timedelta(days=r.randint(40, 60))
    aud = "Hollis Ear & Hearing Center"
    amt = float(r.randint(2800, 5600))
    prior = f["buy"] - dt.timedelta(days=r.randint(400, 800))
    d = Page(foot="Sablewood Health Partners · Grievance and Appeals")
    d.add_page()
    d.set_fill_color(230, 230, 230)
    d.rect(16, 14, 52, 90, "F")
    y = 18
    for lab, val in [("Decision date", fmt_date(dec, "iso")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group", grp), ("Appeal no.", appeal), ("Claim no.", claim), ("Hearing provider", aud)]:
        d.set_xy(18, y)
        d.font(7, "B")
        d.cell(48, 3.5, lab.upper())
        d.set_xy(18, y + 3.8)
        d.font(8.6)
        d.multi_cell(48, 4, val)
        y += 12.4
    d.set_left_margin(74)
    d.set_xy(74, 16)
    d.text_line("SABLEWOOD", 17, "B", h=8)
    d.text_line("Health Partners", 10, h=5)
    d.ln(6)
    d.text_line("Appeal decision: denial upheld", 12, "B", h=6.5)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']},", 9.8)
    d.para(f"We reviewed your appeal of our decision not to pay for hearing aids supplied by {aud} on "
           f"{fmt_date(f['buy'], 'long')} (billed {fmt_money(amt)}). A benefits specialist who was not involved "
           "in the first decision reviewed your plan documents and the records you sent.", 9.8)
    d.para(f"Our decision: we are upholding the denial. Your plan covers one set of hearing aids every 36 months. "
           f"The plan paid for hearing aids for you on {fmt_date(prior, 'long')}, so this purchase falls inside the "
           "36-month period. Your audiologist's note says your old aids were lost; the plan has no exception for "
           "lost or damaged devices (Summary Plan Description, Hearing Benefits, limit 2).", 9.8)
    d.para("This is the final decision of our internal appeal process. If you disagree, you may ask for an "
           "external review by an independent review organization within 4 months after you receive this letter. "
           "You may also have the right to bring a civil action under section 502(a) of ERISA.", 9.4)
    d.para("Sincerely,\nAppeals Coordinator, Sablewood Health Partners", 9.4)
    d.set_left_margin(16)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(amt), service_dates=[iso(f["buy"])],
              denial_date=iso(dec), provider=aud, alternates={"case_numbers": [[appeal], [claim]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: paid EOB (photocopy)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lanternfield Health Cooperative"
    mid, grp = f"LHC{r.digits(7)}-01", f"{r.digits(4)}"
    claim = f"{r.letters(2)}{r.digits(9)}"
    stmt = f["recv"] + dt.timedelta(days=r.randint(10, 20))
    prov = "Ridgeway Hearing Care"
    lines = [("V5261", "Hearing aid, binaural, BTE", 3100.0), ("V5160", "Dispensing fee, binaural", 400.0),
             ("V5011", "Fitting/orientation of hearing aid", 150.0)]
    billed = sum(x[2] for x in lines)
    d = Page(foot="Lanternfield Health Cooperative  —  Claim Statement")
    d.add_page()
    d.text_line("LANTERNFIELD HEALTH COOPERATIVE", 13.5, "B", h=7)
    d.text_line("Your Claim Statement", 11, h=6)
    d.ln(3)
    d.para(f"Statement date {fmt_date(stmt, 'long')}\nMember {f['member']}   Member ID {mid}   Group {grp}\n"
           f"Claim {claim}   Received {fmt_date(f['recv'], 'long')}\nProvider {prov} (in network)   NPI {f['npi']}", 9.6)
    d.ln(2)
    rows = []
    for code, desc, b in lines:
        rows.append([fmt_date(f["buy"], "slash"), code, desc, fmt_money(b), fmt_money(b * 0.8), fmt_money(b * 0.8),
                     "$0.00"])
    rows.append(["*Total", "", "", fmt_money(billed), fmt_money(billed * 0.8), fmt_money(billed * 0.8), "$0.00"])
    d.table(["Date", "Code", "Description", "Charged", "Allowed", "Paid", "Your share"], rows,
            [24, 16, 56, 22, 22, 22, 20], size=8.6, aligns="LLLRRRR")
    d.para("The plan paid this claim at the network hearing aid benefit (100% of allowed, up to $4,000 every 36 "
           "months). Remaining hearing aid benefit: $1,080.00. Your next eligible date for new hearing aids is 36 "
           "months from the date of service. If you disagree with how we processed this claim, call Member "
           f"Services at {f['ph']}; you may appeal within 180 days after you receive this statement.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(f["buy"])], denial_date=iso(stmt), provider=prov,
              type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: approval of a network fitting (low res)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobalt Ridge Health Plan"
    mid, grp = f"CRH{r.digits(8)}", f"{r.digits(5)}-{r.letters(2)}"
    auth = f"PA {r.digits(4)} {r.digits(4)}"
    notice = f["buy"] + dt.timedelta(days=r.randint(3, 9))
    fitting = notice + dt.timedelta(days=r.randint(10, 20))
    aud = "Dr. Ines Okafor, Au.D."
    d = Page(foot="Cobalt Ridge Health Plan · Utilization Management")
    d.add_page()
    d.text_line("Cobalt Ridge", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "B", h=4.5)
    d.ln(6)
    d.text_line("APPROVAL NOTICE - HEARING AID BENEFIT", 12, "B", h=6.5)
    d.ln(2)
    d.boxes([("Date of notice", fmt_date(notice, "slash"), 40), ("Authorization", auth, 48),
             ("Member ID", mid, 46), ("Group", grp, 40)])
    d.boxes([("Patient", f["member"], 70), ("Audiologist", aud, 64), ("Approved fitting date",
             fmt_date(fitting, "slash"), 40)])
    d.ln(5)
    d.para(f"Good news. We approved binaural hearing aids (V5261) with fitting and orientation by {aud} of "
           "Bayfront Audiology, a network provider. This replaces your earlier request to be reimbursed for "
           "over-the-counter hearing aids, which we could not pay. The plan pays up to $1,500.00 per ear; you pay "
           "any amount above that.", 10)
    d.para("This approval is valid for 90 days. Payment depends on your being a member on the date of service and "
           "on your plan's terms at that time.", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth.replace(" ", "")], service_dates=[iso(fitting)], denial_date=iso(notice),
              provider=aud, alternates={"service_dates": [[]], "provider": ["Bayfront Audiology"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED)
    f = base(r)
    f.update(mid=f"TM{r.digits(9)}", grp=f"G{r.digits(5)}", trn=r.digits(5),
             signed=f["buy"] + dt.timedelta(days=r.randint(2, 6)))
    f["recv"] = f["signed"] + dt.timedelta(days=r.randint(4, 9))
    form = doc_form(r, f)
    oon = doc_oon(r, f)
    return [
        Item(f"{FAMILY}_prose_bd", "born_digital", [doc_prose(r)]),
        Item(f"{FAMILY}_form_stack_faxfine", "fax_fine_g4", [form, oon], separators=["cover", None]),
        Item(f"{FAMILY}_eob_scan", "scan_clean_300", [doc_eob(r)]),
        Item(f"{FAMILY}_ma_notice_photo", "phone_photo", [doc_ma(r)]),
        Item(f"{FAMILY}_appeal_rotated", "rotated", [doc_appeal(r)]),
        Item(f"{FAMILY}_paid_copy", "photocopy", [doc_paid(r)]),
        Item(f"{FAMILY}_approval_lowres", "scan_lowres_150", [doc_approval(r)]),
    ]
