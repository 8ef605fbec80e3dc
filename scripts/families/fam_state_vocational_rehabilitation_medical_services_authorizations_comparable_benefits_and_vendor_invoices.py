"""A state vocational rehabilitation (VR) agency's papers on medical services bought for a participant's employment
plan, mirrored (structure and plain wording style only) from the public papers of state VR programs run under Title I
of the Rehabilitation Act: a written notice of decision with the participant's rights (an informal review, an
impartial hearing, mediation, and the Client Assistance Program), the rule that the agency looks for comparable
services and benefits (health insurance and the like) before it pays for medical care, purchases only by written
authorization issued before the service, vendor payment notices at the agency's fee schedule, and the closing of a
case. The agency (the "Kansas Office of Rehabilitation and Employment", KORE), its area offices, form numbers
(VR-27, VR-300, VR-411), fee amounts, the 90-day invoice rule, every review period, the Client Assistance Program's
host organisation, every vendor, clinician, hospital, person, number and address are invented; CPT, HCPCS and ICD-10
codes appear as themselves; phones use 555. No heading names the kind of refusal; the reasons are in plain words.

Documents (8 in 7 files):
- bd_notice_hearing_aids_employer_plan_first: a born-digital two-page notice, two columns (a sidebar of participant
  ID, Ref#, counselor and phone / fax / TTY numbers beside the text): two hearing aids quoted at $5,180.00 for the
  "week of May 11, 2026" are not bought now because the participant's employer health plan pays for hearing aids and
  must be asked first (other); the decision date differs from the mailing date; informal review "within 30 days of
  the date of decision", the hearing counted from receipt (no count possible).
- scan_vendor_payment_notice_visits_after_authorization_ended: a clean scan of a vendor payment notice to a physical
  therapy clinic: eleven dated visit rows, the five after the authorization ran out refused (prior_authorization);
  adjustments in parentheses, a totals row that is not the refused amount, the refused $840.00 only in a sentence
  "from 3/30 through 4/8/2026"; an invoice control number and the clinic's invoice number; "within 60 days from the
  date of this notice".
- finefax_request_form_therapy_cut_to_twelve_visits: a fine fax of the agency's request-and-decision form: margin
  captions in small capitals with values flush right in ruled boxes, the provider's section, and a row of decision
  boxes where "Approved in part" is ticked: 12 of 24 hand therapy visits, the medical consultant finding the records
  support twelve (medical_necessity); a DCN barcode, the fax line's later date and an NPI as decoys.
- phone_es_aviso_cirugia_formulario_no_recibido: a photographed Spanish notice: carpal tunnel surgery planned for
  "18 de junio de 2026" cannot be bought because the surgeon's medical form asked for in April never came (other);
  "dentro de 30 días a partir de la fecha de esta carta".
- photocopy_two_page_case_closed_before_ankle_surgery: a photocopied two-page letter with name and ID repeated at
  the top of both pages: the case was closed on February 27 and the hospital stay (admitted March 16, discharged
  March 18) came after it (eligibility); the amount, provider, dates and the printed last day to ask for a review
  sit only in a facts table at the foot of page 2.
- rotated_laser_eye_surgery_glasses_already_correct: a letter fed sideways, facts box at the right with phone, fax
  and TTY beside the IDs: laser eye surgery is not a service the program buys when glasses already correct the
  eyesight (not_covered); a phone call's reference number as a decoy; "within 30 days of the date of this letter".
- faxstd_stack_cover_authorization_then_late_invoice_upside_down: a standard fax: a cover sheet, the purchase
  authorization for hearing aids (approves; denies nothing), then a two-page letter refusing the audiologist's
  $4,350.00 invoice for the services "from 5/12 through 5/19/2026" because it came after the 90 days the
  authorization allows (timely_filing), its second page fed upside down; "no later than 45 days after the date at
  the top of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famjb import (FFSheet, es_date, first_last, from_through, grouped, long, n2, npi, paren,
                               people, phone, slash, tollfree, usd, week_of)
from public_kit import digits, m2, out, plus, truth

FAMILY = "state_vocational_rehabilitation_medical_services_authorizations_comparable_benefits_and_vendor_invoices"
LANG = "en"
SEED = 354951
INS = "Kansas Office of Rehabilitation and Employment"
ALT = ["KORE", "Kansas Office of Rehabilitation & Employment", "Office of Rehabilitation and Employment",
       "Kansas Office of Rehabilitation and Employment - Vocational Rehabilitation Program",
       "KORE Vocational Rehabilitation Program"]
CAP = "Prairie Rights Advocacy Center"
MEADOW = "Meadowgrass Hearing & Balance"
COTTON = "Cottonwood Bend Physical Therapy, LLC"
BRIAR = "Briar Hollow Hand Therapy"
SANDSTONE = "Sandstone Orthopedic & Hand Center"
REDSTEM = "Redstem Regional Hospital"
CLEARBROOK = "Clearbrook Laser Vision Center"
LARKSPUR = "Larkspur Audiology Group"
OFFICES = {"salina": ("Salina Area Office", "PO Box 1187, Salina, KS 67402", "785"),
           "garden": ("Garden City Area Office", "PO Box 560, Garden City, KS 67846", "620"),
           "wichita": ("Wichita North Area Office", "PO Box 48210, Wichita, KS 67201", "316"),
           "topeka": ("Central Office - Vendor Payments", "PO Box 2471, Topeka, KS 66601", "785")}


def pid(rng) -> str:
    return digits(rng, 8)


def _head(p, rng, office: str, box: str | None = None, es: bool = False):
    name, addr, area = OFFICES[office]
    if es:
        lines = [f"Programa de Rehabilitación Vocacional  |  {name}",
                 f"{addr}  |  Tel. ({area}) 555-{digits(rng, 4)}  |  TTY: 711"]
    else:
        lines = [f"Vocational Rehabilitation Program  |  {name}",
                 f"{addr}  |  Phone ({area}) 555-{digits(rng, 4)}  |  Kansas Relay 711"]
    p.head(INS, "KORE", lines, box=box, size=12.2)


def _cap_para(p, size=9.4):
    p.para(f"**Client Assistance Program (CAP).** CAP is free and is not part of our agency. A CAP advocate can "
           f"explain your rights, help you talk with your counselor, and help you ask for a review or a hearing. "
           f"In Kansas, CAP is run by the {CAP}: {tollfree(random.Random(7))} (voice) or 711.", size)


# --- 1 ------------------------------------------------------------------------------------------------------------
def bd_hearing_aids(rng):
    member, counselor, aud, mgr = people(rng, 4)
    p_id = pid(rng)
    ref = f"MS-{digits(rng, 6)}"
    decision = dt.date(2026, 4, 14)
    mailed = dt.date(2026, 4, 16)
    tested = dt.date(2026, 3, 24)
    fitting = dt.date(2026, 5, 11)
    quote = 5180.00
    area = "785"
    p = FFSheet(footer="Page {n} of {nb}", footer_left="Form VR-411 (rev. 03/2025)  Notice of Decision")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "salina", box="NOTICE OF DECISION")
    p.f(8.2)
    p.cell(0, 4, f"Mailed {slash(mailed)}", align="R", new_x="LMARGIN", new_y="NEXT")
    for ln in [member, f"{rng.randint(100, 2999)} N Ohio St Apt {rng.randint(2, 14)}", "Salina, KS 67401"]:
        p.line(ln, 10)
    p.ln(5)
    side = [("Participant", member), ("Participant ID", grouped(p_id)), ("Ref#", ref),
            ("Date of decision", long(decision)), ("Your counselor", counselor),
            ("Phone", phone(rng, area)), ("Fax", phone(rng, area)), ("TTY", "711 (Kansas Relay)"),
            ("Office hours", "Mon-Fri 8:00-4:30")]
    paras = [
        f"Dear {first_last(member)}:",
        f"You and your counselor asked us to buy two hearing aids, one for each ear, from {MEADOW}, where "
        f"{aud}, Au.D., tested your hearing on {long(tested)}. The quote is {usd(quote)}, and the fitting was "
        f"planned for the {week_of(fitting)}. Your employment plan names pharmacy technician as your job goal, "
        "and we agree that hearing customers at the counter is part of that job.",
        "Before we spend program money on medical care, hearing aids included, we must find out whether some "
        "other program or insurance would pay for the same thing, and that source has to be used first. You "
        "told us you are covered by the Hartwell Foods Employee Health Plan through your job. The benefit booklet "
        "you gave us lists hearing aids at up to $2,000 for each ear once every three years.",
        "**Our decision: we will not buy the hearing aids at this time.** Please ask your health plan to pay for "
        "them first, and bring its answer to your counselor. If the plan pays only part of the quote, we will "
        "look at the rest; if the plan says no, we will look at the whole request again.",
        "This decision does not close your case or change any other service in your plan.",
    ]
    p.two_col(side, paras, side_w=56, size=9.4)
    p.para(f"Sincerely,\n{counselor}\nVocational Rehabilitation Counselor", 9.6)
    p.add_page()
    p.bar("If you disagree with this decision")
    p.para(f"**Informal review.** You may ask {mgr}, the area manager, to look at this decision again. Your "
           "request must reach us within 30 days of the date of decision shown on page 1. You can call, write, "
           "or ask your counselor to write your request down for you.", 9.6)
    p.para("**Impartial hearing.** You may also ask for a hearing before an impartial hearing officer, with or "
           "without an informal review first. Send the hearing request to the Office of Administrative Hearings "
           "within 60 days after you receive this notice. You may bring a person of your choice.", 9.6)
    p.para("**Mediation.** If you and the agency both agree, a trained mediator can help settle the "
           "disagreement. Asking for mediation does not delay a hearing you have asked for.", 9.6)
    _cap_para(p)
    p.para("We will not stop or reduce services you are receiving now while a review or hearing is pending, "
           "unless you ask us to or the service was obtained by fraud.", 9.0)
    tr = truth("denial_letter", "other", insurer=INS, member_id=p_id, member_name=member, cases=[ref],
               claim_amount=m2(quote), service_dates=[], denial_date=decision.isoformat(), provider=MEADOW,
               appeal_deadline=plus(decision, 30).isoformat(),
               alternates={"insurer": ALT, "provider": [f"{aud}, Au.D.", aud],
                           "service_dates": [[fitting.isoformat()], [f"{fitting.isoformat()}/"
                                                                     f"{plus(fitting, 4).isoformat()}"]]},
               denial_alternates=["not_covered"])
    return out(p), tr


# --- 2 ------------------------------------------------------------------------------------------------------------
def scan_vendor_payment(rng):
    member, therapist, counselor, clerk = people(rng, 4)
    p_id = pid(rng)
    vendor_no = f"V0{digits(rng, 5)}"
    auth = f"A26-{digits(rng, 6)}"
    ctrl = f"26{digits(rng, 3)}-{digits(rng, 5)}"
    inv = f"CB-{digits(rng, 5)}"
    notice = dt.date(2026, 4, 21)
    pay_date = dt.date(2026, 4, 24)
    auth_from, auth_to = dt.date(2026, 2, 23), dt.date(2026, 3, 27)
    visits = [dt.date(2026, 3, d) for d in (16, 18, 20, 23, 25, 27, 30)] + [dt.date(2026, 4, d) for d in (1, 3, 6, 8)]
    billed_each, fee = 168.00, 126.40
    rows, flags = [], []
    t_b = t_adj = t_paid = 0.0
    for d in visits:
        ok = d <= auth_to
        adj = round(billed_each - fee, 2) if ok else billed_each
        paid = fee if ok else 0.0
        t_b += billed_each
        t_adj += adj
        t_paid += paid
        rows.append([slash(d), "97110 x2, 97140", n2(billed_each), paren(adj), n2(paid), "FS" if ok else "NA"])
        flags.append(None if ok else "*")
    refused = [d for d in visits if d > auth_to]
    ref_amt = round(billed_each * len(refused), 2)
    p = FFSheet(footer="Page {n} of {nb}", footer_left="Form VR-318 (rev. 03/2025)  Vendor Payment Notice")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "topeka", box="VENDOR PAYMENT NOTICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [COTTON, "Attn: Billing", f"{rng.randint(200, 2999)} E Iron Ave", "Salina, KS 67401"]:
        p.line(ln, 9.8)
    bottom = p.sidebar([("Notice date", slash(notice)), ("Vendor no.", vendor_no), ("Invoice control no.", ctrl),
                        ("Your invoice no.", inv)], p.l_margin + W - 62, y0, 62, size=8.6)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.capcells([("Participant", member, 78, "A"), ("Participant ID", p_id, 40, "A"),
                ("Counselor", counselor, W - 118, "A")], size=9.0)
    p.para(f"We have processed your invoice for physical therapy given to the participant named above by "
           f"{therapist}, PT. Each visit is listed below with the amount we allowed under the agency's fee schedule.",
           9.4)
    p.flagged(["Date of service", "Codes", "Billed", "Adjustment", "Paid", "Note"], rows,
              [30, 40, 26, 28, 26, W - 150], flags, aligns=["L", "L", "R", "R", "R", "C"], size=8.4,
              totals=["Invoice totals", "", n2(t_b), paren(t_adj), n2(t_paid), ""])
    p.leaders([("Amount of this payment (EFT on " + slash(pay_date) + ")", n2(t_paid)),
               ("EFT trace no.", f"0{digits(rng, 11)}")], size=8.8, w=120)
    p.legend_box("NOTES", [("FS", "Paid at the KORE fee schedule for these codes. The difference may not be billed "
                                  "to the participant."),
                           ("NA", "Not paid. See the explanation below.")], size=8.0, code_w=9)
    p.para(f"We cannot pay the {usd(ref_amt)} billed for the {len(refused)} visits "
           f"{from_through(refused[0], refused[-1])}. "
           f"Authorization {auth} covered twelve visits from {long(auth_from)} to {long(auth_to)}. The visits marked "
           "with * were given after that authorization ran out, and no one asked the counselor for a new one "
           "before they were given. We pay only for services we agreed in writing to buy before they were given. "
           "The participant may not be billed for these visits.", 9.4)
    p.para("A vendor who disagrees may ask for reconsideration in writing within 60 days from the date of this "
           f"notice. Send it to Vendor Payments at the address above, to the attention of {clerk}.", 9.4)
    tr = truth("eob", "prior_authorization", insurer=INS, member_id=p_id, member_name=member, cases=[ctrl, inv],
               claim_amount=m2(t_b), service_dates=[f"{refused[0].isoformat()}/{refused[-1].isoformat()}"],
               denial_date=notice.isoformat(), provider=COTTON, appeal_deadline=plus(notice, 60).isoformat(),
               alternates={"insurer": ALT, "provider": [f"{therapist}, PT", therapist],
                           "claim_amount": [m2(ref_amt)], "case_numbers": [[ctrl], [ctrl, inv, auth]],
                           "service_dates": [[d.isoformat() for d in refused]]},
               type_alternates=["denial_letter"])
    return out(p), tr


# --- 3 ------------------------------------------------------------------------------------------------------------
def finefax_form(rng):
    member, therapist, counselor, consultant = people(rng, 4)
    p_id = pid(rng)
    trk = f"TRK-26-{digits(rng, 6)}"
    auth = f"A26-{digits(rng, 6)}"
    decided = dt.date(2026, 5, 8)
    faxed = dt.date(2026, 5, 11)
    start, end = dt.date(2026, 6, 1), dt.date(2026, 8, 28)
    appr_end = dt.date(2026, 7, 10)
    per, n_req, n_ok = 134.00, 24, 12
    est = per * n_req
    p = FFSheet(footer="Page {n} of {nb}", footer_left="Form VR-27 (rev. 03/2025)",
                fax_hdr=(f"{slash(faxed)} 09:{rng.randint(10, 59)}  KORE GARDEN CITY AO  FAX (620) 555 "
                         f"{digits(rng, 4)}  >>  BRIAR HOLLOW HAND THX   P.{{n}}"))
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "garden")
    p.title_bar("MEDICAL SERVICES REQUEST AND DECISION",
                "Section A is completed by the provider; Section B by the agency. Return by fax to the area office.")
    p.margin_boxes([("Participant", member), ("Participant ID", grouped(p_id)), ("Tracking no.", trk),
                    ("Counselor", counselor)], cap_w=40, box_w=92)
    p.section("A", "Provider's request")
    W = p.w - p.l_margin - p.r_margin
    p.numbered([[("1", "Provider", BRIAR, 0.5), ("2", "Provider NPI", npi(rng), 0.25),
                 ("3", "Phone", phone(rng, "620"), 0.25)],
                [("4", "Treating therapist", f"{therapist}, OTR/L", 0.5),
                 ("5", "Diagnosis (ICD-10)", "S66.021D flexor tendon, R index", 0.5)],
                [("6", "Service requested", "Occupational therapy, hand - 2 visits a week", 0.5),
                 ("7", "Codes", "97165, 97530, 97110, 97760", 0.5)],
                [("8", "Dates requested", f"{slash(start)} to {slash(end)}", 0.34),
                 ("9", "Visits requested", str(n_req), 0.2), ("10", "Rate per visit", usd(per), 0.2),
                 ("11", "Estimated cost", usd(est), 0.26)]], size=8.6)
    p.para("Job goal in the participant's employment plan: dental laboratory technician (fine hand work).", 8.6)
    p.section("B", "Agency decision")
    p.tickrow("Decision on this request (one box):",
              [(False, "Approved as requested"), (True, "Approved in part (see below)"), (False, "Not approved"),
               (False, "Pending: more information needed")])
    p.para(f"**What is approved:** {n_ok} visits from {slash(start)} to {slash(appr_end)}, authorization {auth}, "
           f"not to exceed {usd(per * n_ok)}. The other {n_req - n_ok} visits are not approved.", 9.0)
    p.para(f"**Why:** our medical consultant, {consultant}, M.D., read the operative report and your evaluation "
           f"of 05/04/2026. The records support twelve visits over six weeks for a repaired tendon at this stage; "
           "the evaluation does not say what the extra visits would add. If the notes at visit 10 show that more "
           "therapy is needed for the job goal, send them with a new request.", 9.0)
    p.para(f"Decision date: {slash(decided)}      Counselor: {counselor}", 9.0)
    p.para("The participant has been mailed a copy of this form with the notice of rights. The participant may "
           "ask for an informal review of this decision within 30 days of the decision date above, or for an "
           "impartial hearing.", 8.6)
    y = p.get_y() + 2
    p.barcode(p.l_margin, y, f"26{digits(rng, 9)}", f"DCN 26128 {digits(rng, 5)} {rng.randint(1, 9)}", w=70, h=8)
    tr = truth("denial_letter", "medical_necessity", insurer=INS, member_id=p_id, member_name=member,
               cases=[trk, auth], claim_amount=m2(est), service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
               denial_date=decided.isoformat(), provider=BRIAR, appeal_deadline=plus(decided, 30).isoformat(),
               alternates={"insurer": ALT, "provider": [f"{therapist}, OTR/L", therapist],
                           "case_numbers": [[trk]], "claim_amount": [m2(per * n_ok)]},
               type_alternates=["other"])
    return out(p), tr


# --- 4 ------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, = people(rng, 1, es=True)
    surgeon, counselor = people(rng, 2)
    p_id = pid(rng)
    ref = f"MS-{digits(rng, 6)}"
    ltr = dt.date(2026, 6, 2)
    asked, due = dt.date(2026, 4, 28), dt.date(2026, 5, 22)
    surgery = dt.date(2026, 6, 18)
    est = 6420.00
    p = FFSheet(footer="Página {n} de {nb}", footer_left="Formulario VR-411S (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "wichita", es=True)
    p.line(f"Wichita, {es_date(ltr)}", 10)
    p.ln(2)
    for ln in [member, f"{rng.randint(100, 3999)} S Broadway Apt {rng.randint(1, 30)}", "Wichita, KS 67211"]:
        p.line(ln, 10)
    p.ln(3)
    p.hang([("Número de participante", grouped(p_id)), ("Ref. n.º", ref), ("Consejera", counselor),
            ("Teléfono / fax", f"(316) 555-{digits(rng, 4)} / (316) 555-{digits(rng, 4)}")], cap_w=40, size=9.6,
           cap=6.6)
    p.f(12, "B")
    p.multi_cell(0, 6, "Aviso de decisión sobre su cirugía de la mano", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado(a) {first_last(member)}:", 10)
    p.para(f"Usted pidió que nuestro programa pague la cirugía del túnel carpiano de su mano derecha con el Dr. "
           f"{surgeon}, de {SANDSTONE}, programada para el {es_date(surgery)} (costo estimado: {usd(est)}). Su meta "
           "de empleo es cocinero de línea, y usted nos dijo que el dolor no le deja sostener los utensilios.", 10)
    p.para(f"El {es_date(asked)} le mandamos al Dr. {surgeon.split()[-1]} nuestro formulario de información médica, "
           f"con copia para usted, y le pedimos que nos lo devolviera a más tardar el {es_date(due)}. Ese "
           "formulario nos dice qué encontró el médico y cómo la cirugía le ayudará a trabajar. No lo recibimos, "
           "ni del consultorio ni de usted, y lo volvimos a pedir por teléfono el 26 de mayo.", 10)
    p.para("**Sin ese formulario no podemos aprobar la compra de la cirugía.** Esto no cierra su caso. Si el "
           "formulario llega, volveremos a estudiar la solicitud sin que usted tenga que pedir nada más.", 10)
    p.bar("Si usted no está de acuerdo")
    p.para("Puede pedir una revisión informal con la gerente de la oficina dentro de 30 días a partir de la fecha "
           "de esta carta. También puede pedir una audiencia ante un oficial imparcial; mande esa solicitud dentro "
           "de 60 días después de recibir esta carta. Si las dos partes están de acuerdo, puede pedir mediación.",
           9.8)
    p.para(f"**Programa de Asistencia al Cliente (CAP).** Es gratis y no forma parte de nuestra agencia. Le puede "
           f"explicar sus derechos y ayudarle a pedir una revisión. Llame al {CAP}: {tollfree(random.Random(7))}.",
           9.6)
    p.para(f"Atentamente,\n{counselor}\nConsejera de Rehabilitación Vocacional", 10)
    tr = truth("denial_letter", "other", insurer=INS, member_id=p_id, member_name=member, cases=[ref],
               claim_amount=m2(est), service_dates=[surgery.isoformat()], denial_date=ltr.isoformat(),
               provider=SANDSTONE, appeal_deadline=plus(ltr, 30).isoformat(), lang="es",
               alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}", surgeon]})
    return out(p), tr


# --- 5 ------------------------------------------------------------------------------------------------------------
def photocopy_closed(rng):
    member, counselor, surgeon, mgr = people(rng, 4)
    p_id = pid(rng)
    ltr = dt.date(2026, 4, 29)
    last_day = dt.date(2026, 5, 29)
    closed = dt.date(2026, 2, 27)
    adm, dis = dt.date(2026, 3, 16), dt.date(2026, 3, 18)
    billed = 18406.75
    ctrl = f"26{digits(rng, 3)}-{digits(rng, 5)}"
    acct = f"{digits(rng, 9)}"
    p = FFSheet(footer="Page {n} of {nb}", footer_left="Form VR-411 (rev. 03/2025)",
                every_hdr=f"{member.upper()}   |   Participant ID {p_id}   |   Page {{n}} of {{nb}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    _head(p, rng, "wichita")
    p.line(long(ltr), 10)
    p.ln(2)
    for ln in [member, f"{rng.randint(1000, 9999)} W Maple St", "Wichita, KS 67213"]:
        p.line(ln, 10)
    p.ln(3)
    p.f(11.5, "B")
    p.multi_cell(0, 6, "About the hospital bill for your ankle surgery", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.para(f"Dear {first_last(member)}:", 10)
    p.para(f"{REDSTEM} has sent us its bill for your ankle surgery and hospital stay in March, with a copy of the "
           f"letter your counselor, {counselor}, gave you in January saying the surgery would be looked at once "
           "your new medical report arrived.", 10)
    p.para(f"Your case with our program was closed on {long(closed)}. We wrote to you on January 12 and February 9, "
           "2026, and called you twice. When we did not hear from you within the 30 days our letters gave, we "
           "closed the case and mailed you a closure notice.", 10)
    p.para(f"You went into the hospital on {long(adm)}, after the case was closed. When the surgery took place "
           "you had no open case and no employment plan with us, so our program is not able to pay this bill. "
           "Please give the hospital's billing office any health insurance you have.", 10)
    p.para("If you still want help going back to work, you may apply again at any time. A new application does "
           "not change this decision about the March bill.", 10)
    p.para("The facts of this decision are listed in the table at the end of page 2.", 10)
    p.para(f"Sincerely,\n{counselor}\nVocational Rehabilitation Counselor", 10)
    p.add_page()
    p.bar("Your rights")
    p.para(f"**Informal review.** Ask the area manager, {mgr}, to look at this decision again. The last day to "
           "ask is printed in the table below.", 9.8)
    p.para("**Impartial hearing.** You may ask for a hearing before an impartial hearing officer, with or without "
           "an informal review first, within 60 days after you receive this letter.", 9.8)
    p.para("**Mediation.** If you and the agency agree, a mediator can help. It is free to you.", 9.8)
    _cap_para(p, 9.6)
    rows = [("Participant", member), ("Participant ID", p_id), ("Date of this notice", long(ltr)),
            ("Case closed on", long(closed)), ("Provider", REDSTEM), ("Surgeon", f"{surgeon}, M.D."),
            ("Admitted", slash(adm)), ("Discharged", slash(dis)), ("Amount billed", usd(billed)),
            ("Hospital account no.", acct), ("KORE control no.", ctrl),
            ("Last day to ask for an informal review", long(last_day))]
    p.at_foot(len(rows) * 6.2 + 10)
    p.f(10, "B")
    p.cell(0, 6, "FACTS OF THIS DECISION", new_x="LMARGIN", new_y="NEXT")
    p.boxed_pairs(rows, label_w=70, size=9.2, h=6.2)
    tr = truth("denial_letter", "eligibility", insurer=INS, member_id=p_id, member_name=member, cases=[ctrl],
               claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
               denial_date=ltr.isoformat(), provider=REDSTEM, appeal_deadline=last_day.isoformat(),
               alternates={"insurer": ALT, "provider": [f"{surgeon}, M.D.", surgeon]})
    return out(p), tr


# --- 6 ------------------------------------------------------------------------------------------------------------
def rotated_lasik(rng):
    member, counselor, surgeon, optom = people(rng, 4)
    p_id = pid(rng)
    ref = f"MS-{digits(rng, 6)}"
    ltr = dt.date(2026, 6, 1)
    called = dt.date(2026, 5, 27)
    planned = dt.date(2026, 7, 9)
    quote = 4600.00
    p = FFSheet(footer="Page {n} of {nb}", footer_left="Form VR-411 (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "salina")
    p.line(long(ltr), 10)
    p.ln(2)
    for ln in [member, f"{rng.randint(100, 999)} Cedar Ln", "Abilene, KS 67410"]:
        p.line(ln, 10)
    p.ln(4)
    side = [("Participant ID", grouped(p_id)), ("Ref#", ref), ("Counselor", counselor),
            ("Phone", phone(rng, "785")), ("Fax", phone(rng, "785")), ("TTY", "711"),
            ("Call reference", f"{called.strftime('%m%d')}-{digits(rng, 4)}")]
    paras = [
        f"Dear {first_last(member)}:",
        f"When you called on {long(called)}, you asked why we had not yet answered your request for laser eye "
        f"surgery on both eyes at {CLEARBROOK}, planned for {long(planned)}. This letter is our answer. The "
        f"center's quote is {usd(quote)}.",
        "Our program pays for eye care when it is needed to remove or lessen something that stands in the way of "
        f"the job in your employment plan. The eye report from {optom}, O.D., shows that with your glasses you "
        "see 20/20 in each eye, and commercial truck driving, the goal you chose, allows glasses.",
        "Surgery to replace glasses that already work is not one of the medical services our program buys. We "
        "will not pay for the surgery. We can buy you a new pair of glasses with safety lenses if your "
        "counselor agrees you need them for the job.",
        "You can ask for an informal review within 30 days of the date of this letter, or for an impartial "
        "hearing within 60 days after you receive it. Your counselor can help you with either.",
    ]
    p.facts_right(side, paras, side_w=56, size=9.6, title="Your case")
    _cap_para(p, 9.4)
    p.para(f"Sincerely,\n{counselor}\nVocational Rehabilitation Counselor\ncc: {surgeon}, M.D., {CLEARBROOK}", 9.8)
    tr = truth("denial_letter", "not_covered", insurer=INS, member_id=p_id, member_name=member, cases=[ref],
               claim_amount=m2(quote), service_dates=[planned.isoformat()], denial_date=ltr.isoformat(),
               provider=CLEARBROOK, appeal_deadline=plus(ltr, 30).isoformat(),
               alternates={"insurer": ALT, "provider": [f"{surgeon}, M.D.", surgeon]},
               denial_alternates=["medical_necessity"])
    return out(p), tr


# --- 7 + 8 --------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    member, aud, counselor, clerk = people(rng, 4)
    p_id = pid(rng)
    auth = f"A26-{digits(rng, 6)}"
    vendor_no = f"V0{digits(rng, 5)}"
    issued = dt.date(2026, 4, 28)
    per_from, per_to = dt.date(2026, 5, 4), dt.date(2026, 7, 31)
    amount = 3900.00
    # A: the purchase authorization
    a = FFSheet(footer="Page {n} of {nb}", footer_left="Form VR-300 (rev. 03/2025)  Authorization")
    a.set_margins(15, 13, 15)
    a.add_page()
    _head(a, rng, "salina", box="AUTHORIZATION")
    a.title_bar("AUTHORIZATION FOR PURCHASE OF GOODS AND SERVICES",
                "Keep this form. Put the authorization number on your invoice.")
    a.numbered([[("1", "Authorization no.", auth, 0.34), ("2", "Date issued", slash(issued), 0.33),
                 ("3", "Vendor no.", vendor_no, 0.33)],
                [("4", "Vendor", LARKSPUR, 0.6), ("5", "Vendor phone", phone(rng, "785"), 0.4)],
                [("6", "Participant", member, 0.5), ("7", "Participant ID", p_id, 0.5)],
                [("8", "Service period", f"{slash(per_from)} through {slash(per_to)}", 0.5),
                 ("9", "Counselor", counselor, 0.5)]], size=8.8)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Code", "Goods or service", "Qty", "Unit rate", "Authorized"],
            [["V5261", "Hearing aid, digital, binaural, behind the ear (mid-level)", "1 pair", usd(3300.00),
              usd(3300.00)],
             ["V5160", "Dispensing fee, binaural", "1", usd(450.00), usd(450.00)],
             ["92592", "Follow-up and adjustment visits", "2", usd(75.00), usd(150.00)],
             ["", "Total authorized (not to exceed)", "", "", usd(amount)]],
            [18, W - 86, 18, 25, 25], size=8.4, aligns=["L", "L", "C", "R", "R"], bold_last=True)
    a.bullets(["We pay no more than the total authorized. Do not bill the participant for any part of it.",
               "Your invoice must reach KORE Vendor Payments within 90 days after the last date of service.",
               "Services given before the date issued or after the service period are not covered by this form."],
              size=8.8)
    a.para(f"Authorized by {counselor}, Vocational Rehabilitation Counselor, on {long(issued)}.", 9)
    d_a = (out(a), truth("other", None, insurer=INS, member_id=p_id, member_name=member, cases=[auth],
                         claim_amount=m2(amount), service_dates=[f"{per_from.isoformat()}/{per_to.isoformat()}"],
                         denial_date=issued.isoformat(), provider=LARKSPUR,
                         alternates={"insurer": ALT, "claim_amount": [None], "service_dates": [[]]}))
    # B: the late invoice, two pages, the second fed upside down
    ltr = dt.date(2026, 9, 15)
    fit, follow = dt.date(2026, 5, 12), dt.date(2026, 5, 19)
    due = plus(follow, 90)
    rcvd = dt.date(2026, 9, 2)
    icn = f"26{rcvd.strftime('%j')}-{digits(rng, 5)}"
    billed = 4350.00
    b = FFSheet(footer="Page {n} of {nb}", footer_left="Form VR-411 (rev. 03/2025)")
    b.set_margins(19, 14, 19)
    b.add_page()
    _head(b, rng, "topeka")
    b.line(long(ltr), 10)
    b.ln(2)
    for ln in [member, f"{rng.randint(100, 999)} S 9th St", "Salina, KS 67401"]:
        b.line(ln, 10)
    b.ln(2)
    b.f(8.6)
    b.cell(0, 4.4, f"cc: {LARKSPUR}, vendor no. {vendor_no}", new_x="LMARGIN", new_y="NEXT")
    b.ln(2)
    b.idstrip([("Participant ID", p_id), ("ICN", icn), ("Authorization", auth)], size=9.2)
    b.para(f"Dear {first_last(member)}:", 10)
    b.para(f"{LARKSPUR} sent us its invoice for the hearing aids {aud}, Au.D., fitted for you and the visits "
           f"{from_through(fit, follow)}:", 10)
    W = b.w - b.l_margin - b.r_margin
    b.ledger(["Date", "Service", "Billed"],
             [[slash(fit), "Hearing aids, binaural, fitting and dispensing", n2(3850.00)],
              [slash(follow), "Follow-up visit, adjustment", n2(500.00)]],
             [30, W - 60, 30], aligns=["L", "L", "R"], size=9.0, totals=["", "Invoice total", n2(billed)])
    b.para(f"We cannot pay the {usd(billed)} Larkspur billed. The authorization we gave Larkspur on "
           f"{long(issued)} asks that invoices reach us within 90 days after the last day of service, which here "
           f"was {long(due)}. The invoice came to us on {long(rcvd)}, and Larkspur did not tell us of anything that "
           "kept it from sending the invoice sooner.", 10)
    b.para("Larkspur may not bill you for the hearing aids or the visits. Keep using your hearing aids; this "
           "letter does not ask you to return them, and it does not change your employment plan.", 10)
    b.add_page()
    b.bar("If you or the vendor disagree")
    b.para("Either of you may ask for an informal review no later than 45 days after the date at the top of this "
           "letter. Send a short note saying why, with any proof that the invoice was sent on time (a fax "
           f"confirmation or a mail receipt), to Vendor Payments, to the attention of {clerk}.", 10)
    b.para("You may also ask for an impartial hearing within 60 days after you receive this letter.", 10)
    _cap_para(b, 9.6)
    b.para(f"Sincerely,\n{clerk}\nVendor Payments, {INS}", 10)
    d_b = (out(b), truth("denial_letter", "timely_filing", insurer=INS, member_id=p_id, member_name=member,
                         cases=[icn], claim_amount=m2(billed),
                         service_dates=[f"{fit.isoformat()}/{follow.isoformat()}"], denial_date=ltr.isoformat(),
                         provider=LARKSPUR, appeal_deadline=plus(ltr, 45).isoformat(),
                         alternates={"insurer": ALT, "case_numbers": [[icn, auth]],
                                     "service_dates": [[fit.isoformat(), follow.isoformat()]],
                                     "provider": [f"{aud}, Au.D."]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "bd_notice_hearing_aids_employer_plan_first", "born_digital", [bd_hearing_aids(rng)]),
        Item(F + "scan_vendor_payment_notice_visits_after_authorization_ended", "scan_clean_300",
             [scan_vendor_payment(rng)]),
        Item(F + "finefax_request_form_therapy_cut_to_twelve_visits", "fax_fine_g4", [finefax_form(rng)]),
        Item(F + "phone_es_aviso_cirugia_formulario_no_recibido", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_two_page_case_closed_before_ankle_surgery", "photocopy", [photocopy_closed(rng)]),
        Item(F + "rotated_laser_eye_surgery_glasses_already_correct", "rotated", [rotated_lasik(rng)]),
        Item(F + "faxstd_stack_cover_authorization_then_late_invoice_upside_down", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 1): 180}),
    ]
