"""Notices mirrored (structure and plain wording style only) from the papers a dental plan sends a parent under
Michigan's Healthy Kids Dental, the Michigan Department of Health and Human Services' (MDHHS) dental coverage for
Medicaid-enrolled children and young people under 21. MDHHS, Healthy Kids Dental, Medicaid renewal, the Michigan
Office of Administrative Hearings and Rules (MOAHR) and its State Fair Hearing, CDT codes and CARC/RARC codes appear
as themselves; the 60-day appeal, 72-hour fast appeal, 10-day continuation and 120-day hearing limits are written
in that style, not quoted. The dental plan (Marlowe Shoals Dental Plan), every dental office, dentist, hygienist,
orthodontist, reviewer, parent, child, number and address are invented. Every letter goes to a parent about a
child.

Documents (8 in 7 files):
- bd_eob_four_claims_second_cleaning_within_six_months: a born-digital landscape explanation of dental benefits to
  "Parent or guardian of ...", four claims one per row (rows wrap over two lines: office over dentist, service
  over tooth), the third, a cleaning at a second office less than six months after the first, pays 0.00 under
  CARC 119 with a legend (not_covered); DOB and the plan year as decoys.
- faxstd_nabd_braces_score_below_threshold: a Notice of Adverse Benefit Determination form on a standard fax,
  the orthodontist named only in "Dr. ... of ... asked us to approve ...", braces planned "on or about" a date,
  refused as not medically necessary (the dental director and the received date as decoys).
- photocopy_dental_office_letter_quoting_earlier_denial: a dental office's letter to a mother quoting the plan's
  earlier refusal of "the visits on March 3 and March 10" and saying the plan has since paid (denies nothing).
- phone_es_dentista_fuera_de_la_red: a photographed Spanish letter to a father on two visits at a dental office
  outside the plan's network (out_of_network).
- rotated_claim_received_waiting_for_xrays: a claim acknowledgement ("this is not a denial") fed sideways, the
  office named only in a sentence (denies nothing).
- lowres_letter_after_medicaid_ended_at_renewal: a 150 dpi letter whose type a reader must infer ("we can only
  pay for care given on days ... had Healthy Kids Dental"), the dentist named only in a sentence, "on or about".
- clean_stack_cover_space_maintainer_approval_then_claim_blocks_tooth_letter_upside_down: a fax cover sheet, an
  approval of a space maintainer paid at the program's fee (a smaller amount than the estimate, said kindly;
  denies nothing), then upside down a claim summary in claim blocks whose second claim's crown is refused
  CO-16 / N37 (a primary-tooth crown code with a permanent tooth number: coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwb import DWSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "michigan_healthy_kids_dental_notice_of_denial"
LANG = "en"
SEED = 354101
INS = "Marlowe Shoals Dental Plan"
ALT = ["Marlowe Shoals", "Marlowe Shoals Dental"]
PROG = "Healthy Kids Dental"
MI_CITIES = [("Saginaw", "MI", "486"), ("Kalamazoo", "MI", "490"), ("Marquette", "MI", "498"),
             ("Jackson", "MI", "492"), ("Traverse City", "MI", "496"), ("Muskegon", "MI", "494")]
OFFICES = ["Birchwater Family Dentistry", "Tamarind Lake Pediatric Dental", "Owlcreek Smiles Dental Group",
           "Fenwick Point Children's Dentistry"]


def mid(rng):
    return digits(rng, 10)


def mi_addr(rng):
    c, s, z = rng.choice(MI_CITIES)
    return [f"{rng.randint(100, 9800)} {rng.choice(['Linden St', 'Cass Ave', 'N Elm Rd', 'Bayview Dr', 'Orchard Ln'])}",
            f"{c} {s} {z}{rng.randint(10, 99)}"]


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def claimno(rng):
    return f"26{digits(rng, 3)}{digits(rng, 6)}"


def dob(rng):
    return dt.date(rng.randint(2009, 2020), rng.randint(1, 12), rng.randint(1, 28))


def _head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A {PROG} plan for the Michigan Department of Health and Human Services", new_x="LMARGIN",
           new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Lansing MI 489{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p, size=8.4):
    p.bar("YOUR RIGHTS IF YOU DISAGREE", size + 0.6)
    p.para("**Appeal to us.** You, or someone you choose to act for you, may ask for an appeal within 60 days of "
           "the date of this notice. Call us or write to the address above. If waiting could seriously harm your "
           "child's health, ask for a fast appeal; we decide fast appeals within 72 hours.", size)
    p.para("**Keep getting services.** If this notice ends or reduces a service your child already gets, ask for "
           "an appeal within 10 days of the date of this notice to keep the service during the appeal.", size)
    p.para("**State Fair Hearing.** After our appeal decision you may ask the Michigan Office of Administrative "
           "Hearings and Rules (MOAHR) for a State Fair Hearing within 120 days of the date of our appeal decision.",
           size)


def bd_eob(rng):
    child, parent, dent1, dent2, dent3, hyg = people(rng, 6)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(6, 26))
    c1 = dt.date(2026, 1, rng.randint(6, 28))
    c2 = plus(c1, rng.randint(90, 110))
    f1 = plus(c2, rng.randint(9, 20))
    o1, o2 = OFFICES[0], OFFICES[1]
    n = [claimno(rng) for _ in range(4)]
    b1 = [amount(rng, 45, 70), amount(rng, 60, 85)]
    b2 = amount(rng, 70, 110)
    b3 = amount(rng, 150, 230)
    b4 = amount(rng, 40, 60)

    def pd(b):
        return round(b * 0.62, 2)
    rows = [
        [n[0], f"{o1}\nDr. {dent1}", fdate(c1, "slash"), "D0120\nD1120", "Periodic oral exam\nCleaning (child)",
         f"{money(b1[0], 'nosign')}\n{money(b1[1], 'nosign')}", f"{money(pd(b1[0]), 'nosign')}\n"
         f"{money(pd(b1[1]), 'nosign')}", "0.00", "A1"],
        [n[1], f"{o1}\nDr. {dent1}", fdate(plus(c1, 14), "slash"), "D1351", "Sealant, tooth 19",
         money(b2, "nosign"), money(pd(b2), "nosign"), "0.00", "A1"],
        [n[2], f"{o2}\nDr. {dent2}; {hyg}, RDH", fdate(c2, "slash"), "D1120\nD1206",
         "Cleaning (child)\nFluoride varnish", money(b3, "nosign"), "0.00", "0.00", "119"],
        [n[3], f"{o1}\nDr. {dent1}", fdate(f1, "slash"), "D2391", "Resin filling, one surface, tooth 30",
         money(b4, "nosign"), money(pd(b4), "nosign"), "0.00", "A1"],
    ]
    tb = round(sum(b1) + b2 + b3 + b4, 2)
    tp = round(sum(pd(x) for x in b1) + pd(b2) + pd(b4), 2)
    rows.append(["TOTALS", "", "", "", "", money(tb, "nosign"), money(tp, "nosign"), "0.00", ""])
    p = DWSheet(footer="Page {n} of {nb}", footer_left="MSDP-EDB-1 (rev. 10/2025)")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF DENTAL BENEFITS  -  THIS IS NOT A BILL")
    p.addr_pair("Mailed to", [f"Parent or guardian of {child}", parent, *mi_addr(rng)], "About this statement",
                [f"Statement date: {fdate(sd, 'long')}", f"Member: {child}", f"Medicaid ID: {m}",
                 f"Date of birth: {fdate(dob(rng), 'slash')}", "Benefit year: 01/01/2026 - 12/31/2026"])
    p.ln(2)
    p.wrap_table(["Claim no.", "Dental office / dentist", "Date of service", "CDT", "Service", "Billed",
                  "Plan paid", "You owe", "Code"], rows, [34, 58, 22, 16, 54, 20, 20, 16, 14.9], size=7.9,
                 aligns=["L"] * 5 + ["R"] * 3 + ["C"], bold_rows=(4,))
    p.para("**Codes.** A1: paid at the Healthy Kids Dental fee; the office may not bill you more. 119: the most the "
           "benefit allows for this period was already reached. Healthy Kids Dental pays for one cleaning and one "
           f"fluoride treatment every six months. {child} had a cleaning on {fdate(c1, 'slash')} at {o1}; the cleaning "
           f"and fluoride at {o2} came before six months had gone by, so claim {n[2]} was not paid. Dental "
           "offices in our network may not bill you for this.", 8.4)
    p.para("If you disagree, you may appeal within 60 days of the date of this statement. Fast appeals: 72 hours. "
           "State Fair Hearing (MOAHR): within 120 days of our appeal decision. Member Services "
           f"{phone(rng)}, TTY 711.", 8.2)
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=child, cases=[n[2]], claim_amount=m2(b3),
              service_dates=[c2.isoformat()], denial_date=sd.isoformat(), provider=o2,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [dent2], "plan_id": [PROG]})
    return out(p), t


def faxstd_ortho(rng):
    child, mother, orth, director, cm = people(rng, 5)
    m = mid(rng)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rec, rng.randint(9, 13))
    planned = plus(nd, rng.randint(20, 35))
    ref = f"PA {digits(rng, 4)} {digits(rng, 4)}"
    practice = "Kestwick Orthodontic Studio"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  MARLOWE SHOALS UM  {phone(rng, '517')}  P.{{n}}"
    p = DWSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "MSDP-NABD-3 (rev. 08/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. DATE OF NOTICE", fdate(nd, "slash")), ("2. SENT TO (PARENT)", mother),
                 ("3. REQUEST RCVD", fdate(rec, "slash"))], [40, 90, W - 130])
    p.form_band([("4. MEMBER", child), ("5. MEDICAID ID", m), ("6. DOB", fdate(dob(rng), "slash")),
                 ("7. REF NO.", ref)], [56, 40, 30, W - 126])
    p.form_band([("8. SERVICE ASKED FOR", "D8080 Comprehensive orthodontic treatment"),
                 ("9. DECISION", "DENIED")], [120, W - 120])
    p.ln(3)
    p.para(f"Dr. {orth} of {practice} asked us to approve braces for your child, to begin on or about "
           f"{fdate(planned, 'long')}. We reviewed the request, the dental models and the X-rays.", 9.4)
    p.para("**Why we said no.** Healthy Kids Dental pays for braces only when the bite problem is severe enough to "
           "affect eating, speaking or the health of the teeth and gums; the program measures this with a scoring "
           "sheet. The score sent for your child is below the level the program requires. Crowded or crooked "
           "teeth that look uneven but work well are not enough. This decision was made by "
           f"Dr. {director}, our dental director, who is a licensed dentist.", 9.4)
    p.para(f"Questions? Call your case manager, {cm}, at {phone(rng)} (TTY 711).", 9.2)
    _rights(p, 8.3)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child,
              cases=[ref.replace(" ", "")], service_dates=[planned.isoformat()], denial_date=nd.isoformat(),
              provider=orth, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [practice], "service_dates": [[]]})
    return out(p), t


def photocopy_office_letter(rng):
    child, mother, dent, mgr = people(rng, 4)
    m = mid(rng)
    office = OFFICES[2]
    v1 = dt.date(2026, 3, 3)
    v2 = dt.date(2026, 3, 10)
    den = dt.date(2026, 4, rng.randint(2, 9))
    paid = plus(den, rng.randint(20, 30))
    ld = plus(paid, rng.randint(5, 10))
    n = claimno(rng)
    b = amount(rng, 240, 380)
    acct = f"A-{digits(rng, 6)}"
    p = DWSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.logo_head(office, "OS", [f"{rng.randint(100, 9800)} W Michigan Ave, Jackson MI 492{rng.randint(10, 99)}  |  "
                               f"{phone(rng, '517')}"], size=13)
    p.ln(2)
    p.para(fdate(ld, "long"), 10)
    for ln in [mother, *mi_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", child), ("Account", acct), ("Insurance", f"{INS} ({PROG}), ID {m}")], label_w=26, size=9.4)
    p.ln(2)
    p.para(f"Dear {mother}:", 10)
    p.para(f"You called us about the letter you received from {INS} dated {fdate(den, 'long')}. That letter said: "
           f"\"We did not pay claim {n} for the visits on March 3 and March 10 (03/03/2026 and 03/10/2026) because "
           "we did not receive the X-rays we asked for.\"", 10)
    p.para(f"We sent the X-rays again, and {INS} paid the claim in full on {fdate(paid, 'long')}. The balance "
           f"of {money(b)} for the two fillings Dr. {dent} placed is now zero. You do not owe us anything and "
           "you do not need to appeal.", 10)
    p.para(f"Thank you for choosing {office}.", 10)
    p.para(f"Sincerely,\n{mgr}\nOffice manager", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[n], claim_amount=m2(b),
              service_dates=[v1.isoformat(), v2.isoformat()], denial_date=ld.isoformat(), provider=office,
              unscored=["insurer"], alternates={"provider": [dent], "case_numbers": [[]], "claim_amount": [None]})
    return out(p), t


def phone_es(rng):
    child, father, dent, sig = people(rng, 4)
    m = mid(rng)
    office = "Clínica Dental Arroyo Verde"
    v1 = dt.date(2026, 5, 4)
    v2 = dt.date(2026, 5, 18)
    nd = plus(v2, rng.randint(25, 35))
    n = claimno(rng)
    b = amount(rng, 260, 420)
    p = DWSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Un plan de {PROG} para el Departamento de Salud y Servicios Humanos de Michigan (MDHHS)  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.title_bar("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS")
    p.grid([[("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de reclamo", n)],
            [("Miembro", child), ("Número de Medicaid", m)]], size=9)
    for ln in [father, *mi_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {father}:", 10)
    p.para(f"Recibimos el reclamo de {office} por las visitas de su hijo(a) del 4 y del 18 de mayo de 2026 (4/5/2026 y 18/5/2026) con "
           f"la Dra. {dent} (dos empastes y una corona). El reclamo fue por {money(b)}.", 10)
    p.para(f"No pagamos este reclamo porque {office} no está en la red de {INS}. {PROG} paga a los dentistas de "
           "nuestra red. Antes de las visitas nadie nos pidió permiso para usar un dentista fuera de la red, y "
           "había dentistas de la red cerca de su casa.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 60 días a partir de la fecha de este aviso. Las apelaciones rápidas se deciden "
           "en 72 horas. Después de nuestra decisión puede pedir una audiencia imparcial estatal a MOAHR dentro de "
           "120 días.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=office, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [dent]})
    return out(p), t


def rotated_pending(rng):
    child, mother, dent, sig = people(rng, 4)
    m = mid(rng)
    office = OFFICES[3]
    v = dt.date(2026, 4, rng.randint(6, 10))
    rec = plus(v, rng.randint(8, 15))
    ld = plus(rec, rng.randint(4, 8))
    n = claimno(rng)
    b = amount(rng, 180, 320)
    p = DWSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(ld, "long"), 10)
    for ln in [mother, *mi_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line("CLAIM RECEIVED - THIS IS NOT A DENIAL", 11, "B")
    p.ln(2)
    p.para(f"Dear {mother}:", 10)
    p.para(f"On {fdate(rec, 'long')} we received the claim that {office} sent us for the care Dr. {dent} gave "
           f"{child} (Medicaid ID {m}) on {fdate(v, 'long')}: a pulpotomy and a crown on a baby tooth. "
           f"The claim number is {n} and the office billed {money(b)}.", 10)
    p.para("Before we can decide the claim we need the X-ray of the tooth. We have asked the office to send it. "
           "We will write to you again within 30 days after we get it. You do not need to do anything now, and "
           "the office should not bill you while the claim is open.", 10)
    p.para(f"Questions? Member Services {phone(rng)}, TTY 711.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[n], claim_amount=m2(b),
              service_dates=[v.isoformat()], denial_date=ld.isoformat(), provider=office,
              alternates={"insurer": ALT, "provider": [dent]})
    return out(p), t


def lowres_elig(rng):
    child, father, dent, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(13, 24))
    nd = plus(v, rng.randint(25, 35))
    n = claimno(rng)
    b = amount(rng, 120, 260)
    p = DWSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *mi_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {father}:", 10)
    p.para(f"Dr. {dent} sent us a claim ({n}) for {money(b)} for the exam and two fillings your daughter "
           f"{child} (Medicaid ID {m}) had on or about {fdate(v, 'long')}.", 10)
    p.para(f"MDHHS tells us that {child}'s Medicaid ended on {fdate(end, 'long')}, when her renewal was not "
           f"completed. We can only pay for care given on days she had {PROG}, so we did not pay this claim. If "
           "her Medicaid is put back for that date, call us and we will look at the claim again. Your local MDHHS "
           "office can help with the renewal.", 10)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter. Fast appeals are decided in "
           "72 hours. After our appeal you may ask MOAHR for a State Fair Hearing within 120 days. "
           f"Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=dent,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def clean_stack(rng):
    child, mother, dent, sig = people(rng, 4)
    m = mid(rng)
    office = OFFICES[1]
    nd = dt.date(2026, 6, rng.randint(2, 12))
    planned = plus(nd, rng.randint(14, 24))
    auth = f"AU{digits(rng, 8)}"
    est = amount(rng, 330, 420)
    fee = round(est - rng.randint(35, 70) - 0.5, 2)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *mi_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line("GOOD NEWS: YOUR CHILD'S DENTAL CARE IS APPROVED", 11, "B")
    p.ln(2)
    p.boxed_pairs([("Member", child), ("Medicaid ID", m), ("Approval number", auth),
                   ("Service", "D1510 Space maintainer, fixed, unilateral"), ("Dentist", f"Dr. {dent}, {office}"),
                   ("Approved for", f"on or about {fdate(planned, 'slash')} (valid 90 days)")], label_w=42)
    p.para(f"Dear {mother}:", 10)
    p.para(f"We approved the space maintainer Dr. {dent} asked for. The office's estimate was {money(est)}. "
           f"{PROG} pays dentists a set fee for this service, {money(fee)}, and that is what we will pay. The "
           "office has agreed to accept that fee, so you will not owe the difference, and nothing has been "
           "refused.", 10)
    p.para(f"Questions? Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[auth],
                         service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=dent,
                         alternates={"insurer": ALT, "provider": [office], "case_numbers": [[]],
                                     "service_dates": [[]]}))
    child2, father, d1, d2 = people(rng, 4)
    m2_ = mid(rng)
    sd = dt.date(2026, 7, rng.randint(6, 20))
    v1 = plus(sd, -rng.randint(40, 50))
    v2 = plus(v1, rng.randint(7, 14))
    v3 = plus(v2, rng.randint(7, 14))
    n1, n2, n3 = claimno(rng), claimno(rng), claimno(rng)
    a = [amount(rng, 40, 60), amount(rng, 50, 75)]
    c = [amount(rng, 190, 260)]
    f = [amount(rng, 60, 95)]

    def pd(x):
        return round(x * 0.6, 2)
    blocks = [
        {"title": f"Claim {n1}  -  {OFFICES[0]}  -  Dr. {d1}",
         "lines": [[fdate(v1, "slash"), "D0150", "Comprehensive oral exam", money(a[0], "nosign"),
                    money(pd(a[0]), "nosign"), "0.00", "1"],
                   [fdate(v1, "slash"), "D0272", "Bitewing X-rays, two films", money(a[1], "nosign"),
                    money(pd(a[1]), "nosign"), "0.00", "1"]],
         "total": ["", "", "Claim total", money(sum(a), "nosign"), money(pd(a[0]) + pd(a[1]), "nosign"), "0.00",
                   ""]},
        {"title": f"Claim {n2}  -  {OFFICES[0]}  -  Dr. {d2}",
         "lines": [[fdate(v2, "slash"), "D2930", "Prefab. steel crown, primary tooth - tooth 30", money(c[0], "nosign"),
                    "0.00", "0.00", "16 N37"]],
         "total": ["", "", "Claim total", money(c[0], "nosign"), "0.00", "0.00", ""]},
        {"title": f"Claim {n3}  -  {OFFICES[0]}  -  Dr. {d1}",
         "lines": [[fdate(v3, "slash"), "D2391", "Resin filling, one surface - tooth K", money(f[0], "nosign"),
                    money(pd(f[0]), "nosign"), "0.00", "1"]],
         "total": ["", "", "Claim total", money(f[0], "nosign"), money(pd(f[0]), "nosign"), "0.00", ""]},
    ]
    q = DWSheet(footer="Page {n} of {nb}")
    q.set_margins(14, 14, 14)
    q.add_page()
    _head(q, rng)
    q.title_bar("CLAIM SUMMARY FOR A FAMILY MEMBER", "MSDP-CS-2 (rev. 01/2026)")
    q.capstrip([("STATEMENT DATE", fdate(sd, "slash")), ("MEMBER", child2), ("MEDICAID ID", m2_),
                ("MAILED TO (PARENT)", father)], [36, 50, 36, 65.9])
    q.ln(3)
    q.claim_blocks(blocks, [22, 16, 74, 20, 20, 16, 19.9],
                   ["Date", "CDT", "Service / tooth", "Billed", "Plan paid", "You owe", "Note"])
    q.para("**Notes.** 1: paid at the program fee. 16 N37: the claim has a billing error - the tooth number is "
           "wrong for the code. D2930 is the code for a crown on a baby (primary) tooth, which is written with a "
           "letter; tooth 30 is an adult (permanent) molar. The office may send a corrected claim with the right "
           "code or tooth. You do not owe this amount.", 8.6)
    q.para("You may appeal within 60 days of the statement date. Fast appeals: 72 hours. State Fair Hearing: within "
           f"120 days of our appeal decision. Member Services {phone(rng)}, TTY 711.", 8.6)
    d_b = (out(q), truth("eob", "coding_error", insurer=INS, member_id=m2_, member_name=child2, cases=[n2],
                         claim_amount=m2(c[0]), service_dates=[v2.isoformat()], denial_date=sd.isoformat(),
                         provider=d2, appeal_deadline=plus(sd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [OFFICES[0]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_second_cleaning_within_six_months", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_nabd_braces_score_below_threshold", "fax_standard_g4", [faxstd_ortho(rng)]),
        Item(F + "photocopy_dental_office_letter_quoting_earlier_denial", "photocopy", [photocopy_office_letter(rng)]),
        Item(F + "phone_es_dentista_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_claim_received_waiting_for_xrays", "rotated", [rotated_pending(rng)]),
        Item(F + "lowres_letter_after_medicaid_ended_at_renewal", "scan_lowres_150", [lowres_elig(rng)]),
        Item(F + "clean_stack_cover_space_maintainer_approval_then_claim_blocks_tooth_letter_upside_down",
             "scan_clean_300", clean_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
