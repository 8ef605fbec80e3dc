"""An invented multi-employer health plan for commercial bakery and bread-route workers: mixers, dividers, oven and
wrapping-line crews on the plants' night shifts, sanitation crews, and the route sales drivers who load the trucks
before dawn and stock grocery shelves. Eligibility is earned month by month: a member is covered in a month when the
work month two months before it credits at least 120 hours; an hour worked between 10 p.m. and 6 a.m. credits 1.25
hours (the night-shift credit), and a route driver is credited 9 hours for every route day run, however long the
route took. A member short of hours may keep coverage by a self-payment. The Plan's papers deal with what the work
brings: burns from rack and tunnel ovens (workers' compensation pays first), sleep problems of night-shift workers
(sleep studies in a lab need precertification), feet and backs of route drivers, and the commercial driver's medical
exam that the drivers' license requires (the Plan does not pay for exams a job or license requires).

Everything is invented: the Hearthloaf Bakery & Route Workers Health Plan (the letters say "the Plan"), sponsored by
the Board of Trustees of the Hearthloaf Bakery & Route Workers Welfare Fund, Fund Office in Rydal Cross, Indiana; its
claims administrator Tolleymoor Benefit Administrators, LLC, which writes provider remittances on its own
letterhead; the union (Bakery, Dough & Route Drivers Union, Local 219), the bakeries and route companies, every
clinic, hospital, person, number, amount and address (real state, invented towns and streets); phones 555. CPT and
HCPCS codes and claim adjustment reason codes as themselves.

Identifiers (letters that a poor capture reads as digits): member IDs "OB" + seven digits (O/0, B/8), printed whole,
in groups ("OB 441 7208") or with dashes ("OB-441-7208"), with a two-digit suffix for the person (01 member, 02
spouse, 03 child) printed in its own half of a "Member / Suffix" pair; plans "HLB-S1" (plant and sanitation crews)
and "HLR-S1" (route drivers), printed with the group in a "Plan / Group" pair; groups "GS-" + four digits (G/6, S/5);
claims "L26I" + six digits (I/1); precertifications "PZ-" + six digits (Z/2); appeals "AG26-" + four digits (G/6).

Letterheads (wordmarks): an ear of wheat beside the brand broken over two lines, "HEARTH" over "LOAF" in heavy
serif capitals (the halves are not words any letter uses), with the legal name "Hearthloaf Bakery & Route Workers
Health Plan" small directly under it; a second form with the logo word "HEARTHLOAF" beside the wheat and the legal
name small under it; the administrator's logo word "TOLLEYMOOR" with its legal name small under it.

Documents (8 in 7 files):
- bd_eob_dot_exam_not_covered: a born-digital two-page member EOB for a route driver and his wife ("Plan / Group",
  "Member / Suffix" pair captions); four claims in a ruled table with the columns Billed / Paid by other plan /
  Allowed / Plan paid / You owe / Notes, each claim followed by an inline line; the rows carry numbered note marks
  ("1", "2", "3, 4", "4", "5") keyed by the numbered notes under the table; the commercial driver's medical exam
  claim pays 0.00 under "4" and "3, 4" (an exam a license requires is not a Plan benefit) -> eob / not_covered. The
  wife's claim paid first by her own employer's plan (note 2) and a deductible line (note 1) are payments, not
  refusals.
- faxstd_remit_sleep_lab_no_precert: a standard-fax provider remittance from Tolleymoor to a sleep center: three
  patients' claims with inline lines ("Member / Sfx", "Plan / Group", "Precert"); an in-lab sleep study of a
  night-shift mixer operator pays 0.00 under CO-197 and note mark "3" (no precertification) -> eob /
  prior_authorization; a home sleep test paid and a titration study applied to the deductible as decoys.
- faxstd_stack_notepad_cover_hours_then_self_pay: a standard-fax stack: a notepad page lettered by hand by a
  packer's wife (belongs to no document), the Plan's two-page letter refusing an emergency visit and follow-up in a
  month without coverage (the night-shift credit still left March short of 120 hours; the credited-hours table and
  the self-payment offer as decoys; its page 2 fed upside down) -> eligibility; then the Plan's letter confirming
  his self-payment and coverage for June (denies nothing).
- lowres_es_dermatologa_fuera_de_red: a 150 dpi Spanish letter refusing a child's visits to a pediatric dermatologist
  outside the network (captions in a narrow column at the left, values far to the right) -> out_of_network.
- photocopy_appeal_observation_upheld: a photocopied Trustees' appeal decision keeping the payment of a night
  baker's two-night chest-pain stay at the observation level instead of inpatient -> level_of_care (final; external
  review only).
- bd_laser_heel_facts_on_page_2: a born-digital two-page letter refusing low-level laser therapy for a route driver's
  heel pain as experimental; page 1 carries only the date and the letter; the member facts (Member / Suffix, Plan /
  Group, claim, provider, dates, charges) sit in a framed box on page 2 -> experimental.
- rotated_oven_burn_comp_first: a scanned letter fed sideways refusing burn center visits for a forearm burned on a
  rack oven at work until workers' compensation decides -> other (work-related injury).

Judgement calls (why some values have alternates):
- insurer: the Plan on its own letterhead (the "and" spelling, "Hearthloaf Health Plan", "Hearthloaf", "Hearth
  Loaf" and the Welfare Fund accepted); on the remittance the administrator Tolleymoor (the eval README's
  letterhead rule; the Plan accepted because the remittance names it as the payer).
- member_id: the member ID without its suffix; with the suffix (as "OB...-02" or "OB...02") accepted where a pair
  caption prints it beside the ID; with its dashes where a paper prints it so (the plain ID accepted).
- member_name: the patient (the wife on nothing here; the child on the Spanish letter, not her father).
- provider: the rendering clinician, with the clinic or hospital accepted.
- case_numbers: the refused claim's number; appeal + claim on the appeal decision (each alone accepted).
- service_dates: the stay as an interval on the appeal decision (both days as a list accepted).
- the self-payment letter names no service: no amount, no dates, no case number (the $412.00 is a premium).
- denial types: the workers' compensation letter is `other` (work-related injury, eval README); the EOB and the
  remittance are `eob` with `denial_letter` accepted; observation instead of inpatient is `level_of_care` with
  `medical_necessity` accepted (the reviewer's words are "not necessary as an inpatient").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtd import (ETSheet, addr_block, dd_mon, digits, dr, es_date, first_last, iso, last_first, long,
                               m2, n2, notepad_cover, npi, out, people, phone, plus, sign, slash, spaced_id, tin,
                               tollfree, truth, usd, wd_comma, wday_long, workday, yy)

FAMILY = ("hearthloaf_bakery_and_bread_route_workers_health_plan_dot_exam_sleep_study_precert_night_hours_skin_doctor_"
          "network_observation_laser_heel_oven_burn_refusals")
LANG = "en"
SEED = 355193
USED: set = set()

PLAN_NAME = "Hearthloaf Bakery & Route Workers Health Plan"
FUND = "Hearthloaf Bakery & Route Workers Welfare Fund"
PLAN_ALT = [PLAN_NAME, "Hearthloaf Bakery and Route Workers Health Plan", "Hearthloaf Health Plan", "Hearthloaf",
            "Hearth Loaf", FUND, "Hearthloaf Bakery and Route Workers Welfare Fund"]
TPA = "Tolleymoor Benefit Administrators, LLC"
TPA_ALT = [TPA, "Tolleymoor Benefit Administrators", "Tolleymoor"] + PLAN_ALT
ADDR = ["1900 Proofer's Row, Suite 200", "Rydal Cross, IN 47398"]
TAG = "Health coverage for bakery plant crews and bread-route drivers"
BOARD = f"Sponsored by the Board of Trustees of the {FUND}"
FOOT = f"{PLAN_NAME}  \u00b7  {ADDR[0]}, {ADDR[1]}  \u00b7  Fund Office"
PLANT, ROUTE = "HLB-S1", "HLR-S1"
UNION = "Bakery, Dough & Route Drivers Union, Local 219"


def mid(rng) -> str:
    return f"OB{digits(rng, 7)}"


def grp(rng) -> str:
    return f"GS-{digits(rng, 4)}"


def claim_no(rng) -> str:
    return f"L26I{digits(rng, 6)}"


def grouped(m: str) -> str:
    """OB4417208 -> 'OB 441 7208'"""
    return spaced_id(m, (2, 3, 4))


def dashed(m: str) -> str:
    return f"{m[:2]}-{m[2:5]}-{m[5:]}"


def right_lines(rng) -> list[str]:
    return ["Fund Office", ADDR[0], ADDR[1], f"Member services {tollfree(rng, '888')}", f"Fax {phone(rng, '765')}"]


def head_split(p: ETSheet, rng, box: str | None = None):
    p.split_brand("HEARTH", "LOAF", PLAN_NAME, right_lines(rng), tagline=TAG, small=BOARD, box=box, size=22)


def head_word(p: ETSheet, rng, box: str | None = None):
    p.logo_under("HEARTHLOAF", PLAN_NAME, BOARD, right_lines(rng), box=box, size=21, mark="wheat")


def sheet(**k) -> ETSheet:
    k.setdefault("footer", "Page {n} of {nb}")
    p = ETSheet(ids_foot=FOOT, **k)
    p.set_margins(17, 15, 17)
    return p


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "bw", sexes="M", used=USED)[0]
    wife = people(rng, 1, "bw", sexes="F", last=member.split()[-1], used=USED)[0]
    fam, obgyn, occ, uc = people(rng, 4, "bc", sexes="MFMF", used=USED)
    m = mid(rng)
    g = grp(rng)
    sd = workday(dt.date(2026, 5, rng.randint(18, 20)))
    dot = workday(dt.date(2026, 4, rng.randint(20, 23)))
    occ_clinic = "Hedgerow Lane Occupational Health"
    claims = [
        (member, "01", f"Ambleforth Family Medicine \u2013 {dr(fam, 'MD')}",
         [(dt.date(2026, 4, 6), "99214", "Office visit, established", 224.00, 0.00, 151.30, 0.00, 151.30, "1"),
          (dt.date(2026, 4, 6), "80053", "Metabolic panel", 64.00, 0.00, 22.10, 0.00, 22.10, "1")]),
        (wife, "02", f"Mistley Women's Health \u2013 {dr(obgyn, 'MD')}",
         [(dt.date(2026, 4, 14), "99395", "Preventive visit, 18-39", 286.00, 198.40, 212.00, 13.60, 0.00, "2")]),
        (member, "01", f"{occ_clinic} \u2013 {dr(occ, 'DO')}",
         [(dot, "99455", "Commercial driver medical exam", 145.00, 0.00, 0.00, 0.00, 0.00, "4"),
          (dot, "81002", "Urine dipstick", 18.00, 0.00, 0.00, 0.00, 0.00, "3, 4")]),
        (member, "01", f"Flourmill Road Urgent Care \u2013 {dr(uc, 'PA-C')}",
         [(dt.date(2026, 4, 29), "99213", "Urgent care visit", 178.00, 0.00, 118.60, 83.60, 35.00, "5")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = 2
    p = sheet(run_hdr=f"{first_last(member)}  \u00b7  Member {m}  \u00b7  EOB of {slash(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.add_page()
    head_split(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [member.upper(), "604 Teamster Hollow Road", "Rydal Cross, IN 47396"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.boxes([[("Statement date", long(sd), 1.0)],
             [("Member / Suffix", f"{grouped(m)} / 01", 0.55), ("Plan / Group", f"{ROUTE} / {g}", 0.45)],
             [("Employer", "Crustaway Route Sales, Inc.", 0.55), ("Deductible 2026", "$173.40 of $400.00", 0.45)]],
            x=p.l_margin + W * 0.46, w=W * 0.54, size=8.6)
    p.set_y(max(p.get_y(), y + 28))
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = []
    for i, (pt, sfx, prov, lines) in enumerate(claims):
        for d, code, s, b, o, a, pd, owe, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(o), n2(a), n2(pd), n2(owe), note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                   n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)),
                                   n2(sum(x[7] for x in lines)), ""]))
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  Patient {first_last(pt)} ({sfx})  \u00b7  {prov}"))
    tb = sum(x[3] for c in claims for x in c[3])
    rows.append(("total", ["", "", "Totals", n2(tb), n2(sum(x[4] for c in claims for x in c[3])),
                           n2(sum(x[5] for c in claims for x in c[3])), n2(sum(x[6] for c in claims for x in c[3])),
                           n2(sum(x[7] for c in claims for x in c[3])), ""]))
    p.mark_rows(["Date", "Code", "Service", "Billed", "Paid by other plan", "Allowed", "Plan paid", "You owe",
                 "Notes"], [W * k / 100 for k in (11, 7, 27, 9, 11, 9, 9, 9, 8)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.5)
    p.numbered_notes("Notes", [
        ("1", "Applied to your 2026 deductible. Pay the provider up to the amount in You owe."),
        ("2", "Your spouse's own employer plan paid first. The Plan paid what it would have paid, less what that plan "
              "paid, up to your spouse's share."),
        ("3", "A urine dipstick done at an exam is part of the exam."),
        ("4", "Not covered. Exams that a job, a license or a certificate requires, such as the medical exam for a "
              "commercial driver's license, are not a benefit of the Plan. Many route companies pay for the exam; "
              "ask your employer."),
        ("5", "Your urgent care copayment."),
        ("6", "The provider is not in the network. You may owe more than You owe shows."),
    ], size=7.8)
    p.add_page()
    p.bar("If you disagree", 8.8)
    p.para("You may appeal any claim on this statement to the Board of Trustees within 180 days of the date of this "
           f"statement. Write to the Appeals Committee, {ADDR[0]}, {ADDR[1]}, and tell us the claim number. You may "
           "ask for free copies of the Plan rules used to decide the claim.", 8.6)
    p.para("Example only: if a network doctor bills $200.00 and the Plan allows $130.00, you owe no more than your "
           "copayment, coinsurance or deductible on the $130.00.", 7.8)
    p.para(f"Your union, {UNION}, can help you understand this statement but cannot decide a claim.", 7.8)
    lines = claims[den][3]
    t = truth("eob", "not_covered", insurer=PLAN_NAME, plan_id=ROUTE, group=g, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(dot)],
              denial_date=iso(sd), provider=dr(occ, "DO"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [occ_clinic, occ], "member_id": [f"{m}01", f"{m}-01"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    center = "Moonwick Sleep Diagnostics"
    pts = people(rng, 3, "bw", sexes="MFM", used=USED)
    docs = people(rng, 2, "bc", sexes="FM", used=USED)
    sig = people(rng, 1, "bc", sexes="F", used=USED)[0]
    rd = workday(dt.date(2026, 6, rng.randint(9, 12)))
    ids = [(mid(rng), grp(rng), claim_no(rng)) for _ in pts]
    sfx = ["01", "01", "02"]
    plans = [PLANT, PLANT, ROUTE]
    study = workday(dt.date(2026, 5, rng.randint(11, 14)))
    claims = [
        (0, docs[0], "none",
         [(workday(dt.date(2026, 5, 4)), "95806", "Home sleep apnea test", 412.00, 268.00, 268.00, "CO-45", "1")]),
        (1, docs[1], "none",
         [(study, "95810", "Polysomnography, attended, in lab", 2860.00, 0.00, 0.00, "CO-197", "3"),
          (study, "95810-26", "Interpretation of the study", 318.00, 0.00, 0.00, "CO-197", "3")]),
        (2, docs[0], f"PZ-{digits(rng, 6)}",
         [(workday(dt.date(2026, 5, 18)), "95811", "Polysomnography with CPAP titration", 3120.00, 1940.00, 1540.00,
           "PR-1", "2")]),
    ]
    den = 1
    paid = sum(x[5] for c in claims for x in c[3])
    tx = (f"{rd.strftime('%m/%d/%Y')} {rng.randint(13, 16)}:{rng.randint(10, 59)}  TOLLEYMOOR BENEFIT ADM  "
          f"FAX 765555{digits(rng, 4)}  PG {{n}}/{{t}}")
    p = ETSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2,
                ids_foot=f"{TPA}  \u00b7  claims administrator for the {PLAN_NAME}  \u00b7  P.O. Box 7210, Rydal Cross, "
                         "IN 47398")
    p.set_margins(14, 14, 14)
    p.add_page()
    p.logo_under("TOLLEYMOOR", TPA, f"Claims administrator for the {PLAN_NAME}",
                 ["P.O. Box 7210", "Rydal Cross, IN 47398", f"Provider line {tollfree(rng, '866')}",
                  f"Fax {phone(rng, '765')}"], box="PROVIDER REMITTANCE", size=19, mark="none")
    y = p.get_y()
    addr_block(p, ["Billing office", center, "3300 Dormer Street, Suite 5", "Brisling Falls, IN 47401"], 9.0)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.far_rows([("Remittance date", slash(rd)), ("Payee NPI", npi(rng)), ("Tax ID", tin(rng)),
                ("EFT trace no.", digits(rng, 10)), ("Paid this remittance", usd(paid))],
               x=p.l_margin + W * 0.5, w=W * 0.5, cap_w=34, size=8.6)
    p.set_y(max(p.get_y(), y + 28))
    rows = []
    for i, doc, pz, lines in claims:
        mm, gg, cc = ids[i]
        for d, code, s, b, a, pd, carc, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), carc, note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                   n2(sum(x[5] for x in lines)), "", ""]))
        rows.append(("sub", f"Claim {cc}  \u00b7  Patient {last_first(pts[i])}  \u00b7  Member / Sfx {mm} / {sfx[i]}"))
        rows.append(("sub", f"Plan / Group {plans[i]} / {gg}  \u00b7  Rendering {dr(doc, 'MD')}  \u00b7  Precert {pz}"))
    rows.append(("total", ["", "", "Remittance totals", n2(sum(x[3] for c in claims for x in c[3])),
                           n2(sum(x[4] for c in claims for x in c[3])), n2(paid), "", ""]))
    p.mark_rows(["Service date", "Code", "Service", "Billed", "Allowed", "Paid", "Adj. code", "Notes"],
                [W * k / 100 for k in (11, 9, 34, 10, 10, 10, 9, 7)], ["L", "L", "L", "R", "R", "R", "L", "C"], rows,
                size=7.8, sub_grey=15, sub_drop=0.6)
    p.numbered_notes("Notes", [
        ("1", "Paid at the network rate. Do not bill the patient for the difference (CO-45)."),
        ("2", "Applied to the patient's deductible (PR-1); the patient owes this amount."),
        ("3", "Not paid. A sleep study done in a sleep laboratory must be precertified by the Plan before it is done. "
              "No precertification was requested for this study. A network provider may not bill the patient."),
        ("4", "Claim sent to the patient's other coverage."),
    ], size=7.8)
    p.legend_cols("Adjustment codes", [("CO-45", "Charge exceeds the fee schedule or the maximum allowed."),
                                       ("CO-197", "Precertification/authorization/notification absent."),
                                       ("PR-1", "Deductible amount."),
                                       ("CO-22", "This care may be covered by another payer.")], ncol=2, size=7.4,
                  code_w=13)
    p.add_page()
    p.bar("Reconsideration", 8.8)
    p.para("A provider may ask for reconsideration of a claim on this remittance within 90 days of the date of this "
           f"remittance. Send the claim number and your reasons, with any records, to Provider Appeals, {TPA}, "
           "P.O. Box 7210, Rydal Cross, IN 47398. For an in-lab sleep study, send the precertification number if one "
           "was issued to another provider.", 8.6)
    p.para(f"{TPA} processes claims for the {PLAN_NAME}. It does not insure the Plan's benefits.", 8.0)
    p.ln(2)
    sign(p, [first_last(sig), "Provider Services", TPA])
    mm, gg, cc = ids[den]
    lines = claims[den][3]
    t = truth("eob", "prior_authorization", insurer=TPA, plan_id=plans[den], group=gg, member_id=mm,
              member_name=pts[den], cases=[cc], claim_amount=m2(sum(x[3] for x in lines)),
              service_dates=[iso(study)], denial_date=iso(rd), provider=dr(docs[1], "MD"),
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": TPA_ALT, "provider": [center, docs[1]], "member_id": [f"{mm}01", f"{mm}-01"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "bw", sexes="M", used=USED)[0]
    wife = people(rng, 1, "bw", sexes="F", last=member.split()[-1], used=USED)[0]
    rep = people(rng, 1, "bw", sexes="F", used=USED)[0]
    erdoc, sig, sig2 = people(rng, 3, "bc", sexes="MFM", used=USED)
    hosp = "Bramling County Hospital"
    m = mid(rng)
    g = grp(rng)
    er = dt.date(2026, 5, rng.randint(8, 10))
    fu = workday(plus(er, rng.randint(5, 7)))
    l1 = workday(dt.date(2026, 6, rng.randint(1, 3)))
    l2 = workday(plus(l1, rng.randint(2, 3)))
    c1 = claim_no(rng)
    c2 = claim_no(rng)
    sent = workday(plus(l2, rng.randint(3, 5)))
    fax_line = f"{slash(sent)} {rng.randint(18, 21)}:{rng.randint(10, 59)} FROM: {surname_up(member)} HOME FAX  P{{n}}/{{t}}"
    cover = notepad_cover(rng, [
        f"To: {first_last(rep)} - benefits rep",
        "Local 219 union hall",
        f"From: {first_last(wife)} ({member.split()[0]}'s wife)",
        f"my phone {phone(rng, '765')}",
        "",
        "2 letters from the health plan. they say",
        f"{member.split()[0]} didnt have enough hours in March",
        "but he worked NIGHTS all month!! does the",
        "night credit count?? we sent the June payment",
        "pages: 4 with this one   thank you",
    ], tx=fax_line, tx_total=4, top="Compliments of Wheeler's Hardware & Feed")
    # (i) the Plan's letter refusing the ER visit and follow-up (no coverage in May); page 2 fed upside down
    er_lines = [(er, "99284", "Emergency visit, level 4", 1386.00, hosp),
                (er, "71046", "Chest x-ray, 2 views", 264.00, hosp),
                (fu, "99213", "Follow-up visit", 168.00, f"Bramling County Hospital Clinic \u2013 {dr(erdoc, 'MD')}")]
    total1 = sum(x[3] for x in er_lines[:2])
    p = sheet(tx=fax_line, tx_off=1, tx_total=4, tx_flip=(2,))
    p.add_page()
    head_split(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "77 Sifter Lane", "Brisling Falls, IN 47402"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_values([(long(l1), "Date of letter", W * 0.27), (f"{grouped(m)} / 01", "Member / Suffix", W * 0.27),
                    (f"{PLANT} / {g}", "Plan / Group", W * 0.24), (c1, "Claim", W * 0.22)], size=8.8)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Plan received claims for your emergency visit at {hosp} on {long(er)} and your follow-up visit "
           f"on {long(fu)}. The Plan did not pay them, because you were not covered in May 2026.", 9.2)
    p.para("How coverage works: you are covered in a month when your employers report at least 120 credited hours "
           "for the work month two months before it. Coverage for May comes from the hours you worked in March. "
           "Each hour worked between 10 p.m. and 6 a.m. is credited as 1.25 hours.", 9.2)
    p.ruled_rows(["Employer (March 2026)", "Day hours", "Night hours", "Night credit", "Credited"],
                 [["Millstead Bread Company", "22.0", "72.0", "90.0", "112.0"],
                  ["Total credited for March", "", "", "", "112.0 of 120"]],
                 [W * k / 100 for k in (40, 15, 15, 15, 15)], ["L", "R", "R", "R", "R"], size=8.4, bold_rows=(1,))
    p.para("The night credit is already in these figures. If your employer did not report all of your March hours, "
           "ask it to send the Fund Office a corrected report; we will then look at these claims again.", 9.0)
    p.add_page()
    p.ruled_rows(["Date", "Code", "Service", "Provider", "Billed"],
                 [[slash(d), c, s, pr.split(" \u2013 ")[0], n2(a)] for d, c, s, a, pr in er_lines[:2]] +
                 [["", "", "Claim total", "", n2(total1)]],
                 [W * k / 100 for k in (13, 10, 31, 32, 14)], ["L", "L", "L", "L", "R"], size=8.4, bold_rows=(2,))
    p.para(f"The follow-up visit on {slash(fu)} (claim {c2}, $168.00) was refused for the same reason.", 8.8)
    p.bar("Self-payment", 8.8)
    p.para("You may keep coverage in a month you are short of hours by paying for it yourself. A self-payment for a "
           "month that has already passed is accepted only until the 20th of the following month.", 8.8)
    p.bar("Your right to appeal", 8.8)
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the Appeals "
           f"Committee, {ADDR[0]}, {ADDR[1]}.", 8.8)
    sign(p, [first_last(sig), "Eligibility Unit", "Fund Office"])
    t1 = truth("denial_letter", "eligibility", insurer=PLAN_NAME, plan_id=PLANT, group=g, member_id=m,
               member_name=member, cases=[c1], claim_amount=m2(total1), service_dates=[iso(er)], denial_date=iso(l1),
               provider=hosp, appeal_deadline=iso(plus(l1, 180)),
               alternates={"insurer": PLAN_ALT, "case_numbers": [[c1, c2]], "service_dates": [[iso(er), iso(fu)]],
                           "member_id": [f"{m}01", f"{m}-01"], "claim_amount": [m2(total1 + 168.00)]})
    # (ii) the Plan's letter confirming the self-payment for June (denies nothing)
    q = sheet(tx=fax_line, tx_off=3, tx_total=4)
    q.add_page()
    head_split(q, rng, box="SELF-PAYMENT RECEIVED")
    addr_block(q, [member, "77 Sifter Lane", "Brisling Falls, IN 47402"], 9.2)
    q.boxed_values([(long(l2), "Date of letter", W * 0.3), (f"{grouped(m)} / 01", "Member / Suffix", W * 0.3),
                    (f"{PLANT} / {g}", "Plan / Group", W * 0.4)], size=8.8)
    q.para(f"Dear {first_last(member)}:", 9.4)
    q.para(f"We received your self-payment of $412.00 on {long(plus(l2, -1))}. You and your family are covered "
           "for June 1 through June 30, 2026.", 9.2)
    q.para("Your April hours as reported by Millstead Bread Company were 104.5 credited hours, short of the 120 "
           "needed for June. If a corrected report brings April to 120 hours, we will refund the payment.", 9.2)
    q.para("This letter does not decide any claim. Keep it with your records.", 9.2)
    q.ln(2)
    sign(q, [first_last(sig2), "Self-Payment Desk", "Fund Office"])
    q.ln(6)
    q.para(f"Questions about credited hours may also go to your union, {UNION}.", 8.4)
    t2 = truth("other", None, insurer=PLAN_NAME, plan_id=PLANT, group=g, member_id=m, member_name=member,
               denial_date=iso(l2), alternates={"insurer": PLAN_ALT, "member_id": [f"{m}01", f"{m}-01"]})
    return cover, [(out(p), t1), (out(q), t2)]


def surname_up(full: str) -> str:
    return full.split()[-1].upper()


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    father = people(rng, 1, "es", sexes="M", used=USED)[0]
    child = people(rng, 1, "es", sexes="F", last=father.split()[-1], used=USED)[0]
    derm, sig = people(rng, 2, "bc", sexes="FM", used=USED)
    clinic = "Thimblerow Pediatric Dermatology"
    m = mid(rng)
    g = grp(rng)
    visits = [workday(dt.date(2026, 3, rng.randint(9, 11))), workday(dt.date(2026, 4, rng.randint(6, 8)))]
    ld = workday(plus(visits[-1], rng.randint(16, 20)))
    c = claim_no(rng)
    lines = [(visits[0], "99204", "Consulta de paciente nuevo", 342.00), (visits[0], "11102", "Biopsia de piel", 228.00),
             (visits[1], "99213", "Consulta de seguimiento", 174.00)]
    total = sum(x[3] for x in lines)
    p = sheet(footer="Página {n} de {nb}")
    p.add_page()
    head_word(p, rng, box="DECISIÓN SOBRE UNA RECLAMACIÓN")
    y = p.get_y()
    addr_block(p, [father, "318 Calle del Horno", "Brisling Falls, IN 47402"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.far_rows([("Fecha de la carta", es_date(ld)), ("Paciente", child), ("Miembro / Sufijo", f"{m} / 03"),
                ("Plan / Grupo", f"{PLANT} / {g}"), ("Reclamación", c),
                ("Proveedor", f"{dr(derm, 'MD')}, {clinic}")],
               cap_w=32, size=8.8)
    p.para(f"Estimado señor {father.split()[-1]}:", 9.4)
    p.para(f"El Plan recibió la reclamación de {clinic} por las consultas de su hija {first_last(child)} con la "
           f"doctora {dr(derm, 'MD')}. El Plan no pagó estos servicios:", 9.2)
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado", "Pagado"],
                 [[slash(d), k, s, n2(a), "0.00"] for d, k, s, a in lines] + [["", "", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (15, 11, 44, 16, 14)], ["L", "L", "L", "R", "R"], size=8.4,
                 bold_rows=(len(lines),))
    p.bar("Por qué", 9.0)
    p.para(f"{clinic} no pertenece a la red de proveedores del Plan. El Plan paga consultas fuera de la red solo en "
           "una emergencia, o cuando el Plan aprobó antes una remisión porque ningún especialista de la red podía "
           "atender a la paciente. Estas consultas no fueron una emergencia y no había remisión aprobada.", 9.2)
    p.para("En la red hay dermatólogos que atienden a niños, por ejemplo en Brisling Falls Children's Clinic. Llame a "
           "servicios para miembros y le ayudaremos a hacer una cita.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de esta carta. "
           f"Escriba al Comité de Apelaciones, {ADDR[0]}, {ADDR[1]}.", 9.0)
    sign(p, [first_last(sig), "Unidad de Reclamaciones", "Oficina del Fondo"], close="Atentamente,")
    t = truth("denial_letter", "out_of_network", insurer=PLAN_NAME, plan_id=PLANT, group=g, member_id=m,
              member_name=child, cases=[c], claim_amount=m2(total), service_dates=[iso(d) for d in visits],
              denial_date=iso(ld), provider=dr(derm, "MD"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [clinic, derm], "member_id": [f"{m}03", f"{m}-03"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    member = people(rng, 1, "bw", sexes="F", used=USED)[0]
    att, chair, advisor = people(rng, 3, "bc", sexes="MFM", used=USED)
    hosp = "Bramling County Hospital"
    m = mid(rng)
    g = grp(rng)
    adm = dt.date(2026, 2, rng.randint(16, 19))
    dis = plus(adm, 2)
    c = claim_no(rng)
    ap = f"AG26-{digits(rng, 4)}"
    meet = workday(dt.date(2026, 6, rng.randint(8, 10)))
    dd = workday(plus(meet, rng.randint(3, 5)))
    billed = 14862.50
    p = sheet(run_hdr=f"Appeal {ap}  \u00b7  {first_last(member)}  \u00b7  page {{n}} of {{nb}}")
    p.add_page()
    head_split(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, "21 Bannetons Court", "Rydal Cross, IN 47396"], 9.2)
    p.f(9.6, "B")
    p.cell(0, 5, f"Decision date: {long(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Appeal no.", ap, 0.22), ("Claim no.", c, 0.26), ("Member / Suffix", f"{dashed(m)} / 01", 0.28),
              ("Plan / Group", f"{PLANT} / {g}", 0.24)],
             [("Hospital", hosp, 0.48), ("Stay", f"{slash(adm)} - {slash(dis)}", 0.28),
              ("Billed", usd(billed), 0.24)]], size=8.8)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Appeals Committee of the Board of Trustees met on {long(meet)} and heard your appeal. You asked "
           f"the Trustees to pay your stay at {hosp} from {long(adm)} to {long(dis)} as an inpatient stay. The "
           "Plan paid the hospital at the observation level, which is an outpatient benefit with a higher "
           "coinsurance, and refused the inpatient level.", 9.2)
    p.para("What the Committee read: your letter, the hospital's records, the attending doctor's admission note by "
           f"{dr(att, 'MD')}, the heart tests done during the stay and the report of the Plan's physician reviewer.",
           9.2)
    p.para("What the Committee found: you came to the emergency room at the end of a night shift with chest pain. "
           "Your heart tests and blood tests were normal on arrival and on repeat, and the stress test on the "
           "second day was normal. The care you received could be given while you were kept under observation; an "
           "inpatient admission was not needed for it. The Committee agrees with the reviewer that the stay was not "
           "necessary as an inpatient stay and that the observation level is the right one.", 9.2)
    p.para("Decision: the denial of the inpatient level is upheld. The observation payment stands.", 9.4)
    p.para("This is the Trustees' final decision on your appeal. You may ask for an external review by an "
           "independent review organization within four months after you receive this letter, and you have the "
           "right to bring a civil action under section 502(a) of ERISA.", 9.0)
    p.ln(1)
    p.signers([first_last(chair), "Chair, Appeals Committee", "Board of Trustees"],
              [dr(advisor, "MD"), "Medical advisor to the Trustees", "internal medicine"], size=8.6)
    t = truth("denial_letter", "level_of_care", insurer=PLAN_NAME, plan_id=PLANT, group=g, member_id=dashed(m),
              member_name=member, cases=[ap, c], claim_amount=m2(billed),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(dd), provider=hosp, appeal_deadline=None,
              alternates={"insurer": PLAN_ALT, "provider": [dr(att, "MD"), att], "case_numbers": [[ap], [c]],
                          "service_dates": [[iso(adm), iso(dis)]], "member_id": [m]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_laser(rng):
    member = people(rng, 1, "bw", sexes="M", used=USED)[0]
    pod, rev = people(rng, 2, "bc", sexes="FM", used=USED)
    clinic = "Pucklewood Foot & Ankle Clinic"
    m = mid(rng)
    g = grp(rng)
    sess = [workday(dt.date(2026, 4, d)) for d in (13, 16, 20, 23, 27, 30)]
    ld = workday(plus(sess[-1], rng.randint(14, 18)))
    c = claim_no(rng)
    amt = 145.00
    total = amt * len(sess)
    p = sheet()
    p.add_page()
    head_split(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, "9 Breadcart Court", "Rydal Cross, IN 47396"], 9.2)
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Plan received a claim from {clinic} for six sessions of low-level laser therapy for the pain in your "
           "left heel (plantar fasciitis) in April. The Plan did not pay the claim. The facts of the claim are in the "
           "box on page 2.", 9.2)
    p.bar("Why", 9.0)
    p.para("The Plan does not pay for a treatment that is experimental or investigational: one whose benefit has not "
           "been shown in well-designed studies published in medical journals. The Plan's medical policy on laser "
           "therapy for heel pain finds that the studies so far are small and do not agree, so the treatment is "
           "still investigational.", 9.2)
    p.para("The Plan does pay for other care for heel pain: visits to a network foot doctor, stretching and "
           "physical therapy with a network therapist, night splints, custom shoe inserts once a year, and "
           "injections.", 9.2)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the Appeals "
           f"Committee, {ADDR[0]}, {ADDR[1]}. Send anything you want the Trustees to read, such as a letter from "
           "your foot doctor. You may ask for a free copy of the medical policy.", 9.2)
    sign(p, [dr(rev, "MD"), "Physician Reviewer", "for the Fund Office"])
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.facts_box("Claim at a glance", [
        ("Member", member), ("Member / Suffix", f"{grouped(m)} / 01"), ("Plan / Group", f"{ROUTE} / {g}"),
        ("Employer", "Crustaway Route Sales, Inc."), ("Claim", c),
        ("Provider", f"{dr(pod, 'DPM')}, {clinic}"), ("Service", "Low-level laser therapy (S8948), six sessions"),
        ("Charges", usd(total)), ("Received", slash(plus(sess[-1], 5))),
    ], size=8.8)
    p.ruled_rows(["Session date", "Code", "Charge", "Paid"], [[slash(d), "S8948", n2(amt), "0.00"] for d in sess] +
                 [["Total", "", n2(total), "0.00"]], [W * 0.3, W * 0.2, W * 0.25, W * 0.25], ["L", "L", "R", "R"],
                 size=8.6, bold_rows=(len(sess),))
    p.para("If you have questions, call member services at the number on page 1.", 8.6)
    t = truth("denial_letter", "experimental", insurer=PLAN_NAME, plan_id=ROUTE, group=g, member_id=m,
              member_name=member, cases=[c], claim_amount=m2(total), service_dates=[iso(d) for d in sess],
              denial_date=iso(ld), provider=dr(pod, "DPM"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [clinic, pod], "member_id": [f"{m}01", f"{m}-01"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_burn(rng):
    member = people(rng, 1, "bw", sexes="F", used=USED)[0]
    burn, sig = people(rng, 2, "bc", sexes="MF", used=USED)
    center = "Emberfield Burn & Wound Center"
    m = mid(rng)
    g = grp(rng)
    inj = dt.date(2026, 3, rng.randint(23, 26))
    v = [workday(plus(inj, k)) for k in (1, 4, 8)]
    ld = workday(plus(v[-1], rng.randint(18, 22)))
    c = claim_no(rng)
    lines = [(v[0], "99203", "New patient visit", 298.00), (v[0], "16020", "Burn dressing, small", 186.00),
             (v[1], "16025", "Burn dressing, medium", 244.00), (v[2], "16020", "Burn dressing, small", 186.00)]
    total = sum(x[3] for x in lines)
    p = sheet()
    p.add_page()
    head_word(p, rng, box="CLAIM ON HOLD - WORK INJURY")
    addr_block(p, [member, "450 Oatfield Road, Lot 14", "Brisling Falls, IN 47401"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(wd_comma(ld), "Date", W * 0.26), (dashed(m), "Member ID", W * 0.22), ("01", "Suffix", W * 0.1),
                  (PLANT, "Plan", W * 0.14), (g, "Group", W * 0.13), (c, "Claim", W * 0.15)], size=8.8)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"We received a claim from {center} for the care of the burn on your right forearm. The claim says you "
           f"were burned on {long(inj)} while pulling a rack from a rack oven at Sweetmoor Rolls & Buns Co., where "
           "you work. The Plan has not paid the claim.", 9.2)
    W2 = W
    p.ruled_rows(["Date", "Code", "Service", "Charge"],
                 [[slash(d), k, s, n2(a)] for d, k, s, a in lines] + [["", "", "Claim total", usd(total)]],
                 [W2 * 0.16, W2 * 0.12, W2 * 0.52, W2 * 0.2], ["L", "L", "L", "R"], size=8.4,
                 bold_rows=(len(lines),))
    p.para(f"Provider: {dr(burn, 'MD')}, {center}", 9.0)
    p.bar("Why", 9.0)
    p.para("The Plan does not pay for an injury that happens at work while workers' compensation can pay for it. Your "
           "employer's workers' compensation carrier must decide the claim first. Please tell your supervisor about "
           "the burn if you have not, and ask the burn center to send its bills to the carrier.", 9.2)
    p.para("If the carrier refuses the claim, send us a copy of its letter. The Plan will then process the claim under "
           "its normal rules. If the burn did not happen at work, write and tell us how it happened.", 9.2)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the Appeals "
           f"Committee, {ADDR[0]}, {ADDR[1]}.", 9.2)
    sign(p, [first_last(sig), "Claims Unit", "Fund Office"])
    t = truth("denial_letter", "other", insurer=PLAN_NAME, plan_id=PLANT, group=g, member_id=dashed(m),
              member_name=member, cases=[c], claim_amount=m2(total), service_dates=[iso(d) for d in v],
              denial_date=iso(ld), provider=dr(burn, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [center, burn], "member_id": [m]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_eob(rng)
    remit = faxstd_remit(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_dot_exam_not_covered", "born_digital", [bd]),
        Item(f"{f}_faxstd_remit_sleep_lab_no_precert", "fax_standard_g4", [remit]),
        Item(f"{f}_faxstd_stack_notepad_cover_hours_then_self_pay", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(0, 1): 180}),
        Item(f"{f}_lowres_es_dermatologa_fuera_de_red", "scan_lowres_150", [lowres_es(rng)]),
        Item(f"{f}_photocopy_appeal_observation_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(f"{f}_bd_laser_heel_facts_on_page_2", "born_digital", [bd_laser(rng)]),
        Item(f"{f}_rotated_oven_burn_comp_first", "rotated", [rotated_burn(rng)]),
    ]
