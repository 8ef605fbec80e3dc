"""Claim and referral notices mirrored (structure and plain wording style only) from the papers families get for a
child covered by ALL Kids, Alabama's Children's Health Insurance Program run by the Alabama Department of Public
Health (ALL Kids, ADPH, CPT and CARC/RARC codes appear as themselves). The plan that handles the child's claims
(Cahaba Bend Health Plan), its rules and time limits, every clinic, doctor, child, parent, number and address are
invented. Letters go to a parent, grandparent or guardian about the child; the truth's member is the child.

Documents (8 in 7 files):
- photocopy_eob_four_claims_heart_clinic_no_referral: a photocopied member EOB to the parent of four claims (one row
  each, From and Thru in two columns); the heart clinic's claim (consult and a 14-day patch monitor) pays 0.00 under
  CARC 288 (no PCP referral on file); DOB, subscriber, check number and other claims as decoys.
- faxstd_referral_form_allergy_testing_not_needed: a referral denial form on a standard fax with small captions
  ("MBR #", "REF NO.", "DOS (PLANNED)", "REQ. PHYSICIAN", "REFERRED TO"), the reviewer and the care coordinator
  named; allergy testing judged not needed (medical_necessity).
- phone_es_visita_despues_fin_de_cobertura: a photographed Spanish letter to the mother on an urgent care visit after
  the child's ALL Kids coverage ended (eligibility).
- rotated_referral_approval_speech_therapy_guardian: a letter to the grandmother (legal guardian) approving speech
  therapy visits "from ... through ...", fed sideways (denies nothing).
- lowres_late_claim_ent_visit_on_or_about: a 150 dpi prose letter to the father on an ENT clinic's claim sent after
  the plan's filing limit (timely_filing), facts in sentences.
- photocopy_claim_form_sports_physical_excluded: a photocopied claim determination form with abbreviated captions
  ("PT NAME", "DOS", "AMT BILLED", "ACCT #") refusing a physical done only for school sports (not_covered).
- finefax_stack_cover_out_of_network_then_coding_letter_sideways: a cover sheet, a letter refusing an out-of-state
  imaging centre's MRI (out_of_network), then a coding letter on a new-patient visit code fed sideways (coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsb import DSSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "alabama_all_kids_claim_and_referral_denial"
LANG = "en"
SEED = 353501
INS = "Cahaba Bend Health Plan"
ALT = ["Cahaba Bend"]
GROUP = "AK-770412"
PROG = "ALL Kids"
CITIES = [("Montgomery", "AL", "361"), ("Tuscaloosa", "AL", "354"), ("Huntsville", "AL", "358"),
          ("Dothan", "AL", "363"), ("Florence", "AL", "356")]
STREETS = ["Pecan Grove Rd", "Magnolia Bend Dr", "Coosa St", "Old Shell Rd", "Dogwood Trl", "County Rd 14"]
PCP = "Cotton Row Pediatrics"
HEART = "Sipsey River Children's Heart Center"
ALLERGY = "Locust Fork Pediatric Allergy Clinic"


def mbr(rng):
    return f"CBA{digits(rng, 9)}-0{rng.randint(2, 4)}"


def icn(rng):
    return f"26{rng.randint(100, 365)}{digits(rng, 8)}"


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def addr(rng):
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} {st} {z}{rng.randint(10, 99)}"]


def dob(rng):
    return dt.date(rng.randint(2009, 2022), rng.randint(1, 12), rng.randint(1, 28))


def npi(rng):
    return digits(rng, 10)


def _head(p: DSSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Serving {PROG} members for the Alabama Department of Public Health  |  {unit}", new_x="LMARGIN",
           new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Montgomery AL 36103-{digits(rng, 4)}  |  {phone(rng)}  |  "
                 "TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def photocopy_eob(rng):
    child, parent, pcpdoc, card, labdoc = people(rng, 5)
    mid = mbr(rng)
    sd = dt.date(2026, 4, rng.randint(13, 28))
    v0 = plus(sd, -rng.randint(40, 50))
    c0 = plus(sd, -rng.randint(30, 36))
    c1 = plus(c0, 13)
    rows, den = [], None
    specs = [("W", PCP, f"Dr. {pcpdoc}", v0, v0, "Well-child visit 99393", 180, 260),
             ("W", "Black Belt Regional Lab", labdoc, v0, v0, "Lab, CBC 85025", 30, 60),
             ("D", HEART, f"Dr. {card}", c0, c1, "Consult 99244; patch monitor 93241", 900, 1500),
             ("W", PCP, f"Dr. {pcpdoc}", plus(sd, -20), plus(sd, -20), "Sick visit 99213", 120, 190)]
    for kind, bill, rend, a, b, svc, lo, hi in specs:
        n = icn(rng)
        billed = amount(rng, lo, hi)
        if kind == "D":
            rows.append([n, bill, rend, fdate(a, "slash"), fdate(b, "slash"), svc, money(billed, "nosign"), "0.00",
                         "0.00", "288"])
            den = (n, billed, a, b)
        else:
            paid = round(billed * rng.uniform(0.5, 0.7), 2)
            rows.append([n, bill, rend, fdate(a, "slash"), fdate(b, "slash"), svc, money(billed, "nosign"),
                         money(paid, "nosign"), "5.00" if "99213" in svc else "0.00", "P1"])
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    for ln in [parent, *addr(rng)]:
        p.line(ln, 9.5)
    p.ln(2)
    p.capstrip([("PATIENT", child), ("MBR #", mid), ("GROUP", GROUP), ("STMT DATE", fdate(sd, "slash")),
                ("DOB", fdate(dob(rng), "slash")), ("SUBSCRIBER", parent)], [50, 42, 30, 32, 30, 75])
    p.capstrip([("PROGRAM", PROG), ("COVERAGE YEAR", "10/01/2025 - 09/30/2026"), ("CHECK NO.", digits(rng, 8)),
                ("PCP ON FILE", f"Dr. {pcpdoc}, {PCP}")], [40, 60, 40, 119])
    p.ln(3)
    p.table(["Claim no.", "Billing provider", "Rendering", "From", "Thru", "Service", "Amt billed", "Plan paid",
             "Copay", "Code"], rows, [28, 50, 36, 19, 19, 50, 18, 16, 12, 11], size=7.4,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    p.para("**Codes.** P1: paid under your child's ALL Kids benefits. 288 (CARC 288, referral absent): the heart "
           "clinic is a specialist. Your plan pays for specialist care only when the child's primary care provider "
           "(PCP) sends a referral first, and we had no referral from the PCP on file for these dates. Ask the PCP "
           "to send one; the clinic may then send the claim again. The clinic is in our network and may not bill "
           "you while the claim is open.", 8.2)
    p.para("**Your rights.** You may appeal within 60 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. After our final decision you may ask for an external review within 4 months. "
           f"Questions: {phone(rng)} (TTY 711).", 8.2)
    n, billed, a, b = den
    t = truth("eob", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=sd.isoformat(), provider=card, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [HEART], "service_dates": [[a.isoformat(), b.isoformat()],
                                                                                  [a.isoformat()]],
                          "plan_id": [PROG]})
    return out(p), t


def faxstd_referral(rng):
    child, parent, pcpdoc, allergist, reviewer, coord = people(rng, 6)
    mid = mbr(rng)
    rec = dt.date(2026, 5, rng.randint(4, 18))
    nd = plus(rec, rng.randint(4, 9))
    planned = plus(nd, rng.randint(12, 25))
    ref = f"RF{digits(rng, 8)}"
    fax = f"{fdate(nd, 'slash')} 14:{rng.randint(10, 59)}  CAHABA BEND UM  {phone(rng, '334')}  P.{{n}}"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF REFERRAL DENIAL", 13, "B", align="C")
    p.line("CBHP-RD-2 (rev. 02/2026)", 7, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("MEMBER NAME", child), ("MBR #", mid), ("DOB", fdate(dob(rng), "slash")),
                 ("PROGRAM", PROG)], [58, 46, 32, W - 136], cap=5.6)
    p.form_band([("PARENT/GUARDIAN", parent), ("REF NO.", ref), ("RECEIVED", fdate(rec, "slash")),
                 ("DECISION DATE", fdate(nd, "slash"))], [58, 46, 32, W - 136], cap=5.6)
    p.form_band([("REQ. PHYSICIAN", f"Dr. {pcpdoc}"), ("PRACTICE", PCP), ("REQ. NPI", npi(rng))],
                [62, 70, W - 132], cap=5.6)
    p.form_band([("REFERRED TO", ALLERGY), ("SPECIALIST", f"Dr. {allergist}"),
                 ("DOS (PLANNED)", fdate(planned, "slash"))], [76, 56, W - 132], cap=5.6)
    p.form_band([("SVC REQ.", "Allergy skin testing, 60 foods (95004 x 60)"), ("DECISION", "DENIED")],
                [W - 40, 40], cap=5.6)
    p.ln(3)
    p.section("1", "Why we said no")
    p.para(f"Dr. {pcpdoc} asked us to approve a referral to {ALLERGY} for skin tests for 60 foods. The records sent "
           "with the referral say the child has eczema but has never had hives, swelling or trouble breathing after "
           "eating. Testing for many foods at once when there has been no reaction often shows results that do not "
           "mean a real allergy. The request does not meet the plan's guideline for food allergy testing, so it is "
           "not medically necessary. A visit with the allergist to look at the eczema can still be asked for.", 9)
    p.section("2", "Who looked at this request")
    p.para(f"Reviewer: Dr. {reviewer}, pediatrician, Medical Director. Your care coordinator is {coord}, "
           f"{phone(rng, '334')}. You may ask for the guideline we used, free of charge.", 9)
    p.section("3", "Your right to appeal")
    p.para("You or the doctor may appeal within 60 days of the decision date above. If waiting could harm your "
           "child's health, ask for a fast appeal; we decide those within 72 hours. After our appeal decision you "
           "may ask for an external review within 4 months.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=pcpdoc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [allergist, ALLERGY, PCP], "service_dates": [[]],
                          "plan_id": [PROG]})
    return out(p), t


def phone_es(rng):
    child, mother, doc, sig = people(rng, 4)
    mid = mbr(rng)
    end = dt.date(2026, 4, 30)
    visit = dt.date(2026, 5, rng.randint(6, 22))
    nd = plus(visit, rng.randint(25, 35))
    n = icn(rng)
    billed = amount(rng, 160, 340)
    clinic = "Shelby Ridge Urgent Care"
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Número de miembro de su hija: {mid}    Reclamo: {n}", 9.6)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"Le escribimos sobre su hija, {child}. La cobertura de {PROG} de su hija terminó el "
           f"{fdate(end, 'long', 'es')}, porque no recibimos los papeles de renovación a tiempo.", 10)
    p.para(f"El {fdate(visit, 'long', 'es')} la atendió el Dr. {doc} en {clinic}. La clínica nos envió un reclamo por "
           f"{money(billed)}. Como la visita fue después de que terminó la cobertura, no podemos pagarla.", 10)
    p.para("Si usted cree que su hija todavía tenía cobertura ese día, o si ya envió la renovación, llámenos. Puede "
           "volver a solicitar ALL Kids en cualquier momento ante el Departamento de Salud Pública de Alabama.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 60 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[visit.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def rotated_approval(rng):
    child, guardian, therapist, pcpdoc, sig = people(rng, 5)
    mid = mbr(rng)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    a = plus(nd, rng.randint(5, 12))
    b = plus(a, 83)
    ref = f"RF{digits(rng, 8)}"
    clinic = "Warrior River Speech & Language Center"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [guardian, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("For (the member named below)", child), ("Member ID", mid), ("Referral", ref)], label_w=58, size=9.6)
    p.ln(2)
    p.para(f"Dear {guardian}:", 10)
    p.para(f"Good news. We approved the referral Dr. {pcpdoc} sent for speech therapy for the member named above. "
           f"The approval is for up to 24 visits with {therapist}, CCC-SLP, at {clinic}, from "
           f"{fdate(a, 'long')} through {fdate(b, 'long')}.", 10)
    p.para("Visits after the last date, or more than 24 visits, need a new referral. The usual ALL Kids copay for a "
           "therapy visit may apply. Keep this letter with the child's records.", 10)
    p.para(f"Questions? Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nCare Management", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=therapist,
              alternates={"insurer": ALT, "provider": [clinic], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_late(rng):
    child, father, ent, sig = people(rng, 4)
    mid = mbr(rng)
    visit = dt.date(2026, 1, rng.randint(5, 23))
    rec = plus(visit, rng.randint(190, 205))
    nd = plus(rec, rng.randint(6, 12))
    n = icn(rng)
    billed = amount(rng, 210, 480)
    clinic = "Lookout Mountain Pediatric ENT"
    p = DSSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {father}:", 10)
    p.para(f"This letter is about your son, {child} (member {mid}). Dr. {ent} at {clinic} sent us a claim for the "
           f"ear check and hearing test your son had on or about {fdate(visit, 'long')}. The claim asked for "
           f"{money(billed)}, and we gave it the number {n}.", 10)
    p.para(f"The claim reached us on {fdate(rec, 'slash')}. Doctors in our network agree to send claims within 180 "
           "days of the visit. This one came after that time, so we will not pay it. Because the delay was the "
           "clinic's, the clinic may not bill you or ask you to pay for this visit.", 10)
    p.para("If you have proof the claim was sent on time, you or the clinic may appeal within 60 days of the date "
           f"of this letter. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[visit.isoformat()], denial_date=nd.isoformat(), provider=ent,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def photocopy_sports(rng):
    child, parent, np_, pharm = people(rng, 4)
    mid = mbr(rng)
    dos = dt.date(2026, 7, rng.randint(6, 24))
    nd = plus(dos, rng.randint(20, 30))
    n = icn(rng)
    other = icn(rng)
    billed = amount(rng, 95, 180)
    clinic = "Fairhope Family Health Center"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DETERMINATION", 12.5, "B", align="C")
    p.line("CBHP-CD-5 (rev. 09/2025)", 7, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("MAIL TO", parent), ("NOTICE DT", fdate(nd, "dash")), ("PROGRAM", PROG)], [80, 40, W - 120],
               cap=5.2)
    p.capstrip([("PT NAME", child), ("MBR #", mid), ("REF NO.", n), ("ACCT #", f"FF{digits(rng, 7)}")],
               [60, 46, 42, W - 148], cap=5.2)
    p.capstrip([("BILLING PROV.", clinic), ("RENDERING", f"{np_}, CRNP"),
                ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}")],
               [74, 62, W - 136], cap=5.2)
    p.capstrip([("DOS", fdate(dos, "dash")), ("CPT", "99394"), ("AMT BILLED", money(billed, "nosign")),
                ("PLAN PAID", "0.00"), ("CARC/RARC", "96 / N130")], [34, 24, 36, 30, W - 124], cap=5.2)
    p.ln(3)
    p.para("**What happened.** The clinic billed a physical exam done to fill in the school's athletic form. Your "
           "child's yearly well-child checkup is covered, and was already paid this year on claim "
           f"{other}. Under this plan, an extra exam that is needed only to play a sport, go to camp or join a "
           "team is not a covered benefit (CARC 96: non-covered charge; RARC N130: see plan benefit documents).",
           9)
    p.para(f"The flu shot given that day was paid on a separate claim. Pharmacy questions go to {pharm}, RPh, at "
           f"our pharmacy help line {phone(rng)}.", 9)
    p.para("You may appeal within 60 days of the notice date (box NOTICE DT). Fast appeals: 72 hours. "
           "External review: within 4 months of our final decision.", 9)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=np_,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "plan_id": [PROG]}, type_alternates=["eob"])
    return out(p), t


def cover(rng, to, frm, pages, when):
    p = DSSheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.line("FAX", 26, "B")
    p.ln(4)
    p.pairs([("To", to), ("From", frm), ("Date", fdate(when, "slash")), ("Pages", str(pages)),
             ("Fax", phone(rng, "205")), ("Re", "Member notices - please give to family")], label_w=25, size=11)
    p.ln(6)
    p.para("CONFIDENTIAL: This fax may contain health information. If you got it by mistake, call the sender "
           "and destroy it.", 9)
    return out(p)


def stack_oon_coding(rng):
    child, mother, radiol, neuro, sig, doc2, sig2, worker = people(rng, 8)
    mid = mbr(rng)
    mri = dt.date(2026, 8, rng.randint(3, 20))
    nd = plus(mri, rng.randint(24, 32))
    n = icn(rng)
    billed = amount(rng, 1900, 3100)
    center = "Chattahoochee Bluff Imaging (Columbus, Georgia)"
    cname = "Chattahoochee Bluff Imaging"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", child), ("Member ID", mid), ("Claim number", n)], label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {mother}:", 10)
    p.para(f"{cname}, in Georgia, sent us a claim for {money(billed)} for a brain MRI done on "
           f"{fdate(mri, 'long')} ({fdate(mri, 'slash')}). Dr. {neuro}, a neurologist, ordered the scan and "
           f"Dr. {radiol} read it.", 10)
    p.para("The imaging center is not in our network and is outside Alabama. Your child's plan pays for care "
           "outside the network only in an emergency or when we approve it first. This scan was planned, not an "
           "emergency, and no one asked us to approve an out-of-network center. The same scan can be done at "
           "imaging centers in our network in Alabama.", 10)
    p.para("You may appeal within 60 days of the date of this letter. An urgent appeal is decided in 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[n],
                        claim_amount=m2(billed), service_dates=[mri.isoformat()], denial_date=nd.isoformat(),
                        provider=cname, appeal_deadline=plus(nd, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [radiol, center, neuro]}))
    mid2, child2, parent2 = mid, child, mother
    v = dt.date(2026, 8, rng.randint(21, 28))
    nd2 = plus(v, rng.randint(20, 30))
    n2 = icn(rng)
    b2 = amount(rng, 220, 330)
    clinic2 = "Pell City Children's Clinic"
    q = DSSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [parent2, *addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.capstrip([("ENROLLEE", child2), ("MBR #", mid2), ("REF NO.", n2), ("DOS", fdate(v, "slash"))],
               [60, 44, 40, q.w - q.l_margin - q.r_margin - 144], cap=5.4)
    q.ln(3)
    q.para(f"Dear {parent2}:", 10)
    q.para(f"{clinic2} billed {money(b2)} for the visit your child had on {fdate(v, 'long')} with Dr. {doc2}, "
           "using code 99204, a visit for a new patient.", 10)
    q.para("Our records show the child was seen by a doctor of the same practice in the last three years, so the "
           "visit is not a new-patient visit and the code does not match the records (CARC 4 / RARC N519). We have "
           "asked the clinic to send a corrected claim with an established-patient code. You do not need to do "
           "anything; the clinic may not bill you for this claim meanwhile.", 10)
    q.para("If you disagree, you may appeal within 60 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims Department", 10)
    d2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid2, member_name=child2, cases=[n2],
                        claim_amount=m2(b2), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                        provider=doc2, appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [clinic2]}))
    cov = cover(rng, f"{worker}, caseworker, St. Clair County Family Resource Office", f"{INS} Claims", 3, nd2)
    return [d1, d2], cov


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    docs, cov = stack_oon_coding(rng)
    return [
        Item(F + "photocopy_eob_four_claims_heart_clinic_no_referral", "photocopy", [photocopy_eob(rng)]),
        Item(F + "faxstd_referral_form_allergy_testing_not_needed", "fax_standard_g4", [faxstd_referral(rng)]),
        Item(F + "phone_es_visita_despues_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_referral_approval_speech_therapy_guardian", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_late_claim_ent_visit_on_or_about", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "photocopy_claim_form_sports_physical_excluded", "photocopy", [photocopy_sports(rng)]),
        Item(F + "finefax_stack_cover_out_of_network_then_coding_letter_sideways", "fax_fine_g4", docs,
             separators=[cov, None], turns={(1, 0): 90}),
    ]
