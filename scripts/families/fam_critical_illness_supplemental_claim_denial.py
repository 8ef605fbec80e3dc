"""Family 'critical_illness_supplemental_claim_denial': claim decisions on supplemental critical-illness and accident
policies (group certificates under an employer's group policy, and one individual policy) that pay a lump sum when a
covered illness is diagnosed. The letters quote the policy's definition of the covered illness and set the records
against it, and apply the waiting period (no benefit for an illness diagnosed in the first 30 days) and the
pre-existing condition limitation (12 months look-back, 12 months exclusion) that such policies carry.
Scenarios: a heart attack claim whose records do not meet the policy's heart attack definition, invasive cancer
diagnosed inside the 30-day waiting period, a stroke claim paid in full, a Spanish coronary bypass claim under the
pre-existing condition limitation, a hernia on an accident-only policy (a sickness, not an injury), a kidney failure
claim closed because the records asked for never came (plain words), a carcinoma in situ paid at 25 % with the full
invasive-cancer benefit denied.
Issuers (fictional): Rapla Mutual Life and Accident Company (logo "RAPLA MUTUAL" over a rule), Jogeva Benefit Life
Insurance Company (parent line "An Aegviidu Holdings company"), Polva Supplemental Assurance Company (return-address
block).
Truth: member ID = the certificate number (the individual policy's policy number on Polva's individual policy);
group = the group policy number; case numbers = the claim number; claim amount null (a lump-sum policy bills
nothing; the benefit amount claimed is accepted); service date = the date of diagnosis or of the event (coverage
effective date, waiting-period end, prior treatment dates, claim received and birth dates are decoys).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundai_famic import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               pairs, person, phone, signature, usd)

FAMILY = "critical_illness_supplemental_claim_denial"
LANG = "en"
ISSUERS = {
    "rapla": dict(name="Rapla Mutual Life and Accident Company", style="logo", logo="RAPLA MUTUAL",
                  line2="Supplemental Health Claims | PO Box 7731, Reno, NV 89510"),
    "jogeva": dict(name="Jogeva Benefit Life Insurance Company", style="parent", parent="An Aegviidu Holdings company",
                   line2="Voluntary Benefits Claim Center | PO Box 2260, Elko, NV 89803"),
    "polva": dict(name="Polva Supplemental Assurance Company", style="block",
                  line2="Critical Illness Claims | 455 Loksa Avenue | Carson City, NV 89701"),
}
LABELS = {
    1: dict(ins="Insured", cov="Covered person", cert="Certificate number", pol="Group policy number",
            clm="Claim number", dx="Date of diagnosis", ben="Benefit amount claimed", prov="Diagnosing physician",
            rec="Claim received", eff="Coverage effective date", dob="Date of birth", emp="Employer"),
    2: dict(ins="Employee", cov="Patient", cert="Certificate #", pol="Policy #", clm="Claim #",
            dx="Diagnosis date", ben="Amount claimed", prov="Physician / facility", rec="Received",
            eff="Effective date", dob="DOB", emp="Policyholder"),
    3: dict(ins="Policy owner", cov="Insured person", cert="Policy number", pol="Group no.", clm="Claim reference",
            dx="Date of event", ben="Lump-sum benefit", prov="Attending provider", rec="Date we received your claim",
            eff="Policy date", dob="Birth date", emp="Account"),
    "es": dict(ins="Asegurado(a)", cov="Persona cubierta", cert="Número de certificado", pol="Número de póliza de grupo",
               clm="Número de reclamación", dx="Fecha del diagnóstico", ben="Beneficio reclamado",
               prov="Médico que diagnosticó", rec="Reclamación recibida", eff="Fecha de vigencia",
               dob="Fecha de nacimiento", emp="Empleador"),
}
# kind: deny / paid / partial
SCEN = {
    "heart": dict(kind="deny", den="not_covered", alt=["medical_necessity"], ill="Heart attack (myocardial infarction)",
                  defn="Heart attack means the death of a portion of the heart muscle caused by a blockage of one "
                       "or more coronary arteries, shown by (a) a rise of cardiac biomarkers and (b) new changes on "
                       "the electrocardiogram consistent with a heart attack.",
                  why="The hospital records show chest pain and a small rise in troponin, but the "
                      "electrocardiograms taken on admission and the next day show no new changes, and your "
                      "cardiologist's discharge summary gives the diagnosis as unstable angina. Both parts of the "
                      "definition must be met, so the heart attack benefit is not payable.", pct=100),
    "wait": dict(kind="deny", den="not_covered", alt=["eligibility"], ill="Invasive cancer",
                 defn="No benefit is payable for a critical illness first diagnosed during the waiting period, "
                      "the first 30 days after the certificate's effective date.",
                 why="The pathology report shows the cancer was diagnosed {dx}, which is within 30 days of your "
                     "coverage effective date of {eff}. The waiting period ended {wend}. Because the diagnosis "
                     "was made before that date, we cannot pay the benefit, and this illness will not be covered "
                     "under this certificate.", pct=100),
    "stroke": dict(kind="paid", den=None, alt=None, ill="Stroke",
                   defn="Stroke means a cerebrovascular event producing a neurological deficit lasting more than "
                        "24 hours, confirmed by imaging.",
                   why="The records show a stroke confirmed by MRI with weakness of the right arm lasting more than "
                       "24 hours. Your claim meets the policy's definition and we have approved 100 % of the "
                       "benefit amount.", pct=100),
    "es_preex": dict(kind="deny", den="not_covered", alt=["other", "eligibility"],
                     ill="Cirugía de derivación coronaria (bypass)",
                     defn="Limitación por condición preexistente: no pagamos beneficios por una enfermedad "
                          "diagnosticada en los primeros 12 meses de cobertura si, en los 12 meses antes de la "
                          "fecha de vigencia, usted recibió tratamiento, consulta o medicamentos por esa condición.",
                     why="Los expedientes muestran que usted recibió tratamiento por enfermedad de las arterias "
                         "coronarias el {prior}, dentro de los 12 meses antes de su fecha de vigencia. La cirugía "
                         "se hizo durante los primeros 12 meses de cobertura, por lo que aplica la limitación.",
                     pct=100),
    "hernia": dict(kind="deny", den="not_covered", alt=None, ill="Accidental injury - hernia repair",
                   defn="Injury means bodily harm caused directly by an accident, independent of sickness or "
                        "disease. A hernia of any kind is treated as a sickness under this accident policy.",
                   why="Your surgeon's notes describe an inguinal hernia found after you lifted boxes at home. "
                       "This policy pays for injuries from accidents only; it does not pay for sickness, and the "
                       "policy lists hernias among the conditions it treats as sickness. No accident benefit is "
                       "payable for this claim.", pct=100),
    "records": dict(kind="deny", den="other", alt=["not_covered"], ill="Major organ failure - kidney",
                    defn="Kidney failure means end-stage renal disease requiring regular dialysis or a kidney "
                         "transplant.",
                    why="On {asked} we wrote to you and to {prov} for the nephrologist's statement and the "
                        "dialysis records. We have not received them. Without them we cannot tell whether your "
                        "illness meets the definition, so we have closed your claim. If the records arrive, "
                        "we will reopen it.", pct=100),
    "insitu": dict(kind="partial", den="not_covered", alt=["medical_necessity"], ill="Cancer",
                   defn="Invasive cancer means a malignant tumor with uncontrolled growth and invasion of tissue. "
                        "Carcinoma in situ (cancer that has not spread past the layer of cells where it began) pays "
                        "25 % of the benefit amount.",
                   why="The pathology report describes ductal carcinoma in situ with no invasion. We have paid the "
                       "in situ benefit of 25 %. The rest of the invasive cancer benefit is denied because the "
                       "diagnosis does not meet the definition of invasive cancer.", pct=25),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  Policy form CI-{f['form']}  ·  page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["addressee"]] + list(f["addr"]))
    k = s["kind"]
    title = ("Decisión sobre su reclamación de enfermedad grave" if es else
             "Your critical illness claim has been approved" if k == "paid" else
             "Explanation of partial benefit payment" if k == "partial" else
             "Accident claim decision" if f["scen"] == "hernia" else "Critical illness claim decision")
    d.text_line(title, 12.5, "B", h=8)
    ben = usd(f["ben"], f["ms"])
    rows = [(L["ins"], f["employee"]), (L["cov"], f["member"] if f["member"] != f["employee"] else None),
            (L["dob"], fd(f["dob"])), (L["emp"], f["employer"]), (L["pol"], f["group"]), (L["cert"], f["cert"]),
            (L["clm"], f["clm"]), (L["eff"], fd(f["eff"])), (L["rec"], fd(f["rec"])),
            ("Enfermedad reclamada" if es else "Benefit claimed", s["ill"]), (L["dx"], fd(f["dx"])),
            (L["prov"], f["prov"]), (L["ben"], ben)]
    if f["boxes"]:
        d.boxes([(L["clm"], f["clm"], 44), (L["cert"], f["cert"], 44), (L["pol"], f["group"] or "-", 40),
                 (L["dx"], fd(f["dx"]), 48)], h=11)
        d.ln(3)
        rows = [r for r in rows if r[0] not in (L["clm"], L["cert"], L["pol"], L["dx"])]
    pairs(d, rows, kw=56, size=9.1)
    fmt = dict(dx=fd(f["dx"]), eff=fd(f["eff"]), wend=fd(days(f["eff"], 30)), prior=fd(f["prior"]),
               asked=fd(f["asked"]), prov=f["prov"])
    if es:
        d.para(f"Estimado(a) {f['addressee']}:", 9.8)
        d.para("Revisamos su reclamación y los expedientes médicos. Lamentamos informarle que la reclamación "
               "fue denegada.", 9.5)
        d.para("Lo que dice su certificado: " + s["defn"], 9.0)
        d.para(s["why"].format(**fmt), 9.5)
        d.para("Si no está de acuerdo, puede pedir una revisión por escrito dentro de 180 días a partir de la "
               f"fecha de esta carta. Envíe su solicitud y cualquier expediente nuevo a la dirección de arriba o "
               f"por fax al {f['fax']}. Llame al {f['ph']} si tiene preguntas. Su próxima fecha de aniversario de "
               f"la póliza es {fd(f['anniv'])}; sus primas continúan.", 9.1)
    else:
        d.para(f"Dear {f['addressee']}:", 9.8)
        d.para(f"We have finished reviewing the claim you filed for {s['ill'].lower()} and the medical records "
               f"from {f['prov']}. " + ("" if k == "paid" else "Here is what we decided and why."), 9.5)
        d.font(9.0)
        d.set_x(d.l_margin + 8)
        d.multi_cell(d.w - d.l_margin - d.r_margin - 16, 4.3, "What your policy says: " + s["defn"],
                     new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
        d.para(s["why"].format(**fmt), 9.5)
        if f["sched"]:
            amt = f["ben"]
            d.table(["Covered condition", "Percent of benefit amount", "Amount"],
                     [["Heart attack", "100%", usd(amt, f["ms"])], ["Stroke", "100%", usd(amt, f["ms"])],
                      ["Invasive cancer", "100%", usd(amt, f["ms"])],
                      ["Carcinoma in situ", "25%", usd(amt * 0.25, f["ms"])],
                      ["Health screening benefit (once a year)", "-", usd(50, f["ms"])]],
                     [80, 50, 40], size=8.6, aligns="LCR")
        if k in ("paid", "partial"):
            paid = f["ben"] * s["pct"] / 100
            d.para(f"Payment: {usd(paid, f['ms'])} was sent to you on {fd(f['date'])} by direct deposit "
                   f"(payment no. {f['pay']}). Benefits are paid to you, not to your doctor or hospital.", 9.3)
        if k != "paid":
            if f["dl"] == "days":
                ap = "You may ask us to review this decision within 180 days of the date of this letter"
            elif f["dl"] == "date":
                ap = f"If you disagree, send us a written request for review by {fd(f['deadline'])}"
            else:
                ap = "You may request a review within 180 days after you receive this letter"
            d.para("Your right to a review. " + ap + ". Send any new medical records with your request to the "
                   f"address above or fax them to {f['fax']}. Your coverage anniversary is {fd(f['anniv'])}; "
                   "this decision does not end your coverage, and premiums remain due.", 9.2)
        d.para(f"Questions? Call our claim center at {f['ph']}, Monday to Friday, 8 a.m. to 6 p.m. Pacific time. "
               "This policy is a supplement to health insurance and is not a substitute for major medical "
               "coverage.", 8.8)
    signature(d, [f["signer"], "Examinador(a) de reclamaciones" if es else "Claim Examiner, Supplemental Health",
                  i["name"]], "Atentamente," if es else "Sincerely,")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str, dl: str, boxes: bool,
          sched: bool, spouse: bool) -> dict:
    lang = "es" if lab == "es" else "en"
    employee = person(r, lang)
    member = person(r, lang, taken=(employee.split()[0],)) if spouse else employee
    eff = days(date, -r.randint(25, 30) - 40) if scen == "wait" else days(date, -r.randint(120, 700))
    dx = days(eff, r.randint(12, 24)) if scen == "wait" else days(date, -r.randint(25, 60))
    if scen == "es_preex":
        eff = days(date, -r.randint(150, 250))
        dx = days(eff, r.randint(60, 120))
    indiv = ins == "polva"
    prov = (r.choice(["Caliente Regional Hospital", "Hawthorne Valley Medical Center"]) if scen in ("stroke", "records")
            else clinician(r))
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, dl=dl, lang=lang, boxes=boxes, sched=sched,
                employee=employee, member=member, addressee=employee,
                dob=dt.date(r.randint(1958, 1990), r.randint(1, 12), r.randint(1, 28)),
                employer=None if indiv else r.choice(["Tamsaare Freight Lines", "Mooste Dairy Cooperative",
                                                      "Vastse County School District"]),
                group=None if indiv else mixed(r, "GCI-99999"), cert=mixed(r, "AA99999999") if not indiv
                else mixed(r, "PSA-9999999"), clm=mixed(r, "C99-9999999"), eff=eff, dx=dx,
                rec=days(date, -r.randint(8, 20)), prior=days(eff, -r.randint(60, 200)),
                asked=days(date, -r.randint(50, 70)), anniv=days(eff, 365 * ((date - eff).days // 365 + 1)),
                ben=float(r.choice([10000, 15000, 20000, 25000])) if scen != "hernia" else float(r.choice([1500, 2500])),
                prov=prov, pay=digits(r, 9), addr=address(r, lang), ph=phone(r), fax=phone(r),
                signer=person(r, "en"), form=digits(r, 4), deadline=days(date, 180))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    alts = {"claim_amount": [m2(f["ben"])]}
    den = s["den"]
    dead = None
    if den is not None:
        dead = None if f["dl"] == "receive" else iso(f["deadline"])
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(f["deadline"]), iso(days(f["date"], 185))]
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["cert"], group_number=f["group"], plan_id=None,
              member_name=f["member"], case_numbers=[f["clm"]], claim_amount=None,
              service_dates=[iso(f["dx"])], denial_date=iso(f["date"]), provider=f["prov"],
              appeal_deadline=dead, alternates=alts)
    if den is None:
        return truth("other", None, f["lang"], type_alternates=["eob"], **kw)
    return truth("denial_letter", den, f["lang"], denial_alternates=s["alt"],
                 type_alternates=["eob"] if s["kind"] == "partial" else None, **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline kind, boxes, schedule, spouse)
PLAN = [
    ("critical_illness_supplemental_claim_denial_bd_heart_attack_definition", "born_digital", "rapla", "heart", 1,
     "long", "plain", "days", False, True, False),
    ("critical_illness_supplemental_claim_denial_bd_cancer_waiting_period", "born_digital", "jogeva", "wait", 2,
     "slash", "plain", "date", True, False, True),
    ("critical_illness_supplemental_claim_denial_scan_stroke_paid", "scan_clean_300", "polva", "stroke", 3,
     "abbr", "nosign", "days", False, True, False),
    ("critical_illness_supplemental_claim_denial_lowres_es_preexisting", "scan_lowres_150", "rapla", "es_preex", "es",
     "es", "es", "days", False, False, False),
    ("critical_illness_supplemental_claim_denial_rot_accident_hernia", "rotated", "jogeva", "hernia", 1, "dmy",
     "plain", "receive", False, False, False),
    ("critical_illness_supplemental_claim_denial_copy_kidney_records", "photocopy", "polva", "records", 2, "iso",
     "usd", "days", True, False, False),
    ("critical_illness_supplemental_claim_denial_fax_in_situ_partial", "fax_fine_g4", "rapla", "insitu", 3,
     "upper", "plain", "date", False, True, True),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl, boxes, sched, spouse) in enumerate(PLAN):
        r = random.Random(133500 + n)
        date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 250))
        f = facts(r, ins, scen, lab, ds, date, ms, dl, boxes, sched, spouse)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
