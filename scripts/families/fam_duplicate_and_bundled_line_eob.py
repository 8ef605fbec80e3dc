"""Family 'duplicate_and_bundled_line_eob': member EOBs whose denied lines (or whole claims) are duplicates of an
earlier claim or are bundled into another procedure billed the same day (NCCI-style procedure-to-procedure edits),
with CARC-style remark codes (18 exact duplicate, 97 included in the allowance for another service, 234 not paid
separately) and the earlier claim's number printed as a reference; one fully paid EOB and one Spanish EOB.

Layouts (three invented payers):
- Lemmer Valley Health Insurance Company: logo words "LEMMER VALLEY" over a rule, address / phone line.
- Koudum Benefit Administrators, LLC: return-address block, "Claims administrator for the Balk County Schools
  Employee Health Plan" (self-funded; the administrator's letterhead issues the EOB).
- Oosterend Health Plans, Inc.: parent line "An IJlst Financial Group company" above the centred name.
Decoys: the earlier (original) claim's number and processed date, patient account numbers, provider NPIs, check
number and date on paid claims, deductible / out-of-pocket accumulators, the 72-hour urgent appeal, the external
review's 4 months.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundab_fambb import address, clinician, days, digits, fdate, iso, m2, mixed, npi, person, phone, usd

FAMILY = "duplicate_and_bundled_line_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"lem": "Lemmer Valley Health Insurance Company", "kou": "Koudum Benefit Administrators, LLC",
       "oos": "Oosterend Health Plans, Inc."}
INS_ALT = {"lem": ["Lemmer Valley"], "kou": ["Balk County Schools Employee Health Plan"], "oos": ["Oosterend Health"]}
LABELS = {
    1: dict(date="Statement date", member="Member", mid="Member ID", grp="Group", plan="Plan", claim="Claim number",
            prov="Provider", recv="Received", orig="Original claim", pat="Patient"),
    2: dict(date="Date issued", member="Subscriber", mid="Subscriber ID", grp="Group #", plan="Plan ID", claim="Claim #",
            prov="Rendering provider", recv="Date received", orig="Earlier claim", pat="Patient"),
    3: dict(date="Processed", member="Subscriber name", mid="ID number", grp="Group no.", plan="Plan code",
            claim="Claim ID", prov="Provider of service", recv="Claim received", orig="Previously processed claim",
            pat="Patient name"),
    "es": dict(date="Fecha del estado de cuenta", member="Suscriptor", mid="Número de miembro", grp="Grupo",
               plan="Plan", claim="Número de reclamación", prov="Proveedor", recv="Recibida",
               orig="Reclamación original", pat="Paciente"),
}
HEAD = {"en": ["Service date", "Service (code)", "Billed", "Allowed", "Not covered", "Plan paid", "You owe", "Code"],
        "es": ["Fecha", "Servicio (código)", "Facturado", "Permitido", "No cubierto", "Pagó el plan", "Usted debe",
               "Cód."]}
REMARK = {
    "PD": "Paid according to your benefits.",
    "18": "CARC 18 - Exact duplicate claim/service. This service was already processed on the earlier claim shown. "
          "Do not pay the provider again for it.",
    "97": "CARC 97 - The benefit for this service is included in the payment/allowance for another "
          "service/procedure that has already been adjudicated (NCCI procedure-to-procedure edit; modifier 25 not "
          "reported). You do not owe this amount.",
    "P4": "This charge is part of the main surgery done the same day and is not paid on its own. The surgeon's "
          "payment already covers it, so you do not owe it.",
    "97es": "CARC 97 - Este servicio está incluido en el pago de otro procedimiento realizado el mismo día. Usted no "
            "debe esta cantidad.",
    "PDes": "Pagado según sus beneficios.",
}
# kind -> (denial, denial alternates, lang)
KINDS = {
    "dup_claim": ("other", None, "en"),
    "paid": (None, None, "en"),
    "ncci": ("coding_error", ["other"], "en"),
    "dup_line": ("other", None, "en"),
    "bundled_plain": ("coding_error", ["other"], "en"),
    "two_claims_dup": ("other", None, "en"),
    "es_bundled": ("coding_error", ["other"], "es"),
}
# kind -> lines (service, code, billed, allowed, remark or None for paid)
LINES = {
    "dup_claim": [("Office visit, established", "99214", 265.00, 0, "18"), ("Rapid strep test", "87880", 48.00, 0, "18")],
    "paid": [("Office visit, established", "99213", 185.00, 118.40, None), ("Blood draw", "36415", 22.00, 9.10, None),
             ("Complete blood count", "85025", 41.00, 14.25, None)],
    "ncci": [("Office visit, established", "99213", 190.00, 0, "97"), ("Knee joint injection", "20610", 310.00, 142.60,
             None), ("Triamcinolone 10 mg", "J3301", 36.00, 11.80, None)],
    "dup_line": [("Metabolic panel", "80053", 96.00, 21.40, None), ("Hemoglobin A1c", "83036", 64.00, 0, "18"),
                 ("TSH", "84443", 88.00, 28.75, None)],
    "bundled_plain": [("Knee arthroscopy, meniscectomy", "29881", 4850.00, 2310.00, None),
                      ("Femoral nerve block", "64447", 720.00, 0, "P4"),
                      ("Surgical supplies", "99070", 145.00, 0, "P4")],
    "two_claims_dup": [("Physical therapy evaluation", "97162", 240.00, 0, "18"),
                       ("Therapeutic exercise, 2 units", "97110", 150.00, 0, "18")],
    "es_bundled": [("Consulta, paciente nuevo", "99203", 230.00, 0, "97es"), ("Biopsia de piel", "11102", 295.00,
                   136.20, None), ("Patología, tejido", "88305", 160.00, 71.30, None)],
}
PROVS = ["Marssum Family Medicine", "Wommels Orthopedics & Sports Medicine", "Tzum Surgical Center",
         "Bakhuizen Clinical Laboratory", "Easterlittens Physical Therapy", "Dermatología Santa Olaja"]


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(15, 14, 15))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "lem":
        d.text_line("LEMMER VALLEY", 22, "B", h=9)
        d.rule(0.9, 1.5)
        d.text_line(f"Lemmer Valley Health Insurance Company · PO Box 6612, Wahoo, NE 68066 · {f['ph']}", 8, h=4)
        d.ln(3)
    elif f["ins"] == "kou":
        for ln, sz, st in (("Koudum Benefit Administrators, LLC", 12.5, "B"),
                           ("Claims administrator for the Balk County Schools Employee Health Plan", 8.6, ""),
                           ("PO Box 2290", 8.6, ""), ("Wiltshire, KS 67501", 8.6, "")):
            d.text_line(ln, sz, st, h=4.6)
        d.ln(3)
    else:
        d.text_line("An IJlst Financial Group company", 7.5, align="C", h=3.8)
        d.text_line("Oosterend Health Plans, Inc.", 14, "B", align="C", h=7)
        d.text_line(f"Member Services {f['ph']}  ·  TTY 711", 8, align="C", h=4)
        d.rule(0.4, 3)


def eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    td = lambda x: fdate(x, f["tds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA" if es
                else "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", align="C", h=6)
    d.ln(2)
    y = d.get_y()
    for ln in (f["sub"], *f["addr"]):
        d.text_line(ln, 9.4, h=4.7)
    d.set_xy(106, y)
    info = [(L["date"], fd(f["date"])), (L["member"], f["sub"]), (L["mid"], f["mid"])]
    if f.get("grp"):
        info.append((L["grp"], f["grp"]))
    if f.get("plan"):
        info.append((L["plan"], f["plan"]))
    for k, v in info:
        d.set_x(106)
        d.font(8.6, "B")
        d.cell(44, 4.7, k)
        d.font(8.6)
        d.cell(0, 4.7, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for c in f["claims"]:
        d.font(9.2, "B")
        d.cell(0, 5, f"{L['claim']} {c['no']}   {L['pat']}: {c['pat']}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.4)
        d.cell(0, 4.4, f"{L['prov']}: {c['prov']} (NPI {c['npi']})   {L['recv']}: {fd(c['recv'])}   "
                       f"{'Cuenta' if es else 'Patient acct'} {c['acct']}", new_x="LMARGIN", new_y="NEXT")
        if c.get("orig"):
            d.cell(0, 4.4, f"{L['orig']}: {c['orig']} ({'procesada el' if es else 'processed'} {fd(c['orig_date'])})",
                   new_x="LMARGIN", new_y="NEXT")
        if c.get("check"):
            d.cell(0, 4.4, f"Check no. {c['check']} issued {fd(c['check_date'])}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        rows = []
        for s, code, b, a, rc in c["lines"]:
            paid = round(a * 0.8, 2)
            owe = round(a - paid, 2)
            rows.append([td(c["dos"]), f"{s} ({code})"[:40], mo(b), mo(a), mo(b - a), mo(paid), mo(owe),
                         ("PD" if not es else "PD") if rc is None else rc.replace("es", "")])
        tb = sum(x[2] for x in c["lines"])
        ta = sum(x[3] for x in c["lines"])
        tp = sum(round(x[3] * 0.8, 2) for x in c["lines"])
        rows.append(["*" + ("Total" if es else "Claim total"), "", mo(tb), mo(ta), mo(tb - ta), mo(tp),
                     mo(ta - tp), ""])
        d.table(HEAD["es" if es else "en"], rows, [22, 56, 18, 17, 18, 17, 17, 11], size=7.6,
                aligns="LLRRRRRC", head_fill=True)
    d.text_line("Códigos" if es else "Remark codes", 9.4, "B", h=5)
    used = []
    for c in f["claims"]:
        for x in c["lines"]:
            key = (x[4] or ("PDes" if es else "PD"))
            if key not in used:
                used.append(key)
    for key in used:
        d.para(f"{key.replace('es', '')}  {REMARK[key]}", 8.4, gap=1)
    d.ln(1)
    if es:
        d.para(f"Deducible 2026 cumplido: {mo(f['ded'])} de {mo(1000)}. Máximo de gastos de bolsillo cumplido: "
               f"{mo(f['oop'])} de {mo(6000)}.", 8.4, gap=2)
    else:
        d.para(f"2026 deductible met: {mo(f['ded'])} of {mo(1000)}. Out-of-pocket maximum met: {mo(f['oop'])} of "
               f"{mo(6000)}.", 8.4, gap=2)
    if f["den"]:
        d.text_line("Su derecho a apelar" if es else "Your right to appeal", 10, "B", h=5.5)
        d.para(f["appeal"], 8.8, gap=2)
    d.para(f"{'Preguntas' if es else 'Questions'}: {f['ph']} (TTY 711).", 8.4)
    return pdf_bytes(d)


def claim(r: random.Random, kind: str, f: dict, dos: dt.date, prov: str, lines: list, orig: str | None = None) -> dict:
    c = dict(no=f["cfmt"](), pat=f["pat"], prov=prov, npi=npi(r), recv=days(dos, r.randint(5, 14)),
             acct=mixed(r, "PA99999"), dos=dos, lines=lines)
    if orig:
        c["orig"] = orig
        c["orig_date"] = days(dos, r.randint(15, 25))
    if all(x[4] is None for x in lines):
        c["check"] = digits(r, 8)
        c["check_date"] = days(c["recv"], r.randint(10, 20))
    return c


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, tds: str, mo: str, dl: str) -> dict:
    den, dalt, lang = KINDS[kind]
    date = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    sub = person(r, lang)
    dep = r.random() < 0.4
    pat = person(r, lang, avoid=(sub,)) if dep else sub
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, tds=tds, mo=mo, lang=lang, date=date, den=den, dalt=dalt, sub=sub,
             pat=pat, addr=address(r, lang), ph=phone(r),
             mid={"lem": mixed(r, "LV9999999-01"), "kou": mixed(r, "KBA999999999"), "oos": mixed(r, "O99999999")}[ins],
             grp={"lem": digits(r, 6), "kou": "BCS-" + digits(r, 4), "oos": None}[ins],
             plan={"lem": None, "kou": "Balk County Schools PPO", "oos": "OHP-" + mixed(r, "A99")}[ins] if lab != 1
             else None,
             ded=float(r.choice([250, 600, 1000])), oop=float(r.choice([820, 1450, 2300])))
    if f["plan"] == "Balk County Schools PPO":
        f["plan"] = None  # a plan name is not a plan ID
    f["cfmt"] = {"lem": lambda: digits(r, 13), "kou": lambda: mixed(r, "K99-9999999"),
                 "oos": lambda: mixed(r, "9999A9999999")}[ins]
    prov = {"dup_claim": PROVS[0], "paid": PROVS[0], "ncci": PROVS[1], "dup_line": PROVS[3],
            "bundled_plain": PROVS[2], "two_claims_dup": PROVS[4], "es_bundled": PROVS[5]}[kind]
    dos = days(date, -r.randint(25, 60))
    lines = LINES[kind]
    if kind == "two_claims_dup":
        paid_lines = [(s, c, b, round(b * 0.52, 2), None) for s, c, b, _, _ in lines]
        first = claim(r, kind, f, dos, prov, paid_lines)
        second = claim(r, kind, f, dos, prov, lines, orig=first["no"])
        second["orig_date"] = first["check_date"]
        second["recv"] = days(first["check_date"], r.randint(3, 9))
        f["claims"] = [first, second]
    elif kind in ("dup_claim", "dup_line"):
        f["claims"] = [claim(r, kind, f, dos, prov, lines, orig=f["cfmt"]())]
        if kind == "dup_line":
            f["claims"][0]["orig_date"] = days(dos, r.randint(8, 14))
    else:
        f["claims"] = [claim(r, kind, f, dos, prov, lines)]
    dc = f["claims"][-1]
    f["claim_no"] = dc["no"]
    f["amount"] = round(sum(x[2] for x in dc["lines"]), 2)
    f["denied_amt"] = round(sum(x[2] for x in dc["lines"] if x[4]), 2)
    f["svc"] = dc["dos"]
    f["prov"] = prov
    f["decoy_claim"] = dc.get("orig")
    if lang == "es":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("Si no está de acuerdo con esta decisión, puede apelar dentro de 180 días a partir de la fecha "
                       "de este estado de cuenta. Escríbanos a la dirección de arriba. Si su salud corre peligro, "
                       "pida una apelación urgente: decidiremos en 72 horas.")
    elif dl == "within":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("If you disagree, you or your provider may appeal within 180 days of the date of this "
                       "statement. Write to the address above and include this EOB. Urgent appeals are decided within "
                       "72 hours. You may also have the right to an external review within 4 months of a final "
                       "decision.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal"] = (f"To appeal, send us a written request by {fdate(f['deadline'], ds)}. Your provider may "
                       "also ask us to reconsider a coding decision by sending a corrected claim.")
    else:
        f["deadline"] = None
        f["dl_alt"] = days(date, 180)
        f["appeal"] = ("You have 180 days after you receive this statement to file an appeal. Call Member Services "
                       "or write to the address above.")
    return f


def doc_truth(f: dict) -> dict:
    es = f["lang"] == "es"
    alts = {"insurer": INS_ALT[f["ins"]]}
    if f["den"] and f["denied_amt"] != f["amount"]:
        alts["claim_amount"] = [m2(f["denied_amt"])]
    if f.get("dl_alt") and f["den"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    return truth("eob", f["den"], "es" if es else "en", insurer=INS[f["ins"]], plan_id=f["plan"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["pat"], case_numbers=[f["claim_no"]],
                 claim_amount=m2(f["amount"]), service_dates=[iso(f["svc"])], denial_date=iso(f["date"]),
                 provider=f["prov"], appeal_deadline=iso(f["deadline"]) if (f["deadline"] and f["den"]) else None,
                 alternates=alts, denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, insurer, labels, date style, table date style, money, deadline
    ("bd_duplicate_claim", "born_digital", "dup_claim", "lem", 1, "long", "slash", "plain", "within"),
    ("bd_paid_in_full", "born_digital", "paid", "kou", 2, "slash", "slash", "nosign", "by"),
    ("scan_ncci_visit_bundled", "scan_clean_300", "ncci", "oos", 3, "abbr", "short", "plain", "receive"),
    ("low_duplicate_lab_line", "scan_lowres_150", "dup_line", "lem", 2, "dlong", "slash", "nosign", "within"),
    ("rot_nerve_block_bundled", "rotated", "bundled_plain", "kou", 1, "iso", "iso", "plain", "by"),
    ("faxs_second_claim_duplicate", "fax_standard_g4", "two_claims_dup", "oos", 1, "dmy", "slash", "space", "within"),
    ("copy_es_consulta_incluida", "photocopy", "es_bundled", "lem", "es", "es", "es_abbr", "es", "within"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, lab, ds, tds, mo, dl) in enumerate(ITEMS):
        r = random.Random(111600 + i)
        f = facts(r, kind, ins, lab, ds, tds, mo, dl)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(eob(f), doc_truth(f))]))
    return items
