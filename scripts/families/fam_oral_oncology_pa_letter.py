"""Family 'oral_oncology_pa_letter': an invented specialty pharmacy benefit manager's prior-authorization decisions on
oral cancer drugs.

Vantorra Specialty Rx Benefits, Inc. (set "VANTORRA" over "Specialty Rx Benefits, Inc.") decides for the member's
plan, which is named apart from it (Hollybrook Community Health Plan, Penwithick Employees' Health Plan). Letters deny
a drug not on the formulary (English and Spanish), a drug whose biomarker test result never came, a quantity above
the plan's limit, a drug to be tried after a formulary one (step), a use outside the label and compendia; one approves
after the test result arrived. Formulary alternatives in a table, the prescriber as provider, an expedited review
paragraph (72 hours / 24 hours). Decoys: NDC, prescriber NPI, RxBIN/RxPCN, request received date, form number, the
letter ID, cost-share amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr3 import address, days, digits, fdate, iso, local_phone, mixed, npi, person, phone

FAMILY = "oral_oncology_pa_letter"
LANG = "en"
PBM = "Vantorra Specialty Rx Benefits, Inc."
PLANS = {"H": "Hollybrook Community Health Plan", "P": "Penwithick Employees' Health Plan"}
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DOCTORS = ["Dr. Ottoline Brushford, MD", "Dr. Casimir Ludwell, MD", "Dr. Isolde Farrington, DO",
           "Dr. Peregrine Stawley, MD", "Dr. Marguerite Colscott, MD"]
# key -> (drug, strength / form, NDC, indication, alternatives [(drug, tier, note)])
DRUGS = {
    "osimertinib": ("Osimertinib 80 mg tablet", "00310-1349-30", "non-small cell lung cancer",
                    [("Erlotinib 150 mg tablet", "Tier 4", "PA required"), ("Gefitinib 250 mg tablet", "Tier 4",
                                                                               "PA required")]),
    "palbociclib": ("Palbociclib 125 mg capsule", "00069-0189-21", "HR-positive, HER2-negative breast cancer",
                    [("Ribociclib 200 mg tablet", "Tier 4", "PA required"), ("Abemaciclib 150 mg tablet", "Tier 4",
                                                                            "PA required")]),
    "olaparib": ("Olaparib 150 mg tablet", "00310-0679-60", "ovarian cancer",
                 [("Niraparib 100 mg capsule", "Tier 5", "PA required"), ("Rucaparib 300 mg tablet", "Tier 5",
                                                                          "PA required")]),
    "enzalutamide": ("Enzalutamide 40 mg capsule", "00469-0125-99", "prostate cancer",
                     [("Abiraterone 250 mg tablet (generic)", "Tier 2", "no PA"), ("Apalutamide 60 mg tablet",
                                                                                    "Tier 4", "PA required")]),
    "ibrutinib": ("Ibrutinib 420 mg tablet", "57962-0420-28", "chronic lymphocytic leukemia",
                  [("Acalabrutinib 100 mg tablet", "Tier 4", "PA required"), ("Zanubrutinib 80 mg capsule",
                                                                              "Tier 4", "PA required")]),
    "sotorasib": ("Sotorasib 120 mg tablet", "55513-0488-24", "pancreatic adenocarcinoma",
                  [("Capecitabine 500 mg tablet (generic)", "Tier 2", "no PA")]),
}
# kind -> (denial, denial alternates)
KINDS = {"nonformulary": ("not_covered", ["other"]), "biomarker": ("prior_authorization", ["medical_necessity", "other"]),
         "quantity": ("not_covered", ["other", "medical_necessity"]),
         "step": ("medical_necessity", ["prior_authorization", "not_covered"]),
         "offlabel": ("experimental", ["medical_necessity", "not_covered"]), "approved": (None, [])}
LABELS = [
    dict(member="Member", mid="Member ID", plan="Health plan", pid="Plan ID", grp="Group no.", case="PA case no.",
         drug="Drug requested", presc="Prescriber", rcv="Request received"),
    dict(member="Patient", mid="ID #", plan="Your benefit plan", pid="Benefit plan ID", grp="Group #",
         case="Request #", drug="Medication", presc="Prescribing physician", rcv="Received on"),
    dict(member="Cardholder", mid="Cardholder ID", plan="Plan sponsor", pid="Plan ID", grp="Employer group",
         case="Reference ID", drug="Drug and strength", presc="Ordering doctor", rcv="Date we got the request"),
]
ES = dict(member="Afiliado(a)", mid="Número de afiliado", plan="Plan de salud", pid="ID del plan", grp="Grupo",
          case="Número de caso", drug="Medicamento solicitado", presc="Médico que receta", rcv="Solicitud recibida")


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 15, 19))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    d.set_font("DejaVu", "B", 20)
    d.cell(110, 8, "VANTORRA", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 10.5)
    d.cell(110, 5, "Specialty Rx Benefits, Inc.", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.5)
    d.cell(110, 4, f"Pharmacy benefits for {PLANS[f['plan']]} members", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(125, y0)
    d.set_font("DejaVu", "", 7.8)
    right = (f"Oncology Prior Authorization\nPO Box 48120, Ardmore, OK 73402\nPhone {f['ph']} (TTY 711)\n"
             f"Fax {f['fax']}")
    d.multi_cell(0, 3.9, right, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 21)
    d.rule(0.5, 4)


def facts_block(d: Letter, f: dict) -> None:
    lb, fd = f["lb"], f["fd"]
    rows = [(lb["member"], f["pat"]), (lb["mid"], f["mid"]), (lb["plan"], PLANS[f["plan"]])]
    rows += [(lb["pid"], f["pid"])] if f["pid"] else []
    rows += [(lb["grp"], f["group"])] if f["group"] else []
    rows += [(lb["case"], f["case"]), (lb["drug"], f"{f['drug'][0]}  (NDC {f['drug'][1]})"),
             ("Quantity" if f["lang"] == "en" else "Cantidad", f["qty"]),
             (lb["presc"], f"{f['doctor']}   NPI {f['npi']}"), (lb["rcv"], fd(f["rcv"])),
             ("RxBIN / RxPCN", f"{f['bin']} / {f['pcn']}")]
    if f["boxed"]:
        d.set_font("DejaVu", "", 8.8)
        for k, v in rows:
            d.set_font("DejaVu", "B", 8.4)
            d.cell(52, 5.6, " " + k, border=1)
            d.set_font("DejaVu", "", 8.8)
            d.cell(0, 5.6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    else:
        for k, v in rows:
            d.set_font("DejaVu", "B", 9)
            d.cell(48, 5, k + ":")
            d.set_font("DejaVu", "", 9)
            d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def reason(f: dict) -> str:
    drug, ind = f["drug"][0].split()[0], f["drug"][2]
    return {
        "nonformulary": f"{drug} is not on the drug list (formulary) of {PLANS[f['plan']]}. Drugs that are not on the "
                        "list are covered only through a formulary exception, and the information sent does not show "
                        "that the drugs on the list below failed, caused side effects, or cannot be used. Because of "
                        "this, we cannot cover it.",
        "biomarker": f"Your plan covers {drug} for {ind} when a lab test shows the tumor has the gene change the drug "
                     "targets. We asked your doctor's office for the test report and did not get it, so we could not "
                     "confirm the rule is met. The request is denied. Your doctor may send the report with a new "
                     "request at any time.",
        "quantity": f"Your plan covers up to {f['limit']} of {drug} every 30 days. Your doctor asked for {f['qty']}, "
                    "which is more than that limit, and did not tell us why the usual dose cannot be used. We did not "
                    "approve the extra amount.",
        "step": f"Your plan asks that a patient with {ind} try {f['alts'][0][0].split(' (')[0]} first, unless there is "
                "a reason it cannot be used. Our records show no fill of it and your doctor did not send a reason. "
                f"So {drug} is not approved at this time.",
        "offlabel": f"{drug} is approved by the FDA for other cancers. Its use for {ind} is not listed in the drug "
                    "compendia our plan relies on and is still being studied in clinical trials. Your plan does not "
                    "cover drugs for investigational uses.",
        "approved": f"We received the lab report your doctor sent. It shows the gene change {drug} targets, so the "
                    f"request meets your plan's rules. {drug} is approved from {f['fd'](f['start'])} through "
                    f"{f['fd'](f['end'])}. Approval number: {f['auth']}.",
    }[f["kind"]]


ES_REASON = ("{drug} no está en la lista de medicamentos cubiertos (formulario) de {plan}. Solo cubrimos un "
             "medicamento fuera de la lista por excepción, y la información recibida no muestra que los "
             "medicamentos de la lista de abajo no funcionaron o no se pueden usar. Por eso no podemos cubrirlo.")


def appeal(f: dict) -> str:
    fd, n = f["fd"], 180
    if f["lang"] == "es":
        return (f"Usted o su médico pueden apelar dentro de {n} días a partir de la fecha de este aviso. Envíe la "
                f"apelación a Vantorra, Apelaciones, PO Box 48121, Ardmore, OK 73402, fax {f['fax']}, o llame al "
                f"{f['ph']}. Incluya el número de caso.")
    when = {"within": f"within {n} days of the date of this letter",
            "by": f"so that we receive it no later than {fd(days(f['notice'], n))}",
            "receive": f"within {n} days after you receive this letter"}[f["dl"]]
    return (f"You or your prescriber may ask us to look at this decision again (an appeal) {when}. Send it to "
            f"Vantorra Specialty Rx Benefits, Appeals, PO Box 48121, Ardmore, OK 73402, fax {f['fax']}, or call "
            f"{f['ph']}. Please include the case number. You may see the criteria we used, free of charge.")


def expedited(f: dict) -> str:
    if f["lang"] == "es":
        return ("Apelación rápida: si esperar puede poner en grave peligro su salud, pida una apelación acelerada. "
                "Le daremos una respuesta en 72 horas.")
    return ("Fast (expedited) review: cancer treatment often cannot wait. If your doctor tells us that waiting the "
            "standard time could seriously harm your health, we will decide your appeal within 72 hours, and an "
            "exception request within 24 hours. Call us and say you need a fast review. You may also ask for an "
            "independent external review at the same time.")


def build(f: dict) -> bytes:
    d = Letter(f"Form VSR-ONC-{f['form']}  Letter ID {f['letter_id']}  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    es = f["lang"] == "es"
    d.text_line((f"Fecha: {fdate(f['notice'], 'es')}" if es else
                 f"{'Date of notice' if f['kind'] != 'approved' else 'Date'}: {f['fd'](f['notice'])}"), 9.5)
    d.ln(3)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(5)
    title = {"approved": "Your prior authorization request is approved"}.get(
        f["kind"], "Aviso de denegación de cobertura de medicamento" if es else
        "Notice of denial: prior authorization for a cancer medication")
    d.text_line(title, 12.5, "B", h=7)
    d.ln(2)
    facts_block(d, f)
    d.text_line("Por qué lo negamos" if es else ("What we decided" if f["kind"] == "approved" else
                                                 "Why we denied your request"), 10.5, "B", h=6)
    d.para(ES_REASON.format(drug=f["drug"][0].split()[0], plan=PLANS[f["plan"]]) if es else reason(f), 9.5)
    if f["kind"] == "approved":
        d.para(f"Cost share: this drug is on specialty tier 5. You pay 25% up to $250.00 per 30-day fill; the "
               f"specialty pharmacy, Quillet Specialty Pharmacy ({f['lph']}), will call you to set up delivery.", 9)
        d.para("This approval is not a guarantee of payment if your coverage ends before a fill.", 9)
        d.text_line(f"{PBM}, Oncology Pharmacist Review Team", 9, h=5)
        return pdf_bytes(d)
    d.text_line("Medicamentos del formulario que puede considerar" if es else
                "Drugs on your plan's formulary you may discuss with your doctor", 10, "B", h=6)
    d.table(["Medicamento" if es else "Drug", "Nivel" if es else "Tier", "Nota" if es else "Note"],
            [[a, t, n] for a, t, n in f["alts"]], [95, 30, 45], size=8.8)
    d.text_line("Apelación rápida" if es else "If you need a decision quickly", 10, "B", h=6)
    d.para(expedited(f), 9)
    d.text_line("Su derecho a apelar" if es else "Your right to appeal", 10, "B", h=6)
    d.para(appeal(f), 9.3)
    d.para(("Este aviso no afecta otros beneficios." if es else
            f"This notice was sent on behalf of {PLANS[f['plan']]}. It does not change your other benefits."), 8.5)
    d.text_line(f"{PBM}, Oncology Pharmacist Review Team", 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, drug: str, plan: str, ds: str, dl: str, lab: int, boxed: bool,
          lang: str = "en", notice: dt.date | None = None, pat: str | None = None, mid: str | None = None) -> dict:
    notice = notice or dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    qty = {"palbociclib": ("21 capsules", "42 capsules"), "osimertinib": ("30 tablets", "60 tablets"),
           "olaparib": ("120 tablets", "180 tablets"), "enzalutamide": ("120 capsules", "160 capsules"),
           "ibrutinib": ("28 tablets", "56 tablets"), "sotorasib": ("240 tablets", "240 tablets")}[drug]
    f = dict(kind=kind, drug=DRUGS[drug], alts=DRUGS[drug][3], plan=plan, lang=lang, dl=dl, boxed=boxed,
             lb=ES if lang == "es" else LABELS[lab], fd=lambda x: fdate(x, ds), notice=notice,
             pat=pat or person(r, lang), addr=address(r, lang), mid=mid or mixed(r, "VSR9A99999999"),
             pid=r.choice([mixed(r, "AAA-99A9"), None]) if plan == "H" else None,
             group=r.choice([digits(r, 6), mixed(r, "AA9999"), None]), case="PA-" + mixed(r, "99A-999999"),
             doctor=r.choice(DOCTORS), npi=npi(r), ph=phone(r), fax=local_phone(r), lph=local_phone(r),
             bin=digits(r, 6), pcn=mixed(r, "VSRAA9"), form=f"{r.randint(10, 99)}", letter_id=mixed(r, "L9999A999"),
             qty=qty[1] if kind == "quantity" else qty[0], limit=qty[0])
    f["rcv"] = days(notice, -r.randint(2, 9))
    f["start"], f["end"] = notice, days(notice, 364)
    f["auth"] = "AUTH-" + mixed(r, "99A99999")
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    alts: dict = {"insurer": [PLANS[f["plan"]], "Vantorra"]}
    common = dict(insurer=PBM, plan_id=f["pid"], group_number=f["group"], member_id=f["mid"], member_name=f["pat"],
                  denial_date=iso(f["notice"]), provider=f["doctor"].replace("Dr. ", "").replace(", MD", "")
                  .replace(", DO", ""))
    if f["kind"] == "approved":
        alts["case_numbers"] = [[f["case"]], [f["auth"]]]
        alts["service_dates"] = [[], [iso(f["start"])]]
        return truth("other", None, f["lang"], case_numbers=[f["case"], f["auth"]],
                     service_dates=[iso(f["start"], f["end"])], alternates=alts, **common)
    deadline = None if f["dl"] == "receive" else days(f["notice"], 180)
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
    return truth("denial_letter", denial, f["lang"], case_numbers=[f["case"]],
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts, denial_alternates=dalts,
                 **common)


# (stem, condition, kind, drug, plan, date style, deadline, label set, boxed, lang)
PLAN_ROWS = [
    ("oral_oncology_pa_letter_bd_nonformulary", "born_digital", "nonformulary", "palbociclib", "H", "long", "within",
     0, False, "en"),
    ("oral_oncology_pa_letter_bd_step", "born_digital", "step", "enzalutamide", "P", "slash", "by", 2, True, "en"),
    ("oral_oncology_pa_letter_scan_quantity", "scan_clean_300", "quantity", "olaparib", "H", "dmy", "within", 1,
     True, "en"),
    ("oral_oncology_pa_letter_lowres_offlabel", "scan_lowres_150", "offlabel", "sotorasib", "P", "iso", "receive", 0,
     False, "en"),
    ("oral_oncology_pa_letter_copy_es", "photocopy", "nonformulary", "ibrutinib", "H", "es", "within", 0, True, "es"),
    ("oral_oncology_pa_letter_photo_quantity", "phone_photo", "quantity", "ibrutinib", "P", "abbr", "by", 2, False,
     "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, drug, plan, ds, dl, lab, boxed, lang) in enumerate(PLAN_ROWS):
        r = random.Random(14100 + i)
        f = facts(r, kind, drug, plan, ds, dl, lab, boxed, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # the fax stack: cover sheet, the biomarker denial, then the approval once the report came (same member)
    r = random.Random(14190)
    f1 = facts(r, "biomarker", "osimertinib", "H", "slash", "within", 1, False)
    f2 = facts(r, "approved", "osimertinib", "H", "slash", "within", 1, False, notice=days(f1["notice"], 16),
               pat=f1["pat"], mid=f1["mid"])
    f2.update(addr=f1["addr"], pid=f1["pid"], group=f1["group"], doctor=f1["doctor"], npi=f1["npi"])
    f2["alts"] = f1["alts"]
    items.append(Item("oral_oncology_pa_letter_faxf_stack", "fax_fine_g4",
                      [(build(f1), make_truth(f1)), (build(f2), make_truth(f2))], separators=["cover", None]))
    return items
