"""Family 'medicaid_dental_prior_auth_denial_es': a state Medicaid dental program's benefits administrator decides a
dentist's prior-authorization request (crowns, partial dentures, comprehensive orthodontics), mostly in Spanish.

Two invented administrators run two invented state programs: Tollgarth Dental Administrators, Inc. (for the
Ribadavia Smiles Medicaid Dental Program) and Mondariz Dental Benefits, LLC (for Lough Fenn Health Coverage -
Dental). The notice has a fact block (four label sets, two Spanish and two English), a per-tooth decision table
(tooth, surface or arch, CDT code, service, sometimes the submitted fee, decision, note), the reasons (keyword or
plain words), appeal rights to the administrator (60 days of the notice, or a printed date), the 72-hour fast
appeal, continuation of benefits (10 days) and the State Fair Hearing (120 days after the appeal decision) as
decoys. Four of seven notices in Spanish, one approval. Everything fictional (kit_roundac_famca).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundac_famca import address, days, digits, fdate, iso, local_phone, m2, mixed, money, person, phone, usd

FAMILY = "medicaid_dental_prior_auth_denial_es"
LANG = "es"
ORGS = {
    "tg": dict(name="Tollgarth Dental Administrators, Inc.", short="TOLLGARTH", box="PO Box 6630",
               city="Harlowton, MT 59036", program="Ribadavia Smiles Medicaid Dental Program",
               program_es="Programa Dental de Medicaid Ribadavia Smiles",
               agency="Ribadavia Department of Human Services", agency_es="Departamento de Servicios Humanos de Ribadavia"),
    "mz": dict(name="Mondariz Dental Benefits, LLC", short="MONDARIZ", box="PO Box 1184", city="Raton, NM 87740",
               program="Lough Fenn Health Coverage - Dental", program_es="Cobertura de Salud Lough Fenn - Dental",
               agency="Lough Fenn Medical Assistance Division", agency_es="División de Asistencia Médica de Lough Fenn"),
}
DENTISTS = [("Sabela P. Meixide", "DDS", "Clínica Dental Cambados"),
            ("Eilif N. Tywardreath", "DDS", "Pendeen Family Dentistry"),
            ("Steinarr K. Lostwithiel", "DDS, MS", "Rianxo Orthodontic Studio")]
REVIEWER = "Anxo T. Gorran, DMD"
LABELS = {
    "es0": dict(date="Fecha del aviso", member="Miembro", mid="Número de Medicaid", pa="Número de autorización previa",
                dentist="Dentista que solicita", office="Consultorio", recv="Fecha en que recibimos la solicitud",
                dob="Fecha de nacimiento", planned="Fecha de servicio programada",
                cols=["Diente", "Sup./Arcada", "Código", "Servicio solicitado", "Tarifa", "Decisión", "Nota"]),
    "es1": dict(date="Fecha", member="Paciente", mid="ID de miembro", pa="Nº de solicitud", dentist="Dentista tratante",
                office="Clínica", recv="Recibida el", dob="Nacimiento", planned="Cita programada para",
                cols=["Pieza", "Superficie", "CDT", "Tratamiento", "Cargo", "Resultado", "Razón"]),
    "en0": dict(date="Notice date", member="Member", mid="Medicaid ID", pa="PA number", dentist="Requesting dentist",
                office="Office", recv="Request received", dob="Date of birth", planned="Planned service date",
                cols=["Tooth", "Surface/Arch", "CDT code", "Service requested", "Fee", "Decision", "Note"]),
    "en1": dict(date="Date of this notice", member="Patient name", mid="Member ID no.", pa="Authorization request #",
                dentist="Treating dentist", office="Dental office", recv="Received", dob="DOB",
                planned="Scheduled for", cols=["Tooth #", "Surf.", "Code", "Procedure", "Submitted", "Status", "Reason"]),
}
# code -> (lines: tooth, surface, CDT, description, fee range, approved?), reason text, denial type
CASES = {
    "crowns_mn": dict(lang="es", denial="medical_necessity", lines=[
        ("3", "-", "D2740", "Corona de porcelana/cerámica", (780, 1050), False),
        ("14", "-", "D2740", "Corona de porcelana/cerámica", (780, 1050), True),
        ("19", "-", "D2740", "Corona de porcelana/cerámica", (780, 1050), False)],
        note="A", text="Negado: la corona no es médicamente necesaria. Las radiografías del {xray} muestran que el "
        "diente todavía tiene suficiente estructura sana y puede restaurarse con una obturación (empaste), que el "
        "programa sí cubre."),
    "ortho_hld": dict(lang="es", denial="medical_necessity", lines=[
        ("-", "Superior e inferior", "D8080", "Tratamiento de ortodoncia integral, dentición de adolescente",
         (4200, 5600), False)],
        note="H", text="Revisamos los modelos, las fotografías y el formulario de puntuación HLD que envió su "
        "dentista. La puntuación de su hijo o hija fue de {hld} puntos. El programa paga los frenillos solo cuando la "
        "mordida causa un problema grave para comer o hablar: una puntuación de 26 puntos o más, paladar hendido o "
        "una mordida profunda que lastima el paladar. Su caso no llega a ese nivel, por eso no podemos aprobar el "
        "tratamiento."),
    "partial_freq": dict(lang="es", denial="not_covered", lines=[
        ("-", "Arcada superior", "D5213", "Dentadura parcial superior, base de metal colado", (1350, 1800), False),
        ("-", "Arcada inferior", "D5214", "Dentadura parcial inferior, base de metal colado", (1350, 1800), True)],
        note="F", text="El programa paga una dentadura parcial para la misma arcada una sola vez cada 5 años. "
        "Nuestros registros muestran que su dentadura parcial superior actual se colocó el {prior}. Podrá pedir una "
        "nueva después del {next}."),
    "approved": dict(lang="es", denial=None, lines=[
        ("30", "-", "D2950", "Reconstrucción del muñón, incluye pernos", (240, 330), True),
        ("30", "-", "D2750", "Corona de porcelana fundida sobre metal noble", (820, 1100), True)],
        note="", text=""),
    "ortho_records": dict(lang="en", denial="other", lines=[
        ("-", "Upper and lower", "D8080", "Comprehensive orthodontic treatment, adolescent dentition",
         (4200, 5600), False)],
        note="R", text="We asked your dentist on {asked} for the diagnostic models or digital scans, the facial and "
        "intraoral photographs and the completed HLD index score sheet. We did not receive them, so we could not "
        "review the request. Your dentist may send a new request with these records at any time."),
    "adult_crown": dict(lang="en", denial="not_covered", lines=[
        ("8", "-", "D2740", "Crown - porcelain/ceramic", (850, 1150), False),
        ("8", "MIF", "D2332", "Resin composite, three surfaces, anterior", (180, 260), True)],
        note="X", text="Crowns for members age 21 and older are not a covered benefit of the adult dental package, "
        "except to restore a tooth after a root canal on a front tooth. The filling on the same tooth is approved."),
    "partial_mn": dict(lang="en", denial="medical_necessity", lines=[
        ("-", "Lower arch", "D5212", "Mandibular partial denture, resin base", (980, 1400), False)],
        note="P", text="Your dentist's x-rays and chart show that you have 8 back teeth that meet when you bite, on "
        "both sides. The program pays for a partial denture only when you have fewer than 8 back teeth that meet, "
        "or when a front tooth is missing. You can still chew with the teeth you have, so we cannot approve it."),
}


def _head(d: Doc, org: dict, v: int, es: bool) -> None:
    if v == 0:
        d.font(8, "I")
        d.cell(0, 4, ("Administrador del " + org["program_es"]) if es else ("Administrator of the " + org["program"]),
               new_x="LMARGIN", new_y="NEXT")
        d.font(15, "B")
        d.cell(0, 7.5, org["name"], new_x="LMARGIN", new_y="NEXT")
        d.rule(0.6, 2)
    elif v == 1:
        d.font(22, "B")
        d.cell(0, 9.5, org["short"], new_x="LMARGIN", new_y="NEXT")
        d.rule(1.0, 1)
        d.font(8.5)
        d.cell(0, 4.5, f"{org['name']}  |  {org['box']}, {org['city']}", new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    else:
        d.font(9)
        for line in (org["name"], "Autorizaciones Dentales" if es else "Dental Prior Authorization Unit",
                     f"{org['box']}", org["city"]):
            d.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    org, lab, c = f["org"], LABELS[f["labels"]], CASES[f["case"]]
    ds, ms = f["ds"], f["ms"]
    d = Doc("Helvetica", footer=f"{org['short']}-PA-{f['form']}   " + ("Página {p} de {n}" if es else "Page {p} of {n}"),
            margins=(17, 14, 17))
    d.add_page()
    _head(d, org, f["head"], es)
    d.font(9.5)
    for line in ((("Para el padre, la madre o el tutor de:" if es else "To the parent or guardian of:")
                  if f["child"] else None), f["name"], f["street"], f["city"]):
        if line:
            d.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if c["denial"] is None:
        title = "AVISO DE APROBACIÓN DE AUTORIZACIÓN PREVIA DENTAL" if es else "DENTAL PRIOR AUTHORIZATION APPROVAL"
    elif all(not x[5] for x in c["lines"]):
        title = "AVISO DE ACCIÓN: SOLICITUD DENTAL NEGADA" if es else "NOTICE OF ACTION: DENTAL REQUEST DENIED"
    else:
        title = ("AVISO DE ACCIÓN: SOLICITUD DENTAL APROBADA EN PARTE" if es else
                 "NOTICE OF ACTION: DENTAL REQUEST PARTLY APPROVED")
    d.text_line(title, 12, "B", h=7)
    d.ln(1)
    facts = [(lab["date"], fdate(f["notice"], ds)), (lab["member"], f["name"]), (lab["mid"], f["mid"]),
             (lab["dob"], fdate(f["dob"], "slash")), (lab["pa"], f["pa"]),
             (lab["dentist"], f"{f['dentist']}, {f['cred']}"), (lab["office"], f"{f['office']}  NPI {f['npi']}"),
             (lab["recv"], fdate(f["recv"], ds))]
    if f["planned"]:
        facts.append((lab["planned"], fdate(f["planned"], ds)))
    for k, v in facts:
        d.font(9, "B")
        d.cell(62, 5, k + ":")
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    prog = org["program_es"] if es else org["program"]
    if es:
        intro = (f"{org['name']} revisa las solicitudes de autorización previa del {prog} en nombre del "
                 f"{org['agency_es']}. Su dentista nos pidió aprobar los servicios de la tabla. Esta es nuestra "
                 "decisión sobre cada uno:")
    else:
        intro = (f"{org['name']} reviews prior authorization requests for the {prog} on behalf of the "
                 f"{org['agency']}. Your dentist asked us to approve the services below. Here is our decision on "
                 "each one:")
    d.para(intro, 9.5, gap=2)
    rows, total = [], 0.0
    for (tooth, surf, code, desc, _, ok), fee in zip(c["lines"], f["fees"]):
        total += fee
        dec = ("Aprobado" if ok else "Negado") if es else ("Approved" if ok else "Denied")
        rows.append([tooth, surf, code, desc, usd(fee, ms) if f["show_fees"] else "", dec, "" if ok else c["note"]])
    widths = [14, 26, 15, 66, 27, 18, 11] if f["show_fees"] else [14, 26, 15, 93, 0, 18, 11]
    head = list(lab["cols"])
    if not f["show_fees"]:
        head[4] = ""
    if f["show_fees"]:
        rows.append(["*" + ("Total" if es else "Total submitted"), "", "", "", usd(round(total, 2), ms), "", ""])
    d.table(head, rows, widths, size=8, aligns="CLLLRLC", head_fill=True, row_h=5)
    if c["text"]:
        d.text_line(("Por qué tomamos esta decisión" if es else "Why we made this decision"), 10.5, "B", h=6)
        d.para(f"{c['note']}  " + c["text"].format(xray=fdate(f["xray"], ds), hld=f["hld"],
                                                  prior=fdate(f["prior"], ds), next=fdate(days(f["prior"], 1827), ds),
                                                  asked=fdate(f["asked"], ds)), 9.5, gap=1.5)
        d.para(("Esta decisión se basa en los criterios dentales del programa, sección 4.3 del manual de "
                "proveedores." if es else "This decision is based on the program's dental criteria, section 4.3 of "
                "the provider manual."), 8.5, gap=2)
    else:
        d.para(f"Su solicitud fue aprobada. La autorización es válida del {fdate(f['v0'], ds)} al "
               f"{fdate(f['v1'], ds)}. Su dentista debe hacer el tratamiento en ese período y usted debe tener "
               "Medicaid el día del servicio. Esta aprobación no es una garantía de pago si pierde su cobertura.",
               9.5, gap=2)
    if c["denial"]:
        if es:
            d.text_line("Su derecho a apelar", 10.5, "B", h=6)
            ask = ("Debe pedir la apelación dentro de 60 días a partir de la fecha de este aviso." if f["dl"] == "days"
                   else f"Debemos recibir su apelación a más tardar el {fdate(f['deadline'], ds)}.")
            d.para(f"Si no está de acuerdo, usted o su dentista pueden pedirnos una apelación. {ask} Llame al "
                   f"{f['ph']} o escriba a Apelaciones, {org['name']}, {org['box']}, {org['city']}. Si esperar "
                   "30 días podría dañar gravemente su salud, pida una apelación rápida: decidimos en 72 horas.",
                   9, gap=1.5)
            d.text_line("Audiencia Imparcial Estatal", 10, "B", h=5.5)
            d.para(f"Si después de la apelación todavía no está de acuerdo, puede pedir una Audiencia Imparcial "
                   f"Estatal al {org['agency_es']} dentro de 120 días a partir de la fecha de la decisión de la "
                   "apelación. Si ya recibía este servicio y pide la apelación dentro de 10 días, puede seguir "
                   "recibiéndolo mientras se decide.", 9, gap=1.5)
        else:
            d.text_line("Your right to appeal", 10.5, "B", h=6)
            ask = ("You must ask for an appeal within 60 days of the date of this notice." if f["dl"] == "days"
                   else f"We must receive your appeal no later than {fdate(f['deadline'], ds)}.")
            d.para(f"If you disagree, you or your dentist may ask us for an appeal. {ask} Call {f['ph']} or write "
                   f"to Appeals, {org['name']}, {org['box']}, {org['city']}. If waiting 30 days could seriously "
                   "harm your health, ask for a fast appeal: we decide within 72 hours.", 9, gap=1.5)
            d.text_line("State Fair Hearing", 10, "B", h=5.5)
            d.para(f"If you still disagree after the appeal, you may ask the {org['agency']} for a State Fair "
                   "Hearing within 120 days of the date of the appeal decision. If you were already getting this "
                   "service and ask for an appeal within 10 days, it can continue while we decide.", 9, gap=1.5)
    d.ln(2)
    d.font(9)
    d.cell(0, 4.6, "Atentamente," if es else "Sincerely,", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.cell(0, 4.6, REVIEWER, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, ("Consultor dental, " if es else "Dental consultant, ") + org["name"], new_x="LMARGIN",
           new_y="NEXT")
    d.cell(0, 4.6, f"cc: {f['office']}  |  {local_phone(random.Random(f['pa']))}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(7.5)
    d.multi_cell(0, 3.6, ("Servicios de idiomas gratis: llame al " if es else "Free language services: call ")
                 + f"{f['ph']} (TTY 711). " + (org["agency_es"] if es else org["agency"]), new_x="LMARGIN",
                 new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, case: str, org: str, labels: str, head: int, ds: str, ms: str, dl: str,
          show_fees: bool, planned: bool, child: bool, dentist: int) -> dict:
    c = CASES[case]
    lang = c["lang"]
    notice = dt.date(2026, r.randint(2, 10), r.randint(1, 27))
    recv = days(notice, -r.randint(5, 14))
    name, off = DENTISTS[dentist], None
    street, city = address(r, lang)
    f = dict(case=case, lang=lang, org=ORGS[org], labels=labels, head=head, ds=ds, ms=ms, dl=dl,
             show_fees=show_fees, child=child, notice=notice, recv=recv, name=person(r, lang), street=street,
             city=city, mid=mixed(r, "99999999A"), pa=(("DPA-" if org == "tg" else "PA") + mixed(r, "26-999999")),
             dentist=name[0], cred=name[1], office=name[2], npi=r.choice("12") + digits(r, 9),
             dob=dt.date(r.randint(2010, 2014) if child else r.randint(1968, 1998), r.randint(1, 12), r.randint(1, 28)),
             planned=days(notice, r.randint(10, 30)) if planned else None,
             fees=[money(r, lo, hi) for (_, _, _, _, (lo, hi), _) in c["lines"]],
             xray=days(recv, -r.randint(10, 30)), hld=r.randint(12, 22),
             prior=dt.date(r.randint(2022, 2023), r.randint(1, 12), r.randint(1, 28)), asked=days(recv, 3),
             deadline=days(notice, 60), ph=phone(r), form=digits(r, 4) + mixed(r, "A"),
             v0=notice, v1=days(notice, 180))
    del off
    return f


def make_truth(f: dict) -> dict:
    c = CASES[f["case"]]
    org = f["org"]
    alts = {"insurer": [org["program_es"] if f["lang"] == "es" else org["program"]],
            "provider": [f["office"]]}
    sd = [iso(f["planned"])] if f["planned"] else []
    amt = m2(sum(f["fees"])) if f["show_fees"] else None
    denied_fee = [fee for fee, ln in zip(f["fees"], c["lines"]) if not ln[5]]
    if f["show_fees"] and len(denied_fee) < len(f["fees"]):
        alts["claim_amount"] = [m2(sum(denied_fee))]
    dalts = {"not_covered": ["other"], "other": ["prior_authorization"]}.get(c["denial"]) or []
    if f["case"] == "ortho_hld":
        dalts = ["not_covered"]
    if c["denial"] is None:
        alts["service_dates"] = [[iso(f["v0"], f["v1"])]]
        return truth("other", None, lang=f["lang"], insurer=org["name"], member_id=f["mid"], member_name=f["name"],
                     case_numbers=[f["pa"]], claim_amount=amt, service_dates=sd, denial_date=iso(f["notice"]),
                     provider=f["dentist"], appeal_deadline=None, alternates=alts)
    return truth("denial_letter", c["denial"], lang=f["lang"], insurer=org["name"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=[f["pa"]], claim_amount=amt, service_dates=sd,
                 denial_date=iso(f["notice"]), provider=f["dentist"], appeal_deadline=iso(f["deadline"]),
                 alternates=alts, denial_alternates=dalts)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(113600)
    plan = [  # stem, condition, case, org, labels, head, ds, ms, dl, fees, planned, child, dentist
        ("bd_es_crowns_partial", "born_digital", "crowns_mn", "tg", "es0", 0, "es", "plain", "days", False, True,
         False, 0),
        ("scan300_es_ortho_hld", "scan_clean_300", "ortho_hld", "mz", "es1", 1, "es_abbr", "plain", "date", False,
         False, True, 2),
        ("photo_es_partial_freq", "phone_photo", "partial_freq", "tg", "es0", 2, "slash", "es", "days", True, False,
         False, 0),
        ("faxf_es_approved", "fax_fine_g4", "approved", "mz", "es1", 0, "es", "plain", "days", False, False, False, 1),
        ("bd_en_ortho_records", "born_digital", "ortho_records", "tg", "en0", 1, "long", "plain", "days", False,
         False, True, 2),
        ("copy_en_adult_crown", "photocopy", "adult_crown", "mz", "en1", 2, "dmy", "plain", "date", False, True,
         False, 1),
        ("lowres_en_partial_mn", "scan_lowres_150", "partial_mn", "tg", "en0", 0, "iso", "plain", "days", True,
         False, False, 1),
    ]
    items = []
    for stem, cond, case, org, labels, head, ds, ms, dl, fees, planned, child, dentist in plan:
        f = facts(r, case, org, labels, head, ds, ms, dl, fees, planned, child, dentist)
        items.append(Item(f"{FAMILY}_{stem}", cond, [(build(f), make_truth(f))]))
    return items
