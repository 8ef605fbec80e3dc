"""Family 'vision_medical_eye_exam_misbilled': eye exams billed to the wrong plan: a routine (refractive) exam billed
to the medical plan and denied as routine vision, a medical eye exam billed to the vision plan and denied as
medical, and coding denials (refraction 92015, an E/M code on the vision plan, a routine diagnosis on a medical exam).

Insurers (fictional): Coniston Health Plan (the medical plan; return-address block letterhead; EOBs print a Plan
ID) and Hawkshead Vision Plan (logo word "HAWKSHEAD" over a rule). Eye care providers: Kendal Eye Associates and
Whitchurch Family Optometry, rendering doctors by name.
Layout model: three letters follow the layout and question headings of the U.S. Department of Labor / HHS "Model
Notice of Adverse Benefit Determination" (2011, for ACA internal claims and appeals): a "Claim Information" block
(Patient Name, Claim number, Date of Service, Provider, Amount billed), "Reason for Denial", "Denial Code", the
diagnosis-and-treatment-code sentence, then questions ("What if I need help understanding this denial?", "What if
I don't agree with this decision?", "How do I file an appeal?", "What if my situation is urgent?", "Who may file an
appeal?", "Can I provide additional information about my claim?", "Can I request copies of information relevant to
my claim?", "What happens next?", "Other resources to help you") and a Spanish language tagline; one of them in
Spanish. Values are invented. The rest: two medical-plan EOBs (a denial, a paid corrected claim), a vision-plan EOB
with an E/M code denied, and a plain-words letter.
Decoys: the other plan's name and phone, the corrected claim's original claim number, the vision plan's benefit
period and next-eligible date, the exam's diagnosis codes, the clinic's NPI, the 72-hour and 4-month limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundy_famyc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                              money, npi, pairs, person, phone, usd)

FAMILY = "vision_medical_eye_exam_misbilled"
LANG = "en"
PLANS = {
    "con": dict(name="Coniston Health Plan", style="return",
                line2="Claims Review Unit | 4415 Whitchurch Street | Kankakee, IL 60901", mid="CHP999999999",
                claim="99999A99999", plan="CHP-PPO-9999"),
    "hawk": dict(name="Hawkshead Vision Plan", style="logo", logo="HAWKSHEAD",
                 line2="Member Claims | PO Box 3380 | Natchitoches, LA 71458", mid="HV99999999",
                 claim="V9999999999", plan=None),
}
CLINICS = ["Kendal Eye Associates", "Whitchurch Family Optometry"]
# label sets: patient, claim, date of service, provider, amount billed, member id, group
LAB = {"dol": ["Patient Name", "Claim number", "Date of Service", "Provider", "Amount billed", "Member ID",
               "Group number"],
       2: ["Member", "Claim #", "Service date", "Rendering provider", "Charges", "ID number", "Group"],
       3: ["Patient", "Claim ID", "Date(s) of service", "Eye care provider", "Total billed", "Subscriber ID",
           "Employer group"],
       "es": ["Nombre del paciente", "Número de reclamación", "Fecha de servicio", "Proveedor", "Cantidad facturada",
              "Núm. de miembro", "Grupo"]}
CODES = {"routine": [("92014", "Eye exam, established patient"), ("92015", "Determination of refractive state")],
         "routine_new": [("92004", "Eye exam, new patient"), ("92015", "Determination of refractive state")],
         "medical": [("92014", "Eye exam, established patient"), ("92250", "Fundus photography")],
         "em": [("99214", "Office visit, established, moderate"), ("92015", "Refraction")],
         "cataract": [("92004", "Eye exam, new patient"), ("92136", "Ophthalmic biometry")]}
REASONS = {
    "routine_med": ("Routine vision exams are not covered under your medical plan. The claim was billed with a routine "
                    "eye exam diagnosis (Z01.00) and no eye disease. Routine exams, refractions, glasses and contact "
                    "lenses are covered only by a vision plan. If you have vision coverage, ask your provider to send "
                    "the claim to that plan.", "N-RV11"),
    "medical_vis": ("This exam was for a medical eye condition (diagnosis H40.1131, glaucoma), not a routine vision "
                    "exam. Your vision plan covers one routine exam for vision correction each benefit period. "
                    "Medical eye care is not a covered benefit under the vision plan and must be billed to your "
                    "medical insurance.", "VX-MED"),
    "coding": ("Coding error: procedure 92015 (refraction) was billed with diagnosis H52.13 only. The diagnosis "
               "code on the claim does not support a medical eye exam (92014) under your medical plan, and refraction "
               "is never payable under medical benefits. The claim may be corrected and resubmitted with the "
               "diagnosis that was treated.", "CO-11"),
}


def _fd(f, x):
    return fdate(x, f["ds"])


def _claim_block(d: Page, f: dict, L: list) -> None:
    pairs(d, [(L[0], f["member"]), (L[5], f["mid"]), (L[6], f["grp"]), (L[1], f["claim"]), (L[2], _fd(f, f["dos"])),
              (L[3], f"{f['doc']}, {f['cred']} - {f['clinic']}"), (L[4], usd(f["billed"], f["ms"]))], kw=52)


def dol_letter(f: dict) -> bytes:
    """The DOL/HHS model notice layout."""
    es = f["lang"] == "es"
    p = PLANS[f["plan"]]
    L = LAB["es" if es else "dol"]
    d = Page(foot=("Página {p} de {n}" if es else "Page {p} of {n}"), header=f"{p['name']} - {f['claim']}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Aviso de determinación adversa de beneficios" if es else "Notice of Adverse Benefit Determination",
                14, "B", h=7)
    d.para("Guarde este aviso para sus registros." if es else "IMPORTANT: Keep this notice for your records.", 9.5, 1)
    d.text_line("Información de la reclamación" if es else "Claim Information", 11, "B", h=6)
    _claim_block(d, f, L)
    reason, code = REASONS[f["why"]]
    if es:
        reason = ("Los exámenes de la vista de rutina no están cubiertos por su plan médico. La reclamación se "
                  "facturó con un diagnóstico de examen de rutina (Z01.00) y sin enfermedad de los ojos. Los "
                  "exámenes de rutina, la refracción y los anteojos solo los cubre un plan de visión.")
    d.text_line("Motivo de la denegación" if es else "Reason for Denial", 11, "B", h=6)
    d.para(reason, 10)
    d.para(("Código de denegación: " if es else "Denial Code: ") + code, 10)
    d.para("Puede pedir los códigos de diagnóstico y de tratamiento y su significado, sin costo." if es else
           "Diagnosis and treatment codes: Upon request, you can ask for the diagnosis code(s) and treatment code(s) "
           "and their meanings. These will be provided free of charge.", 9.5)
    qa = ([("¿Qué pasa si necesito ayuda para entender esta denegación?",
            f"Llámenos al {f['ph']} si necesita ayuda para entender este aviso."),
           ("¿Qué pasa si no estoy de acuerdo con esta decisión?",
            "Tiene derecho a apelar cualquier decisión de no pagar un servicio, total o parcialmente."),
           ("¿Cómo presento una apelación?",
            "Envíe una solicitud por escrito dentro de 180 días a partir de la fecha de este aviso a la dirección "
            "de arriba."),
           ("¿Qué pasa si mi situación es urgente?",
            "Puede pedir una apelación acelerada; le contestaremos dentro de 72 horas.")] if es else
          [("What if I need help understanding this denial?",
            f"Contact us at {f['ph']} if you need assistance understanding this notice or our decision."),
           ("What if I don't agree with this decision?",
            "You have a right to appeal any decision not to provide or pay for an item or service (in whole or in "
            "part)."),
           ("How do I file an appeal?",
            f"Submit a written request for an appeal by {_fd(f, f['dl'])} to {p['name']}, at the address above. "
            "Include a copy of this notice and any other information you want considered."
            if f["dl_style"] == "date" else
            "Submit a written request for an appeal within 180 days of the date of this notice to the address "
            "above. Include a copy of this notice and any other information you want considered."),
           ("What if my situation is urgent?",
            "If your situation meets the definition of urgent under the law, your review will be conducted within "
            "72 hours."),
           ("Who may file an appeal?",
            "You or someone you name to act for you (your authorized representative) may file an appeal."),
           ("Can I provide additional information about my claim?",
            "Yes, you may supply additional information. The claims decision was based on the claim as billed."),
           ("Can I request copies of information relevant to my claim?",
            "Yes, you may request copies (free of charge)."),
           ("What happens next?",
            "If you appeal, we will review our decision and send you a written decision. If we continue to deny "
            "payment, you may be able to request an external review within 4 months of our final decision."),
           ("Other resources to help you",
            f"Your vision benefits, if any, may be with another plan; {f['other_plan']} can be reached at "
            f"{f['other_ph']}. You may also contact your state's consumer assistance program.")])
    for q, a in qa:
        d.text_line(q, 10, "B", h=5.5)
        d.para(a, 9.6, 1.5)
    d.ln(1)
    d.para("ENGLISH: For assistance in English, call " + f["ph"] + "." if es else
           f"SPANISH (Español): Para obtener asistencia en Español, llame al {f['ph']}.", 8.5)
    return pdf_bytes(d)


def plain_letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab"]]
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line(f"About your eye exam on {_fd(f, f['dos'])}", 13, "B", h=7)
    _claim_block(d, f, L)
    d.para(f"Dear {f['member'].split()[0]},", 10)
    d.para(f"{f['clinic']} sent us a bill for a yearly eye exam and a glasses prescription. Your medical plan pays "
           "for eye care when you have an eye disease or injury, such as glaucoma, cataracts or diabetes affecting "
           "the eyes. It does not pay for check-ups of your eyesight or for glasses, so we will not pay this bill.",
           10)
    d.para(f"If you have vision insurance, such as {f['other_plan']}, your eye doctor can send the bill there. If "
           "the exam was really for an eye problem, your eye doctor can send us a corrected bill.", 10)
    d.text_line("If you disagree", 11, "B", h=6)
    d.para("You can ask us to look at this again. Send your request within 180 days of the date of this letter. "
           f"Call {f['ph']} if you need help.", 10)
    d.text_line("Coniston Health Plan, Member Services", 10, h=5)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab"]]
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""))
    d.text_line("Explanation of Benefits", 14, "B", h=7)
    mail_to(d, f["member"], *f["addr"])
    rows = [("Statement date", _fd(f, f["date"])), (L[0], f["member"]), (L[5], f["mid"]), (L[6], f["grp"])]
    if p["plan"]:
        rows.append(("Plan ID", f["planid"]))
    rows += [(L[1], f["claim"]), (L[3], f"{f['doc']}, {f['cred']}"), ("Facility", f["clinic"])]
    if f.get("orig"):
        rows.append(("Replaces claim", f["orig"]))
    pairs(d, rows, kw=46)
    paid = f.get("why") == "paid"
    trs = []
    for code, desc, amt in f["lines"]:
        if paid:
            allowed = round(amt * 0.7, 2)
            trs.append([_fd(f, f["dos"]), code, desc[:30], usd(amt, f["ms"]), usd(allowed, f["ms"]),
                        usd(round(allowed - 40, 2), f["ms"]), "PD"])
        else:
            trs.append([_fd(f, f["dos"]), code, desc[:30], usd(amt, f["ms"]), usd(0, f["ms"]), usd(0, f["ms"]),
                        f["rc"]])
    trs.append(["*Total", "", "", usd(f["billed"], f["ms"]), "", "", ""])
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Paid", "Note"], trs, [22, 14, 58, 22, 22, 22, 14],
            size=8.3, aligns="LLLRRRC")
    if paid:
        d.para(f"PD - Paid. This corrected claim lists diagnosis H25.13 (age-related cataract); the exam is a medical "
               f"eye exam under your medical benefits. You owe your $40.00 specialist copay. The earlier claim "
               f"{f['orig']} processed on {_fd(f, f['orig_date'])} is replaced by this one.", 9.5)
    elif f["plan"] == "hawk":
        d.para(f"{f['rc']} - Procedure code 99214 is a medical office visit code and is not payable under the vision "
               "plan. Routine vision exams must be billed with eye exam codes 92004/92014 and S0620/S0621. Your "
               "provider may send a corrected claim; the refraction was denied with the visit.", 9.5)
        d.para(f"Your routine exam benefit: 1 exam every 12 months. Benefit period {_fd(f, f['bp'])} to "
               f"{_fd(f, days(f['bp'], 364))}. Next eligible: {_fd(f, days(f['dos'], 365))}.", 9)
    else:
        d.para(f"{f['rc']} - Not covered: routine eye examinations and refractions are excluded from your medical "
               "benefits. Bill your vision plan if you have one.", 9.5)
    if not paid:
        d.para("To appeal, write to us within 180 days from the date of this statement.", 9.5)
    d.para(f"Questions? {f['ph']}   Provider NPI {f['npi']}", 9)
    return pdf_bytes(d)


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    member = person(r, lang)
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 240))
    dos = days(date, -r.randint(20, 50))
    lines = [(c, dsc, money(r, 60, 240)) for c, dsc in CODES[spec["codes"]]]
    other = "hawk" if spec["plan"] == "con" else "con"
    f = dict(spec, lang=lang, member=member, date=date, dos=dos, lines=lines,
             billed=round(sum(x[2] for x in lines), 2), mid=mixed(r, p["mid"]), grp=digits(r, 7),
             claim=mixed(r, p["claim"]), planid=mixed(r, p["plan"]) if p["plan"] else None,
             doc=clinician(r, member), clinic=CLINICS[spec.get("clinic", 0)], addr=address(r, lang), ph=phone(r),
             npi=npi(r), other_plan=PLANS[other]["name"], other_ph=phone(r), dl=days(date, 180),
             orig=mixed(r, p["claim"]) if spec.get("why") == "paid" else None, orig_date=days(dos, 12),
             bp=dt.date(date.year, 1, 1), rc=spec.get("rc", ""))
    f["cred"] = "MD" if spec.get("clinic", 0) == 0 else "OD"
    return f


def make_truth(f: dict, doc_type: str, denial: str | None, dalts=None) -> dict:
    p = PLANS[f["plan"]]
    alts = {"provider": [f["clinic"]]}
    if f.get("orig"):
        alts["case_numbers"] = [[f["claim"], f["orig"]]]
    return truth(doc_type, denial, f["lang"], insurer=p["name"], plan_id=f["planid"], member_id=f["mid"],
                 group_number=f["grp"], member_name=f["member"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(f["date"]),
                 provider=f["doc"], appeal_deadline=None if denial is None else iso(f["dl"]), alternates=alts,
                 denial_alternates=dalts)


PLAN = [
    ("vision_medical_eye_exam_misbilled_bd_eob_routine", "born_digital", "eob", "not_covered", None,
     dict(plan="con", lab=2, ds="slash", ms="plain", codes="routine", rc="RV")),
    ("vision_medical_eye_exam_misbilled_bd_dol_medical_on_vision", "born_digital", "dol", "not_covered", ["other"],
     dict(plan="hawk", ds="long", ms="plain", codes="medical", why="medical_vis", dl_style="date", clinic=0)),
    ("vision_medical_eye_exam_misbilled_scan_dol_coding", "scan_clean_300", "dol", "coding_error", ["not_covered"],
     dict(plan="con", ds="abbr", ms="plain", codes="routine", why="coding", dl_style="days", clinic=1)),
    ("vision_medical_eye_exam_misbilled_lowres_eob_paid", "scan_lowres_150", "eob", None, None,
     dict(plan="con", lab=3, ds="iso", ms="nosign", codes="cataract", why="paid", clinic=0)),
    ("vision_medical_eye_exam_misbilled_rot_vision_eob_em", "rotated", "eob", "coding_error", ["not_covered"],
     dict(plan="hawk", lab=3, ds="dmy", ms="usd", codes="em", rc="V27", clinic=1)),
    ("vision_medical_eye_exam_misbilled_faxs_es_dol", "fax_standard_g4", "dol", "not_covered", None,
     dict(plan="con", ds="es", ms="es", codes="routine_new", why="routine_med", dl_style="days", lang="es",
          clinic=1)),
    ("vision_medical_eye_exam_misbilled_phone_plain", "phone_photo", "plain", "not_covered", None,
     dict(plan="con", lab=2, ds="long", ms="space", codes="routine", clinic=1)),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, denial, dalts, spec) in enumerate(PLAN):
        f = facts(random.Random(103520 + i), spec)
        if kind != "eob":
            f["planid"] = None  # letters print no plan ID
        if kind == "eob":
            pdf, dt_ = eob(f), "eob"
        elif kind == "dol":
            pdf, dt_ = dol_letter(f), "denial_letter"
        else:
            pdf, dt_ = plain_letter(f), "denial_letter"
        items.append(Item(stem, cond, [(pdf, make_truth(f, dt_, denial, dalts))]))
    return items
