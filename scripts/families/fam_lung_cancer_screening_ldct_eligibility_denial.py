"""Family 'lung_cancer_screening_ldct_eligibility_denial': Medicare Summary Notices, Medicare Advantage and
commercial EOBs and letters on low-dose CT lung cancer screening (71271) and the counselling and shared
decision-making visit (G0296).

Modelled from memory on the public MSN for Part B (English and Spanish "Resumen de Medicare"), the CMS-10003
"Notice of Denial of Payment" wording and ordinary plan EOBs and letters. Coverage rules mirrored: Medicare covers
yearly LDCT for people aged 50-77 with at least 20 pack-years who smoke now or quit within the last 15 years, after a
counselling and shared decision-making visit before the first scan; commercial plans follow the preventive-service
rule (ages 50-80) at no cost sharing when billed as screening.

Issuers (all invented): Medicare (MSN; a 79-year-old beneficiary over the age range, and a Spanish MSN for a
47-year-old under it), Brackenridge Health Partners (commercial; an EOB where the scan was billed as a diagnostic
chest CT 71250 and cost sharing applied, an upheld appeal for a member aged 81), Tamarack Senior Advantage
(Medicare Advantage; a payment denial for 14 pack-years, an EOB denying the scan with no shared decision-making
visit on file), Halcyon Ridge Health Insurance Company (commercial; a pre-service denial for a member who quit 17
years ago). Decoys: the ordering primary care doctor (and the PCP's paid G0296 claim on the MSN), dates of birth,
quit dates, NPIs, received dates, claims-processed periods, phone numbers, the plan's contract number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "lung_cancer_screening_ldct_eligibility_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

MED, BR, TM, HR = ("Medicare", "Brackenridge Health Partners", "Tamarack Senior Advantage",
                   "Halcyon Ridge Health Insurance Company")
ADDR = {BR: ("PO Box 41870", "Sutter Vale, WI 53999"), TM: ("2200 Larchmere Parkway", "Owlsgate, OR 97999"),
        HR: ("PO Box 5508", "Cobble Crossing, NC 27999")}
FIRST = ["Augustin", "Fenella", "Olamide", "Radomir", "Hyacinth", "Tadeusz", "Ilse", "Bartolo", "Wren", "Chidi",
         "Margarethe", "Seamus", "Lakshmi", "Vaclav"]
LAST = ["Achterberg", "Blomqvist", "Cheruiyot", "Dunmore", "Esposito-Lane", "Fairbairn", "Grzelak", "Hollingsworth",
        "Iwuchukwu", "Jablonski", "Kettering", "Lachance", "Mortensen", "Nwachukwu"]
FIRST_ES = ["Eleuterio", "Rosaura", "Baltasar", "Inocencia", "Herminio"]
LAST_ES = ["Cervantes", "Ocampo", "Villarreal", "Sepúlveda", "Arellano"]
STREETS = ["Pewter Hill Road", "Saltmarsh Lane", "Corbel Street", "Whinberry Court", "Ashgrove Terrace"]
TOWNS = ["Sutter Vale, WI 53999", "Owlsgate, OR 97999", "Cobble Crossing, NC 27999", "Harrowfield, PA 16999"]
TOWNS_ES = ["Villa Cerrito, NM 88999", "San Albino, TX 78999"]
CENTERS = ["Wexford Pines Imaging Center", "Marrowbrook Community Hospital", "Lindenfall Diagnostic Imaging",
           "Osprey Point Radiology", "Quarry Hill Regional Medical Center"]
CENTER_ES = "Centro de Imágenes Valle del Sol"
PCPS = ["Dr. Oluwaseun Hartigan", "Dr. Priya Vandermeer", "Dr. Greta Lindqvist-Obi", "Dr. Rashid Kowalewski",
        "Dr. Henrietta Osei-Bonsu", "Dr. Tomás Echeverría-Holm"]
LDCT = "Low-dose CT lung cancer screening"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def mbi(r: random.Random) -> str:
    let, an = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"
    return "".join([str(r.randint(1, 9)), r.choice(let), r.choice(an), str(r.randint(0, 9)), r.choice(let),
                    r.choice(an), str(r.randint(0, 9)), r.choice(let), r.choice(let), str(r.randint(0, 9)),
                    str(r.randint(0, 9))])


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def years_before(d: dt.date, n: int, r: random.Random) -> dt.date:
    return dt.date(d.year - n, r.randint(1, 12), r.randint(1, 28))


class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)

    def pairs(self, rows, lw: float = 50, size: float = 9.5, h: float = 5.2, x: float | None = None):
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def grid(self, head, rows, widths, size: float = 7.8, aligns: str | None = None, row_h: float = 5.0):
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.4, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.2
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for h, w in zip(head, widths):
            self.rect(x, y0, w, hh)
            self.set_xy(x + 0.3, y0 + 0.5)
            self.multi_cell(w - 0.6, lh, h, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y0 + hh)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, row_h, c[1:] if (i == 0 and bold) else c, border=1, align=a)
            self.ln(row_h)
        self.ln(2)


def facts(seed: int, ins: str, ds: str, lang: str = "en") -> dict:
    r = random.Random(seed)
    es = lang == "es"
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mi = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    scan = notice - dt.timedelta(days=r.randint(20, 45))
    mid = {MED: mbi(r), BR: "BHP" + digits(r, 9), TM: "TSA" + digits(r, 8), HR: "HR-" + digits(r, 4) + "-" +
           digits(r, 4)}[ins]
    return dict(r=r, ins=ins, ds=ds, lang=lang, name=f"{first} {mi}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS_ES if es else TOWNS)),
                notice=notice, scan=scan, mid=mid, grp=(digits(r, 6) if ins in (BR, HR) else None),
                center=CENTER_ES if es else r.choice(CENTERS), pcp=r.choice(PCPS), npi=npi(r), npi2=npi(r),
                ph=phone(r), claim=digits(r, 12), case="", charge=money(r, 240, 690))


def D(f: dict, d: dt.date, style: str | None = None) -> str:
    return fmt_date(d, style or f["ds"])


def addressee(d: Page, f: dict, upper: bool = False) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln.upper() if upper else ln, 10)
    d.ln(4)


# --------------------------------------------------------------------------------------------- MSN (Part B)
MSN = {
    "en": dict(title="Medicare Summary Notice for Part B (Medical Insurance)",
               sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
               nf="Notice for", num="Medicare Number", date="Date of This Notice",
               period="Claims Processed Between", dash="Your Claims & Costs This Period",
               approve="Did Medicare Approve All Services?", total="Total You May Be Billed",
               provs="Providers with Claims This Period", claims="Your Claims for Part B (Medical Insurance)",
               claim_no="Claim Number", ref="Referred by", head=["Date of Service", "Service Provided & Billing Code",
               "Service Approved?", "Amount Provider Charged", "Medicare-Approved Amount", "Amount Medicare Paid",
               "Maximum You May Be Billed", "See Notes"], tot="Total for Claim", notes="Notes for Claims Above",
               yes="Yes", no="No", yn=("YES", "NO"), handle="How to Handle Denied Claims or Appeal",
               appeal="If you disagree with a claims decision on this notice, you can file an appeal. Appeals must "
                      "be filed by {d}.",
               steps=["Circle the service(s) or claim(s) you disagree with on this notice.",
                      "Explain in writing why you disagree with the decision.",
                      "Include your name, full address and Medicare Number on all documents you send.",
                      "Mail this page and any documents to the Medicare contractor address listed above."],
               help="Get help with this notice: call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048."),
    "es": dict(title="Resumen de Medicare para la Parte B (Seguro Médico)",
               sub="El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                   "Medicaid", nf="Aviso para", num="Número de Medicare", date="Fecha de este aviso",
               period="Reclamaciones procesadas entre", dash="Sus reclamaciones y costos de este período",
               approve="¿Aprobó Medicare todos los servicios?", total="Total que se le puede facturar",
               provs="Proveedores con reclamaciones en este período",
               claims="Sus reclamaciones de la Parte B (Seguro Médico)", claim_no="Número de reclamación",
               ref="Referido por", head=["Fecha de servicio", "Servicio prestado y código de facturación",
               "¿Servicio aprobado?", "Cantidad que cobró el proveedor", "Cantidad aprobada por Medicare",
               "Cantidad que pagó Medicare", "Lo máximo que se le puede facturar", "Ver notas"],
               tot="Total reclamación", notes="Notas sobre las reclamaciones", yes="Sí", no="No", yn=("SÍ", "NO"),
               handle="Cómo manejar las reclamaciones denegadas o apelar",
               appeal="Si no está de acuerdo con una decisión de este aviso, puede apelar. Las apelaciones deben "
                      "presentarse a más tardar el {d}.",
               steps=["Encierre en un círculo los servicios o reclamaciones con los que no está de acuerdo.",
                      "Explique por escrito por qué no está de acuerdo con la decisión.",
                      "Incluya su nombre, dirección completa y Número de Medicare en todos los documentos.",
                      "Envíe esta página a la dirección del contratista de Medicare que aparece arriba."],
               help="Para obtener ayuda, llame al 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048."),
}


def msn(f: dict, claims: list[dict], notes: list[tuple[str, str]], masked: bool) -> tuple[bytes, dict]:
    """claims: dict(prov, addr, ref, claim, lines=[(date, code, desc, charged, approved, paid, you, ok, note)])."""
    T, es = MSN[f["lang"]], f["lang"] == "es"
    d = Page(footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    d.text_line(T["title"], 14, "B")
    d.text_line(T["sub"], 8.2)
    d.ln(4)
    y0 = d.get_y()
    addressee(d, f, upper=True)
    shown = ("XXXXXXX" + f["mid"][-4:]) if masked else f["mid"]
    period = (f["notice"] - dt.timedelta(days=88), f["notice"] - dt.timedelta(days=2))
    ls = "es_abbr" if es else "slash"
    d.set_xy(102, y0)
    for k, v in ((T["nf"], f["name"]), (T["num"], shown), (T["date"], D(f, f["notice"])),
                 (T["period"], f"{D(f, period[0], ls)} - {D(f, period[1], ls)}")):
        d.set_x(102)
        d.font(7.4, "B")
        d.cell(50, 6, k)
        d.font(9)
        d.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(100, y0 - 1.5, 100, d.get_y() - y0 + 3)
    d.set_y(max(d.get_y() + 4, y0 + 30))
    d.text_line(T["dash"], 11.5, "B")
    d.rule(0.5, 1.5)
    you = sum(ln[6] for c in claims for ln in c["lines"])
    d.pairs([(T["approve"], T["yn"][1]), (T["total"], fmt_money(you)), (T["provs"], "")], lw=80, size=9.5)
    for c in claims:
        d.font(9)
        d.cell(8, 5, "")
        d.cell(0, 5, f"{c['prov']}   {D(f, c['lines'][0][0], ls)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=120)
    d.para(T["appeal"].format(d=D(f, dl)), 9.5)
    d.para(T["help"], 8.5)
    d.ln(2)
    d.text_line(T["claims"], 12, "B")
    d.rule(0.5, 1.5)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 5.2, c["prov"], new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 4.4, c["addr"], new_x="LMARGIN", new_y="NEXT")
        if c.get("ref"):
            d.cell(0, 4.4, f"{T['ref']}: {c['ref']}", new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 4.4, f"{T['claim_no']}: {c['claim']}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        rows = [[D(f, dd, ls), f"{desc} ({code})", T["yes"] if ok else T["no"], fmt_money(ch), fmt_money(ap),
                 fmt_money(pd), fmt_money(yo), note] for dd, code, desc, ch, ap, pd, yo, ok, note in c["lines"]]
        tot = [sum(ln[i] for ln in c["lines"]) for i in (3, 4, 5, 6)]
        rows.append(["*" + T["tot"], "", "", *[fmt_money(v) for v in tot], ""])
        d.grid(T["head"], rows, [20, 68, 14, 19, 19, 17, 19, 8], 6.9, "LLCRRRRC")
    d.text_line(T["notes"], 10.5, "B")
    for k, v in notes:
        d.font(8.8, "B")
        d.cell(6, 4.5, k)
        d.font(8.8)
        d.multi_cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(3)
    d.text_line(T["handle"], 12, "B")
    d.rule(0.5, 1.5)
    d.para(T["appeal"].format(d=D(f, dl)), 9.5)
    for i, s in enumerate(T["steps"], 1):
        d.font(9)
        d.cell(6, 4.8, f"{i}.")
        d.multi_cell(0, 4.8, s, new_x="LMARGIN", new_y="NEXT")
    den = claims[-1]
    total = sum(ln[3] for ln in den["lines"])
    t = truth("eob", "not_covered", f["lang"], insurer=MED, member_id=None if masked else f["mid"],
              member_name=f["name"], case_numbers=[den["claim"]], claim_amount=m2(total),
              service_dates=[iso(den["lines"][0][0])], denial_date=iso(f["notice"]), provider=den["prov"],
              appeal_deadline=iso(dl), denial_alternates=["eligibility", "medical_necessity"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"],
                          **({"member_id": [shown]} if masked else {})})
    return pdf_bytes(d), t


def msn_age_79(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    sdm = f["scan"] - dt.timedelta(days=r.randint(15, 30))
    g = money(r, 60, 90)
    pcp_claim = {"prov": f"{f['pcp'].replace('Dr. ', '')}, MD", "addr": "Fernhollow Family Medicine, 88 Gable Street, "
                 "Harrowfield, PA 16999", "claim": digits(r, 13),
                 "lines": [(sdm, "G0296", "Lung cancer screening counseling visit", g,
                            round(g * 0.55, 2), round(g * 0.55, 2), 0.0, True, "B")]}
    img = {"prov": f["center"], "addr": "410 Tollgate Road, Harrowfield, PA 16999", "ref": f["pcp"],
           "claim": f["claim"],
           "lines": [(f["scan"], "71271", "Lung cancer screening CT, low dose", f["charge"], 0.0, 0.0,
                      f["charge"], False, "A, C")]}
    notes = [("A", "Medicare covers a yearly lung cancer screening with low-dose CT only for people aged 50 through "
                   "77 who meet the other conditions. Our records show that you were 79 on the date of service, so "
                   "this screening is not covered."),
             ("B", "Medicare covers one visit to talk about the benefits and risks of lung cancer screening at no "
                   "cost to you when your provider accepts assignment."),
             ("C", "The provider gave you a notice before the service saying Medicare would probably not pay. You "
                   "may be billed for this service. If you did not sign that notice, you may not have to pay.")]
    return msn(f, [pcp_claim, img], notes, masked=True)


def msn_es_age_47(f: dict) -> tuple[bytes, dict]:
    img = {"prov": f["center"], "addr": "1207 Calle Mesquite, Villa Cerrito, NM 88999", "ref": f["pcp"],
           "claim": f["claim"],
           "lines": [(f["scan"], "71271", "TC baja dosis, detección pulmón", f["charge"], 0.0, 0.0, f["charge"], False, "A")]}
    notes = [("A", "Medicare cubre la detección de cáncer de pulmón con tomografía de baja dosis una vez al año solo "
                   "para personas de 50 a 77 años que cumplen las demás condiciones. Según nuestros registros, usted "
                   "tenía 47 años en la fecha del servicio. Este servicio no está cubierto."),
             ("B", "Si tiene otro seguro, compruebe si cubre este servicio.")]
    return msn(f, [img], notes, masked=False)


# --------------------------------------------------------------------------------------------- Brackenridge
def br_head(d: Page, f: dict, title: str) -> None:
    d.set_fill_color(30, 30, 30)
    d.rect(16, 14, 6, 16, style="F")
    d.set_xy(25, 14)
    d.font(16, "B")
    d.cell(0, 8, "Brackenridge", new_x="LMARGIN", new_y="NEXT")
    d.set_x(25)
    d.font(9)
    d.cell(0, 6, f"Health Partners  |  {ADDR[BR][0]}, {ADDR[BR][1]}  |  Member Services {f['ph']}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line(title, 14, "B")
    d.ln(2)


def br_eob(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Page(footer="Brackenridge Health Partners  -  EOB  -  page {p} of {n}")
    d.add_page()
    br_head(d, f, "Explanation of Benefits")
    d.font(8.5)
    d.cell(0, 4.5, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    d.pairs([("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
             ("Group", f["grp"]), ("Claim number", f["claim"])], lw=34, size=9, x=112)
    d.set_y(max(d.get_y(), y0 + 30))
    d.pairs([("Patient", f"{f['name']} (self)"), ("Provider", f"{f['center']}  (NPI {f['npi']})"),
             ("Ordered by", f"{f['pcp']}  (NPI {f['npi2']})"), ("Network status", "In network"),
             ("Received", D(f, f["notice"] - dt.timedelta(days=r.randint(9, 16))))], lw=34, size=9)
    ch = f["charge"]
    allowed = round(ch * 0.62, 2)
    ded = allowed
    rows = [[D(f, f["scan"], "slash"), "71250", "CT thorax, diagnostic, w/o contrast", fmt_money(ch, "nosign"),
             fmt_money(allowed, "nosign"), fmt_money(ded, "nosign"), "0.00", "0.00", fmt_money(ded, "nosign"), "DX4"],
            ["*Claim total", "", "", fmt_money(ch, "nosign"), fmt_money(allowed, "nosign"), fmt_money(ded, "nosign"),
             "0.00", "0.00", fmt_money(ded, "nosign"), ""]]
    d.grid(["Service date", "Code", "Description", "Billed", "Allowed", "Deductible", "Coinsurance", "Plan paid",
            "You owe", "Remark"], rows, [20, 13, 50, 17, 17, 17, 17, 15, 15, 12], 7.4, "LLLRRRRRRC")
    d.text_line("Remark codes", 10.5, "B")
    d.para("DX4  This claim was billed as a diagnostic chest CT (71250) with a diagnosis of cough (R05.9), so your "
           "deductible applies. Your plan covers a yearly low-dose CT for lung cancer screening (71271) with no "
           "deductible, copay or coinsurance when you meet the screening guidelines and the provider bills it as a "
           "preventive screening. If this scan was a screening, ask the provider to correct and resubmit the claim; "
           "we will then reprocess it.", 9)
    d.pairs([("Deductible met so far", f"{fmt_money(round(ded + r.randint(100, 600), 2))} of $2,500.00"),
             ("Out-of-pocket met so far", f"{fmt_money(round(ded + r.randint(300, 900), 2))} of $7,000.00")],
            lw=50, size=9)
    d.text_line("Your right to appeal", 10.5, "B")
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("If you think we processed this claim incorrectly, you may appeal within 180 days of the date of this "
           f"statement. Write to Brackenridge Appeals, {ADDR[BR][0]}, {ADDR[BR][1]}, or call {f['ph']}.", 9)
    t = truth("eob", None, insurer=BR, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(ch), service_dates=[iso(f["scan"])],
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=iso(dl),
              alternates={"appeal_deadline": [None]}, denial_alternates=["coding_error", "not_covered"])
    return pdf_bytes(d), t


def br_appeal_age_81(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    appeal = "APL-" + digits(r, 7)
    recv = f["notice"] - dt.timedelta(days=r.randint(20, 28))
    dob = dt.date(f["scan"].year - 81, r.randint(1, 12), r.randint(1, 28))
    if (dob.month, dob.day) > (f["scan"].month, f["scan"].day):
        dob = dob.replace(year=dob.year - 1)
    d = Page(footer="BHP-APD-2026-11   {p}/{n}")
    d.add_page()
    br_head(d, f, "Appeal Decision: Denial Upheld")
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    addressee(d, f)
    d.pairs([("Member", f["name"]), ("Member ID / Group", f"{f['mid']} / {f['grp']}"), ("Date of birth",
             D(f, dob)), ("Appeal number", appeal), ("Claim number", f["claim"]), ("Service",
             f"{LDCT} (71271) on {D(f, f['scan'])}"), ("Facility", f["center"]), ("Ordering physician", f["pcp"]),
             ("Amount billed", fmt_money(f["charge"])), ("Appeal received", D(f, recv))], lw=46, size=9.5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para("We have finished reviewing your appeal of our decision not to pay for your lung cancer screening. A "
           "physician reviewer board-certified in internal medicine, who was not involved in the first decision, "
           "reviewed the claim, your letter and the records from your doctor.", 10.5)
    d.text_line("Our decision", 11, "B")
    d.para("We are upholding (keeping) our denial. Your plan covers a yearly low-dose CT scan to screen for lung "
           "cancer as a preventive service for members aged 50 to 80 who have a 20 pack-year smoking history and "
           "smoke now or quit within the past 15 years (Medical Policy PV-114). You were 81 years old on the date "
           "of the scan. The scan does not meet the plan's screening guidelines, and there were no symptoms in the "
           "records that would make it a diagnostic test, so it is not covered.", 10.5)
    d.text_line("What you can do next", 11, "B")
    d.para("This is the final decision of the plan's internal appeal process. You may ask for an external review by "
           "an independent review organization within 4 months of the date you receive this letter. Call "
           f"{f['ph']} and ask for the External Review unit, or see the enclosed form.", 10.5)
    d.para(f"Sincerely,\nAppeals and Grievances Department\n{BR}", 10.5)
    t = truth("denial_letter", "not_covered", insurer=BR, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[appeal, f["claim"]], claim_amount=m2(f["charge"]),
              service_dates=[iso(f["scan"])], denial_date=iso(f["notice"]), provider=f["center"],
              denial_alternates=["eligibility", "medical_necessity"], alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- Tamarack (MA)
def tm_head(d: Page, f: dict) -> None:
    d.text_line("TAMARACK", 22, "B")
    d.rule(0.8, 1.2)
    d.text_line(f"Tamarack Senior Advantage (HMO)  ·  {ADDR[TM][0]}, {ADDR[TM][1]}  ·  {f['ph']} (TTY 711)", 8.5)
    d.ln(5)


def tm_letter_pack_years(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Page(footer="H5831_LDCT26_C   Form CMS-10003-NDP   Page {p} of {n}")
    d.add_page()
    tm_head(d, f)
    d.text_line("Notice of Denial of Payment", 15, "B", align="C")
    d.ln(3)
    d.pairs([("Date:", D(f, f["notice"])), ("Member name:", f["name"]), ("Member number:", f["mid"]),
             ("Plan:", "Tamarack Senior Advantage (HMO) H5831-004"), ("Claim number:", f["claim"])], lw=38, size=10)
    d.para(f"We have denied payment for the medical services listed below that you received from {f['center']}:",
           10.5)
    d.grid(["Date of service", "Service", "Code", "Amount billed"],
           [[D(f, f["scan"]), LDCT, "71271", fmt_money(f["charge"])]], [34, 92, 20, 30], 8.8, "LLLR")
    quit_ = years_before(f["scan"], 6, r)
    d.text_line("Why did we deny your request?", 11.5, "B")
    d.para("Medicare and our plan cover a yearly lung cancer screening with low-dose CT only when the member has a "
           "smoking history of at least 20 pack-years (for example, one pack a day for 20 years). The order from "
           f"{f['pcp']} and the shared decision-making note record 14 pack-years (about 1/2 pack a day for 28 years, "
           f"quit in {quit_.year}). Because the 20 pack-year condition is not met, the screening is not medically "
           "necessary under the Medicare coverage rules, and we will not pay for it.", 10.5)
    d.para("Because this provider is in our network, the provider may not bill you for this service.", 10.5)
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    dl = f["notice"] + dt.timedelta(days=65)
    d.para("You have the right to ask Tamarack Senior Advantage to reconsider (review) our decision. You must ask "
           "for a reconsideration within 65 days from the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline. Write to Tamarack Appeals Unit, "
           f"{ADDR[TM][0]}, {ADDR[TM][1]}, or fax 1-855-{digits(r, 3)}-{digits(r, 4)}.", 10.5)
    d.para("Who may ask for a reconsideration? You, your representative, or a non-contract provider who agrees not "
           "to bill you. Fast (expedited) reconsiderations do not apply to payment requests.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=TM, plan_id="H5831-004", member_id=f["mid"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(f["charge"]),
              service_dates=[iso(f["scan"])], denial_date=iso(f["notice"]), provider=f["center"],
              appeal_deadline=iso(dl), denial_alternates=["not_covered", "eligibility"],
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


def tm_eob_no_sdm(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Page(footer="Tamarack Senior Advantage  -  Explanation of Benefits  -  H5831_EOB26   page {p} of {n}")
    d.add_page()
    tm_head(d, f)
    d.text_line("Your Explanation of Benefits (EOB) for Medicare medical services", 13, "B")
    month = f["notice"].replace(day=1) - dt.timedelta(days=1)
    d.text_line(f"For services processed in {month.strftime('%B %Y')}", 9.5)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(118, y0)
    d.pairs([("Notice date", D(f, f["notice"])), ("Member ID", f["mid"]), ("Plan", "H5831-004")], lw=28, size=9, x=118)
    d.set_y(max(d.get_y(), y0 + 26))
    visit = f["scan"] - dt.timedelta(days=r.randint(8, 20))
    v = money(r, 130, 210)
    pclaim = digits(r, 12)
    d.text_line(f"Claim {pclaim}  -  {f['pcp']}, Fernhollow Family Medicine", 10, "B")
    d.grid(["Date", "Service", "Billed", "Plan allowed", "Plan paid", "You pay", "Note"],
           [[D(f, visit, "slash"), "Office visit, established patient (99214)", fmt_money(v), fmt_money(round(v * .7, 2)),
             fmt_money(round(v * .7 - 20, 2)), "$20.00", ""]], [22, 70, 20, 22, 20, 16, 10], 7.8, "LLRRRRC")
    d.text_line(f"Claim {f['claim']}  -  {f['center']}  (referred by {f['pcp']})", 10, "B")
    ct = money(r, 28, 60)
    total = round(f["charge"] + ct, 2)
    d.grid(["Date", "Service", "Billed", "Plan allowed", "Plan paid", "You pay", "Note"],
           [[D(f, f["scan"], "slash"), f"{LDCT} (71271)", fmt_money(f["charge"]), "$0.00", "$0.00", "$0.00", "1"],
            [D(f, f["scan"], "slash"), "Radiology supplies, CT (A9698)", fmt_money(ct), "$0.00", "$0.00", "$0.00", "1"],
            ["*Claim total", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
           [22, 70, 20, 22, 20, 16, 10], 7.8, "LLRRRRC")
    d.text_line("Notes", 10.5, "B")
    d.para("1  DENIED. Before a member's first lung cancer screening, Medicare requires a counseling and shared "
           "decision-making visit (G0296) with the ordering doctor. We have no claim or record of this visit. "
           "The 99214 office visit above does not document shared decision-making. The screening is not covered. "
           "The provider may not bill you for it because it is in our network.", 9)
    dl = f["notice"] + dt.timedelta(days=65)
    d.text_line("If you disagree", 10.5, "B")
    d.para("You can ask us for an appeal (reconsideration) of a denied item within 65 days of the date of this "
           f"notice. Call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 9)
    t = truth("eob", "not_covered", insurer=TM, plan_id="H5831-004", member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["scan"])],
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=iso(dl),
              denial_alternates=["medical_necessity", "other"],
              alternates={"plan_id": [None], "claim_amount": [m2(f["charge"])]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- Halcyon Ridge
def hr_quit_17(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    req = "PA" + digits(r, 9)
    recv = f["notice"] - dt.timedelta(days=r.randint(2, 5))
    planned = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    quit_ = years_before(planned, 17, r)
    dob = dt.date(planned.year - r.randint(62, 70), r.randint(1, 12), r.randint(1, 28))
    d = Page(footer="Halcyon Ridge Health Insurance Company   UM-LCS-07   {p} of {n}")
    d.add_page()
    d.font(8.5)
    d.cell(0, 4, "HALCYON RIDGE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(HR, 15, "B")
    d.text_line(f"Utilization Management  ·  {ADDR[HR][0]}  ·  {ADDR[HR][1]}", 9)
    d.ln(6)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Re: Your request for lung cancer screening was not approved", 12, "B")
    d.ln(2)
    d.boxes([("Member", f["name"], 60), ("Member ID", f["mid"], 46), ("Group", f["grp"], 30),
             ("Date of birth", D(f, dob), 42)])
    d.boxes([("Request number", req, 60), ("Received", D(f, recv), 46), ("Scheduled date", D(f, planned), 72)])
    d.boxes([("Service requested", f"{LDCT}, CPT 71271", 96), ("Requested by", f["center"], 82)])
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"{f['center']} asked us to approve a low-dose CT scan of your chest to screen for lung cancer, ordered by "
           f"your primary care doctor, {f['pcp']}. We reviewed the request and the records sent with it. We did "
           "not approve it.", 10.5)
    d.text_line("Why we made this decision", 11, "B")
    d.para("Your plan covers lung cancer screening with low-dose CT for members aged 50 to 80 with a smoking history "
           "of at least 20 pack-years who currently smoke or have quit within the past 15 years. The records show "
           f"a 32 pack-year history and that you quit smoking in {quit_.year}, about 17 years ago. Because you quit "
           "more than 15 years ago, the screening is not medically necessary under the plan's guideline. This "
           "decision was made by Dr. Ingeborg Falkenrath, a board-certified radiologist.", 10.5)
    d.text_line("Your right to appeal", 11, "B")
    dl = f["notice"] + dt.timedelta(days=180)
    d.para(f"You or your doctor can appeal this decision. We must receive your appeal by {D(f, dl)}. If your doctor "
           "thinks waiting could seriously harm your health, ask for an urgent appeal; we will answer within 72 "
           f"hours. Call {f['ph']} or write to the address above. You may also have the right to an external review.",
           10.5)
    t = truth("denial_letter", "medical_necessity", insurer=HR, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(f["notice"]),
              provider=f["center"], appeal_deadline=iso(dl), denial_alternates=["not_covered", "eligibility"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    f = facts(235501, MED, "long")
    items.append(Item(f"{FAMILY}_bd_msn_age_79_over_range", "born_digital", [msn_age_79(f)]))
    f = facts(235502, BR, "abbr")
    items.append(Item(f"{FAMILY}_bd_commercial_eob_billed_diagnostic_deductible", "born_digital", [br_eob(f)]))
    f = facts(235503, TM, "slash")
    items.append(Item(f"{FAMILY}_scan300_ma_payment_denial_14_pack_years", "scan_clean_300",
                      [tm_letter_pack_years(f)]))
    f = facts(235504, HR, "dmy")
    items.append(Item(f"{FAMILY}_lowres_commercial_quit_17_years_ago", "scan_lowres_150", [hr_quit_17(f)]))
    f = facts(235505, TM, "iso")
    items.append(Item(f"{FAMILY}_copy_ma_eob_no_shared_decision_visit", "photocopy", [tm_eob_no_sdm(f)]))
    f = facts(235506, MED, "es", "es")
    items.append(Item(f"{FAMILY}_phone_msn_es_age_47_under_range", "phone_photo", [msn_es_age_47(f)]))
    f = facts(235507, BR, "long")
    items.append(Item(f"{FAMILY}_rot_commercial_appeal_upheld_age_81", "rotated", [br_appeal_age_81(f)]))
    return items
