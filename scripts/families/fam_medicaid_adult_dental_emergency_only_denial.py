"""Family 'medicaid_adult_dental_emergency_only_denial': a state Medicaid adult dental program's dental benefits
administrator (or the state itself) denying an adult member's dental service because adult dental coverage is
emergency-only (extractions for pain or infection covered; crowns, molar root canals, dentures, periodontal scaling
not covered) or because the annual adult dental dollar limit was reached: member, Medicaid ID, dentist, CDT codes and
tooth numbers, billed amounts, the plan appeal (60 days) and the state fair hearing (120 days); one approved emergency
extraction; one Spanish notice. All values invented (Finnish/Filipino given names and surnames, Spanish names for the
Spanish notice; phone numbers 555).

Issuers: Saltmarsh Dental Administrators, Inc. (dental benefits administrator for the fictional "Kestrel State
Medicaid Adult Dental Program"), Driftwood Dental Benefits Company, and the Kestrel State Department of Health Care
Services itself (Medicaid Dental Unit).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "medicaid_adult_dental_emergency_only_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SA, DR, ST = ("Saltmarsh Dental Administrators, Inc.", "Driftwood Dental Benefits Company",
              "Kestrel State Department of Health Care Services")
PROGRAM = "Kestrel State Medicaid Adult Dental Program"
FIRST = ["Aino", "Tapio", "Marjatta", "Rosalinda", "Eero", "Maricel", "Jovito", "Sirkka"]
LAST = ["Haapala", "Dimaculangan", "Kervinen", "Manalastas", "Lehtonen", "Pangilinan", "Vuorinen", "Macaraeg"]
FIRST_ES = ["Eulalia", "Fulgencio", "Rosaura", "Anacleto"]
LAST_ES = ["Arredondo", "Quiñones", "Saldívar", "Olmedo"]
DENTISTS = [("Harborline Family Dentistry", "Dr. Paavo Kettunen, DDS"),
            ("Bayberry Community Dental Clinic", "Dr. Liwayway Sarmiento, DMD"),
            ("Tidewater Smiles Dental Group", "Dr. Onni Rasanen, DDS"),
            ("Clearbrook Oral Surgery Associates", "Dr. Teodora Malabanan, DMD")]
CITIES = [("Port Alder", "KS", "66801"), ("Linden Falls", "KS", "67501"), ("Marsh Hollow", "KS", "66502")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
# CDT code, description, low, high
CDT = {"D2740": ("Crown - porcelain/ceramic", 980, 1450), "D3330": ("Endodontic therapy, molar tooth", 1050, 1500),
       "D7140": ("Extraction, erupted tooth or exposed root", 140, 260),
       "D7210": ("Extraction, erupted tooth requiring removal of bone", 260, 420),
       "D0140": ("Limited oral evaluation - problem focused", 60, 110), "D0220": ("Intraoral periapical, first image", 25, 45),
       "D5110": ("Complete denture - maxillary", 1500, 2100), "D5120": ("Complete denture - mandibular", 1500, 2100),
       "D4341": ("Periodontal scaling and root planing, 4+ teeth per quadrant", 210, 320),
       "D2950": ("Core buildup, including any pins", 220, 330), "D9230": ("Inhalation of nitrous oxide", 55, 95)}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(17, 13, 17))
        self.add_font("DejaVu", "B", BOLD)


def person(r, lang="en"):
    return (f"{r.choice(FIRST_ES if lang == 'es' else FIRST)} {r.choice('BCDGJLMNRST')}. "
            f"{r.choice(LAST_ES if lang == 'es' else LAST)}")


def fdate(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dsh": d.strftime("%-d %b %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[s]


def usd(v: float, s: str = "plain") -> str:
    return f"${v:,.2f}" if s == "plain" else f"{v:,.2f}"


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r):
    return f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}"


def money(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5]), 2)


def iso(d):
    return d.isoformat()


def facts(seed: int, kind: str, ins: str, ds: str, ms: str) -> dict:
    r = random.Random(seed)
    lang = "es" if kind == "es" else "en"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    dos = notice - dt.timedelta(days=r.randint(9, 30))
    office, dentist = r.choice(DENTISTS)
    codes = {"crown": [("D2950", "19"), ("D2740", "19")], "eob": [("D0140", ""), ("D0220", "30"), ("D7140", "30"),
                                                                  ("D3330", "3")],
             "cap": [("D7210", "17"), ("D9230", "")], "denture": [("D5110", ""), ("D5120", "")],
             "approved": [("D0140", ""), ("D7210", "14")], "es": [("D3330", "30")],
             "perio": [("D4341", "UR"), ("D4341", "LR")]}[kind]
    lines = []
    for c, t in codes:
        desc, lo, hi = CDT[c]
        lines.append(dict(code=c, tooth=t, desc=desc, ch=money(r, lo, hi)))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, lang=lang, notice=notice, dos=dos, office=office, dentist=dentist,
             member=person(r, lang), dob=dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)),
             mid=dig(r, 9) + r.choice("ABCD"), addr=f"{r.randint(20, 9800)} {r.choice(['Reedgrass Ln', 'Cormorant St', 'Pilings Rd', 'Sandpiper Ct'])}",
             city="{}, {} {}".format(*r.choice(CITIES)), claim=f"{r.choice(['DC', 'KD'])}{dig(r, 4)}-{dig(r, 6)}",
             ref=f"PA-{dig(r, 8)}", npi=r.choice("12") + dig(r, 9), ph=phone(r), tty=phone(r),
             lines=lines, cap=r.choice([1000, 1500]), used=0.0)
    f["total"] = round(sum(x["ch"] for x in lines), 2)
    if kind == "cap":
        f["used"] = f["cap"] - round(r.randint(0, 40) + 0.0, 2)
    return f


def head(d: Page, f: dict) -> None:
    ins = f["ins"]
    if ins == SA:
        d.text_line("SALTMARSH", 20, "B")
        d.text_line("Dental Administrators, Inc.", 9)
        d.rule(0.8)
        d.text_line(f"Dental benefits administrator for the {PROGRAM}  |  PO Box 4410, Port Alder, KS 66801  |  "
                    f"Member Services {f['ph']}", 7)
    elif ins == DR:
        d.text_line(DR, 14, "B")
        d.text_line("Serving Kestrel State Medicaid members", 8.5)
        d.text_line(f"77 Breakwater Plaza, Linden Falls, KS 67501   Tel {f['ph']}   TTY {f['tty']}", 8.5)
        d.rule(0.4)
    else:
        d.text_line("STATE OF KESTREL", 9, "B", "C")
        d.text_line(ST.upper(), 11, "B", "C")
        d.text_line("Medicaid Dental Unit  -  1800 Capitol Loop, Marsh Hollow, KS 66502", 8, "", "C")
        d.rule(0.6)
    d.ln(4)


def kv(d: Page, a: str, b: str, w: float = 52, size: float = 9.5):
    d.font(size - 0.8)
    d.cell(w, 5.2, a)
    d.font(size, "B")
    d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")


def rights_en(d: Page, f: dict, plan_appeal: bool = True):
    d.text_line("Your Rights", 10.5, "B")
    if plan_appeal:
        d.para("If you disagree with this decision, you or your dentist (with your written permission) may ask for an "
               f"appeal. Your appeal must be received within 60 days of the date of this notice. Call {f['ph']} or "
               "write to the address above. If your dental health is in serious danger, ask for a fast (expedited) "
               "appeal; we will decide it within 72 hours.", 9)
    d.para("You also have the right to ask for a State Fair Hearing. You must ask for a fair hearing within 120 days "
           "of the date of the appeal decision (or of this notice when the State made the decision). You may "
           "represent yourself or have a friend, relative or lawyer speak for you. Free legal help may be available "
           f"from Kestrel Legal Aid at {phone(random.Random(f['mid']))}.", 9)
    d.para("Language help and auxiliary aids are available at no cost. TTY users call " + f["tty"] + ".", 8)


def line_table(d: Page, f: dict, status: dict, allowed: dict | None = None):
    allowed = allowed or {}
    rows = []
    for i, x in enumerate(f["lines"]):
        rows.append([fdate(f["dos"], f["ds"]), x["code"], x["tooth"] or "-", x["desc"][:38], usd(x["ch"], f["ms"]),
                     usd(allowed.get(i, 0.0), f["ms"]), status.get(i, "Denied")])
    rows.append(["*Claim total", "", "", "", usd(f["total"], f["ms"]), usd(sum(allowed.values()), f["ms"]), ""])
    d.table(["Date of service", "CDT", "Tooth", "Procedure", "Billed", "Paid", "Status"], rows,
            [25, 14, 12, 64, 21, 19, 20], 8, "LLLLRRL")


def letter(d: Page, f: dict) -> None:
    """The English member letters (crown, denture request, dollar limit, perio)."""
    k, ds = f["kind"], f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(2)
    for ln in (f["member"], f["addr"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)
    pre = k == "denture"
    d.text_line("NOTICE OF ACTION - DENIAL OF DENTAL " + ("SERVICES REQUESTED" if pre else "CLAIM"), 12, "B")
    d.ln(1)
    kv(d, "Member:", f["member"])
    kv(d, "Medicaid ID:", f["mid"])
    kv(d, "Date of birth:", fdate(f["dob"], ds))
    kv(d, "Dentist:", f"{f['dentist']} - {f['office']}")
    kv(d, "Dentist NPI:", f["npi"])
    if pre:
        kv(d, "Prior authorization no.:", f["ref"])
        kv(d, "Planned date of service:", fdate(f["dos"], ds))
    else:
        kv(d, "Claim number:", f["claim"])
        kv(d, "Date of service:", fdate(f["dos"], ds))
    d.ln(2)
    if pre:
        d.table(["CDT code", "Arch", "Procedure", "Requested amount", "Decision"],
                [[x["code"], "Upper" if x["code"] == "D5110" else "Lower", x["desc"], usd(x["ch"], f["ms"]), "Denied"]
                 for x in f["lines"]], [22, 18, 74, 34, 24], 8.5, "LLLRL")
    else:
        line_table(d, f, {})
    name = f["member"].split()[0]
    if k == "crown":
        d.para(f"Dear {name}: We received a claim from your dentist for a core buildup and a crown on tooth #19. "
               "Kestrel State Medicaid covers dental care for members age 21 and older only for dental emergencies: "
               "services needed right away to relieve severe pain, control bleeding or treat an infection, such as an "
               "extraction. Crowns and core buildups are not a covered benefit for adults. This claim is denied.")
        d.para("Rule: Kestrel Administrative Code 30-5-112(c), adult dental services limited to emergency care.", 8.5)
    elif k == "denture":
        d.para(f"Dear {name}: Your dentist asked us to approve a full upper and lower denture. Dentures are not "
               "covered for Medicaid members age 21 and older. Adult dental coverage is limited to emergency "
               "services (relief of pain, infection or trauma, including extractions). We cannot approve this "
               "request. You are not being charged for anything; if you choose to get dentures, ask your dentist "
               "about the cost before treatment.")
    elif k == "cap":
        d.para(f"Dear {name}: Adult emergency dental services are limited to {usd(f['cap'])} per benefit year "
               f"(January 1 through December 31). Before this claim, {usd(f['used'])} had already been paid for "
               "your dental care this year. The amount left is less than the allowed amount for any service on "
               "this claim, so the claim is denied because the annual adult dental limit has been reached. Your "
               "limit starts again on January 1.")
    else:
        d.para(f"Dear {name}: We reviewed a claim for periodontal scaling and root planing (deep cleaning) on two "
               "quadrants. For adults, Kestrel State Medicaid covers emergency dental services only. Periodontal "
               "treatment is not a covered adult benefit, so both lines are denied. Your dentist may not bill you "
               "unless you agreed in writing, before treatment, to pay for a non-covered service.")
    rights_en(d, f, plan_appeal=f["ins"] != ST)
    d.text_line("Sincerely,", 10)
    d.text_line("Utilization Review Department" if f["ins"] != ST else "Medicaid Dental Unit", 10)
    d.text_line(f["ins"], 10)


def eob(d: Page, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line("DENTAL EXPLANATION OF BENEFITS", 13, "B", "C")
    d.text_line("This is not a bill", 9, "", "C")
    d.ln(2)
    d.boxes([("Statement date", fdate(f["notice"], ds), 38), ("Member", f["member"], 56),
             ("Medicaid ID", f["mid"], 40), ("Claim no.", f["claim"], 42)])
    d.boxes([("Treating dentist", f["dentist"], 76), ("Office", f["office"], 100)])
    d.ln(3)
    line_table(d, f, {0: "Paid", 1: "Paid", 2: "Paid", 3: "Denied"},
               {0: round(f["lines"][0]["ch"] * 0.55, 2), 1: round(f["lines"][1]["ch"] * 0.6, 2),
                2: round(f["lines"][2]["ch"] * 0.62, 2)})
    d.text_line("Remark codes", 9.5, "B")
    d.para("PA1  Emergency evaluation, image and extraction of tooth #30 (abscess) paid at the Medicaid fee.\n"
           "NC4  Root canal on molar tooth #3 is not a covered adult benefit. Adult dental coverage is limited to "
           "emergency services.", 8.8)
    d.para(f"Patient date of birth {fdate(f['dob'], ds)}. Payment to provider on {fdate(f['notice'] + dt.timedelta(days=3), ds)}.",
           8.5)
    rights_en(d, f)


def approved(d: Page, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(2)
    for ln in (f["member"], f["addr"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Approval of Emergency Dental Services", 12, "B")
    kv(d, "Medicaid ID:", f["mid"])
    kv(d, "Authorization no.:", f["ref"])
    kv(d, "Dentist:", f"{f['dentist']}, {f['office']}")
    kv(d, "Date of service:", fdate(f["dos"], ds))
    d.ln(2)
    d.table(["CDT", "Tooth", "Procedure", "Billed", "Decision"],
            [[x["code"], x["tooth"] or "-", x["desc"], usd(x["ch"], f["ms"]), "Approved"] for x in f["lines"]]
            + [["*Total", "", "", usd(f["total"], f["ms"]), ""]], [18, 14, 92, 26, 26], 8.5, "LLLRL")
    d.para(f"Dear {f['member'].split()[0]}: Your dentist told us tooth #14 was infected and causing severe pain. "
           "This is a dental emergency, and the evaluation and surgical extraction are covered under the adult "
           "emergency dental benefit. The claim has been approved for payment to your dentist. You do not owe "
           "anything for these services except any copayment shown on your Medicaid card ($3.00 per visit).")
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY {f['tty']}), Monday to Friday, 8 a.m. to 6 p.m.", 9)
    d.text_line(f["ins"], 10)


def spanish(d: Page, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(2)
    for ln in (f["member"], f["addr"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("AVISO DE ACCIÓN: DENEGACIÓN DE SERVICIO DENTAL", 12, "B")
    kv(d, "Miembro:", f["member"])
    kv(d, "Número de Medicaid:", f["mid"])
    kv(d, "Fecha de nacimiento:", fdate(f["dob"], ds))
    kv(d, "Dentista:", f"{f['dentist']}, {f['office']}")
    kv(d, "Número de reclamo:", f["claim"])
    kv(d, "Fecha del servicio:", fdate(f["dos"], ds))
    x = f["lines"][0]
    kv(d, "Servicio:", f"{x['code']} Tratamiento de conducto, diente molar #{x['tooth']}")
    kv(d, "Cantidad facturada:", usd(x["ch"], f["ms"]))
    d.ln(2)
    d.para(f"Estimado(a) {f['member'].split()[0]}: Negamos el reclamo de su dentista por un tratamiento de conducto "
           "(endodoncia) en el diente molar #30. Para los miembros de Medicaid de 21 años o más, la cobertura dental "
           "se limita a servicios de emergencia para aliviar el dolor intenso o tratar una infección, como una "
           "extracción. El tratamiento de conducto en dientes molares no es un beneficio cubierto para adultos.")
    d.text_line("Sus derechos", 10.5, "B")
    d.para("Si no está de acuerdo con esta decisión, puede pedir una apelación. Debemos recibir su apelación dentro "
           f"de los 60 días a partir de la fecha de este aviso. Llame al {f['ph']}. Si su salud dental corre grave "
           "peligro, pida una apelación rápida; la decidiremos en 72 horas.", 9)
    d.para("También tiene derecho a pedir una Audiencia Imparcial Estatal dentro de los 120 días a partir de la "
           "fecha de la decisión de la apelación. Puede representarse a sí mismo o pedir que un amigo, pariente o "
           "abogado hable por usted.", 9)
    d.para(f"Servicios de idiomas gratuitos. TTY {f['tty']}.", 8)
    d.text_line("Atentamente,", 10)
    d.text_line(f["ins"], 10)


def build(f: dict) -> bytes:
    d = Page()
    {"eob": eob, "approved": approved, "es": spanish}.get(f["kind"], letter)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {}
    if f["ins"] != ST:
        alts["insurer"] = [PROGRAM]
    alts["provider"] = [f["office"]] if k != "approved" else [f["office"]]
    notice = f["notice"]
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["member"], provider=f["dentist"],
                  denial_date=iso(notice), service_dates=[iso(f["dos"])])
    if k == "approved":
        return truth("other", None, "en", alternates=alts, case_numbers=[f["ref"]], claim_amount=f"{f['total']:.2f}",
                     **common)
    if k == "denture":
        common.update(case_numbers=[f["ref"]])
    else:
        common.update(case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}")
    if k == "eob":
        alts["claim_amount"] = [f"{f['lines'][3]['ch']:.2f}"]
    if k == "es":
        common["claim_amount"] = f"{f['lines'][0]['ch']:.2f}"
    if f["ins"] != ST:
        common["appeal_deadline"] = iso(notice + dt.timedelta(days=60))
    else:
        alts["appeal_deadline"] = [iso(notice + dt.timedelta(days=120))]
    dt_ = "eob" if k == "eob" else "denial_letter"
    dalt = ["other", "eligibility"] if k == "cap" else ["other"]
    return truth(dt_, "not_covered", f["lang"], alternates=alts, denial_alternates=dalt, **common)


# (stem suffix, condition, kind, issuer, date style, money style)
PLAN = [
    ("bd_crown_molar_not_adult_benefit", "born_digital", "crown", SA, "long", "plain"),
    ("bd_denture_request_not_covered_state", "born_digital", "denture", ST, "slash", "plain"),
    ("scan300_eob_extraction_paid_root_canal_denied", "scan_clean_300", "eob", DR, "slash", "nosign"),
    ("lowres_annual_dollar_limit_reached", "scan_lowres_150", "cap", SA, "dsh", "plain"),
    ("faxstd_approved_emergency_extraction", "fax_standard_g4", "approved", DR, "iso", "plain"),
    ("photo_spanish_root_canal_molar_denied", "phone_photo", "es", SA, "es", "plain"),
    ("rotated_perio_scaling_not_covered", "rotated", "perio", DR, "dsh", "nosign"),
]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{suf}", cond, [(build(f := facts(154500 + i, kind, ins, ds, ms)), make_truth(f))])
            for i, (suf, cond, kind, ins, ds, ms) in enumerate(PLAN)]
