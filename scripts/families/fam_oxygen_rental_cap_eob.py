"""Family 'oxygen_rental_cap_eob': explanations of benefits for home oxygen rented from a DME supplier and billed
monthly: a stationary concentrator (E1390 RR) with portable gaseous equipment (E0431 RR) and contents (E0443),
one line per rental month with its from-to span, the 36-month rental cap reached on the last months (benefit
limit: the supplier must keep furnishing the equipment, the plan pays no more rental); one statement paid in full,
one with a paid CPAP-supplies claim above the capped oxygen claim, one in Spanish.

Issuers: Heathfold Mutual Health Insurance Company (parent line "Radstock Financial Group" above the name, return
address block) and Cinquefoil Care Plan (logo word "CINQUEFOIL" over a rule, one line "Care Plan · Member
Services"). Suppliers Oystercatcher Home Respiratory, LLC and Sheringham Oxygen & Medical Supply; the ordering
physician printed beside them. Decoys: the rental month counter ("month 37 of 36"), claim received, supplier NPI,
patient account, the next oxygen recertification date, plan-year accumulators, the paid claim, external review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwa import address, clinician, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "oxygen_rental_cap_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HM, CQ = "Heathfold Mutual Health Insurance Company", "Cinquefoil Care Plan"
SUPPLIERS = ["Oystercatcher Home Respiratory, LLC", "Sheringham Oxygen & Medical Supply"]
ITEMS = [("E1390", "RR", "Oxygen concentrator, rental", "Concentrador de oxígeno, alquiler"),
         ("E0431", "RR", "Portable gaseous O2 system, rental", "Sistema portátil de oxígeno, alquiler"),
         ("E0443", "", "Portable O2 contents, gaseous", "Contenido de oxígeno portátil")]
CAP = 36
LABELS = [("Statement date", "Member", "Member ID", "Group", "Claim number", "Supplier"),
          ("Date of statement", "Patient", "ID no.", "Group no.", "Claim #", "DME supplier"),
          ("Date issued", "Patient name", "Subscriber ID", "Employer group", "Claim ID", "Billed by")]
LABELS_ES = ("Fecha del estado", "Paciente", "Número de afiliado", "Grupo", "Número de reclamación", "Suplidor")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(13, 12, 13))
        self.add_font("DejaVu", "B", BOLD)


def month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def next_month(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def rental_claim(r: random.Random, start: dt.date, first_month: int, n: int, items=ITEMS) -> dict:
    lines, s = [], start
    price = {c: money(r, lo, hi) for c, lo, hi in (("E1390", 170, 240), ("E0431", 30, 55), ("E0443", 60, 95))}
    price.update({c: money(r, 30, 160) for c, *_ in items if c not in price})
    for k in range(n):
        m = first_month + k
        e = days(next_month(s), -1)
        for code, mod, en, es in items:
            denied = m > CAP and code != "E0443"
            billed = price[code]
            lines.append(dict(m=m, s=s, e=e, code=code, mod=mod, en=en, es=es, billed=billed, denied=denied,
                              remark="B7" if denied else "", allowed=0.0 if denied else round(billed * 0.76, 2)))
        s = next_month(s)
    for x in lines:
        x["paid"] = round(x["allowed"] * 0.8, 2)
    return dict(no=mixed(r, "99A9999999-99"), lines=lines, billed=round(sum(x["billed"] for x in lines), 2),
                denied=round(sum(x["billed"] for x in lines if x["denied"]), 2),
                any_denied=any(x["denied"] for x in lines))


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    stmt = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    n = 3 if kind != "four" else 4
    first = month_start(days(stmt, -31 * (n + 1)))
    if kind == "paid":
        c = rental_claim(r, first, 31, n)
    else:
        c = rental_claim(r, first, CAP - (n - 3), n)
    f = dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
             stmt=stmt, c=c, member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "HMH999999999") if ins == HM else mixed(r, "CQ-99999-999"),
             grp=mixed(r, "99A999") if ins == HM else digits(r, 7), sup=r.choice(SUPPLIERS), ordering=clinician(r),
             npi=npi(r), acct=mixed(r, "OX-999999"), ph=phone(r), recv=days(stmt, -r.randint(9, 20)),
             by=days(stmt, 180), recert=days(stmt, r.randint(40, 90)))
    if kind == "two_claims":
        f["c0"] = rental_claim(r, month_start(days(stmt, -40)), 1, 1,
                               items=[("A7030", "", "CPAP full face mask", ""), ("A7038", "", "CPAP filter, disposable", "")])
        f["c0"]["no"] = mixed(r, "99A9999999-99")
    return f


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == CQ:
        d.text_line("CINQUEFOIL", 22, "B", h=9)
        d.rule(0.7, 1)
        d.text_line("Care Plan · Member Services · PO Box 5514, Alamogordo, NM 88310", 8.3, h=4.4)
    else:
        d.text_line("Radstock Financial Group", 7.8, h=4)
        d.text_line(HM, 14, "B", h=7)
        for ln in ["Claims Processing Center", "PO Box 21877", "Yankton, SD 57078"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(3)


def lines_table(d: Page, f: dict, c: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    head = (["Mes", "Desde", "Hasta", "HCPCS", "Mod", "Descripción", "Facturado", "Permitido", "Pagado", "Nota"]
            if es else ["Month", "From", "To", "HCPCS", "Mod", "Description", "Billed", "Allowed", "Paid", "Remark"])
    rows = []
    for x in c["lines"]:
        rows.append([f"{x['m']} de {CAP}" if es else f"{x['m']} of {CAP}", fdate(x["s"], "short"),
                     fdate(x["e"], "short"), x["code"], x["mod"], (x["es"] if es else x["en"])[:36],
                     usd(x["billed"], ms), usd(x["allowed"], ms), usd(x["paid"], ms), x["remark"]])
    rows.append(["*Total", "", "", "", "", "", usd(c["billed"], ms),
                 usd(sum(x["allowed"] for x in c["lines"]), ms), usd(sum(x["paid"] for x in c["lines"]), ms), ""])
    d.table(head, rows, [15, 14, 14, 13, 10, 52, 20, 20, 19, 12], size=7.3, aligns="LLLLLLRRRL", head_fill=True)


def build(f: dict) -> bytes:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    d = Page(("Esto no es una factura.  Página {p} de {n}" if es else "THIS IS NOT A BILL  -  Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "EXPLANATION OF BENEFITS", 13, "B", h=7)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.ln(3)
    d.boxes([(L[0], fd(f, f["stmt"]), 44), (L[1], f["member"], 56), (L[2], f["mid"], 46), (L[3], f["grp"], 38)])
    d.ln(4)
    claims = ([f["c0"]] if k == "two_claims" else []) + [f["c"]]
    for c in claims:
        d.set_font("DejaVu", "B", 8.8)
        d.cell(0, 5, f"{L[4]}: {c['no']}    {L[5]}: {f['sup']}", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 8)
        d.cell(0, 4.4, (f"Médico que ordenó: {f['ordering']}    Recibida {fdate(f['recv'], 'short')}    "
                        f"Cuenta {f['acct']}" if es else
                        f"Ordering physician: {f['ordering']}, MD    Received {fdate(f['recv'], 'short')}    "
                        f"Patient account {f['acct']}    Supplier NPI {f['npi']}"), new_x="LMARGIN", new_y="NEXT")
        lines_table(d, f, c)
    den = [x for x in f["c"]["lines"] if x["denied"]]
    d.text_line("Notas" if es else "Remark codes", 9.5, "B", h=5.5)
    if k == "paid":
        d.para(f"All lines on this claim were paid. Rental month {f['c']['lines'][-1]['m']} of the {CAP} allowed "
               f"monthly rental payments. Next oxygen recertification due {fdate(f['recert'], 'short')}.", 8.6)
    elif k == "es":
        d.para(f"B7  Se alcanzó el límite del beneficio: el plan paga un máximo de {CAP} meses de alquiler del equipo "
               f"de oxígeno. A partir del mes {CAP + 1} el suplidor debe seguir proporcionando el equipo sin cargo de "
               "alquiler. El contenido de oxígeno portátil (E0443) sigue cubierto.", 8.6)
    elif k == "plain":
        d.para(f"B7  We have already paid {CAP} monthly rental payments for this oxygen equipment. After that, the "
               "supplier must keep giving you the equipment and servicing it, but we do not pay more rent for it and "
               "you do not owe the supplier for those months. Oxygen contents are still paid.", 8.6)
    else:
        d.para(f"B7  Benefit limit reached. Oxygen equipment rental is limited to {CAP} monthly payments (rental "
               f"cap). Months {den[0]['m']}-{den[-1]['m']} exceed the benefit maximum and are not covered; the "
               "supplier may not bill you for them. Contents (E0443) remain payable.", 8.6)
    if k != "paid":
        d.text_line("Su derecho a apelar" if es else "Your right to appeal", 9.5, "B", h=5.5)
        if es:
            t = "Puede apelar dentro de 180 días a partir de la fecha de este estado."
        else:
            t = {"notice": "You may appeal within 180 days of the date of this statement.",
                 "date": f"Send your written appeal no later than {fd(f, f['by'])}.",
                 "recv": "You have 180 days after you receive this statement to appeal."}[f["app"]]
        d.para(t + (" Revisión externa: dentro de 4 meses de la decisión final. " if es else
                    " You may request an external review within 4 months of a final decision. ") + f"{f['ph']}.", 8.6)
    d.text_line("Año del plan: deducible $500.00 de $500.00 cumplido" if es else
                "Plan year to date: deductible $500.00 of $500.00 met; out-of-pocket $1,875.00 of $5,000.00", 8, h=4.6)
    return pdf_bytes(d)


DEN = {"keyword": "not_covered", "keyword2": "not_covered", "plain": "not_covered", "four": "not_covered",
       "es": "not_covered", "two_claims": "not_covered", "paid": None}


def make_truth(f: dict) -> dict:
    k, c = f["kind"], f["c"]
    ok = k == "paid"
    dl = None if ok else {"notice": iso(days(f["stmt"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["ordering"]]}
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["stmt"], 180)), iso(days(f["stmt"], 185))]
    spans = sorted({iso(x["s"], x["e"]) for x in c["lines"]})
    den = sorted({iso(x["s"], x["e"]) for x in c["lines"] if x["denied"]})
    whole = iso(c["lines"][0]["s"], c["lines"][-1]["e"])
    if not ok:
        dl_ = [x for x in c["lines"] if x["denied"]]
        alts["service_dates"] = [spans, [whole], [iso(dl_[0]["s"], dl_[-1]["e"])]]
        alts["claim_amount"] = [m2(c["denied"])]
    else:
        alts["service_dates"] = [[whole]]
    return truth("eob", DEN[k], f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]),
                 service_dates=spans if ok else den, denial_date=iso(f["stmt"]), provider=f["sup"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=[] if ok else ["other"])


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording)
PLAN = [
    ("oxygen_rental_cap_eob_bd_months_37_38_capped", "born_digital", "keyword", CQ, 0, "long", "plain", "notice"),
    ("oxygen_rental_cap_eob_bd_all_paid", "born_digital", "paid", HM, 1, "slash", "plain", "notice"),
    ("oxygen_rental_cap_eob_scan_plain_words", "scan_clean_300", "plain", HM, 2, "abbr", "nosign", "recv"),
    ("oxygen_rental_cap_eob_lowres_four_months", "scan_lowres_150", "four", CQ, 1, "dmy", "plain", "date"),
    ("oxygen_rental_cap_eob_copy_spanish", "photocopy", "es", CQ, 0, "es", "plain", "notice"),
    ("oxygen_rental_cap_eob_rot_cpap_claim_paid", "rotated", "two_claims", HM, 0, "iso", "usd", "notice"),
    ("oxygen_rental_cap_eob_faxs_appeal_by_date", "fax_standard_g4", "keyword2", HM, 2, "upper", "bare", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app) in enumerate(PLAN):
        f = facts(random.Random(94600 + i), kind, ins, lab, ds, ms, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
