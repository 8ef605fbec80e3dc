"""Family 'mental_health_residential_denial': a behavioral health plan's decisions on residential mental-health
treatment: residential denied with partial hospitalization (PHP) or intensive outpatient (IOP) offered instead, a
criteria rationale paragraph (the plan's residential criteria, numbered, with what the record showed), and
concurrent reviews where the first days were approved and the next ones denied; one Spanish letter; one approval.

Issuers: Tirso Behavioral Health Plan ("TIRSO" logo word over "Behavioral Health Plan") and Marmilla Behavioral
Health, Inc. (manages behavioral health benefits for Sulcis Community Health Plan; parent line, return address
block). Kinds: pre-admission residential for depression, PHP offered (keyword "level of care"); concurrent review of
an eating-disorder stay (days approved, then denied, PHP offered); residential eating disorder, IOP offered in plain
words; Spanish residential substance-use denial with PHP offered; initial residential days approved (denies nothing);
concurrent review in plain words with a printed appeal date; residential for an adolescent denied as not medically
necessary, IOP offered. Decoys: date of birth, date request received, review dates, NPI, the reviewer's name and
credentials, the 72-hour expedited appeal, the external-review time limit, criteria version numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundu_famua import Page, address, days, digits, fdate, iso, mixed, npi, person, phone

FAMILY = "mental_health_residential_denial"
LANG = "en"
TIR, MAR, SUL = "Tirso Behavioral Health Plan", "Marmilla Behavioral Health, Inc.", "Sulcis Community Health Plan"
FACILITIES = ["Flumendosa Ridge Treatment Center", "Coghinas Valley Recovery Residence", "Limbara House",
              "Tavolara Adolescent Residential Program"]
ATTENDING = ["Dr. Ignazio P. Sanluri", "Dr. Rosalba C. Orgosolo", "Dr. Tonino E. Seneghe", "Dr. Mariuccia F. Bitti"]
REVIEWERS = ["Gianfranco D. Laconi, MD", "Assunta K. Tertenia, MD", "Raimondo V. Villasor, DO"]
# three label sets: (member, member id, group, facility, attending, level requested, case, admission, dates)
LABELS = [("Member", "Member ID", "Group", "Facility", "Attending physician", "Level of care requested",
           "Authorization #", "Admission date", "Dates not authorized"),
          ("Patient", "ID number", "Group no.", "Treatment facility", "Treating psychiatrist", "Service requested",
           "Reference number", "Planned admission", "Days denied"),
          ("Enrollee", "Subscriber ID", "Employer group", "Provider", "Requesting clinician", "Requested setting",
           "Case ID", "Date of admission", "Non-covered days")]


def facts(r: random.Random, kind: str, ins: str, ds: str, lab: int, app: str) -> dict:
    letter = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 230))
    lang = "es" if kind == "es" else "en"
    adm = days(letter, r.randint(2, 8)) if kind in ("pre_php", "teen", "ed_iop", "es", "approve") else \
        days(letter, -r.randint(12, 20))
    f = dict(kind=kind, ins=ins, ds=ds, L=LABELS[lab], app=app, letter=letter, lang=lang, adm=adm,
             member=person(r, lang), addr=address(r, lang), mid=mixed(r, "TB9999999-0") if ins == TIR else
             mixed(r, "MBH99999999"), grp=digits(r, 5) if ins == TIR else mixed(r, "GR-9999"),
             fac=r.choice(FACILITIES), doc=r.choice(ATTENDING), rev=r.choice(REVIEWERS), npi=npi(r), ph=phone(r),
             case=mixed(r, "RT99-99999"), ref=mixed(r, "CR9999999"), dob=dt.date(r.randint(1961, 1999), r.randint(1, 12),
                                                                            r.randint(1, 28)),
             recv=days(letter, -r.randint(1, 3)), by=days(letter, 180), fd=lambda x: fdate(x, ds))
    if kind == "teen":
        f["dob"] = dt.date(2010, r.randint(1, 12), r.randint(1, 28))
        f["fac"] = FACILITIES[3]
    if kind in ("concurrent", "concurrent_plain"):
        f["ok_to"] = days(f["adm"], r.randint(9, 13))
        f["den_from"], f["den_to"] = days(f["ok_to"], 1), days(f["ok_to"], 7)
    if kind == "approve":
        f["ok_to"] = days(adm, 9)
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == TIR:
        d.text_line("TIRSO", 24, "B", h=10)
        d.text_line("Behavioral Health Plan", 10, h=5)
        d.rule(0.8, 1)
        d.text_line("Utilization Management  ·  2250 Tirso Bend Road  ·  Riverton, WY 82501", 8, h=4)
    else:
        d.text_line(f"Behavioral health benefits for members of {SUL}", 8, h=4)
        d.text_line(MAR, 15, "B", h=7.5)
        for ln in ["Care Management Department", "PO Box 88216", "Sedalia, MO 65301"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.4, 1)
    d.ln(3)


CRITERIA = [
    "1. The member is a danger to self or others, or cannot care for basic needs, such that 24-hour supervision "
    "is required.",
    "2. The member has not improved with treatment at a less intensive level of care, or that level is not "
    "available.",
    "3. The member's symptoms cannot be managed safely outside a 24-hour setting.",
]


def rationale(f: dict) -> str:
    k = f["kind"]
    if k in ("concurrent", "concurrent_plain"):
        return ("At the last review the record showed the member eating all planned meals without supervision, "
                "weight restored to 92% of the goal, no purging for nine days and no thoughts of self-harm. Criteria "
                "1 and 3 are no longer met.")
    if k == "ed_iop":
        return ("The notes show stable vital signs and weight, no purging in the last month and a supportive family. "
                "You do not need 24-hour care to keep you safe; you can live at home while going to a program three "
                "hours a day, four days a week.")
    if k == "teen":
        return ("The assessment shows no recent self-harm, no danger to others and good school attendance. Outpatient "
                "therapy has not yet been tried at the weekly intensity the record recommends. Criteria 1, 2 and 3 "
                "are not met, so the residential program is not medically necessary.")
    return ("The records show depressed mood and poor sleep, but no current plan to harm yourself, no psychosis, and "
            "a safe place to live with family. Criteria 1 and 3 are not met. Your needs can be met in a partial "
            "hospitalization program, which provides treatment six hours a day, five days a week.")


def build_en(f: dict) -> bytes:
    L, fd, k = f["L"], f["fd"], f["kind"]
    d = Page("TBHP-UM-RES 04/2025  ·  Page {p} of {n}" if f["ins"] == TIR else "MBH-LOC-22  ·  Page {p} of {n}",
             header=f"{f['member']}  ·  {L[6]} {f['case']}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["letter"]), 10, h=6)
    d.ln(1)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    conc = k in ("concurrent", "concurrent_plain")
    rows = [(L[0], f["member"]), ("Date of birth", fdate(f["dob"], "slash")), (L[1], f["mid"]), (L[2], f["grp"]),
            (L[3], f"{f['fac']} (NPI {f['npi']})"), (L[4], f["doc"]),
            (L[5], "Residential treatment center (mental health)"), (L[6], f["case"])]
    if conc:
        rows += [("Concurrent review no.", f["ref"]), (L[7], fd(f["adm"])),
                 ("Days approved", f"{fd(f['adm'])} through {fd(f['ok_to'])}"),
                 (L[8], f"{fd(f['den_from'])} through {fd(f['den_to'])}")]
    else:
        rows += [("Request received", fd(f["recv"])), (L[7], fd(f["adm"]))]
    d.kv(rows, lw=52, size=9)
    d.ln(3)
    if k == "approve":
        d.text_line("Re: Residential treatment approved", 10.5, "B", h=6)
        d.para(f"Good news. We approved residential treatment at {f['fac']} for {fd(f['adm'])} through "
               f"{fd(f['ok_to'])}. The facility will call us before the last approved day so we can review your "
               "progress and decide on more days. This approval is not a guarantee of payment if your coverage "
               "ends.", 9.6)
        d.para(f"Questions? Call us at {f['ph']} (TTY 711).", 9.6)
        sign(d, f)
        return pdf_bytes(d)
    d.text_line("Re: Residential treatment request", 10.5, "B", h=6)
    alt = "intensive outpatient program (IOP)" if k in ("ed_iop", "teen") else "partial hospitalization program (PHP)"
    if k == "concurrent":
        dec = (f"We reviewed the request for more days of residential treatment. We approved the days through "
               f"{fd(f['ok_to'])}. We denied the days from {fd(f['den_from'])} through {fd(f['den_to'])} because "
               f"residential care is no longer the right level of care. We approved a step down to a {alt} instead.")
    elif k == "concurrent_plain":
        dec = (f"Your stay at {f['fac']} was covered through {fd(f['ok_to'])}. We will not pay for more days there "
               f"after that date. You can keep getting treatment during the day in a {alt} and sleep at home.")
    elif k == "pre_php":
        dec = (f"We denied the request for residential treatment. Residential care is not the right level of care "
               f"for you at this time. We approved a {alt} instead.")
    elif k == "teen":
        dec = (f"We denied the request for residential treatment for {f['member']}. The service is not medically "
               f"necessary. We will cover an {alt} instead.")
    else:
        dec = (f"We cannot approve a stay at {f['fac']}. You can be treated safely without staying overnight. We "
               f"will cover an {alt} near your home.")
    d.head("What we decided", 10)
    d.para(dec, 9.6)
    d.head("Why we decided this (criteria rationale)", 10)
    d.para(f"We used the {'Tirso' if f['ins'] == TIR else 'Marmilla'} Residential Treatment Criteria, version 2026.1. "
           "Residential treatment is covered when all of these are met:", 9.2, gap=1)
    for c in CRITERIA:
        d.para(c, 8.8, gap=0.5)
    d.ln(1.5)
    d.para(rationale(f), 9.4)
    d.para(f"Your doctor may talk with our reviewer, {f['rev']}, by calling {f['ph']} within 5 business days "
           "(peer-to-peer review).", 9.2)
    d.head("Your right to appeal", 10)
    t = {"180": "You may appeal this decision within 180 days of the date of this letter.",
         "date": f"Your written appeal must reach us by {fd(f['by'])}.",
         "recv": "You have 180 days from the day you receive this letter to file an appeal."}[f["app"]]
    d.para(t + " If waiting could seriously harm your health, ask for an expedited appeal; we decide those within 72 "
           "hours. After our final decision you may ask for an independent external review within 4 months. You "
           "have the right to request, free of charge, the criteria and records we used.", 9.2)
    sign(d, f)
    return pdf_bytes(d)


def sign(d: Page, f: dict) -> None:
    d.ln(2)
    d.text_line("Sincerely,", 9.6, h=5)
    d.ln(4)
    d.text_line(f["rev"], 9.6, h=5)
    d.text_line("Physician Reviewer, " + (TIR if f["ins"] == TIR else MAR), 9, h=5)
    d.text_line(f"cc: {f['doc']}; {f['fac']}", 8.4, h=5)


def build_es(f: dict) -> bytes:
    d = Page("MBH-LOC-22-SP  ·  Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["letter"], "es"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.kv([("Afiliado", f["member"]), ("Número de afiliado", f["mid"]), ("Grupo", f["grp"]),
          ("Centro de tratamiento", f"{f['fac']} (NPI {f['npi']})"), ("Médico tratante", f["doc"]),
          ("Servicio solicitado", "Tratamiento residencial (uso de sustancias)"), ("Número de caso", f["case"]),
          ("Fecha de ingreso prevista", fdate(f["adm"], "es"))], lw=56, size=9)
    d.ln(3)
    d.head("Lo que decidimos", 10)
    d.para("Negamos la solicitud de tratamiento residencial. El tratamiento residencial no es el nivel de atención "
           "adecuado en este momento. Aprobamos en su lugar un programa de hospitalización parcial (PHP), con "
           "tratamiento seis horas al día, cinco días a la semana.", 9.6)
    d.head("Por qué lo decidimos", 10)
    d.para("Usamos los Criterios de Tratamiento Residencial de Marmilla, versión 2026.1. Los registros muestran que "
           "usted no tiene síntomas graves de abstinencia, no tiene riesgo de hacerse daño y tiene un hogar "
           "estable. No se cumplen los criterios 1 y 3.", 9.4)
    d.head("Su derecho a apelar", 10)
    d.para("Puede apelar esta decisión dentro de los 180 días a partir de la fecha de esta carta. Si esperar puede "
           "dañar su salud, pida una apelación acelerada (72 horas). Después de nuestra decisión final puede pedir "
           f"una revisión externa dentro de 4 meses. Llame al {f['ph']} (TTY 711).", 9.2)
    d.ln(2)
    d.text_line(f["rev"], 9.6, h=5)
    d.text_line("Médico revisor, " + MAR, 9, h=5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f["doc"]]}
    if f["ins"] == MAR:
        alts["insurer"] = [SUL]
    if k == "approve":
        alts["service_dates"] = [[iso(f["adm"], f["ok_to"])]]
        return truth("other", None, "en", insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                     member_name=f["member"], case_numbers=[f["case"]], service_dates=[iso(f["adm"])],
                     denial_date=iso(f["letter"]), provider=f["fac"], alternates=alts)
    conc = k in ("concurrent", "concurrent_plain")
    if conc:
        sd = [iso(f["den_from"], f["den_to"])]
        alts["service_dates"] = [[iso(f["den_from"])]]
        cases = [f["case"], f["ref"]]
        alts["case_numbers"] = [[f["case"]]]
    else:
        sd, cases = [iso(f["adm"])], [f["case"]]
    dl = {"180": iso(days(f["letter"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["letter"], 180))]
    return truth("denial_letter", "level_of_care", f["lang"], insurer=f["ins"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=cases, service_dates=sd,
                 denial_date=iso(f["letter"]), provider=f["fac"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=["medical_necessity"])


# (stem, condition, kind, insurer, date style, label set, appeal wording)
PLAN = [
    ("mental_health_residential_denial_bd_php_offered", "born_digital", "pre_php", TIR, "long", 0, "180"),
    ("mental_health_residential_denial_bd_concurrent_review", "born_digital", "concurrent", MAR, "slash", 1, "180"),
    ("mental_health_residential_denial_scan_eating_disorder_iop", "scan_clean_300", "ed_iop", TIR, "abbr", 2, "recv"),
    ("mental_health_residential_denial_rot_spanish", "rotated", "es", MAR, "es", 0, "180"),
    ("mental_health_residential_denial_faxf_days_approved", "fax_fine_g4", "approve", TIR, "dmy", 1, "180"),
    ("mental_health_residential_denial_photo_concurrent_plain", "phone_photo", "concurrent_plain", TIR, "iso", 2,
     "date"),
    ("mental_health_residential_denial_copy_adolescent_iop", "photocopy", "teen", MAR, "long", 1, "180"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, lab, app) in enumerate(PLAN):
        f = facts(random.Random(98100 + i), kind, ins, ds, lab, app)
        pdf = build_es(f) if kind == "es" else build_en(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
