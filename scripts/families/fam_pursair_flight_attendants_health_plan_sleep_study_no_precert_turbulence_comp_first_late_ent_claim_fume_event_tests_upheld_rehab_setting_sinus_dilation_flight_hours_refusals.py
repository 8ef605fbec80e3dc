"""An invented multi-employer health plan for flight attendants, pursers and other cabin crew of the regional and
mainline airlines that pay into it under a crew union's agreements. Eligibility rests on credited flight hours: a
member is covered in a calendar quarter when the airline reports at least 165 credited hours for the work quarter
that ended one month before it (block hours flown; deadhead legs at half; reserve days at four hours each; training
days at five), and hours over 165 go to an hours bank of up to 330. The Plan's papers deal with what the job brings:
ear and sinus barotrauma, sleep disorders from red-eye and time-zone rotations, injuries in turbulence and from
galley carts and overhead bins (the airline's workers' compensation carrier pays first for injuries on duty), knees
and backs worn by years of carts, and symptoms after cabin "fume events". The Plan, its office, its trustees, the
union, the airlines, every person, provider, number, amount and address are invented: the Pursair Flight Attendants
Health & Welfare Plan (letterheads: a drawn swept wing with the slanted logo word "PURSAIR" and the legal name small
directly beneath it, then "Plan office operated by Tallgrove Benefit Administrators, LLC ..." in grey; and "P U R S A
I R" set letter by letter with the legal name under it; the body says "the Plan"). Member numbers "OS" + seven digits
(O/0 and S/5 look-alikes) printed whole, in groups ("OS 447 0912") or with dashes ("OS-447-0912"), with a suffix
"01" for the member and "02" for a spouse under a "Member / Suffix" caption; employer groups are the airline's two
letters + four digits (Skerrin Regional Airlines SB..., Nimbrel Airways NZ..., Velquin Air VG...: S/5, B/8, Z/2,
G/6), printed beside the plan under a "Plan / Group" caption; plans PUR-B2 (active) and PUR-S1 (self-pay); claims
"P26" + day of year + "S" + four digits; precertifications "PX-G" + five digits; appeals "AQ26-B" + four digits.
Phones 555. CPT codes and claim adjustment reason codes as themselves.

Documents (8 in 7 files):
- bd_eob_sleep_study_no_precert_note_five: a born-digital explanation of benefits for a flight attendant and her
  husband: four claims, each row with numbered note marks ("1", "4", "2, 7", "3", "5") keyed by a numbered note list
  and an "Other coverage paid" column (the husband's own plan paid first on his therapy); notes explain a copay, a
  tympanometry line paid as part of the visit, the deductible and the other plan; note 5 refuses her split-night sleep
  study done without precertification (`eob`, `prior_authorization`); "Member / Suffix" and "Plan / Group" captions;
  quarter hours and hours bank as decoys.
- faxstd_stack_hand_cover_comp_first_clinic_bill: a standard-fax stack: a cover lettered by hand on plain paper by a
  flight attendant ("FAX" boxed by hand, the page count written, crossed out and written again), the Plan's two-page
  letter refusing the orthopaedic clinic's claim for a shoulder hurt in turbulence on duty, the airline's workers'
  compensation carrier to pay first (`other`: work-related), then the clinic's own statement, whose table shows only
  a balance forward and a copay, naming the refused visit and the Plan's claim number only in its message (`other`,
  no denial; insurer unscored; the "please pay by" date and the balance with an older copay as decoys).
- faxstd_remit_ent_claim_past_180_days: a standard-fax provider remittance to an ear, nose and throat practice: three
  crew members' claims with inline-caption lines ("Member / Suffix ...  Plan / Group ..."), one paid after another
  plan (OA-23), one paid, one refused as filed after 180 days (CO-29): `eob`, `timely_filing`; payment trace, TIN and
  NPI as decoys.
- photocopy_appeal_fume_event_tests_upheld: a photocopied first-level appeal decision keeping the refusal of
  quantitative EEG brain mapping and a neural antibody panel after a cabin fume event as experimental
  (`experimental`); values in boxes with captions printed under them; a second-level appeal "within 60 days of the date
  of this decision" is the deadline, external review after that a decoy.
- faxfine_inpatient_rehab_after_knee_replacement: a fine-fax pre-service notice refusing an inpatient rehabilitation
  hospital stay after a purser's knee replacement and offering a skilled nursing facility or home therapy
  (`level_of_care`); the knee surgery's own approval number and the 72-hour urgent appeal as decoys.
- scan300_es_horas_de_vuelo_acreditadas: a clean 300 dpi Spanish letter refusing a Miami flight attendant's visit
  because her credited flight hours for January to March fell short after medical leave (`eligibility`); an hours
  table, the hours bank and the self-pay offer as decoys.
- bd_balloon_sinus_dilation_not_necessary: a born-digital pre-service letter refusing balloon sinus dilation for
  sinus pain on descent as not medically necessary (`medical_necessity`); captions in a narrow left column, values far
  right; peer-to-peer offer and 72-hour urgent appeal as decoys.

Judgement calls (alternates): the insurer is the Plan's legal name ("and" spelling, "Pursair", "Pursair Plan",
"Pursair Health Plan", "Plan Pursair" accepted); Tallgrove, the airlines, the union and the comp carrier are decoys;
the clinic's bill has no insurer (unscored). The provider is the rendering clinician where one is named (the
practice, sleep center or clinic accepted); the requesting surgeon or specialist on the pre-service letters (the
facility accepted); the clinic on its own bill (its orthopaedist accepted). Member IDs are kept as printed on each
paper (grouped numbers lose their spaces; a dashed print keeps its dashes, the plain number accepted). The appeal
decision's case numbers are the appeal and the claim (each alone accepted). The bill's claim number is printed only in
its message (none accepted). The EOB and the remittance are `eob` (`denial_letter` accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famta import (ETSheet, addr_block, blank_hand_cover, dashed, digits, dr, es_date, first_last, iso,
                               last_first, long, m2, n2, npi, out, people, phone, plus, sign, slash, spaced_id, tin,
                               tollfree, truth, usd, workday)

FAMILY = ("pursair_flight_attendants_health_plan_sleep_study_no_precert_turbulence_comp_first_late_ent_claim_fume_"
          "event_tests_upheld_rehab_setting_sinus_dilation_flight_hours_refusals")
LANG = "en"
SEED = 355190
USED: set = set()

PLAN = "Pursair Flight Attendants Health & Welfare Plan"
PLAN_ALT = [PLAN, "Pursair Flight Attendants Health and Welfare Plan", "Pursair", "Pursair Plan",
            "Pursair Health Plan", "Plan Pursair"]
LOGO = "PURSAIR"
OPER = "Plan office operated by Tallgrove Benefit Administrators, LLC for the Board of Trustees"
ADDR = ["1450 Jorvwick Concourse, Suite 300", "Ulverton, TX 75261"]
FOOT = f"{PLAN}  \u00b7  {ADDR[0]}, {ADDR[1]}  \u00b7  a jointly trusteed plan"
PID, SELFPAY = "PUR-B2", "PUR-S1"
UNION = "Cabin Crew Guild, Chapter 31"
AIRLINES = {"SB": "Skerrin Regional Airlines", "NZ": "Nimbrel Airways", "VG": "Velquin Air"}


def mid(rng) -> str:
    return f"OS{digits(rng, 7)}"


def grp(rng, code: str) -> str:
    return f"{code}{digits(rng, 4)}"


def claim_no(rng, d: dt.date) -> str:
    return f"P26{d.timetuple().tm_yday:03d}S{digits(rng, 4)}"


def px(rng) -> str:
    return f"PX-G{digits(rng, 5)}"


def grouped(m: str) -> str:
    """OS4470912 -> 'OS 447 0912'"""
    return spaced_id(m, (2, 3, 4))


def right_lines(rng) -> list[str]:
    return [ADDR[0], ADDR[1], f"Member services {tollfree(rng, '888')}", f"Fax {phone(rng, '214')}",
            "pursairplan.example"]


def head_wing(p: ETSheet, rng, box: str | None = None):
    p.logo_wing(LOGO, PLAN, right_lines(rng), small=OPER, box=box, size=24)


def head_spaced(p: ETSheet, rng, box: str | None = None):
    p.wordmark(LOGO, style="spaced", small=[PLAN, OPER], right=right_lines(rng), box=box, size=20)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "fa", sexes="F", used=USED)[0]
    husband = people(rng, 1, "fa", sexes="M", last=member.split()[-1], used=USED)[0]
    ent, sleep, ptx, lab = people(rng, 4, "fc", sexes="MFMF", used=USED)
    m = mid(rng)
    g = grp(rng, "SB")
    sd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    ent_d = workday(dt.date(2026, 3, rng.randint(9, 12)))
    sl_d = workday(dt.date(2026, 4, rng.randint(6, 9)))
    pt1 = workday(dt.date(2026, 4, rng.randint(13, 15)))
    pt2 = plus(pt1, 7)
    lab_d = workday(dt.date(2026, 4, rng.randint(20, 23)))
    center = "Harrowmoor Sleep Center"
    claims = [
        (member, "01", f"Loddenham Ear, Nose & Throat Associates \u2013 {dr(ent, 'MD')}",
         [(ent_d, "99203", "Office visit, new patient", 265.00, 172.40, 0.00, 137.40, 35.00, "1"),
          (ent_d, "92567", "Tympanometry", 88.00, 0.00, 0.00, 0.00, 0.00, "4")]),
        (member, "01", f"{center} \u2013 {dr(sleep, 'MD')}",
         [(sl_d, "95811", "Sleep study with CPAP titration, split night", 2960.00, 0.00, 0.00, 0.00, 0.00, "5")]),
        (husband, "02", f"Fotherwick Physical Therapy \u2013 {dr(ptx, 'DPT')}",
         [(pt1, "97110", "Therapeutic exercise, 2 units", 180.00, 126.00, 88.20, 37.80, 0.00, "2, 7"),
          (pt2, "97110", "Therapeutic exercise, 2 units", 180.00, 126.00, 88.20, 37.80, 0.00, "2, 7")]),
        (member, "01", f"Glazewick Reference Laboratory \u2013 {dr(lab, 'MD')}",
         [(lab_d, "80053", "Metabolic panel", 96.00, 31.20, 0.00, 0.00, 31.20, "3"),
          (lab_d, "85025", "Blood count", 54.00, 14.60, 0.00, 0.00, 14.60, "3")]),
    ]
    nos = [claim_no(rng, plus(c[3][0][0], rng.randint(4, 9))) for c in claims]
    den = 1
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  {m} / 01  \u00b7  EOB of {slash(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_wing(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [member.upper(), f"{rng.randint(1000, 9800)} Kellwold Drive, Apt {rng.randint(2, 40)}",
                   "Hobbton, TX 76054"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.pair_caps([("Statement date", long(sd), 0.45), ("Member / Suffix", f"{m} / 01", 0.55)], size=8.6,
                x=p.l_margin + W * 0.46, w=W * 0.54)
    p.pair_caps([("Plan / Group", f"{PID} / {g}", 0.45), ("Airline", AIRLINES["SB"], 0.55)], size=8.6,
                x=p.l_margin + W * 0.46, w=W * 0.54)
    p.set_y(max(p.get_y(), y + 26))
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL. Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    tb = sum(x[3] for c in claims for x in c[3])
    toth = sum(x[5] for c in claims for x in c[3])
    tpaid = sum(x[6] for c in claims for x in c[3])
    tyou = sum(x[7] for c in claims for x in c[3])
    p.sc_shaded([("Charges", usd(tb), 0.2), ("Other coverage paid", usd(toth), 0.2), ("The Plan paid", usd(tpaid), 0.2),
                 ("Credited hours Jan-Mar", "212.5", 0.2), ("Hours bank", "47.5", 0.2)], size=8.4)
    rows = []
    for i, (pt, suf, prov, lines) in enumerate(claims):
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  {prov}  \u00b7  Patient {first_last(pt)} (suffix {suf})"))
        for d, code, s, b, a, o, pd, owe, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(o), n2(pd), n2(owe), note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                   n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)),
                                   n2(sum(x[7] for x in lines)), ""]))
    rows.append(("total", ["", "", "Totals this statement", n2(tb), n2(sum(x[4] for c in claims for x in c[3])),
                           n2(toth), n2(tpaid), n2(tyou), ""]))
    p.mark_rows(["Date", "Code", "Service", "Charge", "Allowed", "Other coverage paid", "Plan paid", "You owe",
                 "Notes"],
                [W * k / 100 for k in (10, 7, 30, 9, 9, 10, 9, 9, 7)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.6)
    p.numbered_notes("Notes", [
        ("1", "Your copay for a specialist office visit."),
        ("2", "Your spouse's own plan (Netheford Mutual Health) paid first. The Plan paid the rest of its allowed "
              "amount, so nothing is left for you to pay."),
        ("3", "Applied to your deductible. You may owe this to the provider."),
        ("4", "Included in the payment for another service on the same day. The provider may not bill it to you."),
        ("5", "Not paid. A sleep study in a sleep lab must be precertified by the Plan before it is done, and no "
              "precertification was asked for. The sleep center is in the network and may not bill you for it. "
              "If your doctor shows the study was needed, the Plan will look at the claim again."),
        ("6", "Emergency care outside the network is paid as if it were in the network."),
        ("7", "Counts toward the 30 therapy visits the Plan pays each year."),
    ], size=7.6)
    p.bar("If you disagree", 8.8)
    p.para(f"You may appeal any decision on this statement to the Board of Trustees within 180 days of the date of "
           f"this statement. Write to Appeals, {PLAN}, {ADDR[0]}, {ADDR[1]}, and give the claim number. Your union, "
           f"{UNION}, can help you prepare an appeal.", 8.2)
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=PID, group=g, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(2960.00), service_dates=[iso(sl_d)], denial_date=iso(sd),
              provider=dr(sleep, "MD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [center, sleep]}, type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "fa", sexes="M", used=USED)[0]
    ortho, sig, biller = people(rng, 3, "fc", sexes="FMF", used=USED)
    m = mid(rng)
    g = grp(rng, "NZ")
    clinic = "Zellwick Orthopaedics & Sports Medicine"
    hurt = workday(dt.date(2026, 3, rng.randint(9, 12)))
    visit = plus(hurt, rng.randint(3, 5))
    clm = claim_no(rng, plus(visit, 6))
    ld = workday(plus(visit, rng.randint(24, 30)))
    stmt = workday(plus(ld, rng.randint(12, 16)))
    payby = plus(stmt, 25)
    sent = plus(stmt, rng.randint(3, 6))
    lines = [("99204", "New patient visit, shoulder", 348.00), ("73030", "X-ray, shoulder, 2 views", 138.00)]
    total = sum(x[2] for x in lines)
    old_copay = 35.00
    tx = (f"{sent.strftime('%m/%d/%y')} {rng.randint(18, 22)}:{rng.randint(10, 59)}  CREW HOTEL BUS CTR  "
          f"907555{digits(rng, 4)}  P{{n}}")
    fn, ln = member.split()[0], member.split()[-1]
    cover = blank_hand_cover(rng, [
        f"To: Pursair plan - appeals", f"fax {phone(rng, '214')}", f"From: {fn} {ln} {m}", "Re: my shoulder claim",
        ("Pages: ", "3", "  4 w/ this one"), "",
        "The clinic keeps billing me. It happened", "on the plane in turbulence but comp", "says ask the plan??",
        f"Pls call me {phone(rng, '817')} I fly", "out again Thurs."], tx=tx)
    # (i) the Plan's letter
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_wing(p, rng, box="CLAIM DECISION")
    addr_block(p, [member, f"{rng.randint(100, 999)} Ivorstead Court", "Muzzwell, TX 76262"], 9.2)
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_caps([("Claim", clm, 0.25), ("Member / Suffix", f"{m} / 01", 0.27), ("Plan / Group", f"{PID} / {g}", 0.27),
                 ("Airline", AIRLINES["NZ"], 0.21)], size=8.6)
    p.ruled_rows(["Date", "Code", "Service", "Charge"],
                 [[slash(visit), c, s, n2(a)] for c, s, a in lines] + [["", "", "Claim total", usd(total)]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Plan received a claim from {clinic} for your visit with {dr(ortho, 'MD')} about your right shoulder. "
           "The Plan has not paid this claim.", 9.2)
    p.bar("Why", 9.0)
    p.para(f"The claim and the doctor's notes say you hurt your shoulder on {long(hurt)} when the aircraft hit "
           f"turbulence during your trip for {AIRLINES['NZ']}. An injury that happens while you are working is "
           "covered by your airline's workers' compensation insurance, which pays first. The Plan does not pay for "
           "care of a work injury unless workers' compensation has refused it.", 9.2)
    p.bar("What you can do", 9.0)
    p.bullets([f"Report the injury to your airline's crew scheduling or safety office if you have not done so, and "
               f"give the clinic the workers' compensation claim number. The airline's carrier is Hearthbridge "
               f"Casualty Company.",
               "If the carrier refuses the claim in writing, send us a copy of its letter. The Plan will then look at "
               "the claim again."], size=9.0)
    p.add_page()
    p.bar("Your right to appeal", 9.0)
    p.para(f"If you think the Plan is wrong, for example because the injury did not happen at work, you may appeal "
           f"to the Board of Trustees within 180 days of the date of this letter. Send your appeal to Appeals, {PLAN}, "
           f"{ADDR[0]}, {ADDR[1]}, with the claim number and anything that shows how and where you were hurt.", 9.0)
    p.para("You may ask for free copies of the Plan rules and records used to decide your claim.", 9.0)
    p.ln(2)
    sign(p, [first_last(sig), "Claims Department", "Plan Office"], close="Sincerely,")
    pdf1 = out(p)
    t1 = truth("denial_letter", "other", insurer=PLAN, plan_id=PID, group=g, member_id=m, member_name=member,
               cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld),
               provider=dr(ortho, "MD"), appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": PLAN_ALT, "provider": [clinic, ortho]})
    # (ii) the clinic's statement
    acct = f"{digits(rng, 8)}"
    q = ETSheet(footer=None, tx=tx, tx_off=3)
    q.set_margins(16, 16, 16)
    q.add_page()
    q.two_line_head("Zellwick Orthopaedics", "& Sports Medicine",
                    [f"{rng.randint(2000, 8999)} Sparrowham Boulevard, Building C", "Muzzwell, TX 76262",
                     f"Billing office {phone(rng, '817')}"],
                    ["PATIENT STATEMENT", f"Statement date {slash(stmt)}", f"Account {acct}"], kind="ring", text="ZO",
                    size=14)
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [last_first(member), f"{rng.randint(100, 999)} Ivorstead Court", "Muzzwell, TX 76262"], 9.2)
    q.set_y(y)
    q.far_pairs([("Insurance on file", "Pursair"), ("Member ID", m), ("Group", g), ("Amount due", usd(total + old_copay)),
                 ("Please pay by", long(payby))], cap_w=30, size=8.8, x=q.l_margin + W * 0.5, w=W * 0.5)
    q.ln(2)
    q.ruled_rows(["Date", "Description", "Charges", "Payments", "Balance"],
                 [[slash(plus(visit, -40)), "Balance forward", "", "", n2(old_copay)],
                  [slash(ld), "Transferred from insurance", n2(total), "", n2(total + old_copay)],
                  ["", "Amount due", "", "", usd(total + old_copay)]],
                 [W * k / 100 for k in (14, 46, 13, 13, 14)], ["L", "L", "R", "R", "R"], size=8.6, bold_rows=(2,))
    q.f(9.0, "B")
    q.cell(0, 5, "A message from our billing office", new_x="LMARGIN", new_y="NEXT")
    q.framed_note(f"Your health plan, Pursair, did not pay for your visit on {long(visit)} (claim {clm}, "
                  f"${n2(total)}). The plan says the injury should go to workers' compensation. Please call us with "
                  "your employer's workers' compensation claim number and we will bill the carrier instead. If we "
                  "do not hear from you, the amount due is your responsibility.", size=8.8)
    q.ln(3)
    q.para(f"Questions? Call {first_last(biller)} in our billing office. We accept cards, checks and payment plans.",
           8.6)
    q.ln(4)
    q.tear_slip("Return this part with your payment", [[("Account", acct), ("Patient", first_last(member))],
                                                        [("Amount due", usd(total + old_copay)),
                                                         ("Amount enclosed", "")]],
                note=f"Make checks payable to {clinic}.")
    pdf2 = out(q)
    t2 = truth("other", None, insurer=None, plan_id=None, group=g, member_id=m, member_name=member, cases=[clm],
               claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(stmt), provider=clinic,
               alternates={"provider": [dr(ortho, "MD"), ortho], "case_numbers": [[]]}, unscored=["insurer"])
    return cover, [(pdf1, t1), (pdf2, t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    practice = "Loddenham Ear, Nose & Throat Associates"
    a1, a2, a3 = people(rng, 3, "fa", sexes="FMF", used=USED)
    d1, d2 = people(rng, 2, "fc", sexes="MF", used=USED)
    pay = workday(dt.date(2026, 8, rng.randint(24, 27)))
    trace = f"EFT {digits(rng, 10)}"
    late_d = workday(dt.date(2026, 1, rng.randint(12, 15)))
    recv = workday(plus(late_d, rng.randint(196, 204)))
    rows_src = [
        (a1, mid(rng), grp(rng, "VG"), dr(d1, "MD"),
         [(workday(dt.date(2026, 7, rng.randint(6, 9))), "99213", 168.00, 112.40, 0.00, 77.40, 35.00, "PR-3")]),
        (a2, mid(rng), grp(rng, "SB"), dr(d2, "MD"),
         [(late_d, "69436", 1240.00, 0.00, 0.00, 0.00, 0.00, "CO-29"),
          (late_d, "92557", 142.00, 0.00, 0.00, 0.00, 0.00, "CO-29")]),
        (a3, mid(rng), grp(rng, "NZ"), dr(d1, "MD"),
         [(workday(dt.date(2026, 7, rng.randint(13, 16))), "31231", 410.00, 266.00, 180.60, 85.40, 0.00, "OA-23")]),
    ]
    nos = [claim_no(rng, plus(r[4][0][0], 5)) for r in rows_src]
    nos[1] = claim_no(rng, recv)
    tx = (f"{pay.strftime('%b-%d-%Y').upper()} {rng.randint(7, 10)}:{rng.randint(10, 59)}  PURSAIR PLAN OFFICE  "
          f"FAX 214555{digits(rng, 4)}  PG {{n}}/{{t}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=2,
                run_hdr=f"Remittance {slash(pay)}  \u00b7  {practice}  \u00b7  page {{n}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_spaced(p, rng, box="PROVIDER REMITTANCE")
    addr_block(p, [practice, "Attn: Billing", f"{rng.randint(100, 900)} Garrowhurst Road, Suite 12",
                   "Hobbton, TX 76053"], 9.0)
    p.run_line([[("Remittance date", slash(pay), "gap"), ("Payment", trace, "gap")],
                [("Payee TIN", tin(rng), "gap"), ("Payee NPI", npi(rng), "gap")]], size=8.6, gap_w=14)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for i, (pt, mm, g, ren, lines) in enumerate(rows_src):
        rows.append(("sub", f"Claim {nos[i]}   Patient {last_first(pt)}   Rendering {ren}"))
        rows.append(("sub", f"Member / Suffix {mm} / 01   Plan / Group {PID} / {g}"))
        for d, c, b, a, o, pd, pr, code in lines:
            rows.append([slash(d), c, n2(b), n2(a), n2(o), n2(pd), n2(pr), code])
        if len(lines) > 1:
            rows.append(("total", ["", "Claim total", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)),
                                   n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)),
                                   n2(sum(x[6] for x in lines)), ""]))
        if i == 1:
            rows.append(("sub", f"Received {slash(recv)}"))
    tpaid = sum(x[5] for r in rows_src for x in r[4])
    rows.append(("total", ["", "Payment total", "", "", "", n2(tpaid), "", ""]))
    p.mark_rows(["Service date", "Code", "Charge", "Allowed", "Other coverage paid", "Plan paid", "Patient resp.",
                 "Codes"], [W * k / 100 for k in (14, 10, 13, 13, 14, 13, 12, 11)],
                ["L", "L", "R", "R", "R", "R", "R", "L"], rows, size=8.4, row_h=5.4)
    p.legend_cols("Codes on this remittance", [
        ("CO-29", "The time limit for filing has expired."),
        ("CO-45", "Charge exceeds the Plan's fee schedule for a network provider."),
        ("OA-23", "Another payer's payment has been taken into account."),
        ("PR-3", "Copayment amount; collect from the patient."),
        ("PR-1", "Deductible amount."),
        ("CO-97", "Paid as part of another service."),
    ], ncol=2, size=7.6, code_w=13)
    p.bar("Filing limit", 8.8)
    p.para("Network providers must file a claim within 180 days of the date of service. The claim for the service "
           f"of {long(late_d)} was received on {long(recv)}. A network provider may not bill the member for a claim "
           "refused for late filing.", 8.4)
    p.add_page()
    p.bar("Reconsideration", 8.8)
    p.para("A provider may ask for reconsideration of any line within 90 days of the date of this remittance. Send "
           "proof of timely filing (for example, a clearinghouse acceptance report dated within the limit) to "
           f"Provider Reconsideration, {PLAN}, {ADDR[0]}, {ADDR[1]}.", 8.6)
    p.para("Payments are made by electronic funds transfer on the remittance date. Keep this remittance with the "
           "deposit record.", 8.6)
    pt, mm, g, ren, lines = rows_src[1]
    t = truth("eob", "timely_filing", insurer=PLAN, plan_id=PID, group=g, member_id=mm, member_name=pt,
              cases=[nos[1]], claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(late_d)],
              denial_date=iso(pay), provider=ren, appeal_deadline=iso(plus(pay, 90)),
              alternates={"insurer": PLAN_ALT, "provider": [practice, d2]}, type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    member = people(rng, 1, "fa", sexes="F", used=USED)[0]
    neuro, chair, adv = people(rng, 3, "fc", sexes="MFM", used=USED)
    inst = "Ossetmoor Neurodiagnostic Institute"
    m = mid(rng)
    g = grp(rng, "VG")
    ev = workday(dt.date(2026, 1, rng.randint(12, 16)))
    td = workday(plus(ev, rng.randint(20, 26)))
    clm = claim_no(rng, plus(td, 7))
    first = workday(plus(td, rng.randint(30, 36)))
    ap = f"AQ26-B{digits(rng, 4)}"
    dd = workday(plus(first, rng.randint(40, 50)))
    lines = [(td, "95957", "Digital analysis of EEG (quantitative EEG brain mapping)", 1150.00),
             (td, "86255", "Neural antibody panel, 4 antibodies", 684.00)]
    total = sum(x[3] for x in lines)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_spaced(p, rng, box="APPEAL DECISION")
    addr_block(p, [member, f"{rng.randint(100, 999)} Hallamcote Way", "Dunstmoor, FL 33166"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_values([(long(dd), "date of decision", W * 0.2), (ap, "appeal", W * 0.17), (clm, "claim", W * 0.18),
                    (grouped(m), "member", W * 0.16), (f"{PID} / {g}", "plan / group", W * 0.21)], size=8.8)
    p.ln(2)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"The Appeals Committee has decided your appeal of the Plan's decision of {long(first)}. That decision "
           f"refused the claim from {inst} for tests that {dr(neuro, 'MD')} ordered after the fume event on your "
           f"flight of {long(ev)}:", 9.2)
    p.ruled_rows(["Date", "Code", "Test", "Charge"],
                 [[slash(d), c, s, n2(a)] for d, c, s, a in lines] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (15, 11, 56, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    p.bar("What the Committee reviewed", 9.0)
    p.para("Your appeal letter and the cabin incident report, the institute's records and test results, the letter "
           "from your primary care doctor, the Plan's rule on experimental and investigational services, and the "
           "report of a neurologist outside the Plan office who reviewed the file for the Committee.", 9.0)
    p.bar("Decision", 9.0)
    p.para("The refusal is upheld. The Plan does not pay for a test whose value for diagnosing a condition has not "
           "been shown in published, well-designed studies. Quantitative EEG brain mapping and the neural antibody "
           "panel have not been shown to diagnose or guide treatment of illness after exposure to cabin air "
           "contaminants; they are investigational for this use. The Plan continues to cover the standard neurology "
           "visit, a routine EEG, brain imaging when needed, and breathing tests.", 9.0)
    p.bar("If you still disagree", 9.0)
    p.para(f"You may ask for a second-level appeal to the full Board of Trustees within 60 days of the date of this "
           f"decision. Write to Appeals, {PLAN}, {ADDR[0]}, {ADDR[1]}. After the Board's decision you may ask for an "
           "external review by an independent review organization.", 9.0)
    p.signers([first_last(chair), "Chair, Appeals Committee", "Board of Trustees"],
              [dr(adv, "MD"), "Medical Director", "Plan Office"], size=8.6)
    p.para(f"cc: {dr(neuro, 'MD')}, {inst}", 8.0)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=PID, group=g, member_id=m, member_name=member,
              cases=[ap, clm], claim_amount=m2(total), service_dates=[iso(td)], denial_date=iso(dd),
              provider=dr(neuro, "MD"), appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": PLAN_ALT, "provider": [inst, neuro], "case_numbers": [[ap], [clm]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_rehab(rng):
    member = people(rng, 1, "fa", sexes="M", used=USED)[0]
    surg, nurse, rev = people(rng, 3, "fc", sexes="FFM", used=USED)
    rehab = "Corrowdale Rehabilitation Hospital"
    m = mid(rng)
    g = grp(rng, "NZ")
    nd = workday(dt.date(2026, 6, rng.randint(1, 4)))
    surgery = workday(plus(nd, rng.randint(9, 13)))
    admit = plus(surgery, 3)
    pxr = px(rng)
    px_surg = px(rng)
    req = plus(nd, -rng.randint(3, 5))
    tx = (f"{slash(nd)} {rng.randint(13, 16)}:{rng.randint(10, 59)}  PURSAIR UM  214555{digits(rng, 4)}  "
          f"P.{{n2}}/{{t2}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=2)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_wing(p, rng, box="PRECERTIFICATION NOT APPROVED")
    p.addr_pair("Member", [member, f"{rng.randint(100, 999)} Tolleby Crossing", "Crailton, TX 76092"],
                "Copy faxed to", [dr(surg, "MD"), "Veltfield Joint Replacement Center", f"Fax {phone(rng, '817')}"])
    p.pair_caps([("Notice date", slash(nd), 0.2), ("Request no.", pxr, 0.2), ("Member / Suffix", f"{m} / 01", 0.3),
                 ("Plan / Group", f"{PID} / {g}", 0.3)], size=8.8)
    p.pair_caps([("Requested", "Inpatient rehabilitation hospital", 0.4), ("Facility", rehab, 0.36),
                 ("Planned admission", slash(admit), 0.24)], size=8.8)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"{dr(surg, 'MD')} asked the Plan on {long(req)} to approve a stay at {rehab} after your right knee "
           f"replacement on {long(surgery)}. We have not approved the stay in an inpatient rehabilitation hospital.",
           9.2)
    p.bar("Why", 9.0)
    p.para("An inpatient rehabilitation hospital is for patients who need close doctor oversight and can take at "
           "least three hours of therapy a day, five days a week, such as after a stroke or a spinal cord injury. "
           "Your records show you walked before surgery, live with your wife in a one-story home and have no other "
           "illness that needs a doctor every day. A nurse reviewer and a physician reviewer found that your therapy "
           "can be given safely in a lower level of care.", 9.0)
    p.bar("What the Plan does cover", 9.0)
    p.bullets(["A skilled nursing facility stay, if your surgeon finds you need one after surgery (for example, "
               "Wendlemere Care Center, which is in the network), or",
               "Physical therapy at home for the first two weeks, then outpatient physical therapy."], size=9.0)
    p.para(f"The knee replacement itself was approved separately under number {px_surg}; this notice does not change "
           "that approval.", 8.8)
    p.add_page()
    p.bar("Your right to appeal", 9.0)
    p.para("You or your surgeon may appeal within 180 days of the date of this notice. If waiting for a decision "
           "could seriously harm your health, ask for an urgent appeal; it will be decided within 72 hours. Your "
           f"surgeon may also talk with the physician reviewer by calling {tollfree(rng, '888')}.", 9.0)
    p.para(f"Mail: Appeals, {PLAN}, {ADDR[0]}, {ADDR[1]}.", 9.0)
    p.signers([dr(nurse, "RN"), "Utilization Management Nurse", "Plan Office"],
              [dr(rev, "MD"), "Physician Reviewer", "physical medicine and rehabilitation"], size=8.6)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=PID, group=g, member_id=m, member_name=member,
              cases=[pxr], service_dates=[iso(admit)], denial_date=iso(nd), provider=dr(surg, "MD"),
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [surg, rehab, "Veltfield Joint Replacement Center"],
                          "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_es_hours(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    doc, sig = people(rng, 2, "fc", sexes="MF", used=USED)
    clinic = "Centro Médico Ruskdale"
    m = mid(rng)
    g = grp(rng, "VG")
    visit = workday(dt.date(2026, 5, rng.randint(11, 15)))
    clm = claim_no(rng, plus(visit, 6))
    ld = workday(plus(visit, rng.randint(20, 26)))
    items = [("99214", "Consulta, paciente establecida", 212.00), ("87804", "Prueba rápida de influenza", 48.00),
             ("J1885", "Inyección de ketorolaco", 36.00)]
    total = sum(x[2] for x in items)
    hours = [("enero", 58.5, 6.0, 5, 0), ("febrero", 12.0, 0.0, 2, 0), ("marzo", 31.5, 3.0, 4, 1)]
    p = ETSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_wing(p, rng, box="AVISO SOBRE SU RECLAMACIÓN")
    addr_block(p, [member, f"{rng.randint(1000, 9999)} NW Calle Pibblewell, Apto {rng.randint(2, 30)}",
                   "Dunstmoor, FL 33172"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Ulverton, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_caps([("Miembro / Sufijo", f"{grouped(m)} / 01", 0.3), ("Plan / Grupo", f"{PID} / {g}", 0.26),
                 ("Reclamación", clm, 0.24), ("Aerolínea", AIRLINES["VG"], 0.2)], size=8.6)
    p.para(f"Estimada señora {member.split()[-1]}:", 9.4)
    p.para(f"El Plan recibió la reclamación de {clinic} por su consulta del {es_date(visit)} con "
           f"{dr(doc, 'MD')}. El Plan no pagó esta reclamación porque usted no tenía cobertura en esa fecha.", 9.2)
    p.para("Su cobertura de abril a junio depende de las horas de vuelo acreditadas en el trimestre de enero a "
           "marzo. Se necesitan 165 horas. Se acreditan las horas de bloque voladas, la mitad de las horas de "
           "traslado (deadhead), 4 horas por cada día de reserva y 5 horas por cada día de capacitación. Durante su "
           "licencia médica de febrero no se acreditan horas, y su banco de horas estaba vacío.", 9.2)
    rows = []
    tot = 0.0
    for mes, blk, dh, res, trn in hours:
        cred = blk + dh / 2 + res * 4 + trn * 5
        tot += cred
        rows.append([mes, f"{blk:.1f}", f"{dh:.1f}", str(res), str(trn), f"{cred:.1f}"])
    rows.append(["Trimestre", "", "", "", "", f"{tot:.1f}"])
    p.ruled_rows(["Mes", "Horas de bloque", "Traslado", "Días de reserva", "Capacitación", "Horas acreditadas"], rows,
                 [W * k / 100 for k in (18, 17, 15, 17, 16, 17)], ["L", "R", "R", "R", "R", "R"], size=8.4,
                 bold_rows=(len(hours),))
    p.ruled_rows(["Código", "Servicio", "Cobrado", "Pagado"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", "Total de la reclamación", usd(total), "0.00"]],
                 [W * k / 100 for k in (14, 54, 17, 15)], ["L", "L", "R", "R"], size=8.4, bold_rows=(len(items),))
    p.bar("Lo que puede hacer", 9.0)
    p.bullets([f"Autopago: puede mantener la cobertura con el plan de autopago {SELFPAY} por $588.00 al mes. El pago de "
               "mayo debe llegar antes del 30 de junio de 2026; si lo paga, la reclamación se procesará de nuevo.",
               "Si su aerolínea no reportó todas sus horas (por ejemplo, días de reserva o de capacitación), pídale "
               "que envíe un reporte corregido al Plan.",
               "Apelación: puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de "
               f"esta carta. Escriba a Apelaciones, {PLAN}, {ADDR[0]}, {ADDR[1]}."], size=9.0)
    sign(p, [first_last(sig), "Unidad de Elegibilidad", "Oficina del Plan"], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PID, group=g, member_id=m, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=dr(doc, "MD"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [clinic, doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_sinus(rng):
    member = people(rng, 1, "fa", sexes="M", used=USED)[0]
    ent, rev = people(rng, 2, "fc", sexes="FM", used=USED)
    center = "Dunstwell Sinus & Allergy Center"
    m = mid(rng)
    g = grp(rng, "SB")
    ld = workday(dt.date(2026, 6, rng.randint(8, 11)))
    req = plus(ld, -rng.randint(5, 8))
    planned = workday(plus(ld, rng.randint(14, 20)))
    pxr = px(rng)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_wing(p, rng, box="PRECERTIFICATION DENIED")
    addr_block(p, [member, f"{rng.randint(100, 999)} Embleby Lane", "Hobbton, TX 76054"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.far_pairs([("Letter date", long(ld)), ("Request number", pxr), ("Member", dashed(m, (2, 3, 4))),
                 ("Plan", PID), ("Group", f"{g} ({AIRLINES['SB']})"),
                 ("Requested by", f"{dr(ent, 'MD')}, {center}"), ("Planned date", slash(planned))],
                cap_w=34, size=9.0, w=W)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"{dr(ent, 'MD')} asked the Plan to approve balloon dilation of your frontal and maxillary sinuses "
           "(31296, 31295) in the office. We have reviewed the request and the records sent with it, and we have "
           "denied it.", 9.2)
    p.bar("Why", 9.0)
    p.para("The Plan covers balloon sinus dilation when a CT scan shows chronic sinus disease that has lasted at "
           "least 12 weeks despite treatment with nasal steroid sprays and rinses, or when a person has four or more "
           "sinus infections a year with CT findings between them. Your records describe sharp sinus pain during "
           "descent on flights, which eases within hours after landing, and a CT scan of your sinuses from April "
           "that is normal. A physician reviewer board-certified in otolaryngology found that the procedure is not "
           "medically necessary for you.", 9.0)
    p.para("Pain from pressure changes in flight is often helped by a decongestant spray before descent and by "
           "treating allergies; your doctor may discuss these with you. If the pain continues, a new request with "
           "new findings can be sent.", 9.0)
    p.bar("Appeal", 9.0)
    p.para(f"You or your doctor may appeal within 180 days of the date of this letter to Appeals, {PLAN}, "
           f"{ADDR[0]}, {ADDR[1]}. If waiting could seriously harm your health, ask for an urgent appeal, decided "
           f"within 72 hours. Your doctor may ask to talk with the reviewer by calling {tollfree(rng, '888')} "
           "within 14 days.", 9.0)
    sign(p, [dr(rev, "MD"), "Physician Reviewer (otolaryngology)", "for the Plan Office"])
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=PID, group=g, member_id=dashed(m, (2, 3, 4)),
              member_name=member, cases=[pxr], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(ent, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [m], "provider": [center, ent], "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_sleep_study_no_precert_note_five", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_hand_cover_comp_first_clinic_bill", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_remit_ent_claim_past_180_days", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(f"{f}_photocopy_appeal_fume_event_tests_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(f"{f}_faxfine_inpatient_rehab_after_knee_replacement", "fax_fine_g4", [faxfine_rehab(rng)]),
        Item(f"{f}_scan300_es_horas_de_vuelo_acreditadas", "scan_clean_300", [scan300_es_hours(rng)]),
        Item(f"{f}_bd_balloon_sinus_dilation_not_necessary", "born_digital", [bd_sinus(rng)]),
    ]
