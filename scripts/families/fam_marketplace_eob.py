"""Family 'marketplace_eob': an ACA marketplace (exchange) silver plan's explanation of benefits for a household.

Prairie Lantern Health Cooperative is fictional. The statement names the individual-market plan with its HIOS plan
ID (the -04/-05/-06 suffix is the silver cost-sharing reduction variant) and the cost-sharing reduction level, the
subscriber and the covered dependents, a premium panel with the advance premium tax credit (decoy amounts), then one
block per claim: claim number, patient, provider, a table of lines with an in/out-of-network column and remark codes,
and a remark legend in plain words (essential health benefit exclusions, out of network, prior approval needed).
One statement denies nothing; one is in Spanish. Decoys: document number, received dates, plan year, premium,
tax credit, allowed and paid amounts, the provider's NPI.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, pdf_bytes, truth
from kit_roundj_famr import CLINICS, DOCTORS, FIRST_ES, KIDS, LAST_ES, days, digits, letters, money, person

FAMILY = "marketplace_eob"
LANG = "en"
INSURER = "Prairie Lantern Health Cooperative"
CSR = {"04": "73", "05": "87", "06": "94"}
# kind -> (denial, remark code, service lines of the denied claim [(code, text, network)], legend sentence)
KINDS = {
    "dental": ("not_covered", "EX4", [("D2740", "Crown, porcelain/ceramic", "In"), ("D0220", "Periapical x-ray", "In")],
               "Adult dental services are not an essential health benefit under this plan and are excluded. "
               "Dental care for members 19 and older is not covered; you may owe the full charge."),
    "oon": ("out_of_network", "N27", [("99204", "Office visit, new patient", "Out"), ("20610", "Joint injection", "Out")],
            "The provider is not in the Prairie Lantern network. Your plan is an EPO and pays nothing for "
            "non-emergency care from providers outside the network."),
    "oon_lab": ("out_of_network", "N27", [("80053", "Metabolic panel", "Out"), ("85025", "Blood count (CBC)", "Out"),
                                          ("84443", "Thyroid test (TSH)", "Out")],
                "This laboratory does not take part in our network, and the tests were not emergency care. "
                "Out-of-network services are not covered by this plan."),
    "pa": ("prior_authorization", "PA1", [("72148", "MRI lumbar spine without contrast", "In")],
           "This service needs our approval before you get it (prior authorization). We have no approval on file "
           "for this date, so the charge was denied. Your provider may ask for approval and send the claim again."),
    "pa_sleep": ("prior_authorization", "PA1", [("95810", "Sleep study, attended, 4+ parameters", "In")],
                 "No prior approval was requested for this test. Sleep studies need prior authorization under "
                 "your plan; without it we cannot pay."),
    "es_vision": ("not_covered", "EX7", [("V2020", "Armazones de anteojos", "Dentro"), ("V2103", "Lentes monofocales", "Dentro")],
                  "Los anteojos para adultos no son un beneficio de salud esencial de este plan y están excluidos. "
                  "La cobertura de la vista es solo para miembros menores de 19 años."),
}
PLAN = [  # (stem, condition, kind or None for nothing denied, date style, money style, deadline, lang)
    ("marketplace_eob_bd_dental", "born_digital", "dental", "long", "plain", "within", "en"),
    ("marketplace_eob_bd_paid", "born_digital", None, "slash", "plain", "within", "en"),
    ("marketplace_eob_scan_oon", "scan_clean_300", "oon", "abbr", "nosign", "by", "en"),
    ("marketplace_eob_photo_pa", "phone_photo", "pa", "slash", "plain", "within", "en"),
    ("marketplace_eob_lowres_es", "scan_lowres_150", "es_vision", "es", "plain", "within", "es"),
    ("marketplace_eob_faxs_lab", "fax_standard_g4", "oon_lab", "iso", "usd", "receive", "en"),
    ("marketplace_eob_rot_sleep", "rotated", "pa_sleep", "dmy", "plain", "by", "en"),
]
PAID = [("99213", "Office visit, established", "In"), ("87880", "Strep test, rapid", "In")]
OTHER = [("99395", "Preventive visit, 18-39", "In"), ("90686", "Flu vaccine", "In")]
L = {"en": dict(title="Explanation of Benefits", sub="THIS IS NOT A BILL", date="Statement date", doc="Document #",
                subscriber="Subscriber", mid=["Member ID", "Subscriber ID", "ID number"], plan="Plan",
                hios=["HIOS plan ID", "Plan ID (HIOS)", "Marketplace plan ID"], csr="Cost-sharing reduction",
                members="Covered members", prem="Premium panel", claim="Claim number", patient="Patient",
                prov="Provider", recv="Received", head=["Service date", "Code", "Service", "Network", "Billed",
                "Allowed", "Plan paid", "You owe", "Remark"], total="Claim total", legend="What the remark codes mean"),
     "es": dict(title="Explicación de Beneficios", sub="ESTO NO ES UNA FACTURA", date="Fecha del estado de cuenta",
                doc="Documento n.º", subscriber="Suscriptor", mid=["Nº de miembro"], plan="Plan",
                hios=["ID del plan (HIOS)"], csr="Reducción de costos compartidos", members="Miembros cubiertos",
                prem="Prima mensual", claim="Número de reclamación", patient="Paciente", prov="Proveedor",
                recv="Recibida", head=["Fecha servicio", "Código", "Servicio", "Red", "Facturado", "Permitido",
                "Pagó el plan", "Usted debe", "Nota"], total="Total de la reclamación",
                legend="Qué significan las notas")}


def household(r, lang: str) -> dict:
    if lang == "es":
        sub, first, last = person(r, FIRST_ES, lastnames=LAST_ES)
        kid = person(r, FIRST_ES, last=last)[0]
    else:
        sub, first, last = person(r)
        kid = person(r, KIDS, last=last)[0]
    return {"sub": sub, "kid": kid, "id": f"PL{digits(r, 9)}", "csr": r.choice(list(CSR)),
            "hios": f"{digits(r, 5)}{r.choice(['IL', 'KS', 'NE', 'IA'])}{digits(r, 7)}"}


def claim_block(d: Doc, t: dict, c: dict, f, mf, coded: bool) -> None:
    d.font(9, "B")
    d.cell(0, 5, f"{t['claim']}: {c['no']}    {t['patient']}: {c['patient']}", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    where = f"{c['clinic']}, " if c["clinic"] != c["prov"] else ""
    d.cell(0, 4.6, f"{t['prov']}: {c['prov']} ({where}NPI {c['npi']})    {t['recv']}: {f(c['recv'])}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = []
    for code, text, net, billed, allowed, paid, owe in c["lines"]:
        rows.append([f(c["date"]), code, text, net, mf(billed), mf(allowed), mf(paid), mf(owe),
                     c["remark"] if coded and paid == 0 else ""])
    tot = [sum(x[i] for x in c["lines"]) for i in (3, 4, 5, 6)]
    rows.append(["*" + t["total"], "", "", "", *(mf(v) for v in tot), ""])
    d.table(t["head"], rows, [20, 12, 48, 13, 19, 18, 18, 18, 12], size=7.8, aligns="LLLLRRRRC", row_h=4.8)


def make_claim(r, patient: str, lines: list, when: dt.date, denied: str | None) -> dict:
    doc = r.choice(DOCTORS)
    out = []
    for code, text, net in lines:
        billed = money(r, 60, 1900)
        if denied:
            allowed, paid = 0.0, 0.0
            owe = billed
        else:
            allowed = round(billed * r.uniform(0.45, 0.7), 2)
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2)
        out.append((code, text, net, billed, allowed, paid, owe))
    return {"no": f"{when.strftime('%y')}{r.choice('EM')}{digits(r, 9)}", "patient": patient, "prov": doc,
            "clinic": r.choice(CLINICS), "npi": "1" + digits(r, 9), "recv": days(when, r.randint(6, 15)),
            "date": when, "lines": out, "remark": KINDS[denied][1] if denied else ""}


def build(r, kind: str | None, style: str, mstyle: str, dl: str, lang: str) -> tuple[bytes, dict]:
    t, h = L[lang], household(r, lang)
    f, mf = (lambda x: fmt_date(x, style)), (lambda v: fmt_money(v, mstyle))
    svc = dt.date(2026, r.randint(1, 8), r.randint(1, 28))
    other_day = days(svc, -r.randint(5, 30))
    stmt = days(svc, r.randint(25, 45))
    patient = h["sub"] if kind in ("dental", "es_vision") else r.choice([h["sub"], h["kid"]])
    if kind is None:
        main = make_claim(r, patient, PAID, svc, None)
        claims = [main]
    else:
        main = make_claim(r, patient, KINDS[kind][2], svc, kind)
        if kind == "dental" or kind == "es_vision":
            main["clinic"] = "Heronsgate Dental Studio" if kind == "dental" else "Óptica Lumbrera"
        if kind == "oon_lab":
            main["clinic"] = main["prov"] = "Ridgeway Reference Laboratory"
        other = make_claim(r, h["sub"] if patient == h["kid"] else h["kid"], OTHER, other_day, None)
        claims = [other, main] if r.random() < 0.5 else [main, other]
    d = Doc("Helvetica", footer=f"Prairie Lantern Health Cooperative  |  {t['doc']} {letters(r, 2)}{digits(r, 8)}"
            f"  |  {{p}}/{{n}}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Prairie Lantern", size=19, style="B", h=8)
    d.text_line("Health Cooperative  -  a nonprofit health insurance issuer", size=9, style="I")
    d.text_line("PO Box 6620, Sioux Prairie, NE 68901  |  Member Services 1-844-555-0107 (TTY 711)", size=8)
    d.ln(3)
    d.text_line(f"{t['title']}  -  {t['sub']}", size=13, style="B", h=7)
    cost = round(r.uniform(480, 900), 2)
    aptc = round(cost * r.uniform(0.55, 0.85), 2)
    rows = [(t["date"], f(stmt)), (t["subscriber"], h["sub"]), (r.choice(t["mid"]), h["id"]),
            (t["plan"], f"Lantern Silver {CSR[h['csr']]} EPO (Marketplace / individual coverage)"),
            (r.choice(t["hios"]), f"{h['hios']}-{h['csr']}"),
            (t["csr"], f"Silver {CSR[h['csr']]} - " + ("sus deducibles y copagos son más bajos" if lang == "es"
                                                         else "your deductible and copays are lower")),
            (t["members"], f"{h['sub']}; {h['kid']}")]
    for k, v in rows:
        d.font(9, "B")
        d.cell(52, 5, k + ":")
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(8.5)
    if lang == "es":
        prem = (f"{t['prem']}: {mf(cost)}. Crédito fiscal anticipado para la prima (APTC) aplicado: {mf(aptc)}. "
                f"Usted paga {mf(cost - aptc)} al mes. Año del plan: 01/01/2026 - 12/31/2026.")
    else:
        prem = (f"{t['prem']}: monthly premium {mf(cost)}; advance premium tax credit applied {mf(aptc)}; your "
                f"share {mf(cost - aptc)}. Plan year 01/01/2026 - 12/31/2026. Report income changes to the "
                f"Marketplace so your tax credit stays right.")
    d.multi_cell(0, 4.2, prem, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.rule()
    for c in claims:
        claim_block(d, t, c, f, mf, True)
    d.text_line(t["legend"], size=10, style="B", h=6)
    if kind:
        d.para(f"{KINDS[kind][1]}: {KINDS[kind][3]}", size=8.8)
    else:
        d.para("Every service on this statement was covered as an essential health benefit. Nothing was denied."
               , size=8.8)
    deadline = days(stmt, 180)
    d.text_line("Derecho a apelar" if lang == "es" else "Your appeal rights", size=10, style="B", h=6)
    if lang == "es":
        appeal = ("Si no está de acuerdo, puede pedir una apelación interna dentro de 180 días a partir de la fecha "
                  "de este estado de cuenta. Si su salud corre peligro, pida una apelación urgente: decidimos en "
                  "72 horas. Después puede pedir una revisión externa independiente.")
    elif dl == "by":
        appeal = (f"If you disagree with how a claim was processed, you may file an internal appeal. Appeal by: "
                  f"{f(deadline)}. Urgent appeals are decided within 72 hours. After our decision you may ask for "
                  f"an independent external review.")
    elif dl == "within":
        appeal = ("If you disagree with how a claim was processed, you may file an internal appeal within 180 days "
                  "of the date of this statement. Urgent appeals are decided within 72 hours. After our decision "
                  "you may ask for an independent external review.")
    else:
        appeal = ("If you disagree with how a claim was processed, you may file an internal appeal within 180 days "
                  "after you receive this statement. Urgent appeals are decided within 72 hours.")
    d.para(appeal, size=8.8)
    d.para("Prairie Lantern Health Cooperative is a qualified health plan issuer offering coverage through the "
           "Health Insurance Marketplace. Language assistance: 1-844-555-0107.", size=7.8)
    tot = round(sum(x[3] for x in main["lines"]), 2)
    alts: dict = {"provider": [main["clinic"]]}
    dl_truth = None
    if kind is None:
        alts["appeal_deadline"] = [iso(deadline)]
    elif dl == "receive":
        alts["appeal_deadline"] = [iso(deadline)]
    else:
        dl_truth = iso(deadline)
    pid = h["hios"] + "-" + h["csr"]
    alts["plan_id"] = [h["hios"]]
    tr = truth("eob", KINDS[kind][0] if kind else None, lang, insurer=INSURER, plan_id=pid, group_number=None,
               member_id=h["id"], member_name=patient, case_numbers=[main["no"]], claim_amount=f"{tot:.2f}",
               service_dates=[iso(svc)], denial_date=iso(stmt), provider=main["prov"], appeal_deadline=dl_truth,
               alternates=alts, type_alternates=["denial_letter"] if kind else None,
               denial_alternates=["other"] if kind in ("dental", "es_vision") else None)
    return pdf_bytes(d), tr


def documents(rng) -> list[Item]:
    from inv_kit import Rand

    out = []
    for i, (stem, cond, kind, style, mstyle, dl, lang) in enumerate(PLAN):
        r = Rand(47100 + i)
        out.append(Item(stem, cond, [build(r, kind, style, mstyle, dl, lang)]))
    return out
