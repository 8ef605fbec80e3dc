"""Family 'large_print_accessible_denial_notice': a denial notice or EOB re-sent in large print at the member's
request (18-20 pt type, a few words per line, every label on its own line with the value wrapped below it,
3-5 pages, "This notice is in large print at your request"). The sections follow the published HHS/DOL model
"Notice of Adverse Benefit Determination" for group health plans (Claim information: patient, claim ID, date of
service, provider, amount billed; Reason for denial; Denial code; Important information about your rights to
appeal; What if I need help understanding this denial?); values invented.

Plans (kit_roundah_famha): Hestur Valley Health Plan, Argir Health Cooperative (parent line "Sumba Benefit
Trust" above it), Skalafjordur Mutual Health Insurance Company. All fictional. One Spanish notice, one approval,
one large-print EOB.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundah_famha import (address, clinician, days, fdate, iso, m2, mixed, money, person, phone, tty_phone,
                               usd)

FAMILY = "large_print_accessible_denial_notice"
LANG = "en"
PLANS = {
    "hestur": dict(name="Hestur Valley Health Plan", lines=("HESTUR VALLEY", "Health Plan"),
                   po="PO Box 3381, Saksun, WI 54801", mid="HVP99999999", claim="9999999999A"),
    "argir": dict(name="Argir Health Cooperative", lines=("Argir Health", "Cooperative"), parent="Sumba Benefit Trust",
                  po="PO Box 550, Elduvik, KS 67530", mid="AHC-99999-99", claim="AR-26-999999"),
    "skala": dict(name="Skalafjordur Mutual Health Insurance Company", lines=("SKALAFJORDUR MUTUAL",
                  "Health Insurance Company"), po="PO Box 18, Tjornuvik, TX 78839", mid="SMH999999999",
                  claim="99999999999"),
}
SERVICES = {  # key: (service words, code, provider)
    "ct": ("CT scan of the sinuses", "70486", "Dr. Marjun K. Kallsberg"),
    "rehab": ("stay at an inpatient rehabilitation hospital", "0128", "Eysturoy Rehabilitation Hospital"),
    "dental": ("dental implant", "D6010", "Gjogv Family Dentistry"),
    "cgm": ("continuous glucose monitor and sensors", "E2103", "Funningur Medical Supply"),
    "pt": ("physical therapy visit", "97110", "Sandoy Physical Therapy"),
    "lente": ("lentes intraoculares especiales", "V2787", "Centro Oftalmológico Frostvik"),
    "knee": ("knee replacement surgery", "27447", "Dr. Halldora T. Vestergaard"),
}
REASONS = {
    "ct_mn": ("not medically necessary. Your records do not show that you had 4 weeks of treatment with "
              "medicine before the scan", "medical_necessity", "MN-12"),
    "rehab_loc": ("you can get the care you need in a skilled nursing facility. You do not need the level of care "
                  "of a rehabilitation hospital", "level_of_care", "LC-04"),
    "dental_nc": ("your plan does not pay for dental implants. They are excluded from your benefits",
                  "not_covered", "EX-31"),
    "cgm_pa": ("the supplier did not get our approval before sending the monitor", "prior_authorization", "PA-02"),
    "pt_limit": ("you have used all 20 therapy visits your plan allows this year", "not_covered", "BL-20"),
    "lente_nc": ("su plan no cubre lentes especiales que corrigen la vista. Solo cubre el lente estándar",
                 "not_covered", "EX-44"),
}
LABELS = [
    dict(patient="Patient name", mid="Member ID", grp="Group number", claim="Claim ID", dos="Date of service",
         prov="Provider", billed="Amount billed", date="Date of this notice"),
    dict(patient="Patient", mid="ID number", grp="Group", claim="Claim number", dos="Service date",
         prov="Health care provider", billed="Amount charged", date="Notice date"),
    dict(patient="Member", mid="Your ID", grp="Group no.", claim="Reference number", dos="When you got care",
         prov="Who gave the care", billed="Total charges", date="Date"),
]
ES = dict(patient="Nombre del paciente", mid="N.º de identificación", grp="Grupo", claim="N.º de reclamo",
          dos="Fecha del servicio", prov="Proveedor", billed="Cantidad facturada", date="Fecha de este aviso")

BIG = 20


def pair(d: Doc, label: str, value: str):
    d.font(BIG, "B")
    d.multi_cell(0, 9, label + ":", new_x="LMARGIN", new_y="NEXT")
    d.font(BIG)
    d.multi_cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def big(d: Doc, text: str, style: str = "", size: float = BIG):
    d.font(size, style)
    d.multi_cell(0, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def notice(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    lab = ES if es else LABELS[f["labels"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    foot = ("Letra grande - página {p} de {n}" if es else "Large print - page {p} of {n}")
    d = Doc("Helvetica" if f["plan"] != "skala" else "Times", footer=foot, margins=(20, 16, 20))
    d.set_auto_page_break(True, margin=22)
    d.add_page()
    if p.get("parent"):
        big(d, p["parent"], "I", 12)
    d.font(24, "B")
    d.multi_cell(0, 11, p["lines"][0], new_x="LMARGIN", new_y="NEXT")
    d.font(16)
    d.multi_cell(0, 8, p["lines"][1], new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 4)
    big(d, ("Este aviso está en letra grande a petición suya." if es else
            "This notice is in large print at your request."), "B", 18)
    pair(d, lab["date"], fd(f["date"]))
    big(d, "\n".join([f["addressee"], f["street"], f["city"]]), "", 18)
    title = {"approval": "Notice of Approval", "eob": "Explanation of Benefits\nThis is not a bill",
             "es": "Aviso de denegación de beneficios"}.get(f["kind"], "Notice of Adverse Benefit Determination")
    big(d, title, "B", 22)
    big(d, "Información del reclamo" if es else "Claim information", "B", 20)
    svc = SERVICES[f["svc"]]
    pair(d, lab["patient"], f["name"])
    pair(d, lab["mid"], f["mid"])
    if f["group"]:
        pair(d, lab["grp"], f["group"])
    pair(d, lab["claim"], f["claim"])
    span = fd(f["dos"]) if not f["dos_end"] else f"{fd(f['dos'])} to {fd(f['dos_end'])}"
    pair(d, lab["dos"], span)
    pair(d, lab["prov"], svc[2])
    if f["billed"]:
        pair(d, lab["billed"], usd(f["billed"], f["ms"]))
    if f["kind"] == "eob":
        pair(d, "Plan paid", usd(0.0, f["ms"]))
        pair(d, "You may owe", usd(f["billed"], f["ms"]))
    reason, den, code = REASONS.get(f["reason"], ("", None, ""))
    if f["kind"] == "approval":
        big(d, "Our decision", "B", 20)
        big(d, f"We approved the {svc[0]} (code {svc[1]}). The approval covers {span}. Your usual copay or "
               "coinsurance applies. You do not need to do anything.")
        big(d, f"Your approval number is {f['claim']}. Show it to {svc[2]} if they ask.")
    elif es:
        big(d, "Motivo de la denegación", "B", 20)
        big(d, f"No pagamos {svc[0]} (código {svc[1]}) porque {reason}.")
        big(d, f"Código de denegación: {code}")
        big(d, "Sus derechos de apelación", "B", 20)
        big(d, f"Tiene {f['n']} días a partir de la fecha de este aviso para pedir una apelación. Escriba a "
               f"{p['po']} o llame al {f['ph']}.")
        big(d, "Si su salud está en grave peligro, pida una apelación urgente; la decidimos en 72 horas. "
               "Después puede pedir una revisión externa dentro de 4 meses.")
    else:
        big(d, "Reason for denial", "B", 20)
        lead = "We did not pay" if f["kind"] == "eob" else "We denied"
        big(d, f"{lead} the {svc[0]} (code {svc[1]}) because {reason}.")
        big(d, f"Denial code: {code}")
        big(d, "Important information about your rights to appeal", "B", 20)
        if f["dl"] == "days":
            big(d, f"You have {f['n']} days from the date of this notice to ask for an appeal.")
        elif f["dl"] == "date":
            big(d, f"We must receive your appeal by\n{fd(f['deadline'])}.")
        else:
            big(d, f"Your appeal deadline is\n{fd(f['deadline'])}.")
        big(d, f"Send your appeal to:\nAppeals, {p['name']}\n{p['po']}")
        big(d, "If your health could be seriously harmed by waiting, ask for an urgent appeal. We decide urgent "
               "appeals within 72 hours. After our decision you can ask for an external review within 4 months.")
    big(d, "¿Necesita ayuda?" if es else "What if I need help understanding this notice?", "B", 20)
    big(d, (f"Llame al {f['ph']}. TTY: {f['tty']}." if es else
            f"Call Member Services at {f['ph']}. TTY: {f['tty']}. We can also send this notice in Braille, "
            "on audio, or as a large-print PDF by e-mail."))
    big(d, (f"Su plan de beneficios se renueva el {fd(f['renew'])}." if es else
            f"Reminder: your plan year renews on {fd(f['renew'])}. Open enrollment runs "
            f"{fd(f['oe'])} through {fd(days(f['oe'], 30))}."), "", 16)
    big(d, ("Atentamente,\n" if es else "Sincerely,\n") + f"{f['md']}\n"
        + ("Director Médico" if es else "Medical Director"), "", 18)
    big(d, "Otros recursos" if es else "Are there other resources to help me?", "B", 20)
    big(d, ("Puede comunicarse con la oficina de asistencia al consumidor de su estado o con el Departamento de "
            "Trabajo de los EE. UU. (Employee Benefits Security Administration) al 1-555-444-3272." if es else
            "You can contact your state's consumer assistance program, or the U.S. Department of Labor's Employee "
            "Benefits Security Administration at 1-555-444-3272, for help with your appeal."))
    big(d, "Aviso de no discriminación" if es else "Nondiscrimination notice", "B", 20)
    big(d, (f"{p['name']} cumple con las leyes federales de derechos civiles. Ofrecemos ayudas gratuitas a "
            "personas con discapacidades, como letra grande, audio y Braille." if es else
            f"{p['name']} follows federal civil rights laws. We do not treat people differently because of race, "
            "color, national origin, age, disability or sex. We give free aids to people with disabilities, such "
            "as large print, audio and Braille, and free language services."), "", 18)
    big(d, "Language help / Ayuda en su idioma: " + f["ph"], "", 16)
    return pdf_bytes(d)


def facts(r: random.Random, plan: str, svc: str, reason: str | None, kind: str, lang: str, ds: str, ms: str,
          labels: int, dl: str, span: bool = False, parent: bool = False, billed: bool = True) -> dict:
    date = dt.date(2026, r.randint(1, 9), r.randint(1, 27))
    pre = kind == "approval" or not billed
    dos = days(date, r.randint(10, 30)) if pre else days(date, -r.randint(20, 60))
    street, city = address(r, lang)
    name = person(r, lang)
    n = r.choice([180, 180, 60])
    f = dict(plan=plan, svc=svc, reason=reason, kind=kind, lang=lang, ds=ds, ms=ms, labels=labels, dl=dl,
             date=date, dos=dos, dos_end=days(dos, r.randint(5, 12)) if span else None, name=name, street=street,
             city=city, mid=mixed(r, PLANS[plan]["mid"]), group=r.choice([None, mixed(r, "G-99999")]),
             claim=mixed(r, PLANS[plan]["claim"]), billed=money(r, 400, 9800) if billed else None, n=n,
             deadline=days(date, n), ph=phone(r), tty=tty_phone(r), md=clinician(r),
             renew=dt.date(2027, 1, 1), oe=dt.date(2026, 11, 1))
    f["addressee"] = person(r) if parent else name
    return f


def notice_truth(f: dict) -> dict:
    c = dict(lang=f["lang"], insurer=PLANS[f["plan"]]["name"], group_number=f["group"], member_id=f["mid"],
             member_name=f["name"], case_numbers=[f["claim"]], service_dates=[iso(f["dos"], f["dos_end"])],
             claim_amount=m2(f["billed"]) if f["billed"] else None, denial_date=iso(f["date"]),
             provider=SERVICES[f["svc"]][2])
    if f["kind"] == "approval":
        return truth("other", None, **c)
    den = REASONS[f["reason"]][1]
    dalts = {"level_of_care": ["medical_necessity"], "prior_authorization": ["other"]}.get(den, [])
    dtype = "eob" if f["kind"] == "eob" else "denial_letter"
    talts = ["denial_letter"] if dtype == "eob" else []
    return truth(dtype, den, appeal_deadline=iso(f["deadline"]), denial_alternates=dalts, type_alternates=talts, **c)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(128600)
    plan = [  # stem, cond, plan, svc, reason, kind, lang, ds, money, labels, dl, span, parent, billed
        ("bd_ct_mn", "born_digital", "hestur", "ct", "ct_mn", "denial", "en", "long", "plain", 0, "days", False,
         False, True),
        ("bd_eob_pt_limit", "born_digital", "argir", "pt", "pt_limit", "eob", "en", "slash", "plain", 1, "days",
         False, False, True),
        ("scan300_rehab_loc", "scan_clean_300", "skala", "rehab", "rehab_loc", "denial", "en", "abbr", "plain", 2,
         "date", True, True, False),
        ("phone_dental_nc", "phone_photo", "hestur", "dental", "dental_nc", "denial", "en", "dlong", "usd", 1,
         "stated", False, False, True),
        ("faxstd_cgm_pa", "fax_standard_g4", "argir", "cgm", "cgm_pa", "denial", "en", "long", "nosign", 0, "date",
         False, False, True),
        ("photocopy_es_lente", "photocopy", "skala", "lente", "lente_nc", "es", "es", "es", "plain", 0, "days",
         False, False, True),
        ("lowres_approval_knee", "scan_lowres_150", "hestur", "knee", None, "approval", "en", "upper", "plain", 2,
         "days", False, True, False),
    ]
    items = []
    for stem, cond, pl, svc, reason, kind, lang, ds, ms, labels, dl, span, parent, billed in plan:
        f = facts(r, pl, svc, reason, kind, lang, ds, ms, labels, dl, span, parent, billed)
        items.append(Item(f"{FAMILY}_{stem}", cond, [(notice(f), notice_truth(f))]))
    return items
