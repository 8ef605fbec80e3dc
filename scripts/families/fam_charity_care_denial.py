"""Family 'charity_care_denial': invented hospitals' decisions on financial assistance (charity care) applications.

Letters from a hospital's patient financial services office to the guarantor about a hospital bill: denied because
household income is above the policy's limit (English and Spanish), because the application was incomplete, or
because the patient's insurance must be billed first; partly approved with a discount percentage; a letter deciding
two accounts (one forgiven, one for a cosmetic service the policy excludes); one full approval. The account number,
balance, household size and income, the policy's income-limit table, the application received date, the pay-by date,
the send-by date for missing papers and the end of the application period are decoys. Following the eval README and
`provider_balance_statement`, a provider's letter about a bill is document type `other` with no denial type.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo3 import address, days, digits, fdate, iso, local_phone, m2, mixed, money, person, span, staff, usd

FAMILY = "charity_care_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSP = {"C": "Corrieburn Regional Medical Center", "W": "St. Wilfrida's Community Hospital",
        "H": "Hallowfield General Hospital"}
FPL = {1: 15650, 2: 21150, 3: 26650, 4: 32150, 5: 37650}  # the invented policy's 100% income line per household


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    es = f["lang"] == "es"
    if f["h"] == "C":
        d.text_line("CORRIEBURN REGIONAL", 16, "B", h=7)
        d.text_line("Medical Center", 12, h=6)
    elif f["h"] == "W":
        d.text_line("Member of Veltmoor Health System", 8, h=4.2)
        d.text_line(HOSP["W"], 15, "B", h=7)
    else:
        d.text_line(HOSP["H"], 15, "B", h=7)
    office = "Servicios Financieros al Paciente" if es else "Patient Financial Services - Financial Assistance Office"
    d.text_line(f"{office}  |  {f['street']}  |  {f['ph']}", 8.5, h=4.5)
    d.rule(0.6, 4)


def box(d: Letter, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.4)
        d.cell(55, 5.6, " " + k, border="LTB")
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5.6, v, border="RTB", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def accounts_table(d: Letter, f: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    head = (["Cuenta", "Fecha(s) de servicio", "Cargos totales", "Pagos/ajustes", "Descuento", "Saldo"] if es else
            ["Account no.", "Date(s) of service", "Total charges", "Ins./adjust.", "FA discount", "Balance"])
    rows = []
    for a in f["accts"]:
        dates = fdate(a["start"], "slash") + ("" if a["end"] == a["start"] else " - " + fdate(a["end"], "slash"))
        rows.append([a["no"], dates, usd(a["charges"], ms), usd(a["paid"], ms), usd(a["disc"], ms),
                     usd(a["charges"] - a["paid"] - a["disc"], ms)])
    d.table(head, rows, [28, 45, 27, 25, 24, 21], size=8.2, aligns="LLRRRR")


def body(f: dict) -> list[str]:
    fd, a = f["fd"], f["accts"][f["den"]]
    hh, inc, lim = f["hh"], usd(f["income"], "plain"), usd(FPL[f["hh"]] * f["cap"] / 100, "plain")
    care = (f"your stay at our hospital {span(a['start'], a['end'], f['ds'])}" if a["end"] != a["start"]
            else f"the care you received on {fd(a['start'])}")
    who = f"{f['pat'].split()[0]}'s" if f["child"] else "your"
    k = f["kind"]
    if k == "income":
        return [f"Thank you for applying for financial assistance for {care}. We are not able to approve your "
                "application.",
                f"Reason: your household's yearly income is above the limit in our Financial Assistance Policy. "
                f"For a household of {hh}, free or discounted care is available when income is at or below "
                f"{f['cap']}% of the federal poverty guidelines ({lim} a year). You reported {inc}."]
    if k == "income_es":
        return [f"Gracias por solicitar asistencia financiera para la atención que recibió el {fd(a['start'])}. "
                "No podemos aprobar su solicitud.",
                f"Motivo: los ingresos anuales de su hogar superan el límite de nuestra Política de Asistencia "
                f"Financiera. Para un hogar de {hh} personas, el límite es el {f['cap']}% de las pautas federales de "
                f"pobreza ({lim} al año). Usted informó ingresos de {inc}."]
    if k == "incomplete":
        return [f"We received your application for help with the bill for {care}, but it is missing papers we need "
                "to decide it, so we have closed it as incomplete.",
                "Missing: proof of income for every adult in the household (your last two pay stubs or your most "
                f"recent tax return) and a signed page 3. If you send them by {fd(days(f['notice'], 30))}, we will "
                "reopen your application without a new form."]
    if k == "insfirst":
        return [f"We reviewed your application for financial assistance for {care}. We cannot decide it yet.",
                f"Our records show you have health coverage with {f['ins']} on the date of service. Our policy "
                "requires us to bill your insurance first; financial assistance applies only to the amount left "
                "after the insurer pays. We have sent the claim to your insurer. When it has paid or denied the "
                "claim, we will review your application again. You do not need to apply again."]
    if k == "partial":
        return [f"Good news: you qualify for a partial discount on {who} bill for {care}.",
                f"Your household of {hh} reported a yearly income of {inc}, which is between 200% and {f['cap']}% of "
                f"the federal poverty guidelines. Under our sliding scale you receive a {f['pct']}% discount on the "
                "amount you owe after insurance. The rest is still due."]
    if k == "two":
        b = f["accts"][1 - f["den"]]
        return [f"We have decided your financial assistance application for the two accounts below.",
                f"Account {b['no']} (care on {fd(b['start'])}) is approved at 100%: you owe nothing on it.",
                f"Account {a['no']} (care on {fd(a['start'])}) is not eligible. Our policy does not cover cosmetic "
                "procedures that are not medically necessary, and the procedure on that account was an elective "
                "cosmetic one. The balance on that account is still due."]
    return [f"Your application for financial assistance for {care} is approved.",
            f"Your household of {hh} reported a yearly income of {inc}, at or below 200% of the federal poverty "
            "guidelines, so you qualify for free care. We have removed the full balance shown below. Keep this "
            "letter for your records."]


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Letter(f"Form PFS-FA-{f['form']} (rev. 01/26)   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(("Fecha: " if es else "Date: " if f["h"] != "W" else "Letter date: ") + f["fd"](f["notice"]),
                9.5, h=5)
    d.ln(2)
    for ln in [f["guar"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(4)
    title = {"income_es": "Decisión sobre su solicitud de asistencia financiera", "approved": "Financial Assistance "
             "Approved", "partial": "Financial Assistance Decision - Partial Discount"}.get(
        f["kind"], "Financial Assistance (Charity Care) Application Decision")
    d.text_line(title, 12, "B", h=7)
    a = f["accts"][f["den"]]
    rows = [("Solicitud nº" if es else "Application no." if f["h"] != "H" else "FA case #", f["app"]),
            ("Paciente" if es else "Patient", f["pat"])]
    if f["child"]:
        rows.append(("Guarantor", f["guar"]))
    if len(f["accts"]) == 1:
        rows.append(("Número de cuenta" if es else "Account number", a["no"]))
    rows += [("Solicitud recibida" if es else "Application received", f["fd"](f["recv"])),
             ("Tamaño del hogar" if es else "Household size", str(f["hh"])),
             ("Ingresos anuales del hogar" if es else "Annual household income", usd(f["income"], f["ms"]))]
    if f["kind"] == "insfirst":
        rows += [("Insurance on file", f["ins"]), ("Member ID", f["mid"]), ("Group no.", f["grp"])]
    dec = {"income": "DENIED", "income_es": "DENEGADA", "incomplete": "DENIED - INCOMPLETE APPLICATION",
           "insfirst": "PENDING - INSURANCE MUST BE BILLED FIRST", "partial": f"APPROVED IN PART ({f['pct']}% discount)",
           "two": "ONE ACCOUNT APPROVED, ONE DENIED", "approved": "APPROVED (100%)"}[f["kind"]]
    rows.append(("Decisión" if es else "Decision", dec))
    box(d, rows)
    for p in body(f):
        d.para(p, 9.4)
    accounts_table(d, f)
    if f["kind"] not in ("approved",):
        due = usd(sum(x["charges"] - x["paid"] - x["disc"] for x in f["accts"]), "plain")
        d.para((f"Saldo pendiente: {due}. Pague antes del {f['fd'](days(f['notice'], 25))} o llámenos para un plan "
                "de pagos sin intereses.") if es else
               (f"Amount you owe now: {due}. Please pay by {f['fd'](days(f['notice'], 25))} or call us to set up an "
                "interest-free payment plan."), 9.2)
    if f["kind"] not in ("approved", "insfirst"):
        d.text_line("Si no está de acuerdo" if es else "If you disagree", 10.5, "B", h=6)
        d.para(("Puede pedirnos que revisemos esta decisión dentro de 30 días a partir de la fecha de esta carta. "
                f"Escriba a la Oficina de Asistencia Financiera o llame al {f['ph']}.") if es else
               ("You may ask us to review this decision within 30 days of the date of this letter. Write to the "
                f"Financial Assistance Office at the address above or call {f['ph']}. A supervisor who did not make "
                "this decision will review it."), 9.2)
        d.para(("Puede volver a solicitar hasta el " if es else "You may apply again, with new information, until ")
               + f["fd"](days(f["recv"], 240)) + (" (240 días)." if es else " (the end of the 240-day application "
                                                                           "period)."), 9.2)
    d.text_line("Límites de ingresos de la política (ejemplo)" if es else "Policy income limits (example)", 9, "B", h=5)
    d.table(["Hogar" if es else "Household", "100% FPL", "200%", f"{f['cap']}%"],
            [[str(n), usd(v, "nosign"), usd(2 * v, "nosign"), usd(v * f["cap"] / 100, "nosign")]
             for n, v in FPL.items() if n <= 4], [30, 30, 30, 30], size=8, aligns="LRRR")
    d.text_line(("Atentamente, " if es else "Sincerely, ") + f"{f['signer']}, Financial Counselor, {HOSP[f['h']]}",
                9, h=5)
    return pdf_bytes(d)


def account(r: random.Random, start: dt.date, nights: int, insured: bool) -> dict:
    charges = money(r, 1800, 4200) * (nights or 1) if nights else money(r, 450, 6800)
    paid = round(charges * r.uniform(0.3, 0.6), 2) if insured else round(charges * 0.25, 2)
    return dict(no=digits(r, 9), start=start, end=days(start, nights), charges=round(charges, 2), paid=paid, disc=0.0)


def facts(r: random.Random, kind: str, h: str, ds: str, ms: str, nights: int, child: bool, lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 200))
    hh = r.randint(2, 4)
    cap = r.choice([300, 350, 400])
    pat = person(r, lang, child=child)
    guar = person(r, lang, last=pat.split()[-1]) if child else pat
    f = dict(kind=kind, h=h, ds=ds, ms=ms, lang=lang, child=child, notice=notice, fd=lambda x: fdate(x, ds), hh=hh,
             cap=cap, pat=pat, guar=guar, addr=address(r, lang), app=mixed(r, "FA-26-99999" if h != "H" else "FAA9999999"),
             recv=days(notice, -r.randint(10, 35)), ph=local_phone(r), form=str(r.randint(200, 299)),
             street=f"{r.randint(100, 990)} Infirmary Road", signer=staff(r), pct=r.choice([40, 50, 60, 75]),
             ins="Brightwater Community Health Plan", mid=mixed(r, "BWC999999999"), grp=mixed(r, "9999A"), den=0)
    start = days(f["recv"], -r.randint(20, 80))
    insured = kind == "insfirst" or r.random() < 0.5
    f["accts"] = [account(r, start, nights, insured)]
    if kind == "two":
        f["accts"].insert(0, account(r, days(start, -r.randint(30, 60)), 0, insured))
        f["accts"][0]["disc"] = round(f["accts"][0]["charges"] - f["accts"][0]["paid"], 2)
        f["den"] = 1
    if kind == "insfirst":
        f["accts"][0]["paid"] = 0.0
    line = FPL[hh]
    f["income"] = {"income": line * cap / 100 + r.randint(900, 9000), "income_es": line * cap / 100 + r.randint(900, 9000),
                   "partial": line * 2.4, "approved": line * 1.5}.get(kind, line * r.uniform(1.2, 3.5))
    f["income"] = round(f["income"], 2)
    a = f["accts"][0]
    if kind == "partial":
        a["disc"] = round((a["charges"] - a["paid"]) * f["pct"] / 100, 2)
    if kind == "approved":
        a["disc"] = round(a["charges"] - a["paid"], 2)
    return f


def make_truth(f: dict) -> dict:
    a = f["accts"][f["den"]]
    alts: dict = {"case_numbers": [[]]}
    if a["end"] != a["start"]:
        alts["service_dates"] = [[iso(a["start"])]]
    if f["kind"] not in ("approved", "insfirst"):
        alts["appeal_deadline"] = [iso(days(f["notice"], 30))]
    ins = f["kind"] == "insfirst"
    return truth("other", None, lang=f["lang"], insurer=None, member_id=f["mid"] if ins else None,
                 group_number=f["grp"] if ins else None, member_name=f["pat"], case_numbers=[f["app"]],
                 claim_amount=m2(a["charges"]), service_dates=[iso(a["start"], a["end"])],
                 denial_date=iso(f["notice"]), provider=HOSP[f["h"]], appeal_deadline=None, alternates=alts,
                 unscored=["insurer"])


# (stem, condition, kind, hospital, date style, money style, nights, child patient, language)
PLAN = [
    ("charity_care_denial_bd_income", "born_digital", "income", "C", "long", "plain", 4, False, "en"),
    ("charity_care_denial_bd_approved", "born_digital", "approved", "W", "slash", "plain", 0, True, "en"),
    ("charity_care_denial_scan_partial", "scan_clean_300", "partial", "H", "dmy", "nosign", 0, False, "en"),
    ("charity_care_denial_faxs_incomplete", "fax_standard_g4", "incomplete", "W", "abbr", "plain", 2, False, "en"),
    ("charity_care_denial_photo_insurance_first", "phone_photo", "insfirst", "C", "slash", "bare", 0, False, "en"),
    ("charity_care_denial_copy_two_accounts", "photocopy", "two", "H", "iso", "plain", 0, True, "en"),
    ("charity_care_denial_lowres_ingresos_es", "scan_lowres_150", "income_es", "C", "es", "plain", 0, False, "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, h, ds, ms, nights, child, lang) in enumerate(PLAN):
        r = random.Random(62400 + i)
        f = facts(r, kind, h, ds, ms, nights, child, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
