"""Family 'family_therapy_without_patient_denial': invented behavioural health manager letters and plan EOBs on
family psychotherapy without the patient (CPT 90846) and with the patient present (90847).

Cases: a behavioural health manager's claim denial of 90846 sessions that addressed the parents' own conflict
rather than the child's treatment plan (not medically necessary); a commercial EOB where 90847 was billed under the
subscriber parent instead of the identified patient (wrong member billed); a network manager's notice that 90847 was
billed although the progress notes say the patient was not in the room (wrong code); an appeal decision upholding a
90846 denial; a fax stack of a cover sheet, a pre-service denial of weekly 90846 sessions and the later approval of
90847 sessions after a peer-to-peer review; a member EOB where the plan excludes counselling of family members
without the patient (90847 on the same claim paid); a Medicaid managed-care notice denying a family session already
paid under the sibling's record (duplicate).

Layouts are invented, modelled loosely on published behavioural health organisation letters, ERISA claim denial
notices, Medicaid notices of adverse benefit determination and member EOBs. All values invented: plans,
behavioural health managers, clinicians, practices, people, IDs, amounts; phones 1-555. Decoys: subscriber parents
next to the dependent patient, dates of birth, NPIs, request and claim received dates, patient account numbers,
allowed/paid/you-owe amounts, the employer plan behind the behavioural health manager, medical policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "family_therapy_without_patient_denial"
LANG = "en"
SEED = 262500
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
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25]), 2)


def letterhead(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name.upper(), 12.5, "B", "C")
        d.text_line("  |  ".join(lines), 8.3, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(228, 228, 228)
        d.font(13, "B")
        d.cell(0, 9, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
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


def weekly(start, n, step=7):
    return [start + dt.timedelta(days=step * k) for k in range(n)]


FIRST_KID = ["Juniper", "Elias", "Saoirse", "Mateus", "Wren", "Anouk", "Caspian", "Delphine", "Tobiah", "Marguerite"]
FIRST_ADULT = ["Rosamund", "Everett", "Henrietta", "Lucian", "Bernadette", "Cyprian", "Ottoline", "Fitzgerald"]
LAST = ["Quarrington", "Bellweather", "Okonkwo-Reyes", "Thistlewood", "Vandermolen", "Achterberg", "Halloran",
        "Pennywhistle", "Castellanos-Ng", "Druitt"]
CITIES = ["Marrowfield, WI 53099", "Glenhollow, IA 52099", "Port Ashcombe, ME 04099", "Sallow Creek, MT 59099",
          "East Brindle, OH 44099"]
STREETS = ["Tanager Lane", "Old Quarry Road", "Bellflower Court", "Hemlock Terrace", "Saltbox Way", "Kiln Street"]
THERAPISTS = [("Mireille T. Ashdown, LMFT", "Riverbend Family Counseling, PLLC"),
              ("Dr. Oren K. Blackwood, PsyD", "Blackwood & Feeney Psychological Services"),
              ("Cordelia V. Stroud, LCSW", "Lanternlight Child & Family Therapy"),
              ("Dr. Anika R. Molyneux, PhD", "Northfork Behavioral Associates"),
              ("Thaddeus L. Wainwright, LPC", "Cedar Hollow Counseling Center")]
PSYCHIATRISTS = ["Dr. Ignatius P. Farrow, MD", "Dr. Sunniva H. Oakes, MD", "Dr. Ravi J. Tennant, DO"]
D46 = "Family psychotherapy without the patient present, 50 min"
D47 = "Family psychotherapy (conjoint) with the patient present, 50 min"


def base(r):
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 200))
    last = r.choice(LAST)
    kid = f"{r.choice(FIRST_KID)} {r.choice(MI)}. {last}"
    parent = f"{r.choice(FIRST_ADULT)} {r.choice(MI)}. {last}"
    return dict(notice=notice, kid=kid, parent=parent, last=last,
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(2009, 2018), r.randint(1, 12), r.randint(1, 28)),
                pdob=dt.date(r.randint(1972, 1988), r.randint(1, 12), r.randint(1, 28)))


# ---------------------------------------------------------------- 0: BH manager claim denial, 90846 not necessary
def doc_bh_claim(r):
    f = base(r)
    bho, plan = "Lindqvist Behavioral Health Partners", "Osprey Valley Health Plan"
    ther, prac = THERAPISTS[0]
    dates = weekly(f["notice"] - dt.timedelta(days=r.randint(50, 60)), 4)
    ch = fee(r, 150, 210)
    total = round(ch * len(dates), 2)
    claim, ref = pat(r, "LBH-26-9999999"), pat(r, "REF99999999")
    mid, grp = pat(r, "OVH999999999"), pat(r, "99999-999")
    received = dates[-1] + dt.timedelta(days=r.randint(5, 12))
    ds = "long"
    d = Page(footer="Lindqvist Behavioral Health Partners administers behavioral health benefits for Osprey Valley "
                    "Health Plan.  Page {p} of {n}")
    d.add_page()
    letterhead(d, bho, ["Claims Review Unit, PO Box 7714, Marrowfield, WI 53099",
                        f"Member line {f['phone']}  |  Provider line 1-555-418-2260  |  Fax 1-555-418-2299"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f"Parent or guardian of {f['kid']}", f["addr"])
    d.text_line("Notice of Claim Denial - Behavioral Health Services", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient:", f["kid"]), ("Patient date of birth:", fmt_date(f["dob"], "slash")),
           ("Subscriber:", f["parent"]), ("Member ID:", mid), ("Group number:", grp), ("Health plan:", plan),
           ("Claim number:", claim), ("Review reference:", ref), ("Rendering clinician:", ther),
           ("Billing practice:", prac), ("Clinician NPI:", f["npi"]),
           ("Claim received:", fmt_date(received, ds))], w=48, size=9.3)
    d.table(["Date of service", "CPT", "Description", "Billed"],
            [[fmt_date(x, "slash"), "90846", D46, fmt_money(ch)] for x in dates] +
            [["*Total billed", "", "", fmt_money(total)]], [30, 16, 104, 26], size=8.4, aligns="LLLR")
    paras(d, [
        "#What we decided",
        f"We have denied payment for the family psychotherapy sessions listed above, provided by {ther}. A licensed "
        "psychologist reviewed the claim and the progress notes and found that the sessions were not medically "
        "necessary.",
        "#Why we made this decision",
        f"Family psychotherapy without the patient present (CPT 90846) is covered when the session is directed at "
        f"the treatment of the patient's own diagnosed condition - here, {f['kid'].split()[0]}'s - and follows the "
        "goals of the treatment plan. The notes for these dates describe sessions about the parents' relationship "
        "and household finances. They do not name a treatment plan goal for the patient or describe how the "
        "session would change the patient's symptoms. See our Clinical Guideline BH-CG-214, Family and Couples "
        "Therapy.",
        "#Your right to appeal",
        "You or your authorized representative may appeal within 180 days of the date of this letter. Send a "
        "letter, this notice and any records to Lindqvist Appeals, PO Box 7790, Marrowfield, WI 53099, or fax "
        "1-555-418-2301. For urgent care situations you may ask for an expedited appeal, decided within 72 hours. "
        "If your final internal appeal is denied, you may ask for an external review by an independent review "
        "organization within 4 months.",
        "You may ask for copies, free of charge, of all documents, records and criteria used for this decision.",
        "Sincerely,",
        "Dr. Hollis E. Prentiss, PhD, Clinical Reviewer"], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=bho, member_id=mid, group_number=grp,
              member_name=f["kid"], case_numbers=[claim, ref], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=ther,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"insurer": [plan], "provider": [prac], "case_numbers": [[claim]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: commercial EOB, 90847 billed under the parent
def doc_eob_wrong_member(r):
    f = base(r)
    plan = "Meridale Mutual Insurance Company"
    ther, prac = THERAPISTS[1]
    dates = weekly(f["notice"] - dt.timedelta(days=r.randint(30, 40)), 2, 14)
    ch = fee(r, 170, 240)
    total = round(ch * 2, 2)
    claim = pat(r, "99999A999999")
    base_id = pat(r, "MMX99999999")
    acct = pat(r, "RB-999999")
    grp = pat(r, "G-99999")
    ms = "nosign"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["PO Box 30120, Glenhollow, IA 52099", f"Customer service {f['phone']}  TTY 711"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "C")
    d.text_line("This is not a bill. Keep it for your records.", 9, "", "C")
    d.ln(3)
    kv(d, [("Statement date", fmt_date(f["notice"], "slash")), ("Subscriber", f["parent"]),
           ("Subscriber ID", base_id + "-01"), ("Group", grp), ("Patient", f["parent"]),
           ("Patient date of birth", fmt_date(f["pdob"], "slash")), ("Claim number", claim),
           ("Provider", f"{ther} ({prac})"), ("Patient account", acct)], w=46, size=9.2)
    rows = [[fmt_date(x, "slash"), "90847", "Family psychotherapy w/ patient", fmt_money(ch, ms), "0.00", "0.00",
             fmt_money(ch, ms), "N31"] for x in dates]
    rows.append(["*Claim total", "", "", fmt_money(total, ms), "0.00", "0.00", fmt_money(total, ms), ""])
    d.table(["Service date", "Code", "Service", "Amount billed", "Allowed", "Plan paid", "Not covered", "Note"],
            rows, [23, 13, 55, 24, 18, 18, 22, 12], size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        f"N31  Billed under the wrong family member. Family psychotherapy is billed under the identified patient - "
        f"the family member whose diagnosis is being treated. The records from the provider show that the sessions "
        f"treat your dependent, {f['kid']} (member {base_id}-03), not the person billed on this claim. We cannot "
        "pay these services under the subscriber's record. Ask the provider to send a new claim under the "
        "patient's member number.",
        "#Your deductible and out-of-pocket summary (2026)",
        "In-network deductible: $1,250.00 of $2,500.00 met.  Out-of-pocket maximum: $1,912.35 of $7,000.00 met.",
        "#Your right to appeal",
        "If you disagree with how this claim was processed, you may appeal within 180 days of the date of this "
        "statement. Write to Meridale Appeals, PO Box 30155, Glenhollow, IA 52099 or call "
        f"{f['phone']}. You may also have the right to an external review."], size=9)
    t = truth("eob", "coding_error", insurer=plan, member_id=base_id + "-01", group_number=grp, member_name=f["parent"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=ther,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["eligibility", "other"],
              alternates={"member_name": [f["kid"]], "provider": [prac], "member_id": [base_id + "-03"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: 90847 billed, patient not in the room
def doc_not_present(r):
    f = base(r)
    bho = "Cobblestone Behavioral Health Network"
    ther, prac = THERAPISTS[2]
    dates = weekly(f["notice"] - dt.timedelta(days=r.randint(40, 48)), 3)
    ch = fee(r, 140, 195)
    total = round(ch * 3, 2)
    claim = pat(r, "CB9999999999")
    mid, grp = pat(r, "XQT999A99999"), pat(r, "999999")
    ds = "abbr"
    d = Page(footer="Cobblestone Behavioral Health Network  -  NABD-BH 03/2026  -  {p}/{n}")
    d.add_page()
    letterhead(d, bho, ["Utilization and Claims Review", "412 Granary Row, Sallow Creek, MT 59099",
                        f"Members {f['phone']}   Providers 1-555-630-1177   Fax 1-555-630-1190"], 2)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["parent"], f["addr"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.ln(1)
    kv(d, [("Member receiving services:", f["kid"]), ("Member number:", mid), ("Group:", grp),
           ("Claim ID:", claim), ("Treating therapist:", f"{ther}, {prac}"),
           ("Referring psychiatrist:", PSYCHIATRISTS[0]), ("Date of birth:", fmt_date(f["dob"], ds))], w=58)
    d.table(["Service date", "Procedure", "Charge", "Decision"],
            [[fmt_date(x, ds), "90847 conjoint family therapy", fmt_money(ch), "Denied - D17"] for x in dates] +
            [["*Total charges", "", fmt_money(total), ""]], [34, 70, 30, 40], size=8.8, aligns="LLRL")
    paras(d, [
        "#Reason for the decision (D17)",
        "CPT 90847 is family psychotherapy with the patient present for all or a substantial part of the session. "
        f"The therapist's progress notes for each date above state that {f['kid'].split()[0]} stayed in the "
        "waiting room and that the session was held with the parents only. The service billed does not match the "
        "service documented, so these lines were denied. If the sessions met our criteria for family "
        "psychotherapy without the patient, the provider may send a corrected claim with code 90846 within 90 "
        "days. A corrected claim is not an appeal.",
        "Because the therapist is in our network, you cannot be billed for these denied lines.",
        "#How to appeal",
        "You, the therapist or a person you choose may file an appeal within 180 days of the date of this notice. "
        "Call us or write to Cobblestone BH Appeals, 412 Granary Row, Sallow Creek, MT 59099. We will answer a "
        "standard appeal within 30 days. You may request your claim file and the clinical criteria at no cost."],
        size=9.6)
    t = truth("denial_letter", "coding_error", insurer=bho, member_id=mid, group_number=grp, member_name=f["kid"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=ther,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"provider": [prac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: appeal upheld, 90846 not necessary
def doc_upheld(r):
    f = base(r)
    plan = "Tallgrass Health Cooperative"
    ther, prac = THERAPISTS[3]
    dates = weekly(f["notice"] - dt.timedelta(days=r.randint(100, 115)), 5)
    ch = fee(r, 160, 220)
    total = round(ch * 5, 2)
    claim, appeal = pat(r, "TG99999999"), pat(r, "APL-2026-99999")
    mid, grp = pat(r, "TGC-99999999"), pat(r, "TG-9999")
    received = f["notice"] - dt.timedelta(days=r.randint(20, 28))
    ds = "mdy_nopad"
    d = Page(footer="Tallgrass Health Cooperative | Member Appeals | 1-555-277-0400")
    d.add_page()
    letterhead(d, plan, ["Member Appeals and Grievances", "88 Prairie Commons, East Brindle, OH 44099",
                         f"Phone {f['phone']}   Fax 1-555-277-0444"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["parent"], f["addr"])
    d.text_line("Re: Your appeal - decision upheld", 12, "B")
    d.ln(1)
    kv(d, [("Patient:", f["kid"]), ("Member ID:", mid), ("Group:", grp), ("Appeal number:", appeal),
           ("Claim number:", claim), ("Provider:", ther), ("Practice:", prac),
           ("Appeal received:", fmt_date(received, ds))], w=40)
    d.table(["Date of service", "Code", "Billed charge"],
            [[fmt_date(x, ds), "90846", fmt_money(ch, "plain")] for x in dates] +
            [["*Total billed", "", fmt_money(total, "plain")]], [40, 24, 36], size=8.8, aligns="LLR")
    paras(d, [
        f"Dear {f['parent'].split()[0]} {f['last']},",
        f"We received your appeal of our decision to deny family therapy sessions for your child, {f['kid']}. A "
        "board-certified child and adolescent psychiatrist who was not involved in the first decision reviewed "
        f"your letter, the notes from {ther} and the plan's medical policy.",
        "#Decision: the denial is upheld",
        "The sessions without the patient focused on the care of another household member (a sibling's school "
        "refusal) and on parenting plans that were not linked to the patient's diagnosis or treatment goals. The "
        "plan covers family psychotherapy without the patient only when it is part of the patient's own treatment. "
        "The sessions are not medically necessary for the patient under Medical Policy MP-BH-061.",
        "#What you can do next",
        "This was the final level of internal appeal under your plan. You may ask for an external review by an "
        "independent review organization within four months after you receive this letter. Call us for the form. "
        "You may also contact your state's consumer assistance program at 1-555-640-3300 or file a civil action "
        "under section 502(a) of ERISA."], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=mid, group_number=grp,
              member_name=f["kid"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in dates], denial_date=f["notice"].isoformat(), provider=ther,
              appeal_deadline=None, alternates={"case_numbers": [[appeal]], "provider": [prac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack, pre-service denial + approval
def doc_stack(r):
    f = base(r)
    bho = "Brightwater Behavioral Health Management"
    plan = "Saltmarsh County Employees Health Benefit Plan"
    ther, prac = THERAPISTS[4]
    req = f["notice"] - dt.timedelta(days=r.randint(3, 8))
    start = f["notice"] + dt.timedelta(days=r.randint(7, 14))
    case = pat(r, "BW-999999-A")
    mid, grp = pat(r, "SCE99999999"), pat(r, "99999")
    head = ["Care Management, 2250 Quayside Boulevard, Port Ashcombe, ME 04099",
            f"Phone {f['phone']}   Fax 1-555-509-8812"]
    d = Page()
    d.add_page()
    letterhead(d, bho, head, 1)
    d.text_line(fmt_date(f["notice"], "wlong"), 10)
    d.ln(2)
    address_block(d, f["parent"], f["addr"])
    d.text_line("Prior Authorization Decision: Not Approved", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["kid"]), ("Member ID:", mid), ("Group:", grp), ("Plan:", plan),
           ("Authorization request:", case), ("Requesting clinician:", ther), ("Practice:", prac),
           ("Service:", "90846 family psychotherapy without patient, weekly x 12"),
           ("Requested start:", fmt_date(start, "long")), ("Request received:", fmt_date(req, "long")),
           ("Member date of birth:", fmt_date(f["dob"], "slash"))], w=50, size=9.3)
    paras(d, [
        f"Your child's clinician, {ther}, asked us to approve twelve weekly family therapy sessions without the "
        "patient. We have not approved this request because it is not medically necessary as requested.",
        "The request describes parent coaching for a child with an anxiety disorder but gives no measurable "
        "goals and no reason why the patient cannot take part in the sessions. Our criteria support conjoint "
        "family therapy with the patient present (90847), with sessions without the patient added when the "
        "treatment plan explains why. Your clinician may request a peer-to-peer conversation with our reviewer.",
        "Appeal: you or your clinician may appeal within 180 days of the date of this letter. Write to "
        "Brightwater Appeals, 2250 Quayside Boulevard, Port Ashcombe, ME 04099, or call us. Urgent appeals are "
        "decided within 72 hours."], size=9.6)
    t1 = truth("denial_letter", "medical_necessity", insurer=bho, member_id=mid, group_number=grp,
               member_name=f["kid"], case_numbers=[case], service_dates=[start.isoformat()],
               denial_date=f["notice"].isoformat(), provider=ther,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               denial_alternates=["prior_authorization"],
               alternates={"insurer": [plan], "provider": [prac], "service_dates": [[]]})
    pdf1 = pdf_bytes(d)
    g = f["notice"] + dt.timedelta(days=r.randint(9, 15))
    auth = pat(r, "BW-999999-A")
    s2 = g + dt.timedelta(days=r.randint(3, 7))
    e2 = s2 + dt.timedelta(days=89)
    d = Page()
    d.add_page()
    letterhead(d, bho, head, 1)
    d.text_line(fmt_date(g, "wlong"), 10)
    d.ln(2)
    address_block(d, f["parent"], f["addr"])
    d.text_line("Prior Authorization Decision: Approved", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["kid"]), ("Member ID:", mid), ("Group:", grp), ("Authorization number:", auth),
           ("Previous request:", case), ("Clinician:", ther),
           ("Approved:", "90847 family psychotherapy with patient, 8 sessions"),
           ("Approved dates:", f"{fmt_date(s2, 'slash')} - {fmt_date(e2, 'slash')}")], w=50, size=9.3)
    paras(d, [
        "After a peer-to-peer review with your child's clinician and an updated treatment plan, we approved eight "
        "conjoint family therapy sessions with the patient present. Sessions without the patient may be requested "
        "again with the goals they serve.",
        "An approval is not a guarantee of payment. Payment depends on eligibility on the date of service and the "
        "terms of your plan. Your usual copayment applies."], size=9.6)
    t2 = truth("other", None, insurer=bho, member_id=mid, group_number=grp, member_name=f["kid"],
               case_numbers=[auth], service_dates=[f"{s2.isoformat()}/{e2.isoformat()}"], denial_date=g.isoformat(),
               provider=ther,
               alternates={"service_dates": [[], [s2.isoformat()]], "case_numbers": [[auth, case]],
                           "insurer": [plan], "provider": [prac]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: member EOB, 90846 excluded, 90847 paid
def doc_eob_excluded(r):
    f = base(r)
    plan = "Fernhollow Health Plan"
    ther, prac = THERAPISTS[0]
    d47 = f["notice"] - dt.timedelta(days=r.randint(30, 36))
    d46 = d47 + dt.timedelta(days=7)
    c47, c46 = fee(r, 165, 230), fee(r, 150, 210)
    total = round(c47 + c46, 2)
    claim = pat(r, "FH-9999999-99")
    mid, grp = pat(r, "FHP9999999"), pat(r, "99999")
    ds, ms = "dmy", "space"
    al = round(c47 * 0.62, 2)
    copay = 30.0
    d = Page()
    d.add_page()
    letterhead(d, plan, ["PO Box 5502, Sallow Creek, MT 59099", f"Questions: {f['phone']}"], 2)
    d.text_line("Your Claim Summary (Explanation of Benefits)", 12.5, "B")
    d.text_line(f"Processed on {fmt_date(f['notice'], ds)}", 9.5)
    d.ln(2)
    kv(d, [("Patient", f["kid"]), ("Member ID", mid), ("Group", grp), ("Claim #", claim),
           ("Provider", f"{ther} - {prac}"), ("Received", fmt_date(d46 + dt.timedelta(days=6), ds))], w=34, size=9.2)
    rows = [[fmt_date(d47, ds), "90847", fmt_money(c47, ms), fmt_money(al, ms), fmt_money(al - copay, ms),
             fmt_money(copay, ms), "A1"],
            [fmt_date(d46, ds), "90846", fmt_money(c46, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(c46, ms),
             "X42"],
            ["*Total", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(al - copay, ms),
             fmt_money(copay + c46, ms), ""]]
    d.table(["Date", "Service", "Provider charged", "Plan allowed", "Plan paid", "You owe", "Code"], rows,
            [25, 18, 30, 26, 24, 24, 14], size=8.2, aligns="LLRRRRL")
    paras(d, [
        "A1  Paid at your in-network benefit. You pay your $30.00 office visit copay.",
        "X42  Not covered. Your plan excludes counseling or therapy sessions for family members when the patient is "
        "not present (Certificate of Coverage, Exclusions, item 31). Family therapy with the patient present is "
        "covered. Because this service is excluded, you are responsible for the charge.",
        "Appeal rights: you may ask us to review this decision within 180 days of the date of this statement. "
        "Call the number above or write to Fernhollow Appeals, PO Box 5540, Sallow Creek, MT 59099."], size=9)
    t = truth("eob", "not_covered", insurer=plan, member_id=mid, group_number=grp, member_name=f["kid"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[d46.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ther,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [prac], "service_dates": [[d47.isoformat(), d46.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicaid notice, session paid under sibling
def doc_medicaid_dup(r):
    f = base(r)
    org, product = "Ravenscourt Community Care", "Ravenscourt Kids Medicaid Plan"
    ther, prac = THERAPISTS[3]
    sib = f"{r.choice([n for n in FIRST_KID if n != f['kid'].split()[0]])} {r.choice(MI)}. {f['last']}"
    dates = weekly(f["notice"] - dt.timedelta(days=r.randint(25, 35)), 2)
    ch = fee(r, 120, 160)
    total = round(ch * 2, 2)
    case = pat(r, "NOA-99-999999")
    claim = pat(r, "999999999999")
    mid = pat(r, "9999999999A")
    ds = "long"
    d = Page(footer="Ravenscourt Community Care - Medicaid managed care - Notice of Adverse Benefit Determination")
    d.add_page()
    letterhead(d, org, [product, "1600 Foundry Street, East Brindle, OH 44099",
                        f"Member Services {f['phone']} (TTY 711)"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f"To the parent or guardian of {f['kid']}", f["addr"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.ln(1)
    kv(d, [("Member name:", f["kid"]), ("Medicaid ID:", mid), ("Notice number:", case), ("Claim number:", claim),
           ("Provider:", f"{ther}, {prac}"), ("Amount billed:", fmt_money(total, "plain")),
           ("Dates of service:", f"{fmt_date(dates[0], ds)} and {fmt_date(dates[1], ds)}")], w=42)
    paras(d, [
        "#What action are we taking?",
        "We denied payment for family psychotherapy with the patient present (90847) on the dates above.",
        "#Why?",
        f"The same family sessions were already billed and paid under the Medicaid record of {sib}, a sibling who "
        "is also a member of our plan. One family session can be paid only once, under the family member whose "
        "treatment it serves. This claim is a duplicate of a paid claim.",
        "You do not owe the provider for this service.",
        "#Your right to appeal",
        "If you do not agree, you may ask for an appeal within 60 days from the date of this notice. You can call "
        f"Member Services at {f['phone']} or write to Ravenscourt Appeals, 1600 Foundry Street, East Brindle, OH "
        "44099. After our appeal decision you may ask for a State Fair Hearing within 120 days.",
        "If you need help, contact the Medicaid ombudsman at 1-555-731-9090. Free language help is available."],
        size=9.6)
    t = truth("denial_letter", "other", insurer=org, member_id=mid, member_name=f["kid"],
              case_numbers=[case, claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dates],
              denial_date=f["notice"].isoformat(), provider=ther,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["coding_error"],
              alternates={"insurer": [product], "provider": [prac], "case_numbers": [[claim]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_bho_claim_denial_90846_parents_conflict", "born_digital", doc_bh_claim, None),
    ("scan300_eob_90847_billed_under_parent", "scan_clean_300", doc_eob_wrong_member, None),
    ("lowres_nabd_90847_patient_not_present", "scan_lowres_150", doc_not_present, None),
    ("copy_appeal_upheld_90846_sibling_focus", "photocopy", doc_upheld, None),
    ("faxfine_stack_cover_preservice_denial_then_approval", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_eob_90846_excluded_90847_paid", "phone_photo", doc_eob_excluded, None),
    ("rotated_medicaid_duplicate_sibling_claim", "rotated", doc_medicaid_dup, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
