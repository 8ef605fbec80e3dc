"""Notices mirrored (structure and wording style only) from the papers an AHCCCS health plan sends the families of
KidsCare members, Arizona's CHIP (the Arizona Health Care Cost Containment System (AHCCCS), KidsCare and its monthly
premium, the plan appeal, the AHCCCS state fair hearing, CPT codes and the CARC set as themselves; the 60-day
appeal, 72-hour expedited appeal, 10-day continuation and 90-day hearing limits are written in that style, not
quoted). The health plan (Ocotillo Springs Health Plan), every clinic, hospital, doctor, child, parent, number, form
and address are invented. Letters go to a parent, grandparent or guardian; the member is always the child.

Documents (8 in 7 files):
- bd_member_eob_three_claims_out_of_state_urgent_care: a member EOB sent to a parent (relation only by layout: the
  addressee block vs a "Member (patient)" box), three claims with the dates split over "From" and "To" columns; an
  out-of-state urgent care centre's claim refused under CARC 242 (not a registered AHCCCS provider; out_of_network).
- faxstd_caption_form_mri_done_without_approval: a notice form on a standard fax with captions beside the boxes
  ("MBR #", "DOS", "AMT BILLED", "REF NO."); an imaging centre's MRI claim refused because no approval was asked for
  (prior_authorization); the ordering neurologist, reviewer and care coordinator named.
- photocopy_caption_form_inpatient_days_observation_only: a photocopied form, "your son", a hospital's inpatient
  claim "dates of service: .. - .." paid as observation only (level_of_care); attending doctor and reviewer named.
- phone_es_aviso_cobertura_terminada_prima: a photographed Spanish notice: a visit after KidsCare coverage ended for
  an unpaid premium (eligibility).
- lowres_letter_sleep_study_not_needed_doctor_in_sentence: a 150 dpi letter to a grandmother who is the guardian;
  the doctor appears only in "Dr. ... asked us to approve ..." (medical_necessity), planned "on or about" a date.
- clean300_speech_therapy_approval_from_through: an approval of speech therapy visits "from .. through .."
  (denies nothing).
- faxstd_stack_cover_late_claim_then_coding_turned: a cover sheet, a claim notice form refusing a clinic's claim
  received after the filing limit (timely_filing), then a notice (its page fed sideways) refusing a sick visit
  billed with a well-child check on the same day without the needed modifier (coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtc import DTSheet, people
from public_kit import STREETS, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "arizona_kidscare_chip_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 353502
INS = "Ocotillo Springs Health Plan"
ALT = ["Ocotillo Springs", "Ocotillo Springs Health Plan KidsCare"]
TAGLINE = "An AHCCCS Complete Care health plan serving KidsCare members"


def az_id(rng):
    """An AHCCCS ID shape: the letter A and eight digits."""
    return f"A{digits(rng, 8)}"


def claim_no(rng):
    return f"26{digits(rng, 11)}"


def ref_no(rng):
    return f"UM-{digits(rng, 7)}"


def phone(rng, area="602"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def address(rng):
    """An invented Arizona mailing address."""
    city, z = rng.choice([("Mesa", "852"), ("Tucson", "857"), ("Glendale", "853"), ("Yuma", "853"),
                          ("Flagstaff", "860"), ("Chandler", "852")])
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} AZ {z}{rng.randint(10, 99)}"]


def dob(rng):
    return dt.date(rng.randint(2009, 2022), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services", fax=False):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, TAGLINE, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Phoenix AZ 850{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711" + (f"  |  Fax {phone(rng)}" if fax else ""), new_x="LMARGIN",
           new_y="NEXT")
    p.rule(4)


def _rights(p: DTSheet, size=8.4, whose="this notice"):
    p.bar("YOUR RIGHTS", 9)
    p.para(f"**Appeal.** You may ask us for an appeal within 60 days of the date of {whose}. Call Member Services or "
           "write to the Grievance and Appeals Unit. If waiting could seriously harm your child's health, ask for an "
           "expedited appeal; we decide those within 72 hours.", size)
    p.para("**State fair hearing.** If you do not agree with our appeal decision, you may ask AHCCCS for a state fair "
           "hearing within 90 days of the date of our appeal decision. If a service your child is already getting is "
           "being reduced or stopped, ask within 10 days to keep it during the appeal.", size)


def bd_eob(rng):
    child, parent, uc_doc, ped, ot = people(rng, 5)
    parent = parent.split()[0] + " " + parent.split()[1] + " " + child.split()[-1]
    mid = az_id(rng)
    sd = dt.date(2026, rng.randint(4, 6), rng.randint(3, 26))
    d_uc = plus(sd, -rng.randint(30, 45))
    d_ped = plus(sd, -rng.randint(50, 60))
    ot1 = plus(sd, -rng.randint(40, 48))
    ot2 = plus(ot1, 21)
    n_uc, n_ped, n_ot = claim_no(rng), claim_no(rng), claim_no(rng)
    b_ped, b_ot, b_uc = amount(rng, 180, 260), amount(rng, 600, 900), amount(rng, 240, 420)
    UC = "Four Corners Walk-In Care of Farmington"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="OSHP-EOB-2 (rev. 01/2026)")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.capstrip([("Member (patient)", child), ("AHCCCS ID", mid), ("Program", "KidsCare"),
                ("Statement date", fdate(sd, "long")), ("Date of birth", fdate(dob(rng), "slash"))],
               [62, 38, 34, 55, 40])
    p.capstrip([("Claims processed", f"{fdate(plus(sd, -30), 'slash')} - {fdate(plus(sd, -1), 'slash')}"),
                ("Enrollment year", "10/01/2025 - 09/30/2026"), ("Primary care provider", f"Dr. {ped}"),
                ("Care coordinator", "Juniper Team, ext. 4410")], [62, 55, 62, 50])
    p.ln(3)
    rows = [[n_ped, "Cholla Ridge Pediatrics", f"Dr. {ped}", fdate(d_ped, "slash"), fdate(d_ped, "slash"),
             "99214 Office visit", money(b_ped, "nosign"), money(round(b_ped * 0.55, 2), "nosign"), "0.00", "1"],
            [n_ot, "Desert Bloom Pediatric Therapy", ot, fdate(ot1, "slash"), fdate(ot2, "slash"),
             "97530 x4 Therapy", money(b_ot, "nosign"), money(round(b_ot * 0.5, 2), "nosign"), "0.00", "1"],
            [n_uc, UC, f"Dr. {uc_doc}", fdate(d_uc, "slash"), fdate(d_uc, "slash"), "99203 New patient visit",
             money(b_uc, "nosign"), "0.00", "0.00", "242"]]
    p.table(["Claim number", "Provider", "Seen by", "From", "To", "Service", "Billed", "Plan paid", "You owe",
             "Code"], rows, [30, 57, 36, 19, 19, 33, 18, 18, 15, 10], size=7.2,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Codes.** 1: paid. You owe nothing for covered KidsCare services. 242 (CARC 242): the urgent care centre "
           f"in New Mexico that saw your child on {fdate(d_uc, 'long')} is not in our network and is not a registered "
           "AHCCCS provider, and the visit was not an emergency. We did not pay it. The centre may ask you to pay; "
           "call us before you pay anything.", 8.4)
    p.para(f"Provider NPI for claim {n_uc}: {npi(rng)}. Therapist of record for claim {n_ot}: {ot}, OTR/L.", 8)
    _rights(p, 8.2, "this statement")
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[n_uc],
              claim_amount=m2(b_uc), service_dates=[d_uc.isoformat()], denial_date=sd.isoformat(), provider=UC,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [uc_doc], "plan_id": ["KidsCare"]})
    return out(p), t


def faxstd_mri(rng):
    child, mother, neuro, rev, coord = people(rng, 5)
    mid = az_id(rng)
    dos = dt.date(2026, rng.randint(2, 4), rng.randint(2, 26))
    rec = plus(dos, rng.randint(20, 30))
    nd = plus(rec, rng.randint(6, 12))
    n, ref = claim_no(rng), ref_no(rng)
    billed = amount(rng, 1900, 2900)
    IMG = "Kestrel Peak Imaging - Mesa"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  OSHP UM DEPT  {phone(rng)}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="OSHP-NABD-4 (rev. 02/2026)", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management", fax=True)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C")
    p.line("KidsCare - claim for a service that needed approval first", 8.6, align="C")
    p.ln(2)
    p.about(f"Parent or guardian: {mother}", f"Member: {child}")
    p.side_boxes([[("NOTICE DATE", fdate(nd, "slash")), ("MBR #", mid)],
                  [("MBR NAME", child), ("DOB", fdate(dob(rng), "slash"))],
                  [("CLAIM #", n), ("REF NO.", ref)],
                  [("DOS", fdate(dos, "slash")), ("AMT BILLED", money(billed))],
                  [("BILLING PROV.", IMG), ("PROV. NPI", npi(rng))],
                  [("Ordering dr.", f"Dr. {neuro}"), ("Rec'd", fdate(rec, "slash"))],
                  [("SERVICE", "70553 MRI brain w/o & w/ contrast"), ("DECISION", "DENIED")]], cap_w=21)
    p.bar("WHY WE DENIED THIS CLAIM", 9)
    p.para(f"{IMG} did the MRI ordered by Dr. {neuro} and sent us the claim. An MRI of the brain is a service that "
           "needs our approval before it is done, unless it is an emergency. No one asked us to approve it, and the "
           "records do not show an emergency. Because the approval step was skipped, the claim was denied. The "
           "imaging centre is in our network and may not bill you for it.", 8.8)
    p.para(f"This decision was made by {rev}, MD, a physician reviewer. Your child's care coordinator is {coord}; "
           f"call {phone(rng)} (TTY 711).", 8.8)
    _rights(p, 8.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child,
              cases=[n, ref], claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=IMG, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [neuro], "case_numbers": [[n], [ref]]})
    return out(p), t


def photocopy_inpatient(rng):
    child, father, att, rev, pharm = people(rng, 5)
    father = " ".join(father.split()[:2] + [child.split()[-1]])
    mid = az_id(rng)
    a = dt.date(2026, rng.randint(1, 3), rng.randint(3, 20))
    b = plus(a, 2)
    nd = plus(b, rng.randint(35, 50))
    n, ref = claim_no(rng), ref_no(rng)
    billed = amount(rng, 9800, 16800)
    HOSP = "Saltgrass Valley Children's Hospital"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="OSHP-NABD-4 (rev. 02/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C")
    p.ln(1)
    p.para(fdate(nd, "long"), 9.6)
    for ln in [father, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.side_boxes([[("MBR #", mid), ("MBR", child)],
                  [("CLAIM NO.", n), ("REF NO.", ref)],
                  [("FACILITY", HOSP), ("ATTENDING", f"Dr. {att}")],
                  [("ADMIT", fdate(a, "slash")), ("DISCH.", fdate(b, "slash"))],
                  [("AMT BILLED", money(billed)), ("DECISION", "Inpatient days denied")]], cap_w=20)
    p.para(f"Dear {father}:", 9.6)
    p.para(f"We reviewed the hospital claim for your son's asthma care at {HOSP}, dates of service: "
           f"{fdate(a, 'slash')} - {fdate(b, 'slash')}. The hospital billed these days as an inpatient stay.", 9.4)
    p.para("The records show he was watched, given breathing treatments and sent home once the treatments worked. "
           "That care can be given safely under observation in the hospital; it did not need an inpatient "
           "admission. We will pay the hospital for observation care instead, and we denied the inpatient room "
           "and board days. You do not owe the hospital for the difference.", 9.4)
    p.para(f"Reviewed by {rev}, MD, Associate Medical Director. Discharge medicines were filled by {pharm}, PharmD, "
           "at the hospital pharmacy; they are not part of this decision.", 9)
    _rights(p, 8.2)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[n, ref],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[n], [ref]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    child, mother, doc, coord = people(rng, 4)
    mother = " ".join(mother.split()[:2] + [child.split()[-1]])
    mid = az_id(rng)
    end = dt.date(2026, 4, 30)
    visit = dt.date(2026, 5, rng.randint(6, 22))
    nd = plus(visit, rng.randint(25, 35))
    n = claim_no(rng)
    billed = amount(rng, 160, 290)
    CL = "Clínica Familiar Mesa Arroyo"
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 11.5, "B")
    p.ln(1)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Miembro", child), ("Número de AHCCCS", mid), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"Recibimos el reclamo de {CL} por la visita que su hija tuvo el {fdate(visit, 'long', 'es')} con el "
           f"Dr. {doc}. El cobro fue de {money(billed)}.", 10)
    p.para(f"La cobertura de KidsCare de su hija terminó el {fdate(end, 'long', 'es')} porque no se pagó la prima "
           "mensual. En la fecha de la visita su hija no tenía cobertura con nosotros, por eso no podemos pagar "
           "este reclamo. Si cree que la cobertura no debió terminar, llame a AHCCCS.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones "
           "urgentes se deciden en 72 horas. Después de nuestra decisión puede pedir a AHCCCS una audiencia estatal "
           f"imparcial dentro de 90 días. Su coordinadora de cuidado es {coord}. Llame al {phone(rng)} (TTY 711).",
           9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[visit.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [CL]})
    return out(p), t


def lowres_sleep(rng):
    child, gma, doc, rev, coord = people(rng, 5)
    mid = az_id(rng)
    nd = dt.date(2026, rng.randint(6, 8), rng.randint(3, 24))
    rec = plus(nd, -rng.randint(5, 9))
    planned = plus(nd, rng.randint(12, 20))
    req = f"PA{digits(rng, 8)}"
    first = child.split()[0]
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [gma, "Legal guardian", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {child}, AHCCCS ID {mid}, request {req}", 10)
    p.para(f"Dear {gma}:", 10)
    p.para(f"On {fdate(rec, 'long')}, Dr. {doc} asked us to approve an overnight sleep study for {first} at a sleep "
           f"lab, planned for on or about {fdate(planned, 'long')}. The request said {first} snores and is tired at "
           "school.", 10)
    p.para(f"We are not approving the study. The records sent with the request do not show the signs that make a "
           f"sleep study needed for a child, such as pauses in breathing seen during sleep, and {first} has not yet "
           "been checked for enlarged tonsils, which is the usual first step. A study is not medically necessary "
           "at this time. If new records show these signs, the doctor may ask again.", 10)
    p.para(f"The decision was made by {rev}, MD, a pediatrician who reviews requests for us. Your care "
           f"coordinator, {coord}, can help you find an ear, nose and throat doctor.", 10)
    p.para("You may ask us for an appeal within 60 days of the date of this letter. If waiting could seriously harm "
           "the child's health, ask for an expedited appeal (72 hours). After our appeal decision you may ask AHCCCS "
           f"for a state fair hearing within 90 days. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[req],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[]]})
    return out(p), t


def clean300_approval(rng):
    child, mother, slp, coord = people(rng, 4)
    mid = az_id(rng)
    nd = dt.date(2026, rng.randint(7, 9), rng.randint(2, 20))
    a = plus(nd, rng.randint(5, 10))
    b = plus(a, 89)
    auth = f"PA{digits(rng, 8)}"
    CL = "Desert Bloom Pediatric Therapy"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF APPROVAL", 12, "B")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    p.line("To the parent or guardian of", 9)
    for ln in [child, f"c/o {mother}", *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Member", child), ("AHCCCS ID", mid), ("Approval no.", auth)],
            [("Requested by", CL), ("Therapist", slp), ("Date of birth", fdate(dob(rng), "slash"))]], size=9)
    p.para(f"Good news. {CL} asked us to approve speech therapy for your child. We approved 12 visits (CPT 92507) "
           f"from {fdate(a, 'long')} through {fdate(b, 'long')}, with {slp}, CCC-SLP.", 10)
    p.para("You do not need to do anything. If your child needs more visits after this period, the therapist will "
           f"ask us. Questions? Your care coordinator is {coord}, {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    p.taglines()
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=CL,
              alternates={"insurer": ALT, "provider": [slp], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def faxstd_stack(rng):
    child, mother, doc, doc2, coord = people(rng, 5)
    mid = az_id(rng)
    CL = "Cholla Ridge Pediatrics"
    visit = dt.date(2026, rng.randint(1, 2), rng.randint(5, 25))
    rec = plus(visit, rng.randint(190, 200))
    nd = plus(rec, rng.randint(5, 10))
    n = claim_no(rng)
    billed = amount(rng, 180, 320)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  OSHP CLAIMS  {phone(rng)}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", footer_left="OSHP-CN-1 (rev. 11/2025)", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM NOTICE - DENIED", 12.5, "B", align="C")
    p.ln(2)
    for ln in [mother, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.side_boxes([[("NOTICE DT", fdate(nd, "slash")), ("For", child)],
                  [("MBR #", mid), ("CLAIM #", n)],
                  [("DOS", fdate(visit, "slash")), ("RECEIVED", fdate(rec, "slash"))],
                  [("PROVIDER", f"Dr. {doc}"), ("CLINIC", CL)],
                  [("AMT BILLED", money(billed)), ("PAID", "0.00")]], cap_w=20)
    p.para(f"The clinic sent this claim for the visit on {fdate(visit, 'long')} after the time allowed. A "
           "provider has 6 months from the date of service to send us a first claim; this one reached us on the "
           "RECEIVED date above. We denied it for late filing. Because the clinic is in our network, it may not "
           "bill you for this visit.", 9)
    _rights(p, 8.2)
    t1 = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=child, cases=[n],
               claim_amount=m2(billed), service_dates=[visit.isoformat()], denial_date=nd.isoformat(), provider=doc,
               appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [CL]},
               type_alternates=["eob"])
    v2 = plus(visit, rng.randint(40, 70))
    nd2 = plus(v2, rng.randint(30, 40))
    n2, n_paid = claim_no(rng), claim_no(rng)
    sick, well = amount(rng, 140, 220), amount(rng, 210, 300)
    q = DTSheet(footer="Page {n} of {nb}", footer_left="OSHP-CN-1 (rev. 11/2025)", fax_hdr=fax)
    q.set_margins(14, 12, 14)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM NOTICE - DENIED", 12.5, "B", align="C")
    q.ln(2)
    for ln in [mother, *address(rng)]:
        q.line(ln, 9.6)
    q.ln(2)
    q.side_boxes([[("NOTICE DT", fdate(nd2, "slash")), ("MBR #", mid)],
                  [("MBR", child), ("CLAIM #", n2)],
                  [("PROVIDER", f"Dr. {doc2}"), ("AMT BILLED", money(sick))]], cap_w=20)
    q.para(f"This is about the visit your daughter had on {fdate(v2, 'long')} at {CL} with Dr. {doc2}. The "
           f"clinic billed a well-child check on claim {n_paid} ({money(well)}, paid) and a sick visit (99213) on "
           "this claim for the same day.", 9.4)
    q.para("When a child is seen for a problem during a well-child check, the sick visit can be paid only if it is "
           "a separate service and the claim shows that with modifier 25. This claim did not, so we denied it as "
           "billed (CARC 4: the procedure code is inconsistent with the modifier used, or a required modifier is "
           "missing). The clinic may correct and resend it; you do not owe anything for it.", 9.4)
    _rights(q, 8.2)
    t2 = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=child, cases=[n2],
               claim_amount=m2(sick), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(), provider=doc2,
               appeal_deadline=plus(nd2, 60).isoformat(), alternates={"insurer": ALT, "provider": [CL]},
               type_alternates=["eob"])
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_eob_three_claims_out_of_state_urgent_care", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_caption_form_mri_done_without_approval", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "photocopy_caption_form_inpatient_days_observation_only", "photocopy", [photocopy_inpatient(rng)]),
        Item(F + "phone_es_aviso_cobertura_terminada_prima", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_letter_sleep_study_not_needed_doctor_in_sentence", "scan_lowres_150", [lowres_sleep(rng)]),
        Item(F + "clean300_speech_therapy_approval_from_through", "scan_clean_300", [clean300_approval(rng)]),
        Item(F + "faxstd_stack_cover_late_claim_then_coding_turned", "fax_standard_g4", faxstd_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
