"""Medicare Advantage denials of Special Supplemental Benefits for the Chronically Ill (SSBCI: home-delivered meals,
pest control, non-medical transportation) because the member has no qualifying chronic condition on the plan's list,
mirrored for structure and wording style only from the CMS integrated denial notice ("Notice of Denial of Medical
Coverage (or Payment)", form CMS-10003-NDMCP). Medicare, CMS, SSBCI and its rules, the 65-day reconsideration limit,
the 72-hour fast appeal and the independent review entity appear as themselves; the plan (Heronwood Health Plan),
its list of conditions, every vendor, person and number is invented.

Documents (8 in 7 files):
- bd_idn_meals_preservice_date_only_in_heading: pre-service denial of home-delivered meals; the notice's only date is
  in its title ("NOTICE OF DENIAL OF MEDICAL COVERAGE - MARCH 4, 2026" style); the meal vendor only in the subject
  line; member ID in character boxes with O/0 and I/1; DOB, H-contract, material ID, taglines as decoys.
- faxstd_caption_box_payment_denial_to_meal_vendor: "Notice of Denial of Payment" to the meal vendor as a form of
  small captions over boxed values under a typed fax header; a 14-day meal span; a previous claim and NPI as decoys.
- faxstd_small_type_transportation_denial_cc_ride_company: a 7 pt letter to the member denying rides to the grocery;
  the ride company only in the cc line; member ID split across a line break.
- phone_member_eob_table_pest_control_row_denied: the monthly Part C EOB, several claims paid, the pest control row
  denied (SSBCI eligibility); an example amount in the how-to-read text.
- rotated_recoupment_letter_meal_vendor_ssbci_not_verified: post-payment audit, meals paid for a member whose
  qualifying condition was never documented; the payment taken back (bracketed); related claims as decoys.
- lowres_spanish_idn_meals_denial: the meals denial in Spanish.
- faxfine_stack_cover_favorable_reconsideration_then_transport_idn: a typed fax cover, a fully favorable
  reconsideration approving meals (denies nothing), then a transportation denial fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddk_famdkf import bracket, tiny_date
from kit_rounddl_famdld import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicare_advantage_ssbci_supplemental_benefit_eligibility_denial"
LANG = "en"
SEED = 351903
PLAN = "Heronwood Health Plan"
PLAN_NAME = "Heronwood Advantage Plus (HMO-POS)"
MEALS = "Marrowbrook Community Meals"
MEALS2 = "Tidewater Kitchen Meal Services"
RIDES = "Palisade Ride Partners"
PEST = "Brightfield Pest Solutions"
CONTRACT = "H5921-004"
MATERIAL = "H5921_SSB26_M"
LIST = ("diabetes, chronic heart failure, chronic lung disorders (such as COPD) or end-stage renal disease")
ADDR = ["Heronwood Health Plan - Appeals and Grievances", "PO Box 40718", "Dayton OH 45401-0718"]


def _mid(rng, adversarial=True):
    if adversarial:
        return mixed_id(rng, "HW", "dcddcdddc")
    return "HW" + digits(rng, 9)


def _logo(p: DLSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(60, 90, 60)
    p.rect(p.l_margin, y, 9, 9, style="F")
    p.set_xy(p.l_margin + 12, y - 0.5)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 12)
    p.f(7.4)
    p.cell(0, 4, f"{dept}  |  Member Services 1-844-555-{digits(rng, 4)} (TTY 711), 8 a.m. - 8 p.m., 7 days a week",
           new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 15)


def _why(cond: str) -> str:
    return (f"Special Supplemental Benefits for the Chronically Ill (SSBCI) are extra benefits for members who have a "
            f"qualifying chronic condition on our plan's list ({LIST}), are at high risk of hospital stays or other "
            f"bad health outcomes, and need intensive care coordination. Our records and the information from your "
            f"doctor show {cond}, which is not on the list. You do not qualify for this benefit.")


def _rights(p: DLSheet, size: float = 9.2, who: str = "you"):
    p.heading("You have the right to appeal our decision", size + 1.2, gap=0.5)
    p.para(f"You have the right to ask {PLAN} to review our decision by asking us for an appeal. Ask for an appeal "
           "within 65 days from the date of this notice. We can give you more time if you have a good reason for "
           "missing the deadline.", size)
    p.para("**Standard appeal** - We will give you a written decision within 30 days after we get your appeal (7 days "
           "for a Part B drug). **Fast appeal** - If you or your doctor believe waiting for a standard decision could "
           "seriously harm your health, ask for a fast appeal. We will give you a decision within 72 hours.", size)
    p.para("If we say no to any part of your appeal, your case is sent automatically to an independent review "
           "entity. If you disagree with that decision, you may ask for a hearing by an Administrative Law Judge; "
           "the amount in dispute for 2026 must meet a minimum set by Medicare.", size)
    p.para("**How to ask for an appeal.** Call us, or mail or fax a written request with your name, address, member "
           "number, the reasons for appealing and any records that support it to:", size)
    p.addr(ADDR + [f"Fax 1-844-555-{digits(random.Random(len(ADDR)), 4)}"], size - 0.4, x=p.l_margin + 8)
    p.ln(2)
    p.para("Get help and more information: call Member Services, call 1-800-MEDICARE"
           ", or visit Medicare.gov. Your State Health Insurance Assistance Program can also help.", size - 0.6)


def bd_idn(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 8))
    start = plus(nd, rng.randint(6, 12))
    dob = dt.date(rng.randint(1944, 1958), rng.randint(1, 12), rng.randint(1, 28))
    rec = plus(nd, -rng.randint(3, 6))
    ref = f"SSB-{digits(rng, 8)}"
    p = DLSheet(footer="Page {n} of {nb}", footer_left=f"Form CMS-10003-NDMCP  (OMB 0938-0829)   {MATERIAL}")
    p.set_margins(18, 12, 18)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.f(13, "B")
    p.multi_cell(0, 6.5, f"NOTICE OF DENIAL OF MEDICAL COVERAGE - {fdate(nd, 'long').upper()}", align="C",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr([mem, f"{rng.randint(100, 9800)} Sycamore Ave", f"Dayton OH 454{rng.randint(10, 99)}-{digits(rng, 4)}"], 9.5)
    p.ln(2)
    y = p.get_y()
    p.charboxes("Member number", mid, newline=False)
    p.set_xy(p.l_margin + 70, y)
    p.f(6.2)
    p.cell(40, 2.6, "Date of birth")
    p.set_xy(p.l_margin + 70, y + 3.1)
    p.f(9)
    p.cell(40, 5, fdate(dob, "slash"))
    p.set_xy(p.l_margin + 110, y)
    p.f(6.2)
    p.cell(40, 2.6, "Reference")
    p.set_xy(p.l_margin + 110, y + 3.1)
    p.f(9)
    p.cell(40, 5, ref, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.line(f"Subject: home-delivered meals requested by {MEALS}", 9.6, "B")
    p.ln(2)
    p.para(f"We have **denied** coverage of the following item that you or your provider asked for: home-delivered "
           f"meals under your plan's SSBCI meal benefit (2 meals a day for up to 90 days), to start "
           f"{fdate(start, 'slash')}. We got the request on {fdate(rec, 'slash')}.", 9.6)
    p.heading("Why did we deny your request?", 10.5, gap=0.5)
    p.para(_why("high blood pressure and osteoarthritis of the knee"), 9.6)
    p.para("If you are later diagnosed with a condition on the list, you or your doctor can ask again. Your regular "
           "Medicare-covered benefits are not changed by this decision.", 9.6)
    _rights(p, 9.2)
    p.para(f"{PLAN_NAME} is an HMO-POS plan with a Medicare contract ({CONTRACT}). Enrollment depends on contract "
           "renewal. Plan year January 1 - December 31, 2026.", 7.6)
    p.boilerplate(PLAN, f"1-844-555-{digits(rng, 4)}")
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=mid, member_name=mem, cases=[ref],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=MEALS,
              appeal_deadline=plus(nd, 65).isoformat(), denial_alternates=["not_covered"],
              alternates={"service_dates": [[]]})
    return out(p), t


def faxstd_vendor(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 8))
    a = dt.date(2026, 2, rng.randint(2, 9))
    b = plus(a, 13)
    billed = round(28 * 9.85, 2)
    claim = "M26" + digits(rng, 8)
    prev = "M26" + digits(rng, 8)
    fax = (f"{tiny_date(nd)} 14:{rng.randint(10, 59)}  HERONWOOD HP CLAIMS  937-555-{digits(rng, 4)}  ->  "
           f"TIDEWATER KITCHEN  937-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.line("NOTICE OF DENIAL OF PAYMENT - SUPPLEMENTAL BENEFIT (SSBCI)", 9, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 40), ("Date received", fdate(plus(b, 9), "slash"), 30),
         ("Vendor NPI", digits(rng, 10), 36), ("Tax ID", f"31-{digits(rng, 7)}", 34)],
        [("Payee / vendor", MEALS2, 64), ("Member", mem, 56), ("Member number", mid, 50)],
        [("Service", "S5170 home-delivered meals", 52), ("From", fdate(a, "slash"), 26), ("Through", fdate(b, "slash"), 26),
         ("Units", "28", 16), ("Billed", money(billed), 28), ("Paid", "$0.00", 22)],
        [("Previous claim (paid)", prev, 46), ("Contract", CONTRACT, 30), ("Reason code", "SB3", 26)],
    ], cap=5.6, val=7.6)
    p.ln(1)
    p.para("SB3  The member does not have a qualifying chronic condition on the plan's SSBCI list (" + LIST + "). "
           "Meals after the 14-day post-discharge meal benefit (paid on the previous claim) need SSBCI eligibility, "
           "which was not approved for this member.", 7.2)
    p.para("A non-contracted vendor may not bill the member for these meals. A contracted vendor follows its "
           "agreement.", 7.2)
    p.add_page()
    p.band("RECONSIDERATION", 7.4)
    p.para("You may ask for a reconsideration of this payment denial within 65 days of the date of this notice. A "
           "non-contracted provider must include a signed Waiver of Liability form. Send the request to: "
           + ", ".join(ADDR) + ".", 7.2)
    p.para(f"Provider Services 1-844-555-{digits(rng, 4)}. Form HHP-PDN-12 (rev. 01/26).", 7.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=MEALS2,
              appeal_deadline=plus(nd, 65).isoformat(), denial_alternates=["not_covered"])
    return out(p), t


def faxstd_letter(rng):
    mem = person(rng)[0]
    mid = "HW" + digits(rng, 9)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 8))
    start = plus(nd, rng.randint(7, 14))
    ref = f"SSB-{digits(rng, 8)}"
    fax = (f"{fdate(nd, 'short')}  10:{rng.randint(10, 59)}  FROM: HERONWOOD UM  937-555-{digits(rng, 4)}   "
           f"PAGE {{n}} OF 2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 12, 20)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line("Notice of Denial of Medical Coverage", 10.5, "B")
    p.ln(1)
    p.f(7.2)
    p.cell(0, 3.6, f"Date: {fdate(nd, 'long')}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.6, f"Name: {mem}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    half = 5
    p.para(f"Your member number is {mid[:half]}", 7.2, gap=0)
    p.para(f"{mid[half:]}. Please have it ready when you call us. Request reference {ref}.", 7.2)
    p.para("We have **denied** the following service: non-medical transportation (up to 24 one-way rides a year to "
           f"the grocery store, pharmacy and other places of daily living), to start {fdate(start, 'long')}.", 7.2)
    p.line("Why did we deny your request?", 7.8, "B")
    p.para(_why("arthritis and a past knee replacement"), 7.2)
    p.para("Rides to doctor visits and other Medicare-covered care are a different benefit (routine transportation, "
           "12 one-way trips a year) and are not affected.", 7.2)
    p.add_page()
    p.line("You have the right to appeal our decision", 7.8, "B")
    p.para("Ask us for an appeal within 65 days from the date of this notice. Standard appeal: decision within 30 "
           "days. Fast appeal: decision within 72 hours if waiting could seriously harm your health. If we say no, "
           "your case goes automatically to an independent review entity.", 7.2)
    p.para("Write to: " + ", ".join(ADDR) + ". Or call Member Services (TTY 711).", 7.2)
    p.para(f"Form CMS-10003-NDMCP  {MATERIAL}", 6.6)
    p.para(f"cc: {RIDES}", 7.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=mid, member_name=mem, cases=[ref],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=RIDES,
              appeal_deadline=plus(nd, 65).isoformat(), denial_alternates=["not_covered"],
              alternates={"service_dates": [[]]})
    return out(p), t


def phone_eob(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    sd = dt.date(2026, 4, 10) + dt.timedelta(days=rng.randint(0, 6))
    ds = sorted(dt.date(2026, 3, rng.randint(2, 30)) for _ in range(4))
    doc = "Dr. Lorenzo Baptiste"
    rows_spec = [(doc, "Office visit (99214)", 165, 210), ("Copper Valley Imaging", "X-ray knee, 3 views", 90, 140),
                 (PEST, "SSBCI pest control", 140, 190), ("Sandhill Regional Lab", "Lipid panel", 40, 70)]
    claims = ["C" + digits(rng, 10) for _ in rows_spec]
    rows, deny = [], 2
    for i, (prov, svc, lo, hi) in enumerate(rows_spec):
        billed = amount(rng, lo, hi)
        if i == deny:
            dbill = billed
            rows.append([claims[i], fdate(ds[i], "slash"), prov, svc, money(billed), "$0.00", "$0.00", "See A"])
        else:
            allowed = round(billed * 0.62, 2)
            cop = 20.0 if i == 0 else 0.0
            rows.append([claims[i], fdate(ds[i], "slash"), prov, svc, money(billed), money(allowed - cop),
                         money(cop), ""])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits")
    p.line("Your Medicare Advantage Explanation of Benefits (EOB)  -  THIS IS NOT A BILL", 10.5, "B")
    p.right_block([("Date of this notice:", fdate(sd, "abbr")), ("Member:", mem), ("Member number:", mid),
                   ("Plan:", PLAN_NAME), ("Claims processed:", "March 1 - March 31, 2026")], w=120, size=8.5)
    p.ln(3)
    p.para("How to read this EOB: \"Plan paid\" is what we paid the provider; \"You pay\" is your share. For "
           "example, if a specialist visit cost $200.00, you would pay your $45.00 copay.", 8.4)
    p.table(["Claim", "Date", "Provider", "Service", "Billed", "Plan paid", "You pay", "Note"], rows,
            [22, 18, 34, 40, 17, 17, 15, 19], size=7, row_h=5.6)
    p.para(f"A  Claim {claims[deny]} ({PEST}): {_why('osteoarthritis and high cholesterol')}", 8.2)
    p.para("If you disagree with a coverage decision on this EOB, you may appeal within 65 days of the date of this "
           "notice. Fast appeals are decided within 72 hours.", 8.2)
    p.boilerplate(PLAN, f"1-844-555-{digits(rng, 4)}")
    t = truth("eob", "eligibility", insurer=PLAN, plan_id=PLAN_NAME, member_id=mid, member_name=mem,
              cases=[claims[deny]], claim_amount=m2(dbill), service_dates=[span(ds[deny])],
              denial_date=sd.isoformat(), provider=PEST, appeal_deadline=plus(sd, 65).isoformat(),
              denial_alternates=["not_covered"], alternates={"plan_id": [None]})
    return out(p), t


def rotated_recoup(rng):
    mem = person(rng)[0]
    mid = "HW" + digits(rng, 9)
    ld = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 8))
    a = dt.date(2026, 1, rng.randint(5, 9))
    b = plus(a, 27)
    billed = round(56 * 9.85, 2)
    paid = round(billed * 0.9, 2)
    claim = "M26" + digits(rng, 8)
    rel = ["M26" + digits(rng, 8) for _ in range(2)]
    audit = f"AUD-{digits(rng, 6)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Payment Integrity")
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    p.addr([MEALS, "Attn: Billing", f"{rng.randint(100, 9800)} Harbor View Dr", f"Dayton OH 454{rng.randint(10, 99)}-{digits(rng, 4)}"], 9.5)
    p.ln(3)
    p.line("Notice of overpayment and recoupment - SSBCI meals", 11, "B")
    p.ln(1)
    p.pairs([("Audit number", audit), ("Claim number", claim), ("Member", mem), ("Member number", mid),
             ("Meal dates", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Billed", money(billed)),
             ("Paid", money(paid)), ("Amount to be recouped", bracket(paid))], label_w=50, size=9.2)
    p.ln(2)
    p.para("A post-payment review found that the member's eligibility for Special Supplemental Benefits for the "
           "Chronically Ill was never established: the member's records show no qualifying chronic condition on "
           f"our plan's list ({LIST}). SSBCI meals are covered only for eligible members, so our payment on this "
           "claim was made in error.", 9.4)
    p.para(f"Related claims reviewed and not changed: {rel[0]}, {rel[1]}.", 9.4)
    p.para("We will take back the amount above from future payments to you 45 days after the date of this letter "
           "unless you send a refund first. You may ask for a reconsideration of this finding within 30 days of the "
           "date of this letter.", 9.4)
    p.para(f"Payment Integrity Unit, {PLAN}\n" + ", ".join(ADDR[1:]), 9.4)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=mid, member_name=mem, cases=[audit, claim],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=ld.isoformat(), provider=MEALS,
              appeal_deadline=plus(ld, 30).isoformat(), denial_alternates=["other"], type_alternates=["other"],
              alternates={"claim_amount": [m2(paid)], "case_numbers": [[claim], [audit]]})
    return out(p), t


def lowres_spanish(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 8))
    start = plus(nd, rng.randint(5, 10))
    ref = f"SSB-{digits(rng, 8)}"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 12, 18)
    p.add_page()
    _logo(p, rng, "Administración de Utilización")
    p.line("Aviso de denegación de cobertura médica", 12.5, "B")
    p.ln(1)
    p.pairs([("Fecha", fdate(nd, "long", "es")), ("Nombre del miembro", mem), ("Número de miembro", mid),
             ("Referencia", ref), ("Proveedor que lo solicitó", MEALS)], label_w=52, size=9.4)
    p.ln(2)
    p.para("Hemos **denegado** la cobertura de comidas entregadas a domicilio (beneficio de comidas SSBCI, 2 comidas "
           f"al día por hasta 90 días) a partir del {fdate(start, 'long', 'es')}.", 9.6)
    p.heading("¿Por qué denegamos su solicitud?", 10.5, gap=0.5)
    p.para("Los Beneficios Suplementarios Especiales para Enfermos Crónicos (SSBCI) son solo para miembros que tienen "
           "una afección crónica de la lista de nuestro plan (diabetes, insuficiencia cardíaca crónica, enfermedad "
           "pulmonar crónica o enfermedad renal en etapa terminal). Sus registros muestran presión arterial alta, que "
           "no está en la lista.", 9.6)
    p.heading("Usted tiene derecho a apelar", 10.5, gap=0.5)
    p.para("Pida una apelación dentro de 65 días a partir de la fecha de este aviso. Apelación rápida: decisión en "
           "72 horas si esperar puede dañar gravemente su salud. Si decimos que no, su caso se envía automáticamente "
           "a una entidad de revisión independiente.", 9.6)
    p.para("Escriba a: " + ", ".join(ADDR) + ".", 9.6)
    p.para(f"Formulario CMS-10003-NDMCP   {MATERIAL}", 7.6)
    p.boilerplate(PLAN, f"1-844-555-{digits(rng, 4)}")
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=mid, member_name=mem, cases=[ref],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=MEALS,
              appeal_deadline=plus(nd, 65).isoformat(), lang="es", denial_alternates=["not_covered"],
              alternates={"service_dates": [[]]})
    return out(p), t


def faxfine_stack(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    appeal = f"REC-{digits(rng, 7)}"
    orig = dt.date(2026, 3, rng.randint(2, 20))
    start = plus(nd, 3)
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line(f"Date: {fdate(nd, 'slash')}", 10)
    p.ln(2)
    p.line("Notice of Reconsideration Decision - Fully Favorable", 12, "B")
    p.ln(1)
    p.pairs([("Member", mem), ("Member number", mid), ("Appeal number", appeal),
             ("Original decision", fdate(orig, "slash")), ("Service", "SSBCI home-delivered meals")], label_w=44,
            size=9.4)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We have changed our decision. Your doctor sent records showing chronic heart failure, which is on our "
           f"plan's SSBCI list. **We approved** home-delivered meals from {MEALS} (2 meals a day for 90 days) starting "
           f"{fdate(start, 'long')}. You do not need to do anything else.", 10)
    p.para(f"Appeals and Grievances, {PLAN}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=mid, member_name=mem, cases=[appeal],
                          service_dates=[span(start)], denial_date=nd.isoformat(), provider=MEALS,
                          alternates={"service_dates": [[]]}))
    nd2 = plus(nd, rng.randint(2, 6))
    ref = f"SSB-{digits(rng, 8)}"
    s2 = plus(nd2, 10)
    q = DLSheet(footer="Page {n} of {nb}", footer_left="Form CMS-10003-NDMCP")
    q.set_margins(18, 12, 18)
    q.add_page()
    _logo(q, rng, "Utilization Management")
    q.line("Notice of Denial of Medical Coverage", 12, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd2, "abbr")), ("Name", mem), ("Member number", mid), ("Reference", ref),
             ("Requested by", RIDES)], label_w=40, size=9.2)
    q.ln(2)
    q.para("We have **denied** non-medical transportation (rides to the grocery store and pharmacy) starting "
           f"{fdate(s2, 'slash')}.", 9.4)
    q.heading("Why did we deny your request?", 10.5, gap=0.5)
    q.para("Your approved SSBCI benefit is home-delivered meals. Under our plan, a member who qualifies for SSBCI "
           "chooses one SSBCI benefit per plan year; transportation is not part of the meal benefit you chose.", 9.4)
    _rights(q, 8.8)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=mid, member_name=mem, cases=[ref],
                          service_dates=[span(s2)], denial_date=nd2.isoformat(), provider=RIDES,
                          appeal_deadline=plus(nd2, 65).isoformat(), denial_alternates=["eligibility"],
                          alternates={"service_dates": [[]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_idn_meals_preservice_date_only_in_heading", "born_digital", [bd_idn(rng)]),
        Item(F + "faxstd_caption_box_payment_denial_to_meal_vendor", "fax_standard_g4", [faxstd_vendor(rng)]),
        Item(F + "faxstd_small_type_transportation_denial_cc_ride_company", "fax_standard_g4", [faxstd_letter(rng)]),
        Item(F + "phone_member_eob_table_pest_control_row_denied", "phone_photo", [phone_eob(rng)]),
        Item(F + "rotated_recoupment_letter_meal_vendor_ssbci_not_verified", "rotated", [rotated_recoup(rng)]),
        Item(F + "lowres_spanish_idn_meals_denial", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "faxfine_stack_cover_favorable_reconsideration_then_transport_idn", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
