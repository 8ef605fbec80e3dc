"""Family 'advance_care_planning_cost_sharing_msn': Medicare Summary Notices (Part B) and Medicare Advantage EOBs and
letters on advance care planning (ACP) visits: 99497 (first 30 minutes) and 99498 (each additional 30 minutes).

Cases: ACP billed on a day apart from the annual wellness visit, so the Part B deductible and 20% coinsurance apply
(MSN); ACP with the wellness visit (G0439 + 99497-33) paid at no cost (MA EOB); the add-on 99498 denied because
99497 was not billed on the same date (MSN, and an MA Notice of Denial of Medical Payment); a Spanish MSN with ACP
billed alone and applied to the deductible; an MA reconsideration upholding the coinsurance (sent on to the
Independent Review Entity, so no member deadline); an ACP visit by video (modifier 95, place of service 10) paid
(MSN, rotated scan).

Modelled from memory on the public MSN layout (Notice for / Medicare Number / Date of This Notice / Claims Processed
Between, "Did Medicare Approve All Services?", claim table, lettered notes, "Appeals must be filed by") and on the
CMS model MA EOB and CMS-10003 wording. All people, plans, practices and numbers are invented (555 phone numbers).
Decoys: the hospitalist who referred the patient or began the discussion, the wellness visit date of another year,
the claims-processed period, NPIs, the contract-PBP number, the date the plan received the request.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "advance_care_planning_cost_sharing_msn"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
FIRST = ["Augustina", "Florian", "Oyelola", "Cornelius", "Astrid", "Hiroshi", "Perpetua", "Lazarus", "Ingeborg",
         "Demetrius", "Winnifred", "Bartosz", "Radhika", "Ambrose", "Clementine", "Yevgeny"]
LAST = ["Whitcombe", "Adebayo", "Lindgren", "Castellano", "Mbeki", "Pfeiffer", "Rosenthal", "Soderberg",
        "Takahashi", "Ulloa", "Vandermeer", "Wojcik", "Ashby", "Bellweather", "Iwu", "Kilbride"]
FIRST_ES = ["Hermenegildo", "Altagracia", "Severiano", "Dolores", "Porfirio", "Inocencia"]
LAST_ES = ["Arellano", "Benavides", "Coronado", "Espinoza", "Jaramillo", "Sepúlveda"]
STREETS = ["Thistledown Road", "Cobbler Lane", "Maplecrest Drive", "Heron Point Way", "Brackett Street"]
CITIES = [("Alder Falls", "WI", "54488"), ("Quenby", "VT", "05671"), ("Rook Harbor", "ME", "04691")]
CITIES_ES = [("Río Claro", "TX", "78596"), ("Los Fresnos Altos", "NM", "88047")]
PRACTICES = [("Heron Point Primary Care", "77 Heron Point Way, Rook Harbor, ME 04691"),
             ("Alder Falls Family Physicians, SC", "310 Maplecrest Drive, Alder Falls, WI 54488"),
             ("Quenby Village Internal Medicine", "5 Brackett Street, Quenby, VT 05671"),
             ("Centro Médico Familiar Río Claro", "1220 Cobbler Lane, Río Claro, TX 78596")]
PCPS = ["Dr. Marguerite A. Holcomb", "Dr. Tobiah N. Ferreira", "Dr. Sunniva L. Baptiste", "Dr. Aurelio D. Quiroga"]
HOSPITALISTS = ["Dr. Lysander K. Oyelaran-Pike, Hospitalist", "Dr. Henrietta J. Vasquez-Moore, Hospitalist",
                "Dr. Rainer T. Abernethy, Hospitalist", "Dra. Marisol E. Cienfuegos, Hospitalista"]
PLANS = {"SB": dict(org="Stillwater Bend Health Plan", product="Stillwater Bend Medicare Advantage (HMO)",
                    pbp="H6612-003", word="STILLWATER BEND", addr="PO Box 31877, Alder Falls, WI 54488"),
         "KP": dict(org="Kestrel Point Medicare Plans", product="Kestrel Point Senior Choice (PPO)", pbp="H2295-017",
                    word="KESTREL POINT", addr="PO Box 4410, Quenby, VT 05671")}


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


# ---------------------------------------------------------------- MSN

EN = dict(title="Medicare Summary Notice for Part B (Medical Insurance)",
          sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          nf="Notice for", num="Medicare Number", date="Date of This Notice", per="Claims Processed Between",
          approve="Did Medicare Approve All Services?", total="Total You May Be Billed",
          provs="Providers with Claims This Period", dash="Your Claims & Costs This Period",
          ded="Your Deductible Status", claims="Your Claims for Part B (Medical Insurance)",
          cn="Claim Number", ref="Referred by", by="Service Provided By",
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
          cn="Número de reclamación", ref="Referido por", by="Servicio prestado por",
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
    d.text_line(T["sub"], 8.3)
    d.ln(4)
    y0 = d.get_y()
    for t in (f["member"][0].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(t, 10)
    d.set_xy(106, y0)
    for k, v in ((T["nf"], f["member"][0]), (T["num"], f["mbi"]), (T["date"], fd(f["notice"], ds)),
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
    d.rows([(T["provs"], f"{f['prac'][0]}   {fd(f['dos'], ds)}")], 78, 9.4)
    d.rows([(T["ded"], f["ded_text"])], 78, 9.2)
    d.ln(2)
    d.para(T["appeal"].format(d=fd(f["deadline"], ds)), 9.5)
    d.para(T["help"], 8.5)
    d.ln(2)
    d.text_line(T["claims"], 12, "B")
    d.rule(0.5, 1.5)
    d.text_line(f["prac"][0], 10, "B")
    d.text_line(f["prac"][1], 8.6)
    d.text_line(f"{T['by']}: {f['pcp']}", 8.6)
    d.text_line(f"{T['ref']}: {f['hosp']}", 8.6)
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
    d.ln(3)
    d.text_line(T["handle"], 12, "B")
    d.rule(0.5, 1.5)
    d.para(T["appeal"].format(d=fd(f["deadline"], ds)), 9.5)
    for i, s in enumerate(T["steps"], 1):
        d.font(9)
        d.cell(6, 4.8, f"{i}.")
        d.multi_cell(0, 4.8, s, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


# ---------------------------------------------------------------- MA EOB and letters

def build_ma_eob(f: dict) -> bytes:
    p, ds = f["plan"], f["ds"]
    d = Page(footer=f"{p['pbp'].split('-')[0]}_EOB26_C  ·  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(p["word"], 22, "B")
    d.rule(0.8, 1.2)
    d.text_line(f"{p['org']}  ·  {p['addr']}  ·  Member Services {f['ph']} (TTY 711)", 8)
    d.ln(4)
    d.text_line(f"{p['product']}  ·  Explanation of Benefits", 13, "B")
    d.text_line(f"Your Medicare Advantage medical claims for {f['dos'].strftime('%B %Y')}", 10)
    d.ln(3)
    y0 = d.get_y()
    for t in (f["member"][0], *f["addr"]):
        d.text_line(t, 10)
    d.set_xy(112, y0)
    for k, v in (("Member", f["member"][0]), ("Member ID", f["mid"]), ("Plan (Contract-PBP)", p["pbp"]),
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
    d.cell(0, 4.4, f"Received {fd(f['received'], ds)}  ·  Provider NPI {f['npi']}  ·  Seen by {f['pcp']}",
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
    d.ln(2)
    d.text_line("What if you disagree with a decision on this statement?", 10.5, "B")
    d.para(f"You have the right to appeal. Your request for an appeal (reconsideration) must be made within 65 days "
           f"of the date of this notice. Call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days "
           "a week, or write to the address above. This is not a bill.", 9)
    return pdf_bytes(d)


def plan_head(d: Page, p: dict, f: dict):
    d.add_page()
    d.font(20, "B")
    d.cell(0, 9, p["word"], new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{p['org']}  |  {p['addr']}  |  {f['ph']} (TTY 711)", 8.2)
    d.rule(0.6, 4)
    d.text_line(fd(f["notice"], f["ds"]), 10)
    d.ln(2)
    for t in (f["member"][0], *f["addr"]):
        d.text_line(t, 10)
    d.ln(4)


def build_ndp(f: dict) -> bytes:
    """Notice of Denial of Medical Payment (modelled on CMS-10003) for the add-on code."""
    p, ds = f["plan"], f["ds"]
    d = Page()
    plan_head(d, p, f)
    d.text_line("NOTICE OF DENIAL OF MEDICAL PAYMENT", 13, "B")
    d.ln(1)
    d.rows([("Member:", f["member"][0]), ("Member ID:", f["mid"]), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['prac'][0]} ({f['pcp']})"), ("Date of service:", fd(f["dos"], ds)),
            ("Total billed:", usd(f["total"]))], 38, 9.8)
    d.ln(2)
    d.wtable(["Code", "Service", "Billed", "Decision"],
             [[x["code"], x["desc"], usd(x["ch"]), "Paid" if x["ok"] else "Denied"] for x in f["lines"]],
             [20, 110, 25, 27], 8.4, "LLRL")
    d.para(f"We have denied payment for the following service you received from {f['prac'][0]}: advance care "
           "planning, each additional 30 minutes (99498). Code 99498 is an add-on code. It can only be paid when the "
           "first 30 minutes (99497) is billed by the same provider on the same date. The claim billed 99498 without "
           "99497, so the add-on cannot be paid. Your provider may send a corrected claim. A network provider may not "
           "bill you for the denied service.", 10)
    d.para(f"The conversation started during your hospital stay with {f['hosp']}; that visit is billed separately "
           "and is not part of this decision.", 9.5)
    d.text_line("If you disagree with our decision, you have the right to appeal", 11, "B")
    d.para(f"You must ask for a reconsideration within 65 days of the date of this notice. Write to {p['org']}, "
           f"Appeals and Grievances, {p['addr']}, or call {f['ph']}. You may ask someone, such as a relative or your "
           "doctor, to file for you.", 10)
    d.text_line("Form CMS-10003-NDMCP  OMB Approval 0938-0829", 7)
    return pdf_bytes(d)


def build_recon(f: dict) -> bytes:
    p, ds = f["plan"], f["ds"]
    d = Page()
    plan_head(d, p, f)
    d.text_line("Reconsideration Decision: Cost Sharing for Advance Care Planning", 12.5, "B")
    d.rows([("Member:", f["member"][0]), ("Member ID:", f["mid"]), ("Appeal case #:", f["appeal"]),
            ("Claim #:", f["claim"]), ("Provider:", f["prac"][0]), ("Date of service:", fd(f["dos"], ds)),
            ("Billed charges:", usd(f["total"])), ("Request received:", fd(f["received"], ds))], 40, 9.8)
    d.ln(2)
    x = f["lines"][0]
    d.para(f"You asked us to pay the full cost of the advance care planning visit (99497) you had with {f['pcp']} "
           f"and to refund your coinsurance of {usd(x['you'])}. We reviewed the claim again. Advance care planning "
           "has no cost sharing only when it is furnished on the same day as your annual wellness visit and billed "
           "with modifier 33. This visit was on a separate day, and no wellness visit was billed, so your plan's 20% "
           "coinsurance applies.", 10)
    d.para("We upheld our decision. Because we did not decide fully in your favor, we are required to send your "
           "case automatically to the Independent Review Entity (IRE). You do not need to do anything; the IRE will "
           "write to you. If you disagree with the IRE's decision you may ask for a hearing with an "
           "Administrative Law Judge as described in that letter.", 10)
    d.para(f"Questions? Call {f['ph']} (TTY 711).\n\nAppeals and Grievances Department\n{p['org']}", 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- cases

def make(kind: str, r: random.Random, ds: str, ls: str) -> dict:
    lang = "es" if kind == "es_ded" else "en"
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 180))
    dos = notice - dt.timedelta(days=r.randint(20, 60))
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    pi = {"coins": 0, "awv": 1, "addon_msn": 2, "addon_ndp": 1, "es_ded": 3, "recon": 0, "tele": 2}[kind]
    f = dict(kind=kind, lang=lang, ds=ds, ls=ls, notice=notice, dos=dos, member=person(r, lang),
             addr=(f"{r.randint(15, 9700)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prac=PRACTICES[pi],
             pcp=PCPS[pi], hosp=HOSPITALISTS[pi], mbi=mbi(r), npi=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             deadline=notice + dt.timedelta(days=120), received=dos + dt.timedelta(days=r.randint(3, 9)))
    f["claim"] = pat(r, "99999999999999") if kind in ("coins", "addon_msn", "es_ded", "tele") else pat(r, "C26A9999999")
    f["mid"] = pat(r, "SB999999999") if kind in ("awv", "recon") else pat(r, "KP-9999999-01")
    f["plan"] = PLANS["SB"] if kind in ("awv", "recon") else PLANS["KP"]
    acp = fee(r, 160, 240)
    a97 = round(r.uniform(78, 86), 2)
    a98 = round(r.uniform(68, 75), 2)
    ch98 = fee(r, 140, 200)
    if kind == "coins":
        ov = fee(r, 180, 260)
        f["lines"] = [line(dos, "99214", "Office/outpatient visit, established", ov, round(ov * .6, 2), note="a"),
                      line(dos, "99497", "Advance care planning, first 30 min", acp, a97, note="a,b")]
        f["ded_text"] = "You have met your Part B deductible of $283.00 for 2026."
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("b", "Advance care planning is covered without cost to you only when it is part of your "
                            "yearly Wellness visit. Because it was billed on a different day, the Part B "
                            "deductible and coinsurance apply.")]
    elif kind == "awv":
        awv = fee(r, 190, 260)
        f["lines"] = [line(dos, "G0439", "Annual wellness visit, subsequent", awv, round(awv * .7, 2),
                           paid=round(awv * .7, 2), you=0.0, note="1"),
                      line(dos, "99497-33", "Advance care planning, first 30 min", acp, a97, paid=a97, you=0.0,
                           note="2")]
        f["prior_awv"] = dos - dt.timedelta(days=r.randint(370, 420))
        f["notes"] = [("1", f"Yearly wellness visit: covered once every 12 months (your last one was "
                            f"{fd(f['prior_awv'], ds)}). No copay."),
                      ("2", "Advance care planning done with your wellness visit (modifier 33) has no cost sharing.")]
    elif kind in ("addon_msn", "addon_ndp"):
        ov = fee(r, 150, 230)
        f["lines"] = [line(dos, "99213", "Office/outpatient visit, established", ov, round(ov * .55, 2), note="a"),
                      line(dos, "99498", "Advance care planning, each add'l 30 min", ch98, 0, ok=False,
                           note="c")]
        f["ded_text"] = "You have met your Part B deductible of $283.00 for 2026."
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("c", "This add-on service can only be paid when the primary service (99497) is billed on the "
                            "same date by the same provider. The provider billed it without the primary service. "
                            "You do not have to pay this amount.")]
    elif kind == "es_ded":
        f["lines"] = [line(dos, "99497", "Planificación anticipada de la atención, primeros 30 min", acp, a97,
                           paid=0.0, you=a97, note="a")]
        f["ded_text"] = (f"Usted ha pagado {usd(a97)} de su deducible de la Parte B de $283.00 para 2026.")
        f["notes"] = [("a", "Esta cantidad aprobada se aplicó a su deducible. La planificación anticipada de la "
                            "atención no tiene costo para usted solo cuando se hace el mismo día que su visita anual "
                            "de bienestar.")]
    elif kind == "recon":
        f["lines"] = [line(dos, "99497", "Advance care planning, first 30 min", acp, a97)]
        f["appeal"] = pat(r, "AG-2026-999999")
        f["received"] = notice - dt.timedelta(days=r.randint(10, 28))
    elif kind == "tele":
        f["lines"] = [line(dos, "99497-95", "Advance care planning, first 30 min (video, POS 10)", acp, a97,
                           note="a,d"),
                      line(dos, "99498-95", "Advance care planning, each add'l 30 min (video, POS 10)", ch98, a98,
                           note="a,d")]
        f["ded_text"] = "You have met your Part B deductible of $283.00 for 2026."
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("d", "This service was provided through telehealth (video) while you were at home. Medicare "
                            "pays for it the same as an in-person visit.")]
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    return f


def truth_of(f: dict) -> dict:
    k, p = f["kind"], f["plan"]
    common = dict(member_name=f["member"][0], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["prac"][0])
    alts = {"provider": [f["pcp"]]}
    msn = dict(insurer="Medicare", member_id=f["mbi"], appeal_deadline=f["deadline"].isoformat())
    malt = {"insurer": ["Centers for Medicare & Medicaid Services"]}
    n65 = (f["notice"] + dt.timedelta(days=65)).isoformat()
    if k in ("coins", "tele"):
        return truth("eob", None, alternates={**alts, **malt, "appeal_deadline": [None]}, **msn, **common)
    if k == "es_ded":
        return truth("eob", None, lang="es", alternates={**alts, **malt, "appeal_deadline": [None]}, **msn,
                     **common)
    if k == "addon_msn":
        return truth("eob", "coding_error", alternates={**alts, **malt, "claim_amount": [m2(f["lines"][1]["ch"])]},
                     denial_alternates=["not_covered"], **msn, **common)
    if k == "awv":
        return truth("eob", None, insurer=p["org"], plan_id=p["pbp"], member_id=f["mid"], appeal_deadline=n65,
                     alternates={**alts, "insurer": [p["product"]], "plan_id": [None], "appeal_deadline": [None]},
                     **common)
    if k == "addon_ndp":
        return truth("denial_letter", "coding_error", insurer=p["org"], member_id=f["mid"], appeal_deadline=n65,
                     alternates={**alts, "claim_amount": [m2(f["lines"][1]["ch"])]},
                     denial_alternates=["not_covered"], **common)
    if k == "recon":
        common["case_numbers"] = [f["appeal"], f["claim"]]
        return truth("denial_letter", "not_covered", insurer=p["org"], member_id=f["mid"], appeal_deadline=None,
                     alternates={**alts, "case_numbers": [[f["appeal"]]]}, denial_alternates=["other"], **common)
    raise ValueError(k)


BUILD = {"coins": build_msn, "awv": build_ma_eob, "addon_msn": build_msn, "addon_ndp": build_ndp,
         "es_ded": build_msn, "recon": build_recon, "tele": build_msn}

# (stem suffix, condition, kind, date style, line date style)
PLAN = [
    ("bd_msn_99497_separate_day_coinsurance", "born_digital", "coins", "long", "short"),
    ("bd_ma_eob_awv_g0439_with_99497_33_no_cost", "born_digital", "awv", "abbr", "slash"),
    ("scan300_msn_99498_without_99497_denied", "scan_clean_300", "addon_msn", "slash", "short"),
    ("lowres_ma_notice_denial_payment_99498_addon", "scan_lowres_150", "addon_ndp", "dmy", "slash"),
    ("copy_msn_es_planificacion_anticipada_deducible", "photocopy", "es_ded", "es", "es_slash"),
    ("faxstd_ma_reconsideration_coinsurance_upheld", "fax_standard_g4", "recon", "slash", "slash"),
    ("rotated_msn_telehealth_99497_99498_paid", "rotated", "tele", "upper", "short"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        r = random.Random(244600 + i)
        f = make(kind, r, ds, ls)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
