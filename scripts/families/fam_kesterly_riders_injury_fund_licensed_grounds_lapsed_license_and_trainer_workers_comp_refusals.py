"""An invented injury fund for jockeys and exercise riders: the Kesterly Jockeys' and Exercise Riders' Injury Fund,
run by a Board of Trustees from a Fund Office, some of its claims and provider notices handled by the invented
administrator Bridlepath Claims Administration, Inc. on its own letterhead. Invented rules: the Fund pays medical
care for injuries a licensed jockey, apprentice jockey or exercise rider suffers on the grounds of a licensed
racetrack or training center (in a race, in morning training, on the backstretch); the rider's license from the
racing commission must be in force on the day of the injury; a $250.00 deductible for each injury; the Fund pays
after any workers' compensation that covers a rider who is a trainer's employee; surgery needs the Fund's approval
before it is done; illnesses are not covered; appeals go to the Board of Trustees within 180 days. Member numbers
are "KRF" + eight digits printed with the prefix apart ("KRF 51234567"), group numbers G-4100 (jockeys) and G-4200
(exercise riders), claim numbers "KJ" + year and month + "-" + five digits, approval numbers "KA" + the same shape,
appeal numbers "AP-26-" + four digits. Every track, training center, farm, fair, hospital, practice, surgery center,
trainer, person, number, code, limit and time limit is invented (phones 555; real towns with invented streets); CPT
and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_urgent_care_private_farm_code_g3_on_back: a two-page EOB from the administrator
  ("Tuesday, March 24, 2026", "EOB issued 03/24/2026" and the IDs in a small running footer, member and group side
  by side in boxes, tiles for the injury deductible, paid and the check amount, an example "a $100.00 charge") whose
  unruled claims table runs onto page 2 (totals row there) and pays nothing for an urgent care visit (the PA-C only
  after "Servicing:") under G3, told only in the code list (a kick at a private farm's training track); "within 180
  days of the date of this statement".
- finefax_stack_ortho_transmittal_knee_approved_then_shoulder_workers_comp:
  a fine-fax stack of an orthopaedic practice's billing office transmittal sheet (its own fax and phone numbers, pages
  including cover, a boxed confidentiality notice), the Fund's approval of a knee reconstruction that names what the
  Fund will pay ("April 2nd, 2026", an approval number that looks like the claim number; denies nothing) and the
  Fund's two-page letter on a shoulder visit and MRI ("9-Apr-2026", "we cannot reimburse"; the trainer's workers'
  compensation carrier pays first; page 2 upside down; "within 180 days of the date of this letter").
- phone_es_licencia_vencida_jinete_de_ejercicio: a photographed Spanish letter to an exercise
  rider whose license had run out on the day of his fall (renewed eleven days later), the license number, the track's
  incident report number and a phone call's reference as decoys ("lunes, 16 de marzo de 2026"; "dentro de 180 días
  a partir de la fecha de esta carta").
- scanclean_three_pages_county_fair_member_no_after_page_break: a clean-scan three-page letter
  (claim number in a running header on every page, "Date of notice: 2026/04/21"), the member number printed only in a
  table row at the top of page 2 under column heads that close page 1, the bill with "Attending:" on page 2, the
  reason on page 3 ("outside what your benefit allows": a match race at a county fair is not a licensed meet), signed
  by the claims examiner and the Fund administrator, a nondiscrimination notice and taglines; only "within 180 days
  after you receive this letter" (nothing to count from).
- photocopy_two_column_pneumonia_not_an_injury: a photocopied two-column letter on the
  Fund's letterhead (a sidebar of facts, "Attending" doctor, "Received 04.24.2026") refusing a hospital stay for
  pneumonia ("not a compensable expense": the Fund pays for injuries, not illness), the reason one sentence inside a
  long paragraph, signed by a nurse reviewer and the medical director; "no later than November 3, 2026".
- rotated_trustees_appeal_license_lapsed_appeal_no_in_subject: a Board of Trustees appeal decision fed
  turned ("Decision date 05.28.2026", "Mailed May 28, 2026"), the appeal number only in the subject line, keeping the
  refusal of a wrist surgery after a morning-training fall on a day the rider's license had lapsed (final; no
  deadline).
- faxstd_provider_notice_boxes_hospital_fall_on_public_road: a standard-fax provider notice from the administrator
  of ruled boxes with small captions over the values ("12-May-2026", "Received 04.30.2026", the track incident number
  and a call reference as decoys) refusing an emergency visit for a fall while leading a horse along a public road
  between a farm and the track; "within four months of the date of this notice".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famja import (JASheet, add_months, billing_fax, digits, dmy_dash, es_date, es_wday, iso, long,
                               mdy_dots, n2, ord_long, people, phone, plus, rider_address, slash, split_name,
                               tollfree, usd, wday_long, ymd_slash)
from public_kit import m2, out, truth

FAMILY = "kesterly_riders_injury_fund_licensed_grounds_lapsed_license_and_trainer_workers_comp_refusals"
LANG = "en"
SEED = 355090
FUND = "Kesterly Jockeys' and Exercise Riders' Injury Fund"
ALTF = ["Kesterly Riders' Injury Fund", "Kesterly Injury Fund", "Kesterly Jockeys and Exercise Riders Injury Fund",
        "Kesterly Jockeys' & Exercise Riders' Injury Fund"]
TPA = "Bridlepath Claims Administration, Inc."
ALTT = ["Bridlepath Claims Administration", "Bridlepath Claims"]
FUND_ADDR = "Fund Office  |  P.O. Box 2210, Lexington, KY 40588"
TPA_ADDR = "Claims Department  |  P.O. Box 61140, Louisville, KY 40266"
HARROW = "Harrowgate Downs, Bardstown, KY"
FENWICK = "Fenwick Downs, Chestertown, MD"
LINDEN = "Linden Mile Training Center, Paris, KY"
DEDUCT = 250.00


def member_no(rng):
    return "5" + digits(rng, 7)


def claim_no(rng, d):
    return f"KJ{d.strftime('%y%m')}-{digits(rng, 5)}"


def fund_head(p, rng, box=None, es=False):
    lines = ([f"Oficina del Fondo  |  P.O. Box 2210, Lexington, KY 40588",
              f"Reclamos {tollfree(rng, '844')}  |  Fax {phone(rng, '859')}  |  TTY 711"] if es else
             [FUND_ADDR, f"Claims and eligibility {tollfree(rng, '844')}  |  Fax {phone(rng, '859')}  |  TTY 711"])
    p.head(FUND, "KRF", lines, box=box, size=12.2)


def tpa_head(p, rng, box=None):
    p.head(TPA, "BCA", [f"Claims administrator for the {FUND}", TPA_ADDR,
                        f"Rider services {tollfree(rng, '866')}  |  Provider line {tollfree(rng, '877')}  |  "
                        f"Fax {phone(rng, '502')}"], box=box, size=12.2)


def mid_of(num):
    return "KRF" + num, {"member_id": ["KRF" + num, num]}


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    jock, pa, ortho, pt = people(rng, 4, sexes="MXXX")
    num = member_no(rng)
    grp = "G-4100"
    sd = dt.date(2026, 3, 24)
    inj1 = dt.date(2026, 2, 21)
    inj2 = dt.date(2026, 3, 5)
    HOSP, ORTHO, PTC, URG = ("St. Eligius Regional Hospital", "Tanbark Orthopaedic Associates",
                             "Chestnut Oak Physical Therapy", "Ferrule Urgent Care")
    IMG = "Larkrise Imaging"
    claims = [  # provider, servicing, injury, [(date, code, service, billed, allowed, deductible, paid, code)]
        (HOSP, None, inj1, [(inj1, "0450", "Emergency department", 2964.30, 1788.00, 250.00, 1538.00, "A1"),
                            (inj1, "0320", "X-ray, ribs and shoulder", 612.00, 304.50, 0.00, 304.50, "A1")]),
        (ORTHO, f"Dr. {ortho}", inj1, [(dt.date(2026, 2, 26), "99204", "New patient visit", 385.00, 242.00, 0.00,
                                        242.00, "A1")]),
        (PTC, f"{pt}, DPT", inj1, [(dt.date(2026, 3, 3), "97161", "PT evaluation", 210.00, 148.00, 0.00, 148.00,
                                    "A1"),
                                   (dt.date(2026, 3, 3), "97110", "Therapeutic exercise", 96.00, 62.40, 0.00, 62.40,
                                    "A1"),
                                   (dt.date(2026, 3, 10), "97110", "Therapeutic exercise", 96.00, 62.40, 0.00,
                                    62.40, "A1"),
                                   (dt.date(2026, 3, 12), "97110", "Therapeutic exercise", 96.00, 62.40, 0.00,
                                    62.40, "A1"),
                                   (dt.date(2026, 3, 17), "97140", "Manual therapy", 88.00, 57.20, 0.00, 57.20,
                                    "A1")]),
        (IMG, None, inj1, [(dt.date(2026, 2, 26), "73030", "X-ray, shoulder, 2 views", 164.00, 96.30, 0.00, 96.30,
                            "A1"),
                           (dt.date(2026, 3, 2), "72040", "X-ray, neck, 3 views", 188.00, 108.90, 0.00, 108.90,
                            "A1")]),
        (URG, f"{pa}, PA-C", inj2, [(inj2, "99203", "Urgent care visit", 235.00, 0.00, 0.00, 0.00, "G3"),
                                    (inj2, "73630", "X-ray, foot, 3 views", 118.00, 0.00, 0.00, 0.00, "G3")]),
    ]
    rows, bold = [], set()
    tb = ta = tdd = tp = 0.0
    den = None
    for who, serv, inj, lines in claims:
        c = claim_no(rng, inj)
        bold.add(len(rows))
        rows.append([c, f"{who}", "", "", "", "", ""])
        if serv:
            rows.append(["", f"  Servicing: {serv}", "", "", "", "", ""])
        sub = sa = sd_ = sp = 0.0
        for d, code, svc, billed, allowed, ded, paid, rc in lines:
            rows.append([slash(d), f"  {code} {svc}", n2(billed), n2(allowed), n2(ded), n2(paid), rc])
            tb += billed
            ta += allowed
            tdd += ded
            tp += paid
            sub += billed
            sa += allowed
            sd_ += ded
            sp += paid
        if len(lines) > 1:
            rows.append(["", "  Claim total", n2(sub), n2(sa), n2(sd_), n2(sp), ""])
        if who == URG:
            den = (c, round(sub, 2), inj)
    tb, ta, tdd, tp = (round(x, 2) for x in (tb, ta, tdd, tp))
    p = JASheet(footer="Page {n} of {nb}",
                foot_ids=f"Member KRF {num}  \u00b7  Group {grp}  \u00b7  BCA-EOB-R (10/2025)  \u00b7  EOB issued "
                         f"{slash(sd)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    tpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.line(wday_long(sd), 10, "B")
    p.ln(1)
    for ln in [jock, *rider_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("MEMBER", jock), ("PREFIX", "KRF"), ("MEMBER NO.", num), ("GROUP NO.", grp),
                ("RIDER CLASS", "Jockey")], [W * 0.3, W * 0.12, W * 0.2, W * 0.16, W * 0.22], size=9.2)
    p.ln(3)
    p.tiles([("DEDUCTIBLE MET, FEB 21 INJURY", usd(tdd)), ("FUND PAID THIS EOB", usd(tp)),
             ("CHECKS SENT TO PROVIDERS", usd(tp)), ("YOU MAY OWE", usd(tdd))], size=11.5)
    p.heading("How to read this statement", 10.5)
    p.para(f"We handle claims for the {FUND}. The Fund pays for medical care of an injury you suffer on the grounds "
           "of a licensed racetrack or training center while your license is in force. Each injury has its own "
           f"{usd(DEDUCT)} deductible, and the Fund pays the allowed amount after it.", 9.2)
    p.para("For example, if a doctor charges $100.00 and the Fund's allowed amount is $70.00, the doctor may not bill "
           "you for the other $30.00; once the deductible for that injury is met, the Fund pays the $70.00. The "
           "claims we processed are listed below; the codes are explained after the table.", 9.2)
    p.para("If you disagree with how a claim was handled, you may appeal to the Fund's Board of Trustees within 180 "
           "days of the date of this statement. Send your appeal to the Fund Office with the claim number.", 9.2)
    p.ln(1)
    widths = [30, 62, 18, 18, 21, 17, W - 166]
    p.bare_table(["Date / claim", "Provider and service", "Billed", "Allowed", "Deductible", "Fund paid", "Code"],
                 rows, widths, aligns=["L", "L", "R", "R", "R", "R", "C"], size=7.9, row_h=4.9, bold_rows=bold,
                 cont="Claims on this statement, continued",
                 totals=["Totals", "", n2(tb), n2(ta), n2(tdd), n2(tp), ""])
    if p.page_no() == 1:
        raise AssertionError("the table must run onto page 2")
    p.glossary("Codes", [
        ("A1", "Paid at the Fund's allowed amount after the injury deductible."),
        ("G3", "The injury did not happen on the grounds of a licensed racetrack or licensed training center. The "
               "Fund pays only for injuries on licensed grounds."),
        ("L5", "The rider's license was not in force on the day of the injury."),
        ("W2", "Workers' compensation must be billed first.")], size=7.8)
    p.para(f"Checks were mailed to the providers on {long(plus(sd, -1))}. Providers who were paid are listed on the "
           "Fund's payment register.", 8.4)
    c, billed, inj = den
    mid, alt = mid_of(num)
    t = truth("eob", "not_covered", insurer=TPA, group=grp, member_id=mid, member_name=jock, cases=[c],
              claim_amount=m2(billed), service_dates=[iso(inj)], denial_date=iso(sd), provider=URG,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ALTT, "provider": [f"{pa}, PA-C", pa], **alt},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


def finefax_stack(rng):
    jock, surg, clerk, examiner, trainer = people(rng, 5, sexes="MXFXX")
    num = member_no(rng)
    grp = "G-4100"
    ORTHO = "Tanbark Orthopaedic Associates"
    ASC = "Millrace Surgery Center"
    inj_knee = dt.date(2026, 3, 14)
    clm_knee = claim_no(rng, inj_knee)
    appr = "KA" + clm_knee[2:9] + clm_knee[10] + clm_knee[9] + clm_knee[11:]
    planned = dt.date(2026, 4, 16)
    ad = dt.date(2026, 4, 2)
    est = 17420.00
    pay = 14860.00
    inj_sh = dt.date(2026, 3, 19)
    clm_sh = claim_no(rng, inj_sh)
    visit = dt.date(2026, 3, 26)
    ld = dt.date(2026, 4, 9)
    sent = dt.date(2026, 4, 14)
    cover = billing_fax(ORTHO, "Billing Office  |  Injury Funds and Third-Party Payers",
                        ["3350 Stirrup Cup Pkwy, Lexington, KY 40511", "Tax ID 61-1847302"],
                        (f"{clerk}\nBilling Office, {ORTHO}", phone(rng, "859"), phone(rng, "859")),
                        (f"Claims and eligibility\n{FUND}", phone(rng, "859"), tollfree(rng, "844")),
                        slash(sent), 4, f"Member {jock}: knee approval and shoulder letter",
                        [f"Thank you for the approval of {split_name(jock)[0]}'s knee surgery; we have it on the "
                         "schedule. About your letter on the shoulder visit and MRI: our patient says he was not paid "
                         "by the trainer that morning and was only helping out. What should we send so the Fund can "
                         "take another look?", "Copies of both letters follow."])
    # document 1: the Fund's approval
    a = JASheet(footer=None, footer_left=f"KRF-APR-2 (rev. 10/2025)  |  Mailed {slash(ad)}")
    a.set_margins(18, 15, 18)
    a.add_page()
    fund_head(a, rng, box="APPROVAL OF SURGERY")
    a.line(ord_long(ad), 10.2, "B")
    a.ln(2)
    a.addr_kv([ORTHO, f"Attn: Dr. {surg}", "3350 Stirrup Cup Pkwy", "Lexington, KY 40511"],
              [("Approval no.", appr), ("Claim no.", clm_knee), ("Member", jock), ("Member no.", f"KRF  {num}"),
               ("Group no.", grp), ("Date of injury", slash(inj_knee))], w=92, cap_w=28)
    a.para(f"Dear Dr. {split_name(surg)[2]}:", 10)
    a.para(f"The Fund approves the surgery you asked for on behalf of our member {jock}: reconstruction of the "
           f"anterior cruciate ligament of the left knee (CPT 29888), planned for {long(planned)} at {ASC}. The "
           f"injury happened when his mount clipped heels in the fourth race at {HARROW} on {long(inj_knee)}; the "
           "track's incident report and the stewards' film confirm it.", 10)
    a.award("WHAT THE FUND WILL PAY", [("Estimated charges (from your request)", usd(est)),
                                       ("Deductible for this injury", "already met"),
                                       ("Approved procedure", "CPT 29888")],
            "The Fund will pay up to", usd(pay))
    a.para(f"The Fund will pay up to {usd(pay)} for the surgeon, the surgery center and the anesthesia together, at "
           "the Fund's allowed amounts. Each of them should send its bill with the approval number. This approval is "
           f"good for surgery done from {long(planned)} through {long(plus(planned, 60))}.", 9.8)
    a.para("Physical therapy after the surgery does not need another approval for the first 24 visits.", 9.8)
    a.signoff(["Sincerely,", examiner, "Claims examiner, Fund Office"], 9.6)
    mid, alt = mid_of(num)
    t1 = truth("other", None, insurer=FUND, group=grp, member_id=mid, member_name=jock, cases=[appr, clm_knee],
               claim_amount=m2(est), service_dates=[iso(planned)], denial_date=iso(ad), provider=ORTHO,
               alternates={"insurer": ALTF, "case_numbers": [[appr], [clm_knee]],
                           "claim_amount": [m2(pay), None], "provider": [f"Dr. {surg}", surg, ASC], **alt})
    # document 2: the Fund's letter on the shoulder (page 2 upside down)
    lines = [(visit, "99214", "Office visit", 268.00), (visit, "73221", "MRI shoulder without contrast", 1486.00),
             (visit, "20610", "Shoulder injection", 312.00)]
    tot = round(sum(x for *_, x in lines), 2)
    d = JASheet(footer="Page {n} of {nb}", footer_left=f"KRF-WC-1 (rev. 10/2025)  |  Mailed {long(ld)}")
    d.set_margins(18, 15, 18)
    d.add_page()
    fund_head(d, rng)
    d.line(dmy_dash(ld), 10.2, "B")
    d.ln(2)
    d.addr_kv([jock, *rider_address(rng)],
              [("Claim no.", clm_sh), ("Member no.", f"KRF  {num}"), ("Group no.", grp),
               ("Date of injury", slash(inj_sh)), ("Where", "Fenwick Downs, morning training")], w=96, cap_w=28)
    d.subject("Your shoulder visit and MRI: workers' compensation pays first")
    d.para(f"Dear {jock}:", 10)
    d.para(f"We received the bill from {ORTHO} for your visit of {long(visit)}, the MRI of your right shoulder and "
           f"the injection done that day, {usd(tot)} in all. Our records show you hurt the shoulder on "
           f"{long(inj_sh)} while galloping horses in morning training at {FENWICK}.", 10)
    d.para(f"The trainer's daily sheet for that morning lists you as an exercise rider paid by the stable of "
           f"{trainer}, and that stable carries workers' compensation insurance for the riders it pays. When "
           "workers' compensation covers an injury, the Fund pays only after the workers' compensation carrier has "
           "decided the claim. We cannot reimburse these services until we receive the carrier's decision.", 10)
    d.para("Page 2 lists the services and tells you what to do next.", 10)
    d.add_page()
    d.heading("Services on this bill", 11.5, rule=True)
    W = d.w - d.l_margin - d.r_margin
    d.table(["Date", "Code", "Service", "Billed", "Fund paid"],
            [[slash(v), c, s, n2(x), "0.00"] for v, c, s, x in lines] + [["", "", "Total", n2(tot), "0.00"]],
            [W * 0.16, W * 0.12, W * 0.42, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    d.para(f"Rendering: Dr. {surg}", 9.4)
    d.heading("What to do next", 11)
    d.bullets(["Report the injury to the stable's workers' compensation carrier if it has not been reported.",
               "If the carrier denies the claim, send us its letter; we will then review the bill again.",
               "If you were not paid by any stable that morning, send us a signed statement saying so and, if you "
               "can, a statement from the trainer."], 9.6)
    d.para("You may appeal this decision to the Board of Trustees within 180 days of the date of this letter. Send "
           "your appeal to the Fund Office and include the claim number.", 9.8)
    d.signoff(["Fund Office", FUND], 9.4)
    t2 = truth("denial_letter", "other", insurer=FUND, group=grp, member_id=mid, member_name=jock, cases=[clm_sh],
               claim_amount=m2(tot), service_dates=[iso(visit)], denial_date=iso(ld), provider=ORTHO,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": ALTF, "provider": [f"Dr. {surg}", surg], **alt},
               denial_alternates=["not_covered"])
    return cover, [(out(a), t1), (out(d), t2)]


def phone_es_license(rng):
    rider, erdoc, clerk = people(rng, 3, es=True, sexes="MXF")
    num = member_no(rng)
    grp = "G-4200"
    HOSP = "Ostrander Memorial Hospital"
    inj = dt.date(2026, 2, 9)
    clm = claim_no(rng, inj)
    expired = dt.date(2025, 12, 31)
    renewed = dt.date(2026, 2, 20)
    ld = dt.date(2026, 3, 16)
    call = dt.date(2026, 3, 10)
    billed = 3215.40
    lic = f"ER-{digits(rng, 6)}"
    p = JASheet(footer=None, footer_left=f"KRF-LIC-S (rev. 10/2025)  |  Reclamo {clm}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng, es=True)
    p.line(es_wday(ld).capitalize(), 10, "B")
    p.ln(3)
    p.addr_kv([rider, *rider_address(rng)],
              [("Reclamo", clm), ("Miembro", f"KRF  {num}"), ("Grupo", grp), ("Licencia", lic),
               ("Fecha de la lesión", es_date(inj))], w=92, cap_w=34)
    p.heading("Su cuenta de la sala de emergencias del 9 de febrero", 11.5, rule=True)
    p.para(f"Estimado {rider}:", 10)
    p.para(f"Recibimos la cuenta de {HOSP} por la atención que usted recibió en la sala de emergencias el "
           f"{es_date(inj)}, después de caerse de un caballo durante el entrenamiento de la mañana en Harrowgate "
           f"Downs. La cuenta es de {usd(billed)}. El informe de incidentes de la pista (HD-26-{digits(rng, 4)}) "
           "confirma la caída.", 10)
    p.para("**Por qué el Fondo no paga esta cuenta.** El Fondo paga la atención médica de una lesión solamente si la "
           "licencia de jinete de ejercicio de la persona estaba vigente el día de la lesión. Según la comisión de "
           f"carreras, su licencia venció el {es_date(expired)} y usted la renovó el {es_date(renewed)}. El día de "
           "la caída usted no tenía licencia vigente, así que el Fondo no puede pagar la cuenta.", 10)
    p.para("Si usted tiene otro seguro médico, puede enviarle la cuenta del hospital.", 10)
    p.para("**Si no está de acuerdo.** Puede apelar ante la Junta de Fideicomisarios del Fondo dentro de 180 días a "
           "partir de la fecha de esta carta. Envíe una copia de su licencia o cualquier papel de la comisión que "
           "muestre que estaba vigente ese día.", 10)
    p.para(f"Referencia de su llamada del {es_date(call)}: RS-{digits(rng, 6)}.", 9)
    p.signoff(["Atentamente,", clerk, "Oficina del Fondo, elegibilidad"], 9.6)
    mid, alt = mid_of(num)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=grp, member_id=mid, member_name=rider,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(inj)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": ALTF, **alt})
    return out(p), t


def scanclean_fair(rng):
    jock, att, exam, admin = people(rng, 4, sexes="FXXM")
    num = member_no(rng)
    grp = "G-4100"
    HOSP = "Wickersham County Hospital"
    inj = dt.date(2026, 3, 14)
    clm = claim_no(rng, inj)
    rcvd = dt.date(2026, 4, 2)
    ld = dt.date(2026, 4, 21)
    lines = [("0450", "Emergency department, level 4", 1968.00), ("0351", "CT scan, head", 2214.60),
             ("0324", "X-ray, chest", 386.00), ("0300", "Laboratory", 241.15)]
    tot = round(sum(x for *_, x in lines), 2)
    p = JASheet(footer=None, footer_left="KRF-LOC-3 (rev. 10/2025)",
                every=f"{FUND}  |  Claim {clm}  |  Sent {slash(ld)}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    fund_head(p, rng)
    p.line(f"Date of notice: {ymd_slash(ld)}", 10.2, "B")
    p.ln(3)
    for ln in [jock, *rider_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.subject("Your claim for the fall at the Marlstone County Fair")
    p.para(f"Dear {jock}:", 10)
    p.para(f"We received the bill from {HOSP} on {long(rcvd)} for the care you received after your fall on "
           f"{long(inj)}. We have looked at the bill, the hospital's records, the statement you sent us and the "
           "racing commission's records of licensed race meets.", 10)
    p.para("We are not able to pay this bill. This letter explains what we received (page 2), why we cannot pay it "
           "and what you can do if you disagree (page 3).", 10)
    p.para("Please check the details we have on file for you and for this injury. They continue at the top of the "
           "next page. If anything there is wrong, call us at the number above.", 10)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * 0.26, W * 0.17, W * 0.12, W * 0.15, W * 0.30]
    p.set_y(max(p.get_y() + 6, p.h - 48))
    p.heads_only(["Rider", "Member no.", "Group", "Date hurt", "Where it happened"], widths,
                 note="continued on page 2")
    p.add_page()
    p.rows_only([[jock, f"KRF {num}", grp, slash(inj), "Marlstone County Fair, Marlstone, MD"]], widths, size=8.8)
    p.heading("The bill we received", 12, rule=True)
    p.wrap_table(["Date", "Rev.", "Service", "Billed", "Fund paid"],
                 [[slash(inj), c, s, n2(x), "0.00"] for c, s, x in lines] + [["", "", "Total", n2(tot), "0.00"]],
                 [W * 0.15, W * 0.1, W * 0.45, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
                 bold_last=True)
    p.para(f"{HOSP}  |  Attending: Dr. {att}  |  Received {ymd_slash(rcvd)}", 9.4)
    p.add_page()
    p.heading("Why we cannot pay", 12, rule=True)
    p.para("The Fund was set up to pay for injuries riders suffer at work on licensed grounds: in a race at a "
           "licensed meet, in morning training at a licensed track or training center, or on the backstretch of one. "
           "The match race at the Marlstone County Fair was not part of a meet licensed by the racing commission, "
           "and the fairgrounds are not licensed grounds. An injury there is outside what your benefit allows, even "
           "though you hold a current jockey's license.", 10)
    p.heading("If you disagree", 11)
    p.para("You may appeal to the Fund's Board of Trustees. Your appeal must be sent within 180 days after you "
           "receive this letter. Send it to the Fund Office with anything that shows the race was part of a licensed "
           "meet.", 10)
    p.two_sigs([exam, "Claims examiner"], [admin, "Fund administrator"])
    p.nondiscrim(FUND, tollfree(rng, "844"))
    p.tagline_block(tollfree(rng, "844"))
    mid, alt = mid_of(num)
    t = truth("denial_letter", "not_covered", insurer=FUND, group=grp, member_id=mid, member_name=jock, cases=[clm],
              claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld), provider=HOSP,
              alternates={"insurer": ALTF, "provider": [f"Dr. {att}", att], **alt},
              denial_alternates=["other"])
    return out(p), t


def photocopy_pneumonia(rng):
    rider, att, rn, md = people(rng, 4, sexes="MXFX")
    num = member_no(rng)
    grp = "G-4200"
    HOSP = "Coldharbour Medical Center"
    a, z = dt.date(2026, 4, 13), dt.date(2026, 4, 16)
    clm = claim_no(rng, a)
    rcvd = dt.date(2026, 4, 24)
    ld = dt.date(2026, 5, 7)
    by = dt.date(2026, 11, 3)
    billed = 11284.90
    p = JASheet(footer=None, footer_left=f"KRF-MR-6 (rev. 10/2025)  |  {FUND}")
    p.set_margins(17, 15, 17)
    p.add_page()
    fund_head(p, rng)
    p.line(long(ld), 10.4, "B")
    p.ln(3)
    for ln in [rider, *rider_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([rider, f"Claim {clm}", f"Member KRF {num}"])
    p.two_col([("Member", rider), ("Group no.", grp), ("Hospital", HOSP), ("Attending", f"Dr. {att}"),
               ("Admitted", slash(a)), ("Discharged", slash(z)), ("Billed", usd(billed)),
               ("Received", mdy_dots(rcvd))],
              [f"Dear {rider}:",
               f"A nurse reviewer and the Fund's medical director have read the records {HOSP} sent with its bill "
               f"for your stay from {long(a).split(',')[0]} through {long(z)}, including the emergency department "
               "notes, the chest x-rays and the discharge summary, and we also read the note you sent us about the "
               "cold nights you spent in the tack room at Linden Mile while your room in the dormitory was being "
               "repaired. We understand how sick you were and we are glad you are back on horses. The records show "
               "that you were treated for pneumonia caused by an infection, that no fall, kick or other accident is "
               "mentioned, and that your doctors did not connect the illness to any injury; because the Fund pays "
               "only for injuries and an illness is not a compensable expense under the Fund's rules, the stay "
               "cannot be paid by the Fund, even though it began while you were living on the grounds of a licensed "
               "training center. If you have health insurance or Medicaid, you can send the bill there, and the "
               "hospital's financial counselors can help you apply.",
               f"You may appeal to the Board of Trustees. Your appeal must reach the Fund Office no later than "
               f"{long(by)}. Send any record that shows an injury caused or contributed to the illness."],
              side_w=56, size=9.2, title="Your claim")
    p.ln(2)
    p.two_sigs([rn + ", RN", "Nurse reviewer"], [f"{md}, MD", "Medical director"])
    mid, alt = mid_of(num)
    t = truth("denial_letter", "not_covered", insurer=FUND, group=grp, member_id=mid, member_name=rider, cases=[clm],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(z)}"], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(by),
              alternates={"insurer": ALTF, "provider": [f"Dr. {att}", att], "service_dates": [[iso(a), iso(z)]],
                          **alt},
              denial_alternates=["other"])
    return out(p), t


def rotated_appeal(rng):
    jock, surg, chair, sec = people(rng, 4, sexes="MXXF")
    num = member_no(rng)
    grp = "G-4100"
    SURG = "Gallowglass Hand & Wrist Surgery"
    inj = dt.date(2026, 1, 12)
    clm = claim_no(rng, inj)
    apn = f"AP-26-{digits(rng, 4)}"
    surgery = dt.date(2026, 1, 14)
    expired = dt.date(2025, 12, 31)
    renewed = dt.date(2026, 1, 26)
    first = dt.date(2026, 2, 18)
    heard = dt.date(2026, 5, 20)
    dd = dt.date(2026, 5, 28)
    billed = 6930.00
    p = JASheet(footer=None, footer_left=f"KRF-BOT-9 (rev. 10/2025)  |  Mailed {long(dd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, rng, box="APPEAL DECISION")
    p.line(f"Decision date {mdy_dots(dd)}", 10.2, "B")
    p.ln(2)
    p.addr_kv([jock, *rider_address(rng)],
              [("Member", jock), ("Member no.", f"KRF  {num}"), ("Group no.", grp), ("Claim no.", clm),
               ("Date of injury", slash(inj)), ("Heard", long(heard))], w=92, cap_w=28)
    p.subject(f"Appeal {apn}: wrist surgery of {slash(surgery)}")
    p.para(f"Dear {jock}:", 10)
    p.para(f"The Board of Trustees heard your appeal at its meeting of {long(heard)}. You asked the Trustees to pay "
           f"the bill of {SURG} ({usd(billed)}) for the surgery on your left wrist on {long(surgery)}, after a fall "
           f"in morning training at {LINDEN} on {long(inj)}. The Fund Office refused the claim on {long(first)}.", 10)
    p.heading("The Trustees' decision", 11)
    p.para(f"The Trustees keep the Fund Office's decision. The racing commission's records show your jockey's "
           f"license expired on {long(expired)} and was renewed on {long(renewed)}. The Fund's rules cover a rider "
           "only while the license is in force, and a renewal does not reach back to earlier days. Your letter says "
           "you mailed the renewal in December; the commission has no record of it before January 26, and the "
           "Trustees have no power to change the commission's records.", 10)
    p.para(f"The Trustees also looked at whether the surgeon, Dr. {surg}, could be paid as an emergency; the Fund's "
           "rules make no exception for emergencies.", 10)
    p.heading("This is the Fund's final decision", 11)
    p.para("There is no further appeal within the Fund. If you later receive a record from the commission showing "
           "that your license was in force on the day of the fall, send it to the Fund Office.", 10)
    p.two_sigs([chair, "Chair, Board of Trustees"], [sec, "Secretary to the Trustees"])
    mid, alt = mid_of(num)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=grp, member_id=mid, member_name=jock,
              cases=[apn, clm], claim_amount=m2(billed), service_dates=[iso(surgery)], denial_date=iso(dd),
              provider=SURG,
              alternates={"insurer": ALTF, "case_numbers": [[apn], [clm]], "provider": [f"Dr. {surg}", surg],
                          **alt})
    return out(p), t


def faxstd_notice(rng):
    rider, att, analyst = people(rng, 3, sexes="FXX")
    num = member_no(rng)
    grp = "G-4200"
    HOSP = "Pennywell Valley Hospital"
    inj = dt.date(2026, 4, 22)
    clm = claim_no(rng, inj)
    rcvd = dt.date(2026, 4, 30)
    nd = dt.date(2026, 5, 12)
    acct = f"PV{digits(rng, 7)}"
    lines = [("0450", "Emergency department, level 3", 1412.00), ("0320", "X-ray, wrist and forearm", 486.75),
             ("0270", "Splint supplies", 210.00), ("0250", "Pharmacy", 360.00)]
    tot = round(sum(x for *_, x in lines), 2)
    p = JASheet(footer="Page {n} of {nb}", footer_left=f"BCA-PRN-4 (10/2025)  |  Notice {slash(nd)}")
    p.set_margins(15, 13, 15)
    p.add_page()
    tpa_head(p, rng, box="PROVIDER CLAIM NOTICE")
    p.line(f"To: {HOSP}  |  Patient Accounts  |  1 Pennywell Rd, Elkton, MD 21921", 9.4, "B")
    p.ln(3)
    p.grid([[("Notice date", dmy_dash(nd)), ("Claim no.", clm), ("Claim received", mdy_dots(rcvd))],
            [("Patient (member)", rider), ("Member no.", f"KRF  {num}"), ("Group no.", grp)],
            [("Billing provider", HOSP), ("Attending", f"Dr. {att}"), ("Patient account", acct)],
            [("Date of injury", slash(inj)), ("Date of service", slash(inj)), ("Total billed", usd(tot))],
            [("Track incident report", f"FD-26-{digits(rng, 4)}"), ("Call reference", f"PS{digits(rng, 8)}")]],
           size=8.8, cap=6.0, h=10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rev.", "Description", "Billed", "Allowed", "Paid", "Reason"],
            [[c, s, n2(x), "0.00", "0.00", "G3"] for c, s, x in lines] +
            [["", "Claim total", n2(tot), "0.00", "0.00", ""]],
            [W * 0.09, W * 0.41, W * 0.14, W * 0.12, W * 0.11, W * 0.13], size=8.6,
            aligns=["L", "L", "R", "R", "R", "C"], bold_last=True)
    p.heading("Reason", 10.5)
    p.para("G3  The member was hurt while leading a horse along Route 213, a public road, between Wickham Hollow "
           "Farm and Fenwick Downs. The Fund pays only for injuries on the grounds of a licensed racetrack or "
           "licensed training center; a public road and a private farm are not licensed grounds.", 9.2)
    p.para("To ask for a review, write to the Claims Department within four months of the date of this notice. "
           "Include the claim number and any record that shows where the injury happened. Do not bill the Fund "
           "again for this claim; the member may have other coverage.", 9.2)
    p.para(f"Processed by {analyst}, claims analyst.", 8.6)
    mid, alt = mid_of(num)
    t = truth("denial_letter", "not_covered", insurer=TPA, group=grp, member_id=mid, member_name=rider, cases=[clm],
              claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(add_months(nd, 4)),
              alternates={"insurer": ALTT, "provider": [f"Dr. {att}", att], **alt},
              denial_alternates=["other"], type_alternates=["eob"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_urgent_care_private_farm_code_g3_on_back", "born_digital",
                  [born_eob(rng)])]
    cover, docs = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_ortho_transmittal_knee_approved_then_shoulder_workers_comp",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(1, 1): 180}))
    items += [
        Item(F + "phone_es_licencia_vencida_jinete_de_ejercicio", "phone_photo",
             [phone_es_license(rng)]),
        Item(F + "scanclean_three_pages_county_fair_member_no_after_page_break", "scan_clean_300",
             [scanclean_fair(rng)]),
        Item(F + "photocopy_two_column_pneumonia_not_an_injury", "photocopy",
             [photocopy_pneumonia(rng)]),
        Item(F + "rotated_trustees_appeal_license_lapsed_appeal_no_in_subject", "rotated",
             [rotated_appeal(rng)]),
        Item(F + "faxstd_provider_notice_boxes_hospital_fall_on_public_road", "fax_standard_g4",
             [faxstd_notice(rng)]),
    ]
    return items
