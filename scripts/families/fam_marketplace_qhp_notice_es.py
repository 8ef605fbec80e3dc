"""Family 'marketplace_qhp_notice_es': claim denials from Marketplace (ACA) qualified health plans in Spanish, in the
order and wording of the federal (HHS/CCIIO) model notice of adverse benefit determination for non-grandfathered
individual-market plans ("Aviso de determinación adversa de beneficios": claim information, reason for denial,
diagnosis and treatment codes on request, internal appeal in 180 days, expedited 72 hours, external review within 4
months, the state consumer assistance program, HealthCare.gov); one English copy.

Public layout modelled: the HHS model "Notice of Adverse Benefit Determination" for Marketplace/individual coverage
(values invented). The 14-character HIOS plan ID (variant -01/-04) is printed as the plan ID.

Issuers: Solsticio Health Insurance Company (logo word "SOLSTICIO" over a rule, one product line) and Cumbre
Borealis Salud, Inc. (parent line "Una compañía de Fulmar Holdings" above, return address block). Kinds: medical
necessity (code), no prior authorization, out of network (plain words), not covered (plain words: cosmetic),
eligibility (premium grace period ended), a paid-in-part-zero request for information (nothing denied).
Decoys: the policy holder when a dependent is the patient, received date, premium due date, the 4-month external
review limit, the 72-hour expedited timetable, the Marketplace call-center phone.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famvb import address, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "marketplace_qhp_notice_es"
LANG = "es"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SO = "Solsticio Health Insurance Company"
CB = "Cumbre Borealis Salud, Inc."
PLAN_NAME = {SO: "Solsticio Plata 2500 (Mercado)", CB: "Cumbre Bronce Esencial HMO"}
PROVS = [("Dra. Uxía R. Pazos Lamas", "Uxía R. Pazos Lamas"), ("Dr. Brais T. Seoane", "Brais T. Seoane"),
         ("Centro de Imágenes Vilariño", "Centro de Imágenes Vilariño")]
SERV = {"mednec": [("70553", "Resonancia magnética del cerebro con y sin contraste")],
        "pa": [("29881", "Artroscopia de rodilla con meniscectomía")],
        "oon": [("99204", "Consulta de paciente nuevo"), ("73721", "Resonancia de la rodilla")],
        "excl": [("15823", "Blefaroplastia del párpado superior")],
        "elig": [("99213", "Consulta de oficina")],
        "info": [("E0470", "Equipo de presión positiva de dos niveles")]}
LABELS = [
    dict(pat="Paciente", claim="Número de reclamo", dos="Fecha(s) de servicio", prov="Proveedor",
         amt="Monto del reclamo", mid="Número de identificación del miembro", plan="ID del plan",
         date="Fecha de este aviso", sub="Titular de la póliza"),
    dict(pat="Nombre del paciente", claim="Reclamo núm.", dos="Fecha del servicio", prov="Proveedor de servicios",
         amt="Cargos facturados", mid="ID de miembro", plan="Plan ID (HIOS)", date="Fecha", sub="Suscriptor"),
    dict(pat="Persona que recibió el servicio", claim="Referencia del reclamo", dos="Cuándo recibió el servicio",
         prov="Médico o centro", amt="Total cobrado", mid="Núm. de afiliado", plan="Identificador del plan",
         date="Emitido el", sub="Inscrito principal"),
]
EN = dict(pat="Patient", claim="Claim number", dos="Date(s) of service", prov="Provider", amt="Amount of claim",
          mid="Member ID", plan="Plan ID", date="Date of this notice", sub="Policyholder")
REASON = {"mednec": ("MN4", "El servicio no es médicamente necesario según las pautas clínicas del plan.",
                     "The service is not medically necessary under the plan's clinical guidelines."),
          "pa": ("PA2", "No se obtuvo autorización previa.", "Prior authorization was not obtained.")}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind, ins, lab, ds, ms, app, lang, dep) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    dos = days(notice, -r.randint(20, 55))
    lines, d = [], dos
    for code, desc in SERV[kind]:
        lines.append(dict(code=code, desc=desc, date=d, billed=money(r, 180, 5200)))
        d = days(d, r.choice([5, 9, 12]))
    sub = person(r, lang)
    pat = person(r, lang) if dep else sub
    prov, bare = r.choice(PROVS)
    state = "TX" if ins == SO else "FL"
    return dict(kind=kind, ins=ins, L=EN if lang == "en" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
                notice=notice, lines=lines, total=round(sum(x["billed"] for x in lines), 2), sub=sub, pat=pat,
                dep=dep, addr=address(r, lang), mid=mixed(r, "SOL99999999A") if ins == SO else mixed(r, "CB-999-999-99"),
                plan=digits(r, 5) + state + "0" + digits(r, 6) + "-0" + r.choice("146"),
                claim=mixed(r, "99AA99999999") if ins == SO else digits(r, 11),
                prov=prov, bare=bare, recv=days(lines[-1]["date"], r.randint(4, 15)), ph=phone(r), cap=phone(r),
                by=days(notice, 180), grace=days(dos, -r.randint(3, 20)), prem=days(notice, 25))


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == SO:
        d.text_line("SOLSTICIO", 24, "B", h=10)
        d.rule(0.8, 1)
        d.text_line("Health Insurance Company · Plan de salud calificado del Mercado · PO Box 7730, Ely, NV 89301",
                    8.2, h=4.4)
    else:
        d.text_line("Una compañía de Fulmar Holdings" if f["lang"] == "es" else "A Fulmar Holdings company", 7.8, h=4)
        d.text_line(CB, 14, "B", h=7)
        for ln in ["Unidad de Reclamos y Apelaciones", "PO Box 31190", "Coamo, PR 00769"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(3)


def build(f: dict) -> bytes:
    L, es, ms, k = f["L"], f["lang"] == "es", f["ms"], f["kind"]
    info = k == "info"
    d = Page(("QHP-NABD-ES " if es else "QHP-NABD-EN ") + ("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{L['date']}: {fdate(f['notice'], f['ds'])}", 9.5, h=5)
    d.ln(2)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.7)
    d.ln(3)
    d.text_line(("Plan: " if es else "Plan: ") + PLAN_NAME[f["ins"]], 9, h=4.6)
    d.text_line(f"{L['mid']}: {f['mid']}      {L['plan']}: {f['plan']}", 9, h=4.6)
    if f["dep"]:
        d.text_line(f"{L['sub']}: {f['sub']}", 9, h=4.6)
    d.ln(3)
    if info:
        title = "AVISO: NECESITAMOS MÁS INFORMACIÓN SOBRE SU RECLAMO"
    else:
        title = ("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS" if es else "NOTICE OF ADVERSE BENEFIT DETERMINATION")
    d.text_line(title, 12, "B", h=7, align="C")
    if es:
        d.para("IMPORTANTE: Conserve este aviso para sus registros. Contiene información sobre su reclamo. Si tiene "
               f"preguntas, llame a Servicios para Miembros al {f['ph']} (TTY 711)." +
               ("" if info else " Si no está de acuerdo con esta decisión, tiene derecho a apelar."), 9)
    else:
        d.para("IMPORTANT: Keep this notice for your records. It has information about your claim. If you have "
               f"questions, call Member Services at {f['ph']} (TTY 711). If you disagree with this decision, you "
               "have the right to appeal.", 9)
    d.text_line("Información del reclamo" if es else "Claim Information", 10.5, "B", h=6)
    dtxt = ", ".join(fdate(x["date"], f["ds"]) for x in f["lines"])
    x0 = d.l_margin
    for lab, val in [(L["pat"], f["pat"]), (L["claim"], f["claim"]), (L["dos"], dtxt), (L["prov"], f["prov"]),
                     (L["amt"], usd(f["total"], ms))]:
        d.set_x(x0)
        d.font(9, "B")
        d.cell(64, 6, " " + lab, border=1)
        d.font(9)
        d.cell(0, 6, " " + val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    head = ["Fecha", "Código", "Descripción", "Cargo", "Pagado"] if es else ["Date", "Code", "Description", "Charge",
                                                                           "Paid"]
    rows = [[fdate(x["date"], "slash"), x["code"], x["desc"], usd(x["billed"], ms), "0.00"] for x in f["lines"]]
    d.table(head, rows, [24, 18, 92, 24, 20], size=8, aligns="LLLRR", head_fill=True)
    d.text_line(f"Recibido: {fdate(f['recv'], 'slash')}" if es else f"Received: {fdate(f['recv'], 'slash')}", 8.4,
                h=4.6)
    d.ln(2)
    if info:
        d.text_line("Qué necesitamos", 10.5, "B", h=6)
        d.para("Todavía no hemos tomado una decisión sobre este reclamo. Pídale a su proveedor que nos envíe el "
               "estudio del sueño y las notas de la consulta. Cuando las recibamos procesaremos el reclamo; usted no "
               "tiene que hacer nada más ni pagar nada por ahora.", 9)
    else:
        d.text_line("Motivo de la denegación" if es else "Reason for Denial", 10.5, "B", h=6)
        if k in REASON:
            c = REASON[k]
            d.para((f"Código de denegación: {c[0]}. {c[1]}" if es else f"Denial code: {c[0]}. {c[2]}") +
                   {"mednec": " Un médico revisor no encontró síntomas neurológicos nuevos que justificaran el estudio."
                    if es else " A physician reviewer found no new neurological symptoms to support the study.",
                    "pa": " Su plan requiere aprobación antes de las cirugías ambulatorias programadas; no recibimos "
                          "una solicitud antes de la fecha de la cirugía."}[k], 9)
        elif k == "oon":
            d.para("El médico que lo atendió no participa en la red de su plan HMO y no fue una emergencia. Su plan "
                   "solo paga servicios de proveedores de la red, salvo emergencias.", 9)
        elif k == "excl":
            d.para("Esta cirugía de los párpados se hizo para mejorar la apariencia. Su póliza no paga cirugía "
                   "estética; lo dice la sección de servicios excluidos de su Evidencia de cobertura.", 9)
        else:
            d.para(f"Su cobertura terminó el {fdate(f['grace'], 'slash')} porque no recibimos la prima antes de que "
                   "terminara el período de gracia de tres meses de las personas con crédito fiscal. El servicio fue "
                   f"después de esa fecha. (Su próxima factura de prima vencía el {fdate(f['prem'], 'slash')}.)", 9)
        d.para("Códigos de diagnóstico y de tratamiento: puede pedir gratis los códigos de diagnóstico y de tratamiento "
               "de este reclamo y lo que significan." if es else "Diagnosis and treatment codes: you may request the "
               "diagnosis and treatment codes for this claim and their meanings free of charge.", 8.6)
        d.text_line("Apelación interna y revisión externa" if es else "Internal Appeal and External Review", 10.5,
                    "B", h=6)
        if es:
            t = {"notice": "Apelación interna: debe presentar su apelación dentro de 180 días de la fecha de este aviso.",
                 "recv": "Apelación interna: tiene 180 días desde que recibe este aviso para pedir una apelación.",
                 "date": f"Apelación interna: debemos recibir su apelación a más tardar el "
                         f"{fdate(f['by'], f['ds'])}."}[f["app"]]
            d.para(t + " Le daremos una decisión en 30 días para servicios que ya recibió. Apelación acelerada: si "
                   "esperar pone en peligro su salud, decidiremos en 72 horas. Revisión externa: si mantenemos la "
                   "denegación, puede pedir una revisión externa independiente dentro de 4 meses de recibir nuestra "
                   "decisión final.", 8.8)
        else:
            d.para("Internal appeal: you must file your appeal within 180 days of the date of this notice. Expedited "
                   "appeal: decided within 72 hours. External review: you may ask for an independent external "
                   "review within 4 months of receiving our final decision.", 8.8)
    d.text_line("Otros recursos" if es else "Other Resources", 10.5, "B", h=6)
    d.para(("Programa de asistencia al consumidor de su estado: " if es else "Your state consumer assistance program: ")
           + f["cap"] + (". Centro de llamadas del Mercado (HealthCare.gov): 1-800-555-6318." if es else
                         ". Marketplace Call Center (HealthCare.gov): 1-800-555-6318."), 8.6)
    d.ln(2)
    d.text_line(("Atentamente, " if es else "Sincerely, ") + f["ins"], 9, h=5)
    return pdf_bytes(d)


DEN = {"mednec": "medical_necessity", "pa": "prior_authorization", "oon": "out_of_network",
       "excl": "not_covered", "elig": "eligibility", "info": None}


def make_truth(f: dict) -> dict:
    info = f["kind"] == "info"
    dl = {"notice": iso(days(f["notice"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {}
    if f["bare"] != f["prov"]:
        alts["provider"] = [f["bare"]]
    if f["ins"] == CB:
        alts["insurer"] = ["Cumbre Borealis Salud"]
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
    return truth("other" if info else "denial_letter", DEN[f["kind"]], f["lang"], insurer=f["ins"],
                 plan_id=f["plan"], member_id=f["mid"], member_name=f["pat"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["total"]), service_dates=[iso(x["date"]) for x in f["lines"]],
                 denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=None if info else dl,
                 alternates=alts, type_alternates=[] if info else ["eob"])


PLAN = [
    ("marketplace_qhp_notice_es_bd_necesidad_medica", "born_digital", "mednec", SO, 0, "es", "plain", "notice", "es",
     False),
    ("marketplace_qhp_notice_es_bd_english", "born_digital", "pa", CB, 0, "long", "plain", "notice", "en", True),
    ("marketplace_qhp_notice_es_scan_fuera_de_red", "scan_clean_300", "oon", CB, 1, "slash", "nosign", "recv", "es",
     False),
    ("marketplace_qhp_notice_es_lowres_estetica", "scan_lowres_150", "excl", SO, 2, "es_abbr", "plain", "date", "es",
     True),
    ("marketplace_qhp_notice_es_photocopy_periodo_gracia", "photocopy", "elig", CB, 2, "es", "usd", "notice", "es",
     False),
    ("marketplace_qhp_notice_es_faxstd_sin_autorizacion", "fax_standard_g4", "pa", SO, 1, "iso", "plain", "date",
     "es", True),
    ("marketplace_qhp_notice_es_photo_solicitud_info", "phone_photo", "info", SO, 0, "es", "plain", "notice", "es",
     False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app, lang, dep) in enumerate(PLAN):
        f = facts(random.Random(92500 + i), kind, ins, lab, ds, ms, app, lang, dep)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
