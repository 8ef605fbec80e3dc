"""Family 'accumulator_panel_eob': a high-deductible (HSA-qualified) plan's EOB with deductible and out-of-pocket
accumulator panels (in-network and out-of-network, individual and family: limit, met, remaining), an HSA note, and a
claim table in which one line is denied; one statement where everything went to the deductible (nothing denied).

Insurers (fictional): Lannion Health Assurance Company (return-address block), Penven Health Plan, Inc. (logo word
"PENVEN" over a rule), Plouha Health Insurance Company (parent line "A Cornouaille Financial company"; prints a Plan
ID). HSA custodian named in the note: Loudeac Trust Company (decoy organisation).
Decoys: every accumulator amount, the accumulators' "as of" date, the claims-processed period, the HSA amounts and
account ending, the received date, NPI, a paid claim beside the denied one, allowed / deductible / coinsurance /
plan paid / you owe amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import fmt_date, pdf_bytes, truth
from kit_roundaf_famfc import (CLINICIANS, Page, address, days, fdate, iso, kin, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, usd)

FAMILY = "accumulator_panel_eob"
LANG = "en"
PLANS = {
    "lna": dict(name="Lannion Health Assurance Company", style="block",
                line2="Claims Service Center | PO Box 2290 | Battle Mountain, NV 89820", mid="LHA9999999",
                claim="9999-999999-99", grp="999999", plan=None, product="Lannion Saver HSA 3400",
                ded=(3400, 6800, 6800, 13600), oop=(7000, 14000, 14000, 28000)),
    "pen": dict(name="Penven Health Plan, Inc.", style="logo", logo="PENVEN",
                line2="Claims Office | PO Box 881 | Lovelock, NV 89419", mid="PV-99999999", claim="P99999999999",
                grp="GRP-99999", plan=None, product="Penven Bronze HSA 6500",
                ded=(6500, 13000, 13000, 26000), oop=(8050, 16100, 16100, 32200)),
    "plo": dict(name="Plouha Health Insurance Company", style="parent", parent="A Cornouaille Financial company",
                line2="Health Savings Plans - 310 Guerlesquin Street, Winnemucca, NV 89445", mid="PHI-999-999-999",
                claim="PC99999999", grp="99-9999", plan="HD-9999-99", product="Plouha HDHP 3200 with HSA",
                ded=(3200, 6400, 6400, 12800), oop=(6800, 13600, 13600, 27200)),
}
CLINICS = ["Lovelock Valley Clinic", "Battle Mountain Imaging Center", "Great Basin Laboratory Services",
           "Pershing Family Medicine", "Humboldt Audiology Associates"]
# label sets: statement date, member, member id, group, plan id, claim, patient, provider, billed
LAB = {1: ["Statement date", "Member", "Member ID", "Group number", "Plan ID", "Claim number", "Patient", "Provider",
           "Billed"],
       2: ["Date issued", "Subscriber", "ID #", "Group", "Plan no.", "Claim #", "Patient name", "Rendering provider",
           "Amount billed"],
       3: ["Notice date", "Policyholder", "Identification no.", "Employer group", "Plan ID", "Claim reference",
           "For", "Billed by", "Charges"],
       "es": ["Fecha de la declaración", "Afiliado", "Núm. de afiliado", "Grupo", "Plan", "Número de reclamación",
              "Paciente", "Proveedor", "Facturado"]}
LINES = {"office": ("99214", "Office visit", 220, 320), "labs": ("80061", "Lipid panel", 70, 130),
         "vitd": ("82306", "Vitamin D, 25-hydroxy", 150, 230), "mri": ("72148", "MRI lumbar spine w/o dye", 1400, 2300),
         "xray": ("72100", "X-ray lumbar spine", 140, 260), "hear": ("92557", "Hearing exam, comprehensive", 140, 210),
         "tymp": ("92567", "Tympanometry", 60, 110), "ekg": ("93000", "Electrocardiogram", 80, 140),
         "a1c": ("83036", "Hemoglobin A1c", 40, 90), "cbc": ("85025", "Blood count (CBC)", 35, 80)}
NOTE = {
    "medical_necessity": ("N1", "Not medically necessary for the diagnosis billed. You do not owe this amount; "
                                "your provider may not bill you for it."),
    "all_paid": None,
    "prior_authorization": ("PA", "Denied: this service needed prior authorization and none was requested. "
                                  "The in-network provider may not bill you."),
    "other": ("DP", "Duplicate claim - this service was already processed on an earlier claim for the same date."),
    "not_covered": ("EX", "Routine hearing exams are not a benefit of your plan. You are responsible for the "
                          "full charge."),
    "es_mn": ("N7", "Según la información recibida, este análisis no era necesario para su condición. Usted no "
                    "debe esta cantidad."),
    "timely_filing": ("TF", "We received this claim more than 365 days after the date of service. Charges "
                            "received after the filing limit are not paid; the provider may not bill you."),
}
DL = {"stmt180": "You may appeal a denied service within 180 days of the date of this statement.",
      "receive": "You may appeal any decision on this statement within 180 days after you receive it.",
      "by": "To appeal, we must receive your written request by {dl}.",
      "es": "Puede apelar dentro de 180 días a partir de la fecha de esta declaración."}


def _fd(f, x):
    return fdate(x, f["ds"])


def _tdate(f: dict, x: dt.date) -> str:
    """The table's date column is narrow: long styles print mm/dd/yy there, Spanish 05-mar-2026."""
    if f["ds"] == "es":
        return fmt_date(x, "es_abbr")
    return _fd(f, x) if f["ds"] in ("slash", "iso", "dmy") else x.strftime("%m/%d/%y")


def panel(d: Page, f: dict) -> None:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    ms = f["ms"]
    d.text_line((f"Sus acumuladores del año del plan al {_fd(f, f['asof'])}" if es else
                 f"Your plan-year accumulators as of {_fd(f, f['asof'])}"), 10.5, "B", h=6)
    head = (["", "En la red - individual", "En la red - familiar", "Fuera de la red - ind.", "Fuera de la red - fam."]
            if es else ["", "In-network individual", "In-network family", "Out-of-network indiv.",
                        "Out-of-network family"])
    rows = []
    for title, lim, met in (("Deducible" if es else "Deductible", p["ded"], f["dedmet"]),
                            ("Máximo de gastos de bolsillo" if es else "Out-of-pocket maximum", p["oop"],
                             f["oopmet"])):
        rows.append(["*" + title] + [usd(x, ms) for x in lim])
        rows.append(["  " + ("Acumulado" if es else "Met")] + [usd(x, ms) for x in met])
        rows.append(["  " + ("Restante" if es else "Remaining")] + [usd(max(0, a - b), ms) for a, b in zip(lim, met)])
    d.table(head, rows, [38, 36, 36, 36, 36], size=8.2, aligns="LRRRR", row_h=4.8, head_fill=True)
    y = d.get_y()
    d.set_fill_color(242, 242, 242)
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 15, style="F")
    d.set_xy(d.l_margin + 2, y + 1.5)
    if es:
        txt = (f"Nota sobre su HSA: {usd(f['hsa_ded'], ms)} de esta declaración es su parte (deducible o coaseguro). Puede "
               f"pagar a su proveedor con su cuenta de ahorros para la salud en Loudeac Trust Company (cuenta que "
               f"termina en {f['hsa_acct']}). Su saldo de la HSA no aparece aquí.")
    else:
        txt = (f"HSA note: {usd(f['hsa_ded'], ms)} on this statement is your share (deductible or coinsurance). You may pay your "
               f"provider from your health savings account at Loudeac Trust Company (account ending {f['hsa_acct']}); "
               f"your {f['year']} HSA contribution limit is {usd(f['hsa_lim'], ms)}. Your HSA balance is not shown.")
    d.font(8.6)
    d.multi_cell(d.w - d.l_margin - d.r_margin - 4, 4.2, txt, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 17)


def claim_block(d: Page, f: dict, c: dict, L: list) -> None:
    es = f["lang"] == "es"
    ms = "plain" if f["ms"] == "plain" else "nosign"  # the table is narrow: no "USD " / "US$ " prefix there
    d.set_fill_color(225, 225, 225)
    d.font(8.8, "B")
    d.cell(0, 5.4, f"{L[5]}: {c['no']}    {L[6]}: {c['patient']}    {L[7]}: {c['prov']}", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.font(8)
    d.cell(0, 4.6, f"{c['clinic']}  -  NPI {c['npi']}  -  {'Recibida' if es else 'Received'} "
                   f"{_fd(f, c['recv'])}", new_x="LMARGIN", new_y="NEXT")
    head = (["Fecha", "Servicio", "Facturado", "Descuento", "Permitido", "Deducible", "Coaseguro", "Pagado",
             "Usted debe", "Nota"] if es else
            ["Date", "Service", L[8], "Discount", "Allowed", "Deductible", "Coins.", "Plan paid", "You owe", "Note"])
    rows = []
    tot = [0.0] * 7
    for ln in c["lines"]:
        vals = [ln["billed"], ln["disc"], ln["allowed"], ln["ded"], ln["coins"], ln["paid"], ln["owe"]]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([_tdate(f, c["dos"]),
                     f"{ln['code']} {ln['desc']}"[:27]] + [usd(v, ms) for v in vals] + [ln["note"]])
    rows.append(["*Total", ""] + [usd(round(v, 2), ms) for v in tot] + [""])
    d.table(head, rows, [17, 40, 18, 16, 17, 17, 15, 16, 17, 9], size=7.3, aligns="LLRRRRRRRC", row_h=4.8)


def eob(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    d = Page(foot=("Página {p} de {n}  -  Esto no es una factura" if es else "Page {p} of {n}  -  This is not a bill"))
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9, h=5)
    mail_to(d, [f["subscriber"], *f["addr"]])
    rows = [(L[0], _fd(f, f["date"])), (L[1], f["subscriber"]), (L[2], f["mid"]), (L[3], f["grp"])]
    if p["plan"]:
        rows.append((L[4], f["planid"]))
    rows.append(("Producto" if es else "Benefit plan", p["product"]))
    rows.append(("Reclamaciones procesadas" if es else "Claims processed",
                 f"{_fd(f, f['per0'])} - {_fd(f, f['per1'])}"))
    pairs(d, rows, kw=52, size=9.4, h=4.9)
    panel(d, f)
    for c in f["claims"]:
        claim_block(d, f, c, L)
    notes = [n for n in {ln["note"] for c in f["claims"] for ln in c["lines"]} if n]
    d.text_line("Notas" if es else "Notes", 10, "B", h=5.5)
    legend = {"D1": ("Aplicado a su deducible." if es else
                     "Applied to your deductible. Pay this amount to the provider, or use your HSA."),
              "C2": "Paid after your deductible; you pay 20% coinsurance."}
    for n in sorted(notes):
        if n in legend:
            d.para(f"{n} - {legend[n]}", 8.8, gap=1)
    if f["why"] in NOTE and NOTE[f["why"]]:
        code, txt = NOTE[f["why"]]
        d.para(f"{code} - {txt}", 8.8, gap=1)
    d.ln(1)
    d.para(DL[f["dlstyle"]].format(dl=_fd(f, f["dl"])) + ("" if es else
           " Send it to the address above or call us. An external review may be available after our final "
                                                           "decision."), 9)
    d.para(f"{'Servicio al cliente' if es else 'Customer Service'}: {f['ph']} (TTY 711)  -  {p['name']}", 8.8)
    return pdf_bytes(d)


def _claim(r, f, keys, patient, deny_key=None, ded_left=1e9, coins=False):
    p = PLANS[f["plan"]]
    lines = []
    for k in keys:
        code, desc, lo, hi = LINES[k]
        billed = money(r, lo, hi)
        if k == deny_key:
            owe = billed if f["why"] == "not_covered" else 0.0
            lines.append(dict(code=code, desc=desc, billed=billed, disc=0.0, allowed=0.0, ded=0.0, coins=0.0,
                              paid=0.0, owe=owe, note=NOTE[f["why"]][0]))
            continue
        allowed = round(billed * r.uniform(0.55, 0.72), 2)
        disc = round(billed - allowed, 2)
        if coins:
            cz = round(allowed * 0.2, 2)
            lines.append(dict(code=code, desc=desc, billed=billed, disc=disc, allowed=allowed, ded=0.0, coins=cz,
                              paid=round(allowed - cz, 2), owe=cz, note="C2"))
        else:
            lines.append(dict(code=code, desc=desc, billed=billed, disc=disc, allowed=allowed, ded=allowed, coins=0.0,
                              paid=0.0, owe=allowed, note="D1"))
    prov = r.choice(CLINICIANS)
    return dict(no=mixed(r, p["claim"]), patient=patient, prov=prov, clinic=f["clinic_for"](keys), npi=npi(r),
                lines=lines, billed=round(sum(x["billed"] for x in lines), 2))


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    subscriber = person(r, lang)
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 200))
    f = dict(spec, lang=lang, subscriber=subscriber, date=date, mid=mixed(r, p["mid"]), grp=mixed(r, p["grp"]),
             planid=mixed(r, p["plan"]) if p["plan"] else None, addr=address(r, lang), ph=phone(r),
             per0=days(date, -37), per1=days(date, -7), asof=days(date, -2), year=date.year,
             hsa_acct=str(r.randint(1000, 9999)), hsa_lim=4400 if r.random() < 0.5 else 8750)
    f["clinic_for"] = lambda keys: ("Battle Mountain Imaging Center" if "mri" in keys or "xray" in keys else
                                    "Humboldt Audiology Associates" if "hear" in keys else
                                    "Great Basin Laboratory Services" if keys == ["a1c", "cbc"] else
                                    r.choice(["Lovelock Valley Clinic", "Pershing Family Medicine"]))
    why = spec["why"]
    patient = kin(r, subscriber) if spec.get("spouse") else subscriber
    coins = why == "other"
    deny = {"medical_necessity": "vitd", "prior_authorization": "mri", "other": "ekg", "not_covered": "hear",
            "es_mn": "vitd", "timely_filing": "a1c", "all_paid": None}[why]
    keys = {"medical_necessity": ["office", "labs", "vitd"], "all_paid": ["office", "labs", "ekg"],
            "prior_authorization": ["xray", "mri"], "other": ["office", "ekg"], "not_covered": ["hear", "tymp"],
            "es_mn": ["office", "vitd"], "timely_filing": ["a1c", "cbc"]}[why]
    claims = []
    if spec.get("paid_first"):
        c = _claim(r, f, ["office"], patient)
        c["dos"] = days(date, -r.randint(30, 40))
        c["recv"] = days(c["dos"], 5)
        claims.append(c)
    c = _claim(r, f, keys, patient, deny, coins=coins)
    c["dos"] = days(date, -(r.randint(400, 430) if why == "timely_filing" else r.randint(14, 28)))
    c["recv"] = days(date, -r.randint(4, 10))
    claims.append(c)
    f["claims"] = claims
    f["denied"] = c
    ded_applied = round(sum(x["ded"] for cl in claims for x in cl["lines"]), 2)
    f["hsa_ded"] = ded_applied if ded_applied else round(sum(x["owe"] for x in c["lines"]), 2)
    dm = min(p["ded"][0], round(ded_applied + money(r, 300, 1500), 2)) if not coins else float(p["ded"][0])
    fam_extra = money(r, 200, 2500)
    f["dedmet"] = (dm, round(dm + fam_extra, 2), 0.0, money(r, 0, 400) if r.random() < 0.4 else 0.0)
    om = round(dm + money(r, 0, 300), 2)
    f["oopmet"] = (om, round(om + fam_extra, 2), 0.0, f["dedmet"][3])
    f["dl"] = days(date, 180)
    del f["clinic_for"]
    return f


def make_truth(f: dict) -> dict:
    p = PLANS[f["plan"]]
    c = f["denied"]
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=c["patient"],
                  plan_id=f["planid"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]),
                  service_dates=[iso(c["dos"])], denial_date=iso(f["date"]), provider=c["prov"])
    why = f["why"]
    if why == "all_paid":
        return truth("eob", None, f["lang"], **common)
    dtype = "medical_necessity" if why == "es_mn" else why
    dl = None if f["dlstyle"] == "receive" else iso(f["dl"])
    alts = {"appeal_deadline": [iso(f["dl"])]} if dl is None else {}
    return truth("eob", dtype, f["lang"], appeal_deadline=dl, alternates=alts, **common)


PLAN = [
    ("accumulator_panel_eob_bd_vitd_not_necessary", "born_digital",
     dict(plan="lna", lab=1, ds="long", ms="plain", why="medical_necessity", dlstyle="stmt180")),
    ("accumulator_panel_eob_bd_all_deductible", "born_digital",
     dict(plan="pen", lab=2, ds="slash", ms="nosign", why="all_paid", dlstyle="receive")),
    ("accumulator_panel_eob_scan_two_claims_mri_no_auth", "scan_clean_300",
     dict(plan="plo", lab=3, ds="iso", ms="plain", why="prior_authorization", dlstyle="receive", paid_first=True)),
    ("accumulator_panel_eob_lowres_duplicate_ekg", "scan_lowres_150",
     dict(plan="lna", lab=2, ds="abbr", ms="usd", why="other", dlstyle="by")),
    ("accumulator_panel_eob_faxs_spouse_hearing_exam", "fax_standard_g4",
     dict(plan="pen", lab=3, ds="dmy", ms="plain", why="not_covered", dlstyle="stmt180", spouse=True)),
    ("accumulator_panel_eob_phone_es_vitd", "phone_photo",
     dict(plan="plo", lab="es", ds="es", ms="es", why="es_mn", dlstyle="es", lang="es")),
    ("accumulator_panel_eob_rot_late_filing", "rotated",
     dict(plan="lna", lab=1, ds="dlong", ms="plain", why="timely_filing", dlstyle="by")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(124520 + i), spec)
        items.append(Item(stem, cond, [(eob(f), make_truth(f))]))
    return items
