"""Family 'medicare_redetermination_notice_partb_es': a Medicare Administrative Contractor's (MAC) Part B
redetermination decision, modelled on the public layout of CMS's "Medicare Redetermination Notice" (the
beneficiary/provider box, "Summary of the Decision", "Explanation of the Decision", "Who is responsible for the
bill?", "If you disagree with this decision" naming a reconsideration by a Qualified Independent Contractor within
180 days of receiving the notice); values invented. English and Spanish ("Aviso de Redeterminación de Medicare").

Issuer: Northmarch Medicare Services, LLC (a fictional MAC; letterhead: "a CMS contracted Medicare Administrative
Contractor" line above the name, return address block). Decoys: the date the request was received, the
original initial determination date, the provider's NPI, the QIC's address, the 60-day ALJ time limit, the call
center hours, a second claim on the same request that was paid.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famva import address, clinician, days, digits, fdate, iso, m2, mbi, money, npi, person, phone, usd

FAMILY = "medicare_redetermination_notice_partb_es"
LANG = "es"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MAC = "Northmarch Medicare Services, LLC"
LABELS = {1: ["Beneficiary Name", "Medicare Number", "Provider/Supplier", "Claim Number", "Appeal Number",
              "Date(s) of Service", "Amount Billed"],
          2: ["Beneficiary", "Medicare ID", "Provider", "Internal Control Number (ICN)", "Redetermination No.",
              "Service date(s)", "Total charges"],
          3: ["Patient", "Medicare Beneficiary Identifier", "Billing provider", "Document Control Number",
              "Case number", "Dates of service", "Billed amount"],
          "es": ["Nombre del beneficiario", "Número de Medicare", "Proveedor/Suplidor", "Número de reclamación",
                 "Número de apelación", "Fecha(s) de servicio", "Cantidad facturada"]}
SERV = {"pt": ("97110", "Therapeutic exercise, 15 min", "Terapia de ejercicio, 15 min"),
        "foot": ("11721", "Debridement of nails, 6 or more", "Desbridamiento de uñas, 6 o más"),
        "vitd": ("82306", "Vitamin D, 25 hydroxy", "Vitamina D, 25 hidroxi"),
        "mri": ("72148", "MRI lumbar spine w/o contrast", "Resonancia de columna lumbar"),
        "eval": ("99214", "Office visit, established", "Visita al consultorio")}
PROV = {"pt": "Rapid City Spine & Sports Therapy", "foot": "Joplin Foot and Ankle Clinic",
        "mri": "Medford Valley Imaging Center"}
PROV_ES = {"foot": "Clínica Podiátrica de Eagle Pass", "mri": "Centro de Imágenes de Nogales"}


class Page(Doc):
    def __init__(self, foot):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, lab, ds, ms, lang, kind, serv, app):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    dos = days(notice, -r.randint(80, 150))
    units = r.randint(2, 6)
    billed = money(r, 60, 140) * units if serv == "pt" else money(r, 180, 1900)
    f = dict(lab=LABELS[lab], ds=ds, ms=ms, lang=lang, kind=kind, serv=serv, app=app, notice=notice, dos=dos,
             dos2=days(dos, r.choice([2, 7])) if kind == "span" else None, units=units, billed=round(billed, 2),
             member=person(r, lang), addr=address(r, lang), mbi=mbi(r), claim=digits(r, 13) + "0",
             appeal=f"RD{notice.strftime('%y')}-{digits(r, 7)}", prov=(PROV_ES if lang == "es" else PROV)[serv],
             doc=clinician(r), npi=npi(r), recv=days(notice, -r.randint(20, 50)), init=days(dos, r.randint(14, 30)),
             ph=phone(r), box=digits(r, 4), other_claim=digits(r, 13) + "0", other_amt=money(r, 40, 160))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    d.set_font("DejaVu", "", 7.8)
    d.cell(0, 4, "A CMS Contracted Medicare Administrative Contractor  ·  Jurisdiction N Part B",
           new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "B", 14)
    d.cell(0, 7, MAC, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.4)
    d.multi_cell(100, 4, f"Part B Redeterminations\nPO Box {f['box']}\nRapid City, SD 57709-{f['box']}",
                 new_x="LMARGIN", new_y="NEXT")
    d.rule(0.6, 3)


def box(d, f):
    L, fd = f["lab"], f["fd"]
    dates = fd(f["dos"]) + (f" - {fd(f['dos2'])}" if f["dos2"] else "")
    rows = [(L[0], f["member"]), (L[1], f["mbi"]), (L[2], f"{f['prov']} (NPI {f['npi']})"), (L[3], f["claim"]),
            (L[4], f["appeal"]), (L[5], dates), (L[6], usd(f["billed"], f["ms"]))]
    y0 = d.get_y()
    for k, v in rows:
        d.set_x(d.l_margin + 2)
        d.set_font("DejaVu", "B", 8.8)
        d.cell(62, 5.2, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(d.l_margin, y0 - 1, d.w - d.l_margin - d.r_margin, d.get_y() - y0 + 2)
    d.ln(4)


def body_en(f):
    fd, code = f["fd"], SERV[f["serv"]]
    k = f["kind"]
    intro = (f"We received your request for a redetermination on {fd(f['recv'])}. You asked us to look again at "
             f"the initial determination of {fd(f['init'])} for {code[1]} (CPT {code[0]}) provided by {f['prov']}.")
    if k == "fav":
        summ = "Our decision is favorable. We have decided that Medicare will pay for the service(s) you appealed."
        expl = ("The records sent with the request show a new injury and a plan of care signed by the treating "
                f"practitioner, {f['doc']}. The services meet Medicare's coverage requirements. The claim will be "
                "reprocessed and you will receive a new Medicare Summary Notice.")
        resp = "You are not responsible for any amount other than your usual deductible and coinsurance."
    elif k in ("mednec", "span"):
        summ = ("Our decision is unfavorable. We have decided that Medicare will not pay for the service(s) you "
                "appealed.")
        expl = ("Medicare covers outpatient therapy only when the services are reasonable and necessary and require "
                "the skills of a therapist. The progress notes show the same exercises for several weeks with no "
                "measurable change, and no updated plan of care. The documentation does not support that the "
                "services were medically necessary.") if f["serv"] == "pt" else (
                "The records do not show the signs or symptoms, failed conservative care or red-flag findings that "
                "Medicare's local coverage determination requires for this test. The service is therefore not "
                "reasonable and necessary for your condition.")
        resp = ("The provider gave you an Advance Beneficiary Notice, so you may be responsible for the amount "
                "billed." if f["app"] == "date" else "You are not responsible for this amount because you did "
                "not receive a written notice in advance that Medicare would likely not pay.")
    else:  # partial / routine foot care exclusion
        summ = ("Our decision is partially favorable. We have decided that Medicare will pay for part of the "
                "services you appealed.")
        expl = (f"Medicare does not pay for routine foot care, such as trimming of nails, unless a systemic "
                f"condition is documented with class findings. Claim {f['other_claim']} for the office visit "
                f"({usd(f['other_amt'], f['ms'])}) is now approved. The nail debridement on claim {f['claim']} "
                f"remains denied because routine foot care is excluded from Medicare coverage by law.")
        resp = "You may be responsible for the nail debridement charges."
    return intro, summ, expl, resp


def body_es(f):
    fd = f["fd"]
    code = SERV[f["serv"]]
    intro = (f"Recibimos su solicitud de redeterminación el {fd(f['recv'])}. Usted nos pidió revisar la "
             f"determinación inicial del {fd(f['init'])} sobre {code[2]} (CPT {code[0]}) de {f['prov']}.")
    summ = ("Nuestra decisión es desfavorable. Hemos decidido que Medicare no pagará el servicio o servicios que "
            "usted apeló.")
    expl = ("Medicare no paga el cuidado rutinario de los pies, como el corte o desbridamiento de uñas, salvo "
            "cuando los registros muestran una enfermedad sistémica con hallazgos que lo justifiquen. Los registros "
            "enviados no muestran esos hallazgos. Este servicio está excluido de la cobertura de Medicare."
            if f["serv"] == "foot" else
            "Los registros no demuestran que el servicio fuera razonable y necesario para su condición. Medicare "
            "no pagará este servicio.")
    resp = "Usted puede ser responsable del pago de este servicio."
    return intro, summ, expl, resp


def appeal_text(f):
    fd, a, es = f["fd"], f["app"], f["lang"] == "es"
    if es:
        return ("Si no está de acuerdo con esta decisión, puede pedir una reconsideración a un Contratista "
                "Independiente Calificado (QIC). Debe presentar su solicitud dentro de los 180 días siguientes a "
                "la fecha en que reciba esta carta. Suponemos que la recibió 5 días después de la fecha del aviso. "
                "Una audiencia ante un juez (ALJ) se pide dentro de 60 días de la decisión del QIC.")
    if a == "date":
        return (f"If you disagree, you may ask a Qualified Independent Contractor (QIC) for a reconsideration. "
                f"Your request must be received by {fd(days(f['notice'], 185))}. A hearing before an "
                f"Administrative Law Judge may be requested within 60 days of the QIC's decision.")
    return ("If you disagree with this decision, you may request a reconsideration by a Qualified Independent "
            "Contractor (QIC). You must file your request within 180 days of receiving this letter. We assume you "
            "received it 5 days after the date of this notice unless you show otherwise. Use the enclosed form "
            "CMS-20033 or write to C2C Reconsiderations, PO Box 7710, Jacksonville, FL 32232-7710.")


def build(f) -> bytes:
    es, fd = f["lang"] == "es", f["fd"]
    d = Page(f"{f['appeal']}   {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    d.set_font("DejaVu", "", 9.6)
    d.cell(0, 5, ("Fecha del aviso: " if es else "Date of notice: ") + fd(f["notice"]), new_x="LMARGIN",
           new_y="NEXT")
    d.ln(2)
    d.multi_cell(90, 4.8, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("DejaVu", "B", 13)
    d.cell(0, 7, "AVISO DE REDETERMINACIÓN DE MEDICARE" if es else "MEDICARE REDETERMINATION NOTICE", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    box(d, f)
    intro, summ, expl, resp = body_es(f) if es else body_en(f)
    d.para(intro, 9.6)
    for head, txt in ((("Resumen de la decisión", summ), ("Explicación de la decisión", expl),
                       ("¿Quién es responsable de la factura?", resp)) if es else
                      (("Summary of the Decision", summ), ("Explanation of the Decision", expl),
                       ("Who is responsible for the bill?", resp))):
        d.text_line(head, 10.5, "B", h=6)
        d.para(txt, 9.6)
    if f["kind"] != "fav":
        d.text_line("Si no está de acuerdo con esta decisión" if es else "If you disagree with this decision",
                    10.5, "B", h=6)
        d.para(appeal_text(f), 9.4)
    d.para(("Preguntas: llame al 1-800-MEDICARE o a nuestro centro de llamadas al " if es else
            "Questions: call 1-800-MEDICARE or our contact center at ") + f["ph"] +
           (", de lunes a viernes de 8 a.m. a 6 p.m." if es else ", Monday through Friday, 8 a.m. to 6 p.m."), 8.8)
    d.para(("Atentamente,\n\nOficial de Apelaciones, Redeterminaciones de la Parte B\n" if es else
            "Sincerely,\n\nAppeals Officer, Part B Redeterminations\n") + MAC, 9.4)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k = f["kind"]
    den, dalt = {"fav": (None, []), "mednec": ("medical_necessity", []), "span": ("medical_necessity", []),
                 "partial": ("not_covered", [])}[k]
    if f["lang"] == "es":
        den, dalt = ("not_covered", []) if f["serv"] == "foot" else ("medical_necessity", [])
    dl, alts = None, {}
    if den:
        if f["app"] == "date" and f["lang"] == "en":
            dl = iso(days(f["notice"], 185))
        else:  # "within 180 days of receiving": receipt presumed 5 days after the notice
            alts["appeal_deadline"] = [iso(days(f["notice"], 185)), iso(days(f["notice"], 180))]
    return truth("denial_letter" if den else "other", den, f["lang"], insurer=MAC, member_id=f["mbi"],
                 member_name=f["member"], case_numbers=[f["claim"], f["appeal"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["dos"], f["dos2"])], denial_date=iso(f["notice"]), provider=f["prov"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, labels, date style, money style, lang, kind, service, appeal wording)
PLAN = [
    ("medicare_redetermination_notice_partb_es_bd_therapy_unfavorable", "born_digital", 1, "long", "plain", "en",
     "mednec", "pt", "recv"),
    ("medicare_redetermination_notice_partb_es_bd_unas_es", "born_digital", "es", "es", "plain", "es", "mednec",
     "foot", "recv"),
    ("medicare_redetermination_notice_partb_es_scan_partial_foot_care", "scan_clean_300", 2, "slash", "plain", "en",
     "partial", "foot", "recv"),
    ("medicare_redetermination_notice_partb_es_lowres_resonancia_es", "scan_lowres_150", "es", "es_abbr", "es", "es",
     "mednec", "mri", "recv"),
    ("medicare_redetermination_notice_partb_es_rot_favorable", "rotated", 3, "abbr", "nosign", "en", "fav", "pt",
     "recv"),
    ("medicare_redetermination_notice_partb_es_faxf_mri_abn", "fax_fine_g4", 3, "iso", "plain", "en", "mednec",
     "mri", "date"),
    ("medicare_redetermination_notice_partb_es_phone_therapy_span", "phone_photo", 2, "dmy", "space", "en", "span",
     "pt", "recv"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, lab, ds, ms, lang, kind, serv, app) in enumerate(PLAN):
        r = random.Random(91000 + i)
        f = facts(r, lab, ds, ms, lang, kind, serv, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
