"""Family 'tricare_prime_point_of_service_no_referral_eob' (public layout): TRICARE Prime enrollees who see a
civilian specialist without a referral from their primary care manager (PCM). For family members the claim is
processed under the Point of Service (POS) option (POS deductible, then a 50% cost-share); for an active duty
service member, who has no POS option, the claim is denied.

Mirrors the public TRICARE Explanation of Benefits structure (date of notice, sponsor and beneficiary blocks,
"Services provided by", Amount Billed / TRICARE Approved / See Remarks, claim summary, beneficiary liability,
fiscal/enrollment year deductible and catastrophic cap, remarks, "request a reconsideration ... within 90 days
from the date of this notice"), a regional contractor's referral authorization letter, a reconsideration
decision (formal review within 60 days of the decision) and a civilian practice's statement.

Documents: born-digital three-claim EOB (PCM and urgent care paid, the dermatologist's claim under POS, TRICARE
paid $0); scanned referral approval (nothing denied); photocopied orthopaedic practice statement (nothing denied);
fine-fax stack: cover + reconsideration upheld + the original POS EOB; phone photo of an active duty EOB denied
(no referral, POS not available); sideways referral redirected to the military hospital; low-resolution prose
POS letter about a child (parent sponsor addressee).

Decoys: sponsor vs patient, DoD ID numbers, dates of birth, NPIs, received dates, the referral entry date, enrollment
year, deductible and catastrophic cap figures, one-year filing limit, the $50 formal-review threshold, form DD 2642.
All values invented; contractor and people fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tricare_prime_point_of_service_no_referral_eob"
LANG = "en"
SEED = 334300
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CON = "Greyhawk Federal Health Services"
CON_FULL = "Greyhawk Federal Health Services, LLC"
REGION = "TRICARE East Region"
INS_ALT = {"insurer": ["TRICARE", REGION]}
DERM = ["Lakemont Dermatology Associates", "Shoreline Skin & Laser Clinic", "Tamsin Hollow Dermatology"]
ORTHO = ["Cedar Bluff Orthopaedic & Sports Medicine", "Ridgeback Bone and Joint Center"]
PT = ["Kestrel Run Physical Therapy", "Old Forge Rehab & Spine"]
PCMS = ["Dr. Helen T. Marchbanks", "Dr. Julian O. Prewitt", "Dr. Saanvi R. Kothari", "Dr. Morgan E. Fitch"]
SPECS = ["Dr. Augustin P. Lerner", "Dr. Felicity D. Crane", "Dr. Rowan J. Esterhaus"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, lw=42, size=9.4, x=None, h=5.2):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def relative(r: Rand, first: str, last: str) -> str:
    """A family member: same last name, another first name."""
    other = r.choice([x for x in ("Desmond", "Percy", "Gideon", "Rufus", "Colin", "Ezra", "Harriet", "Naomi",
                                  "Ingrid", "Wendell") if x != first])
    return f"{other} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def dbn(r: Rand) -> str:
    return r.digits(11)


def sponsor_rank(r: Rand) -> str:
    return r.choice(["SSG", "PO2", "TSgt", "CPT", "Sgt", "LT"])


def letterhead(d: Page, ph: str, sub: str = "Claims"):
    d.text_line("TRICARE", 20, "B", h=9)
    d.text_line(f"{REGION}  ·  administered by {CON_FULL}", 9, h=5)
    d.text_line(f"{sub}  ·  PO Box 8812, Columbia, SC 29202-8812  ·  {ph}", 8.2, h=4.5)
    d.rule(0.7, 3)


def appeal_eob(d: Page, size=8.2):
    d.text_line("IMPORTANT APPEAL INFORMATION", 9, "B", h=5)
    d.para("If you disagree with the determination on this claim, you may request a reconsideration. Your request "
           "must be in writing, must state why you disagree, and must be postmarked or received within 90 days "
           "from the date of this notice. Include a copy of this notice. Send it to TRICARE East Reconsiderations, "
           "PO Box 8840, Columbia, SC 29202-8840. Providers must file claims within one year of the date of "
           "service.", size)


# ---------------------------------------------------------------- 0: three-claim EOB (born digital)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    pat, pfirst, _, plast = r.person()
    spon = relative(r, pfirst, plast)
    addr = r.address()
    ph = r.phone()
    sdbn = dbn(r)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 70))
    d1, d2, d3 = (notice - dt.timedelta(days=r.randint(18, 40)) for _ in range(3))
    pcm, derm = r.choice(PCMS), r.choice(DERM)
    c1, c2, c3 = (f"{r.digits(4)}{r.randint(10, 99)}-{r.digits(5)}-00" for _ in range(3))
    b1 = float(r.randint(140, 190))
    b2 = float(r.randint(180, 260)) + 0.5
    e1, e2 = float(r.randint(190, 240)), float(r.randint(160, 230)) + 0.25
    b3 = round(e1 + e2, 2)
    a1, a2 = round(e1 * 0.56, 2), round(e2 * 0.51, 2)
    a3 = round(a1 + a2, 2)
    d = Page(f"{REGION} Explanation of Benefits  ·  Sponsor DBN {sdbn}  ·  Page {{p}} of {{n}}", margins=(13, 12, 13))
    d.add_page()
    letterhead(d, ph)
    d.text_line("Explanation of Benefits", 14, "B", h=7)
    d.para("This is a statement of the action taken on your TRICARE claims. Keep this notice for your records. "
           "THIS IS NOT A BILL.", 8.6, gap=2)
    y0 = d.get_y()
    for ln in [pat.upper(), *[a.upper() for a in addr]]:
        d.text_line(ln, 9.4, h=5)
    d.set_xy(112, y0)
    kv(d, [("Date of Notice:", fmt_date(notice, "long")), ("Sponsor DBN:", sdbn),
           ("Sponsor Name:", f"{sponsor_rank(r)} {spon}"), ("Beneficiary:", pat),
           ("Benefit Period:", "Enrollment year 01/01/2026 - 12/31/2026"), ("Program:", "TRICARE Prime (ADFM)")],
       lw=32, size=8.6, x=112, h=4.8)
    d.ln(4)
    blocks = [(c1, pcm + " (Prime network PCM)", [[fmt_date(d1, "slash"), "1  99213 Office visit, established",
                                                      fmt_money(b1), fmt_money(round(b1 * .58, 2)), "1"]],
               b1, round(b1 * .58, 2), "$0.00"),
              (c2, "Harborgate Urgent Care", [[fmt_date(d2, "slash"), "1  99204 Urgent care visit",
                                              fmt_money(b2), fmt_money(round(b2 * .6, 2)), "1"]],
               b2, round(b2 * .6, 2), "$0.00"),
              (c3, derm, [[fmt_date(d3, "slash"), "1  99203 New patient visit", fmt_money(e1), fmt_money(a1), "2, 3"],
                          [fmt_date(d3, "slash"), "1  11102 Tangential biopsy, skin", fmt_money(e2), fmt_money(a2),
                           "2, 3"]],
               b3, a3, fmt_money(a3))]
    for claim, prov, rows, billed, appr, share in blocks:
        d.font(9, "B")
        d.set_fill_color(232, 232, 232)
        d.cell(0, 5.6, f"Claim Number: {claim}     Patient: {pat}", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 5, f"Services Provided By: {prov}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Date of Services", "Services Provided", "Amount Billed", "TRICARE Approved", "See Remarks"], rows,
                [30, 72, 28, 30, 24], size=8.4, aligns="LLRRL")
        paid = "$0.00" if claim == c3 else fmt_money(appr)
        d.font(8.4)
        d.cell(0, 4.6, f"Claim summary:  Billed {fmt_money(billed)}   Approved {fmt_money(appr)}   Paid to provider "
                        f"{paid}   Beneficiary share {share}", new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    d.add_page()
    d.text_line("Beneficiary Liability Summary", 10.5, "B", h=6)
    d.table(["", "Deductible", "Copayment", "Cost-share", "Total you owe"],
            [["Claims on this notice", fmt_money(a3), "$0.00", "$0.00", fmt_money(a3)]],
            [46, 32, 32, 32, 36], size=8.6, aligns="LRRRR")
    d.text_line("Benefit Period Status (enrollment year 2026)", 10.5, "B", h=6)
    d.table(["", "Individual", "Family"],
            [["Point of Service deductible met", fmt_money(a3) + " of $300.00", fmt_money(a3) + " of $600.00"],
             ["Catastrophic cap met (POS charges do not count)", "$0.00 of $1,000.00", "$0.00 of $1,000.00"]],
            [90, 44, 44], size=8.6, aligns="LRR")
    d.text_line("Remarks", 10.5, "B", h=6)
    d.para("1  Paid under your TRICARE Prime benefit. Active duty family members pay no copayment for network care.", 8.4,
           gap=1)
    d.para("2  You received these services from a specialist without a referral from your primary care manager "
           "(PCM). They were processed under the Point of Service (POS) option.", 8.4, gap=1)
    d.para("3  The TRICARE-approved amount was applied to your POS deductible ($300 individual / $600 family per "
           "enrollment year). After the deductible, TRICARE pays 50% of the approved amount. TRICARE paid nothing "
           "on this claim.", 8.4)
    appeal_eob(d)
    d.para(f"Questions? Call {CON} at {ph} (TTY 711), or visit a TRICARE service center.", 8.2)
    t = truth("eob", "prior_authorization", insurer=CON, member_id=sdbn, member_name=pat, case_numbers=[c3],
              claim_amount=m2(b3), service_dates=[iso(d3)], denial_date=iso(notice), provider=derm,
              appeal_deadline=iso(notice + dt.timedelta(days=90)), alternates=INS_ALT)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: referral approval (scan clean)
def doc_referral(r: Rand) -> tuple[bytes, dict]:
    pat = r.person()[0]
    addr = r.address()
    ph = r.phone()
    sdbn = dbn(r)
    sent = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 80))
    start, end = sent + dt.timedelta(days=1), sent + dt.timedelta(days=180)
    recv = sent - dt.timedelta(days=r.randint(2, 5))
    pcm, spec, clinic = r.choice(PCMS), r.choice(SPECS), "Bayview Cardiology Partners"
    auth = f"{sent.strftime('%y%j')}{r.digits(6)}"
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    letterhead(d, ph, "Referral Management")
    d.text_line(fmt_date(sent, "long"), 10, h=6)
    d.ln(2)
    for ln in [pat, *addr]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Referral/Authorization Approved", 13, "B", h=7)
    d.ln(1)
    d.boxes([("Authorization number", auth, 50), ("Beneficiary", pat, 62), ("Sponsor DBN", sdbn, 40),
             ("Program", "Prime", 24)])
    d.boxes([("Referring provider (PCM)", pcm, 62), ("Servicing provider", f"{spec}, {clinic}", 114)])
    d.boxes([("Specialty", "Cardiology", 40), ("Services approved", "Evaluation and treatment, up to 6 visits", 80),
             ("Valid", f"{fmt_date(start, 'slash')} - {fmt_date(end, 'slash')}", 56)])
    d.ln(5)
    d.para(f"Your primary care manager asked us on {fmt_date(recv, 'slash')} to refer you to a specialist. We have "
           f"approved the referral shown above. Please call {clinic} to make your appointment; the specialist's "
           f"NPI is {r.npi()}. Bring this letter and your military ID card (DoD ID {r.digits(10)}).", 10)
    d.para("Visits must take place within the valid dates and may not exceed the number of visits approved. If you "
           "receive care from a specialist without an approved referral, your claim will be processed under the "
           "Point of Service option and you will pay a deductible and 50% cost-share. Emergency care never needs "
           "a referral.", 10)
    d.para(f"Questions? Call {ph}. This letter is not a guarantee of payment; benefits depend on eligibility in "
           "DEERS on the date of service.", 9.4)
    t = truth("other", None, insurer=CON, member_id=sdbn, member_name=pat, case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(sent), provider=spec,
              alternates={**INS_ALT, "service_dates": [[]], "provider": [clinic, pcm]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: orthopaedic practice statement (photocopy)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    pat, pfirst, _, plast = r.person()
    gua = relative(r, pfirst, plast)
    addr = r.address()
    prac = r.choice(ORTHO)
    sdbn = dbn(r)
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 60))
    proc = dos + dt.timedelta(days=r.randint(20, 30))
    stmt = proc + dt.timedelta(days=r.randint(8, 16))
    acct = f"A{r.digits(7)}"
    claim = f"{r.digits(4)}{r.randint(10, 99)}-{r.digits(5)}-00"
    l1, l2 = float(r.randint(240, 320)), float(r.randint(380, 520))
    tot = round(l1 + l2, 2)
    appr = round(tot * .55, 2)
    ded = 300.0 if appr > 300 else appr
    paid = round((appr - ded) * .5, 2)
    share = round(appr - paid, 2)
    adj = round(tot - appr, 2)
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(prac, 14, "B", h=7)
    d.text_line("Patient Statement  ·  1450 Wexford Pike, Suite 200, Fayetteville, NC 28303  ·  (910) 555-0147", 8.4, h=4.6)
    d.ln(4)
    d.boxes([("Statement date", fmt_date(stmt, "dmy"), 38), ("Account no.", acct, 32), ("Guarantor", gua, 56),
             ("Please pay", fmt_money(share), 30)])
    d.boxes([("Patient", pat, 56), ("Insurance", "TRICARE Prime", 40), ("DBN", sdbn, 60)])
    d.ln(4)
    rows = [[fmt_date(dos, "dmy"), "99204", "New patient visit, knee", fmt_money(l1)],
            [fmt_date(dos, "dmy"), "73721", "MRI knee without contrast", fmt_money(l2)],
            ["*", "", "Total charges", fmt_money(tot)],
            [fmt_date(proc, "dmy"), "", f"TRICARE payment (claim {claim})", "-" + fmt_money(paid)],
            [fmt_date(proc, "dmy"), "", "Contractual adjustment", "-" + fmt_money(adj)],
            ["*", "", "Balance due from patient", fmt_money(share)]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 20, 96, 30], size=9, aligns="LLLR")
    d.para("TRICARE processed this visit under the Point of Service option because no referral from the patient's "
           "primary care manager was on file. The balance is the POS deductible and 50% cost-share that TRICARE "
           "assigned to the patient. A payment plan of $50.00 a month is available. Please pay within 30 days.", 9.4)
    t = truth("other", None, member_id=sdbn, member_name=pat, case_numbers=[claim], claim_amount=m2(tot),
              service_dates=[iso(dos)], denial_date=iso(stmt), provider=prac, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [m2(share)]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: stack: reconsideration upheld + POS EOB
def pt_facts(r: Rand) -> dict:
    pat, first, _, last = r.person()
    dos = sorted({dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 30)) for _ in range(3)})
    while len(dos) < 3:
        dos.append(dos[-1] + dt.timedelta(days=3))
    per = float(r.randint(150, 210))
    return dict(pat=pat, first=first, last=last, addr=r.address(), dbn=dbn(r), dos=dos, per=per,
                tot=round(per * len(dos), 2), prov=r.choice(PT), ph=r.phone(),
                claim=f"{r.digits(4)}{r.randint(10, 99)}-{r.digits(5)}-00", spon=relative(r, first, last))


def doc_recon(r: Rand, f: dict) -> tuple[bytes, dict]:
    dec = f["eob_date"] + dt.timedelta(days=r.randint(45, 70))
    recv = dec - dt.timedelta(days=r.randint(20, 30))
    entered = f["dos"][-1] + dt.timedelta(days=r.randint(6, 12))
    recon = f"RC-{r.digits(8)}"
    d = Page(None, head=f"Reconsideration {recon}  ·  {f['pat']}", margins=(22, 16, 22))
    d.add_page()
    letterhead(d, f["ph"], "Appeals and Reconsiderations")
    d.text_line(fmt_date(dec, "upper"), 10, h=6)
    d.ln(2)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("RECONSIDERATION DECISION", 12, "B", h=7)
    kv(d, [("Reconsideration no.:", recon), ("Claim number:", f["claim"]), ("Beneficiary:", f["pat"]),
           ("Sponsor DBN:", f["dbn"]), ("Provider:", f["prov"]),
           ("Dates of service:", ", ".join(fmt_date(x, "upper") for x in f["dos"])),
           ("Amount billed:", fmt_money(f["tot"], "nosign")), ("Request received:", fmt_date(recv, "upper"))],
       lw=44, size=9.6)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para("We have completed the reconsideration you asked for. A reviewer who did not take part in the first "
           "decision looked at the claim, your letter and our referral records.", 10)
    d.para(f"Decision: the original determination is UPHELD. You are enrolled in TRICARE Prime. The physical "
           f"therapy visits were given without a referral from your primary care manager. A referral to {f['prov']} "
           f"was entered on {fmt_date(entered, 'upper')}, after the dates of service, and a referral cannot be applied "
           "to care received before it was approved. The claim was therefore correctly processed under the Point "
           "of Service option (deductible and 50% cost-share). Reference: 32 CFR 199.17(n)(3); TRICARE Policy "
           "Manual, Chapter 10.", 10)
    d.add_page()
    d.text_line("IF YOU STILL DISAGREE", 10.5, "B", h=6)
    d.para("You may request a formal review by the Defense Health Agency, Appeals, Hearings and Claims Collection "
           "Division, 16401 East Centretech Parkway, Aurora, CO 80011. Your request must be postmarked or received "
           "within 60 days from the date of this decision. The amount in dispute must be at least $50.00. Include "
           "a copy of this decision and any new information.", 10)
    d.para(f"If you have questions, call {f['ph']}.", 10)
    d.para(f"Sincerely,\nReconsideration Unit\n{CON_FULL}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=CON, member_id=f["dbn"], member_name=f["pat"],
              case_numbers=[recon, f["claim"]], claim_amount=m2(f["tot"]), service_dates=[iso(x) for x in f["dos"]],
              denial_date=iso(dec), provider=f["prov"], appeal_deadline=iso(dec + dt.timedelta(days=60)),
              alternates={**INS_ALT, "case_numbers": [[recon]]})
    return pdf_bytes(d), t


def doc_pt_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    notice = f["eob_date"]
    appr = round(f["per"] * .54, 2)
    tappr = round(appr * 3, 2)
    ded = 300.0 if tappr > 300 else tappr
    paid = round((tappr - ded) * .5, 2)
    d = Page(None, margins=(13, 12, 13))
    d.add_page()
    letterhead(d, f["ph"])
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    d.text_line("This is a statement of the action taken on your TRICARE claim. THIS IS NOT A BILL.", 8.6, h=5)
    d.ln(2)
    kv(d, [("Date of Notice", fmt_date(notice, "abbr")), ("Sponsor DBN", f["dbn"]), ("Sponsor Name", f["spon"]),
           ("Patient", f["pat"]), ("Claim Number", f["claim"]), ("Services Provided By", f["prov"])], lw=44, size=9)
    d.ln(2)
    rows = [[fmt_date(x, "abbr"), "2  97110 Therapeutic exercise / 97140", fmt_money(f["per"]), fmt_money(appr), "P4"]
            for x in f["dos"]]
    d.table(["Date of Services", "Services Provided", "Amount Billed", "TRICARE Approved", "See Remarks"], rows,
            [30, 72, 28, 30, 24], size=8.4, aligns="LLRRL")
    d.table(["Claim Summary", "Amount"], [["Amount billed", fmt_money(f["tot"])], ["TRICARE approved", fmt_money(tappr)],
                                          ["POS deductible", fmt_money(ded)],
                                          ["POS cost-share (50%)", fmt_money(round(tappr - ded - paid, 2))],
                                          ["Paid to provider", fmt_money(paid)]], [60, 30], size=8.6, aligns="LR")
    d.para("P4  No referral from your primary care manager was on file for these services. As a TRICARE Prime "
           "enrollee, this care was processed under the Point of Service option.", 8.4)
    appeal_eob(d)
    t = truth("eob", "prior_authorization", insurer=CON, member_id=f["dbn"], member_name=f["pat"],
              case_numbers=[f["claim"]], claim_amount=m2(f["tot"]), service_dates=[iso(x) for x in f["dos"]],
              denial_date=iso(notice), provider=f["prov"], appeal_deadline=iso(notice + dt.timedelta(days=90)),
              alternates=INS_ALT)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: active duty EOB denied (phone photo)
def doc_adsm(r: Rand) -> tuple[bytes, dict]:
    pat = r.person()[0]
    addr = r.address()
    ph = r.phone()
    sdbn = dbn(r)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 60))
    dos = notice - dt.timedelta(days=r.randint(20, 35))
    recv = dos + dt.timedelta(days=r.randint(4, 9))
    claim = f"{r.digits(4)}{r.randint(10, 99)}-{r.digits(5)}-00"
    l1, l2 = float(r.randint(900, 1400)) + 0.75, float(r.randint(160, 240))
    tot = round(l1 + l2, 2)
    prov = "Pinecrest Open MRI & Imaging"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    letterhead(d, ph)
    d.text_line("Explanation of Benefits - Active Duty Claim", 12.5, "B", h=7)
    d.ln(1)
    y0 = d.get_y()
    for ln in [f"{sponsor_rank(r)} {pat}", *addr]:
        d.text_line(ln, 9.6, h=5)
    d.set_xy(108, y0)
    kv(d, [("Date of Notice", fmt_date(notice, "slash")), ("DBN", sdbn), ("Claim No.", claim),
           ("Received", fmt_date(recv, "slash"))], lw=30, size=9, x=108)
    d.ln(5)
    d.text_line(f"Patient: {pat}    Services Provided By: {prov}", 9.4, "B", h=6)
    rows = [[fmt_date(dos, "slash"), "1  72148 MRI lumbar spine w/o contrast", fmt_money(l1), "$0.00", "A21"],
            [fmt_date(dos, "slash"), "1  26 Professional reading", fmt_money(l2), "$0.00", "A21"],
            ["", "Total", fmt_money(tot), "$0.00", ""]]
    d.table(["Date of Services", "Services Provided", "Amount Billed", "TRICARE Approved", "See Remarks"], rows,
            [30, 72, 28, 30, 24], size=8.6, aligns="LLRRL")
    d.text_line("Paid to provider: $0.00     Beneficiary share: see remark", 9, h=5)
    d.ln(2)
    d.text_line("Remarks", 10, "B", h=6)
    d.para("A21  Denied. Active duty service members must have a referral or authorization from their primary care "
           "manager or unit for civilian care other than emergency care. No referral was on file for this date of "
           "service. The Point of Service option is not available to active duty service members. Ask your military "
           "hospital or clinic about a retroactive referral.", 8.8)
    appeal_eob(d, 8.4)
    t = truth("eob", "prior_authorization", insurer=CON, member_id=sdbn, member_name=pat, case_numbers=[claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(notice), provider=prov,
              appeal_deadline=iso(notice + dt.timedelta(days=90)), alternates=INS_ALT)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: referral redirected to the MTF (rotated)
def doc_redirect(r: Rand) -> tuple[bytes, dict]:
    pat, first, _, last = r.person()
    addr = r.address()
    ph = r.phone()
    sdbn = dbn(r)
    sent = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 70))
    recv = sent - dt.timedelta(days=r.randint(2, 4))
    pcm, spec = r.choice(PCMS), r.choice(SPECS)
    req = f"RQ{r.digits(9)}"
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    letterhead(d, ph, "Referral Management")
    d.text_line(fmt_date(sent, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [pat, *addr]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Notice: Civilian referral not approved - care redirected", 11.5, "B", h=7)
    kv(d, [("Request number", req), ("Beneficiary", pat), ("Sponsor DBN", sdbn), ("Requested by", pcm),
           ("Requested provider", f"{spec} (civilian network, gastroenterology)"),
           ("Date received", fmt_date(recv, "dmy"))], lw=42, size=9.6)
    d.ln(3)
    d.para(f"Dear {first} {last},", 10)
    d.para("Your primary care manager asked for a referral to the civilian specialist named above. We did not "
           "approve care with that provider. The military hospital in your area, Naval Medical Center Brightwater, "
           "has told us that it can see you in its gastroenterology clinic within the TRICARE access standard of 28 "
           "days. TRICARE Prime enrollees who live near a military hospital receive specialty care there first "
           "when it is available (right of first refusal).", 10)
    d.para("An appointment with the military hospital's clinic is authorized instead. Call its appointment line at "
           "(757) 555-0164. If you see the civilian specialist without an approved referral, the claim will be "
           "processed under the Point of Service option.", 10)
    d.para("If you disagree, you may request a reconsideration within 90 days of the date of this letter. Send your "
           f"request to {CON}, Reconsiderations, PO Box 8840, Columbia, SC 29202-8840.", 10)
    t = truth("denial_letter", "out_of_network", insurer=CON, member_id=sdbn, member_name=pat, case_numbers=[req],
              denial_date=iso(sent), provider=pcm, appeal_deadline=iso(sent + dt.timedelta(days=90)),
              alternates={**INS_ALT, "provider": [spec]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: prose POS letter, child patient (low res)
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    child, cfirst, _, clast = r.person()
    parent = relative(r, cfirst, clast)
    pfirst, plast = parent.split()[0], clast
    addr = r.address()
    ph = r.phone()
    sdbn = dbn(r)
    sent = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 60))
    dos = sent - dt.timedelta(days=r.randint(25, 45))
    claim = f"{r.digits(4)}{r.randint(10, 99)}-{r.digits(5)}-00"
    amt = float(r.randint(310, 480)) + 0.5
    prov = "Dr. Imogen V. Laughlin"
    d = Page(None, margins=(26, 20, 26))
    d.add_page()
    d.text_line(f"{CON_FULL}", 12.5, "B", h=6, align="C")
    d.text_line(f"{REGION} contractor for the Defense Health Agency", 9, h=5, align="C")
    d.ln(8)
    d.text_line(fmt_date(sent, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [parent, *addr]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {pfirst} {plast},", 10.5)
    d.para(f"We are writing about the claim for your child, {child}, who is enrolled in TRICARE Prime under "
           f"sponsor DBN {sdbn}. On {fmt_date(dos, 'long')} {cfirst} saw {prov}, a pediatric allergist, and the office "
           f"billed {fmt_money(amt)} under claim number {claim}.", 10.5)
    d.para(f"Our records show no referral from {cfirst}'s primary care manager for this visit. Because of that, the claim "
           "was processed under the Point of Service option: the first $300 of TRICARE-approved charges each "
           "enrollment year go to a POS deductible, and TRICARE then pays half. The explanation of benefits you "
           "received shows the amounts.", 10.5)
    d.para("If you believe a referral was in place, ask the primary care manager's office to send it to us. You "
           "may also ask for a reconsideration within 90 days of the date of this letter. Write to us at PO Box "
           f"8840, Columbia, SC 29202-8840, or call {ph}.", 10.5)
    d.para(f"Sincerely,\nBeneficiary Services\n{CON}", 10.5)
    t = truth("denial_letter", "prior_authorization", insurer=CON, member_id=sdbn, member_name=child,
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(sent),
              provider=prov, appeal_deadline=iso(sent + dt.timedelta(days=90)), alternates=INS_ALT)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r3 = Rand(SEED + 3)
    f3 = pt_facts(r3)
    f3["eob_date"] = f3["dos"][-1] + dt.timedelta(days=r3.randint(20, 30))
    stack_docs = [doc_recon(r3, f3), doc_pt_eob(r3, f3)]
    return [Item(f"{FAMILY}_bd_three_claim_eob", "born_digital", [doc_eob(Rand(SEED))]),
            Item(f"{FAMILY}_scan_referral_approved", "scan_clean_300", [doc_referral(Rand(SEED + 1))]),
            Item(f"{FAMILY}_photocopy_ortho_statement", "photocopy", [doc_statement(Rand(SEED + 2))]),
            Item(f"{FAMILY}_faxfine_stack_recon_eob", "fax_fine_g4", stack_docs, separators=["cover", None]),
            Item(f"{FAMILY}_phone_active_duty_eob", "phone_photo", [doc_adsm(Rand(SEED + 4))]),
            Item(f"{FAMILY}_rotated_referral_redirected", "rotated", [doc_redirect(Rand(SEED + 5))]),
            Item(f"{FAMILY}_lowres_prose_pos_letter", "scan_lowres_150", [doc_prose(Rand(SEED + 6))])]
