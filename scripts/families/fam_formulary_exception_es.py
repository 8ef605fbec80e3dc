"""Family 'formulary_exception_es': a pharmacy benefit manager's decisions on formulary-exception requests, mostly in
Spanish (one English letter): a tiering exception (lower copay tier), a drug not on the formulary, a quantity above
the plan's limit, one approval.

Issuers: Zorzal Pharmacy Benefits, Inc. (logo word "ZORZAL" over a rule and "Pharmacy Benefits, Inc." with a PO box
line) and Jilguero Rx Management (parent line "Grupo Cardenal Salud" above the name, address block at the right).
Each letter names the health plan it serves (Plan de Salud Colibrí, Gorrión Health Partners) apart from the PBM.
Facts in label rows (three Spanish label sets and an English one); the drug with strength, quantity and days'
supply, NDC, RxBIN / RxPCN (decoys), the prescriber with NPI, the date the pharmacy claim was rejected (the service
date), the request received date (decoy); alternatives table (drug, tier, copay); reasons with the keyword
("no está en el formulario", "excepción de nivel") or only in plain words; appeal within 60 days of the letter or by
a printed date; a 72-hour expedited paragraph; an external review paragraph naming every category (decides nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famta import address, clinician, days, digits, fdate, iso, local_phone, mixed, person, phone

FAMILY = "formulary_exception_es"
LANG = "es"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
Z = "Zorzal Pharmacy Benefits, Inc."
J = "Jilguero Rx Management"
HEALTH = {Z: "Plan de Salud Colibrí", J: "Gorrión Health Partners"}
DRUGS = [("Velmarix 40 mg tabletas", "Velmarix 40 mg tablets", 30, 30),
         ("Doranefil 5 mg/mL pluma inyectable", "Doranefil 5 mg/mL injection pen", 2, 28),
         ("Quetrazine XR 150 mg cápsulas", "Quetrazine XR 150 mg capsules", 60, 30),
         ("Lumidrol 0.1% crema 60 g", "Lumidrol 0.1% cream 60 g", 2, 30)]
ALTS = [("Carvenolol 25 mg", "1", "$5.00"), ("Mirtasone 10 mg", "2", "$20.00"), ("Pelavir 20 mg", "2", "$20.00")]
LABELS = {1: ["Afiliado", "Número de afiliado", "Grupo", "Número de solicitud", "Médico que receta",
              "Fecha de la receta rechazada"],
          2: ["Miembro", "ID de miembro", "Número de grupo", "Caso de excepción", "Médico recetante",
              "Fecha en que la farmacia rechazó el reclamo"],
          3: ["Nombre del paciente", "Número de identificación", "Grupo de empleador", "Referencia",
              "Recetado por", "Fecha de surtido solicitada"],
          "en": ["Member", "Member ID", "Group", "Exception request #", "Prescriber", "Pharmacy claim rejected on"]}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, app: str, lang: str) -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    drug = r.choice(DRUGS)
    f = dict(kind=kind, ins=ins, lab=LABELS[lab], ds=ds, app=app, lang=lang, notice=notice,
             member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "ZPB999999999") if ins == Z else mixed(r, "JRX-9999-999"),
             grp=mixed(r, "CO-9999") if ins == Z else digits(r, 6),
             plan=mixed(r, "H9999-9A") if ins == J else None,
             req=mixed(r, "FE-2026-99999") if ins == Z else mixed(r, "99A999999"), drug=drug, doc=clinician(r),
             npi=digits(r, 10), ndc=f"{digits(r, 5)}-{digits(r, 4)[:3]}-{digits(r, 2)}",
             bin=digits(r, 6), pcn=mixed(r, "AA99"), rej=days(notice, -r.randint(3, 9)),
             recv=days(notice, -r.randint(1, 3)), ph=phone(r), fax=local_phone(r), box=digits(r, 4),
             auth=mixed(r, "AP-99999999"))
    f["to"] = days(f["rej"], 364)
    f["dl"] = days(notice, 60)
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if f["ins"] == Z:
        d.text_line("ZORZAL", 22, "B", h=10)
        d.rule(0.8, 1.5)
        d.text_line(f"Pharmacy Benefits, Inc.  ·  PO Box {f['box']}, Edinburg, TX 78539", 8.5, h=4.5)
    else:
        d.text_line("Grupo Cardenal Salud", 8, h=4)
        y = d.get_y()
        d.text_line(J, 14, "B", h=7)
        d.text_line("Revisión clínica de farmacia" if es else "Pharmacy Clinical Review", 9, h=4.5)
        d.set_xy(140, y)
        d.font(8)
        d.multi_cell(0, 3.8, f"PO Box {f['box']}\nPharr, TX 78577\nFax {f['fax']}", new_x="LMARGIN", new_y="NEXT")
        d.rule(0.3, 2)
    d.text_line(("Administrador de beneficios de farmacia para " if es else "Pharmacy benefit manager for ")
                + HEALTH[f["ins"]], 8, h=4.5)
    d.ln(3)


def rows(d: Page, f: dict) -> None:
    L, es = f["lab"], f["lang"] == "es"
    q = f["drug"]
    pairs = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])]
    if f["plan"]:
        pairs.append(("ID del plan" if es else "Plan ID", f["plan"]))
    pairs += [(L[3], f["req"]), ("Medicamento" if es else "Drug",
                                 f"{q[0] if es else q[1]}, {'cantidad' if es else 'quantity'} {q[2]}, "
                                 f"{q[3]} {'días' if es else 'days'} (NDC {f['ndc']})"),
              (L[4], f"Dr. {f['doc']} (NPI {f['npi']})"), (L[5], f["fd"](f["rej"])),
              ("Solicitud recibida" if es else "Request received", f["fd"](f["recv"])),
              ("RxBIN / RxPCN", f"{f['bin']} / {f['pcn']}")]
    for k, v in pairs:
        d.set_font("DejaVu", "B", 9)
        d.cell(62, 5, k + ":")
        d.set_font("DejaVu", "", 9)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def alt_table(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    d.table(["Alternativa del formulario", "Nivel", "Copago"] if es else ["Formulary alternative", "Tier", "Copay"],
            [list(a) for a in ALTS], [80, 25, 30], size=8.5, aligns="LCR", head_fill=True)


def appeal(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line("Su derecho a apelar" if es else "Your right to appeal", 10.5, "B", h=6)
    if es:
        t = ("Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta." if f["app"] == "stmt"
             else f"Debemos recibir su apelación a más tardar el {f['fd'](f['dl'])}.")
        t += (" Si su salud corre peligro, puede pedir una apelación acelerada; la decidimos en 72 horas. Después de "
              "la apelación puede pedir una revisión externa independiente si la negación se basa en necesidad "
              "médica, tratamiento experimental, nivel de atención o exclusión del plan.")
    else:
        t = ("You may appeal within 60 days of the date of this letter." if f["app"] == "stmt"
             else f"We must receive your appeal by {f['fd'](f['dl'])}.")
        t += (" If your health is at risk, ask for an expedited appeal; we decide those within 72 hours. After the "
              "appeal you may ask for independent external review of a denial based on medical necessity, "
              "experimental treatment, level of care or a plan exclusion.")
    d.para(t + (f" Llame al {f['ph']} (TTY 711)." if es else f" Call {f['ph']} (TTY 711)."), 9.5)


def build(f: dict) -> bytes:
    kind, es = f["kind"], f["lang"] == "es"
    d = Page(f"{'ZPB' if f['ins'] == Z else 'JRX'}-FEX-{kind[:4].upper()}-{'ES' if es else 'EN'}   "
             f"{'Página' if es else 'Page'} {{p}} / {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    drug = f["drug"][0] if es else f["drug"][1]
    title = {"tier": "Decisión sobre su solicitud de excepción de nivel",
             "tier_plain": "Respuesta a su pedido de un copago más bajo",
             "nonform": "Aviso de denegación: medicamento que no está en el formulario",
             "nonform_plain": "Sobre el medicamento que le recetaron",
             "qty": "Decisión sobre su solicitud de excepción de límite de cantidad",
             "approve": "Aprobación de su solicitud de excepción al formulario",
             "tier_en": "Tiering exception request denied"}[kind]
    d.text_line(title, 11.5, "B", h=6)
    rows(d, f)
    d.para(("Estimado(a) " if es else "Dear ") + f["member"] + ":", 10)
    body = {
        "tier": f"Su médico pidió una excepción de nivel para que {drug} se cubra con el copago del nivel 2 en lugar "
                "del nivel 4. Negamos la excepción de nivel porque hay alternativas del formulario en niveles más "
                "bajos que no se han probado y no hay información de que le causen daño. El medicamento sigue "
                "cubierto con el copago del nivel 4.",
        "tier_plain": f"Usted pidió pagar menos por {drug}. No podemos bajar lo que paga. Hay otros medicamentos "
                      "para la misma enfermedad que cuestan menos y que usted todavía no ha usado. Si los prueba y no "
                      "le funcionan, su médico puede pedirlo de nuevo.",
        "nonform": f"{drug} no está en el formulario (lista de medicamentos cubiertos) de su plan. Su médico pidió una "
                   "excepción al formulario. La negamos porque no recibimos información de que las alternativas del "
                   "formulario no funcionen para usted o le causen efectos adversos. Este medicamento no está "
                   "cubierto.",
        "nonform_plain": f"Su plan no paga {drug}. Lo revisamos con la información que nos mandó su médico y no hay "
                         "razón médica por la que usted no pueda usar uno de los medicamentos que sí pagamos. Si "
                         "compra este medicamento, tendrá que pagarlo usted.",
        "qty": f"Su plan cubre hasta {f['drug'][2] // 2} unidades de {drug} cada {f['drug'][3]} días. Su médico pidió "
               f"{f['drug'][2]}. Aprobamos la cantidad del límite, pero negamos la cantidad adicional porque la dosis "
               "pedida es más alta que la dosis máxima aprobada por la FDA.",
        "approve": f"Aprobamos la excepción al formulario para {drug}. Está aprobado del {f['fd'](f['rej'])} al "
                   f"{f['fd'](f['to'])} con el copago del nivel 3. Número de aprobación: {f['auth']}. La farmacia "
                   "puede volver a enviar el reclamo.",
        "tier_en": f"Your prescriber asked us to cover {drug} at the tier 2 copay instead of tier 4. We denied the "
                   "tiering exception: lower-tier formulary alternatives have not been tried and there is no "
                   "record that they would harm you. The drug stays covered at the tier 4 copay."}[kind]
    d.para(body, 10)
    if kind != "approve":
        if kind not in ("qty",):
            alt_table(d, f)
        appeal(d, f)
    else:
        d.para(f"Preguntas: llame al {f['ph']}.", 10)
    d.para(("Atentamente,\nRevisión Clínica de Farmacia\n" if es else "Sincerely,\nPharmacy Clinical Review\n")
           + f["ins"], 10)
    return pdf_bytes(d)


DEN = {"tier": "not_covered", "tier_plain": "not_covered", "tier_en": "not_covered", "nonform": "not_covered",
       "nonform_plain": "not_covered", "qty": "not_covered", "approve": None}


def make_truth(f: dict) -> dict:
    kind = f["kind"]
    den = DEN[kind]
    dalt = [] if den is None else (["other", "medical_necessity"])
    cases = [f["req"]] + ([f["auth"]] if kind == "approve" else [])
    alts: dict = {}
    svc = [iso(f["rej"])]
    if kind == "approve":
        alts["service_dates"] = [[iso(f["rej"], f["to"])], []]
    dl = None if den is None else (iso(days(f["notice"], 60)) if f["app"] == "stmt" else iso(f["dl"]))
    return truth("other" if den is None else "denial_letter", den, f["lang"], insurer=f["ins"], plan_id=f["plan"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=None, service_dates=svc, denial_date=iso(f["notice"]), provider=f["doc"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, kind, insurer, label set, date style, appeal wording, lang)
PLAN = [
    ("formulary_exception_es_bd_no_formulario", "born_digital", "nonform", Z, 1, "es", "stmt", "es"),
    ("formulary_exception_es_bd_tiering_denied_en", "born_digital", "tier_en", J, "en", "long", "date", "en"),
    ("formulary_exception_es_scan_nivel_palabras", "scan_clean_300", "tier_plain", J, 2, "dmy_slash", "stmt", "es"),
    ("formulary_exception_es_lowres_limite_cantidad", "scan_lowres_150", "qty", Z, 3, "es_abbr", "date", "es"),
    ("formulary_exception_es_copy_aprobada", "photocopy", "approve", J, 1, "es", "stmt", "es"),
    ("formulary_exception_es_faxf_no_paga_palabras", "fax_fine_g4", "nonform_plain", Z, 2, "slash", "date", "es"),
    ("formulary_exception_es_photo_excepcion_nivel", "phone_photo", "tier", Z, 3, "es", "stmt", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, app, lang) in enumerate(PLAN):
        r = random.Random(95200 + i)
        f = facts(r, kind, ins, lab, ds, app, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
