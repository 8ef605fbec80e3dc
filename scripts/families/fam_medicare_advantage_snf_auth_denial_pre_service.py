"""Family 'medicare_advantage_snf_auth_denial_pre_service': invented Medicare Advantage plans' pre-service denials
of a skilled nursing facility (SNF) admission after a hospital stay, in the style of the Notice of Denial of Medical
Coverage (or Payment) (CMS-10003-NDMCP), a plan letter, an approval, and a hospital discharge planner's fax.

Larkspur Bay Health Plan (Larkspur Bay Medicare Advantage (HMO)) and Thistledown Senior Health (Thistledown
Medicare Choice (PPO)) are invented, and so are the SNFs, hospitals, physicians and members. Kinds: denial because
the records do not show a daily skilled need (IDN); approval of the admission with an authorization number; denial
because the member can go home with home health (IDN); a fax stack of the hospital discharge planner's cover sheet
and the plan's IDN denying an out-of-network SNF (in-network SNFs listed); the discharge planner's placement fax to
the SNF relaying a denial (a provider's paper: no insurer, no deadline); a plan letter (not the IDN layout) with the
deadline printed as a date; an expedited (72-hour) IDN for home health. Decoys: the hospital, its attending
physician, hospital admission date, request received date and time, SNF NPI, the 72-hour expedited appeal, the
Medicare contract / material numbers, the OMB number, the next review date on the approval.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "medicare_advantage_snf_auth_denial_pre_service"
LANG = "en"
PLANS = {"LB": ("Larkspur Bay Health Plan", "Larkspur Bay Medicare Advantage (HMO)", "H4471-006",
                "2900 Tidewater Parkway, Norfolk, VA 23510"),
         "TD": ("Thistledown Senior Health", "Thistledown Medicare Choice (PPO)", "H8820-012",
                "75 Keswick Square, Akron, OH 44308")}
SNFS = ["Quillfeather Skilled Nursing & Rehabilitation", "Marrowstone Care Center",
        "Elderberry Glen Transitional Care", "Hatherleigh Post-Acute Rehabilitation Center"]
IN_NET = ["Brightwater Manor Nursing & Rehab", "Coldharbour Transitional Care Unit", "Pendleford Health & Rehab"]
HOSPITALS = ["St. Brendan's Regional Medical Center", "Wexcombe Memorial Hospital", "Calloway Valley Medical Center"]
DOCS = ["Dr. Anneliese Mbatha, MD", "Dr. Cornelius Vanterpool, MD", "Dr. Harumi Castellano-Reyes, MD",
        "Dr. Ignatius Oyelaran-Webb, DO"]
FIRST = ["Winifred", "Augustin", "Esperanza", "Leopold", "Chiamaka", "Mortimer", "Yoshiko", "Casimir", "Evangeline",
         "Ferdinand", "Parveen", "Ludmila"]
LAST = ["Hollingsworth", "Agbaje", "Santangelo", "Kirkegaard", "Whitlock", "Fujimoto", "Brannigan", "Okwuosa",
        "Lindemann", "Coutinho", "Prendergast", "Zielinski"]
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "idn_skilled": ("denial_letter", "medical_necessity", ["level_of_care"]),
    "approval": ("other", None, []),
    "idn_home": ("denial_letter", "level_of_care", ["medical_necessity"]),
    "idn_oon": ("denial_letter", "out_of_network", []),
    "planner_fax": ("other", None, ["medical_necessity", "level_of_care"]),
    "plan_letter": ("denial_letter", "medical_necessity", ["level_of_care"]),
    "idn_expedited": ("denial_letter", "level_of_care", ["medical_necessity"]),
}


def facts(i: int, kind: str, plan: str, ds: str) -> dict:
    r = Rand(181600 + i)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 160))
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    ins, product, contract, addr = PLANS[plan]
    f = dict(kind=kind, plan=plan, ins=ins, product=product, contract=contract, ins_addr=addr,
             fd=lambda x: fmt_date(x, ds), notice=notice, name=f"{first} {mid}. {last}", first=first, last=last,
             addr=list(r.address()), dob=dt.date(r.randint(1934, 1956), r.randint(1, 12), r.randint(1, 28)),
             snf=r.choice(SNFS), hosp=r.choice(HOSPITALS), attending=r.choice(DOCS), snf_npi=r.npi(), ph=r.phone(),
             fax=r.phone(), mid=(plan + r.digits(9)) if plan == "LB" else ("TSH-" + r.digits(7) + "-01"),
             ref=r.choice(["UM", "SNF-"]) + r.digits(8), auth="A" + r.digits(9),
             material=f"{contract[:5]}_SNF26_{r.choice(['M', 'C'])}")
    f["planned"] = notice + dt.timedelta(days=r.randint(1, 2))
    f["hosp_admit"] = notice - dt.timedelta(days=r.randint(4, 9))
    f["received"] = notice - dt.timedelta(days=1)
    f["rec_time"] = f"{r.randint(8, 11)}:{r.randint(10, 59)} a.m."
    f["planner"] = r.choice(["Marisela Dunworth, RN, CCM", "Obadiah Pettersen, LCSW", "Fenella Adeyemi, RN"])
    f["pfax"] = f"({r.randint(210, 979)}) 555-{r.digits(4)}"
    f["pph"] = f"({r.randint(210, 979)}) 555-{r.digits(4)}"
    return f


REASONS = {
    "skilled": ("We denied this request because the records we received do not show that you need skilled nursing "
                "or skilled therapy services every day, which Medicare requires for a stay in a skilled nursing "
                "facility. Your hospital notes from {hosp} show that you are walking 150 feet with a rolling walker "
                "and standby help, your wound is healing and needs a dressing change every other day, and your "
                "medicines are by mouth. These needs can be met with outpatient therapy and help at home; they do "
                "not require daily skilled care in a facility."),
    "home": ("We denied this request because you can safely receive the care you need at home. Your records from "
             "{hosp} show that you can get in and out of bed and walk in your room with a walker, and that a family "
             "member lives with you. Your physical therapy and nursing needs (IV antibiotic teaching and wound "
             "checks) can be given by a Medicare-certified home health agency in our network, which we approved "
             "for you. A skilled nursing facility is a higher level of care than you need."),
    "oon": ("We denied this request because {snf} is not in the {product} network, and your plan covers care from "
            "out-of-network providers only in an emergency or for urgently needed services. A skilled nursing "
            "facility stay after a hospital discharge is planned care. The following skilled nursing facilities "
            "in our network near you have told us they have a bed: {alts}. Your hospital case manager can arrange "
            "an admission to one of them; that admission would not need a new request."),
}


def idn(f: dict, reason: str, expedited: bool = False, cover_note: bool = False) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"Form CMS-10003-NDMCP  OMB Approval 0938-0829    {f['material']}    Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(f["ins"], 14, "B", h=7)
    d.text_line(f"{f['product']}  |  {f['ins_addr']}  |  {f['ph']} (TTY 711)", 8, h=4.5)
    d.rule(0.5, 4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    if expedited:
        d.text_line("Expedited (fast) decision", 10, "B", align="C", h=5)
    d.ln(2)
    d.boxes([("Date", fd(f["notice"]), 40), ("Member number", f["mid"], 52), ("Reference number", f["ref"], 48),
             ("Date of birth", fd(f["dob"]), 38)])
    d.ln(1.5)
    d.boxes([("Name", f["name"], 90), ("Requested by", f["snf"], 88)], value_size=9)
    d.ln(4)
    d.text_line("Your request was denied", 12, "B", h=6)
    d.para("We denied the medical coverage listed below that you or your physician requested. We received the "
           f"request on {fd(f['received'])} at {f['rec_time']}.", 10)
    d.font(10, "B")
    d.cell(0, 5, "Service requested:", new_x="LMARGIN", new_y="NEXT")
    d.para(f"Admission to a skilled nursing facility: {f['snf']} (NPI {f['snf_npi']}), planned admission date "
           f"{fd(f['planned'])}, after your hospital stay at {f['hosp']} (admitted {fd(f['hosp_admit'])}, "
           f"attending physician {f['attending']}).", 10)
    d.text_line("Why did we deny your request?", 12, "B", h=6)
    d.para(REASONS[reason].format(hosp=f["hosp"], snf=f["snf"], product=f["product"], alts="; ".join(IN_NET)), 10)
    d.para("This decision was made by a physician reviewer, Dr. Rosamund Ekwueme-Hart, MD. You or your doctor may "
           "ask for a copy of the guidelines we used.", 9.5)
    d.text_line("You have the right to appeal our decision", 12, "B", h=6)
    d.para("You have the right to ask " + f["ins"] + " to review our decision by asking us for an appeal. Ask for "
           "an appeal within 65 days from the date of this notice. We can give you more time if you have a good "
           "reason for missing the deadline.", 10)
    d.text_line("There are 2 kinds of appeals with " + f["ins"], 10.5, "B", h=5.5)
    d.para("Standard appeal - We will give you a written decision on a standard appeal within 30 days after we get "
           "your appeal.\nFast appeal - We will give you a decision on a fast appeal within 72 hours after we get "
           "your appeal. You can ask for a fast appeal if you or your doctor believe that your health could be "
           "seriously harmed by waiting up to 30 days for a decision. If any doctor asks for a fast appeal for you, "
           "or supports you in asking for one, we will give you a fast appeal.", 9.6)
    d.text_line("How to ask for an appeal with " + f["ins"], 10.5, "B", h=5.5)
    d.para(f"Call {f['ph']} (TTY 711), or send your appeal in writing to {f['ins']}, Appeals and Grievances, "
           f"{f['ins_addr']}, fax {f['fax']}. Your doctor may ask for an appeal for you without being your "
           "representative. If we uphold our decision, we will send your case to an Independent Review Entity.", 9.6)
    d.para("Get help and more information: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. Your State Health "
           "Insurance Assistance Program (SHIP) can also help.", 9)
    d.para(f"cc: {f['snf']}; Case Management, {f['hosp']}", 8.5)
    return pdf_bytes(d)


def approval(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{f['material']}  -  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(f["ins"], 15, "B", h=7)
    d.text_line(f"{f['product']}  -  Utilization Management  -  {f['ph']}", 8.5, h=4.5)
    d.rule(0.5, 5)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.text_line("Your skilled nursing facility admission is approved", 12.5, "B", h=7)
    next_review = f["planned"] + dt.timedelta(days=6)
    for k, v in [("Member", f["name"]), ("Member ID", f["mid"]), ("Plan", f["product"]),
                 ("Authorization number", f["auth"]), ("Skilled nursing facility", f["snf"]),
                 ("Facility NPI", f["snf_npi"]), ("Approved admission date", fd(f["planned"])),
                 ("Days approved", "7 (through the next review)"), ("Next clinical review", fd(next_review)),
                 ("Discharging hospital", f["hosp"]), ("Attending physician", f["attending"])]:
        d.font(9.8, "B")
        d.cell(55, 5, k + ":")
        d.font(9.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We approved your admission to {f['snf']} after your stay at {f['hosp']}. Your records show that you need "
           "daily skilled therapy after your hip surgery. We will review your progress with the facility on or "
           "before the next review date above; if more days are needed, the facility will send us an update. You "
           "pay the SNF copayment shown in your Evidence of Coverage (days 1-20: $0 per day; days 21-100: $214 per "
           "day).", 10)
    d.para("You will get a separate written notice at least two days before your covered SNF services end. You may "
           "then ask for a fast review by the Quality Improvement Organization.", 9.8)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 9.8)
    d.para(f"Sincerely,\nUtilization Management\n{f['ins']}", 10)
    return pdf_bytes(d)


def plan_letter(f: dict) -> bytes:
    fd = f["fd"]
    dl = f["notice"] + dt.timedelta(days=65)
    d = Doc("Times", footer=f"{f['ins']}  {f['material']}  Page {{p}} of {{n}}")
    d.add_page()
    d.set_font("Times", "B", 21)
    d.cell(0, 9, "THISTLEDOWN", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"SENIOR HEALTH  -  {f['product']}", 9.5, h=5)
    d.ln(3)
    d.text_line("Decision date: " + fd(f["notice"]), 11, align="R", h=5)
    d.ln(1)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 11, h=5)
    d.ln(4)
    d.text_line("Organization determination: skilled nursing facility stay not approved", 12.5, "B", h=7)
    for k, v in [("Enrollee", f["name"]), ("Enrollee ID", f["mid"]), ("Request ID", f["ref"]),
                 ("Requested facility", f["snf"]), ("Planned admission", fd(f["planned"])),
                 ("Current hospital", f"{f['hosp']} (since {fd(f['hosp_admit'])})"),
                 ("Request received", fd(f["received"]))]:
        d.font(10.5, "B")
        d.cell(45, 5.2, k + ":")
        d.font(10.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"{f['snf']} asked us to cover a stay in its skilled nursing unit when you leave {f['hosp']}. A Thistledown "
           "physician reviewed your hospital records and the facility's request. The records show that you need help "
           "with bathing and dressing and reminders to take your medicines. This kind of help is personal or "
           "custodial care. The records do not show a need for skilled nursing or skilled rehabilitation services "
           "on a daily basis, so the stay does not meet Medicare coverage rules for a skilled nursing facility. We "
           "did not approve the stay.", 10.5)
    d.text_line("If you disagree with this decision", 12, "B", h=6)
    d.para(f"You may ask us for a reconsideration (appeal). We must receive your request by {fd(dl)}. Write to "
           f"{f['ins']}, Appeals Unit, {f['ins_addr']}, fax {f['fax']}, or call {f['ph']} (TTY 711). If waiting "
           "could seriously harm your health, ask for an expedited reconsideration: we will decide within 72 hours.",
           10.5)
    d.para(f"Sincerely,\nDr. Bartholomew Nakagawa-Ross, MD, Medical Director\n{f['ins']}", 11)
    d.para(f"cc: {f['snf']}; {f['attending']}", 9)
    return pdf_bytes(d)


def planner_fax(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Courier")
    d.add_page()
    d.text_line(f["hosp"].upper(), 13, "B", h=7)
    d.text_line(f"Case Management / Discharge Planning   Tel {f['pph']}   Fax {f['pfax']}", 9, h=5)
    d.rule(0.4, 4)
    d.text_line("POST-ACUTE PLACEMENT UPDATE - PAYER AUTHORIZATION DENIED", 11, "B", h=7)
    for k, v in [("DATE", fd(f["notice"])), ("TO", f"Admissions, {f['snf']}"), ("FROM", f["planner"]),
                 ("PATIENT", f["name"]), ("DOB", fd(f["dob"])), ("PAYER", f["product"]),
                 ("PAYER MEMBER ID", f["mid"]), ("PAYER REF #", f["ref"]), ("HOSPITAL ADMIT", fd(f["hosp_admit"])),
                 ("PLANNED SNF ADMIT", fd(f["planned"])), ("ATTENDING", f["attending"])]:
        d.font(9.5, "B")
        d.cell(48, 5.2, k + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"The plan called us today: the SNF authorization for this patient was NOT approved. Reason given by the "
           "plan reviewer: skilled need not shown - patient ambulating 150 ft with walker, standby assist, "
           "therapy 1x daily tolerated. Plan suggests discharge home with home health.", 9.5)
    d.para(f"Please HOLD the bed for {f['name'].split()[0]} {f['last']} and do not send transport for "
           f"{fd(f['planned'])}. Dr. {f['attending'].split()[2].rstrip(',')}'s office is requesting a peer-to-peer; "
           "the family will ask the plan for an expedited (72-hour) appeal. The plan's written notice will go to "
           "the patient. We will call you as soon as we hear back.", 9.5)
    d.para(f"Questions: {f['planner']}, {f['pph']}.", 9.5)
    d.ln(4)
    d.para("CONFIDENTIALITY NOTICE: This fax contains protected health information. If you received it in error, "
           "call the sender and destroy all copies.", 8)
    return pdf_bytes(d)


def cover(f: dict) -> bytes:
    """The hospital discharge planner's fax cover sheet (belongs to no document)."""
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["hosp"], 15, "B", h=8)
    d.text_line("Case Management Department", 10, h=5)
    d.ln(8)
    d.text_line("FAX COVER SHEET", 22, "B", h=12)
    d.ln(3)
    for k, v in [("To", f"{f['name']} / family"), ("Fax", f"{f['pfax'][:-4]}0199"), ("From", f["planner"]),
                 ("Phone", f["pph"]), ("Date", fmt_date(f["notice"], "slash")), ("Pages", "2 including cover"),
                 ("Re", "Health plan decision on SNF placement")]:
        d.font(11.5, "B")
        d.cell(28, 8, k + ":")
        d.font(11.5)
        d.cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("As we discussed at the bedside, attached is the health plan's notice about the skilled nursing facility "
           "you chose. Please read the appeal section. I am also looking for a bed at an in-network facility; call "
           "me before discharge.", 11)
    d.ln(20)
    d.para("CONFIDENTIAL: This transmission may contain protected health information.", 9)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts = KINDS[k]
    alts = {"insurer": [f["product"]]}
    common = dict(member_id=f["mid"], member_name=f["name"], service_dates=[iso(f["planned"])],
                  denial_date=iso(f["notice"]), provider=f["snf"], denial_alternates=dalts)
    if k == "approval":
        return truth(doc_type, denial, insurer=f["ins"], case_numbers=[f["auth"]], alternates=alts, **common)
    if k == "planner_fax":
        return truth(doc_type, denial, insurer=None, case_numbers=[f["ref"]], unscored=["insurer"],
                     type_alternates=["denial_letter"], **common)
    return truth(doc_type, denial, insurer=f["ins"], case_numbers=[f["ref"]], alternates=alts,
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)), **common)


# (stem suffix, condition, kind, plan, date style)
ROWS = [
    ("bd_idn_skilled_need_not_shown", "born_digital", "idn_skilled", "LB", "long"),
    ("bd_approval_snf_admission", "born_digital", "approval", "LB", "slash"),
    ("scan300_idn_home_with_home_health", "scan_clean_300", "idn_home", "TD", "abbr"),
    ("faxstd_stack_planner_cover_and_idn_out_of_network", "fax_standard_g4", "idn_oon", "LB", "slash"),
    ("faxfine_discharge_planner_placement_update", "fax_fine_g4", "planner_fax", "TD", "slash"),
    ("photocopy_plan_letter_custodial_needs_only", "photocopy", "plan_letter", "TD", "iso"),
    ("phone_idn_expedited_home_health", "phone_photo", "idn_expedited", "LB", "dmy"),
]


def build(f: dict) -> bytes:
    k = f["kind"]
    if k == "approval":
        return approval(f)
    if k == "plan_letter":
        return plan_letter(f)
    if k == "planner_fax":
        return planner_fax(f)
    reason = {"idn_skilled": "skilled", "idn_home": "home", "idn_oon": "oon", "idn_expedited": "home"}[k]
    return idn(f, reason, expedited=k == "idn_expedited")


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, plan, ds) in enumerate(ROWS):
        f = facts(i, kind, plan, ds)
        seps = [cover(f)] if kind == "idn_oon" else None
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))], separators=seps))
    return items
