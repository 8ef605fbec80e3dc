"""Family 'explanation_of_payment_check_stub_to_member': an insurer reimbursing its member for an out-of-network claim
the member paid and filed, printed as a voucher check: the explanation-of-payment stub on the upper part of the page
(payee, member, patient, claim number, provider, check number and date, claim lines with billed / allowed / not
covered / paid and a reason code, reason codes explained below, review rights), a "DETACH HERE" perforation, then the
check (check number again, date, pay-to, amount in words and figures, "VOID AFTER 180 DAYS", memo, drawn-on bank, an
authorized signature and a MICR line). The layout follows the common three-part voucher check insurers mail to members
(no single public form).
Scenarios: a lab line denied as routine screening (not covered), therapy visits over the yearly visit limit, a claim
paid in full at the out-of-network allowance (nothing denied), a Spanish MRI line without the required prior
authorization, a line billed twice (duplicate), a test judged not needed (plain words), a line filed more than
12 months after the service.
Issuers (fictional): Kohila Mutual Health Insurance Company (logo "KOHILA MUTUAL" over a rule), Tapa Valley Health Plan
(parent line "A Vandra Group company"), Elva Benefit Administrators, Inc. (return-address block; claims
administrator for the Nissi Township Employees Health Plan).
Truth: eob; case numbers = the claim number (check number, payment trace number and MICR numbers are not); amount =
the claim's total billed; service dates = the denied lines' dates (every line's date accepted), on the paid stub all
line dates; denial date = the check / statement date; the check's "VOID AFTER 180 DAYS" is no appeal deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundai_famic import (Page, address, amount_words, clinician, days, digits, fdate, iso, m2, mixed, person,
                               phone, usd)

FAMILY = "explanation_of_payment_check_stub_to_member"
LANG = "en"
ISSUERS = {
    "kohila": dict(name="Kohila Mutual Health Insurance Company", style="logo", logo="KOHILA MUTUAL",
                   line2="Member Reimbursement | PO Box 3318, Las Vegas, NV 89127"),
    "tapa": dict(name="Tapa Valley Health Plan", style="parent", parent="A Vandra Group company",
                 line2="Claims Payment Services | PO Box 60418, Albuquerque, NM 87197"),
    "elva": dict(name="Elva Benefit Administrators, Inc.", style="block",
                 line2="Claims administrator for the Nissi Township Employees Health Plan | 88 Pikk Street | "
                       "Fallon, NV 89406"),
}
LABELS = {
    1: dict(payee="Payee", mem="Member", mid="Member ID", grp="Group", pat="Patient", clm="Claim number",
            prov="Provider", chk="Check number", cdate="Check date", tot="Claim totals"),
    2: dict(payee="Pay to", mem="Subscriber", mid="ID number", grp="Group #", pat="Patient name", clm="Claim #",
            prov="Rendering provider (out of network)", chk="Check #", cdate="Statement date", tot="Totals"),
    3: dict(payee="Paid to", mem="Employee", mid="Participant ID", grp="Plan group", pat="For services to",
            clm="Claim ID", prov="Billed by", chk="Check no.", cdate="Date issued", tot="Total this claim"),
    "es": dict(payee="Beneficiario del pago", mem="Suscriptor", mid="Número de miembro", grp="Grupo",
               pat="Paciente", clm="Número de reclamación", prov="Proveedor fuera de la red", chk="Número de cheque",
               cdate="Fecha del cheque", tot="Totales"),
}
# each line: (service text, billed lo, billed hi, denied?)  code = reason code for denied lines
SCEN = {
    "lab": dict(den="not_covered", alt=None, code="N47",
                expl="Routine screening tests are not covered under your plan when no symptoms or diagnosis "
                     "are reported (not covered).",
                lines=[("Office visit, new patient (99204)", 220, 380, False),
                       ("Comprehensive metabolic panel (80053)", 60, 110, False),
                       ("Vitamin D, 25-hydroxy (82306)", 90, 160, True)]),
    "visits": dict(den="not_covered", alt=None, code="V20",
                   expl="Benefit maximum reached: your plan pays for 20 physical therapy visits a calendar year. "
                        "These visits are over the limit.",
                   lines=[("Therapeutic exercise (97110)", 120, 180, False), ("Therapeutic exercise (97110)", 120,
                          180, True), ("Therapeutic exercise (97110)", 120, 180, True)]),
    "paid": dict(den=None, alt=None, code="",
                 expl="",
                 lines=[("Office visit, est. patient (99214)", 180, 290, False),
                        ("Allergy skin tests (95004 x 40)", 300, 520, False)]),
    "es_mri": dict(den="prior_authorization", alt=["not_covered"], code="P15",
                   expl="Este servicio requiere autorización previa y no se obtuvo antes de la fecha del servicio.",
                   lines=[("Consulta ortopédica (99203)", 200, 320, False),
                          ("Resonancia magnética de rodilla (73721)", 1200, 2400, True)]),
    "dup": dict(den="other", alt=None, code="D18",
                expl="Duplicate: this service was already processed on an earlier claim for the same date.",
                lines=[("Psychotherapy, 53 min (90837)", 180, 240, False),
                       ("Psychotherapy, 53 min (90837)", 180, 240, True)]),
    "notneeded": dict(den="medical_necessity", alt=None, code="M62",
                      expl="The records sent with the claim do not show that this test was needed for your "
                           "condition, so we did not pay it.",
                      lines=[("Office visit, est. patient (99213)", 140, 220, False),
                             ("Nerve conduction study, 4 nerves (95910)", 600, 950, True)]),
    "late": dict(den="timely_filing", alt=None, code="T90",
                 expl="This service was filed more than 12 months after the date it was provided, past the plan's "
                      "filing limit.",
                 lines=[("Chiropractic manipulation (98941)", 70, 110, True),
                        ("Chiropractic manipulation (98941)", 70, 110, False),
                        ("Chiropractic manipulation (98941)", 70, 110, False)]),
}


def build_lines(r: random.Random, f: dict) -> list[dict]:
    s = SCEN[f["scen"]]
    out = []
    start = days(f["date"], -r.randint(40, 80))
    for n, (svc, lo, hi, denied) in enumerate(s["lines"]):
        if f["scen"] == "late" and n == 0:
            dos = days(f["date"], -r.randint(400, 430))
        elif f["scen"] in ("visits", "late"):
            dos = days(start, 7 * n)
        elif f["scen"] == "dup":
            dos = start
        else:
            dos = start if n == 0 else days(start, r.choice([0, 0, 3]))
        billed = round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25]), 2)
        if f["scen"] in ("visits", "late", "dup") and out:
            billed = out[0]["billed"]
        allowed = 0.0 if denied else round(billed * r.choice([0.6, 0.65, 0.7]), 2)
        paid = round(allowed * 0.7, 2)
        out.append(dict(dos=dos, svc=svc, billed=billed, allowed=allowed, nc=round(billed - allowed, 2),
                        paid=paid, code=s["code"] if denied else "OON", denied=denied))
    return out


def page(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page()
    d.set_auto_page_break(False)
    d.add_page()
    # letterhead
    if i["style"] == "logo":
        d.text_line(i["logo"], 17, "B", h=8)
        d.rule(0.8, 1)
        d.text_line(f"{i['name']}  |  {i['line2'].replace(' | ', '  ')}", 8, h=4.2)
    elif i["style"] == "parent":
        d.text_line(i["parent"], 7.5, align="C", h=3.8)
        d.text_line(i["name"], 13, "B", align="C", h=6)
        d.text_line(i["line2"].replace(" | ", "  ·  "), 8, align="C", h=4.2)
        d.rule(0.4, 1)
    else:
        d.text_line(i["name"], 11, "B", h=5)
        for ln in i["line2"].split(" | "):
            d.text_line(ln, 8.3, h=4)
    d.ln(2)
    d.text_line("EXPLICACIÓN DEL PAGO - CONSERVE ESTA PARTE" if es else
                "EXPLANATION OF PAYMENT - KEEP THIS PART FOR YOUR RECORDS", 11, "B", h=6)
    lines = f["lines"]
    left = [(L["payee"], f["payee"]), (L["mem"], f["payee"]), (L["mid"], f["mid"]), (L["grp"], f["group"]),
            (L["pat"], f["member"])]
    right = [(L["clm"], f["clm"]), (L["chk"], f["chk"]), (L["cdate"], fd(f["date"])),
             (L["prov"], f["prov"]), ("Trace no." if not es else "Núm. de rastreo", f["trace"])]
    y0 = d.get_y()
    for col, rows, kw in ((0, left, 30), (1, right, 36)):
        d.set_y(y0)
        for k, v in rows:
            x = d.l_margin + col * 92
            d.set_x(x)
            d.font(8.4, "B")
            if col == 1 and len(k) > 20:
                d.cell(0, 4.3, k, new_x="LMARGIN", new_y="NEXT")
                d.set_x(x + 4)
                d.font(8.6)
                d.cell(0, 4.3, v, new_x="LMARGIN", new_y="NEXT")
                continue
            d.cell(kw, 4.3, k)
            d.font(8.6)
            d.cell(56, 4.3, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 24))
    d.ln(1)
    head = (["Fecha", "Servicio", "Cargos", "Permitido", "No cubierto", "Pagado", "Código"] if es else
            ["Date of service", "Service", "Billed", "Allowed", "Not covered", "Paid", "Code"])
    rows = [[fd(x["dos"]), x["svc"], mo(x["billed"]), mo(x["allowed"]), mo(x["nc"]), mo(x["paid"]), x["code"]]
            for x in lines]
    tb = sum(x["billed"] for x in lines)
    rows.append(["*" + L["tot"], "", mo(tb), mo(sum(x["allowed"] for x in lines)), mo(sum(x["nc"] for x in lines)),
                 mo(f["paid"]), ""])
    d.table(head, rows, [24, 62, 20, 20, 20, 20, 14], size=7.9, aligns="LLRRRRC")
    d.font(7.8, "B")
    d.cell(0, 4, "Códigos:" if es else "Reason codes:", new_x="LMARGIN", new_y="NEXT")
    d.font(7.6)
    codes = [("OON", "Pagado al 70 % de la cantidad permitida fuera de la red. El saldo lo puede cobrar el proveedor."
              if es else "Paid at 70% of the out-of-network allowed amount. The provider may bill you the rest.")]
    if s["code"]:
        codes.append((s["code"], s["expl"]))
    for c, t in codes:
        d.multi_cell(0, 3.7, f"{c}  {t}", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    if s["den"]:
        if es:
            ap = ("Si no está de acuerdo con un código de arriba, puede apelar dentro de 180 días a partir de la "
                  f"fecha de este estado de cuenta. Llame al {f['ph']}.")
        elif f["dl"] == "days":
            ap = (f"Review rights: if you disagree with a line we did not pay, you may appeal within 180 days of the "
                  f"date of this statement. Call {f['ph']} or write to the address above.")
        elif f["dl"] == "date":
            ap = (f"Review rights: to appeal a line we did not pay, your written appeal must reach us by "
                  f"{fd(f['deadline'])}. Call {f['ph']} with questions.")
        else:
            ap = ("Review rights: you have 180 days from the date you receive this notice to ask for an appeal of "
                  f"any line we did not pay. Call {f['ph']}.")
    else:
        ap = ("Este pago cierra su reclamación." if es else
              f"This payment completes your claim. Keep this statement for your tax records. Questions: {f['ph']}.")
    d.para(ap, 7.8, gap=1)
    d.text_line(f"Plan year {f['date'].year}: deductible met {mo(f['ded'])} of {mo(f['dedmax'])}  ·  "
                f"out-of-pocket met {mo(f['oop'])}", 7.5, h=4)
    # perforation and the check
    y = max(d.get_y() + 3, 182)
    d.set_y(y)
    d.font(7)
    d.cell(0, 3, "- " * 20 + ("CORTE AQUÍ" if es else "DETACH HERE") + " -" * 20, align="C",
           new_x="LMARGIN", new_y="NEXT")
    cy = d.get_y() + 3
    d.set_line_width(0.5)
    d.rect(d.l_margin, cy, d.w - d.l_margin - d.r_margin, 78)
    d.set_line_width(0.2)
    d.set_xy(d.l_margin + 4, cy + 3)
    d.font(10.5, "B")
    d.cell(100, 5, i["name"])
    d.font(9, "B")
    d.cell(0, 5, f"{'CHEQUE NO.' if es else 'CHECK NO.'} {f['chk']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 4)
    d.font(7.5)
    d.cell(100, 4, "Drawn on High Desert Trust Bank, Hawthorne, NV 89415")
    d.font(9)
    d.cell(0, 4, f"{'FECHA' if es else 'DATE'}  {fd(f['date'])}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_x(d.l_margin + 4)
    d.font(9, "B")
    d.cell(14, 6, "PAGUE" if es else "PAY")
    d.font(9.5)
    d.cell(130, 6, f"{amount_words(f['paid'])} " + "*" * 8, border="B")
    d.font(10.5, "B")
    d.cell(0, 6, f"${f['paid']:,.2f}".replace("$", "$***"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_x(d.l_margin + 4)
    d.font(7.5)
    d.cell(0, 4, "A LA ORDEN DE" if es else "TO THE ORDER OF", new_x="LMARGIN", new_y="NEXT")
    for ln in [f["payee"].upper()] + list(f["addr"]):
        d.set_x(d.l_margin + 18)
        d.font(9.5)
        d.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.w - d.r_margin - 70, cy + 50)
    d.font(8, "B")
    d.cell(66, 4, "ANULADO DESPUÉS DE 180 DÍAS" if es else "VOID AFTER 180 DAYS", align="C")
    d.set_xy(d.l_margin + 4, cy + 56)
    d.font(7.5)
    d.cell(100, 4, f"MEMO  {L['clm']} {f['clm']}  ·  {f['member']}")
    d.set_xy(d.w - d.r_margin - 70, cy + 60)
    d.cell(66, 4, "", border="B")
    d.set_xy(d.w - d.r_margin - 70, cy + 64.5)
    d.cell(66, 3.5, "FIRMA AUTORIZADA" if es else "AUTHORIZED SIGNATURE", align="C")
    d.set_xy(d.l_margin + 20, cy + 71)
    d.font(10)
    d.cell(0, 5, f"||{f['chk']}||  |:{f['aba']}|:  {f['acct']}||")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, scen: str, lab, ds: str, date: dt.date, ms: str, dl: str, dep: bool) -> dict:
    lang = "es" if lab == "es" else "en"
    payee = person(r, lang)
    member = person(r, lang, taken=(payee.split()[0],)) if dep else payee
    prov = {"lab": clinician(r), "visits": "Rapla Street Physical Therapy", "paid": "Loksa Allergy and Asthma Clinic",
            "es_mri": "Centro Ortopédico del Valle de Socorro", "dup": "Helve R. Tapa, MD",
            "notneeded": "Jogeva Lane Neurology Associates", "late": "Caliente Chiropractic Center"}[scen]
    f = dict(ins=ins, scen=scen, lab=lab, ds=ds, date=date, ms=ms, dl=dl, lang=lang, payee=payee, member=member,
             mid=mixed(r, "KMH999999999") if ins == "kohila" else mixed(r, "TV9999999-0") + str(r.randint(1, 4))
             if ins == "tapa" else digits(r, 10),
             group=mixed(r, "99999-AA") if ins != "elva" else "NTE-" + digits(r, 4),
             clm=mixed(r, "99999A99999") if ins != "tapa" else "CL" + digits(r, 11),
             chk=digits(r, 8), trace=digits(r, 12), aba=digits(r, 9), acct=digits(r, 10),
             prov=prov, addr=address(r, lang), ph=phone(r), deadline=days(date, 180),
             ded=float(r.choice([250, 500, 750])), dedmax=float(r.choice([1000, 1500])), oop=round(r.uniform(900, 2400), 2))
    f["lines"] = build_lines(r, f)
    f["paid"] = round(sum(x["paid"] for x in f["lines"]), 2)
    return f


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    lines = f["lines"]
    denied = [x for x in lines if x["denied"]]
    all_dates = sorted({iso(x["dos"]) for x in lines})
    alts = {}
    dead = None
    if s["den"]:
        dates = sorted({iso(x["dos"]) for x in denied})
        if dates != all_dates:
            alts["service_dates"] = [all_dates]
        dead = None if f["dl"] == "receive" else iso(f["deadline"])
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(f["deadline"]), iso(days(f["date"], 185))]
    else:
        dates = all_dates
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["group"], plan_id=None,
              member_name=f["member"], case_numbers=[f["clm"]], claim_amount=m2(sum(x["billed"] for x in lines)),
              service_dates=dates, denial_date=iso(f["date"]), provider=f["prov"], appeal_deadline=dead,
              alternates=alts)
    return truth("eob", s["den"], f["lang"], denial_alternates=s["alt"], **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline kind, dependent patient)
PLAN = [
    ("explanation_of_payment_check_stub_to_member_bd_lab_screening", "born_digital", "kohila", "lab", 1, "slash",
     "plain", "days", False),
    ("explanation_of_payment_check_stub_to_member_bd_pt_visit_limit", "born_digital", "tapa", "visits", 2, "abbr",
     "plain", "date", True),
    ("explanation_of_payment_check_stub_to_member_scan_paid_in_full", "scan_clean_300", "elva", "paid", 3, "long",
     "plain", "days", False),
    ("explanation_of_payment_check_stub_to_member_lowres_es_mri_no_auth", "scan_lowres_150", "kohila", "es_mri", "es",
     "es", "plain", "days", False),
    ("explanation_of_payment_check_stub_to_member_phone_duplicate_line", "phone_photo", "tapa", "dup", 1, "iso",
     "nosign", "receive", True),
    ("explanation_of_payment_check_stub_to_member_copy_nerve_study", "photocopy", "elva", "notneeded", 2, "dmy",
     "plain", "days", False),
    ("explanation_of_payment_check_stub_to_member_fax_late_filing", "fax_standard_g4", "kohila", "late", 3, "mdy",
     "plain", "date", False),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl, dep) in enumerate(PLAN):
        r = random.Random(133600 + n)
        date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 250))
        f = facts(r, ins, scen, lab, ds, date, ms, dl, dep)
        items.append(Item(stem, cond, [(page(f), doc_truth(f))]))
    return items
