"""An invented health plan for loggers, tree fellers and their families: the Crosscut & Choker Loggers Health Plan
(letterhead brand "CROSSCUT & CHOKER" in capitals with an ampersand beside a drawn fir tree, the tagline "Health
coverage for fallers, buckers, choker setters and their families" directly under it, "a member of the Evermont Timber
Trades Benefit Alliance" and "administered by Yarder TPA, LLC" in small print), sponsored by the Board of Trustees of
the Crosscut & Choker Loggers Health and Welfare Trust, with claims, precertification and provider payments by the
invented administrator Yarder TPA, LLC (brand word "YARDER" with the legal suffix "TPA, LLC" set small beside it, its
own tagline and "a member of the Ravensmark Benefits Group"). Invented rules: the cutting season runs May 1 to
October 31; in season a member is covered in a month when contributing logging contractors reported at least 120
hours for the month before; 700 season hours earn shutdown coverage from November through April; injuries on the job
(a chainsaw cut at the unit, a log rolling at the landing) go first to the employer's workers' compensation carrier;
helicopter evacuation from a remote unit is paid when ground transport could not reach the patient in time;
inpatient rehabilitation, surgery and MRI need precertification; low-level laser therapy is investigational; care is
paid only in the Timber Country Provider Network except emergencies; network providers file within 120 days of the
date of service. Plan codes CC-A1 (woods crew) and CC-S2 (seasonal crew), employer groups "E-" + four digits, member
numbers "CC" + eight digits (dependants "/01", "/02"), claims "Y26" + day of year + "-" + five digits,
precertifications "YPC-" + six digits. Every contractor, provider, person, number, amount and street is invented;
real Oregon and Idaho towns; phones 555; CPT, HCPCS and claim adjustment reason / remark codes as themselves.

Documents (8 in 7 files):
- bd_eob_chainsaw_cut_comp_first: a born-digital two-page family explanation of benefits; four claims of a faller, his
  wife and son, each with its claim number and rows; the faller's emergency visit for a chainsaw cut at the unit pays
  0.00 under OJ2 (work injury, the employer's workers' compensation first) and SP4 (tray included), told only in the
  code list on page 2 that also lists look-alike codes no row uses (OJ3, SP1, HB7, NN2, TL6, IX9).
- faxstd_remit_air_evacuation: a standard-fax provider remittance to a helicopter air ambulance; five transports; one
  (a sprained ankle at a unit reachable by road) pays 0.00 under CO-50 on the base rate and miles and CO-97 M15 on the
  hoist line; the code list split over the page break, with look-alikes 55 / M51 unused.
- faxstd_crush_injury_rehab_setting: a standard-fax notice to a rehabilitation hospital: inpatient rehabilitation
  after a crush injury not approved, skilled nursing approved instead (level_of_care; the SNF approval number as a
  decoy).
- lowres_es_horas_de_temporada: a 150 dpi Spanish letter: a choker setter had 71.5 hours in May (120 needed), so no
  coverage in June, and his clinic visit is not paid (eligibility; self-payment offer as a decoy).
- rotated_carpal_tunnel_precert_approved: a precertification approval fed sideways or upside down, captions under
  the values (denies nothing).
- photo_vibration_laser_investigational: a photographed letter refusing six low-level laser sessions by a
  chiropractor for hand-arm vibration syndrome (experimental; license and visit-count decoys).
- faxfine_stack_podiatry_network_then_late_claim: a fine-fax stack: cover sheet, the plan's two-page letter refusing
  a wife's bunion surgery by a podiatrist outside the network (page 2 upside down), then Yarder's letter to an oral
  surgeon refusing a jaw fracture claim filed after 120 days (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrf import (ERSheet, abbr, addr_block, dd_mon, digits, dmy_long, dmy_slash, dr, es_date,
                               es_wday, first_last, iso, last_first, long, m2, mdyyyy, n2, npi, out, people, phone,
                               plus, sign, slash, tin, tollfree, truth, usd, wday_long, workday, yy)

FAMILY = ("crosscut_and_choker_loggers_tree_fellers_health_plan_chainsaw_comp_first_air_evacuation_necessity_crush_"
          "rehab_setting_season_hours_vibration_laser_network_late_claim_refusals")
LANG = "en"
SEED = 355175
USED: set = set()

PLAN = "Crosscut & Choker Loggers Health Plan"
BRAND = "CROSSCUT & CHOKER"
TRUST = "Crosscut & Choker Loggers Health and Welfare Trust"
ADMIN = "Yarder TPA, LLC"
PLAN_ALT = [PLAN, "Crosscut & Choker", "Crosscut & Choker Health Plan", TRUST, ADMIN, "Yarder TPA"]
ADMIN_ALT = [ADMIN, "Yarder TPA", "Yarder", PLAN, "Crosscut & Choker"]
TAG = "Health coverage for fallers, buckers, choker setters and their families"
PARENT = "a member of the Evermont Timber Trades Benefit Alliance"
ADMIN_SMALL = "administered by Yarder TPA, LLC, North Bend, Oregon"
A_TAG = "Third-party administration for woods, mill and log-yard trust funds"
A_PARENT = "a member of the Ravensmark Benefits Group"
A_SMALL = f"plan administrator for the {PLAN}"
PLAN_ADDR = ["Trust Office, 2740 Ocean Boulevard SE", "Coos Bay, OR 97420"]
ADMIN_ADDR = ["P.O. Box 3318", "North Bend, OR 97459"]
PLAN_FOOT = f"Sponsored by the Board of Trustees, {TRUST}  \u00b7  EIN 93-1187402  \u00b7  Plan No. 501"
ADMIN_FOOT = "Yarder TPA, LLC  \u00b7  P.O. Box 3318, North Bend, OR 97459  \u00b7  Oregon TPA license 4-20388"
WOODS, SEAS = "CC-A1", "CC-S2"
EMPLOYERS = {"E-3318": "Dutchman Flat Logging, Inc.", "E-4107": "Camas Valley Cutting Co.",
             "E-2256": "Elk Wallow Yarding, LLC", "E-5061": "Lost Prairie Timber Fallers",
             "E-1847": "Ten Mile Creek Shovel Logging"}


def mid(rng) -> str:
    return f"CC{digits(rng, 8)}"


def claim_no(rng, d: dt.date) -> str:
    return f"Y26{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def plan_head(p: ERSheet, rng, box: str | None = None):
    p.amp_head(BRAND, TAG, [PLAN_ADDR[0], PLAN_ADDR[1], f"Member line {tollfree(rng, '888')}",
                            f"Fax {phone(rng, '541')}", "crosscutchoker.example"],
               parent=PARENT, admin=ADMIN_SMALL, box=box, mark="tree", size=18, serif_brand=False)


def admin_head(p: ERSheet, rng, box: str | None = None):
    p.suffix_head("YARDER", "TPA, LLC", A_TAG, [ADMIN_ADDR[0], ADMIN_ADDR[1], f"Provider line {tollfree(rng, '866')}",
                                                f"Precert fax {phone(rng, '541')}"],
                  parent=A_PARENT, admin=A_SMALL, box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    faller = people(rng, 1, "lg", sexes="M", used=USED)[0]
    last = faller.split()[-1]
    wife, son = people(rng, 2, "lg", sexes="FM", last=last, used=USED)
    lcsw, erpa, ucnp, pcp = people(rng, 4, "lc", sexes="FMFM", used=USED)
    m = mid(rng)
    g = "E-3318"
    sd = workday(dt.date(2026, 6, rng.randint(10, 12)))
    cut = workday(dt.date(2026, 5, rng.randint(12, 15)))
    hosp = "South Umpqua Valley Hospital"
    er_group = "Umpqua Emergency Physicians, PC"
    claims = [
        (wife, "Spouse", f"{dr(lcsw, 'LCSW')}, Camas Valley Counseling", "Camas Valley Counseling",
         [(dt.date(2026, 4, 21), "90834", "Psychotherapy, 45 minutes", 165.00, 112.40, 87.40, 25.00, "CP"),
          (dt.date(2026, 5, 5), "90834", "Psychotherapy, 45 minutes", 165.00, 112.40, 87.40, 25.00, "CP")]),
        (faller, "Self", f"{dr(erpa, 'PA-C')}, Emergency Dept. at {hosp}", er_group,
         [(cut, "99284", "Emergency visit, moderate severity", 1146.00, 0.00, 0.00, 0.00, "OJ2"),
          (cut, "12034", "Wound repair, layered, 7.6 cm, left thigh", 684.00, 0.00, 0.00, 0.00, "OJ2"),
          (cut, "A4550", "Surgical tray", 64.00, 0.00, 0.00, 0.00, "SP4")]),
        (son, "Son", f"Canyonville Rural Clinic \u2013 {dr(ucnp, 'NP')}", "Canyonville Rural Clinic",
         [(dt.date(2026, 5, 19), "99213", "Office visit, established patient", 172.00, 98.60, 0.00, 98.60, "DE"),
          (dt.date(2026, 5, 19), "73610", "X-ray, ankle, 3 views", 138.00, 54.20, 43.36, 10.84, "CI")]),
        (faller, "Self", f"{dr(pcp, 'MD')}, Myrtle Creek Family Practice", "Myrtle Creek Family Practice",
         [(dt.date(2026, 5, 28), "99396", "Preventive visit, age 40-64", 298.00, 176.30, 176.30, 0.00, "PV"),
          (dt.date(2026, 5, 28), "80053", "Metabolic panel", 74.00, 18.40, 18.40, 0.00, "PV")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(5, 10))) for c in claims]
    den = 1
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                every=f"{BRAND}  \u00b7  EOB for {first_last(faller)}  \u00b7  {m}")
    p.set_margins(14, 16, 14)
    p.add_page()
    admin_head(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [faller.upper(), "1187 Tiller Trail Hwy", "Days Creek, OR 97429"], 9.2)
    p.set_y(y)
    p.run_line([[("Statement date", long(sd), "gap")],
                [("Member ID", m, "none"), ("Group", g, "none")],
                [("Plan No", f"{WOODS}   Woods Crew", "gap")],
                [("Employer", EMPLOYERS[g], "dash")],
                [("Season hours to date", "436.5 of 700", "dash")]], size=8.6, x=p.w / 2 + 2, gap_w=22)
    p.set_y(max(p.get_y(), y + 22))
    p.f(7.8, "B")
    p.cell(0, 4, f"Plan: {PLAN}.  This is not a bill.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    tot = []
    for i, (pt_name, rel, rend, bill, lines) in enumerate(claims):
        rows.append(("span", f"{pt_name} ({rel})    Claim {nos[i]}"))
        rows.append(("note", f"Rendering: {rend}   |   Billing: {bill}"))
        for d, code, s, b, a, pd, owe, rc in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), n2(owe), rc])
        tb = sum(x[3] for x in lines)
        tot.append(tb)
        rows.append(("bold", ["", "", "Claim total", n2(tb), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        rows.append(("gap",))
        if i == 2:
            rows.append(("break",))
    p.claim_rows(["Date", "Code", "Service", "Charged", "Plan allows", "Plan paid", "Your part", "See"],
                 [W * k / 100 for k in (11, 8, 36, 10, 10, 10, 9, 6)], ["L", "L", "L", "R", "R", "R", "R", "L"],
                 rows, size=7.8)
    p.legend_rows("What the codes in the last column mean", [
        ("", "CP", "Your copay for an office visit with a counselor. The plan paid the rest of the allowed amount."),
        ("", "CI", "Paid at 80% of the allowed amount; the rest is your coinsurance."),
        ("", "DE", "Applied to your deductible. Pay the provider up to the plan's allowed amount."),
        ("", "PV", "Preventive care, paid in full in the network."),
        ("", "OJ2", "Not paid by the plan. The records show an injury on the job (at the unit, landing, shop or on "
                    "the way in a crew vehicle). The employer's workers' compensation carrier must pay first. If the "
                    "carrier refuses in writing, send us its letter and we will process the claim again."),
        ("", "OJ3", "Held: the accident questionnaire we mailed you has not come back."),
        ("", "SP4", "A supply or tray that is part of the procedure. It is not paid separately."),
        ("", "SP1", "Supply paid separately."),
        ("", "HB7", "No coverage on this date: fewer than 120 hours were reported for the month before."),
        ("", "NN2", "The provider is not in the Timber Country Provider Network."),
        ("", "TL6", "The claim reached us after the filing limit."),
        ("", "IX9", "Investigational or experimental service."),
    ], size=7.4, grp_w=0, head=("", "Code", "Meaning"))
    p.para("Example only: if a network clinic charges $200.00 and the plan allows $120.00, the clinic may not bill "
           "you the $80.00 difference.", 7.4)
    p.bar("Questions or appeals", 8.8)
    p.para(f"If you think a claim was processed wrong, you may appeal in writing within 180 days of the date of this "
           f"statement. Send it to the Appeals Committee, {PLAN}, {PLAN_ADDR[0]}, {PLAN_ADDR[1]}. Tell us the claim "
           "number and include any papers you want the Trustees to read, such as a letter from a workers' "
           "compensation carrier.", 8.0)
    t = truth("eob", "other", insurer=ADMIN, plan_id=WOODS, group=g, member_id=m, member_name=faller,
              cases=[nos[den]], claim_amount=m2(tot[den]), service_dates=[iso(cut)], denial_date=iso(sd),
              provider=dr(erpa, "PA-C"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [erpa, er_group, hosp]},
              type_alternates=["denial_letter"], denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    payee = "Kalmiopsis Air Rescue, Inc."
    pts = people(rng, 5, "lg", sexes="MMFMM", used=USED)
    nurses = people(rng, 2, "lc", sexes="FM", used=USED)
    medd = people(rng, 1, "lc", sexes="F", used=USED)[0]
    rd = workday(dt.date(2026, 7, rng.randint(13, 17)))
    ids = [mid(rng) for _ in pts]
    grps = ["E-4107", "E-2256", "E-3318", "E-5061", "E-1847"]
    plans = [WOODS, WOODS, SEAS, WOODS, SEAS]
    den = 3
    ank = workday(dt.date(2026, 6, rng.randint(15, 19)))
    svc = {
        0: [(dt.date(2026, 5, 26), "A0431", "", 26400.00, 15920.00, 12736.00, "CO-45 PR-2"),
            (dt.date(2026, 5, 26), "A0436", "41", 8610.00, 5248.00, 4198.40, "CO-45 PR-2")],
        1: [(dt.date(2026, 6, 2), "A0431", "", 26400.00, 15920.00, 12736.00, "CO-45 PR-2"),
            (dt.date(2026, 6, 2), "A0436", "28", 5880.00, 3584.00, 2867.20, "CO-45 PR-2"),
            (dt.date(2026, 6, 2), "A0999", "1", 1850.00, 0.00, 0.00, "CO-97 M15")],
        2: [(dt.date(2026, 6, 9), "A0431", "", 26400.00, 15920.00, 12736.00, "CO-45 PR-2"),
            (dt.date(2026, 6, 9), "A0436", "63", 13230.00, 8064.00, 6451.20, "CO-45 PR-2")],
        3: [(ank, "A0431", "", 26400.00, 0.00, 0.00, "CO-50"), (ank, "A0436", "22", 4620.00, 0.00, 0.00, "CO-50"),
            (ank, "A0999", "1", 1850.00, 0.00, 0.00, "CO-97 M15")],
        4: [(dt.date(2026, 6, 24), "A0431", "", 26400.00, 15920.00, 12736.00, "CO-45 PR-2"),
            (dt.date(2026, 6, 24), "A0436", "35", 7350.00, 4480.00, 3584.00, "CO-45 PR-2")],
    }
    icn = [claim_no(rng, plus(svc[i][0][0], rng.randint(6, 12))) for i in range(5)]
    claims = []
    for i in range(5):
        b = sum(x[3] for x in svc[i])
        a = sum(x[4] for x in svc[i])
        pd = sum(x[5] for x in svc[i])
        claims.append({"lead": [icn[i], last_first(pts[i]), ids[i]],
                       "lines": [[yy(d), c, u, n2(bb), n2(aa), n2(pp), rc] for d, c, u, bb, aa, pp, rc in svc[i]],
                       "total": ["", "", "", n2(b), n2(a), n2(pd), ""],
                       "note": f"Plan {plans[i]}  Group {grps[i]}  Pick-up: {['landing', 'unit', 'road end', 'unit', 'landing'][i]}"})
    paid = sum(x[5] for i in range(5) for x in svc[i])
    tx = (f"{dd_mon(plus(rd, 1)).upper()} 07:{rng.randint(10, 59)}  YARDER TPA PROVIDER SVCS  5415550{digits(rng, 3)}"
          f"  PG {{n}}/{{t}}")
    p = ERSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=ADMIN_FOOT)
    p.set_margins(12, 15, 12)
    p.add_page()
    admin_head(p, rng, box="PROVIDER REMITTANCE")
    p.run_line([[("Payee", payee, "none")],
                [("NPI", npi(rng), "none"), ("TIN", tin(rng), "none"), ("Remit", f"R{digits(rng, 8)}", "none")],
                [("Remittance date", slash(rd), "gap"), ("Check no", digits(rng, 7), "gap")],
                [("Amount paid", f"${n2(paid)}", "gap")],
                [("Medical director", dr(medd, "MD"), "dash")]], size=8.6, gap_w=26)
    W = p.w - p.l_margin - p.r_margin
    p.remit_table(["Claim no.", "Patient", "Member no.", "DOS", "HCPCS", "Miles/ units", "Charged", "Allowed",
                   "Paid", "Adj."],
                  [W * k / 100 for k in (14, 19, 13, 8, 7, 6, 10, 9, 8, 6)],
                  ["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], claims, size=7.1, row_h=4.2, foot_room=52,
                  tot_label="Claim total")
    p.legend_rows("Adjustment reason and remark codes", [
        ("CO", "45", "Charge exceeds the plan's fee schedule for air ambulance. Do not bill the patient the "
                     "difference."),
        ("CO", "50", "Not paid: the plan does not find the service medically necessary. Air transport is paid only "
                     "when the patient's condition needed it and ground transport could not reach the patient in "
                     "time; the run report shows a stable patient at a site open to ground ambulance."),
        ("CO", "55", "Procedure or treatment considered experimental or investigational by the plan."),
        ("CO", "96", "Non-covered charge."),
        ("CO", "97", "Included in the payment for another service; not paid separately."),
        ("PR", "1", "Deductible."),
        ("PR", "2", "Coinsurance: the patient's share."),
        ("", "M15", "Separately billed services have been bundled; they are parts of the same transport."),
        ("", "M51", "Missing or invalid procedure code."),
        ("", "N30", "Patient not eligible for this service."),
    ], size=7.1, split_after=4)
    p.para(f"Provider appeals: you may appeal any line of this remittance within 60 days of the date of this "
           f"remittance. Send the run report, the dispatch record and the physician's statement to {ADMIN}, Provider "
           f"Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}. Members may not be billed for CO amounts.", 7.8)
    t = truth("eob", "medical_necessity", insurer=ADMIN, plan_id=plans[den], group=grps[den], member_id=ids[den],
              member_name=pts[den], cases=[icn[den]], claim_amount=m2(sum(x[3] for x in svc[den])),
              service_dates=[iso(ank)], denial_date=iso(rd), provider=payee, appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": ADMIN_ALT, "plan_id": [None], "group_number": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_rehab(rng):
    member = people(rng, 1, "lg", sexes="M", used=USED)[0]
    phys, trauma, rn, mdrev = people(rng, 4, "lc", sexes="FMFM", used=USED)
    acute = "Sacred Fir Medical Center"
    irf = "Willamette Crest Rehabilitation Hospital"
    snf = "Myrtle Point Skilled Nursing & Rehab"
    m = mid(rng)
    g = "E-5061"
    hurt = workday(dt.date(2026, 3, rng.randint(9, 13)))
    got = plus(hurt, 8)
    nd = workday(plus(got, 1))
    planned = plus(nd, 1)
    req = f"YPC-{digits(rng, 6)}"
    snf_no = f"YPC-{digits(rng, 6)}"
    tx = (f"{slash(nd)} 16:{rng.randint(10, 59)}  YARDER TPA PRECERT  FAX 5415550{digits(rng, 3)}  "
          f"TO 5035550{digits(rng, 3)}  P{{n2}}/{{t2}}")
    p = ERSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=ADMIN_FOOT,
                run_hdr=f"Request {req} - {last_first(member)} - page {{n}}")
    p.set_margins(16, 16, 16)
    p.add_page()
    admin_head(p, rng, box="PRECERTIFICATION DECISION")
    addr_block(p, ["Admissions / Utilization Review", irf, "3900 Liberty Road S", "Salem, OR 97302"], 9.0)
    p.run_line([[("Review - Request", req, "none")],
                [("Member ID", m, "none"), ("Group", g, "none")],
                [("Plan No", f"{WOODS}   Woods Crew", "gap")],
                [("Patient", member, "dash"), ("Born", slash(dt.date(rng.randint(1979, 1990), rng.randint(1, 12),
                                                                    rng.randint(1, 28))), "dash")],
                [("Request received", f"{slash(got)} 10:42", "gap")]], size=9.0, gap_w=24)
    p.sc_shaded([("Notice date", long(nd), 0.30), ("Planned admission", slash(planned), 0.30),
                 ("Decision", "Inpatient rehab not approved\nSkilled nursing approved", 0.40)], size=9.0)
    p.side_prov([("Requesting physician", [dr(phys, "DO"), "Physical Medicine & Rehabilitation", f"at {acute}"]),
                 ("Facility requested", [irf, "inpatient rehabilitation"]),
                 ("Approved instead", [snf, f"approval {snf_no}"])], size=8.2)
    p.para(f"The member was hurt on {long(hurt)} when a tractor he was using to skid firewood on his own property "
           "rolled onto him. He has fractures of the pelvis and the left lower leg treated at "
           f"{acute} by {dr(trauma, 'MD')}, trauma surgery. He may not put weight on the left leg for six weeks. You "
           "asked to admit him for inpatient rehabilitation.", 8.9)
    p.bar("Decision and reason", 9.0)
    p.para("Inpatient rehabilitation is approved when the patient needs, and can take part in, at least three hours "
           "of therapy a day, five days a week, with a physician seeing him daily. The records show he can do about "
           "one hour of therapy a day because of pain and weight-bearing limits, and that his medical problems are "
           "stable. His needs can be met safely at a skilled nursing facility. We did not approve inpatient "
           f"rehabilitation at {irf}. We approved a skilled nursing stay at {snf} (approval number above), reviewed "
           "again after 14 days.", 8.9)
    p.add_page()
    p.bar("Appeal rights", 9.0)
    p.para("The member, his representative or the requesting physician may appeal within 180 days of the date of this "
           "notice. Because the member is still in the hospital, you may ask for an expedited appeal by telephone; "
           "expedited appeals are decided within 72 hours. The requesting physician may also ask to speak with the "
           f"physician reviewer, {dr(mdrev, 'MD')}, by calling the precertification line.", 8.9)
    p.para(f"Send written appeals to {ADMIN}, Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}, with the therapy notes "
           "that show how much therapy he can take part in.", 8.9)
    p.ln(2)
    p.signers([dr(mdrev, "MD"), "Physician Reviewer", ADMIN], [dr(rn, "RN"), "Precertification Nurse",
                                                              f"for the {PLAN}"], size=8.6)
    t = truth("denial_letter", "level_of_care", insurer=ADMIN, plan_id=WOODS, group=g, member_id=m,
              member_name=member, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(nd),
              provider=dr(phys, "DO"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ADMIN_ALT, "case_numbers": [[req, snf_no]], "provider": [phys, irf, acute],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_hours(rng):
    member = people(rng, 1, "es", sexes="M", used=USED)[0]
    np_, sig = people(rng, 2, "lc", sexes="FM", used=USED)
    clinic = "Clínica Rural de Glide"
    m = mid(rng)
    g = "E-4107"
    visit = workday(dt.date(2026, 6, rng.randint(8, 12)))
    nd = workday(plus(visit, rng.randint(20, 26)))
    clm = claim_no(rng, plus(visit, 5))
    items = [("99203", "Consulta, paciente nuevo", 236.00), ("10060", "Drenaje de absceso, mano derecha", 318.00),
             ("87070", "Cultivo bacteriano", 64.00)]
    total = sum(x[2] for x in items)
    hours = [("Camas Valley Cutting Co.", "E-4107", "marzo de 2026", "0,0"),
             ("Camas Valley Cutting Co.", "E-4107", "abril de 2026", "0,0"),
             ("Camas Valley Cutting Co.", "E-4107", "mayo de 2026", "52,0"),
             ("Ten Mile Creek Shovel Logging", "E-1847", "mayo de 2026", "19,5")]
    p = ERSheet(footer="Página {n} de {nb}", ids_foot=PLAN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, box="AVISO DE ELEGIBILIDAD")
    addr_block(p, [member, "410 Wild Rose Lane", "Glide, OR 97443"], 9.4)
    p.f(9.4)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.run_line([[("Miembro", m, "none"), ("Grupo", g, "none")],
                [("Plan", f"{SEAS}   Cuadrilla de temporada", "gap")],
                [("Reclamación", clm, "dash")],
                [("Fecha de servicio", es_date(visit), "dash")]], size=8.8, gap_w=14)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.4)
    p.para(f"Recibimos la reclamación de {clinic} ({dr(np_, 'NP')}) por su visita del {es_wday(visit)}. No podemos "
           "pagarla porque usted no tenía cobertura en junio de 2026.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Código", "Servicio", "Cobrado"],
                 [[c, s, f"US$ {n2(a)}"] for c, s, a in items] + [["", "Total", f"US$ {n2(total)}"]],
                 [W * k / 100 for k in (14, 62, 24)], ["L", "L", "R"], size=8.4, bold_rows=(len(items),))
    p.bar("Por qué", 9.0)
    p.para("Su cobertura de invierno (noviembre a abril) terminó el 30 de abril de 2026. Durante la temporada de corta, "
           "que va del 1 de mayo al 31 de octubre, usted está cubierto en un mes si sus contratistas reportaron por lo "
           "menos 120 horas de trabajo en el mes anterior. Para mayo de 2026 se reportaron 71,5 horas:", 9.0)
    p.ruled_rows(["Contratista", "Grupo", "Mes trabajado", "Horas"],
                 [list(h) for h in hours] + [["", "", "Total de mayo", "71,5"]],
                 [W * k / 100 for k in (42, 14, 26, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(hours),))
    p.bar("Lo que puede hacer", 9.0)
    p.bullets([
        "Pago propio: puede comprar la cobertura de junio pagando $612.00 al Fondo dentro de 30 días después de "
        "recibir esta carta. Si paga a tiempo, procesaremos la reclamación otra vez.",
        "Horas que faltan: si trabajó horas que no aparecen en la tabla, envíenos sus talones de pago.",
        f"Apelación: si cree que la decisión es un error, puede apelar por escrito dentro de 180 días a partir de la "
        f"fecha de esta carta al Comité de Apelaciones, {PLAN_ADDR[0]}, {PLAN_ADDR[1]}.",
    ], size=9)
    sign(p, [sig, "Departamento de Elegibilidad", PLAN], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=SEAS, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(nd),
              provider=clinic, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [dr(np_, "NP"), np_]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    member = people(rng, 1, "lg", sexes="F", used=USED)[0]
    surg, crna, ot, nurse = people(rng, 4, "lc", sexes="MFMF", used=USED)
    asc = "Riverside Hand & Surgery Center"
    m = mid(rng)
    g = "E-2256"
    ld = workday(dt.date(2026, 8, rng.randint(3, 7)))
    planned = workday(plus(ld, rng.randint(15, 20)))
    pc = f"YPC-{digits(rng, 6)}"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="PRECERTIFICATION APPROVED")
    addr_block(p, [member, "77 Lookingglass Road", "Roseburg, OR 97471"], 9.4)
    p.boxes([[("letter date", dmy_long(ld), 0.25), ("precertification", pc, 0.25), ("member", m, 0.25),
              ("group  /  plan", f"{g} / {WOODS}", 0.25)]], size=8.8, under=True)
    p.boxes([[("approved service", "Endoscopic carpal tunnel release, right hand (64721)", 0.55),
              ("scheduled", slash(planned), 0.20), ("setting", "outpatient surgery", 0.25)]], size=8.8, under=True)
    p.side_prov([("Surgeon", [dr(surg, "MD"), "Umpqua Hand & Upper Extremity", f"at {asc}"]),
                 ("Anesthesia", [dr(crna, "CRNA"), "Roseburg Anesthesia Group"]),
                 ("Hand therapy after surgery", [dr(ot, "OTR/L"), "8 visits approved"])], size=8.2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We approved the surgery on your right hand that {dr(surg, 'MD')} asked for. The approval covers the "
           f"surgeon, the anesthesia and {asc} on the scheduled date or within 60 days after it, and eight visits of "
           "hand therapy afterward.", 9.4)
    p.para("Your surgeon's notes say the numbness began after years of running a chainsaw. If your doctor or your "
           "employer reports the condition as work-related, the claims must be sent to the employer's workers' "
           "compensation carrier first. This approval does not decide that question.", 9.2)
    p.para("An approval is not a promise of payment if your coverage ends before the surgery. Your deductible and "
           "coinsurance apply. Nothing has been refused.", 9.2)
    sign(p, [dr(nurse, "RN"), "Precertification Nurse", ADMIN, f"for the {PLAN}"])
    t = truth("other", None, insurer=ADMIN, plan_id=WOODS, group=g, member_id=m, member_name=member, cases=[pc],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld), provider=dr(surg, "MD"),
              appeal_deadline=None,
              alternates={"insurer": ADMIN_ALT, "service_dates": [[]], "provider": [surg, asc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_laser(rng):
    member = people(rng, 1, "lg", sexes="M", used=USED)[0]
    dc, sig, hand = people(rng, 3, "lc", sexes="FMM", used=USED)
    practice = "Coos Bay Chiropractic & Rehab"
    m = mid(rng)
    g = "E-1847"
    start = workday(dt.date(2026, 4, rng.randint(6, 9)))
    dates = []
    d = start
    for _ in range(6):
        dates.append(d)
        d = workday(plus(d, rng.choice([3, 4, 5])))
    nd = workday(plus(dates[-1], rng.randint(24, 30)))
    clm = claim_no(rng, plus(dates[-1], 4))
    each = 145.00
    total = each * len(dates)
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=PLAN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "2209 Sitkum Lane", "Coquille, OR 97423"], 9.4)
    p.run_line([[("Date of this letter", long(nd), "gap")],
                [("Member ID", m, "none"), ("Group", g, "none"), ("Plan No", WOODS, "none")],
                [("Claim", clm, "dash")]], size=9.0, gap_w=30)
    p.side_prov([("Treating provider", [dr(dc, "DC"), practice, f"Oregon chiropractic license C-{digits(rng, 4)}"]),
                 ("Referred by", [dr(hand, "MD"), "Bandon Occupational Health"])], size=8.2)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"We received a claim from {practice} for six sessions of low-level laser therapy to both hands for "
           "hand-arm vibration syndrome (white finger):", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Charged"],
                 [[slash(x), "S8948", "Low-level laser therapy, each 15 minutes", n2(each)] for x in dates] +
                 [["", "", "Claim total", usd(total)]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(dates),))
    p.bar("What we decided", 9.0)
    p.para("The plan does not pay for these sessions. Low-level laser therapy is investigational for hand-arm "
           "vibration syndrome: the studies published so far are small and do not show that it works better than "
           "the usual care (keeping the hands warm, cutting down vibration exposure, stopping smoking and, when "
           "needed, medicine to open the blood vessels). Services that are investigational are excluded under the "
           "plan's rules, section 9.4.", 9.0)
    p.para("This decision does not affect your chiropractic benefit: you have used 7 of your 20 chiropractic "
           "visits for 2026, and the visits themselves were paid on an earlier claim.", 8.8)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal in writing within 180 days of the date of this letter to the Appeals Committee, {PLAN}, "
           f"{PLAN_ADDR[0]}, {PLAN_ADDR[1]}. Send any studies or letters you want the Trustees to read.", 9.0)
    sign(p, [sig, "Claims Review", PLAN])
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=WOODS, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(x) for x in dates], denial_date=iso(nd),
              provider=dr(dc, "DC"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [dc, practice]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    # (i) the plan's letter: a wife's bunion surgery by a podiatrist outside the network
    sub = people(rng, 1, "lg", sexes="M", used=USED)[0]
    wife = people(rng, 1, "lg", sexes="F", last=sub.split()[-1], used=USED)[0]
    dpm, sig, innet = people(rng, 3, "lc", sexes="MFF", used=USED)
    clinic = "Treasure Valley Foot & Ankle"
    asc = "Boise Bench Surgery Center"
    m = mid(rng)
    dep = f"{m}/01"
    g = "E-3318"
    surg = workday(dt.date(2026, 4, rng.randint(13, 17)))
    nd = workday(plus(surg, rng.randint(34, 40)))
    clm = claim_no(rng, plus(surg, 7))
    items = [("28296", "Bunion correction with metatarsal osteotomy, left", 4280.00),
             ("28270", "Joint release, second toe, left", 960.00), ("L3260", "Post-operative shoe", 118.00)]
    total = sum(x[2] for x in items)
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=PLAN_FOOT,
                run_hdr=f"{BRAND}  \u00b7  claim {clm}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [sub, f"for {wife}", "36 Lolo Creek Road", "Orofino, ID 83544"], 9.2)
    p.sc_shaded([("Date of notice", abbr(nd), 0.24), ("Patient", f"{wife}\nmember no. {dep}", 0.40),
                 ("Group - plan", f"{g} - {WOODS}", 0.36)], size=8.8)
    p.run_line([[("Claim", clm, "dash"), ("Subscriber", f"{sub}  {m}", "dash")]], size=8.8)
    p.side_prov([("Rendering", [dr(dpm, "DPM"), clinic, f"at {asc}"]),
                 ("Billing", [clinic, "Meridian, ID", "not in the Timber Country network"])], size=8.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Charged", "Paid"],
                 [[slash(surg), c, s, n2(a), "0.00"] for c, s, a in items] + [["", "", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (14, 10, 52, 13, 11)], ["L", "L", "L", "R", "R"], size=8.2,
                 bold_rows=(len(items),))
    p.para_cols([
        f"{first_last(wife)} had planned foot surgery on {long(surg)} with {dr(dpm, 'DPM')} in Meridian, Idaho, "
        "about 200 miles from home. Neither the podiatrist nor the surgery center is in the Timber Country Provider "
        "Network.",
        "The plan pays only for care from network providers, except in an emergency or when the plan approved the "
        "out-of-network provider in advance because no network provider could do the surgery. This surgery was "
        "planned, no approval was asked for, and network podiatrists in Lewiston and Moscow perform it. The claim "
        "is not paid.",
        f"A network podiatrist, {dr(innet, 'DPM')}, sees patients in Lewiston every week. If more surgery is needed "
        "on the other foot, call us first.",
    ], size=8.8)
    p.add_page()
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal within 180 days of the date of this notice. Write to the Appeals Committee at the Trust "
           "Office. Tell us why a network provider could not do this surgery, and send any records that show it.", 9.0)
    p.para("The provider is outside the network and may bill you the full charge. Ask the provider about a payment "
           "plan.", 9.0)
    p.ln(2)
    sign(p, [sig, "Claims Review", PLAN])
    oon = out(p)
    oon_t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=WOODS, group=g, member_id=dep,
                  member_name=wife, cases=[clm], claim_amount=m2(total), service_dates=[iso(surg)],
                  denial_date=iso(nd), provider=dr(dpm, "DPM"), appeal_deadline=iso(plus(nd, 180)),
                  alternates={"insurer": PLAN_ALT, "member_id": [m], "provider": [dpm, clinic, asc]})
    # (ii) Yarder's letter to an oral surgeon: a jaw fracture claim filed after 120 days
    pt = people(rng, 1, "lg", sexes="M", used=USED)[0]
    dmd, sig2 = people(rng, 2, "lc", sexes="MF", used=USED)
    office = "Clearwater Oral & Maxillofacial Surgery"
    m2_ = mid(rng)
    g2 = "E-5061"
    dos = workday(dt.date(2026, 1, rng.randint(12, 16)))
    rcv = workday(plus(dos, rng.randint(128, 140)))
    ln = workday(plus(rcv, rng.randint(9, 13)))
    clm2 = claim_no(rng, rcv)
    items2 = [("21462", "Open treatment of mandible fracture, with fixation", 3640.00),
              ("70355", "Panoramic X-ray", 142.00), ("99203", "New patient visit", 228.00)]
    total2 = sum(x[2] for x in items2)
    q = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    q.set_margins(18, 16, 18)
    q.add_page()
    admin_head(q, rng, box="LATE CLAIM NOTICE")
    addr_block(q, ["Billing Department", office, "1120 Main Street", "Lewiston, ID 83501"], 9.2)
    q.run_line([[("Notice date", slash(ln), "gap")], [("Member ID", m2_, "none"), ("Group", g2, "none")],
                [("Plan No", WOODS, "gap")], [("Claim", clm2, "dash"), ("Received", slash(rcv), "dash")],
                [("Patient", pt, "dash")]], size=9.0, gap_w=22)
    q.side_prov([("Rendering", [dr(dmd, "DMD"), office]), ("Billing", [office, f"TIN {tin(rng)}"])], size=8.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Date of service", "Code", "Service", "Charged"],
                 [[slash(dos), c, s, n2(a)] for c, s, a in items2] + [["", "", "Total", usd(total2)]],
                 [W * k / 100 for k in (18, 10, 54, 18)], ["L", "L", "L", "R"], size=8.2, bold_rows=(len(items2),))
    q.para(f"This claim for care given on {long(dos)} reached us on {long(rcv)}. Your network agreement requires "
           "claims to be filed within 120 days of the date of service. The claim was filed late and is not paid. "
           "Under the agreement you may not bill the patient for a claim refused for late filing.", 9.0)
    q.para("If you filed the claim on time, send proof (a clearinghouse acceptance report or a payer rejection "
           "dated within the 120 days) with a request for review within 60 days of the date of this letter.", 9.0)
    q.para("An earlier claim for the same patient (emergency room, same day) was filed by the hospital on time and "
           "was paid.", 8.8)
    sign(q, [sig2, "Provider Services", ADMIN])
    late = out(q)
    late_t = truth("denial_letter", "timely_filing", insurer=ADMIN, plan_id=WOODS, group=g2, member_id=m2_,
                   member_name=pt, cases=[clm2], claim_amount=m2(total2), service_dates=[iso(dos)],
                   denial_date=iso(ln), provider=dr(dmd, "DMD"), appeal_deadline=iso(plus(ln, 60)),
                   alternates={"insurer": ADMIN_ALT, "provider": [dmd, office]})
    return [(oon, oon_t), (late, late_t)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_eob_chainsaw_cut_comp_first", "born_digital", [bd_eob(rng)]),
        Item(f"{f}_faxstd_remit_air_evacuation", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(f"{f}_faxstd_crush_injury_rehab_setting", "fax_standard_g4", [faxstd_rehab(rng)]),
        Item(f"{f}_lowres_es_horas_de_temporada", "scan_lowres_150", [lowres_es_hours(rng)]),
        Item(f"{f}_rotated_carpal_tunnel_precert_approved", "rotated", [rotated_approval(rng)]),
        Item(f"{f}_photo_vibration_laser_investigational", "phone_photo", [photo_laser(rng)]),
        Item(f"{f}_faxfine_stack_podiatry_network_then_late_claim", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(0, 1): 180}),
    ]
