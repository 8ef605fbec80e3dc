"""Family 'home_iv_hydration_hyperemesis_pregnancy_denial': home infusion of IV fluids and antiemetics for
hyperemesis gravidarum (per-diem S9373 hydration, S9351 antiemetic infusion, nursing visits 99601/99602, drugs and
fluids as J-codes: J7030 saline, J2405 ondansetron, J2550 promethazine) refused as not needed in the home, as not
medically necessary, past the authorized days or past a per-pregnancy day limit.

Documents: a prose pre-service letter (home setting not needed, infusion center instead); a per-diem EOB with two
claims (the first ten days paid, the days after the authorization ended denied); a standard-fax stack of a cover
sheet, a two-page Medicaid MCO notice of adverse benefit determination and the home infusion company's statement;
an upheld appeal in two columns with a sidebar (photocopy); an approval in ruled boxes fed sideways; a paid EOB at
150 dpi; a UM vendor's ruled fax to the obstetrician refusing days past the benefit maximum.

Decoys: the subscriber (spouse) beside the patient, DOB, estimated due date, weeks of gestation, weights, request
received dates, NPIs, patient account numbers, medical policy numbers, paid claims, plan-paid / you-owe amounts,
expedited (72-hour), external review, fair hearing and continuation limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "home_iv_hydration_hyperemesis_pregnancy_denial"
LANG = "en"
SEED = 285500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WOMEN = ["Lorraine", "Yolanda", "Mei", "Brianna", "Marisol", "Naomi", "Ingrid", "Beatriz", "Odette", "Harriet",
         "Leticia", "Sunita"]
MEN = ["Desmond", "Percy", "Anselm", "Theo", "Gideon", "Rufus", "Kwame", "Colin", "Ezra", "Jasper", "Mateo"]
INFUSION = ["Crescent Home Infusion Services", "Bluewater Home Infusion, LLC", "Tidemark Infusion Pharmacy",
            "Sandhill Home Infusion Partners"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    first, last, mid = r.choice(WOMEN), r.choice(["Abernathy", "Pemberton", "Strand", "Holloway", "Tanaka",
                                                   "Marchetti", "Greer", "Fairchild", "Kessler", "Lomax",
                                                   "Prescott", "Rutledge", "Winslow", "Underhill"]), r.choice("ABCDEJKLMRST")
    sub = f"{r.choice(MEN)} {r.choice('BDFGHNPW')}. {last}"
    ob_first, ob_last = r.choice(["Harriet", "Sunita", "Colin", "Wendell", "Naomi", "Ezra"]), r.choice(
        ["Oyelaran", "Quintero", "Nakamura", "Szabo", "Trevino", "Vasquez", "Dubois"])
    start = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=f"{first} {mid}. {last}", first=first, last=last, sub=sub, addr=r.address(),
                dob=dt.date(r.randint(1988, 2003), r.randint(1, 12), r.randint(1, 28)),
                edd=start + dt.timedelta(days=r.randint(160, 210)), weeks=r.randint(8, 15),
                ob=f"{ob_first} {r.choice('ACEGKLMT')}. {ob_last}", npi=r.npi(), npi2=r.npi(),
                inf=r.choice(INFUSION), start=start, ph=phone(r))


def per_diem_lines(r: Rand, start: dt.date, days: int, nurse: bool = True) -> list[dict]:
    end = start + dt.timedelta(days=days - 1)
    out = [dict(code="S9373", desc="Home infusion, hydration therapy, per diem", frm=start, thru=end, units=days,
                billed=round(days * r.choice([165.0, 182.5, 198.0, 210.75]), 2)),
           dict(code="J7030", desc="Normal saline solution, 1000 cc", frm=start, thru=end, units=days * 2,
                billed=round(days * 2 * r.choice([38.4, 41.25, 44.9]), 2)),
           dict(code="J2405", desc="Ondansetron HCl injection, per 1 mg", frm=start, thru=end, units=days * 8,
                billed=round(days * 8 * r.choice([3.15, 4.2, 5.05]), 2))]
    if nurse:
        out.append(dict(code="99601", desc="Home infusion nursing visit, first 2 hours", frm=start, thru=start,
                        units=1, billed=float(r.randint(210, 290))))
        out.append(dict(code="99602", desc="Home infusion nursing visit, each add'l hour", frm=start, thru=start,
                        units=1, billed=float(r.randint(85, 125))))
    return out


# ---------------------------------------------------------------- 0: prose pre-service letter, home not needed
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Valley Health Plan"
    mid, grp, ref = f"LVH{r.digits(9)}", f"{r.digits(6)}-{r.digits(3)}", f"UM{r.digits(2)}-{r.digits(6)}"
    recv = f["start"] - dt.timedelta(days=r.randint(1, 3))
    notice = recv + dt.timedelta(days=r.randint(1, 2))
    d = Page("Larkspur Valley Health Plan  |  Utilization Management  |  page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Larkspur Valley", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "B", h=5)
    d.text_line(f"Utilization Management, 1400 Canyon Gate Parkway, Pueblo, CO 81003  -  {f['ph']}", 8.4, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from your obstetrician, Dr. {f['ob']}, for home "
           f"infusion therapy by {f['inf']}. The request was for daily IV hydration (S9373) with IV ondansetron "
           f"(J2405) and a skilled nursing visit (99601) in your home for 14 days beginning on "
           f"{fmt_date(f['start'], 'long')}, for nausea and vomiting of pregnancy (hyperemesis gravidarum, "
           f"O21.1). You are covered under the plan of your spouse, {f['sub']}; your member ID is {mid} and the "
           f"group number is {grp}. We have given this request the reference number {ref}.", 10.5)
    d.para("We are not approving the home setting for this treatment. An obstetrician who reviewed your records "
           "found that you need IV fluids and anti-nausea medicine, but that you are able to travel and have been "
           "getting the same treatment at an outpatient infusion center without problems. Our medical policy for "
           "home infusion therapy (MP-HI-207) covers infusion in the home only when the member cannot leave home "
           "safely or the treatment must run for many hours each day. The notes from your visit show you receive "
           "two liters over about three hours. Giving this treatment in your home is not medically necessary when "
           "it can be given safely at the Larkspur Infusion Center or another in-network outpatient infusion "
           "site, which we will cover.", 10.5)
    d.para("This decision is about where you get the treatment. It does not stop your IV fluids. Your doctor can "
           "call us to schedule the infusion center visits or to talk with the reviewer.", 10.5)
    d.text_line("What if I disagree?", 11, "B", h=7)
    d.para("You or your doctor may appeal within 180 days of the date of this letter. Write to Larkspur Valley "
           "Health Plan, Appeals, PO Box 4471, Pueblo, CO 81003, or call the number above. If waiting could "
           "seriously harm your health or your baby's, ask for an expedited appeal; we decide those within 72 "
           "hours. After our final decision you may ask for an external review within 4 months.", 10.5)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'long')}.  Estimated due date: {fmt_date(f['edd'], 'long')}."
           f"  Ordering physician NPI: {f['npi']}.", 9)
    d.para("Sincerely,\n\nUtilization Management Department\nLarkspur Valley Health Plan", 10.5)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["start"])],
              denial_date=iso(notice), provider=f["ob"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"],
              alternates={"provider": [f["inf"]], "service_dates": [[]]})
    return pdf_bytes(d), t


def eob_rows(lines: list[dict], ds: str, ms: str) -> list[list[str]]:
    rows = []
    for x in lines:
        rows.append([fmt_date(x["frm"], ds), fmt_date(x["thru"], ds), x["code"], x["desc"][:38], str(x["units"]),
                     fmt_money(x["billed"], ms), fmt_money(x["allowed"], ms), fmt_money(x["paid"], ms),
                     fmt_money(x["owe"], ms), x.get("rmk", "")])
    return rows


def pay(lines: list[dict], ratio: float, coins: float, deny: bool = False, rmk: str = "") -> None:
    for x in lines:
        if deny:
            x.update(allowed=0.0, paid=0.0, owe=x["billed"], rmk=rmk)
        else:
            a = round(x["billed"] * ratio, 2)
            x.update(allowed=a, paid=round(a * (1 - coins), 2), owe=round(a * coins, 2), rmk="")


def totals(lines: list[dict], ms: str) -> list[str]:
    return ["*Claim total", "", "", "", "", fmt_money(sum(x["billed"] for x in lines), ms),
            fmt_money(sum(x["allowed"] for x in lines), ms), fmt_money(sum(x["paid"] for x in lines), ms),
            fmt_money(sum(x["owe"] for x in lines), ms), ""]


# ---------------------------------------------------------------- 1: per-diem EOB, days after the authorization
def doc_perdiem_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarind Mutual Health Insurance Company"
    mid, grp = f"TMH-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.letters(1)}{r.digits(5)}"
    auth = f"PA{r.digits(8)}"
    c1, c2 = f"26{r.digits(9)}", f"26{r.digits(9)}"
    l1 = per_diem_lines(r, f["start"], 10)
    s2 = f["start"] + dt.timedelta(days=10)
    l2 = per_diem_lines(r, s2, r.randint(5, 7), nurse=False)
    e2 = l2[0]["thru"]
    pay(l1, 0.62, 0.2)
    pay(l2, 0, 0, deny=True, rmk="A14")
    stmt = e2 + dt.timedelta(days=r.randint(24, 36))
    billed2 = sum(x["billed"] for x in l2)
    d = Page("Tamarind Mutual Health  -  Explanation of Benefits  -  This is not a bill  -  Page {p} of {n}",
             header="Tamarind Mutual Health  EOB continued", margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  TAMARIND MUTUAL HEALTH", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins}  |  PO Box 30219, Macon, GA 31201  |  Member Services {f['ph']}", 8.2, h=5)
    d.ln(2)
    d.text_line("Explanation of Benefits   THIS IS NOT A BILL", 12, "B", h=7)
    y = d.get_y()
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.2, h=4.8)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(stmt, "abbr")), ("Subscriber", f["sub"]), ("Member ID", mid),
                     ("Group", grp), ("Patient", f"{f['member']} (spouse)")]:
        d.set_x(112)
        d.font(8.8, "B")
        d.cell(32, 4.8, lab)
        d.font(8.8)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    head = ["From", "Thru", "Code", "Service", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"]
    widths = [18, 18, 13, 52, 11, 19, 18, 18, 17, 8]
    for c, ll, note in [(c1, l1, "processed"), (c2, l2, "denied")]:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {c}  -  {f['inf']}  -  received {fmt_date(ll[0]['thru'] + dt.timedelta(days=4), 'abbr')}"
               f"  -  {note}", new_x="LMARGIN", new_y="NEXT")
        d.table(head, eob_rows(ll, "slash", "nosign") + [totals(ll, "nosign")], widths, size=7.3,
                aligns="LLLLRRRRRL", head_fill=True)
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para(f"A14  Home infusion services need prior authorization. Authorization {auth} approved home hydration from "
           f"{fmt_date(f['start'], 'abbr')} through {fmt_date(l1[0]['thru'], 'abbr')} (10 per diem days). No "
           "authorization was requested for the days billed after that period, so these services are not covered. "
           "Your provider may ask us for a retroactive review. In-network providers may not bill you for services "
           "denied for no authorization.", 8.4)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You may ask us to review this decision within 180 days of the date of this statement. Mail your request "
           "to Tamarind Mutual Health, Member Appeals, PO Box 30220, Macon, GA 31201. If your health is in serious "
           f"danger, ask for an expedited review (72 hours). Ordering physician: Dr. {f['ob']}, NPI {f['npi']}. "
           f"Infusion provider NPI {f['npi2']}.", 8.4)
    d.para("Deductible met: $750.00 of $750.00.  Out-of-pocket met: $1,914.36 of $4,500.00.", 8.4)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed2), service_dates=[iso(s2, e2)], denial_date=iso(stmt),
              provider=f["inf"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"service_dates": [[iso(s2), iso(e2)]], "insurer": ["Tamarind Mutual Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: fax stack: Medicaid MCO notice + statement
def doc_mco_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bright Harbor Community Health Plan"
    notice = f["req"] + dt.timedelta(days=r.randint(2, 5))
    f["notice"] = notice
    d = Page("BHCHP-NABD-26  (Rev. 01/2026)   Page {p} of {n}",
             header=f"Notice of Adverse Benefit Determination - {f['member']} - Notice {f['nno']}",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("Bright Harbor Community Health Plan", 14, "B", h=7)
    d.text_line("A Medicaid managed care plan for the Fargo Valley Medical Assistance Program", 8.8, h=4.8)
    d.text_line(f"PO Box 2290, Fargo, ND 58102  |  Member Services {f['ph']} (TTY 711)", 8.8, h=4.8)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.ln(1)
    for lab, val in [("Date of this notice", fmt_date(notice, "slash")), ("Member name", f["member"]),
                     ("Medicaid ID", f["mid"]), ("Notice number", f["nno"]), ("Service request number", f["srn"]),
                     ("Date of birth", fmt_date(f["dob"], "slash"))]:
        d.font(9.6, "B")
        d.cell(52, 5.4, lab + ":")
        d.font(9.6)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("What did we decide?", 11, "B", h=6.5)
    d.para(f"{f['inf']} asked us, on {fmt_date(f['req'], 'slash')}, to continue home IV hydration (S9373) with IV "
           f"ondansetron (J2405) ordered by Dr. {f['ob']}. The request was for 14 more days, "
           f"{fmt_date(f['s'], 'slash')} through {fmt_date(f['e'], 'slash')}. We have DENIED this request.", 10)
    d.text_line("Why did we make this decision?", 11, "B", h=6.5)
    d.para("The notes sent with the request show that since the last approval you have gained weight, your urine "
           "no longer shows ketones, and you are keeping down food and oral anti-nausea medicine (ondansetron "
           "tablets). Home IV fluids are covered when a pregnant member cannot keep down fluids by mouth. You no "
           "longer meet that rule, so more days of home IV hydration are not medically necessary. We used the "
           "plan's clinical guideline for home infusion therapy and 42 CFR 440.230.", 10)
    d.text_line("What can you do?", 11, "B", h=6.5)
    d.para("If your symptoms come back, your doctor can send us a new request at any time.", 10)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You have the right to ask Bright Harbor for an appeal. You must ask within 60 calendar days from the "
           "date on this notice. You can call us or write to Bright Harbor Appeals, PO Box 2295, Fargo, ND 58102, "
           "fax 1-555-208-4417. If waiting 30 days could seriously harm your health, ask for a fast appeal; we "
           "will decide within 72 hours.", 10)
    d.text_line("Keeping your services during the appeal", 11, "B", h=6.5)
    d.para("This notice is about new days of service, so there is no current service to continue. If this notice "
           "reduced a service you already had, you could keep it by asking for an appeal within 10 days of the "
           "date this notice was mailed.", 10)
    d.text_line("State fair hearing", 11, "B", h=6.5)
    d.para("If you still disagree after our appeal decision, you may ask for a State fair hearing within 120 days "
           "of the date of our appeal decision letter. Call the Department of Human Services at 1-555-301-7700.",
           10)
    d.para("Help in other languages: call Member Services. Ayuda en español: llame a Servicios para Miembros.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["nno"], f["srn"]], service_dates=[iso(f["s"], f["e"])], denial_date=iso(notice),
              provider=f["inf"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"case_numbers": [[f["nno"]], [f["srn"]]], "service_dates": [[iso(f["s"])]],
                          "provider": [f["ob"]]})
    return pdf_bytes(d), t


def doc_infusion_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(3, 8))
    acct = f"HI-{r.digits(6)}"
    claim = f"BH{r.digits(10)}"
    lines = per_diem_lines(r, f["s"] - dt.timedelta(days=7), 7)
    billed = sum(x["billed"] for x in lines)
    paid = round(billed * 0.41, 2)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["inf"].upper(), 13.5, "B", h=7)
    d.text_line(f"Pharmacy & nursing  -  88 Lantern Way, Fargo, ND 58102  -  Billing {phone(r)}", 8.6, h=4.6)
    d.rule(0.6, 3)
    d.text_line("PATIENT STATEMENT  -  NO PAYMENT DUE", 11.5, "B", h=6.5)
    d.boxes([("Statement date", fmt_date(stmt, "dmy"), 36), ("Account", acct, 30), ("Patient", f["member"], 48),
             ("Payer", "Bright Harbor (Medicaid)", 52)])
    d.boxes([("Medicaid ID", f["mid"], 46), ("Payer claim", claim, 46), ("Ordering MD", "Dr. " + f["ob"], 72)])
    d.ln(3)
    rows = [[fmt_date(x["frm"], "dmy"), fmt_date(x["thru"], "dmy"), x["code"], x["desc"][:40], str(x["units"]),
             fmt_money(x["billed"])] for x in lines]
    rows += [["*Total charges", "", "", "", "", fmt_money(billed)],
             ["", "", "", "Paid by Bright Harbor Community Health Plan", "", "-" + fmt_money(paid)],
             ["", "", "", "Medicaid contractual adjustment", "", "-" + fmt_money(billed - paid)],
             ["*Your balance", "", "", "", "", "$0.00"]]
    d.table(["From", "Thru", "Code", "Description", "Qty", "Charge"], rows, [24, 24, 16, 78, 12, 24], size=8.4,
            aligns="LLLLRR")
    d.para("Medicaid members are never billed for covered services. Your plan has denied the extra days your "
           "doctor asked for after the dates above; we have not given those services and you owe nothing. If you "
           "appeal, please tell our intake nurse so we can send records.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(lines[0]["frm"], lines[0]["thru"])],
              denial_date=iso(stmt), provider=f["inf"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "member_id": [None],
                          "service_dates": [[iso(lines[0]["frm"]), iso(lines[0]["thru"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"{r.digits(9)}{r.letters(1)}", nno=f"NABD-{r.digits(7)}", srn=f"SR{r.digits(9)}")
    f["req"] = f["start"] + dt.timedelta(days=12)
    f["s"] = f["start"] + dt.timedelta(days=14)
    f["e"] = f["s"] + dt.timedelta(days=13)
    n = doc_mco_notice(r, f)
    s = doc_infusion_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [n, s], separators=["cover", None])


# ---------------------------------------------------------------- 3: upheld appeal, two columns with a sidebar
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Valley Health Plan"
    mid, grp = f"LVH{r.digits(9)}", f"{r.digits(6)}-{r.digits(3)}"
    claim, appeal = f"{r.digits(4)}-{r.digits(7)}", f"APL-{r.digits(6)}"
    e = f["start"] + dt.timedelta(days=r.randint(6, 9))
    lines = per_diem_lines(r, f["start"], (e - f["start"]).days + 1, nurse=True)
    lines[0].update(code="S9351", desc="Home infusion, continuous antiemetic, per diem")
    billed = sum(x["billed"] for x in lines)
    notice = e + dt.timedelta(days=r.randint(70, 95))
    d = Page("Larkspur Valley Health Plan - Appeals and Grievances - {p}/{n}", margins=(12, 14, 12))
    d.add_page()
    d.text_line("Larkspur Valley Health Plan", 15, "B", h=7.5)
    d.text_line("Appeals and Grievances  |  PO Box 4471, Pueblo, CO 81003", 8.6, h=5)
    d.ln(4)
    top = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(12, top, 56, 120, style="F")
    y = top + 3
    for lab, val in [("Member", f["member"]), ("Member ID", mid), ("Group", grp), ("Appeal number", appeal),
                     ("Claim number", claim), ("Provider", f["inf"]), ("Dates of service",
                     f"{fmt_date(f['start'], 'slash')} -\n{fmt_date(e, 'slash')}"), ("Amount billed",
                     fmt_money(billed)), ("Received", fmt_date(notice - dt.timedelta(days=26), "slash"))]:
        d.set_xy(15, y)
        d.font(7, "B")
        d.cell(50, 3.6, lab.upper())
        d.set_xy(15, y + 3.8)
        d.font(8.8)
        d.multi_cell(50, 4.2, val)
        y = d.get_y() + 2.2
    d.set_xy(74, top)
    w = 122
    def p(txt: str, size: float = 9.8, style: str = "") -> None:
        d.set_x(74)
        d.font(size, style)
        d.multi_cell(w, size * 0.5, txt, new_x="LMARGIN", new_y="NEXT")
        d.ln(2.2)
    p(fmt_date(notice, "long"))
    p(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}")
    p("Appeal decision: denial upheld", 11.5, "B")
    p(f"Dear {f['first']} {f['last']}:")
    p(f"You appealed our denial of home antiemetic infusion (S9351) with IV ondansetron and fluids that "
      f"{f['inf']} gave you at home. A board-certified obstetrician who took no part in the first decision "
      "reviewed your appeal, the infusion company's nursing notes and the letter from your doctor.")
    p("We are upholding our decision. Continuous antiemetic infusion at home is covered only after oral, rectal "
      "and intermittent IV anti-nausea medicines have failed. Your records show you were not offered "
      "intermittent treatment first and were keeping down some fluids when the infusion started. The "
      "continuous home infusion was therefore not medically necessary under our medical policy MP-HI-207.")
    p("This is our final internal decision. You may ask for an independent external review within 4 months of "
      "the date you receive this letter, or 72 hours in an urgent case. Call us for the form. You may also have "
      "the right to bring a civil action under ERISA section 502(a).")
    p(f"Ordering physician: Dr. {f['ob']}.  Date of birth: {fmt_date(f['dob'], 'slash')}.", 8.6)
    p("Appeals and Grievances Unit", 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["start"], e)], denial_date=iso(notice), provider=f["inf"],
              alternates={"case_numbers": [[appeal]], "service_dates": [[iso(f["start"]), iso(e)]],
                          "provider": [f["ob"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: approval in ruled boxes (sideways)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillfeather Health Alliance"
    mid, grp, auth = f"QHA{r.digits(8)}", f"GRP {r.digits(5)}", f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}"
    e = f["start"] + dt.timedelta(days=20)
    notice = f["start"] - dt.timedelta(days=1)
    d = Page("Quillfeather Health Alliance  Form UM-APR-4  {p}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Quillfeather Health Alliance", 16, "B", h=8)
    d.text_line(f"Care Management  -  51 Fenwick Avenue, Duluth, MN 55802  -  {f['ph']}", 8.6, h=5)
    d.ln(3)
    d.text_line("NOTICE OF APPROVED SERVICES", 12.5, "B", h=7)
    d.ln(1)
    d.boxes([("Notice date", fmt_date(notice, "iso"), 36), ("Member", f["member"], 60), ("Member ID", mid, 42),
             ("Group", grp, 44)], h=12)
    d.boxes([("Authorization no.", auth, 44), ("Approved from", fmt_date(f["start"], "iso"), 34),
             ("Approved through", fmt_date(e, "iso"), 34), ("Units approved", "21 per diem days", 70)], h=12)
    d.boxes([("Servicing provider", f["inf"], 94), ("Ordering physician", "Dr. " + f["ob"], 88)], h=12)
    d.boxes([("Services", "S9373 hydration per diem; 99601 / 99602 nursing; J7030; J2405; J2550", 182)], h=12)
    d.ln(5)
    d.para(f"We approved home infusion therapy for {f['member']} for hyperemesis gravidarum. The approval covers "
           "the dates and units above when the servicing provider is in network on the date of service. If more "
           "days are needed, the provider must ask before the approved period ends; days given after it ends "
           "without a new approval will not be paid.", 9.6)
    d.para("This approval is not a guarantee of payment. Payment depends on your eligibility and benefits on the "
           "date of service. Your home infusion benefit has 20% coinsurance after your deductible.", 9.6)
    d.para(f"Request received {fmt_date(notice - dt.timedelta(days=2), 'iso')}.  Member DOB "
           f"{fmt_date(f['dob'], 'iso')}.  Estimated due date {fmt_date(f['edd'], 'iso')}.  Ordering NPI {f['npi']}.",
           8.4)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["start"], e)], denial_date=iso(notice), provider=f["inf"],
              alternates={"service_dates": [[iso(f["start"]), iso(e)], [iso(f["start"])]],
                          "provider": [f["ob"]], "group_number": [grp.replace("GRP ", "")]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid EOB (150 dpi)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pinewood Cooperative Health"
    mid, grp, claim = f"PCH{r.digits(10)}", f"{r.digits(4)}", f"{r.digits(5)} {r.digits(5)}"
    lines = per_diem_lines(r, f["start"], 5)
    pay(lines, 0.7, 0.1)
    billed = sum(x["billed"] for x in lines)
    stmt = f["start"] + dt.timedelta(days=r.randint(25, 40))
    d = Page("Pinewood Cooperative Health  -  Benefit Statement  -  {p} of {n}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Pinewood Cooperative Health", 16, "B", h=8)
    d.text_line(f"Benefit Statement  -  not a bill  -  Member line {f['ph']}", 9, h=5)
    d.rule(0.5, 3)
    for lab, val in [("Date issued", fmt_date(stmt, "upper")), ("For", f["member"]), ("Member number", mid),
                     ("Group", grp), ("Claim", claim), ("Provider", f["inf"]), ("Patient account", f"{r.digits(8)}")]:
        d.font(9.4, "B")
        d.cell(38, 5.2, lab)
        d.font(9.4)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(x["frm"], "upper"), fmt_date(x["thru"], "upper"), x["code"], str(x["units"]),
             fmt_money(x["billed"], "bare"), fmt_money(x["allowed"], "bare"), fmt_money(x["paid"], "bare"),
             fmt_money(x["owe"], "bare")] for x in lines]
    rows.append(["*Totals", "", "", "", fmt_money(billed, "bare"), fmt_money(sum(x["allowed"] for x in lines), "bare"),
                 fmt_money(sum(x["paid"] for x in lines), "bare"), fmt_money(sum(x["owe"] for x in lines), "bare")])
    d.table(["Service from", "Service to", "Code", "Units", "Charged", "Allowed", "We paid", "Your share"], rows,
            [28, 28, 16, 14, 26, 24, 24, 24], size=8.6, aligns="LLLRRRRR", head_fill=True)
    d.para("All services on this claim were covered under your home infusion benefit (authorization on file). "
           "Your share is your 10% coinsurance. You may ask for a review if you think we made a mistake; call us "
           "within 180 days after you receive this statement.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(billed),
              service_dates=[iso(f["start"], lines[0]["thru"])], denial_date=iso(stmt), provider=f["inf"],
              type_alternates=["other"],
              alternates={"service_dates": [[iso(f["start"]), iso(lines[0]["thru"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: UM vendor fax to the OB: day maximum
def doc_um_fax(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ven = "Meridian Crest Utilization Review"
    plan = "Harrowgate Health Plan"
    mid, grp, case = f"HGP{r.digits(8)}", f"{r.digits(7)}", f"MCR-{r.digits(2)}-{r.digits(5)}"
    notice = f["start"] - dt.timedelta(days=1)
    by = notice + dt.timedelta(days=180)
    d = Page(f"{ven}  |  confidential  |  page {{p}} of {{n}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("MERIDIAN CREST UTILIZATION REVIEW", 14, "B", h=7)
    d.text_line(f"on behalf of {plan}  |  Fax 1-555-404-{r.digits(4)}  |  Phone {f['ph']}", 8.8, h=5)
    d.rule(0.8, 3)
    d.text_line("ADVERSE DETERMINATION  -  FAX TO REQUESTING PROVIDER", 11.5, "B", h=7)
    rows = [("To", f"Dr. {f['ob']}, Lakemont Women's Health"), ("Fax date", fmt_date(f["start"] - dt.timedelta(days=1), "dmy")),
            ("Case ID", case), ("Member", f["member"]), ("Member ID / Group", f"{mid} / {grp}"),
            ("Member DOB", fmt_date(f["dob"], "dmy")), ("Service requested", "S9373 home hydration per diem x 14; J7030; J2405"),
            ("Servicing provider", f["inf"]), ("Requested start", fmt_date(f["start"], "dmy")),
            ("Days already used this pregnancy", "30 of 30"), ("Determination", "DENIED"),
            ("Appeal must be received by", fmt_date(by, "dmy"))]
    for k, v in rows:
        d.font(9.4, "B")
        d.cell(66, 7, " " + k, border=1)
        d.font(9.4)
        d.cell(0, 7, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Reason for determination", 10, "B", h=6)
    d.para(f"The member's {plan} certificate limits home infusion hydration therapy to 30 per diem days per "
           "pregnancy (Schedule of Benefits, Home Health and Home Infusion). The member has used all 30 days. "
           "Days past the benefit maximum are not a covered benefit, even when they would be medically necessary. "
           "Outpatient infusion center and inpatient care remain covered under other benefits.", 9.4)
    d.text_line("Peer-to-peer and appeal", 10, "B", h=6)
    d.para("You may request a peer-to-peer discussion within 14 days by calling the number above. A standard appeal "
           "must reach us by the date in the table. Urgent (expedited) appeals are decided within 72 hours. The "
           "member may also ask for an external review after the internal appeal.", 9.4)
    d.para("This fax contains protected health information. If you are not the intended recipient, call the sender "
           "and destroy this copy.", 8)
    t = truth("denial_letter", "not_covered", insurer=ven, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[case], service_dates=[iso(f["start"])], denial_date=iso(notice), provider=f["ob"],
              appeal_deadline=iso(by), denial_alternates=["medical_necessity"],
              alternates={"insurer": [plan], "provider": [f["inf"]], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "prose_letter", "born_digital"),
              (1, doc_perdiem_eob, "perdiem_eob", "scan_clean_300"),
              (3, doc_upheld_appeal, "upheld_appeal", "photocopy"),
              (4, doc_approval, "approval", "rotated"),
              (5, doc_paid_eob, "paid_eob", "scan_lowres_150"),
              (6, doc_um_fax, "um_fax", "fax_fine_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
