"""Family 'adult_clear_aligner_orthodontic_exclusion_letter': adult clear aligner treatment (D8090 comprehensive
orthodontics, adult dentition) refused by dental plans: adult orthodontics excluded, aligners for spacing judged
cosmetic, the lifetime orthodontic maximum already used; with a pre-treatment estimate, the orthodontist's
treatment contract statement, dental EOBs and an approval of a child's aligners (D8080).

Documents: a two-page prose letter (adult orthodontics excluded); a low-resolution scan stack of a dental EOB
(cleaning and exam paid, D8090 denied) and the orthodontist's contract statement; a photocopied pre-treatment
estimate (lifetime maximum used); a standard-fax upheld appeal (cosmetic); a phone photo of the approval for a
child's aligners; a sideways paid dental EOB (retainer, nothing denied); a fine-fax boxed letter
from a TPA for a self-funded dental plan.

Decoys: DOB, dentist NPIs and license numbers, contract/account numbers, down payment and monthly installments,
dates received, paid lines, lifetime maximum amounts, 30-day payment terms. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "adult_clear_aligner_orthodontic_exclusion_letter"
LANG = "en"
SEED = 301600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ORTHO = ["Brightline Orthodontics, PLLC", "Juniper Smile Orthodontic Studio", "Harborview Aligner & Ortho Group"]
DRS = ["Naomi K. Oduya, DDS, MS", "Theo R. Fairchild, DMD", "Sunita L. Kessler, DDS"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 16, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 160))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=ph(r), npi=r.npi(),
                dob=dt.date(r.randint(1970, 2002), r.randint(1, 12), r.randint(1, 28)),
                recv=dos + dt.timedelta(days=r.randint(5, 15)), fee=float(r.choice([5200, 5650, 5980, 6400, 6850])))


# ------------------------------------------------------------ 0: two-page prose letter (born digital)
def doc_exclusion_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Point Dental Insurance Company"
    mid, grp, claim = f"CPD{r.digits(8)}", f"{r.digits(4)}-{r.letters(2)}", f"DC{r.digits(9)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(14, 24))
    ortho, dr = ORTHO[0], DRS[0]
    d = Page("Cedar Point Dental  ·  CPD-ORTH-EXC 01/26  ·  Page {p} of {n}",
             header=f"{f['member']}  ·  Claim {claim}  ·  page 2")
    d.add_page()
    d.text_line("CEDAR POINT DENTAL", 17, "B", h=8)
    d.text_line(f"{ins}  ·  1400 Quarry Street, Erie, PA 16501  ·  {f['ph']}", 8.4, h=4.4)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.text_line(f"Dear {f['first']} {f['last']}:", 10.5, h=6)
    d.para(f"We have finished reviewing claim {claim}, which {dr} of {ortho} sent us for comprehensive "
           f"orthodontic treatment with clear aligners (D8090) that started on {fmt_date(f['dos'], 'long')}. "
           f"The total fee on the claim is {fmt_money(f['fee'])}. Your member ID is {mid} and your group number "
           f"is {grp}.", 10.5)
    d.para("We cannot pay this claim. Your dental plan covers orthodontic treatment only for dependent children "
           "under age 19. Orthodontic treatment for adults, including clear aligner therapy, is listed as an "
           "exclusion in section 7.3 of your Certificate of Coverage. Because you were an adult on the date "
           "treatment started, no benefit is available, whatever the reason for the treatment.", 10.5)
    d.para("Because your orthodontist is in our network, the fee you agreed with the office is your "
           "responsibility under the treatment contract you signed. We have sent a copy of this letter to the "
           "office.", 10.5)
    d.add_page()
    d.text_line("If you disagree with this decision", 11, "B", h=6.5)
    d.para("You may appeal. Your written appeal must reach us within 180 days of the date of this letter. Include "
           "this letter, any records from your orthodontist and the reason you think we are wrong. Mail it to "
           "Cedar Point Dental Appeals, PO Box 2208, Erie, PA 16512, or fax it to " + ph(r) + ".", 10.5)
    d.para("If your plan is governed by ERISA, you may have the right to bring a civil action after the appeal. "
           "You may ask for copies of the plan documents and the criteria used, free of charge.", 10.5)
    d.para(f"Orthodontist NPI: {f['npi']}.  Date of birth on file: {fmt_date(f['dob'], 'long')}.", 9)
    d.para("Sincerely,\n\nDental Claims Review\nCedar Point Dental Insurance Company", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=dr.split(",")[0], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [ortho]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: stack: dental EOB + ortho contract statement
def doc_dental_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Northgate Dental Benefits"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 26))
    f["stmt"] = stmt
    d0 = f["dos"] - dt.timedelta(days=r.randint(20, 40))
    d = Page("Northgate Dental Benefits · Explanation of Dental Benefits · {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Northgate Dental Benefits", 15, "B", h=7.5)
    d.text_line(f"Member Services {f['ph']} · PO Box 7714, Duluth, MN 55802", 8.4, h=4.5)
    d.ln(3)
    d.text_line("EXPLANATION OF DENTAL BENEFITS", 12, "B", h=7)
    for lab, val in [("Statement Date", fmt_date(stmt, "abbr")), ("Subscriber", f["member"]),
                     ("Subscriber No.", f["mid"]), ("Group", f["grp"]), ("Patient", f"{f['member']} (self)")]:
        d.font(9, "B")
        d.cell(34, 5, lab + ":")
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    head = ["Claim", "Date", "Code", "Procedure", "Submitted", "Approved", "Plan pays", "Patient pays", "Msg"]
    w = [27, 20, 13, 44, 20, 19, 19, 20, 8]
    exam = float(r.randint(62, 89))
    pro = float(r.randint(108, 146))
    rows = [[f["c0"], fmt_date(d0, "slash"), "D0120", "Periodic oral evaluation", fmt_money(exam, "nosign"),
             fmt_money(exam * 0.8, "nosign"), fmt_money(exam * 0.8, "nosign"), "0.00", ""],
            ["", fmt_date(d0, "slash"), "D1110", "Prophylaxis - adult", fmt_money(pro, "nosign"),
             fmt_money(pro * 0.8, "nosign"), fmt_money(pro * 0.8, "nosign"), "0.00", ""],
            [f["claim"], fmt_date(f["dos"], "slash"), "D8090", "Comp. ortho - adult dentition",
             fmt_money(f["fee"], "nosign"), "0.00", "0.00", fmt_money(f["fee"], "nosign"), "X41"]]
    d.table(head, rows, w, size=7.8, aligns="LLLLRRRRL", head_fill=True)
    d.para(f"Provider for claim {f['claim']}: {f['ortho']} ({f['dr']})   Received {fmt_date(f['recv'], 'slash')}", 8.6)
    d.para(f"Provider for claim {f['c0']}: Lakeshore Family Dentistry   Annual maximum used: $212.80 of $1,500.00", 8.6)
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para("X41  Orthodontic treatment is not a covered benefit for patients age 19 and older under your plan. "
           "Clear aligner therapy is orthodontic treatment.", 8.6)
    d.para("You may request a review of this decision within 180 days of the date of this statement by writing to "
           "Northgate Dental Benefits, Attn: Appeals, at the address above.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["ortho"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": [f["dr"].split(",")[0]]})
    return pdf_bytes(d), t


def doc_contract_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["stmt"] + dt.timedelta(days=r.randint(7, 12))
    acct = f"{r.digits(5)}"
    down = 1500.0
    months = 18
    inst = round((f["fee"] - down) / months, 2)
    paid = down + inst * 2
    bal = round(f["fee"] - paid, 2)
    d = Page(None)
    d.add_page()
    d.text_line(f["ortho"], 15, "B", align="C", h=7.5)
    d.text_line(f"{f['dr']}  ·  22 Harbor View Road, Bellingham, WA 98225  ·  {ph(r)}", 8.4, align="C", h=4.5)
    d.ln(4)
    d.text_line("ORTHODONTIC TREATMENT CONTRACT — ACCOUNT STATEMENT", 11.5, "B", align="C", h=7)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(stmt, "long"), 44), ("Responsible party", f["member"], 52),
             ("Contract no.", acct, 28), ("Next installment", fmt_money(inst), 32)])
    d.boxes([("Patient", f["member"], 56), ("Treatment", "Clear aligners, D8090", 52), ("Start date",
             fmt_date(f["dos"], "long"), 48)])
    d.ln(4)
    d.table(["Date", "Description", "Charge", "Credit"],
            [[fmt_date(f["dos"], "slash"), "Comprehensive treatment fee (D8090)", fmt_money(f["fee"]), ""],
             [fmt_date(f["dos"], "slash"), "Down payment - card", "", fmt_money(down)],
             [fmt_date(f["dos"] + dt.timedelta(days=30), "slash"), "Installment 1 of 18", "", fmt_money(inst)],
             [fmt_date(f["dos"] + dt.timedelta(days=60), "slash"), "Installment 2 of 18", "", fmt_money(inst)],
             [fmt_date(f["stmt"], "slash"), "Northgate Dental - not covered (X41)", "", "$0.00"],
             ["*Contract balance", "", "", fmt_money(bal)]], [30, 90, 28, 28], size=8.8, aligns="LLRR")
    d.para("Your insurance did not pay toward your treatment. Under the contract you signed, you remain "
           f"responsible for the full fee. Installments of {fmt_money(inst)} are due on the 5th of each month; "
           "accounts more than 30 days late may be charged a $25.00 late fee.", 9)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["ortho"], unscored=["insurer"],
              alternates={"provider": [f["dr"].split(",")[0]], "claim_amount": [m2(bal)]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"NDB-{r.digits(4)}-{r.digits(4)}", grp=f"{r.digits(6)}", claim=f"{r.digits(4)}{r.letters(2)}{r.digits(5)}",
             c0=f"{r.digits(4)}{r.letters(2)}{r.digits(5)}", ortho=ORTHO[1], dr=DRS[1])
    return Item(f"{FAMILY}_scan_stack", "scan_lowres_150", [doc_dental_eob(r, f), doc_contract_statement(r, f)])


# ------------------------------------------------------------ 2: pre-treatment estimate, lifetime max used
def doc_pretreatment(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverleaf Dental Plan"
    mid, grp, pte = f"SL{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(5)}", f"PTE-{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 25))
    ortho, dr = ORTHO[2], DRS[2]
    d = Page("Silverleaf Dental Plan · Pre-Treatment Estimate · Page {p}")
    d.add_page()
    d.text_line("SILVERLEAF DENTAL PLAN", 14, "B", h=7)
    d.text_line(f"Pre-treatment Review Unit · 9 Sycamore Court, Macon, GA 31201 · {f['ph']}", 8.4, h=4.5)
    d.rule(0.5, 3)
    d.text_line("PRE-TREATMENT ESTIMATE", 12.5, "B", h=7)
    d.boxes([("Estimate number", pte, 40), ("Date processed", fmt_date(notice, "abbr"), 36), ("Member ID", mid, 40),
             ("Group", grp, 22), ("Date of birth", fmt_date(f["dob"], "slash"), 36)])
    d.boxes([("Patient", f["member"], 60), ("Treating dentist", dr, 60), ("Office", ortho, 54)])
    d.ln(4)
    d.table(["Proposed date", "Code", "Procedure", "Submitted", "Est. plan pays", "Est. you pay"],
            [[fmt_date(f["dos"], "slash"), "D8090", "Comprehensive orthodontic treatment - adult",
              fmt_money(f["fee"]), "$0.00", fmt_money(f["fee"])],
             ["", "D8680", "Orthodontic retention (included)", "$0.00", "$0.00", "$0.00"]],
            [28, 16, 70, 24, 28, 26], size=8.6, aligns="LLLRRR")
    d.text_line("Why the plan will not pay", 10, "B", h=6)
    d.para("Your plan has a lifetime orthodontic maximum of $1,500.00 per person. Our records show $1,500.00 was "
           "paid toward orthodontic treatment for you in 2014-2016. The lifetime maximum has been used, so no "
           "further orthodontic benefit is available.", 9.5)
    d.para("This is an estimate, not a guarantee of payment. Benefits are determined when the claim is received and "
           "depend on eligibility and plan maximums at that time. You may ask us to reconsider this estimate within "
           "180 days of the date processed.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[pte], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=dr.split(",")[0], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [ortho]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: upheld appeal, cosmetic (standard fax)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Point Dental Insurance Company"
    mid, appeal, claim = f"CPD{r.digits(8)}", f"AP{r.digits(2)}-{r.digits(5)}", f"DC{r.digits(9)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(60, 80))
    ortho, dr = ORTHO[0], DRS[0]
    d = Page(None)
    d.add_page()
    d.text_line("CEDAR POINT DENTAL", 15, "B", h=7.5)
    d.text_line(f"{ins} · Appeals Unit · PO Box 2208, Erie, PA 16512", 8.6, h=4.5)
    d.ln(6)
    d.text_line(fmt_date(notice, "iso"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.font(10, "B")
    d.multi_cell(0, 5.2, f"RE: Appeal {appeal} - Claim {claim} - Member ID {mid}\nService: clear aligner "
                 f"orthodontic treatment (D8090), {fmt_date(f['dos'], 'mdy_nopad')}, billed "
                 f"{fmt_money(f['fee'], 'nosign')}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}: A dental consultant who did not take part in the first decision "
           f"reviewed your appeal, the photographs and scans sent by {dr} and your plan. Your plan covers adult "
           "orthodontics only when it is needed to correct a severe handicapping malocclusion scored under the "
           "plan's index. The records show mild spacing and crowding with a score of 11, below the threshold of "
           "26. Treatment to improve the appearance of the teeth is cosmetic and excluded.", 10.5)
    d.para("Decision: the denial is UPHELD. This was your final internal appeal. You may ask for an external "
           "review by an independent organization within 4 months of receiving this letter.", 10.5)
    d.para("Dental Appeals Committee", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=dr.split(",")[0], denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: approval for a child's aligners (phone photo)
def doc_child_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    child, cfirst, _, clast = r.person()
    child = child.split(" ")[0] + " " + child.split(" ")[1] + " " + f["last"]
    ins = "Northgate Dental Benefits"
    mid, auth = f"NDB-{r.digits(4)}-{r.digits(4)}", f"OA{r.digits(7)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 20))
    ortho, dr = ORTHO[1], DRS[1]
    fee = float(r.choice([4800, 5100, 5450]))
    d = Page(None, margins=(20, 18, 20))
    d.add_page()
    d.text_line("Northgate Dental Benefits", 15, "B", h=7.5)
    d.text_line(f"Orthodontic Case Review · {f['ph']}", 9, h=5)
    d.ln(5)
    d.text_line(fmt_date(notice, "abbr"), 10.5, h=6)
    d.text_line(f"To the parent or guardian of {child}", 10.5, h=6)
    d.ln(3)
    d.text_line("Good news: orthodontic treatment approved", 12.5, "B", h=7)
    d.para(f"We approved clear aligner treatment (D8080, comprehensive orthodontic treatment of the adolescent "
           f"dentition) for {child}, planned to begin {fmt_date(f['dos'], 'long')} with {dr} at {ortho}. "
           f"Subscriber: {f['member']}, ID {mid}. Authorization {auth}.", 10.5)
    d.para(f"Submitted fee {fmt_money(fee)}. The plan pays 50% up to the $2,000.00 lifetime orthodontic maximum, "
           "paid in installments while your child is enrolled and under age 19.", 10.5)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=child, case_numbers=[auth],
              claim_amount=m2(fee), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=dr.split(",")[0], alternates={"provider": [ortho], "claim_amount": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: paid dental EOB (rotated)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverleaf Dental Plan"
    mid, grp, claim = f"SL{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(5)}", f"{r.digits(12)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(14, 22))
    ortho, dr = ORTHO[2], DRS[2]
    d = Page("Silverleaf Dental Plan  ·  EOB  ·  {p}")
    d.add_page()
    d.text_line("SILVERLEAF DENTAL PLAN", 14, "B", h=7)
    d.text_line("Explanation of Benefits - nothing on this claim was denied", 9.5, h=6)
    d.ln(2)
    y = d.get_y()
    for lab, val in [("EOB date", fmt_date(stmt, "dmy")), ("Claim #", claim), ("Member", f["member"])]:
        d.font(9, "B"); d.cell(24, 5, lab); d.font(9); d.cell(60, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y)
    for lab, val in [("ID", mid), ("Group", grp), ("Dentist", dr)]:
        d.set_x(110); d.font(9, "B"); d.cell(20, 5, lab); d.font(9); d.cell(60, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    lines = [("D0120", "Periodic evaluation", float(r.randint(60, 85))), ("D1110", "Prophylaxis", float(r.randint(100, 140))),
             ("D0274", "Bitewings - four films", float(r.randint(70, 95)))]
    tot = sum(x[2] for x in lines)
    d.table(["Date", "Code", "Service", "Charge", "Plan paid", "You pay"],
            [[fmt_date(f["dos"], "dmy"), c, s, fmt_money(a), fmt_money(a), "$0.00"] for c, s, a in lines] +
            [["*Total", "", "", fmt_money(tot), fmt_money(tot), "$0.00"]], [26, 16, 62, 26, 26, 24], size=8.8,
            aligns="LLLRRR")
    d.para(f"Paid to {ortho}. Preventive services are paid at 100%. Orthodontic lifetime maximum remaining: $0.00.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=dr.split(",")[0], alternates={"provider": [ortho]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: TPA boxed letter, self-funded plan (fine fax)
def doc_tpa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shore Benefit Administrators"
    mid, grp, ref = f"{r.digits(9)}", f"CITY-{r.digits(4)}", f"{r.digits(2)}-{r.digits(6)}-{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(15, 30))
    d2 = f["dos"] + dt.timedelta(days=r.randint(40, 50))
    ortho, dr = ORTHO[2], DRS[2]
    d = Page("GSBA-DN-8090 rev 02/2026")
    d.add_page()
    d.text_line("Granite Shore Benefit Administrators", 14, "B", h=7)
    d.text_line("Third-party administrator for the City of Lubbock Employee Dental Plan (self-funded)", 8.8, h=5)
    d.rule(0.6, 3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=7)
    d.boxes([("Notice date", fmt_date(notice, "mdy_nopad"), 36), ("Participant", f["member"], 56),
             ("Participant ID", mid, 38), ("Plan group", grp, 34)])
    d.boxes([("Reference", ref, 40), ("Provider", ortho, 82), ("Billed", fmt_money(f["fee"], "space"), 42)])
    d.boxes([("Dates of service", f"{fmt_date(f['dos'], 'mdy_nopad')}; {fmt_date(d2, 'mdy_nopad')}", 72),
             ("Procedure", "D8090 clear aligners, adult", 92)])
    d.ln(5)
    d.text_line("Reason for determination", 10, "B", h=6)
    d.para("The City of Lubbock Employee Dental Plan excludes orthodontic services for participants and spouses. "
           "Orthodontic benefits are limited to dependent children through age 18 (Plan Document, Exclusions, "
           "item 14). The participant is the patient.", 9.8)
    d.text_line("Your right to appeal", 10, "B", h=6)
    d.para(f"You may file an appeal in writing within 180 days of the date of this notice. You may submit written "
           f"comments and records. Call {f['ph']} with questions. Provider NPI {f['npi']}; treating dentist {dr}.",
           9.8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"]), iso(d2)],
              denial_date=iso(notice), provider=ortho, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [dr.split(",")[0]], "insurer": ["City of Lubbock Employee Dental Plan"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_exclusion_letter, "prose_letter", "born_digital"), (2, doc_pretreatment, "pretreatment", "photocopy"),
              (3, doc_upheld, "upheld_cosmetic", "fax_standard_g4"), (4, doc_child_approval, "child_approval", "phone_photo"),
              (5, doc_paid_eob, "paid_eob", "rotated"), (6, doc_tpa, "tpa_notice", "fax_fine_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
