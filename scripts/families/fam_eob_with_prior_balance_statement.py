"""Family 'eob_with_prior_balance_statement': member statements that are an explanation of benefits and a bill at
once: the claims processed this period (one denied, or none), a running member balance (previous balance from the
last statement, payments received, new member responsibility, balance due by a due date), a plan-year accumulator
section (deductible met, out-of-pocket met), and a payment coupon stub at the bottom with decoy amounts and dates.

Issuers: Baronia Health Cooperative ("BARONIA" logo word over "Health Cooperative", member-services line) and Anglona
Mutual Health Plan (parent line "A Planargia Financial Group company", return address block). Kinds: a household
statement with an out-of-network claim denied; a statement with everything paid (deductible met); a cosmetic service
not covered (plain words); a duplicate claim; a Spanish statement with a dependent not covered on the date of
service; a claim filed too late; a service judged not medically necessary on a statement where the out-of-pocket
maximum is met, with a printed appeal date. Decoys: the account number, previous statement date and balance, payment
received date, due date, amount due and amount enclosed, paid claims of other family members, plan paid, the OCR
scan line, the external-review time limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundu_famua import Page, address, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "eob_with_prior_balance_statement"
LANG = "en"
BAR, ANG = "Baronia Health Cooperative", "Anglona Mutual Health Plan"
PROVIDERS = ["Gallura Family Medicine", "Dr. Ottavio N. Caprera", "Logudoro Imaging Associates",
             "Dr. Speranza L. Asinara", "Mandrolisai Dermatology", "Campidano Urgent Care", "Dr. Felicita R. Nulvi"]
SERVICES = [("99214", "Office visit, est. patient"), ("73721", "MRI knee without contrast"),
            ("15823", "Blepharoplasty, upper lid"), ("80053", "Comprehensive metabolic panel"),
            ("97110", "Therapeutic exercise"), ("99284", "Emergency dept visit"), ("93306", "Echocardiogram")]
# three label sets: (statement date, account, member id, group, claim, provider, patient)
LABELS = [("Statement date", "Account number", "Member ID", "Group", "Claim number", "Provider", "Patient"),
          ("Date of statement", "Account #", "ID #", "Group no.", "Claim #", "Rendering provider", "Member"),
          ("Statement issued", "Billing account", "Subscriber ID", "Employer group", "Claim ID", "Provider of service",
           "For")]
REMARK = {"oon": ("N4", "The provider is not in your plan's network. Your plan does not pay for care outside the "
                        "network except emergencies."),
          "cosmetic": ("C2", "We did not pay for this service because it was done to improve appearance. Your plan "
                             "does not pay for that kind of surgery."),
          "dup": ("D1", "Duplicate claim: this service was already billed on an earlier claim that we processed."),
          "late": ("T9", "Claim received after the 365-day filing limit. Timely filing limit expired."),
          "medn": ("M5", "Not medically necessary: the records do not show that this test was needed for the "
                         "symptoms reported."),
          "es": ("E3", "El paciente no tenía cobertura en la fecha del servicio: la cobertura del dependiente "
                       "terminó antes de esa fecha.")}


def claim(r: random.Random, start: dt.date, patient: str, prov: str, svc: int, nlines: int, denied: bool) -> dict:
    lines, d = [], start
    for k in range(nlines):
        code, desc = SERVICES[(svc + k) % len(SERVICES)]
        billed = money(r, 140, 2400)
        allowed = 0.0 if denied else round(billed * r.choice([0.55, 0.6, 0.72]), 2)
        you = billed if denied else round(allowed * 0.2, 2)
        lines.append(dict(date=d, code=code, desc=desc, billed=billed, allowed=allowed,
                          paid=0.0 if denied else round(allowed - you, 2), you=you))
        d = days(d, r.choice([0, 7, 14]))
    return dict(no=mixed(r, "99999A999999"), patient=patient, prov=prov, lines=lines, denied=denied,
                billed=round(sum(x["billed"] for x in lines), 2), you=round(sum(x["you"] for x in lines), 2))


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lab: int, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    stmt = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 230))
    sub, dep = person(r, lang), person(r, lang)
    provs = r.sample(PROVIDERS, 3)
    start = days(stmt, -r.randint(25, 50))
    if kind == "late":
        start = days(stmt, -r.randint(400, 460))
    patient = dep if kind in ("es", "cosmetic", "dup") else sub
    claims = []
    if kind != "paid":
        claims.append(claim(r, days(stmt, -r.randint(20, 40)), sub if patient == dep else dep, provs[0], 0, 1, False))
    den = kind != "paid"
    claims.append(claim(r, start, patient, provs[1], {"oon": 1, "cosmetic": 2, "dup": 4, "late": 5, "medn": 6,
                                                      "es": 3, "paid": 1}[kind], 2 if kind in ("dup", "medn") else 1,
                        den))
    r.shuffle(claims)
    prev = money(r, 40, 400)
    pay = round(prev if r.random() < 0.6 else prev - money(r, 5, 30), 2)
    new = round(sum(c["you"] for c in claims), 2)
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, L=LABELS[lab], app=app, lang=lang, stmt=stmt, sub=sub,
             patient=patient, claims=claims, addr=address(r, lang), mid=mixed(r, "BHC999999999") if ins == BAR
             else mixed(r, "AMH-99999999"), grp=digits(r, 6) if ins == BAR else mixed(r, "G99A9"),
             acct=digits(r, 10), prev=prev, prev_date=days(stmt, -30), pay=pay, pay_date=days(stmt, -r.randint(8, 20)),
             new=new, due=days(stmt, 25), ph=phone(r), by=days(stmt, 180),
             ded=(1500.0, 1500.0 if kind in ("paid", "medn") else money(r, 200, 1400)),
             oop=(6000.0, 6000.0 if kind == "medn" else money(r, 1500, 4500)),
             fd=(lambda x: fdate(x, "es")) if lang == "es" else (lambda x: fdate(x, ds)))
    f["bal"] = round(prev - pay + new, 2)
    f["den"] = [c for c in claims if c["denied"]]
    f["main"] = f["den"][0] if f["den"] else claims[0]
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == BAR:
        d.text_line("BARONIA", 22, "B", h=9)
        d.text_line("Health Cooperative", 10, h=5)
        d.rule(0.7, 1)
        d.text_line(f"Baronia Health Cooperative  ·  Member Services {f['ph']}  ·  TTY 711", 8, h=4)
    else:
        d.text_line("A Planargia Financial Group company", 8, h=4)
        d.text_line(ANG, 15, "B", h=7.5)
        for ln in ["Member Billing & Claims", "PO Box 51907", "Scottsbluff, NE 69361"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.4, 1)
    d.ln(2)


def claims_table(d: Page, f: dict, es: bool) -> None:
    ms = f["ms"]
    L = f["L"]
    for c in f["claims"]:
        d.set_font("DejaVu", "B", 8.8)
        pl = "Paciente" if es else L[6]
        cl = "Reclamación" if es else L[4]
        pv = "Proveedor" if es else L[5]
        d.cell(0, 5, f"{cl}: {c['no']}   {pl}: {c['patient']}   {pv}: {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        head = (["Fecha", "Código", "Servicio", "Facturado", "Permitido", "Plan pagó", "Usted debe", "Nota"] if es
                else ["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Remark"])
        rows = [[fdate(x["date"], "short"), x["code"], x["desc"], usd(x["billed"], ms), usd(x["allowed"], ms),
                 usd(x["paid"], ms), usd(x["you"], ms), REMARK[f["kind"]][0] if c["denied"] else ""]
                for x in c["lines"]]
        if len(c["lines"]) > 1:
            rows.append(["*Total", "", "", usd(c["billed"], ms), usd(sum(x["allowed"] for x in c["lines"]), ms),
                         usd(sum(x["paid"] for x in c["lines"]), ms), usd(c["you"], ms), ""])
        d.table(head, rows, [18, 14, 50, 22, 22, 21, 21, 14], size=7.8, aligns="LLLRRRRL", head_fill=True)


def account(d: Page, f: dict, es: bool) -> None:
    ms, fd = f["ms"], f["fd"]
    d.head("Su cuenta" if es else "Your account with us", 10)
    rows = ([("Saldo anterior (estado del " + fd(f["prev_date"]) + ")", usd(f["prev"], ms)),
             ("Pago recibido el " + fd(f["pay_date"]), "-" + usd(f["pay"], ms)),
             ("Nueva responsabilidad del afiliado", usd(f["new"], ms)),
             ("Saldo a pagar", usd(f["bal"], ms)), ("Fecha de vencimiento", fd(f["due"]))] if es else
            [(f"Previous balance (statement of {fd(f['prev_date'])})", usd(f["prev"], ms)),
             (f"Payment received {fd(f['pay_date'])} - thank you", "-" + usd(f["pay"], ms)),
             ("New member responsibility this period", usd(f["new"], ms)),
             ("Balance due", usd(f["bal"], ms)), ("Please pay by", fd(f["due"]))])
    d.kv(rows, lw=110, size=8.8, h=4.6)
    d.head("Acumulados del año del plan" if es else "Plan-year accumulators (in network)", 10)
    (dm, dn), (om, on) = f["ded"], f["oop"]
    if es:
        d.kv([("Deducible", f"{usd(dn, ms)} de {usd(dm, ms)} cumplido"),
              ("Máximo de gastos de bolsillo", f"{usd(on, ms)} de {usd(om, ms)} cumplido")], lw=70, size=8.8, h=4.6)
    else:
        d.kv([("Deductible", f"{usd(dn, ms)} of {usd(dm, ms)} met" + (" - deductible met" if dn >= dm else "")),
              ("Out-of-pocket maximum", f"{usd(on, ms)} of {usd(om, ms)} met" +
               (" - out-of-pocket maximum met" if on >= om else ""))],
             lw=70, size=8.8, h=4.6)
    d.ln(2)


def coupon(d: Page, f: dict, es: bool) -> None:
    ms, fd = f["ms"], f["fd"]
    if d.get_y() > 215:
        d.add_page()
    d.set_y(max(d.get_y() + 2, 212))
    d.set_dash_pattern(dash=1.5, gap=1.2)
    d.line(14, d.get_y(), 202, d.get_y())
    d.set_dash_pattern()
    d.ln(1)
    d.text_line("Desprenda y devuelva esta parte con su pago" if es else
                "Detach and return this portion with your payment", 7.8, h=4.5)
    d.boxes([("Cuenta" if es else "Account number", f["acct"], 36),
             ("Fecha del estado" if es else "Statement date", fd(f["stmt"]), 44),
             ("Monto a pagar" if es else "Amount due", usd(f["bal"], ms), 30),
             ("Vence" if es else "Due date", fd(f["due"]), 44),
             ("Monto incluido" if es else "Amount enclosed", "$", 34)])
    d.ln(2)
    for ln in ["Remit to: " + f["ins"], "PO Box 51930" if f["ins"] == ANG else "PO Box 27744",
               "Scottsbluff, NE 69361" if f["ins"] == ANG else "Liberal, KS 67901"]:
        d.text_line(ln, 8.4, h=4.2)
    d.ln(2)
    d.text_line(f"<{f['acct']}< {f['bal']:.2f}".replace(".", "") + f" {fdate(f['due'], 'short').replace('/', '')}<",
                9, h=5)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    L, fd = f["L"], f["fd"]
    d = Page(("Esto combina su EOB y su factura" if es else "Member statement and explanation of benefits")
             + ("   Página {p} de {n}" if es else "   Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line("ESTADO DE CUENTA Y EXPLICACIÓN DE BENEFICIOS" if es else
                "MEMBER STATEMENT & EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.ln(2)
    if es:
        d.boxes([("Fecha del estado", fdate(f["stmt"], "es"), 46), ("Número de afiliado", f["mid"], 44),
                 ("Grupo", f["grp"], 34), ("Cuenta", f["acct"], 40)])
    else:
        d.boxes([(L[0], fd(f["stmt"]), 44), (L[2], f["mid"], 44), (L[3], f["grp"], 34), (L[1], f["acct"], 40)])
    d.ln(3)
    d.head("Reclamaciones procesadas en este período" if es else "Claims processed this period", 10)
    claims_table(d, f, es)
    if f["den"]:
        code, txt = REMARK[f["kind"]]
        d.para(f"{code}  {txt}", 8.6)
    else:
        d.para("All services on this statement were covered. Your share is your coinsurance after the deductible.",
               8.6)
    account(d, f, es)
    if f["den"]:
        d.head("Cómo apelar" if es else "How to appeal", 10)
        t = ("Puede apelar dentro de 180 días a partir de la fecha de este estado de cuenta." if es else
             {"180": "You may appeal a denied claim within 180 days of the date of this statement.",
              "date": f"To appeal the denied claim, we must receive your request by {fd(f['by'])}.",
              "recv": "You have 180 days after you receive this statement to ask for an appeal."}[f["app"]])
        d.para(t + (" Después puede pedir una revisión externa dentro de 4 meses." if es else
                    " Paying the balance due does not affect your right to appeal. You may ask for an external "
                    "review within 4 months of our final decision.") + f" {f['ph']} (TTY 711)", 8.6)
    coupon(d, f, es)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, c = f["kind"], f["main"]
    ok = k == "paid"
    alts: dict = {}
    dl = None if ok else {"180": iso(days(f["stmt"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["stmt"], 180))]
    den = {"oon": ("out_of_network", []), "cosmetic": ("not_covered", []), "dup": ("other", []),
           "late": ("timely_filing", []), "medn": ("medical_necessity", []), "es": ("eligibility", []),
           "paid": (None, [])}[k]
    return truth("eob", den[0], f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=c["patient"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]),
                 service_dates=[iso(x["date"]) for x in c["lines"]], denial_date=iso(f["stmt"]), provider=c["prov"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=den[1])


# (stem, condition, kind, insurer, date style, money style, label set, appeal wording)
PLAN = [
    ("eob_with_prior_balance_statement_bd_out_of_network", "born_digital", "oon", BAR, "long", "plain", 0, "180"),
    ("eob_with_prior_balance_statement_bd_all_paid", "born_digital", "paid", ANG, "slash", "nosign", 1, "180"),
    ("eob_with_prior_balance_statement_scan_cosmetic", "scan_clean_300", "cosmetic", ANG, "abbr", "plain", 2, "recv"),
    ("eob_with_prior_balance_statement_lowres_duplicate", "scan_lowres_150", "dup", BAR, "dmy", "usd", 1, "180"),
    ("eob_with_prior_balance_statement_rot_spanish", "rotated", "es", BAR, "es", "plain", 0, "180"),
    ("eob_with_prior_balance_statement_faxf_late_filing", "fax_fine_g4", "late", ANG, "iso", "bare", 0, "180"),
    ("eob_with_prior_balance_statement_faxs_oop_met", "fax_standard_g4", "medn", BAR, "slash", "plain", 2, "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, lab, app) in enumerate(PLAN):
        f = facts(random.Random(98200 + i), kind, ins, ds, ms, lab, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
