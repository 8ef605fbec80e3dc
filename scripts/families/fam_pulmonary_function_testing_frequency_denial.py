"""Family 'pulmonary_function_testing_frequency_denial': pulmonary function tests (94010 spirometry, 94060
spirometry before and after bronchodilator, 94726 plethysmography) refused over the plan's frequency limit or as
bundled into another test, seen as a multi-claim EOB, a TPA prose letter with the pulmonary lab's statement, a
Medicare Summary Notice, a corrected claim paid, a request for information (not a denial), an upheld appeal and a
prose letter to the lab. All values invented (insurers, labs, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pulmonary_function_testing_frequency_denial"
LANG = "en"
SEED = 329500
CODES = {"94010": ("Spirometry", 140, 260), "94060": ("Spirometry pre/post bronchodilator", 230, 420),
         "94726": ("Plethysmography, lung volumes", 260, 480), "94729": ("Diffusing capacity (DLCO)", 150, 300),
         "99214": ("Office visit, established", 180, 260), "71046": ("Chest x-ray, 2 views", 90, 170)}


def base(r: Rand) -> dict:
    nm, first, mid, last = r.person()
    dos = r.date(dt.date(2026, 1, 5), 60)
    return dict(member=nm, first=first, last=last, addr=r.address(), dos=dos, dob=r.date(dt.date(1950, 1, 1), 9000),
                ph=r.phone(), npi=r.npi())


def lines(r: Rand, codes: list[str]) -> list[dict]:
    out = []
    for c in codes:
        desc, lo, hi = CODES[c]
        out.append(dict(code=c, desc=desc, billed=float(r.amount(lo, hi))))
    return out


def tot(ls: list[dict]) -> float:
    return round(sum(x["billed"] for x in ls), 2)


# 1 -------------------------------------------------------------- three-claim EOB, PFT over frequency
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Mutual Health"
    mid, grp = f"TMH{r.digits(9)}", f"G-{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    c = [r.digits(11) for _ in range(3)]
    visit = dict(f, dos=f["dos"] - dt.timedelta(days=r.randint(10, 20)))
    l0, l1, l2 = lines(r, ["99214"]), lines(r, ["71046"]), lines(r, ["94060", "94729"])
    lab = "Brightwater Pulmonary Diagnostics"
    d = Doc(footer="Tamarack Mutual Health - Explanation of Benefits - page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  TAMARACK MUTUAL HEALTH", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B", h=6)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=5)
    d.set_xy(118, y)
    for lab_, val in [("Processed on", fmt_date(stmt, "abbr")), ("Subscriber no.", mid), ("Employer group", grp),
                      ("Birth date", fmt_date(f["dob"], "slash")), ("Questions", f["ph"])]:
        d.set_x(118)
        d.font(8.8, "B")
        d.cell(30, 5, lab_)
        d.font(8.8)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    for cl, ff, ll, prov, st in [(c[0], visit, l0, "Harlan Q. Mistry, MD", "Paid"),
                                 (c[1], visit, l1, "Tamarack Imaging Center", "Paid"),
                                 (c[2], f, l2, lab, "See note PF4")]:
        d.set_fill_color(220, 220, 220)
        d.font(9, "B")
        d.cell(0, 6, f" Claim {cl}   Rendered by {prov}   Status: {st}", fill=True, new_x="LMARGIN", new_y="NEXT")
        rows = []
        for x in ll:
            den = st != "Paid"
            allowed = 0 if den else round(x["billed"] * 0.62, 2)
            paid = 0 if den else round(allowed * 0.8, 2)
            rows.append([fmt_date(ff["dos"], "slash"), x["code"], x["desc"], fmt_money(x["billed"], "nosign"),
                         m2(allowed), m2(paid), m2(x["billed"] if den else allowed - paid), "PF4" if den else ""])
        rows.append(["*Claim total", "", "", fmt_money(tot(ll), "nosign"), "", "", "", ""])
        d.table(["Date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your share", "Note"], rows,
                [22, 14, 56, 20, 18, 20, 20, 12], size=7.8, aligns="LLLRRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("PF4  Your plan covers complete pulmonary function testing once in any 12 months unless your doctor "
           "documents a change in your condition. You had the same tests on "
           f"{fmt_date(f['dos'] - dt.timedelta(days=r.randint(150, 240)), 'abbr')} (claim {r.digits(11)}). "
           "These tests exceed the frequency limit and are not covered.", 8.5)
    d.para("Appeals: you may ask us to review this decision within 180 days of the date of this statement. Urgent "
           "appeals are decided within 72 hours. You may ask for external review within 4 months of our final "
           f"decision. Lab NPI {f['npi']}.", 8.5)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c[2]], claim_amount=m2(tot(l2)), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=lab, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# 2 -------------------------------------------------------------- stack: TPA prose letter + lab statement
def doc_tpa_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Quillfeather Benefit Services"
    plan = "Marston County Employees Health Plan"
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 28))
    d = Doc(font="Times", header=f"{ins} - {f['member']} - continued", margins=(24, 18, 24))
    d.add_page()
    d.text_line(ins, 15, "B", align="C", h=7)
    d.text_line(f"Claims administrator for the {plan}", 9.5, align="C", h=5)
    d.text_line(f"88 Ledger Street, Erie, PA 16501  -  telephone {f['ph']}", 9.5, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 11, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We have finished processing claim number {f['claim']}, which {f['lab']} sent us for breathing tests "
           f"it performed on {fmt_date(f['dos'], 'long')}. The lab billed {fmt_money(tot(f['lines']))} for "
           "spirometry before and after a bronchodilator (94060) and lung volume testing by plethysmography "
           "(94726).", 11)
    d.para("We are not able to pay this claim. The plan pays for a full set of pulmonary function tests no more "
           "than once every twelve months, unless your physician tells us your lung condition has changed or a "
           "new treatment has started. Our records show a full set was paid for you within the last twelve "
           "months, and the order we received gives no reason for repeating the tests.", 11)
    d.para(f"Your identification number is {f['mid']} and your group number is {f['grp']}. If your doctor "
           "sends notes showing a change in your condition, we will reconsider the claim.", 11)
    d.para("You may appeal this decision. Your written appeal must reach us within 180 days of the date of this "
           "letter. If a delay could seriously harm your health, ask for an expedited appeal; we decide those "
           "within 72 hours. After our final decision you may have the right to an external review and to bring "
           "a civil action under section 502(a) of ERISA.", 11)
    d.para("Sincerely,\n\nClaim Review Team", 11)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(tot(f["lines"])),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["lab"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates={"insurer": [plan]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_lab_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["dos"] + dt.timedelta(days=r.randint(40, 55))
    acct = f"PA-{r.digits(7)}"
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["lab"].upper(), 13, "B", h=7)
    d.text_line(f"Pulmonary function laboratory - 5 Fenwick Avenue, Erie, PA 16501 - billing {r.phone()}", 8.5, h=4.5)
    d.rule(0.5, 4)
    d.boxes([("Statement date", fmt_date(stmt, "dmy"), 40), ("Account", acct, 36), ("Patient", f["member"], 56),
             ("Amount due", fmt_money(tot(f["lines"])), 40)])
    d.boxes([("Insurance", "Quillfeather Benefit Services", 76), ("Member ID", f["mid"], 50),
             ("Insurance claim", f["claim"], 46)])
    d.ln(5)
    rows = [[fmt_date(f["dos"], "dmy"), x["code"], x["desc"], fmt_money(x["billed"])] for x in f["lines"]]
    rows += [["", "", "Insurance: denied - frequency limit", "0.00"],
             ["*Balance", "", "", fmt_money(tot(f["lines"]))]]
    d.table(["Date", "CPT", "Description", "Charge"], rows, [30, 20, 100, 30], size=9, aligns="LLLR")
    d.para("Your insurance did not pay these tests. Please pay the balance or call us to set up a plan (for "
           "example, $50.00 a month). Balances unpaid after 90 days may be referred to collections.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(tot(f["lines"])), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["lab"], unscored=["insurer"], alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(claim=f"{r.digits(4)} {r.digits(4)} {r.digits(3)}".replace(" ", ""), mid=f"QBS{r.digits(8)}",
             grp=f"MC{r.digits(4)}", lab="Lakeshore Lung Function Lab", lines=lines(r, ["94060", "94726"]))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_tpa_letter(r, f), doc_lab_statement(r, f)],
                separators=["cover", None])


# 3 -------------------------------------------------------------- MSN, 94726 bundled
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = r.date(dt.date(1942, 1, 1), 6000)
    mbi = f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    claim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    ls = lines(r, ["94010", "94726", "94729"])
    prov = "Copperline Respiratory Associates"
    d = Doc(footer="Medicare Summary Notice  page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=5)
    d.ln(2)
    d.boxes([("Notice for", f["member"], 60), ("Medicare number", mbi, 50), ("Date of this notice",
             fmt_date(notice, "long"), 50)])
    d.boxes([("Claims processed between", f"{fmt_date(notice - dt.timedelta(days=90), 'long')} and "
              f"{fmt_date(notice, 'long')}", 160)])
    d.ln(4)
    d.text_line(f"Service provided by {prov}, claim number {claim}", 9.5, "B", h=6)
    rows = []
    for x in ls:
        den = x["code"] == "94726"
        rows.append([fmt_date(f["dos"], "slash"), f"{x['desc']} ({x['code']})", "No" if den else "Yes",
                     fmt_money(x["billed"]), "$0.00" if den else fmt_money(x["billed"] * 0.4), "B" if den else ""])
    rows.append(["*Total", "", "", fmt_money(tot(ls)), "", ""])
    d.table(["Date", "Service", "Approved?", "Provider charged", "Medicare approved", "See"], rows,
            [24, 70, 20, 28, 28, 10], size=8.2)
    d.text_line("Notes for claims above", 9.5, "B", h=5.5)
    d.para("B  This service is included in the payment for another service you got on the same day (bundled). You "
           "are not responsible for this charge.", 8.8)
    appeal_by = notice + dt.timedelta(days=120)
    d.para(f"How to appeal: if you disagree, file an appeal in writing by {fmt_date(appeal_by, 'long')}. "
           "Open enrollment runs October 15 - December 7.", 8.8)
    t = truth("eob", "coding_error", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=prov, appeal_deadline=iso(appeal_by), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": [m2(ls[1]["billed"])]})
    return pdf_bytes(d), t


# 4 -------------------------------------------------------------- corrected claim paid
def doc_corrected(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pinecrest Health Partners"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    old, new = f"C{r.digits(9)}", f"C{r.digits(9)}"
    ls = lines(r, ["94060", "94729"])
    issued = f["dos"] + dt.timedelta(days=r.randint(50, 70))
    lab = "Ridgeview Hospital Pulmonary Lab"
    d = Doc(margins=(20, 16, 20))
    d.add_page()
    d.text_line("Pinecrest Health Partners", 14, "B", h=7)
    d.text_line("Claim Payment Notice", 11, h=6)
    d.rule()
    for lab_, val in [("Issued", fmt_date(issued, "iso")), ("Member", f["member"]), ("Member number", mid),
                      ("Claim", f"{new} (corrected claim; replaces {old})"), ("Performed by", lab)]:
        d.font(9.5, "B")
        d.cell(40, 5.5, lab_)
        d.font(9.5)
        d.cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "iso"), x["code"], fmt_money(x["billed"]), fmt_money(x["billed"] * 0.7),
             fmt_money(x["billed"] * 0.7 - 20), "$20.00"] for x in ls]
    rows.append(["*Total", "", fmt_money(tot(ls)), "", "", ""])
    d.table(["Service date", "Code", "Billed", "Allowed", "Paid", "You pay"], rows, [32, 20, 30, 30, 30, 28], size=9)
    d.para(f"We reversed the first claim, {old}, which we had denied because the lab billed it with the wrong "
           "date. The corrected claim is now paid. Nothing on this claim is denied.", 10)
    d.para("If you disagree with how we paid, you may appeal within 180 days after you receive this notice.", 9)
    t = truth("eob", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"], case_numbers=[new],
              claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=lab,
              type_alternates=["other"], alternates={"case_numbers": [[new, old]]})
    return pdf_bytes(d), t


# 5 -------------------------------------------------------------- request for information, not a denial
def doc_rfi(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bluefen Health Plan"
    mid, claim = f"BF{r.digits(8)}", f"{r.digits(3)}-{r.digits(7)}"
    ls = lines(r, ["94010", "94060"])
    sent = f["dos"] + dt.timedelta(days=r.randint(12, 20))
    lab = "Northgate Breathing Center"
    d = Doc(font="Courier", margins=(22, 18, 22))
    d.add_page()
    d.text_line("BLUEFEN HEALTH PLAN", 13, "B", h=7)
    d.text_line("Claims Research Unit", 10, h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "mdy_nopad"), 10, h=6)
    d.ln(2)
    d.para(f"To: {lab}, attention billing. Copy to member {f['member']}.", 10)
    d.para(f"We are holding claim {claim} for tests given to {f['member']} (member {mid}) on "
           f"{fmt_date(f['dos'], 'mdy_nopad')}, billed at {fmt_money(tot(ls))}. Both 94010 and 94060 were billed "
           "for the same session. Please send the test report and tell us which test was done.", 10)
    d.para("THIS IS NOT A DENIAL. The claim is pending. If we do not hear from you within 45 days we will decide "
           "the claim on the information we have.", 10, )
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=lab)
    return pdf_bytes(d), t


# 6 -------------------------------------------------------------- appeal upheld
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Health"
    mid, grp = f"GS{r.digits(10)}", f"{r.digits(5)}-{r.letters(2)}"
    claim, appeal = f"{r.digits(12)}", f"APL-{r.digits(7)}"
    ls = lines(r, ["94060", "94726", "94729"])
    decided = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    doc = "Dr. Priyanka L. Ostrowski"
    d = Doc(margins=(18, 16, 18))
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.rect(12, 12, 48, 120, style="F")
    d.set_xy(14, 16)
    for lab_, val in [("Appeal no.", appeal), ("Claim no.", claim), ("Member ID", mid), ("Group", grp),
                      ("Decision date", fmt_date(decided, "dmy"))]:
        d.set_x(14)
        d.font(7.5, "B")
        d.cell(44, 4, lab_, new_x="LMARGIN", new_y="NEXT")
        d.set_x(14)
        d.font(9)
        d.cell(44, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    d.set_left_margin(66)
    d.set_xy(66, 16)
    d.text_line("Granite Shoals Health", 14, "B", h=7)
    d.text_line("Appeals and Grievances", 9, h=5)
    d.ln(6)
    d.text_line(f"{f['member']}", 10, h=5)
    for ln in f["addr"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Your appeal decision: denial upheld", 11, "B", h=6)
    d.para(f"You asked us to reconsider our denial of the pulmonary function tests that {doc} performed on "
           f"{fmt_date(f['dos'], 'dmy')} (total billed {fmt_money(tot(ls))}). A board-certified pulmonologist "
           "reviewed the records. The tests were repeated four months after a full set with no change in symptoms "
           "or treatment. The plan limit of one complete set in 12 months applies, so the denial is upheld.", 10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. Call 1-800-555-0100 with questions.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])],
              denial_date=iso(decided), provider=doc, denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# 7 -------------------------------------------------------------- prose letter to the lab, bundled
def doc_provider_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sablewood Community Health Plan"
    mid, claim = f"SW{r.digits(9)}", f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    ls = lines(r, ["94010", "94060"])
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    lab = "Pelican Bay Pulmonary Associates"
    d = Doc(font="Times", margins=(26, 20, 26))
    d.add_page()
    d.text_line("Sablewood Community Health Plan", 14, "B", h=7)
    d.text_line("Provider Claim Services", 10, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 11, h=6)
    d.ln(2)
    d.para(f"{lab}\nBilling Department\n310 Harbor View Road, Yuma, AZ 85364", 11)
    d.para(f"Re: {f['member']}, member {mid}", 11)
    d.para(f"We denied line 1 of claim {claim} for services on {fmt_date(f['dos'], 'long')}. Your office billed "
           f"spirometry (94010) together with spirometry before and after bronchodilator (94060), a total of "
           f"{fmt_money(tot(ls))}. Code 94010 is a component of 94060 and may not be billed separately on the "
           "same day. Please do not bill the member for the denied line.", 11)
    d.para("You may request reconsideration within 90 days of the date of this letter. Send a corrected claim "
           "rather than an appeal if the code was billed in error.", 11)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=lab, appeal_deadline=iso(notice + dt.timedelta(days=90)),
              alternates={"claim_amount": [m2(ls[0]["billed"])]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "eob", "born_digital"), (2, doc_msn, "msn", "scan_clean_300"),
              (3, doc_corrected, "corrected_paid", "photocopy"), (4, doc_rfi, "info_request", "phone_photo"),
              (5, doc_appeal, "appeal_upheld", "rotated"), (6, doc_provider_letter, "lab_letter", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
