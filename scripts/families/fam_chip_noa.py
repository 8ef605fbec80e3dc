"""Family chip_noa: a state CHIP managed care plan's Notice of Action about a child's service (English, Spanish,
bilingual).

Modelled on the notices state Children's Health Insurance Programs have their health plans send when they deny,
reduce or approve a child's service or deny a claim: the plan's letterhead with the state program's name, a
letter to the parent or guardian about the child (the member), a box of facts (member, member ID and state CHIP
ID, date of birth, service, provider, reference or authorization number, dates, claim and amount on claims),
what the plan decided, why in plain words with the rule used, the plan appeal within 60 days from the date on
the notice (or by a printed date, or from the day the letter arrives), the 72-hour fast appeal, benefits that
continue when asked for within 10 days, the state review after the plan's appeal, free help and language lines.
Cases: speech therapy visits cut, orthodontia not covered, an out-of-network specialist, an experimental
therapy, inpatient psychiatric care moved to partial hospitalization, a claim for a date the child was not
enrolled, and an approval that denies nothing. Spanish letters ("Aviso de acción") and one bilingual letter.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundh_famk import (FIRST, FIRST_ES, KIDS, KIDS_ES, KIDS_PROVIDERS, LAST, LAST_ES, address, cents,
                             digits, letters, phone)
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "chip_noa"
LANG = "en"

PLANS = [("Sagewood Children's Health Plan", "BrightStart Kids \u2013 the state Children's Health Insurance Program",
          "Programa de Seguro Médico para Niños BrightStart Kids"),
         ("Mesa Azul Health Plan", "Arroyo Kids CHIP (Children's Health Insurance Program)",
          "Arroyo Kids CHIP (Programa de Seguro Médico para Niños)")]
# kind -> (service en, service es, what en, what es, why en, why es, denial, alternates, claim?)
CASES = {
    "speech": ("Outpatient speech therapy, 24 visits", "Terapia del habla, 24 visitas",
               "We approved 12 of the 24 speech therapy visits your child's therapist asked for. The other 12 visits "
               "are denied.",
               "Aprobamos 12 de las 24 visitas de terapia del habla que pidió la terapeuta. Las otras 12 fueron negadas.",
               "Your child's last progress report shows most short-term goals have been met. Twelve visits over six "
               "months, with a home practice program, meet your child's needs now. The therapist can ask for more "
               "visits with a new evaluation.",
               "El último informe muestra que su hijo(a) cumplió la mayoría de sus metas. Doce visitas en seis meses, "
               "con ejercicios en casa, cubren sus necesidades ahora.", "medical_necessity", None, False),
    "ortho": ("Comprehensive orthodontic treatment (braces)", "Tratamiento de ortodoncia completo (frenos/brackets)",
              "We denied the request for braces.", "Negamos la solicitud de frenos (brackets).",
              "Braces are covered only for a severe bite problem that affects chewing, speech or health. Your "
              "child's score on the state's orthodontic index is below the level needed, so the treatment is "
              "cosmetic and not a covered benefit.",
              "Los frenos solo están cubiertos cuando hay un problema grave de mordida que afecta la masticación, el "
              "habla o la salud. El puntaje de su hijo(a) en el índice de ortodoncia del estado está por debajo del "
              "nivel requerido. Por eso el tratamiento se considera estético y no es un beneficio cubierto.",
              "not_covered", ["medical_necessity"], False),
    "oon": ("Consultation with a pediatric allergist (out of network)",
            "Consulta con un alergista pediátrico (fuera de la red)",
            "We denied the request to see this allergist.", "Negamos la solicitud de consulta con este alergista.",
            "The allergist you asked for is not in our provider network. We have two pediatric allergists in the "
            "network within 30 miles of your home who can see your child within 3 weeks. Member Services can help "
            "you make the appointment.",
            "El alergista que pidió no forma parte de nuestra red de proveedores. Tenemos dos alergistas pediátricos "
            "en la red a menos de 30 millas de su casa que pueden atender a su hijo(a) en 3 semanas.",
            "out_of_network", None, False),
    "exper": ("Neurofeedback therapy for ADHD, 20 sessions", "Terapia de neurorretroalimentación (neurofeedback) "
              "para TDAH, 20 sesiones",
              "We denied the request for neurofeedback.", "Negamos la solicitud de terapia de neurorretroalimentación.",
              "Studies have not shown that neurofeedback works for ADHD in children. It is considered experimental "
              "and is not covered.",
              "Los estudios no han demostrado que la neurorretroalimentación funcione para el TDAH en niños. Se "
              "considera un tratamiento experimental o de investigación y no está cubierto.",
              "experimental", ["medical_necessity", "not_covered"], False),
    "loc": ("Inpatient psychiatric hospital stay (adolescent unit)", "Hospitalización psiquiátrica",
            "We did not approve more days in the inpatient unit. We approved a partial hospitalization program "
            "instead, starting the day after the last approved inpatient day.",
            "No aprobamos más días de hospitalización. Aprobamos un programa de hospitalización parcial.",
            "Your child is no longer a danger to self or others and is taking part in treatment. The care your "
            "child needs can now be given safely in a partial hospitalization program during the day, with your "
            "child sleeping at home. Round-the-clock hospital care is no longer needed.",
            "Su hijo(a) ya puede recibir la atención que necesita en un programa de día.",
            "level_of_care", ["medical_necessity"], False),
    "elig": ("Urgent care visit and strep test", "Visita de atención de urgencia y prueba de estreptococo",
             "We denied payment of this claim.", "Negamos el pago de este reclamo.",
             "Your child's CHIP coverage ended on {end} because the renewal form was not returned, and it started "
             "again on {restart}. The visit on {dos} was during the time your child was not enrolled, so we cannot "
             "pay it.",
             "La cobertura de CHIP de su hijo(a) terminó el {end} porque no se devolvió el formulario de renovación.",
             "eligibility", ["other"], True),
    "approve": ("Occupational therapy, 16 visits", "Terapia ocupacional, 16 visitas",
                "We approved the request in full: 16 occupational therapy visits.",
                "Aprobamos la solicitud completa: 16 visitas de terapia ocupacional.", "", "", None, None, False),
}
L = {  # labels and fixed paragraphs by language
    "en": dict(title="NOTICE OF ACTION", title_ok="NOTICE OF APPROVAL", to="To the parent or guardian of",
               member="Member (child)", mid="Member ID", chip="State CHIP ID", dob="Date of birth", svc="Service",
               prov="Requested by", ref="Reference #", recv="Request received", dates="Dates requested",
               claim="Claim #", billed="Amount billed", dos="Date of service", decided="What we decided",
               why="Why we made this decision", rule="The rule we used", appeal="If you disagree: ask for an appeal",
               fast="Fast appeal", cont="Keep getting services during your appeal", state="State review",
               help="Free help"),
    "es": dict(title="AVISO DE ACCIÓN", title_ok="AVISO DE APROBACIÓN", to="Para el padre, la madre o el tutor de",
               member="Miembro (niño/a)", mid="Número de miembro", chip="Número de CHIP del estado",
               dob="Fecha de nacimiento", svc="Servicio", prov="Pedido por", ref="Número de referencia",
               recv="Solicitud recibida el", dates="Fechas solicitadas", claim="Número de reclamo",
               billed="Cantidad facturada", dos="Fecha del servicio", decided="Lo que decidimos",
               why="Por qué tomamos esta decisión", rule="La norma que usamos",
               appeal="Si no está de acuerdo: pida una apelación", fast="Apelación rápida",
               cont="Seguir recibiendo servicios durante la apelación", state="Revisión del estado",
               help="Ayuda gratuita"),
}


def _appeal(p: Page, lang: str, notice: dt.date, style: str, ds: str, rng, size: float) -> str | None:
    """Appeal, fast appeal, continuation and state review; returns the truth deadline."""
    t = L[lang]
    p.heading(t["appeal"], 10.5)
    last = plus(notice, 60)
    if lang == "en":
        text = {"notice": "You, or your child's doctor with your written permission, can ask us for an appeal. You "
                          "must ask within 60 days from the date on this notice. Call Member Services or write to "
                          "the Appeals Unit at the address above.",
                "date": f"You can ask us for an appeal. Your request must reach us by **{fdate(last, ds)}**. Call "
                        "Member Services or write to the Appeals Unit at the address above.",
                "receipt": "You can ask us for an appeal within 60 days from the day you receive this notice. Call "
                           "Member Services or write to the Appeals Unit at the address above."}[style]
        p.para(text, size)
        p.para(f"**{t['fast']}.** If waiting 30 days could seriously harm your child's health, ask for a fast appeal. "
               "We will decide within 72 hours.", size - 0.5)
        p.para(f"**{t['cont']}.** If this notice stops or reduces a service your child already gets, the service can "
               "continue while we decide your appeal if you ask within 10 days of the date on this notice or before "
               "the change takes effect, whichever is later.", size - 0.5)
        p.para(f"**{t['state']}.** If we say no to your appeal, you can ask for a State Fair Hearing within 120 days "
               "from the date of our appeal decision letter.", size - 0.5)
    else:
        text = {"notice": "Usted, o el médico de su hijo(a) con su permiso por escrito, puede pedirnos una "
                          "apelación. Debe pedirla dentro de 60 días a partir de la fecha de este aviso.",
                "date": f"Puede pedirnos una apelación. Su solicitud debe llegarnos a más tardar el "
                        f"**{fdate(last, 'long', 'es')}**.",
                "receipt": "Puede pedirnos una apelación dentro de 60 días a partir del día en que reciba este aviso."
                }[style]
        p.para(text + " Llame a Servicios para Miembros o escriba a la Unidad de Apelaciones.", size)
        p.para(f"**{t['fast']}.** Si esperar 30 días podría dañar gravemente la salud de su hijo(a), pida una "
               "apelación rápida. Decidiremos en un plazo de 72 horas.", size - 0.5)
        p.para(f"**{t['cont']}.** Si este aviso detiene o reduce un servicio que su hijo(a) ya recibe, puede seguir "
               "recibiéndolo si lo pide dentro de los 10 días siguientes a la fecha de este aviso.", size - 0.5)
        p.para(f"**{t['state']}.** Si negamos su apelación, puede pedir una audiencia imparcial estatal dentro de los "
               "120 días a partir de la fecha de la carta con nuestra decisión.", size - 0.5)
    return None if style == "receipt" else last.isoformat()


def make(rng, kind, lang, style, plan_i=0, bilingual=False):
    org, program, program_es = PLANS[plan_i]
    svc, svc_es, what, what_es, why, why_es, dtype, dalt, is_claim = CASES[kind]
    es = lang == "es"
    kid, kfirst, klast = _kid(rng, es)
    parent = f"{rng.choice(FIRST_ES if es else FIRST)} {klast}"
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 100))
    ds = "long" if es else rng.choice(["slash", "long", "iso", "abbr"])
    d = (lambda x: fdate(x, "long", "es")) if es else (lambda x: fdate(x, ds))
    ms = rng.choice(["plain", "nosign"])
    mid = rng.choice([f"{letters(rng, 2)}{digits(rng, 7)}", digits(rng, 10), f"{digits(rng, 9)}-01"])
    chip = f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
    prov = rng.choice(KIDS_PROVIDERS)
    if kind == "speech":
        prov = KIDS_PROVIDERS[0]
    elif kind == "ortho":
        prov = KIDS_PROVIDERS[2]
    elif kind == "loc":
        prov = KIDS_PROVIDERS[6]
    elif kind == "exper":
        prov = KIDS_PROVIDERS[4]
    elif kind == "elig":
        prov = KIDS_PROVIDERS[7]
    elif kind == "approve":
        prov = KIDS_PROVIDERS[1]
    ref = rng.choice([f"AR{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 5)}", f"PA-{notice.year}-{digits(rng, 6)}"])
    received = plus(notice, -rng.randint(3, 12))
    start = plus(notice, rng.randint(3, 14))
    stop = plus(start, 182 if kind in ("speech", "approve") else (13 if kind == "loc" else 0))
    if kind == "loc":
        start = plus(notice, 1)
        stop = plus(start, 13)
    dos = plus(notice, -rng.randint(30, 75))
    claim = digits(rng, 12) if is_claim else None
    billed = cents(rng, 140, 420) if is_claim else None
    p = Page(footer="Page {n} of {nb}" if not es else "Página {n} de {nb}",
             footer_left=f"{'NOA' if kind != 'approve' else 'NOAP'}-CHIP-{rng.randint(10, 99)}{'S' if es else ''}")
    p.add_page()
    p.line(org, 15, "B", h=7.5)
    p.line(program_es if es else program, 8.5, h=4.4)
    p.line(f"PO Box {rng.randint(20000, 79999)}, Tule Springs, CA 93210  \u2022  Member Services "
           f"{phone(rng)} (TTY 711)", 8, h=4.2)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)
    p.line(d(notice), 10, h=5)
    p.ln(2)
    t = L[lang]
    for ln in [f"{t['to']} {kfirst} {klast}" if not bilingual else f"To the parent or guardian of / Para el padre, "
               f"la madre o el tutor de {kfirst} {klast}", parent.upper()] + address(rng):
        p.line(ln, 9.5, h=4.8)
    p.ln(3)
    title = t["title_ok"] if kind == "approve" else t["title"]
    if bilingual:
        title = "NOTICE OF ACTION / AVISO DE ACCIÓN"
    p.line(title, 14, "B", h=8)
    dob = dt.date(notice.year - rng.randint(4, 15), rng.randint(1, 12), rng.randint(1, 28))
    vals = dict(member=kid, mid=mid, chip=chip, dob=d(dob), svc=svc_es if es else svc, prov=prov, ref=ref,
                claim=claim, dos=d(dos), billed=money(billed, ms) if billed else "", recv=d(received),
                dates=d(start) + ("" if stop == start else (" al " if es else " to ") + d(stop)))
    keys = ["member", "mid", "chip", "dob", "svc", "prov", "ref"] + (["claim", "dos", "billed"] if is_claim else
                                                                      ["recv", "dates"])
    rows = [((f"{L['en'][k]} / {L['es'][k]}" if bilingual else t[k]), vals[k]) for k in keys]
    p.boxed_pairs(rows, label_w=80 if bilingual else 58, size=8.8, h=5.6)
    greet = f"Estimado(a) padre, madre o tutor de {kfirst}:" if es else f"Dear parent or guardian of {kfirst}:"
    p.para(greet, 10)
    p.heading(t["decided"] if not bilingual else "What we decided / Lo que decidimos", 10.5)
    p.para(what_es if es else what, 10)
    if bilingual:
        p.para(what_es, 9)
    if kind == "approve":
        p.para(f"The visits may be used from {d(start)} to {d(stop)}. Your child's provider has also been told. You "
               "do not need to do anything.", 10)
        p.para("Questions? Call Member Services at the number above. Interpreter services are free.", 9)
        t_ = truth("other", None, insurer=org, member_id=mid, member_name=kid, cases=[ref], claim_amount=None,
                   service_dates=[span(start, stop)], denial_date=notice.isoformat(), provider=prov,
                   appeal_deadline=None, alternates={"member_id": [chip], "service_dates": [[], [span(start)]],
                                                      "insurer": [program.split(" \u2013 ")[0].split(" (")[0]]})
        return out(p), t_
    p.heading(t["why"] if not bilingual else "Why we made this decision / Por qué tomamos esta decisión", 10.5)
    fill = dict(end=d(plus(dos, -rng.randint(5, 20))), restart=d(plus(dos, rng.randint(10, 30))), dos=d(dos))
    p.para((why_es if es else why).format(**fill), 10)
    if bilingual:
        p.para(why_es.format(**fill), 9)
    p.para(f"{t['rule']}: {'Evidence of Coverage, section' if not es else 'Evidencia de Cobertura, sección'} "
           f"{rng.randint(3, 9)}.{rng.randint(1, 12)}; 42 CFR 457.1130.", 9)
    deadline = _appeal(p, lang, notice, style, ds, rng, 9.8)
    if bilingual:
        p.para("Apelación: puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. "
               "Apelación rápida: 72 horas. Para seguir recibiendo servicios, pídalo dentro de 10 días.", 9)
    p.heading(t["help"] if not bilingual else "Free help / Ayuda gratuita", 10.5)
    p.para(f"Member Services: {phone(rng)}. State CHIP Ombudsman: {phone(rng)}. " if not es else
           f"Servicios para Miembros: {phone(rng)}. Defensor de CHIP del estado: {phone(rng)}. ", 9)
    p.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística." if not es
           else "ATTENTION: If you speak English, free language help is available. Call Member Services.", 8)
    alts = {"member_id": [chip], "insurer": [program.split(" \u2013 ")[0].split(" (")[0]]}
    if es:
        alts["insurer"].append(program_es)
    if style == "receipt":
        alts["appeal_deadline"] = [plus(notice, 60).isoformat()]
    sd = [span(dos)] if is_claim else [span(start, stop)]
    if not is_claim and stop != start:
        alts["service_dates"] = [[span(start)]]
    t_ = truth("denial_letter", dtype, insurer=org, member_id=mid, member_name=kid,
               cases=[ref] + ([claim] if claim else []), claim_amount=m2(billed) if is_claim else None,
               service_dates=sd, denial_date=notice.isoformat(), provider=prov, appeal_deadline=deadline,
               lang=lang, alternates=alts, denial_alternates=dalt)
    return out(p), t_


def _kid(rng, es: bool) -> tuple[str, str, str]:
    first = rng.choice(KIDS_ES if es else KIDS)
    last = rng.choice(LAST_ES if es else LAST)
    return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}", first, last


def documents(rng: random.Random) -> list[Item]:
    return [Item("chip_noa_bd_speech", "born_digital", [make(rng, "speech", "en", "notice", 0)]),
            Item("chip_noa_bd_ortho_es", "born_digital", [make(rng, "ortho", "es", "date", 1)]),
            Item("chip_noa_scan_oon_bilingual", "scan_clean_300", [make(rng, "oon", "en", "notice", 1, True)]),
            Item("chip_noa_copy_approval", "photocopy", [make(rng, "approve", "en", "notice", 0)]),
            Item("chip_noa_rot_exper_es", "rotated", [make(rng, "exper", "es", "notice", 0)]),
            Item("chip_noa_faxs_loc", "fax_standard_g4", [make(rng, "loc", "en", "receipt", 1)]),
            Item("chip_noa_lowres_elig", "scan_lowres_150", [make(rng, "elig", "en", "date", 0)])]
