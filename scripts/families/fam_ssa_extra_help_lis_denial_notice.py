"""Family 'ssa_extra_help_lis_denial_notice': the Social Security Administration's decision on an Application for
Extra Help with Medicare Prescription Drug Plan Costs (SSA-1020): "Notice of Denial" (and one "Notice of Award").

Modelled from memory on SSA's Extra Help (Part D low-income subsidy) decision letters: "SOCIAL SECURITY
ADMINISTRATION" over "Important Information", the office's return address, Date, BNC#, Social Security claim number,
the applicant's address block, the decision ("you do not qualify for Extra Help"), why (resources over the limit with
a countable-resources table; income over the limit with a monthly income table, the $20 general exclusion and the
yearly limit at 150 percent of the federal poverty level; not entitled to Medicare Part A or Part B; did not return the
information we asked for), "The information we used", "If you disagree with this decision" (60 days to ask for an
appeal, which start the day after you receive the letter, with the 5-day presumption; a telephone hearing or a case
review, form SSA-1021), "If you want to apply again", the note that the data was sent to the State for the Medicare
Savings Programs, "If you have questions" (toll-free line and local office address). The limits printed are invented
round figures. One Spanish notice ("Aviso de denegación de la Ayuda Adicional"), one Notice of Award (full subsidy:
copay amounts, effective month, premium help as decoys) and one stack of a married couple's two notices with a blank
separator. Everything is invented: people, claim numbers (area numbers 9xx, never issued), BNCs, offices and 555
phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, pdf_bytes, truth

FAMILY = "ssa_extra_help_lis_denial_notice"
LANG = "en"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
INSURER = "Social Security Administration"

PEOPLE = [("Chukwuemeka", "O", "Nwachukwu"), ("Bronisława", "A", "Kaczmarek"), ("Huong", "T", "Pham"),
          ("Stavros", "N", "Kalogeropoulos"), ("Kavitha", "S", "Arumugam"), ("Fionnuala", "M", "Dolan"),
          ("Ioane", "F", "Tuiasosopo"), ("Magdalena", "R", "Sokolowska")]
PEOPLE_ES = [("Altagracia", "M", "Peralta")]
OFFICES = [("SOCIAL SECURITY", "2130 Harrowgate Street, Suite 200", "Thornbury, MN 55931"),
           ("SOCIAL SECURITY", "88 Old Cannery Road", "Port Aldous, WA 98377"),
           ("SEGURO SOCIAL", "1450 Avenida Los Robles", "Pharr del Norte, TX 78576"),
           ("SOCIAL SECURITY", "402 Market Square East", "Kinsale Falls, PA 16913")]
CENTERS = ["Office of Central Operations", "Mid-Plains Program Service Center", "Great Lakes Program Service Center"]
STREETS = ["Ashcombe Lane", "Varley Road", "Juniper Hollow Drive", "Bridgeman Court", "Quarry Hill Road"]
TOWNS = ["Thornbury, MN 55931", "Port Aldous, WA 98377", "Kinsale Falls, PA 16913", "Elverton, MN 55934"]

RES_LIMIT, RES_LIMIT_COUPLE = 18000.00, 36000.00
INC_LIMIT, INC_LIMIT_COUPLE = 23700.00, 32100.00


def usd(v: float) -> str:
    return f"${v:,.2f}"


def facts(i: int, kind: str, lab: int, ds: str, es: bool = False, spouse: tuple | None = None) -> dict:
    r = random.Random(146550 + i)
    first, mid, last = PEOPLE_ES[0] if es else (spouse or PEOPLE[i % len(PEOPLE)])
    dig = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    app = dec - dt.timedelta(days=r.randint(25, 70))
    claim = f"9{dig(2)}-{dig(2)}-{dig(4)}{r.choice('AB')}"
    bnc = f"26{r.choice('ABCDEFGH')}{dig(2)}{r.choice('LMNPR')}{dig(6)}"
    f = dict(kind=kind, lab=lab, ds=ds, es=es, first=first, mid=mid, last=last, name=f"{first} {mid}. {last}",
             dec=dec, app=app, claim=claim, bnc=bnc, office=OFFICES[2 if es else (i % 4 if i % 4 != 2 else 0)],
             center=CENTERS[i % 3], street=f"{r.randint(12, 9800)} {r.choice(STREETS)}", town=r.choice(TOWNS),
             phone=f"1-800-555-0{dig(3)}", tty=f"1-800-555-0{dig(3)}", ophone=f"1-877-555-0{dig(3)}",
             asked=dec - dt.timedelta(days=r.randint(40, 55)), due=None, couple=spouse is not None,
             masked=(kind == "noinfo"))
    f["due"] = f["asked"] + dt.timedelta(days=21)
    if kind in ("resources", "couple"):
        items = [("Checking account", round(r.uniform(1500, 6000), 2)),
                 ("Savings account", round(r.uniform(6000, 14000), 2)),
                 ("Certificate of deposit", round(r.uniform(4000, 9000), 2)),
                 ("Stocks, bonds and mutual funds", round(r.uniform(3000, 12000), 2))]
        if kind == "couple":
            items.append(("Real estate other than your home (lot)", round(r.uniform(6000, 15000), 2)))
        lim = RES_LIMIT_COUPLE if kind == "couple" else RES_LIMIT
        short = lim + r.uniform(900, 7000) - sum(v for _, v in items)
        if short > 0:  # over the limit, as the notice says
            items[1] = (items[1][0], round(items[1][1] + short, 2))
        f["items"] = items
        f["total"] = round(sum(v for _, v in items), 2)
    if kind in ("income", "es_income"):
        ss = round(r.uniform(1550, 1900), 2)
        pen = round(r.uniform(480, 820), 2)
        f["income"] = [("Social Security benefits" if not es else "Beneficios del Seguro Social", ss),
                       ("Pension" if not es else "Pensión", pen)]
        f["gross"] = round(ss + pen, 2)
        f["countable"] = round(f["gross"] - 20, 2)
        f["yearly"] = round(f["countable"] * 12, 2)
    if kind == "award":
        f["effective"] = dt.date(app.year, app.month, 1)
    return f


def new_doc(serif: bool) -> Doc:
    d = Doc("Body")
    d.add_font("Body", "", SERIF if serif else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    d.add_font("Body", "B", SERIF_B if serif else DEJAVU_B)
    return d


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, "es" if f["es"] else f["ds"])


LABELS = [("Date", "BNC#", "Social Security Claim Number"),
          ("Date of this notice", "BNC", "Claim Number"),
          ("Notice date", "Notice control (BNC)", "SSA claim number"),
          ("Fecha", "BNC#", "Número de reclamo del Seguro Social")]


def header(d: Doc, f: dict) -> None:
    L = LABELS[f["lab"]]
    es = f["es"]
    d.font(13, "B")
    d.cell(110, 6, "SOCIAL SECURITY ADMINISTRATION" if not es else "ADMINISTRACIÓN DEL SEGURO SOCIAL")
    d.font(9)
    d.cell(0, 6, "Información importante" if es else "Important Information", align="R", new_x="LMARGIN",
           new_y="NEXT")
    d.font(9)
    y0 = d.get_y() + 1
    for k, ln in enumerate((f["center"], "Extra Help Unit" if not es else "Unidad de Ayuda Adicional",
                            "PO Box 17850", "Baltimore Harbor, MD 21298")):
        d.set_xy(d.l_margin, y0 + k * 4.3)
        d.cell(90, 4.3, ln)
    claim = f"XXX-XX-{f['claim'][7:]}" if f["masked"] else f["claim"]
    rows = [(L[0], fd(f, f["dec"])), (L[1], f["bnc"]), (L[2], claim)]
    if f["lab"] == 2:
        rows = [(L[2], claim), (L[0], fd(f, f["dec"])), (L[1], f["bnc"])]
    d.font(9, "B")
    lw = max(d.get_string_width(lab + ":") for lab, _ in rows) + 3
    x = d.w - d.r_margin - lw - 32
    for k, (lab, val) in enumerate(rows):
        d.set_xy(x, y0 + k * 4.8)
        d.font(9, "B")
        d.cell(lw, 4.8, f"{lab}:")
        d.font(9)
        d.cell(0, 4.8, val)
    d.set_xy(d.l_margin, y0 + 24)
    who = f"{f['first']} {f['mid']}. {f['last']}"
    for ln in ((who, f["street"], f["town"]) if f["lab"] in (1, 3) else
               (who.upper(), f["street"].upper(), f["town"].upper())):
        d.text_line(ln, 10.5)
    d.ln(8)


def section(d: Doc, title: str) -> None:
    d.ln(1)
    d.text_line(title, 11.5, "B")
    d.ln(1.5)


def appeal_en(d: Doc, f: dict) -> None:
    section(d, "If You Disagree With This Decision")
    d.para("If you disagree with our decision, you have the right to appeal. You have 60 days to ask for an appeal. "
           "The 60 days start the day after you receive this letter. We assume you received this letter 5 days after "
           "the date on it unless you show us that you did not get it within the 5-day period.", 10)
    d.para("You can ask for a hearing by telephone or for a case review, in which a decision maker looks at your file "
           "without talking to you. To appeal, complete form SSA-1021, Appeal of Determination for Extra Help with "
           "Medicare Prescription Drug Plan Costs, call us, or visit any Social Security office. If you have new "
           "information, send it with your appeal.", 10)


def body_en(d: Doc, f: dict) -> None:
    k = f["kind"]
    title = ("Notice of Award - Extra Help with Medicare Prescription Drug Plan Costs" if k == "award" else
             "Notice of Denial of Extra Help with Medicare Prescription Drug Plan Costs")
    d.text_line(title, 12.5, "B")
    d.ln(3)
    app = fd(f, f["app"])
    if k == "award":
        d.para(f"We received your Application for Extra Help with Medicare Prescription Drug Plan Costs (SSA-1020) on "
               f"{app}. We are writing to tell you that you qualify for Extra Help. Your Extra Help starts "
               f"{fd(f, f['effective'])}.", 10)
        section(d, "What You Will Pay")
        d.table(["With Extra Help, in 2026 you pay", "Amount"],
                [["Yearly deductible", "$0.00"], ["Each generic or preferred multisource drug, no more than", "$5.10"],
                 ["Each brand-name drug, no more than", "$12.65"],
                 ["Monthly premium of a benchmark drug plan", "$0.00"]], [130, 40], size=9.5, aligns="LR")
        d.para("We counted your income and resources and they are below the limits for full Extra Help. We will tell "
               "Medicare that you qualify, and Medicare will tell your drug plan. If you are not in a Medicare drug "
               "plan, Medicare will enroll you in one unless you choose a plan yourself.", 10)
        section(d, "If You Disagree With This Decision")
        d.para("If you think the information we used is wrong, you may ask for an appeal. You have 60 days to ask for "
               "an appeal. The 60 days start the day after you receive this letter. We assume you received this "
               "letter 5 days after the date on it.", 10)
        section(d, "Things You Must Report")
        d.para("Tell us if you marry, separate, divorce, or if your spouse dies, or if you move out of the country. We "
               "may review your Extra Help each year.", 10)
        return
    d.para(f"We received your Application for Extra Help with Medicare Prescription Drug Plan Costs (SSA-1020) on "
           f"{app}. We have decided that you do not qualify for Extra Help with your Medicare prescription drug plan "
           "costs.", 10)
    section(d, "Why You Do Not Qualify")
    if k in ("resources", "couple"):
        lim = RES_LIMIT_COUPLE if k == "couple" else RES_LIMIT
        who = "you and your spouse" if k == "couple" else "you"
        d.para(f"The value of the resources {who} have is more than the limit allowed. For 2026, the resource limit "
               f"is {usd(lim)} for {'a married couple living together' if k == 'couple' else 'a single person'}. "
               f"We counted {usd(f['total'])}.", 10)
        section(d, "The Information We Used")
        d.table(["Resource", "Value we counted"], [[a, usd(v)] for a, v in f["items"]] +
                [["*Total countable resources", usd(f["total"])], ["Resource limit", usd(lim)]],
                [130, 40], size=9.5, aligns="LR")
        d.para("We did not count your home, one vehicle, household goods, personal belongings, or up to $1,500 per "
               "person set aside for burial expenses.", 9.5)
    elif k == "income":
        d.para(f"Your income is more than the limit allowed. For 2026, the yearly income limit for a single person "
               f"is {usd(INC_LIMIT)} (150 percent of the Federal poverty level). We figured your yearly countable "
               f"income to be {usd(f['yearly'])}.", 10)
        section(d, "The Information We Used")
        d.table(["Monthly income", "Amount"], [[a, usd(v)] for a, v in f["income"]] +
                [["Total monthly income", usd(f["gross"])], ["Less general exclusion", "-$20.00"],
                 ["*Countable monthly income", usd(f["countable"])], ["Countable yearly income (x 12)", usd(f["yearly"])],
                 ["Yearly income limit", usd(INC_LIMIT)]], [130, 40], size=9.5, aligns="LR")
    elif k == "noparts":
        d.para("To get Extra Help, you must have Medicare Part A (Hospital Insurance) or Medicare Part B (Medical "
               "Insurance), or both, and live in one of the 50 States or the District of Columbia. Our records show "
               "that you are not entitled to Medicare Part A or Part B. You told us you expect to enroll during the "
               "General Enrollment Period; you may apply again once you have Medicare.", 10)
    elif k == "noinfo":
        d.para(f"We need information about your income and resources to decide if you can get Extra Help. On "
               f"{fd(f, f['asked'])} we wrote to you and asked you to send us statements for your bank accounts and "
               f"your pension. We asked you to send them by {fd(f, f['due'])}. We did not receive the information, "
               "so we cannot decide that you qualify.", 10)
    section(d, "We Sent Your Information to Your State")
    d.para("Even though you do not qualify for Extra Help, you may be able to get help paying your Medicare premiums "
           "through a Medicare Savings Program. We sent the information from your application to your State Medicaid "
           "agency, which will contact you.", 10)
    appeal_en(d, f)
    section(d, "If You Want To Apply Again")
    d.para("You can file a new application at any time, for example if your income or resources go down or your "
           "situation changes. A new application does not take the place of an appeal of this decision.", 10)


def body_es(d: Doc, f: dict) -> None:
    d.text_line("Aviso de denegación de la Ayuda Adicional con los gastos del plan", 12.5, "B")
    d.text_line("de medicamentos recetados de Medicare", 12.5, "B")
    d.ln(3)
    d.para(f"Recibimos su Solicitud de Ayuda Adicional con los gastos del plan de medicamentos recetados de Medicare "
           f"(SSA-1020) el {fd(f, f['app'])}. Hemos decidido que usted no reúne los requisitos para recibir la Ayuda "
           "Adicional.", 10)
    section(d, "Por qué no reúne los requisitos")
    d.para(f"Sus ingresos son mayores que el límite permitido. Para 2026, el límite de ingresos anuales para una "
           f"persona soltera es de {usd(INC_LIMIT)} (150 por ciento del nivel federal de pobreza). Calculamos que "
           f"sus ingresos anuales que se cuentan son de {usd(f['yearly'])}.", 10)
    section(d, "La información que usamos")
    d.table(["Ingresos mensuales", "Cantidad"], [[a, usd(v)] for a, v in f["income"]] +
            [["Total de ingresos mensuales", usd(f["gross"])], ["Menos exclusión general", "-$20.00"],
             ["*Ingresos mensuales que se cuentan", usd(f["countable"])],
             ["Ingresos anuales que se cuentan (x 12)", usd(f["yearly"])], ["Límite anual", usd(INC_LIMIT)]],
            [130, 40], size=9.5, aligns="LR")
    section(d, "Si no está de acuerdo con esta decisión")
    d.para("Si no está de acuerdo con nuestra decisión, tiene derecho a apelar. Tiene 60 días para pedir una "
           "apelación. Los 60 días comienzan el día después de que reciba esta carta. Suponemos que recibió esta carta "
           "5 días después de la fecha que aparece en ella, a menos que nos demuestre que no la recibió dentro de ese "
           "plazo. Puede pedir una audiencia por teléfono o una revisión del caso (formulario SSA-1021-SP).", 10)
    section(d, "Si desea solicitar de nuevo")
    d.para("Puede presentar una nueva solicitud en cualquier momento si sus ingresos o recursos cambian. Enviamos la "
           "información de su solicitud a la agencia de Medicaid de su estado por si puede recibir ayuda de un "
           "Programa de Ahorros de Medicare.", 10)


def questions(d: Doc, f: dict) -> None:
    es = f["es"]
    o = f["office"]
    section(d, "Si tiene preguntas" if es else "If You Have Questions")
    d.para((f"Llámenos gratis al {f['phone']} (TTY {f['tty']}), o visite su oficina local:" if es else
            f"Call us toll-free at {f['phone']} (TTY {f['tty']}), or visit your local office. Please have this letter "
            "with you and give us the BNC number above. Your local office address is:"), 10, 1)
    for ln in (*o, f"Tel. {f['ophone']}"):
        d.set_x(d.l_margin + 12)
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Administración del Seguro Social" if es else "Social Security Administration", 10.5, "B")
    d.ln(2)
    d.font(7.5)
    d.cell(0, 4, ("Formulario SSA-L1093-SP" if es else "Form SSA-L1093") + f"   BNC# {f['bnc']}",
           new_x="LMARGIN", new_y="NEXT")


def build(f: dict) -> bytes:
    d = new_doc(serif=f["lab"] in (1, 3))
    d.footer_fmt = "Página {p}" if f["es"] else "Page {p}"
    d.add_page()
    header(d, f)
    (body_es if f["es"] else body_en)(d, f)
    questions(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    alts: dict = {"insurer": ["Social Security"],
                  "case_numbers": [[], [f["bnc"], f["claim"]] if not f["masked"] else [f["bnc"]]]}
    if f["masked"]:
        alts["member_id"] = [f"XXX-XX-{f['claim'][7:]}"]
    if f["es"]:
        alts["insurer"] = [INSURER, "Seguro Social"]
    common = dict(insurer="Administración del Seguro Social" if f["es"] else INSURER, member_id=None if f["masked"] else f["claim"], member_name=f["name"],
                  case_numbers=[f["bnc"]], denial_date=iso(f["dec"]))
    lang = "es" if f["es"] else "en"
    if f["kind"] == "award":
        alts["appeal_deadline"] = [iso(f["dec"] + dt.timedelta(days=65)), iso(f["dec"] + dt.timedelta(days=60))]
        return truth("other", None, lang, alternates=alts, **common)
    alts["appeal_deadline"] = [iso(f["dec"] + dt.timedelta(days=65)), iso(f["dec"] + dt.timedelta(days=60))]
    da = {"noinfo": ["other"], "noparts": ["not_covered"]}.get(f["kind"])
    return truth("denial_letter", "eligibility", lang, alternates=alts, denial_alternates=da,
                 type_alternates=None, **common)


# (stem suffix, condition, kind, label set, date style)
PLAN = [
    ("bd_resources_over_limit", "born_digital", "resources", 0, "long"),
    ("bd_income_over_limit", "born_digital", "income", 1, "slash"),
    ("scan300_not_entitled_part_a_or_b", "scan_clean_300", "noparts", 2, "abbr"),
    ("lowres_did_not_return_information", "scan_lowres_150", "noinfo", 0, "long"),
    ("copy_es_ingresos_sobre_el_limite", "photocopy", "es_income", 3, "es"),
    ("fax_award_full_subsidy", "fax_standard_g4", "award", 1, "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, lab, ds) in enumerate(PLAN):
        f = facts(i, kind, lab, ds, es=kind.startswith("es_"))
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # a married couple's two notices, mailed the same day, scanned together with a blank sheet between them
    a = facts(6, "couple", 2, "dmy", spouse=("Ioane", "F", "Tuiasosopo"))
    b = facts(7, "couple", 2, "dmy", spouse=("Losa", "M", "Tuiasosopo"))
    b.update(dec=a["dec"], app=a["app"], street=a["street"], town=a["town"], items=a["items"], total=a["total"],
             office=a["office"], center=a["center"])
    items.append(Item(f"{FAMILY}_rotated_couple_stack_resources", "rotated",
                      [(build(a), make_truth(a)), (build(b), make_truth(b))], separators=["blank", None]))
    return items
