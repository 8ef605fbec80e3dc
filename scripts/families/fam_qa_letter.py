"""Family 'qa_letter': plain-language denial letters written as questions and answers, with a summary box on top.

Bellhaven Cooperative Health Plan is fictional, as are all people and numbers. The summary box uses everyday
labels ("Your plan card number", "Our file", "Care you asked for", "Asked for by", "Person who got care"), and the
facts are spread over short bullets under "What did we decide?", "Why did we decide this?", "What can you do if
you disagree?" and "Who can help?". The member (card holder) and the patient are sometimes different people.
One letter is in Spanish; one file is a fine-mode fax of a cover sheet and two letters for one household.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, m2, pdf_bytes, truth
from kit_roundg import DOCTORS, FIRST_ES, LAST_ES, digits, letters, money, person

FAMILY = "qa_letter"
LANG = "en"
INSURER = "Bellhaven Cooperative Health Plan"
# kind -> (denial, alternates, claim?, care, why)
KINDS = {
    "rehab": ("level_of_care", ["medical_necessity"], False, "Admission to an inpatient rehabilitation hospital",
              "Your doctor asked for a stay in an inpatient rehabilitation hospital. Your records show you can "
              "take part in about one hour of therapy a day, not the three hours a rehab hospital gives. That care "
              "can be given safely in a skilled nursing facility, which we have approved instead."),
    "mri": ("medical_necessity", [], False, "Resonancia magnética (MRI) de la rodilla izquierda",
            "Sus expedientes no muestran que haya probado primero seis semanas de fisioterapia o medicamentos. "
            "Nuestras pautas piden eso antes de una resonancia magnética de la rodilla, así que no es médicamente "
            "necesaria en este momento."),
    "hearing": ("not_covered", [], True, "Two hearing aids and fitting",
                "Your plan pays for one hearing test a year but does not cover hearing aids for members of any "
                "age. This is listed under What is not covered in your plan booklet."),
    "late": ("timely_filing", [], True, "Emergency room visit and X-rays",
             "We got this claim more than 365 days after the date of care. Your plan only pays claims we receive "
             "within 365 days, and nobody showed us a reason the claim could not be sent in time."),
    "elig": ("eligibility", ["other"], True, "Allergy testing and office visit",
             "Your coverage with us ended on the last day of the month before this care, because the premium for "
             "that month was not paid. We cannot pay for care given after coverage ended."),
    "noauth": ("prior_authorization", [], True, "Outpatient knee arthroscopy",
               "This surgery needs our OK before it is done. Nobody asked us for approval before the surgery date, "
               "so the claim was denied. Your surgeon can still send the records for us to review."),
    "exp": ("experimental", ["not_covered", "medical_necessity"], False, "Stem cell injection for knee arthritis",
            "This treatment is still being studied. There are not yet enough good studies to show it works better "
            "than standard care, so your plan treats it as experimental and does not cover it."),
    "oon": ("out_of_network", [], True, "Visit with a dermatologist",
            "The dermatologist is not in the Bellhaven network. Your HMO plan only pays for care from network "
            "providers, unless it is an emergency or we approved it first. Neither was the case here."),
}
# (stem, condition, kinds of the letters in the file, deadline style, dependent patient?)
PLAN = [
    ("qa_letter_bd_rehab", "born_digital", ["rehab"], "within", False),
    ("qa_letter_bd_es_mri", "born_digital", ["mri"], "by", False),
    ("qa_letter_scan_hearing", "scan_clean_300", ["hearing"], "by", True),
    ("qa_letter_lowres_late", "scan_lowres_150", ["late"], "within", False),
    ("qa_letter_faxf_stack", "fax_fine_g4", ["elig", "noauth"], "within", True),
    ("qa_letter_photo_exp", "phone_photo", ["exp"], "receive", False),
    ("qa_letter_rot_oon", "rotated", ["oon"], "within", True),
]
EN = dict(card="Your plan card number", file="Our file", care="Care you asked for", by="Asked for by",
          who="Person who got care", who_pre="Person this is about", when="Date of care", when_pre="Planned date",
          grp="Your employer group", claim="Claim", bill="Bill from your provider",
          q1="What did we decide?", q2="Why did we decide this?", q3="What can you do if you disagree?",
          q4="Who can help?")
ES = dict(card="Número de su tarjeta del plan", file="Nuestro expediente", care="Atención que pidió",
          by="Pedida por", who="Persona que recibió la atención", who_pre="Persona a quien se refiere",
          when="Fecha de la atención", when_pre="Fecha planeada", grp="Grupo de su empleador", claim="Reclamo",
          bill="Factura de su proveedor", q1="¿Qué decidimos?", q2="¿Por qué lo decidimos?",
          q3="¿Qué puede hacer si no está de acuerdo?", q4="¿Quién le puede ayudar?")


def summary_box(d: Doc, rows: list[tuple[str, str]]) -> None:
    """A shaded box at the top: everyday labels on the left, values on the right."""
    y0 = d.get_y()
    h = 6 * len(rows) + 4
    d.set_fill_color(238, 238, 238)
    d.rect(d.l_margin, y0, d.w - d.l_margin - d.r_margin, h, style="DF")
    y = y0 + 2
    for k, v in rows:
        d.set_xy(d.l_margin + 3, y)
        d.font(9)
        d.cell(62, 6, k)
        d.font(10, "B")
        d.cell(0, 6, v)
        y += 6
    d.set_xy(d.l_margin, y0 + h + 4)


def bullets(d: Doc, items: list[str], size: float = 10) -> None:
    for it in items:
        d.font(size)
        d.cell(5, size * 0.5, "-")
        d.multi_cell(0, size * 0.5, it, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(1.5)


def letter(r: random.Random, kind: str, dl: str, household: dict | None) -> tuple[bytes, dict]:
    denial, dalts, is_claim, care, why = KINDS[kind]
    es = kind == "mri"
    L = ES if es else EN
    if household:
        holder, patient, member_id, group, addr = (household[k] for k in ("holder", "patient", "id", "group", "addr"))
    else:
        holder = person(r, FIRST_ES, r.choice(LAST_ES))[0] if es else person(r)[0]
        patient = holder
        member_id = f"BC{digits(r, 8)}"
        group = r.choice([None, f"G{digits(r, 6)}"])
        addr = f"{r.randint(20, 990)} {r.choice(['Tansy Hollow Rd', 'Weir Street', 'Cobblers Lane'])}"
    doctor = r.choice(DOCTORS)
    our_file = f"QA-{r.choice(['26', '26'])}-{digits(r, 5)}"
    claim = f"{letters(r, 1)}{digits(r, 9)}" if is_claim else None
    care_date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 90))
    if kind == "late":
        care_date = care_date.replace(year=2024)
    notice = (care_date.replace(year=2026) if kind == "late" else care_date) + dt.timedelta(days=r.randint(10, 40))
    if not is_claim:
        care_date = notice + dt.timedelta(days=r.randint(8, 30))
    amount = money(r, 180, 5400) if is_claim else None
    deadline = notice + dt.timedelta(days=60) if dl == "within" else (
        notice + dt.timedelta(days=r.choice([58, 60, 62])) if dl == "by" else None)
    style = r.choice(["long", "slash", "abbr"])
    fd = (lambda x: fmt_date(x, "es")) if es else (lambda x: fmt_date(x, style))
    d = Doc("Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    d.text_line("Bellhaven Cooperative Health Plan", size=17, style="B", h=8)
    d.text_line("Member-owned since 1974  |  410 Gristle Mill Road, Keene, NH 03431  |  1-866-555-0148 (TTY 711)",
                size=8, h=5)
    d.rule(0.6, 4)
    d.text_line(fd(notice), size=10, h=6)
    d.ln(2)
    for line in (holder, addr, "Keene, NH 03431"):
        d.text_line(line, size=10, h=5)
    d.ln(4)
    title = ("Le dijimos que no a una solicitud" if es else
             ("We said no to paying a claim" if is_claim else "We said no to a request for care"))
    d.text_line(title, size=15, style="B", h=9)
    rows = [(L["card"], member_id), (L["file"], our_file)]
    if claim:
        rows.append((L["claim"], claim))
    rows += [(L["care"], care if len(care) < 52 else care[:49] + "..."), (L["by"], doctor),
             (L["who"] if is_claim else L["who_pre"], patient),
             (L["when"] if is_claim else L["when_pre"], fd(care_date))]
    if amount:
        rows.append((L["bill"], f"${amount:,.2f}"))
    if group:
        rows.append((L["grp"], group))
    summary_box(d, rows)
    d.text_line(L["q1"], size=12, style="B", h=7)
    if es:
        bullets(d, [f"Su médico, {doctor}, nos pidió aprobar: {care[0].lower() + care[1:]}.",
                    f"Decidimos NO aprobarla. La fecha planeada era el {fd(care_date)}."])
    elif is_claim:
        bullets(d, [f"{doctor} sent us a bill of ${amount:,.2f} for care {patient} got on {fd(care_date)}.",
                    f"We decided NOT to pay this claim ({claim}).",
                    "You may have to pay the provider. Ask them before you pay."])
    else:
        bullets(d, [f"{doctor} asked us to approve care for {patient}: {care.lower()}.",
                    f"We decided NOT to approve it. It was planned for {fd(care_date)}."])
    d.text_line(L["q2"], size=12, style="B", h=7)
    d.para(why, size=10)
    d.text_line(L["q3"], size=12, style="B", h=7)
    if es:
        when = f"Su apelación debe llegarnos a más tardar el {fd(deadline)}."
        bullets(d, ["Puede pedirnos una apelación. Otra persona revisará su caso.", when,
                    "Si esperar puede dañar su salud, pida una apelación rápida: le contestamos en 72 horas.",
                    "Después de la apelación puede pedir una revisión externa al estado dentro de 4 meses."])
    else:
        when = (f"Your appeal must reach us by {fd(deadline)}." if dl == "by" else
                {"within": "Ask us within 60 days of the date of this letter.",
                 "receive": "Ask us within 60 days from the day you get this letter."}[dl])
        bullets(d, ["Ask for an appeal. A doctor who did not make this decision will look at it again.", when,
                    "If waiting could seriously harm your health, ask for a fast appeal. We answer within 72 hours.",
                    "After our appeal you can ask the state for an independent (external) review within 4 months."])
    d.text_line(L["q4"], size=12, style="B", h=7)
    if es:
        bullets(d, ["Servicios para Miembros: 1-866-555-0148 (TTY 711), de lunes a viernes.",
                    "Oficina del Consumidor de Seguros del estado: 1-800-555-0177."])
        d.para("Atentamente,\nDepartamento de Apelaciones y Quejas\nBellhaven Cooperative Health Plan", size=10)
    else:
        bullets(d, ["Member Services: 1-866-555-0148 (TTY 711), Monday to Friday, 8 to 6.",
                    "The state Office of Consumer Health Assistance: 1-800-555-0177.",
                    "Anyone you choose (a friend, family member or lawyer) can ask for the appeal for you."])
        d.para("Sincerely,\nAppeals and Grievances Team\nBellhaven Cooperative Health Plan", size=10)
    cases = [our_file] + ([claim] if claim else [])
    alts: dict = {}
    if dl == "receive":
        alts["appeal_deadline"] = [iso(notice + dt.timedelta(days=60))]
    t = truth("denial_letter", denial, lang="es" if es else "en", insurer=INSURER, plan_id=None,
              group_number=group, member_id=member_id, member_name=patient, case_numbers=cases,
              claim_amount=m2(amount) if amount else None, service_dates=[iso(care_date)],
              denial_date=iso(notice), provider=doctor, appeal_deadline=iso(deadline) if deadline else None,
              alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, dl, dep) in enumerate(PLAN):
        r = random.Random(9300 + i)
        household = None
        if dep:
            holder, _, last = person(r)
            household = dict(holder=holder, patient=person(r, ["Zinnia", "Ivo", "Linnea", "Emrys", "Keziah"], last)[0],
                             id=f"BC{digits(r, 8)}", group=f"G{digits(r, 6)}",
                             addr=f"{r.randint(20, 990)} Weir Street")
        docs = [letter(r, k, dl, household) for k in kinds]
        items.append(Item(stem, cond, docs, separators=["cover", None] if len(docs) > 1 else None))
    return items
