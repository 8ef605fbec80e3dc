"""Family 'urgent_care_after_hours_code_bundling_eob': urgent care visits billed with the after-hours add-on codes
99051 (service during regularly scheduled evening, weekend or holiday hours) and 99050 (service outside regular
hours), refused as bundled into the visit / not separately payable, while the visit itself is paid.

Documents: a scanned three-claim commercial EOB (a well visit and an x-ray paid, the urgent care claim paid except
the 99051 line, an older claim in a "previously processed" box as a decoy); a standard-fax stack of two TPA letters
for two members of one family (a parent and a child seen the same evening; one with a key-value header, one with
every fact in sentences and a stated deadline); a photocopied urgent care patient statement; a born-digital portal
printout of a corrected claim paid (replaced claim number, nothing denied); a phone photo of a "claim on hold"
letter asking the clinic for its posted hours (refuses nothing); a sideways provider appeal decision upholding the
bundling (boxes, numbered findings); a low-resolution Medicare Summary Notice (Part B) with the 99051 line denied.

Decoys: DOB, NPIs, tax ID, patient account numbers, the replaced claim number, the older claim, copays, plan-paid
amounts, received dates, "example" amounts, 72-hour, 4-month and 45-day limits, open-enrollment dates, form
numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "urgent_care_after_hours_code_bundling_eob"
LANG = "en"
SEED = 323600
D = "/usr/share/fonts/truetype/dejavu/"
CLINICS = ["Northgate Urgent Care & Family Clinic", "QuickStep Walk-In Care of Millbrook", "Evening Star Urgent Care"]
DESC = {"99213": "Office visit, established, low", "99214": "Office visit, established, moderate",
        "99203": "Office visit, new patient, low", "99051": "Service in evening/weekend/holiday hours",
        "99050": "Service outside regular office hours", "87880": "Rapid strep antigen test",
        "12001": "Simple laceration repair, 2.5 cm or less", "71046": "Chest x-ray, 2 views",
        "99395": "Preventive visit, age 18-39", "S9083": "Global fee, urgent care center"}


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16), serif=False, header=None, cond=False):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", D + "DejaVuSans-Bold.ttf")
        if serif:
            self.add_font("Serif", "", D + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", D + "DejaVuSerif-Bold.ttf")
            self.base_font = "Serif"
        if cond:
            self.add_font("Cond", "", D + "DejaVuSansCondensed.ttf")
            self.add_font("Cond", "B", D + "DejaVuSansCondensed-Bold.ttf")
            self.base_font = "Cond"


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    m = r.person()
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 170))
    return dict(member=m[0], first=m[1], last=m[3], addr=r.address(), dos=dos, ph=ph(r), npi=r.npi(),
                dob=dt.date(r.randint(1950, 2003), r.randint(1, 12), r.randint(1, 28)))


def visit_lines(r: Rand, em: str, addon: str, extra: str | None = None) -> list[list]:
    out = [[em, float(r.randint(145, 260))], [addon, float(r.randint(35, 95))]]
    if extra:
        out.insert(1, [extra, float(r.randint(28, 210))])
    return out


# ------------------------------------------------------------- 0: three-claim EOB (scan)
def doc_multi_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larchmont Federated Health"
    mid, grp = f"LFH{r.digits(9)}", f"{r.digits(4)}-{r.digits(4)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    clinic = CLINICS[0]
    c = [f"{r.digits(2)}{r.letters(1)}{r.digits(9)}" for _ in range(4)]
    uc = visit_lines(r, "99214", "99051", "87880")
    d = Page("Larchmont Federated Health  |  Explanation of Benefits  |  Page {p} of {n}",
             header=f"Larchmont Federated Health  -  {f['member']}  -  ID {mid}  -  continued")
    d.add_page()
    d.text_line("Larchmont Federated Health", 16, "B", h=8)
    d.text_line(f"PO Box 3302, Larchmont Falls, VT 05401  |  Member line {f['ph']}", 8.4, h=4.5)
    d.rule(0.8, 3)
    y = d.get_y()
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for k, v in [("Date prepared", fmt_date(stmt, "slash")), ("Member", f["member"]), ("Member number", mid),
                 ("Group number", grp), ("Date of birth", fmt_date(f["dob"], "slash"))]:
        d.set_x(120)
        d.font(8.6)
        d.cell(30, 4.8, k + ":")
        d.font(8.6, "B")
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    well = f["dos"] - dt.timedelta(days=r.randint(20, 40))
    xr = f["dos"] + dt.timedelta(days=r.randint(1, 4))
    claims = [(c[0], "Birchfield Primary Care", well, [["99395", float(r.randint(210, 290))]], None),
              (c[1], clinic, f["dos"], uc, "99051"),
              (c[2], "Valley Imaging Partners", xr, [["71046", float(r.randint(120, 260))]], None)]
    for cn, prov, day, lines, den in claims:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {cn}  -  {prov}", border="B", new_x="LMARGIN", new_y="NEXT")
        rows, tb = [], 0.0
        for code, b in lines:
            if code == den:
                a, p, o, rk = 0.0, 0.0, 0.0, "B9"
            else:
                a = round(b * 0.7, 2)
                p, o, rk = round(a * 0.8, 2), round(a * 0.2, 2), ""
            tb += b
            rows.append([fmt_date(day, "slash"), code, DESC[code], fmt_money(b), fmt_money(a), fmt_money(p),
                         fmt_money(o), rk])
        rows.append(["*Claim total", "", "", fmt_money(tb), "", "", "", ""])
        if den:
            f["billed"] = tb
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
                [24, 13, 58, 19, 19, 19, 17, 11], size=7.8, aligns="LLLRRRRL")
    d.set_fill_color(235, 235, 235)
    d.font(8.2)
    d.multi_cell(0, 4.4, f"Previously processed: claim {c[3]}, {clinic}, "
                 f"{fmt_date(f['dos'] - dt.timedelta(days=r.randint(60, 90)), 'slash')}, paid in full. "
                 "Shown for your records only.", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Note codes", 9.5, "B", h=5.5)
    d.para("B9  Code 99051 (services during regularly scheduled evening, weekend or holiday hours) is included in "
           "the payment for the visit and is not separately payable. An in-network provider may not bill you for "
           "this amount.", 8.6)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You may appeal within 180 days of the date of this statement. Write to Larchmont Federated Health, "
           "Appeals, PO Box 3310, Larchmont Falls, VT 05401. If waiting would seriously harm your health, ask for "
           "an urgent appeal (decided within 72 hours). You may ask for an external review within 4 months after "
           f"our final decision. Urgent care NPI: {f['npi']}.", 8.6)
    t = truth("eob", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c[1]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=clinic, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"claim_amount": [m2(uc[-1][1])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: fax stack: two TPA letters, two members
def tpa_head(d: Page, f: dict) -> None:
    d.text_line("KESTREL BENEFIT ADMINISTRATORS", 13.5, "B", h=7)
    d.text_line(f"Claims administrator for the {f['plan']}", 8.8, h=4.6)
    d.text_line(f"1200 Wren Parkway, Suite 4, Sandhill, NE 68801  -  {f['ph']}", 8.8, h=4.6)
    d.rule(0.5, 5)


def doc_tpa_parent(r: Rand, f: dict) -> tuple[bytes, dict]:
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    f["notice"] = notice
    total = sum(x[1] for x in f["pl"])
    d = Page("Kestrel Benefit Administrators  -  {p}", margins=(20, 16, 20))
    d.add_page()
    tpa_head(d, f)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    for k, v in [("Letter date", fmt_date(notice, "dmy")), ("Covered person", f["member"]),
                 ("Certificate no.", f["mid"] + "-01"), ("Plan no.", f["grp"]), ("Claim", f["c1"]),
                 ("Provider", f["clinic"]), ("Visit date", fmt_date(f["dos"], "dmy")),
                 ("Amount billed", fmt_money(total))]:
        d.set_x(112)
        d.font(8.6)
        d.cell(32, 5, k)
        d.font(8.8, "B")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("We processed the claim shown above. We paid the visit itself. We did not pay the line billed with code "
           "99050 (services provided at times other than regularly scheduled office hours). Under the plan's "
           "payment policy for urgent care centers, which are open in the evening as part of their regular hours, "
           "the after-hours code is part of the visit and is not paid separately (Plan Document, Article 9.3, "
           "Bundled Services).", 10)
    d.para(f"Because {f['clinic']} is in the plan's network, it has agreed not to bill you for this line.", 10)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You or someone you name may appeal within 180 days of the date of this letter. Send a letter to the "
           "Appeals Unit at the address above. You may ask for copies of the documents we used, free of charge. "
           "You have the right to bring a civil action under ERISA section 502(a) after the appeal.", 10)
    d.para("Claims Department\nKestrel Benefit Administrators", 10)
    t = truth("denial_letter", "coding_error", insurer="Kestrel Benefit Administrators", group_number=f["grp"],
              member_id=f["mid"] + "-01", member_name=f["member"], case_numbers=[f["c1"]], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["clinic"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"insurer": [f["plan"]], "member_id": [f["mid"]], "claim_amount": [m2(f["pl"][-1][1])]})
    return pdf_bytes(d), t


def doc_tpa_child(r: Rand, f: dict) -> tuple[bytes, dict]:
    notice = f["notice"] + dt.timedelta(days=1)
    by = notice + dt.timedelta(days=r.randint(178, 184))
    total = sum(x[1] for x in f["kl"])
    d = Page("Kestrel Benefit Administrators  -  {p}", margins=(20, 16, 20))
    d.add_page()
    tpa_head(d, f)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f"Parent or guardian of {f['child']}", *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear Parent or Guardian of {f['cfirst']}:", 10)
    d.para(f"This letter is about claim {f['c2']} for {f['child']}, certificate number {f['mid']}-02, under the "
           f"{f['plan']} (plan number {f['grp']}). {f['clinic']} treated {f['cfirst']} on "
           f"{fmt_date(f['dos'], 'long')} and billed {fmt_money(total)}, including a rapid strep test and code 99050 "
           "for a visit after regular office hours.", 10)
    d.para("We paid the visit and the strep test. The after-hours code was not paid, because the plan does not pay "
           "99050 or 99051 separately when an urgent care center bills them for hours it is normally open; the "
           "code is included in the visit payment. The center may not bill you for this amount.", 10)
    d.para(f"If you disagree, your written appeal must be received by {fmt_date(by, 'long')}. An urgent appeal is "
           "decided within 72 hours. We sent a separate letter about the claim for the parent's visit on the "
           "same evening.", 10)
    d.para("Claims Department\nKestrel Benefit Administrators", 10)
    t = truth("denial_letter", "coding_error", insurer="Kestrel Benefit Administrators", group_number=f["grp"],
              member_id=f["mid"] + "-02", member_name=f["child"], case_numbers=[f["c2"]], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["clinic"],
              appeal_deadline=iso(by), denial_alternates=["not_covered"],
              alternates={"insurer": [f["plan"]], "member_id": [f["mid"]], "claim_amount": [m2(f["kl"][-1][1])]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    ch = r.person()
    f.update(child=f"{ch[1]} {ch[2]}. {f['last']}", cfirst=ch[1], plan="Ashgrove County Employee Health Plan",
             mid=f"{r.digits(7)}", grp=f"ACE-{r.digits(3)}", c1=f"K{r.digits(10)}", c2=f"K{r.digits(10)}",
             clinic=CLINICS[1])
    f["pl"] = visit_lines(r, "99213", "99050")
    f["kl"] = visit_lines(r, "99213", "99050", "87880")
    return Item(f"{FAMILY}_fax_two_members", "fax_standard_g4", [doc_tpa_parent(r, f), doc_tpa_child(r, f)])


# ------------------------------------------------------------- 2: urgent care statement (photocopy)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    clinic = CLINICS[2]
    acct = f"{r.digits(3)}-{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(35, 50))
    mid = f"W{r.digits(8)}"
    claim = f"{r.digits(13)}"
    lines = visit_lines(r, "99203", "99051", "12001")
    total = sum(x[1] for x in lines)
    paid = round((lines[0][1] + lines[1][1]) * 0.55, 2)
    copay = 75.0
    adj = round(total - paid - copay, 2)
    d = Page(None, margins=(14, 12, 14), cond=True)
    d.add_page()
    d.set_fill_color(20, 20, 20)
    d.rect(14, 12, d.w - 28, 15, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(18, 14)
    d.font(14, "B")
    d.cell(120, 7, clinic.upper())
    d.font(8.5)
    d.set_xy(18, 21)
    d.cell(0, 4, f"Open 8 am - 10 pm every day  |  77 Galena Road, Bluff City, TN 37618  |  Billing {ph(r)}")
    d.set_text_color(0, 0, 0)
    d.set_y(32)
    d.text_line("Patient Account Statement", 12, "B", h=7)
    for k, v in [("Statement prepared", fmt_date(stmt, "abbr")), ("Guarantor / patient", f["member"]),
                 ("Account #", acct), ("Birth date", fmt_date(f["dob"], "abbr")),
                 ("Primary coverage", f"Ridgeback Mutual Health, member {mid}"), ("Payer claim", claim),
                 ("Seen by", f"Dr. {f.setdefault('md', r.person()[0])}, on duty physician")]:
        d.font(9, "B")
        d.cell(42, 5, k.upper())
        d.font(9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "abbr"), c, DESC[c], fmt_money(b)] for c, b in lines]
    rows += [["*Total charges", "", "", fmt_money(total)],
             [fmt_date(stmt - dt.timedelta(days=12), "abbr"), "", "Ridgeback Mutual payment", "-" + fmt_money(paid)],
             [fmt_date(stmt - dt.timedelta(days=12), "abbr"), "99051", "Contractual adjustment (not separately payable)",
              "-" + fmt_money(lines[-1][1])],
             [fmt_date(stmt - dt.timedelta(days=12), "abbr"), "", "Contractual adjustment, other lines",
              "-" + fmt_money(adj - lines[-1][1])],
             ["*Your balance (urgent care copay)", "", "", fmt_money(copay)]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 16, 110, 28], size=8.8, aligns="LLLR")
    d.para("Why is there an adjustment? Your plan pays the evening-hours code 99051 as part of the visit. We have "
           "written it off; you do not owe it. Your balance is your urgent care copay.", 9)
    d.para("Pay online or call us. Accounts unpaid 60 days after this statement may be referred for collection.", 9)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=clinic, unscored=["insurer"],
              alternates={"case_numbers": [[]], "member_id": [None], "provider": [f["md"]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 3: corrected claim paid (portal printout)
def doc_corrected(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bellwether Health Partners"
    mid, grp = f"BHP {r.digits(4)} {r.digits(4)}", f"{r.digits(6)}"
    old, new = f"{r.digits(11)}", f"{r.digits(11)}"
    clinic = CLINICS[0]
    proc = f["dos"] + dt.timedelta(days=r.randint(40, 60))
    lines = [["S9083", float(r.randint(180, 260))], ["87880", float(r.randint(28, 60))]]
    total = sum(x[1] for x in lines)
    d = Page(f"member.bellwetherhp.example/claims/{new}   printed {fmt_date(proc, 'iso')}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Bellwether Health Partners  >  My claims  >  Claim details", 8.4, h=5)
    d.rule(0.3, 3)
    d.text_line(ins, 15, "B", h=8)
    d.text_line("Claim details - corrected claim", 11, h=6)
    d.ln(2)
    for k, v in [("Status", "Processed - PAID"), ("Processed on", fmt_date(proc, "iso")), ("Patient", f["member"]),
                 ("Member ID", mid), ("Group ID", grp), ("Claim number", new),
                 ("Replaces claim", f"{old} (voided)"), ("Provider", clinic), ("Visit", fmt_date(f["dos"], "iso")),
                 ("Claim frequency", "7 - replacement of prior claim")]:
        d.font(9)
        d.cell(42, 5.4, k, border="B")
        d.font(9.2, "B")
        d.cell(0, 5.4, v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = []
    for c, b in lines:
        a = round(b * 0.8, 2)
        rows.append([fmt_date(f["dos"], "iso"), c, DESC[c], fmt_money(b), fmt_money(a), fmt_money(a - 50 if c == "S9083" else a), "$50.00" if c == "S9083" else "$0.00"])
    rows.append(["*Total", "", "", fmt_money(total), "", "", ""])
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Paid", "Copay"], rows, [24, 14, 60, 20, 20, 20, 18],
            size=8.4, aligns="LLLRRRR", head_fill=True)
    d.para(f"{clinic} sent a corrected claim using the urgent care center global code. The earlier claim, which "
           "listed code 99051 separately, was voided and replaced. Nothing on this claim was denied. You owe your "
           "$50.00 urgent care copay.", 9)
    d.para("Questions? If you think we made a mistake, you can ask for a review within 180 days after you receive "
           "your explanation of benefits. Member services: " + f["ph"] + ".", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[new],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(proc), provider=clinic,
              type_alternates=["other"], alternates={"case_numbers": [[new, old]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: claim on hold (phone photo)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Plan of Arizona"
    mid, grp = f"CP{r.digits(10)}", f"{r.digits(5)}"
    claim = f"{r.digits(4)} {r.digits(4)} {r.digits(4)}"
    clinic = CLINICS[1]
    sent = f["dos"] + dt.timedelta(days=r.randint(15, 25))
    lines = visit_lines(r, "99214", "99050")
    total = sum(x[1] for x in lines)
    d = Page(None, margins=(26, 20, 26), serif=True)
    d.add_page()
    d.text_line("Copperline Health Plan", 15, "B", h=7)
    d.text_line("of Arizona", 9.5, h=5)
    d.text_line("400 Saguaro Commons, Tempe Vista, AZ 85281", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We received a claim from {clinic} for your visit on {fmt_date(f['dos'], 'long')}. The claim number is "
           f"{claim} and the charges are {fmt_money(total)}. Your member ID is {mid}, group {grp}.", 10.5)
    d.para("The claim includes code 99050, which is used for care given outside a practice's regular office hours. "
           "Before we can decide how to pay it, we have asked the center to send us its posted hours of operation "
           "for that date. This is not a denial, and nothing has been denied. Your claim is on hold while we "
           "wait for this information.", 10.5)
    d.para("The center has 45 days from the date of our request to send the information. You do not need to do "
           "anything. When we have finished, you will receive an explanation of benefits.", 10.5)
    d.para("Questions? Call member services at " + f["ph"] + ". Extended phone hours end March 31, 2026.", 10.5)
    d.para("Sincerely,\n\nClaims Resolution\nCopperline Health Plan of Arizona", 10.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(sent), provider=clinic, alternates={"insurer": ["Copperline Health Plan"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: provider appeal upheld (rotated)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sunmeadow Health Insurance"
    mid, grp = f"{r.letters(2)}{r.digits(8)}", f"{r.digits(4)}{r.letters(1)}"
    claim, appeal = f"{r.digits(10)}", f"PD-{r.digits(7)}"
    clinic = CLINICS[2]
    lines = visit_lines(r, "99213", "99051")
    total = sum(x[1] for x in lines)
    recv = f["dos"] + dt.timedelta(days=r.randint(60, 80))
    dec = recv + dt.timedelta(days=r.randint(25, 40))
    d = Page("Sunmeadow Health Insurance  -  Provider Dispute Resolution", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Sunmeadow Health Insurance", 15, "B", h=7.5)
    d.text_line(f"Provider Dispute Resolution  -  PO Box 6620, Flagstaff Rim, AZ 86001  -  Fax {ph(r)}", 8.6, h=4.6)
    d.ln(5)
    for ln in [clinic, "Attn: Revenue Cycle", "77 Galena Road", "Bluff City, TN 37618"]:
        d.text_line(ln, 9.8, h=5)
    d.ln(4)
    d.text_line("FIRST-LEVEL PROVIDER APPEAL - DECISION", 11.5, "B", h=7)
    d.boxes([("Decision date", fmt_date(dec, "abbr"), 36), ("Dispute number", appeal, 36), ("Claim number", claim, 36),
             ("Patient", f["member"], 52), ("Outcome", "Upheld", 22)], h=12)
    d.boxes([("Subscriber ID", mid, 36), ("Group", grp, 36), ("Service date", fmt_date(f["dos"], "abbr"), 36),
             ("Amount billed", fmt_money(total), 30), ("Appeal received", fmt_date(recv, "abbr"), 44)], h=12)
    d.ln(5)
    d.text_line("Findings", 10.5, "B", h=6)
    for i, s in enumerate([
            "The claim billed an established-patient visit (99213) and code 99051 for services during regularly "
            "scheduled evening, weekend or holiday hours.",
            "Your center posts regular hours of 8 am to 10 pm, seven days a week. The visit took place during those "
            "posted hours.",
            "Our reimbursement policy RP-114 (Add-on and Supplemental Codes) treats 99050 and 99051 as included "
            "in the visit for facilities whose regular hours include evenings and weekends. Your contract rate for "
            "urgent care visits already reflects extended hours.",
            "The denial of the 99051 line is upheld. The 99213 line was paid and is not part of this decision."], 1):
        d.para(f"{i}.  {s}", 9.6, gap=1.5)
    d.ln(2)
    d.para("You may request a second-level review within 60 days of the date of this letter. Under your agreement "
           f"you may not bill the member for the denied line. Patient date of birth {fmt_date(f['dob'], 'abbr')}; "
           f"facility NPI {f['npi']}.", 9.6)
    d.para("Provider Dispute Resolution Unit", 9.6)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=clinic, appeal_deadline=iso(dec + dt.timedelta(days=60)),
              denial_alternates=["not_covered"], alternates={"case_numbers": [[appeal]],
                                                             "claim_amount": [m2(lines[-1][1])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: Medicare Summary Notice (low res)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1940, 1958), r.randint(1, 12), r.randint(1, 28))
    mbi = f"{r.digits(1)}{r.letters(1)}{r.letters(1)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    clinic = CLINICS[0]
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 60))
    by = notice + dt.timedelta(days=120)
    icn = f"{r.digits(2)}{r.digits(4)}{r.digits(3)}{r.digits(4)}"
    lines = visit_lines(r, "99213", "99051")
    total = sum(x[1] for x in lines)
    d = Page("Medicare Summary Notice for Part B  -  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.4, h=4.5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"].upper(), *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    d.set_x(118)
    d.rect(116, y - 1, 84, 26)
    for k, v in [("Medicare Number", mbi), ("Date of This Notice", fmt_date(notice, "long")),
                 ("Claims Processed Between", f"{fmt_date(notice - dt.timedelta(days=90), 'abbr')} - "
                                              f"{fmt_date(notice, 'abbr')}")]:
        d.set_x(118)
        d.font(7.6)
        d.cell(0, 3.8, k, new_x="LMARGIN", new_y="NEXT")
        d.set_x(118)
        d.font(9.2, "B")
        d.cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 30)
    d.text_line("Your Claims for Part B (Medical Insurance)", 10.5, "B", h=6)
    d.para(f"{clinic}, {fmt_date(f['dos'], 'slash')}   Claim number {icn}   Service provided by Dr. "
           f"{f.setdefault('md', r.person()[0])}", 8.8, gap=1)
    rows = []
    for c, b in lines:
        den = c == "99051"
        ma = 0.0 if den else round(b * 0.52, 2)
        rows.append([f"{DESC[c]} ({c})", "No" if den else "Yes", fmt_money(b), fmt_money(ma),
                     fmt_money(0 if den else round(ma * 0.8, 2)), fmt_money(0 if den else round(ma * 0.2, 2)),
                     "A" if den else ""])
    rows.append(["*Total for this claim", "", fmt_money(total), "", "", "", ""])
    d.table(["Service & Billing Code", "Approved?", "Charged", "Approved $", "Paid", "You May Owe",
             "Notes"], rows, [76, 16, 20, 20, 20, 20, 11], size=7.6, aligns="LLRRRRL")
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para("A  Medicare does not pay separately for this service; payment is included in the payment for another "
           "service you received on the same day. The provider may not bill you for it.", 8.6)
    d.text_line("How to Handle Denied Claims or File an Appeal", 10, "B", h=6)
    d.para(f"If you disagree with a coverage or payment decision, you can file an appeal. Appeals must be filed in "
           f"writing by {fmt_date(by, 'long')}. Circle the item you disagree with and send this notice to the "
           "Medicare contractor at the address shown on this notice.", 8.6)
    d.set_fill_color(238, 238, 238)
    d.multi_cell(0, 4.4, "Be Informed! Open Enrollment runs October 15 - December 7, 2026. Review your coverage "
                 "choices for next year.", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "coding_error", insurer="Medicare", member_id=mbi, member_name=f["member"], case_numbers=[icn],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=clinic,
              appeal_deadline=iso(by), type_alternates=["denial_letter"], denial_alternates=["not_covered"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "provider": [f["md"]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_multi_eob, "multi_claim_eob", "scan_clean_300"), (2, doc_statement, "uc_statement", "photocopy"),
              (3, doc_corrected, "corrected_paid", "born_digital"), (4, doc_hold, "claim_hold", "phone_photo"),
              (5, doc_appeal, "provider_appeal", "rotated"), (6, doc_msn, "msn_part_b", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
