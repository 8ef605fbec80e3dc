"""An invented health plan for high-rise window cleaners, facade crews and rope-access technicians: the Belaystone Height
Trades Health Plan, sponsored by the Board of Trustees of the Belaystone Height Trades Welfare Trust (a multiemployer
trust) and run by its claims administrator Cupola Benefit Administrators, LLC. Eligibility is contract-based: a
contributing employer reports the hours each member works on a covered building contract, a month with 80 credited
contract hours gives coverage for the month after it, and coverage ends at the end of the month after the last
credited month. The plan excludes injuries at paid work (workers' compensation pays first) and fitness-for-duty or
certification exams an employer, building owner or certification body requires; it needs precertification for MRI
and uses a network. Employers Spirehaven Facade Services, Inc., Tideglass Window Cleaning Co. and Hawksmere Rope
Access Ltd.; groups WC-2281, WC-2290, RA-3306; member numbers "BH" + seven digits; plan IDs BHT-CORE / BHT-PLUS.
Every person, provider, building, contract, number, remark code (P1, FX, ...) and rule is invented; phones 555;
CPT / HCPCS codes as themselves.

Documents (8 in 7 files):
- born_digital: a two-page member EOB of three claims (urgent care, physiotherapy, an occupational health clinic); the
  functional capacity evaluation line on the third claim is refused by remark code FX only, explained in a two-column
  legend that lists codes used on no line; "Group/Member No." owns two numbers; a running header on page 2.
- fax_standard_g4: a concurrent-review letter to a hospital and the member: a stay after suspension trauma in a
  harness is covered as observation, not inpatient (level of care); fax line on every page, a received stamp.
- fax_fine_g4 stack: an employer safety office's fax cover, the plan's letter refusing an emergency visit after a fall
  from a bosun's chair at work (workers' compensation first; page 2 upside down), the plan's contract-credit statement
  (denies nothing).
- scan_lowres_150 (Spanish): physiotherapy after the building contract ended and coverage ran out (eligibility).
- photocopy: a pre-service refusal of a PRP injection for a shoulder tendon (investigational), captions under values.
- fax_standard_g4: IV hydration at a drip lounge after heat exhaustion refused as out of network; "Contract - Claim" in
  one box; billing, rendering and ordering providers side by side.
- scan_clean_300: an appeal decision upholding the refusal of a lumbar MRI done without precertification.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqb import (EQSheet, abbr, digits, dmy, dmy_dash, es_date, fax_cover, fax_line, flat, iso, long,
                               n2, plus, short_md, slash, upper, usd, wday, ymd_slash, yy)
from public_kit import m2, out, truth

FAMILY = ("belaystone_rope_access_window_cleaning_health_plan_contract_credit_eligibility_fitness_exam_harness_stay_"
          "work_fall_prp_drip_lounge_mri_refusals")
LANG = "en"
SEED = 355161
PLAN = "Belaystone Height Trades Health Plan"
TRUST = "Belaystone Height Trades Welfare Trust"
TPA = "Cupola Benefit Administrators, LLC"
PLAN_ALT = ["Belaystone", "Belaystone Height Trades Welfare Trust", "Board of Trustees of the Belaystone Height "
            "Trades Welfare Trust", TPA, "Cupola Benefit Administrators"]
LEGAL = ("The Belaystone Height Trades Health Plan is sponsored by the Board of Trustees of the Belaystone Height Trades "
         "Welfare Trust, a multiemployer trust. Claims, reviews and appeals are administered for the Trustees by "
         "Cupola Benefit Administrators, LLC, PO Box 7741, Spanwick, WR 30418. The Plan is self-funded; it is not "
         "insurance.")
LEGAL_ES = ("El Belaystone Height Trades Health Plan lo patrocina la Junta de Síndicos del Belaystone Height Trades "
            "Welfare Trust. Cupola Benefit Administrators, LLC, PO Box 7741, Spanwick, WR 30418, administra los "
            "reclamos y las apelaciones para los Síndicos.")
RIGHT = ["Member Services 1-888-555-0148", "TTY 711", "Fax (503) 555-0162", "belaystoneplan.example"]
SPIRE, TIDE, HAWK = "Spirehaven Facade Services, Inc.", "Tideglass Window Cleaning Co.", "Hawksmere Rope Access Ltd."


def bh(rng: random.Random) -> str:
    return "BH" + digits(rng, 7)


def claim_no(rng: random.Random, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{digits(rng, 5)}"


def spaced(p: EQSheet, tagline: str, initials: str = "BH", ring: bool = True, lines: list[str] | None = None):
    p.spaced_head("Belaystone", PLAN, tagline, RIGHT, initials=initials, ring=ring, size=18,
                  lines=lines or ["PO Box 7741, Spanwick, WR 30418"])


def split(p: EQSheet, tagline: str, right: list[str] | None = None, under: list[str] | None = None):
    p.split_head("BELAYSTONE", "HEIGHT TRADES HEALTH PLAN", tagline, right or RIGHT, initials="B", size=15,
                 under=under or ["PO Box 7741, Spanwick, WR 30418"])


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    mem = "Caspian R. Sealby"
    sd = dt.date(2026, 5, 22)
    mid = bh(rng)
    stmt = f"EOB-{sd.strftime('%y%m%d')}-{digits(rng, 6)}"
    contract = f"HRA-{digits(rng, 4)}"
    uc_dr, pt_, oh_dr = "Odette L. Cheeseman", "Rhys Fawcett", "Aurelio M. Hardcastle"
    UC, PTC, OHC = "Amphlett Street Urgent Care", "Stoneywell Physiotherapy", "Tewson Occupational Health Clinic"
    d1, d2, d3, d4 = dt.date(2026, 4, 14), dt.date(2026, 4, 28), dt.date(2026, 5, 5), dt.date(2026, 5, 8)
    c1, c2, c3 = claim_no(rng, plus(d1, 6)), claim_no(rng, plus(d3, 4)), claim_no(rng, plus(d4, 5))
    head = ["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"]
    W0 = 215.9 - 28
    widths = [22, 15, 58, 20, 20, 20, 18, W0 - 173]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "C"]
    claims = [
        (c1, UC, (f"Dr. {uc_dr}", UC, "self-referred"),
         [(d1, "12002", "Repair of skin cut, 2.6-7.5 cm", 315.00, 214.80, 184.80, 30.00, "P1"),
          (d1, "90715", "Tetanus-diphtheria-pertussis shot", 78.00, 52.40, 52.40, 0.00, "P3")]),
        (c2, PTC, (f"{pt_}, DPT", PTC, f"Dr. {uc_dr}"),
         [(d2, "97161", "Physical therapy evaluation", 190.00, 118.60, 94.88, 23.72, "P4"),
          (d3, "97110", "Therapeutic exercise, 3 units", 165.00, 102.30, 81.84, 20.46, "P4"),
          (d3, "97140", "Manual therapy, 1 unit", 62.00, 38.10, 30.48, 7.62, "P4")]),
        (c3, OHC, (f"Dr. {oh_dr}", OHC, f"Dr. {uc_dr}"),
         [(d4, "99213", "Office visit, established", 168.00, 121.40, 91.40, 30.00, "P1"),
          (d4, "97750", "Functional capacity evaluation, 8 units", 480.00, 0.00, 0.00, 480.00, "FX")]),
    ]
    rows, bold = [], set()
    tot = [0.0] * 4
    for cn, prov, (rend, bill, refr), lines in claims:
        rows.append([f"Claim {cn}   \u00b7   {prov}"] + [""] * 7)
        rows.append([f"   Rendering: {rend}   |   Billing: {bill}   |   Referring: {refr}"] + [""] * 7)
        ct = [0.0] * 4
        for d, code, desc, b, a, pd, yo, rm in lines:
            rows.append([slash(d), code, desc, n2(b), n2(a), n2(pd), n2(yo), rm])
            for k, v in enumerate((b, a, pd, yo)):
                ct[k] += v
        bold.add(len(rows))
        rows.append(["", "", "Claim total", n2(ct[0]), n2(ct[1]), n2(ct[2]), n2(ct[3]), ""])
        tot = [x + y for x, y in zip(tot, ct)]
    billed3 = sum(x[3] for x in claims[2][3])
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_hdr=f"BELAYSTONE HEIGHT TRADES HEALTH PLAN  \u00b7  {mem}  \u00b7  {mid}  \u00b7  Statement {stmt}  "
                        f"\u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    spaced(p, "Health cover for rope access, facade and window cleaning crews")
    W = p.w - p.l_margin - p.r_margin
    p.bar("EXPLANATION OF BENEFITS  \u2014  THIS IS NOT A BILL", right=f"Statement date {slash(sd)}")
    y0 = p.get_y()
    p.address_block([mem, "88 Gantry Row, Unit 14", "Spanwick WR 30421"], 9.6, y=y0 + 1)
    p.set_xy(p.l_margin + W * 0.42, y0)
    yb = p.label_col([("Statement no.", stmt), ("Employer", HAWK), ("Contract credit", f"{contract}, 164 hours in "
                      f"March 2026"), ("Covered through", "06/30/2026")], p.l_margin + W * 0.42, y0, W * 0.58, 30,
                     size=8.4, h=4.5)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    p.cap_boxes([[("Member", mem, 0.3), ("Group/Member No.", f"RA-3306 / {mid}", 0.3), ("Plan", "BHT-CORE", 0.16),
                  ("Statement date", long(sd), 0.24)]])
    p.small("This statement shows claims we processed since your last statement. Remark codes are explained after the "
            "table. \"You owe\" is what the provider may bill you. Keep it with your records.", 7.8)
    p.run_table(head, rows, widths, aligns=aligns, size=7.8, row_h=5.0, bold_rows=bold, foot_room=52)
    p.set_font("Sans", "B", 8.4)
    p.cell(0, 5, f"Totals this statement:  billed {usd(tot[0])}   plan paid {usd(tot[2])}   you owe {usd(tot[3])}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.f(8.2)
    p.cell(0, 4.4, "Your 2026 deductible: $250.00 met.  Out-of-pocket so far: $611.80 of $4,500.00.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.add_page()
    p.legend_cols("Remark codes (the Plan's full list; only the codes in the Remark column apply to you)", [
        ("P1", "Paid after your office or urgent care copay."),
        ("P3", "Preventive shot, paid in full."),
        ("P4", "Paid at 80% after the deductible; you owe 20% coinsurance."),
        ("EL", "No contract credit for the month before the date of service; you were not covered that day."),
        ("FX", "Not covered. The Plan does not pay for exams, tests or evaluations that an employer, building owner "
               "or certification body requires to start, keep or go back to a job, or to renew a rope-access or "
               "suspended-platform card, including functional capacity evaluations for that purpose."),
        ("LT", "Claim received more than 365 days after the date of service."),
        ("NP", "MRI, CT or surgery done without the precertification the Plan requires."),
        ("ON", "Provider is not in the Plan's network and the service was not emergency care."),
        ("WC", "Injury at paid work; workers' compensation pays first. Send us its decision."),
        ("VL", "Visit limit for the year reached (30 physical therapy visits)."),
    ], n=2, size=7.4, code_w=7)
    p.heading("If you disagree", 9.6)
    p.para("You may appeal any denied service. Your written appeal must reach Cupola Benefit Administrators within 180 "
           "days of the date of this statement. Write to Belaystone Appeals, PO Box 7745, Spanwick, WR 30418, and "
           "include the claim number. For example, if a line billed at $200.00 is denied, you may owe the $200.00 "
           "until the appeal is decided.", 8.4)
    p.heading("Other things to know", 9.6)
    p.columns([
        ("Contract credit", "Your coverage for a month comes from the hours your employer reports on covered building "
         "contracts in the month before. Check the hours on your contract credit statement."),
        ("Work injuries", "Tell your employer about any injury at work the same day. Workers' compensation pays first "
         "for it; the Plan pays only after a written denial from the carrier."),
        ("Language help", "Espa\u00f1ol: llame al 1-888-555-0148 para ayuda gratis. Polski, Portugu\u00eas and "
         "Tagalog help is free at the same number."),
        ("Fraud", "If a statement lists care you did not get, call the Plan's fraud line, 1-888-555-0150."),
    ], n=2, size=8.2)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id="BHT-CORE", group="RA-3306", member_id=mid, member_name=mem,
              cases=[c3], claim_amount=m2(billed3), service_dates=[iso(d4)], denial_date=iso(sd), provider=OHC,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["480.00"],
                          "provider": [f"Dr. {oh_dr}", oh_dr]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_harness_stay(rng):
    mem = "Anselm D. Vaisey"
    att = "Benedikt O. Uffindell"
    HOSP = "Mintlaw General Hospital"
    nurse, md = "Corliss Gulliford", "Sabine Ockleford"
    ld = dt.date(2026, 6, 2)
    sent = dt.date(2026, 6, 2)
    stamped = dt.date(2026, 6, 3)
    a, b = dt.date(2026, 5, 27), dt.date(2026, 5, 29)
    got = dt.date(2026, 5, 28)
    mid = bh(rng)
    ref = f"UR-26-05-{digits(rng, 4)}"
    letter_id = f"BLT-{digits(rng, 7)}"
    job = digits(rng, 4)
    incident = f"SFS-IR-{digits(rng, 4)}"
    fl = fax_line(sent, "16:47", "BELAYSTONE UM", "(503) 555-0163", "MINTLAW GEN UR 5035550187", job)
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL, fax_hdr=fl,
                run_hdr=f"{mem}  \u00b7  UM ref. {ref}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 15, 17)
    p.add_page()
    spaced(p, "Utilization Management  \u00b7  Hospital Review", initials="BH", ring=False)
    W = p.w - p.l_margin - p.r_margin
    p.stamp(["RECEIVED", upper(stamped), "MINTLAW GENERAL \u00b7 UR"], p.l_margin + W - 58, p.get_y() + 1, w=54,
            angle=5)
    y0 = p.get_y() + 2
    p.address_block([f"{HOSP}, Utilization Review", "1150 Signal Hill Road", "Spanwick WR 30425"], 9.4, y=y0)
    p.address_block([f"and to: {mem}", "305 Sheerlegs Court", "Spanwick WR 30427"], 9.4, y=y0 + 17)
    p.set_xy(p.l_margin, y0 + 34)
    p.cap_boxes([[("Letter date", abbr(ld), 0.24), ("Group/Member No.", f"WC-2281 / {mid}", 0.4),
                  ("UM ref. / Auth request", ref, 0.36)],
                 [("Patient", mem, 0.4), ("Admitted", slash(a), 0.2), ("Discharged", slash(b), 0.2),
                  ("Letter ID", letter_id, 0.2)]])
    p.set_font("Sans", "", 7.4)
    p.cell(30, 4.2, "Attending physician:")
    p.set_font("Sans", "B", 9)
    p.cell(0, 4.2, f"Dr. {att}", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 30)
    p.set_font("Sans", "", 8.4)
    p.cell(0, 4.2, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("Sans", "B", 12)
    p.multi_cell(W, 6, "Notice of adverse benefit determination: the stay is covered as observation care, not as an "
                 "inpatient admission", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"{HOSP} asked us on {slash(got)} to approve an inpatient admission for {mem.split()[0]} "
           f"{mem.split()[-1]}, who was brought in on {long(a)} after hanging in his harness for about 20 minutes when "
           "his fall arrest stopped a slip on a facade job (employer incident report "
           f"{incident}). He went home on {long(b)}.", 9.2)
    p.heading("Our decision", 10.4)
    p.para("**The inpatient level of care is not approved. The whole stay is approved as outpatient observation "
           "care.**", 9.4)
    p.heading("Why", 10.4)
    p.para("The records show he was awake and talking on arrival, his blood pressure was normal after the first hour, "
           "and his muscle enzyme (CK) rose to 4,200 U/L with normal kidney tests on both days. He was treated with IV "
           "fluids, blood tests every 8 hours and heart monitoring. This care can be given safely in an observation "
           "unit; he did not need services that only an inpatient unit gives. Under the Plan's hospital level of "
           "care criteria (policy BHT-UM-07), this stay meets observation, not inpatient, criteria. "
           f"Dr. {md}, a board-certified emergency physician, made this decision.", 9.0)
    p.para("This is not a decision that the care was not needed. The hospital will be paid at the observation rate; "
           "your share follows the outpatient benefit.", 9.0)
    p.add_page()
    p.heading("Your appeal rights", 11, rule=True)
    p.columns([
        ("Appeal", "You, your doctor or the hospital may appeal this decision. The appeal must be filed within 180 "
         "days of the date of this letter. Send it to Belaystone Appeals, PO Box 7745, Spanwick, WR 30418, or fax "
         "(503) 555-0164."),
        ("Urgent appeal", "If the patient is still in the hospital or waiting could seriously harm health, an "
         "urgent appeal is decided within 72 hours."),
        ("External review", "After the final internal decision you may ask for an independent external review "
         "within 4 months."),
        ("Talk to the reviewer", f"Dr. {att.split()[-1]} may call Dr. {md.split()[-1]} at (503) 555-0165 by "
         f"{abbr(plus(ld, 5))} to discuss the case."),
        ("Records", "You may ask for free copies of the records and the criteria used."),
        ("Cost example", "Observation care is paid like other outpatient care: 80% after the deductible. For "
         "example, on a $10,000.00 allowed amount the Plan pays $8,000.00."),
    ], n=2, size=8.6)
    p.signature(["Utilization Management", "Cupola Benefit Administrators, LLC", f"for the {PLAN}"], 9,
                script=f"{nurse}, RN")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group="WC-2281", member_id=mid, member_name=mem,
              cases=[ref], service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {att}", att],
                          "service_dates": [[iso(a), iso(b)], [iso(a)]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_work_fall(rng):
    mem = "Dagny E. Gatenby"
    edr = "Saoirse N. Eastabrook"
    HOSP = "Quarrell Memorial Hospital"
    safety, rep = "Yannick Westlake", "Marta Yarde"
    dos = dt.date(2026, 4, 30)
    got = dt.date(2026, 5, 6)
    ld = dt.date(2026, 5, 14)
    due = dt.date(2026, 11, 10)
    stamped = dt.date(2026, 5, 19)
    fax_day = dt.date(2026, 5, 21)
    sd = dt.date(2026, 5, 15)
    mid = bh(rng)
    cn = claim_no(rng, got)
    wc = f"HMC-26-{digits(rng, 6)}"
    froi = f"FROI {digits(rng, 6)}"
    contract = f"TWC-{digits(rng, 4)}"
    job = digits(rng, 4)
    fl = fax_line(fax_day, "11:26", "TIDEGLASS SAFETY", "(503) 555-0171", "LOCAL 412 BENEFITS 5035550179", job)
    cover = fax_cover("Tideglass Window Cleaning Co.", ["Safety & Training Office  \u00b7  40 Slipway Lane, "
                                                         "Spanwick, WR 30422", "Phone (503) 555-0170"],
                      "Facsimile", [("To:", f"Window Cleaners & Rope Access Local 412 - {rep}, benefits rep"),
                                    ("Fax:", "(503) 555-0179"), ("From:", f"{safety}, safety coordinator"),
                                    ("Date:", slash(fax_day)), ("Pages:", "4 (with cover)"),
                                    ("Re:", "D. Gatenby - health plan letters")],
                      [f"Marta, as discussed: Dagny's ER bill from the Quance Building fall on {short_md(dos)} was "
                       "turned down by Belaystone as a work injury. Our comp carrier has the claim open "
                       f"({wc}). Her plan coverage itself is fine - see the contract credit statement.",
                       "Please help her with the paperwork. - Y.W."], fax_hdr=fl, initials="TW",
                      checks=["Urgent", "Please review", "Please reply"], ticked=1, fax_tot=4)
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL, fax_hdr=fl, fax_off=1, fax_tot=4)
    p.set_margins(17, 15, 17)
    p.add_page()
    split(p, "Covering the people who work on the outside of buildings")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, "12 Cormorant Steps", "Spanwick WR 30424"], 9.6, y=y0 + 1)
    yb = p.label_col([("Date", long(ld)), ("Claim number", cn), ("Member ID", mid), ("Group", "WC-2290"),
                      ("Employer", TIDE)], p.l_margin + W * 0.5, y0, W * 0.5, 26, size=8.6, h=4.6)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    p.stamp(["TIDEGLASS SAFETY OFFICE", upper(stamped), "RECEIVED"], p.l_margin + 4, p.get_y(), w=58, angle=-4,
            size=8)
    p.set_xy(p.l_margin, p.get_y() + 20)
    p.set_font("Sans", "B", 12.5)
    p.cell(0, 7, "We cannot pay this claim: the injury happened at work", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_trio([("Billing provider", HOSP, f"Tax ID 93-{digits(rng, 7)}"),
                 ("Rendering provider", f"Dr. {edr}", "Emergency Department"),
                 ("Patient", mem, f"Member ID {mid}")])
    p.run_table(["Date of service", "Code", "Service", "Amount billed"],
                [[slash(dos), "99284", "Emergency department visit", n2(1286.00)],
                 [slash(dos), "70450", "CT head without contrast", n2(2140.40)],
                 [slash(dos), "72125", "CT cervical spine without contrast", n2(2486.00)],
                 ["", "", "Total billed", n2(5912.40)]], [32, 22, 90, W - 144], aligns=["L", "L", "L", "R"],
                size=8.6, bold_rows={3})
    p.para(f"Dear {mem.split()[0]} {mem.split()[-1]}:", 9.6)
    p.para(f"{HOSP} sent us a claim for your emergency visit on {long(dos)}. The records say you were hurt when your "
           f"bosun's chair dropped about two metres onto a setback roof while you were cleaning windows at the Quance "
           f"Building for {TIDE} (building contract {contract}).", 9.2)
    p.add_page()
    p.heading("Our decision", 10.4)
    p.para("**We denied the claim.** The Plan does not pay for an injury or illness that happens at, or because of, "
           "work for pay. Your employer's workers' compensation insurer pays for it first. Your employer reported the "
           f"injury ({froi}) to Hebditch Mutual Casualty Company, which opened claim {wc}.", 9.2)
    p.para("If the workers' compensation insurer denies the claim because it decides the injury was not work related, "
           "send us a copy of its written decision. We will then process the claim under the Plan's usual rules. "
           "You do not need to appeal to do this.", 9.2)
    p.heading("If you disagree", 10.4)
    p.para(f"You may appeal. We must receive your written appeal no later than {long(due)}. Send it to Belaystone "
           "Appeals, PO Box 7745, Spanwick, WR 30418. Include this letter and any papers that show the injury did "
           "not happen at work.", 9.2)
    p.small("Other help: Window Cleaners & Rope Access Local 412 benefits desk, (503) 555-0178. State workers' "
            "compensation ombudsman, 1-800-555-0124. A charge of $1,000.00 left unpaid by both payers may be billed "
            "to you by the hospital.", 7.8)
    p.signature(["Claims Department", "Cupola Benefit Administrators, LLC", f"for the {PLAN}"], 9)
    t3 = truth("denial_letter", "other", insurer=PLAN, group="WC-2290", member_id=mid, member_name=mem, cases=[cn],
               claim_amount="5912.40", service_dates=[iso(dos)], denial_date=iso(ld), provider=HOSP,
               appeal_deadline=iso(due),
               alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {edr}", edr]})
    doc_a = out(p)
    q = EQSheet(footer="Page {n} of {nb}", legal=LEGAL, fax_hdr=fl, fax_off=3, fax_tot=4)
    q.set_margins(17, 15, 17)
    q.add_page()
    spaced(q, "Eligibility  \u00b7  Contract credit statement", initials="BH")
    W = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    q.address_block([mem, "12 Cormorant Steps", "Spanwick WR 30424"], 9.6, y=y0)
    q.set_xy(q.l_margin, y0 + 18)
    q.cap_boxes([[("Statement date", dmy(sd), 0.22), ("Group/Member No.", f"WC-2290 / {mid}", 0.4),
                  ("Employer", TIDE, 0.38)]])
    q.set_font("Sans", "B", 12)
    q.cell(0, 7, "Your contract credit and coverage", new_x="LMARGIN", new_y="NEXT")
    q.para("Your employer reports the hours you work on each covered building contract. A month with at least 80 "
           "credited hours gives you coverage for the month after it.", 9)
    q.run_table(["Work month", "Building contract", "Hours credited", "Gives coverage for"],
                [["January 2026", f"{contract} Quance Building", "172.0", "February 2026"],
                 ["February 2026", f"{contract} Quance Building", "168.5", "March 2026"],
                 ["March 2026", f"{contract} Quance Building", "176.0", "April 2026"],
                 ["April 2026", f"{contract} Quance Building", "121.5", "May 2026"],
                 ["April 2026", "TWC-7707 Merrow Quay offices", "38.0", "(added to the line above)"]],
                [36, 64, 32, W - 132], size=8.6)
    q.para("**You are covered through 06/30/2026.** If May 2026 is credited with 80 hours or more, your coverage "
           "continues through July 31, 2026. This statement is for your information; it does not decide any claim.",
           9.2)
    q.small("Hours are credited from your employer's monthly report; a report received late may be credited up to 60 "
            "days later. Questions: Member Services, 1-888-555-0148.", 7.8)
    t4 = truth("other", None, insurer=PLAN, group="WC-2290", member_id=mid, member_name=mem, denial_date=iso(sd),
               alternates={"insurer": PLAN_ALT})
    return cover, [(doc_a, t3), (out(q), t4)]


# ------------------------------------------------------------------------------------------------------------------
def lowres_es_lapse(rng):
    mem = "Nazario P. Oyanguren"
    ther = "Itziar M. Lasagabaster"
    CLIN = "Centro de Fisioterapia Mugartegui"
    ld = dt.date(2026, 6, 9)
    v1, v2 = dt.date(2026, 5, 5), dt.date(2026, 5, 12)
    got = dt.date(2026, 5, 21)
    ends = dt.date(2026, 4, 30)
    selfpay = dt.date(2026, 7, 15)
    mid = bh(rng)
    cn = claim_no(rng, got)
    contract = f"SFS-{digits(rng, 4)}"
    lines = [(v1, "97110", "Ejercicio terapéutico, 3 unidades", 156.00), (v1, "97140", "Terapia manual, 1 unidad",
                                                                         50.00),
             (v2, "97110", "Ejercicio terapéutico, 3 unidades", 156.00), (v2, "97140", "Terapia manual, 1 unidad",
                                                                         50.00)]
    billed = sum(x[3] for x in lines)
    p = EQSheet(footer="Página {n} de {nb}", legal=LEGAL_ES)
    p.set_margins(17, 15, 17)
    p.add_page()
    split(p, "Cobertura para quienes trabajan por fuera de los edificios",
          right=["Servicios al Miembro 1-888-555-0148", "TTY 711", "belaystoneplan.example/es"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, "61 Calle del Andamio", "Spanwick WR 30428"], 9.6, y=y0)
    p.set_xy(p.l_margin, y0 + 18)
    p.set_font("Sans", "B", 12.5)
    p.cell(0, 7, "AVISO DE DENEGACIÓN DE RECLAMACIÓN", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([[("Fecha del aviso", es_date(ld), 0.28), ("Grupo/Número de miembro", f"WC-2281 / {mid}", 0.38),
                  ("Contrato - Reclamación", f"{contract} - {cn}", 0.34)]])
    p.set_font("Sans", "", 7.4)
    p.cell(34, 4.2, "Proveedor:")
    p.set_font("Sans", "B", 9)
    p.cell(0, 4.2, f"{CLIN} \u2014 Lic. {ther}, fisioterapeuta", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.run_table(["Fecha", "Código", "Servicio", "Cobrado"],
                [[es_date(d), c, s, n2(b)] for d, c, s, b in lines] + [["", "", "Total cobrado", n2(billed)]],
                [40, 20, 84, W - 144], aligns=["L", "L", "L", "R"], size=8.6, bold_rows={4})
    p.para(f"Estimado señor {mem.split()[-1]}:", 9.6)
    p.para(f"Recibimos el {es_date(got)} la reclamación de {CLIN} por sus sesiones de fisioterapia. **No podemos "
           "pagarla porque usted no tenía cobertura del Plan en esas fechas.**", 9.2)
    p.para(f"Su cobertura depende de las horas que su empleador, {SPIRE}, reporta en un contrato de edificio "
           f"cubierto. El contrato {contract} terminó el 31 de marzo de 2026 y no se reportaron horas después. Por "
           f"eso su cobertura terminó el {es_date(ends)}, al final del mes siguiente. Las sesiones del {es_date(v1)} y "
           f"del {es_date(v2)} fueron después de esa fecha.", 9.2)
    p.para(f"Puede elegir pagar la cobertura por su cuenta (pago propio) si lo pide antes del {es_date(selfpay)}. Si "
           "lo hace, enviaremos de nuevo esta reclamación a proceso.", 9.2)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Puede apelar por escrito dentro de 180 días a partir de la fecha de este aviso. Escriba a Belaystone "
           "Appeals, PO Box 7745, Spanwick, WR 30418. Incluya talones de pago o reportes de horas que muestren "
           "trabajo en un contrato cubierto en abril de 2026. Una revisión externa puede pedirse dentro de 4 meses "
           "después de la decisión final.", 9.2)
    p.signature(["Departamento de Elegibilidad y Reclamos", "Cupola Benefit Administrators, LLC",
                 f"para el {PLAN}"], 9)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group="WC-2281", member_id=mid, member_name=mem,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld),
              provider=CLIN, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [f"Lic. {ther}", ther,
                                                            "Centro de Fisioterapia Mugartegui - Lic. Itziar M. "
                                                            "Lasagabaster"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_prp(rng):
    mem = "Maelis K. Nuttycombe"
    dr = "Torvald J. Beddoes"
    CLIN = "Riddiford Sports & Spine Clinic"
    rev = "Ines Dodsworth"
    ld = dt.date(2026, 4, 21)
    got = dt.date(2026, 4, 13)
    planned = dt.date(2026, 5, 5)
    stamped = dt.date(2026, 4, 24)
    due = dt.date(2026, 10, 18)
    mri = dt.date(2026, 3, 19)
    mid = bh(rng)
    req = f"PC-26-04-{digits(rng, 4)}"
    dcn = f"DCN {digits(rng, 12)}"
    letter_id = f"BLT-{digits(rng, 7)}"
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL)
    p.set_margins(17, 15, 17)
    p.add_page()
    spaced(p, "Precertification  \u00b7  Medical Review", initials="BHT", ring=True)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, "7 Capstan Quay, Flat 3", "Spanwick WR 30426"], 9.6, y=y0 + 1)
    p.stamp(["RECEIVED", upper(stamped), "RIDDIFORD SPORTS & SPINE"], p.l_margin + W - 60, y0 + 1, w=58, angle=-6,
            size=8)
    p.set_xy(p.l_margin, y0 + 24)
    p.under_boxes([[(long(ld), "Date of this letter", 0.26), (f"HAWKSMERE RA-3306 / {mid}", "Group / Member ID", 0.4),
                    ("BHT-PLUS", "Plan", 0.14), (req, "Precert request no.", 0.2)],
                   [(f"Dr. {dr}", "Requesting physician", 0.34), (slash(planned), "Planned date", 0.18),
                    ("0232T + 76942", "Codes", 0.2), (dcn, "Document control no.", 0.28)]])
    p.set_font("Sans", "", 8.4)
    p.set_x(p.l_margin)
    p.cell(0, 4.2, f"Clinic: {CLIN}, 230 Pulley Street, Spanwick WR 30420", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("Serif", "B", 12.5)
    p.cell(0, 7, "We did not approve the platelet-rich plasma (PRP) injection", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {mem.split()[-1]}:", 9.6)
    p.para(f"On {slash(got)} Dr. {dr.split()[-1]} asked us to approve a platelet-rich plasma injection into your "
           f"right shoulder (supraspinatus tendon), with ultrasound guidance, planned for {long(planned)}. The request "
           f"says the shoulder has hurt for five months, an MRI on {slash(mri)} showed tendinopathy without a tear, and "
           "physical therapy helped only a little.", 9.2)
    p.heading("Our decision and the reason", 10.4)
    p.para("**We denied the request because PRP injection for tendon problems is investigational under the Plan.** "
           "The studies so far do not show that it works better than physical therapy or a steroid injection for "
           "rotator cuff tendinopathy. The Plan does not pay for experimental or investigational services (Plan "
           "document, section 9.3; medical policy BHT-MP-114, reviewed 01/15/2026).", 9.2)
    p.para(f"Dr. {rev}, a physical medicine and rehabilitation physician (license WR-{digits(rng, 5)}), reviewed "
           "the request. Other care for your shoulder, such as more physical therapy or a steroid injection, does not "
           "need our approval.", 9.2)
    p.heading("Your right to appeal", 10.4)
    p.columns([
        ("How to appeal", f"Send a written appeal to Belaystone Appeals, PO Box 7745, Spanwick, WR 30418. Your "
         f"appeal must be received by {long(due)}. Include this letter and any studies or notes you want us to "
         "read."),
        ("Fast appeal", "If your doctor says waiting could seriously harm your health, ask for an urgent appeal; we "
         "decide it within 72 hours."),
        ("External review", "Because this decision is about investigational care, you may ask for an external review "
         "by an independent reviewer within 4 months after the final appeal decision."),
        ("If you have it anyway", "If you have the injection without approval you may have to pay for it, for "
         "example $850.00."),
    ], n=2, size=8.6)
    p.signature(["Medical Review Department", "Cupola Benefit Administrators, LLC", f"for the {PLAN}"], 9)
    p.small(f"cc: Dr. {dr}, {CLIN}  \u00b7  Letter ID {letter_id}", 7.2)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id="BHT-PLUS", group="RA-3306", member_id=mid,
              member_name=mem, cases=[req], service_dates=[iso(planned)], denial_date=iso(ld), provider=dr,
              appeal_deadline=iso(due),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {dr}", CLIN], "group_number": ["HAWKSMERE RA-3306"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_drip(rng):
    mem = "Fintan G. Eggleton"
    rn, md = "Kaja Hext", "Lionel Goodship"
    BILL = "Furse Mobile Infusion, LLC"
    DBA = "Southwood Drip Lounge"
    dos = dt.date(2026, 6, 16)
    got = dt.date(2026, 6, 24)
    ld = dt.date(2026, 7, 7)
    sent = dt.date(2026, 7, 8)
    stamped = dt.date(2026, 7, 9)
    mid = bh(rng)
    cn = claim_no(rng, got)
    contract = f"TWC-{digits(rng, 4)}"
    job = digits(rng, 4)
    fl = fax_line(sent, "08:05", "BELAYSTONE CLAIMS", "(503) 555-0166", "LOCAL 412 5035550179", job)
    lines = [("96360", "IV hydration, first hour", 175.00), ("J7050", "Normal saline 250 cc, 4 units", 64.00),
             ("J2405", "Ondansetron injection, 1 mg x4", 38.00), ("A9270", "Vitamin add-on bag", 112.00)]
    billed = sum(x[2] for x in lines)
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL, fax_hdr=fl,
                run_foot=f"Member {mid}  \u00b7  Claim {cn}  \u00b7  Form BHT-CD-3 (01/2026)")
    p.set_margins(17, 15, 17)
    p.add_page()
    split(p, "Covering the people who work on the outside of buildings")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, "4 Skylight Mews", "Spanwick WR 30423"], 9.6, y=y0 + 1)
    p.stamp(["LOCAL 412", abbr(stamped).upper(), "BENEFITS DESK RECEIVED"], p.l_margin + W * 0.55, y0, w=56,
            angle=4, size=8)
    p.set_xy(p.l_margin, y0 + 22)
    p.cap_boxes([[("Date", f"{ld.day} {ld.strftime('%B')} {ld.year}", 0.2), ("Group/Member No.", f"WC-2290 / {mid}", 0.38),
                  ("Contract - Claim", f"{contract} - {cn}", 0.42)],
                 [("Patient", mem, 0.36), ("Date of service", dmy_dash(dos), 0.26), ("Amount billed", n2(billed),
                                                                                   0.38)]])
    p.prov_trio([("Billing provider", BILL, f"d/b/a {DBA}"), ("Rendering", f"{rn}, RN", DBA),
                 ("Ordering / supervising", f"Dr. {md}", "medical director, " + DBA)])
    p.set_font("Sans", "B", 12.5)
    p.cell(0, 7, "Claim denied: provider outside the Plan's network", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_table(["Code", "Service", "Billed", "Plan paid"],
                [[c, s, n2(b), "0.00"] for c, s, b in lines] + [["", "Total", n2(billed), "0.00"]],
                [22, 96, 30, W - 148], aligns=["L", "L", "R", "R"], size=8.6, bold_rows={len(lines)})
    p.para(f"Dear Mr. {mem.split()[-1]}:", 9.6)
    p.para(f"{DBA} billed us for IV fluids it gave you at its lounge on {long(dos)}, the afternoon after you felt "
           "faint from the heat on a roof job. We have not paid the claim.", 9.2)
    p.para("**Why:** Furse Mobile Infusion, LLC (Southwood Drip Lounge) is not in the Plan's network. The Plan pays "
           "out-of-network providers only for emergency care, or for urgent care at a licensed urgent care center or "
           "hospital when no network provider is near. A drip lounge is neither, and your visit was booked ahead, "
           "not an emergency. Network urgent care centers and the nurse line (1-888-555-0149, day and night) could "
           "have helped you. The vitamin bag would not be covered anywhere.", 9.2)
    p.para("**Your appeal:** you or someone you name may appeal within 180 days of the date of this letter. Write to "
           "Belaystone Appeals, PO Box 7745, Spanwick, WR 30418, or fax (503) 555-0164. Tell us if you were sent to "
           "the lounge by a doctor or an emergency responder.", 9.2)
    p.small("Heat safety: the Plan's heat-illness card says to call 911 for confusion, fainting or a body temperature "
            "over 103 degrees. Members pay $0.00 for a network urgent care visit for heat illness in June-September.",
            7.8)
    p.signature(["Claims Department", "Cupola Benefit Administrators, LLC", f"for the {PLAN}"], 9)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, group="WC-2290", member_id=mid, member_name=mem,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=BILL,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [DBA, "Furse Mobile Infusion", f"{rn}, RN", rn]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_mri_appeal(rng):
    mem = "Henrike S. Isaacson"
    dr = "Piers Mewton"
    FP = "Nancekivell Family Practice"
    IMG = "Jeffcott Imaging Center"
    dd = dt.date(2026, 5, 28)
    dos = dt.date(2026, 4, 2)
    denied = dt.date(2026, 4, 20)
    filed = dt.date(2026, 5, 4)
    mid = bh(rng)
    cn = claim_no(rng, dt.date(2026, 4, 9))
    apl = f"AP-26-{digits(rng, 4)}"
    billed = 1460.00
    p = EQSheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_foot=f"BHT-APL-2 (01/2026)  \u00b7  Appeal {apl}  \u00b7  {mem}")
    p.set_margins(18, 15, 18)
    p.add_page()
    split(p, "Covering the people who work on the outside of buildings", under=["Appeals Unit, PO Box 7745, "
                                                                                 "Spanwick, WR 30418"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([mem, "930 Parapet Avenue", "Spanwick WR 30429"], 9.6, y=y0)
    yb = p.beside([(wday(dd), "decision date"), (apl, "appeal number"), (cn, "claim number"),
                   (f"WC-2281 / {mid}", "group / member ID"), ("BHT-CORE", "plan"), (slash(filed), "appeal received")],
                  p.l_margin + W * 0.48, y0, W * 0.52, size=8.8)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 5)
    p.set_font("Sans", "B", 12.5)
    p.cell(0, 7, "Appeal decision: we upheld the denial", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.prov_trio([("Rendering (imaging)", IMG, f"NPI 1{digits(rng, 9)}"), ("Ordering physician", f"Dr. {dr}", FP),
                 ("Service", "MRI lumbar spine w/o contrast", f"CPT 72148  \u00b7  {slash(dos)}  \u00b7  {usd(billed)}")])
    p.columns([
        ("", f"Dear Ms. {mem.split()[-1]}:"),
        ("What you appealed", f"On {slash(filed)} you appealed our {long(denied)} denial of the claim for your "
         f"lumbar spine MRI at {IMG} on {long(dos)} (billed {usd(billed)}). You wrote that your back pain began "
         "after a long rope descent and that the imaging center told you it would get approval."),
        ("What we reviewed", "The claim, the appeal letter, Dr. Mewton's office note of March 24, 2026 and the "
         "precertification log. No request for this MRI was made to the Plan before April 2, 2026, or in the two "
         "working days after it."),
        ("Our decision", "The Plan requires precertification before an MRI, CT or PET scan that is not done in an "
         "emergency (Plan document, section 6.2). No precertification was requested, and the MRI was scheduled a "
         "week ahead, so it was not an emergency. We upheld the denial. A network provider who fails to get "
         "precertification may not bill you for the service; Jeffcott Imaging Center is in the network."),
        ("Who decided", "The appeal was decided by the Plan's Appeals Committee, which did not take part in the first "
         "decision."),
        ("Next step", "You may ask for a second-level appeal to the Board of Trustees within 60 days after you receive "
         "this letter. The Trustees meet quarterly; their decision is final under the Plan. An external review does "
         "not apply to a decision about a missing precertification."),
    ], n=2, size=8.8)
    p.signature(["Appeals Committee", "Cupola Benefit Administrators, LLC", f"for the Board of Trustees, {TRUST}"], 9)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id="BHT-CORE", group="WC-2281",
              member_id=mid, member_name=mem, cases=[apl, cn], claim_amount=m2(billed), service_dates=[iso(dos)],
              denial_date=iso(dd), provider=IMG,
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {dr}", dr, FP], "case_numbers": [[cn], [apl]],
                          "appeal_deadline": [iso(plus(dd, 60))]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_three_claims_capacity_evaluation_line_code_fx", "born_digital",
                  [born_eob(rng)]),
             Item(F + "faxstd_harness_suspension_stay_observation_not_inpatient", "fax_standard_g4",
                  [faxstd_harness_stay(rng)])]
    cover, docs = stack_work_fall(rng)
    items.append(Item(F + "faxfine_stack_employer_cover_work_fall_upside_down_then_credit", "fax_fine_g4", docs,
                      separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "lowres_es_fisioterapia_despues_del_contrato", "scan_lowres_150", [lowres_es_lapse(rng)]),
              Item(F + "photocopy_prp_shoulder_investigational_captions_under", "photocopy", [photocopy_prp(rng)]),
              Item(F + "faxstd_drip_lounge_heat_out_of_network_contract_claim_box", "fax_standard_g4",
                   [faxstd_drip(rng)]),
              Item(F + "scanclean_appeal_upheld_lumbar_mri_no_precert", "scan_clean_300",
                   [scanclean_mri_appeal(rng)])]
    return items
