"""Family 'masshealth_personal_care_attendant_hours_reduction_notice': a state Medicaid personal care attendant
(PCA) program's prior authorization notice approving fewer weekly PCA hours than the PCA agency asked for, in
the structure of the MassHealth PCA prior authorization "approved with modification" notice (activity time
table, authorization period, regulation cited, fair hearing by the Board of Hearings within 30 days of receipt,
services continued if asked within 10 days, Fair Hearing Request Form enclosed).

The Commonwealth of Quabbin and its program QuabbinHealth are fictional, as are the personal care management
(PCM) agencies, people and numbers. Documents: the English notice (label column and activity table), the PCM
agency's re-evaluation summary, a standard-fax stack of the member's filled Fair Hearing Request Form and a copy
of a notice (boxed layout), a Spanish notice, a notice told only in sentences, the approval after the
re-evaluation, and the agency's letter to the member. Decoys: DOB, provider numbers, evaluation and
request-received dates, current authorization, 10-day and 30-day hearing limits, form numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, fmt_date, truth
from public_kit import Page, out

FAMILY = "masshealth_personal_care_attendant_hours_reduction_notice"
LANG = "en"
SEED = 346800
INSURER = "QuabbinHealth"
AGENCIES = ["Nashoba Valley Independent Living Center", "Pioneer Hills Personal Care Management",
            "Blackstone Corridor Center for Living"]
ACTIVITIES = [("Mobility / transfers", 210, 150), ("Bathing and grooming", 420, 315), ("Dressing and undressing", 280, 210),
              ("Passive range of motion", 210, 105), ("Eating", 315, 315), ("Toileting", 350, 280),
              ("Meal preparation (IADL)", 420, 300), ("Laundry and housekeeping (IADL)", 120, 90),
              ("Shopping and transportation (IADL)", 60, 45)]
REG = "101 QCR 422.410(A) and 422.412(C)"


def d(x: dt.date, s: str) -> str:
    return fmt_date(x, s)


def hours(mins: int) -> str:
    return f"{mins / 60:.2f}"


def story(r: Rand, lang: str = "en") -> dict:
    who = r.person(lang)
    notice = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 150))
    start = (notice + dt.timedelta(days=r.randint(10, 25))).replace(day=1)
    if start <= notice:
        start = (start + dt.timedelta(days=32)).replace(day=1)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    night = r.choice([0, 14])
    return dict(name=who[0], first=who[1], last=who[3], addr=r.address(lang), notice=notice, start=start, end=end,
                mid=r.digits(12), pa=f"{r.digits(2)}{r.letters(1)}{r.digits(7)}", agency=r.choice(AGENCIES),
                pid=f"{r.digits(9)}{r.letters(1)}", dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)),
                recv=notice - dt.timedelta(days=r.randint(12, 20)), evald=notice - dt.timedelta(days=r.randint(25, 40)),
                ot=r.person()[0], night=night, phone=r.phone())


def totals() -> tuple[int, int]:
    return sum(a[1] for a in ACTIVITIES), sum(a[2] for a in ACTIVITIES)


def state_head(p: Page, lang: str = "en") -> None:
    p.f(8)
    p.cell(0, 4, "COMMONWEALTH OF QUABBIN" if lang == "en" else "ESTADO LIBRE ASOCIADO DE QUABBIN",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, "Executive Office of Health and Human Services" if lang == "en"
           else "Oficina Ejecutiva de Salud y Servicios Humanos", new_x="LMARGIN", new_y="NEXT")
    p.line("QuabbinHealth", 18, "B")
    p.line("Office of Medicaid  \u2022  PCA Prior Authorization Unit  \u2022  PO Box 9120, Ware Center, QB 01082", 7.5)
    p.ln(5)


def notice_en(s: dict) -> bytes:
    p = Page(footer="Page {n} of {nb}", footer_left="PCA-MOD-1 (Rev. 05/25)")
    p.add_page()
    state_head(p)
    p.line(d(s["notice"], "long"), 10)
    p.ln(2)
    y = p.get_y()
    p.para(f"{s['name']}\n{s['addr'][0]}\n{s['addr'][1]}", 10)
    p.set_xy(112, y)
    p.pairs([("Member", s["name"]), ("QuabbinHealth ID", s["mid"]), ("Date of birth", d(s["dob"], "slash")),
             ("PA number", s["pa"]), ("PCM provider no.", s["pid"]),
             ("Request received", d(s["recv"], "slash"))], label_w=34, size=8.3, x=112, h=4.5)
    p.ln(5)
    p.heading("Notice of Prior Authorization Decision for Personal Care Attendant (PCA) Services: "
              "APPROVED WITH MODIFICATION", 11)
    p.para(f"QuabbinHealth has reviewed the prior authorization request for PCA services that {s['agency']} sent "
           "for you. We have approved your request with a modification. This means we approved fewer hours than "
           "were requested. The time approved for each activity is shown below.", 9.5)
    rows = [[a, str(rq), str(ap)] for a, rq, ap in ACTIVITIES]
    rq, ap = totals()
    rows.append(["Total day/evening hours per week", hours(rq), hours(ap)])
    rows.append(["Night attendant hours per week", str(s["night"]), "0"])
    p.table(["Activity of daily living", "Minutes per week requested", "Minutes per week approved"], rows,
            [100, 38, 38], size=8.3, row_h=5, bold_last=False)
    p.pairs([("Authorization period", f"{d(s['start'], 'slash')} - {d(s['end'], 'slash')}")], label_w=45, size=9.5)
    p.ln(2)
    p.heading("Reason for the modification", 10)
    p.para("The time requested for mobility, bathing and grooming, dressing, passive range of motion, toileting and "
           "the instrumental activities is more than is medically necessary to physically assist you with these "
           f"activities, based on the evaluation and your medical records. See {REG}.", 9)
    p.heading("Your right to appeal", 10)
    p.para("If you disagree with this decision, you have the right to a fair hearing. Fill out the enclosed Fair "
           "Hearing Request Form and send it to the Office of Medicaid, Board of Hearings. The Board of Hearings "
           "must receive your request within 30 days of the date you received this notice. If it receives your "
           "request within 10 days of the date you received this notice, your PCA services will continue at the "
           "current level until the hearing decision. You may represent yourself or be helped by a friend, "
           f"relative or lawyer. Questions: QuabbinHealth Customer Service, {s['phone']} (TTY 711).", 8.8)
    return out(p)


def base(s: dict, doc_type: str = "denial_letter", lang: str = "en", **kw) -> dict:
    fields = dict(insurer=INSURER, member_id=s["mid"], member_name=s["name"], case_numbers=[s["pa"]],
                  service_dates=[f"{s['start'].isoformat()}/{s['end'].isoformat()}"],
                  denial_date=s["notice"].isoformat(), provider=s["agency"])
    fields.update(kw)
    extra = {}
    if doc_type != "other":
        extra["alternates"] = {"insurer": ["Executive Office of Health and Human Services"]}
    return truth(doc_type, "medical_necessity" if doc_type != "other" else None, lang=lang, **fields, **extra)


def evaluation(s: dict) -> bytes:
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(s["agency"], 14, "B")
    p.line("Personal Care Management (PCM) Agency  |  88 Depot Street, Ayerbridge, QB 01434  |  (555) 016-3307", 8)
    p.ln(4)
    p.line("PCA RE-EVALUATION SUMMARY", 12, "B", align="C")
    p.ln(2)
    rep = s["recv"] - dt.timedelta(days=2)
    p.boxed_pairs([("Consumer", s["name"]), ("QuabbinHealth ID", s["mid"]), ("Date of birth", d(s["dob"], "dmy")),
                   ("Home visit (evaluation) date", d(s["evald"], "dmy")), ("Evaluator", f"{s['ot']}, OTR/L"),
                   ("Requested period", f"{d(s['start'], 'dmy')} to {d(s['end'], 'dmy')}"),
                   ("Date of report / sent to QuabbinHealth", d(rep, "dmy"))], label_w=70, size=9)
    rows = [[a, str(rq), f"{rq // 7} x 7"] for a, rq, _ in ACTIVITIES]
    rq, _ = totals()
    rows.append(["Total minutes per week", str(rq), ""])
    p.table(["Activity", "Minutes/week", "Basis"], rows, [100, 30, 44], size=8.5, row_h=5)
    p.para(f"Requested: {hours(rq)} day/evening hours per week and {s['night']} night hours per week. The consumer "
           "has C5 incomplete tetraplegia, needs a full assist with transfers and a hoist, and cannot bathe or "
           "dress without hands-on help. Current authorization continues to the day before the new period.", 9)
    p.para("Consumer signature on file. This summary is a request; QuabbinHealth decides the hours.", 8.5)
    return out(p), rep


def hearing_form(s: dict) -> bytes:
    p = Page(footer=None, footer_left="BOH-FHRF (Rev. 01/24)")
    p.add_page()
    p.f(8)
    p.cell(0, 4, "Commonwealth of Quabbin - Executive Office of Health and Human Services", new_x="LMARGIN",
           new_y="NEXT")
    p.line("Office of Medicaid - BOARD OF HEARINGS", 11, "B")
    p.line("100 Hancock Street, 6th floor, Ware Center, QB 01080  \u2022  Fax (555) 017-0140", 8)
    p.ln(3)
    p.line("FAIR HEARING REQUEST FORM", 14, "B", align="C")
    p.ln(3)
    signed = s["notice"] + dt.timedelta(days=6)
    boxes = [("1. Appellant name", s["name"]), ("2. QuabbinHealth ID", s["mid"]),
             ("3. Address", f"{s['addr'][0]}, {s['addr'][1]}"), ("4. Telephone", "(555) 012-" + s["mid"][-4:]),
             ("5. Action you are appealing", "PCA hours reduced (approved with modification)"),
             ("6. Date on the notice", d(s["notice"], "slash")), ("7. PA number on the notice", s["pa"]),
             ("8. PCM agency", s["agency"]), ("9. Period", f"{d(s['start'], 'slash')} to {d(s['end'], 'slash')}")]
    p.boxed_pairs(boxes, label_w=62, size=9)
    p.para("10. [X] I want my PCA services to continue at the current level while I wait for the hearing decision.\n"
           "11. [ ] I need an interpreter. Language: ______\n"
           "12. [X] I need the hearing to be held by telephone.", 9.5)
    p.para("Why do you disagree? I need help with every transfer and with bathing and dressing; the hours "
           "approved leave me without help in the evening.", 9.5)
    p.ln(4)
    p.pairs([("Signature", f"{s['first']} {s['last']} (signed)"), ("Date", d(signed, "slash"))], label_w=30, size=10)
    return out(p), signed


def notice_boxed(s: dict) -> bytes:
    p = Page(footer="Page {n} of {nb}", footer_left="PCA-MOD-1 (Rev. 05/25)")
    p.add_page()
    state_head(p)
    p.line("PCA PRIOR AUTHORIZATION - APPROVED WITH MODIFICATION", 11.5, "B")
    p.ln(2)
    rq, ap = totals()
    p.boxed_pairs([("Notice date", d(s["notice"], "abbr")), ("Member", s["name"]), ("Member ID", s["mid"]),
                   ("Prior authorization no.", s["pa"]), ("Requesting PCM agency", s["agency"]),
                   ("Service", "PCA services (T1019)"), ("Period", f"{d(s['start'], 'abbr')} - {d(s['end'], 'abbr')}"),
                   ("Hours per week requested", hours(rq)), ("Hours per week approved", hours(ap))], label_w=55,
                  size=9)
    p.para("Reason: the time requested for several activities is more than is medically necessary to physically "
           f"assist you ({REG}). The time approved for each activity is on the enclosed activity sheet.", 9.5)
    p.para("Fair hearing: the Board of Hearings must receive your request within 30 days of the date you received "
           "this notice; to keep your current hours during the appeal it must receive it within 10 days.", 9)
    return out(p)


def notice_es(s: dict) -> bytes:
    p = Page(footer="Página {n} de {nb}", footer_left="PCA-MOD-1-S (Rev. 05/25)")
    p.add_page()
    state_head(p, "es")
    p.line(d(s["notice"], "es"), 10)
    p.ln(2)
    p.para(f"{s['name']}\n{s['addr'][0]}\n{s['addr'][1]}", 10)
    p.heading("Aviso de decisión de autorización previa para servicios de asistente de cuidado personal (PCA): "
              "APROBADO CON MODIFICACIÓN", 11)
    p.pairs([("Afiliado/a", s["name"]), ("Nº de identificación de QuabbinHealth", s["mid"]),
             ("Número de autorización previa", s["pa"]), ("Agencia PCM", s["agency"]),
             ("Fecha de nacimiento", d(s["dob"], "es")), ("Solicitud recibida", d(s["recv"], "es"))], label_w=74, size=9)
    p.ln(2)
    rq, ap = totals()
    p.para(f"QuabbinHealth revisó la solicitud de autorización previa de servicios PCA que {s['agency']} envió "
           f"por usted. Aprobamos menos horas de las solicitadas: se pidieron {hours(rq)} horas por semana y "
           f"aprobamos {hours(ap)} horas por semana, del {d(s['start'], 'es')} al {d(s['end'], 'es')}.", 9.5)
    rows = [["Movilidad / traslados", str(ACTIVITIES[0][1]), str(ACTIVITIES[0][2])],
            ["Baño y aseo personal", str(ACTIVITIES[1][1]), str(ACTIVITIES[1][2])],
            ["Vestirse y desvestirse", str(ACTIVITIES[2][1]), str(ACTIVITIES[2][2])],
            ["Ejercicios pasivos de movilidad", str(ACTIVITIES[3][1]), str(ACTIVITIES[3][2])],
            ["Comer", str(ACTIVITIES[4][1]), str(ACTIVITIES[4][2])],
            ["Ir al baño", str(ACTIVITIES[5][1]), str(ACTIVITIES[5][2])],
            ["Actividades instrumentales (comidas, lavado, compras)", str(sum(a[1] for a in ACTIVITIES[6:])),
             str(sum(a[2] for a in ACTIVITIES[6:]))]]
    p.table(["Actividad", "Minutos por semana solicitados", "Minutos por semana aprobados"], rows, [100, 38, 38],
            size=8.3, row_h=5)
    p.heading("Motivo", 10)
    p.para("El tiempo solicitado para varias actividades es mayor del que es médicamente necesario para ayudarle "
           f"físicamente con ellas, según la evaluación y sus expedientes médicos ({REG}).", 9.5)
    p.heading("Su derecho a apelar", 10)
    p.para("Si no está de acuerdo, tiene derecho a una audiencia imparcial. La Junta de Audiencias debe recibir su "
           "Formulario de solicitud de audiencia dentro de 30 días a partir de la fecha en que recibió este aviso. "
           "Si la recibe dentro de 10 días, sus servicios PCA continuarán al nivel actual hasta la decisión. "
           f"Servicio al Cliente: {s['phone']}.", 9)
    return out(p)


def notice_prose(s: dict) -> bytes:
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line("QuabbinHealth", 15, "B", align="C")
    p.line("Commonwealth of Quabbin \u00b7 Office of Medicaid \u00b7 PCA Program", 8.5, align="C")
    p.ln(8)
    rq, ap = totals()
    p.para(f"{s['name']}\n{s['addr'][0]}\n{s['addr'][1]}", 10, gap=4)
    p.para(f"Dear {s['first']} {s['last']}:", 10)
    p.para(f"This notice is dated {d(s['notice'], 'long')}. On {d(s['recv'], 'long')} we received a request from "
           f"{s['agency']} for personal care attendant services for you. Your QuabbinHealth ID is {s['mid']} and "
           f"the prior authorization number for this request is {s['pa']}.", 10)
    p.para(f"The agency asked for {hours(rq)} hours a week for the period from {d(s['start'], 'long')} through "
           f"{d(s['end'], 'long')}. We approved {hours(ap)} hours a week for that period. We did not approve the "
           "rest because the time asked for bathing, dressing, mobility and household tasks is more than is "
           f"medically necessary to physically help you with them ({REG}).", 10)
    p.para("You can ask for a fair hearing if you disagree. The Board of Hearings must get your request within 30 "
           "days of the day you got this notice, and within 10 days if you want your hours to stay the same until "
           f"the hearing. A Fair Hearing Request Form is enclosed. Call {s['phone']} with questions.", 10)
    p.para("Sincerely,\nPCA Prior Authorization Unit", 10)
    return out(p)


def approval(s: dict) -> bytes:
    p = Page(footer=None, footer_left="PCA-APP-1 (Rev. 05/25)")
    p.add_page()
    state_head(p)
    ad = s["notice"]
    rq, _ = totals()
    p.line("Notice of Prior Authorization Decision: PCA SERVICES APPROVED", 11.5, "B")
    p.ln(2)
    p.pairs([("Date", d(ad, "iso")), ("Member", s["name"]), ("ID", s["mid"]), ("PA #", s["pa"]),
             ("PCM agency", s["agency"]), ("Period", f"{d(s['start'], 'iso')} through {d(s['end'], 'iso')}")],
            label_w=30, size=9.5)
    p.ln(2)
    p.para(f"After the re-evaluation your PCM agency sent us, QuabbinHealth has approved the PCA hours as requested: "
           f"{hours(rq)} day/evening hours per week and {s['night']} night hours per week. Your PCA may work these "
           "hours during the whole period. Nothing was denied. Your earlier request for this period is replaced by "
           "this decision.", 9.5)
    p.para("Keep this notice. If your needs change, ask your PCM agency for a new evaluation. Customer Service "
           f"{s['phone']}.", 9)
    return out(p)


def agency_letter(s: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line(s["agency"].upper(), 12.5, "B")
    p.line("Personal Care Management  -  88 Depot Street, Ayerbridge, QB 01434", 8)
    p.ln(6)
    ld = s["notice"] + dt.timedelta(days=3)
    rq, ap = totals()
    p.pairs([("Date", d(ld, "dmy")), ("To", s["name"]), ("Consumer ID", s["mid"]), ("PA", s["pa"])], label_w=28,
            size=10)
    p.ln(3)
    p.para(f"Dear {s['first']},", 10)
    p.para(f"QuabbinHealth sent us its decision on the PCA request we made for you. It approved {hours(ap)} of the "
           f"{hours(rq)} hours a week we asked for, for the period {d(s['start'], 'dmy')} to {d(s['end'], 'dmy')}. "
           "You should have received the notice by mail.", 10)
    p.para("We think the hours are too low. If you want to appeal, our skills trainer can help you fill in the Fair "
           "Hearing Request Form. The Board of Hearings must receive it within 30 days of when you got the notice "
           "(10 days to keep your current hours). Please call us at (555) 016-3307.", 10)
    p.para("Your PCA timesheets for the new period should use the approved hours until a decision changes them.", 10)
    p.para("Best regards,\nPCM Skills Training Team", 10)
    return out(p), ld


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    st = [story(Rand(SEED + i), "es" if i == 3 else "en") for i in range(7)]
    items = [Item(f"{F}_bd_notice_modification", "born_digital", [(notice_en(st[0]), base(st[0]))])]
    s = st[1]
    pdf, rep = evaluation(s)
    t = base(s, "other", case_numbers=[], denial_date=rep.isoformat(), unscored=["insurer"],
             alternates={"provider": [s["ot"]]})
    items.append(Item(f"{F}_scan_pcm_reevaluation", "scan_clean_300", [(pdf, t)]))
    s = st[2]
    pdf1, signed = hearing_form(s)
    t1 = base(s, "other", denial_date=signed.isoformat(), unscored=["insurer"],
              alternates={"case_numbers": [[]], "denial_date": [s["notice"].isoformat()]})
    t2 = base(s)
    items.append(Item(f"{F}_faxstd_hearing_request_stack", "fax_standard_g4", [(pdf1, t1), (notice_boxed(s), t2)],
                      separators=["cover", "blank"]))
    s = st[3]
    items.append(Item(f"{F}_copy_aviso_es", "photocopy", [(notice_es(s), base(s, lang="es"))]))
    s = st[4]
    items.append(Item(f"{F}_phone_notice_prose", "phone_photo", [(notice_prose(s), base(s))]))
    s = st[5]
    items.append(Item(f"{F}_rot_approval", "rotated", [(approval(s), base(s, "other"))]))
    s = st[6]
    pdf, ld = agency_letter(s)
    t = base(s, "other", denial_date=ld.isoformat(), unscored=["insurer"], alternates={"case_numbers": [[]]})
    items.append(Item(f"{F}_low_agency_letter", "scan_lowres_150", [(pdf, t)]))
    return items
