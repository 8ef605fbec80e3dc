"""Family 'carta_pr': Spanish prose letters from a Puerto Rico health plan (Medicare Advantage and commercial).

Brisamar Salud, Inc. is fictional. The facts sit in sentences ("el servicio que recibió el 4 de marzo de
2026", "tiene hasta el ... para apelar", "dentro de 65 días a partir de la fecha de este aviso"); a small
reference box at the top carries the member and case numbers. Money is written the US way ($1,234.56), in some
letters also in words ("mil doscientos treinta y cuatro dólares con 56/100"). Some letters end with an English
summary block. Medicare Advantage letters name the contract-plan (H4892-007) and the 65-day reconsideration;
commercial letters use 180 days. A fine-mode fax carries two letters (a denial and an approval) behind a cover.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import MONTHS_ES, Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "carta_pr"
LANG = "es"
INSURER = "Brisamar Salud, Inc."
FIRST = ["Efraín", "Xiomara", "Wilfredo", "Glorimar", "Ismael", "Nilda", "Heriberto", "Yaritza", "Rafael", "Awilda"]
LAST = ["Irizarry", "Montalvo", "Figueroa", "Acevedo", "Rosado", "Quiñones", "Maldonado", "Santiago", "Vélez",
        "Cintrón"]
TOWNS = [("Urb. Los Robles, Calle 5 D-12", "Caguas, PR 00725"), ("Calle Ámbar 214, Bo. Pueblo", "Cayey, PR 00736"),
         ("Cond. Torres del Mar, Apt. 9-C", "Carolina, PR 00979"), ("HC 02 Box 4418", "Aibonito, PR 00705"),
         ("Urb. Valle Verde, Calle Río 33", "Bayamón, PR 00961"), ("Bo. Cerro Gordo, Carr. 156 Km 3.2",
                                                                   "Aguas Buenas, PR 00703")]
UNITS = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
         "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiún",
         "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
         "veintinueve"]
TENS = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
            "ochocientos", "novecientos"]


def words_99(n: int) -> str:
    if n < 30:
        return UNITS[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " y " + UNITS[n % 10])


def words_999(n: int) -> str:
    if n == 100:
        return "cien"
    h, rest = divmod(n, 100)
    return " ".join(x for x in (HUNDREDS[h], words_99(rest)) if x)


def en_letras(v: float) -> str:
    """'mil doscientos treinta y cuatro dólares con 56/100' (amounts below a million)."""
    whole, cents = int(v), round((v - int(v)) * 100)
    th, rest = divmod(whole, 1000)
    parts = []
    if th:
        parts.append("mil" if th == 1 else f"{words_999(th)} mil")
    if rest:
        parts.append(words_999(rest))
    return f"{' '.join(parts)} dólares con {cents:02d}/100"


def fecha(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def money(v: float) -> str:
    return f"${v:,.2f}"


# kind -> (MA?, denial, service, provider pool, amount range or None (pre-service), reason)
CASES = {
    "ma_necesidad": (True, "medical_necessity", "una resonancia magnética de la columna lumbar",
                     ["Centro de Imágenes Monteluz", "Dr. Osvaldo Rivera"], None,
                     "El médico que revisó su caso, especialista en fisiatría, leyó las notas que envió su "
                     "médico. "
                     "Las notas indican dolor de espalda de tres semanas, sin debilidad en las piernas ni otros "
                     "signos de alarma, y sin tratamiento previo con terapia física. Según las guías clínicas que "
                     "utiliza Brisamar, la resonancia no es médicamente necesaria hasta completar al menos seis "
                     "semanas de tratamiento conservador."),
    "com_autorizacion": (False, "prior_authorization", "una tomografía computarizada del abdomen y la pelvis",
                         ["Centro de Imágenes Monteluz", "Hospital Comunitario Río Cibuco"], (1400, 3900),
                         "Su plan requiere que Brisamar autorice este estudio antes de que se realice. No recibimos "
                         "una solicitud de autorización del proveedor antes de la fecha del servicio. Como el "
                         "proveedor participa en nuestra red, no puede facturarle a usted este cargo."),
    "ma_nivel": (True, "level_of_care", "su hospitalización",
                 ["Hospital Comunitario Río Cibuco", "Hospital San Gerardo de Bayamón"], (16000, 42000),
                 "Una enfermera y un médico revisor evaluaron su expediente. Durante su estadía usted estuvo estable "
                 "y no necesitó los servicios que solo se ofrecen a un paciente hospitalizado. Su condición se "
                 "podía atender en observación, que es un nivel de cuidado menor. Por eso pagamos la estadía como "
                 "servicios de observación y no como hospitalización. Esta decisión trata sobre el nivel de "
                 "cuidado, no sobre si usted necesitaba atención médica."),
    "com_red": (False, "out_of_network", "una consulta y una prueba de esfuerzo con un cardiólogo",
                ["Dr. Julio Santaella", "Cardiología Integral del Este"], (480, 1600),
                "El proveedor que le atendió no pertenece a la red de proveedores de su plan. Su plan es un plan "
                "HMO y solo paga servicios fuera de la red en casos de emergencia o cuando Brisamar los autoriza "
                "por escrito. Esta consulta no fue una emergencia y no tenía autorización."),
    "com_excluido": (False, "not_covered", "un ciclo de fertilización in vitro",
                     ["Centro de Fertilidad Bahía Serena", "Dra. Lourdes Arzola"], (7800, 16500),
                     "Su póliza excluye los tratamientos de infertilidad, incluida la fertilización in vitro "
                     "(Sección 9, Exclusiones, de su Certificado de Cobertura). Esta decisión no se basa en si el "
                     "tratamiento era necesario para usted, sino en que su plan no incluye este beneficio."),
    "ma_elegibilidad": (True, "eligibility", "una visita al médico primario y laboratorios",
                        ["Dra. Maribel Colón", "Laboratorio Clínico Palmasola"], (160, 520),
                        "Nuestros registros, y los de Medicare, indican que su inscripción en Brisamar terminó el "
                        "último día del mes antes de la fecha del servicio, porque se mudó fuera del área de "
                        "servicio del plan. En la fecha del servicio usted no estaba inscrito en nuestro plan."),
    "com_experimental": (False, "experimental", "una terapia con plasma rico en plaquetas en la rodilla",
                         ["Instituto Ortopédico Cayey Norte", "Dr. Ernesto Vilá"], (900, 2800),
                         "Nuestra política médica considera esta terapia experimental o en investigación para la "
                         "artrosis de rodilla: los estudios publicados no demuestran que mejore los resultados. Su "
                         "plan no cubre servicios experimentales o en investigación."),
    "com_otro_seguro": (False, "other", "una cirugía ambulatoria de cataratas",
                        ["Centro de Cirugía Ambulatoria Las Vegas", "Dr. Andrés Bermúdez"], (2600, 5200),
                        "Nuestros registros muestran que usted tiene otro seguro médico que paga primero "
                        "(coordinación de beneficios). El proveedor debe enviar la reclamación primero a ese "
                        "seguro y luego a Brisamar, con la explicación de beneficios del seguro primario."),
}
EN_REASON = {"ma_necesidad": "it is not medically necessary at this time",
             "com_autorizacion": "the service was not authorized by the plan before it was performed",
             "ma_nivel": "the stay did not need inpatient hospital care; it was paid as observation",
             "ma_elegibilidad": "you were not enrolled in the plan on the date of service"}
# stem, condition, kinds (one per letter; "aprobacion" = approval), deadline style per letter, English summary
PLAN = [
    ("carta_pr_bd_ma_necesidad", "born_digital", ["ma_necesidad"], ["dentro"], False),
    ("carta_pr_bd_com_autorizacion", "born_digital", ["com_autorizacion"], ["hasta"], True),
    ("carta_pr_scan_ma_nivel", "scan_clean_300", ["ma_nivel"], ["dentro"], True),
    ("carta_pr_faxf_stack", "fax_fine_g4", ["com_red", "aprobacion"], ["dentro", None], False),
    ("carta_pr_copy_com_excluido", "photocopy", ["com_excluido"], ["hasta"], False),
    ("carta_pr_photo_ma_elegibilidad", "phone_photo", ["ma_elegibilidad"], ["hasta"], True),
    ("carta_pr_lowres_com_experimental", "scan_lowres_150", ["com_experimental"], ["dentro"], False),
    ("carta_pr_faxs_com_otro_seguro", "fax_standard_g4", ["com_otro_seguro"], ["recibo"], False),
]


def facts(r: Rand, ma: bool) -> dict:
    first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEGJLMNRV")
    notice = r.date(dt.date(2026, 1, 15), 230)
    return dict(name=f"{first} {mid}. {last}", first=first, last=last, female=first.endswith("a") or first in (
        "Glorimar", "Nilda", "Yaritza"), notice=notice, addr=r.choice(TOWNS),
                mid=(f"BRS{r.digits(9)}" if ma else f"{r.digits(3)}-{r.digits(5)}-{r.digits(2)}"),
                plan=f"H4892-{r.choice(['001', '007', '012'])}" if ma else None,
                group=None if ma else f"{r.digits(6)}",
                product=r.choice(["Brisamar Oro (HMO)", "Brisamar Platino Plus (HMO-POS)"]) if ma else
                r.choice(["Plan Comercial Brisamar Óptimo", "Plan Brisamar Empresarial 500"]),
                case=f"{notice.year}-{r.choice(['PA', 'RC', 'CL'])}-{r.digits(6)}",
                claim=f"{r.digits(2)}{notice.strftime('%y')}{r.digits(7)}",
                letter_id=f"BSL-{r.digits(4)}-{r.letters(1)}",
                mbi=f"{r.digits(1)}{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(1)}{r.digits(2)}-"
                    f"{r.letters(2)}{r.digits(2)}")


def letterhead(d: Doc, f: dict):
    d.set_draw_color(0, 120, 140)
    d.set_line_width(0.9)
    d.line(20, 24, d.w - 20, 24)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_xy(20, 10)
    d.font(20, "B")
    d.cell(80, 9, "Brisamar")
    d.set_xy(20, 18)
    d.font(8.5)
    d.cell(80, 4, "SALUD, INC.   -   Un plan de aquí, para nuestra gente")
    d.set_xy(120, 10)
    d.font(8)
    d.multi_cell(0, 3.8, "PO Box 195530\nSan Juan, PR 00919-5530\nServicios al Socio: (787) 555-0144\n"
                         "Libre de cargos: 1-866-555-0109 (TTY 711)", align="R")
    d.set_y(30)


def ref_box(d: Doc, f: dict, pairs: list):
    x, y = 120, d.get_y()
    d.set_xy(x, y)
    d.font(8.5)
    d.multi_cell(76, 4.4, "\n".join(f"{k}: {v}" for k, v in pairs), border=1)
    return y


def deadline_text(kind: str, ma: bool, f: dict, style: str) -> tuple[str, dt.date | None]:
    days = 65 if ma else 180
    dl = f["notice"] + dt.timedelta(days=days)
    word = "una reconsideración (apelación)" if ma else "una apelación"
    if style == "dentro":
        return (f"Si no está de acuerdo con esta decisión, tiene derecho a solicitar {word}. Debe solicitarla "
                f"dentro de {days} días a partir de la fecha de este aviso."), dl
    if style == "hasta":
        return (f"Si no está de acuerdo, puede pedirnos {word}. Tiene hasta el {fecha(dl)} para apelar."), dl
    return (f"Si no está de acuerdo, puede solicitar {word} dentro de {days} días a partir de la fecha en que "
            "reciba esta carta."), None


def denial_letter(r: Rand, kind: str, style: str, english: bool, keep: dict | None = None) -> tuple[bytes, dict]:
    ma, denial, what, pool, rng_amt, why = CASES[kind]
    f = facts(r, ma)
    if keep is not None:
        keep.update(f)
    prov = r.choice(pool)
    pre = rng_amt is None
    amount = None if pre else float(r.amount(*rng_amt))
    if pre:
        start = f["notice"] + dt.timedelta(days=r.randint(10, 28))
    else:
        start = f["notice"] - dt.timedelta(days=r.randint(25, 80))
    end = start + dt.timedelta(days=r.randint(2, 4)) if kind == "ma_nivel" else None
    d = Doc("Times", footer="Brisamar Salud, Inc.  -  " + f["letter_id"] + "  -  Página {p} de {n}",
            margins=(20, 16, 20))
    d.add_page()
    letterhead(d, f)
    d.ln(2)
    y0 = d.get_y()
    ref = [("Número de socio", f["mid"])]
    if ma:
        ref.append(("Contrato-Plan", f["plan"]))
    else:
        ref.append(("Grupo", f["group"]))
    ref.append(("Número de caso" if pre or ma else "Número de reclamación", f["case"] if pre or ma else f["claim"]))
    n = f["notice"]
    styles = [fmt_date(n, "slash"), fmt_date(n, "es_abbr"), f"{MONTHS_ES[n.month - 1]} {n.day}, {n.year}"]
    ref.append(("Fecha", r.choice(styles)))
    ref_box(d, f, ref)
    d.set_xy(20, y0)
    d.font(11)
    d.cell(90, 5.5, f"San Juan, Puerto Rico, {fecha(f['notice'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for ln in (f["name"], *f["addr"]):
        d.cell(90, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 24) + 6)
    title = ("AVISO DE DENEGACIÓN DE COBERTURA MÉDICA" if pre else "AVISO DE DENEGACIÓN DE PAGO")
    d.text_line(title, size=12, style="B", align="C")
    if ma:
        d.text_line(f"{f['product']}  -  Plan Medicare Advantage", size=9.5, align="C")
    d.ln(3)
    sal = "Estimada señora" if f["female"] else "Estimado señor"
    d.para(f"{sal} {f['last']}:", size=11)
    amt_words = r.random() < 0.5 or kind == "com_autorizacion"
    if pre:
        body = (f"Le escribimos sobre la solicitud que {prov} nos envió para que usted reciba {what}, programada "
                f"para el {fecha(start)}. Después de revisarla, Brisamar decidió denegar la solicitud. Su número "
                f"de caso es {f['case']}; menciónelo siempre que se comunique con nosotros.")
    elif kind == "ma_nivel":
        body = (f"Le escribimos sobre {what} en {prov} desde el {fecha(start)} hasta el {fecha(end)}. El hospital "
                f"nos facturó {money(amount)} por la estadía, reclamación número {f['claim']}, y nuestro caso de "
                f"revisión es el {f['case']}. Decidimos no pagar la estadía como hospitalización.")
    else:
        cuanto = f"{money(amount)} ({en_letras(amount)})" if amt_words else money(amount)
        casetxt = f" y abrimos el caso {f['case']}" if ma else ""
        body = (f"Le escribimos sobre {what}, el servicio que recibió el {fecha(start)} con {prov}. El proveedor nos "
                f"envió una reclamación por {cuanto}, que registramos con el número {f['claim']}{casetxt}. Hemos "
                "decidido no pagar esta reclamación.")
    d.para(body, size=11)
    d.text_line("¿Por qué tomamos esta decisión?", size=11.5, style="B")
    d.ln(1)
    d.para(why, size=11)
    d.para("Puede pedirnos, sin costo, una copia de las guías que usamos y de todos los documentos de su caso.",
           size=11)
    d.text_line("¿Qué puede hacer si no está de acuerdo?", size=11.5, style="B")
    d.ln(1)
    dl_text, deadline = deadline_text(kind, ma, f, style)
    d.para(dl_text + " Envíe su solicitud por escrito a Brisamar Salud, Departamento de Apelaciones y Querellas, "
           "PO Box 195540, San Juan, PR 00919-5540, o por fax al (787) 555-0177. También puede llamarnos.", size=11)
    if ma:
        d.para("Si usted o su médico creen que esperar podría poner en grave peligro su salud, pida una "
               "reconsideración acelerada; le contestaremos dentro de 72 horas. Si mantenemos nuestra decisión, "
               "su caso se enviará automáticamente a una Organización de Revisión Independiente contratada por "
               "Medicare.", size=10.5)
    else:
        d.para("Si su salud corre peligro, puede pedir una apelación urgente (respuesta en 72 horas). Después de "
               "la apelación interna, puede tener derecho a una revisión externa independiente dentro de 4 meses; "
               "la Oficina del Comisionado de Seguros de Puerto Rico y la Oficina del Procurador del Paciente "
               "pueden ayudarle.", size=10.5)
    d.para("Atentamente,\n\nLcda. Carmen I. Ocasio\nDirectora, Unidad de Revisión Clínica\nBrisamar Salud, Inc.",
           size=11)
    if english:
        d.ln(2)
        svc = fmt_date(start, "long") + (f" to {fmt_date(end, 'long')}" if end else "")
        summ = (f"IMPORTANT - SUMMARY IN ENGLISH. Member: {f['name']}, member number {f['mid']}. "
                + (f"Claim {f['claim']} for {money(amount)} for services on {svc}" if amount else
                   f"Request {f['case']} for services planned for {svc}")
                + f" has been denied because {EN_REASON[kind]}. "
                + (f"Your appeal must be received by {fmt_date(deadline, 'long')}. " if style == "hasta" else
                   f"You may appeal within {65 if ma else 180} days of the date of this notice. ")
                + "Call Member Services at 1-866-555-0109 (TTY 711) for help in English.")
        d.set_fill_color(238, 238, 238)
        d.font(9)
        d.multi_cell(0, 4.4, summ, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.text_line("Derechos adicionales y avisos", size=11.5, style="B")
    d.ln(1)
    d.para("Brisamar Salud cumple con las leyes federales de derechos civiles aplicables y no discrimina por "
           "motivos de raza, color, origen nacional, edad, discapacidad o sexo. Ofrecemos servicios gratuitos de "
           "interpretación e información en otros formatos. Llame al 1-866-555-0109 (TTY 711).", size=9.5)
    d.para("ATTENTION: If you speak English, language assistance services, free of charge, are available to you. "
           "Call 1-866-555-0109 (TTY 711).", size=9.5)
    if ma:
        d.para("Brisamar Salud es un plan HMO con un contrato con Medicare. La inscripción en Brisamar depende de "
               "la renovación del contrato. Su número de Medicare (" + f["mbi"] + ") no se usa para reclamaciones "
               "con el plan; use su número de socio. Para quejas sobre la calidad del cuidado puede comunicarse "
               "con la Organización para el Mejoramiento de la Calidad (QIO) de Puerto Rico.", size=9.5)
    else:
        d.para("Si su plan es auspiciado por un patrono y está sujeto a la ley ERISA, puede tener derecho a "
               "presentar una acción civil bajo la sección 502(a) después de agotar el proceso de apelaciones. "
               "Puede comunicarse con la Administración de Seguridad de Beneficios del Empleado (EBSA) al "
               "1-866-444-3272.", size=9.5)
    d.para(f"Referencia interna {f['letter_id']}. Este aviso se emite conforme a la reglamentación federal y del "
           "Código de Seguros de Puerto Rico.", size=8.5)
    cases = ([f["case"]] if pre else [f["claim"]] + ([f["case"]] if ma else []))
    alts = {"insurer": ["Brisamar Salud"]}
    if ma:
        alts["plan_id"] = [None]
    else:
        alts["plan_id"] = [f["product"]]
    if deadline is None:
        alts["appeal_deadline"] = [iso(f["notice"] + dt.timedelta(days=65 if ma else 180))]
    t = truth("denial_letter", denial, lang="es", insurer=INSURER, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amount is None else f"{amount:.2f}", service_dates=[iso(start, end)],
              denial_date=iso(f["notice"]), provider=prov, appeal_deadline=iso(deadline) if deadline else None,
              alternates=alts)
    return pdf_bytes(d), t


def approval(r: Rand, same: dict) -> tuple[bytes, dict]:
    """An approval (nothing denied) sent to the same member a few days after a denial: a prior authorization granted."""
    f = dict(same, notice=same["notice"] + dt.timedelta(days=r.randint(2, 9)),
             letter_id=f"BSL-{r.digits(4)}-{r.letters(1)}",
             case=f"{same['notice'].year}-AU-{r.digits(6)}")
    prov = r.choice(["Dr. Osvaldo Rivera", "Centro de Terapia Física Altamira", "Dra. Maribel Colón"])
    start = f["notice"] + dt.timedelta(days=r.randint(5, 20))
    end = start + dt.timedelta(days=59)
    d = Doc("Times", footer="Brisamar Salud, Inc.  -  " + f["letter_id"] + "  -  Página {p} de {n}",
            margins=(20, 16, 20))
    d.add_page()
    letterhead(d, f)
    d.ln(2)
    d.font(11)
    d.cell(0, 5.5, f"San Juan, Puerto Rico, {fecha(f['notice'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for ln in (f["name"], *f["addr"]):
        d.cell(90, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("AVISO DE APROBACIÓN DE SERVICIOS", size=12, style="B", align="C")
    d.ln(3)
    d.para(f"{'Estimada señora' if f['female'] else 'Estimado señor'} {f['last']}:", size=11)
    d.para(f"Nos complace informarle que Brisamar aprobó la solicitud de {prov} para 12 sesiones de terapia "
           f"física. La autorización número {f['case']} es válida desde el {fecha(start)} hasta el {fecha(end)}. "
           f"Su número de socio es {f['mid']} ({f['product']}, grupo {f['group']}).", size=11)
    d.para("Usted pagará solamente el copago que indica su Evidencia de Cobertura. Si necesita más sesiones, su "
           "proveedor debe pedir una nueva autorización antes de que termine esta. Guarde esta carta.", size=11)
    d.para("Atentamente,\n\nDepartamento de Servicios Clínicos\nBrisamar Salud, Inc.", size=11)
    d.para("Brisamar Salud cumple con las leyes federales de derechos civiles aplicables y no discrimina por "
           "motivos de raza, color, origen nacional, edad, discapacidad o sexo. Llame al 1-866-555-0109 (TTY 711).",
           size=9)
    t = truth("other", None, lang="es", insurer=INSURER, plan_id=None, group_number=f["group"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[f["case"]], service_dates=[iso(start, end)],
              denial_date=iso(f["notice"]), provider=prov,
              alternates={"insurer": ["Brisamar Salud"], "plan_id": [f["product"]],
                          "service_dates": [[], [iso(start)]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, styles, english) in enumerate(PLAN):
        r = Rand(9300 + i)
        keep: dict = {}
        docs = [approval(r, keep) if k == "aprobacion" else denial_letter(r, k, s, english, keep)
                for k, s in zip(kinds, styles)]
        items.append(Item(stem, cond, docs, ["cover", None] if len(docs) > 1 else None))
    return items
