"""Family 'medicare_nemb_cms20007_notice': the Notice of Exclusions from Medicare Benefits (NEMB, form CMS-20007) a
provider or supplier hands a Medicare patient before an item or service Medicare never covers. Modelled on the
published form: title, "Patient's Name" and "Medicare # (HICN)" lines, the opening paragraphs ("There are items and
services for which Medicare will not pay ... Ask us how much these items or services will cost you (Estimated
Cost: $ ...)"), "Medicare will not pay for:" with box 1 ("does not meet the definition of any Medicare benefit") and
box 2 (the statutory exclusions listed, one ticked), the item or service and its estimated cost, "Form No.
CMS-20007" in the footer. As many practices do, the copies add the patient's choice (two boxes) and a signature and
date block. Values invented.
Scenarios: routine eye exam and glasses, massage therapy (box 1, no Medicare benefit), routine foot care (patient
declines), hearing aids, cosmetic botulinum injections, a routine physical with screening labs (declines), and a
Spanish notice for a complete denture.
Notifiers (fictional): Gyumri Vision Center, Ararat Massage and Wellness, Vanadzor Foot and Ankle Clinic, Jermuk
Hearing Services, Meghri Skin and Laser Clinic, Goris Family Medicine, Clínica Dental Tavush.
Truth (as abn_notice / snf_abn): the notifier's opinion before the care; nothing is decided by a payer, so `other`,
no denial type, no deadline. Insurer "Medicare" (null accepted). Member ID = the Medicare number where filled in.
Provider = the notifier (the clinician named accepted). Service date = the scheduled date where printed ([]
accepted). Notice date = the date of the notice (the signature date is the same day). Estimated cost is no claim
amount; the account number is no case number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundai_famib import (Page, address, clinician, days, digits, fdate, iso, letterhead, mixed, money, npi,
                               pairs, person, phone, usd)

FAMILY = "medicare_nemb_cms20007_notice"
LANG = "en"
EXCL = ["Personal comfort items", "Routine physicals and most tests for screening", "Most shots (vaccinations)",
        "Routine eye care, eyeglasses and examinations", "Hearing aids and hearing examinations",
        "Cosmetic surgery", "Most outpatient prescription drugs", "Dental care and dentures",
        "Orthopedic shoes and foot supports (orthotics)", "Routine foot care and flat foot care",
        "Health care received outside of the USA", "Services by immediate relatives",
        "Services required as a result of war", "Services under a physician's private contract",
        "Services paid for by a governmental entity that is not Medicare",
        "Services for which the patient has no legal obligation to pay"]
EXCL_ES = ["Artículos de comodidad personal", "Exámenes físicos de rutina y la mayoría de las pruebas de detección",
           "La mayoría de las vacunas", "Cuidado rutinario de la vista, anteojos y exámenes",
           "Audífonos y exámenes de audición", "Cirugía cosmética",
           "La mayoría de los medicamentos recetados para pacientes externos", "Atención dental y dentaduras",
           "Zapatos ortopédicos y soportes para los pies", "Cuidado rutinario de los pies",
           "Atención recibida fuera de los EE. UU.", "Servicios prestados por familiares inmediatos"]
PROVS = {
    "eye": dict(name="Gyumri Vision Center", style="logo", logo="GYUMRI", line2="Vision Center | 418 Tundra Avenue, "
                "Bethel, AK 99559 | (907) 555-6120", svc="Routine eye examination with refraction (92015) and new "
                "eyeglasses, lenses and frame (V2100)", box=2, ex=3, lo=240, hi=420, cred="OD"),
    "massage": dict(name="Ararat Massage and Wellness", style="block", line2="77 Snowmachine Trail | Kotzebue, AK "
                    "99752 | Tel. (907) 555-6188", svc="Therapeutic massage, 60 minutes, 6 sessions", box=1, ex=None,
                    lo=300, hi=480, cred="LMT"),
    "foot": dict(name="Vanadzor Foot and Ankle Clinic", style="parent", parent="Part of Tundra Physicians Group, PC",
                 line2="2150 Muskox Road | Dillingham, AK 99576", svc="Routine foot care: trimming of 10 toenails "
                 "(11720) and paring of corns (11055)", box=2, ex=9, lo=85, hi=190, cred="DPM"),
    "hearing": dict(name="Jermuk Hearing Services", style="logo", logo="JERMUK", line2="Hearing Services | 63 Tundra "
                    "Avenue, Suite 4, Bethel, AK 99559", svc="Hearing aid evaluation (92590) and two behind-the-ear "
                    "digital hearing aids (V5261)", box=2, ex=4, lo=3600, hi=5200, cred="AuD"),
    "cosmetic": dict(name="Meghri Skin and Laser Clinic", style="parent", parent="A Shirak Dermatology Partners "
                     "practice", line2="905 Muskox Road | Kotzebue, AK 99752", svc="Botulinum toxin injections "
                     "for forehead and frown lines, 40 units (cosmetic)", box=2, ex=5, lo=420, hi=780, cred="MD"),
    "physical": dict(name="Goris Family Medicine", style="block", line2="1406 Snowmachine Trail | Dillingham, AK "
                     "99576 | (907) 555-6155", svc="Routine annual physical examination (99397) with screening "
                     "blood panel and urinalysis", box=2, ex=1, lo=210, hi=390, cred="MD"),
    "es_denture": dict(name="Clínica Dental Tavush", style="logo", logo="TAVUSH", line2="Clínica Dental | 31 Tundra "
                       "Avenue, Galena, AK 99741", svc="Dentadura completa superior (D5110) y ajustes", box=2, ex=7,
                       lo=1100, hi=1900, cred="DDS"),
}
LABELS = {
    1: dict(pat="Patient's Name:", mbi="Medicare # (HICN):", date="Date of notice:", sched="Scheduled date:",
            acct="Account #:", dob="Date of birth:", by="Ordered by:", last="Last visit:"),
    2: dict(pat="Beneficiary:", mbi="Medicare Number:", date="Date:", sched="Date of service:",
            acct="Patient ID:", dob="DOB:", by="Clinician:", last="Previous visit:"),
    3: dict(pat="Name of patient:", mbi="MBI:", date="Notice given on:", sched="Appointment:",
            acct="Chart no.:", dob="Birth date:", by="Your provider:", last="Seen last on:"),
    "es": dict(pat="Nombre del paciente:", mbi="Número de Medicare:", date="Fecha del aviso:",
               sched="Fecha programada:", acct="Número de cuenta:", dob="Fecha de nacimiento:",
               by="Proveedor:", last="Última visita:"),
}


def box(on: bool) -> str:
    return "[X]" if on else "[  ]"


def notice(f: dict) -> bytes:
    p = PROVS[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot="Form No. CMS-20007 (June 2002)" + ("  ·  Versión en español" if es else ""))
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line("Notificación de exclusiones de los beneficios de Medicare (NEMB)" if es else
                "Notice of Exclusions from Medicare Benefits (NEMB)", 13, "B", align="C", h=8)
    d.ln(1)
    rows = [(L["pat"], f["member"]), (L["mbi"], f["mbi"] or "____________________"), (L["dob"], fd(f["dob"])),
            (L["acct"], f["acct"]), (L["date"], fd(f["date"]))]
    pairs(d, rows, kw=52, size=9.6)
    cost = usd(f["cost"], f["ms"])
    if es:
        d.para("Hay artículos y servicios por los cuales Medicare no pagará. Medicare no paga todos sus costos de "
               "atención médica. Medicare solo paga los artículos y servicios cubiertos cuando se cumplen las reglas "
               "de Medicare. Es importante que usted tome una decisión informada sobre si desea o no recibir estos "
               "artículos o servicios, sabiendo que quizás tenga que pagarlos usted mismo. Antes de decidir, lea "
               "todo este aviso con cuidado.", 9.3)
        d.para(f"Pídanos que le expliquemos si no entiende por qué Medicare no pagará. Pregúntenos cuánto le "
               f"costarán estos artículos o servicios (Costo estimado: {cost}).", 9.3)
    else:
        d.para("There are items and services for which Medicare will not pay. Medicare does not pay for all of "
               "your health care costs. Medicare only pays for covered items and services when Medicare rules are "
               "met. It is important for you to make an informed decision about whether or not you want to receive "
               "these items or services, knowing that you might have to pay for them yourself. Before you make a "
               "decision about your options, you should read this entire notice carefully.", 9.3)
        d.para(f"Ask us to explain, if you don't understand why Medicare won't pay. Ask us how much these items or "
               f"services will cost you (Estimated Cost: {cost}).", 9.3)
    d.table(["Artículo o servicio" if es else "Item or service", "Costo estimado" if es else "Estimated cost"],
            [[p["svc"], cost]], [140, 38], size=8.8, aligns="LR")
    d.text_line("Medicare no pagará por:" if es else "Medicare will not pay for:", 10, "B", h=6)
    d.text_line(f"{box(p['box'] == 1)} 1. " + ("Porque no cumple con la definición de ningún beneficio de Medicare."
                if es else "Because it does not meet the definition of any Medicare benefit."), 9.2, h=5)
    d.text_line(f"{box(p['box'] == 2)} 2. " + ("Debido a las siguientes exclusiones*:" if es else
                "Because of the following exclusions*:"), 9.2, h=5)
    lst = EXCL_ES if es else EXCL
    half = (len(lst) + 1) // 2
    for i in range(half):
        d.font(8.2)
        d.cell(8, 4.3, "")
        d.cell(86, 4.3, f"{box(p['ex'] == i)} {lst[i]}")
        if i + half < len(lst):
            d.cell(0, 4.3, f"{box(p['ex'] == i + half)} {lst[i + half]}")
        d.ln(4.4)
    d.ln(1)
    d.para("* Esta es solo una lista general de exclusiones. Medicare decide al recibir la reclamación."
           if es else "* This is only a general summary of exclusions from Medicare benefits. It is not a legal "
           "document. The official Medicare program provisions are contained in relevant laws, regulations, and "
           "rulings.", 8.2)
    info = [(L["sched"], fd(f["sched"]) if f["sched"] else None), (L["by"], f["clin"]),
            (L["last"], fd(f["last"])), ("NPI:", f["npi"])]
    pairs(d, info, kw=52, size=9.0)
    if es:
        d.text_line("Su decisión (marque una):", 9.6, "B", h=5.5)
        d.text_line(f"{box(f['want'])} Quiero recibir el artículo o servicio. Entiendo que Medicare no lo pagará y "
                    "que yo soy responsable del pago.", 8.8, h=4.8)
        d.text_line(f"{box(not f['want'])} No quiero recibir el artículo o servicio.", 8.8, h=4.8)
    else:
        d.text_line("Your choice (check one):", 9.6, "B", h=5.5)
        d.text_line(f"{box(f['want'])} I want the item or service listed above. I understand Medicare will not pay "
                    "and I will be responsible for payment.", 8.8, h=4.8)
        d.text_line(f"{box(not f['want'])} I do not want the item or service listed above.", 8.8, h=4.8)
    d.ln(3)
    d.font(9.4)
    d.cell(100, 6, ("Firma: " if es else "Signature: ") + "/s/ " + f["member"], border="B")
    d.cell(8, 6, "")
    d.cell(0, 6, ("Fecha: " if es else "Date: ") + fd(f["date"]), border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para((f"Preguntas: llame a {p['name']} al {f['ph']}, o a 1-800-MEDICARE." if es else
            f"Questions? Call {p['name']} at {f['ph']}, or 1-800-MEDICARE (1-800-633-4227)."), 8.4)
    return pdf_bytes(d)


def facts(r: random.Random, scen: str, lab, ds: str, date: dt.date, ms: str, mbi: str, sched: bool,
          want: bool) -> dict:
    p = PROVS[scen]
    lang = "es" if lab == "es" else "en"
    m = mixed(r, "9AA9-A99-AA99")
    return dict(scen=scen, lab=lab, ds=ds, date=date, ms=ms, lang=lang, want=want,
                member=person(r, lang), dob=dt.date(r.randint(1938, 1959), r.randint(1, 12), r.randint(1, 28)),
                mbi=None if mbi == "blank" else m if mbi == "dash" else m.replace("-", ""),
                acct=mixed(r, "AC-999999"), cost=money(r, p["lo"], p["hi"]),
                sched=days(date, r.randint(0, 21)) if sched else None, last=days(date, -r.randint(90, 400)),
                clin=clinician(r) + ", " + p["cred"], npi=npi(r), ph=phone(r))


def doc_truth(f: dict) -> dict:
    p = PROVS[f["scen"]]
    alts = {"insurer": [None], "provider": [f["clin"].rsplit(",", 1)[0]]}
    if f["sched"]:
        alts["service_dates"] = [[]]
    kw = dict(insurer="Medicare", member_id=f["mbi"], group_number=None, plan_id=None, member_name=f["member"],
              case_numbers=[], claim_amount=None, service_dates=[iso(f["sched"])] if f["sched"] else [],
              denial_date=iso(f["date"]), provider=p["name"], appeal_deadline=None, alternates=alts)
    return truth("other", None, f["lang"], **kw)


# (stem, condition, scenario, labels, date style, money style, medicare number, scheduled date printed, wants it)
PLAN = [
    ("medicare_nemb_cms20007_notice_bd_eye_exam_glasses", "born_digital", "eye", 1, "long", "plain", "dash", True,
     True),
    ("medicare_nemb_cms20007_notice_bd_massage_no_benefit", "born_digital", "massage", 2, "slash", "nosign", "run",
     True, True),
    ("medicare_nemb_cms20007_notice_scan_foot_care_declined", "scan_clean_300", "foot", 3, "iso", "plain", "blank",
     False, False),
    ("medicare_nemb_cms20007_notice_lowres_es_dentadura", "scan_lowres_150", "es_denture", "es", "es", "es", "dash",
     True, True),
    ("medicare_nemb_cms20007_notice_copy_hearing_aids", "photocopy", "hearing", 1, "abbr", "plain", "run", True,
     True),
    ("medicare_nemb_cms20007_notice_photo_cosmetic_botox", "phone_photo", "cosmetic", 2, "dmy", "usd", "dash", False,
     True),
    ("medicare_nemb_cms20007_notice_faxf_routine_physical", "fax_fine_g4", "physical", 3, "upper", "plain", "run",
     True, False),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, scen, lab, ds, ms, mbi, sched, want) in enumerate(PLAN):
        r = random.Random(132500 + n)
        date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 260))
        f = facts(r, scen, lab, ds, date, ms, mbi, sched, want)
        items.append(Item(stem, cond, [(notice(f), doc_truth(f))]))
    return items
