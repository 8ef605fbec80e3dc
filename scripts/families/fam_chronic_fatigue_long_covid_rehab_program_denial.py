"""Family 'chronic_fatigue_long_covid_rehab_program_denial': invented plan letters, EOBs and a clinic statement on a
multidisciplinary post-COVID-19 (long COVID, post-exertional malaise / chronic fatigue) rehabilitation program:
physical and occupational therapy, pacing and energy-conservation coaching, health behavior intervention
(96158/96159), cognitive strategy sessions, billed as a bundled program or by the visit.

Cases (letter-heavy): a pre-service denial of a 10-week program as unproven (investigational) for post-COVID
condition; a commercial EOB denying program visits over a combined outpatient rehabilitation limit next to a paid
office visit; an approval of the physical therapy part only (nothing denied in it); a photocopied first-level appeal
decision upholding that a 5-day-a-week day program is a higher level of care than needed; a fine-fax stack of a
cover sheet, a plan's letter denying the health behavior sessions as over the plan's limits and the program's
patient statement; a phone photo of a Medicare Advantage notice of denial of payment for the program's group
sessions as not medically necessary; a sideways-fed TPA EOB denying the fatigue program's cognitive pacing sessions
as experimental while paying a PT visit.

Layouts invented, modelled loosely on published utilization management letters, CMS integrated denial notices and
commercial EOBs. All values invented: plans, clinics, clinicians, patients, IDs, amounts; phones 1-555.
Decoys: dates of birth, COVID-19 diagnosis dates, request received dates, referring physicians, NPIs, medical
policy numbers, patient account numbers, paid claims, allowed/paid/you-owe amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

FAMILY = "chronic_fatigue_long_covid_rehab_program_denial"
LANG = "en"
SEED = 276500
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
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def head(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name, 13, "B", "R")
        for s in lines:
            d.text_line(s, 8.3, "", "R")
        d.ln(2)
        d.rule(1.2, 5)
    else:
        d.set_fill_color(225, 225, 225)
        d.font(12.5, "B")
        d.cell(0, 9, "  " + name, fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


FIRST = ["Rosalind", "Everett", "Philippa", "Augustin", "Seraphina", "Leopold", "Imogen", "Cormac", "Delphine",
         "Ignatius", "Marguerite", "Oswin"]
LAST = ["Thistlewood", "Carrowmore", "Esterhazy", "Blackthorne", "Wakefield", "Lindqvist", "Merriweather",
        "Achterberg", "Penhaligon", "Sorensby"]
CITIES = ["Larchmont Ridge, VT 05999", "Cedar Hollow, KS 66999", "Ashgrove, WV 25999", "Tamsin Bay, OR 97998"]
STREETS = ["Kestrel Lane", "Windlass Road", "Parchment Street", "Alder Bend", "Copperbeech Avenue"]
PROGRAMS = ["Rivermead Post-COVID Recovery Program", "Northgate Long COVID Rehabilitation Clinic",
            "Stillwater Fatigue & Recovery Center"]
PTS = ["Annika J. Vollmer, PT, DPT", "Reginald O. Ashby, PT"]
PHYS = ["Dr. Cordelia M. Halloran, MD (PM&R)", "Dr. Tobias E. Wexford, DO"]
PSYCH = ["Dr. Lavinia S. Okonkwo, PhD"]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(MI)}. {r.choice(LAST)}"


def base(r):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    return dict(notice=notice, member=person(r), addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1962, 1998), r.randint(1, 12), r.randint(1, 28)),
                covid=notice - dt.timedelta(days=r.randint(200, 600)))


def fmt_date(d, style):
    """inv_kit's date styles plus a two-digit year with zeros (03/02/26)."""
    if style == "yy":
        return d.strftime("%m/%d/%y")
    return _fmt_date(d, style)


def bare(name):
    return name.split(",")[0]


# ---------------------------------------------------------------- 0: pre-service denial, unproven program
def doc_preservice(r):
    f = base(r)
    plan = "Harrowgate Health Assurance Company"
    ds = "long"
    prog, doc = PROGRAMS[0], PHYS[0]
    ref = pat(r, "PA-9999-99999")
    f.update(mid=pat(r, "HHA999999999"), grp=pat(r, "99999-AA"))
    recv = f["notice"] - dt.timedelta(days=r.randint(4, 10))
    start = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    end = start + dt.timedelta(days=69)
    d = Page(footer="Harrowgate Health Assurance Company  |  UM-ADV-07  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Utilization Management Department, 88 Fieldstone Parkway, Larchmont Ridge, VT 05999",
                   f"Member Services {f['phone']}   Fax 1-555-630-2214"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Adverse Benefit Determination (Pre-Service)", 12.5, "B")
    d.ln(1)
    kv(d, [("Member name:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Prior authorization number:", ref),
           ("Requesting provider:", f"{doc}, {prog}"), ("Provider NPI:", f["npi"]),
           ("Service requested:", "Multidisciplinary post-COVID rehabilitation program, 3 days/week, 10 weeks"),
           ("Requested dates:", f"{fmt_date(start, ds)} through {fmt_date(end, ds)}"),
           ("Date request received:", fmt_date(recv, ds)),
           ("Diagnosis:", "U09.9 Post COVID-19 condition; R53.82 Chronic fatigue")], w=56, size=9.2)
    paras(d, [
        "#What we decided",
        f"We cannot approve the request from {bare(doc)} for the multidisciplinary post-COVID rehabilitation "
        "program at " + prog + ". The program combines graded physical therapy, occupational therapy, pacing and "
        "energy-conservation coaching, and health behavior sessions into one bundled program.",
        "Our Medical Policy MP-412, Post-Acute COVID-19 Rehabilitation Programs, considers bundled multidisciplinary "
        "long COVID programs investigational. Published studies have not yet shown that these programs improve "
        "health outcomes for people with post-COVID condition or chronic fatigue compared with usual care, and "
        "graded exercise can worsen post-exertional malaise. Services that are experimental or investigational "
        "are excluded under your Certificate of Coverage, Section 8.3.",
        "Individual physical or occupational therapy visits with measurable goals may be covered. Your provider "
        "can send a separate request for those visits.",
        "#Your right to appeal",
        "You or your authorized representative may appeal this decision within 180 days of the date of this "
        f"letter. Send your appeal to Harrowgate Appeals Unit, PO Box 5521, Larchmont Ridge, VT 05999, or call "
        f"{f['phone']}. If waiting could seriously harm your health, ask for an expedited appeal; we will decide "
        "within 72 hours. You may also ask for an external review by an independent review organization once "
        "you have finished our appeal process. You may request, free of charge, copies of the policy and records "
        "used in this decision.",
        "Sincerely,",
        "Jasper T. Monkhouse, MD, Medical Director, Harrowgate Health Assurance Company"], size=9.5)
    t = truth("denial_letter", "experimental", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [bare(doc), prog], "service_dates": [[], [start.isoformat()]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: EOB, program visits over the rehab limit
def doc_eob_limit(r):
    f = base(r)
    plan = "Quarrystone Health Plan"
    ds, ms = "slash", "plain"
    prog, pt = PROGRAMS[1], PTS[0]
    claim, paid_claim = pat(r, "QHP9999999999"), pat(r, "QHP9999999999")
    f.update(mid=pat(r, "QSH-99999999"), grp=pat(r, "999999"))
    d1 = f["notice"] - dt.timedelta(days=r.randint(24, 34))
    d2 = d1 + dt.timedelta(days=2)
    pv = d1 - dt.timedelta(days=9)
    a, b, c = fee(r, 120, 160), fee(r, 90, 130), fee(r, 110, 150)
    lines = [(d1, "97530", "Therapeutic activities (energy conservation) x2", round(a * 2, 2)),
             (d1, "97535", "Self-care/home management training", b),
             (d2, "97530", "Therapeutic activities (energy conservation) x2", round(a * 2, 2)),
             (d2, "97165", "OT evaluation, low complexity", c)]
    total = round(sum(x[3] for x in lines), 2)
    d = Page(footer="Quarrystone Health Plan  -  Explanation of Benefits  -  This is not a bill")
    d.add_page()
    head(d, plan, ["PO Box 3170, Cedar Hollow, KS 66999", f"Customer Care {f['phone']}  (TTY 711)"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.ln(1)
    kv(d, [("Date issued:", fmt_date(f["notice"], ds)), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Group:", f["grp"]), ("Rehab visits used this plan year:", "32 of 30 (PT, OT, speech combined)")],
       w=62, size=9.2)
    W = [20, 14, 62, 20, 18, 16, 18, 12]
    H = ["Service date", "Code", "Description", "Charged", "Allowed", "Plan paid", "Your share", "Note"]
    d.text_line(f"Claim number {paid_claim}   Provider: {PHYS[1]}", 8.8, "B")
    oc = fee(r, 180, 240)
    d.table(H, [[fmt_date(pv, ds), "99214", "Office visit, established patient", fmt_money(oc, ms),
                 fmt_money(round(oc * 0.6, 2), ms), fmt_money(round(oc * 0.6 - 35, 2), ms), "$35.00", "C1"]],
            W, size=7.5, aligns="LLLRRRRL")
    d.text_line(f"Claim number {claim}   Provider: {prog}", 8.8, "B")
    d.text_line(f"Treating therapist: {pt}", 8.3)
    rows = [[fmt_date(x, ds), c, desc, fmt_money(ch, ms), "$0.00", "$0.00", fmt_money(ch, ms), "R30"]
            for x, c, desc, ch in lines]
    rows.append(["*Claim total", "", "", fmt_money(total, ms), "$0.00", "$0.00", fmt_money(total, ms), ""])
    d.table(H, rows, W, size=7.5, aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        "C1  Specialist office visit copayment.",
        "R30  Your plan covers 30 outpatient rehabilitation visits per plan year for physical, occupational and "
        "speech therapy combined, including visits in a post-COVID or fatigue program. You have used all 30 visits. "
        "These services are not covered and the provider may bill you.",
        "#Appeals",
        "If you disagree with how this claim was processed, you may file an appeal within 180 days of the date "
        "this EOB was issued. Write to Quarrystone Health Plan, Appeals, PO Box 3175, Cedar Hollow, KS 66999."],
        size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prog,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [pt, bare(pt)]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: approval of the PT part (no denial)
def doc_approval(r):
    f = base(r)
    plan = "Bramblecrest Community Health Plan"
    ds = "abbr"
    pt = PTS[1]
    auth = pat(r, "BC99999999")
    f.update(mid=pat(r, "BCH9999999"), grp=pat(r, "G-99999"))
    start = f["notice"] + dt.timedelta(days=r.randint(3, 7))
    end = start + dt.timedelta(days=59)
    d = Page(footer="Bramblecrest Community Health Plan  |  Authorization Approval")
    d.add_page()
    head(d, plan, ["Care Management, 410 Millrace Court, Ashgrove, WV 25999", f"Member Services {f['phone']}"], 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Approval of Outpatient Physical Therapy", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("ID number:", f["mid"]), ("Group:", f["grp"]), ("Approval number:", auth),
           ("Treating provider:", f"{pt}, {PROGRAMS[2]}"),
           ("Approved:", "97110, 97530, 97116 - 12 visits, 1 visit per week"),
           ("Approved from:", f"{fmt_date(start, ds)} to {fmt_date(end, ds)}"),
           ("Ordering physician:", PHYS[0]), ("Date of birth:", fmt_date(f["dob"], "slash"))], w=44)
    paras(d, [
        "We approved physical therapy for your post-COVID condition. The therapy plan uses heart-rate limited "
        "activity and pacing so that symptoms after exertion are watched at each visit. The approval covers the "
        "physical therapy part of the treatment plan your provider sent.",
        "Your provider told us that the occupational therapy and health coaching parts of the program will be "
        "sent as separate requests. This letter does not decide those requests.",
        "Please keep this letter. If you need more visits, your therapist must send progress notes before the "
        "last approved visit. This approval is not a guarantee of payment; payment depends on your eligibility "
        "and benefits on the date of service. Your regular copay applies.",
        "Care Management, Bramblecrest Community Health Plan"], size=9.8)
    t = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=pt,
              alternates={"provider": [bare(pt), PROGRAMS[2]], "service_dates": [[], [start.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: appeal upheld, day program = higher level
def doc_appeal(r):
    f = base(r)
    plan = "Lanternfield Mutual Insurance Company"
    ds, ms = "dmy", "plain"
    prog = PROGRAMS[2]
    appeal, claim = pat(r, "APL-99-999999"), pat(r, "LM99999999")
    f.update(mid=pat(r, "LMI9999999"), grp=pat(r, "99999"))
    start = f["notice"] - dt.timedelta(days=r.randint(60, 80))
    end = start + dt.timedelta(days=11)
    total = round(fee(r, 780, 880) * 10, 2)
    d = Page(footer="Lanternfield Mutual Insurance Company  |  Grievance and Appeals  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Grievance and Appeals, 19 Orchard Terrace, Tamsin Bay, OR 97998",
                   f"Phone {f['phone']}  |  Fax 1-555-281-4407"], 1)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Appeal Decision - First Level", 12.5, "B")
    d.ln(1)
    kv(d, [("Insured", f["member"]), ("Policy/ID", f["mid"]), ("Group", f["grp"]), ("Appeal no.", appeal),
           ("Claim no.", claim), ("Facility", prog),
           ("Dates", f"{fmt_date(start, ds)} to {fmt_date(end, ds)} (10 program days)"),
           ("Amount billed", fmt_money(total, ms)), ("Referred by", PHYS[1])], w=36)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"We received your appeal of our denial of the day rehabilitation program at {prog}. A physician "
        "board-certified in physical medicine and rehabilitation, who was not involved in the first decision, "
        "reviewed the program records, your symptom diary and the letter from your doctor.",
        "#Decision: the denial is upheld",
        "The day program provides six hours of therapy five days a week. Your records show that you walk without "
        "help, live at home and do not need daily medical supervision. Your fatigue, shortness of breath on "
        "exertion and concentration problems can be treated safely in a less intensive setting, such as "
        "outpatient physical and occupational therapy visits. Day rehabilitation is a higher level of care than "
        "you need, so the program days are not covered at that level of care.",
        "#What you can do next",
        "If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You may "
        "also request an external review by an independent review organization within four months. Call us to "
        "ask for free copies of the criteria and records used.",
        "Appeals Committee, Lanternfield Mutual Insurance Company"], size=9.4)
    t = truth("denial_letter", "level_of_care", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=prog, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]], "service_dates": [[start.isoformat(), end.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: over-limit letter + statement
def doc_stack(r):
    f = base(r)
    plan = "Silverbirch Employee Health Plan"
    ds, ms = "iso", "nosign"
    prog, psych = PROGRAMS[1], PSYCH[0]
    claim = pat(r, "SB-9999999-99")
    f.update(mid=pat(r, "SEH99999999"), grp=pat(r, "EMP-9999"))
    dates = sorted({f["notice"] - dt.timedelta(days=r.randint(25, 40)) + dt.timedelta(days=k * 7) for k in range(3)})
    p1, p2 = fee(r, 95, 125), fee(r, 40, 60)
    lines = [(x, c, desc, ch) for x in dates for c, desc, ch in
             (("96158", "Health behavior intervention, first 30 min", p1),
              ("96159", "Health behavior intervention, each add'l 15 min", p2))]
    total = round(sum(x[3] for x in lines), 2)
    d = Page(footer="Silverbirch Employee Health Plan - administered under plan document SEHP-2026")
    d.add_page()
    head(d, plan, ["Claims and Benefits Office, 2600 Foundry Row, Cedar Hollow, KS 66999",
                   f"Benefits line {f['phone']}"], 0)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Claim Denial - Benefit Maximum Reached", 12.5, "B")
    kv(d, [("Participant", f["member"]), ("Participant ID", f["mid"]), ("Plan group", f["grp"]),
           ("Claim reference", claim), ("Rendering provider", f"{psych}, {prog}"),
           ("Total charges", fmt_money(total, "plain"))], w=40)
    d.table(["Date of service", "CPT", "Description", "Billed", "Benefit"],
            [[fmt_date(x, ds), c, desc, ch and fmt_money(ch, ms), "0.00"] for x, c, desc, ch in lines],
            [30, 16, 92, 22, 20], size=8.3, aligns="LLLRR")
    paras(d, [
        "Reason: the plan covers up to 8 health behavior assessment and intervention sessions per calendar year. "
        "Our records show 8 sessions were already paid this year for your post-COVID fatigue and pacing program. "
        "The sessions listed above exceed the plan's benefit limit and are not covered.",
        "Appeal: you may appeal in writing within 180 days of the date of this notice to the Claims and Benefits "
        "Office at the address above. Include this notice and any records you want us to consider."], size=9.2)
    t1 = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=psych,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [bare(psych), prog]}, type_alternates=["eob"])
    pdf1 = pdf_bytes(d)
    st = f["notice"] + dt.timedelta(days=r.randint(10, 16))
    acct = pat(r, "PA-999999")
    d = Page()
    d.add_page()
    head(d, prog, ["Patient Financial Services, 45 Hawthorne Quay, Tamsin Bay, OR 97998", "Billing 1-555-744-0193"], 2)
    d.text_line("STATEMENT OF ACCOUNT", 13, "B")
    kv(d, [("Statement date:", fmt_date(st, ds)), ("Patient:", f["member"]), ("Account number:", acct),
           ("Insurance:", f"{plan} - claim {claim}"), ("Due by:", fmt_date(st + dt.timedelta(days=30), ds))], w=42)
    d.table(["Date", "Service", "Charge", "Insurance", "Patient due"],
            [[fmt_date(x, ds), f"{c} {desc}", fmt_money(ch, ms), "0.00", fmt_money(ch, ms)]
             for x, c, desc, ch in lines] + [["*Balance due", "", fmt_money(total, ms), "0.00", fmt_money(total, ms)]],
            [26, 92, 22, 20, 24], size=8.1, aligns="LLRRR")
    paras(d, [
        "Your health plan denied these sessions because its yearly session limit was reached. The balance is now "
        "your responsibility. If you appeal, call us and we will hold your account for 60 days. Payment plans and "
        "financial assistance are available."], size=9.4)
    t2 = truth("other", None, member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[x.isoformat() for x in dates], denial_date=st.isoformat(), provider=prog,
               unscored=["insurer", "group_number", "member_id"], alternates={"case_numbers": [[]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: MA notice of denial of payment (photo)
def doc_ma(r):
    f = base(r)
    plan = "Goldmeadow Medicare Advantage (HMO)"
    ds, ms = "mdy_nopad", "plain"
    prog = PROGRAMS[0]
    claim = pat(r, "99999999999")
    f.update(mid=pat(r, "GM9999999A"))
    dates = sorted({f["notice"] - dt.timedelta(days=r.randint(30, 45)) + dt.timedelta(days=k * 3) for k in range(2)})
    g = fee(r, 70, 95)
    total = round(g * 2 * len(dates), 2)
    d = Page(footer="Form CMS-10003-NDMCP (Exp. 08/31/2026)   H9999_NDP26_C")
    d.add_page()
    d.text_line("Goldmeadow Medicare Advantage (HMO)", 12, "B")
    d.text_line(f"700 Prairie Signal Road, Cedar Hollow, KS 66999   {f['phone']}", 8.5)
    d.ln(4)
    d.text_line("Notice of Denial of Payment", 14, "B", "C")
    d.ln(3)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Member number:", f["mid"]), ("Name:", f["member"]),
           ("Claim number:", claim), ("Provider:", prog)], w=38)
    paras(d, [
        f"We have denied payment for the following services you received from {prog}:",
        ", ".join(fmt_date(x, ds) for x in dates) + f": 97150 group therapeutic procedures x2 each day "
        f"(post-COVID pacing and reconditioning group), total charges {fmt_money(total, ms)}.",
        "#Why did we deny your request?",
        "Medicare covers therapy in a group when it is reasonable and necessary and is expected to improve your "
        "condition. Your records show that the group sessions were general conditioning and education classes, "
        "and that your therapist did not document goals or progress for you. These services were not medically "
        "necessary for you.",
        "#You have the right to appeal our decision",
        "You have the right to ask Goldmeadow Medicare Advantage to review our decision. If you want to appeal, "
        "you must ask within 65 days of the date of this notice. We can give you more time if you have a good "
        "reason for missing the deadline. Mail or fax your written appeal to Goldmeadow Appeals, PO Box 720, "
        "Cedar Hollow, KS 66999, fax 1-555-720-3345.",
        "You may have someone act as your representative, such as a family member, friend or lawyer. For help, "
        "call your State Health Insurance Assistance Program (SHIP)."], size=9.3)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=prog,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": ["Goldmeadow Medicare Advantage"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA EOB, pacing sessions experimental (rotated)
def doc_tpa_eob(r):
    f = base(r)
    tpa = "Westerly Benefit Administrators"
    ds, ms = "yy", "bare"
    prog, pt = PROGRAMS[2], PTS[1]
    claim_d, claim_p = pat(r, "9999-999999-9"), pat(r, "9999-999999-9")
    f.update(mid=pat(r, "W999999999"), grp=pat(r, "AA9999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 30))
    dpt = dos - dt.timedelta(days=5)
    c1, c2 = fee(r, 160, 210), fee(r, 80, 110)
    total = round(c1 + c2 * 2, 2)
    ptc = fee(r, 150, 190)
    d = Page(footer="Westerly Benefit Administrators, claims administrator for the Fenmoor Glass Works Employee Benefit Plan")
    d.add_page()
    head(d, tpa, ["PO Box 8820, Ashgrove, WV 25999", f"Call {f['phone']} Mon-Fri 8-6"], 2)
    d.text_line("Explanation of Benefits", 13, "B")
    kv(d, [("Processed:", fmt_date(f["notice"], ds)), ("Employee/patient:", f["member"]), ("ID:", f["mid"]),
           ("Group:", f["grp"]), ("Plan:", "Fenmoor Glass Works Employee Benefit Plan")], w=40, size=9)
    H = ["DOS", "Svc", "Description", "Billed", "Allowed", "Paid", "Resp.", "Rsn"]
    W = [16, 14, 66, 18, 18, 16, 18, 14]
    d.text_line(f"Claim {claim_p}   {pt}", 8.8, "B")
    d.table(H, [[fmt_date(dpt, ds), "97110", "Therapeutic exercise x2", fmt_money(ptc, ms),
                 fmt_money(round(ptc * 0.7, 2), ms), fmt_money(round(ptc * 0.7 - 25, 2), ms), "25.00", "01"]],
            W, size=7.6, aligns="LLLRRRRL")
    d.text_line(f"Claim {claim_d}   {prog}", 8.8, "B")
    d.table(H, [[fmt_date(dos, ds), "98960", "Self-mgmt education, cognitive pacing", fmt_money(c1, ms),
                 "0.00", "0.00", fmt_money(c1, ms), "EX4"],
                [fmt_date(dos, ds), "98961", "Self-mgmt education, group x2", fmt_money(round(c2 * 2, 2), ms),
                 "0.00", "0.00", fmt_money(round(c2 * 2, 2), ms), "EX4"],
                ["*Total", "", "", fmt_money(total, ms), "0.00", "0.00", fmt_money(total, ms), ""]],
            W, size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#Reason codes",
        "01  Copay applied.",
        "EX4  Experimental/investigational. The plan does not cover cognitive pacing or energy-envelope training "
        "programs for chronic fatigue syndrome or post-COVID condition; their effectiveness has not been "
        "established in peer-reviewed studies. See plan document section 11.2(f).",
        "#Review rights",
        "You have 180 days from the date you receive this statement to request a review. Send a written request "
        "to the claims administrator at the address above, with a copy of this EOB."], size=8.8)
    t = truth("eob", "experimental", insurer=tpa, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim_d], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prog,
              alternates={"insurer": ["Fenmoor Glass Works Employee Benefit Plan"],
                          "appeal_deadline": [(f["notice"] + dt.timedelta(days=180)).isoformat()]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_program_investigational", "born_digital", doc_preservice, None),
    ("scan300_eob_over_rehab_visit_limit", "scan_clean_300", doc_eob_limit, None),
    ("lowres_approval_physical_therapy_part", "scan_lowres_150", doc_approval, None),
    ("copy_appeal_upheld_day_program_level_of_care", "photocopy", doc_appeal, None),
    ("faxfine_stack_cover_session_limit_letter_statement", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_ma_denial_of_payment_group_sessions", "phone_photo", doc_ma, None),
    ("rotated_tpa_eob_pacing_experimental", "rotated", doc_tpa_eob, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
