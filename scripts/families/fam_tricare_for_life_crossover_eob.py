"""Family 'tricare_for_life_crossover_eob': TRICARE For Life explanations of benefits for claims that crossed over
from Medicare (Medicare paid first, TRICARE For Life second), modelled on the TRICARE EOB's published layout
(values and the claims processor invented).

Layout: heading "TRICARE For Life Explanation of Benefits" / "This is a statement of the action taken on your
TRICARE claim"; sponsor block (sponsor name, masked sponsor SSN) and beneficiary block (name, DoD Benefits Number,
relationship, masked Medicare number); Date of Notice / Claim Number / Date Received / Medicare claim no. (ICN, a
decoy) / Program; "Services provided by" (billing practice, NPI, rendering doctor); table Date of Services / Services
Provided / Amount Billed / Medicare Paid / TRICARE Allowed / TRICARE Paid / See Remarks; Claim Summary; a
deductible and catastrophic-cap table (decoy amounts); remarks legend; reconsideration paragraph (90 days).
Letterheads of the one invented processor, Saltcoats Federal Benefits Services: "TRICARE For Life" set large over a
rule with the processor line below; parent-style line "TRICARE For Life claims processor" above the processor
name; return-address block. Kinds: one line denied as not a TRICARE benefit (chiropractic) among paid lines, all
paid, hearing aid not covered by either, Medicare's not-medically-necessary denial followed by TFL, claim denied
for want of Medicare's payment information, beneficiary not eligible in DEERS, Spanish acupuncture not covered.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundy_famyb import address, clinician, days, digits, fdate, iso, m2, mixed, npi, person, phone, usd

FAMILY = "tricare_for_life_crossover_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Saltcoats Federal Benefits Services"
PRACTICES = ["Scourie Cardiology Associates", "Achiltibuie Family Medicine", "Kilchoan Spine & Joint Clinic",
             "Glenborrodale Hearing Center", "Centro Médico Lekuona"]
LABELS = {
    1: ["Date of Notice", "Claim Number", "Date Received", "Sponsor", "Sponsor SSN", "Beneficiary",
        "DoD Benefits Number", "Services provided by"],
    2: ["Notice date", "TFL claim #", "Received", "Sponsor name", "Sponsor SSN (last 4)", "Patient",
        "Beneficiary DBN", "Provider"],
    3: ["Date issued", "Claim no.", "Claim received", "Sponsor", "SSN", "Patient name", "DoD benefits no.",
        "Billing provider"],
    "es": ["Fecha del aviso", "Número de reclamación", "Fecha de recibo", "Patrocinador", "SSN del patrocinador",
           "Beneficiario", "Número de beneficios del DoD", "Servicios prestados por"],
}
# kind -> (denial, denial alternates, practice index, lines [(code, description, fee, medicare pays?, tfl denies?)],
#          remark for denied lines)
KINDS = {
    "line": ("not_covered", None, 2, [("99213", "Office visit, established patient", 165.0, True, False),
                                      ("98940", "Chiropractic manipulation, 1-2 regions", 72.0, True, True),
                                      ("97140", "Manual therapy, 15 min", 58.0, True, False)]),
    "allpaid": (None, None, 0, [("99214", "Office visit, established patient", 238.0, True, False),
                                ("93000", "Electrocardiogram, complete", 96.0, True, False),
                                ("93306", "Echocardiogram, complete", 1340.0, True, False)]),
    "notcov": ("not_covered", None, 3, [("V5261", "Hearing aid, digital, binaural, BTE", 4860.0, False, True),
                                        ("V5011", "Hearing aid fitting", 240.0, False, True)]),
    "mednec": ("medical_necessity", None, 0, [("93880", "Duplex scan, extracranial arteries", 612.0, False, True),
                                              ("99213", "Office visit, established patient", 158.0, True, False)]),
    "nomsn": ("other", None, 1, [("99397", "Preventive visit, 65 and over", 312.0, None, True),
                                 ("36415", "Routine venipuncture", 24.0, None, True)]),
    "elig": ("eligibility", None, 1, [("99215", "Office visit, established patient", 296.0, True, True),
                                      ("80053", "Comprehensive metabolic panel", 68.0, True, True)]),
    "es": ("not_covered", None, 4, [("99213", "Visita de consultorio", 150.0, True, False),
                                    ("97810", "Acupuntura, 15 min iniciales", 110.0, True, True),
                                    ("97811", "Acupuntura, 15 min adicionales", 80.0, True, True)]),
}
REMARKS = {
    "line": "Chiropractic care is not a TRICARE benefit. Medicare's payment is shown; TRICARE For Life pays nothing "
            "more for this service.",
    "notcov": "Medicare does not cover hearing aids, and hearing aids are not a TRICARE benefit for retirees and "
              "their family members. This service is not covered.",
    "mednec": "Medicare found this test not medically necessary for the diagnosis billed. TRICARE does not pay for a "
              "service Medicare denied as not medically necessary unless records show it was needed.",
    "nomsn": "We did not receive Medicare's payment information (Medicare Summary Notice) for these services. "
             "TRICARE For Life pays after Medicare. Send us a copy of the Medicare Summary Notice and we will "
             "process the claim again.",
    "elig": "The Defense Enrollment Eligibility Reporting System (DEERS) shows this beneficiary was not eligible for "
            "TRICARE on the date of service. Update DEERS at an ID card office, then ask us to reprocess.",
    "es": "La acupuntura no es un beneficio de TRICARE. Medicare pagó su parte; TRICARE For Life no paga más por "
          "este servicio.",
    "paid": "TRICARE For Life paid the amount Medicare did not pay (Medicare deductible and coinsurance).",
    "paid_es": "TRICARE For Life pagó lo que Medicare no pagó (deducible y coseguro de Medicare).",
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if f["lh"] == "A":
        d.text_line("TRICARE For Life", 22, "B", h=10)
        d.rule(0.9, 1.5)
        d.text_line(f"{INS}  ·  PO Box 7890, Sheboygan, WI 53081  ·  {f['ph']}", 8, h=4)
        d.ln(4)
    elif f["lh"] == "B":
        d.text_line("TRICARE For Life claims processor", 7.5, align="R", h=3.8)
        d.text_line(INS, 14, "B", align="R", h=7)
        d.text_line(f"PO Box 7890  ·  Sheboygan, WI 53081  ·  {f['ph']}", 8, align="R", h=4)
        d.rule(0.4, 4)
    else:
        for ln, sz, st in ((INS, 12, "B"), ("TRICARE For Life", 9.5, ""), ("PO Box 7890", 9.5, ""),
                           ("Sheboygan, WI 53081", 9.5, "")):
            d.text_line(ln, sz, st, h=4.8)
        d.ln(4)
    d.text_line("Explicación de Beneficios de TRICARE For Life" if es else
                "TRICARE For Life Explanation of Benefits", 13, "B", align="C", h=7)
    d.text_line("Esta es una declaración de la acción tomada sobre su reclamación de TRICARE. Guarde este aviso."
                if es else "This is a statement of the action taken on your TRICARE claim. Keep this notice for your "
                "records.", 8.5, align="C", h=4.5)
    d.ln(3)


def eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    y = d.get_y()
    for ln in (f["sponsor"] if f["mail_sponsor"] else f["member"], *f["addr"]):
        d.text_line(ln.upper(), 9.5, h=4.8)
    d.set_xy(108 if es else 112, y)
    for k, v in ((L[0], fd(f["date"])), (L[1], f["claim"]), (L[2], fd(f["recv"])),
                 ("Medicare claim no." if not es else "Núm. de Medicare (ICN)", f["icn"]),
                 ("Program" if not es else "Programa", "TRICARE For Life")):
        d.set_x(108 if es else 112)
        d.font(8.6, "B")
        d.cell(46 if es else 38, 4.8, k)
        d.font(8.6)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 26))
    d.ln(2)
    rel = ("Cónyuge" if es else "Spouse") if f["mail_sponsor"] else ("Patrocinador" if es else "Self")
    d.boxes([(L[3], f["sponsor"], 50), (L[4], f["ssn"], 38), (L[5], f["member"], 50),
             ("Relación" if es else "Relationship", rel, 46)])
    d.boxes([(L[6], f["dbn"], 50), ("Número de Medicare" if es else "Medicare number", f["mbi"], 38),
             (L[7], f["practice"], 96)])
    d.ln(2)
    d.para((f"Médico: Dr. {f['doc']}   NPI {f['npi']}   Cuenta del paciente {f['acct']}" if es else
            f"Rendering: Dr. {f['doc']}   NPI {f['npi']}   Patient account no. {f['acct']}"), 8.8, gap=2)
    head = (["Fecha", "Servicios prestados", "Cobrado", "Medicare pagó", "Permitido",
             "TRICARE pagó", "Notas"] if es else
            ["Date of Services", "Services Provided", "Billed", "Medicare Paid", "TRICARE Allowed",
             "TRICARE Paid", "Remarks"])
    rows = []
    for x in f["lines"]:
        rows.append([fdate(x["d"], f["tds"]), f"{x['code']} {x['desc']}"[:40], mo(x["fee"]),
                     "--" if x["mcr"] is None else mo(x["mcr"]), mo(x["allowed"]), mo(x["paid"]), x["rc"]])
    tot = sum(x["fee"] for x in f["lines"])
    tm = sum(x["mcr"] or 0 for x in f["lines"])
    tp = sum(x["paid"] for x in f["lines"])
    rows.append(["*Total", "", mo(tot), mo(tm), mo(sum(x["allowed"] for x in f["lines"])), mo(tp), ""])
    d.table(head, rows, [24, 52, 18, 22, 25, 22, 17], size=7.6, aligns="LLRRRRC", head_fill=True)
    d.text_line("Resumen de la reclamación" if es else "Claim Summary", 10, "B", h=5.5)
    summ = [("Cantidad cobrada" if es else "Amount billed", mo(tot)),
            ("Medicare pagó" if es else "Medicare paid", mo(tm)),
            ("TRICARE pagó" if es else "TRICARE paid", mo(tp)),
            ("Responsabilidad del beneficiario" if es else "Beneficiary liability", mo(max(0.0, tot - tm - tp)))]
    for k, v in summ:
        d.font(9)
        d.cell(60, 4.8, k)
        d.cell(30, 4.8, v, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(("Deducible y tope catastrófico, año calendario 2026: deducible individual $0.00 cumplido; "
                    f"tope catastrófico {mo(3000)}; pagado hasta la fecha {mo(f['cap_paid'])}") if es else
           ("Beneficiary deductible and catastrophic cap, calendar year 2026: individual deductible $0.00 met; "
            f"catastrophic cap {mo(3000)}; paid to date {mo(f['cap_paid'])}"), 8.2, gap=1)
    d.ln(2)
    d.text_line("Notas" if es else "Remarks", 10, "B", h=5.5)
    for rc in sorted({x["rc"] for x in f["lines"]}):
        d.para(f"{rc}  {f['remarks'][rc]}", 8.8, gap=1)
    d.ln(1)
    d.text_line("Reconsideración" if es else "Reconsideration Rights", 10, "B", h=5.5)
    d.para(f["appeal"], 9, gap=2)
    d.para(("Para preguntas llame al " if es else "For questions about this notice call ") +
           f"{f['ph']}. " + ("Para preguntas sobre Medicare llame al 1-800-MEDICARE." if es else
                             "For Medicare questions call 1-800-MEDICARE."), 8.6)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, lh: str, lab, ds: str, tds: str, mo: str, dl: str, spouse: bool) -> dict:
    den, dalt, pi, spec = KINDS[kind]
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 250))
    member = person(r, lang)
    sponsor = person(r, lang, avoid=(member,)) if spouse else member
    first = days(date, -r.randint(30, 55))
    f = dict(kind=kind, lh=lh, lab=lab, ds=ds, tds=tds, mo=mo, lang=lang, date=date, den=den, dalt=dalt,
             member=member, sponsor=sponsor, mail_sponsor=spouse, addr=address(r, lang), ssn="XXX-XX-" + digits(r, 4),
             dbn=digits(r, 11), mbi="XXXX-XXX-" + mixed(r, "AA99"), claim=mixed(r, "T99999999999"),
             icn=digits(r, 13), practice=PRACTICES[pi], doc=clinician(r), npi=npi(r), acct=digits(r, 7),
             ph=phone(r), recv=days(date, -r.randint(6, 14)), cap_paid=round(r.uniform(120, 900), 2))
    lines = []
    for i, (code, desc, fee, mcr_pays, tfl_denies) in enumerate(spec):
        dd = first if (i == 0 or kind in ("notcov", "nomsn")) else days(first, r.choice([0, 0, 7]))
        allowed_m = round(fee * 0.62, 2)
        mcr = None if mcr_pays is None else (round(allowed_m * 0.8, 2) if mcr_pays else 0.0)
        if tfl_denies:
            allowed, paid, rc = 0.0, 0.0, "D1"
        else:
            allowed, paid, rc = allowed_m, round(allowed_m - mcr, 2), "P1"
        lines.append(dict(d=dd, code=code, desc=desc, fee=fee, mcr=mcr, allowed=allowed, paid=paid, rc=rc,
                          denied=tfl_denies))
    lines.sort(key=lambda x: x["d"])
    f["lines"] = lines
    f["remarks"] = {"P1": REMARKS["paid_es" if lang == "es" else "paid"]}
    if den:
        f["remarks"]["D1"] = REMARKS[kind]
    if lang == "es":
        f["deadline"] = days(date, 90)
        f["appeal"] = ("Si no está de acuerdo con esta decisión, puede pedir una reconsideración por escrito dentro "
                       "de 90 días a partir de la fecha de este aviso. Envíe una copia de este aviso y los "
                       "documentos que apoyen su pedido a la dirección de arriba.")
    elif dl == "within":
        f["deadline"] = days(date, 90)
        f["appeal"] = ("If you disagree with this decision, you may request a reconsideration. Your request must be "
                       "postmarked or received within 90 days of the date of this notice. Send a copy of this EOB "
                       "and any papers that support your request to the address above.")
    elif dl == "by":
        f["deadline"] = days(date, 90)
        f["appeal"] = ("If you disagree with this decision, you may request a reconsideration in writing. We must "
                       f"receive your request by {fdate(f['deadline'], ds)}. Include a copy of this EOB.")
    else:
        f["deadline"] = None
        f["dl_alt"] = days(date, 90)
        f["appeal"] = ("If you disagree, you may ask for a reconsideration within 90 days after you receive this "
                       "notice. Medicare decisions must be appealed to Medicare, not to TRICARE.")
    return f


def eob_truth(f: dict) -> dict:
    ls = f["lines"]
    tot = sum(x["fee"] for x in ls)
    bad = [x for x in ls if x["denied"]]
    alts = {"insurer": ["TRICARE For Life", "TRICARE"], "provider": [f"Dr. {f['doc']}"],
            "case_numbers": [[f["claim"], f["icn"]]]}
    if bad and len(bad) < len(ls):
        alts["claim_amount"] = [m2(sum(x["fee"] for x in bad))]
        alts["service_dates"] = [sorted({iso(x["d"]) for x in ls})]
    sd = sorted({iso(x["d"]) for x in (bad or ls)})
    dl = iso(f["deadline"]) if f["deadline"] else None
    if f.get("dl_alt"):
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    if not f["den"]:
        alts["appeal_deadline"] = [None]
    return truth("eob", f["den"], f["lang"], insurer=INS, member_id=f["dbn"], member_name=f["member"],
                 case_numbers=[f["claim"]], claim_amount=m2(tot), service_dates=sd, denial_date=iso(f["date"]),
                 provider=f["practice"], appeal_deadline=dl, alternates=alts, denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, letterhead, labels, date style, table date style, money, deadline, spouse patient
    ("bd_chiro_line", "born_digital", "line", "A", 1, "long", "slash", "plain", "within", False),
    ("bd_all_paid", "born_digital", "allpaid", "B", 2, "slash", "slash", "plain", "within", True),
    ("scan_hearing_aid", "scan_clean_300", "notcov", "C", 3, "abbr", "short", "nosign", "by", False),
    ("rot_mednec", "rotated", "mednec", "A", 2, "dmy", "iso", "plain", "receive", True),
    ("faxf_no_msn", "fax_fine_g4", "nomsn", "B", 1, "long", "slash", "plain", "within", False),
    ("faxs_deers", "fax_standard_g4", "elig", "C", 3, "slash", "mdy_nopad", "space", "within", True),
    ("low_es_acupuncture", "scan_lowres_150", "es", "A", "es", "es", "es_abbr", "es", "within", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, lh, lab, ds, tds, mo, dl, sp) in enumerate(ITEMS):
        r = random.Random(102700 + i)
        f = facts(r, kind, lh, lab, ds, tds, mo, dl, sp)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(eob(f), eob_truth(f))]))
    return items
