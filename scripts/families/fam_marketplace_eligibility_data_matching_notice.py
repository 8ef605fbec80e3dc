"""Family 'marketplace_eligibility_data_matching_notice': Health Insurance Marketplace eligibility notices after a
data matching issue (inconsistency) was not resolved in time: advance payments of the premium tax credit (APTC)
ended or lowered because income could not be verified, coverage ended because citizenship / immigration status
could not be verified (90 days plus 5 for mail = 95 days), a special enrollment period (SEP) denied because the
documents arrived late, one SEP approved, one Spanish notice. Modelled from memory on the federal Marketplace's
data-matching and eligibility notices ("Your Eligibility Results", "Action needed", household table, "What this
means for you", premium before / after table, 90-day appeal paragraph) and on a state-based marketplace's
"Notice of Eligibility Change". All values invented.

Issuers: Health Insurance Marketplace (HealthCare.gov style; Spanish "Mercado de Seguros Médicos"), and an invented
state-based marketplace, Tallgrass Health Connect. Health plans named (decoys): Bluestem Prairie Health Plans,
Larkspur Mutual Health Cooperative. Decoys: household member (spouse / child) with date of birth and their own
result, earlier notice date and document deadline, application date, coverage effective date, monthly premium /
APTC amounts, annual income figures, phone numbers, enrollment confirmation number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "marketplace_eligibility_data_matching_notice"
LANG = "en"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HIM, HIM_ES, TG = "Health Insurance Marketplace", "Mercado de Seguros Médicos", "Tallgrass Health Connect"
HIM_ADDR = ("Eligibility Support, PO Box 72150", "Corbin Ridge, KY 40799")
TG_ADDR = ("1180 Sweetgrass Boulevard, Suite 400", "Bison Bluff, KS 66090")
PLANS = [("Bluestem Prairie Health Plans", "Bluestem Silver 87 HMO", "KS"),
         ("Larkspur Mutual Health Cooperative", "Larkspur Bronze Value EPO", "KS"),
         ("Bluestem Prairie Health Plans", "Bluestem Silver 73 PPO", "MO")]
NAMES = [("Oluwaseun", "Bakare"), ("Ekaterina", "Volkova"), ("Hamza", "Qureshi"), ("Brigid", "Doyle"),
         ("Thanh", "Nguyen"), ("Mateus", "Carvalho"), ("Ingeborg", "Aasen"), ("Delroy", "Campbell"),
         ("Yuki", "Hayashi"), ("Priya", "Raghunathan"), ("Cormac", "Whelan"), ("Zainab", "Sesay")]
NAMES_ES = [("Yolotzin", "Cuevas"), ("Anselmo", "Barrientos"), ("Graciela", "Olmedo"), ("Teodoro", "Arriaga")]
STREETS = ["Prairie Vista Drive", "Cottonwood Lane", "Meadowlark Court", "Old Depot Road", "Switchgrass Way"]
CITIES = [("Bison Bluff", "KS", "66090"), ("Cimarron Flats", "KS", "67835"), ("Osage Hollow", "MO", "64790")]


def person(r: random.Random, lang: str = "en", last: str | None = None) -> str:
    first, ln = r.choice(NAMES_ES if lang == "es" else NAMES)
    return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last or ln}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def first_of_next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def facts(r: random.Random, kind: str, issuer: str, ds: str, ms: str, lang: str) -> dict:
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 170))
    applicant = person(r, lang)
    rel = r.choice(["Spouse", "Child"]) if lang == "en" else r.choice(["Cónyuge", "Hijo(a)"])
    hh = person(r, lang, applicant.split()[-1])
    while hh.split()[0] == applicant.split()[0]:
        hh = person(r, lang, applicant.split()[-1])
    carrier, pname, st = r.choice(PLANS)
    full = round(r.randint(780, 1490) + r.randint(0, 99) / 100, 2)
    aptc = round(full * r.uniform(0.55, 0.8), 0)
    f = dict(kind=kind, issuer=issuer, ds=ds, ms=ms, lang=lang, notice=notice, applicant=applicant, hh=hh, rel=rel,
             hh_dob=dt.date(r.randint(1975, 2019), r.randint(1, 12), r.randint(1, 28)),
             app_id=digits(r, 10) if issuer != TG else f"TG-{digits(r, 8)}",
             cust=f"C{digits(r, 9)}", policy=f"{r.choice(['BPH', 'LMC'])}{digits(r, 8)}",
             hios=f"{r.randint(10000, 99999)}{st}{r.randint(1, 99):03d}{r.randint(1, 9999):04d}",
             carrier=carrier, pname=pname, full=full, aptc=aptc,
             addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", "{}, {} {}".format(*r.choice(CITIES))),
             first_notice=plus(notice, -r.randint(100, 118)), applied=plus(notice, -r.randint(40, 60)),
             phone=f"1-800-555-0{digits(r, 3)}", income=r.randint(31, 68) * 1000 + r.choice([0, 250, 500, 800]),
             confirm=f"EC{digits(r, 7)}")
    f["doc_due"] = plus(f["first_notice"], 95)
    f["effective"] = first_of_next_month(plus(notice, 10))
    f["deadline"] = plus(notice, 90)
    if kind == "lowered":
        f["new_aptc"] = round(aptc * r.uniform(0.25, 0.45), 0)
        f["data_income"] = f["income"] + r.randint(14, 30) * 1000
    if kind in ("sep_denied", "sep_ok"):
        f["event"] = plus(notice, -r.randint(50, 70))
        f["selected"] = plus(f["event"], r.randint(5, 20))
        f["docs_due"] = plus(f["selected"], 30)
        f["docs_got"] = plus(f["docs_due"], r.randint(4, 12))
        f["effective"] = first_of_next_month(f["selected"])
    return f


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


class Page(Doc):
    def __init__(self, footer: str | None):
        super().__init__("Sans", footer=footer)
        self.add_font("Sans", "", SANS)
        self.add_font("Sans", "B", SANS_B)


def heading(d: Page, text: str, size: float = 11):
    d.ln(1.5)
    d.font(size, "B")
    d.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def premium_table(d: Page, f: dict, before_aptc: float, after_aptc: float, es: bool = False):
    head = (["", "Hasta ahora", f"A partir del {D(f, f['effective'])}"] if es else
            ["", "Until now", f"Starting {D(f, f['effective'])}"])
    rows = [["Prima mensual completa" if es else "Full monthly premium", M(f, f["full"]), M(f, f["full"])],
            ["Crédito fiscal anticipado (APTC)" if es else "Advance premium tax credit (APTC)",
             M(f, before_aptc), M(f, after_aptc)],
            ["*Usted paga cada mes" if es else "*You pay each month", M(f, round(f["full"] - before_aptc, 2)),
             M(f, round(f["full"] - after_aptc, 2))]]
    d.table(head, rows, [80, 40, 55], 9, "LRR", border_head="B", head_fill=True)


# ---------------------------------------------------------------- federal Marketplace notice (English / Spanish)

def federal(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    k = f["kind"]
    d.add_page()
    d.font(16, "B")
    d.cell(110, 8, HIM_ES if es else HIM)
    d.font(8.5)
    d.cell(0, 8, "CuidadoDeSalud.gov" if es else "HealthCare.gov", align="R", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 4.5, (f"({HIM})  " if es else "") + f"{HIM_ADDR[0]}, {HIM_ADDR[1]}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 4)
    y0 = d.get_y()
    for ln in (f["applicant"], *f["addr"]):
        d.font(10)
        d.cell(95, 5, ln, new_x="LMARGIN", new_y="NEXT")
    labels = (("Fecha del aviso", "ID de la solicitud", "Número de póliza", "Identificación del plan") if es else
              ("Notice date", "Application ID", "Policy number", "Plan ID"))
    d.set_xy(d.l_margin + 100, y0)
    vals = [D(f, f["notice"]), f["app_id"], f["policy"], f["hios"]]
    if k == "sep_ok":
        labels = ("Notice date", "Application ID", "Enrollment confirmation", "Plan ID")
        vals[2] = f["confirm"]
    for lab, v in zip(labels, vals):
        d.set_x(d.l_margin + 100)
        d.font(8.5)
        d.cell(40, 5.5, lab + ":", border="LTB")
        d.font(9.5, "B")
        d.cell(38, 5.5, v, border="RTB", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 24))
    d.ln(4)
    first = f["applicant"].split()[0]
    if es:
        heading(d, "Importante: Su crédito fiscal anticipado para la prima termina", 14)
        d.para(f"Estimado(a) {f['applicant']}:", 10)
        d.para(f"El {D(f, f['first_notice'])} le pedimos documentos para confirmar los ingresos anuales de su hogar "
               f"que usted nos dio ({M(f, f['income'])}). Tenía 95 días (90 días más 5 días para el correo), hasta el "
               f"{D(f, f['doc_due'])}, para enviarlos. No recibimos los documentos, o los que recibimos no "
               "confirmaron sus ingresos.", 10)
        d.para("Por eso ya no podemos darle el crédito fiscal anticipado para la prima (APTC) ni reducciones de "
               f"costos compartidos. Su cobertura en el plan {f['pname']} de {f['carrier']} continúa, pero usted "
               "pagará la prima completa.", 10)
        premium_table(d, f, f["aptc"], 0, es=True)
        heading(d, "Miembros del hogar en esta solicitud")
        d.table(["Nombre", "Relación", "Fecha de nacimiento", "Resultado"],
                [[f["applicant"], "Solicitante", "-", "No es elegible para APTC"],
                 [f["hh"], f["rel"], fmt_date(f["hh_dob"], "slash"), "Sin cambio"]], [55, 28, 35, 60], 8.8)
        heading(d, "Si cree que cometimos un error, puede apelar")
        d.para("Debe pedir una apelación dentro de los 90 días a partir de la fecha de este aviso. Puede apelar en línea, por "
               f"correo o llamando al {f['phone']} (TTY 1-855-555-0172). Si todavía puede enviar documentos que "
               "confirmen sus ingresos, hágalo; volveremos a calcular su elegibilidad.", 10)
        return
    if k == "income":
        heading(d, "Important: Your advance premium tax credit is ending", 14)
        d.para(f"Dear {f['applicant']}:", 10)
        d.para(f"On {D(f, f['first_notice'])} we asked you to send documents to confirm the household income you "
               f"told us on your application ({M(f, f['income'])} for the year). We gave you 95 days (90 days plus 5 "
               f"days for mailing), until {D(f, f['doc_due'])}, to resolve this data matching issue. We did not get "
               "documents that confirm your income.", 10)
        d.para("What this means for you: you are no longer eligible for advance payments of the premium tax credit "
               f"(APTC). You can keep your {f['pname']} plan with {f['carrier']}, but you will have to pay the full "
               "premium. You may still claim the premium tax credit when you file your federal income tax return.", 10)
        premium_table(d, f, f["aptc"], 0)
    elif k == "lowered":
        heading(d, "Your eligibility for help paying for coverage has changed", 14)
        d.para(f"Dear {f['applicant']}:", 10)
        d.para(f"You told us your household expects to earn {M(f, f['income'])} this year. Information from trusted "
               f"data sources (tax return and wage records) shows {M(f, f['data_income'])}. On "
               f"{D(f, f['first_notice'])} we asked you to explain the difference or send proof of income by "
               f"{D(f, f['doc_due'])}. Because the data matching issue was not resolved, we used the income from our "
               "data sources to decide how much help you can get.", 10)
        d.para("Result: you still qualify for a premium tax credit, but a lower amount. Your cost-sharing "
               f"reductions end. Your {f['pname']} plan with {f['carrier']} continues.", 10)
        premium_table(d, f, f["aptc"], f["new_aptc"])
    else:  # sep_ok
        heading(d, "Good news: your Special Enrollment Period is confirmed", 14)
        d.para(f"Dear {f['applicant']}:", 10)
        d.para(f"You told us you lost other health coverage on {D(f, f['event'])} and you picked a plan on "
               f"{D(f, f['selected'])}. We received your document showing the loss of coverage, and it confirms "
               "that you qualify for a Special Enrollment Period.", 10)
        d.para(f"Your enrollment in {f['pname']} with {f['carrier']} is complete. Coverage starts "
               f"{D(f, f['effective'])}. Pay your first month's premium to {f['carrier']} to start coverage. "
               f"Your advance premium tax credit of {M(f, f['aptc'])} a month is applied, so you pay "
               f"{M(f, round(f['full'] - f['aptc'], 2))} a month.", 10)
    heading(d, "Who this notice is about")
    res = {"income": "Not eligible for APTC", "lowered": "Eligible for lower APTC",
           "sep_ok": "Special Enrollment Period confirmed"}[k]
    d.table(["Name", "Relationship", "Date of birth", "Result"],
            [[f["applicant"], "Applicant", "-", res],
             [f["hh"], f["rel"], fmt_date(f["hh_dob"], "slash"),
              res if k == "sep_ok" else "No change (coverage continues)"]], [55, 28, 35, 62], 8.8)
    if k != "sep_ok":
        heading(d, "If you think we made a mistake, you can appeal")
        d.para("You must request an appeal within 90 days of the date of this notice. To appeal, fill out the appeal "
               f"request form online, send a letter to {HIM_ADDR[0]}, {HIM_ADDR[1]}, or call {f['phone']}. You "
               "can also send us the documents at any time; if they confirm your income we will update your "
               "eligibility.", 10)
    else:
        heading(d, "Questions?")
        d.para(f"Call the Marketplace Call Center at {f['phone']} (TTY: 1-855-555-0172). If you disagree with any "
               "decision in this notice you can ask for an appeal; see the appeal rights page enclosed.", 10)


# ---------------------------------------------------------------- Tallgrass Health Connect (state exchange)

def state(d: Page, f: dict) -> None:
    k = f["kind"]
    d.add_page()
    d.font(8)
    d.cell(0, 4, "Official health insurance marketplace for the State of Tallgrass", new_x="LMARGIN", new_y="NEXT")
    d.font(18, "B")
    d.cell(0, 9, "TALLGRASS HEALTH CONNECT", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 4.5, f"{TG}  |  {TG_ADDR[0]}, {TG_ADDR[1]}  |  Customer service {f['phone']}",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(1.0, 4)
    for ln in (f["applicant"], *f["addr"]):
        d.font(10)
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.boxes([("Date of notice", D(f, f["notice"]), 36), ("Case number", f["app_id"], 36),
             ("Customer ID", f["cust"], 34), ("Plan ID (HIOS)", f["hios"], 40),
             ("Date applied", D(f, f["applied"]), 34) if k == "sep_denied" else ("Policy no.", f["policy"], 34)])
    d.ln(4)
    title = {"citizen": "NOTICE OF ELIGIBILITY CHANGE: COVERAGE ENDING",
             "sep_denied": "NOTICE OF DENIAL: SPECIAL ENROLLMENT PERIOD",
             "income_state": "NOTICE OF ELIGIBILITY CHANGE: FINANCIAL HELP ENDING"}[k]
    d.text_line(title, 12.5, "B")
    d.ln(2)
    d.para(f"Dear {f['applicant']}:", 10)
    if k == "citizen":
        d.para(f"1. What we decided. We could not verify your citizenship or immigration status. On "
               f"{D(f, f['first_notice'])} we asked you to send a document such as a permanent resident card or "
               f"naturalization certificate by {D(f, f['doc_due'])} (90 days, plus 5 days for mailing). We did not "
               f"receive it. Your enrollment in {f['pname']} ({f['carrier']}) and your advance premium tax credit of "
               f"{M(f, f['aptc'])} a month will end on {D(f, plus(f['effective'], -1))}.", 10)
        d.para(f"2. Other people in your household. {f['hh']} ({f['rel'].lower()}) has verified status and keeps "
               "coverage; a separate notice explains the new premium for that person.", 10)
    elif k == "sep_denied":
        d.para(f"1. What we decided. You applied on {D(f, f['applied'])} for a Special Enrollment Period because "
               f"you lost job-based coverage on {D(f, f['event'])}, and you picked {f['pname']} on "
               f"{D(f, f['selected'])}. To finish enrolling you had to send proof of the loss of coverage within 30 "
               f"days, by {D(f, f['docs_due'])}. We received your document on {D(f, f['docs_got'])}, after the "
               "deadline. Your Special Enrollment Period is denied and the plan selection has been cancelled. No "
               f"premium will be charged by {f['carrier']}.", 10)
        d.para("2. What you can do. You can enroll during the next Open Enrollment Period, or sooner if you have "
               f"another qualifying life event. {f['hh']} ({f['rel'].lower()}) was on this application and is also "
               "not enrolled.", 10)
    else:
        d.para(f"1. What we decided. We asked you on {D(f, f['first_notice'])} for proof of the income you reported "
               f"({M(f, f['income'])}). The deadline to send it, {D(f, f['doc_due'])}, has passed (90 days plus 5 "
               f"days for mailing) and the data matching issue is still open. Starting {D(f, f['effective'])}, you "
               "will not get advance payments of the premium tax credit or cost-sharing reductions.", 10)
        d.para(f"2. Your plan. You stay enrolled in {f['pname']} with {f['carrier']}. Your monthly amount changes:",
               10)
        premium_table(d, f, f["aptc"], 0)
        d.para(f"3. Your household. {f['hh']} ({f['rel'].lower()}, born {fmt_date(f['hh_dob'], 'slash')}) is on "
               "the same policy; the change applies to the whole policy.", 10)
    d.para("Appeal rights. If you disagree, you can ask for an appeal with the Tallgrass Health Connect Appeals "
           f"Unit. Your appeal must be received by {D(f, f['deadline'])} (90 days after the date of this notice). "
           f"Mail: {TG_ADDR[0]}, {TG_ADDR[1]}; phone {f['phone']}. If you appeal, you may be able to keep your "
           "current eligibility while the appeal is decided if you ask within 15 days of this notice.", 9.5)
    d.para("Legal authority: 45 CFR 155.315(f) and 155.420.", 8)


def pdf(f: dict) -> bytes:
    if f["issuer"] == TG:
        d = Page("Tallgrass Health Connect - page {p}")
        state(d, f)
    else:
        d = Page("Página {p}" if f["lang"] == "es" else "Page {p}")
        federal(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    es = f["lang"] == "es"
    ins = HIM_ES if es else (TG if f["issuer"] == TG else HIM)
    alts: dict = {"service_dates": [[f["effective"].isoformat()]]}
    if k == "citizen":
        alts["service_dates"] = [[plus(f["effective"], -1).isoformat()]]
    elif k == "sep_denied":
        alts = {}
    if es:
        alts["insurer"] = [HIM, "CuidadoDeSalud.gov"]
    elif f["issuer"] == HIM:
        alts["insurer"] = ["HealthCare.gov"]
    common = dict(insurer=ins, plan_id=f["hios"], member_name=f["applicant"], case_numbers=[f["app_id"]],
                  denial_date=f["notice"].isoformat())
    if f["issuer"] == TG:
        common["member_id"] = f["cust"]
        if k != "sep_denied":
            alts["member_id"] = [f["policy"]]
    elif k != "sep_ok":
        common["member_id"] = f["policy"]
        alts["member_id"] = [None]
    else:
        alts["case_numbers"] = [[f["app_id"], f["confirm"]]]
    if k == "sep_ok":
        alts["appeal_deadline"] = [f["deadline"].isoformat()]
        return truth("other", None, f["lang"], alternates=alts, **common)
    common["appeal_deadline"] = f["deadline"].isoformat()
    dalt = {"sep_denied": ["timely_filing", "other"], "lowered": ["other"]}.get(k, ["other"])
    return truth("denial_letter", "eligibility", f["lang"], alternates=alts, denial_alternates=dalt,
                 type_alternates=["other"], **common)


# (stem suffix, condition, kind, issuer, date style, money style, lang)
PLAN = [
    ("bd_federal_income_dmi_aptc_ended", "born_digital", "income", HIM, "long", "plain", "en"),
    ("bd_state_citizenship_not_verified_coverage_ends", "born_digital", "citizen", TG, "slash", "plain", "en"),
    ("scan300_federal_aptc_lowered_data_sources", "scan_clean_300", "lowered", HIM, "abbr", "nosign", "en"),
    ("rotated_state_sep_denied_late_documents", "rotated", "sep_denied", TG, "iso", "plain", "en"),
    ("faxfine_federal_sep_approved", "fax_fine_g4", "sep_ok", HIM, "slash", "plain", "en"),
    ("phone_spanish_aptc_termina_ingresos", "phone_photo", "income", HIM, "es", "plain", "es"),
    ("copy_state_income_dmi_financial_help_ending", "photocopy", "income_state", TG, "dmy", "usd", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, issuer, ds, ms, lang) in enumerate(PLAN):
        f = facts(random.Random(187550 + i), kind, issuer, ds, ms, lang)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf(f), make_truth(f))]))
    return items
