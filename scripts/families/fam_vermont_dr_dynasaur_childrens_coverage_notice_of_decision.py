"""Notices mirrored (structure and wording style only) from Vermont's Dr. Dynasaur children's coverage, issued by
the Department of Vermont Health Access (DVHA) as itself. Green Mountain Care, Dr. Dynasaur, the Human Services
Board (fair hearing), the Office of the Health Care Advocate and CPT/HCPCS codes appear as themselves; every
provider, person, number and address is invented, and every reason is put in the writer's own words.

Documents (8 in 7 files):
- bd_two_page_claims_summary_pt_row_no_approval: a two-page member claims summary for a child; page 1 holds the
  parent/child block and decoys (DOB, coverage period, premium), page 2 (running header with the summary ID and
  "Page 2 of 2") a table of four claims, the physical therapy row paid 0.00 because nobody asked for approval.
- faxstd_prose_provider_copy_premium_lapse: a provider copy of a notice on a standard fax, every claim fact in
  sentences (visit, doctor, billed amount, reference): coverage had closed for an unpaid premium.
- phone_es_prosa_ortodoncia_no_necesaria: a photographed Spanish notice on braces, facts only in sentences: the
  bite score does not reach the level Dr. Dynasaur pays for.
- rotated_labels_under_values_air_purifier_not_covered: a notice fed sideways whose labels sit under their
  values; an air purifier is not an item Vermont Medicaid pays for.
- lowres_three_page_appeal_decision_out_of_state_not_enrolled: a three-page appeal decision at 150 dpi; member
  block on page 1, the claim facts told in sentences on page 2, hearing rights on page 3 (running header): an
  out-of-state clinic not enrolled with Vermont Medicaid.
- photocopy_labels_right_inpatient_feeding_program_outpatient_instead: a photocopied notice whose labels sit to
  the right of the values: a hospital feeding program stay refused, the outpatient program should be used.
- finefax_stack_cover_approval_then_late_claim_sideways: a fax cover, an approval of a hearing aid (denies
  nothing), then a notice on a dental claim that came in too late, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrb import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "vermont_dr_dynasaur_childrens_coverage_notice_of_decision"
LANG = "en"
SEED = 353101
INS = "Department of Vermont Health Access"
ALT = ["DVHA", "Vermont Department of Health Access"]
TOWNS = [("Rutland", "05701"), ("Barre", "05641"), ("St. Albans", "05478"), ("Bennington", "05201"),
         ("Brattleboro", "05301"), ("Newport", "05855"), ("Middlebury", "05753")]


def gmc_id(rng):
    return digits(rng, 10)


def icn(rng):
    return "26" + digits(rng, 11)


def dob(rng):
    return dt.date(rng.randint(2010, 2022), rng.randint(1, 12), rng.randint(1, 28))


def vt_addr(rng):
    town, z = rng.choice(TOWNS)
    return [f"{rng.randint(12, 980)} {rng.choice(['Maple St', 'Pleasant St', 'Depot Rd', 'Hill Farm Rd', 'Elm St'])}",
            f"{town} VT {z}-{digits(rng, 4)}"]


def _head(p: DRSheet, rng, unit="Member Services"):
    p.f(8, "B")
    p.cell(0, 4, "STATE OF VERMONT  |  AGENCY OF HUMAN SERVICES", new_x="LMARGIN", new_y="NEXT")
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Green Mountain Care  |  {unit}  |  PO Box {rng.randint(1100, 1990)}, Waterbury VT "
                 f"05676-{digits(rng, 4)}  |  1-800-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(4)


def _rights(p: DRSheet, rng, nd, size=8.6, days=60):
    p.bar("IF YOU DISAGREE", 9)
    p.para(f"You can ask DVHA for an appeal. Your appeal must reach us within {days} days of the date of this "
           "notice. You can call us or write to us. If waiting would put your child's health at serious risk, ask "
           "for a fast appeal; we decide those within 72 hours. After the appeal you may ask the Human Services "
           "Board for a fair hearing within 120 days of the appeal decision. The Office of the Health Care "
           f"Advocate can help you for free: 1-800-555-{digits(rng, 4)}.", size)


def bd_summary(rng):
    child, parent, pt, ped, lab, eye = people(rng, 6)
    mid = gmc_id(rng)
    sd = dt.date(2026, rng.choice([4, 5]), rng.randint(3, 24))
    sid = f"CS-{digits(rng, 8)}"
    d0 = plus(sd, -rng.randint(40, 60))
    pt_end = plus(d0, 21)
    src = [(d0, d0, "Cold Hollow Pediatrics", f"Dr. {ped}", "99393 Well-child visit", amount(rng, 180, 260), False),
           (plus(d0, 2), plus(d0, 2), "Northfield Valley Laboratory", lab, "85025 Blood count", amount(rng, 30, 60),
            False),
           (plus(d0, 7), pt_end, "Lamoille River Physical Therapy", pt, "97110 x6 Therapeutic exercise",
            amount(rng, 620, 880), True),
           (plus(d0, 12), plus(d0, 12), "Sugarbush Family Eye Care", f"Dr. {eye}", "92004 Eye exam",
            amount(rng, 140, 210), False)]
    rows, claims = [], []
    for a, b, prov, rend, svc, c, den in src:
        n = icn(rng)
        claims.append(n)
        paid = "0.00" if den else money(round(c * rng.uniform(0.45, 0.7), 2), "nosign")
        rows.append([n, fdate(a, "slash"), fdate(b, "slash"), prov, rend, svc, money(c, "nosign"), paid,
                     "0.00", "PA1" if den else "A1"])
    p = DRSheet(footer="Page {n} of {nb}", run_head=f"Dr. Dynasaur claims summary  {sid}  |  {child}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng)
    p.line("DR. DYNASAUR  -  SUMMARY OF CLAIMS FOR YOUR CHILD", 12.5, "B")
    p.line("This is not a bill. Please keep it with your records.", 9)
    p.ln(3)
    addr = vt_addr(rng)
    p.addr_pair("Mailed to", [f"Parent of {child}", parent, *addr], "About this summary",
                [f"Summary ID {sid}", f"Printed on {fdate(plus(sd, -2), 'long')}", f"Mailed {fdate(sd, 'long')}"])
    p.grid([[("Child", child), ("Green Mountain Care ID", mid), ("Date of birth", fdate(dob(rng), "slash"))],
            [("Program", "Dr. Dynasaur"), ("Coverage period", "01/01/2026 - 12/31/2026"),
             ("Monthly premium", "$15.00 (paid through 05/31/2026)")]], size=9)
    p.para("Why you get this: we send a summary when providers bill Green Mountain Care for your child's care. "
           "Check that your child got each service listed. If something looks wrong, call Member Services. For "
           "example, if a visit on 02/30/2026 is listed and your child was not seen that day, tell us the claim "
           "number (for example 2600000000000).", 9)
    p.para("Dr. Dynasaur pays for doctor visits, lab tests, eye exams, dental care and therapy for children under "
           "19. Some services need our approval before they are given. Your child's provider asks for the "
           "approval; you do not have to.", 9)
    _rights(p, rng, sd, 8.6)
    p.para("Form DVHA-CS-2 (Rev. 03/2026)", 7.5)
    p.add_page(orientation="L")
    p.line("Claims we processed", 11, "B")
    p.ln(1)
    p.table(["Claim number (ICN)", "From", "To", "Provider", "Seen by", "Service", "Billed", "Paid", "You owe",
             "Note"], rows, [29, 18, 18, 48, 36, 46, 17, 14, 12, 13.4],
            size=7.6, aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Notes.** A1: paid at the Green Mountain Care rate; you owe nothing. PA1: this service needs our "
           "approval before it is given, and the provider did not ask us for it. We did not pay. The provider may "
           "not bill you for it. You can appeal within 60 days of the date of this notice.", 8.6)
    p.para(f"Questions: 1-800-555-{digits(rng, 4)}. Fax for providers 802-555-{digits(rng, 4)}.", 8.4)
    i = 2
    t = truth("eob", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[claims[i]],
              claim_amount=m2(src[i][5]), service_dates=[span(src[i][0], src[i][1])], denial_date=sd.isoformat(),
              provider="Lamoille River Physical Therapy", appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [pt], "service_dates": [[src[i][0].isoformat()]]})
    return out(p), t


def faxstd_prose(rng):
    child, doc, parent = people(rng, 3)
    mid = gmc_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    dos = dt.date(2026, 3, rng.randint(3, 20))
    closed = dt.date(2026, 2, 28)
    billed = amount(rng, 240, 420)
    ref = f"NOD-26-{digits(rng, 6)}"
    clinic = "Winooski Falls Pediatric Associates"
    fax = (f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  DVHA PROVIDER CORRESP  802-555-{digits(rng, 4)}"
           f"  TO: {clinic.upper()}  P.{{n}}")
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("NOTICE OF DECISION  -  PROVIDER COPY", 12, "B")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [clinic, "Attn: Billing", *vt_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para("This copy goes to you because you billed for the care described below. The family gets its own notice.",
           9.4)
    p.para(f"On the visit {child} had with Dr. {doc} at your office on {fdate(dos, 'long')}, you billed Green "
           f"Mountain Care {money(billed)}, and we are handling it under reference {ref}. We are not paying it.",
           10)
    p.para(f"Why: {child}'s Dr. Dynasaur coverage closed on {fdate(closed, 'long')} because the monthly premium "
           f"for February was not paid. The child was not covered on the day of the visit. The household was "
           f"told of the closing in a notice mailed {fdate(dt.date(2026, 2, 10), 'long')}. If the family pays the "
           "past-due premium and coverage is put back for March, send the claim again.", 10)
    p.para(f"The family's Green Mountain Care ID is {mid}. Your claim came in on "
           f"{fdate(plus(dos, rng.randint(6, 12)), 'slash')}. Provider NPI on the claim: {digits(rng, 10)}.", 10)
    _rights(p, rng, nd, 9)
    p.para(f"Provider Services: 1-800-555-{digits(rng, 4)}  |  Fax 802-555-{digits(rng, 4)}", 8.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def phone_es(rng):
    child, ortho, parent = people(rng, 3)
    mid = gmc_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 22))
    planned = plus(nd, rng.randint(20, 35))
    rq = f"PA{digits(rng, 9)}"
    office = "Ortodoncia Otter Valley"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DECISIÓN  -  DR. DYNASAUR", 12, "B")
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [parent, *vt_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"El Dr. {ortho}, de {office}, nos pidió aprobar frenillos (aparatos de ortodoncia completos) para "
           f"{child}, con inicio previsto el {fdate(planned, 'long', 'es')}. Tramitamos su pedido con el número "
           f"{rq}. No lo aprobamos.", 10)
    p.para("Por qué: Dr. Dynasaur paga los frenillos solo cuando la mordida causa un problema de salud serio, por "
           "ejemplo dificultad para masticar o hablar. Nuestro dentista revisó los modelos y las radiografías. La "
           "puntuación de la mordida fue 18; se necesita 26 o más. Los dientes torcidos que no causan esos "
           "problemas no alcanzan ese nivel.", 10)
    p.para(f"El número de Green Mountain Care de su hijo(a) es {mid}. Recibimos el pedido el "
           f"{fdate(plus(nd, -9), 'slash')}. Los niños pueden volver a pedirlo si la mordida cambia.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si esperar pone en "
           "peligro la salud de su hijo(a), pida una apelación rápida (72 horas). Después puede pedir una audiencia "
           "imparcial (fair hearing) a la Human Services Board dentro de 120 días de la decisión de la apelación. "
           f"Llame al 1-800-555-{digits(rng, 4)} (TTY 711).", 9.4)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[rq],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=ortho,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [office], "service_dates": [[]]})
    return out(p), t


def rotated_under(rng):
    child, doc, parent = people(rng, 3)
    mid = gmc_id(rng)
    nd = dt.date(2026, 3, rng.randint(3, 25))
    req = plus(nd, -rng.randint(8, 15))
    price = amount(rng, 310, 540)
    rq = f"PA{digits(rng, 9)}"
    supplier = "Green Ledge Medical Supply"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line("NOTICE OF DECISION ON A REQUEST FOR MEDICAL EQUIPMENT", 12, "B")
    p.ln(3)
    p.under([(  "Date of this notice", fdate(nd, "abbr")), ("Matter no.", rq), ("Enrollee ID", mid)])
    p.under([("Child", child), ("Parent or guardian", parent), ("Birth date", fdate(dob(rng), "slash"))])
    p.under([("Supplier that asked", supplier), ("Ordering doctor", f"Dr. {doc}"),
             ("Amount the supplier quoted", money(price))])
    p.under([("Item", "E1399 HEPA room air purifier"), ("Request received", fdate(req, "slash")),
             ("Supplier fax", f"802-555-{digits(rng, 4)}")])
    p.ln(2)
    p.bar("OUR DECISION: DENIED", 9.6)
    p.para("Green Mountain Care pays for medical equipment that treats an illness and is used mainly for a medical "
           "purpose. A room air purifier cleans the air of a home for everyone who lives there. Vermont Medicaid "
           "rules list room air cleaners, air conditioners and humidifiers for a room among the items it does not "
           "pay for, even when a doctor orders one for asthma. We did not decide whether the purifier would help.",
           9.6)
    p.para("Your child's asthma medicines, spacers and nebulizer are still covered. The Vermont asthma program can "
           "send you tips on dust and mold at no cost.", 9.6)
    _rights(p, rng, nd, 8.8)
    p.para("Form DVHA-ND-11 (Rev. 01/2026)", 7.5)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=child, cases=[rq],
              claim_amount=None, denial_date=nd.isoformat(), provider=supplier,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "claim_amount": [m2(price)]})
    return out(p), t


def lowres_appeal(rng):
    child, doc, parent, hearing = people(rng, 4)
    mid = gmc_id(rng)
    dos = dt.date(2026, 1, rng.randint(6, 27))
    first = plus(dos, rng.randint(35, 45))
    nd = plus(first, rng.randint(40, 55))
    billed = amount(rng, 1400, 2600)
    apl = f"AP-26-{digits(rng, 5)}"
    n = icn(rng)
    clinic = "Connecticut River Allergy and Asthma Clinic"
    lid = f"L{digits(rng, 9)}"
    p = DRSheet(footer=None, run_head=f"Appeal decision  |  Letter {lid}  |  {child}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *vt_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Our file", apl), ("Letter", lid), ("Enrollee", child), ("Green Mountain Care ID", mid)], label_w=50,
            size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para("We have finished looking at the appeal you asked for. This letter tells you what we decided and why. "
           "Please read all three pages. Keep this letter; you will need it if you ask for a fair hearing.", 10)
    p.para("Who looked at the appeal: a DVHA staff member who was not part of the first decision, with help from a "
           "physician who reviews out-of-state care. We read your letter, the clinic's records and the first notice.",
           10)
    p.para("Your child's coverage: Dr. Dynasaur, active all of 2026. Date of birth on file "
           f"{fdate(dob(rng), 'slash')}. If any of this is wrong, call us.", 10)
    p.add_page()
    p.para(f"What happened: on {fdate(dos, 'long')} {child} saw Dr. {doc} at the {clinic} in Lebanon, New "
           f"Hampshire, for allergy testing. The clinic sent Green Mountain Care a bill of {money(billed)} as claim "
           f"{n}. We told you on {fdate(first, 'long')} that we would not pay it, and you appealed on "
           f"{fdate(plus(first, 12), 'long')}.", 10)
    p.para("**What we decided: we are keeping the first decision.** Green Mountain Care pays a provider outside "
           "Vermont only when the provider is enrolled with Vermont Medicaid, or when the care was an emergency or "
           "was approved ahead of time because no Vermont provider could give it. The clinic is not enrolled with "
           "us and did not enroll after the visit. Allergy testing was available from enrolled providers closer to "
           "your home, and the visit was not an emergency.", 10)
    p.para("The clinic may not bill you for this visit if it told you it would bill Green Mountain Care. If you get "
           "a bill from it, call us.", 10)
    p.add_page()
    p.line("Your right to a fair hearing", 11, "B")
    p.ln(1)
    p.para("This was your appeal with DVHA; there is no second appeal with us. You can ask the Human Services "
           "Board for a fair hearing within 120 days of the date of this decision. A hearing officer, "
           f"such as {hearing}, hears both sides. To ask, call 1-800-555-{digits(rng, 4)} or write to the Human "
           "Services Board. The Office of the Health Care Advocate can help at no cost.", 10)
    p.para("If your child's health is at serious risk, you can ask for an expedited fair hearing.", 10)
    p.para("Sincerely,\n\nDVHA Appeals Unit", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[apl, n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [clinic], "case_numbers": [[apl], [n]]})
    return out(p), t


def photocopy_right(rng):
    child, doc, parent, md = people(rng, 4)
    mid = gmc_id(rng)
    nd = dt.date(2026, 6, rng.randint(2, 19))
    start = plus(nd, rng.randint(10, 20))
    end = plus(start, 13)
    rq = f"{digits(rng, 4)}-{digits(rng, 5)}"
    hosp = "Champlain Shores Children's Hospital"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Clinical Operations")
    p.line("NOTICE OF DECISION", 13, "B")
    p.line("Request for a hospital stay  -  Dr. Dynasaur", 10)
    p.ln(3)
    p.right_labels([(fdate(nd, "dash"), "Decision made on"), (rq, "Your reference"), (child, "Child"),
                    (mid, "Subscriber number"), (hosp, "Where the care would be"),
                    (f"Dr. {doc}", "Requested by"),
                    (f"{fdate(start, 'slash')} to {fdate(end, 'slash')}", "Date(s) asked for"),
                    (fdate(plus(nd, -6), "slash"), "Request received"), (f"802-555-{digits(rng, 4)}", "Our fax")],
                   val_w=78)
    p.ln(3)
    p.bar("WHAT WE DECIDED", 9.6)
    p.para("We did not approve the 14 days in the hospital's inpatient feeding program. We did approve the same "
           "program's day (outpatient) track, three days a week, for 6 weeks.", 9.6)
    p.bar("WHY", 9.6)
    p.para(f"Our physician reviewer, Dr. {md}, read the notes. Your child is gaining weight slowly, drinks from a "
           "cup and has no tube. Nothing in the notes shows a need for nurses around the clock or for staying "
           "overnight. The day track gives the same feeding therapy while your child sleeps at home.", 9.6)
    _rights(p, rng, nd, 8.8)
    p.para("Form DVHA-ND-4 (Rev. 03/2026). Mailed with a copy to the requesting provider.", 7.5)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[rq],
              service_dates=[span(start, end)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"insurer": ALT, "provider": [hosp], "service_dates": [[start.isoformat()]]})
    return out(p), t


def finefax_stack(rng):
    child, aud, parent, dentist, child2, parent2 = people(rng, 6)
    mid = gmc_id(rng)
    ad = dt.date(2026, 2, rng.randint(3, 25))
    fit = plus(ad, rng.randint(10, 20))
    auth = f"PA{digits(rng, 9)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Clinical Operations")
    p.line("NOTICE OF DECISION  -  APPROVED", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Date", fdate(ad, "long")), ("Authorization no.", auth), ("Child", child),
                   ("Green Mountain Care ID", mid), ("Audiologist", aud + ", AuD"),
                   ("Item", "V5257 Hearing aid, behind the ear, right"), ("Fitting date", fdate(fit, "slash"))])
    p.para(f"Good news. We approved the hearing aid Dr. {aud} asked for. Your child can be fitted on the date above "
           "or up to 90 days after it. You do not need to pay anything. Batteries and one replacement ear mold a "
           "year are also covered.", 9.8)
    p.para("You do not need to do anything else. If you have questions, call Member Services at "
           f"1-800-555-{digits(rng, 4)} (TTY 711).", 9.8)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
                          service_dates=[span(fit)], denial_date=ad.isoformat(), provider=aud,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]}))
    mid2 = gmc_id(rng)
    dos = dt.date(2026, 1, rng.randint(5, 16))
    got = plus(dos, rng.randint(190, 205))
    nd = plus(got, rng.randint(12, 20))
    billed = amount(rng, 260, 540)
    n = icn(rng)
    office = "Mad River Children's Dentistry"
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE OF DECISION ON A CLAIM", 12.5, "B")
    q.ln(2)
    q.para(fdate(nd, "long"), 10)
    for ln in [parent2, *vt_addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Dear {parent2}:", 10)
    q.para(f"{office} sent us a bill for the dental care {child2} got from Dr. {dentist} on "
           f"{fdate(dos, 'long')}: two fillings and a cleaning, {money(billed)} in all. Our claim number is {n}.",
           10)
    q.para(f"We did not pay it. A provider has to send Green Mountain Care a claim within 6 months of the visit. "
           f"This one first reached us on {fdate(got, 'long')}. The office may not bill "
           "you for it. This does not affect your child's coverage.", 10)
    q.para(f"Green Mountain Care ID {mid2}.", 10)
    _rights(q, rng, nd, 9)
    doc2 = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=mid2, member_name=child2,
                          cases=[n], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=dentist, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [office]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_page_claims_summary_pt_row_no_approval", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_prose_provider_copy_premium_lapse", "fax_standard_g4", [faxstd_prose(rng)]),
        Item(F + "phone_es_prosa_ortodoncia_no_necesaria", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_labels_under_values_air_purifier_not_covered", "rotated", [rotated_under(rng)]),
        Item(F + "lowres_three_page_appeal_decision_out_of_state_not_enrolled", "scan_lowres_150",
             [lowres_appeal(rng)]),
        Item(F + "photocopy_labels_right_inpatient_feeding_program_outpatient_instead", "photocopy",
             [photocopy_right(rng)]),
        Item(F + "finefax_stack_cover_approval_then_late_claim_sideways", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
