"""Family 'good_faith_estimate_self_pay_notice': No Surprises Act Good Faith Estimates for uninsured or self-pay
patients (45 CFR 149.610), laid out after the published CMS standard form "Good Faith Estimate for Health Care Items
and Services" (CMS-10791 template: patient block, diagnosis, primary service requested / scheduled, scheduled date,
date of Good Faith Estimate, summary of expected charges by provider, total estimated cost, one detail block per
provider with provider type, contact, address, NPI, TIN and a table of service / address / diagnosis code / service
code type / service code / quantity / expected cost, provider notes, the disclaimer with the $400 dispute sentence,
120 days and the $25 fee); values invented. Some estimates say the patient's insurer denied coverage, so the service
is billed as self-pay (insurer name and reference number in a note). Many amounts, dates (date of birth, request
date, scheduled date, estimate date, "valid until") and NPIs / TINs as decoys.
Convening providers (fictional): Luqa Endoscopy Center, Xewkija Imaging Associates, Zebbug Surgery Center, Qala
Sleep and Lung Clinic; co-providers Fgura Anesthesia Group, Tarxien Pathology Laboratory, Gharb Radiology Partners.
Truth: `other`, no denial, no deadline; insurer unscored (a provider's estimate); provider = the convening provider
(the treating physician accepted); claim amount = the total estimated cost (null accepted); service date = the
scheduled date ([] when none is set); denial date = the date of the Good Faith Estimate; case numbers = the insurer's
reference number where the note prints one, else [] (the GFE number accepted as an addition); member ID null (the
patient identification number is the provider's own).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundah_famhb import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mixed, money, npi,
                               person, phone, tin, usd)

FAMILY = "good_faith_estimate_self_pay_notice"
LANG = "en"
PROV = {
    "luqa": dict(name="Luqa Endoscopy Center", style="logo", logo="LUQA", type="Ambulatory surgery center",
                 line2="Patient Estimates | 1180 Senglea Street, Broken Bow, NE 68822"),
    "xew": dict(name="Xewkija Imaging Associates", style="block", type="Imaging center",
                line2="Self-Pay Estimates Desk | 52 Comino Road | Gering, NE 69341"),
    "zeb": dict(name="Zebbug Surgery Center", style="parent", parent="An affiliate of Birgu Health System",
                type="Ambulatory surgery center", line2="Business Office | 3300 Birgu Avenue, McCook, NE 69001"),
    "qala": dict(name="Qala Sleep and Lung Clinic", style="block", type="Physician practice",
                 line2="Billing Office | 615 Senglea Street | Holdrege, NE 68949"),
}
CO = {"anes": ("Fgura Anesthesia Group", "Anesthesia group"),
      "path": ("Tarxien Pathology Laboratory", "Clinical laboratory"),
      "rad": ("Gharb Radiology Partners", "Radiology group")}
LABELS = {
    1: dict(name="Patient Name (First, Middle, Last)", dob="Patient Date of Birth",
            pid="Patient Identification Number", addr="Patient Mailing Address",
            svc="Primary Service or Item Requested/Scheduled", sched="Scheduled Date",
            gfe="Date of Good Faith Estimate", tot="Total Estimated Cost", num="GFE Number"),
    2: dict(name="Patient", dob="DOB", pid="Patient account #", addr="Address", svc="Service requested",
            sched="Scheduled service date", gfe="Estimate date", tot="Total estimate", num="Estimate #"),
    3: dict(name="Name", dob="Birth date", pid="Patient ID", addr="Mailing address", svc="Planned procedure",
            sched="Appointment date", gfe="Estimate prepared on", tot="Estimated total", num="GFE ID"),
    "es": dict(name="Nombre del paciente", dob="Fecha de nacimiento", pid="Número de identificación del paciente",
               addr="Dirección postal", svc="Servicio principal solicitado/programado", sched="Fecha programada",
               gfe="Fecha de la estimación de buena fe", tot="Costo total estimado", num="Número de estimación"),
}
# lines: (service, code type, code, qty, lo, hi); co: co-providers; ins: insurer note (reason) or None
SCEN = {
    "colon": dict(prov="luqa", svc="Screening colonoscopy with possible biopsy", dx=("Z12.11", "Encounter for "
                  "screening for colon cancer"), sched=True, ins=None, co=["anes", "path"],
                  lines=[("Colonoscopy, flexible, with biopsy", "CPT", "45380", 1, 900, 1800),
                         ("Facility fee, endoscopy suite", "HCPCS", "G0500", 1, 300, 700)]),
    "mri": dict(prov="xew", svc="MRI of the right shoulder without contrast", dx=("M75.101", "Rotator cuff tear"),
                sched=True, ins="not medically necessary before a course of physical therapy", co=["rad"],
                lines=[("MRI upper extremity joint without contrast", "CPT", "73221", 1, 700, 1600)]),
    "cat": dict(prov="zeb", svc="Cataract removal with lens implant, left eye", dx=("H25.12", "Age-related "
                "nuclear cataract, left eye"), sched=True, ins=None, co=["anes"],
                lines=[("Cataract removal with intraocular lens", "CPT", "66984", 1, 1400, 2600),
                       ("Intraocular lens", "HCPCS", "V2632", 1, 150, 400),
                       ("Facility fee", "Revenue code", "0360", 1, 900, 1900)]),
    "es_us": dict(prov="xew", svc="Ultrasonido obstétrico y consulta", dx=("Z34.90", "Supervisión de embarazo "
                  "normal"), sched=True, ins="no cubierto porque la póliza todavía no estaba vigente", co=[],
                  lines=[("Ultrasonido obstétrico", "CPT", "76805", 1, 250, 600),
                         ("Consulta, paciente nuevo", "CPT", "99203", 1, 150, 300)]),
    "knee": dict(prov="zeb", svc="Knee arthroscopy with partial meniscectomy", dx=("S83.241A", "Tear of medial "
                 "meniscus, right knee"), sched=True, ins="excluded because the plan requires the surgery at an "
                 "in-network hospital", co=["anes", "path"],
                 lines=[("Arthroscopy, knee, meniscectomy", "CPT", "29881", 1, 1800, 3600),
                        ("Facility fee, operating room", "Revenue code", "0360", 1, 1500, 3000),
                        ("Recovery room", "Revenue code", "0710", 1, 300, 700)]),
    "sleep": dict(prov="qala", svc="Home sleep apnea test and follow-up visit", dx=("G47.33", "Obstructive sleep "
                  "apnea"), sched=False, ins=None, co=[],
                  lines=[("Home sleep apnea test", "CPT", "95800", 1, 150, 400),
                         ("Office visit, established patient", "CPT", "99213", 1, 90, 200)]),
    "rhino": dict(prov="zeb", svc="Rhinoplasty, primary", dx=("M95.0", "Acquired deformity of nose"),
                  sched=True, ins="cosmetic and not covered", co=["anes"],
                  lines=[("Rhinoplasty, primary, complete", "CPT", "30410", 1, 3500, 6500),
                         ("Facility fee", "Revenue code", "0360", 1, 1800, 3200)]),
}
CO_LINES = {"anes": ("Anesthesia services", "CPT", "00811", 1, 350, 900),
            "path": ("Surgical pathology, tissue exam", "CPT", "88305", 2, 60, 160),
            "rad": ("Professional reading of MRI", "CPT", "73221-26", 1, 120, 320)}


def _lines(r: random.Random, spec):
    return [(s, t, c, q, round(money(r, lo, hi) * q, 2)) for s, t, c, q, lo, hi in spec]


def estimate(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    p = PROV[s["prov"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mu = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page(foot=f"{L['num']} {f['gfe']}  ·  {{p}}/{{n}}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line("Estimación de buena fe para artículos y servicios de atención médica" if es else
                "Good Faith Estimate for Health Care Items and Services", 12.5, "B", h=7)
    d.text_line(f"{L['num']}: {f['gfe']}", 8.5, h=5)
    d.ln(1)
    d.text_line("Paciente" if es else "Patient", 10, "B", h=6)
    box = [(L["name"], f["member"]), (L["dob"], fd(f["dob"])), (L["pid"], f["pid"]),
           (L["addr"], ", ".join(f["addr"])), ("Teléfono" if es else "Phone", f["pph"])]
    for k, v in box:
        d.font(8.8, "B")
        d.cell(86, 5.4, k, border=1)
        d.font(8.8)
        d.cell(0, 5.4, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    box2 = [("Diagnóstico principal" if es else "Primary Diagnosis", s["dx"][1]),
            ("Código de diagnóstico" if es else "Primary Diagnosis Code", s["dx"][0]),
            (L["svc"], s["svc"]),
            ("Códigos del servicio" if es else "Primary Service or Item Code(s)", s["lines"][0][2]),
            (L["sched"], fd(f["sched"]) if f["sched"] else ("Sin programar" if es else "Not yet scheduled")),
            ("Fecha de la solicitud" if es else "Date estimate requested", fd(f["req"])),
            (L["gfe"], fd(f["date"]))]
    for k, v in box2:
        d.font(8.8, "B")
        d.cell(86, 5.4, k, border=1)
        d.font(8.8)
        d.cell(0, 5.4, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if f["ins"]:
        d.para(("Nota: " + f"{f['insurer']} negó la cobertura de este servicio (referencia {f['insref']}): "
                f"{f['ins']}. Por eso se le factura como paciente de pago propio.") if es else
               (f"Note: {f['insurer']} denied coverage for this service (reference {f['insref']}); it was "
                f"{f['ins']}. You asked to be billed as a self-pay patient, so this estimate applies."), 8.8)
    d.text_line("Resumen de cargos esperados" if es else "Summary of Expected Charges", 10, "B", h=6)
    rows = [[p["name"], mu(f["ptot"])]] + [[CO[c][0], mu(f["cotot"][c])] for c in s["co"]]
    rows.append(["*" + L["tot"], mu(f["total"])])
    d.table(["Proveedor" if es else "Provider Name", "Costo estimado" if es else "Estimated Total Cost"], rows,
            [120, 50], size=9, aligns="LR")
    d.para("La estimación se basa en la información conocida al momento de crearla. No incluye servicios "
           "imprevistos." if es else
           "This Good Faith Estimate shows the costs of items and services that are reasonably expected for your "
           "health care needs. The estimate is based on information known at the time the estimate was created. "
           f"It is valid until {fd(f['valid'])} and does not include any unknown or unexpected costs.", 8.6)
    # detail per provider
    blocks = [(p["name"], p["type"], f["pnpi"], f["ptin"], p["line2"].split(" | ")[-1], f["plines"], f["ptot"])]
    for c in s["co"]:
        blocks.append((CO[c][0], CO[c][1], f["conpi"][c], f["cotin"][c], "Billing: PO Box " + f["cobox"][c] +
                       ", Broken Bow, NE 68822", f["colines"][c], f["cotot"][c]))
    for name, typ, n, t, addr, lines, tot in blocks:
        d.ln(1)
        d.font(9.4, "B")
        d.cell(0, 5.5, ("Proveedor: " if es else "Provider Name: ") + name, border="B",
               new_x="LMARGIN", new_y="NEXT")
        d.font(8.4)
        d.cell(0, 4.6, f"{'Tipo' if es else 'Provider type'}: {typ}   NPI: {n}   TIN: {t}", new_x="LMARGIN",
               new_y="NEXT")
        d.cell(0, 4.6, f"{'Dirección' if es else 'Address'}: {addr}   {'Contacto' if es else 'Contact person'}: "
               f"{f['contact']}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        head = (["Servicio", "Dx", "Tipo de código", "Código", "Cant.", "Costo esperado"] if es else
                ["Service / Item", "Diagnosis Code", "Service Code Type", "Service Code", "Qty", "Expected Cost"])
        d.table(head, [[sv, s["dx"][0], ct, cd, str(q), mu(v)] for sv, ct, cd, q, v in lines] +
                [["*" + ("Total esperado de este proveedor" if es else "Total Expected Charges from " + name),
                  "", "", "", "", mu(tot)]], [58, 25, 31, 24, 10, 34], size=8.2, aligns="LLLLRR")
    d.text_line("Notas del proveedor" if es else "Additional Health Care Provider Notes", 9.5, "B", h=6)
    d.para((f"Médico tratante: {f['doc']}, MD. Se requiere un depósito de {mu(f['dep'])} el día del servicio.")
           if es else
           (f"Treating physician: {f['doc']}, MD. A deposit of {mu(f['dep'])} is due on the day of service; a "
            f"self-pay discount of {f['pct']}% is already included in the amounts above."), 8.6)
    d.text_line("Aviso legal" if es else "Disclaimer", 9.5, "B", h=6)
    d.para("Si recibe una factura que sea al menos $400 mayor que esta estimación de buena fe, puede disputar la "
           "factura. Debe iniciar el proceso de resolución de disputas dentro de los 120 días calendario a partir "
           "de la fecha de la factura original. El proceso tiene una tarifa de $25. Guarde una copia de esta "
           f"estimación. Preguntas: {f['ph']}." if es else
           "If you are billed for more than this Good Faith Estimate, you have the right to dispute the bill. You "
           "may contact the health care provider or facility listed to let them know the billed charges are "
           "higher than the Good Faith Estimate. If you receive a bill that is at least $400 more than your Good "
           "Faith Estimate, you may start a dispute resolution process with the U.S. Department of Health and "
           "Human Services (HHS). You must start the dispute process within 120 calendar days (about 4 months) of "
           "the date on the original bill. There is a $25 fee to use the dispute process. Make sure to save a copy "
           f"or picture of this Good Faith Estimate. For questions, call {f['ph']}.", 8.4)
    return pdf_bytes(d)


def facts(r: random.Random, scen: str, lab, ds: str, date: dt.date, ms: str) -> dict:
    s = SCEN[scen]
    lang = "es" if lab == "es" else "en"
    plines = _lines(r, s["lines"])
    colines = {c: _lines(r, [CO_LINES[c]]) for c in s["co"]}
    cotot = {c: round(sum(v for *_, v in colines[c]), 2) for c in s["co"]}
    ptot = round(sum(v for *_, v in plines), 2)
    total = round(ptot + sum(cotot.values()), 2)
    return dict(scen=scen, lab=lab, ds=ds, date=date, ms=ms, lang=lang, member=person(r, lang),
                addr=address(r, lang), dob=dt.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)),
                pid="P" + digits(r, 8), pph=phone(r), gfe=mixed(r, "GFE-9999-99999"),
                sched=days(date, r.randint(8, 30)) if s["sched"] else None, req=days(date, -r.randint(1, 3)),
                valid=days(date, 90), insurer=r.choice(["Qormi Health Plan", "Marsaxlokk Mutual Health"]),
                insref=mixed(r, "99AA9999999") if s["ins"] else None, ins=s["ins"], plines=plines, colines=colines,
                cotot=cotot, ptot=ptot, total=total, pnpi=npi(r), ptin=tin(r),
                conpi={c: npi(r) for c in s["co"]}, cotin={c: tin(r) for c in s["co"]},
                cobox={c: digits(r, 4) for c in s["co"]}, contact=person(r, "en"), doc=clinician(r),
                dep=round(r.choice([200, 350, 500]), 2), pct=r.choice([25, 30, 35]), ph=phone(r))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    cases = [f["insref"]] if f["insref"] else []
    alts = {"provider": [f["doc"]], "claim_amount": [None], "case_numbers": [cases + [f["gfe"]]]}
    kw = dict(insurer=None, member_id=None, group_number=None, plan_id=None, member_name=f["member"],
              case_numbers=cases, claim_amount=m2(f["total"]),
              service_dates=[iso(f["sched"])] if f["sched"] else [], denial_date=iso(f["date"]),
              provider=PROV[s["prov"]]["name"], appeal_deadline=None, alternates=alts, unscored=["insurer"])
    return truth("other", None, f["lang"], **kw)


# (stem, condition, scenario, labels, date style, money style)
PLAN = [
    ("good_faith_estimate_self_pay_notice_bd_colonoscopy", "born_digital", "colon", 1, "slash", "plain"),
    ("good_faith_estimate_self_pay_notice_bd_shoulder_mri_denied", "born_digital", "mri", 2, "long", "plain"),
    ("good_faith_estimate_self_pay_notice_scan_cataract", "scan_clean_300", "cat", 3, "iso", "plain"),
    ("good_faith_estimate_self_pay_notice_lowres_es_ultrasound", "scan_lowres_150", "es_us", "es", "es", "es"),
    ("good_faith_estimate_self_pay_notice_copy_knee_scope_denied", "photocopy", "knee", 1, "abbr", "nosign"),
    ("good_faith_estimate_self_pay_notice_phone_sleep_test", "phone_photo", "sleep", 3, "dmy", "plain"),
    ("good_faith_estimate_self_pay_notice_faxfine_rhinoplasty", "fax_fine_g4", "rhino", 2, "upper", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, scen, lab, ds, ms) in enumerate(PLAN):
        r = random.Random(129600 + n)
        date = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 270))
        f = facts(r, scen, lab, ds, date, ms)
        items.append(Item(stem, cond, [(estimate(f), doc_truth(f))]))
    return items
