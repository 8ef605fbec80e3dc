"""Notices mirrored (structure and wording style only) from the papers a Pennsylvania CHIP managed-care plan sends a
child's family: the Pennsylvania Department of Human Services (DHS), CHIP and its Free / Low-Cost CHIP categories,
CPT and CARC codes appear as themselves; the plan (Brushcreek Hollow Health Plan), its forms, its time limits, every
clinic, hospital, doctor, child, parent, caseworker and number are invented. Letters go to a parent, grandparent or
guardian about the child; reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_member_eob_parent_addressed_three_claims_other_insurance_first: a landscape member EOB mailed to a parent, three
  claims whose allergy-shot claim (dates of service split over "From" / "To" columns) pays 0.00 under CARC 22
  because the other parent's job-based plan pays first (other); DOB, plan year, NPI and the paid claims as decoys.
- faxstd_notice_of_denial_side_caption_form_mri_not_needed: a one-page form on a standard fax with captions beside
  the boxes ("MBR #", "REF NO.", "DOS", "REQ. PROVIDER"): a lumbar MRI for a 14-year-old judged not needed
  (medical_necessity); ordering doctor and imaging centre both named, reviewer and care coordinator as decoys.
- photocopy_claim_notice_caption_boxes_er_claim_late: a photocopied claim notice with small capital captions above
  boxes ("DOS", "AMT BILLED", "RCVD", "RENDERING"): a hospital's emergency room claim received after 180 days
  (timely_filing); the visit also told in words ("March 4, 2026") in the text.
- phone_es_aviso_cobertura_terminada_examen_de_la_vista: a photographed Spanish notice to a mother about her son's
  eye exam after CHIP coverage ended at renewal (eligibility).
- rotated_approval_physical_therapy_for_block: an approval of physical therapy "from ... through ..." with the child
  only on a "For" line under the parent's address, fed sideways (denies nothing).
- lowres_guardian_letter_inpatient_stay_observation: a 150 dpi prose letter to a grandmother as guardian: an
  inpatient stay approved only as observation (level_of_care); the doctor appears only in a sentence.
- faxstd_stack_cover_out_of_network_then_otoplasty_exclusion_turned: a standard fax of a cover sheet, a letter on a
  New Jersey dermatology practice not in the network (out_of_network) and, fed sideways, a form refusing ear-pinning
  surgery as cosmetic (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdta import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "pennsylvania_chip_mco_notice_of_denial"
LANG = "en"
SEED = 353500
INS = "Brushcreek Hollow Health Plan"
ALT = ["Brushcreek Hollow"]
DHS = "Pennsylvania Department of Human Services"


def chip_id(rng):
    return digits(rng, 10)


def claim_no(rng):
    return f"26{digits(rng, 11)}"


def auth_no(rng):
    return f"UM{digits(rng, 8)}"


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def dob(rng, lo=2010, hi=2021):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.logo_head(INS, "BHHP", [f"CHIP Managed Care  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA "
                              f"17106-{digits(rng, 4)}  |  {phone(rng)}  |  TTY 711"], size=13)


def _rights(p: DTSheet, rng, basis: str, size=8.6):
    p.bar("YOUR RIGHT TO ASK US TO LOOK AGAIN", size + 0.6)
    p.para(f"If you do not agree, you or someone you choose may file a grievance or complaint with {INS} within 60 "
           f"days {basis}. If waiting could seriously harm the child's health, ask for an expedited review: we "
           "decide within 72 hours. After our decision you may ask for an external review within 15 days of "
           f"receiving it. CHIP in Pennsylvania is run by the {DHS}; you may also call the CHIP helpline at "
           f"{phone(rng, '800')}.", size)


def bd_eob(rng):
    child, parent, other_parent, alg, ped, pt = people(rng, 6)
    mid = chip_id(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    a1 = plus(sd, -rng.randint(40, 50))
    a2 = plus(a1, 14)
    n1, n2, n3 = claim_no(rng), claim_no(rng), claim_no(rng)
    v1 = plus(sd, -rng.randint(20, 30))
    p_acc = "Ridgeview Pediatric Associates"
    alg_clinic = "Allegheny Run Allergy & Asthma"
    pt_clinic = "Swatara Kids Physical Therapy"

    def paid(d1, d2, code, desc, lo, hi):
        b = amount(rng, lo, hi)
        al = round(b * rng.uniform(0.5, 0.65), 2)
        cop = 10.0 if code.startswith("99") else 0.0
        return [fdate(d1, "slash"), fdate(d2, "slash"), code, desc, b, al, round(al - cop, 2), cop, "PD"]

    shots = [[fdate(a1, "slash"), fdate(a2, "slash"), "95117", "Allergy injections x3", amount(rng, 140, 260), 0.0,
              0.0, 0.0, "22"],
             [fdate(a1, "slash"), fdate(a2, "slash"), "95165", "Antigen prep, 10 doses", amount(rng, 260, 420), 0.0,
              0.0, 0.0, "22"]]
    claims = [{"first": [n1, p_acc, f"Dr. {ped}"],
               "lines": [paid(v1, v1, "99213", "Office visit", 150, 220), paid(v1, v1, "87880", "Strep test", 30, 55)]},
              {"first": [n2, alg_clinic, f"Dr. {alg}"], "lines": shots},
              {"first": [n3, pt_clinic, pt],
               "lines": [paid(plus(v1, 2), plus(v1, 2), "97110", "Therapeutic exercise", 90, 140),
                         paid(plus(v1, 2), plus(v1, 2), "97530", "Therapeutic activities", 90, 140)]}]
    billed = round(sum(x[4] for x in shots), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Mailed to (parent / guardian)", parent), ("Patient", child), ("CHIP ID", mid),
                ("CHIP category", "Low-Cost CHIP"), ("Statement date", fdate(sd, "long"))], [62, 52, 36, 40, 69])
    p.capstrip([("Patient date of birth", fdate(dob(rng), "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Other coverage on file", f"Yes - policyholder {other_parent}"), ("Allergist NPI", npi(rng)),
                ("Printed", fdate(plus(sd, -2), "slash"))], [40, 52, 80, 40, 47])
    p.ln(3)
    p.claims_table(["Claim no.", "Billed by", "Rendering", "From", "To", "Code", "Service", "Billed", "Allowed",
                    "Plan paid", "Copay", "Note"], claims,
                   [27, 44, 33, 18, 18, 12, 32, 17, 17, 17, 13, 11], size=7.3)
    p.para("**Notes.** PD: paid; the copay is what you owe the provider. 22 (CARC 22): our records show the patient "
           f"is also covered by a job-based plan through {other_parent}. That plan has to look at these allergy "
           "shots first. Ask the allergist's office to send the claim to that plan, then to us with its statement; "
           "we will then look at what is left. CHIP pays after other health insurance.", 8.2)
    p.para("**If you disagree.** You may file a grievance within 60 days of the statement date. Expedited reviews "
           "are decided within 72 hours. You may ask for an external review within 15 days after our decision. "
           f"Questions: {phone(rng)} (TTY 711).", 8.2)
    t = truth("eob", "other", insurer=INS, plan_id="Low-Cost CHIP", member_id=mid, member_name=child, cases=[n2],
              claim_amount=m2(billed), service_dates=[f"{a1.isoformat()}/{a2.isoformat()}"],
              denial_date=sd.isoformat(), provider=alg, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [alg_clinic],
                          "service_dates": [[a1.isoformat(), a2.isoformat()]]})
    return out(p), t


def faxstd_mri(rng):
    child, parent, ordering, reviewer, coord = people(rng, 5)
    mid = chip_id(rng)
    nd = dt.date(2026, 3, rng.randint(3, 25))
    rec = plus(nd, -rng.randint(4, 9))
    planned = plus(nd, rng.randint(6, 14))
    ref = auth_no(rng)
    img = "Monongahela Valley Imaging Center"
    practice = "Laurel Summit Pediatric Orthopedics"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  BHHP UM DEPT  {phone(rng, '717')}  P.{{n}}"
    p = DTSheet(footer="BHHP-NOD-CHIP (rev. 02/2026)   Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF DENIAL - CHIP", 13, "B", align="C")
    p.line("Service request reviewed before it was given", 8.4, align="C")
    p.ln(3)
    for ln in [parent, "Parent or guardian of the enrollee named below", *address(rng)]:
        p.line(ln, 9.4)
    p.ln(3)
    p.side_boxes([[("DATE OF NOTICE", fdate(nd, "slash"), 34), ("REF NO.", ref, 36), ("RCVD", fdate(rec, "slash"), 30)],
                  [("ENROLLEE", child, 62), ("MBR #", mid, 38), ("DOB", fdate(dob(rng, 2011, 2012), "slash"), 28)],
                  [("REQ. PROVIDER", f"Dr. {ordering}", 56), ("PRACTICE", practice, 72)],
                  [("FACILITY", img, 80), ("CPT", "72148", 18), ("UNITS", "1", 12)],
                  [("DOS", f"{fdate(planned, 'slash')} - {fdate(planned, 'slash')}", 52),
                   ("DECISION", "DENIED", 26), ("CARE COORD.", coord, 50)]])
    p.bar("WHAT WAS ASKED FOR AND WHAT WE DECIDED")
    p.para(f"Dr. {ordering} asked us to approve an MRI of the lower back (72148) at {img} for your child, who has had "
           "back pain for about three weeks after a fall at soccer practice. We looked at the office notes that came "
           "with the request.", 9.2)
    p.para("We are not approving the MRI. The notes show normal strength, feeling and reflexes in both legs, normal "
           "x-rays and no fever or weight loss. For back pain like this in a teenager, the child's doctor should "
           "first try about six weeks of rest, activity changes and physical therapy. An MRI now would not change "
           "the care. If the pain gets worse or new signs appear, the doctor may ask again.", 9.2)
    p.para(f"A doctor reviewed this request: Dr. {reviewer}, board-certified in pediatrics. You may ask for a free "
           "copy of the guideline we used.", 9.2)
    _rights(p, rng, "of the date of this notice", 8.4)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=ordering,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [practice, img], "service_dates": [[]]})
    return out(p), t


def photocopy_late(rng):
    child, parent, erdoc, sig = people(rng, 4)
    mid = chip_id(rng)
    dos = dt.date(2026, 1, rng.randint(5, 27))
    rec = plus(dos, rng.randint(186, 200))
    nd = plus(rec, rng.randint(6, 12))
    n = claim_no(rng)
    hosp = "Juniata Crossing Hospital"
    lines = [("99284", "ER visit, level 4", amount(rng, 900, 1400)), ("73610", "X-ray ankle, 3 views",
                                                                       amount(rng, 180, 320)),
             ("29515", "Splint, short leg", amount(rng, 150, 260))]
    billed = round(sum(x[2] for x in lines), 2)
    p = DTSheet(footer="BHHP-CLM-7 (rev. 10/2025)  Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM NOTICE - CHIP", 12.5, "B", align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DT", fdate(nd, "dash")), ("MAILED TO", parent), ("PATIENT", child), ("MBR #", mid)],
                [30, 52, 52, W - 134])
    p.form_band([("REF NO.", n), ("DOS", fdate(dos, "dash")), ("RCVD", fdate(rec, "dash")),
                 ("AMT BILLED", money(billed))], [50, 36, 36, W - 122])
    p.form_band([("FACILITY", hosp), ("RENDERING", f"Dr. {erdoc}"), ("ACCT #", f"JCH{digits(rng, 8)}")],
                [70, 60, W - 130])
    p.form_band([("DECISION", "NOT PAID - CLAIM NOT SENT ON TIME"), ("CHIP CAT.", "Free CHIP")], [110, W - 110])
    p.ln(3)
    p.table(["CPT", "Description", "Billed", "Paid"],
            [[c, d, money(b, "nosign"), "0.00"] for c, d, b in lines] +
            [["", "Claim total", money(billed, "nosign"), "0.00"]],
            [22, 92, 32, W - 146], size=8.6, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"{hosp} sent us a claim for the emergency room visit on {fdate(dos, 'long')}, when Dr. {erdoc} treated "
           "the child's ankle. Hospitals in our network have 180 days from the date of service to send a claim. "
           "We received this one later than that (see RCVD), so we did not pay it. Because the hospital is in our "
           "network, it may not bill you for this visit.", 9)
    p.para("You may file a grievance within 60 days of the notice date. An external review may be asked for within "
           f"15 days after our grievance decision. Questions: {phone(rng)}, TTY 711.", 9)
    p.para(f"{sig}, Claims Resolution", 8.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, plan_id="Free CHIP", member_id=mid, member_name=child,
              cases=[n], claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [erdoc]}, type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    child, mother, optom, caseworker = people(rng, 4)
    mid = chip_id(rng)
    end = dt.date(2026, 4, 30)
    vis = plus(end, rng.randint(8, 20))
    nd = plus(vis, rng.randint(20, 30))
    n = claim_no(rng)
    ctr = "Centro de la Vista Lackawanna"
    b = round(amount(rng, 140, 190) + amount(rng, 60, 110), 2)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.regarding([("Asunto:", "Aviso de denegación - CHIP"), ("Niño(a):", child), ("N.º de CHIP:", mid),
                 ("Reclamo:", n)], w=95)
    p.para(f"Estimado(a) {mother}:", 10)
    p.para(f"Le escribimos sobre la visita que su hijo tuvo el {fdate(vis, 'long', 'es')} ({fdate(vis, 'slash')}) "
           f"en {ctr}, con la optometrista Dra. {optom}. El centro nos cobró {money(b)} por el examen de la vista.",
           10)
    p.para(f"No podemos pagar esta visita. La cobertura de CHIP de su hijo terminó el {fdate(end, 'long', 'es')} "
           "porque no se completó la renovación anual. El día de la visita su hijo no tenía cobertura con nosotros. "
           f"Si cree que esto es un error o ya envió la renovación, llame a su trabajadora de casos, {caseworker}, "
           f"del {DHS}.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede presentar una queja dentro de 60 días a partir de la fecha de este aviso. Si la espera pone en "
           "peligro la salud del niño, pida una revisión acelerada: decidimos en 72 horas. Después puede pedir una "
           f"revisión externa dentro de 15 días. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para("Atentamente,\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[vis.isoformat()], denial_date=nd.isoformat(), provider=optom,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [ctr]})
    return out(p), t


def rotated_approval(rng):
    child, parent, ther, ped, sig = people(rng, 5)
    mid = chip_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 22))
    s = plus(nd, rng.randint(3, 8))
    e = plus(s, 55)
    ref = auth_no(rng)
    clinic = "Swatara Kids Physical Therapy"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.regarding([("For:", child), ("CHIP ID:", mid), ("Date of birth:", fdate(dob(rng), "slash")),
                 ("Approval no.:", ref)], w=90)
    p.line("APPROVAL NOTICE", 12, "B")
    p.ln(1)
    p.para(f"Good news. We approved the physical therapy that {clinic} asked for. {ther}, PT, will give the "
           f"therapy, which Dr. {ped} ordered after a knee injury.", 10)
    p.pairs([("Approved", "Physical therapy, up to 16 visits"),
             ("Approved dates", f"from {fdate(s, 'long')} through {fdate(e, 'long')}"),
             ("Codes", "97110, 97112, 97530")], label_w=36, size=9.6)
    p.ln(2)
    p.para("You do not need to do anything. If the therapist thinks more visits are needed, the clinic can ask us "
           "before the last approved date. This approval is not a promise to pay if the child's CHIP coverage "
           f"ends. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}, RN\nUtilization Management", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=ther,
              alternates={"insurer": ALT, "provider": [clinic, ped], "service_dates": [[]]})
    return out(p), t


def lowres_observation(rng):
    child, grandma, doc, reviewer = people(rng, 4)
    mid = chip_id(rng)
    a = dt.date(2026, 2, rng.randint(2, 20))
    b = plus(a, 2)
    nd = plus(b, rng.randint(5, 10))
    ref = auth_no(rng)
    hosp = "Susquehanna Gap Children's Hospital"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [grandma, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {grandma}:", 10)
    p.para(f"You are the legal guardian of the member named in this letter, {child} (CHIP ID {mid}). We are writing "
           f"about a hospital stay. Our reference number is {ref}.", 10)
    p.para(f"On or about {fdate(a, 'long')}, Dr. {doc} asked us to approve an inpatient stay at {hosp} for asthma "
           f"flare-up. The child was in the hospital from {fdate(a, 'long')} through {fdate(b, 'long')}.", 10)
    p.para("We approved the hospital care, but as observation care, not as an inpatient admission. The child "
           "needed breathing treatments every few hours and oxygen for less than a day, and got better on the "
           "second day. That care can be given safely in observation status. The hospital will be paid for "
           "observation care. You do not owe more because of this decision.", 10)
    p.para(f"Dr. {reviewer}, a pediatrician, made this decision. You may file a grievance within 60 days of the "
           "date of this letter. For an urgent matter we decide within 72 hours. External review: within 15 days "
           f"of our grievance decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [hosp], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def faxstd_stack(rng):
    child, parent, derm, sig, ent, reviewer, coord = people(rng, 7)
    mid = chip_id(rng)
    vis = dt.date(2026, 6, rng.randint(2, 18))
    nd = plus(vis, rng.randint(25, 35))
    n = claim_no(rng)
    prac = "Delaware Bend Pediatric Dermatology"
    b1, b2 = amount(rng, 210, 320), amount(rng, 90, 160)
    tot = round(b1 + b2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  BHHP MEMBER SVCS  {phone(rng, '717')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Your daughter", child), ("CHIP ID", mid), ("Claim number", n)], label_w=32, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Your daughter saw Dr. {derm} at {prac} in Cherry Hill, New Jersey, on {fdate(vis, 'long')}. The "
           f"practice billed {money(tot)} for the visit and a skin biopsy ({money(b1)} and {money(b2)}).", 10)
    p.para("We did not pay. The practice is not in our network, and the visit was not an emergency. CHIP members "
           "must use doctors in our network unless we approve an out-of-network doctor first. No one asked us to "
           "approve this one, and we have pediatric skin doctors in the network near you.", 10)
    p.para("You may file a grievance within 60 days of the date of this letter. Expedited: 72 hours. External "
           f"review: within 15 days of our decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[n],
                        claim_amount=m2(tot), service_dates=[vis.isoformat()], denial_date=nd.isoformat(),
                        provider=derm, appeal_deadline=plus(nd, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [prac]}))
    child2, parent2 = people(rng, 2)
    mid2 = chip_id(rng)
    nd2 = plus(nd, rng.randint(1, 4))
    planned = plus(nd2, rng.randint(15, 30))
    ref = auth_no(rng)
    hosp = "Lehigh Narrows Surgery Center"
    q = DTSheet(footer="BHHP-NOD-CHIP (rev. 02/2026)   Page {n} of {nb}", fax_hdr=fax)
    q.set_margins(14, 12, 14)
    q.add_page()
    _head(q, rng, "Utilization Management")
    q.line("NOTICE OF DENIAL - CHIP", 13, "B", align="C")
    q.ln(3)
    for ln in [parent2, *address(rng)]:
        q.line(ln, 9.4)
    q.ln(3)
    q.side_boxes([[("DATE OF NOTICE", fdate(nd2, "slash"), 34), ("REF NO.", ref, 36)],
                  [("ENROLLEE", child2, 62), ("MBR #", mid2, 38)],
                  [("REQ. PROVIDER", f"Dr. {ent}", 56), ("FACILITY", hosp, 66)],
                  [("CPT", "69300", 18), ("DOS", fdate(planned, "slash"), 30), ("CARE COORD.", coord, 50)]])
    q.bar("WHAT WE DECIDED")
    q.para(f"Dr. {ent} asked us to approve surgery to pin back both ears (otoplasty) at {hosp}. The notes say the "
           "ears work and hear normally and that the surgery is wanted for how the ears look. CHIP does not cover "
           "surgery done only to change how a body part looks. This service is not covered, so it is denied. "
           f"Reviewed by Dr. {reviewer}.", 9.2)
    _rights(q, rng, "of the date of this notice", 8.4)
    d2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid2, member_name=child2, cases=[ref],
                        service_dates=[planned.isoformat()], denial_date=nd2.isoformat(), provider=ent,
                        appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [hosp], "service_dates": [[]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_eob_parent_addressed_three_claims_other_insurance_first", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_notice_of_denial_side_caption_form_mri_not_needed", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "photocopy_claim_notice_caption_boxes_er_claim_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_aviso_cobertura_terminada_examen_de_la_vista", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_physical_therapy_for_block", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_guardian_letter_inpatient_stay_observation", "scan_lowres_150", [lowres_observation(rng)]),
        Item(F + "faxstd_stack_cover_out_of_network_then_otoplasty_exclusion_turned", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
