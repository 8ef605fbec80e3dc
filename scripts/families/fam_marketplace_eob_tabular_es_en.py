"""Family 'marketplace_eob_tabular_es_en': ACA Marketplace (individual-market QHP) member EOBs printed with a
bilingual header: every English label has its Spanish word printed under it (Statement date / Fecha del estado de
cuenta), the claim table's column heads are two lines (Billed / Facturado), and the remark legend is English or
Spanish. One claim per statement (or a paid claim beside the denied one), a denied line with a remark code among
paid lines, one statement fully paid, one statement whose body is in Spanish.

Layouts (two invented Marketplace issuers):
- Galisteo Health Insurance Company: logo word "GALISTEO" over a rule, "Seguro de salud / Health insurance" line,
  plans "Galisteo Silver 87 HMO" / "Galisteo Bronze EPO".
- Chama River Health Plans, Inc.: parent line "A Bernal Mutual Group company" above the name, return-address block.
Decoys: the plan year, premium paid-through date and the advance premium tax credit, the received date, deductible
and out-of-pocket accumulators, the Marketplace call center number, a second (paid) claim number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaa_famab import bilabel, clinician, days, digits, fdate, iso, m2, npi, person, phone, address, usd

FAMILY = "marketplace_eob_tabular_es_en"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"gal": "Galisteo Health Insurance Company", "cha": "Chama River Health Plans, Inc."}
PLANS = {"gal": "Galisteo Silver 87 HMO", "cha": "Chama River Bronze EPO"}
CLINICS = ["Datil Family Health Center", "Quemado Valley Imaging", "Abiquiu Smiles Dental", "Mosquero Urgent Care"]
# (English, Spanish) label pairs: date, member ID, plan ID, claim, patient, provider, received
LABELS = {
    1: [("Statement date", "Fecha del estado de cuenta"), ("Member ID", "Número de miembro"),
        ("Plan ID", "ID del plan"), ("Claim number", "Número de reclamación"), ("Patient", "Paciente"),
        ("Provider", "Proveedor"), ("Received", "Recibido")],
    2: [("Date issued", "Fecha de emisión"), ("ID number", "Número de identificación"),
        ("HIOS plan ID", "ID de plan HIOS"), ("Claim #", "Reclamación n.º"), ("Member", "Miembro"),
        ("Rendering provider", "Proveedor que prestó el servicio"), ("Date received", "Fecha de recibo")],
    3: [("Processed on", "Procesado el"), ("Subscriber ID", "ID del suscriptor"),
        ("Marketplace plan ID", "ID del plan del Mercado"), ("Claim reference", "Referencia del reclamo"),
        ("Patient name", "Nombre del paciente"), ("Treating provider", "Proveedor tratante"),
        ("Claim received", "Reclamo recibido")],
}
HEAD = [("Date of service", "Fecha"), ("Service", "Servicio"), ("Billed", "Facturado"), ("Allowed", "Permitido"),
        ("Plan paid", "Pagó el plan"), ("You owe", "Usted debe"), ("Remark", "Nota")]
# kind -> (doc type, denial, denial alternates, lang, denied line (service, fee), clinic index, remark en, remark es)
KINDS = {
    "oon": ("eob", "out_of_network", None, "en", ("Physical therapy evaluation (97162)", 260.00), 0,
            "OA4 Out of network. Your HMO plan pays only for in-network providers except emergencies. The provider "
            "is not in the Galisteo network.",
            "OA4 Fuera de la red."),
    "paid": ("eob", None, None, "en", None, 3, "", ""),
    "pa": ("eob", "prior_authorization", None, "en", ("Lumbar MRI without contrast (72148)", 1980.00), 1,
           "PA2 No prior authorization. This service needs approval before you get it and we have no approval "
           "on file.", "PA2 Sin autorización previa."),
    "dental": ("eob", "not_covered", None, "en", ("Adult periodic oral exam (D0120)", 95.00), 2,
               "X12 Not a covered benefit. Adult dental care is not part of this plan's essential health benefits.",
               "X12 No es un beneficio cubierto."),
    "mednec": ("eob", "medical_necessity", None, "en", ("Vitamin D, 25-hydroxy (82306)", 148.00), 3,
               "M19 The records we reviewed do not show that this test was needed to diagnose or treat your "
               "condition.", "M19 No fue necesario."),
    "dup": ("eob", "other", None, "en", ("Office visit, new patient (99204)", 310.00), 0,
            "D08 This is a copy of a claim we already processed (claim shown in the note). It was denied so it is "
            "not paid twice.", "D08 Reclamación duplicada."),
    "es_timely": ("eob", "timely_filing", None, "es", ("Radiografía de tórax, 2 vistas (71046)", 176.00), 1,
                  "TF6 Filed late. The provider sent the claim more than 180 days after the service.",
                  "TF6 Presentado fuera de plazo. El proveedor envió el reclamo más de 180 días después del "
                  "servicio. Usted no tiene que pagar este cargo."),
}
PAID = [("Office visit, established (99214)", 225.00, 141.00, 30.0), ("Comprehensive metabolic panel (80053)",
                                                                     62.00, 18.40, 0.0),
        ("Urgent care visit (S9083)", 190.00, 120.00, 50.0)]


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "gal":
        d.text_line("GALISTEO", 24, "B", h=10)
        d.rule(0.9, 1.5)
        d.text_line(f"Galisteo Health Insurance Company  ·  Health insurance / Seguro de salud  ·  {f['ph']}", 8, h=4)
        d.ln(4)
    else:
        d.text_line("A Bernal Mutual Group company", 7.5, h=3.8)
        for ln, sz, st in (("Chama River Health Plans, Inc.", 12.5, "B"), ("Claims / Reclamaciones", 9, ""),
                           ("PO Box 8830", 9, ""), ("Datil, NM 87821", 9, "")):
            d.text_line(ln, sz, st, h=4.8)
        d.ln(3)


def statement(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS[f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    d = Page("Page {p} of {n} / Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits / Explicación de beneficios", 13, "B", align="C", h=6.5)
    d.text_line("THIS IS NOT A BILL  ·  ESTO NO ES UNA FACTURA", 9, "B", align="C", h=5)
    d.ln(3)
    y = d.get_y()
    for ln in (f["sub"], *f["addr"]):
        d.text_line(ln, 9.6, h=4.8)
    d.set_y(y)
    for (en, sp), v in ((L[0], fd(f["date"])), (L[1], f["mid"]), (L[2], f["hios"]),
                        (("Plan", "Plan"), PLANS[f["ins"]])):
        bilabel(d, 100, 40, en, sp, v)
    d.ln(2)
    d.font(8.2)
    d.multi_cell(0, 4, f"Plan year / Año del plan: 01/01/2026 - 12/31/2026.  Premium paid through / Prima pagada "
                       f"hasta: {fd(f['paidthru'])}.  Advance premium tax credit / Crédito fiscal anticipado: "
                       f"{mo(f['aptc'])} per month.", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for c in f["claims"]:
        x0 = d.l_margin
        yb = d.get_y()
        for i, ((en, sp), v) in enumerate(((L[3], c["no"]), (L[4], c["pat"]), (L[6], fd(c["recv"])),
                                           (L[5], c["prov"]))):
            d.set_y(yb + (2 if i == 3 else i // 2) * 8.6)
            bilabel(d, x0 + (0 if i == 3 else i % 2) * 92, 34, en, sp, v, size=8.6, vw=140 if i == 3 else 56)
        d.set_y(yb + 26.5)
        widths = [24, 66, 19, 19, 19, 19, 14]
        aligns = "LLRRRRC"
        d.set_fill_color(225, 225, 225)
        d.font(7.8, "B")
        for (en, _), w, a in zip(HEAD, widths, aligns):
            d.cell(w, 4.2, en, align=a, fill=True)
        d.ln(4.2)
        d.font(6.8)
        for (_, sp), w, a in zip(HEAD, widths, aligns):
            d.cell(w, 3.6, sp, align=a, fill=True, border="B")
        d.ln(4.4)
        rows = [[fdate(ln["d"], f["tds"]), ln["s"][:44], mo(ln["fee"]), mo(ln["al"]), mo(ln["pd"]),
                 mo(ln["owe"]), ln["rc"]] for ln in c["lines"]]
        rows.append(["*Total", "", mo(sum(x["fee"] for x in c["lines"])), mo(sum(x["al"] for x in c["lines"])),
                     mo(sum(x["pd"] for x in c["lines"])), mo(sum(x["owe"] for x in c["lines"])), ""])
        for row in rows:
            bold = row[0].startswith("*")
            d.font(8, "B" if bold else "")
            for i, (cv, w, a) in enumerate(zip(row, widths, aligns)):
                d.cell(w, 5, cv[1:] if (i == 0 and bold) else cv, align=a)
            d.ln(5.2)
        d.ln(3)
    d.text_line("Notas" if es else "Remarks / Notas", 9.6, "B", h=5)
    for rc, txt in f["remarks"]:
        d.para(f"{txt}", 8.6, gap=1)
    if f.get("dupof"):
        d.para(f"Original claim: {f['dupof']} (processed {fd(f['dupdate'])}).", 8.6, gap=1)
    d.ln(1)
    d.font(8.4)
    d.multi_cell(0, 4, f"Deductible / Deducible: {mo(f['ded'])} of/de {mo(f['dedmax'])} met.  Out-of-pocket / "
                       f"Gastos de bolsillo: {mo(f['oop'])} of/de {mo(9200)}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    if f["den"]:
        d.text_line("Su derecho a apelar" if es else "Your right to appeal / Su derecho a apelar", 10, "B", h=5.5)
        d.para(f["appeal"], 8.8, gap=1.5)
        d.para(("Si su salud está en peligro, pida una apelación urgente: decidiremos en 72 horas."
                if es else "If your health is in danger, ask for an urgent appeal; we decide within 72 hours."),
               8.4, gap=1.5)
    d.para(f"Customer Service / Servicio al cliente: {f['ph']} (TTY 711). HealthCare.gov: 1-800-318-2596.", 8.2)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, tds: str, mo: str, dl: str) -> dict:
    doc_type, den, dalt, lang, dline, ci, rem_en, rem_es = KINDS[kind]
    date = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 190))
    sub = person(r, lang)
    dep = r.random() < 0.5
    pat = person(r, lang, avoid=(sub,)) if dep else sub
    base = digits(r, 5) + "NM" + digits(r, 7)
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, tds=tds, mo=mo, lang=lang, date=date, doc_type=doc_type, den=den,
             dalt=dalt, sub=sub, pat=pat, addr=address(r, lang), ph=phone(r),
             mid=("GH" if ins == "gal" else "CR") + digits(r, 9) + ("-02" if dep else "-01"),
             hios=f"{base}-0{r.choice([4, 5, 6])}", doc=clinician(r), clinic=CLINICS[ci], npi=npi(r),
             paidthru=dt.date(2026, date.month, 28), aptc=float(r.choice([312, 448, 527])),
             ded=float(r.choice([400, 900, 1750])), dedmax=float(r.choice([2500, 3200])),
             oop=float(r.choice([610, 1140, 2010])))
    svc = days(date, -r.randint(18, 40)) if kind != "es_timely" else days(date, -r.randint(215, 240))
    f["svc"] = svc
    recv = days(svc, r.randint(4, 12)) if kind != "es_timely" else days(date, -r.randint(8, 14))
    prov = f"{f['doc']}, {f['clinic']}"
    ptxt = f"{f['doc']}, MD - {f['clinic']}"
    f["claim"] = digits(r, 4) + "-" + digits(r, 8) if ins == "gal" else "CR" + digits(r, 10)
    lines = []
    if kind == "paid":
        s, fee, al, owe = PAID[0] if r.random() < 0.5 else PAID[2]
        lines.append(dict(d=svc, s=s, fee=fee, al=al, pd=al - owe, owe=owe, rc="P1"))
        s, fee, al, owe = PAID[1]
        lines.append(dict(d=svc, s=s, fee=fee, al=al, pd=al - owe, owe=owe, rc="P1"))
        f["remarks"] = [("P1", "P1 Paid according to your plan benefits. / Pagado según los beneficios de su plan.")]
    else:
        s, fee, al, owe = PAID[0] if kind not in ("dental", "es_timely") else PAID[1]
        if kind != "dental":
            lines.append(dict(d=svc, s=s, fee=fee, al=al, pd=al - owe, owe=owe, rc="P1"))
        if kind == "dental":
            lines.append(dict(d=svc, s="Adult prophylaxis cleaning (D1110)", fee=128.0, al=0.0, pd=0.0, owe=128.0,
                              rc=rem_en[:3]))
        s2, fee2 = dline
        owe2 = fee2 if kind == "dental" else 0.0
        lines.append(dict(d=svc, s=s2, fee=fee2, al=0.0, pd=0.0, owe=owe2, rc=rem_en[:3]))
        p1 = ("P1 Pagado según los beneficios de su plan." if lang == "es"
              else "P1 Paid according to your plan benefits. / Pagado según los beneficios de su plan.")
        f["remarks"] = [("P1", p1), (rem_en[:3], rem_es if lang == "es" else f"{rem_en} / {rem_es}")]
    claims = [dict(no=f["claim"], pat=pat, prov=ptxt, recv=recv, lines=lines)]
    if kind == "pa":  # a second, paid claim for the other household member or the same patient
        other = person(r, lang, avoid=(sub, pat))
        s, fee, al, owe = PAID[2]
        d2 = days(svc, r.randint(2, 9))
        claims.insert(0, dict(no=digits(r, 4) + "-" + digits(r, 8), pat=other if dep else pat,
                              prov=f"{clinician(r)}, MD - {CLINICS[3]}", recv=days(d2, 5),
                              lines=[dict(d=d2, s=s, fee=fee, al=al, pd=al - owe, owe=owe, rc="P1")]))
    if kind == "dup":
        f["dupof"] = digits(r, 4) + "-" + digits(r, 8)
        f["dupdate"] = days(recv, -r.randint(10, 20))
    f["claims"] = claims
    f["amount"] = round(sum(x["fee"] for x in lines), 2)
    f["prov"] = f["doc"]
    f["prov_alt"] = prov
    if lang == "es":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("Si no está de acuerdo con esta decisión, puede apelar dentro de 180 días a partir de la "
                       "fecha de este estado de cuenta. Llame a Servicio al cliente o escriba a la dirección de "
                       "arriba.")
    elif dl == "within":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("You may appeal within 180 days of the date of this statement. Puede apelar dentro de 180 "
                       "días a partir de la fecha de este estado de cuenta. Write to Appeals at the address above.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal"] = (f"Appeal by / Apele a más tardar el: {fdate(f['deadline'], ds)}. Send your appeal in "
                       "writing with any records from your provider.")
    else:
        f["deadline"] = None
        f["dl_alt"] = days(date, 180)
        f["appeal"] = ("You have 180 days after you receive this statement to file an appeal. Usted tiene 180 días "
                       "después de recibir este estado de cuenta para apelar.")
    return f


def doc_truth(f: dict) -> dict:
    alts = {"provider": [f["clinic"]]}
    if f.get("dl_alt") and f["den"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    cases = [f["claim"]]
    return truth(f["doc_type"], f["den"], f["lang"], insurer=INS[f["ins"]], plan_id=f["hios"], member_id=f["mid"],
                 member_name=f["pat"], case_numbers=cases, claim_amount=m2(f["amount"]),
                 service_dates=[iso(f["svc"])], denial_date=iso(f["date"]), provider=f["prov"],
                 appeal_deadline=iso(f["deadline"]) if (f["deadline"] and f["den"]) else None, alternates=alts,
                 denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, insurer, labels, date style, table date style, money, deadline
    ("bd_out_of_network", "born_digital", "oon", "gal", 1, "long", "slash", "plain", "within"),
    ("bd_paid", "born_digital", "paid", "cha", 2, "slash", "slash", "plain", "within"),
    ("scan_no_prior_auth", "scan_clean_300", "pa", "gal", 3, "abbr", "slash", "plain", "by"),
    ("low_adult_dental", "scan_lowres_150", "dental", "cha", 1, "dmy", "short", "nosign", "within"),
    ("faxs_not_needed", "fax_standard_g4", "mednec", "gal", 2, "slash", "iso", "plain", "receive"),
    ("copy_duplicate", "photocopy", "dup", "cha", 3, "upper", "slash", "usd", "by"),
    ("photo_es_fuera_de_plazo", "phone_photo", "es_timely", "gal", 1, "es", "es_abbr", "es", "within"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, lab, ds, tds, mo, dl) in enumerate(ITEMS):
        r = random.Random(108520 + i)
        f = facts(r, kind, ins, lab, ds, tds, mo, dl)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(statement(f), doc_truth(f))]))
    return items
