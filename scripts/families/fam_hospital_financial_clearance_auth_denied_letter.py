"""Family 'hospital_financial_clearance_auth_denied_letter': a hospital's financial clearance / pre-registration office
writes to a patient before a scheduled procedure that the patient's insurer denied authorization (or has not yet
approved it, or approved it): a "RE:" block with the hospital account and encounter numbers, the insurer, member ID,
group, the insurer's reference number, the procedure, the scheduled date and the surgeon; the insurer's reason told
in the hospital's words; an estimate table (estimated charges, self-pay discount, deposit, estimated amount you would
owe); options (ask your doctor to appeal or call for a peer-to-peer review, reschedule, apply for financial
assistance within 240 days); "please call us by DATE" and the insurer's own appeal time limit as decoys.
Hospitals (fictional): Mdina Valley Medical Center (logo "MDINA VALLEY" over a rule), Senglea Memorial Hospital
(parent line "A member of Birgu Health System"), Mellieha Community Hospital (return-address block); insurers named
in the letter only: Marsaxlokk Mutual Health, Qormi Health Plan, Tarxien Health Insurance Company.
Truth (as for other provider paper that relays a payer's decision, e.g. itemized_bill_with_payer_denial): `other`,
no denial type, no appeal deadline; insurer unscored (the hospital's letter); provider = the hospital (the surgeon
accepted); case numbers = the insurer's reference / authorization number (account, encounter and MRN never);
service date = the scheduled date; claim amount = the estimated total charges (null accepted: nothing is billed yet);
denial date = the letter's date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundah_famhb import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, signature, usd)

FAMILY = "hospital_financial_clearance_auth_denied_letter"
LANG = "en"
HOSP = {
    "mdina": dict(name="Mdina Valley Medical Center", style="logo", logo="MDINA VALLEY",
                  line2="Financial Clearance Center | 2200 Senglea Street, Broken Bow, NE 68822"),
    "senglea": dict(name="Senglea Memorial Hospital", style="parent", parent="A member of Birgu Health System",
                    line2="Patient Access - Pre-Registration | 410 Comino Road, Gering, NE 69341"),
    "mell": dict(name="Mellieha Community Hospital", style="block",
                 line2="Patient Financial Services | 87 Birgu Avenue | McCook, NE 69001"),
}
INSURERS = ["Marsaxlokk Mutual Health", "Qormi Health Plan", "Tarxien Health Insurance Company"]
LABELS = {
    1: dict(pat="Patient", acct="Hospital account #", enc="Encounter #", ins="Insurance", mid="Member ID",
            grp="Group #", ref="Insurer reference #", proc="Scheduled procedure", dt="Scheduled date", doc="Surgeon",
            est="Estimated charges", mrn="MRN"),
    2: dict(pat="Patient name", acct="Account number", enc="Visit number", ins="Primary payer", mid="Subscriber ID",
            grp="Group number", ref="Payer authorization request no.", proc="Procedure", dt="Date of procedure",
            doc="Ordering physician", est="Estimated total charges", mrn="Medical record no."),
    3: dict(pat="Patient", acct="HAR", enc="CSN", ins="Health plan", mid="Policy ID", grp="Employer group",
            ref="Plan case number", proc="Service", dt="Scheduled for", doc="Physician",
            est="Estimated gross charges", mrn="MRN"),
    "es": dict(pat="Paciente", acct="Número de cuenta", enc="Número de visita", ins="Aseguradora",
               mid="Número de miembro", grp="Grupo", ref="Número de referencia de la aseguradora",
               proc="Procedimiento", dt="Fecha programada", doc="Médico", est="Cargos estimados", mrn="Expediente"),
}
# kind: denied / pending / approved
SCEN = {
    "knee": dict(kind="denied", proc="Total knee replacement, right (CPT 27447)",
                 why="your insurer decided the knee replacement is not medically necessary at this time. Their "
                     "letter says the records do not show that physical therapy and injections were tried for at "
                     "least three months."),
    "sleep": dict(kind="pending", proc="Overnight sleep study in the sleep lab (CPT 95810)",
                  why="your insurer has not yet approved the sleep study. They asked your doctor's office for the "
                      "clinic notes and have not made a decision. Without an approval the study may be billed to "
                      "you."),
    "gall": dict(kind="approved", proc="Laparoscopic gallbladder removal (CPT 47562)",
                 why="your insurer approved the surgery. You do not need to do anything about the authorization."),
    "es_mri": dict(kind="denied", proc="Resonancia magnética de la columna lumbar (CPT 72148)",
                   why="su aseguradora negó la autorización porque nuestro centro de imágenes no está en la red de "
                       "su plan. Su plan solo paga resonancias en centros de la red."),
    "bari": dict(kind="denied", proc="Laparoscopic sleeve gastrectomy (CPT 43775)",
                 why="your insurer denied the authorization because weight-loss surgery is excluded under your "
                     "employer's plan. It is not a covered benefit, whatever the medical reason."),
    "fusion": dict(kind="denied", proc="Lumbar spinal fusion, one level (CPT 22630)",
                   why="your insurer denied the request because the authorization was not obtained before the "
                       "original surgery date and the request they received was incomplete. A new prior "
                       "authorization request is needed."),
    "cath": dict(kind="denied", proc="Cardiac catheterization with possible stent (CPT 93458)",
                 why="your insurer approved the catheterization only as an outpatient procedure, not the overnight "
                     "inpatient admission that was scheduled. They said the hospital stay can be done as an "
                     "outpatient (observation) stay instead."),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    h = HOSP[f["hosp"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{h['name']}  ·  {L['acct']} {f['acct']}  ·  {{p}}/{{n}}")
    d.add_page()
    letterhead(d, h["style"], h["name"], h["line2"], h.get("logo", ""), h.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    title = ("Aviso sobre la autorización de su procedimiento" if es else
             "Your procedure has been authorized" if s["kind"] == "approved" else
             "Authorization for your procedure is still pending" if s["kind"] == "pending" else
             "Important: your insurance did not authorize your scheduled procedure")
    d.text_line(("RE: " if f["lab"] != 3 else "") + title, 11.5, "B", h=7)
    rows = [(L["pat"], f["member"]), (L["acct"], f["acct"]), (L["enc"], f["enc"]), (L["mrn"], f["mrn"]),
            (L["ins"], f["insurer"]), (L["mid"], f["mid"]), (L["grp"], f["group"]), (L["ref"], f["ref"]),
            (L["proc"], s["proc"]), (L["dt"], fd(f["sched"])), (L["doc"], f["surgeon"] + ", MD")]
    pairs(d, rows, kw=68, size=9.1)
    if es:
        d.para(f"Estimado(a) {f['member']}:", 9.8)
        d.para(f"Nuestra oficina de preinscripción revisa la cobertura antes de cada procedimiento. El "
               f"{fd(f['insdec'])}, {f['insurer']} nos informó que " + s["why"], 9.5)
    else:
        d.para(f"Dear {f['member']}:", 9.8)
        d.para("Our financial clearance team checks insurance coverage before every scheduled procedure. On "
               f"{fd(f['insdec'])} we spoke with {f['insurer']}, and " + s["why"], 9.5)
    if s["kind"] == "approved":
        d.para(f"Authorization number: {f['auth']}, valid {fd(f['sched'])} through {fd(f['valid'])}. "
               f"Based on your benefits, your estimated share is {usd(f['share'], f['ms'])} (deductible and "
               "coinsurance); we will ask for it at check-in. Please arrive two hours early on the day of your "
               "procedure.", 9.4)
    else:
        head = (["Concepto", "Importe"] if es else ["Estimate", "Amount"])
        rows2 = [[L["est"], usd(f["amt"], f["ms"])],
                 ["Descuento por pago propio (40%)" if es else "Self-pay discount (40%)",
                  "-" + usd(f["disc"], f["ms"])],
                 ["Depósito requerido" if es else "Deposit due before the procedure", usd(f["dep"], f["ms"])],
                 ["*" + ("Monto estimado a su cargo" if es else "Estimated amount you would owe (self-pay)"),
                  usd(f["amt"] - f["disc"], f["ms"])]]
        d.table(head, rows2, [120, 50], size=9, aligns="LR")
        if es:
            d.para("Sus opciones: (1) pida a su médico que apele la decisión de su aseguradora o que solicite la "
                   "autorización de nuevo; (2) cambie la fecha del procedimiento; (3) pague como paciente sin "
                   "seguro con el descuento indicado; (4) solicite asistencia financiera (puede solicitarla hasta "
                   "240 días después de su primera factura).", 9.2)
            d.para(f"Por favor llámenos antes del {fd(f['callby'])} al {f['ph']}. La carta de su aseguradora dice "
                   "que tiene 180 días a partir de la fecha de su aviso para apelar.", 9.2)
        else:
            d.para("What you can do:", 9.6)
            for i, o in enumerate([
                    "Ask your surgeon's office to appeal the insurer's decision or to request a peer-to-peer "
                    "review with the insurer's medical director.",
                    "Reschedule the procedure until the authorization is in place.",
                    "Go ahead as a self-pay patient at the discounted estimate above (deposit due before the "
                    "procedure).",
                    "Apply for financial assistance; you may apply up to 240 days after your first bill."], 1):
                d.para(f"{i}. {o}", 9.2, gap=1)
            d.para(f"Please call us by {fd(f['callby'])} at {f['ph']} so we can keep or change your date. "
                   f"{f['insurer']} told us it sent you its own letter; its appeal time limit is stated there "
                   "(usually 180 days from its notice). This letter is not a bill and is not your insurer's "
                   "decision.", 9.2)
    signature(d, [f["signer"], "Especialista de acceso de pacientes" if es else "Financial Clearance Specialist",
                  h["name"], f"NPI {f['npi']}  ·  Fax {f['fax']}"], "Atentamente," if es else "Sincerely,")
    d.font(8.5)
    d.cell(0, 4.3, f"cc: {f['surgeon']}, MD", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, hosp: str, scen: str, lab, ds: str, date: dt.date, ms: str) -> dict:
    lang = "es" if lab == "es" else "en"
    sched = days(date, r.randint(9, 24))
    amt = money(r, 3800, 46000)
    return dict(hosp=hosp, scen=scen, lab=lab, ds=ds, date=date, ms=ms, lang=lang, member=person(r, lang),
                addr=address(r, lang), acct=digits(r, 9), enc=digits(r, 10), mrn="M" + digits(r, 7),
                insurer=r.choice(INSURERS), mid=mixed(r, "AAA999999999"), group=mixed(r, "99999A"),
                ref=mixed(r, "AUA-99999999"), sched=sched, valid=days(sched, 60), insdec=days(date, -r.randint(1, 4)),
                callby=days(date, r.randint(4, 7)), surgeon=clinician(r), amt=amt, disc=round(amt * 0.4, 2),
                dep=round(r.choice([500, 750, 1000, 1500]), 2), share=money(r, 400, 2600),
                auth=mixed(r, "A99999999"), ph=phone(r), fax=phone(r), signer=person(r, "en"), npi=npi(r))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    approved = s["kind"] == "approved"
    cases = [f["ref"]] + ([f["auth"]] if approved else [])
    alts = {"provider": [f["surgeon"]]}
    if approved:
        alts["case_numbers"] = [[f["ref"]], [f["auth"]]]
        amt = None
    else:
        amt = m2(f["amt"])
        alts["claim_amount"] = [None]
    kw = dict(insurer=None, member_id=f["mid"], group_number=f["group"], plan_id=None, member_name=f["member"],
              case_numbers=cases, claim_amount=amt, service_dates=[iso(f["sched"])], denial_date=iso(f["date"]),
              provider=HOSP[f["hosp"]]["name"], appeal_deadline=None, alternates=alts, unscored=["insurer"])
    return truth("other", None, f["lang"], **kw)


# (stem, condition, hospital, scenario, labels, date style, money style)
PLAN = [
    ("hospital_financial_clearance_auth_denied_letter_bd_knee", "born_digital", "mdina", "knee", 1, "long", "plain"),
    ("hospital_financial_clearance_auth_denied_letter_bd_sleep_pending", "born_digital", "senglea", "sleep", 2,
     "slash", "plain"),
    ("hospital_financial_clearance_auth_denied_letter_scan_gallbladder_approved", "scan_clean_300", "mell", "gall", 3,
     "abbr", "plain"),
    ("hospital_financial_clearance_auth_denied_letter_lowres_es_mri", "scan_lowres_150", "senglea", "es_mri", "es",
     "es", "es"),
    ("hospital_financial_clearance_auth_denied_letter_rot_sleeve", "rotated", "mdina", "bari", 2, "dmy", "nosign"),
    ("hospital_financial_clearance_auth_denied_letter_copy_fusion", "photocopy", "mell", "fusion", 1, "iso", "plain"),
    ("hospital_financial_clearance_auth_denied_letter_fax_cath", "fax_standard_g4", "senglea", "cath", 3, "upper",
     "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, hosp, scen, lab, ds, ms) in enumerate(PLAN):
        r = random.Random(129500 + n)
        date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 260))
        f = facts(r, hosp, scen, lab, ds, date, ms)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
