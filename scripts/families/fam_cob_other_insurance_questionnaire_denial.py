"""Family 'cob_other_insurance_questionnaire_denial': a commercial plan denies (or holds) claims because it needs the
member's other-coverage information, with the coordination-of-benefits questionnaire enclosed as a page of blank
fields.

Modelled on the content of the "Coordination of Benefits / Other Health Insurance Questionnaire" that commercial
plans mail (subscriber part, other coverage part with policyholder, policy and group number, employer and effective
dates, Medicare part A/B with the reason for entitlement, the dependents-of-separated-parents part with the court
decree question, signature), and on the order-of-benefit rules of the NAIC Coordination of Benefits Model
Regulation (the "birthday rule"). Values and wording invented.

Insurers (fictional): Carhaix Mutual Health Insurance Company (logo words "CARHAIX MUTUAL" over a rule), Landerneau
Health Plan (parent line "A Guingamp Financial Group company" above the centred name; prints a Plan ID).
Papers: a denial of one claim (questionnaire enclosed), a denial of several claims listed in a small table, a hold
letter for a child's claim (nothing denied yet), a denial after the questionnaire came back showing the spouse's
employer plan pays first (plain words), a Spanish denial with a Spanish questionnaire, an annual-update denial, and a
letter to the provider's billing office with a copy to the member.
Decoys: blank "Member ID: ____" / "Group number: ____" / "Policy number: ____" labels on the questionnaire, the form
number, the reply-by date, the date of the last other-coverage update, the letter ID, the other plan's name and
member number, the plan-year sentence, NPI, patient account number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaf_famfc import (CLINICIANS, Page, address, blanks, days, fdate, iso, kin, letterhead, m2, mail_to,
                               mixed, money, npi, pairs, person, phone, signature, usd)

FAMILY = "cob_other_insurance_questionnaire_denial"
LANG = "en"
PLANS = {
    "car": dict(name="Carhaix Mutual Health Insurance Company", style="logo", logo="CARHAIX MUTUAL",
                line2="Coordination of Benefits Unit | PO Box 4418 | Lovelock, NV 89419", mid="CMH999999999",
                claim="26999999999", grp="99999", plan=None, form="Form CMH-COB-Q (rev. 03/2025)"),
    "lan": dict(name="Landerneau Health Plan", style="parent", parent="A Guingamp Financial Group company",
                line2="Member Services - 715 Kerlaz Way, Winnemucca, NV 89445", mid="LHP-999-99-9999",
                claim="LH9999999999", grp="G-9999-A", plan="LHP-PPO-9999", form="LHP Form 7713-COB 2026"),
}
CLINICS = ["Lovelock Valley Clinic", "Humboldt River Physical Therapy", "Pershing Family Medicine",
           "Sonoma Peak Pediatrics", "Winnemucca Urgent Care"]
SERV = [("99214", "Office visit, est. patient", 210, 330), ("80053", "Comprehensive metabolic panel", 60, 140),
        ("97110", "Therapeutic exercise", 95, 160), ("99392", "Preventive visit, age 1-4", 190, 280),
        ("73030", "X-ray shoulder, 2 views", 120, 240), ("99204", "Office visit, new patient", 280, 420)]
# label sets: patient, member id, group, plan, claim, provider, date of service, billed
LAB = {1: ["Patient", "Member ID", "Group number", "Plan ID", "Claim number", "Provider", "Date of service",
           "Amount billed"],
       2: ["Member", "ID number", "Group #", "Plan", "Claim #", "Treating provider", "Service date", "Charges"],
       3: ["Patient name", "Identification no.", "Employer group", "Plan code", "Claim reference", "Billed by",
           "Date(s) of service", "Total charges"],
       "es": ["Paciente", "Núm. de miembro", "Grupo", "Plan", "Número de reclamación", "Proveedor",
              "Fecha de servicio", "Cantidad facturada"]}


def _fd(f, x):
    return fdate(x, f["ds"])


def questionnaire(d: Page, f: dict) -> None:
    p = PLANS[f["plan"]]
    d.add_page()
    if f["lang"] == "es":
        d.text_line("CUESTIONARIO DE COORDINACIÓN DE BENEFICIOS (OTRO SEGURO)", 12, "B", h=7)
        d.para(f"{p['form']}. Devuélvalo a {p['name']}, Unidad de Coordinación de Beneficios, en el sobre adjunto.", 8.8)
        d.text_line("Parte 1 - Suscriptor", 10, "B", h=6)
        blanks(d, ["Nombre del suscriptor", ("Núm. de miembro", "Fecha de nacimiento"), "Teléfono"])
        d.text_line("Parte 2 - Otro seguro médico", 10, "B", h=6)
        d.text_line("¿Usted o alguien de su familia tiene otro seguro médico?   [ ] Sí   [ ] No", 9.3, h=6)
        blanks(d, ["Compañía del otro seguro", "Titular de la póliza", ("Núm. de póliza", "Núm. de grupo"),
                   "Empleador", ("Fecha de inicio", "Fecha de fin")])
        d.text_line("Parte 3 - Medicare", 10, "B", h=6)
        blanks(d, [("Núm. de Medicare", "Parte A desde"), "Parte B desde"])
        d.para("Firma ____________________________   Fecha ____/____/______", 9.3)
        d.para("Cuando un hijo tiene cobertura de ambos padres, paga primero el plan del padre o la madre cuyo "
               "cumpleaños cae antes en el año (regla del cumpleaños).", 8.5)
        return
    d.text_line("COORDINATION OF BENEFITS (COB) QUESTIONNAIRE", 12.5, "B", h=7)
    d.para(f"{p['form']}. Complete every part, sign, and return in the enclosed envelope. Incomplete forms are "
           "returned.", 8.8)
    d.text_line("Part A - Subscriber information", 10, "B", h=6)
    blanks(d, ["Subscriber name", ("Member ID", "Date of birth"), ("Group number", "Phone")])
    d.text_line("Part B - Other health coverage", 10, "B", h=6)
    d.para("Do you, your spouse or any dependent have other health coverage (employer plan, individual policy, "
           "Medicaid, TRICARE, student plan)?   [ ] Yes   [ ] No", 9.3, gap=1)
    blanks(d, ["Other insurance company", ("Policyholder name", "Date of birth"), ("Policy number", "Group no."),
               "Policyholder's employer", ("Effective date", "End date"), "Persons covered"])
    d.text_line("Part C - Medicare", 10, "B", h=6)
    blanks(d, [("Medicare number", "Part A eff."), "Part B effective date"])
    d.text_line("Reason for Medicare:  [ ] Age   [ ] Disability   [ ] End-stage renal disease", 9.3, h=6)
    d.text_line("Part D - Dependent children of separated or divorced parents", 10, "B", h=6)
    d.text_line("Is there a court decree about health coverage?  [ ] Yes  [ ] No   Parent with custody: __________",
                9.3, h=6)
    d.ln(2)
    d.text_line("Signature ______________________________   Date ____/____/______", 9.5, h=6)
    d.para("Which plan pays first: a plan that covers you as an employee pays before a plan that covers you as a "
           "dependent; for a child covered by both parents, the plan of the parent whose birthday comes first in "
           "the calendar year pays first.", 8.3)


def _rows(f: dict, L: list) -> list:
    p = PLANS[f["plan"]]
    rows = [(L[0], f["patient"]), (L[1], f["mid"]), (L[2], f["grp"])]
    if f["patient"] != f["subscriber"]:
        rows.insert(1, ("Subscriber", f["subscriber"]))
    if p["plan"]:
        rows.append((L[3], f["planid"]))
    if f["kind"] != "multi":
        rows += [(L[4], f["claims"][0]["no"]), (L[5], f["prov"]), (L[6], _fd(f, f["claims"][0]["dos"])),
                 (L[7], usd(f["claims"][0]["billed"], f["ms"]))]
    return rows


def letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    d = Page(foot=(f"Página {{p}} de {{n}}   ·   ID de carta {f['letterid']}" if es
                   else f"Page {{p}} of {{n}}   -   Letter ID {f['letterid']}"))
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    kind = f["kind"]
    if kind == "provider":
        mail_to(d, [f"{f['clinic']} - Billing Office", *f["caddr"]])
    else:
        mail_to(d, [f["subscriber"], *f["addr"]])
    title = {"single": "Your claim was denied: we need your other insurance information",
             "multi": "Claims denied - coordination of benefits information needed",
             "hold": "Information needed before we can process your claim",
             "primary": "Why we did not pay this claim",
             "annual": "Notice of Adverse Benefit Determination",
             "provider": "Claim denied - member's other coverage information not on file",
             "es": "Aviso de denegación: necesitamos información sobre otro seguro"}[kind]
    d.text_line(title, 12.3, "B", h=7)
    pairs(d, _rows(f, L), kw=50)
    c0 = f["claims"][0]
    ph = f["ph"]
    if kind == "multi":
        d.table(["Claim #", "Service date", "Service", "Charges", "Status"],
                [[c["no"], _fd(f, c["dos"]), c["desc"], usd(c["billed"], f["ms"]), "Denied - COB"]
                 for c in f["claims"]] + [["*Total", "", "", usd(f["total"], f["ms"]), ""]],
                [36, 28, 56, 26, 30], size=8.6, aligns="LLLRL")
        d.para(f"All of the claims above are from {f['prov']} at {f['clinic']} (NPI {f['npi']}).", 9.6)
    if kind == "single":
        d.para(f"We received the claim above for care on {_fd(f, c0['dos'])}. Our records show that you may have "
               f"other health coverage, and we have no answer to the coordination of benefits (COB) questionnaire "
               f"we mailed on {_fd(f, f['asked'])}. We denied the claim because we cannot tell which plan should pay "
               "first.", 10)
        d.para(f"Please complete the enclosed questionnaire and return it by {_fd(f, f['due'])}, even if you have no "
               "other coverage. When we have it we will reprocess the claim; you will not need to file an appeal.",
               10)
        d.text_line("Your right to appeal", 11, "B", h=6)
        d.para("If you disagree with this decision, you may appeal within 180 days of the date of this letter. "
               "Send your appeal to the address above. You may ask for copies of the plan rules we used, free of "
               "charge. After a final internal decision you may be able to ask for an external review within "
               "4 months.", 9.8)
    elif kind == "multi":
        d.para(f"Your plan coordinates benefits with other coverage. On {_fd(f, f['asked'])} we asked you to update "
               "your other insurance information and did not hear back. Until we receive the enclosed coordination "
               "of benefits questionnaire, the claims listed above are denied (remark COB-11).", 10)
        d.para(f"Our plan year runs from January 1 to December 31; an update is requested every plan year. The last "
               f"update on file is dated {_fd(f, f['lastupd'])}.", 9.6)
        d.text_line("Appeal rights", 11, "B", h=6)
        d.para(f"You may file an appeal. We must receive it no later than {_fd(f, f['dl'])}. Returning the "
               "questionnaire is the fastest way to have these claims reconsidered.", 9.8)
    elif kind == "hold":
        d.para(f"We received a claim for {f['patient']}'s care on {_fd(f, c0['dos'])}. {f['patient'].split()[0]} "
               f"may also be covered under another parent's plan. We have not denied this claim: it is pended "
               "until we know which plan pays first.", 10)
        d.para(f"Please return the enclosed questionnaire by {_fd(f, f['due'])}. If both parents have coverage, the "
               "plan of the parent whose birthday comes first in the year usually pays first. If we do not hear "
               "from you, the claim may be denied later and you will receive a notice with your appeal rights.", 10)
    elif kind == "primary":
        d.para(f"Thank you for returning the questionnaire on {_fd(f, f['recv'])}. You told us that "
               f"{f['patient'].split()[0]} is covered as an employee under {f['other']} (member no. {f['othermid']}), "
               f"effective {_fd(f, f['othereff'])}. A plan that covers a person as an employee pays before a plan "
               "that covers the person as a spouse, so that plan pays first.", 10)
        d.para(f"We did not pay this claim. Please ask {f['clinic']} to bill {f['other']} first. When you receive "
               "their explanation of benefits, send it to us and we will look at what is left.", 10)
        d.text_line("If you think we are wrong", 11, "B", h=6)
        d.para("You can ask us to review this decision. Send your request within 180 days after you receive this "
               "letter. Expedited reviews are answered within 72 hours.", 9.8)
    elif kind == "annual":
        d.para("Reason for denial: Coordination of benefits (COB). Once each plan year we ask every member to "
               f"confirm whether they have other health coverage. We mailed your annual COB update form on "
               f"{_fd(f, f['asked'])} and a reminder on {_fd(f, f['remind'])}, and we have not received it.", 10)
        d.para("Plan provision: Section 9.4, Coordination of Benefits, of your benefit booklet. Return the enclosed "
               "form and the claim will be processed again.", 10)
        d.text_line("How to appeal", 11, "B", h=6)
        d.para("You have 180 days from the date of this notice to ask for an internal appeal. An external review "
               "must be requested within 4 months of a final internal decision. You may have the right to bring a "
               "civil action under section 502(a) of ERISA.", 9.8)
    elif kind == "provider":
        d.para(f"We denied the claim above for {f['patient']} (patient account {f['acct']}) because the member has "
               f"not returned our coordination of benefits questionnaire. Your NPI on the claim: {f['npi']}. A copy "
               "of this letter and the questionnaire was mailed to the member.", 10)
        d.para("Please do not send a corrected claim. We will reprocess it automatically once the member's answers "
               f"are on file; you may check status after {_fd(f, f['due'])}.", 10)
        d.para("The member may appeal within 180 days of the date of this letter.", 9.8)
    else:  # es
        d.para(f"Recibimos la reclamación de arriba por la atención del {_fd(f, c0['dos'])}. Nuestros registros "
               f"indican que usted podría tener otro seguro médico. Le enviamos un cuestionario el "
               f"{_fd(f, f['asked'])} y no recibimos respuesta. Por eso negamos la reclamación: no sabemos qué plan "
               "debe pagar primero (coordinación de beneficios).", 10)
        d.para(f"Complete el cuestionario adjunto y devuélvalo antes del {_fd(f, f['due'])}. Volveremos a procesar "
               "la reclamación cuando lo recibamos.", 10)
        d.text_line("Su derecho a apelar", 11, "B", h=6)
        d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. También puede pedir una revisión "
               "externa después de la decisión final.", 9.8)
    d.para(f"{'Preguntas' if es else 'Questions'}: {ph} (TTY 711).", 9.3)
    signature(d, ["Atentamente," if es else "Sincerely,",
                  "Unidad de Coordinación de Beneficios" if es else "Coordination of Benefits Unit", p["name"]])
    if kind == "provider":
        d.text_line(f"cc: {f['subscriber']}, member", 9, h=5)
    questionnaire(d, f)
    return pdf_bytes(d)


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    subscriber = person(r, lang)
    patient = kin(r, subscriber) if spec.get("child") or spec.get("spouse") else subscriber
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
    nclaims = 3 if spec["kind"] == "multi" else 1
    code = r.choice(SERV[:2] + SERV[4:]) if not spec.get("child") else SERV[3]
    if spec["kind"] == "multi":
        code = SERV[2]
    claims = []
    dos0 = days(date, -r.randint(45, 70))
    for i in range(nclaims):
        dos = days(dos0, 7 * i)
        claims.append(dict(no=mixed(r, p["claim"]), dos=dos, desc=f"{code[0]} {code[1]}",
                           billed=money(r, code[2], code[3])))
    f = dict(spec, lang=lang, subscriber=subscriber, patient=patient, date=date, claims=claims,
             total=round(sum(c["billed"] for c in claims), 2), mid=mixed(r, p["mid"]), grp=mixed(r, p["grp"]),
             planid=mixed(r, p["plan"]) if p["plan"] else None, prov=r.choice(CLINICIANS), clinic=r.choice(CLINICS),
             caddr=address(r), addr=address(r, lang), ph=phone(r), npi=npi(r), letterid=mixed(r, "COB-99999-A"),
             acct=mixed(r, "PA-999999"), asked=days(dos0, r.randint(5, 12)), lastupd=days(date, -r.randint(400, 500)),
             other=r.choice(["Lozach Freight Lines Employee Health Plan", "Sandhill Rail Workers Benefit Fund"]),
             othermid=mixed(r, "ZH99999999"), othereff=days(date, -r.randint(300, 900)))
    if spec["kind"] == "multi":
        f["prov"], f["clinic"] = "Enora Plassart, DPT", "Humboldt River Physical Therapy"
    elif spec.get("child"):
        f["prov"], f["clinic"] = "Gaelle Riou, DO", "Sonoma Peak Pediatrics"
    elif f["clinic"] in ("Humboldt River Physical Therapy", "Sonoma Peak Pediatrics"):
        f["clinic"] = "Pershing Family Medicine"
    f["due"] = days(date, 30)
    f["remind"] = days(f["asked"], 21)
    f["recv"] = days(date, -r.randint(5, 12))
    f["dl"] = days(date, 180)
    return f


def make_truth(f: dict) -> dict:
    p = PLANS[f["plan"]]
    c = f["claims"]
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["patient"],
                  plan_id=f["planid"], case_numbers=[x["no"] for x in c], claim_amount=m2(f["total"]),
                  service_dates=[iso(x["dos"]) for x in c], denial_date=iso(f["date"]), provider=f["prov"])
    kind = f["kind"]
    if kind == "hold":
        return truth("other", None, f["lang"], **common)
    if kind == "primary":
        return truth("denial_letter", "other", f["lang"], alternates={"appeal_deadline": [iso(days(f["date"], 180))]},
                     **common)
    alts = {}
    if kind == "provider":
        alts = {"provider": [f["clinic"]]}
    return truth("denial_letter", "other", f["lang"], appeal_deadline=iso(days(f["date"], 180)),
                 alternates=alts, **common)


PLAN = [
    ("cob_other_insurance_questionnaire_denial_bd_single", "born_digital",
     dict(kind="single", plan="car", lab=1, ds="long", ms="plain")),
    ("cob_other_insurance_questionnaire_denial_bd_claims_table", "born_digital",
     dict(kind="multi", plan="lan", lab=2, ds="slash", ms="plain")),
    ("cob_other_insurance_questionnaire_denial_scan_child_hold", "scan_clean_300",
     dict(kind="hold", plan="car", lab=3, ds="iso", ms="nosign", child=True)),
    ("cob_other_insurance_questionnaire_denial_lowres_spouse_primary", "scan_lowres_150",
     dict(kind="primary", plan="lan", lab=1, ds="abbr", ms="usd", spouse=True)),
    ("cob_other_insurance_questionnaire_denial_copy_es", "photocopy",
     dict(kind="es", plan="car", lab="es", ds="es", ms="es", lang="es")),
    ("cob_other_insurance_questionnaire_denial_phone_annual_update", "phone_photo",
     dict(kind="annual", plan="lan", lab=3, ds="dmy", ms="plain")),
    ("cob_other_insurance_questionnaire_denial_faxf_provider_copy", "fax_fine_g4",
     dict(kind="provider", plan="car", lab=2, ds="abbr", ms="nosign")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(124500 + i), spec)
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
