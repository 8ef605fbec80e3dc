"""An invented teachers' retirement system's retiree health program that wraps Medicare: the Mereford Teachers'
Retirement System (MTRS) offers its retirees and their spouses a group Medicare Advantage plan, MTRS Retiree Advantage
(HMO), insured by Calloway Ridge Health Plan (plan ID H4417-803, group MTRS-0417), and a supplemental drug rider (the
MTRS Supplemental Drug Rider, administered by Brightwell Pharmacy Benefit Services) that adds a short list of drugs
Medicare drug plans leave out. Invented rules: the HMO pays for care from providers outside its network only for
emergencies, urgent care away from home, dialysis while travelling or when no network provider can give the care;
the rider's list of added drugs takes in prescription vitamins and some cough and cold medicines but no medicine whose
purpose is weight loss; membership ends on the last day of the month in which the retirement system stops taking the
retiree's premium from the pension. Every company, plan, product, pharmacy, practice, laboratory, person, number,
address, code, form number, revision date and time limit is invented (phones 555); the 65-day reconsideration limit
and the automatic forwarding of an upheld payment refusal to an Independent Review Entity follow the Medicare
Advantage rules in plain words. No heading names the kind of refusal; each reason is put in plain words.

Documents (8 in 7 files):
- born_digital_monthly_eob_therapy_rows_outside_network: a two-page Explanation of Benefits with a running line (name,
  enrollee identifier) on both pages, an id panel beside a phone / fax / TTY panel (the MTRS participant ID as
  decoy), a claims period and year-to-date totals as decoys, and a claims table whose five therapy rows ("03/09/26" to
  "03/18/26") at a practice with no agreement pay 0.00 with "(185.00)"-style not-paid amounts beside a paid visit and
  a paid lab; a totals row that is not the refused amount; code N7 explained under the table; "within 65 days of the
  date of this notice".
- faxstd_prior_review_form_box_ticked_not_approved_knee_scope: a standard-fax provider copy of a prior review form
  (Ref#, enrollee identifier, plan ID, group, a date of birth as decoy, a received date and the fax line's date as
  decoys) whose ticked box refuses a knee arthroscopy planned for "Tue 06/09/26" by a surgeon and a surgery center
  without agreements; "no later than 65 calendar days after the date shown in the Date box".
- photocopy_drug_rider_weight_loss_pen_two_column_sidebar: a photocopied two-column letter from the rider's
  administrator with a sidebar (participant ID, rider member no., request no., phone, fax, TTY) refusing a
  weight-loss pen the pharmacy tried to fill "Mon 05/25/26" (amount only in a sentence); "60 days from the date
  printed above".
- phone_es_carta_conyuge_visitas_en_arizona_fuera_de_la_red: a photographed Spanish letter with small-capital captions
  on the left margin and ruled value boxes (the spouse's enrollee identifier, the retiree's subscriber no. as decoy,
  claim no., plan, group) refusing three follow-up visits "del 3 al 9 de marzo de 2026" in Arizona that were not
  urgent; "dentro de 65 días a partir de la fecha de este aviso".
- rotated_appeals_committee_reverses_rider_vitamin_d_refusal: the retirement system's appeals committee letter, fed
  turned, reversing the rider's refusal of a prescription vitamin D fill (denies nothing): grievance no., participant
  ID, certificate no., a decision date and a later printed date.
- lowres_visit_after_membership_ended_tracking_no: a 150 dpi letter with values over small captions ("Ltr dt",
  "Enrollee identifier", "tracking no.", "Svc dt") and a barcode, refusing a dermatology visit because the membership
  had ended at the end of March (the amount only in a sentence); "must reach us by <date>".
- finefax_stack_cover_lab_statement_then_reconsideration_upside_down: a fine-fax stack of a fax cover sheet, an
  out-of-network laboratory's statement to the retiree (tests of "02.23.26", "45.00-" adjustment, a balance line;
  denies nothing) and the plan's two-page reconsideration keeping the refusal of the laboratory's claim, page 2
  upside down, the case sent on to the Independent Review Entity (no deadline for the member).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famjf import (EFSheet, dname, dots, es_date, es_dm, long, mid_address, n2, paren, people, phone, plus,
                               slash, tollfree, trail, usd, workday)
from public_kit import digits, m2, out, truth

FAMILY = "teachers_retirement_system_retiree_medicare_advantage_and_drug_rider_refusals"
LANG = "en"
SEED = 355055
TRS = "Mereford Teachers' Retirement System"
TRS_ALT = ["MTRS", "Mereford TRS", "Mereford Teachers Retirement System"]
CARRIER = "Calloway Ridge Health Plan"
CAR_ALT = ["Calloway Ridge", "Calloway Ridge Health Plan, Inc.", "MTRS Retiree Advantage (HMO)"]
PRODUCT = "MTRS Retiree Advantage (HMO)"
PLAN_ID = "H4417-803"
GROUP = "MTRS-0417"
PBM = "Brightwell Pharmacy Benefit Services"
PBM_ALT = ["Brightwell", "MTRS Supplemental Drug Rider", TRS]
RIDER = "MTRS Supplemental Drug Rider"
PT = "Riverbend Physical Therapy"
ORTHO = "Ridgeview Orthopedic Associates"
ASC = "Northfork Surgery Center"
PHARM_WL = "Coulee Street Pharmacy"
PHARM_VD = "Lakeshore Family Pharmacy"
CLINIC_AZ = "Desert Willow Family Medicine"
DERM = "Fox River Dermatology"
LAB = "Kettle Moraine Diagnostic Laboratory"


def enrollee(rng):
    return "CRH" + digits(rng, 9)


def enrollee_grouped(s):
    """CRH 604 118 273"""
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def participant(rng):
    return "P0" + digits(rng, 7)


def car_head(p, rng, extra=None, box=None):
    p.head(CARRIER, "CRH", [extra or f"{PRODUCT}  |  for retirees of the {TRS}",
                            f"PO Box {rng.randint(4100, 4990)}, Appleton, WI 54912-{digits(rng, 4)}  |  Member services "
                            f"{tollfree(rng)}  |  TTY 711"], box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    ret, ptist, pcp, labdoc = people(rng, 4)
    eid = enrollee(rng)
    pid = participant(rng)
    nd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    claims = [f"26{digits(rng, 3)}{digits(rng, 6)}" for _ in range(3)]
    visit = dt.date(2026, 3, 2)
    labd = dt.date(2026, 3, 4)
    pts = [dt.date(2026, 3, d) for d in (9, 11, 13, 16, 18)]
    rows = []
    tot = [0.0, 0.0, 0.0, 0.0]
    vb, va = 214.0, 142.18
    rows.append([claims[0], dname(visit)[4:], f"Dr. {pcp}", "Office visit, est. patient", n2(vb), n2(va), n2(va - 20),
                 "20.00", "", "A1"])
    tot = [tot[0] + vb, tot[1] + va, tot[2] + va - 20, tot[3] + 20]
    lb, la = 96.4, 38.12
    rows.append([claims[1], dname(labd)[4:], f"Dr. {labdoc}", "Blood tests (3)", n2(lb), n2(la), n2(la), "0.00", "",
                 "A1"])
    tot = [tot[0] + lb, tot[1] + la, tot[2] + la, tot[3]]
    ptb = 0.0
    for i, d in enumerate(pts):
        b = rng.choice([185.0, 185.0, 212.0]) if i else 248.0
        ptb += b
        rows.append([claims[2] if i == 0 else "", dname(d)[4:], PT if i == 0 else "",
                     "Therapy evaluation" if i == 0 else "Therapeutic exercise, 3 units", n2(b), "0.00", "0.00",
                     n2(b), paren(b), "N7"])
        tot = [tot[0] + b, tot[1], tot[2], tot[3] + b]
    ptb = round(ptb, 2)
    rows.append(["", "", "", f"Claim {claims[2]} total", n2(ptb), "0.00", "0.00", n2(ptb), paren(ptb), ""])
    rows.append(["Totals", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), "", ""])
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form CRH-EOB-C (rev. 03/2025)",
                every=f"{ret}   |   Enrollee identifier {eid}   |   page {{n}} of {{nb}}")
    p.set_margins(14, 16, 14)
    p.add_page()
    car_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line(f"Date of this notice: {long(nd)}", 10, "B")
    p.line("Medical claims we processed from 03/01/2026 through 03/31/2026", 8.6)
    p.ln(2)
    for ln in [ret, *mid_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.contact_ids([("Enrollee identifier", eid), ("Plan ID", PLAN_ID), ("Group", GROUP),
                   ("MTRS participant ID (for pension questions only)", pid)],
                  [("Member services", tollfree(rng)), ("Appeals fax", phone(rng, "920")), ("TTY", "711"),
                   ("Hours", "8 a.m. - 8 p.m., 7 days")], title_ids="Your plan", title_contacts="Call or write us")
    p.heading("Your claims this month at a glance", 11)
    W = p.w - p.l_margin - p.r_margin
    p.table(["", "This month", "So far this year"],
            [["Amount your providers billed", n2(tot[0]), n2(tot[0] + 1318.6)],
             ["Amount the plan paid", n2(tot[2]), n2(tot[2] + 904.11)],
             ["Amount you may be billed", n2(tot[3]), n2(tot[3] + 140.0)]],
            [W * 0.5, W * 0.25, W * 0.25], size=9, aligns=["L", "R", "R"])
    p.para("This is not a bill. It shows what your providers sent us, what we paid and what you may owe. Keep it "
           "with your medical papers. The claims are on page 2.", 9.4)
    p.para("Your out-of-pocket maximum for 2026 in the MTRS Retiree Advantage (HMO) is $3,400. You have paid "
           "$346.14 toward it.", 9.4)
    p.add_page(orientation="L")
    W = p.w - p.l_margin - p.r_margin
    p.heading("Your claims in detail", 11)
    p.table(["Claim no.", "Date", "Provider", "Service", "Billed", "Plan approved", "Plan paid", "You may owe",
             "Not paid", "Code"], rows,
            [26, 18, 52, 52, 18, 18, 16, 16, 18, W - 234], size=7.8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.4)
    p.legend("What the codes mean", [
        ("A1", "Paid at the plan's rate for a provider who works with the plan. You owe your copay only."),
        ("N7", f"{PT} has no agreement with Calloway Ridge for your plan, and no plan doctor sent you there with a "
               "referral we approved. Your plan pays for therapy only from therapists who work with the plan. It pays "
               "others only in an emergency, for urgent care away from home or when no therapist who works with the "
               f"plan can give the care. The therapist named on the claim is {ptist}, PT.")], size=8.2)
    p.heading("If you disagree with a decision on this notice", 10.5)
    p.para("You may ask us for a reconsideration (an appeal). Call member services or write to the PO box above "
           "within 65 days of the date of this notice. Tell us the claim number and why you disagree. If you need a "
           "fast decision because waiting could seriously harm your health, ask for a fast appeal; we answer those "
           "within 72 hours.", 9.2)
    t = truth("eob", "out_of_network", insurer=CARRIER, plan_id=PLAN_ID, group=GROUP, member_id=eid, member_name=ret,
              cases=[claims[2]], claim_amount=m2(ptb), service_dates=[f"{pts[0].isoformat()}/{pts[-1].isoformat()}"],
              denial_date=nd.isoformat(), provider=PT, appeal_deadline=plus(nd, 65).isoformat(),
              alternates={"insurer": CAR_ALT, "provider": [ptist, f"{ptist}, PT"],
                          "service_dates": [[d.isoformat() for d in pts]]})
    return out(p), t


def faxstd_prior(rng):
    mem, surg, rn, md_ = people(rng, 4)
    eid = enrollee(rng)
    ref = f"PR-{digits(rng, 2)}-{digits(rng, 6)}"
    rcvd = dt.date(2026, 5, rng.randint(18, 21))
    dd = workday(plus(rcvd, rng.randint(3, 5)))
    faxed = plus(dd, 1)
    sched = dt.date(2026, 6, 9)
    dob = dt.date(rng.randint(1950, 1959), rng.randint(1, 12), rng.randint(1, 28))
    fax = f"{dots(faxed)} 07:{rng.randint(10, 59)}  CALLOWAY RIDGE UM   {phone(rng, '920')}   P. {{n}}"
    p = EFSheet(footer=None, footer_left="Form CRH-UM-12 (rev. 03/2025)", fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    car_head(p, rng, extra=f"Utilization Management  |  {PRODUCT}")
    p.title_bar("PRIOR REVIEW DECISION - PROVIDER COPY", "Send questions about this form to the fax number above")
    p.beside([[("Date", slash(dd)), ("Ref#", ref)],
              [("To", ORTHO), ("Attn", f"Dr. {surg}")],
              [("Enrollee", mem), ("Enrollee identifier", eid)],
              [("Plan ID", PLAN_ID), ("Group", GROUP)],
              [("DOB", slash(dob)), ("Request rcvd", slash(rcvd))]], cap_w=30, size=8.8)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Service asked for", "Code", "Where", "Planned date"],
                 [["Right knee arthroscopy, partial removal of torn meniscus", "CPT 29881", ASC, dname(sched)]],
                 [W * 0.42, W * 0.14, W * 0.28, W * 0.16], size=8.8)
    p.decision_boxes("Decision", [
        (False, "Approved as asked."),
        (False, "Approved only if done by a surgeon and at a surgery center that work with the plan."),
        (True, "Not approved. See the reason below."),
        (False, "Pended: we need more information (list below).")], size=8.8)
    p.bar("Reason")
    p.para(f"Neither {ORTHO} nor {ASC} has an agreement with Calloway Ridge for the {PRODUCT}. Nine surgeons who "
           "work with the plan do this operation within 30 miles of the enrollee's home, and two surgery centers that "
           "work with the plan have openings in June. The plan pays for care from providers without an agreement only "
           "for emergencies, urgent care away from home, dialysis while travelling, or when no provider who works "
           f"with the plan can give the care. None of these applies. Reviewed by Dr. {md_}, medical director; "
           f"nurse reviewer {rn}.", 9.2)
    p.bar("Reconsideration")
    p.para("The enrollee, or you on the enrollee's behalf, may ask us to reconsider. The request must reach us no "
           "later than 65 calendar days after the date shown in the Date box. If waiting could seriously harm the "
           "enrollee's health, ask for a fast reconsideration; we decide those within 72 hours. The enrollee gets "
           "a letter with this decision by mail.", 9.2)
    p.contact_ids([("Ref#", ref), ("Enrollee identifier", eid)],
                  [("UM phone", tollfree(rng)), ("UM fax", phone(rng, "920")), ("TTY", "711")], split=0.5)
    t = truth("denial_letter", "out_of_network", insurer=CARRIER, plan_id=PLAN_ID, group=GROUP, member_id=eid,
              member_name=mem, cases=[ref], service_dates=[sched.isoformat()], denial_date=dd.isoformat(),
              provider=f"Dr. {surg}", appeal_deadline=plus(dd, 65).isoformat(),
              alternates={"insurer": CAR_ALT, "provider": [ORTHO, ASC]})
    return out(p), t


def photocopy_rider(rng):
    mem, doc, sig = people(rng, 3)
    pid = participant(rng)
    rid = "BWR" + digits(rng, 8)
    req = f"CD{digits(rng, 8)}"
    fill = on = dt.date(2026, 5, 25)
    asked = plus(on, rng.randint(1, 3))
    ld = workday(plus(asked, rng.randint(6, 9)))
    amt = round(rng.randint(1290, 1390) + rng.choice([0.02, 0.48, 0.7]), 2)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="BPBS-RX-4 (rev. 03/2025)")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(PBM, "BPBS", [f"Administrator of the {RIDER}  |  on behalf of the {TRS}",
                         f"PO Box {rng.randint(2200, 2990)}, Eau Claire, WI 54702"], size=12.5)
    p.line(long(ld), 10)
    p.ln(2)
    for ln in [mem, *mid_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("About the medicine you asked the rider to pay for", 12)
    p.two_col([("Participant ID", pid), ("Rider member no.", rid), ("Request no.", req),
               ("Medicine", "Semaglutide 2.4 mg pens, 4 (28 days)"), ("Pharmacy", PHARM_WL),
               ("Member line", tollfree(rng)), ("Fax", phone(rng, "715")), ("TTY", "711")],
              [f"Dear {mem}:",
               f"Dr. {doc} asked us on {slash(asked)} to pay for semaglutide 2.4 mg injection pens, which "
               f"{PHARM_WL} tried to fill for you on {dname(fill)}. Your Medicare drug coverage turned the "
               "pharmacy's claim away, because Medicare drug plans may not pay for medicines used to lose weight.",
               f"The {RIDER} adds a short list of drugs that Medicare drug plans leave out: some prescription "
               "vitamins and minerals and some cough and cold medicines. The Retirement System's board chose that list. "
               "Medicines whose purpose is weight loss are not on it, and the doctor's request says that is why "
               f"this medicine was ordered. So we cannot pay the {usd(amt)} the pharmacy submitted.",
               "If the doctor orders this medicine for another reason, such as heart disease, the pharmacy may send "
               "the claim to your Medicare drug coverage again."],
              side_w=58, size=9.4, title="Your numbers")
    p.heading("If you disagree", 11)
    p.para("Ask us to look again within 60 days from the date printed above. Write to the PO box above or fax us, "
           "and say why you disagree; send anything from your doctor that helps. Someone who did not make this "
           "decision will review it.", 9.6)
    p.signoff(["Sincerely,", sig, "Rider Coverage Review"], 9.4)
    t = truth("denial_letter", "not_covered", insurer=PBM, member_id=rid, member_name=mem, cases=[req],
              claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=ld.isoformat(), provider=PHARM_WL,
              appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": PBM_ALT, "member_id": [pid], "provider": [f"Dr. {doc}"]})
    return out(p), t


def phone_es(rng):
    esp, ret, doc, sig = people(rng, 4, es=True)
    eid = enrollee(rng)
    pid = participant(rng)
    claim = f"26{digits(rng, 3)}{digits(rng, 6)}"
    visits = [dt.date(2026, 3, 3), dt.date(2026, 3, 5), dt.date(2026, 3, 9)]
    nd = workday(dt.date(2026, 4, rng.randint(14, 17)))
    bills = [rng.choice([386.0, 412.0]), rng.choice([298.0, 318.0]), rng.choice([512.0, 556.0])]
    tot = round(sum(bills), 2)
    p = EFSheet(footer="Página {n} de {nb}", footer_left="CRH-ES-9 (rev. 03/2025)")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(CARRIER, "CRH", [f"{PRODUCT}  |  para jubilados del {TRS}",
                            f"PO Box {rng.randint(4100, 4990)}, Appleton, WI 54912  |  Servicios al afiliado "
                            f"{tollfree(rng)}  |  TTY 711"], size=12.5)
    p.line(f"Fecha de este aviso: {es_date(nd)}", 10, "B")
    p.ln(2)
    for ln in [esp, *mid_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.sc_boxes([("Identificador del afiliado", eid), ("Subscriber no. (MTRS)", f"{pid} - {ret}"),
                ("Número de reclamo", claim), ("Plan", f"{PRODUCT}  {PLAN_ID}"), ("Grupo", GROUP)], cap_w=56,
               size=9.2, w=150)
    p.heading("No pagaremos estas visitas", 12)
    p.para(f"Estimado(a) {esp}:", 10)
    p.para(f"Recibimos el reclamo de {CLINIC_AZ}, de Mesa, Arizona, por tres visitas con {doc} del {es_dm(visits[0])} "
           f"al {es_date(visits[-1])}. No podemos pagar los ${n2(tot)} que cobró la clínica.", 10)
    p.para("**Por qué.** Según las notas de la clínica, las visitas fueron para controlar su presión y renovar sus "
           "recetas durante el invierno en Arizona. No fueron una urgencia. Su plan paga a médicos y clínicas que no "
           "trabajan con el plan solo cuando se trata de una emergencia, de atención urgente fuera del área de "
           "servicio o de diálisis durante un viaje. Para sus controles de rutina, su médico de cabecera en Wisconsin "
           "puede atenderle, también por video.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Servicio", "Cargo"],
            [[slash(d), s, n2(b)] for d, s, b in zip(visits, ["Visita de control", "Análisis y revisión de recetas",
                                                              "Visita de control, 40 minutos"], bills)],
            [W * 0.2, W * 0.55, W * 0.25], size=9, aligns=["L", "L", "R"])
    p.para("**Si no está de acuerdo.** Puede pedirnos una reconsideración dentro de 65 días a partir de la fecha de "
           "este aviso. Llame a Servicios al afiliado o escriba al PO Box de arriba con el número de reclamo. Si "
           "necesita ayuda en español, llame al número de arriba; es gratis.", 10)
    p.signoff(["Atentamente,", sig, "Departamento de Reclamos"], 9.8)
    t = truth("denial_letter", "out_of_network", insurer=CARRIER, plan_id=PLAN_ID, group=GROUP, member_id=eid,
              member_name=esp, cases=[claim], claim_amount=m2(tot),
              service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"], denial_date=nd.isoformat(),
              provider=CLINIC_AZ, appeal_deadline=plus(nd, 65).isoformat(), lang="es",
              alternates={"insurer": CAR_ALT, "provider": [doc],
                          "service_dates": [[d.isoformat() for d in visits]]})
    return out(p), t


def rotated_committee(rng):
    mem, doc, chair = people(rng, 3)
    pid = participant(rng)
    cert = f"SDR-26-{digits(rng, 5)}"
    grv = f"G{digits(rng, 2)}-{digits(rng, 4)}"
    fill = dt.date(2026, 4, 14)
    dd = dt.date(2026, 5, 20)
    printed = dt.date(2026, 5, 26)
    paid = round(rng.randint(74, 96) + rng.choice([0.4, 0.15, 0.8]), 2)
    p = EFSheet(footer="Page {n} of {nb}", footer_left=f"MTRS-AC-3 (rev. 03/2025)   printed {slash(printed)}")
    p.set_margins(19, 16, 19)
    p.add_page()
    p.head(TRS, "MTRS", ["Retiree Health Benefits  |  Appeals Committee of the Board of Trustees",
                         f"{rng.randint(100, 900)} W Wilson St, Madison, WI 53703  |  {tollfree(rng)}  |  TTY 711"],
           size=12.5)
    p.sc_boxes([("Decision date", long(dd)), ("Member", mem), ("Participant ID", pid), ("Certificate no.", cert),
                ("grievance no.", grv)], cap_w=46, size=9.4)
    for ln in [mem, *mid_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"The Appeals Committee met on {long(dd)} and read your appeal of Brightwell Pharmacy Benefit Services' "
           f"refusal to pay for ergocalciferol 50,000 unit capsules that {PHARM_VD} filled for you on "
           f"{long(fill)}. Dr. {doc} ordered them.", 10)
    p.para("**The Committee agrees with you.** The list of drugs the rider adds includes prescription-strength "
           "vitamin D. Brightwell read the capsules as an over-the-counter vitamin, which they are not at this "
           f"strength. Brightwell will pay you back the {usd(paid)} you paid at the pharmacy within 30 days and "
           "will pay future fills of this prescription.", 10)
    p.para("You do not need to do anything. If the payment has not reached you by the end of June, call Retiree "
           "Health Benefits at the number above and give the grievance number.", 10)
    p.signoff(["For the Appeals Committee,", chair, "Chair"], 9.8)
    t = truth("other", None, insurer=TRS, member_id=pid, member_name=mem, cases=[grv], claim_amount=m2(paid),
              service_dates=[fill.isoformat()], denial_date=dd.isoformat(), provider=PHARM_VD,
              alternates={"insurer": TRS_ALT + [PBM], "member_id": [cert], "claim_amount": [None],
                          "service_dates": [[]], "provider": [f"Dr. {doc}"]})
    return out(p), t


def lowres_ended(rng):
    mem, doc, sig = people(rng, 3)
    eid = enrollee(rng)
    trk = f"TRK-{digits(rng, 4)}-{digits(rng, 5)}"
    svc = dt.date(2026, 4, 14)
    ld = workday(dt.date(2026, 5, rng.randint(4, 8)))
    by = plus(ld, 65)
    billed = round(rng.randint(380, 460) + rng.choice([0.0, 0.5]), 2)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form CRH-EL-2 (rev. 03/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    car_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.under([(slash(ld), "Ltr dt"), (eid, "Enrollee identifier"), (trk, "tracking no."), (slash(svc), "Svc dt")],
            [W * 0.2, W * 0.3, W * 0.3, W * 0.2])
    p.ln(2)
    for ln in [mem, *mid_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{DERM} sent us a claim for your visit with Dr. {doc} on {long(svc)}. We are not able to pay the "
           f"{usd(billed)} the practice billed.", 10)
    p.para(f"Our records show that your membership in the {PRODUCT} ended on March 31, 2026. The {TRS} told us "
           "that it stopped taking your retiree health premium from your pension in March, when you went back to "
           "full-time teaching, and your membership ended on the last day of that month. Your visit came two weeks "
           "later.", 10)
    p.para("While you work full time for a school district, that district's plan or Original Medicare may pay for "
           "your care. Show the practice your Medicare card or your employer plan's card and ask it to send the claim "
           "there. When you retire again, call MTRS Retiree Health Benefits to enroll again.", 10)
    p.para(f"If you think our records are wrong, ask us for a reconsideration. Your request must reach us by "
           f"{long(by)}. Send it to the PO box above with the tracking no. and any pension statement that shows the "
           "premium was taken.", 10)
    p.signoff(["Sincerely,", sig, "Enrollment and Claims"], 9.6)
    p.barcode(p.l_margin, p.get_y() + 4, trk + eid, f"{trk}", w=70, h=9)
    t = truth("denial_letter", "eligibility", insurer=CARRIER, member_id=eid, member_name=mem, cases=[trk],
              claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=DERM,
              appeal_deadline=by.isoformat(), alternates={"insurer": CAR_ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def finefax_stack(rng):
    mem, doc, rev, sig = people(rng, 4)
    eid = enrollee(rng)
    acct = f"KM-{digits(rng, 7)}"
    dos = dt.date(2026, 2, 23)
    st = dt.date(2026, 5, 11)
    claim = f"26{digits(rng, 3)}{digits(rng, 6)}"
    appeal = f"AP-{digits(rng, 8)}"
    dd = workday(dt.date(2026, 6, rng.randint(15, 19)))
    tests = [("80053", "Comprehensive metabolic panel", 148.0), ("83036", "Hemoglobin A1c", 96.0),
             ("84443", "Thyroid stimulating hormone", 132.0), ("82306", "Vitamin D, 25-hydroxy", 188.0),
             ("85025", "Complete blood count", 64.0)]
    billed = round(sum(b for _, _, b in tests), 2)
    adj = 45.0
    bal = round(billed - adj, 2)
    addr = mid_address(rng)
    # the laboratory's statement
    a = EFSheet(footer=None, footer_left=f"KMDL patient statement  |  acct {acct}")
    a.set_margins(18, 15, 18)
    a.add_page()
    a.head(LAB, "KMDL", [f"{rng.randint(100, 990)} Kettle Moraine Dr, West Bend, WI 53095  |  Billing "
                         f"{phone(rng, '262')}"], box="PATIENT STATEMENT")
    a.addr_pair("Statement for", [mem, *addr], "Insurance on file", [CARRIER, f"ID {eid}", f"Account {acct}"])
    a.beside([[("Statement date", slash(st)), ("Ordered by", f"Dr. {doc}")]], cap_w=26)
    W = a.w - a.l_margin - a.r_margin
    rows = [[dots(dos), c, d, n2(b)] for c, d, b in tests]
    rows += [["", "", "Total charges", n2(billed)],
             [dots(plus(dos, 30)), "", "Insurance: Calloway Ridge - not paid (lab not in network)", "0.00"],
             [dots(plus(st, -3)), "", "Self-pay courtesy adjustment", trail(adj)],
             ["", "", "Balance due from patient", n2(bal)]]
    a.table(["Date", "Code", "Description", "Amount"], rows, [W * 0.14, W * 0.12, W * 0.56, W * 0.18], size=8.6,
            aligns=["L", "L", "L", "R"], bold_last=True)
    a.para(f"Your insurance did not pay for the tests of {long(dos)}. We took off {usd(adj)} as a courtesy. Please pay the "
           "balance, or call us to set up a payment plan. If you have appealed, tell us and we will hold your "
           "account for 60 days.", 9.2)
    d_a = (out(a), truth("other", None, insurer=None, member_id=eid, member_name=mem, claim_amount=m2(billed),
                         service_dates=[dos.isoformat()], denial_date=st.isoformat(), provider=LAB,
                         unscored=["insurer"],
                         alternates={"insurer": [CARRIER], "claim_amount": [None, m2(bal)], "service_dates": [[]],
                                     "provider": [f"Dr. {doc}"]}))
    # the plan's reconsideration decision
    b = EFSheet(footer="Page {n} of {nb}", footer_left="Form CRH-RC-5 (rev. 03/2025)",
                every=f"{mem}  |  Enrollee identifier {eid}  |  Appeal no. {appeal}")
    b.set_margins(18, 17, 18)
    b.add_page()
    car_head(b, rng, extra=f"Appeals and Grievances  |  {PRODUCT}")
    b.line(f"Decision date: {long(dd)}", 10, "B")
    b.ln(2)
    for ln in [mem, *addr]:
        b.line(ln, 10)
    b.ln(2)
    b.heading("Our decision on your appeal about laboratory tests", 12)
    b.pairs([("Appeal no.", appeal), ("Claim no.", claim), ("Plan ID / Group", f"{PLAN_ID} / {GROUP}"),
             ("Laboratory", LAB)], label_w=40, size=9.6, h=5.0)
    b.ln(2)
    b.para(f"Dear {mem}:", 10)
    b.para(f"You asked us to pay {LAB}'s claim for five blood tests done on {long(dos)}, which Dr. {doc} ordered "
           f"at your yearly visit. The laboratory billed {usd(billed)}. A doctor who did not make the first decision "
           "reviewed your appeal, the claim and your doctor's letter.", 10)
    b.para("**We are keeping our first decision: the plan will not pay this claim.**", 10)
    b.add_page()
    b.heading("Why", 11)
    b.para(f"{LAB} has no agreement with Calloway Ridge for your plan. The sample was drawn in your doctor's office "
           "and sent there by the office. Three laboratories that work with the plan do these tests, and one has a "
           "drawing station in the same building. The plan pays a laboratory without an agreement only in an "
           "emergency or for urgent care away from home. Your doctor's letter says the office sent the sample to "
           "the usual laboratory by mistake; that does not change what the plan can pay.", 10)
    b.heading("What happens next", 11)
    b.para("When the plan keeps a refusal after an appeal, Medicare's rules have us pass the file on by ourselves "
           "to the Independent Review Entity, an outside organization working under contract with Medicare. We "
           "have done so. There is nothing you need to send; that organization will write to you with its own "
           "decision.", 10)
    b.para("The laboratory may bill you. You may show it this letter and ask it to wait until the review ends.", 10)
    b.signoff(["Sincerely,", sig, "Appeals and Grievances", f"Reviewing physician: Dr. {rev}"], 9.6)
    d_b = (out(b), truth("denial_letter", "out_of_network", insurer=CARRIER, plan_id=PLAN_ID, group=GROUP,
                         member_id=eid, member_name=mem, cases=[appeal, claim], claim_amount=m2(billed),
                         service_dates=[dos.isoformat()], denial_date=dd.isoformat(), provider=LAB,
                         alternates={"insurer": CAR_ALT, "case_numbers": [[appeal], [claim]],
                                     "provider": [f"Dr. {doc}"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_monthly_eob_therapy_rows_outside_network", "born_digital", [born_eob(rng)]),
        Item(F + "faxstd_prior_review_form_box_ticked_not_approved_knee_scope", "fax_standard_g4",
             [faxstd_prior(rng)]),
        Item(F + "photocopy_drug_rider_weight_loss_pen_two_column_sidebar", "photocopy", [photocopy_rider(rng)]),
        Item(F + "phone_es_carta_conyuge_visitas_en_arizona_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_appeals_committee_reverses_rider_vitamin_d_refusal", "rotated", [rotated_committee(rng)]),
        Item(F + "lowres_visit_after_membership_ended_tracking_no", "scan_lowres_150", [lowres_ended(rng)]),
    ]
    stack_docs = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_cover_lab_statement_then_reconsideration_upside_down", "fax_fine_g4",
                      stack_docs, separators=["cover", None], turns={(1, 1): 180}))
    return items
