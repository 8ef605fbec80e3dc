"""Family 'medicare_summary_notice_part_a_snf': Medicare Summary Notices for Part A (Hospital Insurance) about a
skilled nursing facility stay, modelled on the layout and wording of CMS's published MSN for Part A (values invented).

Layout (the public form): page 1 "Medicare Summary Notice for Part A (Hospital Insurance)" / "The Official Summary of
Your Medicare Claims from the Centers for Medicare & Medicaid Services", mailing panel on the left, a box on the
right (name, masked Medicare Number, date of this notice, claims-processing period), "Your Deductible Status" (the
benefit period start date as a decoy), "Did Medicare Approve All Claims?", "Total You May Be Billed", "Facilities
with Claims This Period", a "Be Informed!" box (flu-shot clinic timetable, preventive-care sentence); page 2
"Your Claims for Part A" per facility claim: claim number, "Referred by" (a decoy doctor), facility charges, rows
Dates of Service / Benefit Days Used / Claim Approved? / Non-Covered Charges / Amount Medicare Paid / Maximum You May
Be Billed / See Notes Below, notes legend, the running count of SNF benefit days; then "How to Handle Denied
Claims or File an Appeal". Kinds: custodial care after skilled need ended (keyword "custodial"), 100 benefit days
used up, "does not support the need for this many days" in plain words, two claims (first paid, second partly
denied), fully covered, Spanish custodial.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundy_famyb import address, clinician, days, digits, fdate, iso, m2, mixed, person, usd

FAMILY = "medicare_summary_notice_part_a_snf"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FACILITIES = [("Hexworthy Skilled Nursing and Rehabilitation", "410 Cobbold Street, Kearney, NE 68847"),
              ("Aldbury Care Center", "2207 Pinnegar Avenue, Hays, KS 67601"),
              ("Morvah House Nursing Center", "96 Fosdyke Road, Sterling, CO 80751")]
FACILITY_ES = ("Centro de Cuidado Porthleven", "12 Calle Mendiluze, Aguadilla, PR 00603")
CONTRACTOR = "Porthleven Medicare Administrative Services"
LABELS = {
    1: ["Notice for", "Medicare Number", "Date of This Notice", "Claims Processed Between", "Total charges",
        "Claim Number", "Referred by"],
    2: ["Beneficiary", "Your Medicare Number", "Notice Date", "Processing period", "Amount billed by facility",
        "Claim #", "Ordering physician"],
    3: ["Name", "Medicare Number:", "This notice was sent on", "Claims processed from", "Facility charges",
        "Claim number", "Referring doctor"],
    "es": ["Aviso para", "Número de Medicare", "Fecha de este aviso", "Reclamaciones tramitadas entre",
           "Cargos totales", "Número de reclamación", "Referido por"],
}
RATE = 648.0
COINS = 217.0
NOTES = {
    "A": "Medicare doesn't pay for care that is mainly personal care, like help with bathing, dressing or eating "
         "(custodial care). Your facility's records show you no longer needed daily skilled nursing or therapy "
         "services after {last}.",
    "B": "Medicare pays for up to 100 days of skilled nursing facility care in each benefit period. You used your "
         "100th day on {last}. Days after that are not covered.",
    "C": "The information provided does not support the need for skilled care for this many days. Medicare won't "
         "pay for days after {last}.",
    "D": "You pay a daily coinsurance amount for days 21 through 100 of each benefit period.",
    "E": "This facility told you in writing before these days that Medicare probably would not pay, so you may be "
         "billed for them.",
    "es_A": "Medicare no paga por cuidado que es principalmente personal, como ayuda para bañarse, vestirse o comer "
            "(cuidado de custodia). Los registros del centro muestran que usted ya no necesitaba cuidado de "
            "enfermería especializada diario después del {last}.",
    "es_D": "Usted paga un coseguro diario por los días 21 a 100 de cada período de beneficios.",
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(15, 13, 15))
        self.add_font("DejaVu", "B", BOLD)


def rows_of(f: dict, c: dict) -> list[dict]:
    """A claim's rows: covered span then (maybe) a non-covered span."""
    out, used = [], c["days_before"]
    for (a, b, covered, note) in c["spans"]:
        n = (b - a).days + 1
        charges = round(n * RATE + c["anc"] * n / max(1, c["n"]), 2)
        if covered:
            coins_days = max(0, min(used + n, 100) - max(used, 20))
            owe = coins_days * COINS
            out.append(dict(a=a, b=b, bdays=n, ok=True, nc=0.0, paid=round(charges - owe, 2), owe=owe,
                            note=note, charges=charges))
            used += n
        else:
            out.append(dict(a=a, b=b, bdays=0, ok=False, nc=charges, paid=0.0, owe=charges, note=note,
                            charges=charges))
    return out


def notice(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    d.text_line("Resumen de Medicare para la Parte A (Seguro de Hospital)" if es else
                "Medicare Summary Notice for Part A (Hospital Insurance)", 15, "B", h=7)
    d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                "Medicaid" if es else "The Official Summary of Your Medicare Claims from the Centers for Medicare "
                "& Medicaid Services", 8.5, h=4.5)
    d.rule(0.8, 4)
    y = d.get_y()
    for ln in (f["member"].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(ln, 9.5, h=4.8)
    d.set_xy(110, y)
    d.set_fill_color(236, 236, 236)
    d.rect(110, y - 1, 91, 31, style="F")
    rows = [(L[0], f["member"]), (L[1], f["mbi"]), (L[2], fd(f["date"])),
            (L[3], f"{fd(f['p_from'])} – {fd(f['p_to'])}")]
    for k, v in rows:
        d.set_x(112)
        d.font(8, "B")
        d.cell(0, 3.8, k, new_x="LMARGIN", new_y="NEXT")
        d.set_x(112)
        d.font(9.2)
        d.cell(0, 3.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 34)
    claims = [dict(c, rows=rows_of(f, c)) for c in f["claims"]]
    denied = [r for c in claims for r in c["rows"] if not r["ok"]]
    owe = sum(r["owe"] for c in claims for r in c["rows"])
    d.text_line("Estado de su deducible" if es else "Your Deductible Status", 11, "B", h=6)
    d.para((f"Usted ha pagado el deducible de la Parte A por el período de beneficios que comenzó el "
            f"{fd(f['bp_start'])}.") if es else
           (f"You have met your Part A deductible for the benefit period that started {fd(f['bp_start'])}."), 9.2)
    d.text_line("¿Aprobó Medicare todas las reclamaciones?" if es else "Did Medicare Approve All Claims?", 11, "B",
                h=6)
    if denied:
        d.para(("NO. Medicare negó parte de la estadía. Vea la página 2." if es else
                f"NO. Medicare denied {len(denied)} service period. See page 2 for details."), 9.2)
    else:
        d.para("SÍ." if es else "YES. Medicare approved all claims in this notice.", 9.2)
    d.text_line(("Total que le pueden facturar: " if es else "Total You May Be Billed: ") + mo(owe), 11, "B", h=6)
    d.ln(2)
    d.text_line("Centros con reclamaciones en este período" if es else "Facilities with Claims This Period", 11,
                "B", h=6)
    d.para(f"{fd(f['stay_from'])}   {f['fac']}", 9.2)
    d.set_fill_color(245, 245, 245)
    d.font(8.6)
    box = ("¡Esté informado! Medicare cubre una vacuna contra la gripe por temporada. La clínica del centro comunitario "
           "vacuna los martes de 9 a.m. a 1 p.m. del 6 de octubre al 24 de noviembre." if es else
           "Be Informed! Medicare covers one flu shot each flu season. The senior center clinic gives shots on "
           "Tuesdays from 9 a.m. to 1 p.m., October 6 through November 24. Your Welcome to Medicare visit and "
           "yearly wellness visit cost nothing when your doctor accepts assignment.")
    d.multi_cell(0, 4.2, box, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.text_line("Sus reclamaciones de la Parte A (Seguro de Hospital)" if es else
                "Your Claims for Part A (Hospital Insurance)", 13, "B", h=7)
    d.text_line("Reclamaciones de centros de enfermería especializada" if es else
                "Part A Skilled Nursing Facility Claims", 10, "B", h=5.5)
    d.rule(0.5, 2)
    head = (["Fechas de servicio", "Días usados", "¿Aprobada?", "No cubierto", "Medicare pagó",
             "Máx. a facturarle", "Notas"] if es else
            ["Dates of Service", "Benefit Days", "Approved?", "Non-Covered", "Medicare Paid",
             "Max. You May Be Billed", "See Notes"])
    for c in claims:
        d.text_line(c["fac"], 10, "B", h=5)
        d.text_line(c["fac_addr"], 8.6, h=4.4)
        d.font(9)
        d.cell(70, 5, f"{L[5]}: {c['no']}")
        d.cell(0, 5, f"{L[6]}: {c['ref']}", new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 5, f"{L[4]}: {mo(c['total'])}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        trows = [[f"{fdate(r['a'], f['tds'])} - {fdate(r['b'], f['tds'])}", str(r["bdays"]),
                  ("Sí" if es else "Yes") if r["ok"] else "No", mo(r["nc"]), mo(r["paid"]), mo(r["owe"]),
                  r["note"]] for r in c["rows"]]
        trows.append(["*Total", str(sum(r["bdays"] for r in c["rows"])), "", mo(sum(r["nc"] for r in c["rows"])),
                      mo(sum(r["paid"] for r in c["rows"])), mo(sum(r["owe"] for r in c["rows"])), ""])
        d.table(head, trows, [40, 21, 19, 26, 26, 32, 17], size=7.6, aligns="LCCRRRC", head_fill=True)
    d.text_line("Notas" if es else "Notes for Your Claims", 10, "B", h=5.5)
    for n in sorted({r["note"] for c in claims for r in c["rows"] if r["note"]}):
        key = f"es_{n}" if es else n
        d.para(f"{n}  " + NOTES[key].format(last=fd(f["last_covered"])), 8.8, gap=1.2)
    d.ln(1)
    tot_used = f["claims"][0]["days_before"] + sum(r["bdays"] for c in claims for r in c["rows"])
    d.para((f"Días de centro de enfermería especializada usados en este período de beneficios: {tot_used} de 100."
            if es else f"Skilled nursing facility benefit days used in this benefit period: {tot_used} of 100."),
           8.8)
    d.text_line("Cómo presentar una apelación" if es else "How to Handle Denied Claims or File an Appeal", 11, "B",
                h=6)
    if es:
        d.para("Si no está de acuerdo con una decisión de cobertura, puede apelar. Encierre en un círculo los "
               "servicios, explique por qué no está de acuerdo y envíe esta página a: "
               f"{CONTRACTOR}, Part A Appeals, PO Box 6627, Omaha, NE 68103.", 9)
        d.para(f"Las apelaciones deben presentarse antes del {fd(f['deadline'])}.", 9.5)
    else:
        d.para("If you disagree with a coverage or payment decision on this notice, you can appeal. Circle the "
               "service(s) you disagree with, explain why, and send this page to: "
               f"{CONTRACTOR}, Part A Appeals, PO Box 6627, Omaha, NE 68103.", 9)
        if f["lab"] == 1:
            d.para(f"Appeals must be filed by {fd(f['deadline'])}.", 9.5)
        elif f["lab"] == 2:
            d.para(f"Medicare must receive your appeal by: {fd(f['deadline'])}", 9.5)
        else:
            d.para("You have 120 days from the date you receive this notice to file an appeal. If you need more "
                   "time, explain why when you file.", 9.5)
    d.para(("¿Preguntas? Llame al 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048." if es else
            "Questions? Call 1-800-MEDICARE (1-800-633-4227). TTY users call 1-877-486-2048."), 8.8)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, lab, ds: str, tds: str, mo: str) -> dict:
    lang = "es" if kind == "es" else "en"
    stay_from = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 150))
    fac, fac_addr = FACILITY_ES if lang == "es" else r.choice(FACILITIES)
    f = dict(kind=kind, lab=lab, ds=ds, tds=tds, mo=mo, lang=lang, member=person(r, lang), addr=address(r, lang),
             mbi="XXXX-XXX-" + mixed(r, "AA99"), fac=fac, fac_addr=fac_addr, stay_from=stay_from,
             bp_start=days(stay_from, -r.randint(3, 9)))
    if kind == "exhausted":
        before = r.randint(84, 92)
    else:
        before = 0
    claims = []
    if kind == "two":
        c1_end = days(stay_from, r.randint(20, 26))
        claims.append(dict(spans=[(stay_from, c1_end, True, "D")], days_before=0))
        s2 = days(c1_end, 1)
        cov_end = days(s2, r.randint(6, 12))
        end = days(cov_end, r.randint(7, 14))
        claims.append(dict(spans=[(s2, cov_end, True, "D"), (days(cov_end, 1), end, False, "A")],
                           days_before=(c1_end - stay_from).days + 1))
        last = cov_end
    else:
        n = r.randint(24, 38)
        end = days(stay_from, n)
        if kind == "covered":
            claims.append(dict(spans=[(stay_from, end, True, "D")], days_before=0))
            last = end
        else:
            if kind == "exhausted":
                cov = 100 - before
            else:
                cov = r.randint(12, n - 6)
            last = days(stay_from, cov - 1)
            note = {"custodial": "A", "es": "A", "exhausted": "B", "mednec": "C"}[kind]
            claims.append(dict(spans=[(stay_from, last, True, "D"), (days(last, 1), end, False, note)],
                               days_before=before))
    for c in claims:
        c.update(no=digits(r, 14), ref=f"Dr. {clinician(r)}", fac=fac, fac_addr=fac_addr, anc=r.randint(800, 4200),
                 n=sum((b - a).days + 1 for a, b, *_ in c["spans"]))
        c["total"] = round(sum(x["charges"] for x in rows_of(dict(f), c)), 2)
    f["claims"] = claims
    f["last_covered"] = last
    stay_end = claims[-1]["spans"][-1][1]
    f["date"] = days(stay_end, r.randint(18, 40))
    f["p_from"] = days(f["date"], -r.randint(88, 92))
    f["p_to"] = days(f["date"], -r.randint(2, 5))
    f["deadline"] = days(f["date"], 120)
    return f


def msn_truth(f: dict) -> dict:
    c = f["claims"][-1]
    rows = rows_of(f, c)
    bad = [x for x in rows if not x["ok"]]
    whole = iso(c["spans"][0][0], c["spans"][-1][1])
    alts = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part A"], "member_id": [f["mbi"]]}
    if bad:
        den = {"custodial": "level_of_care", "es": "level_of_care", "two": "level_of_care",
               "exhausted": "not_covered", "mednec": "medical_necessity"}[f["kind"]]
        dalt = {"level_of_care": ["medical_necessity"], "not_covered": ["eligibility", "other"],
                "medical_necessity": ["level_of_care"]}[den]
        sd = [iso(bad[0]["a"], bad[0]["b"])]
        alts["service_dates"] = [[whole]]
    else:
        den, dalt, sd = None, None, [whole]
    if f["lab"] == 3 and f["lang"] == "en":
        dl = None
        alts["appeal_deadline"] = [iso(f["deadline"])]
    else:
        dl = iso(f["deadline"])
        if not bad:
            alts["appeal_deadline"] = [None]
    return truth("eob", den, f["lang"], insurer="Medicare", member_name=f["member"], case_numbers=[c["no"]],
                 claim_amount=m2(c["total"]), service_dates=sd, denial_date=iso(f["date"]), provider=c["fac"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


ITEMS = [
    # suffix, condition, kind, labels, date style, table date style, money
    ("bd_custodial", "born_digital", "custodial", 1, "long", "slash", "plain"),
    ("bd_covered", "born_digital", "covered", 2, "abbr", "slash", "plain"),
    ("scan_exhausted", "scan_clean_300", "exhausted", 3, "long", "short", "plain"),
    ("low_es", "scan_lowres_150", "es", "es", "es", "es_abbr", "es"),
    ("copy_mednec", "photocopy", "mednec", 2, "dlong", "iso", "space"),
    ("faxf_two_claims", "fax_fine_g4", "two", 1, "slash", "slash", "nosign"),
    ("rot_exhausted", "rotated", "exhausted", 2, "upper", "mdy_nopad", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, lab, ds, tds, mo) in enumerate(ITEMS):
        r = random.Random(102500 + i)
        f = facts(r, kind, lab, ds, tds, mo)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(notice(f), msn_truth(f))]))
    return items
