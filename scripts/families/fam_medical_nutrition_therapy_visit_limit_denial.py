"""Family 'medical_nutrition_therapy_visit_limit_denial': Medicare Summary Notices (Part B), Medicare Advantage EOBs
and plan letters on medical nutrition therapy (MNT): 97802 (initial assessment, each 15 min), 97803 (reassessment,
each 15 min) and G0270 (reassessment after a change in diagnosis, each 15 min).

Cases: MNT denied because the diagnosis is not diabetes or kidney disease (MSN); hours over the first year's 3 hours
denied (MA EOB, and a Spanish MSN on a photocopy); a dietitian outside the HMO network (plan letter); the second
year's 2 hours used up (plan letter by fax); paid with the physician's referral on file (MA EOB, and a rotated MSN).

Modelled from memory on the public MSN layout ("Notice for", "Medicare Number", "Date of This Notice", claim
table, lettered notes, "Appeals must be filed by") and on MA EOB / CMS-10003 style letters. Everything is invented:
people, plans, practices, numbers (555 phone numbers). Decoys: the referring physician, the date of birth, NPIs,
the date a claim was received, the claims-processed period, hours already used.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "medical_nutrition_therapy_visit_limit_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
FIRST = ["Leocadia", "Thaddeus", "Oluwaseun", "Margarethe", "Ishaan", "Philippa", "Caspian", "Zenobia", "Eamon",
         "Sigrun", "Bartholomew", "Nkechi", "Ottoline", "Vasilis", "Henrike", "Jovan"]
LAST = ["Ravenscroft", "Okafor-Lind", "Thistlewood", "Marchetti", "Brannigan", "Kallistrat", "Oyebanji",
        "Wetherell", "Nakagawa", "Hollenbeck", "Ferraby", "Dumitrescu", "Quarles", "Sandoval-Pike"]
FIRST_ES = ["Evaristo", "Remedios", "Anacleto", "Consolación", "Baudilio", "Eulalia"]
LAST_ES = ["Valdivieso", "Montealegre", "Quiñones", "Barrientos", "Solórzano", "Echeverría"]
STREETS = ["Larkspur Court", "Tanner Mill Road", "Osprey Bluff Lane", "Weatherby Street", "Clover Hill Drive"]
CITIES = [("Marrow Creek", "OR", "97366"), ("East Tilden", "NE", "68799"), ("Pell Harbor", "RI", "02879")]
CITIES_ES = [("San Isidro del Valle", "TX", "78589"), ("Las Cruces Viejas", "NM", "88052")]


def pat(r, p):
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in p)


def fd(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%b %d, %Y").upper(),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "es_slash": d.strftime("%d/%m/%Y")}[s]


def usd(v: float) -> str:
    return f"${v:,.2f}"


def m2(v: float) -> str:
    return f"{v:.2f}"


def ph(r) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def npi(r) -> str:
    return r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9))


def mbi(r) -> str:
    return str(r.randint(1, 9)) + pat(r, "AA9AA9AA99")


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, r.randint(1, 99) / 100]), 2)


class Page(Doc):
    def __init__(self, footer: str | None = "Page {p} of {n}"):
        super().__init__("DejaVu", footer=footer, margins=(15, 13, 15))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=48, size=9.6, h=5.2):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def grid(self, head, rows, widths, size=7.6, aligns=None, h=5.4):
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.3, "B")
        lh = size * 0.45
        n = max(len(self.multi_cell(w - 0.6, lh, t, dry_run=True, output="LINES")) for t, w in zip(head, widths))
        hh = n * lh + 1.5
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for t, w in zip(head, widths):
            self.rect(x, y0, w, hh)
            self.set_xy(x + 0.3, y0 + 0.5)
            self.multi_cell(w - 0.6, lh, t, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y0 + hh)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                c = c[1:] if (bold and i == 0) else c
                sz = size
                while sz > 5 and self.get_string_width(c) > w - 1.2:
                    sz -= 0.2
                    self.font(sz, "B" if bold else "")
                self.cell(w, h, c, border=1, align=a)
                self.font(size, "B" if bold else "")
            self.ln(h)
        self.ln(2)

    def notes(self, notes, size=8.8):
        for k, v in notes:
            self.font(size, "B")
            self.cell(7, 4.5, k)
            self.font(size)
            self.multi_cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)


def line(dos, code, desc, units, ch, appr, ok=True, note="", paid=None):
    if not ok:
        appr, paid, you = 0.0, 0.0, 0.0
    else:
        paid = round(appr * 0.8, 2) if paid is None else paid
        you = round(appr - paid, 2)
    return dict(dos=dos, code=code, desc=desc, units=units, ch=ch, appr=appr, paid=paid, you=you, ok=ok, note=note)


# ------------------------------------------------------------------ MSN (English and Spanish)

EN = dict(title="Medicare Summary Notice for Part B (Medical Insurance)",
          sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          nf="Notice for", num="Medicare Number", date="Date of This Notice", per="Claims Processed Between",
          approve="Did Medicare Approve All Services?", total="Total You May Be Billed",
          provs="Providers with Claims This Period", dash="Your Claims & Costs This Period",
          claims="Your Claims for Part B (Medical Insurance)", cn="Claim Number", ref="Referred by",
          by="Service Provided By", dob="Date of birth on file",
          head=["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
                "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"],
          tot="Total for Claim", notes="Notes for Claims Above", yn=("YES", "NO"), yes="Yes", no="No",
          handle="How to Handle Denied Claims or Appeal",
          appeal="If you disagree with a claims decision on this notice, you can file an appeal. Appeals must be "
                 "filed by {d}.",
          steps=["Circle the service(s) or claim(s) you disagree with on this notice.",
                 "Explain in writing why you disagree with the decision.",
                 "Include your name, full address and Medicare Number on all documents you send.",
                 "Sign here: ____________________   Phone number: ____________________"],
          help="Get help with this notice: call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.")
ES = dict(title="Resumen de Medicare para la Parte B (Seguro Médico)",
          sub="El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid",
          nf="Aviso para", num="Número de Medicare", date="Fecha de este aviso", per="Reclamaciones procesadas entre",
          approve="¿Aprobó Medicare todos los servicios?", total="Total que se le puede facturar",
          provs="Proveedores con reclamaciones en este período", dash="Sus reclamaciones y costos de este período",
          claims="Sus reclamaciones de la Parte B (Seguro Médico)", cn="Número de reclamación", ref="Referido por",
          by="Servicio prestado por", dob="Fecha de nacimiento registrada",
          head=["Servicio prestado y código de facturación", "¿Servicio aprobado?", "Cantidad que cobró el proveedor",
                "Cantidad aprobada por Medicare", "Cantidad que pagó Medicare", "Lo máximo que se le puede facturar",
                "Ver notas"],
          tot="Total reclamación", notes="Notas sobre las reclamaciones", yn=("SÍ", "NO"), yes="Sí", no="No",
          handle="Cómo manejar las reclamaciones denegadas o apelar",
          appeal="Si no está de acuerdo con una decisión de este aviso, puede apelar. Las apelaciones deben "
                 "presentarse a más tardar el {d}.",
          steps=["Encierre en un círculo los servicios o reclamaciones con los que no está de acuerdo.",
                 "Explique por escrito por qué no está de acuerdo con la decisión.",
                 "Incluya su nombre, dirección completa y Número de Medicare en todos los documentos.",
                 "Firme aquí: ____________________   Teléfono: ____________________"],
          help="Para obtener ayuda, llame al 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.")


def build_msn(f: dict) -> bytes:
    es = f["lang"] == "es"
    T = ES if es else EN
    ds, ls = f["ds"], f["ls"]
    d = Page(footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    d.text_line(T["title"], 14, "B")
    d.text_line(T["sub"], 8.2)
    d.ln(4)
    y0 = d.get_y()
    for t in (f["member"].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(t, 10)
    d.set_xy(106, y0)
    for k, v in ((T["nf"], f["member"]), (T["num"], f["mbi"]), (T["date"], fd(f["notice"], ds)),
                 (T["per"], f"{fd(f['period'][0], ds)} – {fd(f['period'][1], ds)}")):
        d.set_x(106)
        d.font(7.2 if es else 7.8, "B")
        d.cell(53 if es else 44, 6.3, k)
        d.font(9)
        d.multi_cell(43 if es else 50, 6.3, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(104, y0 - 1.5, 98, d.get_y() - y0 + 3)
    d.set_y(max(d.get_y() + 4, y0 + 32))
    d.text_line(T["dash"], 11.5, "B")
    d.rule(0.5, 1.5)
    ok = all(x["ok"] for x in f["lines"])
    you = sum(x["you"] for x in f["lines"])
    d.rows([(T["approve"], T["yn"][0] if ok else T["yn"][1]), (T["total"], usd(you))], 88 if es else 78, 10)
    d.rows([(T["provs"], f"{f['prov']}")], 94 if es else 78, 9.4)
    d.ln(2)
    d.para(T["appeal"].format(d=fd(f["deadline"], ds)), 9.5)
    d.para(T["help"], 8.5)
    d.ln(2)
    d.text_line(T["claims"], 12, "B")
    d.rule(0.5, 1.5)
    d.text_line(f["prov"], 10, "B")
    d.text_line(f["prov_addr"], 8.6)
    d.text_line(f"{T['by']}: {f['rd']}", 8.6)
    d.text_line(f"{T['ref']}: {f['refdoc']}", 8.6)
    d.text_line(f"{T['cn']}: {f['claim']}", 8.6)
    d.ln(1)
    rows = [[f"{fd(x['dos'], ls)}  {x['desc']} ({x['code']}) x{x['units']}", T["yes"] if x["ok"] else T["no"],
             usd(x["ch"]), usd(x["appr"]), usd(x["paid"]), usd(x["you"]), x["note"]] for x in f["lines"]]
    t = [round(sum(x[k] for x in f["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
    rows.append(["*" + T["tot"], "", *[usd(v) for v in t], ""])
    d.grid(T["head"], rows, [74, 19, 19, 19, 17, 19, 11], 7.0, "LCRRRRC")
    d.text_line(T["notes"], 10.5, "B")
    d.notes(f["notes"])
    d.ln(3)
    d.text_line(T["handle"], 12, "B")
    d.rule(0.5, 1.5)
    d.para(T["appeal"].format(d=fd(f["deadline"], ds)), 9.5)
    for i, s in enumerate(T["steps"], 1):
        d.font(9)
        d.cell(6, 4.8, f"{i}.")
        d.multi_cell(0, 4.8, s, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


# ------------------------------------------------------------------ MA EOB

PLANS = {"GW": dict(org="Gullwing Health Partners", product="Gullwing Medicare Advantage Prime (HMO)",
                    pbp="H5148-006", word="GULLWING HEALTH", addr="PO Box 70221, Marrow Creek, OR 97366"),
         "TB": dict(org="Tamarack Bay Senior Health Plan", product="Tamarack Bay Medicare Select (HMO-POS)",
                    pbp="H3307-012", word="TAMARACK BAY", addr="PO Box 1184, Pell Harbor, RI 02879")}


def build_eob(f: dict) -> bytes:
    p, ds = f["plan"], f["ds"]
    d = Page(footer=f"{p['pbp'].split('-')[0]}_EOB_{f.get('tag', 'MNT')}26 · Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(p["word"], 21, "B")
    d.rule(0.8, 1.2)
    d.text_line(f"{p['org']}  ·  {p['addr']}  ·  Member Services {f['ph']} (TTY 711)", 8)
    d.ln(4)
    d.text_line("Explanation of Benefits  –  THIS IS NOT A BILL", 13, "B")
    d.text_line(p["product"], 10)
    d.ln(3)
    y0 = d.get_y()
    for t in (f["member"], *f["addr"]):
        d.text_line(t, 10)
    d.set_xy(110, y0)
    for k, v in (("Member name", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
                 ("Statement date", fd(f["notice"], ds)), ("Date of birth", fd(f["dob"], "slash"))):
        d.set_x(110)
        d.font(8, "B")
        d.cell(32, 5.2, k)
        d.font(9)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.font(9.5, "B")
    d.cell(0, 5, f"Claim number {f['claim']}", new_x="LMARGIN", new_y="NEXT")
    d.rows([("Provider:", f"{f['prov']} (NPI {f['npi']})"), (f.get("rd_label", "Dietitian:"), f["rd"]),
            (f.get("ref_label", "Referring physician:"), f"{f['refdoc']} (NPI {f['npi2']})"),
            ("Claim received:", fd(f["received"], ds))], 40, 8.8, 4.6)
    d.ln(1)
    rows = [[fd(x["dos"], f["ls"]), x["code"], x["desc"], str(x["units"]), usd(x["ch"]), usd(x["appr"]),
             usd(x["paid"]), usd(x["you"]), x["note"]] for x in f["lines"]]
    t = [round(sum(x[k] for x in f["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
    rows.append(["*Totals", "", "", "", *[usd(v) for v in t], ""])
    d.grid(["Service date", "Code", "Description", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
           rows, [21, 14, 58, 11, 19, 19, 17, 17, 10], 7.3, "LLLCRRRRC")
    d.text_line("Explanation codes", 10.5, "B")
    d.notes(f["notes"])
    if f.get("hours_text"):
        d.para(f["hours_text"], 9)
    d.ln(2)
    d.text_line("Your right to appeal", 10.5, "B")
    d.para(f"If you disagree with how we processed this claim, you may ask for a reconsideration. Your request must "
           f"be received within 65 days of the date of this statement. Write to {p['org']}, Appeals Unit, "
           f"{p['addr']} or call {f['ph']}.", 9)
    return pdf_bytes(d)


# ------------------------------------------------------------------ plan letters

def build_letter(f: dict) -> bytes:
    p, ds = f["plan"], f["ds"]
    d = Page(footer=None)
    d.add_page()
    d.font(19, "B")
    d.cell(0, 9, p["word"], new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{p['org']}  |  {p['addr']}  |  Fax {ph(random.Random(f['seed']))}", 8.2)
    d.rule(0.6, 4)
    d.text_line(fd(f["notice"], ds), 10)
    d.ln(2)
    for t in (f["member"], *f["addr"]):
        d.text_line(t, 10)
    d.ln(4)
    d.text_line(f["title"], 13, "B")
    d.ln(1)
    d.rows([("Member:", f["member"]), ("Member ID:", f["mid"]), ("Plan:", f"{p['product']} ({p['pbp']})"),
            (f["case_label"], f["case"]), ("Provider:", f"{f['prov']}"),
            ("Referred by:", f["refdoc"]), ("Dates of service:", ", ".join(fd(x, ds) for x in f["den_dates"])),
            ("Amount billed:", usd(f["total"]))], 40, 9.8)
    d.ln(2)
    d.para(f"Dear {f['member'].split()[0]},", 10)
    for para in f["body"]:
        d.para(para, 10)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f["appeal_text"], 10)
    d.para(f"Sincerely,\n\n{f.get('dept', 'Utilization Management, Nutrition Services Review')}\n{p['org']}", 10)
    d.text_line(f"{p['pbp'].split('-')[0]}_{f.get('tag', 'MNT')}_DEN26 · Form CMS-10003-NDMCP (modelled)", 7)
    return pdf_bytes(d)


# ------------------------------------------------------------------ cases

PROVS = [("Harborside Nutrition & Wellness, LLC", "412 Osprey Bluff Lane, Pell Harbor, RI 02879",
          "Keziah Abernathy-Rowe, MS, RDN"),
         ("Marrow Creek Community Hospital – Outpatient Nutrition Clinic", "88 Tanner Mill Road, Marrow Creek, OR 97366",
          "Priyanka Venkataraman, RD, LD"),
         ("Tilden Plains Dietitian Associates", "1901 Weatherby Street, East Tilden, NE 68799",
          "Lorcan M. Fitzwilliam, RDN, CDCES"),
         ("Clínica de Nutrición San Isidro", "230 Larkspur Court, San Isidro del Valle, TX 78589",
          "Lic. Araceli Bustamante, RD")]
REFDOCS = ["Dr. Wendeline Stroud-Achebe", "Dr. Matthias Oyelowo", "Dr. Isolde Karakaş", "Dra. Fidelina Arroyo"]


def make(kind: str, r: random.Random, ds: str, ls: str, seed: int) -> dict:
    lang = "es" if kind == "es_hours" else "en"
    notice = dt.date(2026, 4, 10) + dt.timedelta(days=r.randint(0, 150))
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    if lang == "es":
        member = f"{r.choice(FIRST_ES)} {r.choice('BCDFGHJLMPRST')}. {r.choice(LAST_ES)}"
    else:
        member = f"{r.choice(FIRST)} {r.choice('BCDFGHJLMPRST')}. {r.choice(LAST)}"
    pi = {"dx": 2, "oon": 0, "hours_eob": 1, "paid_eob": 0, "es_hours": 3, "yr2": 1, "paid_msn": 1}[kind]
    prov, prov_addr, rd = PROVS[pi]
    f = dict(kind=kind, lang=lang, ds=ds, ls=ls, seed=seed, notice=notice, member=member,
             addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prov=prov,
             prov_addr=prov_addr, rd=rd, refdoc=REFDOCS[pi], mbi=mbi(r), npi=npi(r), npi2=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             deadline=notice + dt.timedelta(days=120), dob=dt.date(r.randint(1941, 1958), r.randint(1, 12),
                                                                    r.randint(1, 28)))
    f["plan"] = PLANS["GW" if kind in ("oon", "paid_eob") else "TB"]
    f["mid"] = pat(r, "GW9999999-01") if kind in ("oon", "paid_eob") else pat(r, "TBM999999999")
    f["group"] = pat(r, "MA-99999")
    f["claim"] = pat(r, "99999999999999") if kind in ("dx", "es_hours", "paid_msn") else pat(r, "26A99999999")
    f["received"] = notice - dt.timedelta(days=r.randint(12, 25))
    d0 = notice - dt.timedelta(days=r.randint(70, 95))
    dates = sorted({d0, d0 + dt.timedelta(days=r.randint(14, 21)), d0 + dt.timedelta(days=r.randint(35, 50))})
    rate2, rate3 = fee(r, 38, 46), fee(r, 34, 42)
    a2, a3 = round(r.uniform(36.5, 40.5), 2), round(r.uniform(32.0, 35.5), 2)
    if kind == "dx":
        u = 4
        f["lines"] = [line(dates[0], "97802", "Medical nutrition therapy, initial, 15 min", u, rate2 * u, 0,
                           ok=False, note="a")]
        f["notes"] = [("a", "Medicare covers medical nutrition therapy only for people with diabetes or kidney "
                            "disease, or for 36 months after a kidney transplant, when a doctor refers them. The "
                            "diagnosis on this claim (overweight, high cholesterol) does not qualify. You may be "
                            "billed for this service if you signed an Advance Beneficiary Notice.")]
        f["den"] = [0]
    elif kind == "hours_eob":
        f["lines"] = [line(dates[0], "97802", "MNT initial assessment, 15 min", 4, rate2 * 4, a2 * 4, note="01"),
                      line(dates[1], "97803", "MNT reassessment, 15 min", 6, rate3 * 6, a3 * 2, note="01,M3"),
                      line(dates[2], "97803", "MNT reassessment, 15 min", 4, rate3 * 4, 0, ok=False, note="M3")]
        f["notes"] = [("01", "Paid under your medical nutrition therapy benefit. A referral from your doctor is on file."),
                      ("M3", "Medical nutrition therapy is limited to 3 hours (12 units of 15 minutes) in the first "
                             "calendar year. Units beyond this limit are not covered. Your provider may not bill you "
                             "for them.")]
        f["hours_text"] = (f"Hours used in {dates[0].year}: 3.0 of 3.0 (first year). Units denied on this claim: 8.")
        f["lines"][1]["you"] = 0.0
        f["lines"][1]["paid"] = round(a3 * 2, 2)
        f["den"] = [1, 2]
    elif kind == "es_hours":
        f["lines"] = [line(dates[0], "97803", "Terapia nutricional, 15 min", 4, rate3 * 4,
                           a3 * 4, note="a"),
                      line(dates[1], "97803", "Terapia nutricional, 15 min", 4, rate3 * 4, 0,
                           ok=False, note="b")]
        f["notes"] = [("a", "Esta cantidad aprobada se aplicó a su coseguro. Usted paga el 20%."),
                      ("b", "Medicare paga hasta 3 horas de terapia de nutrición médica el primer año. Usted ya "
                            "recibió las 3 horas. No tiene que pagar esta cantidad.")]
        f["den"] = [1]
    elif kind == "paid_msn":
        f["lines"] = [line(dates[0], "97802", "Medical nutrition therapy, initial, 15 min", 4, rate2 * 4, a2 * 4,
                           note="a"),
                      line(dates[1], "97803", "Medical nutrition therapy, reassessment, 15 min", 2, rate3 * 2,
                           a3 * 2, note="a,b")]
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("b", "Your doctor's referral for medical nutrition therapy (diabetes) is on file.")]
        f["den"] = []
    elif kind == "paid_eob":
        f["lines"] = [line(dates[0], "97802", "MNT initial assessment, 15 min", 3, rate2 * 3, a2 * 3,
                           paid=a2 * 3, note="R1"),
                      line(dates[1], "97803", "MNT reassessment, 15 min", 2, rate3 * 2, a3 * 2, paid=a3 * 2,
                           note="R1")]
        f["notes"] = [("R1", "Covered in full: physician referral on file for type 2 diabetes (E11.9). No copay "
                             "for in-network medical nutrition therapy.")]
        f["den"] = []
    elif kind == "oon":
        f["lines"] = [line(dates[0], "97802", "MNT initial", 4, rate2 * 4, 0, ok=False),
                      line(dates[1], "97803", "MNT reassessment", 3, rate3 * 3, 0, ok=False)]
        f["den"] = [0, 1]
        f["case_label"] = "Reference number:"
        f["case"] = pat(r, "GW-UM-26-99999")
        f["title"] = "Notice of Denial of Medical Payment"
        f["body"] = [f"We have denied payment for medical nutrition therapy (97802, 97803) you received from "
                     f"{prov} ({rd}). Your plan is an HMO. Except for emergencies, urgently needed care and "
                     "out-of-area dialysis, you must get covered services from providers in our network. "
                     f"{prov} is not in the Gullwing network, and no referral to an out-of-network dietitian "
                     "was approved.",
                     f"Your doctor, {REFDOCS[0]}, sent a referral for diabetes-related nutrition counseling; "
                     "in-network dietitians are available. Because the services were not received in network, "
                     "the plan will not pay."]
        f["appeal_text"] = (f"If you disagree, you may ask for a reconsideration within 65 days of the date of this "
                            f"notice. Write to {PLANS['GW']['org']}, Appeals Unit, {PLANS['GW']['addr']} or call "
                            f"{f['ph']} (TTY 711).")
        f["appeal_days"] = 65
    elif kind == "yr2":
        f["lines"] = [line(dates[1], "G0270", "MNT reassessment after change in diagnosis", 4, rate3 * 4, 0,
                           ok=False),
                      line(dates[2], "G0270", "MNT reassessment after change in diagnosis", 4, rate3 * 4, 0,
                           ok=False)]
        f["den"] = [0, 1]
        f["case_label"] = "Case number:"
        f["case"] = pat(r, "TB-26-999999")
        f["title"] = "Notice of Denial: Medical Nutrition Therapy Over the Yearly Limit"
        f["body"] = ["We reviewed the claim for medical nutrition therapy (G0270) billed by the outpatient "
                     f"nutrition clinic. After your first year, the plan covers 2 hours of medical nutrition "
                     f"therapy each calendar year. Our records show you used 2.0 hours earlier in "
                     f"{dates[1].year}. The additional hours are over the yearly limit and are not covered.",
                     "More hours can be covered only when your doctor sends a new referral for a change in your "
                     "diagnosis or treatment. We have no such referral on file."]
        f["appeal_text"] = (f"You have the right to appeal. Your appeal must be received by "
                            f"{fd(notice + dt.timedelta(days=60), ds)}. Send it to {PLANS['TB']['org']}, Appeals, "
                            f"{PLANS['TB']['addr']}.")
        f["appeal_days"] = 60
    for x in f["lines"]:
        for k in ("ch", "appr", "paid", "you"):
            x[k] = round(x[k], 2)
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    f["den_dates"] = [f["lines"][i]["dos"] for i in f["den"]] or [x["dos"] for x in f["lines"]]
    return f


def truth_of(f: dict) -> dict:
    k = f["kind"]
    all_dates = sorted({x["dos"].isoformat() for x in f["lines"]})
    den_dates = sorted({x.isoformat() for x in f["den_dates"]})
    alts = {"provider": [f["rd"]]}
    if den_dates != all_dates:
        alts["service_dates"] = [all_dates]
    common = dict(member_name=f["member"], claim_amount=m2(f["total"]), service_dates=den_dates,
                  denial_date=f["notice"].isoformat(), provider=f["prov"])
    if k in ("dx", "es_hours", "paid_msn"):
        alts["insurer"] = ["Centers for Medicare & Medicaid Services"]
        denial = {"dx": "not_covered", "es_hours": "not_covered", "paid_msn": None}[k]
        if k == "paid_msn":
            alts["appeal_deadline"] = [None]
        if k == "es_hours":
            alts["claim_amount"] = [m2(f["lines"][1]["ch"])]
        return truth("eob", denial, lang=f["lang"], insurer="Medicare", member_id=f["mbi"], case_numbers=[f["claim"]],
                     appeal_deadline=f["deadline"].isoformat(), alternates=alts, **common)
    p = f["plan"]
    if k in ("hours_eob", "paid_eob"):
        alts["insurer"] = [p["product"]]
        if k == "hours_eob":
            alts["claim_amount"] = [m2(f["lines"][2]["ch"])]
        else:
            alts["appeal_deadline"] = [None]
        return truth("eob", "not_covered" if k == "hours_eob" else None, insurer=p["org"], member_id=f["mid"],
                     group_number=f["group"], case_numbers=[f["claim"]],
                     appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(), alternates=alts, **common)
    alts["insurer"] = [p["product"]]
    return truth("denial_letter", "out_of_network" if k == "oon" else "not_covered", insurer=p["org"],
                 member_id=f["mid"], plan_id=p["pbp"], case_numbers=[f["case"]],
                 appeal_deadline=(f["notice"] + dt.timedelta(days=f["appeal_days"])).isoformat(),
                 alternates={**alts, "plan_id": [None]}, **common)


BUILD = {"dx": build_msn, "es_hours": build_msn, "paid_msn": build_msn, "hours_eob": build_eob,
         "paid_eob": build_eob, "oon": build_letter, "yr2": build_letter}

PLAN = [
    ("bd_msn_97802_diagnosis_not_diabetes_kidney", "born_digital", "dx", "long", "short"),
    ("bd_hmo_letter_dietitian_out_of_network", "born_digital", "oon", "abbr", "slash"),
    ("scan300_ma_eob_97803_over_first_year_3_hours", "scan_clean_300", "hours_eob", "slash", "slash"),
    ("lowres_ma_eob_paid_referral_on_file", "scan_lowres_150", "paid_eob", "dmy", "iso"),
    ("copy_msn_es_terapia_nutricion_horas", "photocopy", "es_hours", "es", "es"),
    ("faxstd_letter_g0270_second_year_2_hours", "fax_standard_g4", "yr2", "long", "slash"),
    ("rotated_msn_hospital_clinic_paid_referral", "rotated", "paid_msn", "upper", "short"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        r = random.Random(246500 + i)
        f = make(kind, r, ds, ls, 246500 + i)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
