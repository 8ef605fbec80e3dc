"""Family 'tricare_dental_program_eob': a TRICARE Dental Program (TDP) contractor's Explanation of Benefits for a
sponsor's family member.

Modelled from memory on dental EOBs of the TRICARE Dental Program: the contractor's letterhead with "TRICARE Dental
Program" and "THIS IS NOT A BILL", a fact block (statement date, sponsor name, sponsor ID = the sponsor's DoD ID,
patient, the patient's DoD Benefits Number, relationship, enrollment Single / Family, dentist with NPI and office,
claim number, date received), a service table (date, CDT code, description, tooth, surface, submitted, allowed,
cost-share percent, patient pays, plan paid, remark), claim totals, a remark-code legend, the benefit-year
accumulator ($1,500 annual maximum, used, remaining) and the reconsideration paragraph (within 90 days of the date of
the EOB). Denials: annual maximum reached, frequency (two cleanings a benefit year), orthodontic age limit, crown
without pre-authorization (with a "no waiting period applies" note and the enrollment date as a decoy), a Spanish
EOB (third cleaning), a household page (a child's claim paid, the spouse's crown over the maximum), and one fully paid
EOB. Everything is invented: contractors, people (Akan, Finnish, Filipino, Lebanese, Hungarian, Maori and Basque
name bases; Puerto Rican names on the Spanish EOB), DoD-ID-shaped numbers, claim numbers, NPIs and 555 phones.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tricare_dental_program_eob"
LANG = "en"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
KH, BW = "Kelderhaven Federal Dental Services", "Brantwood Government Dental Solutions, Inc."
ADDR = {KH: ("PO Box 60418", "Wexcombe, PA 17099", "1-555-418-2760"),
        BW: ("PO Box 9135", "Altamira Springs, VA 23099", "1-555-730-4412")}
SPONSORS = [("Kwabena", "A", "Owusu-Mensah"), ("Juha", "P", "Laaksonen"), ("Rommel", "D", "Villanueva"),
            ("Ziad", "K", "Haddad"), ("Gergely", "T", "Bartos"), ("Wiremu", "J", "Tane"), ("Iker", "M", "Etxeberria")]
SPOUSES = ["Abena", "Aino", "Maricel", "Rania", "Zsófia", "Aroha", "Amaia"]
KIDS = ["Kofi", "Eino", "Jericho", "Karim", "Bence", "Nikau", "Unai"]
ES = ("Wilfredo", "L", "Colón", "Marisela", "Yadiel")
DENTISTS = ["Dr. Ingrid S. Vallaster", "Dr. Oluwaseun B. Adeyemi", "Dr. Thanh V. Ngo", "Dr. Priyanka R. Deshmukh",
            "Dr. Mathilde C. Borrelly", "Dr. Esteban F. Quiroga", "Dr. Hana K. Morimoto"]
OFFICES = ["Lindenfield Family Dentistry", "Harbor Gate Dental Group", "Crestmoor Smiles, PLLC",
           "Crestline Dental Arts", "Calloway Park Dental", "Clínica Dental Río Piedras Norte", "Tamsin Lane Dental"]
CDT = {"D0120": "Periodic oral evaluation", "D0150": "Comprehensive oral evaluation", "D0274": "Bitewings - four films",
       "D1110": "Prophylaxis - adult", "D1120": "Prophylaxis - child", "D1206": "Topical fluoride varnish",
       "D2392": "Resin composite - two surfaces, posterior", "D2740": "Crown - porcelain/ceramic",
       "D2950": "Core buildup, including any pins", "D8080": "Comprehensive orthodontic treatment",
       "D8070": "Comprehensive orthodontic treatment - transitional", "D1351": "Sealant - per tooth"}
CDT_ES = {"D0120": "Evaluación oral periódica", "D1120": "Profilaxis - niño", "D1206": "Barniz de fluoruro",
          "D0274": "Radiografías de aleta de mordida (4)"}
SHARE = {"D0120": 0, "D0150": 0, "D0274": 0, "D1110": 0, "D1120": 0, "D1206": 0, "D1351": 20, "D2392": 20,
         "D2740": 50, "D2950": 50, "D8080": 50, "D8070": 50}
REMARKS = {
    "P1": "Paid according to the TDP allowed amount and the cost-share for this service.",
    "M7": "The annual maximum of $1,500.00 for this benefit year has been reached. No further benefits are payable "
          "for this patient until the new benefit year begins.",
    "F2": "Frequency limitation: cleanings (prophylaxis) are covered two times in a benefit year. This patient "
          "already received two cleanings this benefit year.",
    "O4": "Orthodontic benefits end at the patient's 23rd birthday. The patient was older than the age limit on "
          "the date the orthodontic treatment was banded.",
    "A9": "Pre-authorization is required for crowns on this patient's plan. No pre-authorization was on file, so "
          "the service is denied. The dentist may not bill you more than the allowed amount for a network service.",
    "W0": "Information only: no waiting period applies to this claim.",
}
REMARKS_ES = {
    "P1": "Pagado según la cantidad permitida del TDP y el costo compartido de este servicio.",
    "F2": "Límite de frecuencia: las limpiezas (profilaxis) se cubren dos veces por año de beneficios. Este paciente "
          "ya recibió dos limpiezas este año de beneficios.",
}


def fdate(d: dt.date, style: str) -> str:
    if style == "mmddyy":
        return d.strftime("%m/%d/%y")
    return d.strftime("%-d %b %Y") if style == "dmon" else fmt_date(d, style)


def facts(i: int, kind: str, ins: str, lab: int, ds: str, ms: str) -> dict:
    r = random.Random(149500 + i)
    dig = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    es = kind == "es"
    first, mid, last = ES[:3] if es else SPONSORS[i % 7]
    spouse = (ES[3] if es else SPOUSES[i % 7], r.choice("ABCDEFGHJLMNRST"), last)
    kid = (ES[4] if es else KIDS[i % 7], r.choice("ABCDEFGHJLMNRST"), last)
    stmt = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    dos = stmt - dt.timedelta(days=r.randint(18, 40))
    pat, rel = {"annmax": (spouse, "Spouse"), "freq": (kid, "Child"), "ortho": (kid, "Child"),
                "preauth": (spouse, "Spouse"), "es": (kid, "Hijo(a)"), "paid": (kid, "Child"),
                "house": (spouse, "Spouse")}[kind]
    def line(code, tooth="", surf="", lo=60, hi=140, d=dos):
        sub = round(r.uniform(lo, hi), 2)
        return dict(date=d, code=code, tooth=tooth, surf=surf, sub=sub, allowed=round(sub * r.uniform(0.72, 0.86), 2))
    if kind == "annmax":
        lines = [line("D0120", lo=48, hi=70), line("D2740", str(r.choice([3, 14, 19, 30])), "", 1050, 1380),
                 line("D2950", str(r.choice([3, 14])), "", 240, 320)]
        lines[2]["tooth"] = lines[1]["tooth"]
        deny = {1: "M7", 2: "M7"}
    elif kind in ("freq", "es"):
        code = "D1120"
        lines = [line("D0120", lo=45, hi=62), line(code, lo=80, hi=110), line("D1206", lo=32, hi=45)]
        deny = {1: "F2"}
    elif kind == "ortho":
        lines = [line("D8080", lo=5200, hi=6400)]
        deny = {0: "O4"}
    elif kind == "preauth":
        t = str(r.choice([2, 15, 18, 31]))
        lines = [line("D0274", lo=60, hi=85), line("D2740", t, "", 1100, 1450)]
        deny = {1: "A9"}
    elif kind == "paid":
        lines = [line("D0150", lo=80, hi=110), line("D1120", lo=80, hi=105),
                 line("D1351", str(r.choice([3, 14])), "O", 45, 60), line("D1351", str(r.choice([19, 30])), "O", 45, 60)]
        deny = {}
    else:  # house: the spouse's crown over the annual maximum; the child's check-up on the same page is paid
        lines = [line("D2740", str(r.choice([12, 13, 20])), "", 1150, 1400)]
        deny = {0: "M7"}
        f_kid = [line("D0120", lo=45, hi=60, d=dos - dt.timedelta(days=6)),
                 line("D1120", lo=80, hi=100, d=dos - dt.timedelta(days=6)),
                 line("D2392", str(r.choice([19, 30])), "MO", 190, 240, d=dos - dt.timedelta(days=6))]
    if kind == "paid":
        lines[2]["date"] = lines[3]["date"] = dos
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, ms=ms, es=es, sponsor=(first, mid, last), spouse=spouse, kid=kid,
             pat=pat, rel=rel, stmt=stmt, dos=dos, lines=lines, deny=deny,
             sponsor_id=dig(10), dbn=dig(11), claim=f"{r.choice('27')}{dig(2)}-{dig(5)}-{dig(4)}",
             dentist=DENTISTS[i % 7] if kind != "ortho" else "Dr. Tomasz W. Wierzbicki",
             office=OFFICES[i % 7] if kind != "ortho" else "Ridgeway Orthodontics", npi=r.choice("12") + dig(9),
             received=dos + dt.timedelta(days=r.randint(3, 9)), enroll=r.choice(["Family", "Family", "Single"]),
             enrolled_since=dt.date(r.randint(2019, 2023), r.randint(1, 12), 1),
             dob=dt.date(2002 - r.randint(0, 1), r.randint(1, 12), r.randint(1, 28)) if kind == "ortho" else
             dt.date(r.randint(2010, 2017) if pat == kid else r.randint(1978, 1994), r.randint(1, 12),
                     r.randint(1, 28)),
             acct=f"{r.choice('ABCKM')}{dig(6)}", ph=ADDR[ins][2])
    if kind == "house":
        f["kid_lines"] = f_kid
        f["kid_claim"] = f"{r.choice('27')}{dig(2)}-{dig(5)}-{dig(4)}"
        f["kid_dbn"] = dig(11)
        f["enroll"] = "Family"
    if kind in ("freq", "es", "ortho", "paid"):
        f["enroll"] = "Family" if kind != "paid" else f["enroll"]
    for ln, li in zip(lines, range(len(lines))):
        li_deny = deny.get(li)
        ln["remark"] = li_deny or "P1"
        pct = SHARE[ln["code"]]
        if li_deny:
            ln["paid"], ln["pp"] = 0.0, ln["sub"] if li_deny in ("M7", "F2", "O4") else 0.0
        else:
            ln["pp"] = round(ln["allowed"] * pct / 100, 2)
            ln["paid"] = round(ln["allowed"] - ln["pp"], 2)
        ln["pct"] = pct
    for ln in f.get("kid_lines", []):
        ln["remark"], ln["pct"] = "P1", SHARE[ln["code"]]
        ln["pp"] = round(ln["allowed"] * ln["pct"] / 100, 2)
        ln["paid"] = round(ln["allowed"] - ln["pp"], 2)
    f["total"] = round(sum(x["sub"] for x in lines), 2)
    f["used"] = 1500.00 if kind in ("annmax", "house") else round(r.uniform(180, 900), 2)
    return f


def new_doc(serif: bool) -> Doc:
    d = Doc("Body", margins=(14, 12, 14))
    d.add_font("Body", "", SERIF if serif else SANS)
    d.add_font("Body", "B", SERIF_B if serif else SANS_B)
    return d


LABELS = [
    ("Statement date", "Sponsor", "Sponsor ID", "Patient", "DoD Benefits Number", "Relationship", "Enrollment",
     "Claim number", "Date received", "Dentist"),
    ("Date of this EOB", "Sponsor name", "Sponsor DoD ID", "Patient name", "Patient DBN", "Relationship to sponsor",
     "Enrollment type", "Claim #", "Received", "Treating dentist"),
    ("EOB date", "Sponsor", "Sponsor ID no.", "Family member", "DoD Benefits No.", "Relation", "Plan enrollment",
     "Claim no.", "Claim received", "Provider"),
    ("Fecha de la EOB", "Patrocinador", "ID del patrocinador", "Paciente", "Nº de beneficios DoD",
     "Parentesco", "Inscripción", "Número de reclamación", "Fecha de recibo", "Dentista"),
]


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == KH:
        d.text_line("KELDERHAVEN", 20, "B")
        d.text_line("Federal Dental Services", 10.5)
        d.rule(0.7, 1.2)
        d.text_line(f"TRICARE Dental Program contractor  ·  {a[0]}, {a[1]}  ·  {a[2]}", 8.2)
    else:
        d.text_line("Contractor for the TRICARE Dental Program (TDP)", 8)
        d.text_line(BW, 13.5, "B")
        d.text_line(f"{a[0]}  |  {a[1]}  |  Customer service {a[2]}", 8.2)
        d.rule(0.3, 1.2)
    d.ln(2)


def fact_block(d: Doc, f: dict, pat=None, dbn=None, claim=None, rel=None) -> None:
    L = LABELS[f["lab"]]
    s, p = f["sponsor"], pat or f["pat"]
    sponsor = f"{s[0]} {s[1]}. {s[2]}"
    patient = f"{p[0]} {p[1]}. {p[2]}"
    enroll = {"Family": "Familiar", "Single": "Individual"}[f["enroll"]] if f["es"] else f["enroll"]
    left = [(L[0], fdate(f["stmt"], f["ds"])), (L[1], sponsor), (L[2], f["sponsor_id"]), (L[6], enroll)]
    right = [(L[3], patient), (L[4], dbn or f["dbn"]), (L[5], rel or f["rel"]),
             ("Fecha de nacimiento" if f["es"] else "Date of birth", fdate(f["dob"], f["ds"]))]
    y0, x0 = d.get_y(), d.l_margin
    if f["lab"] == 2:  # ruled boxes
        d.boxes([(k, v, 47) for k, v in left], h=11, value_size=9.2)
        d.boxes([(k, v, 47) for k, v in right], h=11, value_size=9.2)
        d.ln(2)
        return
    for col, rows in ((0, left), (1, right)):
        for k, (lab, val) in enumerate(rows):
            d.set_xy(x0 + col * 95, y0 + k * 5.2)
            d.font(9, "B")
            d.cell(41, 5.2, lab + ":")
            d.font(9)
            d.cell(53, 5.2, val)
    d.set_xy(x0, y0 + 4 * 5.2 + 2)


def claim_bar(d: Doc, f: dict, claim=None, dentist=None, office=None) -> None:
    L = LABELS[f["lab"]]
    es = f["es"]
    d.set_fill_color(232, 232, 232)
    d.font(9, "B")
    d.cell(0, 6, f"{L[7]}: {claim or f['claim']}     {L[8]}: {fdate(f['received'], f['ds'])}", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"{L[9]}: {dentist or f['dentist']}, {office or f['office']}   NPI {f['npi']}   "
                 f"{'Cuenta del paciente' if es else 'Patient account'} {f['acct']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)


def line_table(d: Doc, f: dict, lines: list[dict]) -> None:
    es, ms = f["es"], f["ms"]
    head = (["Fecha", "Código", "Descripción", "Diente", "Sup.", "Facturado", "Permitido", "Costo %", "Usted paga",
             "Pagado", "Nota"] if es else
            ["Date", "CDT", "Description", "Tooth", "Surf.", "Submitted", "Allowed", "Cost-share", "You pay",
             "TDP paid", "Remark"])
    tds = "slash" if f["ds"] in ("long", "wlong", "es") else f["ds"]
    tds = "mmddyy" if tds == "dmon" else tds
    rows = []
    for ln in lines:
        desc = (CDT_ES if es else CDT)[ln["code"]]
        rows.append([fdate(ln["date"], "es_abbr" if es else tds), ln["code"], desc[:34], ln["tooth"], ln["surf"],
                     fmt_money(ln["sub"], ms), fmt_money(ln["allowed"] if ln["remark"] == "P1" else 0, ms),
                     f"{ln['pct']}%", fmt_money(ln["pp"], ms), fmt_money(ln["paid"], ms), ln["remark"]])
    tot = round(sum(x["sub"] for x in lines), 2)
    rows.append(["*Total" if not es else "*Total", "", "", "", "", fmt_money(tot, ms),
                 fmt_money(sum(x["allowed"] for x in lines if x["remark"] == "P1"), ms), "",
                 fmt_money(sum(x["pp"] for x in lines), ms), fmt_money(sum(x["paid"] for x in lines), ms), ""])
    d.table(head, rows, [19, 11, 46, 10, 8, 18, 16, 17, 15, 16, 12], size=7.6, aligns="LLLCCRRRRRC",
            head_fill=f["lab"] != 1)


def legend(d: Doc, f: dict, codes: list[str]) -> None:
    es = f["es"]
    d.text_line("Explicación de las notas" if es else "Remark codes", 9.5, "B")
    for c in codes:
        d.para(f"{c}  {(REMARKS_ES if es else REMARKS)[c]}", 8.4, 0.8)
    d.ln(1)


def accumulator(d: Doc, f: dict) -> None:
    es, ms = f["es"], f["ms"]
    rem = round(1500 - f["used"], 2)
    if es:
        d.para(f"Máximo anual del año de beneficios: {fmt_money(1500, ms)}; usado: {fmt_money(f['used'], ms)}; "
               f"restante: {fmt_money(rem, ms)}. Máximo de ortodoncia de por vida: {fmt_money(1750, ms)}.", 8.4, 1.5)
    else:
        d.para(f"Benefit year maximum {fmt_money(1500, ms)}   Used to date {fmt_money(f['used'], ms)}   Remaining "
               f"{fmt_money(rem, ms)}   Orthodontic lifetime maximum {fmt_money(1750, ms)}", 8.4, 1.5)


def rights(d: Doc, f: dict) -> None:
    es = f["es"]
    if es:
        d.text_line("Su derecho a pedir una reconsideración", 9.5, "B")
        d.para(f"Si no está de acuerdo con esta decisión, puede pedir una reconsideración por escrito dentro de 90 días "
               f"a partir de la fecha de esta EOB. Envíe una copia de esta EOB, la razón de su desacuerdo y cualquier "
               f"documento a: {f['ins']}, Reconsideraciones TDP, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}. "
               f"Preguntas: {f['ph']}. Esto no es una factura.", 8.6)
        return
    d.text_line("Your right to request a reconsideration", 9.5, "B")
    d.para(f"If you disagree with how this claim was processed, you may request a reconsideration in writing within "
           f"90 days of the date of this EOB. Include a copy of this EOB, the reason you disagree and any records. "
           f"Mail to {f['ins']}, Attn: TDP Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}. Decisions on "
           f"reconsiderations are made within 60 days. Questions? Call {f['ph']} (TTY 711).", 8.6)


def build(f: dict) -> bytes:
    d = new_doc(serif=f["lab"] == 1)
    d.footer_fmt = ("TDP-EOB-26 (rev. 01/2026)   Página {p}" if f["es"] else "TDP-EOB-26 (rev. 01/2026)   Page {p}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Programa Dental de TRICARE - Explicación de beneficios" if f["es"] else
                "TRICARE Dental Program - Explanation of Benefits", 12.5, "B")
    d.text_line("ESTO NO ES UNA FACTURA" if f["es"] else "THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    s = f["sponsor"]
    for ln in (f"{s[0]} {s[1]}. {s[2]}".upper(), f"{random.Random(f['claim']).randint(20, 990)} FORT LANE APT 4",
               "GARNET RIDGE, NC 28399" if f["ins"] == KH else "KILLEEN HOLLOW, TX 76599"):
        d.text_line(ln, 9.5)
    d.ln(3)
    if f["kind"] == "house":
        fact_block(d, f)
        d.ln(1)
        k = f["kid"]
        d.text_line(f"Claim 1 of 2 - {k[0]} {k[1]}. {k[2]} (Child, DBN {f['kid_dbn']})", 9.5, "B")
        claim_bar(d, f, claim=f["kid_claim"], dentist="Dr. Lorelei A. Fenwright", office="Pebblebrook Pediatric Dental")
        line_table(d, f, f["kid_lines"])
        p = f["pat"]
        d.text_line(f"Claim 2 of 2 - {p[0]} {p[1]}. {p[2]} (Spouse, DBN {f['dbn']})", 9.5, "B")
        claim_bar(d, f)
        line_table(d, f, f["lines"])
        legend(d, f, ["P1", "M7"])
    else:
        fact_block(d, f)
        d.ln(1)
        claim_bar(d, f)
        line_table(d, f, f["lines"])
        codes = sorted({x["remark"] for x in f["lines"]}, key=lambda c: list(REMARKS).index(c))
        if f["kind"] == "preauth":
            codes.append("W0")
        legend(d, f, codes)
        if f["kind"] == "preauth":
            p = f["pat"]
            d.para(f"{p[0]} {p[1]}. {p[2]} has been enrolled in the TDP since {fdate(f['enrolled_since'], f['ds'])}. "
                   "The claim was not denied for a waiting period; ask your dentist to request a pre-authorization "
                   "and resubmit the claim.", 8.6)
        if f["kind"] == "ortho":
            d.para(f"Date banded: {fdate(f['dos'], f['ds'])}. The patient's date of birth on file is "
                   f"{fdate(f['dob'], f['ds'])}. Monthly adjustment visits after banding are not payable.", 8.6)
    accumulator(d, f)
    rights(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    p = f["pat"]
    dentist = f["dentist"]
    denied = [x for x in f["lines"] if x["remark"] != "P1"]
    alts: dict = {"insurer": ["TRICARE Dental Program", "TRICARE"], "member_id": [f["sponsor_id"]],
                  "provider": [dentist.replace("Dr. ", ""), f["office"]]}
    dates = sorted({iso(x["date"]) for x in (denied or f["lines"])})
    all_dates = sorted({iso(x["date"]) for x in f["lines"]})
    if dates != all_dates:
        alts["service_dates"] = [all_dates]
    if denied and len(denied) != len(f["lines"]):
        alts["claim_amount"] = [m2(sum(x["sub"] for x in denied))]
    dl = iso(f["stmt"] + dt.timedelta(days=90))
    common = dict(insurer=f["ins"], member_id=f["dbn"], member_name=f"{p[0]} {p[1]}. {p[2]}",
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=dates,
                  denial_date=iso(f["stmt"]), provider=dentist, appeal_deadline=dl)
    lang = "es" if f["es"] else "en"
    if f["kind"] == "paid":
        alts["appeal_deadline"] = [None]
        return truth("eob", None, lang, alternates=alts, **common)
    den, da = {"annmax": ("not_covered", ["other"]), "house": ("not_covered", ["other"]),
               "freq": ("not_covered", ["other"]), "es": ("not_covered", ["other"]),
               "ortho": ("not_covered", ["eligibility"]), "preauth": ("prior_authorization", None)}[f["kind"]]
    return truth("eob", den, lang, alternates=alts, denial_alternates=da, type_alternates=["denial_letter"], **common)


# (stem suffix, condition, kind, contractor, label set, date style, money style)
PLAN = [
    ("bd_annual_maximum_reached_crown", "born_digital", "annmax", KH, 0, "long", "plain"),
    ("bd_third_cleaning_frequency", "born_digital", "freq", BW, 1, "slash", "nosign"),
    ("scan300_orthodontic_age_limit", "scan_clean_300", "ortho", KH, 2, "iso", "plain"),
    ("lowres_crown_no_preauthorization", "scan_lowres_150", "preauth", BW, 0, "dmon", "space"),
    ("copy_es_limpieza_frecuencia", "photocopy", "es", KH, 3, "es", "plain"),
    ("faxfine_paid_exam_cleaning_sealants", "fax_fine_g4", "paid", BW, 2, "abbr", "plain"),
    ("phone_household_child_paid_spouse_maximum", "phone_photo", "house", KH, 1, "upper", "nosign"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ms) in enumerate(PLAN):
        f = facts(i, kind, ins, lab, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
