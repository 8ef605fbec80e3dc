"""Papers mirrored (structure and plain wording style only) from the VA Community Care Network as a regional third-party
administrator runs it for the U.S. Department of Veterans Affairs: a VA medical center's Office of Community Care
approves a referral (a referral / authorization number, a standardized episode of care and its date range, the number
of visits), the community provider sees the Veteran inside that episode and bills the administrator, which pays or
refuses under VA's rules, and VA itself decides decision reviews. Public rules used as themselves: non-emergency
community care needs an approved referral; care outside the authorized episode (after its end date, or another
setting or service than the one referred) is not paid under it; for emergency care of a condition that is not
service connected VA pays only after any other health insurance has paid; the urgent care benefit needs VA care in
the 24 months before the visit; community providers file within 180 days of the date of service; Veterans ask for a
decision review (Higher-Level Review, Supplemental Claim, Board Appeal) within one year of a decision; the Veteran ICN
shape (10 digits, V, 6 digits) and the VA referral number shape (VA + 10 digits); CPT, HCPCS, revenue and CARC codes
as themselves. Everything else is invented: the administrator Sagebrook Federal Health Services, LLC (letterhead
"S A G E B R O O K" beside an SFH monogram, or SAGE / BROOK over two lines beside a dark SF disc; its parent Talmadge
Ridge Holdings, Inc. in footers), "Region 8" of the network, the Juniper Flats VA Health Care System, every Veteran,
clinician, practice, hospital, number, amount and address (phones 555).

Documents (8 in 7 files):
- bd_remittance_episode_ended_code_only: a born-digital provider remittance to a physical therapy practice; four
  Veterans' claims, the referral, episode and rendering / referring names in a small line under each claim; one
  Veteran's two visits after the episode's end date pay 0.00 under 198 / E14, told only in a three-column code list
  that also explains codes no line uses (prior_authorization).
- faxstd_er_other_insurance_first: a standard-fax notice to a hospital (sending machine's line on both pages, the
  hospital's RECEIVED stamp): emergency care for a condition that is not service connected, the Veteran's other
  insurance (its Group/Member No. in one box) must pay first (other).
- faxstd_inpatient_days_outpatient_referral: a standard-fax notice to a hospital: the referral was for outpatient
  shoulder surgery; the surgery is paid, the two inpatient days are not (level_of_care); a printed last day to ask.
- scan300_referral_approved: the VA Office of Community Care's approval of a physical therapy referral (denies
  nothing); "Consult / Referral No." owns two numbers.
- photo_es_provider_not_in_network: a photographed Spanish letter to a Veteran: podiatry visits with a practice that
  is not in the network and has no agreement with VA (out_of_network).
- photocopy_hearing_claim_filed_late: a photocopied notice to a hearing center: the claim reached the administrator
  more than 180 days after the visit (timely_filing); received and scanned stamps as decoys.
- faxfine_stack_urgent_care_eob_then_hlr: a fine-fax stack sent by a county veterans service office (its own cover
  page with the same transmission line): an explanation of benefits whose second urgent care visit is refused under
  U24 (no VA care in the 24 months before it; eligibility) and VA's Higher-Level Review decision keeping the refusal
  of an emergency room visit as not an emergency (medical_necessity), its first page upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqf import (EQSheet, abbr, add_months, caps_date, dd_mon, digits, dmy_long, dmy_upper, dr,
                               es_date, es_wday, fax_digits, first_last, hhmm, iso, last_first, long, m2, mdyyyy,
                               money_es, n2, npi, ord_long, out, people, phone, plus, short_wd, slash, tin, tollfree,
                               truth, tx_cover, tx_date, usd, wday_long, workday, ymd_dots, yy)

FAMILY = ("veterans_community_care_network_region_administrator_no_approved_referral_outside_authorized_episode_other_"
          "health_insurance_first_and_urgent_care_eligibility_refusals")
LANG = "en"
SEED = 355065
USED: set = set()

TPA = "Sagebrook Federal Health Services, LLC"
PARENT = "Talmadge Ridge Holdings, Inc."
VA = "U.S. Department of Veterans Affairs"
VAHCS = "Juniper Flats VA Health Care System"
TPA_ALT = [TPA, "Sagebrook Federal Health Services", "Sagebrook", VA, "Department of Veterans Affairs",
           "Veterans Health Administration", "VA Community Care Network"]
VA_ALT = [VA, "Department of Veterans Affairs", "Veterans Health Administration", "VA", VAHCS,
          "Office of Community Care", "Office of Integrated Veteran Care"]
TPA_ADDR = ["Claims Department, P.O. Box 27714", "Albuquerque, NM 87125"]
TPA_FOOT = (f"Sagebrook is a Talmadge Ridge company. \u00a9 2026 {PARENT}  \u00b7  Community Care Network Region 8  "
            "\u00b7  Form SFH-CL-{n}")
TAG = "Federal Health Services  \u00b7  VA Community Care Network  \u00b7  Region 8"


def icn(rng) -> str:
    return f"{digits(rng, 10)}V{digits(rng, 6)}"


def ref_no(rng) -> str:
    return "VA00" + digits(rng, 8)


def claim_no(rng, d: dt.date) -> str:
    return f"C26{d.timetuple().tm_yday:03d}{digits(rng, 7)}"


def dcn(rng, d: dt.date) -> str:
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 9)}"


def ssn4(rng) -> str:
    return f"XXX-XX-{digits(rng, 4)}"


def head(p: EQSheet, rng, style: str = "spaced", box: str | None = None):
    right = [TPA_ADDR[0], TPA_ADDR[1], f"Provider services {tollfree(rng, '877')}",
             f"Veteran line {tollfree(rng, '866')}  \u00b7  TTY 711"]
    if style == "spaced":
        p.wordmark("SAGEBROOK", style="spaced", initials="SFH", shape="ring", tagline=TAG,
                   small=["Third party administrator for the U.S. Department of Veterans Affairs"], right=right,
                   box=box, size=18)
    else:
        p.wordmark("SAGEBROOK", style="split", split=("SAGE", "BROOK"), initials="SF", shape="disc",
                   tagline=TAG, small=["Paying community providers for VA-referred care"], right=right, box=box,
                   size=20)


def va_head(p: EQSheet, rng, box: str | None = None):
    p.wordmark("VETERANS AFFAIRS", style="tracked", initials="VA", shape="square",
               tagline="U.S. Department of Veterans Affairs  \u00b7  Veterans Health Administration",
               small=[f"{VAHCS}  \u00b7  Office of Community Care", "2100 Mesa Verde Loop NE, Juniper Flats, NM 87017"],
               right=[f"Community care office {phone(rng, '505')}", f"Fax {phone(rng, '505')}",
                      "In reply refer to: 501/OCC"], box=box, size=15)


def addr_block(p: EQSheet, lines: list[str], size: float = 9.4):
    p.f(size)
    for ln in lines:
        p.set_x(p.l_margin)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    vets = people(rng, 4, "vt", sexes="MFMM", used=USED)
    ther = people(rng, 3, "dr", sexes="FMF", used=USED)
    vadoc = people(rng, 2, "dr", sexes="MF", used=USED)
    practice = "Red Mesa Physical Therapy & Sports Rehab, PC"
    rd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    icns = [icn(rng) for _ in vets]
    refs = [ref_no(rng) for _ in vets]
    seocs = ["PT 1.7.3", "PT 1.7.3", "CHIRO-PT 1.2.1", "PT 1.7.3"]
    ep = [(dt.date(2026, 2, 2), dt.date(2026, 5, 1)), (dt.date(2026, 1, 12), dt.date(2026, 4, 10)),
          (dt.date(2026, 2, 16), dt.date(2026, 5, 15)), (dt.date(2026, 1, 5), dt.date(2026, 4, 3))]
    den = 3
    v1, v2 = workday(dt.date(2026, 4, rng.randint(7, 9))), None
    v2 = workday(plus(v1, 7))
    svc = {
        0: [(dt.date(2026, 4, 14), "97110", "3", 186.00, 92.37, "45 / P1"),
            (dt.date(2026, 4, 14), "97140", "2", 118.00, 58.84, "45 / P1")],
        1: [(dt.date(2026, 4, 2), "97530", "2", 142.00, 71.26, "45 / P1"),
            (dt.date(2026, 4, 9), "97530", "2", 142.00, 71.26, "45 / P1")],
        2: [(dt.date(2026, 4, 20), "97161", "1", 164.00, 98.12, "45 / P1"),
            (dt.date(2026, 4, 20), "97112", "2", 132.00, 66.50, "45 / P1")],
        3: [(v1, "97110", "4", 248.00, 0.00, "198 / E14"),
            (v1, "97140", "2", 118.00, 0.00, "198 / E14"),
            (v2, "97110", "4", 248.00, 0.00, "198 / E14")],
    }
    rend = [dr(ther[0], "DPT"), dr(ther[1], "PT"), dr(ther[2], "DPT"), dr(ther[1], "PT")]
    refd = [vadoc[0], vadoc[1], vadoc[0], vadoc[1]]
    nos = [claim_no(rng, plus(svc[i][0][0], rng.randint(4, 9))) for i in range(4)]
    claims, tot_b, tot_p = [], 0.0, 0.0
    for i in range(4):
        b = sum(x[3] for x in svc[i])
        pd = sum(x[4] for x in svc[i])
        tot_b += b
        tot_p += pd
        claims.append({"lead": [nos[i], last_first(vets[i]), icns[i]],
                       "lines": [[yy(d), c, u, n2(bb), n2(pp), rc] for d, c, u, bb, pp, rc in svc[i]],
                       "total": ["", "", "", n2(b), n2(pd), ""],
                       "note": f"Ref {refs[i]}  SEOC {seocs[i]}  Episode {yy(ep[i][0])}-{yy(ep[i][1])}   "
                               f"Rendering: {rend[i]}   Referring (VA): {refd[i]}"})
    eft = f"EFT TRN 1{digits(rng, 9)}"
    remit = f"RA-R8-{digits(rng, 8)}"
    p = EQSheet(footer="Page {n} of {nb}", every=f"{practice}  \u00b7  Remit {remit}  \u00b7  {slash(rd)}",
                ids_foot=TPA_FOOT.replace("{n}", "835P (01/26)"))
    p.set_margins(12, 14, 12)
    p.add_page()
    head(p, rng, "spaced", box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    pnpi = npi(rng)
    p.boxes([[("Remit date", slash(rd), 0.13), ("Payee / Billing NPI", f"{practice}\nNPI {pnpi}", 0.41),
              ("TIN - Payee ID", f"{tin(rng)} - SFP{digits(rng, 6)}", 0.24), ("Payment", eft, 0.22)]],
            size=7.8)
    p.para(f"{practice}, 4410 Coors Blvd SW, Suite C, Albuquerque, NM 87121. Claims are listed in the order we "
           "finished them. The first line of each claim gives our claim number, the Veteran and the Veteran's "
           "Integrated Control Number (ICN); the small line under it gives the VA referral number, the standardized "
           "episode of care (SEOC) and its dates, and who treated and who referred.", 7.6)
    widths = [W * k / 100 for k in (14, 19, 18, 9, 7, 6, 9, 8, 10)]
    p.remit_table(["Claim no.", "Veteran", "Veteran ICN", "DOS", "CPT", "Units", "Billed", "Paid", "CARC / Remark"],
                  widths, ["L", "L", "L", "L", "L", "R", "R", "R", "L"], claims, size=7.0, row_h=4.2,
                  tot_label="Claim total")
    p.set_x(p.l_margin)
    p.f(8.0, "B")
    p.cell(0, 5, f"Totals this remittance: billed {usd(tot_b)}   paid {usd(tot_p)}   ({eft})", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    p.legend_cols("Adjustment codes (CARC) and Sagebrook remarks", [
        ("45", "Charge is more than the VA community care fee schedule; the difference is not billable to the "
               "Veteran."),
        ("P1", "Paid under the referral at the VA fee schedule."),
        ("E11", "No approved VA referral was found for this Veteran, provider and service. Ask the referring VA "
                "facility whether a referral exists before billing again."),
        ("E14", "The date of service is after the last day of the authorized episode of care on the referral. Care "
                "after that day needs a new or extended referral from VA (request it on VA Form 10-10172 before "
                "the visits)."),
        ("E19", "The service is not part of the standardized episode of care on the referral."),
        ("E22", "Other health insurance must be billed first for this care; send its explanation of benefits."),
        ("E31", "Received more than 180 days after the date of service."),
        ("197", "Precertification / authorization absent."),
        ("198", "Precertification / authorization exceeded."),
        ("N4", "Missing or incomplete prior payer information."),
        ("U24", "Urgent care benefit: the Veteran had no VA care in the 24 months before the visit.")],
        ncol=3, size=6.9, code_w=8.5)
    p.para("Example only: a line billed at $250.00 with a fee schedule amount of $96.40 pays $96.40 and shows "
           "$153.60 under code 45. Veterans owe nothing for referred care except any VA copayment that VA bills "
           "them itself.", 7.2)
    p.para("Reconsideration: if you disagree with how a claim was paid or refused, ask us to reconsider within 90 "
           f"days from the remit date on this advice. Write to {TPA}, Provider Reconsiderations, "
           f"{TPA_ADDR[0]}, {TPA_ADDR[1]}, with the claim number and the VA referral number, or use the provider "
           "portal. A new or extended referral can only come from the referring VA facility.", 7.6)
    lines = svc[den]
    t = truth("eob", "prior_authorization", insurer=TPA, member_id=icns[den], member_name=vets[den],
              cases=[nos[den], refs[den]], claim_amount=m2(sum(x[3] for x in lines)),
              service_dates=[iso(v1), iso(v2)], denial_date=iso(rd), provider=practice,
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": TPA_ALT, "case_numbers": [[nos[den]]],
                          "provider": [rend[den], ther[1], "Red Mesa Physical Therapy & Sports Rehab"]},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_er_ohi(rng):
    vet = people(rng, 1, "vt", sexes="M", used=USED)[0]
    spouse = people(rng, 1, "vt", sexes="F", last=vet.split()[-1], used=USED)[0]
    erdoc, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    hosp = "Cedar Mesa Regional Hospital"
    erg = "High Desert Emergency Associates"
    vdate = dt.date(2026, 3, rng.randint(6, 12))
    nd = workday(plus(vdate, rng.randint(24, 30)))
    sent = workday(plus(nd, 3))
    rcvd = workday(plus(sent, 2))
    clm = claim_no(rng, plus(vdate, 11))
    v_icn = icn(rng)
    contract = f"36C26R8{digits(rng, 5)}"
    ohi_grp, ohi_mem = f"{rng.choice('CKM')}{digits(rng, 2)}Q{digits(rng, 2)}", f"Q{digits(rng, 8)}"
    ohi = "Cottonwood Mutual Health Plan"
    acct = f"CMR{digits(rng, 9)}"
    lines = [("0450", "99285", "Emergency department, level 5", 4186.00),
             ("0351", "70450", "CT head without contrast", 2912.50),
             ("0352", "74177", "CT abdomen and pelvis with contrast", 5238.00),
             ("0300", "80053", "Laboratory, metabolic panel and other", 1146.75),
             ("0250", "", "Pharmacy", 389.20),
             ("0636", "J2405", "Ondansetron injection", 96.40)]
    total = sum(x[3] for x in lines)
    tx = (f"{tx_date(sent)} {hhmm(rng, 13, 17)}   FROM: SAGEBROOK CCN R8 CLAIMS   {fax_digits(rng, '505')}   "
          f"TO: {fax_digits(rng, '575')}   JOB {digits(rng, 4)}   P. {{n}}/{{t}}")
    p = EQSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=TPA_FOOT.replace("{n}", "OHI-2"))
    p.set_margins(16, 16, 16)
    p.add_page()
    head(p, rng, "split", box="NOTICE OF CLAIM DECISION")
    p.rstamp(["RECEIVED", caps_date(rcvd), "PATIENT FINANCIAL SVCS"], p.w - 80, p.get_y() + 5, angle=-8, size=8.4)
    addr_block(p, ["Patient Financial Services", hosp, "1800 Sandia Vista Dr", "Las Cruces, NM 88011",
                   f"By fax and mail"])
    p.boxes([[("Notice date", long(nd), 0.26), ("Veteran", vet, 0.34), ("Veteran ICN", v_icn, 0.40)],
             [("Contract - Claim", f"{contract} - {clm}", 0.46), ("Date of service", slash(vdate), 0.22),
              ("Patient acct", acct, 0.32)]], size=8.8)
    p.boxes([[("Billing provider", f"{hosp}\nNPI {npi(rng)}  \u00b7  TIN {tin(rng)}", 0.36),
              ("Rendering (ED physician)", f"{dr(erdoc, 'MD')}\n{erg}", 0.36),
              ("Referral", "None - emergency,\nself-presented", 0.28)]], size=8.4, shade_cap=True)
    p.bar("What we decided", 9.2)
    p.para(f"We processed the hospital claim for the emergency department visit of {long(vdate)}. VA was told of the "
           "visit within 72 hours, so the claim was handled as emergency care. VA's records show that the condition "
           "treated is not service connected and that the Veteran has other health insurance. For emergency care of "
           "a condition that is not service connected, the law makes VA the payer of last resort: the other health "
           "insurance must process the claim first. We have not paid any part of this claim.", 8.9)
    p.boxes([[("Other health insurance on file", f"{ohi}\nsubscriber: {spouse} (spouse)", 0.46),
              ("Group/Member No.", f"{ohi_grp} / {ohi_mem}", 0.30),
              ("Verified", abbr(plus(vdate, 2)), 0.24)]], size=8.6, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Rev", "HCPCS / CPT", "Description", "Charges", "VA paid", "Remark"],
                 [[r, c, d, n2(a), "0.00", "E22"] for r, c, d, a in lines] +
                 [["", "", "Claim total", n2(total), "0.00", ""]],
                 [W * k / 100 for k in (8, 14, 44, 13, 11, 10)], ["L", "L", "L", "R", "R", "L"], size=8.0,
                 bold_rows=(len(lines),))
    p.bar("What to do now", 9.2)
    p.para(f"1. Bill {ohi} first. 2. When it has paid or refused, send us a new claim with its explanation of "
           "benefits attached. VA may then pay what is left, up to the VA fee schedule. A claim sent after the other "
           "plan's decision still has to reach us within 180 days of the date of service unless the other plan's "
           "decision came later; keep the other plan's decision date on file.", 8.9)
    p.add_page()
    p.bar("If you disagree", 9.2)
    p.para("If you believe the Veteran had no other health insurance on the date of service, or that the other "
           "insurance does not cover emergency care, ask us to reconsider within 90 days of the date of this notice. "
           "Send a copy of the termination letter or the other plan's statement that it does not cover the care.",
           8.9)
    p.para_cols([
        "Why does VA pay last? For emergency care of a condition that is not service connected, VA pays only the "
        "part that no other plan, workers' compensation or auto insurance pays. Medicare and employer coverage "
        "count as other health insurance.",
        "Does the Veteran owe the hospital? Do not bill the Veteran for any amount VA later pays. What the other "
        "plan leaves as the Veteran's cost share may be paid by VA when the Veteran has no other way to pay.",
        "Where do I send the corrected claim? Use the payer ID on the referral or mail it to the claims address on "
        "page 1 with the claim number above. Do not send it to the VA medical center.",
        "The Veteran gets a separate letter about this decision, with the Veteran's own review rights. This "
        "notice is for the hospital only.",
    ], size=8.2)
    p.ln(2)
    p.f(9)
    p.cell(0, 5, "Sincerely,", new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.f(9, "B")
    p.cell(0, 5, dr(sig, "RN"), new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.5, f"Claims Resolution Nurse, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.5, "on behalf of the U.S. Department of Veterans Affairs", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=TPA, member_id=v_icn, member_name=vet, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(vdate)], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": TPA_ALT, "provider": [dr(erdoc, "MD"), erdoc, erg]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_inpatient_days(rng):
    vet = people(rng, 1, "vt", sexes="F", used=USED)[0]
    surg, vapcp, rev, um = people(rng, 4, "dr", sexes="MFMF", used=USED)
    hosp = "San Ysidro Valley Medical Center"
    ortho = "Sandia Foothills Orthopaedics"
    surgery = workday(dt.date(2026, 4, rng.randint(6, 9)))
    dis = plus(surgery, 2)
    nd = workday(plus(dis, rng.randint(20, 25)))
    sent = plus(nd, 1)
    ask_by = plus(nd, 60)
    v_icn = icn(rng)
    ref = ref_no(rng)
    clm = claim_no(rng, plus(dis, 6))
    crn = f"CR-26-{digits(rng, 7)}"
    rfs = f"RFS {digits(rng, 9)}"
    ep_a, ep_b = plus(surgery, -20), plus(surgery, 70)
    lines = [("0360", "29827", "OR services, arthroscopic rotator cuff repair", 11640.00, 11640.00),
             ("0370", "01630", "Anesthesia", 2284.00, 2284.00),
             ("0278", "C1713", "Anchors and implants", 3162.40, 3162.40),
             ("0710", "", "Recovery room", 1188.00, 1188.00),
             ("0111", "", f"Room and board, medical/surgical, 2 days ({yy(surgery)}-{yy(plus(surgery, 1))})",
              5980.00, 0.00),
             ("0250", "", "Pharmacy, inpatient days", 742.15, 0.00)]
    total = sum(x[3] for x in lines)
    refused = sum(x[3] - x[4] for x in lines)
    tx = (f"{slash(sent)} {hhmm(rng, 8, 11)} AM  {fax_digits(rng, '505')} -> {fax_digits(rng, '505')}  "
          f"SAGEBROOK CLINICAL REVIEW   Pg {{n}} of {{t}}   #{digits(rng, 4)}")
    p = EQSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=TPA_FOOT.replace("{n}", "UM-7"))
    p.set_margins(17, 16, 17)
    p.add_page()
    head(p, rng, "spaced", box="PROVIDER NOTICE")
    p.rstamp(["SCANNED", dmy_upper(plus(sent, 3)), "HIM / UR DEPT"], p.w - 72, p.get_y() + 2, angle=6, size=8.2)
    addr_block(p, ["Utilization Review and Patient Accounts", hosp, "900 Camino del Pueblo",
                   "Bernalillo, NM 87004"], 9.2)
    p.f(9.2)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Veteran / ICN", f"{vet}\n{v_icn}", 0.34), ("Referral / SEOC", f"{ref} / ORTHO-SURG 1.5.2", 0.38),
              ("Claim no.", clm, 0.28)],
             [("Clinical review no.", crn, 0.28), ("Admit - Discharge", f"{slash(surgery)} - {slash(dis)}", 0.36),
              ("Episode authorized", f"{mdyyyy(ep_a)} to {mdyyyy(ep_b)}", 0.36)]], size=8.6)
    p.boxes([[("Surgeon (rendering)", f"{dr(surg, 'MD')}\n{ortho}", 0.34),
              ("Facility (billing)", f"{hosp}\nNPI {npi(rng)}", 0.33),
              ("Referring VA provider", f"{dr(vapcp, 'DO')}\n{VAHCS}", 0.33)]], size=8.4, under=True)
    p.para(f"VA referred the Veteran to {ortho} for an outpatient arthroscopic repair of the right rotator cuff, "
           "to be done in an outpatient surgery setting. The referral covers the surgeon, the facility's outpatient "
           f"surgery services and follow-up visits inside the episode above. The surgery was done on {long(surgery)}. "
           "After it the Veteran was admitted as an inpatient and went home two days later.", 9)
    p.bar("Our decision", 9.4)
    p.para("We paid the surgery, anesthesia, implants and recovery room as outpatient surgery under the referral. "
           "We did not pay the two inpatient days. A nurse and a physician reviewer read the operative note, the "
           "anesthesia record and the nursing notes. Pain was controlled with tablets within four hours, vital signs "
           "were normal, the Veteran walked on the ward the same evening and no complication was recorded. These "
           "records show care that an outpatient setting provides; they do not show a need for inpatient hospital "
           "care. The referral was for outpatient surgery, and no request to change the setting was sent to VA.", 9)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Rev", "Code", "Service", "Billed", "Allowed"],
                 [[r, c, d, n2(b), n2(a)] for r, c, d, b, a in lines] +
                 [["", "", "Totals", n2(total), n2(total - refused)]],
                 [W * k / 100 for k in (8, 10, 54, 14, 14)], ["L", "L", "L", "R", "R"], size=7.8,
                 bold_rows=(len(lines),))
    p.add_page()
    p.bar("Asking us to look again", 9.4)
    p.para("You may ask for a reconsideration of the inpatient days. Send the full inpatient record, the physician "
           f"orders and any note that explains why the Veteran could not go home. We must receive your request by "
           f"{long(ask_by)}. Mail it to {TPA}, Clinical Review, {TPA_ADDR[0]}, {TPA_ADDR[1]}, or fax it to the "
           "number in the line at the top of this page. Put the clinical review number on every page.", 9)
    p.para(f"Reference only: the request for services the hospital started after discharge ({rfs}) was closed "
           "without a decision because the stay had ended. It is not a reconsideration. VA Form 10-10172 is the form "
           "for asking VA to add or change services before they are given.", 8.6)
    p.para("The Veteran is not responsible for the inpatient days. Do not bill the Veteran for them.", 8.6)
    p.ln(4)
    p.signers([dr(rev, "MD"), "Physician Reviewer", TPA], [dr(um, "RN"), "Utilization Management Nurse",
                                                          "Clinical Review, Region 8"], size=8.4)
    t = truth("denial_letter", "level_of_care", insurer=TPA, member_id=v_icn, member_name=vet,
              cases=[ref, clm, crn], claim_amount=m2(total),
              service_dates=[f"{iso(surgery)}/{iso(dis)}"], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(ask_by),
              alternates={"insurer": TPA_ALT, "case_numbers": [[clm], [clm, crn], [ref, clm]],
                          "claim_amount": [m2(refused)],
                          "service_dates": [[iso(surgery), iso(plus(surgery, 1))], [iso(surgery), iso(dis)]],
                          "provider": [dr(surg, "MD"), surg, ortho]},
              denial_alternates=["prior_authorization", "medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_approval(rng):
    vet = people(rng, 1, "vt", sexes="M", used=USED)[0]
    pt, pcp, sched = people(rng, 3, "dr", sexes="FMF", used=USED)
    clinic = "Bitterroot Spine & Joint Clinic"
    ld = workday(dt.date(2026, 4, rng.randint(6, 9)))
    got = plus(ld, -6)
    appt = workday(plus(ld, rng.randint(9, 13)))
    ep_a, ep_b = plus(ld, 1), plus(ld, 90)
    ref = ref_no(rng)
    consult = digits(rng, 7)
    v_icn = icn(rng)
    p = EQSheet(footer="Page {n} of {nb}",
                ids_foot="Appointments and payment for community care in Region 8 are handled by Sagebrook "
                         "Federal Health Services, LLC, a Talmadge Ridge company.")
    p.set_margins(20, 16, 20)
    p.add_page()
    va_head(p, rng, box="COMMUNITY CARE REFERRAL")
    addr_block(p, [vet.upper(), "118 Piñon Ridge Rd", "Edgewood, NM 87015"], 9.4)
    p.f(9.4)
    p.cell(0, 5, wday_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Consult / Referral No.", f"{consult} / {ref}", 0.40), ("Veteran ICN", v_icn, 0.34),
              ("SSN", "XXX-XX-" + digits(rng, 4), 0.26)],
             [("Type of care - SEOC", "Physical therapy - PT 1.7.3", 0.40),
              ("Approved visits", "12 visits", 0.22), ("Episode of care", f"{slash(ep_a)} - {slash(ep_b)}", 0.38)]],
            size=8.8)
    p.para(f"Dear {vet.split()[0]} {vet.split()[-1]}:", 9.6)
    p.para(f"Your VA primary care provider, {dr(pcp, 'DO')}, asked for physical therapy for your lower back on "
           f"{slash(got)}. VA has approved this care in the community. You chose {clinic}. Your first appointment "
           "is set as shown below. The referral covers up to 12 visits inside the episode of care. Please bring "
           "this letter and a photo ID.", 9.6)
    p.boxes([[("Appointment", f"{wday_long(appt)}\n9:40 a.m. (please arrive 15 minutes early)", 0.46),
              ("Community provider", f"{clinic}\n{dr(pt, 'DPT')}\n6200 Montgomery Blvd NE, Albuquerque, NM 87109", 0.54)]],
            size=8.8, shade_cap=True)
    p.bar("Good to know", 9.2)
    p.bullets([
        "Visits after the last day of the episode, or more than 12 visits, are not covered by this referral. "
        f"Your therapist can ask VA for more visits before then.",
        "If you need to change or cancel, call the clinic or our community care office at least one business day "
        "ahead. Missed appointments may end the referral.",
        "You may owe a VA copayment for specialty care, for example $50.00 a visit, depending on your priority "
        "group. VA bills copayments itself; the clinic should never ask you to pay for referred care.",
        "For an emergency, call 911 or go to the nearest emergency room. Tell VA within 72 hours.",
    ], size=9)
    p.para("This is an approval. Nothing has been denied. If you have questions, call the community care office at "
           "the number above.", 9.4)
    p.ln(4)
    p.f(9.4)
    p.cell(0, 5, "Sincerely,", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.f(9.4, "B")
    p.cell(0, 5, sched, new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.6, f"Community Care Scheduler, Office of Community Care, {VAHCS}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, VA, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=VA, member_id=v_icn, member_name=vet, cases=[ref], claim_amount=None,
              service_dates=[iso(appt)], denial_date=iso(ld), provider=clinic, appeal_deadline=None,
              alternates={"insurer": VA_ALT, "case_numbers": [[consult, ref], [ref, consult], []],
                          "service_dates": [[], [f"{iso(ep_a)}/{iso(ep_b)}"]],
                          "provider": [dr(pt, "DPT"), pt]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_es_oon(rng):
    vet = people(rng, 1, "es", sexes="M", used=USED)[0]
    pod, net_pod, sig = people(rng, 3, "dr", sexes="FMF", used=USED)
    prac = "Pies Sanos del Valle Podiatry, PLLC"
    netp = "Rio Abajo Foot & Ankle Center"
    v1 = workday(dt.date(2026, 3, rng.randint(2, 5)))
    v2 = workday(plus(v1, 14))
    nd = workday(plus(v2, rng.randint(30, 36)))
    clm = claim_no(rng, plus(v2, 5))
    ref = ref_no(rng)
    v_icn = icn(rng)
    items = [(v1, "99204", "Consulta, paciente nuevo", 312.00), (v1, "11721", "Desbridamiento de uñas, 6 o más", 164.00),
             (v2, "11055", "Recorte de callosidad", 128.00), (v2, "L3030", "Plantillas hechas a medida, par", 680.00)]
    total = sum(x[3] for x in items)
    p = EQSheet(footer="Página {n} de {nb}", ids_foot=f"\u00a9 2026 {PARENT}  \u00b7  Red de Atención Comunitaria, "
                                                      "Región 8  \u00b7  SFH-ES-3")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, "split", box="AVISO SOBRE SU RECLAMACIÓN")
    addr_block(p, [vet, "2207 Calle Los Álamos", "Belén, NM 87002"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Fecha de esta carta: {es_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("ICN del veterano", v_icn, 0.34), ("Reclamación - Referencia VA", f"{clm} - {ref}", 0.46),
              ("Recibida", slash(plus(v2, 5)), 0.20)]], size=8.8)
    p.para(f"Estimado señor {vet.split()[-1]}:", 9.6)
    p.para(f"VA aprobó una referencia para que usted recibiera atención de podiatría con {netp} "
           f"({dr(net_pod, 'DPM')}), un proveedor de la Red de Atención Comunitaria. Recibimos una reclamación de "
           f"{prac} por las visitas del {es_wday(v1)} y del {es_wday(v2)}, con la podóloga {dr(pod, 'DPM')}.", 9.6)
    p.bar("Nuestra decisión", 9.2)
    p.para(f"No podemos pagar esta reclamación. {prac} no participa en la Red de Atención Comunitaria de la "
           "Región 8 y no tiene un acuerdo de atención para veteranos (Veterans Care Agreement) con VA. La "
           "referencia que VA aprobó era para el proveedor de la red que aparece arriba; una referencia no se puede "
           "usar con un proveedor fuera de la red.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[slash(d), c, s, f"US$ {money_es(a)}"] for d, c, s, a in items] +
                 [["", "", "Total de la reclamación", f"US$ {money_es(total)} ({usd(total)})"]],
                 [W * k / 100 for k in (16, 12, 44, 28)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(items),))
    p.para("Usted no debe pagar estas visitas si la clínica le dijo que VA las pagaría; puede mostrarle esta carta. "
           "Si quiere seguir con la podiatría, llame a su oficina de atención comunitaria de VA para usar su "
           "referencia con un proveedor de la red.", 9.2)
    p.bar("Si no está de acuerdo", 9.2)
    p.para("Puede pedir una revisión de esta decisión dentro de un año a partir de la fecha de esta carta: una "
           "revisión de nivel superior (Higher-Level Review), una reclamación suplementaria con pruebas nuevas, o "
           "una apelación ante la Junta de Apelaciones de Veteranos. Llame al número de arriba y le enviaremos los "
           "formularios. Si necesita ayuda, una organización de servicio a veteranos puede ayudarle sin costo.", 9.2)
    p.ln(3)
    p.f(9.4)
    p.cell(0, 5, "Atentamente,", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.f(9.4, "B")
    p.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.6, f"Servicios al Veterano, {TPA}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "out_of_network", insurer=TPA, member_id=v_icn, member_name=vet, cases=[clm, ref],
              claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(nd), provider=prac,
              appeal_deadline=iso(dt.date(nd.year + 1, nd.month, nd.day)), lang="es",
              alternates={"insurer": TPA_ALT, "case_numbers": [[clm]], "appeal_deadline": [None],
                          "provider": [dr(pod, "DPM"), pod, "Pies Sanos del Valle Podiatry"]},
              denial_alternates=["prior_authorization"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    vet = people(rng, 1, "vt", sexes="F", used=USED)[0]
    aud, sig = people(rng, 2, "dr", sexes="MF", used=USED)
    center = "Canyon Wren Hearing Center"
    dos = workday(dt.date(2026, 1, rng.randint(5, 9)))
    got = plus(dos, rng.randint(204, 212))
    nd = workday(plus(got, rng.randint(9, 14)))
    clm = claim_no(rng, got)
    doc_c = dcn(rng, got)
    ref = ref_no(rng)
    v_icn = icn(rng)
    items = [("92557", "Comprehensive audiometry", 186.00), ("92567", "Tympanometry", 72.00),
             ("92588", "Otoacoustic emissions, diagnostic", 148.00), ("92625", "Tinnitus assessment", 214.00)]
    total = sum(a for _, _, a in items)
    p = EQSheet(footer="Page {n} of {nb}", footer_left="SFH-TF-1 (rev 02/2026)",
                ids_foot=f"\u00a9 2026 {PARENT}. All rights reserved.")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, "spaced", box="CLAIM DENIAL NOTICE")
    p.rstamp(["RECEIVED", slash(plus(nd, 6)), "CANYON WREN BILLING"], p.w - 80, p.get_y() + 4, angle=-5, size=8.0)
    addr_block(p, ["Billing Office", center, f"Attn: {first_last(aud)}, AuD", "310 Paseo de Peralta, Suite 4",
                   "Santa Fe, NM 87501"], 9.2)
    p.boxes([[("Date of notice", abbr(nd), 0.22), ("Claim / DCN", f"{clm} / {doc_c}", 0.44),
              ("VA referral", ref, 0.34)],
             [("Veteran", last_first(vet), 0.34), ("ICN", v_icn, 0.36), ("Date of service", slash(dos), 0.30)]],
            size=8.6, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["CPT", "Service", "Rendering", "Billed", "Paid", "CARC"],
                 [[c, s, dr(aud, "AuD"), usd(a), "0.00", "29 / E31"] for c, s, a in items] +
                 [["", "Claim total", "", usd(total), "0.00", ""]],
                 [W * k / 100 for k in (9, 35, 24, 12, 9, 11)], ["L", "L", "L", "R", "R", "L"], size=7.8,
                 bold_rows=(len(items),))
    p.para(f"We received this claim on {long(got)}, which is {(got - dos).days} days after the date of service. "
           "Community providers must file claims for VA-referred care within 180 days of the date of service. The "
           "claim came in after that limit, so it cannot be paid. (CARC 29: the time limit for filing has expired.)",
           9)
    p.para("The Veteran may not be billed for this care. The referral itself was valid; the visits were inside its "
           "episode of care.", 9)
    p.bar("Reconsideration", 9.2)
    p.para("If the claim was sent to us or to VA within the 180 days, you may ask us to reconsider. Send proof of "
           "the earlier filing, such as a clearinghouse acceptance report or a payer rejection with its date, within "
           "90 days of the date printed at the top of this letter. Without proof of timely filing the decision will "
           "not change.", 9)
    p.ln(3)
    p.f(9)
    p.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"Provider Claims Unit, {TPA}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "timely_filing", insurer=TPA, member_id=v_icn, member_name=vet, cases=[clm, ref],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(nd), provider=center,
              appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": TPA_ALT, "case_numbers": [[clm]], "provider": [dr(aud, "AuD"), aud]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    vet = people(rng, 1, "vt", sexes="M", used=USED)[0]
    vso, uc_np, er_doc, hlr_rev = people(rng, 4, "dr", sexes="FMFM", used=USED)
    v_icn = icn(rng)
    uc = "Prairie Lantern Urgent Care"
    hosp = "Llano Estacado Community Hospital"
    # explanation of benefits: two urgent care visits, the second after the 24-month window closed
    u1 = dt.date(2026, 1, rng.randint(19, 23))
    u2 = workday(dt.date(2026, 3, rng.randint(9, 13)))
    sd = workday(plus(u2, rng.randint(26, 31)))
    c1, c2 = claim_no(rng, plus(u1, 6)), claim_no(rng, plus(u2, 6))
    l1 = [(u1, "99213", "Urgent care visit", 168.00, 104.22, "P1"), (u1, "87880", "Strep test, rapid", 42.00,
                                                                       16.71, "P1")]
    l2 = [(u2, "99214", "Urgent care visit", 236.00, 0.00, "U24"), (u2, "73610", "X-ray, ankle, 3 views", 124.00,
                                                                      0.00, "U24"),
          (u2, "L4361", "Walking boot", 118.50, 0.00, "U24")]
    t2 = sum(x[3] for x in l2)
    # Higher-Level Review of an emergency room claim
    er = workday(dt.date(2026, 1, rng.randint(5, 9)))
    hd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    er_clm = claim_no(rng, plus(er, 9))
    dr_no = f"HLR-26-{digits(rng, 6)}"
    er_lines = [("0450", "99283", "Emergency department visit, level 3", 1642.00),
                ("0320", "71046", "Chest X-ray, 2 views", 388.00), ("0300", "", "Laboratory", 274.60)]
    er_total = sum(x[3] for x in er_lines)
    sent = plus(hd, rng.randint(8, 12))
    total_pages = 4
    tx = (f"{yy(sent)}  {hhmm(rng, 9, 15)}  CIMARRON CO VSO  {fax_digits(rng, '575')}  "
          f"P.{{n2}}/{{t2}}  JOB {digits(rng, 3)}")
    cover = tx_cover(tx, total_pages, ["Cimarron County Veterans Service Office",
                                       "County Annex, 215 S Main St, Clayton, NM 88415",
                                       f"Phone {phone(rng, '575')}  \u00b7  Fax {phone(rng, '575')}"],
                     [("To:", "Patient Advocate, " + VAHCS), ("Fax:", phone(rng, "505")),
                      ("From:", f"{vso}, County Veterans Service Officer"), ("Date:", slash(sent)),
                      ("Pages:", f"{total_pages} including this cover"),
                      ("Re:", f"Veteran {first_last(vet)} - two community care papers")],
                     "Two papers for the Veteran named above: Sagebrook's statement on his urgent care visits and "
                     "VA's Higher-Level Review decision on the January ER visit. He asks for a call about both. "
                     "He has signed a VA Form 21-22 naming our office; a copy is in your file.")
    # --- (i) explanation of benefits (1 page) ---
    p = EQSheet(footer="Page {n} of {nb}", tx=tx, tx_off=1, tx_total=total_pages,
                ids_foot=TPA_FOOT.replace("{n}", "EOB-V4"))
    p.set_margins(15, 16, 15)
    p.add_page()
    head(p, rng, "split", box="EXPLANATION OF BENEFITS")
    p.f(7.6)
    p.cell(0, 4, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [vet.upper(), "Route 1 Box 88", "Des Moines, NM 88418"], 9.0)
    p.boxes([[("Statement date", dd_mon(sd), 0.22), ("Veteran - ICN", f"{first_last(vet)} - {v_icn}", 0.48),
              ("Benefit", "Urgent care", 0.30)]], size=8.6)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for c, ls in ((c1, l1), (c2, l2)):
        rows.append(("span", f"Claim {c}   Provider: {uc} - {dr(uc_np, 'FNP-C')}"))
        for d, code, s, b, pd, rc in ls:
            rows.append([slash(d), code, s, n2(b), n2(pd), rc])
        rows.append(("bold", ["", "", "Claim total", n2(sum(x[3] for x in ls)), n2(sum(x[4] for x in ls)), ""]))
        rows.append(("gap",))
    p.open_table(["Date", "Code", "Service", "Billed", "VA paid", "Code"], [W * k / 100 for k in
                                                                          (14, 10, 44, 12, 12, 8)],
                 ["L", "L", "L", "R", "R", "L"], rows, size=8.0, row_h=4.6)
    p.legend_cols("What the codes mean", [
        ("P1", "Paid at the VA fee schedule. You owe nothing for this service except a VA urgent care copay, which VA "
               "bills you separately."),
        ("U24", "Not paid. To use the urgent care benefit a Veteran must be enrolled in VA health care and have had "
                "care from VA (in person, by video, or paid by VA) in the 24 months before the visit. VA records show "
                "no VA care in the 24 months before this visit."),
        ("E11", "No approved VA referral for this care."),
        ("E22", "Other health insurance pays first."),
        ("N30", "Patient not eligible for this benefit on the date shown.")], ncol=2, size=7.4, code_w=9)
    p.para(f"{TPA} processes community care claims for VA in Region 8. Questions or disagree? You may ask for a "
           "decision review within one year from the date of this "
           "statement. Call the Veteran line above. The urgent care center may not bill you for services VA did not "
           "pay because of code U24 unless it told you before the visit.", 8.2)
    eob = out(p)
    eob_t = truth("eob", "eligibility", insurer=TPA, member_id=v_icn, member_name=vet, cases=[c2],
                  claim_amount=m2(t2), service_dates=[iso(u2)], denial_date=iso(sd), provider=uc,
                  appeal_deadline=iso(dt.date(sd.year + 1, sd.month, sd.day)),
                  alternates={"insurer": TPA_ALT, "appeal_deadline": [None],
                              "provider": [dr(uc_np, "FNP-C"), uc_np, f"{uc} - {dr(uc_np, 'FNP-C')}"]},
                  type_alternates=["denial_letter"])
    # --- (ii) Higher-Level Review decision (2 pages) ---
    q = EQSheet(footer="Page {n} of {nb}", tx=tx, tx_off=2, tx_total=total_pages,
                ids_foot="VA Form 10-0998 information is enclosed  \u00b7  Office of Integrated Veteran Care")
    q.set_margins(19, 16, 19)
    q.add_page()
    va_head(q, rng, box="HIGHER-LEVEL REVIEW DECISION")
    addr_block(q, [vet, "Route 1 Box 88", "Des Moines, NM 88418"], 9.2)
    q.boxes([[("Decision date", long(hd), 0.30), ("Review no. - Claim no.", f"{dr_no} - {er_clm}", 0.44),
              ("Veteran ICN", v_icn, 0.26)],
             [("Facility (billing)", hosp, 0.46), ("Treating physician", dr(er_doc, "DO"), 0.30),
              ("Date of care", ymd_dots(er), 0.24)]], size=8.6)
    q.para(f"Dear {vet.split()[0]} {vet.split()[-1]}:", 9.4)
    q.para(f"You asked for a Higher-Level Review of VA's decision not to pay for your emergency room visit at "
           f"{hosp} on {long(er)} (claim total {usd(er_total)}). A senior reviewer who took no part in the first "
           "decision looked at the same evidence again. We have kept the first decision.", 9.4)
    q.bar("Why", 9.2)
    q.para("VA pays for emergency care in the community for a condition that a careful person with an average "
           "knowledge of health and medicine would expect to be a danger to life or health if not treated right "
           "away. The hospital record says you came in on a weekday afternoon with a cough for nine days, no fever, "
           "normal breathing and normal oxygen; you drove yourself; your VA clinic was open and had same-day "
           "appointments. The reviewer found that a careful person would not have thought these symptoms were an "
           "emergency, so the visit does not meet the standard.", 9.2)
    W2 = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Rev", "Code", "Service", "Billed"],
                 [[a, b, c, n2(d)] for a, b, c, d in er_lines] + [["", "", "Total", n2(er_total)]],
                 [W2 * k / 100 for k in (10, 12, 58, 20)], ["L", "L", "L", "R"], size=8.2, bold_rows=(len(er_lines),))
    q.add_page()
    q.bar("What you can do next", 9.2)
    q.para("If you do not agree, you may file a Supplemental Claim with new and relevant evidence, or appeal to the "
           "Board of Veterans' Appeals. To keep your original effective date, file within one year from the date "
           "of this decision. You cannot ask for a second Higher-Level Review of the same decision.", 9.2)
    q.para_cols([
        "Supplemental Claim: use VA Form 20-0995 and send evidence VA has not seen, such as a statement from the "
        "hospital doctor about why your symptoms needed the emergency room that day.",
        "Board Appeal: use VA Form 10182 (Notice of Disagreement) and choose direct review, evidence submission, or "
        "a hearing. The Board is in Washington, DC.",
        "Help: a Veterans Service Organization, a county veterans service officer or an accredited attorney or "
        "agent can help you at no cost for the first steps.",
        "Your bill: the hospital may bill you for this visit. Show it this letter and ask about its financial "
        "assistance program.",
    ], size=8.4)
    q.ln(4)
    q.signers([hlr_rev, "Senior Reviewer", "Office of Integrated Veteran Care"],
              ["Decision Review Unit", VAHCS, VA], size=8.6)
    hlr = out(q)
    hlr_t = truth("denial_letter", "medical_necessity", insurer=VA, member_id=v_icn, member_name=vet,
                  cases=[dr_no, er_clm], claim_amount=m2(er_total), service_dates=[iso(er)], denial_date=iso(hd),
                  provider=hosp, appeal_deadline=iso(dt.date(hd.year + 1, hd.month, hd.day)),
                  alternates={"insurer": VA_ALT, "case_numbers": [[dr_no], [er_clm]], "appeal_deadline": [None],
                              "provider": [dr(er_doc, "DO"), er_doc]},
                  denial_alternates=["not_covered"])
    return cover, [(eob, eob_t), (hlr, hlr_t)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    cover, stack_docs = None, None
    items = [
        Item(f"{f}_bd_remittance_episode_ended_code_only", "born_digital", [bd_remittance(rng)]),
        Item(f"{f}_faxstd_er_other_insurance_first", "fax_standard_g4", [faxstd_er_ohi(rng)]),
        Item(f"{f}_faxstd_inpatient_days_outpatient_referral", "fax_standard_g4", [faxstd_inpatient_days(rng)]),
        Item(f"{f}_scan300_referral_approved", "scan_clean_300", [scan300_approval(rng)]),
        Item(f"{f}_photo_es_provider_not_in_network", "phone_photo", [photo_es_oon(rng)]),
        Item(f"{f}_photocopy_hearing_claim_filed_late", "photocopy", [photocopy_late(rng)]),
    ]
    cover, stack_docs = faxfine_stack(rng)
    items.append(Item(f"{f}_faxfine_stack_urgent_care_eob_then_hlr", "fax_fine_g4", stack_docs,
                      separators=[cover, None], turns={(1, 0): 180}))
    return items
