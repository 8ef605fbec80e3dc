"""Family 'mco_transition_of_care_letter': a Medicaid managed care plan's decisions on transition-of-care requests
after a member moved to it from another plan (keep seeing an out-of-network provider for a while).

Two invented plans of the fictional Tamsford State Medicaid Program: Fernhollow Community Care (parent line
"Lindenmere Health Partners, Inc." above it) and Copperbeech Health Plan ("COPPERBEECH" over "Health Plan", a Medicaid
line). The previous plan is named (a decoy organisation), with the enrollment date (decoy), the request-received date
(decoy), the plan member ID and the state Medicaid ID, a transition-of-care request number, the out-of-network
provider with NPI, the service and the requested dates as a span (in a row or a sentence). Decisions: approved for
90 days (nothing denied), approved in part (the first 90 days, the rest denied), denied because a network provider
can take over, because the dates fall before the member joined, because the service is no longer needed, because the
request came after the transition period, and a Spanish denial. Appeal within 60 days of the notice / by a printed
date / from receipt; 72-hour fast appeal, 10-day continuation and 120-day State Fair Hearing decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw3 import address, days, fdate, iso, mixed, npi, person, phone, span, staff

FAMILY = "mco_transition_of_care_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"F": "Fernhollow Community Care", "C": "Copperbeech Health Plan"}
PREV = ["Bellwether Family Health Plan", "Osierbrook Health Plan"]
PROV = [("Brackenridge Pediatric Therapy Group", "outpatient physical therapy, 2 visits a week",
         "terapia física ambulatoria, 2 visitas por semana"),
        ("Dr. Thomasina Greatorex", "prenatal care and delivery", "atención prenatal y parto"),
        ("Wyndcliffe Counseling Associates", "outpatient behavioral health therapy, weekly",
         "terapia de salud mental ambulatoria, semanal"),
        ("Dr. Evander Pomfrett", "oncology office visits and infusion", "consultas e infusiones de oncología")]


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "F":
        d.text_line("Lindenmere Health Partners, Inc.", 8, h=4)
        d.text_line("Fernhollow Community Care", 15, "B", h=7)
    else:
        d.text_line("COPPERBEECH", 18, "B", h=7.5)
        d.text_line("Health Plan", 11.5, h=5.4)
    d.text_line(("Plan de atención administrada de Medicaid de Tamsford" if f["es"] else
                 "A Tamsford State Medicaid managed care plan") + f"  |  {f['ph']}  |  TTY 711", 8.2, h=4.4)
    d.rule(0.6, 4)


def block(d: Letter, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(58, 5.1, k)
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def decision(f: dict) -> list[str]:
    k, fd, sv = f["kind"], f["fd"], f["ss"]
    if f["es"]:
        return [f"Negamos su solicitud de seguir recibiendo {f['svc_es']} con {f['prov']} "
                f"{span(f['start'], f['end'], 'es')}. {f['prov']} no está en nuestra red. Usted no está en medio de "
                "un tratamiento activo que un cambio de proveedor pondría en riesgo, y tenemos proveedores de la red "
                "que pueden atenderle. Le ayudaremos a hacer una cita con uno de ellos."]
    if k == "approve":
        return [f"We approved your request. You may keep getting {f['svc']} from {f['prov']} "
                f"{span(f['start'], f['end'], sv)} (90 days), even though this provider is not in our network. "
                "Before that period ends, your care coordinator will help you move to a network provider."]
    if k == "partial":
        return [f"We approved part of your request. {f['prov']} may keep providing {f['svc']} "
                f"{span(f['start'], f['pend'], sv)}, the 90-day transition period.",
                f"We denied the rest of the request, {span(days(f['pend'], 1), f['end'], sv)}. After the transition "
                "period you need to use a provider in our network; we have network providers near you who offer "
                "this service. Your care coordinator will help you choose one."]
    why = {"oon": (f"{f['prov']} is not in our network, and a network provider can take over this care without "
                   "putting your health at risk. Transition-of-care coverage is for members in the middle of a course "
                   "of treatment that cannot safely be moved."),
           "elig": (f"You became a member of our plan on {fd(f['enrolled'])}. The dates you asked about are all "
                    "before that day. We can only cover care on or after the day your membership began; "
                    "care before then is "
                    f"the responsibility of your previous plan, {f['prev']}."),
           "mn": ("Your provider's records show the goals of treatment were met at your last visits. Continuing the "
                  "service is not medically necessary, so there is no ongoing course of treatment to transition."),
           "late": (f"You joined our plan on {fd(f['enrolled'])}. Requests to keep an out-of-network provider must be "
                    f"made during your first 90 days with us. Your request came on {fd(f['recd'])}, after that period "
                    "ended.")}[k]
    return [f"We denied your request to keep getting {f['svc']} from {f['prov']} {span(f['start'], f['end'], sv)}. "
            + why]


def appeal(d: Letter, f: dict) -> None:
    if f["es"]:
        d.text_line("Si no está de acuerdo", 10.3, "B", h=6)
        d.para("Puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. Si su salud corre "
               "peligro, pida una apelación rápida: decidimos en 72 horas. Para que sus servicios continúen "
               "durante la apelación, pídala dentro de 10 días. Después de la apelación puede pedir una "
               "audiencia imparcial del Estado dentro de 120 días.", 9)
        return
    d.text_line("If you disagree: your appeal rights", 10.3, "B", h=6)
    t = {"letter": "You may ask for a plan appeal within 60 days of the date of this notice.",
         "date": f"To appeal, your request must reach us no later than {f['fd'](f['dl'])}.",
         "recv": "You may ask for a plan appeal within 60 days from the day you get this letter."}[f["app"]]
    d.para(t + " If waiting could seriously harm your health, ask for a fast appeal; we decide within 72 hours. To "
           "keep services going during the appeal, ask within 10 days. If we do not decide in your favor, you may ask "
           "for a State Fair Hearing within 120 days of our appeal decision.", 9)


def build(f: dict) -> bytes:
    es = f["es"]
    d = Letter(f"{f['form']}   {'Página' if es else 'Page'} {{p}} / {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.6)
    d.ln(3)
    title = ("Aviso de decisión: transición de la atención" if es else
             "Transition of Care Request Approved" if f["kind"] == "approve" else
             "Notice of Adverse Benefit Determination - Transition of Care")
    d.text_line(title, 12, "B", h=7)
    L = f["labels"]
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["mcaid"]), (L[3], f["prev"]),
            (L[4], f["fd"](f["enrolled"])), (L[5], f["ref"]), (L[6], f"{f['prov']} (NPI {f['npi']})"),
            (L[7], f["svc_es"] if es else f["svc"])]
    if f["row_span"]:
        rows.append((L[8], f"{f['fd'](f['start'])} - {f['fd'](f['end'])}"))
    rows.append((L[9], f["fd"](f["recd"])))
    block(d, rows)
    d.text_line(("Estimado/a " if es else "Dear ") + f["member"] + ":", 9.5, h=6)
    for p in decision(f):
        d.para(p, 9.2)
    if f["kind"] != "approve":
        appeal(d, f)
    d.para(("Preguntas: llame al " if es else "Questions? Call Member Services at ") + f"{f['ph']}. "
           + ("Número de control " if es else "Letter control no. ") + f["ctl"] + ".", 8.4)
    d.text_line(("Atentamente, " if es else "Sincerely, ") + f"{f['signer']}, "
                + ("Coordinación de la atención" if es else "Care Transitions Unit"), 9, h=5)
    return pdf_bytes(d)


LABELS = {
    "a": ["Member", "Member ID", "Medicaid ID", "Previous plan", "Enrolled with us", "Transition of care request #",
          "Out-of-network provider", "Service", "Dates requested", "Request received"],
    "b": ["Enrollee", "Plan ID no.", "State Medicaid no.", "Prior health plan", "Effective date", "TOC case no.",
          "Provider", "Service requested", "Requested period", "Date received"],
    "es": ["Miembro", "Número de miembro", "Número de Medicaid", "Plan anterior", "Fecha de inscripción",
           "Número de solicitud", "Proveedor fuera de la red", "Servicio", "Fechas solicitadas", "Solicitud recibida"]}


def facts(r: random.Random, kind: str, ins: str, ds: str, ss: str, app: str, row_span: bool, lab: str,
          es: bool = False) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    enrolled = dt.date(notice.year, notice.month, 1) - dt.timedelta(days=r.choice([20, 45]) if kind != "late" else 130)
    enrolled = enrolled.replace(day=1)
    start = days(enrolled, -r.randint(10, 25)) if kind == "elig" else days(notice, r.randint(2, 9))
    length = 179 if kind == "partial" else 89
    if kind == "elig":
        start, length = days(enrolled, -r.randint(28, 35)), 0
    prov, svc, svc_es = r.choice(PROV)
    return dict(kind=kind, ins=ins, ss=ss, app=app, row_span=row_span, es=es, fd=lambda x: fdate(x, ds),
                notice=notice, enrolled=enrolled, start=start,
                end=days(enrolled, -1) if kind == "elig" else days(start, length), pend=days(start, 89),
                recd=days(notice, -r.randint(3, 8)), dl=days(notice, 60), member=person(r, "es" if es else "en"),
                addr=address(r, "es" if es else "en"), mid=mixed(r, "FC9A999999" if ins == "F" else "CB-99999A99"),
                mcaid=mixed(r, "TM99999999A"), prev=r.choice(PREV), ref=mixed(r, "TOC-26-99A999"), prov=prov,
                svc=svc, svc_es=svc_es, npi=npi(r), ph=phone(r), ctl=mixed(r, "LC999999"), signer=staff(r),
                labels=LABELS[lab], form=("FCC-TOC-3" if ins == "F" else "CBHP NABD-TOC 02/26"))


DENIAL = {"approve": (None, []), "partial": ("out_of_network", ["other"]), "oon": ("out_of_network", []),
          "elig": ("eligibility", []), "mn": ("medical_necessity", []), "late": ("other", ["timely_filing"])}


def make_truth(f: dict) -> dict:
    ok = f["kind"] == "approve"
    alts: dict = {"member_id": [f["mcaid"]], "service_dates": [[iso(f["start"])]]}
    if f["kind"] == "partial":
        sd = [iso(days(f["pend"], 1), f["end"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    else:
        sd = [iso(f["start"], f["end"])]
    dl = None if ok else {"letter": iso(days(f["notice"], 60)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["notice"], 60))]
    denial, dalt = DENIAL["oon" if f["es"] else f["kind"]]
    return truth("other" if ok else "denial_letter", denial, lang="es" if f["es"] else "en",
                 insurer=ISSUER[f["ins"]], member_id=f["mid"], member_name=f["member"], case_numbers=[f["ref"]],
                 claim_amount=None, service_dates=sd, denial_date=iso(f["notice"]), provider=f["prov"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, kind, plan, date style, span style, appeal, span in a row, labels, Spanish)
PLAN = [
    ("mco_transition_of_care_letter_bd_approved_90_days", "born_digital", "approve", "F", "long", "long", "letter",
     False, "a", False),
    ("mco_transition_of_care_letter_bd_partial_first_90", "born_digital", "partial", "C", "slash", "long", "date",
     True, "b", False),
    ("mco_transition_of_care_letter_scan_network_can_take_over", "scan_clean_300", "oon", "F", "iso", "iso", "letter",
     True, "a", False),
    ("mco_transition_of_care_letter_lowres_before_enrollment", "scan_lowres_150", "elig", "C", "abbr", "abbr", "recv",
     False, "b", False),
    ("mco_transition_of_care_letter_rot_goals_met", "rotated", "mn", "F", "dmy", "long", "date", True, "b", False),
    ("mco_transition_of_care_letter_faxs_request_too_late", "fax_standard_g4", "late", "C", "slash", "slash",
     "letter", False, "a", False),
    ("mco_transition_of_care_letter_phone_es_denied", "phone_photo", "oon", "F", "es", "es", "letter", True, "es",
     True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ss, app, row, lab, es) in enumerate(PLAN):
        f = facts(random.Random(91700 + i), kind, ins, ds, ss, app, row, lab, es)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
