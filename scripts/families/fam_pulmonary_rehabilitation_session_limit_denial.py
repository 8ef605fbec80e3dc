"""Family 'pulmonary_rehabilitation_session_limit_denial': notices on outpatient pulmonary rehabilitation at a
hospital's rehab department (HCPCS G0424, CPT 94625 / 94626): sessions past 36 denied because no extension (the
KX-style "medically necessary beyond 36" request) was sent, COPD not severe enough (GOLD stage I), the hospital
outpatient department out of the HMO's network, and an approved extension to 72 sessions. All values invented.

Documents: a Part B-style Medicare Summary Notice (sessions 37-40 without the KX modifier, a paid pulmonology
visit above it), a commercial letter (GOLD 1, FEV1 over 80% of predicted; a session span), an HMO member EOB (the
hospital department out of network; one in-network claim paid above it), an approval of an extension to 72
sessions (nothing denied), a Medicare Advantage EOB photographed on a phone (94625 sessions 37+ denied), a fax
stack of the hospital rehab department's own fax cover sheet and the plan's letter it forwards (sessions over 36
billed without the extension request), and a hospital billing-office letter telling the patient the plan denied
the claim (rotated). Decoys: the referring pulmonologist, NPIs, date of birth, spirometry date and FEV1, session
counters, the received date, approved / paid / you-owe amounts, the hospital's patient account number.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "pulmonary_rehabilitation_session_limit_denial"
LANG = "en"

MEDICARE = "Medicare"
HAL = "Halvergate Health Insurance Company"
WIL = "Willowmere Health Plan"
ORC = "Orchard Summit Health"
TAM = "Tamsworth Medicare Advantage"
KEL = "Kelderwick Mutual Health"
PROGRAMS = ["Ashgrove Regional Hospital Pulmonary Rehabilitation", "Brindlewood Medical Center Pulmonary Rehab",
            "Corran Valley Hospital Outpatient Pulmonary Rehabilitation", "Dunmere Community Hospital Pulmonary Rehab",
            "Eastholme Hospital Cardiopulmonary Rehabilitation", "Fellsgate Memorial Hospital Pulmonary Rehab",
            "Greystoke Valley Hospital Pulmonary Rehabilitation"]
PULMS = ["Olumide K. Bankole", "Siobhan R. Carrick", "Ravindra P. Iyer", "Agnieszka T. Mazur",
         "Hamid F. Rostami", "Lucía B. Arredondo", "Thandiwe M. Ndlovu"]


def sessions(start: dt.date, n: int, days=(0, 2, 4)) -> list[dt.date]:
    out, d = [], start
    while len(out) < n:
        if d.weekday() in days:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def base(i: int) -> tuple[Rand, dict]:
    r = Rand(206600 + i)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    f = dict(member=r.person(), addr=r.address(), notice=notice, prog=PROGRAMS[i], pulm=PULMS[i],
             npi=r.npi(), pnpi=r.npi(), phone=r.phone(),
             dob=dt.date(r.randint(1940, 1966), r.randint(1, 12), r.randint(1, 28)))
    return r, f


def kv(d: Doc, pairs, w: float = 40, size: float = 9.5, x: float | None = None, h: float = 5.0) -> None:
    for k, v in pairs:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(w, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def mbi(r: Rand) -> str:
    return (f"{r.randint(1, 9)}{r.letters(1)}{r.digits(1)}{r.letters(1)}{r.letters(1)}{r.digits(1)}"
            f"{r.letters(2)}{r.digits(2)}")


# ---------------------------------------------------------------- 1. MSN, sessions 37-40 without KX (born digital)
def msn(i: int):
    r, f = base(i)
    m = f["member"]
    num = mbi(r)
    ds = sessions(f["notice"] - dt.timedelta(days=r.randint(35, 50)), 4)
    rate = 171.0 + r.randint(0, 40)
    total = round(rate * len(ds), 2)
    claim = r.digits(5) + "-" + r.digits(7)
    vclaim = r.digits(5) + "-" + r.digits(7)
    vdate = ds[0] - dt.timedelta(days=r.randint(4, 12))
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice", 20, "B")
    d.text_line("for Part B (Medical Insurance)", 12)
    d.ln(1)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 9)
    d.rule()
    y = d.get_y()
    for ln in (m[0].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.set_xy(112, y)
    d.font(9.5, "B")
    d.cell(0, 5, "Notice for " + m[0], new_x="LMARGIN", new_y="NEXT")
    kv(d, (("Medicare Number", num), ("Date of This Notice", fmt_date(f["notice"], "abbr")),
           ("Claims Processed Between", f"{fmt_date(f['notice'] - dt.timedelta(days=90), 'abbr')} - "
                                        f"{fmt_date(f['notice'] - dt.timedelta(days=2), 'abbr')}")),
       w=42, size=8.5, x=112, h=4.6)
    d.set_y(max(d.get_y(), y + 20) + 4)
    d.font(11, "B")
    d.cell(0, 6, f"If you disagree with a decision, you may appeal. Appeals must be filed by "
                 f"{fmt_date(deadline, 'abbr')}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Your Claims & Costs This Period", 12, "B")
    d.rule(0.3)
    head = ["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare Approved",
            "Medicare Paid", "You May Be Billed", "Notes"]
    wid = [56, 16, 24, 25, 22, 24, 11]
    d.text_line(f"{f['pulm']}, MD, {fmt_date(vdate, 'slash')}", 10, "B")
    d.text_line(f"Claim number {vclaim}", 9)
    d.table(head, [["Office visit, est pt (99214)", "Yes", "$238.00", "$131.47", "$103.08", "$28.39", ""]],
            wid, size=7.5)
    d.text_line(f"{f['prog']}, Claim number {claim}", 10, "B")
    d.text_line(f"Referring physician: {f['pulm']}, MD (NPI {f['pnpi']})", 8.5)
    rows = [[f"{fmt_date(x, 'slash')} Pulmonary rehab w/exercise (G0424)", "No", fmt_money(rate), "$0.00",
             "$0.00", fmt_money(rate), "A"] for x in ds]
    rows.append(["*Total for this claim", "", fmt_money(total), "$0.00", "$0.00", fmt_money(total), ""])
    d.table(head, rows, wid, size=7.2)
    d.text_line("Notes for Claims Above", 11, "B")
    d.para("A  Medicare covers up to 36 pulmonary rehabilitation sessions for you. More sessions, up to 72, are "
           "covered only when the provider shows they are medically necessary and marks the claim with the KX "
           "modifier. These sessions (37 to 40) were billed without it. If you did not get a written notice before "
           "these services that Medicare probably would not pay, you may not have to pay. (CARC 119)", 9)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para("Circle the service(s) you disagree with, explain why, sign, and send this page to the contractor "
           f"address on the last page by {fmt_date(deadline, 'abbr')}. Questions? Call 1-800-MEDICARE "
           "(1-800-633-4227). TTY 1-877-486-2048.", 9)
    t = truth("eob", "not_covered", "en", insurer=MEDICARE, member_id=num, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["prog"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity", "coding_error"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2. commercial letter, GOLD 1 (born digital)
def gold_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "HHI" + r.digits(9)
    grp = r.digits(6) + "-" + r.digits(3)
    claim = r.digits(4) + "-" + r.digits(7)
    ref = "MR-" + r.digits(7)
    ds = sessions(f["notice"] - dt.timedelta(days=r.randint(40, 55)), 8, (1, 3))
    rate = 212.0 + r.randint(0, 30) + 0.5
    total = round(rate * len(ds), 2)
    spiro = ds[0] - dt.timedelta(days=r.randint(20, 40))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times")
    d.add_page()
    d.text_line(HAL, 15, "B")
    d.text_line("Medical Review Department  -  PO Box 2208, Pueblo, CO 81002", 9)
    d.ln(5)
    d.text_line(fmt_date(f["notice"], "long"), 11)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.font(10.5, "B")
    d.multi_cell(0, 5.4, f"Member ID: {mid}    Group: {grp}\nClaim: {claim}    Review: {ref}",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]},", 11)
    d.para(f"{f['prog']} billed us for {len(ds)} pulmonary rehabilitation sessions (G0424) from "
           f"{fmt_date(ds[0], 'long')} through {fmt_date(ds[-1], 'long')}, at {fmt_money(rate)} per session "
           f"({fmt_money(total)} in all). After review by a pulmonologist, we cannot cover these sessions.", 11)
    d.para(f"Our medical policy covers pulmonary rehabilitation for chronic obstructive pulmonary disease of GOLD "
           f"stage 2 (moderate) to stage 4 (very severe). The spirometry sent by your referring doctor, "
           f"Dr. {f['pulm']}, dated {fmt_date(spiro, 'long')}, shows an FEV1 of 84% of predicted after a "
           f"bronchodilator, which is GOLD stage 1 (mild). The program is therefore not medically necessary for "
           f"you under your plan.", 11)
    d.para("You may appeal this decision. Send your written appeal within 180 days of the date of this letter to "
           f"Appeals, {HAL}, PO Box 2210, Pueblo, CO 81002, or call {f['phone']}. You may ask for the criteria "
           "and records we used, free of charge. You may also have the right to an external review after our "
           "final decision.", 11)
    d.para(f"Patient date of birth: {fmt_date(f['dob'], 'slash')}    Facility NPI: {f['npi']}", 9)
    d.para("Sincerely,\nMedical Review Department", 11)
    t = truth("denial_letter", "medical_necessity", "en", insurer=HAL, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim, ref], claim_amount=m2(total),
              service_dates=[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=f["prog"], appeal_deadline=deadline.isoformat(),
              alternates={"case_numbers": [[claim]], "claim_amount": [m2(rate)],
                          "service_dates": [[ds[0].isoformat(), ds[-1].isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3. HMO EOB, hospital department out of network
def oon_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "WMH" + r.digits(8)
    grp = r.digits(7)
    ds = sessions(f["notice"] - dt.timedelta(days=r.randint(30, 40)), 6)
    rate = 188.0 + r.randint(0, 30) + 0.25
    total = round(rate * len(ds), 2)
    c1, c2 = r.digits(12), r.digits(12)
    vdate = ds[0] - dt.timedelta(days=r.randint(8, 15))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Willowmere Health Plan  |  Explanation of Benefits  |  {p} of {n}")
    d.add_page()
    d.text_line(WIL, 16, "B")
    d.text_line("Willowmere Select HMO  -  Explanation of Benefits (this is not a bill)", 10)
    d.ln(2)
    kv(d, (("Statement date:", fmt_date(f["notice"], "slash")), ("Member:", m[0]), ("Member #:", mid),
           ("Group #:", grp)), w=34, size=9.5)
    d.ln(3)
    head = ["Dates", "Service", "Amount billed", "Plan allowed", "Plan paid", "Your share", "Note"]
    wid = [26, 56, 24, 24, 20, 20, 10]
    d.text_line(f"Claim {c1}   {f['pulm']}, MD - in network", 9.5, "B")
    d.table(head, [[vdate.strftime("%m/%d/%y"), "Office visit 99214", "$245.00", "$151.30", "$121.30", "$30.00",
                    "01"]], wid, size=8.3, aligns="LLRRRRL")
    d.text_line(f"Claim {c2}   {f['prog']} - out of network", 9.5, "B")
    d.table(head, [[x.strftime("%m/%d/%y"), "Pulm rehab w/ oximetry 94626", fmt_money(rate), "$0.00", "$0.00",
                    fmt_money(rate), "44"] for x in ds] +
            [["*Total", "", fmt_money(total), "$0.00", "$0.00", fmt_money(total), ""]],
            wid, size=8.3, aligns="LLRRRRL")
    d.text_line("Notes", 10, "B")
    d.para("01  Paid at your in-network benefit; $30 specialist copay.", 8.5)
    d.para(f"44  Your HMO covers services only from network providers unless we approve a referral first. "
           f"{f['prog']} is not in the Willowmere Select HMO network and no referral was approved. In-network "
           "pulmonary rehabilitation is available at other hospitals near you (CARC 242).", 8.5)
    d.text_line("Appeals", 10, "B")
    d.para("You may file an appeal within 180 days from the date of this statement. Write to Willowmere Health Plan "
           f"Grievances & Appeals, PO Box 880, Bangor, ME 04402 or call {f['phone']} (TTY 711).", 8.5)
    t = truth("eob", "out_of_network", "en", insurer=WIL, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[c2], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["prog"], appeal_deadline=deadline.isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4. extension to 72 approved (150 dpi)
def approval(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "OSH-" + r.digits(4) + "-" + r.digits(4)
    auth = "AUTH" + r.digits(9)
    start = f["notice"] + dt.timedelta(days=r.randint(3, 8))
    end = start + dt.timedelta(days=83)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(ORC, 15, "B")
    d.text_line("Utilization Management  -  1450 Quarry Street, Lubbock, TX 79401", 8.5)
    d.rule(0.5, 4)
    d.text_line(f"Date: {fmt_date(f['notice'], 'dmy')}", 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Notice of Approval - Pulmonary Rehabilitation Extension", 12.5, "B")
    d.ln(1)
    kv(d, (("Member", m[0]), ("Member ID", mid), ("Authorization #", auth), ("Facility", f["prog"]),
           ("Referring pulmonologist", f"{f['pulm']}, MD"), ("Service", "G0424 / 94626 pulmonary rehabilitation"),
           ("Sessions approved", "36 additional (sessions 37-72)"),
           ("Approved period", f"{fmt_date(start, 'dmy')} to {fmt_date(end, 'dmy')}")), w=48, size=10)
    d.ln(3)
    d.para("Good news: we approved the request to continue pulmonary rehabilitation past the first 36 sessions. "
           "The program's notes show steady gains in your six-minute walk distance and that you still need "
           "supervised exercise and breathing training. Your usual outpatient cost share applies to each "
           "session.", 10.5)
    d.para("If you need more sessions after this period, the facility must send a new request with progress "
           f"notes. Questions? Call {f['phone']} (TTY 711).", 10.5)
    d.para(f"Date of birth: {fmt_date(f['dob'], 'slash')}", 9)
    t = truth("other", None, "en", insurer=ORC, member_id=mid, member_name=m[0], case_numbers=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=f["prog"], alternates={"service_dates": [[], [start.isoformat(), end.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5. MA EOB on a phone, 94625 past 36
def ma_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "TMA" + r.digits(9)
    claim, oclaim = "C" + r.digits(11), "C" + r.digits(11)
    ds = sessions(f["notice"] - dt.timedelta(days=r.randint(25, 35)), 3, (1, 4))
    rate = 154.0 + r.randint(0, 30)
    total = round(rate * len(ds), 2)
    deadline = f["notice"] + dt.timedelta(days=65)
    d = Doc("Helvetica", footer="Y0219_EOB26_M  Page {p} of {n}")
    d.add_page()
    d.text_line(TAM, 15, "B")
    d.text_line("Tamsworth Advantage Choice (PPO)   Your Explanation of Benefits", 10)
    d.ln(1)
    kv(d, (("Member", m[0]), ("Member number", mid), ("Plan ID", "H3098-002"),
           ("This EOB covers claims processed", f"through {fmt_date(f['notice'] - dt.timedelta(days=1), 'long')}"),
           ("Date", fmt_date(f["notice"], "long"))), w=60, size=9.5)
    d.ln(2)
    head = ["Date(s)", "Service", "Charged", "Plan approved", "Plan paid", "You owe", "See"]
    wid = [24, 58, 22, 24, 20, 20, 10]
    d.text_line(f"Claim {oclaim}  Lowerfield Imaging Center", 9.5, "B")
    d.table(head, [[(ds[0] - dt.timedelta(days=20)).strftime("%m/%d/%y"), "CT chest w/o contrast 71250", "$612.00",
                    "$208.44", "$163.44", "$45.00", ""]], wid, size=8.3, aligns="LLRRRRL")
    d.text_line(f"Claim {claim}  {f['prog']}", 9.5, "B")
    d.table(head, [[x.strftime("%m/%d/%y"), "Pulm rehab, no oximetry 94625", fmt_money(rate), "$0.00", "$0.00",
                    "$0.00", "B"] for x in ds] + [["*Claim total", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            wid, size=8.3, aligns="LLRRRRL")
    d.para("B  You have used the 36 pulmonary rehabilitation sessions your plan covers. Sessions after 36 need "
           "the facility to show they are medically necessary (claim billed with modifier KX). Not billed that "
           "way, so not covered. The network facility may not bill you.", 8.5)
    d.para("To appeal, ask within 65 days of the date of this EOB. Call Member Services "
           f"{f['phone']} (TTY 711), 8 am - 8 pm, 7 days a week.", 8.5)
    t = truth("eob", "not_covered", "en", insurer=TAM, plan_id="H3098-002", member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["prog"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None]}, denial_alternates=["medical_necessity", "coding_error"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6. fax stack: hospital cover + plan's letter
def fax_cover(i: int) -> bytes:
    r, f = base(i)
    m = f["member"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["prog"].upper(), 13, "B")
    d.text_line("Outpatient Rehabilitation Services  -  88 Sycamore Court, Erie, PA 16501", 9)
    d.ln(6)
    d.text_line("FAX", 30, "B")
    d.ln(4)
    kv(d, (("To:", f"{m[0]} (patient)"), ("From:", "Pulmonary Rehab Front Desk"),
           ("Date:", fmt_date(f["notice"] + dt.timedelta(days=3), "slash")), ("Pages:", "2 (including cover)"),
           ("Our fax:", f"814-555-{r.digits(4)}"), ("Re:", "Letter from your health plan")),
       w=24, size=12, h=7.5)
    d.ln(6)
    d.para("Attached is the letter your insurance company sent us about your recent pulmonary rehab sessions. "
           "Please read it and call us if you would like our help with an appeal. Our billing office can also "
           "send a request for more sessions on your behalf.", 11)
    d.ln(4)
    d.para("CONFIDENTIALITY NOTICE: This fax contains protected health information intended only for the named "
           "recipient. If you received it in error, call the sender and destroy it.", 8.5)
    return pdf_bytes(d)


def plan_letter(i: int):
    r, f = base(i)
    r.digits(4)  # the cover's fax number
    m = f["member"]
    mid = "KMH" + r.digits(3) + " " + r.digits(3) + " " + r.digits(3)
    grp = "KW" + r.digits(5)
    claim = r.digits(3) + r.letters(2) + r.digits(7)
    ds = sessions(f["notice"] - dt.timedelta(days=r.randint(25, 35)), 6)
    rate = 166.0 + r.randint(0, 30) + 0.5
    total = round(rate * len(ds), 2)
    d = Doc("Times", footer="Kelderwick Mutual Health   Page {p} of {n}")
    d.add_page()
    d.text_line("KELDERWICK MUTUAL HEALTH", 16, "B")
    d.text_line("Claims Review  -  PO Box 6030, Fargo, ND 58108", 9)
    d.ln(4)
    d.text_line(fmt_date(f["notice"], "iso"), 11)
    d.ln(2)
    d.text_line(f"{f['prog']}", 11)
    d.text_line("Attn: Patient Accounts", 11)
    d.ln(4)
    d.text_line("ADVERSE BENEFIT DETERMINATION", 13, "B")
    kv(d, (("Patient:", m[0]), ("Member ID:", mid), ("Group:", grp), ("Claim number:", claim),
           ("Dates of service:", f"{fmt_date(ds[0], 'iso')} to {fmt_date(ds[-1], 'iso')}"),
           ("Total charges:", fmt_money(total)), ("Per session:", f"{fmt_money(rate)} (G0424 x 1)")),
       w=38, size=10.5, h=5.4)
    d.ln(3)
    d.para(f"This claim is for pulmonary rehabilitation sessions 37 through 42. The member's plan covers 36 "
           f"sessions per condition. Sessions beyond 36 are covered, up to 72, only with an approved extension "
           f"request (the plan's equivalent of Medicare's KX modifier) showing continued medical need and "
           f"measurable gains. We have no extension request on file, so the sessions are denied as exceeding "
           f"the benefit limit. Referring physician of record: Dr. {f['pulm']}.", 11)
    d.para("The member or the provider acting for the member may appeal within 180 days of the date of this "
           "letter. A request for an extension may be sent at the same time. Write to Appeals, Kelderwick Mutual "
           f"Health, PO Box 6032, Fargo, ND 58108, or call {f['phone']}.", 11)
    deadline = f["notice"] + dt.timedelta(days=180)
    t = truth("denial_letter", "not_covered", "en", insurer=KEL, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=f["prog"], appeal_deadline=deadline.isoformat(),
              alternates={"service_dates": [[ds[0].isoformat(), ds[-1].isoformat()]]},
              denial_alternates=["medical_necessity", "prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 7. hospital billing letter (rotated)
def hospital_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "W" + r.digits(10)
    claim = r.digits(13)
    acct = "HB" + r.digits(8)
    ds = sessions(f["notice"] - dt.timedelta(days=r.randint(50, 60)), 5)
    rate = 199.0 + r.randint(0, 30)
    total = round(rate * len(ds), 2)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("Greystoke Valley Hospital", 15, "B")
    d.text_line("Patient Financial Services  -  710 Lantern Way, Yuma, AZ 85364  -  " + f["phone"], 8.5)
    d.rule(0.5, 5)
    d.text_line(fmt_date(f["notice"], "long"), 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line(f"Re: Your account {acct}", 11, "B")
    d.ln(1)
    d.para(f"Dear {m[1]} {m[3]},", 10.5)
    d.para(f"Your insurance, Willowmere Health Plan (member ID {mid}), has denied our claim {claim} for the "
           f"pulmonary rehabilitation you received at {f['prog']}:", 10.5)
    d.table(["Date of service", "Service", "Charge"],
            [[fmt_date(x, "slash"), "G0424 Pulmonary rehab, per session", fmt_money(rate)] for x in ds] +
            [["*Total billed", "", fmt_money(total)]], [40, 80, 30], size=9.5, aligns="LLR")
    d.para(f"The plan's explanation says your COPD is not severe enough (GOLD stage 1) for pulmonary rehabilitation. "
           f"We have asked your pulmonologist, Dr. {f['pulm']}, for your latest breathing tests. You do not need "
           "to pay this balance while we work with your plan. If the plan does not pay, we will write to you "
           "about your options, including financial assistance.", 10.5)
    d.para("Sincerely,\nPatient Financial Services", 10.5)
    t = truth("other", None, "en", insurer=None, member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["prog"], unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_msn_sessions_37_40_no_kx", "born_digital", msn),
    ("bd_letter_gold_stage_1_not_severe", "born_digital", gold_letter),
    ("scan300_hmo_eob_hospital_opd_out_of_network", "scan_clean_300", oon_eob),
    ("lowres_extension_to_72_approved", "scan_lowres_150", approval),
    ("phone_ma_eob_94625_past_36", "phone_photo", ma_eob),
]


def documents(rng) -> list[Item]:
    items = [Item(f"{FAMILY}_{s}", c, [fn(i)]) for i, (s, c, fn) in enumerate(PLAN)]
    items.append(Item(f"{FAMILY}_faxstd_stack_hospital_cover_plan_letter_over_36", "fax_standard_g4",
                      [plan_letter(5)], separators=[fax_cover(5)]))
    items.append(Item(f"{FAMILY}_rotated_hospital_billing_letter_plan_denied", "rotated", [hospital_letter(6)]))
    return items
