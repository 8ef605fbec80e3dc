"""Family 'wound_vac_rental_eob': explanations of benefits for negative pressure wound therapy (wound VAC) rented from
a DME supplier and billed monthly: several rental months on one claim (pump E2402 with modifiers RR KX, dressing sets
A6550, canisters A7000, each line with its from-to rental span), later months denied after the allowed rental
period; one statement with nothing denied, one with a month billed without KX, one with a paid supplies-only claim
before the denied rental claim, one in Spanish.

Issuers: Urdaibai Health Plan (logo word "URDAIBAI" over a rule, one line "Health Plan · Member Services · PO Box")
and Aralar Mutual Insurance Company (parent line "Gorbea Insurance Group" above the name, return address block).
Suppliers Txindoki Home Medical Supply and Anboto Wound Care Equipment, Inc.; the ordering physician printed beside
them. Decoys: the date received, the rental month counter ("month 5 of 4 allowed"), the paid claim, the supplier's
NPI, patient account, the plan-year accumulators, the 4-month external review, "payment issued" date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundu_famub import address, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "wound_vac_rental_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
UR, AR = "Urdaibai Health Plan", "Aralar Mutual Insurance Company"
SUPPLIERS = ["Txindoki Home Medical Supply", "Anboto Wound Care Equipment, Inc."]
ORDERING = ["Dr. Teimuraz L. Gvaramia", "Dr. Rusudan K. Papava"]
ITEMS = [("E2402", "NPWT pump, rental", "Bomba de presión negativa, alquiler", "1"),
         ("A6550", "Wound care set for NPWT pump", "Juego de apósitos para la bomba", "15"),
         ("A7000", "Canister, disposable, for pump", "Recipiente desechable", "10")]
LABELS = [("Statement date", "Member", "Member ID", "Group", "Claim number", "Supplier"),
          ("Date of statement", "Patient", "ID #", "Group no.", "Claim #", "DME supplier"),
          ("Issued", "Patient name", "Subscriber number", "Employer group", "Claim ID", "Billed by")]
LABELS_ES = ("Fecha del estado", "Paciente", "Número de afiliado", "Grupo", "Número de reclamación", "Suplidor")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(13, 12, 13))
        self.add_font("DejaVu", "B", BOLD)


def rental_claim(r: random.Random, start: dt.date, first_month: int, n: int, allowed: int, no_kx: int = 0,
                 supplies_only: bool = False) -> dict:
    """Monthly rental lines; months past `allowed` (or the month billed without KX) are denied."""
    lines, s = [], start
    pump = round(r.randint(1650, 2350) + r.choice([0, 0.5, 0.25]), 2)
    for k in range(n):
        m = first_month + k
        e = days(s, 29)
        denied = m > allowed or (no_kx and m == no_kx)
        for code, en, es, units in (ITEMS[1:] if supplies_only else ITEMS):
            billed = pump if code == "E2402" else round(money(r, 180, 640), 2)
            mod = ("RR" if (no_kx and m == no_kx) else "RR KX") if code == "E2402" else "KX"
            lines.append(dict(m=m, s=s, e=e, code=code, en=en, es=es, units=units, mod=mod, billed=billed,
                              remark="" if not denied else ("M4" if (no_kx and m == no_kx) else "R5"),
                              allowed=0.0 if denied else round(billed * 0.71, 2), denied=denied))
        s = days(e, 1)
    for x in lines:
        x["paid"] = 0.0 if x["denied"] else round(x["allowed"] * 0.8, 2)
    return dict(no=mixed(r, "9999-99A-99999"), lines=lines, billed=round(sum(x["billed"] for x in lines), 2),
                denied=round(sum(x["billed"] for x in lines if x["denied"]), 2))


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    stmt = dt.date(2026, 3, 10) + dt.timedelta(days=r.randint(0, 200))
    allowed = 4
    if kind == "paid":
        c = rental_claim(r, days(stmt, -110), 1, 3, allowed)
    elif kind == "no_kx":
        c = rental_claim(r, days(stmt, -100), 2, 3, allowed, no_kx=3)
    else:
        c = rental_claim(r, days(stmt, -r.randint(125, 140)), 3, 4, allowed)
    f = dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
             stmt=stmt, c=c, allowed=allowed, member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "UHP999999999") if ins == UR else mixed(r, "AMI-99999-99"),
             grp=digits(r, 6) if ins == UR else mixed(r, "AR99A99"), sup=r.choice(SUPPLIERS),
             ordering=r.choice(ORDERING), npi=digits(r, 10), acct=mixed(r, "TX99999"), ph=phone(r),
             recv=days(stmt, -r.randint(8, 18)), by=days(stmt, 180), issued=days(stmt, 2))
    if kind == "two_claims":
        f["c0"] = rental_claim(r, days(c["lines"][0]["s"], -60), 1, 2, allowed, supplies_only=True)
    return f


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == UR:
        d.text_line("URDAIBAI", 22, "B", h=9)
        d.rule(0.7, 1)
        d.text_line("Health Plan · Member Services · PO Box 3303, Gadsden, AL 35901", 8.3, h=4.4)
    else:
        d.text_line("Gorbea Insurance Group", 7.8, h=4)
        d.text_line(AR, 14.5, "B", h=7)
        for ln in ["Claims Department", "PO Box 96021", "Grand Island, NE 68801"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(3)


def lines_table(d: Page, f: dict, c: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    head = (["Mes", "Desde", "Hasta", "HCPCS", "Mod", "Uds", "Descripción", "Facturado", "Permitido", "Pagado", "Nota"]
            if es else ["Mo.", "From", "To", "HCPCS", "Mod", "Units", "Description", "Billed", "Allowed", "Paid",
                        "Remark"])
    rows = []
    for x in c["lines"]:
        remark = x["remark"]
        rows.append([str(x["m"]), fdate(x["s"], "short"), fdate(x["e"], "short"), x["code"], x["mod"], x["units"],
                     (x["es"] if es else x["en"])[:34], usd(x["billed"], ms), usd(x["allowed"], ms),
                     usd(x["paid"], ms), remark])
    rows.append(["*Total", "", "", "", "", "", "", usd(c["billed"], ms),
                 usd(sum(x["allowed"] for x in c["lines"]), ms), usd(sum(x["paid"] for x in c["lines"]), ms), ""])
    d.table(head, rows, [9, 14, 14, 12, 12, 9, 42, 21, 21, 20, 11], size=7.3, aligns="LLLLLRLRRRL", head_fill=True)


def build(f: dict) -> bytes:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    tag = "UHP" if f["ins"] == UR else "AMIC"
    d = Page(f"{tag}-EOB-DME  " + ("Esto no es una factura.  Página {p} de {n}" if es
                                   else "This is not a bill.  Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.text_line("Esto no es una factura." if es else "This is not a bill.", 9, h=5)
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
        d.cell(0, 4.4, (f"Médico que ordenó: {f['ordering']}    Recibida {fdate(f['recv'], 'short')}    Cuenta {f['acct']}"
                        if es else f"Ordering physician: {f['ordering']}    Received {fdate(f['recv'], 'short')}    "
                        f"Patient account {f['acct']}    Supplier NPI {f['npi']}"), new_x="LMARGIN", new_y="NEXT")
        lines_table(d, f, c)
    denied_months = sorted({x["m"] for x in f["c"]["lines"] if x["denied"]})
    d.text_line("Notas" if es else "Remark codes", 9.5, "B", h=5.5)
    if k == "paid":
        d.para(f"All rental months on this claim were paid (rental month {f['c']['lines'][-1]['m']} of "
               f"{f['allowed']} allowed). Payment issued to the supplier on {fdate(f['issued'], 'short')}.", 8.6)
    elif k == "es":
        d.para(f"R5  El alquiler excede el período permitido: el plan cubre hasta {f['allowed']} meses de alquiler de "
               "la bomba por herida. Los meses " + ", ".join(map(str, denied_months)) + " no están cubiertos.", 8.6)
    elif k == "plain":
        d.para("R5  We paid for the first four months of the wound pump. The wound measurements the supplier sent "
               "for the later months show the wound is not getting smaller, so the pump is no longer helping and "
               "we did not pay for those months.", 8.6)
    elif k == "no_kx":
        d.para("M4  Modifier KX missing: this rental month was billed without modifier KX, so the documentation "
               "requirements for continued wound therapy were not shown. Incorrect coding; the supplier may send a "
               "corrected claim within 90 days.", 8.6)
    else:
        d.para(f"R5  Exceeds allowed rental period. Your plan covers up to {f['allowed']} monthly rentals of "
               "negative pressure wound therapy per wound. Continued rental is not medically necessary unless the "
               "records show measurable healing each month; the records received did not. "
               f"Months {denied_months[0]}-{denied_months[-1]} exceed the {f['allowed']} allowed.", 8.6)
    if k != "paid":
        d.text_line("Su derecho a apelar" if es else "Your right to appeal", 9.5, "B", h=5.5)
        if es:
            t = "Puede apelar dentro de 180 días a partir de la fecha de este estado."
        else:
            t = {"notice": "You may appeal within 180 days of the date of this statement.",
                 "date": f"To appeal, send a written request by {fd(f, f['by'])}.",
                 "recv": "You have 180 days after you get this statement to appeal."}[f["app"]]
        d.para(t + (" Revisión externa: dentro de 4 meses de la decisión final. " if es else
                    " You may request an external review within 4 months of a final decision. ") + f"{f['ph']}.", 8.6)
    d.text_line("Plan year to date: deductible $750.00 of $750.00 met; out-of-pocket $2,140.00 of $4,500.00"
                if not es else "Año del plan: deducible $750.00 de $750.00 cumplido", 8, h=4.6)
    return pdf_bytes(d)


DEN = {"keyword": "medical_necessity", "keyword2": "medical_necessity", "plain": "medical_necessity",
       "no_kx": "coding_error", "es": "not_covered", "two_claims": "medical_necessity", "paid": None}


def make_truth(f: dict) -> dict:
    k, c = f["kind"], f["c"]
    ok = k == "paid"
    dl = None if ok else {"notice": iso(days(f["stmt"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["ordering"]]}
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["stmt"], 180)), iso(days(f["stmt"], 185))]
    spans = sorted({iso(x["s"], x["e"]) for x in c["lines"]})
    den = sorted({iso(x["s"], x["e"]) for x in c["lines"] if x["denied"]})
    if not ok:
        alts["service_dates"] = [spans, [iso(c["lines"][0]["s"], c["lines"][-1]["e"])],
                                 [iso(min(x["s"] for x in c["lines"] if x["denied"]),
                                      max(x["e"] for x in c["lines"] if x["denied"]))]]
        alts["claim_amount"] = [m2(c["denied"])]
    else:
        alts["service_dates"] = [[iso(c["lines"][0]["s"], c["lines"][-1]["e"])]]
    dalts = {"es": ["medical_necessity", "other"], "no_kx": ["other", "medical_necessity"]}.get(
        k, [] if ok else ["not_covered"])
    return truth("eob", DEN[k], f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]),
                 service_dates=spans if ok else den, denial_date=iso(f["stmt"]), provider=f["sup"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording)
PLAN = [
    ("wound_vac_rental_eob_bd_months_5_6_denied", "born_digital", "keyword", UR, 0, "long", "plain", "notice"),
    ("wound_vac_rental_eob_bd_all_months_paid", "born_digital", "paid", AR, 1, "slash", "plain", "notice"),
    ("wound_vac_rental_eob_scan_plain_words", "scan_clean_300", "plain", AR, 2, "abbr", "nosign", "recv"),
    ("wound_vac_rental_eob_lowres_missing_kx", "scan_lowres_150", "no_kx", UR, 1, "dmy", "plain", "notice"),
    ("wound_vac_rental_eob_copy_spanish", "photocopy", "es", UR, 0, "es", "plain", "notice"),
    ("wound_vac_rental_eob_rot_supplies_claim_paid", "rotated", "two_claims", AR, 0, "iso", "usd", "notice"),
    ("wound_vac_rental_eob_faxf_appeal_by_date", "fax_fine_g4", "keyword2", UR, 2, "slash", "bare", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app) in enumerate(PLAN):
        f = facts(random.Random(99200 + i), kind, ins, lab, ds, ms, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
