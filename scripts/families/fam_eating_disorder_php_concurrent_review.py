"""Family 'eating_disorder_php_concurrent_review': concurrent (continued-stay) review letters for an eating-disorder
partial hospitalization program (PHP) or residential stay: days approved through one date, further requested days
denied because a lower level of care fits (PHP -> intensive outpatient, residential -> PHP); one letter approving
every requested day, one in Spanish.

Issuers: Brambleford Health Plan (logo word "BRAMBLEFORD" over a rule, one line "Health Plan · Utilization
Management") and Cairnmoor Behavioral Health, Inc. (parent line "A Heathfold Holdings company" above the name,
return address block), a behavioral health organization writing for an employer plan. Facilities Avocet Eating
Disorder Center and Greylag House Residential Treatment; the attending psychiatrist printed beside them. Decoys:
admission date, last covered review date, next review date, the member's date of birth, the facility's NPI, the
peer-to-peer offer deadline, the 72-hour expedited appeal and the 4-month external review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwa import address, clinician, days, digits, fax, fdate, iso, mixed, npi, person, phone

FAMILY = "eating_disorder_php_concurrent_review"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BR, CA = "Brambleford Health Plan", "Cairnmoor Behavioral Health, Inc."
FAC = {"php": "Avocet Eating Disorder Center", "res": "Greylag House Residential Treatment"}
LABELS = [("Date", "Member", "Member ID", "Group", "Review number", "Facility", "Attending"),
          ("Date of notice", "Patient", "ID #", "Group no.", "Reference #", "Treating facility", "Attending physician"),
          ("Letter date", "Patient name", "Subscriber ID", "Employer group", "Case ID", "Provider", "Requesting MD")]
LABELS_ES = ("Fecha", "Paciente", "Número de afiliado", "Grupo", "Número de revisión", "Centro", "Médico tratante")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, app: str, loc: str) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    admit = days(date, -r.randint(16, 30))
    req_s = days(date, -r.randint(0, 2))
    n_req = r.choice([7, 10, 14])
    req_e = days(req_s, n_req - 1)
    n_ok = 0 if kind in ("none_ok",) else (n_req if kind == "approve" else r.randint(2, 4))
    thru = days(req_s, n_ok - 1)
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, app=app, lang=lang, loc=loc,
                date=date, admit=admit, req_s=req_s, req_e=req_e, n_req=n_req, n_ok=n_ok, thru=thru,
                den_s=days(thru, 1), member=person(r, lang), addr=address(r, lang),
                mid=mixed(r, "BHP9999999-01") if ins == BR else mixed(r, "CBH99999999"),
                grp=digits(r, 6) if ins == BR else mixed(r, "GRP-9999"), case=mixed(r, "CR-26-999999") if ins == BR
                else mixed(r, "UM99999999A"), fac=FAC[loc], md=clinician(r), npi=npi(r),
                dob=dt.date(r.randint(1994, 2009), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), fx=fax(r),
                reviewer=clinician(r), p2p=days(date, 5), by=days(date, 180),
                nextrev=days(thru, 1))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == BR:
        d.text_line("BRAMBLEFORD", 22, "B", h=9)
        d.rule(0.7, 1)
        d.text_line("Health Plan · Utilization Management · PO Box 7718, Yankton, SD 57078", 8.3, h=4.4)
    else:
        d.text_line("A Heathfold Holdings company", 7.8, h=4)
        d.text_line(CA, 14, "B", h=7)
        for ln in ["Care Management Department", "PO Box 40612", "Hibbing, MN 55746", f"Fax {f['fx']}"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(4)


LOC = {"php": ("partial hospitalization program (PHP)", "intensive outpatient program (IOP)",
               "programa de hospitalización parcial", "programa intensivo ambulatorio"),
       "res": ("residential treatment", "partial hospitalization program (PHP)",
               "tratamiento residencial", "programa de hospitalización parcial")}


def body(d: Page, f: dict) -> None:
    k, es = f["kind"], f["lang"] == "es"
    cur, lower, cur_es, lower_es = LOC[f["loc"]]
    req = f"{fd(f, f['req_s'])} through {fd(f, f['req_e'])}"
    if es:
        d.text_line("Aviso de determinación de revisión concurrente", 12, "B", h=7)
        d.para(f"Estimado/a {f['member']}:", 10)
        d.para(f"Revisamos la solicitud de {f['fac']} para continuar su {cur_es} del {fd(f, f['req_s'])} al "
               f"{fd(f, f['req_e'])} ({f['n_req']} días). Aprobamos {f['n_ok']} días, hasta el {fd(f, f['thru'])}. "
               f"No aprobamos los días del {fd(f, f['den_s'])} al {fd(f, f['req_e'])}.", 10)
        d.para("Motivo: nivel de atención. Según los criterios clínicos del plan para trastornos de la conducta "
               f"alimentaria, su peso y sus signos vitales están estables y usted puede recibir tratamiento en un "
               f"{lower_es}. Esto no significa que usted no necesite tratamiento.", 10)
        return
    d.text_line({"approve": "Concurrent Review: Continued Stay Approved"}.get(k, "Notice of Concurrent Review Determination"),
                12, "B", h=7)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    if k == "approve":
        d.para(f"We reviewed the request from {f['fac']} to continue your {cur} from {req}. We approved all "
               f"{f['n_req']} days requested. The next review is scheduled for {fd(f, f['nextrev'])}; the facility "
               "will send updated clinical information before then. This letter is for your records; no action is "
               "needed.", 10)
        return
    if k == "table":
        d.para(f"We completed a concurrent review of your {cur} at {f['fac']}. The results are in the table below.",
               10)
        d.table(["Level of care", "Dates requested", "Days", "Decision"],
                [[cur.split(" (")[0].capitalize(), req, str(f["n_ok"]), f"Approved through {fd(f, f['thru'])}"],
                 ["", "", str(f["n_req"] - f["n_ok"]), f"Denied {fd(f, f['den_s'])} - {fd(f, f['req_e'])}"]],
                [48, 70, 12, 46], size=8.6)
        d.para(f"Reason for denial: level of care. Continued {cur} is not medically appropriate; criteria for "
               f"a step-down to an {lower} are met. The eating disorder criteria were applied by our physician "
               f"reviewer, {f['reviewer']}, MD.", 10)
    elif k == "plain":
        d.para(f"{f['fac']} asked us to cover {f['n_req']} more days of your {cur}, from {req}. We agreed to "
               f"cover the days through {fd(f, f['thru'])}. We will not cover the days after that, "
               f"{fd(f, f['den_s'])} through {fd(f, f['req_e'])}.", 10)
        d.para("Why: you have reached your goal weight range, you are eating your meals without staff sitting "
               "with you, and your heart rate and lab results have been normal for two weeks. You can keep getting "
               "care in a day program while you live at home. Your doctor can help you move to that program.", 10)
    else:
        d.para(f"On {fd(f, f['date'])} we reviewed the request for continued {cur} at {f['fac']} for the dates "
               f"{req}. Days are authorized through {fd(f, f['thru'])}. The remaining days, beginning "
               f"{fd(f, f['den_s'])}, are not authorized.", 10)
        d.para(f"Reason: Level of care. The clinical information does not meet criteria for continued {cur}. "
               f"The member is medically stable and can be treated safely in a {lower}. "
               f"Admission date {fd(f, f['admit'])}; date of birth {fdate(f['dob'], 'slash')}.", 10)
    d.para(f"Your doctor may ask for a peer-to-peer review with {f['reviewer']}, MD by "
           f"{fdate(f['p2p'], 'slash')} by calling {f['ph']}.", 9.5)


def appeal(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line("Su derecho a apelar" if es else "Your right to appeal", 10.5, "B", h=6)
    if es:
        t = "Usted puede apelar dentro de 180 días a partir de la fecha de esta carta."
    else:
        t = {"notice": "You may appeal within 180 days of the date of this letter.",
             "date": f"Your written appeal must be received by {fd(f, f['by'])}.",
             "recv": "You have 180 days from the day you receive this letter to file an appeal."}[f["app"]]
    d.para(t + (" Si su salud está en grave peligro, pida una apelación acelerada; decidiremos en 72 horas. "
                "Revisión externa: dentro de 4 meses." if es else
                " If waiting could seriously harm your health, ask for an expedited appeal; we decide within 72 "
                "hours. You may ask for an external review within 4 months of our final decision."), 9.5)


def build(f: dict) -> bytes:
    L, es = f["L"], f["lang"] == "es"
    d = Page(("Página {p} de {n}" if es else "Page {p} of {n}") + f"   {f['case']}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["date"]), 10, h=5.5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    rows = [(L[0], fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["case"]),
            (L[5], f"{f['fac']} (NPI {f['npi']})"), (L[6], f["md"] + ", MD")]
    for lab, v in rows:
        d.font(9.5, "B")
        d.cell(44, 5.2, lab + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    body(d, f)
    if f["kind"] != "approve":
        appeal(d, f)
    d.ln(3)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line(f"{f['reviewer']}, MD", 10, h=5)
    d.text_line("Director médico" if es else "Physician Reviewer, Behavioral Health", 9, h=5)
    d.text_line(f"cc: {f['fac']}; {f['md']}, MD", 8.5, h=5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    if k == "approve":
        return truth("other", None, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                     member_name=f["member"], case_numbers=[f["case"]], service_dates=[iso(f["req_s"], f["req_e"])],
                     denial_date=iso(f["date"]), provider=f["fac"], alternates={"provider": [f["md"]]})
    dl = {"notice": iso(days(f["date"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["md"]], "service_dates": [[iso(f["req_s"], f["req_e"])]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["date"], 180)), iso(days(f["date"], 185))]
    return truth("denial_letter", "level_of_care", f["lang"], insurer=f["ins"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["case"]],
                 service_dates=[iso(f["den_s"], f["req_e"])], denial_date=iso(f["date"]), provider=f["fac"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=["medical_necessity"])


# (stem, condition, kind, issuer, label set, date style, appeal wording, level of care)
PLAN = [
    ("eating_disorder_php_concurrent_review_bd_php_step_down", "born_digital", "keyword", BR, 0, "long", "notice", "php"),
    ("eating_disorder_php_concurrent_review_bd_all_days_approved", "born_digital", "approve", CA, 1, "slash", "notice",
     "res"),
    ("eating_disorder_php_concurrent_review_scan_plain_words", "scan_clean_300", "plain", CA, 2, "abbr", "recv", "res"),
    ("eating_disorder_php_concurrent_review_lowres_residential", "scan_lowres_150", "keyword", CA, 0, "dmy", "date",
     "res"),
    ("eating_disorder_php_concurrent_review_copy_spanish", "photocopy", "es", BR, 0, "es", "notice", "php"),
    ("eating_disorder_php_concurrent_review_faxf_decision_table", "fax_fine_g4", "table", BR, 2, "iso", "notice",
     "php"),
    ("eating_disorder_php_concurrent_review_phone_appeal_by_date", "phone_photo", "plain", BR, 1, "slash", "date",
     "php"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, app, loc) in enumerate(PLAN):
        f = facts(random.Random(94500 + i), kind, ins, lab, ds, app, loc)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
