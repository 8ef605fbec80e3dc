"""An invented health plan for textile mill weavers, spinners, doffers, loom fixers and maintenance crews: the Warp &
Weft Health Plan of the Carding Hill Textile Workers Health & Welfare Fund (Board of Trustees), a member of the
Carding Hill Labor-Management Benefit Trusts, administered by Reedhall Administrators, LLC. Its invented rules:
coverage for a calendar quarter needs 60 shift credits (one per shift worked) in the quarter before it, a short
quarter can be bridged by a self-payment mailed before the quarter starts; plan WW410 for weave-room, spinning and
doffing crews, WW420 for loom fixers and maintenance; each mill has a group number M-03xx; hearing aids once every
48 months with an audiologist's test; fitting and ear molds paid only with aids the plan pays; pulmonary
rehabilitation for cotton dust lung disease only with precertification; care inside the ShoalsCare network except
emergencies; injuries at work go to the mill's workers' compensation carrier first; devices for tinnitus that are
not shown to work are investigational; NCCI bundling for audiometry; member appeals within 180 days, provider
appeals within 90. Plan, fund, administrator, towns, mills, clinics, people, numbers, amounts and rules are invented;
CPT/HCPCS/ICD-10/CARC codes are real; phones 555.

Documents (8 in 7 files):
- faxstd_family_eob_hearing_aids_within_48_months: a standard-fax two-page family EOB to a loom fixer: four claims of
  himself, his wife and their son in a table broken across the pages with a carried subtotal; his hearing aids,
  fitting and ear molds pay 0.00 under HA4 / HA6, explained only in a two-column key on page 2 with look-alike and
  unused codes; run-in captions ("Member ID ... Group ..." on one line).
- faxstd_urgent_care_short_shift_credits: a standard-fax two-page letter refusing a weaver's urgent care visit in May
  because the first quarter had 51 shift credits (a month-by-month table, a bridge payment offer as decoys).
- scan_stack_loom_injury_comp_then_rehab_approved: a clean-scan stack: a two-page letter sending a
  loom fixer's crushed-finger emergency claim to the mill's workers' compensation carrier (page 2 upside down), a
  blank separator, and the precertification approval of his wife's pulmonary rehabilitation (denies nothing).
- finefax_pulmonary_rehab_no_precert: a fine-fax letter refusing eight pulmonary rehabilitation sessions done
  without precertification; captions in small capitals over shaded boxes; an approved breathing-test
  precertification as decoy.
- phone_es_hand_surgeon_out_of_network: a photographed Spanish letter refusing a wife's carpal tunnel release by a
  hand surgeon outside the ShoalsCare network.
- photocopy_tinnitus_device_investigational: a photocopied pre-service letter refusing a bimodal tinnitus device as
  investigational; prose in two columns.
- rotated_audiometry_bundled_provider_notice: a rotated provider notice from the administrator (its own REEDHALL
  wordmark with "LLC") refusing pure-tone and speech audiometry billed with comprehensive audiometry.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famre import (ERSheet, abbr, caps, dd_mon, digits, dmy_long, es_date, es_short, first_last, iso,
                               last_first, long, m2, mdy_dash, mon_caps, n2, npi, out, people, phone, phone_bare,
                               plus, slash, surname, tin, tollfree, truth, usd, usd_es, yy)

FAMILY = ("warp_and_weft_health_plan_weavers_loom_fixers_hearing_aid_interval_shift_credits"
          "_loom_injury_comp_first_rehab_precert_hand_surgeon_network_tinnitus_audiometry_refusals")
LANG = "en"
SEED = 355174
PLAN = "Warp & Weft Health Plan"
FUND = "Carding Hill Textile Workers Health & Welfare Fund"
BOARD = f"Board of Trustees of the {FUND}"
TPA = "Reedhall Administrators, LLC"
PARENT = "a member of the Carding Hill Labor-Management Benefit Trusts"
PLAN_ALT = ["Warp & Weft", FUND, BOARD]
ADDR = "PO Box 3318, Harrow Shoals, NC 28199"
TPA_ADDR = "1140 Spinning Row, Millbrace, NC 28198"
MILLS = {"M-0312": "Sleyworth Mills, Weave Room", "M-0327": "Broadloom Mills No. 3", "M-0339": "Osnaburg Textile Co."}
USED: set = set()


def mno(rng) -> str:
    return f"WFT{digits(rng, 7)}"


def claim(rng) -> str:
    return f"RA26{digits(rng, 8)}"


def precert(rng) -> str:
    return f"PC-26-{digits(rng, 5)}"


def head(p: ERSheet, rng, box: str | None = None, es: bool = False):
    if es:
        right = [ADDR, f"Servicios al miembro {tollfree(rng, '855')}", "TTY 711", "warpweft.example"]
        tag = "cobertura de salud para quienes mantienen los telares en marcha"
        parent = "miembro de los Carding Hill Labor-Management Benefit Trusts"
        admin = f"administrado por {TPA}"
    else:
        right = [ADDR, f"Member services {tollfree(rng, '855')}", f"Fax {phone(rng, '704')}", "warpweft.example"]
        tag = "health coverage for the people who keep the looms running"
        parent = PARENT
        admin = f"administered by {TPA}"
    p.crest_head("Warp & Weft", tag, right, sub="Health Plan", parent=parent, admin=admin, box=box, size=22,
                 spacing=0.4)


def foot(form: str, es: bool = False) -> str:
    if es:
        return f"{PLAN}  \u00b7  Patrocinador: {BOARD}  \u00b7  {form}"
    return f"{PLAN}  \u00b7  Sponsor: {BOARD}  \u00b7  {form}"


def addr(rng, name: str, town: str = "Harrow Shoals, NC 28197") -> list[str]:
    streets = ["Mill Village Rd", "Bobbin Street", "Card Room Ave", "Shuttle Lane", "Doffer Court", "Picker House Rd",
               "Spool Hill Dr", "Warp Street"]
    return [name, f"{rng.randint(11, 2980)} {rng.choice(streets)}", town]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_eob(rng):
    """Family EOB: a loom fixer's hearing aids (HA4), fitting and ear molds (HA6) pay 0.00; the rest paid."""
    sub_ = people(rng, 1, "mw", sexes="M", used=USED)[0]
    wife = people(rng, 1, "mw", sexes="F", used=USED, last=surname(sub_))[0]
    son = people(rng, 1, "mw", sexes="M", used=USED, last=surname(sub_))[0]
    aud, pulm, ped, aud2 = people(rng, 4, "mc", sexes="FMFM", used=USED)
    num = mno(rng)
    grp, plan = "M-0327", "WW420"
    sd = dt.date(2026, 6, 5)
    hc = "Harrow Shoals Hearing Center"
    ha_d = dt.date(2026, 5, 20)
    c1, c2, c3, c4 = claim(rng), claim(rng), claim(rng), claim(rng)
    fx = dt.date(2026, 6, 9)
    xm = (f"{slash(fx)}  14:{rng.randint(10, 59)}  {phone_bare(rng, '704')}  LOCAL 1187 BENEFITS DESK  "
          f"PAGE {{n}} OF {{t}}")
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("WW-EOB-2 (01/2026)"), xmit=xm, xmit_total=2,
                run_hdr=f"Member ID {num}   Statement {slash(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(addr(rng, sub_.upper(), "Cardwell Falls, NC 28196"), 9.6)
    p.run_ids([[("Member ID", "", num), ("Group", "", grp)], [("Plan No", "gap", plan)],
               [("Statement", "-", long(sd))], [("Mill", "", MILLS[grp])]], size=9.0, cap=7.8, pair_gap=6,
              x=p.l_margin + W * 0.5)
    p.set_y(max(p.get_y(), y0 + 22) + 2)
    p.f(10, "B")
    p.cell(0, 5, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.para("This statement shows claims the plan processed for you and your family since your last statement. "
           "Notes in the last column are explained in the key on the next page.", 8.4)
    aud_rows = [(slash(dt.date(2026, 5, 6)), "Hearing test, complete", "92557", 145.00, 48.20, 96.80, 0.00, 25.00,
                 71.80, 25.00, "CO-45 PR-3"),
                (slash(dt.date(2026, 5, 6)), "Tympanometry", "92567", 48.00, 16.10, 31.90, 0.00, 0.00, 31.90, 0.00,
                 "CO-45")]
    ha_rows = [(slash(ha_d), "Hearing aids, both ears", "V5261", 4680.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, "HA4"),
               (slash(ha_d), "Fitting and orientation", "V5011", 240.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, "HA6"),
               (slash(ha_d), "Ear molds (2)", "V5275", 90.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, "HA6")]
    pulm_rows = [(slash(dt.date(2026, 5, 12)), "Office visit", "99214", 236.00, 82.40, 153.60, 0.00, 35.00, 118.60,
                  35.00, "CO-45 PR-3"),
                 (slash(dt.date(2026, 5, 12)), "Breathing test", "94060", 212.00, 91.70, 120.30,
                  0.00, 0.00, 120.30, 0.00, "CO-45")]
    ped_rows = [(slash(dt.date(2026, 5, 18)), "Well child visit", "99393", 198.00, 61.00, 137.00, 0.00, 0.00,
                 137.00, 0.00, "CO-45"),
                (slash(dt.date(2026, 5, 18)), "Tdap vaccine", "90715", 64.00, 12.40, 51.60, 0.00,
                 0.00, 51.60, 0.00, "CO-45")]

    def rows_of(rs):
        return [[d, s, c, n2(b), n2(dc), n2(a), n2(de), n2(cp), n2(pd), n2(yo), nt]
                for d, s, c, b, dc, a, de, cp, pd, yo, nt in rs]

    def tot(rs):
        return ("bold", ["", "Claim total", "", n2(sum(r[3] for r in rs)), n2(sum(r[4] for r in rs)),
                         n2(sum(r[5] for r in rs)), n2(sum(r[6] for r in rs)), n2(sum(r[7] for r in rs)),
                         n2(sum(r[8] for r in rs)), n2(sum(r[9] for r in rs)), ""])
    rows = [("span", f"Claim {c1}   {sub_} ({num})   {hc}  \u00b7  {aud2}, AuD"), *rows_of(aud_rows), tot(aud_rows),
            ("gap",),
            ("span", f"Claim {c2}   {sub_} ({num})   {hc}  \u00b7  {aud}, AuD"), *rows_of(ha_rows), tot(ha_rows),
            ("gap",), ("break",),
            ("span", f"Claim {c3}   {wife} ({num}-02)   Cardwell Falls Lung Clinic  \u00b7  Dr. {pulm}, MD"),
            *rows_of(pulm_rows), tot(pulm_rows), ("gap",),
            ("span", f"Claim {c4}   {son} ({num}-03)   Millbrace Pediatrics  \u00b7  {ped}, NP"),
            *rows_of(ped_rows), tot(ped_rows)]
    p.carry_table(["Date", "Service", "Code", "Billed", "Network discount", "Allowed", "Deduct-ible", "Copay",
                   "Plan paid", "You owe", "Notes"],
                  [16, 36, 12, 17, 17, 16, 14, 13, 16, 14, W - 171], ["L", "L", "L", "R", "R", "R", "R", "R", "R",
                                                                      "R", "L"],
                  rows, size=7.6, row_h=4.5, carry=(1, 8),
                  cont_strip=f"Explanation of benefits for {sub_}, continued", zebra=False)
    allr = aud_rows + ha_rows + pulm_rows + ped_rows
    p.f(8.6, "B")
    p.cell(0, 5, f"Statement totals  billed ${sum(r[3] for r in allr):,.2f}   plan paid "
                 f"{sum(r[8] for r in allr):,.2f}   you may owe ${sum(r[9] for r in allr):,.2f}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.other_cov("Your 2026 deductible and out-of-pocket", [("Family deductible", "$600.00 met in full"),
                                                           ("Out-of-pocket so far", "$1,184.20 of $6,000.00")],
                cap_w=50, size=8.2)
    p.legend_flow("Key to notes", [
        ("CO-45", "Network discount. The provider agreed to this price; you do not owe the difference."),
        ("PR-3", "Copay. Pay this amount to the provider."),
        ("PR-1", "Deductible. Pay this amount to the provider."),
        ("HA4", "Hearing aids are covered once every 48 months. The plan paid hearing aids for this person within "
                "the last 48 months."),
        ("HA6", "Fitting, ear molds and batteries are paid only with hearing aids the plan pays for."),
        ("HA14", "The $2,400 hearing aid allowance for the pair has been used; the rest is yours."),
        ("H4A", "No audiologist's hearing test on file before the hearing aids."),
        ("HA5", "Over-the-counter hearing aids are not covered."),
        ("W1", "Injury at work: the mill's workers' compensation carrier pays first."),
        ("P7", "No precertification on file for this service."),
        ("96", "Not a covered service under your plan."),
        ("97", "Included in the payment for another service that day."),
    ], ncols=2, size=7.4, gap=5, code_w=11)
    p.heading("Questions or appeals", 9.6)
    p.para(f"Call member services at {tollfree(rng, '855')}. If you disagree with how a claim was paid, you or "
           "someone you name may appeal within 180 days of the date of this statement. Write to the Appeals "
           f"Committee, {PLAN}, {ADDR}, and include the claim number.", 8.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=plan, group=grp, member_id=num, member_name=sub_,
              cases=[c2], claim_amount=m2(sum(r[3] for r in ha_rows)), service_dates=[iso(ha_d)],
              denial_date=iso(sd), provider=aud, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [hc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_shift_credits(rng):
    """A weaver's urgent care visit in May: the first quarter had 51 shift credits, 60 needed."""
    mem = people(rng, 1, "mw", sexes="F", used=USED)[0]
    pa, rep = people(rng, 2, "mc", sexes="MF", used=USED)
    num = mno(rng)
    grp, plan = "M-0312", "WW410"
    dos = dt.date(2026, 5, 8)
    ld = dt.date(2026, 5, 29)
    cl = claim(rng)
    uc = "Millbrace Urgent Care, PLLC"
    amt = 268.00
    fx = dt.date(2026, 6, 1)
    xm = f"{mon_caps(fx)} 08:{rng.randint(10, 59)}  WARP&WEFT ELIG UNIT  {phone_bare(rng, '704')}  P.{{n}}/{{t}}"
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("WW-EL-4 (01/2026)"), xmit=xm, xmit_total=2)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(addr(rng, mem, "Millbrace, NC 28198"), 9.8)
    p.run_ids([[("Member ID", "", num), ("Group", "", grp)], [("Plan No", "gap", plan)], [("Claim", "-", cl)],
               [("Letter date", "", slash(ld))]], size=9.2, cap=7.8, pair_gap=6, x=p.l_margin + W * 0.5)
    p.set_y(max(p.get_y(), y0 + 24) + 3)
    p.subject_line("You did not have coverage on the date of this visit")
    p.para(f"Dear {first_last(mem)}:", 9.6)
    p.para(f"We received a claim from {uc} for your visit on {long(dos)} (office visit 99213, a breathing "
           f"treatment 94640 and the medicine J7613). The claim billed {usd(amt)}. We cannot pay it.", 9.4)
    p.prov_side([("Rendering", [f"{pa}, PA-C", "Millbrace Urgent Care", "ShoalsCare network"]),
                 ("Billing", [uc, f"NPI {npi(rng)}", f"TIN {tin(rng)}"])])
    p.heading("Why", 10)
    p.para("Coverage for a calendar quarter is earned by working at least 60 shifts in the quarter before it. "
           "Each shift you work is one shift credit. Sleyworth Mills reported these credits for you:", 9.4)
    p.wrap_table(["Month worked", "Shift credits", "Last payroll of the month", "Coverage quarter"],
                 [["January 2026", "19", slash(dt.date(2026, 1, 30)), "April to June 2026"],
                  ["February 2026", "14", slash(dt.date(2026, 2, 27)), "April to June 2026"],
                  ["March 2026", "18", slash(dt.date(2026, 3, 27)), "April to June 2026"],
                  ["Total", "51 of 60", "", "not earned"]], [W * 0.26, W * 0.2, W * 0.28, W * 0.26], size=8.8,
                 bold_last=True)
    p.para(f"On {slash(dt.date(2026, 3, 20))} we mailed you a bridge payment notice. A payment of $486.00 "
           "received by March 31 would have kept your coverage from April 1 through June 30, 2026. We did not "
           "receive it. Your coverage can start again July 1, 2026 if you work 60 shifts from April through June.",
           9.2)
    p.add_page()
    p.heading("If you think this is wrong", 10.5)
    p.cols([[("Appeal", "You may appeal within 180 days after the date of this letter. Send the Appeals Committee "
                        f"a letter and your pay stubs for January to March to {ADDR}."),
             ("Missing shifts", "If you were on paid leave, jury duty or a mill shutdown week, those days may count. "
                                "Ask the mill's payroll office for a corrected report.")],
            [("Help", f"Call {tollfree(rng, '855')}, Monday to Friday, 6:30 a.m. to 6:30 p.m. (we open early for "
                      "the first shift)."),
             ("The provider", "Millbrace Urgent Care may bill you for this visit. Tell them you are appealing.")]],
           size=8.8, gap=6)
    p.ln(2)
    p.para(f"Sincerely,\n\n{rep}\nEligibility Unit, {PLAN}", 9.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=plan, group=grp, member_id=num, member_name=mem,
              cases=[cl], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=pa,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [uc, "Millbrace Urgent Care"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_stack(rng):
    """A loom fixer's crushed fingers at work: comp first; then his wife's pulmonary rehab approved."""
    mem = people(rng, 1, "mw", sexes="M", used=USED)[0]
    wife = people(rng, 1, "mw", sexes="F", used=USED, last=surname(mem))[0]
    erdoc, rep, dpt, pulm, rn = people(rng, 5, "mc", sexes="FMFMF", used=USED)
    num = mno(rng)
    grp, plan = "M-0327", "WW420"
    inj = dt.date(2026, 4, 14)
    ld = dt.date(2026, 5, 4)
    cl = claim(rng)
    lid = f"L{ld:%y%m%d}-{digits(rng, 3)}"
    hosp = "Cardwell Falls Memorial Hospital"
    amt = 6912.40
    wc = f"TMC-26-{digits(rng, 6)}"
    pa = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("WW-CL-WC (01/2026)"))
    pa.set_margins(18, 14, 18)
    pa.add_page()
    head(pa, rng)
    W = pa.w - pa.l_margin - pa.r_margin
    pa.set_y(pa.addr_block(addr(rng, mem, "Cardwell Falls, NC 28196"), 9.8) + 6)
    pa.cap_row([("Claim no. - Letter ID", f"{cl} - {lid}", 0.36), ("Member ID / Group", f"{num} / {grp}", 0.3),
                ("Plan", plan, 0.12), ("Date", dmy_long(ld), 0.22)])
    pa.ln(4)
    pa.subject_line("Your injury at the mill: workers' compensation pays first")
    pa.para(f"Dear {first_last(mem)}:", 9.6)
    pa.para(f"We received a claim from {hosp} for emergency care on {long(inj)}: X-rays of the left hand (73130), "
            "treatment of broken index and middle fingers (26720) and repair of a cut (12002). The claim billed "
            f"${n2(amt)}. The emergency record says your left hand was caught between the cloth roll and the "
            "take-up motion of a loom while you were fixing it at Broadloom Mills No. 3.", 9.2)
    pa.prov_side([("Treating physician", [f"Dr. {erdoc}, MD", "Emergency Medicine", hosp]),
                  ("Billing / facility", [hosp, "Emergency Department", f"NPI {npi(rng)}"])])
    pa.para("The plan does not pay for an injury that happens at work. Your employer's workers' compensation "
            "carrier must decide the claim first. If the carrier denies it in writing, send us the denial and we "
            "will look at the claim again under your plan benefits (Summary Plan Description, section 9.4).", 9.2)
    pa.other_cov("Workers' compensation information we have", [
        ("Carrier", "Tallant Mutual Casualty Co."), ("Carrier claim no.", wc),
        ("Mill report", f"OSHA 300 log case 26-{rng.randint(10, 40):03d}  \u00b7  incident report "
                        f"BM3-{digits(rng, 4)}")], cap_w=52, size=8.6)
    pa.add_page()
    pa.heading("What to do now", 10.5)
    pa.bullets(["Give the hospital the carrier claim number above so it can bill Tallant Mutual.",
                "Keep the bills the hospital sends you; do not pay them while the carrier decides.",
                "If you also see a hand surgeon or therapist for this injury, tell them it happened at work."], 9.2)
    pa.heading("Appeal", 10.5)
    pa.para("If you believe the injury did not happen at work, you may appeal within 180 days of the date of this "
            f"letter. Write to the Appeals Committee, {PLAN}, {ADDR}.", 9.2)
    pa.para(f"Sincerely,\n{rep}\nClaims Coordination, {PLAN}", 9.2)
    pa.para(f"cc: {MILLS[grp]}, Human Resources", 8.4)
    ta = truth("denial_letter", "other", insurer=PLAN, plan_id=plan, group=grp, member_id=num, member_name=mem,
               cases=[cl], claim_amount=m2(amt), service_dates=[iso(inj)], denial_date=iso(ld), provider=erdoc,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": PLAN_ALT, "case_numbers": [[cl, lid]], "provider": [hosp]})

    pc = precert(rng)
    ad = dt.date(2026, 4, 20)
    start, end = dt.date(2026, 5, 4), dt.date(2026, 7, 31)
    fac = "Cardwell Falls Pulmonary Rehabilitation"
    pb = ERSheet(footer=None, ids_foot=foot("WW-UM-AP (01/2026)"))
    pb.set_margins(18, 14, 18)
    pb.add_page()
    head(pb, rng, box="PRECERTIFICATION APPROVED")
    W = pb.w - pb.l_margin - pb.r_margin
    pb.set_y(pb.addr_block(addr(rng, wife, "Cardwell Falls, NC 28196"), 9.8) + 6)
    pb.sc_shaded([("Precert no.", pc, 0.22), ("Patient", wife, 0.3), ("Member ID", f"{num}-02", 0.26),
                  ("Approved", slash(ad), 0.22)])
    pb.para(f"Dear {first_last(wife)}:", 9.6)
    pb.para("We approved the care below. The approval is for the patient, service and dates shown, and you must "
            "be covered by the plan on each date.", 9.2)
    pb.wrap_table(["Service", "Code", "Sessions", "From", "Through"],
                  [["Pulmonary rehabilitation with exercise (byssinosis, J66.0)", "G0424", "18", slash(start),
                    slash(end)]], [W - 20 - 18 - 26 - 26, 20, 18, 26, 26], size=8.8)
    pb.prov_side([("Rendering", [f"{dpt}, DPT", fac]), ("Ordering", [f"Dr. {pulm}, MD", "Cardwell Falls Lung Clinic"]),
                  ("Plan / group", [f"{plan} / {grp}", MILLS[grp]])])
    pb.para("Please show this letter at your first session. Your copay is $20.00 a session. This is not a bill.",
            9.0)
    pb.para(f"{rn}, RN  \u00b7  Care Management  \u00b7  {PLAN}", 8.8)
    tb = truth("other", None, insurer=PLAN, plan_id=plan, group=grp, member_id=f"{num}-02", member_name=wife,
               cases=[pc], claim_amount=None, service_dates=[iso(start)], denial_date=iso(ad), provider=dpt,
               appeal_deadline=None,
               alternates={"insurer": PLAN_ALT, "member_id": [num], "case_numbers": [[]],
                           "service_dates": [[], [f"{iso(start)}/{iso(end)}"]], "provider": [fac, pulm]})
    return [(out(pa), ta), (out(pb), tb)]


# ---------------------------------------------------------------------------------------------------------------
def finefax_rehab_no_precert(rng):
    """Eight pulmonary rehab sessions done without the precertification the plan asks for."""
    mem = people(rng, 1, "mw", sexes="M", used=USED)[0]
    rrt, pulm, rep = people(rng, 3, "mc", sexes="FMF", used=USED)
    num = mno(rng)
    grp, plan = "M-0339", "WW410"
    days = [dt.date(2026, 3, d) for d in (2, 4, 6, 9, 11, 13, 16, 18)]
    ld = dt.date(2026, 4, 22)
    cl = claim(rng)
    pft = precert(rng)
    fac = "Harrow Shoals Hospital, Cardiopulmonary Rehab"
    amt = 186.00 * len(days)
    fx = dt.date(2026, 4, 23)
    xm = (f"{slash(fx)} 11:{rng.randint(10, 59)}AM  WARP & WEFT CLAIMS  FAX {phone_bare(rng, '704')}  -> "
          f"{phone_bare(rng, '704')}  PG {{n}}/{{t}}")
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=foot("WW-CL-PA-2 (01/2026)"), xmit=xm, xmit_total=1)
    p.set_margins(16, 13, 16)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block(addr(rng, mem, "Harrow Shoals, NC 28197"), 9.6) + 5)
    p.sc_shaded([("Letter date", abbr(ld), 0.2), ("Claim no.", cl, 0.24), ("Member ID", num, 0.2),
                 ("Plan", plan, 0.14), ("Group", grp, 0.14)])
    p.subject_line("Pulmonary rehabilitation: no precertification")
    p.para(f"Dear {first_last(mem)}:", 9.4)
    p.para(f"We received a claim for eight sessions of pulmonary rehabilitation (G0424) at {fac} for your cotton "
           f"dust lung disease (byssinosis, J66.0). The claim billed {usd(amt)}. We cannot pay it.", 9.2)
    half = len(days) // 2
    p.wrap_table(["Session", "Date", "Code", "Billed", "Session", "Date", "Code", "Billed"],
                 [[str(i + 1), slash(days[i]), "G0424", "186.00", str(i + 1 + half), slash(days[i + half]), "G0424",
                   "186.00"] for i in range(half)] + [["", "", "", "", "", "Total", "", n2(amt)]],
                 [W / 8] * 8, size=8.6, aligns=["L", "L", "L", "R", "L", "L", "L", "R"], bold_last=True)
    p.prov_side([("Rendering", [f"{rrt}, RRT", fac]), ("Ordering", [f"Dr. {pulm}, DO", "Shoals Lung & Sleep"]),
                 ("Mill / group", [MILLS[grp], grp])])
    p.para("Pulmonary rehabilitation needs precertification before the first session (Summary Plan Description, "
           "section 5.2). Neither you nor the rehab program asked us. The only precertification on file for you is "
           f"{pft}, for breathing tests on {slash(dt.date(2026, 2, 17))}; it does not cover rehabilitation.", 9.2)
    p.para("Because the rehab program is in the ShoalsCare network, it should have asked us first and may not bill "
           "you for these sessions. If more sessions are planned, the program can ask for precertification now; "
           "approved sessions after that date can be paid.", 9.2)
    p.para("You may appeal within 180 days of the date of this letter. Send it to the Appeals Committee, "
           f"{PLAN}, {ADDR}, with any record that an approval was asked for.", 9.2)
    p.para(f"{rep}, Claims Review, {PLAN}", 8.8)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=plan, group=grp, member_id=num,
              member_name=mem, cases=[cl], claim_amount=m2(amt), service_dates=[iso(d) for d in days],
              denial_date=iso(ld), provider=rrt, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [fac, pulm, "Harrow Shoals Hospital"],
                          "service_dates": [[f"{iso(days[0])}/{iso(days[-1])}"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_oon(rng):
    """Spanish: a wife's carpal tunnel release by a hand surgeon outside the ShoalsCare network."""
    mem = people(rng, 1, "es", sexes="M", used=USED)[0]
    wife = people(rng, 1, "es", sexes="F", used=USED, last=surname(mem))[0]
    surg, rep = people(rng, 2, "mc", sexes="MF", used=USED)
    num = mno(rng)
    grp, plan = "M-0312", "WW410"
    dos = dt.date(2026, 5, 21)
    ld = dt.date(2026, 6, 10)
    cl = claim(rng)
    ctr = "Bellwood Crossing Hand & Upper Limb Center"
    amt = 3940.00
    p = ERSheet(footer=None, ids_foot=foot("WW-CL-ON-SP (01/2026)", es=True))
    p.set_margins(16, 13, 16)
    p.add_page()
    head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block(addr(rng, mem, "Harrow Shoals, NC 28197"), 9.6) + 4)
    p.cap_row([("Fecha", es_date(ld), 0.26), ("N.º de reclamación", cl, 0.26),
               ("Paciente - N.º de miembro", f"{wife} - {num}-02", 0.48)], shade=True)
    p.ln(3)
    p.cap_row([("Plan", plan, 0.2), ("Grupo", grp, 0.2), ("Fecha del servicio", es_short(dos), 0.3),
               ("Cargos", usd_es(amt), 0.3)])
    p.ln(3)
    p.subject_line("No pagamos esta cirugía: el cirujano no está en la red ShoalsCare")
    p.para(f"Estimado {first_last(mem)}:", 9.2)
    p.para(f"Recibimos una reclamación de {ctr}, en Bellwood Crossing, Carolina del Sur, por la cirugía del túnel "
           f"carpiano de la mano derecha de su esposa (CPT 64721), el {es_date(dos)}.", 9.0)
    p.prov_side([("Cirujano", [f"Dr. {surg}, MD", "Cirugía de la mano", ctr]),
                 ("Facturó", [ctr, "fuera de la red ShoalsCare"])], size=8.4)
    p.para("El plan solo paga atención de proveedores de la red ShoalsCare, salvo emergencias. Esta cirugía fue "
           "programada y no fue una emergencia. No aprobamos una excepción antes de la cirugía. Por eso no pagamos "
           "la reclamación.", 9.0)
    p.other_cov("Cirujanos de la mano en la red ShoalsCare", [
        ("Piedmont Hand Associates", f"Harrow Shoals  \u00b7  {phone(rng, '704')}"),
        ("Cardwell Falls Orthopaedics", f"Cardwell Falls  \u00b7  {phone(rng, '704')}")], cap_w=60, size=8.2)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba al Appeals Committee, "
           f"{PLAN}, {ADDR}. Si ningún cirujano de la red podía atenderla a tiempo, díganoslo en su apelación.",
           8.8)
    p.para(f"{rep}  \u00b7  Servicios al miembro  \u00b7  {tollfree(rng, '855')}", 8.4)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=plan, group=grp, member_id=f"{num}-02",
              member_name=wife, cases=[cl], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=surg, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "member_id": [num], "provider": [ctr]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_tinnitus(rng):
    """A bimodal tinnitus device for a weaver with noise-induced hearing loss: investigational."""
    mem = people(rng, 1, "mw", sexes="F", used=USED)[0]
    ent, aud, md_dir = people(rng, 3, "mc", sexes="MFM", used=USED)
    num = mno(rng)
    grp, plan = "M-0339", "WW410"
    got = dt.date(2026, 6, 12)
    ld = dt.date(2026, 6, 23)
    fit = dt.date(2026, 7, 8)
    audio = dt.date(2026, 6, 2)
    rv = precert(rng)
    prac = "Foothills Ear, Nose & Throat, P.A."
    p = ERSheet(serif=True, footer="Page {n} of {nb}", ids_foot=foot("WW-UM-EX (01/2026)"))
    p.set_margins(20, 15, 20)
    p.add_page()
    head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(addr(rng, mem, "Osnaburg, NC 28195"), 9.8)
    yb = p.kv_box([("Date", caps(ld)), ("Review", rv), ("Member ID", num), ("Plan / Group", f"{plan} / {grp}")],
                  p.l_margin + W * 0.52, y0, W * 0.48, cap_w=30, size=8.6)
    p.set_y(max(p.get_y(), yb) + 6)
    p.subject_line("Request for a tinnitus treatment device: not approved")
    p.para(f"Dear {first_last(mem)}:", 9.6)
    p.para(f"On {slash(got)} Dr. {ent}, MD, of {prac} asked us to approve a bimodal neuromodulation device for "
           f"your ringing in the ears (tinnitus, H93.13) with a fitting by {aud}, AuD, on {long(fit)}. Your "
           f"hearing test of {slash(audio)} shows the noise-related hearing loss common after years in a weave "
           "room.", 9.4)
    p.cols([[("Our decision",
              "We cannot approve the device. The plan does not cover treatment that is experimental or "
              "investigational. Devices that pair sound with mild electrical pulses to the tongue have been "
              "studied in small groups for a short time; the studies do not yet show that the benefit lasts or "
              "that they work better than sound therapy and counseling."),
             ("Who decided", f"Dr. {md_dir}, an ear, nose and throat doctor who reviews for the plan, read the "
                             "request and the office notes.")],
            [("What the plan covers",
              "Hearing tests, hearing aids once every 48 months (many have a tinnitus sound setting), and visits "
              "with an audiologist or counselor for tinnitus."),
             ("Appeal", "You or your doctor may appeal within 180 days of the date of this letter. Send the "
                        f"appeal and any studies to the Appeals Committee, {PLAN}, {ADDR}. You may ask for the "
                        "criteria we used, free of charge.")]], size=9.0, gap=7)
    p.para(f"Sincerely,\n{PLAN}, Care Management\ncc: Dr. {ent}; {aud}, AuD", 9.2)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=plan, group=grp, member_id=num,
              member_name=mem, cases=[rv], claim_amount=None, service_dates=[iso(fit)], denial_date=iso(ld),
              provider=ent, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [prac, aud], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_bundling(rng):
    """Pure-tone and speech audiometry billed with comprehensive audiometry the same day."""
    mem = people(rng, 1, "mw", sexes="M", used=USED)[0]
    aud, rep = people(rng, 2, "mc", sexes="FM", used=USED)
    num = mno(rng)
    grp, plan = "M-0327", "WW420"
    dos = dt.date(2026, 5, 27)
    ld = dt.date(2026, 6, 12)
    cl = claim(rng)
    prac = "Piedmont Hearing & Balance, PLLC"
    lines = [("92557", "Comprehensive audiometry", 145.00, 96.80, "Paid"),
             ("92552", "Pure tone audiometry, air", 62.00, 0.00, "Denied - 97 / N19"),
             ("92553", "Pure tone audiometry, air and bone", 78.00, 0.00, "Denied - 97 / N19"),
             ("92567", "Tympanometry", 48.00, 31.90, "Paid")]
    amt = sum(x[2] for x in lines)
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=f"{TPA} is the claims administrator for the {PLAN}, "
                                                    f"sponsored by the {BOARD}.")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.crest_head("Reedhall", "benefit administration for union and multiemployer funds",
                 [TPA_ADDR, f"Provider line {tollfree(rng, '866')}", f"Fax {phone(rng, '704')}"],
                 legal="LLC", sub="Administrators", parent=f"claims administrator for the {PLAN}",
                 box="PROVIDER CLAIM NOTICE", size=24, spacing=2.2)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block([prac, f"Attn: {aud}, AuD", "72 Spindle Creek Road", "Harrow Shoals, NC 28197"], 9.6) + 5)
    p.under([(mdy_dash(ld), "notice date"), (cl, "claim no."), (last_first(mem), "patient"), (num, "member ID"),
             (f"{plan} / {grp}", "plan / group")], [W * 0.16, W * 0.22, W * 0.26, W * 0.18, W * 0.18], size=8.8)
    p.para(f"Date of service {dd_mon(dos)}. Rendering audiologist {aud}, AuD. Billing provider {prac}, "
           f"NPI {npi(rng)}.", 8.8)
    p.wrap_table(["Code", "Description", "Billed", "Paid", "Result"],
                 [[c, d_, n2(b), n2(pd), r] for c, d_, b, pd, r in lines] +
                 [["", "Claim total", n2(amt), n2(sum(x[3] for x in lines)), ""]],
                 [18, W - 18 - 24 - 24 - 44, 24, 24, 44], size=8.6, aligns=["L", "L", "R", "R", "L"],
                 bold_last=True)
    p.para("97: the benefit for this service is included in the payment for another service on the same day. "
           "N19: a procedure code is part of a more complete code billed on the same date. Codes 92552 and 92553 "
           "are parts of 92557 under the national correct coding edits; the plan pays them only as part of 92557. "
           "The member may not be billed for the denied lines.", 8.6)
    p.para("Provider appeals: send a written appeal or a corrected claim within 90 days of the date of this notice "
           f"to {TPA}, Provider Appeals, {TPA_ADDR}. A corrected claim must show frequency code 7 and our claim "
           "number.", 8.6)
    p.para(f"{rep}, Provider Claims Unit", 8.6)
    t = truth("denial_letter", "coding_error", insurer=TPA, plan_id=plan, group=grp, member_id=num, member_name=mem,
              cases=[cl], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=aud,
              appeal_deadline=iso(plus(ld, 90)),
              alternates={"insurer": ["Reedhall Administrators", "Reedhall", PLAN], "claim_amount": ["140.00"],
                          "provider": [prac]},
              type_alternates=["eob"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_faxstd_family_eob_hearing_aids_within_48_months", "fax_standard_g4", [faxstd_eob(rng)]),
        Item(f"{f}_faxstd_urgent_care_short_shift_credits", "fax_standard_g4", [faxstd_shift_credits(rng)]),
        Item(f"{f}_scan_stack_loom_injury_comp_then_rehab_approved", "scan_clean_300",
             scan_stack(rng), separators=["blank", None], turns={(0, 1): 180}),
        Item(f"{f}_finefax_pulmonary_rehab_no_precert", "fax_fine_g4", [finefax_rehab_no_precert(rng)]),
        Item(f"{f}_phone_es_hand_surgeon_out_of_network", "phone_photo", [phone_es_oon(rng)]),
        Item(f"{f}_photocopy_tinnitus_device_investigational", "photocopy", [photocopy_tinnitus(rng)]),
        Item(f"{f}_rotated_audiometry_bundled_provider_notice", "rotated", [rotated_bundling(rng)]),
    ]
