"""Family 'ostomy_incontinence_supplies_quantity_denial': Medicaid managed-care notices, Medicare Summary Notices
and medical-supply-company letters on ostomy pouches (A4416-A4435, A5061-A5063) and adult incontinence products
(T4521-T4535). Reasons: a monthly quantity over the usual maximum without documentation of need (units billed vs
units allowed), briefs and protective underwear not covered for adults under Medicare, a new prescription needed
each year (supplier relaying the plan's denial), a Spanish Medicaid notice on drainable pouches, and one paid claim.
Decoys: the certified wound ostomy nurse (CWOCN) who assessed the member, the member's date of birth, the order
received date, the supplier's NPI and phone numbers, per-unit prices, allowed and paid amounts, and the state fair
hearing time limit (counted from the appeal decision, not the notice). Everything invented.

Issuers: Larchmont Community Health Plan (Medicaid managed care, Tamarack State), Brisa del Valle Health Plan /
Plan de Salud Brisa del Valle (Medicaid, Spanish), Medicare (MSN, DME contractor "Northmark DME Claims"),
Quillfeather Medical Supply Co. (supplier's letter).
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "ostomy_incontinence_supplies_quantity_denial"
LANG = "en"
LCH = "Larchmont Community Health Plan"
BDV = "Brisa del Valle Health Plan"
BDV_ES = "Plan de Salud Brisa del Valle"
QMS = "Quillfeather Medical Supply Co."
SUPPLIERS = ["Quillfeather Medical Supply Co.", "Ostrander Home Care Supplies", "Marrowbone Ostomy & Continence Supply",
             "Tavistock Medical Depot, Inc."]
NURSES = ["Henrike Salo, RN, CWOCN", "Adaeze Mbeki, BSN, CWOCN", "Florian Castellanos, RN, CWON",
          "Priyanka Dasgupta, RN, CWOCN"]
CODES = {
    "A5061": ("Pouch, drainable, with barrier attached, one piece", 6.45),
    "A4416": ("Ostomy pouch, closed, with barrier attached, with filter", 5.90),
    "A4424": ("Ostomy pouch, drainable, with barrier attached, with filter", 6.80),
    "A5063": ("Pouch, drainable, for use on barrier with flange, two-piece", 4.35),
    "A4430": ("Ostomy pouch, urinary, extended wear barrier, faucet-type tap", 9.10),
    "T4523": ("Adult sized disposable incontinence product, brief/diaper, large", 1.12),
    "T4527": ("Adult sized disposable protective underwear, large", 1.05),
    "T4535": ("Disposable liner/shield/guard/pad/undergarment", 0.48),
}


ES_DESC = {"A4424": "Bolsa de ostomía drenable, con barrera y filtro"}


def mbi(r: Rand) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-"
            f"{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}")


def facts(i: int, kind: str, lang: str = "en") -> dict:
    r = Rand(188500 + i)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 170))
    dlv = notice - dt.timedelta(days=r.randint(18, 45))
    m = r.person(lang)
    addr = r.address(lang)
    sup = r.choice(SUPPLIERS)
    return dict(i=i, kind=kind, lang=lang, r=r, notice=notice, dlv=dlv, dlv2=dlv - dt.timedelta(days=r.choice([28, 30, 31])),
                member=m, addr=addr, sup=sup, sup_npi=r.npi(), sup_ph=r.phone(), nurse=r.choice(NURSES),
                dob=dt.date(r.randint(1941, 1988), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(),
                fax=f"({r.randint(201, 989)}) 555-0{r.randint(100, 199)}",
                mco_id=f"LC{r.digits(9)}", bdv_id=f"BV-{r.digits(4)}-{r.digits(5)}", mbi=mbi(r),
                claim=f"{r.digits(2)}{r.digits(3)}-{r.digits(6)}", ref=f"UM-{notice.year}-{r.digits(6)}",
                msn_claim=f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}")


def line(code: str, billed_units: int, allowed_units: int) -> dict:
    desc, unit = CODES[code]
    return dict(code=code, desc=desc, units=billed_units, allowed=allowed_units, unit=unit,
                billed=round(unit * billed_units, 2), allowed_amt=round(unit * 0.82 * allowed_units, 2))


def short(text: str, n: int) -> str:
    """Cut a description at a word boundary (as a narrow column prints it)."""
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0].rstrip(",")


def lab(d: Doc, k: str, v: str, w: float = 58, size: float = 10):
    d.font(size, "B")
    d.cell(w, 5.4, k)
    d.font(size)
    d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- Medicaid managed-care notice (en / es)
def mco_letter(f: dict, lines: list[dict], style: str) -> bytes:
    es = f["lang"] == "es"
    ins = BDV_ES if es else (BDV if f["kind"] == "bdv" else LCH)
    mid = f["bdv_id"] if (es or f["kind"] == "bdv") else f["mco_id"]
    d = Doc("DejaVu" if es else "Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    if es:
        d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    if es:
        d.text_line(ins, 15, "B")
        d.text_line("Un plan de Medicaid (Programa de Asistencia Médica del Estado de Tamarack)", 8.5)
    else:
        d.text_line("LARCHMONT", 22, "B")
        d.text_line(f"{LCH}  |  A Tamarack State Medicaid managed care plan  |  Member Services {f['ph']} (TTY 711)", 8)
    d.rule(0.6, 3)
    d.text_line(fmt_date(f["notice"], style), 10.5)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    title = "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS" if es else "NOTICE OF ADVERSE BENEFIT DETERMINATION"
    d.text_line(title, 13, "B")
    d.text_line("Suministros médicos - cantidad mensual" if es else "Medical supplies - monthly quantity", 10)
    d.ln(2)
    tot = round(sum(x["billed"] for x in lines), 2)
    if es:
        rows = [("Afiliado(a):", f["member"][0]), ("Nº de Medicaid:", mid), ("Fecha de nacimiento:", fmt_date(f["dob"], "slash")),
                ("Número de reclamación:", f["claim"]), ("Proveedor:", f"{f['sup']} (NPI {f['sup_npi']})"),
                ("Fecha de entrega:", fmt_date(f["dlv"], style)), ("Monto facturado:", fmt_money(tot))]
    else:
        rows = [("Member:", f["member"][0]), ("Medicaid ID:", mid), ("Date of birth:", fmt_date(f["dob"], "slash")),
                ("Claim number:", f["claim"]), ("Review reference:", f["ref"]),
                ("Medical supply company:", f"{f['sup']} (NPI {f['sup_npi']})"),
                ("Delivery date:", fmt_date(f["dlv"], style)), ("Amount billed:", fmt_money(tot))]
    for k, v in rows:
        lab(d, k, v)
    d.ln(3)
    head = (["Código", "Descripción", "Facturadas", "Permitidas", "Facturado"] if es else
            ["HCPCS", "Description", "Units billed", "Units allowed", "Billed"])
    desc = (lambda x: ES_DESC[x["code"]]) if es else (lambda x: short(x["desc"], 50))
    d.table(head, [[x["code"], desc(x), str(x["units"]), str(x["allowed"]), fmt_money(x["billed"])] for x in lines],
            [16, 98, 22, 22, 22], size=8, aligns="LLRRR")
    x = lines[0]
    if es:
        d.text_line("¿Qué decidimos?", 11, "B")
        d.para(f"Su proveedor pidió {x['units']} bolsas de ostomía ({x['code']}) para un mes. La cantidad máxima "
               f"habitual es de {x['allowed']} por mes. No recibimos notas médicas que expliquen por qué necesita más. "
               f"Aprobamos {x['allowed']} bolsas y negamos las otras {x['units'] - x['allowed']}. La enfermera de "
               f"ostomía {f['nurse']} hizo la evaluación, pero su nota no indica fugas ni cambios de la piel.")
        d.text_line("Su derecho a apelar", 11, "B")
        d.para(f"Si no está de acuerdo, puede pedir una apelación al plan dentro de 60 días a partir de la fecha de "
               f"este aviso. Llame al {f['ph']} (TTY 711). Después de la decisión de la apelación, puede pedir una "
               "audiencia imparcial estatal dentro de 120 días a partir de la fecha de esa decisión.")
        return pdf_bytes(d)
    if f["kind"] == "briefs":
        reason = (f"The request was for {x['units']} units of {x['code']} (protective underwear) for one month. The "
                  f"plan's usual maximum is {x['allowed']} units per month for adult incontinence products. The "
                  "records sent do not document why more are needed, so the quantity above the maximum is not "
                  f"medically necessary. We approved {x['allowed']} units and denied {x['units'] - x['allowed']}.")
    else:
        reason = (f"{f['sup']} billed {x['units']} ostomy pouches ({x['code']}) for one month. The usual maximum for "
                  f"this item is {x['allowed']} per month. A higher quantity is covered only when the medical record "
                  "documents the need (for example leakage, skin breakdown, or a high-output stoma). The assessment "
                  f"by {f['nurse']} on file does not document such a need. The quantity above {x['allowed']} is not "
                  "medically necessary and was denied.")
    d.text_line("Why we made this decision", 11, "B")
    d.para(reason)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"You may ask for an appeal within 60 calendar days from the date on this notice. Call {f['ph']} or "
           f"fax {f['fax']}. If we keep our decision, you may ask for a State Fair Hearing within 120 days of our "
           "appeal decision. If your health is in danger, ask for a fast appeal (72 hours).")
    return pdf_bytes(d)


# ---------------------------------------------------------------- Medicare Summary Notice
def msn(f: dict, lines: list[dict], denied: str, style: str) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.8, 3)
    y = d.get_y()
    for ln in (f["member"][0].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.set_xy(120, y)
    d.font(9.5)
    d.multi_cell(0, 5, f"Notice for {f['member'][0]}\nMedicare Number {f['mbi']}\nDate of This Notice "
                 f"{fmt_date(f['notice'], style)}\nClaims processed from {fmt_date(f['notice'] - dt.timedelta(days=90), style)}\n"
                 f"through {fmt_date(f['notice'] - dt.timedelta(days=2), style)}")
    d.ln(5)
    dl = f["notice"] + dt.timedelta(days=120)
    d.set_fill_color(230, 230, 230)
    d.font(10.5, "B")
    d.cell(0, 7, f"  If you disagree with any claims decisions on this notice, your appeal must be filed by "
                 f"{fmt_date(dl, style)}.", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    tot = round(sum(x["billed"] for x in lines), 2)
    d.text_line("Your Claims & Costs This Period", 12, "B")
    d.para(f"Supplier: {f['sup']}, {f['sup_ph']}   Claim number {f['msn_claim']}\n"
           f"Ordered by: Dr. {f['r'].person()[0]}   Service date {fmt_date(f['dlv'], style)}", 9.5)
    rows = []
    for x in lines:
        ok = x["code"] != denied
        approved = x["allowed_amt"] if ok else 0
        rows.append([f"{x['units']} {short(x['desc'], 40)} ({x['code']})", "Yes" if ok else "No", fmt_money(x["billed"]),
                     fmt_money(approved), fmt_money(round(approved * 0.8, 2)),
                     fmt_money(round(approved * 0.2, 2) if ok else x["billed"]), "" if ok else "A"])
    rows.append(["*Total for this claim", "", fmt_money(tot), "", "", "", ""])
    d.table(["Service & Billing Code", "Approved?", "Charged", "Medicare-Approved", "Medicare Paid",
             "You May Be Billed", "Notes"], rows, [66, 15, 19, 24, 19, 25, 10], size=7.2, aligns="LCRRRRC")
    d.text_line("Notes for Claims Above", 11, "B")
    if f["kind"] == "msn_briefs":
        note = ("A  Medicare doesn't pay for adult incontinence products such as briefs, diapers, protective "
                "underwear or pads. These are not covered items under the Medicare Part B benefit. You may be "
                "billed for this item.")
    else:
        x = [y for y in lines if y["code"] == denied][0]
        note = (f"A  The information provided does not support the need for this many items. Medicare usually pays "
                f"for up to {x['allowed']} of these pouches a month; {x['units']} were billed without documentation of "
                "why more are needed. Your supplier may not bill you for this item unless you signed a notice "
                "(ABN) before delivery.")
    d.para(note, 9.5)
    d.para(f"Your ostomy nurse ({f['nurse']}) or your supplier can send records with a request for a redetermination. "
           f"Processed by Northmark DME Claims, a Medicare contractor. Questions: 1-800-MEDICARE (TTY 1-877-486-2048).",
           8.5)
    return pdf_bytes(d)


# ---------------------------------------------------------------- supplier letter relaying the plan's denial
def supplier_letter(f: dict, lines: list[dict], style: str) -> bytes:
    d = Doc("Times")
    d.add_page()
    d.text_line(QMS, 16, "B")
    d.text_line(f"Ostomy, urology and continence supplies  *  NPI {f['sup_npi']}  *  Tel {f['sup_ph']}", 9)
    d.text_line("1187 Wexcombe Parkway, Suite 4, Erie, PA 16501", 9)
    d.rule(0.5, 4)
    d.text_line(fmt_date(f["notice"], style), 11)
    d.ln(3)
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(3)
    d.text_line(f"RE: Your {LCH} claim {f['claim']}   Medicaid ID {f['mco_id']}", 11, "B")
    d.ln(2)
    tot = round(sum(x["billed"] for x in lines), 2)
    rx_date = f["dlv"] - dt.timedelta(days=400)
    m = f["member"]
    d.para(f"Dear {m[1]} {m[3]},", 11)
    d.para(f"{LCH} has denied our claim for the supplies we shipped to you on {fmt_date(f['dlv2'], style)} and "
           f"{fmt_date(f['dlv'], style)}, a total of {fmt_money(tot)}. The plan's reason: the prescription on file is "
           f"dated {fmt_date(rx_date, style)}. A new prescription from your doctor is required every 12 months for "
           "ostomy and incontinence supplies, and the claim was denied until a current, signed order is received.",
           11)
    d.table(["Shipped", "Item", "Qty", "Charge"],
            [[fmt_date(f["dlv2"] if k % 2 else f["dlv"], "slash"), f"{x['code']} {short(x['desc'], 46)}", str(x["units"]),
              fmt_money(x["billed"])] for k, x in enumerate(lines)] + [["*Total", "", "", fmt_money(tot)]],
            [26, 112, 14, 24], size=9, aligns="LLRR")
    d.para(f"We have faxed a renewal request to your doctor's office. Your wound ostomy nurse, {f['nurse']}, may "
           "also help. If you disagree with the plan's decision you may appeal to the plan; the plan must receive "
           f"your appeal by {fmt_date(f['notice'] + dt.timedelta(days=60), style)}. Call {LCH} Member Services at "
           f"{f['ph']}. You will not be billed while this is resolved.", 11)
    d.para("Sincerely,\nReimbursement Department\n" + QMS, 11)
    return pdf_bytes(d)


# ---------------------------------------------------------------- paid claim statement (Medicaid plan)
def paid_eob(f: dict, lines: list[dict], style: str) -> bytes:
    d = Doc("Courier", footer="LCH-EOB  page {p}")
    d.add_page()
    d.text_line(LCH.upper(), 14, "B")
    d.text_line("MEMBER EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 10, "B")
    d.rule(0.4, 3)
    tot = round(sum(x["billed"] for x in lines), 2)
    allowed = round(sum(x["allowed_amt"] for x in lines), 2)
    for k, v in (("STATEMENT DATE", fmt_date(f["notice"], style)), ("MEMBER", f["member"][0].upper()),
                 ("MEDICAID ID", f["mco_id"]), ("CLAIM NO", f["claim"]), ("PROVIDER", f["sup"].upper()),
                 ("DATE OF SERVICE", fmt_date(f["dlv"], style))):
        lab(d, k, v, 50, 9.5)
    d.ln(3)
    d.table(["CODE", "DESCRIPTION", "UNITS", "BILLED", "ALLOWED", "PLAN PAID", "YOU OWE"],
            [[x["code"], short(x["desc"], 34), str(x["units"]), fmt_money(x["billed"], "nosign"),
              fmt_money(x["allowed_amt"], "nosign"), fmt_money(x["allowed_amt"], "nosign"), "0.00"] for x in lines]
            + [["*TOTAL", "", "", fmt_money(tot, "nosign"), fmt_money(allowed, "nosign"), fmt_money(allowed, "nosign"),
                "0.00"]], [16, 70, 14, 22, 22, 22, 16], size=7.6, aligns="LLRRRRR")
    d.para(f"This claim was paid. All units are within the monthly maximum. Medicaid members owe nothing for covered "
           f"supplies. Your prescription on file is valid until {fmt_date(f['dlv'] + dt.timedelta(days=200), style)}. "
           f"Questions: {f['ph']}.", 9)
    return pdf_bytes(d)


def common(f: dict, lines: list[dict], ins: str, mid: str, cases: list[str], style_deadline: int | None) -> dict:
    tot = round(sum(x["billed"] for x in lines), 2)
    return dict(insurer=ins, member_id=mid, member_name=f["member"][0], case_numbers=cases, claim_amount=m2(tot),
                service_dates=[iso(f["dlv"])], denial_date=iso(f["notice"]), provider=f["sup"],
                appeal_deadline=None if style_deadline is None else iso(f["notice"] + dt.timedelta(days=style_deadline)))


def denied_part(lines: list[dict], code: str | None = None) -> str:
    if code:
        return m2(sum(x["billed"] for x in lines if x["code"] == code))
    return m2(sum(round(x["unit"] * (x["units"] - x["allowed"]), 2) for x in lines))


def documents(rng) -> list[Item]:
    items = []
    # 1 born digital: Medicaid MCO, pouches over usual max
    f = facts(0, "pouch")
    ls = [line("A5061", 60, 20), line("A4416", 20, 20)]
    t = truth("denial_letter", "medical_necessity", **common(f, ls, LCH, f["mco_id"], [f["claim"], f["ref"]], 60),
              denial_alternates=["not_covered", "other"])
    items.append(Item(f"{FAMILY}_bd_medicaid_pouches_60_over_max_20", "born_digital", [(mco_letter(f, ls, "long"), t)]))
    # 2 born digital: MSN, briefs not covered for adults
    f = facts(1, "msn_briefs")
    ls = [line("A4424", 20, 20), line("T4523", 120, 0)]
    c = common(f, ls, "Medicare", f["mbi"], [f["msn_claim"]], 120)
    t = truth("eob", "not_covered", **c, alternates={"insurer": ["Centers for Medicare & Medicaid Services",
                                                                  "Medicare Part B"],
                                                     "claim_amount": [denied_part(ls, "T4523")]})
    items.append(Item(f"{FAMILY}_bd_msn_adult_briefs_not_covered", "born_digital", [(msn(f, ls, "T4523", "slash"), t)]))
    # 3 scan 300: supplier letter, new prescription needed each year
    f = facts(2, "rx")
    f["sup"] = QMS
    ls = [line("A5063", 20, 20), line("T4527", 150, 150)]
    c = common(f, ls, QMS, f["mco_id"], [f["claim"]], 60)
    c["service_dates"] = [iso(f["dlv2"]), iso(f["dlv"])]
    t = truth("denial_letter", "other", **c, alternates={"insurer": [LCH]},
              denial_alternates=["medical_necessity", "prior_authorization"])
    items.append(Item(f"{FAMILY}_scan300_supplier_new_prescription_every_12_months", "scan_clean_300",
                      [(supplier_letter(f, ls, "abbr"), t)]))
    # 4 scan 150: Medicaid MCO, protective underwear over monthly maximum
    f = facts(3, "briefs")
    ls = [line("T4527", 300, 200), line("T4535", 60, 60)]
    t = truth("denial_letter", "medical_necessity", **common(f, ls, LCH, f["mco_id"], [f["claim"], f["ref"]], 60),
              denial_alternates=["not_covered", "other"])
    items.append(Item(f"{FAMILY}_lowres_medicaid_underwear_300_over_200", "scan_lowres_150",
                      [(mco_letter(f, ls, "dmy"), t)]))
    # 5 photocopy: Spanish Medicaid notice, drainable pouches
    f = facts(4, "es", "es")
    ls = [line("A4424", 45, 15)]
    t = truth("denial_letter", "medical_necessity", "es",
              **common(f, ls, BDV_ES, f["bdv_id"], [f["claim"]], 60),
              alternates={"insurer": [BDV]}, denial_alternates=["not_covered"])
    items.append(Item(f"{FAMILY}_copy_es_bolsas_drenables_45_de_15", "photocopy", [(mco_letter(f, ls, "es"), t)]))
    # 6 fax fine: paid claim EOB
    f = facts(5, "paid")
    ls = [line("A5061", 20, 20), line("A4430", 10, 10)]
    t = truth("eob", None, **common(f, ls, LCH, f["mco_id"], [f["claim"]], None), type_alternates=["other"])
    items.append(Item(f"{FAMILY}_faxfine_paid_pouches_within_limit", "fax_fine_g4", [(paid_eob(f, ls, "iso"), t)]))
    # 7 rotated: MSN, pouches over usual maximum
    f = facts(6, "msn_qty")
    ls = [line("A4416", 90, 60), line("A5063", 20, 20)]
    c = common(f, ls, "Medicare", f["mbi"], [f["msn_claim"]], 120)
    t = truth("eob", "medical_necessity", **c,
              alternates={"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part B"],
                          "claim_amount": [denied_part(ls, "A4416")]}, denial_alternates=["not_covered"])
    items.append(Item(f"{FAMILY}_rotated_msn_closed_pouches_90_over_60", "rotated", [(msn(f, ls, "A4416", "upper"), t)]))
    return items
