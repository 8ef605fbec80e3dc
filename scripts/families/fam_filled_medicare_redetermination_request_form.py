"""Family 'filled_medicare_redetermination_request_form': the public CMS-20027 "Medicare Redetermination Request
Form - 1st Level of Appeal" (modelled from memory of the published form: the HHS/CMS header, OMB line, numbered items
1 beneficiary's name, 2 Medicare number, 3 item or service, 4 date the service or item was received, the contractor
name and overpayment question, 5 "I do not agree with the determination of my claim. MY REASONS ARE:", 6 date of the
initial determination notice, 7 additional information, 8-11 requester's name / relationship / address / telephone,
12 signature, 13 date signed, 14 evidence check boxes, the false-statement NOTICE and the footer "Form CMS-20027"),
filled in by the beneficiary (typed), a family member in neat capitals, a SHIP counselor or a legal-aid advocate, and
one Spanish version of the form. The reasons quote the denial's facts (claim number, the notice's date and wording,
the supplier). It asks for an appeal and decides nothing: document type `other`. In one file the Medicare Summary
Notice page with the denied claim follows as page 2 (a stack: the MSN page is an `eob` that denies).

Everything is invented: Medicare contractor "Landeda Government Health Administrators", suppliers (Elorn Physical
Therapy, Briec Home Medical Supply, Aulne Ambulance Service, Huelgoat Reference Laboratory, Gourin Chiropractic),
advocates (Gourin County SHIP, Brasparts Legal Aid).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundag_famga import address, days, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "filled_medicare_redetermination_request_form"
LANG = "en"
MAC = "Landeda Government Health Administrators"
SERV = {
    "pt": ("Outpatient physical therapy (re-evaluation and therapeutic exercise)", "Elorn Physical Therapy",
           "not medically necessary", "my therapist's notes show I was still improving my walking after my fall"),
    "amb": ("Ambulance transport from my home to the dialysis center", "Aulne Ambulance Service",
            "Medicare won't pay for ambulance transport because other transportation could have been used",
            "I cannot sit up or stand since my stroke and was moved on a stretcher; my doctor signed the form"),
    "cpap": ("CPAP supplies (full face mask and cushions)", "Briec Home Medical Supply",
             "the item was not reasonable and necessary because usage was not documented",
             "the download from the machine shows she uses it more than 4 hours a night"),
    "lab": ("Blood test (vitamin D level)", "Huelgoat Reference Laboratory",
            "Medicare does not pay for this test this often",
            "my doctor ordered it because my level was very low and I started treatment"),
    "walker": ("Rolling walker with seat", "Briec Home Medical Supply",
               "the supplier did not have a valid order from your doctor",
               "my doctor wrote the order before delivery; a copy is attached"),
    "chiro": ("Chiropractic manipulation, 6 visits", "Gourin Chiropractic",
              "the services were maintenance therapy, which Medicare does not cover",
              "the treatment was for a new flare-up and his pain scores went down each week"),
    "es": ("Terapia ocupacional (evaluación)", "Elorn Physical Therapy",
           "no es médicamente necesario",
           "después de la cirugía de la mano no podía vestirme sola y la terapia me ayudó"),
}


class Form(Doc):
    def __init__(self, foot: str):
        super().__init__("Helvetica", footer=foot, margins=(16, 12, 16))


def facts(r: random.Random, kind: str, filler: str, ds: str, claim_style: int) -> dict:
    lang = "es" if kind == "es" else "en"
    signed = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    notice = days(signed, -r.randint(12, 70))
    dos = days(notice, -r.randint(20, 45))
    ben = person(r, lang)
    req = person(r, lang)
    req = (f"{req[1]} {req[2]}. {ben[3]}", req[1], req[2], ben[3]) if filler == "family" else req
    return dict(kind=kind, filler=filler, ds=ds, lang=lang, signed=signed, notice=notice, dos=dos, ben=ben, req=req,
                addr=address(r, lang), raddr=address(r, lang), mbi=mixed(r, "9AA9-AA9-AA99"),
                icn=mixed(r, "99999999999999") if claim_style != 1 else mixed(r, "99-9999-999-999"),
                cs=claim_style, ph=phone(r), ph2=phone(r), amt=money(r, 380, 2600),
                period0=days(notice, -90), serv=SERV[kind], deadline=days(notice, 120))


def cap(f: dict, s: str) -> str:
    return s.upper() if f["filler"] == "family" else s


def value(d: Form, f: dict, text: str, h: float = 5.2) -> None:
    d.set_font("Courier", "B" if f["filler"] == "family" else "", 10)
    d.set_x(d.l_margin + 6)
    d.multi_cell(0, h, cap(f, text), new_x="LMARGIN", new_y="NEXT")
    y = d.get_y()
    d.set_draw_color(140, 140, 140)
    d.line(d.l_margin + 6, y, d.w - d.r_margin, y)
    d.set_draw_color(0, 0, 0)
    d.ln(1.6)


def item(d: Form, label: str) -> None:
    d.set_font("Helvetica", "B", 9)
    d.multi_cell(0, 4.3, label, new_x="LMARGIN", new_y="NEXT")
    d.ln(0.5)


def reasons(f: dict) -> str:
    what, sup, why, mine = f["serv"]
    nd = fdate(f["notice"], f["ds"])
    claim = [f"claim number {f['icn']}", f"ICN {f['icn']}", f"Claim # {f['icn']}"][f["cs"]]
    me = "I" if f["filler"] in ("self", "family") and f["filler"] == "self" else "My client" if f["filler"] in (
        "ship", "legal") else "My mother" if f["ben"][1] in ("Gwenola", "Azilis", "Maela") else "My father"
    if f["lang"] == "es":
        return (f"El Resumen de Medicare del {nd} dice que la reclamación número {f['icn']} de {sup} fue negada "
                f"porque \"{why}\". No estoy de acuerdo: {mine}.")
    if f["filler"] == "self":
        return (f"My Medicare Summary Notice dated {nd} says {claim} from {sup} was denied because \"{why}\". "
                f"I disagree: {mine}.")
    return (f"{me}'s Medicare Summary Notice dated {nd} lists {claim} from {sup} as denied: \"{why}\". "
            f"We disagree: {mine}.")


def build_form(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Form("Formulario CMS-20027 (12/10)" if es else "Form CMS-20027 (12/10)")
    d.add_page()
    d.set_font("Helvetica", "B", 8)
    d.cell(120, 4, "DEPARTMENT OF HEALTH AND HUMAN SERVICES")
    d.set_font("Helvetica", "", 7.5)
    d.cell(0, 4, "Form Approved", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "B", 8)
    d.cell(120, 4, "CENTERS FOR MEDICARE & MEDICAID SERVICES")
    d.set_font("Helvetica", "", 7.5)
    d.cell(0, 4, "OMB No. 0938-1206", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("SOLICITUD DE REDETERMINACIÓN DE MEDICARE" if es else "MEDICARE REDETERMINATION REQUEST FORM",
                13, "B", "C", h=6.5) if not es else None
    if es:
        d.set_font("Helvetica", "B", 12.5)
        d.cell(0, 6.5, "SOLICITUD DE REDETERMINACION DE MEDICARE", align="C", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Primer nivel de apelación".replace("ó", "o") if es else "1st LEVEL OF APPEAL", 10, "B", "C", h=5.5)
    d.ln(3)
    what, sup, why, mine = f["serv"]
    if es:
        labels = ["1. Nombre del beneficiario:", "2. Número de Medicare:",
                  "3. Descripción del artículo o servicio para el cual solicita una redeterminación:",
                  "4. Fecha en que recibió el servicio o artículo:",
                  "Nombre del contratista de Medicare que tomó la determinación (no es obligatorio):",
                  "5. No estoy de acuerdo con la determinación de mi reclamación. MIS RAZONES SON:",
                  "6. Fecha del aviso de determinación inicial:",
                  "7. Información adicional que Medicare debe considerar:",
                  "8. Nombre del solicitante:", "9. Relación del solicitante con el beneficiario:",
                  "10. Dirección del solicitante:", "11. Teléfono del solicitante:", "12. Firma del solicitante:",
                  "13. Fecha de la firma:"]
        labels = [x.replace("ó", "o").replace("é", "e").replace("ú", "u").replace("í", "i") for x in labels]
    else:
        labels = ["1. Beneficiary's name:", "2. Medicare number:",
                  "3. Description of the item or service for which a redetermination is being requested:",
                  "4. Date the service or item was received:",
                  "Name of the Medicare contractor that made the determination (not required):",
                  "5. I do not agree with the determination of my claim. MY REASONS ARE:",
                  "6. Date of the initial determination notice:",
                  "7. Additional information Medicare should consider:",
                  "8. Requester's name:", "9. Requester's relationship to the beneficiary:",
                  "10. Requester's address:", "11. Requester's telephone number:", "12. Requester's signature:",
                  "13. Date signed:"]
    rel = {"self": "Self" if not es else "Yo mismo(a)", "family": "Son / daughter (caregiver)",
           "ship": "SHIP counselor, Gourin County SHIP (appointment of representative, CMS-1696, attached)",
           "legal": "Attorney, Brasparts Legal Aid (appointed representative)"}[f["filler"]]
    if es:
        rel = "Yo misma (la beneficiaria)"
    who = f["ben"] if f["filler"] == "self" or es else f["req"]
    raddr = f["addr"] if f["filler"] == "self" or es else f["raddr"]
    if f["filler"] == "ship":
        raddr = ("Gourin County SHIP, 51 Huelgoat Avenue", "Hazen, ND 58545")
    if f["filler"] == "legal":
        raddr = ("Brasparts Legal Aid, 9 Pleyben Street, Suite 3", "Roundup, MT 59072")
    extra = {"pt": "Therapy plan of care and progress notes attached.",
             "amb": f"Medicare claims processed {fdate(f['period0'], f['ds'])} - {fdate(f['notice'], f['ds'])} "
                    "are listed on the notice; only this transport is appealed.",
             "cpap": "Compliance report from the supplier attached (30 days).",
             "lab": "Lab result from the earlier test attached.",
             "walker": f"Doctor's order dated before delivery attached. Supplier phone {f['ph2']}.",
             "chiro": "Treatment notes for all 6 visits attached.",
             "es": "Adjunto las notas de la terapeuta."}[f["kind"]]
    vals = [f["ben"][0] if f["filler"] != "family" else f"{f['ben'][1]} {f['ben'][2]}. {f['ben'][3]}",
            f["mbi"], f"{what} - {sup}", fdate(f["dos"], f["ds"]), MAC, reasons(f), fdate(f["notice"], f["ds"]),
            extra, who[0], rel, ", ".join(raddr), f["ph"], "/s/ " + who[0], fdate(f["signed"], f["ds"])]
    for lab, v in zip(labels, vals):
        item(d, lab)
        value(d, f, v)
        if lab.startswith("Name of the Medicare") or lab.startswith("Nombre del contratista"):
            d.set_font("Helvetica", "B", 9)
            d.cell(0, 4.5, ("¿Esta apelación tiene que ver con un sobrepago?  [ ] Sí   [X] No" if es else
                            "Does this appeal involve an overpayment?  [ ] Yes   [X] No"),
                   new_x="LMARGIN", new_y="NEXT")
            d.ln(1)
    d.set_font("Helvetica", "", 8.5)
    d.multi_cell(0, 4, ("14. [X] Tengo pruebas para presentar (adjuntas).  [ ] No tengo pruebas en este momento." if es
                        else "14. [X] I have evidence to submit. Please attach the evidence to this form or attach a "
                        "statement explaining what you intend to submit and when you intend to submit it.  "
                        "[ ] I do not have evidence to submit at this time."), new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    d.set_font("Helvetica", "", 7.5)
    d.multi_cell(0, 3.6, ("AVISO: Cualquier persona que tergiverse o falsifique información esencial solicitada en este "
                          "formulario puede ser multada o encarcelada según la ley federal." if es else
                          "NOTICE: Anyone who misrepresents or falsifies essential information requested by this form "
                          "may upon conviction be subject to fine or imprisonment under Federal Law."),
                 new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def build_msn(f: dict) -> bytes:
    d = Form("Page 1 of 1")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=4.5)
    d.rule(0.8, 3)
    for a, b in [("Notice for", f["ben"][0]), ("Medicare Number", f["mbi"]),
                 ("Date of this notice", fdate(f["notice"], f["ds"])),
                 ("Claims processed", f"{fdate(f['period0'], f['ds'])} - {fdate(f['notice'], f['ds'])}")]:
        d.set_font("Helvetica", "B", 10)
        d.cell(55, 5.5, a)
        d.set_font("Helvetica", "", 10)
        d.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed in writing by "
           f"{fdate(f['deadline'], f['ds'])}. See the back of this notice.", 10)
    what, sup, why, mine = f["serv"]
    d.text_line(f"Claim number {f['icn']}", 10, "B", h=5.5)
    d.text_line(f"{sup}, 77 Ploudalmezeau Road, Hazen, ND 58545", 9.5, h=5)
    d.ln(1)
    d.table(["Service & billing code", "Approved?", "Charged", "Medicare approved", "You may be billed", "Notes"],
            [[f"{fdate(f['dos'], f['ds'])}  Ambulance, BLS (A0428)", "No", usd(f["amt"]), "$0.00",
              usd(f["amt"]), "A"], ["  Ambulance mileage (A0425)", "No", "", "", "", "A"]],
            [66, 20, 26, 30, 30, 10], 8.5)
    d.text_line("Notes for Claims Above", 10, "B", h=5.5)
    d.para("A  Medicare won't pay for ambulance transport because the records do not show that other "
           "transportation would have endangered your health. (Ambulance transport is covered only when the patient's "
           "condition requires it.)", 9.5)
    d.para(f"Questions? Call 1-800-MEDICARE. Processed by {MAC}.", 9)
    return pdf_bytes(d)


def truth_form(f: dict) -> dict:
    return truth("other", None, f["lang"], member_name=f["ben"][0], member_id=f["mbi"], case_numbers=[f["icn"]],
                 service_dates=[iso(f["dos"])], denial_date=iso(f["signed"]), provider=f["serv"][1],
                 alternates={"denial_date": [iso(f["notice"])]}, unscored=["insurer"])


def truth_msn(f: dict) -> dict:
    return truth("eob", "medical_necessity", "en", insurer="Medicare", member_name=f["ben"][0], member_id=f["mbi"],
                 case_numbers=[f["icn"]], claim_amount=m2(f["amt"]), service_dates=[iso(f["dos"])],
                 denial_date=iso(f["notice"]), provider=f["serv"][1], appeal_deadline=iso(f["deadline"]),
                 alternates={"insurer": ["Centers for Medicare & Medicaid Services", MAC]},
                 type_alternates=["denial_letter"])


# (stem suffix, condition, kind, filler, date style, claim style, with MSN page)
PLAN = [
    ("bd_beneficiary_typed_therapy", "born_digital", "pt", "self", "long", 0, False),
    ("bd_ambulance_with_msn_page", "born_digital", "amb", "family", "slash", 1, True),
    ("scan300_ship_counselor_cpap", "scan_clean_300", "cpap", "ship", "abbr", 2, False),
    ("lowres_neat_capitals_lab_test", "scan_lowres_150", "lab", "family", "slash", 0, False),
    ("phone_beneficiary_walker", "phone_photo", "walker", "self", "dmy", 2, False),
    ("faxstd_legal_aid_chiropractic", "fax_standard_g4", "chiro", "legal", "iso", 1, False),
    ("copy_spanish_form", "photocopy", "es", "self", "es", 0, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, filler, ds, cs, msn) in enumerate(PLAN):
        f = facts(random.Random(125600 + i), kind, filler, ds, cs)
        docs = [(build_form(f), truth_form(f))]
        if msn:
            docs.append((build_msn(f), truth_msn(f)))
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
