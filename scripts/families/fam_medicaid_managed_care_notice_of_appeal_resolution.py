"""Family 'medicaid_managed_care_notice_of_appeal_resolution': a Medicaid managed-care plan's Notice of Appeal
Resolution, modelled on the wording states and plans use for 42 CFR 438.408 (e) notices (values invented): "We
reviewed your appeal", "Our decision", "Why we made this decision", "Your right to a State Fair Hearing" (120 days
from this notice), "Continuation of benefits" (ask within 10 days; you may have to pay back), "Expedited fair hearing".
Decisions: appeal upheld (medical necessity keyword; a claim appeal upheld for no prior authorization; inpatient
rehab upheld for the setting; an out-of-network specialist in plain words), partly overturned (fewer home health
aide hours than asked), fully overturned (denies nothing), one Spanish (adult dentures not a covered benefit).

Issuers: Kerlouan Health Partners (logo word "KERLOUAN" over a rule, "Health Partners · a Medicaid managed care
plan for the State of Armorica" line) and Tregunc Community Health Plan (parent line "A Tregunc Health Holdings
company" above the centred name, then a return-address block). Decoys: the State Medicaid ID beside the plan member
ID, date the appeal was received, date of the first notice, the fair-hearing office, provider NPI, the 120-day and
10-day limits, the 72-hour expedited appeal timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundy_famya import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "medicaid_managed_care_notice_of_appeal_resolution"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KH, TG = "Kerlouan Health Partners", "Tregunc Community Health Plan"
LABELS = [("Date of this notice", "Member name", "Member ID", "Appeal number", "Original reference number",
           "Provider", "Date(s) of service"),
          ("Notice date", "Enrollee", "Plan ID number", "Appeal case #", "Authorization request #",
           "Requesting provider", "Service date"),
          ("Date", "Name", "Identification number", "Appeal ID", "Denial notice no.", "Doctor or provider",
           "Dates requested")]
LABELS_ES = ("Fecha de este aviso", "Nombre del afiliado", "Número de afiliado", "Número de apelación",
             "Número de referencia original", "Proveedor", "Fecha de servicio")
SERVICES = {
    "mednec": "MRI of the lumbar spine (CPT 72148)",
    "partial": "Home health aide services, 35 hours per week",
    "overturn": "Arthroscopic knee surgery (CPT 29881)",
    "priorauth": "Outpatient sleep study (CPT 95810)",
    "es": "Dentadura postiza completa superior e inferior (D5110, D5120)",
    "loc": "Admission to an inpatient rehabilitation facility",
    "oon": "Visit with an out-of-network pediatric endocrinologist",
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 200))
    recv = days(date, -r.randint(12, 28))
    first = days(recv, -r.randint(10, 40))
    svc = days(first, -r.randint(3, 20)) if kind == "priorauth" else days(date, r.randint(10, 30))
    prov = clinician(r)
    rev = clinician(r)
    while rev.split()[-1] == prov.split()[-1]:
        rev = clinician(r)
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, lang=lang, date=date,
                recv=recv, first=first, svc=svc, svc_end=days(svc, 91), member=person(r, lang),
                addr=address(r, lang), mid=mixed(r, "KHP99999999") if ins == KH else mixed(r, "TC-999-99-9999"),
                sid=mixed(r, "99999999A"), appeal="AP-2026-" + mixed(r, "999999") if ins == KH else "GA" + mixed(r, "99999999"),
                ref=mixed(r, "UM9999999") if ins == KH else mixed(r, "PA-99-999999"), prov=prov,
                npi=npi(r), ph=phone(r), amt=money(r, 900, 3400), rev=rev, hours=r.choice([18, 20, 24]))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if f["ins"] == KH:
        d.text_line("KERLOUAN", 24, "B", h=10)
        d.rule(0.9, 1)
        d.text_line("Health Partners · " + ("un plan de atención administrada de Medicaid del Estado de Armorica"
                                            if es else "a Medicaid managed care plan for the State of Armorica"),
                    8.4, h=4.4)
        d.text_line("Appeals and Grievances · PO Box 6127 · Guymon, OK 73942", 8.2, h=4.4)
    else:
        d.text_line("A Tregunc Health Holdings company", 8, align="C", h=4)
        d.text_line(TG, 15, "B", align="C", h=7.5)
        d.rule(0.3, 2)
        for ln in ("Member Appeals Unit", "1840 Lannilis Parkway, Suite 300", "Hood River, OR 97031"):
            d.text_line(ln, 8.6, h=4.2)
    d.ln(5)


def decision_text(f: dict) -> tuple[str, list[str]]:
    k, p = f["kind"], f["prov"]
    if k == "mednec":
        return "Our decision: We upheld (kept) our denial.", [
            f"Why we made this decision: The MRI your doctor, {p}, asked for is not medically necessary for you. "
            "Our medical director, a board-certified physician who was not part of the first decision, reviewed "
            "your records. You have had low back pain for three weeks and have not yet tried six weeks of physical "
            "therapy. Our imaging guideline asks for that first unless there are warning signs, and your records "
            "show none. The denial for lack of medical necessity stands."]
    if k == "partial":
        return "Our decision: We partly overturned our denial.", [
            f"You asked for 35 hours per week of home health aide services. We now approve {f['hours']} hours per "
            f"week for the dates {fd(f, f['svc'])} to {fd(f, f['svc_end'])}. We still deny the other "
            f"{35 - f['hours']} hours per week.",
            "Why: The nurse assessment shows you need hands-on help with bathing, dressing and meals, and that time "
            f"is covered. The records do not show a need for the rest of the hours you asked for: the other tasks "
            "(housekeeping and errands) can be done by your family or by the community program, so the added hours "
            "are not needed for your care."]
    if k == "overturn":
        return "Our decision: We overturned our denial. Your appeal is approved.", [
            f"We reviewed the new records sent by {p} and agree that the surgery is needed. We have approved the "
            f"arthroscopic knee surgery planned for {fd(f, f['svc'])}. Authorization number {f['ref']} is now "
            "approved. Your provider has been told. You do not need to do anything else.",
            "Because we approved your appeal, you do not need a State Fair Hearing. Keep this letter for your records."]
    if k == "priorauth":
        return "Our decision: The denial is upheld.", [
            f"The claim from {p} for your sleep study on {fd(f, f['svc'])}, billed at {usd(f['amt'], f['ms'])}, was "
            "denied because the service needed prior authorization and none was requested before the test. Our "
            "records show no request from the provider. Prior authorization is required for sleep studies done in "
            "a sleep center. The denial stays in place. Your provider may not bill you for this service."]
    if k == "loc":
        return "Our decision: We upheld our denial.", [
            "Why: You need daily therapy after your hip fracture, but you can do about one hour of therapy a day. "
            "An inpatient rehabilitation facility is for members who can take part in three hours of therapy a "
            "day. Your care can be given safely at a lower level of care: a skilled nursing facility. We approved "
            "a skilled nursing facility stay instead; the inpatient rehabilitation setting is not approved."]
    return "Our decision: We did not change our decision.", [
        "Why: You asked to see a children's hormone doctor who does not work with our plan. We have two doctors "
        "who do the same kind of care, and one of them has an opening within 14 days, about 20 miles from your "
        "home. Because a doctor in our plan can see your child in time, we will not pay for the doctor outside "
        "our plan. We can help you make the appointment with our doctor."]


def build(f: dict) -> bytes:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["date"]), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("AVISO DE RESOLUCIÓN DE APELACIÓN" if es else "NOTICE OF APPEAL RESOLUTION", 13, "B", h=7)
    d.ln(1)
    rows = [(L[0], fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]),
            ("Número de Medicaid del estado" if es else "State Medicaid ID", f["sid"]), (L[3], f["appeal"])]
    if k != "oon":
        rows.append((L[4], f["ref"]))
    rows.append((L[5], f"{f['prov']}, MD" if k != "es" else f"{f['prov']}, DDS"))
    if k == "partial":
        rows.append((L[6], f"{fd(f, f['svc'])} - {fd(f, f['svc_end'])}"))
    elif k not in ("loc", "oon"):
        rows.append((L[6], fd(f, f["svc"])))
    rows.append(("Servicio" if es else "Service", SERVICES[k]))
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(68 if es else 62, 5.1, a + ":")
        d.font(9.5)
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if es:
        d.para(f"Recibimos su apelación el {fd(f, f['recv'])} sobre nuestro aviso del {fd(f, f['first'])}. Un "
               "dentista que no participó en la primera decisión revisó su apelación.")
        d.text_line("Nuestra decisión: Mantenemos la denegación.", 11, "B", h=6)
        d.para("Por qué: Las dentaduras postizas para adultos de 21 años o más no son un beneficio cubierto por el "
               "programa Medicaid del Estado de Armorica, salvo en casos de emergencia. Este servicio no está "
               "cubierto por su plan. No encontramos una excepción que se aplique a su caso.")
        d.text_line("Su derecho a una audiencia imparcial estatal", 11, "B", h=6)
        d.para("Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la "
               "fecha de este aviso. Escriba a la Oficina de Audiencias, Departamento de Servicios Humanos de "
               f"Armorica, o llame al {f['ph']}. Si su salud corre peligro, puede pedir una audiencia acelerada.")
        d.text_line("Continuación de beneficios", 11, "B", h=6)
        d.para("Si ya recibía este servicio, puede seguir recibiéndolo durante la audiencia si la pide dentro de 10 "
               "días a partir de la fecha de este aviso. Si pierde la audiencia, es posible que tenga que pagar.")
    else:
        d.para(f"We received your appeal on {fd(f, f['recv'])} about our notice dated {fd(f, f['first'])}. "
               f"A reviewer who did not make the first decision, {f['rev']}, MD, looked at your appeal, your medical "
               "records and what you and your provider told us. We decided your standard appeal within 30 days; an "
               "expedited appeal is decided within 72 hours.")
        head, paras = decision_text(f)
        d.text_line(head, 11, "B", h=6)
        for p in paras:
            d.para(p)
        if k != "overturn":
            d.text_line("Your right to a State Fair Hearing", 11, "B", h=6)
            d.para("You have finished the plan's appeal process. If you do not agree with this decision, you can ask "
                   "for a State Fair Hearing within 120 days of the date of this notice. Send the hearing request "
                   "form to the Armorica Office of Administrative Hearings, 77 Kerhuon Street, or call "
                   f"{f['ph']}. You can ask for an expedited hearing if waiting could seriously harm your health.")
            d.text_line("Continuation of benefits", 11, "B", h=6)
            d.para("If this decision reduces or stops a service you are getting now, you can keep getting it during "
                   "the hearing if you ask within 10 days of the date of this notice. If the hearing decision is "
                   "not in your favor, you may have to pay for the services you got while it was pending.")
        d.para(f"We can provide this notice in other languages and formats. Call Member Services at {f['ph']} "
               "(TTY 711).", 9)
    d.ln(2)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line(f"{f['rev']}, MD", 10, h=5)
    d.text_line("Director Médico, Apelaciones" if es else "Medical Director, Appeals", 10, h=5)
    d.text_line(f"cc: {f['prov']} (NPI {f['npi']})", 8.4, h=4.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["member"], denial_date=iso(f["date"]),
                  provider=f["prov"])
    alts = {"member_id": [f["sid"]]}
    cases = [f["appeal"]] + ([] if k == "oon" else [f["ref"]])
    if k != "oon":
        alts["case_numbers"] = [[f["appeal"]]]
    sd = ([iso(f["svc"], f["svc_end"])] if k == "partial" else [] if k in ("loc", "oon") else [iso(f["svc"])])
    if k == "partial":
        alts["service_dates"] = [[iso(f["svc"])]]
    if k == "overturn":
        return truth("other", None, f["lang"], case_numbers=cases, service_dates=sd, alternates=alts, **common)
    den = {"mednec": "medical_necessity", "partial": "medical_necessity", "priorauth": "prior_authorization",
           "es": "not_covered", "loc": "level_of_care", "oon": "out_of_network"}[k]
    dalt = {"partial": ["not_covered"], "loc": ["medical_necessity"]}.get(k)
    return truth("denial_letter", den, f["lang"], case_numbers=cases, service_dates=sd,
                 claim_amount=m2(f["amt"]) if k == "priorauth" else None, alternates=alts, denial_alternates=dalt,
                 **common)


# (stem suffix, condition, kind, issuer, label set, date style, money style)
PLAN = [
    ("bd_upheld_mri", "born_digital", "mednec", KH, 0, "long", "plain"),
    ("bd_partly_overturned_aide_hours", "born_digital", "partial", TG, 1, "slash", "plain"),
    ("scan_overturned_knee", "scan_clean_300", "overturn", KH, 2, "abbr", "plain"),
    ("lowres_claim_no_auth", "scan_lowres_150", "priorauth", TG, 0, "iso", "nosign"),
    ("copy_spanish_dentures", "photocopy", "es", KH, 0, "es", "es"),
    ("faxf_rehab_setting", "fax_fine_g4", "loc", TG, 2, "upper", "plain"),
    ("phone_out_of_network_plain", "phone_photo", "oon", KH, 1, "dmy", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(101500 + i), kind, ins, lab, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
