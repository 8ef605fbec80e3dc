"""Family medicaid_noa_es: a Medicaid plan's Spanish 'Aviso de determinación adversa de beneficios' / 'Aviso de acción'.

Modelled on the Spanish versions state Medicaid programs publish of their managed care notice of action:
recuadro de datos (miembro, número de Medicaid, servicio, proveedor, fecha de la solicitud, número de
autorización), '¿Qué decidimos?', '¿Por qué?', la norma usada, la apelación ante el plan (60 días), la
apelación rápida (72 horas), la continuación de beneficios (10 días) y la audiencia imparcial estatal
(120 días desde la resolución de la apelación), ayuda gratuita y avisos en otros idiomas.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, address, amount, digits, fdate, m2, money, notice_date, out,
                        person, plus, span, truth)

FAMILY = "medicaid_noa_es"
LANG = "es"

PLANS = [("Salud Fronteriza Health Plan", "Plan de Medicaid administrado (STAR) \u2013 \u00c1rea de servicio de El Paso",
          "PO Box 12040, El Paso TX 79913"),
         ("Camino Verde Community Health", "Plan de salud de Medi-Cal", "1800 E. Olive Ave, Fresno CA 93701"),
         ("Bah\u00eda Sur Health Plan", "Plan de Atenci\u00f3n Administrada de Medicaid del Estado",
          "PO Box 660311, Miami FL 33266")]
CASES = {
    "mednec": ("medical_necessity", "Resonancia magn\u00e9tica (MRI) de la rodilla izquierda", "negada",
               "La informaci\u00f3n que nos envi\u00f3 su m\u00e9dico no muestra que este estudio sea necesario por "
               "ahora. Primero debe recibir terapia f\u00edsica por seis semanas. Si el dolor sigue despu\u00e9s de la "
               "terapia, su m\u00e9dico puede pedirlo otra vez."),
    "priorauth": ("prior_authorization", "Cirug\u00eda de cataratas, ojo derecho", "negada",
                  "Este servicio necesita aprobaci\u00f3n previa del plan. No recibimos la solicitud de "
                  "aprobaci\u00f3n antes de la fecha de la cirug\u00eda, por eso no podemos pagar el reclamo."),
    "notcov": ("not_covered", "Lentes de contacto para adultos", "negada",
               "Los lentes de contacto para miembros de 21 a\u00f1os o m\u00e1s no son un beneficio cubierto por "
               "Medicaid en este estado. Los anteojos (lentes y armaz\u00f3n) s\u00ed est\u00e1n cubiertos una vez "
               "cada 24 meses."),
    "loc": ("level_of_care", "Estad\u00eda en un hospital de rehabilitaci\u00f3n para pacientes internados",
            "negada",
            "Sus necesidades de terapia pueden atenderse de forma segura en un centro de enfermer\u00eda especializada. "
            "No necesita tres horas de terapia al d\u00eda en un hospital de rehabilitaci\u00f3n. Aprobamos la "
            "estad\u00eda en un centro de enfermer\u00eda especializada en su lugar."),
    "oon": ("out_of_network", "Consulta con un dermat\u00f3logo fuera de la red", "negada",
            "El especialista que pidi\u00f3 no forma parte de la red de proveedores del plan. Tenemos "
            "dermat\u00f3logos en la red a menos de 25 millas de su casa que pueden atenderle en 15 d\u00edas."),
    "reduce": ("medical_necessity", "Terapia del habla, 3 veces por semana", "reducida",
               "Aprobamos 1 sesi\u00f3n por semana en lugar de 3. La \u00faltima evaluaci\u00f3n muestra que su hijo ha "
               "alcanzado la mayor\u00eda de sus metas y puede continuar con ejercicios en casa."),
}


def make(rng, case, deadline_style, payment=False):
    org, program, addr = rng.choice(PLANS)
    denial, svc, action, reason = CASES[case]
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["long", "slash", "long"])
    mid = rng.choice([digits(rng, 9), f"{digits(rng, 8)}{rng.choice('ABCDE')}", f"M{digits(rng, 9)}"])
    medicaid = digits(rng, 9)
    prov = rng.choice(CLINICIANS + FACILITIES)
    received = plus(notice, -rng.randint(3, 10))
    dos = plus(notice, -rng.randint(20, 60)) if payment else plus(notice, rng.randint(6, 30))
    auth = rng.choice([f"{digits(rng, 3)}-{digits(rng, 7)}", f"PA{digits(rng, 9)}", digits(rng, 11)])
    claim = digits(rng, 13) if payment else None
    billed = amount(rng, 900, 5200) if payment else None
    p = Page(footer=rng.choice(["P\u00e1gina {n} de {nb}", None]), footer_left=f"Formulario {rng.randint(100, 999)}-S")
    p.add_page()
    p.line(org, 16, "B", h=8)
    p.line(program, 8.5, h=4.2)
    p.line(addr + f"  \u2022  Servicios al Miembro 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)} (TTY 711)",
           8.5, h=4.2)
    p.ln(5)
    p.line(("Fecha: " if rng.random() < 0.5 else "") + fdate(notice, ds, "es"), 10)
    p.ln(3)
    for ln in [name.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.line(rng.choice(["AVISO DE DETERMINACI\u00d3N ADVERSA DE BENEFICIOS", "Aviso de acci\u00f3n",
                       "Aviso de Determinaci\u00f3n Adversa de Beneficios (Aviso de Acci\u00f3n)"]), 13, "B", h=7)
    rows = [("Nombre del miembro", name), (rng.choice(["N\u00famero de miembro", "ID de miembro"]), mid),
            ("N\u00famero de Medicaid", medicaid), ("Servicio", svc),
            (rng.choice(["Solicitado por", "Proveedor"]), prov), ("Fecha de la solicitud", fdate(received, ds, "es")),
            ("Fecha del servicio" if payment else "Fecha prevista del servicio", fdate(dos, ds, "es")),
            ("N\u00famero de autorizaci\u00f3n", auth)]
    if payment:
        rows += [("N\u00famero de reclamo", claim), ("Cantidad facturada", money(billed))]
    p.boxed_pairs(rows, label_w=60, size=9.5)
    p.para(f"Estimado(a) {name.split()[0]} {name.split()[-1]}:", 10)
    p.heading("\u00bfQu\u00e9 decidimos?", 11)
    p.para(f"{org} revis\u00f3 {'el reclamo' if payment else 'la solicitud'} indicada arriba. **Su solicitud fue "
           f"{action}.**", 10)
    p.heading("\u00bfPor qu\u00e9?", 11)
    p.para(reason, 10)
    p.para("Usamos esta norma para tomar la decisi\u00f3n: Manual de Proveedores del Plan, secci\u00f3n "
           f"{rng.randint(2, 9)}.{rng.randint(1, 9)}, y 42 CFR 440.230. Puede pedir gratis una copia de la norma y de "
           "los documentos que usamos.", 9.5)
    p.heading("Su derecho a apelar", 11)
    deadline = None
    if deadline_style == "notice":
        p.para("Si no est\u00e1 de acuerdo con nuestra decisi\u00f3n, puede pedir una apelaci\u00f3n. Tiene 60 "
               "d\u00edas calendario a partir de la fecha de este aviso para pedir una apelaci\u00f3n.", 10)
        deadline = plus(notice, 60).isoformat()
    elif deadline_style == "date":
        last = plus(notice, 60)
        p.para(f"Si no est\u00e1 de acuerdo, debe pedir su apelaci\u00f3n a m\u00e1s tardar el "
               f"{fdate(last, 'long', 'es')}. Puede llamarnos o escribirnos.", 10)
        deadline = last.isoformat()
    else:
        p.para("Si no est\u00e1 de acuerdo, tiene 60 d\u00edas a partir del d\u00eda en que reciba esta carta para "
               "pedir una apelaci\u00f3n.", 10)
    p.para("**Apelaci\u00f3n r\u00e1pida.** Si esperar 30 d\u00edas podr\u00eda poner en grave peligro su salud, pida "
           "una apelaci\u00f3n r\u00e1pida. Decidiremos en un plazo de 72 horas.", 9.5)
    p.para("**Continuaci\u00f3n de beneficios.** Si este aviso reduce o detiene un servicio que ya recibe, puede seguir "
           "recibi\u00e9ndolo durante la apelaci\u00f3n si la pide dentro de los 10 d\u00edas siguientes a la fecha "
           "de este aviso.", 9.5)
    p.heading("Audiencia imparcial estatal", 11)
    p.para("Primero debe terminar el proceso de apelaci\u00f3n del plan. Si no estamos de acuerdo con usted, puede "
           "pedir una audiencia imparcial estatal dentro de los 120 d\u00edas a partir de la fecha de la carta con la "
           "resoluci\u00f3n de su apelaci\u00f3n. Escriba a la Oficina de Audiencias del Estado o llame al "
           f"1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}.", 9.5)
    p.heading("Ayuda gratuita", 11)
    p.para("Servicios al Miembro puede ayudarle a presentar su apelaci\u00f3n. Tambi\u00e9n puede llamar al "
           f"Ombudsman de Medicaid al 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}. Los servicios de "
           "int\u00e9rprete son gratuitos.", 9.5)
    p.para("ATTENTION: If you speak English, language assistance services, free of charge, are available to you. "
           "Call the Member Services number above.", 8)
    alts = {"member_id": [medicaid]}
    if deadline_style == "receipt":
        alts["appeal_deadline"] = [plus(notice, 60).isoformat()]
    t = truth("denial_letter", denial, insurer=org, member_id=mid, member_name=name,
              cases=[auth, claim] if payment else [auth], claim_amount=m2(billed) if payment else None,
              service_dates=[span(dos)], denial_date=notice.isoformat(), provider=prov, appeal_deadline=deadline,
              lang="es", alternates=alts, denial_alternates=["medical_necessity"] if denial == "level_of_care" else None)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("medicaid_noa_es_bd_mednec", "born_digital", [make(rng, "mednec", "notice")]),
            Item("medicaid_noa_es_bd_notcov", "born_digital", [make(rng, "notcov", "date")]),
            Item("medicaid_noa_es_scan_pay_pa", "scan_clean_300", [make(rng, "priorauth", "notice", payment=True)]),
            Item("medicaid_noa_es_lowres_loc", "scan_lowres_150", [make(rng, "loc", "receipt")]),
            Item("medicaid_noa_es_photo_oon", "phone_photo", [make(rng, "oon", "notice")]),
            Item("medicaid_noa_es_faxs_reduce", "fax_standard_g4", [make(rng, "reduce", "date")]),
            Item("medicaid_noa_es_copy_mednec", "photocopy", [make(rng, "mednec", "notice")])]
