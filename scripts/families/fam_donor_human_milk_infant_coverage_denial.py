"""Family 'donor_human_milk_infant_coverage_denial': Medicaid managed-care notices, commercial letters and EOBs on
pasteurized donor human milk (HCPCS T2101, billed per ounce by a nonprofit milk bank) for a premature infant after
discharge from the NICU.

Cases: a Medicaid notice of adverse benefit determination (donor milk is covered only while the baby is an inpatient;
outpatient use after discharge is not a covered benefit); a commercial EOB denying the milk bank's deliveries for
no prescription on file; a Spanish Medicaid notice denying the deliveries after discharge; an approval for 60 days
after discharge (photocopied); a fax stack from a parent: cover sheet, the commercial plan's denial (criteria no
longer met at 44 weeks corrected age) and the milk bank's statement to the family; an appeal decision upholding the
outpatient exclusion (phone photo); an EOB with a paid lactation visit and the denied milk claim (rotated).

Layouts are invented, modelled loosely on Medicaid managed-care notices (42 CFR 438.404 style), typical commercial
EOBs and milk bank invoices. All values invented: people, plans, milk banks, doctors, addresses, IDs, amounts;
phone numbers are 1-555 numbers. Decoys: the subscriber (a parent), the infant's date of birth and gestational age,
the prescribing neonatologist or pediatrician, NPIs, the date a request or claim was received, the NICU discharge
date, the lactation visit's paid claim, the patient account number, fax numbers, the fair hearing and continuation
limits, the external review's 4 months.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "donor_human_milk_infant_coverage_denial"
LANG = "en"
SEED = 258500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BABY_FIRST = ["Wren", "Caspian", "Juniper", "Anouk", "Rosalind", "Idris", "Marisela", "Lucan", "Temperance",
              "Bartholomew", "Isolde", "Ferris"]
BABY_FIRST_ES = ["Ximena", "Santiago", "Itzayana", "Matías", "Renata", "Emiliano"]
PARENT_FIRST = ["Delphine", "Rosamund", "Tobias", "Anneliese", "Cormac", "Henrietta", "Oswin", "Priya"]
PARENT_FIRST_ES = ["Yesenia", "Marisol", "Gerardo", "Araceli"]
LAST = ["Quillon", "Ashdown", "Merriweather", "Kovalenko", "Thistlewood", "Brannigan", "Okafor-Lyle",
        "Vandermeer", "Hollingbrook", "Castellanos-Reid"]
LAST_ES = ["Barrientos", "Echeverría", "Olmedo", "Cisneros", "Galindo"]
STREETS = ["Bramblegate Road", "Ferncliff Lane", "Ivory Mill Court", "Stonecrop Avenue", "Weatherby Street"]
CITIES = [("Larkspur Falls", "OR", "97999"), ("Tidewell", "SC", "29999"), ("Northgable", "VT", "05999"),
          ("Quill Harbor", "WI", "53999")]
CITIES_ES = [("Ciudad Brisas", "TX", "78999"), ("Valle Soleado", "NM", "88999")]
BANKS = [("Harrowgate Mothers' Milk Bank", "2200 Ivory Mill Court, Larkspur Falls, OR 97999"),
         ("Mother's Gift Milk Bank of the Plains", "48 Stonecrop Avenue, Quill Harbor, WI 53999"),
         ("Banco de Leche Humana del Valle", "915 Calle Alameda, Ciudad Brisas, TX 78999"),
         ("Tidewell Regional Donor Milk Bank", "6 Weatherby Street, Tidewell, SC 29999")]
DOCS = ["Dr. Pilar N. Ostrowski (Neonatology)", "Dr. Emeka R. Haldane, MD (Pediatrics)",
        "Dra. Leonor T. Aguirre (Neonatología)", "Dr. Sigrid A. Pembroke, MD (Neonatology)"]
T2101 = "Human breast milk processing, storage and distribution"


# ---------------------------------------------------------------- small helpers (also used by the opioid family)
def pat(r, p):
    """An ID from a pattern: 9 = digit, A = letter, anything else as printed."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def plus(d, n):
    return d + dt.timedelta(days=n)


class Page(Doc):
    """A letter page with DejaVu regular and bold."""

    def __init__(self, footer=None, header=None):
        super().__init__("DejaVu", footer=footer, header=header, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=48, size=9.4, h=5.0):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def head(self, word, name, addr, phone, style=1):
        """Letterhead: style 1 a logo word over a rule; 2 a grey band; 3 centred name with an address line."""
        if style == 1:
            self.font(18, "B")
            self.cell(0, 8, word, new_x="LMARGIN", new_y="NEXT")
            self.font(9)
            self.cell(0, 4.5, name, new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, f"{addr}  |  {phone}", new_x="LMARGIN", new_y="NEXT")
            self.rule(0.7, 4)
        elif style == 2:
            self.set_fill_color(215, 215, 215)
            self.font(14, "B")
            self.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.font(8.5)
            self.cell(0, 5, f"  {addr}   Member Services {phone}   TTY 711", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        else:
            self.font(15, "B")
            self.cell(0, 7, name, align="C", new_x="LMARGIN", new_y="NEXT")
            self.font(8.5)
            self.cell(0, 4.5, addr, align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, f"Phone {phone}", align="C", new_x="LMARGIN", new_y="NEXT")
            self.rule(0.3, 5)

    def to(self, lines):
        self.font(9.8)
        for ln in lines:
            self.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def sec(self, text, size=10.5):
        self.ln(1)
        self.text_line(text, size, "B")
        self.ln(1)

    def grid(self, head, rows, widths, size=8.3, aligns=None):
        """A ruled table; a row whose first cell starts with '*' is bold."""
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.3, "B")
        self.set_fill_color(232, 232, 232)
        for t, w, a in zip(head, widths, aligns):
            self.cell(w, 6, t, border=1, align=a, fill=True)
        self.ln(6)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, 5.4, c[1:] if (i == 0 and bold) else c, border=1, align=a)
            self.ln(5.4)
        self.ln(3)


# ---------------------------------------------------------------- facts
ORGS = {
    "mcd": dict(name="Larkspur Valley Community Health Plan", word="LARKSPUR VALLEY",
                addr="PO Box 4410, Larkspur Falls, OR 97999", prod="Larkspur Valley Medicaid (Oregon Health Plan)"),
    "tide": dict(name="Tidewater Crest Insurance Company", word="TIDEWATER CREST",
                 addr="PO Box 88120, Tidewell, SC 29999", prod="Tidewater Crest Open Access PPO"),
    "es": dict(name="Plan de Salud Comunitario Brisas del Sur", word="BRISAS DEL SUR",
               addr="Apartado Postal 2290, Ciudad Brisas, TX 78999", prod="Brisas del Sur Medicaid STAR"),
    "north": dict(name="Northgable Health Assurance", word="NORTHGABLE",
                  addr="1 Gable Plaza, Northgable, VT 05999", prod="Northgable Select HMO"),
    "quill": dict(name="Quillfeather Benefit Life", word="QUILLFEATHER",
                  addr="PO Box 7001, Quill Harbor, WI 53999", prod="Quillfeather Choice Plus"),
    "oriel": dict(name="Oriel Bay Health Plan", word="ORIEL BAY",
                  addr="300 Harbor Front, Tidewell, SC 29999", prod="Oriel Bay Gold EPO"),
    "cobble": dict(name="Cobblestone Mutual Health", word="COBBLESTONE MUTUAL",
                   addr="PO Box 19, Northgable, VT 05999", prod="Cobblestone Mutual Family PPO"),
}


def make(r, kind, org, ds, ms, bank, lang="en"):
    es = lang == "es"
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    last = r.choice(LAST_ES if es else LAST)
    baby = f"{r.choice(BABY_FIRST_ES if es else BABY_FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    parent = f"{r.choice(PARENT_FIRST_ES if es else PARENT_FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    city = r.choice(CITIES_ES if es else CITIES)
    dob = notice - dt.timedelta(days=r.randint(75, 110))
    f = dict(kind=kind, lang=lang, ds=ds, ms=ms, notice=notice, baby=baby, parent=parent, org=ORGS[org], okey=org,
             street=f"{r.randint(11, 9800)} {r.choice(STREETS)}", city=f"{city[0]}, {city[1]} {city[2]}",
             bank=BANKS[bank], doc=DOCS[bank], npi=npi(r), dnpi=npi(r), ph=ph(r), fax=ph(r), dob=dob,
             ga=r.choice([27, 28, 29, 30, 31]), nicu_out=dob + dt.timedelta(days=r.randint(40, 60)))
    f["mid"] = pat(r, {"mcd": "LV99999999", "es": "99999999-B", "tide": "TCX999999999", "north": "NGA99999999",
                       "quill": "QF-999-99-9999", "oriel": "OBH99999999", "cobble": "CM9999999-02"}[org])
    f["group"] = None if org in ("mcd", "es") else pat(r, r.choice(["999999", "G-99999", "99999-999"]))
    f["claim"] = pat(r, r.choice(["99999999999", "9999A99999999", "C9999999999"]))
    f["ref"] = pat(r, "PA-2026-999999")
    f["acct"] = pat(r, "HMB-99999")
    f["received"] = notice - dt.timedelta(days=r.randint(5, 12))
    oz = r.choice([18, 20, 24, 26])
    rate = r.choice([4.25, 4.50, 4.75, 5.00])
    start = f["nicu_out"] + dt.timedelta(days=r.randint(1, 4))
    if kind in ("mcd", "approve"):                     # pre-service: the request comes before discharge
        start = notice + dt.timedelta(days=r.randint(2, 6))
        f["nicu_out"] = start - dt.timedelta(days=r.randint(1, 3))
        f["received"] = notice - dt.timedelta(days=r.randint(2, 5))
    f["start"], f["end"] = start, start + dt.timedelta(days=r.choice([29, 59]))
    n = {"eob_rx": 3, "es": 3, "stack": 2, "upheld": 2, "eob2": 2}.get(kind, 0)
    f["lines"] = []
    d = start
    for _ in range(n):
        units = oz * 7
        f["lines"].append(dict(dos=d, units=units, ch=round(units * rate, 2)))
        d += dt.timedelta(days=7)
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    if kind == "eob2":
        f["lc"] = dict(dos=f["nicu_out"] + dt.timedelta(days=r.randint(6, 12)), ch=float(r.choice([165, 180, 210])),
                       claim=pat(r, "C9999999999"))
    f["appeal"] = pat(r, "APL-99999-99")
    f["stmt"] = notice + dt.timedelta(days=r.randint(6, 14))
    f["oz"] = oz
    f["rate"] = rate
    return f


def fd(f, d):
    return fmt_date(d, f["ds"])


def mo(f, v):
    return fmt_money(v, f["ms"])


# ---------------------------------------------------------------- builders
def build_mcd_notice(f):
    o = f["org"]
    d = Page(footer="LVCHP-NABD-2026 (Rev. 01/2026)   Page {p} of {n}")
    d.add_page()
    d.head(o["word"], o["name"], o["addr"], f["ph"], 1)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(3)
    d.to([f"To the parent or guardian of {f['baby']}", f["street"], f["city"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.text_line("Your request for a service was denied", 10.5, "B")
    d.ln(2)
    d.rows([("Member name:", f["baby"]), ("Member ID:", f["mid"]), ("Date of birth:", fd(f, f["dob"])),
            ("Reference number:", f["ref"]), ("Requesting provider:", f"{f['bank'][0]} (NPI {f['npi']})"),
            ("Prescriber:", f"{f['doc']}, NPI {f['dnpi']}"),
            ("Service requested:", f"T2101 {T2101}, pasteurized donor human milk, {f['oz']} oz per day"),
            ("Dates requested:", f"{fd(f, f['start'])} to {fd(f, f['end'])}"),
            ("Request received:", fd(f, f["received"]))])
    d.sec("What we decided")
    d.para(f"We reviewed the request from {f['bank'][0]} for pasteurized donor human milk for your baby after "
           f"discharge from the neonatal intensive care unit on {fd(f, f['nicu_out'])}. We denied this request. "
           "Donor human milk is a covered benefit only while an infant is an inpatient in a hospital NICU. Donor "
           "milk for use at home (outpatient) is not a covered benefit under the Oregon Health Plan and your "
           "Larkspur Valley member handbook (Chapter 6, Services that are not covered).", 9.8)
    d.para("Your baby's doctor can talk with a plan pharmacist about covered infant formulas, including "
           "specialty formulas for premature infants. A WIC office may also help.", 9.8)
    d.sec("Your right to appeal")
    d.para("If you disagree with this decision, you or someone you choose can ask for an appeal. You must ask "
           f"within 60 days of the date of this notice. Call Member Services at {f['ph']} (TTY 711) or write to "
           f"Appeals and Grievances, {o['addr']}. You can ask for a fast appeal if waiting 30 days could seriously "
           "harm your baby's health; we will decide a fast appeal within 72 hours.", 9.6)
    d.para("If we do not decide in your favor, you can ask for a State Fair Hearing within 120 days of the date "
           "of our appeal decision. If your baby is already getting this service, you can ask to keep getting it "
           "during the appeal if you ask within 10 days of the date of this notice.", 9.6)
    d.para("You can get the documents we used to make this decision for free. Language help is available at no "
           f"cost: {f['ph']}.", 9.0)
    return pdf_bytes(d)


def eob_table(d, f, rows, widths, aligns):
    d.grid(["Service date", "Code", "Description", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
           rows, widths, 7.6, aligns)


def build_eob_rx(f):
    o = f["org"]
    d = Page(footer="Tidewater Crest  -  This is not a bill  -  Page {p} of {n}")
    d.add_page()
    d.head(o["word"], o["name"], o["addr"], f["ph"], 2)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    d.rows([("Statement date:", fd(f, f["notice"])), ("Subscriber:", f["parent"]), ("Patient:", f["baby"]),
            ("Member ID:", f["mid"]), ("Group number:", f["group"]), ("Plan:", o["prod"]),
            ("Claim number:", f["claim"]), ("Provider:", f["bank"][0]), ("Claim received:", fd(f, f["received"]))],
           42, 9.0, 4.7)
    rows = [[fmt_date(x["dos"], "slash"), "T2101", "Donor milk (per oz)", str(x["units"]), mo(f, x["ch"]),
             mo(f, 0), mo(f, 0), mo(f, 0), "RX1"] for x in f["lines"]]
    rows.append(["*Claim total", "", "", "", mo(f, f["total"]), mo(f, 0), mo(f, 0), mo(f, 0), ""])
    eob_table(d, f, rows, [22, 13, 40, 12, 22, 20, 20, 18, 11], "LLLRRRRRL")
    d.sec("Notes", 9.5)
    d.para("RX1  This service requires a written prescription or order from a licensed provider. No prescription "
           "or order was received with the claim or on file. The provider may resubmit the claim with the "
           "order. You do not owe this amount.", 8.8)
    d.sec("Your right to appeal", 9.5)
    d.para("You may ask us to review this decision. Send your appeal within 180 days of the date of this statement "
           f"to Tidewater Crest Appeals, {o['addr']}. For urgent care you may call {f['ph']}. You may also have "
           "the right to an external review and to bring a civil action under ERISA section 502(a).", 8.6)
    return pdf_bytes(d)


def build_es(f):
    o = f["org"]
    d = Page(footer="Brisas del Sur - Aviso AD-07   Página {p} de {n}")
    d.add_page()
    d.head(o["word"], o["name"], o["addr"], f["ph"], 3)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(2)
    d.to([f"Padre, madre o tutor de {f['baby']}", f["street"], f["city"]])
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    d.ln(1)
    d.rows([("Nombre del miembro:", f["baby"]), ("Número de miembro:", f["mid"]),
            ("Fecha de nacimiento:", fd(f, f["dob"])), ("Número de reclamo:", f["claim"]),
            ("Proveedor:", f["bank"][0]), ("Médico que recetó:", f["doc"]),
            ("Reclamo recibido:", fd(f, f["received"]))], 46, 9.2)
    rows = [[fd(f, x["dos"]), "T2101", f"Leche humana de donante, {x['units']} onzas", mo(f, x["ch"]), "Negado"]
            for x in f["lines"]]
    rows.append(["*Total facturado", "", "", mo(f, f["total"]), ""])
    d.grid(["Fecha del servicio", "Código", "Servicio", "Monto facturado", "Decisión"], rows, [42, 16, 66, 28, 24],
           8.0, "LLLRL")
    d.sec("Lo que decidimos")
    d.para("Negamos el pago de la leche humana de donante pasteurizada entregada en su casa después del alta de "
           f"la unidad de cuidados intensivos neonatales (alta: {fd(f, f['nicu_out'])}). Este beneficio está cubierto "
           "solo mientras el bebé está hospitalizado. La leche de donante para uso en casa (ambulatorio) no es un "
           "beneficio cubierto por el programa Medicaid STAR.", 9.6)
    d.sec("Su derecho a apelar")
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
           f"Llame al {f['ph']} (TTY 711) o escriba a Apelaciones, {o['addr']}. Después de la apelación, puede pedir "
           "una audiencia imparcial estatal dentro de 120 días a partir de la fecha de la decisión de la apelación.",
           9.4)
    d.para("Tiene derecho a recibir gratis copias de los documentos que usamos para tomar esta decisión.", 9.0)
    return pdf_bytes(d)


def build_approval(f):
    o = f["org"]
    d = Page(footer="NGHA UM-APPR   {p}/{n}")
    d.add_page()
    d.head(o["word"], o["name"], o["addr"], f["ph"], 1)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(3)
    d.to([f["parent"], f["street"], f["city"]])
    d.text_line("Re: Coverage approved - donor human milk", 11, "B")
    d.ln(2)
    d.rows([("Patient:", f["baby"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
            ("Authorization number:", f["ref"]), ("Provider:", f["bank"][0]), ("Ordered by:", f["doc"]),
            ("Approved service:", f"T2101 pasteurized donor human milk, up to {f['oz']} oz per day"),
            ("Approved dates:", f"{fd(f, f['start'])} through {fd(f, f['end'])}")])
    d.para(f"Good news. We approved pasteurized donor human milk from {f['bank'][0]} for your baby after discharge "
           f"from the NICU. Your baby was born at {f['ga']} weeks and meets our criteria (Medical Policy "
           "NG-PED-114) for up to 60 days after discharge while feeding intolerance is being managed.", 9.8)
    d.para("The milk bank will bill us directly. Your plan's durable medical equipment cost share applies. If more "
           "days are needed, the doctor can send a new request with updated growth notes before the approved "
           "period ends.", 9.8)
    d.para(f"Questions? Call Care Management at {f['ph']}, Monday to Friday, 8 a.m. to 6 p.m.", 9.4)
    d.para("Sincerely,\nUtilization Management Department\nNorthgable Health Assurance", 9.4)
    return pdf_bytes(d)


def build_quill(f):
    o = f["org"]
    d = Page(footer="QBL CLM-DN 04/26   Page {p} of {n}")
    d.add_page()
    d.head(o["word"], o["name"], o["addr"], f["ph"], 2)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(3)
    d.to([f["parent"], f["street"], f["city"]])
    d.text_line("Claim Denial Notice", 12.5, "B")
    d.ln(1)
    d.rows([("Patient name:", f["baby"]), ("Subscriber:", f["parent"]), ("ID number:", f["mid"]),
            ("Group no.:", f["group"]), ("Claim #:", f["claim"]), ("Billing provider:", f["bank"][0]),
            ("Referring physician:", f["doc"]), ("Total charges:", mo(f, f["total"]))], 44, 9.4)
    rows = [[fd(f, x["dos"]), "T2101", str(x["units"]), mo(f, x["ch"]), "Denied"] for x in f["lines"]]
    d.grid(["Date of service", "HCPCS", "Ounces", "Charge", "Status"], rows, [40, 22, 22, 30, 30], 8.4, "LLRRL")
    d.sec("Reason for denial")
    d.para("Our medical director reviewed the notes sent with this claim. Donor human milk after hospital "
           "discharge is medically necessary only for an infant under 40 weeks corrected age, or with a documented "
           "feeding intolerance to formula. The records show your baby was 44 weeks corrected age on the first "
           "delivery date and was gaining weight on a standard preterm formula. The criteria of Medical Policy "
           "QB-MP-0311 were not met, so the milk is not medically necessary and the claim is denied.", 9.6)
    d.sec("How to appeal")
    d.para("You, your doctor or another representative may appeal within 180 days of the date of this letter. "
           f"Mail or fax your appeal to Quillfeather Appeals, {o['addr']}, fax {f['fax']}. After our final "
           "decision you may ask for an independent external review within 4 months.", 9.4)
    return pdf_bytes(d)


def build_stmt(f):
    d = Page(footer="Please detach and return the lower portion with your payment")
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, f["bank"][0], new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{f['bank'][1]}  ·  Billing {f['ph']}  ·  Fax {f['fax']}", 8.5)
    d.text_line("A nonprofit member of the donor milk bank network. Tax ID 99-0000000.", 8)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    d.rows([("Statement date:", fd(f, f["stmt"])), ("Account number:", f["acct"]), ("Patient:", f["baby"]),
            ("Responsible party:", f["parent"]), ("Insurance:", f"{f['org']['name']} - claim {f['claim']}")], 42, 9.4)
    rows = [[fd(f, x["dos"]), f"Donor milk delivery, {x['units']} oz", mo(f, x["ch"]), "Denied", mo(f, x["ch"])]
            for x in f["lines"]]
    rows.append(["*Total charges", "", mo(f, f["total"]), "", mo(f, f["total"])])
    d.grid(["Delivery date", "Description", "Charges", "Insurance", "Balance"], rows, [34, 66, 28, 24, 28], 8.4,
           "LLRLR")
    d.para("Your insurance denied these deliveries. You may pay the balance, set up a payment plan, or apply for our "
           "charity care program (most families qualify). We have placed your account on hold for 60 days while "
           "you appeal.", 9.4)
    return pdf_bytes(d)


def build_upheld(f):
    o = f["org"]
    d = Page(footer="Oriel Bay Health Plan  ·  Appeal Decision  ·  {p} of {n}")
    d.add_page()
    d.head(o["word"], o["name"], o["addr"], f["ph"], 3)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(2)
    d.to([f["parent"], f["street"], f["city"]])
    d.text_line("FINAL INTERNAL APPEAL DECISION", 12, "B")
    d.ln(1)
    d.rows([("Patient:", f["baby"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
            ("Appeal number:", f["appeal"]), ("Original claim:", f["claim"]), ("Provider:", f["bank"][0]),
            ("Dates of service:", ", ".join(fd(f, x["dos"]) for x in f["lines"])),
            ("Amount billed:", mo(f, f["total"])), ("Appeal received:", fd(f, f["received"]))], 40, 9.4)
    d.sec("Decision: our denial is upheld")
    d.para("A pediatrician who was not involved in the first decision reviewed your appeal and the letter from "
           f"{f['doc']}. Your certificate of coverage (Section 9, Exclusions, item 31) excludes human breast milk, "
           "including donor milk, except as part of an inpatient hospital stay. The deliveries on the dates above "
           "were after your baby's discharge and are not a covered benefit. We are upholding the denial.", 9.6)
    d.sec("What you can do next")
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. Call the Office of Insurance Regulation at "
           f"{f['fax']} for help. You may also bring a civil action under section 502(a) of ERISA.",
           9.4)
    return pdf_bytes(d)


def build_eob2(f):
    o = f["org"]
    d = Page(footer="COBBLESTONE MUTUAL HEALTH - EXPLANATION OF BENEFITS - PAGE {p} OF {n}")
    d.add_page()
    d.head(o["word"], o["name"], o["addr"], f["ph"], 1)
    d.text_line("Your Explanation of Benefits", 13, "B")
    d.ln(1)
    d.rows([("Issued:", fd(f, f["notice"])), ("Member:", f["parent"]), ("Member ID:", f["mid"]),
            ("Group:", f["group"]), ("Patient:", f["baby"])], 34, 9.2, 4.7)
    lc = f["lc"]
    d.sec("Claim 1 of 2 - Ferncliff Lactation Partners  ·  Claim " + lc["claim"], 9.6)
    d.grid(["Date", "Service", "Charged", "Allowed", "Paid", "You pay", "Code"],
           [[fd(f, lc["dos"]), "S9443 Lactation class", mo(f, lc["ch"]), mo(f, lc["ch"] * .8), mo(f, lc["ch"] * .8),
             mo(f, 0), "P1"]], [28, 52, 22, 22, 22, 20, 14], 8.0, "LLRRRRL")
    d.sec(f"Claim 2 of 2 - {f['bank'][0]}  ·  Claim {f['claim']}", 9.6)
    rows = [[fd(f, x["dos"]), f"T2101 Donor milk, {x['units']} oz", mo(f, x["ch"]), mo(f, 0), mo(f, 0), mo(f, 0),
             "X7"] for x in f["lines"]]
    rows.append(["*Totals", "", mo(f, f["total"]), mo(f, 0), mo(f, 0), mo(f, 0), ""])
    d.grid(["Date", "Service", "Charged", "Allowed", "Paid", "You pay", "Code"], rows,
           [28, 52, 22, 22, 22, 20, 14], 8.0, "LLRRRRL")
    d.sec("Explanation codes", 9.6)
    d.para("P1  Paid at 100% as a preventive lactation service.\nX7  Human milk and donor milk are not covered when "
           "provided outside an inpatient hospital stay. This is an exclusion of your plan. The provider may bill "
           "you for this amount.", 8.8)
    d.sec("Appeals", 9.6)
    d.para(f"To appeal a denied service, write to us by {fd(f, f['deadline'])}. Include this statement and any "
           f"records. Cobblestone Mutual Appeals, {o['addr']}. Questions: {f['ph']}.", 8.8)
    return pdf_bytes(d)


# ---------------------------------------------------------------- truth
def truth_of(f):
    k, o = f["kind"], f["org"]
    iso = lambda d: d.isoformat()  # noqa: E731
    dl = lambda n: iso(plus(f["notice"], n))  # noqa: E731
    c = dict(insurer=o["name"], member_id=f["mid"], member_name=f["baby"], provider=f["bank"][0],
             denial_date=iso(f["notice"]), group_number=f["group"])
    dates = [iso(x["dos"]) for x in f["lines"]]
    alt = {"insurer": [o["prod"]]}
    if k == "mcd":
        return truth("denial_letter", "not_covered", case_numbers=[f["ref"]],
                     service_dates=[f"{iso(f['start'])}/{iso(f['end'])}"], appeal_deadline=dl(60),
                     alternates={**alt, "service_dates": [[iso(f["start"])], []]},
                     denial_alternates=["level_of_care"], **c)
    if k == "eob_rx":
        return truth("eob", "other", case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                     service_dates=dates, appeal_deadline=dl(180), alternates=alt,
                     denial_alternates=["not_covered", "medical_necessity", "coding_error"], **c)
    if k == "es":
        return truth("denial_letter", "not_covered", "es", case_numbers=[f["claim"]],
                     claim_amount=f"{f['total']:.2f}", service_dates=dates, appeal_deadline=dl(60), alternates=alt,
                     denial_alternates=["level_of_care"], **c)
    if k == "approve":
        return truth("other", None, case_numbers=[f["ref"]], service_dates=[f"{iso(f['start'])}/{iso(f['end'])}"],
                     alternates={**alt, "service_dates": [[iso(f["start"])], []]}, **c)
    if k == "stack":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["claim"]],
                     claim_amount=f"{f['total']:.2f}", service_dates=dates, appeal_deadline=dl(180), alternates=alt,
                     **c)
    if k == "stmt":
        c.update(denial_date=iso(f["stmt"]))
        return truth("other", None, case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}", service_dates=dates,
                     unscored=["insurer", "group_number"], alternates={"case_numbers": [[]], "claim_amount": [None]},
                     **{**c, "group_number": None, "member_id": None})
    if k == "upheld":
        return truth("denial_letter", "not_covered", case_numbers=[f["appeal"], f["claim"]],
                     claim_amount=f"{f['total']:.2f}", service_dates=dates, appeal_deadline=None,
                     alternates={**alt, "case_numbers": [[f["appeal"]]]}, **c)
    if k == "eob2":
        return truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                     service_dates=dates, appeal_deadline=iso(f["deadline"]), alternates=alt, **c)
    raise ValueError(k)


BUILD = {"mcd": build_mcd_notice, "eob_rx": build_eob_rx, "es": build_es, "approve": build_approval,
         "upheld": build_upheld, "eob2": build_eob2}

# (suffix, condition, kind, org, date style, money style, milk bank index, lang)
PLAN = [
    ("bd_medicaid_notice_outpatient_not_covered", "born_digital", "mcd", "mcd", "long", "plain", 0, "en"),
    ("bd_eob_t2101_no_prescription", "born_digital", "eob_rx", "tide", "slash", "nosign", 3, "en"),
    ("scan300_aviso_medicaid_leche_donante_es", "scan_clean_300", "es", "es", "es", "plain", 2, "es"),
    ("copy_approval_60_days_after_discharge", "photocopy", "approve", "north", "abbr", "plain", 1, "en"),
    ("faxfine_stack_cover_denial_corrected_age_milk_bank_statement", "fax_fine_g4", "stack", "quill", "dmy",
     "space", 1, "en"),
    ("photo_appeal_upheld_inpatient_only_exclusion", "phone_photo", "upheld", "oriel", "wlong", "plain", 3, "en"),
    ("rotated_eob_lactation_paid_donor_milk_excluded", "rotated", "eob2", "cobble", "mdy_nopad", "usd", 0, "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, org, ds, ms, bank, lang) in enumerate(PLAN):
        r = random.Random(SEED + i)
        f = make(r, kind, org, ds, ms, bank, lang)
        if kind == "eob2":
            f["deadline"] = plus(f["notice"], 180)
        name = f"{FAMILY}_{suffix}"
        if kind == "stack":
            st = dict(f, kind="stmt")
            items.append(Item(name, cond, [(build_quill(f), truth_of(f)), (build_stmt(st), truth_of(st))],
                              separators=["cover", None]))
        else:
            items.append(Item(name, cond, [(BUILD[kind](f), truth_of(f))]))
    return items
