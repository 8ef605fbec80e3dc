"""Family 'hospital_prior_auth_fax_reply': one-page fax replies from a health plan's utilization management (UM)
department to a hospital's case management office: a fax header strip, a To/From block, a checkbox decision grid
(APPROVED / DENIED / PENDED / PARTIALLY APPROVED) with units requested and approved, an authorization number, the
reviewer's name and credentials, a short rationale and the appeal / peer-to-peer lines; one reply in Spanish
(a Puerto Rico plan), one stack of a fax cover sheet and two replies sent together.

Issuers: Hollyoak Health Plan (logo word over a line, "Utilization Management" under it) and Novagard Community
Health Plan (parent company line above the name, return address block). Decoys: the hospital's fax and the
plan's fax numbers, the date the request was received, the attending physician, the NPI, the next review date,
the peer-to-peer deadline (5 business days) and the expedited-appeal time limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famva import clinician, days, digits, fax, fdate, iso, mixed, npi, person, phone

FAMILY = "hospital_prior_auth_fax_reply"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Hollyoak Health Plan"
H2 = "Novagard Community Health Plan"
HOSP = ["Oakhollow Regional Hospital", "Medford Pines Medical Center", "Joplin Mercyridge Hospital"]
HOSP_ES = "Hospital Comunitario de Aguadilla"
LABELS = {1: ["Date", "Member", "Member ID", "Group", "Auth #", "Requesting facility", "Service date(s)",
              "Attending"],
          2: ["Fax date", "Patient name", "ID number", "Group no.", "Authorization number", "Facility",
              "Dates requested", "Ordering physician"],
          3: ["Date sent", "Patient", "Subscriber ID", "Employer group", "Reference no.", "Hospital",
              "Admit / service date", "Physician"],
          "es": ["Fecha", "Paciente", "Núm. de afiliado", "Grupo", "Núm. de autorización", "Hospital",
                 "Fecha(s) de servicio", "Médico"]}
SERVICES = {"inpt": ("Inpatient admission, acute (DRG 292)", "0120", "days"),
            "mri": ("MRI brain with and without contrast", "70553", "units"),
            "pt": ("Outpatient physical therapy", "97110", "visits"),
            "surg": ("Laparoscopic cholecystectomy", "47562", "units"),
            "snf": ("Skilled nursing facility stay", "0191", "days"),
            "ct": ("CT angiography chest", "71275", "units")}


class Page(Doc):
    def __init__(self, foot):
        super().__init__("DejaVu", footer=foot, margins=(17, 12, 17))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, ins, lab, ds, lang, kind, serv, app):
    sent = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 230))
    start = days(sent, r.randint(-1, 12)) if kind != "retro" else days(sent, -r.randint(20, 40))
    req = r.choice([3, 5, 6]) if serv in ("inpt", "snf") else (r.choice([12, 16]) if serv == "pt" else 1)
    end = days(start, req - 1) if serv in ("inpt", "snf") else (days(start, 55) if serv == "pt" else None)
    appr = {"approved": req, "partial": req // 2, "pended": 0}.get(kind, 0)
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, lang=lang, kind=kind, serv=serv, app=app, sent=sent, start=start,
             end=end, req=req, appr=appr, member=person(r, lang), mid=(mixed(r, "HYK99999999") if ins == H1 else
                                                                      mixed(r, "NCH-9999999-99")),
             grp=digits(r, 6) if ins == H1 else mixed(r, "GA9999"), auth=(mixed(r, "UM26-999999") if ins == H1 else
                                                                        "PA" + digits(r, 9)),
             hosp=HOSP_ES if lang == "es" else r.choice(HOSP), doc=clinician(r), npi=npi(r), pfax=fax(r),
             hfax=fax(r), ph=phone(r), recv=days(sent, -r.randint(1, 3)), rev=clinician(r), box=digits(r, 4),
             t=f"{r.randint(8, 16):02d}:{r.randint(10, 59)}", nrd=days(start, 2))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    d.set_font("DejaVu", "", 7.4)
    d.cell(0, 4, f"FROM: {f['pfax']}   {f['fd'](f['sent'])} {f['t']}   P. 1/1", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    if f["ins"] == H1:
        d.set_font("DejaVu", "B", 20)
        d.cell(0, 9, "HOLLYOAK", new_x="LMARGIN", new_y="NEXT")
        d.rule(0.8, 1)
        d.set_font("DejaVu", "", 8.4)
        d.cell(0, 4.5, f"{H1}  ·  Utilization Management  ·  Fax {f['pfax']}", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font("DejaVu", "", 7.8)
        d.cell(0, 4, "A member of the Brisbois Health Cooperative family of plans", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 13)
        d.cell(0, 6.5, H2, new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 8.2)
        d.multi_cell(110, 4, f"Utilization Management Department\nPO Box {f['box']}, Joplin, MO 64802\n"
                     f"Phone {f['ph']}   Fax {f['pfax']}", new_x="LMARGIN", new_y="NEXT")
        d.rule(0.5, 1)
    d.ln(2)


def title(d, f):
    es = f["lang"] == "es"
    d.set_font("DejaVu", "B", 12.5)
    d.cell(0, 7, "RESPUESTA A SOLICITUD DE AUTORIZACIÓN PREVIA" if es else "PRIOR AUTHORIZATION DETERMINATION - FAX",
           align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 9)
    d.cell(0, 5, (f"Para: Manejo de Casos, {f['hosp']}   Fax: {f['hfax']}" if es else
                  f"To: Case Management, {f['hosp']}   Fax: {f['hfax']}"), new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def grid(d, f):
    L, fd = f["lab"], f["fd"]
    dates = fd(f["start"]) + (f" - {fd(f['end'])}" if f["end"] else "")
    cells = [[(L[0], fd(f["sent"]), 40), (L[1], f["member"], 70), (L[2], f["mid"], 66)],
             [(L[3], f["grp"], 40), (L[4], f["auth"], 70), (L[6], dates, 66)],
             [(L[5], f["hosp"], 110), (L[7], f"{f['doc']}, MD", 66)]]
    for row in cells:
        d.boxes(row, h=11, value_size=9.4)
    d.ln(3)
    es = f["lang"] == "es"
    name, code, unit = SERVICES[f["serv"]]
    d.table(["Servicio" if es else "Service requested", "Código" if es else "Code",
             "Solicitado" if es else "Requested", "Aprobado" if es else "Approved"],
            [[name, code, f"{f['req']} {unit}", f"{f['appr']} {unit}"]], [92, 24, 30, 30], size=9,
            aligns="LLRR", head_fill=True)
    opts = (["APROBADO", "DENEGADO", "PENDIENTE", "PARCIALMENTE APROBADO"] if es else
            ["APPROVED", "DENIED", "PENDED", "PARTIALLY APPROVED"])
    mark = {"approved": 0, "pended": 2, "partial": 3}.get(f["kind"], 1)
    d.set_font("DejaVu", "B", 9.6)
    d.cell(0, 5, "Decisión:" if es else "Determination:", new_x="LMARGIN", new_y="NEXT")
    x0, y = d.l_margin + 2, d.get_y() + 1
    for i, o in enumerate(opts):
        x = x0 + i * 43
        d.rect(x, y, 4, 4)
        if i == mark:
            d.line(x, y, x + 4, y + 4)
            d.line(x, y + 4, x + 4, y)
        d.set_xy(x + 5.5, y - 0.4)
        d.set_font("DejaVu", "B" if i == mark else "", 8.6)
        d.cell(36, 5, o)
    d.set_y(y + 8)


def rationale(f) -> str:
    k, s = f["kind"], f["serv"]
    if k == "approved":
        return (f"The request meets criteria. Authorization {f['auth']} is valid for the dates and units shown. "
                f"Next review date: {f['fd'](f['nrd'])}. Authorization is not a guarantee of payment; benefits "
                f"depend on eligibility on the date of service.")
    if k == "pended":
        return ("Pended for clinical information. Please fax the H&P, current vital signs, labs and the "
                "physician's progress notes within 2 business days. No decision has been made on this request.")
    if k == "partial":
        return (f"{f['appr']} of the {f['req']} visits requested are approved. Clinical criteria (MCG) support a "
                "shorter course; the remaining visits are not medically necessary at this time. A new request "
                "with objective progress measures may be submitted.")
    if k == "loc":
        return ("The clinical information does not meet InterQual acute inpatient criteria. The patient's "
                "condition can be safely managed in observation status. Inpatient admission is denied; observation "
                "services are approved under the same authorization number.")
    if k == "oon":
        return ("The facility is not in the member's network and the same service is available at a "
                "participating facility within the service area. Out-of-network benefits are not available under "
                "this HMO plan.")
    if k == "retro":
        return ("The request was received after the service was provided. Prior authorization was required and "
                "was not obtained before the service; retro-authorization does not apply because there was no "
                "emergency.")
    if k == "es":
        return ("La información clínica no cumple los criterios de necesidad médica para este estudio. No se "
                "documentó tratamiento conservador previo. Se deniega la solicitud.")
    return ("Imaging is not supported by the records: no red-flag findings and no trial of conservative care. The "
            "request is denied as not medically necessary.")


def appeal(f) -> str:
    fd, a = f["fd"], f["app"]
    if f["lang"] == "es":
        return ("El médico puede pedir una conversación con el revisor (peer-to-peer) dentro de 5 días laborables. "
                "Para apelar, envíe su solicitud dentro de 60 días a partir de la fecha de este aviso.")
    p2p = f"Peer-to-peer review is available within 5 business days: call {f['ph']}. "
    if a == "date":
        return p2p + f"A written appeal must be received no later than {fd(days(f['sent'], 60))}."
    if a == "letter":
        return p2p + ("Standard appeals must be filed within 60 days of the date of this notice; expedited appeals "
                      "are decided within 72 hours.")
    return p2p + "The member or provider may appeal within 180 days of receipt of this determination."


def build(f) -> bytes:
    es = f["lang"] == "es"
    d = Page(("CONFIDENCIAL: información de salud protegida." if es else
              "CONFIDENTIAL: this fax contains protected health information. If received in error, call "
              + f["ph"] + "."))
    d.add_page()
    letterhead(d, f)
    title(d, f)
    grid(d, f)
    d.text_line("Justificación" if es else "Rationale", 10, "B", h=5.5)
    d.para(rationale(f), 9.2)
    if f["kind"] not in ("approved", "pended"):
        d.text_line("Apelación" if es else "Appeal rights", 10, "B", h=5.5)
        d.para(appeal(f), 9)
    d.para(("Revisor: " if es else "Reviewer: ") + f"{f['rev']}, MD, " +
           ("Director Médico" if es else "Medical Director") + f"   (NPI {f['npi']})", 9)
    d.para((f"Solicitud recibida: {f['fd'](f['recv'])}" if es else f"Request received: {f['fd'](f['recv'])}"), 8.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k = f["kind"]
    den, dalt = {"approved": (None, []), "pended": (None, []), "partial": ("medical_necessity", []),
                 "loc": ("level_of_care", ["medical_necessity"]), "oon": ("out_of_network", []),
                 "retro": ("prior_authorization", []), "es": ("medical_necessity", []),
                 "mednec": ("medical_necessity", [])}[k]
    dl, alts = None, {"provider": [f["doc"]]}
    if den:
        if f["lang"] == "es" or f["app"] in ("letter", "date"):
            dl = iso(days(f["sent"], 60))
        else:
            alts["appeal_deadline"] = [iso(days(f["sent"], 180))]
    return truth("denial_letter" if den else "other", den, f["lang"], insurer=f["ins"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["auth"]],
                 service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["sent"]), provider=f["hosp"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, plan, labels, date style, lang, kind, service, appeal wording)
PLAN = [
    ("hospital_prior_auth_fax_reply_bd_approved_surgery", "born_digital", H1, 1, "slash", "en", "approved", "surg",
     "letter"),
    ("hospital_prior_auth_fax_reply_faxs_inpatient_to_observation", "fax_standard_g4", H2, 2, "long", "en", "loc",
     "inpt", "letter"),
    ("hospital_prior_auth_fax_reply_faxf_resonancia_es", "fax_fine_g4", H1, "es", "es", "es", "es", "mri",
     "letter"),
    ("hospital_prior_auth_fax_reply_copy_out_of_network", "photocopy", H2, 3, "abbr", "en", "oon", "ct", "date"),
    ("hospital_prior_auth_fax_reply_lowres_retro_no_auth", "scan_lowres_150", H1, 2, "iso", "en", "retro", "mri",
     "recv"),
    ("hospital_prior_auth_fax_reply_phone_pt_partial", "phone_photo", H2, 1, "dmy", "en", "partial", "pt", "letter"),
]
STACK = [("snf", "pended", H1, 3, "short", "letter"), ("ct", "mednec", H1, 3, "short", "date")]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, lang, kind, serv, app) in enumerate(PLAN):
        f = facts(random.Random(91100 + i), ins, lab, ds, lang, kind, serv, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    docs = []
    for j, (serv, kind, ins, lab, ds, app) in enumerate(STACK):
        f = facts(random.Random(91150 + j), ins, lab, ds, "en", kind, serv, app)
        docs.append((build(f), make_truth(f)))
    items.append(Item("hospital_prior_auth_fax_reply_faxf_cover_two_replies", "fax_fine_g4", docs,
                      separators=["cover", None]))
    return items
