"""Family 'texas_ura_adverse_determination_notice': a Texas utilization review agent's (URA's) notice of adverse
determination (or, once, of certification) for a Texas-regulated health plan.

Modelled on the content Texas requires in an adverse determination notice (Texas Insurance Code chapter 4201 and
28 TAC chapter 19, subchapter R): the principal reasons, the clinical basis, the screening criteria used, the
professional specialty of the physician who made the decision, the internal appeal with the expedited appeal for
emergencies and continued stays, the right to an independent review organization (IRO) with the TDI "Request for a
Review by an Independent Review Organization" form (LHL009) enclosed, immediate IRO review for life-threatening
conditions, and the Texas Department of Insurance complaint contact. Wording, people and numbers invented.

Issuers (fictional): Caprock Prairie Health Plan (logo words "CAPROCK PRAIRIE" over a rule, does its own review),
Nueces Bay Utilization Review, LLC (a URA's return-address letterhead, "on behalf of" Pecos Valley Health Insurance
Company), Lampasas Mutual Life and Health Insurance Company (parent line "A Comal Financial Group company").
Papers: a prospective MRI denial, a concurrent-review denial of more inpatient days (continue at a skilled nursing
facility), a retrospective claim review, a certification (approval), an investigational-treatment denial, a Spanish
prospective surgery denial, and a letter to the requesting physician (inpatient surgery: do it as outpatient).
Decoys: URA certificate number, TDI form LHL009, NPI, reviewer name and specialty, admission date and days already
approved, request-received date, IRO time limits, the expedited one-working-day rule, plan-year sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundag_famgc import (CLINICIANS, REVIEWERS, Page, address, days, fdate, iso, letterhead, m2, mail_to,
                               mixed, money, npi, pairs, person, phone, signature, usd)

FAMILY = "texas_ura_adverse_determination_notice"
LANG = "en"
PLANS = {
    "cap": dict(name="Caprock Prairie Health Plan", style="logo", logo="CAPROCK PRAIRIE",
                line2="Utilization Management | PO Box 60418 | Lampasas, TX 76550", mid="CPH99999999",
                grp="CP-99999", ref="UM-2026-999999", claim="9999999999999", cert="URA Certificate No. 9999",
                plan=None),
    "nue": dict(name="Nueces Bay Utilization Review, LLC", style="block",
                line2="Texas-certified utilization review agent | 2207 Helotes Ridge Parkway, Suite 300 | "
                      "Helotes, TX 78023", mid="PVH-999-99-9999", grp="999999", ref="NBR99999999",
                claim="PV99999999999", cert="Texas URA Certificate #9999", plan="PVH-HMO-99",
                onbehalf="Pecos Valley Health Insurance Company"),
    "lam": dict(name="Lampasas Mutual Life and Health Insurance Company", style="parent",
                parent="A Comal Financial Group company", line2="Medical Management - 9 Boerne Stage Road, Boerne, TX 78006",
                mid="LMH9999999-01", grp="G99999", ref="LMR-99999-AA", claim="LM9999999999", cert="URA cert. 9999",
                plan=None),
}
SERV = {
    "mri": ("MRI of the lumbar spine without contrast (CPT 72148)", "Orthopaedic Surgery",
            "Your records show low back pain for three weeks with no weakness, numbness or loss of bladder control, "
            "and no trial of physical therapy. Imaging is approved when pain lasts six weeks despite treatment or "
            "when warning signs are present.", "medical_necessity", "kw"),
    "stay": ("Continued inpatient stay (acute rehabilitation after hip fracture repair)", "Physical Medicine and "
             "Rehabilitation", "You are medically stable, your pain is controlled with pills, and you need help "
             "with walking and daily activities that a skilled nursing facility can give. Acute hospital care is "
             "no longer needed; the care you need can be given in a skilled nursing facility.", "level_of_care", ""),
    "retro": ("Attended sleep study in a sleep center (polysomnography, CPT 95810)", "Pulmonary Disease and Sleep "
              "Medicine", "The records sent to us do not show that you needed a study in a sleep center. You have "
              "no heart or lung disease that would make a home sleep test unreliable, and a home test had not been "
              "tried.", "medical_necessity", ""),
    "pt": ("Outpatient physical therapy, 12 visits (CPT 97110, 97140)", "Physical Therapy", "", None, ""),
    "exp": ("Transcranial magnetic stimulation for migraine (single-pulse device)", "Neurology",
            "This treatment is considered experimental and investigational for the prevention of migraine: "
            "published studies do not yet show that it improves health outcomes compared with standard "
            "treatment.", "experimental", "kw"),
    "es": ("Artroscopia de rodilla con meniscectomía (CPT 29881)", "Cirugía Ortopédica",
           "Su expediente no muestra síntomas mecánicos (bloqueo de la rodilla) ni un tratamiento de fisioterapia "
           "de seis semanas. Por eso la cirugía no es médicamente necesaria en este momento.", "medical_necessity",
           "kw"),
    "surg": ("Laparoscopic cholecystectomy (CPT 47562) with a planned inpatient admission", "General Surgery",
             "The surgery itself is approved. A planned overnight inpatient admission is not: you have no heart, "
             "lung or bleeding problems that would need hospital monitoring, and this operation is routinely done "
             "as outpatient surgery with discharge the same day.", "level_of_care", ""),
}
CLINICS = ["Cibolo Creek Orthopaedics", "Hill Country Regional Hospital", "Bandera Pass Sleep Center",
           "Sabinal Street Rehabilitation", "Lampasas Neurology Associates", "Helotes Surgical Associates"]
LAB = {1: ["Member", "Member ID", "Group number", "Plan ID", "Reference number", "Requesting provider",
           "Date of service", "Amount billed", "Claim number"],
       2: ["Patient", "ID #", "Group #", "Plan", "UR case #", "Attending physician", "Dates", "Charges", "Claim #"],
       3: ["Enrollee", "Subscriber ID", "Employer group", "Plan code", "Review ID", "Ordering provider",
           "Service date(s)", "Billed charges", "Claim reference"],
       "es": ["Afiliado", "Núm. de identificación", "Grupo", "Plan", "Número de referencia", "Proveedor que lo pidió",
              "Fecha del servicio", "Cantidad facturada", "Número de reclamación"]}
TDI = ("Texas Department of Insurance, Consumer Protection (MC 111-1A), PO Box 12030, Austin, TX 78711-2030; "
       "online at www.tdi.texas.gov")


def _fd(f, x):
    return fdate(x, f["ds"])


def notice(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    kind = f["kind"]
    d = Page(foot=(f"Página {{p}} de {{n}}  -  {p['cert']}" if es else f"Page {{p}} of {{n}}  -  {p['cert']}"))
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    if p.get("onbehalf"):
        d.text_line(f"Utilization review on behalf of {p['onbehalf']}", 9.2, "B", h=5)
        d.ln(1)
    d.text_line(_fd(f, f["date"]), 10, h=6)
    if kind == "surg":
        mail_to(d, [f"{f['prov']}", f["clinic"], *f["caddr"]])
    else:
        mail_to(d, [f["member"], *f["addr"]])
    title = {"mri": "NOTICE OF ADVERSE DETERMINATION - PREAUTHORIZATION",
             "stay": "Notice of Adverse Determination: Concurrent Review",
             "retro": "Retrospective Review - Adverse Determination",
             "pt": "Notice of Certification",
             "exp": "Adverse Determination (Experimental or Investigational Treatment)",
             "es": "AVISO DE DETERMINACIÓN ADVERSA",
             "surg": "Adverse Determination - Setting of Care (Preauthorization)"}[kind]
    d.text_line(title, 12.3, "B", h=7)
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])]
    if p["plan"]:
        rows.append((L[3], f["planid"]))
    rows += [(L[4], f["ref"]), (L[5], f["prov"])]
    if kind == "stay":
        rows.append((L[6], f"{_fd(f, f['d0'])} - {_fd(f, f['d1'])}"))
    else:
        rows.append((L[6], _fd(f, f["dos"])))
    if kind == "retro":
        rows += [(L[8], f["claim"]), (L[7], usd(f["billed"], f["ms"]))]
    pairs(d, rows, kw=52)
    s = SERV[kind]
    ph = f["ph"]
    if es:
        d.para(f"Recibimos el {_fd(f, f['recv'])} la solicitud de {f['prov']} ({f['clinic']}, NPI {f['npi']}) para: "
               f"{s[0]}, programada para el {_fd(f, f['dos'])}. Después de revisarla, no la aprobamos.", 10)
        d.text_line("Razones principales y base clínica", 10.5, "B", h=6)
        d.para(s[2], 10)
        d.para(f"Criterios usados: criterios clínicos del plan para artroscopia de rodilla (edición 2026). Esta "
               f"decisión la tomó un médico con especialidad en {s[1]}. Su médico puede hablar con el revisor "
               f"llamando al {ph}.", 9.8)
        d.text_line("Sus derechos de apelación", 10.5, "B", h=6)
        d.para("Usted, una persona que actúe en su nombre o su médico puede apelar por escrito o por teléfono dentro "
               "de 180 días a partir de la fecha de este aviso. Si su caso es urgente puede pedir una apelación "
               "acelerada; la decidimos en un día hábil. Si su condición pone en riesgo su vida, puede pedir "
               "directamente una revisión por una Organización de Revisión Independiente (IRO) sin apelar primero, "
               "con el formulario LHL009 adjunto.", 9.8)
        d.para(f"Quejas: puede comunicarse con el Departamento de Seguros de Texas: {TDI}.", 9.3)
        signature(d, ["Atentamente,", "Departamento de Revisión de Utilización", p["name"]])
        return pdf_bytes(d)
    if kind == "pt":
        d.para(f"We received a request on {_fd(f, f['recv'])} from {f['prov']} at {f['clinic']} (NPI {f['npi']}) "
               f"for {s[0]}, starting {_fd(f, f['dos'])}. We have certified this request: 12 visits may be used "
               f"through {_fd(f, days(f['dos'], 60))}. Certification number: {f['ref']}.", 10)
        d.para("A certification means the care is medically necessary. It does not guarantee payment: the "
               "member must be covered on the date of each visit and the plan's deductible, copayments and visit "
               "limits apply. Benefits for the 2026 plan year renew on January 1.", 9.8)
        d.para(f"If more visits are needed, your provider can send a new request with progress notes. Questions: "
               f"{ph} (TTY 711).", 9.8)
        signature(d, ["Sincerely,", "Utilization Management", p["name"]])
        return pdf_bytes(d)
    if kind == "stay":
        d.para(f"You were admitted to {f['clinic']} on {_fd(f, f['adm'])}. We certified your stay through "
               f"{_fd(f, days(f['d0'], -1))}. After a concurrent review on {_fd(f, f['recv'])} with your attending "
               f"physician, {f['prov']}, we do not certify further days at the acute level of care from "
               f"{_fd(f, f['d0'])} through {_fd(f, f['d1'])}.", 10)
    elif kind == "retro":
        d.para(f"{f['clinic']} (NPI {f['npi']}) sent claim {f['claim']} for {s[0]} on {_fd(f, f['dos'])}. "
               f"The service was not preauthorized, so we reviewed it after it was given (retrospective review) "
               f"when the claim arrived on {_fd(f, f['recv'])}. We will not pay this claim.", 10)
    elif kind == "surg":
        d.para(f"Dear Dr. {f['prov'].split(',')[0].split()[-1]}: on {_fd(f, f['recv'])} you asked us to "
               f"preauthorize {s[0]} for your patient {f['member']}, planned for {_fd(f, f['dos'])} at "
               f"{f['clinic']}.", 10)
    else:
        d.para(f"On {_fd(f, f['recv'])} {f['prov']} at {f['clinic']} (NPI {f['npi']}) asked us to approve "
               f"{s[0]}, planned for {_fd(f, f['dos'])}. We have reviewed the request and made an adverse "
               f"determination: we will not approve it.", 10)
    d.text_line("Principal reasons and clinical basis", 10.5, "B", h=6)
    d.para(s[2] + (" The requested service is not medically necessary." if kind == "mri" else ""), 10)
    d.para(f"Screening criteria used: {p['name'].split(',')[0]} clinical guideline for this service (2026 "
           f"edition); a copy is free on request. This decision was made by a physician who specializes in "
           f"{s[1]} ({f['rev']}). Your physician may discuss it with the reviewer: {ph}.", 9.8)
    d.text_line("How to appeal", 10.5, "B", h=6)
    if kind == "stay":
        d.para("Because you are in the hospital, you or your physician may ask for an expedited appeal by phone; "
               "we decide it within one working day. You may also appeal in writing within 180 days of the date "
               "of this notice.", 9.8)
    elif f.get("dl_printed"):
        d.para(f"You, someone acting for you, or your provider may appeal orally or in writing. Send your appeal "
               f"by {_fd(f, f['dl'])}. An expedited appeal for urgent care is decided within one working day.", 9.8)
    else:
        d.para("You, someone acting for you, or your provider may appeal orally or in writing within 180 days of "
               "the date of this notice. An expedited appeal for urgent care is decided within one working day.",
               9.8)
    d.text_line("Independent review organization (IRO)", 10.5, "B", h=6)
    d.para("If we uphold this decision on appeal, you have the right to a review by an independent review "
           "organization (IRO), at no cost to you. If your condition is life-threatening, you may ask for an IRO "
           "review right away without appealing to us first. Use the enclosed TDI form LHL009, Request for a "
           "Review by an Independent Review Organization.", 9.6)
    d.para(f"Complaints: {TDI}.", 9.2)
    signature(d, ["Sincerely,", "Utilization Review Department", p["name"]])
    if kind == "surg":
        d.text_line(f"cc: {f['member']}, member", 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
    f = dict(spec, lang=lang, member=person(r, lang), date=date, mid=mixed(r, p["mid"]), grp=mixed(r, p["grp"]),
             planid=mixed(r, p["plan"]) if p["plan"] else None, ref=mixed(r, p["ref"]), claim=mixed(r, p["claim"]),
             prov=r.choice(CLINICIANS), rev=r.choice(REVIEWERS), addr=address(r, lang), caddr=address(r),
             ph=phone(r), npi=npi(r), billed=money(r, 1800, 4200))
    f["clinic"] = {"mri": CLINICS[0], "stay": CLINICS[1], "retro": CLINICS[2], "pt": CLINICS[3], "exp": CLINICS[4],
                   "es": CLINICS[0], "surg": CLINICS[5]}[spec["kind"]]
    kind = spec["kind"]
    if kind == "retro":
        f["dos"] = days(date, -r.randint(40, 60))
        f["recv"] = days(date, -r.randint(8, 14))
    elif kind == "stay":
        f["adm"] = days(date, -r.randint(5, 8))
        f["d0"] = days(date, 1)
        f["d1"] = days(f["d0"], r.randint(3, 6))
        f["recv"] = date
    else:
        f["recv"] = days(date, -r.randint(2, 4))
        f["dos"] = days(date, r.randint(10, 25))
    f["dl"] = days(date, 180)
    return f


def make_truth(f: dict) -> dict:
    p = PLANS[f["plan"]]
    kind = f["kind"]
    sd = [iso(f["d0"], f["d1"])] if kind == "stay" else [iso(f["dos"])]
    cases = [f["ref"]] + ([f["claim"]] if kind == "retro" else [])
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  plan_id=f["planid"], case_numbers=cases, claim_amount=m2(f["billed"]) if kind == "retro" else None,
                  service_dates=sd, denial_date=iso(f["date"]), provider=f["prov"])
    alts = {"insurer": [p["onbehalf"]]} if p.get("onbehalf") else {}
    if kind == "pt":
        alts["service_dates"] = [[iso(f["dos"], days(f["dos"], 60))], []]
        return truth("other", None, f["lang"], alternates=alts, **common)
    return truth("denial_letter", SERV[kind][3], f["lang"], appeal_deadline=iso(f["dl"]), alternates=alts, **common)


PLAN = [
    ("texas_ura_adverse_determination_notice_bd_mri_prospective", "born_digital",
     dict(kind="mri", plan="cap", lab=1, ds="long", ms="plain")),
    ("texas_ura_adverse_determination_notice_bd_concurrent_inpatient_days", "born_digital",
     dict(kind="stay", plan="nue", lab=2, ds="slash", ms="plain")),
    ("texas_ura_adverse_determination_notice_scan_retrospective_sleep_study", "scan_clean_300",
     dict(kind="retro", plan="lam", lab=3, ds="iso", ms="nosign")),
    ("texas_ura_adverse_determination_notice_lowres_pt_certified", "scan_lowres_150",
     dict(kind="pt", plan="cap", lab=2, ds="abbr", ms="plain")),
    ("texas_ura_adverse_determination_notice_rot_tms_investigational", "rotated",
     dict(kind="exp", plan="lam", lab=1, ds="dmy", ms="plain", dl_printed=True)),
    ("texas_ura_adverse_determination_notice_phone_es_knee", "phone_photo",
     dict(kind="es", plan="cap", lab="es", ds="es", ms="es", lang="es")),
    ("texas_ura_adverse_determination_notice_faxf_to_surgeon_outpatient", "fax_fine_g4",
     dict(kind="surg", plan="nue", lab=3, ds="abbr", ms="plain")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(127500 + i), spec)
        items.append(Item(stem, cond, [(notice(f), make_truth(f))]))
    return items
