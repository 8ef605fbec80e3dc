"""Papers mirrored (structure and plain wording style only) from the state high-risk health insurance pools that states
created by statute for residents whom insurers refused individual coverage: a nonprofit association governed by a board
of directors, with a contracted claims administrator that prints some papers on the association's letterhead and its
provider remittances on its own; a pre-existing condition waiting period counted from the coverage start, with credit
for earlier coverage; a monthly premium with a 31-day grace period; benefit limits (a yearly visit limit on therapy, a
lifetime maximum); precertification of imaging and stays; a provider filing limit; a grievance to the association's
Grievance Committee, a review by the Board and an external review by the state's insurance department. Every
sentence is written anew for an invented state and pool.

Issuer: the State of Carvossa (postal code CV; towns Orlenby, Scarrowfield, Mercombe, Tolvaddon, Bosvenna, Hallowby,
all invented) and the Carvossa Comprehensive Health Association ("CCHA", letterhead: a drawn umbrella, the logo word
"CARVOSSA" with the legal name small under it, created by the invented Carvossa Health Coverage Access Act); its claims
administrator Pennethorne Claims Administration, Inc. (named in small print on the CCHA papers; its own spaced
wordmark on the provider remittance). Plans: CV15P (Plan 1500) and CV30P (Plan 3000); group CCHA01 for every
enrollee; enrollee IDs "CV" + two digits + a letter + five digits, then "-" and the enrollee suffix (01 policyholder,
02 spouse, 03 and up children), e.g. "CV38K20417-01"; claim numbers "C" + year + day of year + "-" + five digits
("C26071-20981"); grievance dockets "26-G-" + four digits; decoys: document control numbers ("DCN ..."), batch and
lockbox numbers, premium invoice numbers "PRM-...", EFT trace numbers, form numbers "CCHA-..." and fax header dates.
Invented rules: conditions treated or advised in the 180 days before coverage began are excluded for the first nine
months of coverage (less a month for each month of earlier coverage); outpatient therapy 24 visits a calendar year;
precertification for PET and MRI scans, surgery and stays; providers file within 90 days of the service; premium due
on the 1st, a 31-day grace period, coverage ends at the end of the last month paid; enrollees appeal within 180 days;
the Grievance Committee's decision may go to the Board within 60 days; external review within four months.

Documents (8 in 7 files):
- bd_eob_cardiology_in_waiting_period_code_w9: born-digital two-page EOB on the CCHA letterhead; captions in a narrow
  left column with dot leaders to values at the right margin ("Statement date ... April 9th, 2026" - the standard
  form only in the footer "Issued 04/09/2026"); four claims opened by grey lines naming practice and rendering
  clinician; the status column carries only letter codes (DA deductible, CI coinsurance, OP auto medical payments
  paid first, W9 waiting period; an unused X4 duplicate in the legend); the cardiology claim (visit and Holter monitor) pays 0.00 under W9, told only in the
  legend under the table; page 2 coverage facts and the 180-day appeal.
- faxstd_stack_notebook_cover_therapy_limit_then_pt_statement: a standard-fax stack sent from a public library
  (fax header dated two weeks after the notice on every page): a spiral-notebook page lettered by hand by the
  enrollee's daughter, the CCHA letter refusing four physical therapy visits over the 24-visit yearly limit (date
  under a pale preprinted caption, "File no." the claim beside a "Doc. ctl." decoy; the therapist named only in
  prose), then the therapy practice's statement (a bill; denies nothing).
- faxstd_remittance_er_claim_past_filing_limit: Pennethorne's provider remittance to a hospital, standard fax; four
  claims of three patients (a child with suffix -03); adjustment codes in the last column (CO-45, PR-1, PR-2, OA-23,
  CO-29) keyed in a legend; the child's emergency claim pays 0.00 under CO-29 (filed 97 days after the visit); the
  remittance date only in the footer; cycle, batch, EFT trace, payee and NPI numbers as decoys; 90 days to ask for
  reconsideration.
- bd_grievance_rehab_hospital_stay_level_facts_p2: born-digital two-page Grievance Committee decision keeping the
  refusal of an inpatient rehabilitation hospital stay after a stroke (a skilled nursing facility would have been the
  right level); page 1 dated "the 21st day of April, 2026" in prose (the standard date only in the footer's "Mailed
  04/21/2026"); the enrollee's facts (ID, plan, group, docket, claim, stay, charges, hospital, attending DO) in a box
  on page 2; Board review within 60 days of the decision; external review in four months as a decoy.
- scan150_es_pet_sin_precertificacion: a 150 dpi Spanish letter refusing a PET-CT done without precertification;
  labels with their values below and to the right ("Referencia" the claim beside "Lote" a batch decoy); the
  radiologist "Dra." and the imaging centre; 180 days.
- photocopy_premium_lapse_er_visit_mailed_stamp: a photocopied notice that coverage ended at the end of February
  (March premium unpaid by the end of the grace period) and an emergency visit of March 19 is refused; no date line,
  the only date of the notice in a "MAILED" meter stamp; the claim under "Control no." beside a premium invoice and a
  lockbox batch as decoys; the emergency physician named only in prose; 60 days from the mailing.
- phone_premium_notice_june: a photographed premium notice ("Notice date May 1st, 2026", the standard form on the
  return coupon), amount due, grace period, the waiting period end date; denies nothing.

Truth notes: insurer is the CCHA on its papers ("CCHA", "Carvossa Comprehensive Health Association" short forms,
and on the Spanish letter its Spanish name accepted), Pennethorne on its remittance (the CCHA accepted, since the
remittance says it pays for the CCHA's plans); unscored on the therapy practice's statement. The pre-existing
waiting period is `not_covered` (`eligibility` accepted: a reader may take a waiting period as not yet being
eligible); the rehabilitation stay is `level_of_care` (`medical_necessity` accepted: the letter also says the stay was
not needed at that level). The rendering clinician is the provider; the practice, hospital or imaging centre beside
it is accepted. The grievance decision carries the docket and the claim (either alone accepted) and the stay as a span
(its first day alone, or both days, accepted). On the premium notice the amount due is accepted as the amount
(truth null), since a reader may take the one sum on the page for it. On the therapy practice's statement the amount
is the statement's charges for the four refused visits, the enrollee ID its "Insurance ID".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famua import (EUSheet, addr_block, day_of, digits, dr, es_date, first_last, iso, last_first, long,
                               m2, n2, notebook_cover, npi, ord_md, out,
                               people, phone, plus, sign, slash, stamp_date, tin, tollfree, truth, usd)

FAMILY = ("carvossa_health_association_risk_pool_preexisting_wait_therapy_limit_late_claim_rehab_level_pet_precert_"
          "premium_lapse_refusals")
LANG = "en"
SEED = 355096
USED: set = set()

POOL = "Carvossa Comprehensive Health Association"
POOL_ES = "Asociación de Salud Integral de Carvossa"
ADMIN = "Pennethorne Claims Administration, Inc."
POOL_ALT = [POOL, "CCHA", "Carvossa Health Association", "Carvossa Comprehensive Health"]
ADDR = ["PO Box 4417", "Orlenby, CV 82904"]
FORM_FOOT = "Carvossa Comprehensive Health Association  \u00b7  PO Box 4417, Orlenby, CV 82904  \u00b7  claims administered by " \
    + ADMIN
GROUP = "CCHA01"
PLAN_15, PLAN_30 = "CV15P", "CV30P"


def enrollee_id(rng, suffix: str = "01") -> str:
    return f"CV{digits(rng, 2)}{rng.choice('HKMRTWX')}{digits(rng, 5)}-{suffix}"


def claim_no(rng, d: dt.date) -> str:
    return f"C{d.strftime('%y')}{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def dcn(rng) -> str:
    return f"DCN {digits(rng, 5)} {digits(rng, 4)} {digits(rng, 2)}"


def head(p: EUSheet, rng, box: str | None = None, spanish: bool = False):
    right = [ADDR[0], ADDR[1], f"Enrollee services {tollfree(rng, '866')}", f"TTY 711  \u00b7  Fax {phone(rng)}",
             "cchapool.example"]
    p.mark_logo("umbrella", "CARVOSSA", POOL + (f"  \u00b7  {POOL_ES}" if spanish else ""), right,
                tagline=("Cobertura de salud para quienes otras aseguradoras rechazaron" if spanish else
                         "Health coverage for Carvossans an insurer turned down"),
                small=f"Claims administered by {ADMIN}", box=box, size=24, legal_size=7.4)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "cv", sexes="F", used=USED)[0]
    pcp, card, lab_dr, uc = people(rng, 4, "cc", sexes="MMFF", used=USED)
    mid = enrollee_id(rng, "01")
    sd = dt.date(2026, 4, 9)
    v_pcp = dt.date(2026, 3, 4)
    v_card, v_holter = dt.date(2026, 3, 10), dt.date(2026, 3, 12)
    v_uc = dt.date(2026, 3, 16)
    heart = "Orlenby Heart & Rhythm Group"
    c_card_lines = [(v_card, "99204", "New patient visit, moderate", 312.00, 0.00, 0.00, 0.00, 0.00, 0.00, "W9"),
                    (v_holter, "93224", "Holter monitor, 48 hours", 486.00, 0.00, 0.00, 0.00, 0.00, 0.00, "W9")]
    claims = [
        (f"{first_last(pcp)}, MD", "Bosvenna Family Practice", v_pcp,
         [(v_pcp, "99213", "Office visit, established", 188.00, 131.00, 131.00, 0.00, 0.00, 0.00, "DA")]),
        (f"{first_last(lab_dr)}, MD (pathologist)", "Tolvaddon Regional Laboratory", v_pcp,
         [(v_pcp, "80053", "Metabolic panel", 74.00, 42.00, 0.00, 8.40, 0.00, 33.60, "CI"),
          (v_pcp, "85025", "Blood count, automated", 38.00, 21.00, 0.00, 4.20, 0.00, 16.80, "CI")]),
        (f"Dr. {dr(card, 'MD')}", heart, v_card, c_card_lines),
        (f"{first_last(uc)}, PA-C", "Hallowby Walk-In Care", v_uc,
         [(v_uc, "99203", "Visit after a car accident", 226.00, 158.00, 0.00, 0.00, 158.00, 0.00, "OP"),
          (v_uc, "73110", "X-ray, wrist, 3 views", 142.00, 96.00, 0.00, 0.00, 96.00, 0.00, "OP")]),
    ]
    nos = [claim_no(rng, plus(c[2], rng.randint(5, 12))) for c in claims]
    den = 2
    p = EUSheet(footer=None, ids_foot=f"Form CCHA-EOB-3 (01/26)  \u00b7  Issued {slash(sd)}  \u00b7  "
                f"{dcn(rng)}  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, rng, box="EXPLANATION OF BENEFITS")
    addr_block(p, [member.upper(), "77 Quarry Bench Road", "Bosvenna, CV 82951"], 9.2)
    p.edge_leaders([("Statement date", ord_md(sd)), ("Enrollee", first_last(member)),
                    ("Enrollee ID - suffix", mid), ("Plan code", PLAN_15), ("Group", GROUP),
                    ("Coverage began", long(dt.date(2026, 1, 1)))], cap_w=30, size=9.0, cap=7.2)
    p.f(7.6)
    p.set_x(p.l_margin)
    p.multi_cell(0, 3.6, "THIS IS NOT A BILL. It shows the claims we processed for you since your last statement. "
                 "The last column gives a status code for each line; the codes are explained under the table.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * k / 100 for k in (10, 7, 24, 9, 9, 8, 8, 9, 8, 8)]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "R", "C"]
    rows = []
    for i, (rend, prac, _, lines) in enumerate(claims):
        cl = [[slash(d), code, s, n2(b), n2(al), n2(dd), n2(co), n2(ot), n2(pd), st]
              for d, code, s, b, al, dd, co, ot, pd, st in lines]
        tot = None
        if len(lines) > 1:
            tot = ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                   n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), n2(sum(x[7] for x in lines)),
                   n2(sum(x[8] for x in lines)), ""]
        rows.append({"open": f"Claim {nos[i]}   {prac}   rendering: {rend}", "rows": cl, "total": tot})
    p.coded_claims(["Date", "Code", "Service", "Billed", "Allowed", "Deduct.", "Coins.", "Paid by other",
                    "CCHA paid", "Status"], widths, aligns, rows, size=7.3)
    allc = [x for c in claims for x in c[3]]
    p.f(7.6, "B")
    p.set_x(p.l_margin)
    for t, w, a in zip(["", "", "Statement totals", n2(sum(x[3] for x in allc)), n2(sum(x[4] for x in allc)),
                        n2(sum(x[5] for x in allc)), n2(sum(x[6] for x in allc)), n2(sum(x[7] for x in allc)),
                        n2(sum(x[8] for x in allc)), ""], widths, aligns):
        p.cell(w, 4.8, t, align=a)
    p.ln(7)
    p.legend_rows("Status codes on this statement", [
        ("", "DA", "Applied to your calendar-year deductible. You pay this amount to the provider."),
        ("", "CI", "Paid at 80% of the allowed amount; the other 20% is your coinsurance."),
        ("", "OP", "Your auto insurance's medical payments coverage paid first for care after an accident. CCHA "
                   "pays only what is left of its allowed amount, here nothing."),
        ("", "W9", "This care is for a condition that was treated, or for which care was advised, in the 180 days "
                   "before your coverage began. Under your policy such a condition is not covered until your "
                   "waiting period ends (see page 2). CCHA paid nothing; the provider may bill you."),
        ("", "X4", "The same service was billed twice. The second claim was not paid."),
    ], size=7.4, grp_w=0, code_w=10, head=("", "Code", "What it means"))
    p.add_page()
    p.bar("Your coverage at a glance", 9.0)
    p.edge_leaders([("Plan", "Plan 1500 (deductible $1,500.00)"),
                    ("Deductible met this year", "$1,211.00 of $1,500.00"),
                    ("Out-of-pocket limit", "$4,000.00"),
                    ("Waiting period for conditions treated before coverage", "ends September 30, 2026"),
                    ("Lifetime maximum used", "$3,902.40 of $2,000,000.00")], cap_w=44, size=8.8)
    p.para("Your waiting period: when you enrolled, your application and your doctors' records showed care for an "
           "irregular heartbeat in the six months before your coverage began. You had no earlier health coverage to "
           "credit against the waiting period, so care for that condition is not covered in your first nine months "
           "of coverage. Care for every other condition is covered now.", 8.6)
    p.bar("If you disagree", 9.0)
    p.para("You may appeal any decision on this statement within 180 days of the date of this statement. Write to the "
           f"CCHA Grievance Committee, {ADDR[0]}, {ADDR[1]}, and include the claim number and the reasons. If your "
           "health would be in danger by waiting, call Enrollee Services and ask for a fast review. After the "
           "Committee decides, you may ask the Board of Directors to review, and the Carvossa Department of "
           "Insurance offers an external review.", 8.6)
    p.para("Nondiscrimination: the CCHA does not treat anyone differently because of race, color, national origin, "
           "age, disability or sex. Language help is free: call Enrollee Services.", 7.6)
    lines = claims[den][3]
    t = truth("eob", "not_covered", insurer=POOL, plan_id=PLAN_15, group=GROUP, member_id=mid, member_name=member,
              cases=[nos[den]], claim_amount=m2(sum(x[3] for x in lines)),
              service_dates=[iso(v_card), iso(v_holter)], denial_date=iso(sd),
              provider=dr(card, "MD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": POOL_ALT, "provider": [heart]},
              denial_alternates=["eligibility"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "cv", sexes="M", used=USED)[0]
    daughter = people(rng, 1, "cv", sexes="F", last=member.split()[-1], used=USED)[0]
    dpt, aid, rev, billing = people(rng, 4, "cc", sexes="MFFM", used=USED)
    mid = enrollee_id(rng, "01")
    clinic = "Scarrowfield Motion Physical Therapy"
    visits = [dt.date(2026, 3, 23), dt.date(2026, 3, 25), dt.date(2026, 3, 30), dt.date(2026, 4, 1)]
    fee = 165.00
    clm = claim_no(rng, dt.date(2026, 4, 6))
    ld = dt.date(2026, 4, 14)
    st_d = dt.date(2026, 4, 22)
    sent = dt.date(2026, 4, 28)
    tx = f"04/28/2026  14:07   ORLENBY PUBLIC LIBRARY   (307) 555-{digits(rng, 4)}     P.{{n2}}/{{t2}}"
    cover = notebook_cover(rng, [
        "FAX  -  to Carvossa Legal Aid, Health Unit",
        f"attn: {first_last(aid)}",
        f"from: {first_last(daughter)} (for my dad {first_last(member)})",
        f"my cell {phone(rng)}",
        "",
        "the pool won't pay his last 4 therapy visits",
        "and the therapy place sent him this bill.",
        "he still can't do stairs. what can we do?",
        "",
        "3 pages with this one",
    ], tx=tx, tx_total=3, size=14.5)
    # (i) the CCHA letter: visits over the yearly limit
    p = EUSheet(footer="Page {n} of {nb}", tx=tx, tx_off=1, tx_total=3)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng)
    p.faint_boxes([("Date of notice", slash(ld), 0.22), ("File no.", clm, 0.24), ("Doc. ctl.", dcn(rng)[4:], 0.27),
                   ("Enrollee ID", mid, 0.27)], size=9.2)
    addr_block(p, [member, "4 Slate Row", "Scarrowfield, CV 82917"], 9.4)
    p.subject_line("Your therapy visits over the yearly limit")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"We received a claim for four physical therapy visits from when you saw {dr(dpt, 'DPT')} at {clinic} in "
           "March and April. We are sorry, but we cannot pay for these visits.", 9.4)
    p.para("Your plan pays for up to 24 visits of outpatient physical, occupational and speech therapy together in a "
           "calendar year. Our records show that you had 24 visits from January 6 through March 20, 2026, after your "
           "knee replacement. The visits below were your 25th through 28th visits this year, so they are over the "
           "limit and your plan does not cover them.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Visit date", "Visit this year", "Service", "Charge", "CCHA paid"],
                 [[slash(d), f"{25 + i}th", "97110 / 97140  therapeutic exercise, manual therapy", n2(fee), "0.00"]
                  for i, d in enumerate(visits)] + [["", "", "Total", usd(fee * 4), "$0.00"]],
                 [W * k / 100 for k in (14, 12, 50, 12, 12)], ["L", "L", "L", "R", "R"], size=8.6, bold_rows=(4,))
    p.para(f"Plan: {PLAN_30}   Group: {GROUP}. The yearly limit starts again on January 1, 2027. Visits you have "
           "because of a new injury or surgery count toward the same limit.", 8.8)
    p.bar("If you disagree", 9.2)
    p.para("You or someone you choose may appeal within 180 days of the date of this notice. Write to the CCHA "
           f"Grievance Committee at {ADDR[0]}, {ADDR[1]}. Send the file number above, your reasons and anything from "
           f"your doctor or therapist. If you have questions, call Enrollee Services at {tollfree(rng, '866')}.", 9.0)
    p.ln(2)
    sign(p, [first_last(rev), "Benefit Review Unit", "for the Carvossa Comprehensive Health Association"])
    letter = out(p)
    letter_t = truth("denial_letter", "not_covered", insurer=POOL, plan_id=PLAN_30, group=GROUP, member_id=mid,
                     member_name=member, cases=[clm], claim_amount=m2(fee * 4),
                     service_dates=[iso(d) for d in visits], denial_date=iso(ld), provider=dr(dpt, "DPT"),
                     appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": POOL_ALT, "provider": [clinic]})
    # (ii) the therapy practice's statement
    q = EUSheet(footer=None, tx=tx, tx_off=2, tx_total=3)
    q.set_margins(18, 16, 18)
    q.add_page()
    q.set_font("Serif", "B", 17)
    q.cell(0, 8, clinic, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, "210 Millrace Street, Suite 3  \u00b7  Scarrowfield, CV 82917  \u00b7  " + phone(rng),
           new_x="LMARGIN", new_y="NEXT")
    q.cell(0, 4, f"Tax ID {tin(rng)}  \u00b7  NPI {npi(rng)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    q.f(15, "B")
    q.cell(0, 8, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    acct = f"A-{digits(rng, 6)}"
    y = q.get_y()
    addr_block(q, [member.upper(), "4 SLATE ROW", "SCARROWFIELD CV 82917"], 9.4)
    q.set_y(y)
    q.edge_leaders([("Statement date", slash(st_d)), ("Account", acct), ("Insurance", "CCHA"),
                    ("Insurance ID", mid), ("Therapist", dr(dpt, "DPT"))], cap_w=24, size=8.8,
                   x=q.l_margin + 95, w=q.w - q.r_margin - q.l_margin - 95)
    q.ln(4)
    W = q.w - q.l_margin - q.r_margin
    rows = [[slash(d), "97110, 97140", "Therapy visit", n2(fee), "0.00", n2(fee)] for d in visits]
    rows.append(["", "", "Balance due", usd(fee * 4), "$0.00", usd(fee * 4)])
    q.ruled_rows(["Date", "Codes", "Description", "Charges", "Ins. paid", "Balance"], rows,
                 [W * k / 100 for k in (15, 17, 32, 12, 12, 12)], ["L", "L", "L", "R", "R", "R"], size=8.8,
                 bold_rows=(4,))
    q.framed_note("Your insurance denied these visits: plan benefit maximum reached for the year. The balance has been "
                  "moved to you. Please pay by May 22, 2026, or call our billing office to set up a payment plan. If "
                  "you appeal to your insurance, tell us and we will hold your account for 60 days.", 9.0)
    q.ln(2)
    q.para(f"Billing office: {first_last(billing)}, {phone(rng)}. We accept cash, checks and cards.", 8.6)
    q.ln(6)
    q.cut_rule()
    q.ln(4)
    q.f(8.6, "B")
    q.cell(0, 5, "Return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    q.f(8.6)
    q.cell(0, 5, f"Account {acct}     Amount due {usd(fee * 4)}     Amount enclosed $________", new_x="LMARGIN",
           new_y="NEXT")
    stmt = out(q)
    stmt_t = truth("other", None, insurer=None, member_id=mid, member_name=member, claim_amount=m2(fee * 4),
                   service_dates=[iso(d) for d in visits], denial_date=iso(st_d), provider=clinic,
                   unscored=["insurer"], alternates={"provider": [dr(dpt, "DPT")]})
    return [(letter, letter_t), (stmt, stmt_t)], cover


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pats = people(rng, 3, "cv", sexes="FMF", used=USED)
    child = people(rng, 1, "cv", sexes="M", last=pats[1].split()[-1], used=USED)[0]
    docs = people(rng, 4, "cc", sexes="FMMF", used=USED)
    hosp = "Mercombe Valley Hospital"
    rd = dt.date(2026, 5, 4)
    base = [enrollee_id(rng, "01")[:-3] for _ in range(3)]
    ids = [base[0] + "-01", base[1] + "-03", base[2] + "-02", base[1] + "-01"]
    d1, d2, d3 = dt.date(2026, 3, 30), dt.date(2026, 1, 20), dt.date(2026, 4, 2)
    claims = [
        dict(pat=pats[0], mid=ids[0], plan=PLAN_15, rend=dr(docs[0], "MD"), recv=dt.date(2026, 4, 9),
             lines=[(d1, "0450 / 99284", "Emergency room visit", 1184.00, 702.00, 0.00, 140.40, 561.60, "CO-45 PR-2"),
                    (d1, "0320 / 71046", "Chest x-ray, 2 views", 264.00, 151.00, 0.00, 30.20, 120.80, "CO-45 PR-2")]),
        dict(pat=child, mid=ids[1], plan=PLAN_30, rend=dr(docs[1], "MD"), recv=dt.date(2026, 4, 27),
             lines=[(d2, "0450 / 99283", "Emergency room visit", 968.00, 0.00, 0.00, 0.00, 0.00, "CO-29"),
                    (d2, "0450 / 12002", "Repair of scalp cut, 3.1 cm", 612.00, 0.00, 0.00, 0.00, 0.00, "CO-29")]),
        dict(pat=pats[2], mid=ids[2], plan=PLAN_15, rend=dr(docs[2], "DO"), recv=dt.date(2026, 4, 14),
             lines=[(d3, "0510 / 99214", "Clinic visit", 246.00, 168.00, 168.00, 0.00, 0.00, "CO-45 PR-1")]),
        dict(pat=pats[1], mid=ids[3], plan=PLAN_30, rend=dr(docs[3], "MD"), recv=dt.date(2026, 4, 16),
             lines=[(dt.date(2026, 4, 6), "0300 / 80061", "Lipid panel", 88.00, 36.00, 0.00, 0.00, 0.00,
                     "CO-45 OA-23")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng, c["recv"])
    den = 1
    tx = f"MAY-07-2026 08:41  FROM: PENNETHORNE PROVIDER SVCS  {phone(rng)}  TO: MVH PATIENT ACCOUNTS  P.{{n}}/{{t}}"
    p = EUSheet(footer=None, tx=tx, tx_total=1,
                ids_foot=f"Remittance date {long(rd)}  \u00b7  Pennethorne Claims Administration, Inc., for the "
                         "Carvossa Comprehensive Health Association plans  \u00b7  page {n} of {nb}")
    p.set_margins(13, 14, 13)
    p.add_page()
    p.wordmark("PENNETHORNE", style="spaced", tagline="Claims Administration, Inc.",
               small=["Plan administrator for the Carvossa Comprehensive Health Association"],
               right=["Provider Services", "PO Box 2290", "Orlenby, CV 82903", f"Phone {tollfree(rng, '877')}",
                      f"Fax {phone(rng)}"], box="PROVIDER REMITTANCE ADVICE", size=17)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Payee", hosp + "\n1 Hospital Drive, Mercombe, CV 82935", 0.40), ("Payee ID", f"PV{digits(rng, 6)}", 0.14),
              ("NPI", npi(rng), 0.16), ("Cycle / batch", f"18 / B{digits(rng, 4)}-{digits(rng, 2)}", 0.15),
              ("EFT trace no.", digits(rng, 9), 0.15)]], size=8.4, cap=6.0)
    widths = [W * k / 100 for k in (10, 13, 25, 9, 9, 8, 8, 8)]
    widths.append(W - sum(widths))
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    rows = []
    for c in claims:
        cl = [[slash(d), code, s, n2(b), n2(al), n2(dd), n2(co), n2(pd), st]
              for d, code, s, b, al, dd, co, pd, st in c["lines"]]
        tot = None
        if len(c["lines"]) > 1:
            tot = ["", "", "Claim total", n2(sum(x[3] for x in c["lines"])), n2(sum(x[4] for x in c["lines"])),
                   n2(sum(x[5] for x in c["lines"])), n2(sum(x[6] for x in c["lines"])),
                   n2(sum(x[7] for x in c["lines"])), ""]
        rows.append({"open": f"{last_first(c['pat'])}   ID {c['mid']}   Claim {c['no']}   Plan {c['plan']}   "
                             f"Rec'd {slash(c['recv'])}   Rendering {c['rend']}", "rows": cl, "total": tot})
    p.coded_claims(["Service date", "Rev / CPT", "Description", "Billed", "Allowed", "Deduct.", "Coins.", "Paid",
                    "Adj. codes"], widths, aligns, rows, size=7.2)
    allc = [x for c in claims for x in c["lines"]]
    p.f(7.6, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Remittance totals: billed {usd(sum(x[3] for x in allc))}   allowed {usd(sum(x[4] for x in allc))}"
                 f"   patient share {usd(sum(x[5] + x[6] for x in allc))}   paid {usd(sum(x[7] for x in allc))}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_rows("Adjustment codes", [
        ("CO", "45", "Charge over the allowed amount for a network hospital. Not billed to the patient."),
        ("PR", "1", "Deductible. The patient owes this amount."),
        ("PR", "2", "Coinsurance. The patient owes this amount."),
        ("OA", "23", "Paid with regard to what another payer already paid (the patient's employer plan paid "
                     "first)."),
        ("CO", "29", "The time limit for filing has passed. The plans accept a claim up to 90 days after the date of "
                     "service; this claim came later. Not billed to the patient."),
        ("CO", "18", "Exact duplicate of a claim already processed."),
    ], size=7.2, code_w=9, grp_w=9)
    p.para("Reconsideration: a provider who disagrees may ask for a reconsideration within 90 days of the remittance "
           "date. Send a copy of this page, the claim number and proof of timely filing (for example a clearinghouse "
           "acceptance report) to Provider Services. A corrected claim is not a reconsideration.", 7.8)
    c = claims[den]
    t = truth("eob", "timely_filing", insurer=ADMIN, plan_id=c["plan"], member_id=c["mid"], member_name=child,
              cases=[c["no"]], claim_amount=m2(sum(x[3] for x in c["lines"])), service_dates=[iso(d2)],
              denial_date=iso(rd), provider=c["rend"], appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": [ADMIN, "Pennethorne", "Pennethorne Claims Administration"] + POOL_ALT,
                          "provider": [hosp]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_grievance(rng):
    member = people(rng, 1, "cv", sexes="F", used=USED)[0]
    physiatrist, neuro, chair, nurse = people(rng, 4, "cc", sexes="MFMF", used=USED)
    mid = enrollee_id(rng, "02")
    rehab = "Hallowby Rehabilitation Hospital"
    adm, dis = dt.date(2026, 2, 16), dt.date(2026, 2, 27)
    clm = claim_no(rng, dt.date(2026, 3, 9))
    docket = f"26-G-{digits(rng, 4)}"
    dd = dt.date(2026, 4, 21)
    charges = 41268.00
    p = EUSheet(footer=None, run_hdr=f"Docket {docket}  \u00b7  page {{n}} of {{nb}}",
                ids_foot=f"Mailed {slash(dd)}  \u00b7  Form CCHA-GRV-2  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, box="GRIEVANCE COMMITTEE")
    addr_block(p, [member, "1290 Ore Cart Lane", "Tolvaddon, CV 82966"], 9.6)
    p.set_font("Serif", "", 10)
    p.set_x(p.l_margin)
    p.multi_cell(0, 5, f"Decided at Orlenby, Carvossa, on {day_of(dd)}.", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {first_last(member)}:", 10)
    p.para("The Grievance Committee met to review your grievance about the claim for your stay at "
           f"{rehab} after your stroke. The Committee has decided to keep the earlier decision. This letter "
           "explains why and what you can do next. The facts of your case are in the box on page 2.", 9.8)
    p.bar("What you asked", 9.4)
    p.para(f"You asked us to pay for your stay in the hospital's inpatient rehabilitation unit, where "
           f"{dr(physiatrist, 'DO')} was your attending physician. Your daughter wrote that you could not walk "
           "safely after you left the acute hospital and that you needed the therapy the unit gave you.", 9.6)
    p.bar("What we decided and why", 9.4)
    p.para("An inpatient rehabilitation hospital is for people who can take part in at least three hours of therapy "
           "a day, five days a week, and who need a doctor who specializes in rehabilitation to see them every day. "
           f"A neurologist, {dr(neuro, 'MD')}, who was not part of the first decision, read all of your records. "
           "The therapy notes show that you were able to take part for about one hour a day, and that you needed "
           "nursing care and help with walking more than daily physician visits.", 9.6)
    p.para("The Committee agrees that you needed care after the acute hospital. That care could have been given "
           "safely in a skilled nursing facility, which is the level of care your plan pays for in a case like "
           "yours. For that reason the stay at the rehabilitation hospital is not covered at the level it was "
           "billed. The hospital may send a new claim for the days at a skilled nursing level; if it does, we will "
           "process it.", 9.6)
    p.add_page()
    p.facts_box("The facts of your case", [
        ("Enrollee", first_last(member)), ("Enrollee ID", mid), ("Plan", PLAN_30), ("Group", GROUP),
        ("Docket", docket), ("Claim", clm),
        ("Stay", f"{slash(adm)} to {slash(dis)}"), ("Charges", usd(charges)),
        ("Hospital", rehab), ("Attending", dr(physiatrist, "DO")), ("Grievance received", slash(dt.date(2026, 3, 24))),
        ("Committee met", slash(dt.date(2026, 4, 16)))], cap_w=30, ncol=2)
    p.bar("What you can do next", 9.4)
    p.para("You may ask the CCHA Board of Directors to review this decision. The Board must receive your written "
           f"request within 60 days of the date of this decision. Send it to the Board Secretary, {ADDR[0]}, "
           f"{ADDR[1]}.", 9.6)
    p.para("You may also ask the Carvossa Department of Insurance for an external review by an independent "
           "reviewer within four months after you receive this letter. If a delay would seriously harm your "
           "health, you can ask for a fast external review at the same time as the Board review.", 9.6)
    p.para(f"You may ask for copies of everything we used, free of charge. Call Enrollee Services at "
           f"{tollfree(rng, '866')} (TTY 711).", 9.2)
    p.ln(3)
    p.two_sigs([first_last(chair), "Chair, Grievance Committee"], [first_last(nurse) + ", RN", "Grievance Coordinator"])
    t = truth("denial_letter", "level_of_care", insurer=POOL, plan_id=PLAN_30, group=GROUP, member_id=mid,
              member_name=member, cases=[docket, clm], claim_amount=m2(charges),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(dd), provider=dr(physiatrist, "DO"),
              appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": POOL_ALT, "provider": [rehab], "case_numbers": [[docket], [clm]],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan150_es(rng):
    member = people(rng, 1, "sp", sexes="F", used=USED)[0]
    rad, onc, rev = people(rng, 3, "cc", sexes="FMF", used=USED)
    mid = enrollee_id(rng, "01")
    center = "Centro de Imagen Molecular de Orlenby"
    sd = dt.date(2026, 3, 17)
    clm = claim_no(rng, dt.date(2026, 3, 26))
    ld = dt.date(2026, 4, 6)
    amt = 6840.00
    p = EUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, box="AVISO DE DECISIÓN", spanish=True)
    addr_block(p, [member, "318 Calle Tejón, Apt. 2", "Orlenby, CV 82907"], 9.6)
    p.step_labels([("Fecha de este aviso", es_date(ld)), ("Afiliada", first_last(member)),
                   ("Número de afiliada", mid), ("Plan / Grupo", f"{PLAN_15}   /   {GROUP}"),
                   ("Referencia", clm), ("Lote", f"L-{digits(rng, 4)}-{digits(rng, 3)}")],
                  ncol=2, indent=20, size=9.4)
    p.ln(1)
    p.para(f"Estimada {first_last(member)}:", 10)
    p.para(f"Recibimos la reclamación del {center} por una tomografía PET-CT que le hicieron el {es_date(sd)}. "
           f"La pidió su oncólogo, el Dr. {first_last(onc)}, y la interpretó la Dra. {first_last(rad)}, radióloga. "
           f"El cargo fue de US$ {n2(amt)}.", 9.8)
    p.bar("Nuestra decisión", 9.4)
    p.para("No podemos pagar esta tomografía. Su plan exige una precertificación antes de una tomografía PET, una "
           "resonancia magnética o una cirugía programada. Nadie pidió la precertificación para este estudio, ni "
           "antes ni dentro de los dos días hábiles después, como lo permite su póliza cuando el estudio es urgente. "
           "Por eso el estudio no está cubierto.", 9.8)
    p.para("Como el centro de imagen está en nuestra red, no debe cobrarle a usted este cargo, salvo que usted haya "
           "firmado antes del estudio un aviso de que tendría que pagarlo.", 9.6)
    p.bar("Si no está de acuerdo", 9.4)
    p.para("Usted puede apelar dentro de 180 días a partir de la fecha de este aviso. Escriba al Comité de Quejas de "
           f"la CCHA, {ADDR[0]}, {ADDR[1]}, con el número de referencia. Su médico puede enviarnos la razón por la "
           "que el estudio no podía esperar. Si su salud corre peligro, pida una revisión rápida: la decidimos en 72 "
           "horas.", 9.6)
    p.para(f"Ayuda gratis en español: {tollfree(rng, '866')} (TTY 711).", 9.2)
    p.ln(2)
    sign(p, [first_last(rev), "Unidad de Revisión de Beneficios", POOL], close="Atentamente,")
    t = truth("denial_letter", "prior_authorization", insurer=POOL, plan_id=PLAN_15, group=GROUP, member_id=mid,
              member_name=member, cases=[clm], claim_amount=m2(amt), service_dates=[iso(sd)], denial_date=iso(ld),
              provider=first_last(rad), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": POOL_ALT + [POOL_ES], "provider": [center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_lapse(rng):
    member = people(rng, 1, "cv", sexes="M", used=USED)[0]
    erdoc, clerk = people(rng, 2, "cc", sexes="FM", used=USED)
    mid = enrollee_id(rng, "01")
    hosp = "Scarrowfield General Hospital"
    er = dt.date(2026, 3, 19)
    clm = claim_no(rng, dt.date(2026, 3, 27))
    mailed = dt.date(2026, 4, 2)
    amt = 2318.40
    p = EUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng)
    y = p.get_y()
    addr_block(p, [member.upper(), "PO BOX 61", "HALLOWBY CV 82972"], 9.6)
    p.meter_stamp(["MAILED", stamp_date(mailed), "ORLENBY CV  PERMIT 88"], p.w - p.r_margin - 52, y - 1, w=52)
    p.ln(2)
    p.f(12, "B")
    p.set_x(p.l_margin)
    p.cell(0, 6, "Notice: your coverage ended, and a claim we cannot pay", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.step_labels([("Enrollee", first_last(member)), ("Enrollee ID", mid), ("Plan", PLAN_15), ("Group", GROUP),
                   ("Control no.", clm), ("Premium invoice", f"PRM-{digits(rng, 7)}"),
                   ("Lockbox batch", f"{digits(rng, 4)}-{digits(rng, 2)}"), ("Coverage ended", long(dt.date(2026, 2, 28)))],
                  ncol=2, indent=24, size=9.2)
    p.para(f"Dear {first_last(member)}:", 9.8)
    p.para("Your premium for March 2026 was due on March 1. Your policy gives you a grace period of 31 days to pay. "
           "We did not receive the March premium by the end of the grace period, so your coverage ended on the last "
           "day of the last month you paid for, February 28, 2026.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Month", "Premium", "Due", "Received", "Status"],
                 [["January 2026", "$684.00", "01/01/2026", "01/02/2026", "Paid"],
                  ["February 2026", "$684.00", "02/01/2026", "02/03/2026", "Paid in grace period"],
                  ["March 2026", "$684.00", "03/01/2026", "-", "Not paid; grace period ended 03/31/2026"]],
                 [W * k / 100 for k in (17, 12, 13, 13, 45)], ["L", "R", "L", "L", "L"], size=8.6)
    p.para(f"We then received a claim from {hosp} for the care you had when {dr(erdoc, 'MD')} treated you in its "
           f"emergency department on {long(er)}. The charges were {usd(amt)}. Because your coverage had ended "
           "before that day, we cannot pay this claim. The hospital may bill you.", 9.6)
    p.bar("What you can do", 9.2)
    p.bullets(["If you paid the March premium on time and we made a mistake, send us a copy of your canceled check "
               "or bank record.",
               "You may ask us to review this decision. We must receive your request within 60 days of the date "
               "this notice was mailed. Write to the Grievance Committee at the address above.",
               "You may apply again. A new policy would start a new waiting period for conditions treated before it "
               "begins."], size=9.2)
    p.ln(1)
    sign(p, [first_last(clerk), "Enrollment and Premium Unit"])
    t = truth("denial_letter", "eligibility", insurer=POOL, plan_id=PLAN_15, group=GROUP, member_id=mid,
              member_name=member, cases=[clm], claim_amount=m2(amt), service_dates=[iso(er)],
              denial_date=iso(mailed), provider=dr(erdoc, "MD"), appeal_deadline=iso(plus(mailed, 60)),
              alternates={"insurer": POOL_ALT, "provider": [hosp]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_premium(rng):
    member = people(rng, 1, "cv", sexes="F", used=USED)[0]
    mid = enrollee_id(rng, "01")
    nd = dt.date(2026, 5, 1)
    due = dt.date(2026, 6, 1)
    prem = 712.00
    inv = f"PRM-{digits(rng, 7)}"
    p = EUSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="PREMIUM NOTICE")
    y = p.get_y()
    addr_block(p, [member, "25 Tinner's Way", "Mercombe, CV 82936"], 9.6)
    p.set_y(y)
    p.edge_leaders([("Notice date", ord_md(nd)), ("Enrollee ID", mid), ("Plan", PLAN_30), ("Group", GROUP),
                    ("Invoice", inv)], cap_w=22, size=9.0, x=p.l_margin + 92, w=p.w - p.r_margin - p.l_margin - 92)
    p.ln(6)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Coverage month", "Monthly premium", "Credits", "Amount due", "Due date"],
                 [["June 2026", usd(prem), "$0.00", usd(prem), long(due)]],
                 [W * k / 100 for k in (22, 20, 14, 20, 24)], ["L", "R", "R", "R", "L"], size=9.2, row_h=6)
    p.para("Your premium is due on the first day of the month it pays for. If we do not receive it by then, you have "
           "a grace period of 31 days. If it is still not paid when the grace period ends, your coverage ends on "
           "the last day of the last month you paid for, and claims after that day will not be paid.", 9.2)
    p.framed_note("Your waiting period for conditions you had before your coverage began ends on September 30, "
                  "2026. From October 1, 2026, care for those conditions is covered like any other care.", 9.2)
    p.para("Pay by check or money order made out to CCHA, or set up automatic payment from your bank account by "
           f"calling {tollfree(rng, '866')}. Please do not send cash.", 9.0)
    p.ln(24)
    p.cut_rule()
    p.ln(4)
    p.f(9, "B")
    p.cell(0, 5, "Return this coupon with your payment", new_x="LMARGIN", new_y="NEXT")
    p.boxes([[("Notice", slash(nd), 0.18), ("Enrollee", first_last(member), 0.27), ("ID", mid, 0.22),
              ("Amount due", usd(prem), 0.15), ("Enclosed", "", 0.18)]], size=8.8)
    p.f(8.4)
    p.cell(0, 4.4, "CCHA Premium Lockbox, PO Box 4419, Orlenby, CV 82904", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Mono", "", 9)
    p.cell(0, 5, f"  {mid.replace('-', '')}  {inv[4:]}  {int(prem * 100):08d}  5", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=POOL, plan_id=PLAN_30, group=GROUP, member_id=mid, member_name=member,
              denial_date=iso(nd), alternates={"insurer": POOL_ALT, "claim_amount": [m2(prem)]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    USED.clear()
    F = FAMILY + "_"
    stack_docs, cover = faxstd_stack(rng)
    return [
        Item(F + "bd_eob_cardiology_in_waiting_period_code_w9", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_stack_notebook_cover_therapy_limit_then_pt_statement", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(F + "faxstd_remittance_er_claim_past_filing_limit", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(F + "bd_grievance_rehab_hospital_stay_level_facts_p2", "born_digital", [bd_grievance(rng)]),
        Item(F + "scan150_es_pet_sin_precertificacion", "scan_lowres_150", [scan150_es(rng)]),
        Item(F + "photocopy_premium_lapse_er_visit_mailed_stamp", "photocopy", [photocopy_lapse(rng)]),
        Item(F + "phone_premium_notice_june", "phone_photo", [phone_premium(rng)]),
    ]
