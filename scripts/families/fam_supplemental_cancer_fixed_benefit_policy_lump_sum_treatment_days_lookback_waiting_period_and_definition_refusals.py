"""An invented supplemental cancer policy that pays fixed amounts: Quillan Ridge Life Insurance Company's Lump Sum
Cancer & Treatment Benefit Policy.

Invented throughout (no public paper mirrored): an individual policy sold to households that pays the insured a
fixed sum, whatever the provider charged: an Initial Diagnosis Benefit (plan codes LSC-5 and LSC-10 for $5,000 and
$10,000; a quarter of it for a cancer that has not spread from where it began, "in situ"), a fixed amount per day
of chemotherapy or radiation, a surgery schedule, a daily hospital confinement benefit and a yearly screening
benefit; family coverage where the policyholder is suffix 01, the spouse 02 and children 03 and up. Its rules, all
invented: no benefit for a cancer found in the first 30 days after the policy date (the insured's coverage is then
voided and the premiums refunded); a look-back of 12 months before the policy date, so a cancer for which care was
sought in those months is not paid during the first 12 months of the policy; cancer defined as malignant cells
that have invaded tissue, read by a pathologist (atypia, dysplasia and polyps left out); written proof of loss
within 90 days, accepted later only when it could not reasonably have been sent sooner; a 31-day grace period
after which an unpaid policy lapses. The company, every hospital, clinic, center, doctor, person, number, address,
code, amount and time limit is invented; policy numbers are "QR" + eight characters with O, I, S and B among the
digits; phones use 555. No heading names the kind of refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_benefits_paid_radiation_days_values_over_captions: an explanation of benefits paid (denies
  nothing): values printed over their captions, fifteen radiation days dated "02MAR26" ... "20MAR26" at a medical
  center's department of radiation oncology with the center's charges beside the fixed $300 a day, a claims history
  box with the earlier Initial Diagnosis claim and its USD 10,000.00 (a decoy), a direct deposit trace number,
  "Revised 11/2024"; "within 180 days of the statement date" (eob).
- faxstd_wife_letter_husband_biopsy_in_first_30_days: a standard-fax letter to the policyholder about her husband
  (suffix 02) with captions "Our file", "Your reference", "Plan code", a policy number with O and S among the
  digits; the biopsy of February 19, 2026 fell on the 19th day after the policy date, so nothing is paid and his
  coverage is voided with a premium refund (a decoy amount); "within 60 days of the date of this letter" to an
  appeals P.O. box (not_covered).
- clean_family_statement_daughters_mole_excision_not_cancer: a family claim statement with many narrow columns
  (person, suffix, claim no., date "02APR26", benefit, provider, charges, schedule amount, paid, code): the
  father's three chemotherapy days and the mother's screening paid, only the daughter's excision of an atypical
  mole refused under code D4, explained in a legend (the cells had not become cancer as the policy describes it);
  "within 90 days of the statement date" (not_covered).
- photocopy_daughter_representative_chemo_days_lookback_two_pages: a photocopied two-page letter to the daughter
  named as authorized representative: the mother's three chemotherapy days ("the 4th of March 2026" ...) at an
  infusion center, the referring family doctor and the treating oncologist both named, the charges in words and
  figures, the visits of October 2025 inside the 12 months before the policy date; the claim number printed
  "CL-2603-..." in the box and without dashes in the page 2 footer; "within 90 days from the date of this letter"
  (not_covered).
- phone_es_polipo_con_displasia_no_es_cancer_segun_la_poliza: a photographed Spanish letter: a colon polyp with
  high-grade dysplasia removed on "10 de marzo de 2026" does not meet the policy's description of cancer; the
  policy number with its suffix "-01", the charges as "3.412,00" in the table and in figures and Spanish words in
  the text; "dentro de los 60 días siguientes a la fecha de esta carta" (not_covered).
- rotated_appeal_decision_in_situ_quarter_benefit_upheld: an appeal decision fed turned, a key/value box with
  "Matter no.", "Contract", "Claim", "Your reference"; the lumpectomy of "Mar. 11, '26" showed a cancer confined to
  the ducts, so a quarter of the $10,000.00 was paid and the other $7,500.00 stays unpaid; final, no further
  appeal in the company (no appeal deadline; not_covered).
- lowres_stack_hospital_stay_claim_sent_late_blank_then_lapse_letter_page2_upside_down: a 150 dpi stack: a letter
  refusing the hospital confinement benefit for a stay "2026-01-12" to "2026-01-16" at a medical center's
  department of surgical oncology because the claim came 136 days after discharge with no reason given, a "THIS IS
  NOT A BILL" band ("within 60 days of the date of this letter"; timely_filing); a blank separator; then a two-page
  letter refusing fifteen radiation days in April because the policy lapsed when the March premium was not paid
  by the end of the grace period, page 2 (upside down) holding the days "Mon 04/06/26" ... and a reinstatement
  slip whose "send by July 15, 2026" is not the appeal deadline ("within 60 days of the date of this letter";
  eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkc import (EGSheet, apos, compact, es_amt, es_date, es_words, grouped, iso, kin, long, n2,
                               ord_of, people, phone, plus, slash, toll, usd_code, words, yy)
from public_kit import digits, m2, out, truth

FAMILY = "supplemental_cancer_fixed_benefit_policy_lump_sum_treatment_days_lookback_waiting_period_and_definition_refusals"
LANG = "en"
SEED = 355062
INS = "Quillan Ridge Life Insurance Company"
ALT = ["Quillan Ridge Life", "Quillan Ridge", "Quillan Ridge Life Insurance Co."]
POLICY = "Lump Sum Cancer & Treatment Benefit Policy"
FORM = "QRL-LSC-21"
CLAIMS = ["Claims Service Center", "P.O. Box 60917", "Sioux City, IA 51102-0917"]
APPEALS = ["Appeals Unit", "P.O. Box 60931", "Sioux City, IA 51102-0931"]
HALBERD = "Halberd Valley Medical Center"
MILLRACE = "Millrace Urology Associates"
KESTREL = "Kestrel Point Oncology"
FOXGLOVE = "Foxglove Dermatology"
TAMARIND = "Tamarind Grove Infusion Center"
VALLE = "Centro de Endoscopia Valle Ancho"
LARCH = "Larchmere Breast Center"
SABLE = "Sable Creek Cancer Institute"


def policy_no(rng, sizes=(3, 4, 3)) -> tuple[str, str]:
    """(as the truth writes it, as printed in groups): QR + eight characters, two of them letters like digits."""
    swap = {"0": "O", "1": "I", "5": "S", "8": "B"}
    chars = list(digits(rng, 8))
    places = list(range(1, 8))
    rng.shuffle(places)
    for i in places[:2]:
        chars[i] = swap[rng.choice(list(swap))]
    s = "QR" + "".join(chars)
    return s, grouped(s, list(sizes))


def claim_no(rng, tag: str) -> str:
    return f"C26-{digits(rng, 5)}-{tag}"


def _head(p: EGSheet, rng, es: bool = False):
    tag = ("Protección complementaria contra el cáncer" if es else "Supplemental cancer protection for households")
    p.spaced_head("Quillan Ridge Life", tag, [INS, *CLAIMS[1:], f"{'Servicio' if es else 'Claims'} {toll(rng, '888')}",
                                              f"Fax {phone(rng, '712')}  \u00b7  TTY 711"])


def _addr(rng, town: str | None = None) -> list[str]:
    town = town or rng.choice(["Council Bluffs, IA 51501", "Norfolk, NE 68701", "Mankato, MN 56001",
                               "Yankton, SD 57078", "Fort Dodge, IA 50501", "Grand Island, NE 68801"])
    street = rng.choice(["Larkin St", "W Benton Ave", "Prairie Rose Ct", "N 13th St", "Sumac Dr", "Old Depot Rd"])
    return [f"{rng.randint(105, 4870)} {street}", town]


def weekdays(a: dt.date, b: dt.date) -> list[dt.date]:
    out_ = []
    d = a
    while d <= b:
        if d.weekday() < 5:
            out_.append(d)
        d += dt.timedelta(days=1)
    return out_


# --- 1. benefits paid, radiation days, values over captions (born digital; denies nothing) -------------------------
def bd_paid(rng):
    insured, onc = people(rng, 2, sex="M.")
    pol, pol_p = policy_no(rng)
    sd = dt.date(2026, 4, 2)
    a, b = dt.date(2026, 3, 2), dt.date(2026, 3, 20)
    days = weekdays(a, b)
    per = 1187.00
    clm = claim_no(rng, "R")
    p = EGSheet(footer="Page {n} of {nb}", footer_left="QRL-EOB-4   Revised 11/2024",
                top=f"{insured}  \u00b7  Policy {pol_p}  \u00b7  Statement {slash(sd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(W, 7, "Explanation of Benefits Paid", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [insured, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.under([(slash(sd), "Statement date"), (pol_p, "Policy no."), ("01", "Suffix"), ("LSC-10", "Plan code"),
             (clm, "Claim no.")], widths=[W * 0.2, W * 0.24, W * 0.1, W * 0.16, W * 0.3], size=10, cap=6.6)
    p.under([(insured, "Insured person"), (f"{HALBERD}, Department of Radiation Oncology", "Where treated")],
            widths=[W * 0.32, W * 0.68], size=10, cap=6.6)
    p.para(f"Treatment period 03/02/2026 \u2013 03/20/2026. Treating physician: Dr. {onc}. The Radiation Therapy "
           f"Benefit of your plan pays $300.00 for each day on which radiation is given, whatever the provider "
           f"charges.", 9.4)
    head = ["Date", "Treatment", "Provider's charge", "Benefit per day", "Paid"]
    rows = [[compact(d), "External beam radiation, 1 fraction", n2(per), "300.00", "300.00"] for d in days]
    tot = per * len(days)
    rows.append(["", f"{len(days)} days", n2(tot), "", n2(300.0 * len(days))])
    p.table(head, rows, [24, 72, 30, 30, W - 156], size=8.2, row_h=4.6, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    y0 = p.get_y()
    p.kv_box([("Paid to", insured), ("Amount paid", usd_code(300.0 * len(days))),
              ("Direct deposit trace", f"0{digits(rng, 9)}"), ("Deposited", slash(plus(sd, 1)))], cap_w=38,
             size=8.8, h=5.6, w=W * 0.5)
    yk = p.get_y()
    p.set_xy(p.l_margin + W * 0.54, y0)
    p.history_box("Claims history on this policy", ["Claim no.", "Benefit", "Paid"],
                  [[claim_no(rng, "D"), "Initial Diagnosis 01/22/26", "USD 10,000.00"]], [24, 36, W * 0.46 - 60],
                  x=p.l_margin + W * 0.54, size=7.4)
    p.set_y(max(p.get_y(), yk))
    p.para("Your plan pays the benefit to you, not to the provider. The provider's charges are shown only so that "
           "you can match this statement with your bills; what you owe the provider is between you and the "
           "provider.", 9.0)
    p.para("If you disagree with how this claim was paid, write to us within 180 days of the statement date at "
           "Appeals Unit, P.O. Box 60931, Sioux City, IA 51102-0931.", 9.0)
    t = truth("eob", None, insurer=INS, plan_id="LSC-10", member_id=pol, member_name=insured, cases=[clm],
              claim_amount=m2(tot), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=sd.isoformat(),
              provider=HALBERD, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [f"{pol}-01"],
                          "provider": [f"{HALBERD}, Department of Radiation Oncology", f"Dr. {onc}", onc],
                          "service_dates": [[d.isoformat() for d in days]], "claim_amount": ["4500.00"],
                          "appeal_deadline": [None]})
    return out(p), t


# --- 2. letter to the wife about the husband's biopsy in the first 30 days (standard fax) --------------------------
def fax_waiting(rng):
    wife, husband_first, uro = people(rng, 3, sex="FM.")
    husband = kin(husband_first, wife)
    pol, pol_p = policy_no(rng)
    ld = dt.date(2026, 5, 6)
    pdate = dt.date(2026, 2, 1)
    biopsy = dt.date(2026, 2, 19)
    ours = f"QF-26-{digits(rng, 5)}"
    charges = 2864.00
    p = EGSheet(footer="Page {n} of {nb}", footer_left="QRL-L30   Revised 11/2024",
                fax_hdr=f"MAY-06-2026 14:12  FROM: QUILLAN RIDGE CLAIMS  712 555 {digits(rng, 4)}   P.{{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(long(ld), 10.5)
    p.ln(3)
    for ln in [wife, *_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.beside([[("Our file", ours), ("Your reference", "claim form of 03/30/2026")],
              [("Policy no.", pol_p), ("Plan code", "LSC-10")],
              [("Insured", f"{husband} (02)"), ("Policy date", slash(pdate))]], cap_w=22, size=9.4)
    p.para(f"Dear Mrs. {wife.split()[-1]}:", 10.5)
    p.para(f"You sent us a claim for the Initial Diagnosis Benefit and the surgery benefit for your husband, "
           f"{husband}, after his prostate biopsy at {MILLRACE} by Dr. {uro}. The claim shows charges of "
           f"$2,864.00 and asks for $10,360.00 in benefits. We are sorry to tell you that we cannot pay it.", 10.5)
    p.para(f"Your policy began on {long(pdate)}. The pathology report says the tissue was taken on "
           f"{long(biopsy)}, so the cancer was found on the 19th day of the policy. The policy does not pay for a "
           f"cancer found before it has been in force for 30 days, and in that case it treats the cover for that "
           f"person as if it had never started. Mr. {husband.split()[-1]}'s part of the policy has therefore been "
           f"ended from {long(pdate)}, and the $86.40 you paid for him will come back to you by separate check. "
           f"Your own cover and the rest of the policy stay as they are.", 10.5)
    p.para("If you disagree, you may ask for a review. Send your request within 60 days of the date of this letter, "
           "with anything you want us to consider, to:", 10.5)
    for ln in APPEALS:
        p.line(ln, 10.5)
    p.ln(2)
    p.para("Sincerely,\n\nClaims Service Center", 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id="LSC-10", member_id=pol, member_name=husband,
              cases=[ours], claim_amount=m2(charges), service_dates=[biopsy.isoformat()], denial_date=ld.isoformat(),
              provider=MILLRACE, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [f"{pol}-02"], "provider": [f"Dr. {uro}", uro],
                          "claim_amount": ["10360.00"]},
              denial_alternates=["eligibility"])
    return out(p), t


# --- 3. family statement, only the daughter's mole excision refused (clean scan) -----------------------------------
def clean_family(rng):
    father, mother_first, girl_first, onc = people(rng, 4, sex="MFF.")
    mother, girl = kin(mother_first, father), kin(girl_first, father)
    pol, pol_p = policy_no(rng)
    sd = dt.date(2026, 5, 6)
    exc = dt.date(2026, 4, 2)
    c_f, c_m, c_g = claim_no(rng, "C"), claim_no(rng, "S"), claim_no(rng, "X")
    p = EGSheet(footer="Page {n} of {nb}", footer_left="QRL-FCS-2   Revised 11/2024")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(W, 7, "Claim Statement \u2014 Family Coverage", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    for ln in [father, *_addr(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.kv_box([("Statement date", iso(sd)), ("Policy no.", pol_p), ("Plan code", "LSC-5"),
              ("Policyholder", father)], cap_w=30, size=8.8, h=5.6, w=W * 0.5, x=p.l_margin + W * 0.5)
    p.para(f"Suffix 01 is {father}, 02 is {mother} and 03 is {girl}. Benefits are paid to the policyholder.", 9.0)
    head = ["Person", "Suf-\nfix", "Claim no.", "Date", "Benefit", "Provider", "Charges", "Sched-\nule", "Paid",
            "Code"]
    widths = [30, 9, 24, 16, 30, 25, 17, 13, 14, W - 178]
    chemo = [dt.date(2026, 4, 6), dt.date(2026, 4, 13), dt.date(2026, 4, 20)]
    rows = [[father, "01", c_f, compact(d), "Chemotherapy, per day", KESTREL, "4,212.00", "250.00", "250.00", "PD"]
            for d in chemo]
    rows.append([mother, "02", c_m, compact(dt.date(2026, 4, 14)), "Screening test (mammogram)",
                 "Prairie Lantern Imaging", "310.00", "75.00", "75.00", "PD"])
    rows.append([girl, "03", c_g, compact(exc), "Surgery, excision of skin lesion, back", FOXGLOVE, "684.00",
                 "150.00", "0.00", "D4"])
    rows.append(["Totals", "", "", "", "", "", "13,630.00", "", "1,075.00", ""])
    p.wrap_table(head, rows, widths, size=7.4, aligns=["L", "C", "L", "L", "L", "L", "R", "R", "R", "C"],
                 bold_rows={len(rows) - 1}, marks={4: "\u25b6"})
    p.bar("Codes", size=9.2)
    p.reasons([("PD", "Paid at the fixed amount in your plan's schedule."),
               ("D4", f"Not paid. The laboratory's report on the skin {FOXGLOVE} removed from "
                      f"{girl.split()[0]}'s back on 04/02/2026 describes a mole with unusual (atypical) cells, which had not become cancer. "
                      f"The policy pays when a pathologist finds malignant cells that have grown into the tissue "
                      f"around them (Part 1 of the policy). What was removed does not meet that description, so "
                      f"the surgery schedule does not apply.")], size=8.8)
    p.para("The amounts paid on this statement were sent to the policyholder by check no. "
           f"{digits(rng, 7)}. If you think a line on this statement is wrong, write to us within 90 days of the "
           "statement date. Send your letter to Appeals Unit, P.O. Box 60931, Sioux City, IA 51102-0931.", 9.0)
    t = truth("eob", "not_covered", insurer=INS, plan_id="LSC-5", member_id=pol, member_name=girl, cases=[c_g],
              claim_amount="684.00", service_dates=[exc.isoformat()], denial_date=sd.isoformat(), provider=FOXGLOVE,
              appeal_deadline=plus(sd, 90).isoformat(),
              alternates={"insurer": ALT, "member_id": [f"{pol}-03"], "claim_amount": ["150.00"]})
    return out(p), t


# --- 4. two-page letter to the daughter as representative: look-back (photocopy) ------------------------------------
def photocopy_lookback(rng):
    daughter, mother_first, pcp, onc = people(rng, 4, sex="FF..")
    mother = kin(mother_first, daughter)
    pol, pol_p = policy_no(rng, (3, 3, 4))
    ld = dt.date(2026, 4, 22)
    pdate = dt.date(2026, 1, 1)
    days = [dt.date(2026, 3, 4), dt.date(2026, 3, 18), dt.date(2026, 4, 1)]
    charges = [7410.00, 7604.00, 7604.00]
    tot = sum(charges)
    mid = digits(rng, 5)
    cl = f"CL-2603-{mid}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="QRL-L12   Revised 11/2024")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(long(ld), 10.5)
    p.ln(3)
    for ln in [daughter, f"Authorized representative for {mother}", *_addr(rng)]:
        p.line(ln, 10.2)
    p.ln(3)
    p.kv_box([("Claim No.", cl), ("Insured", mother), ("Policy no.", pol_p), ("Plan code", "LSC-10"),
              ("Policy date", long(pdate))], cap_w=36, size=9.4, h=6.0, w=(p.w - 36) * 0.62)
    p.para(f"Dear Ms. {daughter.split()[-1]}:", 10.2)
    p.para(f"Thank you for sending the claim for your mother's chemotherapy at {TAMARIND} on {ord_of(days[0])}, "
           f"{ord_of(days[1])} and {ord_of(days[2])}. Dr. {onc}, her oncologist, ordered the treatment after Dr. "
           f"{pcp}, her family doctor, sent her for tests. The center billed {words(tot)} (${n2(tot)}) for the "
           f"three days, and the claim asks for the Chemotherapy Benefit of $300.00 a day.", 10.2)
    p.para(f"To decide the claim we asked Dr. {pcp.split()[-1]}'s office for its records. They show that your "
           f"mother was seen there on October 14, 2025 for a lump in her left breast, and that a mammogram was "
           f"done on October 21, 2025. Both visits were in the 12 months before her policy began on "
           f"{long(pdate)}. The cancer now being treated is the one those visits were about.", 10.2)
    p.para("When care was sought for a condition in the 12 months before the policy date, the policy does not pay "
           "benefits for that condition until the policy has been in force for 12 months. For your mother that "
           "will be January 1, 2027. The chemotherapy days in this claim came before that, so we cannot pay them. "
           "Treatment on or after January 1, 2027 can be paid under the policy's terms.", 10.2)
    p.para("The days, the charges and what you can do are on page 2.", 10.2)
    p.add_page()
    p.bar("The days in this claim", size=9.6)
    p.table(["Date", "Provider", "Charges", "Benefit asked", "Paid"],
            [[slash(d), TAMARIND, n2(c), "300.00", "0.00"] for d, c in zip(days, charges)] +
            [["", "Total", n2(tot), "900.00", "0.00"]], [26, 74, 26, 26, p.w - 36 - 152], size=9,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.bar("If you disagree", size=9.6)
    p.para("You may ask us to review this decision. Write to us within 90 days from the date of this letter (April "
           "22, 2026). Tell us why you disagree and send anything that shows the October 2025 visits were about "
           "something else. Send it to:", 10)
    for ln in APPEALS:
        p.line(ln, 10)
    p.ln(2)
    p.para("You may ask for free copies of the records and policy pages we used. Because you are acting for your "
           "mother, we will keep writing to you at the address on page 1 unless she tells us otherwise.", 10)
    p.para("Sincerely,\n\nClaims Service Center", 10)
    p.set_y(p.h - 30)
    p.f(8)
    p.cell(0, 4, f"Claim CL2603{mid}  \u00b7  {mother}  \u00b7  page 2", align="R")
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id="LSC-10", member_id=pol, member_name=mother,
              cases=[cl], claim_amount=m2(tot), service_dates=[d.isoformat() for d in days],
              denial_date=ld.isoformat(), provider=TAMARIND, appeal_deadline=plus(ld, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {onc}", onc], "claim_amount": ["900.00"],
                          "case_numbers": [[f"CL2603{mid}"], [cl, f"CL2603{mid}"]]},
              denial_alternates=["eligibility"])
    return out(p), t


# --- 5. Spanish letter: polyp with dysplasia is not cancer as the policy says (phone photo) -------------------------
def phone_es(rng):
    insured, doc = people(rng, 2, es=True, sex="MM")
    pol, pol_p = policy_no(rng)
    ld = dt.date(2026, 5, 18)
    proc = dt.date(2026, 3, 10)
    clm = claim_no(rng, "E")
    amt = 3412.00
    p = EGSheet(footer=None, footer_left="QRL-L40S   Revisado 11/2024")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, es=True)
    p.line(es_date(ld), 10.5)
    p.ln(3)
    for ln in [insured, *_addr(rng, "Denison, IA 51442")]:
        p.line(ln, 10.5)
    p.ln(3)
    p.hang([("Póliza n.º", f"{pol_p}-01"), ("Código del plan", "LSC-5"), ("Reclamación n.º", clm)], cap_w=40,
           size=10.4, cap=7.2)
    p.para(f"Estimado Sr. {insured.split()[-1]}:", 10.5)
    p.para(f"Recibimos su solicitud del beneficio por diagnóstico inicial y del beneficio de cirugía por la "
           f"colonoscopia que le hizo el Dr. {doc} en el {VALLE} el {es_date(proc)}. El centro cobró $3,412.00 "
           f"({es_words(amt)}). Sentimos decirle que la póliza no paga estos beneficios.", 10.5)
    p.para("El informe de patología dice que el pólipo que se le quitó tenía displasia de alto grado: células que "
           "han cambiado, pero que no han pasado a la capa de tejido que está debajo. La póliza paga cuando un "
           "patólogo encuentra células malignas que ya han invadido el tejido que las rodea (Parte 1 de la póliza). "
           "Lo que se encontró no llega a eso, y la póliza deja fuera, de forma expresa, los pólipos y la "
           "displasia. Nos alegra que el resultado haya sido ese.", 10.5)
    p.table(["Fecha", "Servicio", "Cargos", "Beneficio pagado"],
            [[es_date(proc), "Colonoscopia con extirpación de pólipo", es_amt(amt), "0,00"]], [40, 76, 28, 30],
            size=9)
    p.para("Si no está de acuerdo, puede pedir una revisión dentro de los 60 días siguientes a la fecha de esta "
           "carta. Escriba a Appeals Unit, P.O. Box 60931, Sioux City, IA 51102-0931, o llame al número de arriba. "
           "Puede enviarnos cualquier informe médico que quiera que tomemos en cuenta.", 10.5)
    p.para("Atentamente,\n\nCentro de Servicio de Reclamaciones", 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id="LSC-5", member_id=f"{pol}-01",
              member_name=insured, cases=[clm], claim_amount=m2(amt), service_dates=[proc.isoformat()],
              denial_date=ld.isoformat(), provider=VALLE, appeal_deadline=plus(ld, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [pol], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


# --- 6. appeal decision: in situ, a quarter paid, the rest stays unpaid (rotated) ----------------------------------
def rotated_appeal(rng):
    insured, surgeon, chair = people(rng, 3, sex="F..")
    pol, pol_p = policy_no(rng, (4, 3, 3))
    dd = dt.date(2026, 6, 9)
    surg = dt.date(2026, 3, 11)
    paid = dt.date(2026, 3, 24)
    clm = claim_no(rng, "M")
    matter = f"AP-26-{digits(rng, 5)}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="QRL-APD   Revised 11/2024")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(long(dd), 10.5)
    p.ln(3)
    for ln in [insured, *_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.kv_box([("Matter no.", matter), ("Contract", pol_p), ("Plan code", "LSC-10"), ("Claim", clm),
              ("Your reference", "your letter of April 27, 2026"), ("Decided by", "Appeals Committee")],
             cap_w=40, size=9.4, h=6.2, title="Appeal decision")
    p.para(f"Dear {insured}:", 10.5)
    p.para(f"On {long(paid)} we paid you $2,500.00, one quarter of your $10,000.00 Initial Diagnosis Benefit, after "
           f"Dr. {surgeon} removed a breast tumor at {LARCH} on {apos(surg)}. In your letter you asked us to pay the "
           f"other $7,500.00, because your doctor told you it was cancer and you needed the same surgery anyone "
           f"with cancer would have.", 10.5)
    p.para(f"The Appeals Committee, chaired by {chair}, read your letter, Dr. {surgeon.split()[-1]}'s notes and the "
           f"pathology report of the tissue removed on March 11, 2026. The report finds cancer cells that are still "
           f"inside the milk ducts, where they began, and have not grown into the breast tissue around them. Your "
           f"policy pays one quarter of the Initial Diagnosis Benefit for a cancer of this kind, and the full "
           f"amount only once cancer cells have grown beyond the place where they started. The Committee agreed "
           f"that the $2,500.00 we paid is what the policy provides, and that the other $7,500.00 cannot be paid.",
           10.5)
    p.para("If a later report shows that the cancer has spread beyond the ducts, send it to us; the rest of the "
           "benefit would then be paid.", 10.5)
    p.para("This is the company's final decision on your appeal; there is no further review within Quillan Ridge "
           "Life. If you have concerns about how we handled your claim, you may contact the insurance department "
           "of your state.", 10.5)
    p.para("Sincerely,\n\nAppeals Unit", 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id="LSC-10", member_id=pol, member_name=insured,
              cases=[matter, clm], claim_amount="7500.00", service_dates=[surg.isoformat()],
              denial_date=dd.isoformat(), provider=LARCH,
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}", surgeon], "claim_amount": ["10000.00"],
                          "case_numbers": [[matter], [clm]]},
              denial_alternates=["other"])
    return out(p), t


# --- 7/8. 150 dpi stack: hospital stay claim sent late; blank; lapse letter with page 2 upside down ----------------
def lowres_stack(rng):
    insured, surgeon = people(rng, 2, sex="F.")
    pol, pol_p = policy_no(rng)
    ld = dt.date(2026, 6, 22)
    adm, dis = dt.date(2026, 1, 12), dt.date(2026, 1, 16)
    got = dt.date(2026, 6, 1)
    clm = claim_no(rng, "H")
    charges = 14306.25
    a = EGSheet(footer="Page {n} of {nb}", footer_left="QRL-L90   Revised 11/2024")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng)
    a.line(iso(ld), 10.5)
    a.ln(3)
    for ln in [insured, *_addr(rng)]:
        a.line(ln, 10.5)
    a.ln(3)
    a.pairs([("Claim no.", clm), ("Policy no.", pol_p), ("Plan code", "LSC-10"), ("Claim received", iso(got))],
            label_w=34, size=10.2, h=5.8)
    a.ln(2)
    a.para(f"Dear {insured}:", 10.5)
    a.para(f"We received your claim for the Hospital Confinement Benefit on {iso(got)}. It is for your stay at "
           f"{HALBERD}, Department of Surgical Oncology, from {iso(adm)} to {iso(dis)}, after surgery by Dr. "
           f"{surgeon}. The hospital's itemized bill with the claim shows charges of {usd_code(charges)}; the "
           f"benefit for five days would be $1,000.00.", 10.5)
    a.para("Your policy asks for written proof of a loss within 90 days after it happens. A claim that comes later "
           "is still accepted when it could not reasonably have been sent sooner. Your claim reached us 136 days "
           "after you left the hospital. On June 3, 2026 we wrote to ask what had kept it from being sent sooner, "
           "and we have had no answer. For that reason we cannot pay this claim.", 10.5)
    a.not_bill("THIS IS NOT A BILL \u2014 do not pay. Amount you owe Quillan Ridge Life:", "$0.00")
    a.para("If there was a reason the claim could not be sent within 90 days, such as a further stay in the "
           "hospital, tell us. Write within 60 days of the date of this letter to Appeals Unit, P.O. Box 60931, "
           "Sioux City, IA 51102-0931, and send papers that show it.", 10.5)
    a.para("Claims Service Center", 10.5)
    t1 = truth("denial_letter", "timely_filing", insurer=INS, plan_id="LSC-10", member_id=pol, member_name=insured,
               cases=[clm], claim_amount=m2(charges), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
               denial_date=ld.isoformat(), provider=HALBERD, appeal_deadline=plus(ld, 60).isoformat(),
               alternates={"insurer": ALT, "claim_amount": ["1000.00"],
                           "provider": [f"{HALBERD}, Department of Surgical Oncology", f"Dr. {surgeon}", surgeon]})

    holder, rad = people(rng, 2, sex="M.")
    pol2, pol2_p = policy_no(rng, (3, 4, 3))
    ld2 = dt.date(2026, 5, 15)
    due, grace_end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    r0, r1 = dt.date(2026, 4, 6), dt.date(2026, 4, 24)
    days = weekdays(r0, r1)
    per = 1022.00
    tot = per * len(days)
    clm2 = claim_no(rng, "R")
    b = EGSheet(footer="Page {n} of {nb}", footer_left="QRL-LPS   Revised 11/2024",
                top=f"{holder}  \u00b7  Policy {pol2_p}  \u00b7  Claim {clm2}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng)
    b.line(long(ld2), 10.5)
    b.ln(3)
    for ln in [holder, *_addr(rng)]:
        b.line(ln, 10.5)
    b.ln(3)
    b.capcells([("Policy no.", pol2_p, 48, "A"), ("Contract", FORM, 34, "A"), ("Plan code", "LSC-10", 26, "A"),
                ("Claim", clm2, 40, "A"), ("Premium", "$58.70 monthly", b.w - 36 - 148, "A")], size=9.2)
    b.para(f"Dear Mr. {holder.split()[-1]}:", 10.5)
    b.para(f"You sent us a claim for radiation therapy at {SABLE} from April 6 through April 24, 2026, given by Dr. "
           f"{rad}. The center's charges for the {len(days)} days come to ${n2(tot)}, and the claim asks for $300.00 "
           f"a day. We cannot pay it.", 10.5)
    b.para(f"The premium due on {long(due)} was not paid. The policy gives 31 days after a due date to pay, and we "
           f"sent you a reminder on March 16. When no payment had come by the end of {long(grace_end)}, the policy "
           f"ended at the end of that day. The radiation days in your claim came after the policy had ended, so there "
           f"was no cover for them.", 10.5)
    b.para("If you believe the premium was paid in time, for example by a bank payment we have not matched, send us "
           "proof within 60 days of the date of this letter. If we find the payment, we will put the policy back as "
           "it was and pay the claim.", 10.5)
    b.para("The days in the claim and a form to ask for the policy to be reinstated are on page 2.", 10.5)
    b.add_page()
    b.bar("The days in this claim", size=9.6)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "Service", "Charges", "Benefit asked", "Paid"],
            [[f"{d.strftime('%a')} {yy(d)}", "Radiation treatment", n2(per), "300.00", "0.00"] for d in days] +
            [["", "Total", n2(tot), n2(300.0 * len(days)), "0.00"]], [26, 66, 28, 30, W - 150], size=8.4,
            row_h=4.4, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    b.para("Reinstatement does not bring back cover for the time the policy was not in force. A reinstated policy "
           "pays for a cancer diagnosed more than 10 days after the reinstatement date; it would not pay for the "
           "April days above.", 9.4)
    b.tear_slip("Application to reinstate your policy",
                [("Policy no.", pol2_p, 44), ("Contract", FORM, 32), ("Plan code", "LSC-10", 26),
                 ("Claim", clm2, 40), ("Amount to send", "$117.40", W - 142)],
                [f"Send this slip with two months' premium, $117.40, so that it reaches us by July 15, 2026.",
                 "Premium Services, P.O. Box 60944, Sioux City, IA 51102-0944",
                 "Signature of policyholder ______________________________   Date _______________"])
    t2 = truth("denial_letter", "eligibility", insurer=INS, plan_id="LSC-10", member_id=pol2, member_name=holder,
               cases=[clm2], claim_amount=m2(tot), service_dates=[f"{r0.isoformat()}/{r1.isoformat()}"],
               denial_date=ld2.isoformat(), provider=SABLE, appeal_deadline=plus(ld2, 60).isoformat(),
               alternates={"insurer": ALT, "claim_amount": [n2(300.0 * len(days)).replace(",", "")],
                           "provider": [f"Dr. {rad}", rad], "service_dates": [[d.isoformat() for d in days]]},
               denial_alternates=["not_covered"])
    return [(out(a), t1), (out(b), t2)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_benefits_paid_radiation_days_values_over_captions", "born_digital", [bd_paid(rng)]),
        Item(F + "faxstd_wife_letter_husband_biopsy_in_first_30_days", "fax_standard_g4", [fax_waiting(rng)]),
        Item(F + "clean_family_statement_daughters_mole_excision_not_cancer", "scan_clean_300", [clean_family(rng)]),
        Item(F + "photocopy_daughter_representative_chemo_days_lookback_two_pages", "photocopy",
             [photocopy_lookback(rng)]),
        Item(F + "phone_es_polipo_con_displasia_no_es_cancer_segun_la_poliza", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_appeal_decision_in_situ_quarter_benefit_upheld", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_stack_hospital_stay_claim_sent_late_blank_then_lapse_letter_page2_upside_down",
             "scan_lowres_150", lowres_stack(rng), separators=["blank", None], turns={(1, 1): 180}),
    ]
