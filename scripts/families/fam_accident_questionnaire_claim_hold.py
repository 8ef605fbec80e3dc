"""Family 'accident_questionnaire_claim_hold': a commercial plan holds or denies injury claims until the member
returns an accident / other-party-liability (subrogation) questionnaire.

Insurers (fictional): Nantwich Mutual Health Plan (logo word "NANTWICH" over a rule, one line "name | Claims
Department | PO Box"), Oswestry Health Insurance Company (parent line "A Fitzhamon Group company" above the centred
name; prints a Plan ID). Decoy organisation: Ellesmere Recovery Services, the plan's subrogation vendor (its own
file number, phone and reply address), and on the other-party denial the auto insurer (Tenbury Auto Insurance, its
claim number).
Papers: a hold letter to the member with the questionnaire on page 2 (checkboxes: work-related, auto, other
party, attorney), an EOB whose injury claim is denied for no reply beside a paid office visit, a denial letter after
no reply (plain words), a paid EOB after the reply (reprocessed claim), a hold letter to the emergency physician's
office, a denial because an auto policy is primary (other-party liability), and a Spanish denial after no reply.
Decoys: the accident date, the questionnaire's reply-by date, the date the questionnaire was first mailed, the
vendor's file number, the original processing date, the auto insurer's claim number, PO boxes.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundy_famyc import (Page, address, clinician, days, digits, fdate, iso, letterhead, local_phone, m2,
                              mail_to, mixed, money, npi, pairs, person, phone, usd)

FAMILY = "accident_questionnaire_claim_hold"
LANG = "en"
PLANS = {
    "nan": dict(name="Nantwich Mutual Health Plan", style="logo", logo="NANTWICH",
                line2="Claims Department | PO Box 6613 | Kankakee, IL 60902", mid="NMH999999999", claim="9999999999999",
                plan=None),
    "osw": dict(name="Oswestry Health Insurance Company", style="parent", parent="A Fitzhamon Group company",
                line2="Member Claims Services - 2210 Malpas Court, Natchitoches, LA 71457", mid="OHC-999-99-9999",
                claim="OC99999999", plan="OHC-EPO-9999"),
}
VENDOR = "Ellesmere Recovery Services"
# label sets: claim, patient, member id, group, provider, dates of service, billed, plan
LAB = {1: ["Claim number", "Patient", "Member ID", "Group number", "Provider", "Date(s) of service", "Amount billed",
           "Plan ID"],
       2: ["Claim #", "Member", "ID number", "Group", "Treating provider", "Service date", "Charges", "Plan"],
       3: ["Reference no.", "Patient name", "Subscriber ID", "Employer group", "Rendered by", "Dates of service",
           "Total billed", "Plan code"],
       "es": ["Número de reclamación", "Paciente", "Núm. de miembro", "Grupo", "Proveedor", "Fecha de servicio",
              "Cantidad facturada", "Plan"]}
SERV = [("99284", "Emergency dept visit, moderate"), ("73610", "X-ray ankle, 3 views"), ("29515", "Short leg splint"),
        ("12002", "Simple repair of wound 2.6-7.5 cm"), ("72040", "X-ray cervical spine, 2-3 views"),
        ("97110", "Therapeutic exercise, 15 min"), ("99213", "Office visit, established")]


def _fd(f, x):
    return fdate(x, f["ds"])


def _head(d: Page, f: dict) -> dict:
    p = PLANS[f["plan"]]
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    return p


def _claim_rows(f: dict, L: list, with_plan: bool = True) -> list:
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"])]
    if with_plan and PLANS[f["plan"]]["plan"]:
        rows.append((L[7], f["planid"]))
    rows += [(L[0], f["claim"]), (L[4], f["prov"]), (L[5], _fd(f, f["dos"])), (L[6], usd(f["billed"], f["ms"]))]
    return rows


def questionnaire(d: Page, f: dict) -> None:
    d.add_page()
    d.text_line("ACCIDENT / OTHER PARTY LIABILITY QUESTIONNAIRE", 12.5, "B", h=7)
    d.para(f"Return to: {VENDOR}, on behalf of {PLANS[f['plan']]['name']}, PO Box 4127, Kankakee, IL 60902. "
           f"{VENDOR} file no. {f['vfile']}.", 9)
    pairs(d, [("Patient", f["member"]), ("Member ID", f["mid"]), ("Claim number", f["claim"]),
              ("Date of injury shown on claim", _fd(f, f["acc"]))], kw=62, size=9)
    qs = ["1. How did the injury happen? (describe)", "2. Was the injury related to your job or employment?",
          "3. Did the injury involve a motor vehicle?  If yes, auto insurer and policy number:",
          "4. Did the injury happen on someone else's property, or was another person at fault?",
          "5. Have you hired an attorney or filed a claim against another party?",
          "6. Is any other insurance (auto medical payments, PIP, homeowner's) paying these bills?"]
    for q in qs:
        d.font(9.4)
        d.cell(0, 5.2, q, new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 5.2, "      [ ] Yes     [ ] No     ______________________________________________",
               new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("I certify the answers above are true. I agree to repay the plan from any recovery from another party, "
           "as the plan's reimbursement (subrogation) provision requires.", 9)
    d.text_line("Signature ____________________________   Date ______________", 9.5, h=6)


def hold_letter(f: dict) -> bytes:
    L = LAB[f["lab"]]
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    _head(d, f)
    d.text_line(_fd(f, f["date"]), 10, h=6)
    to_provider = f.get("to") == "provider"
    if to_provider:
        mail_to(d, f"{f['prov']}, MD - Billing Office", f["clinic"], f["caddr"][1])
        d.text_line("Claim on hold - information needed from the patient", 12.5, "B", h=7)
    else:
        mail_to(d, f["member"], *f["addr"])
        d.text_line("We need information about an injury", 12.5, "B", h=7)
    pairs(d, _claim_rows(f, L), kw=50)
    if to_provider:
        d.para(f"The claim above shows an injury (diagnosis {f['dx']}). Before we can process it, our plan must know "
               f"whether another party or another insurance should pay. We mailed an accident questionnaire to the "
               f"patient on {_fd(f, f['asked'])}. The claim will stay on hold until we receive the answers. You do "
               f"not need to send anything now; please do not bill the patient for the held amount while the claim "
               f"is pending.", 10)
        d.para(f"If the patient's answers are not received by {_fd(f, f['due'])}, the claim will be denied and the "
               "patient will be told how to appeal.", 10)
    else:
        d.para(f"We received a claim for care you had after an injury on {_fd(f, f['acc'])}. Your plan covers "
               f"injuries, but when another person, a business or an auto policy may be responsible, the plan needs "
               f"to know before it pays. We have not denied this claim. It is pended until you complete and return "
               f"the enclosed questionnaire.", 10)
        d.para(f"Please return the questionnaire by {_fd(f, f['due'])} to {VENDOR}, the company that handles "
               f"other-party recovery for us, in the envelope provided, or fax it to (318) 555-1462.", 10)
        d.para("If we do not receive it, we may deny the claim. Answering the questionnaire does not change your "
               "benefits.", 10)
    d.para(f"Questions: {f['ph']}, Monday to Friday, 8 a.m. to 6 p.m. (TTY 711).", 9.5)
    d.ln(1)
    d.text_line("Sincerely,", 10, h=5)
    d.text_line("Claims Investigation Unit", 10, h=5)
    if not to_provider:
        questionnaire(d, f)
    return pdf_bytes(d)


def denial_letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    d = Page(foot=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    _head(d, f)
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    kind = f["why"]
    if es:
        d.text_line("Aviso de denegación de beneficios", 13, "B", h=7)
    else:
        d.text_line({"noreply": "Why we did not pay your claim", "auto": "Notice of Adverse Benefit Determination"}[kind],
                    13, "B", h=7)
    pairs(d, _claim_rows(f, L), kw=54)
    if es:
        d.text_line("Nuestra decisión", 11, "B", h=6)
        d.para(f"El {_fd(f, f['asked'])} le enviamos un cuestionario sobre el accidente del {_fd(f, f['acc'])}. No "
               f"recibimos su respuesta antes del {_fd(f, f['due'])}. Por eso la reclamación fue denegada: falta la "
               "información sobre otra parte responsable (subrogación). Si nos envía el cuestionario completo, "
               "volveremos a procesar la reclamación.", 10)
        d.text_line("Su derecho a apelar", 11, "B", h=6)
        d.para("Puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Escriba a la "
               "dirección de arriba o llame al número abajo. También puede pedir una revisión externa.", 10)
        d.para(f"Preguntas: {f['ph']} (TTY 711).", 9.5)
    elif kind == "noreply":
        d.para(f"On {_fd(f, f['asked'])} we wrote to you asking how the injury of {_fd(f, f['acc'])} happened and "
               f"whether anyone else, or another insurance, should pay. We had no answer by {_fd(f, f['due'])}. "
               "We cannot pay the claim without that information, so we will not pay it.", 10)
        d.para("This is not a final answer. Send us the completed questionnaire and we will look at the claim "
               "again; you do not need to file an appeal for that.", 10)
        d.text_line("If you disagree", 11, "B", h=6)
        d.para(f"You can appeal. Your appeal must reach us by {_fd(f, f['dl'])}. Write to the address above, "
               "or call us. If your appeal is denied you may be able to ask for an external review.", 10)
        d.para(f"Call {f['ph']} with questions.", 9.5)
    else:
        d.para(f"Thank you for returning the accident questionnaire. You told us the injury happened in a motor "
               f"vehicle accident on {_fd(f, f['acc'])} and that {f['auto']} insures the vehicle (their claim "
               f"number {f['autoclaim']}).", 10)
        d.text_line("Reason for denial", 11, "B", h=6)
        d.para("Your plan excludes charges that another party's insurance is responsible for (third party "
               "liability). Auto medical payments or personal injury protection coverage pays first. Please send "
               f"the bill to {f['auto']}. When they have paid or denied, send us their explanation of benefits and "
               "we will consider the balance (coordination of benefits).", 10)
        d.text_line("Your right to appeal", 11, "B", h=6)
        d.para("You have 180 days from the date of this notice to file an appeal. You may send written comments and "
               "documents. You may also ask for copies of the plan provisions used. Expedited appeals are decided "
               "within 72 hours. External review: within 4 months after a final internal decision.", 10)
        d.para(f"Questions: {f['ph']}. Recovery questions: {VENDOR}, file no. {f['vfile']}, "
               f"{local_phone(random.Random(f['seed']))}.", 9.5)
    d.ln(1)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line("Departamento de Reclamaciones" if es else "Claims Department", 10, h=5)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    L = LAB[f["lab"]]
    p = PLANS[f["plan"]]
    d = Page(foot="Page {p} of {n}  -  This is not a bill")
    d.add_page()
    _head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 9, h=5)
    mail_to(d, f["member"], *f["addr"])
    rows = [("Statement date", _fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"])]
    if p["plan"]:
        rows.append((L[7], f["planid"]))
    pairs(d, rows, kw=46)
    paid_mode = f["why"] == "paid"
    if f.get("other_claim"):
        oc = f["other_claim"]
        d.text_line(f"{L[0]}: {oc['claim']}   {L[4]}: {oc['prov']}   Received {_fd(f, oc['recv'])}", 9, "B", h=5)
        d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                [[_fd(f, oc["dos"]), "99213 Office visit", usd(oc["billed"], f["ms"]), usd(oc["allowed"], f["ms"]),
                  usd(oc["allowed"] - 30, f["ms"]), usd(30, f["ms"]), "CP"]],
                [24, 40, 22, 22, 22, 20, 16], size=8, aligns="LLRRRRC")
    d.text_line(f"{L[0]}: {f['claim']}   {L[4]}: {f['prov']}", 9, "B", h=5)
    rows = []
    for code, desc, amt in f["lines"]:
        if paid_mode:
            allowed = round(amt * 0.62, 2)
            rows.append([_fd(f, f["dos"]), f"{code} {desc}"[:26], usd(amt, f["ms"]), usd(allowed, f["ms"]),
                         usd(round(allowed * 0.8, 2), f["ms"]), usd(round(allowed * 0.2, 2), f["ms"]), "A1"])
        else:
            rows.append([_fd(f, f["dos"]), f"{code} {desc}"[:26], usd(amt, f["ms"]), usd(0, f["ms"]),
                         usd(0, f["ms"]), usd(amt, f["ms"]), "OP7"])
    rows.append(["*Claim total", "", usd(f["billed"], f["ms"]), "", "", "", ""])
    d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
            [24, 40, 22, 22, 22, 20, 16], size=8, aligns="LLRRRRC")
    d.text_line("Remark codes", 10, "B", h=6)
    if paid_mode:
        d.para(f"A1 - This claim was first processed on {_fd(f, f['asked'])} and held for accident information. "
               f"Your questionnaire was received on {_fd(f, f['recv'])}: the injury of {_fd(f, f['acc'])} was not "
               "caused by another party. The claim has been reprocessed and paid under your regular benefits.", 9.5)
        d.para("CP - Paid at your in-network benefit after your copay.", 9.5)
    else:
        if f.get("other_claim"):
            d.para("CP - Paid at your in-network benefit after your copay.", 9.5)
        d.para(f"OP7 - Denied. We asked for information about the accident of {_fd(f, f['acc'])} (other party "
               f"liability questionnaire mailed {_fd(f, f['asked'])}) and did not receive it. Return the "
               "questionnaire and we will reprocess this claim.", 9.5)
        d.para("You may appeal within 180 days of the date of this statement. See the back of this page for your "
               "appeal rights and for free language help.", 9.5)
    d.para(f"Customer Service {f['ph']}  -  {p['name']}", 9)
    return pdf_bytes(d)


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    member = person(r, lang)
    date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 220))
    dos = days(date, -r.randint(40, 75))
    acc = days(dos, -r.randint(1, 4))
    codes = r.sample(SERV[:6], 3)
    lines = [(c, dsc, money(r, 140, 1900)) for c, dsc in codes]
    prov = clinician(r, member)
    cstreet, ccity = address(r)
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, dos=dos, acc=acc, lines=lines,
             billed=round(sum(x[2] for x in lines), 2), mid=mixed(r, p["mid"]), grp=digits(r, 6),
             claim=mixed(r, p["claim"]), planid=mixed(r, p["plan"]) if p["plan"] else None, prov=prov,
             clinic=cstreet, caddr=(cstreet, ccity), addr=address(r, lang), ph=phone(r), npi=npi(r),
             asked=days(dos, r.randint(6, 12)), vfile="ERS-" + digits(r, 7), dx=r.choice(["S93.401A", "S61.412A",
                                                                                          "S13.4XXA"]),
             auto="Tenbury Auto Insurance", autoclaim="TA-" + digits(r, 8))
    f["due"] = days(f["asked"], 30)
    f["recv"] = days(f["asked"], r.randint(9, 20))
    f["dl"] = days(date, 180)
    if spec.get("other"):
        f["other_claim"] = dict(claim=mixed(r, p["claim"]), prov=clinician(r, member, prov),
                                dos=days(dos, r.randint(8, 20)), billed=money(r, 120, 260), recv=days(dos, 25))
        f["other_claim"]["allowed"] = round(f["other_claim"]["billed"] * 0.7, 2)
    return f


def make_truth(f: dict, kind: str) -> dict:
    p = PLANS[f["plan"]]
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  plan_id=f["planid"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                  service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=f["prov"])
    if kind == "hold":
        return truth("other", None, f["lang"], **common)
    if kind == "paid_eob":
        return truth("eob", None, f["lang"], **common)
    if kind == "noreply_eob":
        return truth("eob", "other", f["lang"], appeal_deadline=iso(days(f["date"], 180)), **common)
    return truth("denial_letter", "other", f["lang"], appeal_deadline=iso(days(f["date"], 180)),
                 denial_alternates=["not_covered"] if f["why"] == "auto" else None, **common)


PLAN = [
    ("accident_questionnaire_claim_hold_bd_hold_letter", "born_digital", "hold",
     dict(plan="nan", lab=1, ds="long", ms="plain")),
    ("accident_questionnaire_claim_hold_bd_eob_noreply", "born_digital", "noreply_eob",
     dict(plan="osw", lab=2, ds="slash", ms="plain", why="noreply", other=True)),
    ("accident_questionnaire_claim_hold_scan_letter_noreply", "scan_clean_300", "noreply",
     dict(plan="nan", lab=3, ds="abbr", ms="nosign", why="noreply")),
    ("accident_questionnaire_claim_hold_lowres_auto_primary", "scan_lowres_150", "auto",
     dict(plan="osw", lab=1, ds="dlong", ms="plain", why="auto")),
    ("accident_questionnaire_claim_hold_copy_provider_hold", "photocopy", "hold",
     dict(plan="osw", lab=3, ds="iso", ms="space", to="provider")),
    ("accident_questionnaire_claim_hold_phone_eob_paid", "phone_photo", "paid_eob",
     dict(plan="nan", lab=2, ds="dmy", ms="plain", why="paid")),
    ("accident_questionnaire_claim_hold_faxf_es_noreply", "fax_fine_g4", "noreply_es",
     dict(plan="osw", lab="es", ds="es", ms="es", why="noreply", lang="es")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, spec) in enumerate(PLAN):
        f = facts(random.Random(103500 + i), spec, 103500 + i)
        if kind == "hold":
            pdf = hold_letter(f)
        elif kind in ("noreply_eob", "paid_eob"):
            pdf = eob(f)
        else:
            pdf = denial_letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f, kind))]))
    return items
