"""A state vocational rehabilitation (VR) agency's papers about medical services it buys for job seekers, mirrored for
structure and plain wording style only from the public papers of state VR programs under Title I of the
Rehabilitation Act (34 CFR part 361): an Individualized Plan for Employment (IPE) that lists the services the agency
will provide for a job goal, physical and mental restoration services bought only when they are in the IPE, the
search for comparable services and benefits (the person's health insurance, Medicaid) before the agency pays
(34 CFR 361.53), purchases made by a written authorization issued before the service, vendors paid at the agency's
fee schedule and never billing the person for the difference, a case closed after the person has worked for 90 days,
and the person's rights to an administrative review, mediation and an impartial hearing with the help of the Client
Assistance Program. Taken from public rules and used as themselves: those program words and rules, CPT, HCPCS and CDT
codes. Invented: the State of Ardwick (postal code AW), its Department of Labor and Workforce Development and Division
of Vocational Rehabilitation, the area offices, the Vendor Payment Unit and its P.O. box, the Client Assistance
Program's host (Ledger Point Disability Law Center), every vendor, clinician, person, number, address, fee, form
number and every time limit of the Division's own letters (45 days, 30 days, 60 days, 15 business days, four months,
the 90-day invoice rule), phones 555. No heading names the kind of refusal; each reason is put in plain words.

Documents (8 in 7 files):
- born_digital_three_page_surgery_center_invoice_authorization_issued_after_surgery_taglines: a three-page letter to a
  surgery center (a fourth page of language help and a fair-treatment statement), the participant's name, ID and the
  invoice in a running header on every page, the "AVR" prefix apart from the number, an invoice number and an
  authorization number that look alike; the charge table (billed, fee schedule, paid, participant owes; "Attending:"
  the surgeon) on page 2 with an example in the boilerplate; the reason on page 3 in one plain sentence of a long
  paragraph ("we can only pay for ... when ..., and our records show ..."); "March 4th, 2026"-style letter date,
  "notice mailed" in the footer; "no later than" a printed date.
- scan_es_aviso_quiropractico_fuera_del_pie_asunto: a clean-scan Spanish notice to a participant: twelve chiropractic
  sessions are not in her IPE (not_covered); the request number only in the "Asunto" line, a key/value box on the
  right half beside the address, "US$" amounts, "dentro de los 30 días siguientes a la fecha de esta carta".
- lowres_authorization_for_purchase_low_vision_evaluation_box_form: a 150 dpi authorization for purchase (denies
  nothing) in a box form with small captions over the values, "Tuesday, April 14, 2026"-style appointment, a
  validity period, a not-to-exceed amount, a phone call's reference as decoy and a fee-schedule example.
- photocopy_vendor_payment_statement_two_pages_remark_code_glossary_on_back: a photocopied vendor payment statement to
  a physical therapy clinic: ten invoices of eight participants in an open table (no rules, numbers flush right, the
  participant ID under the name, an invoice total under each invoice), the statement totals row, year-to-date
  payments and a check stub on page 2; one participant's three-line invoice pays 0.00 under a remark code explained
  only on the back page, page 3 (her health plan must be billed first: other); "within 60 days of the date of this
  statement" on the back page.
- finefax_medical_consultant_pain_program_not_shown_needed_nurse_and_medical_director: a fine-fax decision in a box
  form (decision "04-Mar-2026"-style, request made "2026/03/04"-style), "Requesting:" the doctor, a call reference as
  decoy, "the information we received does not show ...", signed by a nurse consultant and the medical director;
  "within 60 calendar days of the date you receive this notice" (nothing to count from).
- faxstd_stack_dental_office_cover_dentures_after_case_closed_sideways_then_office_statement: a standard-fax stack
  behind a dental office's fax cover: the Division's two-page letter (IDs only in a small running footer) refusing
  dentures delivered after the case was closed (eligibility; "within 15 business days after you receive this letter":
  nothing to count from), its page 2 fed sideways; then the dental office's own statement to the participant (a real
  bill; denies nothing).
- phone_two_column_pharmacy_invoice_past_ninety_days_four_months: a photographed two-column letter to a pharmacy,
  key/value block on the right half beside the address: the invoice for two fills came more than 90 days after the
  last one (timely_filing); the prescriber named as decoy; "within four months of the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famic import (EISheet, add_months, digits, dmy, dr, es_date, first, iso, last, last_first, long, n2,
                               nth, office_fax_cover, people, phone, plus, slash, tollfree, usd, usd_es, wday,
                               weekday_on, workday, ymd)
from public_kit import m2, out, truth

HOLIDAYS = {dt.date(2026, 1, 19), dt.date(2026, 2, 16), dt.date(2026, 5, 25), dt.date(2026, 7, 3),
            dt.date(2026, 9, 7)}


def office_day(d):
    """The next working day on or after d (weekends and the state's 2026 holidays skipped)."""
    d = workday(d)
    while d in HOLIDAYS:
        d = workday(plus(d, 1))
    return d


def prev_workday(d):
    """d, or the Friday before it when it falls on a weekend."""
    return plus(d, -max(0, d.weekday() - 4))


FAMILY = ("ardwick_vocational_rehabilitation_medical_purchases_late_authorization_comparable_benefits_and_"
          "plan_for_employment_refusals")
LANG = "en"
SEED = 354982
AGENCY = "Ardwick Division of Vocational Rehabilitation"
DEPT = "Ardwick Department of Labor and Workforce Development"
AG_ES = "División de Rehabilitación Vocacional de Ardwick"
AG_ALT = ["Ardwick DVR", "Division of Vocational Rehabilitation", "Ardwick Vocational Rehabilitation", DEPT,
          "Ardwick Department of Labor & Workforce Development"]
VPU = "Vendor Payment Unit, PO Box 3390, Kinvarra, AW 39101"
CAP = "Client Assistance Program at Ledger Point Disability Law Center"
OFFICES = [("Fenner Falls Area Office", "418 Coldwater Street, Fenner Falls, AW 39214"),
           ("Port Sallow Area Office", "77 Chandlery Row, Suite 3, Port Sallow, AW 39350"),
           ("Kinvarra Central Office", "1200 Statehouse Mall, Kinvarra, AW 39101")]
ASC = "Harlow Crossing Surgery Center"
CHIRO = "Centro Quiropráctico Valle Sereno"
LOWVIS = "Greymantle Low Vision Clinic"
PT = "Tollcross Physical Therapy & Hand Clinic"
PAIN = "Ardenmoor Pain & Function Institute"
DENTAL = "Sedgeworth Family Dentistry"
RX = "Quayside Community Pharmacy"


def pid(rng):
    return digits(rng, 8)


def head(p, rng, office=0, box=None, es=False):
    name, addr = OFFICES[office]
    if es:
        p.head(AGENCY, "DVR", [f"{AG_ES}  |  {name}", f"{addr}  |  Teléfono {phone(rng)}  |  TTY 711"], box=box)
    else:
        p.head(AGENCY, "DVR", [f"A division of the {DEPT}  |  {name}",
                               f"{addr}  |  Voice {phone(rng)}  |  Fax {phone(rng)}  |  TTY 711"], box=box)


def aw_addr(rng):
    town, z = rng.choice([("Fenner Falls", "39214"), ("Port Sallow", "39350"), ("Kinvarra", "39104"),
                          ("Otterburn", "39262"), ("Mossgiel", "39318"), ("Ashlar Bend", "39277")])
    street = rng.choice(["Weir Street", "Brackenfield Rd", "Old Ferry Ln", "Mill Race Ave", "Tinker's Row",
                         "Harbor View Dr", "Glebe St Apt 2B"])
    return [f"{rng.randint(11, 2400)} {street}", f"{town}, AW {z}"]


# ---------------------------------------------------------------------------------------------------------------
def bd_surgery_center(rng):
    part, surg, mgr, couns = people(rng, 4, sexes="MXFX")
    num = pid(rng)
    core = digits(rng, 6)
    auth = f"PA-26-{core}"
    inv = f"VI-26-{core[:4]}{(int(core[4]) + 3) % 10}{core[5]}"
    dos = dt.date(2026, 2, rng.randint(16, 20))
    issued = office_day(plus(dos, 11))
    recv = plus(dos, rng.randint(18, 22))
    ld = office_day(plus(recv, rng.randint(8, 12)))
    mailed = office_day(plus(ld, 2))
    by = plus(ld, 45)
    lines = [("29827", "Arthroscopic rotator cuff repair, right shoulder", rng.choice([9840.0, 9615.0, 10120.0])),
             ("29826", "Arthroscopic decompression of subacromial space (add-on)", rng.choice([2315.0, 2260.0])),
             ("29823", "Arthroscopic debridement, extensive", rng.choice([1870.0, 1925.0])),
             ("C1713", "Anchors for tissue fixation, 3 units", rng.choice([1455.0, 1398.0])),
             ("L3670", "Shoulder immobilizer with abduction pillow", rng.choice([186.0, 174.5]))]
    total = round(sum(x[2] for x in lines), 2)
    rate = 0.58
    p = EISheet(footer=None, footer_left=f"ADVR-IV-3 (rev. 11/2025)   |   Notice mailed {slash(mailed)}",
                every=f"Participant: {last_first(part)}   |   ID AVR {num}   |   Invoice {inv}   |   "
                      f"Page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, 0, box="INVOICE DECISION")
    p.line(nth(ld), 10, "B")
    p.ln(2)
    p.addr_kv([ASC, "Business Office", "Attn: Accounts Receivable", *aw_addr(rng)],
              [("Participant", part), ("Participant ID", f"AVR {num}"), ("Invoice no.", inv),
               ("Authorization no.", auth), ("Invoice received", ymd(recv)), ("Date of this letter", slash(ld)),
               ("VR Counselor", couns)], w=94, cap_w=34)
    p.heading("Your invoice for outpatient shoulder surgery", 11.5)
    p.para("To the business office:", 10)
    p.para(f"The Division of Vocational Rehabilitation helps people with disabilities prepare for, find and keep "
           f"work. As part of that help it sometimes buys medical care for a participant whose condition stands in "
           f"the way of a job. Your surgery center sent us an invoice for care given to the participant named above, "
           f"and it reached the {VPU.split(',')[0]} on {long(recv)}.", 10)
    p.para("This letter runs to three pages. Page 2 shows each line of the invoice with the amount the Division's fee "
           "schedule sets for it. Page 3 explains what we decided and what your office may do next. A page about "
           "free language help and fair treatment follows the letter.", 10)
    p.para("If you call us about this invoice, please have the participant ID and the invoice number from the box "
           "above ready; the participant's name alone is not enough for us to find the file.", 10)
    p.add_page()
    p.heading("Lines on this invoice", 11.5)
    p.line(f"Attending: {dr(surg)}     Place of service: 24 (ambulatory surgical center)     "
           f"Date of service: {slash(dos)}", 9)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    rows = [[str(i + 1), slash(dos), c, d, n2(a), n2(round(a * rate, 2)), "0.00", "0.00"]
            for i, (c, d, a) in enumerate(lines)]
    rows.append(["", "", "", "Invoice total", n2(total), n2(round(sum(round(a * rate, 2) for _, _, a in lines), 2)),
                 "0.00", "0.00"])
    p.wrap_table(["Line", "Date", "Code", "Description", "Billed", "Fee schedule", "Paid", "Participant owes"], rows,
                 [W * 0.06, W * 0.12, W * 0.08, W * 0.35, W * 0.11, W * 0.11, W * 0.08, W * 0.09], size=8.2,
                 aligns=["C", "L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("How the fee schedule works: the Division pays the lower of the amount billed and the amount its fee "
           "schedule sets for the code, and a vendor that accepts an authorization accepts that payment as payment in "
           "full. For example, when a surgery center bills $1,000 for a procedure whose fee-schedule amount is $580, "
           "the Division pays $580 and the center writes off the other $420; neither part is billed to the "
           "participant. The fee-schedule column above is shown for your records only.", 8.8)
    p.para("The anesthesia group and the surgeon bill the Division on their own invoices, which are not part of this "
           "letter.", 8.8)
    p.add_page()
    p.heading("What we decided", 11.5)
    p.para(f"Every purchase the Division makes for a participant starts with the participant's Individualized Plan "
           f"for Employment, which lists the services the counselor and the participant agreed on for the job goal, "
           f"and then with a written authorization that the counselor sends to the provider naming the service, the "
           f"dates and the most the Division will pay; {first(part)}'s plan lists shoulder surgery among the services "
           f"needed to return to work as an electrician's apprentice, and the counselor had asked our medical "
           f"consultant to look at the surgeon's request in early February. We can only pay for a surgery when the "
           f"written authorization for it was issued before the day of the surgery, and our records show that "
           f"authorization {auth} was issued on {long(issued)}, {(issued - dos).days} days after the operation on "
           f"{long(dos)}. "
           f"An authorization cannot be dated back to cover care already given, even when the care itself was "
           f"something the plan called for, and the Vendor Payment Unit has therefore closed the invoice with no "
           f"payment. Nothing in our review questioned the surgeon's judgment or the charges themselves.", 10)
    p.heading("What your office may do", 11)
    p.para(f"If your office holds a written authorization from the Division dated on or before {long(dos)}, or an "
           f"email or fax from the counselor approving the surgery before that day, you may ask the Area Manager for "
           f"an administrative review of this decision. Your written request must reach us no later than "
           f"{long(by)}. Send it to the {OFFICES[0][0]} at the address above, with the invoice number on every page.",
           10)
    p.para("If the participant has health coverage of any kind, you may bill that coverage for the surgery. Please "
           "speak with the participant before sending any bill; the participant may also ask the counselor for help.",
           10)
    p.signoff(["Sincerely,", "", mgr, f"Area Manager, {OFFICES[0][0]}", AGENCY], 9.6)
    p.line(f"cc: {couns}, VR Counselor; {part}, participant", 8.4)
    p.add_page()
    p.heading("Language help and fair treatment", 11.5, rule=True)
    p.help_page(tollfree(rng))
    p.fair_treatment(AGENCY, tollfree(rng), "the U.S. Department of Education, Office for Civil Rights")
    t = truth("denial_letter", "prior_authorization", insurer=AGENCY, member_id=f"AVR{num}", member_name=part,
              cases=[inv, auth], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=ASC,
              appeal_deadline=iso(by),
              alternates={"insurer": AG_ALT, "member_id": [num], "case_numbers": [[inv]],
                          "provider": [surg, dr(surg)]})
    return out(p), t


def scan_es_chiro(rng):
    part, quiro, couns = people(rng, 3, es=True, sexes="FMF")
    num = pid(rng)
    req = f"SS-26-{digits(rng, 5)}"
    recv = dt.date(2026, 3, rng.randint(2, 6))
    ld = office_day(plus(recv, rng.randint(6, 9)))
    start = weekday_on(plus(ld, 10), 0)
    ipe = dt.date(2025, rng.randint(9, 11), rng.randint(3, 27))
    per = rng.choice([65.0, 70.0, 72.5])
    total = round(per * 12, 2)
    p = EISheet(footer="Página {n} de {nb}", footer_left="ADVR-ND-1S (rev. 11/2025)  Aviso de decisión")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, 1, box="AVISO DE DECISIÓN", es=True)
    p.addr_kv([part, *aw_addr(rng)],
              [("Fecha", es_date(ld)), ("Participante", part), ("N.º de participante", f"AVR {num}"),
               ("Consejera", couns), ("Oficina", OFFICES[1][0])], w=96, cap_w=34, size=8.6)
    p.line(f"Asunto: solicitud de servicio n.º {req}, tratamiento quiropráctico", 10, "B")
    p.ln(2)
    p.para(f"Estimada señora {last(part)}:", 10)
    p.para(f"El {es_date(recv)} recibimos una solicitud del {dr(quiro)}, del {CHIRO}, para que la División pague "
           f"doce sesiones de tratamiento quiropráctico para su espalda, dos por semana, a partir del "
           f"{es_date(start)}. El consultorio calcula un costo de {usd_es(total)} (doce sesiones de {usd_es(per)}).",
           10)
    p.para(f"Su Plan Individualizado de Empleo (PIE), que usted y su consejera firmaron el {es_date(ipe)}, tiene como "
           "meta un empleo de técnica de farmacia. Estos son los servicios que el PIE incluye:", 10)
    p.bullets(["el curso de técnico de farmacia en el colegio comunitario y sus libros;",
               "lentes con la graduación nueva y un examen de la vista;",
               "pases de autobús mientras dure el curso;",
               "ayuda para buscar empleo al terminar el curso."], 9.6)
    p.para("**Nuestra decisión.** La División no pagará las sesiones de quiropráctica. La División compra solamente "
           "los servicios que están escritos en su PIE, y el tratamiento quiropráctico no está entre ellos. En las "
           "notas de su caso tampoco aparece ningún problema de la espalda que le impida seguir el curso o trabajar. "
           "Si su espalda le causa dificultades en el curso, hable con su consejera: juntas pueden revisar si hace "
           "falta cambiar el PIE, y la consejera le puede explicar cómo usar su propio seguro médico.", 10)
    p.para("**Si no está de acuerdo.** Puede pedir una revisión administrativa de esta decisión dentro de los 30 días "
           "siguientes a la fecha de esta carta. Puede pedirla por escrito o en persona en su oficina. También tiene "
           f"derecho a pedir mediación o una audiencia imparcial. El {CAP} le puede ayudar gratis; llame al "
           f"{tollfree(rng)}.", 10)
    p.signoff(["Atentamente,", "", couns, "Consejera de Rehabilitación Vocacional", OFFICES[1][0]], 9.6)
    p.line(f"c.c.: {dr(quiro)}, {CHIRO}", 8.4)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id=f"AVR{num}", member_name=part, cases=[req],
              claim_amount=m2(total), service_dates=[iso(start)], denial_date=iso(ld), provider=CHIRO,
              appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": AG_ALT + [AG_ES], "member_id": [num], "claim_amount": [None],
                          "service_dates": [[]], "provider": [quiro, dr(quiro)]})
    return out(p), t


def lowres_authorization(rng):
    part, optom, couns = people(rng, 3, sexes="MFM")
    num = pid(rng)
    auth = f"PA-26-{digits(rng, 6)}"
    vno = f"V-{digits(rng, 5)}"
    issued = office_day(dt.date(2026, 3, rng.randint(23, 27)))
    called = prev_workday(plus(issued, -rng.randint(2, 4)))
    appt = weekday_on(plus(issued, rng.randint(12, 18)), 1)
    until = dt.date(2026, 6, 30)
    callref = f"{digits(rng, 3)}-{digits(rng, 4)}"
    items = [("92004", "Eye examination, new patient, comprehensive (low vision)", rng.choice([210.0, 224.0])),
             ("V2600", "Hand-held low vision aid (electronic magnifier)", rng.choice([485.0, 512.0])),
             ("V2610", "Single-lens spectacle-mounted low vision aid", rng.choice([570.0, 548.0]))]
    nte = round(sum(x[2] for x in items), 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left="ADVR-AP-1 (rev. 11/2025)  Vendor copy")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, 2)
    p.title_bar("AUTHORIZATION FOR PURCHASE OF SERVICES", "Send this form with your invoice. One authorization covers "
                                                         "only the services and dates shown.")
    p.box_form("Authorization", [
        [("Authorization no.", auth, 0.26), ("Date issued", slash(issued), 0.18), ("Participant", part, 0.34),
         ("Participant ID", f"AVR {num}", 0.22)],
        [("Vendor", LOWVIS, 0.48), ("Vendor no.", vno, 0.18), ("VR Counselor", couns, 0.34)],
        [("Good from", slash(issued), 0.18), ("Good through", slash(until), 0.18),
         ("Appointment", wday(appt), 0.38), ("Not to exceed", usd(nte), 0.26)]])
    p.line(f"Attending: {dr(optom)}, low vision specialist", 9.4, "B")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Code", "Service or item", "Units", "Up to"],
            [[c, d, "1", n2(a)] for c, d, a in items] + [["", "Authorized total", "", n2(nte)]],
            [W * 0.12, W * 0.58, W * 0.1, W * 0.2], size=8.8, aligns=["L", "L", "C", "R"], bold_last=True)
    p.heading("Notes to the vendor", 10.5)
    p.bullets([f"The participant is a student in the Division's program for a job goal of medical records clerk. The "
               f"evaluation and the aids your clinic recommends are part of the participant's Individualized Plan for "
               f"Employment.",
               f"This confirms the approval {couns} gave your office by phone on {ymd(called)} (call reference "
               f"{callref}).",
               "Bill the Division at its fee schedule, not at your usual charge. For example, if your usual charge for "
               "an item is $100 and the fee schedule allows $85, your invoice should ask for $85, and the participant "
               "is never billed for the other $15.",
               f"Send the invoice with this form within 90 days after the last service to the {VPU}.",
               "If the evaluation shows that different aids are needed, call the counselor before ordering them; "
               "items that are not on this form need a new authorization first."], 9.2)
    p.signoff(["Authorized by:", "", couns, "Vocational Rehabilitation Counselor", OFFICES[2][0]], 9.4)
    t = truth("other", None, insurer=AGENCY, member_id=f"AVR{num}", member_name=part, cases=[auth],
              service_dates=[iso(appt)], denial_date=iso(issued), provider=LOWVIS,
              alternates={"insurer": AG_ALT, "member_id": [num], "provider": [optom, dr(optom)],
                          "claim_amount": [m2(nte)], "service_dates": [[f"{iso(issued)}/{iso(until)}"]]})
    return out(p), t


def photocopy_vendor_statement(rng):
    who = people(rng, 9)
    sig = who.pop()
    target = who[3]
    ids = {s: pid(rng) for s in who}
    sd = office_day(dt.date(2026, 3, rng.randint(9, 13)))
    codes = [("97161", "PT eval, low complexity", 158.0), ("97162", "PT eval, moderate", 182.0),
             ("97110", "Ther. exercise x2", 96.0), ("97140", "Manual therapy x1", 52.0),
             ("97530", "Ther. activities x2", 104.0), ("97535", "Self-care training x1", 55.0),
             ("97112", "Neuromusc. re-ed x1", 54.0)]
    invoices = []
    for si in [0, 1, 2, 3, 4, 5, 6, 7, 0, 2]:
        s = who[si]
        if s == target:
            d1 = dt.date(2026, 2, rng.randint(2, 6))
            d2 = plus(d1, rng.choice([2, 3]))
            ls = [(d1, codes[1]), (d2, codes[2]), (d2, codes[3])]
        else:
            d = dt.date(2026, 2, rng.randint(2, 27))
            ls = [(d, c) for c in rng.sample(codes, rng.choice([1, 2, 2]))]
        invoices.append({"s": s, "inv": f"VI-26-{digits(rng, 6)}", "auth": f"PA-26-{digits(rng, 6)}", "lines": ls})
    rate = 0.78
    blocks, tb, tf, tp = [], 0.0, 0.0, 0.0
    refused = 0.0
    for v in invoices:
        bad = v["s"] == target
        blk, bsum, fsum, psum = [], 0.0, 0.0, 0.0
        for j, (d, (c, desc, a)) in enumerate(v["lines"]):
            fs = round(a * rate, 2)
            paid = 0.0 if bad else fs
            bsum, fsum, psum = bsum + a, fsum + fs, psum + paid
            lead = ([last_first(v["s"]), v["inv"], v["auth"]] if j == 0 else
                    [f"AVR {ids[v['s']]}", "", ""] if j == 1 else ["", "", ""])
            blk.append(lead + [slash(d), c, desc, n2(a), n2(fs), n2(paid), "CB3" if bad else "FS"])
        lead = f"AVR {ids[v['s']]}" if len(v["lines"]) == 1 else ""
        blk.append([lead, "", "", "", "", "Invoice total", n2(bsum), n2(fsum), n2(psum), ""])
        tb, tf, tp = round(tb + bsum, 2), round(tf + fsum, 2), round(tp + psum, 2)
        if bad:
            refused = round(bsum, 2)
        blocks.append(blk)
    tgt = next(v for v in invoices if v["s"] == target)
    chk = digits(rng, 7)
    ytd = round(tp + rng.choice([4210.4, 3876.15, 5022.8]), 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"ADVR-VPS  |  Statement {dmy(sd)}",
                foot_ids=f"Vendor no. V-{digits(rng, 5)}  |  Check {chk}")
    p.set_margins(12, 14, 12)
    p.add_page()
    p.head(AGENCY, "DVR", [f"Vendor Payment Unit  |  {VPU.split(', ', 1)[1]}",
                           f"Vendor line {tollfree(rng)}  |  Fax {phone(rng)}"], box="VENDOR PAYMENT STATEMENT")
    p.line(f"Statement date: {dmy(sd)}          Check no. {chk}          Paid this statement: {usd(tp)}", 9.4, "B")
    p.ln(2)
    for ln in [PT, "Billing Office", *aw_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.para("These invoices for services to Division participants were processed in this cycle. Amounts are the "
           "lower of your charge and the Division's fee schedule. Remark codes are explained on the back page.", 8.8)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * 0.185, W * 0.11, W * 0.11, W * 0.09, W * 0.06, W * 0.15, W * 0.08, W * 0.08, W * 0.08,
              W * 0.055]
    head_ = ["Participant / Participant ID", "Invoice", "Auth. no.", "Date of service", "Code", "Service",
             "Billed", "Fee sched.", "Paid", "Rmk"]
    aligns = ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"]
    cut = len(blocks) * 11 // 20

    def flat(bs):
        rows, bold = [], []
        for b in bs:
            rows += b
            bold.append(len(rows) - 1)
        return rows, bold

    rows1, bold1 = flat(blocks[:cut])
    p.open_table(head_, rows1, widths, aligns, size=7.2, bold_rows=tuple(bold1))
    p.line("continued on page 2", 7.8, "B")
    p.add_page()
    rows2, bold2 = flat(blocks[cut:])
    rows2.append(["Statement totals", "", "", "", "", "", n2(tb), n2(tf), n2(tp), ""])
    p.open_table(head_, rows2, widths, aligns, size=7.2, bold_rows=tuple(bold2 + [len(rows2) - 1]))
    p.leaders([("Paid on this statement", usd(tp)), ("Paid to your clinic in 2026 to date", usd(ytd))], 8.8,
              w=W * 0.55)
    p.check_stub(AGENCY, PT, tp, chk, slash(sd))
    p.glossary_page("Remark codes (back of statement)",
                    "Each line of the statement carries one of these codes in the Rmk (remark) column.",
                    [("FS", "Paid at the Division's fee schedule. The participant may not be billed for any "
                            "difference between your charge and the fee schedule."),
                     ("CB3", "Not paid. The participant has health coverage that pays for this service, and the "
                             "Division pays only what is left after that coverage. Bill the participant's health "
                             "plan first and send its explanation of benefits with a new invoice."),
                     ("AX1", "Not paid. The date of service is outside the dates on the authorization."),
                     ("TL9", "Not paid. The invoice reached us more than 90 days after the last date of service."),
                     ("DU2", "Not paid. The same service was paid on an earlier statement.")])
    p.para("If you think a line was processed wrongly, write to the Vendor Payment Unit within 60 days of the date "
           "of this statement. Give the invoice number and say what you think is wrong. Questions about a "
           "participant's plan go to the participant's counselor, not to this unit.", 8.8)
    p.signoff(["", sig, "Supervisor, Vendor Payment Unit"], 9)
    t = truth("eob", "other", insurer=AGENCY, member_id=f"AVR{ids[target]}", member_name=target,
              cases=[tgt["inv"], tgt["auth"]], claim_amount=m2(refused),
              service_dates=sorted({iso(d) for d, _ in tgt["lines"]}), denial_date=iso(sd), provider=PT,
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": AG_ALT, "member_id": [ids[target]], "case_numbers": [[tgt["inv"]]]})
    return out(p), t


def finefax_pain_program(rng):
    part, doc, rn, md, couns = people(rng, 5, sexes="FMFMX")
    num = pid(rng)
    req = f"MR-26-{digits(rng, 5)}"
    asked = dt.date(2026, 2, rng.randint(23, 27))
    recv = plus(asked, rng.randint(3, 5))
    dd = office_day(plus(recv, rng.randint(7, 10)))
    start = weekday_on(plus(dd, 14), 0)
    end = plus(start, 25)
    called = prev_workday(plus(dd, -rng.randint(2, 3)))
    callref = f"CR-{digits(rng, 6)}"
    fax = f"{dd:%m/%d/%Y} 14:{rng.randint(10, 59):02d}  ADVR MED CONSULT  {phone(rng)}  P.{{n}}"
    p = EISheet(footer="Page {n} of {nb}", footer_left="ADVR-MC-4 (rev. 11/2025)  Medical consultant decision",
                fax_hdr=fax)
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, 2, box="MEDICAL SERVICES DECISION")
    p.box_form("Request", [
        [("Decision date", dmy(dd), 0.2), ("Request no.", req, 0.2), ("Participant", part, 0.36),
         ("Participant ID", f"AVR {num}", 0.24)],
        [("Request made", ymd(asked), 0.2), ("Request received", slash(recv), 0.2),
         ("Planned program dates", f"{slash(start)} - {slash(end)}", 0.36), ("VR Counselor", couns, 0.24)]])
    p.line(f"Requesting: {dr(doc)}, {PAIN}", 9.6, "B")
    p.ln(2)
    for ln in [part, *aw_addr(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear {first(part)} {last(part)}:", 10)
    p.para(f"Your counselor asked the Division's medical staff to review a request from {dr(doc)} for a four-week "
           f"pain rehabilitation program at {PAIN}, five days a week, from {long(start)} through {long(end)}. The "
           f"request says the program would help you return to work as a warehouse lead. A nurse consultant and the "
           f"Division's medical director read the request, the clinic's evaluation and the records your counselor "
           f"collected.", 10)
    p.para("**What we found.** The information we received does not show that you have finished the physical therapy "
           "and home exercise program your family doctor prescribed in January. The therapy notes list three of the "
           "twelve visits, and the last note says the therapy was still going on. A full-day program is meant for "
           "someone whose pain has kept them from working even after that kind of care has been finished. From the "
           "records we have, the program is not needed now for you to reach your job goal, so the Division will not "
           "buy it.", 10)
    p.para(f"This does not close the door. When the therapy is finished, your doctor may send the new notes, and we "
           f"will look again. You spoke with our office about this request on {ymd(called)} (call reference "
           f"{callref}); you do not need that number to ask for a review.", 10)
    p.para("**If you disagree.** You may ask for an administrative review within 60 calendar days of the date you "
           f"receive this notice. You may also ask for mediation or an impartial hearing. The {CAP} can help you at "
           f"no cost ({tollfree(rng)}).", 10)
    p.signers([[rn, "VR Nurse Consultant, RN", "Nurse reviewer"],
               [dr(md), "Medical Director", "State Medical Consultant"]])
    p.line(f"cc: {couns}, VR Counselor; {dr(doc)}, {PAIN}", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=AGENCY, member_id=f"AVR{num}", member_name=part,
              cases=[req], service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(dd), provider=doc,
              alternates={"insurer": AG_ALT, "member_id": [num], "provider": [PAIN, dr(doc)],
                          "service_dates": [[iso(start)]]})
    return out(p), t


def faxstd_stack(rng):
    part, dentist, couns, mgr, desk = people(rng, 5, sexes="MFXXF")
    num = pid(rng)
    inv = f"VI-26-{digits(rng, 6)}"
    auth = f"PA-25-{digits(rng, 6)}"
    authd = dt.date(2025, 11, rng.randint(3, 21))
    hired = dt.date(2025, 10, rng.randint(20, 27))
    closed = dt.date(2026, 1, rng.randint(26, 30))
    deliv = dt.date(2026, 2, rng.randint(17, 24))
    recv = plus(deliv, rng.randint(10, 14))
    ld = office_day(plus(recv, rng.randint(6, 9)))
    up, lo = rng.choice([1470.0, 1525.0]), rng.choice([1470.0, 1525.0])
    total = up + lo
    a = EISheet(footer="Page {n} of {nb}", footer_left="ADVR-IV-7",
                foot_ids=f"{last_first(part)}  |  Participant ID AVR {num}  |  Invoice {inv}  |  Auth {auth}")
    a.set_margins(18, 16, 18)
    a.add_page()
    head(a, rng, 1)
    a.line(long(ld), 10, "B")
    a.ln(2)
    home = aw_addr(rng)
    for ln in [part, *home]:
        a.line(ln, 9.8)
    a.ln(3)
    a.heading("About the bill for your new dentures", 11.5)
    a.para(f"Dear {first(part)}:", 10)
    a.para(f"{DENTAL} sent us an invoice for the upper and lower dentures that {dr(dentist)} made for you. We know "
           f"the dentures were part of your plan: your counselor approved them in November so that missing teeth "
           f"would not hold you back in your job search.", 10)
    a.para(f"You started work on {long(hired)}, and after you had worked for more than 90 days your case was closed "
           f"on {long(closed)}, as the letter you received then explained. When a case is closed, every "
           f"authorization in it ends that day. The dentures were delivered on {long(deliv)}, after your case had "
           f"closed, so the Division cannot pay this invoice. The dental office was told in the authorization that "
           f"the work had to be finished while the authorization was open.", 10)
    a.para("We are sorry that this has reached you as a bill. Please read the next page for what you can do.", 10)
    a.add_page()
    a.heading("The invoice", 11.5)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Date", "Code", "Service", "Billed", "Paid"],
            [[slash(deliv), "D5110", "Complete denture, maxillary", n2(up), "0.00"],
             [slash(deliv), "D5120", "Complete denture, mandibular", n2(lo), "0.00"],
             ["", "", "Total", n2(total), "0.00"]],
            [W * 0.15, W * 0.1, W * 0.45, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    a.para(f"Servicing: {dr(dentist)}, {DENTAL}. Authorization {auth} was issued on {long(authd)} and ended when "
           f"the case closed.", 9.4)
    a.heading("What you can do", 11)
    a.bullets(["If you think your case should not have been closed, or that the dentures were delivered before the "
               "case closed, you may ask for an administrative review within 15 business days after you receive "
               "this letter.",
               "If you need more help to keep your job, you may ask to have your case opened again. Call the area "
               "office and ask for a new intake appointment.",
               f"You may ask for mediation or an impartial hearing as well. The {CAP} can help "
               f"({tollfree(rng)})."], 9.8)
    a.signoff(["Sincerely,", "", mgr, f"Area Manager, {OFFICES[1][0]}"], 9.6)
    a.line(f"cc: {couns}, VR Counselor; {DENTAL}", 8.4)
    d1 = (out(a), truth("denial_letter", "eligibility", insurer=AGENCY, member_id=f"AVR{num}", member_name=part,
                        cases=[inv, auth], claim_amount=m2(total), service_dates=[iso(deliv)], denial_date=iso(ld),
                        provider=DENTAL,
                        alternates={"insurer": AG_ALT, "member_id": [num], "case_numbers": [[inv]],
                                    "provider": [dentist, dr(dentist)]}))
    sd = office_day(plus(ld, rng.randint(5, 8)))
    due = plus(sd, 30)
    acct = f"{digits(rng, 6)}"
    b = EISheet(footer=None)
    b.set_margins(18, 16, 18)
    b.add_page()
    b.f(15, "B")
    b.cell(0, 8, DENTAL, new_x="LMARGIN", new_y="NEXT")
    b.f(8.6)
    b.cell(0, 4.2, f"{dr(dentist)}, DDS  |  612 Quarry Hill Road, Port Sallow, AW 39350  |  {phone(rng)}",
           new_x="LMARGIN", new_y="NEXT")
    b.rule(3)
    b.f(13, "B")
    b.cell(0, 7, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    b.ln(2)
    b.addr_kv([part, *home],
              [("Statement date", slash(sd)), ("Account no.", acct), ("Patient", part),
               ("Ins. ID", f"AVR {num}"), ("Amount due", usd(total)), ("Please pay by", slash(due))], w=84, cap_w=30)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "Code", "Description", "Charge", "Insurance", "Balance"],
            [[slash(deliv), "D5110", "Complete upper denture", n2(up), "0.00", n2(up)],
             [slash(deliv), "D5120", "Complete lower denture", n2(lo), "0.00", n2(lo)],
             [slash(sd), "", "Ardwick DVR: not paid, case closed", "", "", ""],
             ["", "", "Balance due", n2(total), "0.00", n2(total)]],
            [W * 0.14, W * 0.1, W * 0.36, W * 0.13, W * 0.13, W * 0.14], size=8.8,
            aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    b.para("Your vocational rehabilitation program did not pay for your dentures. The balance is now yours. We offer "
           "payment plans with no interest; call our front desk to set one up.", 9.6)
    b.pay_stub(DENTAL, [("Account no.", acct), ("Patient", part), ("Amount due", usd(total)),
                        ("Amount enclosed", "")], "")
    d2 = (out(b), truth("other", None, insurer=None, member_id=f"AVR{num}", member_name=part,
                        claim_amount=m2(total), service_dates=[iso(deliv)], denial_date=iso(sd), provider=DENTAL,
                        unscored=["insurer"],
                        alternates={"member_id": [num, None], "provider": [dentist, dr(dentist)]}))
    cover = office_fax_cover(DENTAL, ["612 Quarry Hill Road, Port Sallow, AW 39350",
                                      f"Phone {phone(rng)}   Fax {phone(rng)}"],
                             [("To:", f"{AGENCY}, {OFFICES[1][0]}"), ("Attn:", f"{couns}, VR Counselor"),
                              ("From:", f"{desk}, front desk"), ("Date:", slash(plus(sd, 1))),
                              ("Pages:", "4 including this one"), ("Re:", part)],
                             f"Our patient brought in your letter. He says he was still in the program when the "
                             f"dentures were ordered. Our statement is attached. Please call us about the balance.")
    return [d1, d2], cover


def phone_pharmacy_late(rng):
    part, pharm, prescriber, sig = people(rng, 4, sexes="FMFX")
    num = pid(rng)
    inv = f"VI-26-{digits(rng, 6)}"
    vno = f"V-{digits(rng, 5)}"
    f1 = dt.date(2026, 1, rng.randint(5, 9))
    f2 = plus(f1, 30)
    recv = plus(f2, rng.randint(96, 104))
    ld = office_day(plus(recv, rng.randint(5, 8)))
    a1, a2 = rng.choice([212.4, 198.65, 224.1]), rng.choice([212.4, 198.65, 224.1])
    total = round(a1 + a2, 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left="ADVR-IV-9 (rev. 11/2025)")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(AGENCY, "DVR", [f"Vendor Payment Unit  |  {VPU.split(', ', 1)[1]}",
                           f"Vendor line {tollfree(rng)}  |  Fax {phone(rng)}"], box="LATE INVOICE")
    p.line(wday(ld), 10, "B")
    p.ln(2)
    p.addr_kv([RX, f"Attn: {pharm}, RPh", *aw_addr(rng)],
              [("Invoice no.", inv), ("Vendor no.", vno), ("Participant", part), ("Participant ID", f"AVR {num}"),
               ("Fills", f"{slash(f1)} and {slash(f2)}"), ("Billed", usd(total)), ("Invoice received", ymd(recv))],
              w=92, cap_w=32)
    p.columns(
        [("What you sent us", f"Your pharmacy's invoice asks the Division to pay for two 30-day fills of "
                              f"levetiracetam 500 mg tablets for the participant named at the right, on "
                              f"{long(f1)} ({usd(a1)}) and on {long(f2)} ({usd(a2)}), prescribed by "
                              f"{dr(prescriber)}. The counselor had authorized the medicine while the participant "
                              f"waited for Medicaid to begin."),
         ("Our rule for invoices", "When a pharmacy or any other vendor accepts an authorization from the Division, "
                                   "it agrees to send the invoice so that it reaches the Vendor Payment Unit within "
                                   "90 days after the last date of service on it. Invoices that come in later are not "
                                   "paid, and the vendor may not bill the participant instead.")],
        [("What we decided", f"The last fill on this invoice was on {long(f2)}. The invoice reached us on "
                             f"{ymd(recv)}, {(recv - f2).days} days later, so the Division has closed it without "
                             f"payment."),
         ("If you disagree", "If your records show that the invoice was mailed or sent to us in time (a fax "
                             "confirmation, a postal receipt or an earlier copy we received), you may ask for a "
                             "review within four months of the date of this letter. Send the proof with the invoice "
                             "number to the address above."),
         ("Questions", "Call the vendor line at the top of this letter on a weekday between 8:00 and 4:30.")],
        size=9.2)
    p.signoff(["", sig, "Claims Examiner, Vendor Payment Unit"], 9.6)
    t = truth("denial_letter", "timely_filing", insurer=AGENCY, member_id=f"AVR{num}", member_name=part, cases=[inv],
              claim_amount=m2(total), service_dates=[iso(f1), iso(f2)], denial_date=iso(ld), provider=RX,
              appeal_deadline=iso(add_months(ld, 4)),
              alternates={"insurer": AG_ALT, "member_id": [num]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_three_page_surgery_center_invoice_authorization_issued_after_surgery_taglines",
             "born_digital", [bd_surgery_center(rng)]),
        Item(F + "scan_es_aviso_quiropractico_fuera_del_pie_asunto", "scan_clean_300", [scan_es_chiro(rng)]),
        Item(F + "lowres_authorization_for_purchase_low_vision_evaluation_box_form", "scan_lowres_150",
             [lowres_authorization(rng)]),
        Item(F + "photocopy_vendor_payment_statement_two_pages_remark_code_glossary_on_back", "photocopy",
             [photocopy_vendor_statement(rng)]),
        Item(F + "finefax_medical_consultant_pain_program_not_shown_needed_nurse_and_medical_director", "fax_fine_g4",
             [finefax_pain_program(rng)]),
    ]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_dental_office_cover_dentures_after_case_closed_sideways_then_office_statement",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items.append(Item(F + "phone_two_column_pharmacy_invoice_past_ninety_days_four_months", "phone_photo",
                      [phone_pharmacy_late(rng)]))
    return items
