"""Family 'smoking_cessation_counseling_session_limit_msn': Medicare Summary Notices (Part B), Medicare Advantage
EOBs and notices, a Part D coverage notice and a commercial plan letter on tobacco cessation counselling
(99406 intermediate 3-10 minutes, 99407 intensive over 10 minutes) and cessation drugs.

Cases: a ninth counselling session in 12 months denied (MSN; a Spanish MSN; a commercial plan letter with a plan-year
limit of 8 sessions); counselling billed on the same day as an office visit without modifier 25 on the visit
(MA Notice of Denial of Medical Payment; a rotated MSN); a nicotine patch prescription over the plan's 90-day-per-year
limit rejected (Part D Notice of Denial of Medicare Prescription Drug Coverage); counselling paid at no cost as a
preventive service (MA EOB).

Modelled from memory on the public MSN layout, the CMS model MA EOB, CMS-10003 and CMS-10146 wording. All people,
plans, practices, pharmacies and numbers are invented (555 phone numbers). Decoys: the hospital's tobacco quitline
(a phone number and a program name), the referring hospitalist, NPIs, the claims-processed period, the date a
request was received, the date of birth, prescription numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "smoking_cessation_counseling_session_limit_msn"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
FIRST = ["Thaddeus", "Oluwaseun", "Brunhilde", "Casimir", "Nkechi", "Ignatius", "Valdís", "Marcelino", "Ottilie",
         "Rashida", "Leopold", "Sigrun", "Dashiell", "Akosua", "Evander", "Philippa"]
LAST = ["Brackenridge", "Okonkwo-Hale", "Frostholm", "Delacroix", "Mwangi", "Thorvaldsen", "Pennington",
        "Zielinski", "Hargreave", "Oyarzun", "Kittredge", "Ballantyne", "Szczepanik", "Ravensworth"]
FIRST_ES = ["Anacleto", "Remedios", "Filiberto", "Consuelo", "Eustaquio", "Amparo"]
LAST_ES = ["Valdivieso", "Ocampo", "Urquidi", "Montemayor", "Bracamonte", "Zúñiga"]
STREETS = ["Windlass Court", "Pebblebrook Road", "Tanager Lane", "Old Cannery Way", "Foxglove Street"]
CITIES = [("Marrow Creek", "OH", "45691"), ("Pell Junction", "IA", "51463"), ("Ostrander Bay", "MI", "49790")]
CITIES_ES = [("San Isidro del Valle", "TX", "78588"), ("Colonia Verde", "AZ", "85936")]
class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer, margins=(14, 13, 14))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=50, size=9.4, h=5.1):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def wtable(self, head, rows, widths, size=7.4, aligns=None, h=5.0):
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.8, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, t, dry_run=True, output="LINES")) for t, w in zip(head, widths))
        hh = n * lh + 1.2
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
                self.cell(w, h, c[1:] if (bold and i == 0) else c, border=1, align=a)
            self.ln(h)
        self.ln(2)


def pat(r, p):
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in p)


def person(r, lang="en"):
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {r.choice('BCDEFGHJKLMNPRSTW')}. {last}", first, last


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


def line(dos, code, desc, ch, appr, ok=True, note="", you=None, paid=None):
    if not ok:
        appr, paid, you = 0.0, 0.0, 0.0
    else:
        paid = round(appr * 0.8, 2) if paid is None else paid
        you = round(appr - paid, 2) if you is None else you
    return dict(dos=dos, code=code, desc=desc, ch=ch, appr=appr, paid=paid, you=you, ok=ok, note=note)



def person(r, lang="en"):
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {r.choice('BCDEFGHJKLMNPRSTW')}. {last}"


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


def line(dos, code, desc, ch, appr, ok=True, note="", you=None, paid=None):
    if not ok:
        appr, paid, you = 0.0, 0.0, 0.0
    else:
        paid = round(appr * 0.8, 2) if paid is None else paid
        you = round(appr - paid, 2) if you is None else you
    return dict(dos=dos, code=code, desc=desc, ch=ch, appr=appr, paid=paid, you=you, ok=ok, note=note)


EN = dict(title="Medicare Summary Notice for Part B (Medical Insurance)",
          sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          nf="Notice for", num="Medicare Number", date="Date of This Notice", per="Claims Processed Between",
          approve="Did Medicare Approve All Services?", total="Total You May Be Billed",
          provs="Providers with Claims This Period", dash="Your Claims & Costs This Period",
          ded="Your Deductible Status", claims="Your Claims for Part B (Medical Insurance)",
          cn="Claim Number", by="Service Provided By",
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
          ded="Estado de su deducible", claims="Sus reclamaciones de la Parte B (Seguro Médico)",
          cn="Número de reclamación", by="Servicio prestado por",
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
    """f: lang, ds, ls, member, addr, mbi, notice, period, prac (name, addr), by, extra (label, value) lines,
    claim, lines, notes, ded_text, deadline, tail (extra paragraphs after the notes)."""
    es = f["lang"] == "es"
    T = ES if es else EN
    ds, ls = f["ds"], f["ls"]
    d = Page(footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    d.text_line(T["title"], 14, "B")
    d.text_line(T["sub"], 8.3)
    d.ln(4)
    y0 = d.get_y()
    for t in (f["member"].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(t, 10)
    d.set_xy(106, y0)
    for k, v in ((T["nf"], f["member"]), (T["num"], f["mbi"]), (T["date"], fd(f["notice"], ds)),
                 (T["per"], f"{fd(f['period'][0], ds)} – {fd(f['period'][1], ds)}")):
        d.set_x(106)
        d.font(7.8, "B")
        d.cell(44, 6.3, k)
        d.font(9)
        d.multi_cell(50, 6.3, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(104, y0 - 1.5, 98, d.get_y() - y0 + 3)
    d.set_y(max(d.get_y() + 4, y0 + 32))
    d.text_line(T["dash"], 11.5, "B")
    d.rule(0.5, 1.5)
    ok = all(x["ok"] for x in f["lines"])
    you = sum(x["you"] for x in f["lines"])
    d.rows([(T["approve"], T["yn"][0] if ok else T["yn"][1]), (T["total"], usd(you))], 78, 10)
    d.rows([(T["provs"], f"{f['prac'][0]}   {fd(min(x['dos'] for x in f['lines']), ds)}")], 78, 9.4)
    d.rows([(T["ded"], f["ded_text"])], 78, 9.2)
    d.ln(2)
    d.para(T["appeal"].format(d=fd(f["deadline"], ds)), 9.5)
    d.para(T["help"], 8.5)
    d.ln(1)
    d.text_line(T["claims"], 12, "B")
    d.rule(0.5, 1.5)
    d.text_line(f["prac"][0], 10, "B")
    d.text_line(f["prac"][1], 8.6)
    d.text_line(f"{T['by']}: {f['by']}", 8.6)
    for k, v in f.get("extra", []):
        d.text_line(f"{k}: {v}", 8.6)
    d.text_line(f"{T['cn']}: {f['claim']}", 8.6)
    d.ln(1)
    rows = [[f"{fd(x['dos'], ls)}  {x['desc']} ({x['code']})", T["yes"] if x["ok"] else T["no"], usd(x["ch"]),
             usd(x["appr"]), usd(x["paid"]), usd(x["you"]), x["note"]] for x in f["lines"]]
    t = [round(sum(x[k] for x in f["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
    rows.append(["*" + T["tot"], "", *[usd(v) for v in t], ""])
    d.wtable(T["head"], rows, [76, 16, 19, 19, 18, 19, 11], 7.2, "LCRRRRC")
    d.text_line(T["notes"], 10.5, "B")
    for k, v in f["notes"]:
        d.font(8.8, "B")
        d.cell(6, 4.5, k)
        d.font(8.8)
        d.multi_cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    for p in f.get("tail", []):
        d.para(p, 8.8)
    d.ln(2)
    d.text_line(T["handle"], 12, "B")
    d.rule(0.5, 1.5)
    d.para(T["appeal"].format(d=fd(f["deadline"], ds)), 9.5)
    for i, s in enumerate(T["steps"], 1):
        d.font(9)
        d.cell(6, 4.8, f"{i}.")
        d.multi_cell(0, 4.8, s, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def build_eob(f: dict) -> bytes:
    """An MA EOB: f has org dict (word, org, product, addr, pbp), member, addr, mid, notice, period, claim, prac,
    npi, by, received, lines, notes, ph, ds, ls, days (appeal window)."""
    p, ds = f["org"], f["ds"]
    d = Page(footer=f"{p['pbp'].split('-')[0]}_EOB26  ·  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(p["word"], 22, "B")
    d.rule(0.8, 1.2)
    d.text_line(f"{p['org']}  ·  {p['addr']}  ·  Member Services {f['ph']} (TTY 711)", 8)
    d.ln(4)
    d.text_line(f"{p['product']}  ·  Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill.", 10)
    d.ln(3)
    y0 = d.get_y()
    for t in (f["member"], *f["addr"]):
        d.text_line(t, 10)
    d.set_xy(112, y0)
    for k, v in (("Member", f["member"]), ("Member ID", f["mid"]), ("Plan (Contract-PBP)", p["pbp"]),
                 ("Date of this notice", fd(f["notice"], ds)),
                 ("Claims processed", f"{fd(f['period'][0], ds)} to {fd(f['period'][1], ds)}")):
        d.set_x(112)
        d.font(8, "B")
        d.cell(34, 5.2, k)
        d.font(9)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 2)
    d.font(9.5, "B")
    d.cell(0, 5, f"Claim {f['claim']}  ·  {f['prac'][0]}", new_x="LMARGIN", new_y="NEXT")
    d.font(8.4)
    d.cell(0, 4.4, f"Received {fd(f['received'], ds)}  ·  Provider NPI {f['npi']}  ·  {f['by']}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[fd(x["dos"], f["ls"]), f"{x['desc']} ({x['code']})", usd(x["ch"]), usd(x["appr"]), usd(x["paid"]),
             usd(x["you"]), x["note"]] for x in f["lines"]]
    t = [round(sum(x[k] for x in f["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
    rows.append(["*Claim total", "", *[usd(v) for v in t], ""])
    d.wtable(["Date of service", "Service", "Amount billed", "Plan-approved amount", "Plan's share", "Your share",
              "Note"], rows, [24, 72, 20, 20, 18, 18, 12], 7.4, "LLRRRRC")
    d.text_line("Notes about your claims", 10.5, "B")
    for k, v in f["notes"]:
        d.font(8.8, "B")
        d.cell(8, 4.5, k)
        d.font(8.8)
        d.multi_cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    for p2 in f.get("tail", []):
        d.para(p2, 8.8)
    d.ln(2)
    d.text_line("What if you disagree with a decision on this statement?", 10.5, "B")
    d.para(f"You have the right to appeal. Your request for an appeal (reconsideration) must be made within "
           f"{f.get('days', 65)} days of the date of this notice. Call Member Services at {f['ph']} (TTY 711), "
           "8 a.m. to 8 p.m., seven days a week, or write to the address above.", 9)
    return pdf_bytes(d)


def build_letter(f: dict, title: str, rows: list, paras: list, table=None, form: str | None = None) -> bytes:
    """A plan letter: letterhead, date, address block, title, key rows, optional table, paragraphs
    (a paragraph starting with '#' is a bold heading)."""
    p, ds = f["org"], f["ds"]
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    d.font(20, "B")
    d.cell(0, 9, p["word"], new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{p['org']}  |  {p['addr']}  |  {f['ph']} (TTY 711)", 8.2)
    d.rule(0.6, 4)
    d.text_line(fd(f["notice"], ds), 10)
    d.ln(2)
    for t in (f["member"], *f["addr"]):
        d.text_line(t, 10)
    d.ln(4)
    d.text_line(title, 13, "B")
    d.ln(1)
    d.rows(rows, 44, 9.8)
    d.ln(2)
    if table:
        d.wtable(*table)
    for t in paras:
        if t.startswith("#"):
            d.text_line(t[1:], 11, "B")
        else:
            d.para(t, 9.8)
    if form:
        d.text_line(form, 7)
    return pdf_bytes(d)


# ---------------------------------------------------------------- cases

PRACS = [("Pebblebrook Primary Care Associates", "410 Pebblebrook Road, Marrow Creek, OH 45691",
          "Dr. Imogen T. Vasquez-Aldana"),
         ("Ostrander Bay Pulmonary & Sleep, PC", "92 Tanager Lane, Ostrander Bay, MI 49790",
          "Dr. Caspian R. Oduya"),
         ("Pell Junction Family Medicine", "18 Foxglove Street, Pell Junction, IA 51463",
          "Philomena A. Grieves, NP"),
         ("Clínica Familiar San Isidro", "700 Old Cannery Way, San Isidro del Valle, TX 78588",
          "Dr. Evaristo L. Quintanar")]
QUITLINES = ["Marrow Creek General Hospital Tobacco Quitline", "Ostrander Bay Memorial Quit Smoking Line",
             "Pell Junction Regional Hospital QuitWell Line", "Línea para Dejar de Fumar del Hospital del Valle"]
PHARM = ("Windlass Court Pharmacy #0418", "3 Windlass Court, Ostrander Bay, MI 49790")
ORGS = {"MA": dict(word="TANAGER HEALTH", org="Tanager Health Plans, Inc.",
                   product="Tanager Medicare Advantage Classic (HMO)", addr="PO Box 77120, Marrow Creek, OH 45691",
                   pbp="H4417-006"),
        "PD": dict(word="FOXGLOVE Rx", org="Foxglove Prescription Plans", product="Foxglove Rx Basic (PDP)",
                   addr="PO Box 5528, Ostrander Bay, MI 49790", pbp="S8830-021"),
        "COM": dict(word="LARKSPUR MUTUAL", org="Larkspur Mutual Health Insurance Company",
                    product="Larkspur Choice PPO", addr="2200 Meridian Plaza, Pell Junction, IA 51463",
                    pbp="")}
DEADLINE_MSN = 120
S6 = "Tobacco cessation counseling, 3-10 min"
S7 = "Tobacco cessation counseling, over 10 min"
S6_ES = "Asesoramiento para dejar de fumar, 3-10 min"


def make(kind: str, r: random.Random, ds: str, ls: str) -> dict:
    lang = "es" if kind == "es_over8" else "en"
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    dos = notice - dt.timedelta(days=r.randint(24, 50))
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    pi = {"over8_msn": 0, "es_over8": 3, "mod25_ndp": 1, "mod25_msn": 2, "patch": 1, "paid_eob": 0,
          "com_limit": 2}[kind]
    pr = PRACS[pi]
    f = dict(kind=kind, lang=lang, ds=ds, ls=ls, notice=notice, dos=dos, member=person(r, lang),
             addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prac=pr[:2], by=pr[2],
             quit=QUITLINES[pi], qph=ph(r), mbi=mbi(r), npi=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             deadline=notice + dt.timedelta(days=DEADLINE_MSN), received=dos + dt.timedelta(days=r.randint(3, 9)),
             dob=dt.date(r.randint(1938, 1959), r.randint(1, 12), r.randint(1, 28)),
             ded_text="You have met your Part B deductible of $283.00 for 2026.")
    c6, c7, ov = fee(r, 28, 45), fee(r, 55, 80), fee(r, 150, 240)
    a6, a7 = round(r.uniform(15, 17), 2), round(r.uniform(28, 31), 2)
    if kind in ("over8_msn", "es_over8"):
        f["claim"] = pat(r, "99999999999999")
        n2 = dos + dt.timedelta(days=r.randint(7, 14))
        if kind == "es_over8":
            f["lines"] = [line(dos, "99406", S6_ES, c6, 0, ok=False, note="a")]
            f["ded_text"] = "Usted ha pagado el deducible de la Parte B de $283.00 para 2026."
            f["notes"] = [("a", "Medicare cubre hasta 8 sesiones de asesoramiento para dejar de fumar en un período "
                                "de 12 meses. Usted ya recibió 8 sesiones en este período. No tiene que pagar esta "
                                "cantidad.")]
            f["tail"] = [f"¿Quiere más ayuda para dejar de fumar? Llame gratis a la {f['quit']} al {f['qph']}."]
            f["by"] = pr[2]
        else:
            f["lines"] = [line(dos, "99406", S6, c6, 0, ok=False, note="a"),
                          line(n2, "99406", S6, c6, 0, ok=False, note="a")]
            f["notes"] = [("a", "Medicare pays for up to 8 tobacco cessation counseling sessions in a 12-month "
                                "period. Our records show you already had 8 sessions in this period. Your provider "
                                "may not bill you unless you signed a notice saying you would pay.")]
            f["tail"] = [f"Still want help quitting? The {f['quit']} offers free telephone coaching: {f['qph']}."]
        f["extra"] = [("Referred by" if lang == "en" else "Referido por", f["quit"])]
    elif kind == "mod25_msn":
        f["claim"] = pat(r, "99999999999999")
        f["lines"] = [line(dos, "99213", "Office/outpatient visit, established patient", ov, round(ov * .52, 2),
                           note="a"),
                      line(dos, "99406", S6, c6, 0, ok=False, note="b")]
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("b", "Counseling billed on the same day as an office visit can be paid only when the visit is "
                            "billed with modifier 25 to show it was a separate service. The visit was billed "
                            "without modifier 25. You do not have to pay this amount.")]
        f["tail"] = [f"Tobacco quitline help is free: {f['quit']}, {f['qph']}."]
    elif kind == "mod25_ndp":
        f["org"] = ORGS["MA"]
        f["claim"] = pat(r, "TH26-99999999")
        f["mid"] = pat(r, "TNG999999999")
        f["lines"] = [line(dos, "99214", "Office visit, established", ov, round(ov * .6, 2)),
                      line(dos, "99407", S7, c7, 0, ok=False)]
    elif kind == "patch":
        f["org"] = ORGS["PD"]
        f["mid"] = pat(r, "FXR99999999")
        f["case"] = pat(r, "CD-26-9999999")
        f["rx"] = pat(r, "RX 9999999")
        f["first_fill"] = dos - dt.timedelta(days=r.randint(95, 120))
    elif kind == "paid_eob":
        f["org"] = ORGS["MA"]
        f["claim"] = pat(r, "TH26-99999999")
        f["mid"] = pat(r, "TNG999999999")
        n2 = dos + dt.timedelta(days=r.randint(7, 21))
        f["lines"] = [line(dos, "99407", S7, c7, a7, paid=a7, you=0.0, note="P1"),
                      line(n2, "99407", S7, c7, a7, paid=a7, you=0.0, note="P1")]
        f["notes"] = [("P1", "Preventive service. Counseling to stop smoking or using tobacco is covered at no cost "
                             "to you: up to 8 sessions every 12 months. You have used 2 of 8.")]
        f["tail"] = [f"Free coaching between visits: {f['quit']} at {f['qph']}."]
        f["by"] = f"Rendering: {pr[2]}"
    elif kind == "com_limit":
        f["org"] = ORGS["COM"]
        f["mid"] = pat(r, "LMH999999999")
        f["group"] = pat(r, "GRP-99999")
        f["claim"] = pat(r, "2026999999999")
        n2 = dos + dt.timedelta(days=r.randint(6, 12))
        f["lines"] = [line(dos, "99407", S7, c7, 0, ok=False), line(n2, "99407", S7, c7, 0, ok=False)]
        f["deadline"] = notice + dt.timedelta(days=180)
    if "lines" in f:
        f["received"] = max(x["dos"] for x in f["lines"]) + dt.timedelta(days=r.randint(3, 9))
        f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    return f


def build_ndp(f: dict) -> bytes:
    x = f["lines"][1]
    rows = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['prac'][0]} ({f['by']})"), ("Date of service:", fd(f["dos"], f["ds"])),
            ("Total billed:", usd(f["total"]))]
    table = (["Code", "Service", "Billed", "Decision"],
             [[y["code"], y["desc"], usd(y["ch"]), "Paid" if y["ok"] else "Denied"] for y in f["lines"]],
             [20, 110, 25, 27], 8.4, "LLRL")
    paras = [f"We have denied payment for the following service you received from {f['prac'][0]}: "
             f"intensive tobacco cessation counseling (99407), billed at {usd(x['ch'])}. Counseling given on the same "
             "day as an office visit is paid only when the office visit is billed with modifier 25, showing that the "
             "visit was a significant, separately identifiable service. The office visit on this claim was billed "
             "without modifier 25, so the counseling cannot be paid as billed. Your provider may send a corrected "
             "claim. A network provider may not bill you for the denied service.",
             f"You were also referred to the {f['quit']} ({f['qph']}). Quitline coaching is free and is not part of "
             "this decision.",
             "#If you disagree with our decision, you have the right to appeal",
             f"You must ask for a reconsideration within 65 days of the date of this notice. Write to {f['org']['org']}, "
             f"Appeals and Grievances, {f['org']['addr']}, or call {f['ph']}. You may ask someone, such as a relative "
             "or your doctor, to file for you."]
    return build_letter(f, "NOTICE OF DENIAL OF MEDICAL PAYMENT", rows, paras, table,
                        "Form CMS-10003-NDMCP  OMB Approval 0938-0829")


def build_patch(f: dict) -> bytes:
    ds = f["ds"]
    rows = [("Enrollee's name:", f["member"]), ("Member ID:", f["mid"]), ("Date of birth:", fd(f["dob"], ds)),
            ("Case number:", f["case"]), ("Drug:", "Nicotine transdermal system 21 mg/24 hr, #28 patches"),
            ("Prescriber:", f"{f['by']}, {f['prac'][0]}"), ("Pharmacy:", PHARM[0]),
            ("Rx number:", f["rx"]), ("Date presented at pharmacy:", fd(f["dos"], ds))]
    paras = ["#We have denied your request for the prescription drug listed above",
             f"Your plan covers nicotine replacement patches for up to 90 days of therapy in a 12-month period. Our "
             f"records show you began therapy on {fd(f['first_fill'], ds)} and have already received 90 days. The "
             "prescription presented would exceed this limit, so it was rejected at the pharmacy. Your prescriber "
             "can ask for an exception if continued therapy is medically necessary. Other covered options include "
             "varenicline and bupropion SR. Counseling is also available from the "
             f"{f['quit']} at {f['qph']}.",
             "#You have the right to request a redetermination (appeal) of our decision",
             f"You must request a redetermination within 65 days of the date of this notice. Write or call "
             f"{f['org']['org']}, Part D Appeals, {f['org']['addr']}, {f['ph']}. If your health could be seriously "
             "harmed by waiting, ask for a fast (72-hour) decision."]
    return build_letter(f, "Notice of Denial of Medicare Prescription Drug Coverage", rows, paras,
                        form="Form CMS-10146  OMB Approval 0938-0976")


def build_com(f: dict) -> bytes:
    ds = f["ds"]
    rows = [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
            ("Plan:", f["org"]["product"]), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['prac'][0]}, {f['by']}"), ("Date received:", fd(f["received"], ds))]
    table = (["Date of service", "Code", "Description", "Billed", "Allowed", "Status"],
             [[fd(y["dos"], f["ls"]), y["code"], "Tobacco cessation counseling, >10 min", usd(y["ch"]), usd(0),
               "Denied - limit"] for y in f["lines"]] +
             [["", "", "Total", usd(f["total"]), usd(0), ""]], [26, 16, 70, 22, 20, 28], 8.2, "LLLRRL")
    paras = [f"Your plan covers tobacco cessation counseling as a preventive service with no cost sharing, up to "
             f"8 sessions per plan year (two quit attempts of four sessions each). Sessions 9 and 10, shown above, "
             f"exceed this benefit limit and are not covered. Benefit reference: Certificate of Coverage, Section "
             f"4.12 (Preventive Care). The provider may bill you for these charges.",
             f"Free help remains available through the {f['quit']}: {f['qph']}.",
             "#Your right to appeal",
             "If you disagree, you or your authorized representative may file an appeal within 180 days of the date "
             f"of this letter. Send it to Larkspur Mutual Appeals Unit, {f['org']['addr']}, or fax 1-555-310-4478. "
             "You may also request an external review after the internal appeal."]
    return build_letter(f, "Claim Determination: Benefit Limit Reached", rows, paras, table)


def truth_of(f: dict) -> dict:
    k = f["kind"]
    alts = {"provider": [f["by"].replace("Rendering: ", "")]}
    sd = sorted({x["dos"].isoformat() for x in f.get("lines", []) if not x["ok"]} or
                {x["dos"].isoformat() for x in f.get("lines", [])})
    common = dict(member_name=f["member"], denial_date=f["notice"].isoformat(), provider=f["prac"][0])
    if "lines" in f:
        common.update(claim_amount=m2(f["total"]), service_dates=sd, case_numbers=[f["claim"]])
    malt = {"insurer": ["Centers for Medicare & Medicaid Services"]}
    msn = dict(insurer="Medicare", member_id=f["mbi"], appeal_deadline=f["deadline"].isoformat())
    n65 = (f["notice"] + dt.timedelta(days=65)).isoformat()
    if k == "over8_msn":
        return truth("eob", "not_covered", alternates={**alts, **malt}, denial_alternates=["medical_necessity"],
                     **msn, **common)
    if k == "es_over8":
        return truth("eob", "not_covered", lang="es", alternates={**alts, **malt},
                     denial_alternates=["medical_necessity"], **msn, **common)
    if k == "mod25_msn":
        return truth("eob", "coding_error", alternates={**alts, **malt, "claim_amount": [m2(f["lines"][1]["ch"])]},
                     **msn, **common)
    if k == "mod25_ndp":
        return truth("denial_letter", "coding_error", insurer=f["org"]["org"], member_id=f["mid"],
                     appeal_deadline=n65, alternates={**alts, "claim_amount": [m2(f["lines"][1]["ch"])]}, **common)
    if k == "paid_eob":
        return truth("eob", None, insurer=f["org"]["org"], plan_id=f["org"]["pbp"], member_id=f["mid"],
                     appeal_deadline=n65, alternates={**alts, "insurer": [f["org"]["product"]], "plan_id": [None],
                                                       "appeal_deadline": [None]}, **common)
    if k == "com_limit":
        return truth("denial_letter", "not_covered", insurer=f["org"]["org"], member_id=f["mid"],
                     group_number=f["group"], appeal_deadline=f["deadline"].isoformat(),
                     alternates={**alts, "insurer": ["Larkspur Mutual"]}, **common)
    if k == "patch":
        return truth("denial_letter", "not_covered", insurer=f["org"]["org"], member_id=f["mid"],
                     member_name=f["member"], case_numbers=[f["case"]], claim_amount=None,
                     service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
                     provider=f["prac"][0], appeal_deadline=n65,
                     alternates={"provider": [f["by"], PHARM[0]], "service_dates": [[]],
                                 "insurer": [f["org"]["product"]]},
                     denial_alternates=["medical_necessity"])
    raise ValueError(k)


BUILD = {"over8_msn": build_msn, "es_over8": build_msn, "mod25_msn": build_msn, "mod25_ndp": build_ndp,
         "patch": build_patch, "paid_eob": build_eob, "com_limit": build_com}

# (stem suffix, condition, kind, date style, line date style)
PLAN = [
    ("bd_msn_99406_sessions_over_8_denied", "born_digital", "over8_msn", "long", "short"),
    ("bd_ma_eob_99407_preventive_no_cost", "born_digital", "paid_eob", "abbr", "slash"),
    ("scan300_ma_ndmp_99407_no_modifier_25", "scan_clean_300", "mod25_ndp", "slash", "slash"),
    ("lowres_partd_nicotine_patch_90_day_limit", "scan_lowres_150", "patch", "dmy", "dmy"),
    ("copy_msn_es_asesoramiento_mas_de_8", "photocopy", "es_over8", "es", "es_slash"),
    ("faxfine_commercial_letter_sessions_9_10_limit", "fax_fine_g4", "com_limit", "iso", "slash"),
    ("rotated_msn_99406_same_day_99213_no_25", "rotated", "mod25_msn", "upper", "short"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        r = random.Random(247500 + i)
        f = make(kind, r, ds, ls)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
