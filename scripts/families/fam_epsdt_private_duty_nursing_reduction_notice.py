"""Family 'epsdt_private_duty_nursing_reduction_notice': state Medicaid agencies' and Medicaid managed care plans'
notices on a child's private duty nursing (PDN) hours under EPSDT (Early and Periodic Screening, Diagnostic and
Treatment), modelled from memory on the Notice of Adverse Benefit Determination content of 42 CFR 438.404 and the
fee-for-service prior authorization notices of state Medicaid agencies: the child (member), Medicaid ID, parent or
guardian, home health agency and ordering physician, request number, authorization period from / to, hours per week
requested vs currently authorized vs approved, the EPSDT standard ("correct or ameliorate"), the reason (hours not
medically necessary, caregivers trained to do the care, respite / child care not covered, nursing notes and plan of
care missing, intermittent skilled nursing visits instead of continuous nursing), plan appeal within 60 days,
continuation of benefits if the appeal is filed within 10 days or before the effective date, state fair hearing,
72-hour fast appeal. One approval, one Spanish notice, one stack behind the home health agency's fax cover sheet.

Everything is invented: the State of Lindenfall, plans, agencies, people (Uzbek, Tongan, Icelandic and K'iche' Maya
name bases), IDs and 555 phone numbers. Seeds 148550+. Authorization periods are not dates of service (no notice
states one); they are accepted as an alternate.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item, _pdf_pages
from fpdf import FPDF
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "epsdt_private_duty_nursing_reduction_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
PK, PH, LD = ("Prairie Kite Kids Health Plan", "Pecan Hollow Children's Health Plan",
              "Lindenfall Department of Health Care Services")
ADDR = {PK: ("PO Box 4471", "Cedar Reach, LF 60213"), PH: ("2200 Orchard Terrace, Suite 140", "Millbourne, LF 60377"),
        LD: ("Division of Medicaid, Prior Authorization Unit", "300 Capitol Walk, Lindenfall City, LF 60101")}
AGENCIES = ["Bluebell Kids Home Nursing, Inc.", "Yucca Ridge Pediatric Home Health"]
DOCTORS = ["Dr. Sigridur H. Einarsdottir", "Dr. Gunnar P. Hallgrimsson", "Dr. Ragnheidur K. Thorsdottir"]
REVIEWERS = ["Bjarki O. Sveinsson, MD", "Hrefna L. Magnusdottir, MD"]
KID_FIRST = ["Dilnoza", "Sardor", "Nodira", "Timur", "Siosaia", "Mele", "Tevita", "Lose"]
PARENT_FIRST = ["Gulnora", "Rustam", "Malika", "Sanjar", "Ana", "Sione", "Losaline"]
LAST = ["Yusupova", "Karimov", "Rashidova", "Abdullaev", "Hufanga", "Kaufusi", "Vaipulu", "Fifita"]
KID_ES = ["Josué", "Yesenia", "Abner", "Marleny"]
PARENT_ES = ["Rosaura", "Efraín", "Candelaria"]
LAST_ES = ["Tzoc", "Tuyuc", "Ajanel", "Sajbin", "Yaxon"]


def fd(d: dt.date, style: str) -> str:
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "iso": d.isoformat(),
            "dmy": f"{d.day} {d.strftime('%b')} {d.year}", "abbr": d.strftime("%b %-d, %Y")}[style]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


class Page(Doc):
    def __init__(self, footer: str | None):
        super().__init__("DejaVu", margins=(19, 15, 19), footer=footer)
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, ds: str, lab: int) -> dict:
    es = kind == "respite_es"
    lang = "es" if es else "en"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    start = notice + dt.timedelta(days=r.randint(12, 20))
    end = start + dt.timedelta(days=r.choice([89, 179, 181]))
    last = r.choice(LAST_ES if es else LAST)
    tongan = last in LAST[4:]
    kids = KID_ES if es else (KID_FIRST[4:] if tongan else KID_FIRST[:4])
    parents = PARENT_ES if es else (PARENT_FIRST[4:] if tongan else PARENT_FIRST[:4])
    child = f"{r.choice(kids)} {r.choice('ABDFGKMNRST')}. {last}"
    parent = f"{r.choice(parents)} {r.choice('ABDFGKMNRST')}. {last}"
    dob = notice - dt.timedelta(days=r.randint(400, 5000))
    req, cur, appr = {"mednec": (84, 84, 56), "records": (60, 40, 0), "caregiver": (112, 98, 70),
                      "respite_es": (98, 70, 70), "approved": (70, 56, 70), "decann": (84, 84, 40),
                      "intermittent": (56, 56, 0)}[kind]
    f = dict(kind=kind, ins=ins, ds=ds, lab=lab, lang=lang, notice=notice, start=start, end=end, child=child,
             parent=parent, dob=dob, req=req, cur=cur, appr=appr, agency=r.choice(AGENCIES), doctor=r.choice(DOCTORS),
             reviewer=r.choice(REVIEWERS), mid=("LF" if ins == LD else "") + digits(r, 9),
             request=(r.choice(["PDN-", "UM", "PA "]) + digits(r, 8)).replace("PA ", "PA"),
             npi=r.choice("12") + digits(r, 9), received=notice - dt.timedelta(days=r.randint(5, 13)),
             ph=f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
             hearing_ph=f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
             addr=(f"{r.randint(110, 9800)} {r.choice(['Linden Row', 'Falcon Crest Dr', 'Quarrystone Ave', 'Mill Pond Rd'])}",
                   r.choice(["Cedar Reach, LF 60214", "Millbourne, LF 60379", "Harrowgate, LF 60455"])),
             letter_id="LTR-" + digits(r, 6), dx=r.choice(["J96.11", "Z93.0", "G80.0", "Q90.9"]))
    f["eff"] = start
    return f


LAB = {"en": [("Member (child)", "Medicaid ID", "Request number", "Authorization period", "Home health agency",
               "Date of notice"),
              ("Child's name", "Member ID", "Reference #", "Requested dates", "Nursing provider", "Notice date"),
              ("Patient", "Medicaid No.", "Authorization request", "Service period", "PDN agency", "Date")],
       "es": [("Miembro (niño/a)", "Número de Medicaid", "Número de solicitud", "Período de autorización",
               "Agencia de salud en el hogar", "Fecha del aviso")]}


def letterhead(d: Page, f: dict) -> None:
    ins = f["ins"]
    if ins == PK:
        d.text_line("PRAIRIE KITE", 20, "B")
        d.text_line("Kids Health Plan  \u2022  a Lindenfall Medicaid managed care plan", 8.5)
        d.rule(0.8)
        d.text_line(f"{ADDR[PK][0]}, {ADDR[PK][1]}  \u2022  Member Services {f['ph']} (TTY 711)", 7.5)
    elif ins == PH:
        d.set_fill_color(222, 222, 222)
        d.font(13, "B")
        d.cell(0, 10, "  " + PH, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"{ADDR[PH][0]}  |  {ADDR[PH][1]}  |  {f['ph']}", 8)
    else:
        d.text_line("STATE OF LINDENFALL", 9, "B", "C")
        d.text_line(LD, 13, "B", "C")
        d.text_line(ADDR[LD][0], 8.5, "", "C")
        d.text_line(ADDR[LD][1], 8.5, "", "C")
        d.rule(0.5)
    d.ln(4)


def info(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    L = LAB["es"][0] if es else LAB["en"][f["lab"]]
    ds = f["ds"]
    rows = [(L[5], fd(f["notice"], ds)), (L[0], f["child"]), ("Fecha de nacimiento" if es else "Date of birth",
                                                               fd(f["dob"], ds)),
            (L[1], f["mid"]), ("Padre/madre o tutor" if es else "Parent/guardian", f["parent"]),
            ("Servicio" if es else "Service", "Enfermería privada (T1000)" if es else "Private duty nursing (T1000)"),
            (L[4], f"{f['agency']}  (NPI {f['npi']})"),
            ("Médico que lo ordenó" if es else "Ordering physician", f["doctor"]), (L[2], f["request"]),
            ("Solicitud recibida" if es else "Request received", fd(f["received"], ds)),
            (L[3], f"{fd(f['start'], ds)} - {fd(f['end'], ds)}")]
    if f["lab"] == 1 and not es:
        w = (d.w - d.l_margin - d.r_margin) / 2
        for i in range(0, len(rows), 2):
            pair = rows[i:i + 2]
            d.boxes([(a, b, w) for a, b in pair] + ([] if len(pair) == 2 else [("", "", w)]), h=10.5, value_size=9)
        d.ln(3)
    else:
        for a, b in rows:
            d.font(9.3, "B")
            d.cell(58, 5.2, a + ":")
            d.font(9.3)
            d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)


def hours_table(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    head = (["", "Horas por semana"] if es else ["", "Hours per week"])
    rows = [["Solicitadas" if es else "Requested", str(f["req"])],
            ["Autorizadas actualmente" if es else "Currently authorized", str(f["cur"]) if f["cur"] else "0"],
            ["*Aprobadas" if es else "*Approved", str(f["appr"])]]
    d.table(head, rows, [70, 40], 9.5, "LR")


REASON = {
    "mednec": "Our nurse reviewer and a pediatrician looked at the nursing notes, the plan of care and the doctor's "
              "order. Your child's breathing has been stable on the ventilator at night only, with no suctioning "
              "emergencies in the last 60 days. Continuous nursing is medically necessary while your child is on "
              "the ventilator (8 hours a night). The other hours asked for are not medically necessary. We "
              "approved {appr} of the {req} hours per week asked for.",
    "records": "We could not decide the request for more hours because the papers we need did not come. We asked "
               "{agency} on {rec} for the signed physician's order, the current plan of care and the last 30 days "
               "of nursing notes. We did not receive them. The request is denied. The {cur} hours a week already "
               "authorized do not change.",
    "caregiver": "Your child's two trained caregivers at home have completed the agency's training in "
                 "tracheostomy care, tube feeding and medicines, and the nursing notes show they do this care on "
                 "most days. Nursing is medically necessary when a trained caregiver is not available. The hours "
                 "asked for when trained caregivers are at home are not needed. We approved {appr} hours a week.",
    "respite_es": "Las horas adicionales se pidieron para que los padres puedan descansar (relevo o respite). El "
                  "beneficio de enfermería privada cubre cuidados de enfermería que su hijo/a necesita por su "
                  "condición médica. El relevo para la familia no es un servicio cubierto bajo este beneficio. Se "
                  "aprueban {appr} horas por semana, las mismas que ya tenía.",
    "approved": "We approved the private duty nursing hours your child's doctor asked for. The agency may schedule "
                "up to {appr} hours a week during the authorization period.",
    "decann": "Your child's tracheostomy was removed (decannulated) and the nursing notes since then show no "
              "oxygen needs at night and no skilled interventions for most shifts. The {req} hours asked for are "
              "more than your child's condition needs now. We approved {appr} hours a week for the next period "
              "to watch breathing during sleep and to help the family adjust.",
    "intermittent": "Your child's skilled needs are tube feedings four times a day and medicines by mouth. These "
                    "tasks can be done by a nurse in scheduled skilled nursing visits (home health visits), which "
                    "we can approve, instead of continuous private duty nursing. Continuous nursing for {req} hours "
                    "a week is not approved. Ask your doctor or agency to request skilled nursing visits.",
}


def body(d: Page, f: dict) -> None:
    es, ds, k = f["lang"] == "es", f["ds"], f["kind"]
    appr_only = k == "approved"
    d.text_line(f["parent"], 10)
    for ln in f["addr"]:
        d.text_line(ln, 10)
    d.ln(4)
    if es:
        title = "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"
    elif appr_only:
        title = "Notice of Approval: Private Duty Nursing"
    elif f["ins"] == LD:
        title = "NOTICE OF DECISION ON PRIOR AUTHORIZATION REQUEST"
    else:
        title = ["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Notice of Action: Private Duty Nursing Hours",
                 "NOTICE OF ADVERSE BENEFIT DETERMINATION"][f["lab"]]
    d.text_line(title, 12.5, "B")
    d.ln(1)
    info(d, f)
    if es:
        d.para(f"Estimado/a {f['parent']}: Revisamos la solicitud de {f['agency']} de {f['req']} horas por semana "
               f"de enfermería privada para {f['child']}. Hemos decidido reducir las horas solicitadas.", 9.5)
    elif appr_only:
        d.para(f"Dear {f['parent']}: We reviewed the request from {f['agency']} for private duty nursing for "
               f"{f['child']}.", 9.5)
    else:
        verb = "deny" if f["appr"] == 0 else "reduce"
        d.para(f"Dear {f['parent']}: We reviewed the request from {f['agency']} for {f['req']} hours a week of "
               f"private duty nursing for {f['child']}. We have decided to {verb} "
               f"{'this request' if verb == 'deny' else 'the hours asked for'}."
               + ("" if verb == "deny" or f["cur"] == f["appr"] else
                  f" This change takes effect {fd(f['eff'], ds)}."), 9.5)
    hours_table(d, f)
    d.text_line("¿Por qué tomamos esta decisión?" if es else ("What we decided" if appr_only else
                                                             "Why did we make this decision?"), 10.5, "B")
    d.para(REASON[k].format(appr=f["appr"], req=f["req"], cur=f["cur"], agency=f["agency"],
                            rec=fd(f["received"], ds)), 9.5, 1.5)
    if es:
        d.para("Como su hijo/a es menor de 21 años, revisamos la solicitud según las reglas de EPSDT (Detección, "
               "Diagnóstico y Tratamiento Tempranos y Periódicos). EPSDT cubre los servicios necesarios para "
               "corregir o mejorar una condición física o mental.", 9)
    else:
        d.para("Because your child is under 21, we reviewed this request under the Early and Periodic Screening, "
               "Diagnostic and Treatment (EPSDT) benefit. EPSDT covers services needed to correct or ameliorate "
               "a physical or mental condition, even if the service is not otherwise covered for adults. The "
               f"decision was made by {f['reviewer']}, a board-certified pediatrician.", 9)


def rights(d: Page, f: dict) -> None:
    es, ds, k, ins = f["lang"] == "es", f["ds"], f["kind"], f["ins"]
    n = f["notice"]
    if k == "approved":
        d.para(f"If you have questions, call Member Services at {f['ph']} (TTY 711). Keep this notice with "
               "your child's records. If your child's needs change, the agency may ask for a new authorization.",
               9.3)
        return
    if es:
        d.text_line("Sus derechos", 10.5, "B")
        d.para("Apelación: usted puede pedir una apelación al plan. Debe pedirla dentro de los 60 días a partir "
               "de la fecha de este aviso. Puede llamarnos o escribirnos.", 9.2, 1)
        d.para("Continuación de beneficios: si pide la apelación dentro de los 10 días a partir de la fecha de este "
               f"aviso, o antes del {fd(f['eff'], ds)}, su hijo/a puede seguir recibiendo las horas actuales "
               "mientras decidimos.", 9.2, 1)
        d.para("Apelación rápida: si esperar 30 días podría dañar la salud de su hijo/a, pida una apelación "
               "rápida; le contestaremos en 72 horas.", 9.2, 1)
        d.para("Audiencia imparcial estatal: si la apelación no cambia la decisión, puede pedir una audiencia "
               f"imparcial estatal dentro de los 120 días de la decisión de la apelación. Llame al {f['hearing_ph']}.",
               9.2, 1)
        return
    d.text_line("Your right to appeal" if ins != LD else "Your right to a reconsideration and a fair hearing",
                10.5, "B")
    if ins == LD:
        if k == "records":
            d.para("You may ask for a state fair hearing within 90 days of the date of this notice. Write to the "
                   "Office of Administrative Hearings, PO Box 880, Lindenfall City, LF 60102, or call "
                   f"{f['hearing_ph']}. The agency may also send the missing papers with a new request at any "
                   "time.", 9.2, 1)
        else:
            d.para("If you disagree, you or the agency may ask the Prior Authorization Unit for a reconsideration "
                   "within 30 days of the date of this notice. Send any new information from your child's "
                   "doctor.", 9.2, 1)
            d.para(f"You may also ask for a state fair hearing within 90 days of the date of this notice by calling "
                   f"{f['hearing_ph']}. If you ask for a hearing before {fd(f['eff'], ds)}, your child's current "
                   "hours continue until the hearing decision.", 9.2, 1)
        return
    if f["lab"] == 1:
        dl = n + dt.timedelta(days=60)
        d.para(f"You may ask us for an appeal. Your appeal must be received by {fd(dl, ds)} (60 days from the date "
               "of this notice). Call Member Services or write to the Appeals Unit at the address above.", 9.2, 1)
    elif f["lab"] == 2:
        d.para("You may ask us for an appeal within 60 calendar days of the date on this letter. Call Member "
               "Services or write to the Appeals Unit at the address above.", 9.2, 1)
    else:
        d.para("You may ask us for an appeal within 60 days from the date of this notice. You can call, write or "
               "ask the agency or the doctor to appeal for you with your written consent.", 9.2, 1)
    d.para("Keep your child's current hours: if you ask for an appeal within 10 days of the date of this notice, "
           f"or before {fd(f['eff'], ds)}, whichever is later, the current hours continue during the appeal. If "
           "the appeal is lost, you may have to pay for the extra hours.", 9.2, 1)
    d.para("Fast appeal: if waiting 30 days could seriously harm your child's health, ask for a fast appeal. We "
           "will decide within 72 hours.", 9.2, 1)
    d.para("State fair hearing: if we do not decide in your favor, you may ask for a state fair hearing within "
           f"120 days of the date of our appeal decision. Call {f['hearing_ph']}.", 9.2, 1)
    d.para(f"Questions? Member Services {f['ph']} (TTY 711). Letter ID {f['letter_id']}.", 9.2, 1)


def build(f: dict) -> bytes:
    d = Page(None if f["lab"] == 0 else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    body(d, f)
    rights(d, f)
    d.ln(2)
    d.text_line("Sincerely," if f["lang"] == "en" else "Atentamente,", 10)
    d.text_line("Utilization Management" if f["ins"] != LD else "Prior Authorization Unit", 10)
    d.text_line(f["ins"], 10)
    d.text_line(f"cc: {f['agency']}; {f['doctor']}", 8)
    return pdf_bytes(d)


def cover_fax(f: dict, r: random.Random, pages: int) -> bytes:
    """The home health agency's own fax cover sheet sent in front of the plan's notice (belongs to no document)."""
    d = FPDF(format="letter")
    d.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    d.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    d.add_font("DejaVu", "B", BOLD)
    d.set_margins(20, 18, 20)
    d.add_page()
    d.set_font("DejaVu", "B", 16)
    d.cell(0, 9, f["agency"], new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 9)
    d.cell(0, 5, f"Pediatric private duty nursing  \u2022  Intake fax 555-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DejaVu", "B", 26)
    d.cell(0, 14, "FAX", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    sent = f["notice"] + dt.timedelta(days=r.randint(2, 4))
    rows = [("To", f"{f['parent']} (parent)"), ("Fax", f"555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"),
            ("From", "Sigrun T. Bjornsdottir, RN, Intake Coordinator"), ("Date", sent.strftime("%m/%d/%y")),
            ("Pages", f"{pages + 1} including cover"), ("Re", "Your child's nursing hours - notice from the health plan")]
    for a, b in rows:
        d.set_font("DejaVu", "B", 11)
        d.cell(30, 9, a + ":")
        d.set_font("DejaVu", "", 11)
        d.cell(0, 9, b, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("DejaVu", "", 10.5)
    d.multi_cell(0, 5.5, "We received the attached notice from the health plan today. It changes the nursing hours "
                 "we can staff. Please read it. If you want to keep the current hours while you appeal, the plan "
                 "must get your appeal quickly - see the 10-day rule in the notice. Call us and we will help you "
                 "with the appeal form.")
    d.ln(10)
    d.set_font("DejaVu", "", 8)
    d.multi_cell(0, 4, "CONFIDENTIAL: this fax contains protected health information. If you are not the "
                 "intended recipient, call the sender and destroy these pages.")
    return bytes(d.output())


def iso(d: dt.date) -> str:
    return d.isoformat()


def make_truth(f: dict) -> dict:
    k, n = f["kind"], f["notice"]
    span = f"{iso(f['start'])}/{iso(f['end'])}"
    alts = {"service_dates": [[span]], "provider": [f["doctor"]]}
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["child"], case_numbers=[f["request"]],
                  denial_date=iso(n), provider=f["agency"])
    if k == "approved":
        return truth("other", None, f["lang"], alternates=alts, **common)
    if f["ins"] == LD and k == "records":
        alts["appeal_deadline"] = [iso(n + dt.timedelta(days=90))]
    elif f["ins"] == LD:
        common["appeal_deadline"] = iso(n + dt.timedelta(days=30))
    else:
        common["appeal_deadline"] = iso(n + dt.timedelta(days=60))
    den, dalt = {"mednec": ("medical_necessity", []), "records": ("other", ["medical_necessity"]),
                 "caregiver": ("medical_necessity", ["other"]), "respite_es": ("not_covered", ["medical_necessity"]),
                 "decann": ("medical_necessity", []), "intermittent": ("level_of_care", ["medical_necessity"])}[k]
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=dalt, **common)


# (stem suffix, condition, kind, issuer, date style, label set, with agency cover fax)
PLAN = [
    ("bd_hours_not_medically_necessary", "born_digital", "mednec", PK, "long", 0, False),
    ("bd_state_increase_denied_records_missing", "born_digital", "records", LD, "slash", 2, False),
    ("scan300_caregivers_trained_hours_cut", "scan_clean_300", "caregiver", PK, "dmy", 1, False),
    ("lowres_spanish_respite_not_covered", "scan_lowres_150", "respite_es", PH, "es", 0, False),
    ("phone_hours_approved", "phone_photo", "approved", PH, "abbr", 2, False),
    ("faxfine_agency_cover_decannulated_hours_cut", "fax_fine_g4", "decann", PH, "iso", 2, True),
    ("copy_state_skilled_visits_instead", "photocopy", "intermittent", LD, "long", 1, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, lab, cover) in enumerate(PLAN):
        r = random.Random(148550 + i)
        f = facts(r, kind, ins, ds, lab)
        doc = (build(f), make_truth(f))
        if cover:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [doc], separators=[cover_fax(f, r, _pdf_pages(doc[0]))]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [doc]))
    return items
