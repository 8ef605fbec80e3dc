"""Minnesota Refugee Medical Assistance (RMA) claim notices, mirrored for structure and wording style only: the
Minnesota Department of Human Services (Minnesota Health Care Programs) denies claims for services given after the
member's RMA eligibility months ended, or before RMA coverage began. The department, RMA, Medical Assistance,
MinnesotaCare and the state fair hearing appear as themselves; every clinic, person, date and number is invented
(the eligibility months, the 60-day provider reconsideration and 30-day overpayment appeal windows are invented
for the family).

Documents (8 in 7 files):
- bd_member_explanation_of_medical_benefits_one_row_after_rma_end: the member's explanation of medical benefits,
  five claims in a ruled table, four paid inside the RMA months and the February urgent care claim denied (RMA
  ended); arrival date, date of birth, eligibility months, an example amount, fair hearing limits and taglines as
  decoys.
- faxstd_provider_claim_notice_caption_boxes_pmi_in_char_boxes: the department's claim notice to a clinic in small
  caption boxes under a typed fax header, the PMI printed one character to a box (letter O / digit 0 mixed), a
  related earlier claim, the billing NPI and a 60-day provider reconsideration.
- faxstd_member_notice_small_type_date_only_in_heading_re_line_provider: a member notice in 7 pt whose only date
  is the heading ("NOTICE OF DENIAL OF PAYMENT - MARCH 4, 2026"); the provider named only in the Re: line; the
  fax header's later send date as a decoy; the PMI split across a line break.
- phone_clinic_statement_one_line_denied_rma_ended: the community clinic's statement to the patient, three
  lines paid by RMA, one denied (after RMA ended) left to the patient (denies nothing).
- rotated_overpayment_letter_dental_claim_paid_after_rma_end: the department's overpayment (recovery) letter to a
  dental office for a claim paid for a date after RMA ended; withholding from future payments.
- lowres_spanish_service_before_rma_began_child: a Spanish notice to a parent: the child's pediatric visit was
  before RMA coverage began.
- faxfine_stack_reprocessed_paid_then_ambulance_denial_cc: a fax cover, a notice that a claim was reprocessed and
  paid after the arrival date was corrected (denies nothing), then an ambulance claim denied after RMA ended with
  the ambulance service only in a cc line (page upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import ordinal_date, tiny_date
from kit_rounddl_famdlc import DLSheet, confusable_id
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "refugee_medical_assistance_eligibility_period_claim_denial"
LANG = "en"
SEED = 351902
AGENCY = "Minnesota Department of Human Services"
MHCP = "Minnesota Health Care Programs"
CLINIC = "Birchwood Landing Community Clinic"
DENTAL = "Silver Maple Family Dentistry"
URGENT = "Loonwater Urgent Care"
PEDS = "Halden Pines Pediatrics"
AMBUL = "Tamarack Narrows Ambulance Service"
FIRST = ["Abdiwali", "Nyaluak", "Hsa Eh", "Farida", "Oksana", "Mustafa", "Paw Htoo", "Wahida", "Yusuf", "Dilnoza",
         "Ahmad Zia", "Mariam"]
LAST = ["Warfaa", "Chuol", "Htoo", "Karimi", "Bondarenko", "Sayedi", "Moo", "Nazari", "Abdulle", "Rakhimova",
        "Stanekzai", "Haidari"]


def _person(rng):
    return f"{rng.choice(FIRST)} {rng.choice('ABDHKMNRSTWY')}. {rng.choice(LAST)}"


def _pmi(rng):
    """A PMI-like member number: eight characters with letter O / digit 0 and letter I / digit 1 mixed in."""
    return confusable_id(rng, rng.choice(["odddiodd", "diddoidd", "ddoiddod"]))


def _elig(rng):
    """(arrival date, first RMA day, last RMA day)."""
    arr = dt.date(2025, rng.choice([8, 9]), rng.randint(3, 26))
    start = dt.date(arr.year, arr.month, 1)
    end = dt.date(2026, 1, 31)
    return arr, start, end


def _zip4(rng):
    return f"St. Paul, MN 55164-{digits(rng, 4)}"


def _letterhead(p: DLSheet, rng, unit: str, size: float = 1.0):
    p.f(12 * size, "B")
    p.cell(0, 6 * size, AGENCY, new_x="LMARGIN", new_y="NEXT")
    p.f(8 * size)
    p.cell(0, 4 * size, f"{MHCP}  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4 * size, f"PO Box 64{digits(rng, 3)}, {_zip4(rng)}  |  651-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 3)


def _hearing(p: DLSheet, size: float = 8.6):
    p.para("**Your right to appeal (state fair hearing).** If you disagree with this action, you may ask for a "
           "state fair hearing. Your request must reach the Appeals Division within 30 days of the date you "
           "receive this notice (up to 90 days if you have a good reason for being late). You may represent "
           "yourself or have a friend, relative or attorney speak for you. If a delay could seriously harm your "
           "health, ask for an expedited hearing; a decision is made within 72 hours.", size)


def bd_member_eomb(rng):
    mem = _person(rng)
    pmi = _pmi(rng)
    arr, start, end = _elig(rng)
    dob = dt.date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
    nd = dt.date(2026, 3, rng.randint(9, 20))
    provs = [CLINIC, CLINIC, "Red Pine Lab Services", CLINIC, URGENT]
    svc = ["New patient visit", "Office visit", "Lab panel", "Vaccine", "Urgent care visit"]
    dates = [dt.date(2025, 10, rng.randint(6, 24)), dt.date(2025, 11, rng.randint(3, 21)),
             dt.date(2025, 11, rng.randint(24, 28)), dt.date(2026, 1, rng.randint(5, 23)),
             dt.date(2026, 2, rng.randint(3, 20))]
    tcn = [f"2{digits(rng, 13)}" for _ in dates]
    deny = 4
    rows = []
    for i in range(5):
        billed = amount(rng, 90, 420)
        if i == deny:
            paid, rmk, dbill = 0.0, "E7", billed
            owe = "See note"
        else:
            paid, rmk = round(billed * rng.uniform(0.42, 0.6), 2), ""
            owe = "$0.00"
        rows.append([tcn[i], fdate(dates[i], "slash"), provs[i], svc[i], money(billed), money(paid), owe, rmk])
    p = DLSheet(footer="Page {n} of {nb}", cont=f"{mem}  |  PMI {pmi}  |  Explanation of Medical Benefits")
    p.set_margins(15, 13, 15)
    p.add_page()
    _letterhead(p, rng, "Member Claims Unit")
    p.line("EXPLANATION OF MEDICAL BENEFITS", 12.5, "B")
    p.line("This is not a bill. Keep it for your records.", 8.5)
    p.ln(2)
    p.right_block([("Date of this notice:", fdate(nd, "long")), ("Member:", mem), ("PMI number:", pmi),
                   ("Date of birth:", fdate(dob, "slash")), ("Program:", "Refugee Medical Assistance (RMA)"),
                   ("Date of arrival in the U.S.:", fdate(arr, "slash")),
                   ("RMA eligibility months:", f"{fdate(start, 'slash')} - {fdate(end, 'slash')}")], w=120, size=8.6)
    p.ln(3)
    p.para("This notice lists health care claims we processed for you. Refugee Medical Assistance pays for covered "
           "services only during your RMA eligibility months, which are counted from the month you arrived in the "
           "United States.", 9)
    p.table(["Claim number (TCN)", "Date of service", "Provider", "Service", "Billed", "RMA paid", "You owe", "Note"],
            rows, [25, 17, 52, 26, 17, 17, 15, 9], size=7.2, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para(f"**E7**  Not eligible on the date of service. Your RMA eligibility ended on {fdate(end, 'long')}. "
           f"We cannot pay claim {tcn[deny]} for services on {fdate(dates[deny], 'long')}. {URGENT} may bill "
           "you unless you have other coverage for that date. If you applied for Medical Assistance or "
           "MinnesotaCare, tell your county worker; coverage there may pay this claim.", 8.8)
    p.para("How to read this notice: \"Billed\" is what the provider charged. Providers who accept RMA cannot bill "
           "you for the difference. For example, if a provider billed $200.00 and RMA paid $96.40, you owe nothing "
           "for that claim.", 8.6)
    _hearing(p)
    p.boilerplate(AGENCY, f"651-555-{digits(rng, 4)}")
    t = truth("eob", "eligibility", insurer=AGENCY, member_id=pmi, member_name=mem, cases=[tcn[deny]],
              claim_amount=m2(dbill), service_dates=[span(dates[deny])], denial_date=nd.isoformat(),
              provider=URGENT)
    return out(p), t


def faxstd_provider_notice(rng):
    mem = _person(rng)
    pmi = _pmi(rng)
    arr, start, end = _elig(rng)
    dob = dt.date(rng.randint(1960, 1995), rng.randint(1, 12), rng.randint(1, 28))
    nd = dt.date(2026, 3, rng.randint(2, 27))
    dos = dt.date(2026, 2, rng.randint(2, 26))
    prev = dt.date(2026, 1, rng.randint(5, 27))
    billed = amount(rng, 180, 360)
    tcn = f"2{digits(rng, 13)}"
    rel = f"2{digits(rng, 13)}"
    doc = "Dr. Ilse Norgaard"
    fax = (f"{tiny_date(nd)} 14:{rng.randint(10, 59)}  MN DHS MHCP PROVIDER  651-555-{digits(rng, 4)}  ->  BIRCHWOOD "
           f"LANDING CC  612-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _letterhead(p, rng, "Provider Claims Processing", 0.85)
    p.f(7.2)
    for ln in [f"To: {CLINIC}", "Attn: Billing Office", f"{rng.randint(100, 9800)} Railroad St, Minneapolis MN "
               f"554{rng.randint(10, 99)}-{digits(rng, 4)}"]:
        p.cell(0, 3.4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER CLAIM NOTICE - RECIPIENT NOT ELIGIBLE ON DATE OF SERVICE", 8.4, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("TCN (claim number)", tcn, 42), ("Billing NPI", digits(rng, 10), 32),
         ("Provider ID", digits(rng, 10), 32), ("Patient acct", f"BL{digits(rng, 7)}", 32)],
        [("Recipient", mem, 54), ("Date of birth", fdate(dob, "slash"), 28), ("Program", "RMA", 18),
         ("RMA ended", fdate(end, "slash"), 26), ("Rendering", doc, 40)],
        [("Date of service", fdate(dos, "slash"), 30), ("Procedure", "99214", 22), ("Units", "1", 14),
         ("Billed", money(billed), 28), ("Paid", "$0.00", 24), ("Remark", "E7 / N30", 30)],
    ], cap=5.8, val=7.4)
    p.char_boxes("PMI (recipient ID)", pmi, cap=5.8, val=8.5)
    p.para(f"E7 / N30  The recipient was not eligible for Refugee Medical Assistance on the date of service. RMA "
           f"eligibility months for this recipient were {fdate(start, 'slash')} through {fdate(end, 'slash')} "
           f"(arrival {fdate(arr, 'slash')}). Related claim {rel} for {tiny_date(prev)} was paid.", 7.1)
    p.para("Check eligibility in MN-ITS before each visit. If the recipient was approved for Medical Assistance or "
           "MinnesotaCare for this date, submit a new claim; do not bill RMA.", 7.1)
    p.add_page()
    p.band("PROVIDER RECONSIDERATION", 7.4)
    p.para("You may ask us to reconsider this claim within 60 days of the date of this notice. Send the claim "
           "number, the reason and any eligibility record you have. New claims must be received within 12 months "
           "of the date of service. Form DHS-PCN-7 (1/26).", 7.1)
    p.para(f"Provider Call Center 651-555-{digits(rng, 4)} or 1-800-555-{digits(rng, 4)}.", 7.1)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=pmi, member_name=mem, cases=[tcn],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"provider": [doc]})
    return out(p), t


def faxstd_member_notice(rng):
    mem = _person(rng)
    pmi = _pmi(rng)
    arr, start, end = _elig(rng)
    nd = dt.date(2026, 3, rng.randint(2, 20))
    sent = plus(nd, 2)
    dos = dt.date(2026, 2, rng.randint(2, 20))
    billed = amount(rng, 140, 290)
    tcn = f"2{digits(rng, 13)}"
    fax = (f"{fdate(sent, 'short')} 10:{rng.randint(10, 59)}  FROM: MN DHS MEMBER NOTICES  FAX 651-555-{digits(rng, 4)}"
           f"   P {{n}}/1")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 12, 20)
    p.add_page()
    _letterhead(p, rng, "Member Notices", 0.8)
    p.f(7.2)
    for ln in [mem, f"{rng.randint(100, 9800)} Sycamore Ave Apt {rng.randint(1, 40)}",
               f"Rochester MN 559{rng.randint(10, 99)}"]:
        p.cell(0, 3.3, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line(f"NOTICE OF DENIAL OF PAYMENT - {nd.strftime('%B').upper()} {nd.day}, {nd.year}", 9, "B")
    p.ln(1)
    p.f(7.2, "B")
    p.cell(8, 3.4, "Re:")
    p.f(7.2)
    p.cell(0, 3.4, f"Services from {URGENT} on {fdate(dos, 'long')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    half = 4
    p.para(f"Dear {mem}: Your member number (PMI) is {pmi[:half]}\n{pmi[half:]} (write it on anything you send us). "
           f"We will not pay claim {tcn} for {money(billed)}. The services were given after your Refugee Medical "
           f"Assistance ended.", 7.2)
    p.para(f"**Why.** RMA covers you only during your eligibility months, counted from the month you arrived in the "
           f"United States ({fdate(arr, 'slash')}). Your RMA months were {fdate(start, 'long')} through "
           f"{fdate(end, 'long')}. No RMA coverage was open on the date of this service.", 7.2)
    p.para("**What you can do.** If you have applied for Medical Assistance or MinnesotaCare, or you have insurance "
           "through a job, give that information to the provider. If you think your arrival date is wrong on our "
           "records, send a copy of your I-94 record to your county worker.", 7.2)
    p.para("**Your right to appeal.** You may ask for a state fair hearing. Your request must reach the Appeals "
           "Division within 30 days of the date you receive this notice, or within 90 days if you have a good "
           "reason for being late. Expedited hearings (72 hours) are for urgent health needs. Legal aid may be "
           "free: call 1-888-555-" + digits(rng, 4) + ".", 7.2)
    p.para(f"Member Help Desk 651-555-{digits(rng, 4)} (TTY 711). Notice code DHS-RMA-0422.", 7.2)
    p.boilerplate(AGENCY, f"651-555-{digits(rng, 4)}", size=6.2)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=pmi, member_name=mem, cases=[tcn],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=URGENT)
    return out(p), t


def phone_clinic_statement(rng):
    mem = _person(rng)
    pmi = _pmi(rng)
    arr, start, end = _elig(rng)
    sd = dt.date(2026, 3, rng.randint(16, 27))
    d = [dt.date(2025, 11, rng.randint(3, 26)), dt.date(2025, 12, rng.randint(1, 19)), dt.date(2026, 1, rng.randint(5, 28)),
         dt.date(2026, 2, rng.randint(9, 26))]
    codes = [("99204", "New patient visit"), ("90686", "Flu vaccine"), ("99213", "Office visit"),
             ("99213", "Office visit")]
    b = [amount(rng, 210, 280), amount(rng, 38, 60), amount(rng, 130, 170), amount(rng, 130, 170)]
    paid = [round(b[0] * 0.47, 2), round(b[1] * 0.6, 2), round(b[2] * 0.5, 2), 0.0]
    adj = [round(b[i] - paid[i], 2) for i in range(3)] + [0.0]
    bal = [round(b[i] - paid[i] - adj[i], 2) for i in range(4)]
    acct = f"BL{digits(rng, 7)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Family medicine  |  interpreters available  |  Minneapolis MN  |  612-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11.5, "B")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account number:", acct), ("Patient:", mem),
                   ("Insurance:", "MN Refugee Medical Assistance"), ("Insurance ID:", pmi)], w=104, size=8.6)
    p.ln(4)
    rows = []
    for i in range(4):
        rows.append([fdate(d[i], "slash"), codes[i][0], codes[i][1], money(b[i], "nosign"),
                     money(paid[i], "nosign") if paid[i] else "DENIED", money(adj[i], "nosign"),
                     money(bal[i], "nosign")])
    rows.append(["", "", "Amount due", money(sum(b), "nosign"), money(sum(paid), "nosign"),
                 money(sum(adj), "nosign"), money(sum(bal), "nosign")])
    p.table(["Date", "Code", "Description", "Charge", "Insurance paid", "Adjustment", "Your balance"], rows,
            [22, 16, 42, 22, 24, 24, 26], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Minnesota Refugee Medical Assistance paid your visits through January. It did not pay the visit on "
           f"{fdate(d[3], 'long')}: your RMA ended {fdate(end, 'slash')}. That visit, {money(b[3])}, is now your "
           "balance.", 9)
    p.para("You may qualify for our sliding fee discount. Ask the front desk for the form, or call our billing "
           "office. Payment is due in 30 days.", 9)
    t = truth("other", None, insurer=AGENCY, member_id=pmi, member_name=mem, claim_amount=m2(b[3]),
              service_dates=[span(d[3])], denial_date=sd.isoformat(), provider=CLINIC, unscored=["insurer"],
              alternates={"claim_amount": [m2(sum(bal)), m2(sum(b)), None], "service_dates": [[span(x) for x in d]]})
    return out(p), t


def rotated_overpayment(rng):
    mem = _person(rng)
    pmi = _pmi(rng)
    arr, start, end = _elig(rng)
    ld = dt.date(2026, 4, rng.randint(6, 24))
    dos = dt.date(2026, 2, rng.randint(2, 25))
    paidon = plus(dos, rng.randint(14, 30))
    billed = amount(rng, 240, 520)
    paid = round(billed * 0.38, 2)
    tcn = f"2{digits(rng, 13)}"
    ref = f"OP-26-{digits(rng, 5)}"
    dentist = "Dr. Rasmus Ekdahl"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _letterhead(p, rng, "Provider Payment Review")
    p.line(ordinal_date(ld) + f"   ({fdate(ld, 'dash')})", 10)
    p.ln(3)
    for ln in [DENTAL, "Attn: Office Manager", f"{rng.randint(100, 9800)} Harbor View Dr", "Duluth MN 558"
               f"{rng.randint(10, 99)}"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.re_block([f"Overpayment notice {ref}", f"Recipient {mem}, PMI {pmi}", f"TCN {tcn}"], size=9.4)
    p.para("Dear Provider:", 9.8)
    p.para(f"During a review of paid claims we found that we paid claim {tcn} for dental services on "
           f"{fdate(dos, 'long')}. The recipient's Refugee Medical Assistance eligibility ended on "
           f"{fdate(end, 'long')}, before that date of service, so the payment of {money(paid)} (billed "
           f"{money(billed)}, paid {fdate(paidon, 'slash')}) was made in error. This amount is an overpayment.", 9.8)
    p.para("We will recover the overpayment by withholding it from your next payments, starting 30 days after the "
           "date of this letter, unless you repay it sooner by check made out to the department with the notice "
           "number on it.", 9.8)
    p.para("**If you disagree.** You may appeal this decision in writing within 30 days of the date of this letter. "
           "Include the notice number and any record showing the recipient had coverage on the date of service. "
           "An appeal does not stop the withholding unless you ask for a stay.", 9.8)
    p.para(f"Provider Payment Review Unit\n{AGENCY}\nFax 651-555-{digits(rng, 4)}", 9.8)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=pmi, member_name=mem, cases=[ref, tcn],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ld.isoformat(), provider=DENTAL,
              appeal_deadline=plus(ld, 30).isoformat(), denial_alternates=["other"], type_alternates=["other"],
              alternates={"claim_amount": [m2(paid)], "case_numbers": [[ref], [tcn]], "provider": [dentist]})
    return out(p), t


def lowres_spanish(rng):
    child = _person(rng)
    parent = _person(rng)
    pmi = _pmi(rng)
    start = dt.date(2026, 2, 1)
    arr = dt.date(2026, 1, rng.randint(12, 28))
    dos = plus(start, -rng.randint(3, 9))
    nd = dt.date(2026, 3, rng.randint(3, 25))
    billed = amount(rng, 160, 260)
    tcn = f"2{digits(rng, 13)}"
    dob = dt.date(rng.randint(2015, 2022), rng.randint(1, 12), rng.randint(1, 28))
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _letterhead(p, rng, "Avisos para miembros")
    p.line("Aviso de denegación de pago", 12.5, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Paciente", child),
             ("Fecha de nacimiento", fdate(dob, "dmy", "es")), ("Número PMI", pmi), ("Padre o madre", parent),
             ("Número de reclamo", tcn), ("Fecha de servicio", fdate(dos, "long", "es")),
             ("Proveedor", PEDS), ("Cargo facturado", money(billed))], label_w=46, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.8)
    p.para(f"No podemos pagar la visita de {child} a {PEDS}. La Asistencia Médica para Refugiados (RMA) de "
           f"{child.split()[0]} comenzó el {fdate(start, 'long', 'es')}. La visita fue antes de esa fecha, cuando "
           "todavía no tenía cobertura de RMA.", 9.8)
    p.para(f"Llegada a los Estados Unidos: {fdate(arr, 'dmy', 'es')}. Si la fecha de llegada en nuestros registros "
           "no es correcta, envíe una copia del registro I-94 a su trabajador del condado.", 9.8)
    p.para("**Su derecho a apelar.** Puede pedir una audiencia imparcial estatal. Su solicitud debe llegar a la "
           "División de Apelaciones dentro de 30 días a partir de la fecha en que reciba este aviso (hasta 90 días "
           "si tiene una buena razón). Si su salud corre grave peligro, pida una audiencia acelerada (72 horas).",
           9.8)
    p.boilerplate(AGENCY, f"651-555-{digits(rng, 4)}")
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=pmi, member_name=child, cases=[tcn],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=PEDS,
              lang="es")
    return out(p), t


def faxfine_stack(rng):
    mem = _person(rng)
    pmi = _pmi(rng)
    nd1 = dt.date(2026, 4, rng.randint(1, 10))
    dos1 = dt.date(2026, 1, rng.randint(5, 23))
    b1 = amount(rng, 120, 220)
    paid1 = round(b1 * 0.52, 2)
    tcn1 = f"2{digits(rng, 13)}"
    old = f"2{digits(rng, 13)}"
    arr_old = dt.date(2025, 1, rng.randint(6, 27))
    arr_new = dt.date(2025, 3, rng.randint(3, 27))
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _letterhead(p, rng, "Member Claims Unit")
    p.pairs([("Date", fdate(nd1, "slash")), ("Member", mem), ("PMI", pmi), ("Claim (TCN)", tcn1),
             ("Replaces denied claim", old), ("Date of service", fdate(dos1, "slash")),
             ("Provider", CLINIC), ("Billed / paid", f"{money(b1)} / {money(paid1)}")], label_w=44, size=9.4)
    p.ln(3)
    p.line("Claim reprocessed and paid", 11.5, "B")
    p.ln(1)
    p.para(f"Dear {mem}:", 9.8)
    p.para(f"Your county corrected your date of arrival in the United States from {fdate(arr_old, 'slash')} to "
           f"{fdate(arr_new, 'slash')}. With the corrected date, your Refugee Medical Assistance covered the visit "
           f"on {fdate(dos1, 'long')}. We reprocessed the claim and paid {CLINIC}. You owe nothing for this visit.",
           9.8)
    p.para("Keep this notice. You do not need to do anything.", 9.8)
    doc1 = (out(p), truth("other", None, insurer=AGENCY, member_id=pmi, member_name=mem, cases=[tcn1],
                          claim_amount=m2(b1), service_dates=[span(dos1)], denial_date=nd1.isoformat(),
                          provider=CLINIC, type_alternates=["eob"],
                          alternates={"case_numbers": [[tcn1, old]]}))
    nd2 = plus(nd1, rng.randint(6, 15))
    dos2 = dt.date(2026, 3, rng.randint(2, 20))
    end = dt.date(2026, 2, 28)
    b2 = amount(rng, 680, 1450)
    tcn2 = f"2{digits(rng, 13)}"
    q = DLSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _letterhead(q, rng, "Member Notices")
    q.pairs([("Notice date", fdate(nd2, "long")), ("Member", mem), ("PMI", pmi), ("Claim number", tcn2),
             ("Date of service", fdate(dos2, "slash")), ("Service", "Ambulance transport, emergency (A0427)"),
             ("Amount billed", money(b2))], label_w=40, size=9.4)
    q.ln(3)
    q.line("We cannot pay this claim", 11.5, "B")
    q.ln(1)
    q.para(f"Dear {mem}:", 9.8)
    q.para(f"Your Refugee Medical Assistance ended on {fdate(end, 'long')} (with your corrected arrival date, your "
           f"RMA months ended then). The ambulance ride on {fdate(dos2, 'long')} was after that date, so RMA "
           "cannot pay for it. If you applied for Medical Assistance, your county may still approve coverage for "
           "March; tell the ambulance company if that happens.", 9.8)
    _hearing(q, 9)
    q.para(f"Member Help Desk 651-555-{digits(rng, 4)} (TTY 711)", 9)
    q.para(f"cc: {AMBUL}", 8)
    doc2 = (out(q), truth("denial_letter", "eligibility", insurer=AGENCY, member_id=pmi, member_name=mem,
                          cases=[tcn2], claim_amount=m2(b2), service_dates=[span(dos2)], denial_date=nd2.isoformat(),
                          provider=AMBUL))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_explanation_of_medical_benefits_one_row_after_rma_end", "born_digital",
             [bd_member_eomb(rng)]),
        Item(F + "faxstd_provider_claim_notice_caption_boxes_pmi_in_char_boxes", "fax_standard_g4",
             [faxstd_provider_notice(rng)]),
        Item(F + "faxstd_member_notice_small_type_date_only_in_heading_re_line_provider", "fax_standard_g4",
             [faxstd_member_notice(rng)]),
        Item(F + "phone_clinic_statement_one_line_denied_rma_ended", "phone_photo", [phone_clinic_statement(rng)]),
        Item(F + "rotated_overpayment_letter_dental_claim_paid_after_rma_end", "rotated", [rotated_overpayment(rng)]),
        Item(F + "lowres_spanish_service_before_rma_began_child", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "faxfine_stack_reprocessed_paid_then_ambulance_denial_cc", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
