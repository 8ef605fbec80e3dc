"""Papers mirrored (structure and plain wording style only; every sentence written here) from the public descriptions
of drug manufacturers' patient assistance programs: a charitable foundation, set up and funded by a drug maker but
run apart from its sales, gives the maker's brand medicines free to people with no drug coverage or with coverage that
does not pay for the medicine, under a household income limit (a multiple of the federal poverty level); a patient
section and a prescriber section (with a signed prescription) make one application; proof of income and of coverage
go with it; an approval runs to the end of the calendar year and must be renewed; medicine comes by mail to the
prescriber's office or the patient's home, in 90-day supplies, or through a program card at network retail
pharmacies; the foundation looks again at a decision when asked (a reconsideration). The foundation, its maker, its
medicines, every person, pharmacy, practice, number, amount and address are invented.

Issuer: the Brisenthal Patient Assistance Foundation, Inc. (the legal name is printed small under a split wordmark
"BRISEN" over "THAL" beside a drawn two-tone capsule; the body only ever says "BPAF"; the program line "Brisenthal
Cares Medicine Program"; "an independent charity funded by Brisenthal Pharmaceuticals, Inc." in grey; shipments by
Quellmont Pharmacy Services, LLC; card claims processed by Yarnwick Claims Processing, Inc.). Medicines (invented):
Glyvora (bexaglitide) pens, Pulnessa (umeclovant) inhalation powder, Ravexal (ravoxaban) tablets, Dermavell
(lenrisumab) injection. Numbering: patient IDs "GS" + three digits + "B" + four digits (G/6, S/5, B/8 look-alikes),
printed whole, in two groups of five ("GS381 B5520") or with dashes ("GS-381-B5520"), person code / suffix "01";
program codes PAP-S1 (no coverage) and PAP-B2 (coverage that leaves the medicine out or unpaid); the card's RxGroup
BPAF26S (with a BIN and PCN as decoys); applications "AP26Z" + five digits; card claim references "R26" + day of
year + "S" + five digits; reconsiderations "RC26-G" + four digits; reimbursement requests "RB26-" + five digits; ship
orders "SO-" + eight digits; prescription numbers and NDCs as decoys. Phones 555.

Documents (8 in 7 files):
- bd_card_statement_other_plan_first_note_four: a born-digital quarterly statement of Brisenthal Cares card claims
  for a heart patient whose work plan pays first: six rows with numbered note marks ("1", "1, 3", "2", "4") keyed by a
  numbered note list and a "Paid by other plan" column; notes 1-3 explain payment (the other plan paid first; the
  other plan leaves the inhaler out so the card paid all; a reversal), note 4 refuses one Ravexal fill that the
  pharmacy sent to the card alone (reject 41, bill the other plan first): `eob`, `other` (coordination of benefits);
  captions "Patient ID / Suffix" and "Program / RxGroup"; the other plan's member number as a decoy.
- faxstd_stack_navigator_cover_form_missing_then_approved: a standard-fax stack: a hospital medication assistance
  office's typed cover, then two BPAF letters to the same diabetes patient: the application closed because the
  prescriber's section and signed prescription never came (`other`: records not received; the "send by" date to
  reopen is a decoy, the 30-day review is the deadline), and the approval after the navigator sent them (`other`,
  no denial; captions printed under their boxes; enrolment period and next renewal as decoys).
- faxstd_income_over_limit_facts_on_page_two: a standard-fax two-page letter refusing Pulnessa because household income
  is over the limit (`eligibility`); page 1 carries no identification at all, the member facts sit in a framed box
  on page 2; an income table and the limits table as decoys.
- rotated_reconsideration_off_label_upheld: a sideways-fed reconsideration decision keeping the refusal of Dermavell
  prescribed for hidradenitis suppurativa, a use the program does not cover (`not_covered`); captions in a narrow
  left column with the values flush at the right margin; final, no deadline.
- bd_pharmacy_not_in_card_network: a born-digital letter: a Glyvora card claim refused because the pharmacy is not in
  the card's pharmacy network (`out_of_network`); paired captions.
- photo_shipment_notice_packing_slip: a phone photo of the shipment notice packed with a 90-day Pulnessa shipment
  (bar code band, next-refill date, prescription number, nothing refused: `other`).
- lowres_es_reembolso_fuera_de_plazo: a 150 dpi Spanish letter refusing to pay back a retail purchase of Ravexal made
  while the application was pending, because the receipt came after the 90-day limit (`timely_filing`).

Judgement calls (alternates): the insurer is the Foundation's legal name ("BPAF", "Brisenthal Cares",
"Brisenthal Patient Assistance Foundation" without Inc., "Brisenthal" accepted); the maker, the pharmacy operator and
the claims processor are decoys. The provider is the prescriber where the paper names one, with the pharmacy
accepted on the card statement and the Spanish letter; on the out-of-network letter the refused pharmacy is the truth
and the prescriber accepted, because the letter is about that pharmacy. The closed application reads most plainly as
missing records (`other`); no alternate. The statement's refused fill is coordination of benefits (`other`); the
letter refusing for income is `eligibility`. The shipment notice names its order as its only reference (none
accepted) and its ship date as the service (none accepted); the approval's enrolment period is not a service.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famta import (ETSheet, addr_block, dashed, digits, dr, es_date, first_last, iso, long, m2, n2, npi,
                               out, people, phone, plus, sign, slash, spaced_id, tollfree, truth, tx_cover, usd, wd_abbr,
                               workday)

FAMILY = ("brisenthal_patient_assistance_foundation_free_medicine_other_plan_first_missing_prescriber_form_income_limit_"
          "off_label_upheld_non_network_pharmacy_late_refund_refusals")
LANG = "en"
SEED = 355090
USED: set = set()

FOUND = "Brisenthal Patient Assistance Foundation, Inc."
FOUND_ALT = [FOUND, "Brisenthal Patient Assistance Foundation", "BPAF", "Brisenthal Cares", "Brisenthal",
             "Brisenthal Cares Medicine Program", "Brisenthal Foundation"]
PROGRAM = "Brisenthal Cares Medicine Program"
MAKER = "Brisenthal Pharmaceuticals, Inc."
SMALL = f"An independent charity funded by {MAKER}. Shipments by Quellmont Pharmacy Services, LLC."
ADDR = ["2260 Quillhurst Parkway, Suite 410", "Carrowby, NC 27519"]
PS1, PB2 = "PAP-S1", "PAP-B2"
RXGRP, PCN = "BPAF26S", "BPAFRX"
FOOT = f"BPAF  \u00b7  {ADDR[0]}, {ADDR[1]}  \u00b7  brisenthalcares.example"

GLY = "Glyvora (bexaglitide) 2 mg/0.5 mL pen"
PUL = "Pulnessa (umeclovant) 62.5 mcg inhalation powder"
RAV = "Ravexal (ravoxaban) 5 mg tablets"
DER = "Dermavell (lenrisumab) 150 mg/mL injection"


def pid(rng) -> str:
    return f"GS{digits(rng, 3)}B{digits(rng, 4)}"


def app_no(rng) -> str:
    return f"AP26Z{digits(rng, 5)}"


def claim_ref(rng, d: dt.date) -> str:
    return f"R26{d.timetuple().tm_yday:03d}S{digits(rng, 5)}"


def two5(m: str) -> str:
    """GS381B5520 -> 'GS381 B5520'"""
    return spaced_id(m, (5, 5))


def right_lines(rng) -> list[str]:
    return [ADDR[0], ADDR[1], f"Patient line {tollfree(rng, '866')}", f"Fax {phone(rng, '919')}",
            "brisenthalcares.example"]


def head(p: ETSheet, rng, box: str | None = None):
    p.split_brand("BRISEN", "THAL", FOUND, right_lines(rng), program=PROGRAM, small=SMALL, box=box, size=22)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    member = people(rng, 1, "pt", sexes="M", used=USED)[0]
    cardio, pulm = people(rng, 2, "rx", sexes="FM", used=USED)
    m = pid(rng)
    sd = workday(dt.date(2026, 4, rng.randint(7, 9)))
    q0, q1 = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    ph1 = "Fitchwell Pharmacy #204"
    ph2 = "Kellham Drug Center"
    other_no = f"GHP-{digits(rng, 6)}-{digits(rng, 2)}"
    d1 = workday(dt.date(2026, 1, rng.randint(8, 10)))
    d2 = plus(d1, 28)
    d3 = plus(d2, 28)
    d4 = plus(d3, 2)
    rows_src = [
        (d1, RAV, "60 / 30", ph1, dr(cardio, "MD"), 612.40, 471.20, 141.20, 0.00, "1"),
        (plus(d1, 1), PUL, "1 / 30", ph1, dr(pulm, "DO"), 498.75, 0.00, 498.75, 0.00, "1, 3"),
        (d2, RAV, "60 / 30", ph1, dr(cardio, "MD"), 612.40, 471.20, 141.20, 0.00, "1"),
        (d3, RAV, "60 / 30", ph2, dr(cardio, "MD"), 612.40, 0.00, 0.00, 0.00, "2"),
        (d4, RAV, "60 / 30", ph2, dr(cardio, "MD"), 612.40, 0.00, 0.00, 0.00, "4"),
        (plus(d2, 1), PUL, "1 / 30", ph1, dr(pulm, "DO"), 498.75, 0.00, 498.75, 0.00, "1, 3"),
    ]
    rows_src.sort(key=lambda r: r[0])
    refs = [claim_ref(rng, r[0]) for r in rows_src]
    den = next(i for i, r in enumerate(rows_src) if r[9] == "4")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  Patient ID {m}  \u00b7  card statement {slash(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng, box="CARD CLAIMS STATEMENT")
    y = p.get_y()
    addr_block(p, [member.upper(), f"{rng.randint(100, 980)} Sallenwick Road", "Briskwell, TN 37404"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.pair_caps([("Statement date", long(sd), 0.42), ("Claims from", f"{slash(q0)} to {slash(q1)}", 0.58)],
                size=8.6, x=p.l_margin + W * 0.5, w=W * 0.5)
    p.pair_caps([("Patient ID / Suffix", f"{m} / 01", 0.5), ("Program / RxGroup", f"{PB2} / {RXGRP}", 0.5)],
                size=8.6, x=p.l_margin + W * 0.5, w=W * 0.5)
    p.pair_caps([("BIN / PCN", f"0{digits(rng, 5)} / {PCN}", 0.5), ("Enrolled through", "12/31/2026", 0.5)],
                size=8.6, x=p.l_margin + W * 0.5, w=W * 0.5)
    p.set_y(max(p.get_y(), y + 30))
    p.para("This is not a bill. It lists the prescriptions filled with your Brisenthal Cares card this quarter. "
           f"BPAF has on file that you also have drug coverage through Glazebourne Health Plan (member number "
           f"{other_no}), which pays first for medicines it covers.", 8.6)
    tot_charge = sum(r[5] for r in rows_src)
    tot_card = sum(r[7] for r in rows_src)
    tot_other = sum(r[6] for r in rows_src)
    p.sc_shaded([("Pharmacy charges", usd(tot_charge), 0.25), ("Paid by other plan", usd(tot_other), 0.25),
                 ("Card paid", usd(tot_card), 0.25), ("You paid", "$0.00", 0.25)], size=8.6)
    rows = []
    for i, r in enumerate(rows_src):
        d, med, qty, ph, pres, ch, oth, card, you, note = r
        short = med.split(" (")[0] + " " + med.split(") ")[1].replace(" inhalation powder", " inhaler")
        rows.append([slash(d), refs[i], short, qty, n2(ch), n2(oth), n2(card),
                     n2(you), note])
        rows.append(("sub", f"{ph}  \u00b7  Prescriber {pres}  \u00b7  Rx {digits(rng, 7)}"))
    rows.append(("total", ["", "", "Quarter totals", "", n2(tot_charge), n2(tot_other), n2(tot_card), "0.00", ""]))
    p.mark_rows(["Fill date", "Claim reference", "Medicine", "Qty / days", "Pharmacy charge", "Paid by other plan",
                 "Card paid", "You paid", "Note"],
                [W * k / 100 for k in (10, 15, 21, 9, 10, 10, 9, 8, 8)],
                ["L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.6)
    p.numbered_notes("Notes to the claims above", [
        ("1", "Your other plan paid its share first. The card paid what was left of the pharmacy's price, so you paid "
              "nothing."),
        ("2", "The pharmacy took this claim back (you did not pick up the medicine). Nothing was paid and nothing is "
              "owed."),
        ("3", "Your other plan does not list Pulnessa, so the card paid the whole price."),
        ("4", f"Not paid. The pharmacy sent this claim to the card alone (reject code 41: bill the other payer "
              f"first). Your other plan covers Ravexal, so the pharmacy must bill Glazebourne Health Plan first and "
              f"send the card as the second payer. Ask the pharmacy to send the claim again that way."),
    ], size=7.6)
    p.bar("Questions or disagreement", 8.8)
    p.para(f"If you think a claim on this statement was handled wrongly, write to BPAF within 60 days of the date of "
           f"this statement and tell us which claim reference you mean. Mail: Card Claims Review, {ADDR[0]}, "
           f"{ADDR[1]}. Card claims are processed for BPAF by Yarnwick Claims Processing, Inc.", 8.4)
    d, med, qty, ph, pres, ch, *_ = rows_src[den]
    t = truth("eob", "other", insurer=FOUND, plan_id=PB2, group=RXGRP, member_id=m, member_name=member,
              cases=[refs[den]], claim_amount=m2(ch), service_dates=[iso(d)], denial_date=iso(sd),
              provider=dr(cardio, "MD"), appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": FOUND_ALT, "provider": [cardio, ph]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member = people(rng, 1, "pt", sexes="F", used=USED)[0]
    endo, nav, rev, enr = people(rng, 4, "rx", sexes="MFMF", used=USED)
    m = pid(rng)
    ap = app_no(rng)
    practice = "Hallamwick Endocrinology"
    recv = workday(dt.date(2026, 3, rng.randint(2, 6)))
    l1 = workday(plus(recv, rng.randint(12, 16)))
    redo = plus(l1, 45)
    l2 = workday(plus(l1, rng.randint(24, 30)))
    sent = plus(l2, rng.randint(3, 5))
    tx = (f"{sent.strftime('%m/%d/%Y')} {rng.randint(9, 15)}:{rng.randint(10, 59)}  VELTHAM RMC MED ASSIST  "
          f"FAX 423555{digits(rng, 4)}  P.{{n2}}/{{t2}}")
    cover = tx_cover(tx, 3, ["Veltham Regional Medical Center", "Medication Assistance Office  \u00b7  Outpatient "
                             "Pharmacy, Level 1", f"Phone {phone(rng, '423')}  \u00b7  Fax {phone(rng, '423')}"],
                     [("TO", f"{practice}, attn Dr. {endo.split()[-1]}'s nurse"),
                      ("FAX", phone(rng, "423")), ("FROM", f"{first_last(nav)}, medication assistance"),
                      ("DATE", slash(sent)), ("PAGES", "3 including this cover"),
                      ("RE", f"{first_last(member)} - Glyvora help program")],
                     "Two letters from the foundation are attached: the first one closing her application because "
                     "the doctor's page never reached them, and the approval after we sent it in. Please scan both "
                     "into her chart. The first box of pens will go to your office.",
                     boxes_ticked=("For review",))
    # (i) the closed application
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=3)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="APPLICATION DECISION")
    addr_block(p, [member, f"{rng.randint(10, 99)} Dromwick Lane", "Liskenton, AL 36702"], 9.2)
    p.f(9.4)
    p.cell(0, 5, long(l1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.memo([("Application", ap), ("Patient ID", two5(m)), ("Medicine", GLY), ("Prescriber", dr(endo, "MD")),
            ("Received", long(recv))], size=9.0, cap_w=28)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para("Thank you for applying for free medicine from BPAF. We could not approve your application, and it is now "
           "closed.", 9.2)
    p.bar("Why", 9.0)
    p.para(f"An application has two parts: your part, and a part your prescriber fills in and signs, with a "
           f"prescription. We received your part, your proof of income and a letter saying you have no drug "
           f"coverage. We did not receive the prescriber's part (Section 3) or a prescription signed by "
           f"{dr(endo, 'MD')}. Our staff asked the office for them by fax twice. Without them BPAF cannot send "
           f"medicine.", 9.2)
    p.bar("What you can do", 9.0)
    p.bullets([f"Ask {dr(endo, 'MD')} to fax Section 3 and a signed prescription. If they reach us by {long(redo)}, we "
               "will reopen this same application and you will not need to fill in your part again.",
               "After that date you can still apply again at any time with a new form.",
               f"If you think we made a mistake, call us or write to us within 30 days of the date of this letter. "
               f"Mail: Application Review, {ADDR[0]}, {ADDR[1]}."], size=9.0)
    sign(p, [first_last(rev), "Application Services", "BPAF"])
    p1 = out(p)
    t1 = truth("denial_letter", "other", insurer=FOUND, plan_id=None, group=None, member_id=m, member_name=member,
               cases=[ap], denial_date=iso(l1), provider=dr(endo, "MD"), appeal_deadline=iso(plus(l1, 30)),
               alternates={"insurer": FOUND_ALT, "provider": [endo, practice]})
    # (ii) the approval
    start = plus(l2, rng.randint(2, 5))
    q = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=2, tx_total=3)
    q.set_margins(18, 16, 18)
    q.add_page()
    head(q, rng, box="APPROVAL")
    addr_block(q, [member, f"{rng.randint(10, 99)} Dromwick Lane", "Liskenton, AL 36702"], 9.2)
    q.f(9.4)
    q.cell(0, 5, long(l2), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    W = q.w - q.l_margin - q.r_margin
    q.boxed_values([(ap, "application", W * 0.22), (dashed(m, (2, 3, 5)), "patient id", W * 0.24),
                    (PS1, "program code", W * 0.17), (f"{slash(start)} - 12/31/2026", "enrolled", W * 0.31)],
                   size=9.0)
    q.ln(2)
    q.para(f"Dear {first_last(member)}:", 9.4)
    q.para(f"Good news: BPAF has approved your application. You will receive {GLY.split(' (')[0]} free of charge "
           f"from {long(start)} through December 31, 2026.", 9.2)
    q.bullets([f"Your medicine will be mailed to the office of {dr(endo, 'MD')} ({practice}) in a 90-day supply. "
               "The office will call you when it arrives.",
               "Refills are sent when the office asks for them; it can ask up to 2 weeks before you run out.",
               "Tell us within 30 days if you get drug coverage or your household income changes.",
               "To keep receiving medicine in 2027, you will need to apply again. We will send you a renewal form "
               "in October."], size=9.0)
    q.para("This approval is for this medicine only. It is not insurance and does not pay for doctor visits or "
           "other prescriptions.", 8.8)
    sign(q, [first_last(enr), "Enrollment Services", "BPAF"], close="Best wishes,")
    p2 = out(q)
    t2 = truth("other", None, insurer=FOUND, plan_id=PS1, group=None, member_id=dashed(m, (2, 3, 5)),
               member_name=member, cases=[ap], denial_date=iso(l2), provider=dr(endo, "MD"),
               alternates={"insurer": FOUND_ALT, "member_id": [m], "provider": [endo, practice]})
    return cover, [(p1, t1), (p2, t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_income(rng):
    member = people(rng, 1, "pt", sexes="F", used=USED)[0]
    husband = people(rng, 1, "pt", sexes="M", last=member.split()[-1], used=USED)[0]
    pulm, rev = people(rng, 2, "rx", sexes="MF", used=USED)
    practice = "Crailmoor Lung Clinic"
    m = pid(rng)
    ap = app_no(rng)
    recv = workday(dt.date(2026, 4, rng.randint(6, 10)))
    ld = workday(plus(recv, rng.randint(15, 20)))
    sent = plus(ld, rng.randint(6, 9))
    tx = (f"{sent.strftime('%b %d %Y').upper()} {rng.randint(10, 16)}:{rng.randint(10, 59)}  FROM: PUBLIC LIBRARY "
          f"FAX  270555{digits(rng, 4)}  PAGE {{n}} OF {{t}}")
    wages = 68140.00
    ss = 21684.00
    total = wages + ss
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_total=2)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng)
    addr_block(p, [member, f"{rng.randint(100, 999)} Tenterham Pike", "Dromfield, KY 42718"], 9.2)
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para("Thank you for your application for free Pulnessa. We have reviewed it carefully. We are sorry, but we "
           "are not able to approve it, because your household's yearly income is more than the program allows for "
           "a household of your size.", 9.2)
    p.para("The program helps households whose income is at or below 400% of the federal poverty guidelines. For a "
           "household of two people, that is $84,600.00 a year. This is the income we counted from the papers you "
           "sent:", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Household member", "Kind of income", "Yearly amount"],
                 [[first_last(husband), "Wages (2025 W-2)", usd(wages)],
                  [first_last(member), "Social Security benefits (2026 letter)", usd(ss)],
                  ["", "Household total", usd(total)]],
                 [W * k / 100 for k in (34, 42, 24)], ["L", "L", "R"], size=8.6, bold_rows=(2,))
    p.ruled_rows(["People in household", "1", "2", "3", "4"],
                 [["Yearly income limit", "$62,600", "$84,600", "$106,600", "$128,600"]],
                 [W * k / 100 for k in (32, 17, 17, 17, 17)], ["L", "R", "R", "R", "R"], size=8.2)
    p.bar("What you can do", 9.0)
    p.bullets(["If we counted your income wrongly, or your income has dropped (for example, a job ended), you may ask "
               "us to look at your application again. Send the new papers within 30 days of the date of this letter.",
               "If your medical bills are very high, tell us; we may subtract some of them from your income when we "
               "look again.",
               "Ask your pharmacist about the savings offered for Pulnessa to people with coverage, or about Extra "
               "Help from Social Security if you have Medicare."], size=8.9)
    p.para("Your facts as we have them are on the next page.", 8.8)
    p.add_page()
    p.facts_box("About this letter", [
        ("Patient", first_last(member)),
        ("Patient ID", dashed(m, (2, 3, 5))),
        ("Application", ap),
        ("Program code", PS1),
        ("Medicine asked for", "Pulnessa 62.5 mcg, 1 inhaler a month"),
        ("Prescriber", f"{dr(pulm, 'DO')}, {practice}"),
        ("Application received", slash(recv)),
        ("Household size", "2"),
        ("Decision", "Not approved - income over the limit"),
        ("Decided", slash(ld)),
    ], size=8.8)
    p.para("How to send papers: fax them to the number at the top of page 1, with the application number on each page, "
           f"or mail them to Application Review, {ADDR[0]}, {ADDR[1]}.", 8.8)
    p.para("A copy of this letter was sent to your prescriber.", 8.8)
    sign(p, [first_last(rev), "Eligibility Review", "BPAF"])
    t = truth("denial_letter", "eligibility", insurer=FOUND, plan_id=PS1, member_id=dashed(m, (2, 3, 5)),
              member_name=member, cases=[ap], denial_date=iso(ld), provider=dr(pulm, "DO"),
              appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": FOUND_ALT, "member_id": [m], "provider": [pulm, practice]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_reconsideration(rng):
    member = people(rng, 1, "pt", sexes="M", used=USED)[0]
    derm, chair, pharm = people(rng, 3, "rx", sexes="FMF", used=USED)
    practice = "Mabstead Dermatology Associates"
    m = pid(rng)
    ap = app_no(rng)
    rc = f"RC26-G{digits(rng, 4)}"
    first = workday(dt.date(2026, 3, rng.randint(16, 20)))
    asked = plus(first, rng.randint(10, 14))
    dd = workday(plus(asked, rng.randint(18, 24)))
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="RECONSIDERATION DECISION")
    addr_block(p, [member, f"{rng.randint(100, 999)} Ossetby Street", "Sallendale, MS 38652"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.far_pairs([("Decision date", long(dd)), ("Reconsideration", rc), ("Application", ap),
                 ("Patient ID", two5(m)), ("Program code", PS1), ("Medicine", DER),
                 ("Prescriber", f"{dr(derm, 'MD')}, {practice}")], cap_w=36, size=9.0, w=W)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"On {long(first)} BPAF did not approve Dermavell for you. {dr(derm, 'MD')} asked us on {long(asked)} to look "
           "at that decision again and sent a letter about your hidradenitis suppurativa, with your records of the "
           "treatments you have tried.", 9.2)
    p.bar("What we decided", 9.0)
    p.para("We have looked at the decision again. It stays the same: BPAF cannot send you Dermavell for this "
           "condition.", 9.2)
    p.bar("Why", 9.0)
    p.para("BPAF gives each medicine only for the uses listed for it in the program rules. For Dermavell these are "
           "plaque psoriasis and psoriatic arthritis in adults. Hidradenitis suppurativa is not one of them, and the "
           "rules do not let our staff or the review committee add a use for one person. Your doctor's letter "
           "explains well why she chose the medicine; the committee did not question her judgment, only whether the "
           "program can cover it.", 9.2)
    p.bar("Other help", 9.0)
    p.para("Your doctor may know of other programs for medicines used for hidradenitis suppurativa. If you are later "
           "treated with Dermavell for one of the listed uses, you may apply again with a new form.", 9.2)
    p.para("This is BPAF's final decision on this application.", 9.2)
    p.ln(1)
    p.signers([first_last(chair), "Chair, Patient Review Committee", "BPAF"],
              [dr(pharm, "PharmD"), "Clinical pharmacist reviewer", "BPAF"], size=8.6)
    p.para(f"cc: {dr(derm, 'MD')}, {practice}", 8.0)
    t = truth("denial_letter", "not_covered", insurer=FOUND, plan_id=PS1, member_id=m, member_name=member,
              cases=[rc, ap], denial_date=iso(dd), provider=dr(derm, "MD"), appeal_deadline=None,
              alternates={"insurer": FOUND_ALT, "provider": [derm, practice], "case_numbers": [[rc], [ap]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_out_of_network(rng):
    member = people(rng, 1, "pt", sexes="F", used=USED)[0]
    endo, sig = people(rng, 2, "rx", sexes="FM", used=USED)
    m = pid(rng)
    fill = workday(dt.date(2026, 5, rng.randint(4, 8)))
    ld = workday(plus(fill, rng.randint(9, 13)))
    ref = claim_ref(rng, fill)
    pharm = "Pirrowby Family Pharmacy"
    amount = 1082.16
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="CARD CLAIM NOT PAID")
    addr_block(p, [member, f"{rng.randint(10, 99)} Zellcote Avenue", "Tenterham, GA 31789"], 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_caps([("Letter date", wd_abbr(ld), 0.22), ("Patient ID / Suffix", f"{m} / 01", 0.28),
                 ("Program / RxGroup", f"{PS1} / {RXGRP}", 0.26), ("Claim reference", ref, 0.24)], size=8.8)
    p.pair_caps([("Pharmacy / NPI", f"{pharm} / {npi(rng)}", 0.5), ("Fill date / Charge", f"{slash(fill)} / "
                                                                                          f"${n2(amount)}", 0.5)],
                size=8.8)
    p.ln(1)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"{pharm} sent BPAF a claim for {GLY.split(' (')[0]} (4 pens, 28 days) that {dr(endo, 'MD')} prescribed for "
           "you. BPAF did not pay this claim.", 9.2)
    p.bar("Why", 9.0)
    p.para(f"Your Brisenthal Cares card can be used only at pharmacies in the card's pharmacy network. {pharm} is not "
           "in that network. This is stated on the back of your card and in your welcome letter.", 9.2)
    p.bar("What you can do", 9.0)
    p.bullets(["Take your prescription to a network pharmacy. Near you, these include Fitchwell Pharmacy and the "
               "pharmacy counter at Kellham Drug Center. You can find others on our website or by calling us.",
               f"If you already paid {pharm} for the pens, BPAF cannot pay you back for this fill.",
               "If you think we made a mistake, you may ask for a review within 60 days of the date of this letter. "
               f"Write to Card Claims Review, {ADDR[0]}, {ADDR[1]}, and include the claim reference."], size=9.0)
    sign(p, [first_last(sig), "Card Claims", "BPAF"])
    t = truth("denial_letter", "out_of_network", insurer=FOUND, plan_id=PS1, group=RXGRP, member_id=m,
              member_name=member, cases=[ref], claim_amount=m2(amount), service_dates=[iso(fill)],
              denial_date=iso(ld), provider=pharm, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": FOUND_ALT, "provider": [dr(endo, "MD"), endo]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_shipment(rng):
    member = people(rng, 1, "pt", sexes="M", used=USED)[0]
    pulm, rph = people(rng, 2, "rx", sexes="FM", used=USED)
    practice = "Crailmoor Lung Clinic"
    m = pid(rng)
    ship = workday(dt.date(2026, 5, rng.randint(18, 22)))
    order = f"SO-{digits(rng, 8)}"
    nxt = plus(ship, 76)
    p = ETSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, box="SHIPMENT NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.shelf_label(order, [("Order", order, 0.34), ("Shipped", slash(ship), 0.22), ("Boxes", "1 of 1", 0.16),
                          ("Cold pack", "No", 0.28)], size=8.6)
    p.ln(2)
    y = p.get_y()
    addr_block(p, ["SHIP TO", member, f"{rng.randint(100, 999)} Quornstead Road", "Ossetby, AR 72554"], 9.0)
    p.set_y(y)
    p.far_pairs([("Patient ID", dashed(m, (2, 3, 5))), ("Program code", PS1), ("Prescriber", dr(pulm, "MD")),
                 ("Rx number", f"Q{digits(rng, 7)}"), ("Refills left", "2")], cap_w=28, size=8.8,
                x=p.l_margin + W * 0.45, w=W * 0.55)
    p.ln(2)
    p.ruled_rows(["Medicine", "NDC", "Quantity", "Days", "Your cost"],
                 [[PUL, f"7{digits(rng, 4)}-0{digits(rng, 3)}-30", "3 inhalers", "90", "$0.00"]],
                 [W * k / 100 for k in (46, 20, 14, 8, 12)], ["L", "L", "L", "R", "R"], size=8.4)
    p.bar("Your next refill", 9.0)
    p.para(f"You can ask for your next refill from {long(nxt)}. Call the patient line or ask "
           f"{dr(pulm, 'MD')}'s office ({practice}) to send the request. Please allow 10 days for delivery.", 9.0)
    p.bar("Please check your package", 9.0)
    p.bullets(["Make sure the name on the label is yours and the medicine is the one your doctor prescribed.",
               "Store the inhalers at room temperature, away from moisture.",
               "Do not share this medicine. It is given to you free of charge and may not be sold."], size=8.8)
    p.para(f"Dispensed by Quellmont Pharmacy Services, LLC for BPAF. Pharmacist: {dr(rph, 'RPh')}. "
           f"Questions about the medicine: {tollfree(rng, '855')}.", 8.2)
    t = truth("other", None, insurer=FOUND, plan_id=PS1, member_id=dashed(m, (2, 3, 5)), member_name=member,
              cases=[order], service_dates=[iso(ship)], denial_date=iso(ship), provider=dr(pulm, "MD"),
              alternates={"insurer": FOUND_ALT, "member_id": [m], "case_numbers": [[]], "service_dates": [[]],
                          "provider": [pulm, practice]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_late(rng):
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    cardio, sig = people(rng, 2, "rx", sexes="MF", used=USED)
    m = pid(rng)
    bought = workday(dt.date(2026, 1, rng.randint(12, 16)))
    recv = plus(bought, rng.randint(104, 112))
    ld = workday(plus(recv, rng.randint(8, 12)))
    rb = f"RB26-{digits(rng, 5)}"
    pharm = "Farmacia Kellham"
    amount = 598.37
    p = ETSheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="SOLICITUD DE REEMBOLSO")
    addr_block(p, [member, f"{rng.randint(100, 999)} Calle Yarnfield", "Briskwell, TN 37406"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Carrowby, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.run_line([[("Paciente n.º", two5(m), "gap"), ("Código del programa", PS1, "gap")],
                [("Solicitud de reembolso", rb, "dash")],
                [("Medicamento", "Ravexal 5 mg, 60 tabletas", "dash"), ("Recetado por", dr(cardio, "MD"), "dash")],
                [("Compra", f"{es_date(bought)} en {pharm}", "dash"), ("Importe del recibo", usd(amount), "dash")]],
               size=8.8, gap_w=12)
    p.para(f"Estimada señora {member.split()[-1]}:", 9.4)
    p.para(f"Recibimos su solicitud para que BPAF le devuelva lo que pagó en {pharm} por Ravexal mientras esperaba la "
           "respuesta a su solicitud de ayuda. No podemos pagarle este reembolso.", 9.2)
    p.para("El motivo: las reglas del programa permiten devolver el costo de una sola compra hecha mientras la "
           "solicitud estaba en trámite, siempre que el recibo llegue a BPAF dentro de los 90 días siguientes a la "
           f"fecha de la compra. Usted compró el medicamento el {es_date(bought)}; su recibo llegó el "
           f"{es_date(recv)}, después de ese plazo.", 9.2)
    p.para("Su inscripción en el programa sigue vigente. Este aviso se refiere solamente al reembolso de esa compra.",
           9.2)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede pedirnos que revisemos esta decisión dentro de 30 días a partir de la fecha de esta carta. Envíe "
           "una copia del comprobante de que mandó el recibo a tiempo (por ejemplo, el sello del correo o la hoja "
           f"del fax). Escriba a Revisión de Reembolsos, {ADDR[0]}, {ADDR[1]}.", 9.2)
    sign(p, [first_last(sig), "Servicios al Paciente", "BPAF"], close="Atentamente,")
    t = truth("denial_letter", "timely_filing", insurer=FOUND, plan_id=PS1, member_id=m, member_name=member,
              cases=[rb], claim_amount=m2(amount), service_dates=[iso(bought)], denial_date=iso(ld),
              provider=dr(cardio, "MD"), appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": FOUND_ALT, "provider": [cardio, pharm]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_statement(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_card_statement_other_plan_first_note_four", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_navigator_cover_form_missing_then_approved", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_income_over_limit_facts_on_page_two", "fax_standard_g4", [faxstd_income(rng)]),
        Item(f"{f}_rotated_reconsideration_off_label_upheld", "rotated", [rotated_reconsideration(rng)]),
        Item(f"{f}_bd_pharmacy_not_in_card_network", "born_digital", [bd_out_of_network(rng)]),
        Item(f"{f}_photo_shipment_notice_packing_slip", "phone_photo", [photo_shipment(rng)]),
        Item(f"{f}_lowres_es_reembolso_fuera_de_plazo", "scan_lowres_150", [lowres_es_late(rng)]),
    ]
