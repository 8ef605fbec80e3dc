"""Papers mirrored (structure and plain wording style only) from those a maritime union's seafarers welfare plan
sends: the Plan Office's provider remittances, narrative benefit explanations to seafarers, eligibility letters that
count days of covered employment (sea time), precertification letters, clinic authorizations for fit-for-duty and
return-to-duty examinations and appeal decisions. The union, the plan and everything in them are invented: the
Brinehaven Seafarers Union and the Brinehaven Seafarers Welfare Plan (Board of Trustees; Plan Office and Claims
Department in Mobile; the Plan's own Seafarers Clinics in Mobile, Houston and Jacksonville; the Harborline PPO for
care ashore). Invented rules: a benefit half-year (January-June or July-December) needs 75 days of covered
employment in the six-month work period before it; the annual fit-for-duty physical and return-to-duty
examinations are free at the Seafarers Clinics and are not paid to other providers; care of an injury or illness
that begins while the seafarer is in the service of a vessel (on its articles) is the shipowner's maintenance and
cure, and the Plan pays only after the shipowner refuses in writing; non-emergency care ashore only in the Harborline
PPO; planned surgery and residential treatment need precertification by the Plan's Medical Review Unit; seafarers
appeal within 180 days, providers within 90 days of a remittance, a second review by the Trustees within 60 days.
Benefit plans DS-1 (deep sea), GL-2 (Great Lakes), IW-3 (inland waters); contributing employers' numbers "CE-" +
four digits; participant numbers "BSW-" + six digits + "-00", dependants "-01", "-02", ... Every vessel, official
and IMO number, credential number, company, clinic, hospital, person, number, amount and address is invented; real
port towns with invented streets; phones 555; CPT/HCPCS codes as themselves.

Documents (8 in 7 files):
- faxstd_remittance_return_to_duty_exam_f3: a standard-fax two-page provider remittance to an occupational and
  family medicine practice in a monospace listing whose column headings are run together on two lines, printed once;
  six patients, each with claim no. and ICN; one seafarer's return-to-duty exam and ECG pay 0.00 under F3, told only
  in the remark codes on page 2; payee numbers in "VALUE | caption" lines.
- bd_narrative_eob_hand_cut_aboard_maintenance_and_cure: a born-digital two-page benefit explanation with no table:
  each claim a numbered paragraph heading; the third (an emergency room visit for a hand cut on a mooring line while
  on the vessel's articles) "not paid" because the shipowner owes maintenance and cure first.
- scan_clean_daughter_sea_time_short: a clean-scan letter with two name boxes side by side (the seafarer and the
  patient, each with number and date of birth) refusing the daughter's claim: 61 of 75 days of covered employment.
- phone_es_precert_fusion_lumbar: a photographed Spanish precertification letter with Spanish labels only; the
  lumbar fusion is not approved for now, told in plain words (criteria not met).
- rotated_return_to_duty_exam_authorized: a clinic authorization form fed turned with lettered and numbered boxes
  (captions at the top, under the values, on tabs); approves a return-to-duty exam (denies nothing).
- faxstd_stack_wife_dermatology_out_of_network_then_bill: a standard-fax stack: a cover sheet, the Plan's letter
  refusing the wife's visits to a dermatologist outside the Harborline PPO (captions under ruled boxes) and the
  practice's statement fed sideways (denies nothing).
- photocopy_appeal_residential_upheld_iop: a photocopied two-page appeal decision keeping the refusal of 28 days of
  residential treatment (intensive outpatient approved instead), running header, three columns of prose.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famof import (EOSheet, abbr, caps_date, dd_mon, digits, dmy_long, dob, es_date, first_last, iso,
                               last_comma, last_first, long, m2, mdyyyy, mmddyy, money_es, n2, npi, out, people,
                               phone, plus, slash, surname, tin, tollfree, truth, up_mon, usd, workday, yy)

FAMILY = ("brinehaven_seafarers_union_welfare_plan_shore_care_fit_for_duty_exams_sea_time_eligibility_and_"
          "maintenance_and_cure_refusals")
LANG = "en"
SEED = 355045
PLAN = "Brinehaven Seafarers Welfare Plan"
UNION = "Brinehaven Seafarers Union"
PLAN_ALT = [PLAN, "Brinehaven Seafarers Welfare", "Brinehaven", "Brinehaven Seafarers Welfare Plan Claims Department",
            "Brinehaven Seafarers Welfare Plan Plan Office"]
OFFICE = "Plan Office, 2275 Dauphin Wharf Road, Suite 300, Mobile, AL 36602"
CITY = "Mobile, AL 36602"
PPO = "Harborline PPO"
CLINICS = {"mob": ("Brinehaven Seafarers Clinic - Mobile", "1180 Conception Slip Street, Mobile, AL 36603"),
           "hou": ("Brinehaven Seafarers Clinic - Houston", "7420 Turning Basin Drive, Houston, TX 77029"),
           "jax": ("Brinehaven Seafarers Clinic - Jacksonville", "3315 Talleyrand Quay Road, Jacksonville, FL 32206")}
DS, GL, IW = "DS-1", "GL-2", "IW-3"
EMP = {"gull": ("Gullwing Tankers, Inc.", "CE-2207"), "red": ("Redfish Pass Towing & Barge, LLC", "CE-2261"),
       "cob": ("Cobble Point Marine Transport, Inc.", "CE-2234"), "lake": ("Tidewrack Lakes Shipping Co.", "CE-2248")}
VESSELS = {"tallow": ("M/V Cape Tallow", "1284417", "IMO 9512836"), "heron": ("M/T Sable Heron", "1190352",
                                                                             "IMO 9388214"),
           "shoal": ("M/T Marigold Shoal", "1247760", "IMO 9461097"), "fortier": ("Tug Ellen B. Fortier", "1302285",
                                                                                 "IMO 9720418"),
           "ore": ("M/V Keweenaw Trader", "1208846", "IMO 9420765")}
USED: set = set()
TOWNS = [("Mobile", "AL", "36605"), ("Theodore", "AL", "36582"), ("Pascagoula", "MS", "39567"),
         ("Houston", "TX", "77012"), ("Pasadena", "TX", "77506"), ("Jacksonville", "FL", "32211"),
         ("Galveston", "TX", "77550"), ("Gulfport", "MS", "39501")]
STREETS = ["Bosun Ridge Rd", "Lanyard Ct", "Old Shell Bank Rd", "Capstan Ave", "Bilge Creek Dr", "Seawall Terrace",
           "Marlinspike Ln", "Windlass St"]


def pid(rng) -> str:
    return f"BSW-{digits(rng, 6)}"


def sfx(base: str, n: int) -> str:
    return f"{base}-{n:02d}"


def claim_no(rng, d: dt.date) -> str:
    return f"C{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 5)}"


def icn(rng, d: dt.date) -> str:
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 8)}"


def addr(rng, name: str) -> list[str]:
    t, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(14, 9880)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def plan_head(p: EOSheet, rng, box: str | None = None, admin: str | None = None, size: float = 18):
    p.spaced_head("Brinehaven", "Seafarers Welfare Plan", [
        f"{OFFICE}  \u00b7  Claims {tollfree(rng, '877')}  \u00b7  Fax {phone(rng, '251')}",
        f"Sponsored by the {UNION} and its contributing employers"], admin=admin, size=size, spacing=3.0, box=box)


# ---------------------------------------------------------------------------------------------------------------
def fax_remittance(rng):
    """A provider remittance: six patients, one return-to-duty exam refused (F3), headings run together."""
    rend1, rend2, rend3, sig = people(rng, 4, "dr", sexes="FMFM", used=USED)
    pats = people(rng, 4, "sf", sexes="MMFM", used=USED)
    wife, kid = people(rng, 2, "sf", sexes="FM", last=surname(pats[1]), used=USED)
    payee = "Bayfront Occupational & Family Medicine, P.A."
    rd = workday(dt.date(2026, 4, rng.randint(14, 17)))
    ids = [pid(rng) for _ in range(4)]
    plans = [DS, IW, DS, GL]
    pt_rows = [  # (name, id, plan, rendering, lines[(dos, proc, mod, units, billed, allowed, paid, rc)])
        (pats[0], sfx(ids[0], 0), plans[0], rend1, [
            (plus(rd, -31), "99214", "", 1, 212.00, 148.60, 128.60, "C2"),
            (plus(rd, -31), "36415", "", 1, 24.00, 9.10, 9.10, "P1")]),
        (wife, sfx(ids[1], 1), plans[1], rend2, [
            (plus(rd, -27), "99213", "", 1, 168.00, 112.40, 92.40, "C2")]),
        (pats[2], sfx(ids[2], 0), plans[2], rend1, [
            (plus(rd, -22), "99456", "", 1, 310.00, 0.00, 0.00, "F3"),
            (plus(rd, -22), "93000", "", 1, 96.00, 0.00, 0.00, "F3")]),
        (kid, sfx(ids[1], 2), plans[1], rend3, [
            (plus(rd, -20), "99393", "", 1, 204.00, 151.20, 151.20, "P1"),
            (plus(rd, -20), "90651", "", 1, 298.00, 246.35, 246.35, "P1")]),
        (pats[3], sfx(ids[3], 0), plans[3], rend2, [
            (plus(rd, -18), "99213", "", 1, 168.00, 112.40, 92.40, "C2"),
            (plus(rd, -18), "73110", "RT", 1, 142.00, 61.80, 61.80, "A1")]),
        (pats[1], sfx(ids[1], 0), plans[1], rend3, [
            (plus(rd, -14), "99215", "", 1, 286.00, 201.75, 181.75, "C2"),
            (plus(rd, -14), "80053", "", 1, 58.00, 14.30, 14.30, "P1"),
            (plus(rd, -14), "85025", "", 1, 31.00, 8.95, 8.95, "P1")]),
    ]
    claims = []
    for name, mid, pl, rend, lines in pt_rows:
        d = plus(lines[-1][0], rng.randint(5, 9))
        claims.append(dict(name=name, id=mid, plan=pl, rend=rend, lines=lines, clm=claim_no(rng, d), icn=icn(rng, d)))
    den = claims[2]
    rows = []
    tb = tp = 0.0
    for k, c in enumerate(claims):
        if k == 5:
            rows.append(("page",))
        rows.append(("b", f"{last_first(c['name']):<24.24} {c['id']:<14} {c['clm']:<12} {c['icn']:<14} {c['plan']:<5}"
                          f"REND {last_first(c['rend'])}"))
        for d, proc, mod, u, b, al, pd, rc in c["lines"]:
            rows.append(f"{'':<24} {yy(d)} {yy(d)}  {proc:<5} {mod:<2} {u:>2} {b:>9.2f} {al:>9.2f} "
                        f"{b - al:>9.2f} {al - pd:>8.2f} {pd:>9.2f}  {rc}")
        cb = sum(x[4] for x in c["lines"])
        cp = sum(x[6] for x in c["lines"])
        tb += cb
        tp += cp
        rows.append(f"{'':<24} CLM TOT{'':<23}{cb:>9.2f}{'':<30}{cp:>9.2f}")
        rows.append(("gap",))
    rows.append(("rule",))
    nl = sum(len(c["lines"]) for c in claims)
    rows.append(("b", f"{f'PAYEE TOTALS  {len(claims)} CLAIMS  {nl} LINES':<55}{tb:>9.2f}{'':<30}{tp:>9.2f}"))
    eft = f"EFT{digits(rng, 10)}"
    fax_top = (f"{slash(rd)} 08:{rng.randint(10, 59)}  BRINEHAVEN SWP CLAIMS  {phone(rng, '251')}  "
               "TO DIP OCC FAM MED  P.{n}/2")
    p = EOSheet(footer="PAGE {n} OF {nb}", fax_hdr=fax_top)
    p.set_margins(13, 14, 13)
    p.add_page()
    plan_head(p, rng, box="PROVIDER REMITTANCE ADVICE", size=16)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.2, "B")
    p.cell(W * 0.56, 4.6, payee, new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    for ln in ["Attn: Billing Office", f"{rng.randint(1200, 5800)} Dauphin Island Parkway", "Mobile, AL 36605"]:
        p.cell(0, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = p.get_y()
    recoup = 64.20
    y2 = p.pipe_ids([(slash(rd), "remittance date"), (f"P{digits(rng, 6)}", "payee no."), (npi(rng), "payee NPI"),
                     (tin(rng), "tax ID"), (eft, "EFT trace"), (f"${tp - recoup:,.2f}", "amount of this payment")],
                    p.l_margin + W * 0.58, y0, W * 0.42, size=8.6)
    p.set_y(max(y1, y2) + 3)
    p.f(7.6)
    p.multi_cell(W, 3.5, "Amounts are in dollars. DOS dates are month-day-year. A patient's responsibility is the "
                 "amount in the PT RESP column only; do not bill the patient for the difference between billed and "
                 "allowed. Remark codes are explained at the end of this remittance.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    head = ["PATIENT NAME             PARTIC.NO-SFX  CLAIM NO.    ICN            PLAN RENDERING PROVIDER",
            f"{'':<24} {'DOS-FROM':<8}{'DOS-TO':<9} {'PROC':<5} {'MD':<2} {'UN':>2} {'BILLED':>9} {'ALLOWED':>9} "
            f"{'NOTALLWD':>9} {'PT RESP':>8} {'PAID AMT':>9}  RC"]
    p.runon(head, rows, size=7.3, foot_room=26)
    old_icn = icn(rng, plus(rd, -70))
    p.runon([f"PROVIDER ADJUSTMENTS{'':<35}REASON  REF ICN{'':<22}AMOUNT"],
            [f"{'OVERPAYMENT RECOVERY (DUPLICATE PAID 01/2026)':<55}WO      {old_icn:<23}{-recoup:>9.2f}",
             ("b", f"{'NET PAYMENT THIS REMITTANCE':<87}{tp - recoup:>9.2f}")], size=7.3)
    p.f(9.2, "B")
    p.cell(0, 5, "REMARK CODES", new_x="LMARGIN", new_y="NEXT")
    p.glossary("", [("P1", f"Paid at the {PPO} rate."),
                    ("C2", "Office visit copay of $20.00 is the patient's to pay."),
                    ("A1", "Billed amount is above the allowed amount; the difference is not billable to the "
                           "patient."),
                    ("F3", "Fit-for-duty, return-to-duty and pre-employment examinations are done at no cost at "
                           "the Plan's Seafarers Clinics. The Plan does not pay other providers for these "
                           "examinations or the tests done for them."),
                    ("E4", "No covered employment on file for the benefit half-year."),
                    ("M7", "Injury or illness in the service of a vessel: bill the shipowner first.")],
               size=7.4, cols=2)
    p.f(7.8)
    p.multi_cell(W, 3.7, "Provider review: a provider may ask for a review of any claim on this remittance within 90 "
                 "days of the remittance date. Write to the Claims Department at the Plan Office and include the "
                 "ICN. Corrected claims are accepted within 12 months of the date of service. A return-to-duty "
                 "examination may be scheduled at any Seafarers Clinic by calling the clinic; the seafarer needs "
                 "no referral.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.8)
    p.cell(0, 4, f"Claims Department, {PLAN}  \u00b7  processed by {sig}", new_x="LMARGIN", new_y="NEXT")
    total = sum(x[4] for x in den["lines"])
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=den["plan"], member_id=den["id"],
              member_name=den["name"], cases=[den["clm"], den["icn"]], claim_amount=m2(total),
              service_dates=[iso(den["lines"][0][0])], denial_date=iso(rd), provider=payee,
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": PLAN_ALT, "provider": [den["rend"]], "case_numbers": [[den["clm"]], [den["icn"]]],
                          "plan_id": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_narrative(rng):
    """A narrative benefit explanation: four claims as numbered paragraphs; the third (care for an injury aboard)
    not paid because the shipowner owes maintenance and cure."""
    sf = people(rng, 1, "sf", sexes="M", used=USED)[0]
    wife, son = people(rng, 2, "sf", sexes="FM", last=surname(sf), used=USED)
    gp, er_md, peds, sig = people(rng, 4, "dr", sexes="MFFM", used=USED)
    base = pid(rng)
    emp, grp = EMP["cob"]
    ves, on, imo = VESSELS["tallow"]
    sd = workday(dt.date(2026, 4, rng.randint(6, 10)))
    d_inj = workday(dt.date(2026, 3, rng.randint(2, 6)))
    d1 = plus(d_inj, -rng.randint(12, 16))
    d2 = plus(d_inj, rng.randint(4, 6))
    d4 = plus(d_inj, rng.randint(9, 12))
    hosp = "Port of Pascagoula General Hospital"
    er = [("99284", "Emergency room visit", 1126.00), ("12032", "Repair of a 4.2 cm cut, layered", 548.00),
          ("73130", "X-ray of the hand, 3 views", 212.00)]
    er_total = sum(x[2] for x in er)
    c1, c2, c3, c4 = (claim_no(rng, plus(d1, 7)), claim_no(rng, plus(d2, 6)), claim_no(rng, plus(d_inj, 9)),
                      claim_no(rng, plus(d4, 5)))
    home = addr(rng, sf)
    p = EOSheet(footer="page {n} of {nb}", run_hdr=f"{PLAN}   |   {sf}   |   {sfx(base, 0)}   |   "
                                                     f"Benefit explanation of {long(sd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, box="YOUR BENEFIT EXPLANATION", size=17)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in home:
        p.line(ln, 9.8)
    y1 = p.get_y()
    y2 = p.caption_right([("date of this explanation", long(sd)), ("participant no.", sfx(base, 0)),
                          ("benefit plan", DS), ("last employer no.", grp), ("period covered", "Feb - Mar 2026")],
                         p.l_margin + W * 0.48, y0, W * 0.52, size=8.8)
    p.set_y(max(y1, y2) + 5)
    p.f(10, "B")
    p.cell(0, 5, "This is not a bill.", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear {first_last(sf)}: the Claims Department finished four claims for you and your family since our "
           "last letter. Each claim is told below in its own paragraph: who was seen, by whom, what was billed, "
           "what the Plan paid and what is left for you. Keep this letter with your discharge papers.", 9.6)
    p.claim_para("1.", f"Visit with {gp}, M.D., on {long(d1)} \u2013 claim {c1} \u2013 paid",
                 f"Dr. {surname(gp)}'s office billed $188.00 for your office visit (99213) while you were home "
                 f"between ships. The {PPO} rate is 131.40. The Plan paid $111.40 and your copay is $20.00.")
    p.claim_para("2.", f"Visit for {first_last(wife)} with Bayou Clinic for Women on {long(d2)} \u2013 claim {c2} "
                       "\u2013 paid",
                 "The clinic billed $246.00 for a yearly exam and a Pap test. Preventive care is paid in full at the "
                 "Harborline rate of 198.75; you owe nothing for this claim.")
    p.claim_para("3.", f"Emergency care at {hosp} on {long(d_inj)} \u2013 claim {c3} \u2013 not paid", [
        f"{hosp} billed ${er_total:,.2f} for the emergency room visit (99284, 1,126.00), the repair of the cut on your "
        f"left hand (12032, 548.00) and the hand X-rays (73130, 212.00). The emergency room doctor was {er_md}, "
        "M.D.",
        f"The hospital's record says you cut your hand on a mooring line while the {ves} was tied up at the "
        f"Pascagoula terminal. Our records from {emp} show you were on the vessel's articles that day, from "
        f"{slash(plus(d_inj, -24))} to {slash(plus(d_inj, 3))}. Care for an injury or illness that begins while a "
        "seafarer is in the service of a ship is owed by the shipowner as maintenance and cure. The Plan does not "
        "pay these bills while the shipowner owes them.",
        f"We sent a copy of the claim to {emp}'s marine claims office. If the company refuses to pay in writing, "
        "send us its letter and we will look at the claim again. You owe the hospital nothing while the company "
        "decides; tell the hospital to bill the company."])
    p.claim_para("4.", f"Visit for {first_last(son)} with {peds}, M.D., on {long(d4)} \u2013 claim {c4} \u2013 paid",
                 "The pediatric office billed $164.00 for a sick visit and a rapid strep test. The Harborline rate is "
                 "118.20; the Plan paid 98.20 and your copay is $20.00.")
    p.framed_note("Totals of the four claims: billed $2,484.00, Harborline rate 448.35 on the three paid claims, paid "
                  "by the Plan $408.35, your copays $40.00. Amounts shown without a dollar sign are in dollars too.",
                  size=8.6)
    p.add_page()
    p.heading("If you disagree", 10.4)
    p.cols([[("How to appeal", "You or someone you name in writing may appeal any claim in this letter within 180 days "
                               "of the date of this statement. Write to the Appeals Committee, Plan Office, "
                               f"{CITY}. Tell us the claim number and why you disagree. A sample: \"Claim "
                               "C26000000000, I was on vacation, not on the articles.\"")],
            [("Maintenance and cure", "Maintenance is a daily amount the shipowner pays while you recover ashore; "
                                      "cure is your medical care. They are owed by the company, whatever the Plan "
                                      "pays. Your union representative at the hall can help you ask for them.")],
            [("Your rights", "You may ask for copies of the papers used to decide a claim, free of charge. After the "
                             "Plan's appeals you may have a right to bring a civil action under section 502(a) of "
                             "ERISA. The Plan's booklet is on the union's website.")]], size=8.4)
    p.ln(2)
    p.f(9)
    p.cell(0, 4.6, f"{sig}, Claims Department", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"Vessel record: {ves}, O.N. {on}, {imo}", new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "other", insurer=PLAN, plan_id=DS, group=grp, member_id=sfx(base, 0), member_name=sf,
              cases=[c3], claim_amount=m2(er_total), service_dates=[iso(d_inj)], denial_date=iso(sd), provider=hosp,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [er_md], "group_number": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def clean_two_names(rng):
    """Two name boxes side by side: the seafarer and his daughter (the patient); the claim refused for sea time."""
    sf = people(rng, 1, "sf", sexes="M", used=USED)[0]
    girl = people(rng, 1, "sf", sexes="F", last=surname(sf), used=USED)[0]
    peds, sig, rep = people(rng, 3, "dr", sexes="FMF", used=USED)
    base = pid(rng)
    ld = workday(dt.date(2026, 3, rng.randint(16, 20)))
    sv = workday(dt.date(2026, 2, rng.randint(9, 13)))
    clm = claim_no(rng, plus(sv, 8))
    hosp = "Springhill Avenue Children's Urgent Care"
    lines = [("99214", "Visit, moderate", 236.00), ("94640", "Breathing treatment (nebulizer)", 88.00),
             ("94760", "Oxygen level check", 34.00), ("J7613", "Albuterol, unit dose", 22.00)]
    total = sum(x[2] for x in lines)
    d_sf, d_girl = dob(rng, 1978, 1986), dob(rng, 2013, 2017)
    mmc = digits(rng, 7)
    trips = [  # (vessel key, employer key, on, off, counted days)
        ("heron", "gull", dt.date(2025, 7, 8), dt.date(2025, 8, 19)),
        ("fortier", "red", dt.date(2025, 10, 3), dt.date(2025, 10, 20)),
    ]
    hall = (dt.date(2025, 11, 10), dt.date(2025, 11, 14))
    p = EOSheet(footer="Page {n} of {nb}", ids_foot=f"BSWP-ELG-07 (rev. 01/2026)   {clm}")
    p.set_margins(19, 12, 19)
    p.add_page()
    plan_head(p, rng, size=18)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, sf):
        p.line(ln, 10)
    p.ln(2)
    p.name_pair(("Seafarer (participant)", sf, [("Participant no.", sfx(base, 0)), ("Date of birth", slash(d_sf)),
                                                ("Benefit plan", DS), ("MMC ref. no.", mmc)]),
                ("Patient", girl, [("Dependent no.", sfx(base, 2)), ("Date of birth", slash(d_girl)),
                                   ("Relationship", "Daughter"), ("Claim no.", clm)]), size=8.8)
    p.subject_line(f"Your daughter's visit of {long(sv)}")
    p.para(f"Dear {first_last(sf)}:", 10)
    p.para(f"{hosp} sent us a claim for ${total:,.2f} for {first_last(girl)}'s visit on {slash(sv)} with {peds}, "
           "M.D., for an asthma attack. We are sorry, but the Plan can't pay it, because you did not have enough "
           "covered employment to be eligible for the January to June 2026 benefit half-year.", 9.3)
    p.para("To be eligible for a benefit half-year you need 75 days of covered employment in the six-month work "
           "period before it. For January 1 through June 30, 2026, the work period is July 1 through December 31, "
           "2025. Days on the articles of a contributing employer's vessel count, and so do days in an upgrading "
           "class at the union's school. We counted 61 days:", 9.3)
    rows = []
    cnt = 0
    for vk, ek, on_, off in trips:
        v, o_n, _ = VESSELS[vk]
        e, g = EMP[ek]
        n = (off - on_).days + 1
        cnt += n
        rows.append([v, o_n, f"{e} ({g})", up_mon(on_), up_mon(off), str(n)])
    assert cnt == 61, cnt
    rows.append(["Upgrading class, fire fighting", "-", "Brinehaven Seafarers School", up_mon(hall[0]),
                 up_mon(hall[1]), "0*"])
    rows.append(["", "", "", "", "Days counted", str(cnt)])
    p.table(["Vessel or class", "Official no.", "Employer (employer no.)", "Signed on", "Signed off", "Days"], rows,
            [36, 19, 66, 18, 18, W - 157], size=7.9, aligns=["L", "L", "L", "L", "L", "R"], bold_last=True,
            row_h=5.4)
    p.para("* The fire fighting class ended after 4 of its 5 days and was not finished, so it does not count. Days "
           "on a vessel of an employer that does not contribute to the Plan do not count either.", 8.4)
    p.para("You will be eligible again on the first day of a benefit half-year after a work period with 75 days. "
           "Your days on the books now (January to March 2026) are 52. You may also buy self-paid coverage for "
           "the months you are not eligible; the union hall can tell you the monthly amount (about $412.00).", 9.0)
    p.heading("If you think we counted wrong", 10.4)
    p.para("You may appeal within 180 days of the date of this letter. Send us discharge papers, a shipping card or "
           f"a payroll stub that shows the days we missed. Write to the Appeals Committee at the Plan Office, "
           f"{CITY}, or bring them to the union hall and ask {rep}, your port representative, to send them.", 9.0)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, f"{sig}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, "Eligibility Unit, Claims Department", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=DS, member_id=sfx(base, 2), member_name=girl,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [peds], "member_id": [sfx(base, 0)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_precert(rng):
    """A Spanish precertification letter: lumbar fusion not approved for now, in plain words."""
    sf = people(rng, 1, "es", sexes="M", used=USED)[0]
    surg, rev, sig = people(rng, 3, "dr", sexes="MFF", used=USED)
    base = pid(rng)
    emp, grp = EMP["gull"]
    rec = workday(dt.date(2026, 5, rng.randint(4, 8)))
    ld = workday(plus(rec, rng.randint(6, 9)))
    planned = workday(plus(ld, rng.randint(16, 22)))
    mri = plus(rec, -rng.randint(40, 50))
    req = f"PRE-{ld:%y}-{digits(rng, 5)}"
    hosp = "Hospital Bayshore del Sureste"
    home = addr(rng, f"Sr. {sf}")
    p = EOSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    plan_head(p, rng, admin="Unidad de Revisión Médica / Medical Review Unit", size=17)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, f"Mobile, Alabama, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in home:
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.kv_box([("N.º de solicitud", req), ("N.º de participante", sfx(base, 0)), ("Plan de beneficios", DS),
                   ("N.º de empleador", grp)], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=38, size=9, h=6)
    p.set_y(max(y1, y2) + 5)
    p.subject_line("Su pedido de cirugía de la columna")
    p.para(f"Estimado señor {surname(sf)}:", 10)
    p.para(f"El consultorio del Dr. {surg} nos pidió que aprobáramos antes de la operación una cirugía de fusión de "
           "la columna lumbar para usted. Estos son los datos del pedido:", 9.8)
    p.boxed_pairs([("Servicio pedido", "Fusión lumbar L4-L5 (22612, 22840)"), ("Médico que lo pidió", surg),
                   ("Hospital", hosp), ("Fecha prevista de la cirugía", es_date(planned)),
                   ("Pedido recibido el", es_date(rec))], label_w=58, size=9.2)
    p.para("Después de revisar los papeles que nos mandó el médico, el Plan no puede aprobar esta cirugía por "
           "ahora. Le explicamos por qué:", 9.8)
    p.bullets([f"Para una fusión de la columna, el Plan pide que antes se hayan probado seis meses de tratamiento sin "
               "cirugía (terapia física, medicinas, inyecciones). Los papeles muestran siete semanas de terapia "
               "física.",
               f"La resonancia del {es_date(mri)} muestra un disco gastado, pero no muestra que las vértebras se "
               "muevan fuera de lugar, que es lo que la fusión corrige.",
               "No hay señales de peligro, como pérdida de fuerza en las piernas o problemas para orinar, que "
               "obliguen a operar pronto."], size=9.4)
    p.para(f"Esta decisión la tomó la Dra. {rev}, cirujana de columna que trabaja para el Plan. Si usted sigue con "
           "el tratamiento y los síntomas no mejoran, su médico puede mandarnos un pedido nuevo con las notas de "
           "la terapia. Si se opera de todos modos, el Plan no pagará la cirugía ni la estadía en el hospital.", 9.6)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Usted o su médico pueden apelar dentro de 180 días a partir de la fecha de esta carta. Escriba al Comité "
           f"de Apelaciones, {OFFICE}. Si su salud corre peligro por esperar, pida una apelación rápida por "
           "teléfono y le contestaremos en 72 horas.", 9.4)
    p.para("Puede pedir gratis copias de los papeles y de las reglas del Plan que usamos. Llame a Servicios al "
           f"Participante al {tollfree(rng, '877')}; hablamos español.", 9.2)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, "Enfermera de revisión, Unidad de Revisión Médica", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4.4, f"c.c.: Dr. {surg}; {hosp}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=DS, group=grp, member_id=sfx(base, 0),
              member_name=sf, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=surg, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [hosp]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_rtd_authorization(rng):
    """A clinic authorization form (lettered and numbered boxes): a return-to-duty exam approved."""
    sf = people(rng, 1, "sf", sexes="M", used=USED)[0]
    surg, clin_md, sig = people(rng, 3, "dr", sexes="FMF", used=USED)
    base = pid(rng)
    emp, grp = EMP["lake"]
    ves, on, imo = VESSELS["ore"]
    nffd = workday(dt.date(2026, 2, rng.randint(9, 13)))
    release = workday(plus(nffd, rng.randint(38, 44)))
    issued = workday(plus(release, 2))
    exam = workday(plus(issued, rng.randint(5, 8)))
    auth = f"RTD-{issued:%y%m}-{digits(rng, 4)}"
    clinic, caddr = CLINICS["jax"]
    d_sf = dob(rng, 1969, 1977)
    p = EOSheet(footer="BSWP-CL-12  Return-to-duty authorization  (rev. 09/2025)", ids_foot=None)
    p.set_margins(15, 14, 15)
    p.add_page()
    plan_head(p, rng, size=16)
    W = p.w - p.l_margin - p.r_margin
    p.title_bar("RETURN-TO-DUTY EXAMINATION AUTHORIZATION", "Seafarers Clinic appointment  \u00b7  issued by the "
                "Claims Department")
    p.ln(2)
    p.lettered([[("A.", "Seafarer's name", sf, W * 0.5), ("B.", "Plan number", GL, W * 0.2),
                 ("C.", "Date issued", slash(issued), W * 0.3)],
                [("1a.", "Participant ID", sfx(base, 0), W * 0.34), ("2.", "Date of birth", slash(d_sf), W * 0.22),
                 ("3.", "Employer no.", grp, W * 0.18), ("4.", "Authorization no.", auth, W * 0.26)]], size=9.4,
               h=10.5)
    p.f(8.6, "B")
    p.cell(0, 5, "PART II  \u2013  WHY THE EXAMINATION IS NEEDED", new_x="LMARGIN", new_y="NEXT")
    p.lettered([[("5.", "Not fit for duty since", slash(nffd), W * 0.25),
                 ("6.", "Released by treating doctor", slash(release), W * 0.25),
                 ("7.", "Treating doctor", f"{surg}, M.D.", W * 0.5)],
                [("8.", "Last vessel", f"{ves} (O.N. {on})", W * 0.5), ("9.", "Reason off duty",
                                                                        "Hernia repair, right side", W * 0.5)]],
               size=8.8, h=10.5, under=True)
    p.f(8.6, "B")
    p.cell(0, 5, "PART III  \u2013  APPOINTMENT", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.tab_boxes([("Clinic", clinic, W * 0.52), ("Exam date", wday_long_short(exam), W * 0.3),
                 ("Time", "8:30 a.m.", W * 0.18)], size=8.8)
    p.tab_boxes([("Clinic address", caddr, W * 0.62), ("Examining physician", f"{clin_md}, M.D.", W * 0.38)],
                size=8.4)
    p.decision_boxes("DECISION", [(True, "APPROVED: return-to-duty examination at the Seafarers Clinic named above, "
                                         "at no cost to the seafarer."),
                                  (False, "Not approved (see the attached letter)."),
                                  (False, "More information needed from the treating doctor.")], size=8.8)
    p.para("What to bring: this form, your MMC and medical certificate, the release note from your treating doctor "
           "and a list of your medicines. The exam includes a physical, a hearing and vision check and any tests "
           "the clinic doctor orders. If you pass, the clinic gives you a fit-for-duty slip for the dispatcher. "
           "Sickness and accident benefits end the day before the exam date.", 8.8)
    p.para("The Plan pays return-to-duty exams only at its Seafarers Clinics. An exam done elsewhere is not paid, "
           "even with this form. Call the clinic at least one day ahead if you need to change the time.", 8.6)
    p.ln(1)
    p.two_sigs([sig, "Claims Department", PLAN], ["Seafarer's acknowledgement", "(sign at the clinic)"], size=8.6)
    t = truth("other", None, insurer=PLAN, plan_id=GL, group=grp, member_id=sfx(base, 0), member_name=sf,
              cases=[auth], claim_amount=None, service_dates=[iso(exam)], denial_date=iso(issued),
              provider=clinic, appeal_deadline=None,
              alternates={"insurer": PLAN_ALT, "provider": [clin_md, "Brinehaven Seafarers Clinic"],
                          "service_dates": [[]]})
    return out(p), t


def wday_long_short(d: dt.date) -> str:
    """Tue, May 12, 2026"""
    return d.strftime("%a, %b %-d, %Y")


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    """A cover sheet, the Plan's out-of-network letter about the wife's dermatology visits, the practice's bill."""
    sf = people(rng, 1, "sf", sexes="M", used=USED)[0]
    wife = people(rng, 1, "sf", sexes="F", last=surname(sf), used=USED)[0]
    derm, sig = people(rng, 2, "dr", sexes="MF", used=USED)
    base = pid(rng)
    emp, grp = EMP["red"]
    v1 = workday(dt.date(2026, 3, rng.randint(2, 6)))
    v2 = workday(plus(v1, rng.randint(13, 16)))
    clm = claim_no(rng, plus(v2, 7))
    ld = workday(plus(v2, rng.randint(24, 28)))
    bill_d = workday(plus(ld, rng.randint(5, 8)))
    prac = "Magnolia Bayou Dermatology & Laser, LLC"
    lines = [(v1, "99204", "New patient visit", 318.00), (v1, "11104", "Punch biopsy of skin", 264.00),
             (v1, "88305", "Pathology, skin biopsy", 142.00), (v2, "99213", "Follow-up visit", 176.00),
             (v2, "17110", "Destruction of warts, up to 14", 198.00)]
    total = sum(x[3] for x in lines)
    home = addr(rng, wife)
    fax_top = f"{slash(bill_d)} 16:{rng.randint(10, 59)}  FROM: {surname(sf).upper()} HOME FAX  P.{{n}}"
    # 1) the plan's letter
    p = EOSheet(footer="Page {n} of {nb}", fax_hdr=fax_top, fax_off=1)
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, size=17)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, dmy_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in home:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_values([(sfx(base, 1), "dependent no.", W * 0.24), (sfx(base, 0), "participant no.", W * 0.24),
                    (IW, "benefit plan", W * 0.14), (grp, "employer no.", W * 0.14), (clm, "claim", W * 0.24)],
                   size=9.0)
    p.subject_line("Your visits to a skin doctor outside the Harborline PPO")
    p.para(f"Dear {first_last(wife)}:", 10)
    p.para(f"{prac} sent us a claim for ${total:,.2f} for your two visits with {derm}, M.D., on {slash(v1)} and "
           f"{slash(v2)}. The Plan won't pay this claim.", 9.8)
    p.para(f"While your husband is at sea or ashore between ships, care for you and your children is paid only when "
           f"it is given by a provider in the {PPO}, except in an emergency. {prac} is not in the {PPO}, and these "
           "were planned office visits, not an emergency. There are three Harborline skin doctors within 20 miles of "
           "your home; we have listed them on the back of this letter.", 9.8)
    p.table(["Date", "Code", "Service", "Billed"],
            [[yy(d), c, s, n2(a)] for d, c, s, a in lines] + [["", "", "Total billed", n2(total)]],
            [24, 20, W - 80, 36], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True, row_h=5.2)
    p.para("If the practice told you it was in the network, or if no Harborline skin doctor could see you in time, "
           "tell us in your appeal and send what you have (an e-mail, the name of the person you spoke to).", 9.2)
    p.heading("Your right to appeal", 10.2)
    p.para("You may appeal within 180 days of the date of this letter. Write to the Appeals Committee at the Plan "
           f"Office, {CITY}. You may ask for free copies of the documents used for this decision.", 9.2)
    p.ln(1)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, Claims Department", new_x="LMARGIN", new_y="NEXT")
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=IW, group=grp,
                        member_id=sfx(base, 1), member_name=wife, cases=[clm], claim_amount=m2(total),
                        service_dates=[iso(v1), iso(v2)], denial_date=iso(ld), provider=prac,
                        appeal_deadline=iso(plus(ld, 180)),
                        alternates={"insurer": PLAN_ALT, "provider": [derm], "member_id": [sfx(base, 0)]}))
    # 2) the practice's statement (a bill; denies nothing)
    acct = f"MBD-{digits(rng, 6)}"
    q = EOSheet(footer=None, fax_hdr=fax_top, fax_off=2)
    q.set_margins(16, 14, 16)
    q.add_page()
    q.two_line_head("MAGNOLIA BAYOU", "DERMATOLOGY & LASER", ["Billing office  \u00b7  600 Government Street, "
                                                             "Suite 14, Mobile, AL 36602"],
                    [f"Questions {phone(rng, '251')}", "Mon-Thu 9 to 4"], kind="ring", text="MB", size=13,
                    box="STATEMENT")
    Wq = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    for ln in home:
        q.line(ln, 9.8)
    y1 = q.get_y()
    y2 = q.kv_box([("Statement date", slash(bill_d)), ("Account", acct), ("Patient", wife),
                   ("Balance due", f"${total:,.2f}"), ("Due by", slash(plus(bill_d, 30)))],
                  q.l_margin + Wq * 0.52, y0, Wq * 0.48, cap_w=30, size=9, h=5.8)
    q.set_y(max(y1, y2) + 5)
    q.table(["Date", "Provider", "Code", "Description", "Charge", "Ins. paid", "Balance"],
            [[slash(d), surname(derm), c, s, n2(a), "0.00", n2(a)] for d, c, s, a in lines]
            + [["", "", "", "Totals", n2(total), "0.00", n2(total)]],
            [22, 24, 16, Wq - 128, 22, 22, 22], size=8.2, aligns=["L", "L", "L", "L", "R", "R", "R"],
            bold_last=True, row_h=5.2)
    q.pairs([("Insurance on file", f"{PLAN}, ID {sfx(base, 1)}"), ("Insurance status", "Denied, out of network "
                                                                                      f"({slash(ld)})"),
             ("Amount now due from you", f"{total:,.2f}")], label_w=52, size=9.0)
    q.ln(3)
    q.para("Your insurance did not pay these visits. The balance is now yours. We offer payment plans of up to six "
           "months with no interest; call the billing office. We accept cash, checks and cards.", 8.8)
    q.ln(3)
    q.f(8.2)
    q.cell(0, 4.4, f"Make checks payable to {prac}. Thank you for choosing us.", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.tear_slip("Return this part with your payment", [[("Account", acct), ("Amount due", f"${total:,.2f}")],
                                                       [("Patient", wife), ("Amount enclosed", "")]])
    d2 = (out(q), truth("other", None, insurer=None, plan_id=None, member_id=sfx(base, 1), member_name=wife,
                        claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(bill_d),
                        provider=prac, unscored=["insurer"],
                        alternates={"member_id": [None], "provider": [derm], "service_dates": [[]]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    """A two-page appeal decision: 28 days of residential treatment stay refused, intensive outpatient approved."""
    sf = people(rng, 1, "sf", sexes="M", used=USED)[0]
    psy, rev, chair, sec = people(rng, 4, "dr", sexes="FMFM", used=USED)
    base = pid(rng)
    emp, grp = EMP["gull"]
    req_d = workday(dt.date(2026, 3, rng.randint(9, 12)))
    first = workday(plus(req_d, 2))
    planned = workday(plus(req_d, rng.randint(6, 9)))
    planned_end = plus(planned, 27)
    pre = f"PRE-{req_d:%y}-{digits(rng, 5)}"
    ap = f"APL-{digits(rng, 4)}-26"
    recv = workday(plus(first, rng.randint(10, 14)))
    ad = workday(plus(recv, rng.randint(20, 26)))
    center = "Pelican Reach Recovery Center"
    iop = "Harborline Behavioral Health, Theodore"
    p = EOSheet(footer="Page {n} of {nb}",
                run_hdr=f"{last_comma(sf)}   {sfx(base, 0)}   Appeal {ap}   Precertification {pre}")
    p.set_margins(19, 15, 19)
    p.add_page()
    plan_head(p, rng, admin="Appeals Committee of the Board of Trustees", size=18)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, long(ad), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr_with_ids(addr(rng, sf), [(ap, "appeal"), (pre, "precertification"), (sfx(base, 0), "participant"),
                                     (DS, "plan"), (grp, "employer no.")], w=72, size=9.2)
    p.subject_line("Decision on your appeal: residential treatment")
    p.para(f"Dear {first_last(sf)}:", 10)
    p.para(f"On {long(recv)} we received your appeal of our letter of {long(first)}. That letter said the Plan would "
           f"not approve 28 days of residential treatment for alcohol use at {center}, planned from {long(planned)} "
           f"through {long(planned_end)}, and approved instead an intensive outpatient program, three hours a day, "
           f"four days a week, at {iop}. The request came from {psy}, M.D., your psychiatrist.", 9.6)
    p.para("The Appeals Committee has decided to keep the earlier decision. The Plan will pay for the intensive "
           "outpatient program; it will not pay for a residential stay for the dates above.", 9.8)
    p.cols([[("What we looked at", f"Your appeal letter and the letter from Dr. {surname(psy)}; the center's "
                                   "admission assessment; the notes of your detox stay in February; the Plan's "
                                   "criteria for substance use treatment, which follow the ASAM levels of care.")],
            [("What we found", "After the detox stay you had no withdrawal signs and no medical or mental health "
                               "problems that need care around the clock. You live with your wife, who supports "
                               "your recovery, and you are not due back on a ship until you are cleared fit for "
                               "duty. Those are the signs of a person who can be treated safely while living at "
                               "home.")],
            [("Why that matters", "Residential treatment is paid when a person needs a structured place to live "
                                  "24 hours a day to stay safe or sober. The reviewing psychiatrist found that the "
                                  "intensive outpatient program gives you the care you need in a less restrictive "
                                  "setting. If that changes, your doctor can ask again at any time.")]], size=8.6)
    lic = digits(rng, 5)
    p.para(f"The decision was made by the committee with the advice of {rev}, M.D., a psychiatrist certified in "
           f"addiction medicine who took no part in the first decision (Alabama license MD.{lic}).", 9.0)
    p.add_page()
    p.heading("What you can do next", 10.8)
    p.para("You may ask the Board of Trustees for a second and final review within 60 days of the date of this "
           f"letter. Write to the Board of Trustees, {OFFICE}. Send anything new, such as a letter from a counselor "
           "or a record of a relapse.", 9.6)
    p.para("If your health would be put at risk by waiting, ask for an urgent review by phone; we decide those in 72 "
           "hours. After the Trustees' review you may ask for an independent external review within four months of "
           "that decision, and you may bring a civil action under section 502(a) of ERISA.", 9.4)
    p.para(f"You may ask for free copies of all documents, records and criteria used in this decision. If you want "
           f"to start the intensive outpatient program, call {iop} at {phone(rng, '251')}; it is approved under "
           f"precertification {pre} through {slash(plus(planned, 55))}.", 9.4)
    p.ln(3)
    p.signers([chair, "Chair, Appeals Committee", PLAN], [sec, "Secretary to the Board of Trustees"], size=9)
    p.f(8.4)
    p.cell(0, 4.6, f"cc: {psy}, M.D.; {center}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=DS, group=grp, member_id=sfx(base, 0),
              member_name=sf, cases=[ap, pre], claim_amount=None,
              service_dates=[f"{iso(planned)}/{iso(planned_end)}"], denial_date=iso(ad), provider=psy,
              appeal_deadline=iso(plus(ad, 60)),
              alternates={"insurer": PLAN_ALT, "provider": [center], "case_numbers": [[ap]],
                          "service_dates": [[iso(planned)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_faxstd_remittance_return_to_duty_f3", "fax_standard_g4", [fax_remittance(rng)]),
        Item(f"{f}_bd_narrative_eob_hand_cut_aboard", "born_digital", [bd_narrative(rng)]),
        Item(f"{f}_scan_daughter_sea_time_short", "scan_clean_300", [clean_two_names(rng)]),
        Item(f"{f}_phone_es_precert_fusion_lumbar", "phone_photo", [phone_es_precert(rng)]),
        Item(f"{f}_rotated_return_to_duty_authorized", "rotated", [rotated_rtd_authorization(rng)]),
        Item(f"{f}_faxstd_stack_wife_dermatology_then_bill", "fax_standard_g4", faxstd_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
        Item(f"{f}_photocopy_appeal_residential_upheld", "photocopy", [photocopy_appeal(rng)]),
    ]
