"""Family 'ny_medicaid_mmc_initial_adverse_determination': New York Medicaid managed care plans' Initial Adverse
Determination notices (services denied, reduced or partly approved), plus one Notice of Extension that decides
nothing yet.

Modelled on the layout and wording of New York State Department of Health's public model "Initial Adverse
Determination" notice for Medicaid Managed Care / HARP plans (values invented): plan letterhead, a "Re:" block,
"<Plan> has reviewed the request for <service> from <provider> dated <date>", "This request is: Denied / Approved in
part / Reduced", "Why did we make this decision?", "This decision is called an Initial Adverse Determination",
"What if I do not agree with this decision?" (Plan Appeal within 60 calendar days of the date of this notice),
"Will my services stay the same while I wait for a decision?" (aid continuing: ask within 10 days of the date of
this notice or by the date the change takes effect), "What happens next?" (State Fair Hearing within 120 days of the
Final Adverse Determination; External Appeal within 4 months), "Get help" (Independent Consumer Advocacy Network),
OTDA Fair Hearings address.

Layouts (three invented plans):
- Wadden Valley Health Plan: logo word "WADDEN VALLEY" over a rule, address/phone line.
- Oudega Community Care, Inc.: parent line "A member of the Tjaarda Health Network" above the centred name.
- Bolsward Health of New York: return-address block (Utilization Management / PO Box / city).
Decoys: the request date, the nurse assessment date, the Medicaid CIN beside the member ID, the current
authorization's end date, aid-continuing 10-day sentence, 120-day fair hearing, 4-month external appeal, the plan's
reviewer with credentials, the OTDA address.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundab_fambb import address, clinician, days, fdate, iso, mixed, npi, pairs, person, phone

FAMILY = "ny_medicaid_mmc_initial_adverse_determination"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"wad": "Wadden Valley Health Plan", "oud": "Oudega Community Care, Inc.", "bol": "Bolsward Health of New York"}
INS_ALT = {"wad": ["Wadden Valley"], "oud": ["Oudega Community Care"], "bol": ["Bolsward Health"]}
LABELS = {
    1: dict(date="Date", member="Member name", mid="Member ID", case="Case number", prov="Provider",
            svc="Service requested", when="Date(s) of service", plan="Plan", cin="Medicaid CIN", req="Request received"),
    2: dict(date="Notice date", member="Enrollee", mid="Plan member ID #", case="Reference #",
            prov="Requesting provider", svc="Service / item", when="Requested start date", plan="Plan ID",
            cin="Client ID (CIN)", req="Date of request"),
    3: dict(date="Date of this notice", member="Name", mid="ID #", case="UM case no.", prov="Ordered by",
            svc="What was asked for", when="Dates requested", plan="Product", cin="CIN", req="We got the request on"),
    "es": dict(date="Fecha del aviso", member="Afiliado", mid="Número de identificación del afiliado",
               case="Número de caso", prov="Proveedor que lo pidió", svc="Servicio solicitado",
               when="Fecha solicitada", plan="Plan", cin="CIN de Medicaid", req="Fecha de la solicitud"),
}
# kind -> (doc type, denial, denial alternates, lang)
KINDS = {
    "pcs_reduce": ("denial_letter", "medical_necessity", ["level_of_care"], "en"),
    "oon": ("denial_letter", "out_of_network", None, "en"),
    "irf": ("denial_letter", "level_of_care", ["medical_necessity"], "en"),
    "es_wheelchair": ("denial_letter", "medical_necessity", None, "es"),
    "extension": ("other", None, None, "en"),
    "ortho": ("denial_letter", "not_covered", None, "en"),
    "pt_partial": ("denial_letter", "medical_necessity", None, "en"),
}
PROVS = {"pcs_reduce": "Makkum Home Care Services", "oon": "Stavoren Orthopedic Associates",
         "irf": "Joure Rehabilitation Hospital", "es_wheelchair": "Workum Mobility Supply",
         "extension": "Heeg Sleep Diagnostics", "ortho": "Oostergo Family Dental",
         "pt_partial": "Sloten Physical Therapy"}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "wad":
        d.text_line("WADDEN VALLEY", 22, "B", h=9)
        d.rule(0.9, 1.5)
        d.text_line(f"Wadden Valley Health Plan  |  118 Terp Street, Norwich, NY 13815  |  {f['ph']}  |  TTY 711", 8,
                    h=4)
        d.ln(4)
    elif f["ins"] == "oud":
        d.text_line("A member of the Tjaarda Health Network", 7.5, align="C", h=3.8)
        d.text_line("Oudega Community Care, Inc.", 14, "B", align="C", h=7)
        d.text_line(f"Medicaid Managed Care  ·  Health and Recovery Plan (HARP)  ·  Member Services {f['ph']}", 8,
                    align="C", h=4)
        d.rule(0.4, 4)
    else:
        for ln, sz, st in (("Bolsward Health of New York", 12.5, "B"), ("Utilization Management Department", 9, ""),
                           ("PO Box 4417", 9, ""), ("Gloversville, NY 12078", 9, "")):
            d.text_line(ln, sz, st, h=4.7)
        d.ln(4)


def notice(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    k = f["kind"]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{L['date']}: {fd(f['date'])}", 10, h=5)
    d.ln(1.5)
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 10, h=4.7)
    d.ln(3)
    if k == "extension":
        title = "Notice of Extension"
    else:
        title = "Determinación adversa inicial" if es else "Initial Adverse Determination"
    d.text_line(title, 13, "B", align="C", h=7)
    d.ln(1)
    when = fd(f["svc"]) if not f.get("svc_end") else f"{fd(f['svc'])} to {fd(f['svc_end'])}"
    if es:
        when = fd(f["svc"]) if not f.get("svc_end") else f"del {fd(f['svc'])} al {fd(f['svc_end'])}"
    rows = [(L["member"], f["member"]), (L["mid"], f["mid"]), (L["cin"], f["cin"])]
    if f.get("plan"):
        rows.append((L["plan"], f["plan"]))
    rows += [(L["case"], f["case"]), (L["prov"], f"{f['prov']} (NPI {f['pnpi']})"), (L["svc"], f["svc_text"]),
             (L["when"], when), (L["req"], fd(f["req"]))]
    pairs(d, rows, kw=62 if es else 48, size=9.4)
    name = INS[f["ins"]]
    if es:
        d.para(f"{name} revisó la solicitud de {f['svc_text']} de {f['prov']} con fecha {fd(f['req'])}. "
               "Esta solicitud fue: DENEGADA.", 9.8)
        d.text_line("¿Por qué tomamos esta decisión?", 10.5, "B", h=6)
        d.para(f"La silla de ruedas eléctrica no es médicamente necesaria para usted en este momento. La evaluación "
               f"de su terapeuta del {fd(f['assess'])} muestra que usted puede moverse dentro de su casa con una "
               "silla de ruedas manual y que puede usarla sin ayuda. Esta decisión se llama Determinación adversa "
               f"inicial. La tomó {f['rev']}, MD, médico revisor del plan.", 9.8)
        d.text_line("¿Qué pasa si no estoy de acuerdo con esta decisión?", 10.5, "B", h=6)
        d.para("Puede pedir una Apelación del Plan. Tiene 60 días calendario a partir de la fecha de este aviso para "
               "pedir una Apelación del Plan. Puede llamarnos o escribirnos a la dirección de arriba.", 9.6)
        d.text_line("¿Qué pasa después?", 10.5, "B", h=6)
        d.para("Si después de la Apelación del Plan mantenemos nuestra decisión, puede pedir una Audiencia Imparcial "
               "del Estado dentro de 120 días a partir de la fecha del aviso de Determinación adversa final. "
               "NYS Office of Temporary and Disability Assistance, Office of Administrative Hearings, PO Box 22023, "
               "Albany, NY 12201.", 9.2)
        d.text_line("Obtenga ayuda", 10.5, "B", h=6)
        d.para(f"Servicios al Afiliado: {f['ph']} (TTY 711). Red Independiente de Defensa del Consumidor (ICAN): "
               "1-844-555-7146.", 9.2)
        return pdf_bytes(d)
    if k == "extension":
        d.para(f"{name} has received the request for {f['svc_text']} from {f['prov']} dated {fd(f['req'])}. We need "
               "more information to make a decision, so we are taking up to 14 more days to decide.", 9.8)
        d.text_line("What information do we need?", 10.5, "B", h=6)
        d.para(f"We asked {f['prov']} for the sleep questionnaire and the notes from your last visit. If we get the "
               f"information, we will decide by {fd(f['decide_by'])}. You or your provider can also send it to us "
               "by fax at 1-866-555-7310.", 9.8)
        d.text_line("What if I do not agree with this extension?", 10.5, "B", h=6)
        d.para("If you think this extension is not in your best interest, you can file a complaint with us by calling "
               "Member Services. This is not a denial, and no appeal is needed now. We will send you a written "
               "decision. You may also call the New York State Department of Health at 1-800-555-7072.", 9.6)
        d.text_line("Get help", 10.5, "B", h=6)
        d.para(f"Member Services: {f['ph']} (TTY 711). Independent Consumer Advocacy Network (ICAN): 1-844-555-7146.",
               9.2)
        return pdf_bytes(d)
    decided = {"pcs_reduce": "REDUCED", "pt_partial": "APPROVED IN PART", "oon": "DENIED", "irf": "DENIED",
               "ortho": "DENIED"}[k]
    d.para(f"{name} has reviewed the request for {f['svc_text']} from {f['prov']} dated {fd(f['req'])}. "
           f"This request is: {decided}.", 9.8)
    d.text_line("Why did we make this decision?", 10.5, "B", h=6)
    why = {
        "pcs_reduce": (f"Your nurse assessment on {fd(f['assess'])} shows that you need help with bathing, dressing "
                       "and meals, but you can move around your home and take your medicines on your own. The "
                       "hours you need for this help are 25 hours a week, not the 40 hours a week you get now. "
                       f"Your personal care hours will change on {fd(f['svc'])}. Your current authorization runs "
                       f"through {fd(f['auth_end'])}."),
        "oon": (f"{f['prov']} is not in our network. We have participating orthopedic surgeons within 15 miles "
                "of your home who can do this surgery, for example at Tjaarda Bone and Joint Center. Out-of-network "
                "care is approved only when no plan provider has the training and experience you need."),
        "irf": ("You no longer need the level of care given in an inpatient rehabilitation hospital, which requires "
                "three hours of therapy a day. Your doctors' notes show you can take part in about one hour of "
                "therapy a day. Your care can safely be given in a skilled nursing facility, which we have "
                "approved instead."),
        "ortho": ("Braces (comprehensive orthodontic treatment) for members age 21 and over are not a covered "
                  "benefit of the Medicaid Managed Care benefit package, except after a covered surgery or an "
                  "injury. Your records do not show either one."),
        "pt_partial": (f"Your therapist asked for 20 visits. We approved 12 visits from {fd(f['svc'])} through "
                       f"{fd(f['appr_end'])} (authorization {f['appr_no']}). We denied the other 8 visits: "
                       "your progress notes show you reached most of your goals, and the rest can be met with "
                       "your home exercise program."),
    }[k]
    d.para(why, 9.8)
    d.para(f"This decision is called an Initial Adverse Determination. It was made by {f['rev']}, MD, a plan "
           "medical director, using the plan's clinical review criteria. You can ask for a free copy of them.", 9.4)
    d.text_line("What if I do not agree with this decision?", 10.5, "B", h=6)
    d.para(f["appeal"], 9.4)
    d.text_line("Will my services stay the same while I wait for a decision?", 10.5, "B", h=6)
    d.para("If we are reducing, suspending or stopping a service you get now, you can ask to keep getting it during "
           "your Plan Appeal (aid continuing). You must ask within 10 days of the date of this notice or by the date "
           "the change takes effect, whichever is later.", 9.2)
    d.text_line("What happens next?", 10.5, "B", h=6)
    d.para("If we still say no after your Plan Appeal, you can ask for a State Fair Hearing within 120 days of the "
           "date of the Final Adverse Determination notice, and you may ask for an External Appeal within 4 months. "
           "NYS OTDA, Office of Administrative Hearings, PO Box 22023, Albany, NY 12201.", 9.0)
    d.text_line("Get help", 10.5, "B", h=6)
    d.para(f"Member Services: {f['ph']} (TTY 711). Independent Consumer Advocacy Network (ICAN): 1-844-555-7146. "
           f"cc: {f['prov']}; {f['doc']}, MD", 8.8)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, dl: str) -> dict:
    doc_type, den, dalt, lang = KINDS[kind]
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 170))
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, lang=lang, date=date, doc_type=doc_type, den=den, dalt=dalt,
             member=person(r, lang), addr=address(r, lang, ny=True), ph=phone(r), doc=clinician(r), rev=clinician(r),
             pnpi=npi(r), prov=PROVS[kind], cin=mixed(r, "AA99999A"),
             mid={"wad": mixed(r, "WV99999999"), "oud": mixed(r, "OCC-9999999"), "bol": mixed(r, "B999999999")}[ins],
             plan={"wad": None, "oud": "HARP-" + mixed(r, "9A9"), "bol": "MMC-" + mixed(r, "99A")}[ins] if lab == 2
             else None,
             case={"wad": mixed(r, "UM99-999999"), "oud": mixed(r, "99999999A"), "bol": mixed(r, "BH-999999-9")}[ins])
    f["svc_text"] = {"pcs_reduce": "personal care services, 40 hours a week",
                     "oon": "right total knee replacement (27447)",
                     "irf": "admission to an inpatient rehabilitation hospital",
                     "es_wheelchair": "una silla de ruedas eléctrica (K0823)",
                     "extension": "an in-lab sleep study (95810)",
                     "ortho": "comprehensive orthodontic treatment (D8080)",
                     "pt_partial": "20 physical therapy visits"}[kind]
    f["req"] = days(date, -r.randint(3, 12))
    f["assess"] = days(f["req"], -r.randint(6, 20))
    f["auth_end"] = f["appr_end"] = f["assess"]  # used only by the kinds that set them below
    f["appr_no"] = ""
    if kind == "pcs_reduce":
        f["svc"] = days(date, 15)
        f["auth_end"] = days(date, r.randint(60, 90))
    elif kind == "pt_partial":
        f["svc"] = days(date, r.randint(3, 7))
        f["svc_end"] = days(f["svc"], 55)
        f["appr_end"] = days(f["svc"], 34)
        f["appr_no"] = mixed(r, "A999999")
    elif kind == "irf":
        f["svc"] = days(date, 1)
    else:
        f["svc"] = days(date, r.randint(7, 25))
    f["decide_by"] = days(date, 14)
    if dl == "within":
        f["deadline"] = days(date, 60)
        f["appeal"] = ("You can ask for a Plan Appeal. You have 60 calendar days from the date of this notice to ask "
                       "for a Plan Appeal. You can call Member Services or write to us at the address above. You, "
                       "your provider or someone you trust can ask for you.")
    elif dl == "by":
        f["deadline"] = days(date, 60)
        f["appeal"] = (f"You can ask for a Plan Appeal. We must get your Plan Appeal by {fdate(f['deadline'], ds)} "
                       "(60 days from the date of this notice). Call Member Services or write to the address above.")
    else:
        f["deadline"] = None
        f["dl_alt"] = days(date, 60)
        f["appeal"] = ("You can ask for a Plan Appeal within 60 days of the day you get this notice. Call Member "
                       "Services or write to the address above.")
    return f


def doc_truth(f: dict) -> dict:
    alts = {"insurer": INS_ALT[f["ins"]], "member_id": [f["cin"]], "provider": [f["doc"]]}
    if f["kind"] == "pcs_reduce":
        alts["service_dates"] = [[iso(f["svc"], f["auth_end"])]]
    if f.get("dl_alt") and f["den"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    return truth(f["doc_type"], f["den"], f["lang"], insurer=INS[f["ins"]], plan_id=f["plan"], group_number=None,
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["case"]], claim_amount=None,
                 service_dates=[iso(f["svc"], f.get("svc_end"))], denial_date=iso(f["date"]), provider=f["prov"],
                 appeal_deadline=iso(f["deadline"]) if (f["deadline"] and f["den"]) else None, alternates=alts,
                 denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, insurer, labels, date style, deadline
    ("bd_personal_care_reduced", "born_digital", "pcs_reduce", "wad", 1, "long", "within"),
    ("bd_out_of_network_surgeon", "born_digital", "oon", "oud", 2, "slash", "within"),
    ("scan_rehab_level_of_care", "scan_clean_300", "irf", "bol", 3, "abbr", "by"),
    ("low_es_silla_de_ruedas", "scan_lowres_150", "es_wheelchair", "wad", "es", "es", "within"),
    ("faxf_extension_sleep_study", "fax_fine_g4", "extension", "bol", 2, "mdy_nopad", "within"),
    ("copy_adult_orthodontics", "photocopy", "ortho", "oud", 1, "dmy", "receive"),
    ("photo_pt_partial_approval", "phone_photo", "pt_partial", "wad", 3, "upper", "within"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, lab, ds, dl) in enumerate(ITEMS):
        r = random.Random(111500 + i)
        f = facts(r, kind, ins, lab, ds, dl)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(notice(f), doc_truth(f))]))
    return items
