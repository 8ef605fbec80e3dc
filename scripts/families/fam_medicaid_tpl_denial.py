"""Family 'medicaid_tpl_denial': a state Medicaid agency's notice that a claim was denied as other insurance pays first.

Mirrors the kind of notice a state Medicaid program's third-party liability (TPL) unit sends a member when a
provider's claim is denied because the agency's records show other health coverage that must be billed first: a
member block, the other coverage on file (carrier, carrier code, policy and group numbers of the other plan, the
policyholder, the coverage start date: all decoys), the denied claim in a sentence or in a remittance-style table
(some with a paid claim or paid line beside the denied ones), what the member should do to update the coverage
record, a form to send, an agency review and the State Fair Hearing. Two invented agencies (the Commonwealth of
Kinvara's Department of Medical Assistance; the Ravensholt Health Coverage Authority) and invented carriers; one
notice in Spanish. The structure follows such notices; the wording is our own.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundm_famy import (CARRIERS, MCD_PROVIDERS, address, days, digits, fdate, iso, m2, mixed, money, npi,
                             person, phone, usd)

FAMILY = "medicaid_tpl_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
AG = {"K": ("Kinvara Department of Medical Assistance", "COMMONWEALTH OF KINVARA", "Department of Medical Assistance",
            "KinvaraCare"),
      "R": ("Ravensholt Health Coverage Authority", "STATE OF RAVENSHOLT", "Ravensholt Health Coverage Authority",
            "Ravensholt Medicaid")}
SERVICES = {"office": ("Office visit, established patient (99214)", 180, 320),
            "mri": ("MRI lumbar spine without contrast (72148)", 1400, 2600),
            "pt": ("Physical therapy, therapeutic exercise (97110) x 4 visits", 420, 780),
            "prev": ("Preventive visit and lab work (99396, 80061, 96127)", 260, 480),
            "echo": ("Echocardiogram, complete (93306)", 900, 1700),
            "dental": ("Dental cleaning and exam (D1110, D0120)", 140, 260)}


class Notice(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot + "   Page {p} of {n}")
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Notice, f: dict) -> None:
    name, state, line2, _ = AG[f["ag"]]
    y0 = d.get_y()
    d.set_font("DejaVu", "B", 9)
    d.cell(120, 4.5, state, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "B", 15)
    d.cell(120, 7, line2, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.5)
    unit = "Unidad de Responsabilidad de Terceros" if f["es"] else (
        "Third Party Liability Unit" if f["ag"] == "K" else "Coordination of Benefits / TPL Section")
    d.cell(120, 4, unit)
    d.set_xy(135, y0)
    d.set_font("DejaVu", "", 7.5)
    d.multi_cell(0, 3.4, f"PO Box {f['box']}\n{f['city']}\nMember line {f['ph']}\nTTY 711", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 20)
    d.rule(0.5, 3)


def pairs(d: Notice, rows: list, w: float = 48, size: float = 8.8) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", size)
        d.cell(w, 4.9, k)
        d.set_font("DejaVu", "", size)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def member_block(d: Notice, f: dict) -> None:
    fd, es = f["fd"], f["es"]
    lab = f["labels"]
    rows = [(lab[0], fd(f["notice"])), (lab[1], f["name"]), (lab[2], f["mid"]), (lab[3], f["notice_no"])]
    if f["case"]:
        rows.insert(3, ("Nº de caso TPL:" if es else "TPL case no.:", f["case"]))
    pairs(d, rows)


def other_coverage(d: Notice, f: dict) -> None:
    es, fd = f["es"], f["fd"]
    d.text_line("Otro seguro en nuestros registros" if es else "Other health insurance on file", 10.2, "B", h=6)
    rows = [("Compañía:" if es else "Carrier:", f["carrier"]), ("Código de compañía:" if es else "Carrier code:",
                                                               f["ccode"]),
            ("Nº de póliza:" if es else "Policy no.:", f["pol"]),
            ("Nº de grupo:" if es else "Group no.:", f["cgrp"]),
            ("Titular de la póliza:" if es else "Policyholder:", f["holder"]),
            ("Vigente desde:" if es else "Coverage start:", fd(f["cov_start"]))]
    d.set_draw_color(120, 120, 120)
    y0 = d.get_y()
    pairs(d, rows, 42, 8.5)
    d.rect(d.l_margin, y0 - 1, d.w - d.l_margin - d.r_margin, d.get_y() - y0)
    d.set_draw_color(0, 0, 0)
    d.ln(1)


def claim_table(d: Notice, f: dict) -> None:
    es, fd, mo = f["es"], f["fd"], f["money"]
    head = (["Nº de reclamo", "Proveedor", "Fecha(s)", "Facturado", "Pagado", "Motivo"] if es else
            ["Claim no. (ICN)", "Provider", "Date(s) of service", "Billed", "Paid", "Reason"])
    widths = [34, 54, 40, 20, 16, 16]
    d.set_font("DejaVu", "B", 7.8)
    for h, w in zip(head, widths):
        d.cell(w, 5.6, h, border=1)
    d.ln(5.6)
    d.set_font("DejaVu", "", 7.8)
    for c in f["claims"]:
        dates = fd(c["dos"]) if not c["end"] else f"{fd(c['dos'])} - {fd(c['end'])}"
        for v, w in zip([c["icn"], c["prov"], dates, mo(c["billed"]), mo(c["paid"]), c["code"]], widths):
            d.cell(w, 5.2, v, border=1)
        d.ln(5.2)
    d.ln(2)
    if f["lines"]:
        d.text_line("Service lines of claim " + f["claims"][0]["icn"], 8.6, "B", h=5)
        for desc, billed, paid, code in f["lines"]:
            d.set_font("DejaVu", "", 7.8)
            d.cell(100, 4.6, desc)
            d.cell(24, 4.6, mo(billed), align="R")
            d.cell(24, 4.6, mo(paid), align="R")
            d.cell(0, 4.6, "  " + code, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_font("DejaVu", "", 7.6)
    d.multi_cell(0, 3.8, "Motivos: 22 = Otro seguro debe pagar primero (coordinación de beneficios). 00 = Pagado."
                 if es else "Reason codes: 22 = This care may be covered by another payer; bill the other insurance "
                 "first (coordination of benefits). 00 = Paid. A12 = Paid: the other plan does not cover this kind "
                 "of service.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def body(f: dict) -> list[str]:
    fd, mo, c = f["fd"], f["money"], f["denied"]
    carrier, prov = f["carrier"], c["prov"]
    span = (f"from {fd(c['dos'])} through {fd(c['end'])}" if c["end"] else f"on {fd(c['dos'])}")
    if f["es"]:
        span = (f"del {fd(c['dos'])} al {fd(c['end'])}" if c["end"] else f"el {fd(c['dos'])}")
        return [f"{prov} nos envió un reclamo por servicios que usted recibió {span}, por un total de "
                f"{mo(c['billed'])}. Nuestros registros muestran que usted tiene otro seguro médico con {carrier}. "
                "Medicaid paga después de cualquier otro seguro. Como el proveedor no facturó primero a esa "
                "compañía, "
                "negamos el reclamo.",
                "Esto no es una factura. El proveedor no puede cobrarle a usted por este servicio. Puede facturar a "
                f"{carrier} y después volver a enviarnos el reclamo con la explicación de pagos de esa compañía.",
                "Si ese seguro terminó o la información está equivocada, avísenos: llame al "
                f"{f['ph']} o envíe el formulario TPL-{f['form']} (Actualización de otro seguro) con una carta de la "
                "compañía que muestre la fecha en que terminó la cobertura. Corregiremos su expediente y "
                "pediremos al proveedor que vuelva a facturar."]
    if f["table"]:
        intro = ("The table shows the claims we processed for you. " + (
            "One claim was paid because the other plan does not cover that kind of service. " if f["paid_claim"]
            else "") + f"The claim from {prov} for {c['desc']} was denied (reason 22).")
    else:
        intro = (f"{prov} sent us a claim (number {c['icn']}) for care you received {span}, billed at "
                 f"{mo(c['billed'])}. We denied it.")
    why = (f"Our records show you also have health insurance through {carrier}. Medicaid is the payer of last "
           "resort: other insurance must be billed first, and we pay only what is left, up to our rates. The provider "
           "did not send the other insurer's payment statement with the claim.")
    if f["kind"] == "ended":
        why += (" You told our call center that this coverage has ended, but we have not received proof of the end "
                "date, so our records still show it as active.")
    if f["lines"]:
        why += " On this claim the lines the other plan covers were denied; the line it does not cover was paid."
    return [intro + " " + why,
            "This is not a bill. The provider may not charge you for these services while the claim is being sorted "
            f"out. The provider can bill {carrier} and then send the claim back to us with that plan's explanation of "
            "benefits. For example, if the other plan paid $60.00 of a $100.00 bill, we would look at the $40.00 left.",
            f"If the other insurance has ended or the information above is wrong, update your record: call {f['ph']}, "
            f"or send Form TPL-{f['form']} (Other Coverage Update) with a letter from the other plan showing the date "
            "the coverage ended. We will correct our records and ask the provider to bill again."]


def rights(f: dict) -> list[str]:
    fd, es = f["fd"], f["es"]
    by = fd(f["deadline"]) if f["deadline"] else ""
    rv = {"within": ("dentro de 30 días a partir de la fecha de este aviso" if es else
                     "within 30 days of the date of this notice"),
          "by": f"a más tardar el {by}" if es else f"no later than {by}",
          "receive": "dentro de 30 días desde que reciba este aviso" if es else
                     "within 30 days from the day you receive this notice", "none": ""}[f["dl"]]
    if es:
        out = [f"Si no está de acuerdo, puede pedirnos una revisión de esta decisión {rv}. Escriba a la Unidad de "
               f"Responsabilidad de Terceros, PO Box {f['box']}, o llame al {f['ph']}."] if rv else []
        return out + ["También puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la fecha de "
                      "este aviso. Puede representarse usted mismo o pedir ayuda a un abogado, un familiar u otra "
                      "persona. Puede pedir ayuda legal gratuita."]
    out = [f"If you disagree, you can ask our TPL Unit to review this decision {rv}. Write to the address above or "
           f"call {f['ph']}. Send any papers showing the other insurance has ended."] if rv else []
    hear = ("You may also ask for a State Fair Hearing" if rv else "If you disagree, you can ask for a State Fair "
            "Hearing")
    when = (f"; your request must reach the Office of Hearings by {fd(f['hearing'])}" if f["dl"] == "none" and
            f["hearing_printed"] else " within 90 days of the date of this notice")
    return out + [f"{hear}{when}. You can speak for yourself or have a lawyer, relative or friend speak for you. "
                  f"Free legal help may be available; call {f['legal_ph']}."]


def build(f: dict) -> bytes:
    es = f["es"]
    d = Notice(("Aviso " if es else "Notice ") + f["notice_no"] + f"   Form {f['fnum']}")
    d.add_page()
    letterhead(d, f)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 9.8, h=4.7)
    d.ln(4)
    title = ("Aviso de reclamo negado: otro seguro debe pagar primero" if es else
             "Notice of Claim Denial - Other Insurance Must Pay First" if not f["table"] else
             "Claims Notice: Third Party Liability")
    d.text_line(title, 12, "B", h=7)
    d.ln(1)
    member_block(d, f)
    other_coverage(d, f)
    if f["table"]:
        claim_table(d, f)
    else:
        c = f["denied"]
        pairs(d, [("Proveedor:" if es else "Provider:", c["prov"]), ("NPI:", f["npi"]),
                  ("Nº de proveedor Medicaid:" if es else "Provider Medicaid no.:", f["prov_mcd"]),
                  ("Nº de reclamo:" if es else "Claim no.:", c["icn"]),
                  ("Servicio:" if es else "Service:", c["desc"])],
              48, 8.6)
    d.text_line("Qué pasó" if es else "What happened", 10.2, "B", h=6)
    for t in body(f):
        d.para(t, 9.2, gap=2)
    d.text_line("Sus derechos" if es else "Your rights", 10.2, "B", h=6)
    for t in rights(f):
        d.para(t, 9, gap=2)
    d.para(("Atentamente,\n" if es else "Sincerely,\n") + AG[f["ag"]][0], 9.2)
    return pdf_bytes(d)


LABELS = {"en": [("Date of notice:", "Member:", "Medicaid ID:", "Notice no.:"),
                 ("Notice date:", "Member name:", "Member ID no.:", "Letter no.:"),
                 ("Date:", "Recipient:", "Recipient No.:", "Document ID:")],
          "es": [("Fecha del aviso:", "Afiliado(a):", "Número de Medicaid:", "Nº de aviso:")]}


WHO = {"office": 0, "mri": 1, "pt": 2, "prev": 0, "echo": 5}


def make_claim(r: random.Random, svc: str, notice: dt.date, span: bool, es: bool = False) -> dict:
    prov = MCD_PROVIDERS[4 if es else WHO.get(svc, 0)][0]
    desc, lo, hi = SERVICES[svc]
    if es:
        desc = "Consulta médica, paciente establecido (99214)"
    dos = days(notice, -r.randint(25, 60))
    return dict(icn=digits(r, 13), prov=prov, desc=desc, dos=dos, end=days(dos, 21) if span else None,
                billed=money(r, lo, hi), paid=0.0, code="22")


def facts(r: random.Random, ag: str, kind: str, lang: str, ds: str, ms: str, dl: str, li: int) -> dict:
    notice = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 170))
    es = lang == "es"
    name = person(r, lang)
    f = dict(ag=ag, kind=kind, es=es, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, notice=notice,
             name=name, addr=address(r, lang), labels=LABELS[lang][li], ph=phone(r), legal_ph=phone(r),
             mid=mixed(r, r.choice(["9999999A99", "AA999999999", "99999999A"])),
             notice_no=mixed(r, "TPL99-99999999"), case=r.choice([None, mixed(r, "TC-26A9999")]),
             carrier=r.choice(CARRIERS), ccode=f"{r.randint(100, 99999):05d}", pol=mixed(r, "AAA999999999"),
             cgrp=digits(r, 6), holder=person(r, lang, last=name.split()[-1]),
             cov_start=dt.date(2024, r.randint(1, 12), 1),
             form=f"{r.randint(100, 199)}", fnum=mixed(r, "AA-TPL-99") + "/" + str(notice.year),
             box=r.randint(40000, 49999), npi=npi(r), prov_mcd=digits(r, 9),
             city="Kinvara City, KV 20401" if ag == "K" else "Holtsburg, RH 30177",
             table=kind in ("table", "lines"), paid_claim=None, lines=None)
    svc = {"table": "mri", "lines": "prev", "span": "pt", "ended": "echo"}.get(kind, r.choice(["office", "mri"]))
    f["denied"] = make_claim(r, svc, notice, kind == "span", es)
    f["claims"] = [f["denied"]]
    if kind == "table":
        paid = make_claim(r, "dental", notice, False)
        paid.update(paid=round(paid["billed"] * 0.7, 2), code="A12", prov="Quillonby Dental Group")
        f["paid_claim"] = paid
        f["claims"] = [paid, f["denied"]] if r.random() < 0.5 else [f["denied"], paid]
    if kind == "lines":
        c = f["denied"]
        a, b = round(c["billed"] * 0.55, 2), round(c["billed"] * 0.3, 2)
        rest = round(c["billed"] - a - b, 2)
        f["lines"] = [("99396 Preventive visit, age 40-64", a, 0.0, "22"), ("80061 Lipid panel", b, 0.0, "22"),
                      ("96127 Brief emotional/behavioral screening", rest, round(rest * 0.8, 2), "A12")]
        c["paid"] = f["lines"][2][2]
        f["lines_denied"] = round(a + b, 2)
    f["deadline"] = days(notice, 30) if dl == "by" else None
    f["hearing"], f["hearing_printed"] = days(notice, 90), kind == "ended"
    return f


def make_truth(f: dict) -> dict:
    c = f["denied"]
    alts: dict = {"insurer": [AG[f["ag"]][2], AG[f["ag"]][3]]}
    cases = [c["icn"]] + ([f["case"]] if f["case"] else [])
    if f["case"]:
        alts["case_numbers"] = [[c["icn"]]]
    if c["end"]:
        alts["service_dates"] = [[iso(c["dos"])]]
    if f["lines"]:
        alts["claim_amount"] = [m2(f["lines_denied"])]
    deadline = {"within": days(f["notice"], 30), "by": f["deadline"], "receive": None, "none": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 30))]
    if f["dl"] == "none":
        alts["appeal_deadline"] = [iso(f["hearing"])]
    if f["es"]:
        alts["insurer"].append("Departamento de Asistencia Médica")
    return truth("denial_letter", "other", lang="es" if f["es"] else "en", insurer=AG[f["ag"]][0], member_id=f["mid"],
                 member_name=f["name"], case_numbers=cases, claim_amount=m2(c["billed"]),
                 service_dates=[iso(c["dos"], c["end"])], denial_date=iso(f["notice"]), provider=c["prov"],
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 type_alternates=["eob"] if f["table"] else [])


# (stem, condition, agency, kind, lang, date style, money style, deadline style, label set)
PLAN = [
    ("medicaid_tpl_denial_bd_letter", "born_digital", "K", "letter", "en", "long", "plain", "within", 0),
    ("medicaid_tpl_denial_bd_es", "born_digital", "K", "letter", "es", "es", "plain", "by", 0),
    ("medicaid_tpl_denial_scan_table", "scan_clean_300", "R", "table", "en", "slash", "plain", "none", 1),
    ("medicaid_tpl_denial_rot_span", "rotated", "R", "span", "en", "long", "nosign", "within", 2),
    ("medicaid_tpl_denial_photo_ended", "phone_photo", "K", "ended", "en", "abbr", "plain", "none", 1),
    ("medicaid_tpl_denial_faxs_lines", "fax_standard_g4", "R", "lines", "en", "slash", "usd", "receive", 0),
    ("medicaid_tpl_denial_lowres_letter", "scan_lowres_150", "K", "letter", "en", "dmy", "bare", "by", 2),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ag, kind, lang, ds, ms, dl, li) in enumerate(PLAN):
        r = random.Random(13300 + i)
        f = facts(r, ag, kind, lang, ds, ms, dl, li)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
