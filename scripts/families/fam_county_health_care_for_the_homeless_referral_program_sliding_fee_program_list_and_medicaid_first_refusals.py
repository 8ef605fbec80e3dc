"""Papers mirrored (structure and plain wording style only) from a county program that pays for the specialty, dental
and hospital care of people experiencing homelessness who are seen at its Health Care for the Homeless health centers
(as county indigent-care and Health Care for the Homeless programs describe theirs: the program's own health centers
and street medicine team give primary care and send a referral before specialty or planned hospital care; a client's
share of the bill follows a sliding fee scale set by household income; only services on the program's list are paid;
a client who may qualify for Medicaid must apply for it, and Medicaid pays first when it covers the date; providers
who contract with the program are paid at a county rate and may not bill the client for the rest). The county
(Brannock County, Ohio), its Health Services Agency, the program's name and every clinic, hospital, dental office,
imaging center, ambulance company, laboratory, billing service, person, number, address, share tier and time limit
(the 45 days to apply for Medicaid, the 90-day billing limit, the 60-day review, the four-month second review) are
invented; phones use 555; CPT, HCPCS and CDT codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_two_page_payment_advice_colonoscopy_no_referral_code_glossary_on_page_two: a provider payment advice
  to a hospital in care of its billing service, the address block at the left and a key/value block on the right
  half ("2026/06/11"), a claims table without ruling lines (numbers set right, each claim under a bold heading line,
  the clinician only as "Servicing:" in a row), four claims of which the second pays nothing under code RF2,
  explained only in the glossary on page 2, where the last claim and the totals row also sit; EFT amount and a
  year-to-date paid figure as decoys, an example in the boilerplate ("a $100.00 charge"), IDs and a "Notice
  mailed" date in a small running footer ("within 60 calendar days of the advice date").
- scan300_es_carta_corona_dental_fuera_de_la_lista: a Spanish letter to a client with her address at the left and
  the facts on the right half ("Número de cliente" with the prefix apart), refusing a crown because crowns are not on
  the program's list; the exam of an earlier date (paid) and a phone call's reference number as decoys, an example of
  the sliding fee ("si un empaste cuesta $100") ("dentro de 60 días calendario a partir de la fecha de esta carta").
- lowres_three_page_notice_hospital_stay_medicaid_not_applied_taglines: a three-page notice with the client's name,
  number and notice number in a running footer on every page: the summary on page 1, the hospital claim in a table on
  page 2 (stay "03.02.2026 - 03.05.2026", the physician only as "Attending:"), the reason on page 3 ("the information
  we received does not show that you applied for Medicaid") with a printed "no later than" date, then a
  nondiscrimination notice and language taglines; a decision date beside the letter date, a "Notice mailed" date.
- photocopy_specialty_referral_approved_cardiology_boxes_under_captions: a referral approval (denies nothing): a
  form of ruled boxes with small captions over the values (the prefix "BCH" in its own box before the client
  number, "2026/04/27"), the referring nurse practitioner and the servicing cardiologist, the appointment "Tuesday,
  May 5, 2026", a validity span and an example of the share ("If the cardiologist bills $100").
- faxfine_letter_to_ambulance_company_medicaid_retroactive_claim_in_subject_only: a fine-fax letter to an
  ambulance company whose claim number is printed only in the subject line, "13-Apr-2026" and "14-Mar-2026", the
  billing office's call with its reference number as a decoy, Medicaid approved with coverage back to a date before
  the trip ("within 60 calendar days of the date you receive this notice": nothing to count from).
- phone_two_column_review_decision_mri_at_imaging_center_without_contract: a photographed two-column review decision
  keeping the refusal of a lumbar MRI done at an imaging center that has no contract with the program (the reason
  one sentence in a long paragraph), "March 4th, 2026" and "03.04.2026", signed by a nurse reviewer and the medical
  director ("within four months of the date of this decision").
- faxstd_stack_clinic_cover_statement_not_a_bill_lab_billed_late_then_lab_bill_sideways: a standard-fax stack of
  a shelter clinic's own fax cover sheet, the program's statement to the client ("THIS IS NOT A BILL", a table
  without ruling lines, a year-to-date share) on which a laboratory's claim reached the program 102 days after the
  blood draw ("within 60 days of the statement date"), and the laboratory's own bill to the client for the same tests
  (denies nothing), fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famle import (EHSheet, business_days, dmon, dots, es_date, iso, last_first, long, n2,  # noqa: F401
                               office_fax_cover, ordlong, people, phone, plus_months, slash, split_name, tollfree,
                               usd, wlong, ymd)
from public_kit import digits, m2, out, plus, truth

FAMILY = ("county_health_care_for_the_homeless_referral_program_sliding_fee_program_list_and_medicaid_first_"
          "refusals")
LANG = "en"
SEED = 354974
AGENCY = "Brannock County Health Services Agency"
PROG = "Brannock County Health Care for the Homeless Program"
PROG_ES = "Programa de Atención Médica para Personas sin Hogar del Condado de Brannock"
PROG_ALT = [AGENCY, "Health Care for the Homeless Program", "Brannock County Health Care for the Homeless",
            "Brannock County HCH Program"]
ADDR = "1400 Courthouse Plaza, Suite 210, Marlow Falls, OH 43725"
HC = ["Depot Street Health Center", "Harbor House Shelter Clinic", "Street Medicine Team (Mobile Unit 3)"]


def client_no(rng):
    return digits(rng, 8)


def claim_no(rng, d):
    """CL + two-digit year + day of the year received + a dash + four digits."""
    return f"CL{d.strftime('%y')}{d.timetuple().tm_yday:03d}-{digits(rng, 4)}"


def referral_no(rng):
    return f"RF-26-{digits(rng, 6)}"


def oh_shelter(rng):
    return rng.choice([["c/o Harbor House Shelter", "218 Canal St", "Marlow Falls, OH 43725"],
                       ["General Delivery", "Marlow Falls Main Post Office", "Marlow Falls, OH 43725"],
                       ["c/o Depot Street Health Center", "77 Depot St, Mail Box 14", "Marlow Falls, OH 43725"],
                       ["St. Anselm Day Center, Box 31", "402 N Third St", "Corbin Mills, OH 43701"]])


def _head(p, rng, unit, title=None, es=False):
    if es:
        p.seal_head("BC", "Agencia de Servicios de Salud del Condado de Brannock", PROG,
                    [f"{PROG_ES}  |  {unit}", f"{ADDR}  |  {phone(rng)}  |  Línea en español {tollfree(rng)}"],
                    title=title)
    else:
        p.seal_head("BC", AGENCY, PROG, [unit, f"{ADDR}  |  {phone(rng)}  |  TTY 711  |  Fax {phone(rng)}"],
                    title=title)


# ------------------------------------------------------------------------------------------------------------------
def bd_advice(rng):
    """Two-page provider payment advice; the middle claim pays nothing under RF2, explained on page 2."""
    p1, p2, p3, p4, d1, d2, d3, d4 = people(rng, 8, sexes="mfmffmfm")
    HOSP = "Kestrel Valley Medical Center"
    BILLER = "Ironwood Revenue Services"
    adv_d = dt.date(2026, 6, 11)
    due = plus(adv_d, 60)
    adv = f"PA-{adv_d.strftime('%y%m%d')}-07"
    pno = f"BCP-{digits(rng, 5)}"
    ids = [client_no(rng) for _ in range(4)]
    s1, s2, s3, s4 = dt.date(2026, 5, 4), dt.date(2026, 5, 12), dt.date(2026, 5, 19), dt.date(2026, 5, 14)
    c1, c2, c3 = claim_no(rng, plus(s1, 12)), claim_no(rng, plus(s2, 9)), claim_no(rng, plus(s3, 10))
    c4 = claim_no(rng, plus(s4, 11))
    r3, r4 = referral_no(rng), referral_no(rng)
    # (code, description, servicing, billed, allowed, paid, share, reason)
    L1 = [("99284", "Emergency dept visit", d1, 1240.00, 412.60, 387.60, 25.00, "P4"),
          ("80053", "Metabolic panel", d1, 186.00, 14.30, 14.30, 0.0, "P1"),
          ("70450", "CT head w/o contrast", d1, 1150.00, 121.85, 121.85, 0.0, "P1")]
    L2 = [("45380", "Colonoscopy with biopsy", d2, 2860.00, 0.0, 0.0, 0.0, "RF2"),
          ("88305", "Tissue exam, pathology", d2, 310.00, 0.0, 0.0, 0.0, "RF2")]
    L3 = [("93306", "Echocardiogram, complete", d3, 1480.00, 228.40, 223.40, 5.00, "P4")]
    L4 = [("99204", "Orthopedic consult, new", d4, 420.00, 138.90, 133.90, 5.00, "P4"),
          ("73562", "X-ray knee, 3 views", d4, 212.00, 36.10, 36.10, 0.0, "P1")]
    tot2 = sum(x[3] for x in L2)
    doc = EHSheet(footer="Page {n} of {nb}", footer_left="",
                  run_foot=f"Advice no. {adv}  \u00b7  Provider no. {pno}  \u00b7  {HOSP}",
                  mailed="Notice mailed 06/12/2026")
    doc.set_margins(15, 13, 15)
    doc.add_page()
    _head(doc, rng, "Specialty Referral and Claims Unit  |  Provider Services", title="PROVIDER PAYMENT ADVICE")
    eft = sum(x[5] for x in L1 + L2 + L3 + L4)
    doc.addr_kv([HOSP, f"c/o {BILLER}", "Attn: County Programs Desk", f"PO Box {rng.randint(7100, 7999)}",
                 "Corbin Mills, OH 43701"],
                [("Advice date", ymd(adv_d)), ("Advice no.", adv), ("Provider no.", pno),
                 ("EFT trace", digits(rng, 12)), ("EFT amount", usd(eft)),
                 ("Biller's account", f"IRV-{digits(rng, 5)}")], split=0.5, cap_w=30, size=9.2, cap=7.6,
                title="Payment summary")
    doc.para(f"This advice lists the claims we finished for the clients named below. Funds were sent by EFT on "
             f"{long(adv_d)} to the account on file for provider no. {pno}. The codes in the last column are "
             f"explained on page 2.", 8.8)
    W = doc.w - doc.l_margin - doc.r_margin
    head = ["Ln", "From", "Thru", "Code", "Description / servicing", "Billed", "County rate", "Program paid",
            "Client share", "Rsn"]
    fr = [0.045, 0.1, 0.1, 0.065, 0.27, 0.085, 0.09, 0.09, 0.085, 0.05]
    widths = [W * x / sum(fr) for x in fr]
    al = ["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"]

    def claim_rows(cno, pat, cid, ref, lines, s):
        rows = [f"Claim {cno}    {last_first(pat)}    Client no. BCH {cid}    Referral: {ref}"]
        for i, (code, desc, srv, b, a, pd, sh, rsn) in enumerate(lines, 1):
            rows.append([str(i), slash(s), slash(s), code, desc, n2(b), n2(a), n2(pd), n2(sh), rsn])
            rows.append(["", "", "", "", f"   Servicing: Dr. {srv}", "", "", "", "", ""])
        rows.append(["", "", "", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                     n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""])
        return rows

    rows1 = claim_rows(c1, p1, ids[0], "emergency - none needed", L1, s1)
    rows2 = claim_rows(c2, p2, ids[1], "none on file", L2, s2)
    rows4 = claim_rows(c4, p4, ids[3], r4, L4, s4)
    rows = rows1 + rows2 + rows4
    bold = (len(rows1) - 1, len(rows1) + len(rows2) - 1, len(rows) - 1)
    doc.open_table(head, rows, widths, al, size=7.6, bold_rows=bold,
                   gap_rows=(len(rows1), len(rows1) + len(rows2)))
    doc.f(7.8)
    doc.cell(0, 4, "Claims continue on page 2.", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.add_page()
    doc.f(8.6, "B")
    doc.cell(0, 5, f"Provider payment advice {adv} - continued", new_x="LMARGIN", new_y="NEXT")
    doc.ln(1)
    rows3 = claim_rows(c3, p3, ids[2], r3, L3, s3)
    allL = L1 + L2 + L3 + L4
    rows3.append(["", "", "", "", "ADVICE TOTALS (4 claims)", n2(sum(x[3] for x in allL)),
                  n2(sum(x[4] for x in allL)), n2(sum(x[5] for x in allL)), n2(sum(x[6] for x in allL)), ""])
    doc.open_table(head, rows3, widths, al, size=7.6, bold_rows=(len(rows3) - 2, len(rows3) - 1),
                   gap_rows=(len(rows3) - 1,))
    doc.f(8.2)
    doc.cell(0, 4.4, f"Paid to this provider number so far in 2026: {usd(48219.36)}      EFT amount this advice: "
                     f"{usd(eft)}", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.legend("What the codes mean", [
        ("P1", "Paid at the county rate for the code."),
        ("P4", "Paid at the county rate less the client share. The share follows the client's tier on the sliding "
               "fee scale, not the charge: for example, on a $100.00 charge for a tier B specialty visit you collect "
               "$5.00 from the client and the program pays the rest of the county rate. Tier C pays $25.00 for an "
               "emergency visit."),
        ("RF2", "The program pays for specialty care and planned hospital services only after one of its health "
                "centers has sent a referral for them. We have no referral for these services on these dates. Do "
                "not bill the client for them."),
        ("ER", "Emergency care; no referral is needed."),
    ], size=7.8, code_w=12)
    doc.bar("Reconsideration", size=8.8, shade=225)
    doc.para(f"If you think a claim on this advice was priced or refused in error, send a written request for "
             f"reconsideration within 60 calendar days of the advice date, with the claim number and any referral "
             f"form you hold, to the Specialty Referral and Claims Unit, {ADDR}. A referral sent after the service "
             f"does not change a decision made under code RF2. Questions: provider services {phone(rng)}.", 8.4)
    t = truth("eob", "prior_authorization", insurer=PROG, member_id=f"BCH{ids[1]}", member_name=p2, cases=[c2],
              claim_amount=m2(tot2), service_dates=[iso(s2)], denial_date=iso(adv_d), provider=HOSP,
              appeal_deadline=iso(due),
              alternates={"insurer": PROG_ALT, "member_id": [ids[1]], "provider": [f"Dr. {d2}", d2]})
    return out(doc), t


def scan_es_letter(rng):
    """Spanish letter: a crown is not on the program's list."""
    cl, dentist, clerk = people(rng, 3, sexes="ffm", pool="es")
    cid = client_no(rng)
    ld = dt.date(2026, 4, 14)
    due = plus(ld, 60)
    svc = dt.date(2026, 3, 4)
    rcv = dt.date(2026, 3, 23)
    exam = dt.date(2026, 2, 18)
    call = dt.date(2026, 4, 2)
    amt = 1140.00
    DENT = "Northgate Community Dental"
    cno = claim_no(rng, rcv)
    ref = referral_no(rng)
    p = EHSheet(footer="Página {n} de {nb}", footer_left="HCH-DL-7s (rev. 02/2026)")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Unidad de Referidos y Reclamos", es=True)
    p.addr_kv([cl, *oh_shelter(rng)],
              [("Fecha de esta carta", es_date(ld)), ("Número de cliente", f"BCH  {cid}"),
               ("Número de reclamo", cno), ("Referido dental", ref), ("Centro de salud", HC[0]),
               ("Nivel de pago", "B (escala móvil)")], split=0.47, cap_w=37, size=9.4, cap=7.6)
    p.line("Asunto: la corona dental del 4 de marzo no se puede pagar", 10.2, "B")
    p.ln(2)
    p.para(f"Estimada Sra. {split_name(cl)[2]}:", 10)
    p.para(f"{DENT} nos envió el {es_date(rcv)} una factura de {usd(amt)} por una corona de porcelana sobre metal "
           f"(código D2752) en el diente número 19. La Dra. {dentist} le puso la corona el {es_date(svc)}. El "
           f"examen y las radiografías del {es_date(exam)} ya se pagaron con otro reclamo y no cambian.", 9.8)
    p.para("**Por qué no pagamos la corona.** El programa paga solamente los servicios que aparecen en su Lista de "
           "Servicios Cubiertos. Para los dientes, la lista incluye exámenes, radiografías, limpiezas, empastes, "
           "extracciones, tratamiento de conducto en los dientes de adelante y dentaduras parciales. Las coronas no "
           "están en la lista, así que el programa no puede pagar esta factura, aunque su referido dental estaba "
           "vigente.", 9.8)
    p.para(f"{DENT} firmó un acuerdo con el programa. Antes de poner la corona, la clínica debía decirle que no "
           f"estaba cubierta y pedirle su firma. Si usted no firmó ese papel, la clínica no le debe cobrar. Si le "
           f"llega una cuenta, llámenos.", 9.8)
    p.para("**Cómo funciona su nivel de pago.** Su parte de cada servicio cubierto depende de su nivel en la escala "
           "móvil, no del precio. Por ejemplo, si un empaste cuesta $100, usted paga solo $5.00 en el nivel B y el "
           "programa paga el resto.", 9.4)
    p.para(f"**Si no está de acuerdo.** Puede pedir una revisión del programa dentro de 60 días calendario a partir "
           f"de la fecha de esta carta. Escriba a la Unidad de Referidos y Reclamos, {ADDR}, o pida ayuda en "
           f"{HC[0]}. Después de la revisión, puede pedir una audiencia ante el condado.", 9.4)
    p.para(f"Esta carta contesta su llamada del {es_date(call)} (referencia de la llamada LL-{digits(rng, 4)}-"
           f"{digits(rng, 3)}).", 9.0)
    p.para(f"Atentamente,\n{clerk}\nUnidad de Referidos y Reclamos", 9.6)
    t = truth("denial_letter", "not_covered", insurer=PROG, member_id=f"BCH{cid}", member_name=cl, cases=[cno],
              claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(ld), provider=DENT,
              appeal_deadline=iso(due), lang="es",
              alternates={"insurer": PROG_ALT + [PROG_ES, "Agencia de Servicios de Salud del Condado de Brannock"],
                          "member_id": [cid], "provider": [f"Dra. {dentist}", dentist],
                          "case_numbers": [[cno, ref]]})
    return out(p), t


def lowres_three_page(rng):
    """Three-page notice: claim table on page 2, reason and rights on page 3, taglines."""
    cl, att, worker, coord = people(rng, 4, sexes="mfmf")
    cid = client_no(rng)
    ld = dt.date(2026, 4, 21)
    dec = dt.date(2026, 4, 20)
    due = dt.date(2026, 6, 19)
    enr = dt.date(2026, 1, 5)
    apply_by = plus(enr, 45)
    remind = dt.date(2026, 2, 6)
    hold = plus(apply_by, 1)
    adm, dis = dt.date(2026, 3, 2), dt.date(2026, 3, 5)
    rcv = dt.date(2026, 3, 27)
    HOSP = "Calder Springs Hospital"
    cno = claim_no(rng, rcv)
    nno = f"NA-26-{digits(rng, 4)}"
    lines = [("0120", "Room and board, semi-private", "3 days", 6960.00), ("0250", "Pharmacy", "", 1418.35),
             ("0300", "Laboratory", "", 1264.50), ("0320", "X-ray, chest 2 views", "", 402.00),
             ("0450", "Emergency room", "", 3011.95), ("0730", "EKG", "", 1180.00)]
    tot = sum(x[3] for x in lines)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="",
                run_foot=f"Client: {cl}   |   Client no. BCH {cid}   |   Notice no. {nno}",
                mailed=f"Notice mailed {slash(plus(ld, 1))}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Eligibility and Claims", title="NOTICE OF ACTION")
    p.line(wlong(ld), 10)
    p.ln(3)
    for ln in [cl, *oh_shelter(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.para(f"Dear Mr. {split_name(cl)[2]}:", 10)
    p.para(f"{HOSP} sent us a bill for your hospital stay in March. We looked at it on {long(dec)} and decided "
           f"that **the program will not pay it**. This notice has three pages:", 10)
    p.bullets(["Page 1 (this page): a short summary.", "Page 2: the bill we looked at, line by line.",
               "Page 3: why we made this decision, and what you can do if you disagree."], 9.8)
    p.bar("Summary", 9.6)
    p.pairs([("Bill from", HOSP), ("Bill received", long(rcv)), ("Decision made", long(dec)),
             ("Program paid", "$0.00"), ("Your enrollment", f"began {long(enr)}; on hold since {long(hold)}")],
            label_w=40, size=9.6)
    p.ln(3)
    p.para(f"Your case worker at {HC[1]} is {worker}. You can talk to {split_name(worker)[0]} about this notice "
           f"during clinic hours, or call us at the number at the top.", 9.6)
    p.add_page()
    p.heading("Page 2 - the bill we looked at", 11)
    p.pairs([("Hospital", HOSP), ("Claim no.", cno), ("Stay", f"{dots(adm)} - {dots(dis)} (3 nights)")],
            label_w=30, size=9.4)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    rows = [[rc, desc, u, n2(b), "0.00"] for rc, desc, u, b in lines]
    rows.append(["", f"Attending: Dr. {att}", "", "", ""])
    rows.append(["", "Total", "", n2(tot), "0.00"])
    p.wrap_table(["Rev. code", "Service", "Units", "Billed", "Program paid"], rows,
                 [W * 0.12, W * 0.5, W * 0.12, W * 0.13, W * 0.13], size=8.6,
                 aligns=["L", "L", "L", "R", "R"], bold_rows=(len(rows) - 1,))
    p.para(f"The hospital may not bill you for more than your share under the program while a review is open. If "
           f"you get a bill from {HOSP}, keep it and show it to your case worker.", 9.2)
    p.add_page()
    p.heading("Page 3 - why we made this decision", 11)
    p.para(f"When you enrolled in the program on {long(enr)}, you signed an agreement to apply for Medicaid within "
           f"45 days, because your income may let you qualify. We sent you a reminder on {long(remind)}. The "
           f"information we received does not show that you applied for Medicaid by {long(apply_by)}, and the "
           f"county's Job and Family Services office has no application from you. Your enrollment has been on hold "
           f"since {long(hold)}. Your stay from March 2 through {long(dis)} was after that, so the program cannot "
           f"pay for it.", 9.6)
    p.para("You can still apply for Medicaid. If Medicaid is approved, it may pay for the stay, because Medicaid "
           "can cover up to three months before the month you apply. Once you show us that you applied, we will "
           "take your enrollment off hold.", 9.6)
    p.bar("If you disagree", 9.4)
    p.para(f"Ask for a program review no later than {long(due)}. Call us, write to us at {ADDR}, or ask "
           f"{HC[1]} to help you. If you still disagree after the review, you may ask for a county hearing; the "
           f"review decision will tell you how.", 9.4)
    p.nondiscrimination(AGENCY, phone(rng), f"{coord}, Civil Rights Coordinator", size=7.0)
    t = truth("denial_letter", "eligibility", insurer=PROG, member_id=f"BCH{cid}", member_name=cl, cases=[nno, cno],
              claim_amount=m2(tot), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(due),
              alternates={"insurer": PROG_ALT, "member_id": [cid], "provider": [f"Dr. {att}", att],
                          "case_numbers": [[cno], [nno]], "service_dates": [[iso(adm), iso(dis)]]})
    return out(p), t


def photocopy_referral(rng):
    """Specialty referral approved: boxes with small captions over the values."""
    cl, np_, cardio = people(rng, 3, sexes="ffm")
    cid = client_no(rng)
    ad = dt.date(2026, 4, 27)
    appt = dt.date(2026, 5, 5)
    vfrom, vto = ad, plus(ad, 90)
    ref = referral_no(rng)
    SPEC = "Limestone Valley Cardiology"
    p = EHSheet(footer=None, footer_left="HCH-RF-3 (rev. 02/2026)   Printed 04/27/2026")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Specialty Referral and Claims Unit", title="SPECIALTY REFERRAL - APPROVED")
    W = p.w - p.l_margin - p.r_margin
    p.split_boxes([("1. Referral no.", ref, W * 0.26), ("2. Date approved", ymd(ad), W * 0.2),
                   ("3. Health center", HC[0], W * 0.34), ("4. Share tier", "B", W * 0.2)], size=9.4, h=12)
    p.split_boxes([("5. Client name (last, first, M)", last_first(cl), W * 0.4), ("6. Prefix", "BCH", W * 0.12),
                   ("7. Client no.", cid, W * 0.22), ("8. Phone / message", "at clinic front desk", W * 0.26)],
                  size=9.4, h=12)
    p.split_boxes([("9. Referring clinician", f"{np_}, FNP", W * 0.36),
                   ("10. Reason for referral", "palpitations, abnormal EKG", W * 0.64)], size=9.4, h=12)
    p.split_boxes([("11. Referred to", SPEC, W * 0.42), ("12. Servicing clinician", f"Dr. {cardio}", W * 0.34),
                   ("13. Specialty", "Cardiology", W * 0.24)], size=9.4, h=12)
    p.split_boxes([("14. Approved", "1 consult visit; Holter monitor 48 h (93224)", W * 0.5),
                   ("15. Valid from", slash(vfrom), W * 0.25), ("16. Valid through", slash(vto), W * 0.25)],
                  size=9.4, h=12)
    p.split_boxes([("17. Appointment", f"{wlong(appt)}, 9:20 a.m.", W * 0.6),
                   ("18. Address", "310 Quarry Rd, Suite B, Marlow Falls", W * 0.4)], size=9.2, h=12)
    p.ln(2)
    p.bar("For the client", 9.4)
    p.para(f"Your referral to {SPEC} is approved. Bring this form and a photo ID if you have one to the "
           f"appointment. If you cannot go, call the clinic so that the appointment can be moved inside the dates in "
           f"boxes 15 and 16.", 9.4)
    p.para("You pay only your share for tier B: $5.00 for each specialty visit or test. If the cardiologist bills "
           "$100, for example, you still pay $5.00. No one may ask you for more than your share for the services "
           "in box 14.", 9.4)
    p.bar("For the specialist's office", 9.4)
    p.para(f"Put the referral number in box 23 of the claim form. Services not listed in box 14 need a new referral "
           f"from {HC[0]} before they are done. Claims must reach us within 90 days of the service. Claims: "
           f"Specialty Referral and Claims Unit, {ADDR}.", 9.0)
    p.sig_line(f"Approved by: referral nurse", "Received by specialist office (initials / date)")
    t = truth("other", None, insurer=PROG, member_id=f"BCH{cid}", member_name=cl, cases=[ref],
              service_dates=[iso(appt)], denial_date=iso(ad), provider=SPEC,
              alternates={"insurer": PROG_ALT + [HC[0]], "member_id": [cid],
                          "provider": [f"Dr. {cardio}", cardio],
                          "service_dates": [[f"{iso(vfrom)}/{iso(vto)}"], []]})
    return out(p), t


def faxfine_ambulance(rng):
    """Letter to an ambulance company: Medicaid approved back to a date before the trip; claim no. only in RE."""
    cl, clerk = people(rng, 2, sexes="mf")
    cid = client_no(rng)
    ld = dt.date(2026, 4, 13)
    trip = dt.date(2026, 3, 14)
    call = dt.date(2026, 4, 2)
    mcd_ok = dt.date(2026, 4, 1)
    mcd_from = dt.date(2026, 3, 1)
    amt = 1312.40
    AMB = "Red Hawk Ambulance Service, Inc."
    cno = claim_no(rng, dt.date(2026, 3, 24))
    fax_from = phone(rng)
    p = EHSheet(footer="Page {n} of {nb}",
                fax_hdr=f"APR-13-2026 15:42   FROM: BRANNOCK CO HSA CLAIMS   {fax_from}   TO: 17405550188   P.{{n}}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Specialty Referral and Claims Unit  |  Other Coverage Desk")
    p.addr_kv([AMB, "Billing Office", f"{rng.randint(1200, 4800)} Industrial Pkwy", "Corbin Mills, OH 43701"],
              [("Date", dmon(ld)), ("Client", last_first(cl)), ("Client no.", f"BCH {cid}"),
               ("Trip date", dmon(trip)), ("Our desk", phone(rng)), ("Fax", fax_from)],
              split=0.5, cap_w=24, size=9.4, cap=7.8)
    p.subject(f"RE: Claim {cno} - ground ambulance transport")
    p.para("To the billing office:", 9.8)
    p.para(f"This answers the call from your office on {dmon(call)} (call reference CS-{digits(rng, 2)}-"
           f"{digits(rng, 4)}) about the transport of Mr. {split_name(cl)[2]} from the Harbor House Shelter to "
           f"Calder Springs Hospital on {dmon(trip)}. Your claim billed {usd(amt)}: A0427 (advanced life support, "
           f"emergency) and A0425 for 9 loaded miles.", 9.6)
    p.para(f"The county program pays only after every other payer. The state Medicaid eligibility system shows "
           f"that Mr. {split_name(cl)[2]} was approved for Medicaid on {dmon(mcd_ok)}, with coverage back to "
           f"{dmon(mcd_from)}. His Medicaid covered the date of the trip. Please bill Medicaid for it; we have "
           f"closed our claim without payment.", 9.6)
    p.para("If Medicaid refuses the claim for a reason other than a billing error, send us its remittance and we "
           "will look at the claim again. You may not bill Mr. " + split_name(cl)[2] + " while Medicaid decides.",
           9.6)
    p.para("You may ask us to review this decision within 60 calendar days of the date you receive this notice. "
           f"Send the request to the Specialty Referral and Claims Unit, {ADDR}.", 9.6)
    p.para(f"{clerk}\nOther Coverage Desk", 9.6)
    t = truth("denial_letter", "other", insurer=PROG, member_id=f"BCH{cid}", member_name=cl, cases=[cno],
              claim_amount=m2(amt), service_dates=[iso(trip)], denial_date=iso(ld), provider=AMB,
              alternates={"insurer": PROG_ALT, "member_id": [cid]})
    return out(p), t


def phone_review(rng):
    """Two-column review decision: MRI at an imaging center without a contract; nurse and medical director sign."""
    cl, nurse, md, np_ = people(rng, 4, sexes="ffmm")
    cid = client_no(rng)
    dd = dt.date(2026, 5, 12)
    due = plus_months(dd, 4)
    svc = dt.date(2026, 3, 4)
    first = dt.date(2026, 4, 1)
    asked = dt.date(2026, 4, 16)
    amt = 2150.00
    IMG = "Ridgeview Open MRI"
    cno = claim_no(rng, dt.date(2026, 3, 16))
    rv = f"RV-26-{digits(rng, 4)}"
    ref = referral_no(rng)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="HCH-RV-2")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "Medical Review Office", title="REVIEW DECISION")
    p.addr_kv([cl, *oh_shelter(rng)],
              [("Decision date", long(dd)), ("Review no.", rv), ("Claim no.", cno), ("Client no.", f"BCH {cid}"),
               ("Date of service", dots(svc)), ("Request received", long(asked))], split=0.5, cap_w=34, size=9.2,
              cap=7.6)
    paras = [
        f"Dear Ms. {split_name(cl)[2]}:",
        f"On {long(asked)} we received your request to look again at our letter of {long(first)}, which said the "
        f"program would not pay {IMG} for the MRI of your lower back on {ordlong(svc)} ({usd(amt)}). A nurse "
        f"reviewer and the program's medical director, neither of whom made the first decision, read your letter, "
        f"the referral and the imaging center's bill.",
        f"**What we decided.** We are keeping the first decision.",
        f"**Why.** {np_}, NP, at {HC[2]} sent a referral ({ref}) for an MRI of the lumbar spine after your back "
        f"pain had lasted six weeks, and we agree that the scan was needed and that the referral was on time. You "
        f"told us that you went to {IMG} on Wednesday, March 4, 2026 because it is a short walk from the day "
        f"center, that nobody there asked about the program until after the scan, and that you did not know "
        f"where the referral was meant to be used; we understand that, and we have asked the team to explain it "
        f"more clearly on the referral form. The referral named the imaging department of Calder Springs Hospital, "
        f"which has a contract with the program, and the program can pay only providers that have signed its "
        f"provider agreement, which {IMG} has not done. Because the scan was needed, the team can send a new "
        f"referral for any follow-up imaging, at a place that takes the program.",
        f"**About the bill.** {IMG} knew you had no other coverage and did not check with us before the scan. We "
        f"have written to them. If they send you a bill, you can ask them for their own charity discount.",
        f"**If you still disagree.** You may ask the County Health Officer for a second review within four months "
        f"of the date of this decision. Write to the Medical Review Office, {ADDR}, or ask {HC[2]} for help. The "
        f"second review is the last step inside the program.",
        "If you have questions, call the number at the top. Free help in other languages is available.",
    ]
    p.two_col(paras, size=8.9)
    p.signatures((nurse, "Nurse Reviewer, RN"), (md, "Medical Director, MD"))
    t = truth("denial_letter", "out_of_network", insurer=PROG, member_id=f"BCH{cid}", member_name=cl,
              cases=[rv, cno], claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(dd), provider=IMG,
              appeal_deadline=iso(due),
              alternates={"insurer": PROG_ALT, "member_id": [cid], "case_numbers": [[rv], [cno]]},
              denial_alternates=["not_covered"])
    return out(p), t


def faxstd_stack(rng):
    """Clinic fax cover + program statement (lab claim billed late) + the lab's own bill, fed sideways."""
    cl, coord = people(rng, 2, sexes="mf")
    cid = client_no(rng)
    sd = dt.date(2026, 5, 6)
    due = plus(sd, 60)
    draw = dt.date(2026, 1, 8)
    rcv = dt.date(2026, 4, 20)
    visit = dt.date(2026, 3, 17)
    LAB = "Pinecrest Clinical Laboratories"
    tests = [("85025", "Complete blood count", 48.00), ("80061", "Lipid panel", 96.00),
             ("83036", "Hemoglobin A1c", 72.00), ("84443", "TSH", 118.00), ("36415", "Blood draw", 18.00)]
    lab_tot = sum(x[2] for x in tests)
    c_late = claim_no(rng, rcv)
    c_visit = claim_no(rng, plus(visit, 6))
    c_lab2 = claim_no(rng, plus(visit, 11))
    home = oh_shelter(rng)
    # document 1: statement to the client
    a = EHSheet(footer="Page {n} of {nb}", footer_left="HCH-SP-1")
    a.set_margins(16, 13, 16)
    a.add_page()
    _head(a, rng, "Client Statements", title="STATEMENT OF PROGRAM PAYMENTS")
    a.addr_kv([cl, *home],
              [("Statement date", slash(sd)), ("Client no.", f"BCH {cid}"), ("Covers", "01/01/2026 - 04/30/2026"),
               ("Share tier", "B")], split=0.5, cap_w=32, size=9.2, cap=7.6)
    a.f(12, "B")
    a.cell(0, 7, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    a.ln(2)
    W = a.w - a.l_margin - a.r_margin
    head = ["Claim", "Date", "Provider", "Service", "Billed", "Program paid", "Your share", "Code"]
    fr = [0.13, 0.1, 0.26, 0.19, 0.08, 0.09, 0.08, 0.06]
    widths = [W * x / sum(fr) for x in fr]
    rows = [[c_visit, slash(visit), HC[1], "Office visit 99213", "185.00", "88.20", "0.00", "A"],
            [c_lab2, slash(visit), LAB, "Lab tests (3)", "214.00", "31.65", "0.00", "A"],
            [c_late, slash(draw), LAB, "Lab tests (4) and draw", n2(lab_tot), "0.00", "0.00", "T"],
            ["", "", "", "Totals", n2(185 + 214 + lab_tot), "119.85", "0.00", ""]]
    a.open_table(head, rows, widths, ["L", "L", "L", "L", "R", "R", "R", "C"], size=7.6, bold_rows=(3,),
                 gap_rows=(3,))
    a.pairs([("Your share paid so far this enrollment period", "$10.00"),
             ("Share limit for tier B this period", "$60.00")], label_w=82, size=8.8, bold_label=False)
    a.ln(2)
    a.legend("What the codes mean", [
        ("A", "Paid at the county rate. Health center visits cost nothing for tier B."),
        ("T", f"{LAB} sent this claim on {long(rcv)}. Claims must reach the program within 90 days of the "
              f"service, and this one came 102 days after the blood draw of {long(draw)}. The laboratory has a "
              f"contract with the program and agreed not to bill clients for claims it sends late. You do not owe "
              f"it anything for these tests."),
    ], size=8.4)
    a.para(f"If you think something on this statement is wrong, tell us within 60 days of the statement date. Call "
           f"{phone(rng)} or write to Client Statements, {ADDR}.", 8.8)
    d1 = (out(a), truth("eob", "timely_filing", insurer=PROG, member_id=f"BCH{cid}", member_name=cl, cases=[c_late],
                        claim_amount=m2(lab_tot), service_dates=[iso(draw)], denial_date=iso(sd), provider=LAB,
                        appeal_deadline=iso(due), alternates={"insurer": PROG_ALT, "member_id": [cid]}))
    # document 2: the laboratory's bill to the client
    bd = dt.date(2026, 5, 14)
    acct = f"PCL-{digits(rng, 7)}"
    b = EHSheet(footer=None)
    b.set_margins(18, 15, 18)
    b.add_page()
    b.bar_head(LAB, "Patient Billing", [f"PO Box {rng.randint(3000, 3999)}, Columbus, OH 43216",
                                        f"Billing questions {tollfree(rng, '1-800')}"],
               right=["PATIENT STATEMENT", f"Statement date {slash(bd)}", f"Account {acct}"])
    b.addr_kv([cl, *home], [("Amount due", usd(lab_tot)), ("Please pay by", slash(plus(bd, 30))),
                                        ("Account", acct)], split=0.55, cap_w=28, size=9.6, cap=8)
    b.wrap_table(["Date", "Test", "Code", "Charge"],
                 [[slash(draw), d, c, n2(v)] for c, d, v in tests] + [["", "Total charges", "", n2(lab_tot)],
                                                                        ["", "Insurance payments", "", "0.00"],
                                                                        ["", "Balance due from patient", "",
                                                                         n2(lab_tot)]],
                 [28, 80, 26, 30], size=8.8, aligns=["L", "L", "L", "R"], bold_rows=(7,))
    b.para(f"Insurance billed on {slash(rcv)}: Brannock County HCH, ID BCH {cid}. Response: not paid. The balance "
           f"is now yours. Call us to set up a payment plan.", 9.0)
    b.tear_slip("Return this part with your payment",
                [("Account", acct, 40), ("Patient", last_first(cl), 62), ("Amount due", usd(lab_tot), 32),
                 ("Amount enclosed", "$ __________", 34)], cut="Detach here")
    d2 = (out(b), truth("other", None, insurer=None, member_id=f"BCH{cid}", member_name=cl, claim_amount=m2(lab_tot),
                        service_dates=[iso(draw)], denial_date=iso(bd), provider=LAB,
                        unscored=["insurer"], alternates={"member_id": [cid]}))
    cover = office_fax_cover([HC[1], "Care Coordination  |  218 Canal St, Marlow Falls, OH 43725",
                              "Phone (740) 555-0142  |  Fax (740) 555-0143"],
                             "Brannock Legal Aid - Health Benefits Desk", "(740) 555-0177", coord, "(740) 555-0142",
                             "(740) 555-0143", dt.date(2026, 5, 18), 3, f"client {last_first(cl)}",
                             "Our client got the county's statement and then this lab bill. He signed a release. "
                             "Can you help him? - " + split_name(coord)[0])
    return [d1, d2], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_two_page_payment_advice_colonoscopy_no_referral_code_glossary_on_page_two",
             "born_digital", [bd_advice(rng)]),
        Item(F + "scan300_es_carta_corona_dental_fuera_de_la_lista", "scan_clean_300", [scan_es_letter(rng)]),
        Item(F + "lowres_three_page_notice_hospital_stay_medicaid_not_applied_taglines", "scan_lowres_150",
             [lowres_three_page(rng)]),
        Item(F + "photocopy_specialty_referral_approved_cardiology_boxes_under_captions", "photocopy",
             [photocopy_referral(rng)]),
        Item(F + "faxfine_letter_to_ambulance_company_medicaid_retroactive_claim_in_subject_only", "fax_fine_g4",
             [faxfine_ambulance(rng)]),
        Item(F + "phone_two_column_review_decision_mri_at_imaging_center_without_contract", "phone_photo",
             [phone_review(rng)]),
    ]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_clinic_cover_statement_not_a_bill_lab_billed_late_then_lab_bill_sideways",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(1, 0): 90}))
    return items
