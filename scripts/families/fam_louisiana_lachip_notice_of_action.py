"""Notices mirrored from Louisiana's LaCHIP (children's health insurance under Healthy Louisiana): a managed care
plan's notices of adverse benefit determination, a provider remittance, an appeal reversal and an imaging
centre's statement. The Louisiana Department of Health, LaCHIP, Healthy Louisiana, the Division of Administrative
Law (state fair hearing), CPT codes and the CARC/RARC code sets appear as themselves (their names, their rules:
60 days to ask the plan for an appeal, 72-hour expedited appeals, 10 days to keep services during an appeal, 120
days for a state fair hearing after the plan's appeal decision). The plan (Atchafalaya Bend Health Plan), every
clinic, doctor, person, number and address are invented; wording mirrors the notices' style only.

Documents (8 in 7 files):
- bd_nabd_speech_therapy_half_the_visits: a born-digital notice to a parent: 24 speech therapy visits asked, 12
  approved, the last 12 refused as not needed; a parties box (requesting clinic, treating therapist, ordering
  pediatrician, plan reviewer, case manager); received date, DOB, 72-hour / 10-day / 120-day decoys.
- faxstd_remittance_three_claims_one_line_bundled: a provider remittance advice on a standard fax: three children's
  claims with two to four lines each; one line (a vision screening) of the second claim is refused as bundled
  (CARC 97 / RARC M15 with a legend); NPI, tax ID, EFT trace and other ICN decoys; a totals row.
- photocopy_form_visit_after_coverage_ended: a photocopied checkbox form notice: an urgent care visit after the
  child's LaCHIP coverage ended; billing clinic and rendering doctor in small captioned boxes; form number decoy.
- phone_es_alergologo_fuera_de_la_red: a photographed Spanish notice: an allergist visit outside the plan's network
  (out of state, not an emergency); every fact in sentences.
- rotated_appeal_reversed_mri_approved: an appeal decision reversing an MRI denial (denies nothing), fed sideways.
- lowres_tms_request_unproven_for_teens: a 150 dpi no-label letter refusing a course of TMS for a 16-year-old as
  unproven at that age; planned start date; the psychiatrist named only in a sentence.
- faxfine_stack_cover_appeal_upheld_ct_then_imaging_statement: a fax cover, the plan's appeal decision keeping the
  refusal of a sinus CT done with no approval (imaging centre, reading radiologist, ordering ENT), then the imaging
  centre's statement to the family (denies nothing) fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "louisiana_lachip_notice_of_action"
LANG = "en"
SEED = 353302
INS = "Atchafalaya Bend Health Plan"
ALT = ["Atchafalaya Bend"]
LDH = "Louisiana Department of Health"
LA_CITIES = [("Baton Rouge", "708"), ("Lafayette", "705"), ("Lake Charles", "706"), ("Alexandria", "713"),
             ("Houma", "703"), ("Monroe", "712")]
STREETS = ["Bayou Vista Dr", "Cypress St", "Magnolia Ridge Rd", "Evangeline Hwy", "Levee Rd", "Pecan Grove Ln"]


def addr(rng):
    c, z = rng.choice(LA_CITIES)
    return [f"{rng.randint(100, 9800)} {rng.choice(STREETS)}", f"{c} LA {z}{rng.randint(10, 99)}"]


def mcd(rng):
    """A 13-digit Medicaid ID shape (invented)."""
    return digits(rng, 13)


def phone(rng, area="888"):
    return f"1-{area}-555-{digits(rng, 4)}"


def dob(rng, lo=2010, hi=2023):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Utilization Management"):
    p.logo_head(INS, "ABHP", [f"A Healthy Louisiana plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Baton Rouge "
                              f"LA 70821-{digits(rng, 4)}", f"Member Services {phone(rng)}  |  TTY 711  |  "
                              "Monday-Friday 7 a.m.-7 p.m."], size=13)


def _rights(p: DRSheet, rng, nd, size=8.8):
    p.bar("YOUR RIGHTS IF YOU DISAGREE", 9.2)
    p.para("**Appeal.** You, your child's provider with your written permission, or someone you choose may ask us "
           "for an appeal. You must ask within **60 calendar days from the date on this notice**. You may call us or "
           "write to us.", size)
    p.para("**Fast (expedited) appeal.** If waiting could seriously harm your child's health, ask for a fast appeal. "
           "We decide fast appeals within 72 hours.", size)
    p.para("**Keep getting services.** If the services were already approved and you want them to continue during "
           "the appeal, you must ask within 10 days of the date this notice was mailed.", size)
    p.para("**State fair hearing.** If we keep our decision after your appeal, you may ask the Division of "
           "Administrative Law for a state fair hearing within 120 days from the date of our appeal decision.", size)
    p.para(f"Questions: Member Services {phone(rng)} (TTY 711). Free language help and free help in other formats "
           "are available.", size)


def bd_nabd(rng):
    child, parent, slp, ped, rev, cm = people(rng, 6)
    mid = mcd(rng)
    nd = dt.date(2026, 3, rng.randint(3, 20))
    rcv = plus(nd, -rng.randint(3, 9))
    a0 = plus(nd, rng.randint(5, 10))
    a1 = plus(a0, 41)
    d0, d1 = plus(a1, 1), plus(a1, 42)
    ref = f"UM{digits(rng, 9)}"
    clinic = "Cypremort Pediatric Therapy"
    p = DRSheet(footer="Page {n} of {nb}", footer_left="ABHP-NABD-1 (Rev. 01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B")
    p.line("LaCHIP  -  Healthy Louisiana", 9.4)
    p.ln(2)
    p.addr_pair("To the parent or guardian of", [child, parent, *addr(rng)], "Notice details",
                [f"Date of notice: {fdate(nd, 'long')}", f"Reference: {ref}", f"Medicaid ID: {mid}",
                 f"Date of birth: {fdate(dob(rng), 'slash')}", f"Request received: {fdate(rcv, 'slash')}"])
    p.para(f"Dear {parent}:", 10)
    p.para(f"{INS} received a request for speech therapy for {child}. We approved part of the request and did not "
           "approve the rest. This notice tells you what we decided, why, and what you can do if you disagree.", 10)
    p.table(["Service asked for", "Dates", "Visits", "Decision"],
            [["Speech therapy (CPT 92507)", f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}", "12", "Approved"],
             ["Speech therapy (CPT 92507)", f"{fdate(d0, 'slash')} - {fdate(d1, 'slash')}", "12", "NOT approved"]],
            [62, 52, 18, 41.9], size=9)
    p.heading("People named on this request", 10.5)
    p.table(["Role", "Name"],
            [["Requesting provider", clinic], ["Treating therapist", f"{slp}, CCC-SLP"],
             ["Ordering doctor", f"Dr. {ped}, pediatrics"], ["Plan reviewer", f"Dr. {rev}, Medical Director"],
             ["Your case manager", f"{cm}, RN"]], [62, 111.9], size=8.8, row_h=5.2)
    p.heading("Why we made this decision", 10.5)
    p.para(f"The therapist's progress report says {child.split(' ')[0]} now says most sounds correctly and meets 3 of "
           "4 goals. Our guideline for children's speech therapy says that when most goals are met, the next step is "
           "a home program with the family and a visit to recheck. Twelve more weekly visits are not medically "
           "necessary at this time. The clinic may send a new request with a new report if progress stops.", 10)
    _rights(p, rng, nd)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [slp], "plan_id": ["LaCHIP"]})
    return out(p), t


def faxstd_ra(rng):
    kids = people(rng, 3)
    docs = people(rng, 3)
    group = "Bayou Teche Pediatric Associates"
    rd = dt.date(2026, 4, rng.randint(6, 24))
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  ABHP PROVIDER SVCS  {phone(rng, '225')}  P.{{n}}"
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Claims")
    p.line("PROVIDER REMITTANCE ADVICE", 12.5, "B")
    p.ln(1)
    p.capstrip([("Payee", group), ("Payee NPI", digits(rng, 10)), ("Tax ID", f"72-{digits(rng, 7)}"),
                ("Remittance date", fdate(rd, "slash")), ("EFT trace no.", digits(rng, 12)),
                ("Program", "LaCHIP")], [70, 34, 32, 34, 42, 43])
    p.ln(3)
    rows, recs = [], []
    tot = [0.0, 0.0, 0.0]
    codes = [("99213", "Office visit est."), ("96110", "Developmental screen"), ("99173", "Vision screening"),
             ("90460", "Vaccine admin"), ("87880", "Strep test, rapid"), ("99392", "Well child 1-4 yrs")]
    for i, (kid, doc) in enumerate(zip(kids, docs)):
        icn = f"{rd.strftime('%y')}{digits(rng, 11)}"
        mid = mcd(rng)
        dos = plus(rd, -rng.randint(15, 40))
        lines = [codes[5], codes[1], codes[2]] if i == 1 else rng.sample([codes[0], codes[3], codes[4]], rng.randint(2, 3))
        rows.append([f"ICN {icn}", kid, mid, f"Rendering: Dr. {doc}", "", "", "", ""])
        billed_total = 0.0
        for j, (cpt, desc) in enumerate(lines):
            b = amount(rng, 40, 210)
            billed_total += b
            if i == 1 and cpt == "99173":
                rows.append(["", fdate(dos, "slash"), cpt, desc, money(b, "nosign"), "0.00", "0.00", "97 / M15"])
                tot[0] += b
            else:
                al = round(b * rng.uniform(0.55, 0.75), 2)
                rows.append(["", fdate(dos, "slash"), cpt, desc, money(b, "nosign"), money(al, "nosign"),
                             money(al, "nosign"), ""])
                tot[0] += b
                tot[1] += al
                tot[2] += al
        ca = sum(float(r[5].replace(',', '')) for r in rows[-len(lines):])
        rows.append(["", "", "", "Claim total", money(billed_total, "nosign"), money(ca, "nosign"),
                     money(ca, "nosign"), ""])
        recs.append((icn, kid, mid, doc, dos, round(billed_total, 2)))
    rows.append(["TOTALS", "", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"), money(tot[2], "nosign"), ""])
    p.table(["Claim / line", "Patient / DOS", "Medicaid ID / CPT", "Provider / description", "Billed", "Allowed",
             "Paid", "CARC / RARC"], rows, [36, 38, 38, 62, 24, 24, 24, 9 + 18.9], size=8, row_h=5.2,
            aligns=["L", "L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.para("**Code legend.** 97: we count this service as part of another service paid on the same day, so it is "
           "not paid by itself. M15: services billed separately were combined because they belong to the same "
           "visit (here the vision screening is part of the well-child visit). The member may not be billed for a "
           "line refused with code 97.", 8.4)
    p.para("**Reconsideration.** A provider who disagrees may ask for reconsideration of a claim within 90 days of "
           "the remittance date. Send corrected claims electronically; do not send a paper copy of this remittance. "
           f"Provider Services {phone(rng)}.", 8.4)
    icn, kid, mid, doc, dos, billed = recs[1]
    t = truth("eob", "coding_error", insurer=INS, member_id=mid, member_name=kid, cases=[icn], claim_amount=m2(billed),
              service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [group], "plan_id": ["LaCHIP"]})
    return out(p), t


def photocopy_form(rng):
    child, parent, doc, sig = people(rng, 4)
    mid = mcd(rng)
    end = dt.date(2026, 3, 31)
    dos = plus(end, rng.randint(6, 20))
    nd = plus(dos, rng.randint(25, 40))
    clm = f"{digits(rng, 4)}-{digits(rng, 6)}-{rng.randint(10, 99)}"
    clinic = "Prien Lake Urgent Care"
    billed = amount(rng, 140, 320)
    p = DRSheet(footer="Page {n} of {nb}", footer_left="ABHP-NABD-C (Rev. 02/2026)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION  -  CLAIM", 12, "B")
    p.ln(1)
    p.grid([[("Date of this notice", fdate(nd, "slash")), ("Member", child), ("Medicaid ID", mid)],
            [("Parent / guardian", parent), ("Program", "LaCHIP"), ("Claim number", clm)],
            [("Billing provider", clinic), ("Rendering provider", f"Dr. {doc}"), ("Billed amount", money(billed))],
            [("Date of service", fdate(dos, "slash")), ("Coverage ended", fdate(end, "slash")),
             ("Date of birth", fdate(dob(rng), "slash"))]], size=8.8, cap=5.8, h=9.8)
    p.checks("What we decided", [(False, "Approved"), (False, "Approved in part"), (True, "Denied"),
                                 (False, "Reduced, suspended or ended a service already approved")], cols=2)
    p.checks("Reason", [(False, "Not medically necessary"), (False, "Prior authorization was not obtained"),
                        (False, "Provider is not in our network"), (False, "Service is not covered by LaCHIP"),
                        (True, "Member was not enrolled with our plan on the date of service"),
                        (False, "Claim was not received on time")], cols=2)
    p.para("**Explanation.** Our enrollment file from the Louisiana Department of Health shows that this child's "
           f"LaCHIP coverage with our plan ended on {fdate(end, 'long')} at renewal. The visit was after that "
           "date, so we cannot pay it. If LDH later restores coverage back to that date, the clinic may send the "
           "claim again. To ask about renewal, contact LDH, not this plan.", 8.8)
    _rights(p, rng, nd, size=8.2)
    p.para(f"{sig}\nClaims Department", 8.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "plan_id": ["LaCHIP"]})
    return out(p), t


def phone_es(rng):
    child, parent, doc, sig = people(rng, 4)
    mid = mcd(rng)
    dos = dt.date(2026, 2, rng.randint(2, 26))
    nd = plus(dos, rng.randint(35, 50))
    clm = f"{digits(rng, 4)}-{digits(rng, 6)}-{rng.randint(10, 99)}"
    billed = amount(rng, 260, 640)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Reclamaciones")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [parent, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"El {fdate(dos, 'long', 'es')}, su hijo(a) {child} fue atendido(a) por el Dr. {doc}, alergólogo de "
           f"Sabine Pass Allergy Clinic en Beaumont, Texas. La clínica nos envió una cuenta de {money(billed)} y la "
           f"tramitamos con el número de reclamo {clm}. El número de Medicaid de su hijo(a) es {mid}.", 10)
    p.para("No vamos a pagar esta visita. La clínica no forma parte de la red de nuestro plan y no tiene contrato con "
           "Louisiana Medicaid. La visita no fue una emergencia y nadie nos pidió aprobarla antes. En la red hay "
           "alergólogos pediátricos en Lake Charles y en Lafayette; su administradora de casos puede ayudarle a "
           "hacer una cita.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedirnos una apelación dentro de 60 días calendario a partir de la fecha de este aviso. Si la "
           "espera pone en peligro la salud de su hijo(a), pida una apelación rápida; la decidimos en 72 horas. "
           "Después de nuestra decisión sobre la apelación, tiene 120 días para pedir una audiencia imparcial estatal "
           "a la División de Derecho Administrativo (Division of Administrative Law).", 9.6)
    p.para(f"Atentamente,\n{sig}\nDepartamento de Reclamaciones\n{INS}  -  LaCHIP", 9.6)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": ["Sabine Pass Allergy Clinic"], "plan_id": ["LaCHIP"]})
    return out(p), t


def rotated_reversal(rng):
    child, parent, neuro, rev = people(rng, 4)
    mid = mcd(rng)
    nd = dt.date(2026, 5, rng.randint(4, 22))
    first = plus(nd, -rng.randint(20, 30))
    mri = plus(nd, rng.randint(7, 14))
    ap = f"AP-{digits(rng, 8)}"
    ref = f"UM{digits(rng, 9)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "long")), ("Member", child), ("Medicaid ID", mid), ("Appeal number", ap),
             ("Original request", f"{ref}  (denied {fdate(first, 'slash')})")], label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"You asked us to look again at our decision not to approve an MRI of the brain for {child}, requested "
           f"by Dr. {neuro}, pediatric neurology. A pediatric neurologist who did not make the first decision "
           "reviewed the appeal and the new clinic notes.", 10)
    p.bar("OUR DECISION: APPROVED", 9.6)
    p.para(f"We reversed our first decision. The MRI is approved. It is scheduled for {fdate(mri, 'long')} at "
           "Lafourche Children's Imaging. The new notes describe headaches that wake your child from sleep, which "
           "meets our guideline for imaging. You do not need to do anything else.", 10)
    p.para("Because we approved the service, you do not need a state fair hearing about it. If you have other "
           f"questions, call Member Services at {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nMedical Director", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[ap],
              service_dates=[mri.isoformat()], denial_date=nd.isoformat(), provider=neuro,
              alternates={"insurer": ALT, "case_numbers": [[ap, ref]], "plan_id": ["LaCHIP"],
                          "provider": ["Lafourche Children's Imaging"]})
    return out(p), t


def lowres_tms(rng):
    child, parent, psy, sig = people(rng, 4)
    mid = mcd(rng)
    nd = dt.date(2026, 4, rng.randint(2, 25))
    start = plus(nd, rng.randint(9, 16))
    ref = f"UM{digits(rng, 9)}"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Behavioral Health")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Dr. {psy} of Vermilion Youth Psychiatry asked us to approve 30 sessions of transcranial magnetic "
           f"stimulation (TMS) for {child}, age 16, starting {fdate(start, 'long')}. We looked at this request "
           f"under number {ref}. The Medicaid ID we have for your child is {mid}.", 10)
    p.para("We cannot approve it. TMS is approved by the FDA for adults with depression. For teenagers, the studies "
           "so far are small and do not show that it works or that it is safe over time, so our plan treats TMS "
           "for members under 18 as experimental. This is not a judgment about how sick your child is. Other "
           "treatments, such as a medicine change or intensive outpatient therapy, are covered, and Dr. "
           f"{psy.split(' ')[-1]} can ask us about them.", 10)
    p.para("If you disagree, you may ask us for an appeal within 60 calendar days from the date on this notice. If "
           "waiting could seriously harm your child, ask for a fast appeal; we decide those within 72 hours. After "
           "our appeal decision you may ask the Division of Administrative Law for a state fair hearing within 120 "
           f"days. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nBehavioral Health Utilization Management\n{INS}", 10)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=psy,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Vermilion Youth Psychiatry"], "service_dates": [[]],
                          "plan_id": ["LaCHIP"]})
    return out(p), t


def faxfine_stack(rng):
    child, parent, ent, rad, rev = people(rng, 5)
    mid = mcd(rng)
    ct = dt.date(2026, 2, rng.randint(3, 25))
    first = plus(ct, rng.randint(30, 40))
    nd = plus(first, rng.randint(30, 45))
    clm = f"{digits(rng, 4)}-{digits(rng, 6)}-{rng.randint(10, 99)}"
    ap = f"AP-{digits(rng, 8)}"
    center = "Bellegarde Imaging Center"
    billed = amount(rng, 900, 1600)
    fax = f"{fdate(plus(nd, 6), 'slash')} 10:{rng.randint(10, 59)}  FROM: {center.upper()}  {phone(rng, '337')}  PAGE {{n}}"
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.capstrip([("Date of notice", fdate(nd, "slash")), ("Appeal no.", ap), ("Claim no.", clm),
                ("Medicaid ID", mid)], [38, 42, 46, 53.9])
    p.ln(3)
    for ln in [parent, *addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"You appealed our decision of {fdate(first, 'slash')} not to pay for a CT scan of the sinuses that "
           f"{child} had on {fdate(ct, 'long')} at {center}. Dr. {ent}, ear, nose and throat, ordered the scan; "
           f"Dr. {rad} read it. The center billed {money(billed)}.", 10)
    p.bar("OUR DECISION: WE ARE KEEPING OUR FIRST DECISION", 9.4)
    p.para("A CT of the sinuses for a LaCHIP member must be approved by our plan before it is done, except in an "
           "emergency. Our records show no request for this scan before or after it was done, and the visit notes "
           "do not describe an emergency. The center is in our network and agreed to ask us first, so it may not "
           "bill you for this scan.", 10)
    p.para("If you still disagree, you may ask the Division of Administrative Law for a state fair hearing within "
           "120 days from the date of this notice. You may keep your child's other services while you wait. Call "
           f"Member Services at {phone(rng)} (TTY 711) for help.", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nMedical Director", 10)
    doc1 = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child,
                          cases=[ap, clm], claim_amount=m2(billed), service_dates=[ct.isoformat()],
                          denial_date=nd.isoformat(), provider=center, appeal_deadline=None,
                          alternates={"insurer": ALT, "provider": [ent], "case_numbers": [[ap], [clm]],
                                      "plan_id": ["LaCHIP"], "appeal_deadline": [plus(nd, 120).isoformat()]}))
    sd = plus(nd, rng.randint(3, 6))
    acct = f"BIC{digits(rng, 7)}"
    q = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(center, "BIC", [f"{rng.randint(100, 900)} Johnston St, Lafayette LA 70503  |  Billing "
                                f"{phone(rng, '337')}"], box="STATEMENT", size=12)
    q.addr_pair("Guarantor", [parent, *addr(rng)], "Account", [f"Account no. {acct}",
                                                                f"Statement date {fdate(sd, 'abbr')}",
                                                                f"Patient {child}"])
    q.table(["Date", "CPT", "Description", "Charges", "Insurance", "Adjustment", "Balance"],
            [[fdate(ct, "slash"), "70486", "CT maxillofacial w/o contrast", money(billed, "nosign"), "0.00",
              money(billed, "nosign"), "0.00"],
             ["", "", "Reading: Dr. " + rad, "", "", "", ""],
             ["", "", "ACCOUNT BALANCE", "", "", "", "$0.00"]],
            [24, 16, 62, 22, 20, 22, 7.9 + 6], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    q.para(f"{INS} did not approve this scan in advance. As an in-network provider we have written off the charge. "
           "You owe nothing. Please keep this statement for your records.", 9)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=None, member_name=child, claim_amount=m2(billed),
                          service_dates=[ct.isoformat()], denial_date=sd.isoformat(), provider=center,
                          unscored=["insurer"], alternates={"provider": [rad], "member_name": [parent]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_nabd_speech_therapy_half_the_visits", "born_digital", [bd_nabd(rng)]),
        Item(F + "faxstd_remittance_three_claims_one_line_bundled", "fax_standard_g4", [faxstd_ra(rng)]),
        Item(F + "photocopy_form_visit_after_coverage_ended", "photocopy", [photocopy_form(rng)]),
        Item(F + "phone_es_alergologo_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_appeal_reversed_mri_approved", "rotated", [rotated_reversal(rng)]),
        Item(F + "lowres_tms_request_unproven_for_teens", "scan_lowres_150", [lowres_tms(rng)]),
        Item(F + "faxfine_stack_cover_appeal_upheld_ct_then_imaging_statement", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
