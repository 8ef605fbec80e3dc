"""An invented health plan for welders, boilermakers and their families: the Arcwright Welders and Boilermakers Health
Fund (letterhead brand ARCWRIGHT set as "A R C W R I G H T", broken as ARC / WRIGHT or tracked wide, beside an AW
monogram, the tagline "Welders & Boilermakers Health Fund" under it; sponsored by the Board of Trustees of the
Arcwright Welding and Boiler Trades Welfare Trust, the legal entity in its footers, with the Form 5500 plan number
501 and the Trust's EIN as decoys), claims, utilization review and provider payments by the invented administrator
Coldharbor Benefit Services, Inc. (brand "C O L D H A R B O R" beside a CBS monogram; a Grayhaven Financial Group
company in its footer). Invented rules: hours reported by contributing contractors in a work quarter buy coverage for
the benefit quarter that starts two months after it ends (375 hours needed; a quarterly self-payment keeps coverage);
an injury or illness from work goes first to the employer's workers' compensation carrier; non-emergency surgery
needs precertification at least five business days before; inpatient stays are reviewed and may be paid as
observation; respirators, welding helmets and other protective equipment are the employer's to provide and are not
covered; fractional laser resurfacing of burn scars is investigational; network providers file within 90 days of
the date of service; members appeal within 180 days. Plan codes A100 (journeyworkers) and A200 (apprentices),
contractor groups "G-" + five digits, member numbers "AWB" + eight digits (printed grouped "AWB 4418 2093" on some
papers), claims "CB" + year and day + "-" + five digits, precertifications "PC-" + six digits + "-AW", appeals
"AWA-26-" + four digits. Every contractor, union local, provider, person, number, amount and address is invented;
real Indiana and Texas towns with invented streets; phones 555; CPT, HCPCS, revenue and ICD-10 codes as themselves.

Documents (8 in 7 files):
- bd_eob_family_statement_flash_burn_comp_first: a born-digital two-page family explanation of benefits; five claims,
  the table running on to page 2 with no heading; the member's emergency visit for arc-flash burns of both eyes pays
  0.00 under WC1 (the employer's workers' compensation pays first), told only in a three-column code list that also
  explains codes no line uses (other); "Group/Member No." owns two numbers.
- faxstd_metal_fume_fever_stay_paid_as_observation: a standard-fax notice to a hospital (transmission line, received
  stamp, "Plan - Group" and "UM review - Claim" boxes, attending / billing / ER physician side by side): two inpatient
  nights for metal fume fever paid as observation (level_of_care).
- faxstd_skin_graft_without_precertification: a standard-fax notice to a burn center: a planned skin graft nine days
  after the burn with no precertification (prior_authorization); a printed last day to appeal.
- lowres_es_respirator_not_covered: a 150 dpi Spanish letter: a powered air-purifying respirator is protective
  equipment the employer must provide (not_covered).
- rotated_cataract_precertification_approved: a precertification approval with captions under the values, fed
  sideways or upside down (denies nothing).
- photo_hours_short_benefit_quarter: a photographed letter with an hours table by contractor: 296 of 375 hours in the
  work quarter, so no coverage for the June visit (eligibility); a self-payment offer as a decoy.
- scan300_stack_laser_appeal_then_remittance: a clean-scan stack: the Trustees' final appeal decision keeping the
  refusal of laser resurfacing of burn scars (experimental), its second page sideways, the duplex back, then
  Coldharbor's provider remittance where one of four claims pays 0.00 under TF9 (filed after 90 days; timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqf import (EQSheet, abbr, caps_date, dd_mon, digits, dmy_long, dmy_upper, dr, es_date, es_wday,
                               fax_digits, first_last, hhmm, iso, last_first, long, m2, mdyyyy, money_es, n2, npi,
                               ord_long, out, people, phone, plus, short_wd, slash, tin, tollfree, truth, tx_date,
                               usd, wday_long, workday, ymd_dots, yy)

FAMILY = ("arcwright_welders_and_boilermakers_health_fund_flash_burn_comp_first_metal_fume_fever_observation_skin_"
          "graft_precert_respirator_exclusion_short_hours_and_late_claim_refusals")
LANG = "en"
SEED = 355165
USED: set = set()

FUND = "Arcwright Welders and Boilermakers Health Fund"
TRUST = "Arcwright Welding and Boiler Trades Welfare Trust"
ADMIN = "Coldharbor Benefit Services, Inc."
FUND_ALT = [FUND, "Arcwright", "Arcwright Welders and Boilermakers", "Arcwright Health Fund", TRUST, ADMIN,
            "Coldharbor Benefit Services", "Coldharbor"]
ADMIN_ALT = [ADMIN, "Coldharbor Benefit Services", "Coldharbor", FUND, "Arcwright"]
FUND_ADDR = ["Fund Office, 7820 Kennedy Ave, Suite 300", "Hammond, IN 46323"]
ADMIN_ADDR = ["P.O. Box 41860", "Merrillville, IN 46411"]
TAG = "Welders & Boilermakers Health Fund"
FUND_FOOT = ("Sponsored by the Board of Trustees, Arcwright Welding and Boiler Trades Welfare Trust  \u00b7  EIN "
             "36-4471902  \u00b7  Plan No. 501")
ADMIN_FOOT = "Coldharbor Benefit Services is a Grayhaven Financial Group company  \u00b7  Third party administrator"
JW, AP = "A100", "A200"


def mid(rng) -> str:
    return f"AWB{digits(rng, 8)}"


def grouped(m: str) -> str:
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"CB26{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def grp(rng) -> str:
    return f"G-{digits(rng, 5)}"


def fund_head(p: EQSheet, rng, style: str = "split", box: str | None = None):
    right = [FUND_ADDR[0], FUND_ADDR[1], f"Member services {tollfree(rng, '888')}", f"Fax {phone(rng, '219')}",
             "arcwrightfund.example"]
    small = ["boiler, pressure-vessel and structural welding trades"]
    if style == "split":
        p.wordmark("ARCWRIGHT", style="split", split=("ARC", "WRIGHT"), initials="AW", shape="ring", tagline=TAG,
                   small=small, right=right, box=box, size=21)
    elif style == "spaced":
        p.wordmark("ARCWRIGHT", style="spaced", initials="AW", shape="disc", tagline=TAG, small=small, right=right,
                   box=box, size=19, mono_right=False)
    else:
        p.wordmark("ARCWRIGHT", style="tracked", initials="AW", shape="square", tagline=TAG, small=small,
                   right=right, box=box, size=18)


def admin_head(p: EQSheet, rng, box: str | None = None):
    p.wordmark("COLDHARBOR", style="spaced", initials="CBS", shape="square",
               tagline=f"Benefit Services  \u00b7  claims administrator for the {FUND}",
               right=[ADMIN_ADDR[0], ADMIN_ADDR[1], f"Provider line {tollfree(rng, '855')}",
                      f"UM fax {phone(rng, '219')}"], box=box, size=17)


def addr_block(p: EQSheet, lines: list[str], size: float = 9.4):
    p.f(size)
    for ln in lines:
        p.set_x(p.l_margin)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def sign(p: EQSheet, lines: list[str], size: float = 9.2, close: str = "Sincerely,"):
    p.f(size)
    p.set_x(p.l_margin)
    p.cell(0, 5, close, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for i, ln in enumerate(lines):
        p.f(size if i == 0 else size - 0.6, "B" if i == 0 else "")
        p.set_x(p.l_margin)
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "wb", sexes="M", used=USED)[0]
    last = member.split()[-1]
    spouse, daughter, son = people(rng, 3, "wb", sexes="FFM", last=last, used=USED)
    erdoc, lab_np, ped, pcp, pt = people(rng, 5, "dw", sexes="MFMFM", used=USED)
    m = mid(rng)
    g = "G-41180"
    sd = workday(dt.date(2026, 5, rng.randint(18, 21)))
    flash = workday(dt.date(2026, 4, rng.randint(13, 16)))
    er_group = "Lakeshore Emergency Physicians, LLC"
    hosp = "Calumet Harbor Hospital"
    claims = [
        (spouse, "Spouse", "Whiting Clinical Laboratory", lab_np, "NP",
         [(dt.date(2026, 4, 2), "80061", "Lipid panel", 96.00, 38.40, 0.00, 0.00, "DE"),
          (dt.date(2026, 4, 2), "83036", "Hemoglobin A1c", 64.00, 22.15, 0.00, 0.00, "DE")]),
        (daughter, "Daughter", "Robertsdale Pediatrics", ped, "MD",
         [(dt.date(2026, 4, 7), "99393", "Preventive visit, age 5-11", 238.00, 141.80, 141.80, 0.00, "PV")]),
        (member, "Self", er_group, erdoc, "MD",
         [(flash, "99284", "Emergency department visit, level 4", 612.00, 0.00, 0.00, 0.00, "WC1"),
          (flash, "92071", "Bandage contact lens, both eyes", 184.00, 0.00, 0.00, 0.00, "WC1")]),
        (member, "Self", "Hessville Family Medicine", pcp, "DO",
         [(dt.date(2026, 4, 27), "99396", "Preventive visit, age 40-64", 286.00, 171.25, 171.25, 0.00, "PV"),
          (dt.date(2026, 4, 27), "94010", "Spirometry", 88.00, 41.60, 33.28, 8.32, "CI")]),
        (son, "Son", "Indiana Harbor Physical Therapy", pt, "DPT",
         [(dt.date(2026, 5, 1), "97110", "Therapeutic exercise, 3 units", 204.00, 102.30, 81.84, 20.46, "CI"),
          (dt.date(2026, 5, 1), "97140", "Manual therapy, 2 units", 136.00, 68.20, 54.56, 13.64, "CI")]),
    ]
    nos = [claim_no(rng, plus(c[5][0][0], rng.randint(5, 11))) for c in claims]
    den = 2
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT, every=f"{first_last(member)}  \u00b7  {grouped(m)}")
    p.set_margins(14, 15, 14)
    p.add_page()
    fund_head(p, rng, "split", box="EXPLANATION OF BENEFITS")
    p.f(7.6)
    p.cell(0, 4, "THIS IS NOT A BILL  \u00b7  keep for your records", align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [member.upper(), "6418 Columbia Ave", "Hammond, IN 46324"], 9.0)
    p.boxes([[("Statement date", ord_long(sd), 0.24), ("Group/Member No.", f"{g} / {m}", 0.32),
              ("Plan", f"{JW} Journeyworker", 0.23), ("Local - Book no.", f"1187 - {digits(rng, 7)}", 0.21)]],
            size=8.4)
    p.boxes([[("Deductible 2026 (family)", "$800.00 - met $642.55", 0.34),
              ("Out-of-pocket 2026 (family)", "$6,000.00 - met $1,106.37", 0.36),
              ("Questions", tollfree(rng, "888"), 0.30)]], size=8.0, under=True)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    tot = []
    for i, (pt_name, rel, prov, doc, cred, lines) in enumerate(claims):
        rows.append(("span", f"{rel}: {pt_name}    Claim {nos[i]}"))
        rows.append(("note", f"Billed by {prov}  \u00b7  Treated by {dr(doc, cred)}"
                             + (f"  \u00b7  at {hosp}" if i == den else "")))
        for d, code, s, b, a, pd, owe, rc in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), n2(owe), rc])
        tb = sum(x[3] for x in lines)
        tot.append(tb)
        rows.append(("bold", ["", "", "Claim total", n2(tb), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        rows.append(("gap",))
        if i == 3:
            rows.append(("break",))
    p.claim_rows(["Date", "Code", "Service", "Billed", "Allowed", "Fund paid", "You owe", "Code"],
                 [W * k / 100 for k in (12, 9, 35, 10, 10, 10, 9, 5)], ["L", "L", "L", "R", "R", "R", "R", "L"],
                 rows, size=7.8)
    p.legend_cols("Codes on your statements", [
        ("DE", "Applied to your deductible. You pay the provider up to the Fund's allowed amount."),
        ("PV", "Preventive care paid in full at a network provider."),
        ("CI", "Paid at 80% of the allowed amount after the deductible; the rest is your coinsurance."),
        ("WC1", "Not paid by the Fund. The records show an injury or illness that happened at work. The employer's "
                "workers' compensation carrier pays first; send us its written denial if it refuses, and we will "
                "look at the claim again."),
        ("HB3", "No coverage on the date of service: not enough hours were reported for the benefit quarter."),
        ("PC4", "Precertification was required and not obtained."),
        ("OB2", "Paid as observation care, not as an inpatient stay."),
        ("EX7", "Protective equipment (respirators, welding helmets, safety glasses) is not covered."),
        ("TF9", "Filed more than 90 days after the date of service by a network provider."),
        ("IN5", "Investigational or experimental service.")], ncol=3, size=6.9, code_w=8.5)
    p.para("Example only: if a provider bills $300.00 and the allowed amount is $180.00, a network provider may not "
           "bill you the $120.00 difference.", 7.4)
    p.para("Your right to appeal: if you disagree with how a claim was paid, you may appeal in writing within 180 "
           f"days of the statement date ({long(sd)}). Write to the Appeals Committee, {FUND}, {FUND_ADDR[0]}, {FUND_ADDR[1]}. "
           "Include the claim number and any records you want the Trustees to see.", 7.8)
    t = truth("eob", "other", insurer=FUND, plan_id=JW, group=g, member_id=m, member_name=member, cases=[nos[den]],
              claim_amount=m2(tot[den]), service_dates=[iso(flash)], denial_date=iso(sd), provider=er_group,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [dr(erdoc, "MD"), erdoc, "Lakeshore Emergency Physicians",
                                                            hosp]},
              type_alternates=["denial_letter"], denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_fume_fever(rng):
    member = people(rng, 1, "wb", sexes="M", used=USED)[0]
    hosp_doc, er_doc, rev, nurse = people(rng, 4, "dw", sexes="FMMF", used=USED)
    hosp = "Sabine Pass Regional Medical Center"
    hg = "Gulf Triangle Hospitalists, PA"
    m = mid(rng)
    g = grp(rng)
    adm = workday(dt.date(2026, 5, rng.randint(4, 7)))
    dis = plus(adm, 2)
    nd = workday(plus(dis, rng.randint(18, 22)))
    sent = plus(nd, 1)
    clm = claim_no(rng, plus(dis, 5))
    um = f"UM{digits(rng, 7)}"
    lines = [("0450", "Emergency room", 2184.00, 2184.00), ("0324", "Chest X-ray", 386.00, 386.00),
             ("0300", "Laboratory", 1472.60, 1472.60), ("0250", "Pharmacy", 412.90, 206.45),
             ("0120", "Room and board, semi-private, 2 nights", 5460.00, 0.00),
             ("0762", "Observation hours (in place of room and board), 40 hours", 0.00, 2240.00)]
    total = sum(x[2] for x in lines)
    tx = (f"{slash(sent)} {hhmm(rng, 14, 16)}  COLDHARBOR UM  {fax_digits(rng, '219')} >> {fax_digits(rng, '409')}  "
          f"P {{n}}/{{t}}  JOB#{digits(rng, 4)}")
    p = EQSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=ADMIN_FOOT)
    p.set_margins(16, 16, 16)
    p.add_page()
    admin_head(p, rng, box="NOTICE OF REVIEW DECISION")
    p.rstamp(["REC'D", caps_date(plus(sent, 3)), "HIM / UR"], p.w - 70, p.get_y() + 3, angle=-6, size=8.6)
    addr_block(p, ["Utilization Review / Patient Accounts", hosp, "2900 Gulfway Dr", "Port Arthur, TX 77642"], 9.2)
    p.boxes([[("Notice date", dd_mon(nd), 0.20), ("Plan - Group", f"{AP} - {g}", 0.22),
              ("Member No.", grouped(m), 0.24), ("UM review - Claim", f"{um} - {clm}", 0.34)],
             [("Patient", f"{member} (member)", 0.42), ("Admitted - Discharged", f"{slash(adm)} - {slash(dis)}",
                                                          0.34), ("Dx", "T56.891A, R50.9", 0.24)]], size=8.4)
    p.boxes([[("Attending physician", f"{dr(hosp_doc, 'MD')}\n{hg}\nat {hosp}", 0.34),
              ("Billing facility", f"{hosp}\nNPI {npi(rng)}", 0.39),
              ("Admitting ER physician", f"{dr(er_doc, 'DO')}\nEmergency Department", 0.27)]], size=8.0,
            shade_cap=True)
    p.para(f"The member came to the emergency room on {long(adm)} with fever, chills, a dry cough and aching after "
           "welding galvanized fence panels at home the day before, and was admitted. He went home on "
           f"{long(dis)}. Our nurse reviewer and a physician board certified in occupational medicine read the "
           "emergency and inpatient records.", 8.9)
    p.bar("Decision", 9.2)
    p.para("The records show metal fume fever: oxygen levels stayed normal, the chest X-ray was clear, the fever "
           "broke within 24 hours with fluids and acetaminophen and no treatment was given that needed a hospital "
           "bed. This care can be given safely as observation in the hospital's outpatient setting. We paid the "
           "stay as observation (code OB2). The two inpatient room and board days are not paid as inpatient care. "
           "Other hospital services were paid.", 8.9)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Rev", "Service", "Billed", "Allowed"],
                 [[r, s, n2(b) if b else "-", n2(a)] for r, s, b, a in lines] +
                 [["", "Total charges / allowed", n2(total), n2(sum(x[3] for x in lines))]],
                 [W * k / 100 for k in (10, 58, 16, 16)], ["L", "L", "R", "R"], size=8.0, bold_rows=(len(lines),))
    p.add_page()
    p.bar("Appeal rights", 9.2)
    p.para("You, the attending physician or the member may appeal this decision within 60 days of the date of this "
           "notice. Send the records that show why inpatient care was needed. A physician who did not make this "
           "decision will review the appeal. An urgent appeal is decided within 72 hours if waiting could harm the "
           "member's health; this decision is about a stay that has ended, so it is a standard appeal.", 8.9)
    p.para("The member may not be billed for the difference between the inpatient charges and the observation "
           "payment by a network hospital. If the member was exposed to fumes at work, the claim must also be sent "
           "to the employer's workers' compensation carrier; the ER record says the welding was at home.", 8.9)
    p.ln(3)
    p.signers([dr(rev, "MD, MPH"), "Physician Reviewer, Occupational Medicine", ADMIN],
              [dr(nurse, "RN"), "Utilization Review Nurse", f"for the {FUND}"], size=8.4)
    t = truth("denial_letter", "level_of_care", insurer=ADMIN, plan_id=AP, group=g, member_id=m, member_name=member,
              cases=[um, clm], claim_amount=m2(total), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(nd), provider=hosp, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ADMIN_ALT, "case_numbers": [[clm], [um]],
                          "service_dates": [[iso(adm), iso(plus(adm, 1))], [iso(adm), iso(dis)]],
                          "claim_amount": [m2(5460.00)], "provider": [dr(hosp_doc, "MD"), hosp_doc, hg]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_graft(rng):
    member = people(rng, 1, "wb", sexes="F", used=USED)[0]
    son = people(rng, 1, "wb", sexes="M", last=member.split()[-1], used=USED)[0]
    surg, er_doc, sig = people(rng, 3, "dw", sexes="MFF", used=USED)
    center = "Great Lakes Burn & Wound Center"
    m = mid(rng)
    g = grp(rng)
    burn = workday(dt.date(2026, 4, rng.randint(20, 23)))
    graft = workday(plus(burn, 9))
    got = plus(graft, 8)
    nd = workday(plus(got, rng.randint(14, 18)))
    if nd == dt.date(2026, 5, 25):           # Memorial Day: the Fund Office is closed
        nd = plus(nd, 1)
    sent = plus(nd, 2)
    by = plus(nd, 72)
    clm = claim_no(rng, got)
    inq = f"IQ-{digits(rng, 6)}"
    items = [("15100", "Split-thickness autograft, trunk/arms/legs, first 100 sq cm", 4860.00),
             ("15101", "Each additional 100 sq cm (x1)", 1740.00),
             ("15002", "Surgical preparation of recipient site, first 100 sq cm", 1386.00),
             ("15004", "Recipient site preparation, forearm, first 100 sq cm", 1214.00)]
    total = sum(a for _, _, a in items)
    tx = (f"FROM: ARCWRIGHT FUND OFFICE  FAX {fax_digits(rng, '219')}  {mdyyyy(sent)} {hhmm(rng, 8, 10)}  "
          f"PAGE {{n2}} OF {{t2}}  TX {digits(rng, 4)}")
    p = EQSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=FUND_FOOT)
    p.set_margins(17, 16, 17)
    p.add_page()
    fund_head(p, rng, "spaced", box="CLAIM DECISION - PROVIDER COPY")
    p.rstamp(["RECEIVED", dmy_upper(plus(sent, 1)), "BURN CENTER BILLING"], p.w - 82, p.get_y() + 4, angle=5,
             size=8.2)
    addr_block(p, ["Patient Business Office", center, f"Attn: {first_last(surg)}, MD", "1450 Broadway, Building C",
                   "Gary, IN 46407"], 9.2)
    p.f(9.2)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Patient", f"{son} (son)", 0.30), ("Subscriber ID / Dep. no.", f"{m} / 03", 0.30),
              ("Plan/Group", f"{JW}/{g}", 0.18), ("Claim no.", clm, 0.22)],
             [("Subscriber", member, 0.30), ("Date of surgery", slash(graft), 0.30),
              ("Date of injury", slash(burn), 0.18), ("Claim received", slash(got), 0.22)]], size=8.4)
    p.boxes([[("Surgeon (rendering)", f"{dr(surg, 'MD, FACS')}\n{center}", 0.50),
              ("Referred by", f"{dr(er_doc, 'MD')}\nEmergency Dept., Calumet Harbor Hospital", 0.50)]], size=8.2,
            under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["CPT", "Description", "Billed", "Paid"],
                 [[c, s, f"${n2(a)}", "0.00"] for c, s, a in items] + [["", "Claim total", usd(total), "0.00"]],
                 [W * k / 100 for k in (11, 61, 15, 13)], ["L", "L", "R", "R"], size=8.0, bold_rows=(len(items),))
    p.para(f"The claim is for a skin graft of the left forearm done on {long(graft)}, nine days after the patient "
           f"was burned by molten slag while welding a trailer hitch at home on {long(burn)}. The graft was planned "
           "and scheduled; it was not emergency surgery.", 9)
    p.bar("Why the claim was not paid", 9.2)
    p.para("The Fund requires precertification for surgery that is not an emergency. The surgeon's office must call "
           "or fax the precertification request at least five business days before the surgery. We have no "
           f"precertification request for this graft. The office's call of {slash(got)} (inquiry {inq}) asked about "
           "claim status after the surgery and was not a request for precertification. Because the surgery was not "
           "precertified, the Fund did not pay it. Network surgeons may not bill the patient for services denied "
           "for lack of precertification.", 9)
    p.add_page()
    p.bar("How to appeal", 9.2)
    p.para(f"The surgeon, or the patient with the surgeon's help, may appeal. Your appeal must reach the Fund Office "
           f"by {long(by)}. Send the operative report, the clinic notes from the burn and photographs of the wound, "
           "and explain why the graft could not wait for a precertification decision. The Trustees' Appeals "
           "Committee meets monthly and decides within 30 days after its meeting.", 9)
    p.para("Reminder for future care: precertification is needed for skin grafts, hand surgery, spine surgery, MRI "
           "and CT scans and all planned admissions. Precertification is not needed for emergency care.", 8.6)
    p.ln(3)
    sign(p, [sig, "Claims Review Supervisor", FUND])
    t = truth("denial_letter", "prior_authorization", insurer=FUND, plan_id=JW, group=g, member_id=m,
              member_name=son, cases=[clm], claim_amount=m2(total), service_dates=[iso(graft)], denial_date=iso(nd),
              provider=center, appeal_deadline=iso(by),
              alternates={"insurer": FUND_ALT, "member_id": [f"{m}03", f"{m}-03"],
                          "provider": [dr(surg, "MD, FACS"), dr(surg, "MD"), surg]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_papr(rng):
    member = people(rng, 1, "es", sexes="M", used=USED)[0]
    pulm, sig = people(rng, 2, "dw", sexes="FM", used=USED)
    supplier = "Gulfward Respiratory Supply, LLC"
    clinic = "Golden Triangle Lung & Sleep"
    m = mid(rng)
    g = grp(rng)
    dlv = workday(dt.date(2026, 5, rng.randint(11, 15)))
    nd = workday(plus(dlv, rng.randint(27, 33)))
    clm = claim_no(rng, plus(dlv, 4))
    items = [("E1399", "Respirador purificador de aire motorizado (PAPR) con capucha", 1685.00),
             ("A7599", "Filtros HEPA de repuesto, 6", 312.00), ("A9900", "Batería de repuesto", 148.00)]
    total = sum(a for _, _, a in items)
    p = EQSheet(footer="Página {n} de {nb}", ids_foot=FUND_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    fund_head(p, rng, "tracked", box="DECISIÓN SOBRE SU RECLAMACIÓN")
    addr_block(p, [member, "3715 Procter St, Apt 6", "Port Arthur, TX 77642"], 9.4)
    p.f(9.4)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Número de miembro", grouped(m), 0.28), ("Plan - Grupo", f"{JW} - {g}", 0.24),
              ("Reclamación", clm, 0.26), ("Entregado", slash(dlv), 0.22)]], size=8.6)
    p.boxes([[("Proveedor (facturó)", supplier, 0.50), ("Recetado por", f"{dr(pulm, 'MD')}\n{clinic}", 0.50)]],
            size=8.4, shade_cap=True)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.4)
    p.para(f"Recibimos la reclamación de {supplier} por el equipo que se le entregó el {es_wday(dlv)}. La "
           f"neumóloga {dr(pulm, 'MD')} lo recetó para que usted lo use al soldar, después de dos episodios de "
           "fiebre por humos metálicos.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Código", "Artículo", "Cobrado"],
                 [[c, s, f"US$ {money_es(a)}"] for c, s, a in items] +
                 [["", "Total de la reclamación", f"US$ {money_es(total)} ({usd(total)})"]],
                 [W * k / 100 for k in (12, 58, 30)], ["L", "L", "R"], size=8.2, bold_rows=(len(items),))
    p.bar("Nuestra decisión", 9.2)
    p.para("El Fondo no paga este equipo. El plan excluye el equipo de protección personal que se usa para trabajar: "
           "respiradores, caretas y cascos de soldar, lentes de seguridad, guantes y ropa resistente al fuego. Según "
           "las normas de seguridad en el trabajo, el contratista que lo emplea debe darle el respirador que su "
           "trabajo requiere. Esto no es una decisión sobre si usted necesita el respirador; creemos que su médica "
           "tiene razón al recomendarlo.", 9.2)
    p.para("Qué puede hacer: muestre esta carta y la receta al encargado de seguridad de su contratista o al "
           "representante de su local. Si su pulmón necesita tratamiento, las visitas y medicinas sí están "
           "cubiertas por el Fondo.", 9.2)
    p.bar("Si no está de acuerdo", 9.2)
    p.para("Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación al "
           f"Comité de Apelaciones, {FUND_ADDR[0]}, {FUND_ADDR[1]}. Puede pedir copias gratis de los documentos "
           "que usamos. Si necesita esta carta en inglés o ayuda para leerla, llame a Servicios para Miembros.", 9.2)
    p.ln(2)
    sign(p, [sig, "Departamento de Reclamaciones", FUND], close="Atentamente,")
    t = truth("denial_letter", "not_covered", insurer=FUND, plan_id=JW, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(dlv)], denial_date=iso(nd), provider=supplier,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": FUND_ALT,
                          "provider": ["Gulfward Respiratory Supply", dr(pulm, "MD"), pulm, clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    member = people(rng, 1, "wb", sexes="M", used=USED)[0]
    eye, nurse = people(rng, 2, "dw", sexes="FM", used=USED)
    asc = "Hessville Eye Surgery Center"
    practice = "Lake County Eye Physicians"
    m = mid(rng)
    g = grp(rng)
    ld = workday(dt.date(2026, 6, rng.randint(1, 5)))
    req = plus(ld, -4)
    planned = workday(plus(ld, rng.randint(16, 21)))
    pc = f"PC-{digits(rng, 6)}-AW"
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    admin_head(p, rng, box="PRECERTIFICATION APPROVED")
    addr_block(p, [member, "1129 Calumet Ave", "Whiting, IN 46394"], 9.4)
    p.boxes([[("Letter date", slash(ld), 0.22), ("Member no.", m, 0.26), ("Plan / group", f"{JW} / {g}", 0.24),
              ("Precertification", pc, 0.28)],
             [("Request received", abbr(req), 0.22), ("Procedure", "66984 - cataract removal with lens, right eye",
                                                       0.52), ("Planned date", slash(planned), 0.26)]],
            size=8.6, under=True)
    p.boxes([[("Surgeon", f"{dr(eye, 'MD')}\n{practice}", 0.5), ("Facility", f"{asc}\nOutpatient surgery", 0.5)]],
            size=8.6, under=True)
    p.para(f"Dear {member.split()[0]} {member.split()[-1]}:", 9.6)
    p.para(f"Good news. We have approved the cataract surgery on your right eye that {dr(eye, 'MD')} asked for. "
           f"The approval covers the surgeon, the anesthesia and {asc} for surgery on or within 60 days after the "
           "planned date above. Your usual deductible and coinsurance apply.", 9.6)
    p.para("An approval is not a promise of payment if your coverage ends before the surgery (for example, if not "
           "enough hours are reported for the benefit quarter) or if the surgery done is different from the one "
           "approved. If the date changes by more than 60 days, your surgeon should call us.", 9.2)
    p.para("Nothing has been denied. You do not need to do anything else.", 9.4)
    p.ln(2)
    sign(p, [dr(nurse, "RN"), "Precertification Nurse", ADMIN, f"on behalf of the {FUND}"])
    t = truth("other", None, insurer=ADMIN, plan_id=JW, group=g, member_id=m, member_name=member, cases=[pc],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld), provider=dr(eye, "MD"),
              appeal_deadline=None,
              alternates={"insurer": ADMIN_ALT, "service_dates": [[]], "provider": [eye, practice, asc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_hours(rng):
    member = people(rng, 1, "wb", sexes="M", used=USED)[0]
    np_, sig = people(rng, 2, "dw", sexes="FM", used=USED)
    clinic = "Marktown Family Health Clinic"
    m = mid(rng)
    g = grp(rng)
    dos = workday(dt.date(2026, 6, rng.randint(8, 12)))
    nd = workday(plus(dos, rng.randint(24, 28)))
    clm = claim_no(rng, plus(dos, 6))
    hours = [("Dunmore Boiler & Stack, Inc.", "C-2217", "January 2026", 148.0),
             ("Dunmore Boiler & Stack, Inc.", "C-2217", "February 2026", 96.5),
             ("Ridgeline Pressure Vessel Co.", "C-3045", "March 2026", 51.5)]
    got_h = sum(h for *_, h in hours)
    items = [("99214", "Office visit, established patient", 214.00), ("71046", "Chest X-ray, 2 views", 126.00),
             ("87635", "Respiratory virus test", 98.00)]
    total = sum(a for _, _, a in items)
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    fund_head(p, rng, "split", box="ELIGIBILITY - CLAIM NOT PAID")
    addr_block(p, [member, "507 Indianapolis Blvd", "East Chicago, IN 46312"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Date of this letter: {long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Member ID", m, 0.27), ("Group", g, 0.17), ("Claim no.", clm, 0.27),
              ("Date of service", short_wd(dos), 0.29)]], size=8.6)
    p.para(f"We received a claim from {clinic} ({dr(np_, 'APRN')}) for your visit on {long(dos)}:", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Charge"],
                 [[c, s, n2(a)] for c, s, a in items] + [["", "Total", usd(total)]],
                 [W * k / 100 for k in (14, 66, 20)], ["L", "L", "R"], size=8.2, bold_rows=(len(items),))
    p.bar("Why we cannot pay it", 9.2)
    p.para("Your coverage for the benefit quarter June 1 - August 31, 2026 depends on the hours your contractors "
           "reported for the work quarter January 1 - March 31, 2026. You needed 375 hours. The contractors "
           f"reported {got_h:.1f} hours:", 9.2)
    p.ruled_rows(["Contractor", "Contractor no.", "Month worked", "Hours reported"],
                 [[a, b, c, f"{h:.1f}"] for a, b, c, h in hours] + [["", "", "Total", f"{got_h:.1f}"]],
                 [W * k / 100 for k in (42, 18, 20, 20)], ["L", "L", "L", "R"], size=8.2, bold_rows=(len(hours),))
    p.para("Because fewer than 375 hours were reported, you had no Fund coverage on the date of service and the "
           "claim was not paid.", 9.2)
    p.bar("Your choices", 9.2)
    p.bullets([
        "Self-payment: you may keep coverage for this benefit quarter by paying $1,146.00 to the Fund Office within "
        "30 days of this letter. If you pay, send us a note and we will process the claim again.",
        "Missing hours: if you worked hours that are not in the table, send pay stubs; we will ask the contractor to "
        "report them.",
        "Appeal: if you think this decision is wrong, you may appeal in writing within 180 days of the date of this "
        "letter to the Appeals Committee at the Fund Office.",
    ], size=9)
    p.ln(1)
    sign(p, [sig, "Eligibility Department", FUND])
    t = truth("denial_letter", "eligibility", insurer=FUND, group=g, member_id=m, member_name=member, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [dr(np_, "APRN"), np_]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_stack(rng):
    # (i) Trustees' final appeal decision, laser resurfacing of burn scars
    member = people(rng, 1, "wb", sexes="F", used=USED)[0]
    derm, chair = people(rng, 2, "dw", sexes="MF", used=USED)
    practice = "Whiting Lakefront Dermatology & Laser"
    m = mid(rng)
    g = grp(rng)
    s1 = workday(dt.date(2026, 2, rng.randint(9, 13)))
    s2 = workday(plus(s1, 35))
    meet = workday(dt.date(2026, 5, rng.randint(12, 14)))
    ad = workday(plus(meet, rng.randint(3, 6)))
    clm = claim_no(rng, plus(s2, 6))
    apl = f"AWA-26-{digits(rng, 4)}"
    items = [(s1, "0479T", "Fractional ablative laser, burn scar, first 100 sq cm", 1650.00),
             (s2, "0479T", "Fractional ablative laser, burn scar, first 100 sq cm", 1650.00)]
    total = sum(x[3] for x in items)
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    fund_head(p, rng, "spaced", box="FINAL APPEAL DECISION")
    addr_block(p, [member, "2241 Lakeview Ave", "Whiting, IN 46394"], 9.2)
    p.boxes([[("Decision date", dmy_long(ad), 0.26), ("Appeal - Claim", f"{apl} - {clm}", 0.44),
              ("Member no.", grouped(m), 0.30)],
             [("Plan/Group", f"{JW}/{g}", 0.26), ("Provider", f"{practice} - {dr(derm, 'MD')}", 0.74)]],
            size=8.4)
    p.para(f"Dear {member.split()[0]} {member.split()[-1]}:", 9.4)
    p.para(f"The Appeals Committee of the Board of Trustees met on {long(meet)} and considered your appeal of the "
           f"refusal of the {FUND} to pay for two fractional laser treatments of burn scars on your neck and chest, given on "
           f"{long(s1)} and {long(s2)} (total billed {usd(total)}).", 9.2)
    p.para_cols([
        "What you sent: a letter from Dr. " + derm.split()[-1] + " saying the scars are tight and itch, photographs, "
        "and two journal articles. What we also read: the Fund's medical policy on scar treatment and a report from "
        "an independent plastic surgeon who does not work for the Fund.",
        "The Committee's decision: the Committee keeps the refusal. Under the Plan, services are not covered when "
        "they are investigational, which means that studies published so far do not show that they work as well "
        "as the usual treatment. The independent surgeon found that the studies of fractional laser for burn scars "
        "are small and short, without a comparison group, and that the usual treatment (pressure garments, "
        "silicone sheets, stretching and, when needed, surgery to release a tight scar) is covered.",
        "This decision is not about whether the treatment helped you, and it does not say that you should stop it. "
        "It only decides whether the Plan pays for it.",
    ], size=8.8)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(d), c, s, n2(a), "0.00"] for d, c, s, a in items] + [["", "", "Total", n2(total), "0.00"]],
                 [W * k / 100 for k in (14, 10, 52, 12, 12)], ["L", "L", "L", "R", "R"], size=8.0,
                 bold_rows=(len(items),))
    p.add_page()
    p.bar("Your rights after this decision", 9.2)
    p.para("This is the Plan's final decision on your appeal. There is no further appeal within the Plan. You have "
           "the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act "
           "(ERISA). You may ask, free of charge, for copies of all documents, records and other information "
           "relevant to your claim, including the independent surgeon's report and the medical policy.", 9.2)
    p.para("The Plan does not offer a voluntary second level of appeal. You and your plan may have other voluntary "
           "ways to settle a dispute; contact your local U.S. Department of Labor office to learn more.", 9.2)
    p.ln(4)
    sign(p, [chair, "Chair, Appeals Committee", f"Board of Trustees, {TRUST}"], close="For the Board of Trustees,")
    appeal = out(p)
    appeal_t = truth("denial_letter", "experimental", insurer=FUND, plan_id=JW, group=g, member_id=m,
                     member_name=member, cases=[apl, clm], claim_amount=m2(total),
                     service_dates=[iso(s1), iso(s2)], denial_date=iso(ad), provider=practice, appeal_deadline=None,
                     alternates={"insurer": FUND_ALT, "case_numbers": [[apl], [clm]],
                                 "provider": [dr(derm, "MD"), derm, "Whiting Lakefront Dermatology"]})
    # (ii) provider remittance from Coldharbor, four claims, one filed after 90 days
    pts = people(rng, 4, "wb", sexes="MMFM", used=USED)
    docs = people(rng, 3, "dw", sexes="FMF", used=USED)
    clinic = "Ironworks Occupational & Family Medicine"
    rd = workday(dt.date(2026, 5, rng.randint(25, 28)))
    ids = [mid(rng) for _ in pts]
    grps = [grp(rng) for _ in pts]
    plans = [JW, AP, JW, JW]
    late = workday(dt.date(2026, 1, rng.randint(12, 16)))
    svc = {
        0: [(dt.date(2026, 5, 4), "99213", 156.00, 98.40, "CI"), (dt.date(2026, 5, 4), "94010", 88.00, 33.28, "CI")],
        1: [(dt.date(2026, 4, 29), "99203", 228.00, 142.10, "DE")],
        2: [(late, "99214", 214.00, 0.00, "TF9"), (late, "92081", 142.00, 0.00, "TF9")],
        3: [(dt.date(2026, 5, 11), "99395", 262.00, 171.25, "PV"), (dt.date(2026, 5, 11), "82565", 34.00, 11.42,
                                                                  "PV")],
    }
    rcv = [plus(svc[i][0][0], 6 if i != 2 else 104) for i in range(4)]
    nos = [claim_no(rng, rcv[i]) for i in range(4)]
    rend = [docs[0], docs[1], docs[2], docs[0]]
    creds = ["MD", "PA-C", "DO", "MD"]
    claims = []
    for i in range(4):
        b = sum(x[2] for x in svc[i])
        pd = sum(x[3] for x in svc[i])
        claims.append({"lead": [nos[i], last_first(pts[i]), ids[i]],
                       "lines": [[yy(d), c, n2(bb), n2(pp), rc] for d, c, bb, pp, rc in svc[i]],
                       "total": ["", "", n2(b), n2(pd), ""],
                       "note": f"Plan {plans[i]}  Grp {grps[i]}  Rcvd {yy(rcv[i])}  Rendering {dr(rend[i], creds[i])}"})
    q = EQSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                every=f"Remittance {digits(rng, 9)}  \u00b7  {clinic}")
    q.set_margins(13, 15, 13)
    q.add_page()
    admin_head(q, rng, box="PROVIDER REMITTANCE")
    W = q.w - q.l_margin - q.r_margin
    q.boxes([[("Remittance date", slash(rd), 0.18), ("Payee - NPI", f"{clinic} - {npi(rng)}", 0.50),
              ("Check / EFT", f"EFT {digits(rng, 10)}", 0.32)]], size=8.2, under=True)
    q.remit_table(["Claim no.", "Patient", "Member no.", "DOS", "CPT", "Billed", "Paid", "Code"],
                  [W * k / 100 for k in (17, 22, 18, 10, 8, 10, 9, 6)], ["L", "L", "L", "L", "L", "R", "R", "L"],
                  claims, size=7.3, row_h=4.3, tot_label="Claim total")
    q.legend_cols("Remark codes", [
        ("CI", "Paid at the allowed amount less the member's coinsurance."),
        ("DE", "Allowed amount applied to the member's deductible; collect it from the member."),
        ("PV", "Preventive service paid in full."),
        ("TF9", "Not paid. Network providers must file within 90 days of the date of service; this claim was "
                "received after that. Do not bill the member."),
        ("WC1", "Work injury: bill the employer's workers' compensation carrier first."),
        ("HB3", "Member had no coverage on this date (hours)."),
        ("PC4", "Precertification not obtained."),
        ("EX7", "Protective equipment exclusion.")], ncol=2, size=7.2, code_w=9)
    q.para("Provider review: a network provider may ask for a review of any claim on this remittance within 60 days "
           "of the remittance date. For code TF9 send proof that the claim was filed on time (for example a "
           f"clearinghouse report dated within the 90 days). Mail: {ADMIN}, Provider Review, {ADMIN_ADDR[0]}, "
           f"{ADMIN_ADDR[1]}.", 7.8)
    remit = out(q)
    den = 2
    remit_t = truth("eob", "timely_filing", insurer=ADMIN, plan_id=plans[den], group=grps[den], member_id=ids[den],
                    member_name=pts[den], cases=[nos[den]], claim_amount=m2(sum(x[2] for x in svc[den])),
                    service_dates=[iso(late)], denial_date=iso(rd), provider=clinic,
                    appeal_deadline=iso(plus(rd, 60)),
                    alternates={"insurer": ADMIN_ALT, "plan_id": [None], "group_number": [None],
                                "provider": [dr(rend[den], creds[den]), rend[den]]},
                    type_alternates=["denial_letter"])
    return [(appeal, appeal_t), (remit, remit_t)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_eob_family_statement_flash_burn_comp_first", "born_digital", [bd_eob(rng)]),
        Item(f"{f}_faxstd_metal_fume_fever_stay_paid_as_observation", "fax_standard_g4", [faxstd_fume_fever(rng)]),
        Item(f"{f}_faxstd_skin_graft_without_precertification", "fax_standard_g4", [faxstd_graft(rng)]),
        Item(f"{f}_lowres_es_respirator_not_covered", "scan_lowres_150", [lowres_es_papr(rng)]),
        Item(f"{f}_rotated_cataract_precertification_approved", "rotated", [rotated_approval(rng)]),
        Item(f"{f}_photo_hours_short_benefit_quarter", "phone_photo", [photo_hours(rng)]),
        Item(f"{f}_scan300_stack_laser_appeal_then_remittance", "scan_clean_300", scan300_stack(rng),
             separators=["duplex", None], turns={(0, 1): 90}),
    ]
