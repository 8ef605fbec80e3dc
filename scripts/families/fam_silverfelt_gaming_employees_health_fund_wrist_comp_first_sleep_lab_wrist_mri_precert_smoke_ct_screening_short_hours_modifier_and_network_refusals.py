"""An invented health plan for casino dealers, cage cashiers, slot technicians and gaming floor staff: the Silverfelt
Gaming Employees Health & Welfare Fund (letterhead brand "Silverfelt" with a small "H&W" suffix, the tagline
"Health coverage for dealers, cage and floor staff" right under it, the administrator named in small print),
sponsored by the Board of Trustees of the Silverfelt Gaming Employees Health and Welfare Trust (the union, Truckee
Meadows Gaming & Hospitality Workers, Local 1147, and the casinos that pay in); claims, precertification and provider
payments by the invented administrator Tamsett Plan Services, Inc. (brand "Tamsett" with the suffix "Inc.", "a member
of the Velliers Group"). Invented rules: hours worked in a month earn coverage for the second month after it (110
hours needed; hours over 110 go to an hours bank of up to 330 that fills short months; a self-payment keeps coverage
once); an injury from work (a dealer's wrist) goes first to the casino's workers' compensation carrier; MRI and
surgery need precertification; a home sleep apnea test comes before any sleep-lab study unless the member has a
condition that makes a home test unreliable; low-dose CT lung screening follows the national screening criteria
(a personal smoking history; smoke breathed on a casino floor does not count); the Highline PPO network only, except
emergencies; bilateral or repeated procedures need modifiers. Plans SF-D1 (dealers and floor) and SF-C2 (cage and
count), employer groups "EMP-" + four digits, member numbers "SF" + nine digits (printed grouped on some papers),
claims "TPS" + year and day + "-" + four digits, precertification requests "PR-" + six digits. Every casino, clinic,
person, number, amount and address is invented; real Nevada and California towns with invented streets; phones
555; CPT, HCPCS, CARC and RARC codes as themselves (their explanations are written here in plain words).

Documents (8 in 7 files):
- bd_remittance_wrist_claim_comp_first_and_duplicate_code_only: a born-digital two-page provider remittance from
  Tamsett to a hand center: four claims, each with its own claim number, patient and member number and rows; one
  dealer's claim pays 0.00 on every row (OA-19 and a bare 19 for work injury, CO-18 M86 for a duplicate), another
  claim's rows pay 0.00 under PR-1 (deductible); rendering and billing side by side under each claim; the code list
  on page 2 with look-alikes (18/19, 96/97, 27/29, M86/M68, N10/N102, N30/N130) and codes no line uses (other).
- finefax_stack_sleep_lab_study_home_test_first_then_hours_statement: a fine-fax stack from the union's member
  benefits desk (a typed cover note), the Fund's letter refusing an in-lab sleep study for a night-shift dealer
  (home test first; level_of_care; page 2 turned sideways) and the Fund's hours and eligibility statement (denies
  nothing).
- faxstd_wrist_mri_no_precertification: a standard-fax notice from Tamsett to an open MRI center, captions running
  with no colon ('Claim - ...', 'Plan No   ...', 'Member ID ... Group ...'), ordering PA-C, reading radiologist and
  the center side by side (prior_authorization); a look-alike precertification number for another service.
- faxstd_lung_ct_screening_casino_smoke: a standard-fax letter from the Fund refusing low-dose CT lung screening for
  a never-smoking dealer who worked 23 years on smoking floors (medical_necessity), prose in two columns.
- lowres_es_short_hours_chiropractic_visits: a 150 dpi Spanish letter to a cage cashier: 86 of 110 hours in March,
  no coverage for two chiropractic visits in May (eligibility); weekly hours table, a self-payment offer as a decoy.
- photocopy_eob_bilateral_injection_modifier_code_only: a photocopied two-page member EOB: three claims, the hand
  center's injection claim paid 0.00 under CO-4 and 16 (coding_error), told only in the code list on page 2, with
  40 as a look-alike that no line uses.
- photo_trigger_finger_surgeon_out_of_network: a photographed letter: a hand surgeon in Sacramento outside the
  Highline PPO (out_of_network); the surgery center on the line under the doctor; network surgeons listed as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famra import (ERSheet, abbr, dd_mon, digits, dmy_long, dr, es_abbr, es_date, first_last, hand_cover,
                               iso, last_first, long, m2, mdyyyy, n2, nodollar, npi, ord_long, out, people, phone,
                               phone_dash, plus, slash, surname, tin, tollfree, truth, tx_date, usd, workday,
                               ymd_slash, yy)

FAMILY = ("silverfelt_gaming_employees_health_fund_wrist_comp_first_sleep_lab_wrist"
          "_mri_precert_smoke_ct_screening_short_hours_modifier_and_network_refusals")
LANG = "en"
SEED = 355170
USED: set = set()

FUND = "Silverfelt Gaming Employees Health & Welfare Fund"
TRUST = "Silverfelt Gaming Employees Health and Welfare Trust"
ADMIN = "Tamsett Plan Services, Inc."
UNION = "Truckee Meadows Gaming & Hospitality Workers, Local 1147"
FUND_ALT = [FUND, "Silverfelt Gaming Employees Health and Welfare Fund", "Silverfelt Health & Welfare Fund",
            "Silverfelt", TRUST]
ADMIN_ALT = [ADMIN, "Tamsett Plan Services", "Tamsett", FUND]
FUND_ADDR = ["Fund Office, 1190 Kietzke Ln, Suite 200", "Reno, NV 89502"]
ADMIN_ADDR = ["P.O. Box 20774", "Sparks, NV 89432"]
D1, C2 = "SF-D1", "SF-C2"
EMP = {"Comstock Lantern Casino Resort": "EMP-3318", "Sierra Ember Casino": "EMP-4402",
       "Tumbleweed Royale Hotel & Casino": "EMP-2709"}
HAND = "Truckee Meadows Hand & Wrist Center, PC"
FUND_FOOT = ("Sponsored by the Board of Trustees, Silverfelt Gaming Employees Health and Welfare Trust  \u00b7  EIN "
             "88-0614273  \u00b7  Plan No. 501  \u00b7  administered by Tamsett Plan Services, Inc.")
ADMIN_FOOT = "Tamsett Plan Services, Inc. is a member of the Velliers Group  \u00b7  third party administrator, NV TPA 1-4471"


def mid(rng) -> str:
    return f"SF{digits(rng, 9)}"


def grouped(m: str) -> str:
    return f"{m[:2]} {m[2:5]} {m[5:8]} {m[8:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"TPS26{d.timetuple().tm_yday:03d}-{digits(rng, 4)}"


def fund_head(p: ERSheet, rng, box: str | None = None, es: bool = False):
    right = [FUND_ADDR[0], FUND_ADDR[1], f"Member line {tollfree(rng, '888')}", f"Fax {phone(rng)}",
             "silverfeltfund.example"]
    p.brand_stack("Silverfelt", suffix="H&W",
                  tagline=("Cobertura médica para crupieres, cajeros y personal de piso" if es
                           else "Health coverage for dealers, cage and floor staff"),
                  member_of=FUND,
                  admin=(f"administrado por {ADMIN} para los Fideicomisarios del Local 1147 y los casinos participantes"
                         if es else f"administered by {ADMIN} for the Trustees of Local 1147 and participating casinos"),
                  right=right, box=box, size=24)


def admin_head(p: ERSheet, rng, box: str | None = None):
    p.brand_stack("Tamsett", suffix="Inc.", tagline="Plan services for multiemployer health funds",
                  member_of="a member of the Velliers Group",
                  right=[ADMIN_ADDR[0], ADMIN_ADDR[1], f"Provider services {tollfree(rng, '866')}",
                         f"Precertification fax {phone(rng)}"], box=box, size=24, spacing=0.6,
                  under_rule=f"Claims administrator for the {FUND}")


def addr_block(p: ERSheet, lines: list[str], size: float = 9.4):
    p.f(size)
    for ln in lines:
        p.set_x(p.l_margin)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def sign(p: ERSheet, lines: list[str], size: float = 9.2, close: str = "Sincerely,"):
    p.f(size)
    p.set_x(p.l_margin)
    p.cell(0, 5, close, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for i, ln in enumerate(lines):
        p.f(size if i == 0 else size - 0.6, "B" if i == 0 else "")
        p.set_x(p.l_margin)
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")


CARC_LIST = [
    ("CO", "Contractual obligation: an amount the provider agreed to write off. Do not bill the member for it."),
    ("PR", "Patient responsibility: an amount the member owes (deductible, coinsurance)."),
    ("OA", "Other adjustment: neither the Fund nor the member owes it under this claim."),
    ("1", "Applied to the member's deductible."),
    ("2", "The member's coinsurance."),
    ("4", "The procedure code does not fit the modifier billed, or a modifier that is needed is missing."),
    ("16", "The claim is missing information or has a billing error. Send a corrected claim."),
    ("18", "This exact service was billed before and has already been processed (a duplicate)."),
    ("19", "The injury or illness happened at work. The employer's workers' compensation carrier pays first."),
    ("27", "The service was after the member's coverage ended."),
    ("29", "The time limit for filing this claim has passed."),
    ("40", "The charges do not meet the rules for emergency or urgent care."),
    ("45", "The charge is more than the Highline PPO fee schedule; the difference is written off."),
    ("96", "Not a covered service under the Fund's plan."),
    ("97", "Paid as part of another service on this claim or an earlier one."),
]
RARC_LIST = [
    ("M86", "Paid once already for this service on another claim in the same period."),
    ("M68", "The rendering, ordering or referring provider's ID is missing or not valid."),
    ("N10", "Amount set after review by the Fund's review organization."),
    ("N102", "Denied without reading the records because the records asked for were not received."),
    ("N30", "The member is not eligible for this service."),
    ("N130", "See the plan document for the limits on this service."),
]


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    pts = people(rng, 4, "cd", sexes="FMFM", used=USED)
    docs = people(rng, 4, "cn", sexes="MFFM", used=USED)
    rd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    creds = ["MD", "MD", "NP", "PA-C"]
    rend = [dr(docs[0], "MD"), dr(docs[1], "MD"), dr(docs[2], "NP"), dr(docs[3], "PA-C")]
    ids = [mid(rng) for _ in pts]
    plans = [D1, D1, C2, D1]
    grps = [EMP["Comstock Lantern Casino Resort"], EMP["Sierra Ember Casino"],
            EMP["Tumbleweed Royale Hotel & Casino"], EMP["Comstock Lantern Casino Resort"]]
    d0, d1, d2, d3 = (dt.date(2026, 4, 14), dt.date(2026, 4, 16), dt.date(2026, 4, 21), dt.date(2026, 4, 23))
    svc = {
        0: [(d0, "99213", 168.00, 96.40, 77.12, "CO-45 PR-2"), (d0, "20526", 245.00, 131.80, 105.44, "CO-45 PR-2")],
        1: [(d1, "99204", 396.00, 0.00, 0.00, "OA-19"), (d1, "95907", 412.00, 0.00, 0.00, "19"),
            (d1, "95886", 318.00, 0.00, 0.00, "CO-18 M86")],
        2: [(d2, "99213", 168.00, 96.40, 0.00, "CO-45 PR-1"), (d2, "20526", 245.00, 131.80, 0.00, "PR-1")],
        3: [(d3, "99212", 112.00, 61.70, 49.36, "CO-45 PR-2"), (d3, "29125", 138.00, 72.10, 57.68, "CO-45 PR-2")],
    }
    rcv = [plus(svc[i][0][0], rng.randint(3, 7)) for i in range(4)]
    nos = [claim_no(rng, rcv[i]) for i in range(4)]
    claims = []
    for i in range(4):
        b = sum(x[2] for x in svc[i])
        al = sum(x[3] for x in svc[i])
        pd = sum(x[4] for x in svc[i])
        claims.append({"lead": [nos[i], last_first(pts[i]), ids[i]],
                       "lines": [[iso(d), c, n2(bb), n2(a), n2(pp), rc] for d, c, bb, a, pp, rc in svc[i]],
                       "total": ["", "", n2(b), n2(al), n2(pd), ""],
                       "note": f"Plan {plans[i]}  Grp {grps[i]}  Rcvd {yy(rcv[i])}      Rendering: {rend[i]}"
                               f"      |      Billing: {HAND}"})
    pay = sum(sum(x[4] for x in svc[i]) for i in range(4))
    q = ERSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                every=f"Remittance {digits(rng, 8)}  \u00b7  payee {HAND}")
    q.set_margins(12, 15, 12)
    q.add_page()
    admin_head(q, rng, box="PROVIDER REMITTANCE ADVICE")
    W = q.w - q.l_margin - q.r_margin
    q.boxes([[("Remittance date", ymd_slash(rd), 0.16), ("Payee", HAND, 0.41), ("Payee NPI", npi(rng), 0.13),
              ("Tax ID", tin(rng), 0.12), ("EFT trace", digits(rng, 10), 0.18)]], size=8.2)
    q.para(f"Payment for claims of members of the {FUND}. Total paid by EFT: {usd(pay)}. Codes are explained on "
           "the last page.", 7.8)
    q.remit_table(["Claim no.", "Patient", "Member no.", "Service date", "Code", "Billed", "Allowed", "Paid",
                   "Adjustment / remark"],
                  [W * k / 100 for k in (14, 17, 13, 11, 7, 8.5, 8.5, 8, 13)],
                  ["L", "L", "L", "L", "L", "R", "R", "R", "L"], claims, size=7.2, row_h=4.3, tot_label="Claim total")
    q.para(f"EFT issued {yy(rd)}.  Payment totals: billed {n2(sum(sum(x[2] for x in svc[i]) for i in range(4)))}   allowed "
           f"{n2(sum(sum(x[3] for x in svc[i]) for i in range(4)))}   paid {n2(pay)}", 7.8)
    q.add_page()
    q.legend_cols("Claim adjustment group and reason codes", CARC_LIST, ncol=2, size=7.1, code_w=8)
    q.legend_cols("Remark codes", RARC_LIST, ncol=2, size=7.1, code_w=10)
    q.para("A code printed without a group prefix (CO, PR or OA) on a line is in the same group as the reason it "
           "explains; for example a bare 19 is read as OA-19.", 7.6)
    q.bar("Reconsideration", 8.6)
    q.para("A provider may ask for reconsideration of any claim on this remittance within 90 days of the remittance "
           "date. For a work injury (19), send the workers' compensation carrier's written denial. For a duplicate "
           f"(18), send the records that show two separate services. Mail to {ADMIN}, Provider Reconsideration, "
           f"{ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}, or fax {phone(rng)}.", 7.8)
    q.para("Example only: a claim billed at $300.00 with a fee-schedule allowance of $180.00 shows CO-45 of $120.00, "
           "which the member may not be billed.", 7.4)
    den = 1
    t = truth("eob", "other", insurer=ADMIN, plan_id=plans[den], group=grps[den], member_id=ids[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(sum(x[2] for x in svc[den])),
              service_dates=[iso(d1)], denial_date=iso(rd), provider=rend[den], appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [docs[den], HAND, "Truckee Meadows Hand & Wrist Center"],
                          "plan_id": [None], "group_number": [None]},
              type_alternates=["denial_letter"])
    return out(q), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_stack(rng):
    member = people(rng, 1, "cd", sexes="M", used=USED)[0]
    np_, sleep_md, rn, rep, stat_sig = people(rng, 5, "cn", sexes="FMFMF", used=USED)
    inst = "Washoe Sleep Institute"
    clinic = "Sparks Night Clinic"
    m = mid(rng)
    g = EMP["Sierra Ember Casino"]
    rcv = workday(dt.date(2026, 4, rng.randint(20, 23)))
    ld = workday(plus(rcv, rng.randint(5, 7)))
    planned = workday(plus(ld, rng.randint(12, 16)))
    req = f"PR-{digits(rng, 6)}"
    sent = plus(ld, rng.randint(3, 5))
    tx = f"{slash(sent)}  {rng.randint(10, 12)}:{rng.randint(10, 59):02d}  LOCAL 1147 BENEFITS  7755550{digits(rng, 3)}  P.{{n}}"
    cover = hand_cover([UNION, "Member Benefits Desk", "455 E 4th St, Reno, NV 89512  \u00b7  " + phone(rng)],
                       [("To:", f"{inst}, prior authorization"), ("Fax:", phone(rng)),
                        ("From:", f"{rep.split()[0]} {surname(rep)}, benefits rep"), ("Date:", mdyyyy(sent)),
                        ("Pages:", "5 (cover + 4)"), ("Re:", f"Member {first_last(member)}, sleep study")],
                       [f"{first_last(member).split()[0]} asked us to send you the Fund's letter about his sleep study "
                        "and his latest hours statement, which shows he is covered in May and June.",
                        "Please call him about booking the home test."], f"{rep.split()[0]} {surname(rep)}", tx=tx)
    # (i) the Fund's letter, two pages
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT, tx=tx, tx_off=1)
    p.set_margins(19, 17, 19)
    p.add_page()
    fund_head(p, rng, box="SLEEP STUDY DECISION")
    addr_block(p, [member, "2260 Prater Way, Apt 14", "Sparks, NV 89431"], 9.4)
    p.sc_shade([("Date of this letter", long(ld), 0.24), ("Request", req, 0.2), ("Member", grouped(m), 0.22),
                ("Plan", D1, 0.12), ("Employer group", g, 0.22)], size=8.8)
    p.prov_side([("Ordered by", [dr(np_, "NP"), clinic, "night and weekend primary care"]),
                 ("Sleep physician", [dr(sleep_md, "MD"), inst]),
                 ("Where the study was planned", [inst, "two-bed sleep laboratory", f"night of {slash(planned)}"])],
                size=8.2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On {long(rcv)} {dr(np_, 'NP')} asked the Fund to approve an overnight sleep study in the laboratory of "
           f"{inst} (code 95810) for loud snoring and daytime sleepiness. The Fund does not approve the study in the "
           "sleep laboratory. It approves a home sleep apnea test instead (code 95806), which the institute can give "
           "you to take home.", 9.2)
    p.bar("Why", 9.2)
    p.para("For members who do not have heart failure, a serious lung or nerve and muscle disease, a seizure disorder "
           "or another sleep problem besides sleep apnea, the Fund's plan covers a home test first. A study in the "
           "laboratory is covered when the home test cannot be done or does not give a clear answer. Your records "
           "show none of those conditions. Because you work the night shift at the tables and sleep during the day, "
           "a home test taken during your usual sleep hours may give a truer picture than a night in the laboratory.",
           9.0)
    p.add_page()
    p.bar("If the home test does not settle it", 9.2)
    p.para("If the home test is negative or cannot be read and your sleep physician still thinks you have sleep apnea, "
           "ask again for the laboratory study; it will be approved.", 9.0)
    p.bar("Your right to appeal", 9.2)
    p.para("You, or your provider for you, may appeal this decision in writing within 180 days of the date of this "
           f"letter. Send it to the Appeals Committee, {FUND}, {FUND_ADDR[0]}, {FUND_ADDR[1]}. Urgent appeals are "
           "answered within 72 hours. You may ask for the criteria we used, free of charge.", 9.0)
    p.ln(3)
    sign(p, [dr(rn, "RN"), "Utilization Review, Tamsett Plan Services, Inc.", f"on behalf of the {FUND}"])
    letter = out(p)
    letter_t = truth("denial_letter", "level_of_care", insurer=FUND, plan_id=D1, group=g, member_id=m,
                     member_name=member, cases=[req], claim_amount=None, service_dates=[iso(planned)],
                     denial_date=iso(ld), provider=dr(np_, "NP"), appeal_deadline=iso(plus(ld, 180)),
                     alternates={"insurer": FUND_ALT, "provider": [np_, inst, dr(sleep_md, "MD"), sleep_md, clinic],
                                 "service_dates": [[]]},
                     denial_alternates=["medical_necessity"])
    # (ii) the Fund's hours and eligibility statement
    sd = workday(dt.date(2026, 4, rng.randint(13, 15)))
    q = ERSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT, tx=tx, tx_off=3)
    q.set_margins(19, 17, 19)
    q.add_page()
    fund_head(q, rng, box="HOURS & ELIGIBILITY STATEMENT")
    addr_block(q, [member, "2260 Prater Way, Apt 14", "Sparks, NV 89431"], 9.4)
    q.run_line([("Statement date", abbr(sd)), ("Member ID", m), ("Plan", D1)], sep="gap", size=8.8)
    q.run_line([("Employer group", g), ("Union", "Local 1147")], sep="gap", size=8.8)
    q.ln(2)
    W = q.w - q.l_margin - q.r_margin
    months = [("January 2026", 142.5, "March 2026"), ("February 2026", 121.0, "April 2026"),
              ("March 2026", 131.5, "May 2026"), ("April 2026", 0.0, "June 2026")]
    rows = []
    bank = 188.0
    for mo, h, cov in months:
        if h == 0.0:
            rows.append([mo, "(not yet reported)", "", f"{bank:.1f}", cov + " (from bank)"])
            bank -= 110
        else:
            bank = min(330.0, bank + h - 110)
            rows.append([mo, "Sierra Ember Casino", f"{h:.1f}", f"{bank:.1f}", cov + " - covered"])
    q.ruled_rows(["Work month", "Reported by", "Hours", "Bank after month", "Coverage month earned"], rows,
                 [W * k / 100 for k in (20, 28, 12, 16, 24)], ["L", "L", "R", "R", "L"], size=8.4)
    q.para("Your coverage is confirmed for May 2026 and, from your hours bank, for June 2026. Hours worked in April "
           "will be counted when Sierra Ember Casino reports them; that report is due by the 20th of May.", 9.0)
    q.para("How it works: the hours you work in a month earn coverage for the second month after it. You need 110 "
           "hours. Hours over 110 go into your bank (up to 330 hours) and fill in a month when you work less.", 8.6)
    q.para("This statement is for your information. It does not deny anything.", 8.6)
    q.ln(2)
    sign(q, [stat_sig, "Eligibility Department", FUND])
    stmt = out(q)
    stmt_t = truth("other", None, insurer=FUND, plan_id=D1, group=g, member_id=m, member_name=member,
                   denial_date=iso(sd), alternates={"insurer": FUND_ALT})
    return cover, [(letter, letter_t), (stmt, stmt_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_mri(rng):
    member = people(rng, 1, "cd", sexes="F", used=USED)[0]
    pa, rad, sig = people(rng, 3, "cn", sexes="MFM", used=USED)
    center = "Meadowood Open MRI, LLC"
    m = mid(rng)
    g = EMP["Tumbleweed Royale Hotel & Casino"]
    dos = workday(dt.date(2026, 3, rng.randint(9, 12)))
    nd = workday(plus(dos, rng.randint(20, 24)))
    clm = claim_no(rng, plus(dos, 4))
    pr_other = f"PR-{digits(rng, 6)}"
    lines = [("73221", "MRI wrist joint, right, without contrast", 1840.00), ("73221-26", "Professional reading",
                                                                             0.00)]
    total = 1840.00
    tx = (f"{tx_date(nd)} {rng.randint(13, 16)}:{rng.randint(10, 59):02d}  TAMSETT PLAN SVCS  7755550{digits(rng, 3)}"
          f"  TO 7755551{digits(rng, 3)}  PG {{n}} OF {{t}}")
    p = ERSheet(footer="Page {n} of {nb}", tx=tx, tx_total=1, ids_foot=ADMIN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="CLAIM NOTICE - NOT PAID")
    p.run_line([("To", f"{center}, billing office"), ("Notice date", slash(nd))], sep="gap", size=9.0,
               bold_val=False)
    p.ln(1.5)
    p.run_line([("Claim", clm), ("Received", dd_mon(plus(dos, 4)))], sep="dash", size=9.2)
    p.run_line([("Plan No", C2), ("Patient", last_first(member))], sep="gap", size=9.2)
    p.run_line([("Member ID", m), ("Group", g)], sep="none", size=9.2)
    p.ln(2)
    p.prov_side([("Ordering provider", [dr(pa, "PA-C"), HAND]),
                 ("Reading radiologist", [dr(rad, "MD"), "Sierra Radiology Partners"]),
                 ("Rendering facility", [center, "3350 Kietzke Ln, Reno, NV 89502", f"NPI {npi(rng)}"])], size=8.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date of service", "Code", "Service", "Billed", "Paid"],
                 [[slash(dos), c, s, n2(a) if a else "incl.", "0.00"] for c, s, a in lines]
                 + [["", "", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (17, 12, 47, 12, 12)], ["L", "L", "L", "R", "R"], size=8.4, bold_rows=(2,))
    p.bar("Reason", 9.2)
    p.para(f"The Fund's plan requires precertification before an MRI. Nobody asked Tamsett Plan Services to approve "
           f"this MRI before it was done on {long(dos)}, so the claim is not paid. The precertification on file for "
           f"this member, {pr_other}, is for the carpal tunnel release planned at {HAND}; it does not cover the MRI.",
           9.0)
    p.para("Because the center is in the Highline PPO and the rule is the center's to follow, the member may not be "
           "billed for this MRI.", 9.0)
    p.bar("What the center can do", 9.2)
    p.para("You may ask for reconsideration within 60 days of the date of this notice. Send the order from the "
           "ordering provider, the report and anything that shows that the MRI had to be done the same day and that "
           f"you called us within 2 business days after it. Fax {phone(rng)}, attention Provider Reconsideration.",
           9.0)
    p.ln(2)
    sign(p, [sig, "Provider Claims", ADMIN, f"for the {FUND}"])
    t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=C2, group=g, member_id=m,
              member_name=member, cases=[clm], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=center, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ADMIN_ALT, "provider": ["Meadowood Open MRI", dr(pa, "PA-C"), pa,
                                                             dr(rad, "MD"), rad]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_ct(rng):
    member = people(rng, 1, "cd", sexes="F", used=USED)[0]
    pulm, md_rev = people(rng, 2, "cn", sexes="MF", used=USED)
    practice = "High Desert Pulmonary Associates"
    m = mid(rng)
    g = EMP["Comstock Lantern Casino Resort"]
    rcv = workday(dt.date(2026, 2, rng.randint(16, 19)))
    ld = workday(plus(rcv, rng.randint(4, 6)))
    planned = workday(plus(ld, rng.randint(9, 14)))
    req = f"PR-{digits(rng, 6)}"
    tx = (f"{yy(ld)}  {rng.randint(9, 11)}:{rng.randint(10, 59):02d}  SILVERFELT FUND UM  7755552{digits(rng, 3)}"
          f"  ->  {practice.upper()}  {{n}}/{{t}}")
    p = ERSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=FUND_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    fund_head(p, rng, box="PRE-SERVICE DECISION")
    p.run_line([("Date", dmy_long(ld)), ("Request", req), ("Received", dmy_long(rcv))], sep="dash", size=9.0)
    p.run_line([("Member ID", grouped(m)), ("Group", g), ("Plan", D1)], sep="none", size=9.0)
    p.run_line([("Member", member), ("Born", slash(dt.date(1974, rng.randint(1, 12), rng.randint(1, 28))))],
               sep="gap", size=9.0)
    p.run_line([("Requested by", f"{practice} - {dr(pulm, 'DO')}")], sep="gap", size=9.0)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Service", "Code", "Planned", "Decision"],
                 [["Low-dose CT of the chest for lung cancer screening", "71271", slash(planned), "Not approved"],
                  ["Pulmonary function tests (spirometry, lung volumes)", "94010 / 94726", "any date", "No approval needed"]],
                 [W * k / 100 for k in (50, 16, 14, 20)], ["L", "L", "L", "L"], size=8.4)
    p.para_cols([
        f"Dear {first_last(member)}: Dr. {surname(pulm)} asked the Fund to approve a low-dose CT scan of your chest "
        "to screen for lung cancer. We know from the request that you have dealt cards for 23 years, most of them on "
        "floors where guests could smoke, and that you have never smoked yourself (0 pack-years).",
        "The Fund covers lung cancer screening for members aged 50 to 80 who have smoked at least 20 pack-years and "
        "still smoke or quit within the past 15 years. That is the rule the national screening guideline uses. "
        "Breathing other people's smoke, even for many years, is not part of that rule, because studies have not "
        "shown that yearly screening helps people who never smoked. For that reason the scan is not medically "
        "necessary under the plan, and we do not approve it.",
        "This does not mean your lungs cannot be checked. If you have a cough that will not go away, shortness of "
        "breath, chest pain or blood when you cough, a diagnostic CT ordered for those problems is covered. The "
        "breathing tests listed above need no approval and are covered.",
        "Appeal: you or Dr. " + surname(pulm) + " may appeal within 180 days of the date of this letter. Write to the "
        f"Appeals Committee, {FUND}, {FUND_ADDR[0]}, {FUND_ADDR[1]}, or fax the Fund. If waiting could harm your "
        "health, ask for an urgent appeal.",
    ], size=8.8)
    p.add_page()
    p.bar("Who decided", 9.2)
    p.para(f"{dr(md_rev, 'MD')}, a board-certified pulmonologist who reviews requests for the Fund through Tamsett "
           "Plan Services, made this decision. Dr. " + surname(pulm) + " may call her to talk about it at "
           f"{tollfree(rng, '866')}.", 9.0)
    p.bar("Other help", 9.2)
    p.para(f"{UNION} runs a smoke-free floor campaign; the union hall can tell you about the air-quality study at the "
           "casinos where members work. This is not part of the decision.", 8.8)
    p.para("You may ask for copies of the guideline and the records used, free of charge.", 8.8)
    p.ln(2)
    sign(p, ["Utilization Review", FUND])
    t = truth("denial_letter", "medical_necessity", insurer=FUND, plan_id=D1, group=g, member_id=m,
              member_name=member, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(pulm, "DO"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "provider": [pulm, practice], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    dc, sig = people(rng, 2, "es", sexes="MF", used=USED)
    office = "Quiropráctica Vista Sparks"
    m = mid(rng)
    g = EMP["Sierra Ember Casino"]
    v1 = dt.date(2026, 5, rng.randint(5, 7))
    v2 = plus(v1, 7)
    ld = workday(plus(v2, rng.randint(16, 20)))
    clm = claim_no(rng, plus(v2, 3))
    lines = [(v1, "98940", "Ajuste quiropráctico, 1-2 regiones", 92.00), (v1, "97140", "Terapia manual", 68.00),
             (v2, "98940", "Ajuste quiropráctico, 1-2 regiones", 92.00), (v2, "97140", "Terapia manual", 68.00)]
    total = sum(x[3] for x in lines)
    weeks = [("2-8 mar", 24.0), ("9-15 mar", 16.0), ("16-22 mar", 24.0), ("23-29 mar", 16.0), ("30-31 mar", 6.0)]
    got = sum(h for _, h in weeks)
    p = ERSheet(footer="Página {n} de {nb}", ids_foot=FUND_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    fund_head(p, rng, box="AVISO DE ELEGIBILIDAD", es=True)
    p.f(9.4)
    p.cell(0, 5, f"Reno, Nevada, {es_date(ld)}", align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [member, "1575 Oddie Blvd, Apt 208", "Sparks, NV 89431"], 9.4)
    p.boxes([[("N.º de miembro", m, 0.26), ("Grupo", g, 0.16), ("Plan", f"{C2} Caja y conteo", 0.22),
              ("Reclamo", clm, 0.36)]], size=8.8, shade_cap=True)
    p.para(f"Estimada señora {surname(member)}:", 9.6)
    p.para(f"Recibimos el reclamo de {office} por dos visitas con el Dr. {dc}, DC, los días {es_date(v1)} y "
           f"{es_date(v2)}. El Fondo no puede pagarlas porque usted no tenía cobertura en mayo de 2026.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cargo"],
                 [[es_abbr(d), c, s, n2(a)] for d, c, s, a in lines] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (18, 14, 50, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    p.bar("Por qué", 9.2)
    p.para("Las horas que usted trabaja en un mes le dan cobertura para el segundo mes después. La cobertura de mayo "
           f"dependía de las horas de marzo de 2026. Se necesitan 110 horas. Sierra Ember Casino reportó {got:.0f} "
           "horas, y su banco de horas estaba en cero:", 9.0)
    p.ruled_rows(["Semana de marzo", "Horas reportadas"], [[w, f"{h:.1f}"] for w, h in weeks]
                 + [["Total de marzo", f"{got:.1f}"]], [W * 0.4, W * 0.25], ["L", "R"], size=8.4,
                 bold_rows=(len(weeks),))
    p.bar("Qué puede hacer", 9.2)
    p.bullets([
        "Autopago: puede mantener la cobertura de mayo pagando $486.00 a la Oficina del Fondo dentro de 30 días a "
        "partir de la fecha de esta carta. Si paga, volveremos a procesar el reclamo. Esta opción se puede usar una "
        "sola vez cada 12 meses.",
        "Si trabajó horas que no aparecen arriba, envíenos sus talones de pago y pediremos al casino que las reporte.",
        "Apelación: si no está de acuerdo, puede apelar por escrito dentro de 180 días a partir de la fecha de esta "
        f"carta. Escriba al Comité de Apelaciones, {FUND}, {FUND_ADDR[0]}, {FUND_ADDR[1]}.",
    ], size=8.8)
    p.ln(1)
    sign(p, [sig, "Departamento de Elegibilidad", FUND], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=C2, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld),
              provider=office, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT, "provider": [f"{dc}, DC", dc, f"Dr. {dc}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_eob(rng):
    member = people(rng, 1, "cd", sexes="M", used=USED)[0]
    dpt, hand_md, np_, sig = people(rng, 4, "cn", sexes="FMFM", used=USED)
    m = mid(rng)
    g = EMP["Tumbleweed Royale Hotel & Casino"]
    sd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    a1 = dt.date(2026, 3, 3)
    b1 = dt.date(2026, 3, 10)
    c1 = dt.date(2026, 3, 17)
    claims = [
        ("Comstock Physical Therapy", dr(dpt, "DPT"),
         [(a1, "97110", "Therapeutic exercise, 2 units", 136.00, 88.40, 70.72, "CO-45 PR-2"),
          (a1, "97140", "Manual therapy, 1 unit", 72.00, 44.10, 35.28, "CO-45 PR-2")]),
        (HAND, dr(hand_md, "MD"),
         [(b1, "20526", "Injection, carpal tunnel", 245.00, 0.00, 0.00, "CO-4"),
          (b1, "20526", "Injection, carpal tunnel", 245.00, 0.00, 0.00, "CO-4"),
          (b1, "J1030", "Methylprednisolone acetate, 40 mg, 2 units", 38.00, 0.00, 0.00, "16")]),
        ("Sparks Night Clinic", dr(np_, "NP"),
         [(c1, "99213", "Office visit, established patient", 158.00, 92.60, 74.08, "CO-45 PR-2")]),
    ]
    rcvd = [plus(c[2][0][0], rng.randint(4, 8)) for c in claims]
    nos = [claim_no(rng, r) for r in rcvd]
    den = 1
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT, strip=f"{member}  \u00b7  Member {grouped(m)}")
    p.set_margins(15, 15, 15)
    p.add_page()
    fund_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.f(7.6, "B")
    p.cell(0, 4, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [member.upper(), "880 Greenbrae Dr", "Sparks, NV 89431"], 9.2)
    p.run_line([("Statement date", slash(sd)), ("Member ID", m), ("Group", g), ("Plan", D1)], sep="none", size=8.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    tb = []
    for i, (bill, rend, lines) in enumerate(claims):
        rows.append(("span", f"Claim {nos[i]}"))
        rows.append(("note", f"Billed by {bill}          Treated by {rend}"))
        for d, c, s, b, a, pd, rc in lines:
            rows.append([mdyyyy(d), c, s, nodollar(b), nodollar(a), nodollar(pd), rc])
        tb.append(sum(x[3] for x in lines))
        rows.append(("bold", ["", "", "Claim total", n2(tb[-1]), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), ""]))
        rows.append(("gap",))
    p.flow_table(["Date", "Code", "Service", "Billed", "Allowed", "Fund paid", "Codes"],
                 [W * k / 100 for k in (12, 9, 39, 10, 10, 10, 10)], ["L", "L", "L", "R", "R", "R", "L"], rows,
                 size=7.8)
    coins = sum(x[4] - x[5] for c in claims for x in c[2])
    yb = p.money_box("Your share this statement", [("Coinsurance", usd(coins)), ("Deductible", "$0.00"),
                                                   ("You may owe", usd(coins))], w=80, size=8.2)
    p.set_y(yb + 3)
    p.para("Codes are explained on the next page.", 7.8)
    p.add_page()
    p.legend_cols("Codes on this statement and what they mean", CARC_LIST[:3] + [
        ("2", "Your coinsurance (20% of the allowed amount)."),
        ("4", "Not paid. The procedure code does not fit the modifier on the claim, or a needed modifier is missing "
              "(for example, right and left sides, or a second procedure the same day). The provider may send a "
              "corrected claim; you do not owe this amount now."),
        ("16", "Not paid. The claim has a billing error or is missing information. The provider may correct it."),
        ("40", "The charges do not meet the rules for emergency or urgent care."),
        ("45", "More than the Highline PPO allows; the provider writes off the difference."),
        ("96", "Not a covered service."), ("97", "Paid as part of another service."),
    ], ncol=2, size=7.3, code_w=8)
    p.bar("Questions and appeals", 8.8)
    p.para("If you disagree with how a claim was paid, you may appeal in writing within 180 days of the statement "
           f"date. Write to the Appeals Committee, {FUND}, {FUND_ADDR[0]}, {FUND_ADDR[1]}. Call {tollfree(rng, '888')} "
           "with questions.", 8.4)
    p.para("Example: if the Fund allows $100.00 and your coinsurance is 20%, you pay $20.00 and the Fund pays $80.00.",
           7.6)
    t = truth("eob", "coding_error", insurer=FUND, plan_id=D1, group=g, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(tb[den]), service_dates=[iso(b1)], denial_date=iso(sd),
              provider=dr(hand_md, "MD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [hand_md, HAND, "Truckee Meadows Hand & Wrist Center"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_oon(rng):
    member = people(rng, 1, "cd", sexes="F", used=USED)[0]
    surg, n1, n2_, sig = people(rng, 4, "cn", sexes="MFMF", used=USED)
    practice = "Sacramento Valley Hand Surgery"
    asc = "American River Surgery Center"
    m = mid(rng)
    g = EMP["Comstock Lantern Casino Resort"]
    dos = workday(dt.date(2026, 5, rng.randint(18, 21)))
    ld = workday(plus(dos, rng.randint(22, 26)))
    clm = claim_no(rng, plus(dos, 6))
    last_day = plus(ld, 180)
    lines = [("26055", "Trigger finger release, right ring finger", 2480.00), ("20550", "Injection, tendon sheath",
                                                                               210.00)]
    total = sum(x[2] for x in lines)
    p = ERSheet(footer="Page {n} of {nb}", ids_foot=FUND_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    fund_head(p, rng, box="CLAIM NOT PAID")
    addr_block(p, [member, "4471 Lakeside Dr", "Reno, NV 89509"], 9.4)
    p.run_line([("Letter date", ord_long(ld)), ("Claim", clm)], sep="gap", size=9.0)
    p.run_line([("Member ID", m), ("Group", g)], sep="none", size=9.0)
    p.ln(2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We received a claim for the surgery on your right ring finger on {slash(dos)}. The surgeon was", 9.2)
    p.f(9.4, "B")
    p.set_x(p.l_margin + 10)
    p.cell(0, 4.8, f"{dr(surg, 'MD')}, {practice}", new_x="LMARGIN", new_y="NEXT")
    p.f(9.0)
    p.set_x(p.l_margin + 10)
    p.cell(0, 4.6, f"at {asc}, Sacramento, California", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Billed", "Fund paid"], [[c, s, n2(a), "0.00"] for c, s, a in lines]
                 + [["", "Total", usd(total), "$0.00"]], [W * k / 100 for k in (14, 56, 15, 15)], ["L", "L", "R", "R"],
                 size=8.6, bold_rows=(len(lines),))
    p.para(f"The Fund's plan pays only providers in the Highline PPO network, except for emergencies. {practice} and "
           f"{asc} are not in the network, and the surgery was planned, not an emergency, so the Fund cannot pay this "
           "claim. The surgeon may bill you for the full charge.", 9.2)
    p.para("Network hand surgeons near Reno who do this surgery include:", 9.0)
    p.bullets([f"{dr(n1, 'MD')}, {HAND}, {phone(rng)}",
               f"{dr(n2_, 'DO')}, Northern Nevada Orthopedic Hand Clinic, {phone(rng)}"], size=8.8)
    p.para(f"If you think this decision is wrong, for example because no network surgeon could see you in time, "
           f"write to the Appeals Committee. Your appeal must be received by {long(last_day)}.", 9.2)
    p.ln(2)
    sign(p, [sig, "Member Services", FUND, f"Mailed {iso(ld)}"])
    t = truth("denial_letter", "out_of_network", insurer=FUND, plan_id=None, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=dr(surg, "MD"), appeal_deadline=iso(last_day),
              alternates={"insurer": FUND_ALT, "provider": [surg, practice]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    items = [Item(f"{f}_bd_remittance_wrist_claim_comp_first_and_duplicate_code_only", "born_digital",
                  [bd_remittance(rng)])]
    cover, docs = finefax_stack(rng)
    items += [
        Item(f"{f}_finefax_stack_sleep_lab_study_home_test_first_then_hours_statement", "fax_fine_g4", docs,
             separators=[cover, None], turns={(0, 1): 90}),
        Item(f"{f}_faxstd_wrist_mri_no_precertification", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(f"{f}_faxstd_lung_ct_screening_casino_smoke", "fax_standard_g4", [faxstd_ct(rng)]),
        Item(f"{f}_lowres_es_short_hours_chiropractic_visits", "scan_lowres_150", [lowres_es(rng)]),
        Item(f"{f}_photocopy_eob_bilateral_injection_modifier_code_only", "photocopy", [photocopy_eob(rng)]),
        Item(f"{f}_photo_trigger_finger_surgeon_out_of_network", "phone_photo", [photo_oon(rng)]),
    ]
    return items
