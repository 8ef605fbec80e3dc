"""Family 'dol_model_notice_es': the Department of Labor's model notice of adverse benefit determination (ERISA group
health plans, the public model form "Notice of Adverse Benefit Determination" / "Aviso de determinación adversa de
beneficios") as third-party administrators fill it in Spanish for employers' self-funded plans; one English copy.

Model: the DOL model notice's order and wording (values invented): "Información de la reclamación" table (patient,
claim number, date(s) of service, provider, amount of claim), "Motivo de la denegación" with a denial code and its
meaning, the diagnosis/treatment-codes-on-request sentence, "Proceso de apelación y revisión externa" (internal
appeal within 180 days, expedited 72 hours, external review within 4 months), "Otros recursos" (consumer assistance
program), plus the TPA's reason-code list naming every code it uses (only one applies: a decoy for the type).

Issuers: Mtatsminda Benefit Administrators (logo word "MTATSMINDA" over a rule, one line "Benefit Administrators ·
Administrador externo · PO Box") and Administradora de Beneficios Svaneti, LLC (parent line "Una compañía de Tusheti
Financial Group" above the name, return address block). Each names the employer's plan it administers (decoy
organisation). Kinds: medical necessity (code), no prior authorization, out of network, coverage ended
(eligibility), an excluded service in plain words, late filing, a request for information (nothing denied).
Decoys: received and processed dates, the employee (subscriber) when a dependent is the patient, the employer's plan,
the consumer assistance phone, the 4-month external review limit, the 72-hour expedited timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundu_famub import address, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "dol_model_notice_es"
LANG = "es"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MT = "Mtatsminda Benefit Administrators"
SV = "Administradora de Beneficios Svaneti, LLC"
EMPLOYER = {MT: "Plan de Salud para Empleados de Ferretería Ananuri",
            SV: "Plan Médico Grupal de Transportes Gudauri"}
EMPLOYER_EN = {MT: "Ananuri Hardware Employee Health Plan", SV: "Gudauri Transport Group Medical Plan"}
PROVS = [("Dr. Revaz T. Gogoladze", "Revaz T. Gogoladze"), ("Dra. Lela N. Khurtsidze", "Lela N. Khurtsidze"),
         ("Dr. Otar V. Mgeladze", "Otar V. Mgeladze")]
SERV = [("72148", "Resonancia magnética, columna lumbar"), ("97110", "Ejercicios terapéuticos, 15 min"),
        ("99214", "Consulta de oficina, paciente establecido"), ("E0601", "Equipo CPAP"),
        ("92557", "Evaluación audiológica completa"), ("V5261", "Audífonos binaurales")]
# reason-code list printed on every notice: (code, Spanish meaning, English meaning, kind)
CODES = [("D01", "El servicio no es médicamente necesario según la información recibida.",
          "The service is not medically necessary based on the information received.", "mednec"),
         ("D02", "No se obtuvo la autorización previa que el plan requiere.",
          "The prior authorization the plan requires was not obtained.", "pa"),
         ("D03", "Proveedor fuera de la red; su plan no tiene beneficios fuera de la red.",
          "Out-of-network provider; your plan has no out-of-network benefits.", "oon"),
         ("D04", "La persona no tenía cobertura en la fecha del servicio.",
          "The person was not covered on the date of service.", "elig"),
         ("D05", "Reclamación recibida después del plazo para presentar reclamaciones.",
          "Claim received after the filing limit.", "late"),
         ("D06", "Servicio excluido por el plan.", "Service excluded by the plan.", "excl"),
         ("P10", "Se necesita información adicional para procesar la reclamación.",
          "Additional information is needed to process the claim.", "info")]
LABELS = [
    dict(pat="Paciente", claim="Número de reclamación", dos="Fecha(s) de servicio", prov="Proveedor",
         amt="Monto de la reclamación", mid="Número de identificación del afiliado", grp="Número de grupo",
         date="Fecha de este aviso", sub="Empleado"),
    dict(pat="Nombre del paciente", claim="Reclamación núm.", dos="Fecha del servicio", prov="Proveedor de servicios",
         amt="Cantidad facturada", mid="ID del participante", grp="Grupo", date="Fecha", sub="Participante"),
    dict(pat="Afiliado/paciente", claim="Referencia de la reclamación", dos="Fecha en que recibió el servicio",
         prov="Médico o centro", amt="Total cobrado", mid="Núm. de miembro", grp="Núm. de grupo del empleador",
         date="Emitido el", sub="Suscriptor"),
]
EN = dict(pat="Patient", claim="Claim number", dos="Date(s) of service", prov="Provider", amt="Amount of claim",
          mid="Member ID", grp="Group number", date="Date of notice", sub="Employee")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(17, 13, 17))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, app: str, lang: str, dep: bool) -> dict:
    notice = dt.date(2026, 3, 3) + dt.timedelta(days=r.randint(0, 200))
    dos = days(notice, -r.randint(25, 60))
    code = next(c for c in CODES if c[3] == kind)
    serv = {"mednec": [SERV[0]], "pa": [SERV[0]], "oon": [SERV[2], SERV[1]], "elig": [SERV[2]],
            "late": [SERV[1], SERV[1]], "excl": [SERV[4], SERV[5]], "info": [SERV[3]]}[kind]
    lines, d = [], dos
    for s in serv:
        lines.append(dict(code=s[0], desc=s[1], date=d, billed=money(r, 140, 2400)))
        if kind in ("late", "oon"):
            d = days(d, r.choice([2, 3, 7]))
    if kind == "late":
        dos = days(notice, -r.randint(400, 430))
        lines[0]["date"], lines[1]["date"] = dos, days(dos, 2)
    total = round(sum(x["billed"] for x in lines), 2)
    subscriber = person(r, lang)
    patient = person(r, lang) if dep else subscriber
    prov, prov_bare = r.choice(PROVS)
    return dict(kind=kind, ins=ins, L=EN if lang == "en" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
                notice=notice, lines=lines, total=total, code=code, sub=subscriber, pat=patient, dep=dep,
                addr=address(r, lang), mid=mixed(r, "MTA999999999") if ins == MT else mixed(r, "SV-999-99-999"),
                grp=mixed(r, "ANR-9999") if ins == MT else digits(r, 7),
                claim=digits(r, 12) if ins == MT else mixed(r, "9999A99999"),
                prov=prov, prov_bare=prov_bare, recv=days(lines[-1]["date"], r.randint(6, 20)),
                proc=days(notice, -2), ph=phone(r), cap=phone(r), by=days(notice, 180),
                end=days(dos, -r.randint(5, 30)))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == MT:
        d.text_line("MTATSMINDA", 22, "B", h=9)
        d.rule(0.7, 1)
        d.text_line("Benefit Administrators · Administrador externo · PO Box 4410, Gadsden, AL 35901", 8.3, h=4.4)
    else:
        d.text_line("Una compañía de Tusheti Financial Group" if f["lang"] == "es"
                    else "A Tusheti Financial Group company", 7.8, h=4)
        d.text_line(SV, 14, "B", h=7)
        for ln in ["Departamento de Reclamaciones", "PO Box 2207", "Harlingen, TX 78550"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(3)


def build(f: dict) -> bytes:
    L, es, ms = f["L"], f["lang"] == "es", f["ms"]
    info = f["kind"] == "info"
    tag = "MTA" if f["ins"] == MT else "SVB"
    d = Page(f"{tag}-NABD-{'ES' if es else 'EN'} 2026   " + ("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{L['date']}: {fd(f, f['notice'])}", 9.5, h=5)
    d.ln(2)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.7)
    d.ln(3)
    d.text_line("Plan: " + (EMPLOYER[f["ins"]] if es else EMPLOYER_EN[f["ins"]]), 9, h=4.6)
    d.text_line(f"{L['mid']}: {f['mid']}      {L['grp']}: {f['grp']}", 9, h=4.6)
    if f["dep"]:
        d.text_line(f"{L['sub']}: {f['sub']}", 9, h=4.6)
    d.ln(3)
    if info:
        title = "AVISO DE SOLICITUD DE INFORMACIÓN" if es else "NOTICE OF REQUEST FOR INFORMATION"
    else:
        title = "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS" if es else "NOTICE OF ADVERSE BENEFIT DETERMINATION"
    d.text_line(title, 12.5, "B", h=7, align="C")
    if es:
        d.para("IMPORTANTE: Conserve este aviso. Si tiene preguntas, llame al " + f["ph"] + ". Si su reclamación fue "
               "denegada, tiene derecho a apelar, como se explica abajo." if not info else
               "IMPORTANTE: Conserve este aviso. Todavía no hemos tomado una decisión sobre la reclamación de abajo. "
               f"Preguntas: {f['ph']}.", 9)
    else:
        d.para("IMPORTANT: Keep this notice. If you have questions, call " + f["ph"] + ". If your claim was denied, "
               "you have the right to appeal, as explained below.", 9)
    d.text_line("Información de la reclamación" if es else "Claim Information", 10.5, "B", h=6)
    dates = sorted({x["date"] for x in f["lines"]})
    dtxt = ", ".join(fd(f, x) for x in dates)
    for lab, val in [(L["pat"], f["pat"]), (L["claim"], f["claim"]), (L["dos"], dtxt), (L["prov"], f["prov"]),
                     (L["amt"], usd(f["total"], ms))]:
        d.font(9, "B")
        d.cell(62, 5, lab + ":", border="B")
        d.font(9)
        d.cell(0, 5, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[fdate(x["date"], "slash"), x["code"], x["desc"], usd(x["billed"], ms), "0.00", f["code"][0]]
            for x in f["lines"]]
    head = (["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Motivo"] if es else
            ["Date", "Code", "Service", "Billed", "Paid", "Reason"])
    d.table(head, rows, [24, 16, 78, 24, 20, 18], size=7.8, aligns="LLLRRL", head_fill=True)
    d.text_line((f"Fecha de recepción: {fdate(f['recv'], 'slash')}    Fecha de proceso: {fdate(f['proc'], 'slash')}"
                 if es else f"Received: {fdate(f['recv'], 'slash')}    Processed: {fdate(f['proc'], 'slash')}"),
                8.4, h=4.6)
    d.ln(2)
    c = f["code"]
    if info:
        d.text_line("Qué necesitamos", 10.5, "B", h=6)
        d.para(f"Código {c[0]}: {c[1]} Pídale a su proveedor que nos envíe las notas médicas y la receta del equipo. "
               f"Cuando las recibamos, procesaremos la reclamación. Usted no tiene que pagar nada por ahora.", 9)
    else:
        d.text_line("Motivo de la denegación" if es else "Reason for Denial", 10.5, "B", h=6)
        if f["kind"] == "excl":
            d.para("Revisamos la reclamación de su proveedor. Su plan no incluye los audífonos ni las pruebas para "
                   "recetarlos; esto está en la sección de gastos que el plan no paga de su Descripción resumida del "
                   "plan. Por eso, el plan no pagó nada de esta reclamación.", 9)
        elif es:
            d.para(f"Código de denegación: {c[0]}    Significado: {c[1]}", 9)
            extra = {"mednec": "Un médico revisor comparó los registros con los criterios clínicos del plan: no hubo "
                               "seis semanas de tratamiento conservador antes del estudio.",
                     "pa": "El plan exige autorización previa para estudios de imagen avanzados; no recibimos una "
                           "solicitud antes de la fecha del servicio.",
                     "oon": "El proveedor no participa en la red del plan y el servicio no fue de emergencia.",
                     "elig": f"Según el empleador, la cobertura terminó el {fdate(f['end'], 'slash')}.",
                     "late": "El plan acepta reclamaciones hasta 365 días después de la fecha del servicio."}
            d.para(extra[f["kind"]], 9)
        else:
            d.para(f"Denial code: {c[0]}    Meaning: {c[2]} A physician reviewer compared the records with the plan's "
                   "clinical criteria: six weeks of conservative treatment before the study were not documented.", 9)
        d.para("Puede pedir gratis los códigos de diagnóstico y de tratamiento y su significado, y copias de los "
               "documentos usados para decidir." if es else "You may request the diagnosis and treatment codes and "
               "their meanings, and copies of the documents used for this decision, free of charge.", 8.6)
        d.text_line("Proceso de apelación y revisión externa" if es else "Appeals and External Review Process",
                    10.5, "B", h=6)
        if es:
            t = {"notice": "Apelación interna: tiene 180 días a partir de la fecha de este aviso para pedir una "
                           "apelación interna.",
                 "recv": "Apelación interna: tiene 180 días a partir de recibir este aviso para pedir una apelación "
                         "interna.",
                 "date": f"Apelación interna: envíe su apelación a más tardar el {fd(f, f['by'])}."}[f["app"]]
            d.para(t + " Decidiremos en 30 días. Apelación urgente: si su salud corre peligro, decidiremos en 72 horas. "
                   "Revisión externa: después de la decisión final puede pedir una revisión externa dentro de 4 "
                   "meses.", 8.8)
        else:
            d.para("Internal Appeal: You have 180 days from the date of this notice to request an internal appeal. "
                   "Expedited appeals are decided within 72 hours. External Review: you may request an external "
                   "review within 4 months after a final internal decision.", 8.8)
    d.text_line("Otros recursos" if es else "Other Resources", 10.5, "B", h=6)
    d.para(("Programa de asistencia al consumidor de su estado: " if es else
            "Your state consumer assistance program: ") + f["cap"] + ". También puede comunicarse con la Employee "
           "Benefits Security Administration al 1-866-444-EBSA (3272)." if es else
           ("Your state consumer assistance program: ") + f["cap"] + ". You may also contact the Employee Benefits "
           "Security Administration at 1-866-444-EBSA (3272).", 8.6)
    d.text_line("Lista de códigos" if es else "Code list", 9, "B", h=5)
    for c0, cs, ce, _ in CODES:
        d.text_line(f"{c0}  {cs if es else ce}", 7.6, h=3.8)
    d.ln(3)
    d.text_line(("Atentamente, " if es else "Sincerely, ") + f"{f['ins']}, administrador del plan" if es
                else f"Sincerely, {f['ins']}, claims administrator for the plan", 8.8, h=5)
    return pdf_bytes(d)


DEN = {"mednec": "medical_necessity", "pa": "prior_authorization", "oon": "out_of_network", "elig": "eligibility",
       "late": "timely_filing", "excl": "not_covered", "info": None}


def make_truth(f: dict) -> dict:
    info = f["kind"] == "info"
    dl = {"notice": iso(days(f["notice"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["prov_bare"]]}
    if f["ins"] == SV:
        alts["insurer"] = ["Administradora de Beneficios Svaneti"]
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    den_alts = {"excl": ["other"], "mednec": [], "pa": []}.get(f["kind"], [])
    return truth("other" if info else "denial_letter", DEN[f["kind"]], f["lang"], insurer=f["ins"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["pat"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["total"]), service_dates=[iso(x["date"]) for x in f["lines"]],
                 denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=None if info else dl,
                 alternates=alts, denial_alternates=den_alts,
                 type_alternates=[] if info else ["eob"])


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording, lang, dependent patient)
PLAN = [
    ("dol_model_notice_es_bd_necesidad_medica", "born_digital", "mednec", MT, 0, "es", "plain", "notice", "es", False),
    ("dol_model_notice_es_bd_english_copy", "born_digital", "mednec", SV, 0, "long", "plain", "notice", "en", True),
    ("dol_model_notice_es_scan_sin_autorizacion", "scan_clean_300", "pa", SV, 1, "slash", "nosign", "recv", "es",
     True),
    ("dol_model_notice_es_lowres_fuera_de_red", "scan_lowres_150", "oon", MT, 2, "es_abbr", "plain", "date", "es",
     False),
    ("dol_model_notice_es_photocopy_cobertura_terminada", "photocopy", "elig", SV, 2, "es", "usd", "notice", "es",
     False),
    ("dol_model_notice_es_faxf_excluido_palabras", "fax_fine_g4", "excl", MT, 1, "slash", "plain", "notice", "es",
     True),
    ("dol_model_notice_es_photo_solicitud_info", "phone_photo", "info", MT, 0, "es", "plain", "notice", "es", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app, lang, dep) in enumerate(PLAN):
        f = facts(random.Random(99000 + i), kind, ins, lab, ds, ms, app, lang, dep)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
