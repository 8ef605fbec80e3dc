"""Family 'medicaid_mco_notice_of_appeal_resolution_es': a state Medicaid managed care plan's Notice of Appeal
Resolution (42 CFR 438.408 shape) upholding a reduction of home health aide hours, in Spanish and English.

Everything is fictional: Bienestar Costero Health Plan, its members, the home care agency and every number.
Documents: the Spanish "AVISO DE RESOLUCIÓN DE APELACIÓN" (label column, decision table, fair hearing rights),
its English version, a fax stack of the member's filled state fair hearing request form and the agency's letter,
a Spanish resolution told in sentences, an English one-page resolution with a table, a Spanish hearing request
form turned sideways, and the agency's letter to a member. Decoys: DOB, NPI, appeal-received and original-notice
dates, 120-day hearing and 10-day continuation limits, 72-hour expedited wording, form numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, truth
from public_kit import Page, out

FAMILY = "medicaid_mco_notice_of_appeal_resolution_es"
LANG = "es"
SEED = 345500
INSURER = "Bienestar Costero Health Plan"
AGENCY = "Manos Amigas Home Health Agency"
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def es(d: dt.date) -> str:
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def en(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y")}[style]


def case(r: Rand, lang: str = "es") -> dict:
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 60))
    start = dt.date(notice.year, notice.month, 1) + dt.timedelta(days=32)
    start = start.replace(day=1)
    end = (start + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
    name, first, mid, last = r.person(lang)
    return dict(notice=notice, start=start, end=end, name=name, mid=f"BC{r.digits(9)}",
                appeal=f"APL-{notice.year % 100}-{r.digits(6)}", auth=f"PA{r.digits(8)}",
                dob=dt.date(r.randint(1938, 1962), r.randint(1, 12), r.randint(1, 28)),
                recv=notice - dt.timedelta(days=r.randint(12, 25)), orig=notice - dt.timedelta(days=r.randint(40, 55)),
                asked=r.choice([35, 40, 42]), got=r.choice([20, 24, 28]), npi=r.npi(), addr=r.address(lang),
                doctor=f"{r.choice(['Dra. Inés', 'Dr. Samuel', 'Dra. Paloma', 'Dr. Anselmo'])} "
                       f"{r.choice(['Barragán', 'Ocasio', 'Lindqvist', 'Marroquín'])}",
                plan=r.choice(["STAR Costero LTSS", "Costero Medicaid Plus"]), phone=r.phone())


def doc_truth(c: dict, doc_type: str, lang: str, **kw) -> dict:
    fields = dict(insurer=INSURER, member_id=c["mid"], member_name=c["name"], case_numbers=[c["appeal"], c["auth"]],
                  service_dates=[f"{c['start'].isoformat()}/{c['end'].isoformat()}"], denial_date=c["notice"].isoformat(),
                  provider=AGENCY)
    fields.update(kw)
    doc = "medical_necessity" if doc_type == "denial_letter" else None
    dr = c["doctor"].split(" ", 1)[1]
    alts = {"provider": [dr]}
    return truth(doc_type, doc, lang, alternates=alts, **fields)


def head(p: Page, lang: str) -> None:
    p.line("Bienestar Costero Health Plan", 15, "B")
    p.line("Plan de Salud de Medicaid administrado" if lang == "es" else "A Medicaid managed care plan", 9)
    p.line("PO Box 4417, Port Alcázar, ST 70990  |  Servicios al Miembro 1-855-214-6630" if lang == "es"
           else "PO Box 4417, Port Alcazar, ST 70990  |  Member Services 1-855-214-6630", 8)
    p.ln(4)


def nar_es_table(c: dict) -> bytes:
    p = Page(footer="Página {n} de {nb}", footer_left="Formulario BC-NAR-ES (rev. 08/2025)")
    p.add_page()
    head(p, "es")
    p.pairs([("Fecha de este aviso", es(c["notice"])), ("Nombre del miembro", c["name"]),
             ("Número de Medicaid", c["mid"]), ("Fecha de nacimiento", es(c["dob"])),
             ("Número de apelación", c["appeal"]), ("Solicitud de autorización", c["auth"]),
             ("Programa", c["plan"])], label_w=58, size=9.5)
    p.ln(2)
    p.para(f"{c['name']}\n{c['addr'][0]}\n{c['addr'][1]}", 9.5)
    p.ln(3)
    p.heading("AVISO DE RESOLUCIÓN DE APELACIÓN", 13)
    p.para(f"Recibimos su apelación el {es(c['recv'])}. Usted apeló nuestra decisión del {es(c['orig'])} sobre "
           "las horas de asistente de salud en el hogar. Un médico que no participó en la primera decisión revisó "
           "su apelación.", 9.5)
    p.para("**Nuestra decisión: confirmamos la decisión original (denegación mantenida).**", 10)
    p.table(["Servicio", "Horas pedidas", "Horas aprobadas", "Período", "Proveedor que lo pidió"],
            [["Asistente de salud en el hogar (T1021)", f"{c['asked']} por semana", f"{c['got']} por semana",
              f"{c['start'].strftime('%d/%m/%Y')} - {c['end'].strftime('%d/%m/%Y')}", AGENCY]],
            [52, 24, 26, 40, 32], size=8)
    p.para(f"Período solicitado: del {es(c['start'])} al {es(c['end'])}. Médico que ordenó: {c['doctor']} "
           f"(NPI {c['npi']}).", 9.5)
    p.heading("Por qué tomamos esta decisión", 10.5)
    p.para(f"Las notas de la evaluación de enfermería muestran que usted puede bañarse y vestirse con ayuda parcial. "
           f"Las {c['got']} horas por semana cubren las tareas que necesita. Las horas adicionales no son médicamente "
           "necesarias según la guía de servicios de cuidado personal del plan (política LTSS-114).", 9.5)
    p.add_page()
    p.heading("Sus derechos: audiencia imparcial estatal", 10.5)
    p.para("Usted ha terminado el proceso de apelación del plan. Si no está de acuerdo, puede pedir una audiencia "
           "imparcial estatal. Debe pedirla dentro de 120 días de la fecha de este aviso. Use el formulario "
           "HHS-FH-10 o llame al 1-800-555-0143.", 9.5)
    p.para("Si pide la audiencia dentro de 10 días de la fecha de este aviso, puede seguir recibiendo los "
           "servicios mientras espera. Si pierde la audiencia, podría tener que pagar esos servicios.", 9.5)
    p.para("Si su salud está en peligro, puede pedir una audiencia rápida; la decisión se toma en 72 horas.", 9.5)
    p.para(f"Puede pedir una copia gratis de su expediente. Llame al {c['phone']} (TTY 711).", 9.5)
    p.para("Atentamente,\nDepartamento de Apelaciones, Bienestar Costero Health Plan", 9.5)
    return out(p)


def nar_en(c: dict, style: str, one_page: bool = False) -> bytes:
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left="BC-NAR-EN 08/2025")
    p.add_page()
    head(p, "en")
    p.heading("NOTICE OF APPEAL RESOLUTION", 14, rule=True)
    p.boxed_pairs([("Date of notice", en(c["notice"], style)), ("Member", c["name"]), ("Medicaid ID", c["mid"]),
                   ("Date of birth", en(c["dob"], style)), ("Appeal number", c["appeal"]),
                   ("Original request no.", c["auth"]), ("Appeal received", en(c["recv"], style))], label_w=52)
    p.para(f"You asked us to review our decision of {en(c['orig'], style)} about home health aide hours "
           f"requested by {AGENCY}. We have finished our review.", 9.8)
    p.para("**Decision: We upheld (kept) our original decision.**", 10)
    p.table(["Service", "Requested", "Approved", "Dates"],
            [["Home health aide (T1021)", f"{c['asked']} hrs/week", f"{c['got']} hrs/week",
              f"{en(c['start'], style)} to {en(c['end'], style)}"]], [60, 30, 30, 54], size=8.5)
    p.para(f"Ordering physician: {c['doctor']}, NPI {c['npi']}. The reason: the records do not show a need for "
           f"more than {c['got']} hours each week. The extra hours are not medically necessary under our personal "
           "care guideline.", 9.8)
    if not one_page:
        p.add_page()
    p.heading("State Fair Hearing", 10.5)
    p.para("You may ask for a State Fair Hearing within 120 days from the date of this notice. To keep your "
           "services during the hearing, ask within 10 days of the date of this notice. If your health is in serious "
           "danger, ask for an expedited hearing (decided within 72 hours). Call 1-800-555-0143.", 9.3)
    p.para("Bienestar Costero Health Plan, Appeals Unit", 9.3)
    return out(p)


def nar_es_prose(c: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line("BIENESTAR COSTERO HEALTH PLAN", 13, "B", align="C")
    p.line("Unidad de Quejas y Apelaciones", 9, align="C")
    p.ln(6)
    p.para(f"Port Alcázar, {es(c['notice'])}", 10)
    p.para(f"{c['name']}\n{c['addr'][0]}\n{c['addr'][1]}", 10)
    p.para("Asunto: Aviso de resolución de apelación", 10.5)
    p.para(f"Estimado/a miembro: Le escribimos sobre la apelación número {c['appeal']}, que recibimos el "
           f"{es(c['recv'])}. Su número de Medicaid es {c['mid']}. En la apelación nos pidió aprobar {c['asked']} "
           f"horas por semana de asistente de salud en el hogar, como las solicitó {AGENCY} en la solicitud "
           f"{c['auth']}, para el período del {es(c['start'])} al {es(c['end'])}.", 10)
    p.para(f"Después de revisar los registros, mantenemos la decisión original. Aprobamos {c['got']} horas por "
           "semana porque las horas adicionales no son médicamente necesarias: usted puede realizar la mayoría de "
           f"sus actividades diarias con la ayuda aprobada. La orden la firmó {c['doctor']}.", 10)
    p.para("Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 120 días de la fecha de "
           "esta carta. Si la pide dentro de 10 días, sus servicios pueden continuar. Para una audiencia rápida "
           "(72 horas), llame al 1-800-555-0143.", 10)
    p.para("Atentamente,\nComité de Apelaciones", 10)
    return out(p)


def hearing_form(c: dict, lang: str) -> bytes:
    p = Page(footer=None, footer_left="Form HHS-FH-10 (01/2025)" if lang == "en" else "Formulario HHS-FH-10S")
    p.add_page()
    if lang == "en":
        p.line("STATE DEPARTMENT OF HEALTH AND HUMAN SERVICES", 11, "B", align="C")
        p.line("Office of Fair Hearings - REQUEST FOR A STATE FAIR HEARING", 11, "B", align="C")
        rows = [("1. Name of person who needs the hearing", c["name"]), ("2. Medicaid ID number", c["mid"]),
                ("3. Date of birth", en(c["dob"], "slash")), ("4. Health plan", INSURER),
                ("5. Plan appeal number", c["appeal"]), ("6. Date on the plan's appeal notice", en(c["notice"], "slash")),
                ("7. Service", f"Home health aide hours from {AGENCY}"),
                ("8. Continue my services?", "YES - request filed within 10 days"), ("9. Phone", c["phone"])]
        sig = "Signature of member / representative"
        why = (f"Why I disagree: I need help {c['asked']} hours every week, not {c['got']}. My daughter works and "
               "cannot help in the mornings.")
    else:
        p.line("DEPARTAMENTO ESTATAL DE SALUD Y SERVICIOS HUMANOS", 11, "B", align="C")
        p.line("SOLICITUD DE AUDIENCIA IMPARCIAL ESTATAL", 11, "B", align="C")
        rows = [("1. Nombre de la persona", c["name"]), ("2. Número de Medicaid", c["mid"]),
                ("3. Fecha de nacimiento", c["dob"].strftime("%d/%m/%Y")), ("4. Plan de salud", INSURER),
                ("5. Número de apelación del plan", c["appeal"]), ("6. Fecha del aviso del plan", es(c["notice"])),
                ("7. Servicio", f"Horas de asistente en el hogar ({AGENCY})"),
                ("8. ¿Continuar servicios?", "SÍ"), ("9. Teléfono", c["phone"])]
        sig = "Firma del miembro o representante"
        why = f"Por qué no estoy de acuerdo: necesito {c['asked']} horas por semana; vivo sola."
    p.ln(4)
    p.boxed_pairs(rows, label_w=80, size=9)
    p.para(why, 10)
    p.ln(8)
    p.para(f"{sig}: ______________________   " + (en(c["notice"] + dt.timedelta(days=6), "slash") if lang == "en"
                                                    else es(c["notice"] + dt.timedelta(days=6))), 9.5)
    p.para("Mail to: Office of Fair Hearings, PO Box 1190, Capitol City, ST 70001 or fax 1-800-555-0199."
           if lang == "en" else "Envíe a: Oficina de Audiencias, PO Box 1190, Capitol City, ST 70001.", 8.5)
    return out(p)


def agency_letter(c: dict, style: str, to_member: bool) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line("MANOS AMIGAS", 16, "B")
    p.line("Home Health Agency  -  Licensed Home and Community Support Services", 8.5)
    p.line(f"2210 Ribera Blvd, Port Alcazar, ST 70993   Tel. 1-866-430-2288   NPI {c['npi']}", 8)
    p.ln(6)
    sent = c["notice"] + dt.timedelta(days=4)
    p.para(en(sent, style), 10)
    if to_member:
        p.para(f"{c['name']}\n{c['addr'][0]}\n{c['addr'][1]}", 10)
        p.pairs([("Client", c["name"]), ("Medicaid ID", c["mid"]), ("Health plan", INSURER),
                 ("Plan appeal #", c["appeal"])], label_w=38, size=9.5)
        p.ln(2)
        p.para(f"Dear {c['name'].split()[0]}, your health plan sent you a Notice of Appeal Resolution dated "
               f"{en(c['notice'], style)}. The plan kept its decision to approve {c['got']} aide hours per week "
               f"instead of the {c['asked']} we asked for, for {en(c['start'], style)} through {en(c['end'], style)}.", 10)
        p.para(f"We will keep scheduling {c['got']} hours a week. If you ask for a State Fair Hearing within 10 days "
               "your current hours may continue; our social worker can help you fill in the form. This letter is "
               "for your information and is not a bill.", 10)
    else:
        p.para("Office of Fair Hearings\nPO Box 1190\nCapitol City, ST 70001", 10)
        p.para(f"Re: {c['name']}, Medicaid ID {c['mid']}, plan appeal {c['appeal']}", 10, 3)
        p.para(f"We are the home health agency that asked {INSURER} for {c['asked']} hours per week of home health "
               f"aide services for this member for {en(c['start'], style)} through {en(c['end'], style)} "
               f"(request {c['auth']}). We support the member's request for a hearing.", 10)
        p.para(f"Our nurse's assessment found that the member needs help with transfers twice daily. "
               f"{c['doctor']} signed the plan of care. Please contact us for the visit notes.", 10)
    p.para("Sincerely,\nRosa Esquivel, RN, Director of Clinical Services", 10)
    return out(p)


def documents(rng: random.Random) -> list[Item]:
    c1, c2, c3 = case(Rand(SEED), "es"), case(Rand(SEED + 1), "es"), case(Rand(SEED + 2), "en")
    none_ok = {"case_numbers": [[]]}
    t_bd = doc_truth(c1, "denial_letter", "es", plan_id=None)
    t_en = doc_truth(c1, "denial_letter", "en")
    t_form = doc_truth(c1, "other", "en", case_numbers=[c1["appeal"]], service_dates=[],
                       denial_date=None)
    t_form["unscored"] = ["insurer", "denial_date"]
    t_form["alternates"].update(none_ok)
    t_ag1 = doc_truth(c1, "other", "en", denial_date=(c1["notice"] + dt.timedelta(days=4)).isoformat())
    t_ag1["unscored"] = ["insurer"]
    t_ag1["alternates"].update({"case_numbers": [[c1["appeal"]], []]})
    t_prose = doc_truth(c2, "denial_letter", "es")
    t_phone = doc_truth(c3, "denial_letter", "en")
    t_form_es = doc_truth(c2, "other", "es", case_numbers=[c2["appeal"]], service_dates=[], denial_date=None)
    t_form_es["unscored"] = ["insurer", "denial_date"]
    t_form_es["alternates"].update(none_ok)
    t_ag3 = doc_truth(c3, "other", "en", case_numbers=[c3["appeal"]],
                      denial_date=(c3["notice"] + dt.timedelta(days=4)).isoformat())
    t_ag3["unscored"] = ["insurer"]
    t_ag3["alternates"].update(none_ok)
    t_ag3["alternates"]["provider"] = [AGENCY]
    F = FAMILY
    return [
        Item(f"{F}_bd_nar_es", "born_digital", [(nar_es_table(c1), t_bd)]),
        Item(f"{F}_scan_nar_en", "scan_clean_300", [(nar_en(c1, "slash"), t_en)]),
        Item(f"{F}_faxfine_hearing_stack", "fax_fine_g4",
             [(hearing_form(c1, "en"), t_form), (agency_letter(c1, "long", False), t_ag1)], separators=["cover", None]),
        Item(f"{F}_copy_prose_es", "photocopy", [(nar_es_prose(c2), t_prose)]),
        Item(f"{F}_phone_nar_en", "phone_photo", [(nar_en(c3, "iso", one_page=True), t_phone)]),
        Item(f"{F}_rot_solicitud_es", "rotated", [(hearing_form(c2, "es"), t_form_es)]),
        Item(f"{F}_low_agency_letter", "scan_lowres_150", [(agency_letter(c3, "dmy", True), t_ag3)]),
    ]
