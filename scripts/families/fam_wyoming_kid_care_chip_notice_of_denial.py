"""Notices mirrored (structure and plain wording style only) from the papers a health plan sends families under
Wyoming's Kid Care CHIP. The Wyoming Department of Health, Kid Care CHIP, CPT and CARC codes appear as themselves;
the plan (Tetonbrook Health Plan), its forms, limits and time frames, every clinic, doctor, parent, child, number
and address are invented. Every letter is addressed to a parent or guardian about a child.

Documents (8 in 7 files):
- bd_eob_parent_second_eyeglasses_benefit_limit: a member EOB to "Parent or guardian of ..." with three claims
  (From / To columns, claim numbers in groups of four); the optical shop's second pair of glasses within twelve
  months is refused under CARC 119 (not_covered); the first pair's date, the DOB and the PCP NPI are decoys.
- faxstd_notice_form_knee_mri_not_needed_to_guardian: a standard-fax notice of denial form with numbered capital
  captions sent to a grandmother as guardian; an MRI planned "on or about" a date refused as not needed
  (medical_necessity); UM reference, request number, received date, fax line and reviewer as decoys or cases.
- photocopy_claim_form_urgent_care_received_late: a photocopied claim denial form to a father, claim number in
  groups, patient account, tax ID and billing NPI as decoys; the claim reached the plan after 180 days
  (timely_filing).
- phone_es_terapia_del_habla_despues_de_visitas_aprobadas: a photographed Spanish letter to a mother: speech therapy
  visits "del ... al ..." after the approved visits ran out (prior_authorization); the earlier approval as decoy.
- rotated_approval_hearing_aids_to_kinship_guardian: an approval of hearing aids for a boy, fed sideways (denies
  nothing).
- lowres_letter_father_visit_after_coverage_ended: a 150 dpi letter with no labels; the doctor named only in a
  sentence, the visit "on or about" a date and in words, after Kid Care coverage ended (eligibility).
- clean_stack_cob_letter_duplex_then_appeal_decision_rehab_sideways: a clean-scan stack: a letter that the
  father's job-based plan pays first (other), its blank duplex back, then (sideways) an appeal decision keeping a
  refusal of inpatient rehabilitation days because outpatient therapy would do (level_of_care).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famduc import Cast, DUSheet, grouped, last_of, words_date
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "wyoming_kid_care_chip_notice_of_denial"
LANG = "en"
SEED = 353702
INS = "Tetonbrook Health Plan"
ALT = ["Tetonbrook"]
WY = [("Casper", "826"), ("Cheyenne", "820"), ("Rock Springs", "829"), ("Gillette", "827"), ("Riverton", "825"),
      ("Laramie", "820"), ("Sheridan", "828")]
STREETS = ["Coffeen Ave", "Poplar St", "Yellowstone Hwy", "Garfield St", "Big Horn Ave", "Rancher Ln", "Elk Trl"]


def wy_addr(rng):
    c, z = rng.choice(WY)
    return [f"{rng.randint(100, 4899)} {rng.choice(STREETS)}", f"{c}, WY {z}{rng.randint(10, 99)}"]


def kcid(rng):
    return digits(rng, 10)


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(2009, 2022), rng.randint(1, 12), rng.randint(1, 28))


def head(p, rng, unit="Kid Care CHIP Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Cheyenne, WY 82003  |  {phone(rng)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.cell(0, 3.6, "Serving Kid Care CHIP members for the Wyoming Department of Health", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(3)


APPEAL = ("If you do not agree, you or someone you choose may ask us for an appeal within 60 days of the date of "
          "this notice. Call us or write to us. If waiting could seriously harm your child's health, ask for a fast "
          "appeal; we decide fast appeals within 72 hours. After our appeal decision, you may ask the Wyoming "
          "Department of Health to review it within 30 days of our decision letter.")


def bd_eob(rng):
    c = Cast(rng)
    child = c.girl()
    parent = c.woman(last_of(child))
    opt, ped, lab = c.woman(), c.man(), c.anyone()
    m = kcid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 26))
    d1 = plus(sd, -rng.randint(30, 40))
    d3 = plus(sd, -rng.randint(14, 22))
    first_pair = plus(d3, -rng.randint(150, 250))
    ns = [digits(rng, 12) for _ in range(3)]
    b1, b2, b3 = amount(rng, 140, 210), amount(rng, 35, 70), amount(rng, 190, 320)
    shop = "Sagebrush Family Eyecare"
    p = DUSheet(footer="Page {n} of {nb}", footer_left="TBHP-EOB-KC (rev. 10/2025)")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    head(p, rng)
    p.title_bar("MEMBER EXPLANATION OF BENEFITS", "This is not a bill. Keep it for your records.")
    p.addr_pair("Mail to", [f"Parent or guardian of {child}", *wy_addr(rng)],
                "About this statement", [f"Statement date: {fdate(sd, 'long')}",
                                         f"Claims processed {fdate(plus(sd, -30), 'slash')} - {fdate(plus(sd, -1), 'slash')}"])
    p.grid([[("ENROLLEE", child), ("KID CARE CHIP ID", m), ("DATE OF BIRTH", fdate(dob(rng), "slash")),
             ("PCP", f"Dr. {ped}"), ("PCP NPI", digits(rng, 10))]], size=8.4)

    def row(n, prov, rend, d, code, b, paid, rsn):
        al = round(b * 0.62, 2) if paid else 0.0
        return [grouped(n), prov, rend, fdate(d, "slash"), fdate(d, "slash"), code, money(b, "nosign"),
                money(al, "nosign"), money(al, "nosign"), "0.00", rsn]
    p.table(["Claim number", "Provider", "Rendering", "From", "To", "Code", "Billed", "Allowed", "Plan paid",
             "You owe", "Note"],
            [row(ns[0], "Big Horn Pediatrics", f"Dr. {ped}", d1, "99393", b1, True, "P1"),
             row(ns[1], "Wind River Reference Lab", lab, d1, "85025", b2, True, "P1"),
             row(ns[2], shop, f"Dr. {opt}, OD", d3, "V2100/V2020", b3, False, "119")],
            [32, 42, 46, 19, 19, 22, 16, 16, 16, 13, 14.4], size=7.4,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"])
    p.para(f"**Code notes.** P1: paid in full; Kid Care CHIP members owe no more than their copay. 119 (CARC 119): "
           f"the benefit limit for this period has been reached. Kid Care CHIP pays for one pair of eyeglasses every "
           f"12 months. {child} received a pair from {shop} on {fdate(first_pair, 'long')}, and this second pair "
           f"was made {fdate(d3, 'long')}. We did not find a prescription change or a broken or lost pair in the "
           "records sent to us, so this pair is not a covered benefit.", 8.4)
    p.para(APPEAL, 8.2)
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=child, cases=[ns[2]], claim_amount=m2(b3),
              service_dates=[d3.isoformat()], denial_date=sd.isoformat(), provider=shop,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [opt]})
    return out(p), t


def faxstd_mri(rng):
    c = Cast(rng)
    child = c.girl()
    gma = c.woman()
    doc, rev, cm = c.man(), c.woman(), c.anyone()
    m = kcid(rng)
    rcv = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rcv, rng.randint(3, 6))
    planned = plus(nd, rng.randint(8, 15))
    um = f"UM{digits(rng, 9)}"
    req = f"R-{digits(rng, 6)}"
    fac = "Platte Valley Imaging Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TETONBROOK UM  FAX 307-555-{digits(rng, 4)}  P.{{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DENIAL OF SERVICE", "TBHP-ND-3 (rev. 08/2025)  |  Kid Care CHIP")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. NOTICE DATE", fdate(nd, "slash")), ("2. SENT TO (GUARDIAN)", gma),
                 ("3. RELATION", "Grandmother / legal guardian")], [34, 76, W - 110])
    p.form_band([("4. ENROLLEE", child), ("5. MBR #", m), ("6. DOB", fdate(dob(rng), "slash"))], [70, 50, W - 120])
    p.form_band([("7. REF NO.", um), ("8. REQ #", req), ("9. RCVD", fdate(rcv, "slash"))], [60, 50, W - 110])
    p.form_band([("10. REQ. PROVIDER", f"Dr. {doc}"), ("11. NPI", digits(rng, 10)), ("12. FACILITY", fac)],
                [62, 34, W - 96])
    p.form_band([("13. SERVICE", "MRI left knee without contrast (73721)"),
                 ("14. DOS (PLANNED)", f"on or about {fdate(planned, 'slash')}")], [110, W - 110])
    p.ln(3)
    p.checks("15. DECISION", [(False, "Approved"), (False, "Partly approved"), (True, "Denied")], cols=3)
    p.bar("16. WHY WE DENIED THIS REQUEST", 9)
    p.para(f"Dr. {doc} asked us to approve an MRI of your granddaughter's left knee at {fac}. The records say the "
           "knee began to hurt after a fall two weeks before the request, the X-ray was normal, and she has not yet "
           "tried rest, a brace or physical therapy. Our guideline for knee MRI in children asks for six weeks of "
           "such care first, unless the knee locks or gives way. So the MRI is not medically necessary now. "
           f"The doctor may ask again if the knee does not get better. Reviewed by Dr. {rev}, pediatrics.", 9)
    p.para(APPEAL + f" Case manager: {cm}, {phone(rng, '307')}.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[um, req],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [fac], "case_numbers": [[um]]})
    return out(p), t


def photocopy_late(rng):
    c = Cast(rng)
    child = c.boy()
    dad = c.man(last_of(child))
    doc, sig = c.woman(), c.anyone()
    m = kcid(rng)
    v = dt.date(2026, 1, rng.randint(5, 24))
    rec = plus(v, rng.randint(188, 200))
    nd = plus(rec, rng.randint(7, 14))
    n = digits(rng, 12)
    b = amount(rng, 160, 260)
    uc = "Red Buttes Urgent Care"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Kid Care CHIP Claims")
    p.title_bar("CLAIM DENIAL NOTICE", "Form TBHP-CDN-1 rev. 11/2025")
    for ln in [dad, *wy_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DT", fdate(nd, "abbr")), ("PATIENT", child)],
              [("MBR #", m), ("CLAIM NO.", grouped(n))],
              [("PROVIDER", uc), ("SEEN BY", f"Dr. {doc}")],
              [("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("BILLING NPI", digits(rng, 10))],
              [("PT ACCT", f"RB{digits(rng, 7)}"), ("DOS", fdate(v, "slash"))],
              [("AMT BILLED", money(b)), ("RCVD", fdate(rec, "slash"))]], cap_w=22, cap=5.6)
    p.para(f"**Decision: denied.** {uc} sent us this claim for your son's visit long after it happened. Providers "
           "who take Kid Care CHIP must send claims within 180 days of the date of service; the claim came to us "
           "on the date in the RCVD box, past that limit. Because the provider missed the limit, it may not bill "
           "you for the visit. If you get a bill, call us.", 9)
    p.para(APPEAL, 8.6)
    p.para(f"{sig}, Claims Examiner", 8.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=uc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def phone_es(rng):
    c = Cast(rng)
    child = c.girl()
    mom = c.woman(last_of(child))
    ther, ped, sig = c.woman(), c.man(), c.anyone()
    m = kcid(rng)
    a0 = dt.date(2026, 1, rng.randint(5, 9))
    a1 = plus(a0, 52)
    s0 = plus(a1, rng.randint(3, 6))
    s1 = plus(s0, rng.randint(18, 25))
    nd = plus(s1, rng.randint(20, 28))
    n = f"CLM-{digits(rng, 9)}"
    pa = f"PA{digits(rng, 8)}"
    b = amount(rng, 600, 980)
    clinic = "Centro Infantil de Terapia Medicine Bow"
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros de Kid Care CHIP")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mom, *wy_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([("Niña:", child), ("ID de Kid Care CHIP:", m), ("Reclamo:", n)], lw=44)
    p.para(f"Estimada {mom}:", 10)
    p.para(f"Le escribimos sobre las visitas de terapia del habla de su hija con {ther}, terapeuta del habla de "
           f"{clinic}. Aprobamos 16 visitas (aprobación {pa}) del {fdate(a0, 'long', 'es')} al "
           f"{fdate(a1, 'long', 'es')}. La clínica nos envió después un reclamo por {money(b)} por las visitas "
           f"del {fdate(s0, 'long', 'es')} al {fdate(s1, 'long', 'es')}.", 10)
    p.para("Para esas visitas nadie nos pidió una nueva aprobación antes de darlas. Kid Care CHIP exige una "
           "aprobación previa para la terapia del habla. Por eso no pagamos este reclamo. La clínica puede pedirnos "
           f"una nueva aprobación con las notas de progreso; el Dr. {ped}, su pediatra, puede ayudar.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si esperar puede "
           "dañar la salud de su hija, pida una apelación rápida: la decidimos en 72 horas. Después, puede pedir "
           f"una revisión al Departamento de Salud de Wyoming. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[f"{s0.isoformat()}/{s1.isoformat()}"], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [ther], "case_numbers": [[n[4:]]],
                          "service_dates": [[s0.isoformat(), s1.isoformat()], [s0.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    c = Cast(rng)
    child = c.boy()
    aunt = c.woman()
    aud, ent, sig = c.woman(), c.man(), c.anyone()
    m = kcid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 24))
    fit = plus(nd, rng.randint(10, 20))
    auth = f"PA{digits(rng, 8)}"
    shop = "Snowy Range Hearing Clinic"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "long"), 10)
    p.addr_pair("To", [aunt, "Kinship guardian", *wy_addr(rng)], "About", [child, f"Kid Care CHIP ID {m}"])
    p.heading("We approved your request", 12)
    p.para(f"Dear {aunt}:", 10)
    p.para(f"{aud}, AuD, of {shop} asked us to approve two hearing aids for {child}, after Dr. {ent} found hearing "
           "loss in both ears. We approved the request. The approval covers:", 10)
    p.grid([[("AUTHORIZATION", auth), ("SERVICE", "Hearing aids, both ears (V5261)")],
            [("SUPPLIER", shop), ("FITTING ON OR ABOUT", fdate(fit, "long"))]], size=9)
    p.para("The approval is good for 90 days. Your child will owe nothing for the aids. If the clinic changes the "
           f"date or the device, it must tell us. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[auth],
              service_dates=[fit.isoformat()], denial_date=nd.isoformat(), provider=aud,
              alternates={"insurer": ALT, "provider": [shop], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_elig(rng):
    c = Cast(rng)
    child = c.boy()
    dad = c.man(last_of(child))
    doc, sig = c.woman(), c.anyone()
    m = kcid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(6, 20))
    nd = plus(v, rng.randint(24, 34))
    n = f"CLM-{digits(rng, 8)}"
    b = amount(rng, 180, 290)
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Kid Care CHIP Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [dad, *wy_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {dad}:", 10)
    p.para(f"Dr. {doc} at Gillette Children's Clinic sent us a claim ({n}) for {money(b)} for the visit your son "
           f"{child} had on or about {fdate(v, 'long')}. The clinic's note says it was a follow-up for asthma on "
           f"{words_date(v)}.", 10)
    p.para(f"Our records show that {child}'s Kid Care CHIP coverage with us ended on {fdate(end, 'long')}, when the "
           "renewal form was not returned to the Wyoming Department of Health. We can pay only for care given while "
           "a child is enrolled, so we did not pay this claim. If you sent the renewal, or if your son now has "
           f"Medicaid or other coverage, please tell the clinic. His member number with us was {m}.", 10)
    p.para(APPEAL.replace("this notice", "this letter"), 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Gillette Children's Clinic"], "case_numbers": [[n[4:]]]})
    return out(p), t


def clean_stack(rng):
    c = Cast(rng)
    child = c.girl()
    mom = c.woman(last_of(child))
    dad = c.man(last_of(child))
    doc, sig = c.anyone(), c.anyone()
    m = kcid(rng)
    v = dt.date(2026, 2, rng.randint(3, 20))
    nd = plus(v, rng.randint(30, 40))
    n = digits(rng, 12)
    b = amount(rng, 420, 760)
    er = "Natrona Valley Hospital"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Kid Care CHIP Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [mom, *wy_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([("Child", child), ("Member ID", m), ("Claim", grouped(n))])
    p.para(f"Dear {mom}:", 10)
    p.para(f"We got a claim from {er} for {money(b)} for {child}'s emergency room visit on {fdate(v, 'long')}, "
           f"when Dr. {doc} treated her broken wrist. The hospital's claim shows that {dad} has health coverage "
           "through his job that covers your daughter.", 10)
    p.para("Kid Care CHIP is for children who have no other health coverage. When another plan covers your child, "
           "that plan must pay first. We denied this claim and asked the hospital to bill the other plan. Please "
           "also tell the Wyoming Department of Health about the other coverage.", 10)
    p.para(APPEAL.replace("this notice", "this letter"), 9.6)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=child, cases=[n],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=er,
                         appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]}))
    c2 = Cast(rng)
    kid = c2.boy()
    mom2 = c2.woman(last_of(kid))
    phys, rev, ot = c2.man(), c2.woman(), c2.anyone()
    m2_ = kcid(rng)
    s0 = dt.date(2026, 5, rng.randint(4, 12))
    s1 = plus(s0, rng.randint(4, 6))
    den0 = plus(s0, 3)
    ref = f"UM{digits(rng, 9)}"
    gr = f"GR-26-{digits(rng, 6)}"
    areq = plus(s1, rng.randint(10, 18))
    ad = plus(areq, rng.randint(20, 28))
    rehab = "Bighorn Children's Rehabilitation Hospital"
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Appeals Unit")
    q.heading("Notice of Appeal Decision", 12.5, rule=True)
    q.numbox([("Date of decision", fdate(ad, "long")), ("Appeal number", gr), ("Original reference", ref),
              ("Appeal received", fdate(areq, "slash"))], w=92)
    q.set_y(q.get_y() + 2)
    for ln in [mom2, *wy_addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Dear {mom2}:", 10)
    q.para(f"You asked us to look again at our decision about your son {kid} (Kid Care CHIP ID {m2_}). "
           f"{kid} stayed at {rehab} from {fdate(s0, 'long')} through {fdate(s1, 'long')} after knee surgery, under "
           f"the care of Dr. {phys}. We paid for the first three days and denied the days from "
           f"{fdate(den0, 'long')} through {fdate(s1, 'long')}.", 10)
    q.para(f"**Our decision: we are keeping the denial.** Dr. {rev}, a pediatric rehabilitation doctor who did not "
           "make the first decision, read the records. By the third day your son could walk with crutches and "
           "needed therapy a few times a week, not nursing care around the clock. Outpatient therapy close to "
           f"home, which we approved with {ot}, was the right level of care for the later days.", 10)
    q.para("This is our final decision. You may ask the Wyoming Department of Health to review it within 30 days "
           f"of the date of this letter. Call {phone(rng)} (TTY 711) for help.", 9.6)
    d_b = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=m2_, member_name=kid,
                         cases=[gr, ref], service_dates=[f"{den0.isoformat()}/{s1.isoformat()}"],
                         denial_date=ad.isoformat(), provider=rehab,
                         alternates={"insurer": ALT, "provider": [phys], "case_numbers": [[gr]],
                                     "service_dates": [[f"{s0.isoformat()}/{s1.isoformat()}"]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_parent_second_eyeglasses_benefit_limit", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_notice_form_knee_mri_not_needed_to_guardian", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "photocopy_claim_form_urgent_care_received_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_terapia_del_habla_despues_de_visitas_aprobadas", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_hearing_aids_to_kinship_guardian", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_father_visit_after_coverage_ended", "scan_lowres_150", [lowres_elig(rng)]),
        Item(F + "clean_stack_cob_letter_duplex_then_appeal_decision_rehab_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
