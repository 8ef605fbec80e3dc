"""Family 'total_joint_replacement_inpatient_vs_outpatient_site_denial': Medicare Advantage and commercial plan letters,
a UR vendor fax, an EOB and a hospital notice on total knee (CPT 27447) and total hip (27130) arthroplasty where the
plan approved the surgery but not the inpatient admission (outpatient hospital surgery would do): a pre-service MA
organization determination, a commercial approval of an inpatient stay for a patient with risk factors, the
hospital's inpatient claim paid at the outpatient rate (EOB and MA payment notice), the hospital's letter to the
patient about the claim, and an upheld appeal. The hospital is the provider; the operating surgeon, the NPIs, the
dates of birth and the request received dates are decoys. All values invented.

Issuers: Cordillera Health Plans (MA HMO, "CORDILLERA" over a rule), Bramblewood Health Insurance Company
(commercial, grey band), Meridale Utilization Management (UR vendor for Bramblewood, fax form), St. Odile
Regional Medical Center (hospital notice).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "total_joint_replacement_inpatient_vs_outpatient_site_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

CO, BR, ME, SO = ("Cordillera Health Plans", "Bramblewood Health Insurance Company", "Meridale Utilization Management",
                  "St. Odile Regional Medical Center")
ADDR = {CO: "PO Box 77310, Tucson, AZ 85703", BR: "900 Bramble Row, Harrisburg, PA 17101",
        ME: "45 Quarry Ridge Drive, Suite 210, Columbus, OH 43215", SO: "2100 Abbey Road, Rochester, MN 55902"}
HOSPITALS = ["St. Odile Regional Medical Center", "Fernbrook Memorial Hospital", "Tallowcreek Community Hospital",
             "Ashgrove University Medical Center"]
SURGEONS = ["Anneliese K. Borowski, MD", "Olufemi A. Adeyemi, DO", "Rajiv M. Sethuraman, MD", "Camille J. Thibodeaux, MD",
            "Mateusz W. Zielinski, MD"]
FIRST = ["Gunnar", "Perpetua", "Ifeoma", "Reinhold", "Esperanza", "Dmitri", "Agnieszka", "Thaddeus", "Leilani",
         "Mahmoud", "Orla", "Chidi"]
LAST = ["Rasmussen", "Obi", "Kowalski", "Fontaine", "Alcantara", "Bergstrom", "Nwachukwu", "Petrakis", "Halvorsen",
        "Moreau"]
PROC = {"knee": ("27447", "Total knee arthroplasty (TKA), right", "M17.11 Primary osteoarthritis, right knee"),
        "hip": ("27130", "Total hip arthroplasty (THA), left", "M16.12 Primary osteoarthritis, left hip")}


class Page(Doc):
    def __init__(self, serif: bool = False):
        super().__init__("DejaVu", margins=(18, 13, 18))
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)
        if serif:
            self.base_font = "DejaVuSerif"

    def kv(self, label: str, value: str, w1: float = 50, size: float = 9.5):
        self.font(size - 0.8)
        self.cell(w1, 5.2, label)
        self.font(size, "B")
        self.cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '844', '866', '888'])}-555-{r.randint(100, 199):04d}"


def facts(r: random.Random, kind: str, ins: str, joint: str, ds: str, ms: str) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    pre = kind in ("ma_pre", "approve", "ur_fax")
    surgery = notice + dt.timedelta(days=r.randint(9, 30)) if pre else notice - dt.timedelta(days=r.randint(30, 75))
    los = r.choice([1, 2, 3])
    patient = f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    hosp = SO if ins == SO else r.choice(HOSPITALS[1:])
    if kind == "hosp_notice":
        hosp = SO
    code, desc, dx = PROC[joint]
    billed = float(r.randint(52000, 98000)) + r.choice([0.0, 0.4, 0.75, 0.15])
    f = dict(kind=kind, ins=ins, joint=joint, ds=ds, ms=ms, notice=notice, surgery=surgery,
             discharge=surgery + dt.timedelta(days=los), los=los, patient=patient, hosp=hosp,
             surgeon=r.choice(SURGEONS), code=code, desc=desc, dx=dx, billed=billed,
             paid=round(billed * r.uniform(0.16, 0.22), 2), npi=digits(r, 10), snpi=digits(r, 10),
             dob=dt.date(r.randint(1941, 1962), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), fax=phone(r),
             received=notice - dt.timedelta(days=r.randint(2, 6)), age=0)
    f["age"] = f["notice"].year - f["dob"].year
    if ins == CO or kind == "ma_pay":
        f["mid"] = f"C{digits(r, 8)}{r.choice(['01', '00'])}"
        f["plan_id"] = r.choice(["H5529-014", "H5529-022"])
        f["group"] = None
    else:
        f["mid"] = f"BWH{digits(r, 9)}"
        f["plan_id"] = None
        f["group"] = f"{digits(r, 6)}-{r.choice(['A', 'B', 'C'])}"
    f["auth"] = f"{r.choice(['OD', 'AR', 'UM'])}{digits(r, 9)}"
    f["claim"] = f"{r.randint(26, 26)}{digits(r, 3)}E{digits(r, 8)}"
    f["appeal"] = f"APL-{notice.year}-{digits(r, 6)}"
    f["acct"] = f"HA{digits(r, 8)}"
    if kind == "upheld":
        f["orig"] = surgery - dt.timedelta(days=r.randint(10, 20))
    return f


def d_(f, d):
    return fmt_date(d, f["ds"])


def m_(f, v):
    return fmt_money(v, f["ms"])


def letterhead(p: Page, f: dict) -> None:
    ins = f["ins"]
    if ins == CO:
        p.text_line("CORDILLERA", 21, "B")
        p.text_line("HEALTH PLANS  ·  Medicare Advantage", 8.5, "B")
        p.rule(0.8)
        p.text_line(f"{ADDR[CO]}   Member Services {f['ph']} (TTY 711), 8 a.m.-8 p.m., 7 days a week", 7.5)
    elif ins == BR:
        p.set_fill_color(215, 215, 215)
        p.font(15, "B")
        p.cell(0, 11, "  " + BR, fill=True, new_x="LMARGIN", new_y="NEXT")
        p.text_line(f"{ADDR[BR]}  ·  Customer Service {f['ph']}", 8)
    elif ins == ME:
        p.text_line(ME, 13, "B")
        p.text_line(f"on behalf of {BR}", 9)
        p.text_line(f"{ADDR[ME]}   Phone {f['ph']}   Fax {f['fax']}", 8)
        p.rule(0.4)
    else:
        p.text_line(SO, 15, "B", "C")
        p.text_line(f"Patient Financial Services · {ADDR[SO]} · {f['ph']}", 8, "", "C")
        p.rule(0.3)
    p.ln(4)


def address_block(p: Page, f: dict) -> None:
    r = random.Random(f["mid"])
    p.text_line(f["patient"], 10)
    p.text_line(f"{r.randint(100, 9800)} {r.choice(['Saguaro Bend', 'Kestrel Court', 'Mill Pond Road'])}", 10)
    p.text_line(r.choice(["Sierra Vista, AZ 85635", "Lancaster, PA 17603", "Winona, MN 55987"]), 10)
    p.ln(4)


def ma_pre(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line(d_(f, f["notice"]), 10)
    p.ln(2)
    address_block(p, f)
    p.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)", 12, "B", "C")
    p.ln(2)
    for a, b in (("Name:", f["patient"]), ("Member number:", f["mid"]), ("Plan:", f"Cordillera Advantage (HMO) {f['plan_id']}"),
                 ("Request number:", f["auth"]), ("Hospital:", f["hosp"]), ("Surgeon:", f"{f['surgeon']} (NPI {f['snpi']})"),
                 ("Procedure:", f"{f['code']} {f['desc']}"), ("Planned surgery date:", d_(f, f["surgery"])),
                 ("Request received:", d_(f, f["received"]))):
        p.kv(a, b, 48)
    p.ln(3)
    p.para("We have APPROVED the total knee replacement and the hospital services for it as an outpatient "
           "procedure. We have DENIED the request for an inpatient admission of two days.")
    p.text_line("Why did we deny your request?", 10.5, "B")
    p.para(f"Your doctor asked us to cover the surgery as an inpatient stay at {f['hosp']}. The records show you "
           "walk without a device, live with a family member who can help you at home, and have no heart, lung "
           "or kidney condition that would need overnight monitoring beyond one night. For patients like you, "
           "surgery in the hospital outpatient department, with a stay of up to one night in observation if "
           "needed, is a safe setting. An inpatient admission is not medically necessary in your case.")
    p.text_line("You have the right to appeal our decision", 10.5, "B")
    p.para("You have the right to ask Cordillera Health Plans to review our decision by asking us for an appeal. "
           "Appeals are also called reconsiderations. You must ask for an appeal within 65 days from the date of "
           "this notice. We can give you more time if you have a good reason for missing the deadline.")
    p.para("If your health could be seriously harmed by waiting for a standard decision, ask for a fast appeal; "
           "we will decide within 72 hours. Call us at the number above or fax your appeal to "
           f"{f['fax']}.", 9.5)
    p.ln(2)
    p.text_line("Cordillera Health Plans is an HMO with a Medicare contract.", 7.5)
    p.text_line(f"Form CMS-10003-NDMCP    {f['plan_id'].split('-')[0]}_NDMC26_C", 7.5)


def approval(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line(f"Date: {d_(f, f['notice'])}", 10)
    p.ln(2)
    address_block(p, f)
    p.text_line("Your inpatient surgery has been approved", 12, "B")
    p.ln(1)
    p.table(["Item", "Detail"],
            [["Patient", f["patient"]], ["Member ID", f["mid"]], ["Group number", f["group"]],
             ["Authorization number", f["auth"]], ["Procedure", f"{f['code']} {f['desc']}"],
             ["Facility", f"{f['hosp']} (NPI {f['npi']})"], ["Surgeon", f["surgeon"]],
             ["Approved setting", "Inpatient, 2 days"], ["Approved date of surgery", d_(f, f["surgery"])],
             ["Date of birth", d_(f, f["dob"])]], [55, 115], 9.5, "LL", border_head="B", row_h=5.6)
    p.para(f"Bramblewood usually covers {f['desc'].split(' (')[0].lower()} in the outpatient hospital setting. We "
           "reviewed the records from your surgeon and approved an inpatient stay because of your risk factors: "
           "body mass index of 41, obstructive sleep apnea on CPAP, and a history of a blood clot after an earlier "
           "operation. These call for monitoring overnight that an outpatient stay does not give.")
    p.para("If your stay must be longer than 2 days, the hospital must call us for a review. If your surgery date "
           "changes by more than 30 days, a new request is needed. This approval is not a guarantee of payment; "
           "benefits depend on your eligibility on the date of service.")
    p.text_line("Utilization Management, Bramblewood Health Insurance Company", 9)


def ur_fax(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line("UTILIZATION REVIEW DETERMINATION - FAX", 13, "B")
    p.font(8.5)
    p.cell(0, 5, f"To: {f['hosp']}, Case Management / Admitting     Fax to provider on file     Pages: 1",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([("Determination date", d_(f, f["notice"]), 45), ("Case ID", f["auth"], 45), ("Request received", d_(f, f["received"]), 45),
             ("Decision", "Partially approved", 45)])
    p.boxes([("Member", f["patient"], 60), ("Member ID", f["mid"], 45), ("Group", f["group"], 35), ("DOB", d_(f, f["dob"]), 40)])
    p.boxes([("Facility (requesting)", f["hosp"], 95), ("Surgeon", f["surgeon"], 85)])
    p.boxes([("Procedure", f"{f['code']} {f['desc']}", 95), ("Scheduled date", d_(f, f["surgery"]), 40),
             ("Setting requested", "Inpatient 3 days", 45)])
    p.ln(4)
    p.text_line("Approved: " + f"{f['code']} in the outpatient hospital setting (place of service 22).", 10, "B")
    p.text_line("Not approved: inpatient admission (place of service 21).", 10, "B")
    p.ln(1)
    p.para("Rationale: The member is 64 years old with a BMI of 29, no cardiac or pulmonary disease, controlled "
           "hypertension and good social support. Criteria for an inpatient stay after joint replacement (one or "
           "more of: ASA class IV, anticoagulation bridging, severe sleep apnea, prior venous thromboembolism, "
           "no caregiver at home) are not met. The surgery can be done safely as an outpatient with same-day or "
           "next-day discharge. Reviewed by a board-certified orthopedic surgeon physician reviewer.", 9.5)
    p.para("Peer-to-peer: the attending surgeon may call within 5 business days at the number above. "
           "Appeal: the member or the provider on the member's behalf may appeal in writing within 180 days of "
           "the date of this notice. An urgent appeal is decided within 72 hours.", 9.5)
    p.text_line("CONFIDENTIAL: this fax contains protected health information.", 7.5)


def eob(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line("EXPLANATION OF BENEFITS", 14, "B")
    p.text_line("This is not a bill.", 9)
    p.ln(2)
    for a, b in (("Statement date:", d_(f, f["notice"])), ("Member:", f["patient"]), ("Member ID:", f["mid"]),
                 ("Group:", f["group"]), ("Claim number:", f["claim"]), ("Provider:", f"{f['hosp']}"),
                 ("Attending physician:", f["surgeon"]), ("Type of claim:", "Hospital inpatient (bill type 0111)")):
        p.kv(a, b, 42)
    p.ln(2)
    stay = f"{d_(f, f['surgery'])} - {d_(f, f['discharge'])}"
    rows = [[stay, f"Room and board, {f['los']} day(s)", m_(f, round(f['billed'] * 0.18, 2)), "0.00", "0.00", "IP1"],
            [d_(f, f["surgery"]), f"Operating room / {f['code']}", m_(f, round(f['billed'] * 0.47, 2)), "", "", "IP1"],
            [d_(f, f["surgery"]), "Implant, supplies, pharmacy, therapy",
             m_(f, f['billed'] - round(f['billed'] * 0.18, 2) - round(f['billed'] * 0.47, 2)), "", "", "IP1"],
            ["*Claim total", "", m_(f, f["billed"]), m_(f, f["paid"]), m_(f, f["paid"]), ""]]
    p.table(["Dates", "Service", "Billed", "Allowed", "Plan paid", "Code"], rows, [46, 52, 24, 22, 22, 12], 8.5,
            "LLRRRL", head_fill=True)
    p.font(9, "B")
    p.cell(0, 5, "IP1", new_x="LMARGIN", new_y="NEXT")
    p.para("An inpatient admission for this surgery was not authorized; only outpatient surgery was approved. The "
           "claim was paid at the plan's outpatient hospital rate for the procedure (APC-based allowance for "
           f"{f['code']}) instead of the inpatient DRG. The hospital's network contract does not allow it to bill "
           "you for the difference. Your cost share: $0.00.", 9)
    p.text_line("Your appeal rights", 10.5, "B")
    p.para("You may appeal within 180 days from the date of this statement. Send a written request with the claim "
           f"number to Bramblewood Appeals, {ADDR[BR]}. You may ask for an external review after the internal "
           "appeal.", 9)


def ma_pay(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line(d_(f, f["notice"]), 10)
    p.ln(2)
    address_block(p, f)
    p.text_line("Notice of Denial of Payment", 12, "B")
    p.para(f"We have made a decision about the bill from {f['hosp']} for your hospital stay. We approved payment "
           "for the hip replacement surgery as outpatient hospital care. We denied payment at the inpatient rate for "
           "your admission.", 10)
    for a, b in (("Member", f["patient"]), ("Member ID", f["mid"]), ("Plan", f["plan_id"]),
                 ("Claim", f["claim"]), ("Admitted / discharged", f"{d_(f, f['surgery'])} to {d_(f, f['discharge'])}"),
                 ("Surgeon", f["surgeon"]), ("Hospital charges", m_(f, f["billed"])),
                 ("Paid (outpatient rate)", m_(f, f["paid"]))):
        p.kv(a + ":", b, 50)
    p.ln(2)
    p.text_line("Why we paid at the outpatient rate", 10.5, "B")
    p.para("Total hip replacement may be done as an inpatient or outpatient procedure. Your surgery was approved as "
           "outpatient, and the hospital records do not show a complication or a medical reason that needed an "
           "inpatient admission. The hospital cannot bill you for the difference. You owe only your outpatient "
           "surgery copayment of $295.00.", 9.5)
    p.text_line("If you disagree", 10.5, "B")
    p.para("You have the right to ask us to reconsider. You must ask for an appeal within 65 days from the date of "
           "this notice. Write to Cordillera Health Plans, Appeals and Grievances, " + ADDR[CO] + ".", 9.5)
    p.text_line(f"Form CMS-10003-NDMCP    {f['plan_id'].split('-')[0]}_NDP26", 7.5)


def hosp_notice(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line(d_(f, f["notice"]), 10)
    p.ln(2)
    address_block(p, f)
    p.text_line("About your recent hospital stay and your insurance", 11.5, "B")
    for a, b in (("Patient", f["patient"]), ("Account number", f["acct"]), ("Insurance", BR),
                 ("Insurance ID", f["mid"]), ("Insurance claim", f["claim"]),
                 ("Dates of stay", f"{d_(f, f['surgery'])} - {d_(f, f['discharge'])}"),
                 ("Surgeon", f["surgeon"]), ("Total charges", m_(f, f["billed"])),
                 ("Insurance paid", m_(f, f["paid"]))):
        p.kv(a + ":", b, 45)
    p.ln(2)
    p.para(f"Your insurance company, {BR}, processed our claim for your hip replacement as outpatient surgery and "
           "paid it at its outpatient rate, because it had approved the surgery but not an inpatient admission. "
           "Under our contract with Bramblewood you do not owe the difference, and your balance with us is $0.00.")
    p.para("Our utilization review team has asked Bramblewood to reconsider, with your surgeon's notes about your "
           "low blood pressure after surgery. You do not need to do anything. If you receive a bill from us for "
           "this stay, please call Patient Financial Services.")
    p.para("This letter is for your information. It is not a bill.")
    p.text_line("Patient Financial Services", 10)
    p.text_line(SO, 10)


def upheld(p: Page, f: dict) -> None:
    p.add_page()
    letterhead(p, f)
    p.text_line(d_(f, f["notice"]), 10)
    p.ln(2)
    address_block(p, f)
    p.text_line("Appeal decision: denial upheld", 12, "B")
    for a, b in (("Appeal number", f["appeal"]), ("Member", f["patient"]), ("Member ID", f["mid"]),
                 ("Group", f["group"]), ("Original authorization request", f["auth"]),
                 ("Original decision date", d_(f, f["orig"])), ("Hospital", f["hosp"]),
                 ("Surgeon", f["surgeon"]), ("Procedure", f"{f['code']} {f['desc']}"),
                 ("Date of surgery", d_(f, f["surgery"]))):
        p.kv(a + ":", b, 62)
    p.ln(2)
    p.para("You appealed our decision to approve your hip replacement only as outpatient surgery and not to "
           "approve an inpatient admission. An orthopedic surgeon who was not part of the first decision reviewed "
           "your appeal, the hospital records and your surgeon's letter.")
    p.para("The reviewer found that your well-controlled type 2 diabetes (HbA1c 6.4%) and age do not by themselves "
           "call for an inpatient stay, and that your surgery and recovery went as expected with discharge the "
           "next day. The outpatient setting met your needs. We uphold the denial of the inpatient admission.")
    p.text_line("Next steps", 10.5, "B")
    p.para("If you disagree, you may ask for a second-level appeal. Your request must be received within 60 days "
           "of the date of this letter. You may also have the right to an external review by an independent "
           "review organization within 4 months of a final decision.")
    p.text_line("Appeals Unit, Bramblewood Health Insurance Company", 9)


def build(f: dict, mode: str) -> bytes:
    p = Page(serif=f["ins"] in (SO,))
    {"ma_pre": ma_pre, "approve": approval, "ur_fax": ur_fax, "eob": eob, "ma_pay": ma_pay,
     "hosp_notice": hosp_notice, "upheld": upheld}[mode](p, f)
    return pdf_bytes(p)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f["surgeon"]]} if k in ("approve", "ur_fax", "ma_pre") else {}
    com = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["patient"], plan_id=f["plan_id"],
               group_number=f["group"], denial_date=iso(f["notice"]), provider=f["hosp"])
    stay = iso(f["surgery"], f["discharge"])
    if k == "ma_pre":
        return truth("denial_letter", "level_of_care", alternates=alts, denial_alternates=["medical_necessity"],
                     **dict(com, case_numbers=[f["auth"]], service_dates=[iso(f["surgery"])],
                            appeal_deadline=iso(f["notice"] + dt.timedelta(days=65))))
    if k == "approve":
        return truth("other", None, alternates=alts,
                     **dict(com, case_numbers=[f["auth"]], service_dates=[iso(f["surgery"])]))
    if k == "ur_fax":
        return truth("denial_letter", "level_of_care", alternates=dict(alts, insurer=[BR]),
                     denial_alternates=["medical_necessity"],
                     **dict(com, case_numbers=[f["auth"]], service_dates=[iso(f["surgery"])],
                            appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))))
    if k == "eob":
        return truth("eob", "level_of_care", alternates={"service_dates": [[iso(f["surgery"])]]},
                     denial_alternates=["prior_authorization"],
                     **dict(com, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[stay],
                            appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))))
    if k == "ma_pay":
        return truth("denial_letter", "level_of_care", alternates={"service_dates": [[iso(f["surgery"])]]},
                     denial_alternates=["medical_necessity"],
                     **dict(com, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[stay],
                            appeal_deadline=iso(f["notice"] + dt.timedelta(days=65))))
    if k == "hosp_notice":
        return truth("other", None, alternates={"insurer": [BR], "service_dates": [[iso(f["surgery"])]]},
                     **dict(com, group_number=None, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                            service_dates=[stay]))
    # upheld appeal
    return truth("denial_letter", "level_of_care", alternates={"case_numbers": [[f["appeal"]]]},
                 denial_alternates=["medical_necessity"],
                 **dict(com, case_numbers=[f["appeal"], f["auth"]], service_dates=[iso(f["surgery"])],
                        appeal_deadline=iso(f["notice"] + dt.timedelta(days=60))))


# (stem suffix, condition, kind, issuer, joint, date style, money style)
PLAN = [
    ("bd_ma_knee_inpatient_denied_outpatient_approved", "born_digital", "ma_pre", CO, "knee", "long", "plain"),
    ("bd_commercial_hip_inpatient_approved_risk_factors", "born_digital", "approve", BR, "hip", "slash", "plain"),
    ("scan300_eob_inpatient_claim_paid_outpatient_rate", "scan_clean_300", "eob", BR, "knee", "abbr", "nosign"),
    ("copy_hospital_letter_paid_as_outpatient", "photocopy", "hosp_notice", SO, "hip", "long", "plain"),
    ("rotated_upheld_appeal_hip_inpatient", "rotated", "upheld", BR, "hip", "dmy", "plain"),
    ("faxfine_ur_vendor_knee_outpatient_only", "fax_fine_g4", "ur_fax", ME, "knee", "iso", "plain"),
    ("lowres_ma_payment_notice_hip_outpatient_rate", "scan_lowres_150", "ma_pay", CO, "hip", "slash", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, joint, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(216600 + i), kind, ins, joint, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, kind), make_truth(f))]))
    return items
