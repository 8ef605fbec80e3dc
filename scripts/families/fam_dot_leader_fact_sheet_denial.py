"""Family 'dot_leader_fact_sheet_denial': an insurer's decision letter whose facts sit in a dot-leader list
("Member ID ............ value", values right-aligned, some labels wrapping to two lines with the dots and value on
the second), the reason in prose below the list, the member's rights on page 2. Claims and pre-service requests;
medical necessity (keyword), out of network (plain words, pre-service), investigational (keyword), an approval
(nothing denied), a Spanish cosmetic exclusion, no approval asked before the service (plain words), an inpatient
stay that should have been observation (plain words). Decoys in the list: date received, provider NPI, medical
policy number, letter ID; on page 2: external-review and expedited time limits, phone numbers.

Layout model: common insurer adverse-benefit-determination letters (a facts block then "Why we made this decision"
then "Your rights"); values invented. Issuers (fictional): Dobele Health Insurance Company (logo word over a rule),
Bauska Health Plan (parent line "A Zemgale Financial Group company"), Tukums Health Assurance (return-address block).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundae_famec import (Page, address, days, dot_leaders, fdate, iso, letterhead, mail_to, mixed, money,
                               person, phone, signature, usd)

FAMILY = "dot_leader_fact_sheet_denial"
LANG = "en"
ORGS = {
    "do": dict(name="Dobele Health Insurance Company", logo="DOBELE", parent="", style="logo",
               line2="Utilization and Claims Review | PO Box 5120 | Weiser, ID 83672", mid="DHI999999999",
               grp="G9999", plan="DHI-PPO-99"),
    "ba": dict(name="Bauska Health Plan", logo="", parent="A Zemgale Financial Group company", style="parent",
               line2="PO Box 771 · Grangeville, ID 83530 · bauskahealth.example", mid="BHP9999999-01", grp="999999",
               plan="BHP 99A"),
    "tu": dict(name="Tukums Health Assurance", logo="", parent="", style="block",
               line2="Appeals and Grievances | 63 Preili Plaza, Suite 400 | Challis, ID 83226", mid="TU99999999",
               grp="TUG-9999", plan="TU-HMO-99"),
}
LAB = {1: ["Member", "Member ID", "Group number", "Plan ID", "Reference number", "Provider", "Service",
           "Date of service", "Amount billed", "Decision"],
       2: ["Patient name", "Identification number", "Group", "Plan code", "Claim number",
           "Rendering provider\nor facility", "Service or item\nreviewed", "Date(s) the service was\nprovided",
           "Total charges", "Determination"],
       3: ["Name of member", "Subscriber ID #", "Employer group no.", "Benefit plan",
           "Case / authorization\nrequest number", "Requesting provider", "Requested service",
           "Planned date\nof service", "Amount", "Outcome"],
       "es": ["Nombre del afiliado", "Número de identificación", "Número de grupo", "Plan", "Número de referencia",
              "Proveedor", "Servicio", "Fecha de servicio", "Cantidad facturada", "Decisión"]}
PROVS = ["Valmiera Spine Institute", "Aluksne Cardiology Associates", "Kraslava Surgical Center",
         "Saulkrasti Dermatology, P.A.", "Preili Regional Hospital"]
CASE = {
    "medn": dict(svc="Lumbar epidural steroid injection (62323)", dt="medical_necessity", pre=False,
                 why="Our nurse reviewer and a physician reviewer looked at the records your provider sent. The "
                     "injection was not medically necessary because the records do not show six weeks of physical "
                     "therapy or other conservative care before the injection, as our medical policy {pol} requires."),
    "oon": dict(svc="Laparoscopic hernia repair (49650)", dt="out_of_network", pre=True,
                why="The surgeon you asked to see and the surgery center are not part of your plan's provider group. "
                    "Your HMO pays for care outside its provider group only for emergencies or when no plan "
                    "surgeon can do the operation. Surgeons in your plan who perform this surgery are listed in the "
                    "enclosed directory page."),
    "exp": dict(svc="Genomic sequencing panel for tumor profiling (0037U)", dt="experimental", pre=False,
                why="This test is considered investigational for your diagnosis under medical policy {pol}. Published "
                    "studies have not shown that its results improve treatment decisions for this condition."),
    "ok": dict(svc="Cardiac stress echocardiogram (93351)", dt=None, pre=True,
               why="Good news: we approved this request. The service is covered under your plan when you use the "
                   "provider named above on or near the planned date. Your usual copay or coinsurance applies. "
                   "This approval is not a guarantee of payment if you are no longer covered on the date of service."),
    "es": dict(svc="Blefaroplastia del párpado superior (15823)", dt="not_covered", pre=False,
               why="Su plan no cubre cirugía cosmética. Las fotografías y la prueba de campo visual enviadas no "
                   "muestran que el párpado tape su visión, por lo que la cirugía se consideró cosmética y es una "
                   "exclusión de su contrato."),
    "pa": dict(svc="Outpatient MRI of the right knee (73721)", dt="prior_authorization", pre=False,
               why="Your plan requires that your provider ask us to approve this scan before it is done. We did not "
                   "get a request for approval before the date of service, so we cannot pay the claim. Your provider "
                   "may not bill you for this amount if it is an in-network provider."),
    "loc": dict(svc="Inpatient hospital stay (chest pain evaluation)", dt="level_of_care", pre=False,
                why="We reviewed the hospital records. Your care could have been given safely while you were under "
                    "observation as an outpatient; you did not need to be admitted as an inpatient. We will pay "
                    "the stay at the observation rate, not the inpatient rate."),
}


def facts(r: random.Random, spec: dict) -> dict:
    o = ORGS[spec["org"]]
    f = dict(spec, lang=spec.get("lang", "en"), member=person(r), mid=mixed(r, o["mid"]), grp=mixed(r, o["grp"]),
             plan=mixed(r, o["plan"]) if spec.get("plan", True) else None, addr=address(r), ph=phone(r),
             ref=mixed(r, spec.get("refpat", "9999999999")), npi=mixed(r, "19999999999")[:10],
             pol=mixed(r, "MP-999"), letter_id=mixed(r, "LTR-AE99-99"), prov=r.choice(PROVS),
             date=dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 260)))
    c = CASE[spec["case"]]
    f["c"] = c
    if c["pre"]:
        f["recv"] = days(f["date"], -r.randint(3, 12))
        f["dos"] = days(f["date"], r.randint(10, 30))
        f["end"] = None
        f["amount"] = None
    else:
        f["dos"] = days(f["date"], -r.randint(30, 80))
        f["end"] = days(f["dos"], 2) if spec["case"] == "loc" else None
        f["recv"] = days(f["end"] or f["dos"], r.randint(6, 20))
        f["amount"] = money(r, 900, 14000) if spec["case"] == "loc" else money(r, 380, 4200)
    if spec["case"] == "loc":
        f["prov"] = "Preili Regional Hospital"
    return f


def _d(f, x):
    return fdate(x, f["ds"])


def letter(f: dict) -> bytes:
    o = ORGS[f["org"]]
    es = f["lang"] == "es"
    L = LAB[f["lab"]]
    c = f["c"]
    d = Page(foot=o["name"] + ("   Página {p} de {n}" if es else "   Page {p} of {n}") + "   " + f["letter_id"])
    d.add_page()
    letterhead(d, o["style"], o["name"], o["line2"], o["logo"], o["parent"])
    d.text_line(_d(f, f["date"]), 10, h=6)
    mail_to(d, [f["member"], *f["addr"]])
    title = {None: "Notice of Approval", "es": "Aviso de denegación de pago"}.get(
        c["dt"] if not es else "es", "Notice of Adverse Benefit Determination" if not c["pre"] else
        "Notice of Denial of Requested Service")
    d.text_line(title, 13, "B", h=8)
    d.para("Estimado(a) afiliado(a): Revisamos el reclamo que se describe a continuación." if es else
           ("We reviewed the request described below." if c["pre"] else "We reviewed the claim described below."),
           9.8)
    dates = _d(f, f["dos"]) if not f["end"] else f"{_d(f, f['dos'])} - {_d(f, f['end'])}"
    dec = {None: "APPROVED"}.get(c["dt"], "NEGADO" if es else "DENIED")
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["plan"]), (L[4], f["ref"]),
            (L[5], f["prov"]), ("NPI" if not es else "NPI del proveedor", f["npi"]), (L[6], c["svc"]), (L[7], dates),
            (("Date request\nreceived" if c["pre"] else "Date claim received") if not es else "Fecha de recibo",
             _d(f, f["recv"])),
            (L[8], usd(f["amount"], "es" if es else "plain") if f["amount"] is not None else None),
            ("Medical policy" if not es else "Política médica", f["pol"] if f["case"] in ("medn", "exp") else None),
            (L[9], dec)]
    dot_leaders(d, rows)
    d.text_line("Por qué tomamos esta decisión" if es else "Why we made this decision", 11, "B", h=7)
    d.para(c["why"].format(pol=f["pol"]), 9.8)
    if c["dt"] is not None:
        d.para(("Si no está de acuerdo, puede apelar. Lea la página 2." if es else
                "If you disagree with this decision, you may appeal. Your rights are explained on page 2."), 9.8)
    else:
        d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).", 9.8)
    signature(d, ["Atentamente," if es else "Sincerely,", f"{f['reviewer']}, MD",
                  "Director Médico" if es else "Medical Director", o["name"]])
    if c["dt"] is not None:
        d.add_page()
        d.text_line("Sus derechos" if es else "Your rights", 13, "B", h=8)
        dl = f["appeal"]
        if es:
            txt = (f"Apelación interna: debe pedir la apelación dentro de 180 días a partir de la fecha de esta carta. "
                   f"Llame al {f['ph']} o escriba a {o['name']}, {o['line2'].split(' · ')[0]}. Si su salud está en "
                   "peligro, pida una apelación rápida; decidiremos en 72 horas. Después de nuestra decisión final, "
                   "puede pedir una revisión externa independiente dentro de 4 meses.")
        else:
            when = {"180": "within 180 days of the date of this letter",
                    "60": "within 60 days of the date of this notice",
                    "by": f"no later than {_d(f, days(f['date'], 180))}",
                    "recv": "within 180 days after you receive this notice"}[dl]
            txt = (f"Internal appeal. You or someone you name to act for you may ask for an appeal {when}. Send "
                   f"your request and any records to {o['name']}, Appeals, {o['line2'].replace(' | ', ', ')}, or call "
                   f"{f['ph']}. If waiting could seriously harm your health, ask for an expedited appeal; we will "
                   "decide within 72 hours.")
        d.para(txt, 9.6)
        if not es:
            d.para("External review. After our final internal decision you may ask for an external review by an "
                   "independent review organization within 4 months. Disputes about medical necessity, "
                   "level of care, experimental or investigational treatment and coverage may be reviewed.", 9.6)
            d.para("You may ask for copies of all documents, records and the medical policy used in this decision, "
                   "free of charge. If your plan is governed by ERISA, you may also bring a civil action under section "
                   "502(a) after your appeal.", 9.6)
            d.para(f"Language help: Si necesita ayuda en español, llame al {f['ph']}.", 9.6)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    c = f["c"]
    alt, deadline = {}, None
    if c["dt"] is None:
        doc, alt["case_numbers"] = "other", [[]]
    else:
        doc = "denial_letter"
        dl = f.get("appeal")
        if dl in ("180", "by") or f["lang"] == "es":
            deadline = iso(days(f["date"], 180))
        elif dl == "60":
            deadline = iso(days(f["date"], 60))
        else:
            alt["appeal_deadline"] = [iso(days(f["date"], 180))]
    sd = [iso(f["dos"], f["end"])]
    if f["end"]:
        alt["service_dates"] = [[iso(f["dos"])]]
    return truth(doc, c["dt"], f["lang"], insurer=o["name"], member_id=f["mid"], group_number=f["grp"],
                 plan_id=f["plan"], member_name=f["member"], case_numbers=[f["ref"]],
                 claim_amount=None if f["amount"] is None else f"{f['amount']:.2f}", service_dates=sd,
                 denial_date=iso(f["date"]), provider=f["prov"], appeal_deadline=deadline, alternates=alt or None)


PLAN = [
    ("dot_leader_fact_sheet_denial_bd_medical_necessity", "born_digital",
     dict(org="do", lab=1, ds="long", case="medn", appeal="180")),
    ("dot_leader_fact_sheet_denial_bd_out_of_network_preservice", "born_digital",
     dict(org="ba", lab=3, ds="slash", case="oon", appeal="by", refpat="AR-99999999")),
    ("dot_leader_fact_sheet_denial_scan_investigational_test", "scan_clean_300",
     dict(org="tu", lab=2, ds="abbr", case="exp", appeal="60", refpat="C99999999999")),
    ("dot_leader_fact_sheet_denial_faxfine_approval", "fax_fine_g4",
     dict(org="do", lab=3, ds="iso", case="ok", refpat="PA-9999999")),
    ("dot_leader_fact_sheet_denial_rotated_es_cosmetic", "rotated",
     dict(org="ba", lab="es", ds="es", case="es", lang="es", appeal="180")),
    ("dot_leader_fact_sheet_denial_faxstd_no_approval_asked", "fax_standard_g4",
     dict(org="tu", lab=1, ds="dmy", case="pa", appeal="recv", plan=False)),
    ("dot_leader_fact_sheet_denial_phone_inpatient_observation", "phone_photo",
     dict(org="do", lab=2, ds="dlong", case="loc", appeal="180")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        r = random.Random(121600 + i)
        f = facts(r, spec)
        f["reviewer"] = f"{r.choice(['Zaiga', 'Raimonds', 'Agris'])} {r.choice('BGT')}. Kalnins"
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
