"""Family cms_idn_es: the Spanish Medicare Advantage Integrated Denial Notice (CMS-10003), as plans fill it in.

Modelled on the public Spanish standard form ('Aviso de denegación de cobertura médica (o de pago)'): the
'Importante' banner, Fecha / Número de miembro / Nombre with plan-inserted data, '¿Por qué denegamos su
solicitud?', the 65-day plan appeal, standard and fast appeals, 'Cómo solicitar una apelación', '¿Qué sucede
después?', 'Obtenga ayuda y más información', the OMB line. Plans insert their own data in Spanish.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, amount, digits, fdate, m2, money, notice_date, out, person,
                        plus, span, truth)

FAMILY = "cms_idn_es"
LANG = "es"

PLANS = [("Sol del Valle Health Plan", "Sol del Valle Medicare Advantage (HMO)", "H8124", "PO Box 30220, McAllen TX 78502"),
         ("Brisa Mayor Salud", "Brisa Mayor Medicare Plus (PPO)", "H1057", "4100 Coral Way, Miami FL 33145"),
         ("Nopal Health Plans", "Nopal Dual Completo (HMO D-SNP)", "H6043", "PO Box 9901, Tucson AZ 85703")]
CASES = {
    "medical_necessity": ("estimulaci\u00f3n magn\u00e9tica transcraneal (TMS), 36 sesiones", "CPT 90867",
                          "Nuestro m\u00e9dico revisor encontr\u00f3 que este tratamiento no es m\u00e9dicamente "
                          "necesario para usted en este momento. Sus expedientes no muestran que haya probado dos "
                          "medicamentos antidepresivos y psicoterapia, como exige la pol\u00edtica de cobertura."),
    "prior_authorization": ("cirug\u00eda de reemplazo de rodilla derecha", "CPT 27447",
                            "Este servicio necesita nuestra aprobaci\u00f3n antes de recibirlo. Nadie nos pidi\u00f3 "
                            "aprobarlo antes de la cirug\u00eda, por eso no podemos pagarlo (Evidencia de Cobertura, "
                            "Cap\u00edtulo 3, Secci\u00f3n 2.3)."),
    "out_of_network": ("consulta y ecograf\u00eda en una cl\u00ednica fuera de la red", "CPT 99204, 76700",
                       "El proveedor que le atendi\u00f3 no forma parte de la red del plan. Como miembro de un HMO, "
                       "debe usar proveedores de la red, salvo en emergencias o atenci\u00f3n de urgencia."),
    "level_of_care": ("hospitalizaci\u00f3n en un hospital de cuidados agudos a largo plazo", "Rev. 0100",
                      "Su atenci\u00f3n puede darse de forma segura en un centro de enfermer\u00eda especializada. No "
                      "necesita el nivel de cuidados de un hospital de cuidados agudos a largo plazo; aprobamos en su "
                      "lugar la estad\u00eda en un centro de enfermer\u00eda especializada."),
    "not_covered": ("anteojos de venta sin receta y examen de rutina de la vista", "V2020, 92015",
                    "Los ex\u00e1menes de rutina para anteojos no son un beneficio cubierto por su plan. Est\u00e1n "
                    "excluidos en el Cap\u00edtulo 4, Secci\u00f3n 3 de su Evidencia de Cobertura."),
}


def make(rng, denial, payment):
    org, prod, contract, addr = rng.choice(PLANS)
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["long", "slash", "long"])
    member = rng.choice([f"{contract[0]}{digits(rng, 9)}", digits(rng, 11)])
    svc, code, reason = CASES[denial]
    prov = rng.choice(CLINICIANS + FACILITIES)
    dos = plus(notice, -rng.randint(20, 70)) if payment else plus(notice, rng.randint(7, 30))
    case = rng.choice([f"{notice.year}-{digits(rng, 6)}", f"UM{digits(rng, 8)}"])
    claim = digits(rng, 12) if payment else None
    billed = amount(rng, 400, 42000) if payment else None
    p = Page(footer=rng.choice(["P\u00e1gina {n} de {nb}", None]),
             footer_left=f"Formulario CMS-10003-NDMCP-S   {contract}_IDNS{rng.randint(24, 26)}_C")
    p.add_page()
    p.f(7.5)
    p.cell(0, 4, "Aprobaci\u00f3n de la OMB 0938-0829", align="R", new_x="LMARGIN", new_y="NEXT")
    p.line(org, 15, "B", h=7)
    p.line(addr + f"   Servicios al Miembro 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)} (TTY 711)", 8.5,
           h=4.2)
    p.ln(3)
    p.f(8.5, "B")
    p.multi_cell(0, 4.2, "Importante: Este aviso explica su derecho a apelar nuestra decisi\u00f3n. Lea este aviso "
                 "con atenci\u00f3n. Si necesita ayuda, puede llamar a uno de los n\u00fameros que aparecen en la "
                 "\u00faltima p\u00e1gina bajo \u201cObtenga ayuda y m\u00e1s informaci\u00f3n\u201d.", border=1,
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line("Aviso de denegaci\u00f3n de " + ("pago" if payment else "cobertura m\u00e9dica"), 15, "B", align="C", h=8)
    p.ln(2)
    rows = [("Fecha", fdate(notice, ds, "es")), ("N\u00famero de miembro", member), ("Nombre", name),
            ("Proveedor", prov), ("Fecha del servicio" if payment else "Fecha prevista del servicio",
                                  fdate(dos, ds, "es")), ("N\u00famero de caso", case)]
    if payment:
        rows += [("N\u00famero de reclamo", claim), ("Cantidad facturada", money(billed))]
    p.pairs(rows, label_w=58, size=10.5)
    p.ln(3)
    p.heading("Su solicitud fue denegada", 12)
    p.para(f"Hemos denegado {'el pago de ' if payment else ''}los servicios/art\u00edculos m\u00e9dicos que se indican "
           "a continuaci\u00f3n, solicitados por usted o su m\u00e9dico:", 10.5)
    p.bullets([f"{svc[0].upper() + svc[1:]} ({code})"])
    p.heading("\u00bfPor qu\u00e9 denegamos su solicitud?", 12)
    p.para(reason, 10.5)
    p.para("Comparta una copia de esta decisi\u00f3n con su m\u00e9dico. Si su m\u00e9dico pidi\u00f3 la cobertura por "
           "usted, ya le enviamos una copia.", 10.5)
    p.heading("Usted tiene derecho a apelar nuestra decisi\u00f3n", 12)
    p.para(f"Tiene derecho a pedirle a {prod} que revise nuestra decisi\u00f3n solicitando una apelaci\u00f3n dentro "
           "de los **65 d\u00edas calendario** a partir de la fecha que aparece al comienzo de este aviso. Si la pide "
           "despu\u00e9s, debe explicar por qu\u00e9 se retras\u00f3.", 10.5)
    p.bullets(["**Apelaci\u00f3n est\u00e1ndar:** le daremos una decisi\u00f3n por escrito dentro de los 30 d\u00edas "
               "calendario (60 d\u00edas si se trata de un pago) despu\u00e9s de recibir su apelaci\u00f3n.",
               "**Apelaci\u00f3n r\u00e1pida:** le daremos una decisi\u00f3n dentro de las 72 horas si su salud "
               "podr\u00eda sufrir un da\u00f1o grave por esperar."], 10)
    if "D-SNP" in prod:
        p.para("Como usted tambi\u00e9n tiene Medicaid completo, despu\u00e9s de nuestra apelaci\u00f3n puede pedir "
               "una audiencia imparcial estatal dentro de los 120 d\u00edas a partir de la fecha de nuestra "
               "decisi\u00f3n de apelaci\u00f3n.", 10)
    p.add_page()
    p.heading(f"C\u00f3mo solicitar una apelaci\u00f3n con {prod}", 12)
    p.para("**Paso 1:** Usted, su representante o su m\u00e9dico deben pedirnos una apelaci\u00f3n. Incluya su nombre, "
           "direcci\u00f3n, n\u00famero de miembro y los motivos de la apelaci\u00f3n.", 10)
    p.para(f"**Paso 2:** Env\u00ede su apelaci\u00f3n por correo o fax, o ll\u00e1menos: {org}, Departamento de "
           f"Apelaciones, PO Box {rng.randint(1000, 99999)}. Fax 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}.",
           10)
    p.heading("\u00bfQu\u00e9 sucede despu\u00e9s?", 12)
    p.para("Si seguimos denegando su solicitud, enviaremos su caso autom\u00e1ticamente a un revisor independiente.", 10)
    p.heading("Obtenga ayuda y m\u00e1s informaci\u00f3n", 12)
    p.bullets([f"{prod}: 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}, TTY 711",
               "1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048",
               "Programa Estatal de Asistencia sobre Seguros de Salud (SHIP): asesor\u00eda gratuita"], 9.5)
    t = truth("denial_letter", denial, insurer=org, member_id=member, member_name=name,
              cases=[case, claim] if payment else [case], claim_amount=m2(billed) if payment else None,
              service_dates=[span(dos)], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=plus(notice, 65).isoformat(), lang="es", alternates={"insurer": [prod]},
              denial_alternates=["medical_necessity"] if denial == "level_of_care" else None)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("cms_idn_es_bd_mednec", "born_digital", [make(rng, "medical_necessity", False)]),
            Item("cms_idn_es_bd_pay_pa", "born_digital", [make(rng, "prior_authorization", True)]),
            Item("cms_idn_es_scan_loc", "scan_clean_300", [make(rng, "level_of_care", False)]),
            Item("cms_idn_es_lowres_oon", "scan_lowres_150", [make(rng, "out_of_network", True)]),
            Item("cms_idn_es_copy_notcov", "photocopy", [make(rng, "not_covered", False)]),
            Item("cms_idn_es_faxs_mednec", "fax_standard_g4", [make(rng, "medical_necessity", True)])]
