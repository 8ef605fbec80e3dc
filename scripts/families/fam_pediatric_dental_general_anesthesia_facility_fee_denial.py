"""Family 'pediatric_dental_general_anesthesia_facility_fee_denial': an invented commercial medical plan refusing the
surgery-center facility fee and the anesthesia for a young child's dental rehabilitation under general anesthesia
(the medical plan covers them only under an age limit or with a qualifying condition; the dental work itself belongs
to the dental plan), with the dental plan, the surgery center and the pediatric dentist in the mailbag.

Documents: born-digital pre-service denial (age limit, label column); standard-fax member EOB with three claims
(pre-op visit and anesthesiologist paid, facility fee refused); phone photo of the surgery center's statement;
sideways pediatric dentist's letter of medical necessity to the medical plan (denies nothing); photocopied appeal
decision upholding the refusal, told only in sentences; scanned claim notice refusing anesthesia billed without
precertification (boxed grid); a low-resolution stack of the dental plan's EOB (general anesthesia lines refused as a
medical-plan benefit, blank separator after it) and the medical plan's overturned-appeal approval fed upside down.
Issuers (invented): Starling Crest Health Insurance Company (medical), Bellflower Dental Plans (dental).
Every person, ID, phone (555) and date is invented.
Decoys: child's DOB and age, subscriber (parent) vs patient, NPIs, CDT and CPT codes, tooth numbers, the
request-received date, 72-hour and external-review limits, the policy number of the medical policy, other claims.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import fmt_date, fmt_money, iso, pdf_bytes, truth
from kit_roundcy_famcyc import Page, address_block, dg, kv, shaded

FAMILY = "pediatric_dental_general_anesthesia_facility_fee_denial"
LANG = "en"
SEED = 349402
PLAN = "Starling Crest Health Insurance Company"
PLAN_ADDR = "PO Box 77120, Omaha, NE 68176"
DENTAL = "Bellflower Dental Plans"
ASC = "Gullwing Surgery Center"
PRACTICE = "Quarry Hill Pediatric Dentistry"
POLICY = "MP-DEN-014"
CHILDREN = ["Mateo J. Greer", "Odette R. Lomax", "Kwame T. Oduya", "Brianna L. Szabo", "Theo M. Underhill",
            "Leticia A. Trevino", "Jasper N. Winslow"]
PARENTS = ["Colin Greer", "Yolanda Lomax", "Anselm Oduya", "Mei Szabo", "Ingrid Underhill", "Ramón Trevino",
           "Harriet Winslow"]
DENTISTS = ["Beatriz S. Kessler", "Wendell H. Prescott", "Naomi F. Rutledge", "Gideon P. Abernathy"]
ANESTH = "Ezra C. Holloway"


def facts(k: int, ds: str) -> dict:
    r = random.Random(SEED * 10 + k)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    age = r.choice([6, 7, 8])
    return dict(r=r, ds=ds, notice=notice, child=CHILDREN[k], parent=PARENTS[k], dentist=DENTISTS[k % 4],
                received=notice - dt.timedelta(days=r.randint(3, 9)),
                planned=notice + dt.timedelta(days=r.randint(9, 30)),
                dob=dt.date(notice.year - age, r.randint(1, 12), r.randint(1, 28)), age=age,
                mid="SCH" + dg(r, 8) + "02", group="G-" + dg(r, 5), auth="PX" + dg(r, 9),
                claim="26" + dg(r, 11), npi=r.choice("12") + dg(r, 9), phone=f"1-555-02{r.randint(0, 9)}-{dg(r, 4)}",
                fax=f"1-555-02{r.randint(0, 9)}-{dg(r, 4)}",
                street=f"{r.randint(100, 9800)} {r.choice(['Birchwood Lane', 'Quarry Street', 'Lantern Way'])}",
                town=r.choice(["Lincoln, NE 68502", "Council Bluffs, IA 51501", "Kearney, NE 68847"]))


def D(f, d, style=None):
    return fmt_date(d, style or f["ds"])


def plus(d, n):
    return d + dt.timedelta(days=n)


def letterhead(d, f):
    d.font(15, "B")
    d.cell(0, 7, "STARLING CREST", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 4, f"Health Insurance Company  -  {PLAN_ADDR}  -  Customer Service {f['phone']}", new_x="LMARGIN",
           new_y="NEXT")
    d.rule(0.8, 5)


# ---- 1: pre-service denial, age limit (born digital, label column) ----------------------------------------
def doc_preservice():
    f = facts(0, "long")
    d = Page(footer=f"{PLAN}  |  {POLICY}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    address_block(d, [f"Parent or guardian of {f['child']}", f["street"], f["town"]])
    d.text_line("Notice of Adverse Benefit Determination - Pre-Service", 13, "B")
    d.ln(1)
    kv(d, [("Patient", f"{f['child']}  (age {f['age']})"), ("Patient date of birth", D(f, f["dob"], "slash")),
           ("Subscriber", f["parent"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
           ("Reference number", f["auth"]), ("Request received", D(f, f["received"], "slash")),
           ("Requesting provider", f"{f['dentist']}, DDS, {PRACTICE}"),
           ("Facility", f"{ASC} (outpatient)"),
           ("Services", "Facility fee (CPT 41899) and general anesthesia (CPT 00170) for dental treatment"),
           ("Planned date of service", D(f, f["planned"], "slash"))], 52)
    shaded(d, "Decision: NOT APPROVED - these services are not covered under your medical plan.")
    d.para(f"Reason: Your medical plan pays the facility and anesthesia charges for dental care done under general "
           f"anesthesia only for a child under age 5, or for a member of any age with a severe medical or "
           f"behavioral condition that makes treatment in the dental office unsafe (Certificate of Coverage, "
           f"Section 7.4, Dental Services; medical policy {POLICY}). The patient is {f['age']} years old and the "
           "request does not describe such a condition. The dental treatment itself is a dental-plan benefit.", 9.3)
    d.text_line("Your right to appeal", 10.5, "B")
    d.para(f"You may appeal within 180 days of the date of this letter by writing to Starling Crest Appeals, "
           f"{PLAN_ADDR}, or fax {f['fax']}. If the child's health could be seriously harmed by waiting, ask for an "
           "expedited appeal; we decide those within 72 hours. After our final decision you may ask for an external "
           "review within 4 months. You may ask for free copies of the policy and records we used.", 9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=f["mid"], group_number=f["group"],
              member_name=f["child"], case_numbers=[f["auth"]], service_dates=[iso(f["planned"])],
              denial_date=iso(f["notice"]), provider=f["dentist"], appeal_deadline=iso(plus(f["notice"], 180)),
              alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


# ---- 2: member EOB, three claims, facility fee refused (standard fax) -------------------------------------
def doc_eob():
    f = facts(1, "iso")
    r = f["r"]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    pre = dos - dt.timedelta(days=r.randint(5, 12))
    lines = [(pre, "Kinder Bluff Pediatrics", "Pre-op exam 99393", 245.00, 198.40, "A1"),
             (dos, f"{ANESTH}, MD", "Anesthesia 00170, 9 units", 1310.00, 880.00, "A1"),
             (dos, ASC, "Facility fee 41899", float(f"{r.randint(2900, 5200)}.{r.choice(['00', '50'])}"), 0.0, "D7")]
    rows, cls = [], []
    for dd, prov, svc, billed, paid, code in lines:
        cl = "26" + dg(r, 11)
        cls.append(cl)
        rows.append([D(f, dd, "slash"), cl, prov, svc, fmt_money(billed), fmt_money(paid),
                     fmt_money(0 if code == "A1" else billed), code])
    d = Page(orientation="L")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 14, "B")
    d.ln(1)
    kv(d, [("Statement date:", D(f, f["notice"])), ("Subscriber:", f["parent"]), ("Patient:", f["child"]),
           ("Member ID:", f["mid"]), ("Group:", f["group"])], 38, 9.4)
    d.table(["Date", "Claim number", "Provider", "Service", "Billed", "Paid", "Your share", "Note"], rows,
            [24, 38, 50, 50, 26, 26, 26, 14], 8.6, aligns="LLLLRRRL", border_head="TB")
    d.para("A1 - Paid under your medical benefits after your copay or coinsurance.", 8.8)
    d.para("D7 - Denied. Facility charges for dental treatment are not covered by this medical plan for a patient "
           "age 5 or older without a qualifying medical condition. Send the claim to the patient's dental plan.",
           8.8)
    d.para("To appeal a denied claim, write to us within 180 days of the date of this statement. Keep this statement "
           "for your records.", 8.8)
    t = truth("eob", "not_covered", insurer=PLAN, member_id=f["mid"], group_number=f["group"],
              member_name=f["child"], case_numbers=[cls[2]], claim_amount=f"{lines[2][3]:.2f}",
              service_dates=[iso(dos)], denial_date=iso(f["notice"]), provider=ASC,
              appeal_deadline=iso(plus(f["notice"], 180)))
    return pdf_bytes(d), t


# ---- 3: surgery center statement (phone photo) -------------------------------------------------------------
def doc_statement():
    f = facts(2, "abbr")
    r = f["r"]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 60))
    fee = float(f"{r.randint(2600, 4800)}.{r.choice(['00', '75'])}")
    sup = float(f"{r.randint(90, 240)}.00")
    acct = "GW-" + dg(r, 7)
    d = Page()
    d.add_page()
    d.font(16, "B")
    d.cell(110, 8, ASC)
    d.font(9)
    d.cell(0, 5, "STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("1880 Old Mill Road, Lincoln, NE 68510   Billing 1-555-021-8800", 8.5)
    d.ln(4)
    kv(d, [("Statement date", D(f, f["notice"])), ("Account no.", acct), ("Guarantor", f["parent"]),
           ("Patient", f["child"]), ("Insurance", f"{PLAN}  ID {f['mid']}"),
           ("Surgeon", f"{f['dentist']}, DDS")], 40, 9.6, False)
    d.table(["Date", "Description", "Charges", "Insurance", "Balance"],
            [[D(f, dos, "slash"), "Operating room, dental rehabilitation 41899", fmt_money(fee, "nosign"),
              "0.00", fmt_money(fee, "nosign")],
             [D(f, dos, "slash"), "Recovery room and supplies", fmt_money(sup, "nosign"), "0.00",
              fmt_money(sup, "nosign")],
             ["", "*Amount due", "", "", fmt_money(fee + sup, "nosign")]],
            [24, 86, 24, 22, 24], 9, aligns="LLRRR")
    d.para(f"Your insurance, {PLAN}, denied the operating room charge as a dental service. We have sent the claim "
           f"to {DENTAL}. If the dental plan does not pay within 45 days, the balance becomes yours. Call us to set "
           "up a payment plan.", 9.2)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["child"], case_numbers=[],
              claim_amount=f"{fee:.2f}", service_dates=[iso(dos)], denial_date=iso(f["notice"]), provider=ASC,
              alternates={"claim_amount": [f"{fee + sup:.2f}"], "provider": [f["dentist"]]},
              unscored=["insurer"])
    return pdf_bytes(d), t


# ---- 4: pediatric dentist letter of medical necessity (rotated) --------------------------------------------
def doc_dentist_letter():
    f = facts(3, "slash")
    sent = f["notice"]
    d = Page()
    d.add_page()
    d.text_line(PRACTICE, 15, "B")
    d.text_line(f"{f['dentist']}, DDS, MS  -  Diplomate, American Board of Pediatric Dentistry", 9)
    d.text_line(f"620 Quarry Hill Drive, Lincoln, NE 68516   Phone 1-555-024-6200   Fax {f['fax']}", 8.5)
    d.rule(0.5, 4)
    d.text_line(D(f, sent), 10)
    d.ln(2)
    for ln in ("Starling Crest Health Insurance Company", "Utilization Review - Medical Necessity", PLAN_ADDR):
        d.text_line(ln, 10)
    d.ln(3)
    kv(d, [("Patient:", f"{f['child']}   DOB {D(f, f['dob'])}"), ("Member ID:", f["mid"]),
           ("Requested date:", D(f, f["planned"]))], 34, 9.6)
    d.para(f"I am asking you to approve the outpatient facility and general anesthesia for my patient, who is "
           f"{f['age']} years old and has autism spectrum disorder with severe sensory aversion. An attempt at "
           "treatment in the office with nitrous oxide and protective stabilization had to be stopped after "
           "ten minutes. The child has early childhood caries on eleven teeth, two with abscesses.")
    d.para("Treating this many teeth in the office would take at least six visits, each needing restraint, and "
           "would not be safe. One visit under general anesthesia at the surgery center is the standard of care "
           "(AAPD guideline on behavior guidance).")
    d.para("The office notes, radiographs and the developmental pediatrician's letter are enclosed. My NPI is "
           f"{f['npi']}.")
    d.ln(4)
    d.text_line(f"{f['dentist']}, DDS", 10)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["child"], case_numbers=[],
              service_dates=[iso(f["planned"])], denial_date=iso(sent), provider=f["dentist"],
              alternates={"insurer": [PLAN], "service_dates": [[]]}, unscored=["insurer"])
    return pdf_bytes(d), t


# ---- 5: appeal upheld, sentences only (photocopy) ----------------------------------------------------------
def doc_upheld():
    f = facts(4, "long")
    dec = f["notice"]
    first = dec - dt.timedelta(days=41)
    apl = "APL-" + dg(f["r"], 7)
    d = Page()
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, dec), 10)
    d.ln(2)
    address_block(d, [f["parent"], f["street"], f["town"]])
    d.text_line(f"Dear {f['parent']}:", 10)
    d.ln(1)
    d.para(f"We have reviewed the appeal you sent for your child, {f['child']}, about the general anesthesia and "
           f"surgery-center charges that {f['dentist']}, DDS, asked to schedule for {D(f, f['planned'])}. We "
           f"refer to your appeal as {apl}, and the first decision, dated {D(f, first)}, as reference "
           f"{f['auth']}.")
    d.para("A pediatric dentist who was not involved in the first decision reviewed the dental chart and x-rays. "
           f"The records show cavities on three primary teeth and that your child, who is {f['age']}, sat for a "
           "cleaning and x-rays in the office. The reviewer found that the treatment can be done safely in the "
           "dental office with local anesthetic and, if needed, nitrous oxide. General anesthesia in a facility "
           "is not medically necessary for your child, so we are upholding the denial.")
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may instead ask for an external review by an independent review organization within 4 months. The "
           f"member ID on your plan is {f['mid']}. Call {f['phone']} with questions.")
    d.ln(3)
    d.text_line("Member Appeals Unit", 10)
    d.text_line(PLAN, 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["child"],
              case_numbers=[apl, f["auth"]], service_dates=[iso(f["planned"])], denial_date=iso(dec),
              provider=f["dentist"], appeal_deadline=iso(plus(dec, 60)),
              alternates={"case_numbers": [[apl]]})
    return pdf_bytes(d), t


# ---- 6: anesthesia claim refused, no precertification (boxed grid, scan 300) ------------------------------
def doc_anesthesia_pa():
    f = facts(5, "upper")
    r = f["r"]
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 35))
    billed = float(f"{r.randint(980, 1900)}.{r.choice(['00', '40'])}")
    d = Page()
    d.add_page()
    letterhead(d, f)
    d.text_line("CLAIM DETERMINATION NOTICE", 13, "B", "C")
    d.ln(2)
    d.boxes([("Notice date", D(f, f["notice"]), 40), ("Claim number", f["claim"], 48), ("Member ID", f["mid"], 46),
             ("Group", f["group"], 40)])
    d.boxes([("Patient", f["child"], 64), ("Date of birth", D(f, f["dob"], "slash"), 34),
             ("Date of service", D(f, dos), 36), ("Billed amount", fmt_money(billed, "usd"), 40)])
    d.boxes([("Rendering provider", f"{ANESTH}, MD", 64), ("Service", "Anesthesia for dental rehab 00170", 70),
             ("NPI", f["npi"], 40)])
    d.ln(4)
    d.text_line("Decision: DENIED", 11, "B")
    d.para("General anesthesia for dental treatment requires precertification under your medical plan "
           f"(Certificate of Coverage, Section 7.4; medical policy {POLICY}). We did not receive a precertification "
           "request before the service. Because the anesthesia was given in an outpatient surgery center for a "
           "scheduled procedure, we cannot review it as an emergency.", 9.4)
    d.para("The anesthesiologist may ask for a retrospective review by sending the dental and medical records. "
           "If you disagree with this decision, you may appeal within 180 days after you receive this notice.", 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=f["mid"], group_number=f["group"],
              member_name=f["child"], case_numbers=[f["claim"]], claim_amount=f"{billed:.2f}",
              service_dates=[iso(dos)], denial_date=iso(f["notice"]), provider=ANESTH, appeal_deadline=None)
    return pdf_bytes(d), t


# ---- 7: stack: dental plan EOB (GA lines refused) + medical plan overturned-appeal approval --------------
def doc_dental_eob(f):
    r = random.Random(f["auth"])
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    stmt = f["notice"]
    dmid = "BDP" + dg(r, 9)
    dclaim = "D" + dg(r, 10)
    lines = [("D2930", "A", "Stainless steel crown, primary", 295.00, 236.00),
             ("D2930", "L", "Stainless steel crown, primary", 295.00, 236.00),
             ("D3220", "A", "Pulpotomy", 210.00, 168.00),
             ("D9222", "", "Deep sedation/general anesthesia, first 15 min", 420.00, 0.0),
             ("D9223", "", "Deep sedation/general anesthesia, each add'l 15 min", 1050.00, 0.0)]
    rows = [[D(f, dos, "dmy"), c, t, desc, fmt_money(b), fmt_money(p), "GA9" if p == 0 else ""]
            for c, t, desc, b, p in lines]
    total = sum(b for *_, b, _ in lines)
    d = Page()
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, DENTAL, new_x="LMARGIN", new_y="NEXT")
    d.text_line("PO Box 4410, Topeka, KS 66601   1-555-027-4410", 8.5)
    d.rule(0.5, 3)
    d.text_line("DENTAL EXPLANATION OF BENEFITS", 12.5, "B")
    kv(d, [("Date issued", D(f, stmt, "dmy")), ("Patient", f["child"]), ("Subscriber", f["parent"]),
           ("Dental ID", dmid), ("Claim no.", dclaim), ("Treating dentist", f"{f['dentist']}, DDS")], 36, 9.2)
    d.table(["Date", "CDT", "Tooth", "Procedure", "Submitted", "Paid", "Note"], rows, [24, 16, 12, 66, 22, 20, 14],
            8.4, aligns="LLLLRRL")
    d.para(f"Claim total submitted: {fmt_money(total)}.", 9)
    d.para("GA9 - General anesthesia for dental treatment is not a benefit of this dental plan for this patient; it "
           "may be a benefit of the patient's medical plan. Submit these lines to the medical carrier.", 8.8)
    d.para("You may request a review of this decision in writing within 180 days of receiving this statement.", 8.8)
    t = truth("eob", "not_covered", insurer=DENTAL, member_id=dmid, member_name=f["child"], case_numbers=[dclaim],
              claim_amount=f"{total:.2f}", service_dates=[iso(dos)], denial_date=iso(stmt), provider=f["dentist"],
              alternates={"claim_amount": ["1470.00"]}, denial_alternates=["other"])
    return pdf_bytes(d), t, dos


def doc_overturned(f, dos):
    dec = plus(f["notice"], 19)
    apl = "APL-" + dg(random.Random(f["claim"]), 7)
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, dec), 10)
    d.ln(2)
    address_block(d, [f["parent"], f["street"], f["town"]])
    d.text_line("Appeal Decision: Approved", 13, "B")
    d.ln(1)
    kv(d, [("Patient", f["child"]), ("Member ID", f["mid"]), ("Appeal number", apl), ("Claim", f["claim"]),
           ("Provider", ASC), ("Date of service", D(f, dos))], 40)
    d.para("We have overturned our earlier denial of the surgery-center facility charge. The records sent with your "
           "appeal show that your son has a seizure disorder that makes treatment in the dental office unsafe, "
           "which meets the condition in Section 7.4 of your Certificate of Coverage. We will reprocess the claim "
           "and send a new Explanation of Benefits. The dental plan's payment for the dental procedures is not "
           "affected.", 9.4)
    d.para(f"No further action is needed. Questions: {f['phone']}.", 9.4)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["child"], case_numbers=[apl, f["claim"]],
              service_dates=[iso(dos)], denial_date=iso(dec), provider=ASC,
              alternates={"provider": [f["dentist"]], "case_numbers": [[apl]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    fs = facts(6, "slash")
    eob_pdf, eob_t, dos = doc_dental_eob(fs)
    return [
        Item(f"{FAMILY}_bd_preservice_age_limit", "born_digital", [doc_preservice()]),
        Item(f"{FAMILY}_faxstd_eob_three_claims_facility_denied", "fax_standard_g4", [doc_eob()]),
        Item(f"{FAMILY}_photo_surgery_center_statement", "phone_photo", [doc_statement()]),
        Item(f"{FAMILY}_rotated_dentist_medical_necessity_letter", "rotated", [doc_dentist_letter()]),
        Item(f"{FAMILY}_copy_appeal_upheld_prose", "photocopy", [doc_upheld()]),
        Item(f"{FAMILY}_scan300_anesthesia_no_precert", "scan_clean_300", [doc_anesthesia_pa()]),
        Item(f"{FAMILY}_lowres_stack_dental_eob_and_approval", "scan_lowres_150",
             [(eob_pdf, eob_t), doc_overturned(fs, dos)], separators=["blank", None], turns={(1, 0): 180}),
    ]
