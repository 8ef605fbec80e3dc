"""Family 'home_sleep_test_redirect': a plan's decisions on requests for an in-lab sleep study (polysomnography),
redirected to a home sleep apnea test as the appropriate level of care; one in-lab study approved; a faxed decision
with a checkbox block.

Issuers: Alutaguse Health Partners ("ALUTAGUSE" logo word over a rule, "Health Partners · Sleep Management Program")
and Karula Health Plan (parent line "Peipsi Mutual Companies" above the name, address block; its fax decision
sheet has a checkbox block). Kinds: keyword letter ("level of care"), plain words only, a criteria table, an in-lab
approval (the member has heart failure), a Spanish letter, the fax checkbox sheet to the sleep center, an upheld
appeal. Decoys: the date the request was received, the home-test kit shipping date, the criteria policy number,
the sleep center's NPI and fax number, the 15-day decision timetable, the external-review time limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famtb import (REVIEWERS, SLEEP_CENTERS, SLEEP_DOCS, address, days, digits, fdate, iso, mixed, npi,
                              person, phone)

FAMILY = "home_sleep_test_redirect"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ALU, KAR = "Alutaguse Health Partners", "Karula Health Plan"
# three label sets: (member, member id, group, request, service requested, requesting doctor, sleep center, date)
LABELS = [("Member", "Member ID", "Group number", "Request number", "Service requested", "Ordering physician",
           "Sleep center", "Planned date of study"),
          ("Patient", "Subscriber ID", "Group #", "Authorization request #", "Procedure", "Requesting provider",
           "Facility", "Scheduled for"),
          ("Enrollee", "Identification no.", "Employer group", "Case ID", "What was asked for", "Your doctor",
           "Where", "Study date")]
PSG = "In-lab polysomnography, attended (CPT 95810)"
HST = "Home sleep apnea test (CPT G0399 / 95806)"


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, ds: str, lab: int, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 210))
    f = dict(kind=kind, ins=ins, ds=ds, L=LABELS[lab], app=app, lang=lang, notice=notice,
             recv=days(notice, -r.randint(3, 9)), study=days(notice, r.randint(10, 30)), member=person(r, lang),
             addr=address(r, lang), mid=mixed(r, "KH99999999"), grp=mixed(r, "G-99999"),
             req=mixed(r, "SLP26-999999"), doc=r.choice(SLEEP_DOCS), ctr=r.choice(SLEEP_CENTERS), npi=npi(r),
             ph=phone(r), fax=f"1-866-555-{r.randint(3000, 3999)}", rvw=r.choice(REVIEWERS),
             pol=mixed(r, "MP-SL-999"), by=days(notice, 60), apid=mixed(r, "APL-99999"),
             ship=days(notice, r.randint(2, 5)), auth=mixed(r, "AUTH-99999999"))
    f["fd"] = (lambda x: fdate(x, "es")) if lang == "es" else (lambda x: fdate(x, ds))
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == ALU:
        d.text_line("ALUTAGUSE", 21, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Health Partners  ·  Sleep Management Program  ·  PO Box 2206  ·  Bangor, ME 04401", 8.4, h=4.5)
    else:
        d.text_line("Peipsi Mutual Companies", 8, h=4)
        d.text_line("Karula Health Plan", 15, "B", h=7.5)
        for ln in ["Utilization Management", "77 Taevaskoja Street", "Enid, OK 73701"]:
            d.text_line(ln, 8.6, h=4.3)
        d.rule(0.4, 1)
    d.ln(4)


def kv(d: Page, rows: list[tuple[str, str]], w: float = 54) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(w, 5, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def rows(f: dict) -> list[tuple[str, str]]:
    L, fd = f["L"], f["fd"]
    out = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["req"]), (L[4], PSG),
           (L[5], f["doc"]), (L[6], f"{f['ctr']} (NPI {f['npi']})"), (L[7], fd(f["study"]))]
    if f["kind"] == "upheld":
        out.insert(4, ("Appeal number", f["apid"]))
    if f["kind"] == "approved":
        out.insert(4, ("Authorization number", f["auth"]))
    return out


def reason(f: dict) -> list[str]:
    k, fd = f["kind"], f["fd"]
    ask = f"We received {f['doc']}'s request on {fd(f['recv'])} for a sleep study at {f['ctr']}."
    home = (f"We approved a home sleep apnea test instead. The test kit will be shipped to you on or about "
            f"{fd(f['ship'])}; call the number below if you need help using it.")
    if k == "approved":
        return [ask + " Because you have heart failure and use oxygen at night, a home test would not give "
                "reliable results. The attended in-lab sleep study is approved as requested. Nothing was denied. "
                "The approval is valid for 90 days."]
    if k == "plain":
        return [ask + " Your doctor wants you to spend a night at the sleep center. From the notes we got, your "
                "doctor thinks you may have sleep apnea, and you have no other sleep or heart or lung problem. For "
                "people like you, a small test you wear at home for one night gives the answer just as well. "
                "So we will not pay for the overnight stay at the sleep center, but we will pay for the home test. "
                "If the home test does not give a clear answer, your doctor can ask again.", home]
    base = (ask + " The attended in-lab study is denied because it is not the appropriate level of care. Our "
            f"sleep study policy ({f['pol']}) supports an unattended home sleep apnea test first for adults with "
            "suspected obstructive sleep apnea and no significant heart, lung or neuromuscular disease. The in-lab "
            "setting is not needed; the level of care that meets your needs is a home test.")
    if k == "upheld":
        return [f"You appealed our decision on the sleep study. {f['rvw']}, a sleep medicine physician who took no "
                "part in the first decision, reviewed your records. " + base + " We are upholding the denial.", home]
    return [base, home]


def build_en(f: dict) -> bytes:
    d = Page(f"{'AHP' if f['ins'] == ALU else 'KHP'}-SLP-{f['kind'][:3].upper()}  04/26   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, rows(f))
    title = {"approved": "Approval: attended sleep study", "upheld": "Appeal decision: sleep study",
             "plain": "About the sleep test your doctor asked for"}.get(
        f["kind"], "Notice of adverse determination: level of care")
    d.text_line(title, 11.5, "B", h=6.5)
    d.para(f"Dear {f['member']}:", 10)
    for p in reason(f):
        d.para(p, 10)
    if f["kind"] == "table":
        d.text_line(f"How the request compared with policy {f['pol']}", 10, "B", h=6)
        d.table(["Criterion for in-lab study", "Found in records", "Met?"],
                [["Moderate to severe heart failure (NYHA III-IV)", "None documented", "No"],
                 ["Moderate or severe COPD, or oxygen use", "None", "No"],
                 ["Neuromuscular disease or stroke", "None", "No"],
                 ["Prior home test negative or not conclusive", "No home test done", "No"],
                 ["Suspected narcolepsy or parasomnia", "Not suspected", "No"]],
                [86, 58, 20], size=8.6)
    if f["kind"] != "approved":
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        t = {"60": "You or your doctor may appeal within 60 days of the date of this notice.",
             "date": f"Your written appeal must reach us by {f['fd'](f['by'])}.",
             "recv": "You may appeal within 60 days after you receive this letter."}[f["app"]]
        if f["kind"] == "upheld":
            t = ("This was your final internal appeal. You may ask for an independent external review within 4 "
                 "months of the date of this letter.")
        d.para(t + " We decide standard pre-service requests and appeals within 15 days; an expedited appeal is "
               f"decided within 72 hours. Call {f['ph']} (TTY 711).", 10)
    d.para(f"Sincerely,\n\n{f['rvw']}\nMedical Director, {f['ins']}", 10)
    return pdf_bytes(d)


def box(d: Page, on: bool, text: str) -> None:
    x, y = d.get_x(), d.get_y()
    d.rect(x + 1, y + 1, 3.6, 3.6)
    if on:
        d.set_font("DejaVu", "B", 9)
        d.set_xy(x + 1.2, y + 0.6)
        d.cell(3.4, 4.4, "X")
    d.set_xy(x + 7, y)
    d.set_font("DejaVu", "", 9.2)
    d.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")


def build_fax(f: dict) -> bytes:
    d = Page("KHP-UM-FAX-SLP  Confidential health information   Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    fd = f["fd"]
    d.text_line("PRIOR AUTHORIZATION DECISION  —  FAX", 13, "B", h=7)
    d.text_line(f"To: {f['ctr']}   Fax: {f['fax']}     From: {f['ins']} UM   Fax: 1-866-555-4120", 8.8, h=5)
    d.text_line(f"Date sent: {fd(f['notice'])}", 9.5, h=5.5)
    d.ln(2)
    d.boxes([("Member", f["member"], 62), ("Member ID", f["mid"], 44), ("Group", f["grp"], 30),
             ("Case ID", f["req"], 44)])
    d.boxes([("Ordering physician", f["doc"], 62), ("Service", "95810 attended PSG", 44),
             ("Requested date", fd(f["study"]), 30), ("Received", fd(f["recv"]), 44)])
    d.ln(4)
    d.text_line("DECISION", 10.5, "B", h=6)
    box(d, False, "Approved as requested")
    box(d, True, "Approved at a different level of care: home sleep apnea test (G0399) approved; in-lab study "
                 "(95810) denied")
    box(d, False, "Denied: not medically necessary")
    box(d, False, "Pended: more information needed")
    d.ln(2)
    d.para("Rationale: adult with suspected obstructive sleep apnea and no comorbid cardiopulmonary or "
           f"neuromuscular condition. Per policy {f['pol']} an unattended home test is the appropriate setting. "
           "Peer-to-peer discussion is available for 14 days. The member was mailed a notice with appeal rights. "
           "An appeal may be filed within 60 days of the date of this notice.", 9.5)
    d.para(f"Reviewer: {f['rvw']}", 9.5)
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Page("AHP-SLP-SP  Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], "es"), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, [("Afiliado", f["member"]), ("Número de afiliado", f["mid"]), ("Grupo", f["grp"]),
           ("Número de solicitud", f["req"]), ("Servicio solicitado", "Estudio del sueño en laboratorio (95810)"),
           ("Médico solicitante", f["doc"]), ("Centro", f"{f['ctr']} (NPI {f['npi']})"),
           ("Fecha prevista del estudio", fdate(f["study"], "es"))])
    d.text_line("Aviso de determinación adversa: nivel de atención", 11.5, "B", h=6.5)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Recibimos la solicitud el {fdate(f['recv'], 'es')}. Se niega el estudio del sueño en laboratorio "
           "porque no es el nivel de atención adecuado. Para adultos con sospecha de apnea obstructiva del sueño "
           "y sin enfermedad cardíaca o pulmonar grave, una prueba de apnea del sueño en casa es suficiente. "
           "Aprobamos la prueba en casa.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Puede apelar dentro de los 60 días a partir de la fecha de este aviso. Decidimos en un plazo de 15 "
           f"días. Llame al {f['ph']} (TTY 711).", 10)
    d.para(f"Atentamente,\n\n{f['rvw']}\nDirector médico, {f['ins']}", 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ok = k == "approved"
    dl = {"60": iso(days(f["notice"], 60)), "date": iso(f["by"]), "recv": None}[f["app"]]
    if k == "upheld":
        dl = None
    alts: dict = {"provider": [f["ctr"]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 60)), iso(days(f["notice"], 65))]
    cases = [f["req"]] + ([f["apid"]] if k == "upheld" else []) + ([f["auth"]] if ok else [])
    return truth("other" if ok else "denial_letter", None if ok else "level_of_care", f["lang"], insurer=f["ins"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=None, service_dates=[iso(f["study"])], denial_date=iso(f["notice"]),
                 provider=f["doc"], appeal_deadline=None if ok else dl, alternates=alts,
                 denial_alternates=[] if ok else ["medical_necessity"])


# (stem, condition, kind, insurer, date style, label set, appeal wording)
PLAN = [
    ("home_sleep_test_redirect_bd_level_of_care", "born_digital", "keyword", ALU, "long", 0, "60"),
    ("home_sleep_test_redirect_bd_inlab_approved", "born_digital", "approved", KAR, "slash", 1, "60"),
    ("home_sleep_test_redirect_scan_spanish", "scan_clean_300", "es", ALU, "es", 0, "60"),
    ("home_sleep_test_redirect_lowres_criteria_table", "scan_lowres_150", "table", KAR, "abbr", 2, "date"),
    ("home_sleep_test_redirect_photo_plain_words", "phone_photo", "plain", ALU, "dmy", 2, "recv"),
    ("home_sleep_test_redirect_faxf_checkbox", "fax_fine_g4", "fax", KAR, "short", 1, "60"),
    ("home_sleep_test_redirect_copy_appeal_upheld", "photocopy", "upheld", KAR, "iso", 0, "60"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, lab, app) in enumerate(PLAN):
        f = facts(random.Random(96100 + i), kind, ins, ds, lab, app)
        pdf = build_es(f) if kind == "es" else build_fax(f) if kind == "fax" else build_en(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
