"""Family 'medically_tailored_meals_supplemental_benefit_denial': Medicare Advantage and Medicaid managed care letters
and statements on home-delivered medically tailored meals after a hospital discharge or for a chronic condition.

Issuers (all invented): Bellwyn Health Plans (Medicare Advantage HMO; logo word "BELLWYN" over a rule; letters and a
supplemental benefits statement), Corriedale Community Health Plan (Medicaid managed care; an in-lieu-of-service
request denied and one approved by fax), Thistledown Health Alliance (Medicare Advantage D-SNP; right-aligned
letters). Contents: meals delivered outside the 30-day post-discharge window; 28 meals billed against a 14-meal
post-discharge benefit; a Medicaid in-lieu-of service (medically tailored meals) not approved; a meal vendor outside
the plan's network; an approval of 28 meals faxed to the vendor; meals delivered without prior authorization (phone
photo); meals over the chronic-condition benefit's 28 meals a quarter (rotated). Decoys: the discharging hospital,
the discharge date, the dietitian, dates of birth, received dates, NPIs, fair-hearing and continuation limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medically_tailored_meals_supplemental_benefit_denial"
LANG = "en"

BW, CD, TD = "Bellwyn Health Plans", "Corriedale Community Health Plan", "Thistledown Health Alliance"
ADDR = {BW: ("PO Box 61207", "Garrowfield, WI 53999"), CD: ("18 Corriedale Square", "Port Anselm, NC 27999"),
        TD: ("4400 Thistledown Parkway", "Merrow Bend, KY 40999")}
VENDORS = ["Harvest Table Medical Meals", "Mendbrook Therapeutic Kitchens", "Copperpot Home Nutrition Co.",
           "GreenLarder Tailored Meals", "Saltbush Renal & Cardiac Meals"]
HOSPITALS = ["Riverbend Memorial Hospital", "Saint Ottilie Medical Center", "Kestrel Bay General Hospital",
             "Ambleside Regional Hospital"]
DIETITIANS = ["Noor E. Haddad, RDN", "Ciaran P. Whelan, RDN", "Yuki M. Ostergaard, RD"]
FIRST = ["Philomena", "Obadiah", "Genevieve", "Tadeusz", "Hyacinth", "Ebenezer", "Anneliese", "Chukwuemeka",
         "Rosalind", "Vikram", "Ottoline", "Florencio"]
LAST = ["Birkenstock-Hale", "Adeyemi", "Featherstonhaugh", "Mroczek", "Ballantyne", "Koskinen", "Ashworth",
        "Delacroix-Boyd", "Nakashima", "Ferreira"]
STREETS = ["Gallowglass Road", "Mistletoe Lane", "Paddock Hill Drive", "Wickerby Court", "Tanager Street"]
CONDITIONS = ["congestive heart failure", "type 2 diabetes with chronic kidney disease stage 3",
              "chronic obstructive pulmonary disease", "end-stage renal disease on dialysis"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[f["ds"]]


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    disch = notice - dt.timedelta(days=r.randint(60, 80))
    ids = {BW: ("BW" + digits(r, 9), "H7421-008", "BWS" + digits(r, 9)),
           CD: ("CCH" + digits(r, 8), None, "CD" + digits(r, 10)),
           TD: (digits(r, 4) + "-" + digits(r, 5), "H3386-002", "TD-" + digits(r, 8))}[ins]
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", ADDR[ins][1]), notice=notice, disch=disch,
                mid=ids[0], plan=ids[1], claim=ids[2], vendor=r.choice(VENDORS), hosp=r.choice(HOSPITALS),
                rd=r.choice(DIETITIANS), cond=r.choice(CONDITIONS), ph=phone(r), npi=npi(r), mcaid=digits(r, 9),
                dob=dt.date(r.randint(1940, 1975), r.randint(1, 12), r.randint(1, 28)), auth="AR" + digits(r, 9))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == BW:
        d.text_line("BELLWYN", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{BW}  |  Bellwyn Medicare Advantage (HMO)  |  {a[0]}, {a[1]}  |  {f['ph']}", 8.5)
    elif ins == CD:
        d.text_line(CD, 15, "B")
        d.text_line("A Medicaid managed care plan", 9)
        d.text_line(f"{a[0]}, {a[1]}  |  Member Services {f['ph']} (TTY 711)", 8.5)
    else:
        d.text_line(TD, 14, "B", align="R")
        d.text_line("Thistledown Dual Advantage (HMO D-SNP)", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="R")
    d.ln(6)


def pairs(d: Doc, rows, lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def letter(f: dict, title: str, rows, body: list[str], *, amt, denial, days, cases, sdates, dated=False,
           medicaid=False, dalts=(), alts=None, sign="Supplemental Benefits Team", fax=None,
           to_vendor=False) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    for ln in ((f["vendor"], "Attn: Intake and Authorizations") if to_vendor else (f["name"], *f["addr"])):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para("Dear Provider:" if to_vendor else f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if days:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("If you disagree with this decision", 11, "B")
        d.ln(1)
        if dated:
            d.para(f"You may ask us to reconsider. Your request must reach us by {D(f, dl)}. Call {f['ph']} "
                   "(TTY 711) or write to the address above.")
        else:
            d.para(f"You may appeal within {days} days of the date of this notice. Call {f['ph']} (TTY 711) or "
                   "write to the address above.")
        d.para("If waiting could seriously harm your health, ask for a fast decision; we answer within 72 hours.",
               9.5)
        if medicaid:
            d.para("If you are already getting this service and want it to continue during the appeal, ask within "
                   "10 days. If we keep our decision, you may ask for a State Fair Hearing within 120 days of our "
                   "appeal decision.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              plan_id=f["plan"] if any(v == f["plan"] for _, v in rows) else None, member_name=f["name"],
              case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=f["vendor"], appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def statement(f: dict, lines, remarks, denial, *, sdates, days=65, dalts=(), alts=None) -> tuple[bytes, dict]:
    """lines: (delivery dates text, code, description, billed, allowed, plan paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Supplemental Benefits Statement", 15, "B")
    d.text_line("Explanation of Benefits  -  This is not a bill", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Plan", f["plan"]), ("Date of birth", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(32, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(f"Benefit: Post-Discharge Meals - up to 14 home-delivered meals after each inpatient stay, starting "
           f"within 30 days of discharge. Discharge on file: {D(f, f['disch'])} from {f['hosp']}.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim {f['claim']}  -  {f['vendor']}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j] for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Claim total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Delivered", "Code", "Meals", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [40, 13, 43, 20, 18, 18, 17, 11], size=7.8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"Your right to appeal: if you disagree, you may ask for a reconsideration within {days} days of the date "
           f"of this statement. Call {f['ph']} (TTY 711).", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], plan_id=f["plan"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=f["vendor"], appeal_deadline=iso(dl), alternates={k: v for k, v in (alts or {}).items() if v},
              denial_alternates=list(dalts))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(230550)

    # 1 born digital: MA letter, meals started outside the 30-day post-discharge window
    f = facts(random.Random(230551), BW, "long")
    start = f["disch"] + dt.timedelta(days=41)
    end = start + dt.timedelta(days=6)
    amt = 14 * 12.75
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Plan:", f["plan"]), ("Claim number:", f["claim"]),
            ("Meal provider:", f"{f['vendor']}, NPI {f['npi']}"),
            ("Meals delivered:", f"14 meals, {D(f, start)} to {D(f, end)}"), ("Amount billed:", fmt_money(amt)),
            ("Hospital discharge:", f"{D(f, f['disch'])}, {f['hosp']}")]
    body = [f"{f['vendor']} sent us a claim for 14 medically tailored meals delivered to your home. Your plan's "
            "Post-Discharge Meals benefit covers up to 14 meals after an inpatient hospital stay when the first "
            "delivery is within 30 days of your discharge.",
            f"You were discharged from {f['hosp']} on {D(f, f['disch'])}. The first meal was delivered on "
            f"{D(f, start)}, 41 days later. Meals that start after the 30-day window are not covered under this "
            "benefit, so we denied the claim. You may have other meal help through your county's aging services "
            "office."]
    items.append(Item(f"{FAMILY}_bd_ma_meals_outside_discharge_window", "born_digital", [letter(
        f, "Notice of Denial of Payment", rows, body, amt=amt, denial="not_covered", days=65, cases=[f["claim"]],
        sdates=[iso(start, end)], dalts=["eligibility"], alts={"service_dates": [[iso(start), iso(end)]]})]))

    # 2 born digital: MA statement, 28 meals billed against the 14-meal benefit
    f = facts(random.Random(230552), BW, "slash")
    s = f["disch"] + dt.timedelta(days=3)
    wk = [s + dt.timedelta(days=7 * i) for i in range(4)]
    p = 11.95
    lines = [(f"{D(f, wk[0])}-{D(f, wk[0] + dt.timedelta(days=6))}", "S5170", "7 meals", 7 * p, 7 * p, 7 * p, 0, ""),
             (f"{D(f, wk[1])}-{D(f, wk[1] + dt.timedelta(days=6))}", "S5170", "7 meals", 7 * p, 7 * p, 7 * p, 0, ""),
             (f"{D(f, wk[2])}-{D(f, wk[2] + dt.timedelta(days=6))}", "S5170", "7 meals", 7 * p, 0, 0, 0, "M14"),
             (f"{D(f, wk[3])}-{D(f, wk[3] + dt.timedelta(days=6))}", "S5170", "7 meals", 7 * p, 0, 0, 0, "M14")]
    end = wk[3] + dt.timedelta(days=6)
    rem = [("M14", "Your benefit covers up to 14 meals after each hospital stay. These meals are over that limit and "
                   "are not covered. The meal provider may not bill you for them unless you agreed in writing "
                   "before delivery."),
           ("", f"Menu planned by {f['rd']} for a heart-healthy, low-sodium diet.")]
    items.append(Item(f"{FAMILY}_bd_ma_statement_28_meals_over_14", "born_digital", [statement(
        f, lines, rem, "not_covered", sdates=[iso(wk[0], end)],
        alts={"claim_amount": [m2(14 * p)], "service_dates": [[iso(wk[2], end)]]})]))

    # 3 scan 300: Medicaid in-lieu-of service request not approved
    f = facts(random.Random(230553), CD, "abbr")
    req_start = f["notice"] + dt.timedelta(days=9)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Medicaid ID:", f["mcaid"]),
            ("Request number:", f["auth"]),
            ("Service requested:", "Medically tailored meals (in lieu of service), 2 meals a day for 12 weeks"),
            ("Requested by:", f"{f['vendor']}, NPI {f['npi']}"), ("Requested start date:", D(f, req_start)),
            ("Request received:", D(f, f["notice"] - dt.timedelta(days=6)))]
    body = [f"{f['vendor']} asked us to approve medically tailored meals for you as an in-lieu-of service (ILOS). "
            "The State lets us offer these meals in place of other covered care when a member meets the State's "
            "criteria.",
            "We did not approve the request. To get medically tailored meals, a member must have a chronic "
            "condition that diet affects (such as diabetes or heart failure) and either a hospital stay in the last "
            "90 days or two emergency room visits in the last 6 months. The records we received do not show a "
            f"chronic condition of that kind or a recent stay. Your last hospital stay on file was at {f['hosp']} "
            f"more than a year ago. The meals are not medically necessary under the ILOS criteria.",
            "You can still get help with food through your care manager, who can connect you with food banks and "
            "SNAP benefits."]
    items.append(Item(f"{FAMILY}_scan300_medicaid_ilos_meals_not_approved", "scan_clean_300", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, amt=None, denial="medical_necessity", days=60,
        cases=[f["auth"]], sdates=[iso(req_start)], medicaid=True, dalts=["not_covered"],
        alts={"member_id": [f["mcaid"]], "service_dates": [[]]}, sign="Utilization Management")]))

    # 4 150 dpi: MA letter, meal vendor out of network
    f = facts(random.Random(230554), BW, "abbr")
    start = f["disch"] + dt.timedelta(days=4)
    end = start + dt.timedelta(days=13)
    amt = 14 * 13.40
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Claim number:", f["claim"]),
            ("Meal provider:", f["vendor"]), ("Delivery dates:", f"{D(f, start)} - {D(f, end)}"),
            ("Amount billed:", fmt_money(amt)), ("Discharged from:", f"{f['hosp']} on {D(f, f['disch'])}")]
    body = [f"We received a claim from {f['vendor']} for 14 meals delivered after your discharge from {f['hosp']}.",
            f"Your Post-Discharge Meals benefit is a supplemental benefit. It is available only from the meal "
            f"vendors that contract with Bellwyn. {f['vendor']} does not have a contract with us, and your plan has "
            "no out-of-network coverage for supplemental benefits. We denied the claim. To use this benefit after "
            "a future stay, call us and we will arrange meals from a plan vendor."]
    items.append(Item(f"{FAMILY}_lowres_ma_vendor_out_of_network", "scan_lowres_150", [letter(
        f, "Notice of Denial of Payment", rows, body, amt=amt, denial="out_of_network", days=65, dated=True,
        cases=[f["claim"]], sdates=[iso(start, end)], alts={"service_dates": [[iso(start), iso(end)]]})]))

    # 5 fax fine: Medicaid plan approves 28 meals (ILOS) - faxed to the vendor
    f = facts(random.Random(230555), CD, "dmy")
    a0 = f["notice"] + dt.timedelta(days=2)
    a1 = a0 + dt.timedelta(days=13)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Authorization number:", f["auth"]),
            ("Service approved:", "Medically tailored meals (ILOS), 2 meals a day, 28 meals"),
            ("Approved dates:", f"{D(f, a0)} through {D(f, a1)}"), ("Vendor:", f"{f['vendor']}, NPI {f['npi']}"),
            ("Discharging hospital:", f"{f['hosp']} ({D(f, f['notice'] - dt.timedelta(days=1))})")]
    body = [f"We approved medically tailored meals for the member named above as an in-lieu-of service after the "
            f"member's discharge with {f['cond']}. Please deliver no more than 28 meals in the approved dates and "
            "bill with the authorization number above. Meals outside these dates need a new request.",
            "A copy of this approval was mailed to the member."]
    fax = f"{D(f, f['notice'])} 16:22  CORRIEDALE UM  FAX {phone(r)}  P. 1/1"
    items.append(Item(f"{FAMILY}_faxfine_medicaid_ilos_meals_approved", "fax_fine_g4", [letter(
        f, "Authorization Approved", rows, body, amt=None, denial=None, days=0, cases=[f["auth"]],
        sdates=[iso(a0, a1)], sign="Utilization Management", fax=fax, to_vendor=True,
        alts={"service_dates": [[iso(a0), iso(a1)]]})]))

    # 6 phone photo: D-SNP letter, meals delivered without prior authorization
    f = facts(random.Random(230556), TD, "iso")
    start = f["disch"] + dt.timedelta(days=2)
    end = start + dt.timedelta(days=20)
    amt = 28 * 10.85
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Plan:", f["plan"]), ("Claim number:", f["claim"]),
            ("Meal vendor:", f"{f['vendor']}, NPI {f['npi']}"), ("Deliveries:", f"{D(f, start)} to {D(f, end)}"),
            ("Amount billed:", fmt_money(amt)), ("Date of birth:", D(f, f["dob"]))]
    body = [f"{f['vendor']} billed us for 28 meals delivered after you left {f['hosp']} on {D(f, f['disch'])}.",
            "Your plan covers these meals only when the plan approves them before the first delivery (prior "
            "authorization). Your doctor or the hospital can ask for approval when you are discharged. No request "
            "was made for these meals, so we denied the claim. The vendor was told not to bill you."]
    items.append(Item(f"{FAMILY}_phone_dsnp_meals_no_prior_authorization", "phone_photo", [letter(
        f, "Notice of Denial of Medical Payment", rows, body, amt=amt, denial="prior_authorization", days=65,
        dated=True, cases=[f["claim"]], sdates=[iso(start, end)], alts={"service_dates": [[iso(start), iso(end)]]})]))

    # 7 rotated: D-SNP letter, chronic-condition meals over 28 a quarter
    f = facts(random.Random(230557), TD, "dmy")
    start = f["notice"] - dt.timedelta(days=24)
    end = start + dt.timedelta(days=6)
    amt = 14 * 12.50
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Claim number:", f["claim"]),
            ("Meal vendor:", f"{f['vendor']}, NPI {f['npi']}"), ("Meals:", f"14 meals, {D(f, start)} - {D(f, end)}"),
            ("Amount billed:", fmt_money(amt)), ("Claim received:", D(f, f["notice"] - dt.timedelta(days=8)))]
    body = [f"Because you have {f['cond']}, your plan's Healthy Meals for Chronic Conditions benefit covers up to 28 "
            "medically tailored meals each calendar quarter.",
            f"We already paid for 28 meals this quarter from {f['vendor']}. The 14 meals on this claim are over the "
            "quarterly limit, so they are not covered. Your meal benefit starts again on the first day of the next "
            f"quarter. Your dietitian, {f['rd']}, can help plan meals in the meantime."]
    items.append(Item(f"{FAMILY}_rotated_dsnp_chronic_meals_over_28", "rotated", [letter(
        f, "Notice of Denial of Payment", rows, body, amt=amt, denial="not_covered", days=65, cases=[f["claim"]],
        sdates=[iso(start, end)], alts={"service_dates": [[iso(start), iso(end)]]})]))
    return items
