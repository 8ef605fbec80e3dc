"""Family 'illinois_healthchoice_mco_notice_of_action_es': an invented HealthChoice Illinois (Medicaid managed care)
plan's notices that a service is denied, in English and Spanish, in the structure of the public Illinois MCO notices
(the action, the service, the reason and the rule, an appeal with the plan within 60 days of the date of the notice,
the State Fair Hearing with the Illinois Department of Healthcare and Family Services within 120 days of the appeal
decision, continued services if asked within 10 days, an expedited appeal decided in 24 hours / 72 hours).

Documents: born-digital notice denying more physical therapy visits (label column); phone photo of a Spanish notice
refusing an out-of-network specialist (boxed grid); fine-fax appeal decision upholding a hospital bed denial, told
only in sentences; low-resolution member EOB with three claims, one refused for timely filing; photocopied two-page
notice refusing more acute rehabilitation days (level of care, running header); sideways Spanish approval (denies
nothing); a scanned stack of a fax cover, a notice refusing a sleep study billed without prior authorization, and the
doctor's letter to the plan asking for a retro review (fed upside down).
Issuer (invented): Wabash Meadow Health. Every person, ID, phone (555) and date is invented.
Decoys: DOB, Illinois Recipient ID (RIN) beside the plan's member ID, NPIs, request-received dates, 10-day, 120-day,
72-hour and 4-month limits, form numbers, CPT codes, other claims' numbers, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import fmt_date, fmt_money, iso, pdf_bytes, truth
from kit_roundcy_famcyc import Page, address_block, dg, kv, shaded

FAMILY = "illinois_healthchoice_mco_notice_of_action_es"
LANG = "en"
SEED = 349302
PLAN = "Wabash Meadow Health"
PLAN_ADDR = "PO Box 60417, Springfield, IL 62794"
FORM = "WMH-NOA-IL 07/2025"
MEMBERS = ["Rosalind T. Okonjo", "Efraín J. Montalvo", "Harriet G. Lindqvist", "Desmond A. Ferrante",
           "Luz M. Carrasco", "Percy W. Ambrose", "Marisol E. Zamora"]
DOCTORS = ["Ingrid P. Haldane", "Arturo V. Benítez", "Colin R. Ashworth", "Naomi K. Fairbanks",
           "Gideon L. Mbeki", "Sunita D. Kaplan", "Joaquín R. Irizarry"]
TOWNS = ["Peoria, IL 61604", "Decatur, IL 62521", "Rockford, IL 61101", "Joliet, IL 60432", "Champaign, IL 61820"]


def facts(k: int, ds: str) -> dict:
    r = random.Random(SEED * 10 + k)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    return dict(r=r, ds=ds, notice=notice, member=MEMBERS[k], doctor=DOCTORS[k],
                received=notice - dt.timedelta(days=r.randint(2, 8)),
                planned=notice + dt.timedelta(days=r.randint(6, 21)),
                dob=dt.date(r.randint(1952, 2015), r.randint(1, 12), r.randint(1, 28)),
                mid="WM" + dg(r, 9), rin=dg(r, 9), auth="IL" + dg(r, 8), noa="NOA-" + dg(r, 7),
                appeal="AP" + str(notice.year) + "-" + dg(r, 5), claim=dg(r, 2) + "M" + dg(r, 9),
                npi=r.choice("12") + dg(r, 9), phone=f"1-555-01{r.randint(0, 9)}-{dg(r, 4)}",
                fax=f"1-555-01{r.randint(0, 9)}-{dg(r, 4)}",
                street=f"{r.randint(100, 9800)} {r.choice(['N Sheridan Rd', 'W Main St', 'E Monroe Ave', 'S Cedar St'])}",
                town=r.choice(TOWNS))


def D(f, d, style=None):
    return fmt_date(d, style or f["ds"])


def plus(d, n):
    return d + dt.timedelta(days=n)


def letterhead(d, f, es=False):
    y0 = d.get_y()
    d.set_fill_color(30, 30, 30)
    d.rect(d.l_margin, y0, 4, 16, "F")
    d.set_xy(d.l_margin + 7, y0)
    d.font(16, "B")
    d.cell(100, 8, PLAN)
    d.font(8)
    d.cell(0, 4, "HealthChoice Illinois" if not es else "HealthChoice Illinois (Medicaid)", align="R")
    d.set_xy(d.l_margin + 7, y0 + 8.5)
    d.font(8.2)
    d.cell(100, 4, PLAN_ADDR)
    d.cell(0, 4, ("Member Services " if not es else "Servicios al Miembro ") + f"{f['phone']}  TTY 711", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 19)


def rights_en(d, f, size=8.6, after_appeal=False):
    d.text_line("YOUR RIGHTS IF YOU DISAGREE WITH THIS DECISION", 9.8, "B")
    d.para(f"Appeal: You or someone you choose, such as your doctor, can ask {PLAN} for an appeal. You must ask "
           "within 60 days of the date of this notice. Call Member Services or write to Appeals, "
           f"{PLAN_ADDR}, fax {f['fax']}. You may send records and letters, and you may ask for free copies of "
           "everything we used, including the criteria.", size)
    d.para("Expedited appeal: If waiting could seriously harm your health, ask for a fast appeal. We will decide "
           "within 24 hours after we get all needed information, and no later than 72 hours.", size)
    d.para("Keep your services: If this notice stops or reduces a service you already get, you can keep it during "
           "the appeal if you ask within 10 days of the date of this notice. If you lose the appeal you may have to "
           "pay for the services you got while it was pending.", size)
    d.para("State Fair Hearing: After our appeal decision, if you still disagree, you may ask for a State Fair "
           "Hearing with the Illinois Department of Healthcare and Family Services (HFS), Bureau of Administrative "
           "Hearings, within 120 days of the date of the appeal decision. You may also ask for an external "
           "independent review.", size)


def rights_es(d, f, size=8.6):
    d.text_line("SUS DERECHOS SI NO ESTÁ DE ACUERDO", 9.8, "B")
    d.para(f"Apelación: Usted o alguien que usted elija puede pedir a {PLAN} una apelación dentro de los 60 días a "
           "partir de la fecha de este aviso. Llame a Servicios al Miembro o escriba a Apelaciones, "
           f"{PLAN_ADDR}. Puede pedir copias gratuitas de los documentos y criterios utilizados.", size)
    d.para("Apelación acelerada: si esperar puede dañar gravemente su salud, pida una apelación rápida; "
           "decidiremos en un plazo de 72 horas.", size)
    d.para("Audiencia imparcial estatal: si no está de acuerdo con nuestra decisión de apelación, puede pedir una "
           "audiencia al Departamento de Servicios de Salud y Familia de Illinois (HFS) dentro de los 120 días a "
           "partir de la fecha de la decisión de apelación.", size)


# ---- 1: born-digital notice, more PT visits denied (label column) ------------------------------------------
def doc_pt():
    f = facts(0, "slash")
    d = Page(footer=f"{FORM}   page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, [f["member"].upper(), f["street"], f["town"]])
    d.text_line("NOTICE OF ACTION", 14, "B")
    d.text_line("Notice of Adverse Benefit Determination - Service Request", 9.6)
    d.ln(2)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Illinois Recipient ID (RIN)", f["rin"]),
           ("Date of birth", D(f, f["dob"])), ("Authorization request #", f["auth"]),
           ("Date we got the request", D(f, f["received"])),
           ("Requesting provider", f"{f['doctor']}, MD   NPI {f['npi']}"),
           ("Service requested", "Outpatient physical therapy, 12 more visits (97110, 97140)"),
           ("Start date requested", D(f, f["planned"]))])
    shaded(d, "ACTION: We DENIED the request for the service listed above.")
    d.para("Why: You have had 24 physical therapy visits since your shoulder surgery. The therapy notes sent to us "
           "show that your range of motion has not changed in the last six visits and that you are doing a home "
           "exercise program. More visits in the clinic are not medically necessary. We used the InterQual "
           "Rehabilitation criteria and 89 Ill. Adm. Code 140.", 9.3)
    rights_en(d, f)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["auth"]], service_dates=[iso(f["planned"])], denial_date=iso(f["notice"]),
              provider=f["doctor"], appeal_deadline=iso(plus(f["notice"], 60)), alternates={"member_id": [f["rin"]]})
    return pdf_bytes(d), t


# ---- 2: Spanish notice, out-of-network specialist (boxed grid, phone photo) --------------------------------
def doc_es_oon():
    f = facts(1, "es")
    d = Page()
    d.add_page()
    letterhead(d, f, es=True)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    address_block(d, [f["member"], f["street"], f["town"]])
    d.text_line("AVISO DE ACCIÓN", 14, "B", "C")
    d.text_line("Aviso de determinación adversa de beneficios", 9.5, "", "C")
    d.ln(3)
    d.boxes([("Nombre del miembro", f["member"], 62), ("Núm. de miembro", f["mid"], 40),
             ("Núm. de solicitud", f["auth"], 38), ("Fecha de nacimiento", D(f, f["dob"], "slash"), 38)],
            label_size=6.2, value_size=9.4)
    d.boxes([("Médico que solicita", f"Dr. {f['doctor']}", 62), ("Servicio", "Consulta de cardiología", 78),
             ("Fecha de la cita", D(f, f["planned"], "es_abbr"), 38)], label_size=6.2, value_size=9)
    d.ln(3)
    d.para(f"Su médico, el Dr. {f['doctor']}, pidió que usted vea a un cardiólogo de Lakeview Heart "
           f"Clinic. Recibimos la solicitud el {D(f, f['received'])}. Hemos NEGADO esta solicitud.", 9.6)
    d.para(f"Motivo: Lakeview Heart Clinic no forma parte de la red de {PLAN}. Hay dos cardiólogos "
           "de la red a menos de 30 millas de su casa que pueden darle una cita en 14 días. Los "
           "servicios fuera de la red solo se aprueban cuando la red no puede dar el servicio.", 9.6)
    d.para(f"Número de aviso: {f['noa']}.  NPI: {f['npi']}.  Formulario {FORM}.", 8.8)
    rights_es(d, f, 8.8)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=PLAN, member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["auth"], f["noa"]], service_dates=[iso(f["planned"])],
              denial_date=iso(f["notice"]), provider=f["doctor"], appeal_deadline=iso(plus(f["notice"], 60)),
              alternates={"case_numbers": [[f["auth"]]], "provider": ["Lakeview Heart Clinic"]})
    return pdf_bytes(d), t


# ---- 3: appeal upheld, hospital bed, sentences only (fine fax) ---------------------------------------------
def doc_upheld():
    f = facts(2, "abbr")
    d = Page()
    d.add_page()
    letterhead(d, f)
    dec = plus(f["notice"], 21)
    d.text_line(D(f, dec), 10)
    d.ln(3)
    address_block(d, [f["member"], f["street"], f["town"]])
    d.text_line(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    d.ln(1)
    d.para(f"We have finished reviewing the appeal you filed on {D(f, plus(f['notice'], 6))}. We gave it appeal "
           f"number {f['appeal']}. You asked us to change our decision of {D(f, f['notice'])} on request "
           f"{f['auth']}, in which we said no to a semi-electric hospital bed that your doctor, "
           f"{f['doctor']}, DO, ordered for use at home.")
    d.para("A doctor who is board certified in internal medicine and who did not make the first decision read "
           "your appeal, your doctor's letter and your records. Your records show that you can change position "
           "in bed and get in and out of bed without help, and that you do not need the head of the bed raised "
           "more than 30 degrees. A hospital bed is not medically necessary for you. We are upholding our first "
           "decision.")
    d.para("This is our final decision. If you do not agree, you can ask for a State Fair Hearing with the Illinois "
           "Department of Healthcare and Family Services within 120 days of the date of this letter. You may also "
           "ask for an external independent review within 4 months of this letter. Someone can help you, such as a "
           "friend, a family member or a lawyer. You can ask us for free copies of your appeal file.")
    d.para(f"Your member ID is {f['mid']}. Call us at {f['phone']} (TTY 711) with questions.")
    d.ln(3)
    d.text_line("Grievance and Appeals Department", 10)
    d.text_line(PLAN, 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["appeal"], f["auth"]], service_dates=[], denial_date=iso(dec), provider=f["doctor"],
              appeal_deadline=None, alternates={"case_numbers": [[f["appeal"]]]})
    return pdf_bytes(d), t


# ---- 4: member EOB, three claims, one timely filing (low-res) ---------------------------------------------
def doc_eob():
    f = facts(3, "iso")
    r = f["r"]
    stmt = f["notice"]
    rows, claims = [], []
    provs = [("Illini Family Practice", "Office visit 99214"), ("Sangamo Valley Lab", "Lab panel 80053"),
             ("Prairie Ridge Radiology", "X-ray knee 73562")]
    for i, (prov, svc) in enumerate(provs):
        dos = stmt - dt.timedelta(days=r.randint(25, 60) if i != 2 else r.randint(230, 260))
        billed = float(f"{r.randint(120, 980)}.{r.choice(['00', '50', '35'])}")
        cl = dg(r, 2) + "M" + dg(r, 9)
        claims.append((cl, dos, billed, prov, svc))
        paid = 0.0 if i == 2 else round(billed * 0.42, 2)
        rows.append([cl, D(f, dos, "slash"), prov, svc, fmt_money(billed, "nosign"), fmt_money(paid, "nosign"),
                     "0.00", "T29" if i == 2 else "P01"])
    d = Page(orientation="L")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 13, "B")
    d.ln(1)
    kv(d, [("Statement date", D(f, stmt)), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Claims processed", f"{D(f, stmt - dt.timedelta(days=30))} to {D(f, stmt - dt.timedelta(days=1))}")],
       48, 9.2)
    d.table(["Claim number", "Service date", "Provider", "Service", "Billed", "Plan paid", "You owe", "Code"],
            rows, [36, 26, 52, 44, 24, 24, 22, 16], 8.4, aligns="LLLLRRRL", border_head="TB")
    d.para("P01: Paid according to your HealthChoice Illinois benefits.", 8.6)
    d.para("T29: DENIED. The provider sent this claim more than 180 days after the date of service. Claims must be "
           "filed within the time limit in the provider's contract. The provider may not bill you for this service.",
           8.6)
    d.para(f"If you disagree with a denied claim, you can appeal within 60 days of the date of this statement. Call "
           f"{f['phone']} or write to {PLAN} Appeals, {PLAN_ADDR}. A State Fair Hearing may be asked for within 120 "
           "days of our appeal decision.", 8.6)
    cl, dos, billed, prov, _ = claims[2]
    t = truth("eob", "timely_filing", insurer=PLAN, member_id=f["mid"], member_name=f["member"], case_numbers=[cl],
              claim_amount=f"{billed:.2f}", service_dates=[iso(dos)], denial_date=iso(stmt), provider=prov,
              appeal_deadline=iso(plus(stmt, 60)))
    return pdf_bytes(d), t


# ---- 5: two-page notice, acute rehab days denied, SNF instead (photocopy) ---------------------------------
def doc_rehab():
    f = facts(4, "upper")
    adm = f["notice"] - dt.timedelta(days=9)
    stop = plus(f["notice"], 1)
    end = plus(stop, 6)
    d = Page(header=f"{PLAN}  |  Notice of Action  |  Member ID {f['mid']}  |  Reference {f['auth']}",
             footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.font(10)
    d.cell(100, 5, "Notice date: " + D(f, f["notice"]))
    d.cell(0, 5, "Reference " + f["auth"], align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    address_block(d, [f["member"], f["street"], f["town"]])
    d.text_line("NOTICE OF ACTION - CONTINUED STAY", 13, "B")
    d.ln(1)
    d.table(["Member", "Member ID", "RIN", "Facility", "Admitted"],
            [[f["member"], f["mid"], f["rin"], "Kaskaskia Rehabilitation Hospital", D(f, adm)]],
            [44, 32, 26, 56, 26], 8.6)
    d.para(f"What we decided: We approved your stay in the acute inpatient rehabilitation unit through "
           f"{D(f, f['notice'])}. We DENIED the request from {f['doctor']}, MD, for more acute rehabilitation days "
           f"from {D(f, stop)} through {D(f, end)}.", 9.4)
    d.para("Why: You can now take part in about one hour of therapy a day and you need help with dressing and "
           "bathing. You no longer need three hours of therapy a day and daily physician visits. Your care can "
           "safely continue in a skilled nursing facility, which is the right level of care for you now. Our case "
           "manager has sent referrals to three skilled nursing facilities in the plan's network.", 9.4)
    d.para("Rule used: MCG Inpatient Rehabilitation guideline; 89 Ill. Adm. Code 148.40.", 9)
    d.add_page()
    rights_en(d, f, 9)
    d.para(f"Form {FORM}. Questions? Call {f['phone']}. NPI of the attending doctor: {f['npi']}.", 8.4)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["auth"]], service_dates=[iso(stop, end)], denial_date=iso(f["notice"]),
              provider=f["doctor"], appeal_deadline=iso(plus(f["notice"], 60)),
              alternates={"member_id": [f["rin"]], "provider": ["Kaskaskia Rehabilitation Hospital"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---- 6: Spanish approval (sideways) ------------------------------------------------------------------------
def doc_es_approval():
    f = facts(5, "es")
    start = f["planned"]
    end = plus(start, 89)
    d = Page()
    d.add_page()
    letterhead(d, f, es=True)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    address_block(d, [f["member"], f["street"], f["town"]])
    d.text_line("AVISO DE APROBACIÓN", 14, "B")
    d.ln(1)
    kv(d, [("Miembro:", f["member"]), ("Núm. de miembro:", f["mid"]), ("Núm. de autorización:", f["auth"]),
           ("Proveedor:", f"{f['doctor']}, MD"), ("Servicio:", "Terapia del habla, 24 visitas (92507)"),
           ("Fechas aprobadas:", f"{D(f, start, 'slash')} a {D(f, end, 'slash')}")], 44)
    d.para("Buenas noticias: hemos APROBADO el servicio que pidió su proveedor. No tiene que hacer nada más. Si "
           "necesita más visitas después de estas fechas, su proveedor debe pedir una nueva autorización.", 9.6)
    d.para(f"Preguntas: llame al {f['phone']} (TTY 711), de lunes a viernes de 8 a.m. a 6 p.m.", 9.2)
    t = truth("other", None, lang="es", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["auth"]], service_dates=[iso(start, end)], denial_date=iso(f["notice"]),
              provider=f["doctor"], alternates={"service_dates": [[iso(start)]]})
    return pdf_bytes(d), t


# ---- 7: stack: sleep study billed without PA + doctor's letter to the plan --------------------------------
def doc_stack_sleep(f):
    r = random.Random(f["claim"])
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 45))
    billed = float(f"{r.randint(1400, 3200)}.{r.choice(['00', '60', '25'])}")
    d = Page(footer=f"{FORM}     {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Date of this notice: " + D(f, f["notice"]), 10)
    d.ln(2)
    address_block(d, [f["member"], f["street"], f["town"]])
    d.text_line("Notice of Action: Claim Denied", 14, "B")
    d.ln(1)
    d.table(["Claim #", "Date of service", "Service", "Provider", "Amount billed"],
            [[f["claim"], D(f, dos), "Sleep study, attended (95810)", "Heartland Sleep Center",
              fmt_money(billed)]], [34, 28, 50, 44, 26], 8.8)
    d.para(f"Member: {f['member']}   Member ID: {f['mid']}   Ordering doctor: {f['doctor']}, MD", 9.2)
    d.para(f"Why we denied the claim: An attended sleep study needs prior authorization from {PLAN} before it is "
           "done. There was no approved authorization for this study on the date of service. Heartland Sleep Center "
           "may not bill you for it.", 9.3)
    d.add_page()
    rights_en(d, f, 9)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=f"{billed:.2f}", service_dates=[iso(dos)],
              denial_date=iso(f["notice"]), provider="Heartland Sleep Center",
              appeal_deadline=iso(plus(f["notice"], 60)), alternates={"provider": [f["doctor"]]})
    return pdf_bytes(d), t, dos


def doc_stack_letter(f, dos):
    sent = plus(f["notice"], 5)
    d = Page()
    d.add_page()
    d.text_line("Heartland Sleep Center", 15, "B")
    d.text_line(f"411 Prospect Ave, Peoria, IL 61603   Tel 1-555-013-4110   Fax {f['fax']}", 8.4)
    d.rule(0.6, 4)
    d.text_line(D(f, sent), 10)
    d.ln(2)
    for ln in ("Utilization Management - Retro Review", PLAN, PLAN_ADDR):
        d.text_line(ln, 10)
    d.ln(3)
    d.font(10, "B")
    d.multi_cell(0, 5, f"Re: {f['member']}, DOB {D(f, f['dob'], 'slash')}, member ID {f['mid']}, claim "
                       f"{f['claim']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"We ask that you review the claim above for the attended sleep study done on {D(f, dos)}. The patient "
           "was referred after a home sleep test failed twice because of severe claustrophobia with the nasal "
           "cannula, and the study was scheduled within a week of the second failure. Our staff called your "
           "line on the day of the study and were told the code did not need review; we did not get a call "
           "reference.")
    d.para("Please treat this as a request for retro-authorization. The two home test reports and the referral "
           "note are enclosed.")
    d.ln(4)
    d.text_line(f"{f['doctor']}, MD, Medical Director", 10)
    d.text_line(f"NPI {f['npi']}", 9)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              service_dates=[iso(dos)], denial_date=iso(sent), provider=f["doctor"],
              alternates={"insurer": [PLAN], "provider": ["Heartland Sleep Center"]}, unscored=["insurer"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    fs = facts(6, "dmy")
    sleep_pdf, sleep_t, dos = doc_stack_sleep(fs)
    return [
        Item(f"{FAMILY}_bd_pt_visits_denied", "born_digital", [doc_pt()]),
        Item(f"{FAMILY}_photo_aviso_es_out_of_network", "phone_photo", [doc_es_oon()]),
        Item(f"{FAMILY}_faxfine_appeal_upheld_bed_prose", "fax_fine_g4", [doc_upheld()]),
        Item(f"{FAMILY}_lowres_eob_three_claims", "scan_lowres_150", [doc_eob()]),
        Item(f"{FAMILY}_copy_rehab_days_level_of_care", "photocopy", [doc_rehab()]),
        Item(f"{FAMILY}_rotated_aprobacion_es", "rotated", [doc_es_approval()]),
        Item(f"{FAMILY}_scan300_stack_sleep_study_and_letter", "scan_clean_300",
             [(sleep_pdf, sleep_t), doc_stack_letter(fs, dos)], separators=["cover", None], turns={(1, 0): 180}),
    ]
