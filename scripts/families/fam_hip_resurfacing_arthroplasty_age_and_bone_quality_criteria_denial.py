"""Family 'hip_resurfacing_arthroplasty_age_and_bone_quality_criteria_denial': an invented commercial plan refusing
hip resurfacing arthroplasty because the patient is past the medical policy's age limit or has poor bone quality on
a bone density scan, with a total hip arthroplasty offered or approved instead.

Documents: a born-digital pre-service denial (label column, right-hand plan block) for the age criterion; a
fine-fax claim denial told only in sentences for the bone-density criterion, with the approved total hip's number as
a decoy; a phone photo of an EOB with three claims, the surgery center's resurfacing claim refused; a 300 dpi stack
(the surgeon's letter of medical necessity to the plan, a blank separator, the anesthesia group's bill with the
plan's refusal); a sideways overturned appeal approving the resurfacing (denies nothing); a photocopied two-page
upheld first-level appeal with a shaded sidebar and running header (second-level appeal within 60 days); a
born-digital surgery center patient statement with one line refused. All values invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundda_famdad import (Doc, addr, band, faxline, fd, lv, money, paras, pat, pdf_bytes, plus, sidebar,
                                truth, wrap_table)

FAMILY = "hip_resurfacing_arthroplasty_age_and_bone_quality_criteria_denial"
LANG = "en"
SEED = 349803
ORG = "Orrisbrook Mutual Health"
ORG_ADDR = "PO Box 61840, Harrisburg, PA 17106"
PLAN = "Orrisbrook Choice PPO 2500"
SURGEONS = ["Dr. Everett J. Kowalski", "Dr. Simone R. Adeyemi", "Dr. Garrett L. Whitcombe", "Dr. Priya N. Dasgupta",
            "Dr. Mateus O. Ferreira", "Dr. Helga T. Brandvold", "Dr. Conrad W. Ashby"]
PATIENTS = ["Dwayne R. Halverson", "Marjorie E. Castellano", "Leopold S. Fenwick", "Trudy A. Okafor",
            "Sylvester K. Brannigan", "Octavia L. Merriweather", "Ansel P. Whitlock"]
CENTER = "Susquehanna Joint Surgery Center"
ANES = "Keystone Valley Anesthesia Associates"


def base(r, k, age=None):
    n = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    f = dict(notice=n, patient=PATIENTS[k], surgeon=SURGEONS[k], mid=pat(r, "OMH999999999"),
                group=pat(r, "G-99999"), phone=f"1-866-555-{r.randint(1000, 9999)}",
                npi=r.choice("12") + pat(r, "999999999"),
                dob=dt.date(r.randint(1956, 1972), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(100, 9800)} Conodoguinet Drive", "Camp Hill, PA 17011"])
    if age:
        f["dob"] = n.replace(year=n.year - age, day=1) - dt.timedelta(days=r.randint(30, 300))
    return f


def doc_age_preservice_bd(r):
    f = base(r, 0, age=66)
    ref = pat(r, "PR-9999999")
    planned = plus(f["notice"], 18)
    got = plus(f["notice"], -6)
    d = Doc(footer=f"{ORG}  -  {PLAN}  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, [f"Utilization Management  |  {ORG_ADDR}", f"Member Services {f['phone']}"])
    y = d.get_y()
    addr(d, [f["patient"], *f["addr"]])
    d.set_xy(120, y)
    for k, v in [("Letter date", fd(f["notice"], "long")), ("Member ID", f["mid"]), ("Group", f["group"]),
                 ("Plan", PLAN)]:
        d.set_x(120)
        d.font(8, "B")
        d.cell(26, 4.4, k)
        d.font(8.6)
        d.cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 24))
    d.text_line("Notice of Adverse Benefit Determination - Pre-service Request", 12, "B")
    d.ln(2)
    lv(d, [("Patient", f["patient"]), ("Date of birth", fd(f["dob"], "slash")), ("Reference number", ref),
           ("Requesting surgeon", f["surgeon"]), ("Surgeon NPI", f["npi"]), ("Facility", CENTER),
           ("Service requested", "Hip resurfacing arthroplasty, right hip (HCPCS S2118)"),
           ("Planned date", fd(planned, "long")), ("Request received", fd(got, "long")),
           ("Decision", "Denied")], w=42, size=9.4)
    paras(d, [
        f"Dear {f['patient']}:",
        "We reviewed the request from your surgeon for hip resurfacing. Our medical policy MP-ORTH-114 covers hip "
        "resurfacing only for members younger than 60 years of age with good bone stock. Your records show you "
        "are 66 years old. For patients past this age, resurfacing has a higher rate of femoral neck fracture and "
        "revision than a standard hip replacement. The request does not meet our criteria and is not medically "
        "necessary for you.",
        "A total hip arthroplasty (CPT 27130) meets our criteria for your arthritis. Your surgeon may request it "
        "by calling our Utilization Management line; it can usually be approved the same day.",
        "#Your right to appeal",
        "You may appeal within 180 days of the date of this letter. Send your appeal and any records to "
        f"{ORG} Appeals, {ORG_ADDR}. For urgent cases we decide expedited appeals within 72 hours. After our "
        "final decision you may ask for an independent external review within 4 months. You may ask for free "
        "copies of the policy and records we used."], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["patient"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surgeon"],
              appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [f["surgeon"][4:], CENTER]})
    return pdf_bytes(d), t


def doc_bone_prose_fax(r):
    f = base(r, 1)
    ref = pat(r, "UM-99-999999")
    tha = pat(r, "UM-99-999999")
    planned = plus(f["notice"], 25)
    d = Doc(footer=f"{ORG} | Clinical Review")
    d.add_page()
    faxline(d, f"{fd(f['notice'], 'upper_nc')}  11:{r.randint(10, 59)}  {ORG.upper()} UM  FAX 1-866-555-"
               f"{r.randint(1000, 9999)}  PAGE 1/1")
    d.ln(4)
    d.text_line(ORG, 15, "B")
    d.text_line(f"{ORG_ADDR}  -  {f['phone']}", 8.5)
    d.rule()
    d.ln(2)
    addr(d, [fd(f["notice"], "dmy"), "", f["patient"], *f["addr"]])
    paras(d, [
        f"Dear {f['patient']},",
        f"We are writing about the request {ref} that {f['surgeon']} sent us on your behalf to perform a hip "
        f"resurfacing arthroplasty on your left hip at {CENTER} on {fd(planned, 'dmy')}. Your member ID is "
        f"{f['mid']} under group {f['group']}.",
        "We cannot approve this surgery. The bone density scan in your records shows a femoral neck T-score of "
        "-2.7, which is in the range of osteoporosis. Our medical policy for hip resurfacing requires good bone "
        "quality, because the resurfaced femoral head rests on the patient's own bone and soft bone raises the "
        "risk that the femoral neck breaks. An orthopedic surgeon reviewed your case and found that hip "
        "resurfacing is not medically necessary for you.",
        f"We did approve a total hip arthroplasty on the same date, under number {tha}, which your surgeon "
        "also asked about. You do not need to do anything for that approval.",
        "If you disagree, you may appeal within 180 days of the date of this letter by writing to Orrisbrook "
        "Appeals at the address above or by calling us. If your health could be seriously harmed by waiting, ask "
        "for an expedited appeal and we will answer within 72 hours. You may also ask for the policy we used, "
        "free of charge.",
        "Sincerely,", "", "Clinical Review Department"], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["patient"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surgeon"],
              appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [f["surgeon"][4:], CENTER], "case_numbers": [[ref, tha]]})
    return pdf_bytes(d), t


def doc_eob_photo(r):
    f = base(r, 2)
    sub = "Walter J. " + f["patient"].split()[-1]
    sd = plus(f["notice"], -r.randint(30, 45))
    provs = [("Capital Area Orthopedics", sd - dt.timedelta(days=21), 265.0, 148.2, "Paid"),
             ("Cumberland Bone Density Center", sd - dt.timedelta(days=14), 312.5, 201.75, "Paid"),
             (CENTER, sd, 24860.0, 0.0, "Denied - R47")]
    rows, cl = [], []
    for p, s, amt, paid, st in provs:
        c = pat(r, "99999999999")
        cl.append(c)
        rows.append([c, p, fd(s, "slash"), money(amt), money(paid), st])
    d = Doc(footer=f"{ORG}  |  {PLAN}  |  Explanation of Benefits")
    d.add_page()
    band(d, ORG, ["EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", f"Customer Service {f['phone']}"])
    lv(d, [("Statement date:", fd(f["notice"], "slash")), ("Subscriber:", sub), ("Patient:", f"{f['patient']} (spouse)"),
           ("Member ID:", f["mid"]), ("Group number:", f["group"]),
           ("Claims processed:", f"{fd(plus(f['notice'], -30), 'slash')} - {fd(plus(f['notice'], -2), 'slash')}")],
       w=40, size=9.2)
    wrap_table(d, ["Claim number", "Provider", "Service date", "Amount billed", "Plan paid", "Status / remark"],
               rows, [28, 54, 22, 24, 22, 28], aligns="LLLRRL", size=8.2)
    paras(d, [
        "#Remark codes",
        "R47  Hip resurfacing arthroplasty (S2118) does not meet the plan's medical policy for your age and bone "
        "quality. The pre-service request was denied as not medically necessary. Because the provider is in "
        "network, you may not be billed more than your cost share for covered services.",
        "#Appeals",
        f"You may appeal a denied claim within 180 days of the date of this statement. Write to {ORG} Appeals, "
        f"{ORG_ADDR}. External review is available within 4 months of a final internal decision."], size=8.8)
    t = truth("eob", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["patient"], case_numbers=[cl[2]], claim_amount="24860.00",
              service_dates=[sd.isoformat()], denial_date=f["notice"].isoformat(), provider=CENTER,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def stack_letter_and_anesthesia(r):
    f = base(r, 3, age=57)
    ref = pat(r, "PR-9999999")
    sdate = plus(f["notice"], -r.randint(55, 70))
    sd = plus(sdate, 45)
    ld = plus(sd, 10)
    e = Doc()
    e.add_page()
    e.text_line("Capital Area Orthopedics", 15, "B")
    e.text_line("Hip and Knee Preservation Service  |  4410 Derry Street, Harrisburg, PA 17111  |  (717) 555-0182",
                8.4)
    e.rule()
    e.ln(2)
    addr(e, [fd(ld, "long"), "", f"{ORG} Appeals", ORG_ADDR])
    lv(e, [("Patient:", f["patient"]), ("DOB:", fd(f["dob"], "slash")), ("Member ID:", f["mid"]),
           ("Reference:", ref)], w=30, size=9.6)
    paras(e, [
        "Letter of medical necessity: hip resurfacing arthroplasty, left hip",
        "To the reviewing physician:",
        f"{f['patient']} is a 57-year-old former roofer with end-stage osteoarthritis of the left hip. A DEXA scan "
        "last month showed a femoral neck T-score of -0.8, which is normal bone quality. The femoral head has no "
        "cysts larger than one centimeter and leg lengths are equal. The patient meets each criterion in your "
        "policy MP-ORTH-114 and wants to return to physical work.",
        "Resurfacing keeps the femoral neck and more bone for any later revision, which matters in a patient who "
        "may need a second operation in her seventies. I ask that you reverse the denial.",
        "Sincerely,", "", f["surgeon"], "Orthopaedic Surgery", f"NPI {f['npi']}"], size=9.8)
    t1 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["patient"], case_numbers=[ref],
               denial_date=ld.isoformat(), provider=f["surgeon"], unscored=["insurer", "service_dates"],
               alternates={"provider": [f["surgeon"][4:], "Capital Area Orthopedics"], "denial_date": [None]})
    # the anesthesia group's bill
    g = f
    acct = pat(r, "KVA-999999")
    clm = pat(r, "99999999999")
    lines = [("01214", "Anesthesia, open procedure hip joint; total hip or resurfacing", 2875.0),
             ("64447", "Femoral nerve block, single injection", 640.0)]
    total = sum(x[2] for x in lines)
    b = Doc(footer=f"{ANES}  |  Billing Office (717) 555-0119")
    b.add_page()
    band(b, ANES, ["1250 Market Street, Suite 3, Lemoyne, PA 17043", "Billing questions (717) 555-0119"],
         dark=False)
    b.text_line("PATIENT STATEMENT", 13, "B")
    lv(b, [("Statement date", fd(sd, "abbr")), ("Account number", acct), ("Patient", g["patient"]),
           ("Insurance", ORG), ("Insurance ID", g["mid"]), ("Insurance claim no.", clm),
           ("Anesthesiologist", "Dr. Raymond T. Ulrich")], w=40, size=9.2)
    wrap_table(b, ["Date of service", "Code", "Description", "Charges", "Insurance paid", "Balance"],
               [[fd(sdate, "slash"), c, desc, money(a, "flat"), money(0, "flat"), money(a, "flat")]
                for c, desc, a in lines] +
               [["*Total", "", "", money(total, "flat"), money(0, "flat"), money(total, "flat")]],
               [22, 14, 82, 20, 22, 20], aligns="LLLRRR")
    paras(b, [
        f"Your insurance, {ORG}, denied this claim. Their notice says the hip resurfacing was not medically "
        "necessary under their policy, so the anesthesia for it was denied too. If you have appealed, please call "
        "us and we will hold your account for 90 days.",
        f"AMOUNT DUE: {money(total, 'flat')}   Please pay by {fd(plus(sd, 30), 'slash')}."], size=9.2)
    t2 = truth("other", None, insurer=None, member_id=g["mid"], member_name=g["patient"], case_numbers=[clm],
               claim_amount=f"{total:.2f}", service_dates=[sdate.isoformat()], denial_date=sd.isoformat(),
               provider=ANES, unscored=["insurer"],
               alternates={"provider": ["Dr. Raymond T. Ulrich", "Raymond T. Ulrich"]})
    return [(pdf_bytes(e), t1), (pdf_bytes(b), t2)], ["blank", None]


def doc_overturned_rotated(r):
    f = base(r, 5, age=58)
    ref = pat(r, "PR-9999999")
    app = pat(r, "AP-26-99999")
    planned = plus(f["notice"], 30)
    d = Doc(footer=f"{ORG}  -  Appeals Department")
    d.add_page()
    band(d, ORG, [f"Appeals Department  |  {ORG_ADDR}", f"Member Services {f['phone']}"])
    lv(d, [("Date", fd(f["notice"], "iso")), ("Member", f["patient"]), ("Member ID", f["mid"]),
           ("Group no.", f["group"]), ("Appeal no.", app), ("Original reference", ref),
           ("Date of birth", fd(f["dob"], "iso"))], w=38)
    paras(d, [
        "APPEAL DECISION: APPROVED",
        f"Dear {f['patient']}:",
        f"You appealed our decision to deny hip resurfacing arthroplasty of the right hip requested by "
        f"{f['surgeon']}. We first denied it because we did not have a bone density result and your age is close "
        "to the limit in our medical policy.",
        "An orthopedic surgeon who was not involved in the first decision reviewed the new DEXA scan and the "
        "surgeon's notes. Your bone quality is normal and you are 58 years old. You meet the policy criteria. We "
        f"have reversed our decision and approved the surgery at {CENTER} on {fd(planned, 'iso')}.",
        "Your usual deductible and coinsurance apply. You do not need to do anything more.",
        "Sincerely,", "Appeals Department"], size=10)
    t = truth("other", None, insurer=ORG, group_number=f["group"], member_id=f["mid"], member_name=f["patient"],
              case_numbers=[app, ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=f["surgeon"],
              alternates={"provider": [f["surgeon"][4:], CENTER], "case_numbers": [[app]]})
    return pdf_bytes(d), t


def doc_upheld_two_page(r):
    f = base(r, 6)
    ref = pat(r, "PR-9999999")
    app = pat(r, "AP-26-99999")
    planned = plus(f["notice"], r.randint(20, 30))
    d = Doc(footer=f"{ORG}  |  {PLAN}  |  Page {{p}} of {{n}}",
            header=f"{f['patient']}  |  Member ID {f['mid']}  |  Appeal {app}")
    d.add_page()
    band(d, ORG, [f"Appeals Department  |  {ORG_ADDR}", f"Member Services {f['phone']}"])
    d.text_line("FIRST-LEVEL APPEAL DECISION", 13, "B")
    d.ln(2)
    x, w = sidebar(d, [("Decision date", fd(f["notice"], "upper")), ("Member", f["patient"]),
                       ("Member ID", f["mid"]), ("Group", f["group"]), ("Appeal number", app),
                       ("Original request", ref), ("Surgeon", f["surgeon"]),
                       ("Date of birth", fd(f["dob"], "upper")), ("Decision", "Upheld")], h=104)
    paras(d, [
        f"Dear {f['patient']}:",
        f"You asked us to reconsider our denial of hip resurfacing arthroplasty of the left hip, requested by "
        f"{f['surgeon']} for {fd(planned, 'upper')}.",
        "#What we reviewed",
        "Your appeal letter, the surgeon's office notes, X-rays and the bone density report, and our medical "
        "policy MP-ORTH-114 (Hip Resurfacing Arthroplasty).",
        "#Our decision",
        "A board-certified orthopedic surgeon who did not take part in the first decision reviewed your appeal. "
        "Your bone density report shows osteopenia of the femoral neck (T-score -2.2) and a femoral head cyst "
        "larger than one centimeter. The policy requires good bone stock without large cysts. Hip resurfacing is "
        "not medically necessary for you, and we are upholding our denial.",
        "A total hip arthroplasty remains approved for you if you and your surgeon choose it."],
        size=9.4, w=w, x=x)
    d.add_page()
    paras(d, [
        "#Second-level appeal",
        "You may ask for a second-level internal appeal within 60 days of the date of this letter. A panel that "
        "includes an orthopedic surgeon will review it. Send it to Orrisbrook Appeals, " + ORG_ADDR + ".",
        "#External review",
        "After our final decision, you may ask for an independent external review within 4 months. An expedited "
        "external review is decided within 72 hours.",
        "#Your rights",
        "You may ask for free copies of all documents, records and other information relevant to your claim, "
        "including the medical policy and the reviewer's credentials. Your plan is an employer plan covered by "
        "ERISA; you may have the right to bring a civil action under section 502(a) after you finish the "
        "appeals process. For help, call the Employee Benefits Security Administration at 1-866-444-3272."],
        size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["patient"], case_numbers=[app, ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surgeon"],
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [f["surgeon"][4:]]})
    return pdf_bytes(d), t


def doc_center_statement_bd(r):
    g = base(r, 4)
    sdate = plus(g["notice"], -r.randint(30, 50))
    sd = plus(sdate, 40)
    acct = pat(r, "SJS-9999999")
    lines = [("0360", "Operating room services, hip resurfacing", 14250.0, "Denied by plan"),
             ("0278", "Implant: resurfacing femoral head and acetabular cup", 9840.0, "Denied by plan"),
             ("0710", "Recovery room", 1180.0, "Paid by plan"),
             ("0250", "Pharmacy", 412.35, "Paid by plan")]
    total = sum(x[2] for x in lines)
    denied = lines[0][2] + lines[1][2]
    d = Doc(footer=f"{CENTER}  |  Patient Accounts (717) 555-0146  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, CENTER, ["2200 Linglestown Road, Harrisburg, PA 17110", "Patient Accounts (717) 555-0146"])
    d.text_line("STATEMENT OF ACCOUNT", 13, "B")
    lv(d, [("Statement date", fd(sd, "dash")), ("Account no.", acct), ("Patient", g["patient"]),
           ("Date of surgery", fd(sdate, "dash")), ("Surgeon", g["surgeon"]), ("Primary insurance", ORG),
           ("Member ID", g["mid"]), ("Group", g["group"])], w=40, size=9.2)
    wrap_table(d, ["Revenue code", "Description", "Charges", "Insurance status"],
               [[c, desc, money(a, "usd"), st] for c, desc, a, st in lines] +
               [["*Total charges", "", money(total, "usd"), ""]], [22, 92, 32, 34], aligns="LLRL")
    paras(d, [
        f"Insurance paid: {money(1592.35 * 0.7, 'usd')}    Adjustments: {money(1592.35 * 0.3, 'usd')}",
        f"Balance you owe: {money(denied, 'usd')}",
        f"{ORG} denied the operating room and implant charges as not medically necessary. You are responsible "
        "for the balance unless your appeal is approved. Call us to set up a payment plan."], size=9.2)
    t = truth("other", None, insurer=None, group_number=g["group"], member_id=g["mid"], member_name=g["patient"],
              claim_amount=f"{total:.2f}", service_dates=[sdate.isoformat()], denial_date=sd.isoformat(),
              provider=CENTER, unscored=["insurer"],
              alternates={"claim_amount": [f"{denied:.2f}"], "provider": [g["surgeon"]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_letter_and_anesthesia(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_age_criterion", "born_digital", [doc_age_preservice_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_bone_density_prose", "fax_fine_g4", [doc_bone_prose_fax(r(1))]),
        Item(f"{FAMILY}_photo_eob_three_claims_center_denied", "phone_photo", [doc_eob_photo(r(2))]),
        Item(f"{FAMILY}_scan_stack_surgeon_letter_and_anesthesia_bill", "scan_clean_300", docs, separators=seps),
        Item(f"{FAMILY}_rotated_overturned_appeal_approved", "rotated", [doc_overturned_rotated(r(5))]),
        Item(f"{FAMILY}_copy_two_page_upheld_appeal_sidebar", "photocopy", [doc_upheld_two_page(r(6))]),
        Item(f"{FAMILY}_bd_surgery_center_statement", "born_digital", [doc_center_statement_bd(r(7))]),
    ]
