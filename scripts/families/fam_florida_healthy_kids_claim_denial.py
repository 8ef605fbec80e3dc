"""Claim and review notices mirrored (structure and plain wording style only) from the papers a Florida Healthy Kids
health plan sends families (Florida Healthy Kids and the Florida Healthy Kids Corporation, its monthly family premium
and family account, CPT/HCPCS codes as themselves) from an invented plan (Saw Palmetto Children's Health Plan).
Every clinic, supplier, doctor, therapist, child, parent, number, form, time limit and address is invented; letters
go to a parent or guardian about the child, who is the member.

Documents (8 in 7 files):
- bd_claim_summary_three_claims_nebulizer_rental_no_approval: a member claim summary to a parent with three claims
  (clinic visit, nebulizer rental, lab); the supplier's rental (From / To in two columns) refused because nobody
  asked approval (prior_authorization); ordering pediatrician, DOB, family account number and plan year as decoys.
- faxstd_nabd_caption_form_knee_mri_not_needed: a notice of adverse benefit determination form with small capital
  captions ("MBR #", "REF NO.", "DOS (PLANNED)") on a standard fax refusing a knee MRI as not needed; requesting
  orthopedist and imaging center both named, reviewer and case manager as decoys, planned "on or about" a date.
- photocopy_claim_status_form_walk_in_visit_sent_late: a photocopied claim status form with captions beside boxes
  ("CLM NO.", "AMT BILLED", "RECEIVED"): a walk-in clinic's claim sent after the filing limit (timely_filing).
- faxstd_stack_cover_other_insurance_first_then_allergy_statement_sideways: a cover sheet, a caption-form notice
  that the father's job plan must pay the allergist's claim first ("dates of service: <date> - <date>"; other),
  then the allergy practice's statement to the mother fed sideways (denies nothing).
- phone_es_visita_despues_de_fin_de_cobertura: a photographed Spanish letter to a mother: her daughter's visit came
  after coverage ended for an unpaid premium (eligibility); the Corporation's account number as decoy.
- rotated_approval_speech_therapy_to_guardian: an approval of speech therapy "from <date> through <date>" addressed
  to the child's legal guardian, fed sideways (denies nothing).
- lowres_out_of_network_rheumatology_visit_in_sentences: a 150 dpi prose letter: "Dr. ... asked us to approve" a visit
  with a rheumatologist outside the network on or about a date written in words next to a numeric one.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "florida_healthy_kids_claim_denial"
LANG = "en"
SEED = 353503
INS = "Saw Palmetto Children's Health Plan"
ALT = ["Saw Palmetto", "Saw Palmetto Children's Health"]
FHK = "Florida Healthy Kids"
FHKC = "Florida Healthy Kids Corporation"
PEDS = "Calusa Bay Pediatrics"
DME = "Ospreyline Medical Supply"
LAB = "Tarpon Reach Laboratory"
IMG = "Driftmark Imaging Center"
WALKIN = "Merrowdale Walk-In Clinic"
ALLERGY = "Palm Hammock Allergy & Asthma"
THERAPY = "Sandspur Therapy Center"


def mid(rng):
    return digits(rng, 10)


def claim_no(rng):
    return f"26{digits(rng, 3)}E{digits(rng, 7)}"


def dob(rng):
    return dt.date(rng.randint(2009, 2020), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def acct(rng):
    return f"{digits(rng, 9)}"


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(14.5, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A {FHK} health plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Tampa FL 33631-"
                 f"{digits(rng, 4)}  |  {phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_summary(rng):
    child, parent, ped, pharm = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(20, 27))
    r0, r1 = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    sd = dt.date(2026, 4, rng.randint(14, 24))
    n_a, n_b, n_c = claim_no(rng), claim_no(rng), claim_no(rng)
    a1, a2 = amount(rng, 140, 210), amount(rng, 35, 70)
    rent = amount(rng, 95, 180)
    lab = amount(rng, 40, 90)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.line("CLAIM SUMMARY  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.addr_pair("Mailed to", [parent, *address(rng)], "About", [f"Member: {child}", f"Member ID: {m}",
                                                                 f"Date of birth: {fdate(dob(rng), 'slash')}"])
    p.capstrip([("Summary date", fdate(sd, "long")), ("Family account no. (FHKC)", acct(rng)),
                ("Coverage year", "01/01/2026 - 12/31/2026"), ("Program", f"{FHK}")], [42, 50, 48, 47.9])
    p.ln(3)
    W = [25, 44, 17, 17, 32, 16, 16, 15, 5.9]
    rows = [[n_a, PEDS, fdate(v, "slash"), fdate(v, "slash"), "99213 office visit", money(a1, "nosign"),
             money(round(a1 * 0.6, 2), "nosign"), "0.00", "1"],
            ["", "", fdate(v, "slash"), fdate(v, "slash"), "94640 neb. treatment", money(a2, "nosign"),
             money(round(a2 * 0.6, 2), "nosign"), "0.00", "1"],
            [n_b, DME, fdate(r0, "slash"), fdate(r1, "slash"), "E0570 nebulizer rental", money(rent, "nosign"),
             "0.00", "0.00", "P7"],
            [n_c, LAB, fdate(plus(v, 1), "slash"), fdate(plus(v, 1), "slash"), "87880 strep test",
             money(lab, "nosign"), money(round(lab * 0.5, 2), "nosign"), "0.00", "1"]]
    p.table(["Claim no.", "Provider", "From", "To", "Service", "Billed", "Plan paid", "You owe", ""], rows, W,
            size=7.6, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para(f"**What the codes mean.** 1: paid; {FHK} members have no copay for this service. P7: the rental needs "
           "our approval before it starts, and we have no request on file. Dr. "
           f"{ped} ordered the nebulizer on {fdate(v, 'long')}, but the supplier did not ask us to approve it. "
           "The supplier is in our network and may not bill you. It can still ask for approval and send the claim "
           "again.", 8.6)
    p.para(f"Ordering doctor for claim {n_b}: Dr. {ped}, {PEDS} (NPI {digits(rng, 10)}). Medicines for the nebulizer "
           f"were filled by {pharm}, pharmacist, and are not on this summary.", 8.6)
    p.bar("If you disagree", 9)
    p.para("You or someone you choose may ask for an appeal within 60 days of the date of this summary. If waiting "
           "could harm your child's health, ask for a fast appeal; we decide fast appeals within 72 hours. After "
           "our appeal decision you may ask for an independent external review within 4 months. Premium and "
           f"enrollment questions go to {FHKC}: {phone(rng)}.", 8.6)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[n_b],
              claim_amount=m2(rent), service_dates=[f"{r0.isoformat()}/{r1.isoformat()}"],
              denial_date=sd.isoformat(), provider=DME, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ped],
                          "service_dates": [[r0.isoformat(), r1.isoformat()]]})
    return out(p), t


def faxstd_nabd(rng):
    child, parent, ortho, rev, cm = people(rng, 5)
    m = mid(rng)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rec, rng.randint(5, 10))
    planned = plus(nd, rng.randint(9, 16))
    ref = f"PA-{digits(rng, 8)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  SAW PALMETTO UM  {phone(rng, '813')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Form SP-NABD-3 (rev. 02/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE OF NOTICE", fdate(nd, "slash")), ("MAILED TO (PARENT / GUARDIAN)", parent),
                 ("RELATIONSHIP", "Parent")], [36, 90, W - 126])
    p.form_band([("MBR NAME", child), ("MBR #", m), ("DOB", fdate(dob(rng), "slash")),
                 ("PROGRAM", FHK)], [56, 40, 30, W - 126])
    p.form_band([("REF NO.", ref), ("RECEIVED", fdate(rec, "slash")), ("SERVICE REQUESTED", "73721 MRI knee, no dye")],
                [40, 34, W - 74])
    p.form_band([("REQUESTING PROV", f"Dr. {ortho}"), ("FACILITY / PLACE OF SVC", IMG),
                 ("DOS (PLANNED)", fdate(planned, "slash"))], [62, 70, W - 132])
    p.form_band([("REVIEWER", f"Dr. {rev}, Pediatrics"), ("CASE MGR", f"{cm}, RN"), ("DECISION", "DENIED")],
                [70, 62, W - 132])
    p.ln(3)
    p.bar("WHY WE MADE THIS DECISION", 9.2)
    p.para(f"Dr. {ortho} asked us to approve an MRI of your child's right knee at {IMG} on or about "
           f"{fdate(planned, 'long')}. We looked at the office notes sent with the request. The knee X-rays were "
           "normal, the knee is stable, and your child has not yet had the six weeks of home exercise or physical "
           "therapy that our guideline asks for before an MRI. For these reasons the MRI is not medically necessary "
           "right now. Your child's doctor may ask again if the knee does not get better.", 9)
    p.bar("YOUR RIGHTS", 9.2)
    p.para("You may ask for an appeal within 60 days of the date on this notice. A fast appeal, when waiting could "
           "seriously harm your child, is decided within 72 hours. After the appeal you may ask for an independent "
           f"external review within 4 months. Questions: Member Services {phone(rng)}, TTY 711. Your case manager "
           f"is {cm}.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=ortho,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [IMG]})
    return out(p), t


def photocopy_late(rng):
    child, parent, doc, nurse = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 24))
    rec = plus(v, rng.randint(130, 150))
    nd = plus(rec, rng.randint(6, 12))
    n = claim_no(rng)
    b1, b2 = amount(rng, 130, 190), amount(rng, 25, 45)
    billed = round(b1 + b2, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.title_bar("CLAIM STATUS NOTICE", "SP-CSN-1 rev. 10/2025  -  keep for your records")
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DT", fdate(nd, "dash")), ("PATIENT", child)],
              [("MBR #", m), ("CLM NO.", n)],
              [("DOS", fdate(v, "dash")), ("RECEIVED", fdate(rec, "dash"))],
              [("FACILITY", WALKIN), ("RENDERING", f"Dr. {doc}")],
              [("AMT BILLED", money(billed)), ("STATUS", "DENIED - LATE")]], cap_w=22)
    p.table(["CPT", "Description", "AMT BILLED", "Plan paid", "Reason"],
            [["99203", "New patient visit", money(b1, "nosign"), "0.00", "L1"],
             ["87804", "Rapid flu test", money(b2, "nosign"), "0.00", "L1"],
             ["", "Claim total", money(billed, "nosign"), "0.00", ""]],
            [22, 80, 30, 26, p.w - p.l_margin - p.r_margin - 158], size=8.6, aligns=["L", "L", "R", "R", "C"],
            bold_last=True)
    p.para(f"L1: This is about the visit your child had on {fdate(v, 'long')} at {WALKIN}. Our contract gives "
           "in-network providers 120 days from the visit to send us a claim. The clinic's claim reached us on the "
           "date in the RECEIVED box, after that time, so we did not pay it. Because the clinic is in our network "
           "and the delay was its own, it may not bill you for this visit.", 8.8)
    p.para(f"Triage nurse at the visit: {nurse}, RN. Appeals: within 60 days of the notice date shown above. "
           f"Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [WALKIN]},
              type_alternates=["eob"])
    return out(p), t


def faxstd_stack(rng):
    child, mother, father, alg, nurse = people(rng, 5)
    m = mid(rng)
    d0 = dt.date(2026, 4, rng.randint(6, 10))
    d1 = plus(d0, rng.randint(7, 14))
    nd = plus(d1, rng.randint(20, 30))
    n = claim_no(rng)
    b1, b2 = amount(rng, 310, 520), amount(rng, 90, 160)
    billed = round(b1 + b2, 2)
    other_pol = f"W{digits(rng, 8)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SAW PALMETTO COB UNIT  {phone(rng, '813')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Coordination of Benefits")
    p.title_bar("OTHER INSURANCE NOTICE", "SP-COB-2 (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DATE", fdate(nd, "slash")), ("SENT TO", mother), ("FOR (MEMBER)", child)],
                [36, 70, W - 106])
    p.form_band([("MBR #", m), ("CLM NO.", n), ("AMT BILLED", money(billed))], [50, 60, W - 110])
    p.form_band([("PROVIDER", f"Dr. {alg}"), ("PRACTICE", ALLERGY)], [70, W - 70])
    p.form_band([("OTHER INS. (PRIMARY)", "Coastline Builders Employee Health Trust"), ("POLICYHOLDER", father),
                 ("POLICY NO.", other_pol)], [80, 56, W - 136])
    p.ln(2)
    p.para(f"Dates of service: {fdate(d0, 'slash')} - {fdate(d1, 'slash')} (allergy testing and follow-up).", 9.2)
    p.para(f"We learned that your child is also covered by the job-based health plan of {father}. When a child has "
           f"other health insurance, that plan must pay first; {FHK} pays after it. We have not paid this claim. "
           "Please ask the practice to send the claim to the other plan first, then send us that plan's "
           "statement. If the other coverage has ended, call us so we can update our records.", 9.2)
    p.para(f"You may appeal within 60 days of the notice date. Member Services {phone(rng)}, TTY 711. {FHKC} "
           "must also be told about other insurance.", 9)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=child, cases=[n],
                         claim_amount=m2(billed), service_dates=[f"{d0.isoformat()}/{d1.isoformat()}"],
                         denial_date=nd.isoformat(), provider=alg, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [ALLERGY],
                                     "service_dates": [[d0.isoformat(), d1.isoformat()]]}))
    sd = plus(nd, rng.randint(8, 15))
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(ALLERGY, "PHAA", [f"{rng.randint(100, 9800)} Gulf Blvd Ste {rng.randint(100, 400)}, Sarasota FL 34236  "
                                  f"|  Billing {phone(rng, '941')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    ac = f"PH{digits(rng, 6)}"
    q.line(f"Statement date: {fdate(sd, 'abbr')}      Pay by: {fdate(plus(sd, 30), 'abbr')}", 9.4, "B")
    q.ln(2)
    q.addr_pair("Responsible party", [mother, *address(rng)], "Patient", [child, f"Account {ac}",
                                                                          f"Provider: Dr. {alg}"])
    q.table(["Date", "Code", "Description", "Charge", "Insurance", "Balance"],
            [[fdate(d0, "slash"), "95004", "Allergy skin tests (percutaneous)", money(b1, "nosign"), "", ""],
             [fdate(d1, "slash"), "99213", "Follow-up visit", money(b2, "nosign"), "", ""],
             ["", "", "Total charges", money(billed, "nosign"), "", ""],
             [fdate(plus(nd, 2), "slash"), "", f"{INS}: other insurance first", "", "0.00", ""],
             ["", "", "AMOUNT DUE NOW", "", "", "0.00"]],
            [22, 16, 66, 24, 28, 23.9], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    q.para(f"We have sent your claim to Coastline Builders Employee Health Trust (policy {other_pol}). Nothing is due "
           f"now. Allergy nurse: {nurse}, LPN. Questions: {phone(rng, '941')}.", 9)
    d_b = (out(q), truth("other", None, insurer=INS, member_id=None, member_name=child, claim_amount=m2(billed),
                         service_dates=[d0.isoformat(), d1.isoformat()], denial_date=sd.isoformat(), provider=alg, unscored=["insurer"],
                         alternates={"provider": [ALLERGY]}))
    return [d_a, d_b]


def phone_es(rng):
    child, mother, doc, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(4, 20))
    nd = plus(v, rng.randint(25, 35))
    n = claim_no(rng)
    billed = amount(rng, 150, 260)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Miembro: {child}    Número de miembro: {m}    Reclamo: {n}", 9.4)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"Le escribimos sobre la visita que tuvo su hija, {child}, el {fdate(v, 'long', 'es')} en {PEDS} con "
           f"la Dra. {doc}. La clínica nos cobró {money(billed)} por esa visita.", 10)
    p.para(f"No pagamos este reclamo porque la cobertura de {FHK} de su hija terminó el "
           f"{fdate(end, 'long', 'es')}. La {FHKC} nos informó que la prima mensual de febrero no se pagó y que la "
           "cobertura se canceló. Por eso, en la fecha de la visita su hija no tenía cobertura con nuestro plan. "
           f"Número de cuenta familiar de la Corporación: {acct(rng)}.", 10)
    p.para(f"Si la prima se pagó a tiempo, llame a la {FHKC} al {phone(rng)} para corregir el registro.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 60 días a partir de la fecha de esta carta. Las apelaciones rápidas se deciden "
           "en 72 horas. Después de la apelación puede pedir una revisión externa independiente dentro de 4 meses. "
           f"Servicios para Miembros: {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [PEDS]})
    return out(p), t


def rotated_approval(rng):
    child, guardian, ped, slp, cw = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    a0 = plus(nd, rng.randint(5, 10))
    a1 = plus(a0, 90)
    auth = f"PA-{digits(rng, 8)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [guardian, "Legal guardian of the member named below", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", child), ("Member ID", m), ("Approval no.", auth), ("Date of birth", fdate(dob(rng), "slash"))],
            label_w=30, size=9.6)
    p.ln(2)
    p.line("NOTICE OF APPROVAL", 12, "B")
    p.ln(1)
    p.para(f"Dear {guardian}:", 10)
    p.para(f"Dr. {ped} of {PEDS} asked us to approve speech therapy for the member named above. We approved 24 "
           f"visits at {THERAPY} from {fdate(a0, 'long')} through {fdate(a1, 'long')}. The speech-language "
           f"pathologist listed on the request is {slp}.", 10)
    p.para("You do not need to do anything. If more visits are needed after the last date, the therapist must ask "
           "us before then. Visits after that date without a new approval may not be paid.", 10)
    p.para(f"Care coordinator: {cw}, {phone(rng)}. Member Services: {phone(rng)}, TTY 711.", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[auth],
              service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"], denial_date=nd.isoformat(), provider=ped,
              alternates={"insurer": ALT, "provider": [THERAPY, slp], "service_dates": [[]], "case_numbers": [[]]})
    return out(p), t


def lowres_oon(rng):
    child, father, ped, rheum, sig = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 2, rng.randint(9, 20))
    planned = dt.date(2026, 3, 4)
    ref = f"PA-{digits(rng, 8)}"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {father}:", 10)
    p.para(f"Dr. {ped} asked us to approve a visit for your son, {child} (member ID {m}), with Dr. {rheum}, a "
           f"pediatric rheumatologist at Okefenokee Children's Joint Clinic in Valdosta, Georgia, on or about "
           f"March 4, 2026 ({fdate(planned, 'slash')}). We received the request on {fdate(plus(nd, -6), 'slash')} "
           f"and gave it reference number {ref}.", 10)
    p.para(f"We cannot approve this visit. Dr. {rheum} and the Georgia clinic are not in our network, and your "
           f"son's {FHK} plan pays for care outside the network only in an emergency or when no doctor in our "
           "network can give the care. Two pediatric rheumatologists in our network in Tampa and Orlando can see "
           "your son. Call us and we will help you make the appointment.", 10)
    p.para(f"If you disagree, you may appeal within 60 days of the date of this letter. If waiting could seriously "
           f"harm your son's health, ask for a fast appeal (decided within 72 hours). Questions: {phone(rng)}, "
           "TTY 711.", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=rheum,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ped, "Okefenokee Children's Joint Clinic"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claim_summary_three_claims_nebulizer_rental_no_approval", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_nabd_caption_form_knee_mri_not_needed", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "photocopy_claim_status_form_walk_in_visit_sent_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "faxstd_stack_cover_other_insurance_first_then_allergy_statement_sideways", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
        Item(F + "phone_es_visita_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_speech_therapy_to_guardian", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_out_of_network_rheumatology_visit_in_sentences", "scan_lowres_150", [lowres_oon(rng)]),
    ]
