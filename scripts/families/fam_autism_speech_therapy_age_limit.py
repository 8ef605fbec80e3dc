"""Family 'autism_speech_therapy_age_limit': commercial plans' letters and EOBs on a child's speech or occupational
therapy: denied because the plan's autism benefit ends at an age, because the yearly visit limit is used up, or
because the plan pays only rehabilitative therapy (to restore lost function), not developmental (habilitative)
therapy; one approval of habilitative occupational therapy; one Spanish EOB.

Layouts (three invented plans):
- Sorrellby Health Plan: logo word "SORRELLBY" over a rule, "name | Behavioral and Developmental Services | PO Box"
  line; label pairs; signature block of a care manager.
- Ardnamurchan Mutual Health Insurance Company: parent line "An Ardnamurchan Holdings company" above the centred
  name; EOBs with a visit table (date, visit no., CPT, billed, allowed, paid, remark) and remark legend.
- Glenelg Health Cooperative: return-address block (name, "Utilization Management", PO Box, town); ruled boxes.
Decoys: the child's date of birth and birthday, the request-received date, the parent (subscriber) name, therapist
NPI, visits used / remaining counters, "your visit count starts over on January 1" timetable sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundy_famyb import address, clinician, days, digits, fdate, iso, m2, mixed, npi, person, phone, usd

FAMILY = "autism_speech_therapy_age_limit"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"sor": "Sorrellby Health Plan", "ard": "Ardnamurchan Mutual Health Insurance Company",
       "gle": "Glenelg Health Cooperative"}
CLINICS = ["Shieldaig Pediatric Therapy Center", "Kilchoan Speech & Language Clinic",
           "Drumnadrochit Children's Therapy"]
LABELS = {
    1: ["Date", "Member (child)", "Member ID", "Group number", "Request number", "Claim number",
        "Requesting provider", "Service requested", "Dates requested", "Subscriber"],
    2: ["Notice date", "Patient", "Subscriber ID", "Group #", "Authorization #", "Claim #", "Therapist",
        "Service", "Requested period", "Policyholder"],
    3: ["Date issued", "Child's name", "ID number", "Employer group", "Reference no.", "Claim ID",
        "Treating provider", "Therapy", "Service dates", "Parent"],
    "es": ["Fecha del aviso", "Paciente", "Núm. de afiliado", "Grupo", "Núm. de autorización", "Núm. de reclamación",
           "Terapeuta", "Servicio", "Período", "Suscriptor"],
}
# kind -> (doc type, denial, denial alternates, therapy)
KINDS = {
    "age_letter": ("denial_letter", "not_covered", ["eligibility"], "st"),
    "visit_eob": ("eob", "not_covered", None, "st"),
    "dev_letter": ("denial_letter", "not_covered", None, "st"),
    "approval": ("other", None, None, "ot"),
    "es_eob": ("eob", "not_covered", None, "st"),
    "visit_letter": ("denial_letter", "not_covered", None, "st"),
    "ot_age_eob": ("eob", "not_covered", ["eligibility"], "ot"),
}
THER = {"st": ("speech therapy", "92507", "Speech/language treatment", "CCC-SLP"),
        "ot": ("occupational therapy", "97530", "Therapeutic activities, 15 min", "OTR/L")}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(18, 15, 18))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "sor":
        d.text_line("SORRELLBY", 24, "B", h=10)
        d.rule(0.9, 1.5)
        d.text_line(f"Sorrellby Health Plan | Behavioral and Developmental Services | PO Box 3391, Lincoln, NE 68501",
                    8, h=4)
        d.ln(5)
    elif f["ins"] == "ard":
        d.text_line("An Ardnamurchan Holdings company", 7.5, align="C", h=3.8)
        d.text_line("Ardnamurchan Mutual Health Insurance Company", 14, "B", align="C", h=7)
        d.text_line(f"Member Services {f['ph']}  ·  1500 Gilchrist Parkway, Grand Island, NE 68801", 8, align="C",
                    h=4)
        d.rule(0.4, 5)
    else:
        for ln, sz, st in (("Glenelg Health Cooperative", 12.5, "B"), ("Utilization Management", 9, ""),
                           ("PO Box 5520", 9, ""), ("Salina, KS 67401", 9, "")):
            d.text_line(ln, sz, st, h=4.8)
        d.ln(5)


def pairs(d: Page, rows: list, kw: float = 44) -> None:
    for k, v in rows:
        d.font(9.6, "B")
        d.cell(kw, 5, k + ":")
        d.font(9.6)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def appeal(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line("Sus derechos de apelación" if es else "Your right to appeal", 10.5, "B", h=6)
    d.para(f["appeal"], 9.6, gap=2)
    d.para(("Si la salud de su hijo(a) corre peligro, puede pedir una apelación urgente; decidiremos en 72 horas. "
            "También puede pedir una revisión externa independiente dentro de 4 meses después de la decisión final."
            if es else
            "If waiting could seriously harm your child's health, ask for an expedited appeal; we will decide within "
            "72 hours. After our final decision you may also ask for an independent external review within 4 months."),
           9, gap=2)


def letter(f: dict) -> bytes:
    L = LABELS[f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    kind = f["kind"]
    tname, cpt, desc, cred = THER[f["ther"]]
    d = Page("Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    if f["ins"] != "gle":
        d.text_line(fd(f["date"]), 10, h=5)
        d.ln(3)
    for ln in (f"To the parent or guardian of {f['member']}", f"c/o {f['parent']}", *f["addr"]):
        d.text_line(ln, 10, h=4.8)
    d.ln(4)
    rows = [(L[1], f"{f['member']} (date of birth {fd(f['dob'])})"), (L[2], f["mid"]), (L[3], f["grp"]),
            (L[9], f["parent"]), (L[4], f["req"]), (L[6], f"{f['doc']}, {cred}, {f['clinic']}"),
            (L[7], f"{tname.capitalize()} ({cpt}), {f['visits_req']} visits"),
            (L[8], f"{fd(f['from'])} - {fd(f['to'])}")]
    if f["ins"] == "gle":
        d.boxes([(L[0], fd(f["date"]), 44), (L[2], f["mid"], 46), (L[3], f["grp"], 36), (L[4], f["req"], 48)])
        d.ln(3)
        rows = [r for r in rows if r[0] not in (L[2], L[3], L[4])]
    pairs(d, rows)
    first = f["parent"].split()[0]
    if kind == "approval":
        d.text_line("Notice of Approval", 12, "B", h=6)
        d.para(f"Dear {first}:", 10)
        d.para(f"We received {f['clinic']}'s request on {fd(f['recv'])} for {tname} for {f['member']}. Good news: "
               f"we approved {f['visits_req']} visits from {fd(f['from'])} through {fd(f['to'])}. Your plan covers "
               "habilitative therapy, which helps a child learn skills that have not yet developed, for members "
               "with autism spectrum disorder under age 21, as state law requires.", 10, gap=2)
        d.para("Regular copayments apply. If more visits are needed, the therapist can send a new request with "
               "updated progress notes two weeks before this approval ends. Your visit count starts over on "
               "January 1.", 10, gap=2)
    else:
        d.text_line("Notice of Adverse Benefit Determination", 12, "B", h=6)
        d.para(f"Dear {first}:", 10)
        d.para(f"On {fd(f['recv'])} we received a request from {f['doc']} at {f['clinic']} for {f['visits_req']} "
               f"{tname} visits for {f['member']}, who has a diagnosis of autism spectrum disorder. We cannot "
               "approve this request.", 10, gap=2)
        if kind == "age_letter":
            d.para(f"Reason: BENEFIT LIMIT - NOT COVERED. Your plan's autism benefit covers speech, occupational "
                   f"and behavioral therapy for members through age 8. {f['member'].split()[0]} turned 9 on "
                   f"{fd(f['bday'])}. After that age, speech therapy is covered only to restore speech lost after "
                   "an illness or injury (rehabilitative therapy), which is not the case here. See your Evidence "
                   "of Coverage, Section 4.12, Autism Spectrum Disorder Services.", 10, gap=2)
        elif kind == "dev_letter":
            d.para("Why we said no: your plan pays for speech therapy only when it helps a person get back speech "
                   "that was lost because of an illness, injury or surgery. The therapy asked for is to help "
                   f"{f['member'].split()[0]}'s speech develop for the first time. Your plan does not pay for "
                   "therapy of that kind, even when a doctor orders it. This is in the list of services your plan "
                   "does not pay for (Certificate of Coverage, Exclusions, item 31: developmental therapy).", 10,
                   gap=2)
        else:
            d.para(f"Your plan covers up to 30 speech therapy visits each calendar year. Our records show "
                   f"{f['member'].split()[0]} has already used 30 visits this year (the last on "
                   f"{fd(f['last_visit'])}). The {f['visits_req']} additional visits are over the benefit limit "
                   "and are not covered. Your visit count starts over on January 1. The limit applies whether the "
                   "therapy is developmental or rehabilitative.", 10, gap=2)
        d.para("This decision is about your plan's benefits; it does not say the therapy is not helpful. You and "
               "the therapist may still decide to continue care at your own cost.", 10, gap=2)
        appeal(d, f)
    d.ln(2)
    d.text_line("Sincerely,", 10, h=5)
    d.ln(5)
    d.text_line(f["signer"], 10, h=5)
    d.text_line("Care Manager, Developmental Services" if f["ins"] == "sor" else "Utilization Review Department",
                9, h=4.5)
    d.text_line(f"cc: {f['doc']}, {cred}, {f['clinic']}, NPI {f['npi']}", 8.5, h=4.5)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    tname, cpt, desc, cred = THER[f["ther"]]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA" if es else
                "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", align="C", h=6)
    d.ln(2)
    y = d.get_y()
    for ln in (f["parent"], *f["addr"]):
        d.text_line(ln, 9.6, h=4.8)
    d.set_xy(106, y)
    for k, v in ((L[0], fd(f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]),
                 (L[5], f["claim"]), (L[9], f["parent"])):
        d.set_x(106)
        d.font(8.8, "B")
        d.cell(42, 4.8, k)
        d.font(8.8)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para((f"Proveedor: {f['doc']}, {cred}, {f['clinic']} (NPI {f['npi']})" if es else
            f"{L[6]}: {f['doc']}, {cred}, {f['clinic']} (NPI {f['npi']})"), 9.6, gap=2)
    head = (["Fecha", "Visita", "Código", "Servicio", "Cobrado", "Permitido", "Plan pagó", "Usted debe", "Nota"]
            if es else ["Date", "Visit #", "CPT", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"])
    rows = []
    for v in f["lines"]:
        rows.append([fdate(v["d"], f["tds"]), str(v["no"]), cpt, desc[:30] if not es else "Terapia del habla",
                     mo(v["fee"]), mo(v["allowed"]), mo(v["paid"]), mo(v["owe"]), v["rc"]])
    tot = sum(v["fee"] for v in f["lines"])
    rows.append(["*Total", "", "", "", mo(tot), mo(sum(v["allowed"] for v in f["lines"])),
                 mo(sum(v["paid"] for v in f["lines"])), mo(sum(v["owe"] for v in f["lines"])), ""])
    d.table(head, rows, [21, 12, 13, 38, 22, 20, 20, 20, 14], size=7.6, aligns="LCLLRRRRC", head_fill=True)
    d.text_line("Notas" if es else "Remarks", 9.6, "B", h=5)
    codes = sorted({v["rc"] for v in f["lines"]})
    for c in codes:
        d.para(f"{c}  {f['remarks'][c]}", 8.8, gap=1)
    d.ln(1)
    used = max(v["no"] for v in f["lines"])
    if f["kind"] != "ot_age_eob":
        d.para((f"Visitas de terapia del habla usadas este año: {min(used, f['limit'])} de {f['limit']}. El conteo "
                "vuelve a empezar el 1 de enero.") if es else
               (f"Speech therapy visits used this calendar year: {min(used, f['limit'])} of {f['limit']}. Your "
                "visit count starts over on January 1."), 8.8, gap=2)
    appeal(d, f)
    d.para(("¿Preguntas? Llame al " if es else "Questions? Call ") + f"{f['ph']} (TTY 711).", 8.8)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, tds: str, mo: str, dl: str) -> dict:
    doc_type, den, dalt, ther = KINDS[kind]
    lang = "es" if kind == "es_eob" else "en"
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 240))
    member = person(r, lang)
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, tds=tds, mo=mo, lang=lang, date=date, ther=ther, doc_type=doc_type,
             den=den, dalt=dalt, member=member, parent=person(r, lang, avoid=(member,)), addr=address(r, lang),
             mid=mixed(r, "AAA999999") + "-02" if ins != "gle" else digits(r, 10),
             grp=digits(r, 6) if ins != "ard" else mixed(r, "AM-9999"), req=mixed(r, "99A999999"),
             claim=digits(r, 12) if ins != "sor" else mixed(r, "SH99999999A"), doc=clinician(r),
             clinic=r.choice(CLINICS), npi=npi(r), ph=phone(r), signer=clinician(r) + ", RN",
             visits_req=r.choice([12, 16, 24]), limit=r.choice([20, 30]))
    age = 9 if kind == "age_letter" else 4 if kind == "ot_age_eob" else r.randint(3, 7)
    f["bday"] = days(date, -r.randint(20, 70))
    f["dob"] = f["bday"].replace(year=f["bday"].year - age)
    f["recv"] = days(date, -r.randint(3, 9))
    f["from"] = days(date, r.randint(5, 14))
    f["to"] = days(f["from"], r.randint(80, 120))
    f["last_visit"] = days(date, -r.randint(6, 15))
    if doc_type == "eob":
        fee = float(r.choice([145, 168, 182]))
        first = days(date, -r.randint(40, 60))
        n = r.randint(5, 6)
        start_no = f["limit"] - n + r.randint(2, 3) if kind != "ot_age_eob" else r.randint(3, 9)
        lines = []
        for i in range(n):
            no = start_no + i
            dd = days(first, i * 7 + r.randint(0, 2))
            denied = no > f["limit"] if kind != "ot_age_eob" else i >= 2
            allowed = 0.0 if denied else round(fee * 0.78, 2)
            paid = 0.0 if denied else round(allowed - 30, 2)
            lines.append(dict(d=dd, no=no, fee=fee, allowed=allowed, paid=paid,
                              owe=fee if denied else 30.0, rc=("N3" if denied else "P1"), denied=denied))
        f["lines"] = lines
        if kind == "es_eob":
            f["remarks"] = {"P1": "Pagado según su plan. Usted paga el copago.",
                            "N3": f"Se alcanzó el límite de {f['limit']} visitas de terapia del habla por año "
                                  "calendario. Esta visita no está cubierta."}
        elif kind == "ot_age_eob":
            f["bday"] = days(lines[2]["d"], -r.randint(1, 5))
            f["remarks"] = {"P1": "Paid under your plan's habilitative therapy benefit. You owe the copay.",
                            "N3": "Your plan pays for habilitative therapy (therapy to build skills that have not "
                                  "developed) only for members under age 4. Therapy after the member's 4th "
                                  f"birthday ({fdate(f['bday'], ds)}) is paid only when it restores function lost "
                                  "to an illness or injury. This visit does not meet that rule."}
            f["dob"] = f["bday"].replace(year=f["bday"].year - 4)
        else:
            f["remarks"] = {"P1": "Paid at the network rate. You owe the copay.",
                            "N3": f"Benefit maximum reached: your plan covers {f['limit']} speech therapy visits per "
                                  "calendar year. Charges over the limit are not covered."}
    if lang == "es":
        f["deadline"] = days(date, 180)
        f["appeal"] = ("Si no está de acuerdo, puede apelar por escrito dentro de 180 días a partir de la fecha de "
                       "este aviso. Envíe su apelación a la dirección de arriba.")
    elif dl == "within":
        f["deadline"] = days(date, 180)
        what = "statement" if doc_type == "eob" else "letter"
        f["appeal"] = (f"If you disagree, you or the therapist may appeal within 180 days of the date of this {what}. "
                       "Send your appeal, with therapy notes and test scores, to the address above.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal"] = (f"To appeal, send us a written request. We must receive it by {fdate(f['deadline'], ds)}. "
                       "Include the therapist's evaluation and progress notes.")
    else:
        f["deadline"] = None
        f["dl_alt"] = days(date, 180)
        f["appeal"] = ("You may appeal within 180 days after you receive this notice. Write to us at the address "
                       "above or call Member Services.")
    return f


def doc_truth(f: dict) -> dict:
    alts = {"provider": [f["clinic"]]}
    if f.get("dl_alt") and f["den"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    if f["doc_type"] == "eob":
        bad = [v for v in f["lines"] if v["denied"]]
        tot = sum(v["fee"] for v in f["lines"])
        alts["claim_amount"] = [m2(sum(v["fee"] for v in bad))]
        alts["service_dates"] = [sorted(iso(v["d"]) for v in f["lines"])]
        return truth("eob", f["den"], f["lang"], insurer=INS[f["ins"]], member_id=f["mid"], group_number=f["grp"],
                     member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(tot),
                     service_dates=[iso(v["d"]) for v in bad], denial_date=iso(f["date"]), provider=f["doc"],
                     appeal_deadline=iso(f["deadline"]) if f["deadline"] else None, alternates=alts,
                     denial_alternates=f["dalt"])
    alts["service_dates"] = [[iso(f["from"])]]
    return truth(f["doc_type"], f["den"], f["lang"], insurer=INS[f["ins"]], member_id=f["mid"],
                 group_number=f["grp"], member_name=f["member"], case_numbers=[f["req"]],
                 service_dates=[iso(f["from"], f["to"])], denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if (f["deadline"] and f["den"]) else None, alternates=alts,
                 denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, insurer, labels, date style, table date style, money, deadline
    ("bd_age_letter", "born_digital", "age_letter", "sor", 1, "long", "slash", "plain", "within"),
    ("bd_visit_eob", "born_digital", "visit_eob", "ard", 2, "slash", "slash", "plain", "within"),
    ("scan_developmental", "scan_clean_300", "dev_letter", "gle", 3, "abbr", "slash", "plain", "receive"),
    ("low_approval", "scan_lowres_150", "approval", "sor", 2, "dlong", "slash", "plain", "within"),
    ("photo_es_eob", "phone_photo", "es_eob", "ard", "es", "es", "es_abbr", "es", "within"),
    ("faxs_visit_letter", "fax_standard_g4", "visit_letter", "gle", 1, "slash", "slash", "plain", "by"),
    ("copy_ot_age_eob", "photocopy", "ot_age_eob", "sor", 3, "dmy", "iso", "nosign", "within"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, lab, ds, tds, mo, dl) in enumerate(ITEMS):
        r = random.Random(102600 + i)
        f = facts(r, kind, ins, lab, ds, tds, mo, dl)
        pdf = eob(f) if f["doc_type"] == "eob" else letter(f)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(pdf, doc_truth(f))]))
    return items
