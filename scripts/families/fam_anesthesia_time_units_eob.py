"""Family 'anesthesia_time_units_eob': members' Explanations of Benefits for anesthesia claims: each line shows the
anesthesia code, the payment modifier (AA personally performed, QK medical direction of 2-4 cases, QX CRNA with
medical direction, QZ CRNA without medical direction, P1/P2 physical status), base units, anesthesia start/stop
time, time units (15 minutes each) and the money columns. Denials for coding (conflicting medical-direction
modifiers, a second anesthesia code in one session, time billed beyond the anesthesia record) and for medical
necessity (monitored anesthesia care for a low-risk screening colonoscopy or cataract surgery), one fully paid
labor epidural, one in Spanish.

Issuers (fictional): Frostholm Health Insurance Company (logo word "FROSTHOLM" over a line), Sallowmead Health Plan
(parent line "Sallowmead Mutual Holding Company" above), Ambergate Benefit Plans (return-address block).
Anesthesia groups: Glenmarsh Anesthesia Partners, Ibthorpe Anesthesia Associates.
Decoys: the facility and the surgeon, the claim-received date, the plan year, the conversion factor, the
anesthesia start/stop clock times, the check/EFT number on the paid statement, the 72-hour urgent appeal.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwc import clinician, other_clinician, days, digits, fdate, iso, m2, mixed, person, phone, usd

FAMILY = "anesthesia_time_units_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"frostholm": "Frostholm Health Insurance Company", "sallowmead": "Sallowmead Health Plan",
       "ambergate": "Ambergate Benefit Plans"}
GROUPS = ["Glenmarsh Anesthesia Partners", "Ibthorpe Anesthesia Associates"]
FACILITIES = ["Tidworth Regional Medical Center", "Froxfield Endoscopy Center"]
LABELS = {1: ["Statement date", "Member", "Member ID", "Group number", "Claim number", "Provider", "Date of service",
              "Total billed"],
          2: ["Date issued", "Patient", "Subscriber ID", "Group #", "Claim #", "Billing provider", "Service date",
              "Charges"],
          3: ["Processed on", "Patient name", "Identification no.", "Employer group", "Claim reference",
              "Anesthesia group", "DOS", "Amount billed"],
          "es": ["Fecha de la declaración", "Paciente", "Núm. de miembro", "Grupo", "Núm. de reclamación",
                 "Proveedor", "Fecha de servicio", "Cargos facturados"]}
# case -> (denial, procedure words, [(code, modifier, who, base units)], minutes, which lines denied, remark)
CASES = {
    "modconflict": ("coding_error", "Laparoscopic cholecystectomy",
                    [("00790", "QK", "md", 7), ("00790", "QZ", "crna", 7)], 118, [1],
                    "CO-4: The modifier is inconsistent with the procedure. The anesthesiologist billed medical "
                    "direction (QK) for this case, so the CRNA line must carry QX, not QZ. Coding error: correct "
                    "the modifier and resubmit."),
    "epidural": (None, "Labor epidural (planned vaginal delivery)", [("01967", "AA", "md", 5)], 262, [],
                 "Paid in full under your plan's maternity benefit."),
    "screening_mac": ("medical_necessity", "Screening colonoscopy with monitored anesthesia care",
                      [("00812", "QK", "md", 3), ("00812", "QX", "crna", 3)], 31, [0, 1],
                      "N-115: Monitored anesthesia care for a routine screening colonoscopy is not medically "
                      "necessary for a patient with physical status P1 or P2 and no documented risk factors. "
                      "Medical necessity not established."),
    "two_codes": ("coding_error", "Upper endoscopy and colonoscopy, same session",
                  [("00813", "AA", "md", 5), ("00731", "AA", "md", 5)], 42, [1],
                  "CO-97: Only one anesthesia code is paid per operative session. 00731 is included (bundled) in "
                  "00813, which has the higher base value; its time is counted under 00813."),
    "es_cataract": ("medical_necessity", "Cirugía de catarata, ojo derecho", [("00142", "QZ", "crna", 4)], 27, [0],
                    "Los expedientes no explican por qué se necesitó un profesional de anestesia durante esta "
                    "cirugía; la anestesia tópica del cirujano es suficiente para pacientes sin otros riesgos. "
                    "Este cargo no se paga."),
    "overtime": ("coding_error", "Total knee replacement",
                 [("01402", "QK", "md", 7), ("01402", "QX", "crna", 7)], 186, [0, 1],
                 "The anesthesia time billed is more than the anesthesia record supports. The record shows "
                 "anesthesia start and stop times 96 minutes apart; the time units above 6.4 are not payable."),
    "cataract": ("medical_necessity", "Cataract removal with lens implant, left eye",
                 [("00142", "QK", "md", 4), ("00142", "QX", "crna", 4)], 24, [0, 1],
                 "The records we received do not show a medical reason (such as severe lung disease, inability "
                 "to lie flat, or dementia) that required an anesthesia professional to be present. This charge "
                 "is not payable."),
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(12, 12, 12), orientation="L")
        self.add_font("DejaVu", "B", BOLD)


def head(d: Page, ins: str, es: bool) -> None:
    if ins == "frostholm":
        d.text_line("FROSTHOLM", 22, "B", h=10)
        d.rule(0.8, 1)
        d.text_line("Health Insurance Company  -  PO Box 6120, Kalispell, MT 59904", 8.5, h=4.5)
    elif ins == "sallowmead":
        d.text_line("Sallowmead Mutual Holding Company", 8, h=4)
        d.text_line("Sallowmead Health Plan", 16, "B", h=8)
        d.rule(0.3, 1)
    else:
        d.text_line("Ambergate Benefit Plans", 11.5, "B", h=5.5)
        d.text_line("Claims Department", 9, h=4.5)
        d.text_line("1450 Wallop Street", 9, h=4.5)
        d.text_line("Oshkosh, WI 54902", 9, h=4.5)
    d.ln(2)
    d.text_line("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA" if es else
                "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12.5, "B", h=7)


def eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    d = Page(("Página {p} de {n}" if es else "Page {p} of {n}") + f"   {INS[f['ins']]}")
    d.add_page()
    head(d, f["ins"], es)
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    left = [(L[0], fd(f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"])]
    if f["subscriber"]:
        left.insert(2, ("Suscriptor" if es else "Subscriber", f["subscriber"]))
    right = [(L[4], f["claim"]), (L[5], f["group"]), (L[6], fd(f["dos"])), (L[7], mo(f["billed"])),
             ("Recibida" if es else "Received", fd(f["received"]))]
    y = d.get_y()
    for k, v in left:
        d.font(9, "B")
        d.cell(48 if es else 40, 5, k + ":")
        d.font(9)
        d.cell(72 if es else 80, 5, v, new_x="LMARGIN", new_y="NEXT")
    y2 = d.get_y()
    d.set_y(y)
    for k, v in right:
        d.set_x(140)
        d.font(9, "B")
        d.cell(44, 5, k + ":")
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y2, d.get_y()) + 2)
    d.font(8.5)
    fac = ("Centro" if es else "Facility") + f": {f['facility']}    " + ("Cirujano" if es else "Surgeon") + \
        f": {f['surgeon']}, MD    " + ("Procedimiento" if es else "Procedure") + f": {f['proc']}"
    d.cell(0, 4.6, fac, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, (f"Hora de inicio {f['start']}  Hora final {f['stop']}  Factor de conversión " if es else
                    f"Anesthesia start {f['start']}  stop {f['stop']}  Conversion factor ") +
           mo(f["cf"]) + (" por unidad" if es else " per unit"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    head_row = (["Fecha", "Código", "Mod", "Anestesista", "Unid. base", "Minutos", "U. tiempo", "Cargos",
                 "Permitido", "No cubierto", "Nota", "Pagado"] if es else
                ["Date", "Code", "Mod", "Rendering", "Base units", "Minutes", "Time units", "Billed", "Allowed",
                 "Not covered", "Remark", "Plan paid"])
    rows = []
    for ln in f["lines"]:
        rows.append([fdate(f["dos"], "slash"), ln["code"], ln["mod"] + " " + f["ps"], ln["name"],
                     str(ln["base"]), str(f["minutes"]), f"{ln['tu']:.1f}", mo(ln["billed"]),
                     mo(ln["allowed"]), mo(ln["nc"]), ln["remark"], mo(ln["paid"])])
    rows.append(["*Total", "", "", "", "", "", "", mo(f["billed"]), mo(sum(x["allowed"] for x in f["lines"])),
                 mo(sum(x["nc"] for x in f["lines"])), "", mo(sum(x["paid"] for x in f["lines"]))])
    d.table(head_row, rows, [20, 14, 17, 58, 17, 16, 18, 23, 23, 23, 16, 23], size=8, aligns="LLLLRRRRRRCR")
    d.font(9, "B")
    d.cell(0, 5, "Notas:" if es else "Remark codes:", new_x="LMARGIN", new_y="NEXT")
    den = CASES[f["case"]][0]
    d.para(("R1 - " if f["lines"][0]["remark"] == "R1" or den else "") + CASES[f["case"]][5], 9, gap=1.5)
    if den:
        d.para(f["appeal"], 9, gap=1.5)
        d.para("Apelación urgente: si su salud está en grave peligro, llame para pedir una decisión en 72 horas."
               if es else "Urgent appeals: if waiting could seriously harm your health, call us for a decision "
                          "within 72 hours.", 8.5, gap=1.5)
    else:
        d.para(f"Payment of {mo(sum(x['paid'] for x in f['lines']))} was sent to {f['group']} by EFT "
               f"no. {f['eft']}.", 9, gap=1.5)
    d.font(8)
    d.cell(0, 4.5, ("Año del plan" if es else "Plan year") + f": 01/01/2026 - 12/31/2026    " +
           ("Deducible cumplido" if es else "Deductible met") + f": {mo(f['ded'])}    " +
           ("Preguntas" if es else "Questions") + f": {f['ph']} (TTY 711)", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, case: str, lab, ds: str, mo: str, dl: str, lang: str = "en",
          dependent: bool = False) -> dict:
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 250))
    dos = days(date, -r.randint(20, 55))
    den, proc, lines, minutes, denied, _ = CASES[case]
    group = r.choice(GROUPS)
    md = clinician(r)
    crna = other_clinician(r, md)
    cf = round(r.choice([58.4, 61.75, 64.2, 66.9]), 2)
    rate = r.choice([105, 112, 120])
    h, mnt = r.randint(7, 13), r.randint(0, 59)
    start = dt.datetime(2026, 1, 1, h, mnt)
    stop = start + dt.timedelta(minutes=minutes)
    tu = round(minutes / 15, 1)
    out = []
    for k, (code, mod, who, base) in enumerate(lines):
        this_tu = 0.0 if case == "two_codes" and k == 1 else tu
        billed = round((base + this_tu) * rate * (0.5 if mod in ("QK", "QX") else 1), 2)
        allowed = round((base + this_tu) * cf * (0.5 if mod in ("QK", "QX") else 1), 2)
        if case == "overtime":
            nc = round((tu - 6.4) * cf * 0.5, 2)
        elif k in denied:
            nc = billed
        else:
            nc = 0.0
        paid = round((allowed - nc) * 0.8, 2) if k not in denied or case == "overtime" else 0.0
        if k in denied and case != "overtime":
            allowed = 0.0
        name = (md + ", MD") if who == "md" else crna + ", CRNA"
        out.append(dict(code=code, mod=mod, base=base, tu=this_tu, billed=billed, allowed=allowed, nc=nc,
                        paid=paid, name=name, remark="R1" if k in denied else ""))
    billed = round(sum(x["billed"] for x in out), 2)
    f = dict(ins=ins, case=case, lab=lab, ds=ds, mo=mo, lang=lang, date=date, dos=dos, proc=proc, lines=out,
             minutes=minutes, group=group, md=md, crna=crna, cf=cf, start=start.strftime("%H:%M"),
             stop=stop.strftime("%H:%M"), billed=billed, member=person(r, lang),
             subscriber=person(r, lang) if dependent else None, mid=mixed(r, "AA9999999-99"),
             grp=mixed(r, "G-99999"), claim=mixed(r, "9999A99999999"), received=days(dos, r.randint(4, 12)),
             facility=r.choice(FACILITIES), surgeon=other_clinician(r, md, crna), ps=r.choice(["P1", "P2"]), ph=phone(r),
             eft=digits(r, 9), ded=r.choice([250.0, 500.0, 1000.0]), dl=dl, deadline=None, dl_alt=None)
    es = lang == "es"
    if dl == "within":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("Usted tiene derecho a apelar. Envíe su apelación por escrito dentro de 180 días a partir de "
                       "la fecha de esta declaración." if es else
                       "You may appeal this decision. Send a written appeal within 180 days of the date of this "
                       "statement.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal"] = (f"Appeals: if you disagree, your written appeal must reach us by {fdate(f['deadline'], ds)}."
                       " Include the claim number and any records that support your request.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal"] = ("You have 180 days from the day you receive this statement to ask for an appeal. Your "
                       "provider may also ask for a review.")
    return f


def eob_truth(f: dict) -> dict:
    den = CASES[f["case"]][0]
    alts = {"provider": [f["md"], f["crna"]]}
    if f["dl_alt"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    return truth("eob", den, f["lang"], insurer=INS[f["ins"]], member_id=f["mid"], group_number=f["grp"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=f["group"],
                 appeal_deadline=iso(f["deadline"]) if den and f["deadline"] else None,
                 denial_alternates=["other"] if f["case"] == "overtime" else None, alternates=alts)


PLAN = [
    ("anesthesia_time_units_eob_bd_modconflict", "born_digital", "frostholm", "modconflict", 1, "slash", "plain",
     "within", False),
    ("anesthesia_time_units_eob_bd_epidural_paid", "born_digital", "sallowmead", "epidural", 2, "long", "nosign",
     "within", False),
    ("anesthesia_time_units_eob_scan_screening_mac", "scan_clean_300", "ambergate", "screening_mac", 3, "abbr",
     "plain", "by", True),
    ("anesthesia_time_units_eob_low_two_codes", "scan_lowres_150", "frostholm", "two_codes", 2, "iso", "space",
     "receive", False),
    ("anesthesia_time_units_eob_copy_overtime", "photocopy", "sallowmead", "overtime", 1, "dmy", "plain", "by",
     False),
    ("anesthesia_time_units_eob_photo_es", "phone_photo", "frostholm", "es_cataract", "es", "es", "plain",
     "within", False),
    ("anesthesia_time_units_eob_faxf_cataract", "fax_fine_g4", "ambergate", "cataract", 3, "upper", "nosign",
     "receive", True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, case, lab, ds, mo, dl, dep) in enumerate(PLAN):
        r = random.Random(96600 + i)
        f = facts(r, ins, case, lab, ds, mo, dl, "es" if case.startswith("es_") else "en", dep)
        items.append(Item(stem, cond, [(eob(f), eob_truth(f))]))
    return items
