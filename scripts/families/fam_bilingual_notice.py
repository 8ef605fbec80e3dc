"""Family 'bilingual_notice': a state plan's notice printed in English and Spanish on the same letter.

Tierra Clara Health Plan (Plan de Salud Tierra Clara) is fictional. Each fact appears twice: either in two
columns side by side (English left, Spanish right) or on an English page followed by a Spanish page. Dates are
written per language ("March 4, 2026" / "4 de marzo de 2026", or 03/04/2026 / 04/03/2026 day first), amounts
"$1,234.50" / "1.234,50 $". One notice is an EOB-style statement with a small bilingual table. Truth is the
English reading (`lang` "en").
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import MONTHS_ES, Doc, Rand, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "bilingual_notice"
LANG = "en"
INSURER = "Tierra Clara Health Plan"
INSURER_ES = "Plan de Salud Tierra Clara"
FIRST = ["Evangelina", "Rigoberto", "Anacleta", "Fulgencio", "Marisela", "Teodoro", "Zenaida", "Baltasar"]
LAST = ["Olivarría", "Cienfuegos", "Barragán", "Ledesma", "Sotomayor", "Urquidi", "Palomares", "Echeverría"]
DOCTORS = {"mednec": ("Dr. Consuelo Arriaga", "Arroyo Seco Sleep Center"),
           "notcov": ("Dr. Ignacio Berrones, DDS", "Mesa Alta Orthodontics"),
           "elig": ("Dr. Leandro Ybarra", "Mesa Alta Family Clinic"),
           "pa": ("Dr. Wilhelmina Trask", "Sandstone Orthopedic Center"),
           "oon": ("Dr. Graciela Montiel", "Cottonwood Imaging"),
           "exp": ("Dr. Horatio Vance", "Juniper Flats Allergy"),
           "late": ("Dr. Ambrose Tejeda", "Piñon Valley Hospital")}
# kind -> (denial, service en, service es, why en, why es, claim?)
CASES = {
    "mednec": ("medical_necessity", "a sleep study done in a sleep center", "un estudio del sueño en un centro",
               "Your records do not show the symptoms that make a sleep study in a center medically necessary. A "
               "home sleep test is the first step under our guidelines.",
               "Su expediente no muestra los síntomas que hacen médicamente necesario un estudio del sueño en un "
               "centro. Según nuestras guías, primero se hace una prueba del sueño en casa.", False),
    "notcov": ("not_covered", "adult orthodontic treatment (braces)", "tratamiento de ortodoncia para adultos",
               "Your plan does not cover braces for members 21 and older. This is a benefit exclusion, not a "
               "decision about whether you need them.",
               "Su plan no cubre frenos dentales para miembros de 21 años o más. Es una exclusión de beneficios, "
               "no una decisión sobre si usted los necesita.", True),
    "elig": ("eligibility", "office visits and lab tests", "consultas y pruebas de laboratorio",
             "You were not enrolled in Tierra Clara Health Plan on the date of the last visit. Your enrollment "
             "ended the month before.",
             "Usted no estaba inscrito en el Plan de Salud Tierra Clara en la fecha de la última consulta. Su "
             "inscripción terminó el mes anterior.", True),
    "pa": ("prior_authorization", "an outpatient knee surgery", "una cirugía ambulatoria de rodilla",
           "This surgery needs approval before it is done. Your provider did not ask us for approval, so we cannot "
           "pay the claim.",
           "Esta cirugía necesita aprobación antes de hacerse. Su proveedor no nos pidió la aprobación, por lo que "
           "no podemos pagar el reclamo.", True),
    "oon": ("out_of_network", "a CT scan at an imaging center", "una tomografía en un centro de imágenes",
            "The imaging center is not in our network. Other network centers near you offer this service.",
            "El centro de imágenes no pertenece a nuestra red. Otros centros de la red cerca de usted ofrecen este "
            "servicio.", True),
    "exp": ("experimental", "allergy drops placed under the tongue", "gotas para alergia debajo de la lengua",
            "This treatment is investigational for your condition. It has not been approved as standard care.",
            "Este tratamiento es experimental para su condición. No ha sido aprobado como atención estándar.", False),
    "late": ("timely_filing", "an emergency room visit", "una visita a la sala de emergencias",
             "The hospital sent the claim more than 365 days after the visit, past our filing limit. The hospital "
             "may not bill you for it.",
             "El hospital envió el reclamo más de 365 días después de la visita, fuera de nuestro plazo. El hospital "
             "no puede cobrarle por esto.", True),
}
PLAN = [  # (stem, condition, kind, layout, date style, appeal style, money style es)
    ("bilingual_notice_bd_cols_mednec", "born_digital", "mednec", "cols", "long", "within", None),
    ("bilingual_notice_bd_pages_notcov", "born_digital", "notcov", "pages", "long", "by", "euro"),
    ("bilingual_notice_scan_cols_eob", "scan_clean_300", "elig", "cols", "long", "within", "same"),
    ("bilingual_notice_faxs_pages_pa", "fax_standard_g4", "pa", "pages", "num", "by", "same"),
    ("bilingual_notice_copy_cols_oon", "photocopy", "oon", "cols", "num", "within", "euro"),
    ("bilingual_notice_rot_pages_exp", "rotated", "exp", "pages", "long", "within", None),
    ("bilingual_notice_photo_cols_late", "phone_photo", "late", "cols", "long", "by", "euro"),
]


def d_en(d: dt.date, style: str) -> str:
    return d.strftime("%m/%d/%Y") if style == "num" else d.strftime("%B %-d, %Y")


def d_es(d: dt.date, style: str) -> str:
    return d.strftime("%d/%m/%Y") if style == "num" else f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def money_es(v: str, style: str) -> str:
    if style == "euro":
        return fmt_money(v, "nosign").replace(",", "X").replace(".", ",").replace("X", ".") + " $"
    return fmt_money(v)


def texts(c: dict) -> tuple[list, list]:
    """The English and Spanish blocks: (kind, text) where kind is 'h' heading, 'f' fact row or 'p' paragraph."""
    en = [("h", "NOTICE OF ADVERSE BENEFIT DETERMINATION" if c["doc"] != "eob" else "Denied claim"),
          ("f", f"Date of notice: {c['n_en']}"), ("f", f"Member: {c['name']}"), ("f", f"Member ID: {c['id']}"),
          ("f", f"{'Claim' if c['doc'] == 'eob' else 'Reference'} number: {c['ref']}"),
          ("f", f"Provider: {c['doc_name']}, {c['clinic']}"), ("f", f"Date of service: {c['s_en']}")]
    es = [("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS" if c["doc"] != "eob" else
           "Reclamo negado"),
          ("f", f"Fecha del aviso: {c['n_es']}"), ("f", f"Miembro: {c['name']}"), ("f", f"Número de miembro: {c['id']}"),
          ("f", f"Número de {'reclamo' if c['doc'] == 'eob' else 'referencia'}: {c['ref']}"),
          ("f", f"Proveedor: {c['doc_name']}, {c['clinic']}"), ("f", f"Fecha del servicio: {c['s_es']}")]
    if c["amount"]:
        en.append(("f", f"Amount billed: {c['a_en']}"))
        es.append(("f", f"Cantidad facturada: {c['a_es']}"))
    en += [("p", f"We denied {c['svc_en']}. Why: {c['why_en']}")]
    es += [("p", f"Negamos {c['svc_es']}. Por qué: {c['why_es']}")]
    if c["dl"] == "within":
        en.append(("p", "Your right to appeal: ask us for an appeal within 60 days of the date of this notice. If "
                        "waiting could harm your health, ask for a fast appeal; we decide within 72 hours. After "
                        "the appeal you may ask for a State Fair Hearing within 120 days."))
        es.append(("p", "Su derecho a apelar: pídanos una apelación dentro de 60 días a partir de la fecha de este "
                        "aviso. Si esperar puede dañar su salud, pida una apelación rápida; decidimos en 72 horas. "
                        "Después de la apelación puede pedir una Audiencia Imparcial Estatal dentro de 120 días."))
    else:
        en.append(("p", f"Your right to appeal: your appeal must reach us by {c['dl_en']}. If waiting could harm "
                        "your health, ask for a fast appeal; we decide within 72 hours. After the appeal you may ask "
                        "for a State Fair Hearing within 120 days."))
        es.append(("p", f"Su derecho a apelar: debemos recibir su apelación a más tardar el {c['dl_es']}. Si "
                        "esperar puede dañar su salud, pida una apelación rápida; decidimos en 72 horas. Después de "
                        "la apelación puede pedir una Audiencia Imparcial Estatal dentro de 120 días."))
    en.append(("p", "Call Member Services at 1-866-555-0174 (TTY 711), Monday to Friday, 8 a.m. to 6 p.m."))
    es.append(("p", "Llame a Servicios para Miembros al 1-866-555-0174 (TTY 711), de lunes a viernes, de 8 a.m. "
                    "a 6 p.m."))
    return en, es


def write_block(d: Doc, block: list, x: float, w: float, size: float) -> None:
    for kind, text in block:
        d.set_x(x)
        if kind == "h":
            d.font(size + 1.5, "B")
            d.multi_cell(w, size * 0.55, text, new_x="LEFT", new_y="NEXT")
            d.ln(1.5)
        elif kind == "f":
            d.font(size)
            d.multi_cell(w, size * 0.5, text, new_x="LEFT", new_y="NEXT")
        else:
            d.ln(1.5)
            d.set_x(x)
            d.font(size)
            d.multi_cell(w, size * 0.47, text, new_x="LEFT", new_y="NEXT")


def letterhead(d: Doc, c: dict) -> None:
    d.text_line("Tierra Clara Health Plan", size=17, style="B", h=8)
    d.text_line("Plan de Salud Tierra Clara", size=12, style="I", h=6)
    d.text_line("Medicaid Managed Care  |  Atención Administrada de Medicaid  |  PO Box 7702, Socorro Bluffs, NM "
                "87801", size=8)
    d.rule(0.5, 4)
    for line in c["addr"]:
        d.text_line(line, size=10, h=4.8)
    d.ln(5)


def eob_table(d: Doc, c: dict) -> None:
    d.text_line("EXPLANATION OF BENEFITS  /  EXPLICACIÓN DE BENEFICIOS", size=11, style="B", h=7)
    d.text_line(f"Date of notice / Fecha del aviso: {c['n_en']}  /  {c['n_es']}", size=8.5, h=5)
    head = ["Claim / Reclamo", "Date / Fecha", "Service / Servicio", "Code / Código", "Billed / Facturado",
            "Paid / Pagado", "Note"]
    d.table(head, c["rows"], [28, 24, 42, 22, 28, 24, 12], size=8, aligns="LLLLRRC", head_fill=True)


def build(r: Rand, kind: str, layout: str, ds: str, dl: str, ms: str | None) -> tuple[bytes, dict]:
    denial, svc_en, svc_es, why_en, why_es, claim = CASES[kind]
    first, last = r.choice(FIRST), r.choice(LAST)
    name = f"{first} {r.choice('ACDEFGJLMNRSV')}. {last}"
    doc_name, clinic = DOCTORS[kind]
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    dos = notice - dt.timedelta(days=r.randint(400, 440) if kind == "late" else r.randint(15, 60))
    if not claim:
        dos = notice + dt.timedelta(days=r.randint(10, 30))
    deadline = notice + dt.timedelta(days=60)
    c = {"doc": "eob" if kind == "elig" else "letter", "name": name, "id": f"TC{r.digits(9)}",
         "ref": (f"{r.digits(2)}{r.letters(1)}{r.digits(7)}" if kind == "elig" else f"TC-{r.digits(4)}-{r.digits(5)}"),
         "doc_name": doc_name, "clinic": clinic, "n_en": d_en(notice, ds), "n_es": d_es(notice, ds),
         "svc_en": svc_en, "svc_es": svc_es, "why_en": why_en, "why_es": why_es, "dl": dl,
         "dl_en": d_en(deadline, ds), "dl_es": d_es(deadline, ds), "amount": None,
         "addr": [name, r.choice(["412 Calle Bonita", "9 Acequia Madre Lane", "2307 Mesquite Row"]),
                  r.choice(["Socorro Bluffs, NM 87801", "Valle Largo, NM 88030"])]}
    svc_dates, amount, alts = [dos], None, {"insurer": [INSURER_ES], "provider": [clinic]}
    if kind == "elig":
        d1 = dos - dt.timedelta(days=r.randint(35, 50))
        paid_claim = f"{r.digits(2)}{r.letters(1)}{r.digits(7)}"
        lines = [(paid_claim, d1, "Office visit", "99213", r.amount(140, 230), False),
                 (c["ref"], dos, "Office visit", "99214", r.amount(190, 300), True),
                 (c["ref"], dos, "Blood test", "80053", r.amount(40, 90), True)]
        c["rows"] = [[cl, x.strftime("%m/%d/%Y"), s, code, fmt_money(b), fmt_money(0 if den else float(b) * 0.55),
                      "E27" if den else "P1"] for cl, x, s, code, b, den in lines]
        amount = m2(sum(float(b) for *_, b, den in lines if den))
    elif claim:
        amount = r.amount(900, 6800) if kind != "late" else r.amount(700, 2400)
    if amount:
        c["amount"], c["a_en"], c["a_es"] = amount, fmt_money(amount), money_es(amount, ms or "same")
    c["s_en"], c["s_es"] = d_en(dos, ds), d_es(dos, ds)
    en, es = texts(c)
    d = Doc("Helvetica", footer="TC-NOA-BIL 2025  |  Page {p} of {n}  |  Página {p} de {n}", margins=(16, 14, 16))
    d.add_page()
    letterhead(d, c)
    if layout == "cols":
        d.set_auto_page_break(False)
        top, w = d.get_y(), (d.w - 32 - 8) / 2
        if c["doc"] == "eob":
            eob_table(d, c)
            d.text_line("E27: patient not enrolled on the date of service.  E27: el paciente no estaba inscrito en "
                        "la fecha del servicio.", size=7.5)
            d.ln(3)
            top = d.get_y()
        write_block(d, en, 16, w, 9)
        d.set_xy(16 + w + 8, top)
        write_block(d, es, 16 + w + 8, w, 9)
        d.set_auto_page_break(True, margin=20)
    else:
        write_block(d, en, 16, 0, 10.5)
        d.add_page()
        letterhead(d, c)
        write_block(d, es, 16, 0, 10.5)
    dl_truth = iso(deadline)
    t = truth("eob" if kind == "elig" else "denial_letter", denial, insurer=INSURER, plan_id=None, group_number=None,
              member_id=c["id"], member_name=name, case_numbers=[c["ref"]], claim_amount=amount,
              service_dates=[iso(x) for x in svc_dates], denial_date=iso(notice), provider=doc_name.split(",")[0],
              appeal_deadline=dl_truth, alternates=alts,
              denial_alternates=["medical_necessity"] if kind == "exp" else None)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(6400 + i), kind, lay, ds, dl, ms)])
            for i, (stem, cond, kind, lay, ds, dl, ms) in enumerate(PLAN)]
