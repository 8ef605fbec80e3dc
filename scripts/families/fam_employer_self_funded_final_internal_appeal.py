"""Family 'employer_self_funded_final_internal_appeal': self-funded (ERISA) employer health plans' decisions on a
final internal appeal, with the content 29 CFR 2560.503-1(g) and (j) require: plan name and ERISA plan number, the
claim (date of service, provider, amount), the specific reason and plan provision, the internal guideline or the
clinical judgment used, the reviewer (a clinician not involved in the first decision), the right to the documents
free of charge, the right to sue under ERISA section 502(a) and the right to an independent external review.
Upheld denials (medical necessity, exclusion, experimental, out of network, level of care), one overturned
decision, one Spanish decision.

Layouts (three invented issuers):
- Warrender Benefit Services, Inc. (TPA, "WARRENDER" logo word over a rule), for the Chipperfield Tooling Company
  Employee Health Benefit Plan.
- Halesowen Plan Administrators (TPA, return-address block), for the Loftus Freight Lines Group Health Plan.
- Saltburn Castings Corporation Health & Welfare Plan (the plan administrator's own letterhead, parent line
  "Saltburn Castings Corporation - Human Resources" above).
Decoys: the appeal-received date, the first denial's date and number, the reviewer's firm (Bovey Medical Review),
the employer's name, the 4-month external-review limit, the ERISA 502(a) civil action.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundz_famzb import (address, clinician, days, digits, fdate, iso, m2, mixed, npi, pairs, person, phone,
                              usd)

FAMILY = "employer_self_funded_final_internal_appeal"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"war": "Warrender Benefit Services, Inc.", "hal": "Halesowen Plan Administrators",
       "sal": "Saltburn Castings Corporation Health & Welfare Plan"}
PLAN = {"war": "Chipperfield Tooling Company Employee Health Benefit Plan",
        "hal": "Loftus Freight Lines Group Health Plan", "sal": "Saltburn Castings Corporation Health & Welfare Plan"}
LABELS = {
    1: ["Date", "Claimant", "Patient", "Participant ID", "Plan number", "Employer group", "Claim number",
        "Appeal number", "Date of service", "Provider", "Amount billed"],
    2: ["Decision date", "Employee", "Patient name", "Member ID", "ERISA Plan No.", "Group #", "Claim #",
        "Appeal ID", "Service date(s)", "Health care provider", "Claim amount"],
    3: ["Date of notice", "Plan participant", "Covered person", "ID number", "Plan No.", "Group number",
        "Claim reference", "Appeal file", "Dates of service", "Treating provider", "Charges"],
    "es": ["Fecha", "Participante", "Paciente", "Núm. de identificación", "Núm. del plan", "Grupo",
           "Núm. de reclamación", "Núm. de apelación", "Fecha de servicio", "Proveedor", "Cantidad del reclamo"],
}
# kind -> (doc type, denial, denial alternates, service, amount, specialty)
KINDS = {
    "mednec": ("denial_letter", "medical_necessity", None, "Lumbar spinal fusion, L4-L5 (22612)", 48250.00,
               "orthopedic spine surgery"),
    "overturn": ("other", None, None, "Continuous glucose monitor and sensors (E2103)", 3184.60, "endocrinology"),
    "exclusion": ("denial_letter", "not_covered", None, "Bilateral hearing aids (V5261)", 5640.00, "otolaryngology"),
    "experimental": ("denial_letter", "experimental", None, "Gene expression profiling test (81599)", 4175.00,
                     "medical oncology"),
    "es_oon": ("denial_letter", "out_of_network", None, "Resonancia magnética de rodilla (73721)", 2310.00,
               "radiología"),
    "oon": ("denial_letter", "out_of_network", None, "Arthroscopic knee surgery (29881)", 12890.00,
            "orthopedic surgery"),
    "loc": ("denial_letter", "level_of_care", ["medical_necessity"], "Inpatient rehabilitation facility stay",
            27460.00, "physical medicine and rehabilitation"),
}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "war":
        d.text_line("WARRENDER", 22, "B", h=9)
        d.rule(0.9, 1.5)
        d.text_line("Warrender Benefit Services, Inc. | Claims Administrator | PO Box 2290, Lander, WY 82520", 8, h=4)
        d.ln(4)
    elif f["ins"] == "sal":
        d.text_line("Saltburn Castings Corporation - Human Resources", 7.5, align="C", h=3.8)
        d.text_line("Saltburn Castings Corporation Health & Welfare Plan", 13, "B", align="C", h=7)
        d.text_line(f"Plan Administrator  ·  1 Foundry Row, Gillette, WY 82716  ·  {f['ph']}", 8, align="C", h=4)
        d.rule(0.4, 4)
    else:
        for ln, sz, st in (("Halesowen Plan Administrators", 12.5, "B"), ("Appeals Unit", 9, ""),
                           ("PO Box 6031", 9, ""), ("Sturgis, SD 57785", 9, "")):
            d.text_line(ln, sz, st, h=4.6)
        d.ln(4)


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    kind = f["kind"]
    _, _, _, serv, fee, spec = KINDS[kind]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["date"]), 10, h=5)
    d.ln(2)
    for ln in (f["emp"], *f["addr"]):
        d.text_line(ln, 10, h=4.6)
    d.ln(3)
    title = ("Aviso de determinación adversa final de la apelación interna" if es else
             "Notice of Final Internal Appeal Decision" if kind == "overturn" else
             "Notice of Final Internal Adverse Benefit Determination")
    d.text_line(title, 12, "B", h=6.5)
    svc = fd(f["svc"]) if not f.get("svc_end") else f"{fd(f['svc'])} - {fd(f['svc_end'])}"
    rows = [(L[1], f["emp"]), (L[2], f["member"]), (L[3], f["mid"]),
            ("Plan" if not es else "Plan", PLAN[f["ins"]]), (L[4], f["planno"]), (L[5], f["grp"]),
            (L[6], f["claim"]), (L[7], f["appeal_no"]), (L[8], svc), (L[9], f"{f['doc']}, MD, {f['fac']}"),
            (L[10], usd(fee, f["mo"]))]
    pairs(d, rows, kw=44, size=9.2)
    first = f["emp"].split()[0]
    rev = f"{f['rev']}, MD"
    if es:
        d.para(f"Estimado(a) {first}: Recibimos su apelación el {fd(f['recv'])} sobre nuestra denegación del "
               f"{fd(f['first'])}. Esta es la decisión final de la apelación interna: CONFIRMAMOS la denegación.", 9.6)
        d.text_line("Razón de la decisión", 10, "B", h=5.5)
        d.para(f"El servicio ({serv}) lo dio un proveedor que no pertenece a la red del plan. El plan no paga "
               "servicios fuera de la red, salvo emergencias, y este no fue una emergencia. Disposición del plan: "
               "Descripción Resumida del Plan (SPD), Sección 5.3, Proveedores de la red. Revisó la apelación "
               f"{rev}, especialista en {spec}, que no participó en la primera decisión.", 9.6)
    elif kind == "overturn":
        d.para(f"Dear {first}: We received your appeal on {fd(f['recv'])} of our {fd(f['first'])} decision on the "
               f"claim above. {rev}, board-certified in {spec} with Bovey Medical Review, who took no part in the "
               "first decision, reviewed the records your doctor sent.", 9.6)
        d.text_line("Decision: OVERTURNED", 10, "B", h=5.5)
        d.para("The records show your blood sugar readings meet the plan's criteria for a continuous glucose "
               "monitor. We have reversed our earlier decision and approved the claim. It will be reprocessed and "
               "paid under your plan's durable medical equipment benefit within 30 days; your deductible and "
               "coinsurance apply. You will receive a new Explanation of Benefits.", 9.6)
    else:
        d.para(f"Dear {first}: On {fd(f['recv'])} we received your appeal of our {fd(f['first'])} decision "
               f"(reference {f['first_ref']}). This is the plan's final internal decision. {rev}, board-certified "
               f"in {spec} with Bovey Medical Review, who was not involved in the first decision and does not "
               "report to the person who made it, reviewed your appeal and all records you sent.", 9.6)
        d.text_line("Decision: the denial is UPHELD", 10, "B", h=5.5)
        reason = {
            "mednec": "The records do not show six months of physical therapy and other non-surgical care, or "
                      "signs of spinal instability. Spinal fusion is not medically necessary for you at this time "
                      "under the plan's guideline (Clinical Guideline SP-14, Lumbar Fusion). Plan provision: "
                      "Summary Plan Description, Article VI, Medically Necessary Services.",
            "exclusion": "The plan does not pay for hearing aids or their fitting for adults. This is a plan "
                         "exclusion, so the plan pays nothing for it whatever the medical reason. Plan provision: "
                         "Summary Plan Description, Section 9, General Exclusions, item 22.",
            "experimental": "This test is investigational for your type of cancer: the published studies do not "
                            "yet show that its results improve treatment decisions. The plan does not pay for "
                            "experimental or investigational services (Summary Plan Description, Section 10.4; "
                            "internal guideline LAB-07).",
            "oon": "The surgery was done by a surgeon and a surgery center that are not in the plan's network. "
                   "Your plan is an exclusive provider plan: it pays out-of-network care only in an emergency, and "
                   "this surgery was scheduled. Plan provision: Summary Plan Description, Section 3.2, Network "
                   "Providers.",
            "loc": "You needed therapy after your hip surgery, but you could take part in only one hour a day and "
                   "did not need a doctor's daily care. That care could have been given safely in a skilled "
                   "nursing facility. An inpatient rehabilitation facility stay was not the right level of care. "
                   "Plan provision: Summary Plan Description, Section 7.6.",
        }[kind]
        d.para(reason, 9.6)
    d.text_line("Sus derechos" if es else "Your rights", 10, "B", h=5.5)
    d.para(("Puede pedir sin costo copias de todos los documentos y de la guía usada en su reclamo. Tiene derecho "
            "a presentar una demanda civil según la sección 502(a) de ERISA. También puede pedir una revisión "
            "externa independiente dentro de 4 meses después de recibir este aviso.") if es else
           ("You may ask, free of charge, for copies of all documents, records and the guideline used for your "
            "claim, and for the name of the reviewer." + (
                "" if kind == "overturn" else
                " You have exhausted the plan's internal appeals. You have the right to bring a civil action "
                "under section 502(a) of ERISA. You may also request an independent external review within "
                "4 months after you receive this notice.")), 8.8, gap=1.5)
    d.para((f"Preguntas: {f['ph']}. " if es else f"Questions: call {f['ph']}. ") +
           "Employee Benefits Security Administration: 1-866-444-3272.", 8.6, gap=2)
    d.text_line(f["signer"], 9.6, h=4.8)
    d.text_line("Coordinador(a) de apelaciones" if es else "Appeals Coordinator", 8.8, h=4.4)
    d.text_line(f"cc: {f['doc']}, MD, NPI {f['npi']}", 8, h=4.2)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, mo: str) -> dict:
    doc_type, den, dalt, serv, fee, spec = KINDS[kind]
    lang = "es" if kind == "es_oon" else "en"
    date = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 200))
    member = person(r, lang)
    dep = r.random() < 0.5
    emp = person(r, lang, avoid=(member,)) if dep else member
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, mo=mo, lang=lang, date=date, doc_type=doc_type, den=den, dalt=dalt,
             member=member, emp=emp, addr=address(r, lang), mid=mixed(r, "AA9999999") if ins != "hal" else digits(r, 9),
             planno="5" + digits(r, 2), grp=digits(r, 6) if ins != "sal" else mixed(r, "SC-9999"),
             claim=digits(r, 12) if ins != "war" else mixed(r, "W9999999999A"),
             appeal_no=mixed(r, "AP-99-99999"), first_ref=mixed(r, "DN99999999"), doc=clinician(r),
             fac=r.choice(["Kennford Orthopedic & Spine", "Marldon Regional Medical Center", "Lydford Clinic"]),
             npi=npi(r), ph=phone(r), rev=clinician(r), signer=clinician(r).split(".")[0] + ". Culmstock")
    f["svc"] = days(date, -r.randint(90, 150))
    if kind == "loc":
        f["svc_end"] = days(f["svc"], r.randint(8, 14))
    f["first"] = days(f["svc"], r.randint(20, 35))
    f["recv"] = days(date, -r.randint(20, 40))
    return f


def doc_truth(f: dict) -> dict:
    alts = {"insurer": [PLAN[f["ins"]]], "provider": [f["fac"]]}
    return truth(f["doc_type"], f["den"], f["lang"], insurer=INS[f["ins"]], plan_id=f["planno"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=[f["claim"], f["appeal_no"]], claim_amount=m2(KINDS[f["kind"]][4]),
                 service_dates=[iso(f["svc"], f.get("svc_end"))], denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=None, alternates=alts, denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, issuer, labels, date style, money
    ("bd_upheld_spinal_fusion", "born_digital", "mednec", "war", 1, "long", "plain"),
    ("bd_overturned_cgm", "born_digital", "overturn", "hal", 2, "slash", "plain"),
    ("scan_upheld_hearing_aids", "scan_clean_300", "exclusion", "sal", 3, "abbr", "usd"),
    ("low_upheld_investigational", "scan_lowres_150", "experimental", "hal", 1, "dlong", "plain"),
    ("photo_es_upheld_fuera_de_red", "phone_photo", "es_oon", "war", "es", "es", "es"),
    ("faxs_upheld_out_of_network", "fax_standard_g4", "oon", "hal", 3, "iso", "nosign"),
    ("rot_upheld_inpatient_rehab", "rotated", "loc", "sal", 2, "dmy", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, lab, ds, mo) in enumerate(ITEMS):
        r = random.Random(105520 + i)
        f = facts(r, kind, ins, lab, ds, mo)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(letter(f), doc_truth(f))]))
    return items
