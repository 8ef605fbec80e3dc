"""Family 'pediatric_sensory_integration_ot_experimental_denial': pediatric occupational therapy that uses sensory
integration techniques (97533 sensory integrative techniques, next to 97165/97166 OT evaluations and 97530
therapeutic activities), denied as experimental/investigational, over a yearly visit limit, or as educational
(the school's job under an IEP).

Documents: a two-page pre-service letter whose decision is only on page two (page one restates the request and
the clinical notes); a Medicaid managed-care EPSDT notice of action (boxed form, state fair hearing decoy); a
commercial EOB with three claims (evaluation and therapeutic activities paid, 97533 denied over the 30-visit
limit); a fine-fax stack of a cover sheet, the plan's letter refusing therapy given at school as educational and
the school-based therapy company's bill to the parent; an upheld appeal (rotated); an approval of OT visits
without sensory integration (nothing denied; phone photo); a TPA's letter to the clinic denying a 97533 claim.

The patient is a child; the subscriber (a parent) is a decoy. Decoys: DOB, subscriber ID vs member ID suffix,
NPIs, request received dates, paid claims, IEP dates, plan-paid / you-owe amounts, fair hearing and expedited time
limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pediatric_sensory_integration_ot_experimental_denial"
LANG = "en"
SEED = 281500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KIDS = ["Oliver", "Amara", "Felix", "Juniper", "Milo", "Zara", "Rowan", "Ivy", "Silas", "Nadia"]


class Page(Doc):
    def __init__(self, foot: str | None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"({r.choice(['800', '877', '866'])}) 555-{r.digits(4)}"


def family(r: Rand) -> dict:
    parent, pfirst, pmid, last = r.person()
    kid_first = r.choice(KIDS)
    kmid = r.choice("ABCDEFGHJKLMNPRSTVW")
    child = f"{kid_first} {kmid}. {last}"
    dob = dt.date(r.randint(2017, 2021), r.randint(1, 12), r.randint(1, 28))
    return dict(parent=parent, pfirst=pfirst, last=last, child=child, kid_first=kid_first, dob=dob,
                addr=r.address(), npi=r.npi(), ph=phone(r))


# ---------------------------------------------------------------- 0: two-page pre-service letter, decision p2
def doc_two_page(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Meridian Crest Health Plans"
    sub = f"MCH{r.digits(7)}"
    mid = sub + "-03"
    grp = f"{r.digits(6)}-A"
    ref = f"UM-{r.digits(4)}-{r.digits(5)}"
    ot = "Wendy R. Castellanos, OTR/L"
    clinic = "Little Compass Pediatric Therapy"
    recv = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 60))
    notice = recv + dt.timedelta(days=r.randint(6, 12))
    start = notice + dt.timedelta(days=r.randint(5, 12))
    end = start + dt.timedelta(days=r.choice([83, 89, 90]))
    visits = r.choice([24, 26, 36])
    d = Page("Page {p} of {n}", margins=(22, 18, 22),
             header=f"{f['child']}  |  Reference {ref}  |  {fmt_date(notice, 'long')}")
    d.add_page()
    d.text_line("Meridian Crest", 18, "B", h=8)
    d.text_line("HEALTH PLANS", 8.5, "B", h=4)
    d.text_line(f"Utilization Management  -  PO Box 7730, Harrow Point, MN 55802  -  {f['ph']}", 8.4, h=4.6)
    d.ln(9)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f"To the parent or guardian of {f['child']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Subscriber: {f['parent']}   Subscriber ID: {sub}\nPatient: {f['child']}   Member ID: {mid}   "
           f"Group: {grp}\nReference number: {ref}", 10, gap=5)
    d.para(f"Dear Parent or Guardian of {f['kid_first']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {ot} at {clinic} for outpatient "
           f"occupational therapy for {f['kid_first']}. The request was for {visits} visits of sensory integrative "
           f"techniques (CPT 97533) from {fmt_date(start, 'long')} through {fmt_date(end, 'long')}, to be given "
           "two times a week at the clinic.", 10.5)
    d.text_line("What we reviewed", 11, "B", h=7)
    d.para("The therapist sent an initial evaluation, a Sensory Profile 2 caregiver questionnaire, goals for "
           "self-regulation during transitions and tolerance of grooming tasks, and a letter from the child's "
           "pediatrician describing sensory processing concerns. The evaluation notes that fine motor and visual "
           "motor scores were within the average range. A licensed occupational therapist and a board-certified "
           "pediatrician reviewed the request against our medical policy MP-OT-114, Sensory Integration Therapy "
           "and Auditory Integration Training.", 10.5)
    d.para("We explain our decision and your rights on the next page. Please read both pages.", 10.5)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'long')}. Requesting provider NPI: {f['npi']}.", 9)
    d.add_page()
    d.text_line("Our decision", 12, "B", h=7)
    d.para(f"We cannot approve the requested sensory integrative therapy (97533). Under policy MP-OT-114, sensory "
           "integration therapy is considered experimental and investigational for children with sensory "
           "processing disorder, autism spectrum disorder or developmental delay, because published studies have "
           "not shown that it improves health outcomes. Experimental and investigational services are excluded "
           "under your plan (Certificate of Coverage, Section 8.3).", 10.5)
    d.para("This decision is about the sensory integration technique only. Occupational therapy that uses other "
           "methods to reach functional goals (for example, therapeutic activities, 97530) may be covered if it is "
           "medically necessary; the therapist may send a new request.", 10.5)
    d.text_line("Your right to appeal", 12, "B", h=7)
    d.para(f"You or the provider may appeal this decision. Your appeal must be received within 180 days of the "
           "date of this letter. Write to Meridian Crest Health Plans, Appeals, PO Box 7734, Harrow Point, MN "
           "55802, or fax 1-555-203-8841. If waiting could seriously harm your child's health, ask for an "
           "expedited appeal; we will decide it within 72 hours. After our appeal process, you may ask for an "
           "independent external review within 4 months of our final decision.", 10.5)
    d.para("You may ask for free copies of the policy and the documents we used. To talk to the reviewer, "
           f"call {f['ph']}.", 10.5)
    d.para("Sincerely,\n\nUtilization Management Department\nMeridian Crest Health Plans", 10.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[ref], service_dates=[iso(start, end)],
              denial_date=iso(notice), provider=ot, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"],
              alternates={"service_dates": [[], [iso(start)]], "provider": [clinic, "Wendy R. Castellanos"],
                          "member_id": [sub]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Medicaid EPSDT notice of action (boxed)
def doc_noa(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Prairie Lantern Community Care"
    mid = f"{r.digits(9)}{r.letters(1)}"
    case = f"NOA{r.digits(8)}"
    prov = "Bright Steps Therapy Center"
    recv = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 60))
    notice = recv + dt.timedelta(days=r.randint(5, 13))
    start = notice + dt.timedelta(days=r.randint(3, 10))
    end = start + dt.timedelta(days=181)
    d = Page("PLCC-NOA-OT (rev. 01/2026)    Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("PRAIRIE LANTERN COMMUNITY CARE", 14, "B", h=7)
    d.text_line("A North Dakota Medicaid managed care plan  -  1200 Beacon Row, Fargo, ND 58102", 8.4, h=4.4)
    d.text_line(f"Member Services {f['ph']}   TTY 711", 8.4, h=4.4)
    d.ln(3)
    d.text_line("NOTICE OF ACTION", 15, "B", align="C", h=8)
    d.text_line("Medicaid EPSDT (Health Tracks) - Denial of Requested Services", 10, align="C", h=6)
    d.ln(2)
    d.boxes([("Notice date", fmt_date(notice, "slash"), 32), ("Member name", f["child"], 50),
             ("Medicaid ID", mid, 40), ("Date of birth", fmt_date(f["dob"], "slash"), 30),
             ("Notice no.", case, 36)])
    d.boxes([("Requesting provider", prov, 74), ("Provider NPI", f["npi"], 36),
             ("Request received", fmt_date(recv, "slash"), 36), ("Type", "Prior authorization", 38)])
    d.ln(4)
    d.font(9.5, "B")
    d.cell(0, 6, "Services requested and our decision", new_x="LMARGIN", new_y="NEXT")
    d.table(["Code", "Service", "Units", "Dates requested", "Decision"],
            [["97533", "Sensory integrative techniques, 15 min", "48", f"{fmt_date(start, 'slash')} - "
              f"{fmt_date(end, 'slash')}", "DENIED"]],
            [18, 66, 14, 52, 28], size=8.8, border_head="TB")
    d.font(9.5, "B")
    d.cell(0, 6, "Why we made this decision", new_x="LMARGIN", new_y="NEXT")
    d.para(f"{f['kid_first']} already receives occupational therapy at school under an Individualized Education "
           "Program (IEP). The goals sent with this request (sitting at circle time, handwriting readiness, "
           "following classroom routines) are educational goals. Under EPSDT, Medicaid covers services needed to "
           "correct or improve a health condition; it does not cover services whose purpose is educational, which "
           "are the school district's responsibility. Sensory integrative techniques are also not a covered "
           "treatment under the plan's clinical policy. The request is therefore denied as educational and not "
           "covered.", 9.2)
    d.font(9.5, "B")
    d.cell(0, 6, "What you can do", new_x="LMARGIN", new_y="NEXT")
    d.para("1. Appeal to us. You must ask for an appeal within 60 days of the date of this notice. Call Member "
           "Services or write to Appeals, 1200 Beacon Row, Fargo, ND 58102. For a fast (expedited) appeal we will "
           "decide within 72 hours.\n2. State fair hearing. After our appeal decision you may ask the Department "
           "of Human Services for a state fair hearing within 120 days of the appeal decision.\n3. To keep "
           "services you already get during the appeal, ask within 10 days of this notice.", 9.2)
    d.para("You may get free help from the state ombudsman at 1-555-410-2290. Free language assistance is "
           "available.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[case], service_dates=[iso(start, end)], denial_date=iso(notice), provider=prov,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["experimental", "medical_necessity"],
              alternates={"service_dates": [[], [iso(start)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOB, three claims, 97533 over the limit
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Tamarack Shield Insurance Company"
    sub = f"TS{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    grp = f"{r.letters(3)}{r.digits(4)}"
    clinic = "Kite Hill Children's Therapy"
    stmt = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 60))
    claims = []
    for i, (code, desc, units, rate) in enumerate([("97165", "OT evaluation, low complexity", 1, 215.0),
                                                    ("97530", "Therapeutic activities, 15 min", 4, 68.0),
                                                    ("97533", "Sensory integrative tech., 15 min", 4, 74.0)]):
        dos = stmt - dt.timedelta(days=40 - i * 9 + r.randint(0, 3))
        billed = round(units * rate, 2)
        denied = code == "97533"
        allowed = 0.0 if denied else round(billed * 0.72, 2)
        paid = 0.0 if denied else round(allowed * 0.8, 2)
        owe = billed if denied else round(allowed - paid, 2)
        claims.append(dict(no=f"{r.digits(3)}{r.letters(1)}{r.digits(7)}", dos=dos, code=code, desc=desc,
                           units=units, billed=billed, allowed=allowed, paid=paid, owe=owe, denied=denied))
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    # sidebar
    d.set_fill_color(232, 232, 232)
    d.rect(12, 12, 52, 250, style="F")
    d.set_xy(15, 16)
    d.font(13, "B")
    d.multi_cell(46, 6, "TAMARACK\nSHIELD", new_x="LEFT", new_y="NEXT")
    d.font(7.6)
    d.set_x(15)
    d.multi_cell(46, 3.8, f"{ins}\nPO Box 4471\nPueblo, CO 81003\n\nQuestions?\n{f['ph']}\n\n"
                 f"Subscriber\n{f['parent']}\n\nSubscriber number\n{sub}\n\nGroup\n{grp}\n\n"
                 f"Statement date\n{fmt_date(stmt, 'dmy')}\n\nPatient date of birth\n{fmt_date(f['dob'], 'dmy')}",
                 new_x="LEFT", new_y="NEXT")
    d.set_xy(70, 16)
    d.font(14, "B")
    d.cell(0, 7, "Explanation of Benefits", new_x="LEFT", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 5, "This is not a bill. Keep it with your records.", new_x="LEFT", new_y="NEXT")
    d.ln(3)
    for ln in [f["parent"], *f["addr"]]:
        d.set_x(70)
        d.cell(0, 4.6, ln, new_x="LEFT", new_y="NEXT")
    d.ln(4)
    d.set_x(70)
    d.font(9.5, "B")
    d.cell(0, 5.5, f"Claims for {f['child']} (dependent child)", new_x="LEFT", new_y="NEXT")
    d.ln(1)
    for c in claims:
        d.set_x(70)
        d.font(8.4, "B")
        d.cell(0, 5, f"Claim {c['no']}   {clinic}   Received {fmt_date(c['dos'] + dt.timedelta(days=6), 'dmy')}",
               new_x="LEFT", new_y="NEXT")
        d.font(7.8)
        d.set_x(70)
        for h, w in [("Service date", 22), ("Code", 12), ("Units", 10), ("Charged", 20), ("Allowed", 20),
                     ("Plan paid", 20), ("Your share", 20), ("Note", 10)]:
            d.cell(w, 4.6, h, border="B")
        d.ln(4.8)
        d.set_x(70)
        for v, w in [(fmt_date(c["dos"], "dmy"), 22), (c["code"], 12), (str(c["units"]), 10),
                     (fmt_money(c["billed"]), 20), (fmt_money(c["allowed"]), 20), (fmt_money(c["paid"]), 20),
                     (fmt_money(c["owe"]), 20), ("V31" if c["denied"] else "", 10)]:
            d.cell(w, 4.6, v)
        d.ln(6)
    den = claims[2]
    d.set_x(70)
    d.font(9.5, "B")
    d.cell(0, 6, "Notes", new_x="LEFT", new_y="NEXT")
    d.set_x(70)
    d.font(8.2)
    d.multi_cell(0, 4, "V31  Your plan covers 30 outpatient rehabilitation visits (physical, occupational and "
                 "speech therapy combined) per calendar year. This member reached 30 visits before this date of "
                 "service, so the visit is not covered. You may be billed for it.", new_x="LEFT", new_y="NEXT")
    d.ln(3)
    d.set_x(70)
    d.font(9.5, "B")
    d.cell(0, 6, "If you disagree", new_x="LEFT", new_y="NEXT")
    d.set_x(70)
    d.font(8.2)
    d.multi_cell(0, 4, "You have the right to appeal. Send a written appeal within 180 days of the statement "
                 "date shown at left to Tamarack Shield Appeals, PO Box 4475, Pueblo, CO 81003. Urgent appeals "
                 "are decided within 72 hours. You may also have the right to an external review.",
                 new_x="LEFT", new_y="NEXT")
    d.ln(3)
    d.set_x(70)
    d.font(8.2)
    tp = sum(c["paid"] for c in claims)
    d.multi_cell(0, 4, f"Totals for this statement: charged {fmt_money(sum(c['billed'] for c in claims))}, "
                 f"plan paid {fmt_money(tp)}, your share {fmt_money(sum(c['owe'] for c in claims))}. "
                 f"Rehabilitation visits used this year: 30 of 30.", new_x="LEFT", new_y="NEXT")
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=sub.replace(" ", ""),
              member_name=f["child"], case_numbers=[den["no"]], claim_amount=m2(den["billed"]),
              service_dates=[iso(den["dos"])], denial_date=iso(stmt), provider=clinic,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack: educational letter + school bill
def doc_edu_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Northfold Benefit Partners"
    d = Page("Northfold Benefit Partners  -  claim determination  -  page {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("NORTHFOLD BENEFIT PARTNERS", 13, "B", h=7)
    d.text_line("Claims Administrator for the Glenmoor Cooperative Employees' Health Plan", 8.6, h=4.6)
    d.text_line(f"88 Tillman Square, Erie, PA 16501    Tel {f['ph']}    Fax 1-555-640-1187", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(f["notice"], "iso"), 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    for lab, val in [("Employee", f["parent"]), ("Employee ID", f["mid"]), ("Group", f["grp"]),
                     ("Patient", f["child"]), ("Claim", f["claim"]), ("Provider", f["prov"]),
                     ("Dates of service", f"{fmt_date(f['d1'], 'iso')} through {fmt_date(f['d2'], 'iso')}"),
                     ("Amount billed", fmt_money(f["billed"]))]:
        d.font(9.5, "B")
        d.cell(38, 5.2, lab)
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['pfirst']} {f['last']}:", 10)
    d.para(f"We have reviewed the claim from {f['prov']} for {len(f['dates'])} occupational therapy sessions "
           f"(97533, 97530) provided to {f['kid_first']} at Alder Creek Elementary School. We are denying this "
           "claim. The plan excludes \"services that are educational in nature, including therapy provided in or "
           "through a school to meet goals in an Individualized Education Program\" (Plan Document, Article VII, "
           "Exclusion 19). The session notes list classroom goals from the IEP dated "
           f"{fmt_date(f['iep'], 'iso')}.", 10)
    d.para("If you disagree, you may appeal within 180 days of the date of this letter by writing to the Appeals "
           "Unit at the address above. You may send any notes from the child's physician showing a medical "
           "purpose for the therapy.", 10)
    d.para("Northfold Benefit Partners, Claims Review", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["d1"], f["d2"])], denial_date=iso(f["notice"]), provider=f["prov"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"insurer": ["Glenmoor Cooperative Employees' Health Plan"],
                          "service_dates": [[iso(f["d1"]), iso(f["d2"])], [iso(x) for x in f["dates"]]]})
    return pdf_bytes(d), t


def doc_school_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"SW-{r.digits(6)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["prov"], 14, "B", h=7)
    d.text_line("School-based pediatric therapy  -  420 Commerce Park Dr, Erie, PA 16501  -  (814) 555-0162", 8.4,
                h=4.5)
    d.rule(0.5, 4)
    d.text_line("Statement for Services", 12, "B", h=7)
    y = d.get_y()
    for ln in ["Bill to:", f["parent"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(bill, "long")), ("Account", acct), ("Student", f["child"]),
                     ("School", "Alder Creek Elementary"), ("Balance due", fmt_money(f["billed"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(32, 4.8, lab)
        d.font(9)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    rows = [[fmt_date(x, "mdy_nopad"), c, "OT session at school", u, fmt_money(a, "nosign")]
            for x, (c, u, a) in zip(f["dates"], f["lines"])]
    rows.append(["", "", "Total charges", "", fmt_money(f["billed"], "nosign")])
    rows.append(["", "", f"Insurance denied ({f['claim']}) - educational exclusion", "", "0.00"])
    rows.append(["*Amount due from parent", "", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["Date", "Code", "Description", "Units", "Charge"], rows, [28, 18, 98, 14, 22], size=8.8,
            aligns="LLLRR", head_fill=True)
    d.para("Your insurance plan denied these sessions. Sessions listed in your child's IEP are provided at no cost "
           "by the school district; the sessions above were added at your request outside the IEP schedule, under "
           "the private-pay agreement you signed. Please pay within 30 days or call us to set up a payment plan.",
           9)
    t = truth("other", None, member_id=None, member_name=f["child"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(x) for x in f["dates"]], denial_date=iso(bill),
              provider=f["prov"], unscored=["insurer", "group_number"],
              alternates={"case_numbers": [[]], "service_dates": [[iso(f["dates"][0]), iso(f["dates"][-1])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family(r)
    f.update(mid=f"NBP-{r.digits(8)}", grp=f"GC{r.digits(4)}", claim=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}",
             prov="SchoolWise Therapy Partners LLC")
    d1 = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 30))
    f["dates"] = [d1 + dt.timedelta(days=7 * k) for k in range(4)]
    f["d1"], f["d2"] = f["dates"][0], f["dates"][-1]
    f["lines"] = [(r.choice(["97533", "97530"]), "2", round(2 * r.choice([71.0, 76.5]), 2)) for _ in f["dates"]]
    f["billed"] = round(sum(a for _, _, a in f["lines"]), 2)
    f["notice"] = f["d2"] + dt.timedelta(days=r.randint(20, 30))
    f["iep"] = d1 - dt.timedelta(days=r.randint(100, 160))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_edu_letter(r, f), doc_school_bill(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 4: upheld appeal (rotated)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Copperline Health Cooperative"
    mid = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}"
    grp = f"{r.digits(5)}"
    appeal, orig = f"AP{r.digits(9)}", f"PA-26-{r.digits(6)}"
    ot = "Theresa N. Okafor, MOT, OTR/L"
    first = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 40))
    filed = first + dt.timedelta(days=r.randint(20, 40))
    dec = filed + dt.timedelta(days=r.randint(18, 28))
    start = first + dt.timedelta(days=r.randint(10, 14))
    d = Page("CHC-APL-2  {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Copperline Health Cooperative", 15, "B", h=7)
    d.text_line("Member Grievance and Appeals  -  3 Foundry Street, Macon, GA 31201", 8.8, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(dec, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f"{f['parent']}, on behalf of {f['child']}", *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("APPEAL DECISION - DENIAL UPHELD", 12, "B", h=7)
    d.table(["Member", "Member ID", "Group", "Appeal no.", "Original request"],
            [[f["child"], mid, grp, appeal, orig]], [42, 32, 20, 34, 40], size=8.8, border_head="TB")
    d.para(f"We received your appeal on {fmt_date(filed, 'abbr')} about our {fmt_date(first, 'abbr')} decision "
           f"not to cover sensory integration therapy (CPT 97533) requested by {ot} for {f['kid_first']}, planned "
           f"to begin {fmt_date(start, 'abbr')}.", 10)
    d.para("A pediatric occupational therapist who was not involved in the first decision reviewed your appeal, "
           "the letters from the treating therapist and the child's developmental pediatrician, and the studies "
           "you sent. We are upholding our decision. Our Clinical Coverage Guideline CG-112 considers sensory "
           "integration therapy investigational: the available trials are small, unblinded, and do not show lasting "
           "functional benefit. Investigational services are excluded from coverage under your plan.", 10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within four months of the date you receive this letter. Forms are enclosed. For urgent "
           "situations, an expedited external review can be decided within 72 hours.", 10)
    d.para(f"Child's date of birth: {fmt_date(f['dob'], 'abbr')}.  Therapist NPI: {f['npi']}.", 8.8)
    d.para("Appeals Coordinator\nCopperline Health Cooperative", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[appeal, orig], service_dates=[iso(start)],
              denial_date=iso(dec), provider=ot,
              alternates={"case_numbers": [[appeal]], "service_dates": [[]],
                          "provider": ["Theresa N. Okafor"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: approval without SI (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Bayshore Family Health Plan"
    mid = f"B{r.digits(10)}"
    auth = f"{r.digits(2)}-{r.digits(7)}"
    ot = "Priya L. Anand, OTD, OTR/L"
    dt_ = dt.date(2026, 3, 10) + dt.timedelta(days=r.randint(0, 60))
    start = dt_ + dt.timedelta(days=3)
    end = start + dt.timedelta(days=89)
    d = Page(None, margins=(20, 18, 20))
    d.add_page()
    d.text_line("Bayshore Family Health Plan", 15, "B", h=7)
    d.text_line(f"Prior Authorization Services  |  {f['ph']}", 9, h=5)
    d.ln(6)
    d.text_line(fmt_date(dt_, "slash"), 10, h=6)
    d.ln(2)
    for ln in [f"Parent/guardian of {f['child']}", *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Good news: your request is approved", 12, "B", h=7)
    d.para(f"Member: {f['child']}     Member ID: {mid}\nAuthorization number: {auth}\nTherapist: {ot}", 10, gap=4)
    d.table(["Service", "Approved", "From", "Through"],
            [["97166 OT evaluation, moderate complexity", "1 visit", fmt_date(start, "slash"),
              fmt_date(end, "slash")],
             ["97530 Therapeutic activities", "20 visits", fmt_date(start, "slash"), fmt_date(end, "slash")]],
            [78, 24, 30, 30], size=8.8, border_head="TB")
    d.para("We approved the occupational therapy requested by your child's therapist. The therapist changed the "
           "treatment plan to use therapeutic activities aimed at dressing, feeding and handwriting goals, so no "
           "sensory integration sessions were requested this time. The visits count toward the 30-visit yearly "
           "therapy benefit. Your usual specialist copay applies.", 10)
    d.para("Please keep this letter. If more visits are needed, the therapist can send an updated plan before "
           f"{fmt_date(end, 'slash')}.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["child"], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(dt_), provider=ot,
              alternates={"service_dates": [[], [iso(start)]], "case_numbers": [[]],
                          "provider": ["Priya L. Anand"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA letter to the clinic (scan 300)
def doc_provider_letter(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Ridgeway Claims Services"
    mid = f"RCS{r.digits(8)}"
    grp = f"{r.digits(3)}-{r.digits(4)}"
    claim = f"{r.digits(12)}"
    clinic = "Sprout & Swing Pediatric OT"
    dates = sorted(dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 6) + 7 * k) for k in range(3))
    notice = dates[-1] + dt.timedelta(days=r.randint(21, 30))
    units = [r.choice([3, 4]) for _ in dates]
    amts = [round(u * 79.0, 2) for u in units]
    billed = round(sum(amts), 2)
    acct = f"PT{r.digits(6)}"
    d = Page("Ridgeway Claims Services - Provider Correspondence - {p}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("RIDGEWAY CLAIMS SERVICES", 13.5, "B", h=7)
    d.text_line("Administrator for self-funded employer plans  -  PO Box 2260, Lubbock, TX 79401", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(notice, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [clinic, "Billing Department", "515 Harbor View Road", "Lubbock, TX 79401"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("NOTICE OF CLAIM DENIAL - PROVIDER COPY", 11, "B", h=7)
    for lab, val in [("Patient", f"{f['child']}  (DOB {fmt_date(f['dob'], 'dmy')})"), ("Member ID", mid),
                     ("Group", grp), ("Claim number", claim), ("Your patient account", acct)]:
        d.font(9.5, "B")
        d.cell(42, 5.2, lab + ":")
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(x, "dmy"), "97533", str(u), fmt_money(a), "$0.00", "EXP"] for x, u, a in zip(dates, units, amts)]
    rows.append(["*Total", "", "", fmt_money(billed), "$0.00", ""])
    d.table(["Date of service", "CPT", "Units", "Billed", "Paid", "Reason"], rows, [34, 20, 16, 30, 26, 20],
            size=8.8, aligns="LLRRRL", head_fill=True)
    d.para("EXP - The plan excludes experimental or investigational services. Sensory integrative techniques "
           "(97533) for sensory processing disorder are considered investigational under the plan's medical "
           "policy. Per the plan, the member may be billed for non-covered services only if the member agreed "
           "in writing before the service.", 9.5)
    d.para("A request for reconsideration must be received within 90 days of the date of this notice. Send it "
           "with supporting records to Ridgeway Claims Services, Provider Appeals, at the address above, or fax "
           "1-555-781-4406.", 9.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[claim], claim_amount=m2(billed),
              service_dates=[iso(x) for x in dates], denial_date=iso(notice), provider=clinic,
              appeal_deadline=iso(notice + dt.timedelta(days=90)), type_alternates=["eob"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_two_page, "two_page_letter", "born_digital"), (1, doc_noa, "epsdt_noa", "scan_lowres_150"),
              (2, doc_eob, "three_claim_eob", "photocopy"), (4, doc_appeal, "appeal_upheld", "rotated"),
              (5, doc_approval, "approval", "phone_photo"),
              (6, doc_provider_letter, "tpa_provider_letter", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(3, item_stack(Rand(SEED + 3)))
    return items
