"""Family 'behavioral_health_outpatient_session_limit': outpatient psychotherapy sessions denied after the plan's
annual session limit was used up, or after the visits allowed without a treatment plan / authorization; letters to
the member and to the therapist, EOBs, one approval of more sessions, one Spanish letter.

Issuers (fictional): Fenmarsh Health Plan (return-address block letterhead: name, unit, street, fax), Mindbridge
Behavioral Health (logo word "MINDBRIDGE" over a rule; a behavioral-health benefits administrator whose line names the
employer plan it serves, Tilbrook County Employees' Health Plan, as a decoy organisation).
Decoys: the earlier paid sessions and their claim, the count of visits used, the date the limit was reached, the
benefit-year timetable sentence, the treatment-plan form number, the therapist's NPI, external-review and expedited
time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundz_famzc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                              money, npi, pairs, person, phone, usd)

FAMILY = "behavioral_health_outpatient_session_limit"
LANG = "en"
PLANS = {
    "fen": dict(name="Fenmarsh Health Plan", style="block",
                line2="Behavioral Health Utilization Management | 4410 Brickfield Row | Poteau, OK 74953 | "
                      "Fax (918) 555-7342", mid="FHP999999999", claim="FM99999999", auth="BH-9999-99999", plan=None),
    "mind": dict(name="Mindbridge Behavioral Health", style="logo", logo="MINDBRIDGE",
                 line2="PO Box 5188, Wapakoneta, OH 45895 | Fax (419) 555-7415",
                 mid="MBH-99999-9999", claim="9999999-99", auth="MA99999999", plan="TCE-PPO-99"),
}
# claim, patient, member id, group, therapist, dates of service, billed, plan, auth
LAB = {1: ["Claim number", "Patient", "Member ID", "Group number", "Therapist", "Dates of service", "Amount billed",
           "Plan ID", "Authorization number"],
       2: ["Claim #", "Member", "ID no.", "Group", "Rendering provider", "Service dates", "Total charges", "Plan",
           "Reference #"],
       3: ["Claim reference", "Member name", "Subscriber ID", "Employer group no.", "Provider", "Session dates",
           "Billed", "Plan code", "Case number"],
       "es": ["Número de reclamación", "Paciente", "Núm. de miembro", "Grupo", "Terapeuta", "Fechas de servicio",
              "Cantidad facturada", "Plan", "Número de caso"]}
CPT = {"90837": "Psychotherapy, 60 min", "90834": "Psychotherapy, 45 min", "90847": "Family psychotherapy"}
CPT_ES = {"90837": "Psicoterapia, 60 min", "90834": "Psicoterapia, 45 min"}


def _fd(f, x):
    return fdate(x, f["ds"])


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    member = person(r, lang)
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 230))
    first = days(date, -r.randint(30, 50))
    n = spec.get("n", 2)
    sdates = [days(first, 7 * k) for k in range(n)]
    code = spec.get("cpt", "90837")
    fee = money(r, 120, 210)
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, sdates=sdates, code=code, fee=fee,
             billed=round(fee * n, 2), mid=mixed(r, p["mid"]), grp=digits(r, 6), claim=mixed(r, p["claim"]),
             auth=mixed(r, p["auth"]), planid=mixed(r, p["plan"]) if p["plan"] else None,
             prov=clinician(r, member), cred=r.choice(["LCSW", "PhD", "LPC"]), addr=address(r, lang), ph=phone(r),
             npi=npi(r), reached=days(first, -7), limit=spec.get("limit", 20))
    f["prior"] = dict(claim=mixed(r, p["claim"]), dos=days(first, -7), fee=fee)
    return f


def _rows(f: dict, L: list, auth: bool = False) -> list:
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[7], f["planid"])]
    rows += [(L[8], f["auth"])] if auth else [(L[0], f["claim"])]
    rows += [(L[4], f"{f['prov']}, {f['cred']}"),
             (L[5], ", ".join(_fd(f, x) for x in f["sdates"]))]
    if not auth:
        rows.append((L[6], usd(f["billed"], f["ms"])))
    return rows


def letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab_set"]]
    d = Page(foot=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    why = f["why"]
    if f.get("to") == "provider":
        mail_to(d, f"{f['prov']}, {f['cred']}", *address(random.Random(f["seed"] + 7)))
    else:
        mail_to(d, f["member"], *f["addr"])
    title = {"limit": "Notice of Adverse Benefit Determination", "plan": "We could not approve these therapy sessions",
             "approve": "Good news: more therapy sessions approved", "limit_prov": "Claim determination - visit limit",
             "limit_es": "Aviso de denegación de beneficios"}[why]
    d.text_line(title, 13, "B", h=7)
    pairs(d, _rows(f, L, auth=why in ("approve", "plan")), kw=54)
    lim = f["limit"]
    if why == "limit":
        d.text_line("Reason for our decision", 11, "B", h=6)
        d.para(f"Your plan covers up to {lim} outpatient psychotherapy visits each calendar year. You reached this "
               f"benefit limit with the visit of {_fd(f, f['reached'])}. The sessions listed above are over the "
               "limit, so they are not covered. The benefit year starts again on January 1.", 10)
        d.text_line("Your right to appeal", 11, "B", h=6)
        d.para("You may appeal within 180 days of the date of this letter. You may send written comments, records "
               "and other information. You may ask for copies of the plan rules we used, free of charge. If your "
               "situation is urgent you may ask for an expedited appeal (72 hours). After our final decision you "
               "may ask for an external review within 4 months.", 10)
    elif why == "plan":
        d.text_line("Why", 11, "B", h=6)
        d.para(f"Your plan covers the first 12 outpatient therapy visits each year without approval. Visits after "
               f"the 12th need prior authorization, with a treatment plan (form BH-TP-7) from your therapist. We did "
               f"not receive a treatment plan from {f['prov']}, so we could not authorize the sessions above.", 10)
        d.para("Your therapist can still send the treatment plan. If it shows the sessions are needed, we will "
               "approve them.", 10)
        d.text_line("If you disagree", 11, "B", h=6)
        d.para(f"Send your appeal by {_fd(f, f['dl'])}. Call {f['ph']} or write to the address above.", 10)
    elif why == "approve":
        a_end = days(f["sdates"][0], 90)
        d.para(f"We reviewed the treatment plan sent by {f['prov']}. We approved 12 more outpatient psychotherapy "
               f"sessions ({f['code']}) from {_fd(f, f['sdates'][0])} through {_fd(f, a_end)}. You have used "
               f"{lim} visits so far this year.", 10)
        d.para("Please keep this letter. Your therapist should put the reference number above on each claim. If "
               "more sessions are needed after this period, your therapist can send an updated treatment plan.", 10)
    elif why == "limit_prov":
        d.para(f"Patient {f['member']} has used all {lim} outpatient behavioral health visits allowed by the plan "
               f"for this benefit year. The claim for the sessions above was denied: visit limit exceeded. The "
               f"patient may be billed for these sessions only if the patient agreed in writing before the visit.",
               10)
        d.text_line("Appeal", 11, "B", h=6)
        d.para("A provider appeal must be filed within 60 days of the date of this letter. Send it with the "
               "patient's records to Mindbridge Provider Appeals, PO Box 5190, Wapakoneta, OH 45895.", 10)
    else:
        d.text_line("Nuestra decisión", 11, "B", h=6)
        d.para(f"Su plan cubre hasta {lim} visitas de psicoterapia ambulatoria por año. Usted usó todas las visitas "
               f"el {_fd(f, f['reached'])}. Las sesiones de arriba pasan el límite de sesiones del beneficio y no "
               "están cubiertas.", 10)
        d.text_line("Su derecho a apelar", 11, "B", h=6)
        d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a la dirección de arriba "
               "o llame al número de abajo. También puede pedir una revisión externa.", 10)
    d.para(("Preguntas: " if es else "Questions: ") + f"{f['ph']} (TTY 711).", 9.5)
    if f["plan"] == "mind":
        d.para("Mindbridge Behavioral Health administers behavioral health benefits for the Tilbrook County "
               "Employees' Health Plan (plan sponsor).", 8.5)
    d.ln(1)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line("Departamento de Salud Mental" if es else "Behavioral Health Care Management", 10, h=5)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab_set"]]
    d = Page(foot="Page {p} of {n}  -  This is not a bill")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    mail_to(d, f["member"], *f["addr"])
    pairs(d, [("Statement date", _fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]),
              (L[7], f["planid"])], kw=46)
    head = ["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"]
    w = [24, 44, 22, 22, 22, 20, 14]
    pr = f["prior"]
    d.text_line(f"{L[0]}: {pr['claim']}   {L[4]}: {f['prov']}, {f['cred']}", 9, "B", h=5)
    al = round(pr["fee"] * 0.6, 2)
    d.table(head, [[_fd(f, pr["dos"]), f"{f['code']} {CPT[f['code']]}", usd(pr["fee"], f["ms"]), usd(al, f["ms"]),
                    usd(al - 25, f["ms"]), usd(25, f["ms"]), "P1"]], w, size=8, aligns="LLRRRRC")
    d.text_line(f"{L[0]}: {f['claim']}   {L[4]}: {f['prov']}, {f['cred']}", 9, "B", h=5)
    rows = [[_fd(f, x), f"{f['code']} {CPT[f['code']]}", usd(f["fee"], f["ms"]), usd(0, f["ms"]), usd(0, f["ms"]),
             usd(f["fee"], f["ms"]), "X4"] for x in f["sdates"]]
    rows.append(["*Claim total", "", usd(f["billed"], f["ms"]), "", "", "", ""])
    d.table(head, rows, w, size=8, aligns="LLRRRRC")
    d.text_line("Notes", 10, "B", h=6)
    d.para("P1 - Paid at your in-network benefit after your $25.00 copay.", 9.3)
    if f["why"] == "limit":
        d.para(f"X4 - You have used all {f['limit']} outpatient therapy visits your plan allows this calendar year "
               f"(the last covered visit was {_fd(f, pr['dos'])}). We did not pay these visits.", 9.3)
    else:
        d.para("X4 - These visits were after your 12th visit this year, and we had no approval on file from your "
               "therapist for more visits. Your therapist can ask us for approval and send a treatment plan.", 9.3)
    d.para("You may appeal within 180 days of the date of this statement. See the back of this page for your appeal "
           "rights and free language help.", 9.3)
    d.para(f"Customer Service {f['ph']}  -  {p['name']}", 9)
    if f["plan"] == "mind":
        d.para("Mindbridge administers behavioral health benefits for the Tilbrook County Employees' Health Plan. "
               "Tilbrook County is the plan sponsor.", 8.5)
    return pdf_bytes(d)


def make_truth(f: dict, kind: str) -> dict:
    p = PLANS[f["plan"]]
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  plan_id=f["planid"], denial_date=iso(f["date"]), provider=f["prov"])
    if f["why"] == "approve":
        return truth("other", None, f["lang"], case_numbers=[f["auth"]], claim_amount=None,
                     service_dates=[iso(f["sdates"][0], days(f["sdates"][0], 90))], **common)
    common.update(service_dates=[iso(x) for x in f["sdates"]])
    if f["why"] == "plan":
        return truth("denial_letter", "prior_authorization", f["lang"], case_numbers=[f["auth"]], claim_amount=None,
                     appeal_deadline=iso(f["dl"]), **common)
    common.update(case_numbers=[f["claim"]], claim_amount=m2(f["billed"]))
    if kind == "eob":
        den = "not_covered" if f["why"] == "limit" else "prior_authorization"
        return truth("eob", den, f["lang"], appeal_deadline=iso(days(f["date"], 180)), **common)
    n = 60 if f["why"] == "limit_prov" else 180
    return truth("denial_letter", "not_covered", f["lang"], appeal_deadline=iso(days(f["date"], n)), **common)


PLAN = [
    ("behavioral_health_outpatient_session_limit_bd_letter_limit", "born_digital", "letter",
     dict(plan="fen", lab_set=1, ds="long", ms="plain", why="limit", n=2)),
    ("behavioral_health_outpatient_session_limit_bd_eob_visits_used", "born_digital", "eob",
     dict(plan="mind", lab_set=2, ds="slash", ms="plain", why="limit", n=3, limit=30)),
    ("behavioral_health_outpatient_session_limit_scan_no_treatment_plan", "scan_clean_300", "letter",
     dict(plan="fen", lab_set=3, ds="abbr", ms="plain", why="plan", n=3, cpt="90834")),
    ("behavioral_health_outpatient_session_limit_rotated_more_sessions", "rotated", "letter",
     dict(plan="mind", lab_set=1, ds="dmy", ms="plain", why="approve", n=1, limit=14)),
    ("behavioral_health_outpatient_session_limit_copy_eob_no_auth", "photocopy", "eob",
     dict(plan="fen", lab_set=2, ds="iso", ms="nosign", why="noauth", n=2, cpt="90834")),
    ("behavioral_health_outpatient_session_limit_faxs_provider_limit", "fax_standard_g4", "letter",
     dict(plan="mind", lab_set=3, ds="upper", ms="space", why="limit_prov", n=2, to="provider", limit=30)),
    ("behavioral_health_outpatient_session_limit_phone_es_limite", "phone_photo", "letter",
     dict(plan="fen", lab_set="es", ds="es", ms="es", why="limit_es", n=2, lang="es")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, spec) in enumerate(PLAN):
        f = facts(random.Random(106520 + i), spec, 106520 + i)
        f["dl"] = days(f["date"], 45)
        pdf = eob(f) if kind == "eob" else letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f, kind))]))
    return items
