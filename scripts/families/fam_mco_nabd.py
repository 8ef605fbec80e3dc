"""Family mco_nabd: a Medicaid managed care plan's Notice of Adverse Benefit Determination on a state model form.

Modelled on the model notices state Medicaid agencies publish for their managed care organizations under
42 CFR 438.404 (and 438.400(b) for what counts as an adverse benefit determination): plan letterhead, a
header grid with the member's name, the plan's member ID and the Medicaid ID, the provider and the service,
a 'What we decided' list of check boxes (denied, reduced, stopped, payment denied, not decided in time),
the reason and the rule, the plan appeal (60 days), the State Fair Hearing after the appeal, continuation of
benefits when asked within 10 days, and a taglines page. One notice is in Spanish; one is the notice a plan
must send when it misses a decision time frame (nothing service-specific is decided).
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, Page, amount, digits, fdate, m2, money, notice_date, out,
                        person, plus, span, truth)

FAMILY = "mco_nabd"
LANG = "en"

PLANS = [("Bayou Crescent Health Plan", "a Healthy Louisiana Medicaid managed care plan",
          "PO Box 61290, Baton Rouge LA 70896", "BCH"),
         ("High Desert Community Care", "Medicaid Managed Care Organization, Central Nevada Region",
          "4100 Sunset Mesa Pkwy, Henderson NV 89052", "HDC"),
         ("Prairie Lantern Health", "a Medicaid health plan of the Heartland Care program",
          "PO Box 8819, Wichita KS 67208", "PLH"),
         ("Sound & Cedar Medicaid Plan", "Apple Tree Managed Care (Medicaid)", "PO Box 2144, Everett WA 98213", "SCM")]
BOXES = ["denied", "reduced", "stopped", "payment", "late"]
BOX_EN = {"denied": "Denied the service you or your provider asked for",
          "reduced": "Reduced a service you are getting now",
          "stopped": "Stopped (terminated) a service you are getting now",
          "payment": "Denied payment for a service you already received",
          "late": "Did not make a decision in the time required"}
BOX_ES = {"denied": "Negamos el servicio que usted o su proveedor pidieron",
          "reduced": "Redujimos un servicio que usted recibe ahora",
          "stopped": "Suspendimos (terminamos) un servicio que usted recibe ahora",
          "payment": "Negamos el pago de un servicio que usted ya recibi\u00f3",
          "late": "No tomamos una decisi\u00f3n en el plazo requerido"}

# kind: (denial type, box, service, reason, rule)
CASES = {
    "stop": ("medical_necessity", "stopped", "Private duty nursing in the home, 56 hours per week",
             "Your nursing care will end because the skilled needs it was approved for have ended. Your most recent "
             "nursing notes show the tracheostomy tube was removed and your breathing has been stable on room air "
             "for eight weeks. The care you still need, such as help with feeding and medicines, can be given "
             "by a trained family caregiver or a personal care aide.",
             "State Medicaid Private Duty Nursing Policy, section 3.2; Plan Utilization Management Criteria PDN-04"),
    "reduce": ("medical_necessity", "reduced", "Applied behavior analysis (ABA) therapy, 30 hours per week",
               "We approved 18 hours per week, not 30. The treatment plan and progress report your provider sent show "
               "that most goals set six months ago were met and that the new goals can be worked on in fewer hours. "
               "The request did not explain why 30 hours are needed now.",
               "Plan Clinical Coverage Guideline BH-117, Applied Behavior Analysis"),
    "pa": ("medical_necessity", "denied", "Continuous glucose monitor and sensors (prior authorization request)",
           "The information your doctor sent does not meet the rules for this device. The plan covers a continuous "
           "glucose monitor when a member uses insulin three or more times a day or has had repeated low blood "
           "sugar that needed help from another person. Your records show you take diabetes pills and no insulin.",
           "State Medicaid Durable Medical Equipment Coverage Criteria, section 12"),
    "payment": ("prior_authorization", "payment", "Outpatient MRI of the left shoulder",
                "This test needed approval from the plan before it was done. We have no record of a prior "
                "authorization request for this date. The plan cannot pay a claim for a service that needed "
                "approval and did not get it. You do not have to pay this bill; a Medicaid provider may not "
                "bill you for it.", "Provider Manual, chapter 5 (Services that need prior authorization)"),
    "oon": ("out_of_network", "denied", "Visit with an out-of-network pediatric endocrinologist",
            "The specialist you asked to see does not have a contract with our plan. We have two pediatric "
            "endocrinologists in our network within 35 miles of your home who can see your child within 21 "
            "days, which meets the state's access standards. Call Member Services and we will help you make an "
            "appointment.", "42 CFR 438.206; Member Handbook, section 6 (Getting care from network providers)"),
    "late": ("other", "late", "Outpatient physical therapy, 12 visits",
             "We did not make a decision on this request within 14 calendar days, the time the rules give us for a "
             "standard request. When a plan does not decide in time, the law treats this as a denial, so that you "
             "can use your appeal rights now. We are still reviewing the request and will write to you when we "
             "decide.", "42 CFR 438.210(d) and 438.404(c)(5)"),
}
CASES_ES = {
    "stop": ("Servicios de asistente de salud en el hogar, 5 visitas por semana",
             "Sus visitas terminar\u00e1n porque ya no necesita atenci\u00f3n especializada en el hogar. Las notas de "
             "su enfermera muestran que la herida de la cirug\u00eda ya cerr\u00f3 y que usted puede caminar y "
             "ba\u00f1arse sin ayuda. El resto de su atenci\u00f3n se puede dar en el consultorio de su m\u00e9dico.",
             "Pol\u00edtica estatal de servicios de salud en el hogar, secci\u00f3n 4.1"),
}


PROVS = {"stop": ["Meadowlark Home Health", "Bright Horizon Pediatric Nursing"],
         "reduce": ["Sunrise Autism and Behavior Center", "Little Steps ABA Therapy"],
         "payment": ["Copper Valley Imaging", "Granite Peaks Orthopedics"],
         "late": ["Bayside Motion Physical Therapy", "Cedar Hollow Family Clinic"]}
TOWNS = {"BCH": ("LA", [("Lafayette", "705"), ("Houma", "703")]), "HDC": ("NV", [("Pahrump", "890"), ("Fallon", "894")]),
         "PLH": ("KS", [("Salina", "674"), ("Hutchinson", "675")]), "SCM": ("WA", [("Marysville", "982"),
                                                                              ("Mount Vernon", "982")])}


def ids(rng, code):
    """(the plan's member ID, the state Medicaid ID)."""
    return (rng.choice([f"{code}{digits(rng, 8)}", digits(rng, 10), f"{digits(rng, 6)}-{digits(rng, 2)}"]),
            rng.choice([digits(rng, 12), f"{rng.choice('ABCDEFGHJK')}{digits(rng, 9)}"]))


def home(rng, code):
    """A street address in the plan's state (Medicaid is run state by state)."""
    st, towns = TOWNS[code]
    town, z = rng.choice(towns)
    street = rng.choice(["Magnolia St", "Bayou Rd", "W Cedar Ave", "Prairie View Dr", "Old Highway 9"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town} {st} {z}{rng.randint(10, 99)}"]


def phone(rng):
    return f"1-8{rng.choice(['00', '33', '44', '55', '66', '77', '88'])}-555-{rng.randint(1000, 9999)}"


def grid(p, cells, cols=2, size=9):
    """Header grid: small label over the value, two or three boxes a row (the state form's top section)."""
    w = (p.w - p.l_margin - p.r_margin) / cols
    for i in range(0, len(cells), cols):
        x0, y0 = p.l_margin, p.get_y()
        for j, (k, v) in enumerate(cells[i:i + cols]):
            x = x0 + j * w
            p.rect(x, y0, w, 11)
            p.set_xy(x + 1.2, y0 + 0.8)
            p.f(6.8, "B")
            p.cell(w - 2.4, 3.4, k)
            p.set_xy(x + 1.2, y0 + 4.8)
            fs = size
            while p.f(fs).get_string_width(v) > w - 3 and fs > 6.5:     # long values shrink to fit their box
                fs -= 0.5
            p.cell(w - 2.4, 5, v)
        p.set_xy(x0, y0 + 11)
    p.ln(3)


def make(rng, kind, dstyle, es=False, same=None):
    org, program, addr, code = same["plan"] if same else rng.choice(PLANS)
    denial, box, svc, reason, rule = CASES[kind]
    if es:
        svc, reason, rule = CASES_ES[kind]
    name, *_ = same["person"] if same else person(rng)
    notice = notice_date(rng)
    ds = "long" if es else rng.choice(["slash", "long", "abbr", "iso", "dash"])
    lang = "es" if es else "en"
    mid, medicaid = same["ids"] if same else ids(rng, code)
    prov = rng.choice(PROVS.get(kind, CLINICIANS)) if not es else "Meadowlark Home Health"
    npi = rng.choice("12") + digits(rng, 9)
    received = plus(notice, -rng.randint(16 if kind == "late" else 3, 24 if kind == "late" else 12))
    ongoing = box in ("reduced", "stopped")
    effective = plus(notice, rng.choice([10, 11, 12, 14])) if ongoing else None
    dos = plus(notice, -rng.randint(25, 70)) if box == "payment" else (effective or plus(notice, rng.randint(6, 30)))
    ref = rng.choice([f"{notice.strftime('%y')}{digits(rng, 8)}", f"PA-{digits(rng, 7)}", f"UM{digits(rng, 9)}"])
    claim = digits(rng, 15) if box == "payment" else None
    billed = amount(rng, 900, 2600) if box == "payment" else None
    form = f"{code}-NABD-{rng.randint(1, 9)} ({rng.choice(['Rev', 'rev.'])} {rng.randint(1, 12)}/{rng.choice([2024, 2025])})"
    p = Page(serif=rng.random() < 0.35, footer=rng.choice(["Page {n} of {nb}", "{n}/{nb}"]), footer_left=form)
    p.add_page()
    y = p.get_y()
    p.line(org, 15, "B", h=7)
    p.line(program, 8.5, h=4)
    p.line(addr, 8.5, h=4)
    p.line(("Servicios al Miembro " if es else "Member Services ") + phone(rng) + " (TTY 711)", 8.5, h=4)
    p.set_xy(128, y)
    p.f(9)
    p.multi_cell(0, 4.6, ("Fecha de este aviso:\n" if es else "Date of this notice:\n") + fdate(notice, ds, lang),
                 border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 26)
    for ln in [name] + (same["home"] if same else home(rng, code)):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.line("AVISO DE DETERMINACI\u00d3N ADVERSA DE BENEFICIOS" if es else
           rng.choice(["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Notice of Adverse Benefit Determination"]),
           13, "B", align="C", h=7)
    p.ln(2)
    if es:
        cells = [("Nombre del miembro", name), ("N\u00famero de miembro del plan", mid), ("N\u00famero de Medicaid", medicaid),
                 ("Proveedor", prov), ("Servicio", svc), ("Fecha de nuestra revisi\u00f3n", fdate(received, ds, lang)),
                 ("N\u00famero de referencia", ref), ("Fecha en que se hace efectiva esta acci\u00f3n", fdate(dos, ds, lang))]
    else:
        id_label = rng.choice(["Plan member ID", "Member ID number", "Health plan ID #", "ID number (plan)"])
        cells = [("Member name", name), (id_label, mid), (rng.choice(["Medicaid ID", "Medicaid number", "State Medicaid ID"]),
                                                          medicaid),
                 (rng.choice(["Provider", "Requesting provider", "Provider name"]) if box != "payment"
                  else "Provider who billed", prov), ("Provider NPI", npi),
                 ("Service" if box != "payment" else "Service billed", svc),
                 ({"payment": "Date we received the claim", "stopped": "Date of our review"}.get(
                     box, "Date we received the request"), fdate(received, ds)),
                 (rng.choice(["Reference number", "Authorization request #", "Case number"]), ref)]
        if box == "payment":
            cells += [("Claim number", claim), ("Date of service", fdate(dos, ds)), ("Amount billed",
                                                                                    money(billed, rng.choice(["plain", "nosign", "flat"]))),
                      ("Amount paid", money(0, "plain"))]
        elif ongoing:
            cells += [("Date this action takes effect", fdate(effective, ds))]
        elif kind != "late":
            cells += [("Date of service requested", fdate(dos, ds))]
    grid(p, cells, cols=2)
    p.para(f"Estimado(a) {name}:" if es else f"Dear {name.split()[0]} {name.split()[-1]}:", 10)
    if kind == "late":
        p.para(f"You or your provider asked {org} to approve the service listed above. This notice is about the time "
               "we took, not about whether the service is needed.", 10)
    else:
        p.para((f"{org} revis\u00f3 el servicio indicado arriba." if es else
                f"{org} reviewed the {'claim' if box == 'payment' else 'request' if box != 'stopped' else 'service'}"
                " listed above."), 10)
    p.heading("Lo que decidimos" if es else rng.choice(["What we decided", "What did we decide?"]), 11.5)
    labels = BOX_ES if es else BOX_EN
    for b in BOXES:
        p.set_font("Sans", "", 10)
        p.set_x(p.l_margin + 3)
        p.cell(7, 5.2, "\u2612" if b == box else "\u2610")
        p.f(9.5)
        p.cell(0, 5.2, labels[b], new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    if ongoing and not es:
        p.para(f"This change starts on **{fdate(effective, ds)}**.", 10)
    p.heading("Por qu\u00e9 tomamos esta decisi\u00f3n" if es else "Why we made this decision", 11.5)
    p.para(reason, 10)
    p.para((f"Usamos esta regla: {rule}. Puede pedir gratis una copia de la regla, de su expediente y de los "
            "registros que usamos." if es else
            f"We used this rule or guideline: {rule}. You can ask for free copies of it, of your case file and of "
            "the medical records we used."), 9.5)
    deadline = appeal(p, rng, notice, ds, dstyle, es, ongoing, lang)
    rights(p, rng, es, ongoing)
    taglines(p, rng, org, es)
    alts = {"member_id": [medicaid]}
    if id_label_is_plan(cells):
        alts["plan_id"] = [mid]
    if dstyle == "receipt":
        alts["appeal_deadline"] = [plus(notice, 60).isoformat()]
    if ongoing:
        alts["service_dates"] = [[]]
    cases = [c for c in (claim, ref) if c]
    dalts = {"pa": ["prior_authorization"], "stop": ["level_of_care"], "late": [None]}.get(kind)
    t = truth("denial_letter", denial, insurer=org, member_id=mid, member_name=name, cases=cases,
              claim_amount=m2(billed) if billed else None, service_dates=[] if kind == "late" else [span(dos)],
              denial_date=notice.isoformat(), provider=prov, appeal_deadline=deadline, lang=lang,
              alternates=alts, denial_alternates=dalts, type_alternates=["other"] if kind == "late" else None)
    return out(p), t


def id_label_is_plan(cells):
    """'Health plan ID #' / 'ID number (plan)' honestly reads as a plan identifier too."""
    return any(k in ("Health plan ID #", "ID number (plan)") for k, _ in cells)


def appeal(p, rng, notice, ds, style, es, ongoing, lang):
    if es:
        p.heading("Si no est\u00e1 de acuerdo: pida una apelaci\u00f3n al plan", 11.5)
        p.para("Puede pedirnos una apelaci\u00f3n dentro de los 60 d\u00edas calendario a partir de la fecha de este "
               "aviso. Puede pedirla por tel\u00e9fono o por escrito. Si su salud est\u00e1 en peligro, pida una "
               "apelaci\u00f3n r\u00e1pida; decidiremos en 72 horas.", 10)
        return plus(notice, 60).isoformat()
    p.heading(rng.choice(["If you disagree: ask us for a plan appeal", "Your right to appeal to the plan"]), 11.5)
    if style == "notice":
        p.para("You, your provider (with your written consent) or someone you choose can ask us for an appeal. You "
               "must ask within 60 calendar days from the date of this notice. You can call us or write to us.", 10)
        last = plus(notice, 60).isoformat()
    elif style == "date":
        d = plus(notice, 60)
        p.para(f"To appeal, call or write to us. **The last day to ask for an appeal is {fdate(d, ds)}.** Someone "
               "else, such as a family member or your provider, can ask for you if you give written permission.", 10)
        last = d.isoformat()
    else:
        p.para("You have 60 calendar days from the day you receive this letter to ask for an appeal. You can call us "
               "or write to us. Your provider can ask for you with your written permission.", 10)
        last = None
    p.para("If waiting 30 days could seriously harm your life, health or ability to function, ask for an expedited "
           "(fast) appeal. We will decide within 72 hours. Example: an appeal filed on the 1st is decided by the "
           "4th.", 9.5)
    return last


def rights(p, rng, es, ongoing):
    if es:
        p.heading("Si quiere seguir recibiendo sus servicios", 11)
        p.para("Si pide la apelaci\u00f3n dentro de los 10 d\u00edas a partir de la fecha de este aviso, o antes de "
               "la fecha en que se hace efectiva esta acci\u00f3n, sus servicios pueden continuar mientras se decide "
               "la apelaci\u00f3n.", 9.5)
        p.add_page()
        p.heading("Audiencia imparcial del estado", 11, rule=True)
        p.para("Si despu\u00e9s de la apelaci\u00f3n seguimos negando el servicio, puede pedir una audiencia "
               "imparcial del estado dentro de los 120 d\u00edas a partir de la fecha de nuestra decisi\u00f3n sobre "
               f"la apelaci\u00f3n. Llame a la Oficina de Audiencias al {phone(rng)}.", 9.5)
        return
    if ongoing:
        p.heading("Keeping your services during the appeal", 11)
        p.para("Your services can stay the same while we decide your appeal if you ask for the appeal within 10 days "
               "of the date this notice was sent, or before the date the change starts, whichever is later, and you "
               "ask to keep the services. If the final decision is not in your favor, you may have to pay for the "
               "services you got during the appeal.", 9.5)
    p.add_page()
    p.heading("State Fair Hearing", 11.5, rule=True)
    p.para("You must ask for a plan appeal first. After you get our appeal decision, if you still disagree, you can "
           "ask for a State Fair Hearing within 120 calendar days of the date of the appeal decision letter. If we do "
           "not give you an appeal decision in time, you can ask for a State Fair Hearing then.", 9.5)
    p.pairs([("Write to", f"Division of Administrative Hearings, PO Box {rng.randint(1000, 99999)}"),
             ("Call", phone(rng) + "  (TTY 711)"), ("Fax", phone(rng))], label_w=28, size=9.5)
    p.ln(2)
    p.heading("Help with your appeal", 11.5)
    p.bullets(["Member Services can help you fill out forms and can give you an interpreter, free of charge.",
               f"State Medicaid Ombudsman: {phone(rng)}. Legal aid: {phone(rng)}.",
               "You or your representative may see your case file, including medical records and any new evidence, "
               "before and during the appeal, free of charge."], 9.5)


def taglines(p, rng, org, es):
    p.heading("Taglines / Asistencia con el idioma" if es else "Language assistance and nondiscrimination", 10.5)
    p.para(f"{org} complies with applicable Federal civil rights laws and does not discriminate on the basis of race, "
           "color, national origin, age, disability, or sex. Free aids and services, including interpreters and "
           "information in other formats, are available.", 8)
    for line in ["ESPA\u00d1OL: Si habla espa\u00f1ol, tiene a su disposici\u00f3n servicios gratuitos de asistencia "
                 f"ling\u00fc\u00edstica. Llame al {phone(rng)} (TTY 711).",
                 f"TI\u1ebeNG VI\u1ec6T: N\u1ebfu b\u1ea1n n\u00f3i Ti\u1ebfng Vi\u1ec7t, c\u00f3 c\u00e1c d\u1ecbch v\u1ee5 "
                 f"h\u1ed7 tr\u1ee3 ng\u00f4n ng\u1eef mi\u1ec5n ph\u00ed. G\u1ecdi s\u1ed1 {phone(rng)}.",
                 "FRAN\u00c7AIS: Si vous parlez fran\u00e7ais, des services d\u2019aide linguistique vous sont "
                 "propos\u00e9s gratuitement.",
                 "TAGALOG: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang "
                 "walang bayad."]:
        p.para(line, 7.8, gap=0.8)


def documents(rng: random.Random) -> list[Item]:
    plan = rng.choice(PLANS)
    same = {"person": person(rng), "plan": plan, "ids": ids(rng, plan[3]), "home": home(rng, plan[3])}
    return [Item("mco_nabd_bd_stop", "born_digital", [make(rng, "stop", "notice")]),
            Item("mco_nabd_bd_late", "born_digital", [make(rng, "late", "notice")]),
            Item("mco_nabd_scan_pa", "scan_clean_300", [make(rng, "pa", "date")]),
            Item("mco_nabd_lowres_payment", "scan_lowres_150", [make(rng, "payment", "receipt")]),
            Item("mco_nabd_copy_oon", "photocopy", [make(rng, "oon", "date")]),
            Item("mco_nabd_photo_es_stop", "phone_photo", [make(rng, "stop", "notice", es=True)]),
            Item("mco_nabd_rot_reduce", "rotated", [make(rng, "reduce", "receipt")]),
            Item("mco_nabd_stack_fax", "fax_fine_g4",
                 [make(rng, "reduce", "date", same=same), make(rng, "payment", "notice", same=same)],
                 ["cover", None])]
