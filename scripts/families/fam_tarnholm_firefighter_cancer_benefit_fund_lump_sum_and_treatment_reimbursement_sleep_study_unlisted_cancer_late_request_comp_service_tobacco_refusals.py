"""Papers mirrored (structure and plain wording style only) from a state firefighter cancer benefit program of the
kind several states run as an alternative to a workers' compensation cancer presumption: a career firefighter who
has worked for a participating fire department for five continuous years, has not used tobacco in the five years
before the diagnosis and is diagnosed with one of the listed cancers (while serving or within ten years after
leaving) may choose, instead of workers' compensation for that cancer, a one-time lump-sum benefit at the first
diagnosis and reimbursement of the deductible, copayments and coinsurance that the employer's health plan left to
the firefighter for treating that cancer.

Everything is invented: the State of Tarnholm (TM), its Division of Fire Safety, the Tarnholm Firefighter Cancer
Benefit Fund (brand: a ring monogram "FCB" beside the letter-spaced word "T A R N H O L M", the words "Firefighter
Cancer Benefit Fund" under it), the fund's claims administrator Calvergh Claims Services, Inc. (named in the legal
footer of every paper, signing some), the Fire Benefits Review Board, every fire department, union local, hospital,
clinic, person, number, address and amount; the lump sum ($30,000), the 90-day receipt rule for reimbursement
requests and the 60-day reconsideration window are this family's own. Phones are 555. CPT / HCPCS / ICD-10 codes
are themselves.

Documents (8 in 7 files):
- born digital: a two-page treatment benefit statement, two reimbursement requests, one line of the second (a sleep
  study) refused under note N3 told only in the two-column note list on page 2 (not treatment of the covered cancer;
  the list also explains codes no line uses); billing, rendering and referring providers side by side; claimant
  number and employer group under one caption.
- standard fax: lump-sum decision refusing pancreatic cancer (not a listed cancer), the administrator's fax line on
  both pages, the fire department's RECEIVED stamp, "Claim no. - Letter ID" sharing a box, the surgeon with the
  hospital's centre under his name; covered cancers listed in three columns on page 2.
- standard fax stack: the union local's cover sheet, the local's fax line counting the pages across the
  transmission (P. 1/3 to P. 3/3); a lump-sum award for melanoma (denies nothing); a refusal of a radiation-therapy
  reimbursement request received more than 90 days after the health plan's statement, fed sideways.
- 300 dpi scan, Spanish: reimbursement refused because the firefighter's workers' compensation claim for the same
  kidney cancer was accepted (the benefits are an alternative to it).
- photocopy: reconsideration decision keeping the refusal of a bladder cancer claim (continuous service with the
  current department under five years), "Appeal - Claim" in one box, a RECEIVED stamp of the request's date.
- phone photo: a thyroid cancer claim closed because the pathology report and the department's service
  certificate never came.
- fine fax: an esophageal cancer claim refused because the department physical recorded smokeless tobacco use
  within five years, faxed to the firefighter's lawyer (fax line, the law office's RECEIVED stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqc import (EQSheet, abbr, dash, digits, dmon, dmy, dots, es_abbr, es_date, es_dmy,  # noqa: F401
                               fax_cover, fax_stamp,
                               first_last, fresh, initial_last, iso, last_first, long, m2, n2, nopad, out, people,
                               plus, short, slash, surname, truth, upper, usd, usd_es)

FAMILY = ("tarnholm_firefighter_cancer_benefit_fund_lump_sum_and_treatment_reimbursement_sleep_study_"
          "unlisted_cancer_late_request_comp_service_tobacco_refusals")
LANG = "en"
SEED = 355062

FUND = "Tarnholm Firefighter Cancer Benefit Fund"
FUND_ALT = ["Firefighter Cancer Benefit Fund", "Tarnholm Firefighter Cancer Benefit Fund (FCBF)", "FCBF",
            "Tarnholm Division of Fire Safety", "State of Tarnholm Firefighter Cancer Benefit Fund"]
ADMIN = "Calvergh Claims Services, Inc."
DIV = "Tarnholm Department of Public Safety, Division of Fire Safety"
TAG = "A benefit for career firefighters of Tarnholm fire departments \u00b7 Division of Fire Safety"
TAG_ES = "Un beneficio para bomberos de carrera de Tarnholm \u00b7 Division of Fire Safety"
PH = "1-877-555-0184"
FAXNO = "1-877-555-0188"
LUMP = 30000.00
LEGAL = (f"The {FUND} is created by the Tarnholm Firefighter Cancer Benefit Act and overseen by the {DIV}. "
         f"Claims are received and processed for the Fund under contract by {ADMIN}, 2200 Sextant Row, Suite 410, "
         "Halvering, TM 59310. The administrator pays no benefit from its own funds.")
CANCERS = ["Bladder", "Brain", "Breast", "Cervical", "Colon", "Esophageal", "Invasive skin", "Kidney",
           "Large intestine", "Lung", "Malignant melanoma", "Mesothelioma", "Multiple myeloma",
           "Non-Hodgkin lymphoma", "Oral cavity and throat", "Ovarian", "Prostate", "Rectal", "Stomach", "Testicular",
           "Thyroid"]
TOWNS = ["Halvering, TM 59310", "Dunharrow, TM 59422", "Tennet Ford, TM 59507", "Cinder Hollow, TM 59231",
         "Tenterby, TM 59644", "Sootley, TM 59118"]
STREETS = ["Hosecart Ln", "Ladder Hill Rd", "Engine House St", "Bell Cord Ct", "Pumper Row", "Standpipe Ave",
           "Hydrant Way", "Box Alarm Dr", "Firebreak Rd"]
DEPTS = {"31-006": "Tennet Ford Fire Department", "27-014": "Dunharrow Fire Rescue", "22-031": "Halvering Fire "
         "Department", "40-002": "Tenterby Township Fire District", "18-020": "Cinder Hollow Fire Protection District"}


def legal(form: str) -> list[str]:
    return [LEGAL, f"Form {form}  \u00b7  Questions: {PH} (TTY 711)  \u00b7  Se habla espa\u00f1ol"]


def home(rng) -> list[str]:
    return [f"{rng.randint(12, 4980)} {rng.choice(STREETS)}", rng.choice(TOWNS)]


def claimant_no(rng) -> str:
    return "FF" + digits(rng, 8)


def lump_no(rng) -> str:
    return "LS-26-" + "00" + digits(rng, 4)


def req_no(rng) -> str:
    return "TR-26-0" + digits(rng, 5)


def letter_id(rng, d: dt.date) -> str:
    return f"L{d:%y%m}-{digits(rng, 5)}"


def npi(rng) -> str:
    return "1" + digits(rng, 9)


def right_lines(unit: str = "Claims Unit") -> list[str]:
    return [FUND, unit, "P.O. Box 5510", "Halvering, TM 59310-5510", f"Phone {PH}", f"Fax {FAXNO}"]


def head(p: EQSheet, unit: str = "Claims Unit", mark: str = "ring", es: bool = False):
    p.wordmark_letterhead("Tarnholm", "Firefighter Cancer Benefit Fund", TAG_ES if es else TAG, "FCB",
                          right_lines(unit), mark=mark)


def rights_paras(nd_days: int = 60, what: str = "notice") -> list[str]:
    return [
        "## If you disagree",
        f"You may ask the Fund to reconsider this decision. Your request must be received within {nd_days} days of "
        f"the date of this {what}. Write to Reconsiderations, P.O. Box 5514, Halvering, TM 59310-5514, or fax "
        f"{FAXNO}. Say why you disagree and send anything that supports your claim (medical records, service "
        "records, pay records).",
        "## After reconsideration",
        "If the Fund keeps its decision, you may ask the Fire Benefits Review Board for a hearing. The "
        "reconsideration decision will tell you how and by when.",
        "## Workers' compensation",
        "Fund benefits are an alternative to workers' compensation for the same cancer. A decision of the Fund "
        "does not decide a workers' compensation claim, and time limits for that claim keep running.",
        "## Help",
        f"Call {PH}, Monday to Friday, 8 a.m. to 4:30 p.m. Your union local or department personnel office can also "
        "help you fill in forms.",
    ]


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    """Treatment benefit statement: two requests; request two's sleep study line refused under N3 (page 2)."""
    ff, onc, sleep_md, rad = people(rng, 4, 1, "FMFM")
    cid, grp = claimant_no(rng), "27-014"
    sd = dt.date(2026, 5, 14)
    r1, r2 = req_no(rng), req_no(rng)
    rec1, rec2 = dt.date(2026, 3, 30), dt.date(2026, 4, 21)
    dx = dt.date(2026, 1, 22)
    lid = letter_id(rng, sd)
    dcn = "2026" + digits(rng, 9)
    infusion = "Dunharrow Infusion Center"
    imaging = "Cinder Hollow Imaging"
    sleepc = "Halvering Sleep Diagnostics, LLC"
    heme = "Dunharrow Hematology & Oncology"
    pharm = "Tenterby Regional Pharmacy"
    # (date, provider key, description, code, billed, plan paid, your cost, fund pays, note)
    req1 = [(dt.date(2026, 2, 10), "inf", "Chemotherapy infusion, first hour", "96413", 1940.00, 1746.00, 194.00,
             194.00, "A1"),
            (dt.date(2026, 2, 10), "inf", "Rituximab, 10 mg units", "J9312", 6120.00, 5508.00, 612.00, 612.00, "A1"),
            (dt.date(2026, 2, 17), "img", "PET/CT, skull base to mid-thigh", "78815", 3480.00, 2784.00, 696.00,
             550.00, "A4")]
    req2 = [(dt.date(2026, 3, 3), "inf", "Chemotherapy infusion, first hour", "96413", 1940.00, 1746.00, 194.00,
             194.00, "A1"),
            (dt.date(2026, 3, 10), "img", "CT chest with contrast", "71260", 1260.00, 1008.00, 252.00, 252.00, "A1"),
            (dt.date(2026, 3, 18), "slp", "Sleep study, attended (polysomnography)", "95810", 2140.00, 1712.00,
             428.00, 0.00, "N3"),
            (dt.date(2026, 3, 24), "rx", "Ondansetron 8 mg, 30 tablets (copay)", "RX", 15.00, 0.00, 15.00, 15.00,
             "A1")]
    prov = {"inf": f"{infusion}  \u00b7  health plan EOB no. 7731-{digits(rng, 4)}-{digits(rng, 2)}",
            "img": f"{imaging}  \u00b7  reading radiologist Dr. {rad}",
            "slp": f"Billing: {sleepc}   Rendering: Dr. {sleep_md}   Referring: Dr. {onc}",
            "rx": f"{pharm}  \u00b7  Rx no. {digits(rng, 7)}"}
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("FCB-TBS (rev. 01/2026)"),
                running=f"FCBF  \u00b7  Treatment Benefit Statement  \u00b7  {cid}  \u00b7  {nopad(sd)}  \u00b7  "
                        "page {n}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p)
    p.pair_boxes([("Claimant / Employer group no.", f"{cid} / {grp}", 1.35), ("Statement date", long(sd), 1.0),
                  ("Letter ID", lid, 0.8), ("Document control no.", dcn, 1.0)], size=9.2)
    y0 = p.get_y()
    p.address([ff, *home(rng)], 9.6)
    yl = p.get_y()
    p.set_xy(p.l_margin + p.W * 0.5, y0)
    p.f(13.5, "B")
    p.cell(p.W * 0.5, 6.5, "Treatment Benefit Statement", new_x="LEFT", new_y="NEXT")
    p.f(8.4)
    p.multi_cell(p.W * 0.5, 3.9, f"Covered cancer on file: non-Hodgkin lymphoma (C83.3), diagnosed {slash(dx)}. "
                 f"Department: {DEPTS[grp]}. This statement shows what the Fund paid back to you for costs your "
                 "health plan left to you. It is not a bill.", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(yl, p.get_y()) + 3)
    W = p.W
    widths = [17, W - 17 - 13 - 21 - 20 - 17 - 17 - 11, 13, 21, 20, 17, 17, 11]
    rows = []
    for rn, rec, lines in ((r1, rec1, req1), (r2, rec2, req2)):
        rows.append(("group", f"Request {rn}  \u00b7  received {short(rec)}"))
        last = None
        for d, pk, desc, code, b, pp, yc, fp, nt in lines:
            if pk != last:
                rows.append(("span", prov[pk]))
                last = pk
            rows.append([short(d), desc, code, n2(b), n2(pp), n2(yc), n2(fp), nt])
        rows.append(("bold", ["", "Request total", "", n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)),
                              n2(sum(x[6] for x in lines)), n2(sum(x[7] for x in lines)), ""]))
    p.grid2(["Date", "Service", "Code", "Billed by provider", "Health plan paid", "You asked for",
             "Fund pays", "Note"], rows, widths, ["L", "L", "L", "R", "R", "R", "R", "L"], size=7.7, row_h=5.0)
    tot_fund = sum(x[7] for x in req1 + req2)
    p.leaders([("Paid to you by direct deposit on " + abbr(plus(sd, 1)), usd(tot_fund)),
               ("Deposit trace number", digits(rng, 12))], size=8.8, w=W * 0.62)
    p.shaded_para("Notes A1 to W2 are explained on page 2. Keep this statement with your health plan's "
                  "explanations of benefits.", 8.4)
    # page 2
    p.add_page()
    p.heading("Notes on this statement", 11, rule=True)
    p.legend_cols("", [
        ("A1", "Paid in full: the deductible, copayment or coinsurance shown on your health plan's explanation of "
               "benefits."),
        ("A4", "Paid in part. You asked for more than the cost share your health plan's explanation of benefits "
               "shows for this service; the Fund paid the amount that explanation shows."),
        ("D1", "Already paid on an earlier statement."),
        ("E2", "You were not eligible on this date. See the letter we sent you."),
        ("N3", "Not paid. The bill is for a service that does not treat the covered cancer named on page 1 (for "
               "example a sleep study, a routine check-up, dental care or care of another illness). The Fund "
               "pays back costs of treating that cancer only."),
        ("N6", "Not paid. The health plan did not cover the service; the Fund pays only your cost share of covered "
               "care."),
        ("T9", "Not paid. The request came more than 90 days after the date of the health plan's explanation of "
               "benefits."),
        ("W2", "Not paid. Workers' compensation accepted this cancer; Fund benefits are an alternative to it."),
    ], ncol=2, size=7.8, code_w=8.5, gap=6)
    p.heading("Providers of the sleep study line (03/18/26)", 10, rule=True)
    p.tab_row([("BILLING PROVIDER", [sleepc, f"NPI {npi(rng)}", "Tax ID " + f"{digits(rng, 2)}-{digits(rng, 7)}"],
                1.0),
               ("RENDERING PROVIDER", [f"Dr. {sleep_md}", "Sleep medicine", f"License MD-{digits(rng, 5)}"], 1.0),
               ("REFERRING PROVIDER", [f"Dr. {onc}", heme, f"NPI {npi(rng)}"], 1.0)], size=8.4)
    p.heading("How we figure what the Fund pays", 10, rule=True)
    p.para("Example only (not one of your bills): a scan billed at $1,000.00 that your plan allowed at $800.00 and "
           "paid 80% of leaves you $160.00 of coinsurance. The Fund pays back the $160.00, not the $1,000.00.", 8.6)
    p.twocol(rights_paras(60, "statement"), size=8.3)
    p.para(f"Statement prepared for the Fund by {ADMIN}", 7.8)
    billed2 = sum(x[4] for x in req2)
    t = truth("eob", "not_covered", insurer=FUND, group=grp, member_id=cid, member_name=ff, cases=[r2],
              claim_amount=m2(billed2), service_dates=[iso(dt.date(2026, 3, 18))], denial_date=iso(sd),
              provider=sleep_md, appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": FUND_ALT, "provider": [sleepc, "Halvering Sleep Diagnostics"],
                          "claim_amount": [m2(2140.00), m2(428.00)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_unlisted(rng):
    """Lump-sum decision: pancreatic cancer is not a listed cancer (fax line on both pages, RECEIVED stamp)."""
    ff, surg, hr = people(rng, 3, 1, "MMF")
    cid, grp = claimant_no(rng), "31-006"
    nd = dt.date(2026, 5, 26)
    dx = dt.date(2026, 4, 9)
    recv = dt.date(2026, 4, 28)
    cno = lump_no(rng)
    lid = letter_id(rng, nd)
    job = digits(rng, 5)
    hosp = "Halvering General Hospital"
    centre = "Pancreas & Biliary Surgery Center, Halvering General Hospital"
    faxline = (f"{fax_stamp(plus(nd, 1), '09:14')}  FROM: FCBF CLAIMS {FAXNO}  TO: 15555550143  "
               f"JOB {job}  P.{{n3}}/{{nb}}")
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("FCB-LSD (rev. 01/2026)"), faxline=faxline, fax_total=2)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    p.stamp_at(["RECEIVED", upper(plus(nd, 3)), "TENNET FORD F.D. PERSONNEL"], p.w - p.r_margin - 52,
            p.get_y() + 2, angle=-7, w=48)
    p.f(9.6)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ff, *home(rng)], 10)
    p.pair_boxes([("Claim no. \u2013 Letter ID", f"{cno} \u2013 {lid}", 1.4),
                  ("Group/Claimant no.", f"{grp} / {cid}", 1.2), ("Claim received", dash(recv), 0.8)], size=9.6)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Decision on your claim for the lump-sum cancer benefit", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(ff)}:", 10)
    p.para(f"We received your claim on {long(recv)}. You asked for the one-time lump-sum benefit of {usd(LUMP)} and "
           f"for reimbursement of your treatment costs after a diagnosis of adenocarcinoma of the pancreas "
           f"(ICD-10 C25.0) on {long(dx)}. The diagnosis was made by:", 10)
    p.set_x(p.l_margin + 10)
    p.f(10, "B")
    p.cell(0, 5, f"Dr. {surg}", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 10)
    p.f(9.4)
    p.cell(0, 4.6, centre, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Our decision: we cannot pay this claim", 11)
    p.para("The Fund can pay only for the cancers listed in the Act (see page 2). Cancer of the pancreas is not one of "
           f"them. Your service records show {DEPTS[grp]} employed you for more than 14 continuous years, and you "
           "met the other conditions; the refusal is only because of the kind of cancer.", 10)
    p.para("This decision covers both the lump-sum benefit and the reimbursement of your deductible, copayments and "
           "coinsurance for this cancer. Your health plan still covers your treatment under its own terms.", 9.8)
    p.para("If a doctor later finds that your cancer began in an organ on the list (for example the stomach or the "
           "large intestine), send us the new pathology report and we will look at your claim again.", 9.8)
    p.signoff(["Sincerely,", "Claims Unit", f"{ADMIN}, for the {FUND}"], 9.4)
    p.para(f"cc: {DEPTS[grp]}, Personnel (attn. {initial_last(hr)})", 8.4)
    p.add_page()
    p.heading("Cancers the Fund covers", 10.5, rule=True)
    p.list_cols(CANCERS, ncol=3, size=8.4)
    p.para("The cancer must be diagnosed while you work for a participating department or within 10 years after "
           "you leave. You must have worked for that department for at least 5 continuous years and not have used "
           "tobacco in the 5 years before the diagnosis.", 8.8)
    p.twocol(rights_paras(60), size=8.4)
    t = truth("denial_letter", "not_covered", insurer=FUND, group=grp, member_id=cid, member_name=ff, cases=[cno],
              claim_amount=None, service_dates=[iso(dx)], denial_date=iso(nd), provider=surg,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": FUND_ALT, "provider": [hosp, centre], "claim_amount": [m2(LUMP)],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_docs(rng):
    adv = people(rng, 1, 1, "F")[0]
    local_fax = "(555) 555-0176"
    fl = "{stamp}  TPFF LOCAL 2291 {lf}  >> FCBF  P. {{n}}/3  JOB#{job}"
    job = digits(rng, 4)
    sent = dt.date(2026, 7, 8)
    fline = fl.format(stamp=fax_stamp(sent, "16:40"), lf=local_fax, job=job)

    # document 1: lump-sum award (denies nothing)
    ff, derm = people(rng, 2, 1, "MF")
    cid, grp = claimant_no(rng), "22-031"
    nd = dt.date(2026, 6, 18)
    dx = dt.date(2026, 5, 20)
    cno = lump_no(rng)
    clinic = "Tenterby Skin & Mohs Surgery"
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("FCB-LSA (rev. 01/2026)"), faxline=fline, fax_first=2,
                fax_total=3)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, mark="square")
    p.numbered_form([[("A. Claim no.", cno, 1.0), ("B. Claimant no.", cid, 1.0), ("C. Employer group", grp, 0.7),
                      ("D. Date of notice", dots(nd), 0.9)]], size=9.6, value_face="Sans")
    p.address([ff, *home(rng)], 10)
    p.f(13, "B")
    p.cell(0, 7, "Your lump-sum cancer benefit is approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(ff)}:", 10)
    p.para(f"We approved your claim for the one-time lump-sum benefit. Dr. {derm} of {clinic} diagnosed invasive "
           f"malignant melanoma of the upper back (ICD-10 C43.59) on {long(dx)}. Melanoma is a covered cancer, "
           f"{DEPTS[grp]} confirmed more than 5 continuous years of your service, and your tobacco statement and "
           "department physicals show no tobacco use.", 10)
    p.margin_rows([("Benefit", "One-time lump sum, first diagnosis of a covered cancer"),
                   ("Amount", usd(LUMP)), ("Paid by", f"direct deposit on {long(plus(nd, 4))}"),
                   ("Deposit trace", digits(rng, 12)), ("Diagnosing doctor", f"Dr. {derm}, {clinic}")],
                  cap_w=40, size=9.6)
    p.para("You may also send requests for reimbursement of your deductible, copayments and coinsurance for "
           "treating this melanoma (Form FCB-7, with your health plan's explanation of benefits). Each request must "
           "reach us within 90 days of the date of the health plan's explanation of benefits.", 9.6)
    p.para("The lump sum is paid once in a lifetime, even if you are later diagnosed with another covered cancer. "
           "Because you chose Fund benefits, you may not receive workers' compensation for this cancer.", 9.4)
    p.signoff(["Claims Unit", f"{ADMIN}, for the {FUND}"], 9.4)
    d1 = (out(p), truth("other", None, insurer=FUND, group=grp, member_id=cid, member_name=ff, cases=[cno],
                        service_dates=[iso(dx)], denial_date=iso(nd), provider=derm,
                        alternates={"insurer": FUND_ALT, "provider": [clinic], "claim_amount": [m2(LUMP)],
                                    "service_dates": [[]]}))

    # document 2: late reimbursement request (radiation therapy), fed sideways
    ff2, radonc = people(rng, 2, 1, "MM")
    cid2, grp2 = claimant_no(rng), "40-002"
    nd2 = dt.date(2026, 6, 30)
    rno = req_no(rng)
    recv = dt.date(2026, 6, 2)
    eob_d = dt.date(2026, 2, 10)
    sess = [dt.date(2026, 1, 12), dt.date(2026, 1, 14), dt.date(2026, 1, 16)]
    rclin = "Cinder Hollow Radiation Oncology"
    per, coins = 1385.00, 277.00
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("FCB-TRL (rev. 01/2026)"), faxline=fline, fax_first=3,
                fax_total=3)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    p.pair_boxes([("Request no.", rno, 1.0), ("Claimant / group", f"{cid2} / {grp2}", 1.3),
                  ("Notice date", abbr(nd2), 0.9)], size=9.6)
    p.address([ff2, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "We cannot pay back these treatment costs", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(ff2)}:", 10)
    p.para(f"On {long(recv)} we received your request for the coinsurance you paid for radiation therapy for "
           f"prostate cancer given by {rclin} \u2013 Dr. {radonc}:", 10)
    p.grid(["Date of service", "Service", "Billed", "Your coinsurance"],
           [[slash(d), "Radiation treatment delivery (77386)", n2(per), n2(coins)] for d in sess] +
           [("bold", ["", "Total", n2(per * 3), n2(coins * 3)])], [34, p.W - 34 - 56, 28, 28],
           ["L", "L", "R", "R"], size=8.8, row_h=5.4)
    p.para(f"Your health plan's explanation of benefits for these sessions is dated {slash(eob_d)}. The Fund must "
           "receive a request within 90 days of that date; for these sessions the last day was "
           f"{long(plus(eob_d, 90))}. "
           "Your request came 112 days after the date of that explanation, so the Fund cannot pay it.", 10)
    p.para("If something outside your control kept you from sending the request on time (for example a hospital "
           "stay), tell us in a reconsideration request and send proof.", 9.6)
    p.para("You may ask the Fund to reconsider within 60 days of the date of this letter. Write to Reconsiderations, "
           f"P.O. Box 5514, Halvering, TM 59310-5514, or fax {FAXNO}.", 9.6)
    p.signoff(["Claims Unit", f"{ADMIN}, for the {FUND}"], 9.4)
    d2 = (out(p), truth("denial_letter", "timely_filing", insurer=FUND, group=grp2, member_id=cid2, member_name=ff2,
                        cases=[rno], claim_amount=m2(per * 3), service_dates=[iso(x) for x in sess],
                        denial_date=iso(nd2), provider=radonc, appeal_deadline=iso(plus(nd2, 60)),
                        alternates={"insurer": FUND_ALT, "provider": [rclin, f"{rclin} \u2013 Dr. {radonc}"],
                                    "claim_amount": [m2(coins * 3)]}))
    cover = fax_cover(
        ["Tarnholm Professional Fire Fighters, Local 2291", "Cancer Benefit Advocate  \u00b7  88 Engine House St, "
         "Halvering, TM 59310", f"phone (555) 555-0175  \u00b7  fax {local_fax}"],
        [("To:", "FCBF Reconsiderations"), ("Fax no.:", FAXNO), ("From:", first_last(adv)),
         ("Date:", nopad(sent)), ("Pages:", "3 including this cover"), ("Re:", "two members' Fund letters")],
        ["Good afternoon,", "Attached are two letters from the Fund. The first is for our records file only (award, "
         "no action needed). The second member wants to ask for reconsideration of the late-request decision; a "
         "written request follows by mail with his hospital discharge papers.", "Thank you."],
        ["Regards,", first_last(adv), "Cancer Benefit Advocate, Local 2291"], fline, 3,
        "CONFIDENTIAL: this transmission may contain health information. If you received it by mistake, call the "
        "sender and destroy all copies.")
    return cover, [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def scan_es_comp(rng):
    """Spanish: reimbursement refused, workers' compensation accepted the same kidney cancer."""
    ff = people(rng, 1, 1, "M", es=True)[0]
    uro, = people(rng, 1, 1, "F")
    cid, grp = claimant_no(rng), "18-020"
    nd = dt.date(2026, 6, 2)
    rno = req_no(rng)
    recv = dt.date(2026, 5, 11)
    wc = "WC-26-" + digits(rng, 5)
    clinic = "Tennet Ford Urology Associates"
    lines = [(dt.date(2026, 4, 7), "99214", "Consulta de seguimiento", 286.00, 60.00),
             (dt.date(2026, 4, 7), "74178", "Tomograf\u00eda de abdomen y pelvis", 1540.00, 308.00),
             (dt.date(2026, 4, 21), "99213", "Consulta de seguimiento", 198.00, 40.00)]
    tot = sum(x[3] for x in lines)
    p = EQSheet(footer="P\u00e1gina {n} de {nb}", legal=[
        f"El {FUND} fue creado por la Tarnholm Firefighter Cancer Benefit Act y lo supervisa la Division of Fire "
        f"Safety. {ADMIN} recibe y tramita los reclamos para el Fondo por contrato; no paga beneficios con "
        "fondos propios.", f"Formulario FCB-TRD-S (rev. 01/2026)  \u00b7  {PH}"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Unidad de Reclamos", es=True)
    p.form_cells([[(rno, "n\u00famero de solicitud", 1.0), (f"{cid} / {grp}", "reclamante / grupo de empleador",
                                                              1.3),
                   (es_date(nd), "fecha de este aviso", 1.1)]], size=9.6)
    p.address([ff, *home(rng)], 10)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Aviso sobre su solicitud de reembolso de gastos de tratamiento", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado Sr. {surname(ff)}:", 10)
    p.para(f"El {es_date(recv)} recibimos su solicitud de reembolso de los deducibles y copagos que usted pag\u00f3 "
           f"por el tratamiento de su c\u00e1ncer de ri\u00f1\u00f3n en {clinic} \u2013 Dra. {uro}:", 10)
    p.grid(["Fecha", "C\u00f3digo", "Servicio", "Cargo", "Lo que usted pag\u00f3"],
           [[es_abbr(d), c, s, n2(b), n2(y)] for d, c, s, b, y in lines] +
           [("bold", ["", "", "Total", n2(tot), n2(sum(x[4] for x in lines))])],
           [24, 18, p.W - 24 - 18 - 56, 26, 30], ["L", "L", "L", "R", "R"], size=8.8, row_h=5.4)
    p.heading("Nuestra decisi\u00f3n: no podemos pagar esta solicitud", 11)
    p.para(f"Usted present\u00f3 un reclamo de compensaci\u00f3n laboral por este mismo c\u00e1ncer (n\u00famero "
           f"{wc} de Dunharrow Mutual Casualty), y ese reclamo fue aceptado en marzo de 2026. La ley permite recibir "
           "los beneficios del Fondo o la compensaci\u00f3n laboral por un c\u00e1ncer, no ambos. Por eso el Fondo no "
           "puede reembolsar estos gastos. Env\u00ede las facturas a la aseguradora de compensaci\u00f3n laboral.",
           10)
    p.heading("Si no est\u00e1 de acuerdo", 11)
    p.para("Puede pedir que el Fondo reconsidere esta decisi\u00f3n dentro de 60 d\u00edas a partir de la fecha de "
           f"este aviso. Escriba a Reconsiderations, P.O. Box 5514, Halvering, TM 59310-5514, o env\u00ede un fax al "
           f"{FAXNO}. Si necesita ayuda en espa\u00f1ol, llame al {PH}.", 9.8)
    p.signoff(["Atentamente,", "Unidad de Reclamos", f"{ADMIN}, para el {FUND}"], 9.4)
    t = truth("denial_letter", "other", insurer=FUND, group=grp, member_id=cid, member_name=ff, cases=[rno],
              claim_amount=m2(tot), service_dates=[iso(dt.date(2026, 4, 7)), iso(dt.date(2026, 4, 21))],
              denial_date=iso(nd), provider=uro, appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": FUND_ALT, "provider": [clinic, f"{clinic} \u2013 Dra. {uro}"],
                          "claim_amount": [m2(sum(x[4] for x in lines))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_recon(rng):
    """Reconsideration decision: continuous service with the current department under five years (upheld)."""
    ff, uro, rev = people(rng, 3, 1, "FMF")
    cid, grp = claimant_no(rng), "27-014"
    nd = dt.date(2026, 7, 9)
    first_nd = dt.date(2026, 5, 4)
    areq = dt.date(2026, 6, 15)
    dx = dt.date(2026, 3, 26)
    cno = lump_no(rng)
    apl = "AP-26-0" + digits(rng, 3)
    clinic = "Dunharrow Bladder & Kidney Clinic"
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("FCB-RCD (rev. 01/2026)"),
                running=f"Reconsideration {apl} \u00b7 {first_last(ff)} \u00b7 decision of {slash(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Reconsiderations")
    p.f(12.5, "B")
    p.cell(0, 6.5, "Reconsideration decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([(f"{apl} \u2013 {cno}", "appeal \u2013 claim", 1.6), (cid, "claimant no.", 1.0),
                 (grp, "employer group", 0.7)], where="below", size=9.8)
    p.cap_boxes([(long(nd), "date of this decision", 1.2), (long(first_nd), "date of first decision", 1.2),
                 (long(areq), "your request received", 1.2)], where="below", size=9.4)
    p.stamp_at(["RECEIVED", upper(areq), "FCBF / CALVERGH MAIL ROOM"], p.w - p.r_margin - 62, p.get_y() + 1,
               angle=6, w=46)
    p.address([ff, *home(rng)], 10)
    p.para(f"Dear Ms. {surname(ff)}:", 10)
    p.para(f"You asked us to reconsider our decision of {long(first_nd)} on your claim for the lump-sum benefit and "
           f"treatment reimbursement after Dr. {uro} of {clinic} diagnosed urothelial carcinoma of the bladder "
           f"(ICD-10 C67.2) on {long(dx)}. Bladder cancer is a covered cancer.", 10)
    p.heading("What your records show", 11)
    p.grid(["Department", "From", "To", "Continuous time"],
           [["Harbor District Fire Dept. (not participating)", "Aug 2016", "Jan 2022",
             "5 yrs 5 mos"], [DEPTS[grp], "Feb 2022", "still employed", "4 yrs 1 mo at diagnosis"]],
           [p.W - 96, 20, 30, 46], ["L", "L", "L", "L"], size=8.6, row_h=5.6)
    p.heading("Our decision: the first decision stands", 11)
    p.para(f"{rev}, a benefits reviewer who did not take part in the first decision, looked at your request and the "
           "letter from your former chief. The Act asks for 5 continuous years with the department that employs you "
           "when the cancer is diagnosed. Time with another department counts only when you moved between "
           f"participating departments with no break of more than 30 days. You left Harbor District in January 2022 "
           f"and started with {DEPTS[grp]} in February 2022; Harbor District does not take part in the Fund. At "
           "your diagnosis you had 4 years and 1 month of continuous service.", 10)
    p.para("Your bladder cancer may still be claimed under workers' compensation. The Fund's decision does not affect "
           "that claim.", 9.8)
    p.heading("Review Board hearing", 11)
    p.para("You may ask the Fire Benefits Review Board for a hearing. Your request must be received within 30 days "
           "of the date of this decision. Write to the Fire Benefits Review Board, 1 Capitol Annex, Halvering, TM "
           "59301.", 9.8)
    p.signoff(["Sincerely,", f"{first_last(rev)}, Benefits Reviewer", f"for the {FUND}"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=grp, member_id=cid, member_name=ff,
              cases=[apl, cno], claim_amount=None, service_dates=[iso(dx)], denial_date=iso(nd), provider=uro,
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": FUND_ALT, "provider": [clinic], "claim_amount": [m2(LUMP)],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_records(rng):
    """Claim closed: pathology report and department service certificate never received (records)."""
    ff, surg = people(rng, 2, 1, "FM")
    cid, grp = claimant_no(rng), "40-002"
    nd = dt.date(2026, 8, 4)
    asked = dt.date(2026, 6, 19)
    dx = dt.date(2026, 6, 11)
    cno = lump_no(rng)
    lid = letter_id(rng, nd)
    clinic = "Cinder Hollow Endocrine Surgery"
    p = EQSheet(footer=None, legal=legal("FCB-CLS (rev. 01/2026)"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, mark="square")
    p.kv_line([("Claim", cno), ("Claimant", cid), ("Letter", lid)], size=9.2)
    p.f(9.6)
    p.cell(0, 5, f"Date of notice: {dmon(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([ff, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "We have closed your claim", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(ff)}:", 10)
    p.para(f"Your claim for the lump-sum benefit names papillary thyroid cancer diagnosed on {slash(dx)} by Dr. "
           f"{surg}, {clinic}. On {long(asked)} we wrote to you and to your department asking for two papers within "
           "45 days:", 10)
    p.bullets(["the pathology report that confirms the cancer (from the laboratory or Dr. " + surname(surg) + "'s "
               "office), and",
               f"Form FCB-2, the department's certificate of your service dates, signed by the chief of "
               f"{DEPTS[grp]} (group {grp})."], size=9.8)
    p.para("We did not receive either one, so we could not decide your claim and have closed it. This is not a "
           "finding that your cancer is not covered.", 10)
    p.para("To reopen it, send both papers with a copy of this notice. If you disagree with this notice, you may ask "
           "for reconsideration within 60 days of the date of this notice.", 9.8)
    p.signoff(["Claims Unit", f"{ADMIN}, for the {FUND}"], 9.4)
    t = truth("denial_letter", "other", insurer=FUND, group=grp, member_id=cid, member_name=ff, cases=[cno],
              claim_amount=None, service_dates=[iso(dx)], denial_date=iso(nd), provider=surg,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": FUND_ALT, "provider": [clinic], "claim_amount": [m2(LUMP)],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_tobacco(rng):
    """Esophageal cancer claim refused: smokeless tobacco recorded within five years (faxed to the lawyer)."""
    ff, gi, atty = people(rng, 3, 1, "MFM")
    cid, grp = claimant_no(rng), "22-031"
    nd = dt.date(2026, 8, 20)
    dx = dt.date(2026, 7, 2)
    recv = dt.date(2026, 7, 21)
    cno = lump_no(rng)
    lid = letter_id(rng, nd)
    hosp = "Halvering General Hospital"
    unit = "Digestive Health Center"
    faxline = (f"{fax_stamp(nd, '15:03')}  {FAXNO}  FCBF CLAIMS  ->  GREAVES & ARDEN LLP  ID {lid}  "
               f"PAGE {{n}} OF {{nb}}")
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("FCB-LSD (rev. 01/2026)"), faxline=faxline)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    p.stamp_at(["RECEIVED", upper(plus(nd, 4)), "GREAVES & ARDEN LLP  FILE 26-118"], p.w - p.r_margin - 52,
            p.get_y() + 1, angle=-5, w=48)
    p.pipe_rows([(long(nd), "date of this notice"), (cno, "claim number"), (f"{cid} \u00b7 {grp}",
                                                                           "claimant \u00b7 employer group")],
                w=p.W * 0.6, size=9.6)
    p.address([ff, *home(rng)], 10)
    p.para(f"Copy by fax to: {first_last(atty)}, Greaves & Arden LLP (authorization on file)", 8.6)
    p.f(12.5, "B")
    p.cell(0, 6.5, "Decision on your cancer benefit claim", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(ff)}:", 10)
    p.para(f"We received your claim on {long(recv)} for the lump-sum benefit and treatment reimbursement after a "
           f"diagnosis of squamous cell carcinoma of the esophagus (ICD-10 C15.4) on {long(dx)}. The diagnosis was "
           f"made by Dr. {gi}, {unit}, {hosp}.", 10)
    p.heading("Our decision: you do not meet the tobacco condition", 11)
    p.para("To receive Fund benefits, a firefighter must not have used tobacco products in the 5 years before the "
           "diagnosis. The records of your annual department physical in March 2024 say that you used smokeless "
           "tobacco (chewing tobacco) daily and were offered help to quit. Your physicals of 2025 and 2026 say you "
           "had stopped. Because the 2024 use falls inside the 5 years before your diagnosis, the Fund cannot pay "
           "the lump sum or your treatment costs for this cancer.", 10)
    p.para("This decision is about the Fund only. You may still file a workers' compensation claim for this cancer.",
           9.8)
    p.heading("If you disagree", 11)
    p.para("If the 2024 record is wrong, send us proof (for example a corrected record from the department's "
           "physician) with a request for reconsideration. The request must be received within 60 days of the date "
           f"of this notice at Reconsiderations, P.O. Box 5514, Halvering, TM 59310-5514, or by fax to {FAXNO}.",
           9.8)
    p.signoff(["Sincerely,", "Claims Unit", f"{ADMIN}, for the {FUND}"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=grp, member_id=cid, member_name=ff, cases=[cno],
              claim_amount=None, service_dates=[iso(dx)], denial_date=iso(nd), provider=gi,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": FUND_ALT, "provider": [hosp, f"{unit}, {hosp}"], "claim_amount": [m2(LUMP)],
                          "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(1)
    F = FAMILY + "_"
    items = [Item(F + "bd_treatment_statement_sleep_study_line_n3", "born_digital", [bd_statement(rng)])]
    items.append(Item(F + "faxstd_lump_sum_pancreatic_not_listed", "fax_standard_g4", [faxstd_unlisted(rng)]))
    cover, docs = stack_docs(rng)
    items.append(Item(F + "faxstd_stack_union_cover_award_then_late_request_sideways", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(1, 0): 90}))
    items.append(Item(F + "scan_es_reembolso_compensacion_laboral", "scan_clean_300", [scan_es_comp(rng)]))
    items.append(Item(F + "photocopy_reconsideration_service_break_upheld", "photocopy", [photocopy_recon(rng)]))
    items.append(Item(F + "phone_pathology_report_not_received", "phone_photo", [phone_records(rng)]))
    items.append(Item(F + "faxfine_tobacco_use_within_five_years", "fax_fine_g4", [faxfine_tobacco(rng)]))
    return items
