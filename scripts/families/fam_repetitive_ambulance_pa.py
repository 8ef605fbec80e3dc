"""Family 'repetitive_ambulance_pa': prior authorization decisions on repetitive scheduled non-emergency ambulance
transport to dialysis (three round trips a week).

Two issuers: Sunmeadow Health Plan (a Medicare Advantage plan; parent line "Sunmeadow Health Holdings, Inc." above
"SUNMEADOW HEALTH PLAN" and a product line) and Pathwise Transport Management (a transport broker for the fictional
Aldermoor State Medicaid Program, "PATHWISE" over "Transport Management"). The ambulance company asked; the letter goes
to the member. The requested period is a date span (in a sentence or a "from - to" row), the number of round trips
requested and approved, the dialysis center, miles, the HCPCS code, the company's NPI and the request-received date
are printed. Reasons: able to travel by wheelchair van or car (with and without the words "medically necessary"), a
part approved while the rest is denied, trips already made before the request (no prior authorization), an ambulance
company outside the broker's network, no physician certification statement received (Spanish). A standard-mode fax
stack: a cover, a denial and the approval after reconsideration.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq3 import address, days, fdate, iso, mixed, npi, person, phone, span, staff

FAMILY = "repetitive_ambulance_pa"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"S": "Sunmeadow Health Plan", "P": "Pathwise Transport Management"}
AMB = ["Ridgeback Ambulance Service, LLC", "Lanternfield Medical Transport Inc.", "Tri-County Careline Ambulance"]
DIAL = ["Brookhollow Kidney Center", "Eastgate Dialysis Unit"]
NEPH = ["Dr. Hesper Galbraith", "Dr. Florian Matravers"]


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    es = f["lang"] == "es"
    if f["ins"] == "S":
        d.text_line("Sunmeadow Health Holdings, Inc.", 8, h=4.2)
        d.text_line("SUNMEADOW HEALTH PLAN", 15, "B", h=7)
        d.text_line("Sunmeadow Advantage Select (HMO)  |  Utilization Management", 8.6, h=4.6)
    else:
        d.text_line("PATHWISE", 19, "B", h=8)
        d.text_line("Transport Management", 11, h=5.5)
        d.text_line(("Agente de transporte para el Programa Medicaid del Estado de Aldermoor" if es else
                     "Transportation broker for the Aldermoor State Medicaid Program"), 8.4, h=4.6)
    d.text_line(f"{f['ph']}  |  {f['street']}", 8.4, h=4.6)
    d.rule(0.6, 4)


def block(d: Letter, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(58, 5.2, k)
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def trips(a: dt.date, b: dt.date) -> int:
    """Round trips on Monday, Wednesday and Friday between two dates."""
    return sum(1 for i in range((b - a).days + 1) if (a + dt.timedelta(days=i)).weekday() in (0, 2, 4))


def body(f: dict) -> list[str]:
    fd, k, es = f["fd"], f["kind"], f["lang"] == "es"
    per = span(f["start"], f["end"], f["ss"])
    if es:
        return [f"{f['prov']} pidió autorización para {f['req']} viajes redondos en ambulancia (no de emergencia) "
                f"{per}, tres veces por semana, para sus tratamientos de diálisis en {f['dial']}.",
                "Negamos la solicitud. Para aprobar viajes programados en ambulancia necesitamos una declaración de "
                "certificación firmada por su médico (formulario PCS). Pedimos ese formulario a la compañía de "
                f"ambulancias el {fd(f['asked'])} y no lo recibimos en 14 días."]
    first = (f"{f['prov']} asked us to approve {f['req']} scheduled non-emergency ambulance round trips {per} to take "
             f"you to dialysis at {f['dial']} three times a week.")
    if k == "approve":
        return [first, f"We approved this request in full after reviewing the information your nephrologist sent with "
                       f"the reconsideration request of {fd(f['asked'])}. All {f['req']} round trips are approved. "
                       "The ambulance company will schedule your trips."]
    if k == "mn":
        why = ("We denied this request because ambulance transport is not medically necessary for you. To be covered, "
               "an ambulance must be the only safe way to travel: for example, you are bed-confined. The records "
               "show you can get out of bed, sit in a wheelchair and ride safely in a wheelchair van.")
    elif k == "plain":
        why = ("We cannot approve these rides. Your doctor's notes say you walk with a walker, sit in a chair during "
               "dialysis and go home by car with your daughter on days the ambulance is not used. You can travel "
               "another way, so the ambulance is not needed. You may ask us for a wheelchair van or sedan ride.")
    elif k == "partial":
        why = (f"We approved {f['appr']} round trips from {fd(f['start'])} through {fd(f['pend'])} and denied the other "
               f"{f['req'] - f['appr']} round trips, from {fd(days(f['pend'], 1))} through {fd(f['end'])}. The records show "
               "your strength is improving after your hospital stay; after that date you should be able to travel by "
               "wheelchair van. Ambulance transport for those dates is not medically necessary.")
    elif k == "retro":
        why = ("We denied this request because repetitive scheduled ambulance trips must be approved before the first "
               f"trip. The request reached us on {fd(f['recd'])}, after the trips had started on {fd(f['start'])}. "
               "Prior authorization was not obtained, so the trips are not covered.")
    else:
        why = (f"{f['prov']} is not part of the Pathwise transport network and has no agreement with us. We only "
               "approve scheduled trips with network ambulance companies. We have asked a network company to contact "
               "you.")
    return [first, why]


def appeal(d: Letter, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line("Su derecho a apelar" if es else "Your right to appeal", 10.5, "B", h=6)
    if es:
        t = "Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso."
    else:
        t = {"letter": "You or your doctor may appeal within 60 days of the date of this notice.",
             "date": f"Your appeal must reach us by {f['fd'](f['dl'])}.",
             "recv": "You may appeal within 60 days from the date you receive this notice."}[f["app"]]
    extra = (" Si su salud está en peligro, pida una apelación rápida (respuesta en 72 horas). Después de la apelación "
             "puede pedir una audiencia imparcial del Estado dentro de 120 días." if es else
             " If waiting could seriously harm your health, ask for a fast appeal; we answer within 72 hours. "
             + ("After our appeal decision you may ask for a State Fair Hearing within 120 days." if f["ins"] == "P"
                else "If we say no again, your case goes to an independent review entity automatically."))
    d.para(t + extra, 9.2)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Letter(f"{f['form']}   {'Página' if es else 'Page'} {{p}} / {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    title = ("Aviso de acción: transporte en ambulancia denegado" if es else
             "Prior authorization approved" if f["kind"] == "approve" else
             "Notice of Denial of Medical Coverage" if f["ins"] == "S" else "Notice of Action - ambulance trips")
    d.text_line(title, 12.5, "B", h=7)
    L = f["labels"]
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["ref"])]
    if f["kind"] in ("partial", "approve") or f["ins"] == "S":
        rows.append(("Requested period" if not es else "Periodo solicitado",
                     f"{fdate(f['start'], 'slash')} to {fdate(f['end'], 'slash')}"))
    else:
        rows.append(("Primer viaje" if es else "First trip requested", f["fd"](f["start"])))
    rows += [("Ambulance company" if not es else "Compañía de ambulancia", f["prov"]),
             ("Provider NPI" if not es else "NPI", f["npi"]),
             ("Service" if not es else "Servicio", "A0428 BLS non-emergency, round trip"),
             ("Destination" if not es else "Destino", f"{f['dial']} ({f['miles']} miles each way)"),
             ("Ordering physician" if not es else "Médico", f["neph"]),
             ("Round trips requested" if not es else "Viajes solicitados", str(f["req"])),
             ("Round trips approved" if not es else "Viajes aprobados", str(f["appr"])),
             ("Request received" if not es else "Solicitud recibida", f["fd"](f["recd"]))]
    block(d, rows)
    d.text_line(("Estimado/a " if es else "Dear ") + f["member"] + ":", 9.5, h=6)
    for p in body(f):
        d.para(p, 9.4)
    if f["kind"] != "approve":
        appeal(d, f)
    d.text_line(("Atentamente, " if es else "Sincerely, ") + f"{f['signer']}, "
                + ("Utilization Review Nurse" if f["ins"] == "S" else "Transport Review"), 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, ds: str, ss: str, app: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 19) + dt.timedelta(days=r.randint(0, 160))
    start = days(notice, r.randint(3, 12)) if kind != "retro" else days(notice, -r.randint(14, 20))
    while start.weekday() != 0:
        start = days(start, 1)
    end = days(start, 59)
    req = trips(start, end)
    pend = days(start, 18) if kind == "partial" else end
    appr = {"partial": trips(start, pend), "approve": req}.get(kind, 0)
    recd = days(notice, -r.randint(2, 6)) if kind != "retro" else days(start, r.randint(9, 12))
    asked = days(notice, -r.randint(17, 25))
    if kind == "pcs":
        recd = days(notice, -r.randint(18, 20))
        asked = days(recd, 1)
    return dict(kind=kind, ins=ins, ss=ss, app=app, lang=lang, notice=notice, fd=lambda x: fdate(x, ds),
                member=person(r, lang), addr=address(r, lang), start=start, end=end, pend=pend, req=req, appr=appr,
                recd=recd, asked=asked, prov=r.choice(AMB), npi=npi(r), dial=r.choice(DIAL),
                neph=r.choice(NEPH), miles=r.randint(9, 31), dl=days(notice, 60), ph=phone(r),
                street=f"{r.randint(100, 990)} Wayfarer Boulevard", signer=staff(r),
                mid=mixed(r, "SM9A99999A" if ins == "S" else "AL99999999A"),
                ref=mixed(r, "PA-26-9999A9" if ins == "S" else "RT99A99999"),
                labels=(["Member", "Member ID", "Authorization request #"] if ins == "S" else
                        ["Miembro", "Número de Medicaid", "Número de solicitud"] if lang == "es" else
                        ["Enrollee", "Medicaid ID no.", "Trip request no."]),
                form=("SHP-PA-DEN-2" if ins == "S" else "PTM-NOA-11 (02/26)"))


def make_truth(f: dict) -> dict:
    ok = f["kind"] == "approve"
    alts: dict = {}
    if f["kind"] == "partial":
        sd = [iso(days(f["pend"], 1), f["end"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
    else:
        sd = [iso(f["start"], f["end"])]
        alts["service_dates"] = [[iso(f["start"])]]
    dl = None if ok else {"letter": iso(days(f["notice"], 60)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["notice"], 60)), iso(days(f["notice"], 65))]
    denial, dalt = {"approve": (None, []), "mn": ("medical_necessity", []), "plain": ("medical_necessity", []),
                    "partial": ("medical_necessity", []), "retro": ("prior_authorization", []),
                    "oon": ("out_of_network", []), "pcs": ("other", ["medical_necessity"])}[f["kind"]]
    return truth("other" if ok else "denial_letter", denial, lang=f["lang"], insurer=ISSUER[f["ins"]],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["ref"]], claim_amount=None,
                 service_dates=sd, denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=dl,
                 alternates=alts, denial_alternates=dalt)


# (stem, condition, kind, issuer, date style, span style, appeal, lang)
PLAN = [
    ("repetitive_ambulance_pa_bd_ma_wheelchair_van", "born_digital", "mn", "S", "long", "long", "letter", "en"),
    ("repetitive_ambulance_pa_bd_broker_partial", "born_digital", "partial", "P", "slash", "long", "date", "en"),
    ("repetitive_ambulance_pa_scan_ma_trips_before_request", "scan_clean_300", "retro", "S", "abbr", "abbr", "recv",
     "en"),
    ("repetitive_ambulance_pa_lowres_broker_out_of_network", "scan_lowres_150", "oon", "P", "iso", "iso", "letter",
     "en"),
    ("repetitive_ambulance_pa_rot_pcs_missing_es", "rotated", "pcs", "P", "es", "es", "letter", "es"),
    ("repetitive_ambulance_pa_copy_ma_plain_words", "photocopy", "plain", "S", "dmy", "dmy", "date", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ss, app, lang) in enumerate(PLAN):
        f = facts(random.Random(84200 + i), kind, ins, ds, ss, app, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # the fax stack: cover sheet, a denial, then the approval after reconsideration for the same member
    r = random.Random(84299)
    f = facts(r, "mn", "P", "slash", "long", "letter")
    g = dict(f, kind="approve", appr=f["req"], asked=days(f["notice"], 6), notice=days(f["notice"], r.randint(12, 18)),
             ref=f["ref"][:-1] + "R")
    items.append(Item("repetitive_ambulance_pa_faxs_stack_denial_then_approval", "fax_standard_g4",
                      [(build(f), make_truth(f)), (build(g), make_truth(g))], separators=["cover", None]))
    return items
