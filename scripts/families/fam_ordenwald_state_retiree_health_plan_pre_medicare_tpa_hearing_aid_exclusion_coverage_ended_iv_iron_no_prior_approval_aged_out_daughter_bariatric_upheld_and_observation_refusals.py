"""Papers mirrored (structure and plain wording style only; every sentence written here) from the public descriptions of
state employees' retiree health plans for retirees who are not yet on Medicare: a state benefits board sets the plan,
the retiree's monthly contribution (a share of the premium that falls with years of state service, taken from the
pension check or billed), decides eligibility (a child's coverage ends at the end of the month the child turns 26;
coverage ends when contributions are not paid) and hears final appeals, while a contracted claims administrator pays
claims, runs prior approval and sends the explanations of benefits and provider remittances. Here the state, its
board, the administrator, every person, provider, number, amount and address are invented: the State of Ordenwald
(postal code OW), the Ordenwald State Employees Benefits Board and its Office of Retiree Health Benefits (a drawn seal
over the board's name), and Stanlow & Pike Claims Administration, LLC (brand "STANLOW & PIKE" in capitals with an
ampersand, a tagline under it, "a member of the Glenmara Financial Group" and "claims administrator for ..." in small
print). Plans RPPO-750 (Retiree PPO 750) and RHD-3000 (Retiree high-deductible plan); retiree groups by retirement
system "RG-" + four digits; member numbers "OWR" + eight digits, dependants "-02", "-03"; claims "SP26" + day of year
+ six digits; prior approvals "PA26" + six digits; board appeals "RHB-26-" + four digits. Phones 555. CPT, HCPCS and
claim adjustment reason / remark codes as themselves.

Documents (8 in 7 files):
- bd_eob_hearing_aids_not_covered: a born-digital three-page retiree explanation of benefits; four claims of a retiree
  and his wife, each with its own claim number and rows; the retiree's hearing aid claim pays 0.00 on every row, told
  only by "204" and "CO-96 N130" (legend on the next page, with look-alike and unused codes: 96/97, 204/205,
  N130/N131, CO/PR prefixes on some only); a lab claim applied to the deductible (0.00 paid, PR-1) as a decoy.
- faxstd_remit_coverage_ended: a standard-fax provider remittance to an orthopaedic practice; six patients' claims;
  one retiree's knee visit, injection and drug pay 0.00 under CO-27 and CO-97 (coverage had ended), the legend split
  over the page break.
- faxstd_iv_iron_no_prior_approval: a standard-fax letter to an infusion center: two iron infusions given without
  the prior approval the plan requires (running caption lines "Contract - Claim", small-capital captions over shaded
  boxes, rendering / ordering / billing side by side, an unrelated earlier approval number as a decoy).
- lowres_es_hija_cumplio_26: a 150 dpi Spanish letter from the board: the retiree's daughter turned 26, her coverage
  ended at the end of that month, and her urgent care visit after that is not paid (continuation election limit as
  a decoy).
- photocopy_board_appeal_bariatric_upheld: the board's final appeal decision keeping the refusal of a sleeve
  gastrectomy as not medically necessary (two columns of prose, running header, external review in four months).
- photo_knee_prior_approval_granted: a photographed prior approval for a knee replacement (denies
  nothing); captions with a dash; surgeon, facility and anesthesia (CRNA) lines.
- scan300_stack_contribution_then_observation: a clean-scan stack: the board's notice of new monthly retiree
  contributions (denies nothing; tier table and example amounts), a blank separator, then the administrator's
  two-page letter paying a hospital stay as observation (level_of_care), its second page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrf import (ERSheet, abbr, addr_block, dd_mon, digits, dmy_long, dmy_slash, dr, es_date,
                               es_wday, first_last, iso, last_first, long, m2, mdyyyy, month_end, n2, nodollar,
                               npi, out, people, phone, plus, sign, slash, tin, tollfree, truth, usd, wday_long,
                               workday, yy)

FAMILY = ("ordenwald_state_retiree_health_plan_pre_medicare_tpa_hearing_aid_exclusion_coverage_ended_iv_iron_no_prior_"
          "approval_aged_out_daughter_bariatric_upheld_and_observation_refusals")
LANG = "en"
SEED = 355075
USED: set = set()

STATE = "State of Ordenwald"
BOARD = "Ordenwald State Employees Benefits Board"
PROGRAM = "Ordenwald Retiree Health Program"
OFFICE = "Office of Retiree Health Benefits"
ADMIN = "Stanlow & Pike Claims Administration, LLC"
BRAND = "STANLOW & PIKE"
ADMIN_ALT = [ADMIN, "Stanlow & Pike", "Stanlow & Pike Claims Administration", BOARD, PROGRAM]
BOARD_ALT = [BOARD, "Ordenwald State Employees Benefits Board, Office of Retiree Health Benefits", OFFICE, PROGRAM,
             "State of Ordenwald"]
TAG = "Claims administration for public employers since 1991"
PARENT = "a member of the Glenmara Financial Group"
ADMIN_SMALL = f"claims administrator for the {BOARD} - Retiree Health Program"
ADMIN_ADDR = ["P.O. Box 7740", "Vestby, OW 58410"]
BOARD_ADDR = ["1200 Capitol Mall, Suite 400", "Vestby, OW 58401"]
ADMIN_FOOT = "Stanlow & Pike Claims Administration, LLC  \u00b7  P.O. Box 7740, Vestby, OW 58410  \u00b7  TPA license OW-TPA-0417"
BOARD_FOOT = f"{BOARD}  \u00b7  {OFFICE}  \u00b7  {BOARD_ADDR[0]}, {BOARD_ADDR[1]}"
PPO, HDHP = "RPPO-750", "RHD-3000"


def mid(rng) -> str:
    return f"OWR{digits(rng, 8)}"


def grp(rng) -> str:
    return f"RG-{rng.choice(['2214', '2230', '2251', '2267'])}"


def claim_no(rng, d: dt.date) -> str:
    return f"SP26{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def admin_head(p: ERSheet, rng, box: str | None = None, mark: str | None = None):
    p.amp_head(BRAND, TAG, [ADMIN_ADDR[0], ADMIN_ADDR[1], f"Retiree service {tollfree(rng, '855')}",
                            f"Provider service {tollfree(rng, '866')}", "stanlowpike.example/ordenwald"],
               parent=PARENT, admin=ADMIN_SMALL, box=box, mark=mark, size=20)


def board_head(p: ERSheet, rng, box: str | None = None):
    p.seal_head(STATE, "State Employees Benefits Board", OFFICE,
                [BOARD_ADDR[0], BOARD_ADDR[1], f"Retiree line {tollfree(rng, '877')}", f"Fax {phone(rng, '701')}",
                 "benefits.ordenwald.example/retirees"],
                small=["Retiree Health Program for retirees not yet eligible for Medicare",
                       f"Claims are paid by {ADMIN} under contract with the Board"], box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "sr", sexes="M", used=USED)[0]
    wife = people(rng, 1, "sr", sexes="F", last=member.split()[-1], used=USED)[0]
    pcp, aud, pt, od, labdoc = people(rng, 5, "rc", sexes="FMFMF", used=USED)
    m = mid(rng)
    g = "RG-2214"
    sd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    p0, p1 = dt.date(2026, 3, 1), plus(sd, -3)
    ha = workday(dt.date(2026, 3, rng.randint(9, 13)))
    hear = "Arnegard Hearing & Balance Center"
    claims = [
        (member, "Retiree", f"Skjold Falls Family Medicine \u2013 {dr(pcp, 'NP')}", "Skjold Falls Family Medicine",
         [(dt.date(2026, 3, 3), "99214", "Office visit, established patient", 246.00, 158.20, 138.20, 20.00, "CO-45 PR-3"),
          (dt.date(2026, 3, 3), "G2211", "Visit complexity add-on", 42.00, 16.05, 16.05, 0.00, "CO-45")]),
        (member, "Retiree", f"{dr(aud, 'AuD')}, {hear}", hear,
         [(ha, "V5261", "Hearing aid, binaural, behind the ear", 4960.00, 0.00, 0.00, 4960.00, "204"),
          (ha, "V5011", "Fitting, orientation and checking of aid", 380.00, 0.00, 0.00, 380.00, "CO-96 N130"),
          (ha, "V5266", "Battery for use in hearing device, 2", 48.00, 0.00, 0.00, 48.00, "204")]),
        (wife, "Spouse", f"Vestby Motion Physical Therapy \u2013 {dr(pt, 'DPT')}", "Vestby Motion Physical Therapy",
         [(dt.date(2026, 3, 17), "97162", "PT evaluation, moderate complexity", 228.00, 121.40, 97.12, 24.28, "CO-45 PR-2"),
          (dt.date(2026, 3, 17), "97110", "Therapeutic exercise, 2 units", 164.00, 70.30, 56.24, 14.06, "CO-45 PR-2"),
          (dt.date(2026, 3, 24), "97140", "Manual therapy, 1 unit", 82.00, 35.60, 28.48, 7.12, "CO-45 PR-2")]),
        (wife, "Spouse", f"{dr(od, 'OD')}, Riverbend Eye Care", "Riverbend Eye Care",
         [(dt.date(2026, 4, 2), "92014", "Eye exam, established patient", 198.00, 112.75, 0.00, 112.75, "CO-45 PR-1"),
          (dt.date(2026, 4, 2), "92083", "Visual field exam", 126.00, 61.40, 0.00, 61.40, "CO-45 PR-1")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(6, 12))) for c in claims]
    den = 1
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  Member ID {m}  \u00b7  Statement of {slash(sd)}  \u00b7  page {{n}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    admin_head(p, rng, box="RETIREE EXPLANATION OF BENEFITS", mark="tree")
    y = p.get_y()
    addr_block(p, [member.upper(), "412 Larkin Ave", "Skjold Falls, OW 58327"], 9.2)
    p.set_y(y)
    p.run_line([[("Statement date", long(sd), "gap")],
                [("Member ID", m, "none"), ("Group", g, "none")],
                [("Plan No", f"{PPO}   Retiree PPO 750", "gap")],
                [("Covered", "Retiree + Spouse", "dash")],
                [("Claims processed", f"{slash(p0)} - {slash(p1)}", "dash")]], size=8.6, x=p.w / 2 + 4, gap_w=24)
    p.set_y(max(p.get_y(), y + 22))
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL. Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.sc_shaded([("Billed this statement", usd(sum(x[3] for c in claims for x in c[4])), 0.25),
                 ("Plan paid", usd(sum(x[5] for c in claims for x in c[4])), 0.25),
                 ("Deductible met 2026", "$412.60 of $750.00", 0.25),
                 ("Out-of-pocket met 2026", "$1,188.94 of $4,500.00", 0.25)], size=8.6)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    tot = []
    for i, (pt_name, rel, rend, bill, lines) in enumerate(claims):
        rows.append(("span", f"Claim {nos[i]}    {rel} - {pt_name}"))
        rows.append(("note", f"Rendering: {rend}    Billing: {bill}"))
        for d, code, s, b, a, pd, owe, rc in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), n2(owe), rc])
        tb = sum(x[3] for x in lines)
        tot.append(tb)
        rows.append(("bold", ["", "", "Claim total", n2(tb), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        rows.append(("gap",))
        if i == 2:
            rows.append(("break",))
    p.claim_rows(["Service date", "Code", "What was done", "Billed", "Allowed", "Plan paid", "You owe", "Codes"],
                 [W * k / 100 for k in (11, 7, 34, 10, 9, 10, 9, 10)], ["L", "L", "L", "R", "R", "R", "R", "L"],
                 rows, size=7.7)
    p.legend_rows("Codes used on your statements", [
        ("PR", "1", "Applied to your deductible. Pay the provider up to the allowed amount."),
        ("PR", "2", "Your coinsurance share of the allowed amount."),
        ("PR", "3", "Your copayment for the visit."),
        ("CO", "45", "The provider billed more than the plan allows. A network provider may not bill you the "
                     "difference."),
        ("CO", "96", "The charge is for something the plan does not pay for. See the remark beside the code."),
        ("", "97", "The payment for this service is included in the payment for another service on the same day."),
        ("CO", "204", "This service, equipment or supply is not covered under the Retiree Health Program plan you "
                      "are enrolled in. Hearing aids and their fitting are excluded for retirees under age 65."),
        ("", "205", "Pharmacy discount card processing fee."),
        ("", "N130", "Check your plan booklet (Retiree Benefits Summary, section 7, Exclusions) for the services the "
                     "plan does not cover."),
        ("", "N131", "Total payments under more than one plan cannot exceed the allowed amount."),
        ("CO", "27", "Expenses incurred after coverage ended."),
        ("CO", "197", "Prior approval was required and was not obtained."),
    ], size=7.5)
    p.para("Example only: if a provider bills $500.00, the plan allows $300.00 and you have met your deductible, the "
           "plan pays 80% ($240.00) and you pay $60.00.", 7.4)
    p.bar("If you disagree with how a claim was processed", 8.8)
    p.para(f"You may appeal in writing within 180 days of the date of this statement. Send the claim number and any "
           f"records or letters you want us to read to {ADMIN}, Retiree Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}. "
           f"If we keep our decision, you may then ask the {BOARD} for a final review.", 8.0)
    p.para("Questions about enrollment, your monthly retiree contribution or when a family member's coverage ends "
           f"are decided by the Board, not by {BRAND.title()}: call the Office of Retiree Health Benefits. Requests "
           "for a Board eligibility review must reach the Board within 60 days of the Board's written notice.", 7.8)
    t = truth("eob", "not_covered", insurer=ADMIN, plan_id=PPO, group=g, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(tot[den]), service_dates=[iso(ha)], denial_date=iso(sd),
              provider=dr(aud, "AuD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [hear, aud]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    practice = "Trask Junction Orthopaedic & Spine, PC"
    pts = people(rng, 6, "sr", sexes="FMFMMF", used=USED)
    docs = people(rng, 3, "rc", sexes="MFM", used=USED)
    rd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    ids = [mid(rng) for _ in pts]
    grps = [grp(rng) for _ in pts]
    plans = [PPO, HDHP, PPO, PPO, PPO, HDHP]
    den = 3
    after = workday(dt.date(2026, 4, rng.randint(13, 17)))
    svc = {
        0: [(dt.date(2026, 4, 6), "99213", 168.00, 104.10, 84.10, "CO-45 PR-3"),
            (dt.date(2026, 4, 6), "73562", 142.00, 58.30, 46.64, "CO-45 PR-2")],
        1: [(dt.date(2026, 4, 8), "99204", 392.00, 226.45, 0.00, "CO-45 PR-1")],
        2: [(dt.date(2026, 4, 9), "20611", 318.00, 171.60, 137.28, "CO-45 PR-2"),
            (dt.date(2026, 4, 9), "J1030", 24.00, 6.12, 4.90, "CO-45 PR-2")],
        3: [(after, "99214", 246.00, 0.00, 0.00, "CO-27"), (after, "20610", 286.00, 0.00, 0.00, "CO-27"),
            (after, "J3301", 56.00, 0.00, 0.00, "CO-97")],
        4: [(dt.date(2026, 4, 20), "99213", 168.00, 104.10, 84.10, "CO-45 PR-3"),
            (dt.date(2026, 4, 20), "L1833", 214.00, 128.75, 103.00, "CO-45 PR-2")],
        5: [(dt.date(2026, 4, 22), "97161", 214.00, 118.90, 0.00, "CO-45 PR-1"),
            (dt.date(2026, 4, 22), "97110", 82.00, 35.15, 0.00, "CO-45 PR-1")],
    }
    icn = [claim_no(rng, plus(svc[i][0][0], rng.randint(4, 9))) for i in range(6)]
    rend = [dr(docs[0], "MD"), dr(docs[1], "PA-C"), dr(docs[0], "MD"), dr(docs[1], "PA-C"), dr(docs[2], "DO"),
            dr(docs[1], "PA-C")]
    claims = []
    for i in range(6):
        b = sum(x[2] for x in svc[i])
        a = sum(x[3] for x in svc[i])
        pd = sum(x[4] for x in svc[i])
        claims.append({"lead": [icn[i], last_first(pts[i]), ids[i]],
                       "lines": [[yy(d), c, n2(bb), n2(aa), n2(pp), rc] for d, c, bb, aa, pp, rc in svc[i]],
                       "total": ["", "", n2(b), n2(a), n2(pd), ""],
                       "note": f"Rendering {rend[i]}   Plan {plans[i]}   Group {grps[i]}   Acct {digits(rng, 7)}"})
    paid = sum(x[4] for i in range(6) for x in svc[i])
    tx = (f"{mdyyyy(plus(rd, 1))} 06:{rng.randint(10, 59)}  FROM: STANLOW PIKE PROVIDER  TO: 17015550{digits(rng, 3)}  "
          f"P.{{n2}}/{{t2}}")
    p = ERSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=ADMIN_FOOT)
    p.set_margins(12, 15, 12)
    p.add_page()
    admin_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    p.run_line([[("Payee", practice, "dash")],
                [("NPI", npi(rng), "none"), ("TIN", tin(rng), "none"), ("Provider no.", f"SP-{digits(rng, 6)}", "none")],
                [("Remit date", slash(rd), "gap"), ("EFT trace", digits(rng, 12), "gap")],
                [("Payment amount", usd(paid), "gap")]], size=8.6, gap_w=20)
    W = p.w - p.l_margin - p.r_margin
    p.remit_table(["Claim no. (ICN)", "Patient", "Member no.", "DOS", "Proc", "Billed", "Allowed", "Paid",
                   "Adj. codes"],
                  [W * k / 100 for k in (16, 20, 14, 9, 7, 9, 9, 8, 8)],
                  ["L", "L", "L", "L", "L", "R", "R", "R", "L"], claims, size=7.2, row_h=4.2, foot_room=40,
                  tot_label="Claim total")
    p.legend_rows("Adjustment codes", [
        ("CO", "27", "Expenses incurred after the patient's coverage ended. The Board's enrollment record shows the "
                     "retiree's coverage ended; do not bill the plan again for dates after that."),
        ("CO", "26", "Expenses incurred before coverage began."),
        ("CO", "29", "The time limit for filing has expired."),
        ("CO", "45", "Charge exceeds the fee schedule or contracted amount."),
        ("CO", "96", "Non-covered charge."),
        ("CO", "97", "The payment for this service is included in the allowance for another service on this claim."),
        ("PR", "1", "Deductible amount. Collect from the patient."),
        ("PR", "2", "Coinsurance amount."),
        ("PR", "3", "Copayment amount."),
        ("OA", "23", "Another payer's adjudication has been taken into account."),
        ("", "N30", "Patient is not eligible for this service under the plan."),
        ("", "N36", "Claim must meet the plan's filing rules."),
    ], size=7.2, split_after=5)
    p.para("Provider reconsideration: you may ask us to reconsider any claim on this remittance within 90 days of "
           f"the date of this remittance. Write to {ADMIN}, Provider Reconsideration, {ADMIN_ADDR[0]}, "
           f"{ADMIN_ADDR[1]}, or use the provider portal. Eligibility and enrollment questions go to the "
           f"{BOARD}.", 7.8)
    p.para("Patients with CO adjustments may not be billed for those amounts. Amounts under PR are the patient's "
           "share.", 7.6)
    t = truth("eob", "eligibility", insurer=ADMIN, plan_id=plans[den], group=grps[den], member_id=ids[den],
              member_name=pts[den], cases=[icn[den]], claim_amount=m2(sum(x[2] for x in svc[den])),
              service_dates=[iso(after)], denial_date=iso(rd), provider=rend[den],
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [practice, docs[1]],
                          "plan_id": [None], "group_number": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_iron(rng):
    member = people(rng, 1, "sr", sexes="F", used=USED)[0]
    hem, nurse_np, rn, sig = people(rng, 4, "rc", sexes="MFFM", used=USED)
    center = "Vestby Valley Infusion Center"
    hosp = "Vestby Regional Medical Center"
    m = mid(rng)
    g = grp(rng)
    d1 = workday(dt.date(2026, 5, rng.randint(4, 8)))
    d2 = plus(d1, 7)
    nd = workday(plus(d2, rng.randint(22, 27)))
    clm = claim_no(rng, plus(d2, 3))
    old_pa = f"PA26{digits(rng, 6)}"
    ref = f"UM-{digits(rng, 7)}"
    items = [(d1, "J1439", "Ferric carboxymaltose, 750 mg (750 units)", 2412.00),
             (d1, "96365", "IV infusion, first hour", 468.00),
             (d2, "J1439", "Ferric carboxymaltose, 750 mg (750 units)", 2412.00),
             (d2, "96365", "IV infusion, first hour", 468.00)]
    total = sum(x[3] for x in items)
    tx = (f"FROM STANLOW&PIKE UM  {phone(rng, '701')}  {slash(plus(nd, 1))} {rng.randint(13, 16)}:{rng.randint(10, 59)}"
          f"  #{digits(rng, 4)}  PAGE {{n}} OF {{t}}")
    p = ERSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=ADMIN_FOOT,
                run_hdr=f"Claim {clm} - page {{n}}")
    p.set_margins(16, 16, 16)
    p.add_page()
    admin_head(p, rng, box="CLAIM NOT PAID - NO PRIOR APPROVAL")
    addr_block(p, ["Billing Office", center, "77 Sorrel Street, Suite 210", "Vestby, OW 58403"], 9.2)
    p.run_line([[("Contract", m, "dash"), ("Claim", clm, "dash")],
                [("Plan No", PPO, "gap"), ("Group", g, "gap")],
                [("Patient", member, "none"), ("Born", slash(dt.date(rng.randint(1962, 1966), rng.randint(1, 12),
                                                                  rng.randint(1, 28))), "none")],
                [("Review ref", ref, "dash")]], size=9.0, gap_w=18)
    p.sc_shaded([("Date of this notice", long(nd), 0.30), ("Dates of service", f"{slash(d1)} and {slash(d2)}", 0.38),
                 ("Total billed", usd(total), 0.32)], size=9.0)
    p.side_prov([("Rendering", [center, dr(nurse_np, "NP"), "supervising nurse practitioner"]),
                 ("Ordering", [dr(hem, "MD"), "Hematology", f"at {hosp}"]),
                 ("Billing", [center, f"NPI {npi(rng)}", f"TIN {tin(rng)}"])], size=8.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(d), c, s, n2(a), "0.00"] for d, c, s, a in items] + [["", "", "Claim total", n2(total), "0.00"]],
                 [W * k / 100 for k in (14, 10, 50, 14, 12)], ["L", "L", "L", "R", "R"], size=8.0,
                 bold_rows=(len(items),))
    p.bar("Why the claim was not paid", 9.0)
    p.para("Intravenous iron drugs are on the Retiree Health Program's prior approval list. The ordering doctor or "
           "the infusion center must ask us for approval before the first dose. We found no request and no approval "
           f"for these two infusions. The approval on file for this patient ({old_pa}) is for a colonoscopy in "
           "February and does not cover infusions. Because approval was not obtained, the plan did not pay the "
           "claim. As a network provider, you may not bill the patient for these charges.", 8.9)
    p.para("If the doctor asks for approval now and the records show that oral iron was tried or could not be used, "
           "we may approve future doses. Approval cannot be given after the fact for doses already given unless the "
           "claim is appealed.", 8.9)
    p.add_page()
    p.bar("How to appeal", 9.0)
    p.para("The patient, the ordering doctor or your office may appeal within 180 days of the date of this notice. "
           "Send the hemoglobin and ferritin results, the record of any oral iron, and a letter explaining why the "
           f"infusions could not wait. Mail: {ADMIN}, Retiree Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}; or fax "
           f"{phone(rng, '701')}.", 8.9)
    p.para("If waiting for a standard appeal decision could seriously harm the patient's health, ask for an urgent "
           "appeal; we decide urgent appeals within 72 hours. A standard appeal is decided within 30 days.", 8.9)
    p.para(f"A copy of this notice was mailed to the patient. cc: {dr(hem, 'MD')}", 8.4)
    p.ln(2)
    sign(p, [sig, "Prior Approval Unit", ADMIN, f"for the {BOARD}"])
    t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=PPO, group=g, member_id=m,
              member_name=member, cases=[clm, ref], claim_amount=m2(total), service_dates=[iso(d1), iso(d2)],
              denial_date=iso(nd), provider=center, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ADMIN_ALT, "case_numbers": [[clm]],
                          "provider": [dr(nurse_np, "NP"), nurse_np, dr(hem, "MD"), hem]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_aged_out(rng):
    retiree = people(rng, 1, "es", sexes="M", used=USED)[0]
    hija = people(rng, 1, "es", sexes="F", last=retiree.split()[-1], used=USED)[0]
    pa, sig = people(rng, 2, "rc", sexes="MF", used=USED)
    clinic = "Skjold Falls Urgent Care"
    m = mid(rng)
    dep = f"{m}-03"
    g = grp(rng)
    born = dt.date(2000, 2, rng.randint(3, 20))
    turned = born.replace(year=2026)
    ended = month_end(turned)
    visit = workday(dt.date(2026, 3, rng.randint(16, 20)))
    nd = workday(plus(visit, rng.randint(24, 30)))
    clm = claim_no(rng, plus(visit, 5))
    items = [("99214", "Visita, paciente establecido", 232.00), ("87880", "Prueba rápida de estreptococo", 38.00),
             ("J0696", "Ceftriaxona, 250 mg", 31.00)]
    total = sum(x[2] for x in items)
    p = ERSheet(footer="Página {n} de {nb}", ids_foot=BOARD_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    board_head(p, rng, box="AVISO SOBRE SU COBERTURA")
    addr_block(p, [retiree, "218 Ottertail Street", "Trask Junction, OW 58361"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Vestby, {es_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.run_line([[("Número de jubilado", m, "none"), ("Grupo", g, "none")],
                [("Plan", f"{PPO}   Retiree PPO 750", "gap")],
                [("Paciente", f"{hija}   dependiente {dep}", "dash")],
                [("Reclamación", clm, "dash"), ("Fecha de servicio", dmy_slash(visit), "dash")]], size=8.8, gap_w=14)
    p.para(f"Estimado señor {retiree.split()[-1]}:", 9.4)
    p.para(f"Le escribimos sobre la cobertura de su hija, {hija}, en el Programa de Salud para Jubilados. Según "
           f"nuestros registros, ella nació el {dmy_slash(born)} y cumplió 26 años el {es_date(turned)}. Bajo las "
           "reglas de la Junta, un hijo o una hija puede estar cubierto hasta el último día del mes en que cumple 26 "
           f"años. Por eso su cobertura terminó el {es_date(ended)}.", 9.2)
    p.para(f"El {es_wday(visit)} su hija fue atendida en {clinic} por {dr(pa, 'PA-C')}. La reclamación llegó a "
           f"{ADMIN} y no se pagó, porque la fecha de servicio es posterior al fin de su cobertura:", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Código", "Servicio", "Cobrado", "Pagado"],
                 [[c, s, f"${n2(a)}", "0.00"] for c, s, a in items] + [["", "Total de la reclamación", usd(total),
                                                                        "0.00"]],
                 [W * k / 100 for k in (13, 55, 17, 15)], ["L", "L", "R", "R"], size=8.4, bold_rows=(len(items),))
    p.bar("Lo que puede hacer", 9.0)
    p.bullets([
        f"Continuación de cobertura: su hija puede elegir seguir en el plan pagando la prima completa. Para hacerlo "
        f"debe enviar el formulario de elección dentro de 60 días a partir del {es_date(ended)}. Si lo elige a tiempo, "
        "la cobertura sigue sin interrupción y la reclamación se procesará otra vez.",
        "Si su hija no puede mantenerse por sí misma por una discapacidad que empezó antes de los 26 años, envíenos "
        "el certificado médico; puede seguir cubierta como dependiente.",
        f"Si cree que esta decisión es un error, puede pedir una revisión de elegibilidad a la Junta dentro de 60 días "
        f"a partir de la fecha de esta carta. Escriba a: {BOARD}, {OFFICE}, {BOARD_ADDR[0]}, {BOARD_ADDR[1]}.",
    ], size=9)
    p.para("Su propia cobertura como jubilado y la de su esposa no cambian. Su contribución mensual se ajustará a la "
           "categoría jubilado más cónyuge a partir del mes siguiente.", 9)
    p.ln(1)
    sign(p, [sig, "Unidad de Elegibilidad", OFFICE, BOARD], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=BOARD, plan_id=PPO, group=g, member_id=dep, member_name=hija,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(nd),
              provider=dr(pa, "PA-C"), appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": BOARD_ALT, "member_id": [m], "provider": [clinic, pa]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_board_appeal(rng):
    member = people(rng, 1, "sr", sexes="F", used=USED)[0]
    surg, chair, rev = people(rng, 3, "rc", sexes="MFM", used=USED)
    hosp = "Vestby Regional Medical Center"
    group_name = "Northridge Surgical Associates"
    m = mid(rng)
    g = grp(rng)
    req = workday(dt.date(2026, 4, rng.randint(6, 10)))
    planned = workday(dt.date(2026, 6, rng.randint(8, 12)))
    first = workday(plus(req, 9))
    l1 = workday(dt.date(2026, 5, rng.randint(18, 22)))
    meet = workday(dt.date(2026, 7, rng.randint(13, 16)))
    dd = workday(plus(meet, rng.randint(3, 5)))
    pa = f"PA26{digits(rng, 6)}"
    l1no = f"SPA-{digits(rng, 6)}"
    apl = f"RHB-26-{digits(rng, 4)}"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=BOARD_FOOT,
                run_hdr=f"Final appeal decision {apl}  \u00b7  {first_last(member)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    board_head(p, rng, box="FINAL APPEAL DECISION")
    addr_block(p, [member, "95 Bluestem Hill Road", "Arnegard, OW 58290"], 9.2)
    p.sc_shaded([("Decision date", long(dd), 0.28), ("Board appeal no.", apl, 0.26), ("Member no.", m, 0.24),
                 ("Group", g, 0.22)], size=8.8)
    p.sc_shaded([("Prior approval request", f"{pa}\nreceived {slash(req)}", 0.28),
                 ("First-level appeal", f"{l1no}\ndecided {slash(l1)}", 0.26),
                 ("Requested surgery date", slash(planned), 0.24), ("Plan", PPO, 0.22)], size=8.8)
    p.side_prov([("Requesting surgeon", [dr(surg, "MD, FACS"), group_name, f"at {hosp}"]),
                 ("Service", ["Laparoscopic sleeve gastrectomy (43775)", "inpatient, 1 to 2 days", "Bariatric program"])],
                size=8.2)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para_cols([
        f"The Board's Appeals Committee met on {long(meet)} to hear your appeal. You asked the Board to overturn "
        f"{BRAND.title()}'s refusal of the sleeve gastrectomy that {dr(surg, 'MD, FACS')} asked to perform. "
        f"{BRAND.title()} first refused the request on {long(first)} and kept that refusal at the first level of "
        f"appeal on {long(l1)}.",
        "What the Committee read: your letter and your husband's statement, the surgeon's letter, your weight "
        "records for the last two years, the notes of the dietitian and the psychologist, and the report of a "
        "surgeon outside the plan who reviewed the file for the Board.",
        "What the plan requires: the Retiree Benefits Summary covers weight-loss surgery when the body mass index is "
        "40 or more, or 35 or more with a serious related illness, AND the member has taken part in a supervised "
        "weight-management program for six months in a row within the two years before the request.",
        "What the Committee found: your body mass index was 37.8 and your records show high blood pressure, so the "
        "first part is met. The records show four dietitian visits between October and January, then none until "
        "the week of the request. That is not six months in a row of supervised care.",
        "The Committee's decision: the refusal stands. The surgery is not medically necessary under the plan's "
        "criteria at this time. This decision does not say that surgery is wrong for you. If you complete six "
        "months of supervised care, your surgeon may send a new request.",
        "This is the Board's final decision. No further appeal is available inside the Retiree Health Program.",
    ], size=8.7)
    p.add_page()
    p.bar("Your rights after this decision", 9.0)
    p.para("You may ask for an external review by an independent review organization. Your request must be filed "
           "within four months after you receive this letter. Send it to the Ordenwald Department of Insurance, "
           "External Review Unit. An independent doctor who had no part in this decision will review your file, "
           "and the plan must follow that decision.", 9.0)
    p.para("You may ask for free copies of every document the Committee relied on, including the outside surgeon's "
           "report and the plan's criteria for weight-loss surgery.", 9.0)
    p.ln(2)
    p.signers([chair, "Chair, Appeals Committee", BOARD], [dr(rev, "MD"), "Medical Advisor to the Board",
                                                           "did not take part in the first decisions"], size=8.6)
    p.para(f"cc: {dr(surg, 'MD, FACS')}, {group_name}; {ADMIN}", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=BOARD, plan_id=PPO, group=g, member_id=m,
              member_name=member, cases=[apl, pa, l1no], claim_amount=None, service_dates=[iso(planned)],
              denial_date=iso(dd), provider=dr(surg, "MD, FACS"), appeal_deadline=None,
              alternates={"insurer": BOARD_ALT, "case_numbers": [[apl], [apl, pa], [apl, l1no]],
                          "provider": [group_name, hosp], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_approval(rng):
    member = people(rng, 1, "sr", sexes="M", used=USED)[0]
    surg, crna, nurse = people(rng, 3, "rc", sexes="FMF", used=USED)
    hosp = "Trask Junction Community Hospital"
    m = mid(rng)
    g = grp(rng)
    ld = workday(dt.date(2026, 5, rng.randint(18, 22)))
    planned = workday(plus(ld, rng.randint(24, 30)))
    pa = f"PA26{digits(rng, 6)}"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="PRIOR APPROVAL - APPROVED")
    addr_block(p, [member, "1604 Elmwood Trail", "Trask Junction, OW 58362"], 9.4)
    p.run_line([[("Date", long(ld), "dash")],
                [("Approval no", pa, "dash"), ("Member", m, "dash")],
                [("Group", g, "dash"), ("Plan No", PPO, "dash")],
                [("Approved service", "Total knee replacement, left (27447)", "dash")],
                [("Approved stay", "up to 2 inpatient days", "dash")],
                [("Planned date", slash(planned), "dash"), ("Valid through", slash(plus(planned, 90)), "dash")]],
               size=9.2)
    p.side_prov([("Surgeon", [dr(surg, "MD"), "Cottonwood Orthopedic Clinic", f"at {hosp}"]),
                 ("Anesthesia", ["Tolna Anesthesia Associates, PC", dr(crna, "CRNA")]),
                 ("Facility", [hosp, "inpatient"])], size=8.2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para("Your surgeon asked the Retiree Health Program to approve a total replacement of your left knee. We "
           "reviewed the X-rays and the notes from your physical therapy and injections and approved the surgery, "
           "the anesthesia and up to two days in the hospital.", 9.4)
    p.para("Please keep this letter. An approval is not a promise of payment if your coverage ends before the "
           "surgery (for example, if your monthly retiree contribution is not paid) or if a different surgery is "
           "done. If the date moves past the 'valid through' date, your surgeon must call us.", 9.2)
    p.para("Your deductible and 20% coinsurance apply. Estimate for your share: about $1,100.00 to $1,600.00, "
           "depending on what the hospital bills.", 9.2)
    p.para("Nothing in this letter refuses any service. You do not need to do anything.", 9.4)
    p.ln(1)
    sign(p, [dr(nurse, "RN"), "Prior Approval Nurse", ADMIN])
    t = truth("other", None, insurer=ADMIN, plan_id=PPO, group=g, member_id=m, member_name=member, cases=[pa],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld), provider=dr(surg, "MD"),
              appeal_deadline=None,
              alternates={"insurer": ADMIN_ALT, "service_dates": [[]], "provider": [surg, hosp,
                                                                                   "Cottonwood Orthopedic Clinic"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_stack(rng):
    # (i) the Board's notice of new monthly retiree contributions (denies nothing)
    member = people(rng, 1, "sr", sexes="F", used=USED)[0]
    sig = people(rng, 1, "rc", sexes="M", used=USED)[0]
    m = mid(rng)
    g = grp(rng)
    nd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    eff = dt.date(2026, 7, 1)
    pension = f"OPERS {digits(rng, 7)}"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=BOARD_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    board_head(p, rng, box="NOTICE OF RETIREE CONTRIBUTION")
    addr_block(p, [member, "3310 Kulm Court", "Vestby, OW 58404"], 9.4)
    p.run_line([[("Notice date", long(nd), "gap")], [("Member ID", m, "none"), ("Group", g, "none")],
                [("Plan No", f"{HDHP}   Retiree high-deductible plan", "gap")],
                [("Pension account", pension, "gap"), ("Years of state service", "22", "gap")]], size=9.0, gap_w=26)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Board has set new monthly contributions for the Retiree Health Program, effective {long(eff)}. "
           "Your share depends on your years of state service and on who is covered. The Board pays the rest of the "
           "premium.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Years of service", "Board pays", "Retiree only", "Retiree + spouse", "Family"],
                 [["10 - 14", "50%", "$412.00", "$868.00", "$1,126.00"],
                  ["15 - 19", "65%", "$288.40", "$607.60", "$788.20"],
                  ["20 - 24", "80%", "$164.80", "$347.20", "$450.40"],
                  ["25 or more", "90%", "$82.40", "$173.60", "$225.20"]],
                 [W * k / 100 for k in (22, 16, 20, 22, 20)], ["L", "R", "R", "R", "R"], size=8.4)
    p.sc_shaded([("Your coverage", "Retiree only", 0.34), ("Your new monthly contribution", "$164.80", 0.33),
                 ("Taken from pension check starting", slash(eff), 0.33)], size=9.0)
    p.para("You do not need to do anything. The amount will be taken from your monthly pension payment. If your "
           "pension payment is ever too small to cover the contribution, we will bill you; coverage ends if a bill "
           "is not paid by the end of the 30-day grace period.", 9.0)
    p.para("Example: a retiree with 17 years of service who covers a spouse pays $607.60 a month starting in July.",
           8.6)
    p.para("This notice does not change your benefits and does not refuse any claim.", 9.0)
    sign(p, [sig, "Director", OFFICE])
    notice = out(p)
    notice_t = truth("other", None, insurer=BOARD, plan_id=HDHP, group=g, member_id=m, member_name=member,
                     denial_date=iso(nd), alternates={"insurer": BOARD_ALT, "plan_id": [None]})
    # (ii) the administrator's letter paying an inpatient stay as observation
    pt = people(rng, 1, "sr", sexes="M", used=USED)[0]
    att, hospi, rev = people(rng, 3, "rc", sexes="FMM", used=USED)
    hosp = "Arnegard Memorial Hospital"
    m2_ = mid(rng)
    g2 = grp(rng)
    adm = workday(dt.date(2026, 2, rng.randint(9, 13)))
    dis = plus(adm, 2)
    ln = workday(plus(dis, rng.randint(26, 32)))
    clm = claim_no(rng, plus(dis, 6))
    rv = f"UM-{digits(rng, 7)}"
    lines = [("0450", "Emergency room", 1864.00), ("0300", "Laboratory", 1122.40), ("0324", "Chest X-ray", 318.00),
             ("0250", "Pharmacy", 640.75), ("0410", "Respiratory services", 786.00),
             ("0120", "Room and board, semi-private, 2 days", 4980.00)]
    total = sum(x[2] for x in lines)
    q = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                run_hdr=f"{last_first(pt)}  \u00b7  claim {clm}  \u00b7  page {{n}}")
    q.set_margins(18, 16, 18)
    q.add_page()
    admin_head(q, rng, box="NOTICE OF PAYMENT DECISION")
    addr_block(q, [pt, "48 Rolette Road", "Arnegard, OW 58291"], 9.2)
    q.run_line([[("Date", wday_long(ln), "gap")], [("Member ID", m2_, "none"), ("Group", g2, "none")],
                [("Plan No", PPO, "gap")], [("Claim", clm, "dash"), ("Review", rv, "dash")]], size=9.0, gap_w=16)
    q.side_prov([("Attending", [dr(att, "MD"), "Arnegard Internal Medicine", f"at {hosp}"]),
                 ("Billing facility", [hosp, f"NPI {npi(rng)}"]),
                 ("Admitting (ER)", [dr(hospi, "DO"), "Emergency Department"])], size=8.2)
    q.para(f"Dear {first_last(pt)}:", 9.4)
    q.para(f"You were at {hosp} from {long(adm)} to {long(dis)} for shortness of breath from a flare of chronic "
           "bronchitis. The hospital billed the stay as an inpatient admission. Our nurse and a physician reviewer "
           "read the records.", 9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Rev", "Service", "Billed"], [[r, s, n2(a)] for r, s, a in lines] + [["", "Total billed",
                                                                                          usd(total)]],
                 [W * k / 100 for k in (12, 66, 22)], ["L", "L", "R"], size=8.2, bold_rows=(len(lines),))
    q.bar("What we decided", 9.0)
    q.para("Your oxygen level stayed above 92% on two liters, you needed breathing treatments every four hours and "
           "no intravenous drugs after the first day. That care can be given safely in the hospital as observation, "
           "an outpatient service. We paid the stay as observation. The two inpatient room and board days are not "
           "paid as inpatient care. Your share is figured as an outpatient hospital visit.", 9.0)
    q.add_page()
    q.bar("If you disagree", 9.0)
    q.para("You or your doctor may appeal within 180 days of the date of this notice. Send any records that show "
           f"why you needed to be an inpatient to {ADMIN}, Retiree Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}. If we "
           f"keep our decision, you may ask the {BOARD} for a final review within 60 days of our appeal decision.",
           9.0)
    q.para("The hospital is a network hospital and may not bill you more than your outpatient share for this "
           "stay.", 9.0)
    q.ln(2)
    sign(q, [dr(rev, "MD"), "Physician Reviewer", ADMIN])
    loc = out(q)
    loc_t = truth("denial_letter", "level_of_care", insurer=ADMIN, plan_id=PPO, group=g2, member_id=m2_,
                  member_name=pt, cases=[clm, rv], claim_amount=m2(total), service_dates=[f"{iso(adm)}/{iso(dis)}"],
                  denial_date=iso(ln), provider=dr(att, "MD"), appeal_deadline=iso(plus(ln, 180)),
                  alternates={"insurer": ADMIN_ALT, "case_numbers": [[clm]], "claim_amount": [m2(4980.00)],
                              "provider": [hosp, att],
                              "service_dates": [[iso(adm), iso(dis)], [iso(adm), iso(plus(adm, 1))]]},
                  denial_alternates=["medical_necessity"])
    return [(notice, notice_t), (loc, loc_t)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_eob_hearing_aids_not_covered", "born_digital", [bd_eob(rng)]),
        Item(f"{f}_faxstd_remit_coverage_ended", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(f"{f}_faxstd_iv_iron_no_prior_approval", "fax_standard_g4", [faxstd_iron(rng)]),
        Item(f"{f}_lowres_es_hija_cumplio_26", "scan_lowres_150", [lowres_es_aged_out(rng)]),
        Item(f"{f}_photocopy_board_appeal_bariatric_upheld", "photocopy", [photocopy_board_appeal(rng)]),
        Item(f"{f}_photo_knee_prior_approval_granted", "phone_photo", [photo_approval(rng)]),
        Item(f"{f}_scan300_stack_contribution_then_observation", "scan_clean_300", scan300_stack(rng),
             separators=["blank", None], turns={(1, 1): 90}),
    ]
