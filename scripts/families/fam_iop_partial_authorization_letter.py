"""Family 'iop_partial_authorization_letter': a behavioral-health plan's (or its behavioral health organisation's)
decision on an intensive outpatient program (IOP): some sessions approved, the rest not approved (the member can be
treated at a lower level of care, the added sessions are not medically necessary, or sessions given before the plan
was told); letters to the member (one to a parent about a teenager) and to the program, one full approval, one
Spanish letter.

Layout model (common public practice, values invented): the partial-authorization letters behavioral health
organisations send for IOP and concurrent reviews: a label block, a sessions table or sentence ("requested 24
sessions ... we approved 12 sessions from DATE through DATE ... we did not approve 12 sessions from DATE through
DATE"), the criteria named, a clinical reason, the reviewer (psychiatrist), peer-to-peer offer, appeal rights.
Issuers (fictional): Kennetside Behavioral Health (logo word "KENNETSIDE" over a rule; manages behavioral health for
Saltcote Community Health Plan), Havenhurst Health Plan (parent line "A Culverhay Mutual Holdings company" above the
centred name, its Behavioral Health Services unit); the third letterhead style is a return-address block.
Decoys: the plan the BHO acts for, the program's NPI, the date the request was received, the program start date
(inside the approved part), the next clinical review date, the ICD-10 code, the guideline number, the initial
authorization number on concurrent reviews, decision time frames (15 days, 72 hours), external review (4 months).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundab_fambc import (Page, address, clinician, days, fdate, iso, letterhead, fax_header, local_phone,
                               mail_to, mixed, npi, pairs, person, phone, signature)

FAMILY = "iop_partial_authorization_letter"
LANG = "en"
ORGS = {
    "kb": dict(name="Kennetside Behavioral Health", logo="KENNETSIDE", parent="",
               line2="Behavioral Health Utilization Management | PO Box 40216 | Tucumcari, NM 88401",
               plan="Saltcote Community Health Plan", mid="KBH99999999", grp="SC-99999", auth="IOP-99-999999",
               planid="SCHP-HMO-99", guide="KBH-LOC-IOP-99"),
    "hh": dict(name="Havenhurst Health Plan", logo="HAVENHURST", parent="A Culverhay Mutual Holdings company",
               line2="Behavioral Health Services | 2200 Westerly Court | Sidney, NE 69162",
               plan="Havenhurst Health Plan", mid="HHP999999999", grp="999999", auth="H26-999999",
               planid=None, guide="BH-UM-99"),
}
PROGRAMS = ["Larchfield Recovery Center", "Bonfield Counseling Associates"]
# member, member id, group, auth no., program, clinician, plan id, received
LAB = {1: ["Member", "Member ID", "Group number", "Authorization number", "Program", "Attending clinician",
           "Plan ID", "Request received"],
       2: ["Patient", "Subscriber ID", "Group #", "Reference #", "Facility", "Treating provider", "Plan",
           "Date received"],
       3: ["Enrollee", "ID no.", "Employer group", "Case no.", "IOP program", "Clinician", "Benefit plan",
           "Received on"],
       "es": ["Miembro", "Número de miembro", "Grupo", "Número de autorización", "Programa", "Médico tratante",
              "Plan", "Fecha de recibo"]}
DX = {"mdd": "F33.1 major depressive disorder, recurrent, moderate", "aud": "F10.20 alcohol use disorder, moderate",
      "gad": "F41.1 generalized anxiety disorder", "oud": "F11.20 opioid use disorder, moderate"}


def _fd(f, x):
    return fdate(x, f["ds"])


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    o = ORGS[spec["org"]]
    member = person(r, lang)
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    start = days(date, -date.weekday() + (0 if spec.get("concurrent") else 7))
    if spec.get("retro"):
        start = days(date, -date.weekday() - 21)
    wk_req, wk_ok = spec["weeks"], spec["ok"]
    end = days(start, 7 * wk_req - 3)
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, start=start, end=end,
             ok_end=days(start, 7 * wk_ok - 3), no_start=days(start, 7 * wk_ok),
             n_req=3 * wk_req, n_ok=3 * wk_ok, recv=days(date, -r.randint(1, 4)),
             mid=mixed(r, o["mid"]), grp=mixed(r, o["grp"]), auth=mixed(r, o["auth"]), auth0=mixed(r, o["auth"]),
             planid=mixed(r, o["planid"]) if o["planid"] else None, guide=mixed(r, o["guide"]),
             prog=r.choice(PROGRAMS), addr=address(r, lang), ph=phone(r), p2p=local_phone(r), npi=npi(r))
    f["doc"] = clinician(r, member)
    f["rev"] = clinician(r, member, f["doc"])
    f["parent"] = f"{r.choice(['Thurston', 'Romola', 'Jubal'])} {member.split()[-1]}"
    f["dl"] = days(date, spec.get("ndays", 180))
    f["review"] = days(f["ok_end"], -4)
    if spec.get("retro"):
        f["recv"] = f["no_start"]
    return f


def sessions_text(f: dict) -> tuple[str, str]:
    ok = (f"{f['n_ok']} sessions, {_fd(f, f['start'])} through {_fd(f, f['ok_end'])}")
    no = (f"{f['n_req'] - f['n_ok']} sessions, {_fd(f, f['no_start'])} through {_fd(f, f['end'])}")
    return ok, no


def reason(f: dict) -> str:
    w, first = f["why"], f["member"].split()[0]
    if w == "lc":
        return (f"Based on the clinical information from the program, treatment at the intensive outpatient level of "
                f"care is not appropriate after {_fd(f, f['ok_end'])}. {first} reports fewer symptoms, has gone back "
                f"to work and has no thoughts of self-harm. Under guideline {f['guide']} these needs can be met at a "
                "lower level of care: outpatient therapy once or twice a week and medication visits. The remaining "
                "sessions are denied because the level of care requested is more intensive than needed.")
    if w == "mn":
        return ("The additional IOP sessions do not meet medical necessity criteria. The records show that the "
                "patient attended 4 of the last 9 scheduled sessions, the treatment plan has not changed since "
                "admission, and no new goals or discharge plan were documented. Continued sessions are not "
                f"expected to improve the condition under guideline {f['guide']}.")
    if w == "plain_lc":
        return (f"{first} is doing better. {first} is back at school, is sleeping well and has not used alcohol "
                "for five weeks. A program 3 hours a day, 3 days a week is no longer needed. Weekly visits with a "
                "counselor can give the care needed now, so we approved the first sessions and not the rest.")
    if w == "retro":
        return (f"The program told us about this admission on {_fd(f, f['no_start'])}. The plan requires approval "
                f"before IOP services start. Sessions given from {_fd(f, f['start'])} through "
                f"{_fd(f, days(f['no_start'], -3))} were provided before we were told and are not approved because "
                "no prior authorization was requested. Sessions from the date we were told onward were reviewed and "
                "meet the criteria.")
    return ""


def letter(f: dict) -> bytes:
    o = ORGS[f["org"]]
    L = LAB[f["lab"]]
    to_prog = f["to"] == "prog"
    d = Page(foot=(f"{o['name']} manages behavioral health benefits for {o['plan']}." if f["org"] == "kb"
                   else o["name"] + " - Behavioral Health Services") + "   Page {p} of {n}")
    d.add_page()
    if f.get("fax"):
        fax_header(d, f"{fdate(f['date'], 'slash')} 16:42", o["name"], "(402) 555-6181", "P.001/001")
    letterhead(d, f["style"], o["name"], o["line2"], o["logo"], o["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    if to_prog:
        mail_to(d, [f["prog"], "Attn: Utilization Review / Intake", "Fax " + local_phone(random.Random(f["seed"]))])
    elif f.get("teen"):
        mail_to(d, [f"Parent or guardian of {f['member']}", f"c/o {f['parent']}", *f["addr"]])
    else:
        mail_to(d, [f["member"], *f["addr"]])
    retro = f["why"] == "retro"
    title = {"approved": "Notice of Approval - Intensive Outpatient Program",
             "retro": "Notice of Partial Approval - Retrospective Review, Intensive Outpatient Program"}.get(
        f["why"], "Notice of Partial Approval and Partial Denial - Intensive Outpatient Program")
    if f.get("concurrent") and f["why"] != "approved":
        title = "Concurrent Review Decision - Intensive Outpatient Program (IOP)"
    d.text_line(title, 12, "B", h=7)
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[6], f["planid"]), (L[3], f["auth"])]
    if f.get("concurrent"):
        rows.append(("Initial authorization", f"{f['auth0']} (sessions from {fdate(days(f['start'], -21), 'slash')})"))
    rows += [(L[4], f"{f['prog']} (NPI {f['npi']})"), (L[5], f"{f['doc']}, MD"),
             ("Diagnosis", DX[f["dx"]]), (L[7], _fd(f, f["recv"]))]
    pairs(d, rows, kw=50)
    if to_prog:
        greet = "To the utilization review coordinator:"
    elif f.get("teen"):
        greet = f"Dear {f['parent']}:"
    else:
        greet = f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:"
    d.text_line(greet, 10, h=6)
    who = "the patient" if to_prog else ("your child" if f.get("teen") else "you")
    d.para(f"We received a request from {f['prog']} for {f['n_req']} intensive outpatient program (IOP) sessions "
           f"for {who} (3 sessions a week, 3 hours each), starting {_fd(f, f['start'])}. A psychiatrist, "
           f"Dr. {f['rev']}, reviewed the request.", 9.8)
    ok, no = sessions_text(f)
    if f["why"] == "approved":
        d.para(f"All {f['n_req']} sessions are approved from {_fd(f, f['start'])} through {_fd(f, f['end'])} under "
               f"authorization {f['auth']}. If more sessions are needed, the program should send an update by "
               f"{_fd(f, days(f['end'], -4))}. Approval is not a guarantee of payment; benefits depend on your "
               "eligibility and plan terms on the date of service.", 9.8)
        signature(d, ["Sincerely,", f"Dr. {f['rev']}", "Physician Reviewer, " + o["name"]])
        return pdf_bytes(d)
    if retro:
        ok = (f"{3 * (f['weeks'] - f['ok'])} sessions, {_fd(f, f['no_start'])} through {_fd(f, f['end'])}")
        no = (f"{f['n_ok']} sessions, {_fd(f, f['start'])} through {_fd(f, days(f['no_start'], -3))}")
    if f.get("table"):
        d.table(["Decision", "Sessions", "Dates"],
                [["Approved", ok.split(",")[0], ok.split(", ", 1)[1]],
                 ["Not approved", no.split(",")[0], no.split(", ", 1)[1]]], [40, 35, 95], size=9.2)
    else:
        d.para(f"What we decided: we approved {ok}. We did not approve {no}.", 9.8)
    d.text_line("Why we did not approve all sessions", 10.5, "B", h=6)
    d.para(reason(f), 9.8)
    if not retro:
        d.para(f"The program's next clinical update is due {_fd(f, f['review'])}. The attending clinician may talk "
               f"with Dr. {f['rev'].split()[-1]} about this decision by calling {f['p2p']}.", 9.8)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    if f["dl_style"] == "date":
        ap = f"You or the program, with your written consent, may appeal. We must receive your appeal by {_fd(f, f['dl'])}."
    else:
        ap = (f"You or the program, with your written consent, may ask {o['plan']} for an appeal within "
              f"{f['ndays']} days of the date of this letter.")
    d.para(ap + f" Call {f['ph']} or write to the address above. We decide standard appeals within 30 days; if "
           "waiting could seriously harm your health, ask for an expedited appeal (72 hours). After our final "
           "decision you may ask for an external review by an independent review organization within 4 months.", 9.6)
    signature(d, ["Sincerely,", f"Dr. {f['rev']}", "Physician Reviewer, " + o["name"]])
    return pdf_bytes(d)


def es_letter(f: dict) -> bytes:
    o = ORGS[f["org"]]
    L = LAB["es"]
    d = Page(foot="Página {p} de {n}")
    d.add_page()
    letterhead(d, f["style"], o["name"], o["line2"], o["logo"], o["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, [f["member"], *f["addr"]])
    d.text_line("Aviso de aprobación parcial - Programa intensivo ambulatorio", 12, "B", h=7)
    pairs(d, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[6], f["planid"]), (L[3], f["auth"]),
              (L[4], f"{f['prog']} (NPI {f['npi']})"), (L[5], f"{f['doc']}, MD"), (L[7], _fd(f, f["recv"]))], kw=52)
    d.para(f"Estimado(a) {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    d.para(f"Recibimos una solicitud de {f['prog']} para {f['n_req']} sesiones del programa intensivo ambulatorio "
           f"(IOP) a partir del {_fd(f, f['start'])}.", 9.8)
    d.para(f"Aprobamos {f['n_ok']} sesiones, del {_fd(f, f['start'])} al {_fd(f, f['ok_end'])}. No aprobamos "
           f"{f['n_req'] - f['n_ok']} sesiones, del {_fd(f, f['no_start'])} al {_fd(f, f['end'])}.", 9.8)
    d.text_line("Por qué no aprobamos todas las sesiones", 10.5, "B", h=6)
    d.para("Según la información clínica, sus síntomas han mejorado y ya no necesita este nivel de atención. Sus "
           "necesidades se pueden atender en un nivel de atención menor: terapia ambulatoria una o dos veces por "
           f"semana (guía {f['guide']}).", 9.8)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para(f"Usted puede apelar esta decisión dentro de {f['ndays']} días a partir de la fecha de esta carta. "
           f"Llame al {f['ph']} (TTY 711). Si esperar puede poner en peligro su salud, pida una apelación acelerada "
           "(72 horas). Después puede pedir una revisión externa dentro de 4 meses.", 9.6)
    signature(d, ["Atentamente,", f"Dr. {f['rev']}", "Médico revisor, " + o["name"]])
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    if f["why"] == "approved":
        sd = [iso(f["start"], f["end"])]
    elif f["why"] == "retro":
        sd = [iso(f["start"], days(f["no_start"], -3))]
    else:
        sd = [iso(f["no_start"], f["end"])]
    common = dict(insurer=o["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  plan_id=f["planid"], case_numbers=[f["auth"]], claim_amount=None, service_dates=sd,
                  denial_date=iso(f["date"]), provider=f["prog"])
    alts = {"provider": [f["doc"]]}
    if f["org"] == "kb":
        alts["insurer"] = [o["plan"]]
    if f.get("concurrent"):
        alts["case_numbers"] = [[f["auth"], f["auth0"]]]
    if f["why"] == "approved":
        return truth("other", None, f["lang"], alternates=alts, **common)
    alts["service_dates"] = [[iso(f["start"], f["end"])]]
    denial, dalt = {"lc": ("level_of_care", ["medical_necessity"]), "mn": ("medical_necessity", ["level_of_care"]),
                    "plain_lc": ("level_of_care", ["medical_necessity"]), "retro": ("prior_authorization", None),
                    "es": ("level_of_care", ["medical_necessity"])}[f["why"]]
    return truth("denial_letter", denial, f["lang"], appeal_deadline=iso(f["dl"]), alternates=alts,
                 denial_alternates=dalt, **common)


PLAN = [
    ("iop_partial_authorization_letter_bd_member_depression_loc", "born_digital",
     dict(org="kb", style="logo", to="member", lab=1, ds="long", why="lc", dx="mdd", weeks=8, ok=4,
          dl_style="days", ndays=180)),
    ("iop_partial_authorization_letter_bd_program_concurrent_mednec", "born_digital",
     dict(org="hh", style="parent", to="prog", lab=2, ds="slash", why="mn", dx="aud", weeks=6, ok=3,
          concurrent=True, table=True, dl_style="date", ndays=180)),
    ("iop_partial_authorization_letter_scan_member_full_approval", "scan_clean_300",
     dict(org="hh", style="block", to="member", lab=3, ds="abbr", why="approved", dx="gad", weeks=6, ok=6,
          dl_style="days", ndays=180)),
    ("iop_partial_authorization_letter_lowres_teen_plain_words", "scan_lowres_150",
     dict(org="kb", style="block", to="member", lab=3, ds="dmy", why="plain_lc", dx="aud", weeks=6, ok=3,
          teen=True, dl_style="days", ndays=60)),
    ("iop_partial_authorization_letter_copy_program_oud_mednec", "photocopy",
     dict(org="kb", style="logo", to="prog", lab=2, ds="abbr", why="mn", dx="oud", weeks=8, ok=5,
          concurrent=True, table=True, dl_style="days", ndays=180)),
    ("iop_partial_authorization_letter_faxf_program_retro_no_auth", "fax_fine_g4",
     dict(org="hh", style="parent", to="prog", lab=1, ds="iso", why="retro", retro=True, dx="mdd", weeks=6, ok=2,
          fax=True, table=True, dl_style="date", ndays=60)),
    ("iop_partial_authorization_letter_phone_es_nivel_atencion", "phone_photo",
     dict(org="kb", style="logo", to="member", lab="es", ds="es", why="es", dx="mdd", weeks=8, ok=4, lang="es",
          ndays=180)),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(112500 + i), spec, 112500 + i)
        pdf = es_letter(f) if f["lang"] == "es" else letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
