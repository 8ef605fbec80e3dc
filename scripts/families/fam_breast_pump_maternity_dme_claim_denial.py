"""Family 'breast_pump_maternity_dme_claim_denial': a health plan's EOB or letter on a breast pump claim (the ACA
preventive breast-feeding equipment benefit): denied because the supplier is out of network, a hospital-grade pump
rental (E0604) was billed without prior authorization, a second pump within the benefit period, or the pump was
billed with a date of service before the delivery date; one paid-in-full EOB; one Spanish letter.

Issuers (fictional): Wrenfield Health Plan (EOB with ruled boxes and a service table) and Calloway Mutual Health
Insurance Company (letters with a RE: block). Suppliers Nestling Maternal Supply Co., Brightwater Lactation
Equipment LLC, Harbor Moms Medical Supply. The mother is the member; the baby's name and date of birth, the mother's
date of birth, the ordering obstetric clinician, supplier NPI, received dates, phone numbers and plan-year
accumulators are decoys.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "breast_pump_maternity_dme_claim_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WR, CA = "Wrenfield Health Plan", "Calloway Mutual Health Insurance Company"
SUPPLIERS = ["Nestling Maternal Supply Co.", "Brightwater Lactation Equipment LLC", "Harbor Moms Medical Supply"]
OBS = ["Dr. Folasade A. Adeyemi", "Dr. Henrik P. Solberg", "Nurse-Midwife Anjali R. Deshmukh",
       "Dr. Catalina M. Restrepo"]
MOTHERS = [("Keziah", "Okonjo"), ("Linnea", "Haugland"), ("Parisa", "Farahani"), ("Tuyet", "Pham"),
           ("Rosalba", "Cifuentes"), ("Maren", "Eklund"), ("Adaeze", "Nwosu")]
BABIES = ["Amara", "Soren", "Darius", "Kim Anh", "Valentina", "Elsa", "Chidi"]


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int, kind: str, ins: str, ds: str, ms: str, app: str, lang: str = "en") -> dict:
    r = Rand(152500 + i)
    first, last = MOTHERS[i]
    mid = r.choice("ABCDEJLMRST")
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    delivery = notice - dt.timedelta(days=r.randint(35, 70))
    dos = delivery + dt.timedelta(days=r.randint(2, 12))
    if kind == "early":
        dos = delivery - dt.timedelta(days=r.randint(20, 40))
    lines = []
    if kind == "rental":
        s = delivery + dt.timedelta(days=r.randint(1, 4))
        e = s + dt.timedelta(days=29)
        lines.append(("E0604", "Breast pump, hospital grade, electric, rental (1 month)", round(r.randint(95, 160) + .5, 2),
                      s, e))
        lines.append(("A4281", "Tubing for breast pump, replacement", float(r.randint(18, 34)), s, None))
    else:
        lines.append(("E0603", "Breast pump, electric, any type", float(r.randint(245, 395)), dos, None))
        if kind in ("paid", "oon"):
            lines.append(("A4281", "Tubing for breast pump, replacement", float(r.randint(18, 34)) + .5, dos, None))
    billed = round(sum(x[2] for x in lines), 2)
    sup = {"oon": SUPPLIERS[1], "paid": SUPPLIERS[0]}.get(kind, r.choice(SUPPLIERS))
    mid_no = ("WHP" + r.digits(9)) if ins == WR else ("CMH-" + r.digits(4) + "-" + r.digits(5))
    return dict(kind=kind, ins=ins, ds=ds, ms=ms, app=app, lang=lang, notice=notice, delivery=delivery, lines=lines,
                billed=billed, sup=sup, member=f"{first} {mid}. {last}", baby=f"{BABIES[i]} {last}",
                mdob=dt.date(r.randint(1986, 2000), r.randint(1, 12), r.randint(1, 28)), mid=mid_no,
                grp=("G" + r.digits(6)) if ins == WR else r.letters(2) + r.digits(5), claim=r.digits(4) + r.letters(1)
                + r.digits(7), ob=r.choice(OBS), npi=r.npi(), phone=r.phone(), recv=notice - dt.timedelta(days=r.randint(6, 15)),
                addr=r.address(lang), prior=dos - dt.timedelta(days=r.randint(300, 520)), ref="AR-" + r.digits(8),
                by=notice + dt.timedelta(days=180))


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


REASON = {
    "oon": ("Out of network. {sup} is not a participating supplier with your plan. Your plan covers one breast pump "
            "per pregnancy at no cost when you get it from an in-network durable medical equipment supplier. This "
            "plan has no out-of-network benefits for durable medical equipment."),
    "second": ("Benefit limit reached. Your plan covers one personal-use breast pump per pregnancy (benefit period). "
               "Our records show a breast pump was already provided on {prior}. A second pump within the same benefit "
               "period is not covered."),
    "early": ("The date of service ({dos}) is before the delivery date on file for this pregnancy. The breast pump "
              "benefit is available once your baby is born; the claim cannot be paid as billed."),
    "rental": ("Prior authorization required. Rental of a hospital-grade breast pump (HCPCS E0604) requires prior "
               "authorization from the plan. We did not receive a request for prior authorization before the rental "
               "began, so the rental and related supplies were denied."),
}


def eob(f: dict) -> bytes:
    k = f["kind"]
    d = Page("Wrenfield Health Plan  -  This is not a bill  -  Page {p} of {n}")
    d.add_page()
    d.text_line("WRENFIELD", 22, "B", h=9)
    d.text_line("Health Plan  |  Member Services  |  P.O. Box 41882, Rockford, IL 61110", 8.3, h=4.4)
    d.rule(0.6, 3)
    d.text_line("Explanation of Benefits", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(1)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.ln(3)
    d.boxes([("Statement date", D(f, f["notice"]), 40), ("Member", f["member"], 52), ("Member ID", f["mid"], 42),
             ("Group", f["grp"], 40)])
    d.boxes([("Claim number", f["claim"], 50), ("Supplier", f["sup"], 80), ("Date received", D(f, f["recv"]), 44)])
    d.ln(3)
    d.para(f"Patient: {f['member']} (DOB {fmt_date(f['mdob'], 'slash')})   Newborn: {f['baby']}, born "
           f"{D(f, f['delivery'])}   Ordered by: {f['ob']}   Supplier NPI {f['npi']}", 8.6)
    rows = []
    paid_tot = 0.0
    for code, desc, amt, s, e in f["lines"]:
        allowed = 0.0 if k != "paid" else round(amt * 0.82, 2)
        paid_tot += allowed
        rows.append([fmt_date(s, "slash") + (" - " + fmt_date(e, "slash") if e else ""), code, desc[:44],
                     M(f, amt), M(f, allowed), M(f, amt if k == "oon" else 0), M(f, allowed), "" if k == "paid" else "D7"])
    rows.append(["*Claim total", "", "", M(f, f["billed"]), M(f, paid_tot), M(f, f["billed"] if k == "oon" else 0), M(f, paid_tot), ""])
    d.table(["Service date", "HCPCS", "Description", "Billed", "Allowed", "You owe", "Plan paid", "Note"], rows,
            [30, 14, 62, 17, 17, 15, 17, 10], size=7.4, aligns="LLLRRRRL", head_fill=True)
    if k == "paid":
        d.text_line("Notes", 9.5, "B", h=5.5)
        d.para("Preventive benefit: breast-feeding support equipment is covered at 100% with no deductible, copay or "
               "coinsurance when supplied in network. Payment was sent to the supplier. You owe $0.00.", 8.8)
    else:
        d.text_line("Note D7", 9.5, "B", h=5.5)
        d.para(REASON[k].format(sup=f["sup"], prior=D(f, f["prior"]), dos=D(f, f["lines"][0][3])), 8.8)
        d.text_line("Your right to appeal", 9.5, "B", h=5.5)
        if f["app"] == "notice":
            t = "You may appeal this decision within 180 days of the date of this statement."
        else:
            t = f"If you disagree, send us a written appeal no later than {D(f, f['by'])}."
        d.para(t + f" Write to Wrenfield Health Plan Appeals, P.O. Box 41890, Rockford, IL 61110, or call "
               f"{f['phone']} (TTY 711). You may also ask for an external review within 4 months of our final "
               "decision.", 8.8)
    d.text_line("Plan year 2026: deductible $0.00 of $1,500.00 met; out-of-pocket $412.60 of $6,000.00", 8, h=4.6)
    return pdf_bytes(d)


def letter(f: dict) -> bytes:
    k, es = f["kind"], f["lang"] == "es"
    d = Page(None)
    d.add_page()
    d.text_line("CALLOWAY MUTUAL", 17, "B", h=8)
    d.text_line("Health Insurance Company", 10, h=5)
    d.text_line("1450 Tessaly Parkway, Suite 300, Columbus, OH 43215", 8.2, h=4.2)
    d.rule(0.4, 5)
    d.text_line(fmt_date(f["notice"], "es" if es else f["ds"]), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    lab = (["Asunto", "Afiliada", "Número de identificación", "Grupo", "Número de reclamación", "Suplidor",
            "Fecha de servicio", "Cantidad facturada"] if es else
           ["RE", "Member", "Member ID", "Group number", "Claim number", "Supplier", "Date(s) of service",
            "Amount billed"])
    code, desc, amt, s, e = f["lines"][0]
    span = D(f, s) + (f" - {D(f, e)}" if e else "") if not es else fmt_date(s, "es") + (
        f" al {fmt_date(e, 'es')}" if e else "")
    rows = [(lab[0], "Reclamación de extractor de leche (" + code + ")" if es else "Breast pump claim (" + code + ")"),
            (lab[1], f["member"]), (lab[2], f["mid"]), (lab[3], f["grp"]), (lab[4], f["claim"]), (lab[5], f["sup"]),
            (lab[6], span), (lab[7], M(f, f["billed"]))]
    for a, b in rows:
        d.font(9.8, "B")
        d.cell(52, 5.2, a + ":")
        d.font(9.8)
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    if es:
        d.para(f"Estimada {f['member'].split()[0]}:", 10.3)
        d.para(f"Recibimos la reclamación de {f['sup']} por un extractor de leche eléctrico (código HCPCS {code}) "
               f"para usted. Hemos negado esta reclamación. Motivo: la fecha de servicio ({fmt_date(s, 'es')}) es "
               f"anterior a la fecha de parto registrada para este embarazo ({fmt_date(f['delivery'], 'es')}, "
               f"nacimiento de {f['baby']}). El beneficio de extractor de leche está disponible después del "
               "nacimiento de su bebé.", 10.3)
        d.para(f"Su médico: {f['ob']}. NPI del suplidor: {f['npi']}. Reclamación recibida el "
               f"{fmt_date(f['recv'], 'es')}.", 9.5)
        d.text_line("Su derecho a apelar", 11, "B", h=6)
        d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Envíe su "
               "apelación por escrito a Calloway Mutual, Departamento de Apelaciones, 1450 Tessaly Parkway, Columbus, "
               f"OH 43215, o llame al {f['phone']} (TTY 711). Servicios de idiomas gratuitos.", 10.3)
        d.para("Atentamente,\nDepartamento de Reclamaciones de Calloway Mutual", 10.3)
    else:
        d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10.3)
        d.para(f"We reviewed the claim from {f['sup']} for breast-feeding equipment ordered by {f['ob']} after the "
               f"birth of {f['baby']} on {D(f, f['delivery'])}. We have denied this claim.", 10.3)
        d.text_line("Why we denied it", 11, "B", h=6)
        d.para(REASON[k].format(sup=f["sup"], prior=D(f, f["prior"]), dos=D(f, s)), 10.3)
        if k == "rental":
            d.para(f"Related supplies (A4281 tubing) billed with the rental were also denied. Reference {f['ref']}. "
                   "Your doctor may submit a prior authorization request now; approved rentals can be reprocessed.",
                   10.3)
        d.text_line("Your appeal rights", 11, "B", h=6)
        if f["app"] == "notice":
            t = "You have the right to appeal. Your appeal must be received within 180 days of the date of this letter."
        else:
            t = f"You have the right to appeal. Please send your appeal by {D(f, f['by'])}."
        d.para(t + " Send it to Calloway Mutual Appeals Unit, 1450 Tessaly Parkway, Columbus, OH 43215, or call "
               f"{f['phone']}. Claim received {D(f, f['recv'])}. If your situation is urgent you may ask for an "
               "expedited review (decision within 72 hours).", 10.3)
        d.para("Sincerely,\nClaims Review Department\nCalloway Mutual Health Insurance Company", 10.3)
    return pdf_bytes(d)


DEN = {"oon": "out_of_network", "second": "not_covered", "early": "not_covered", "rental": "prior_authorization",
       "paid": None}
DALT = {"second": ["other"], "early": ["other", "eligibility", "coding_error"], "oon": [], "rental": [], "paid": []}


def make_truth(f: dict, doc_type: str) -> dict:
    k = f["kind"]
    ok = k == "paid"
    dl = None if ok else iso(f["by"])
    svc = sorted({iso(s, e) if e else iso(s) for _, _, _, s, e in f["lines"]})
    alts = {"provider": [f["ob"]]}
    if f["kind"] == "rental":
        alts["service_dates"] = [[iso(f["lines"][0][3], f["lines"][0][4])]]
    t = truth(doc_type, DEN[k], f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=svc,
              denial_date=iso(f["notice"]), provider=f["sup"], appeal_deadline=dl, alternates=alts,
              denial_alternates=DALT[k], type_alternates=["other"] if ok else [])
    if k == "rental":
        t["fields"]["case_numbers"] = [f["claim"], f["ref"]]
        t["alternates"]["case_numbers"] = [[f["claim"]]]
    if ok:
        t["alternates"]["appeal_deadline"] = [None]
    return t


# (stem, condition, kind, issuer, date style, money style, appeal wording, lang)
PLAN = [
    ("breast_pump_maternity_dme_claim_denial_bd_eob_out_of_network", "born_digital", "oon", WR, "long", "plain", "notice", "en"),
    ("breast_pump_maternity_dme_claim_denial_bd_eob_paid_in_full", "born_digital", "paid", WR, "slash", "plain", "notice", "en"),
    ("breast_pump_maternity_dme_claim_denial_scan_letter_hospital_grade_pa", "scan_clean_300", "rental", CA, "long", "plain", "date", "en"),
    ("breast_pump_maternity_dme_claim_denial_lowres_eob_second_pump", "scan_lowres_150", "second", WR, "iso", "nosign", "date", "en"),
    ("breast_pump_maternity_dme_claim_denial_copy_carta_antes_del_parto", "photocopy", "early", CA, "es", "plain", "notice", "es"),
    ("breast_pump_maternity_dme_claim_denial_faxf_letter_out_of_network", "fax_fine_g4", "oon", CA, "abbr", "usd", "notice", "en"),
    ("breast_pump_maternity_dme_claim_denial_photo_letter_before_delivery", "phone_photo", "early", CA, "dmy", "plain", "date", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app, lang) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms, app, lang)
        pdf, dt_ = (eob(f), "eob") if ins == WR else (letter(f), "denial_letter")
        items.append(Item(stem, cond, [(pdf, make_truth(f, dt_))]))
    return items
