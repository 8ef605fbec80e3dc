"""Family 'specialty_drug_copay_maximizer_program_letter': PBM and plan letters, EOBs and specialty-pharmacy
statements on copay maximizer programs for specialty drugs (the member's copay is set to the manufacturer assistance
program's maximum and the drug is declared a non-essential health benefit).

Cases: a PBM notice telling the member to enroll in the maximizer program or pay 30% coinsurance; an EOB where a
fill was charged the full 30% coinsurance after the member did not enroll; a photocopied grievance decision saying
the program's amounts do not count to the out-of-pocket maximum; a Spanish letter denying an exception from the
program; an approval granting an exception (regular specialty-tier copay); a specialty pharmacy's statement
photographed with a phone; a faxed appeal decision upholding the coinsurance.

Written from memory of the general shape of such programs' letters (no real program's text). All insurers, PBMs,
pharmacies, people and numbers are invented (555 phone numbers). Decoys: the prescriber (rheumatologist,
dermatologist, neurologist), the manufacturer program's annual maximum, the date a request was received, NPIs,
Rx numbers, the member's date of birth.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "specialty_drug_copay_maximizer_program_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
FIRST = ["Philippa", "Osvaldo", "Chidinma", "Torsten", "Annika", "Rajesh", "Evangeline", "Casimir", "Noriko",
         "Leopold", "Fenella", "Dariusz", "Amara", "Quentin", "Soraya", "Bertram"]
LAST = ["Halvorsen", "Achebe", "Montgomery-Reyes", "Kowalczyk", "Lindqvist", "Okonkwo", "Pendergast", "Ruiz-Tapia",
        "Sandoval", "Thorogood", "Vukovic", "Yamaguchi", "Ellwood", "Fitzwilliam", "Gathogo", "Hackett"]
FIRST_ES = ["Eustaquio", "Remedios", "Anacleto", "Consuelo", "Wilfredo", "Yesenia"]
LAST_ES = ["Barrientos", "Cifuentes", "Echeverría", "Galarza", "Maldonado", "Quiñones"]
STREETS = ["Wicklow Terrace", "Osprey Ridge Road", "Candlewood Street", "Pewter Lane", "Fallbrook Circle"]
CITIES = [("Marrow Creek", "OR", "97389"), ("Tillbury", "KS", "66093"), ("Greystone Falls", "NY", "12977")]
CITIES_ES = [("San Benito Viejo", "TX", "78587"), ("Villa Arroyo", "AZ", "85942")]


class Page(Doc):
    def __init__(self, footer: str | None = None, font: str = "DejaVu"):
        super().__init__(font if font == "Helvetica" else "DejaVu", footer=footer, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=52, size=9.4, h=5.0):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def gtable(self, head, rows, widths, size=8.0, aligns=None, h=5.4):
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.6, "B")
        self.set_fill_color(228, 228, 228)
        for t, w, a in zip(head, widths, aligns):
            self.cell(w, 6, t, border=1, align=a, fill=True)
        self.ln(6)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, h, c[1:] if (bold and i == 0) else c, border=1, align=a)
            self.ln(h)
        self.ln(2.5)


def pat(r, p):
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in p)


def person(r, lang="en"):
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {r.choice('BCDEFGHJKLMNPRSTW')}. {last}"


def address(r, lang="en"):
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    return [f"{r.randint(14, 9870)} {r.choice(STREETS)}", f"{city}, {st} {z}"]


def fd(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "es_slash": d.strftime("%d/%m/%Y")}[s]


def usd(v: float) -> str:
    return f"${v:,.2f}"


def m2(v: float) -> str:
    return f"{v:.2f}"


def ph(r) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def npi(r) -> str:
    return r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9))


def build(f: dict) -> bytes:
    """A letter or statement: letterhead, date, address block, a reference block, an optional table, prose."""
    es = f.get("lang") == "es"
    d = Page(footer=f.get("footer", "Página {p} de {n}" if es else "Page {p} of {n}"), font=f.get("font", "DejaVu"))
    d.add_page()
    d.text_line(f["org"], f.get("org_size", 15), "B")
    for t in f.get("org_lines", []):
        d.text_line(t, 8.4)
    d.ln(1)
    d.rule(0.6, 4)
    if f.get("title_top"):
        d.text_line(f["title"], 12.5, "B", align="C")
        d.ln(3)
    d.text_line(f["date"], 10)
    d.ln(3)
    for t in f.get("to", []):
        d.text_line(t, 10)
    d.ln(4)
    if not f.get("title_top"):
        d.text_line(f["title"], 12, "B")
        d.ln(2)
    if f.get("boxes"):
        for row in f["boxes"]:
            d.boxes(row, h=11)
        d.ln(3)
    if f.get("rows"):
        d.rows(f["rows"], lw=f.get("lw", 52))
        d.ln(3)
    for p in f.get("pre", []):
        d.para(p, 10)
    if f.get("table"):
        head, rows, widths = f["table"]
        d.gtable(head, rows, widths, aligns=f.get("aligns"))
    for p in f.get("paras", []):
        if p.startswith("##"):
            d.text_line(p[2:], 10.5, "B")
            d.ln(1)
        else:
            d.para(p, 10)
    if f.get("sign"):
        d.ln(2)
        for t in f["sign"]:
            d.text_line(t, 10)
    return pdf_bytes(d)


PBMS = [dict(org="Corvane Pharmacy Solutions", phone="1-555-310-4471", addr="PO Box 61920, Tillbury, KS 66093"),
        dict(org="Brightmoor Rx Benefits", phone="1-555-604-2288", addr="PO Box 2207, Marrow Creek, OR 97389")]
PLANS = [dict(org="Lanternwick Employee Health Plan", group="LW-40617", plan="Lanternwick PPO 2500"),
         dict(org="Quarry Hollow Benefit Trust", group="QH0095", plan="Quarry Hollow Choice HDHP"),
         dict(org="Saltmarsh Mutual Health", group="SMH-22815", plan="Saltmarsh Gold Open Access")]
PHARM = ["Pinnacle Ridge Specialty Pharmacy", "Evercrest Specialty Rx", "Northgate Infusion & Specialty Pharmacy",
         "Farmacia Especializada Los Arcos"]
DRUGS = [("adalimumab 40 mg/0.4 mL pen", "Rheumatology", "Dr. Ingrid V. Solberg, MD (rheumatology)"),
         ("etanercept 50 mg/mL SureClick", "Rheumatology", "Dr. Moses T. Adeyemi, MD (rheumatology)"),
         ("dupilumab 300 mg/2 mL pen", "Dermatology", "Dr. Clarice N. Whitmore, MD (dermatology)"),
         ("ocrelizumab 300 mg/10 mL", "Neurology", "Dr. Anton R. Marchenko, MD (neurology)"),
         ("ustekinumab 90 mg/mL syringe", "Gastroenterology", "Dr. Leonor P. Gaitán, MD (gastroenterología)")]
PROGRAM = "MaxAssist Specialty Savings Program"


def items(rng: random.Random) -> list[Item]:
    out = []
    base = 250500

    # 1 born digital: enroll-or-pay-30% notice from the PBM (pre-service, no claim)
    r = random.Random(base + 1)
    pbm, plan = PBMS[0], PLANS[0]
    mem, addr = person(r), address(r)
    mid, ref = pat(r, "LWK9999999-01"), pat(r, "MX-2026-99999")
    drug, spec, doc = DRUGS[0]
    notice = dt.date(2026, 2, 9)
    first_fill = dt.date(2026, 3, 2)
    dl = notice + dt.timedelta(days=180)
    ann = 9400.00
    coins_est = 2061.48
    f = dict(org=pbm["org"], org_lines=[f"on behalf of {plan['org']}", pbm["addr"], f"Member Services {pbm['phone']}"],
             date=fd(notice, "long"), to=[mem.upper(), *addr],
             title="Important: Your specialty medication is part of the " + PROGRAM,
             rows=[("Member:", mem), ("Member ID:", mid), ("Group number:", plan["group"]),
                   ("Plan:", plan["plan"]), ("Program reference:", ref), ("Medication:", drug),
                   ("Specialty pharmacy:", PHARM[0]), ("Prescriber:", doc),
                   ("Date of birth:", fd(dt.date(1979, 6, 14), "slash")),
                   ("Next fill date:", fd(first_fill, "slash"))],
             paras=[f"Your plan has designated certain specialty medications, including {drug.split()[0]}, as "
                    "non-essential health benefits. For these drugs your cost share is set to the maximum amount "
                    "available from the drug manufacturer's copay assistance program. When you enroll in the "
                    f"{PROGRAM}, you pay $0 for each fill at {PHARM[0]}.",
                    "If you do not enroll before your next fill, you will pay 30% coinsurance for this medication. "
                    f"Based on the current price, 30% coinsurance would be about {usd(coins_est)} per fill. The "
                    f"manufacturer program's annual maximum for this drug is {usd(ann)}. Amounts paid by the "
                    "manufacturer program do not count toward your deductible or out-of-pocket maximum.",
                    f"To enroll, call the program at {ph(r)} Monday through Friday, 8 a.m. to 8 p.m.",
                    "##Your right to file a grievance or appeal",
                    "If you disagree with this decision, you or your representative may file a grievance or appeal "
                    f"with the plan. You must file by {fd(dl, 'long')}. Send your request to {pbm['addr']}."],
             sign=["Sincerely,", "Specialty Pharmacy Programs", pbm["org"]])
    out.append(Item(f"{FAMILY}_bd_enroll_notice", "born_digital", [(build(f), truth(
        "other", None, insurer=pbm["org"], group_number=plan["group"], member_id=mid, member_name=mem,
        plan_id=None, case_numbers=[ref], claim_amount=None, service_dates=[first_fill.isoformat()],
        denial_date=notice.isoformat(), provider=PHARM[0], appeal_deadline=None,
        alternates={"insurer": [plan["org"]], "service_dates": [[]], "appeal_deadline": [dl.isoformat()]},
        type_alternates=["denial_letter"], denial_alternates=["not_covered"]))]))

    # 2 scan 300: EOB, fill charged full 30% coinsurance after not enrolling
    r = random.Random(base + 2)
    plan = PLANS[1]
    mem, addr = person(r), address(r)
    mid, claim = pat(r, "QHB99999999"), pat(r, "RX26-999999999")
    drug, spec, doc = DRUGS[1]
    fill = dt.date(2026, 3, 17)
    notice = dt.date(2026, 3, 28)
    dl = notice + dt.timedelta(days=180)
    billed, allowed = 6412.90, 5904.36
    you = round(allowed * 0.30, 2)
    paid = round(allowed - you, 2)
    f = dict(org=plan["org"], org_size=14, org_lines=["Pharmacy benefits administered by " + PBMS[1]["org"],
                                                      PBMS[1]["addr"], f"Questions? {PBMS[1]['phone']}"],
             date="Statement date: " + fd(notice, "slash"), to=[mem.upper(), *addr],
             title="EXPLANATION OF BENEFITS - THIS IS NOT A BILL", title_top=True,
             boxes=[[("Member", mem, 62), ("Member ID", mid, 44), ("Group", plan["group"], 32),
                     ("Claim number", claim, 46)],
                    [("Pharmacy", PHARM[1], 78), ("Prescriber", "Dr. Moses T. Adeyemi", 54),
                     ("Rx number", pat(r, "9999999"), 26), ("Pharmacy NPI", npi(r), 26)]],
             table=(["Fill date", "Drug", "Qty", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
                    [[fd(fill, "slash"), drug[:24], "4", usd(billed), usd(allowed), usd(paid), usd(you), "NE1"],
                     ["*Total", "", "", usd(billed), usd(allowed), usd(paid), usd(you), ""]],
                    [20, 48, 9, 21, 21, 21, 21, 12]),
             aligns="LLRRRRRC",
             paras=["##Note NE1",
                    "This drug is a non-essential health benefit under your plan's specialty copay maximizer "
                    f"program. You were not enrolled in the {PROGRAM} on the fill date, so the 30% coinsurance "
                    "applies. Your coinsurance for non-essential health benefits does not count toward your "
                    "out-of-pocket maximum. You may still enroll; future fills would then cost $0.",
                    "##Appeal rights",
                    "You may appeal this claim decision within 180 days of the date of this statement. Call "
                    f"{PBMS[1]['phone']} or write to {PBMS[1]['org']}, Appeals, {PBMS[1]['addr']}."])
    out.append(Item(f"{FAMILY}_scan_coinsurance_eob", "scan_clean_300", [(build(f), truth(
        "eob", None, insurer=plan["org"], group_number=plan["group"], member_id=mid, member_name=mem,
        case_numbers=[claim], claim_amount=m2(billed), service_dates=[fill.isoformat()],
        denial_date=notice.isoformat(), provider=PHARM[1], appeal_deadline=dl.isoformat(),
        alternates={"insurer": [PBMS[1]["org"]]}, denial_alternates=["not_covered"]))]))

    # 3 photocopy: grievance decision - program amounts do not count to OOP maximum
    r = random.Random(base + 3)
    plan = PLANS[2]
    mem, addr = person(r), address(r)
    mid, grv = pat(r, "SMH999999999"), pat(r, "GRV-99-999999")
    drug, spec, doc = DRUGS[2]
    recv = dt.date(2026, 4, 3)
    notice = dt.date(2026, 4, 29)
    fills = [dt.date(2026, 1, 12), dt.date(2026, 2, 9), dt.date(2026, 3, 9)]
    per = 3240.00
    f = dict(org=plan["org"], org_lines=["Grievance and Appeals Department", "PO Box 77310, Greystone Falls, NY 12977",
                                         "Phone 1-555-772-0145  Fax 1-555-772-0190"],
             date=fd(notice, "abbr"), to=[mem, *addr],
             title="Grievance Decision",
             rows=[("Member name", mem), ("Member ID", mid), ("Group", plan["group"]), ("Grievance number", grv),
                   ("Date received", fd(recv, "abbr")), ("Medication", drug), ("Dispensing pharmacy", PHARM[2]),
                   ("Prescriber", doc)],
             lw=46,
             pre=[f"We reviewed your grievance about the manufacturer assistance applied to your {drug.split()[0]} "
                  "fills on the dates below. You asked that these amounts be credited to your out-of-pocket "
                  "maximum."],
             table=(["Fill date", "Manufacturer program paid", "Credited to your OOP maximum"],
                    [[fd(f_, "abbr"), usd(per), "$0.00"] for f_ in fills],
                    [40, 60, 60]),
             paras=["Our decision: we are not able to change how these amounts were applied. Your plan document "
                    "(Section 7.4, Specialty Copay Maximizer) states that drugs in the program are non-essential "
                    "health benefits and that amounts paid by a manufacturer program do not count toward your "
                    "deductible or out-of-pocket maximum.",
                    "If you are not satisfied, you may request an appeal in writing within 60 days of the date of "
                    "this letter. You may also contact your state Department of Insurance.",
                    ],
             sign=["Grievance and Appeals Department", plan["org"]])
    out.append(Item(f"{FAMILY}_photocopy_grievance_oop", "photocopy", [(build(f), truth(
        "denial_letter", "not_covered", insurer=plan["org"], group_number=plan["group"], member_id=mid,
        member_name=mem, case_numbers=[grv], claim_amount=None, service_dates=[x.isoformat() for x in fills],
        denial_date=notice.isoformat(), provider=PHARM[2],
        appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
        denial_alternates=["other"], type_alternates=["other"]))]))

    # 4 Spanish, low-res scan: exception from the program denied
    r = random.Random(base + 4)
    pbm, plan = PBMS[1], PLANS[0]
    mem, addr = person(r, "es"), address(r, "es")
    mid, exc = pat(r, "LWK9999999-02"), pat(r, "EXC-999999")
    drug, spec, doc = DRUGS[4]
    notice = dt.date(2026, 5, 6)
    req = dt.date(2026, 4, 21)
    nextfill = dt.date(2026, 5, 20)
    dl = notice + dt.timedelta(days=180)
    f = dict(lang="es", org=pbm["org"], org_lines=[f"en nombre de {plan['org']}", pbm["addr"],
                                                  f"Servicios al Miembro {pbm['phone']} (TTY 711)"],
             date=fd(notice, "es"), to=[mem.upper(), *addr],
             title="Aviso de denegación de su solicitud de excepción",
             rows=[("Miembro:", mem), ("N.º de identificación:", mid), ("Grupo:", plan["group"]),
                   ("N.º de solicitud:", exc), ("Solicitud recibida:", fd(req, "es_slash")),
                   ("Medicamento:", drug), ("Farmacia especializada:", PHARM[3]), ("Médico que receta:", doc),
                   ("Próximo surtido:", fd(nextfill, "es"))],
             paras=[f"Usted pidió que su medicamento quedara fuera del programa {PROGRAM}. Hemos denegado su "
                    "solicitud. Su plan considera este medicamento un beneficio de salud no esencial. Su receta no "
                    "cumple los criterios de excepción: el fabricante todavía ofrece asistencia para este "
                    "medicamento y usted no ha demostrado que no puede inscribirse.",
                    "Si no se inscribe, pagará un coseguro del 30% en cada surtido. Las cantidades del programa no "
                    "cuentan para su máximo de gastos de bolsillo.",
                    "##Su derecho a apelar",
                    f"Puede apelar esta decisión. Debe presentar su apelación a más tardar el {fd(dl, 'es')}. "
                    f"Envíela a {pbm['addr']} o llame al {pbm['phone']}."],
             sign=["Atentamente,", "Programas de Farmacia Especializada", pbm["org"]])
    out.append(Item(f"{FAMILY}_es_exception_denied", "scan_lowres_150", [(build(f), truth(
        "denial_letter", "not_covered", "es", insurer=pbm["org"], group_number=plan["group"], member_id=mid,
        member_name=mem, case_numbers=[exc], claim_amount=None, service_dates=[nextfill.isoformat()],
        denial_date=notice.isoformat(), provider=PHARM[3], appeal_deadline=dl.isoformat(),
        alternates={"insurer": [plan["org"]], "service_dates": [[]]}, denial_alternates=["other"]))]))

    # 5 born digital: exception granted
    r = random.Random(base + 5)
    pbm, plan = PBMS[0], PLANS[2]
    mem, addr = person(r), address(r)
    mid, exc = pat(r, "SMH999999999"), pat(r, "EX9999999")
    drug, spec, doc = DRUGS[3]
    notice = dt.date(2026, 6, 12)
    start, end = dt.date(2026, 6, 15), dt.date(2026, 12, 31)
    f = dict(org=pbm["org"], font="Helvetica", org_lines=[pbm["addr"], pbm["phone"]],
             date=fd(notice, "iso"), to=[mem, *addr],
             title="Exception Approved - Specialty Copay Maximizer Program",
             boxes=[[("Member", mem, 60), ("ID number", mid, 44), ("Group", plan["group"], 34),
                     ("Exception no.", exc, 44)]],
             paras=[f"Good news. We approved your request for an exception from the {PROGRAM} for {drug}. "
                    f"From {fd(start, 'iso')} through {fd(end, 'iso')} your fills at {PHARM[2]} will be "
                    "covered as an essential health benefit at your plan's specialty tier copay of $150 per fill, "
                    "and your copays will count toward your out-of-pocket maximum.",
                    f"Your prescriber, {doc}, told us that the manufacturer program ended assistance for your "
                    "infusion. No action is needed from you.",
                    f"Questions? Call {pbm['phone']}. This letter is sent on behalf of {plan['org']}."],
             sign=["Clinical Pharmacy Services", pbm["org"]])
    out.append(Item(f"{FAMILY}_bd_exception_approved", "born_digital", [(build(f), truth(
        "other", None, insurer=pbm["org"], group_number=plan["group"], member_id=mid, member_name=mem,
        case_numbers=[exc], claim_amount=None, service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
        denial_date=notice.isoformat(), provider=PHARM[2], appeal_deadline=None,
        alternates={"insurer": [plan["org"]], "service_dates": [[]]}))]))

    # 6 phone photo: specialty pharmacy statement, fill with maximizer applied, balance owed
    r = random.Random(base + 6)
    plan = PLANS[1]
    mem, addr = person(r), address(r)
    mid, acct = pat(r, "QHB99999999"), pat(r, "PA-999999")
    drug, spec, doc = DRUGS[0]
    stmt = dt.date(2026, 7, 8)
    fill = dt.date(2026, 6, 24)
    billed = 7188.40
    plan_paid, mfr, bal = 3966.52, 2156.52, 1065.36
    f = dict(org=PHARM[0], org_lines=["1450 Candlewood Street, Tillbury, KS 66093", "Patient billing " + ph(r)],
             date="Statement date " + fd(stmt, "short"), to=[mem, *addr],
             title="Patient Statement",
             rows=[("Patient", mem), ("Account number", acct), ("Insurance", plan["org"]),
                   ("Member ID", mid), ("Group", plan["group"]), ("Prescriber", doc)], lw=40,
             table=(["Date filled", "Medication", "Charge", "Insurance paid", "Copay program", "Balance"],
                    [[fd(fill, "short"), drug[:26], usd(billed), usd(plan_paid), usd(mfr), usd(bal)]],
                    [24, 52, 24, 28, 26, 24]),
             aligns="LLRRRR",
             paras=["Your insurance applied 30% coinsurance to this fill. The manufacturer copay program paid up to "
                    "its remaining annual maximum; the rest is your balance. Please pay "
                    f"{usd(bal)} by {fd(stmt + dt.timedelta(days=30), 'short')} or call us to set up a payment plan.",
                    "Questions about your plan's copay maximizer program should go to your plan."])
    out.append(Item(f"{FAMILY}_photo_pharmacy_statement", "phone_photo", [(build(f), truth(
        "other", None, insurer=plan["org"], group_number=plan["group"], member_id=mid, member_name=mem,
        case_numbers=[], claim_amount=m2(billed), service_dates=[fill.isoformat()], denial_date=stmt.isoformat(),
        provider=PHARM[0], appeal_deadline=None, unscored=["insurer"]))]))

    # 7 fax: appeal decision upholding the 30% coinsurance
    r = random.Random(base + 7)
    pbm, plan = PBMS[1], PLANS[1]
    mem, addr = person(r), address(r)
    mid, app, claim = pat(r, "QHB99999999"), pat(r, "APL-2026-9999"), pat(r, "RX26-999999999")
    drug, spec, doc = DRUGS[2]
    fill = dt.date(2026, 7, 2)
    notice = dt.date(2026, 8, 19)
    billed = 4211.75
    f = dict(org=plan["org"], org_lines=["Appeals Unit  -  Fax 1-555-604-2299",
                                         f"Pharmacy benefits administered by {pbm['org']}"],
             date="Date: " + fd(notice, "dmy"), to=["TO: " + mem, *addr],
             title="Notice of Appeal Decision - Denial Upheld",
             rows=[("Member", mem), ("Member ID", mid), ("Group no.", plan["group"]), ("Appeal no.", app),
                   ("Claim no.", claim), ("Fill date", fd(fill, "dmy")), ("Pharmacy", PHARM[1]),
                   ("Amount billed", usd(billed)), ("Prescriber", doc)], lw=40,
             paras=["We reviewed your appeal of the 30% coinsurance charged for your dupilumab fill. The denial is "
                    "upheld. You were not enrolled in the " + PROGRAM + " on the fill date, and your plan "
                    "excludes specialty drugs designated non-essential health benefits from the standard "
                    "specialty copay.",
                    "This is the final internal decision. You may request an external review by an Independent "
                    "Review Organization within 4 months of the date of this notice."],
             sign=["Appeals Unit", plan["org"]])
    out.append(Item(f"{FAMILY}_fax_appeal_upheld", "fax_standard_g4", [(build(f), truth(
        "denial_letter", "not_covered", insurer=plan["org"], group_number=plan["group"], member_id=mid,
        member_name=mem, case_numbers=[app, claim], claim_amount=m2(billed), service_dates=[fill.isoformat()],
        denial_date=notice.isoformat(), provider=PHARM[1], appeal_deadline=None,
        alternates={"case_numbers": [[app]]}, denial_alternates=["other"]))]))
    return out


def documents(rng: random.Random) -> list[Item]:
    return items(rng)
