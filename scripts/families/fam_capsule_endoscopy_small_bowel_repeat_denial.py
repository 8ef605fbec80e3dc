"""Family 'capsule_endoscopy_small_bowel_repeat_denial': wireless capsule endoscopy of the small bowel (91110) and
the colon capsule (91113). Plans and Medicare refuse a repeat capsule within a year, a capsule requested before an
upper and a lower endoscopy have been done, and the colon capsule used for screening.

Documents: a Part B Medicare Summary Notice with two claims (lab paid; the GI practice's colon capsule for
screening denied, with a printed "appeals must be filed by" date); a commercial EOB with three claims (EGD and
colonoscopy paid, the repeat small-bowel capsule denied under a once-per-12-months limit); a fine-fax stack of a
cover sheet, the plan's pre-service letter refusing a capsule before the scopes were done and the GI practice's
letter to the patient relaying that denial; a sidebar appeal decision upholding the 12-month limit (photocopy); a
phone photo of an approval after both scopes were done (nothing denied); a Medicare Advantage notice of denial of
medical coverage (CMS-10003 style, low-res scan); a Medicaid managed care notice of adverse benefit determination
in a boxed form, fed sideways.

Decoys: DOB, the previous capsule's date, the EGD/colonoscopy dates on pre-service letters, received dates, NPIs,
account numbers, paid claims and amounts, claims-processing periods, the fair-hearing, continuation-of-benefits and
expedited limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "capsule_endoscopy_small_bowel_repeat_denial"
LANG = "en"
SEED = 279600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"({r.choice(['612', '701', '218', '320'])}) 555-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, npi=r.npi(),
                dob=dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)))


# ------------------------------------------------------------- 0: Medicare Summary Notice (born digital)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1944, 1958), r.randint(1, 12), r.randint(1, 28))
    mbi = f"{r.choice('123456789')}{r.letters(1)}{r.letters(1)}{r.digits(1)}{r.letters(2)}{r.digits(1)}{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 50))
    start, end = notice - dt.timedelta(days=r.randint(85, 92)), notice - dt.timedelta(days=3)
    by = notice + dt.timedelta(days=120)
    gi, doc = "Northwoods Digestive Health Clinic", "Dr. Anneliese P. Kowalczyk"
    c1, c2 = r.digits(14), r.digits(14)
    lab_dos = f["dos"] - dt.timedelta(days=r.randint(10, 30))
    lab = [("Blood test, hemoglobin (85018)", 18.0, 3.18, 3.18, 0.0, "")]
    cap = [("Office visit, established (99213)", 165.0, 92.4, 73.92, 18.48, "a"),
           ("Colon capsule endoscopy (91113)", float(r.randint(1400, 1900)), 0.0, 0.0, None, "b")]
    cap_total = sum(x[1] for x in cap)
    d = Page("Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=5)
    d.ln(4)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    for lab_, val in [("Notice for", f["member"]), ("Medicare Number", mbi),
                      ("Date of This Notice", fmt_date(notice, "long")),
                      ("Claims Processed Between", f"{fmt_date(start, 'long')} - {fmt_date(end, 'long')}")]:
        d.set_x(90)
        d.font(8.8, "B")
        d.cell(50, 4.9, lab_)
        d.font(8.8)
        d.cell(0, 4.9, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("Your Claims & Costs This Period", 11, "B", h=6.5)
    for lab_, val in [("Did Medicare Approve All Services?", "NO"), ("Number of Services Medicare Denied", "1"),
                      ("Total You May Be Billed", fmt_money(cap[1][1] + 18.48)),
                      ("Providers with Claims This Period", f"{gi}, Mesabi Reference Laboratory")]:
        d.font(9, "B")
        d.cell(72, 5, lab_)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("If you disagree with a claims decision on this notice, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(by, 'long')}.", 9.2)
    d.text_line("Your Claims for Part B (Medical Insurance)", 11, "B", h=6.5)
    for name, who, claim, dos, lines in [("Mesabi Reference Laboratory", "Ordered by: " + doc, c1, lab_dos, lab),
                                         (gi, "Service Provided By: " + doc, c2, f["dos"], cap)]:
        d.font(9.2, "B")
        d.cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 4.6, who, new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 4.6, f"Claim Number: {claim}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for dsc, ch, ap, pd, owe, note in lines:
            owe_v = ch if owe is None else owe
            rows.append([f"{fmt_date(dos, 'slash')} {dsc}", "No" if owe is None else "Yes", fmt_money(ch),
                         fmt_money(ap), fmt_money(pd), fmt_money(owe_v), note])
        rows.append(["*Total for Claim", "", fmt_money(sum(x[1] for x in lines)), fmt_money(sum(x[2] for x in lines)),
                     fmt_money(sum(x[3] for x in lines)), "", ""])
        d.table(["Service Provided & Billing Code", "Approved?", "Charged", "Approved", "Paid", "May Be Billed",
                 "Notes"], rows, [70, 17, 21, 20, 18, 26, 10], size=7.8, aligns="LLRRRRL")
    d.text_line("Notes for Claims Above", 9.5, "B", h=5.5)
    d.para("a  This approved amount has been applied toward your coinsurance. You pay 20%.\n"
           "b  Medicare does not pay for a colon capsule endoscopy used to screen for colorectal cancer. Medicare "
           "covers other screening tests, such as a screening colonoscopy. You may be billed for this service.", 8.5)
    d.text_line("How to Handle Denied Claims or Appeal", 9.5, "B", h=5.5)
    d.para(f"Appeals must be filed by {fmt_date(by, 'long')}. Circle the services you disagree with, explain why in "
           "writing, sign, and send this page to the Medicare contractor: Noridian-style Part B Redeterminations, "
           f"PO Box 6703, Fargo, ND 58108. Date of birth on file: {fmt_date(f['dob'], 'slash')}.", 8.5)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=f["member"], case_numbers=[c2],
              claim_amount=m2(cap_total), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=gi,
              appeal_deadline=iso(by),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "provider": [doc],
                          "claim_amount": [m2(cap[1][1])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: commercial EOB, three claims (scan 300)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Lantern Health Insurance"
    mid, grp = f"PLH-{r.digits(4)}-{r.digits(4)}", f"{r.digits(7)}"
    gi, fac = "Red River Gastroenterology, PLLC", "Red River Endoscopy Center"
    prior = f["dos"] - dt.timedelta(days=r.randint(150, 260))
    scope = f["dos"] - dt.timedelta(days=r.randint(14, 30))
    stmt = f["dos"] + dt.timedelta(days=r.randint(21, 35))
    claims = [(f"{r.digits(10)}", fac, scope, [("43239", "EGD with biopsy", float(r.randint(1800, 2600)), 0.55)]),
              (f"{r.digits(10)}", fac, scope, [("45380", "Colonoscopy with biopsy", float(r.randint(2100, 3100)), 0.55)]),
              (f"{r.digits(10)}", gi, f["dos"], [("91110", "GI tract capsule endoscopy", float(r.randint(1500, 2300)),
                                                  0.0)])]
    d = Page(f"{ins}  ·  Claims statement for {f['member']}  ·  page {{p}}", header=f"{ins} - EOB (continued)")
    d.add_page()
    d.text_line("Prairie Lantern", 18, "B", h=8)
    d.text_line("HEALTH INSURANCE", 8.5, "B", h=4.5)
    d.ln(3)
    y = d.get_y()
    d.font(9)
    d.multi_cell(84, 4.8, f"Statement of benefits for\n{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}")
    d.set_xy(108, y)
    d.multi_cell(86, 4.8, f"Processed on: {fmt_date(stmt, 'abbr')}\nMember ID: {mid}\nGroup: {grp}\n"
                 f"Questions: {phone(r)}")
    d.ln(6)
    d.para("This is not a bill. It explains how we handled claims for you. Keep it with your records.", 9)
    denied = None
    for claim, prov, dos, lines in claims:
        d.font(9, "B")
        d.cell(0, 5.5, f"{prov}  -  claim {claim}  -  received {fmt_date(dos + dt.timedelta(days=6), 'abbr')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, dsc, billed, ratio in lines:
            allowed = round(billed * ratio, 2)
            paid = round(allowed * 0.9, 2)
            owe = round(allowed - paid, 2) if ratio else billed
            rows.append([fmt_date(dos, "abbr"), f"{code} {dsc}", fmt_money(billed), fmt_money(allowed),
                         fmt_money(paid), fmt_money(owe), "" if ratio else "F12"])
            if not ratio:
                denied = (claim, billed)
        d.table(["Date", "Service", "Amount billed", "Allowed amount", "Plan paid", "You owe", "Code"], rows,
                [24, 56, 26, 28, 22, 18, 10], size=8, aligns="LLRRRRL")
    d.text_line("Code F12", 9.5, "B", h=5.5)
    d.para("Capsule endoscopy of the small bowel is limited to one test every 12 months. Our records show a capsule "
           f"endoscopy on {fmt_date(prior, 'abbr')}. No new bleeding, change in disease or other exception was shown, "
           "so this repeat test is not covered. You may be billed for it.", 8.8)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You may ask for an appeal within 180 days from the date this statement was processed. Write to Prairie "
           "Lantern Appeals, 900 Elm Row, Fargo, ND 58102. For urgent care we decide within 72 hours. You may have "
           "a right to external review after the appeal.", 8.8)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[denied[0]], claim_amount=m2(denied[1]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=gi, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"insurer": ["Prairie Lantern"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 2: fine-fax stack: plan letter + GI practice letter
def doc_plan_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Boundary Waters Health Plan"
    d = Page("BWHP-UM-CE  ·  {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("BOUNDARY WATERS HEALTH PLAN", 13, "B", h=7)
    d.text_line(f"Medical Management  |  PO Box 4410, Duluth, MN 55802  |  Provider fax {phone(r)}", 8.3, h=4.6)
    d.rule(0.3, 5)
    d.text_line(f"Notice date: {fmt_date(f['letter'], 'slash')}", 10, h=5.5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    for lab, val in [("Member ID", f["mid"]), ("Group number", f["grp"]), ("Request number", f["req"]),
                     ("Requested by", f["doc"]), ("Service", "91110 capsule endoscopy, small bowel"),
                     ("Planned date", fmt_date(f["dos"], "slash"))]:
        d.font(9.5, "B")
        d.cell(40, 5.2, lab + ":")
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("We did not approve this request", 12, "B", h=7)
    d.para("We reviewed the request using our Capsule Endoscopy clinical criteria. A small-bowel capsule is "
           "medically necessary for suspected small-bowel bleeding only after an upper endoscopy (EGD) and a "
           "colonoscopy have been done and did not find the source. The records sent show that neither test has "
           "been done yet; the colonoscopy is scheduled for later. The capsule is therefore not medically necessary "
           "at this time. Your doctor may send a new request once both tests are done.", 10)
    d.para("Appeal rights: you may appeal within 180 days of the date of this notice. Call or write Member "
           "Services. If your doctor believes waiting could seriously harm your health, ask for a fast appeal (72 "
           "hours). You may request an external review within 4 months after a final adverse decision.", 10)
    d.para(f"Reviewer: Dr. Olufemi S. Adeyinka, gastroenterologist. Request received {fmt_date(f['recv'], 'slash')}. "
           f"Member date of birth {fmt_date(f['dob'], 'slash')}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["req"]], service_dates=[iso(f["dos"])],
              denial_date=iso(f["letter"]), provider=f["doc"],
              appeal_deadline=iso(f["letter"] + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def doc_practice_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    date = f["letter"] + dt.timedelta(days=r.randint(2, 6))
    by = f["letter"] + dt.timedelta(days=180)
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Arrowhead Gastroenterology Associates", 13, "B", h=7)
    d.text_line("Digestive disease · endoscopy · capsule studies", 8.5, h=4.6)
    d.text_line(f"2200 Superior Avenue, Duluth, MN 55803 · Scheduling {phone(r)}", 8.5, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(date, "wlong"), 10, h=6)
    d.ln(2)
    d.text_line(f"RE: capsule endoscopy for {f['member']}, date of birth {fmt_date(f['dob'], 'slash')}", 10, "B", h=6)
    d.ln(2)
    d.text_line(f"Dear {f['first']},", 10, h=6)
    d.ln(1)
    d.para(f"I am writing about the capsule study {f['doc']} ordered for you. We had reserved "
           f"{fmt_date(f['dos'], 'long')} for it. Boundary Waters Health Plan has told us it will not approve the "
           f"capsule yet (their reference {f['req']}). The plan wants your upper endoscopy and colonoscopy done "
           "first. Your colonoscopy and upper endoscopy are now booked together; we have cancelled the capsule "
           "appointment.", 10)
    d.para("If the two scopes do not show where the bleeding comes from, we will ask the plan again. If you "
           "would rather appeal now, the plan must receive your appeal by "
           f"{fmt_date(by, 'long')}; we are glad to send your records with it.", 10)
    d.para(f"Your plan member ID on our file is {f['mid']}. Please call us if this is not correct.", 10)
    d.para("Warm regards,\n\nKirsten J. Haugland\nPrior authorization coordinator", 10)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["req"]],
              service_dates=[iso(f["dos"])], denial_date=iso(date), provider=f["doc"], appeal_deadline=iso(by),
              unscored=["insurer"], type_alternates=["denial_letter"], denial_alternates=["medical_necessity"],
              alternates={"provider": ["Arrowhead Gastroenterology Associates"], "appeal_deadline": [None],
                          "service_dates": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    recv = f["dos"] - dt.timedelta(days=r.randint(18, 26))
    f.update(mid=f"BWH{r.digits(9)}", grp=f"{r.digits(5)}-{r.digits(2)}", req=f"CE{r.digits(8)}",
             doc="Dr. Linnea M. Torvik", doc_short="Torvik", recv=recv,
             letter=recv + dt.timedelta(days=r.randint(2, 5)))
    plan = doc_plan_letter(r, f)
    practice = doc_practice_letter(r, f)
    return Item(f"{FAMILY}_faxfine_cover_plan_letter_practice_letter", "fax_fine_g4", [plan, practice],
                separators=["cover", None])


# ------------------------------------------------------------- 3: appeal upheld, sidebar layout (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridian Pines Health Insurance Company"
    mid, grp = f"MP{r.digits(10)}", f"G{r.digits(5)}"
    appeal, claim = f"A26-{r.digits(6)}", f"C{r.digits(10)}"
    gi = "Dr. Oksana V. Lindqvist"
    prior = f["dos"] - dt.timedelta(days=r.randint(120, 220))
    billed = float(r.randint(1600, 2400))
    letter = f["dos"] + dt.timedelta(days=r.randint(70, 95))
    d = Page(None, margins=(14, 14, 14))
    d.add_page()
    d.set_fill_color(236, 236, 236)
    d.rect(14, 14, 54, 250, "F")
    d.set_xy(17, 18)
    d.font(11, "B")
    d.multi_cell(48, 5.5, "Meridian Pines\nHealth")
    d.set_x(17)
    d.font(7.8)
    side = (f"Appeals & Grievances\nPO Box 118\nMacon, GA 31201\n\nCall us\n{r.phone()}\nTTY 711\n\n"
            f"Appeal number\n{appeal}\n\nClaim number\n{claim}\n\nMember ID\n{mid}\n\nGroup\n{grp}\n\n"
            f"Date received\n{fmt_date(letter - dt.timedelta(days=24), 'dmy')}\n\nProvider NPI\n{f['npi']}")
    d.multi_cell(48, 4, side)
    d.set_left_margin(76)
    d.set_xy(76, 18)
    d.text_line(fmt_date(letter, "dmy"), 10, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Your appeal decision", 13, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']}: we reviewed your appeal about the capsule endoscopy (91110) that "
           f"{gi} performed on {fmt_date(f['dos'], 'dmy')}. The claim was for {fmt_money(billed)}.", 10)
    d.text_line("Decision: denial upheld", 11, "B", h=6.5)
    d.para("Your plan covers one small-bowel capsule study in any 12 months. You had a capsule study on "
           f"{fmt_date(prior, 'dmy')}. The plan allows an earlier repeat test only if there is new overt bleeding or a "
           "change in treatment that depends on the result. Your records show stable iron-deficiency anemia "
           "without new bleeding, so the exception does not apply. A board-certified gastroenterologist reviewed "
           "your appeal.", 10)
    d.para("This completes our internal appeal process. You may ask for an independent external review within 4 "
           "months of receiving this letter. For an urgent situation, an expedited external review is decided within "
           "72 hours. You may ask for copies of all documents relevant to this decision free of charge.", 10)
    d.para(f"Sincerely,\nAppeals Unit\n{ins}", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(letter), provider=gi, denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]], "insurer": ["Meridian Pines Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: approval after both scopes (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverlake Employee Benefit Trust"
    mid = f"SEBT{r.digits(6)}"
    auth = f"{r.digits(4)}-{r.letters(2)}-{r.digits(5)}"
    doc = "Dr. Rafferty Q. Nwachukwu"
    egd = f["dos"] - dt.timedelta(days=r.randint(20, 35))
    letter = f["dos"] - dt.timedelta(days=r.randint(8, 14))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Silverlake Employee Benefit Trust", 14, "B", h=7)
    d.text_line("Care Review Unit", 9, h=5)
    d.ln(5)
    d.text_line(f"{fmt_date(letter, 'long')}", 10, h=6)
    d.ln(2)
    d.table(["Member", "Member ID", "Authorization", "Approved service"],
            [[f["member"], mid, auth, "91110 (1 unit)"]], [46, 34, 38, 50], size=9.2, border_head="TB")
    d.para(f"We approved capsule endoscopy of the small bowel requested by {doc}. Your upper endoscopy and "
           f"colonoscopy on {fmt_date(egd, 'long')} did not find the cause of your anemia, so the capsule study meets "
           f"our criteria. It may be done on {fmt_date(f['dos'], 'long')} at Lakeside Digestive Care.", 10)
    d.para("This approval covers one study. Your usual copay applies. If you have questions, call the Care Review "
           f"Unit at {r.phone()}.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=doc,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: MA notice of denial of medical coverage (low-res)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1942, 1958), r.randint(1, 12), r.randint(1, 28))
    ins = "Tamarack Senior Health"
    mid = f"{r.digits(3)}{r.letters(1)}{r.digits(6)}"
    ref = f"ORG-{r.digits(9)}"
    doc = "Dr. Henrietta W. Abioye"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 18))
    d = Page("Form CMS-10003-NDMCP (Expires 12/31/2027)    H2290_NDMC_2026_C", margins=(20, 16, 20))
    d.add_page()
    d.text_line(f"Date: {fmt_date(notice, 'long')}", 10, h=6)
    d.text_line(f"Member number: {mid}", 10, h=6)
    d.text_line(f"Name: {f['member']}", 10, h=6)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage", 15, "B", align="C", h=8)
    d.ln(2)
    d.para(f"{ins} has denied the medical services listed below that your doctor, {doc}, requested: capsule "
           f"endoscopy of the small bowel (CPT 91110), planned for {fmt_date(f['dos'], 'long')}. Case number "
           f"{ref}.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("We denied this request because it is not medically necessary right now. Medicare coverage rules and "
           "our plan's guidelines require that an upper endoscopy and a colonoscopy be done first when looking for "
           "a source of bleeding. Your records do not show a colonoscopy in the past year.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask us to change our decision by asking for an appeal. You must ask within 65 "
           "calendar days of the date listed at the top of this notice. If you ask after 65 days, you must explain "
           "why your appeal is late.", 10)
    d.text_line("There are two kinds of appeals", 10.5, "B", h=6)
    d.para("Standard appeal: we give you a written decision within 30 days.\nFast appeal: we give you a decision "
           "within 72 hours. You can ask for a fast appeal if you or your doctor believe your health could be "
           "seriously harmed by waiting.", 10)
    d.para(f"To ask for an appeal, call {r.phone()} or write to {ins} Appeals, 18 Pine Cone Drive, Bemidji, MN "
           f"56601. Date of birth: {fmt_date(f['dob'], 'long')}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=65)), alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: Medicaid MCO boxed notice, fed sideways
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cardinal Care Medicaid Plan"
    mid = f"{r.digits(9)}"
    ref = f"{r.digits(4)}{r.letters(2)}{r.digits(4)}"
    doc = "Dr. Evangeline C. Stroud"
    prior = f["dos"] - dt.timedelta(days=r.randint(150, 240))
    notice = f["dos"] - dt.timedelta(days=r.randint(7, 12))
    d = Page("NOABD-05 · Cardinal Care Medicaid Plan", margins=(14, 14, 14))
    d.add_page()
    d.text_line("CARDINAL CARE MEDICAID PLAN", 14, "B", h=7)
    d.text_line("A Medicaid managed care plan  ·  300 Prairie Street, Lubbock, TX 79401", 8.5, h=4.6)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C", h=7)
    d.ln(2)
    d.boxes([("Notice date", fmt_date(notice, "iso"), 40), ("Member name", f["member"], 62),
             ("Medicaid ID", mid, 40), ("Reference number", ref, 46)])
    d.boxes([("Service requested", "91110 capsule endoscopy", 62), ("Requested date", fmt_date(f["dos"], "iso"), 40),
             ("Requesting provider", doc, 86)])
    d.boxes([("Decision", "Denied", 40), ("Date received", fmt_date(notice - dt.timedelta(days=4), "iso"), 40),
             ("Member date of birth", fmt_date(f["dob"], "iso"), 46), ("Provider NPI", f["npi"], 62)])
    d.ln(4)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para(f"You had a capsule endoscopy on {fmt_date(prior, 'iso')}. Your doctor asked for another one less than 12 "
           "months later. Our criteria allow a repeat study within 12 months only for new bleeding after a normal "
           "study or a change in treatment. The records show neither, so a repeat study is not medically necessary. "
           "Rule relied on: 42 CFR 440.230; Cardinal Care clinical guideline GI-09.", 9.6)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You can ask for an appeal within 60 days of the date of this notice. Call Member Services or write to us. "
           "If waiting could harm your health, ask for an expedited appeal; we decide within 72 hours. After the "
           "appeal you may ask for a State Fair Hearing within 120 days of our appeal decision.", 9.6)
    d.text_line("Keeping your services", 10.5, "B", h=6)
    d.para("This decision is about a new service, so there are no current services to continue. Free help: call "
           f"{r.phone()} (TTY 711). You can get this notice in other languages and formats at no cost.", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["not_covered"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "bd_msn_colon_capsule_screening", "born_digital"),
              (1, doc_eob, "scan_eob_three_claims_repeat", "scan_clean_300"),
              (3, doc_appeal, "copy_appeal_upheld_sidebar", "photocopy"),
              (4, doc_approval, "photo_approval_after_scopes", "phone_photo"),
              (5, doc_ma_idn, "lowres_ma_denial_medical_coverage", "scan_lowres_150"),
              (6, doc_medicaid, "rot_medicaid_noabd_boxed", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
