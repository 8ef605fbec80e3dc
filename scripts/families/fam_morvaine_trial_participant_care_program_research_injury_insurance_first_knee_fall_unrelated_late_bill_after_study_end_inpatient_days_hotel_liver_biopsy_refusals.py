"""Papers mirrored (structure and plain wording style only) from a drug sponsor's clinical trial participant care
program: the visit payments (stipends), travel reimbursement and research-related injury medical costs that industry
sponsors promise in a study's consent form and pay through a claims administrator. The sponsor pays reasonable costs
of medical care for an injury or illness that the study drug or a procedure done only for the study caused, but only
what the participant's own health insurance does not pay (the insurance is billed first); it does not pay for an
injury from another cause, for the participant's own disease, for care after the participation ended, and it judges
the level of care it pays; planned tests or procedures are reviewed first; travel is paid by rules (mileage, parking,
lodging only when the study team books or approves it in advance); a review committee decides disagreements.

Every name is invented: the sponsor Morvaine Therapeutics, Inc. (its letters carry only a dark disc with the initials
"MT" beside "Participant Care Program"; the company's full name is printed only in the footer), its study
MRV-4417-203 of the invented drug orvexitinib in adults with atopic dermatitis, its claims administrator Ravelstoke
Trial Claims Services, LLC ("RAVELSTOKE" in letter-spaced capitals with "acting on behalf of Morvaine Therapeutics,
Inc." under it), the study sites, hospitals, clinics, the participants' own health plan (Ellowtree Health, a decoy),
every person, number, amount, rule and address; phones 555; CPT codes as themselves.

Numbering: participant IDs are the site number and a four-digit participant number ("108-0231"); a research injury
claim is "RI-26-" + five digits and each bill under it has its own bill reference "MB" + seven digits; travel and
visit payment requests "TR-" + six digits; reviews "RV-26-" + four digits; requests to approve planned care
"TA-26-" + four digits. The study has no plan or group number: the protocol and site numbers are study identifiers
(decoys for plan and group), and the participant's own health plan's member number is a decoy for the member ID.

Invented rules: the Program pays what the participant's own insurance leaves (its explanation of benefits first);
injuries must begin during participation or within 30 days after the last dose; providers' bills within 120 days of
the service; participants' requests within 90 days; lodging only when the home is more than 75 miles from the site or
the visit needs a night, and booked or approved by the study team at least 5 days before; mileage $0.70 a mile;
$75 a clinic visit; reviews within 60 days (or as each paper says); the Research Injury Review Committee decides
last.

Documents (8 in 7 files):
- bd_statement_ultrasound_insurance_first_code_if: a born-digital two-page research injury claim statement from the
  administrator: "Statement date 04/07/2026" beside "Request received 03/27/2026"; five bills for a liver injury in a
  ruled table (one line a bill) with "Billed by" and "Treating clinician" in separate columns, every bill reference printed the
  same way; the third row (an abdominal ultrasound) has 0.00 in the plan and Program columns and code IF (insurance
  first), told only in the legend on page 2 (unused NR, LT, PA, DP); the participant's own plan and member number as
  decoys; 60 days of the date of this statement.
- faxstd_stack_routing_slip_knee_fall_unrelated_then_visit_payment: a standard-fax stack sent by the study site: a
  printed routing slip filled in by hand (no typed cover), the sponsor's two-page letter refusing a knee injury from
  a fall on the ice at home as not a research injury (three bills in a table, the treating clinicians in prose, the
  letter date beside "We received your request on ..."; "no later than June 15, 2026"), its page 2 fed upside down,
  then the administrator's visit payment notice (denies nothing); the site's fax line with a later date on every
  page.
- faxstd_remittance_hospital_late_bill_code_lt: a standard-fax provider payment advice to a hospital: four research
  injury bills for four participants, each with its bill reference, participant ID and injury claim; the second
  (an emergency visit received more than 120 days after the service) has 0.00 allowed and paid under LT between
  claims with amounts in every column; attending physicians in small note lines; 90 days of the payment date.
- phone_es_fin_del_estudio_celulitis: a photographed Spanish letter from the sponsor refusing a skin infection that
  began more than 30 days after the last dose, after the participant finished the study (the letter date beside the
  date the request was received); "dentro de los 65 días siguientes a la fecha en que reciba este aviso" (nothing to
  count from).
- photocopy_review_zoster_inpatient_days_upheld: a photocopied decision of the Research Injury Review Committee
  keeping payment of a shingles stay at the observation level: the stay given only as an "Admitted" box and a
  separate "Discharged" box beside the facility and the attending physician; decision date beside the review-request
  date and the committee's meeting date; no further review in the Program.
- faxfine_hotel_night_not_preapproved: a fine-fax travel reimbursement letter from the administrator, copied to the
  site: mileage and parking paid, a hotel night not booked or approved by the study team refused; "March 19th, 2026"
  beside the received date; "by the end of the month after the month of this letter" (April 30, 2026).
- bd_liver_biopsy_not_necessary_npi_line: a born-digital letter from the sponsor on a hepatologist's request to
  approve a liver biopsy (a provider line with its address and NPI, the planned date in a sentence, the request
  received date beside "Friday, May 1, 2026"): not medically necessary; 60 days of the date of this notice.

Truth notes (where a careful reader could read two ways): the letterhead issuer is the insurer: "Morvaine
Therapeutics, Inc." on the sponsor's papers (short forms and "Morvaine Therapeutics Participant Care Program"
accepted; "Participant Care Program" alone is not, since the company's name is printed in every footer), "Ravelstoke
Trial Claims Services, LLC" on the administrator's papers (per the eval README's third-party-administrator rule; the
sponsor is not accepted there); the injury claim number and the refused bill's reference are both case numbers
where both are printed for the refused bill (either alone accepted); the knee letter refuses three bills of three
providers (the orthopaedic surgeon is the truth, the urgent care's physician assistant, the imaging center and the
practices accepted); the travel letter names no clinician (the study site and its investigator accepted) and its
hotel night may be read as the night or as the visit date; the payment notice's amount, visit date and request number
may be left out; the Spanish letter is `eligibility` with `not_covered` accepted (the Program covers injuries during
participation and 30 days after the last dose, and she was no longer a participant); its deadline counts from the day
the letter is received (null; +65 and +70 accepted); the planned date of the biopsy, or none, is accepted.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvf import (EVSheet, addr_block, dr, es_date, fax_stamp, first_last, iso, last_first, long, m2,
                               month_after_end, n2, npi, ord_date, out, people, phone, plus, routing_slip, sign,
                               slash, tin, tollfree, truth, usd, wday_long)

FAMILY = ("morvaine_trial_participant_care_program_research_injury_insurance_first_knee_fall_unrelated_late_bill_"
          "after_study_end_inpatient_days_hotel_liver_biopsy_refusals")
LANG = "en"
SEED = 355107
USED: set = set()

SPONSOR = "Morvaine Therapeutics, Inc."
SP_ALT = [SPONSOR, "Morvaine Therapeutics", "Morvaine", "Morvaine Therapeutics Participant Care Program",
          "Morvaine Participant Care Program"]
ADMIN = "Ravelstoke Trial Claims Services, LLC"
AD_ALT = [ADMIN, "Ravelstoke Trial Claims Services", "Ravelstoke"]
SP_ADDR = "1100 Tessel Quay, Vennacombe, QV 30418"
PROGRAM = "Participant Care Program"
AD_BOX = ["PO Box 6620", "Dunhallow, QV 30492"]
PROTO = "MRV-4417-203"
DRUG = "orvexitinib"
TITLE = ("A Phase 2b, Randomized, Double-Blind, Placebo-Controlled Study of Orvexitinib in Adults with Moderate to "
         "Severe Atopic Dermatitis")
SITES = {"108": ("Hobblewick Dermatology Research", "44 Oxmantle Road, Vennacombe, QV 30421"),
         "112": ("Pellowdene Skin Research Institute", "9 Tansy Wynd, Dunhallow, QV 30495"),
         "115": ("Kestlebury Clinical Trials Unit", "310 Hospital Rise, Kestlebury, QV 30466")}
AREA = "364"
OWN_PLAN = "Ellowtree Health"


def sp_foot(extra: str = "") -> str:
    return f"{SPONSOR}  \u00b7  {PROGRAM}  \u00b7  {SP_ADDR}" + (f"  \u00b7  {extra}" if extra else "")


def ad_foot(extra: str = "") -> str:
    return (f"{ADMIN}  \u00b7  {AD_BOX[0]}, {AD_BOX[1]}  \u00b7  claims administrator on behalf of {SPONSOR}" +
            (f"  \u00b7  {extra}" if extra else ""))


def pid(rng, site: str) -> str:
    return f"{site}-0{rng.randint(100, 399)}"


def ri_no(rng) -> str:
    return f"RI-26-00{rng.randint(100, 999)}"


def bill_ref(rng) -> str:
    return f"MB{digits7(rng)}"


def digits7(rng) -> str:
    return str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(6))


def tr_no(rng) -> str:
    return f"TR-{rng.randint(200000, 899999)}"


def sponsor_head(p: EVSheet, rng, box: str | None = None, es: bool = False):
    right = [PROGRAM if not es else "Programa de Atención al Participante", "PO Box 4410", "Vennacombe, QV 30418",
             (f"Participant line {tollfree(rng)}" if not es else f"Línea para participantes {tollfree(rng)}"),
             f"Fax {phone(rng, AREA)}"]
    p.initials_head("MT", PROGRAM if not es else "Programa de Atención al Participante",
                    "Visit payments  \u00b7  Travel support  \u00b7  Research injury costs" if not es else
                    "Pagos por visita  \u00b7  Apoyo para viajes  \u00b7  Costos por lesiones de investigación",
                    right, box=box)


def admin_head(p: EVSheet, rng, box: str | None = None):
    p.behalf_head("Ravelstoke", ADMIN,
                  f"Claims administrator for the Participant Care Program, acting on behalf of {SPONSOR}, the "
                  "study sponsor",
                  [AD_BOX[0], AD_BOX[1], f"Participant services {tollfree(rng, '888')}",
                   f"Provider services {tollfree(rng, '877')}", f"Fax {phone(rng, AREA)}"], box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    pt = people(rng, 1, "pt", sexes="F", used=USED)[0]
    er_doc, hep, rad, coord = people(rng, 4, "ps", sexes="MFMF", used=USED)
    site = "108"
    p_id = pid(rng, site)
    ri = ri_no(rng)
    sd = dt.date(2026, 4, 7)
    recv = dt.date(2026, 3, 27)
    hosp, liver, lab, img = ("Vennacombe General Hospital", "Tessel Valley Liver Clinic",
                             "Cindermere Diagnostic Laboratories", "Oxmantle Imaging Center")
    own_no = f"EWH{rng.randint(10000000, 99999999)}"
    d_er, d_hep, d_us, d_lab2 = dt.date(2026, 2, 13), dt.date(2026, 2, 19), dt.date(2026, 2, 23), dt.date(2026, 3, 9)
    bills = [
        (bill_ref(rng), d_er, "Emergency visit (99284), blood tests", hosp, dr(er_doc, "MD"),
         1486.00, 1012.40, 473.60, "PI"),
        (bill_ref(rng), d_hep, "New patient consultation (99204)", liver, dr(hep, "MD"), 412.00, 231.20, 180.80,
         "PI"),
        (bill_ref(rng), d_us, "Ultrasound, abdomen, complete (76700)", img, dr(rad, "MD"), 612.00, 0.00, 0.00, "IF"),
        (bill_ref(rng), d_hep, "Liver, hepatitis panels (80076, 80074)", lab, dr(hep, "MD"),
         268.50, 190.10, 78.40, "PI"),
        (bill_ref(rng), d_lab2, "Liver panel, repeat (80076)", lab, dr(hep, "MD"), 184.00, 130.25,
         53.75, "PI"),
    ]
    den = 2
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=ad_foot(f"Statement {slash(sd)}"),
                run_hdr=f"{last_first(pt)}  \u00b7  Participant {p_id}  \u00b7  {ri}")
    p.set_margins(15, 14, 15)
    p.add_page()
    admin_head(p, rng, box="RESEARCH INJURY CLAIM STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    p.addr_kv([pt, "16 Skerrymead Terrace", "Vennacombe, QV 30427"],
              [("Statement date", slash(sd)), ("Request received", slash(recv)), ("Participant ID", p_id),
               ("Injury claim no.", ri), ("Study", f"{PROTO}, site {site}"),
               ("Your health plan", f"{OWN_PLAN}, no. {own_no}")], w=96, cap_w=32, size=8.6, addr_size=9.6)
    p.para(f"Dear {first_last(pt)}:", 9.4)
    p.para(f"This statement shows what the Participant Care Program did with the bills for the liver injury that "
           f"{SITES[site][0]} reported on {long(dt.date(2026, 2, 12))}, when your study blood tests showed high liver "
           f"enzymes after you started the study drug. {SPONSOR} accepted this injury as a research injury on "
           f"{long(dt.date(2026, 3, 3))}. The Program pays the part of each bill that your own health plan does not "
           "pay. This is not a bill.", 9.0)
    rows = [[b[0], slash(b[1]), b[2], b[3], b[4], n2(b[5]), n2(b[6]), n2(b[7]), b[8]] for b in bills]
    rows.append(["", "", "Totals", "", "", n2(sum(b[5] for b in bills)), n2(sum(b[6] for b in bills)),
                 n2(sum(b[7] for b in bills)), ""])
    p.fit_rows(["Bill ref.", "Service date", "Service", "Billed by", "Treating clinician", "Charged",
                "Your plan paid", "Program paid", "Code"],
               [W * k / 100 for k in (10.5, 9.5, 17.5, 16.5, 17, 8, 7.5, 8.5, 5)],
               ["L", "L", "L", "L", "L", "R", "R", "R", "C"], rows, size=7.4, row_h=5.6, ruled=True)
    p.para(f"Paid to you by card or check: {usd(sum(b[7] for b in bills if b[8] == 'PI'))}, sent "
           f"{slash(plus(sd, 1))}. The meaning of each code is on page 2.", 8.6)
    p.add_page()
    p.bar("What the codes mean", 9.0)
    p.legend_cols(None, [
        ("PI", "Paid the part of the charge your health plan did not pay (its deductible, copayment or coinsurance), "
               "as shown on your plan's explanation of benefits."),
        ("IF", "Your health insurance must be billed first. We have no explanation of benefits from your health plan "
               "for this bill, so the Program cannot pay it. Ask the provider to bill your plan, then send us the "
               "plan's explanation of benefits and we will look at the bill again."),
        ("NR", "Not a research injury: the care was for an illness or injury that the study drug or a study "
               "procedure did not cause."),
        ("LT", "Received more than 90 days after the date of service."),
        ("PA", "Planned care that needed review by the study's medical monitor before it was given."),
        ("DP", "This bill was already processed; see the earlier statement."),
    ], ncol=2, size=7.8, code_w=8)
    p.bar("If you disagree", 9.0)
    p.para("You or someone you name may ask for a review of any bill on this statement. Write to us within 60 days "
           "of the date of this statement and tell us which bill and why; send any papers that help, such as your "
           f"health plan's explanation of benefits. Mail: Reviews, {ADMIN}, {AD_BOX[0]}, {AD_BOX[1]}. The "
           "sponsor's Research Injury Review Committee decides reviews.", 8.8)
    p.bar("About the Program", 9.0)
    p.para(f"The Participant Care Program is paid for by {SPONSOR}, the sponsor of study {PROTO} ({TITLE}). "
           f"{ADMIN} handles its bills and payments. Taking part in the study, or asking for a review, does not "
           "change your health plan's rules.", 8.4)
    p.para(f"Questions: call participant services or ask {first_last(coord)}, your study coordinator at "
           f"{SITES[site][0]}.", 8.4)
    b = bills[den]
    t = truth("eob", "other", insurer=ADMIN, member_id=p_id, member_name=pt, cases=[b[0], ri],
              claim_amount=m2(b[5]), service_dates=[iso(b[1])], denial_date=iso(sd), provider=dr(rad, "MD"),
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": AD_ALT, "case_numbers": [[b[0]], [ri]], "provider": [img, rad]})
    return out(p), t, (pt, p_id, ri, hep, liver, site)


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    pt = people(rng, 1, "pt", sexes="M", used=USED)[0]
    pa, ortho, mm, rev, coord, bill = people(rng, 6, "ps", sexes="FMFMFM", used=USED)
    site = "108"
    p_id = pid(rng, site)
    ri = ri_no(rng)
    ld = dt.date(2026, 4, 14)
    recv = dt.date(2026, 3, 30)
    fall = dt.date(2026, 2, 27)
    uc, imgc, orth_pr = "Kestlebury Urgent Care", "Oxmantle Imaging Center", "Vennacombe Orthopaedics"
    bills = [(fall, uc, "Urgent care visit, knee x-ray", 248.00),
             (dt.date(2026, 3, 6), imgc, "MRI, right knee, without contrast", 1420.00),
             (dt.date(2026, 3, 12), orth_pr, "Orthopaedic visit, new patient", 326.00)]
    total = sum(b[3] for b in bills)
    sent = dt.date(2026, 4, 28)
    tx = f"{fax_stamp(sent)} 10:{rng.randint(10, 59)}  HOBBLEWICK DERM RSCH  {AREA} 555 {rng.randint(1000, 9999)}  P.{{n}}/{{t}}"
    cover = routing_slip(rng, ["HOBBLEWICK DERMATOLOGY RESEARCH", "Site 108  \u00b7  Research Office",
                               SITES[site][1]],
                         [(f"Research billing - {bill.split()[0]}", True), ("Regulatory binder", False),
                          ("Principal investigator", True), ("Sponsor review line (fax)", True)],
                         [("For action", True), ("For your file", False), ("Please call", False), ("See me", True),
                          ("Sign", False), ("Return", False)],
                         f"{coord.split()[0]} - coordinator", f"{sent.month}/{sent.day}/26",
                         [f"{pt.split()[0]} brought both in at visit 9.", "knee letter says NOT study related.",
                          "he wants to ask for review -", "pls fax to sponsor + keep copy"],
                         tx=tx, tx_total=4)
    # (i) the knee letter
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=sp_foot(), tx=tx, tx_off=1, tx_total=4, tx_flip=(2,))
    p.set_margins(19, 16, 19)
    p.add_page()
    sponsor_head(p, rng, box="RESEARCH INJURY DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "7 Sandpiper Quay", "Kestlebury, QV 30469"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.f(9.6, "B")
    p.set_x(p.l_margin + W * 0.52)
    p.cell(W * 0.48, 5, long(ld), align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.set_x(p.l_margin + W * 0.52)
    p.cell(W * 0.48, 4.4, f"We received your request on {long(recv)}.", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.far_right([("Participant ID", p_id), ("Injury claim", ri), ("Study / site", f"{PROTO} / {site}")],
                x=p.l_margin + W * 0.52, cap_w=24, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"You asked the Participant Care Program to pay for the care of your right knee. You told the study "
           f"team that on {long(fall)} you slipped on ice on the back steps of your home. That day you saw "
           f"{dr(pa, 'PA-C')}, a physician assistant at {uc}. An MRI of the knee was done at {imgc} on "
           f"{long(bills[1][0])}, and on {long(bills[2][0])} you saw Dr. {dr(ortho, 'MD')}, an orthopaedic surgeon "
           f"at {orth_pr}, who found a torn meniscus.", 9.3)
    p.ruled_rows(["Date", "Billed by", "Service", "Charge"],
                 [[slash(d), who, s, n2(a)] for d, who, s, a in bills] + [["", "", "Total submitted", usd(total)]],
                 [W * k / 100 for k in (14, 30, 40, 16)], ["L", "L", "L", "R"], size=8.6, bold_rows=(3,))
    p.bar("Our decision: the Program will not pay these bills", 9.4)
    p.para(f"The Program pays for the care of a research injury: an injury or illness that {DRUG}, the study drug, "
           "or a procedure done only for the study caused. Dr. "
           f"{first_last(mm)}, the study's medical monitor, and an outside physician reviewer read the study records "
           "and your knee records. You reported no dizziness, fainting or weakness before the fall, your study "
           "blood tests were normal, and no study visit or procedure took place that day. They found that the "
           "fall and the knee injury were not caused by the study drug or by the study. This is not a research "
           "injury, so the Program cannot pay for its care.", 9.3)
    p.add_page()
    p.para("Please send these bills to your own health plan. Your place in the study does not change because of "
           "this decision, and you may keep coming to your study visits.", 9.3)
    p.bar("If you disagree", 9.4)
    p.para("You may ask the sponsor's Research Injury Review Committee to look at this decision again. Your request "
           "must reach us no later than June 15, 2026. Tell us why you think the study caused the injury and send "
           f"any records that show it. Mail it to Research Injury Reviews, {PROGRAM}, PO Box 4410, Vennacombe, QV "
           "30418, or fax it to the number above.", 9.3)
    p.para("You may ask for free copies of the records and the reviewers' notes that we used.", 9.3)
    p.ln(2)
    sign(p, [first_last(rev), "Research Injury Coordinator", PROGRAM], close="Sincerely,")
    p.para(f"cc: {SITES[site][0]}, site {site}", 8.2)
    letter = out(p)
    letter_t = truth("denial_letter", "not_covered", insurer=SPONSOR, member_id=p_id, member_name=pt, cases=[ri],
                     claim_amount=m2(total), service_dates=[iso(b[0]) for b in bills], denial_date=iso(ld),
                     provider=dr(ortho, "MD"), appeal_deadline="2026-06-15",
                     alternates={"insurer": SP_ALT,
                                 "provider": [ortho, dr(pa, "PA-C"), pa, uc, imgc, orth_pr]})
    # (ii) the visit payment notice
    vd = dt.date(2026, 4, 16)
    nd = dt.date(2026, 4, 21)
    req = tr_no(rng)
    miles = 46.8
    lines = [("Visit 8 payment", 75.00), (f"Mileage, {miles:.1f} miles round trip at $0.70", round(miles * 0.70, 2)),
             ("Parking, Hobblewick garage (receipt)", 9.00)]
    tot = sum(a for _, a in lines)
    q = EVSheet(footer=None, ids_foot=ad_foot(), tx=tx, tx_off=3, tx_total=4)
    q.set_margins(19, 16, 19)
    q.add_page()
    admin_head(q, rng, box="VISIT PAYMENT NOTICE")
    W = q.w - q.l_margin - q.r_margin
    q.addr_kv([pt, "7 Sandpiper Quay", "Kestlebury, QV 30469"],
              [("Notice date", long(nd)), ("Participant ID", p_id), ("Request no.", req),
               ("Card", f"Participant card ending {rng.randint(1000, 9999)}")], w=88, cap_w=30, size=8.8)
    q.para(f"Dear {first_last(pt)}:", 9.4)
    q.para(f"Thank you for coming to visit 8 of study {PROTO} at {SITES[site][0]} on {long(vd)}. We loaded "
           "the payment below onto your participant card.", 9.2)
    q.ruled_rows(["What was paid", "Amount"], [[s, n2(a)] for s, a in lines] + [["Total loaded to your card",
                                                                                  usd(tot)]],
                 [W * 0.75, W * 0.25], ["L", "R"], size=8.8, bold_rows=(3,))
    q.para("Payments for study visits and travel may be taxable income. If they reach $600 or more in a year, you "
           "will get a tax form from us early next year.", 8.8)
    q.para("Questions about a payment? Call participant services at the number above.", 8.8)
    notice = out(q)
    notice_t = truth("other", None, insurer=ADMIN, member_id=p_id, member_name=pt, cases=[req],
                     claim_amount=m2(tot), service_dates=[iso(vd)], denial_date=iso(nd),
                     alternates={"insurer": AD_ALT, "case_numbers": [[]], "claim_amount": [None],
                                 "service_dates": [[]], "provider": [SITES[site][0]]})
    return cover, [(letter, letter_t), (notice, notice_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pts = people(rng, 3, "pt", sexes="FMF", used=USED)
    den_pt = people(rng, 1, "pt", sexes="M", used=USED)[0]
    docs = people(rng, 4, "ps", used=USED)
    hosp = "Vennacombe General Hospital"
    pay = dt.date(2026, 5, 22)
    sent = dt.date(2026, 5, 27)
    h_npi = npi(rng)
    tx = f"{slash(sent)}  15:{rng.randint(10, 59)}  FROM: RAVELSTOKE TCS  TO: {AREA}5551{rng.randint(100, 999)}  PAGE {{n2}} OF {{t2}}"

    def claim(who, site, svc, lines, note, code_any):
        b = bill_ref(rng)
        r = ri_no(rng)
        return {"who": who, "pid": pid(rng, site), "bill": b, "ri": r, "svc": svc, "lines": lines, "note": note}

    c1 = claim(pts[0], "112", dt.date(2026, 3, 2),
               [("99284", 1122.00, 842.00, 604.30, 237.70, "PI"), ("80053", 148.00, 96.00, 71.40, 24.60, "PI"),
                ("96374", 286.00, 190.00, 140.00, 50.00, "PI")], None, False)
    c2 = claim(den_pt, "108", dt.date(2026, 1, 8),
               [("99285", 1640.00, 0.00, 0.00, 0.00, "LT"), ("80076", 124.00, 0.00, 0.00, 0.00, "LT"),
                ("71046", 350.00, 0.00, 0.00, 0.00, "LT")], None, True)
    c3 = claim(pts[1], "115", dt.date(2026, 3, 17),
               [("G0378", 2480.00, 1860.00, 1302.00, 558.00, "PI"), ("96365", 412.00, 300.00, 210.00, 90.00, "PI"),
                ("J0133", 96.00, 64.00, 44.80, 19.20, "PI")], None, False)
    c4 = claim(pts[2], "112", dt.date(2026, 3, 24),
               [("74177", 2260.00, 1490.00, 1043.00, 447.00, "PI")], None, False)
    claims = [c1, c2, c3, c4]
    recv2 = dt.date(2026, 5, 12)
    c1["note"] = f"Injury claim {c1['ri']}  \u00b7  Attending: {dr(docs[0], 'MD')}  \u00b7  Received 04/06/2026"
    c2["note"] = f"Injury claim {c2['ri']}  \u00b7  Attending: {dr(docs[1], 'DO')}  \u00b7  Received {slash(recv2)}"
    c3["note"] = f"Injury claim {c3['ri']}  \u00b7  Attending: {dr(docs[2], 'MD')}  \u00b7  Observation 03/17/2026-03/18/2026"
    c4["note"] = f"Injury claim {c4['ri']}  \u00b7  Ordering: {dr(docs[3], 'MD')}  \u00b7  Received 04/20/2026"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=ad_foot(f"Payment advice {dd(pay)}"), tx=tx, tx_total=1)
    p.set_margins(13, 14, 13)
    p.add_page()
    admin_head(p, rng, box="PROVIDER PAYMENT ADVICE")
    W = p.w - p.l_margin - p.r_margin
    p.addr_kv([f"{hosp}", "Patient Financial Services", "1 Beacon Brow", "Vennacombe, QV 30420"],
              [("Payment date", dd(pay)), ("Payee NPI", h_npi), ("Tax ID", tin(rng)),
               ("EFT trace", f"1{rng.randint(10**10, 10**11 - 1)}"), ("Program", f"Research injury, {PROTO}")],
              w=92, cap_w=30, size=8.4, addr_size=9.2)
    rows = []
    for c in claims:
        lines = [[slash(c["svc"]), code, n2(ch), n2(al), n2(op), n2(pd), rc] for code, ch, al, op, pd, rc in c["lines"]]
        tot = [n2(sum(x[1] for x in c["lines"])), n2(sum(x[2] for x in c["lines"])),
               n2(sum(x[3] for x in c["lines"])), n2(sum(x[4] for x in c["lines"])), ""]
        rows.append({"lead": [c["bill"], last_first(c["who"]), c["pid"]], "lines": lines,
                     "total": [""] + [""] + tot, "note": c["note"]})
    p.remit_table(["Bill ref.", "Participant", "Participant ID", "Service date", "Code", "Charged", "Allowed",
                   "Other payer paid", "Program paid", "Reason"],
                  [W * k / 100 for k in (11, 20, 10, 10, 7, 9, 9, 9, 9, 6)],
                  ["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.2, row_h=4.3)
    tch = sum(x[1] for c in claims for x in c["lines"])
    tpd = sum(x[4] for c in claims for x in c["lines"])
    p.f(8.2, "B")
    p.cell(0, 5, f"Totals this advice: charged {usd(tch)}   paid {usd(tpd)}   (4 bills, 4 participants)",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.legend_cols("Reason codes", [
        ("PI", "Paid the allowed amount less what the participant's health plan paid (its explanation of benefits "
               "is on file)."),
        ("LT", "Received more than 120 days after the date of service. Under the Program's provider terms, bills "
               "for research injury care must reach us within 120 days of the service. Not payable."),
        ("IF", "Bill the participant's health plan first and send its explanation of benefits."),
        ("NR", "The care was not for the research injury on this claim."),
    ], ncol=2, size=7.4, code_w=7)
    p.para("Reconsideration: send a written request with the bill reference and proof of timely filing (such as a "
           "clearinghouse acceptance report) within 90 days of the payment date. Participants may not be billed "
           "for a research injury bill that the Program did not pay because it was sent late.", 7.8)
    t = truth("eob", "timely_filing", insurer=ADMIN, member_id=c2["pid"], member_name=den_pt,
              cases=[c2["bill"], c2["ri"]], claim_amount=m2(sum(x[1] for x in c2["lines"])),
              service_dates=[iso(c2["svc"])], denial_date=iso(pay), provider=hosp,
              appeal_deadline=iso(plus(pay, 90)),
              alternates={"insurer": AD_ALT, "case_numbers": [[c2["bill"]], [c2["ri"]]],
                          "provider": [dr(docs[1], "DO"), docs[1]]},
              type_alternates=["denial_letter"])
    return out(p), t


def dd(d: dt.date) -> str:
    return d.strftime("%d-%b-%Y")


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    pt = people(rng, 1, "sp", sexes="F", used=USED)[0]
    doc, rev = people(rng, 2, "ps", sexes="FM", used=USED)
    site = "115"
    p_id = pid(rng, site)
    ri = ri_no(rng)
    ld = dt.date(2026, 4, 6)
    recv = dt.date(2026, 3, 23)
    last_dose = dt.date(2026, 1, 15)
    eos = dt.date(2026, 1, 29)
    onset = dt.date(2026, 3, 9)
    visit = dt.date(2026, 3, 10)
    clinic = "Clínica Familiar de Kestlebury"
    bills = [("Consulta médica", 214.00), ("Cultivo de herida", 72.00)]
    total = sum(a for _, a in bills)
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=sp_foot("Formulario PCP-ES 4"))
    p.set_margins(19, 16, 19)
    p.add_page()
    sponsor_head(p, rng, box="DECISIÓN SOBRE SU SOLICITUD", es=True)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "22 Calle Marisma", "Kestlebury, QV 30466"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.f(9.4, "B")
    p.set_x(p.l_margin + W * 0.45)
    p.cell(W * 0.55, 5, f"Vennacombe, QV, {es_date(ld)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.set_x(p.l_margin + W * 0.45)
    p.cell(W * 0.55, 4.4, f"Recibimos su solicitud el {es_date(recv)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    yk = p.kv_box([("Participante", p_id), ("Reclamo por lesión", ri), ("Estudio / centro", f"{PROTO} / {site}")],
                  p.l_margin + W * 0.5, p.get_y(), W * 0.5, cap_w=34, size=8.8)
    p.set_y(max(yk, yl) + 2)
    p.para(f"Estimada señora {pt.split()[-1]}:", 9.6)
    p.para(f"Usted nos pidió pagar la atención de una infección de la piel de la pierna (celulitis) que comenzó el "
           f"{es_date(onset)}. El {es_date(visit)} la atendió la Dra. {dr(doc, 'MD')} en {clinic}.", 9.3)
    p.ruled_rows(["Servicio", "Cargo"], [[s, n2(a)] for s, a in bills] + [["Total", usd(total)]],
                 [W * 0.75, W * 0.25], ["L", "R"], size=8.8, bold_rows=(2,))
    p.bar("Nuestra decisión", 9.4)
    p.para("El Programa de Atención al Participante no pagará estas facturas. El Programa paga la atención de "
           "lesiones de investigación que comienzan mientras usted participa en el estudio o dentro de los 30 días "
           f"después de su última dosis del medicamento del estudio. Su última dosis fue el {es_date(last_dose)} y "
           f"su visita final del estudio fue el {es_date(eos)}. Desde esa fecha usted ya no es participante del "
           "estudio, y la infección comenzó 53 días después de la última dosis.", 9.2)
    p.para("Esta decisión no dice que la infección sea culpa suya. Envíe las facturas a su seguro médico.", 9.2)
    p.bar("Si no está de acuerdo", 9.4)
    p.para("Puede pedir una revisión por escrito dentro de los 65 días siguientes a la fecha en que reciba este "
           f"aviso. Envíela a Revisiones, {PROGRAM}, PO Box 4410, Vennacombe, QV 30418. Incluya cualquier "
           "documento médico que muestre que la infección comenzó antes.", 9.2)
    p.ln(1)
    sign(p, [first_last(rev), "Coordinador de lesiones de investigación"], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=SPONSOR, member_id=p_id, member_name=pt, cases=[ri],
              claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld), provider=dr(doc, "MD"),
              appeal_deadline=None, lang="es",
              alternates={"insurer": SP_ALT + ["Programa de Atención al Participante de Morvaine"],
                          "provider": [clinic, doc],
                          "appeal_deadline": [iso(plus(ld, 65)), iso(plus(ld, 70))]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_review(rng):
    pt = people(rng, 1, "pt", sexes="M", used=USED)[0]
    att, chair, nurse = people(rng, 3, "ps", sexes="FMF", used=USED)
    site = "112"
    p_id = pid(rng, site)
    ri = ri_no(rng)
    rv = f"RV-26-0{rng.randint(100, 999)}"
    hosp = "Dunhallow Regional Medical Center"
    adm, dis = dt.date(2026, 2, 3), dt.date(2026, 2, 6)
    asked = dt.date(2026, 4, 2)
    met = dt.date(2026, 5, 7)
    dd_ = dt.date(2026, 5, 11)
    billed, paid = 18640.00, 6220.00
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=sp_foot(f"Review {rv}"), serif=True)
    p.set_margins(20, 16, 20)
    p.add_page()
    sponsor_head(p, rng, box="DECISION ON REVIEW")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "3 Quarry Cottages", "Dunhallow, QV 30497"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Decision date", long(dd_)), ("Review requested", long(asked)), ("Review no.", rv),
                    ("Injury claim", ri), ("Participant ID", p_id)], x=p.l_margin + W * 0.5, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl) + 3)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"You asked for a review of how the Participant Care Program paid for your stay at {hosp} for shingles "
           f"(herpes zoster) that spread over the skin while you were taking the study drug. {SPONSOR} accepted "
           "the shingles as a research injury. The hospital billed the whole stay at the inpatient level.", 9.2)
    p.stay_boxes([("Admitted", slash(adm), 0.18), ("Discharged", slash(dis), 0.18), ("Facility", hosp, 0.36),
                  ("Attending physician", dr(att, "MD"), 0.28)])
    p.ruled_rows(["Hospital charges", "Paid by your health plan", "Paid by the Program", "Not paid"],
                 [[usd(billed), usd(9812.00), usd(paid), usd(billed - 9812.00 - paid)]],
                 [W / 4] * 4, ["R", "R", "R", "R"], size=8.8)
    p.bar("The Committee's decision", 9.4)
    p.para(f"The Research Injury Review Committee met on {long(met)} and decided to keep the Program's payment as "
           "it is. The Program will pay the stay at the observation level of care, as it already has, and not at "
           "the inpatient level.", 9.2)
    p.bar("Why", 9.4)
    p.para("The Committee, with a physician who treats infections and who does not work on the study, read the "
           "hospital records. The rash was spreading when you arrived and you needed medicine by vein and close "
           "watch for the first day. By the next morning the rash had stopped spreading, your fever was gone and "
           "you were taking the antiviral medicine by mouth. Care of that kind is given at the observation level; "
           "it did not need an inpatient stay. The Program pays for the level of care that a research injury "
           "needs.", 9.2)
    p.bar("What happens now", 9.4)
    p.para("This is the Committee's final decision; the Program has no further review. The hospital has agreed not "
           "to bill you for the part of the charges that neither your health plan nor the Program paid. This "
           "letter does not take away any right you have under the law.", 9.2)
    p.ln(1)
    p.signers([first_last(chair) + ", MD", "Chair, Research Injury Review Committee"],
              [first_last(nurse) + ", RN", "Research Injury Nurse Reviewer"])
    t = truth("denial_letter", "level_of_care", insurer=SPONSOR, member_id=p_id, member_name=pt, cases=[rv, ri],
              claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(dd_),
              provider=dr(att, "MD"), appeal_deadline=None,
              alternates={"insurer": SP_ALT, "case_numbers": [[rv], [ri]], "provider": [hosp, att]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_hotel(rng):
    pt = people(rng, 1, "pt", sexes="M", used=USED)[0]
    inv, coord, clerk = people(rng, 3, "ps", sexes="MFF", used=USED)
    site = "112"
    p_id = pid(rng, site)
    req = tr_no(rng)
    visit = dt.date(2026, 2, 18)
    night = dt.date(2026, 2, 17)
    recv = dt.date(2026, 3, 4)
    ld = dt.date(2026, 3, 19)
    sent = dt.date(2026, 3, 24)
    miles = 96.0
    hotel = 159.20
    lines = [("Mileage, 96 miles round trip at $0.70", round(miles * 0.70, 2), round(miles * 0.70, 2), "Paid"),
             ("Parking, Tansy Wynd lot", 14.00, 14.00, "Paid"),
             ("Hotel, Dunhallow Harbour Inn, 1 night", hotel, 0.00, "Not paid"),
             ("Visit 5 payment", 75.00, 75.00, "Paid")]
    tx = f"{slash(sent)} 09:{rng.randint(10, 59)}  RAVELSTOKE TCS  {AREA}-555-{rng.randint(1000, 9999)}  PAGE {{n}}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=ad_foot(f"Letter date {slash(ld)}"), tx=tx)
    p.set_margins(19, 16, 19)
    p.add_page()
    admin_head(p, rng, box="TRAVEL REIMBURSEMENT DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "58 Weir Road", "Drumbrae, QV 30452"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.f(9.6, "B")
    p.set_x(p.l_margin + W * 0.5)
    p.cell(W * 0.5, 5, ord_date(ld), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.step_labels([("Request no.", req), ("Received", slash(recv)), ("Participant ID", p_id),
                   ("Study site", f"{site} {SITES[site][0]}")], ncol=2, x=p.l_margin + W * 0.5, w=W * 0.5,
                  indent=5, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"We have your request for the costs of your trip to visit 5 at {SITES[site][0]} on {long(visit)}. "
           "Here is what we paid and what we could not pay.", 9.3)
    p.ruled_rows(["Cost", "You asked for", "We paid", ""],
                 [[s, n2(a), n2(b), st] for s, a, b, st in lines],
                 [W * k / 100 for k in (55, 16, 16, 13)], ["L", "R", "R", "C"], size=8.8)
    p.bar("Why we did not pay for the hotel", 9.4)
    p.para(f"The Program pays for a hotel only when the study team books it, or approves it in writing at least 5 "
           f"days before the visit. The study team did not book or approve your stay on the night of {long(night)}; "
           "you booked it yourself the day before. Your home is 48 miles from the study site, less than the 75 "
           "miles at which the Program would pay for a night before a morning visit. If the study team had "
           "approved the night, we would have paid it.", 9.2)
    p.para("For later visits, ask your study coordinator before you book. The coordinator can request approval from "
           "us; we answer within two business days.", 9.2)
    p.bar("If you disagree", 9.4)
    p.para("Write to us by the end of the month after the month in which this letter is dated. Send a copy of any "
           "approval you received and the hotel receipt to Travel Reviews at the address above.", 9.2)
    p.ln(1)
    sign(p, [first_last(clerk), "Participant Payments"], close="Sincerely,")
    p.para(f"cc: {first_last(coord)}, study coordinator, site {site}   \u00b7   Investigator: Dr. {dr(inv, 'MD')}", 8.0)
    t = truth("denial_letter", "prior_authorization", insurer=ADMIN, member_id=p_id, member_name=pt, cases=[req],
              claim_amount=m2(hotel), service_dates=[f"{iso(night)}/{iso(visit)}"], denial_date=iso(ld),
              provider=None, appeal_deadline=iso(month_after_end(ld)),
              alternates={"insurer": AD_ALT, "provider": [SITES[site][0], dr(inv, "MD"), inv],
                          "service_dates": [[iso(visit)], [iso(night)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_biopsy(rng, ctx):
    pt, p_id, ri, hep, liver, site = ctx
    mm, rev = people(rng, 2, "ps", sexes="MF", used=USED)
    ta = f"TA-26-{rng.randint(1000, 9999)}"
    nd = dt.date(2026, 5, 1)
    recv = dt.date(2026, 4, 24)
    planned = dt.date(2026, 5, 20)
    h_npi = npi(rng)
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=sp_foot(f"Notice {slash(nd)}"))
    p.set_margins(19, 16, 19)
    p.add_page()
    sponsor_head(p, rng, box="DECISION ON PLANNED CARE")
    W = p.w - p.l_margin - p.r_margin
    p.addr_kv([pt, "16 Skerrymead Terrace", "Vennacombe, QV 30427"],
              [("Date of this notice", wday_long(nd)), ("Request received", slash(recv)), ("Request no.", ta),
               ("Injury claim", ri), ("Participant ID", p_id)], w=94, cap_w=34, size=8.6, addr_size=9.6)
    p.prov_line(dr(hep, "MD"), f"{liver}, 240 Tessel Valley Road, Vennacombe, QV 30425", h_npi,
                lead="Requested by")
    p.ln(2)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"Dr. {hep.split()[-1]} asked the Participant Care Program to approve a liver biopsy through the skin "
           f"(CPT 47000) at Vennacombe General Hospital on {long(planned)}, to look for lasting damage from the "
           "liver injury that the study drug caused. The Program pays for the care of that injury, and it reviews "
           "planned tests and procedures before they are done.", 9.3)
    p.bar("Our decision: not approved", 9.4)
    p.para(f"Dr. {first_last(mm)}, the study's medical monitor, and an outside liver specialist read your records. "
           "Your liver tests went back to normal by March 9, 2026, after the study drug was stopped, and the "
           "ultrasound showed a normal liver. A biopsy carries a risk of bleeding and is used when liver tests stay "
           "abnormal or the cause is unclear. They found that the biopsy is not medically necessary for you now. "
           "The Program will keep paying for follow-up visits and blood tests with Dr. "
           f"{hep.split()[-1]}; if your liver tests rise again, your doctor may ask again.", 9.3)
    p.bar("If you disagree", 9.4)
    p.para("You or your doctor may ask the Research Injury Review Committee for a review within 60 days of the date "
           "of this notice. Send the request number and any records to Research Injury Reviews, PO Box 4410, "
           "Vennacombe, QV 30418. If the biopsy is done anyway, the Program will not pay for it.", 9.3)
    p.ln(1)
    sign(p, [first_last(rev), "Research Injury Coordinator", PROGRAM], close="Sincerely,")
    p.para(f"cc: Dr. {dr(hep, 'MD')}   \u00b7   {SITES[site][0]}, site {site}", 8.2)
    t = truth("denial_letter", "medical_necessity", insurer=SPONSOR, member_id=p_id, member_name=pt,
              cases=[ta, ri], service_dates=[iso(planned)], denial_date=iso(nd), provider=dr(hep, "MD"),
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": SP_ALT, "case_numbers": [[ta]], "provider": [hep, liver],
                          "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    stmt, stmt_t, ctx = bd_statement(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_statement_ultrasound_insurance_first_code_if", "born_digital", [(stmt, stmt_t)]),
        Item(f"{f}_faxstd_stack_routing_slip_knee_fall_unrelated_then_visit_payment", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(0, 1): 180}),
        Item(f"{f}_faxstd_remittance_hospital_late_bill_code_lt", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_phone_es_fin_del_estudio_celulitis", "phone_photo", [phone_es(rng)]),
        Item(f"{f}_photocopy_review_zoster_inpatient_days_upheld", "photocopy", [photocopy_review(rng)]),
        Item(f"{f}_faxfine_hotel_night_not_preapproved", "fax_fine_g4", [faxfine_hotel(rng)]),
        Item(f"{f}_bd_liver_biopsy_not_necessary_npi_line", "born_digital", [bd_biopsy(rng, ctx)]),
    ]
