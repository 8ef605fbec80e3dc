"""Family 'preventive_service_billed_diagnostic_eob': explanations of benefits where a screening (colonoscopy,
mammogram, well visit, preventive lab, cervical screening) was processed as diagnostic, so the deductible and
coinsurance applied or a line was denied ("preventive benefit does not apply", "diagnosis code does not support
preventive"), with the Affordable Care Act preventive-services wording (PHS Act section 2713, USPSTF A/B, ACIP, HRSA)
in the footnotes. One claim reprocessed as preventive with $0 member cost, one well-child visit where only the
problem-oriented visit carried the copay, one Spanish.
Issuers (fictional): Pardubice Health Insurance Company (logo "PARDUBICE HEALTH" over a rule), Trebic Mutual Health
Plan (parent line "A Jesenik Holdings company"), Bechyne Health Plan of Kansas (return-address block).
Truth: document type eob; denial type coding_error where the plan processed the screening as diagnostic because of
the diagnosis code (not_covered accepted, and no denial where nothing was refused and only cost sharing applied);
the reprocessed claim and the well-child visit deny nothing. Member = the patient (a dependent where the subscriber
differs); case number = the claim number (the original claim number on the reprocessed EOB accepted with it);
claim amount = the claim's total billed; service date = the date of service; notice date = the statement date;
provider = the rendering provider; appeal deadline = statement + 180 days or the printed date (null where the
clock runs from receipt, both readings accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaj_famjb import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               pairs, person, phone, usd)

FAMILY = "preventive_service_billed_diagnostic_eob"
LANG = "en"
ISSUERS = {
    "pardubice": dict(name="Pardubice Health Insurance Company", style="logo", logo="PARDUBICE HEALTH",
                      line2="Member Services | PO Box 9120, Hillsboro, KS 67063"),
    "trebic": dict(name="Trebic Mutual Health Plan", style="parent", parent="A Jesenik Holdings company",
                   line2="Claims Department | PO Box 3356, Larned, KS 67550"),
    "bechyne": dict(name="Bechyne Health Plan of Kansas", style="block",
                    line2="Explanation of Benefits | 1800 Klatovy Avenue | Lyons, KS 67554"),
}
LABELS = {
    1: dict(stmt="Statement date", pat="Patient", sub="Subscriber", mid="Member ID", grp="Group number",
            clm="Claim number", prov="Provider", dos="Date of service", rec="Claim received", pid="Plan ID",
            title="Explanation of Benefits", tot="Claim totals", owe="You owe"),
    2: dict(stmt="Date issued", pat="Patient name", sub="Policyholder", mid="ID #", grp="Group #", clm="Claim #",
            prov="Rendering provider", dos="Service date", rec="Received on", pid="Plan",
            title="EXPLANATION OF BENEFITS - THIS IS NOT A BILL", tot="Totals", owe="Your responsibility"),
    3: dict(stmt="Processed", pat="For", sub="Member", mid="Identification no.", grp="Employer group",
            clm="Claim reference", prov="Billed by", dos="Dates of service", rec="Date received",
            pid="Benefit plan", title="Your claim summary", tot="Total", owe="Amount you may owe"),
    "es": dict(stmt="Fecha del estado de cuenta", pat="Paciente", sub="Suscriptor", mid="Número de miembro",
               grp="Número de grupo", clm="Número de reclamación", prov="Proveedor", dos="Fecha de servicio",
               rec="Reclamación recibida", pid="Plan", title="Explicación de beneficios - Esto no es una factura",
               tot="Totales", owe="Usted debe"),
}
# lines: (code, description, dx, billed, allowed, kind) kind: cs = cost share applied as diagnostic; den = line
# denied; prev = paid as preventive $0; sick = problem visit copay
SCEN = {
    "colon": dict(den="coding_error", alt=["not_covered", None], lines=[
        ("45385", "Colonoscopy with removal of polyp", "K63.5", 3480.00, 1612.40, "cs"),
        ("88305", "Pathology, tissue exam", "K63.5", 260.00, 71.15, "cs")],
        rem=("P17", "Preventive benefit does not apply. The claim was billed with a diagnosis code for a "
                    "condition (K63.5 polyp of colon) rather than a screening code, so it was processed under "
                    "your diagnostic benefits; deductible and coinsurance apply."),
        note="If this was a screening colonoscopy and a polyp was removed during it, ask your provider to check "
             "the diagnosis codes and modifier PT, and resubmit. Screening colonoscopies are covered at no cost "
             "to you under the preventive benefit."),
    "mammo": dict(den="coding_error", alt=["not_covered", None], lines=[
        ("77067", "Mammography, bilateral screening", "N63.10", 512.00, 198.30, "cs"),
        ("77063", "Breast tomosynthesis, screening", "N63.10", 190.00, 54.75, "cs")],
        rem=("DX4", "Your provider billed this mammogram with a diagnosis of a breast lump, so we processed it "
                    "as a diagnostic exam under your medical benefits and applied your deductible."),
        note="A screening mammogram is covered at $0 when you have no symptoms. When there are symptoms or a "
             "finding, the exam is diagnostic and cost sharing applies."),
    "labs": dict(den="coding_error", alt=["not_covered"], lines=[
        ("99396", "Preventive visit, established patient, 40-64", "Z00.00", 355.00, 182.60, "prev"),
        ("80061", "Lipid panel", "Z00.00", 96.00, 18.20, "prev"),
        ("83036", "Hemoglobin A1c", "Z00.00", 74.00, 0.00, "den"),
        ("84443", "Thyroid stimulating hormone", "Z00.00", 118.00, 0.00, "den")],
        rem=("N91", "Diagnosis code does not support preventive. These tests are not on the preventive services "
                    "list for the diagnosis billed; the line is denied. Not covered as billed."),
        note="Lab tests done at a preventive visit are covered at $0 only when they are recommended screenings "
             "for you. Other tests need a diagnosis that supports them."),
    "reproc": dict(den=None, alt=None, lines=[
        ("45378", "Colonoscopy, screening (modifier 33)", "Z12.11", 2890.00, 1344.90, "prev"),
        ("00812", "Anesthesia for screening colonoscopy", "Z12.11", 980.00, 402.10, "prev")],
        rem=("RP2", "Reprocessed as preventive. The corrected claim shows a screening diagnosis (Z12.11). "
                    "The earlier deductible and coinsurance were reversed; you owe $0."),
        note="This statement replaces the earlier statement for this claim. Any amount you already paid your "
             "provider for this service should be refunded by the provider."),
    "es_mammo": dict(den="coding_error", alt=["not_covered", None], lines=[
        ("77067", "Mamografía de detección, bilateral", "R92.8", 498.00, 201.55, "cs")],
        rem=("DX4", "El beneficio preventivo no aplica: el código de diagnóstico no corresponde a una prueba de "
                    "detección. Se procesó como diagnóstico y se aplicaron el deducible y el coaseguro."),
        note="Las mamografías de detección están cubiertas sin costo para usted cuando no tiene síntomas."),
    "child": dict(den=None, alt=["coding_error"], lines=[
        ("99393", "Well-child visit, age 5-11", "Z00.129", 265.00, 151.40, "prev"),
        ("99213", "Office visit, problem-oriented (modifier 25)", "J02.9", 180.00, 96.80, "sick"),
        ("90686", "Influenza vaccine, quadrivalent", "Z23", 42.00, 24.10, "prev")],
        rem=("C25", "A separate problem-oriented visit was billed on the same day as the preventive visit. The "
                    "preventive services were paid in full; your office visit copay applies to the problem visit."),
        note="Preventive care is covered at no cost. If your doctor treats a new or existing problem during the "
             "same visit, that part of the visit is diagnostic and your usual copay applies."),
    "pap": dict(den="coding_error", alt=["not_covered"], lines=[
        ("88175", "Cervical cytology, liquid-based", "R87.610", 148.00, 0.00, "den"),
        ("87624", "HPV test, high-risk types", "R87.610", 212.00, 0.00, "den"),
        ("99395", "Preventive visit, established patient, 18-39", "Z01.419", 298.00, 164.75, "prev")],
        rem=("N91", "Diagnosis code does not support preventive screening. The follow-up cytology and HPV test "
                    "were billed with an abnormal-result diagnosis and were submitted under the preventive "
                    "benefit; resubmit as diagnostic."),
        note="Cervical cancer screening at the intervals recommended for your age is covered at $0. Follow-up "
             "testing after an abnormal result is diagnostic."),
}
ACA = ("About preventive care. Under the Affordable Care Act (section 2713 of the Public Health Service Act), this "
       "plan covers in-network preventive services without a copay, coinsurance or deductible: services rated A or B "
       "by the U.S. Preventive Services Task Force, immunizations recommended by the ACIP, and preventive care for "
       "women, infants, children and adolescents supported by HRSA. Cost sharing may apply when a service is billed "
       "as diagnostic or is not billed separately from a problem-oriented visit.")
ACA_ES = ("Sobre la atención preventiva. Según la Ley del Cuidado de Salud a Bajo Precio (sección 2713 de la Ley del "
          "Servicio de Salud Pública), este plan cubre los servicios preventivos dentro de la red sin copago, "
          "coaseguro ni deducible: los servicios con calificación A o B del Grupo de Trabajo de Servicios "
          "Preventivos de EE. UU., las vacunas recomendadas por el ACIP y la atención preventiva apoyada por HRSA.")


def amounts(f: dict):
    s = SCEN[f["scen"]]
    out = []
    ded_left = f["ded"]
    for code, desc, dx, billed, allowed, kind in s["lines"]:
        if kind == "cs":
            ded = min(ded_left, allowed)
            ded_left -= ded
            coins = round((allowed - ded) * 0.2, 2)
            plan = round(allowed - ded - coins, 2)
            owe = round(ded + coins, 2)
        elif kind == "sick":
            ded, coins, plan, owe = 0.0, 30.0, round(allowed - 30.0, 2), 30.0
        elif kind == "den":
            ded, coins, plan, owe = 0.0, 0.0, 0.0, billed if f["oon_owe"] else 0.0
        else:
            ded, coins, plan, owe = 0.0, 0.0, allowed, 0.0
        out.append((code, desc, dx, billed, allowed, ded, coins, plan, owe, kind))
    return out


def eob(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mu = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  EOB {f['eobno']}  ·  " + ("página {p} de {n}" if es else "page {p} of {n}"))
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    mail_to(d, [f["sub"]] + list(f["addr"]))
    d.text_line(L["title"], 12.5, "B", h=7)
    d.ln(1)
    if f["boxes"]:
        d.boxes([(L["stmt"], fd(f["date"]), 40), (L["mid"], f["mid"], 44), (L["grp"], f["group"], 36),
                 (L["clm"], f["clm"], 50)], h=11)
        d.ln(3)
    rows = [(L["stmt"], None if f["boxes"] else fd(f["date"])), (L["sub"], f["sub"] if f["dep"] else None),
            (L["pat"], f["member"]), (L["mid"], None if f["boxes"] else f["mid"]),
            (L["grp"], None if f["boxes"] else f["group"]), (L["pid"], f["plan"]),
            (L["clm"], None if f["boxes"] else f["clm"]),
            ("Reclamación original" if es else "Original claim", f["orig"] if f["scen"] == "reproc" else None),
            (L["prov"], f["prov"] + " (" + ("dentro de la red" if es else "in network") + ")"),
            (L["rec"], fd(f["rec"])), (L["dos"], fd(f["dos"]))]
    pairs(d, rows, kw=52, size=9.1)
    am = amounts(f)
    hd = (["Fecha", "Servicio", "Dx", "Facturado", "Permitido", "Deducible", "Coaseguro", "Pagó el plan", "Usted debe",
           "Nota"] if es else
          ["Date", "Service", "Dx", "Billed", "Allowed", "Deductible", "Coins./copay", "Plan paid", "You owe", "Note"])
    dd = f["dos"].strftime("%m/%d/%y")
    body = [[dd, f"{c} {desc}"[:34], dx, mu(b), mu(a), mu(de), mu(co), mu(p), mu(o),
             s["rem"][0] if k in ("cs", "den", "sick") or f["scen"] == "reproc" else ""]
            for c, desc, dx, b, a, de, co, p, o, k in am]
    tb = sum(x[3] for x in am)
    body.append(["*" + L["tot"], "", "", mu(tb), mu(sum(x[4] for x in am)), mu(sum(x[5] for x in am)),
                 mu(sum(x[6] for x in am)), mu(sum(x[7] for x in am)), mu(sum(x[8] for x in am)), ""])
    d.table(hd, body, [13, 47, 12, 17, 17, 17, 17, 16, 16, 9], size=7.0, aligns="LLLRRRRRRL")
    owe = sum(x[8] for x in am)
    d.font(9.6, "B")
    d.cell(0, 6, f"{L['owe']}: {mu(owe)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.text_line("Notas" if es else "Remark codes", 9.8, "B", h=5.5)
    d.para(f"{s['rem'][0]}  {s['rem'][1]}", 8.8)
    d.para(s["note"], 8.8)
    if f["acc"]:
        d.para((("Su deducible del año del plan: " if es else "Your plan-year deductible: ")
                + f"{mu(f['ded_total'])}; " + ("acumulado" if es else "met to date") + f" {mu(f['ded_total'] - 40)}. "
                + ("Año del plan: " if es else "Plan year: ") + f"{fdate(f['py'], f['ds'])} - "
                + fdate(days(f['py'], 364), f['ds']) + "."), 8.6)
    if s["den"] is not None:
        if es:
            ap = ("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este estado de "
                  "cuenta. Escriba a la dirección de arriba o llame al " + f["ph"] + ".")
        elif f["dl"] == "days":
            ap = ("Your right to appeal: you may ask for a review of this decision within 180 days of the date of "
                  f"this statement. Call {f['ph']} or write to the address above.")
        elif f["dl"] == "date":
            ap = (f"Your right to appeal: we must receive your appeal by {fd(f['deadline'])}. Call {f['ph']} or "
                  "write to the address above. You may also ask your provider to send a corrected claim.")
        else:
            ap = ("You may appeal within 180 days after you receive this notice. Call " + f["ph"]
                  + " or write to the address above. An external review may be available after the appeal.")
        d.para(ap, 8.8)
    d.para(ACA_ES if es else ACA, 8.2)
    d.para(("Servicio al cliente: " if es else "Customer service: ") + f["ph"]
           + (", lunes a viernes de 7 a.m. a 7 p.m." if es else ", Monday-Friday 7 a.m. to 7 p.m. Central. "
              "TTY 711. Keep this statement for your records."), 8.2)
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, ms: str, date: dt.date, dl: str, boxes: bool,
          dep: bool, pid: bool, acc: bool) -> dict:
    lang = "es" if lab == "es" else "en"
    sub = person(r, lang)
    member = person(r, lang, taken=(sub.split()[0],)) if dep else sub
    dos = days(date, -r.randint(20, 45))
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, ms=ms, date=date, dl=dl, boxes=boxes, dep=dep, acc=acc,
                lang=lang, sub=sub, member=member, addr=address(r, lang), mid=mixed(r, "AA9999999999"),
                group=digits(r, 6), plan=("Silver PPO 3000 (Plan ID " + digits(r, 5) + "KS" + digits(r, 7) + ")")
                if pid else None, clm=mixed(r, "9999A99999999"), orig=mixed(r, "9999A99999999"),
                prov=clinician(r), dos=dos, rec=days(dos, r.randint(5, 12)), ded=float(r.choice([500, 750, 1000])),
                ded_total=float(r.choice([1500, 2500, 3000])), py=dt.date(2026, 1, 1), ph=phone(r),
                deadline=days(date, 180), eobno=digits(r, 10), oon_owe=False)


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    am = amounts(f)
    alts = {}
    dead = None
    if s["den"] is not None:
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(f["deadline"]), iso(days(f["date"], 185))]
        else:
            dead = iso(f["deadline"])
    if f["scen"] == "reproc":
        alts["case_numbers"] = [[f["clm"], f["orig"]]]
    plan_id = None
    if f["plan"]:
        plan_id = f["plan"].split("Plan ID ")[1].rstrip(")")
        alts["plan_id"] = [None]
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], plan_id=plan_id, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["clm"]], claim_amount=m2(sum(x[3] for x in am)),
              service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=f["prov"],
              appeal_deadline=dead, alternates=alts)
    return truth("eob", s["den"], f["lang"], denial_alternates=s["alt"], **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline, boxes, dependent, plan id, accum)
PLAN = [
    ("preventive_service_billed_diagnostic_eob_bd_colonoscopy_polyp", "born_digital", "pardubice", "colon", 1,
     "long", "plain", "days", True, False, False, True),
    ("preventive_service_billed_diagnostic_eob_bd_reprocessed_preventive", "born_digital", "trebic", "reproc", 2,
     "slash", "plain", "days", False, True, True, False),
    ("preventive_service_billed_diagnostic_eob_scan_wellness_labs_denied", "scan_clean_300", "bechyne", "labs", 3,
     "abbr", "nosign", "date", False, False, False, True),
    ("preventive_service_billed_diagnostic_eob_lowres_es_mamografia", "scan_lowres_150", "trebic", "es_mammo", "es",
     "es", "es", "days", True, False, False, False),
    ("preventive_service_billed_diagnostic_eob_phone_mammogram_diagnostic", "phone_photo", "pardubice", "mammo", 2,
     "iso", "plain", "receive", False, False, True, False),
    ("preventive_service_billed_diagnostic_eob_copy_well_child_sick_visit", "photocopy", "bechyne", "child", 1,
     "dmy", "usd", "days", False, True, False, True),
    ("preventive_service_billed_diagnostic_eob_faxstd_cervical_followup", "fax_standard_g4", "trebic", "pap", 3,
     "upper", "plain", "date", True, False, False, False),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl, boxes, dep, pid, acc) in enumerate(PLAN):
        r = random.Random(135600 + n)
        date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 240))
        f = facts(r, ins, scen, lab, ds, ms, date, dl, boxes, dep, pid, acc)
        items.append(Item(stem, cond, [(eob(f), doc_truth(f))]))
    return items
