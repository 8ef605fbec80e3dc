"""Family 'fes_cycle_spinal_cord_injury_denial': invented commercial, Medicare, Medicare Advantage, Medicaid and
DME-supplier papers on functional electrical stimulation (FES) for spinal cord injury: FES leg cycles for home use
and FES walking systems, billed by DME suppliers as E0764 (functional neuromuscular stimulation for walking, computer
controlled) or E0770 (functional electrical stimulator, complete system, not otherwise specified), with electrode
supplies (A4595).

Cases: a commercial precertification denial of a home FES cycle (E0770) as a convenience / exercise item that is
not medically necessary; a Medicare contractor's claim denial of an E0764 walking system (coverage criteria not met:
no 32-session training programme documented); an approval of an E0770 FES cycle rental after a complete-injury
review (nothing denied); a commercial second-level appeal upholding the exclusion of an FES cycle as exercise
equipment; a fax stack of a cover sheet, a plan's claim denial of an FES cycle purchase and the DME supplier's
patient statement; a Medicare Advantage notice of denial of payment for FES cycle rental months (phone photo); a
state Medicaid notice of action denying a prior-authorization request for an FES cycle (rotated).

Layouts are invented, modelled loosely on commercial precertification letters, DME MAC claim letters, CMS-10003
style notices, state Medicaid notices of action and supplier statements; letter-heavy, mostly prose with colon
label lists and two-column headers. All values invented: plans, contractors, suppliers, clinicians, people, IDs,
amounts; phones 1-555. Decoys: prescribing physiatrists and therapists, NPIs, PTANs, dates of birth, dates of
injury, request/received dates, ASIA levels, allowed/paid amounts, policy numbers, supplier account numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "fes_cycle_spinal_cord_injury_denial"
LANG = "en"
SEED = 266500
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


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def days(d0, n):
    return d0 + dt.timedelta(days=n)


def kv(d, rows, w=50, size=9.6, sep=":"):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.56, a + sep)
        d.font(size)
        d.cell(0, size * 0.56, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def two_col(d, left, right, w=90, size=9.2, lw=34):
    """Two columns of label: value pairs side by side."""
    n = max(len(left), len(right))
    for i in range(n):
        for col, x in ((left, d.l_margin), (right, d.l_margin + w)):
            d.set_x(x)
            if i < len(col):
                a, b = col[i]
                d.font(size, "B")
                d.cell(lw, size * 0.55, a)
                d.font(size)
                d.cell(w - lw - 2, size * 0.55, b)
        d.ln(size * 0.55)
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.7, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


def addressee(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


FIRST = ["Everett", "Rosalind", "Thaddeus", "Imogen", "Cornelius", "Delphine", "Bartholomew", "Seraphina",
         "Lucian", "Marisela"]
LAST = ["Ashworth-Pike", "Quarles", "Vandermeer", "Okonkwo-Hale", "Stirling", "Bellweather", "Castellanos",
        "Greenhalgh", "Fitzwarren", "Mondragon"]
CITIES = ["Tamarack Falls, WI 54099", "Cedar Bluff, OR 97099", "Port Ellery, SC 29099", "Kingsmere, IA 50099"]
STREETS = ["Wrenfield Road", "Haverly Court", "Stonebridge Lane", "Orchard Crest Drive", "Millpond Way"]
SUPPLIERS = ["MotionPath Rehab Technologies, LLC", "Tamarack Falls Mobility & Medical", "NeuroCycle Home Systems, Inc.",
             "Kingsmere Adaptive Equipment Co."]
PHYSIATRISTS = ["Dr. Helena M. Castellane, MD", "Dr. Rafferty J. Obi, DO", "Dr. Wilhelmina S. Tran, MD",
                "Dr. Augustin P. Delacroix, MD"]
THERAPISTS = ["Corinne A. Blackwood, PT, DPT", "Marcus L. Feeney, OTR/L"]
ITEMS = {"E0764": "Functional neuromuscular stimulation, walking, computer controlled",
         "E0770": "Functional electrical stimulator, complete system, NOS",
         "A4595": "Electrical stimulator supplies, 2 lead, per month"}


def person(r):
    return f"{r.choice(FIRST)} {r.choice(MI)}. {r.choice(LAST)}"


def base(r):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    return dict(notice=notice, member=person(r), addr=(f"{r.randint(12, 9900)} {r.choice(STREETS)}", r.choice(CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)),
                doi=dt.date(r.randint(2014, 2024), r.randint(1, 12), r.randint(1, 28)),
                level=r.choice(["C6 AIS A", "T4 AIS A", "C7 AIS B", "T10 AIS A", "T6 AIS B"]))


# ---------------------------------------------------------------- 0: commercial precert, FES cycle convenience item
def doc_precert(r):
    f = base(r)
    plan = "Lakeshore Cooperative Health Plan"
    sup, doc = SUPPLIERS[2], PHYSIATRISTS[0]
    rcv = days(f["notice"], -r.randint(5, 11))
    ref = pat(r, "UM-26-9999999")
    f.update(mid=pat(r, "LCH9999999-01"), grp=pat(r, "99999-A"))
    ds = "long"
    d = Page(footer="Lakeshore Cooperative Health Plan  |  Utilization Management  |  Page {p} of {n}")
    d.add_page()
    d.text_line(plan, 17, "B")
    d.text_line("Utilization Management Department  ·  1180 Harbor Exchange, Port Ellery, SC 29099", 8.5)
    d.text_line(f"Member Services {f['phone']}  ·  Provider line 1-555-644-2300  ·  Fax 1-555-644-2390", 8.5)
    d.rule(0.6, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f["member"], f["addr"])
    d.text_line("RE: Notice of Adverse Benefit Determination (Pre-Service)", 12, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Review reference", ref),
           ("Requesting supplier", sup), ("Prescribing physician", f"{doc} (NPI {f['npi']})"),
           ("Item requested", "E0770 FES leg cycle for home use, purchase, with A4595 supplies"),
           ("Request received", fmt_date(rcv, "slash")), ("Member date of birth", fmt_date(f["dob"], "slash"))], w=52)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"We reviewed a request from {sup} for a functional electrical stimulation (FES) cycle ergometer for use "
        f"in your home. The request says the cycle will be used for exercise after your spinal cord injury "
        f"({f['level']}, injury date {fmt_date(f['doi'], 'slash')}).",
        "#Our decision: not approved",
        "We have decided that the FES cycle is not medically necessary. Under medical policy MP-DME-118 "
        "(Functional Electrical Stimulation), a home FES cycle is considered a convenience and exercise item: the "
        "same therapeutic exercise can be given in a supervised outpatient therapy setting, where your plan covers "
        "FES cycling as part of physical therapy visits. The records do not show a treatment goal that requires daily "
        "home use, a measured result from supervised FES sessions, or a reason you cannot attend outpatient "
        "therapy. For these reasons the request does not meet our criteria.",
        "#What you can do",
        "You, your doctor or someone you name may appeal this decision. You must file your appeal within 180 days of "
        "the date of this letter. Send it to Lakeshore Cooperative Health Plan, Appeals Unit, PO Box 7720, Port "
        "Ellery, SC 29099, or fax 1-555-644-2395. If your health could be seriously harmed by waiting, you may ask "
        "for an expedited appeal, decided within 72 hours. After our final decision you may ask for an external "
        "review by an independent review organization.",
        "Your doctor may talk with the physician reviewer, Dr. Oswin T. Galbraith, MD (physical medicine and "
        "rehabilitation), by calling 1-555-644-2300. You may ask for free copies of the policy and records we used."],
        9.7)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=days(f["notice"], 180).isoformat(),
              denial_alternates=["prior_authorization", "not_covered"], alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Medicare contractor claim denial, E0764
def doc_mac(r):
    f = base(r)
    mac = "Great Plains DME Claims Contractor"
    sup, doc = SUPPLIERS[0], PHYSIATRISTS[1]
    dos = days(f["notice"], -r.randint(40, 60))
    lines = [("E0764", "NU", fee(r, 11800, 16400)), ("A4595", "", fee(r, 60, 95))]
    amt = round(sum(x[2] for x in lines), 2)
    icn = pat(r, "99999999999999")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"))
    ds, ms = "abbr", "plain"
    d = Page(footer=f"{mac}  ·  DME MAC Jurisdiction B  ·  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(mac, 15, "B")
    d.text_line("A Medicare Administrative Contractor for Durable Medical Equipment  ·  PO Box 40118, Kingsmere, IA "
                "50099", 8.4)
    d.rule(0.4, 4)
    two_col(d, [("Date:", fmt_date(f["notice"], ds)), ("Beneficiary:", f["member"]), ("Medicare #:", f["mbi"])],
            [("Claim #:", icn), ("Supplier:", sup), ("PTAN:", pat(r, "9999999999"))])
    addressee(d, f["member"], f["addr"])
    d.text_line("Notice of Claim Determination  -  Durable Medical Equipment", 12.5, "B")
    d.ln(1)
    d.table(["Date of service", "HCPCS", "Mod", "Description", "Billed", "Decision"],
            [[fmt_date(dos, ds), c, m, ITEMS[c][:42], fmt_money(ch, ms), "Denied"] for c, m, ch in lines] +
            [["*Claim total", "", "", "", fmt_money(amt, ms), ""]], [26, 15, 11, 80, 24, 20], size=8.0,
            aligns="LLLLRL")
    paras(d, [
        "#Why Medicare did not pay",
        f"Medicare covers functional neuromuscular stimulation for walking (E0764) for a person with a spinal cord "
        f"injury only when all the national coverage conditions are met, including completion of a training "
        f"programme of at least 32 physical therapy sessions with the device over three months, in a setting "
        f"supervised by the treating physician. The records from {sup} and the order from {doc} show the injury "
        f"({f['level']}) and a device fitting, but no record of the training sessions. The device is not "
        "reasonable and necessary as billed (reason code 50, remark N115).",
        "#What you owe",
        "The supplier did not give you an Advance Beneficiary Notice of Noncoverage, so you are not responsible for "
        "these charges. If you paid the supplier, ask for a refund.",
        "#If you disagree",
        "You may ask for a redetermination. Your request must be filed within 120 days of the date you receive this "
        "notice (we assume you received it 5 days after the date above). Send a copy of this notice, the physical "
        "therapy records of the training programme and form CMS-20027 to the address above. Questions: "
        "1-800-MEDICARE (TTY 1-877-486-2048)."], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=mac, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[icn], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=sup, appeal_deadline=days(f["notice"], 125).isoformat(),
              type_alternates=["eob"], alternates={"insurer": ["Medicare"],
                                                   "appeal_deadline": [days(f["notice"], 120).isoformat(), None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: approval of an E0770 FES cycle rental
def doc_approval(r):
    f = base(r)
    plan = "Bellhaven Mutual Health"
    sup, doc = SUPPLIERS[1], PHYSIATRISTS[2]
    auth = pat(r, "PA99999999")
    start = days(f["notice"], r.randint(5, 12))
    end = days(start, 89)
    f.update(mid=pat(r, "BMH-999-999-999"), grp=pat(r, "G99999"))
    ds = "dmy"
    d = Page(footer="Bellhaven Mutual Health  -  Prior Authorization Services")
    d.add_page()
    d.text_line("BELLHAVEN MUTUAL HEALTH", 14, "B", "C")
    d.text_line("Prior Authorization Services  ·  55 Granary Row, Cedar Bluff, OR 97099  ·  " + f["phone"], 8.4, "", "C")
    d.rule(0.3, 5)
    two_col(d, [("Letter date", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("ID number", f["mid"]),
                ("Group", f["grp"])],
            [("Authorization", auth), ("Supplier", sup), ("Ordered by", doc), ("Therapist", THERAPISTS[0])], w=80, lw=28)
    addressee(d, f["member"], f["addr"])
    d.text_line("Your request has been APPROVED", 12.5, "B")
    d.ln(1)
    paras(d, [
        f"Good news. We approved the request from {sup} for a functional electrical stimulation cycle (E0770) with "
        "monthly electrode supplies (A4595) for use at home, as a 3-month rental.",
        f"Approved dates: {fmt_date(start, ds)} through {fmt_date(end, ds)}.",
        f"Our nurse reviewer and physician advisor found that the criteria in policy DME-FES-04 are met: a complete "
        f"spinal cord injury ({f['level']}), intact lower motor neurons on stimulation testing, stable bone density "
        "and skin, and 12 supervised FES cycling sessions in outpatient therapy with a documented benefit. A new "
        "request with use logs is needed to continue the rental after the approved period.",
        "This approval is not a guarantee of payment. Payment depends on your eligibility and benefits on the date "
        "the item is supplied and on the claim the supplier sends. Your DME coinsurance of 20% applies after your "
        "deductible.",
        "Questions? Call Member Services at the number above, Monday to Friday, 8 a.m. to 6 p.m. Pacific time."],
        9.8)
    t = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=sup,
              alternates={"service_dates": [[], [start.isoformat()]], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: second-level appeal upheld, exercise equipment
def doc_upheld(r):
    f = base(r)
    tpa = "Summit Ridge Benefit Administrators"
    employer = "Cedar Bluff Timber Workers Health Fund"
    sup, doc = SUPPLIERS[3], PHYSIATRISTS[3]
    dos = days(f["notice"], -r.randint(70, 100))
    amt = fee(r, 14200, 19800)
    claim, appeal = pat(r, "9999-99999-999"), pat(r, "AP26-99999")
    f.update(mid=pat(r, "SRB99999999"), grp=pat(r, "99999"))
    ds, ms = "mdy_nopad", "nosign"
    d = Page(footer="Summit Ridge Benefit Administrators, on behalf of the Cedar Bluff Timber Workers Health Fund")
    d.add_page()
    d.rule(1.2, 2)
    d.text_line(tpa, 14, "B")
    d.text_line(f"Third-party administrator for the {employer}  |  PO Box 3030, Cedar Bluff, OR 97099", 8.3)
    d.rule(0.3, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f["member"], f["addr"])
    d.text_line("Second Level Appeal Decision", 12.5, "B")
    d.ln(1)
    kv(d, [("Claimant", f["member"]), ("Participant ID", f["mid"]), ("Group", f["grp"]), ("Appeal number", appeal),
           ("Claim number", claim), ("Provider", sup), ("Date of service", fmt_date(dos, ds)),
           ("Billed charges", fmt_money(amt, ms) + " (E0770, FES cycle, purchase)")], w=44)
    paras(d, [
        f"We have completed the second level review of your appeal about the functional electrical stimulation "
        f"cycle supplied by {sup} and ordered by {doc}. The appeal committee reviewed your letter, the letter of "
        "medical necessity, the therapy notes, and the plan document.",
        "#Decision: the denial is upheld",
        "Section 9.4 of the plan document excludes exercise equipment and items that are primarily for comfort or "
        "convenience, whether or not prescribed by a physician, including stationary cycles, treadmills and "
        "similar devices with or without electrical stimulation. An FES cycle is a powered exercise cycle. The "
        "committee agreed that it may help you, but the plan excludes it, so no benefits are payable.",
        "#Your rights",
        "This is the final decision under the plan's internal appeal process. You may ask for an external review by "
        "an independent review organization within four months of receiving this letter. You also have the right to "
        "bring a civil action under section 502(a) of ERISA. You may ask for copies of all documents relevant to "
        "your claim at no cost."], 9.7)
    t = truth("denial_letter", "not_covered", insurer=tpa, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=sup,
              denial_alternates=["medical_necessity"],
              alternates={"insurer": [employer], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: plan claim denial + supplier statement
def doc_stack(r):
    f = base(r)
    plan = "Harborlight Health Insurance Company"
    sup, doc = SUPPLIERS[2], PHYSIATRISTS[1]
    dos = days(f["notice"], -r.randint(35, 50))
    cyc, sup_fee = fee(r, 15400, 18900), fee(r, 70, 110)
    amt = round(cyc + sup_fee, 2)
    claim = pat(r, "HL99999999999")
    f.update(mid=pat(r, "HHX999999999"), grp=pat(r, "9999-999"))
    ds, ms = "slash", "plain"
    d = Page()
    d.add_page()
    d.text_line("Harborlight Health", 16, "B")
    d.text_line("Harborlight Health Insurance Company  ·  Claims, 900 Beacon Street, Port Ellery, SC 29099", 8.4)
    d.rule(0.6, 4)
    d.text_line(f"Date of notice: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    addressee(d, f["member"], f["addr"])
    d.text_line("Claim Denial Notice", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim ID", claim),
           ("Billed by", sup), ("Ordering physician", doc), ("Service date", fmt_date(dos, ds)),
           ("Amount billed", fmt_money(amt, ms)), ("Plan paid", fmt_money(0, ms))], w=44)
    paras(d, [
        "We denied this claim for an FES cycle (E0770) and supplies (A4595). Our records show no approval for this "
        "item, and the medical records sent with the claim do not show that home FES cycling is medically "
        "necessary: the cycle is used for general conditioning, and supervised therapy sessions were not tried "
        "first. Under your plan, devices mainly for exercise or convenience are not medically necessary.",
        "You have the right to appeal. Your appeal must be filed within 180 days from the date of this notice. "
        "Mail it to Harborlight Appeals, PO Box 9012, Port Ellery, SC 29099. If you need help, call "
        f"{f['phone']}. An in-network supplier may not bill you more than your share for a denied claim unless you "
        "agreed in writing before the service."], 9.6)
    t1 = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
               service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=sup,
               appeal_deadline=days(f["notice"], 180).isoformat(), denial_alternates=["prior_authorization"])
    pdf1 = pdf_bytes(d)
    sd = days(f["notice"], r.randint(14, 24))
    acct = pat(r, "NC-999999")
    due = days(sd, 30)
    d = Page()
    d.add_page()
    d.text_line(sup, 14, "B", "C")
    d.text_line("3715 Commerce Park Drive, Tamarack Falls, WI 54099  ·  Billing 1-555-318-7740", 8.4, "", "C")
    d.rule(0.3, 4)
    d.text_line("PATIENT STATEMENT", 12.5, "B", "C")
    d.ln(2)
    two_col(d, [("Statement date", fmt_date(sd, ds)), ("Account no.", acct), ("Patient", f["member"])],
            [("Insurance", "Harborlight Health"), ("Policy ID", f["mid"]), ("Payment due", fmt_date(due, ds))])
    d.table(["Date", "Item", "Description", "Charge", "Ins. paid", "Balance"],
            [[fmt_date(dos, ds), "E0770", "FES cycle, home, purchase", fmt_money(cyc, ms), fmt_money(0, ms),
              fmt_money(cyc, ms)],
             [fmt_date(dos, ds), "A4595", "Electrodes, 1 month", fmt_money(sup_fee, ms), fmt_money(0, ms),
              fmt_money(sup_fee, ms)],
             [fmt_date(days(f["notice"], 2), ds), "", f"Insurance denied claim {claim}", "", "", ""],
             ["*Balance due", "", "", "", "", fmt_money(amt, ms)]], [24, 16, 72, 26, 20, 26], size=8.2,
            aligns="LLLRRR")
    paras(d, [
        "Your insurance denied this claim. You signed a financial responsibility form when the cycle was delivered. "
        "Please pay the balance, set up a payment plan, or send us a copy of your appeal so we can hold the account "
        "for 60 days while the appeal is reviewed. Call our billing office with questions."], 9.4)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
               claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=sd.isoformat(), provider=sup,
               unscored=["insurer", "member_id"], alternates={"case_numbers": [[]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: MA notice of denial of payment, rental months
def doc_ma(r):
    f = base(r)
    org, product = "Prairie Lantern Health Plans, Inc.", "Prairie Lantern Medicare Advantage Choice (HMO)"
    sup, doc = SUPPLIERS[1], PHYSIATRISTS[2]
    m1 = days(f["notice"], -r.randint(70, 80))
    months = [m1, days(m1, 30)]
    rent = fee(r, 980, 1350)
    amt = round(rent * 2, 2)
    claim = pat(r, "99A999999999")
    f.update(mid=pat(r, "P99999999A"))
    ds, ms = "upper", "nosign"
    d = Page(footer="H4417_DNP26_M   Form CMS-10003-NDP   OMB Approval 0938-0829")
    d.add_page()
    d.text_line(product, 13.5, "B")
    d.text_line(f"{org}  ·  PO Box 6400, Kingsmere, IA 50099  ·  Member Services {f['phone']} (TTY 711)", 8.2)
    d.rule(0.5, 4)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(1)
    addressee(d, f["member"], f["addr"])
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", "C")
    d.ln(1)
    kv(d, [("Member name", f["member"]), ("Member ID", f["mid"]), ("Claim number", claim),
           ("Provider", sup), ("Prescriber", doc)], w=40)
    paras(d, [
        f"We have denied payment for the medical services listed below that you received from {sup}:",
        f"FES cycle rental (E0770 RR), rental months beginning {fmt_date(months[0], ds)} and {fmt_date(months[1], ds)}, "
        f"{fmt_money(rent, ms)} per month, total billed {fmt_money(amt, ms)}.",
        "#Why did we deny your payment request?",
        "The rental is not medically necessary. Our coverage rules follow Medicare's national policy, which covers "
        "functional electrical stimulation only to help a person with a spinal cord injury walk, after a training "
        "programme. An FES cycle used for exercise is not covered as durable medical equipment, and the records do "
        "not show that the cycle was needed in place of therapy in a clinic.",
        "#You have the right to appeal our decision",
        "You have the right to ask us to reconsider our decision. You must ask within 65 days of the date of this "
        "notice. We can give you more time if you have a good reason. Send your written request to Prairie Lantern "
        "Health Plans, Appeals and Grievances, PO Box 6410, Kingsmere, IA 50099, or fax 1-555-471-0090.",
        "You do not have to pay the provider for these rental months because the provider is in our network and did "
        "not tell you in advance that the item would not be covered."], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[x.isoformat() for x in months],
              denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=days(f["notice"], 65).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": [product]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: state Medicaid notice of action, PA denied
def doc_medicaid(r):
    f = base(r)
    agency = "Department of Health Care Access"
    sup, doc = SUPPLIERS[3], PHYSIATRISTS[0]
    rcv = days(f["notice"], -r.randint(6, 14))
    start = days(f["notice"], r.randint(10, 20))
    pa = pat(r, "9999999999")
    f.update(mid=pat(r, "999999999A"))
    ds = "iso"
    d = Page(footer="Form HCA-NOA-3 (01/2026)   Page {p} of {n}")
    d.add_page()
    d.text_line("STATE MEDICAL ASSISTANCE (MEDICAID) PROGRAM", 9, "B", "C")
    d.text_line("Department of Health Care Access", 13.5, "B", "C")
    d.text_line("Prior Authorization Section  ·  500 Statehouse Row, Kingsmere, IA 50099  ·  1-555-288-1000", 8.3,
                "", "C")
    d.rule(0.5, 4)
    d.text_line("NOTICE OF ACTION: PRIOR AUTHORIZATION DENIED", 12.5, "B", "C")
    d.ln(2)
    kv(d, [("Notice date", fmt_date(f["notice"], ds)), ("Recipient", f["member"]), ("Recipient ID", f["mid"]),
           ("PA request number", pa), ("Provider", sup), ("Prescriber", doc),
           ("Service", "E0770 functional electrical stimulation cycle, rental, and A4595 supplies"),
           ("Requested start", fmt_date(start, ds)), ("Received", fmt_date(rcv, ds))], w=46, size=9.3)
    addressee(d, f["member"], f["addr"])
    paras(d, [
        "#What we decided",
        "We DENIED the prior authorization request above.",
        "#Why",
        "Medical Assistance Rule 441-78.10 covers durable medical equipment that is medically necessary and not "
        "primarily for convenience. The request does not show that the FES cycle is needed to treat your condition "
        "rather than for exercise, and does not include the results of a supervised FES trial. The item is not "
        "medically necessary.",
        "#Your appeal rights",
        "If you disagree, you may ask for an appeal within 60 days of the date of this notice. If you ask within 10 "
        "days, and this is a service you already receive, it can continue while we decide. You may also ask for a "
        "State Fair Hearing within 120 days. Call 1-555-288-1000 or write to the address above.",
        "You may have someone help you, such as a friend, relative or lawyer. Free legal help: 1-555-281-4400."],
        9.4)
    t = truth("denial_letter", "medical_necessity", insurer=agency, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=days(f["notice"], 60).isoformat(), denial_alternates=["prior_authorization"],
              alternates={"provider": [doc], "service_dates": [[]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_precert_fes_cycle_convenience", "born_digital", doc_precert, None),
    ("scan300_dme_contractor_e0764_no_training", "scan_clean_300", doc_mac, None),
    ("lowres_approval_e0770_rental", "scan_lowres_150", doc_approval, None),
    ("copy_second_level_appeal_exercise_exclusion", "photocopy", doc_upheld, None),
    ("faxfine_stack_cover_denial_supplier_statement", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_ma_denial_of_payment_rental", "phone_photo", doc_ma, None),
    ("rotated_medicaid_notice_of_action", "rotated", doc_medicaid, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
