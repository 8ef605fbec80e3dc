"""Family 'urgent_concurrent_inpatient_denial_phone_photo': a health plan's urgent concurrent-review decisions on a
hospital stay already under way: days after a date are not authorized (the setting is no longer needed: skilled
nursing, home, observation; or the continued stay is not needed), one extension approval. Captured mostly as phone
photos (the member's copy) and faxes (the hospital's utilization-review copy with a fax band).

Plans (fictional): Lustleigh Community Health Plan (logo word "LUSTLEIGH" over a rule), Ilsington
Health Insurance Company (parent line "An Ilsington Mutual company" above the centred name) and Widecombe Health
Plan (return-address block, signature block). Hospitals: Wimborne General Hospital, Moretonhampstead Medical Center.
Truth: insurer = the plan; provider = the attending physician (the hospital accepted); case numbers = the
authorization number and the concurrent review number (the authorization number alone accepted); service dates =
the days not authorized (an interval where an end is printed, else the first day; the first day alone accepted);
no amounts. Decoys: admission date, last covered day, next review date, decision time, the 72-hour expedited
appeal, the hospital's NPI and fax numbers, the reviewer, the peer-to-peer window.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundx_famxc import (Page, address, clinician, days, digits, fdate, iso, letterhead, local_phone, mail_to,
                              mixed, npi, pairs, person, phone)

FAMILY = "urgent_concurrent_inpatient_denial_phone_photo"
LANG = "en"
PLANS = {
    "lus": dict(name="Lustleigh Community Health Plan", style="logo", logo="LUSTLEIGH",
                line2="Utilization Management | 1400 Sticklepath Lane, Ishpeming, MI 49849", auth="LA9999999",
                rev="CR-999999", mid="LCH999999999", grp=True),
    "ils": dict(name="Ilsington Health Insurance Company", style="parent", parent="An Ilsington Mutual company",
                line2="Inpatient Care Management - PO Box 2291, Ishpeming, MI 49851", auth="IH-99999999",
                rev="99999-C", mid="IHI99999999", grp=True),
    "wide": dict(name="Widecombe Health Plan", style="return",
                 line2="Concurrent Review Unit | PO Box 7713 | Ishpeming, MI 49850", auth="WA99999999",
                 rev="WCR9999999", mid="W9999999901", grp=False),
}
HOSPS = ["Wimborne General Hospital", "Moretonhampstead Medical Center"]
# label sets: notice date, member, member id, group, auth, review no, facility, attending, admission, days denied
LAB = {1: ["Date of notice", "Member", "Member ID", "Group", "Authorization #", "Concurrent review #", "Facility",
           "Attending physician", "Admission date", "Days not authorized"],
       2: ["Decision date", "Patient", "Subscriber ID", "Group no.", "Auth number", "Review no.", "Hospital",
           "Attending", "Admitted", "Dates denied"],
       3: ["Notice date", "Patient name", "ID number", "Employer group", "Reference #", "Case ID", "Admitting facility",
           "Treating physician", "Date of admission", "Non-certified days"],
       "es": ["Fecha del aviso", "Miembro", "Número de miembro", "Grupo", "Número de autorización",
              "Número de revisión", "Hospital", "Médico de cabecera", "Fecha de ingreso", "Días no autorizados"]}
REASONS = {
    "loc_kw": ("level_of_care", "CONTINUED STAY NOT AUTHORIZED - LEVEL OF CARE. The patient no longer needs acute "
               "inpatient care. Remaining needs (IV antibiotics once daily, wound care, physical therapy) can be met "
               "at a skilled nursing facility level of care. Criteria: InterQual Acute Adult, discharge screens met."),
    "mn_plain": ("medical_necessity", "We reviewed the hospital's notes from this morning. Your fever is gone, your "
                 "blood tests are back to normal and you are eating and walking on your own. You can finish your "
                 "antibiotics by mouth at home. More days in the hospital are not needed, so we will not cover them."),
    "loc_plain": ("level_of_care", "Your doctor asked for more hospital days so you can get therapy after your hip "
                  "surgery. You still need therapy, but you do not need to be in the hospital to get it. The care you "
                  "need can be given in a skilled nursing facility, which we will cover."),
    "es_loc": ("level_of_care", "Usted ya no necesita estar hospitalizado. La terapia y los cuidados que necesita se "
               "pueden dar en un centro de enfermería especializada, que su plan cubre."),
    "ok": (None, "EXTENSION APPROVED. Additional inpatient days are authorized as requested. The next concurrent review "
           "is scheduled as shown; please send clinical updates by 10:00 a.m. that day."),
    "mn_kw": ("medical_necessity", "DENIED - MEDICAL NECESSITY NOT MET for continued inpatient stay. Telemetry shows "
              "no arrhythmia for 48 hours, troponin is negative times three, and the stress test is scheduled as an "
              "outpatient. No active treatment requires hospital care after the last covered day."),
    "obs": ("level_of_care", "Inpatient admission not authorized. The patient's care meets observation criteria, "
            "not inpatient criteria: the stay is expected to be shorter than two midnights and the work-up can be done "
            "in outpatient observation status. Inpatient level of care denied; observation hours may be billed."),
}


def fax_band(d: Page, f: dict, p: int, n: int) -> None:
    d.font(7.5)
    d.cell(0, 4, f"{f['date'].strftime('%m/%d/%Y')} {f['time']}  FROM: {f['plan_fax']}  TO: {f['hosp_fax']}  "
           f"URGENT  Page {p} of {n}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def notice(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page()
    d.add_page()
    if f["fax"]:
        fax_band(d, f, 1, 1)
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    title = {1: "URGENT CONCURRENT REVIEW DETERMINATION", 2: "Notice of Continued Stay Decision",
             3: "Inpatient Concurrent Review - Notice of Decision",
             "es": "Aviso de decisión sobre su estadía en el hospital"}["es" if es else f["lab"]]
    d.text_line(title, 13.5, "B", h=7)
    if not f["fax"]:
        d.text_line(fd(f["date"]), 10, h=6)
        mail_to(d, f["member"], *f["addr"])
    denied = f["den"]
    end_txt = fd(f["d_end"]) if f["d_end"] else ("en adelante" if es else "forward")
    days_txt = f"{fd(f['d_start'])} - {end_txt}" if f["d_end"] else f"{fd(f['d_start'])} {end_txt}"
    rows = [(L[0], fd(f["date"]) + (f"  {f['time']}" if f["fax"] else "")), (L[1], f["member"]), (L[2], f["mid"]),
            (L[3], f["grp"]), (L[4], f["auth"]), (L[5], f["rev"]), (L[6], f["hosp"]),
            (L[7], f["doc"] + ", " + f["cred"]), (L[8], fd(f["adm"]))]
    if f["kind"] == "ok":
        rows += [("Days approved", f"{fd(f['adm'])} - {fd(f['approved_to'])}"),
                 ("Next review", fd(days(f["approved_to"], 0)))]
    elif f["kind"] == "obs":
        rows += [("Status authorized", "Outpatient observation"), (L[9], days_txt)]
    else:
        rows += [("Último día cubierto" if es else "Last covered day", fd(days(f["d_start"], -1))), (L[9], days_txt)]
    pairs(d, rows, kw=58)
    d.font(8.5)
    d.cell(0, 4.5, ("NPI del hospital" if es else "Facility NPI") + f": {f['npi']}    " +
           ("Solicitud recibida" if es else "Request received") + f": {fd(days(f['date'], -1))}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Decisión" if es else "Decision", 11, "B", h=6)
    d.para(REASONS[f["kind"]][1], 10)
    if denied:
        if es:
            d.para("El hospital no le puede cobrar por los días no autorizados si usted no fue avisado antes. Si no "
                   "está de acuerdo, puede pedir una apelación rápida por teléfono; decidiremos en 72 horas. También "
                   f"puede pedir una apelación estándar {f['dl_text']}.", 10)
        else:
            d.para(f"Peer-to-peer: the attending physician may call {f['ph']} by {fd(days(f['date'], 1))} 5:00 p.m. to "
                   f"speak with the reviewing physician, {f['reviewer']}, MD.", 9.5)
            d.para("Expedited appeal: because the member is in the hospital, an expedited appeal may be requested by "
                   "phone or fax; we will decide within 72 hours. Standard appeal: " + f["dl_text"], 9.5)
    d.ln(2)
    d.font(9)
    d.multi_cell(0, 4.4, ("Revisor" if es else "Reviewer") + f": {f['reviewer']}, MD\n" +
                 ("Preguntas" if es else "Questions") + f": {f['ph']} (TTY 711)" +
                 ("" if es else f"  |  UM fax {f['plan_fax']}"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(7.5)
    d.multi_cell(0, 3.6, ("Se envió copia al hospital y al médico." if es else
                          "cc: attending physician; facility utilization review department; member (by mail)."),
                 new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def build(r: random.Random, spec: dict) -> tuple[bytes, dict]:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 250))
    adm = days(date, -r.randint(3, 7))
    kind = spec["kind"]
    den = REASONS[kind][0]
    f = dict(spec, lang=lang, date=date, adm=adm, member=person(r, lang), mid=mixed(r, p["mid"]),
             grp=digits(r, 7) if p["grp"] else None, auth=mixed(r, p["auth"]), rev=mixed(r, p["rev"]),
             hosp=r.choice(HOSPS), doc=clinician(r), cred=r.choice(["MD", "DO"]), addr=address(r, lang),
             time=f"{r.randint(9, 17):02d}:{r.randint(0, 59):02d}", plan_fax=local_phone(r), hosp_fax=local_phone(r),
             ph=phone(r), npi=npi(r), den=den)
    f["reviewer"] = clinician(r, f["doc"])
    if kind == "obs":
        f["d_start"], f["d_end"] = adm, days(adm, 1)
    else:
        f["d_start"] = days(date, 1)
        f["d_end"] = days(f["d_start"], spec["span"]) if spec.get("span") else None
    f["approved_to"] = days(date, 3)
    dl = None
    alts = {"provider": [f["hosp"]], "case_numbers": [[f["auth"]]]}
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    if spec.get("dl") == "within":
        f["dl_text"] = ("dentro de 60 días a partir de la fecha de este aviso." if lang == "es" else
                        "you may appeal within 60 days of the date of this notice.")
        dl = iso(days(date, 60))
    elif spec.get("dl") == "by":
        dlv = days(date, 180)
        f["dl_text"] = f"a written appeal must be received by {fd(dlv)}."
        dl = iso(dlv)
    else:
        f["dl_text"] = "you may appeal within 180 days after you receive this notice."
        alts["appeal_deadline"] = [iso(days(date, 180))]
    if den:
        sd = [iso(f["d_start"], f["d_end"])]
        if f["d_end"]:
            alts["service_dates"] = [[iso(f["d_start"])]]
        doc = "denial_letter"
    else:
        sd = [iso(adm, f["approved_to"])]
        alts["service_dates"] = [[iso(adm)], []]
        dl = None
        alts.pop("appeal_deadline", None)
        doc = "other"
    t = truth(doc, den, lang, insurer=p["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[f["auth"], f["rev"]], service_dates=sd, denial_date=iso(date), provider=f["doc"],
              appeal_deadline=dl, alternates=alts,
              denial_alternates=["medical_necessity"] if den == "level_of_care" else None)
    return notice(f), t


PLAN = [
    ("urgent_concurrent_inpatient_denial_phone_photo_bd_loc_kw", "born_digital",
     dict(plan="lus", kind="loc_kw", lab=1, ds="slash", fax=True, dl="within")),
    ("urgent_concurrent_inpatient_denial_phone_photo_phone_mn_plain", "phone_photo",
     dict(plan="wide", kind="mn_plain", lab=2, ds="long", fax=False, dl="receive", span=2)),
    ("urgent_concurrent_inpatient_denial_phone_photo_phone_loc_plain", "phone_photo",
     dict(plan="ils", kind="loc_plain", lab=3, ds="abbr", fax=False, dl="by")),
    ("urgent_concurrent_inpatient_denial_phone_photo_phone_es", "phone_photo",
     dict(plan="lus", kind="es_loc", lab="es", ds="es", fax=False, dl="within", lang="es")),
    ("urgent_concurrent_inpatient_denial_phone_photo_faxf_ok", "fax_fine_g4",
     dict(plan="ils", kind="ok", lab=2, ds="iso", fax=True, dl="within")),
    ("urgent_concurrent_inpatient_denial_phone_photo_faxs_mn_kw", "fax_standard_g4",
     dict(plan="wide", kind="mn_kw", lab=3, ds="dmy", fax=True, dl="by", span=3)),
    ("urgent_concurrent_inpatient_denial_phone_photo_faxs_obs", "fax_standard_g4",
     dict(plan="lus", kind="obs", lab=1, ds="upper", fax=True, dl="within")),
]


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(random.Random(99700 + i), spec)]) for i, (stem, cond, spec) in enumerate(PLAN)]
