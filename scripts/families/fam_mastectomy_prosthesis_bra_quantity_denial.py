"""Family 'mastectomy_prosthesis_bra_quantity_denial': plan EOBs and letters about breast prostheses (L8030
silicone prosthesis) and mastectomy bras (L8000) after a mastectomy: denied over the yearly quantity (bras), as a
replacement within the prosthesis's useful lifetime (two years), or because the boutique/supplier is out of
network; each cites the Women's Health and Cancer Rights Act (WHCRA) for what the plan covers. One paid EOB, one
Spanish letter. Decoys: the prescriber (oncologist/surgeon) and NPI, the mastectomy date, the prior purchase date,
the date received, the date of birth, the units already paid this year. All values invented.

Issuers: Heronsgate Health Plan, Bellwether Mutual Health, Cindermoor Health Insurance Company, Plan de Salud Brisa
Serena (Spanish).
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "mastectomy_prosthesis_bra_quantity_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HG, BW, CM, BS = ("Heronsgate Health Plan", "Bellwether Mutual Health", "Cindermoor Health Insurance Company",
                  "Plan de Salud Brisa Serena")
ADDR = {HG: "PO Box 7719, Scranton, PA 18505", BW: "450 Tollgate Road, Concord, NH 03301",
        CM: "PO Box 30022, Boise, ID 83707", BS: "Apartado 19044, San Juan, PR 00910"}
FIRST = ["Rosalind", "Yetunde", "Hanne", "Chiamaka", "Delphine", "Noriko", "Siobhan", "Parveen", "Agnieszka",
         "Lucinda"]
LAST = ["Thistlewood", "Balogun", "Christensen", "Eze", "Marchand", "Fujimoto", "Gallagher", "Chaudhry", "Zielinska",
        "Redmond"]
FIRST_ES = ["Maricela", "Altagracia", "Yesenia", "Consuelo"]
LAST_ES = ["Oquendo", "Barreto", "Quiñones", "Valcárcel"]
BOUTIQUES = ["Willowmere Post-Mastectomy Boutique", "Second Dawn Breast Care Shop", "Amberlin Medical Supply, Inc.",
             "Tienda Renacer Ortopedia"]
DOCS = ["Evangeline R. Masterson, MD", "Kofi A. Mensah, MD", "Ilse M. Vandermeer, DO", "Ruth K. Abramowitz, MD"]
CODES = {"L8000": ("Mastectomy bra", "Sostén postmastectomía", 58, 78), "L8030": ("Breast prosthesis, silicone",
                                                                                  "Prótesis mamaria de silicón", 340, 460)}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int, kind: str, ins: str, ds: str, ms: str, lines_spec: list) -> dict:
    r = Rand(165600 + i)
    es = ins == BS
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 170))
    dos = notice - dt.timedelta(days=r.randint(20, 45))
    fn, ln = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    pat = f"{r.choice(fn)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(ln)}"
    lines = []
    for code, units in lines_spec:
        desc, desc_es, lo, hi = CODES[code]
        unit = float(r.randint(lo, hi)) + r.choice([0, 0.5, 0.95])
        lines.append(dict(code=code, desc=desc_es if es else desc, units=units, ch=round(unit * units, 2),
                          d=dos))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, es=es, notice=notice, dos=dos, pat=pat, addr=r.address("es" if es
                                                                                                   else "en"),
             mid={HG: "HGH" + r.digits(9), BW: "BWM-" + r.digits(4) + "-" + r.digits(4), CM: "W" + r.digits(10),
                  BS: "BSS" + r.digits(8)}[ins], grp=r.digits(6) if ins != BW else "G-" + r.digits(5),
             claim=r.letters(2) + r.digits(10), ref=r.digits(8), sup=r.choice(BOUTIQUES[3:] if es else
                                                                              BOUTIQUES[:3]),
             doc=r.choice(DOCS), npi=r.npi(), snpi=r.npi(), lines=lines,
             dob=dt.date(r.randint(1948, 1980), r.randint(1, 12), r.randint(1, 28)),
             surg=dos - dt.timedelta(days=r.randint(400, 900)), prior=dos - dt.timedelta(days=r.randint(240, 500)),
             recv=notice - dt.timedelta(days=r.randint(6, 15)), ph=r.phone())
    f["total"] = round(sum(x["ch"] for x in lines), 2)
    return f


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def kv(d: Page, label: str, value: str, w: float = 50):
    d.font(9)
    d.cell(w, 5, label)
    d.font(9.5, "B")
    d.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def letterhead(d: Page, f: dict):
    ins = f["ins"]
    if ins == HG:
        d.text_line("HERONSGATE", 20, "B")
        d.text_line("Health Plan", 10)
        d.text_line(ADDR[HG] + "  |  " + f["ph"], 8)
        d.rule(0.6)
    elif ins == BW:
        d.text_line(BW, 14, "B", "R")
        d.text_line(ADDR[BW], 8.5, "", "R")
        d.ln(2)
    elif ins == CM:
        d.text_line(CM, 12, "B")
        d.text_line(ADDR[CM] + "   Customer Service " + f["ph"], 8.5)
        d.rule(0.3)
    else:
        d.text_line("BRISA SERENA", 18, "B", "C")
        d.text_line(BS + "  -  " + ADDR[BS], 8.5, "", "C")
        d.rule(0.5)
    d.ln(4)


WHCRA = ("The Women's Health and Cancer Rights Act of 1998 (WHCRA) requires group health plans that cover "
         "mastectomies to cover reconstruction of the breast, surgery on the other breast to produce a symmetrical "
         "appearance, prostheses, and treatment of physical complications of the mastectomy, including "
         "lymphedema. These benefits are subject to the same deductibles, coinsurance and limits as other benefits "
         "under your plan.")
WHCRA_ES = ("La Ley de Derechos sobre la Salud y el Cáncer de la Mujer de 1998 (WHCRA) exige que los planes que "
            "cubren mastectomías cubran la reconstrucción del seno, la cirugía del otro seno para lograr una "
            "apariencia simétrica, las prótesis y el tratamiento de complicaciones físicas, incluido el linfedema. "
            "Estos beneficios están sujetos a los mismos deducibles, coaseguros y límites que los demás beneficios.")
REASON = {
    "qty": ("Your plan covers up to six (6) mastectomy bras (L8000) each calendar year. Our records show six bras "
            "were already paid this year. The {n} bras on this claim are over the yearly quantity limit and are "
            "not covered."),
    "life": ("Your plan covers one silicone breast prosthesis (L8030) per side every two years, its useful "
             "lifetime, unless your size has changed or the prosthesis is damaged beyond repair. A prosthesis for "
             "the same side was paid on {prior}. The replacement is within the useful lifetime and is not covered. "
             "Your supplier may send measurements showing a change in size with a new request."),
    "oon": ("{sup} is not in your plan's network. Your plan (an HMO) covers breast prostheses and mastectomy bras "
            "only from network suppliers except in an emergency. Network suppliers near you are listed in the "
            "provider directory; the covered items themselves are not in question."),
}
REASON_ES = ("Su plan cubre una prótesis mamaria de silicón (L8030) por lado cada dos años, su vida útil, salvo "
             "cambio de talla o daño. Se pagó una prótesis para el mismo lado el {prior}. El reemplazo está dentro "
             "de la vida útil y no está cubierto.")


def table(d: Page, f: dict, paid: bool):
    es = f["es"]
    rows = []
    for x in f["lines"]:
        allowed = round(x["ch"] * 0.8, 2) if paid else 0
        rows.append([D(f, x["d"]), x["code"], x["desc"], str(x["units"]), M(f, x["ch"]), M(f, allowed),
                     M(f, round(allowed * 0.8, 2))])
    tot_a = round(sum(round(x["ch"] * 0.8, 2) for x in f["lines"]), 2) if paid else 0
    rows.append(["*Total", "", "", "", M(f, f["total"]), M(f, tot_a), M(f, round(tot_a * 0.8, 2))])
    head = (["Fecha", "Código", "Artículo", "Unid.", "Facturado", "Permitido", "Pagado"] if es else
            ["Date of service", "Code", "Item", "Units", "Billed", "Allowed", "Plan paid"])
    d.table(head, rows, [27, 15, 50, 12, 26, 24, 24], 8.5, "LLLRRRR")


def letter(d: Page, f: dict):
    es = f["es"]
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["pat"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("AVISO DE DENEGACIÓN DE BENEFICIOS" if es else "Notice of Claim Denial", 12, "B")
    d.ln(1)
    rows = ([("Asegurada:", f["pat"]), ("Núm. de identificación:", f["mid"]), ("Grupo:", f["grp"]),
             ("Núm. de reclamación:", f["claim"]), ("Suplidor:", f["sup"]),
             ("Médico que recetó:", f"{f['doc']} (NPI {f['npi']})"), ("Fecha de nacimiento:", D(f, f["dob"])),
             ("Recibida:", D(f, f["recv"]))] if es else
            [("Member:", f["pat"]), ("Member ID:", f["mid"]), ("Group no.:", f["grp"]), ("Claim no.:", f["claim"]),
             ("Supplier:", f["sup"]), ("Prescribed by:", f"{f['doc']}  NPI {f['npi']}"),
             ("Mastectomy date:", D(f, f["surg"])), ("Date received:", D(f, f["recv"]))])
    for a, b in rows:
        kv(d, a, b)
    d.ln(3)
    if es:
        d.para(f"Revisamos la reclamación de {f['sup']} por los artículos siguientes. La reclamación fue denegada.",
               10)
        table(d, f, False)
        d.para(REASON_ES.format(prior=D(f, f["prior"])), 10)
        d.para(WHCRA_ES, 9)
        d.text_line("Su derecho a apelar", 10.5, "B")
        d.para("Puede presentar una apelación dentro de 180 días a partir de la fecha de esta carta. Escriba a "
               f"Apelaciones, {ADDR[BS]}, o llame al {f['ph']}.", 10)
    else:
        d.para(f"We reviewed the claim from {f['sup']} for the items below and denied it.", 10)
        table(d, f, False)
        d.text_line("Reason", 10.5, "B")
        d.para(REASON[f["kind"]].format(n=sum(x["units"] for x in f["lines"]), prior=D(f, f["prior"]),
                                        sup=f["sup"]), 10)
        d.text_line("What your plan covers after a mastectomy", 10.5, "B")
        d.para(WHCRA, 9)
        d.text_line("Appeals", 10.5, "B")
        if f["ins"] == CM:
            d.para("You may appeal within 180 days after you receive this notice. To be safe, make sure your appeal "
                   f"reaches us by {D(f, f['notice'] + dt.timedelta(days=180))}.", 10)
        else:
            d.para("You have the right to appeal within 180 days of the date of this letter. Urgent appeals are "
                   "decided within 72 hours.", 10)
    d.ln(2)
    d.text_line("Atentamente," if es else "Sincerely,", 10)
    d.text_line("Departamento de Reclamaciones" if es else "Claims Review", 10)
    d.text_line(f["ins"], 10)


def eob(d: Page, f: dict):
    paid = f["kind"] == "paid"
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(1)
    for a, b in (("Statement date:", D(f, f["notice"])), ("Member:", f["pat"]), ("Member ID:", f["mid"]),
                 ("Group number:", f["grp"]), ("Claim number:", f["claim"]),
                 ("Supplier:", f"{f['sup']}  (NPI {f['snpi']})"),
                 ("Prescriber:", f"{f['doc']}  NPI {f['npi']}"), ("Received:", D(f, f["recv"]))):
        kv(d, a, b, 40)
    d.ln(2)
    table(d, f, paid)
    if paid:
        d.para("Your breast prosthesis and mastectomy bras are covered under the Women's Health and Cancer Rights "
               "Act. Plan paid 80% of the allowed amount after your deductible; your share is the remaining 20%. "
               f"Items paid this calendar year: 2 of 6 bras. Date of your mastectomy on file: {D(f, f['surg'])}.", 9)
    else:
        d.text_line("Remark codes", 10, "B")
        code = {"qty": "Q06", "oon": "N61", "life": "L24"}[f["kind"]]
        d.para(f"{code}  " + REASON[f["kind"]].format(n=sum(x["units"] for x in f["lines"]),
                                                     prior=D(f, f["prior"]), sup=f["sup"]), 9)
        d.para(WHCRA, 8.5)
        d.text_line("Your right to appeal", 10, "B")
        d.para("You may file an appeal within 180 days of the date of this statement. Call "
               f"{f['ph']} or write to Appeals, {ADDR[f['ins']]}.", 9)


def build(f: dict, mode: str) -> bytes:
    d = Page()
    (letter if mode == "letter" else eob)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict, mode: str) -> dict:
    k = f["kind"]
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["pat"],
                  denial_date=iso(f["notice"]), provider=f["sup"], case_numbers=[f["claim"]],
                  claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])])
    lang = "es" if f["es"] else "en"
    if k == "paid":
        return truth("other", None, lang, type_alternates=["eob"], **common)
    den = {"qty": "not_covered", "life": "not_covered", "oon": "out_of_network"}[k]
    return truth("eob" if mode == "eob" else "denial_letter", den, lang,
                 appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                 type_alternates=["denial_letter"] if mode == "eob" else [], **common)


# (suffix, condition, kind, insurer, mode, date style, money style, lines)
PLAN = [
    ("bd_eob_bras_over_yearly_quantity", "born_digital", "qty", HG, "eob", "slash", "plain", [("L8000", 2)]),
    ("bd_paid_eob_prosthesis_and_bras", "born_digital", "paid", BW, "eob", "long", "plain",
     [("L8030", 1), ("L8000", 2)]),
    ("scan300_spanish_letter_prosthesis_within_lifetime", "scan_clean_300", "life", BS, "letter", "es", "plain",
     [("L8030", 1)]),
    ("lowres_letter_boutique_out_of_network", "scan_lowres_150", "oon", CM, "letter", "abbr", "plain",
     [("L8030", 1), ("L8000", 3)]),
    ("copy_letter_replacement_within_two_years", "photocopy", "life", HG, "letter", "iso", "nosign", [("L8030", 1)]),
    ("faxfine_eob_supplier_out_of_network", "fax_fine_g4", "oon", BW, "eob", "dmy", "usd", [("L8000", 4)]),
    ("rotated_letter_bras_over_quantity", "rotated", "qty", CM, "letter", "long", "plain", [("L8000", 3)]),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, mode, ds, ms, spec) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms, spec)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, mode), make_truth(f, mode))]))
    return items
