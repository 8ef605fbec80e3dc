"""Family 'michigan_medicaid_health_plan_adequate_action_notice_es': an invented Michigan Medicaid health plan's
Adequate Action Notice (notice of adverse benefit determination) denying a prior authorization, in the structure of
the public Michigan Medicaid health plan notices (the action taken, the service, the reason and the rule, an internal
appeal with the plan within 60 days, the State Fair Hearing with the Michigan Office of Administrative Hearings and
Rules after the appeal (120 days), an external review with the Department of Insurance and Financial Services
(127 days), the 72-hour expedited appeal), in English and Spanish.

Documents: a born-digital English notice denying a lumbar MRI prior authorization (label column); a phone photo of a
Spanish notice denying a drug prior authorization for step therapy; a photocopied prescriber letter asking the plan
to reconsider (denies nothing); a fine-fax internal appeal decision upholding a CGM denial; a low-resolution appeal
decision reversing an occupational therapy denial, told only in sentences (denies nothing); a scanned stack of a fax
cover, an out-of-network specialist denial (blank separator after it) and the plan's request for clinical records
to a prescriber (denies nothing); a sideways notice denying payment of a CT done without prior authorization.
Issuer (invented): Ottawa Dunes Health Plan. Every person, ID, phone (1-555) and date is invented.
Decoys: DOB, mihealth (Medicaid) ID beside the plan's member ID, NPIs, request-received dates, 72-hour, 120-day,
127-day and 10-day limits, form numbers, CPT/HCPCS codes, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "michigan_medicaid_health_plan_adequate_action_notice_es"
LANG = "en"
SEED = 348900
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLAN = "Ottawa Dunes Health Plan"
PLAN_ADDR = "PO Box 48213, Grand Rapids, MI 49518"
MEMBERS = ["Cornelius B. Vandermolen", "Xiomara L. Benítez", "Lorraine D. Kowalski", "Desmond R. Pettibone",
           "Naomi J. Haverkamp", "Gideon T. Okafor", "Wendell P. Ruiter"]
DOCTORS = ["Annelise M. Brouwer", "Tomás E. Villarreal", "Harriet S. Dykstra", "Kwame O. Asante",
           "Sunita V. Raman", "Percy L. Holtrop", "Beatriz N. Ochoa"]
FORM = "ODHP-AAN-04 (Rev. 09/2025)"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(k, ds):
    r = random.Random(SEED + k)
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 160))
    return dict(r=r, ds=ds, notice=notice, member=MEMBERS[k], doctor=DOCTORS[k],
                received=notice - dt.timedelta(days=r.randint(2, 9)),
                planned=notice + dt.timedelta(days=r.randint(7, 25)),
                dob=dt.date(r.randint(1950, 2012), r.randint(1, 12), r.randint(1, 28)),
                mid="ODH" + dg(r, 9), mcd="00" + dg(r, 8), pa="PA" + str(notice.year)[2:] + "-" + dg(r, 7),
                aan="AAN" + dg(r, 8), appeal="GA-" + dg(r, 6), claim=dg(r, 4) + "E" + dg(r, 8),
                npi=r.choice("12") + dg(r, 9), phone=f"1-555-01{r.randint(0, 9)}-{dg(r, 4)}",
                fax=f"1-555-01{r.randint(0, 9)}-{dg(r, 4)}")


def D(f, d, style=None):
    return fmt_date(d, style or f["ds"])


def letterhead(d, f, es=False, compact=False):
    y0 = d.get_y()
    d.set_fill_color(40, 40, 40)
    d.ellipse(d.l_margin, y0, 13, 13, "F")
    d.set_xy(d.l_margin + 16, y0)
    d.font(15, "B")
    d.cell(90, 7, "Ottawa Dunes")
    d.font(8)
    d.cell(0, 4, "Michigan Medicaid Health Plan" if not es else "Plan de salud de Medicaid de Michigan", align="R")
    d.set_xy(d.l_margin + 16, y0 + 7)
    d.font(10)
    d.cell(90, 5, "Health Plan")
    d.font(8)
    d.cell(0, 4, f"{PLAN_ADDR}  |  Member Services {f['phone']} (TTY 711)", align="R", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3 if compact else 6)


def mailing(d, f, street="Lakeshore Dr"):
    r = random.Random(f["aan"])
    for ln in (f["member"].upper(), f"{r.randint(100, 9800)} {street}", r.choice(["Holland, MI 49423",
                                                                                  "Muskegon, MI 49440",
                                                                                  "Wyoming, MI 49509"])):
        d.text_line(ln, 9.8)
    d.ln(4)


def kv(d, rows, w1=62, size=9.4):
    for a, b in rows:
        d.font(size - 0.6)
        d.cell(w1, 5.3, a)
        d.font(size, "B")
        d.multi_cell(0, 5.3, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def rights_en(d, f, size=8.7):
    d.text_line("WHAT YOU CAN DO IF YOU DISAGREE", 10, "B")
    d.para(f"Internal appeal: You may ask {PLAN} to review this decision. You must ask for an internal appeal within "
           "60 calendar days of the date of this notice. Call us or write to the Appeals Unit at the address above. "
           "Your doctor or someone else may appeal for you if you give us written permission.", size)
    d.para("Expedited appeal: If you or your doctor believe waiting 30 days could seriously harm your health, ask for "
           "a fast appeal. We will decide within 72 hours.", size)
    d.para("State Fair Hearing: If we do not decide in your favor, you may ask for a State Fair Hearing with the "
           "Michigan Office of Administrative Hearings and Rules (MOAHR) within 120 calendar days of the date of our "
           "appeal decision. You may also ask the Department of Insurance and Financial Services (DIFS) for an "
           "external review within 127 days of our appeal decision.", size)
    d.para("Help: The Michigan Medicaid Beneficiary Help Line and the Medicaid Health Plan ombudsman can answer "
           "questions about your rights. You may ask for copies of the documents and criteria used to make this "
           "decision free of charge.", size)


def rights_es(d, f, size=8.7):
    d.text_line("LO QUE PUEDE HACER SI NO ESTÁ DE ACUERDO", 10, "B")
    d.para(f"Apelación interna: Puede pedir a {PLAN} que revise esta decisión. Debe pedir la apelación interna dentro "
           "de 60 días calendario a partir de la fecha de este aviso, por teléfono o por escrito.", size)
    d.para("Apelación acelerada: si esperar 30 días puede dañar gravemente su salud, pida una apelación rápida. "
           "Decidiremos en 72 horas.", size)
    d.para("Audiencia imparcial del estado: si la apelación no le favorece, puede pedir una audiencia a la Oficina de "
           "Audiencias y Reglas Administrativas de Michigan (MOAHR) dentro de 120 días calendario a partir de la "
           "fecha de nuestra decisión de apelación. También puede pedir una revisión externa al Departamento de "
           "Seguros y Servicios Financieros (DIFS) dentro de 127 días.", size)


# ---- 1: English notice, lumbar MRI prior authorization denied ----------------------------------------------
def doc_mri():
    f = facts(0, "long")
    d = Page(footer="Ottawa Dunes Health Plan - " + FORM + " - page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    mailing(d, f)
    d.text_line("ADEQUATE ACTION NOTICE", 14, "B")
    d.text_line("Notice of Adverse Benefit Determination - Prior Authorization", 10)
    d.ln(2)
    kv(d, [("Member name", f["member"]), ("Member ID", f["mid"]), ("mihealth card (Medicaid) ID", f["mcd"]),
           ("Date of birth", D(f, f["dob"], "slash")), ("Prior authorization request no.", f["pa"]),
           ("Request received", D(f, f["received"])),
           ("Requesting provider", f"{f['doctor']}, MD  (NPI {f['npi']})"),
           ("Service requested", "MRI lumbar spine without contrast (CPT 72148)"),
           ("Scheduled date of service", D(f, f["planned"], "slash"))])
    d.set_fill_color(232, 232, 232)
    d.font(9.8, "B")
    d.multi_cell(0, 5.6, "ACTION TAKEN: Your provider's request for prior authorization of the service above is "
                         "DENIED.", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Reason: The records sent with the request show low back pain for three weeks without numbness, weakness "
           "or loss of bladder control. Our imaging criteria require six weeks of physical therapy or home "
           "exercise and medicine before an MRI unless red-flag signs are present. The service is not medically "
           "necessary at this time. A physician reviewer made this decision using the Michigan Medicaid Provider "
           "Manual (Practitioner chapter) and 42 CFR 438.210.", 9.4)
    rights_en(d, f)
    d.para("Your benefits: This decision does not change any other service you now receive.", 8.7)
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["pa"]], service_dates=[iso(f["planned"])], denial_date=iso(f["notice"]),
              provider=f["doctor"], appeal_deadline=iso(dead), alternates={"member_id": [f["mcd"]]})
    return pdf_bytes(d), t


# ---- 2: Spanish notice, drug prior authorization denied for step therapy -----------------------------------
def doc_es_drug():
    f = facts(1, "es")
    d = Page()
    d.add_page()
    letterhead(d, f, es=True)
    d.text_line("Fecha: " + D(f, f["notice"]), 10)
    d.ln(2)
    mailing(d, f, "Calle Grandville")
    d.text_line("AVISO DE ACCIÓN ADECUADA", 14, "B", "C")
    d.text_line("Aviso de determinación adversa de beneficios - medicamento", 9.5, "", "C")
    d.ln(3)
    d.boxes([("Miembro", f["member"], 60), ("Núm. de miembro", f["mid"], 40), ("Núm. de solicitud", f["pa"], 40),
             ("Fecha de nacimiento", D(f, f["dob"], "es_abbr"), 38)], label_size=6.2, value_size=9.4)
    d.ln(3)
    d.para(f"Su médico, {f['doctor']}, MD, nos pidió una autorización previa para sitagliptina 100 mg, una tableta "
           f"al día. Recibimos la solicitud el {D(f, f['received'])}. Hemos NEGADO esta solicitud.", 9.6)
    d.para("Motivo: La Lista Común de Medicamentos Preferidos de Michigan pide que usted pruebe primero la "
           "metformina durante al menos 90 días, o que su médico explique por qué no puede tomarla. Sus registros "
           "de farmacia no muestran metformina y la solicitud no da una razón médica. Por eso el medicamento no es "
           "médicamente necesario en este momento. Su médico puede enviar una nueva solicitud con esa información.",
           9.6)
    d.para(f"Número de aviso: {f['aan']}.  NPI del médico: {f['npi']}.  Formulario {FORM}.", 8.8)
    rights_es(d, f, 9)
    d.para(f"Si necesita ayuda, llame gratis a Servicios al Miembro al {f['phone']} (TTY 711), de lunes a viernes de "
           "8 a.m. a 8 p.m.", 8.8)
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=PLAN, member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["pa"], f["aan"]], service_dates=[],
              denial_date=iso(f["notice"]), provider=f["doctor"], appeal_deadline=iso(dead),
              alternates={"case_numbers": [[f["pa"]]]})
    return pdf_bytes(d), t


# ---- 3: prescriber letter asking the plan to reconsider (photocopy) -----------------------------------------
def doc_prescriber():
    f = facts(2, "slash")
    d = Page()
    d.add_page()
    d.text_line("Lakeshore Family Medicine & Pediatrics", 15, "B")
    d.text_line(f"2290 Beacon Blvd, Grand Haven, MI 49417   Phone 1-555-014-2290   Fax {f['fax']}", 8.5)
    d.rule(0.6, 4)
    sent = f["notice"] + dt.timedelta(days=6)
    d.text_line(D(f, sent), 10)
    d.ln(2)
    for ln in ("Pharmacy Prior Authorization Unit", PLAN, PLAN_ADDR):
        d.text_line(ln, 10)
    d.ln(3)
    d.font(10, "B")
    d.multi_cell(0, 5, f"RE: Request for reconsideration - {f['member']} (DOB {D(f, f['dob'])}), member ID "
                       f"{f['mid']}, prior authorization {f['pa']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"I am writing about your notice dated {D(f, f['notice'])} denying prior authorization for "
           "methylphenidate extended-release 36 mg for my patient. The notice says the patient must first try "
           "two preferred stimulants.")
    d.para("The patient took mixed amphetamine salts for four months last year and stopped because of weight loss "
           "and insomnia, and a short-acting methylphenidate trial caused rebound symptoms in the late afternoon. "
           "Both trials are documented in the enclosed office notes. I ask that you approve the extended-release "
           "product for twelve months.")
    d.para(f"Please fax your decision to {f['fax']}. My NPI is {f['npi']}. I am available for a peer-to-peer "
           "discussion at 1-555-014-2290.")
    d.ln(4)
    d.text_line(f"{f['doctor']}, MD", 10)
    d.text_line("Enclosures: office notes (6 pages), pharmacy fill history", 8.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["pa"]],
              service_dates=[], denial_date=iso(sent), provider=f["doctor"],
              alternates={"insurer": [PLAN]}, unscored=["insurer", "service_dates"])
    return pdf_bytes(d), t


# ---- 4: internal appeal decision upholding a CGM denial (fine fax) -----------------------------------------
def doc_upheld():
    f = facts(3, "dmy")
    d = Page()
    d.add_page()
    letterhead(d, f, compact=True)
    dec = f["notice"] + dt.timedelta(days=random.Random(f["appeal"]).randint(18, 28))
    d.text_line("NOTICE OF INTERNAL APPEAL DECISION", 13, "B")
    d.ln(1)
    d.table(["Decision date", "Appeal no.", "Member ID", "Original request"],
            [[D(f, dec), f["appeal"], f["mid"], f["pa"]]], [40, 38, 48, 48], 9)
    kv(d, [("Member:", f["member"]), ("Service:", "Continuous glucose monitor and sensors (E2103, A4239)"),
           ("Prescriber:", f"{f['doctor']}, DO"), ("Denied on:", D(f, f["notice"])),
           ("Appeal received:", D(f, f["notice"] + dt.timedelta(days=9)))], 40)
    d.text_line("Our decision: the denial is UPHELD.", 11, "B")
    d.ln(1)
    d.para("A board-certified endocrinologist who was not part of the first decision reviewed your appeal, the "
           "letter from your prescriber and your pharmacy records. Michigan Medicaid covers a continuous glucose "
           "monitor for members who use insulin or who have documented problem low blood sugar. Your records show "
           "you take oral medicine only and no low blood sugar events were reported. The CGM is not medically "
           "necessary under the Michigan Medicaid Provider Manual (Medical Supplier chapter).", 9.3)
    d.text_line("STATE FAIR HEARING AND EXTERNAL REVIEW", 10, "B")
    d.para("You have finished our internal appeal. You may ask for a State Fair Hearing with the Michigan Office of "
           "Administrative Hearings and Rules within 120 calendar days of the date of this notice, using the "
           "Request for Hearing form enclosed (MOAHR form MDHHS-0092-HP). You may also ask DIFS for an external "
           "review within 127 days. If your health is in serious danger, ask for an expedited hearing.", 9)
    d.para(f"Questions: {PLAN} Appeals Unit {f['phone']}, fax {f['fax']}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["appeal"], f["pa"]], service_dates=[], denial_date=iso(dec),
              provider=f["doctor"], appeal_deadline=None, alternates={"case_numbers": [[f["appeal"]]]})
    return pdf_bytes(d), t


# ---- 5: appeal decision reversing an OT denial, only sentences (low-res) -----------------------------------
def doc_reversed():
    f = facts(4, "long")
    d = Page()
    d.add_page()
    letterhead(d, f)
    dec = f["notice"] + dt.timedelta(days=random.Random(f["appeal"]).randint(12, 24))
    start = dec + dt.timedelta(days=5)
    d.text_line(D(f, dec), 10)
    d.ln(3)
    mailing(d, f, "Fulton St W")
    d.text_line(f"Dear {f['member']}:", 10)
    d.ln(1)
    d.para(f"Thank you for your appeal, which we numbered {f['appeal']}. You asked us to look again at our notice of "
           f"{D(f, f['notice'])}, which denied prior authorization request {f['pa']} for twelve outpatient "
           f"occupational therapy visits ordered by {f['doctor']}, MD, after your wrist surgery.")
    d.para("A hand surgeon reviewed your appeal and the therapy evaluation you sent. The evaluation shows that you "
           "still cannot grip or lift a cup with the operated hand and that you are improving with treatment.")
    d.para(f"We have reversed our earlier decision and approved the twelve visits. The approval covers visits from "
           f"{D(f, start)} through {D(f, start + dt.timedelta(days=89))}. We have told the therapy clinic, and you "
           "do not need to do anything more.")
    d.para(f"Your member ID is {f['mid']}. If you have any questions, please call Member Services at {f['phone']} "
           "(TTY 711) Monday through Friday, 8 a.m. to 8 p.m.")
    d.para("Si desea esta carta en español, llame al mismo número.")
    d.ln(3)
    d.text_line("Appeals and Grievances Unit", 10)
    d.text_line(PLAN, 10)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["appeal"], f["pa"]], service_dates=[iso(start, start + dt.timedelta(days=89))],
              denial_date=iso(dec), provider=f["doctor"], alternates={"service_dates": [[iso(start)]]})
    return pdf_bytes(d), t


# ---- 6: stack: out-of-network specialist denial + request for clinical records ----------------------------
def doc_stack_oon(f):
    d = Page(footer="Form " + FORM + "     Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Date of notice: " + D(f, f["notice"]), 10)
    d.ln(2)
    mailing(d, f, "Michigan St NE")
    d.text_line("Adequate Action Notice", 14, "B")
    d.ln(1)
    d.table(["Member", "Member ID", "Request #", "Received"],
            [[f["member"], f["mid"], f["pa"], D(f, f["received"])]], [58, 42, 40, 34], 9)
    d.table(["Service requested", "Provider", "Requested for", "Decision"],
            [["Pediatric neurology consult (99244)", "Straits Pediatric Neurology", D(f, f["planned"]), "Denied"]],
            [56, 54, 34, 30], 8.8)
    d.para(f"Why we made this decision: Straits Pediatric Neurology is not in the {PLAN} network. Your referring "
           f"doctor, {f['doctor']}, MD, asked for an out-of-network consult. Three in-network pediatric neurologists "
           "can see you within 30 days within 40 miles of your home, so the plan does not approve out-of-network "
           "care for this visit (Michigan Medicaid Health Plan contract, access standards; 42 CFR 438.206).", 9.2)
    d.para("You can call Member Services and we will help you make an appointment with an in-network "
           "neurologist.", 9.2)
    d.add_page()
    rights_en(d, f, 9)
    d.text_line("Request for Internal Appeal (detach and return)", 10, "B")
    d.ln(1)
    for lab in ("Member name", "Member ID", "Request # being appealed", "Why do you disagree?", "Signature / date"):
        d.font(9)
        d.cell(55, 8, lab + ":")
        d.cell(0, 8, "_" * 60, new_x="LMARGIN", new_y="NEXT")
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["pa"]], service_dates=[iso(f["planned"])], denial_date=iso(f["notice"]),
              provider=f["doctor"], appeal_deadline=iso(dead),
              alternates={"provider": ["Straits Pediatric Neurology"]})
    return pdf_bytes(d), t


def doc_stack_records(f):
    r = random.Random(f["pa"])
    pa2 = "PA" + str(f["notice"].year)[2:] + "-" + dg(r, 7)
    sent = f["notice"] + dt.timedelta(days=3)
    d = Page()
    d.add_page()
    letterhead(d, f, compact=True)
    d.text_line("FAX - REQUEST FOR ADDITIONAL CLINICAL INFORMATION", 12, "B")
    d.ln(1)
    kv(d, [("To:", f"{f['doctor']}, MD   fax {f['fax']}"), ("Date sent:", D(f, sent)),
           ("Patient:", f"{f['member']}   DOB {D(f, f['dob'], 'slash')}"), ("Member ID:", f["mid"]),
           ("Reference:", pa2), ("Service:", "EEG, extended monitoring (95700, 95715)"),
           ("Requested date:", D(f, f["planned"] + dt.timedelta(days=14)))], 36)
    d.para("We received a prior authorization request for the service above. We cannot make a decision yet. "
           "Please send the last two office notes, the seizure log and any prior EEG report within 14 days of "
           "this request. If we do not receive them, the request will be reviewed with the information we have.",
           9.4)
    d.para(f"This is not a denial. Fax the records to {PLAN} Utilization Management at 1-555-016-4402 and write the "
           "reference number on every page.", 9.4)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["member"], case_numbers=[pa2],
              service_dates=[iso(f["planned"] + dt.timedelta(days=14))], denial_date=iso(sent),
              provider=f["doctor"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---- 7: notice denying payment of a CT done without prior authorization (sideways) -------------------------
def doc_no_pa():
    f = facts(6, "slash")
    r = random.Random(f["claim"])
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 50))
    billed = float(f"{r.randint(900, 2400)}.{r.choice(['00', '50', '40'])}")
    d = Page()
    d.add_page()
    letterhead(d, f)
    d.font(10)
    d.cell(95, 5, "Notice date: " + D(f, f["notice"]))
    d.cell(0, 5, "Claim no. " + f["claim"], align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    mailing(d, f, "Division Ave S")
    d.text_line("ADEQUATE ACTION NOTICE - SERVICE NOT AUTHORIZED", 12.5, "B")
    d.ln(1)
    d.table(["Date of service", "Service", "Provider", "Billed", "Plan paid", "Reason"],
            [[D(f, dos), "CT abdomen/pelvis w/ contrast 74177", "Kent Valley Imaging", fmt_money(billed), "$0.00",
              "PA-01"]], [26, 56, 36, 20, 18, 18], 8.3)
    d.para(f"Member: {f['member']}     Member ID: {f['mid']}     Ordering doctor: {f['doctor']}, MD", 9.2)
    d.para(f"PA-01: This service needs prior authorization from {PLAN} before it is done. No authorization was on "
           f"file on the date of service. The imaging center asked for a retro-authorization on "
           f"{D(f, f['received'])} (request {f['pa']}); retro-authorization is only allowed for emergency care, "
           "and the service was scheduled, so the request and the claim are denied.", 9.2)
    d.para("You do not have to pay this bill. A Medicaid provider may not bill you for a service the plan denied "
           "because the provider did not get prior authorization. If you get a bill, call us.", 9.2, )
    rights_en(d, f, 8.5)
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"], f["pa"]], claim_amount=f"{billed:.2f}", service_dates=[iso(dos)],
              denial_date=iso(f["notice"]), provider="Kent Valley Imaging", appeal_deadline=iso(dead),
              alternates={"provider": [f["doctor"]], "case_numbers": [[f["claim"]]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    fs = facts(5, "abbr")
    return [
        Item(f"{FAMILY}_bd_mri_pa_denied", "born_digital", [doc_mri()]),
        Item(f"{FAMILY}_photo_aviso_es_step_therapy", "phone_photo", [doc_es_drug()]),
        Item(f"{FAMILY}_copy_prescriber_reconsideration", "photocopy", [doc_prescriber()]),
        Item(f"{FAMILY}_faxfine_appeal_upheld_cgm", "fax_fine_g4", [doc_upheld()]),
        Item(f"{FAMILY}_lowres_appeal_reversed_prose", "scan_lowres_150", [doc_reversed()]),
        Item(f"{FAMILY}_scan300_stack_oon_and_records_request", "scan_clean_300",
             [doc_stack_oon(fs), doc_stack_records(fs)], separators=["cover", "duplex"]),
        Item(f"{FAMILY}_rotated_no_pa_ct_claim", "rotated", [doc_no_pa()]),
    ]
