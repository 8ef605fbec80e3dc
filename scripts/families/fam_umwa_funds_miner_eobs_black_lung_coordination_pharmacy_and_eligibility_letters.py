"""Papers mirrored (structure and plain wording style only) from the UMWA Health and Retirement Funds, which run the
health plans of retired and disabled coal miners, their dependents and surviving spouses (the UMWA 1992 Benefit Plan,
the UMWA Combined Benefit Fund and others): explanations of benefits to beneficiaries and to providers, pharmacy
letters, eligibility letters and an appeal decision. Public things appear as themselves: the Funds, their plan names,
a beneficiary number beginning "UM0", Medicare paying first for Medicare-eligible beneficiaries, a written request for
review of a non-Medicare claim within 180 days of receipt of the EOB, a Medicare appeal for payment, the generic
substitution program (the brand only at the copayment plus the price difference unless a Medical Necessity
Request/Prior Authorization Form is approved), a specialty pharmacy program, a dependent child covered until age 22,
the federal Black Lung Benefits Act and the U.S. Department of Labor's Division of Coal Mine Workers' Compensation
paying for the treatment of an approved miner's lung disease, ERISA section 502(a), CPT / HCPCS codes. Invented:
every clinic, hospital, rehabilitation hospital, nursing facility, optical shop, pharmacy, billing service, advocacy
office, doctor, reviewer, beneficiary, family member, number, address, remark code, form number and every time limit
not named above (the providers' 90-day review, the 60-day limits, 180 days from the date of a letter); phones use 555.
No heading names the kind of denial; each reason is told in plain words of the writer's own or by a code.

Documents (8 in 7 files):
- faxstd_provider_eob_pulmonary_rehab_black_lung_program_first: a landscape provider EOB faxed (standard) to a lung
  clinic's billing agent: short captions left of the boxes ("Stmt dt", "Payee", "Mail to", "Prov TIN", "EFT trace"), a
  ledger grouped by beneficiary (a shaded head line with "LAST, FIRST M", the UM0 number and an ICN with a B among
  its digits), the middle miner's nine pulmonary rehabilitation sessions each on its own date "03/02/26" ... "03/20/26"
  paying 0.00 under remark BL, whose meaning (bill the Department of Labor's Black Lung program first) is only in the
  legend on page 2; billed / allowed / Medicare pd / Funds pd / not covered columns; "within 90 days of the Stmt dt
  shown on page 1" (other: coordination with another payer).
- born_digital_beneficiary_eob_cardiology_visit_paid_after_medicare: a paid EOB (denies nothing) with a ticket block of
  values and captions to their right (the UM0 number in groups, the Medicare number as a decoy), a "Re:" line with
  bullets, "Mon 03/09/26" rows, billed / Medicare approved / Medicare paid / Funds paid / you owe, an example number
  in the boilerplate ("UM0 0000 0000"); "within 60 calendar days from the date of this notice".
- lowres_pharmacy_letter_brand_levothyroxine_generic_first: a 150 dpi letter with odd captions under the boxes ("Ltr
  dt", "Bene. no.", "Req. no." with an S, "Rx no." as a decoy) refusing the prescriber's request for the brand
  because nothing shows the generic failed; a phone call's reference number as a decoy; the fill tried on "Friday,
  April 3, 2026"; "within 180 days after you receive this letter" (nothing to count from).
- photocopy_two_page_daughter_claim_after_twenty_second_birthday: a photocopied two-page letter with hung captions
  (the pensioner's and the daughter's UM0 numbers) refusing an emergency visit of "the 4th of March 2026" because the
  daughter turned 22 on "the 14th of February 2026"; the charges in words and figures; an earlier 2025 claim in
  passing; the rights on page 2: "within 180 days of the date printed at the top of page 1" (eligibility).
- phone_es_carta_anteojos_no_cubiertos_viuda: a photographed Spanish letter to a surviving spouse with values followed
  by their captions in parentheses ("UM0 ... (nº de beneficiaria)", a New Mexico Medicaid number as a decoy), the eye
  exam paid and lenses and frames not covered ("1.034,00 $" in the table, "US$ 1,034.00" in a sentence, "martes, 10
  de marzo de 2026"); "dentro de los 60 días calendario siguientes a la fecha de esta carta" (not_covered).
- rotated_appeal_decision_rehab_hospital_stay_skilled_nursing_would_do: an appeal decision fed sideways, its boxes too
  narrow for the UM0 number (broken over two lines), upholding the refusal of a rehabilitation hospital stay "March
  28 to April 9, 2026" after a hip replacement because a skilled nursing facility could give the care (level_of_care);
  final; only an ERISA suit left (no deadline).
- finefax_stack_cover_specialty_pharmacy_welcome_then_fills_outside_program_upside_down: a typed fax cover sheet
  from the beneficiary's son to an advocacy office counting its pages and carrying a call reference, the Funds'
  specialty pharmacy's welcome letter (its own document, denies nothing), then the Funds' two-page letter refusing to
  pay back two fills of a specialty medicine bought at a pharmacy outside the program: page 1 the letter body with
  caption tabs, page 2 (upside down) the facts: each fill on its own row, receipts, "within 60 calendar days from the
  date on page 1" (out_of_network).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famia import (EESheet, coal_address, dname, es_after, es_short, es_wday, fax_cover, in_words, kin,
                               last_first, mbi, mbi_dashed, n2, npi, odd_in, ord_of, people, phone, span_cross,
                               split_name, tollfree, usd_es, workday, wlong, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "umwa_funds_miner_eobs_black_lung_coordination_pharmacy_and_eligibility_letters"
LANG = "en"
SEED = 354940
INS = "UMWA Health and Retirement Funds"
ALT = ["UMWA Funds", "UMWA Health & Retirement Funds", "United Mine Workers of America Health and Retirement Funds"]
LUNG = "Tug Fork Pulmonary Associates"
BILLER = "Blackwater Medical Billing"
HEART = "Elkhorn Valley Heart Clinic"
HOSP = "Guyandotte Valley Medical Center"
REHAB = "Laurel Fork Rehabilitation Hospital"
ORTHO_HOSP = "Pond Creek Regional Hospital"
SNF = "Mingo Ridge Nursing and Rehabilitation Center"
OPTICA = "Óptica Sangre de Cristo"
PHARM = "Big Creek Drug Center"
SPEC = "Laurelwood Specialty Pharmacy"
OUTSIDE = "Tri-State Infusion & Specialty Rx"
ADVOCACY = "Big Sandy Benefits Advocacy Project"


def _head(p, rng, unit="Health Benefits  |  Claims Processing", box=None, size=12.5):
    p.head(INS, "UMWA", [f"{unit}  |  PO Box {rng.randint(5100, 5899)}, Beckley, WV 25802",
                         f"Beneficiary Call Center {tollfree(rng)}  |  Provider line {tollfree(rng)}  |  "
                         f"Fax 1-888-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=size)


def bene(rng):
    """A beneficiary number: UM0 and eight digits."""
    return "UM0" + digits(rng, 8)


def bsp(b):
    """UM0 4177 2063"""
    return f"{b[:3]} {b[3:7]} {b[7:]}"


def icn(rng, recv, odd=None):
    """26068-4B122-01 (year and day of the year the claim came in, a batch group that may hold a letter, a suffix)"""
    return (f"{recv.strftime('%y')}{recv.timetuple().tm_yday:03d}-{odd_in(digits(rng, 5), odd, rng)}-"
            f"{rng.randint(1, 4):02d}")


def faxstd_provider_eob(rng):
    pts = people(rng, 6)
    p1, p2, p3, therapist, rep, md = pts
    b1, b2, b3 = bene(rng), bene(rng), bene(rng)
    c1 = icn(rng, dt.date(2026, 3, rng.randint(10, 13)))
    c2 = icn(rng, dt.date(2026, 3, rng.randint(24, 27)), "B")
    c3 = icn(rng, dt.date(2026, 3, rng.randint(27, 31)))
    sd = workday(dt.date(2026, 4, rng.randint(14, 17)))
    due = plus(sd, 90)
    W = 279.4 - 24
    sessions = [dt.date(2026, 3, d) for d in (2, 4, 6, 9, 11, 13, 16, 18, 20)]
    rate = 185.00
    fax = (f"{sd.strftime('%m/%d/%Y')} {rng.randint(8, 11)}:{rng.randint(10, 59)}  UMWA FUNDS CLAIMS  "
           f"1-888-555-{digits(rng, 4)}  >>  {BILLER.upper()}  P.{{n}}/2")
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"UMWA-PEOB-3 (rev 01/26)   run {digits(rng, 8)}",
                fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, box="PROVIDER EXPLANATION OF BENEFITS")
    p.capcells([("Stmt dt", fdate(sd, "slash"), 46, "L"), ("Payee", LUNG, 84, "L"),
                ("Mail to", f"{BILLER} (billing agent)", W - 130, "L")], cap=6.2)
    p.capcells([("Prov TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", 46, "L"), ("NPI", npi(rng), 50, "L"),
                ("EFT trace", f"{digits(rng, 3)}{digits(rng, 9)}", 62, "L"),
                ("Claims on this statement", "3", W - 158, "L")], cap=6.2)
    groups, tot = [], [0.0] * 6
    billed2 = 0.0
    # beneficiary 1: office visit and spirometry, Medicare first
    rows1 = [[yy(dt.date(2026, 3, 5)), "99214", "", "1", 210.00, 128.44, 100.68, 27.76, 0.0, 0.0, "M1"],
             [yy(dt.date(2026, 3, 5)), "94060", "", "1", 165.00, 61.20, 47.97, 13.23, 0.0, 0.0, "M1"]]
    rows2 = [[yy(d), "94625", "", "1", rate, 0.0, 0.0, 0.0, rate, 0.0, "BL"] for d in sessions]
    rows3 = [[yy(dt.date(2026, 3, 23)), "99213", "25", "1", 150.00, 96.10, 0.0, 96.10, 0.0, 0.0, "P0"],
             [yy(dt.date(2026, 3, 23)), "94729", "", "1", 95.00, 58.35, 0.0, 58.35, 0.0, 0.0, "P0"]]
    for pt, b, c, rows in ((p1, b1, c1, rows1), (p2, b2, c2, rows2), (p3, b3, c3, rows3)):
        sub = [0.0] * 6
        out_rows = []
        for r in rows:
            vals = r[4:10]
            sub = [x + y for x, y in zip(sub, vals)]
            out_rows.append(r[:4] + [n2(v) for v in vals] + [r[10]])
        tot = [x + y for x, y in zip(tot, sub)]
        if pt == p2:
            billed2 = sub[0]
        groups.append({"head": f"{last_first(pt)}     Bene no. {b}     ICN {c}     Pt acct {digits(rng, 6)}",
                       "rows": out_rows,
                       "sub": ["", "", "", "Claim", *[n2(v) for v in sub], ""]})
    p.grouped_ledger(["Svc date", "Proc", "Mod", "Units", "Billed", "Allowed", "Medicare pd", "Funds pd",
                      "Not covered", "Bene owes", "Rmk"], groups,
                     [24, 20, 14, 14, 25, 25, 25, 25, 26, 25, W - 223],
                     ["L", "L", "L", "C", "R", "R", "R", "R", "R", "R", "C"], size=7.8, row_h=4.3,
                     totals=["TOTALS", "", "", "", *[n2(v) for v in tot], ""])
    p.para(f"Amount of this payment: {n2(tot[3])}.  The remark codes (Rmk) are explained on page 2.  Rendering "
           f"therapist on file for pulmonary rehabilitation: {therapist}, RRT.", 8.4)
    p.add_page(orientation="L")
    p.legend("REMARK CODES USED ON THIS STATEMENT", [
        ("M1", "Medicare paid first. The Funds paid the Medicare deductible and coinsurance left on the line, as the "
               "beneficiary's plan provides."),
        ("P0", "Paid at the Funds' fee schedule amount. The beneficiary owes nothing for this line."),
        ("BL", "The beneficiary has an approved claim under the federal Black Lung Benefits Act. Treatment of the "
               "miner's lung disease, including pulmonary rehabilitation, must be billed first to the U.S. Department "
               "of Labor, Division of Coal Mine Workers' Compensation. Send the Funds that program's payment or "
               "denial notice with a new claim; the line was not paid. Do not bill the beneficiary for it."),
        ("N7", "Line reduced because the same service was billed by another provider on the same date."),
    ], size=8.2)
    p.para("**Review of a claim.** A provider who disagrees with how a line was handled may ask the Funds for a "
           "review. The request must reach the Funds within 90 days of the Stmt dt shown on page 1. Write to the "
           "Provider Review Unit at the address at the top of page 1 and include the ICN, the beneficiary number "
           "and the reason for the request. A beneficiary's own appeal rights are explained on the EOB mailed to the "
           "beneficiary.", 9)
    p.para(f"Questions about this statement: Provider Services, {tollfree(rng)}, weekdays 8:00 a.m. to 5:00 p.m. "
           f"Eastern. Provider relations representative for your county: {rep}.", 9)
    t = truth("eob", "other", insurer=INS, member_id=b2, member_name=p2, cases=[c2], claim_amount=m2(billed2),
              service_dates=[f"{sessions[0].isoformat()}/{sessions[-1].isoformat()}"], denial_date=sd.isoformat(),
              provider=LUNG, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "provider": [f"{therapist}"],
                          "service_dates": [[d.isoformat() for d in sessions]]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


def bd_paid_eob(rng):
    miner, md = people(rng, 2)
    b = bene(rng)
    med = mbi(rng)
    c = icn(rng, dt.date(2026, 3, rng.randint(16, 20)), "Z")
    nd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    visit = dt.date(2026, 3, 9)
    lines = [("99215", "Office visit, established patient", 265.00, 172.40, 135.92),
             ("93306", "Echocardiogram, complete", 1240.00, 221.36, 173.09),
             ("93000", "Electrocardiogram with report", 85.00, 16.82, 13.18)]
    p = EESheet(footer="Page {n} of {nb}", footer_left="UMWA-EOB-B (01/26)  This is not a bill")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, unit="Health Benefits", box="EXPLANATION OF BENEFITS")
    f, mi, last = split_name(miner)
    p.letter_with_ticket([miner.upper(), *coal_address(rng)],
                         [(fdate(nd, "long"), "date of this notice"), (bsp(b), "beneficiary no."),
                          (mbi_dashed(med), "Medicare no."), ("UMWA Combined Benefit Fund", "plan"),
                          (c, "claim no.")], w=86, size=8.8)
    p.re_line([miner, bsp(b), f"Claim {c}"])
    p.para(f"Dear {f} {last}:", 9.8)
    p.para(f"This notice explains how the Funds handled a claim from {HEART} for care you received from Dr. {md} "
           f"on {wlong(visit)}. Medicare paid its share first. The Funds then paid the rest of the amount Medicare "
           "approved, so you owe nothing for this visit.", 9.8)
    rows, tot = [], [0.0] * 5
    for code, desc, billed, appr, mpd in lines:
        funds = round(appr - mpd, 2)
        vals = [billed, appr, mpd, funds, 0.0]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([dname(visit), code, desc, *[n2(v) for v in vals]])
    rows.append(["", "", "Totals", *[n2(v) for v in tot]])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed", "Medicare approved", "Medicare paid", "Funds paid", "You owe"],
            rows, [22, 14, 52, 19, 20, 19, 18, W - 164], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "R"],
            bold_last=True)
    p.para(f"The clinic billed {n2(tot[0])}. It agreed with Medicare to accept the approved amount, so the "
           f"difference of {n2(tot[0] - tot[1])} is not yours to pay. The Funds' payment of {n2(tot[3])} was sent to "
           f"{HEART}.", 9.4)
    p.bar("Keep this notice")
    p.para("Your beneficiary number begins with the letters UM and a zero, for example UM0 0000 0000. It is printed "
           "on your health services card. Write yours on every letter you send the Funds. Your Medicare number "
           "belongs to Medicare; do not use it in place of your beneficiary number.", 9)
    p.bar("If you disagree")
    p.para("If you do not agree with how this claim was paid, you may file a Medicare appeal with the Funds within "
           "60 calendar days from the date of this notice. Tell us the claim number and why you disagree. If waiting "
           "could seriously harm your health, you may ask for a fast (72-hour) decision; a fast decision is for care "
           "you have not received yet.", 9)
    t = truth("eob", None, insurer=INS, member_id=b, member_name=miner, cases=[c], claim_amount=m2(tot[0]),
              service_dates=[visit.isoformat()], denial_date=nd.isoformat(), provider=HEART,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {md}"], "appeal_deadline": [None]})
    return out(p), t


def lowres_brand_drug(rng):
    pt, md, rph = people(rng, 3)
    b = bene(rng)
    req = f"MN-26-{odd_in(digits(rng, 6), 'S', rng)}"
    rx = digits(rng, 7)
    rcvd = dt.date(2026, 4, rng.randint(6, 8))
    ld = workday(plus(rcvd, rng.randint(5, 7)))
    call = plus(rcvd, -4)
    fill = dt.date(2026, 4, 3)
    callref = f"{call.strftime('%m%d')}-{digits(rng, 5)}"
    W = 215.9 - 34
    p = EESheet(footer="Page {n} of {nb}", footer_left="UMWA-RX-MN2")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Prescription Drug Program")
    p.capcells([("Ltr dt", fdate(ld, "slash"), 34, "B"), ("Bene. no.", b, 42, "B"), ("Req. no.", req, 40, "B"),
                ("Rx no.", rx, 30, "B"), ("Rcvd", yy(rcvd), W - 146, "B")], cap=5.6)
    for ln in [pt.upper(), *coal_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    f, mi, last = split_name(pt)
    p.para(f"Dear {f} {last}:", 10)
    p.para(f"Dr. {md} sent the Funds a Medical Necessity Request/Prior Authorization Form asking that we pay for "
           f"brand-name Synthroid 88 mcg tablets for you at the standard copayment instead of generic "
           f"levothyroxine. We received it on {fdate(rcvd, 'long')}. We are not able to approve it.", 10)
    p.para("Under the Funds' generic substitution program a generic medicine is dispensed whenever one is "
           "available. The brand is paid at the standard copayment only when your doctor shows that the generic "
           f"will not work for you, for example because it caused a reaction or did not control your condition. The "
           f"office notes sent with the form show that your thyroid blood tests stayed in the normal range while you "
           f"took the generic during 2025, and they do not describe a reaction to it. A pharmacist, {rph}, PharmD, "
           "and a doctor who reviews drug requests for the Funds looked at the request.", 10)
    p.para(f"{PHARM} tried to fill the brand for you on Friday, April 3, 2026. You can still have the brand if you "
           "wish: you would pay your copayment plus the difference in cost between the brand and the generic. The "
           "generic is filled at your usual copayment.", 10)
    p.para(f"When you called us on {fdate(call, 'long')} (call reference {callref}), we told you that a decision "
           "would be mailed. This letter is that decision. Your doctor may send a new request with more "
           "information at any time.", 10)
    p.para("**If you disagree.** You, or someone you name in writing, may ask for a review of this decision. Send "
           "your request in writing within 180 days after you receive this letter. Include your name, your "
           "beneficiary number and any records you want us to consider.", 10)
    p.para("Sincerely,\nPrescription Drug Program\nUMWA Health and Retirement Funds", 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=b, member_name=pt, cases=[req],
              service_dates=[fill.isoformat()], denial_date=ld.isoformat(), provider=f"Dr. {md}",
              alternates={"insurer": ALT, "provider": [PHARM], "service_dates": [[]]},
              denial_alternates=["not_covered", "prior_authorization"])
    return out(p), t


def photocopy_age22(rng):
    father, erdoc, clerk = people(rng, 3, sexes="m")
    daughter = kin(rng, father, "f", avoid=(erdoc, clerk))
    fb, db_ = bene(rng), bene(rng)
    c = icn(rng, dt.date(2026, 3, rng.randint(12, 18)))
    old = icn(rng, dt.date(2025, 11, rng.randint(24, 28)))
    ld = workday(dt.date(2026, 3, rng.randint(30, 31)))
    due = plus(ld, 180)
    bday = dt.date(2026, 2, 14)
    visit = dt.date(2026, 3, 4)
    lines = [("99284", "Emergency department visit", 1138.00), ("74176", "CT abdomen and pelvis", 584.35),
             ("85025", "Blood count", 72.00), ("81001", "Urinalysis", 48.00)]
    total = sum(x[2] for x in lines)
    df, dm, dl = split_name(daughter)
    ff, fm, fl = split_name(father)
    p = EESheet(footer="Page {n} of {nb}", footer_left="UMWA-ELG-7 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Eligibility and Enrollment")
    p.hung([(fdate(ld, "long"), "Date of this letter", 44), (fb, "Pensioner's beneficiary no.", 44),
            (db_, "Patient's beneficiary no.", 44), (c, "Claim no.", 180 - 132)], size=9.2)
    for ln in [father, *coal_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear Mr. {fl}:", 10)
    p.para(f"We received a claim from {HOSP} for emergency care your daughter, {daughter}, received on "
           f"{ord_of(visit)}. The Funds cannot pay this claim.", 10)
    p.para(f"Under your plan, an unmarried child is covered as your dependent until the day before the child's 22nd "
           f"birthday. Our records show that {df} turned 22 on {ord_of(bday)}, so her coverage as your dependent "
           f"ended before the visit. A child of 22 or older stays covered only if a disability that began before age "
           "22 keeps the child from supporting himself or herself, and we have no such record for her.", 10)
    rows = [[fdate(visit, "slash"), code, desc, n2(amt), "0.00", n2(amt)] for code, desc, amt in lines]
    rows.append(["", "", "Claim total", n2(total), "0.00", n2(total)])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed", "Funds paid", "Not covered"], rows,
            [24, 16, 64, 24, 22, W - 150], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"The hospital's charges total {in_words(total)} (${total:,.2f}). The emergency physician, Dr. {erdoc}, "
           "may send a separate bill. The hospital may now bill your daughter for these charges.", 10)
    p.para(f"We paid {df}'s office visit of November 18, 2025 (claim {old}), because it came before her birthday. "
           "That claim is not affected by this letter.", 10)
    p.para("Your daughter may be able to get her own coverage through an employer, through the Health Insurance "
           "Marketplace or through Medicaid. Losing coverage lets her enroll in a Marketplace plan outside the usual "
           "enrollment period if she applies soon.", 10)
    p.para(f"Sincerely,\n{clerk}\nEligibility and Enrollment", 9.8)
    p.add_page()
    p.bar("YOUR RIGHT TO ASK FOR A REVIEW")
    p.para("If you believe your daughter was still eligible on the date of the visit, for example because she is "
           "disabled, you or she may ask the Funds to review this decision. Send a written request within 180 days "
           "of the date printed at the top of page 1 of this letter. Include the claim number, both beneficiary "
           "numbers and any papers that show she was eligible, such as a doctor's statement about a disability "
           "that began before age 22.", 10)
    p.para("Someone else, such as a relative, may file the request for you if you give written and dated "
           "permission. You may ask for copies of the records we used, free of charge.", 10)
    p.bar("WHERE TO SEND IT")
    p.para(f"UMWA Health and Retirement Funds, Attention: Appeals Department, PO Box {rng.randint(2100, 2899)}, "
           f"Beckley, WV 25802. Questions: Beneficiary Call Center, {tollfree(rng)} (TTY 711).", 10)
    p.bar("AFTER THE REVIEW")
    p.para("If the review does not change the decision, you may bring a civil action under section 502(a) of the "
           "Employee Retirement Income Security Act (ERISA).", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=db_, member_name=daughter, cases=[c],
              claim_amount=m2(total), service_dates=[visit.isoformat()], denial_date=ld.isoformat(), provider=HOSP,
              appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "member_id": [fb], "provider": [f"Dr. {erdoc}"]})
    return out(p), t


def phone_es_glasses(rng):
    viuda, optom, clerk = people(rng, 3, pool="es", sexes="ff")
    b = bene(rng)
    mcaid = digits(rng, 10)
    c = f"26-VS-{odd_in(digits(rng, 5), 'O', rng)}"
    ld = workday(dt.date(2026, 4, rng.randint(13, 16)))
    due = plus(ld, 60)
    visit = dt.date(2026, 3, 10)
    lines = [("92014", "Examen de la vista (glaucoma)", 186.00, 186.00),
             ("V2203", "Lentes bifocales (par)", 412.00, 0.0),
             ("V2020", "Armazón", 298.00, 0.0),
             ("V2750", "Capa antirreflejo", 138.00, 0.0)]
    total = sum(x[2] for x in lines)
    notcov = sum(x[2] - x[3] for x in lines)
    p = EESheet(footer="Página {n} de {nb}", footer_left="UMWA-CLM-ES3")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Beneficios de salud  |  Reclamaciones")
    p.f(12, "B")
    p.cell(0, 7, "Aviso sobre su reclamación", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    for ln in [viuda, f"{rng.randint(100, 1999)} Calle Moulton", "Raton, NM 87740"]:
        p.line(ln, 9.8)
    p.set_xy(p.l_margin + 92, y0)
    p.after_caps([(es_wday(ld), "fecha de esta carta"), (bsp(b), "nº de beneficiaria"),
                  (c, "nº de reclamación"), (mcaid, "nº de Medicaid de Nuevo México")], size=9.0,
                 x=p.l_margin + 92, w=90)
    p.set_y(max(p.get_y(), y0 + 22) + 2)
    vf, vm, vl = split_name(viuda)
    p.para(f"Estimada Sra. {vl}:", 10)
    p.para(f"{OPTICA}, de Raton, nos envió una reclamación por la visita del {es_wday(visit)} con la optometrista "
           f"{optom}. La cuenta incluye el examen de la vista y unos anteojos nuevos.", 10)
    rows = [[es_short(visit), code, desc, es_after(amt), es_after(paid), es_after(amt - paid)]
            for code, desc, amt, paid in lines]
    rows.append(["", "", "Total de la reclamación", es_after(total), es_after(186.00), es_after(notcov)])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Código", "Servicio", "Cargo", "Pagado por el Fondo", "No cubierto"], rows,
            [24, 16, 56, 24, 26, W - 146], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"Pagamos el examen porque usted tiene glaucoma y el plan paga los exámenes para vigilar una enfermedad "
           f"de los ojos. Su plan no paga anteojos, lentes ni armazones, ni lentes de contacto, salvo el primer par "
           f"después de una operación de cataratas, y no tenemos constancia de esa operación. Por eso quedan sin "
           f"pagar {es_after(notcov)} de los {usd_es(total)} que cobró la óptica. La óptica puede cobrarle esa "
           f"parte a usted.", 10)
    p.para("Medicaid de Nuevo México puede pagar algunos anteojos para sus afiliados. Pregunte en la óptica si acepta "
           "Medicaid.", 10)
    p.para("Si no está de acuerdo, puede apelar por escrito dentro de los 60 días calendario siguientes a la fecha de "
           "esta carta. Escriba su nombre, su número de beneficiaria (empieza con UM0) y el número de reclamación.",
           10)
    p.para(f"Atentamente,\n{clerk}\nDepartamento de Reclamaciones", 9.8)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=b, member_name=viuda, cases=[c],
              claim_amount=m2(total), service_dates=[visit.isoformat()], denial_date=ld.isoformat(), provider=OPTICA,
              appeal_deadline=due.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [optom], "claim_amount": [m2(notcov)]},
              type_alternates=["eob"])
    return out(p), t


def rotated_appeal(rng):
    miner, physiatrist, surgeon, reviewer, officer = people(rng, 5, sexes="m")
    b = bene(rng)
    c = icn(rng, dt.date(2026, 4, rng.randint(13, 16)))
    apl = f"AP-26-{odd_in(digits(rng, 5), 'Z', rng)}"
    a, z = dt.date(2026, 3, 28), dt.date(2026, 4, 9)
    billed = 13 * 1865.00 + 2 * 1190.40
    filed = dt.date(2026, 4, rng.randint(20, 24))
    dd = workday(plus(filed, rng.randint(18, 24)))
    W = 215.9 - 36
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"UMWA-APL-D (01/26)   file {b}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Appeals Department")
    p.f(12, "B")
    p.cell(0, 7, "Decision on your appeal", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.split_boxes([("Decision date", fdate(dd, "abbr"), 30), ("Appeal no.", apl, 28),
                   ("Beneficiary no.", [b[:7], b[7:]], 22), ("Claim no.", c, 32),
                   ("Stay", f"{yy(a)} - {yy(z)}", 40), ("Billed", f"${billed:,.2f}", W - 152)])
    for ln in [miner, *coal_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    f, mi, last = split_name(miner)
    p.para(f"Dear Mr. {last}:", 9.8)
    p.para(f"On {fdate(filed, 'long')} you appealed our decision not to pay {REHAB} for your stay there from "
           f"{span_cross(a, z)}, after your hip replacement at {ORTHO_HOSP}. Dr. {physiatrist} was your doctor "
           f"at the rehabilitation hospital. A doctor who had no part in the first decision, Dr. {reviewer}, who "
           "is board certified in physical medicine and rehabilitation, reviewed your appeal, the hospital records "
           "and the letter from your surgeon, Dr. " + surgeon + ".", 9.8)
    p.para("**We have decided to keep the first decision.**", 10)
    p.reasons([("1", "A stay in a rehabilitation hospital is paid when a patient needs, and can take part in, "
                     "intensive therapy of about three hours a day, five days a week, with a doctor seeing the "
                     "patient daily."),
               ("2", "The therapy notes show you took part in about one hour of therapy a day on most days, and "
                     "your therapists wrote that you tired quickly. Your nursing needs were wound checks and help "
                     "with medicines."),
               ("3", f"That care could be given in a skilled nursing facility. The Funds approved a stay at {SNF} "
                     "on the day you left the hospital, and would have paid for it. The rehabilitation hospital's "
                     "charges for the stay are not covered.")], size=9.0, title="Why")
    p.para("You may ask for copies of the records and the criteria we used, free of charge.", 9.6)
    p.para("**This is the Funds' final decision on this claim.** You have the right to bring a civil action under "
           "section 502(a) of the Employee Retirement Income Security Act (ERISA).", 9.6)
    p.para(f"{officer}\nAppeals Department", 9.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=b, member_name=miner, cases=[apl, c],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{z.isoformat()}"],
              denial_date=dd.isoformat(), provider=REHAB,
              alternates={"insurer": ALT, "case_numbers": [[apl], [c]], "provider": [f"Dr. {physiatrist}"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def stack_specialty(rng):
    mom, rph, md, clerk = people(rng, 4, sexes="f")
    son = kin(rng, mom, "m", avoid=(rph, md, clerk))
    b = bene(rng)
    ld = workday(dt.date(2026, 4, rng.randint(20, 23)))
    c = icn(rng, plus(ld, -16), "S")
    welcome = workday(plus(ld, 6))
    sent = plus(welcome, rng.randint(3, 5))
    due = plus(ld, 60)
    fills = [dt.date(2026, 2, 11), dt.date(2026, 3, 11)]
    each = 6134.18
    total = 2 * each
    acct = digits(rng, 8)
    mf, mm, ml = split_name(mom)
    addr = coal_address(rng)
    cover = fax_cover(rng, ADVOCACY, f"(606) 555-{digits(rng, 4)}", son, f"(606) 555-{digits(rng, 4)}", sent, 4,
                      f"Mom ({mom}) - arthritis shots", "Here are the two letters about Mom's shots that I told you "
                      "about on the phone. The pharmacy one came a week after the Funds' letter. Please call me back.",
                      ref=f"{digits(rng, 6)}-{rng.choice('ABCDEFGH')}")
    # the specialty pharmacy's welcome letter
    w = EESheet(footer=None, serif=True)
    w.set_margins(22, 18, 22)
    w.add_page()
    w.f(15, "B")
    w.cell(0, 8, SPEC, new_x="LMARGIN", new_y="NEXT")
    w.f(8.4)
    w.cell(0, 4, "Specialty pharmacy of the UMWA Funds' specialty drug program", new_x="LMARGIN", new_y="NEXT")
    w.cell(0, 4, f"{rng.randint(100, 999)} Industrial Park Rd, Prestonsburg, KY 41653  |  {phone(rng, '606')}",
           new_x="LMARGIN", new_y="NEXT")
    w.rule(5)
    w.line(fdate(welcome, "long"), 10)
    w.ln(3)
    for ln in [mom, *addr]:
        w.line(ln, 10)
    w.ln(3)
    w.after_caps([(bsp(b), "Funds beneficiary no."), (acct, "pharmacy patient account"),
                  (f"RX {digits(rng, 7)}", "prescription")], size=9.4, w=120)
    w.para(f"Dear Mrs. {ml},", 10)
    w.para(f"Welcome. Dr. {md} has sent us your prescription for etanercept 50 mg/mL, one injection every week. "
           f"From now on we will ship it to your home, packed cold, every four weeks. Your copayment is the same as "
           f"at your local pharmacy.", 10)
    w.para("Before each shipment a member of our team will call you to check how you are doing and to set a "
           "delivery day. If you will not be home, we can send it to your doctor's office.", 10)
    w.para(f"Your pharmacist is {rph}, PharmD. Call us any time, day or night, at the number above.", 10)
    w.para("Sincerely,\n\nPatient Care Team\n" + SPEC, 10)
    d_a = (out(w), truth("other", None, insurer=None, member_id=b, member_name=mom, denial_date=welcome.isoformat(),
                         provider=SPEC, unscored=["insurer"],
                         alternates={"insurer": [INS], "provider": [f"Dr. {md}"]}))
    # the Funds' two-page letter: page 1 the body, page 2 the facts and rights
    p = EESheet(footer="Page {n} of {nb}", footer_left="UMWA-RX-SP4 (02/26)",
                strip=f"{mom}  |  {bsp(b)}  |  page {{n}}")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, unit="Prescription Drug Program")
    p.tabs([[("DATE", fdate(ld, "long"), 62), ("BENEFICIARY NO.", bsp(b), 58), ("CLAIM", c, 63.9)]])
    for ln in [mom, *addr]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear Mrs. {ml}:", 10)
    p.para(f"You asked the Funds to pay you back for two fills of your arthritis medicine, etanercept, that you "
           f"bought at {OUTSIDE}. We are sorry, but we cannot pay them.", 10)
    p.para(f"Specialty medicines such as etanercept are paid by the Funds only when they are filled by the "
           f"pharmacy of the Funds' specialty drug program, {SPEC}. {OUTSIDE} does not take part in that program, so "
           "fills bought there are not paid, even with a receipt. The Funds wrote to you about the program when your "
           "doctor first ordered this medicine.", 10)
    p.para(f"We have asked {SPEC} to contact you so that your next fills are covered. The dates, amounts and your "
           "rights are on page 2.", 10)
    p.para(f"Sincerely,\n{clerk}\nPrescription Drug Program", 9.8)
    p.add_page()
    p.bar("THE FILLS YOU SENT US")
    W = p.w - p.l_margin - p.r_margin
    rows = [[yy(d), "Etanercept 50 mg/mL, 4 syringes", OUTSIDE, n2(each), "0.00", n2(each)] for d in fills]
    rows.append(["", "", "Total", n2(total), "0.00", n2(total)])
    p.table(["Filled", "Medicine", "Pharmacy", "You paid", "Funds pays", "Not payable"], rows,
            [18, 54, 52, 22, 18, W - 164], size=8.2, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"Prescriber: Dr. {md}. Receipts received: {fdate(plus(ld, -16), 'slash')}.", 9)
    p.bar("IF YOU DISAGREE")
    p.para("You may appeal. Your written appeal must reach us within 60 calendar days from the date on page 1 of "
           "this letter. Send your name, your beneficiary number, the claim number and any papers you want us to "
           "see. If you are not yet using the program pharmacy and could go without your medicine, call us: we can "
           "arrange a fill quickly.", 9.6)
    d_b = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=b, member_name=mom, cases=[c],
                         claim_amount=m2(total), service_dates=[d.isoformat() for d in fills],
                         denial_date=ld.isoformat(), provider=OUTSIDE, appeal_deadline=due.isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {md}"],
                                     "service_dates": [[f"{fills[0].isoformat()}/{fills[1].isoformat()}"]]},
                         denial_alternates=["not_covered"]))
    return cover, [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "faxstd_provider_eob_pulmonary_rehab_black_lung_program_first", "fax_standard_g4",
             [faxstd_provider_eob(rng)]),
        Item(F + "born_digital_beneficiary_eob_cardiology_visit_paid_after_medicare", "born_digital",
             [bd_paid_eob(rng)]),
        Item(F + "lowres_pharmacy_letter_brand_levothyroxine_generic_first", "scan_lowres_150",
             [lowres_brand_drug(rng)]),
        Item(F + "photocopy_two_page_daughter_claim_after_twenty_second_birthday", "photocopy",
             [photocopy_age22(rng)]),
        Item(F + "phone_es_carta_anteojos_no_cubiertos_viuda", "phone_photo", [phone_es_glasses(rng)]),
        Item(F + "rotated_appeal_decision_rehab_hospital_stay_skilled_nursing_would_do", "rotated",
             [rotated_appeal(rng)]),
    ]
    cover, docs = stack_specialty(rng)
    items.append(Item(F + "finefax_stack_cover_specialty_pharmacy_welcome_then_fills_outside_program_upside_down",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(1, 1): 180}))
    return items
