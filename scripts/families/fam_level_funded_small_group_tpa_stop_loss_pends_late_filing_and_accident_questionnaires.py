"""An invented level-funded small-group health plan, the Fallowmere Precision Castings Employee Health Plan, run by
an invented third-party administrator, Tressider Benefit Administrators, Inc. (the letterhead issuer of every paper),
with an invented stop-loss carrier, Ambervale Reinsurance Life Company, and an invented precertification vendor,
Sentrel Care Review: member statements, letters to members and providers, a provider remittance, a pend notice, an
appeal decision. The plan's rules are invented: claims must reach the administrator within 90 days after the date
of service; an injury claim waits for the member's accident questionnaire; inpatient claims above a large-claim
review point are sent to the stop-loss carrier before payment (a pend, not a denial); advanced imaging needs
precertification; 20 therapy visits a calendar year; dependents to the end of the month they turn 26; appeals within
180 days, a second level within 60 days. Every person, provider, number, address and limit is invented; phones use
555. CPT codes appear as themselves. No heading names the kind of denial; each reason is put in plain words.

Truth conventions: insurer = Tressider Benefit Administrators (the plan's name accepted); the member number as
printed (its O / I / S / B / G kept, grouping spaces dropped, the dependent's suffix kept; the subscriber's number
accepted on dependents' papers); Medicare and Medicaid numbers, the stop-loss contract, the employer's own
reference and call or fax numbers are decoys. Case numbers: the claim and appeal numbers.

Documents (8 in 7 files):
- bd_member_statement_urgent_care_claim_past_90_day_filing_limit: a born-digital member statement grouped by claim
  (a paid office visit as a decoy, the daughter's urgent care claim refused under code TF9 whose meaning is only in
  the boxed legend at the foot; billed / discount / allowed / not covered / paid / you owe columns; an example member
  number in the boilerplate; "within 180 days after you receive", no countable deadline): eob / timely_filing.
- scan300_letter_wrist_fracture_claims_accident_questionnaire_not_returned: a two-page letter (a Re: line with
  bullets, the cast day written "the 4th of March 2026", the two mailing dates of the questionnaire and a phone call's
  reference number as decoys, a blank yes/no questionnaire with a "return by" date on page 2): denial_letter / other
  (records not received); "180 days from the date of this letter".
- finefax_pend_notice_hospital_stay_sent_to_stop_loss_carrier: a fine-fax memo to a hospital: a week's stay over the
  month boundary, "$148,906.40", held for the stop-loss carrier (specific deductible, contract no. and an earlier
  emergency claim as decoys), the member number printed "TBA 58I 2047-01 (member no.)" beside a Medicare number
  (other, no denial).
- photocopy_three_page_hand_laceration_work_injury_workers_comp: a photocopied three-page notice: page 1 the letter
  (reason in plain sentences: the returned questionnaire says the cut happened at work), page 2 the claim facts with
  the claim number broken over two lines in a narrow box and two-digit-year dates (the injury date the day before as
  a decoy), page 3 the appeal rights "within 180 days of the date at the top of page 1": denial_letter / other.
- phone_es_carta_hijo_cumplio_26_hospitalizacion_fin_de_cobertura: a photographed Spanish letter: the son's coverage
  ended at the end of the month he turned 26, the stay "del 30 de marzo al 2 de abril de 2026", "8.734,20 $"
  (US$ 8,734.20 in the table), a Medicaid number the hospital noted as a decoy; "dentro de 180 días":
  eligibility.
- lowres_appeal_decision_lumbar_mri_without_precertification_upheld: a 150 dpi two-page appeal decision (a Re: line
  with slashes, the appeal number with an I among its digits, the MRI on "Thursday, February 26, 2026", the billed
  amount in words and figures, a 2024 MRI in passing, external review as a decoy; a second-level appeal "within 60
  days of the date of this decision"): prior_authorization.
- faxstd_stack_cover_remittance_therapy_visits_over_limit_sideways_then_reprocessed_claim_paid: the administrator's
  own fax cover ("4 pages including this cover"), a two-page provider remittance (another patient's paid claim as a
  decoy, four therapy visits each on its own row refused under code VL2 explained only on page 2, which is fed
  sideways; "within 180 days of the payment date"): eob / not_covered; then a letter that a held claim was
  reprocessed and paid once the questionnaire came back (other, no denial).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famid import (EESheet, address, dob, es_after, es_date, es_num, es_span, es_usd, in_words, mbi,
                               n2, odd_in, ord_date, people, phone, split_name, usd, workday, yy)
from public_kit import Page, digits, fdate, m2, out, plus, truth

FAMILY = "level_funded_small_group_tpa_stop_loss_pends_late_filing_and_accident_questionnaires"
LANG = "en"
SEED = 355043
TPA = "Tressider Benefit Administrators, Inc."
PLAN = "Fallowmere Precision Castings Employee Health Plan"
ALT = ["Tressider Benefit Administrators", "Tressider", PLAN]
SL = "Ambervale Reinsurance Life Company"
UR = "Sentrel Care Review"
GRP = "FPC-20417"


def _head(p, rng, unit="Claims Services", box=None):
    p.head(TPA, "TBA", [f"Administrator for the {PLAN}",
                        f"{unit}  |  PO Box {rng.randint(3100, 3999)}, Boise, ID 83707  |  Members 1-877-555-"
                        f"{digits(rng, 4)}  |  Providers 1-877-555-{digits(rng, 4)}"], box=box, size=12.5)


def mid(rng, odd=None):
    """TBA and seven characters (one may be a letter a reader takes for a digit); the person suffix is added."""
    return "TBA" + odd_in(digits(rng, 7), odd, rng)


def spaced(m):
    """TBA 58I 2047-01"""
    return f"{m[:3]} {m[3:6]} {m[6:]}"


def claim_no(rng):
    return "26" + digits(rng, 9)


def claim_grouped(c):
    """26 0331 74418"""
    return f"{c[:2]} {c[2:6]} {c[6:]}"


# --- I1: member statement, claim past the filing limit ----------------------------------------------------------
def bd_statement(rng):
    sub, kid, np_ = people(rng, 3)
    daughter = f"{kid.split()[0]} {kid.split()[1]} {sub.split()[-1]}"
    base = mid(rng)
    sd = workday(dt.date(2026, 4, rng.randint(28, 30)))
    c1, c2, c3 = claim_no(rng), claim_no(rng), claim_no(rng)
    fam = "Yakima Foothills Family Medicine"
    uc = "Aspen Crook Urgent Care"
    lab = "Cascade Basin Laboratory"
    v1 = dt.date(2026, 4, 2)
    uc_d = dt.date(2026, 1, 9)
    rcv = dt.date(2026, 4, rng.randint(20, 23))
    W = 279.4 - 24
    p = EESheet(footer="Page {n} of {nb}", footer_left="Tressider member statement  |  THIS IS NOT A BILL")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="Member statement")
    p.hung([(sub, "Employee", 56), (f"{base}-01", "Employee member no.", 42), (GRP, "Group", 30),
            ("Level-funded PPO 2500", "Plan option", 50), (fdate(sd, "long"), "Statement date", 36),
            (f"ST-{digits(rng, 8)}", "Statement no.", W - 212)], size=9.0)
    p.para(f"Claims we finished for you and your family since your last statement. Each member has his or her own "
           f"number on the card (member numbers look like TBA0000000-00). Claims for **{daughter}** use member no. "
           f"**{base}-02**.", 9.2)
    groups = []
    rows1 = [[yy(v1), "99214 Office visit", n2(245.00), f"({n2(76.60)})", n2(168.40), "0.00", n2(138.40), n2(30.00),
              "CP"],
             [yy(v1), "36415 Blood draw", n2(18.00), f"({n2(6.00)})", n2(12.00), "0.00", n2(12.00), "0.00", "PD"]]
    groups.append({"head": f"Claim {c1}  |  {sub}  |  {fam}", "rows": rows1,
                   "sub": ["", "Claim total", n2(263.00), f"({n2(82.60)})", n2(180.40), "0.00", n2(150.40),
                           n2(30.00), ""]})
    rows2 = [[yy(uc_d), "99204 New patient visit", n2(342.00), "0.00", "0.00", n2(342.00), "0.00", "0.00", "TF9"],
             [yy(uc_d), "87880 Strep test", n2(64.00), "0.00", "0.00", n2(64.00), "0.00", "0.00", "TF9"],
             [yy(uc_d), "J1885 Injection", n2(80.00), "0.00", "0.00", n2(80.00), "0.00", "0.00", "TF9"]]
    uc_billed = 342.00 + 64.00 + 80.00
    groups.append({"head": f"Claim {c2}  |  {daughter}  |  {uc}  |  received {yy(rcv)}", "rows": rows2,
                   "sub": ["", "Claim total", n2(uc_billed), "0.00", "0.00", n2(uc_billed), "0.00", "0.00", ""]})
    rows3 = [[yy(v1), "80053 Metabolic panel", n2(96.00), f"({n2(61.10)})", n2(34.90), "0.00", n2(34.90), "0.00",
              "PD"]]
    groups.append({"head": f"Claim {c3}  |  {sub}  |  {lab}", "rows": rows3,
                   "sub": ["", "Claim total", n2(96.00), f"({n2(61.10)})", n2(34.90), "0.00", n2(34.90), "0.00", ""]})
    tb = 263.00 + uc_billed + 96.00
    p.grouped_ledger(["Date", "Service", "Billed", "Network discount", "Allowed", "Not covered", "Plan paid",
                      "You owe", "Code"], groups, [22, 56, 24, 26, 24, 24, 24, 24, W - 224],
                     ["L", "L", "R", "R", "R", "R", "R", "R", "C"], size=8.0,
                     totals=["TOTALS", "", n2(tb), f"({n2(82.60 + 61.10)})", n2(180.40 + 34.90), n2(uc_billed),
                             n2(150.40 + 34.90), n2(30.00), ""])
    p.legend("What the codes mean", [
        ("PD", "Paid at the network rate."),
        ("CP", "Your office visit copay."),
        ("TF9", f"The claim reached us more than 90 days after the date of service, past the plan's filing limit. "
                f"The plan does not pay it. {uc} is a network provider and may not bill you for it."),
        ("SL4", "Held for review before payment. We will write to you when it is finished."),
        ("AQ1", "Held until we receive the accident questionnaire we sent you."),
        ("DP", "Same service already billed on another claim.")], size=7.8)
    p.para(f"**If you disagree with a decision on this statement**, you may appeal within 180 days after you receive "
           f"it. Write to Appeals at the address above and give the claim number. Nurse line and benefits: call the "
           f"member number. Your care coordinator is {np_}.", 8.6)
    t = truth("eob", "timely_filing", insurer=TPA, group=GRP, member_id=f"{base}-02", member_name=daughter,
              cases=[c2], claim_amount=m2(uc_billed), service_dates=[uc_d.isoformat()], denial_date=sd.isoformat(),
              provider=uc, alternates={"insurer": ALT, "member_id": [f"{base}-01", base]})
    return out(p), t


# --- I2: accident questionnaire not returned ---------------------------------------------------------------------
def scan_questionnaire(rng):
    member, ortho, clerk = people(rng, 3)
    m = mid(rng, "S")
    prov = "Basalt Ridge Orthopedics"
    c1 = claim_no(rng)
    svc = dt.date(2026, 3, 4)
    sent1, sent2 = dt.date(2026, 3, 18), dt.date(2026, 4, 8)
    called = dt.date(2026, 4, 15)
    ld = workday(dt.date(2026, 5, rng.randint(6, 8)))
    due = plus(ld, 180)
    back_by = plus(ld, 30)
    lines = [("25600", "Closed treatment, wrist (radius) fracture", 1186.00), ("73110", "X-ray, wrist, 3 views",
                                                                            214.00),
             ("Q4012", "Cast supplies, short arm", 142.00), ("99204", "New patient visit", 200.00)]
    billed = sum(x[2] for x in lines)
    addr = address(rng)
    p = EESheet(footer="Page {n} of {nb}", footer_left="TBA-AQ-2 (02/26)")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng, unit="Recovery and Coordination")
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [member, *addr]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}  \u2022  member {m}-01  \u2022  claim {c1}  \u2022  group {GRP}", 9.6, gap=3)
    p.para(f"Dear {member.split()[0]} {member.split()[-1]}:", 10)
    p.para(f"{prov} billed the plan for treating your broken wrist on {ord_date(svc)}: the first visit, the "
           f"X-rays and the cast put on by Dr. {ortho}. Before the plan pays for an injury, it needs to know how and "
           "where the injury happened, so that any other coverage, such as auto, homeowner's or workers' "
           "compensation insurance, pays first.", 10)
    p.para(f"We mailed you an accident questionnaire on {fdate(sent1, 'long')} and again on "
           f"{fdate(sent2, 'long')}, and we left you a message on {fdate(called, 'long')} (our call reference "
           f"C-{digits(rng, 5)}). We have not received it, so the plan will not pay these charges now:", 10)
    p.table(["Date of service", "Code", "Service", "Billed"],
            [[fdate(svc, "slash"), c, d, n2(v)] for c, d, v in lines] + [["", "", "Claim total", n2(billed)]],
            [32, 20, 82, 38], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Send us the questionnaire on the next page, filled in and signed, and we will process the claim again. "
           "You do not need to appeal to do that.", 10)
    p.para("If you think we were wrong to stop the claim, you may also ask for an appeal. You have 180 days from the "
           "date of this letter to ask. Write to the Appeals Unit at the address above and tell us why; we decide "
           "appeals within 30 days after we get them.", 10)
    p.para(f"Sincerely,\n{clerk}\nRecovery and Coordination, for the plan administrator", 9.8)
    p.add_page()
    p.f(12, "B")
    p.cell(0, 7, "Accident questionnaire", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.multi_cell(0, 4.2, f"Please return by {fdate(back_by, 'long')}. Answer every question; write N/A if a question "
                 "does not apply.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.capcells([("Patient", member, 70, "A"), ("Member no.", f"{m}-01", 48, "A"), ("Claim", c1, 54, "A")])
    p.yesno([("Did the injury happen at your job or while you were working for pay?", None, ""),
             ("Did the injury involve a car, truck, motorcycle or other motor vehicle?", None, ""),
             ("Did it happen on someone else's property (a store, a neighbor's home)?", None, ""),
             ("Has anyone else been blamed for the injury, or have you talked with a lawyer?", None, ""),
             ("Date the injury happened", "line", "____ / ____ / ______"),
             ("Describe in a few words how it happened", "line", ""),
             ("Where did it happen (home, work, store, road, sports field)?", "line", "")], title="About the injury")
    p.yesno([("Do you have auto insurance with medical payments coverage?", None, ""),
             ("Name of that insurer and its claim number, if any", "line", ""),
             ("Were you seen by a doctor for this injury before the date of service above?", None, "")],
            title="Other coverage")
    p.para("Signature of member ______________________________    Date ______________", 9.6)
    t = truth("denial_letter", "other", insurer=TPA, group=GRP, member_id=f"{m}-01", member_name=member, cases=[c1],
              claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=prov,
              appeal_deadline=due.isoformat(), alternates={"insurer": ALT, "member_id": [m], "provider": [f"Dr. {ortho}"]})
    return out(p), t


# --- I3: pend notice to the hospital (stop-loss) -----------------------------------------------------------------
def finefax_pend(rng):
    member, att, analyst = people(rng, 3)
    m = mid(rng, "I")
    hosp = "Camas Valley Regional Hospital"
    c1, er_c = claim_no(rng), claim_no(rng)
    a, b = dt.date(2026, 3, 28), dt.date(2026, 4, 3)
    rcv = dt.date(2026, 4, 9)
    ld = workday(dt.date(2026, 4, rng.randint(16, 17)))
    expect = plus(ld, 35)
    billed = 148906.40
    sl_ref = f"AVR-N-{digits(rng, 6)}"
    fax = (f"APR-{ld.day:02d}-26 {rng.randint(8, 11)}:{rng.randint(10, 59)}  TRESSIDER BENEFIT ADMIN  "
           f"208-555-{digits(rng, 4)}  >>  CAMAS VALLEY PFS   PAGE {{n}}")
    p = EESheet(footer="Page {n} of {nb}", footer_left="TBA-LCR-1 (01/26)", fax_hdr=fax)
    p.set_margins(17, 13, 17)
    p.add_page()
    _head(p, rng, unit="Large Claim Review")
    p.title_bar("CLAIM STATUS: PENDING REVIEW", "This notice is not a denial and not a request to rebill")
    p.memo([("TO:", f"{hosp}, Patient Financial Services"), ("FROM:", f"{analyst}, large claim analyst"),
            ("DATE:", fdate(ld, "slash")), ("RE:", f"Inpatient claim {claim_grouped(c1)} received {yy(rcv)}")])
    p.para(f"**{spaced(m + '-01')}** (member no.)     **{member}**     Medicare no. {mbi(rng)} (pays second)",
           9.4)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Admitted", fdate(a, "slash"), 36, "B"), ("Discharged", fdate(b, "slash"), 36, "B"),
                ("Total charges", usd(billed), 40, "B"), ("Group", GRP, 32, "B"), ("Attending", att, W - 144, "B")])
    p.para(f"We received the claim for {member}'s stay from {fdate(a, 'long')} to {fdate(b, 'long')}. Its charges "
           f"are above the plan's large-claim review point. Under the plan's stop-loss coverage with {SL} "
           f"(contract AVR-SL-26-{digits(rng, 4)}, specific deductible {usd(40000)}), we must send the itemized "
           "bill and the discharge summary to the carrier before the plan pays a claim of this size.", 9.6)
    p.para(f"Nothing has been paid or refused yet. We sent the file to {SL} on {fdate(plus(rcv, 4), 'long')} "
           f"under its notice number {sl_ref}. We expect to finish the claim by {fdate(expect, 'long')}. Please do not "
           "send the claim again: a second copy would be held as a duplicate and slow the review.", 9.6)
    p.para(f"The emergency department claim for {fdate(plus(a, -1), 'long')} (claim {er_c}) is not part of this "
           "review; it was paid on the remittance of April 10.", 9.6)
    p.para("While the claim is pending, the member may not be billed for more than the deductible and coinsurance "
           "shown on the member's card. If you need the itemized bill returned or have a question about this "
           "notice, call the provider number above and ask for large claim review.", 9.6)
    t = truth("other", None, insurer=TPA, group=GRP, member_id=f"{m}-01", member_name=member, cases=[c1],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(),
              provider=hosp,
              alternates={"insurer": ALT, "member_id": [m], "provider": [att], "case_numbers": [[c1, sl_ref]]},
              type_alternates=["eob"])
    return out(p), t


# --- I4: three pages, work injury --------------------------------------------------------------------------------
def photocopy_work_injury(rng):
    sub, sp, pa, clerk = people(rng, 4)
    spouse = f"{sp.split()[0]} {sp.split()[1]} {sub.split()[-1]}"
    base = mid(rng, "B")
    prov = "Siskin Hollow Medical Group"
    c1 = claim_no(rng)
    inj = dt.date(2026, 4, 5)
    svc = dt.date(2026, 4, 6)
    back = dt.date(2026, 4, 27)
    ld = workday(dt.date(2026, 5, rng.randint(13, 15)))
    lines = [("99214", "Office visit, established patient", 378.00), ("12002", "Repair of cut, 2.6 to 7.5 cm",
                                                                     612.00),
             ("73130", "X-ray, hand, 3 views", 298.50)]
    billed = sum(x[2] for x in lines)
    employer = "Norcrest Cold Storage"
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"TBA-OC-3 (01/26)   claim {c1}",
                strip=f"{spouse}  |  claim {c1}  |  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Recovery and Coordination")
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [spouse, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {spouse.split()[0]} {spouse.split()[-1]}:", 10)
    p.para(f"Thank you for sending back the accident questionnaire about the cut to your left hand. We received it on "
           f"{fdate(back, 'long')}.", 10)
    p.para(f"On the form you wrote that you cut your hand on a pallet strap while you were on shift at {employer}. "
           "An injury that happens while you are working for pay is covered by your employer's workers' "
           "compensation insurance, and this plan does not pay for it. We have therefore refused the claim from "
           f"{prov} for the care you got the next day. The details are on page 2.", 10)
    p.para(f"Please give {prov} your employer's workers' compensation information so that it can bill that "
           "insurer instead. If the workers' compensation insurer refuses the claim because it decides the injury "
           "was not work-related, send us its letter and we will look at the claim again.", 10)
    p.para(f"Sincerely,\n\n{clerk}\nRecovery and Coordination\n{TPA}, administrator for the plan", 10)
    p.add_page()
    p.bar("Page 2: the claim")
    W = p.w - p.l_margin - p.r_margin
    p.wrapbox([("Claim no.", [c1[:6], c1[6:]], 20), ("Patient", [spouse], 48), ("Member no.", [f"{base}-02"], 36),
               ("Employee", [sub], 44), ("Group", [GRP], W - 148)], size=8.8)
    p.table(["Date", "Code", "Service", "Billed", "Plan paid", "Reason"],
            [[yy(svc), c, d, n2(v), "0.00", "Injury at work"] for c, d, v in lines]
            + [["", "", "Claim total", n2(billed), "0.00", ""]],
            [20, 18, 62, 24, 22, W - 146], size=8.6, aligns=["L", "L", "L", "R", "R", "L"], bold_last=True)
    p.pairs([("Provider", f"{prov} (treating clinician {pa}, PA-C)"), ("Date of injury (from your form)", yy(inj)),
             ("Employer named on the form", employer), ("Questionnaire received", yy(back))], label_w=66, size=9.2)
    p.add_page()
    p.bar("Page 3: your rights")
    p.para("You may appeal this decision. Your appeal must be sent within 180 days of the date at the top of page "
           "1 of this letter. Send it to: Appeals Unit, Tressider Benefit Administrators, at the address in the "
           "letterhead. Include the claim number, what you disagree with, and any papers that help, such as a "
           "statement from your employer.", 9.8)
    p.para("You may see the plan's records about your claim free of charge. Someone you name in writing may act "
           "for you.", 9.8)
    p.para("If the appeal is denied, you may be able to ask for a review by an independent organization within four "
           "months after that decision, and you may have the right to bring a civil action under section 502(a) "
           "of ERISA.", 9.8)
    t = truth("denial_letter", "other", insurer=TPA, group=GRP, member_id=f"{base}-02", member_name=spouse,
              cases=[c1], claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=ld.isoformat(),
              provider=prov, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [f"{base}-01", base], "provider": [pa]})
    return out(p), t


# --- I5: Spanish, son turned 26 ----------------------------------------------------------------------------------
def phone_es_age26(rng):
    madre, h, agente = people(rng, 3, es=True)
    hijo = f"{h.split()[0]} {h.split()[1]} {madre.split()[-1]}"
    base = mid(rng, "O")
    hosp = "Okanogan Bluff Medical Center"
    c1 = claim_no(rng)
    mcaid = digits(rng, 11)
    a, b = dt.date(2026, 3, 30), dt.date(2026, 4, 2)
    bday = dt.date(2026, 2, 11)
    ended = dt.date(2026, 2, 28)
    ld = workday(dt.date(2026, 5, rng.randint(4, 6)))
    billed = 8734.20
    W = 215.9 - 34
    p = EESheet(footer="Página {n} de {nb}", footer_left="TBA-EL-5-SP (02/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(TPA, "TBA", [f"Administrador del {PLAN}",
                        f"Servicios al miembro 1-877-555-{digits(rng, 4)} (oprima 2 para español)  |  PO Box "
                        f"{rng.randint(3100, 3999)}, Boise, ID 83707"], size=12.5)
    p.line(es_date(ld), 10)
    p.ln(2)
    for ln in [madre, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Paciente", hijo), ("Nº de miembro del paciente", f"{base}-03"), ("Reclamo", c1)],
            [("Grupo", GRP), ("Nº de Medicaid (anotado por el hospital)", mcaid), ("Empleada", madre)]],
           size=8.6, cap=6.0)
    p.para(f"Estimada {madre.split()[0]}:", 10)
    p.para(f"Le escribimos sobre la hospitalización de su hijo {hijo} en {hosp} {es_span(a, b)}. El hospital nos "
           f"mandó un reclamo por {es_after(billed)}.", 10)
    p.table(["Concepto", "Fecha", "Cargo"],
            [["Ingreso", es_date(a), ""], ["Alta", es_date(b), ""],
             ["Habitación, 3 noches; laboratorio; medicinas", f"{es_num(a)} - {es_num(b)}", es_usd(billed)]],
            [80, 50, W - 130], size=9.0, aligns=["L", "L", "R"])
    p.para(f"Su hijo cumplió 26 años el {es_date(bday)}. El plan cubre a los hijos hasta el último día del mes en que "
           f"cumplen 26 años, así que su cobertura terminó el {es_date(ended)}. La hospitalización fue después de esa "
           "fecha y el plan no la puede pagar.", 10)
    p.para("El hospital anotó un número de Medicaid de su hijo. Si él tiene Medicaid, el hospital puede mandarle el "
           "reclamo a Medicaid. También puede preguntar a su empleador por la continuación de cobertura (COBRA), si "
           "todavía está a tiempo de elegirla.", 10)
    p.para("Si cree que esta decisión está mal, puede apelar por escrito dentro de 180 días a partir de la fecha de "
           "esta carta. Mande su apelación a la oficina de Apelaciones en la dirección de arriba.", 10)
    p.para(f"Atentamente,\n{agente}\nServicios de elegibilidad", 9.8)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=GRP, member_id=f"{base}-03", member_name=hijo,
              cases=[c1], claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=ld.isoformat(), provider=hosp, appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [f"{base}-01", base]})
    return out(p), t


# --- I6: appeal decision, MRI without precertification -----------------------------------------------------------
def lowres_appeal(rng):
    member, rad, officer, medir = people(rng, 4)
    m = mid(rng)
    prov = "Penhallow Imaging Center"
    c1 = claim_no(rng)
    apl = "AP-26-" + odd_in(digits(rng, 5), "I", rng)
    svc = dt.date(2026, 2, 26)
    filed = dt.date(2026, 4, 2)
    dd = workday(dt.date(2026, 4, rng.randint(27, 29)))
    billed = 1912.40
    W = 215.9 - 32
    p = EESheet(footer="Page {n} of {nb}", footer_left="TBA-APL-1 (01/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, unit="Appeals Unit")
    p.capcells([("Decision date", fdate(dd, "slash"), 40, "L"), ("Appeal", apl, 48, "L"),
                ("Claim", c1, W - 88, "L")])
    p.ln(1)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"**Re: {member} / {m}-01 / claim {c1}**", 9.8)
    p.para(f"Dear {member.split()[0]} {member.split()[-1]}:", 9.8)
    p.para(f"We have finished reviewing your appeal of {fdate(filed, 'long')} about the MRI of your lower back at "
           f"{prov} on Thursday, February 26, 2026. The charge for it was {in_words(billed)} ({usd(billed)}). "
           f"Dr. {medir}, a doctor who did not take part in the first decision, reviewed it.", 9.8)
    p.para("**We are keeping our decision.**", 10)
    p.para(f"The plan pays for MRI and CT scans done outside a hospital stay only if the scan is approved ahead of "
           f"time through {UR}. Neither your doctor nor {prov} asked for that approval, and the scan was not an "
           "emergency. Your doctor's letter explains why the scan was useful, and we do not doubt that; but the plan "
           "has no rule that lets an approval be given after the scan was done. The earlier MRI you had in 2024 "
           f"under another plan does not change this. {prov} is a network provider, so it may not bill you for this "
           "scan.", 9.8)
    p.para(f"Reviewing doctor: Dr. {medir}, board-certified in radiology. Ordering doctor on the claim: Dr. {rad}.", 9.0)
    p.add_page()
    p.bar("If you still disagree")
    p.para("You may ask for a second-level appeal within 60 days of the date of this decision. Write to the Appeals "
           "Unit and say that you want a second-level review; a different reviewer will decide it.", 9.8)
    p.para("After the second level, you may ask for an external review by an independent review organization. You "
           "must ask within four months after you receive the second-level decision. You may also have the right to "
           "bring a civil action under section 502(a) of ERISA.", 9.8)
    p.para(f"{officer}\nAppeals coordinator", 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=TPA, group=None, member_id=f"{m}-01",
              member_name=member, cases=[apl, c1], claim_amount=m2(billed), service_dates=[svc.isoformat()],
              denial_date=dd.isoformat(), provider=prov, appeal_deadline=plus(dd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [m], "case_numbers": [[apl], [c1]],
                          "provider": [f"Dr. {rad}"]})
    return out(p), t


# --- I7: stack: fax cover, remittance, reprocessed claim ---------------------------------------------------------
def stack_remittance(rng):
    pt1, pt2, pt3, pt_th, clerk, sender = people(rng, 6)
    clinic = "Tamarack Way Physical Therapy"
    b1, b2, b3 = mid(rng, "G"), mid(rng), mid(rng)
    c_paid, c_den, c_re = claim_no(rng), claim_no(rng), claim_no(rng)
    pay_d = workday(dt.date(2026, 4, rng.randint(21, 23)))
    visits = [dt.date(2026, 3, 5), dt.date(2026, 3, 9), dt.date(2026, 3, 12), dt.date(2026, 3, 16)]
    rate = 168.00
    eft = f"EFT {digits(rng, 10)}"
    # the administrator's own fax cover (belongs to no document)
    cv = Page(footer=None)
    cv.set_margins(22, 20, 22)
    cv.add_page()
    cv.f(20, "B")
    cv.cell(0, 12, "TRESSIDER  fax", new_x="LMARGIN", new_y="NEXT")
    cv.f(10)
    cv.cell(0, 6, TPA, new_x="LMARGIN", new_y="NEXT")
    cv.ln(8)
    cv.pairs([("To", f"{clinic}, billing office"), ("From", f"{sender}, provider services"),
              ("Date", fdate(plus(pay_d, 1), "slash")), ("Pages", "4 (including this cover)"),
              ("Re", "remittance and a reprocessed claim")], label_w=30, size=12, h=8)
    cv.ln(6)
    cv.para("The remittance's second page prints the code meanings. Call provider services with questions.", 11)
    cover = out(cv)
    # doc A: the remittance
    a = EESheet(footer="Page {n} of {nb}", footer_left=f"Provider remittance  |  {eft}")
    a.set_margins(14, 13, 14)
    a.add_page()
    _head(a, rng, unit="Provider Remittance", box="Explanation of payment")
    W = a.w - a.l_margin - a.r_margin
    a.capstrip([("Payee", clinic), ("Payment date", fdate(pay_d, "slash")), ("Group", GRP), ("Payment", eft)],
               [64, 34, 30, W - 128])
    a.ln(4)
    paid_rows = [[yy(dt.date(2026, 3, 31)), "97110 x3", n2(201.00), n2(142.50), "0.00", n2(112.50), n2(30.00), "PD"]]
    den_rows = [[yy(d), "97110 x2", n2(rate), "0.00", n2(rate), "0.00", "0.00", "VL2"] for d in visits]
    groups = [{"head": f"{pt1}  |  member {b1}-01  |  claim {c_paid}", "rows": paid_rows,
               "sub": ["", "Claim total", n2(201.00), n2(142.50), "0.00", n2(112.50), n2(30.00), ""]},
              {"head": f"{pt2}  |  member {b2}-02  |  claim {c_den}", "rows": den_rows,
               "sub": ["", "Claim total", n2(rate * 4), "0.00", n2(rate * 4), "0.00", "0.00", ""]}]
    a.grouped_ledger(["Date", "Service", "Billed", "Allowed", "Not covered", "Plan paid", "Patient owes", "Code"],
                     groups, [24, 34, 24, 24, 24, 24, 24, W - 178], ["L", "L", "R", "R", "R", "R", "R", "C"],
                     size=8.4, totals=["", "Totals", n2(201.00 + rate * 4), n2(142.50), n2(rate * 4), n2(112.50),
                                       n2(30.00), ""])
    a.para(f"Treating therapist on claim {c_den}: {pt_th}, PT. Code meanings are on page 2.", 9.0)
    a.add_page()
    a.legend("Code meanings", [
        ("PD", "Paid at the network rate less the member's copay."),
        ("VL2", "The member has used the 20 therapy visits the plan allows each calendar year; these visits are "
                "past that number. Network agreement: do not bill the member."),
        ("TF9", "Claim received after the 90-day filing limit."),
        ("AQ1", "Held for the member's accident questionnaire.")], size=8.6, cols=1)
    a.para("To ask for a review of a claim on this remittance, write to Provider Appeals within 180 days of the "
           "payment date shown on page 1. Send the claim number and the records that support your request.", 9.2)
    d_a = (out(a), truth("eob", "not_covered", insurer=TPA, group=GRP, member_id=f"{b2}-02", member_name=pt2,
                         cases=[c_den], claim_amount=m2(rate * 4),
                         service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
                         denial_date=pay_d.isoformat(), provider=clinic,
                         appeal_deadline=plus(pay_d, 180).isoformat(),
                         alternates={"insurer": ALT, "member_id": [b2], "provider": [pt_th],
                                     "service_dates": [[d.isoformat() for d in visits]]}))
    # doc B: the reprocessed claim
    held = [dt.date(2026, 2, 10), dt.date(2026, 2, 12)]
    rd = workday(plus(pay_d, 1))
    bb = EESheet(footer="Page {n} of {nb}", footer_left="TBA-RP-1 (01/26)")
    bb.set_margins(19, 14, 19)
    bb.add_page()
    _head(bb, rng, unit="Provider Services")
    bb.line(fdate(rd, "long"), 10)
    bb.ln(3)
    for ln in [clinic, "Attn: billing office", *address(rng)]:
        bb.line(ln, 10)
    bb.ln(3)
    bb.para(f"Re: {pt3}, member no. {b3}-01, claim {claim_grouped(c_re)}", 9.8, gap=3)
    bb.para("Dear billing office:", 10)
    bb.para(f"We held this claim for therapy visits on {fdate(held[0], 'long')} and {fdate(held[1], 'long')} "
            f"until the member sent back an accident questionnaire. The form came in on "
            f"{fdate(plus(rd, -9), 'long')}. It shows the knee injury happened at home, with no work or other "
            "party involved.", 10)
    bb.para(f"We have processed the claim again and paid it: billed {usd(2 * 201.00)}, allowed {usd(2 * 142.50)}, "
            f"member copays {usd(60.00)}, paid {usd(2 * 142.50 - 60.00)}. The payment will be on your next "
            "remittance. You do not need to send the claim again.", 10)
    bb.para(f"Sincerely,\n{clerk}\nProvider Services", 9.8)
    d_b = (out(bb), truth("other", None, insurer=TPA, group=None, member_id=f"{b3}-01", member_name=pt3,
                          cases=[c_re], claim_amount=m2(402.00), service_dates=[d.isoformat() for d in held],
                          denial_date=rd.isoformat(), provider=clinic,
                          alternates={"insurer": ALT, "member_id": [b3]}, type_alternates=["eob"]))
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "bd_member_statement_urgent_care_claim_past_90_day_filing_limit", "born_digital",
             [bd_statement(rng)]),
        Item(F + "scan300_letter_wrist_fracture_claims_accident_questionnaire_not_returned", "scan_clean_300",
             [scan_questionnaire(rng)]),
        Item(F + "finefax_pend_notice_hospital_stay_sent_to_stop_loss_carrier", "fax_fine_g4", [finefax_pend(rng)]),
        Item(F + "photocopy_three_page_hand_laceration_work_injury_workers_comp", "photocopy",
             [photocopy_work_injury(rng)]),
        Item(F + "phone_es_carta_hijo_cumplio_26_hospitalizacion_fin_de_cobertura", "phone_photo",
             [phone_es_age26(rng)]),
        Item(F + "lowres_appeal_decision_lumbar_mri_without_precertification_upheld", "scan_lowres_150",
             [lowres_appeal(rng)]),
    ]
    docs7, cover = stack_remittance(rng)
    items.append(Item(F + "faxstd_stack_cover_remittance_therapy_visits_over_limit_sideways_then_reprocessed_claim_paid",
                      "fax_standard_g4", docs7, separators=[cover, None], turns={(0, 1): 90}))
    return items
