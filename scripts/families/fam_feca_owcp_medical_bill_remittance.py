"""Family 'feca_owcp_medical_bill_remittance': Federal Employees' Compensation Act (FECA) medical bill explanations
from the U.S. Department of Labor, Office of Workers' Compensation Programs, Division of Federal Employees',
Longshore and Harbor Workers' Compensation (formerly DFEC). Modelled from memory on the program's public bill-pay
outputs: an Explanation of Benefits to the injured federal employee (claimant) and a remittance voucher to the
provider, issued by the bill-processing contractor working for OWCP (here the invented "Meridian Ledger Health
Claims, LLC"): claimant name, FECA case file number, employing agency, date of injury, accepted condition, bill ID,
provider with NPI and tax ID, line items with EOB codes (treatment not authorized for the accepted condition,
amount exceeds the fee schedule - partial payment, missing information, prior authorization not obtained, bill
received after the time limit, duplicate), a reconsideration paragraph (within a number of days, or a date).
One fully paid statement; one Spanish letter with its line table. All values invented.

Decoys: date of injury, employing agency, accepted ICD-10 codes, NPI, tax ID, check/EFT number, bill received date,
allowed and paid amounts, phone numbers, the case number beside the bill ID.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import days, fdate, iso, m2, mixed, usd

FAMILY = "feca_owcp_medical_bill_remittance"
LANG = "en"
DOL = "U.S. Department of Labor"
OWCP = "Office of Workers' Compensation Programs"
DIV = "Division of Federal Employees', Longshore and Harbor Workers' Compensation"
CON = "Meridian Ledger Health Claims, LLC"
CON_ADDR = ("PO Box 14620", "Quillhaven, TN 37899")
FIRST = ["Rogelio", "Marisa", "Sunniva", "Tobenna", "Aurelio", "Kalinda", "Isidro", "Oddny", "Femi", "Ragnhild"]
LAST = ["Bautista-Reyes", "Olawuyi", "Hrafnsdottir", "Adeyemi-Ross", "Tiongson", "Ekwueme", "Lindqvist", "Soliven"]
FIRST_ES = ["Evaristo", "Remedios", "Casimiro", "Filomena"]
LAST_ES = ["Arizmendi", "Zubiaurre", "Olaechea", "Urquiaga"]
STREETS = ["Federal Plaza Drive", "Depot Row", "Customs House Lane", "Ranger Station Road", "Postal Annex Way"]
CITIES = [("Gallowmere", "MD", "21099"), ("Sable Point", "WA", "98399"), ("Cutbank Flats", "MT", "59499"),
          ("Pinhook", "MO", "63899")]
CITIES_ES = [("San Ysidro Viejo", "TX", "78599"), ("Arroyo Seco", "NM", "87599")]
AGENCIES = ["U.S. Postal Service", "Department of Veterans Affairs", "U.S. Forest Service", "Transportation Security "
            "Administration", "Social Security Administration"]
PROVIDERS = [("Skagafjord Orthopaedic Group", "Oyelowo N. Bankole, MD"),
             ("Ulu Point Physical Therapy", "Hafdis R. Jonsdottir, PT"),
             ("Tamarind Bay Imaging Center", "Leopoldo S. Manalo, MD"),
             ("Northgate Occupational Medicine Clinic", "Gudrun E. Palsson, DO")]
CONDITIONS = [("S33.5XXA", "Sprain of lumbar ligaments"), ("S46.011A", "Rotator cuff strain, right"),
              ("M77.12", "Lateral epicondylitis, left")]
LABELS = [("FECA case file no.", "Date of statement", "Bill ID", "Service date", "Billed"),
          ("Case number", "Issue date", "Bill no.", "DOS", "Charged"),
          ("OWCP file number", "Date processed", "Bill ID number", "From-To date", "Amount billed")]
CODES = {
    "notrel": ("521", "Treatment is not authorized for the accepted condition(s) in this case."),
    "pa": ("417", "Prior authorization is required for this service and was not obtained. Physical therapy beyond "
                  "the initial authorized visits must be authorized by OWCP."),
    "missing": ("230", "Missing information: the bill does not show a valid ICD-10 diagnosis code and the rendering "
                       "provider's NPI. Correct and resubmit the bill."),
    "late": ("310", "Bill received after the time limit. Bills must be received by the end of the calendar year "
                    "after the year in which the service was provided."),
    "dup": ("144", "Duplicate of a bill previously processed."),
    "paid": ("001", "Paid as billed."),
    "fee": ("063", "Amount billed exceeds the OWCP fee schedule. Partial payment made at the fee schedule amount."),
}
CODES_ES = {"notrel": "El tratamiento no está autorizado para la(s) condición(es) aceptada(s) en este caso.",
            "fee": "El cargo excede la tarifa de OWCP. Se pagó una parte, según la tarifa.",
            "paid": "Pagado según lo facturado."}


def person(r: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("BCDFGHKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, r.randint(1, 99) / 100]), 2)


LINES = {
    "notrel": [("99213", "Office visit, est. patient", (110, 160), "paid"),
               ("73721", "MRI, knee, without contrast", (900, 1400), "notrel")],
    "paid": [("99204", "Office visit, new patient", (240, 320), "fee"),
             ("72100", "X-ray, lumbar spine, 2-3 views", (90, 140), "paid"),
             ("97110", "Therapeutic exercise, 15 min", (45, 70), "fee")],
    "missing": [("97161", "PT evaluation, low complexity", (150, 210), "fee"),
                ("97140", "Manual therapy, 15 min", (50, 75), "missing"),
                ("97110", "Therapeutic exercise, 15 min", (45, 70), "missing")],
    "pa": [("97110", "Therapeutic exercise, 15 min", (45, 70), "pa"),
           ("97140", "Manual therapy, 15 min", (50, 75), "pa"),
           ("97530", "Therapeutic activities, 15 min", (55, 80), "pa")],
    "late": [("99214", "Office visit, est. patient", (150, 220), "late"),
             ("20610", "Injection, major joint", (140, 260), "late")],
    "dup": [("99213", "Office visit, est. patient", (110, 160), "dup"),
            ("72110", "X-ray, lumbar spine, 4+ views", (120, 190), "dup")],
}


def facts(r: random.Random, kind: str, lab: int, ds: str, days_n: int, to_prov: bool, lang: str = "en") -> dict:
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 190))
    dos = dt.date(dec.year - 2, r.randint(5, 12), r.randint(1, 28)) if kind == "late" else days(dec, -r.randint(25,
                                                                                                               70))
    prov_i = {"notrel": 2, "paid": 0, "missing": 1, "pa": 1, "late": 3, "dup": 0}[kind]
    rows = []
    visits = [dos] if kind not in ("pa",) else [dos, days(dos, 3), days(dos, 7)]
    for k, (cpt, desc, (lo, hi), code) in enumerate(LINES[kind]):
        d = visits[k % len(visits)]
        if kind == "notrel" and code == "notrel":
            d = days(dos, r.randint(5, 12))
        ch = money(r, lo, hi)
        if code == "paid":
            al = ch
        elif code == "fee":
            al = round(ch * r.uniform(0.6, 0.82), 2)
        else:
            al = 0.0
        rows.append((d, cpt, desc, ch, al, al, code))
    cond = r.choice(CONDITIONS)
    city = r.choice(CITIES_ES if lang == "es" else CITIES)
    prov, clin = PROVIDERS[prov_i]
    return dict(kind=kind, L=LABELS[lab], ds=ds, dec=dec, rows=rows, prov=prov, clin=clin, lang=lang,
                npi="".join([r.choice("12")] + [r.choice("0123456789") for _ in range(9)]),
                tin=f"{r.randint(20, 88)}-{r.randint(1000000, 9999999)}", claimant=person(r, lang),
                addr=(f"{r.randint(12, 990)} {r.choice(STREETS)}", f"{city[0]}, {city[1]} {city[2]}"),
                case=mixed(r, "999999999").replace("0", "5", 1), bill=mixed(r, "99999-999999"),
                prior_bill=mixed(r, "99999-999999"), recv=days(dec, -r.randint(8, 21)),
                doi=days(dos, -r.randint(40, 300)), agency=r.choice(AGENCIES), cond=cond,
                eft=mixed(r, "EFT99999999"), days_n=days_n, to_prov=to_prov,
                ph=f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}")


def billed(f: dict) -> float:
    return round(sum(x[3] for x in f["rows"]), 2)


def denied_rows(f: dict) -> list:
    return [x for x in f["rows"] if x[6] not in ("paid", "fee")]


def letterhead(d: Doc, f: dict, style: int) -> None:
    if style == 0:
        d.text_line(DOL, 14, "B")
        d.text_line(OWCP, 10)
        d.text_line(DIV, 9)
        d.text_line("Federal Employees' Compensation Act (FECA) - Medical Bill Processing", 8.5)
        d.rule(0.6, 1.5)
    elif style == 1:
        d.text_line(f"{DOL.upper()}  ·  {OWCP.upper()}", 9, "B")
        d.text_line(f"{DIV}", 8.5)
        d.ln(1)
        d.text_line(CON, 13, "B")
        d.text_line(f"Bill processing agent for OWCP  ·  {CON_ADDR[0]}  ·  {CON_ADDR[1]}  ·  {f['ph']}", 8)
        d.rule(0.3, 1.2)
    else:
        d.text_line(DOL, 12, "B")
        d.text_line(f"{OWCP} - FECA", 9.5)
        d.text_line(f"{CON_ADDR[0]}, {CON_ADDR[1]}   Tel. {f['ph']}", 9)
        d.rule(0.4, 1)
    d.ln(3)


def recon_text(f: dict) -> str:
    n, ds, word = f["days_n"], f["ds"], "remittance" if f["to_prov"] else "statement"
    tail = f"within {n} days of the date of this {word}" if n else f"by {fdate(days(f['dec'], 60), ds)}"
    return (f"If you disagree with the decision on any line, you may request reconsideration of the bill. Write to "
            f"{CON}, Attn: Bill Reconsideration, {CON_ADDR[0]}, {CON_ADDR[1]}, and include the {f['L'][2]} and the "
            f"reason you disagree, with supporting medical evidence. The request must be received {tail}. You "
            f"may also call {f['ph']}.")


def header_grid(d: Doc, f: dict) -> None:
    L, ds, c = f["L"], f["ds"], f["claimant"]
    left = [("Claimant", c[0]), (L[0], f["case"]), ("Employing agency", f["agency"]),
            ("Date of injury", fdate(f["doi"], ds)), ("Accepted condition", f"{f['cond'][0]} {f['cond'][1]}")]
    right = [(L[1], fdate(f["dec"], ds)), (L[2], f["bill"]), ("Bill received", fdate(f["recv"], ds)),
             ("Provider", f["prov"]), ("Provider NPI / TIN", f"{f['npi']} / {f['tin']}")]
    y0 = d.get_y()
    for i, (k, v) in enumerate(left):
        d.set_xy(18, y0 + i * 5)
        d.font(8.5, "B")
        d.cell(33, 5, k + ":")
        d.font(8.5)
        d.cell(60, 5, v[:44])
    for i, (k, v) in enumerate(right):
        d.set_xy(112, y0 + i * 5)
        d.font(8.5, "B")
        d.cell(31, 5, k + ":")
        d.font(8.5)
        d.cell(55, 5, v)
    d.set_xy(18, y0 + len(left) * 5 + 3)


def statement(d: Doc, f: dict, style: int) -> None:
    L, c = f["L"], f["claimant"]
    d.add_page()
    letterhead(d, f, style)
    to = [f["prov"], "Billing Department", f"Tax ID {f['tin']}"] if f["to_prov"] else [c[0].upper(), *[
        x.upper() for x in f["addr"]]]
    for ln in to:
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("PROVIDER REMITTANCE VOUCHER" if f["to_prov"] else "EXPLANATION OF BENEFITS (EOB)", 12, "B")
    d.ln(1)
    header_grid(d, f)
    if f["clin"]:
        d.text_line(f"Rendering provider: {f['clin']}", 8.5)
    d.ln(2)
    rows = [[fdate(x[0], "slash"), x[1], x[2], usd(x[3], "nosign"), usd(x[4], "nosign"), usd(x[5], "nosign"),
             CODES[x[6]][0]] for x in f["rows"]]
    rows.append(["*Totals", "", "", usd(billed(f), "nosign"), usd(sum(x[4] for x in f["rows"]), "nosign"),
                 usd(sum(x[5] for x in f["rows"]), "nosign"), ""])
    d.table([L[3], "Proc.", "Description", L[4], "Allowed", "Paid", "EOB code"], rows,
            [24, 14, 58, 22, 20, 20, 20], size=8.5, aligns="LLLRRRC", head_fill=True)
    if f["to_prov"]:
        d.text_line(f"Payment {f['eft']} issued {fdate(f['dec'], f['ds'])} for "
                    f"{usd(sum(x[5] for x in f['rows']))}." if sum(x[5] for x in f["rows"]) else
                    "No payment issued for this bill.", 8.5)
        d.ln(2)
    d.text_line("EOB code explanations", 9.5, "B")
    seen = []
    for x in f["rows"]:
        if x[6] not in seen:
            seen.append(x[6])
            d.para(f"{CODES[x[6]][0]} - {CODES[x[6]][1]}", 8.5, gap=0.8)
    if f["kind"] == "dup":
        d.para(f"These services were processed on bill {f['prior_bill']}.", 8.5, gap=0.8)
    d.ln(2)
    if denied_rows(f):
        d.text_line("Reconsideration", 9.5, "B")
        d.para(recon_text(f), 8.5)
    else:
        d.para("Every line of this bill was paid. Amounts above the fee schedule may not be billed to the "
               "claimant. No action is needed.", 8.5)
    d.para("Under 5 U.S.C. 8116 and 20 CFR 10.801-10.813, OWCP pays only for medical treatment of the accepted "
           "condition(s) at the OWCP fee schedule. This is not a bill.", 7.5)


def spanish(d: Doc, f: dict) -> None:
    c, ds = f["claimant"], "es"
    d.add_page()
    letterhead(d, f, 0)
    d.text_line(fdate(f["dec"], ds), 10.5)
    d.ln(3)
    for ln in (c[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(3)
    d.text_line("Explicación de beneficios - factura médica (FECA)", 12, "B")
    d.ln(1)
    for k, v in (("Número de caso FECA", f["case"]), ("Número de factura", f["bill"]),
                 ("Proveedor", f"{f['prov']} (NPI {f['npi']})"), ("Agencia empleadora", f["agency"]),
                 ("Fecha de la lesión", fdate(f["doi"], "slash"))):
        d.font(10, "B")
        d.cell(50, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Estimado(a) {c[1]} {c[3]}: Hemos procesado la factura de {f['prov']} por servicios que usted recibió. "
           f"El total facturado es {usd(billed(f))}. Su caso fue aceptado para: {f['cond'][1]} ({f['cond'][0]}).")
    rows = [[fdate(x[0], "slash"), x[1], usd(x[3]), usd(x[5]), CODES[x[6]][0]] for x in f["rows"]]
    d.table(["Fecha de servicio", "Código", "Facturado", "Pagado", "Código EOB"], rows, [36, 24, 30, 30, 30],
            size=9.5, aligns="LLRRC")
    for x in f["rows"]:
        d.para(f"{CODES[x[6]][0]}: {CODES_ES[x[6]]}", 9, gap=0.8)
    d.ln(2)
    d.para("No pagamos la resonancia magnética de la rodilla porque el tratamiento no está autorizado para la "
           "condición aceptada en su caso. Si su médico cree que la rodilla está relacionada con la lesión del "
           "trabajo, debe enviar un informe médico a OWCP.")
    d.text_line("Reconsideración", 10.5, "B")
    d.para(f"Si no está de acuerdo, puede pedir una reconsideración por escrito dentro de {f['days_n']} días a "
           f"partir de la fecha de esta carta. Escriba a {CON}, {CON_ADDR[0]}, {CON_ADDR[1]}. Para ayuda en "
           f"español, llame al {f['ph']}.")


def build(f: dict, style: int) -> bytes:
    d = Doc("Helvetica")
    if f["lang"] == "es":
        spanish(d, f)
    else:
        statement(d, f, style)
    return pdf_bytes(d)


DENIAL = {"notrel": ("not_covered", ["other", "prior_authorization"]), "pa": ("prior_authorization", None),
          "missing": ("other", ["coding_error"]), "late": ("timely_filing", None), "dup": ("other", None)}


def make_truth(f: dict) -> dict:
    den = denied_rows(f)
    alts: dict = {"insurer": [OWCP, DIV, f"{DOL}, {OWCP}", CON], "case_numbers": [[f["bill"], f["case"]]]}
    if f["clin"] and f["lang"] == "en":
        alts["provider"] = [f["clin"].split(",")[0]]
    common = dict(insurer=DOL, member_id=f["case"], member_name=f["claimant"][0], case_numbers=[f["bill"]],
                  claim_amount=m2(billed(f)), denial_date=iso(f["dec"]), provider=f["prov"])
    if not den:
        return truth("other", None, f["lang"], alternates=alts, type_alternates=["eob"],
                     service_dates=sorted({iso(x[0]) for x in f["rows"]}), **common)
    if len(den) < len(f["rows"]):
        alts["claim_amount"] = [m2(sum(x[3] for x in den))]
        alts["service_dates"] = [sorted({iso(x[0]) for x in f["rows"]})]
    t, da = DENIAL[f["kind"]]
    dl = days(f["dec"], f["days_n"] or 60)
    doc_type = "denial_letter" if f["lang"] == "es" else "eob"
    return truth(doc_type, t, f["lang"], alternates=alts, denial_alternates=da,
                 type_alternates=["eob"] if doc_type == "denial_letter" else ["denial_letter"],
                 service_dates=sorted({iso(x[0]) for x in den}), appeal_deadline=iso(dl), **common)


# (stem suffix, condition, kind, labels, date style, days (0 = printed date), to provider, layout style, lang)
PLAN = [
    ("bd_knee_mri_not_accepted_condition", "born_digital", "notrel", 0, "long", 30, False, 0, "en"),
    ("bd_paid_in_full_fee_schedule", "born_digital", "paid", 1, "slash", 30, True, 1, "en"),
    ("scan300_missing_icd10_and_npi", "scan_clean_300", "missing", 2, "iso", 0, True, 2, "en"),
    ("copy_pt_visits_without_authorization", "photocopy", "pa", 0, "abbr", 60, False, 1, "en"),
    ("faxstd_bill_after_time_limit", "fax_standard_g4", "late", 1, "dlong", 30, True, 0, "en"),
    ("phone_spanish_knee_mri_not_authorized", "phone_photo", "notrel", 0, "es", 30, False, 0, "es"),
    ("lowres_duplicate_bill", "scan_lowres_150", "dup", 2, "upper", 90, True, 2, "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, lab, ds, n, prov, style, lang) in enumerate(PLAN):
        f = facts(random.Random(140550 + i), kind, lab, ds, n, prov, lang)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, style), make_truth(f))]))
    return items
