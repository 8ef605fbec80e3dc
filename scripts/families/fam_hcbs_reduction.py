"""Family hcbs_reduction: a state Medicaid agency's (or its waiver case-management agency's) notice that reduces,
denies, ends or increases home- and community-based services (HCBS).

Modelled on the public notices states send under 42 CFR 431.206-431.210 for waiver and state-plan personal care
services (in our own words): a state line over the agency and its office, or a case-management agency writing for
the state; the notice's facts (date, person, Medicaid ID, case number, waiver program, case manager, notice ID);
the reassessment (date, tool, score, the hours it yields); an hours table (service, provider, current and new hours
per week, effective date); the reason in plain words and the rule; the fair hearing "within 30/90 days of the date
of this notice", continued services if asked "before the effective date" (a decoy date), a local reconsideration on
one. Kinds: personal care hours cut after reassessment, adult day health denied, waiver ended (no nursing-facility
level of care), nurse visits replaced by aide hours (Spanish), respite over the annual cap, a ramp built before
approval (a payment request), and an increase that denies nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundi_famm import ADULTS, ELDERS, ES_FIRST, LAST, LAST_ES, address, digits, letters, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "hcbs_reduction"
LANG = "en"

AGENCIES = [("STATE OF NORTH ARDEN", "Department of Aging and Disability Services",
             "Office of Home and Community-Based Services", "Community Choices Waiver"),
            ("COMMONWEALTH OF WESTMERE", "Westmere Department of Medical Assistance Services",
             "Long-Term Services and Supports Unit", "Elderly and Physically Disabled (EPD) Waiver")]
CMA = "Riverbend Area Agency on Aging"
HOME_CARE = ["Hearthside Home Care Services", "Lamplighter Personal Care, Inc.", "Cuidado en Casa Los Álamos",
             "Stoutbarrel Ramps & Home Access", "Juniper Hall Adult Day Health Center", "Wayfarer Respite Partners"]


def _head(p: Page, es: bool, cma: bool, ag, rng) -> str:
    state, agency, office, _ = ag
    if cma:
        p.line(CMA, 15, "B", h=7.5)
        p.line(f"Waiver Case Management  \u2022  for the {agency}", 8.5, h=4.5)
    else:
        p.line(state, 9, "B", h=4.5)
        p.line(agency, 14, "B", h=7)
        p.line(office, 9, h=4.5)
    a = address(rng)
    p.line(f"{a[0]}, {a[1]}  \u2022  {'Tel.' if es else 'Phone'} {phone(rng)}  TTY 711", 8, h=4.2)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)
    return CMA if cma else agency


def make(rng, kind: str, ds: str, *, cma=False, ag=0, grid="boxed", days=90):
    es = kind == "nurse_es"
    state, agency, office, waiver = AGENCIES[ag]
    name, first, last = person(rng, ES_FIRST, LAST_ES) if es else person(rng, rng.choice([ELDERS, ADULTS]), LAST)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 100))
    eff = plus(notice, rng.choice([12, 14, 15, 21]))
    assess = plus(notice, -rng.randint(10, 30))
    d = (lambda x: fdate(x, "long", "es")) if es else (lambda x: fdate(x, ds))
    mid = rng.choice([digits(rng, 10), f"{letters(rng, 2)}{digits(rng, 8)}", f"{digits(rng, 9)}{letters(rng, 1)}"])
    case = rng.choice([f"{digits(rng, 7)}", f"C-{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}"])
    nid = f"NTC{digits(rng, 9)}"
    mgr = person(rng, ADULTS, LAST)[0]
    p = Page(footer="Página {n} de {nb}" if es else "Page {n} of {nb}",
             footer_left=f"Form HCBS-{rng.choice(['207', '431', '88A'])} ({rng.randint(1, 12)}/2025)")
    p.add_page()
    insurer = _head(p, es, cma, AGENCIES[ag], rng)
    p.line(d(notice), 10, h=5)
    p.ln(1)
    for ln in [name.upper()] + address(rng):
        p.line(ln, 9.5, h=4.8)
    p.ln(3)
    spec = KINDS[kind](rng, notice, eff, d)
    p.line(spec["title"], 13, "B", h=7)
    p.ln(1)
    L = LAB_ES if es else LAB_EN
    rows = [(L[0], d(notice)), (L[1], name), (L[2], mid), (L[3], case), (L[4], waiver), (L[5], mgr), (L[6], nid)]
    if spec.get("assess", True):
        rows.insert(5, (L[7], f"{d(assess)}  ({spec['tool']})"))
    if spec.get("req"):
        rows.insert(4, (L[8], spec["req"]))
    if grid == "boxed":
        p.boxed_pairs(rows, label_w=52, size=9, h=5.8)
    else:
        p.pairs(rows, label_w=52, size=9.5, h=5.2)
        p.ln(2)
    p.para(f"Estimado(a) {first} {last}:" if es else f"Dear {first} {last}:", 10)
    p.para(spec["what"], 10)
    if spec.get("table"):
        p.table(*spec["table"], size=8.5)
    p.heading("Por qué" if es else rng.choice(["Why we made this decision", "Reason for this action"]), 10.5)
    p.para(spec["why"], 10)
    p.para(spec["rule"], 8.8)
    dl = _rights(p, es, spec, notice, eff, d, days, rng)
    p.para(f"{'Administrador(a) de caso' if es else 'Case manager'}: {mgr}, {phone(rng)}", 9)
    alts = {"appeal_deadline": [plus(notice, days).isoformat()]} if spec["denied"] and not spec.get("recon") else {}
    if cma:
        alts["insurer"] = [agency]
    if dl is None and spec["denied"] and spec.get("printed"):
        alts["appeal_deadline"].append(spec["printed"].isoformat())
    for k, v in spec.get("alts", {}).items():
        alts[k] = alts.get(k, []) + v
    t = truth("denial_letter" if spec["denied"] else "other", spec["dtype"], insurer=insurer, member_id=mid,
              member_name=name, cases=[case] + spec.get("cases", []), claim_amount=spec.get("amount"),
              service_dates=spec["sd"], denial_date=notice.isoformat(), provider=spec.get("prov"),
              appeal_deadline=dl, lang="es" if es else "en", alternates=alts,
              denial_alternates=spec.get("dalt"), unscored=[] if spec.get("prov") else ["provider"])
    return out(p), t


LAB_EN = ["Date of notice", "Name", "Medicaid ID", "Case number", "Program", "Case manager", "Notice ID",
          "Assessment date", "Request"]
LAB_ES = ["Fecha del aviso", "Nombre", "Número de Medicaid", "Número de caso", "Programa", "Administrador(a) de caso",
          "Número de aviso", "Fecha de la evaluación", "Solicitud"]


def _rights(p, es, spec, notice, eff, d, days, rng):
    """Fair hearing, continued services (effective-date decoy), local reconsideration; returns the deadline."""
    if not spec["denied"]:
        p.heading("Su derecho a una audiencia" if es else "If you disagree", 10.5)
        p.para("You do not need to do anything. If you think the hours are still not enough, you may ask for a "
               "fair hearing within 90 days of the date of this notice.", 9.5)
        return None
    dl = None
    if spec.get("recon"):
        p.heading("Ask us to look again (local reconsideration)", 10.5)
        p.para(f"You may ask {CMA} to reconsider this decision. Call or write to us within 15 days of the date of "
               "this notice. A supervisor who did not take part in the decision will review it and answer in writing "
               "within 10 business days. Asking for a reconsideration does not stop the fair-hearing clock.", 9.5)
        dl = plus(notice, 15).isoformat()
    p.heading("Su derecho a una audiencia imparcial" if es else "Your right to a fair hearing", 10.5)
    if es:
        p.para(f"Si no está de acuerdo, puede pedir una audiencia imparcial. Debe pedirla dentro de {days} días a "
               "partir de la fecha de este aviso, por teléfono, por escrito o en persona.", 9.5)
        p.para(f"**Seguir recibiendo los servicios:** si pide la audiencia antes del {d(eff)}, sus servicios "
               "seguirán iguales hasta que se decida la audiencia.", 9.5)
    elif spec.get("printed"):
        p.para(f"You may ask for a fair hearing with the State's Office of Administrative Hearings. Your request "
               f"must be received by **{d(spec['printed'])}**.", 9.5)
        p.para(f"**Keep your services the same:** if your request reaches us before {d(eff)}, the date this change "
               "takes effect, your services will continue until the hearing officer decides.", 9.5)
    else:
        p.para(f"If you think this decision is wrong, you can ask for a fair hearing. You must ask within {days} days "
               "of the date of this notice. Call the number above, write to the Fair Hearings Unit, or use the "
               "enclosed form.", 9.5)
        p.para(f"**Continued benefits:** if you ask for a hearing before the effective date ({d(eff)}), your current "
               "services can continue until the decision. If the hearing officer agrees with us, you may have to pay "
               "back the cost of services you received while you waited.", 9.5)
    p.para("You may bring a friend, relative, lawyer or other person to help you. Free legal help: Legal Aid, "
           f"{phone(rng)}." if not es else f"Puede traer a alguien que le ayude. Ayuda legal gratuita: {phone(rng)}.", 9)
    return dl


def _pcs(rng, notice, eff, d):
    prov = HOME_CARE[0]
    return dict(title="NOTICE OF ACTION: Your personal care hours are changing", denied=True, dtype="medical_necessity",
                tool=f"Uniform Assessment, score {rng.randint(11, 16)} (was {rng.randint(20, 26)})", prov=prov,
                what=f"After your reassessment, we are **reducing** your personal care services from 28 to 18 hours "
                     f"per week. This change starts on {d(eff)}.",
                table=(["Service", "Provider", "Current hours / week", "New hours / week", "Effective"],
                       [["Personal care (T1019)", prov, "28", "18", d(eff)], ["Homemaker (S5130)", prov, "4", "4",
                                                                              "no change"]], [40, 62, 26, 26, 26]),
                why="At your last assessment you needed hands-on help with bathing, dressing and walking. This time "
                    "the nurse found you now walk on your own with a walker and dress yourself, and you need help "
                    "only with bathing and meals. The hours the assessment gives for the help you still need come to "
                    "18 a week.", rule="Rule: Aging and Disability Services Manual 6.402 (hours by assessed need).",
                sd=[span(eff)], alts={"service_dates": [[]]})


def _adh(rng, notice, eff, d):
    prov = HOME_CARE[4]
    start = plus(notice, 20)
    return dict(title="Notice of Decision: Adult Day Health", denied=True, dtype="medical_necessity", recon=True,
                dalt=["level_of_care"], prov=prov, tool="waiver assessment, 9 of 30 points",
                req=f"Adult day health, 3 days a week from {d(start)}",
                what=f"Your case manager asked for adult day health at {prov}, 3 days a week starting {d(start)}. "
                     "We have **denied** this request.",
                why="Adult day health is for people who need nursing oversight or therapy during the day. Your "
                    "assessment shows you take your own medicines, have no wounds or tube feeding, and can be safely "
                    "alone for part of the day. You do not need the health services this program gives. A social "
                    "day program or a companion service may meet your needs; ask your case manager.",
                rule="Waiver service definition 4.3 (adult day health).", sd=[span(start)], alts={"service_dates": [[]]})


def _loc(rng, notice, eff, d):
    return dict(title="NOTICE OF ACTION \u2013 WAIVER SERVICES ENDING", denied=True, dtype="eligibility",
                dalt=["level_of_care", "medical_necessity"], tool="Level of Care Screen, score 38 (50 needed)",
                what=f"Your Elderly and Physically Disabled Waiver services will **end** on {d(eff)}. After that "
                     "date the services below will stop.",
                table=(["Service", "Provider", "Hours / week now", "After " + d(eff)],
                       [["Personal care", HOME_CARE[1], "21", "0"], ["Personal emergency response", "Beacon Alert "
                        "Systems", "monthly", "ends"]], [46, 64, 30, 40]),
                why="To stay on this waiver, a person must need the level of care a nursing facility gives. The "
                    "screening done on your reassessment scored 38 points; 50 are needed. You no longer meet nursing "
                    "facility level of care, so you are not eligible for waiver services. Your regular Medicaid "
                    "coverage does not change.", rule="Rule: 12 WAC 460-15 (nursing facility level of care).",
                sd=[span(eff)], alts={"service_dates": [[]]})


def _nurse_es(rng, notice, eff, d):
    prov = HOME_CARE[2]
    return dict(title="AVISO DE ACCIÓN: cambio en sus servicios en el hogar", denied=True, dtype="level_of_care",
                dalt=["medical_necessity"], prov=prov, tool="Evaluación uniforme, puntaje 17",
                what=f"Vamos a **reducir** las visitas de enfermería en su hogar de 3 a 1 por semana y a darle 6 horas "
                     f"más de asistente de cuidado personal. El cambio empieza el {d(eff)}.",
                table=(["Servicio", "Proveedor", "Actual por semana", "Nuevo por semana", "Desde"],
                       [["Visita de enfermería", prov, "3 visitas", "1 visita", d(eff)],
                        ["Asistente personal", prov, "10 horas", "16 horas", d(eff)]], [40, 48, 27, 27, 38]),
                why="Su herida ya sanó y sus medicinas están estables. Ya no necesita que una enfermera le atienda "
                    "tres veces por semana: la ayuda que necesita ahora la puede dar un asistente de cuidado personal, "
                    "con una visita de enfermería a la semana para revisar sus medicinas.",
                rule="Norma: Manual de Servicios en el Hogar y la Comunidad, sección 7.2.", sd=[span(eff)],
                alts={"service_dates": [[]]})


def _increase(rng, notice, eff, d):
    prov = HOME_CARE[1]
    return dict(title="NOTICE OF APPROVAL: Increase in personal care hours", denied=False, dtype=None, prov=prov,
                tool=f"Uniform Assessment, score {rng.randint(24, 29)}",
                what=f"Good news: after your reassessment we **approved more hours**. Your personal care goes from 12 "
                     f"to 20 hours a week starting {d(eff)}.",
                table=(["Service", "Provider", "Current hours / week", "New hours / week", "Effective"],
                       [["Personal care", prov, "12", "20", d(eff)]], [40, 62, 26, 26, 26]),
                why="Since your fall you need help getting in and out of bed and with toileting at night. The "
                    "assessment gives 20 hours a week for this help.", rule="Rule: Waiver manual 6.402.",
                sd=[span(eff)], alts={"service_dates": [[]]})


def _respite(rng, notice, eff, d):
    prov = HOME_CARE[5]
    y0 = dt.date(notice.year, rng.choice([1, 3]), 1)
    y1 = plus(dt.date(y0.year + 1, y0.month, 1), -1)
    sr = f"SR{digits(rng, 7)}"
    return dict(title="Notice of Action \u2013 Respite Request Partly Approved", denied=True, dtype="not_covered",
                dalt=["other"], prov=prov, assess=False, cases=[sr],
                req=f"{sr}: respite, 360 hours, plan year {d(y0)} - {d(y1)}",
                what="Your service plan asked for 360 hours of in-home respite for this plan year. We **approved 240 "
                     "hours** and **denied 120 hours**.",
                table=(["Service", "Provider", "Requested", "Approved", "Denied"],
                       [["In-home respite (S5150)", prov, "360 h", "240 h", "120 h"]], [46, 56, 26, 26, 26]),
                why="The waiver pays for no more than 240 hours of respite in a plan year. That limit is part of the "
                    "waiver the federal government approved, and the agency cannot pay for hours above it. Other "
                    "help for your caregiver may be available from the family caregiver program.",
                rule="Community Choices Waiver, Appendix C: respite limited to 240 hours per plan year.",
                sd=[span(y0, y1)], alts={"service_dates": [[], [span(y0)]]})


def _ramp(rng, notice, eff, d):
    prov = HOME_CARE[3]
    done = plus(notice, -rng.randint(20, 40))
    amt = round(rng.randint(4100, 5600) + 0.5 * rng.randint(0, 1), 2)
    req = f"EA-{digits(rng, 6)}"
    return dict(title="NOTICE OF DENIAL \u2013 Environmental Accessibility Adaptation", denied=True,
                dtype="prior_authorization", prov=prov, assess=False, cases=[req], amount=m2(amt),
                printed=plus(notice, 30),
                req=f"Payment request {req}: wheelchair ramp, {money(amt, 'nosign')}",
                what=f"{prov} asked us to pay {money(amt)} for a wheelchair ramp built at your home and finished on "
                     f"{d(done)}. We **denied** payment.",
                why="Home changes paid by the waiver must be approved before the work starts. We received the "
                    "request after the ramp had been built, and no approval was given beforehand. We cannot pay for "
                    "work done without that approval. The contractor may not bill you unless you agreed in writing "
                    "to pay.", rule="Waiver manual 8.14: environmental adaptations require prior approval.",
                sd=[span(done)])


KINDS = {"pcs": _pcs, "adh": _adh, "loc": _loc, "nurse_es": _nurse_es, "increase": _increase,
         "respite": _respite, "ramp": _ramp}


def documents(rng: random.Random) -> list[Item]:
    return [Item("hcbs_reduction_bd_pcs", "born_digital", [make(rng, "pcs", "long", ag=0, days=90)]),
            Item("hcbs_reduction_bd_adh", "born_digital", [make(rng, "adh", "slash", cma=True, ag=0, grid="plain",
                                                                days=90)]),
            Item("hcbs_reduction_scan_loc", "scan_clean_300", [make(rng, "loc", "dmy", ag=1, days=30)]),
            Item("hcbs_reduction_copy_nurse_es", "photocopy", [make(rng, "nurse_es", "long", ag=1, days=90)]),
            Item("hcbs_reduction_rot_increase", "rotated", [make(rng, "increase", "abbr", cma=True, ag=0)]),
            Item("hcbs_reduction_faxs_respite", "fax_standard_g4", [make(rng, "respite", "iso", ag=0, grid="plain",
                                                                         days=90)]),
            Item("hcbs_reduction_phone_ramp", "phone_photo", [make(rng, "ramp", "long", ag=1, days=30)])]
