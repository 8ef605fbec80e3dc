"""Family 'network_gap_exception_denial': decisions on a member's request to see an out-of-network specialist at the
in-network cost share (a network gap / network adequacy exception).

Issuers: Orchardleigh Health Plan (logo word "ORCHARDLEIGH" over a line, the name and a return address under it) and
Quickthorn Care Alliance (parent line "Umberfield Group" above the name, an EPO with a plan code). Kinds: denials
that name in-network specialists in a table (distance, next open appointment), a denial in plain words, a Spanish
denial, an approval with an authorization number and a validity span, and an upheld appeal (external review only).
Decoys: the in-network doctors' names and their next appointment dates, the referring primary care doctor, the
request-received date, the access standards (miles, business days), the external-review time limit, NPIs.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsc import address, clinician, days, digits, fdate, iso, local_phone, mixed, person, phone

FAMILY = "network_gap_exception_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
E = "Orchardleigh Health Plan"
F = "Quickthorn Care Alliance"
SPECIALTIES = [("pediatric neurology", "Neurología pediátrica", "evaluation of seizures"),
               ("hand surgery", "Cirugía de la mano", "consultation for a tendon repair"),
               ("gynecologic oncology", "Oncología ginecológica", "consultation and treatment planning"),
               ("movement disorders neurology", "Neurología de trastornos del movimiento",
                "evaluation for tremor treatment")]
PRACTICES = ["Dappledown Specialty Clinic", "Wychmoor Medical Group", "Inchbrook University Physicians",
             "Vetchley Center for Specialty Care"]
LABELS = {1: ["Member", "Member ID", "Group number", "Request number", "Requested specialist", "Referred by",
              "Requested visit date"],
          2: ["Patient", "ID no.", "Group", "Exception request #", "Out-of-network provider", "Primary care provider",
              "Date requested for first visit"],
          3: ["Member name", "Identification number", "Employer group", "Case ID", "Specialist you asked for",
              "Referring doctor", "Appointment date"],
          "es": ["Afiliado", "Número de identificación", "Grupo", "Número de solicitud", "Especialista solicitado",
                 "Médico que lo refirió", "Fecha de la cita solicitada"]}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, lang: str, app: str) -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 200))
    spec = r.choice(SPECIALTIES)
    doc = clinician(r)
    pcp = clinician(r, avoid=(doc,))
    alts = []
    used = (doc, pcp)
    for k in range(3):
        a = clinician(r, avoid=used)
        used = used + (a,)
        alts.append((a, r.choice(PRACTICES[1:]), r.choice(["Casper, WY", "Mankato, MN", "Joplin, MO"]),
                     r.randint(8, 52), days(notice, r.randint(4, 20))))
    f = dict(kind=kind, ins=ins, lab=LABELS[lab], ds=ds, lang=lang, notice=notice, member=person(r, lang),
             addr=address(r, lang), mid=mixed(r, "OHP99999999") if ins == E else mixed(r, "QC-999-99-9999"),
             grp=mixed(r, "9999-A") if ins == E else digits(r, 6), plan=f"QS-EPO-{r.randint(10, 99)}",
             req=mixed(r, "NGX-999999") if ins == E else mixed(r, "99A99999"), spec=spec, doc=doc, pcp=pcp,
             practice=PRACTICES[0], npi=digits(r, 10), alts=alts, visit=days(notice, r.randint(10, 35)),
             recv=days(notice, -r.randint(3, 12)), ph=phone(r), fax=local_phone(r), box=digits(r, 4), app=app,
             auth=mixed(r, "AU9999999"), appeal_no=mixed(r, "GA-9999-999"), rev=clinician(r, avoid=used))
    f["valid_to"] = days(f["visit"], 179)
    f["dl"] = days(notice, r.choice([60, 90, 180]))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == E:
        d.text_line("ORCHARDLEIGH", 21, "B", h=10)
        d.rule(0.8, 1.5)
        d.text_line(f"{E}  ·  Utilization Management  ·  PO Box {f['box']}, Casper, WY 82601", 8.5, h=4.5)
    else:
        d.text_line("Umberfield Group", 8, h=4)
        y = d.get_y()
        d.text_line(F, 14, "B", h=7)
        d.text_line("Network Access Review", 9, h=4.5)
        d.set_xy(140, y)
        d.font(8)
        d.multi_cell(0, 3.8, f"PO Box {f['box']}\nKokomo, IN 46901\nFax {f['fax']}", new_x="LMARGIN",
                     new_y="NEXT")
        d.rule(0.3, 2)
    d.ln(4)


def rows(d: Page, f: dict) -> None:
    L = f["lab"]
    pairs = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])]
    if f["ins"] == F:
        pairs.append(("Plan" if f["lang"] == "en" else "Plan", f"Quickthorn Select EPO (plan code {f['plan']})"))
    pairs += [(L[3], f["req"])]
    if f["kind"] == "upheld":
        pairs.append(("Appeal number", f["appeal_no"]))
    pairs += [(L[4], f"Dr. {f['doc']}, {f['practice']}"), (L[5], f"Dr. {f['pcp']}"), (L[6], f["fd"](f["visit"]))]
    for k, v in pairs:
        d.set_font("DejaVu", "B", 9)
        d.cell(58, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def alt_table(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    head = (["Médico de la red", "Consultorio", "Ciudad", "Millas", "Próxima cita"] if es else
            ["In-network doctor", "Practice", "City", "Miles", "Next open appointment"])
    d.table(head, [[f"Dr. {a[0]}", a[1], a[2], str(a[3]), f["fd"](a[4])] for a in f["alts"]],
            [50, 52, 26, 13, 35], size=8, aligns="LLLRL", head_fill=True)


def appeal_text(f: dict) -> str:
    if f["lang"] == "es":
        return (f"Tiene derecho a apelar. Debemos recibir su apelación a más tardar el {f['fd'](f['dl'])}. "
                f"Llame al {f['ph']} (TTY 711) si necesita ayuda.")
    if f["app"] == "stmt":
        return "You may appeal this decision within 180 days of the date of this letter."
    return f"To appeal, send us your request so that we receive it by {f['fd'](f['dl'])}."


def build(f: dict) -> bytes:
    kind, es = f["kind"], f["lang"] == "es"
    d = Page(f"{'OHP' if f['ins'] == E else 'QCA'}-NGX-{kind[:3].upper()} 02/26   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    rows(d, f)
    sp = f["spec"]
    std = "within 45 miles of your home and an appointment within 15 business days"
    if es:
        d.text_line("Decisión sobre su solicitud de excepción de red", 11.5, "B", h=6)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"El {f['fd'](f['recv'])} recibimos su solicitud para ver al Dr. {f['doc']} ({sp[1].lower()}), "
               "que no pertenece a nuestra red, pagando lo mismo que pagaría dentro de la red. Hemos negado su "
               "solicitud. Hay especialistas de la red que pueden atenderle a menos de 45 millas de su casa y con "
               "cita dentro de 15 días hábiles:", 10)
        alt_table(d, f)
        d.para("Si decide ver a un proveedor fuera de la red sin nuestra aprobación, usted tendrá que pagar el "
               "costo fuera de la red.", 10)
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para(appeal_text(f), 10)
        d.para("Atentamente,\nRevisión de Acceso a la Red\n" + f["ins"], 10)
        return pdf_bytes(d)
    if kind == "approve":
        d.text_line("Network exception approved", 11.5, "B", h=6)
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"We have approved your request to see Dr. {f['doc']} ({sp[0]}) for {sp[2]}. We could not find an "
               f"in-network specialist {std}. You will pay your in-network cost share for these visits.", 10)
        d.para(f"Authorization number: {f['auth']}. It is valid from {f['fd'](f['visit'])} through "
               f"{f['fd'](f['valid_to'])} for up to 6 visits. Dr. {f['doc']}'s office should put this number on "
               "each claim.", 10)
        d.para(f"Questions? Call {f['ph']}.", 10)
        d.para("Sincerely,\nNetwork Access Review\n" + f["ins"], 10)
        return pdf_bytes(d)
    if kind == "upheld":
        d.text_line("Appeal decision - network exception", 11.5, "B", h=6)
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"You appealed our denial of your request to see Dr. {f['doc']}, who is not in our network, at the "
               f"in-network cost. Dr. {f['rev']}, a board-certified physician who was not part of the first "
               "decision, reviewed your appeal. We still find in-network doctors who can give this care, so we "
               "uphold our denial. The out-of-network provider is not covered at the in-network level:", 10)
        alt_table(d, f)
        d.para("This is our final internal decision. You may ask for an external review by an independent review "
               f"organization within 4 months of the date you receive this letter. Call {f['ph']} for the form.", 10)
        d.para("Sincerely,\nAppeals Department\n" + f["ins"], 10)
        return pdf_bytes(d)
    d.text_line("Network exception request denied" if kind != "plain" else "About your request", 11.5, "B", h=6)
    d.para(f"Dear {f['member']}:", 10)
    if kind == "plain":
        d.para(f"On {f['fd'](f['recv'])} Dr. {f['pcp']} asked us to let you see Dr. {f['doc']} for {sp[2]} and to "
               "pay as if the visit were with one of our own doctors. We are not able to do that. We looked for "
               f"doctors who work with our plan and found several who treat this condition {std}. Because they can "
               "see you, we will pay for Dr. " + f["doc"].split()[-1] + " only at the level your plan pays for "
               "doctors outside our plan.", 10)
        d.para("Doctors who can see you:", 10)
        for a in f["alts"]:
            d.para(f"•  Dr. {a[0]}, {a[1]}, {a[2]} ({a[3]} miles)", 10, gap=0.5)
        d.ln(2)
    else:
        d.para(f"We reviewed the request received on {f['fd'](f['recv'])} for an out-of-network exception for "
               f"{sp[0]} ({sp[2]}). Your plan covers out-of-network care at the in-network level only when no "
               f"network provider is available {std}. The in-network specialists below meet that standard, so the "
               "request is denied. Out-of-network services would not be covered at the in-network level.", 10)
        alt_table(d, f)
    d.text_line("Your appeal rights", 10.5, "B", h=6)
    d.para(appeal_text(f) + " If waiting could seriously harm your health, you can ask for a fast (expedited) "
           "appeal; we decide those within 72 hours.", 10)
    d.para("Sincerely,\nUtilization Management\n" + f["ins"], 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    kind = f["kind"]
    den = None if kind == "approve" else "out_of_network"
    dtype = "other" if den is None else "denial_letter"
    alts: dict = {"provider": [f["pcp"]]}
    cases = [f["req"]]
    if kind == "approve":
        cases.append(f["auth"])
        alts["service_dates"] = [[iso(f["visit"], f["valid_to"])]]
    if kind == "upheld":
        cases.append(f["appeal_no"])
    dl = None if kind in ("approve", "upheld") else (iso(days(f["notice"], 180)) if f["app"] == "stmt"
                                                      else iso(f["dl"]))
    return truth(dtype, den, f["lang"], insurer=f["ins"], plan_id=f["plan"] if f["ins"] == F else None,
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=None, service_dates=[iso(f["visit"])], denial_date=iso(f["notice"]), provider=f["doc"],
                 appeal_deadline=dl, alternates=alts)


# (stem, condition, kind, insurer, label set, date style, lang, appeal wording)
PLAN = [
    ("network_gap_exception_denial_bd_denied_alternatives_table", "born_digital", "table", E, 1, "long", "en", "stmt"),
    ("network_gap_exception_denial_bd_approved", "born_digital", "approve", F, 2, "slash", "en", "none"),
    ("network_gap_exception_denial_scan_plain_words", "scan_clean_300", "plain", F, 3, "abbr", "en", "date"),
    ("network_gap_exception_denial_lowres_carta_es", "scan_lowres_150", "es", E, "es", "es", "es", "date"),
    ("network_gap_exception_denial_copy_appeal_upheld", "photocopy", "upheld", E, 2, "dmy", "en", "none"),
    ("network_gap_exception_denial_photo_denied_epo", "phone_photo", "table", F, 1, "iso", "en", "stmt"),
    ("network_gap_exception_denial_faxs_denied_by_date", "fax_standard_g4", "table", E, 3, "slash", "en", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, lang, app) in enumerate(PLAN):
        r = random.Random(94200 + i)
        f = facts(r, kind, ins, lab, ds, lang, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
