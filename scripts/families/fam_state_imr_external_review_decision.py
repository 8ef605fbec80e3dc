"""Family 'state_imr_external_review_decision': a state regulator's Independent Medical Review (IMR) determination
letter, modelled on the California Department of Managed Health Care's IMR decision letter (Help Center letterhead,
"IMR Case Number", "The DMHC adopted the decision of the independent reviewer", the plan's obligation to authorize
within five working days when overturned, "final and binding on the health plan" and other remedies when upheld,
the reviewer's credentials without a name, and a summary of the reviewer's analysis). Values are invented; the
agencies, states, plans and the independent review organization are fictional.
Scenarios: continuous glucose monitor overturned, TMS sessions upheld (not medically necessary), a residential
eating-disorder stay overturned (claim), breast reduction upheld (Spanish), a gene-expression test upheld as
investigational (claim), acute rehabilitation upheld (skilled nursing care enough), an out-of-network pediatric
neurosurgeon overturned.
Truth: the agency on the letterhead is the insurer (the health plan accepted); case numbers = the IMR case number,
the plan's grievance number and the claim number when there is one; the IRO's own file number is a decoy. Upheld =
denial_letter with the plan's denial type; overturned = other, denial null. No appeal deadline (only other remedies).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundag_famgb import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, signature, usd)

FAMILY = "state_imr_external_review_decision"
LANG = "en"
ISSUERS = {
    "parnu": dict(name="Parnu Department of Managed Health Care", style="logo", logo="HELP CENTER",
                  line2="980 Emajoe Street, Suite 500 | Parnu City, PA 17330"),
    "rakvere": dict(name="Rakvere Office of Patient Advocacy and Review", style="parent",
                    parent="STATE OF RAKVERE  ·  HEALTH AND HUMAN SERVICES AGENCY",
                    line2="Independent Medical Review Unit | PO Box 4410, Rakvere, VT 05860"),
    "viljandi": dict(name="Viljandi Insurance Commissioner", style="block",
                     line2="Independent Medical Review Section | 22 Kadriorg Road | Viljandi, NM 87930"),
}
PLANS = ["Kuressaare Health Plan", "Paide Care HMO, Inc.", "Valga Community Health Plan"]
IRO = "Voru Review Services, Inc."
LABELS = {
    1: dict(case="IMR Case Number", pat="Enrollee", mid="Enrollee ID", grp="Group number", plan="Health plan",
            grv="Plan grievance number", clm="Claim number", svc="Service requested", prov="Treating provider",
            dos="Date(s) of service", den="Plan's denial dated", rec="Application received", amt="Amount billed"),
    2: dict(case="IMR case no.", pat="Patient", mid="Member ID", grp="Group #", plan="Your health plan",
            grv="Plan appeal #", clm="Claim #", svc="Disputed service", prov="Provider", dos="Service date",
            den="Date of plan's decision", rec="Date we received your IMR application", amt="Billed charges"),
    3: dict(case="Case No.", pat="Applicant / patient", mid="Subscriber ID", grp="Employer group", plan="Plan",
            grv="Grievance ref.", clm="Claim ref.", svc="Treatment in dispute", prov="Requesting physician",
            dos="Planned date", den="Plan denial letter date", rec="Received", amt="Total charges"),
    "es": dict(case="Número de caso IMR", pat="Afiliado(a)", mid="Número de afiliado", grp="Número de grupo",
               plan="Plan de salud", grv="Número de queja del plan", clm="Número de reclamación",
               svc="Servicio en disputa", prov="Médico que lo solicitó", dos="Fecha prevista del servicio",
               den="Fecha de la negación del plan", rec="Solicitud recibida", amt="Cargos"),
}
SCEN = {
    "cgm": dict(kind="pre", out="over", svc="Continuous glucose monitor with sensors (E2103, A4239)",
                prov="Sirje K. Toompea, MD", spec="endocrinology", den=None, span=0,
                why="the plan found the device not medically necessary because the enrollee checks blood sugar by "
                    "finger stick four times a day",
                find="The records show insulin on a multiple-daily-injection schedule and two low blood sugar events "
                     "needing help from another person. Current guidelines support a continuous glucose monitor for "
                     "this patient. The requested device is medically necessary."),
    "tms": dict(kind="pre", out="up", svc="Transcranial magnetic stimulation, 36 sessions (CPT 90867, 90868)",
                prov="Kuusk Behavioral Health Group", spec="psychiatry", den="medical_necessity", span=0,
                why="the plan found TMS not medically necessary",
                find="The records show one antidepressant trial of four weeks and no trial of psychotherapy. TMS is "
                     "appropriate after at least two adequate medication trials have failed. The requested TMS is "
                     "not medically necessary at this time."),
    "edu": dict(kind="post", out="over", svc="Residential treatment, eating disorder (revenue code 1001)",
                prov="Ilves Recovery Center", spec="psychiatry, with added certification in eating disorders",
                den=None, span=23,
                why="the plan paid the first 7 days and denied the rest of the stay as not medically necessary",
                find="At the time of the denial the patient weighed 78 percent of expected body weight and still "
                     "needed supervision at every meal. A lower level of care was not safe. The residential stay was "
                     "medically necessary for the full period."),
    "es_red": dict(kind="pre", out="up", svc="Mamoplastia de reducción bilateral (CPT 19318)",
                   prov="Lembit A. Laane, MD", spec="cirugía plástica", den="medical_necessity", span=0,
                   why="el plan decidió que la cirugía es cosmética y no médicamente necesaria",
                   find="El tejido que se planea quitar es menor que el mínimo de los criterios para el tamaño del "
                        "cuerpo de la paciente, y no hay registro de fisioterapia para el dolor de espalda. La cirugía "
                        "no es médicamente necesaria en este momento."),
    "gep": dict(kind="post", out="up", svc="Gene expression profile test, thyroid nodule (CPT 81546)",
                prov="Raudsepp Molecular Laboratory", spec="pathology and endocrinology", den="experimental", span=0,
                why="the plan denied the claim because it considers the test investigational",
                find="The published studies for this test in this setting are small and do not show that the test "
                     "improves treatment results. The test remains investigational for this patient's nodule."),
    "irf": dict(kind="pre", out="up", svc="Acute inpatient rehabilitation admission after stroke",
                prov="Koppel Rehabilitation Hospital", spec="physical medicine and rehabilitation",
                den="level_of_care", span=0,
                why="the plan approved care in a skilled nursing facility instead of an acute rehabilitation hospital",
                find="The patient could take part in about one hour of therapy a day. Acute rehabilitation requires "
                     "three hours a day. A skilled nursing facility could safely give the care needed. The plan's "
                     "decision to cover care in a skilled nursing facility instead was appropriate."),
    "oon": dict(kind="pre", out="over", svc="Consultation and surgery, pediatric neurosurgery (tethered cord release)",
                prov="Peeter J. Valgamaa, MD", spec="pediatric neurosurgery", den=None, span=0,
                why="the plan denied the request because the surgeon is not in the plan's network",
                find="No in-network pediatric neurosurgeon within the plan's service area performs this surgery on "
                     "children under five. Referral to this out-of-network surgeon is necessary."),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  IMR-{f['form']}  ·  {{p}}/{{n}}", header=f"{L['case']} {f['case']}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    d.text_line("Decisión de la Revisión Médica Independiente (IMR)" if es else
                "Independent Medical Review (IMR) Determination", 12.5, "B", h=7)
    dos = f"{fd(f['start'])} - {fd(f['end'])}" if f["end"] else fd(f["start"])
    rows = [(L["case"], f["case"]), (L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["group"]),
            (L["plan"], f["plan"]), (L["grv"], f["grv"]), (L["clm"], f["clm"]), (L["svc"], s["svc"]),
            (L["prov"], s["prov"]), (L["dos"], dos), (L["den"], fd(f["pden"])), (L["rec"], fd(f["received"])),
            (L["amt"], usd(f["amt"], f["ms"]) if f["amt"] else None)]
    pairs(d, rows, kw=62, size=9.1)
    up = s["out"] == "up"
    if es:
        d.para(f"Estimado(a) {f['member']}:", 9.8)
        d.para(f"El Departamento recibió su solicitud de Revisión Médica Independiente (IMR) sobre la negación de "
               f"su plan de salud. En su carta, {s['why']}. Una organización de revisión independiente, {IRO} "
               f"(expediente {f['iro']}), revisó su caso por contrato con el Departamento. Un médico revisor, "
               f"certificado por la junta en {s['spec']} y con práctica activa, revisó sus expedientes.", 9.5)
        d.text_line("Decisión: SE CONFIRMA LA NEGACIÓN DEL PLAN", 11, "B", h=6)
        d.para("Resumen del análisis del revisor: " + s["find"], 9.5)
        d.para("El Departamento adoptó la decisión del revisor independiente. Esta decisión es final y obligatoria "
               "para el plan de salud. Usted puede tener otros recursos, incluso una demanda en un tribunal. Si su "
               "condición cambia, su médico puede pedir el servicio de nuevo a su plan.", 9.3)
    else:
        d.para(f"Dear {f['member']}:", 9.8)
        d.para(f"The Department received your application for an Independent Medical Review (IMR) of your health "
               f"plan's decision. In its letter, {s['why']}. Under contract with the Department, {IRO} (IRO file "
               f"{f['iro']}) reviewed your case. One physician reviewer, board certified in {s['spec']} and in active "
               "practice, reviewed the medical records, the plan's file and the information you sent.", 9.5)
        d.text_line("Determination: the plan's denial is " + ("UPHELD" if up else "OVERTURNED"), 11, "B", h=6)
        d.para("Summary of the reviewer's analysis: " + s["find"], 9.5)
        if up:
            d.para("The Department adopted the determination of the independent reviewer. This decision is final "
                   "and binding on the health plan. You may have other remedies available, including an action in "
                   "court. If your condition changes, your doctor may ask your plan again.", 9.3)
        else:
            d.para("The Department adopted the determination of the independent reviewer and orders the plan to "
                   + ("pay the claim" if s["kind"] == "post" else "authorize the service") +
                   f". The plan must do so within five (5) working days of receiving this decision and must send "
                   f"proof to the Department. If the plan does not comply, call the Help Center.", 9.3)
    d.para(("Preguntas: Centro de Ayuda " if es else "Questions: call the Help Center at ") + f["ph"] +
           (" (TTY 711). Fax " if not es else " (TTY 711). Fax ") + f["fax"] + ".", 9)
    signature(d, [f["signer"], "Analista de IMR" if es else "IMR Analyst", i["name"]],
              "Atentamente," if es else "Sincerely,")
    d.font(8.5)
    d.cell(0, 4.3, f"cc: {f['plan']} (Grievance Department); {s['prov']}", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str, plan: str) -> dict:
    s = SCEN[scen]
    lang = "es" if lab == "es" else "en"
    pden = days(date, -r.randint(60, 110))
    start = days(pden, -r.randint(20, 45)) if s["kind"] == "post" else days(date, r.randint(10, 30))
    end = days(start, s["span"]) if s["span"] else None
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, lang=lang, plan=plan,
                member=person(r, lang), mid=mixed(r, "AAA99999999"), group=mixed(r, "G-99999"),
                case=mixed(r, "CM26-999999"), grv=mixed(r, "GRV99999999"),
                clm=digits(r, 12) if s["kind"] == "post" else None,
                amt=money(r, 3000, 60000) if s["kind"] == "post" else None, iro=mixed(r, "VRS-99999"),
                start=start, end=end, pden=pden, received=days(pden, r.randint(14, 40)), addr=address(r, lang),
                ph=phone(r), fax=phone(r), form=digits(r, 3), signer=person(r, "en"), npi=npi(r))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    cases = [f["case"], f["grv"]] + ([f["clm"]] if f["clm"] else [])
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["group"], plan_id=None,
              member_name=f["member"], case_numbers=cases, claim_amount=m2(f["amt"]) if f["amt"] else None,
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["date"]), provider=s["prov"],
              appeal_deadline=None, alternates={"insurer": [f["plan"]]})
    if s["out"] == "over":
        return truth("other", None, f["lang"], **kw)
    alt = {"experimental": ["not_covered", "medical_necessity"], "level_of_care": ["medical_necessity"],
           "medical_necessity": ["not_covered"] if f["scen"] == "es_red" else None}[s["den"]]
    return truth("denial_letter", s["den"], f["lang"], denial_alternates=alt, **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, plan)
PLAN = [
    ("state_imr_external_review_decision_bd_cgm_overturned", "born_digital", "parnu", "cgm", 1, "long", "plain", 0),
    ("state_imr_external_review_decision_bd_tms_upheld", "born_digital", "rakvere", "tms", 2, "slash", "plain", 1),
    ("state_imr_external_review_decision_scan_residential_overturned", "scan_clean_300", "viljandi", "edu", 3,
     "abbr", "plain", 2),
    ("state_imr_external_review_decision_lowres_es_reduction_upheld", "scan_lowres_150", "parnu", "es_red", "es",
     "es", "plain", 1),
    ("state_imr_external_review_decision_copy_gene_test_upheld", "photocopy", "rakvere", "gep", 1, "dmy", "nosign",
     0),
    ("state_imr_external_review_decision_fax_rehab_upheld", "fax_fine_g4", "viljandi", "irf", 2, "iso", "plain", 1),
    ("state_imr_external_review_decision_phone_neurosurgeon_overturned", "phone_photo", "parnu", "oon", 3, "upper",
     "plain", 2),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, pl) in enumerate(PLAN):
        r = random.Random(126500 + n)
        date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 240))
        f = facts(r, ins, scen, lab, ds, date, ms, PLANS[pl])
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
