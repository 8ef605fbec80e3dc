"""Family 'rsv_palivizumab_seasonal_prophylaxis_pa_denial': invented Medicaid and commercial pharmacy prior
authorization letters on RSV prophylaxis for infants (palivizumab monthly doses, nirsevimab single dose): a dose
asked for before the plan's RSV season starts or after it ends, a sixth dose past the five-dose season limit, an
infant who does not meet the gestational-age criterion, a second-season request without chronic lung disease
treatment, palivizumab asked for after nirsevimab was given; one approval for the season (faxed to the clinic); one
fax from the NICU group (its cover sheet, then the plan's letter).

Brindlewood Community Health Plan (Medicaid managed care), Northmere Health (commercial) and Corvale Rx (Northmere's
pharmacy benefit manager) are invented, and so are the pediatric and NICU groups, physicians, parents (decoys),
infants and numbers.
Decoys: parent or guardian, infant's date of birth and gestational age, request received date, earlier dose dates,
the nirsevimab date, NPI, Medicaid ID (accepted as member ID), the State Fair Hearing (120 days) and fast-appeal
(72 hours) limits, the season dates.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "rsv_palivizumab_seasonal_prophylaxis_pa_denial"
LANG = "en"
BR = ("Brindlewood Community Health Plan", "Brindlewood Kids Medicaid", "55 Tannery Row, Suite 300, Albany, NY 12207")
NM = ("Northmere Health", "Northmere Open Access PPO", "1200 Lakeshore Commons, Madison, WI 53703")
CV = ("Corvale Rx", "Pharmacy benefit manager for Northmere Health", "PO Box 60418, Dublin, OH 43016")
GROUPS = ["Larkspur Neonatal Associates", "Tamarind Pediatrics of Westfield", "Cobblestone Children's Clinic"]
DOCS = ["Dr. Adaeze Whitcombe, MD", "Dr. Benedikt Sorensen-Ayala, MD", "Dr. Hyun-woo Pellegrini, MD",
        "Dr. Farzana Oyelaran-Reid, DO"]
BABY_FIRST = ["Zainab", "Teodoro", "Freya", "Kaito", "Noor", "Ezinne", "Lachlan", "Mirela"]
BABY_LAST = ["Holcomb", "Marsh", "Adebayo", "Lindahl", "Castellanos", "Vukovic", "Thistlewood", "Ramaswamy"]
PARENT_FIRST = ["Chiamaka", "Dmitri", "Rosario", "Wendell", "Anjali", "Greta", "Ignatius", "Yasmin"]
SEASON = (dt.date(2026, 11, 1), dt.date(2027, 3, 31))


def facts(i: int, ds: str, group: int) -> dict:
    r = Rand(190600 + i)
    first, last, mid = BABY_FIRST[i], BABY_LAST[i], r.choice("ABCDEFGHJKLMNPRSTW")
    f = dict(name=f"{first} {mid}. {last}", first=first, last=last, parent=f"{PARENT_FIRST[i]} {last}",
             addr=list(r.address()), grp_name=GROUPS[group], doc=r.choice(DOCS), npi=r.npi(), ph=r.phone(),
             fax=r.phone(), clinic_fax=r.phone(), fd=lambda x: fmt_date(x, ds),
             mid_br="BKM" + r.digits(9), medicaid=r.letters(2) + r.digits(5) + r.letters(1),
             mid_nm="NMH" + r.digits(7) + "-0" + str(r.randint(2, 4)), grp_nm="G" + r.digits(5),
             ref=r.choice(["PA-", "RX", "PAR"]) + r.digits(8), weeks=r.randint(26, 28), days=r.randint(0, 6))
    return f


def kv(d: Doc, rows, w=58, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k + ":")
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def head(d: Doc, org, sub=None):
    d.add_page()
    d.text_line(org[0], 15.5, "B", h=8)
    d.text_line(sub or org[1], 9.5, "I", h=5)
    d.text_line(org[2], 8.5, h=4.5)
    d.rule(0.6, 4)


def addressee(d: Doc, f: dict, size=10.5):
    for ln in [f"To the parent or guardian of {f['name']}", f["parent"], *f["addr"]]:
        d.text_line(ln, size, h=5)
    d.ln(4)


def medicaid_rights(d: Doc, f: dict, deadline_text: str):
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para(deadline_text + f" Call Brindlewood Member Services at {f['ph']} (TTY 711) or write to Brindlewood Appeals, "
           f"{BR[2]}. If waiting could seriously harm your child's health, ask for a fast appeal; we will decide "
           "within 72 hours. You may ask for a State Fair Hearing within 120 days after you get our appeal decision. "
           "If your child's doctor gives us new information, the doctor may also send a new request.", 9.8)


# -- A: Medicaid, first dose asked for before the season starts -------------------------------------------------
def medicaid_outside_season(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{BR[0]}  -  Notice of Adverse Benefit Determination  -  Page {{p}} of {{n}}")
    head(d, BR)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination: Pharmacy Prior Authorization", 12, "B", h=7)
    kv(d, [("Member (child)", f["name"]), ("Plan member ID", f["mid_br"]), ("Medicaid ID", f["medicaid"]),
           ("Date of birth", fd(f["dob"])), ("Drug requested", "Synagis (palivizumab) 15 mg/kg IM, monthly"),
           ("Requested by", f"{f['doc']}, {f['grp_name']}"), ("Prior authorization number", f["ref"]),
           ("Request received", fd(f["recvd"])), ("Dose date requested", fd(f["dose"]))])
    d.para(f"We reviewed the request from {f['grp_name']} for the first monthly dose of palivizumab for your child, "
           f"{f['first']}, on {fd(f['dose'])}. We denied the request.", 10)
    d.text_line("Why we denied it", 11, "B", h=6)
    d.para("Palivizumab is covered to protect high-risk infants during the respiratory syncytial virus (RSV) season. "
           f"For this state the RSV season for prophylaxis is {fd(SEASON[0])} through {fd(SEASON[1])}. The dose "
           "date requested is before the season starts, so it does not meet the plan's clinical criteria for "
           "palivizumab (Pharmacy Policy RX-118). Your child's doctor may ask again for doses during the season.", 10)
    medicaid_rights(d, f, "If you do not agree, you may ask for an appeal within 60 days from the date of this "
                          "notice.")
    d.para(f"Pharmacy Services, {BR[0]}\ncc: {f['grp_name']} (NPI {f['npi']})", 10)
    return pdf_bytes(d)


# -- B: PBM letter, a sixth dose past the five-dose season limit ------------------------------------------------
def pbm_sixth_dose(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Times", footer=f"{CV[0]} on behalf of {NM[0]}  |  Page {{p}} of {{n}}")
    head(d, CV)
    d.text_line(f"Date: {fd(f['notice'])}", 11, align="R", h=5)
    addressee(d, f, 11)
    d.text_line("Coverage Determination: Prior Authorization Denied", 13.5, "B", h=7)
    kv(d, [("Patient", f["name"]), ("Member ID", f["mid_nm"]), ("Group", f["grp_nm"]),
           ("Plan", NM[1]), ("Case ID", f["ref"]), ("Prescriber", f"{f['doc']}  ({f['grp_name']})"),
           ("Medication", "palivizumab (Synagis) 100 mg/mL vial"), ("Date requested", fd(f["recvd"]))],
       w=42, size=10.5)
    d.para(f"Dear parent or guardian of {f['first']} {f['last']}: Your child's prescriber asked us to cover a sixth "
           f"monthly dose of palivizumab on {fd(f['dose'])}. Our records show these doses this RSV season:", 10.5)
    d.table(["Dose", "Date given", "Status"], [[str(k + 1), fd(x), "Paid"] for k, x in enumerate(f["prior"])]
            + [["6", fd(f["dose"]), "Denied"]], [20, 45, 30], size=9.5)
    d.para("Why: Northmere's policy covers up to five monthly doses of palivizumab per RSV season, which protects an "
           "infant through the end of the season. A sixth dose is beyond the season limit and is not covered.", 10.5)
    d.text_line("Appeal", 12, "B", h=6)
    d.para("You or the prescriber may ask for an appeal within 180 days of the date of this letter. Mail: "
           f"{CV[0]} Appeals, {CV[2]}. Fax: {f['fax']}. Expedited appeals are decided within 72 hours.", 10.5)
    d.para(f"Clinical Pharmacy Review, {CV[0]}", 10.5)
    return pdf_bytes(d)


# -- C: Medicaid, gestational-age criterion not met; deadline printed as a date ----------------------------------
def medicaid_ga(f: dict) -> bytes:
    fd = f["fd"]
    dl = f["notice"] + dt.timedelta(days=60)
    d = Doc("Helvetica", footer=f"{BR[0]}  -  Page {{p}} of {{n}}")
    head(d, BR, "Medicaid Managed Care  -  Pharmacy Prior Authorization Unit")
    d.text_line(f"Notice date: {fd(f['notice'])}", 10.5, h=5)
    d.ln(2)
    addressee(d, f)
    d.text_line("We denied a request for RSV prophylaxis", 12.5, "B", h=7)
    d.boxes([("Child", f["name"], 60), ("Member ID", f["mid_br"], 52), ("Medicaid ID", f["medicaid"], 52)])
    d.boxes([("Born", f"{fd(f['dob'])} at {f['ga']}", 60), ("Authorization request", f["ref"], 52),
             ("Received", fd(f["recvd"]), 52)])
    d.boxes([("Requesting provider", f["grp_name"], 80),
             ("Doses requested", f"{fd(f['dose'])} - {fd(SEASON[1])}", 84)])
    d.ln(4)
    d.para(f"{f['grp_name']} asked us to approve monthly palivizumab (Synagis) for {f['first']} for the "
           "2026-2027 RSV season. We denied the request because your child does not meet the plan's criteria.", 10)
    d.para(f"The criteria cover palivizumab in the first year of life for infants born before 29 weeks, 0 days of "
           f"gestation, or with chronic lung disease of prematurity, or with hemodynamically significant heart "
           f"disease. {f['first']} was born at {f['ga']} and the records do not show chronic lung disease or heart "
           "disease. Infants who do not meet these criteria can receive nirsevimab (Beyfortus), a single dose "
           "given at the start of the season, which the plan covers without prior authorization.", 10)
    medicaid_rights(d, f, f"If you disagree, you must ask for an appeal by {fd(dl)} (60 days from the date of "
                          "this notice).")
    d.para(f"{f['doc']} (NPI {f['npi']}) received a copy of this notice.", 9.5)
    return pdf_bytes(d)


# -- D: Northmere letter, palivizumab after nirsevimab was given -------------------------------------------------
def nirsevimab_given(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{NM[0]}  |  PA-RSV-22  |  Page {{p}} of {{n}}")
    head(d, NM)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    addressee(d, f)
    d.text_line("RE: Prior authorization request for palivizumab", 12, "B", h=7)
    d.table(["Patient", "Member ID", "Group", "Reference #", "Requested dose date"],
            [[f["name"], f["mid_nm"], f["grp_nm"], f["ref"], fd(f["dose"])]], [44, 38, 22, 34, 38], size=9,
            head_fill=True)
    d.para(f"Dear {f['parent']}: {f['doc']} of {f['grp_name']} asked us to approve palivizumab (Synagis) for "
           f"{f['first']}, starting {fd(f['dose'])}. We cannot approve this request.", 10)
    d.para(f"Our records show that {f['first']} received nirsevimab (Beyfortus) on {fd(f['nirs'])} in the newborn "
           "nursery. Nirsevimab is a long-acting antibody that protects an infant for the whole RSV season with one "
           "dose. Our RSV immunoprophylaxis policy does not cover palivizumab in the same season after nirsevimab "
           "has been given, except when the infant has had cardiac bypass surgery. We found no record of that "
           "surgery. This decision was made by a pediatric clinical pharmacist and reviewed by a physician.", 10)
    d.text_line("Your appeal rights", 11, "B", h=6)
    d.para(f"You may appeal within 180 days of the date of this letter by writing to {NM[0]} Appeals, {NM[2]}, or by "
           f"calling {f['ph']}. If the situation is urgent, ask for an expedited appeal (72 hours). After the "
           "internal appeal you may ask for an independent external review.", 9.8)
    d.para(f"Pharmacy Utilization Management, {NM[0]}", 10)
    return pdf_bytes(d)


# -- E: NICU group's fax cover and the Medicaid letter to the provider (second season) ---------------------------
def clinic_cover(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["grp_name"], 18, "B", h=9)
    d.text_line("Neonatal follow-up clinic  -  48 Wicklow Street, Schenectady, NY 12305", 9.5, h=5)
    d.ln(6)
    d.text_line("FAX", 30, "B", h=14)
    d.ln(2)
    kv(d, [("To", "Brindlewood Appeals Unit"), ("Fax", f["fax"]), ("From", f"{f['doc']} / RSV coordinator"),
           ("Our fax", f["clinic_fax"]), ("Date", fd(f["notice"] + dt.timedelta(days=3))), ("Pages", "2 incl. cover"),
           ("Re", f"{f['name']} - appeal of PA {f['ref']}")], w=30, size=12)
    d.ln(4)
    d.para("Attached is your notice denying palivizumab for this patient's second RSV season. Please treat this fax "
           "as a request for an expedited appeal; a letter of medical necessity and the pulmonology note will follow "
           "today. The infant's parent agrees with this appeal.", 11)
    d.ln(10)
    d.para("CONFIDENTIALITY NOTICE: This fax contains protected health information. If you received it in error, "
           "call the sender and destroy all copies.", 8.5)
    return pdf_bytes(d)


def medicaid_cld_to_provider(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{BR[0]}  -  Provider notice  -  Page {{p}} of {{n}}")
    head(d, BR, "Pharmacy Prior Authorization  -  provider notification")
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(1)
    for ln in [f["grp_name"], f"Attn: {f['doc']}", f"Fax {f['clinic_fax']}"]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.text_line("Prior Authorization Denial - Palivizumab, Second RSV Season", 12, "B", h=7)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid_br"]), ("Medicaid ID", f["medicaid"]),
           ("Date of birth", fd(f["dob"])), ("Parent/guardian", f["parent"]), ("PA number", f["ref"]),
           ("Requested dose date", fd(f["dose"])), ("Prescriber NPI", f["npi"])], w=48)
    d.para("Criteria reviewed: in the second year of life palivizumab is covered only for children with chronic lung "
           "disease of prematurity who needed medical support (chronic corticosteroids, diuretics or supplemental "
           "oxygen) during the 6 months before the start of the second RSV season, or who are profoundly "
           "immunocompromised.", 9.8)
    d.para(f"Decision: DENIED. The records show chronic lung disease of prematurity, but {f['first']} has been off "
           "supplemental oxygen and diuretics since " + fd(f["dose"] - dt.timedelta(days=260)) + ", more than 6 "
           "months before the season. The criteria for a second season are not met.", 9.8)
    d.para("The member and the member's parent were sent a notice with appeal rights. The provider may appeal on the "
           "member's behalf with written consent within 60 calendar days from the date on this notice, or ask for a "
           f"peer-to-peer review at {f['ph']}. Fast appeals are decided within 72 hours.", 9.8)
    d.para(f"Pharmacy Services, {BR[0]}", 10)
    return pdf_bytes(d)


# -- F: approval faxed to the clinic ------------------------------------------------------------------------------
def approval_fax(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Courier")
    d.add_page()
    d.text_line(f"{fd(f['notice'])}  FROM: {BR[0].upper()} PA UNIT  FAX {f['fax']}  P.1/1", 8.5, h=4.5)
    d.rule(0.3, 3)
    d.text_line(BR[0], 14, "B", h=7)
    d.text_line("PHARMACY PRIOR AUTHORIZATION - APPROVAL", 12, "B", h=6)
    d.ln(3)
    kv(d, [("TO", f"{f['grp_name']}, fax {f['clinic_fax']}"), ("PRESCRIBER", f["doc"]), ("MEMBER", f["name"]),
           ("MEMBER ID", f["mid_br"]), ("DOB", fd(f["dob"])), ("AUTHORIZATION #", f["ref"]),
           ("DRUG", "PALIVIZUMAB (SYNAGIS) 15 MG/KG IM"), ("QUANTITY", "UP TO 5 DOSES, 1 PER 28 DAYS"),
           ("APPROVED", f"{fd(SEASON[0])} THROUGH {fd(SEASON[1])}"), ("REQUEST RECEIVED", fd(f["recvd"]))],
       w=48, size=10)
    d.para(f"The request meets criteria (born at {f['ga']}, first year of life). Doses must be given during the "
           "approved dates; order through the plan's specialty pharmacy. Weight-based dosing: send the current "
           "weight with each order. No further action is needed for this season.", 10)
    d.para(f"Questions: PA Unit {f['ph']}. This fax contains confidential health information.", 9)
    return pdf_bytes(d)


# -- G: PBM letter, dose asked for after the season ends -----------------------------------------------------------
def pbm_after_season(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc("Helvetica", footer=f"{CV[0]}  -  Page {{p}} of {{n}}")
    head(d, CV)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    addressee(d, f)
    d.text_line("Your request for palivizumab was not approved", 12.5, "B", h=7)
    d.para(f"Member: {f['name']}    ID: {f['mid_nm']}    Group: {f['grp_nm']}\nCase: {f['ref']}    "
           f"Prescriber: {f['doc']}, {f['grp_name']}\nDrug: Synagis (palivizumab)    Dose date requested: "
           f"{fd(f['dose'])}", 10)
    d.para(f"We received this request on {fd(f['recvd'])}. Northmere covers palivizumab during the RSV season, "
           f"{fd(SEASON[0])} through {fd(SEASON[1])}, for infants who meet its criteria. The dose date requested is "
           "after the season ended. Local RSV activity data from the state health department did not show an "
           "extended season. The request is denied under the plan's RSV prophylaxis policy.", 10)
    d.para("You can appeal. Send your appeal within 180 days of the date of this letter to "
           f"{CV[0]} Appeals, {CV[2]} (fax {f['fax']}). If your child's health could be seriously harmed by waiting "
           "for a standard decision, ask for an expedited appeal.", 10)
    d.para(f"{CV[0]}, for {NM[0]}", 10)
    return pdf_bytes(d)


def T_br(f, doc, den, **kw):
    base = dict(insurer=BR[0], member_id=f["mid_br"], member_name=f["name"], denial_date=iso(f["notice"]),
                provider=f["grp_name"], case_numbers=[f["ref"]],
                alternates={"member_id": [f["medicaid"]], "provider": [f["doc"].split(",")[0]],
                            "insurer": [BR[1]]})
    alts = kw.pop("alternates", {})
    base["alternates"].update(alts)
    base.update(kw)
    return truth(doc, den, **base)


def T_nm(f, doc, den, insurer, **kw):
    alt = {"provider": [f["doc"].split(",")[0]]}
    if insurer == CV[0]:
        alt["insurer"] = [NM[0]]
    base = dict(insurer=insurer, member_id=f["mid_nm"], group_number=f["grp_nm"], member_name=f["name"],
                denial_date=iso(f["notice"]), provider=f["grp_name"], case_numbers=[f["ref"]], alternates=alt)
    base.update(kw)
    return truth(doc, den, **base)


def days(d, n):
    return d + dt.timedelta(days=n)


def documents(rng) -> list[Item]:
    items = []
    plus = lambda f, n: iso(days(f["notice"], n))  # noqa: E731

    f = facts(0, "long", 1)
    f["dob"], f["dose"] = dt.date(2026, 7, 19), dt.date(2026, 10, 13)
    f["recvd"], f["notice"] = dt.date(2026, 9, 29), dt.date(2026, 10, 2)
    items.append(Item(f"{FAMILY}_bd_medicaid_dose_before_season_start", "born_digital",
                      [(medicaid_outside_season(f),
                        T_br(f, "denial_letter", "medical_necessity", service_dates=[iso(f["dose"])],
                             appeal_deadline=plus(f, 60), denial_alternates=["not_covered", "prior_authorization"]))]))

    f = facts(1, "slash", 1)
    f["dob"] = dt.date(2026, 6, 2)
    f["prior"] = [dt.date(2026, 11, 3), dt.date(2026, 12, 1), dt.date(2026, 12, 29), dt.date(2027, 1, 26),
                  dt.date(2027, 2, 23)]
    f["dose"], f["recvd"], f["notice"] = dt.date(2027, 3, 23), dt.date(2027, 3, 9), dt.date(2027, 3, 11)
    items.append(Item(f"{FAMILY}_bd_pbm_sixth_dose_past_season_limit", "born_digital",
                      [(pbm_sixth_dose(f),
                        T_nm(f, "denial_letter", "not_covered", CV[0], service_dates=[iso(f["dose"])],
                             appeal_deadline=plus(f, 180), denial_alternates=["medical_necessity", "other"]))]))

    f = facts(2, "abbr", 2)
    f["ga"] = "33 weeks, 2 days"
    f["dob"], f["dose"] = dt.date(2026, 9, 14), dt.date(2026, 11, 16)
    f["recvd"], f["notice"] = dt.date(2026, 11, 5), dt.date(2026, 11, 10)
    items.append(Item(f"{FAMILY}_scan300_medicaid_gestational_age_not_met", "scan_clean_300",
                      [(medicaid_ga(f),
                        T_br(f, "denial_letter", "medical_necessity", service_dates=[iso(f["dose"], SEASON[1])],
                             appeal_deadline=plus(f, 60), denial_alternates=["prior_authorization"],
                             alternates={"service_dates": [[iso(f["dose"])]]}))]))

    f = facts(3, "iso", 1)
    f["dob"] = dt.date(2026, 10, 20)
    f["nirs"], f["dose"] = dt.date(2026, 10, 22), dt.date(2026, 12, 7)
    f["recvd"], f["notice"] = dt.date(2026, 11, 23), dt.date(2026, 11, 25)
    items.append(Item(f"{FAMILY}_lowres_commercial_nirsevimab_already_given", "scan_lowres_150",
                      [(nirsevimab_given(f),
                        T_nm(f, "denial_letter", "medical_necessity", NM[0], service_dates=[iso(f["dose"])],
                             appeal_deadline=plus(f, 180), denial_alternates=["other", "not_covered"]))]))

    f = facts(4, "slash", 0)
    f["dob"], f["dose"] = dt.date(2025, 8, 30), dt.date(2026, 11, 9)
    f["recvd"], f["notice"] = dt.date(2026, 10, 26), dt.date(2026, 10, 29)
    items.append(Item(f"{FAMILY}_faxfine_nicu_cover_and_cld_second_season_denial", "fax_fine_g4",
                      [(medicaid_cld_to_provider(f),
                        T_br(f, "denial_letter", "medical_necessity", service_dates=[iso(f["dose"])],
                             appeal_deadline=plus(f, 60), denial_alternates=["prior_authorization"]))],
                      separators=[clinic_cover(f)]))

    f = facts(5, "upper", 0)
    f["ga"] = f"{f['weeks']} weeks {f['days']} days"
    f["dob"] = dt.date(2026, 8, 11)
    f["recvd"], f["notice"] = dt.date(2026, 10, 14), dt.date(2026, 10, 16)
    items.append(Item(f"{FAMILY}_faxstd_medicaid_season_approval", "fax_standard_g4",
                      [(approval_fax(f), T_br(f, "other", None, service_dates=[iso(SEASON[0], SEASON[1])]))]))

    f = facts(6, "dmy", 2)
    f["dob"] = dt.date(2026, 5, 3)
    f["dose"], f["recvd"], f["notice"] = dt.date(2027, 4, 12), dt.date(2027, 4, 1), dt.date(2027, 4, 6)
    items.append(Item(f"{FAMILY}_rotated_pbm_dose_after_season_end", "rotated",
                      [(pbm_after_season(f),
                        T_nm(f, "denial_letter", "medical_necessity", CV[0], service_dates=[iso(f["dose"])],
                             appeal_deadline=plus(f, 180), denial_alternates=["not_covered", "prior_authorization"]))]))
    return items
