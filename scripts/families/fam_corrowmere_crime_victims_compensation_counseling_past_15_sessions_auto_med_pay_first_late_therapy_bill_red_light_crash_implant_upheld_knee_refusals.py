"""Papers mirrored (structure and plain wording style only; every sentence written here) from a state crime victim
compensation program: a program inside a state attorney general's office that pays a crime victim's medical, dental
and counselling bills that nobody else pays (the payer of last resort: the victim's health plan, Medicaid, Medicare,
auto insurance and workers' compensation pay first), pays providers at its own fee schedule (the provider may not bill
the victim for the rest), approves a first block of counselling sessions with the claim and more only when the
counsellor's treatment plan update is approved before the sessions, takes a provider's bill only within a set time
after the service, covers motor vehicle crashes only when a crime was committed (impaired driving, leaving the scene,
a car used as a weapon), and gives victims a reconsideration and then a hearing.

Everything is invented: the State of Corrowmere (postal code CW), its Office of the Attorney General, Crime Victim
Services Division and Crime Victims' Compensation Program (the letters say "CVC" and nothing else; the full name
is printed only under the logo word and in the footer), the 15-session rule, the 180-day bill rule, the
$40,000.00 maximum, the 30-day reconsideration and hearing periods, every hospital, practice, pharmacy, insurer,
police department, person, number, code list and address; phones 555. CPT and CDT codes as themselves.

Identifiers (letters that a poor capture reads as digits): victim numbers "VB" + seven digits (B/8), printed whole or
in groups ("VB 418 2607"); claim numbers "CZ26" + five digits (Z/2); bill numbers "IV" + seven digits (I/1);
reconsideration numbers "RS26-" + four digits (S/5); treatment plan approvals "TPU-" + "G" + five digits (G/6). Payee
numbers "PY" + six digits, police report numbers, the victim's health plan member numbers and auto policy numbers are
decoys.

Letterhead (wordmark): a drawn balance in a ring, the logo word "CVC" in heavy capitals, the legal name "Crime
Victims' Compensation Program" small directly under it and "Office of the Attorney General · Crime Victim Services
Division · State of Corrowmere" under that; the Spanish notice uses the same mark with the Spanish names.

Documents (8 in 7 files):
- bd_statement_counseling_past_15: a born-digital two-page payment statement to a robbery victim ("Statement
  date" and "Victim no. / Claim no." in a pair-caption block at the right); five bills in a ruled table with the
  columns Billed / Paid by other plan / CVC allowed / CVC paid / Notes, each bill followed by an inline line
  "Bill IV... · provider · received ..."; the rows carry numbered note marks ("1, 2", "1 2", "3", "4, 5", "2, 6")
  keyed by a numbered note list under the table on page 2; the counselling bill's three sessions pay 0.00 under
  "4, 5" (sessions 16 to 18 without an approved treatment plan update) -> eob / prior_authorization. A bundled
  rendering line (note 3) also pays 0.00 and is a decoy; the victim's health plan number and the police report are
  decoys.
- faxstd_stack_advocate_cover_med_pay_hospital_bill: a standard-fax stack: a county victim-witness
  unit's printed cover with tick boxes (belongs to no document), CVC's two-page bill decision (captions in a narrow
  column at the left, values flush right far across the page) holding a pedestrian's emergency room bill until the
  victim's own auto policy's medical payments coverage is billed (other: coordination of benefits), then the
  hospital's statement (a second sender), whose table shows only a balance and whose message box is the only place
  naming the visit CVC did not pay (other, no denial).
- faxstd_register_late_therapy_bill: a standard-fax provider payment register to a physical therapy
  practice: three victims' bills with inline lines naming the victim, victim no., claim, bill and therapist; one bill
  of three visits pays 0.00 under note mark "4" (received more than 180 days after the visits) -> eob /
  timely_filing; notes 2 and 3 explain a payment (other plan paid first, a bundled line).
- photo_es_choque_sin_delito: a photographed Spanish notice: the application of a passenger hurt in a red-light crash
  is denied because the other driver committed no crime CVC covers (a traffic ticket only) -> eligibility; the
  identifiers in boxes with their captions printed UNDER the boxes.
- scan300_recon_implant_upheld: a clean-scan two-page reconsideration decision keeping the refusal of a
  dental implant and bone graft (a fixed bridge, which CVC pays, restores the tooth; the dental consultant found the
  implant not necessary) -> medical_necessity; page 1 is the letter with no identifiers; every victim and claim fact
  sits in a framed box on page 2, followed by the hearing right ("within 30 days of the date of this decision").
- bd_knee_not_crime_related: a born-digital letter refusing an orthopaedic visit and knee injection for
  arthritis the records show before the assault -> not_covered; values above their captions in ruled boxes.
- faxfine_tpu_approved: a fine-fax approval to a counsellor of ten more sessions for a teenage
  victim (the mother is the claimant) -> other, no denial.

Judgement calls (why some values have alternates):
- insurer: the letterhead names the program only as "CVC" over its legal name and the Attorney General's office, so
  the state-prefixed name, the bare program name, the office, the division and "CVC" are all accepted (and the
  Spanish names on the Spanish notice). The hospital's statement has no insurer (unscored).
- member_id: the victim number without grouping spaces. The hospital statement prints none (null).
- case_numbers: claim and bill numbers together on bill papers, each alone accepted; the reconsideration number with
  claim and bill numbers on the decision (subsets accepted); the approval number with the claim number on the
  approval (each alone accepted).
- provider: the counsellor, therapist or surgeon named on the refused bill, the practice accepted; the hospital on the
  hospital's papers.
- claim_amount on the reconsideration: the bill's charges printed in the facts box. On the approval none.
- service_dates on the approval: none (it approves sessions to come); the approved period is accepted.
- appeal_deadline on the reconsideration: "a hearing" within 30 days of the decision is the program's next level of
  appeal, so +30 is the truth; null is accepted because a reader may take a hearing for a fair hearing.
- denial types: COB is `other` (the eval README); a bill not for a crime injury is `not_covered` with `other`
  accepted; the payment statement and the register are `eob` with `denial_letter` accepted.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtd import (ETSheet, addr_block, check_cover, digits, dr, es_date, first_last, iso, last_first,
                               long, m2, n2, npi, out, people, phone, plus, sign, slash, spaced_id, tin, tollfree,
                               truth, usd, wday_long, wd_comma, workday, yy)

FAMILY = ("corrowmere_crime_victims_compensation_counseling_past_15_sessions_auto_med_pay_first_late_therapy_bill_"
          "red_light_crash_implant_upheld_knee_refusals")
LANG = "en"
SEED = 355093
USED: set = set()

PROG = "Corrowmere Crime Victims' Compensation Program"
LEGAL = "Crime Victims' Compensation Program"
OFFICE = "Office of the Attorney General \u00b7 Crime Victim Services Division \u00b7 State of Corrowmere"
PROG_ALT = [PROG, LEGAL, "Corrowmere Crime Victims Compensation Program", "Corrowmere Office of the Attorney General",
            "Office of the Attorney General", "Crime Victim Services Division", "State of Corrowmere", "CVC",
            "Corrowmere Attorney General"]
ES_LEGAL = "Programa de Compensación a Víctimas de Delitos"
ES_OFFICE = "Oficina del Procurador General \u00b7 División de Servicios a Víctimas \u00b7 Estado de Corrowmere"
ADDR = ["P.O. Box 4410", "Saltrey, CW 71204"]
FOOT = f"{PROG}  \u00b7  {ADDR[0]}, {ADDR[1]}  \u00b7  Form CVC-{{form}}"


def vid(rng) -> str:
    return f"VB{digits(rng, 7)}"


def claim(rng) -> str:
    return f"CZ26{digits(rng, 5)}"


def bill(rng) -> str:
    return f"IV{digits(rng, 7)}"


def grp(v: str) -> str:
    """VB4182607 -> 'VB 418 2607'"""
    return spaced_id(v, (2, 3, 4))


def right_lines(rng) -> list[str]:
    return ["600 Magistrate Row, Saltrey", f"Mail: {ADDR[0]}, {ADDR[1]}", f"Toll-free {tollfree(rng, '800')}",
            f"Fax {phone(rng)}", "TTY 711"]


def head(p: ETSheet, rng, box: str):
    p.logo_under("CVC", LEGAL, OFFICE, right_lines(rng), box=box, size=30)


def sheet(form: str, footer: str = "Page {n} of {nb}", **k) -> ETSheet:
    p = ETSheet(footer=footer, ids_foot=FOOT.format(form=form), **k)
    p.set_margins(17, 15, 17)
    return p


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    victim = people(rng, 1, "vr", sexes="M", used=USED)[0]
    couns, erdoc, rad = people(rng, 3, "vc", sexes="FMF", used=USED)
    v = vid(rng)
    c = claim(rng)
    crime = dt.date(2026, 2, rng.randint(19, 22))
    er = crime
    sd = workday(dt.date(2026, 5, rng.randint(11, 13)))
    sess = [workday(dt.date(2026, 4, d)) for d in (7, 14, 21)]
    practice = "Firthview Counselling Practice"
    hosp = "Saltrey General Hospital"
    bills = [
        (bill(rng), hosp, plus(er, 9), "Emergency department",
         [(er, "0450", "Emergency room, level 4", 3846.00, 2210.40, 2690.00, 479.60, "1, 2")]),
        (bill(rng), f"Portreeve Emergency Physicians \u2013 {dr(erdoc, 'MD')}", plus(er, 12), "",
         [(er, "99284", "Emergency physician visit", 612.00, 318.75, 402.00, 83.25, "1 2")]),
        (bill(rng), f"Gannetwick Imaging \u2013 {dr(rad, 'MD')}", plus(er, 14), "",
         [(er, "70486", "CT maxillofacial, no contrast", 1140.00, 640.20, 780.00, 139.80, "1, 2"),
          (er, "76376", "3D rendering of the CT", 180.00, 0.00, 0.00, 0.00, "3")]),
        (bill(rng), f"{practice} \u2013 {dr(couns, 'LPC')}", plus(sess[-1], 6), "",
         [(d, "90837", f"Counselling session {16 + i}, 60 min", 165.00, 0.00, 0.00, 0.00, "4, 5")
          for i, d in enumerate(sess)]),
        (bill(rng), "Dunnockside Pharmacy", plus(er, 20), "",
         [(plus(er, 1), "Rx", "Amoxicillin-clavulanate 875 mg, 20 tablets", 46.20, 36.20, 46.20, 10.00, "2, 6"),
          (plus(er, 1), "Rx", "Ibuprofen 600 mg, 30 tablets", 18.40, 8.40, 18.40, 10.00, "2, 6")]),
    ]
    den = 3
    p = sheet("PS-3", run_hdr=f"{first_last(victim)}  \u00b7  Victim no. {v}  \u00b7  Statement {slash(sd)}  "
                              f"\u00b7  page {{n}} of {{nb}}")
    p.add_page()
    head(p, rng, "PAYMENT STATEMENT")
    y = p.get_y()
    addr_block(p, [victim.upper(), "27 Cobble Wynd, Apt. 3", "Saltrey, CW 71209"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.far_rows([("Statement date", long(sd)),
                ("Victim no. / Claim no.", f"{grp(v)} / {c}"),
                ("Crime date / Police report", f"{slash(crime)} / SPD 26-0{digits(rng, 5)}"),
                ("Claim decided", f"Eligible, {slash(plus(crime, 24))}")],
               x=p.l_margin + W * 0.46, w=W * 0.54, cap_w=34, size=8.8)
    p.set_y(max(p.get_y(), y + 30))
    p.f(8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL. Keep it with your claim papers.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    paid_before = 2604.35
    now = sum(x[6] for b in bills for x in b[4])
    p.sc_shaded([("CVC maximum", "$40,000.00", 0.25), ("Paid before this statement", usd(paid_before), 0.25),
                 ("Paid on this statement", usd(now), 0.25),
                 ("Still available", usd(40000 - paid_before - now), 0.25)], size=8.6)
    rows = []
    for i, (bn, prov, rec, _, lines) in enumerate(bills):
        for d, code, s, b, o, a, pd, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(o), n2(a), n2(pd), note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Bill total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                   n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        rows.append(("sub", f"Bill {bn}  \u00b7  {prov}  \u00b7  received {slash(rec)}"))
    tb = sum(x[3] for b in bills for x in b[4])
    rows.append(("total", ["", "", "Statement totals", n2(tb), n2(sum(x[4] for b in bills for x in b[4])),
                           n2(sum(x[5] for b in bills for x in b[4])), n2(now), ""]))
    p.mark_rows(["Service date", "Code", "Service", "Billed", "Paid by other plan", "CVC allowed", "CVC paid",
                 "Notes"], [W * k / 100 for k in (11, 7, 31, 10, 11, 10, 10, 10)],
                ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.5)
    p.f(7.4)
    p.set_text_color(80, 80, 80)
    p.multi_cell(0, 3.4, "Other coverage on file: Haverel Health Plan, member no. HHP 2207 1948 (pays before CVC). "
                         "Numbers in the Notes column are explained on the next page.", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.add_page()
    p.numbered_notes("Notes", [
        ("1", "Paid at the CVC fee schedule. The provider accepted CVC's payment as payment in full and may not bill "
              "you for the difference."),
        ("2", "Your health plan paid first (see Paid by other plan). CVC paid the rest of the allowed amount."),
        ("3", "Included in the payment for another service on the same bill. Nothing is owed for this line."),
        ("4", "Not paid. Your claim was approved for 15 counselling sessions. A session after the 15th is paid only "
              "when your counsellor sends a Treatment Plan Update (form CVC-22) and CVC approves it before the "
              "session. We have no approved update for these sessions. Your counsellor may send one now for "
              "sessions still to come."),
        ("5", "Your health plan did not pay: its explanation of benefits shows no outpatient counselling benefit."),
        ("6", "CVC paid your copayment to the pharmacy."),
        ("7", "CVC has asked for the provider's records. The bill will be decided when they arrive."),
    ], size=8.0, num_w=7)
    p.bar("If you disagree with this statement", 9.0)
    p.para("You may ask CVC to reconsider any bill on this statement. Write to us within 30 days of the date of this "
           "statement and tell us which bill and why. Send anything new, such as a letter from your counsellor. "
           f"Mail it to CVC Reconsideration, {ADDR[0]}, {ADDR[1]}, or fax it to the number at the top of page 1.",
           8.8)
    p.para("Example only (not your bill): if a clinic bills $200.00, your health plan pays $120.00 and the CVC fee "
           "schedule allows $150.00, CVC pays $30.00 and the clinic may not bill you for the other $50.00.", 7.8)
    p.para("A victim advocate can help you free of charge. Ask us for the advocate nearest you.", 7.8)
    cn = bills[den]
    t = truth("eob", "prior_authorization", insurer=PROG, member_id=v, member_name=victim,
              cases=[c, cn[0]], claim_amount=m2(sum(x[3] for x in cn[4])), service_dates=[iso(d) for d in sess],
              denial_date=iso(sd), provider=dr(couns, "LPC"), appeal_deadline=iso(plus(sd, 30)),
              alternates={"insurer": PROG_ALT, "provider": [practice, couns], "case_numbers": [[c], [cn[0]]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    victim = people(rng, 1, "vr", sexes="F", used=USED)[0]
    advocate, sig, fin = people(rng, 3, "vc", sexes="FMF", used=USED)
    v = vid(rng)
    c = claim(rng)
    b = bill(rng)
    hosp = "Saltrey General Hospital"
    visit = dt.date(2026, 3, rng.randint(12, 16))
    nd = workday(plus(visit, rng.randint(34, 38)))
    stmt = workday(plus(nd, rng.randint(9, 12)))
    amount = 2418.00
    sent = workday(plus(stmt, rng.randint(3, 5)))
    tx = (f"{slash(sent)} {rng.randint(9, 15)}:{rng.randint(10, 59)}  SALTREY CO PROSECUTOR VWU  "
          f"463555{digits(rng, 4)}  PAGE {{n2}} OF {{t2}}")
    cover = check_cover(
        "Saltrey County Prosecutor's Office",
        ["Victim-Witness Assistance Unit", "Justice Center, 41 Thornicroft Street, 2nd floor, Saltrey, CW 71203",
         f"Phone {phone(rng)}  \u00b7  Fax {phone(rng)}"],
        [("To", f"{hosp}, Patient Financial Services"), ("From", f"{first_last(advocate)}, victim advocate"),
         ("Fax", phone(rng)), ("Phone", phone(rng)), ("Date", slash(sent)), ("Pages", "4 including this cover")],
        [("Urgent", False), ("For review", True), ("Please comment", False), ("Please reply", True)],
        [f"Re: your patient {first_last(victim)} (ER visit in March). Attached are the CVC notice and your own "
         "statement. CVC will look at the bill again once her auto insurer answers. Could you please hold the "
         "account from collections for 60 days and bill the auto policy? Thank you."],
        "This fax is confidential and is meant only for the office named above. It may contain information about a "
        "crime victim that the law protects. If it reached you by mistake, please call us and destroy every page.",
        tx=tx, tx_total=4)
    # (i) CVC's bill decision
    p = sheet("BD-1", tx=tx, tx_off=1, tx_total=4)
    p.add_page()
    head(p, rng, "BILL DECISION")
    addr_block(p, [victim, "1180 Crannock Street", "Saltrey, CW 71207"], 9.4)
    p.far_rows([("Date of notice", wday_long(nd)), ("Victim", victim), ("Victim no.", v), ("Claim no.", c),
                ("Bill no.", b), ("Provider", hosp), ("Date of service", slash(visit)),
                ("Amount billed", usd(amount)), ("Decision", "Not paid now - other coverage must pay first")],
               cap_w=30, size=9.0)
    p.para(f"Dear {first_last(victim)}:", 9.4)
    p.para("Your claim is eligible: the police report shows that you were walking across Crannock Street when a "
           "driver who was later charged with driving under the influence struck you. This notice is about one "
           "bill on that claim.", 9.0)
    p.para("CVC pays only what no one else will pay. With your application you listed an auto policy of your own "
           "with Graystock Mutual Auto Insurance Company (policy GMA-5190-2271-04). That policy includes medical "
           "payments coverage of $5,000.00, which pays for the policyholder's injuries even when she is hit while "
           "walking. The hospital's bill must go to Graystock Mutual first.", 9.0)
    p.para("What happens next: ask the hospital to bill Graystock Mutual, or send the bill to Graystock Mutual "
           "yourself. When the insurer pays or refuses, send us its letter or explanation of benefits. We will then "
           "decide this bill again and pay what is left, up to the CVC fee schedule. You do not need to apply again.",
           9.0)
    p.add_page()
    p.bar("If you disagree", 9.0)
    p.para("You may ask CVC to reconsider this decision. Your request must be in writing and must reach us within "
           f"30 days of the date of this notice. Mail it to CVC Reconsideration, {ADDR[0]}, {ADDR[1]}. Tell us why "
           "you disagree and send any papers that help, for example a letter from Graystock Mutual saying the "
           "medical payments coverage is used up.", 9.0)
    p.para("If CVC keeps this decision after reconsideration, you may then ask for a hearing. The reconsideration "
           "decision will tell you how.", 9.0)
    p.ln(2)
    sign(p, [first_last(sig), "Claims Specialist", "Crime Victims' Compensation Program"])
    p.ln(3)
    p.para("Your advocate at the Saltrey County Prosecutor's Office, Victim-Witness Assistance Unit, receives a copy "
           "of this notice.", 8.0)
    t1 = truth("denial_letter", "other", insurer=PROG, member_id=v, member_name=victim, cases=[c, b],
               claim_amount=m2(amount), service_dates=[iso(visit)], denial_date=iso(nd), provider=hosp,
               appeal_deadline=iso(plus(nd, 30)),
               alternates={"insurer": PROG_ALT, "case_numbers": [[c], [b]]})
    # (ii) the hospital's statement (a second sender)
    acct = f"{digits(rng, 3)}-{digits(rng, 6)}"
    payby = plus(stmt, 24)
    q = ETSheet(footer="Page {n} of {nb}", tx=tx, tx_off=3, tx_total=4)
    q.set_margins(16, 15, 16)
    q.add_page()
    q.set_font("Serif", "B", 19)
    q.cell(0, 8, hosp, new_x="LMARGIN", new_y="NEXT")
    q.f(8.2)
    q.cell(0, 4, "Patient Financial Services  \u00b7  300 Treddle Hill, Saltrey, CW 71201", new_x="LMARGIN",
           new_y="NEXT")
    q.cell(0, 4, f"Questions about your bill: {phone(rng)}, Monday to Friday, 8 a.m. to 5 p.m.", new_x="LMARGIN",
           new_y="NEXT")
    q.ln(3)
    q.acct_band([("Statement date", slash(stmt)), ("Account number", acct), ("Amount due", usd(amount)),
                 ("Please pay by", slash(payby))])
    addr_block(q, [victim.upper(), "1180 CRANNOCK STREET", "SALTREY CW 71207"], 9.4)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Account summary", "Amount"],
                 [["Balance from your last statement", n2(amount)], ["Payments since then", "0.00"],
                  ["Insurance payments and adjustments", "0.00"], ["Amount due now", n2(amount)]],
                 [W * 0.75, W * 0.25], ["L", "R"], size=9.0, row_h=6, bold_rows=(3,))
    q.msg_box("A message about your account", [
        f"We billed the Corrowmere Crime Victims' Compensation Program for your emergency room visit on "
        f"{long(visit)}. The Program did not pay it. Its notice says another insurance, your auto policy, has to "
        "be billed first.",
        "Please call us with the name of your auto insurance company and the policy number so that we can send the "
        "claim. Until an insurer pays, the full balance is yours. If you cannot pay it all, ask us about a payment "
        "plan or financial assistance.",
    ], size=9.0)
    q.f(8.4)
    q.multi_cell(0, 4, "Financial assistance: you may qualify for free or reduced-cost care based on household income. "
                       "Ask for an application.", new_x="LMARGIN", new_y="NEXT")
    q.tear_slip("Return this part with your payment", [
        [("Patient", first_last(victim)), ("Account number", acct), ("Statement date", slash(stmt))],
        [("Amount due", usd(amount)), ("Please pay by", slash(payby)), ("Amount enclosed", "$")]])
    t2 = truth("other", None, insurer=None, member_name=victim, claim_amount=m2(amount),
               service_dates=[iso(visit)], denial_date=iso(stmt), provider=hosp,
               unscored=["insurer"])
    return cover, [(out(p), t1), (out(q), t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_register(rng):
    practice = "Pipwell Physical Therapy"
    pts = people(rng, 3, "vr", sexes="FMF", used=USED)
    thers = people(rng, 2, "vc", sexes="MF", used=USED)
    sig = people(rng, 1, "vc", sexes="M", used=USED)[0]
    rd = workday(dt.date(2026, 7, rng.randint(27, 30)))
    late = [workday(dt.date(2026, 1, d)) for d in (12, 14, 16)]
    rec_late = dt.date(2026, 7, rng.randint(16, 20))
    ids = [(vid(rng), claim(rng), bill(rng)) for _ in pts]
    claims = [
        (0, thers[0], plus(rd, -9),
         [(dt.date(2026, 6, 29), "97161", "PT evaluation, low complexity", 210.00, 126.00, 168.00, 42.00, "1, 2"),
          (dt.date(2026, 7, 1), "97110", "Therapeutic exercise, 2 units", 142.00, 85.20, 118.00, 32.80, "1, 2"),
          (dt.date(2026, 7, 1), "97140", "Manual therapy, 1 unit", 66.00, 0.00, 0.00, 0.00, "3")]),
        (1, thers[1], rec_late,
         [(late[0], "97162", "PT evaluation, moderate complexity", 248.00, 0.00, 0.00, 0.00, "4"),
          (late[1], "97110", "Therapeutic exercise, 2 units", 142.00, 0.00, 0.00, 0.00, "4"),
          (late[2], "97530", "Therapeutic activities, 2 units", 150.00, 0.00, 0.00, 0.00, "4")]),
        (2, thers[0], plus(rd, -12),
         [(dt.date(2026, 7, 6), "97110", "Therapeutic exercise, 3 units", 213.00, 0.00, 177.00, 177.00, "1"),
          (dt.date(2026, 7, 8), "97110", "Therapeutic exercise, 3 units", 213.00, 0.00, 177.00, 177.00, "1")]),
    ]
    den = 1
    tx = (f"{rd.strftime('%b %d %Y').upper()} {rng.randint(13, 16)}:{rng.randint(10, 59)}  CORROWMERE AG CVC  "
          f"FAX 463555{digits(rng, 4)}  P.{{n}}/{{t}}")
    p = sheet("PR-7", tx=tx, tx_total=2,
              run_hdr=f"{practice}  \u00b7  Payment register of {slash(rd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng, "PROVIDER PAYMENT REGISTER")
    y = p.get_y()
    addr_block(p, ["Billing office", practice, "78 Panmoor Road, Suite B", "Saltrey, CW 71206"], 9.0)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    paid = sum(x[6] for cl in claims for x in cl[3])
    p.far_rows([("Register date", slash(rd)), ("Payee no.", f"PY{digits(rng, 6)}"), ("Tax ID", tin(rng)),
                ("EFT trace", f"{digits(rng, 9)}"), ("Paid on this register", usd(paid))],
               x=p.l_margin + W * 0.5, w=W * 0.5, cap_w=34, size=8.6)
    p.set_y(max(p.get_y(), y + 28))
    rows = []
    for i, ther, rec, lines in claims:
        vv, cc, bb = ids[i]
        for d, code, s, b, o, a, pd, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(o), n2(a), n2(pd), note])
        rows.append(("total", ["", "", "Bill total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                               n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]))
        rows.append(("sub", f"Victim {last_first(pts[i])}  \u00b7  Victim no. {vv}  \u00b7  Claim {cc}  \u00b7  "
                            f"Bill {bb}"))
        rows.append(("sub", f"Therapist {dr(ther, 'DPT')}  \u00b7  NPI {npi(rng)}  \u00b7  bill received {slash(rec)}"))
    rows.append(("total", ["", "", "Register totals", n2(sum(x[3] for cl in claims for x in cl[3])),
                           n2(sum(x[4] for cl in claims for x in cl[3])), n2(sum(x[5] for cl in claims for x in cl[3])),
                           n2(paid), ""]))
    p.mark_rows(["Service date", "Code", "Service", "Billed", "Paid by other plan", "CVC allowed", "CVC paid",
                 "Notes"], [W * k / 100 for k in (11, 7, 32, 10, 11, 10, 10, 9)],
                ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.8, sub_grey=15, sub_drop=0.6)
    p.numbered_notes("Notes", [
        ("1", "Paid at the CVC fee schedule. Payment in full: do not bill the victim for the difference."),
        ("2", "The victim's health plan paid first; CVC paid the rest of the allowed amount."),
        ("3", "Manual therapy on the same day as therapeutic exercise is included in the exercise payment."),
        ("4", "Not paid. CVC must receive a provider's bill within 180 days of the date of service. This bill "
              "reached CVC after that time. The victim may not be billed for these services."),
        ("5", "The victim's claim has reached the CVC maximum."),
    ], size=7.6)
    p.add_page()
    p.bar("Provider reconsideration", 8.8)
    p.para("A provider may ask CVC to reconsider a bill on this register within 30 days of the date of this register. "
           "Send a copy of the register page, the bill and proof that the bill was sent on time (for example a "
           f"clearinghouse report or a dated letter from CVC) to CVC Provider Services, {ADDR[0]}, {ADDR[1]}.", 8.6)
    p.para("Providers enrolled with CVC agree to accept CVC's payment, together with any payment from other "
           "coverage, as payment in full for services to a crime victim.", 8.2)
    p.ln(2)
    sign(p, [first_last(sig), "Provider Services Unit", "Crime Victims' Compensation Program"])
    vv, cc, bb = ids[den]
    ln = claims[den][3]
    t = truth("eob", "timely_filing", insurer=PROG, member_id=vv, member_name=pts[den], cases=[cc, bb],
              claim_amount=m2(sum(x[3] for x in ln)), service_dates=[iso(d) for d in late], denial_date=iso(rd),
              provider=dr(thers[1], "DPT"), appeal_deadline=iso(plus(rd, 30)),
              alternates={"insurer": PROG_ALT, "provider": [practice, thers[1]], "case_numbers": [[cc], [bb]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_es(rng):
    victim = people(rng, 1, "es", sexes="F", used=USED)[0]
    sig = people(rng, 1, "vc", sexes="F", used=USED)[0]
    v = vid(rng)
    c = claim(rng)
    crash = dt.date(2026, 3, rng.randint(2, 6))
    app = plus(crash, rng.randint(10, 14))
    nd = workday(plus(app, rng.randint(30, 36)))
    p = sheet("EL-2s", footer="Página {n} de {nb}")
    p.add_page()
    p.logo_under("CVC", ES_LEGAL, ES_OFFICE, right_lines(rng), box="AVISO DE DECISIÓN", size=30)
    addr_block(p, [victim, "455 Calle Garza Mora, Depto. 12", "Saltrey, CW 71208"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.boxed_values([(es_date(nd), "Fecha de este aviso", W * 0.3), (grp(v), "Número de víctima", W * 0.24),
                    (c, "Número de reclamo", W * 0.24), (slash(app), "Solicitud recibida", W * 0.22)], size=9.0)
    p.para(f"Estimada señora {victim.split()[-1]}:", 9.4)
    p.para(f"Recibimos su solicitud de compensación por las lesiones que sufrió el {es_date(crash)}, cuando "
           "viajaba como pasajera en un auto que fue chocado en el cruce de Bowyer Avenue y Lamb Street. Lamentamos "
           "lo que le pasó.", 9.2)
    p.bar("Nuestra decisión: su solicitud fue negada", 9.2)
    p.para("CVC puede compensar a una persona herida en un choque de auto solamente cuando el choque fue un delito: "
           "por ejemplo, cuando el conductor manejaba bajo los efectos del alcohol o de drogas, cuando huyó del lugar "
           "o cuando usó el auto para hacer daño a propósito.", 9.2)
    p.para("El informe de la policía (informe SPD 26-0" + digits(rng, 5) + ") dice que el otro conductor se pasó "
           "la luz roja y recibió una multa de tránsito. No fue acusado de manejar ebrio ni de huir. Una infracción "
           "de tránsito no es un delito que CVC pueda compensar, por eso usted no es elegible.", 9.2)
    p.para("Las cuentas médicas de este choque pueden pagarlas el seguro del otro conductor, su propio seguro de "
           "auto o su seguro médico. Guarde copia de este aviso.", 9.2)
    p.bar("Si no está de acuerdo", 9.2)
    p.para("Puede pedir que CVC reconsidere esta decisión. Envíe su pedido por escrito dentro de 30 días a partir de "
           f"la fecha de este aviso a: CVC Reconsideración, {ADDR[0]}, {ADDR[1]}. Si la policía cambia el informe "
           "o acusa al conductor de un delito, envíenos la copia.", 9.2)
    p.ln(1)
    sign(p, [first_last(sig), "Especialista de reclamos", "Programa de Compensación a Víctimas de Delitos"],
         close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=PROG, member_id=v, member_name=victim, cases=[c],
              denial_date=iso(nd), appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": PROG_ALT + [ES_LEGAL, "Programa de Compensación a Víctimas de Delitos de "
                                                            "Corrowmere", "Oficina del Procurador General"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_recon(rng):
    victim = people(rng, 1, "vr", sexes="F", used=USED)[0]
    surg, consult, chief = people(rng, 3, "vc", sexes="MFM", used=USED)
    office = "Corsemoor Oral & Maxillofacial Surgery"
    v = vid(rng)
    c = claim(rng)
    b = bill(rng)
    rs = f"RS26-{digits(rng, 4)}"
    crime = dt.date(2026, 1, rng.randint(9, 14))
    surgery = workday(dt.date(2026, 3, rng.randint(9, 12)))
    first = workday(plus(surgery, rng.randint(20, 26)))
    dd = workday(plus(first, rng.randint(30, 36)))
    lines = [("D6010", "Implant body, endosteal, tooth 8", 2450.00), ("D7953", "Bone graft at the implant site", 780.00)]
    total = sum(x[2] for x in lines)
    p = sheet("RC-4")
    p.add_page()
    head(p, rng, "RECONSIDERATION DECISION")
    addr_block(p, [victim, "9 Scurlock Court", "Upper Ravensby, CW 71215"], 9.4)
    p.f(9.4)
    p.cell(0, 5, long(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Re: your request for reconsideration (the facts of your claim are on page 2)", 9.4)
    p.para(f"Dear {first_last(victim)}:", 9.4)
    p.para("You asked CVC to reconsider its decision not to pay for the dental implant that replaced your upper "
           "front tooth, which was knocked out in the assault. We have reconsidered the decision. This letter "
           "explains what we reviewed and what we decided.", 9.2)
    p.bar("What we reviewed", 9.0)
    p.bullets([
        "your letter and the photographs of your mouth before and after the surgery;",
        f"the surgeon's notes and x-rays from {office};",
        "the treatment plan your general dentist gave you in February, which offered a fixed bridge;",
        f"the report of CVC's dental consultant, {dr(consult, 'DDS')}, who read all of these records.",
    ], size=9.0)
    p.bar("What we decided", 9.0)
    p.para("CVC pays for dental care that is reasonable and necessary to repair an injury caused by the crime. The "
           "consultant found that the teeth on each side of the missing tooth are healthy and can hold a fixed "
           "bridge, which restores the tooth and how you bite and speak. The implant and the bone graft it needed "
           "were not necessary to repair the injury. CVC would have paid for the bridge and still will.", 9.2)
    p.para("The decision not to pay the implant bill is upheld. If your dentist makes the bridge, ask the office to "
           "send us the bill with this claim number; you do not need to ask us first.", 9.2)
    p.add_page()
    p.facts_box("About this decision", [
        ("Victim", victim), ("Victim no.", grp(v)), ("Claim no.", c), ("Reconsideration no.", rs), ("Bill no.", b),
        ("Provider", f"{dr(surg, 'DDS')}, {office}"), ("Date of service", slash(surgery)),
        ("Amount billed", usd(total)), ("Earlier decision", f"Not paid, notice of {slash(first)}"),
        ("Crime date", slash(crime)),
    ], size=8.8)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service on the bill", "Billed"],
                 [[k, s, n2(a)] for k, s, a in lines] + [["", "Bill total", n2(total)]],
                 [W * 0.15, W * 0.6, W * 0.25], ["L", "L", "R"], size=8.6, bold_rows=(len(lines),))
    p.bar("If you still disagree: a hearing", 9.0)
    p.para("You may ask for a hearing before a CVC hearing officer. Your written request must reach us within 30 days "
           f"of the date of this decision. Mail it to CVC Hearings, {ADDR[0]}, {ADDR[1]}. At the hearing you may "
           "speak, bring a person to help you and give us more records. After the hearing, the law lets you take "
           "the matter to district court.", 9.0)
    p.ln(2)
    sign(p, [first_last(chief), "Reconsideration Unit Supervisor", "Crime Victims' Compensation Program"])
    p.para(f"cc: {dr(surg, 'DDS')}, {office}", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=PROG, member_id=v, member_name=victim, cases=[rs, c, b],
              claim_amount=m2(total), service_dates=[iso(surgery)], denial_date=iso(dd), provider=dr(surg, "DDS"),
              appeal_deadline=iso(plus(dd, 30)),
              alternates={"insurer": PROG_ALT, "provider": [office, surg],
                          "case_numbers": [[rs], [c], [b], [rs, c], [rs, b], [c, b]], "appeal_deadline": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_knee(rng):
    victim = people(rng, 1, "vr", sexes="M", used=USED)[0]
    ortho, sig = people(rng, 2, "vc", sexes="FM", used=USED)
    practice = "Cobblestow Orthopaedic Associates"
    v = vid(rng)
    c = claim(rng)
    b = bill(rng)
    crime = dt.date(2026, 2, rng.randint(23, 27))
    visit = workday(dt.date(2026, 4, rng.randint(8, 10)))
    ld = workday(plus(visit, rng.randint(24, 30)))
    lines = [("99204", "New patient visit", 318.00), ("20610", "Injection, knee joint", 246.00),
             ("J3301", "Triamcinolone 40 mg", 52.00), ("73562", "X-ray left knee, 3 views", 152.00)]
    total = sum(x[2] for x in lines)
    p = sheet("BD-1")
    p.add_page()
    head(p, rng, "BILL DECISION")
    addr_block(p, [victim, "2204 Ormsgill Road", "Saltrey, CW 71210"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(slash(ld), "Date of this letter", W * 0.2), (grp(v), "Victim number", W * 0.2),
                  (c, "Claim number", W * 0.2), (b, "Bill number", W * 0.2), (usd(total), "Amount billed", W * 0.2)],
                 size=9.0)
    p.over_boxes([(f"{dr(ortho, 'MD')}, {practice}", "Provider", W * 0.6), (slash(visit), "Date of service", W * 0.2),
                  ("Not paid", "Decision", W * 0.2)], size=9.0)
    p.ln(2)
    p.para(f"Dear {first_last(victim)}:", 9.4)
    p.para(f"CVC received a bill from {practice} for your visit with {dr(ortho, 'MD')} on {long(visit)}: a visit, "
           "x-rays of your left knee and an injection into the knee. We are not paying this bill.", 9.2)
    p.bar("Why we are not paying", 9.0)
    p.para(f"Your claim covers the injuries from the assault on {long(crime)}: a broken right wrist and cuts on your "
           "forehead. CVC can pay only for care of an injury that the crime caused. The doctor's notes say the "
           "visit was for arthritis of the left knee that has bothered you for about four years and that got worse "
           "this spring. The notes do not say the knee was hurt in the assault, and the emergency room records from "
           "that night do not mention the knee.", 9.2)
    p.para("If the knee was hurt in the assault, ask the doctor to write to us saying so and why. We will look at the "
           "bill again.", 9.2)
    p.bar("If you disagree", 9.0)
    p.para("You may ask CVC to reconsider. Write to us within 30 days of the date of this letter at CVC "
           f"Reconsideration, {ADDR[0]}, {ADDR[1]}.", 9.2)
    p.para("Bills for your wrist (the cast, the hand surgeon and therapy) are paid as before. This letter does not "
           "change them.", 8.8)
    p.ln(1)
    sign(p, [first_last(sig), "Claims Specialist", "Crime Victims' Compensation Program"])
    p.ln(2)
    p.ruled_rows(["Code", "Service", "Billed"], [[k, s, n2(a)] for k, s, a in lines] + [["", "Total", n2(total)]],
                 [W * 0.15, W * 0.6, W * 0.25], ["L", "L", "R"], size=8.2, bold_rows=(len(lines),))
    t = truth("denial_letter", "not_covered", insurer=PROG, member_id=v, member_name=victim, cases=[c, b],
              claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld), provider=dr(ortho, "MD"),
              appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": PROG_ALT, "provider": [practice, ortho], "case_numbers": [[c], [b]]},
              denial_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_tpu(rng):
    teen = people(rng, 1, "vr", sexes="F", used=USED)[0]
    mother = people(rng, 1, "vr", sexes="F", last=teen.split()[-1], used=USED)[0]
    couns, sig = people(rng, 2, "vc", sexes="MF", used=USED)
    practice = "Cottlestone Family Counselling"
    v = vid(rng)
    c = claim(rng)
    tp = f"TPU-G{digits(rng, 5)}"
    rec = workday(dt.date(2026, 4, rng.randint(20, 23)))
    ad = workday(plus(rec, rng.randint(5, 8)))
    start = plus(ad, 3)
    end = dt.date(2026, 8, 31)
    tx = (f"{slash(ad)} {rng.randint(8, 11)}:{rng.randint(10, 59)}  CVC TREATMENT PLANS  463555{digits(rng, 4)}  "
          f"P.{{n2}}/{{t2}}")
    p = sheet("TP-22A", tx=tx, tx_total=1)
    p.add_page()
    head(p, rng, "TREATMENT PLAN UPDATE APPROVED")
    p.addr_pair("Sent to", [dr(couns, "LCSW"), practice, "16 Birkwith Mews", "Saltrey, CW 71205"],
                "Copy to", [mother, "Parent of the victim (claimant)", "312 Oxcart Way", "Saltrey, CW 71211"])
    W = p.w - p.l_margin - p.r_margin
    p.boxes([[("Date", long(ad), 0.24), ("Approval no.", tp, 0.2), ("Victim", first_last(teen), 0.28),
              ("Victim no.", grp(v), 0.28)],
             [("Claim no.", c, 0.24), ("Update received", slash(rec), 0.2), ("Sessions approved", "10 (sessions 16-25)",
                                                                              0.28),
              ("Approved period", f"{slash(start)} - {slash(end)}", 0.28)]], size=8.6)
    p.para(f"Dear {first_last(couns)}:", 9.4)
    p.para(f"CVC has approved the Treatment Plan Update you sent for {teen}. You may give her up to ten more "
           "individual sessions (90834 or 90837) in the period shown above. Family sessions (90847) count toward "
           "the ten.", 9.2)
    p.para("Bill CVC after your client's health plan, if it covers counselling, has paid or refused. CVC pays at its "
           "fee schedule, and you agreed not to bill the family for the rest. If she needs more sessions after "
           "these, send a new update before the tenth session.", 9.2)
    p.para("This approval does not refuse anything.", 9.2)
    p.ln(1)
    sign(p, [first_last(sig), "Counselling Services Coordinator", "Crime Victims' Compensation Program"])
    t = truth("other", None, insurer=PROG, member_id=v, member_name=teen, cases=[tp, c], denial_date=iso(ad),
              provider=dr(couns, "LCSW"),
              alternates={"insurer": PROG_ALT, "provider": [practice, couns], "case_numbers": [[tp], [c]],
                          "service_dates": [[f"{iso(start)}/{iso(end)}"]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_statement(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_statement_counseling_past_15", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_advocate_cover_med_pay_hospital_bill", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_register_late_therapy_bill", "fax_standard_g4", [faxstd_register(rng)]),
        Item(f"{f}_photo_es_choque_sin_delito", "phone_photo", [photo_es(rng)]),
        Item(f"{f}_scan300_recon_implant_upheld", "scan_clean_300", [scan300_recon(rng)]),
        Item(f"{f}_bd_knee_not_crime_related", "born_digital", [bd_knee(rng)]),
        Item(f"{f}_faxfine_tpu_approved", "fax_fine_g4", [faxfine_tpu(rng)]),
    ]
