"""Family 'multi_service_decision_table_letter': a prior-authorization decision letter on one request that lists
several services in a table (code, description, units requested, units approved, decision, reason code) with most
lines approved and one or two denied, the reason codes explained in a legend below the table; one letter with every
line approved (no denial), one Spanish member letter, one letter to the requesting provider.

Issuers (fictional): Bragar Family Health (a Medicaid managed-care plan; logo word "BRAGAR" over a rule; its member
letters follow the content and headings of a Medicaid MCO Notice of Adverse Benefit Determination under
42 CFR 438.404: what we decided, why, your right to appeal within 60 days, continuing your services, state fair
hearing after the appeal), Ardroil Care Review (parent line "An Eoropie Health company" above the centred name;
reviews for Cliasam Community Health Plan, named in the letter), Tiumpan Health Plan (return-address block,
"Utilization Management"). Values invented.
Truth: insurer the letterhead issuer (the plan reviewed for accepted); provider the requesting provider (the
servicing provider accepted); case numbers the request number (with the authorization number given for the approved
lines accepted as well); service dates the requested service period (the start date alone accepted); claim amount
null (pre-service); denial type that of the denied line (where two lines are denied for two reasons, the first
line's, the other accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundad_famdb import (Page, address, clinician, days, digits, fdate, iso, letterhead, local_phone, mail_to,
                               mixed, npi, pairs, person, phone)

FAMILY = "multi_service_decision_table_letter"
LANG = "en"
ISSUERS = {
    "bragar": dict(name="Bragar Family Health", short="Bragar Family Health", style="logo", logo="BRAGAR",
                   line2="Bragar Family Health - Medicaid Managed Care | PO Box 41907, Bismarck, ND 58502",
                   plan=None, grp=False, mcd=True),
    "ardroil": dict(name="Ardroil Care Review", short="Ardroil Care Review", style="parent",
                    parent="An Eoropie Health company",
                    line2="Prior Authorization Department | 612 Ballantrushal Road, Aberdeen, SD 57401",
                    plan="Cliasam Community Health Plan", grp=True, mcd=False),
    "tiumpan": dict(name="Tiumpan Health Plan", short="Tiumpan Health Plan", style="block",
                    line2="Utilization Management | PO Box 2290 | Minot, ND 58702", plan=None, grp=True, mcd=False),
}
AGENCIES = ["Sulasgeir Home Care", "Prairie Lantern Therapy Services", "Northgate Rehab Partners",
            "Cheviot Sleep & Respiratory Supply", "Little Bluestem Behavioral Health"]
LABELS = {
    1: dict(pat="Member", mid="Member ID", grp="Group number", plan="Plan ID", ref="Request number",
            prov="Requesting provider", svc="Servicing provider", per="Requested service period",
            rec="Request received", code="Code", desc="Service", req="Units req.", appr="Units appr.",
            dec="Decision", rc="Reason"),
    2: dict(pat="Patient", mid="ID #", grp="Group #", plan="Benefit plan", ref="Case ID", prov="Ordering provider",
            svc="Rendering provider", per="Dates of service requested", rec="Received on", code="CPT/HCPCS",
            desc="Description", req="Requested", appr="Approved", dec="Status", rc="Code"),
    3: dict(pat="Member name", mid="Subscriber ID", grp="Employer group", plan="Plan code", ref="Reference no.",
            prov="Requested by", svc="Performed by", per="Approval period asked for", rec="Date we got the request",
            code="Procedure", desc="What was asked for", req="Asked", appr="Allowed", dec="Result", rc="Why"),
    "es": dict(pat="Afiliado(a)", mid="Número de afiliado", grp="Grupo", plan="Plan", ref="Número de solicitud",
               prov="Proveedor que lo pidió", svc="Proveedor del servicio", per="Periodo solicitado",
               rec="Fecha en que recibimos la solicitud", code="Código", desc="Servicio", req="Pedidas",
               appr="Aprobadas", dec="Decisión", rc="Motivo"),
}
# set -> (what, lines [(code, description, units requested, units approved or None=denied, reason code)],
#         legend {code: (denial type or None, text)}, agency index)
SETS = {
    "home_health": ("home health care after hip replacement surgery",
                    [("G0299", "Skilled nursing visit", "8", "8", "A1"),
                     ("G0151", "Physical therapy visit", "12", "12", "A1"),
                     ("G0152", "Occupational therapy visit", "8", None, "D4"),
                     ("G0156", "Home health aide, per 15 min", "40", None, "D7")],
                    {"A1": (None, "Approved as requested."),
                     "D4": ("medical_necessity", "Not medically necessary: the records show the member dresses and "
                            "bathes without help; occupational therapy at home is not needed."),
                     "D7": ("not_covered", "Not a covered benefit: help with daily living by an aide, when no skilled "
                            "care is given at the same visit, is custodial care and is excluded.")}, 0),
    "rehab": ("outpatient physical therapy for low back pain",
              [("97110", "Therapeutic exercise, 15 min", "24", "12", "P2"),
               ("97140", "Manual therapy, 15 min", "12", "12", "A1"),
               ("97035", "Ultrasound therapy, 15 min", "12", None, "X3"),
               ("97112", "Neuromuscular re-education, 15 min", "8", "8", "A1")],
              {"A1": (None, "Approved as requested."),
               "P2": (None, "Approved in part: 12 units now; more may be requested with a progress note."),
               "X3": ("experimental", "Experimental/investigational: therapeutic ultrasound for low back pain is "
                      "not proven to improve outcomes (medical policy UM-PT-014).")}, 2),
    "cpap": ("a CPAP device and supplies for obstructive sleep apnea",
             [("E0601", "CPAP device, rental", "3", "3", "A1"), ("A7030", "Full face mask", "1", "1", "A1"),
              ("E0562", "Heated humidifier", "1", "1", "A1"), ("A7037", "Tubing", "1", "1", "A1")],
             {"A1": (None, "Approved as requested. Rental continues after 90 days if the device is used at least "
                     "4 hours a night on 70% of nights.")}, 3),
    "knee": ("right knee arthroscopy",
             [("29881", "Arthroscopy, knee, with meniscectomy", "1", "1", "A1"),
              ("29877", "Arthroscopy, knee, debridement/chondroplasty", "1", None, "M2"),
              ("99070", "Supplies", "1", "1", "A1")],
             {"A1": (None, "Approved."),
              "M2": ("medical_necessity", "Does not meet criteria: the MRI and office notes do not show a loose "
                     "cartilage flap or mechanical symptoms from cartilage damage.")}, 2),
    "aba_es": ("terapia de análisis del comportamiento (ABA) para autismo",
               [("97153", "Tratamiento por técnico, 15 min", "480", "480", "A1"),
                ("97155", "Ajuste del tratamiento por el analista, 15 min", "96", "96", "A1"),
                ("97156", "Orientación a la familia, 15 min", "24", "24", "A1"),
                ("97158", "Tratamiento en grupo, 15 min", "48", None, "N5")],
               {"A1": (None, "Aprobado como se pidió."),
                "N5": ("medical_necessity", "No es médicamente necesario: el plan de tratamiento no tiene metas de "
                       "grupo y el niño aún no cumple los requisitos para sesiones en grupo.")}, 4),
    "irf": ("care after a stroke",
            [("0128", "Acute inpatient rehabilitation, per day", "14", None, "L1"),
             ("0191", "Skilled nursing facility, per day", "14", "14", "A2"),
             ("97530", "Therapeutic activities, 15 min", "56", "56", "A1")],
            {"A1": (None, "Approved."),
             "A2": (None, "Approved as the right setting for this care."),
             "L1": ("level_of_care", "Not approved in this setting: the member cannot yet take part in 3 hours of "
                    "therapy a day. The care can be given safely in a skilled nursing facility, which is approved "
                    "instead.")}, 2),
    "nutrition": ("weight management and diabetes care",
                  [("97802", "Medical nutrition therapy, initial, 15 min", "4", None, "N9"),
                   ("G0108", "Diabetes self-management training, 30 min", "10", "10", "A1"),
                   ("95251", "Continuous glucose monitor data review", "1", "1", "A1")],
                  {"A1": (None, "Approved."),
                   "N9": ("out_of_network", "Provider not in network: the dietitian named on the request does not "
                          "take part in the plan's network, and in-network dietitians are available within 30 miles.")},
                  1),
}


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    what, lines, legend, _ = SETS[f["set"]]
    den = f["den"]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['short']}  -  {f['letter_id']}  -  {{p}}/{{n}}")
    d.add_page()
    if i["style"] == "logo":
        name, rest = i["line2"].split(" | ")
        letterhead(d, "logo", name, rest, i["logo"])
    else:
        letterhead(d, i["style"], i["name"], i["line2"], parent=i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    if f["aud"] == "md":
        mail_to(d, [f"{f['doc']}, MD", f"Fax {f['fax']}"])
    else:
        mail_to(d, [f["member"]] + list(f["addr"]))
    if es:
        title = "Aviso de decisión sobre su solicitud de servicios"
    elif not den:
        title = "Prior Authorization Approval"
    elif i["mcd"]:
        title = "Notice of Adverse Benefit Determination"
    else:
        title = "Prior Authorization Determination - Partial Approval"
    d.text_line(title, 13, "B", h=7)
    if i["plan"]:
        d.text_line(f"Review performed on behalf of {i['plan']}", 9, h=5)
    d.ln(1)
    per = f"{fd(f['start'])} - {fd(f['end'])}" if f["start"] != f["end"] else fd(f["start"])
    pairs(d, [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["grp"]), (L["plan"], f["plan"]),
              (L["ref"], f["ref"]), (L["prov"], f"{f['doc']}, MD (NPI {f['npi']})"),
              (L["svc"], f["agency"]), (L["per"], per), (L["rec"], fd(f["received"]))], kw=62, size=9.2)
    n_den = sum(1 for ln in lines if ln[3] is None)
    if es:
        intro = (f"Recibimos una solicitud para {what}. Aprobamos {len(lines) - n_den} de los {len(lines)} "
                 f"servicios pedidos. No aprobamos el servicio marcado como NO APROBADO en la tabla.")
    elif not den:
        intro = f"We received a request for {what}. Every service listed below is approved."
    else:
        intro = (f"We received a request for {what}. We approved {len(lines) - n_den} of the {len(lines)} services "
                 f"asked for. The service{'s' if n_den > 1 else ''} marked DENIED below "
                 f"{'were' if n_den > 1 else 'was'} not approved.")
    d.para(("Qué decidimos: " if es else ("What we decided: " if i["mcd"] else "")) + intro, 10)
    dec = lambda a, u: (("APROBADO" if es else "APPROVED") if a == u else  # noqa: E731
                        ("PARTIAL" if a else ("NO APROBADO" if es else "DENIED")))
    d.table([L["code"], L["desc"], L["req"], L["appr"], L["dec"], L["rc"]],
            [[c, ds, u, a if a else "0", dec(a, u), rc] for c, ds, u, a, rc in lines],
            [18, 70, 20, 20, 28, 16], size=8.3)
    d.text_line("Códigos de motivo" if es else ("Reason code legend" if f["lab"] != 3 else "What the codes mean"),
                10, "B", h=6)
    for code, (_, text) in legend.items():
        d.para(f"{code}  {text}", 9.2, gap=1.2)
    d.ln(1)
    if f["auth"]:
        d.para(("Número de autorización de los servicios aprobados: " if es else
                "Authorization number for the approved services: ") + f["auth"] +
               (f". Válida del {fd(f['start'])} al {fd(f['end'])}." if es else
                f". Valid {fd(f['start'])} through {fd(f['end'])}."), 9.6)
    if den:
        d.text_line("Su derecho a apelar" if es else ("Your right to appeal" if f["aud"] == "mbr" else "Appeal rights"),
                    10.5, "B", h=6)
        d.para(f["appeal_text"], 9.5)
        if i["mcd"]:
            d.para("Si usted quiere que sus servicios continúen durante la apelación, debe apelar dentro de 10 días."
                   if es else
                   "Continuing your services: if you are already getting a denied service and want it to continue "
                   "while we decide your appeal, you must appeal within 10 days of the date of this notice. "
                   "State fair hearing: after our appeal decision, you may ask for a state fair hearing within 120 "
                   "days of the date of the appeal decision.", 9)
        else:
            d.para("Urgent appeals are decided within 72 hours. After the internal appeal, an external review may "
                   "be requested within 4 months.", 9)
        if f["aud"] == "md":
            d.para(f"Peer-to-peer: the reviewing physician, {f['reviewer']}, MD, can be reached at {f['ph']}. A copy "
                   "of this letter was mailed to the member.", 9.2)
    d.para("Las solicitudes estándar se deciden dentro de 14 días." if es else
           "Standard requests are decided within 14 calendar days; this approval does not guarantee payment if the "
           "member is not eligible on the date of service.", 8.8)
    d.ln(2)
    d.font(9)
    d.multi_cell(0, 4.4, ("Atentamente,\n" if es else "Sincerely,\n") + f"{f['reviewer']}, MD\n" +
                 ("Director(a) médico(a)" if es else "Medical Director, Utilization Management") +
                 f"\n{f['ph']}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, sset: str, aud: str, lab, ds: str, date: dt.date, dl: str,
          lang: str = "en") -> dict:
    i = ISSUERS[ins]
    what, lines, legend, ag = SETS[sset]
    dens = [legend[ln[4]][0] for ln in lines if ln[3] is None]
    start = days(date, r.randint(3, 14))
    end = start if sset == "knee" else days(start, r.choice([59, 89, 179]))
    doc = clinician(r)
    f = dict(ins=ins, set=sset, aud=aud, lab=lab, ds=ds, date=date, lang=lang, den=dens[0] if dens else None,
             den_alt=[x for x in dens[1:] if x != dens[0]],
             member=person(r, lang), mid=mixed(r, "A99999999" if i["mcd"] else "AAA999999999"),
             grp=digits(r, 6) if i["grp"] else None, plan=mixed(r, "AA-999") if lab in (1, 3) and ins != "ardroil" else None,
             ref="PA" + mixed(r, "99-999999"), auth="AUTH" + mixed(r, "999999A") if len(dens) < len(lines) else None,
             doc=doc, reviewer=clinician(r, doc), npi=npi(r), ph=phone(r), fax=local_phone(r),
             agency=AGENCIES[ag] if sset not in ("knee", "irf") else (f"{doc}, MD" if sset == "knee" else AGENCIES[2]),
             addr=address(r, lang), start=start, end=end, received=days(date, -r.randint(2, 9)),
             letter_id="PAD-" + mixed(r, "99999"), deadline=None, dl_alt=None, appeal_text="")
    if dl == "within60":
        f["deadline"] = days(date, 60)
        f["appeal_text"] = ("Usted puede apelar dentro de 60 días a partir de la fecha de este aviso. Llámenos o "
                            "escríbanos." if lang == "es" else
                            "You have the right to ask us to change this decision. You must ask for an appeal within "
                            "60 days of the date of this notice. You can call us or write to us.")
    elif dl == "within180":
        f["deadline"] = days(date, 180)
        f["appeal_text"] = ("The member, or the provider on the member's behalf, may appeal within 180 days of the date "
                            "of this letter. Send the appeal and any records to the address above.")
    elif dl == "by":
        f["deadline"] = days(date, 90)
        f["appeal_text"] = (f"To appeal, we must receive your request by {fdate(f['deadline'], ds)}. Include a "
                            "letter saying why you disagree and any records from your doctor.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal_text"] = ("You may appeal within 180 days after you receive this letter. Send a letter saying why "
                            "you disagree, with any records from your provider.")
    return f


def letter_truth(f: dict) -> dict:
    i = ISSUERS[f["ins"]]
    den = f["den"]
    alts = {"service_dates": [[iso(f["start"])]] if f["start"] != f["end"] else None}
    alts = {k: v for k, v in alts.items() if v}
    if f["agency"] != f"{f['doc']}, MD":
        alts["provider"] = [f["agency"]]
    if i["plan"]:
        alts["insurer"] = [i["plan"]]
    if f["auth"] and den:
        alts["case_numbers"] = [[f["ref"], f["auth"]]]
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    cases = [f["ref"]] if den else [f["ref"], f["auth"]]
    if not den:
        alts["case_numbers"] = [[f["ref"]]]
    return truth("denial_letter" if den else "other", den, f["lang"], insurer=i["short"], member_id=f["mid"],
                 group_number=f["grp"], plan_id=f["plan"], member_name=f["member"], case_numbers=cases,
                 claim_amount=None, service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["date"]),
                 provider=f["doc"], appeal_deadline=iso(f["deadline"]) if (den and f["deadline"]) else None,
                 alternates=alts, denial_alternates=f["den_alt"] or None)


# (stem, condition, issuer, service set, audience, labels, date style, deadline)
PLAN = [
    ("multi_service_decision_table_letter_bd_home_health_two_denied", "born_digital", "bragar", "home_health", "mbr",
     1, "long", "within60"),
    ("multi_service_decision_table_letter_bd_cpap_all_approved", "born_digital", "tiumpan", "cpap", "mbr", 2, "slash",
     "within180"),
    ("multi_service_decision_table_letter_scan_knee_provider", "scan_clean_300", "ardroil", "knee", "md", 3, "abbr",
     "within180"),
    ("multi_service_decision_table_letter_lowres_rehab_experimental", "scan_lowres_150", "tiumpan", "rehab", "mbr", 1,
     "iso", "by"),
    ("multi_service_decision_table_letter_rot_es_aba", "rotated", "bragar", "aba_es", "mbr", "es", "es", "within60"),
    ("multi_service_decision_table_letter_copy_irf_setting", "photocopy", "ardroil", "irf", "mbr", 2, "dmy",
     "receive"),
    ("multi_service_decision_table_letter_faxs_nutrition_oon", "fax_standard_g4", "bragar", "nutrition", "md", 3,
     "upper", "within60"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, sset, aud, lab, ds, dl) in enumerate(PLAN):
        r = random.Random(117600 + n)
        date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 260))
        lang = "es" if lab == "es" else "en"
        f = facts(r, ins, sset, aud, lab, ds, date, dl, lang)
        items.append(Item(stem, cond, [(letter(f), letter_truth(f))]))
    return items
