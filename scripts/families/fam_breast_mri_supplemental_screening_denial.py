"""Family 'breast_mri_supplemental_screening_denial': plan letters and EOBs on supplemental breast cancer screening
for dense breasts (77049 breast MRI, 76641 / 76642 screening ultrasound) - denied as not meeting high-risk criteria
(calculated lifetime risk under 20%), denied because the radiology benefit manager's prior authorization was never
obtained, excluded under a self-funded plan that the state dense-breast mandate does not reach, paid under the state
mandate with cost sharing waived, or paid with the deductible applied and a second screening in the year denied.
The imaging center is the provider; the ordering OB-GYN, the radiology benefit manager (Northstar Radiology Benefit
Management, a decoy insurer), the date of birth, the mammogram date, the claim-received date and NPIs are decoys.
One paid EOB, one Spanish EOB. All values invented.

Issuers: Thistlebrook Health Plan (letters and EOBs), Seguros Alameda Salud (Spanish EOB).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "breast_mri_supplemental_screening_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TB, SA = "Thistlebrook Health Plan", "Seguros Alameda Salud"
RBM = "Northstar Radiology Benefit Management"
FIRST = ["Annika", "Folasade", "Rosalind", "Thuy", "Magdalena", "Kiri", "Delphine", "Shirin", "Cordelia", "Yuki"]
LAST = ["Brennan-Hale", "Adeyemi", "Castellano", "Nguyen-Ross", "Wojcik", "Tamihana", "Lacroix", "Farahani",
        "Ellingsworth", "Morioka"]
FIRST_ES = ["Maricela", "Yesenia", "Rocío", "Anabel"]
LAST_ES = ["Cárdenas", "Olivares", "Quiñones", "Barragán"]
CENTERS = ["Bayridge Women's Imaging Center", "Clearwater Breast Health Imaging", "Lumina Breast Diagnostic Center",
           "Harborlight Radiology Associates"]
OBGYN = ["Cecilia R. Vantongeren, MD", "Kwabena O. Mensah, MD", "Ilse M. Grunwald, DO", "Priya S. Venkataraman, MD"]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def D(f, d):
    return fmt_date(d, f["ds"])


def M(v):
    return fmt_money(v)


def facts(r, ins, ds, es=False):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    svc = notice - dt.timedelta(days=r.randint(18, 50))
    return dict(ins=ins, ds=ds, notice=notice, svc=svc, received=svc + dt.timedelta(days=r.randint(3, 9)),
                mammo=svc - dt.timedelta(days=r.randint(20, 60)),
                dob=dt.date(r.randint(1966, 1990), r.randint(1, 12), r.randint(1, 27)),
                member=(f"{r.choice(FIRST_ES)} {r.choice('ABCDEGLMNR')}. {r.choice(LAST_ES)}" if es else
                        f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"),
                mid=("TBH" + dig(r, 9)) if ins == TB else ("ASL-" + dig(r, 8)),
                group=("TB" + dig(r, 6)) if ins == TB else ("GA-" + dig(r, 4)),
                center=r.choice(CENTERS), obgyn=r.choice(OBGYN), npi=r.choice("12") + dig(r, 9),
                claim=dig(r, 4) + "-" + dig(r, 7) if ins == TB else dig(r, 12), rbmref="NRB" + dig(r, 8),
                phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}")


def head(d, f):
    if f["ins"] == TB:
        d.set_fill_color(70, 70, 70)
        d.ellipse(d.l_margin, d.get_y(), 11, 11, "F")
        d.set_x(d.l_margin + 14)
        d.font(16, "B")
        d.cell(0, 6.5, TB, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 14)
        d.font(8.3)
        d.cell(0, 5, f"1180 Fernbrake Boulevard, Suite 300, Ashgrove, KY 40372  |  Member Services {f['phone']}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(5)
    else:
        d.text_line("SEGUROS ALAMEDA SALUD", 16, "B", "C")
        d.text_line(f"PO Box 44190, San Antonio, TX 78216  -  Servicios al Afiliado {f['phone']}", 8.5, "", "C")
        d.rule(1.0)
        d.ln(2)


def kv(d, rows, w1=48, size=9.5):
    for a, b in rows:
        d.font(size - 1)
        d.cell(w1, 5.1, a)
        d.font(size, "B")
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addr(d, f):
    rr = random.Random(f["claim"])
    for ln in (f["member"], f"{rr.randint(20, 990)} {rr.choice(['Kestrel Run', 'Larchmont Way', 'Cobble Hill Rd'])}",
               rr.choice(["Ashgrove, KY 40373", "Pell City, KY 40511", "Marlow Falls, KY 41017"])):
        d.text_line(ln, 10)
    d.ln(4)


REASONS = {
    "risk": ("We denied this service as not medically necessary. The plan covers screening breast MRI for members "
             "at high risk of breast cancer: a calculated lifetime risk of 20% or more (Tyrer-Cuzick or a similar "
             "model), a known BRCA1/BRCA2 or other high-risk gene mutation, or chest radiation before age 30. The "
             "records from {obgyn} show heterogeneously dense breasts (BI-RADS density C) and a calculated lifetime "
             "risk of {risk}%. Dense breast tissue alone does not meet the high-risk criteria in medical policy "
             "RAD-114, Breast MRI for Screening."),
    "rbm": ("We denied this claim because the service needed prior authorization and none was on file. "
            "Thistlebrook uses " + RBM + " to review advanced imaging (MRI, CT, PET) before it is done. Northstar "
            "has no authorization for this MRI; its reference {rbmref} shows a request opened by {obgyn}'s office "
            "that was closed without the clinical information. The imaging center is in network and may not bill "
            "you for this service."),
    "selffunded": ("We denied this service because it is not a covered benefit under your plan. Your employer's "
                   "plan is self-funded, so the state law that requires coverage of supplemental screening for "
                   "dense breasts does not apply to it. The plan covers a screening mammogram each year; a "
                   "screening breast ultrasound without symptoms or an abnormal mammogram is excluded "
                   "(Summary Plan Description, Exclusions, item 14)."),
}


def letter(d, f, kind, code, desc, amount, dl):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("Notice of Claim Denial", 13, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Date of birth:", D(f, f["dob"])), ("Member ID:", f["mid"]),
           ("Group number:", f["group"]), ("Claim number:", f["claim"]),
           ("Imaging center:", f"{f['center']} (NPI {f['npi']})"), ("Ordered by:", f["obgyn"] + " (OB-GYN)"),
           ("Service:", f"{code} {desc}"), ("Date of service:", D(f, f["svc"])), ("Amount billed:", M(amount)),
           ("Claim received:", D(f, f["received"]))])
    d.para(REASONS[kind].format(obgyn=f["obgyn"], risk=f.get("risk", ""), rbmref=f["rbmref"]))
    if kind != "rbm":
        d.para(f"Your screening mammogram on {D(f, f['mammo'])} was covered in full as a preventive service.", 9.8)
    if dl == "date":
        d.para(f"Your right to appeal: you or your doctor may appeal this decision. We must receive your appeal by "
               f"{D(f, f['dead'])}. Send it to Thistlebrook Appeals, PO Box 2290, Ashgrove, KY 40372, or fax "
               f"1-859-{dig(random.Random(f['claim']), 3)}-0144.", 9.8)
    else:
        d.para("Your right to appeal: you or your doctor may appeal this decision within 180 days of the date of "
               "this letter. Send it to Thistlebrook Appeals, PO Box 2290, Ashgrove, KY 40372.", 9.8)
    d.para("If your situation is urgent, ask for an expedited appeal; we decide those within 72 hours. After our "
           "final decision you may ask for external review by an independent review organization within 4 months.",
           8.8)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Claims Review Unit, " + TB, 10)


def eob(d, f, lines, note, legend, es=False):
    """lines: (code, desc, billed, allowed, ded, coins, paid, remark)."""
    d.add_page()
    head(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("Esto no es una factura" if es else "This is not a bill", 8.5)
    d.ln(2)
    if es:
        rows = [("Fecha de emisión:", D(f, f["notice"])), ("Afiliada:", f["member"]), ("Nº de afiliado:", f["mid"]),
                ("Grupo:", f["group"]), ("Nº de reclamación:", f["claim"]),
                ("Proveedor:", f"{f['center']} (NPI {f['npi']})"), ("Médico que ordenó:", f["obgyn"]),
                ("Reclamación recibida:", D(f, f["received"]))]
        head_row = ["Fecha", "Código", "Servicio", "Facturado", "Permitido", "Deducible", "Coaseguro", "Pagado", "Nota"]
    else:
        rows = [("Statement date:", D(f, f["notice"])), ("Patient:", f["member"]), ("Member ID:", f["mid"]),
                ("Group:", f["group"]), ("Claim number:", f["claim"]),
                ("Provider:", f"{f['center']} (NPI {f['npi']})"), ("Referring physician:", f["obgyn"]),
                ("Received:", D(f, f["received"]))]
        head_row = ["Date", "Code", "Service", "Billed", "Allowed", "Deductible", "Coinsurance", "Plan paid", "Remark"]
    kv(d, rows, 44)
    t = [0.0] * 6
    body = []
    for code, desc, *vals, rem in lines:
        body.append([fmt_date(f["svc"], "es_abbr") if es else D(f, f["svc"]), code, desc] + [M(v) for v in vals] + [rem])
        t = [a + b for a, b in zip(t, vals)]
    body.append(["*" + ("Totales" if es else "Totals"), "", ""] + [M(v) for v in t[:5]] + [""])
    d.table(head_row, body, [20, 12, 38, 19, 18, 18, 19, 18, 12], 7.8, "LLLRRRRRL")
    you = {"deny": t[0], "auth": 0.0, "part": t[2] + t[3] + lines[-1][2]}.get(note, t[2] + t[3])
    d.text_line(("Su responsabilidad: " if es else "Your responsibility: ") + M(you), 10, "B")
    d.ln(2)
    for ln in legend:
        d.para(ln, 8.7, 1.5)
    d.ln(1)
    if es:
        d.para("Derecho a apelar: si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta "
               f"explicación. Escriba a Apelaciones, {SA}, PO Box 44191, San Antonio, TX 78216.", 8.8)
    else:
        d.para("Appeals: if you disagree with how this claim was processed, you may appeal within 180 days of the "
               f"date of this statement. Call {f['phone']} or write to Thistlebrook Appeals, PO Box 2290, "
               "Ashgrove, KY 40372.", 8.8)
    return t[0]


def build(seed, form, ins, ds, es=False, **kw):
    r = random.Random(seed)
    f = facts(r, ins, ds, es)
    f["risk"] = kw.get("risk")
    f["dead"] = f["notice"] + dt.timedelta(days=180)
    d = Page()
    dtype, alts, dalt, cases = "denial_letter", {}, [], [f["claim"]]
    if form == "letter":
        kind = kw["kind"]
        code, desc = kw["svc"]
        amount = kw["amount"]
        letter(d, f, kind, code, desc, amount, kw.get("dl", "days"))
        denial = {"risk": "medical_necessity", "rbm": "prior_authorization", "selffunded": "not_covered"}[kind]
        dalt = {"risk": ["not_covered"], "rbm": [], "selffunded": ["medical_necessity"]}[kind]
        if kind == "rbm":  # Northstar's reference of the closed request is an authorization-request number
            alts = {"case_numbers": [[f["claim"], f["rbmref"]]]}
        dead = f["dead"]
    elif form == "eob_paid":
        lines = [("77049", "Breast MRI, bilateral", kw["amount"], kw["allowed"], 0.0, 0.0, kw["allowed"],
                  "DB1")]
        amount = eob(d, f, lines, "paid", [
            "DB1 - Supplemental breast imaging for dense breast tissue is covered under state law (dense breast "
            "notification and coverage act). Deductible, copay and coinsurance are waived for this service.",
            "The difference between the billed and allowed amounts is a network discount; you do not owe it."])
        dtype, denial, dead = "eob", None, f["dead"]
        alts = {"appeal_deadline": [None]}
    elif form == "eob_auth":
        lines = [("77049", "Breast MRI, bilateral", kw["amount"], 0.0, 0.0, 0.0, 0.0, "PA7"),
                 ("A9577", "Gadobenate, per mL", kw["contrast"], 0.0, 0.0, 0.0, 0.0, "PA7")]
        amount = eob(d, f, lines, "auth", [
            f"PA7 - This service requires prior authorization from {RBM}, the plan's radiology benefit manager. "
            "No authorization was found for this date of service. The in-network provider may not bill you for "
            "these charges.", f"Northstar reference: {f['rbmref']}"])
        dtype, denial, dead = "eob", "prior_authorization", f["dead"]
        alts = {"claim_amount": [m2(kw["amount"])], "case_numbers": [[f["claim"], f["rbmref"]]]}
    elif form == "eob_partial":
        lines = [("77049", "Breast MRI, bilateral", kw["amount"], kw["allowed"], kw["ded"], 0.0,
                  kw["allowed"] - kw["ded"], "DB2"),
                 ("76641", "Breast US, bilateral", kw["us"], 0.0, 0.0, 0.0, 0.0, "FQ3")]
        amount = eob(d, f, lines, "part", [
            "DB2 - Covered under the state dense breast mandate. Your plan is a high-deductible health plan, so the "
            "deductible applies to this service before the plan pays.",
            "FQ3 - The plan covers one supplemental breast screening exam per calendar year. A breast MRI was paid "
            "on this claim; the screening ultrasound on the same day is not covered. You may owe this amount."])
        dtype, denial, dead = "eob", "not_covered", f["dead"]
        dalt = ["other"]
        alts = {"claim_amount": [m2(kw["us"])]}
    else:  # Spanish EOB, risk under 20%
        lines = [("77049", "RM de mama bilateral", kw["amount"], 0.0, 0.0, 0.0, 0.0, "RS4")]
        amount = eob(d, f, lines, "deny", [
            "RS4 - No médicamente necesario. El plan cubre la resonancia magnética (RM) de mama de detección solo "
            "para afiliadas de alto riesgo: riesgo de por vida calculado de 20% o más, mutación genética conocida "
            "o radiación en el tórax antes de los 30 años. El riesgo de por vida indicado por su médico es de "
            f"{kw['risk']}%. El tejido mamario denso por sí solo no cumple los criterios."], es=True)
        dtype, denial, dead = "eob", "medical_necessity", f["dead"]
        dalt = ["not_covered"]
    t = truth(dtype, denial, lang="es" if es else "en", insurer=ins, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=cases, claim_amount=m2(amount), service_dates=[iso(f["svc"])],
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=iso(dead), alternates=alts,
              denial_alternates=dalt, type_alternates=["denial_letter"] if dtype == "eob" else [])
    return f, pdf_bytes(d), t


MRI = ("77049", "MRI, breast, bilateral, without and with contrast")


def documents(rng: random.Random) -> list[Item]:
    out = []
    _, p, t = build(192500, "letter", TB, "long", kind="risk", svc=MRI, amount=2840.00, risk="14.6")
    out.append(Item(f"{FAMILY}_letter_risk_under_20", "born_digital", [(p, t)]))
    _, p, t = build(192501, "eob_paid", TB, "slash", amount=2315.00, allowed=1186.40)
    out.append(Item(f"{FAMILY}_eob_paid_mandate_waived", "scan_clean_300", [(p, t)]))
    _, p, t = build(192502, "eob_auth", TB, "abbr", amount=3120.50, contrast=96.00)
    out.append(Item(f"{FAMILY}_eob_no_rbm_authorization", "photocopy", [(p, t)]))
    _, p, t = build(192503, "letter", TB, "iso", kind="selffunded",
                    svc=("76641", "Ultrasound, breast, complete, bilateral (screening)"), amount=612.00, dl="date")
    out.append(Item(f"{FAMILY}_letter_selffunded_ultrasound", "born_digital", [(p, t)]))
    _, p, t = build(192504, "eob_es", SA, "es", es=True, amount=2675.00, risk="11.8")
    out.append(Item(f"{FAMILY}_eob_es_riesgo_menor_20", "scan_lowres_150", [(p, t)]))
    _, p, t = build(192505, "eob_partial", TB, "dmy", amount=2490.00, allowed=1302.75, ded=1302.75, us=545.00)
    out.append(Item(f"{FAMILY}_eob_deductible_applied_us_denied", "phone_photo", [(p, t)]))
    _, p, t = build(192506, "letter", TB, "mdy_nopad", kind="rbm", svc=MRI, amount=2960.00, dl="date")
    out.append(Item(f"{FAMILY}_letter_rbm_auth_missing", "rotated", [(p, t)]))
    return out
