"""Family 'afib_catheter_ablation_antiarrhythmic_trial_denial': invented commercial, Medicare Advantage and
employer-plan letters (and two EOBs) on catheter ablation of atrial fibrillation (CPT 93656, pulmonary vein
isolation, with add-ons 93655, 93657 and 93662), billed by hospitals (facility claims) and electrophysiology groups
(professional claims).

Cases: a precertification denial because no failed class I or III antiarrhythmic drug is documented (beta blocker
only); a Medicare Advantage notice of denial of medical coverage for a repeat ablation planned inside the 3-month
blanking period after the first one; a hospital claim denial letter (no antiarrhythmic trial, rate control only); a
fax stack of a cover sheet, a precertification denial (diltiazem only) and the approval after flecainide failure was
documented; a first-level appeal decision upholding the denial of a repeat ablation 6 weeks after the index
ablation (second-level appeal offered); an EOB with a paid office visit and the electrophysiology group's denied
ablation claim; a hospital EOB denying a repeat ablation inside 90 days.

Mostly letters, modelled loosely on published utilization-review letters, CMS-10003-style notices and hospital
claim letters. All values invented: plans, hospitals, physicians, people, IDs, amounts; phones 1-555.
Decoys: referring cardiologists and attending electrophysiologists next to the billing entity, NPIs, dates of
birth, the date of the first ablation, request and claim received dates, patient account numbers, allowed / paid /
you-owe amounts, medical-policy numbers, material numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "afib_catheter_ablation_antiarrhythmic_trial_denial"
LANG = "en"
SEED = 260500
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


FIRST = ["Araminta", "Bertrand", "Cordelia", "Dashiell", "Evangeline", "Fitzgerald", "Georgiana", "Horatio",
         "Imogen", "Lysander"]
LAST = ["Blackwood-Reyes", "Carrow", "Dunleavy", "Esterhazy", "Fenwright", "Galloway-Pike", "Hollingshead",
        "Ketteridge", "Mossgrove", "Ravensworth"]
CITIES = ["Orrington Falls, MI 49099", "Castle Pines Hollow, SC 29099", "Wexmoor, IA 52099", "Lindqvist Bay, WI 54099"]
STREETS = ["Plover Ridge Road", "Tannery Lane", "Bellwether Court", "Osprey Point Drive", "Gristmill Row"]
HOSPITALS = ["Saint Alder Valley Hospital", "Corrigan Lake Medical Center", "Wexmoor University Hospital",
             "Orrington Falls Memorial Hospital"]
EP_GROUPS = ["Quillfeather Heart Rhythm Associates", "Brackenridge Electrophysiology, PC",
             "Lindqvist Bay Cardiac Arrhythmia Center"]
EP_DOCS = ["Dr. Ottoline R. Faircloth", "Dr. Severin K. Adebayo-Marsh", "Dr. Priyanka J. Holloway-Tern",
           "Dr. Casimir V. Oyelowo"]
CARDIOLOGISTS = ["Dr. Marguerite A. Stonebridge", "Dr. Leopold T. Vantongeren", "Dr. Winifred S. Achterberg"]
CPT = {"93656": "Comprehensive EP evaluation with ablation of atrial fibrillation (PVI)",
       "93655": "Additional discrete mechanism ablation (add-on)",
       "93657": "Additional linear or focal ablation, left or right atrium (add-on)",
       "93662": "Intracardiac echocardiography (add-on)",
       "99214": "Office visit, established patient, moderate complexity"}

SHORT = {"93656": "AF ablation, PVI", "93655": "Add'l mechanism ablation", "93657": "Add'l linear/focal ablation",
         "93662": "Intracardiac echo"}


def base(r):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    return dict(notice=notice, member=f"{r.choice(FIRST)} {r.choice(MI)}. {r.choice(LAST)}",
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1944, 1978), r.randint(1, 12), r.randint(1, 28)),
                cardio=r.choice(CARDIOLOGISTS))


def pro_lines(r, dos, codes=("93656", "93662", "93657")):
    return [dict(dos=dos, code=c, desc=CPT[c], ch=fee(r, *{"93656": (3900, 5600), "93662": (540, 880)}.get(c, (900, 1500))))
            for c in codes]


def fac_lines(r, dos):
    rows = [("0481", "93656", "Cardiac cath lab - EP ablation", (38000, 61000)),
            ("0370", "", "Anesthesia", (3100, 5200)), ("0272", "", "Sterile supplies / catheters", (9800, 17500)),
            ("0250", "", "Pharmacy", (640, 1900)), ("0762", "", "Observation / recovery room", (2100, 3900))]
    return [dict(dos=dos, rev=a, code=b, desc=c, ch=fee(r, *rng)) for a, b, c, rng in rows]


# ---------------------------------------------------------------- 0: precert denial, no failed AAD (commercial)
def doc_precert(r):
    f = base(r)
    plan = "Harrowgate Health Assurance Company"
    hosp, ep, grp_name = HOSPITALS[0], EP_DOCS[0], EP_GROUPS[0]
    req = f["notice"] - dt.timedelta(days=r.randint(4, 9))
    planned = f["notice"] + dt.timedelta(days=r.randint(12, 30))
    ref = pat(r, "PR-26-9999999")
    f.update(mid=pat(r, "HHA999999999"), grp=pat(r, "GRP-99999"))
    d = Page(footer="Harrowgate Health Assurance Company   Utilization Management   Page {p} of {n}")
    d.add_page()
    letterhead(d, plan, ["Utilization Management Department, PO Box 7740, Orrington Falls, MI 49099",
                         f"Provider and member line {f['phone']}   Fax 1-555-233-8120"], 0)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Precertification Decision: Not Approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Reference number:", ref),
           ("Requesting physician:", f"{ep}, {grp_name}"), ("Physician NPI:", f["npi"]),
           ("Facility:", hosp), ("Referring cardiologist:", f["cardio"]),
           ("Procedure:", "CPT 93656 - catheter ablation of atrial fibrillation"),
           ("Scheduled procedure date:", fmt_date(planned, "long")), ("Request received:", fmt_date(req, "long"))],
       w=54)
    paras(d, [
        "#Our decision",
        f"{ep} asked us to approve catheter ablation (pulmonary vein isolation) for paroxysmal atrial "
        f"fibrillation, to be done at {hosp}. We have reviewed the request and the records sent with it. We cannot "
        "approve this procedure because it is not medically necessary based on the information we received.",
        "#Why we made this decision",
        "Medical policy CP-CARD-118 (Catheter Ablation for Atrial Fibrillation) covers ablation of symptomatic "
        "paroxysmal or persistent atrial fibrillation when the member has not responded to, or could not tolerate, "
        "at least one class I or class III antiarrhythmic drug (for example flecainide, propafenone, sotalol, "
        "dofetilide, dronedarone or amiodarone). The records show treatment with metoprolol for rate control only. "
        "A beta blocker is not a class I or class III antiarrhythmic drug, and no trial of such a drug, and no "
        "reason it could not be used, is documented.",
        "Your doctor may call our peer-to-peer line at 1-555-233-8175 to discuss this decision with the physician "
        "reviewer, or send records of an antiarrhythmic drug trial with a new request.",
        "#Your right to appeal",
        "You or your doctor may appeal within 180 days of the date of this letter. Send your appeal to Harrowgate "
        "Appeals Unit, PO Box 7788, Orrington Falls, MI 49099, or fax 1-555-233-8199. If waiting could seriously "
        "harm your health, you may ask for an expedited appeal; we will decide within 72 hours.",
        "After our final decision you may be able to ask for an independent external review within 4 months. "
        "External review is available for decisions about medical necessity, appropriateness, health care "
        "setting, level of care, effectiveness of a covered benefit, or experimental or investigational treatment.",
        "You may ask for free copies of all documents, records and criteria used to make this decision.",
        "Sincerely,", "Reginald P. Ashworth-Lane, MD, Associate Medical Director (cardiology)"], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ep,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"], alternates={"provider": [grp_name, hosp]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: MA IDN, repeat ablation in blanking period
def doc_ma(r):
    f = base(r)
    org, product = "Clearbrook Health Partners, Inc.", "Clearbrook Medicare Advantage Choice (PPO)"
    ep, grp_name = EP_DOCS[1], EP_GROUPS[1]
    first = f["notice"] - dt.timedelta(days=r.randint(42, 56))
    planned = f["notice"] + dt.timedelta(days=r.randint(7, 18))
    req = f["notice"] - dt.timedelta(days=r.randint(3, 8))
    ref = pat(r, "99999999-AAA")
    f.update(mid=pat(r, "9AA9AA9AA99"))
    ds = "abbr"
    d = Page(footer="H7319_AFABL26_C   Form CMS-10003-NDMC   OMB Approval 0938-0829")
    d.add_page()
    letterhead(d, product, [f"{org}, 400 Heron Mill Parkway, Wexmoor, IA 52099",
                            f"Member Services {f['phone']} (TTY 711), 8 a.m. - 8 p.m., 7 days a week"], 2)
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B", "C")
    d.ln(2)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Name:", f["member"]), ("Member number:", f["mid"]),
           ("Request number:", ref), ("Requesting doctor:", f"{ep}, {grp_name}"),
           ("Date we got the request:", fmt_date(req, ds))], w=52)
    paras(d, [
        f"Your request for repeat catheter ablation of atrial fibrillation (CPT 93656), planned for "
        f"{fmt_date(planned, ds)}, is denied.",
        "#Why did we deny your request?",
        f"We denied the request because it is not medically necessary at this time. Your first ablation was done on "
        f"{fmt_date(first, ds)}. The first 3 months after an ablation are a healing period (the blanking period): "
        "episodes of atrial fibrillation in that time often stop on their own and are not counted as a failed "
        "ablation. A repeat ablation is covered when atrial fibrillation comes back after the 3-month blanking "
        "period, or earlier only for an arrhythmia that cannot be controlled with drugs or cardioversion. Your "
        "records show a recurrence in week 5 that was controlled with medicine.",
        "#You have the right to appeal our decision",
        "You have the right to ask Clearbrook Medicare Advantage Choice to reconsider our decision. If you want us "
        "to reconsider, you must ask within 65 days from the date of this notice. We can give you more time if "
        "you have a good reason for missing the deadline.",
        "Standard appeal: we will give you a decision within 30 days (7 days for a Part B drug). Fast appeal: if you "
        "or your doctor believe waiting 30 days could seriously harm your health, ask for a fast appeal; we will "
        "decide within 72 hours.",
        "How to ask: write to Clearbrook Medicare Appeals, PO Box 5150, Wexmoor, IA 52099, or fax "
        "1-555-402-6611. For a fast appeal call " + f["phone"] + ".",
        "If we deny your appeal, we will send your case to an Independent Review Entity automatically.",
        "Doctor's name: Imelda F. Warrington, MD (reviewing physician)."], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=ep, appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product], "provider": [grp_name]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: hospital claim denial letter (photocopy)
def doc_hospital_letter(r):
    f = base(r)
    plan = "Pinecrest Mutual Benefit Plan"
    hosp, ep = HOSPITALS[1], EP_DOCS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 60))
    lines = fac_lines(r, dos)
    total = round(sum(x["ch"] for x in lines), 2)
    claim, acct = pat(r, "99999-999999"), pat(r, "PT9999999")
    f.update(mid=pat(r, "PMB-99999999"), grp=pat(r, "99999"))
    ds = "slash"
    d = Page(footer="Pinecrest Mutual Benefit Plan - Claims Review")
    d.add_page()
    letterhead(d, plan, ["Claims Review Unit", "88 Gristmill Row, Castle Pines Hollow, SC 29099",
                         f"Telephone {f['phone']}"], 1)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Claim Denial - Hospital Services", 12, "B")
    d.ln(1)
    kv(d, [("Insured member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Claim number:", claim), ("Facility (billing provider):", hosp),
           ("Attending physician:", f"{ep} (NPI {f['npi']})"), ("Patient account number:", acct),
           ("Admission / service date:", fmt_date(dos, ds))], w=56)
    d.table(["Rev code", "CPT", "Description", "Charges"],
            [[x["rev"], x["code"], x["desc"], fmt_money(x["ch"])] for x in lines] +
            [["*Total charges", "", "", fmt_money(total)]], [22, 20, 100, 32], size=8.6, aligns="LLLR")
    paras(d, [
        "#Reason for denial",
        "This hospital claim for atrial fibrillation ablation is denied as not medically necessary. The plan covers "
        "catheter ablation for atrial fibrillation only when the patient's symptoms continued despite at least one "
        "class I or class III antiarrhythmic medication, or such medication was not tolerated or not appropriate. "
        "The hospital and physician records describe rate control with diltiazem and anticoagulation with apixaban; "
        "neither is an antiarrhythmic medication, and no antiarrhythmic trial is documented.",
        "The hospital is a participating provider and may not bill you for the denied charges, except for any "
        "amounts you would normally owe.",
        "#How to appeal",
        "You, the hospital or your authorized representative may file a written appeal within 180 days from the "
        "date of this notice. Include a copy of this notice and any medical records that support the need for the "
        "procedure. Mail to: Pinecrest Appeals, PO Box 3130, Castle Pines Hollow, SC 29099.",
        "If you need help, call Member Services at " + f["phone"] + ". Language assistance is available free of "
        "charge."], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=hosp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack, precert denial + approval
def doc_stack(r):
    f = base(r)
    plan = "Oriel Bay Health Plan"
    hosp, ep, grp_name = HOSPITALS[2], EP_DOCS[3], EP_GROUPS[2]
    planned = f["notice"] + dt.timedelta(days=r.randint(14, 25))
    ref = pat(r, "OB99999999")
    f.update(mid=pat(r, "OBH9999999-00"), grp=pat(r, "99-99999"))
    ds = "dmy"
    head = ["Health Care Services - Prior Review, 15 Quayside Plaza, Lindqvist Bay, WI 54099",
            f"Phone {f['phone']}   Fax 1-555-511-0930"]

    def top(d, when, title):
        letterhead(d, plan, head, 0)
        d.text_line(f"Date of this letter: {fmt_date(when, ds)}", 10)
        d.ln(2)
        address_block(d, f["member"], f["addr"])
        d.text_line(title, 12, "B")
        d.ln(1)

    d = Page()
    d.add_page()
    top(d, f["notice"], "Adverse Determination - Prior Review Request")
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Review number:", ref),
           ("Requesting physician:", ep), ("Practice:", grp_name), ("Place of service:", hosp),
           ("Service:", "93656 AF ablation with 93662 intracardiac echo"),
           ("Proposed date of service:", fmt_date(planned, ds))], w=52)
    paras(d, [
        "We are unable to approve the requested service. Based on the clinical information provided, it does not "
        "meet the plan's criteria for medical necessity.",
        "Rationale: catheter ablation for atrial fibrillation requires documentation that symptoms persisted "
        "despite an adequate trial of at least one class I or class III antiarrhythmic drug, or that such drugs are "
        "contraindicated or not tolerated. The records submitted show diltiazem for rate control only. No "
        "antiarrhythmic drug trial is documented.",
        "Appeal rights: you or the requesting physician may appeal within 180 days of the date of this letter. "
        "Expedited appeals are decided within 72 hours. Write to Oriel Bay Appeals, 15 Quayside Plaza, Lindqvist "
        "Bay, WI 54099, or fax 1-555-511-0944.",
        "Criteria used: Oriel Bay Clinical Guideline CG-EP-07, available on request."], size=9.6)
    t1 = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
               denial_date=f["notice"].isoformat(), provider=ep,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               denial_alternates=["prior_authorization"], alternates={"provider": [grp_name, hosp]})
    pdf1 = pdf_bytes(d)
    g_notice = f["notice"] + dt.timedelta(days=r.randint(20, 30))
    auth = pat(r, "OB99999999")
    new_date = g_notice + dt.timedelta(days=r.randint(10, 20))
    d = Page()
    d.add_page()
    top(d, g_notice, "Prior Review Approval")
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Approval number:", auth),
           ("Prior review number:", ref), ("Requesting physician:", ep), ("Place of service:", hosp),
           ("Approved:", "93656, 93662 - one procedure, outpatient"),
           ("Approved date of service:", fmt_date(new_date, ds))], w=52)
    paras(d, [
        "We received additional records showing that atrial fibrillation recurred during 10 weeks of flecainide "
        "100 mg twice daily. The request now meets our criteria and is approved.",
        "This approval is not a guarantee of payment. Payment depends on your eligibility and benefits on the date "
        "of service. If the date of service changes by more than 30 days, a new review may be needed."], size=9.6)
    t2 = truth("other", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
               case_numbers=[auth], service_dates=[new_date.isoformat()], denial_date=g_notice.isoformat(),
               provider=ep, alternates={"case_numbers": [[auth, ref]], "service_dates": [[]],
                                        "provider": [hosp]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 4: first-level appeal upheld, repeat ablation
def doc_upheld(r):
    f = base(r)
    plan = "Lodestar Health Cooperative"
    ep, grp_name, hosp = EP_DOCS[0], EP_GROUPS[0], HOSPITALS[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(60, 80))
    first = dos - dt.timedelta(days=r.randint(38, 48))
    lines = pro_lines(r, dos, ("93656", "93662"))
    total = round(sum(x["ch"] for x in lines), 2)
    claim, appeal = pat(r, "LHC99999999"), "APL-" + pat(r, "9999-99")
    f.update(mid=pat(r, "L99999999"), grp=pat(r, "LHC-9999"))
    ds = "wlong"
    d = Page(footer="Lodestar Health Cooperative   Member Appeals")
    d.add_page()
    letterhead(d, plan, ["Member Appeals", "2100 Bellwether Court, Castle Pines Hollow, SC 29099",
                         f"Phone {f['phone']}"], 1)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Your Appeal Decision (First Level)", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal),
           ("Claim number:", claim), ("Rendering physician:", ep), ("Billing provider:", grp_name),
           ("Hospital:", hosp), ("Date of service:", fmt_date(dos, "long")),
           ("Prior ablation:", fmt_date(first, "long"))], w=48)
    d.table(["CPT", "Description", "Billed"], [[x["code"], x["desc"], fmt_money(x["ch"])] for x in lines] +
            [["*Total", "", fmt_money(total)]], [20, 120, 30], size=8.6, aligns="LLR")
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},",
        "We reviewed your appeal of our decision to deny the physician's claim for a repeat catheter ablation of "
        "atrial fibrillation. A cardiologist who specializes in electrophysiology and was not involved in the first "
        "decision reviewed the appeal, the procedure report and the office notes.",
        "#Decision: the denial is upheld",
        "The repeat ablation was done less than 3 months after the first ablation. Our policy does not consider a "
        "recurrence during the 3-month blanking period as failure of the first procedure, and a repeat ablation in "
        "that period is not medically necessary unless the arrhythmia could not be controlled with medicine or "
        "cardioversion. The records show that the recurrence responded to cardioversion.",
        "#Next steps",
        "You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the address "
        "above. After the second level you may ask for an external review within 4 months."], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ep,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [grp_name]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: EOB, office visit paid + EP ablation denied
def doc_eob(r):
    f = base(r)
    plan = "Summerfield Health Network"
    ep, grp_name = EP_DOCS[2], EP_GROUPS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(35, 55))
    visit = dos - dt.timedelta(days=r.randint(20, 40))
    lines = pro_lines(r, dos)
    total = round(sum(x["ch"] for x in lines), 2)
    v_ch = fee(r, 210, 340)
    c1, c2 = pat(r, "SHN9999999999"), pat(r, "SHN9999999999")
    f.update(mid=pat(r, "SFH999999999"), grp=pat(r, "9999999"))
    ds, ms = "iso", "nosign"
    d = Page(footer="Summerfield Health Network   Explanation of Benefits   page {p}/{n}")
    d.add_page()
    letterhead(d, plan, ["PO Box 60300, Wexmoor, IA 52099", f"Member services {f['phone']}"], 2)
    d.text_line("Explanation of Benefits - This is not a bill", 12.5, "B")
    d.ln(1)
    kv(d, [("Statement date:", fmt_date(f["notice"], ds)), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Group:", f["grp"])], w=40, size=9.3)
    va = round(v_ch * 0.62, 2)
    d.text_line(f"Claim {c1}   Billing provider: {grp_name}", 9, "B")
    d.text_line(f"Rendering: {CARDIOLOGISTS[0]}", 8.5)
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Your cost", "Note"],
            [[fmt_date(visit, ds), "99214", "Office visit, est. patient", fmt_money(v_ch, ms), fmt_money(va, ms),
              fmt_money(va - 40, ms), fmt_money(40, ms), "01"]],
            [22, 13, 54, 18, 18, 18, 18, 12], size=7.6, aligns="LLLRRRRL")
    d.text_line(f"Claim {c2}   Billing provider: {grp_name}", 9, "B")
    d.text_line(f"Rendering: {ep}", 8.5)
    rows = [[fmt_date(x["dos"], ds), x["code"], SHORT[x["code"]], fmt_money(x["ch"], ms), fmt_money(0, ms),
             fmt_money(0, ms), fmt_money(0, ms), "N115"] for x in lines]
    rows.append(["*Claim total", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms),
                 fmt_money(0, ms), ""])
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Your cost", "Note"], rows,
            [22, 13, 54, 18, 18, 18, 18, 12], size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        "01  Paid at the in-network benefit after your $40.00 specialist copay.",
        "N115  Denied - not medically necessary. Catheter ablation for atrial fibrillation (93656 and add-on codes) "
        "is covered after a documented trial of at least one class I or class III antiarrhythmic drug that did not "
        "control symptoms or was not tolerated. The records do not show such a trial. An in-network provider may "
        "not bill you for this amount.",
        "#Appeal rights",
        "If you disagree with this decision, you may appeal within 180 days of the date of this statement. Call "
        f"{f['phone']} or write to Summerfield Appeals, PO Box 60344, Wexmoor, IA 52099. You may also ask for "
        "the clinical criteria used, free of charge."], size=9)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[c2], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ep,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [grp_name]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: hospital EOB, repeat ablation within 90 days
def doc_hosp_eob(r):
    f = base(r)
    plan = "Tamsworth Valley Health Plan"
    hosp, ep = HOSPITALS[3], EP_DOCS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(28, 45))
    first = dos - dt.timedelta(days=r.randint(50, 75))
    lines = fac_lines(r, dos)
    total = round(sum(x["ch"] for x in lines), 2)
    claim = pat(r, "9999A99999")
    f.update(mid=pat(r, "TVH-999-999-999"), grp=pat(r, "TV99999"))
    ds, ms = "mdy_nopad", "plain"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["Claims, PO Box 1218, Lindqvist Bay, WI 54099", f"Questions: {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "C")
    d.ln(2)
    d.boxes([("Date issued", fmt_date(f["notice"], ds), 36), ("Member", f["member"], 58),
             ("ID number", f["mid"], 44), ("Group", f["grp"], 36)])
    d.boxes([("Claim", claim, 44), ("Facility", hosp, 86), ("Date of service", fmt_date(dos, ds), 44)])
    d.ln(4)
    d.text_line(f"Electrophysiologist: {ep}    Previous ablation on file: {fmt_date(first, ds)}", 9)
    d.ln(2)
    rows = [[x["rev"], x["code"], x["desc"], fmt_money(x["ch"], ms), fmt_money(0, ms), "Z90"] for x in lines]
    rows.append(["*Total", "", "", fmt_money(total, ms), fmt_money(0, ms), ""])
    d.table(["Rev", "CPT", "Service", "Charge", "Paid", "Code"], rows, [16, 18, 82, 28, 20, 16], size=8.4,
            aligns="LLLRRL")
    paras(d, [
        "#Explanation of codes",
        "Z90  Not medically necessary: repeat catheter ablation within 90 days of a prior ablation for atrial "
        "fibrillation. Recurrence during the first 3 months after ablation is expected while the tissue heals and "
        "does not by itself support a second procedure.",
        "Amount you may owe this provider: $0.00. The hospital is in network and may not bill you for services "
        "denied as not medically necessary.",
        "#Your right to appeal",
        "You may request an appeal within 180 days of the date of this notice. Mail your request with this EOB to "
        "Tamsworth Valley Appeals, PO Box 1290, Lindqvist Bay, WI 54099."], size=9.2)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=hosp,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


PLAN = [
    ("bd_precert_no_failed_antiarrhythmic", "born_digital", doc_precert, None),
    ("lowres_ma_denial_repeat_in_blanking_period", "scan_lowres_150", doc_ma, None),
    ("copy_hospital_claim_letter_rate_control_only", "photocopy", doc_hospital_letter, None),
    ("faxstd_stack_cover_precert_denial_then_approval", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_first_level_appeal_upheld_repeat_ablation", "phone_photo", doc_upheld, None),
    ("rotated_eob_visit_paid_ep_ablation_denied", "rotated", doc_eob, None),
    ("scan300_hospital_eob_repeat_within_90_days", "scan_clean_300", doc_hosp_eob, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
