"""Notices mirrored (structure and plain wording style only) from the papers a Texas STAR Health plan sends about a
child in foster care (STAR Health, Texas Medicaid, the Texas Health and Human Services Commission (HHSC), the
Department of Family and Protective Services (DFPS), the medical consenter, the State Fair Hearing and the External
Medical Review as themselves; CPT and CARC codes as themselves) from an invented plan (Lantana Mesa Health Plan),
letters addressed to a DFPS caseworker, a foster parent or a kinship caregiver about the child. Every plan rule
and time limit here is written in that style, not quoted; the plan, every clinic, hospital, doctor, therapist,
caseworker, reviewer, service coordinator, child, number and address is invented.

Documents (8 in 7 files):
- bd_claim_summary_to_caseworker_testing_without_approval: a born-digital claim summary to the caseworker (the
  medical consenter) with three claims for the child (From / To columns): the psychologist's testing refused
  CARC 197 because nobody asked for approval, the pediatric visit and a lab paid (prior_authorization).
- faxstd_nabd_form_to_foster_parent_brain_mri_not_needed: a notice of adverse benefit determination form on a
  standard fax with small captions, to the foster mother, refusing a brain MRI planned "on or about" a date
  (requesting neurologist, imaging centre, reviewer, service coordinator named) (medical_necessity).
- photocopy_claim_notice_hospital_days_observation_only: a photocopied claim notice to the caseworker paying a
  children's hospital stay only as observation (level_of_care); DOS FROM / DOS TO boxes.
- phone_es_carta_madre_de_crianza_clinica_fuera_de_red: a photographed Spanish letter to a foster mother on an
  Oklahoma clinic outside the network (out_of_network).
- rotated_approval_speech_therapy_to_kinship_caregiver: an approval of speech therapy "from ... through ..." to a
  kinship caregiver, fed sideways (denies nothing).
- lowres_letter_to_caseworker_dental_surgery_claim_late: a 150 dpi prose letter to the caseworker: an oral
  surgeon's claim for tooth removal at a surgery centre "on the <day> of March" came after 95 days
  (timely_filing); the surgeon named only in a sentence.
- clean_stack_cover_other_insurance_first_then_after_adoption_turned: a cover sheet to the caseworker, a letter
  that the birth father's job plan pays first (other) and, turned sideways, a letter on a visit after the child's
  STAR Health coverage ended at adoption (eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famdud import DUSheet, groups, people, words
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "texas_star_health_foster_care_notice_of_denial"
LANG = "en"
SEED = 353703
INS = "Lantana Mesa Health Plan"
ALT = ["Lantana Mesa"]
CITIES = [("San Angelo", "TX", "769"), ("Waco", "TX", "767"), ("Tyler", "TX", "757"), ("Laredo", "TX", "780"),
          ("Abilene", "TX", "796"), ("Beaumont", "TX", "777")]
STREETS = ["Mesquite St", "Bluebonnet Dr", "Caprock Ln", "Pecan Grove Rd", "Old Ranch Rd 12", "W Houston Ave"]


def addr(rng):
    c, st, z = rng.choice(CITIES)
    return [f"{rng.randint(100, 9800)} {rng.choice(STREETS)}", f"{c} {st} {z}{rng.randint(10, 99)}"]


def mid(rng):
    """A Texas Medicaid ID shape: nine digits."""
    return digits(rng, 9)


def pid(rng):
    return digits(rng, 9)


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=2010, hi=2022):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DUSheet, rng, unit="STAR Health Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A STAR Health plan for children in DFPS care  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, "
                 f"Austin TX 787{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Member Services {phone(rng)}  |  TTY 711  |  Behavioral Health Hotline {phone(rng, '888')}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DUSheet, size=8.6, es=False):
    if es:
        p.bar("SUS DERECHOS", 9)
        p.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. "
               "Si la salud del niño corre peligro, pida una apelación rápida: la decidimos en 72 horas. Después de "
               "nuestra decisión sobre la apelación, puede pedir una Audiencia Imparcial del Estado (State Fair "
               "Hearing) a HHSC dentro de 120 días, con o sin una Revisión Médica Externa.", size)
        return
    p.bar("IF YOU DISAGREE", 9)
    p.para("You, the child's medical consenter or the child's DFPS caseworker may ask us for an appeal within 60 days "
           "from the date on this letter. If waiting could seriously harm the child's health, ask for an expedited "
           "appeal; we decide it within 72 hours. After our appeal decision you may ask HHSC for a State Fair "
           "Hearing within 120 days, and you may ask for an External Medical Review at the same time. To keep a "
           "service going during the appeal, ask within 10 days of the date of this letter.", size)


def bd_summary(rng):
    child, cw, psy, ped, pharm = people(rng, 5)
    m, p_id = mid(rng), pid(rng)
    sd = dt.date(2026, 5, rng.randint(6, 26))
    d1 = plus(sd, -rng.randint(40, 50))
    t1, t2 = plus(sd, -rng.randint(30, 36)), None
    t2 = plus(t1, 1)
    n1, n2, n3 = (f"{digits(rng, 12)}" for _ in range(3))
    v, lab = amount(rng, 140, 210), amount(rng, 30, 70)
    tb1, tb2 = amount(rng, 480, 700), amount(rng, 300, 450)
    tb = round(tb1 + tb2, 2)
    pdf = DUSheet(footer="Page {n} of {nb}", footer_left="LMHP-CS-3 (rev. 10/2025)")
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    _head(pdf, rng)
    pdf.title_bar("CLAIM SUMMARY FOR A STAR HEALTH MEMBER - THIS IS NOT A BILL")
    pdf.addr_pair("Sent to (DFPS caseworker / medical consenter)",
                  [cw, "DFPS Child Protective Services", *addr(rng)],
                  "About this child", [child, f"Medicaid ID {m}", f"DFPS PID {p_id}", f"DOB {fdate(dob(rng), 'slash')}"])
    pdf.capstrip([("SUMMARY DATE", fdate(sd, "slash")), ("PROGRAM", "STAR Health (Texas Medicaid)"),
                  ("CLAIMS RECEIVED", f"{fdate(plus(sd, -45), 'slash')} - {fdate(plus(sd, -14), 'slash')}"),
                  ("SERVICE COORDINATOR", f"{people(rng, 1)[0]}")], [34, 52, 50, 51.9])
    pdf.ln(4)
    W = [30, 44, 19, 19, 29, 17, 17, 12.9]
    rows = [[groups(n1), "Cedar Post Pediatrics", fdate(d1, "slash"), fdate(d1, "slash"),
             "99214 Office visit", money(v, "nosign"), money(round(v * 0.71, 2), "nosign"), "1"],
            [groups(n2), "Rio Verde Clinical Lab", fdate(d1, "slash"), fdate(d1, "slash"), "80053 Lab panel",
             money(lab, "nosign"), money(round(lab * 0.6, 2), "nosign"), "1"],
            [groups(n3), "Agarita Child Psychology", fdate(t1, "slash"), fdate(t2, "slash"),
             "96130-96131 Testing", money(tb, "nosign"), "0.00", "2"]]
    pdf.table(["Claim number", "Provider", "From", "To", "Service", "Billed", "Paid", "Code"], rows, W, size=7.8,
              aligns=["L"] * 5 + ["R", "R", "C"])
    pdf.para(f"**Codes.** 1: paid. 2: CARC 197 - approval was needed before this service and none was on file. "
             f"{psy}, PhD, of Agarita Child Psychology tested the child over two days. Psychological testing of "
             "more than four hours needs our approval first. The provider may ask for approval now and send the "
             "claim again; the provider may not bill the caregiver or DFPS.", 8.8)
    pdf.para(f"The office visit was with Dr. {ped}. Prescriptions filled by {pharm}, RPh, are shown on the pharmacy summary, not here. Rx numbers and the "
             "pharmacy's NPI are not claim numbers.", 8.2)
    _rights(pdf, 8.4)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[n3],
              claim_amount=m2(tb), service_dates=[f"{t1.isoformat()}/{t2.isoformat()}"], denial_date=sd.isoformat(),
              provider=psy, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Agarita Child Psychology"],
                          "service_dates": [[t1.isoformat(), t2.isoformat()]]})
    return out(pdf), t


def faxstd_nabd(rng):
    child, fm, neuro, rev, sc = people(rng, 5)
    m = mid(rng)
    rec = dt.date(2026, 6, rng.randint(2, 20))
    nd = plus(rec, rng.randint(2, 3))
    planned = plus(nd, rng.randint(9, 16))
    ref = f"UM{digits(rng, 10)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  LMHP UTILIZATION MGMT  {phone(rng, '512')}  P.{{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="LMHP-NABD-1 (rev. 02/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "STAR Health  |  Texas Medicaid  |  prior authorization")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. DATE OF NOTICE", fdate(nd, "slash")), ("2. SENT TO (FOSTER PARENT)", fm),
                 ("3. RCVD", fdate(rec, "slash"))], [40, 90, W - 130])
    p.form_band([("4. MEMBER (CHILD)", child), ("5. MEDICAID ID", m), ("6. DOB", fdate(dob(rng), "slash"))],
                [80, 50, W - 130])
    p.form_band([("7. REF NO.", ref), ("8. SERVICE", "70553 MRI brain w/o & w/ contrast"),
                 ("9. DOS (PLANNED)", fdate(planned, "slash"))], [50, 90, W - 140])
    p.form_band([("10. REQ. PROVIDER", f"Dr. {neuro}"), ("11. FACILITY", "Coyote Wells Imaging Center"),
                 ("12. SVC COORD.", sc)], [62, 66, W - 128])
    p.ln(3)
    p.checks("13. Decision", [(False, "Approved"), (True, "Denied"), (False, "Approved in part")], cols=3)
    p.para(f"Dr. {neuro}, a child neurologist, asked us to approve an MRI of the brain for the child on or about "
           f"{fdate(planned, 'long')} at Coyote Wells Imaging Center, for headaches. Our physician reviewer, "
           f"Dr. {rev}, read the notes sent with the request. The headaches come with no warning signs (no "
           "vomiting on waking, no change in walking, vision or behaviour, a normal nerve exam) and have not yet "
           "been treated with the usual first steps, so an MRI is not medically necessary now.", 8.8)
    p.para("The notes may be sent again with a headache diary after six weeks of treatment. The doctor may ask for a "
           f"peer-to-peer talk with the reviewer within 5 business days at {phone(rng)}.", 8.6)
    _rights(p, 8.2)
    p.para(f"Copy to: the child's DFPS caseworker. Fax {phone(rng, '512')}.", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=neuro,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Coyote Wells Imaging Center"]})
    return out(p), t


def photocopy_obs(rng):
    child, cw, att, rev = people(rng, 4)
    m = mid(rng)
    a = dt.date(2026, 3, rng.randint(3, 20))
    b = plus(a, 2)
    nd = plus(b, rng.randint(30, 40))
    n = digits(rng, 12)
    billed = amount(rng, 9000, 16000)
    hosp = "Brushy Fork Children's Hospital"
    p = DUSheet(footer="Page {n} of {nb}", footer_left="LMHP-CN-4 rev. 11/2025")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM NOTICE", "Hospital claim decision  |  STAR Health")
    p.line(f"{cw}, DFPS caseworker", 9.4)
    for ln in ["Department of Family and Protective Services", *addr(rng)]:
        p.line(ln, 9.4)
    p.ln(3)
    p.beside([[("NOTICE DT", fdate(nd, "slash")), ("MEDICAID ID", m)],
              [("MEMBER", child), ("CLAIM NO.", f"CLM-{n}")],
              [("DOS FROM", fdate(a, "slash")), ("DOS TO", fdate(b, "slash"))],
              [("FACILITY", hosp), ("ATTENDING", f"Dr. {att}")],
              [("AMT BILLED", money(billed)), ("HOSP. TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}")]], cap_w=24, cap=5.6)
    p.para(f"**What we decided.** {hosp} billed the child's stay from {fdate(a, 'long')} to {fdate(b, 'long')} as an "
           f"inpatient admission for asthma. Our reviewer, Dr. {rev}, found that the child was treated with "
           "breathing treatments and steroids and was ready to go home in under two days, which is care given in "
           "observation, not as an inpatient. We paid the claim at the observation rate and did not pay the "
           "inpatient amount. CARC 50 / N657.", 9)
    p.para("The hospital may not bill DFPS, the caseworker or the foster family for the difference.", 8.8)
    _rights(p, 8.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=child, cases=[f"CLM-{n}"],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[n]],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def phone_es(rng):
    child, fm, doc, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(4, 24))
    nd = plus(v, rng.randint(26, 34))
    n = digits(rng, 12)
    b = amount(rng, 180, 320)
    clin = "Red River Crossing Family Clinic"
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [fm, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_box([("Niño(a):", child), ("Número de Medicaid:", m), ("Reclamo:", groups(n))], title="Asunto:")
    p.para(f"Estimada {fm}:", 10)
    p.para(f"Usted es la madre de crianza del niño nombrado arriba. El {fdate(v, 'long', 'es')}, durante una visita "
           f"familiar en Oklahoma, el niño fue atendido en {clin} en Durant, Oklahoma, por la Dra. {doc}. La clínica "
           f"nos cobró {money(b)}.", 10)
    p.para("La clínica no está en la red de STAR Health y la visita no fue una emergencia. STAR Health paga la "
           "atención fuera de Texas sólo en una emergencia o con nuestra aprobación previa. Por eso no pagamos este "
           "reclamo. Código CARC 242.", 10)
    _rights(p, 9.4, es=True)
    p.para(f"Llame al {phone(rng)} (TTY 711). Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clin,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_approval(rng):
    child, kin, slp, ped = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 7, rng.randint(1, 20))
    a = plus(nd, 7)
    b = plus(a, 89)
    auth = f"PA{digits(rng, 9)}"
    clinic = "Bluebonnet Trail Pediatric Therapy"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    p.addr_pair("To (kinship caregiver)", [kin, *addr(rng)], "About", [child, f"Medicaid ID {m}"])
    p.heading("Your request was approved", 12)
    p.para(f"{slp}, CCC-SLP, of {clinic} asked us to approve speech therapy for the child. We approved 24 visits "
           f"of speech therapy (92507) from {fdate(a, 'long')} through {fdate(b, 'long')}. Dr. {ped}, the child's "
           "primary care provider, signed the therapy plan.", 10)
    p.pairs([("Authorization number", auth), ("Visits approved", "24"), ("Approved from", fdate(a, "slash")),
             ("Approved through", fdate(b, "slash"))], label_w=48, size=9.6)
    p.ln(2)
    p.para("If more visits are needed after the last approved date, the clinic must send a new request with an "
           "updated plan of care before that date. You do not need to do anything now.", 9.6)
    p.para(f"Questions: Member Services {phone(rng)} (TTY 711). The child's DFPS caseworker receives a copy.", 9.4)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              alternates={"insurer": ALT, "provider": [slp], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_late(rng):
    child, cw, surg, sig = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(2, 12))
    rec = plus(v, rng.randint(101, 115))
    nd = plus(rec, rng.randint(6, 10))
    n = digits(rng, 12)
    b = amount(rng, 1400, 2600)
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [cw, "DFPS caseworker", *addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {cw}:", 10)
    p.para(f"We are writing about {child}, a STAR Health member in DFPS care (Medicaid ID {m}). Dr. {surg}, an oral "
           f"surgeon at Caliche Ridge Oral Surgery, removed four teeth under general anesthesia at Mesquite Flats "
           f"Surgery Center for the surgery on {words(v)} ({fdate(v, 'slash')}). The surgeon's office sent us a claim "
           f"for {money(b)}, claim number {n[:6]}", 10, gap=0)
    p.para(f"{n[6:]}, which we received on {fdate(rec, 'slash')}.", 10)
    p.para("Texas Medicaid claims must reach us within 95 days of the date of service. This claim came later than "
           "that, so we did not pay it. The surgery center's own claim was paid. The surgeon may not bill the child, "
           "the foster family or DFPS for this claim.", 10)
    p.para("If you disagree, you may ask for an appeal within 60 days from the date on this letter. An expedited "
           "appeal is decided within 72 hours; a State Fair Hearing may be asked for within 120 days of our appeal "
           f"decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=surg,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Caliche Ridge Oral Surgery"]})
    return out(p), t


def clean_stack(rng):
    child, cw, dad, doc, sig = people(rng, 5)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(3, 20))
    nd = plus(v, rng.randint(28, 36))
    n = digits(rng, 12)
    b = amount(rng, 200, 380)
    ent = "Sotol Springs ENT Clinic"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims - Coordination of Benefits")
    p.para(fdate(nd, "long"), 10)
    for ln in [cw, "DFPS caseworker", *addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.re_box([("Child:", child), ("Medicaid ID:", m), ("Claim:", n), ("Date of service:", fdate(v, "slash"))])
    p.para(f"Dear {cw}:", 10)
    p.para(f"{ent} sent us a claim for {money(b)} for the child's hearing test and visit with Dr. {doc} on "
           f"{fdate(v, 'long')}. Our records show the child is also covered as a dependant on the job-based plan of "
           f"the birth father, {dad}, through Hill Country Mutual Health. Medicaid pays last: the other plan must "
           "pay first. We denied this claim (CARC 22). The clinic should bill the other plan and then send us its "
           "explanation of benefits.", 10)
    p.para("If the other coverage has ended, send us proof of the end date and we will look at the claim again. You "
           "may ask for an appeal within 60 days from the date on this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nCoordination of Benefits Unit", 10)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=child, cases=[n],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=ent,
                         appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]}))
    child2, fp, doc2, sig2 = people(rng, 4)
    m2_ = mid(rng)
    end = dt.date(2026, 5, 31)
    v2 = plus(end, rng.randint(5, 20))
    nd2 = plus(v2, rng.randint(25, 35))
    n2 = digits(rng, 12)
    b2 = amount(rng, 120, 220)
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Eligibility and Enrollment")
    q.para(fdate(nd2, "long"), 10)
    for ln in [fp, *addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Dear {fp}:", 10)
    q.para(f"Congratulations on the adoption. We are writing about the visit {child2} (former Medicaid ID {m2_}) had "
           f"with Dr. {doc2} at Post Oak Pediatric Associates on {fdate(v2, 'long')}, claim {n2}, billed at "
           f"{money(b2)}.", 10)
    q.para(f"The child's STAR Health coverage ended on {fdate(end, 'long')}, when the adoption was final and DFPS "
           "care ended. HHSC moves an adopted child to other Medicaid coverage; the child was not a STAR Health "
           "member on the day of the visit, so we cannot pay the claim. The practice should bill the child's new "
           "coverage.", 10)
    q.para("You may ask for an appeal within 60 days from the date on this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nEligibility and Enrollment", 10)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, member_id=m2_, member_name=child2, cases=[n2],
                         claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                         provider=doc2, appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": ["Post Oak Pediatric Associates"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claim_summary_to_caseworker_testing_without_approval", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_nabd_form_to_foster_parent_brain_mri_not_needed", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "photocopy_claim_notice_hospital_days_observation_only", "photocopy", [photocopy_obs(rng)]),
        Item(F + "phone_es_carta_madre_de_crianza_clinica_fuera_de_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_speech_therapy_to_kinship_caregiver", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_caseworker_dental_surgery_claim_late", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_cover_other_insurance_first_then_after_adoption_turned", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
