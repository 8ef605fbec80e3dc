"""An invented health plan for land surveyors and survey crews (licensed surveyors, party chiefs, instrument persons,
rodmen, CAD and office staff of survey firms): the Plumbstone Health Fund for Land Surveyors and Survey Crews, a
multiemployer fund run by a Board of Trustees; its Fund Office is operated by Ostervold Benefit Administrators, Inc.,
which also issues provider remittances on its own letterhead ("Administrator for the ..."). Letterhead: a drawn
surveyor's tripod beside "PLUMB" / "STONE" broken over two lines in heavy capitals, "Health Fund for Land Surveyors /
and Survey Crews" beside the break, the administrator line in grey under it; the full legal name only in the footer;
bodies say "the Fund". Every person, firm, provider, number, amount, rule and address is invented; phones 555; CPT
codes as themselves.

Invented rules: eligibility is earned by field hours. Each contributing survey firm sends a monthly field hour report:
hours on a field crew (boundary, topographic, construction staking, control) count in full; office hours (drafting,
calculations) count one half. 330 credited hours in a three-month work quarter give coverage for the benefit quarter
that starts the first day of the second month after it (January-March -> May-July). Plans: PHF-FC (field crews) and
PHF-LS (licensed surveyors and office staff), each printed only as a plan code in a coverage table or a claim heading;
groups are the firms, printed as "G-" + four digits or only by the firm's name. Member IDs: "P", a digit, "S", two
digits, "B", three digits ("P4S07B218": S and B where digits stand elsewhere), with a dependent suffix joined by a dash
(-01 the member, -02 the spouse, -03 and up the children), printed plain, in spaced groups ("P4S 07B 218-04") or only
inside a sentence. Claims "26" + day of year + "-" + five digits; precertifications "PC-" + five digits; eligibility
determinations "EQ-26-" + four digits; Trustees' appeals "BT-26-" + three digits. Decoys: field work ticket, check,
EFT and batch numbers, the workers' compensation carrier's claim number, account numbers, NPIs and TINs, form numbers
(PHF-E2 ...). Claims must reach the Fund within 90 days of the service; injuries on a survey job go to the employer's
workers' compensation carrier first; MRI, Mohs surgery and every inpatient or rehabilitation stay need
precertification; shockwave therapy is investigational; inpatient rehabilitation is paid only when the member needs
and can take three hours of therapy a day under a rehabilitation physician, otherwise at the skilled nursing level;
member appeals within 180 days, provider reconsideration within 90 days, the Trustees' decision final (external
review only).

Documents (8 in 7 files):
- bd_family_statement_daughter_claim_filed_late: a born-digital two-page family claims statement to a party chief:
  five claims of four people, each under a dark band "Claim 26nnn-nnnnn" in the same large white type, the patient
  and her ID in spaced groups with suffix in the band, "Billed by" / "Seen by" in a grey line; the daughter's walk-in
  visit of January 6 received April 20 is not paid (past the 90-day limit); plan code and the firm only by name in a
  coverage table; 180 days "of the date of this statement". `eob`, `timely_filing`.
- bd_short_field_hours_id_in_sentence: a born-digital eligibility notice: 279 credited hours of 330 (field and office
  hours by month in a table with the plan code and group), no coverage May-July; the member ID only inside a
  sentence; the notice date beside an earlier "reports received through" date; appeal "within 65 days of the date you
  receive this notice". `eligibility`.
- faxstd_stack_work_ticket_brush_axe_comp_then_coverage: a standard-fax stack sent by the member's survey firm: its
  printed field work ticket lettered across by hand as a cover (a page of its own), the Fund's two-page letter holding
  an emergency room claim for a brush axe cut the hospital recorded as a survey-job injury until the employer's
  workers' compensation carrier decides (facility and attending physician in boxes; page 2 fed turned 90 degrees;
  appeal "by the end of the month after the month of this letter (June 30, 2026)") - `other`; then the Fund's notice
  of earned coverage for May-July - `other`, no denial. Every page carries the firm's fax line with the day it was
  sent.
- faxstd_remittance_mohs_no_precert_middle_claim: a standard-fax provider remittance from the administrator to a
  dermatology practice: four patients, each with a bold head line (name, ID with suffix, plan, group, claim number),
  line rows with billed / allowed / deductible / coinsurance / paid and a remark code; the second patient's Mohs
  surgery and repair pay 0.00 under PN (no precertification) between claims with amounts in every column; rendering
  clinicians in grey lines; remittance date beside the check date; 90 days "of the date of this remittance".
  `eob`, `prior_authorization`.
- phone_es_ondas_de_choque_investigacional: a photographed Spanish precertification letter refusing shockwave therapy
  for plantar fasciitis as investigational (the podiatrist and her center; the first planned session in a sentence;
  180 days "a partir de la fecha de esta carta"). `experimental`.
- photocopy_trustees_rehab_unit_upheld_snf_level: a photocopied decision of the Trustees keeping payment of a
  rehabilitation hospital stay at the skilled nursing level (admitted and discharged in separate boxes, the
  rehabilitation hospital and its attending physiatrist, the appeal-received date and the meeting date as decoys;
  final, external review only). `level_of_care`.
- faxfine_tick_removal_billed_as_excision: a fine-fax claim letter: the practice billed a skin-growth excision for
  taking out a tick (the practice and the doctor named only in prose, the service date in a sentence, the paid office
  visit's claim number as a decoy, the letter date beside the claim-received date; 180 days). `coding_error`.

Truth notes: the insurer is the Fund on its own papers (the legal name, "Plumbstone Fund" and the administrator
accepted) and Ostervold Benefit Administrators, Inc. on the remittance (the Fund accepted). Plan ID is the plan code
where printed; group the G- number where printed, null where only the firm's name is printed (the name accepted).
The member ID is the patient's own with its suffix as printed (the bare base accepted). Providers: the clinician seen
on the statement (the walk-in clinic accepted), the emergency physician on the comp-first letter (the hospital
accepted), the Mohs surgeon (the practice accepted), the podiatrist (her center accepted), the rehabilitation
hospital on the Trustees' decision (its physiatrist accepted), the doctor named in prose on the coding letter (the
practice accepted). The eligibility notice's deadline counts from when the notice is received, so none is stated
(the notice date + 65 accepted). The comp-first letter could be read as `other` or `eligibility`-like; only `other`
is accepted. The Trustees' decision carries the appeal and the claim number (either alone accepted), the stay as a
span (its first day or both days accepted). Planned dates on the pre-service letter are service dates (none
accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famve import (EVSheet, addr_block, digits, es_date, first_last, iso, last_first, long, m2,
                               month_after_end, n2, npi, ord_day, out, people, phone, plus, sign, slash, spaced_id,
                               tin, tollfree, truth, usd, work_ticket_cover)

FAMILY = ("plumbstone_surveyors_crews_health_fund_field_hours_late_claim_short_hours_brush_axe_comp_first_mohs_no_"
          "precert_shockwave_rehab_unit_upheld_tick_code_refusals")
LANG = "en"
SEED = 355206
USED: set = set()

INS = "Plumbstone Health Fund"
LEGAL = "Plumbstone Health Fund for Land Surveyors and Survey Crews"
ADMIN = "Ostervold Benefit Administrators, Inc."
INS_ALT = [INS, LEGAL, "Plumbstone Fund", "Plumbstone", ADMIN, "Ostervold Benefit Administrators"]
ADMIN_ALT = [ADMIN, "Ostervold Benefit Administrators", "Ostervold", INS, LEGAL]
OFFICE = ["Fund Office, 3300 Transit Way, Suite 210", "Brasswater, OV 64120"]
FOOT = f"{LEGAL}  \u00b7  {OFFICE[0]}, {OFFICE[1]}"
PLAN_FC, PLAN_LS = "PHF-FC", "PHF-LS"
FIRMS = {"hatchet": ("Hatchet Creek Surveying, LLC", "G-7731"), "gantry": ("Gantry Hollow Land Surveying, Inc.", "G-7764"),
         "stonecrop": ("Stonecrop Flats Geomatics", "G-7802"), "toll": ("Tollcreek Boundary & Topo", "G-7815"),
         "oxbeck": ("Oxbeck Engineering & Survey", "G-7840")}


def member_base(rng) -> str:
    return f"P{rng.randint(2, 9)}S{digits(rng, 2)}B{digits(rng, 3)}"


def sp_id(base: str, suf: str) -> str:
    return f"{spaced_id(base, (3, 3, 3))}-{suf}"


def claim_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def head(p: EVSheet, rng, box: str | None = None):
    p.split_brand("Plumb", "Stone", ["Health Fund for Land Surveyors", "and Survey Crews"],
                  [OFFICE[0], OFFICE[1], f"Member services {tollfree(rng, '866')}", f"Providers {tollfree(rng, '877')}",
                   f"Fax {phone(rng, '913')}"],
                  mark="tripod", box=box, size=20,
                  under=[f"Fund Office administered by {ADMIN}"])


# ---------------------------------------------------------------------------------------------------------------
def bd_family_statement(rng):
    chief = people(rng, 1, "ls", sexes="M", used=USED)[0]
    last = chief.split()[-1]
    wife = people(rng, 1, "ls", sexes="F", last=last, used=USED)[0]
    son = people(rng, 1, "ls", sexes="M", last=last, used=USED)[0]
    girl = people(rng, 1, "ls", sexes="F", last=last, used=USED)[0]
    pcp, rad, np_, pa, lab = people(rng, 5, "lc", sexes="FMFFM", used=USED)
    base = member_base(rng)
    firm = FIRMS["hatchet"][0]
    sd = dt.date(2026, 4, 30)
    walkin = "Brasswater Walk-In Care"
    rows = [
        (chief, "01", "Member", dt.date(2026, 3, 2), dt.date(2026, 3, 9),
         f"Billed by Oxbeck Family Medicine  \u00b7  Seen by Dr. {pcp}, MD",
         [("99214", "Office visit", 286.00, 201.00, 0.00, 40.20, 160.80, 40.20)]),
        (wife, "02", "Spouse", dt.date(2026, 3, 12), dt.date(2026, 3, 20),
         f"Billed by Brasswater Imaging Center  \u00b7  Read by Dr. {rad}, MD",
         [("77067", "Screening mammogram", 312.00, 236.00, 0.00, 0.00, 236.00, 0.00)]),
        (son, "03", "Son", dt.date(2026, 3, 19), dt.date(2026, 3, 27),
         f"Billed by {walkin}  \u00b7  Seen by {np_}, FNP",
         [("99213", "Office visit", 174.00, 128.00, 0.00, 25.60, 102.40, 25.60),
          ("87880", "Rapid strep test", 48.00, 22.00, 0.00, 4.40, 17.60, 4.40)]),
        (girl, "04", "Daughter", dt.date(2026, 1, 6), dt.date(2026, 4, 20),
         f"Billed by {walkin}  \u00b7  Seen by {pa}, PA-C",
         [("99214", "Office visit", 231.00, 0.00, 0.00, 0.00, 0.00, 0.00),
          ("73610", "X-ray, ankle, 3 views", 126.00, 0.00, 0.00, 0.00, 0.00, 0.00)]),
        (chief, "01", "Member", dt.date(2026, 4, 3), dt.date(2026, 4, 10),
         f"Billed by Brasswater Reference Lab  \u00b7  Ordered by Dr. {pcp}, MD",
         [("80053", "Metabolic panel", 64.00, 18.00, 0.00, 3.60, 14.40, 3.60),
          ("85025", "Blood count", 38.00, 11.00, 0.00, 2.20, 8.80, 2.20)]),
    ]
    nos = [claim_no(rng, r[4]) for r in rows]
    den = 3
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"Statement of {slash(sd)}  \u00b7  {FOOT}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, rng, box="CLAIMS STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [chief.upper(), "19 Range Line Road", "Brasswater, OV 64127"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_leaders([("Statement date", slash(sd)), ("Member", first_last(chief)), ("Member ID", sp_id(base, "01")),
                   ("Claims in this statement", "5")], x=p.l_margin + W * 0.5, cap_w=26, size=9.0, cap=7.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.ruled_rows(["Plan", "Contributing firm", "Benefit quarter", "Hours credited (Jan - Mar)", "Family on plan"],
                 [[PLAN_FC, firm, "May 1 - Jul 31, 2026", "356.0", "4 people"]],
                 [W * 0.12, W * 0.32, W * 0.2, W * 0.2, W * 0.16], ["L", "L", "L", "R", "R"], size=8.4)
    p.para("This is not a bill. These are the claims the Fund finished since your last statement. Each claim shows "
           "who was seen, who billed and what the Fund paid.", 8.6)
    claims = []
    for i, (who, suf, rel, d, rcv, sub, lines) in enumerate(rows):
        tot_b = sum(x[2] for x in lines)
        tot_p = sum(x[6] for x in lines)
        tot_y = sum(x[7] for x in lines)
        if i == den:
            note = (f"NOT PAID. Received {slash(rcv)}, {(rcv - d).days} days after the service. The Fund pays claims "
                    "that reach it within 90 days of the service. See note F below.")
        else:
            note = f"Paid {usd(tot_p)} to the provider on {slash(plus(rcv, 6))}.  Your share {usd(tot_y)}."
        claims.append({"no": nos[i], "who": f"{rel}: {who}   ID {sp_id(base, suf)}", "sub": sub,
                       "lines": [[slash(d), c, s, n2(b), n2(a), n2(dd), n2(co), n2(fp), n2(yo)]
                                 for c, s, b, a, dd, co, fp, yo in lines] +
                                [["", "", "Claim total", n2(tot_b), "", "", "", n2(tot_p), n2(tot_y)]],
                       "note": note})
    p.claim_bands(claims, [W * k / 100 for k in (12, 8, 26, 9.5, 9.5, 9, 9, 9, 8)],
                  ["Date", "Code", "Service", "Billed", "Allowed", "Deduct.", "Coins.", "Fund paid", "You owe"], ["L", "L", "L", "R", "R", "R", "R", "R", "R"], size=7.8, band=9.8)
    p.numbered_notes("Notes", [
        ("F", "Filing limit. A claim must reach the Fund Office within 90 days after the date of service. A claim "
              "that comes later is paid only if the member or provider shows it could not have been sent sooner "
              "(for example, another plan's late decision). A network provider may not bill you for a claim it "
              "filed late."),
        ("D", "Deductible: $300 a person, $900 a family each calendar year."),
        ("C", "Coinsurance: you pay 20% of the allowed amount after the deductible."),
    ], size=7.6)
    p.bar("If you disagree", 8.8)
    p.para("You may appeal any claim on this statement within 180 days of the date of this statement. Write to the "
           "Appeals Coordinator at the Fund Office and give the claim number.", 8.2)
    who, suf, rel, d, rcv, sub, lines = rows[den]
    t = truth("eob", "timely_filing", insurer=INS, plan_id=PLAN_FC, member_id=f"{base}-{suf}", member_name=who,
              cases=[nos[den]], claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(d)],
              denial_date=iso(sd), provider=f"{pa}, PA-C", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "group_number": [firm],
                          "provider": [pa, walkin]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_short_hours(rng):
    rod = people(rng, 1, "ls", sexes="M", used=USED)[0]
    clerk = people(rng, 1, "lc", sexes="F", used=USED)[0]
    base = member_base(rng)
    firm, grp = FIRMS["gantry"]
    nd = dt.date(2026, 4, 15)
    thru = dt.date(2026, 4, 10)
    eq = f"EQ-26-{digits(rng, 4)}"
    months = [("January 2026", 78.0, 10.0), ("February 2026", 64.0, 22.0), ("March 2026", 112.0, 18.0)]
    cred = [f + o / 2 for _, f, o in months]
    total = sum(cred)
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"PHF-E2  \u00b7  {FOOT}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="COVERAGE DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [rod, "703 Chainbearer Street", "Brasswater, OV 64123"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Date of notice", long(nd)), ("Hour reports received through", slash(thru))],
                x=p.l_margin + W * 0.45, w=W * 0.55)
    p.far_right([("Determination", eq), ("Form", "PHF-E2")], x=p.l_margin + W * 0.45, cap_w=26, size=9.0)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(rod)}:", 9.6)
    p.para("You will not have Fund coverage for the benefit quarter May 1 through July 31, 2026. Your coverage now in "
           "force ends on April 30, 2026.", 9.4)
    p.bar("How your hours were counted", 9.2)
    p.ruled_rows(["Work month", "Plan", "Firm (group)", "Field hours", "Office hours", "Credited"],
                 [[m, PLAN_FC, f"{firm} ({grp})", f"{f:.1f}", f"{o:.1f}", f"{c:.1f}"]
                  for (m, f, o), c in zip(months, cred)] +
                 [["Work quarter", "", "", "", "", f"{total:.1f}"]],
                 [W * k / 100 for k in (17, 10, 38, 11.5, 11.5, 12)], ["L", "L", "L", "R", "R", "R"], size=8.4,
                 bold_rows=(3,))
    p.para(f"Field hours count in full and office hours count one half. Coverage for May through July is earned with "
           f"330 credited hours in January through March. Your firm reported {total:.1f} credited hours, "
           f"{330 - total:.1f} short.", 9.0)
    p.bar("Keeping your coverage", 9.2)
    p.para(f"You may pay for coverage yourself for May through July at $512.00 a month; the first payment is due by "
           f"April 30, 2026. When you call the Fund Office about this, give your ID, {base}-01, so that the payment "
           "is posted to your account and your family's.", 9.0)
    p.para("If your firm left field days off its reports (for example, days on a job in another county), ask the "
           "office manager to send a corrected report with the field work tickets for those days.", 9.0)
    p.bar("If you disagree", 9.2)
    p.para("You may appeal within 65 days of the date you receive this notice. Write to the Appeals Coordinator at "
           "the Fund Office and send the tickets, pay stubs or reports that show hours we did not count.", 9.0)
    p.ln(2)
    sign(p, [first_last(clerk), "Eligibility Unit", "Fund Office"])
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_FC, group=grp, member_id=f"{base}-01",
              member_name=rod, cases=[eq], denial_date=iso(nd), appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "appeal_deadline": [iso(plus(nd, 65))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_brush_axe(rng):
    rod = people(rng, 1, "ls", sexes="M", used=USED)[0]
    mgr = people(rng, 1, "ls", sexes="F", used=USED)[0]
    er_md, clerk, clerk2 = people(rng, 3, "lc", sexes="MFM", used=USED)
    base = member_base(rng)
    firm, grp = FIRMS["gantry"]
    hosp = "Brasswater Regional Medical Center"
    svc = dt.date(2026, 3, 16)
    ld = dt.date(2026, 5, 8)
    cov_d = dt.date(2026, 4, 16)
    sent = dt.date(2026, 5, 13)
    clm = claim_no(rng, plus(svc, 11))
    lines = [("99284", "Emergency visit, moderately severe", 1108.00), ("12032", "Wound repair, 2.6 - 7.5 cm", 642.00),
             ("90715", "Tetanus, diphtheria, pertussis vaccine", 96.00)]
    total = sum(x[2] for x in lines)
    firm_fax = f"(913) 555-{digits(rng, 4)}"
    tx = f"{slash(sent)}  16:{rng.randint(10, 59)}  GANTRY HOLLOW LAND SURV  {firm_fax}  P.{{n}}/{{t}}"
    # --- the comp-first letter (2 pages; page 2 fed turned 90 degrees) ---
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"PHF-C9  \u00b7  {FOOT}", tx=tx, tx_off=1, tx_total=4,
                tx_side=(2,))
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="CLAIM ON HOLD")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [rod, "18 Meander Lane", "Gantry Hollow, OV 64131"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Date", long(ld)), ("Claim no.", clm), ("Member ID", sp_id(base, "01")), ("Plan", PLAN_FC),
                 ("Group", grp)], x=p.l_margin + W * 0.5, cap_w=22, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(rod)}:", 9.6)
    p.para("The Fund has received the hospital's claim for your emergency room visit and is holding it. The Fund "
           "has not paid it.", 9.2)
    p.boxes([[("Facility", hosp, 0.42), ("Date of service", slash(svc), 0.2), ("Billed", usd(total), 0.18),
              ("Claim no.", clm, 0.2)],
             [("Attending physician", f"Dr. {er_md}, MD", 0.42), ("Employer on the hospital record", firm, 0.58)]],
            size=9.0, cap=6.2)
    p.ruled_rows(["Code", "Service", "Billed"], [[c, s, n2(b)] for c, s, b in lines] + [["", "Total", n2(total)]],
                 [W * 0.16, W * 0.62, W * 0.22], ["L", "L", "R"], size=8.6, bold_rows=(3,))
    p.bar("Why the claim is on hold", 9.0)
    p.para("The emergency room record says you cut your left shin with a brush axe while clearing a line of sight on a "
           f"survey job for {firm}. An injury on the job is paid first by your employer's workers' compensation "
           "insurance, not by the Fund (Plan Rules, Article 6.2). The Fund pays such a claim only after the "
           "workers' compensation carrier has refused it in writing.", 9.0)
    p.add_page()
    p.bar("What you can do", 9.0)
    p.bullets(["If the cut happened on the job: give this letter to your office manager so the firm reports the "
               "injury to its carrier. The hospital should then bill the carrier.",
               "If the cut did not happen at work: send us a short signed statement of where and how it happened. If "
               "the hospital's record is wrong, ask the hospital to correct it and send us the corrected page.",
               "If the carrier refuses the claim: send us its written decision and we will process the claim under "
               "your plan."], 9.0)
    p.bar("Appeal", 9.0)
    p.para("You may also appeal this decision. Your appeal must reach the Fund Office by the end of the month after the "
           "month of this letter (June 30, 2026). Write to the Appeals Coordinator and give the claim number.", 9.0)
    p.ln(2)
    sign(p, [first_last(clerk), "Claims Unit", "Fund Office"])
    letter = out(p)
    t1 = truth("denial_letter", "other", insurer=INS, plan_id=PLAN_FC, group=grp, member_id=f"{base}-01",
               member_name=rod, cases=[clm], claim_amount=m2(total), service_dates=[iso(svc)], denial_date=iso(ld),
               provider=f"{er_md}, MD", appeal_deadline=iso(month_after_end(ld)),
               alternates={"insurer": INS_ALT, "member_id": [base], "provider": [er_md, hosp]})
    # --- the coverage notice (1 page) ---
    q = EVSheet(footer="Page {n} of {nb}", ids_foot=f"PHF-E1  \u00b7  {FOOT}", tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 16, 18)
    q.add_page()
    head(q, rng, box="YOUR COVERAGE")
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [rod, "18 Meander Lane", "Gantry Hollow, OV 64131"], 9.6)
    yl = q.get_y()
    q.set_y(y)
    q.two_dates([("Date of notice", slash(cov_d)), ("Hour reports received through", slash(dt.date(2026, 4, 10)))],
                x=q.l_margin + W * 0.45, w=W * 0.55)
    q.set_y(max(q.get_y(), yl) + 2)
    q.para(f"Dear {first_last(rod)}:", 9.6)
    q.para("Good news: you have earned Fund coverage for the benefit quarter May 1 through July 31, 2026.", 9.4)
    q.facts_box("Your coverage", [("Member", rod), ("Member ID", f"{base}-01"), ("Plan", PLAN_FC),
                                  ("Group", f"{grp}  {firm}"), ("Benefit quarter", "May 1 - Jul 31, 2026"),
                                  ("Field hours (Jan - Mar)", "338.0"), ("Office hours (Jan - Mar)", "24.0"),
                                  ("Credited hours", "350.0")], cap_w=34)
    q.para("Your coverage includes medical, prescription drug, dental and vision benefits for you. Your ID card "
           "stays the same. If you have a spouse or children to add, send the enrollment form with a marriage or "
           "birth certificate.", 9.0)
    q.para("Remember: the Fund needs to approve MRI scans, Mohs surgery and any hospital or rehabilitation stay "
           "before the care (call the number on your card), and injuries on a survey job go to your firm's workers' "
           "compensation insurance first.", 9.0)
    q.ln(2)
    sign(q, [first_last(clerk2), "Eligibility Unit", "Fund Office"])
    cov = out(q)
    t2 = truth("other", None, insurer=INS, plan_id=PLAN_FC, group=grp, member_id=f"{base}-01", member_name=rod,
               denial_date=iso(cov_d), alternates={"insurer": INS_ALT, "member_id": [base]})
    cover = work_ticket_cover(
        rng, [firm, "Licensed land surveyors  \u00b7  412 Benchmark Road, Gantry Hollow, OV 64130",
              f"Office {phone(rng, '913')}  \u00b7  Fax {firm_fax}"], digits(rng, 5),
        [(70, "FAX  TO: PLUMBSTONE FUND OFFICE"), (82, "ATTN: CLAIMS / APPEALS"),
         (128, f"RE: {first_last(rod).upper()} - ER bill 3/16"),
         (142, "He says he cut his leg splitting wood at home"), (154, "Sunday - NOT on our job. ER has it wrong?"),
         (166, "Our carrier has no claim for him."), (196, "4 pgs incl. this ticket"),
         (210, f"{first_last(mgr)}, office mgr  {phone(rng, '913')}")],
        tx=tx, tx_total=4, filled={"Date": "5/13/26", "Client": "(fax)"})
    return cover, [(letter, t1), (cov, t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pts = people(rng, 4, "ls", sexes="FMFM", used=USED)
    derm1, derm2, pa = people(rng, 3, "lc", sexes="FMF", used=USED)
    prac = "Larkbeck Dermatology & Skin Surgery"
    bases = [member_base(rng) for _ in pts]
    sufs = ["01", "02", "01", "03"]
    firms = [FIRMS["stonecrop"], FIRMS["toll"], FIRMS["oxbeck"], FIRMS["hatchet"]]
    plans = [PLAN_LS, PLAN_FC, PLAN_LS, PLAN_FC]
    rd = dt.date(2026, 5, 22)
    chk_d = dt.date(2026, 5, 26)
    sent = dt.date(2026, 5, 27)
    d = [dt.date(2026, 4, 6), dt.date(2026, 4, 14), dt.date(2026, 4, 21), dt.date(2026, 4, 28)]
    rend = [f"{derm1}, MD", f"{derm2}, MD", f"{pa}, PA-C", f"{derm1}, MD"]
    claims = [
        [("99213", "Office visit", 196.00, 142.00, 0.00, 28.40, 113.60, "CO"),
         ("17000", "Destruction, premalignant lesion", 164.00, 96.00, 0.00, 19.20, 76.80, "CO")],
        [("17311", "Mohs surgery, first stage", 1460.00, 0.00, 0.00, 0.00, 0.00, "PN"),
         ("17312", "Mohs surgery, added stage", 780.00, 0.00, 0.00, 0.00, 0.00, "PN"),
         ("13132", "Complex repair, 2.6 - 7.5 cm", 912.00, 0.00, 0.00, 0.00, 0.00, "PN")],
        [("99203", "Office visit, new patient", 238.00, 166.00, 60.00, 21.20, 84.80, "DE CO"),
         ("11102", "Tangential biopsy of skin", 182.00, 108.00, 0.00, 21.60, 86.40, "CO")],
        [("99214", "Office visit", 268.00, 196.00, 0.00, 39.20, 156.80, "CO"),
         ("96920", "Laser treatment, psoriasis", 340.00, 218.00, 0.00, 43.60, 174.40, "CO")],
    ]
    nos = [claim_no(rng, plus(x, 5)) for x in d]
    den = 1
    chk = digits(rng, 9)
    tx = f"{slash(sent)} 09:{rng.randint(10, 59)} OSTERVOLD BENEFIT ADMIN {phone(rng, '913')} PAGE {{n}}/{{t}}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"{ADMIN}  \u00b7  P.O. Box 2260, Brasswater, OV 64121", tx=tx,
                tx_total=1)
    p.set_margins(14, 14, 14)
    p.add_page()
    p.agent_head("Ostervold Benefit Administrators, Inc.",
                 [f"Administrator for the {LEGAL}", "Provider remittances are issued on the Fund's behalf"],
                 ["P.O. Box 2260", "Brasswater, OV 64121", f"Provider services {tollfree(rng, '877')}",
                  f"Fax {phone(rng, '913')}"], box="PROVIDER REMITTANCE", size=15)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [prac, "Billing Office", "88 Tamarack Court", "Brasswater, OV 64125"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Remittance date", slash(rd)), ("Check date", slash(chk_d))], x=p.l_margin + W * 0.5, w=W * 0.5)
    p.far_right([("Check no.", chk), ("Payee TIN", tin(rng)), ("Billing NPI", npi(rng)),
                 ("Batch", f"{digits(rng, 3)}-{digits(rng, 3)}")], x=p.l_margin + W * 0.5, cap_w=24, size=8.6)
    p.set_y(max(p.get_y(), yl) + 1)
    rows = []
    for i, who in enumerate(pts):
        rows.append(("head", f"{last_first(who)}   ID {bases[i]}-{sufs[i]}   Plan {plans[i]}   Group {firms[i][1]}   "
                             f"Claim {nos[i]}"))
        for code, s, b, a, dd, co, pd, rem in claims[i]:
            rows.append([slash(d[i]), code, s, n2(b), n2(a), n2(dd), n2(co), n2(pd), rem])
        rows.append(("sub", f"Rendering: {rend[i]}    Claim billed {usd(sum(x[2] for x in claims[i]))}    "
                            f"Claim paid {usd(sum(x[6] for x in claims[i]))}"))
    allr = [x for c in claims for x in c]
    rows.append(("total", ["", "", "Remittance totals", n2(sum(x[2] for x in allr)), n2(sum(x[3] for x in allr)),
                           n2(sum(x[4] for x in allr)), n2(sum(x[5] for x in allr)), n2(sum(x[6] for x in allr)), ""]))
    p.coded_rows(["Service date", "Code", "Service", "Billed", "Allowed", "Deductible", "Coinsurance", "Paid",
                  "Remark"], [W * k / 100 for k in (11, 8, 25, 9.5, 9.5, 11, 11, 8, 7)],
                 ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.4, row_h=5.0, code_box=False)
    p.legend_cols("Remark codes", [
        ("CO", "Member coinsurance, 20% of the allowed amount."),
        ("DE", "Applied to the member's calendar-year deductible."),
        ("PN", "Precertification was needed and was not obtained. Mohs surgery, MRI and every inpatient or "
               "rehabilitation stay need the Fund's approval before the service. The member may not be billed "
               "for these lines."),
        ("TL", "Received after the 90-day filing limit."),
        ("WC", "Injury on a survey job: bill the employer's workers' compensation carrier first."),
        ("IV", "Investigational service; not covered."),
    ], ncol=2, size=7.2, code_w=8)
    p.bar("Reconsideration", 8.6)
    p.para("You may ask the Fund to reconsider a claim within 90 days of the date of this remittance. For a PN claim, "
           "send the operative note and the reason approval was not asked for before the surgery.", 8.0)
    t = truth("eob", "prior_authorization", insurer=ADMIN, plan_id=plans[den], group=firms[den][1],
              member_id=f"{bases[den]}-{sufs[den]}", member_name=pts[den], cases=[nos[den]],
              claim_amount=m2(sum(x[2] for x in claims[den])), service_dates=[iso(d[den])], denial_date=iso(rd),
              provider=rend[den], appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "member_id": [bases[den]], "provider": [derm2, prac]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_shockwave(rng):
    worker = people(rng, 1, "sp", sexes="M", used=USED)[0]
    dpm, medic = people(rng, 2, "sp", sexes="FM", used=USED)
    base = member_base(rng)
    firm, grp = FIRMS["toll"]
    center = "Brasswater Foot & Ankle Center"
    pc = f"PC-{digits(rng, 5)}"
    asked = dt.date(2026, 5, 11)
    ld = dt.date(2026, 5, 18)
    first = dt.date(2026, 6, 8)
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    p.split_brand("Plumb", "Stone", ["Fondo de Salud para Agrimensores", "y Cuadrillas de Topografía"],
                  [OFFICE[0], OFFICE[1], f"Servicios al miembro {tollfree(rng, '866')}", f"Fax {phone(rng, '913')}"],
                  mark="tripod", box="DECISIÓN DE PRECERTIFICACIÓN", size=20,
                  under=[f"Oficina del Fondo administrada por {ADMIN}"])
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [worker, "1120 calle Jalón, apto. 3", "Brasswater, OV 64126"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Fecha", es_date(ld)), ("Precertificación", pc), ("N.º de miembro", sp_id(base, "01")),
                 ("Plan / Grupo", f"{PLAN_FC} / {grp}")], x=p.l_margin + W * 0.48, cap_w=30, size=9.0)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Estimado {first_last(worker)}:", 9.6)
    p.para(f"El {es_date(asked)}, la Dra. {dpm}, DPM, de {center}, pidió al Fondo que aprobara tres sesiones de terapia "
           f"con ondas de choque (CPT 28890) para el dolor del talón derecho (fascitis plantar); la primera sesión "
           f"está programada para el {es_date(first)}. El Fondo no puede aprobarlas.", 9.2)
    p.bar("Por qué", 9.0)
    p.para("Las reglas del Fondo consideran la terapia con ondas de choque para la fascitis plantar un tratamiento en "
           "investigación: los estudios publicados no muestran con claridad que funcione mejor que el tratamiento "
           "habitual. El Fondo no cubre tratamientos en investigación (Reglas del Plan, Exclusiones, punto 14).", 9.0)
    p.para("Sí están cubiertos: la terapia física, las plantillas y férulas nocturnas, los medicamentos para el "
           "dolor y una inyección de esteroide. Hable con su doctora sobre estas opciones.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Usted o su doctora pueden apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
           "Envíe la apelación al Coordinador de Apelaciones, Oficina del Fondo, 3300 Transit Way, Suite 210, "
           "Brasswater, OV 64120, con los estudios o notas que quiera que revisemos.", 9.0)
    p.ln(2)
    sign(p, [f"Dr. {first_last(medic)}", "Director médico", "Oficina del Fondo"], close="Atentamente,")
    p.para(f"c.c.: Dra. {dpm}, {center}", 7.8)
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=PLAN_FC, group=grp, member_id=f"{base}-01",
              member_name=worker, cases=[pc], service_dates=[iso(first)], denial_date=iso(ld),
              provider=f"{dpm}, DPM", appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT + ["Fondo de Salud Plumbstone"], "member_id": [base],
                          "provider": [dpm, center], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_trustees(rng):
    ls = people(rng, 1, "ls", sexes="M", used=USED)[0]
    physiatrist, chair, sec = people(rng, 3, "lc", sexes="FMF", used=USED)
    base = member_base(rng)
    firm, grp = FIRMS["stonecrop"]
    rehab = "Quarrow Rehabilitation Hospital"
    adm, dis = dt.date(2026, 2, 20), dt.date(2026, 3, 6)
    clm = claim_no(rng, plus(dis, 8))
    bt = f"BT-26-{digits(rng, 3)}"
    rcvd = dt.date(2026, 4, 9)
    met = dt.date(2026, 5, 12)
    dd = dt.date(2026, 5, 15)
    billed, snf = 38412.00, 9170.00
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"PHF-A4  \u00b7  {FOOT}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="DECISION ON APPEAL")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [ls, "5 Witness Corner Road", "Stonecrop Flats, OV 64140"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.drop_block([("Decision date", long(dd)), ("Appeal no.", bt), ("Claim no.", clm), ("Member ID", f"{base}-01"),
                  ("Plan / Group", f"{PLAN_LS} / {grp}")], x=p.l_margin + W * 0.6, indent=12, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(ls)}:", 9.6)
    p.para(f"The Board of Trustees reviewed your appeal, received on {slash(rcvd)}, at its meeting of {long(met)}. "
           f"You asked the Fund to pay your stay at {rehab} as an inpatient rehabilitation stay. The Fund paid it at "
           f"the skilled nursing level ({usd(snf)}).", 9.2)
    p.boxes([[("Facility", rehab, 0.44), ("Admitted", slash(adm), 0.18), ("Discharged", slash(dis), 0.18),
              ("Billed", usd(billed), 0.2)],
             [("Attending physician", f"Dr. {physiatrist}, MD (physical medicine and rehabilitation)", 1.0)]],
            size=9.0, cap=6.2)
    p.bar("What the Trustees found", 9.0)
    p.para("You broke your left hip in a fall from a ladder at home and had surgery at Brasswater Regional Medical "
           "Center, which the Fund paid in full. A physician who advises the Trustees read the rehabilitation "
           "hospital's records. The Fund pays a stay at the inpatient rehabilitation level when the member needs and "
           "can take part in at least three hours of therapy a day, five days a week, with a rehabilitation "
           "physician overseeing the care. The records show that you took part in about 90 minutes of therapy a day "
           "for most of the stay, that your other health problems were stable and that you needed no daily "
           "physician care. That care could be given at the skilled nursing level.", 9.0)
    p.bar("Decision", 9.0)
    p.para("The Trustees upheld the payment at the skilled nursing level. The rehabilitation hospital is in the "
           "Fund's network and may not bill you the difference.", 9.0)
    p.bar("This decision is final", 9.0)
    p.para("This was your last appeal under the Fund. You may ask for an external review by an independent review "
           "organization within four months after you receive this letter, and you may bring a civil action under "
           "section 502(a) of ERISA.", 8.8)
    p.ln(2)
    sign(p, [first_last(chair), "Chair, Board of Trustees"], close="For the Trustees,")
    p.para(f"Prepared by {first_last(sec)}, Appeals Coordinator, Fund Office", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLAN_LS, group=grp, member_id=f"{base}-01",
              member_name=ls, cases=[bt, clm], claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(dd), provider=rehab, appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "case_numbers": [[bt], [clm]],
                          "provider": [f"{physiatrist}, MD", physiatrist],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_tick(rng):
    member = people(rng, 1, "ls", sexes="F", used=USED)[0]
    doc, clerk = people(rng, 2, "lc", sexes="MF", used=USED)
    base = member_base(rng)
    firm, grp = FIRMS["oxbeck"]
    prac = "Fernwater Family Practice"
    svc = dt.date(2026, 4, 7)
    rcv = dt.date(2026, 4, 22)
    ld = dt.date(2026, 5, 4)
    sent = dt.date(2026, 5, 6)
    clm = claim_no(rng, rcv)
    paid_clm = claim_no(rng, rcv)
    billed = 412.00
    tx = f"{slash(sent)}  09:{rng.randint(10, 59)}  PLUMBSTONE FUND OFFICE  913 555 {digits(rng, 4)}  P{{n}}/{{t}}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"PHF-C3  \u00b7  {FOOT}", tx=tx, tx_total=1)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member, "60 Quarter Corner Drive", "Fernwater, OV 64152"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.two_dates([("Letter date", slash(ld)), ("Claim received", slash(rcv))], x=p.l_margin + W * 0.5, w=W * 0.5)
    p.far_right([("Claim no.", clm), ("Member ID", sp_id(base, "01")), ("Plan / Group", f"{PLAN_LS} / {grp}")],
                x=p.l_margin + W * 0.5, cap_w=24, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On Tuesday, {long(svc)}, you saw Dr. {doc} at {prac} to have a tick taken out of the skin behind your "
           f"right knee after a day of boundary work. The practice billed the Fund {usd(billed)} for the removal "
           "under code 11402, which is the code for cutting out a skin growth (a lesion) of 1.1 to 2.0 cm. The Fund "
           "has not paid this charge.", 9.2)
    p.bar("Why", 9.0)
    p.para("The office note describes taking out an embedded tick with a small cut, not removing a skin growth. That "
           "service is billed as removal of a foreign body from the skin (code 10120). Because the code billed does "
           "not match the service in the record, the claim cannot be paid as sent. The practice may send a corrected "
           "claim with the right code; the Fund will then process it.", 9.0)
    p.para(f"The office visit on the same day was billed on a separate claim ({paid_clm}) and was paid on "
           f"{slash(plus(rcv, 5))}.", 9.0)
    p.bar("What this means for you", 9.0)
    p.para("The practice is in the Fund's network and may not bill you for this charge while the claim is being "
           "corrected. You do not need to do anything unless the practice sends you a bill.", 9.0)
    p.bar("If you disagree", 9.0)
    p.para("You may appeal within 180 days of the date of this letter. Write to the Appeals Coordinator at the Fund "
           "Office and give the claim number.", 9.0)
    p.ln(2)
    sign(p, [first_last(clerk), "Claims Unit", "Fund Office"])
    t = truth("denial_letter", "coding_error", insurer=INS, plan_id=PLAN_LS, group=grp, member_id=f"{base}-01",
              member_name=member, cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=doc, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [prac]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    stmt = bd_family_statement(rng)
    short = bd_short_hours(rng)
    cover, stack_docs = stack_brush_axe(rng)
    return [
        Item(f"{f}_bd_family_statement_daughter_claim_filed_late", "born_digital", [stmt]),
        Item(f"{f}_bd_short_field_hours_id_in_sentence", "born_digital", [short]),
        Item(f"{f}_faxstd_stack_work_ticket_brush_axe_comp_then_coverage", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(0, 1): 90}),
        Item(f"{f}_faxstd_remittance_mohs_no_precert_middle_claim", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_phone_es_ondas_de_choque_investigacional", "phone_photo", [phone_es_shockwave(rng)]),
        Item(f"{f}_photocopy_trustees_rehab_unit_upheld_snf_level", "photocopy", [photocopy_trustees(rng)]),
        Item(f"{f}_faxfine_tick_removal_billed_as_excision", "fax_fine_g4", [faxfine_tick(rng)]),
    ]
