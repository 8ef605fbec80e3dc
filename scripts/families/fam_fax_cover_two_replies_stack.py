"""Family 'fax_cover_two_replies_stack': a health plan's utilization-management fax to a provider office: the
plan's own fax cover sheet, then two separate one-page determination replies (two patients, or two requests for
one patient), plus single one-page replies faxed without the second reply.

Issuers (fictional): Mossgiel Health Plan (logo word "MOSSGIEL" over a line, "Utilization Management"),
Wherwell Community Health Plan (parent line "A Tidworth Health Group company" above the name) and Quidhampton
Health Insurance Company (return-address block on the left, "Clinical Review Unit"). Offices: Owlcroft Orthopedic
Associates and Chilbolton Spine & Pain Center.
Truth: one document per reply; the cover sheet (its own date, page count, fax numbers, the office's name, the
count of determinations and sometimes the patients' initials) is in no document's pages.
Decoys: the request-received date, the peer-to-peer window, the 72-hour expedited appeal, the provider's NPI and
the office's fax number, the approval's validity window, the plan's medical policy number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwc import clinician, other_clinician, days, digits, fdate, iso, local_phone, mixed, npi, person, phone

FAMILY = "fax_cover_two_replies_stack"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUERS = {
    "mossgiel": dict(name="Mossgiel Health Plan", dept="Utilization Management", addr="PO Box 4471, Kalispell, MT 59903",
                     ref="UM-9999999", grp=True),
    "wherwell": dict(name="Wherwell Community Health Plan", dept="Prior Authorization Unit",
                     addr="2200 Vernham Row, Suite 300, Paducah, KY 42001", ref="PA99-999999", grp=False,
                     parent="A Tidworth Health Group company"),
    "quidhampton": dict(name="Quidhampton Health Insurance Company", dept="Clinical Review Unit",
                        addr="PO Box 1180, Oshkosh, WI 54903", ref="QR999999AA", grp=True),
}
OFFICES = {"owlcroft": "Owlcroft Orthopedic Associates", "chilbolton": "Chilbolton Spine & Pain Center"}
LABELS = {1: ["Date", "Patient", "Member ID", "Group No.", "Reference #", "Requesting provider", "Service",
              "Requested date of service"],
          2: ["Decision date", "Member name", "Subscriber ID", "Group", "Authorization request no.",
              "Ordering physician", "Procedure", "Planned date"],
          3: ["Notice date", "Patient name", "ID number", "Employer group", "Case ID", "Requested by",
              "CPT / description", "Scheduled for"],
          "es": ["Fecha", "Paciente", "Número de miembro", "Grupo", "Número de referencia", "Proveedor solicitante",
                 "Servicio", "Fecha prevista del servicio"]}
SERVICES = {"mri": ("72148", "MRI lumbar spine without contrast"),
            "tka": ("27447", "Total knee arthroplasty, right"),
            "esi": ("62323", "Lumbar epidural steroid injection with imaging guidance"),
            "orth": ("L3000", "Custom molded foot orthotics, pair"),
            "prp": ("0232T", "Platelet-rich plasma injection, left elbow"),
            "acdf": ("22551", "Anterior cervical discectomy and fusion, C5-C6"),
            "pt": ("97110", "Physical therapy, 12 additional visits")}
# kind -> (denial type or None, reason text)
REASONS = {
    "mn_kw": ("medical_necessity", "DENIED - medical necessity criteria not met. The records received do not show "
              "six weeks of conservative treatment (physical therapy, anti-inflammatory medication) before the "
              "imaging, and no red-flag findings are documented. Reviewed against medical policy MP-RAD-114."),
    "mn_plain": ("medical_necessity", "Not approved. The office notes show knee pain for four months but no "
                 "X-ray showing bone-on-bone arthritis and no trial of injections or therapy. The surgery is not "
                 "needed at this time based on what we received. A plan physician reviewed this request."),
    "oon": ("out_of_network", "Not approved: the requesting surgeon and the facility are not in the member's HMO "
            "network, and the plan covers out-of-network services only in an emergency. An in-network spine "
            "surgeon can be found in the provider directory."),
    "loc": ("level_of_care", "The procedure is approved, but the inpatient admission requested with it is not. "
            "The setting requested is not needed: this surgery can be done safely as an outpatient at an "
            "ambulatory surgery center. Inpatient level of care denied."),
    "excl": ("not_covered", "Denied. Foot orthotics are excluded under the member's benefit plan (Certificate of "
             "Coverage, Section 7, Exclusions) unless part of a leg brace. This is a benefit exclusion, not a "
             "medical judgment."),
    "exp": ("experimental", "Denied as experimental/investigational: platelet-rich plasma injection for "
            "tendinopathy has not been shown in peer-reviewed studies to improve outcomes (medical policy "
            "MP-MED-208)."),
    "ok": (None, "APPROVED as requested. Authorization is valid for the date range below; the approval is not a "
           "guarantee of payment, which depends on eligibility on the date of service."),
    "rfi": (None, "PENDED - additional information needed. Please fax the last two office notes and the physical "
            "therapy discharge summary within 14 days. No decision has been made on this request."),
    "es_mn": ("medical_necessity", "DENEGADO. Los expedientes recibidos no muestran que la paciente haya completado "
              "un tratamiento conservador (terapia física o medicamentos) antes de la inyección. No cumple los "
              "criterios de necesidad médica de la política MP-PAIN-031."),
}


class Page(Doc):
    def __init__(self, foot: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def fax_band(d: Page, f: dict, page: int, total: int) -> None:
    d.font(7.5)
    d.cell(0, 4, f"{f['band_date']} {f['band_time']}   FROM: {f['fromfax']}   TO: {f['tofax']}   "
           f"P. {page}/{total}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def letterhead(d: Page, key: str) -> None:
    i = ISSUERS[key]
    if key == "mossgiel":
        d.text_line("MOSSGIEL", 22, "B", h=10)
        d.rule(0.8, 1)
        d.text_line(f"Health Plan  |  {i['dept']}  |  {i['addr']}", 8.5, h=4.5)
    elif key == "wherwell":
        d.text_line(i["parent"], 8, align="C", h=4)
        d.text_line(i["name"], 15, "B", align="C", h=7)
        d.text_line(f"{i['dept']} - {i['addr']}", 8.5, align="C", h=4.5)
        d.rule(0.4, 1)
    else:
        d.text_line(i["name"], 11.5, "B", h=5.5)
        d.text_line(i["dept"], 9.5, h=4.6)
        for ln in i["addr"].split(", ", 1):
            d.text_line(ln, 9.5, h=4.6)
    d.ln(3)


def cover(c: dict) -> bytes:
    """The plan's own cover sheet: no determination on it."""
    d = Page()
    d.add_page()
    fax_band(d, c, 1, c["pages"])
    letterhead(d, c["ins"])
    d.text_line("FAX TRANSMISSION" if c["ins"] != "quidhampton" else "Facsimile Cover Sheet", 20, "B", h=11)
    d.ln(3)
    rows = [("To:", c["office"]), ("Attn:", "Referral / Prior Authorization Coordinator"),
            ("Fax:", c["tofax"]), ("From:", ISSUERS[c["ins"]]["name"] + ", " + ISSUERS[c["ins"]]["dept"]),
            ("Phone:", c["ph"]), ("Date:", fdate(c["date"], c["ds"])),
            ("Pages:", f"{c['pages']} (including this cover)"), ("Re:", c["re"])]
    for k, v in rows:
        d.font(11, "B")
        d.cell(26, 7, k)
        d.font(11)
        d.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(c["note"], 10.5)
    d.ln(6)
    d.font(8.5, "B")
    d.cell(0, 5, "CONFIDENTIALITY NOTICE", new_x="LMARGIN", new_y="NEXT")
    d.para("This facsimile contains protected health information that is privileged and confidential under federal "
           "and state law. If you are not the intended recipient, any review or distribution is prohibited; please "
           f"call {c['ph']} and destroy all copies.", 8.5)
    return pdf_bytes(d)


def reply(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    d = Page()
    d.add_page()
    fax_band(d, f, f["pageno"], f["pages"])
    letterhead(d, f["ins"])
    title = {1: "PRIOR AUTHORIZATION DETERMINATION", 2: "Notice of Utilization Review Decision",
             3: "Request Decision - Fax Reply", "es": "DETERMINACIÓN DE AUTORIZACIÓN PREVIA"}["es" if es else f["lab"]]
    d.text_line(title, 13.5, "B", h=7)
    d.ln(2)
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    code, desc = SERVICES[f["svc"]]
    vals = [fd(f["date"]), f["member"], f["mid"], f["grp"] or "", f["ref"], f["doc"] + ", " + f["cred"],
            f"{code} {desc}", fd(f["dos"])]
    rows = [(k, v) for k, v in zip(L, vals) if v]
    if f["lab"] == 1 and not es:
        d.boxes([(L[0], vals[0], 40), (L[4], vals[4], 46), (L[1], vals[1], 48), (L[2], vals[2], 46)], h=11)
        d.boxes([(L[5], vals[5], 70), (L[7], vals[7], 40)] + ([(L[3], vals[3], 70)] if vals[3] else
                                                              [("Office", OFFICES[f["office"]], 70)]), h=11)
        d.boxes([(L[6], vals[6], 180)], h=11)
        d.ln(2)
    else:
        for k, v in rows:
            d.font(9.5, "B")
            d.cell(58, 5.2, k + ":")
            d.font(9.5)
            d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
        d.font(9.5, "B")
        d.cell(58, 5.2, "Consultorio:" if es else "Practice:")
        d.font(9.5)
        d.cell(0, 5.2, OFFICES[f["office"]], new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.font(8.5)
    rec = "Solicitud recibida" if es else "Request received"
    d.cell(0, 4.5, f"{rec}: {fd(f['received'])}    NPI: {f['npi']}    "
           f"{'Fax de la oficina' if es else 'Office fax'}: {f['tofax']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    den, reason = REASONS[f["kind"]]
    d.font(10.5, "B")
    d.cell(0, 6, "Determinación:" if es else "Determination:", new_x="LMARGIN", new_y="NEXT")
    d.para(reason, 10)
    if f["kind"] == "ok":
        d.para(f"Authorized dates: {fd(f['dos'])} through {fd(days(f['dos'], 89))}. Units approved: 1.", 10)
    if den:
        if es:
            d.para(f"El médico que solicitó el servicio puede pedir una conversación con el médico revisor (peer "
                   f"to peer) hasta el {fd(days(f['date'], 7))}. Usted o el miembro pueden apelar dentro de 60 días "
                   "a partir de la fecha de este aviso. Si la salud del miembro está en grave peligro, pida una "
                   "apelación acelerada; decidiremos en 72 horas.", 9.5)
        else:
            d.para(f"Peer-to-peer review: the requesting physician may call {f['ph']} by {fd(days(f['date'], 7))} "
                   "to discuss this decision with the physician reviewer.", 9.5)
            d.para(f["appeal_text"], 9.5)
            d.para("Expedited appeals: if waiting could seriously harm the member's health, ask for an expedited "
                   "appeal; a decision will be made within 72 hours. After the plan's appeal, the member may ask "
                   "for an external review within 4 months.", 9)
    d.ln(2)
    d.font(9)
    d.multi_cell(0, 4.4, ("Revisor: " if es else "Reviewer: ") + f["reviewer"] + ", MD, " +
                 ("Director Médico Asociado" if es else "Associate Medical Director") + "\n" +
                 ("Preguntas" if es else "Questions") + f": {f['ph']}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.font(7.5)
    d.multi_cell(0, 3.6, "Copia enviada al miembro por correo." if es else
                 "A copy of this determination has been mailed to the member. This fax contains protected health "
                 "information.", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def reply_facts(r: random.Random, ins: str, office: str, kind: str, svc: str, lab, ds: str, date: dt.date,
                dl: str, lang: str = "en", member=None, mid=None, grp=None) -> dict:
    i = ISSUERS[ins]
    f = dict(ins=ins, office=office, kind=kind, svc=svc, lab=lab, ds=ds, date=date, lang=lang,
             member=member or person(r, lang), mid=mid or mixed(r, "AAA999999999"),
             grp=(grp or digits(r, 6)) if i["grp"] else None, ref=mixed(r, i["ref"]), doc=clinician(r),
             cred=r.choice(["MD", "DO"]), dos=days(date, r.randint(8, 30)), received=days(date, -r.randint(2, 6)),
             npi=npi(r), ph=phone(r), reviewer=None, dl=dl)
    f["deadline"] = None
    f["dl_alt"] = None
    if dl == "within":
        f["appeal_text"] = ("Appeal rights: the member, or the provider on the member's behalf, may file an appeal "
                            "within 60 days of the date of this notice.")
        f["deadline"] = days(date, 60)
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal_text"] = (f"Appeal rights: a written appeal must be received by {fdate(f['deadline'], ds)}. "
                            "Send it to the address above or fax it to the Appeals Unit.")
    else:
        f["appeal_text"] = ("Appeal rights: the member may appeal within 180 days after receiving this notice; the "
                            "provider may request reconsideration within the timeframe in its participation "
                            "agreement.")
        f["dl_alt"] = days(date, 180)
    return f


def reply_truth(f: dict) -> dict:
    den, _ = REASONS[f["kind"]]
    doc = "denial_letter" if den else "other"
    alts = {"provider": [OFFICES[f["office"]]]}
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    if not den:
        alts["service_dates"] = [[]]
    return truth(doc, den, f["lang"], insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["grp"],
                 member_name=f["member"], case_numbers=[f["ref"]], service_dates=[iso(f["dos"])],
                 denial_date=iso(f["date"]), provider=f["doc"], appeal_deadline=iso(f["deadline"]) if
                 (den and f["deadline"]) else None, alternates=alts)


# (stem, condition, issuer, office, [(kind, svc, labels, deadline style)], date style, same patient)
PLAN = [
    ("fax_cover_two_replies_stack_bd_mn_ok", "born_digital", "mossgiel", "owlcroft",
     [("mn_kw", "mri", 1, "within"), ("ok", "tka", 1, "within")], "slash", False),
    ("fax_cover_two_replies_stack_bd_single_exp", "born_digital", "quidhampton", "owlcroft",
     [("exp", "prp", 3, "receive")], "long", False),
    ("fax_cover_two_replies_stack_scan_oon_loc", "scan_clean_300", "wherwell", "chilbolton",
     [("oon", "esi", 2, "by"), ("loc", "acdf", 2, "by")], "abbr", True),
    ("fax_cover_two_replies_stack_faxf_excl_rfi", "fax_fine_g4", "quidhampton", "owlcroft",
     [("excl", "orth", 3, "within"), ("rfi", "pt", 3, "within")], "iso", False),
    ("fax_cover_two_replies_stack_faxs_mnplain_mn", "fax_standard_g4", "mossgiel", "chilbolton",
     [("mn_plain", "tka", 1, "receive"), ("mn_kw", "mri", 2, "receive")], "dmy", False),
    ("fax_cover_two_replies_stack_copy_es", "photocopy", "mossgiel", "chilbolton",
     [("es_mn", "esi", "es", "within")], "es", False),
    ("fax_cover_two_replies_stack_rot_ok_excl", "rotated", "wherwell", "owlcroft",
     [("ok", "pt", 2, "within"), ("excl", "orth", 1, "within")], "long", True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, office, reps, ds, same) in enumerate(PLAN):
        r = random.Random(96500 + i)
        date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 260))
        tofax, fromfax = local_phone(r), local_phone(r)
        band = dict(band_date=date.strftime("%m/%d/%Y"), band_time=f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}",
                    tofax=tofax, fromfax=fromfax)
        stacked = len(reps) > 1 or i == 1
        total = len(reps) + (1 if stacked else 0)
        docs, first = [], None
        for k, (kind, svc, lab, dl) in enumerate(reps):
            lang = "es" if kind.startswith("es_") else "en"
            kw = {}
            if same and first:
                kw = dict(member=first["member"], mid=first["mid"], grp=first["grp"])
            f = reply_facts(r, ins, office, kind, svc, lab, ds, days(date, -r.randint(0, 1)), dl, lang, **kw)
            if same and first:
                f.update(doc=first["doc"], cred=first["cred"], npi=first["npi"])
                if svc == first["svc"]:
                    f["dos"] = first["dos"]
            f["reviewer"] = other_clinician(r, f["doc"])
            first = first or f
            f.update(band, pageno=k + 1 + (1 if stacked else 0), pages=total)
            docs.append((reply(f), reply_truth(f)))
        seps = None
        if stacked:
            initials = " and ".join("".join(w[0] for w in t["fields"]["member_name"].split() if w[0].isupper())
                                    for _, t in docs)
            c = dict(band, ins=ins, office=OFFICES[office], ph=phone(r), date=date, ds=ds if ds != "es" else "slash",
                     pages=total, re=f"{len(docs)} utilization review determination{'s' if len(docs) > 1 else ''}",
                     note=(f"Attached: determination{'s' if len(docs) > 1 else ''} for patient"
                           f"{'s' if len(docs) > 1 and not same else ''} {initials}. Each determination is a "
                           "separate notice; please file each one in its own patient's chart."))
            seps = [cover(c)] + [None] * (len(docs) - 1)
        items.append(Item(stem, cond, docs, separators=seps))
    return items
