"""Family 'home_dialysis_training_session_limit_eob': invented Medicare Summary Notices (one in Spanish), Medicare
Advantage, commercial and Medicaid managed-care EOBs, a Medicare contractor's redetermination and a dialysis
facility statement on home dialysis training: home hemodialysis (HHD) and peritoneal dialysis (PD) training sessions
billed by the training facility under revenue code 0829 with CPT 90993 (training, per session) and 90989 (training,
completed course), and by the nephrologist. Sessions past the training limit (25 for home hemodialysis, 15 for
peritoneal dialysis) are denied unless the need for more is documented.

Cases: a commercial facility EOB paying HHD training sessions up to the 25-session benefit limit and denying the rest;
a Part A MSN denying training sessions 26 to 29 as not medically necessary; a Medicare Advantage EOB in boxed form
denying PD training sessions past 15; a paid commercial EOB for a completed PD training course (nothing denied); a fax
stack of a Medicaid managed-care EOB denying extra HHD training sessions and the facility's statement of account
(with the blank back of the EOB's sheet); a Part A contractor's redetermination upholding the denial of extra HHD
training sessions (phone photo); a Spanish Part B MSN denying the nephrologist's extra training sessions (rotated).

Layouts are invented, modelled loosely on CMS Medicare Summary Notices (MSN, "Aviso de Resumen de Medicare"),
MA EOBs, commercial EOBs and redetermination letters; statement-heavy with boxed label-above-value headers, claim
tables and code legends. All values invented: plans, facilities, nephrologists, people, IDs, amounts; phones
1-555. Decoys: nephrologists and training nurses, NPIs, CCNs, dates of birth, processing periods, received dates,
allowed/paid/you-may-be-billed amounts, deductible totals, patient account numbers, the date dialysis started.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "home_dialysis_training_session_limit_eob"
LANG = "en"
SEED = 266600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("BCDFGHJKLMNPRSTVWXZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def days(d0, n):
    return d0 + dt.timedelta(days=n)


def sessions(start, n, step=(2, 2, 3)):
    """n training dates, three or so a week, from start."""
    out, d = [], start
    for i in range(n):
        out.append(d)
        d = days(d, step[i % len(step)])
    return out


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.7, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


def kv(d, rows, w=46, size=9.4, sep=":"):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.56, a + sep)
        d.font(size)
        d.cell(0, size * 0.56, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


FIRST = ["Octavia", "Barnaby", "Clementine", "Ignatius", "Perpetua", "Fitzgerald", "Henrietta", "Montgomery",
         "Wilhelmina", "Alistair"]
LAST = ["Pennywhistle", "Aldridge", "Carraway", "Dunmore", "Everleigh", "Hartigan", "Lockridge", "Merriweather",
        "Northcott", "Pemberly"]
FIRST_ES = ["Rigoberto", "Anacleta", "Evaristo", "Maribel", "Teodoro", "Yesenia"]
LAST_ES = ["Villaseñor", "Echeverría", "Barragán", "Olmedo", "Quiñones", "Sepúlveda"]
CITIES = ["Willow Forge, OH 43099", "Granite Lake, VT 05099", "Silverbend, NV 89099", "Dunmore Heights, AL 35099"]
CITIES_ES = ["San Benito Viejo, TX 78099", "Loma Clara, AZ 85099"]
STREETS = ["Kestrel Avenue", "Gatehouse Road", "Larkspur Circle", "Ridgeline Terrace", "Copperfield Street"]
FACILITIES = ["Willow Forge Home Dialysis Training Center", "Silverbend Kidney Care - Home Program",
              "Granite Lake Renal Institute", "Dunmore Heights Dialysis Partners"]
NEPHROS = ["Dr. Cassius R. Ambrose, MD", "Dr. Leonora F. Whitcombe, MD", "Dr. Tobias N. Achterberg, DO",
           "Dr. Priyanka V. Halvorsen, MD"]
NURSES = ["Gwendolyn P. Ostrowski, RN, CNN", "Raymundo T. Ellery, RN"]


def person(r, es=False):
    return f"{r.choice(FIRST_ES if es else FIRST)} {r.choice(MI)}. {r.choice(LAST_ES if es else LAST)}"


def base(r, es=False):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 190))
    return dict(notice=notice, member=person(r, es),
                addr=(f"{r.randint(12, 9900)} {r.choice(STREETS)}", r.choice(CITIES_ES if es else CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1946, 1985), r.randint(1, 12), r.randint(1, 28)))


def m(v):
    return f"{v:.2f}"


# ---------------------------------------------------------------- 0: commercial facility EOB, HHD past 25
def doc_commercial(r):
    f = base(r)
    plan = "Copperline Health Assurance"
    fac, neph = FACILITIES[0], NEPHROS[0]
    first_no = 21
    dates = sessions(days(f["notice"], -r.randint(40, 50)), 8)
    rate = round(r.randint(560, 720) + r.choice([0, 0.5]), 2)
    nums = list(range(first_no, first_no + len(dates)))
    denied = [x for x, n in zip(dates, nums) if n > 25]
    total = round(rate * len(dates), 2)
    allowed = round(rate * 0.62, 2)
    paid_each = round(allowed * 0.8, 2)
    claim = pat(r, "9999999999-99")
    f.update(mid=pat(r, "CHA99999999"), grp=pat(r, "9999999"))
    ds, ms = "slash", "plain"
    d = Page(footer="Copperline Health Assurance  ·  Explanation of Benefits  ·  Page {p} of {n}")
    d.add_page()
    d.text_line("Copperline Health Assurance", 16, "B")
    d.text_line(f"PO Box 5120, Willow Forge, OH 43099   ·   Customer Service {f['phone']}", 8.4)
    d.rule(0.6, 3)
    d.text_line("Explanation of Benefits        THIS IS NOT A BILL", 12, "B")
    d.ln(2)
    d.boxes([("Date issued", fmt_date(f["notice"], ds), 28), ("Patient", f["member"], 50),
             ("Member ID", f["mid"], 36), ("Group no.", f["grp"], 30), ("Claim no.", claim, 36)])
    d.boxes([("Provider", fac, 100), ("Attending nephrologist", neph, 76)])
    d.boxes([("Service", "Home hemodialysis training, rev 0829 / CPT 90993", 100),
             ("Received", fmt_date(days(dates[-1], 6), ds), 38), ("Network", "In network", 38)])
    d.ln(4)
    rows = []
    for x, n in zip(dates, nums):
        ok = n <= 25
        rows.append([fmt_date(x, ds), f"0829 / 90993", f"Training session {n}", fmt_money(rate, ms),
                     fmt_money(allowed if ok else 0, ms), fmt_money(paid_each if ok else 0, ms),
                     fmt_money(round(allowed - paid_each, 2) if ok else 0, ms), "PD1" if ok else "TL25"])
    npaid = sum(1 for n in nums if n <= 25)
    rows.append(["*Totals", "", "", fmt_money(total, ms), fmt_money(round(allowed * npaid, 2), ms),
                 fmt_money(round(paid_each * npaid, 2), ms), fmt_money(round((allowed - paid_each) * npaid, 2), ms), ""])
    d.table(["Date", "Rev / CPT", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [20, 24, 36, 22, 20, 20, 20, 14], size=7.9, aligns="LLLRRRRL", head_fill=True)
    paras(d, [
        "#Notes",
        "PD1   Paid at the in-network rate after your 20% coinsurance.",
        "TL25  Not covered: your plan covers up to 25 home hemodialysis training sessions per training episode "
        "(Schedule of Benefits, Dialysis Services). These sessions are past the limit. The facility did not send "
        "the nephrologist's statement that more sessions were needed. As an in-network facility it may not bill "
        "you for these sessions.",
        "#Your right to appeal",
        "If you disagree with how we processed this claim, you may appeal within 180 days of the date this "
        "statement was issued. Write to Copperline Health Assurance, Member Appeals, PO Box 5188, Willow Forge, OH "
        "43099, or call Customer Service. Include the claim number and any records that show why the extra "
        "training sessions were needed."], 8.9)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=m(total), service_dates=[x.isoformat() for x in denied],
              denial_date=f["notice"].isoformat(), provider=fac, appeal_deadline=days(f["notice"], 180).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"service_dates": [[x.isoformat() for x in dates]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Part A MSN, HHD sessions 26-29
def doc_msn(r):
    f = base(r)
    fac, neph = FACILITIES[2], NEPHROS[1]
    dates = sessions(days(f["notice"], -r.randint(45, 60)), 6)
    nums = list(range(24, 24 + len(dates)))
    rate = round(r.randint(480, 640) + r.choice([0, 0.25, 0.75]), 2)
    total = round(rate * len(dates), 2)
    denied = [x for x, n in zip(dates, nums) if n > 25]
    claim = pat(r, "99999999999999")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"))
    deadline = days(f["notice"], 120)
    p0 = days(f["notice"], -92)
    ds, ms = "long", "plain"
    d = Page(footer="Medicare Summary Notice for Part A (Hospital Insurance)   ·   Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice", 18, "B")
    d.text_line("for Part A (Hospital Insurance)", 11)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.8, 4)
    kv(d, [("Name", f["member"]), ("Medicare Number", f["mbi"]),
           ("Date of this notice", fmt_date(f["notice"], ds)),
           ("Claims processed between", f"{fmt_date(p0, ds)} and {fmt_date(f['notice'], ds)}")], w=52)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Your Facility Claims for This Period", 12.5, "B")
    d.ln(1)
    d.boxes([("Did Medicare approve all services?", "NO", 64), ("Number of facilities with claims", "1", 58),
             ("Total you may be billed", fmt_money(round(rate * (len(dates) - len(denied)) * 0.2, 2), ms), 58)])
    d.ln(4)
    paras(d, [
        "#If you disagree with a decision",
        f"See the claim details on page 2. If you disagree with any claims decision, you can file an appeal. Your "
        f"appeal must be filed by {fmt_date(deadline, ds)}. Circle the services you disagree with, explain why, "
        "sign this page and send it with the claim details to the contractor address shown on page 2.",
        "#Your Deductible Status",
        "Your Part A deductible for this benefit period has been met.",
        "#Be informed!",
        "Home dialysis training helps you and a helper learn to do dialysis safely at home. Medicare covers a limited "
        "number of training sessions for each type of home dialysis."], 9.4)
    d.add_page()
    d.text_line(f"{fac}", 11.5, "B")
    d.text_line(f"Claim number {claim}  ·  Attending physician {neph}  ·  Facility CCN {pat(r, '99-9999')}", 8.6)
    d.ln(2)
    rows = [[fmt_date(x, "slash"), "0829 90993", f"HHD training, session {n}",
             "Yes" if n <= 25 else "No", fmt_money(rate, ms),
             fmt_money(round(rate * 0.2, 2) if n <= 25 else 0, ms), "" if n <= 25 else "A, B"]
            for x, n in zip(dates, nums)]
    rows.append(["*Total for this claim", "", "", "", fmt_money(total, ms), "", ""])
    d.table(["Service date", "Rev/CPT", "Service provided", "Approved?", "Facility charged", "You may be billed",
             "See notes"], rows, [22, 20, 48, 18, 28, 28, 16], size=7.9, aligns="LLLLRRL")
    paras(d, [
        "#Notes for Claims Above",
        "A  Medicare pays for up to 25 home hemodialysis training sessions. More sessions are paid only when the "
        "record shows why they were medically necessary. This information was not provided, so these services "
        "were not reasonable and necessary.",
        "B  You do not have to pay this amount. The facility did not tell you in writing, before the service, that "
        "Medicare would likely not pay.",
        "#How to file an appeal",
        f"Your appeal must be filed by {fmt_date(deadline, ds)}. Send this notice to: Lakeview Regional Medicare "
        "Part A Contractor, Redeterminations, PO Box 9211, Granite Lake, VT 05099. Call 1-800-MEDICARE "
        "(1-800-633-4227) for help."], 9.0)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
              case_numbers=[claim], claim_amount=m(total), service_dates=[x.isoformat() for x in denied],
              denial_date=f["notice"].isoformat(), provider=fac, appeal_deadline=deadline.isoformat(),
              denial_alternates=["not_covered"], type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"],
                          "service_dates": [[x.isoformat() for x in dates]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: MA EOB boxed, PD training past 15
def doc_ma(r):
    f = base(r)
    org, product = "Tidewater Senior Health Plans, Inc.", "Tidewater Advantage Plus (HMO-POS)"
    hnum = pat(r, "H9999-999")
    fac, neph = FACILITIES[1], NEPHROS[2]
    dates = sessions(days(f["notice"], -r.randint(30, 40)), 5, (1, 2, 1, 3))
    nums = list(range(13, 13 + len(dates)))
    rate = round(r.randint(410, 560) + r.choice([0, 0.5]), 2)
    total = round(rate * len(dates), 2)
    denied = [x for x, n in zip(dates, nums) if n > 15]
    claim = pat(r, "9999999999999")
    f.update(mid=pat(r, "T9999999999"))
    ds, ms = "dmy", "nosign"
    d = Page(footer=f"{hnum.split('-')[0]}_EOB26_C   {product} is offered by {org}, an HMO-POS plan with a Medicare contract.")
    d.add_page()
    d.text_line(product, 14, "B")
    d.text_line(f"{org}   ·   PO Box 7700, Silverbend, NV 89099   ·   {f['phone']} (TTY 711)", 8.2)
    d.rule(0.5, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  Medical claim", 12, "B")
    d.ln(1)
    d.boxes([("Member name", f["member"], 60), ("Member ID", f["mid"], 40), ("Plan", hnum, 30),
             ("Statement date", fmt_date(f["notice"], ds), 46)], h=12)
    d.boxes([("Claim number", claim, 50), ("Facility", fac, 86), ("Nephrologist", neph, 40)], h=12)
    d.ln(4)
    rows = [[fmt_date(x, ds), "90993 / 0829", f"PD training, session {n}", fmt_money(rate, ms),
             fmt_money(round(rate * 0.55, 2) if n <= 15 else 0, ms),
             fmt_money(round(rate * 0.55, 2) if n <= 15 else 0, ms), fmt_money(0, ms), "" if n <= 15 else "X7"]
            for x, n in zip(dates, nums)]
    rows.append(["*Claim total", "", "", fmt_money(total, ms), "", "", fmt_money(0, ms), ""])
    d.table(["Date", "Code", "Service", "Amount billed", "Plan approved", "Plan paid", "Your share", "Remark"],
            rows, [22, 22, 38, 24, 24, 20, 18, 12], size=7.9, aligns="LLLRRRRL", head_fill=True)
    paras(d, [
        "#Remark codes",
        "X7  Denied: not medically necessary. Medicare rules that our plan follows allow up to 15 training sessions "
        "for peritoneal dialysis (CAPD or CCPD). The facility's records do not explain why sessions past the 15th "
        f"were needed. {fac} is in our network and cannot bill you for these sessions.",
        "#If you disagree with our decision",
        "You have the right to ask us to reconsider (appeal). You must ask within 65 days of the statement date "
        f"shown above. Call {f['phone']} or write to Tidewater Senior Health Plans, Appeals, PO Box 7740, "
        "Silverbend, NV 89099. If your appeal is denied, it is sent automatically to an independent review entity."],
        8.9)
    t = truth("eob", "medical_necessity", insurer=org, plan_id=hnum, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=m(total), service_dates=[x.isoformat() for x in denied],
              denial_date=f["notice"].isoformat(), provider=fac, appeal_deadline=days(f["notice"], 65).isoformat(),
              denial_alternates=["not_covered"],
              alternates={"insurer": [product], "plan_id": [None], "service_dates": [[x.isoformat() for x in dates]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid commercial EOB, PD completed course
def doc_paid(r):
    f = base(r)
    plan = "Bramblegate Health Insurance Co."
    fac, neph = FACILITIES[3], NEPHROS[3]
    dos = days(f["notice"], -r.randint(20, 30))
    course, visit = round(r.randint(2400, 3600) + 0.0, 2), round(r.randint(180, 260) + 0.5, 2)
    total = round(course + visit, 2)
    claim = pat(r, "BG-99999999")
    f.update(mid=pat(r, "XJB999999999"), grp=pat(r, "99999"))
    ds, ms = "wlong", "usd"
    d = Page()
    d.add_page()
    d.text_line("BRAMBLEGATE HEALTH", 15, "B", "C")
    d.text_line("Bramblegate Health Insurance Co.  ·  PO Box 880, Dunmore Heights, AL 35099", 8.4, "", "C")
    d.rule(0.3, 4)
    d.text_line("Your Explanation of Benefits", 12.5, "B")
    d.text_line("This is not a bill. It shows how we handled a claim for you.", 9)
    d.ln(2)
    kv(d, [("Issued", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("Member number", f["mid"]),
           ("Group", f["grp"]), ("Claim", claim), ("Provider", fac), ("Physician", neph)], w=40)
    d.table(["Service date", "Code", "What it was for", "Charged", "Allowed", "We paid", "Your cost"],
            [[fmt_date(dos, "slash"), "90989", "Dialysis training, completed course (CCPD)", fmt_money(course, ms),
              fmt_money(round(course * 0.7, 2), ms), fmt_money(round(course * 0.7, 2), ms), fmt_money(0, ms)],
             [fmt_date(dos, "slash"), "90960", "ESRD monthly services, home", fmt_money(visit, ms),
              fmt_money(round(visit * 0.8, 2), ms), fmt_money(round(visit * 0.8 - 20, 2), ms), fmt_money(20, ms)],
             ["*Total", "", "", fmt_money(total, ms), "", "", fmt_money(20, ms)]],
            [24, 14, 60, 22, 22, 20, 18], size=7.9, aligns="LLLRRRR")
    paras(d, [
        "#Summary",
        f"Your peritoneal dialysis training course at {fac} was completed in 11 sessions and is paid in full under "
        "your dialysis benefit. You owe only the office visit copay shown above. No services on this claim were "
        "denied.",
        "#Questions or concerns",
        "If you think we made a mistake, you can ask for a review within 180 days of the date you receive this "
        "statement. Call the number on your ID card."], 9.2)
    t = truth("eob", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=m(total), service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=fac, type_alternates=["other"],
              alternates={"provider": [neph]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: Medicaid MCO EOB + facility statement
def doc_stack(r):
    f = base(r)
    mco = "Keystone Valley Community Health Plan"
    fac, neph = FACILITIES[0], NEPHROS[1]
    dates = sessions(days(f["notice"], -r.randint(35, 45)), 4)
    nums = list(range(26, 30))
    rate = round(r.randint(500, 620) + 0.0, 2)
    total = round(rate * len(dates), 2)
    claim = pat(r, "99999-999-99999")
    f.update(mid=pat(r, "99999999999"))
    ds, ms = "abbr", "space"
    d = Page()
    d.add_page()
    d.text_line(mco, 14, "B")
    d.text_line("A Medicaid managed care plan  ·  Member Services " + f["phone"] + "  ·  TTY 711", 8.4)
    d.rule(0.5, 3)
    d.text_line("MEMBER EXPLANATION OF BENEFITS", 12, "B")
    d.ln(1)
    kv(d, [("Date of statement", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Claim number", claim), ("Billing provider", fac), ("Ordering physician", neph)], w=46, size=9.2)
    d.table(["Date", "Service", "Billed", "Paid", "Reason"],
            [[fmt_date(x, ds), f"HHD training (0829/90993) #{n}", fmt_money(rate, ms), fmt_money(0, ms), "M25"]
             for x, n in zip(dates, nums)] + [["*Total", "", fmt_money(total, ms), fmt_money(0, ms), ""]],
            [30, 74, 28, 24, 20], size=8.2, aligns="LLRRL")
    paras(d, [
        "M25  The plan covers up to 25 home hemodialysis training sessions without prior approval. Sessions after "
        "the 25th need prior authorization showing why more training is medically necessary. No authorization was "
        "on file for these dates. You do not have to pay for these services.",
        "If you do not agree, you can ask the plan for an appeal within 60 days of the date of this statement. "
        "After the plan's appeal you may ask for a State Fair Hearing within 120 days."], 9.0)
    t1 = truth("eob", "prior_authorization", insurer=mco, member_id=f["mid"], member_name=f["member"],
               case_numbers=[claim], claim_amount=m(total), service_dates=[x.isoformat() for x in dates],
               denial_date=f["notice"].isoformat(), provider=fac, appeal_deadline=days(f["notice"], 60).isoformat(),
               denial_alternates=["medical_necessity"])
    pdf1 = pdf_bytes(d)
    sd = days(f["notice"], r.randint(10, 20))
    acct = pat(r, "PT-9999999")
    d = Page()
    d.add_page()
    d.text_line(fac, 13.5, "B", "C")
    d.text_line("Patient Accounts  ·  410 Foundry Lane, Willow Forge, OH 43099  ·  1-555-402-7711", 8.4, "", "C")
    d.rule(0.3, 4)
    d.text_line("STATEMENT OF ACCOUNT", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Statement date", fmt_date(sd, ds), 40), ("Patient", f["member"], 62), ("Account", acct, 40),
             ("Amount due", fmt_money(0, ms), 34)])
    d.ln(4)
    d.table(["Date", "Description", "Charges", "Insurance", "Adjustment", "Balance"],
            [[fmt_date(x, ds), f"Home HD training session {n}", fmt_money(rate, ms), fmt_money(0, ms),
              fmt_money(-rate, ms).replace("$ -", "-$ "), fmt_money(0, ms)] for x, n in zip(dates, nums)] +
            [["*Totals", "", fmt_money(total, ms), fmt_money(0, ms), "", fmt_money(0, ms)]],
            [28, 62, 24, 22, 24, 20], size=8.2, aligns="LLRRRR")
    paras(d, [
        f"Keystone Valley Community Health Plan denied claim {claim} for these training sessions. Because you are "
        "a Medicaid member, we have written off the charges and you owe nothing. We are asking the plan to review "
        "the denial with your nephrologist's notes. This statement is for your records."], 9.2)
    t2 = truth("other", None, insurer=None, member_name=f["member"], case_numbers=[claim], claim_amount=m(total),
               service_dates=[x.isoformat() for x in dates], denial_date=sd.isoformat(), provider=fac,
               unscored=["insurer"], alternates={"case_numbers": [[]], "claim_amount": [None, "0.00"]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: Part A contractor redetermination upheld
def doc_redet(r):
    f = base(r)
    mac = "Lakeview Regional Medicare Part A Contractor"
    fac, neph = FACILITIES[2], NEPHROS[0]
    dates = sessions(days(f["notice"], -r.randint(110, 130)), 3)
    rate = round(r.randint(520, 650) + 0.5, 2)
    total = round(rate * 3, 2)
    claim, appeal = pat(r, "99999999999999"), pat(r, "9-99999999999")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"))
    ds, ms = "mdy_nopad", "bare"
    d = Page(footer=f"{mac}   ·   Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(mac, 14, "B")
    d.text_line("Redeterminations Unit  ·  PO Box 9211, Granite Lake, VT 05099  ·  Medicare Part A Jurisdiction 7", 8.3)
    d.rule(0.5, 4)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(3)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12.5, "B")
    d.ln(1)
    kv(d, [("Beneficiary", f["member"]), ("Medicare number", f["mbi"]), ("Appeal number", appeal),
           ("Claim number", claim), ("Provider", fac), ("Dates of service",
           ", ".join(fmt_date(x, ds) for x in dates)), ("Amount in dispute", fmt_money(total, ms))], w=46, size=9.2)
    paras(d, [
        f"We received your request for a redetermination of Medicare's decision on home hemodialysis training "
        f"sessions 26, 27 and 28 billed by {fac} (revenue code 0829, CPT 90993).",
        "#Decision",
        "Our decision is UNFAVORABLE. Medicare will not pay for these services.",
        "#Explanation",
        "Medicare pays for up to 25 home hemodialysis training sessions. Additional sessions are covered only when "
        "the medical record shows a specific reason, such as a change in the dialysis prescription, a new helper, "
        f"or a complication during training. The notes from {neph} and the training nurse show that training went "
        "as planned and that you were judged ready for home dialysis after session 24. The extra sessions were not "
        "reasonable and necessary.",
        "#If you disagree",
        "You may ask for a reconsideration by a Qualified Independent Contractor. You must file within 180 days of "
        "the date you receive this letter. We assume you receive it 5 days after the date of the letter. Use form "
        "CMS-20033."], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=mac, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m(total), service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=fac, appeal_deadline=days(f["notice"], 185).isoformat(),
              denial_alternates=["not_covered"],
              alternates={"insurer": ["Medicare"], "case_numbers": [[appeal]],
                          "appeal_deadline": [days(f["notice"], 180).isoformat(), None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Spanish Part B MSN, nephrologist sessions
def doc_msn_es(r):
    f = base(r, es=True)
    neph = NEPHROS[3]
    prac = "Loma Clara Nephrology Associates"
    dates = sessions(days(f["notice"], -r.randint(45, 60)), 4)
    nums = list(range(14, 18))
    rate = round(r.randint(95, 160) + 0.0, 2)
    total = round(rate * len(dates), 2)
    denied = [x for x, n in zip(dates, nums) if n > 15]
    claim = pat(r, "99-9999-9999-999")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"))
    deadline = days(f["notice"], 120)
    ds = "es"
    d = Page(footer="Aviso de Resumen de Medicare para la Parte B   ·   Página {p} de {n}")
    d.add_page()
    d.text_line("Aviso de Resumen de Medicare", 17, "B")
    d.text_line("para la Parte B (Seguro Médico)", 11)
    d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid",
                8.2)
    d.rule(0.8, 4)
    kv(d, [("Nombre", f["member"]), ("Número de Medicare", f["mbi"]), ("Fecha de este aviso", fmt_date(f["notice"], ds)),
           ("Reclamaciones procesadas entre", f"{fmt_date(days(f['notice'], -91), ds)} y {fmt_date(f['notice'], ds)}")],
       w=62, size=9.2)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(3)
    d.boxes([("¿Aprobó Medicare todos los servicios?", "NO", 70), ("Proveedores con reclamaciones", "1", 52),
             ("Total que le pueden facturar", fmt_money(round(rate * 0.2 * (len(dates) - len(denied)), 2)), 58)])
    d.ln(4)
    d.text_line(f"{prac}", 11, "B")
    d.text_line(f"Número de reclamación {claim}  ·  Médico: {neph}", 8.6)
    d.ln(1)
    d.table(["Fecha del servicio", "Servicio", "¿Aprobado?", "Cobrado", "Le pueden facturar", "Notas"],
            [[fmt_date(x, "es_abbr"), f"90993 Entrenamiento de diálisis, sesión {n}", "Sí" if n <= 15 else "No",
              fmt_money(rate), fmt_money(round(rate * 0.2, 2) if n <= 15 else 0), "" if n <= 15 else "A"]
             for x, n in zip(dates, nums)] + [["*Total", "", "", fmt_money(total), "", ""]],
            [30, 70, 18, 22, 28, 12], size=7.9, aligns="LLLRRL")
    paras(d, [
        "#Notas",
        "A  Medicare paga hasta 15 sesiones de entrenamiento para diálisis peritoneal. Las sesiones adicionales solo "
        "se pagan si el expediente muestra que eran médicamente necesarias. No recibimos esa información. Usted no "
        "tiene que pagar esta cantidad.",
        "#Si no está de acuerdo",
        f"Si no está de acuerdo con alguna decisión, puede presentar una apelación. Su apelación debe presentarse "
        f"antes del {fmt_date(deadline, ds)}. Marque con un círculo los servicios, explique por qué no está de "
        "acuerdo, firme y envíe esta página a: Contratista de Medicare Parte B, Apelaciones, PO Box 3320, Loma "
        "Clara, AZ 85099. Llame al 1-800-MEDICARE (1-800-633-4227) si necesita ayuda."], 8.9)
    t = truth("eob", "medical_necessity", lang="es", insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
              case_numbers=[claim], claim_amount=m(total), service_dates=[x.isoformat() for x in denied],
              denial_date=f["notice"].isoformat(), provider=prac, appeal_deadline=deadline.isoformat(),
              denial_alternates=["not_covered"], type_alternates=["denial_letter"],
              alternates={"insurer": ["Centros de Servicios de Medicare y Medicaid"], "provider": [neph],
                          "service_dates": [[x.isoformat() for x in dates]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_commercial_eob_hhd_past_25_sessions", "born_digital", doc_commercial, None),
    ("scan300_msn_part_a_training_sessions", "scan_clean_300", doc_msn, None),
    ("lowres_ma_eob_pd_training_past_15", "scan_lowres_150", doc_ma, None),
    ("copy_paid_eob_pd_training_course", "photocopy", doc_paid, None),
    ("faxstd_stack_medicaid_eob_facility_statement", "fax_standard_g4", doc_stack, ["duplex", None]),
    ("photo_redetermination_upheld_hhd_training", "phone_photo", doc_redet, None),
    ("rotated_msn_es_part_b_sessions", "rotated", doc_msn_es, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
