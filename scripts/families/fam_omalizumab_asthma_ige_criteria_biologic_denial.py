"""Family 'omalizumab_asthma_ige_criteria_biologic_denial': omalizumab (anti-IgE biologic) for moderate-to-severe
allergic asthma refused because the pre-treatment serum IgE or the body weight falls outside the plan's criteria
(dosing table), seen as a specialty PBM prior authorization denial letter, a fax stack to the prescriber (the
medical plan's boxed determination + a specialty pharmacy "referral on hold" notice), a medical plan EOB with
three claims of which the in-office injection claim is refused, an upheld first-level appeal, an approval after
the second-level appeal (with the site of care named), a hospital outpatient site-of-care refusal and a
reauthorization refusal for no documented response. All values invented (PBM, plan, pharmacy, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "omalizumab_asthma_ige_criteria_biologic_denial"
LANG = "en"
SEED = 334100
PBM = "Ostara Specialty Pharmacy Solutions"
PLAN = "Marrowbrook Health Plan"
SPEC_RX = "Fernhollow Specialty Pharmacy"
DOCTORS = ["Dr. Priya N. Balasubramanian", "Dr. Owen K. Thackeray", "Dr. Celeste R. Amundsen",
           "Dr. Idris F. Mbeki", "Dr. Hollis J. Varga"]
PRACTICES = ["Riverbend Pulmonary & Allergy Associates", "Northfork Asthma and Sleep Center",
             "Clearwater Lung Specialists, PC", "Summit Ridge Allergy & Immunology"]
HOSPITAL = "St. Aurelia Hospital Outpatient Infusion Center"


def member(r: Rand) -> dict:
    nm, first, mid, last = r.person()
    return dict(member=nm, first=first, last=last, addr=r.address(), dob=r.date(dt.date(1968, 1, 1), 12000),
                ph=r.phone(), npi=r.npi(), doc=r.choice(DOCTORS), practice=r.choice(PRACTICES),
                mid=f"MBH{r.digits(9)}", grp=f"G-{r.digits(6)}")


# 1 -------------------------------------------------------------- PBM prior authorization denial (born digital, 2 pages)
def doc_pa_letter(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    case = f"PA-{r.digits(4)}-{r.digits(6)}"
    received = r.date(dt.date(2026, 1, 8), 45)
    notice = received + dt.timedelta(days=r.randint(2, 4))
    start = notice + dt.timedelta(days=r.randint(9, 20))
    ige = r.randint(11, 27)
    d = Doc(header=f"{PBM}  -  Case {case}  -  {f['member']}", footer="Page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PBM, 16, "B", h=8)
    d.text_line(f"Specialty pharmacy benefit manager for {PLAN} members", 9, h=4.5)
    d.text_line("2210 Harbor View Road, Macon, GA 31201   |   " + f["ph"] + "  (TTY 711)", 9, h=4.5)
    d.rule(0.6, 6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    for lab, val in [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
                     ("Date of birth", fmt_date(f["dob"], "slash")), ("Case number", case),
                     ("Drug requested", "omalizumab 150 mg/mL prefilled syringe"),
                     ("Requested start date", fmt_date(start, "slash"))]:
        d.font(9.5, "B")
        d.cell(42, 5.2, lab)
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination - Prior Authorization", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(received, 'long')} we received a prior authorization request from {f['doc']} for "
           "omalizumab injections to treat moderate-to-severe persistent allergic asthma. We reviewed the request "
           "against the plan's Anti-IgE Therapy clinical criteria (policy RX-ASTH-114).", 10.5)
    d.para(f"We denied the request. The criteria require a pre-treatment serum total IgE level between 30 and 700 "
           f"IU/mL. The laboratory result sent with the request shows a total IgE of {ige} IU/mL, which is below the "
           "range in which omalizumab can be dosed. Because this criterion is not met, the drug is not medically "
           "necessary for you under the plan's criteria. Other asthma biologics have different criteria; your "
           "doctor may ask us about them.", 10.5)
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You, your doctor or someone you name may appeal. We must receive your appeal within 180 days of the "
           "date of this letter. If waiting could seriously harm your health, ask for an expedited appeal: we "
           "will decide within 72 hours. After our final decision you may ask for an independent external review "
           "within 4 months.", 10.5)
    d.para(f"Prescriber NPI {f['npi']}. Request received {fmt_date(received, 'slash')}. HCPCS J2357.", 8.5)
    d.add_page()
    d.text_line("How to appeal", 11, "B", h=6.5)
    d.para(f"Mail or fax your appeal to {PBM}, Attn: Specialty Appeals, PO Box 50718, Macon, GA 31201, fax "
           f"1-866-555-0177. Include the case number and any new laboratory results (a repeat IgE level) or "
           "notes from your doctor.", 10)
    d.para("You may ask for free copies of the criteria we used and of all documents about this request. You may "
           "also ask for the diagnosis and treatment codes and their meanings.", 10)
    d.para("Sincerely,\n\nClinical Pharmacist Reviewer\n" + PBM, 10)
    t = truth("denial_letter", "medical_necessity", insurer=PBM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[case], service_dates=[iso(start)], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": [PLAN], "service_dates": [[]]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# 2 -------------------------------------------------------------- stack: plan determination fax + pharmacy hold notice
def doc_um_fax(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line(f"{PLAN.upper()}", 13, "B", h=7)
    d.text_line("Utilization Management - Medical Drug Review  -  fax 1-877-555-0162  -  phone 1-877-555-0160", 8.5,
                h=5)
    d.rule(0.5, 3)
    d.text_line("DETERMINATION NOTICE TO PRESCRIBER", 11, "B", h=7)
    d.boxes([("Notice date", fmt_date(f["notice"], "dmy"), 38), ("Review ID", f["case"], 44),
             ("Received", fmt_date(f["recv"], "dmy"), 38), ("Decision", "NOT APPROVED", 60)])
    d.boxes([("Prescriber", f["doc"], 70), ("NPI", f["npi"], 34), ("Patient", f["member"], 76)])
    d.boxes([("Member ID", f["mid"], 50), ("Group", f["grp"], 34), ("Service", "J2357 x 600 units q2wk", 52),
             ("Planned start", fmt_date(f["start"], "dmy"), 44)])
    d.ln(5)
    d.text_line("Clinical rationale", 10, "B", h=6)
    d.para(f"Omalizumab dosing is determined by pre-treatment serum IgE and body weight. Submitted values: IgE "
           f"{f['ige']} IU/mL, weight {f['kg']} kg. The plan's criteria (and the labeled dosing table) cover "
           "patients weighing 30 to 150 kg with IgE 30 to 700 IU/mL. The patient is outside the dosing table, so "
           "the requested regimen does not meet medical necessity criteria.", 9.5)
    d.text_line("Options", 10, "B", h=6)
    d.para("Peer-to-peer discussion: call within 5 business days of the notice date. Appeal: the member or the "
           "prescriber on the member's behalf may appeal within 60 days of the date of this notice. Expedited "
           "appeals are decided within 72 hours.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], service_dates=[iso(f["start"])],
              denial_date=iso(f["notice"]), provider=f["doc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)), alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def doc_hold_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    day = f["notice"] + dt.timedelta(days=r.randint(1, 3))
    d = Doc(margins=(24, 18, 24))
    d.add_page()
    d.text_line(SPEC_RX, 14, "B", h=7)
    d.text_line("Patient Intake & Benefits Team  -  Yuma, AZ 85364  -  1-855-555-0129", 9, h=5)
    d.ln(6)
    d.text_line(f"Date: {fmt_date(day, 'abbr')}", 10, h=6)
    d.text_line(f"Patient: {f['member']}", 10, h=6)
    d.text_line(f"Referral #: SRX-{r.digits(7)}", 10, h=6)
    d.ln(3)
    d.text_line("Your prescription referral is on hold", 12, "B", h=7)
    d.para(f"We received a new prescription for omalizumab from {f['doc']}. Before we can schedule delivery, your "
           f"health plan must approve the drug. Your plan ({PLAN}, member ID {f['mid']}) has not approved it yet. "
           "We have let your doctor's office know.", 10.5)
    d.para("This letter is not a decision by your health plan. We will call you when we hear from your doctor or "
           "your plan. If you would like to transfer the prescription to another pharmacy, call us.", 10.5)
    d.para("Patient assistance: ask us about manufacturer copay programs. Date of birth on file: "
           f"{fmt_date(f['dob'], 'slash')}.", 9.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], denial_date=iso(day), provider=f["doc"],
              unscored=["insurer"], alternates={"member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = member(r)
    recv = r.date(dt.date(2026, 2, 3), 40)
    notice = recv + dt.timedelta(days=r.randint(1, 3))
    f.update(recv=recv, notice=notice, start=notice + dt.timedelta(days=r.randint(10, 21)),
             case=f"UM{r.digits(9)}", ige=r.randint(180, 520), kg=r.randint(154, 171))
    return Item(f"{FAMILY}_faxs_stack", "fax_standard_g4", [doc_um_fax(r, f), doc_hold_notice(r, f)],
                separators=["cover", None])


# 3 -------------------------------------------------------------- medical plan EOB, three claims, injection refused
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    stmt = r.date(dt.date(2026, 3, 2), 30)
    dos = sorted(r.date(stmt - dt.timedelta(days=50), 30) for _ in range(3))
    claims = [f"{r.digits(2)}{r.letters(1)}{r.digits(8)}" for _ in range(3)]
    visit = [("99214", "Office visit, est. patient", float(r.amount(190, 260))),
             ("94060", "Spirometry before/after bronchodilator", float(r.amount(110, 180)))]
    lab = [("86003", "Allergen specific IgE, each", float(r.amount(20, 35))),
           ("82785", "Total IgE, serum", float(r.amount(30, 60)))]
    inj = [("J2357", "Omalizumab injection, 5 mg (60 units)", float(r.amount(2900, 4100))),
           ("96372", "Injection, subcutaneous", float(r.amount(35, 70)))]
    inj_total = round(sum(x[2] for x in inj), 2)
    d = Doc(footer=f"{PLAN}  -  Explanation of Benefits  -  page {{p}} of {{n}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 15, "B", h=8)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 10.5, "B", h=6)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=5)
    d.set_xy(118, y)
    for labl, val in [("Date issued", fmt_date(stmt, "abbr")), ("Member", f["member"]), ("Member ID", f["mid"]),
                      ("Group", f["grp"]), ("Customer service", f["ph"])]:
        d.set_x(118)
        d.font(8.5, "B")
        d.cell(30, 4.8, labl)
        d.font(8.5)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    lab_name = "Copper Valley Reference Laboratory"
    blocks = [(claims[0], f["practice"], dos[0], visit, "Paid", ""), (claims[1], lab_name, dos[1], lab, "Paid", ""),
              (claims[2], f["practice"], dos[2], inj, "Denied", "PA7")]
    order = [0, 2, 1] if r.random() < 0.5 else [1, 0, 2]
    for i in order:
        cl, prov, day, lines, st, code = blocks[i]
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {cl}   Provider: {prov}   Received {fmt_date(day + dt.timedelta(days=r.randint(4, 9)), 'slash')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code_, desc, amt in lines:
            paid = round(amt * 0.62, 2) if st == "Paid" else 0.0
            rows.append([fmt_date(day, "slash"), code_, desc, fmt_money(amt, "nosign"), m2(paid),
                         m2(round(amt * 0.1, 2) if st == "Paid" else 0), code or "-"])
        tot = sum(x[2] for x in lines)
        rows.append(["*Claim total", "", "", fmt_money(tot, "nosign"), "", "", st])
        d.table(["Service date", "Code", "Description", "Billed", "Plan paid", "You owe", "Note"], rows,
                [24, 16, 64, 22, 20, 18, 18], size=7.8, aligns="LLLRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para(f"PA7  This drug must be approved before it is given (prior authorization). We have no approved "
           f"authorization for omalizumab for {f['member']} on this date of service, so the claim from "
           f"{f['practice']} was denied. The provider may not bill you for this claim while an appeal is possible.",
           8.5)
    d.para("You may appeal any denied claim within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. Deductible met to date: $" + f"{r.randint(300, 1500)}.00 of $2,000.00.", 8.5)
    t = truth("eob", "prior_authorization", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claims[2]], claim_amount=m2(inj_total),
              service_dates=[iso(dos[2])], denial_date=iso(stmt), provider=f["practice"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 4 -------------------------------------------------------------- first-level appeal upheld (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    appeal, orig = f"AP-{r.digits(7)}", f"PA-{r.digits(4)}-{r.digits(6)}"
    decided = r.date(dt.date(2026, 3, 1), 45)
    got = decided - dt.timedelta(days=r.randint(14, 26))
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PBM, 15, "B", align="C", h=7)
    d.text_line("Specialty Appeals Unit  -  PO Box 50718, Macon, GA 31201", 9.5, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(decided, "upper"), 11, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(4)
    d.para(f"Re: Appeal number {appeal} / original case {orig}\nMember ID {f['mid']}   Group {f['grp']}", 10.5)
    d.text_line("First-level appeal decision: we upheld our denial", 11.5, "B", h=7)
    d.para(f"We received your appeal on {fmt_date(got, 'long')}. You asked us to approve omalizumab, which "
           f"{f['doc']} prescribed for your asthma. A board-certified allergist who was not involved in the first "
           "decision reviewed your appeal, the office notes and a repeat laboratory test.", 11)
    d.para(f"The repeat total IgE level was {r.randint(14, 26)} IU/mL. The plan's criteria require a level of at "
           "least 30 IU/mL before treatment, because the drug cannot be dosed below that level. Your asthma "
           "history and the use of high-dose inhaled steroids were taken into account. The drug remains not "
           "medically necessary under the criteria, so the denial is upheld.", 11)
    d.para("You may ask for a second-level appeal. Send it within 60 days of the date of this letter. You may "
           "also ask for an external review by an independent review organization within 4 months of this "
           "decision. Urgent cases are decided within 72 hours.", 11)
    d.para("Sincerely,\n\nAppeals Coordinator", 11)
    t = truth("denial_letter", "medical_necessity", insurer=PBM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, orig], denial_date=iso(decided), provider=f["doc"],
              appeal_deadline=iso(decided + dt.timedelta(days=60)), alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# 5 -------------------------------------------------------------- approval after second-level appeal (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    auth = f"AUTH{r.digits(8)}"
    issued = r.date(dt.date(2026, 3, 9), 40)
    start = issued + dt.timedelta(days=r.randint(3, 8))
    end = start + dt.timedelta(days=181)
    d = Doc(margins=(20, 18, 20))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(20, 14, 176, 14, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(24, 17)
    d.font(14, "B")
    d.cell(0, 8, PBM)
    d.set_text_color(0, 0, 0)
    d.set_xy(20, 32)
    d.text_line("Second-Level Appeal Decision: APPROVED", 12, "B", h=7)
    d.ln(2)
    d.text_line(f"Date of decision: {fmt_date(issued, 'iso')}", 10, h=6)
    d.text_line(f"Member: {f['member']}    ID: {f['mid']}", 10, h=6)
    d.ln(3)
    d.para(f"We have reversed our earlier denial. After review of the new information from {f['doc']}, including "
           "a repeat IgE level and eosinophil count, omalizumab is approved under authorization number "
           f"{auth}.", 10.5)
    d.para(f"The approval covers 375 mg every 2 weeks from {fmt_date(start, 'long')} through "
           f"{fmt_date(end, 'long')}. Site of care: the drug is approved for administration in your doctor's "
           f"office ({f['practice']}) or, after the first three doses, by self-injection at home. Administration "
           "in a hospital outpatient department is not part of this approval.", 10.5)
    d.para(f"{SPEC_RX} will call you to schedule delivery. To continue after the end date, your doctor must send "
           "a renewal request showing your asthma has improved. Questions: " + f["ph"] + ".", 10.5)
    t = truth("other", None, insurer=PBM, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(issued), provider=f["doc"],
              alternates={"service_dates": [[iso(start)], []], "provider": [f["practice"]]})
    return pdf_bytes(d), t


# 6 -------------------------------------------------------------- hospital outpatient site of care refused (rotated)
def doc_site_of_care(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    ref = f"SOC{r.digits(3)}-{r.digits(5)}"
    notice = r.date(dt.date(2026, 2, 16), 40)
    planned = notice + dt.timedelta(days=r.randint(7, 15))
    d = Doc(margins=(22, 18, 22))
    d.add_page()
    d.text_line(PLAN, 14, "B", h=7)
    d.text_line("Medical Drug Management  |  Site of Care Program", 9, h=5)
    d.rule(0.4, 5)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.para(f"Reference: {ref}\nMember number: {f['mid']}\nGroup number: {f['grp']}", 10)
    d.text_line("We approved the drug, but not the place you would receive it", 11.5, "B", h=7)
    d.para(f"{HOSPITAL} asked us to approve omalizumab injections for you starting {fmt_date(planned, 'long')}, "
           f"ordered by {f['doc']}. The drug itself meets our criteria. The request was to give the injections in "
           "the hospital's outpatient infusion center.", 10.5)
    d.para("Our site of care policy covers omalizumab in a hospital outpatient setting only when the patient had "
           "anaphylaxis to an earlier dose or needs monitoring that a doctor's office cannot give. Neither applies. "
           "We therefore denied coverage in the hospital outpatient setting. The injections are covered in your "
           "doctor's office or by a home infusion nurse; we can help arrange either.", 10.5)
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para("You may appeal within 180 days after you receive this letter. Call us if you need a fast (72-hour) "
           "review. You may also contact your state's consumer assistance program. Member services: " + f["ph"] +
           ". Prescriber NPI on file: " + f["npi"] + ".", 10)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=HOSPITAL, alternates={"provider": [f["doc"]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# 7 -------------------------------------------------------------- reauthorization refused, no response (low res)
def doc_reauth(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    req = f"RA{r.digits(10)}"
    notice = r.date(dt.date(2026, 3, 16), 30)
    by = notice + dt.timedelta(days=180)
    prior = notice - dt.timedelta(days=r.randint(175, 190))
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.text_line(PBM.upper(), 12, "B", h=7)
    d.text_line("Continuation of therapy review", 9, h=5)
    d.rule(0.5, 4)
    rows = [("Notice date", fmt_date(notice, "upper")), ("Member", f["member"]), ("Member ID", f["mid"]),
            ("Group", f["grp"]), ("Renewal request", req), ("Drug", "omalizumab (Xolair) 300 mg every 4 weeks"),
            ("Prescriber", f["doc"]), ("Prior approval began", fmt_date(prior, "upper")),
            ("Decision", "RENEWAL DENIED")]
    for lab, val in rows:
        d.font(9.5)
        d.cell(52, 5.6, lab, border="B")
        d.font(9.5, "B")
        d.cell(0, 5.6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Why: the renewal criteria ask for evidence that the first 6 months of treatment helped, such as fewer "
           "asthma attacks needing oral steroids, fewer emergency visits, or a better asthma control test score. "
           "The records sent show no change in these measures, so continued treatment is not medically necessary "
           "under the criteria.", 10)
    d.para(f"Appeal by {fmt_date(by, 'upper')}. Expedited (72-hour) appeals are available if your health is at "
           "serious risk. External review: 4 months after a final decision.", 10)
    d.text_line("Form OST-CT-3 (01/2026)   Prescriber NPI " + f["npi"], 7.5, h=4)
    t = truth("denial_letter", "medical_necessity", insurer=PBM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[req], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(by))
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pa_letter, "bd_pa_letter", "born_digital"), (2, doc_eob, "scan_eob", "scan_clean_300"),
              (3, doc_appeal, "copy_appeal_upheld", "photocopy"),
              (4, doc_approval, "photo_approval", "phone_photo"),
              (5, doc_site_of_care, "rot_site_of_care", "rotated"),
              (6, doc_reauth, "lowres_renewal", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
