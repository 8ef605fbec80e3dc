"""Family appeal_acknowledgement: invented plans' letters saying an appeal or grievance was received.

An acknowledgement decides nothing: it gives the appeal or grievance number, the date the request arrived, the
date a decision is due, what the member may send and how to ask for a fast appeal. Many restate the decision
being appealed (the claim, its date, provider, amount and the reason it was denied); a grievance letter restates
nothing; an extension letter says the plan is taking 14 more days. Three invented plans with two-line letterheads
(a holding company's line over the plan's name; a name split over two lines), prose letters and letters with a
small ruled fact box, one in Spanish, and a fine-mode fax of a cover sheet, an acknowledgement and its extension.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundk_fams import DOCTORS, KIDS, FIRST_ES, LAST_ES, address, cash, digits, mixed, person, phone, span_words
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "appeal_acknowledgement"
LANG = "en"

PLANS = {
    "hollow": dict(name="Hollowmere Community Health Plan", top="THORNGATE MUTUAL HOLDINGS", split=False,
                   addr="Appeals and Grievances, PO Box 30417, Quarry Hill, KY 40355", id_pat="H9a99999999",
                   grp="HM-22071", plan_id=None, serif=False),
    "fern": dict(name="Fernhallow Health Partners", top=None, split=True,
                 addr="Member Appeals Unit, 415 Sorrel Bank Dr, Dunmore Flats, NV 89420", id_pat="FHP99a99999",
                 grp=None, plan_id="H7740-003", serif=True),
    "brant": dict(name="Brantwood Valley Health Cooperative", top=None, split=True,
                  addr="Grievance & Appeals Dept., 9 Wayland Ct, Lake Tamsworth, MN 56521", id_pat="BV-9999a999",
                  grp="BV0318", plan_id=None, serif=False),
}
# kind -> plan, layout, kind of request, restated denial (service, provider index, amount range, reason, type,
# denial alternates) or None, child patient
CASES = {
    "mri": ("hollow", "prose", "post", ("an MRI of the right shoulder", 0, (1600, 2500),
            "the records did not show the six weeks of treatment without surgery that our imaging guideline asks "
            "for before an MRI, so we found it was not medically necessary", "medical_necessity"), False),
    "grievance": ("fern", "box", "grievance", None, False),
    "expedited": ("brant", "box", "expedited", ("an admission to an inpatient rehabilitation facility", 2, None,
                  "your needs could be met safely in a skilled nursing facility, a lower level of care",
                  "level_of_care"), False),
    "es": ("fern", "prose", "post", ("una consulta con un cardiólogo", 4, (380, 720),
           "el proveedor no pertenece a la red de su plan HMO y la visita no fue de emergencia ni urgente",
           "out_of_network"), False),
    "pt": ("hollow", "box", "post", ("physical therapy visits", 6, (1400, 2300),
           "your plan covers 20 therapy visits a calendar year and these visits were past that limit, so they are "
           "not a covered benefit", "not_covered"), True),
    "noauth": ("brant", "prose", "post", ("a sleep study in a sleep laboratory", 3, (2100, 3300),
               "nobody asked us to approve the study before it was done, and your plan requires approval first",
               "prior_authorization"), False),
    "recon": ("fern", "box", "recon", ("a genetic test panel for hereditary heart disease", 8, (3900, 5600),
              "we consider this test panel investigational for your condition", "experimental"), False),
}
ES = {"Member": "Miembro", "Member ID": "Número de miembro", "Appeal number": "Número de apelación",
      "Received": "Fecha en que recibimos su apelación", "Claim number": "Número de reclamación",
      "Service": "Servicio", "Date of service": "Fecha del servicio", "Provider": "Proveedor",
      "Amount billed": "Monto facturado", "Decide by": "Decidiremos a más tardar el", "Plan": "Contrato-Plan"}


def _letterhead(p, plan, rng):
    if plan["top"]:
        p.line(plan["top"], 8, "B", h=4)
        p.line(plan["name"], 15, "B", h=7.5)
    else:
        words = plan["name"].split(" ")
        cut = 1 if len(words) == 3 else 2
        p.line(" ".join(words[:cut]).upper(), 17, "B", h=8)
        p.line(" ".join(words[cut:]), 11, h=5.5)
    p.line(plan["addr"], 8.5, h=4.5)
    p.line(f"Phone {phone(rng)}  TTY 711  Fax {phone(rng, False)}", 8.5, h=4.5)
    y = p.get_y() + 1.5
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(5)


def _facts(rng, kind, plan, letter, es):
    """Every value the letter prints, with its decoys."""
    _, layout, req, denial, child = CASES[kind]
    first = FIRST_ES if es else None
    member = person(rng, first=first, lastnames=LAST_ES if es else None)
    patient = person(rng, first=KIDS, last=member[2]) if child else member
    received = plus(letter, -(rng.randint(0, 1) if req == "expedited" else rng.randint(1, 6)))
    f = dict(member=member, patient=patient, mid=mixed(rng, plan["id_pat"]), received=received,
             original=plus(received, -rng.randint(20, 55)), more_by=plus(letter, rng.randint(10, 18)))
    f["appeal_no"] = {"grievance": mixed(rng, "GRV-9999-99a9"), "expedited": mixed(rng, "EXP99a99999"),
                      "recon": mixed(rng, "RC-99-a99999")}.get(req, mixed(rng, "APL-99-999999a"))
    f["decide_by"] = plus(received, {"post": 60, "grievance": 30, "expedited": 3, "recon": 60}[req])
    if denial:
        svc, pidx, rng_amt, reason, dtype = denial
        f.update(service=svc, provider=DOCTORS[pidx], reason=reason, dtype=dtype)
        if req == "expedited":
            f["svc_date"] = plus(letter, rng.randint(3, 9))
            f["claim_no"] = mixed(rng, "PA99a9999999")
        else:
            f["svc_date"] = plus(f["original"], -rng.randint(18, 45))
            f["claim_no"] = mixed(rng, "9999a99999999") if not es else digits(rng, 12)
        if kind == "pt":
            f["svc_end"] = plus(f["svc_date"], 21)
        f["billed"] = cash(rng, *rng_amt) if rng_amt else None
    return f


def _addressee(p, rng, f, letter, ds, lang):
    p.line(fdate(letter, ds, lang), 10, h=5)
    p.ln(2)
    for ln in [f["member"][0].upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(4)


def _box(p, rows):
    p.boxed_pairs(rows, label_w=62, size=9.2, h=6)


def _svc_when(f, ds, lang):
    if "svc_end" in f:
        return f"{fdate(f['svc_date'], ds, lang)} - {fdate(f['svc_end'], ds, lang)}"
    return fdate(f["svc_date"], ds, lang)


def _body_en(p, rng, kind, plan, f, ds, mstyle, layout, req):
    title = {"post": "We received your appeal", "grievance": "We received your grievance",
             "expedited": "We received your request for a fast (expedited) appeal",
             "recon": "We received your request for reconsideration"}[req]
    p.line(title, 13, "B", h=7)
    p.ln(2)
    rows = [("Member", f["member"][0]), ("Member ID", f["mid"])]
    if plan["grp"]:
        rows.append(("Group", plan["grp"]))
    if plan["plan_id"]:
        rows.append(("Contract/Plan", plan["plan_id"]))
    label = {"grievance": "Grievance number", "expedited": "Expedited appeal no.", "recon": "Case ID"}.get(
        req, "Appeal number")
    rows.append((label, f["appeal_no"]))
    rows.append(("Date we received it", fdate(f["received"], ds)))
    if "service" in f:
        if f["patient"] != f["member"]:
            rows.append(("Patient", f["patient"][0]))
        rows.append(("Authorization request" if req == "expedited" else "Claim number", f["claim_no"]))
        rows.append(("Provider", f["provider"]))
        rows.append(("Planned date" if req == "expedited" else "Date(s) of service", _svc_when(f, ds, "en")))
        if f["billed"]:
            rows.append(("Amount billed", money(f["billed"], mstyle)))
    rows.append(("We will decide by", fdate(f["decide_by"], ds) + (" 5:00 p.m." if req == "expedited" else "")))
    if layout == "box":
        _box(p, rows)
        p.para(f"Dear {f['member'][1]} {f['member'][2]}:", 10)
    else:
        p.pairs(rows[:4], label_w=40, size=9.5, h=5)
        p.ln(2)
        p.para(f"Dear {f['member'][1]} {f['member'][2]}:", 10)
    who = "you" if f["patient"] == f["member"] else f"your child, {f['patient'][1]}"
    if req == "grievance":
        p.para(f"Thank you for telling us about your concern. On {fdate(f['received'], ds)} we received your "
               "grievance about the time it took to get an appointment with a network specialist and about how a "
               "member services representative spoke to you on the phone. A grievance is a complaint; it is not a "
               "request to change a decision about payment or care.", 10)
        p.para(f"We will look into it and write to you with what we found by {fdate(f['decide_by'], ds)}, within 30 "
               "days. If we need more time we will tell you why.", 10)
    else:
        what = (f"the request from {f['provider']} for {f['service']} for {who}, planned for "
                f"{fdate(f['svc_date'], ds)} (request {f['claim_no']})" if req == "expedited" else
                f"claim {f['claim_no']} for {f['service']} that {who} received from {f['provider']} "
                + (span_words(f["svc_date"], f["svc_end"]) if "svc_end" in f else f"on {fdate(f['svc_date'], ds)}")
                + (f", billed at {money(f['billed'], mstyle)}" if f["billed"] else ""))
        p.para(f"We received your {'request' if req != 'post' else 'appeal'} on {fdate(f['received'], ds)}. You asked "
               f"us to take another look at our decision of {fdate(f['original'], ds)} about {what}. We denied it "
               f"because {f['reason']}.", 10)
        if layout == "prose":
            p.para(f"Your appeal number is {f['appeal_no']}. Please use it whenever you call or write to us.", 10)
        if req == "expedited":
            p.para(f"Because a doctor told us that waiting could seriously harm {who}, we are handling this as a "
                   f"fast appeal. We will decide and call you within 72 hours of receiving the request, by "
                   f"{fdate(f['decide_by'], ds)} at 5:00 p.m., and send the decision in writing.", 10)
        else:
            p.para(f"A reviewer who took no part in the first decision will look at your appeal. We will send you "
                   f"our written decision by {fdate(f['decide_by'], ds)}. This letter is not a decision.", 10)
    p.heading("What you can do now", 11)
    p.bullets([f"Send us anything else you want us to consider (letters from your doctor, records, bills) by "
               f"{fdate(f['more_by'], ds)}, so the reviewer has it in time.",
               "Ask for a free copy of everything we use to decide, including the guidelines we applied.",
               "Name someone to act for you: send us the enclosed appointment of representative form.",
               "If your health could be seriously harmed by waiting, call us and ask for a fast appeal; we decide "
               "fast appeals within 72 hours."])
    p.para(f"Questions? Call {phone(rng)} (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 9.5)
    p.ln(3)
    p.line("Sincerely,", 10, h=5)
    p.line(rng.choice(["Appeals Coordinator", "Grievance and Appeals Specialist", "Member Appeals Unit"]), 10, h=5)
    p.line(plan["name"], 10, h=5)
    p.ln(2)
    p.para(f"Letter ID {mixed(rng, 'aaK9999999')}   Form AG-ACK-{rng.randint(10, 99)} (rev. 01/2026)", 7.5)


def _body_es(p, rng, plan, f, ds, mstyle):
    p.line("Acuse de recibo de su apelación", 13, "B", h=7)
    p.ln(2)
    rows = [(ES["Member"], f["member"][0]), (ES["Member ID"], f["mid"]), (ES["Plan"], plan["plan_id"]),
            (ES["Appeal number"], f["appeal_no"]), (ES["Received"], fdate(f["received"], "long", "es"))]
    p.pairs(rows, label_w=80, size=9.5, h=5)
    p.ln(2)
    p.para(f"Estimado(a) {f['member'][1]} {f['member'][2]}:", 10)
    p.para(f"Recibimos su apelación el {fdate(f['received'], 'long', 'es')}. Usted nos pidió revisar nuestra "
           "decisión "
           f"del {fdate(f['original'], 'long', 'es')} sobre la reclamación {f['claim_no']} por {f['service']} que "
           f"recibió de {f['provider']} el {fdate(f['svc_date'], 'long', 'es')}, con un monto facturado de "
           f"{money(f['billed'], mstyle)}. La negamos porque {f['reason']}.", 10)
    p.para(f"Un revisor que no participó en la primera decisión estudiará su caso. Le enviaremos nuestra decisión "
           f"por escrito a más tardar el {fdate(f['decide_by'], 'long', 'es')}. Esta carta no es una decisión.", 10)
    p.heading("Lo que puede hacer ahora", 11)
    p.bullets([f"Enviarnos más información (cartas de su médico, expedientes) antes del "
               f"{fdate(f['more_by'], 'long', 'es')}.",
               "Pedir sin costo una copia de todos los documentos de su caso.",
               "Si esperar puede poner en grave peligro su salud, llámenos y pida una apelación rápida; "
               "la decidimos "
               "en 72 horas."])
    p.para(f"¿Preguntas? Llame al {phone(rng)} (TTY 711). This letter says we received your appeal. Call us for a "
           "copy in English.", 9.5)
    p.ln(3)
    p.line("Atentamente,", 10, h=5)
    p.line("Unidad de Apelaciones", 10, h=5)
    p.line(plan["name"], 10, h=5)


def make(rng: random.Random, kind: str, facts: dict | None = None, extension: bool = False):
    plan_key, layout, req, denial, _ = CASES[kind]
    plan = PLANS[plan_key]
    es = kind == "es"
    letter = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 110))
    f = facts or _facts(rng, kind, plan, letter, es)
    if extension:
        letter = plus(f["received"], rng.randint(20, 30))
    ds = "long" if es else rng.choice(["long", "slash", "abbr", "dmy", "iso"])
    mstyle = rng.choice(["plain", "nosign", "usd"])
    p = Page(serif=plan["serif"], footer="Page {n} of {nb}")
    p.add_page()
    _letterhead(p, plan, rng)
    _addressee(p, rng, f, letter, ds, "es" if es else "en")
    if extension:
        _extension(p, rng, plan, f, ds, letter)
    elif es:
        _body_es(p, rng, plan, f, ds, mstyle)
    else:
        _body_en(p, rng, kind, plan, f, ds, mstyle, layout, req)
    return out(p), _truth(plan, f, letter, req, extension, es), f


def _extension(p, rng, plan, f, ds, letter):
    new_by = plus(f["decide_by"], 14)
    f["new_by"] = new_by
    p.line("We need more time to decide your appeal", 13, "B", h=7)
    p.ln(2)
    p.pairs([("Member", f["member"][0]), ("Member ID", f["mid"]), ("Group", plan["grp"]),
             ("Appeal number", f["appeal_no"]), ("Claim number", f["claim_no"])], label_w=40, size=9.5, h=5)
    p.ln(2)
    p.para(f"Dear {f['member'][1]} {f['member'][2]}:", 10)
    p.para(f"We are still reviewing your appeal about claim {f['claim_no']} for {f['service']} on "
           f"{fdate(f['svc_date'], ds)}. We asked {f['provider']} for the records of the study and have not received "
           f"them yet. The law lets us take up to 14 more days when more information is in your interest, so we "
           f"will now decide by {fdate(new_by, ds)}, instead of {fdate(f['decide_by'], ds)}.", 10)
    p.para("If you disagree with our taking more time, you may file a fast grievance by calling us; we answer fast "
           "grievances within 24 hours. This letter is not a decision on your appeal.", 10)
    p.para(f"Questions? Call {phone(rng)} (TTY 711).", 9.5)
    p.ln(3)
    p.line("Sincerely,", 10, h=5)
    p.line("Appeals Coordinator, " + plan["name"], 10, h=5)


def _truth(plan, f, letter, req, extension, es):
    cases = [f["appeal_no"]] + ([f["claim_no"]] if "claim_no" in f else [])
    alts = {"case_numbers": [[f["appeal_no"]]] if len(cases) > 1 else [],
            "insurer": [plan["name"].split(" ")[0]]}
    extra = {}
    if "dtype" in f and not extension:
        extra = dict(type_alternates=["denial_letter"], denial_alternates=[f["dtype"]])
    if not alts["case_numbers"]:
        del alts["case_numbers"]
    sd = []
    if "svc_date" in f:
        sd = [span(f["svc_date"], f.get("svc_end"))]
    if plan["plan_id"]:
        alts["plan_id"] = [None]
    return truth("other", None, insurer=plan["name"], plan_id=plan["plan_id"], group=plan["grp"], member_id=f["mid"],
                 member_name=f["patient"][0], cases=cases,
                 claim_amount=m2(f["billed"]) if f.get("billed") and not extension else None, service_dates=sd,
                 denial_date=letter.isoformat(), provider=f.get("provider"), appeal_deadline=None,
                 lang="es" if es else "en", alternates=alts, **extra)


def _pair(rng):
    pdf1, t1, f = make(rng, "noauth")
    pdf2, t2, _ = make(rng, "noauth", facts=f, extension=True)
    return [(pdf1, t1), (pdf2, t2)]


def documents(rng: random.Random) -> list[Item]:
    one = lambda kind: [make(rng, kind)[:2]]  # noqa: E731
    return [Item("appeal_acknowledgement_bd_mri", "born_digital", one("mri")),
            Item("appeal_acknowledgement_bd_grievance", "born_digital", one("grievance")),
            Item("appeal_acknowledgement_scan_expedited", "scan_clean_300", one("expedited")),
            Item("appeal_acknowledgement_phone_es", "phone_photo", one("es")),
            Item("appeal_acknowledgement_rot_pt", "rotated", one("pt")),
            Item("appeal_acknowledgement_lowres_recon", "scan_lowres_150", one("recon")),
            Item("appeal_acknowledgement_faxf_stack", "fax_fine_g4", _pair(rng), separators=["cover", None])]
