"""Family 'medi_cal_noabd_payment_denial_notice': modelled from memory on the California DHCS Medi-Cal managed care
plan notice templates ("Notice of Action" / "Notice of Adverse Benefit Determination", "About Your Treatment
Request", payment-denial and modification versions) with the "Your Rights Under Medi-Cal Managed Care" attachment
(plan appeal within 60 days of the date of the notice, State Hearing within 120 days after the plan's appeal
decision, Independent Medical Review, DMHC Help Center) and the language-assistance taglines page.

Written blind: no look at intake's rules, extraction code, models or tests. Everything is invented: plans
(Golden Poppy Health Plan, Coyote Valley Community Health Plan, Almond Orchard Health Alliance), providers, people
(Armenian, Hmong and Punjabi name bases; Mexican names on the Spanish notice), CINs, claim numbers, amounts and
555 phone numbers. Seeds 143500 + i.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "medi_cal_noabd_payment_denial_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]

GP, CV, AO = "Golden Poppy Health Plan", "Coyote Valley Community Health Plan", "Almond Orchard Health Alliance"
PLAN_ADDR = {GP: ("PO Box 40217", "Fresno, CA 93755"), CV: ("2250 Alviso Ridge Road", "San Jose, CA 95131"),
             AO: ("901 Orchard Loop, Suite 4", "Modesto, CA 95354")}
FIRST = ["Anahit", "Vartan", "Siranush", "Hovhannes", "Mai", "Tou", "Pheng", "Harpreet", "Gurdeep", "Manjit",
         "Nairi", "Kia"]
LAST = ["Petrosyan", "Hakobyan", "Avetisyan", "Karapetyan", "Vang", "Xiong", "Thao", "Sandhu", "Dhaliwal",
        "Grewal"]
FIRST_ES = ["Rosalba", "Evaristo", "Maricruz", "Anselmo"]
LAST_ES = ["Ocampo", "Barragán", "Ledesma", "Villaseñor"]
STREETS = ["Chestnut Avenue", "W Shields Ave", "Ceres Lane", "Pomegranate Court", "Kearney Blvd", "Tokay Street"]
CITIES = [("Fresno", "CA", "93722"), ("Modesto", "CA", "95351"), ("Merced", "CA", "95340"), ("Turlock", "CA", "95380"),
          ("San Jose", "CA", "95122")]


def person(r: random.Random, lang: str = "en") -> str:
    f = r.choice(FIRST_ES if lang == "es" else FIRST)
    return f"{f} {r.choice('BCDGKLMNRSTV')}. {r.choice(LAST_ES if lang == 'es' else LAST)}"


def mixed(r: random.Random, pat: str) -> str:
    return "".join(r.choice("ACDEFHJKMNPRTUWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '855', '877', '888'])}-555-{r.randint(100, 199):04d}"


def fdate(d: dt.date, style: str) -> str:
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y")}[style]


def usd(v: float, style: str) -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "space": f"$ {g}"}[style]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# kind -> (service, CPT/HCPCS, provider, billed range, reason text en, reason text es, denial type, alternates)
KINDS = {
    "not_covered": ("Laser hair removal, face", "17106", "Arroyo Seco Dermatology Group", (420, 980),
                    "The service is not a covered benefit of the Medi-Cal program. Medi-Cal does not pay for "
                    "cosmetic services that change how you look and do not treat an illness or injury "
                    "(California Code of Regulations, Title 22, Section 51303; your Member Handbook, "
                    "\"What is not covered\").", None, "not_covered", ["medical_necessity"]),
    "no_auth": ("MRI of the lumbar spine without contrast", "72148", "Manzanita Imaging Center", (900, 2400),
                "The service needs prior authorization (approval in advance) from us. We did not get a "
                "request for prior authorization from your provider before the service, and it was not an "
                "emergency. (Member Handbook, Chapter 3, \"Prior authorization\".)",
                "El servicio necesita autorización previa (aprobación por adelantado) de nuestro plan. No "
                "recibimos una solicitud de autorización previa de su proveedor antes del servicio, y no fue "
                "una emergencia. (Manual para miembros, Capítulo 3, \"Autorización previa\".)",
                "prior_authorization", []),
    "med_nec": ("Genetic testing panel, hereditary cancer", "81432", "Oak Flat Genetics Laboratory", (2600, 4900),
                "The service is not medically necessary for you. Your records do not show a personal or family "
                "history that meets the criteria for this test. We used the plan's Genetic Testing guideline "
                "(GT-14) to make this decision. A doctor reviewed your records.", None, "medical_necessity", []),
    "oon": ("Office visit, established patient, level 4", "99214", "Cienega Family Medicine", (190, 340),
            "The provider is not in our network, and the visit was not an emergency or urgent care. You were "
            "not referred to this provider by your primary care provider, and we did not approve an "
            "out-of-network visit. (Member Handbook, Chapter 2, \"Getting care from network providers\".)",
            None, "out_of_network", ["prior_authorization"]),
    "inpt": ("Hospital stay, additional days (acute inpatient)", "0120", "San Joaquin Crossing Hospital",
             (6200, 14800),
             "The extra hospital days were not medically necessary. The records show you were stable and "
             "could have gone home or to a lower level of care after the first days. A doctor reviewed your "
             "records using MCG Inpatient and Surgical Care criteria.", None, "medical_necessity", ["level_of_care"]),
}


def facts(r: random.Random, kind: str, plan: str, ds: str, ms: str, lab: int, lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    svc = days(notice, -r.randint(28, 70))
    k = KINDS.get(kind, KINDS["no_auth"])
    lo, hi = k[3]
    f = dict(kind=kind, plan=plan, ds=ds, ms=ms, lab=lab, lang=lang, notice=notice, svc=svc,
             svc_end=days(svc, r.randint(2, 4)) if kind == "inpt" else None,
             member=person(r, lang), street=f"{r.randint(110, 8890)} {r.choice(STREETS)}", city=r.choice(CITIES),
             cin=mixed(r, "9999999") + r.choice("0123456789") + r.choice("ABCDEFGH"),
             plan_mid=mixed(r, "GP9999999") if plan == GP else mixed(r, "CV-999999-99") if plan == CV
             else "AO" + mixed(r, "99999999"),
             claim=mixed(r, "2026999999999") if plan != CV else mixed(r, "CVC-99-9999999"),
             ref="NOA-" + mixed(r, "99999"), dob=dt.date(r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)),
             npi=r.choice("12") + mixed(r, "999999999"), recv=days(svc, r.randint(9, 20)),
             billed=round(r.randint(lo, hi) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2),
             ph=phone(r), tty="711", dmhc=phone(r), ombud=phone(r), med_dir=r.choice(
                 ["Dr. Lusine A. Grigoryan, Medical Director", "Dr. Jaswinder K. Bains, Chief Medical Officer",
                  "Dr. Ntxhi P. Lor, Associate Medical Director"]),
             svc_name=k[0], code=k[1], provider=k[2])
    return f


def page(plan: str) -> Doc:
    d = Doc("DejaVu", margins=(18, 14, 18), footer="{p}")
    d.add_font("DejaVu", "B", BOLD)
    return d


def letterhead(d: Doc, f: dict) -> None:
    plan = f["plan"]
    a1, a2 = PLAN_ADDR[plan]
    if plan == GP:
        d.text_line("GOLDEN POPPY", 20, "B")
        d.text_line("HEALTH PLAN  \u2022  A Medi-Cal Managed Care Plan", 9)
        d.rule(0.8)
        d.text_line(f"{a1}  |  {a2}  |  Member Services {f['ph']} (TTY {f['tty']})", 7.5)
    elif plan == CV:
        d.set_fill_color(222, 222, 222)
        d.font(14, "B")
        d.cell(0, 10, "  " + CV, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"{a1}, {a2}   Member Services: {f['ph']}   TTY: {f['tty']}", 8)
    else:
        d.text_line(AO, 13, "B", "R")
        d.text_line(a1, 8.5, "", "R")
        d.text_line(a2, 8.5, "", "R")
        d.text_line(f"{f['ph']}  (TTY {f['tty']})", 8.5, "", "R")
    d.ln(6)


def address_block(d: Doc, f: dict) -> None:
    d.text_line(fdate(f["notice"], f["ds"]), 10)
    d.ln(4)
    for ln in (f["member"], f["street"], f"{f['city'][0]}, {f['city'][1]} {f['city'][2]}"):
        d.text_line(ln, 10)
    d.ln(4)


LABELS = [  # member id, claim, service date, billed, provider
    ("Member ID (CIN)", "Claim number", "Date of service", "Amount billed", "Provider"),
    ("CIN", "Claim #", "Service date", "Billed charges", "Rendering provider"),
    ("Medi-Cal ID (CIN)", "Reference / claim no.", "Date(s) of service", "Total billed", "Provider name"),
]


def member_line(f: dict) -> list[tuple[str, str]]:
    L = LABELS[f["lab"]]
    rows = [("Member name", f["member"]), (L[0], f["cin"])]
    if f["kind"] in ("oon", "inpt"):
        rows.append(("Plan member number", f["plan_mid"]))
    rows.append(("Date of birth", fdate(f["dob"], f["ds"])))
    return rows


def svc_text(f: dict) -> str:
    if f["svc_end"]:
        return f"{fdate(f['svc'], f['ds'])} - {fdate(f['svc_end'], f['ds'])}"
    return fdate(f["svc"], f["ds"])


def payment_denial(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    L = LABELS[f["lab"]]
    d.text_line("NOTICE OF ACTION" if f["lab"] != 1 else "NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.text_line("About Your Treatment Request  \u2014  Payment Denial", 11, "B", "C")
    d.ln(3)
    for k, v in member_line(f):
        d.font(9.5, "B")
        d.cell(50, 5.2, k + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    first = f["member"].split()[0] + " " + f["member"].split()[-1]
    d.para(f"Dear {first}:", 10)
    if f["lab"] == 2:  # prose: everything in sentences
        d.para(f"{f['plan']} has denied the request for payment from {f['provider']} for the service listed "
               f"below. The claim ({L[1].lower()} {f['claim']}) was for {f['svc_name']} that you received on "
               f"{svc_text(f)}. The provider billed {usd(f['billed'], f['ms'])}. We received the claim on "
               f"{fdate(f['recv'], f['ds'])}.", 10)
    else:
        d.para(f"{f['plan']} has denied payment for the service listed below. This letter tells you why and "
               "what you can do if you do not agree.", 10)
        rows = [[svc_text(f), f["svc_name"], f["code"], usd(f["billed"], f["ms"]), usd(0, f["ms"])]]
        d.table([L[2], "Service", "Code", L[3], "Plan paid"], rows, [36, 72, 16, 25, 25], 8.8, "LLLRR")
        for k, v in ((L[4], f"{f['provider']}   NPI {f['npi']}"), (L[1], f["claim"]),
                     ("Date claim received", fdate(f["recv"], f["ds"]))):
            d.font(9.5, "B")
            d.cell(50, 5.2, k + ":")
            d.font(9.5)
            d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.font(10, "B")
    d.cell(0, 6, "Why did we deny payment?", new_x="LMARGIN", new_y="NEXT")
    d.para(KINDS[f["kind"]][4], 10)
    if f["kind"] in ("no_auth", "oon"):
        d.para("You do not have to pay this bill. A Medi-Cal provider cannot bill you for a covered service. If "
               "you get a bill, call Member Services.", 10)
    d.para("You may appeal this decision. The enclosed \"Your Rights\" information tells you how. It also tells "
           "you how to get a State Hearing and an Independent Medical Review. You can also call the DMHC Help "
           f"Center at {f['dmhc']} for more help.", 10)
    d.para(f"If you have questions, call {f['plan']} Member Services at {f['ph']} (TTY {f['tty']}), Monday "
           "through Friday, 8 a.m. to 6 p.m. The call is free.", 10)
    d.ln(2)
    d.text_line(f["med_dir"], 9.5)
    d.text_line(f"cc: {f['provider']}", 8.5)
    d.text_line(f"Notice reference: {f['ref']}", 8)


def modification(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    L = LABELS[f["lab"]]
    d.text_line("NOTICE OF ACTION", 13, "B", "C")
    d.text_line("About Your Treatment Request  \u2014  Modification", 11, "B", "C")
    d.ln(3)
    rows = [("Member name", f["member"]), (L[0], f["cin"]), ("Date of birth", fdate(f["dob"], f["ds"])),
            ("Request number", f["claim"]), ("Requesting provider", f["provider"]),
            ("Date we got the request", fdate(f["recv"], f["ds"]))]
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(55, 5.2, k + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"{f['provider']} asked us to approve 12 visits of outpatient physical therapy (CPT 97110, 97140) "
           "for your right shoulder. We have modified this request. We approved 6 visits over 30 days. We did "
           "not approve the other 6 visits.", 10)
    d.font(10, "B")
    d.cell(0, 6, "Why did we change the request?", new_x="LMARGIN", new_y="NEXT")
    d.para("The other 6 visits are not medically necessary at this time. Your records show you are improving, "
           "and the guidelines we use (the plan's Outpatient Rehabilitation guideline, based on InterQual "
           "criteria) allow 6 visits before your therapist sends a progress report. After the first 6 visits, "
           "your provider can ask for more visits with a new report.", 10)
    d.para("You may appeal this decision. The enclosed \"Your Rights\" information tells you how. You can also "
           f"call the DMHC Help Center at {f['dmhc']}.", 10)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY {f['tty']}).", 10)
    d.text_line(f["med_dir"], 9.5)
    d.text_line(f"cc: {f['provider']}", 8.5)


def your_rights(d: Doc, f: dict) -> None:
    d.add_page()
    d.text_line("YOUR RIGHTS UNDER MEDI-CAL MANAGED CARE", 12, "B", "C")
    d.text_line(f"{f['plan']}  \u2022  {f['ph']}", 8.5, "", "C")
    d.ln(3)
    d.para("If you do not agree with the decision in this letter, you have the right to ask for an appeal. "
           "It will not cost you anything.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, "How do I ask for an appeal?", new_x="LMARGIN", new_y="NEXT")
    d.para(f"You have 60 days from the date of this letter to ask for an appeal with {f['plan']}. You can call "
           f"us at {f['ph']}, or write to us at {PLAN_ADDR[f['plan']][0]}, {PLAN_ADDR[f['plan']][1]}. Your doctor "
           "or someone you choose can ask for you. We will send you a written decision within 30 days. If your "
           "health is in serious danger, you or your doctor can ask for a fast (expedited) appeal; we will "
           "decide within 72 hours.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, "What if I do not agree with the appeal decision?", new_x="LMARGIN", new_y="NEXT")
    d.para("You can ask for a State Hearing. You must ask for a State Hearing within 120 days from the date of "
           "our \"Notice of Appeal Resolution\" letter. To ask, call the California Department of Social "
           f"Services at {f['ombud']} or write to the State Hearings Division. If we do not answer your appeal "
           "in 30 days, you can ask for a State Hearing then.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, "Independent Medical Review (IMR)", new_x="LMARGIN", new_y="NEXT")
    d.para("If the plan's appeal decision says a service is not medically necessary, or is experimental or "
           "investigational, you can also ask the Department of Managed Health Care (DMHC) for an Independent "
           "Medical Review. An IMR is a review of your case by doctors who are not part of the plan. You must "
           "ask within 6 months after the appeal decision. The DMHC Help Center can help you at "
           f"{f['dmhc']} (TDD 1-877-555-0148) or at www.dmhc.ca.gov.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, "Continuing services", new_x="LMARGIN", new_y="NEXT")
    d.para("If you are getting a service now that we are changing, you can keep getting it while your appeal "
           "is decided if you ask for the appeal within 10 days of the date of this letter.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, "Language assistance", new_x="LMARGIN", new_y="NEXT")
    for t in ("ATTENTION: If you need help in your language, call " + f["ph"] + " (TTY 711). Aids and services "
              "for people with disabilities, like documents in braille and large print, are also available.",
              "ATENCIÓN: Si necesita ayuda en su idioma, llame al " + f["ph"] + " (TTY 711). Servicios "
              "gratuitos.",
              "CHÚ Ý: Nếu quý vị cần trợ giúp bằng ngôn ngữ của mình, vui lòng gọi số " + f["ph"] + " (TTY 711).",
              "PAUNAWA: Kung kailangan mo ng tulong sa iyong wika, tumawag sa " + f["ph"] + " (TTY 711).",
              "ՈՒՇԱԴՐՈՒԹՅՈՒՆ. Եթե Ձեզ օգնություն է հարկավոր Ձեր լեզվով, զանգահարեք " + f["ph"] + "։"):
        d.para(t, 8, 1.2)
    d.para("Nondiscrimination: " + f["plan"] + " follows State and Federal civil rights laws and does not "
           "discriminate because of sex, race, color, religion, ancestry, national origin, ethnic group "
           "identification, age, mental disability, physical disability, medical condition, genetic "
           "information, marital status, gender, gender identity, or sexual orientation.", 7.5)


def spanish(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], "es"), 10)
    d.ln(4)
    for ln in (f["member"], f["street"], f"{f['city'][0]}, {f['city'][1]} {f['city'][2]}"):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("AVISO DE ACCIÓN", 13, "B", "C")
    d.text_line("Sobre su solicitud de tratamiento  \u2014  Denegación de pago", 11, "B", "C")
    d.ln(3)
    rows = [("Nombre del miembro", f["member"]), ("Número de Medi-Cal (CIN)", f["cin"]),
            ("Fecha de nacimiento", fdate(f["dob"], "es")), ("Número de reclamo", f["claim"]),
            ("Proveedor", f["provider"]), ("Fecha del servicio", fdate(f["svc"], "es")),
            ("Servicio", "Resonancia magnética (MRI) de la columna lumbar, código 72148"),
            ("Cantidad facturada", usd(f["billed"], f["ms"])), ("Fecha en que recibimos el reclamo",
                                                               fdate(f["recv"], "es"))]
    for k, v in rows:
        d.font(9.2, "B")
        d.cell(72, 5.2, k + ":")
        d.font(9.2)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Estimado/a {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    d.para(f"{f['plan']} ha negado el pago del servicio indicado arriba. Esta carta le explica la razón y lo que "
           "puede hacer si no está de acuerdo.", 10)
    d.font(10, "B")
    d.cell(0, 6, "¿Por qué negamos el pago?", new_x="LMARGIN", new_y="NEXT")
    d.para(KINDS["no_auth"][5], 10)
    d.para("Usted no tiene que pagar esta factura. Un proveedor de Medi-Cal no le puede cobrar por un servicio "
           "cubierto.", 10)
    d.para("Usted puede apelar esta decisión. La información adjunta \"Sus derechos\" le explica cómo hacerlo. "
           f"También puede llamar al Centro de Ayuda del DMHC al {f['dmhc']}.", 10)
    d.text_line(f["med_dir"], 9.5)
    d.add_page()
    d.text_line("SUS DERECHOS BAJO EL PLAN DE ATENCIÓN ADMINISTRADA DE MEDI-CAL", 11, "B", "C")
    d.ln(3)
    d.font(10, "B")
    d.cell(0, 6, "¿Cómo pido una apelación?", new_x="LMARGIN", new_y="NEXT")
    d.para(f"Usted tiene 60 días a partir de la fecha de esta carta para pedir una apelación a {f['plan']}. "
           f"Llame al {f['ph']} (TTY 711) o escriba a {PLAN_ADDR[f['plan']][0]}, {PLAN_ADDR[f['plan']][1]}. "
           "Le enviaremos una decisión por escrito en un plazo de 30 días. Si su salud corre grave peligro, "
           "puede pedir una apelación rápida; decidiremos en 72 horas.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, "Audiencia Estatal", new_x="LMARGIN", new_y="NEXT")
    d.para("Si no está de acuerdo con la decisión de la apelación, puede pedir una Audiencia Estatal dentro de "
           "los 120 días a partir de la fecha de nuestra carta \"Aviso de resolución de apelación\". Llame al "
           f"Departamento de Servicios Sociales de California al {f['ombud']}.", 9.5)
    d.font(10, "B")
    d.cell(0, 6, "Revisión Médica Independiente (IMR)", new_x="LMARGIN", new_y="NEXT")
    d.para("También puede pedir una Revisión Médica Independiente al Departamento de Atención Médica Administrada "
           f"(DMHC). Centro de Ayuda del DMHC: {f['dmhc']}, www.dmhc.ca.gov.", 9.5)
    d.para("ATTENTION: If you need help in your language, call " + f["ph"] + " (TTY 711).  CHÚ Ý: Nếu quý vị cần "
           "trợ giúp bằng ngôn ngữ của mình, vui lòng gọi số " + f["ph"] + ".", 8)


def build(f: dict) -> bytes:
    d = page(f["plan"])
    if f["lang"] == "es":
        spanish(d, f)
    elif f["kind"] == "modify":
        modification(d, f)
        your_rights(d, f)
    else:
        payment_denial(d, f)
        your_rights(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    kind = f["kind"]
    notice = f["notice"].isoformat()
    deadline = days(f["notice"], 60).isoformat()
    alts: dict = {}
    common = dict(insurer=f["plan"], member_id=f["cin"], member_name=f["member"], case_numbers=[f["claim"]],
                  denial_date=notice, provider=f["provider"], appeal_deadline=deadline)
    if kind in ("oon", "inpt"):
        alts["member_id"] = [f["plan_mid"]]
    if f["lang"] == "en" and kind != "modify":
        alts["case_numbers"] = [[f["claim"], f["ref"]]]  # the printed notice reference is a reference number too
    if kind == "modify":
        return truth("denial_letter", "medical_necessity", f["lang"], alternates=alts, **common)
    svc = f["svc"].isoformat() + (f"/{f['svc_end'].isoformat()}" if f["svc_end"] else "")
    k = KINDS[kind]
    return truth("denial_letter", k[6], f["lang"], alternates=alts, denial_alternates=k[7],
                 claim_amount=f"{f['billed']:.2f}", service_dates=[svc], **common)


# (stem suffix, condition, kind, plan, date style, money style, label set, lang)
PLAN = [
    ("bd_cosmetic_not_covered_benefit", "born_digital", "not_covered", GP, "slash", "plain", 0, "en"),
    ("bd_mri_no_prior_authorization", "born_digital", "no_auth", CV, "long", "plain", 1, "en"),
    ("scan300_genetic_test_not_medically_necessary", "scan_clean_300", "med_nec", AO, "dmy", "nosign", 2, "en"),
    ("lowres_out_of_network_office_visit", "scan_lowres_150", "oon", GP, "iso", "plain", 1, "en"),
    ("phone_spanish_payment_denial_no_authorization", "phone_photo", "no_auth", CV, "es", "plain", 0, "es"),
    ("faxfine_modification_pt_visits", "fax_fine_g4", "modify", AO, "abbr", "plain", 0, "en"),
    ("rotated_extra_hospital_days_not_necessary", "rotated", "inpt", CV, "long", "space", 2, "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, plan, ds, ms, lab, lang) in enumerate(PLAN):
        f = facts(random.Random(143500 + i), kind, plan, ds, ms, lab, lang)
        if kind == "modify":
            f["provider"] = "Delta Breeze Physical Therapy"
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
