"""Family 'pediatric_growth_hormone_idiopathic_short_stature_denial': an invented commercial plan (Wildrye Health
Insurance Company) refusing somatropin for children: idiopathic short stature excluded, a second growth hormone
stimulation test missing, then approval after a second test; the pediatric endocrinology clinic's letters, a
specialty pharmacy statement with several fills, a parent's letter. All fictional; phones use 555.

Documents: a born-digital prior authorization denial in a boxed label grid (idiopathic short stature not covered);
a standard fax letter told only in sentences with a fax header line (second stimulation test missing, appeal by a
stated date); a phone photo of a parent's letter; a clean scan of a specialty pharmacy statement with four fills
(denies nothing); a photocopied EOB with three claims, the somatropin claim denied; a rotated two-page approval
after a second test (running header); a 150 dpi stack: the endocrinologist's letter to the plan, its duplex back,
and a first-level appeal upheld, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famddf import Page, addr, band, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "pediatric_growth_hormone_idiopathic_short_stature_denial"
LANG = "en"
SEED = 350405
ORG = "Wildrye Health Insurance Company"
ORG_SHORT = "Wildrye Health"
ORG_ADDR = "PO Box 22760, Boise, ID 83706"
ORG_PHONE = "1-555-296-3300"
CLINIC = "Bittercreek Pediatric Endocrinology"
CLINIC_ADDR = "415 Cottonwood Medical Plaza, Suite 210, Meridian, ID 83642"
PHARM = "Falconcrest Specialty Pharmacy"
ENDOS = ["Dr. Ottoline Varga", "Dr. Benedikt Asante", "Dr. Mireille Castellanos"]
KIDS = [("Oliver J. Brandvold", "Signe Brandvold"), ("Mateo R. Quillen", "Adriana Quillen"),
        ("Elias N. Harrow", "Graham Harrow"), ("Tobias W. Nakagawa", "Erin Nakagawa"),
        ("Lucas P. Odhiambo", "Wanjiru Odhiambo"), ("Hazel C. Petrakis", "Dimitri Petrakis"),
        ("Finnegan D. Soto", "Rosalie Soto")]


def base(r, k):
    d = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 110))
    kid, parent = KIDS[k]
    return dict(date=d, kid=kid, parent=parent, mid="WRY" + pat(r, "99999999") + "-0" + str(r.randint(2, 4)),
                group=pat(r, "G99999"), dob=dt.date(r.randint(2013, 2018), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(100, 9800)} Sagebrush Lane", "Nampa, ID 83651"],
                npi=r.choice("12") + pat(r, "999999999"), recv=plus(d, -r.randint(3, 10)))


def rights(basis="within 180 days of the date of this letter"):
    return [
        "#Your appeal rights",
        f"You or your child's doctor may appeal this decision {basis}. Send your appeal to {ORG_SHORT} Appeals, "
        f"{ORG_ADDR}, or fax 1-555-296-3399. Include any new test results or records. If your child's health "
        "could be seriously harmed by waiting, ask for an urgent appeal; we will decide within 72 hours.",
        "After our final decision you may ask for an independent external review within 4 months. You may ask "
        "for free copies of the clinical policy (Pharmacy Policy RX-GH-07, Growth Hormone Therapy) and all "
        "documents used in this decision."]


def doc_bd_iss(r):
    f = base(r, 0)
    pa = "PA" + pat(r, "99999999")
    prov = ENDOS[0]
    d = Page(footer=f"{ORG}  |  Pharmacy Prior Authorization  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"Pharmacy Prior Authorization Unit  |  {ORG_ADDR}  |  {ORG_PHONE}", color=(60, 40, 20))
    d.text_line(fd(f["date"], "abbr"), 10)
    d.ln(2)
    addr(d, [f"To the parent or guardian of {f['kid']}", f["parent"], *f["addr"]])
    d.text_line("PRIOR AUTHORIZATION DECISION: NOT APPROVED", 12.5, "B")
    d.ln(2)
    d.boxes([("Patient", f["kid"], 62), ("Patient date of birth", fd(f["dob"], "slash"), 44),
             ("Member ID", f["mid"], 38), ("Group", f["group"], 34)])
    d.boxes([("PA request number", pa, 44), ("Prescriber", prov, 58), ("Prescriber NPI", f["npi"], 38),
             ("Request received", fd(f["recv"], "slash"), 38)])
    d.boxes([("Drug requested", "Somatropin 10 mg/1.5 mL pen, 0.3 mg/kg/week", 120),
             ("Decision", "Denied", 58)])
    d.ln(5)
    paras(d, [
        f"Dear {f['parent']}:",
        f"{prov} asked us to cover growth hormone (somatropin) for {f['kid']}. The records describe idiopathic "
        "short stature: height below the 1st percentile, a normal growth hormone stimulation test (peak 14.2 "
        "ng/mL), and no other cause found. Your plan's pharmacy benefit excludes growth hormone for idiopathic "
        "short stature (Certificate of Coverage, Section 9.3, Exclusions, item 22). Because this use is not a "
        "covered benefit, we cannot approve the request. This is not a decision that the drug would not help.",
        "Growth hormone remains covered for documented growth hormone deficiency, Turner syndrome, Prader-Willi "
        "syndrome, chronic kidney disease and children born small for gestational age who have not caught up."],
        size=9.6)
    paras(d, rights(), size=9)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["kid"], case_numbers=[pa], denial_date=f["date"].isoformat(), provider=prov,
              appeal_deadline=plus(f["date"], 180).isoformat())
    return pdf_bytes(d), t


def doc_fax_stimtest(r):
    f = base(r, 1)
    ref = pat(r, "99-999999-9")
    prov = ENDOS[1]
    dead = plus(f["date"], 180)
    line = (f"{fd(f['date'], 'dash')}  14:{r.randint(10, 59)}  WILDRYE HEALTH RX PA  FAX 1-555-296-3390  -> "
            f"{CLINIC.upper()}  1-555-871-4401  PAGE {{p}}")
    d = Page(serif=True, faxline=line, footer=f"{ORG}  -  Confidential health information")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Prior Authorization Unit", ORG_ADDR, f"Phone {ORG_PHONE}"])
    d.text_line(fd(f["date"], "long"), 10)
    d.ln(3)
    addr(d, [prov, CLINIC, CLINIC_ADDR])
    paras(d, [
        f"Dear {prov}:",
        f"We reviewed your request for somatropin for your patient {f['kid']}, member ID {f['mid']}. Our "
        f"reference number is {ref}. We received the request on {fd(f['recv'], 'long')}. We are not able to "
        "approve it at this time.",
        "Our growth hormone policy requires two growth hormone stimulation tests with different agents, each with "
        "a peak below 10 ng/mL, before treatment for growth hormone deficiency is approved. The records you sent "
        "include one arginine test with a peak of 7.8 ng/mL. No second stimulation test was included, and the "
        "bone age x-ray report was not sent. Without these results the request does not meet the policy's "
        "criteria for medical necessity.",
        f"You or the family may appeal this decision. An appeal must reach us by {fd(dead, 'long')}. A new "
        "request with the second test result may be sent at any time and does not need an appeal. If the child's "
        "health could be seriously harmed by waiting, an urgent review is decided within 72 hours. After a final "
        "decision the family may ask for an external review within 4 months.",
        "Sincerely,", "Pharmacy Prior Authorization Unit", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["kid"],
              case_numbers=[ref], denial_date=f["date"].isoformat(), provider=prov,
              appeal_deadline=dead.isoformat(), denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_photo_parent(r):
    f = base(r, 2)
    pa = "PA" + pat(r, "99999999")
    d = Page()
    d.add_page()
    d.text_line(f["parent"], 11)
    for s in f["addr"]:
        d.text_line(s, 11)
    d.text_line("1-555-208-" + pat(r, "9999"), 11)
    d.ln(6)
    d.text_line(fd(f["date"], "nopad"), 11)
    d.ln(4)
    addr(d, [f"{ORG_SHORT} Appeals", ORG_ADDR], size=11)
    d.text_line(f"About my son {f['kid']} - Member ID {f['mid']} - PA {pa}", 11, "B")
    d.ln(3)
    paras(d, [
        "Dear Appeals Department,",
        f"My son is 11 years old and is shorter than every child in his class, including the second graders. "
        f"{ENDOS[2]} at {CLINIC} has followed him for two years and asked you to cover growth hormone. Your "
        "letter said it was not covered because his shortness has no known cause. I do not understand how a "
        "child who has grown less than 4 cm a year for two years is not a medical problem.",
        "His doctor is doing a second stimulation test next month. Please look at his growth chart, which I have "
        "attached, and please tell me what else you need from us.",
        "Thank you,", f["parent"]], size=11)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[pa],
              denial_date=f["date"].isoformat(), provider=ENDOS[2],
              unscored=["insurer", "appeal_deadline", "service_dates", "provider"])
    return pdf_bytes(d), t


def doc_scan_pharmacy(r):
    f = base(r, 3)
    acct = "FSP-" + pat(r, "999999")
    fills = [plus(f["date"], -r.randint(110, 118)), None, None, None]
    for i in range(1, 4):
        fills[i] = plus(fills[i - 1], 28)
    rx = pat(r, "9999999")
    price = fee(r, 3100, 3900)
    ins = [round(price - 25, 2), round(price - 25, 2), round(price - 25, 2), 0.0]
    total = price * 4
    d = Page(footer=f"{PHARM}  -  2201 Chinden Boulevard, Garden City, ID 83714  -  NCPDP 55{pat(r, '99999')}")
    d.add_page()
    letterhead(d, PHARM, ["2201 Chinden Boulevard, Garden City, ID 83714", "Patient care 1-555-604-7710  "
                          "Fax 1-555-604-7711"])
    d.text_line("PATIENT ACCOUNT STATEMENT", 12.5, "B")
    lv(d, [("Statement date", fd(f["date"], "dash")), ("Patient", f["kid"]), ("Responsible party", f["parent"]),
           ("Account", acct), ("Prescription", f"Rx {rx}  Somatropin 10 mg/1.5 mL pen"),
           ("Prescriber", ENDOS[0]), ("Insurance", f"{ORG_SHORT}  Member ID {f['mid']}")], w=42, size=9.3)
    rows = []
    for i, x in enumerate(fills):
        status = "Paid" if ins[i] else "Rejected: PA"
        rows.append([fd(x, "dash"), f"{i + 1} of 6", "4 pens", usd(price), usd(ins[i]),
                     usd(25.0 if ins[i] else price), status])
    rows.append(["", "", "Totals", usd(total), usd(sum(ins)), usd(total - sum(ins)), ""])
    wtable(d, ["Fill date", "Fill number", "Quantity", "Pharmacy charge", "Insurance paid", "Patient responsibility",
               "Claim status"], rows, [24, 18, 18, 28, 26, 30, 30], size=8.2,
           aligns=["L", "C", "C", "R", "R", "R", "L"], bold_last=True)
    paras(d, [
        f"The fill on {fd(fills[3], 'dash')} was rejected by your insurance because the prior authorization had "
        "ended. Your doctor has sent a renewal request. We have placed that fill on hold and will re-bill your "
        "insurance when the renewal is approved. You do not need to pay that amount now.",
        f"Amount due now: {usd(75.0)} (three copays). Pay online or call 1-555-604-7710."], size=9.2)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in fills], denial_date=f["date"].isoformat(), provider=PHARM,
              unscored=["insurer", "appeal_deadline"],
              alternates={"service_dates": [[fills[3].isoformat()]], "claim_amount": [f"{price:.2f}"],
                          "provider": [ENDOS[0]]})
    return pdf_bytes(d), t


def doc_copy_eob(r):
    f = base(r, 4)
    stmt = f["date"]
    c = [pat(r, "E9999999999") for _ in range(3)]
    s = [plus(stmt, -r.randint(30, 40)), plus(stmt, -r.randint(22, 28)), plus(stmt, -r.randint(12, 18))]
    a = [fee(r, 260, 380), fee(r, 140, 240), fee(r, 2600, 3400)]
    provs = [CLINIC, "Treasure Valley Pediatric Radiology", "Sawtooth Home Infusion"]
    d = Page(footer=f"{ORG}  -  Explanation of Benefits  -  THIS IS NOT A BILL")
    d.add_page()
    band(d, ORG, f"Explanation of Benefits  |  {ORG_ADDR}  |  {ORG_PHONE}", color=(40, 40, 40))
    lv(d, [("Issue date", fd(stmt, "upper")), ("Subscriber", f["parent"]), ("Patient", f["kid"]),
           ("Member ID", f["mid"]), ("Group", f["group"]),
           ("Processing period", f"{fd(plus(stmt, -21), 'upper')} - {fd(stmt, 'upper')}")], w=40, size=9.3)
    rows = [[c[0], fd(s[0], "slash"), provs[0], "New patient visit", usd(a[0], "nosign"), usd(a[0] * 0.8, "nosign"),
             ""],
            [c[1], fd(s[1], "slash"), provs[1], "Bone age x-ray", usd(a[1], "nosign"), usd(a[1] * 0.8, "nosign"), ""],
            [c[2], fd(s[2], "slash"), provs[2], "Somatropin J2941 x 30", usd(a[2], "nosign"), "0.00", "N22"]]
    wtable(d, ["Claim number", "Service date", "Provider", "Service", "Billed amount", "Plan paid",
               "Reason code"], rows, [26, 21, 50, 34, 18, 15, 16], size=7.6,
           aligns=["L", "L", "L", "L", "R", "R", "C"])
    paras(d, [
        f"N22 - Not covered. Growth hormone for idiopathic short stature is excluded under your plan "
        f"(Certificate of Coverage, Section 9.3). Claim {c[2]} is denied. You may owe the provider the billed "
        "amount.",
        "You may appeal a denied claim within 180 days of the issue date of this statement. Write to Wildrye "
        f"Health Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours. External review may be "
        "requested within 4 months of a final decision."], size=9)
    t = truth("eob", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"], member_name=f["kid"],
              case_numbers=[c[2]], claim_amount=f"{a[2]:.2f}", service_dates=[s[2].isoformat()],
              denial_date=stmt.isoformat(), provider=provs[2], appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def doc_rotated_approval(r):
    f = base(r, 5)
    pa = "PA" + pat(r, "99999999")
    prov = ENDOS[1]
    s0 = plus(f["date"], 1)
    s1 = plus(s0, 364)
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}", header=f"{f['kid']}  |  Member ID {f['mid']}  |  {pa}")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Prior Authorization Unit", ORG_ADDR, f"{ORG_PHONE}  (TTY 711)"], centred=True)
    d.text_line(fd(f["date"], "dmy"), 10)
    d.ln(2)
    addr(d, [f["parent"], *f["addr"]])
    d.text_line("PRIOR AUTHORIZATION APPROVED", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient", f["kid"]), ("Member ID", f["mid"]), ("Authorization number", pa), ("Prescriber", prov),
           ("Drug", "Somatropin 10 mg/1.5 mL pen"), ("Approved from", fd(s0, "dmy")),
           ("Approved through", fd(s1, "dmy"))], w=48, size=9.5)
    paras(d, [
        f"Dear {f['parent']}:",
        f"We earlier could not approve growth hormone for {f['kid']} because only one stimulation test had been "
        "done. {0} has now sent the results of a second test with a different agent (clonidine, peak 6.1 "
        "ng/mL) and a bone age x-ray. Both tests show growth hormone deficiency, which your plan covers. The "
        "request now meets our policy and is approved.".format(prov)], size=9.8)
    d.add_page()
    paras(d, [
        "#What happens next",
        f"Your prescription will be filled by {PHARM}, our specialty pharmacy. They will call you to set up "
        "delivery and injection training. Your specialty drug copay applies to each fill.",
        "#Renewal",
        "To continue treatment after this approval ends, the doctor must send a new request with a growth "
        "velocity measured over the past year. Send it 30 days before the approval ends.",
        f"Questions? Call {ORG_PHONE}, Monday to Friday, 7 a.m. to 7 p.m. Mountain time.",
        "Sincerely,", "Pharmacy Prior Authorization Unit", ORG], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[pa],
              service_dates=[f"{s0.isoformat()}/{s1.isoformat()}"], denial_date=f["date"].isoformat(),
              provider=prov, unscored=["appeal_deadline"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def stack_letter_and_upheld(r):
    f = base(r, 6)
    pa = "PA" + pat(r, "99999999")
    apl = "GA-" + pat(r, "999999")
    prov = ENDOS[2]
    lt = plus(f["date"], -r.randint(18, 26))
    e = Page(footer=f"{CLINIC}  -  {CLINIC_ADDR}")
    e.add_page()
    letterhead(e, CLINIC, [CLINIC_ADDR, "Phone 1-555-871-4400   Fax 1-555-871-4401"])
    e.text_line(fd(lt, "slash"), 10)
    e.ln(2)
    addr(e, [f"{ORG_SHORT} Appeals", ORG_ADDR])
    e.text_line(f"Re: {f['kid']}, DOB {fd(f['dob'], 'slash')}, Member ID {f['mid']}, PA {pa}", 10, "B")
    e.ln(2)
    paras(e, [
        "Letter of medical necessity - appeal",
        f"I am the pediatric endocrinologist caring for {f['kid']}. His height is 3.1 standard deviations below "
        "the mean and his predicted adult height is well below his genetic target. His stimulation test was "
        "normal, and I agree his short stature is idiopathic. Somatropin is FDA-approved for idiopathic short "
        "stature, and an average gain of 4 to 7 cm in adult height is expected. I ask that you make an exception "
        "to the exclusion for this child.",
        "Sincerely,", prov, CLINIC], size=10)
    t1 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[pa],
               denial_date=lt.isoformat(), provider=prov, unscored=["insurer", "appeal_deadline", "service_dates"])
    d = Page(footer=f"{ORG}  -  Appeals and Grievances  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, "Appeals and Grievances  |  First-Level Appeal Decision", color=(60, 40, 20))
    d.text_line(fd(f["date"], "long"), 10)
    d.ln(2)
    addr(d, [f["parent"], *f["addr"]])
    top, bot = sidebar(d, [("Appeal number", apl), ("Original request", pa), ("Patient", f["kid"]),
                           ("Member ID", f["mid"]), ("Group", f["group"]), ("Appeal received", fd(lt, "long")),
                           ("Prescriber", prov)], w=56)
    d.set_xy(74, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "DECISION: DENIAL UPHELD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(74)
    d.font(9.5)
    d.multi_cell(0, 4.7, f"We reviewed the appeal for growth hormone for {f['kid']}, including the letter from "
                 f"{prov}. A pediatric endocrinologist who did not make the first decision reviewed the file. "
                 "The records confirm idiopathic short stature. Your plan excludes growth hormone for idiopathic "
                 "short stature, and the plan does not allow exceptions to a listed exclusion. The denial is "
                 "upheld.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, [
        "#Second-level appeal",
        f"You may ask for a second-level appeal within 60 days of the date of this letter. Write to {ORG_SHORT} "
        f"Appeals, {ORG_ADDR}. If waiting could seriously harm your child's health, ask for an urgent appeal "
        "(72 hours). You may also ask for an independent external review within 4 months of our final decision."],
        size=9.4)
    t2 = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
               member_name=f["kid"], case_numbers=[apl, pa], denial_date=f["date"].isoformat(), provider=prov,
               appeal_deadline=plus(f["date"], 60).isoformat())
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], ["duplex", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_letter_and_upheld(r(6))
    return [
        Item(f"{FAMILY}_bd_pa_denial_boxed_grid", "born_digital", [doc_bd_iss(r(0))]),
        Item(f"{FAMILY}_faxstd_second_stim_test_missing_prose", "fax_standard_g4", [doc_fax_stimtest(r(1))]),
        Item(f"{FAMILY}_photo_parent_letter", "phone_photo", [doc_photo_parent(r(2))]),
        Item(f"{FAMILY}_scan300_specialty_pharmacy_fills", "scan_clean_300", [doc_scan_pharmacy(r(3))]),
        Item(f"{FAMILY}_copy_eob_three_claims_somatropin_denied", "photocopy", [doc_copy_eob(r(4))]),
        Item(f"{FAMILY}_rotated_two_page_approval_after_second_test", "rotated", [doc_rotated_approval(r(5))]),
        Item(f"{FAMILY}_lowres_stack_endo_letter_and_appeal_upheld", "scan_lowres_150", docs, separators=seps,
             turns={(1, 0): 180}),
    ]
