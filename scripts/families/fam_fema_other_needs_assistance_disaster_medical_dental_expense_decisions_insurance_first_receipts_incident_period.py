"""Papers mirrored (structure and plain wording style only) from the Federal Emergency Management Agency's
Individuals and Households Program: after a major disaster declaration, Other Needs Assistance may pay a survivor's
medical and dental costs that the disaster caused (an injury or illness from the disaster, medicine or equipment
lost, dentures broken or lost) when insurance or another source did not pay them; the survivor must file with any
health insurance first and send the insurer's decision, must send bills or receipts that show the cost, and the
cost must come from the disaster and its incident period; decisions come in letters to the applicant that name the
FEMA application number and disaster number, give the decision for each expense and allow an appeal within 60
days of the date of the letter. The disaster ("Missouri Severe Storms, Straight-line Winds, Tornadoes, and
Flooding", 4936-DR-MO, incident period February 17 through February 21, 2026, declared March 2, 2026), Pomme Creek
County and its towns, the P.O. box, the decision codes MD-01 to MD-08, every letter form number, hospital, clinic,
dental office, laboratory, pharmacy, optical shop, ambulance district, recovery group, health plan, person, number
and address are invented (phones 555); CPT and CDT codes appear as themselves. No heading names the kind of
refusal; each reason is told in plain words (or by a code explained on the back).

Documents (8 in 7 files):
- born_digital_four_page_partial_decision_routine_dental_not_disaster_caused: a four-page decision letter
  ("March 4th, 2026" shape at the top, "Mailed" date in the footer, the address at the left and caption/value pairs
  on the right half, the application number and disaster number in a running header from page 2); page 1 a money
  summary (expenses sent, insurance paid, paid by FEMA, the direct deposit) and no reason, page 2 an unruled table
  of four expenses with right-aligned money and a totals row where only the fourth line (a routine cleaning and
  x-rays at a dental office named only in that row) pays nothing, page 3 the reason as one sentence inside a long
  paragraph, an example in the boilerplate ("for example, if a bill was $1,000 ...") and "within 60 days of the
  date of this letter"; page 4 a nondiscrimination notice and language taglines.
- phone_es_carta_decision_faltan_recibos_visita_urgente_de_la_hija: a photographed Spanish decision letter to a
  mother about her daughter's urgent care visit on the night of the storm, refused because only the visit summary
  came and no bill or receipt showing the cost ("4 de marzo de 2026" dates, the amount she wrote on her form, a
  Helpline call reference as decoy, the reason in Spanish; "dentro de los 60 días a partir de la fecha de esta
  carta").
- finefax_stack_ortho_office_cover_statement_then_letter_injury_after_incident_period_upside_down: a fine-fax stack
  from an orthopedic office (its fax header on every page): the office's fax cover sheet to a long-term recovery
  group's case manager (belongs to no document), the office's itemized statement for a broken wrist (a real bill:
  account number, "Self-pay", charges on two dates, balance due; denies nothing), and FEMA's two-page letter dated
  with the weekday ("Tuesday, March 31, 2026") refusing the same bill because the fall from a ladder happened on
  March 6, after the incident period ended, the doctor only after "Attending:"; page 2 (the reason and "no later
  than" a printed date) fed upside down.
- lowres_appeal_decision_ambulance_paid_by_health_plan_appeal_no_only_in_subject: a 150 dpi appeal decision
  ("2026/04/14" at the top, "Notice mailed 04/14/2026" in the footer) keeping the refusal of an ambulance
  district's bill because the survivor's health plan paid the ride and she owes nothing (duplication of
  benefits), the appeal number only in the subject line, a Helpline call reference as decoy; the decision is final
  (no appeal deadline).
- photocopy_award_letter_eyeglasses_vision_plan_paid_part: a photocopied award letter ("9-Apr-2026" at the top and
  "Mailed 04/09/2026" at the foot, key/value box beside the address) paying for an eye exam and glasses lost in the
  flood after the vision plan's allowance (billed, plan paid, award, the direct deposit's account ending as decoy;
  denies nothing).
- rotated_two_column_letter_son_co_exposure_er_insurance_first: a two-page letter in two columns fed turned
  ("03.27.2026", month first; "mailed 03/27/2026" in the footer): the son's emergency room visit for carbon monoxide
  from a generator during the power outage is refused because "the information we received does not show" that
  the bill went to the family's health insurance first (one sentence in a long paragraph), the doctor after
  "Attending:"; "within 60 days of the date of this letter".
- clean300_code_only_lab_tests_spouse_not_disaster_caused_glossary_on_back: a clean-scan two-page letter whose page
  1 shows only the decision code MD-04 beside the husband's routine blood tests at a laboratory (the ordering
  doctor named), billed / insurance paid / your cost columns, and whose back page holds the code glossary, the
  reason and "within 60 days of the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famia import (EISheet, es_date, first_last, iso, last_first, long, mdy_dots, n2, office_cover,
                               ord_long, people, phone, plus, slash, tollfree, usd, wday_long, dmy_dash, workday,
                               ymd_slash, yy)
from public_kit import digits, m2, out, truth

FAMILY = ("fema_other_needs_assistance_disaster_medical_dental_expense_decisions_insurance_first_receipts_"
          "incident_period")
LANG = "en"
SEED = 354980
AGENCY = "Federal Emergency Management Agency"
AGENCY_ALT = ["FEMA", "U.S. Department of Homeland Security", "FEMA Individuals and Households Program",
              "Agencia Federal para el Manejo de Emergencias", "Department of Homeland Security"]
DISASTER = "Missouri Severe Storms, Straight-line Winds, Tornadoes, and Flooding"
DRN = "4936-DR-MO"
INC_A, INC_B = dt.date(2026, 2, 17), dt.date(2026, 2, 21)
DECL = dt.date(2026, 3, 2)
PO = ["P.O. Box 7720", "Denton, TX 76202-7720"]
TOWNS = [("Tansy Ridge", "65730"), ("Harlow Bend", "65744"), ("Cordell Mill", "65759"),
         ("Bitterroot Crossing", "65771"), ("Linnet", "65786")]
STREETS = ["Persimmon Hollow Rd", "Old Mill Race St", "Cottonwood Bottom Ln", "Ferry Landing Rd", "Shiloh Church Rd",
           "Quail Run Dr", "Spring Branch Ct", "County Road 412", "Wagon Ford Rd", "Sycamore Bend Ln"]


def app_no(rng):
    return digits(rng, 9)


def home(rng):
    town, z = rng.choice(TOWNS)
    return [f"{rng.randint(102, 9870)} {rng.choice(STREETS)}", f"{town}, MO {z}"]


def fema_head(p, rng, es=False):
    if es:
        lines = [AGENCY, "Agencia Federal para el Manejo de Emergencias", "Departamento de Seguridad Nacional de EE. UU."]
        right = [*PO, f"Línea de Ayuda {tollfree(rng)}", "TTY 711  |  DisasterAssistance.gov"]
    else:
        lines = [AGENCY, "U.S. Department of Homeland Security", "Individuals and Households Program"]
        right = [*PO, f"FEMA Helpline {tollfree(rng)}", "TTY 711  |  DisasterAssistance.gov"]
    p.seal_head("FEMA", lines, right)


def band(p, es=False):
    if es:
        p.disaster_band([("Desastre", DISASTER), ("Número", DRN),
                         ("Período del incidente", f"{es_date(INC_A)} al {es_date(INC_B)}")])
    else:
        p.disaster_band([("Disaster", DISASTER), ("Disaster number", DRN),
                         ("Incident period", f"{long(INC_A)} through {long(INC_B)}")])


def appeal_text(extra: str = "") -> str:
    return ("**If you disagree.** You may appeal our decision. Write a letter that explains why you disagree, sign "
            "it, and put your FEMA application number and the disaster number on every page. Send copies (not "
            "originals) of any bills, receipts or letters that support your appeal. " + extra)


# ---------------------------------------------------------------------------------------------------------------
def born_partial(rng):
    app, spouse, dentist = people(rng, 3, sexes="FMX")
    ano = app_no(rng)
    ld = workday(dt.date(2026, 3, rng.randint(23, 27)))
    rcvd = plus(ld, -rng.randint(9, 13))
    er_d = dt.date(2026, 2, rng.randint(18, 20))
    dent_d = plus(DECL, rng.randint(5, 8))
    clean_d = dt.date(2026, 2, rng.randint(24, 27))
    hosp = "Tansy Ridge Regional Medical Center"
    pharm = "Cordell Mill Pharmacy"
    dent_lab = "Ozark Hills Denture Clinic"
    routine = "Harlow Bend Family Dentistry"
    er_b = rng.choice([2418.0, 2386.5, 2455.0])
    er_ins = round(er_b * 0.8, 2)
    rx_b = rng.choice([46.2, 52.75, 39.9])
    den_b = rng.choice([1850.0, 1790.0, 1925.0])
    cl_b = rng.choice([212.0, 198.0, 226.0])
    spouse = f"{spouse.split()[0]} {spouse.split()[1]} {app.split()[-1]}"
    fs, fa = spouse.split()[0], app.split()[0]
    rows = [
        ["1", yy(er_d), fs, hosp, "ER visit, stitches to forearm", n2(er_b), n2(er_ins), n2(round(er_b - er_ins, 2)),
         n2(round(er_b - er_ins, 2))],
        ["2", yy(er_d), fs, pharm, "Antibiotic, pain medicine", n2(rx_b), "0.00", n2(rx_b), n2(rx_b)],
        ["3", yy(dent_d), fa, dent_lab, "Full upper denture (lost)", n2(den_b), "0.00", n2(den_b), n2(den_b)],
        ["4", yy(clean_d), fa, routine, "Cleaning, x-rays (D1110, D0274)", n2(cl_b), "0.00", n2(cl_b), "0.00"],
    ]
    tb = round(er_b + rx_b + den_b + cl_b, 2)
    ti = er_ins
    tc = round(tb - ti, 2)
    tf = round(tc - cl_b, 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"IHP Letter MD-3 (10/2025)  |  Mailed {slash(ld)}",
                run_left=f"FEMA App. {ano}  |  {DRN}  |  {last_first(app)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    fema_head(p, rng)
    p.line(ord_long(ld), 10.2, "B")
    p.ln(3)
    p.addr_pairs_right([app, *home(rng)],
                       [("Applicant", app), ("FEMA application number", ano), ("Disaster number", DRN),
                        ("County", "Pomme Creek"), ("Expenses received", mdy_dots(rcvd)),
                        ("Type of help", "Medical and Dental")], split=0.42, cap_w=44)
    band(p)
    p.subject("Our decision on your request for Medical and Dental Assistance")
    p.para(f"Dear {app}:", 10)
    p.para("Thank you for sending us the bills and receipts for the medical and dental costs your household had "
           "after the storms. We have finished reviewing them. We can pay for part of what you asked for. The table "
           "on page 2 lists each expense and what we decided about it, and page 3 tells you more about our decision "
           "and what you can do.", 10)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    y1 = p.money_box("Your Medical and Dental request", [("Expenses you sent us", usd(tb)),
                                                         ("Paid by your insurance", usd(ti)),
                                                         ("Cost to you", usd(tc)),
                                                         ("Paid by FEMA", usd(tf))], w=W * 0.52 - 3)
    p.set_xy(p.l_margin + W * 0.52 + 3, y0)
    y2 = p.money_box("How we paid", [("Direct deposit", usd(tf)), ("Bank account ending", digits(rng, 4)),
                                     ("Deposit date", slash(plus(ld, 2)))],
                     x=p.l_margin + W * 0.52 + 3, w=W * 0.48 - 3, bold_last=False,
                     note="Allow 3 to 5 business days for your bank.")
    p.set_xy(p.l_margin, max(y1, y2) + 5)
    p.para("Please use this money only for the costs it was paid for. Keep your bills and receipts for three years; "
           "we may ask to see them.", 9.6)
    p.add_page()
    p.heading("Your expenses and our decision on each", 11.5, rule=True)
    p.para(f"The dates are the dates of service. \"Insurance paid\" is what {hosp}'s bill shows your health plan paid. "
           "FEMA looks only at the cost left to you.", 8.8)
    widths = [6, 13, 15, 50, 43, 14, 14, 13, W - 168]
    p.bare_table(["#", "Date", "Person", "Provider", "Expense", "Billed", "Ins. paid", "Your cost",
                  "FEMA paid"], rows, widths, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R"], size=7.0,
                 row_h=5.0, totals=["", "", "", "", "Totals", n2(tb), n2(ti), n2(tc), n2(tf)])
    p.para(f"Person: {fs} is {spouse}; {fa} is {app}.", 8.6)
    p.para("Expense 4: see page 3.", 8.8)
    p.heading("How we figure the amount", 10)
    p.para("We pay the part of a disaster-caused cost that insurance or another program did not pay. For example, "
           "if a bill was $1,000 and your insurance paid $800, we look at the $200 you had to pay. We do not pay a "
           "cost twice, and we do not pay for costs you do not owe.", 9)
    p.add_page()
    p.heading("About expense 4", 11.5)
    p.para("Medical and Dental Assistance is part of Other Needs Assistance, and it helps with costs that the "
           "disaster caused and that insurance or another program did not cover, such as treatment for an injury "
           "from the storms, medicine or medical equipment that was lost or damaged, or dentures that were broken or "
           "lost in the disaster. We compared each bill and receipt you sent with the dates and events you told us "
           "about when you applied, and we also read the treatment notes you sent with expense 4. The notes show "
           f"that the cleaning and x-rays on {long(clean_d)} were the regular six-month visit you had booked in "
           "December, before the storms, so this cost was not caused by the disaster and we cannot pay it. This "
           "does not change what we decided about expenses 1 to 3, which we have paid, and it does not affect any "
           "other help you applied for, such as Rental Assistance or Personal Property Assistance.", 10)
    p.para(appeal_text("You must send your appeal within 60 days of the date of this letter. You can upload it at "
                       f"DisasterAssistance.gov, fax it to {phone(rng, '800')}, or mail it to the P.O. box at the "
                       "top of page 1."), 10)
    p.para("**Other help.** If you still have disaster-caused medical costs that insurance will not pay, a disaster "
           "case manager may be able to help you find other resources. Call the FEMA Helpline and ask.", 10)
    p.signoff(["Sincerely,", "Individuals and Households Program", AGENCY], 9.8)
    p.add_page()
    p.nondiscrim("FEMA", tollfree(rng))
    p.ln(2)
    p.tagline_block(tollfree(rng))
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id=ano, member_name=app, cases=[],
              claim_amount=m2(cl_b), service_dates=[iso(clean_d)], denial_date=iso(ld), provider=routine,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": AGENCY_ALT, "case_numbers": [[ano]]})
    return out(p), t


def phone_es(rng):
    mom, kid, agent = people(rng, 3, es=True, sexes="FFX")
    kid = f"{kid.split()[0]} {kid.split()[1]} {mom.split()[-1]}"
    ano = app_no(rng)
    ld = workday(dt.date(2026, 4, rng.randint(6, 10)))
    rcvd = plus(ld, -rng.randint(10, 14))
    dos = dt.date(2026, 2, rng.randint(18, 19))
    call = plus(rcvd, -rng.randint(3, 6))
    uc = "Quarry Road Urgent Care"
    amt = rng.choice([385.0, 362.0, 410.0])
    p = EISheet(footer="Página {n} de {nb}", footer_left=f"Carta IHP-MD-ES (10/2025)  |  Enviada {slash(ld)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    fema_head(p, rng, es=True)
    p.line(f"Fecha de esta carta: {es_date(ld)}", 10, "B")
    p.ln(2)
    p.addr_pairs_right([mom, *home(rng)],
                       [("Solicitante", mom), ("N.º de solicitud de FEMA", ano), ("Desastre", DRN),
                        ("Recibimos sus papeles", es_date(rcvd))], split=0.42, cap_w=44)
    band(p, es=True)
    p.subject("Decisión sobre su solicitud de Asistencia Médica y Dental")
    p.para(f"Estimada {mom}:", 10)
    p.para(f"Usted nos pidió ayuda con el costo de la visita de su hija, {kid}, a {uc} el {es_date(dos)}, cuando le "
           "dio un ataque de asma por el polvo y el moho después de la inundación. En su formulario escribió que la "
           f"visita costó {usd(amt)}.", 10)
    p.decision_line("NO", "No elegible: faltan papeles que muestren el costo",
                    "Por ahora no podemos pagar este gasto.", 9.4, code_w=20)
    p.para("**Por qué.** La información que recibimos no muestra cuánto cobró la clínica por la visita ni cuánto "
           "pagó usted. Nos mandó el resumen médico de la visita, que explica el tratamiento, pero no una factura, "
           "un recibo ni la explicación de beneficios de un seguro. Sin uno de esos papeles no podemos saber cuál "
           "es el gasto que le quedó a usted.", 10)
    p.heading("Qué puede hacer", 11)
    p.bullets([f"Pida a {uc} una factura detallada o un recibo de lo que pagó, y mándenos una copia.",
               "Si su hija tiene seguro médico o Medicaid, mándenos también la carta o la explicación de beneficios "
               "que muestre cuánto pagó el seguro.",
               "Puede apelar esta decisión dentro de los 60 días a partir de la fecha de esta carta. Escriba su "
               "número de solicitud de FEMA y el número del desastre en cada página."], 9.8)
    p.para(f"Cuando llamó a la Línea de Ayuda el {es_date(call)}, le dimos el número de referencia "
           f"{call:%m%d}-{digits(rng, 5)} para esa llamada. No hace falta que lo escriba en su apelación.", 9.4)
    p.signoff(["Atentamente,", "Programa de Individuos y Familias", "FEMA"], 9.8)
    t = truth("denial_letter", "other", insurer=AGENCY, member_id=ano, member_name=kid, cases=[],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=uc,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": AGENCY_ALT, "case_numbers": [[ano]], "claim_amount": [None]})
    return out(p), t


def finefax_stack(rng):
    pat, doc, clerk, cm = people(rng, 4, sexes="MXFF")
    ano = app_no(rng)
    office = "Gasper Bluff Orthopedics"
    inj = dt.date(2026, 3, rng.randint(5, 7))
    fu = plus(inj, 14)
    st_d = plus(fu, rng.randint(5, 8))
    ld = workday(plus(st_d, rng.randint(2, 5)))
    sent = plus(ld, rng.randint(6, 9))
    by = plus(ld, 60)
    acct = f"GBO-{digits(rng, 6)}"
    lines = [(inj, "99204", "New patient visit, wrist injury", 310.0), (inj, "73110", "X-ray, wrist, 3 views", 142.0),
             (inj, "25600", "Closed treatment, distal radius fracture", rng.choice([1180.0, 1215.0])),
             (inj, "Q4012", "Short arm cast, fiberglass", 96.0), (fu, "73110", "X-ray, wrist, 3 views", 142.0),
             (fu, "29075", "Cast change, short arm", rng.choice([88.0, 94.0]))]
    tot = round(sum(x[3] for x in lines), 2)
    o_phone, o_fax = phone(rng, "417"), phone(rng, "417")
    hdr = f"{sent:%m/%d/%Y} 10:{rng.randint(10, 59)}  GASPER BLUFF ORTHO  {o_fax}  P.{{p}}/004"
    addr = home(rng)
    # cover
    cover = office_cover(office, ["2204 Bluff View Pkwy, Suite 3, Harlow Bend, MO 65744", f"Phone {o_phone}  |  "
                                  f"Fax {o_fax}"], f"{cm}, Pomme Creek Long-Term Recovery Group", phone(rng, "573"),
                         f"{clerk}, billing office", slash(sent), f"{pat}: statement and FEMA letter", 4,
                         [f"{first_last(pat)} asked us to send you our statement and the letter FEMA sent him about "
                          "it, for your meeting this week.", "Call me if you need the x-ray reports too."])
    # document 1: the office's statement
    s = EISheet(footer=None, footer_left=f"Account {acct}  |  Statement {slash(st_d)}", fax_tpl=hdr, fax_off=1)
    s.set_margins(16, 14, 16)
    s.add_page()
    s.head(office, "GBO", [f"2204 Bluff View Pkwy, Suite 3, Harlow Bend, MO 65744  |  Billing {o_phone}",
                           "Fracture care  |  Sports medicine  |  Hand and wrist"], box="PATIENT STATEMENT", size=12.5)
    W = s.w - s.l_margin - s.r_margin
    s.capstrip([("STATEMENT DATE", slash(st_d)), ("ACCOUNT NO.", acct), ("AMOUNT DUE", usd(tot)),
                ("PAY BY", slash(plus(st_d, 30)))], [W * 0.25] * 4, size=9.4)
    s.ln(3)
    for ln in [pat, *addr]:
        s.line(ln, 10)
    s.ln(3)
    s.pairs([("Patient", pat), ("Attending", f"Dr. {doc}"), ("Insurance", "None on file (self-pay)"),
             ("Note", "FEMA application pending per patient")], label_w=30, size=9.4)
    s.ln(2)
    s.table(["Date", "Code", "Description", "Charge"],
            [[slash(d), c, t_, usd(b)] for d, c, t_, b in lines] + [["", "", "Total charges", usd(tot)],
                                                                    ["", "", "Payments and adjustments", "$0.00"],
                                                                    ["", "", "Balance due", usd(tot)]],
            [W * 0.16, W * 0.12, W * 0.52, W * 0.2], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    s.para("Self-pay accounts may ask for our prompt-pay discount or a payment plan. Call the billing office before "
           "the pay-by date.", 9.2)
    d_st = (out(s), truth("other", None, insurer=None, member_name=pat, cases=[], claim_amount=m2(tot),
                          service_dates=[iso(inj), iso(fu)], denial_date=iso(st_d), provider=office,
                          unscored=["insurer"], alternates={"provider": [f"Dr. {doc}", doc]}))
    # document 2: FEMA's letter, two pages
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"IHP Letter MD-7 (10/2025)  |  Mailed {slash(ld)}",
                run_left=f"Application {ano}  |  FEMA-{DRN}", fax_tpl=hdr, fax_off=2)
    p.set_margins(17, 14, 17)
    p.add_page()
    fema_head(p, rng)
    p.line(wday_long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([pat, *addr], [("Application no.", ano), ("Disaster", f"FEMA-{DRN}"), ("Applicant", pat),
                             ("Program", "Other Needs Assistance")], w=88, cap_w=32)
    p.heading("Decision on your Medical and Dental expenses", 12)
    p.para(f"Dear {pat}:", 10)
    p.para("We reviewed the bill you sent for medical care after the disaster. Here is what we looked at:", 10)
    p.wrap_table(["Provider", "Dates of service", "Expense", "Billed", "Decision"],
                 [[f"{office}\nAttending: Dr. {doc}", f"{slash(inj)} and {slash(fu)}",
                   "Fracture care, right wrist: visits, x-rays, cast", usd(tot), "Not eligible"]],
                 [W * 0.3 + 2, W * 0.2, W * 0.26, W * 0.12, W * 0.12], size=8.8)
    p.para("We are sorry we cannot help with this bill. The reason and your right to appeal are on page 2.", 10)
    p.para("If you applied for other kinds of help, such as Home Repair Assistance, you will get a separate letter "
           "about each one.", 9.6)
    p.add_page()
    p.heading("Why we cannot pay for this bill", 11.5)
    p.para(f"You told us that you broke your wrist on {long(inj)}, when you fell from a ladder while pulling storm "
           f"debris off your roof. The incident period of this disaster, the days on which the storms, tornadoes "
           f"and flooding happened, is {long(INC_A)} through {long(INC_B)}. Medical and Dental Assistance pays for "
           "injuries and illness that happen during the incident period. Your injury happened after it ended, so "
           "the cost of its care is outside what this program can pay.", 10)
    p.para("We understand that cleaning up after the storms is hard and sometimes dangerous work. A disaster case "
           "manager can help you look for other help with this bill.", 10)
    p.para(appeal_text(f"Your appeal must reach us no later than {long(by)}."), 10)
    p.signoff(["Sincerely,", "Individuals and Households Program", AGENCY], 9.8)
    d_fema = (out(p), truth("denial_letter", "eligibility", insurer=AGENCY, member_id=ano, member_name=pat, cases=[],
                            claim_amount=m2(tot), service_dates=[iso(inj), iso(fu)], denial_date=iso(ld),
                            provider=office, appeal_deadline=iso(by),
                            denial_alternates=["not_covered"],
                            alternates={"insurer": AGENCY_ALT, "case_numbers": [[ano]],
                                        "provider": [f"Dr. {doc}", doc]}))
    return [d_st, d_fema], cover


def lowres_appeal(rng):
    app, agent = people(rng, 2, sexes="FX")
    ano = app_no(rng)
    apl = f"APL-4936-{digits(rng, 6)}"
    amb = "Pomme Creek County Ambulance District"
    plan = "Prairie Hearth Health Plan"
    dos = dt.date(2026, 2, rng.randint(18, 20))
    filed = dt.date(2026, 3, rng.randint(24, 27))
    dd = workday(dt.date(2026, 4, rng.randint(13, 15)))
    call = plus(filed, rng.randint(5, 9))
    billed = rng.choice([1946.0, 1872.5, 2014.0])
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"IHP Appeal Decision AP-2 (10/2025)  |  Notice mailed "
                                                       f"{slash(dd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fema_head(p, rng)
    p.line(ymd_slash(dd), 10.2, "B")
    p.ln(2)
    p.addr_pairs_right([app, *home(rng)],
                       [("FEMA application #", ano), ("Disaster", DRN), ("Appeal received", slash(filed)),
                        ("Applicant", app)], split=0.45, cap_w=40)
    p.subject(f"Re: Appeal {apl}, ambulance transport of {long(dos)}")
    p.para(f"Dear {app}:", 10)
    p.para(f"We received your appeal of our decision not to pay the bill from {amb} for the ambulance that took you "
           f"to the hospital on {long(dos)}, after the tornado damaged your home. The district billed {usd(billed)}. "
           f"With your appeal you sent the district's bill and the explanation of benefits from your health plan, "
           f"{plan}.", 10)
    p.heading("Our decision", 11)
    p.para("**We have reviewed your appeal and we cannot change our decision.** The explanation of benefits shows "
           f"that {plan} paid the ambulance district for this ride under its emergency benefit and that the amount "
           "you owe the district is $0.00. You wrote that the district sent you a bill; the bill you sent us is "
           "dated before your plan paid. FEMA cannot pay for a cost that insurance has already paid, and it cannot "
           "pay for a cost you do not owe, because that would pay the same cost twice.", 10)
    p.para(f"If {amb} still asks you to pay after your plan paid, call the district and your plan, and keep their "
           "letters. If you end up with a cost the plan did not pay, send us that bill and the plan's explanation "
           "of benefits; we would look at it as a new expense.", 10)
    p.para(f"When you called the FEMA Helpline on {long(call)}, {agent} gave you call reference number "
           f"{call:%y%m%d}-{digits(rng, 4)}. That call is noted in your file.", 9.6)
    p.heading("This decision is final", 10.5)
    p.para("This appeal decision is FEMA's final decision on this expense. It does not affect other help you "
           "applied for.", 9.8)
    p.signoff(["Sincerely,", "Appeals Unit, Individuals and Households Program", AGENCY], 9.8)
    t = truth("denial_letter", "other", insurer=AGENCY, member_id=ano, member_name=app, cases=[apl],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(dd), provider=amb,
              alternates={"insurer": AGENCY_ALT, "case_numbers": [[apl, ano], [ano, apl]]})
    return out(p), t


def photocopy_award(rng):
    app, = people(rng, 1, sexes="M")
    ano = app_no(rng)
    shop = "Bent Oak Optical"
    dos = plus(DECL, rng.randint(9, 14))
    ld = workday(dt.date(2026, 4, rng.randint(7, 10)))
    billed = rng.choice([486.0, 512.0, 468.0])
    vp = 100.0
    award = round(billed - vp, 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"IHP Letter MD-1 (10/2025)  |  Mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fema_head(p, rng)
    p.line(f"Date: {dmy_dash(ld)}", 10.2, "B")
    p.ln(2)
    p.addr_kv([app, *home(rng)], [("FEMA application no.", ano), ("Disaster no.", DRN), ("Help approved",
                                                                                        "Medical and Dental"),
                                  ("Amount", usd(award))], w=90, cap_w=38)
    p.heading("You are approved for Medical and Dental Assistance", 12)
    p.para(f"Dear {app}:", 10)
    p.para(f"We reviewed the receipt from {shop} for the eye exam and the new glasses you bought on {long(dos)}, "
           "after your glasses were lost when water came into your home. Your vision plan paid part of the cost, "
           "and we are paying the rest.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Provider", "Date", "Expense", "Billed", "Vision plan paid", "FEMA award"],
            [[shop, slash(dos), "Eye exam, frames and lenses", usd(billed), usd(vp), usd(award)]],
            [W * 0.22, W * 0.13, W * 0.29, W * 0.12, W * 0.12, W * 0.12], size=8.8,
            aligns=["L", "L", "L", "R", "R", "R"])
    p.para(f"**Payment.** We sent {usd(award)} by direct deposit to your bank account ending in {digits(rng, 4)} "
           f"on {long(plus(ld, 1))}. It may take a few days to show in your account.", 10)
    p.heading("Please remember", 11)
    p.bullets(["Use this money only for the cost it was paid for.",
               "Keep your receipts for three years. We may ask to see them.",
               "If your vision plan later pays more for these glasses, you must pay that amount back to FEMA.",
               "If you think we left something out, call the FEMA Helpline."], 9.8)
    p.signoff(["Sincerely,", "Individuals and Households Program", AGENCY], 9.8)
    t = truth("other", None, insurer=AGENCY, member_id=ano, member_name=app, cases=[], claim_amount=m2(billed),
              service_dates=[iso(dos)], denial_date=iso(ld), provider=shop,
              alternates={"insurer": AGENCY_ALT, "case_numbers": [[ano]], "claim_amount": [None]})
    return out(p), t


def rotated_two_col(rng):
    mom, son, doc = people(rng, 3, sexes="FMX")
    son = f"{son.split()[0]} {son.split()[1]} {mom.split()[-1]}"
    ano = app_no(rng)
    hosp = "Tansy Ridge Regional Medical Center"
    dos = dt.date(2026, 2, rng.randint(19, 21))
    ld = workday(dt.date(2026, 3, rng.randint(25, 27)))
    billed = rng.choice([3212.5, 3098.0, 3346.25])
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"IHP Letter MD-5 (10/2025)  |  mailed {slash(ld)}",
                run_left=f"{last_first(mom)}  |  App. {ano}  |  {DRN}")
    p.set_margins(16, 14, 16)
    p.add_page()
    fema_head(p, rng)
    p.line(mdy_dots(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([mom, *home(rng)], [("Application", ano), ("Disaster", DRN), ("Person treated", son),
                                  ("Date of service", slash(dos)), ("Billed", usd(billed))], w=92, cap_w=32)
    p.heading(f"About your son's bill from {hosp}", 12)
    p.columns(
        [("What you asked for", f"Dear {mom}: You asked FEMA to help pay the bill from {hosp} for the emergency "
                                f"room visit of your son, {son}, on {long(dos)}. He was treated for carbon monoxide "
                                f"from the generator you ran during the power outage (Attending: Dr. {doc}). The "
                                f"hospital billed {usd(billed)}."),
         ("What we decided", "**We cannot pay this bill at this time.** This is not a decision that the visit was "
                             "not needed or was not caused by the disaster.")],
        [("Why", "Medical and Dental Assistance pays only the part of a disaster-caused cost that insurance does not "
                 "pay, so before we can look at a medical bill we need to know what the family's health insurance "
                 "will do with it; when you applied, you told us that your children are covered by your employer's "
                 "health plan, and the information we received does not show that you filed this bill with that "
                 "plan or that the plan made a decision on it, so we do not yet know whether any cost is left to you "
                 "after insurance; the hospital's bill that you sent is marked 'insurance not billed'."),
         ("What you can do", "Give the hospital your health plan card and ask it to bill the plan. When the plan "
                             "decides, send us its explanation of benefits or its letter.")],
        size=9.2)
    p.add_page()
    p.heading("If you disagree", 11)
    p.para(appeal_text("You must send your appeal within 60 days of the date of this letter."), 10)
    p.heading("If your plan does not pay", 11)
    p.para("If your plan refuses the bill or pays only part of it, send us its decision. A refusal because of a "
           "deductible, copayment or a limit still leaves a cost we can look at. You do not have to file a new "
           "application.", 10)
    p.signoff(["Sincerely,", "Individuals and Households Program", AGENCY], 9.8)
    t = truth("denial_letter", "other", insurer=AGENCY, member_id=ano, member_name=son, cases=[],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": AGENCY_ALT, "case_numbers": [[ano]], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def clean_code(rng):
    app, hus, doc = people(rng, 3, sexes="FMX")
    hus = f"{hus.split()[0]} {hus.split()[1]} {app.split()[-1]}"
    ano = app_no(rng)
    lab = "Mid-River Clinical Laboratory"
    dos = plus(DECL, rng.randint(2, 6))
    ld = workday(dt.date(2026, 4, rng.randint(20, 23)))
    tests = [("83036", "Hemoglobin A1c", 64.0), ("80061", "Lipid panel", rng.choice([92.0, 88.0])),
             ("80053", "Comprehensive metabolic panel", rng.choice([118.0, 126.0])), ("36415", "Blood draw", 24.0)]
    billed = round(sum(x[2] for x in tests), 2)
    ins = round(billed * 0.7, 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"IHP Letter MD-4 (10/2025)  |  {slash(ld)}",
                run_left=f"FEMA application {ano}", run_right="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    fema_head(p, rng)
    p.line(f"Date of this letter: {long(ld)}", 10, "B")
    p.ln(2)
    p.addr_pairs_right([app, *home(rng)],
                       [("Application number", ano), ("Disaster", f"DR-4936-MO"), ("Household member", hus)],
                       split=0.45, cap_w=38)
    p.heading("Decision on a Medical and Dental expense", 12)
    p.para(f"Dear {app}:", 10)
    p.para("We reviewed the laboratory bill you sent us. Our decision is in the table. The code in the last column "
           "gives the reason; the codes are explained on the back of this page.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.pairs([("Person treated", hus), ("Provider", lab), ("Ordering", f"Dr. {doc}")], label_w=34, size=9.2)
    p.ln(1)
    p.ledger(["Date", "Service", "Billed", "Insurance paid", "Cost to you", "Decision", "Code"],
             [[yy(dos), f"{c} {n}", n2(b), "", "", "", ""] for c, n, b in tests] +
             [["", "Bill total", n2(billed), n2(ins), n2(round(billed - ins, 2)), "Not eligible", "MD-04"]],
             [18, 66, 18, 20, 18, 24, W - 164], aligns=["L", "L", "R", "R", "R", "L", "L"], size=8.0)
    p.para("Amounts are in U.S. dollars. \"Cost to you\" is the bill total less what your insurance paid.", 8.6)
    p.para("You may appeal within 60 days of the date of this letter. How to appeal is on the back.", 10)
    p.signoff(["Sincerely,", "Individuals and Households Program", AGENCY], 9.8)
    p.add_page()
    p.glossary("Decision codes", [
        ("MD-01", "Approved. We paid the cost left to you after insurance."),
        ("MD-02", "We need the decision of your health insurance before we can look at this cost."),
        ("MD-03", "Your insurance paid this cost, or you do not owe it."),
        ("MD-04", "The cost was not caused by the disaster. The bill shows care you would have needed whether or "
                  "not the disaster happened, such as a regular check-up or tests for a condition you had before."),
        ("MD-05", "The bill or receipt does not show the cost, the date or the person treated."),
        ("MD-06", "The injury or illness happened outside the incident period of the disaster."),
        ("MD-07", "Another program or agency has paid or will pay this cost."),
        ("MD-08", "The person treated is not part of the household on your application.")], size=7.8)
    p.heading("How to appeal", 10.5)
    p.para(appeal_text("Your appeal must be sent within 60 days of the date of this letter."), 9.4)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id=ano, member_name=hus, cases=[],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld), provider=lab,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": AGENCY_ALT, "case_numbers": [[ano]], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_four_page_partial_decision_routine_dental_not_disaster_caused", "born_digital",
             [born_partial(rng)]),
        Item(F + "phone_es_carta_decision_faltan_recibos_visita_urgente_de_la_hija", "phone_photo", [phone_es(rng)]),
    ]
    docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_ortho_office_cover_statement_then_letter_injury_after_incident_period_"
                          "upside_down", "fax_fine_g4", docs, separators=[cover, None], turns={(1, 1): 180}))
    items += [
        Item(F + "lowres_appeal_decision_ambulance_paid_by_health_plan_appeal_no_only_in_subject", "scan_lowres_150",
             [lowres_appeal(rng)]),
        Item(F + "photocopy_award_letter_eyeglasses_vision_plan_paid_part", "photocopy", [photocopy_award(rng)]),
        Item(F + "rotated_two_column_letter_son_co_exposure_er_insurance_first", "rotated", [rotated_two_col(rng)]),
        Item(F + "clean300_code_only_lab_tests_spouse_not_disaster_caused_glossary_on_back", "scan_clean_300",
             [clean_code(rng)]),
    ]
    return items
