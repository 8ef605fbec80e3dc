"""Claim and appeal notices mirrored (structure and wording style only) from the letters a carrier selling Cascade
Care plans on Washington Healthplanfinder sends its enrollees. Cascade Care, Washington Healthplanfinder, the
Washington Health Benefit Exchange, the Office of the Insurance Commissioner (OIC) and review by an independent
review organization appear as themselves; the carrier (Salal Ridge Health Plan), its plan IDs, rules and time limits,
every clinic, doctor, person, number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_eob_four_claims_pt_clinic_not_in_network: a landscape member EOB of four claims ("Enrollee ID", HIOS-shaped
  plan ID, plan year, DOB and deductible decoys); only the physical therapy row (From/Thru span) pays 0.00 because
  the clinic is not in the plan's Cascade Care network.
- faxstd_three_page_letter_mri_nobody_asked_first: a three-page letter on a standard fax with a running header
  (letter ID, "Page n of 3"); member block on page 1, the MRI, the imaging center, the ordering doctor, the bill
  and the claim number only in sentences on page 2, rights on page 3 (form number with revision date, received
  date, 72-hour and external review decoys).
- phone_es_cobertura_terminada_periodo_de_gracia: a photographed Spanish letter: the visit came after coverage
  ended at the end of the premium grace period; every fact in sentences.
- rotated_appeal_overturned_labels_right: an appeal decision that reverses the refusal (denies nothing), labels to
  the right of their values, fed sideways.
- lowres_no_labels_endoscopy_not_shown_needed: a no-label letter at 150 dpi: an upper endoscopy the records do
  not show was needed; "for example, write ..." instructions with an example number.
- photocopy_two_page_appeal_upheld_inpatient_vs_observation: a photocopied two-page appeal decision keeping the
  refusal of two inpatient days that could have been observation; odd labels ("Matter no.", "Where you got care",
  "Date(s) you got care", "Amount the hospital asked for") on page 2; only external review left.
- finefax_stack_cover_provider_notice_late_claim_then_clinic_statement_sideways: a fax cover sheet, a provider
  claim notice with three rows of which one came in after the filing window, then the clinic's statement to the
  patient fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import STREETS, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "washington_cascade_care_qhp_claim_and_appeal_notice"
LANG = "en"
SEED = 353105
INS = "Salal Ridge Health Plan"
ALT = ["Salal Ridge"]
PLAN_NAME = "Salal Ridge Cascade Care Silver"
CLINICS = ["Tillicum Bay Physical Therapy", "Narrows Point Imaging", "Cedar Slough Family Medicine",
           "Wollochet Gastroenterology Associates", "Fircrest Hollow Hospital", "Nisqually Flats Community Clinic"]


def eid(rng):
    return f"SRW{digits(rng, 9)}"


def clm(rng):
    return f"26W{digits(rng, 9)}"


def hios(rng):
    return f"{digits(rng, 5)}WA{digits(rng, 3)}{digits(rng, 4)}-0{rng.randint(1, 6)}"


def dob(rng, lo=1956, hi=2001):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def address(rng):
    """A Washington street address with a ZIP+4 (invented)."""
    city, z = rng.choice([("Olympia", "985"), ("Tacoma", "984"), ("Lakewood", "984"), ("Puyallup", "983"),
                          ("Gig Harbor", "983"), ("Yakima", "989"), ("Bellingham", "982")])
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} WA {z}{rng.randint(10, 99)}-{digits(rng, 4)}"]


def phone(rng, area="800"):
    return f"1-{area}-555-{digits(rng, 4)}"


def _head(p: DRSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Tacoma WA 98401-{digits(rng, 4)}  |  "
                 f"{phone(rng, '888')}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.cell(0, 3.6, "A Cascade Care plan sold through Washington Healthplanfinder", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, pt, pcp, lab = people(rng, 4)
    mid = eid(rng)
    pid = hios(rng)
    d0 = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 9))
    ptf, ptt = plus(d0, 3), plus(d0, 3 + 7 * 3)
    sd = plus(ptt, rng.randint(24, 35))
    src = [(d0, d0, "Cedar Slough Family Medicine", f"Dr. {pcp}", "99214 Office visit", amount(rng, 190, 260), False),
           (d0, d0, "Puyallup Ridge Laboratory", lab, "80053 Metabolic panel", amount(rng, 40, 90), False),
           (ptf, ptt, "Tillicum Bay Physical Therapy", pt, "97110 x4 Therapeutic exercise", amount(rng, 520, 780),
            True),
           (plus(ptt, 5), plus(ptt, 5), "Cedar Slough Family Medicine", f"Dr. {pcp}", "99213 Follow-up",
            amount(rng, 140, 200), False)]
    rows, claims, deny = [], [], 2
    for a, b, bill, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), bill, rend, svc, money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "NW7"])
        else:
            al = round(c * rng.uniform(0.5, 0.72), 2)
            you = round(al * 0.25, 2)
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), bill, rend, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - you, "nosign"), money(you, "nosign"), "P1"])
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"SRHP-EOB-2 (Rev. 01/2026)")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("YOUR EXPLANATION OF BENEFITS  -  NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Who got care", patient), ("Enrollee ID", mid), ("Plan ID (HIOS)", pid), ("Plan", PLAN_NAME),
                ("Date of this statement", fdate(sd, "long"))], [52, 38, 46, 60, 61.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible so far", "$1,410.00 of $2,500.00"),
                ("Birth date", fdate(dob(rng), "slash")), ("Premium help", "Cascade Care Savings applied")],
               [62, 66, 40, 89.4])
    p.ln(3)
    p.table(["Claim", "From", "Thru", "Billed by", "Seen by", "Service", "Amount charged", "Allowed", "Plan paid",
             "Your share", "Note"], rows, [25, 17, 17, 50, 34, 42, 17, 15, 15, 15, 10.4], size=7.7,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** P1: paid under your plan; your share is your coinsurance. NW7: this clinic has not signed on "
           "to see members of our Cascade Care network, and your plan pays outside the network only in an "
           "emergency. You may owe the clinic its full charge.", 8.4)
    p.para("**If you disagree.** Send us an appeal within 180 days of the date of this statement. If waiting could "
           "seriously harm your health, ask for a fast appeal (we decide within 72 hours). After our final decision "
           "you may ask for review by an independent review organization; the Office of the Insurance Commissioner "
           f"can help you ({phone(rng)}).", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=pid, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][5]), service_dates=[span(ptf, ptt)],
              denial_date=sd.isoformat(), provider="Tillicum Bay Physical Therapy",
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [PLAN_NAME, None], "provider": [pt]})
    return out(p), t


def faxstd_letter(rng):
    patient, md, sig = people(rng, 3)
    mid = eid(rng)
    nd = dt.date(2026, rng.choice([4, 5]), rng.randint(4, 26))
    dos = plus(nd, -rng.randint(30, 45))
    billed = amount(rng, 1600, 2900)
    n = clm(rng)
    lid = f"SR-L-{digits(rng, 7)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SALAL RIDGE HP  253-555-{digits(rng, 4)}  "
           f"P.{{n}}/003")
    p = DRSheet(footer=None, fax_hdr=fax, run_hdr=f"{INS}  |  Letter {lid}  |  Page {{n}} of 3")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} {rng.choice(['Alder St', 'Hilltop Rd NE', 'Ruston Way'])}",
               f"Olympia WA 98501-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Your reference", mid), ("Our letter", lid)], label_w=34, size=9.4)
    p.ln(2)
    p.para(f"Dear {patient}:", 10)
    p.para("We looked at a claim sent to us for care you received this year. This letter explains what we decided "
           "and why. Please read all three pages. Page 2 tells you what the claim was for and what we decided. Page 3 "
           "tells you how to ask us to look again.", 10)
    p.para("You are enrolled in a Cascade Care plan that you chose on Washington Healthplanfinder. Questions about "
           "your enrollment, your premium or Cascade Care Savings go to Washington Healthplanfinder. Questions about "
           "this claim come to us.", 10)
    p.para(f"Customer service: {phone(rng, '888')}, Monday to Friday, 8 a.m. to 6 p.m. TTY 711.", 10)
    p.add_page()
    p.heading("What we decided", 11.5, rule=True)
    p.para(f"On {fdate(dos, 'long')} you had an MRI of the lower back at Narrows Point Imaging in Lakewood. "
           f"Dr. {md} of Cedar Slough Family Medicine ordered it. The imaging center billed {money(billed)} for the "
           f"scan and its reading, and we are handling that bill under claim number {n}.", 10)
    p.para("Your plan asks us to say yes to an MRI before it is done, except in an emergency. Nobody sent us that "
           "request for this scan, and the records do not show an emergency. So we are not paying this claim. "
           "Because the imaging center is in our network, it may not bill you for this scan while the claim "
           "is being reviewed or appealed.", 10)
    p.para(f"We received the claim on {fdate(plus(dos, 9), 'slash')}. Your birth date on file is "
           f"{fdate(dob(rng), 'slash')}. If either is wrong, call us.", 10)
    p.para("If Dr. {0} asks us now and we find the scan met our guidelines, we will look at the claim again; "
           "that does not stop you from appealing.".format(md.split(" ")[-1]), 10)
    p.add_page()
    p.heading("Your right to appeal", 11.5, rule=True)
    p.para("You, your doctor or someone you name may appeal. Your appeal must reach us within 180 days of the date "
           "of this letter. Send a letter or Form SRHP-APL-1 (Rev. 03/2026), and any notes from your doctor.", 10)
    p.para("If waiting the usual 30 days could seriously harm your health, ask for an expedited appeal; we decide "
           "within 72 hours. If we keep our decision, you may ask for an independent review organization to look at "
           "it; we will tell you how in our appeal decision.", 10)
    p.para("The Office of the Insurance Commissioner can answer questions about your rights as a Washington "
           f"consumer ({phone(rng)}). Appeals: {INS}, Appeals Unit, PO Box {rng.randint(2100, 9800)}, Tacoma WA "
           f"98401-{digits(rng, 4)}. Fax {phone(rng, '253')}.", 10)
    p.para(f"Sincerely,\n\n{sig}\nClaims Review", 10)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider="Narrows Point Imaging", appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [md]})
    return out(p), t


def phone_es(rng):
    patient, md, sig = people(rng, 3)
    mid = eid(rng)
    end = dt.date(2026, 3, 31)
    dos = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(dos, rng.randint(25, 40))
    billed = amount(rng, 180, 420)
    n = clm(rng)
    clinic = "Nisqually Flats Community Clinic"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"El {fdate(dos, 'long', 'es')} usted fue a {clinic}, donde le atendió la Dra. {md}. La clínica nos "
           f"cobró {money(billed)} por esa visita y la manejamos con el número de reclamo {n}. Su número de miembro "
           f"es {mid}.", 10)
    p.para(f"No podemos pagar esta visita. Su plan de Cascade Care terminó el {fdate(end, 'long', 'es')}, al final "
           "del periodo de gracia de tres meses, porque no recibimos las primas de enero, febrero y marzo. La visita "
           "fue después de esa fecha, cuando usted ya no tenía cobertura con nosotros.", 10)
    p.para("Si cree que pagó a tiempo, envíenos el comprobante. Para preguntas sobre su inscripción o sobre la ayuda "
           "para pagar su prima, comuníquese con Washington Healthplanfinder.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si esperar pone en peligro su salud, "
           "pida una apelación acelerada (72 horas). La Oficina del Comisionado de Seguros (Office of the Insurance "
           f"Commissioner) puede ayudarle: {phone(rng)}.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=md,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def rotated_overturn(rng):
    patient, md, rev = people(rng, 3)
    mid = eid(rng)
    dos = dt.date(2026, 2, rng.randint(3, 25))
    nd = plus(dos, rng.randint(80, 100))
    billed = amount(rng, 900, 1700)
    n = clm(rng)
    ap = f"APL-26-{digits(rng, 6)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("APPEAL DECISION", 13, "B")
    p.ln(2)
    p.rpairs([(patient, "Enrollee"), (mid, "Enrollee ID"), (fdate(nd, "dash"), "Decision made on"),
              (ap, "Appeal file"), (n, "Claim this appeal is about"), (fdate(dos, "abbr"), "Date you got care"),
              (f"Dr. {md}", "Seen by"), ("Wollochet Gastroenterology Associates", "Where you got care"),
              (money(billed), "Amount the office asked for"),
              (fdate(plus(nd, -41), "dash"), "Appeal received")], val_w=82)
    p.para(f"Dear {patient}:", 10)
    p.para("**We changed our decision.** A gastroenterologist who did not take part in the first decision read the "
           "office notes you and your doctor sent. They show the test was needed, so we will now pay the claim under "
           "your plan's usual terms. You will get a new explanation of benefits showing your share.", 10)
    p.para("You do not need to do anything else. If you have questions, call us at "
           f"{phone(rng, '888')} (TTY 711).", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nMedical Director, Appeals", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[ap, n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=md,
              alternates={"insurer": ALT, "case_numbers": [[ap], [n]],
                          "provider": ["Wollochet Gastroenterology Associates"]})
    return out(p), t


def lowres_endoscopy(rng):
    patient, md, sig = people(rng, 3)
    mid = eid(rng)
    dos = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 26))
    nd = plus(dos, rng.randint(28, 40))
    billed = amount(rng, 2100, 3400)
    ref = f"MR{digits(rng, 9)}"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Medical Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {md} did an upper endoscopy for you on {fdate(dos, 'long')} at Wollochet Gastroenterology "
           f"Associates, and the office billed us {money(billed)}. We are not paying it. Our file for this is "
           f"{ref}.", 10)
    p.para("A doctor who reviews claims for us read the office notes. You had heartburn for about six weeks and had "
           "not yet tried the eight weeks of medicine our guideline asks for first. There was no trouble swallowing, "
           "weight loss or bleeding. The notes do not show the test was needed at that time.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Put the file number at the top of your "
           "letter; for example, write \"Appeal of MR000000000, 05/01/2026\". Urgent appeals are decided within 72 "
           f"hours. Your enrollee ID is {mid}. Questions: {phone(rng, '888')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMedical Review\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=md,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Wollochet Gastroenterology Associates"]})
    return out(p), t


def photocopy_upheld(rng):
    patient, att, rev, er = people(rng, 4)
    mid = eid(rng)
    adm = dt.date(2026, 1, rng.randint(8, 24))
    dis = plus(adm, 2)
    nd = plus(adm, rng.randint(90, 110))
    billed = amount(rng, 9800, 16500)
    n = clm(rng)
    mat = f"GR{digits(rng, 8)}"
    pid = hios(rng)
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Matter {mat}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("NOTICE OF APPEAL DECISION", 13, "B")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.under([(mid, "Subscriber number"), (pid, "Plan ID"), (fdate(dob(rng), "slash"), "Date of birth")],
            [60, 70, 49.9])
    p.para(f"Dear {patient}:", 10)
    p.para("You asked us to look again at our decision on a hospital stay. We have finished your appeal. The "
           "details of the stay, what we decided and why are on the next page.", 10)
    p.para("Your appeal was reviewed by a physician who did not make the first decision and who works in internal "
           "medicine. We looked at the hospital record, the emergency department notes and the letter you sent.", 10)
    p.para("This plan year runs from January 1, 2026 through December 31, 2026. Your out-of-pocket amount so far "
           "is $2,180.00.", 10)
    p.add_page()
    p.heading("The stay we looked at", 11.5, rule=True)
    p.pairs([("Matter no.", mat), ("Claim", n), ("Where you got care", "Fircrest Hollow Hospital"),
             ("Date(s) you got care", f"{fdate(adm, 'slash')} to {fdate(dis, 'slash')}"),
             ("Admitting doctor", f"Dr. {att}"),
             ("Amount the hospital asked for", money(billed)),
             ("Appeal reached us", fdate(plus(nd, -28), "slash"))], label_w=62, size=9.6)
    p.ln(2)
    p.heading("What we decided", 11.5, rule=True)
    p.para("**We are keeping our decision.** You came to the emergency department with chest pain. Your heart tests "
           "and blood work were normal within the first day, and you went home without any new treatment. The care "
           "you got could have been given while you stayed under observation, without being admitted. We will pay "
           "the emergency visit and the tests at the observation rate, not the two inpatient days.", 10)
    p.para(f"Dr. {er} of the emergency department is not affected by this decision.", 10)
    p.heading("What you can do next", 11.5, rule=True)
    p.para("This was your plan's last internal appeal. You may ask for an independent review organization to review "
           "our decision within 180 days of receiving this notice. The Office of the Insurance Commissioner can "
           f"help ({phone(rng)}). Expedited external reviews are decided within 72 hours.", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nMedical Director", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=pid, member_id=mid, member_name=patient,
              cases=[mat, n], claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(),
              provider="Fircrest Hollow Hospital", appeal_deadline=None,
              alternates={"insurer": ALT, "case_numbers": [[mat], [n]], "provider": [att]})
    return out(p), t


def finefax_stack(rng):
    p1, p2, p3, md, guar = people(rng, 5)
    mid = eid(rng)
    clinic = "Cedar Slough Family Medicine"
    nd = dt.date(2026, 8, rng.randint(4, 24))
    late = dt.date(2026, 1, rng.randint(5, 20))
    rows, claims, amts = [], [], []
    src = [(p1, eid(rng), plus(nd, -60), "99213", amount(rng, 140, 210), False),
           (p2, mid, late, "99395", amount(rng, 260, 340), True),
           (p3, eid(rng), plus(nd, -45), "90471", amount(rng, 30, 60), False)]
    for who, m, d, code, c, den in src:
        n = clm(rng)
        claims.append(n)
        amts.append(c)
        paid = "0.00" if den else money(round(c * 0.62, 2), "nosign")
        rows.append([who, m, n, fdate(d, "slash"), code, money(c, "nosign"), paid, "TF3" if den else "P1"])
    p = DRSheet(footer="Page {n} of {nb}", footer_left="SRHP-PCN (Rev. 02/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE", 12.5, "B")
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Billing office", clinic),
                ("Billing NPI", digits(rng, 10)), ("Tax ID", f"91-{digits(rng, 7)}")], [32, 70, 40, 45.9])
    p.ln(3)
    p.table(["Patient", "Enrollee ID", "Claim", "Service date", "Code", "Charged", "Paid", "Note"], rows,
            [40, 30, 30, 24, 16, 18, 15, 14.9], size=8.2, aligns=["L", "L", "L", "L", "L", "R", "R", "C"])
    p.para(f"TF3: our contract with your office asks for claims within 180 days of the service. This one reached us "
           f"on {fdate(plus(nd, -10), 'slash')}, after that window closed. The enrollee may not be billed for it. "
           "P1: paid at the contracted rate.", 8.6)
    p.para("To ask us to reconsider, write within 60 days of the date of this notice with proof the claim was sent on "
           f"time (for example, a clearinghouse acceptance report). Provider Services {phone(rng, '888')}, fax "
           f"{phone(rng, '253')}.", 8.6)
    doc1 = (out(p), truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=p2,
                          cases=[claims[1]], claim_amount=m2(amts[1]), service_dates=[span(late)],
                          denial_date=nd.isoformat(), provider=clinic, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT}, type_alternates=["eob"]))
    bd = plus(nd, rng.randint(10, 20))
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(clinic, "CSFM", [f"{rng.randint(100, 9800)} Bridgeport Way W, University Place WA 98466-"
                                 f"{digits(rng, 4)}  |  Billing {phone(rng, '253')}"], box="STATEMENT", size=12)
    q.addr_pair("Statement for", [guar, *address(rng)], "Pay to",
                [f"{clinic} Billing", f"PO Box {rng.randint(2000, 9000)}", f"Tacoma WA 98411-{digits(rng, 4)}"])
    q.grid([[("Statement date", fdate(bd, "abbr")), ("Account", f"CS{digits(rng, 8)}"), ("Patient", p2)],
            [("Visit", fdate(late, "slash")), ("Clinician", f"Dr. {md}"), ("Pay by", fdate(plus(bd, 30), "slash"))],
            [("Insurance", f"{INS} {mid}"), ("Insurance status", "Closed - no patient balance")]], size=8.4)
    q.table(["Date", "Code", "Description", "Charge"], [[fdate(late, "slash"), "99395", "Preventive visit, 18-39",
                                                        money(amts[1], "nosign")],
                                                       ["", "", "Insurance adjustment", f"-{money(amts[1], 'nosign')}"],
                                                       ["", "", "YOU OWE", "$0.00"]],
            [28, 22, 95, 34.9], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    q.para("This statement is for your records only. Your insurer did not pay this visit because we sent the claim "
           "late; that is our responsibility and you do not owe anything for it.", 9)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=p2, claim_amount=m2(amts[1]),
                          service_dates=[span(late)], denial_date=bd.isoformat(), provider=clinic,
                          unscored=["insurer"], alternates={"provider": [md], "member_id": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_pt_clinic_not_in_network", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_three_page_letter_mri_nobody_asked_first", "fax_standard_g4", [faxstd_letter(rng)]),
        Item(F + "phone_es_cobertura_terminada_periodo_de_gracia", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_appeal_overturned_labels_right", "rotated", [rotated_overturn(rng)]),
        Item(F + "lowres_no_labels_endoscopy_not_shown_needed", "scan_lowres_150", [lowres_endoscopy(rng)]),
        Item(F + "photocopy_two_page_appeal_upheld_inpatient_vs_observation", "photocopy", [photocopy_upheld(rng)]),
        Item(F + "finefax_stack_cover_provider_notice_late_claim_then_clinic_statement_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
