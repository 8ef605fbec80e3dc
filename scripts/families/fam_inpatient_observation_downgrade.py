"""Family 'inpatient_observation_downgrade': a plan's notice that a hospital stay was reviewed and approved only as
observation (or a lower level of care), with a criteria summary, the admitting hospital, the attending physician and
the admission and discharge dates; one stay fully approved.

Issuers: Glenshade Health Alliance ("GLENSHADE" logo word over a rule, "Health Alliance" below) and Orpington Valley
Health Plan (parent line "Coverdale Askrigg Holdings, Inc." above it, return address block). Reviews are done by a
utilization-review vendor named in the letter (a decoy organisation). Kinds: inpatient approved as observation
(keyword), the same in plain words only, a criteria table (InterQual/MCG style), days after the second approved as a
lower level (skilled nursing), a Spanish notice, an upheld appeal, and one stay fully approved. Decoys: the date the
review was requested, the emergency-room arrival time, the criteria edition, the hospital's account number and NPI,
the plan's 30-day decision timetable, the external-review time limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsb import (DOCTORS, HOSPITALS, REVIEWERS, UM_VENDOR as VENDOR, address, days, digits, fdate, iso, m2, mixed, money, npi, person,
                              phone, usd)

FAMILY = "inpatient_observation_downgrade"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
GLEN, ORP = "Glenshade Health Alliance", "Orpington Valley Health Plan"
DIAG = ["chest pain, rule out heart attack", "syncope (fainting)", "cellulitis of the left leg",
        "dehydration with vomiting"]
# three label sets: (member, member id, group, reference, claim, hospital, attending, admitted, discharged)
LABELS = [("Member", "Member ID", "Group number", "Review number", "Claim number", "Facility", "Attending physician",
           "Admission date", "Discharge date"),
          ("Patient", "Subscriber ID", "Group #", "UM case no.", "Claim #", "Admitting hospital", "Attending",
           "Admitted", "Discharged"),
          ("Enrollee", "Identification no.", "Employer group", "Reference", "Claim ref.", "Hospital",
           "Treating physician", "Date admitted", "Date discharged")]


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lab: int, app: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    adm = days(notice, -r.randint(12, 35))
    los = r.randint(2, 4) if kind != "snf" else r.randint(5, 7)
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, L=LABELS[lab], app=app, lang=lang, notice=notice, adm=adm,
             dis=days(adm, los), member=person(r, lang), addr=address(r, lang), mid=mixed(r, "GX9999999-0A"),
             grp=digits(r, 6), rev=mixed(r, "UM-26-999999"), clm=mixed(r, "A99999999999"),
             hosp=r.choice(HOSPITALS), doc=r.choice(DOCTORS), npi=npi(r), acct=mixed(r, "HA-9999999"),
             billed=money(r, 9800, 41000), diag=r.choice(DIAG), ph=phone(r), rvw=r.choice(REVIEWERS),
             req=days(adm, 1), crit=r.choice(["InterQual 2026 Acute Adult", "MCG 29th Edition, Inpatient Care"]),
             by=days(notice, 60), apid=mixed(r, "APL-99999"))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == GLEN:
        d.text_line("GLENSHADE", 20, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Health Alliance", 11, h=5.5)
        d.text_line("Utilization Management  ·  PO Box 4418  ·  Muncie, IN 47305", 8.2, h=4.5)
    else:
        d.text_line("Coverdale Askrigg Holdings, Inc.", 8, h=4)
        d.text_line("Orpington Valley Health Plan", 15, "B", h=7.5)
        for ln in ["Medical Management Department", "2290 Garsdale Parkway, Suite 410", "Ogden, UT 84401"]:
            d.text_line(ln, 8.6, h=4.3)
        d.rule(0.4, 1)
    d.ln(4)


def rows(f: dict) -> list[tuple[str, str]]:
    L, fd = f["L"], f["fd"]
    out = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["rev"])]
    if f["kind"] in ("plain", "table", "upheld", "es"):
        out.append((L[4], f["clm"]))
    out += [(L[5], f"{f['hosp']} (NPI {f['npi']}, account {f['acct']})"), (L[6], f["doc"]),
            (L[7], fd(f["adm"])), (L[8], fd(f["dis"]))]
    if f["kind"] in ("plain", "table", "upheld"):
        out.append(("Billed charges", usd(f["billed"], f["ms"])))
    if f["kind"] == "upheld":
        out.insert(4, ("Appeal number", f["apid"]))
    return out


def reason(f: dict) -> list[str]:
    fd, k = f["fd"], f["kind"]
    stay = f"from {fd(f['adm'])} through {fd(f['dis'])}"
    if k == "approved":
        return [f"We reviewed the inpatient admission at {f['hosp']} {stay}. The stay meets the criteria for "
                "inpatient hospital care, and we have approved all days as inpatient. Nothing was denied. The "
                "hospital will be paid under your inpatient benefit; you pay only your usual share."]
    if k == "snf":
        d3 = days(f["adm"], 2)
        f["den_from"] = d3
        return [f"We approved inpatient care at {f['hosp']} for {fd(f['adm'])} and the following day. Starting "
                f"{fd(d3)} through discharge on {fd(f['dis'])}, your medical needs could be met at a lower level of "
                "care, a skilled nursing facility. The days from that date are denied at the inpatient level; "
                "they may be paid at the skilled nursing level if the hospital bills them that way."]
    if k == "plain":
        return [f"You went to the emergency room for {f['diag']} and were kept at {f['hosp']} {stay}. Our nurse "
                "and doctor reviewers read the hospital's records. Your tests came back normal within the first "
                "day, your vital signs stayed steady and you did not need treatment that only a hospital ward can "
                "give. You could have been watched for a short time and sent home. We will pay this stay as "
                "outpatient observation services, not as a hospital admission. Your share of the cost may be "
                "different."]
    base = (f"The inpatient admission at {f['hosp']} {stay} for {f['diag']} does not meet {f['crit']} "
            "criteria for acute inpatient care. The level of care that was medically appropriate was observation. "
            "We approved the stay as observation services only; the request for inpatient level of care is "
            "denied.")
    if k == "upheld":
        return [f"You asked us to review our decision to pay your stay at {f['hosp']} {stay} as observation. A "
                f"physician who took no part in the first decision, {f['rvw']}, reviewed the appeal and all "
                "records. " + base.replace("We approved", "We still approve") + " We are upholding our decision."]
    return [base]


def build_en(f: dict) -> bytes:
    d = Page(f"{'GHA' if f['ins'] == GLEN else 'OVHP'}-UM-OBS  rev. 01/26   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    for k, v in rows(f):
        d.set_font("DejaVu", "B", 9)
        d.cell(44, 5, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    title = {"approved": "Notice of approval: inpatient hospital stay",
             "upheld": "Appeal decision: hospital stay level of care",
             "plain": "About how we will pay for your recent hospital stay"}.get(
        f["kind"], "Notice of adverse determination: level of care")
    d.text_line(title, 11.5, "B", h=6.5)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"On {f['fd'](f['req'])} the hospital asked us to review your stay. {VENDOR} reviewed it for us on "
           f"behalf of {f['ins']}. The emergency room arrival was logged at 11:40 p.m.", 10)
    for p in reason(f):
        d.para(p, 10)
    if f["kind"] == "table":
        d.text_line(f"Criteria summary ({f['crit']})", 10, "B", h=6)
        d.table(["Criterion", "Finding", "Met?"],
                [["Severity of illness: unstable vital signs", "Stable from arrival", "No"],
                 ["Intensity of service: IV drugs every 4 hours or more", "One dose only", "No"],
                 ["Telemetry with abnormal findings", "Normal rhythm", "No"],
                 ["Expected stay of two midnights or more", "Not documented", "No"],
                 ["Observation: symptoms needing evaluation < 48 hours", "Yes", "Yes"]],
                [92, 52, 20], size=8.6)
    if f["kind"] != "approved":
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        t = {"60": "You or your doctor may appeal within 60 days of the date of this letter.",
             "date": f"Your written appeal must reach us by {f['fd'](f['by'])}.",
             "recv": "You may appeal within 60 days after you receive this letter."}[f["app"]]
        if f["kind"] == "upheld":
            t = t.replace("appeal", "ask for a second-level appeal", 1)
        d.para(t + " We will decide a standard appeal within 30 days. If waiting could seriously harm your health, "
               "ask for an expedited appeal and we will answer within 72 hours. You may also ask for an external "
               f"review within 4 months of a final decision. Call {f['ph']} (TTY 711).", 10)
    d.para(f"Sincerely,\n\n{f['rvw']}\nPhysician Reviewer, {f['ins']}", 10)
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Page("GHA-UM-OBS-SP  Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], "es"), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    es = [("Afiliado", f["member"]), ("Número de afiliado", f["mid"]), ("Grupo", f["grp"]),
          ("Número de revisión", f["rev"]), ("Número de reclamación", f["clm"]),
          ("Hospital", f"{f['hosp']} (NPI {f['npi']})"), ("Médico de cabecera", f["doc"]),
          ("Fecha de ingreso", fdate(f["adm"], "es")), ("Fecha de alta", fdate(f["dis"], "es"))]
    for k, v in es:
        d.set_font("DejaVu", "B", 9)
        d.cell(48, 5, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Aviso de determinación adversa: nivel de atención", 11.5, "B", h=6.5)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Revisamos su estadía en {f['hosp']} del {fdate(f['adm'], 'es')} al {fdate(f['dis'], 'es')}. Su "
           "estadía no cumple los criterios de hospitalización. El nivel de atención adecuado era observación. "
           "Aprobamos la estadía solo como servicios de observación; se niega la hospitalización como paciente "
           "internado.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Puede apelar dentro de los 60 días a partir de la fecha de esta carta. Decidiremos su apelación en un "
           f"plazo de 30 días. Llame al {f['ph']} (TTY 711).", 10)
    d.para(f"Atentamente,\n\n{f['rvw']}\nMédico revisor, {f['ins']}", 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ok = k == "approved"
    dl = {"60": iso(days(f["notice"], 60)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["hosp"]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 60)), iso(days(f["notice"], 65))]
    sd = [iso(f["den_from"], f["dis"])] if k == "snf" else [iso(f["adm"], f["dis"])]
    if k == "snf":
        alts["service_dates"] = [[iso(f["adm"], f["dis"])]]
    cases = [f["rev"]] + ([f["clm"]] if k in ("plain", "table", "upheld", "es") else [])
    if k == "upheld":
        cases.append(f["apid"])
    return truth("other" if ok else "denial_letter", None if ok else "level_of_care", f["lang"], insurer=f["ins"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if k in ("plain", "table", "upheld") else None, service_dates=sd,
                 denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=None if ok else dl,
                 alternates=alts, denial_alternates=[] if ok else ["medical_necessity"])


# (stem, condition, kind, insurer, date style, money style, label set, appeal wording)
PLAN = [
    ("inpatient_observation_downgrade_bd_observation_only", "born_digital", "obs", GLEN, "long", "plain", 0, "60"),
    ("inpatient_observation_downgrade_bd_stay_approved", "born_digital", "approved", ORP, "iso", "plain", 1, "60"),
    ("inpatient_observation_downgrade_scan_spanish", "scan_clean_300", "es", GLEN, "es", "plain", 0, "60"),
    ("inpatient_observation_downgrade_lowres_criteria_table", "scan_lowres_150", "table", ORP, "slash", "nosign", 1,
     "date"),
    ("inpatient_observation_downgrade_copy_plain_words", "photocopy", "plain", GLEN, "abbr", "usd", 2, "recv"),
    ("inpatient_observation_downgrade_photo_snf_days", "phone_photo", "snf", ORP, "long", "plain", 2, "date"),
    ("inpatient_observation_downgrade_faxf_appeal_upheld", "fax_fine_g4", "upheld", ORP, "dmy", "plain", 0, "60"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, lab, app) in enumerate(PLAN):
        r = random.Random(93000 + i)
        f = facts(r, kind, ins, ds, ms, lab, app, "es" if kind == "es" else "en")
        if kind == "snf":
            reason(f)
        pdf = build_es(f) if kind == "es" else build_en(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
