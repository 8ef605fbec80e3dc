"""Family 'infusion_site_of_care_redirection_letter': infusions asked for at a hospital outpatient department, denied
there and redirected to home infusion or an ambulatory infusion suite (site of care / level of care), with the
approval for the alternate site.

Insurers (fictional): Wychwood Health Insurance Company (parent line "Member of the Cirencester Health Group" above
the centred name) and Ludlow Community Health Plan (logo word "LUDLOW" over a rule). Hospital: Shrewsbury General
Hospital (Outpatient Infusion Center). Alternate sites: Bibury Home Infusion, Uttoxeter Ambulatory Infusion Suite.
Papers: a keyword redirect letter with a decision table (site / decision / infusions / from - through), the approval
for the suite alone, a plain-words redirect ("we will not pay for ... at the hospital, but we will pay for ..."),
an upheld appeal (appeal number, external review only), an EOB denying the hospital's claim for an infusion given
after the redirect, a Spanish redirect to home infusion, and a fax decision sheet to the hospital with ruled boxes.
Decoys: the request-received date, the last infusion at the hospital, the medical policy number, the hospital's and
the suite's NPIs, the 14-day peer-to-peer offer, the 72-hour and 4-month limits, the authorization for the suite
(on the hospital-claim EOB).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundy_famyc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                              money, npi, pairs, person, phone, usd)

FAMILY = "infusion_site_of_care_redirection_letter"
LANG = "en"
PLANS = {
    "wy": dict(name="Wychwood Health Insurance Company", style="parent", parent="Member of the Cirencester Health Group",
               line2="Pharmacy and Medical Drug Review - PO Box 7120, Kankakee, IL 60902", mid="WHI9999999999",
               ref="SOC-99999999", auth="WA99999999", claim="9999-99999-99"),
    "lud": dict(name="Ludlow Community Health Plan", style="logo", logo="LUDLOW",
                line2="Utilization Management | 880 Malpas Court, Natchitoches, LA 71457",
                mid="LCH99999999", ref="UM99999999", auth="LA-9999999", claim=""),
}
HOSP = "Shrewsbury General Hospital"
HOME = "Bibury Home Infusion"
SUITE = "Uttoxeter Ambulatory Infusion Suite"
DRUGS = [("infliximab-dyyb (Inflectra)", "Q5103", "5 mg/kg every 8 weeks"),
         ("immune globulin (Gamunex-C)", "J1561", "2 g/kg every 4 weeks"),
         ("ocrelizumab (Ocrevus)", "J2350", "600 mg every 6 months"),
         ("natalizumab (Tysabri)", "J2323", "300 mg every 4 weeks")]
# label sets: member, member id, group, reference, ordering physician, requested dates, drug
LAB = {1: ["Member", "Member ID", "Group number", "Reference number", "Ordering physician", "Requested dates",
           "Medication"],
       2: ["Patient name", "ID #", "Group", "Case ID", "Prescriber", "Dates of service requested", "Drug"],
       3: ["Enrollee", "Subscriber ID", "Employer group", "Authorization request #", "Requesting provider",
           "Period requested", "Infusion drug"],
       "es": ["Miembro", "Núm. de miembro", "Grupo", "Número de referencia", "Médico que ordena",
              "Fechas solicitadas", "Medicamento"]}


def _fd(f, x):
    return fdate(x, f["ds"])


def _span(f) -> str:
    sep = " al " if f["lang"] == "es" else " - "
    return _fd(f, f["start"]) + sep + _fd(f, f["end"])


def _req(d: Page, f: dict, L: list, ref: bool = True) -> None:
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])]
    if ref:
        rows.append((L[3], f["ref"]))
    rows += [(L[4], f"{f['doc']}, MD"), (L[6], f"{f['drug'][0]}, {f['drug'][1]}, {f['drug'][2]}"),
             (L[5], _span(f)), ("Sitio solicitado" if f["lang"] == "es" else "Site requested",
                                f"{HOSP}, Outpatient Infusion Center")]
    pairs(d, rows, kw=60, size=9.2)


def _sign(d: Page, f: dict, es: bool = False) -> None:
    d.ln(1)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line(f"{f['md']}, MD, {'Director Médico' if es else 'Medical Director'}", 10, h=5)


def redirect_letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    d = Page(foot=("Página {p} de {n}" if es else "Page {p} of {n}"), header=f"{p['name']} - {f['ref']}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    alt = HOME if f["alt"] == "home" else SUITE
    kind = f["kind"]
    if es:
        d.text_line("Decisión sobre el lugar de su infusión", 13, "B", h=7)
    elif kind == "plain":
        d.text_line("Where you can get your infusions", 13, "B", h=7)
    else:
        d.text_line("Site of Care Determination", 13, "B", h=7)
    _req(d, f, L)
    if es:
        d.para(f"Recibimos la solicitud de su médico el {_fd(f, f['recv'])}. Su última infusión en el hospital fue "
               f"el {_fd(f, f['last'])}. Aprobamos el medicamento, pero no en el hospital: la infusión en el "
               f"departamento ambulatorio del hospital no es el nivel de atención adecuado para usted. Usted no tiene "
               f"reacciones graves a las infusiones y puede recibirlas de forma segura en su casa. Aprobamos las "
               f"mismas infusiones con {alt} (autorización {f['auth']}).", 10)
        d.text_line("Su derecho a apelar", 11, "B", h=6)
        d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud está en peligro, "
               "pida una apelación rápida (72 horas).", 10)
        d.para(f"Preguntas: {f['ph']} (TTY 711). Política médica {f['policy']}.", 9.5)
        _sign(d, f, True)
        return pdf_bytes(d)
    if kind == "plain":
        d.para(f"Dr. {f['doc'].split()[-1]} asked us on {_fd(f, f['recv'])} to cover your infusions at {HOSP}. "
               f"We will not pay for the infusions at the hospital. We will pay for the same medicine, at the same "
               f"dose and schedule, at {alt}. Your records show your infusions since {_fd(f, f['last'])} went well, "
               "without reactions, so you do not need the hospital to get them safely. A nurse watches every "
               f"infusion at {alt}, and your cost share there is usually lower.", 10)
        pairs(d, [("Approved at", alt), ("Approval number", f["auth"])], kw=60, size=9.2)
        d.text_line("If you do not agree", 11, "B", h=6)
        d.para(f"You can appeal. We must receive your appeal by {_fd(f, f['dl'])}. Your doctor can also ask to "
               "talk with our reviewer within 14 days (peer to peer).", 10)
    else:
        d.para(f"We reviewed the request received on {_fd(f, f['recv'])} under medical policy {f['policy']}, "
               "Site of Care for Specialty Drug Infusions. The drug is approved. The site requested is not: a "
               "hospital outpatient infusion center is not the appropriate level of care because the member has "
               "had no serious infusion reactions, is clinically stable and has no need for hospital-level "
               "monitoring.", 10)
        d.table(["Site of care", "Decision", "Infusions", "From - through"],
                [[f"{HOSP} (outpatient)", "Denied", str(f["n"]), _span(f)],
                 [alt, "Approved", str(f["n"]), _span(f)]], [64, 22, 20, 70], size=8.5)
        d.para(f"Authorization number for {alt}: {f['auth']}. Please share it with the infusion provider.", 10)
        d.text_line("Your right to appeal", 11, "B", h=6)
        d.para("You or your doctor may appeal within 180 days of the date of this letter. Expedited appeals are "
               "decided within 72 hours. You may ask for an external review within 4 months after a final "
               "decision.", 10)
    d.para(f"Questions: {f['ph']} (TTY 711).", 9.5)
    _sign(d, f)
    return pdf_bytes(d)


def approval_letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab"]]
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Your infusion is approved", 13, "B", h=7)
    pairs(d, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["ref"]),
              ("Approval number", f["auth"]), (L[4], f"{f['doc']}, MD"),
              (L[6], f"{f['drug'][0]}, {f['drug'][1]}"), ("Infusion provider", SUITE), ("Suite NPI", f["npi2"]),
              ("Approved dates", _span(f)), ("Number of infusions", str(f["n"]))], kw=60, size=9.2)
    d.para(f"Good news: we approved your infusions at {SUITE}, as your doctor asked after our call on "
           f"{_fd(f, f['recv'])}. You do not need to do anything else. The suite will call you to schedule. If you "
           f"need infusions after {_fd(f, f['end'])}, your doctor must ask us again.", 10)
    d.para(f"Questions: {f['ph']}.", 9.5)
    d.text_line("Utilization Management", 10, h=5)
    return pdf_bytes(d)


def upheld_letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab"]]
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Appeal Decision", 13, "B", h=7)
    pairs(d, [("Appeal number", f["appeal"])], kw=60, size=9.2)
    _req(d, f, L)
    d.para(f"You appealed our site of care decision of {_fd(f, f['first'])}. A board-certified neurologist who was "
           f"not part of the first decision reviewed your appeal, your doctor's letter and your infusion records. "
           f"We uphold our decision. Infusion at the hospital outpatient department remains denied because it is "
           f"not the appropriate level of care: you had no reactions in your last six infusions. Your infusions "
           f"remain approved at {SUITE} (authorization {f['auth']}).", 10)
    d.text_line("Your next step", 11, "B", h=6)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter.", 10)
    d.para(f"Questions: {f['ph']}.", 9.5)
    _sign(d, f)
    return pdf_bytes(d)


def claim_eob(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab"]]
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12.5, "B", h=7)
    mail_to(d, f["member"], *f["addr"])
    pairs(d, [("Issued", _fd(f, f["date"])), (L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]),
              ("Claim number", f["claim"]), ("Billed by", HOSP), (L[4], f"{f['doc']}, MD")], kw=46)
    rows = [[_fd(f, f["start"]), f"{f['drug'][1]} {f['drug'][0]}"[:34], usd(f["lines"][0], f["ms"]), "0.00", "X4"],
            [_fd(f, f["start"]), "96365 IV infusion, first hour", usd(f["lines"][1], f["ms"]), "0.00", "X4"],
            [_fd(f, f["start"]), "96366 IV infusion, each add'l hour", usd(f["lines"][2], f["ms"]), "0.00", "X4"],
            ["*Total", "", usd(f["billed"], f["ms"]), "0.00", ""]]
    d.table(["Date", "Service", "Billed", "Paid", "Code"], rows, [26, 80, 30, 24, 16], size=8.4, aligns="LLRRC")
    d.para(f"X4 - Denied: site of care. This infusion was given in a hospital outpatient department. Your plan "
           f"approved it only at {HOME} (authorization {f['auth']}, valid {_span(f)}). Hospital infusion is not "
           f"covered when a lower level of care was approved. The hospital may not bill you more than your plan "
           f"allows if it is in network.", 9.5)
    d.para("You may appeal within 180 days of the date of this statement.", 9.5)
    d.para(f"Questions: {f['ph']}   Hospital NPI {f['npi']}", 9)
    return pdf_bytes(d)


def fax_sheet(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    d = Page()
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line("SITE OF CARE DECISION - FAX", 13, "B", h=7)
    d.para(f"To: {HOSP}, Outpatient Infusion Center, fax (318) 555-1703     From: Utilization Management, "
           f"fax (815) 555-1288     Pages: 1", 9)
    w = 58
    d.boxes([("Decision date", _fd(f, f["date"]), w), ("Case ID", f["ref"], w), ("Member ID", f["mid"], w)])
    d.boxes([("Member", f["member"], w), ("Group", f["grp"], w), ("Date received", _fd(f, f["recv"]), w)])
    d.boxes([("Ordering physician", f"{f['doc']}, MD", w), ("Drug / HCPCS", f"{f['drug'][1]} x {f['n']}", w),
             ("Dates requested", _span(f), w)])
    d.ln(4)
    d.font(10)
    for box, txt in [(" ", "Approved as requested"), ("X", "Approved at a different level of care (see below)"),
                     (" ", "Denied - not medically necessary"), (" ", "Pended - information needed")]:
        d.cell(0, 6, f"[{box}]  {txt}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Hospital outpatient infusion (POS 22) is not authorized: level of care. The patient meets criteria for "
           f"home infusion. Approved provider: {HOME} (POS 12), authorization {f['auth']}. Last hospital infusion "
           f"on record: {_fd(f, f['last'])}.", 10)
    d.para(f"Appeal: the member or the ordering physician may appeal within 180 days of the decision date above. "
           f"Peer-to-peer: call {f['ph']} within 14 days.", 9.5)
    d.para(f"Reviewer: {f['md']}, MD", 9.5)
    return pdf_bytes(d)


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    member = person(r, lang)
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
    start = days(date, r.randint(6, 20))
    end = days(start, r.choice([150, 180, 364]))
    drug = r.choice(DRUGS)
    doc = clinician(r, member)
    f = dict(spec, lang=lang, member=member, date=date, start=start, end=end, drug=drug, doc=doc,
             md=clinician(r, member, doc), mid=mixed(r, p["mid"]), grp=digits(r, 6), ref=mixed(r, p["ref"]),
             auth=mixed(r, p["auth"]), claim=mixed(r, p["claim"] or "99999999"), addr=address(r, lang),
             ph=phone(r), npi=npi(r), npi2=npi(r), recv=days(date, -r.randint(2, 9)),
             last=days(date, -r.randint(25, 60)), policy=f"MP-RX-{r.randint(100, 499)}", n=r.choice([4, 6, 7, 13]),
             appeal="AP-" + digits(r, 8), first=days(date, -r.randint(30, 45)), dl=days(date, r.choice([60, 90])),
             lines=[money(r, 3800, 9800), money(r, 280, 460), money(r, 110, 190)])
    f["billed"] = round(sum(f["lines"]), 2)
    return f


def make_truth(f: dict, kind: str) -> dict:
    p = PLANS[f["plan"]]
    span = iso(f["start"], f["end"])
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  denial_date=iso(f["date"]))
    alts = {"provider": [HOSP], "service_dates": [[iso(f["start"])]], "case_numbers": [[f["ref"]]]}
    dalts = ["medical_necessity"]
    if kind == "approval":
        return truth("other", None, f["lang"], case_numbers=[f["ref"], f["auth"]], service_dates=[span],
                     provider=SUITE, alternates={"provider": [f["doc"]], "service_dates": [[iso(f["start"])]],
                                                 "case_numbers": [[f["ref"]], [f["auth"]]]}, **common)
    if kind == "eob":
        return truth("eob", "level_of_care", f["lang"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                     service_dates=[iso(f["start"])], provider=HOSP, appeal_deadline=iso(days(f["date"], 180)),
                     alternates={"provider": [f["doc"]], "case_numbers": [[f["claim"], f["auth"]]]},
                     denial_alternates=["prior_authorization", "not_covered"],
                     **common)
    if kind == "upheld":
        return truth("denial_letter", "level_of_care", f["lang"], case_numbers=[f["appeal"], f["ref"], f["auth"]],
                     service_dates=[span], provider=f["doc"],
                     alternates={"provider": [HOSP], "service_dates": [[iso(f["start"])]],
                                 "case_numbers": [[f["appeal"], f["ref"]], [f["appeal"]]]},
                     denial_alternates=dalts, **common)
    dl = iso(f["dl"]) if kind == "plain" else iso(days(f["date"], 180))
    return truth("denial_letter", "level_of_care", f["lang"], case_numbers=[f["ref"], f["auth"]],
                 service_dates=[span], provider=f["doc"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=dalts, **common)


PLAN = [
    ("infusion_site_of_care_redirection_letter_bd_keyword_home", "born_digital", "keyword",
     dict(plan="wy", lab=1, ds="long", ms="plain", alt="home")),
    ("infusion_site_of_care_redirection_letter_bd_suite_approval", "born_digital", "approval",
     dict(plan="lud", lab=2, ds="slash", ms="plain", alt="suite")),
    ("infusion_site_of_care_redirection_letter_scan_plain_suite", "scan_clean_300", "plain",
     dict(plan="lud", lab=3, ds="abbr", ms="plain", alt="suite")),
    ("infusion_site_of_care_redirection_letter_copy_appeal_upheld", "photocopy", "upheld",
     dict(plan="wy", lab=2, ds="dlong", ms="plain", alt="suite")),
    ("infusion_site_of_care_redirection_letter_rot_hospital_claim_eob", "rotated", "eob",
     dict(plan="wy", lab=3, ds="iso", ms="nosign", alt="home")),
    ("infusion_site_of_care_redirection_letter_faxf_es_home", "fax_fine_g4", "keyword_es",
     dict(plan="lud", ds="es", ms="es", alt="home", lang="es", kind="es")),
    ("infusion_site_of_care_redirection_letter_faxs_decision_sheet", "fax_standard_g4", "fax",
     dict(plan="lud", lab=1, ds="slash", ms="plain", alt="home")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, spec) in enumerate(PLAN):
        f = facts(random.Random(103540 + i), spec)
        f.setdefault("kind", kind)
        if kind in ("keyword", "plain", "keyword_es"):
            pdf = redirect_letter(f)
        elif kind == "approval":
            pdf = approval_letter(f)
        elif kind == "upheld":
            pdf = upheld_letter(f)
        elif kind == "eob":
            pdf = claim_eob(f)
        else:
            pdf = fax_sheet(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f, kind))]))
    return items
