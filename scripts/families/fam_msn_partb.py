"""Family msn_partb: the redesigned Medicare Summary Notice for Part B (Medical Insurance), as mailed quarterly.

Modelled on the public MSN layout: a page-1 dashboard (Medicare Number, Date of This Notice, Claims
Processed Between, Did Medicare Approve All Services?, Number of Services Medicare Denied, Total You May
Be Billed, Providers with Claims This Period, deductible status), a claims page per provider with the
columns 'Service Provided & Billing Code', 'Service Approved?', 'Amount Provider Charged', 'Medicare-
Approved Amount', 'Amount Medicare Paid', 'Maximum You May Be Billed', 'See Notes', lettered notes, and
the 'How to Handle Denied Claims or File an Appeal' page with its 'Appeals must be filed by' date.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, address, amount, digits, fdate, m2, mbi, money, notice_date, out,
                        person, plus, truth)

FAMILY = "msn_partb"
LANG = "en"

LINES = [("Office/outpatient visit, est. patient (99214)", 210, 260), ("Chest x-ray, 2 views (71046)", 90, 140),
         ("Comprehensive metabolic panel (80053)", 40, 75), ("Echocardiogram, complete (93306)", 700, 1400),
         ("Physical therapy, therapeutic exercise (97110)", 95, 160), ("Flu vaccine administration (G0008)", 25, 40),
         ("Injection, joint, major (20610)", 180, 320), ("Colonoscopy, diagnostic (45378)", 1400, 2600),
         ("Ambulance, basic life support (A0428)", 600, 1100), ("Electrocardiogram, complete (93000)", 60, 110)]
DENIED = {
    "not_covered": ("Routine foot care, nail trimming (11721)", "Medicare doesn\u2019t pay for this item or service. "
                    "Routine foot care is not covered except in certain medical conditions."),
    "medical_necessity": ("Vitamin B-12 injection (J3420)", "Medicare won\u2019t cover these services because they "
                          "aren\u2019t reasonable and necessary for the diagnosis your provider reported."),
    "timely_filing": ("Office/outpatient visit, new patient (99203)", "This claim was denied because it was filed "
                      "more than 12 months after the date of your service."),
    "coding_error": ("Unlisted procedure, musculoskeletal (20999)", "The billing information your provider sent "
                     "was incomplete or the code did not match the service, so we couldn\u2019t process this claim. "
                     "Your provider may send a corrected claim."),
    "eligibility": ("Office/outpatient visit, est. patient (99213)", "Our records show you were enrolled in a "
                    "Medicare Advantage plan on this date of service. Your plan, not Original Medicare, is "
                    "responsible for this claim."),
}


def claim_no(rng):
    return f"{rng.randint(10, 99)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}"


def make_claims(rng, notice, denial, n_claims):
    start = plus(notice, -rng.randint(70, 95))
    claims = []
    bad = rng.randrange(n_claims) if denial else -1
    for i in range(n_claims):
        dos = plus(start, rng.randint(0, 60))
        if denial == "timely_filing" and i == bad:
            dos = plus(notice, -rng.randint(380, 430))
        prov = rng.choice(CLINICIANS + FACILITIES[:4])
        lines = []
        for desc, lo, hi in rng.sample(LINES, rng.randint(1, 3)):
            lines.append(dict(desc=desc, charged=amount(rng, lo, hi), ok=True, dos=dos))
        if i == bad:
            desc = DENIED[denial][0]
            if denial in ("timely_filing", "eligibility"):   # the whole claim is denied
                for ln in lines:
                    ln["ok"] = False
                lines[0]["desc"] = desc
            else:
                lines.append(dict(desc=desc, charged=amount(rng, 60, 480), ok=False, dos=dos))
        for ln in lines:
            ln["approved"] = round(ln["charged"] * rng.uniform(0.3, 0.55), 2) if ln["ok"] else 0.0
            ln["paid"] = round(ln["approved"] * 0.8, 2)
            ln["you"] = round(ln["approved"] - ln["paid"], 2) if ln["ok"] else (
                ln["charged"] if denial in ("not_covered", "timely_filing") else 0.0)
        claims.append(dict(no=claim_no(rng), prov=prov, dos=dos, lines=lines, denied=(i == bad),
                           referring=rng.choice(CLINICIANS)))
    return sorted(claims, key=lambda c: c["dos"])


def dashboard(p, rng, name, addr, mid_print, notice, claims, ds):
    p.f(8)
    p.cell(0, 4, "Medicare Summary Notice for Part B (Medical Insurance)", new_x="LMARGIN", new_y="NEXT")
    p.line("Medicare Summary Notice", 20, "B", h=10)
    p.line("for Part B (Medical Insurance)", 12, h=6)
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5, h=5)
    p.ln(3)
    y = p.get_y()
    for ln in [name.upper()] + [a.upper() for a in addr]:
        p.line(ln, 10, h=5)
    p.set_xy(120, y)
    p.f(9, "B")
    p.multi_cell(0, 5, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 22)
    p.line(f"Notice for {name}", 13, "B", h=7)
    processed_from = min(c["dos"] for c in claims).replace(day=1)
    rows = [("Medicare Number", mid_print), ("Date of This Notice", fdate(notice, ds)),
            ("Claims Processed Between", f"{fdate(processed_from, ds)} \u2013 {fdate(notice, ds)}")]
    p.pairs(rows, label_w=60, size=10)
    p.ln(3)
    n_denied = sum(1 for c in claims for ln in c["lines"] if not ln["ok"])
    owed = sum(ln["you"] for c in claims for ln in c["lines"])
    p.heading("Your Claims & Costs This Period", 12, rule=True)
    p.pairs([("Did Medicare Approve All Services?", "NO" if n_denied else "YES"),
             ("Number of Services Medicare Denied", str(n_denied)),
             ("Total You May Be Billed", money(owed))], label_w=85, size=10.5)
    if n_denied:
        p.para("See claims starting on page 2. Look for NO in the \u201cService Approved?\u201d column. See the last "
               "page for how to handle a denied claim.", 9)
    p.heading("Providers with Claims This Period", 11, rule=True)
    for c in claims:
        p.pairs([(fdate(c["dos"], ds), c["prov"])], label_w=45, size=10, bold_label=False, colon=False)
    p.ln(2)
    p.heading("Your Deductible Status", 11, rule=True)
    p.para(f"Your deductible is what you must pay for most health services before Medicare begins to pay. Part B "
           f"Deductible: You have now met {money(rng.choice([257.0, 180.0, 95.5]))} of your $257.00 deductible for "
           f"{notice.year}.", 9.5)
    p.f(9, "B")
    p.multi_cell(0, 4.6, "Be Informed: Log into (or create) your secure Medicare account to see your claims as soon as "
                 "they are processed. Never give your Medicare Number to anyone who calls you uninvited.", border=1,
                 new_x="LMARGIN", new_y="NEXT")


def claims_page(p, rng, claims, ds, masked):
    p.add_page()
    p.line("Your Claims for Part B (Medical Insurance)", 14, "B", h=8)
    p.para("Part B Medical Insurance helps pay for covered services and items when they are medically necessary. "
           "Part B also covers many preventive services.", 9)
    notes = {}
    for c in claims:
        p.ln(1)
        p.line(f"{fdate(c['dos'], ds)}  {c['prov']}, {rng.choice(['Suite 200', 'Bldg B', ''])} "
               f"(555) {rng.randint(200, 899)}-{rng.randint(1000, 9999)}".replace(",  (", " ("), 10, "B", h=5.5)
        p.pairs([("Referred by", c["referring"]), ("Service Provider Number", digits(rng, 10)),
                 ("Claim Number", c["no"])], label_w=48, size=9, bold_label=False, h=4.6)
        rows = []
        for ln in c["lines"]:
            note = ""
            if not ln["ok"]:
                note = notes.setdefault(ln["desc"] + "x", chr(ord("A") + len(notes)))
            rows.append([ln["desc"], "Yes" if ln["ok"] else "NO", money(ln["charged"]), money(ln["approved"]),
                         money(ln["paid"]), money(ln["you"]), note])
        tot = lambda k: sum(ln[k] for ln in c["lines"])  # noqa: E731
        rows.append([f"Total for Claim #{c['no']}", "", money(tot("charged")), money(tot("approved")),
                     money(tot("paid")), money(tot("you")), ""])
        p.table(["Service Provided & Billing Code", "Service\nApproved?", "Amount\nProvider\nCharged",
                 "Medicare-\nApproved\nAmount", "Amount\nMedicare\nPaid", "Maximum\nYou May\nBe Billed", "See\nNotes"],
                rows, [59, 20, 20, 21, 20, 20, 10], size=7.8, head_h=10,
                aligns=["L", "C", "R", "R", "R", "R", "C"], bold_last=True)
    return notes


def appeal_page(p, rng, notice, deadline, ds, notes, denial):
    if notes:
        p.heading("Notes for Claims Above", 11, rule=True)
        for key, letter in notes.items():
            p.para(f"**{letter}** {DENIED[denial][1]}", 9.5, gap=1)
    p.add_page()
    p.line("How to Handle Denied Claims or File an Appeal", 13, "B", h=7)
    p.para("If you disagree with a coverage or payment decision on this notice, you can file an appeal.", 10)
    p.f(11, "B")
    p.multi_cell(0, 6, f"Appeals must be filed by {fdate(deadline, ds)}.", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.bullets(["Circle the service(s) you disagree with on this notice, and explain in writing why you disagree.",
               "Include your name, phone number and Medicare Number, and sign the request.",
               "Send it to the company that handles claims for Medicare: "
               f"{rng.choice(['Medicare Part B Claims Office', 'Medicare Contractor Appeals Unit'])}, PO Box "
               f"{rng.randint(1000, 99999)}, {rng.choice(['Nashville TN 37230', 'Fargo ND 58108', 'Camp Hill PA 17089'])}",
               "You can also use the Medicare Redetermination Request form CMS-20027."], 9.5)
    p.heading("Get help with this notice", 11)
    p.para("Call 1-800-MEDICARE (1-800-633-4227). TTY users can call 1-877-486-2048. Your State Health Insurance "
           "Assistance Program gives free, personalized counseling: 1-877-839-2675. Report fraud: 1-800-HHS-TIPS.", 9.5)
    p.para("If you need Medicare information in an accessible format, call 1-800-MEDICARE. Material produced by "
           f"the Centers for Medicare & Medicaid Services. Document control no. {digits(rng, 12)}", 8)


def make(rng, denial: str | None, n_claims: int, masked: bool):
    name, *_ = person(rng)
    addr = address(rng)
    notice = notice_date(rng)
    ds = rng.choice(["long", "long", "abbr", "slash"])
    mid = mbi(rng)
    mid_print = f"XXXX-XXX-{mid[-4:]}" if masked else f"{mid[:4]}-{mid[4:7]}-{mid[7:]}"
    claims = make_claims(rng, notice, denial, 1 if denial is None else n_claims)
    deadline = plus(notice, 120)
    p = Page(footer="THIS IS NOT A BILL  |  Page {n} of {nb}", footer_left=name)
    p.add_page()
    dashboard(p, rng, name, addr, mid_print, notice, claims, "long")
    notes = claims_page(p, rng, claims, "slash" if rng.random() < 0.5 else "long", masked)
    appeal_page(p, rng, notice, deadline, "long", notes, denial)
    target = next((c for c in claims if c["denied"]), claims[0])
    denied_dates = sorted({ln["dos"].isoformat() for ln in target["lines"] if not ln["ok"]} or
                          {target["dos"].isoformat()})
    alts = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part B"]}
    if masked:
        alts["member_id"] = [mid_print]
    if denial is None:
        alts["appeal_deadline"] = [None]
    t = truth("eob", denial, insurer="Medicare", member_id=None if masked else mid_print, member_name=name,
              cases=[target["no"]], claim_amount=m2(sum(ln["charged"] for ln in target["lines"])),
              service_dates=denied_dates, denial_date=notice.isoformat(), provider=target["prov"],
              appeal_deadline=deadline.isoformat(), alternates=alts,
              denial_alternates=(["other"] if denial == "eligibility" else None))
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("msn_partb_bd_notcov", "born_digital", [make(rng, "not_covered", 3, True)]),
            Item("msn_partb_bd_paid", "born_digital", [make(rng, None, 1, True)]),
            Item("msn_partb_scan_mednec", "scan_clean_300", [make(rng, "medical_necessity", 2, False)]),
            Item("msn_partb_faxs_timely", "fax_standard_g4", [make(rng, "timely_filing", 2, True)]),
            Item("msn_partb_lowres_coding", "scan_lowres_150", [make(rng, "coding_error", 1, True)]),
            Item("msn_partb_copy_elig", "photocopy", [make(rng, "eligibility", 2, False)]),
            Item("msn_partb_photo_mednec", "phone_photo", [make(rng, "medical_necessity", 1, True)])]
