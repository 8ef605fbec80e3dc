"""Notices mirrored (structure and plain wording style only) from the papers a MO HealthNet Managed Care plan sends the
families of children covered by MO HealthNet for Kids, Missouri's Medicaid and CHIP coverage for children (the Missouri
Department of Social Services, its MO HealthNet Division, MO HealthNet for Kids and its monthly premium, the eight-digit
MO HealthNet ID (DCN) shape, the state fair hearing, CPT/HCPCS and CARC codes as themselves). The plan (Gasconade
Ridge Health Plan), its rules and time limits, every clinic, hospital, supplier, doctor, reviewer, child, parent,
number and address are invented; reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_nabd_form_more_pt_visits_not_needed: a Notice of Adverse Benefit Determination form on a standard fax with
  captions above boxes, to a mother: 12 more physical therapy visits From / To refused as not needed (an earlier
  approved span, the received date, the DOB, the reviewer and the medical director as decoys).
- born_digital_claims_statement_five_claims_kansas_urgent_care: a landscape member claims statement to a father,
  five claims one per row (From / To, a row running over two lines, a totals row); the Kansas urgent care claim is
  refused under CARC 242 (not enrolled / outside the network).
- photocopy_claim_notice_two_allergy_visits_sent_late: a claim notice with the claim number once in the header for a
  three-line table: the visits "on March 3 and March 10" received after 180 days (timely_filing).
- phone_es_aviso_cobertura_terminada_prima: a photographed Spanish notice to a mother: a visit after MO HealthNet for
  Kids coverage ended for an unpaid premium (eligibility).
- rotated_speech_therapy_approval_fewer_visits: an approval of 20 of the 24 speech therapy visits asked for, kindly
  worded, fed sideways (a partial refusal: denial_letter / medical_necessity, other / null accepted).
- lowres_letter_to_grandmother_hospital_days_in_words: a 150 dpi letter to a grandmother (legal guardian): the stay
  "from the second to the ninth of June 2026", the later days refused because a day programme would do (no type
  word: level_of_care, inferred), the hospital and the doctor only in sentences.
- scan_stack_clinic_appeal_letter_then_upheld_helmet_appeal_sideways: a 300 dpi stack: the craniofacial clinic's
  letter asking the plan to reconsider a refused cranial helmet (quotes the earlier denial; denies nothing), its
  duplex back, then fed sideways the plan's appeal decision keeping the refusal (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "missouri_mo_healthnet_for_kids_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 354102
INS = "Gasconade Ridge Health Plan"
ALT = ["Gasconade Ridge"]
PROG = "MO HealthNet Managed Care"


def dcn(rng):
    return digits(rng, 8)


def claimno(rng):
    return f"26{digits(rng, 3)}{digits(rng, 8)}"


def caseno(rng):
    return f"NA-26-{digits(rng, 6)}"


def dob(rng, lo=2010, hi=2024):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="833"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DTSheet, rng, unit="Member Services"):
    p.logo_head(INS, "GRHP", [f"A {PROG} health plan for MO HealthNet members  |  {unit}",
                              f"PO Box {rng.randint(1200, 9800)}, Jefferson City MO 65102-{digits(rng, 4)}  |  "
                              f"{phone(rng)}  |  TTY 711"], size=13)


def _rights(p: DTSheet, nd: dt.date, size=8.4):
    p.bar("YOUR RIGHT TO APPEAL", size + 0.6)
    p.para("If you do not agree, you or someone you choose can ask us for an appeal. You must ask within 60 days "
           "from the date of this notice. You can call us or write to us. If waiting could seriously harm the "
           "child's health, ask for a fast appeal; we decide fast appeals within 72 hours.", size)
    p.para("If you want services to continue while we review, ask within 10 days of the date this notice was "
           "mailed. After our appeal decision, you may ask for a State Fair Hearing with the Missouri Department "
           "of Social Services within 120 days of the appeal decision.", size)


# 1 ---------------------------------------------------------------------------------------------------------------
def faxstd_nabd(rng):
    child, mom, doc, pt, rev, md = people(rng, 6)
    clinic = "Bourbeuse Valley Pediatric Therapy"
    m = dcn(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    rcvd = plus(nd, -rng.randint(5, 9))
    prev_a = dt.date(2026, 1, 5)
    prev_b = plus(prev_a, 55)
    req_a = plus(nd, rng.randint(4, 8))
    req_b = plus(req_a, 83)
    case = caseno(rng)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  GRHP UM DEPT  {phone(rng, '573')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="GR-NABD-1 (rev. 10/2025)", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "MO HealthNet for Kids  -  keep this notice")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE OF NOTICE", fdate(nd, "slash")), ("MAILED TO (PARENT / GUARDIAN)", mom),
                 ("CASE NO.", case)], [34, 90, W - 124])
    p.form_band([("MEMBER (CHILD)", child), ("DATE OF BIRTH", fdate(dob(rng), "slash")),
                 ("MO HEALTHNET ID (DCN)", m)], [70, 40, W - 110])
    p.form_band([("REQUESTING PROVIDER", clinic), ("ORDERING PHYSICIAN", f"Dr. {doc}"),
                 ("REQUEST RCVD", fdate(rcvd, "slash"))], [76, 62, W - 138])
    p.form_band([("SERVICE REQUESTED", "Physical therapy (97110, 97530) - 12 visits"),
                 ("DATES REQUESTED FROM", fdate(req_a, "slash")), ("TO", fdate(req_b, "slash"))], [96, 46, W - 142])
    p.form_band([("PREVIOUSLY APPROVED", f"12 visits {fdate(prev_a, 'slash')} - {fdate(prev_b, 'slash')}"),
                 ("TREATING THERAPIST", f"{pt}, PT")], [96, W - 96])
    p.ln(4)
    p.bar("WHAT WE DECIDED", 9.4)
    p.para(f"We denied the request for 12 more physical therapy visits for {child}. The therapy notes sent with "
           "the request show your child reached the goals set in January: walking stairs with one rail and "
           "jumping with both feet. The notes list no new goal that needs a therapist's hands-on care. A home "
           "exercise program, which the therapist already taught you, can keep these skills. For this reason the "
           "visits are not medically necessary.", 9)
    p.para(f"This decision was made by {rev}, PT, and reviewed by Dr. {md}, Medical Director. You may ask for a "
           "free copy of the criteria we used.", 9)
    _rights(p, nd)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[case],
              service_dates=[f"{req_a.isoformat()}/{req_b.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc, pt],
                          "service_dates": [[req_a.isoformat(), req_b.isoformat()], [req_a.isoformat()], []]})
    return out(p), t


# 2 ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    child, dad, pcp, uc_doc = people(rng, 4)
    m = dcn(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    uc = "Prairie Village After-Hours Urgent Care"
    rows, tot = [], [0.0, 0.0]
    specs = [("Cedar Fork Pediatrics", "", "99392", "Well-child visit", 140, 210, "1"),
             ("Cedar Fork Pediatrics", "", "87880", "Strep test", 25, 45, "1"),
             (uc, "(Overland Park, Kansas)", "99214", "Urgent care visit", 160, 260, "242"),
             ("Big Piney Pharmacy Services", "", "J7613", "Albuterol solution", 30, 60, "1"),
             ("Missouri Breaks Imaging", "", "71046", "Chest X-ray 2 views", 90, 150, "1")]
    den = None
    for i, (prov, cont, code, desc, lo, hi, rsn) in enumerate(specs):
        d = plus(sd, -rng.randint(14, 40))
        n = claimno(rng)
        b = amount(rng, lo, hi)
        paid = 0.0 if rsn != "1" else round(b * rng.uniform(0.45, 0.7), 2)
        rows.append([n, prov, fdate(d, "slash"), fdate(d, "slash"), code, desc, money(b, "nosign"),
                     money(paid, "nosign"), "0.00", rsn])
        if cont:
            rows.append(["", cont, "", "", "", f"seen by Dr. {uc_doc}", "", "", "", ""])
        tot = [tot[0] + b, tot[1] + paid]
        if rsn != "1":
            den = (n, b, d)
    rows.append(["TOTALS", "", "", "", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"), "0.00", ""])
    p = DTSheet(footer="Page {n} of {nb}", footer_left="GR-MCS-3")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("MEMBER CLAIMS STATEMENT - THIS IS NOT A BILL")
    p.capstrip([("MAILED TO", dad), ("MEMBER (CHILD)", child), ("MO HEALTHNET ID (DCN)", m),
                ("STATEMENT DATE", fdate(sd, "long")), ("PRIMARY CARE PROVIDER", f"Dr. {pcp}")],
               [52, 52, 44, 44, 63.4])
    p.ln(3)
    p.table(["Claim number", "Provider", "From", "To", "Code", "Service", "Billed", "Plan paid", "You owe",
             "Note"], rows, [34, 62, 20, 20, 14, 44, 18, 18, 16, 9.4], size=7.8, row_h=5.2,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"], bold_last=True)
    p.para("**Notes.** 1: paid. 242 (CARC 242, services not provided by network providers): the urgent care centre "
           f"in Overland Park, Kansas is not enrolled with MO HealthNet and is not in our network. {INS} pays "
           "outside Missouri only for emergencies or care we approve first; a sore throat and cough on a weekday "
           "evening is not an emergency. Because the centre is not enrolled, it may not bill you for a MO HealthNet "
           "member.", 8.6)
    p.para("You can appeal the claim marked 242 within 60 days from the date of this statement. Fast appeals are "
           "decided within 72 hours. After our appeal decision you may ask the Missouri Department of Social "
           f"Services for a State Fair Hearing within 120 days. Member Services {phone(rng)}, TTY 711.", 8.6)
    n, b, d = den
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=uc,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [uc_doc]})
    return out(p), t


# 3 ---------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    child, dad, doc = people(rng, 3)
    clinic = "Meramec Bend Allergy and Asthma"
    m = dcn(rng)
    v1 = dt.date(2026, 3, 3)
    v2 = dt.date(2026, 3, 10)
    rcvd = plus(v1, rng.randint(185, 200))
    nd = plus(rcvd, rng.randint(7, 14))
    n = claimno(rng)
    a1, a2, a3 = amount(rng, 120, 190), amount(rng, 70, 120), amount(rng, 90, 150)
    tot = round(a1 + a2 + a3, 2)
    p = DTSheet(footer="Page {n} of {nb}", footer_left="GR-CN-2 (rev. 07/2025)")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar(f"CLAIM NOTICE  -  CLAIM NO. {n}", "Notice of adverse benefit determination on a claim")
    for ln in [dad, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DATE", fdate(nd, "abbr")), ("DCN", m)],
              [("PATIENT", child), ("RCVD", fdate(rcvd, "slash"))],
              [("BILLING PROV.", clinic), ("RENDERING", f"Dr. {doc}")]], cap_w=24, cap=5.6)
    p.table(["DOS", "Code", "Description", "Billed", "Paid", "CARC"],
            [[fdate(v1, "slash"), "99204", "New patient visit", money(a1, "nosign"), "0.00", "29"],
             [fdate(v1, "slash"), "95004", "Allergy skin tests (scratch)", money(a2, "nosign"), "0.00", "29"],
             [fdate(v2, "slash"), "99213", "Follow-up visit", money(a3, "nosign"), "0.00", "29"],
             ["", "", "Claim total", money(tot, "nosign"), "0.00", ""]],
            [26, 18, 74, 24, 20, W_rest(p, [26, 18, 74, 24, 20])], size=8.8, aligns=["L", "L", "L", "R", "R", "C"],
            bold_last=True)
    p.para(f"**Why we did not pay.** The claim for the visits on March 3 and March 10 reached us on the date in the "
           "RCVD box. Providers in our network must send a claim within 180 days of the visit. This one came "
           "later. (29: the time limit for filing has expired.) The clinic is in our network and may not bill you "
           "for these visits.", 9)
    p.para("You may appeal within 60 days from the date of this notice. Fast appeals: 72 hours. State Fair "
           "Hearing: within 120 days after our appeal decision. Call " + phone(rng) + " (TTY 711).", 8.8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc]}, type_alternates=["eob"])
    return out(p), t


def W_rest(p, ws):
    return p.w - p.l_margin - p.r_margin - sum(ws)


# 4 ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    child, mom, doc, sig = people(rng, 4)
    clinic = "Clínica Pediátrica Little Niangua"
    m = dcn(rng)
    end = dt.date(2026, 4, 30)
    v = dt.date(2026, 5, rng.randint(6, 20))
    nd = plus(v, rng.randint(20, 30))
    n = claimno(rng)
    b = amount(rng, 110, 190)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS")
    p.boxed_pairs([("Fecha de este aviso", fdate(nd, "long", "es")), ("Para (madre)", mom),
                   ("Miembro (niño/a)", child), ("ID de MO HealthNet (DCN)", m), ("Número de reclamo", n)],
                  label_w=58, size=9.4)
    p.para(f"Estimada {mom}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')}, {child} fue atendido/a por el Dr. {doc} en {clinic}. La clínica nos "
           f"envió un reclamo por {money(b)}.", 10)
    p.para(f"La cobertura de MO HealthNet for Kids terminó el {fdate(end, 'long', 'es')} porque no se pagó la prima "
           "mensual. El Departamento de Servicios Sociales de Missouri le envió un aviso sobre esto. La visita fue "
           "después de esa fecha, cuando el niño/a no tenía cobertura con nosotros. Por eso no pagamos el reclamo.",
           10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones rápidas "
           "se deciden en 72 horas. Después de la apelación puede pedir una audiencia imparcial estatal dentro de "
           f"120 días. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doc, "Little Niangua"]})
    return out(p), t


# 5 ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    child, mom, slp, rev = people(rng, 4)
    clinic = "Current River Speech and Language"
    m = dcn(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    a = plus(nd, rng.randint(5, 10))
    b = plus(a, 167)
    pa = f"PA-{digits(rng, 7)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("For", child), ("DCN", m), ("Approval number", pa)], label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {mom}:", 10)
    p.para(f"Good news. {clinic} asked us to approve speech therapy for {child}, and we have approved it. "
           f"{slp}, CCC-SLP, may see your child from {fdate(a, 'long')} through {fdate(b, 'long')}.", 10)
    p.para("The request listed 24 visits. We approved 20, one a week with a few weeks off over the winter "
           "holidays, which is how often the therapist's own plan says she will see your child. If the therapist "
           "finds that more visits are needed, she can ask us at any time and we will look again. "
           f"This was reviewed by {rev}, CCC-SLP.", 10)
    p.para("If you do not agree with the number of visits, you may ask for an appeal within 60 days from the date "
           "of this notice. Fast appeals are decided within 72 hours. After an appeal you may ask for a State Fair "
           "Hearing within 120 days.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[pa],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), type_alternates=["other"], denial_alternates=[None],
              alternates={"insurer": ALT, "provider": [slp], "service_dates": [[a.isoformat(), b.isoformat()]],
                          "appeal_deadline": [None]})
    return out(p), t


# 6 ---------------------------------------------------------------------------------------------------------------
def lowres_days(rng):
    child, gma, doc, md, cm, sig = people(rng, 6)
    hosp = "Cottonwood Hollow Children's Hospital"
    m = dcn(rng)
    s, e = dt.date(2026, 6, 2), dt.date(2026, 6, 9)
    d1 = dt.date(2026, 6, 6)
    nd = dt.date(2026, 7, rng.randint(6, 20))
    n = claimno(rng)
    b = amount(rng, 5200, 7800)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [gma, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {child}, MO HealthNet ID {m}, claim {n}", 10)
    p.ln(1)
    p.para(f"Dear {gma}:", 10)
    p.para(f"We are writing to you as {child}'s legal guardian. Your grandson was a patient at {hosp} from the "
           "second to the ninth of June 2026, after the crisis that brought him to the emergency room. Dr. "
           f"{doc}, who cared for him there, asked us to pay for the whole stay, and the hospital sent us its "
           "claim.", 10)
    p.para("We paid for the first four days. We only pay for days in a psychiatric hospital while a child needs "
           "staff watching him around the clock to keep him safe. The notes say that by the fifth day he was "
           "calm, eating and sleeping, and had no thoughts of hurting himself. From then on, the partial "
           "hospital program at the same hospital, where he would sleep at home, could give him the care he "
           f"needed. So we did not pay for June 6 through June 9, 2026; the hospital's claim lists {money(b)} "
           "for those days.", 10)
    p.para(f"Dr. {md}, a child psychiatrist and our medical director, reviewed the notes. {cm}, your care manager, "
           f"can help you find a day program near home: {phone(rng)}.", 10)
    p.para("If you disagree, you may appeal within 60 days from the date of this letter. A fast appeal is decided "
           "within 72 hours. After our appeal you may ask the Missouri Department of Social Services for a State "
           "Fair Hearing within 120 days. The hospital may not bill you for the unpaid days.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Review\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[f"{d1.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"insurer": ALT, "provider": [doc],
                          "service_dates": [[d1.isoformat(), e.isoformat()], [f"{s.isoformat()}/{e.isoformat()}"]]})
    return out(p), t


# 7 ---------------------------------------------------------------------------------------------------------------
def scan_stack(rng):
    child, mom, doc, orth, md, rev = people(rng, 6)
    clinic = "Ozark Plateau Craniofacial Clinic"
    m = dcn(rng)
    od = dt.date(2026, 2, rng.randint(9, 20))
    old = caseno(rng)
    ld = plus(od, rng.randint(10, 20))
    fit = plus(od, rng.randint(30, 40))
    p = DTSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.logo_head(clinic, "OPCC", [f"{rng.randint(100, 9800)} E Battlefield Rd, Springfield MO 658{rng.randint(10, 99)}"
                                 f"  |  {phone(rng, '417')}  |  Fax {phone(rng, '417')}"], size=13)
    p.para(fdate(ld, "long"), 10)
    p.para(f"Appeals Unit\n{INS}\nPO Box {rng.randint(1200, 9800)}\nJefferson City MO 65102", 10)
    p.para(f"cc: {mom} (parent)", 9)
    p.para(f"Re: {child}, DCN {m}, your case {old}", 10)
    p.para("To the Appeals Unit:", 10)
    p.para(f"On {fdate(od, 'long')} your plan wrote to this family that it \"denied the request for a cranial "
           "remolding helmet (S1040) because it is not medically necessary.\" We ask you to look at that decision "
           f"again. {child} is six months old. Two months of repositioning have not changed the shape of the "
           "head; the measurements we took last week are enclosed, with photographs.", 10)
    p.para(f"Dr. {orth}, the orthotist, is ready to fit the helmet on or about {fdate(fit, 'long')} if you approve it. "
           "The family has signed the enclosed form naming our clinic to act for them in this appeal.", 10)
    p.para(f"Sincerely,\nDr. {doc}\nPediatric Neurosurgery, {clinic}", 10)
    t1 = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[old],
               service_dates=[fit.isoformat()], denial_date=ld.isoformat(), provider=clinic, unscored=["insurer"],
               alternates={"provider": [doc], "case_numbers": [[]], "service_dates": [[]]})
    ad = plus(ld, rng.randint(20, 28))
    ap = f"AP-{digits(rng, 7)}"
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals Unit")
    q.title_bar("NOTICE OF APPEAL RESOLUTION")
    q.pairs([("Date of this notice", fdate(ad, "long")), ("To", mom), ("Member (child)", child), ("DCN", m),
             ("Appeal number", ap), ("Original case", old)], label_w=46, size=9.6)
    q.ln(2)
    q.para(f"Dr. {doc} of {clinic} asked us to look again at our decision on a cranial remolding helmet for "
           f"{child}, to be fitted on or about {fdate(fit, 'slash')}. Dr. {rev}, a pediatrician who did not make the first decision, reviewed the appeal.", 9.8)
    q.para("**Our decision: we are keeping our earlier decision.** The measurements sent with the appeal show a "
           "difference between the two sides of the head of 8 millimetres. Our medical policy covers a helmet when "
           "the difference is 12 millimetres or more after repositioning, or when the face or ears are pulled out "
           "of line. Neither is the case, so the helmet is not medically necessary now. Measuring again in two "
           "months is reasonable, and the clinic can ask again then.", 9.8)
    q.bar("STATE FAIR HEARING", 9.2)
    q.para("You have finished our appeal process. If you do not agree, you may ask for a State Fair Hearing with "
           "the Missouri Department of Social Services, MO HealthNet Division, within 120 days from the date of "
           f"this notice. Call {phone(rng)} (TTY 711) for help. Reviewed with Dr. {md}, Medical Director.", 9.2)
    t2 = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[ap, old],
               service_dates=[fit.isoformat()], denial_date=ad.isoformat(), provider=clinic,
               alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[ap], [old]],
                           "service_dates": [[]]})
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_nabd_form_more_pt_visits_not_needed", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "born_digital_claims_statement_five_claims_kansas_urgent_care", "born_digital", [bd_statement(rng)]),
        Item(F + "photocopy_claim_notice_two_allergy_visits_sent_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_aviso_cobertura_terminada_prima", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_speech_therapy_approval_fewer_visits", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_grandmother_hospital_days_in_words", "scan_lowres_150", [lowres_days(rng)]),
        Item(F + "scan_stack_clinic_appeal_letter_then_upheld_helmet_appeal_sideways", "scan_clean_300",
             scan_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
