"""Family 'respite_care_caregiver_waiver_hours_reduction_notice': Medicaid home and community based waiver respite
hours (S5150 unskilled respite per 15 minutes, T1005 respite per 15 minutes) reduced after a reassessment: a case
manager's cover letter, a state Medicaid notice of action with fair hearing and continued benefits (stacked with the
home care agency's statement), the agency's statement alone, an approval of emergency hours, a fair hearing decision
upholding the reduction, a managed care prose notice, and a notice that benefits continue pending the hearing (not a
denial). All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "respite_care_caregiver_waiver_hours_reduction_notice"
LANG = "en"
SEED = 329600
STATE = "Department of Human Services, Division of Medical Assistance"


def base(r: Rand) -> dict:
    nm, first, mid, last = r.person()
    eff = r.date(dt.date(2026, 2, 1), 50)
    return dict(member=nm, first=first, last=last, addr=r.address(), eff=eff,
                dob=r.date(dt.date(1935, 1, 1), 12000), ph=r.phone(), mcd=f"{r.digits(2)}{r.digits(8)}",
                old=r.choice([40, 48, 56]), new=r.choice([16, 20, 24]))


# 1 -------------------------------------------------------------- case manager cover letter (other)
def doc_cover(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sent = f["eff"] - dt.timedelta(days=r.randint(5, 12))
    agency = "Willowbend Area Agency on Aging"
    d = Doc(margins=(24, 18, 24))
    d.add_page()
    d.text_line(agency, 14, "B", h=7)
    d.text_line("Waiver Case Management  |  22 Lantern Way, Fargo, ND 58102", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']} and family,", 10.5)
    d.para("I am your case manager for the Elderly and Disabled Waiver. With this letter you will find the notice "
           "from the state about your respite hours after the reassessment visit we did together. I know this is "
           f"hard news: your respite is going from {f['old']} to {f['new']} hours a month starting "
           f"{fmt_date(f['eff'], 'long')}.", 10.5)
    d.para("If you want to ask for a fair hearing, I can help you fill in the form. If you ask before the change "
           "starts, your hours can stay the same until the hearing. Please call me at the number below.", 10.5)
    d.para(f"Your Medicaid number is {f['mcd']}.", 10.5)
    d.para(f"Warmly,\n\nOksana T. Bellweather, Case Manager\n{f['ph']}", 10.5)
    t = truth("other", None, insurer=None, member_id=f["mcd"], member_name=f["member"], denial_date=iso(sent),
              unscored=["insurer", "provider"], alternates={"service_dates": [[iso(f["eff"])]]})
    return pdf_bytes(d), t


# 2 -------------------------------------------------------------- stack: state notice of action + agency statement
def doc_noa(r: Rand, f: dict) -> tuple[bytes, dict]:
    notice = f["eff"] - dt.timedelta(days=r.randint(12, 16))
    num = f"NOA-{r.digits(4)}-{r.digits(5)}"
    d = Doc(footer="Form DMA-2077 (rev. 01/2026)   page {p} of {n}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("STATE OF NORTH DAKOTA", 10, "B", align="C", h=5)
    d.text_line(STATE, 10, align="C", h=5)
    d.text_line("NOTICE OF ACTION - HOME AND COMMUNITY BASED SERVICES", 12, "B", align="C", h=8)
    d.ln(3)
    for lab_, val in [("Notice date", fmt_date(notice, "slash")), ("Notice number", num),
                      ("Waiver participant", f["member"]), ("Medicaid ID", f["mcd"]),
                      ("Service", "Respite care (S5150, T1005)"), ("Provider", f["agency"]),
                      ("Action", "REDUCE"), ("Effective", fmt_date(f["eff"], "slash"))]:
        d.font(9.5, "B")
        d.cell(48, 6.5, lab_, border="B")
        d.font(9.5)
        d.cell(0, 6.5, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"After your reassessment the state will reduce your respite care from {f['old']} hours to {f['new']} "
           "hours each month. The reassessment found your caregiver now has help from another family member three "
           "days a week, so fewer hours are needed to meet your assessed need (N.D. Admin. Code 75-03-23-07).", 10)
    d.text_line("Your right to a fair hearing", 10.5, "B", h=6)
    d.para("You may ask for a state fair hearing within 30 days of the date of this notice. If you ask before the "
           "effective date, your services will continue at the current level until the hearing decision. You may "
           "ask for an expedited hearing if waiting would seriously harm your health.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=STATE, member_id=f["mcd"], member_name=f["member"],
              case_numbers=[num], denial_date=iso(notice), provider=f["agency"],
              alternates={"insurer": ["State of North Dakota"], "service_dates": [[iso(f["eff"])]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_agency_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    start = f["eff"] - dt.timedelta(days=f["eff"].day - 1)
    start = (start - dt.timedelta(days=1)).replace(day=1)
    end = f["eff"] - dt.timedelta(days=f["eff"].day)
    stmt = end + dt.timedelta(days=r.randint(3, 9))
    units1, units2 = f["old"] * 2, f["old"] * 2
    rate = 6.25
    rows = [["S5150", "Respite, unskilled, per 15 min", str(units1), f"{rate:.2f}", m2(units1 * rate)],
            ["T1005", "Respite care, per 15 min", str(units2), "7.10", m2(units2 * 7.10)]]
    total = round(units1 * rate + units2 * 7.10, 2)
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["agency"], 13, "B", h=7)
    d.text_line(f"Home care services - 9 Quarry Street, Duluth, MN 55802 - {r.phone()}", 8.5, h=4.5)
    d.ln(4)
    d.text_line("Monthly service statement", 11, "B", h=6)
    for lab_, val in [("Client", f["member"]), ("Statement date", fmt_date(stmt, "dmy")),
                      ("Service period", f"{fmt_date(start, 'dmy')} to {fmt_date(end, 'dmy')}"),
                      ("Payer", "State Medicaid waiver"), ("Medicaid ID", f["mcd"]), ("Client no.", f"HC{r.digits(5)}")]:
        d.font(9, "B")
        d.cell(38, 5, lab_ + ":")
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["Code", "Service", "Units", "Rate", "Billed to Medicaid"], rows + [["*Total", "", "", "", m2(total)]],
            [20, 80, 20, 20, 40], size=9, aligns="LLRRR")
    d.para(f"Your authorized hours change on {fmt_date(f['eff'], 'dmy')}. You owe nothing for services within "
           "your authorized hours.", 9)
    t = truth("other", None, member_id=f["mcd"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(start, end)], denial_date=iso(stmt), provider=f["agency"], unscored=["insurer"],
              alternates={"member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["agency"] = "Red River Home Companions"
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_noa(r, f), doc_agency_statement(r, f)],
                separators=[None, "duplex"])


# 3 -------------------------------------------------------------- MCO prose notice (fax)
def doc_mco(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meadowlark Community Care Plan"
    notice = f["eff"] - dt.timedelta(days=r.randint(11, 15))
    ref = f"{r.letters(2)}{r.digits(8)}"
    mid = f"MCC{r.digits(7)}"
    agency = "Hearthside Respite Partners"
    d = Doc(font="Times", header=f"Meadowlark Community Care Plan - reference {ref}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Meadowlark Community Care Plan", 15, "B", h=7)
    d.text_line("A Medicaid managed long-term services and supports plan", 9.5, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "upper"), 11, h=6)
    d.ln(3)
    d.para(f"Dear {f['member']}:", 11)
    d.para(f"This letter is about the respite care that {agency} gives you. Your plan member number is {mid}. We "
           f"reviewed your care plan (reference {ref}) after your annual reassessment. Starting "
           f"{fmt_date(f['eff'], 'long')}, we will approve {f['new']} hours of respite each month instead of "
           f"{f['old']}.", 11)
    d.para("The reassessment score shows a lower level of caregiver strain than last year, and the hours above "
           "the new amount are not medically necessary under the plan's respite guideline.", 11)
    d.para("You can appeal. Call or write to us within 60 days of the date of this letter. If you appeal within "
           "10 days, your current hours continue during the appeal. After the plan appeal you may ask for a state "
           "fair hearing within 120 days.", 11)
    d.add_page()
    d.para("Other languages and formats are available at no cost. Help with your appeal: your long-term care "
           "ombudsman, legal aid and the state Medicaid helpline can help you at no cost.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], denial_date=iso(notice), provider=agency,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), alternates={"service_dates": [[iso(f["eff"])]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# 4 -------------------------------------------------------------- approval of emergency hours
def doc_emergency(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meadowlark Community Care Plan"
    a = f["eff"] + dt.timedelta(days=r.randint(10, 20))
    b = a + dt.timedelta(days=13)
    issued = a - dt.timedelta(days=1)
    auth = f"EA{r.digits(9)}"
    mid = f"MCC{r.digits(7)}"
    agency = "Cedar Gate Home Care"
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line("MEADOWLARK COMMUNITY CARE PLAN", 12, "B", h=7)
    d.text_line("Service authorization - APPROVED", 11, h=6)
    d.ln(3)
    d.boxes([("Issued", fmt_date(issued, "mdy_nopad"), 34), ("Member", f["member"], 60),
             ("Member no.", mid, 40), ("Authorization", auth, 44)])
    d.boxes([("Service", "Emergency respite, T1005", 60), ("Agency", agency, 60),
             ("Approved dates", f"{fmt_date(a, 'mdy_nopad')} - {fmt_date(b, 'mdy_nopad')}", 58)])
    d.ln(5)
    d.para("Because your caregiver is in the hospital, we approved 40 additional hours of emergency respite for the "
           "dates above. These hours do not count against your monthly respite hours.", 10)
    t = truth("other", None, insurer=ins, member_name=f["member"], case_numbers=[auth], service_dates=[iso(a, b)],
              denial_date=iso(issued), provider=agency)
    t["fields"]["member_id"] = mid
    return pdf_bytes(d), t


# 5 -------------------------------------------------------------- fair hearing decision upheld
def doc_hearing(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    heard = f["eff"] + dt.timedelta(days=r.randint(30, 45))
    decided = heard + dt.timedelta(days=r.randint(10, 20))
    docket = f"{r.digits(2)}-HCBS-{r.digits(5)}"
    agency = "Prairie Rose Respite Services"
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line("OFFICE OF ADMINISTRATIVE HEARINGS", 13, "B", align="C", h=7)
    d.text_line(f"In the matter of {f['member']}, Appellant, v. {STATE}", 10, align="C", h=6)
    d.text_line(f"Docket {docket}", 10, align="C", h=6)
    d.ln(6)
    d.text_line("DECISION", 12, "B", align="C", h=7)
    d.para(f"A hearing was held on {fmt_date(heard, 'long')}. The appellant, Medicaid number {f['mcd']}, appealed "
           f"the reduction of waiver respite from {f['old']} to {f['new']} hours a month, provided by {agency}, "
           f"effective {fmt_date(f['eff'], 'long')}.", 11)
    d.para("The reassessment was done correctly and the reduced hours meet the appellant's assessed need. The "
           "agency's action is AFFIRMED.", 11)
    d.para(f"Issued {fmt_date(decided, 'long')}. You may ask the district court to review this decision within "
           "30 days.", 11)
    t = truth("denial_letter", "medical_necessity", insurer="Office of Administrative Hearings", member_id=f["mcd"],
              member_name=f["member"], case_numbers=[docket], denial_date=iso(decided), provider=agency,
              alternates={"insurer": [STATE], "service_dates": [[iso(f["eff"])]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# 6 -------------------------------------------------------------- continued benefits notice (not a denial)
def doc_continued(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sent = f["eff"] - dt.timedelta(days=r.randint(2, 5))
    req = f"FH{r.digits(7)}"
    d = Doc(margins=(20, 16, 20))
    d.add_page()
    d.text_line(STATE, 11, "B", h=6)
    d.text_line("Hearings Unit", 9.5, h=5)
    d.ln(6)
    d.text_line(f"Date: {fmt_date(sent, 'iso')}", 10, h=6)
    d.text_line(f"To: {f['member']}    Medicaid ID: {f['mcd']}    Hearing request: {req}", 10, h=6)
    d.ln(4)
    d.para("We received your hearing request before the effective date of the change. Your respite hours will "
           f"stay at {f['old']} hours a month until the hearing officer decides. If you lose the hearing, you may "
           "have to pay back the cost of the extra hours. This notice does not decide your hearing.", 10)
    t = truth("other", None, insurer=STATE, member_id=f["mcd"], member_name=f["member"], case_numbers=[req],
              denial_date=iso(sent))
    return pdf_bytes(d), t


# 7 -------------------------------------------------------------- agency statement alone (photocopy)
def doc_statement2(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["agency"] = "Evening Star Caregiver Relief"
    return doc_agency_statement(r, f)


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_cover, "cm_cover", "born_digital"), (2, doc_statement2, "agency_statement", "photocopy"),
              (3, doc_emergency, "emergency_approval", "phone_photo"), (4, doc_hearing, "hearing_upheld", "rotated"),
              (5, doc_mco, "mco_notice", "fax_standard_g4"), (6, doc_continued, "continued", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
