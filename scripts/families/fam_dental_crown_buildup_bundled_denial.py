"""Family 'dental_crown_buildup_bundled_denial': dental plan EOBs and letters and Medicaid dental notices on crowns
with core buildups (D2740 porcelain/ceramic crown, D2750 porcelain fused to high noble, D2790 full cast high noble,
D2950 core buildup including any pins, D2954 prefabricated post and core in addition to crown).

Cases: the buildup denied as included in the crown (plan EOB, dependent patient with the subscriber named); the
crown denied within the 5-year replacement period (plan letter naming the prior crown's date); a ceramic crown on a
molar paid as a full cast metal crown (alternate benefit, EOB); a predetermination approved (estimate, no denial); a
Spanish EOB with the buildup denied; a Medicaid dental notice denying a post and core for no completed root canal on
file, behind a fax cover sheet, with the notice to the dentist after it; an appeal decision upholding the
replacement-period denial (phone photo).

Modelled from memory on common dental EOB layouts (subscriber / patient / tooth / CDT code / submitted / allowed /
plan pays / patient pays, remark codes) and Medicaid notice-of-action wording. All plans, people, practices, IDs and
phone numbers (555) are invented. Decoys: the subscriber, dates of birth, the prior crown date, the received date, the
NPI, the treating dentist (named apart from the practice), the x-ray date, the referring general dentist.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "dental_crown_buildup_bundled_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
FIRST = ["Ottoline", "Barnaby", "Chiamaka", "Leopold", "Saoirse", "Tadeusz", "Hyacinth", "Ruslan", "Marisela",
         "Ebenezer", "Fumiko", "Casimir", "Adaeze", "Ignatius", "Rosalind", "Thanh"]
LAST = ["Ravenscroft", "Okonkwo", "Delacroix", "Halvorsen", "Bezuidenhout", "Kaminski", "Ashgrove", "Moreau",
        "Nakashima", "Pellegrini", "Quarshie", "Strozzi", "Trelawney", "Vukovic", "Wetherby", "Zielinski"]
FIRST_ES = ["Crisanto", "Evangelina", "Baltasar", "Rosaura", "Fermín", "Nicanora"]
LAST_ES = ["Alvarado", "Bustamante", "Cárdenas", "Escobedo", "Madrigal", "Urquiza"]
STREETS = ["Larkspur Row", "Tiller Court", "Wickham Street", "Oxbow Lane", "Garnet Hill Road"]
CITIES = [("Marrowfield", "OR", "97381"), ("Pike Hollow", "KY", "40977"), ("Dunmore Bay", "NC", "28594")]
CITIES_ES = [("San Lázaro", "TX", "78577"), ("Mesa Verde", "AZ", "85397")]

PLANS = {
    "CB": dict(name="Corbel Dental Benefits", short="CORBEL DENTAL", addr="PO Box 40721, Marrowfield, OR 97381"),
    "LT": dict(name="Lintel Mutual Dental Plan", short="LINTEL MUTUAL", addr="PO Box 2290, Pike Hollow, KY 40977"),
    "MD": dict(name="Dunmore Bay Medicaid Dental Program", short="DUNMORE BAY MEDICAID DENTAL",
               addr="PO Box 77310, Dunmore Bay, NC 28594"),
    "ES": dict(name="Plan Dental Arcoíris", short="PLAN DENTAL ARCOÍRIS", addr="Apartado 5120, San Lázaro, TX 78577"),
}
PRACTICES = [("Wickham Street Family Dentistry", "212 Wickham Street, Marrowfield, OR 97381"),
             ("Oxbow Lane Dental Group, PLLC", "48 Oxbow Lane, Pike Hollow, KY 40977"),
             ("Garnet Hill Restorative Dentistry", "9 Garnet Hill Road, Dunmore Bay, NC 28594"),
             ("Clínica Dental Sonrisa del Valle", "1400 Larkspur Row, San Lázaro, TX 78577")]
DENTISTS = ["Dr. Perpetua V. Maddox, DDS", "Dr. Oluwaseun K. Bright, DMD", "Dr. Anneliese R. Fontaine, DDS",
            "Dra. Xochitl M. Ybarra, DDS"]


class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer, margins=(15, 13, 15))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=48, size=9.4, h=5.0):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def grid(self, head, rows, widths, size=7.8, aligns=None, h=5.2):
        aligns = aligns or "L" * len(widths)
        self.font(size, "B")
        self.set_fill_color(228, 228, 228)
        for t, w in zip(head, widths):
            self.cell(w, 6, t, border=1, fill=True)
        self.ln(6)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, h, c[1:] if (bold and i == 0) else c, border=1, align=a)
            self.ln(h)
        self.ln(2)


def pat(r, p):
    return "".join(r.choice("ACDEFGHJKMNPRTWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c for c in p)


def person(r, lang="en"):
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("BCDEFGHJKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def fd(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "es_slash": d.strftime("%d/%m/%Y")}[s]


def usd(v: float, s: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}"}[s]


def m2(v: float) -> str:
    return f"{v:.2f}"


def ph(r) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def npi(r) -> str:
    return r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9))


def facts(r: random.Random, lang: str) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    dos = notice - dt.timedelta(days=r.randint(12, 40))
    pat_ = person(r, lang)
    sub = person(r, lang)
    while sub[3] == pat_[3] or sub[1] == pat_[1]:
        sub = person(r, lang)
    sub = (f"{sub[1]} {sub[2]}. {pat_[3]}", sub[1], sub[2], pat_[3])
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    return dict(notice=notice, dos=dos, member=pat_, sub=sub, addr=(f"{r.randint(14, 9800)} {r.choice(STREETS)}",
                f"{city}, {st} {z}"), dob=dt.date(r.randint(1958, 2009), r.randint(1, 12), r.randint(1, 28)),
                npi=npi(r), ph=ph(r), received=dos + dt.timedelta(days=r.randint(2, 6)),
                molar=r.choice(["3", "14", "19", "30", "2", "31"]), ant=r.choice(["8", "9", "6", "11"]),
                pm=r.choice(["4", "5", "12", "13", "20", "29"]))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, r.randint(1, 99) / 100]), 2)


# ---------------------------------------------------------------- documents

def eob_head(d: Page, p: dict, f: dict, ds: str, es: bool = False):
    d.add_page()
    d.font(18, "B")
    d.cell(110, 9, p["short"])
    d.font(8.5)
    d.multi_cell(0, 4, f"{p['addr']}\n{'Servicio al cliente' if es else 'Customer Service'} {f['ph']}",
                 new_x="LMARGIN", new_y="NEXT", align="R")
    d.rule(0.8, 2)
    d.text_line("Explicación de Beneficios Dentales" if es else "Dental Explanation of Benefits", 14, "B")
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    y0 = d.get_y()
    for ln in (f["sub"][0].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(ln, 10)
    d.set_xy(108, y0)
    L = (["Suscriptor", "Paciente", "Fecha de nacimiento del paciente", "Número de identificación", "Grupo",
          "Número de reclamación", "Fecha de la declaración", "Recibida"] if es else
         ["Subscriber", "Patient", "Patient date of birth", "Member ID", "Group number", "Claim number",
          "Statement date", "Date received"])
    vals = [f["sub"][0], f["member"][0], fd(f["dob"], ds), f["mid"], f["group"], f["claim"], fd(f["notice"], ds),
            fd(f["received"], ds)]
    for k, v in zip(L, vals):
        d.set_x(108)
        d.font(7.8, "B")
        d.cell(46, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 30) + 3)
    prov = (f"Proveedor: {f['prac'][0]}, {f['prac'][1]}   Dentista tratante: {f['dentist']}   NPI {f['npi']}   "
            f"Fecha de servicio: {fd(f['dos'], 'es')}" if es
            else f"Billing provider: {f['prac'][0]}, {f['prac'][1]}   Treating dentist: {f['dentist']}   "
                 f"NPI {f['npi']}")
    d.para(prov, 8.6, 2)


def eob_table(d: Page, f: dict, ds: str, es: bool = False):
    head = (["Diente", "Fecha", "Código", "Descripción", "Cobrado", "Permitido", "Plan paga", "Usted paga", "Obs."]
            if es else ["Tooth", "Service date", "Code", "Description", "Submitted", "Allowed", "Plan pays",
                        "You owe", "Remark"])
    rows = [[ln["tooth"], fd(f["dos"], "short" if not es else "es_slash"), ln["code"], ln["desc"], usd(ln["ch"]),
             usd(ln["al"]), usd(ln["paid"]), usd(ln["you"]), ln["rmk"]] for ln in f["lines"]]
    t = [round(sum(ln[k] for ln in f["lines"]), 2) for k in ("ch", "al", "paid", "you")]
    rows.append(["*", "", "", "Total" if es else "Claim total", *[usd(v) for v in t], ""])
    d.grid(head, rows, [12, 21, 14, 55, 18, 18, 17, 17, 13], 7.6, "CLLLRRRRC")


def build_eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Page(footer="Página {p} de {n}" if es else "Page {p} of {n}")
    ds = f["ds"]
    eob_head(d, f["plan"], f, ds, es)
    eob_table(d, f, ds, es)
    d.text_line("Explicación de observaciones" if es else "Remark codes", 10.5, "B")
    for k, v in f["remarks"]:
        d.font(8.8, "B")
        d.cell(12, 4.6, k)
        d.font(8.8)
        d.multi_cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.6)
    d.ln(2)
    d.rows([("Máximo anual usado:" if es else "Annual maximum used:", usd(f["maxused"])),
            ("Máximo anual restante:" if es else "Annual maximum remaining:", usd(f["maxleft"]))], 60, 9)
    d.ln(2)
    d.text_line("Sus derechos de apelación" if es else "Your right to appeal", 10.5, "B")
    if es:
        d.para(f"Si no está de acuerdo con esta decisión, puede pedir una revisión por escrito dentro de los 180 días "
               f"a partir de la fecha de esta declaración. Escriba a {f['plan']['name']}, Apelaciones, "
               f"{f['plan']['addr']}, o llame al {f['ph']}. Incluya la reclamación {f['claim']} y las radiografías.",
               9)
    else:
        d.para(f"If you disagree with this determination you or your dentist may request a review in writing within "
               f"180 days of the date of this statement. Send your request with radiographs and the dentist's "
               f"narrative to {f['plan']['name']}, Claim Review, {f['plan']['addr']}. Questions: {f['ph']}.", 9)
    return pdf_bytes(d)


def letter_head(d: Page, p: dict, f: dict, ds: str):
    d.add_page()
    d.text_line(p["name"], 16, "B")
    d.text_line(f"{p['addr']}  |  Member Services {f['ph']}", 8.5)
    d.rule(0.5, 5)
    d.text_line(fd(f["notice"], ds), 10)
    d.ln(3)
    for ln in (f["sub"][0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)


def build_replacement(f: dict) -> bytes:
    d = Page()
    ds = f["ds"]
    p = f["plan"]
    letter_head(d, p, f, ds)
    d.rows([("Re: Patient", f["member"][0]), ("Member ID", f["mid"]), ("Group", f["group"]),
            ("Claim number", f["claim"]), ("Dentist", f"{f['dentist']}, {f['prac'][0]}"),
            ("Date of service", fd(f["dos"], ds)), ("Amount billed", usd(f["total"]))], 40, 9.8)
    d.ln(3)
    d.para(f"Dear {f['sub'][1]} {f['sub'][3]}:", 10)
    c = f["lines"][0]
    d.para(f"We received a claim from {f['prac'][0]} for a crown ({c['code']}) on tooth #{c['tooth']} for "
           f"{f['member'][1]}. We cannot pay for this crown. Your plan pays for the replacement of a crown only when "
           f"the existing crown is more than five (5) years old. Our records show a crown was placed on tooth "
           f"#{c['tooth']} on {fd(f['prior'], ds)} and paid under claim {f['prior_claim']}. The replacement is "
           f"therefore within the replacement period (Section 4.7, Limitations).", 10)
    d.para(f"The core buildup (D2950) billed with it is denied for the same reason. You may be responsible for the "
           f"billed charges of {usd(f['total'])}. A crown on this tooth may be eligible for benefits on or after "
           f"{fd(f['eligible'], ds)}.", 10)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"You may appeal this decision. Your written appeal must be received by {fd(f['deadline'], ds)}. "
           f"Include a copy of this letter and any records showing the crown was lost or damaged beyond repair "
           f"through no fault of your own. Mail it to {p['name']}, Appeals Unit, {p['addr']}.", 10)
    d.para(f"Sincerely,\n\nDental Claims Review\n{p['name']}", 10)
    d.text_line(f"cc: {f['prac'][0]}, NPI {f['npi']}", 8)
    return pdf_bytes(d)


def build_predet(f: dict) -> bytes:
    d = Page()
    ds = f["ds"]
    p = f["plan"]
    letter_head(d, p, f, ds)
    d.text_line("Predetermination of Benefits - Approved", 13, "B")
    d.ln(1)
    d.rows([("Patient", f["member"][0]), ("Subscriber", f["sub"][0]), ("Member ID", f["mid"]),
            ("Group number", f["group"]), ("Predetermination #", f["claim"]),
            ("Dental office", f["prac"][0]), ("Dentist", f["dentist"]),
            ("Proposed date", fd(f["dos"], ds))], 46, 9.6)
    d.ln(2)
    rows = [[ln["tooth"], ln["code"], ln["desc"], usd(ln["ch"]), usd(ln["al"]), usd(ln["paid"]), usd(ln["you"])]
            for ln in f["lines"]]
    t = [round(sum(ln[k] for ln in f["lines"]), 2) for k in ("ch", "al", "paid", "you")]
    rows.append(["*Total", "", "", *[usd(v) for v in t]])
    d.grid(["Tooth", "CDT", "Procedure", "Proposed fee", "Allowed", "Est. plan pays", "Est. you pay"], rows,
           [14, 16, 62, 22, 22, 22, 22], 7.8, "CLLRRRR")
    d.para("Good news: the treatment your dentist proposed is covered under your plan. The crown and the core buildup "
           "were approved because the tooth has a completed root canal and less than half of the natural crown "
           "remains. This is an estimate, not a guarantee of payment: benefits are paid according to your "
           "eligibility and remaining annual maximum on the date the work is completed.", 10)
    d.para(f"This predetermination is valid for 12 months, through {fd(f['valid'], ds)}. Radiographs dated "
           f"{fd(f['xray'], ds)} were reviewed. Questions: {f['ph']}.", 10)
    return pdf_bytes(d)


def build_medicaid(f: dict) -> bytes:
    d = Page(footer="NOA-D 03/26  Page {p}")
    ds = f["ds"]
    p = f["plan"]
    letter_head(d, p, f, ds)
    d.text_line("NOTICE OF ACTION - Dental Services Denied", 13, "B")
    d.ln(1)
    d.rows([("Member:", f["member"][0]), ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], ds)),
            ("Request / TCN:", f["claim"]), ("Dental provider:", f"{f['prac'][0]} ({f['dentist']})"),
            ("Date of service:", fd(f["dos"], ds))], 44, 9.8)
    d.ln(2)
    rows = [[ln["tooth"], ln["code"], ln["desc"], usd(ln["ch"]), "Approved" if ln["paid"] else "Denied"]
            for ln in f["lines"]]
    rows.append(["*", "", "Total billed", usd(f["total"]), ""])
    d.grid(["Tooth", "Code", "Service", "Billed", "Decision"], rows, [16, 18, 90, 28, 28], 8.2, "CLLRL")
    d.para(f"Why we made this decision: a prefabricated post and core (D2954) is covered only on a tooth with a "
           f"completed root canal. Our records have no root canal (D3310-D3330) on tooth #{f['lines'][0]['tooth']} "
           f"and the radiograph sent does not show a completed root canal filling. The crown (D2740) on the same "
           "tooth was approved.", 10)
    d.para("Legal basis: State Medicaid Dental Provider Manual, Section 8.4 (Restorative Services).", 9)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"If you disagree, you can ask for an appeal within 60 days of the date of this notice. Call "
           f"{f['ph']} or write to {p['name']}, Member Appeals, {p['addr']}. After the appeal you can ask for a "
           "State Fair Hearing within 120 days of the appeal decision. To keep services during an appeal you must "
           "ask within 10 days.", 10)
    return pdf_bytes(d)


def build_medicaid_prov(f: dict) -> bytes:
    d = Page()
    ds = f["ds"]
    p = f["plan"]
    d.add_page()
    d.text_line(p["name"], 15, "B")
    d.text_line(f"Provider Services  {f['ph2']}  |  {p['addr']}", 8.5)
    d.rule(0.5, 4)
    d.text_line("PROVIDER NOTIFICATION OF DENIED SERVICE", 12, "B")
    d.rows([("Date:", fd(f["notice"], ds)), ("To:", f"{f['prac'][0]}, {f['prac'][1]}"),
            ("Billing NPI:", f["npi"]), ("Recipient:", f["member"][0]), ("Recipient ID:", f["mid"]),
            ("TCN:", f["claim"]), ("DOS:", fd(f["dos"], ds))], 36, 9.6)
    d.ln(2)
    d.grid(["Line", "Tooth", "Proc", "Billed", "Paid", "EOB code"],
           [[str(i + 1), ln["tooth"], ln["code"], usd(ln["ch"]), usd(ln["paid"]), ln["rmk"]]
            for i, ln in enumerate(f["lines"])] + [["*Total", "", "", usd(f["total"]), usd(f["lines"][1]["paid"]), ""]],
           [14, 16, 20, 30, 30, 30], 8.4, "CCLRRC")
    d.para("EOB 4471: post and core requires a completed endodontic procedure on the same tooth on file. Providers "
           "may request reconsideration within 60 days of this notification with the post-operative endodontic "
           "radiograph. The recipient may not be billed for the denied service.", 9.6)
    return pdf_bytes(d)


def build_upheld(f: dict) -> bytes:
    d = Page()
    ds = f["ds"]
    p = f["plan"]
    letter_head(d, p, f, ds)
    d.text_line("First-Level Appeal Decision", 13, "B")
    d.rows([("Appeal number:", f["appeal"]), ("Original claim:", f["claim"]), ("Patient:", f["member"][0]),
            ("Member ID:", f["mid"]), ("Group:", f["group"]), ("Provider:", f["prac"][0]),
            ("Service:", f"D2750 crown, tooth #{f['lines'][0]['tooth']}, {fd(f['dos'], ds)}"),
            ("Charges:", usd(f["total"])), ("Appeal received:", fd(f["received"], ds))], 40, 9.8)
    d.ln(2)
    d.para(f"Dear {f['sub'][1]} {f['sub'][3]}: A dentist consultant who was not involved in the first decision "
           f"reviewed the appeal sent by {f['dentist']}. The crown on this tooth was placed on "
           f"{fd(f['prior'], ds)}, less than 5 years before the new crown. The records describe recurrent decay at "
           "the margin but do not show that the crown was damaged beyond repair by an accident. Our decision is "
           "upheld: the replacement crown is not covered under the plan's replacement limitation.", 10)
    d.text_line("Next steps", 11, "B")
    d.para(f"You may request a second-level appeal within 60 days of the date of this letter. Send it to "
           f"{p['name']}, Second-Level Appeals, {p['addr']}. You may also call {f['ph']}.", 10)
    d.para(f"Dental Appeals Committee\n{p['name']}", 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- cases

def make(kind: str, r: random.Random, cond: str, ds: str):
    lang = "es" if kind == "es_eob" else "en"
    f = facts(r, lang)
    f.update(kind=kind, ds=ds, lang=lang)
    pi = {"bundle": 0, "replace": 1, "downgrade": 0, "predet": 2, "es_eob": 3, "medicaid": 2, "upheld": 1}[kind]
    f["prac"] = PRACTICES[pi]
    f["dentist"] = DENTISTS[pi]
    f["plan"] = PLANS[{"bundle": "CB", "replace": "LT", "downgrade": "CB", "predet": "LT", "es_eob": "ES",
                       "medicaid": "MD", "upheld": "LT"}[kind]]
    f["mid"] = pat(r, {"MD": "99999999999", "ES": "ARC-9999999"}.get(
        [k for k, v in PLANS.items() if v is f["plan"]][0], "W999999999"))
    f["group"] = pat(r, "99999-AA")
    f["claim"] = pat(r, {"predet": "PD9999999999", "medicaid": "9999999999999"}.get(kind, "26999999999900"))
    f["maxused"] = fee(r, 400, 1200)
    f["maxleft"] = round(1500 - f["maxused"], 2)
    crown = fee(r, 1050, 1480)
    bu = fee(r, 240, 390)
    if kind in ("bundle", "es_eob"):
        tooth = f["molar"] if kind == "bundle" else f["pm"]
        al = round(crown * 0.72, 2)
        ex = fee(r, 60, 110)
        f["lines"] = [
            dict(tooth="", code="D0220", desc="Periapical radiograph, first" if kind == "bundle" else
                 "Radiografía periapical", ch=ex, al=round(ex * .8, 2), paid=round(ex * .8, 2), you=0.0, rmk=""),
            dict(tooth=tooth, code="D2740", desc="Crown, porcelain/ceramic" if kind == "bundle" else
                 "Corona de porcelana/cerámica", ch=crown, al=al, paid=round(al * .5, 2), you=round(al * .5, 2),
                 rmk="50"),
            dict(tooth=tooth, code="D2950", desc="Core buildup, incl. any pins" if kind == "bundle" else
                 "Reconstrucción de muñón", ch=bu, al=0.0, paid=0.0, you=0.0, rmk="B17")]
        if kind == "bundle":
            f["remarks"] = [("50", "Major services are paid at 50% of the allowed amount after the deductible."),
                            ("B17", "The core buildup is considered part of the crown when it is done to give "
                                    "the crown retention and the tooth has adequate structure. Its fee is included "
                                    "in the crown fee and is not a separate benefit. A participating dentist may not "
                                    "charge you for it.")]
        else:
            f["remarks"] = [("50", "Los servicios mayores se pagan al 50% de la cantidad permitida."),
                            ("B17", "La reconstrucción de muñón está incluida en el pago de la corona y no es un "
                                    "beneficio aparte. El dentista participante no puede cobrarle esta cantidad.")]
    elif kind == "downgrade":
        tooth = f["molar"]
        alt = round(crown * 0.55, 2)
        f["lines"] = [dict(tooth=tooth, code="D2740", desc="Crown, porcelain/ceramic", ch=crown, al=alt,
                           paid=round(alt * .5, 2), you=round(crown - alt * .5, 2), rmk="AB"),
                      dict(tooth=tooth, code="D2950", desc="Core buildup, incl. any pins", ch=bu,
                           al=round(bu * .7, 2), paid=round(bu * .35, 2), you=round(bu * .35, 2), rmk="50")]
        f["remarks"] = [("AB", f"Alternate benefit: a porcelain/ceramic crown on a molar (tooth #{tooth}) is paid as "
                               "a full cast high noble metal crown (D2790). You are responsible for the difference "
                               "between the fees."),
                        ("50", "Major services are paid at 50% of the allowed amount.")]
    elif kind == "predet":
        tooth = f["molar"]
        f["lines"] = [dict(tooth=tooth, code="D2750", desc="Crown, porcelain fused to high noble", ch=crown,
                           al=round(crown * .75, 2), paid=round(crown * .375, 2), you=round(crown * .375, 2), rmk=""),
                      dict(tooth=tooth, code="D2950", desc="Core buildup, including any pins", ch=bu,
                           al=round(bu * .75, 2), paid=round(bu * .375, 2), you=round(bu * .375, 2), rmk="")]
        f["dos"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
        f["valid"] = f["notice"] + dt.timedelta(days=365)
        f["xray"] = f["notice"] - dt.timedelta(days=r.randint(8, 20))
    elif kind == "medicaid":
        tooth = f["ant"]
        f["lines"] = [dict(tooth=tooth, code="D2954", desc="Prefabricated post and core in addition to crown",
                           ch=bu, al=0.0, paid=0.0, you=0.0, rmk="4471"),
                      dict(tooth=tooth, code="D2740", desc="Crown - porcelain/ceramic", ch=crown, al=480.0,
                           paid=480.0, you=0.0, rmk="0000")]
        f["ph2"] = ph(r)
    else:  # replace / upheld
        tooth = f["pm"] if kind == "replace" else f["molar"]
        code = "D2740" if kind == "replace" else "D2750"
        f["lines"] = [dict(tooth=tooth, code=code, desc="Crown", ch=crown, al=0.0, paid=0.0, you=crown, rmk=""),
                      dict(tooth=tooth, code="D2950", desc="Core buildup", ch=bu, al=0.0, paid=0.0, you=bu, rmk="")]
        f["prior"] = f["dos"] - dt.timedelta(days=r.randint(700, 1500))
        f["prior_claim"] = pat(r, "23999999999900")
        f["eligible"] = dt.date(f["prior"].year + 5, f["prior"].month, f["prior"].day)
        f["deadline"] = f["notice"] + dt.timedelta(days=180)
        if kind == "upheld":
            f["appeal"] = pat(r, "APL-26-99999")
            f["lines"] = f["lines"][:1]
            f["received"] = f["notice"] - dt.timedelta(days=r.randint(10, 25))
            f["dos"] = f["notice"] - dt.timedelta(days=r.randint(70, 110))
    f["total"] = round(sum(ln["ch"] for ln in f["lines"]), 2)
    return f


def truth_of(f: dict) -> dict:
    k, p = f["kind"], f["plan"]
    common = dict(insurer=p["name"], member_id=f["mid"], member_name=f["member"][0], case_numbers=[f["claim"]],
                  claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()],
                  denial_date=f["notice"].isoformat(), provider=f["prac"][0])
    alts = {"provider": [f["dentist"]]}
    if k in ("bundle", "es_eob", "downgrade"):
        alts["insurer"] = [p["short"]]
    n180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
    if k == "bundle":
        return truth("eob", "coding_error", group_number=f["group"], appeal_deadline=n180,
                     denial_alternates=["not_covered"], alternates=alts, **common)
    if k == "es_eob":
        return truth("eob", "coding_error", lang="es", group_number=f["group"], appeal_deadline=n180,
                     denial_alternates=["not_covered"], alternates=alts, **common)
    if k == "downgrade":
        return truth("eob", "not_covered", group_number=f["group"], appeal_deadline=n180,
                     denial_alternates=["other", "medical_necessity", None], alternates=alts, **common)
    if k == "replace":
        return truth("denial_letter", "not_covered", group_number=f["group"],
                     appeal_deadline=f["deadline"].isoformat(), denial_alternates=["other"], alternates=alts,
                     **common)
    if k == "predet":
        alts["claim_amount"] = [None]
        return truth("other", None, group_number=f["group"], alternates=alts, **common)
    if k == "medicaid":
        alts["claim_amount"] = [m2(f["lines"][0]["ch"])]
        return truth("denial_letter", "medical_necessity", appeal_deadline=(f["notice"] + dt.timedelta(days=60))
                     .isoformat(), denial_alternates=["not_covered"], alternates=alts, **common)
    if k == "medicaid_prov":
        alts["claim_amount"] = [m2(f["lines"][0]["ch"])]
        return truth("denial_letter", "medical_necessity", appeal_deadline=(f["notice"] + dt.timedelta(days=60))
                     .isoformat(), denial_alternates=["not_covered"], type_alternates=["eob"], alternates=alts,
                     **common)
    if k == "upheld":
        common["case_numbers"] = [f["appeal"], f["claim"]]
        alts["case_numbers"] = [[f["appeal"]]]
        return truth("denial_letter", "not_covered", group_number=f["group"],
                     appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                     denial_alternates=["other"], alternates=alts, **common)
    raise ValueError(k)


BUILD = {"bundle": build_eob, "es_eob": build_eob, "downgrade": build_eob, "replace": build_replacement,
         "predet": build_predet, "medicaid": build_medicaid, "upheld": build_upheld}

PLAN = [
    ("bd_eob_d2950_buildup_included_in_crown", "born_digital", "bundle", "slash"),
    ("bd_letter_crown_within_5_year_replacement", "born_digital", "replace", "long"),
    ("scan300_eob_molar_ceramic_paid_as_metal_crown", "scan_clean_300", "downgrade", "abbr"),
    ("lowres_predetermination_crown_buildup_approved", "scan_lowres_150", "predet", "dmy"),
    ("copy_eob_es_reconstruccion_incluida_en_corona", "photocopy", "es_eob", "es"),
    ("faxfine_cover_medicaid_d2954_no_root_canal_stack", "fax_fine_g4", "medicaid", "slash"),
    ("photo_appeal_upheld_crown_replacement_period", "phone_photo", "upheld", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(PLAN):
        r = random.Random(244500 + i)
        f = make(kind, r, cond, ds)
        docs = [(BUILD[kind](f), truth_of(f))]
        seps = None
        if kind == "medicaid":
            g = dict(f, kind="medicaid_prov", ds="iso")
            docs.append((build_medicaid_prov(g), truth_of(g)))
            seps = ["cover", None]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
