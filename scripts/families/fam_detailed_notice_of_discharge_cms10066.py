"""Family 'detailed_notice_of_discharge_cms10066': the Detailed Notice of Discharge (DND, form CMS-10066, OMB
0938-1019) that a hospital or a Medicare health plan gives a patient who has asked the QIO for an immediate review of
the discharge. Modelled from memory on the published form's structure and headings ("Detailed Notice of Discharge",
Patient name / Patient number, "This notice gives a detailed explanation of why ...", "Facts used to make this
decision", "Detailed explanation of why your current services are no longer covered, and the specific Medicare
coverage rules and policy used to make this decision", "Plan policy, provision, or rationale used in making this
decision (Medicare health plans only)", "If you would like a copy of the documents sent to the QIO ... call"), in our
own words, all values invented.

Issuers: Naxxar Valley Regional Hospital (logo word over a rule, Original Medicare), Dingli Cliffs Medical Center
(return-address block), Hospital Comunitario de Marsaskala (Spanish), Xaghra Senior Health Plan (Medicare
Advantage, logo word + product line) and Kercem Health Plan (parent line "A Sannat Health Holdings company" above,
return-address block). Decoys: patient number / MRN, date of birth, admission date, the date the Important Message
was signed, the date and time the QIO asked for records, the QIO's name and phone, attending physician's NPI, the
form number and OMB number, the contract-PBP footer, the plan's 8 a.m.-8 p.m. timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundai_famia import address, clinician, days, fdate, iso, mixed, npi, person, phone, tollfree

FAMILY = "detailed_notice_of_discharge_cms10066"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NAX, DIN, MAR = "Naxxar Valley Regional Hospital", "Dingli Cliffs Medical Center", "Hospital Comunitario de Marsaskala"
XAG, KER = "Xaghra Senior Health Plan", "Kercem Health Plan"
QIOS = ["Siggiewi Quality Improvement Partners", "Gudja Beneficiary Review Organization"]
PLAN_HOSP = {XAG: "Birzebbuga General Hospital", KER: "Mgarr Harbor Hospital"}
# (date, patient, patient number, Medicare number, member ID, end date)
LABELS = [("Date", "Patient name", "Patient number", "Medicare number", "Member ID",
           "Date your Medicare-covered hospital stay ends"),
          ("Notice date", "Patient", "Patient no.", "Medicare ID (MBI)", "Plan member no.", "Last covered day"),
          ("Date issued", "Name of patient", "Account / patient #", "MBI", "Enrollee ID",
           "Coverage of your hospital stay ends")]
LABELS_ES = ("Fecha", "Nombre del paciente", "Número del paciente", "Número de Medicare", "",
             "Último día cubierto de su estadía")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, issuer: str, reason: str, lab: int, ds: str, mbi: bool, table: bool, fax: bool) -> dict:
    lang = "es" if issuer == MAR else "en"
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 260))
    plan = issuer in (XAG, KER)
    return dict(issuer=issuer, plan=plan, reason=reason, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds,
                lang=lang, date=date, end=days(date, r.choice([0, 1])), adm=days(date, -r.randint(3, 12)),
                im=days(date, -1), dob=dt.date(r.randint(1931, 1958), r.randint(1, 12), r.randint(1, 28)),
                member=person(r, lang), addr=address(r, lang), mbi=mixed(r, "9AA9-AA9-AA99") if mbi else None,
                ptno=mixed(r, "99999999"), mrn=mixed(r, "MR9999999"),
                mid=mixed(r, "XS9999999-01") if issuer == XAG else mixed(r, "K99999999"),
                qcase=mixed(r, "AAA-99-99999") if plan or r.random() < 0.5 else None,
                pref=mixed(r, "DND-2026-99999") if plan else None, contract=mixed(r, "H9999-999"),
                hosp=PLAN_HOSP[issuer] if plan else issuer, qio=r.choice(QIOS), attend=clinician(r), npi=npi(r),
                ph=phone(r), qph=tollfree(r), hour=r.choice(["9:40 a.m.", "1:25 p.m.", "4:05 p.m."]),
                table=table, fax=fax)


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    i = f["issuer"]
    if i == NAX:
        d.text_line("NAXXAR VALLEY", 20, "B", h=9)
        d.rule(0.9, 1)
        d.text_line(f"{NAX} · Case Management Department · 77 Ghaxaq Lane · Siggiewi, NE 68834", 8, h=4.4)
    elif i == DIN:
        for ln, st in ((DIN, "B"), ("Utilization Review / Case Management", ""), ("1450 Kercem Road", ""),
                       ("Zurrieq, ID 83271", ""), (f"Phone {f['ph']}", "")):
            d.text_line(ln, 11 if st else 8.6, st, h=5 if st else 4.2)
    elif i == MAR:
        d.text_line(MAR, 15, "B", align="C", h=7.5)
        d.text_line("Departamento de Manejo de Casos · 310 Nadur Avenue · Dingli, AZ 85548", 8.5, align="C", h=4.4)
        d.rule(0.5, 1)
    elif i == XAG:
        d.text_line("XAGHRA", 22, "B", h=9.5)
        d.rule(0.9, 1)
        d.text_line(f"{XAG} · Medicare Advantage (HMO) · Utilization Management · PO Box 6120 · Marsaskala, VT 05478",
                    8, h=4.4)
    else:
        d.text_line("A Sannat Health Holdings company", 8, align="C", h=4)
        d.text_line(KER, 15, "B", align="C", h=7.5)
        d.rule(0.3, 2)
        for ln in ("Medicare Utilization Management", "PO Box 3318", "Qrendi, NM 88044"):
            d.text_line(ln, 8.6, h=4.2)
    d.ln(4)


REASONS = {
    "keyword": ("Your condition has improved and you no longer meet the inpatient hospital level of care. The care "
                "you still need (daily physical therapy and wound checks) can be given at a lower level of care, in "
                "a skilled nursing facility, which {hosp} has arranged."),
    "criteria": ("Your care was reviewed against nationally recognized inpatient criteria. Continued inpatient stay is "
                 "no longer medically necessary: you no longer need services that can only be given in a hospital."),
    "plain": ("You are well enough to go home. Your breathing is back to normal without extra oxygen, your fever "
              "has been gone for three days, you are eating and walking on your own, and you can take your "
              "medicine by mouth. A nurse can check on you at home."),
    "custodial": ("You no longer need hospital care. You are staying in the hospital only while you wait for a bed "
                  "in a nursing home. Help with bathing, dressing and eating is custodial care, which Medicare does "
                  "not cover in a hospital."),
}
FACTS = {
    "keyword": ["Admitted for a left hip fracture; surgical repair completed",
                "Pain controlled with tablets; incision healing, no signs of infection",
                "Walks 40 feet with a walker and one helper; needs therapy twice a day"],
    "criteria": ["Admitted for heart failure with fluid overload",
                 "Weight back to baseline; no IV diuretic for 48 hours",
                 "Oxygen level 95% on room air; heart rhythm stable on monitor"],
    "plain": ["Admitted for pneumonia", "No fever for 72 hours; on antibiotic tablets",
              "Oxygen level normal without extra oxygen; eating and walking"],
    "custodial": ["Admitted after a fall with dehydration; treated and stable",
                  "No skilled services given in the last 3 days",
                  "Needs help with bathing and dressing; family cannot provide care at home"],
}


def build(f: dict) -> bytes:
    L, es = f["L"], f["lang"] == "es"
    foot = "Form CMS 10066 (Exp. 08/31/2028)  ·  OMB Approval No. 0938-1019"
    if f["plan"]:
        foot = f"{f['issuer']} {f['contract']}  ·  " + foot
    d = Page(foot)
    d.add_page()
    if f["fax"]:
        d.text_line(f"{fd(f, f['date'])} 16:22   FROM: {f['hosp']} Case Mgmt   FAX {f['ph']}   P.001/002", 7.5, h=4)
    letterhead(d, f)
    d.text_line("Aviso detallado de alta" if es else "DETAILED NOTICE OF DISCHARGE", 14, "B", align="C", h=8)
    d.ln(1)
    rows = [(L[0], fd(f, f["date"])), (L[1], f["member"]), (L[2], f["ptno"])]
    if f["mbi"]:
        rows.append((L[3], f["mbi"]))
    if f["plan"]:
        rows.append((L[4], f["mid"]))
    if f["qcase"]:
        rows.append(("Número de caso del QIO" if es else "QIO case number", f["qcase"]))
    if f["pref"]:
        rows.append(("Plan reference", f["pref"]))
    rows += [("Fecha de nacimiento" if es else "Date of birth", fd(f, f["dob"])),
             ("Fecha de admisión" if es else "Admission date", fd(f, f["adm"]))]
    if f["plan"]:
        rows.append(("Hospital", f["hosp"]))
    rows.append((L[5], fd(f, f["end"])))
    for a, b in rows:
        d.font(9.2, "B")
        d.cell(70, 5, a + ":")
        d.font(9.2)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if es:
        d.para(f"Este aviso le da una explicación detallada de por qué {MAR} ha determinado que sus servicios de "
               f"hospital como paciente internado ya no son necesarios ni están cubiertos por Medicare. Usted pidió "
               f"a {f['qio']} una revisión inmediata el {fd(f, f['im'])} a las {f['hour']} Este aviso no reemplaza "
               "el Mensaje importante de Medicare sobre sus derechos.", 9.6)
        d.text_line("Hechos usados para tomar esta decisión:", 10.5, "B", h=6)
        d.para("Fue admitido por una neumonía. Ya no tiene fiebre desde hace tres días, respira bien sin oxígeno, "
               "come y camina solo, y puede tomar sus medicinas por boca.", 9.6)
        d.text_line("Explicación detallada y reglas de Medicare usadas:", 10.5, "B", h=6)
        d.para("Su médico y el equipo de manejo de casos están de acuerdo en que ya no necesita atención "
               "hospitalaria como paciente internado; puede recibir la atención que necesita de forma segura en "
               "su casa. Medicare solo paga la hospitalización cuando el tratamiento solo se puede dar en un "
               "hospital (Manual de Políticas de Beneficios de Medicare, capítulo 1, sección 10). Medicare no "
               f"pagará su estadía después del {fd(f, f['end'])}.", 9.6)
        d.para(f"Si desea una copia de los documentos enviados al QIO o de las políticas usadas, llame a {MAR} al "
               f"{f['ph']}. El QIO, {f['qio']}, le informará su decisión; su teléfono es {f['qph']}.", 9.4)
        d.ln(3)
        d.text_line(f"Médico tratante: {f['attend']}, MD (NPI {f['npi']})", 9, h=5)
        return pdf_bytes(d)
    who = f["issuer"] if f["plan"] else "the hospital"
    d.para(f"This notice gives a detailed explanation of why {who} has determined that your inpatient hospital "
           f"services at {f['hosp']} are no longer reasonable and necessary or are no longer covered. You asked "
           f"{f['qio']} (the QIO) for an immediate review of your discharge; the QIO called us for your records on "
           f"{fd(f, f['im'])} at {f['hour'][:-1]}. This notice does not replace the Important Message from Medicare "
           "About Your Rights, which you signed at admission.", 9.6)
    d.text_line("Facts used to make this decision:", 10.5, "B", h=6)
    if f["table"]:
        d.table(["Fact", "Source"], [[x, s] for x, s in zip(FACTS[f["reason"]],
                ["Progress notes", "Nursing flowsheet", "Physician orders"])], [120, 50], size=8.8)
    else:
        d.para("; ".join(FACTS[f["reason"]]) + ".", 9.6)
    d.text_line("Detailed explanation of why your current services are no longer covered, and the specific", 10, "B",
                h=5.4)
    d.text_line("Medicare coverage rules and policy used to make this decision:", 10, "B", h=6)
    d.para(REASONS[f["reason"]].format(hosp=f["hosp"]) + " Medicare covers an inpatient stay only while you need "
           "care that can be given only in a hospital (42 CFR 412.3; Medicare Benefit Policy Manual, chapter 1, "
           f"section 10). Medicare will not pay for your hospital stay after {fd(f, f['end'])}.", 9.6)
    if f["plan"]:
        d.text_line("Plan policy, provision, or rationale used in making this decision:", 10, "B", h=6)
        d.para(f"{f['issuer']} Evidence of Coverage, Chapter 4, section 2.1 (inpatient hospital care) and Chapter 9, "
               "section 8 (how to ask us to keep covering a hospital stay). Our medical director reviewed your "
               "records with your attending physician, who agrees with the discharge.", 9.6)
    d.para(f"If you would like a copy of the documents sent to the QIO, or copies of the specific policies or "
           f"criteria used to make this decision, please call {f['issuer']} at {f['ph']}"
           + (", 8 a.m. to 8 p.m., 7 days a week (TTY 711)." if f["plan"] else " (TTY 711).")
           + f" The QIO will tell you its decision; you can reach {f['qio']} at {f['qph']}.", 9.4)
    d.ln(2)
    d.text_line(f"Attending physician: {f['attend']}, MD   NPI {f['npi']}   MRN {f['mrn']}", 8.8, h=5)
    d.text_line("Case Manager, " + (f"on behalf of {f['issuer']}" if f["plan"] else f["issuer"]), 9, h=5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    alts: dict = {"service_dates": [[], [iso(f["adm"], f["end"])]], "provider": [f["attend"]]}
    unscored = None
    if f["plan"]:
        ins, mid, pid = f["issuer"], f["mid"], f["contract"]
        alts["insurer"] = [f["hosp"]]
        alts["plan_id"] = [None]
        if f["mbi"]:
            alts["member_id"] = [f["mbi"]]
    else:
        ins, mid, pid = f["issuer"], f["mbi"], None
        alts["insurer"] = ["Medicare"]
    cases = [c for c in (f["qcase"], f["pref"]) if c]
    if len(cases) == 2:
        alts["case_numbers"] = [[c] for c in cases]
    den = "level_of_care"
    return truth("denial_letter", den, f["lang"], alternates=alts, unscored=unscored,
                 denial_alternates=["medical_necessity"] + (["not_covered"] if f["reason"] == "custodial" else []),
                 insurer=ins, member_id=mid, plan_id=pid, member_name=f["member"], case_numbers=cases,
                 claim_amount=None, service_dates=[iso(f["end"])], denial_date=iso(f["date"]), provider=f["hosp"],
                 appeal_deadline=None)


# (stem suffix, condition, issuer, reason, label set, date style, Medicare number printed, facts table, fax header)
PLAN = [
    ("bd_hospital_level_of_care", "born_digital", NAX, "keyword", 0, "long", True, False, False),
    ("bd_ma_plan_criteria_table", "born_digital", XAG, "criteria", 1, "abbr", False, True, False),
    ("clean_hospital_plain_words", "scan_clean_300", DIN, "plain", 2, "slash", False, True, False),
    ("lowres_ma_plan_parent_line", "scan_lowres_150", KER, "plain", 0, "iso", True, False, False),
    ("rotated_hospital_custodial", "rotated", NAX, "custodial", 1, "dmy", True, True, False),
    ("copy_spanish_hospital", "photocopy", MAR, "plain", 0, "es", True, False, False),
    ("faxf_ma_plan_keyword", "fax_fine_g4", XAG, "keyword", 2, "upper", False, False, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, iss, reason, lab, ds, mbi, tb, fax) in enumerate(PLAN):
        f = facts(random.Random(131500 + i), iss, reason, lab, ds, mbi, tb, fax)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
