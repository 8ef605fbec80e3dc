"""Family 'marketplace_eligibility_appeal_decision_notice': decisions of a Health Insurance Marketplace appeals entity
(45 CFR 155 subpart F) on eligibility for a qualified health plan, advance premium tax credits or a special enrollment
period, and an insurer's claim denial for a period the appeal later covered. Headings mirror the public appeal
decision notice (Notice of Appeal Decision; appellant, appeal number, application ID; issue; findings of fact;
conclusions of law / reasons; decision / order; implementation; "If you disagree with this decision": review by the
HHS appeals entity within 14 days, judicial review, vacating a dismissal within 30 days). Exchanges, insurer, people
and numbers invented.
Documents: upheld (household income over 400% of the poverty level; no qualifying event for a special enrollment
period; an affordable employer offer, in Spanish), granted with retroactive coverage (x2), dismissed as untimely
(request after 90 days), the insurer's claim denial for a date before the coverage start.
Decoys: household income, monthly tax credit amounts, the eligibility notice date, the date the appeal was received,
hearing date, plan premium, phone numbers, the Marketplace's call-centre hours.
Truth: insurer = the exchange on the letterhead (the insurer on the insurer's letter); member ID null on the
decisions (the application ID accepted there, and as a second case number); case numbers = the appeal number (claim
number on the insurer's letter); plan ID = the printed plan ID where the decision names the plan (null accepted);
claim amount null except on the claim denial; appeal deadline = 14 days (HHS review) or 30 days (court / vacating a
dismissal; null accepted) after the notice; granted decisions are `other` with no deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, fdate, m2, money, out, plus, truth

FAMILY = "marketplace_eligibility_appeal_decision_notice"
LANG = "en"

EXCH = [
    dict(name="Bluestem Health Connect", unit="Office of Eligibility Appeals", addr="PO Box 8812, Topeka KS 66601",
         ph="1-855-555-0117", court="Shawnee County District Court", pre="BHC-AP",
         city="Lawrence KS 66044", plan=("Prairie Gold Value 1500", "48213KS0050007-01")),
    dict(name="Cascade Crest Coverage Exchange", unit="Appeals Division", addr="1400 Larch St, Olympia WA 98501",
         ph="1-844-555-0136", court="Thurston County Superior Court", pre="CCX",
         city="Tacoma WA 98402", plan=("Cascade Bronze Saver 7000", "71944WA0120003-00")),
    dict(name="Granite Hills HealthSource", unit="Board of Eligibility Appeals", addr="25 Depot Sq, Concord NH 03301",
         ph="1-866-555-0159", court="Merrimack County Superior Court", pre="GHH-A",
         city="Nashua NH 03060", plan=("Monadnock Silver Select 3000", "36580NH0040012-02")),
    dict(name="Conexión de Salud Sierra Azul", unit="Unidad de Apelaciones de Elegibilidad",
         addr="Apartado 4471, Santa Fe NM 87504", ph="1-855-555-0182", court="tribunal de distrito", pre="CSA",
         city="Las Cruces NM 88001", plan=None),
]
INSURER = dict(name="Tallgrass Mutual Health Plans", addr="600 Prairie Trail, Wichita KS 67202",
               ph="1-800-555-0124")
FIRST = ["Anneliese", "Kwabena", "Rosalía", "Teodor", "Yuki", "Marcellus", "Siobhan", "Hamid", "Graciela", "Björn",
         "Nkechi", "Lorenzo"]
LAST = ["Falkenrath", "Osei-Mensah", "Villanueva", "Dragomir", "Takahashi", "Whitcombe", "Okwuosa", "Sadeghi",
        "Arredondo", "Lindqvist", "Okonjo", "Bellweather"]


def _person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {r.choice(LAST)}"


def facts(i: int, kind: str, ex: int, ds: str, ms: str, lay: int) -> dict:
    r = random.Random(232500 + 40 + i)
    e = EXCH[ex]
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 210))
    elig_d = date - dt.timedelta(days=r.randint(60 if kind != "dismissed" else 140, 120 if kind != "dismissed" else 180))
    recv_d = plus(elig_d, r.randint(96, 120) if kind == "dismissed" else r.randint(10, 50))
    hear_d = plus(recv_d, r.randint(20, 45))
    if hear_d >= date:
        hear_d = date - dt.timedelta(days=7)
    plan = e["plan"] if kind in ("granted", "claim") else None
    event_d = plus(elig_d, -r.randint(70, 110))
    cov = dt.date(event_d.year + (event_d.month == 12), event_d.month % 12 + 1, 1)
    size = r.randint(1, 5)
    fpl = 15650 + 5500 * (size - 1)
    income = round(fpl * (r.uniform(4.05, 4.6) if kind == "income" else r.uniform(1.6, 3.2)), 0)
    svc = plus(cov, -r.randint(5, 25))
    return dict(i=i, kind=kind, e=e, ds=ds, ms=ms, lay=lay, date=date, elig_d=elig_d, recv_d=recv_d, hear_d=hear_d,
                name=_person(r), appeal=f"{e['pre']}-{date.year % 100:02d}-{r.randint(1000000, 9999999)}",
                app_id=str(r.randint(1000000000, 9999999999)), plan=plan, cov=cov, size=size, income=income,
                aptc=round(r.uniform(180, 720), 2), premium=round(r.uniform(420, 1150), 2),
                officer=_person(r), addr=f"{r.randint(100, 9800)} {r.choice(['Osage Ave', 'Fir Loop', 'Calle Pino', 'Ridge Rd'])}",
                city=e["city"],
                event_d=event_d, employer=r.choice(["Cottonwood Logistics, Inc.",
                                                                                "Harlan Feed & Grain Co."]),
                emp_prem=round(r.uniform(95, 160), 2), claim=f"{r.randint(20, 26)}{r.randint(10**9, 10**10 - 1)}",
                member_id=f"TMH{r.randint(10**8, 10**9 - 1)}", billed=round(r.uniform(240, 2900), 2), svc=svc,
                prov=r.choice(["Sunflower Urgent Care - West", "Flint Hills Family Medicine"]),
                doc=r.choice(["Dr. Priya Ramaswamy", "Dr. Caleb Ostrowski"]))


def decision(f: dict) -> bytes:
    e, k, es = f["e"], f["kind"], f["kind"] == "es_employer"
    fd = lambda x: fdate(x, f["ds"], "es" if es else "en")  # noqa: E731
    mu = lambda v: money(v, f["ms"])  # noqa: E731
    p = Page(serif=f["lay"] == 2, footer=("Página {n} de {nb}" if es else "Page {n} of {nb}"),
             footer_left=("Número de apelación " if es else "Appeal Number ") + f["appeal"])
    p.add_page()
    p.line(e["name"], 14, "B")
    p.line(f"{e['unit']}  |  {e['addr']}", 8.5)
    p.line(("Teléfono " if es else "Phone ") + e["ph"] + "  |  TTY 711", 8.5)
    p.ln(4)
    p.line(fd(f["date"]), 10)
    p.ln(2)
    for ln in (f["name"], f["addr"], f["city"]):
        p.line(ln, 10)
    p.ln(3)
    p.heading("Aviso de decisión de la apelación" if es else "Notice of Appeal Decision", 13, rule=True)
    if es:
        rows = [("Apelante", f["name"]), ("Número de apelación", f["appeal"]),
                ("Identificación de la solicitud", f["app_id"]), ("Fecha de esta decisión", fd(f["date"])),
                ("Apelación recibida", fd(f["recv_d"])), ("Fecha de la audiencia", fd(f["hear_d"]))]
    else:
        rows = [("Appellant", f["name"]), ("Appeal Number", f["appeal"]), ("Application ID", f["app_id"]),
                ("Date of decision", fd(f["date"])), ("Appeal request received", fd(f["recv_d"]))]
        if k != "dismissed":
            rows.append(("Hearing held", fd(f["hear_d"]) + " (by telephone)"))
    if f["lay"] == 1:
        p.boxed_pairs(rows, label_w=58)
    else:
        p.pairs(rows, label_w=58, size=9.5, h=5)
        p.ln(3)
    if es:
        p.heading("Asunto", 11)
        p.para(f"Si usted es elegible para recibir pagos por adelantado del crédito fiscal para la prima (APTC) para "
               f"su hogar de {f['size']} persona(s), según el aviso de elegibilidad del {fd(f['elig_d'])}.", 9.5)
        p.heading("Hechos comprobados", 11)
        p.bullets([f"{f['employer']} le ofreció cobertura de salud que cumple con el valor mínimo.",
                   f"La prima mensual del empleado para la cobertura individual más barata es de "
                   f"{mu(f['emp_prem'])}.",
                   f"El ingreso anual proyectado del hogar es de {mu(f['income'])}.",
                   "La prima de la cobertura del empleador es menor que el porcentaje de ingresos que la ley "
                   "considera asequible."], 9)
        p.heading("Decisión", 11)
        p.para("La decisión del Mercado queda **CONFIRMADA**. Usted no es elegible para el crédito fiscal "
               "para la prima porque tiene una oferta de cobertura del empleador asequible que cumple con el valor "
               "mínimo. Puede seguir inscrito en su plan pagando la prima completa.", 9.5)
        p.heading("Si no está de acuerdo con esta decisión", 11)
        p.para("Puede pedir que la Entidad de Apelaciones del Departamento de Salud y Servicios Humanos (HHS) revise "
               "esta decisión dentro de 14 días a partir de la fecha de este aviso. También puede tener derecho a "
               f"pedir una revisión judicial en el {e['court']}. Para preguntas llame al {e['ph']}.", 9.5)
        p.line("Oficial de audiencias: " + f["officer"], 9)
        return out(p)
    p.heading("Issue", 11)
    issue = {"income": "Whether the appellant is eligible for advance payments of the premium tax credit (APTC) for "
                       f"coverage year {f['date'].year}.",
             "sep": "Whether the appellant qualifies for a special enrollment period to enroll in a qualified health "
                    "plan outside open enrollment.",
             "granted": "Whether the appellant qualifies for a special enrollment period and, if so, the coverage "
                        "effective date.",
             "dismissed": f"Whether the appeal of the eligibility notice dated {fd(f['elig_d'])} was filed on time."}
    p.para(issue[k], 9.5)
    p.heading("Findings of Fact", 11)
    facts_ = {
        "income": [f"The appellant's household has {f['size']} member(s).",
                   f"The projected annual household income for {f['date'].year} is {mu(f['income'])}.",
                   f"That income is more than 400 percent of the federal poverty level for a household of "
                   f"{f['size']}.", f"The Marketplace notice dated {fd(f['elig_d'])} ended the APTC of "
                   f"{mu(f['aptc'])} per month."],
        "sep": [f"The appellant applied for coverage on {fd(f['recv_d'])}, outside the open enrollment period.",
                f"The appellant reported a job change on {fd(f['event_d'])}, but was not enrolled in other "
                f"minimum essential coverage in the 60 days before that date.",
                "No other qualifying event (move, marriage, birth, loss of coverage) was reported or shown."],
        "granted": [f"The appellant lost employer coverage from {f['employer']} on {fd(f['event_d'])}.",
                    "The appellant tried to apply within 60 days but the application could not be completed "
                    "because of a Marketplace system error.",
                    f"Monthly premium of the selected plan: {mu(f['premium'])}; APTC: {mu(f['aptc'])} per month."],
        "dismissed": [f"The eligibility notice was dated {fd(f['elig_d'])}.",
                      f"The appeal request was received on {fd(f['recv_d'])}, "
                      f"{(f['recv_d'] - f['elig_d']).days} days after the date of the notice.",
                      "An appeal must be requested within 90 days of the date of the eligibility notice. The "
                      "appellant did not show good cause for the late request."],
    }[k]
    p.bullets(facts_, 9)
    p.heading("Decision" if k != "dismissed" else "Dismissal", 11)
    if k == "income":
        p.para("The Marketplace's determination is **UPHELD**. Because the household income is above 400 percent of "
               "the federal poverty level, the appellant is not eligible for advance payments of the premium tax "
               "credit. The appellant remains eligible to enroll in a qualified health plan without financial help.",
               9.5)
    elif k == "sep":
        p.para("The Marketplace's determination is **UPHELD**. The appellant does not qualify for a special "
               "enrollment period because there was no qualifying life event. The appellant may enroll during the "
               "next open enrollment period.", 9.5)
    elif k == "granted":
        plan, pid = f["plan"]
        p.para(f"The appeal is **GRANTED**. The appellant qualifies for a special enrollment period based on loss of "
               f"minimum essential coverage. The Marketplace must enroll the appellant in {plan} (Plan ID {pid}) "
               f"with coverage **retroactive to {fd(f['cov'])}**, and apply the APTC from that date.", 9.5)
        p.heading("Implementation", 11)
        p.para(f"The Marketplace will carry out this decision and send the enrollment to the insurer. The insurer "
               f"must reprocess claims for services on or after {fd(f['cov'])}. You will receive a bill for the "
               f"retroactive premiums.", 9.5)
    else:
        p.para("Your appeal is **DISMISSED** because it was not filed on time. The Marketplace's eligibility "
               "determination stays in effect.", 9.5)
    p.heading("If you disagree with this decision", 11)
    if k == "income":
        p.para(f"You may ask the HHS appeals entity to review this decision. Your request must be made within 14 days "
               f"of the date of this notice. Call {e['ph']} or write to the address above. If you do not ask for a "
               f"review, this decision is final.", 9.5)
    elif k == "sep":
        p.para(f"This decision is final unless you ask for review. You may file a petition for judicial review in "
               f"the {e['court']}. The petition must be filed no later than {fd(plus(f['date'], 30))}.", 9.5)
    elif k == "dismissed":
        p.para(f"If you had a good reason for filing late, you may ask us to vacate this dismissal. Send your request "
               f"within 30 days of the date of this notice and explain why you could not file on time. Call "
               f"{e['ph']} with questions.", 9.5)
    else:
        p.para(f"This decision is in your favor. If you have questions about your enrollment, call {e['ph']} "
               f"(Monday to Friday, 8 a.m. to 8 p.m.).", 9.5)
    p.ln(2)
    p.line(f"Hearing Officer: {f['officer']}", 9.5)
    p.line(f"{e['unit']}, {e['name']}", 9.5)
    return out(p)


def claim_letter(f: dict) -> bytes:
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mu = lambda v: money(v, f["ms"])  # noqa: E731
    ins = INSURER
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(ins["name"], 15, "B")
    p.line(f"Individual and Family Plans  |  {ins['addr']}  |  Member Services {ins['ph']}", 8.5)
    p.ln(4)
    p.line("Date: " + fd(f["date"]), 10)
    p.ln(2)
    for ln in (f["name"], f["addr"], f["city"]):
        p.line(ln, 10)
    p.ln(3)
    p.heading("Notice of Claim Denial", 13, rule=True)
    plan, pid = f["plan"]
    p.boxed_pairs([("Member", f["name"]), ("Member ID", f["member_id"]), ("Plan", f"{plan} ({pid})"),
                   ("Claim number", f["claim"]), ("Provider", f["prov"]), ("Date of service", fd(f["svc"])),
                   ("Amount billed", mu(f["billed"])), ("Coverage effective date", fd(f["cov"]))], label_w=55)
    p.heading("Why we denied this claim", 11)
    p.para(f"We denied this claim because your coverage with {ins['name']} was not in effect on the date of "
           f"service. Your coverage under {plan} began on {fd(f['cov'])}, the date the Health Insurance "
           f"Marketplace sent us. The visit on {fd(f['svc'])} with {f['doc']} at {f['prov']} was before that date. "
           f"(Denial code 27: expenses incurred after coverage terminated / before coverage began.)", 9.5)
    p.para("If the Marketplace later changes your coverage start date, for example after an eligibility appeal, "
           "send us a copy of the Marketplace's decision and we will reprocess the claim.", 9.5)
    p.heading("Your right to appeal", 11)
    p.para(f"You may ask for an internal appeal within 180 days of the date of this notice. Call {ins['ph']} or "
           f"write to Appeals, {ins['addr']}. If we uphold our decision you may ask for an external review by an "
           f"independent review organization within 4 months of our final decision.", 9.5)
    return out(p)


def dec_truth(f: dict) -> dict:
    k = f["kind"]
    lang = "es" if k == "es_employer" else "en"
    alts = {"member_id": [f["app_id"]], "case_numbers": [[f["appeal"], f["app_id"]]]}
    kw = dict(insurer=f["e"]["name"], member_name=f["name"], cases=[f["appeal"]], denial_date=f["date"].isoformat(),
              lang=lang)
    if k == "granted":
        alts["plan_id"] = [None]
        return truth("other", None, plan_id=f["plan"][1], alternates=alts, **kw)
    if k == "dismissed":
        alts["appeal_deadline"] = [None]
        return truth("denial_letter", "timely_filing", appeal_deadline=plus(f["date"], 30).isoformat(),
                     alternates=alts, **kw)
    if k == "sep":
        alts["appeal_deadline"] = [None]
        return truth("denial_letter", "eligibility", appeal_deadline=plus(f["date"], 30).isoformat(),
                     alternates=alts, **kw)
    return truth("denial_letter", "eligibility", appeal_deadline=plus(f["date"], 14).isoformat(), alternates=alts,
                 **kw)


def claim_truth(f: dict) -> dict:
    return truth("denial_letter", "eligibility", insurer=INSURER["name"], plan_id=f["plan"][1],
                 member_id=f["member_id"], member_name=f["name"], cases=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[f["svc"].isoformat()], denial_date=f["date"].isoformat(), provider=f["prov"],
                 appeal_deadline=plus(f["date"], 180).isoformat(), alternates={"plan_id": [None]})


# (stem suffix, condition, kind, exchange, date style, money style, layout)
PLAN = [
    ("bd_aptc_income_over_limit_upheld", "born_digital", "income", 0, "long", "plain", 1),
    ("bd_sep_granted_retroactive", "born_digital", "granted", 1, "slash", "plain", 2),
    ("scan_dismissed_untimely", "scan_clean_300", "dismissed", 2, "iso", "plain", 1),
    ("phone_no_qualifying_event_upheld", "phone_photo", "sep", 1, "abbr", "plain", 2),
    ("faxfine_insurer_claim_before_coverage", "fax_fine_g4", "claim", 0, "slash", "flat", 1),
    ("lowres_es_oferta_empleador_confirmada", "scan_lowres_150", "es_employer", 3, "long", "plain", 1),
    ("rotated_sep_granted", "rotated", "granted", 2, "dmy", "nosign", 1),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ex, ds, ms, lay) in enumerate(PLAN):
        f = facts(i, kind, ex, ds, ms, lay)
        doc = (claim_letter(f), claim_truth(f)) if kind == "claim" else (decision(f), dec_truth(f))
        items.append(Item(f"{FAMILY}_{suf}", cond, [doc]))
    return items
