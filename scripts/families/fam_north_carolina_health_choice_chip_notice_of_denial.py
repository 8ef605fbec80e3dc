"""Notices mirrored (structure and plain wording style only) from the papers a health plan sent families under North
Carolina's former separate CHIP, NC Health Choice (the North Carolina Department of Health and Human Services
(NC DHHS), NC Medicaid, the county Department of Social Services, the Office of Administrative Hearings' State Fair
Hearing, CPT and CARC codes as themselves), from an invented plan (Tanglewick Health Plan). Every letter goes to a
parent or guardian about a child; the truth's member is the child. Every clinic, hospital, doctor, parent, child,
number, form and address is invented; time limits follow the shape of NC's published ones (60 days to ask the plan
for an appeal, 72-hour fast appeals, 120 days for a State Fair Hearing after the plan's decision).

Documents (8 in 7 files):
- photocopy_member_eob_three_claims_allergy_center_out_of_network: a photocopied member EOB to a parent with small
  captioned boxes and a claims table whose From / Thru columns split a date range; the allergy center's claim is
  refused (CARC 242, not in the network, no approval to go outside it) while the others are paid (out_of_network).
- faxstd_denial_form_tonsillectomy_not_needed: a standard-fax notice of denial form ("MBR #", "REF NO.", "DOS",
  "RCVD" captions) refusing an adenotonsillectomy the ENT asked to do at a surgery center (medical_necessity).
- faxstd_claim_form_hospital_stay_after_coverage_ended: a standard-fax claim denial form to a grandmother (guardian)
  on a hospital stay given after NC Health Choice ended at recertification (eligibility); "DOS FROM" / "DOS THRU".
- finefax_stack_cover_late_dental_claim_then_car_insurer_first_upside_down: a cover sheet, a letter on a pediatric
  dentist's claim sent after 180 days (timely_filing) and (upside down) a letter that the car insurer's medical
  payments coverage must pay an emergency visit first (other).
- phone_es_terapia_fisica_sin_aprobacion: a photographed Spanish notice to a mother on physical therapy visits given
  after the approved visits ran out (prior_authorization).
- rotated_speech_therapy_approval: a notice approving speech therapy visits, fed sideways (denies nothing).
- lowres_ear_pinning_excluded: a 150 dpi prose letter; the surgeon appears only in a sentence ("Dr. ... asked us to
  approve ...") for a cosmetic ear operation the program excludes (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsb import DSSheet, people
from public_kit import STREETS, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "north_carolina_health_choice_chip_notice_of_denial"
LANG = "en"
SEED = 353505
INS = "Tanglewick Health Plan"
ALT = ["Tanglewick"]
PROG = "NC Health Choice"
LET = "ABCDEFGHJKLMNPRSTVWXYZ"


def address(rng):
    """An invented street in a North Carolina town (the families live in the program's state)."""
    city, z = rng.choice([("Sanford", "273"), ("Goldsboro", "275"), ("Hickory", "286"), ("Rocky Mount", "278"),
                          ("Lumberton", "283"), ("Boone", "286")])
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} NC {z}{rng.randint(10, 99)}"]


def mcd(rng):
    """An NC Medicaid ID shape: nine digits and a letter (no O or I)."""
    return digits(rng, 9) + rng.choice(LET)


def claim(rng):
    return f"26{digits(rng, 11)}"


def dob(rng):
    return dt.date(rng.randint(2009, 2021), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="800"):
    return f"1-{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def _head(p: DSSheet, rng, unit="Member Services"):
    p.logo_head(INS, "TWHP", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Raleigh NC 27{digits(rng, 3)}  |  "
                              f"{phone(rng)}  |  TTY 711", f"A health plan serving {PROG} members for NC DHHS"],
                size=13)


def _rights(p: DSSheet, rng, size=8.4, what="notice"):
    p.bar("YOUR RIGHT TO APPEAL", 9)
    p.para(f"If you disagree, you or your child's provider (with your written permission) may ask {INS} for an "
           f"appeal within 60 days of the date of this {what}. Call {phone(rng)} or write to us. If waiting could "
           "seriously harm your child's health, ask for a fast appeal: we decide fast appeals within 72 hours.", size)
    p.para("If we keep our decision after the appeal, you may ask for a State Fair Hearing with the NC Office of "
           "Administrative Hearings within 120 days of the date of our appeal decision. The NC Medicaid Ombudsman "
           "can help you for free.", size)


def photocopy_eob(rng):
    child, parent, d_ped, d_all, d_lab, pharm = people(rng, 6)
    mid = mcd(rng)
    sd = dt.date(2026, rng.randint(4, 6), rng.randint(3, 26))
    a_from = plus(sd, -rng.randint(34, 50))
    a_thru = plus(a_from, 2)
    v1 = plus(a_from, -rng.randint(8, 15))
    v2 = plus(a_thru, rng.randint(5, 12))
    ALLERGY = "Blue Heron Pediatric Allergy Center"
    rows, den = [], None
    specs = [(claim(rng), "Cedar Lane Pediatrics", f"Dr. {d_ped}", v1, v1, "99213 Sick visit", 140, 210, False),
             (claim(rng), ALLERGY, f"Dr. {d_all}", a_from, a_thru, "95004 Skin tests x 40", 780, 1300, True),
             (claim(rng), "Piedmont Path Laboratories", d_lab, v2, v2, "86003 Allergen IgE x 6", 160, 290, False)]
    for n, prov, rend, f, t, svc, lo, hi, denied in specs:
        b = amount(rng, lo, hi)
        if denied:
            rows.append([n, prov, rend, fdate(f, "slash"), fdate(t, "slash"), svc, money(b, "nosign"), "0.00",
                         "0.00", "242"])
            den = (n, b, f, t, rend)
        else:
            paid = round(b * rng.uniform(0.5, 0.7), 2)
            rows.append([n, prov, rend, fdate(f, "slash"), fdate(t, "slash"), svc, money(b, "nosign"),
                         money(paid, "nosign"), "0.00", "PD"])
    p = DSSheet(footer="Page {n} of {nb}", footer_left="TWHP-EOB-HC (rev. 10/2025)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("MEMBER EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.addr_pair("Mail to", [f"Parent or guardian of {child.split()[0]}", parent, *address(rng)], "About",
                [f"Enrollee: {child}", f"Program: {PROG}", "Copay group: no copays"], split=0.5)
    p.capstrip([("ENROLLEE", child), ("MBR #", mid), ("STMT DATE", fdate(sd, "slash")), ("PROGRAM", PROG),
                ("COUNTY DSS CASEWORKER", people(rng, 1)[0])], [55, 38, 32, 45, 89.4])
    p.capstrip([("DOB", fdate(dob(rng), "slash")), ("ENROLLED", "01/01/2026 - 12/31/2026"),
                ("RECERT DUE", fdate(plus(sd, rng.randint(90, 150)), "slash")), ("PCP", f"Dr. {d_ped}"),
                ("PCP NPI", npi(rng))], [32, 55, 32, 70, 70.4])
    p.ln(3)
    p.table(["Claim no.", "Provider", "Rendering", "From", "Thru", "Service", "Billed", "Plan paid", "You owe",
             "Code"], rows, [28, 52, 37, 20, 20, 40, 18, 17, 15, 12.4], size=7.8,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    n, b, f, t, rend = den
    p.para(f"**Codes.** PD: paid; {PROG} members have no copays for these services. 242 (CARC 242): {ALLERGY} is not "
           f"in the {INS} network, and no one asked us to approve care outside the network for these dates. Your "
           "child's PCP can refer you to an allergy doctor in our network. An out-of-network provider may not bill "
           "you unless you agreed in writing before the visit.", 8)
    p.para(f"Pharmacy claims are not shown here; for medicine questions call our pharmacist, {pharm}, at "
           f"{phone(rng, '888')}.", 8)
    _rights(p, rng, 8, "statement")
    t_ = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[n],
               claim_amount=m2(b), service_dates=[f"{f.isoformat()}/{t.isoformat()}"], denial_date=sd.isoformat(),
               provider=ALLERGY, appeal_deadline=plus(sd, 60).isoformat(),
               alternates={"insurer": ALT, "provider": [rend[4:]],
                           "service_dates": [[f.isoformat(), t.isoformat()], [f.isoformat()]]})
    return out(p), t_


def faxstd_denial_form(rng):
    child, parent, ent, rev, cw, anes = people(rng, 6)
    mid = mcd(rng)
    nd = dt.date(2026, rng.randint(3, 7), rng.randint(2, 24))
    rcvd = plus(nd, -rng.randint(4, 9))
    plan = plus(nd, rng.randint(18, 30))
    ref = f"PA{digits(rng, 8)}"
    CTR = "Falls Lake Surgery Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  TANGLEWICK UM DEPT  919 555 {digits(rng, 4)}  P.{{n}}"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="TW-ND-2 (rev. 09/2025)")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF DENIAL OF A SERVICE REQUEST", 12.5, "B", align="C")
    p.line(f"{PROG}  -  please read this notice about the child named in box 2", 8, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. NOTICE DATE", fdate(nd, "slash")), ("2. ENROLLEE", child), ("3. MBR #", mid),
                 ("4. DOB", fdate(dob(rng), "slash"))], [34, 64, 44, W - 142])
    p.form_band([("5. PARENT/GUARDIAN", parent), ("6. REF NO.", ref), ("7. RCVD", fdate(rcvd, "slash")),
                 ("8. DSS CASEWORKER", cw)], [58, 44, 30, W - 132])
    p.form_band([("9. REQ. PROVIDER", f"Dr. {ent}, Otolaryngology"), ("10. REQ. NPI", npi(rng)),
                 ("11. FACILITY", CTR)], [76, 34, W - 110])
    p.form_band([("12. SERVICE REQ.", "Adenotonsillectomy, CPT 42820"), ("13. DOS (PLANNED)", fdate(plan, "slash")),
                 ("14. ANESTH.", f"Dr. {anes}")], [80, 40, W - 120])
    p.ln(3)
    p.checks("15. Decision", [(False, "Approved as asked"), (False, "Approved in part"), (True, "Denied")], cols=3)
    p.section("16", "Why we made this decision")
    p.para(f"Dr. {ent} asked us to approve removal of your child's tonsils and adenoids at {CTR} on or about "
           f"{fdate(plan, 'long')}. The records we got show two throat infections in the past year and no sleep "
           "study showing blocked breathing at night. Our guideline covers this surgery after seven or more "
           "infections in one year, five a year for two years, or a sleep study that shows blocked breathing. "
           "Those facts are not in the records, so the surgery is not medically necessary at this time. Your "
           "child's doctor may send new records at any time.", 8.8)
    p.para(f"Reviewed by: Dr. {rev}, pediatric medical director. Your child's provider may talk with the "
           f"reviewer by calling {phone(rng, '866')}.", 8.6)
    _rights(p, rng)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[plan.isoformat()], denial_date=nd.isoformat(), provider=ent,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [CTR]})
    return out(p), t


def faxstd_claim_form(rng):
    child, grand, att, cw = people(rng, 4)
    mid = mcd(rng)
    end = dt.date(2026, rng.choice([1, 2, 3]), 1) - dt.timedelta(days=1)
    d_from = plus(end, rng.randint(6, 20))
    d_thru = plus(d_from, rng.randint(2, 4))
    nd = plus(d_thru, rng.randint(30, 45))
    n = claim(rng)
    billed = amount(rng, 9400, 16800)
    HOSP = "Neuse Bend Children's Hospital"
    fax = f"{nd.strftime('%m/%d/%y')} 09:{rng.randint(10, 59)}  FROM: TWHP CLAIMS  TO: {grand.split()[-1].upper()}  PG {{n}}"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="TW-CDN-1 (rev. 11/2025)")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DENIAL NOTICE", 12.5, "B", align="C")
    p.line("This notice is about the member named below. It is sent to the member's guardian.", 8, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE OF NOTICE", fdate(nd, "slash")), ("SENT TO (GUARDIAN)", grand), ("MEMBER", child),
                 ("MBR #", mid)], [34, 56, 56, W - 146])
    p.form_band([("CLAIM NO.", n), ("AMT BILLED", money(billed)), ("DOS FROM", fdate(d_from, "slash")),
                 ("DOS THRU", fdate(d_thru, "slash"))], [50, 40, 40, W - 130])
    p.form_band([("BILLING PROV / FACILITY", HOSP), ("ATTENDING", f"Dr. {att}"), ("TAX ID", f"56-{digits(rng, 7)}")],
                [78, 60, W - 138])
    p.form_band([("COVERAGE ENDED", fdate(end, "slash")), ("REASON CODE", "CARC 27"), ("CASEWORKER", cw)],
                [50, 40, W - 90])
    p.ln(3)
    p.para(f"{HOSP} sent us a claim for the member's hospital stay, dates of service: {fdate(d_from, 'slash')} - "
           f"{fdate(d_thru, 'slash')}. We cannot pay it. The member's {PROG} coverage ended on "
           f"{fdate(end, 'long')}, because the yearly review (recertification) was not completed with the county "
           "Department of Social Services. The stay began after that date, so the member was not covered on the "
           "dates of service (CARC 27: expenses incurred after coverage terminated).", 9)
    p.para("If the member's coverage is restored for these dates, the hospital may send the claim again. To renew "
           f"coverage, call the county caseworker named above or NC Medicaid at {phone(rng, '888')}.", 9)
    _rights(p, rng, 8.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{d_from.isoformat()}/{d_thru.isoformat()}"],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[d_from.isoformat()]]})
    return out(p), t


def stack_docs(rng):
    child, parent, dds, hyg, sig = people(rng, 5)
    mid = mcd(rng)
    vis = dt.date(2026, 1, rng.randint(5, 28))
    rcvd = plus(vis, rng.randint(200, 230))
    nd = plus(rcvd, rng.randint(6, 12))
    n = claim(rng)
    billed = amount(rng, 260, 610)
    DENT = "Little Sprouts Pediatric Dentistry"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Dental Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", child), ("Member ID", mid), ("Claim", n)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear Parent or Guardian of {child}:", 10)
    p.para(f"This letter is about the dental visit your son had on {fdate(vis, 'long')} at {DENT} with "
           f"Dr. {dds} (cleaning by hygienist {hyg}, two fillings). The office billed us {money(billed)}.", 10)
    p.para(f"We received the claim on {fdate(rcvd, 'long')}. Providers must send {PROG} claims to us within "
           "180 days of the date of service. This claim came too late, so we denied it. Because the delay was the "
           "dental office's, the office may not bill you for this visit.", 10)
    _rights(p, rng, 9, "letter")
    p.para(f"Sincerely,\n{sig}\nClaims Department, {INS}", 9.6)
    d1 = (out(p), truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=child, cases=[n],
                        claim_amount=m2(billed), service_dates=[vis.isoformat()], denial_date=nd.isoformat(),
                        provider=DENT, appeal_deadline=plus(nd, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [dds]}))
    child2, parent2, er, sig2 = people(rng, 4)
    mid2 = mcd(rng)
    acc = dt.date(2026, rng.randint(3, 5), rng.randint(2, 26))
    nd2 = plus(acc, rng.randint(35, 50))
    n2 = claim(rng)
    b2 = amount(rng, 1900, 3600)
    HOSP = "Haw Creek Regional Medical Center"
    q = DSSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    _head(q, rng, "Coordination of Benefits")
    q.para(fdate(nd2, "long"), 10)
    for ln in [parent2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("For", child2), ("MBR #", mid2), ("Claim", n2), ("Billed", money(b2))], label_w=24, size=9.6)
    q.ln(2)
    q.para(f"Dear {parent2}:", 10)
    q.para(f"{HOSP} billed us for emergency care your daughter received on or about {fdate(acc, 'long')}, after "
           f"a car accident. Dr. {er} was the emergency doctor.", 10)
    q.para("The hospital's records say the car's insurer was told about the accident. Auto insurance medical "
           f"payments coverage must pay first for injuries from a car accident; {PROG} pays last. We denied the "
           "claim until the hospital sends us the car insurer's payment or denial. This is not a decision that "
           "the care was not needed.", 10)
    _rights(q, rng, 9, "letter")
    q.para(f"Sincerely,\n{sig2}\n{INS}", 9.6)
    d2 = (out(q), truth("denial_letter", "other", insurer=INS, member_id=mid2, member_name=child2, cases=[n2],
                        claim_amount=m2(b2), service_dates=[acc.isoformat()], denial_date=nd2.isoformat(),
                        provider=HOSP, appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [er]}))
    return [d1, d2]


def phone_es(rng):
    child, mom, pt, ped, sig = people(rng, 5)
    mid = mcd(rng)
    appr_end = dt.date(2026, 3, rng.randint(2, 9))
    d1 = plus(appr_end, rng.randint(2, 6))
    d2 = plus(d1, rng.randint(35, 50))
    nd = plus(d2, rng.randint(25, 35))
    n = claim(rng)
    billed = amount(rng, 1100, 2400)
    CLIN = "Clínica Infantil de Terapia Eno Valley"
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.logo_head(INS, "TWHP", [f"Servicios para Miembros  |  {phone(rng)}  |  TTY 711"], size=13)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line("AVISO DE DENEGACIÓN DE PAGO", 12, "B")
    p.para(f"Miembro: {child}    Número de Medicaid: {mid}    Reclamo: {n}", 9.4)
    p.para(f"Estimada {mom}:", 10)
    p.para(f"Su hija recibió terapia física en {CLIN} del {fdate(d1, 'long', 'es')} al {fdate(d2, 'long', 'es')}. "
           f"La terapeuta fue {pt} y la Dra. {ped} la pidió. La clínica nos cobró {money(billed)}.", 10)
    p.para(f"Aprobamos visitas de terapia hasta el {fdate(appr_end, 'long', 'es')}. Nadie nos pidió aprobar más "
           f"visitas después de esa fecha. {PROG} requiere aprobación previa para la terapia física, así que no "
           "pagamos estas visitas. La clínica no le puede cobrar a usted.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para(f"Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones "
           "rápidas se deciden en 72 horas. Después de nuestra decisión, puede pedir una Audiencia Imparcial del "
           "Estado dentro de 120 días.", 9.4)
    p.para(f"Atentamente,\n{sig}\n{INS}", 9.6)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"],
              denial_date=nd.isoformat(), provider=CLIN, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [pt]})
    return out(p), t


def rotated_approval(rng):
    child, parent, slp, ped, cw = people(rng, 5)
    mid = mcd(rng)
    nd = dt.date(2026, rng.randint(2, 8), rng.randint(2, 24))
    a1 = plus(nd, rng.randint(5, 12))
    a2 = plus(a1, 181)
    auth = f"PA{digits(rng, 8)}"
    CLIN = "Oak Hollow Speech and Language Clinic"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF APPROVAL", 13, "B")
    p.ln(1)
    p.addr_pair("To", [parent, *address(rng)], "About", [child, f"MBR # {mid}", PROG])
    p.grid([[("Notice date", fdate(nd, "long")), ("Approval no.", auth), ("Received", fdate(plus(nd, -5), "slash"))],
            [("Therapist", slp), ("Clinic", CLIN), ("Referred by", f"Dr. {ped}")]], size=8.6)
    p.para(f"Good news. We approved 24 speech therapy visits (CPT 92507) for {child} at {CLIN}, from "
           f"{fdate(a1, 'long')} through {fdate(a2, 'long')}. You do not need to do anything. The clinic has "
           "been told.", 10)
    p.para("If your child needs more visits after the approved dates, the clinic must ask us before those visits. "
           f"Questions: call Member Services or your county caseworker, {cw}.", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
              service_dates=[f"{a1.isoformat()}/{a2.isoformat()}"], denial_date=nd.isoformat(), provider=CLIN,
              alternates={"insurer": ALT, "provider": [slp], "service_dates": [[]], "case_numbers": [[]]})
    return out(p), t


def lowres_otoplasty(rng):
    child, parent, surg, sig = people(rng, 4)
    mid = mcd(rng)
    nd = dt.date(2026, rng.randint(3, 8), rng.randint(2, 24))
    plan = plus(nd, rng.randint(20, 40))
    ref = f"TW{digits(rng, 9)}"
    p = DSSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: {child}, {PROG} ID {mid}, reference {ref}", 10)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Dr. {surg} asked us to approve surgery to pin back your child's ears (otoplasty, CPT 69300), planned "
           f"for {fdate(plan, 'long')}. We received the request by fax with photos and a letter. We are not "
           "approving it.", 10)
    p.para(f"{PROG} does not cover surgery done to change how a body part looks when it works normally. The "
           "records say your child hears well and the ears have no injury or birth defect that affects hearing. "
           "This surgery is on the list of services the program does not cover, so we cannot approve it even "
           "though the doctor thinks it would help.", 10)
    p.para(f"If you disagree, you may ask us for an appeal within 60 days of the date of this letter. Fast "
           f"appeals are decided within 72 hours. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[plan.isoformat()], denial_date=nd.isoformat(), provider=surg,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "photocopy_member_eob_three_claims_allergy_center_out_of_network", "photocopy",
             [photocopy_eob(rng)]),
        Item(F + "faxstd_denial_form_tonsillectomy_not_needed", "fax_standard_g4", [faxstd_denial_form(rng)]),
        Item(F + "faxstd_claim_form_hospital_stay_after_coverage_ended", "fax_standard_g4", [faxstd_claim_form(rng)]),
        Item(F + "finefax_stack_cover_late_dental_claim_then_car_insurer_first_upside_down", "fax_fine_g4",
             stack_docs(rng), separators=["cover", None], turns={(1, 0): 180}),
        Item(F + "phone_es_terapia_fisica_sin_aprobacion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_speech_therapy_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_ear_pinning_excluded", "scan_lowres_150", [lowres_otoplasty(rng)]),
    ]
