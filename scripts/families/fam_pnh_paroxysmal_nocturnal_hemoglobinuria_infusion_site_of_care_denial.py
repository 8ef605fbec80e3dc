"""Family 'pnh_paroxysmal_nocturnal_hemoglobinuria_infusion_site_of_care_denial': an invented commercial plan refusing
complement inhibitor infusions for paroxysmal nocturnal hemoglobinuria at a hospital outpatient department (home
infusion required) or at a shorter dose interval than labelled, then granting the site-of-care exception on appeal;
hematology letters, a hospital outpatient statement, a specialty pharmacy statement with several fills, an EOB.
All values invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddc_famdce import (HPage, Page, band, boxes, faxline, fdate, m2, money, out, paras, pat, plus, span,
                                truth, two_col)

FAMILY = "pnh_paroxysmal_nocturnal_hemoglobinuria_infusion_site_of_care_denial"
LANG = "en"
SEED = 350204
ORG = "Kestrel Harbor Health Insurance Company"
SHORT = "Kestrel Harbor Health"
ORG_ADDR = "PO Box 61180, Providence, RI 02940"
FOOT = "Kestrel Harbor Health Insurance Company | Clinical Pharmacy Review"
HEM = "Ottoline V. Marchetti, MD"
HEM_BARE = "Ottoline V. Marchetti"
HOSP = "Narragansett Bay Medical Center"
HOME = "Seabright Home Infusion"
PHARM = "Quahog Specialty Pharmacy"
PATS = ["Theodora J. Pacheco", "Lionel R. Vasconcelos", "Marguerite A. Szymanski", "Dashiell K. Amaral",
        "Philippa N. Oduya", "Gregorio S. Medeiros", "Willa C. Tennyson"]


def base(r, k):
    return dict(date=dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 100)), member=PATS[k],
                mid="KHX" + pat(r, "999999999"), group=pat(r, "99999") + "-" + pat(r, "999"),
                dob=dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


APPEAL = ("You or your doctor may ask for an appeal within 180 days of the date of this letter. Write to "
          f"{ORG}, Attn: Appeals, {ORG_ADDR}, or fax 1-555-274-6012. If your doctor says that waiting could "
          "seriously harm your health, ask for an urgent appeal; we decide urgent appeals within 72 hours. After "
          "our final decision you may ask for an external review by an independent review organization within 4 "
          "months.")


def doc_site(r):
    """Born digital: ravulizumab at the hospital outpatient department refused, home infusion required."""
    b = base(r, 0)
    ref = "RX-" + pat(r, "99999999")
    start = plus(b["date"], 14)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, SHORT.upper(), ORG + " | " + ORG_ADDR)
    p.line("Coverage Determination: Site of Care", 13, "B", h=8)
    p.ln(2)
    p.pairs([("Letter date", fdate(b["date"], "long")), ("Patient", b["member"]), ("Member ID", b["mid"]),
             ("Group number", b["group"]), ("Date of birth", fdate(b["dob"], "slash")), ("Review number", ref),
             ("Requesting physician", HEM), ("Physician NPI", b["npi"]),
             ("Drug", "ravulizumab-cwvz 3,300 mg IV every 8 weeks (J1303)"),
             ("Requested site", HOSP + " - hospital outpatient infusion"),
             ("Requested start date", fdate(start, "slash"))], label_w=50, size=9.6)
    p.ln(3)
    paras(p, [
        "#Our decision",
        "The drug is approved for your paroxysmal nocturnal hemoglobinuria (PNH). The site you asked for is not "
        "approved. We will not cover the infusion in a hospital outpatient department.",
        "#Why",
        "Our Site of Care policy (PH-SOC-07) asks that maintenance infusions be given at home or in a "
        f"non-hospital infusion suite when it is safe. You have had more than three infusions without a reaction "
        f"and no other condition needs hospital monitoring. {HOME} can give the infusion at home at no extra "
        "cost to you.",
        "#Your right to appeal",
        APPEAL,
    ], size=9.8)
    t = truth("denial_letter", "level_of_care", insurer=ORG, group=b["group"], member_id=b["mid"],
              member_name=b["member"], cases=[ref], service_dates=[start.isoformat()],
              denial_date=b["date"].isoformat(), provider=HEM_BARE,
              appeal_deadline=plus(b["date"], 180).isoformat(), alternates={"provider": [HOSP]})
    return out(p), t


def doc_interval(r):
    """Fax fine: eculizumab every 12 days refused (label is every 14 days); facts told only in sentences."""
    b = base(r, 1)
    ref = "RX-" + pat(r, "99999999")
    start = plus(b["date"], 10)
    p = Page(footer=None, footer_left=FOOT)
    p.add_page()
    faxline(p, f"{fdate(b['date'], 'slash')} 16:{r.randint(10, 59)}  KESTREL HARBOR CLIN PHARM  "
               "FAX 1-555-274-6090  TO 1-555-331-8802  P.1/1")
    band(p, SHORT, ORG_ADDR)
    p.para(fdate(b["date"], "upper"))
    p.para(f"{b['member']}\n{r.randint(10, 990)} Water Street\nWarren, RI 02885")
    p.ln(2)
    paras(p, [
        f"Dear {b['member']},",
        f"Your hematologist, {HEM}, asked us to cover eculizumab infusions every 12 days instead of every 14 days, "
        f"starting on {fdate(start, 'long')}. We looked at this request under review number {ref}. Your member ID "
        f"is {b['mid']}.",
        "We are not able to approve the shorter dosing interval. The labelled maintenance dose is 900 mg every 14 "
        "days. The lab results sent to us show no breakthrough hemolysis on the current schedule: your LDH has "
        "stayed under one and a half times the upper limit of normal and you have needed no transfusions. Based "
        "on these records the extra infusions are not medically necessary. Your infusions every 14 days remain "
        "approved.",
        f"If you disagree, you or your doctor may appeal within 180 days of the date of this letter by writing to "
        f"{ORG}, Attn: Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours. You may also ask for a "
        "free copy of the guideline we used.",
        "Sincerely,\nClinical Pharmacist Reviewer\n" + ORG,
    ], size=10.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[ref], service_dates=[start.isoformat()], denial_date=b["date"].isoformat(), provider=HEM_BARE,
              appeal_deadline=plus(b["date"], 180).isoformat())
    return out(p), t


def doc_hosp_statement(r):
    """Phone photo: the hospital's outpatient statement with three infusion visits (denies nothing)."""
    b = base(r, 2)
    acct = pat(r, "H99999999")
    dates = [plus(b["date"], -d) for d in (70, 56, 42)]
    lines = []
    total = 0.0
    for d in dates:
        drug = round(r.randint(6200, 6900) + 0.5, 2)
        adm = round(r.randint(310, 380) + 0.25, 2)
        lines += [(d, "J1300 eculizumab 10 mg x 90", drug), (d, "96365 IV infusion, first hour", adm)]
        total += drug + adm
    total = round(total, 2)
    paid = round(total * 0.85, 2)
    p = Page(footer=None, footer_left=HOSP + " | Patient Financial Services | 1-555-401-2200")
    p.add_page()
    p.line(HOSP, 15, "B", h=8)
    p.line("Patient Financial Services - 1 Bayfront Drive, Providence, RI 02903", 8.5)
    p.ln(4)
    p.line("OUTPATIENT STATEMENT", 12, "B", h=7)
    w = (p.w - p.l_margin - p.r_margin) / 4
    boxes(p, [("Statement date", fdate(b["date"], "dmy"), w), ("Patient", b["member"], w),
              ("Account number", acct, w), ("Amount due", money(round(total - paid, 2)), w)])
    boxes(p, [("Insurance", SHORT, w), ("Member ID", b["mid"], w), ("Guarantor", b["member"], w),
              ("Date of birth", fdate(b["dob"], "slash"), w)])
    p.ln(4)
    rows = [[fdate(d, "slash"), desc, money(a, "nosign")] for d, desc, a in lines]
    rows.append(["", "Total charges", money(total, "nosign")])
    rows.append(["", f"Insurance payments ({SHORT})", "-" + money(paid, "nosign")])
    rows.append(["", "Patient balance", money(round(total - paid, 2), "nosign")])
    p.table(["Date of service", "Description", "Charges ($)"], rows, [32, 110, 34], size=8.6,
            aligns=["L", "L", "R"], bold_last=True)
    p.para("Questions about this statement? Call 1-555-401-2200, Monday to Friday. Financial assistance is available.",
           size=9)
    t = truth("other", None, insurer=None, member_id=b["mid"], member_name=b["member"],
              claim_amount=m2(total), service_dates=[d.isoformat() for d in dates],
              denial_date=b["date"].isoformat(), provider=HOSP, unscored=["insurer", "appeal_deadline"])
    return out(p), t


def doc_overturned(r):
    """Rotated: two-page appeal decision granting the hospital site-of-care exception (denies nothing)."""
    b = base(r, 3)
    ap = "APL-" + pat(r, "999999")
    ref = "RX-" + pat(r, "99999999")
    start, end = plus(b["date"], 7), plus(b["date"], 7 + 181)
    p = HPage(f"{ORG} | Appeal {ap} | {b['member']}", footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, SHORT, "Appeals Department | " + ORG_ADDR)
    p.line("Appeal Decision", 13, "B", h=8)
    p.pairs([("Date", fdate(b["date"], "abbr")), ("Member", b["member"]), ("Member ID", b["mid"]),
             ("Group", b["group"]), ("Appeal number", ap), ("Original review", ref)], label_w=40, size=9.8)
    p.ln(2)
    paras(p, [
        "#Decision: overturned",
        f"We reviewed the appeal that {HEM} filed for you about where your ravulizumab infusions are given. We "
        f"first denied infusions at {HOSP} because our Site of Care policy asks for home infusion when it is safe.",
        "A board-certified hematologist who was not part of the first review read your records. You had a "
        "serious infusion reaction during your last home infusion and needed emergency care, and your recent "
        "thrombosis means the infusion should be given where a physician can respond quickly.",
        f"For these reasons we have approved a site-of-care exception. Infusions at {HOSP} hospital outpatient "
        f"department are covered from {fdate(start, 'long')} through {fdate(end, 'long')}.",
    ], size=10)
    p.add_page()
    paras(p, [
        "#What happens next",
        "Your doctor's office has been told of this decision. Before the approval ends, your doctor may ask us to "
        "extend it. Claims for these infusions will be paid under your plan's specialty drug benefit; your usual "
        "cost sharing applies.",
        "#Questions",
        "Call Member Services at 1-555-274-6000 (TTY 711). This letter does not change your other benefits.",
        "Sincerely,\n\nAppeals Department\n" + ORG,
    ], size=10)
    t = truth("other", None, insurer=ORG, group=b["group"], member_id=b["mid"], member_name=b["member"],
              cases=[ap, ref], service_dates=[span(start, end)], denial_date=b["date"].isoformat(),
              provider=HEM_BARE, alternates={"service_dates": [[start.isoformat()]], "provider": [HOSP]})
    return out(p), t


def doc_pharmacy(r):
    """Low-res scan: specialty pharmacy statement with four fills (denies nothing)."""
    b = base(r, 4)
    fills = [plus(b["date"], -d) for d in (84, 56, 28, 0 + 3)]
    p = Page(footer=None, footer_left=PHARM + " | 1-555-615-7700 | Accredited specialty pharmacy")
    p.add_page()
    band(p, PHARM.upper(), "Member statement of specialty prescriptions")
    p.pairs([("Statement date", fdate(b["date"], "long")), ("Patient", b["member"]),
             ("Plan", SHORT), ("Member ID", b["mid"]), ("Prescriber", HEM), ("Date of birth", fdate(b["dob"], "iso"))],
            label_w=40, size=9.5)
    p.ln(3)
    rows, total, cop = [], 0.0, 0.0
    for i, d in enumerate(fills):
        amt = round(r.randint(13800, 14400) + 0.3, 2)
        c = 0.0 if i else 150.0
        total += amt
        cop += c
        rows.append([fdate(d, "slash"), pat(r, "Rx 9999999"), "Ravulizumab-cwvz 300 mg/3 mL vial x 4"
                     if i % 2 == 0 else "Ravulizumab-cwvz 1,100 mg/11 mL x 3", money(amt, "nosign"),
                     money(c, "nosign")])
    total = round(total, 2)
    rows.append(["", "", "Totals", money(total, "nosign"), money(cop, "nosign")])
    p.table(["Fill date", "Prescription number", "Drug and quantity", "Submitted charge ($)",
             "Your copay after copay card ($)"], rows, [24, 30, 72, 26, 24], size=8.2, bold_last=True)
    paras(p, [
        "All fills above were processed by your plan. Shipments go to Seabright Home Infusion for your home "
        "infusions. To request a refill, call 1-555-615-7700 at least 7 days before your next dose.",
    ], size=9)
    t = truth("other", None, insurer=None, member_id=b["mid"], member_name=b["member"], claim_amount=m2(total),
              service_dates=[d.isoformat() for d in fills], denial_date=b["date"].isoformat(), provider=PHARM,
              unscored=["insurer", "appeal_deadline"], alternates={"provider": [HEM_BARE]})
    return out(p), t


def doc_upheld(r):
    """Photocopy: first-level appeal upholds the dose-interval refusal; boxed grid; second level within 60 days."""
    b = base(r, 5)
    ap = "APL-" + pat(r, "999999")
    ref = "RX-" + pat(r, "99999999")
    start = plus(b["date"], -20)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, SHORT, "First-level appeal decision")
    w = (p.w - p.l_margin - p.r_margin) / 3
    boxes(p, [("Decision date", fdate(b["date"], "slash"), w), ("Member", b["member"], w),
              ("Member ID", b["mid"], w)])
    boxes(p, [("Appeal no.", ap, w), ("Original review no.", ref, w), ("Group no.", b["group"], w)])
    boxes(p, [("Treating hematologist", HEM, w), ("Requested start", fdate(start, "slash"), w),
              ("Appeal received", fdate(plus(b["date"], -24), "slash"), w)])
    p.ln(4)
    paras(p, [
        "#Decision: upheld",
        "We have kept our decision not to cover eculizumab 900 mg every 11 days. Infusions every 14 days, as "
        "labelled, remain approved.",
        "#Reason",
        "A hematologist reviewer found that the records do not show breakthrough hemolysis at the end of the "
        "dosing interval (no rise in LDH before doses and no transfusion need). A shorter interval is not "
        "medically necessary. Guideline used: KHH Specialty Drug Policy SD-112.",
        "#Second-level appeal",
        f"You may ask for a second-level appeal within 60 days of the date of this letter. Write to {ORG}, "
        f"Attn: Appeals, {ORG_ADDR}. After the second level you may ask for an external review within 4 months. "
        "Urgent reviews are decided within 72 hours.",
    ], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group=b["group"], member_id=b["mid"],
              member_name=b["member"], cases=[ap, ref], service_dates=[start.isoformat()],
              denial_date=b["date"].isoformat(), provider=HEM_BARE,
              appeal_deadline=plus(b["date"], 60).isoformat())
    return out(p), t


def stack_scan(r):
    """Scan 300 stack: the hematologist's letter (fed upside down, with its duplex back) and an EOB of three claims."""
    b = base(r, 6)
    let = b["date"]
    q = Page(footer=None)
    q.add_page()
    q.line("Ocean State Hematology & Oncology", 14, "B", h=7)
    q.line("55 Eddy Street, Suite 400, Providence, RI 02903 | Tel 1-555-331-8800 | Fax 1-555-331-8802", 8.5)
    q.ln(6)
    q.para(fdate(let, "long"))
    q.para(f"{ORG}\nAttn: Clinical Pharmacy Review\n{ORG_ADDR}")
    paras(q, [
        f"Re: {b['member']}, member ID {b['mid']}, date of birth {fdate(b['dob'], 'slash')}",
        "To the reviewer:",
        f"My patient has paroxysmal nocturnal hemoglobinuria and receives ravulizumab every 8 weeks. I ask that "
        f"you allow her infusions at {HOSP}. Her last home infusion was stopped for hypotension and rigors, and "
        "she had a portal vein thrombosis last year. She needs an infusion setting with physician oversight.",
        "The infusion record and the emergency department note are enclosed.",
        f"Sincerely,\n\n{HEM}\nHematology",
    ], size=10)
    d1 = (out(q), truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"],
                        denial_date=let.isoformat(), provider=HEM_BARE, unscored=["insurer", "service_dates"],
                        alternates={"denial_date": [None]}))
    e = plus(let, 24)
    claims = [pat(r, "26E9999999") for _ in range(3)]
    dates = [plus(let, -30), plus(let, -9), plus(let, -9)]
    amts = [round(r.randint(180, 260) + 0.5, 2), round(r.randint(21000, 24000) + 0.4, 2),
            round(r.randint(90, 160) + 0.75, 2)]
    provs = [HEM.replace(", MD", ""), HOSP, "Aquidneck Clinical Lab"]
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT.replace("Clinical Pharmacy Review", "Explanation of Benefits"))
    p.add_page()
    band(p, SHORT, "EXPLANATION OF BENEFITS | THIS IS NOT A BILL")
    p.pairs([("Statement date", fdate(e, "dmy")), ("Member", b["member"]), ("Member ID", b["mid"]),
             ("Group", b["group"]), ("Processed", f"{fdate(plus(e, -14), 'slash')} - {fdate(e, 'slash')}")],
            label_w=38, size=9.4)
    p.ln(2)
    rows = []
    for i in range(3):
        den = i == 1
        rows.append([claims[i], fdate(dates[i], "slash"), provs[i], money(amts[i]), money(0 if den else amts[i] * 0.8),
                     money(0 if den else amts[i] * 0.2), "SC4" if den else "-"])
    p.table(["Claim number", "Service date", "Provider", "Billed charges", "Plan paid", "Member responsibility",
             "Remark"], rows, [28, 20, 50, 24, 20, 22, 14], size=8)
    paras(p, [
        "SC4: Site of care. This infusion was given in a hospital outpatient department. Your plan covers this "
        "drug's infusion at home or in a non-hospital infusion suite unless a site-of-care exception is approved. "
        "The claim is denied.",
        "You may appeal a denied claim within 180 days of the date of this statement. Write to "
        f"{ORG}, Attn: Appeals, {ORG_ADDR}. External review may be requested within 4 months of a final decision.",
    ], size=9)
    d2 = (out(p), truth("eob", "level_of_care", insurer=ORG, group=b["group"], member_id=b["mid"],
                        member_name=b["member"], cases=[claims[1]], claim_amount=m2(amts[1]),
                        service_dates=[dates[1].isoformat()], denial_date=e.isoformat(), provider=HOSP,
                        appeal_deadline=plus(e, 180).isoformat()))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_hospital_site_refused_home_infusion", "born_digital", [doc_site(r(0))]),
        Item(f"{FAMILY}_faxfine_dose_interval_refused_prose", "fax_fine_g4", [doc_interval(r(1))]),
        Item(f"{FAMILY}_photo_hospital_outpatient_statement", "phone_photo", [doc_hosp_statement(r(2))]),
        Item(f"{FAMILY}_rotated_site_exception_granted_on_appeal", "rotated", [doc_overturned(r(3))]),
        Item(f"{FAMILY}_lowres_specialty_pharmacy_fills", "scan_lowres_150", [doc_pharmacy(r(4))]),
        Item(f"{FAMILY}_copy_interval_appeal_upheld", "photocopy", [doc_upheld(r(5))]),
        Item(f"{FAMILY}_scan300_stack_hematology_letter_and_eob", "scan_clean_300", stack_scan(r(6)),
             separators=["duplex", None], turns={(0, 0): 180}),
    ]
