"""Family 'prudent_layperson_emergency_visit_retro_denial': health plans' EOBs and letters that deny or reduce an
emergency room visit after the fact - the final diagnosis was not an emergency (the plan says it applied the prudent
layperson standard to the presenting symptoms; the member's side is printed as the appeal argument), the facility
claim paid at the urgent care rate, or the facility's level 5 code (99285) reduced to a lower level - plus one
appeal that reverses the denial (chest pain a prudent layperson would treat as an emergency), one Spanish EOB and a
fax stack (cover sheet, the letter and the EOB for the same visit). All values invented.

Letterheads: Calderwood Health Plan (EOB "Explanation of Benefits - THIS IS NOT A BILL", claim table; Spanish
"Explicación de Beneficios"), Marrowfield Mutual Health Insurance Company (serif letter with a boxed claim summary).
Hospitals (provider): Halvorsen Regional Medical Center, Tamarind Bay Community Hospital, Kestrel Ridge Hospital.
Emergency physician groups (decoy, billing separately): Summit Emergency Physicians, PA; Bayside Acute Care
Physicians LLC. Decoys: date of birth, ER physician name, NPI, claim received date, phone numbers, allowed / paid /
member-owes amounts, the physician group's own claim, ICD-10 codes.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "prudent_layperson_emergency_visit_retro_denial"
LANG = "en"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

CW, MM = "Calderwood Health Plan", "Marrowfield Mutual Health Insurance Company"
ADDR = {CW: ("PO Box 48210", "Ashgrove, OH 43952"), MM: ("2600 Linthorpe Parkway", "Brindle Falls, MN 56013")}
HOSPITALS = ["Halvorsen Regional Medical Center", "Tamarind Bay Community Hospital", "Kestrel Ridge Hospital"]
GROUPS = ["Summit Emergency Physicians, PA", "Bayside Acute Care Physicians LLC"]
ER_DOCS = ["Dr. Ifeoma C. Nwachukwu", "Dr. Bartholomew J. Ainsley", "Dr. Reza M. Tabrizi", "Dr. Kirsten O. Halle"]
NAMES = [("Anjali", "Menon"), ("Tomasz", "Wierzbicki"), ("Folasade", "Adeyemi"), ("Liang", "Zhou"),
         ("Siobhan", "Gallagher"), ("Rashid", "Haddad"), ("Mikael", "Lindqvist"), ("Paulina", "Herrera"),
         ("Kaito", "Mori"), ("Dariusz", "Kaminski"), ("Thandiwe", "Dlamini"), ("Greta", "Solberg")]
NAMES_ES = [("Rosario", "Echeverría"), ("Ulises", "Bermúdez"), ("Marisela", "Ocampo")]
STREETS = ["Wrenfield Road", "Copperleaf Court", "Tannery Lane", "Bellwether Avenue", "Osgood Street"]
CITIES = [("Ashgrove", "OH", "43952"), ("Pell City", "OH", "45872"), ("Brindle Falls", "MN", "56013"),
          ("Norcross Lake", "MN", "55912")]

# (presenting complaint, final diagnosis with ICD-10) for "not an emergency" denials
NOT_EMERG = [("abdominal pain and vomiting", "K59.00 Constipation, unspecified"),
             ("headache with blurred vision", "G44.209 Tension-type headache"),
             ("twisted ankle, able to bear weight", "S93.401A Sprain of right ankle"),
             ("sore throat and fever of 100.4 F", "J02.9 Acute pharyngitis, unspecified"),
             ("rash on both arms", "L23.9 Allergic contact dermatitis")]


def person(r: random.Random, lang: str = "en") -> str:
    first, last = r.choice(NAMES_ES if lang == "es" else NAMES)
    return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, 0.75, r.randint(1, 99) / 100]), 2)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 150))
    visit = plus(notice, -r.randint(24, 55))
    patient = person(r, lang)
    dependent = kind in ("ucrate", "es") or r.random() < 0.3
    subscriber = person(r, lang) if dependent else patient
    while dependent and subscriber.split()[0] == patient.split()[0]:
        subscriber = person(r, lang)
    if dependent and subscriber.split()[-1] != patient.split()[-1]:
        subscriber = " ".join(subscriber.split()[:-1] + [patient.split()[-1]])
    lines = [("0450", "99285" if kind == "level" else r.choice(["99284", "99285", "99283"]), "Emergency room",
              money(r, 1400, 3900)),
             ("0300", "80053", "Laboratory", money(r, 180, 640)),
             ("0350" if kind != "level" else "0320", "74177" if kind != "level" else "71046",
              "CT scan" if kind != "level" else "Diagnostic X-ray", money(r, 300, 2400))]
    if kind == "ucrate":
        lines = lines[:2]
    total = round(sum(x[3] for x in lines), 2)
    pres, dx = r.choice(NOT_EMERG)
    if kind == "reversal":
        pres, dx = "chest pain spreading to the left arm", "R07.89 Other chest pain (cardiac causes ruled out)"
    if kind == "level":
        pres, dx = "dizziness after a fall at home", "R42 Dizziness and giddiness"
    pfx = "CW" if ins == CW else "MM"
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, lang=lang, notice=notice, visit=visit, patient=patient,
             subscriber=subscriber, dob=dt.date(r.randint(1958, 2012), r.randint(1, 12), r.randint(1, 28)),
             addr=(f"{r.randint(14, 9800)} {r.choice(STREETS)}", "{}, {} {}".format(*r.choice(CITIES))),
             mid=(f"CWH{digits(r, 9)}" if ins == CW else f"{r.choice('KLMNR')}{digits(r, 8)}-0{r.randint(1, 4)}"),
             group=(f"{digits(r, 6)}-{r.randint(100, 999)}" if ins == CW else f"G{digits(r, 7)}"),
             claim=(f"{pfx}{visit.strftime('%y')}{digits(r, 10)}" if ins == CW else f"{digits(r, 4)}-{digits(r, 7)}"),
             ref=f"UM-{digits(r, 8)}", appeal=f"APL-{visit.year}-{digits(r, 6)}",
             hosp=r.choice(HOSPITALS), group_doc=r.choice(GROUPS), er_doc=r.choice(ER_DOCS),
             npi=r.choice("12") + digits(r, 9), lines=lines, total=total, pres=pres, dx=dx,
             received=plus(visit, r.randint(6, 15)), phone=f"1-8{r.choice('0456')}{r.randint(0, 9)}-555-0{digits(r, 3)}",
             prof=money(r, 380, 1150), product=("Calderwood Select PPO" if ins == CW else "Marrowfield Choice HMO 2500"))
    f["deadline"] = plus(notice, 180)
    if kind == "ucrate":
        f["allowed"] = money(r, 150, 240)
    elif kind == "level":
        f["allowed_lvl"] = round(lines[0][3] * 0.52, 2)
    if kind == "reversal":
        f["visit"] = visit = plus(notice, -r.randint(95, 130))
        f["orig_notice"] = plus(visit, r.randint(25, 35))
        f["received"] = plus(f["orig_notice"], r.randint(10, 20))
    return f


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


class Page(Doc):
    def __init__(self, serif: bool, footer: str | None = None):
        super().__init__("Sans", footer=footer)
        self.add_font("Sans", "", SANS)
        self.add_font("Sans", "B", SANS_B)
        self.add_font("Serif", "", SERIF)
        self.add_font("Serif", "B", SERIF_B)
        self.base_font = "Serif" if serif else "Sans"


# ---------------------------------------------------------------- Calderwood EOB (English / Spanish)

def eob(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(d.l_margin, d.get_y(), 6, 14, "F")
    d.set_x(d.l_margin + 9)
    d.font(17, "B")
    d.cell(0, 8, "CALDERWOOD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 9)
    d.font(8.5)
    d.cell(0, 5, f"{CW}  |  {ADDR[CW][0]}, {ADDR[CW][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Explicación de Beneficios" if es else "Explanation of Benefits", 15, "B")
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    y0 = d.get_y()
    rows = ([("Fecha del estado de cuenta", D(f, f["notice"])), ("Suscriptor", f["subscriber"]),
             ("Paciente", f["patient"]), ("Número de miembro", f["mid"]), ("Grupo", f["group"]),
             ("Plan", f["product"])] if es else
            [("Statement date", D(f, f["notice"])), ("Subscriber", f["subscriber"]), ("Patient", f["patient"]),
             ("Member ID", f["mid"]), ("Group number", f["group"]), ("Plan", f["product"])])
    for k, v in rows:
        d.font(8.5)
        d.cell(42, 5.2, k + ":")
        d.font(9.5, "B")
        d.cell(70, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.l_margin + 118, y0)
    d.font(8.5)
    d.multi_cell(62, 4.4, ("Preguntas? Llame a Servicios al Miembro\n" if es else "Questions? Call Member Services\n")
                 + f"{f['phone']} (TTY 711)\n" + ("Fecha de nacimiento del paciente: " if es else "Patient date of birth: ")
                 + fmt_date(f["dob"], "slash"), border=1, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 33))
    d.ln(3)
    # facility claim
    hd = (["Fecha de servicio", "Código", "Descripción", "Facturado", "Permitido", "Pagado por el plan", "Nota"] if es
          else ["Date of service", "Code", "Description", "Billed", "Allowed", "Plan paid", "Remark"])
    d.font(9.5, "B")
    d.cell(0, 6, (f"Reclamación {f['claim']}  -  Proveedor: {f['hosp']}" if es else
                  f"Claim {f['claim']}  -  Provider: {f['hosp']}"), new_x="LMARGIN", new_y="NEXT")
    d.font(8)
    d.cell(0, 4.5, (f"Recibida el {D(f, f['received'])}" if es else f"Received {D(f, f['received'])}") +
           f"   NPI {f['npi']}", new_x="LMARGIN", new_y="NEXT")
    rows = []
    paid_total = al_total = 0.0
    tr = {"Emergency room": "Sala de emergencias", "Laboratory": "Laboratorio", "CT scan": "Tomografía (CT)"}
    for rev, cpt, desc, ch in f["lines"]:
        desc = tr.get(desc, desc) if es else desc
        if f["kind"] == "ucrate":
            allowed = f["allowed"] if rev == "0450" else 0.0
            paid = round(allowed * 0.8, 2) if rev == "0450" else 0.0
            note = "UC1" if rev == "0450" else "UC2"
        else:
            allowed, paid, note = 0.0, 0.0, "ER7"
        paid_total += paid
        al_total += allowed
        rows.append([D(f, f["visit"]), f"{rev}/{cpt}", desc, M(f, ch), M(f, allowed), M(f, paid), note])
    rows.append(["*Total", "", "", M(f, f["total"]), M(f, al_total), M(f, paid_total), ""])
    d.table(hd, rows, [27, 22, 38, 24, 22, 24, 17], 8.3, "LLLRRRL", head_fill=True)
    owe = round(f["total"] - paid_total, 2) if f["kind"] != "ucrate" else round(f["allowed"] - paid_total, 2)
    d.font(9, "B")
    d.cell(0, 5, (f"Usted podría deber: {M(f, owe)}" if es else f"What you may owe the provider: {M(f, owe)}"),
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    # professional claim (decoy, paid)
    d.font(9.5, "B")
    d.cell(0, 6, (f"Otra reclamación de la misma visita: {f['group_doc']} ({f['er_doc']})" if es else
                  f"Other claim for this visit: {f['group_doc']} ({f['er_doc']})"), new_x="LMARGIN", new_y="NEXT")
    pp = round(f["prof"] * 0.62, 2)
    d.table(hd, [[D(f, f["visit"]), "99284", "Médico de emergencias" if es else "ER physician services",
                  M(f, f["prof"]), M(f, pp), M(f, round(pp * 0.8, 2)), "PD"]],
            [27, 22, 38, 24, 22, 24, 17], 8.3, "LLLRRRL", head_fill=True)
    d.ln(1)
    d.text_line("Notas" if es else "Remark codes", 10, "B")
    if f["kind"] == "ucrate":
        notes = [("UC1", "The diagnosis on this claim does not meet the plan's emergency criteria. We paid the "
                         "facility charge at the urgent care benefit level ($75 copay, then 80%). Under the prudent "
                         f"layperson standard we looked at the symptoms recorded on arrival ({f['pres']}); they "
                         "would not lead a prudent layperson to expect serious harm without immediate care."),
                 ("UC2", "Not payable under the urgent care benefit (included in the visit rate).")]
    elif es:
        notes = [("ER7", "Esta visita a la sala de emergencias fue denegada. El diagnóstico final "
                         f"({f['dx']}) no es una emergencia médica. Revisamos los síntomas al llegar ({f['pres']}) "
                         "según la norma de la persona prudente sin conocimientos médicos y no cumplen los criterios "
                         "de emergencia. Los servicios no urgentes en la sala de emergencias no están cubiertos.")]
    else:
        notes = [("ER7", f"Emergency room visit denied: the final diagnosis ({f['dx']}) is not an emergency "
                         "medical condition. Non-emergency use of the emergency room is not covered.")]
    notes.append(("PD", "Pagado según los beneficios de su plan." if es else "Processed under your plan's benefits."))
    for code, txt in notes:
        d.font(8.5, "B")
        d.cell(12, 4.5, code)
        d.font(8.5)
        d.multi_cell(0, 4.5, txt, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.5)
    d.ln(2)
    d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10, "B")
    if es:
        d.para("Si no está de acuerdo, puede presentar una apelación por escrito dentro de los 180 días siguientes a "
               "la fecha de este estado de cuenta. Si sus síntomas le hicieron pensar que su salud estaba en grave "
               "peligro, díganos cuáles eran y por qué buscó atención de inmediato; los consideraremos bajo la norma "
               "de la persona prudente. Envíe su apelación a Calderwood Health Plan, Appeals Unit, "
               f"{ADDR[CW][0]}, {ADDR[CW][1]}. También puede pedir una revisión externa independiente.", 8.5)
    else:
        d.para("If you disagree with how this claim was processed, you may file an appeal within 180 days of the "
               "date of this statement. Tell us what symptoms you had and why you believed you needed emergency "
               "care; emergency services are judged on the symptoms a prudent layperson would have noticed, not "
               f"only on the final diagnosis. Write to Appeals Unit, {CW}, {ADDR[CW][0]}, {ADDR[CW][1]}, or call "
               f"{f['phone']}. You may also have the right to an independent external review.", 8.5)


# ---------------------------------------------------------------- Marrowfield letters

def mm_head(d: Page, f: dict) -> None:
    d.font(15, "B")
    d.cell(0, 7, "Marrowfield Mutual", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 4.2, f"{MM}  -  {ADDR[MM][0]}, {ADDR[MM][1]}  -  {f['phone']}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 5)
    d.font(10)
    d.cell(0, 5, D(f, f["notice"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for ln in (f["subscriber"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def summary_box(d: Page, f: dict, extra: list | None = None) -> None:
    rows = [("Member", f["patient"]), ("Member ID", f["mid"]), ("Group", f["group"]),
            ("Claim number", f["claim"]), ("Reference number", f["ref"]),
            ("Plan", f["product"]), ("Facility", f"{f['hosp']} (NPI {f['npi']})"), ("Date of visit", D(f, f["visit"])),
            ("Total charges", M(f, f["total"])), ("Date of birth", fmt_date(f["dob"], "slash"))] + (extra or [])
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(9, "B")
        d.cell(48, 6, " " + k, border=1)
        d.font(9.5)
        d.cell(w - 48, 6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def mm_denial(d: Page, f: dict) -> None:
    d.add_page()
    mm_head(d, f)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.text_line("Emergency room services - retrospective review", 10)
    d.ln(2)
    summary_box(d, f)
    first = f["patient"].split()[0]
    d.para(f"Dear {f['subscriber'].split()[0]} {f['subscriber'].split()[-1]}:", 10, 2)
    d.para(f"We reviewed the claim from {f['hosp']} for {first}'s visit to the emergency department on "
           f"{D(f, f['visit'])}. We are denying the facility charges of {M(f, f['total'])}.", 10)
    d.para(f"Why: The plan covers emergency services for an emergency medical condition. The records show that "
           f"{first} came in with {f['pres']} and was discharged with a final diagnosis of {f['dx']}. Federal and "
           "state law require us to apply the prudent layperson standard: we must look at the symptoms, not just the "
           "final diagnosis. Our physician reviewer found that these symptoms, as recorded at triage, would not lead "
           "a prudent layperson with an average knowledge of health and medicine to expect serious jeopardy to "
           "health without immediate medical attention. The care could have been given in a primary care office "
           "or urgent care center. This is a medical necessity determination under Section 4.2 (Emergency Services) "
           "of your certificate of coverage.", 10)
    d.para(f"The emergency physician, {f['er_doc']} of {f['group_doc']}, bills separately; that claim was "
           "processed under your emergency benefit and is not part of this decision.", 10)
    d.para("If you believe the symptoms were serious enough that a reasonable person would have sought emergency "
           "care, you have the right to appeal. You must file your appeal within 180 days of the date of this "
           f"notice (by {D(f, f['deadline'])}). Send it with any records or a statement of the symptoms to "
           f"Marrowfield Mutual Appeals, {ADDR[MM][0]}, {ADDR[MM][1]}. If your situation is urgent, you may "
           "ask for an expedited appeal decided within 72 hours. After the internal appeal you may ask for an "
           "independent external review within four months.", 10)
    d.para("Sincerely,\nClaims Review Department\nMarrowfield Mutual Health Insurance Company", 10)


def mm_level(d: Page, f: dict) -> None:
    d.add_page()
    mm_head(d, f)
    d.text_line("Explanation of a reduced payment: emergency department level", 12, "B")
    d.ln(2)
    summary_box(d, f, [("Code billed", "0450 / 99285 (level 5)"), ("Code allowed", "0450 / 99283 (level 3)")])
    first = f["patient"].split()[0]
    d.para(f"Dear {f['subscriber'].split()[0]} {f['subscriber'].split()[-1]}:", 10, 2)
    d.para(f"{f['hosp']} billed {first}'s emergency room visit of {D(f, f['visit'])} at the highest facility level, "
           "99285. Level 5 is for visits that use the most hospital resources (for example several imaging studies, "
           "IV medicines, or admission). The records show one X-ray, blood tests and oral medicine, which match a "
           "level 3 visit under the facility coding guidelines we publish for hospitals. We did not question that "
           f"{first} needed emergency care for {f['pres']}; we changed the level of the facility code only.", 10)
    d.table(["Line", "Billed", "Allowed", "Paid"],
            [["Emergency room 99285 -> 99283", M(f, f["lines"][0][3]), M(f, f["allowed_lvl"]),
              M(f, round(f["allowed_lvl"] * 0.8, 2))],
             ["Laboratory 80053", M(f, f["lines"][1][3]), M(f, round(f["lines"][1][3] * 0.45, 2)),
              M(f, round(f["lines"][1][3] * 0.36, 2))],
             ["Diagnostic X-ray 71046", M(f, f["lines"][2][3]), M(f, round(f["lines"][2][3] * 0.5, 2)),
              M(f, round(f["lines"][2][3] * 0.4, 2))]], [80, 30, 30, 30], 9, "LRRR")
    d.para("An in-network hospital may not bill you for the difference between its charge and the allowed amount. "
           "You or the hospital may appeal this decision in writing within 180 days from the date of this letter. "
           f"Appeals: {ADDR[MM][0]}, {ADDR[MM][1]}, fax 1-866-555-0148. You may also request the coding "
           "criteria we used, free of charge.", 10)
    d.para("Claims Review Department\nMarrowfield Mutual Health Insurance Company", 10)


def mm_reversal(d: Page, f: dict) -> None:
    d.add_page()
    mm_head(d, f)
    d.text_line("APPEAL DECISION - DENIAL REVERSED", 12, "B")
    d.ln(2)
    summary_box(d, f, [("Appeal number", f["appeal"]), ("Appeal received", D(f, f["received"]))])
    first = f["patient"].split()[0]
    d.para(f"Dear {f['subscriber'].split()[0]} {f['subscriber'].split()[-1]}:", 10, 2)
    d.para(f"On {D(f, f['orig_notice'])} we denied the emergency room claim for {first}'s visit because the final "
           f"diagnosis was {f['dx']}. You appealed and told us that {first} had {f['pres']}.", 10)
    d.para("A board-certified emergency physician who was not part of the first decision reviewed the appeal. Chest "
           "pain spreading to the arm is a symptom that a prudent layperson would reasonably believe could mean a "
           "heart attack. Under the prudent layperson standard the visit is an emergency even though the tests "
           "later ruled out a cardiac cause. We have reversed our decision.", 10)
    d.para(f"The claim will be reprocessed under your emergency benefit within 15 business days and "
           f"{f['hosp']} will receive payment. You will receive a new Explanation of Benefits. You owe only your "
           "emergency room copay and coinsurance. No further action is needed.", 10)
    d.para("Appeals and Grievances\nMarrowfield Mutual Health Insurance Company", 10)


def mm_eob(d: Page, f: dict) -> None:
    """Marrowfield's plain EOB for the same visit (second document of the fax stack)."""
    d.add_page()
    d.font(13, "B")
    d.cell(0, 7, "Marrowfield Mutual  |  Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 4.5, f"{MM}, {ADDR[MM][0]}, {ADDR[MM][1]}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 3)
    for k, v in (("Issued", D(f, f["notice"])), ("Patient", f["patient"]), ("ID", f["mid"]), ("Group", f["group"]),
                 ("Plan", f["product"]), ("Claim", f["claim"]),
                 ("Provider", f["hosp"])):
        d.font(9)
        d.cell(25, 5, k)
        d.font(9.5, "B")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[D(f, f["visit"]), f"{rev} {cpt}", desc, M(f, ch), M(f, 0), "N54"] for rev, cpt, desc, ch in f["lines"]]
    rows.append(["*Claim total", "", "", M(f, f["total"]), M(f, 0), ""])
    d.table(["Service date", "Rev/CPT", "Service", "Charge", "Paid", "Code"], rows, [28, 24, 50, 28, 24, 18], 8.8,
            "LLLRRL")
    d.para("N54 - Not an emergency medical condition based on the retrospective review of the records; see the "
           "letter sent to you separately. Amount you may owe: the full charge. Appeal within 180 days of the date "
           "of this statement.", 8.8)


BUILD = {"eob": eob, "denial": mm_denial, "level": mm_level, "reversal": mm_reversal, "mm_eob": mm_eob}


def pdf(f: dict, layout: str) -> bytes:
    d = Page(serif=layout in ("denial", "level", "reversal"), footer=None if layout in ("eob", "mm_eob") else
             "Marrowfield Mutual Health Insurance Company - page {p}")
    BUILD[layout](d, f)
    return pdf_bytes(d)


def make_truth(f: dict, layout: str) -> dict:
    k = f["kind"]
    common = dict(insurer=f["ins"], group_number=f["group"], member_id=f["mid"], member_name=f["patient"],
                  claim_amount=m2(f["total"]), service_dates=[f["visit"].isoformat()],
                  denial_date=f["notice"].isoformat(), provider=f["hosp"])
    alts: dict = {"plan_id": [f["product"]]}
    if layout == "eob" or layout == "mm_eob":
        common["case_numbers"] = [f["claim"]]
        common["appeal_deadline"] = f["deadline"].isoformat()
        if k == "ucrate":
            return truth("eob", "level_of_care", f["lang"], alternates=alts,
                         denial_alternates=["medical_necessity", "other"], **common)
        return truth("eob", "medical_necessity", f["lang"], alternates=alts,
                     denial_alternates=["level_of_care", "not_covered"], **common)
    if layout == "reversal":
        common["case_numbers"] = [f["appeal"], f["claim"], f["ref"]]
        alts["case_numbers"] = [[f["appeal"], f["claim"]], [f["appeal"]]]
        return truth("other", None, f["lang"], alternates=alts, **common)
    common["case_numbers"] = [f["claim"], f["ref"]]
    common["appeal_deadline"] = f["deadline"].isoformat()
    if layout == "level":
        return truth("denial_letter", "coding_error", f["lang"], alternates=alts,
                     denial_alternates=["medical_necessity", "level_of_care", "other"],
                     type_alternates=["eob"], **common)
    return truth("denial_letter", "medical_necessity", f["lang"], alternates=alts,
                 denial_alternates=["level_of_care", "not_covered"], **common)


# (stem suffix, condition, kind, insurer, layouts, date style, money style, lang)
PLAN = [
    ("bd_eob_final_diagnosis_not_emergency", "born_digital", "notemerg", CW, ["eob"], "slash", "plain", "en"),
    ("bd_letter_prudent_layperson_not_met", "born_digital", "notemerg", MM, ["denial"], "long", "plain", "en"),
    ("scan300_eob_paid_at_urgent_care_rate", "scan_clean_300", "ucrate", CW, ["eob"], "abbr", "nosign", "en"),
    ("lowres_letter_level5_reduced_to_level3", "scan_lowres_150", "level", MM, ["level"], "iso", "plain", "en"),
    ("copy_appeal_reversed_chest_pain", "photocopy", "reversal", MM, ["reversal"], "dmy", "plain", "en"),
    ("phone_spanish_eob_no_emergencia", "phone_photo", "es", CW, ["eob"], "es", "plain", "es"),
    ("faxstd_stack_cover_letter_and_eob", "fax_standard_g4", "notemerg", MM, ["denial", "mm_eob"], "upper",
     "plain", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, layouts, ds, ms, lang) in enumerate(PLAN):
        f = facts(random.Random(187500 + i), kind, ins, ds, ms, lang)
        docs = [(pdf(f, lay), make_truth(f, lay)) for lay in layouts]
        seps = ["cover", None] if len(docs) > 1 else None
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
