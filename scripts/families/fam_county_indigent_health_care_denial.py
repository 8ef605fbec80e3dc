"""Family 'county_indigent_health_care_denial': county indigent health care program notices, modelled from memory on
Texas county indigent health care programs (CIHCP: income at or below a percent of the poverty guidelines, a
resource limit, county residency, not eligible for Medicaid, payer of last resort, a fair hearing asked for within a
number of days) and California county medically indigent adult programs (Notice of Action with checked reasons,
share of cost, hearing rights). Eligibility denials (income over the limit, Medicaid eligible: apply there first,
residency not shown, resources over the limit), claim denials (a hospital stay before the eligibility start date;
clinic visits while other insurance was in force), one approval, one Spanish notice. All values invented: the
counties (Zuberoa County, TX; Baigorri County Hospital District, TX; Erronkari County, CA), people, numbers and 555
phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "county_indigent_health_care_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

ZU = "Zuberoa County Indigent Health Care Program"
ZU_ES = "Programa de Atención Médica para Indigentes del Condado de Zuberoa"
BA = "Baigorri County Hospital District"
ER = "Erronkari County Medically Indigent Adult Program"
ER_AGENCY = "Erronkari County Health and Human Services Agency"
FIRST = ["Kwabena", "Itziar", "Thuy", "Faleolo", "Radoslaw", "Anbarasi", "Oksana", "Tevita", "Gulnara", "Amaru",
         "Chidinma", "Eero"]
LAST = ["Ofori-Atta", "Etxeberria", "Nguyen", "Tuilagi", "Wisniewski", "Ramasamy", "Hrytsenko", "Fifita",
        "Seitkali", "Quispe", "Okafor", "Lahtinen"]
FIRST_ES = ["Rigoberto", "Maricela", "Anacleto", "Yadira", "Fulgencio", "Citlali"]
LAST_ES = ["Zubiaurre", "Tlapanco", "Olivares", "Chavira", "Arredondo", "Mendiola"]
TOWNS = {ZU: ("418 Maule Street", "Arrasate, TX 78952", "1-555-301-4470"),
         BA: ("2200 Donibane Road, Suite B", "Uharte, TX 79360", "1-555-348-9012"),
         ER: ("75 Isaba Avenue, Room 112", "Burgui, CA 95983", "1-555-770-2861")}
HOSPITALS = ["Zuberoa Memorial Hospital", "Baigorri General Hospital", "Roncal Valley Medical Center"]
CLINICS = ["Erronkari Family Health Center", "Belagua Community Clinic"]
LABELS = [dict(case="Case number", client="Client ID", date="Date of notice", who="Applicant"),
          dict(case="Case #", client="Client no.", date="Notice date", who="Applicant name"),
          dict(case="Case No.", client="Individual ID", date="Date mailed", who="Name")]


class Page(Doc):
    def __init__(self, serif: bool = False):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)
        if serif:
            self.base_font = "DejaVuSerif"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def person(r: random.Random, lang: str = "en") -> str:
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def dig(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def facts(r: random.Random, kind: str, county: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es_residency" else "en"
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    applied = days(notice, -r.randint(18, 40))
    size = r.choice([1, 2, 3, 4])
    limit = {1: 274.0, 2: 372.0, 3: 470.0, 4: 568.0}[size] if county != ER else {1: 2608.0, 2: 3525.0, 3: 4442.0,
                                                                                   4: 5358.0}[size]
    f = dict(kind=kind, county=county, L=LABELS[lab], ds=ds, ms=ms, lang=lang, notice=notice, applied=applied,
             name=person(r, lang), size=size, limit=limit, dob=dt.date(r.randint(1958, 1999), r.randint(1, 12),
                                                                         r.randint(1, 28)),
             case={ZU: f"ZC-{dig(r, 2)}-{dig(r, 5)}", BA: f"HCA{dig(r, 7)}", ER: f"MIA-{dig(r, 6)}"}[county],
             client={ZU: dig(r, 9), BA: f"{dig(r, 3)}-{dig(r, 4)}", ER: f"E{dig(r, 7)}"}[county],
             worker=person(r), addr=(f"{r.randint(100, 9800)} {r.choice(['Lizarraga Ln', 'Ochagavia Rd', 'Mesquite St', 'Pine Ridge Ct'])}",
                                     TOWNS[county][1]))
    f["household"] = [(f["name"], "Self" if lang == "en" else "Solicitante", f["dob"])]
    rel = ["Spouse", "Child", "Child"] if lang == "en" else ["Cónyuge", "Hijo(a)", "Hijo(a)"]
    for i in range(size - 1):
        hn = person(r, lang).split()
        f["household"].append((f"{hn[0]} {hn[1]} {f['name'].split()[-1]}", rel[i],
                               dt.date(r.randint(1960, 2020), r.randint(1, 12), r.randint(1, 28))))
    f["income"] = [("Wages" if lang == "en" else "Salario", round(limit * r.uniform(1.4, 2.3), 2))]
    if kind == "income":
        f["income"].append(("Unemployment benefits", round(r.uniform(180, 420), 2)))
    f["total_income"] = round(sum(v for _, v in f["income"]), 2)
    if kind in ("dos", "othercov"):
        if kind == "dos":
            start = days(notice, -r.randint(60, 90))
            nights = r.randint(2, 4)
            f["prov"] = r.choice(HOSPITALS[:2])
            f["lines"] = [(start, days(start, nights), "0120", "Room and board, semi-private", round(r.uniform(1800, 2600) * nights, 2)),
                          (start, days(start, nights), "0250", "Pharmacy", round(r.uniform(300, 900), 2)),
                          (start, days(start, nights), "0300", "Laboratory", round(r.uniform(400, 1200), 2)),
                          (start, start, "0450", "Emergency room", round(r.uniform(1200, 2400), 2))]
            f["elig_start"] = days(start, nights + r.randint(9, 20))
            f["applied"] = f["elig_start"]
        else:
            d0 = days(notice, -r.randint(40, 70))
            f["prov"] = r.choice(CLINICS)
            f["lines"] = [(d0, d0, "99214", "Office visit, established patient", round(r.uniform(160, 240), 2)),
                          (d0, d0, "80053", "Comprehensive metabolic panel", round(r.uniform(40, 90), 2)),
                          (days(d0, 14), days(d0, 14), "99213", "Office visit, established patient",
                           round(r.uniform(110, 170), 2))]
            f["other_ins"] = ("Halkidiki Mutual Health", f"HMH{dig(r, 8)}", days(notice, -r.randint(200, 400)))
        f["claim"] = {ZU: f"CL{dig(r, 8)}", ER: f"{dig(r, 4)}-{dig(r, 5)}", BA: f"C{dig(r, 9)}"}[county]
        f["total"] = round(sum(x[4] for x in f["lines"]), 2)
        f["npi"] = "1" + dig(r, 9)
    if kind == "resources":
        f["assets"] = [("Checking account", round(r.uniform(600, 1500), 2)), ("Savings account", round(r.uniform(1800, 3200), 2)),
                       ("Second vehicle (equity)", round(r.uniform(900, 2200), 2))]
        f["assets_total"] = round(sum(v for _, v in f["assets"]), 2)
    if kind == "approved":
        f["elig_start"] = days(applied, 0)
        f["elig_end"] = days(f["elig_start"], 182)
    return f


def M(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    c = f["county"]
    street, town, ph = TOWNS[c]
    if c == ZU:
        if f["lang"] == "es":
            d.text_line("CONDADO DE ZUBEROA", 17, "B", "C")
            d.text_line("Programa de Atención Médica para Indigentes del Condado de Zuberoa", 10, "", "C")
        else:
            d.text_line("ZUBEROA COUNTY", 17, "B", "C")
            d.text_line("Indigent Health Care Program", 11, "", "C")
        d.text_line(f"{street}  |  {town}  |  {ph}", 8, "", "C")
        d.rule(0.6, 4)
    elif c == BA:
        d.set_fill_color(222, 222, 222)
        d.font(14, "B")
        d.cell(0, 9, " BAIGORRI COUNTY HOSPITAL DISTRICT", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line("Health Care Assistance Program (county indigent health care)", 9)
        d.text_line(f"{street}, {town}   Phone {ph}   Fax 1-555-348-9013", 8)
        d.ln(5)
    else:
        d.text_line("Erronkari County", 10)
        d.text_line("Health and Human Services Agency", 10)
        d.text_line("Medically Indigent Adult Program", 12, "B")
        d.text_line(f"{street}, {town}", 9)
        d.text_line(f"Eligibility line {ph}  (TTY 711)", 9)
        d.ln(5)


def address_block(d: Page, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)


def pairs(d: Page, rows: list[tuple[str, str]], w: float = 52, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size - 0.5)
        d.cell(w, 5.2, k + ":")
        d.font(size, "B")
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def boxed(d: Page, rows: list[tuple[str, str]]) -> None:
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(8.5, "B")
        d.cell(58, 6.2, " " + k, border=1)
        d.font(9.5)
        d.cell(w - 58, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def household_table(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    d.table(["Miembro del hogar" if es else "Household member", "Relación" if es else "Relationship",
             "Fecha de nacimiento" if es else "Date of birth"],
            [[n, rel, D(f, b)] for n, rel, b in f["household"]], [70, 40, 50], 9)


def income_table(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    rows = [[k, M(f, v)] for k, v in f["income"]]
    rows.append(["*" + ("Ingreso mensual contable" if es else "Countable monthly income"), M(f, f["total_income"])])
    rows.append(["*" + (f"Límite para un hogar de {f['size']}" if es else f"Limit for a household of {f['size']}"),
                 M(f, f["limit"])])
    d.table(["Ingreso" if es else "Income", "Por mes" if es else "Monthly"], rows, [100, 40], 9, "LR")


def sign(d: Page, f: dict, title: str) -> None:
    d.ln(2)
    d.text_line(f["worker"], 10)
    d.text_line(title, 9)


def income_notice(d: Page, f: dict) -> None:
    """Zuberoa, label list: income over the limit; words in the body, the period in digits in the box."""
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("NOTICE OF DENIAL - CIHCP APPLICATION", 13, "B")
    d.ln(2)
    address_block(d, f)
    pairs(d, [(L["date"], D(f, f["notice"])), (L["who"], f["name"]), (L["case"], f["case"]),
              (L["client"], f["client"]), ("Application received", D(f, f["applied"])),
              ("Household size", str(f["size"]))])
    d.para("We reviewed your application for the Zuberoa County Indigent Health Care Program. Your application is "
           "DENIED because your household's countable monthly income is more than the program's income limit "
           "(21 percent of the federal poverty guidelines for your household size).", 10)
    household_table(d, f)
    income_table(d, f)
    d.para("Income we counted: wages from your pay stubs for the month before the application month and the "
           "unemployment benefits shown on your Texas Workforce Commission letter. Decisions on income are made "
           "under the county's eligibility standards and Chapter 61 of the Health and Safety Code.", 9.5)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    d.para("If you disagree with this decision, you may ask for a fair hearing. Your request must be made in writing "
           "or by telephone within ninety days of the date of this notice. You may reapply at any time if your "
           "income goes down or your household gets bigger.", 9.5)
    boxed(d, [("Appeal period", "90 days from the date of this notice"), ("Send hearing requests to",
                                                                          "CIHCP Hearings, " + ", ".join(TOWNS[ZU][:2])),
              ("Questions", TOWNS[ZU][2])])
    sign(d, f, "Eligibility Specialist, Indigent Health Care Program")


def medicaid_first(d: Page, f: dict) -> None:
    """Baigorri, boxed grid: appears Medicaid-eligible; the district pays last."""
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("Notice of Action: Application Denied", 13, "B")
    d.ln(1)
    address_block(d, f)
    boxed(d, [(L["date"], D(f, f["notice"])), (L["who"], f["name"]), (L["case"], f["case"]),
              (L["client"], f["client"]), ("Date of birth", D(f, f["dob"])), ("Application date", D(f, f["applied"])),
              ("Decision", "DENIED - may be eligible for Medicaid")])
    d.para("The Health Care Assistance Program is the payer of last resort. By law we cannot approve help for a person "
           "who appears eligible for Medicaid until Medicaid has made its own decision. The information in your "
           "application (household size, income and your pregnancy) shows that you may qualify for Medicaid for "
           "Pregnant Women.", 10)
    d.para("What you need to do: apply for Medicaid with the Texas Health and Human Services Commission (online, by "
           "phone at 1-555-211-0040, or at any benefits office). When you get the Medicaid decision letter, bring or "
           "mail a copy to us. If Medicaid denies you, we will look at your application again from the original "
           "application date.", 10)
    d.text_line("Appeal", 11, "B")
    d.ln(1)
    d.para("You have the right to appeal this decision. Write or call us within 30 days of the date of this notice "
           "to ask for a hearing with a hearing officer who did not make this decision. You may bring someone to "
           "help you.", 9.5)
    sign(d, f, "Eligibility Supervisor")


def dos_claim(d: Page, f: dict) -> None:
    """Zuberoa, letter to the hospital (copy to the patient): stay before the eligibility start."""
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    d.text_line(f["prov"], 10)
    d.text_line("Patient Financial Services", 10)
    d.ln(3)
    d.text_line("CLAIM DENIAL - PATIENT NOT ELIGIBLE ON THE DATES OF SERVICE", 11.5, "B")
    d.ln(1)
    pairs(d, [("Patient", f["name"]), (L["client"], f["client"]), (L["case"], f["case"]), ("Claim number", f["claim"]),
              ("Billing NPI", f["npi"]), ("Patient date of birth", D(f, f["dob"])),
              ("CIHCP eligibility begins", D(f, f["elig_start"]))], 50, 9.5)
    d.table(["From", "Through", "Rev", "Description", "Billed", "Paid"],
            [[D(f, a), D(f, b), rc, desc, M(f, amt), M(f, 0)] for a, b, rc, desc, amt in f["lines"]]
            + [["*Total", "", "", "", M(f, f["total"]), M(f, 0)]], [30, 30, 12, 52, 26, 20], 8.5, "LLLLRR")
    d.para(f"The program paid nothing on this claim. {f['name']} applied on {D(f, f['applied'])} and was approved "
           f"with eligibility beginning {D(f, f['elig_start'])}. Services before the first day of eligibility are "
           "not covered by the Indigent Health Care Program, and the program does not backdate eligibility to "
           "services received before the month of application.", 9.5)
    appeal_by = days(f["notice"], 60)
    d.para(f"The hospital or the patient may ask for a review of this decision. The request must be received by "
           f"{D(f, appeal_by)}. Send it with the claim number to CIHCP Claims Review, {TOWNS[ZU][0]}, {TOWNS[ZU][1]}.",
           9.5)
    d.text_line(f"cc: {f['name']}", 8.5)
    sign(d, f, "Claims Coordinator")


def spanish_residency(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("AVISO DE DENEGACIÓN DE SOLICITUD", 13, "B", "C")
    d.ln(2)
    address_block(d, f)
    pairs(d, [("Fecha del aviso", D(f, f["notice"])), ("Solicitante", f["name"]), ("Número de caso", f["case"]),
              ("Número de cliente", f["client"]), ("Fecha de la solicitud", D(f, f["applied"])),
              ("Tamaño del hogar", str(f["size"]))], 50)
    d.para("Revisamos su solicitud para el Programa de Atención Médica para Indigentes. Su solicitud fue NEGADA "
           "porque usted no comprobó que vive en el Condado de Zuberoa. Para recibir ayuda del programa, usted debe "
           "vivir en el condado y tener la intención de seguir viviendo aquí.", 10)
    d.para(f"El {D(f, days(f['applied'], 5))} le pedimos un comprobante de domicilio (por ejemplo, un recibo de luz, "
           "un contrato de renta o una carta de su arrendador). No recibimos ninguno de estos documentos.", 10)
    household_table(d, f)
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    d.para("Si no está de acuerdo con esta decisión, puede pedir una audiencia imparcial. Debe pedirla por escrito "
           "o por teléfono dentro de los 90 días a partir de la fecha de este aviso. También puede volver a "
           f"presentar una solicitud con el comprobante de domicilio. Llame al {TOWNS[ZU][2]}.", 9.5)
    sign(d, f, "Especialista de elegibilidad")


def approval(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("NOTICE OF ACTION", 14, "B", "C")
    d.text_line("Medically Indigent Adult Program - Eligibility Approved", 10, "", "C")
    d.ln(3)
    address_block(d, f)
    pairs(d, [(L["date"], D(f, f["notice"])), (L["who"], f["name"]), (L["case"], f["case"]),
              (L["client"], f["client"]), ("Eligibility period", f"{D(f, f['elig_start'])} to {D(f, f['elig_end'])}"),
              ("Share of cost", M(f, 0) + " per month"), ("Household size", str(f["size"]))])
    d.para("[X] Your application for the Erronkari County Medically Indigent Adult Program is APPROVED.", 10)
    d.para("You meet the program rules for county residency, income and property. Show this notice and your program "
           "card at county clinics and at the contracted hospitals. Bills for covered services during the "
           "eligibility period are paid by the program; you have no share of cost.", 10)
    income_table(d, f)
    d.para(f"Your case will be reviewed again before {D(f, f['elig_end'])}. Tell us within 10 days if your income, "
           "address or household changes. If you disagree with any part of this notice (for example, the share of "
           "cost) you may ask for a county hearing within 90 days.", 9.5)
    sign(d, f, "Eligibility Worker")


def othercov(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("NOTICE OF ACTION - CLAIMS DENIED", 14, "B", "C")
    d.ln(3)
    address_block(d, f)
    pairs(d, [(L["date"], D(f, f["notice"])), (L["who"], f["name"]), (L["case"], f["case"]),
              (L["client"], f["client"]), ("Claim no.", f["claim"]), ("Provider", f["prov"]),
              ("Provider NPI", f["npi"])])
    d.table(["Date of service", "Code", "Service", "Billed", "Program paid"],
            [[D(f, a), c, s, M(f, v), M(f, 0)] for a, _, c, s, v in f["lines"]]
            + [["*Total billed", "", "", M(f, f["total"]), M(f, 0)]], [32, 18, 70, 28, 26], 8.5, "LLLRR")
    ins, pol, since = f["other_ins"]
    d.para("[X] The program did not pay these claims because you had other health coverage on the dates of service. "
           f"Our records show coverage with {ins} (policy {pol}) since {D(f, since)}. The Medically Indigent Adult "
           "Program pays only after all other coverage. The clinic should bill your other insurance first.", 9.5)
    d.para("If your other coverage had ended before these dates, send us a letter from the insurer showing the end "
           "date.", 9.5)
    d.text_line("HEARING RIGHTS", 10, "B")
    d.ln(1)
    d.para("You may ask for a county hearing if you think this action is wrong. You have sixty days after you "
           "receive this notice to ask. Call the number above or write to the Hearings Unit.", 9.5)
    sign(d, f, "Eligibility Worker")


def resources(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L = f["L"]
    d.text_line("Notice of Action: Application Denied - Resources", 13, "B")
    d.ln(1)
    address_block(d, f)
    deadline = days(f["notice"], 90)
    boxed(d, [(L["date"], D(f, f["notice"])), (L["who"], f["name"]), (L["case"], f["case"]),
              (L["client"], f["client"]), ("Application date", D(f, f["applied"])),
              ("Hearing request deadline", D(f, deadline))])
    d.para("Your household's countable resources are more than the program limit of $2,000.00 (the limit is "
           "$3,000.00 only when a household member is aged or has a disability). Your application is denied.", 10)
    d.table(["Resource", "Countable value"], [[k, M(f, v)] for k, v in f["assets"]]
            + [["*Total countable resources", M(f, f["assets_total"])], ["*Program limit", M(f, 2000)]], [100, 40],
            9, "LR")
    d.para("The home you live in and one vehicle are not counted. If you spend down or your resources change, you may "
           "apply again. To ask for a fair hearing, call or write to us no later than the deadline shown above.", 9.5)
    sign(d, f, "Eligibility Specialist")


BUILD = {"income": income_notice, "medicaid": medicaid_first, "dos": dos_claim, "es_residency": spanish_residency,
         "approved": approval, "othercov": othercov, "resources": resources}


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ins = ZU_ES if k == "es_residency" else ER_AGENCY if f["county"] == ER else f["county"]
    alts: dict = {"insurer": {ZU: ["Zuberoa County"], BA: ["Baigorri County"], ER: [ER, "Erronkari County"]}[
        f["county"]], "case_numbers": [[f["case"]]]}
    if k == "es_residency":
        alts["insurer"] = [ZU, "Condado de Zuberoa"]
    common = dict(insurer=ins, member_id=f["client"], member_name=f["name"], case_numbers=[f["case"]],
                  denial_date=f["notice"].isoformat())
    n = f["notice"]
    if k == "approved":
        return truth("other", None, "en", alternates=alts, **common)
    if k in ("dos", "othercov"):
        common["case_numbers"] = [f["claim"], f["case"]]
        alts["case_numbers"] = [[f["claim"]]]
        common.update(claim_amount=f"{f['total']:.2f}", provider=f["prov"])
        if k == "dos":
            a, b = f["lines"][0][0], f["lines"][0][1]
            common["service_dates"] = [f"{a.isoformat()}/{b.isoformat()}"]
            alts["service_dates"] = [[a.isoformat()], [a.isoformat(), b.isoformat()]]
            common["appeal_deadline"] = days(n, 60).isoformat()
            return truth("denial_letter", "eligibility", "en", alternates=alts, **common)
        common["service_dates"] = sorted({x[0].isoformat() for x in f["lines"]})
        alts["appeal_deadline"] = [days(n, 60).isoformat(), days(n, 65).isoformat()]
        return truth("denial_letter", "other", "en", alternates=alts, denial_alternates=["eligibility"], **common)
    dl = {"income": 90, "medicaid": 30, "es_residency": 90, "resources": 90}[k]
    common["appeal_deadline"] = days(n, dl).isoformat()
    dalt = {"medicaid": ["other"], "es_residency": ["other"]}.get(k)
    return truth("denial_letter", "eligibility", f["lang"], alternates=alts, denial_alternates=dalt, **common)


# (stem suffix, condition, kind, county, label set, date style, money style, serif)
PLAN = [
    ("bd_income_over_limit_tx", "born_digital", "income", ZU, 0, "slash", "plain", False),
    ("bd_hospital_stay_before_eligibility", "born_digital", "dos", ZU, 1, "abbr", "plain", True),
    ("scan300_medicaid_eligible_apply_first", "scan_clean_300", "medicaid", BA, 2, "iso", "plain", False),
    ("lowres_es_residencia_no_comprobada", "scan_lowres_150", "es_residency", ZU, 0, "es", "plain", False),
    ("copy_ca_mia_approved", "photocopy", "approved", ER, 1, "long", "nosign", True),
    ("faxstd_ca_clinic_claims_other_coverage", "fax_standard_g4", "othercov", ER, 2, "dmy", "plain", False),
    ("phone_resources_over_limit", "phone_photo", "resources", BA, 0, "long", "plain", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, county, lab, ds, ms, serif) in enumerate(PLAN):
        f = facts(random.Random(151500 + i), kind, county, lab, ds, ms)
        d = Page(serif)
        BUILD[kind](d, f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf_bytes(d), make_truth(f))]))
    return items
