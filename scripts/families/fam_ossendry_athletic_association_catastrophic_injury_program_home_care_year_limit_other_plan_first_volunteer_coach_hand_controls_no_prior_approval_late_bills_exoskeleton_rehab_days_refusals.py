"""Papers mirrored (structure and plain wording style only; every sentence written here) from the public descriptions
of catastrophic injury insurance programs that intercollegiate athletics associations buy for the student athletes of
their member colleges: the program pays only after a high per-accident deductible that other coverage (the college's
basic athletic accident policy, a parent's health plan) and the family's own payments meet first; it is excess over
any other valid and collectible insurance; it covers injuries in a practice, competition or team travel that the
college authorizes and supervises; insured persons are enrolled students on a college's official roster; home care
and custodial care carry calendar-year maximums and home or vehicle modifications need written approval before the
work starts; a claims administrator handles the notice of claim, bills and decisions for the insurer, whose own
appeals unit decides second appeals.

Everything is invented: the Ossendry Intercollegiate Athletic Association (the body says "OIAA") and its OIAA
Catastrophic Injury Insurance Program, policy GSB-204471; the insurer Cullender Casualty & Accident Insurance Company
(letterhead: a torch in a shield beside the brand broken over two lines "CULL" / "ENDER", neither half a word of its
letters, the legal name small under it; its letters say "CCA"); the claims administrator Stellhorn Sports Claims
Administrators, Inc. (letterhead: the torch mark, the logo word "STELLHORN" with the legal name small beneath it; the
letters say "SSCA" or "the Administrator"); member colleges with college numbers "OI-1107" ... "OI-1149" (O/0 and
I/1 look-alikes), participant IDs "ZS" + seven digits (Z/2, S/5) printed whole, in groups "ZS 408 2216" or not at all
(the volunteer coach has none), claim numbers "OB26" + six digits (O/0, B/8), accident files "AX26-" + five digits,
prior approval requests "PAZ-" + five digits, appeals "APL-26-" + four digits; every school, hospital, person,
amount, address and time limit; phones 555. CPT, HCPCS and revenue codes as themselves.

Invented rules printed on the papers: a $75,000 covered accident deductible; benefits at 100% of the reasonable
charge up to $5,000,000 a covered accident; home health care capped at $40,000 a calendar year; home modification up
to $40,000 and vehicle modification up to $20,000 a lifetime, each only with the Administrator's written prior
approval; itemized bills within 90 days after the service (one year at the most when it was not reasonably
possible); inpatient rehabilitation hospital days while the athlete needs and can take part in intensive therapy,
later days at the sub-acute level; treatment still under study excluded; appeals to the Administrator within 180
days of a notice, then to CCA's Appeals Review Unit, whose decision is final.

Documents (8 in 7 files):
- bd_eob_home_care_year_limit: a born-digital two-page explanation of benefits to a pole vaulter with a spinal cord
  injury: four claims in a ruled table that breaks over the page, an "Other coverage paid" column, bare note marks
  ("1", "2", "3", "4 5") keyed in a numbered note list under the table (1 other coverage paid first, 2 a bundled
  supply, 3 over the reasonable charge, 4 the other plan paid nothing, 5 the 2026 home health care maximum reached:
  the refusal; note 6 printed but on no row); three home health aide visits refused (not_covered); deductible and
  year-maximum panels as decoys.
- faxstd_other_plan_first_hospital: a standard-fax two-page letter to a goalkeeper's mother: the hospital's claim for
  his skull-fracture stay waits for the mother's employer plan, which pays first (other: coordination of benefits);
  page 1 is prose only, every member fact sits in an "About this claim" box on page 2 (caption "Policy / College
  no." pairs two values); the other plan's member and group numbers as decoys.
- faxstd_stack_home_cover_two_letters: a standard-fax stack: a fax cover the athlete's mother typed at home (no
  letterhead, "Re:" run into the subject, page count in words), then two Administrator letters to the same lineman:
  a prior approval of a ramp and a roll-in shower (other, no denial), and a two-page refusal of hand controls and a
  wheelchair lift installed in his van before any approval was asked for (prior_authorization), its second page fed
  upside down.
- bd_volunteer_coach_not_insured: a born-digital letter to a volunteer assistant wrestling coach who had graduated:
  not an enrolled student, so not an insured person (eligibility); identifiers in a narrow caption column at the left
  with the values far to the right; no participant ID exists for him (member ID null).
- lowres_es_facturas_tarde: a 150 dpi Spanish letter to a softball catcher's mother: four speech therapy bills came
  more than 90 days after the sessions (timely_filing); the received date and the one-year exception as decoys.
- photocopy_appeal_exoskeleton_upheld: CCA's photocopied two-page second-appeal decision, two columns of prose,
  keeping the refusal of a powered exoskeleton for home use as investigational (experimental); final, a state
  insurance department and a three-year suit limit as decoys.
- rotated_remittance_rehab_days: the Administrator's remittance to a rehabilitation hospital fed turned: three
  athletes' claims, the second one's seven inpatient rehabilitation days refused with note marks "4 6" because from
  that day the athlete could have been cared for at the sub-acute level (level_of_care); an "Other coverage paid"
  column, a bundled line on a paid claim, EFT and TIN as decoys.

Judgement calls kept in the truth's alternates: the insurer is the letterhead issuer (Stellhorn on the
Administrator's six papers, Cullender on the appeal decision); the other two organisations and the program are
accepted, as are the short names. The provider is the agency, hospital, clinic or contractor that billed or did the
work where the paper names its clinician only as ordering, attending or requesting (that person accepted), and the
rendering speech-language pathologist or the requesting physiatrist where the paper names them in that role (their
clinic accepted). Case numbers are the refused claim's or request's number; the accident file number printed beside
it is accepted too (a reader may take it as the case number), and on the appeal decision either the appeal or the
request number alone. Amounts are the refused claim's billed total; the approval's estimate with null accepted.
Spans: the hospital stays are intervals (first day accepted); the remittance's refused days an interval (first day,
or first and last day, accepted). The EOB and the remittance are `eob` (`denial_letter` accepted). The other-plan
letter is `other` (it waits for another payer; `eligibility` is not accepted, the athlete is insured). The home care
maximum is `not_covered` (a benefit limit).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtc import (ETSheet, addr_block, digits, dr, es_date, es_slash, first_last, home_cover, iso, long,
                               m2, n2, npi, out, people, phone, plus, sign, slash, spaced_id, tin, tollfree, truth,
                               usd, wd_tue)

FAMILY = ("ossendry_athletic_association_catastrophic_injury_program_home_care_year_limit_other_plan_first_"
          "volunteer_coach_hand_controls_no_prior_approval_late_bills_exoskeleton_rehab_days_refusals")
LANG = "en"
SEED = 355092
USED: set = set()

ASSOC = "Ossendry Intercollegiate Athletic Association"
PROGRAM = "OIAA Catastrophic Injury Insurance Program"
INSURER = "Cullender Casualty & Accident Insurance Company"
ADMIN = "Stellhorn Sports Claims Administrators, Inc."
POLICY = "GSB-204471"
ADMIN_ALT = [ADMIN, "Stellhorn Sports Claims Administrators", "Stellhorn", INSURER, PROGRAM,
             "Cullender Casualty & Accident Insurance"]
INS_ALT = [INSURER, "Cullender Casualty & Accident Insurance", "Cullender Casualty", "Cullender", ADMIN, PROGRAM]
ADMIN_ADDR = ["4410 Orlescote Drive, Suite 200", "Brankley Falls, WI 53706"]
INS_ADDR = ["One Cullender Plaza", "Hestonbury, MN 55402"]
COLLEGES = {"Oskerby State College": "OI-1107", "Corringdale College": "OI-1115",
            "Lindrick College": "OI-1123", "Tavishall University": "OI-1131", "Tabberley College": "OI-1149"}
DEDUCT = 75000.00


def pid(rng) -> str:
    return f"ZS{digits(rng, 7)}"


def claim_no(rng) -> str:
    return f"OB26{digits(rng, 6)}"


def acc_file(rng) -> str:
    return f"AX26-{digits(rng, 5)}"


def grouped(m: str) -> str:
    """ZS4082216 -> 'ZS 408 2216'"""
    return spaced_id(m, (2, 3, 4))


def admin_right(rng) -> list[str]:
    return [ADMIN_ADDR[0], ADMIN_ADDR[1], f"Claims line {tollfree(rng, '866')}", f"Fax {phone(rng, '608')}",
            "stellhornclaims.example"]


def head_admin(p: ETSheet, rng, box: str | None = None):
    p.mark_logo_legal("STELLHORN", ADMIN, admin_right(rng), mark="torch",
                      tagline="Claims administrator, OIAA Catastrophic Injury Program",
                      small="Policy GSB-204471 issued by Cullender Casualty & Accident Insurance Company",
                      box=box, size=23)


def head_insurer(p: ETSheet, rng, box: str | None = None):
    p.split_mark_head("CULL", "ENDER", INSURER,
                      [INS_ADDR[0], INS_ADDR[1], f"Appeals {tollfree(rng, '877')}", f"Fax {phone(rng, '612')}"],
                      mark="torch", tagline="Appeals Review Unit", small="Insurer of the OIAA Catastrophic Injury "
                      "Insurance Program", box=box, size=20)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    athlete = people(rng, 1, "sa", sexes="F", used=USED)[0]
    physiatrist, pt_, urol, dme_ = people(rng, 4, "cl", sexes="FFMM", used=USED)
    college = "Oskerby State College"
    grp = COLLEGES[college]
    m = pid(rng)
    af = acc_file(rng)
    acc = dt.date(2026, 1, 31)
    sd = dt.date(2026, 6, 9)
    agency = "Copplestone Home Health Services"
    hosp = "Harbledown Rehabilitation Hospital"
    nos = [claim_no(rng) for _ in range(4)]
    aide = [dt.date(2026, 5, 4), dt.date(2026, 5, 6), dt.date(2026, 5, 8)]
    claims = [
        (f"{hosp} outpatient therapy \u2013 {dr(pt_, 'DPT')}",
         [(dt.date(2026, 5, 12), "97110", "Therapeutic exercise, 4 units", 312.00, 118.40, 0.00, 193.60, "1"),
          (dt.date(2026, 5, 12), "97530", "Therapeutic activities, 3 units", 246.00, 92.10, 0.00, 153.90, "1"),
          (dt.date(2026, 5, 12), "A4556", "Electrodes, per pair", 18.00, 0.00, 18.00, 0.00, "2"),
          (dt.date(2026, 5, 14), "97110", "Therapeutic exercise, 4 units", 312.00, 118.40, 0.00, 193.60, "1")]),
        (f"{agency} \u2013 ordered by {dr(physiatrist, 'MD')}",
         [(d, "G0156", "Home health aide, 32 x 15 min", 608.00, 0.00, 608.00, 0.00, "4 5") for d in aide]),
        (f"Brankley Falls Urology Clinic \u2013 {dr(urol, 'MD')}",
         [(dt.date(2026, 5, 19), "99214", "Office visit, established", 265.00, 141.20, 0.00, 123.80, "1"),
          (dt.date(2026, 5, 19), "A4353", "Intermittent catheters, 120", 540.00, 0.00, 42.00, 498.00, "3")]),
        (f"Pitchley Medical Supply \u2013 {first_last(dme_)}, ATP",
         [(dt.date(2026, 5, 21), "E2622", "Skin protection cushion", 689.00, 551.20, 0.00, 137.80, "1")]),
    ]
    den = 1
    p = ETSheet(footer="Page {n} of {nb}",
                run_hdr=(f"{first_last(athlete)}  \u00b7  ID {m}  \u00b7  Statement {slash(sd)}  \u00b7  "
                         "page {n} of {nb}"))
    p.set_margins(15, 15, 15)
    p.add_page()
    head_admin(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [athlete.upper(), "2716 Dallowgill Lane", "Fewston, WI 53581"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.bare_ids([(long(sd), "statement date"), (grouped(m), "participant ID"), (af, "accident file"),
                (f"{college}", "college"), (grp, "college no."), (POLICY, "policy"),
                (slash(acc), "date of accident (indoor track meet)")],
               x=p.l_margin + W * 0.52, y=y, w=W * 0.48, size=8.6)
    p.set_y(max(p.get_y(), y + 40))
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL.  Keep it with your other insurance papers.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.sc_shaded([("Covered accident deductible", "$75,000.00\nmet 03/06/2026", 0.25),
                 ("Other coverage on file", "Kellingsworth Mutual Health\nparent's plan, pays first", 0.27),
                 ("Home health care, 2026", "$40,000.00 of $40,000.00\nused through 04/30/2026", 0.26),
                 ("Paid this statement", usd(sum(x[6] for c in claims for x in c[1])) + "\nby EFT to providers", 0.22)],
                size=8.2)
    rows = []
    for i, (prov, lines) in enumerate(claims):
        for d, code, s, b, oc, np_, pd, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(oc), n2(np_), n2(pd), note])
        rows.append(("total", ["", "", f"Claim {nos[i]}", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                               n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        rows.append(("sub", prov))
        if i == 1:
            rows.append(("break",))
    tb = sum(x[3] for c in claims for x in c[1])
    rows.append(("total", ["", "", "Statement totals", n2(tb), n2(sum(x[4] for c in claims for x in c[1])),
                           n2(sum(x[5] for c in claims for x in c[1])), n2(sum(x[6] for c in claims for x in c[1])),
                           ""]))
    p.mark_rows(["Date", "Code", "Service", "Billed", "Other coverage paid", "Not payable", "Program paid", "Notes"],
                [W * k / 100 for k in (11, 8, 31, 10, 12, 10, 11, 7)],
                ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.7,
                cont="claims continue on page 2")
    p.numbered_notes("Notes", [
        ("1", "Your other coverage paid first (see Other coverage paid). The Program paid the rest of the covered "
              "charge."),
        ("2", "Included in the payment for another service on the same day. The provider may not bill it to you."),
        ("3", "Part of the charge is above the reasonable charge for this item in your area. The Program paid up to "
              "the reasonable charge; the supplier agreed not to bill you the difference."),
        ("4", "Your other coverage paid nothing for this service because it does not cover home health aide care. "
              "SSCA looked at the charge as the only payer."),
        ("5", "Not payable. The Program pays up to $40,000.00 of home health care in a calendar year, and that "
              "amount was paid in full for care through April 30, 2026. Home health care on or after January 1, "
              "2027 can be paid again. You may owe the agency for these visits."),
        ("6", "Written prior approval is needed before home or vehicle modification work begins."),
    ], size=7.6)
    p.bar("If you disagree with this statement", 8.8)
    p.para(f"You may appeal any decision on this statement within 180 days of the date of this statement. Write to "
           f"SSCA Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}, and tell us the claim number and why you disagree. "
           "You may send letters from your doctors and any other papers. If you disagree with our answer, you may "
           "then ask the insurer's Appeals Review Unit to look at it.", 8.4)
    p.para("Itemized bills must reach SSCA within 90 days after the date of service. Please ask your providers to "
           "bill your other coverage first and to send us its explanation of benefits with their bill.", 8.0)
    p.para(f"The {PROGRAM} is provided by the {ASSOC} for the student athletes of its member colleges. It pays "
           "covered expenses that are more than the covered accident deductible, after all other valid and "
           "collectible insurance has paid.", 7.6)
    t = truth("eob", "not_covered", insurer=ADMIN, plan_id=POLICY, group=grp, member_id=m, member_name=athlete,
              cases=[nos[den]], claim_amount=m2(608.00 * 3), service_dates=[iso(d) for d in aide],
              denial_date=iso(sd), provider=agency, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [dr(physiatrist, "MD"), physiatrist],
                          "case_numbers": [[nos[den], af]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_other_plan(rng):
    athlete = people(rng, 1, "sa", sexes="M", used=USED)[0]
    mother = people(rng, 1, "sa", sexes="F", last=athlete.split()[-1], used=USED)[0]
    neuro, sig = people(rng, 2, "cl", sexes="MF", used=USED)
    college = "Corringdale College"
    grp = COLLEGES[college]
    m = pid(rng)
    af = acc_file(rng)
    c = claim_no(rng)
    acc = dt.date(2026, 2, 21)
    out_d = dt.date(2026, 2, 27)
    rec = dt.date(2026, 3, 30)
    ld = dt.date(2026, 4, 14)
    hosp = "Marlcombe Regional Medical Center"
    billed = 86412.50
    other_plan = "Healaugh Valley Health Plan"
    sent = plus(ld, 1)
    tx = (f"{slash(sent)} 10:{rng.randint(10, 59)}  STELLHORN SPORTS CLAIMS  608 555 {digits(rng, 4)}  "
          f"PG {{n}}/{{t}}")
    p = ETSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2)
    p.set_margins(20, 16, 20)
    p.add_page()
    head_admin(p, rng)
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [mother, "Parent of " + athlete, "58 Cotterdale Crescent", "Corringdale, WI 54401"], 9.4)
    p.subject_line("About your son's hospital bill: other coverage must pay first")
    p.para(f"Dear {first_last(mother)}:", 9.6)
    p.para(f"Thank you for the notice of claim that {college}'s athletic trainer sent us after your son's injury in "
           f"the soccer match on {long(acc)}. We received the hospital's bill for his stay on {long(rec)}.", 9.4)
    p.para(f"We cannot pay this bill now. The notice of claim tells us that your son is covered as a dependent under "
           f"your employer's health plan, {other_plan}. The catastrophic injury program pays only after every other "
           "valid and collectible insurance has paid, and the hospital has not yet billed your plan. This is called "
           "coordination of benefits: your plan pays first, and what it pays counts toward the program's $75,000.00 "
           "covered accident deductible.", 9.4)
    p.para("What to do next:", 9.4)
    p.bullets([
        "Ask the hospital's billing office to send the bill to your health plan first. The plan's ID card is "
        "described in the box on the next page.",
        "When your plan has paid, send us its explanation of benefits. We will then look at the rest of the bill, "
        "together with any other bills for this injury, and tell you what the program will pay.",
        "If your plan refuses the bill, send us its letter. A refusal by the other plan does not end the program's "
        "coverage.",
    ], size=9.2)
    p.para("The facts we used for this decision are in the box on the next page. Please check them and call us if "
           "anything is wrong.", 9.4)
    p.add_page()
    p.facts_panel("About this claim", [
        ("Participant", athlete),
        ("Participant ID", m),
        ("Policy / College no.", f"{POLICY} / {grp}"),
        ("College", college),
        ("Accident file", af),
        ("Claim number", c),
        ("Hospital", hosp),
        ("Attending physician", dr(neuro, "MD") + ", neurosurgery"),
        ("Dates of stay", f"{slash(acc)} to {slash(out_d)}"),
        ("Amount billed", usd(billed)),
        ("Other coverage", f"{other_plan}, member no. HV 7734 0291-02, group 40-2287"),
        ("Decision", "Not paid now: other coverage pays first"),
    ], cap_w=44, size=9.0)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal this decision within 180 days of the date of this letter. Write to SSCA Appeals, "
           f"{ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}, or fax the number at the top of this letter. Tell us why you think "
           "the program should pay first, for example if your plan had ended before the accident.", 9.2)
    p.para("Bills must reach us within 90 days after the date of service. Because your plan must pay first, we will "
           "accept this bill later as long as it comes with your plan's explanation of benefits.", 9.0)
    p.ln(1)
    sign(p, [first_last(sig), "Catastrophic Claims Examiner", "Stellhorn Sports Claims Administrators"])
    p.para(f"cc: Athletic Training, {college}", 8.4)
    t = truth("denial_letter", "other", insurer=ADMIN, plan_id=POLICY, group=grp, member_id=m, member_name=athlete,
              cases=[c], claim_amount=m2(billed), service_dates=[f"{iso(acc)}/{iso(out_d)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [dr(neuro, "MD"), neuro],
                          "case_numbers": [[c, af]], "service_dates": [[iso(acc)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    athlete = people(rng, 1, "sa", sexes="M", used=USED)[0]
    mother = people(rng, 1, "sa", sexes="F", last=athlete.split()[-1], used=USED)[0]
    compliance = people(rng, 1, "cl", sexes="F", used=USED)[0]
    physiatrist, sig1, sig2 = people(rng, 3, "cl", sexes="MFM", used=USED)
    college = "Oskerby State College"
    grp = COLLEGES[college]
    m = pid(rng)
    af = acc_file(rng)
    first = athlete.split()[0]
    home_addr = [athlete, "904 Pellow Road", "Fewston, WI 53581"]
    # (i) the approval
    ad = dt.date(2026, 5, 5)
    req_d = dt.date(2026, 4, 22)
    pa1 = f"PAZ-{digits(rng, 5)}"
    builder = "Stubwell Accessible Builders"
    est = 31880.00
    start = dt.date(2026, 5, 26)
    # (ii) the refusal
    ld = dt.date(2026, 5, 7)
    c = claim_no(rng)
    vendor = "Rudgwick Mobility Vans"
    inst = dt.date(2026, 3, 24)
    inv = 14260.00
    sent = dt.date(2026, 5, 11)
    tx = (f"{slash(sent)}  19:4{rng.randint(0, 9)}  HP OFFICEJET  {phone(rng, '608')}  p{{n}}")
    cover = home_cover([
        ("", "FAX"), ("", ""),
        ("To:   ", f"Ms. {compliance.split()[-1]} - Oskerby State Athletics Compliance Office"),
        ("Fax:  ", phone(rng, "608")),
        ("From: ", f"{first_last(mother)} ({first}'s mom)"),
        ("Date: ", slash(sent)),
        ("", f"Re:{first}s insurance letters - the ramp one and the van one"),
        ("", "four pages incl. this one"),
        ("", ""),
        ("", "The ramp letter is fine. The van letter says they wont pay because nobody asked before the hand "
             "controls went in. The dealer told us the school would handle it. Can you call me? Thank you"),
    ], tx=tx, tx_total=4, title=None)
    p = ETSheet(footer="Page {n} of {nb}", tx=tx, tx_off=1, tx_total=4)
    p.set_margins(19, 16, 19)
    p.add_page()
    head_admin(p, rng, box="PRIOR APPROVAL")
    addr_block(p, home_addr, 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Date", long(ad), 0.24), ("Request no.", pa1, 0.2), ("Participant ID", grouped(m), 0.28),
              ("Accident file", af, 0.28)],
             [("College no.", grp, 0.24), ("Policy", POLICY, 0.2), ("Request received", slash(req_d), 0.28),
              ("Approved through", slash(dt.date(2026, 11, 30)), 0.28)]], size=8.8)
    p.para(f"Dear {first_last(athlete)}:", 9.4)
    p.para(f"SSCA has approved the home modification that {dr(physiatrist, 'MD')} asked for with the estimate from "
           f"{builder}. The approval covers the work listed below, planned to start on {long(start)}.", 9.2)
    p.ruled_rows(["Item", "Work approved", "Estimate"],
                 [["1", "Exterior ramp with landing, 1:12 slope, handrails", "14,620.00"],
                  ["2", "Bathroom: roll-in shower, grab bars, wall-hung sink", "13,940.00"],
                  ["3", "Widen two interior doorways to 36 inches", "3,320.00"],
                  ["", "Total approved", usd(est)]],
                 [W * k / 100 for k in (8, 72, 20)], ["L", "L", "R"], size=8.6, bold_rows=(3,))
    p.para("The program pays up to $40,000.00 for home modification in a lifetime. After this approval, "
           f"{usd(40000.00 - est)} remains. Send the builder's final invoice and photos of the finished work; we "
           "pay the builder directly. Changes to the work need a new approval before they are made.", 9.0)
    p.para("This letter does not refuse anything.", 9.2)
    p.ln(1)
    sign(p, [first_last(sig1), "Case Manager, Catastrophic Claims", "Stellhorn Sports Claims Administrators"])
    ap_pdf = out(p)
    ap_t = truth("other", None, insurer=ADMIN, plan_id=POLICY, group=grp, member_id=m, member_name=athlete,
                 cases=[pa1], claim_amount=m2(est), service_dates=[iso(start)], denial_date=iso(ad), provider=builder,
                 alternates={"insurer": ADMIN_ALT, "provider": [dr(physiatrist, "MD"), physiatrist],
                             "claim_amount": [None], "service_dates": [[]], "case_numbers": [[pa1, af]]})
    q = ETSheet(footer="Page {n} of {nb}", tx=tx, tx_off=2, tx_total=4, tx_flip=(2,))
    q.set_margins(19, 16, 19)
    q.add_page()
    head_admin(q, rng, box="CLAIM DECISION")
    addr_block(q, home_addr, 9.2)
    q.f(9.4)
    q.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.memo([("Claim", c), ("Participant ID", m), ("Accident file", af), ("College / Policy", f"{grp} / {POLICY}"),
            ("Vendor", vendor), ("Installed", slash(inst)), ("Invoice", usd(inv))], size=9.0, cap_w=34)
    q.para(f"Dear {first_last(athlete)}:", 9.4)
    q.para(f"We received the invoice from {vendor} for hand controls, a wheelchair lift and a transfer seat put into "
           f"your van on {long(inst)}. We are sorry to tell you that the program will not pay this invoice.", 9.2)
    q.ruled_rows(["Code", "Item", "Billed"],
                 [["T2039", "Vehicle modification: left-hand push/pull controls", "4,880.00"],
                  ["T2039", "Vehicle modification: rotary wheelchair lift", "7,960.00"],
                  ["T2039", "Vehicle modification: power transfer seat base", "1,420.00"],
                  ["", "Invoice total", usd(inv)]],
                 [W * k / 100 for k in (14, 66, 20)], ["L", "L", "R"], size=8.6, bold_rows=(3,))
    q.para("Why: the program pays for vehicle modification only when SSCA approves it in writing before the work is "
           "done. This rule lets a driving rehabilitation specialist check that the equipment fits your needs and "
           "your vehicle. We had no request for approval before the equipment was put in; the first paper we "
           "received was the invoice.", 9.2)
    q.add_page()
    q.para("What you can do:", 9.4)
    q.bullets([
        "If someone asked SSCA for approval before March 24, 2026 (by phone, fax or letter), send us what you have; "
        "we will look again.",
        "You may still ask for approval of future vehicle work. The program pays up to $20,000.00 for vehicle "
        "modification in a lifetime.",
        f"You may appeal within 180 days of the date of this letter. Write to SSCA Appeals, {ADMIN_ADDR[0]}, "
        f"{ADMIN_ADDR[1]}.",
    ], size=9.2)
    q.para("Your home modification approval (our letter of May 5, 2026) is not changed by this decision.", 9.0)
    q.ln(1)
    sign(q, [first_last(sig2), "Catastrophic Claims Examiner", "Stellhorn Sports Claims Administrators"])
    q.para(f"cc: {vendor}", 8.4)
    rf_pdf = out(q)
    rf_t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=POLICY, group=grp, member_id=m,
                 member_name=athlete, cases=[c], claim_amount=m2(inv), service_dates=[iso(inst)], denial_date=iso(ld),
                 provider=vendor, appeal_deadline=iso(plus(ld, 180)),
                 alternates={"insurer": ADMIN_ALT, "case_numbers": [[c, af]]})
    return cover, [(ap_pdf, ap_t), (rf_pdf, rf_t)]


# ---------------------------------------------------------------------------------------------------------------
def bd_volunteer_coach(rng):
    coach = people(rng, 1, "sa", sexes="M", used=USED)[0]
    surgeon, sig, trainer = people(rng, 3, "cl", sexes="FMF", used=USED)
    college = "Lindrick College"
    grp = COLLEGES[college]
    af = acc_file(rng)
    c = claim_no(rng)
    acc = dt.date(2026, 3, 11)
    out_d = dt.date(2026, 3, 18)
    ld = dt.date(2026, 4, 21)
    hosp = "Tabberley General Hospital"
    billed = 118744.00
    notice_rec = dt.date(2026, 3, 16)
    p = ETSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head_admin(p, rng, box="NOTICE OF CLAIM DECISION")
    addr_block(p, [coach, "17 Eppleby Court, Apt 3", "Lindrick, WI 54935"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Date of this notice", long(ld)),
                 ("Claim number", c),
                 ("Accident file", af),
                 ("Person named in the notice of claim", f"{coach} (volunteer assistant coach, wrestling)"),
                 ("Participant ID", "none assigned"),
                 ("College  /  college no.", f"{college}  /  {grp}"),
                 ("Policy", POLICY),
                 ("Date of accident", slash(acc)),
                 ("Hospital", f"{hosp}  (stay {slash(acc)} - {slash(out_d)})"),
                 ("Surgeon", dr(surgeon, "MD")),
                 ("Billed", usd(billed)),
                 ("Notice of claim received", slash(notice_rec))], cap_w=40, size=8.8, cap=7.0)
    p.para(f"Dear {first_last(coach)}:", 9.6)
    p.para(f"{college}'s athletic trainer, {first_last(trainer)}, sent us a notice of claim after you were hurt "
           "demonstrating a takedown at wrestling practice. We are sorry about your injury and hope your recovery is "
           "going well.", 9.4)
    p.para("We looked at whether you are a person the program insures. It insures student athletes, student "
           "managers, student athletic trainers and student coaches who are enrolled at a member college and named on "
           "its official roster. The college's records show that you finished your degree at the end of the fall "
           "term and were not enrolled for the spring 2026 term; you helped the team as a volunteer assistant coach. "
           "Because you were not an enrolled student on the day of the accident, you are not an insured person, and "
           "the program cannot pay the hospital's claim or any other bills for this injury.", 9.4)
    p.para("The college may carry other insurance for volunteers. Please ask its business office. If you have your "
           "own health insurance, send the bills there.", 9.2)
    p.bar("Your right to appeal", 9.0)
    p.para(f"If you think this decision is wrong, for example because you were enrolled in a course on the day of the "
           f"accident, you may appeal within 180 days of the date of this notice. Send a copy of your enrollment "
           f"record to SSCA Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}.", 9.2)
    p.ln(1)
    sign(p, [first_last(sig), "Eligibility Review", "Stellhorn Sports Claims Administrators"])
    p.para(f"cc: {hosp} Patient Accounts; Athletics Department, {college}", 8.2)
    t = truth("denial_letter", "eligibility", insurer=ADMIN, plan_id=POLICY, group=grp, member_id=None,
              member_name=coach, cases=[c], claim_amount=m2(billed), service_dates=[f"{iso(acc)}/{iso(out_d)}"],
              denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [dr(surgeon, "MD"), surgeon],
                          "case_numbers": [[c, af]], "service_dates": [[iso(acc)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_late(rng):
    athlete = people(rng, 1, "es", sexes="F", used=USED)[0]
    mother = people(rng, 1, "es", sexes="F", last=athlete.split()[-1], used=USED)[0]
    slp, sig = people(rng, 2, "cl", sexes="FM", used=USED)
    college = "Tavishall University"
    grp = COLLEGES[college]
    m = pid(rng)
    af = acc_file(rng)
    c = claim_no(rng)
    acc = dt.date(2026, 1, 15)
    sess = [dt.date(2026, 2, 3), dt.date(2026, 2, 5), dt.date(2026, 2, 10), dt.date(2026, 2, 12)]
    rec = dt.date(2026, 6, 1)
    ld = dt.date(2026, 6, 10)
    clinic = "Thornlea Speech & Language Center"
    each = 284.00
    total = each * len(sess)
    p = ETSheet(footer="Página {n} de {nb}")
    p.set_margins(19, 16, 19)
    p.add_page()
    head_admin(p, rng, box="DECISIÓN SOBRE SU RECLAMACIÓN")
    addr_block(p, [mother, f"Madre de {athlete}", "311 Calle Arboleda", "Tavishall, WI 53094"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Fecha de la carta: {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Participante", athlete, 0.34), ("Identificación", grouped(m), 0.22), ("Póliza", POLICY, 0.2),
              ("Universidad", grp, 0.24)],
             [("Reclamación", c, 0.34), ("Expediente del accidente", af, 0.22), ("Accidente", es_slash(acc), 0.2),
              ("Factura recibida", es_slash(rec), 0.24)]], size=8.8)
    p.para(f"Estimada señora {mother.split()[-1]}:", 9.6)
    p.para(f"Recibimos las facturas de {clinic} por las sesiones de terapia del habla que su hija recibió después de "
           f"la lesión en la cabeza que sufrió en el entrenamiento de sóftbol. La terapeuta fue {dr(slp, 'CCC-SLP')}. "
           "El programa no va a pagar estas sesiones.", 9.2)
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[es_date(d), "92507", "Terapia del habla y lenguaje, individual", usd(each)] for d in sess] +
                 [["", "", "Total de la reclamación", usd(total)]],
                 [W * k / 100 for k in (26, 12, 44, 18)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(sess),))
    p.para("Por qué: las reglas del programa piden que las facturas detalladas lleguen a SSCA dentro de 90 días "
           "después de la fecha de cada servicio. Estas facturas llegaron el 1 de junio de 2026, más de 90 días "
           "después de la última sesión del 12 de febrero de 2026.", 9.2)
    p.para("Si no fue razonablemente posible enviar las facturas a tiempo (por ejemplo, porque su seguro médico tardó "
           "en contestar), mándenos una explicación con las pruebas que tenga. Podemos aceptar facturas hasta un año "
           "después del servicio cuando hay un motivo así.", 9.0)
    p.bar("Su derecho a apelar", 9.0)
    p.para(f"Usted puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Escriba a SSCA "
           f"Appeals, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}, o llame al número de arriba. Hablamos español.", 9.2)
    p.ln(1)
    sign(p, [first_last(sig), "Examinador de reclamaciones", "Stellhorn Sports Claims Administrators"],
         close="Atentamente,")
    t = truth("denial_letter", "timely_filing", insurer=ADMIN, plan_id=POLICY, group=grp, member_id=m,
              member_name=athlete, cases=[c], claim_amount=m2(total), service_dates=[iso(d) for d in sess],
              denial_date=iso(ld), provider=dr(slp, "CCC-SLP"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": ADMIN_ALT, "provider": [clinic, slp], "case_numbers": [[c, af]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    athlete = people(rng, 1, "sa", sexes="M", used=USED)[0]
    physiatrist, chair, reviewer = people(rng, 3, "cl", sexes="FMF", used=USED)
    college = "Tabberley College"
    grp = COLLEGES[college]
    m = pid(rng)
    af = acc_file(rng)
    ap = f"APL-26-{digits(rng, 4)}"
    req = f"PAZ-{digits(rng, 5)}"
    dd = dt.date(2026, 7, 14)
    first_den = dt.date(2026, 3, 17)
    ssca_up = dt.date(2026, 5, 5)
    ap_rec = dt.date(2026, 6, 2)
    clinic = "Harbledown Rehabilitation Hospital Spinal Cord Injury Clinic"
    price = 98400.00
    p = ETSheet(footer="Page {n} of {nb}",
                run_hdr=f"CCA Appeals Review Unit  \u00b7  Appeal {ap}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head_insurer(p, rng, box="APPEAL DECISION")
    addr_block(p, [athlete, "66 Aysgarth Avenue", "Tabberley, WI 54751"], 9.2)
    p.f(10.2, "B")
    p.cell(0, 5.4, f"Decision of {wd_tue(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_values([(ap, "appeal no.", W * 0.17), (req, "request no.", W * 0.15),
                    (grouped(m), "participant id", W * 0.18),
                    (f"{grp}", "college no.", W * 0.11), (POLICY, "policy", W * 0.15), (af, "accident file", W * 0.16)],
                   size=8.6)
    p.para(f"Dear {first_last(athlete)}:", 9.4)
    p.para_cols([
        f"You asked CCA's Appeals Review Unit to look again at SSCA's refusal of a powered exoskeleton for your use at "
        f"home, which {dr(physiatrist, 'MD')} of {clinic} requested on request {req}. SSCA refused the request on "
        f"{long(first_den)} and kept that refusal after your first appeal on {long(ssca_up)}. We received your "
        f"second appeal on {long(ap_rec)}.",
        f"What was asked for: a powered lower-limb exoskeleton (E1399) with training for you and your father, quoted "
        f"at {usd(price)}, so that you can stand and walk at home with its help after the spinal cord injury you had "
        "in football practice.",
        "What we read: the request and the quote, your physiatrist's letters, your physical therapy notes, your "
        "letter and your father's letter, the program's rules on treatment still under study, and the report of a "
        "physician in physical medicine and rehabilitation who had no part in the earlier decisions.",
        "What the rules say: the program does not pay for a device or treatment that is experimental or "
        "investigational, meaning its benefit for the person's condition has not been shown in published studies "
        "of good quality.",
        "What we found: studies show that these devices can be used safely in a rehabilitation clinic with trained "
        "staff. They do not yet show that owning one for daily use at home improves health, walking or independence "
        "for people with injuries like yours. For home use the device is still investigational.",
        "The program continues to pay for exoskeleton sessions in your clinic's therapy program, as it has since "
        "April.",
        "Decision: the refusal is upheld. CCA will not pay for the exoskeleton for home use.",
    ], size=8.6)
    p.add_page()
    p.bar("What happens now", 9.0)
    p.para("This is the final decision under the program's appeal process. You may ask for free copies of everything "
           "we used to decide your appeal, including the reviewer's report.", 9.0)
    p.para("You may contact your state's department of insurance if you have a complaint about how your claim was "
           "handled. Any lawsuit about this decision must be started within three years after proof of loss was "
           "due.", 9.0)
    p.ln(2)
    p.signers([first_last(chair), "Chair, Appeals Review Unit", INSURER],
              [dr(reviewer, "MD"), "Physician Reviewer", "physical medicine and rehabilitation"], size=8.6)
    p.para(f"cc: {dr(physiatrist, 'MD')}; SSCA ({ADMIN}); Athletics Department, {college}", 8.0)
    t = truth("denial_letter", "experimental", insurer=INSURER, plan_id=POLICY, group=grp, member_id=m,
              member_name=athlete, cases=[ap, req], claim_amount=m2(price), service_dates=[], denial_date=iso(dd),
              provider=dr(physiatrist, "MD"), appeal_deadline=None,
              alternates={"insurer": INS_ALT, "case_numbers": [[ap], [req], [ap, req, af]],
                          "provider": [physiatrist, clinic, "Harbledown Rehabilitation Hospital"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_remit(rng):
    a1, a2, a3 = people(rng, 3, "sa", sexes="FMF", used=USED)
    ph1, ph2, ph3, sig = people(rng, 4, "cl", sexes="MFMF", used=USED)
    hosp = "Harbledown Rehabilitation Hospital"
    rd = dt.date(2026, 5, 27)
    eft = f"EFT {digits(rng, 9)}"
    ids = [pid(rng) for _ in range(3)]
    cols = [COLLEGES["Tavishall University"], COLLEGES["Oskerby State College"], COLLEGES["Corringdale College"]]
    nos = [claim_no(rng) for _ in range(3)]
    s2a, s2b = dt.date(2026, 4, 13), dt.date(2026, 4, 19)
    rate = 2940.00
    refused = rate * 7
    claims = [
        {"lead": [nos[0], a1.upper(), ids[0]],
         "lines": [["04/01/2026-04/12/2026", "0118", "Rehab room and board, 12 days", "35,280.00", "21,600.00",
                    "0.00", "13,680.00", "1"],
                   ["04/01/2026-04/12/2026", "0420", "Physical therapy", "9,840.00", "6,120.00", "0.00", "3,720.00",
                    "1"]],
         "total": ["", "", "", "45,120.00", "27,720.00", "0.00", "17,400.00", ""],
         "note": f"College no. {cols[0]}  Attending {dr(ph1, 'MD')}"},
        {"lead": [nos[1], a2.upper(), ids[1]],
         "lines": [[f"{slash(s2a)}-{slash(s2b)}", "0118", "Rehab room and board, 7 days", n2(refused), "0.00",
                    n2(refused), "0.00", "4 6"]],
         "total": ["", "", "", n2(refused), "0.00", n2(refused), "0.00", ""],
         "note": f"College no. {cols[1]}  Attending {dr(ph2, 'MD')}  Interim bill 3"},
        {"lead": [nos[2], a3.upper(), ids[2]],
         "lines": [["05/04/2026", "0424", "PT evaluation", "412.00", "0.00", "0.00", "412.00", "1"],
                   ["05/04/2026", "0270", "Supplies", "36.00", "0.00", "36.00", "0.00", "2"]],
         "total": ["", "", "", "448.00", "0.00", "36.00", "412.00", ""],
         "note": f"College no. {cols[2]}  Attending {dr(ph3, 'MD')}"},
    ]
    p = ETSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 13, 14)
    p.add_page(orientation="L")
    head_admin(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [hosp, "Patient Financial Services", "1200 Harkstead Boulevard", "Brankley Falls, WI 53711"], 9.0)
    p.set_y(y)
    p.bare_ids([(long(rd), "remittance date"), (f"{eft}", "payment"), (tin(rng), "payee TIN"),
                (npi(rng), "payee NPI"), (POLICY, "policy (all claims)")], x=p.l_margin + W * 0.55, y=y, w=W * 0.45,
               size=8.6)
    p.set_y(max(p.get_y(), y + 31))
    p.remit_table(["Claim no.", "Athlete", "Participant ID", "From-thru", "Rev", "Service", "Billed",
                   "Other coverage paid", "Not payable", "Paid", "Note"],
                  [W * k / 100 for k in (9, 14, 8, 15, 4, 15, 8, 8, 8, 8, 3)],
                  ["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], claims, size=7.4)
    p.f(8.4, "B")
    p.cell(0, 5, f"Total paid this remittance: {usd(17400.00 + 412.00)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.numbered_notes("Notes", [
        ("1", "Other coverage paid first; the program paid the rest of the reasonable charge."),
        ("2", "Supplies are included in the payment for the therapy visit."),
        ("3", "Covered accident deductible: part of the charge was applied to the $75,000.00 deductible."),
        ("4", "The athlete's other coverage has paid its 60-day rehabilitation limit; the program paid as the only "
              "payer."),
        ("5", "Bill received more than 90 days after the service."),
        ("6", "Not payable at the inpatient rehabilitation level. The medical director's review of the therapy notes "
              "found that from April 13, 2026 the athlete was taking part in less than one hour of therapy a day and "
              "could have been cared for at the sub-acute (skilled nursing) level. Rebill these days at the "
              "sub-acute level, or send records showing that intensive rehabilitation was still needed."),
    ], size=7.6)
    p.bar("Reconsideration", 8.6)
    p.para(f"A request to reconsider a claim on this remittance must reach SSCA within 90 days of the date of this "
           f"remittance. Send it with the claim number to SSCA Provider Services, {ADMIN_ADDR[0]}, {ADMIN_ADDR[1]}. "
           "The athlete or the family may appeal separately within 180 days of the notice they receive.", 8.4)
    p.ln(1)
    p.para(f"Prepared by {first_last(sig)}, Provider Services.", 8.0)
    t = truth("eob", "level_of_care", insurer=ADMIN, plan_id=POLICY, group=cols[1], member_id=ids[1],
              member_name=a2, cases=[nos[1]], claim_amount=m2(refused), service_dates=[f"{iso(s2a)}/{iso(s2b)}"],
              denial_date=iso(rd), provider=hosp, appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [dr(ph2, "MD"), ph2],
                          "service_dates": [[iso(s2a)], [iso(s2a), iso(s2b)]]},
              type_alternates=["denial_letter"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    other = faxstd_other_plan(rng)
    cover, stack_docs = faxstd_stack(rng)
    coach = bd_volunteer_coach(rng)
    es = lowres_es_late(rng)
    appeal = photocopy_appeal(rng)
    remit = rotated_remit(rng)
    return [
        Item(f"{f}_bd_eob_home_care_year_limit", "born_digital", [eob]),
        Item(f"{f}_faxstd_other_plan_first_hospital", "fax_standard_g4", [other]),
        Item(f"{f}_faxstd_stack_home_cover_two_letters", "fax_standard_g4", stack_docs, separators=[cover, None],
             turns={(1, 1): 180}),
        Item(f"{f}_bd_volunteer_coach_not_insured", "born_digital", [coach]),
        Item(f"{f}_lowres_es_facturas_tarde", "scan_lowres_150", [es]),
        Item(f"{f}_photocopy_appeal_exoskeleton_upheld", "photocopy", [appeal]),
        Item(f"{f}_rotated_remittance_rehab_days", "rotated", [remit]),
    ]
