"""Family 'home_health_change_of_care_notice': home health agencies' Home Health Change of Care Notices, laid out
and worded after CMS's public HHCCN (Form CMS-10280): the agency's name, address and phone at the top, Patient
Name and Patient Identification Number, the title, "Effective DATE your home health agency will reduce / stop" the
listed items and services, the reason (your doctor changed your orders / the agency's decision), what the patient
can do (talk to the doctor, find another agency, questions to 1-800-MEDICARE), and the receipt signature and date.
One in Spanish (the CMS translation's wording: "Aviso de cambio en la atención médica en el hogar").

Issuers: Stonemarch Home Health Agency (logo word "STONEMARCH" over a line, parent line "A Vexford Health Partners
company" on two) and Tinmouth Visiting Nurse Service (return address block, no logo).
Decoys: the ordering physician, the start-of-care date and the certification period, the agency's medical record
number, the next planned visit, the agency's phone hours, the fax header's date and time, the form number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwb import address, clinician, days, digits, fdate, iso, local_phone, mbi, pairs, person

FAMILY = "home_health_change_of_care_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HHAS = {"stone": ("Stonemarch Home Health Agency", "STONEMARCH", "Home Health Agency"),
        "tin": ("Tinmouth Visiting Nurse Service", None, None)}
LABELS = {1: ["Patient Name", "Patient Identification Number", "Date of notice"],
          2: ["Patient", "Medicare Number", "Date issued"],
          3: ["Name of patient", "Patient ID No.", "Notice date"],
          "es": ["Nombre del paciente", "Número de identificación del paciente", "Fecha del aviso"]}
SERVICES = {
    "pt_reduce": ("reduce", ["Physical therapy visits: from 3 visits a week to 1 visit a week"]),
    "sn_stop": ("stop", ["Skilled nursing visits for wound care (2 a week)", "Home health aide visits (3 a week)"]),
    "aide_reduce": ("reduce", ["Home health aide visits: from 5 a week to 2 a week",
                               "Medical social services: stopped after one more visit"]),
    "all_stop": ("stop", ["All skilled nursing visits", "Occupational therapy visits", "Home health aide visits"]),
    "ot_stop": ("stop", ["Occupational therapy visits (2 a week)"]),
    "es": ("reduce", ["Visitas de enfermería especializada: de 3 por semana a 1 por semana"]),
}
REASONS = {
    "doctor": "Your doctor has changed your home health plan of care orders. Your doctor, {doc}, MD, signed new "
              "orders on {orders}.",
    "agency": "The agency has decided that it cannot continue to provide these services. We no longer have enough "
              "therapists to serve your area on the days in your plan of care.",
    "goals": "Your doctor and our clinical team agree that you have met the goals in your plan of care for these "
             "services, and your doctor has ordered that they stop.",
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, hha, lab, ds, lang, kind, why, show_mbi):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
    eff = days(notice, r.randint(2, 5))
    soc = days(notice, -r.randint(20, 50))
    f = dict(hha=HHAS[hha], key=hha, lab=LABELS[lab], ds=ds, lang=lang, kind=kind, why=why, notice=notice, eff=eff,
             soc=soc, cert=(soc, days(soc, 59)), member=person(r, lang), addr=address(r, lang), doc=clinician(r),
             mbi=mbi(r) if show_mbi else None, mrn="MR-" + digits(r, 6), ph=local_phone(r),
             orders=days(notice, -r.randint(1, 3)), nextv=days(eff, -1), box=digits(r, 3),
             street=address(r)[0], sent=days(notice, 1 if kind == "fax" else 0))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f, parent=False):
    name, logo, sub = f["hha"]
    if parent:
        d.text_line("A Vexford Health Partners company", 7.6, h=4)
    if logo:
        d.text_line(logo, 20, "B", h=9)
        d.rule(0.8, 1)
        d.text_line(f"{name}  ·  {f['street']}, Cheyenne, WY 82009  ·  {f['ph']}", 8.3, h=4.3)
    else:
        d.text_line(name, 13, "B", h=6)
        d.text_line(f"{f['street']}", 9, h=4.5)
        d.text_line("Bisbee, AZ 85603", 9, h=4.5)
        d.text_line(f"Telephone {f['ph']}", 9, h=4.5)
    d.ln(4)


def build(f) -> bytes:
    L, fd, es, k = f["lab"], f["fd"], f["lang"] == "es", f["kind"]
    verb, items = SERVICES[f["why"][0]]
    d = Page("Form CMS-10280" + ("  (Español)" if es else "") + "  {p}")
    d.add_page()
    if k == "fax":
        d.text_line(f"{fdate(f['sent'], 'slash')} 09:41  FROM: {f['hha'][0]}  TO: {f['doc']}, MD office  P.1/1", 7.5,
                    h=4)
        d.ln(2)
    letterhead(d, f, parent=k in ("parent",))
    name = f["hha"][0]
    id_val = f["mbi"] or f["mrn"]
    rows = [(L[0], f["member"]), (L[1], id_val)]
    if f["mbi"] and k in ("table", "parent"):
        rows.append(("Agency record no.", f["mrn"]))
    rows.append((L[2], fd(f["notice"])))
    if es:
        d.text_line("Aviso de cambio en la atención médica en el hogar", 14, "B", h=8)
        pairs(d, rows, 78, 9.6)
        d.para(f"A partir del {fd(f['eff'])}, su agencia de salud en el hogar, {name}, reducirá los siguientes "
               "servicios de salud en el hogar:", 10)
        for it in items:
            d.text_line(f"   •  {it}", 9.8, h=5.5)
        d.ln(2)
        d.text_line("¿Por qué?", 10.5, "B", h=6)
        d.para(f"Su médico, {f['doc']}, cambió las órdenes de su plan de atención médica en el hogar.", 9.8)
        d.text_line("¿Qué puede hacer?", 10.5, "B", h=6)
        d.para("Si tiene preguntas sobre este cambio, hable con su médico. Si quiere seguir recibiendo estos "
               "servicios, puede necesitar nuevas órdenes de su médico o buscar otra agencia. Si tiene preguntas "
               f"sobre este aviso, llame a {name} al {f['ph']}. Para preguntas sobre Medicare, llame al "
               "1-800-MEDICARE (1-800-633-4227).", 9.6)
        d.para(f"Comienzo de la atención: {fdate(f['soc'], 'es')}.", 9.0)
        d.ln(4)
        d.text_line("Firma del paciente o representante: ______________________   Fecha: ____________", 9.6)
        return pdf_bytes(d)
    d.text_line("Home Health Change of Care Notice", 14, "B", h=8)
    if k == "table":
        d.boxes([(L[0], f["member"], 62), (L[1], id_val, 50), (L[2], fd(f["notice"]), 38)])
        d.ln(2)
        d.text_line(f"Agency record no. {f['mrn']}   ·   Start of care {fd(f['soc'])}", 8.6, h=4.6)
        d.ln(3)
    else:
        pairs(d, rows, 62, 9.6)
    d.para("NOTE: This notice tells you about a change in the home health services your home health agency gives "
           "you. It is not a decision by Medicare about what Medicare covers.", 9.0)
    d.text_line(f"Effective {fd(f['eff'])}, your home health agency will {verb} the following home health "
                f"{'services' if len(items) > 1 else 'service'}:", 10, "B", h=6)
    if k == "table":
        d.table(["Item or service", "Change"], [[it, verb.capitalize()] for it in items], [140, 30], size=9)
    else:
        for it in items:
            d.text_line(f"   •  {it}", 9.8, h=5.5)
        d.ln(2)
    d.text_line("This is because:", 10.5, "B", h=6)
    d.para(REASONS[f["why"][1]].format(doc=f["doc"], orders=fd(f["orders"])), 9.8)
    if k in ("rot", "parent"):
        d.para(f"Your plan of care runs from {fd(f['cert'][0])} through {fd(f['cert'][1])}. Our next visit is "
               f"planned for {fd(f['nextv'])}.", 9.2)
    d.text_line("What you can do", 10.5, "B", h=6)
    d.para("If you have questions about this change, talk with your doctor. If you want to keep getting these "
           "services, you may need new orders from your doctor, or you may look for another home health agency. "
           f"If you have questions about this notice, call {name} at {f['ph']} (Monday to Friday, 8 a.m. to "
           "4:30 p.m.). If you have questions about Medicare, call 1-800-MEDICARE (1-800-633-4227).", 9.4)
    d.ln(3)
    if k == "signed":
        d.text_line(f"Signature of patient or representative:  {f['member']} (signed)      Date:  "
                    f"{fd(f['notice'])}", 9.6)
    else:
        d.text_line("Please sign below to show you received this notice.", 9.4)
        d.ln(3)
        d.text_line("Signature: ________________________________    Date: ______________", 9.6)
    d.ln(3)
    d.para("CMS does not discriminate in its programs and activities. To request this notice in an alternative "
           "format, call 1-800-MEDICARE.", 7.8)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    alts = {"insurer": [None], "service_dates": [[]]}
    return truth("other", None, f["lang"], insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
                 service_dates=[iso(f["eff"])], denial_date=iso(f["notice"]), provider=f["hha"][0], alternates=alts)


# (stem, condition, agency, labels, date style, lang, layout kind, (services, reason), Medicare number printed)
PLAN = [
    ("home_health_change_of_care_notice_bd_pt_reduced_doctor_orders", "born_digital", "stone", 1, "long", "en",
     "plain", ("pt_reduce", "doctor"), True),
    ("home_health_change_of_care_notice_bd_nursing_stopped_agency", "born_digital", "tin", 2, "slash", "en", "table",
     ("sn_stop", "agency"), True),
    ("home_health_change_of_care_notice_scan_aide_reduced", "scan_clean_300", "stone", 3, "abbr", "en", "parent",
     ("aide_reduce", "doctor"), True),
    ("home_health_change_of_care_notice_lowres_aviso_es", "scan_lowres_150", "tin", "es", "es", "es", "plain",
     ("es", "doctor"), True),
    ("home_health_change_of_care_notice_rot_all_stopped_goals", "rotated", "stone", 1, "iso", "en", "rot",
     ("all_stop", "goals"), False),
    ("home_health_change_of_care_notice_copy_signed_ot_stopped", "photocopy", "tin", 3, "dmy", "en", "signed",
     ("ot_stop", "agency"), False),
    ("home_health_change_of_care_notice_faxs_physician_copy", "fax_standard_g4", "stone", 2, "mdy_nopad", "en", "fax",
     ("pt_reduce", "doctor"), True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, hha, lab, ds, lang, kind, why, show) in enumerate(PLAN):
        r = random.Random(95500 + i)
        f = facts(r, hha, lab, ds, lang, kind, why, show)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
