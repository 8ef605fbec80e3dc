"""Family 'deep_brain_stimulator_rechargeable_battery_replacement_denial': an invented commercial plan (Ostrander
Valley Health) refusing to replace a Parkinson's patient's deep brain stimulator pulse generator with a rechargeable
model (dual-array rechargeable generator, L8687) as not medically necessary, while the non-rechargeable generator
(L8688) stays covered; the neurosurgery office, hospital and member paper around it; approved on second-level appeal.

Documents: a born-digital pre-service denial letter (partial: non-rechargeable approved); the neurosurgery office's
scanned patient statement with four visits, only the replacement surgery's fee denied (a provider statement, denies
nothing itself); a fine-fax EOB with three claims, only the hospital claim denied; a photocopied hospital bill
showing the insurer's denial and the patient balance; a low-resolution stack of the first-level appeal decision
upholding the denial, a blank separator and the surgeon's letter of medical necessity with one page fed upside down;
a sideways second-level appeal approval told only in sentences; a phone photo of a claim letter refusing the surgeon's
fee, told in sentences with a printed appeal-by date.
Decoys: the subscriber (spouse), date of birth, NPI, the original implant date, request-received dates, patient
account numbers, medical policy number, 72-hour expedited and 4-month external review limits, claims processed
between dates, Member Services phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxa import Page, fd, fee, lv, paras, pat, pdf_bytes, ph, plus, sidebar, usd

FAMILY = "deep_brain_stimulator_rechargeable_battery_replacement_denial"
LANG = "en"
SEED = 348200
ORG = "Ostrander Valley Health"
ADDR = "Medical Management, 2200 Tillotson Parkway, Mankato, MN 56001"
APPEALS = "Ostrander Valley Health, Appeals Unit, PO Box 3390, Mankato, MN 56002"
PLAN = "OVH-PPO-3150"
GROUP = "0048817"
MEMBER, SUBSCRIBER = "Gideon T. Marchetti", "Harriet L. Marchetti"
MID = "OVH" + "604418235"
MID_PRINT = "OVH 6044 18235"
DOB = dt.date(1956, 7, 19)
IMPLANTED = dt.date(2021, 9, 14)
SURGEON, SURGEON_BARE = "Anselm V. Rutledge, MD", "Anselm V. Rutledge"
NEURO, NEURO_BARE = "Mei S. Underhill, MD", "Mei S. Underhill"
PRACTICE = "Tamarack Neurosurgical Associates"
HOSP = "Larchmere Regional Medical Center"
POLICY = "MP-NS-2.208"


def dates(r: random.Random) -> dict:
    den = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 10))
    surg = plus(den, r.randint(12, 18))
    eob = plus(surg, r.randint(24, 32))
    ap1 = plus(eob, r.randint(30, 40))
    ap2 = plus(ap1, r.randint(35, 45))
    return dict(req=plus(den, -r.randint(4, 8)), den=den, surg=surg, eob=eob, ap1=ap1, ap2=ap2,
                hbill=plus(eob, r.randint(6, 12)), stmt=plus(eob, r.randint(3, 9)),
                prof=plus(eob, r.randint(1, 5)))


def letterhead(d: Page, style: int) -> None:
    if style == 0:
        d.text_line("OSTRANDER VALLEY", 22, "B", h=10)
        d.text_line("HEALTH", 12, "B", h=6)
        d.rule(1.0, 1)
        d.text_line(ADDR + "  ·  1-555-640-2200", 8.2, h=4.4)
        d.ln(5)
    else:
        d.text_line(ORG, 14.5, "B", "R", h=7)
        d.text_line("Member Appeals and Grievances", 9, align="R", h=4.6)
        d.text_line("PO Box 3390 · Mankato, MN 56002", 8.5, align="R", h=4.6)
        d.ln(6)


def doc_predenial(r: random.Random, D: dict, ref: str):
    d = Page(footer=f"{ORG}  |  UM letter  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, 0)
    d.text_line(fd(D["den"], "long"), 10.5, h=6)
    d.ln(2)
    for ln in [MEMBER, "4418 Sycamore Court", "New Ulm, MN 56073"]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("NOTICE OF PARTIAL DENIAL - PRE-SERVICE REQUEST", 12.5, "B", h=7)
    d.ln(1)
    lv(d, [("Patient", MEMBER), ("Date of birth", fd(DOB, "slash")), ("Member ID", MID_PRINT),
           ("Group", GROUP), ("Plan", PLAN), ("Case number", ref), ("Requesting surgeon", SURGEON),
           ("Facility", HOSP), ("Request received", fd(D["req"], "slash")),
           ("Scheduled surgery", fd(D["surg"], "slash"))], w=44, size=9.6)
    d.ln(3)
    d.table(["Code", "Description", "Decision"],
            [["61886", "Replacement of cranial neurostimulator pulse generator, two arrays", "Approved"],
             ["L8688", "Implantable generator, dual array, non-rechargeable", "Approved"],
             ["L8687", "Implantable generator, dual array, rechargeable (as requested)", "Denied"],
             ["L8689", "External recharging system for rechargeable generator", "Denied"]],
            [20, 120, 34], size=8.6)
    paras(d, [
        "#Reason for the decision",
        f"Your current deep brain stimulator generator, implanted on {fd(IMPLANTED, 'slash')}, is reaching the end "
        "of its battery life and must be replaced. We approved the replacement surgery and a non-rechargeable "
        "generator. Medical policy " + POLICY + " covers a rechargeable generator only when a non-rechargeable "
        "battery has lasted less than 3 years at the member's settings, or the member needs settings that would "
        "drain a standard battery within 3 years. Your battery has lasted more than 4 years. The rechargeable "
        "generator and the charger are not medically necessary for you. The review was done by Wendell P. "
        "Szabo, MD, board certified in neurological surgery.",
        "#Your right to appeal",
        "You, or someone you name, may appeal within 180 days of the date of this letter by writing to " + APPEALS
        + ". If a delay could seriously jeopardize your life or health, you may ask for an expedited appeal; we "
        "will decide within 72 hours. After your appeals with us, you may request an external review by an "
        "independent review organization within 4 months."], size=9.3)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=PLAN, group_number=GROUP, member_id=MID,
              member_name=MEMBER, case_numbers=[ref], service_dates=[D["surg"].isoformat()],
              denial_date=D["den"].isoformat(), provider=SURGEON, appeal_deadline=plus(D["den"], 180).isoformat(),
              alternates={"provider": [SURGEON_BARE]})
    return pdf_bytes(d), t


def doc_office_statement(r: random.Random, D: dict, prof_clm: str, prof_amt: float):
    acct = pat(r, "TNA-999999")
    v1, v2, v4 = plus(D["den"], -r.randint(20, 30)), plus(D["surg"], -r.randint(5, 8)), plus(D["surg"], 12)
    c1, c2, c4 = fee(r, 240, 380), fee(r, 180, 260), fee(r, 150, 210)
    d = Page(footer=f"{PRACTICE} · Billing Office 1-555-388-4120 · Account {acct}")
    d.add_page()
    d.text_line(PRACTICE, 15, "B", h=7)
    d.text_line("1190 Riverfront Drive, Suite 300, Mankato, MN 56001", 8.8, h=4.5)
    d.ln(5)
    y0 = d.get_y()
    for ln in ["STATEMENT FOR", MEMBER, "4418 Sycamore Court", "New Ulm, MN 56073"]:
        d.text_line(ln, 9.8, h=5)
    d.set_y(y0)
    lv(d, [("Statement date", fd(D["stmt"], "dmy")), ("Account no.", acct), ("Primary insurance", ORG),
           ("Member ID", MID_PRINT), ("Group", GROUP)], w=34, size=9, x=112)
    d.ln(6)
    paid = lambda c: round(c * 0.72, 2)  # noqa: E731
    rows = [[fd(v1, "dmy"), "Office visit, est. patient (99214)", NEURO_BARE, pat(r, "99A9999999999"),
             usd(c1, "nosign"), usd(paid(c1), "nosign"), usd(round(c1 - paid(c1), 2), "nosign")],
            [fd(v2, "dmy"), "Pre-op visit (99213)", SURGEON_BARE, pat(r, "99A9999999999"), usd(c2, "nosign"),
             usd(paid(c2), "nosign"), usd(round(c2 - paid(c2), 2), "nosign")],
            [fd(D["surg"], "dmy"), "Generator replacement (61886)", SURGEON_BARE, prof_clm, usd(prof_amt, "nosign"),
             "0.00 DENIED", usd(prof_amt, "nosign")],
            [fd(v4, "dmy"), "Post-op wound check (99024)", SURGEON_BARE, "-", "0.00", "0.00", "0.00"]]
    d.table(["Date", "Service", "Provider", "Ins. claim #", "Charge", "Ins. paid/adj", "You owe"],
            rows, [22, 48, 30, 30, 18, 22, 18], size=7.8)
    d.ln(2)
    paras(d, [
        f"Note from our billing office: {ORG} denied the surgeon's fee for the generator replacement. They say "
        "the rechargeable generator was not medically necessary. We have sent an appeal with Dr. Rutledge's "
        "letter. You do not need to pay the denied amount while the appeal is pending.",
        "Payments received after the statement date are not shown. Questions about your bill: 1-555-388-4120."],
        size=9)
    t = truth("other", None, insurer=None, group_number=GROUP, member_id=MID, member_name=MEMBER,
              case_numbers=[prof_clm], claim_amount=f"{prof_amt:.2f}", service_dates=[D["surg"].isoformat()],
              denial_date=D["stmt"].isoformat(), provider=SURGEON_BARE, unscored=["insurer"],
              alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


def doc_eob(r: random.Random, D: dict, hosp_clm: str, lines: list):
    other1, other2 = pat(r, "26A999999999"), pat(r, "26A999999999")
    v1, v2 = plus(D["den"], -r.randint(20, 30)), plus(D["den"], -r.randint(2, 6))
    c1, c2 = fee(r, 240, 380), fee(r, 380, 520)
    total = round(sum(a for _, _, a in lines), 2)
    d = Page(footer=f"{ORG} Explanation of Benefits - Page {{p}} of {{n}} - This is not a bill")
    d.add_page()
    letterhead(d, 0)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(2)
    lv(d, [("Statement date:", fd(D["eob"], "long")), ("Subscriber:", SUBSCRIBER), ("Patient:", MEMBER),
           ("Member ID:", MID_PRINT), ("Group no.:", GROUP), ("Plan:", PLAN),
           ("Claims processed:", f"{fd(plus(D['eob'], -30), 'slash')} to {fd(plus(D['eob'], -1), 'slash')}")],
       w=36, size=9.2)
    d.ln(3)
    p1, p2 = round(c1 * 0.7, 2), round(c2 * 0.7, 2)
    d.text_line(f"Claim {other1}  ·  {NEURO}  ·  {fd(v1, 'slash')}", 9.4, "B", h=5.5)
    d.table(["Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [["Office visit 99214", usd(c1), usd(round(c1 * 0.8, 2)), usd(p1), usd(round(c1 * 0.8 - p1, 2)), "PD"]],
            [68, 24, 22, 22, 24, 14], size=8.4)
    d.text_line(f"Claim {other2}  ·  {NEURO}  ·  {fd(v2, 'slash')}", 9.4, "B", h=5.5)
    d.table(["Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [["DBS programming 95983", usd(c2), usd(round(c2 * 0.8, 2)), usd(p2), usd(round(c2 * 0.8 - p2, 2)), "PD"]],
            [68, 24, 22, 22, 24, 14], size=8.4)
    d.text_line(f"Claim {hosp_clm}  ·  {HOSP}  ·  {fd(D['surg'], 'slash')}", 9.4, "B", h=5.5)
    rows = [[desc, usd(a), "0.00", "0.00", usd(a), "N57"] for _, desc, a in lines]
    rows.append(["Claim total", usd(total), "0.00", "0.00", usd(total), ""])
    d.table(["Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows, [68, 24, 22, 22, 24, 14],
            size=8.4)
    paras(d, [
        "#Notes",
        "PD - Paid according to your plan benefits.",
        "N57 - Denied: not medically necessary. The rechargeable generator and recharging system were reviewed "
        f"under medical policy {POLICY}; a non-rechargeable generator was approved for this surgery. Because the "
        "hospital is in network, you may owe only your cost share until the appeal is decided; contact the "
        "hospital about the balance.",
        "#Appeal rights",
        "If you disagree with a denied claim, you have 180 days from the date of this statement to file an appeal "
        f"with {APPEALS}. Urgent appeals: 72 hours. External review: within 4 months of a final denial."], size=8.8)
    t = truth("eob", "medical_necessity", insurer=ORG, plan_id=PLAN, group_number=GROUP, member_id=MID,
              member_name=MEMBER, case_numbers=[hosp_clm], claim_amount=f"{total:.2f}",
              service_dates=[D["surg"].isoformat()], denial_date=D["eob"].isoformat(), provider=HOSP,
              appeal_deadline=plus(D["eob"], 180).isoformat())
    return pdf_bytes(d), t


def doc_hospital_bill(r: random.Random, D: dict, hosp_clm: str, lines: list):
    acct = pat(r, "9999999999")
    total = round(sum(a for _, _, a in lines), 2)
    d = Page(footer="Larchmere Regional Medical Center · Patient Financial Services · 1-555-902-7700")
    d.add_page()
    d.text_line(HOSP.upper(), 15, "B", "C", h=7)
    d.text_line("Patient Financial Services · 500 Larchmere Way · St. Peter, MN 56082", 8.6, align="C", h=4.6)
    d.rule(0.5, 4)
    d.boxes([("Statement date", fd(D["hbill"], "upper"), 44), ("Patient account", acct, 44),
             ("Date of service", fd(D["surg"], "upper"), 44), ("Amount due", usd(total), 44)])
    d.ln(3)
    lv(d, [("Patient:", MEMBER), ("Guarantor:", SUBSCRIBER), ("Insurance:", f"{ORG}  ID {MID_PRINT}  Grp {GROUP}"),
           ("Insurance claim no.:", hosp_clm), ("Attending:", SURGEON)], w=40, size=9.4)
    d.ln(3)
    rows = [[rev, desc, usd(a, "nosign")] for rev, desc, a in lines]
    rows.append(["*", "Total charges", usd(total, "nosign")])
    rows.append(["", f"Payment/adjustment - {ORG}", "0.00"])
    rows.append(["", "Balance due from patient", usd(total, "nosign")])
    d.table(["Rev code", "Description", "Amount"], rows, [24, 120, 30], size=8.6, aligns="LLR")
    paras(d, [
        f"Your insurance denied this claim as not medically necessary (rechargeable generator). If you have "
        "appealed, call us so we can put your account on hold. Financial assistance may be available; ask for "
        "an application. Please make checks payable to Larchmere Regional Medical Center."], size=9.2)
    t = truth("other", None, insurer=None, group_number=GROUP, member_id=MID, member_name=MEMBER,
              case_numbers=[hosp_clm], claim_amount=f"{total:.2f}", service_dates=[D["surg"].isoformat()],
              denial_date=D["hbill"].isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [SURGEON]})
    return pdf_bytes(d), t


def stack_appeal(r: random.Random, D: dict, ref: str, hosp_clm: str, total: float):
    apno = pat(r, "APL-2026-99999")
    got = plus(D["ap1"], -r.randint(20, 28))
    d = Page(footer=f"{ORG} · First-level appeal decision · {apno}")
    d.add_page()
    letterhead(d, 1)
    d.text_line(fd(D["ap1"], "abbr"), 10.5, h=6)
    d.ln(2)
    for ln in [MEMBER, "4418 Sycamore Court", "New Ulm, MN 56073"]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    lv(d, [("Appeal no.", apno), ("Claim", hosp_clm), ("Original case", ref), ("Member ID", MID_PRINT),
           ("Date of service", fd(D["surg"], "abbr")), ("Billed", usd(total)), ("Appeal received", fd(got, "abbr"))],
       w=36, size=9.5)
    d.ln(2)
    d.text_line("FIRST-LEVEL APPEAL DECISION: DENIAL UPHELD", 12, "B", h=7)
    paras(d, [
        f"You appealed our decision not to cover the rechargeable deep brain stimulator generator and charger "
        f"placed by {SURGEON} at {HOSP}. A neurosurgeon who was not involved in the first decision reviewed your "
        "appeal, the operative report and your device interrogation records.",
        "The reviewer found that your prior battery lasted 4 years and 4 months at your settings, and that a "
        f"non-rechargeable generator would be expected to last more than 3 years. Under medical policy {POLICY} "
        "the rechargeable generator is not medically necessary. We uphold the denial of the claim.",
        "You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
        "independent external review within 4 months. Call 1-555-640-2200 with questions."], size=9.6)
    d1 = pdf_bytes(d)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=MID, member_name=MEMBER,
               case_numbers=[apno, hosp_clm, ref], claim_amount=f"{total:.2f}", service_dates=[D["surg"].isoformat()],
               denial_date=D["ap1"].isoformat(), provider=SURGEON, appeal_deadline=plus(D["ap1"], 60).isoformat(),
               alternates={"provider": [SURGEON_BARE, HOSP]})
    lmn = plus(D["ap1"], r.randint(10, 20))
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    d.text_line(PRACTICE, 14, "B", h=7)
    d.text_line("1190 Riverfront Drive, Suite 300 · Mankato, MN 56001 · Phone 1-555-388-4100", 8.6, h=4.5)
    d.rule(0.4, 5)
    d.text_line(fd(lmn, "long"), 10.5, h=6)
    d.ln(2)
    d.text_line("LETTER OF MEDICAL NECESSITY - SECOND-LEVEL APPEAL", 11.5, "B", h=7)
    lv(d, [("Patient:", f"{MEMBER}, DOB {fd(DOB, 'slash')}"), ("Member ID:", MID_PRINT), ("Appeal:", apno),
           ("Claim:", hosp_clm), ("Surgery:", fd(D["surg"], "long"))], w=30, size=10)
    d.ln(2)
    paras(d, [
        f"I am the neurosurgeon who replaced Mr. Marchetti's deep brain stimulator generator on "
        f"{fd(D['surg'], 'long')}. I ask you to reverse the denial of the rechargeable generator (L8687) and "
        "recharging system (L8689).",
        "Mr. Marchetti has advanced Parkinson's disease with severe dyskinesia. Since his programming was changed "
        "in the autumn, his stimulation amplitude and pulse width are much higher than during the first four "
        "years. At the current settings the manufacturer's battery calculator predicts that a non-rechargeable "
        "generator would last about 22 months. Each replacement is a surgery under anesthesia with a risk of "
        "infection, and he is 69 years old.",
        "Your policy covers a rechargeable generator when a standard battery would be drained within 3 years at "
        "the member's settings. That is his case. The settings report and battery calculation are attached.",
        "His wife has learned to use the charger and he recharges once a week without difficulty."], size=10.2)
    d.add_page()
    paras(d, [
        "The first-level reviewer looked at how long the old battery lasted, not at the settings he needs now. "
        "I would welcome a peer-to-peer discussion with your reviewer at 1-555-388-4100.",
        "Sincerely,", "", SURGEON, "Board certified, American Board of Neurological Surgery", f"NPI {pat(r, '1999999999')}",
        "Attachments: programming report, battery longevity estimate, operative report"], size=10.2)
    d2 = pdf_bytes(d)
    t2 = truth("other", None, insurer=None, member_id=MID, member_name=MEMBER, case_numbers=[apno, hosp_clm],
               service_dates=[D["surg"].isoformat()], denial_date=lmn.isoformat(), provider=SURGEON,
               unscored=["insurer"], alternates={"provider": [SURGEON_BARE]})
    return [(d1, t1), (d2, t2)]


def doc_approval(r: random.Random, D: dict, hosp_clm: str, prof_clm: str):
    apno = pat(r, "APL-2026-99999")
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, 1)
    d.text_line(fd(D["ap2"], "long"), 10.5, h=6)
    d.ln(2)
    for ln in [MEMBER, "4418 Sycamore Court", "New Ulm, MN 56073"]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    paras(d, [
        f"Dear {MEMBER}:",
        f"We have finished reviewing your second-level appeal, number {apno}. You asked us to cover the "
        f"rechargeable deep brain stimulator generator and recharging system that {SURGEON} placed at {HOSP} on "
        f"{fd(D['surg'], 'long')}. Your member ID is {MID_PRINT} and your group number is {GROUP}.",
        "A panel that included a neurosurgeon and a neurologist reviewed Dr. Rutledge's letter, your programming "
        "report and the battery longevity estimate. At your current settings a non-rechargeable generator would "
        "last less than 3 years. The rechargeable generator therefore meets our medical policy, and we have "
        "overturned our earlier decision.",
        f"We will reprocess hospital claim {hosp_clm} and the surgeon's claim {prof_clm} and pay them under your "
        "plan's benefits for in-network surgery. You will receive a new Explanation of Benefits within 30 days. "
        "You only owe your usual deductible and coinsurance; if you already paid more, the providers will refund "
        "you.",
        "You do not need to do anything else. If you have questions, please call Member Services at "
        "1-555-640-2200, Monday through Friday, 8 a.m. to 6 p.m.",
        "Sincerely,", "Appeals Unit", ORG], size=10.3)
    t = truth("other", None, insurer=ORG, group_number=GROUP, member_id=MID, member_name=MEMBER,
              case_numbers=[apno, hosp_clm, prof_clm], service_dates=[D["surg"].isoformat()],
              denial_date=D["ap2"].isoformat(), provider=SURGEON,
              alternates={"provider": [SURGEON_BARE, HOSP], "case_numbers": [[apno]]})
    return pdf_bytes(d), t


def doc_prof_claim(r: random.Random, D: dict, prof_clm: str, prof_amt: float):
    by = plus(D["prof"], 180)
    d = Page(footer=f"{ORG} · Claims · Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, 0)
    y0, y1 = sidebar(d, [("Letter date", fd(D["prof"], "slash")), ("Member", MEMBER), ("Member ID", MID_PRINT),
                         ("Group", GROUP), ("Claim", prof_clm), ("Born", fd(DOB, "slash"))])
    d.set_xy(76, y0)
    d.set_left_margin(76)
    paras(d, [
        f"Dear {MEMBER}:",
        f"We received a claim from {SURGEON} for replacing your deep brain stimulator generator on "
        f"{fd(D['surg'], 'slash')}. The amount billed was {usd(prof_amt)}.",
        "We are not able to pay this claim. Before your surgery we told you that we would cover a standard, "
        "non-rechargeable generator but not a rechargeable one, because a rechargeable generator was not "
        "medically necessary for you. The surgeon placed a rechargeable generator, so the surgery billed on "
        "this claim is not covered.",
        f"If you disagree, you can appeal. We must receive your appeal by {fd(by, 'slash')}. Write to "
        f"{APPEALS}, or call 1-555-640-2200. If your health is at risk, ask for a fast appeal and we will answer "
        "within 72 hours."], size=9.8)
    d.set_left_margin(18)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=GROUP, member_id=MID,
              member_name=MEMBER, case_numbers=[prof_clm], claim_amount=f"{prof_amt:.2f}",
              service_dates=[D["surg"].isoformat()], denial_date=D["prof"].isoformat(), provider=SURGEON,
              appeal_deadline=by.isoformat(), alternates={"provider": [SURGEON_BARE]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(SEED)
    D = dates(r)
    ref = pat(r, "UM26-999999")
    hosp_clm, prof_clm = pat(r, "26H99999999"), pat(r, "26P99999999")
    prof_amt = fee(r, 3100, 4200)
    lines = [("0360", "Operating room services", fee(r, 9800, 14800)),
             ("0278", "Implant: rechargeable generator L8687", fee(r, 38000, 46000)),
             ("0278", "External recharging system L8689", fee(r, 2600, 3900)),
             ("0370", "Anesthesia", fee(r, 1800, 2900)), ("0710", "Recovery room", fee(r, 900, 1600))]
    total = round(sum(a for _, _, a in lines), 2)
    return [
        Item(f"{FAMILY}_bd_predenial_rechargeable_partial", "born_digital",
             [doc_predenial(random.Random(SEED + 1), D, ref)]),
        Item(f"{FAMILY}_scan300_neurosurgery_office_statement", "scan_clean_300",
             [doc_office_statement(random.Random(SEED + 2), D, prof_clm, prof_amt)]),
        Item(f"{FAMILY}_faxfine_eob_three_claims_hospital_denied", "fax_fine_g4",
             [doc_eob(random.Random(SEED + 3), D, hosp_clm, lines)]),
        Item(f"{FAMILY}_copy_hospital_bill_balance_due", "photocopy",
             [doc_hospital_bill(random.Random(SEED + 4), D, hosp_clm, lines)]),
        Item(f"{FAMILY}_lowres_stack_first_appeal_upheld_and_surgeon_lmn", "scan_lowres_150",
             stack_appeal(random.Random(SEED + 5), D, ref, hosp_clm, total), separators=["blank", None],
             turns={(1, 1): 180}),
        Item(f"{FAMILY}_rotated_second_appeal_overturned_prose", "rotated",
             [doc_approval(random.Random(SEED + 6), D, hosp_clm, prof_clm)]),
        Item(f"{FAMILY}_photo_surgeon_claim_denied_sentences", "phone_photo",
             [doc_prof_claim(random.Random(SEED + 7), D, prof_clm, prof_amt)]),
    ]
