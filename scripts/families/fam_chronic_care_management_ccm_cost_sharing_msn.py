"""Family 'chronic_care_management_ccm_cost_sharing_msn': Medicare Summary Notices (Part B), Medicare Advantage
EOBs, plan letters and a practice letter on monthly chronic care management (CCM: 99490 first 20 minutes of clinical
staff time, 99439 each additional 20 minutes, 99487 complex CCM) and remote physiologic monitoring (RPM: 99454 device
supply with daily recordings, 99457 first 20 minutes of treatment management).

Cases: an all-approved MSN whose note explains the beneficiary's 20% coinsurance for a month of care given by phone;
a practice's letter explaining that coinsurance bill (consent date, care manager nurse, Medicare claim number); a
month of CCM denied because another practice was already paid CCM for the same calendar month (MA EOB, and an MSN
listing both practices' claims); the RPM device supply code denied because fewer than 16 days of readings were
transmitted in the 30-day period (MSN, and a plan letter to the practice behind a fax cover sheet); complex CCM
denied because the beneficiary's consent was not documented before the service began (MA plan letter, rotated).

Modelled from memory on the public MSN layout (Notice for / Medicare Number / Date of This Notice / Claims
Processed Between, "Did Medicare Approve All Services?", "Total You May Be Billed", claim table Service Provided &
Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount Medicare Paid /
Maximum You May Be Billed / See Notes, lettered notes, "Appeals must be filed by"), the CMS model MA EOB and the
CMS-10003 Notice of Denial of Payment wording. All people, plans, practices, numbers and phone numbers invented
(555 numbers). Decoys: the care manager nurse, supervising physician, consent date, records-received date, claims-
processed period, the other practice's paid claim, device set-up date, contract-PBP number, NPIs.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "chronic_care_management_ccm_cost_sharing_msn"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
FIRST = ["Philomena", "Anatoly", "Ngozi", "Bartholomew", "Yuki", "Ottilie", "Raimundo", "Sigrun", "Tavita",
         "Kazimierz", "Euphemia", "Hamid", "Leocadia", "Dashiell", "Parveen", "Wilhelmina"]
LAST = ["Okwuosa", "Haverkamp", "Tsosie", "Brannigan", "Lindqvist", "Mavromatis", "Oyinlola", "Castellanos",
        "Fairweather", "Yamaguchi", "Dziedzic", "Rahimi", "Penberthy", "Adeyemi", "Kowalski", "Thibodeaux"]
FIRST_ES = ["Eustaquio", "Remedios", "Anselmo", "Consuelo", "Wenceslao", "Amparo", "Teodora", "Fulgencio"]
LAST_ES = ["Arredondo", "Barrientos", "Cifuentes", "Echevarría", "Galarza", "Llamas", "Olivares", "Quiñones"]
NURSES = ["Marguerite L. Ashdown, RN", "Temperance O. Nwachukwu, RN", "Dorothea K. Vasilakis, RN",
          "Benedikt A. Morrow, RN", "Imelda R. Sandoval, RN"]
DOCTORS = ["Dr. Cassius P. Whitlock", "Dr. Anjali V. Deshpande", "Dr. Ruairi T. Gallagher",
           "Dr. Solveig M. Hedlund", "Dr. Kwabena F. Asante"]
STREETS = ["Quillback Lane", "Tamarisk Court", "Ferrier Road", "Gullwing Avenue", "Morrow Hollow Drive",
           "Pennycress Way"]
CITIES = [("Halverton", "MN", "55917"), ("Esterbrook", "OH", "44871"), ("Covell Springs", "MO", "65629"),
          ("Wendover Bluff", "IA", "52651")]
CITIES_ES = [("San Albino", "TX", "78593"), ("Villa Cerrito", "NM", "88034")]


class Page(Doc):
    """A letter page in DejaVu (regular and bold), so Spanish and dashes print."""

    def __init__(self, footer: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=footer, header=header, margins=(14, 13, 14))
        self.add_font("DejaVu", "B", BOLD)

    def wtable(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 7.6,
               aligns: str | None = None, row_h: float = 5.0):
        """A ruled table whose header cells may wrap (as an MSN's do); rows starting with '*' print bold."""
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.9, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.2
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for h, w in zip(head, widths):
            self.rect(x, y0, w, hh)
            self.set_xy(x + 0.3, y0 + 0.5)
            self.multi_cell(w - 0.6, lh, h, new_x="RIGHT", new_y="TOP", align="L")
            x += w
        self.set_xy(x0, y0 + hh)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, row_h, c[1:] if (i == 0 and bold) else c, border=1, align=a)
            self.ln(row_h)
        self.ln(2)

    def label_rows(self, rows: list[tuple[str, str]], lw: float = 50, size: float = 9.5, h: float = 5.2):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- small helpers (shared with the AWV family)

def person(r: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("BCDEFGHJKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def address(r: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{r.randint(18, 9760)} {r.choice(STREETS)}", f"{city}, {st} {z}"


def pattern(r: random.Random, pat: str) -> str:
    """A = letter (no S L O I B Z), 9 = digit, other characters kept."""
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def mbi(r: random.Random) -> str:
    return str(r.randint(1, 9)) + pattern(r, "AA9AA9AA99")


def phone(r: random.Random) -> str:
    return f"(555) {r.randint(210, 980)}-{r.randint(1000, 9999)}"


def tollfree(r: random.Random) -> str:
    return f"1-555-{r.randint(210, 980)}-{r.randint(1000, 9999)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def iso(a: dt.date, b: dt.date | None = None) -> str:
    return a.isoformat() if b is None or b == a else f"{a.isoformat()}/{b.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "short": d.strftime("%m/%d/%y"), "long": d.strftime("%B %-d, %Y"),
            "iso": d.isoformat(), "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "upper": d.strftime("%b %d, %Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "es_slash": d.strftime("%d/%m/%Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "flat": f"${v:.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def charge(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, r.randint(1, 99) / 100]), 2)


def line(dates, code, desc, ch, appr, approved=True, note="", you=None, paid=None):
    """One service line: dates = (start, end); amounts in dollars."""
    if not approved:
        appr, paid, you = 0.0, 0.0, 0.0 if you is None else you
    else:
        paid = round(appr * 0.8, 2) if paid is None else paid
        you = round(appr - paid, 2) if you is None else you
    return dict(dates=dates, code=code, desc=desc, ch=ch, appr=appr, paid=paid, you=you, ok=approved, note=note)


# ---------------------------------------------------------------- Medicare Summary Notice (Part B)

MSN_EN = dict(
    title="Medicare Summary Notice for Part B (Medical Insurance)",
    sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
    notice_for="Notice for", number="Medicare Number", date="Date of This Notice", period="Claims Processed Between",
    approve="Did Medicare Approve All Services?", total="Total You May Be Billed",
    providers="Providers with Claims This Period", dash="Your Claims & Costs This Period",
    deductible="Your Deductible Status", claims="Your Claims for Part B (Medical Insurance)",
    claim_no="Claim Number", referred="Referred by", serv_by="Service Provided By",
    head=["Date(s) of Service", "Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
          "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"],
    totals="Total for Claim", notes="Notes for Claims Above", yes="Yes", no="No", yn=("YES", "NO"),
    handle="How to Handle Denied Claims or Appeal",
    appeal="If you disagree with a claims decision on this notice, you can file an appeal. Appeals must be filed by "
           "{d}.",
    steps=["Circle the service(s) or claim(s) you disagree with on this notice.",
           "Explain in writing why you disagree with the decision, or write it on this page.",
           "Include your name, full address and Medicare Number on all documents you send.",
           "Sign here: ____________________   Phone number: ____________________",
           "Mail this page and any documents to the Medicare contractor address listed in the claim."],
    ded_text="You have met your Part B deductible of $283.00 for 2026.",
    be_informed="Be Informed! Beware of people who call and ask for your Medicare Number. Medicare will never call "
                "you to ask for it.",
    help="Get help with this notice: call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.")
MSN_ES = dict(
    title="Resumen de Medicare para la Parte B (Seguro Médico)",
    sub="El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid",
    notice_for="Aviso para", number="Número de Medicare", date="Fecha de este aviso",
    period="Reclamaciones procesadas entre", approve="¿Aprobó Medicare todos los servicios?",
    total="Total que se le puede facturar", providers="Proveedores con reclamaciones en este período",
    dash="Sus reclamaciones y costos de este período", deductible="Estado de su deducible",
    claims="Sus reclamaciones de la Parte B (Seguro Médico)", claim_no="Número de reclamación",
    referred="Referido por", serv_by="Servicio prestado por",
    head=["Fecha(s) de servicio", "Servicio prestado y código de facturación", "¿Servicio aprobado?",
          "Cantidad que cobró el proveedor", "Cantidad aprobada por Medicare", "Cantidad que pagó Medicare",
          "Lo máximo que se le puede facturar", "Ver notas"],
    totals="Total reclamación", notes="Notas sobre las reclamaciones", yes="Sí", no="No", yn=("SÍ", "NO"),
    handle="Cómo manejar las reclamaciones denegadas o apelar",
    appeal="Si no está de acuerdo con una decisión de este aviso, puede apelar. Las apelaciones deben presentarse a "
           "más tardar el {d}.",
    steps=["Encierre en un círculo los servicios o reclamaciones con los que no está de acuerdo.",
           "Explique por escrito por qué no está de acuerdo con la decisión.",
           "Incluya su nombre, dirección completa y Número de Medicare en todos los documentos.",
           "Firme aquí: ____________________   Teléfono: ____________________",
           "Envíe esta página a la dirección del contratista de Medicare que aparece en la reclamación."],
    ded_text="Usted ha pagado su deducible de la Parte B de $283.00 para 2026.",
    be_informed="¡Infórmese! Tenga cuidado con las personas que llaman y le piden su Número de Medicare.",
    help="Para obtener ayuda, llame al 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.")


def msn(d: Page, f: dict) -> None:
    """f: lang, member, addr, mbi_print, notice, period, claims [dict(prov, paddr, claim, by, ref, lines)], notes,
    deadline, ds (date style), ls (line date style)."""
    T = MSN_ES if f["lang"] == "es" else MSN_EN
    ds, ls = f["ds"], f.get("ls", "short")
    es = f["lang"] == "es"
    d.add_page()
    d.text_line(T["title"], 14, "B")
    d.text_line(T["sub"], 8.5)
    d.ln(4)
    y0 = d.get_y()
    m = f["member"]
    for ln in (m[0].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(ln, 10)
    d.set_xy(106, y0)
    rows = [(T["notice_for"], m[0]), (T["number"], f["mbi_print"]), (T["date"], fdate(f["notice"], ds)),
            (T["period"], f"{fdate(f['period'][0], ds)} – {fdate(f['period'][1], ds)}")]
    for k, v in rows:
        d.set_x(106)
        d.font(7.8, "B")
        d.cell(44, 6.5, k)
        d.font(9)
        d.multi_cell(50, 6.5, v, new_x="LMARGIN", new_y="NEXT", align="L")
    d.rect(104, y0 - 1.5, 98, d.get_y() - y0 + 3)
    d.set_y(max(d.get_y() + 4, y0 + 32))
    d.text_line(T["dash"], 11.5, "B")
    d.rule(0.5, 1.5)
    all_ok = all(ln["ok"] for c in f["claims"] for ln in c["lines"])
    you = sum(ln["you"] for c in f["claims"] for ln in c["lines"])
    d.label_rows([(T["approve"], T["yn"][0] if all_ok else T["yn"][1]), (T["total"], usd(you))], 78, 10)
    d.label_rows([(T["providers"], "")], 78, 9.5)
    for c in f["claims"]:
        first = min(ln["dates"][0] for ln in c["lines"])
        d.font(9)
        d.cell(8, 5, "")
        d.cell(0, 5, f"{c['prov']}    {fdate(first, ds)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.label_rows([(T["deductible"], T["ded_text"])], 78, 9.5)
    d.ln(2)
    d.para(T["appeal"].format(d=fdate(f["deadline"], ds)), 9.5)
    d.para(T["be_informed"], 8.5)
    d.para(T["help"], 8.5)
    d.ln(3)
    d.text_line(T["claims"], 12, "B")
    d.rule(0.5, 1.5)
    for c in f["claims"]:
        d.font(10, "B")
        d.cell(0, 5.2, c["prov"], new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 4.4, c["paddr"], new_x="LMARGIN", new_y="NEXT")
        if c.get("by"):
            d.cell(0, 4.4, f"{T['serv_by']}: {c['by']}", new_x="LMARGIN", new_y="NEXT")
        if c.get("ref"):
            d.cell(0, 4.4, f"{T['referred']}: {c['ref']}", new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 4.4, f"{T['claim_no']}: {c['claim']}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        rows = []
        for ln in c["lines"]:
            a, b = ln["dates"]
            when = fdate(a, ls) if a == b else f"{fdate(a, ls)} - {fdate(b, ls)}"
            rows.append([when, f"{ln['desc']} ({ln['code']})", T["yes"] if ln["ok"] else T["no"], usd(ln["ch"]),
                         usd(ln["appr"]), usd(ln["paid"]), usd(ln["you"]), ln["note"]])
        tot = [round(sum(ln[k] for ln in c["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
        rows.append(["*" + T["totals"], "", "", *[usd(v) for v in tot], ""])
        d.wtable(T["head"], rows, [27, 60, 16, 19, 19, 18, 19, 10], 7.2, "LLCRRRRC")
    d.text_line(T["notes"], 10.5, "B")
    for k, v in f["notes"]:
        d.font(8.8, "B")
        d.cell(6, 4.5, k)
        d.font(8.8)
        d.multi_cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(3)
    d.text_line(T["handle"], 12, "B")
    d.rule(0.5, 1.5)
    d.para(T["appeal"].format(d=fdate(f["deadline"], ds)), 9.5)
    for i, s in enumerate(T["steps"], 1):
        d.font(9)
        d.cell(6, 4.8, f"{i}.")
        d.multi_cell(0, 4.8, s, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(("Si necesita más información sobre sus derechos de apelación, lea \"Medicare y Usted\"." if es else
            "If you want more information about your appeal rights, see \"Medicare & You\" or visit "
            "Medicare.gov/appeals."), 8.5)


# ---------------------------------------------------------------- Medicare Advantage EOB

def ma_eob(d: Page, f: dict) -> None:
    """f: plan dict(org, product, pbp, word, addr, phone), member, addr, mid, notice, month, period, claims, notes, ds."""
    p, ds = f["plan"], f["ds"]
    d.add_page()
    d.text_line(p["word"], 22, "B")
    d.rule(0.8, 1.2)
    d.text_line(f"{p['org']}  ·  {p['addr']}  ·  Member Services {f['ph']} (TTY 711)", 8)
    d.ln(4)
    d.text_line(f"{p['product']}  ·  Explanation of Benefits", 13, "B")
    d.text_line(f"Your Medicare Advantage health care claims for {f['month']}", 10)
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10)
    d.set_xy(112, y0)
    for k, v in (("Member", f["member"][0]), ("Member ID", f["mid"]), ("Plan (Contract-PBP)", p["pbp"]),
                 ("Date of this notice", fdate(f["notice"], ds)),
                 ("Claims processed", f"{fdate(f['period'][0], ds)} to {fdate(f['period'][1], ds)}")):
        d.set_x(112)
        d.font(8, "B")
        d.cell(34, 5.2, k)
        d.font(9)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28))
    d.ln(2)
    tot = [round(sum(ln[k] for c in f["claims"] for ln in c["lines"]), 2) for k in ("ch", "paid", "you")]
    d.text_line("Summary of claims this month", 11, "B")
    d.wtable(["", "Total cost of your care (billed)", "The plan paid", "Your share"],
             [["This month", *[usd(v) for v in tot]],
              ["Year to date", *[usd(v + y) for v, y in zip(tot, f.get("ytd", (0, 0, 0)))]]],
             [40, 50, 45, 45], 8.5, "LRRR")
    d.text_line("Your claims in detail", 11, "B")
    d.rule(0.4, 1.2)
    for c in f["claims"]:
        d.font(9.5, "B")
        d.cell(0, 5, f"Claim {c['claim']}  ·  {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.4)
        extra = f"  ·  Billing provider: {c['by']}" if c.get("by") else ""
        d.cell(0, 4.4, f"Received {fdate(c['received'], ds)}{extra}  ·  Provider NPI {c['npi']}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        rows = []
        for ln in c["lines"]:
            a, b = ln["dates"]
            lds = f.get("ls", "short")
            when = fdate(a, lds) if a == b else f"{fdate(a, lds)} - {fdate(b, lds)}"
            rows.append([when, f"{ln['desc']} ({ln['code']})", usd(ln["ch"]), usd(ln["appr"]), usd(ln["paid"]),
                         usd(ln["you"]), ln["note"]])
        t = [round(sum(ln[k] for ln in c["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
        rows.append(["*Claim total", "", *[usd(v) for v in t], ""])
        d.wtable(["Date(s) of service", "Service", "Amount billed", "Plan-approved amount", "Plan's share",
                  "Your share", "Note"], rows, [30, 66, 20, 20, 18, 18, 12], 7.4, "LLRRRRC")
    d.text_line("Notes about your claims", 10.5, "B")
    for k, v in f["notes"]:
        d.font(8.8, "B")
        d.cell(8, 4.5, k)
        d.font(8.8)
        d.multi_cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(2)
    d.text_line("What if you disagree with a decision on this statement?", 10.5, "B")
    d.para(f"You have the right to appeal. Your request for an appeal (reconsideration) must be made within 65 days "
           f"of the date of this notice. Call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven "
           "days a week, or write to the address above. This is not a bill.", 9)
    d.text_line(f"{p['pbp'].split('-')[0]}_EOB26_M", 6.5)


# ---------------------------------------------------------------- plans, practices

PLANS = {
    "TR": dict(org="Tregarthen Health Plan", product="Tregarthen Senior Advantage (HMO)", pbp="H5127-004",
               word="TREGARTHEN", addr="PO Box 61180, Halverton, MN 55917"),
    "CW": dict(org="Carnewas Medicare Health Plan", product="Carnewas Choice Advantage (PPO)", pbp="H3390-011",
               word="CARNEWAS", addr="PO Box 8804, Esterbrook, OH 44871"),
}
PRACTICES = [("Mossgiel Primary Care Associates", "410 Ferrier Road, Suite 2, Halverton, MN 55917"),
             ("Kinloch Internal Medicine, PC", "88 Gullwing Avenue, Esterbrook, OH 44871"),
             ("Ardmhor Heart & Vascular Clinic", "1201 Tamarisk Court, Covell Springs, MO 65629"),
             ("Benbecula Family Medicine", "57 Pennycress Way, Wendover Bluff, IA 52651")]


def ccm_month(r: random.Random, start: dt.date) -> tuple[dt.date, dt.date]:
    return start, month_end(start)


def facts(r: random.Random, kind: str, ds: str) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    m0 = dt.date(notice.year, notice.month, 1)
    back = r.randint(1, 2)
    ms = dt.date(m0.year - (m0.month <= back), (m0.month - back - 1) % 12 + 1, 1)
    mon = (ms, month_end(ms))
    pr = list(PRACTICES)
    r.shuffle(pr)
    f = dict(kind=kind, ds=ds, notice=notice, mon=mon, member=person(r), addr=address(r), mbi=mbi(r),
             prac=pr[0], other=pr[1], nurse=r.choice(NURSES), doc=r.choice(DOCTORS), npi=npi(r), npi2=npi(r),
             claim=pattern(r, "99999999999999"), claim2=pattern(r, "99999999999999"), ph=tollfree(r),
             pph=phone(r), fax=phone(r), consent=days(ms, -r.randint(40, 200)),
             period=(days(notice, -r.randint(28, 31)), days(notice, -1)), lang="en")
    if kind in ("coins", "letter"):
        f["lines"] = [line(mon, "99490", "Chronic care mgmt, first 20 min", charge(r, 88, 118), 60.49),
                      line(mon, "99439", "Chronic care mgmt, addl 20 min", charge(r, 66, 92), 45.93)]
    elif kind in ("dup_eob", "dup_msn"):
        f["lines"] = [line(mon, "99490", "Chronic care mgmt, first 20 min", charge(r, 90, 125), 0, False, "A"),
                      line(mon, "99439", "Chronic care mgmt, addl 20 min", charge(r, 65, 90), 0, False,
                           "A")]
        f["other_lines"] = [line(mon, "99490", "Chronic care mgmt, first 20 min", charge(r, 85, 115), 60.49)]
    elif kind in ("rpm_msn", "rpm_fax"):
        ndays = r.choice([9, 11, 13, 14, 15])
        f["ndays"] = ndays
        f["setup"] = days(ms, -r.randint(20, 70))
        f["lines"] = [line(mon, "99454", "Remote monitoring device supply", charge(r, 60, 78), 0,
                           False, "A"),
                      line(mon, "99457", "Remote monitoring mgmt, first 20 min", charge(r, 52, 70),
                           47.87)]
    elif kind == "consent":
        f["lines"] = [line(mon, "99487", "Complex chronic care mgmt, 60 min", charge(r, 135, 185), 0,
                           False, "A")]
        f["received"] = days(notice, -r.randint(8, 20))
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    return f


def build(f: dict) -> bytes:
    k, ds = f["kind"], f["ds"]
    prac, paddr = f["prac"]
    d = Page(footer="Page {p} of {n}")
    if k in ("coins", "dup_msn", "rpm_msn"):
        claims = [dict(prov=prac, paddr=paddr, claim=f["claim"], lines=f["lines"],
                       by=None if k == "dup_msn" else f["doc"])]
        if k == "coins":
            notes = [("A", "This service was care management given by phone and through the patient portal by the "
                           "practice's clinical staff under a doctor's supervision. It is covered by Medicare Part B. "
                           "You pay 20% of the Medicare-approved amount (coinsurance), even though you did not have an "
                           "office visit. If you have other insurance, it may pay this amount.")]
            for ln in f["lines"]:
                ln["note"] = "A"
        elif k == "dup_msn":
            other = dict(prov=f["other"][0], paddr=f["other"][1], claim=f["claim2"], lines=f["other_lines"])
            claims = [other, claims[0]]
            notes = [("A", "Medicare already paid another provider for chronic care management for this calendar "
                           "month. Only one practitioner can be paid for these services each month. You do not have "
                           "to pay this amount. (CO-B20)")]
        else:
            notes = [("A", f"The device supply code is paid only when readings are transmitted on at least 16 days "
                           f"of the 30-day period. The records show readings on {f['ndays']} days. This service is "
                           "not covered. You do not have to pay this amount unless you signed a notice saying you "
                           "would pay. (CO-B15)")]
        g = dict(lang="en", member=f["member"], addr=f["addr"], mbi_print=f["mbi"], notice=f["notice"],
                 period=f["period"], claims=claims, notes=notes, deadline=days(f["notice"], 120), ds=ds,
                 ls=f.get("ls", "short"))
        msn(d, g)
    elif k == "dup_eob":
        p = PLANS["TR"]
        decoy = dict(claim=f["claim2"], prov=f["other"][0], by=f["doc"], received=days(f["notice"], -21),
                     npi=f["npi2"], lines=f["other_lines"])
        mine = dict(claim=f["claim"], prov=prac, by=None, received=days(f["notice"], -12), npi=f["npi"],
                    lines=f["lines"])
        for ln in f["other_lines"]:
            ln["note"], ln["paid"], ln["you"] = "", round(ln["appr"] - 10, 2), 10.0
        notes = [("A", f"Denied. Chronic care management for {f['mon'][0].strftime('%B %Y')} was already paid to "
                       f"another provider ({f['other'][0]}). The plan pays only one practice for care management in a "
                       "calendar month. You are not responsible for this charge; the provider may not bill you.")]
        g = dict(plan=p, member=f["member"], addr=f["addr"], mid=f["mid"], notice=f["notice"],
                 month=f["notice"].strftime("%B %Y"), period=f["period"], claims=[decoy, mine], notes=notes, ds=ds, ph=f["ph"])
        ma_eob(d, g)
    elif k == "letter":
        practice_letter(d, f)
    elif k == "consent":
        consent_letter(d, f)
    elif k == "rpm_fax":
        rpm_letter(d, f)
    return pdf_bytes(d)


def practice_letter(d: Page, f: dict) -> None:
    prac, paddr = f["prac"]
    ds = f["ds"]
    d.add_page()
    d.text_line(prac, 15, "B")
    d.text_line(paddr, 9)
    d.text_line(f"Billing Office {f['pph']}  ·  Fax {f['fax']}", 9)
    d.rule(0.5, 4)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Why you received a bill for care management", 12.5, "B")
    d.ln(1)
    paid = sum(x["paid"] for x in f["lines"])
    you = sum(x["you"] for x in f["lines"])
    d.label_rows([("Patient:", f["member"][0]), ("Account number:", f["acct"]),
                  ("Service month:", f"{fdate(f['mon'][0], ds)} through {fdate(f['mon'][1], ds)}"),
                  ("Medicare claim number:", f["claim"]), ("Total charges:", usd(f["total"])),
                  ("Medicare paid:", usd(paid)), ("Your coinsurance (20%):", usd(you))], 52, 9.8)
    d.ln(3)
    d.para(f"Dear {f['member'][1]} {f['member'][3]}: You may not remember visiting us during this month, and that is "
           "why we are writing. Our Chronic Care Management program checks on you between visits. During the month "
           f"above, our care manager, {f['nurse']}, spent more than 40 minutes with you by phone reviewing your "
           "blood pressure log, your medicines and your follow-up appointments, under the supervision of "
           f"{f['doc']}.", 10)
    d.para(f"When you joined the program on {fdate(f['consent'], ds)}, you agreed (by phone, recorded in your chart) "
           "that Medicare Part B covers this service like an office visit: Medicare pays 80% of its approved amount "
           "and you pay the other 20%. Medicare processed the claim and paid its share. The amount shown as your "
           "coinsurance is what you owe us; if you have a Medicare Supplement (Medigap) plan, we have sent the "
           "balance to it and you will receive a new statement.", 10)
    d.para("You may stop the program at any time by calling us; it will end at the close of that calendar month. "
           "This letter is not a Medicare decision. Your Medicare Summary Notice explains how to appeal Medicare's "
           "decision if you disagree with it.", 10)
    d.ln(3)
    d.text_line("Sincerely,", 10)
    d.text_line("Patient Accounts", 10)
    d.text_line(prac, 10)


def plan_head(d: Page, p: dict, f: dict, fax_to: str | None = None) -> None:
    if fax_to:
        d.text_line(f"{fdate(f['notice'], 'short')} 09:{f['notice'].day + 10:02d}  FROM: {p['org'].upper()} UM   "
                    f"TO: {fax_to.upper()}   FAX {f['fax']}", 7.5)
        d.ln(2)
    d.text_line(p["word"], 22, "B")
    d.rule(0.8, 1.2)
    d.text_line(f"{p['org']}  ·  {p['product']}  ·  {p['addr']}", 8)
    d.ln(6)


def consent_letter(d: Page, f: dict) -> None:
    p, ds = PLANS["CW"], f["ds"]
    prac, paddr = f["prac"]
    d.add_page()
    plan_head(d, p, f)
    d.text_line(f"Date: {fdate(f['notice'], ds)}", 10)
    d.ln(2)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", "C")
    d.ln(2)
    d.label_rows([("Name:", f["member"][0]), ("Member number:", f["mid"]), ("Claim number:", f["claim"]),
                  ("Service:", "Complex chronic care management (CPT 99487)"),
                  ("Service period:", f"{fdate(f['mon'][0], ds)} - {fdate(f['mon'][1], ds)}"),
                  ("Provider:", f"{prac}, {paddr}"),
                  ("Care manager on claim:", f["nurse"]), ("Amount billed:", usd(f["total"]))], 48, 9.6)
    d.ln(2)
    d.para("We have denied payment for the medical service listed above that you received. We denied this payment "
           "because:", 10)
    d.para(f"Before chronic care management can start, the patient must agree to it, and the agreement (spoken or "
           f"written) must be recorded in the medical record. We asked {prac} for the records. The records we "
           f"received on {fdate(f['received'], ds)} include the care plan and the call notes for the month, but "
           "they do not show that you gave consent before the service began. Without documented consent the plan "
           "cannot pay this claim. You do not have to pay this provider for this service.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You have the right to ask us to review (reconsider) this decision. Your request must be made in writing "
           "within 65 days of the date of this notice. We can give you more time if you have a good reason. Send "
           f"your appeal to {p['org']}, Appeals Department, {p['addr']}. If your provider sends us the signed "
           "consent or a note showing when you agreed by phone, we may reopen the claim.", 10)
    d.para(f"If you have questions, call Member Services at {f['ph']} (TTY 711).", 10)
    d.ln(2)
    d.text_line(f"cc: {prac}", 8.5)
    d.text_line("Form CMS-10003-NDMCP (approved)    H3390_DENPAY26", 7)


def rpm_letter(d: Page, f: dict) -> None:
    p, ds = PLANS["TR"], f["ds"]
    prac, paddr = f["prac"]
    d.add_page()
    plan_head(d, p, f, fax_to=prac)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(2)
    d.text_line(prac, 10)
    d.text_line("Attn: Billing / Remote Monitoring Program", 10)
    d.text_line(paddr, 10)
    d.ln(4)
    d.text_line("Provider Notice: Claim Line Denied", 13, "B")
    d.ln(1)
    d.label_rows([("Patient:", f["member"][0]), ("Member ID:", f["mid"]), ("Claim #:", f["claim"]),
                  ("Rendering / billing NPI:", f["npi"]),
                  ("Monitoring period:", f"{fdate(f['mon'][0], ds)} to {fdate(f['mon'][1], ds)}"),
                  ("Device set-up (99453) billed:", fdate(f["setup"], ds)),
                  ("Total charges:", usd(f["total"]))], 62, 9.6)
    d.ln(2)
    d.wtable(["Service period", "Code", "Description", "Charges", "Allowed", "Paid", "Status"],
             [[f"{fdate(x['dates'][0], 'short')}-{fdate(x['dates'][1], 'short')}", x["code"], x["desc"][:40],
               usd(x["ch"]), usd(x["appr"]), usd(x["paid"]), "Paid" if x["ok"] else "Denied"] for x in f["lines"]],
             [33, 14, 68, 18, 18, 17, 14], 7.8, "LLLRRRL")
    d.para(f"Reason for denial: the device supply code 99454 requires physiologic data collected and transmitted "
           f"on at least 16 days in each 30-day period. The transmission report you sent shows readings on "
           f"{f['ndays']} days, so 99454 is not payable for this period. The treatment management line (99457) was "
           "paid. As a contracted provider you may not bill the member for the denied line.", 9.8)
    d.para("To request a reconsideration, send a written request with the full transmission log within 60 days of "
           f"the date of this notice to {p['org']}, Provider Appeals, {p['addr']}. Questions: Provider Services "
           f"{f['ph']}.", 9.8)
    d.text_line(f"Care coordinator on file: {f['nurse']}", 8.5)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    prac = f["prac"][0]
    mon = iso(*f["mon"])
    common = dict(member_name=f["member"][0], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[mon], denial_date=iso(f["notice"]), provider=prac)
    alts: dict = {}
    if k == "coins":
        alts = {"provider": [f["doc"]], "insurer": ["Centers for Medicare & Medicaid Services"],
                "appeal_deadline": [None]}
        return truth("eob", None, insurer="Medicare", member_id=f["mbi"], appeal_deadline=iso(days(f["notice"], 120)),
                     alternates=alts, type_alternates=["other"], **common)
    if k == "letter":
        alts = {"insurer": ["Medicare"], "provider": [f["doc"]]}
        return truth("other", None, insurer=prac, alternates=alts, **common)
    if k == "dup_msn":
        return truth("eob", "other", insurer="Medicare", member_id=f["mbi"],
                     appeal_deadline=iso(days(f["notice"], 120)), denial_alternates=["not_covered"],
                     alternates={"insurer": ["Centers for Medicare & Medicaid Services"]}, **common)
    if k == "rpm_msn":
        alts = {"provider": [f["doc"]], "claim_amount": [m2(f["lines"][0]["ch"])],
                "insurer": ["Centers for Medicare & Medicaid Services"]}
        return truth("eob", "not_covered", insurer="Medicare", member_id=f["mbi"],
                     appeal_deadline=iso(days(f["notice"], 120)), denial_alternates=["other", "coding_error"],
                     alternates=alts, **common)
    if k == "dup_eob":
        p = PLANS["TR"]
        return truth("eob", "other", insurer=p["org"], plan_id=p["pbp"], member_id=f["mid"],
                     appeal_deadline=iso(days(f["notice"], 65)), denial_alternates=["not_covered"],
                     alternates={"plan_id": [None], "insurer": [p["product"]]}, **common)
    if k == "consent":
        p = PLANS["CW"]
        return truth("denial_letter", "other", insurer=p["org"], member_id=f["mid"],
                     appeal_deadline=iso(days(f["notice"], 65)), denial_alternates=["not_covered"],
                     alternates={"insurer": [p["product"]]}, **common)
    if k == "rpm_fax":
        p = PLANS["TR"]
        alts = {"claim_amount": [m2(f["lines"][0]["ch"])], "insurer": [p["product"]]}
        return truth("denial_letter", "not_covered", insurer=p["org"], member_id=f["mid"],
                     appeal_deadline=iso(days(f["notice"], 60)), denial_alternates=["other", "coding_error"],
                     type_alternates=["eob"], alternates=alts, **common)
    raise ValueError(k)


# (stem suffix, condition, kind, date style, separators)
PLAN = [
    ("bd_msn_99490_99439_coinsurance_by_phone", "born_digital", "coins", "long", None),
    ("bd_ma_eob_99490_already_paid_other_practice", "born_digital", "dup_eob", "abbr", None),
    ("scan300_msn_99454_fewer_than_16_days", "scan_clean_300", "rpm_msn", "slash", None),
    ("lowres_practice_letter_coinsurance_bill", "scan_lowres_150", "letter", "dmy", None),
    ("copy_msn_two_practices_same_month", "photocopy", "dup_msn", "upper", None),
    ("faxstd_cover_plan_notice_99454_readings", "fax_standard_g4", "rpm_fax", "slash", ["cover"]),
    ("rotated_ma_letter_99487_consent_not_documented", "rotated", "consent", "iso", None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, seps) in enumerate(PLAN):
        r = random.Random(211500 + i)
        f = facts(r, kind, ds)
        f["mid"] = pattern(r, "TR9999999-01" if kind in ("dup_eob", "rpm_fax") else "CW99999999")
        f["acct"] = pattern(r, "PA-999999")
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))], separators=seps))
    return items
