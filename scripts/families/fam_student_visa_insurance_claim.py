"""Family 'student_visa_insurance_claim': an international student insurance plan's claim decisions for students on
F-1 and J-1 visas: denied as a pre-existing condition, denied inside a waiting period, denied because the care was
given in the student's home country (not covered there), paid; some as a claim determination letter with a
benefits table, some as an explanation-of-benefits statement, one statement with two claims (only the second
denied), one letter in Spanish.

Issuers: Globeway Student Health Underwriters (logo word "GLOBEWAY" over a line, "Insurance for students abroad"
under it, return address block) and Atlas Scholars Assurance Company (parent line "Underwritten by Atlas Scholars
Assurance Company, a Ruthven Re group member" above the plan's brand). Decoys: the school's name and its student ID
number, the SEVIS ID and visa type, the passport number, the policy period and the coverage effective date, the
waiting period's end date, the other claim's number and amounts, the school's insurance office phone.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundu_famuc import address, clinician, days, digits, fdate, iso, local_phone, m2, mixed, money, person, \
    phone, usd

FAMILY = "student_visa_insurance_claim"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Globeway Student Health Underwriters"
H2 = "Atlas Scholars Assurance Company"
SCHOOLS = ["Pell Ridge University", "Kearney State Conservatory of Music"]
LABELS = {1: ["Date", "Insured student", "Insured ID", "Policy number", "Claim number", "Provider", "Date(s) of service",
              "Billed"],
          2: ["Notice date", "Student", "Certificate no.", "Master policy", "Claim #", "Treating provider",
              "Service date", "Charges"],
          3: ["Date issued", "Covered person", "Member ID", "Policy no.", "Claim reference", "Rendering provider",
              "Treatment date", "Amount claimed"],
          "es": ["Fecha", "Estudiante asegurado", "Número de asegurado", "Número de póliza", "Número de reclamación",
                 "Proveedor", "Fecha de servicio", "Monto facturado"]}
SERV = {"asthma": [("99214", "Office visit, established"), ("94060", "Spirometry with bronchodilator"),
                   ("J7613", "Albuterol inhalation solution")],
        "knee": [("99204", "Office visit, new patient"), ("73721", "MRI knee without contrast"),
                 ("29881", "Knee arthroscopy, meniscectomy")],
        "home": [("99283", "Emergency visit"), ("74176", "CT abdomen and pelvis"), ("85025", "Blood count")],
        "flu": [("99213", "Office visit, established"), ("87804", "Influenza test, rapid"), ("J1100", "Injection")],
        "pregnancy": [("76801", "Obstetric ultrasound"), ("99203", "Office visit, new patient"),
                      ("80055", "Obstetric panel")],
        "acne": [("99203", "Office visit, new patient"), ("11900", "Lesion injection")]}
WHY = {
    "preex": ("not_covered", ["eligibility"], "This claim is for treatment of asthma. The medical records show that "
              "you were treated for asthma in the 12 months before your coverage began. Under the policy's "
              "pre-existing condition limitation, this condition is not covered during the first 12 months of "
              "coverage."),
    "preex_plain": ("not_covered", ["eligibility"], "Your knee injury happened, and was first treated, before you "
                    "were insured under this plan. The plan does not pay for an illness or injury you already had "
                    "when your coverage started."),
    "wait": ("not_covered", ["eligibility"], "Care related to pregnancy is covered only after you have been insured "
             "for 10 months in a row. Your coverage began {eff}, so this care falls inside that period and the "
             "charges were not paid. Care on or after {wend} can be covered."),
    "abroad": ("not_covered", ["out_of_network"], "The plan covers students while they study in the United States. "
               "Care received in your home country is excluded from coverage, except for the first 14 days of an "
               "emergency on a school-approved trip. This visit took place in your home country during a school "
               "break, so it is not covered."),
    "paid": (None, [], "Paid according to the plan's benefits."),
}
WHY_ES = ("Esta reclamación es por tratamiento de asma. Los registros médicos muestran que usted recibió tratamiento "
          "por asma en los 12 meses antes del inicio de su cobertura. Por la limitación de condiciones preexistentes "
          "de la póliza, esta condición no está cubierta durante los primeros 12 meses.")


class Page(Doc):
    def __init__(self, foot: str, head: str | None = None):
        super().__init__("DejaVu", footer=foot, header=head, margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)


def claim(r, ins, kind, serv, prov, svc):
    lines = []
    for code, desc in SERV[serv]:
        b = money(r, 140, 2600) if code not in ("29881", "73721", "74176") else money(r, 1800, 6900)
        allowed = round(b * 0.6, 2)
        lines.append([code, desc, b, allowed if kind == "paid" else 0.0,
                      round(allowed * 0.8, 2) if kind == "paid" else 0.0])
    return dict(kind=kind, lines=lines, prov=prov, svc=svc, billed=round(sum(x[2] for x in lines), 2),
                no=mixed(r, "GW26-9999999") if ins == H1 else "ASA" + mixed(r, "9999999A"))


def facts(r, ins, lab, ds, ms, lang, layout, claims, app):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 130))
    eff = dt.date(notice.year - 1, 8, 15)
    cl = []
    for k, (kind, serv, prov) in enumerate(claims):
        cl.append(claim(r, ins, kind, serv, prov or clinician(r), days(notice, -r.randint(20, 50) + k)))
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, layout=layout, claims=cl, app=app, notice=notice,
             eff=eff, pend=days(dt.date(eff.year + 1, 8, 15), -1), wend=days(eff, 304),
             member=person(r, lang), addr=address(r, lang), school=r.choice(SCHOOLS),
             mid=mixed(r, "GWS99999999") if ins == H1 else "AS-" + mixed(r, "999999-99"),
             pol=mixed(r, "ISP-2026-9999") if ins == H1 else "ASA/STU/" + digits(r, 5),
             stuid=digits(r, 8), sevis="N00" + digits(r, 8), visa=r.choice(["F-1", "J-1"]),
             passport=mixed(r, "AA9999999"), ph=phone(r), office=local_phone(r), box=digits(r, 4))
    f["dl"] = days(notice, 180)
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    if f["ins"] == H1:
        y = d.get_y()
        d.text_line("GLOBEWAY", 20, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Insurance for students abroad", 8.5, h=4.3)
        d.set_xy(120, y)
        d.font(8.2)
        d.multi_cell(0, 4, f"{H1}\nStudent Claims Office\nPO Box {f['box']}\nCape Girardeau, MO 63702",
                     align="R", new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 22)
    else:
        d.text_line("Underwritten by Atlas Scholars Assurance Company, a Ruthven Re group member", 8, h=4.2)
        d.text_line("Atlas Scholars Assurance Company", 14, "B", h=7)
        d.text_line(f"International Student Health Plan  ·  PO Box {f['box']}  ·  Kearney, NE 68848  ·  {f['ph']}",
                    8.3, h=4.3)
        d.rule(0.4, 3)


def id_rows(d, f):
    L, fd, es = f["lab"], f["fd"], f["lang"] == "es"
    left = [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["pol"]),
            (("Período de la póliza" if es else "Policy period"), f"{fd(f['eff'])} - {fd(f['pend'])}")]
    right = [(("Institución" if es else "School"), f["school"]), (("ID estudiantil" if es else "Student ID"),
                                                                   f["stuid"]),
             ("SEVIS ID", f["sevis"]), (("Visa"), f["visa"])]
    y = d.get_y()
    for col, rows, lw in ((0, left, 38), (1, right, 26)):
        d.set_y(y)
        for k, v in rows:
            d.set_x(d.l_margin + (104 if col else 0))
            d.set_font("DejaVu", "B", 8.6)
            d.cell(lw, 4.8, k + ":")
            d.set_font("DejaVu", "", 8.9)
            d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def table(d, f, c):
    es, ms = f["lang"] == "es", f["ms"]
    head = (["Código", "Servicio", "Facturado", "Permitido", "Pagado"] if es else
            ["Code", "Service", "Billed", "Allowed", "Paid"])
    rows = [[x[0], x[1], usd(x[2], ms), usd(x[3], ms), usd(x[4], ms)] for x in c["lines"]]
    rows.append(["*Total", "", usd(c["billed"], ms), usd(sum(x[3] for x in c["lines"]), ms),
                 usd(sum(x[4] for x in c["lines"]), ms)])
    d.table(head, rows, [20, 72, 27, 27, 27], size=8.5, aligns="LLRRR", head_fill=f["ins"] == H2)


def why_text(f, c):
    if f["lang"] == "es":
        return WHY_ES
    return WHY[c["kind"]][2].format(eff=f["fd"](f["eff"]), wend=f["fd"](f["wend"]))


def claim_block(d, f, c):
    L, fd, es = f["lab"], f["fd"], f["lang"] == "es"
    for k, v in [(L[4], c["no"]), (L[5], c["prov"]), (L[6], fd(c["svc"]))]:
        d.set_font("DejaVu", "B", 8.8)
        d.cell(42, 4.9, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    table(d, f, c)
    d.para((("Motivo: " if es else "Reason: ") if c["kind"] != "paid" else "") + why_text(f, c), 9.3)


def appeal(f) -> str:
    a, fd = f["app"], f["fd"]
    if f["lang"] == "es":
        return "Puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta."
    if a == "notice":
        return "You may appeal this decision within 180 days of the date of this notice."
    if a == "date":
        return f"Your written appeal must reach us on or before {fd(f['dl'])}."
    return "You have 180 days from receipt of this notice to appeal."


def build(f) -> bytes:
    L, fd, es = f["lab"], f["fd"], f["lang"] == "es"
    tag = "GSHU" if f["ins"] == H1 else "ASAC"
    d = Page(f"{tag}-ISP-{f['notice'].year}  {{p}}/{{n}}", head=f"{f['member']}  ·  {f['mid']}")
    d.add_page()
    letterhead(d, f)
    eob = f["layout"] == "eob"
    if eob:
        d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", h=7)
        d.text_line(f"{L[0]}: {fd(f['notice'])}", 9.5, h=5.5)
        d.ln(1)
        id_rows(d, f)
        for c in f["claims"]:
            claim_block(d, f, c)
    else:
        d.text_line(f"{L[0]}: {fd(f['notice'])}", 9.8, h=5.5)
        d.ln(2)
        d.font(9.6)
        d.multi_cell(90, 4.7, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
        d.text_line("Determinación de su reclamación" if es else "Claim Determination", 12.5, "B", h=7)
        id_rows(d, f)
        c = f["claims"][0]
        d.para(f"Estimado(a) {f['member']}:" if es else f"Dear {f['member']}:", 10)
        d.para(("Revisamos la reclamación que recibimos por la atención que usted recibió. La reclamación fue "
                "denegada. Abajo está el detalle." if es else
                f"We have reviewed the claim for the care you received from {c['prov']}. We are sorry, but we are "
                "unable to pay this claim. The details are below."), 9.8)
        claim_block(d, f, c)
    if any(c["kind"] != "paid" for c in f["claims"]):
        d.text_line("Apelaciones" if es else "How to appeal", 10.5, "B", h=6)
        d.para(appeal(f) + (f" Llame al {f['ph']}." if es else
                            f" Send your appeal to the address above or call {f['ph']}. Urgent appeals are decided "
                            "within 72 hours."), 9.4)
    d.para((f"Oficina de seguros estudiantiles de {f['school']}: {f['office']}. Pasaporte en archivo: {f['passport']}."
            if es else f"Questions about enrolment? {f['school']} International Student Office: {f['office']}. "
            f"Passport on file: {f['passport']}."), 8.5)
    if not eob:
        d.para("Atentamente,\nUnidad de Reclamaciones Internacionales" if es else
               "Sincerely,\nInternational Claims Unit", 9.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    den_c = [c for c in f["claims"] if c["kind"] != "paid"]
    c = den_c[0] if den_c else f["claims"][0]
    den, dalt = WHY[c["kind"]][:2]
    dl, alts = None, {"plan_id": [None]}
    if den:
        if f["app"] in ("notice", "date") or f["lang"] == "es":
            dl = iso(f["dl"])
        else:
            alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    alts["group_number"] = [f["pol"]]
    doc = "eob" if f["layout"] == "eob" else "denial_letter"
    return truth(doc, den, f["lang"], insurer=f["ins"], plan_id=f["pol"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]),
                 service_dates=[iso(c["svc"])], denial_date=iso(f["notice"]), provider=c["prov"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, insurer, labels, date style, money style, lang, layout, claims (kind, services, provider), appeal)
PLAN = [
    ("student_visa_insurance_claim_bd_preexisting_asthma", "born_digital", H1, 1, "long", "plain", "en", "letter",
     [("preex", "asthma", None)], "notice"),
    ("student_visa_insurance_claim_bd_flu_visit_paid", "born_digital", H2, 2, "slash", "plain", "en", "eob",
     [("paid", "flu", "Pell Ridge University Student Health Center")], "notice"),
    ("student_visa_insurance_claim_scan_pregnancy_waiting_period", "scan_clean_300", H2, 2, "abbr", "nosign", "en",
     "letter", [("wait", "pregnancy", None)], "recv"),
    ("student_visa_insurance_claim_phone_home_country_er", "phone_photo", H1, 3, "dlong", "usd", "en", "eob",
     [("abroad", "home", "Clínica Los Almendros, Medellín")], "notice"),
    ("student_visa_insurance_claim_faxf_preexistente_es", "fax_fine_g4", H2, "es", "es", "es", "es", "letter",
     [("preex", "asthma", None)], "notice"),
    ("student_visa_insurance_claim_rot_two_claims_knee", "rotated", H1, 2, "iso", "plain", "en", "eob",
     [("paid", "acne", None), ("preex_plain", "knee", "Kearney Orthopaedic Associates")], "date"),
    ("student_visa_insurance_claim_lowres_waiting_period_date", "scan_lowres_150", H1, 3, "upper", "space", "en",
     "letter", [("wait", "pregnancy", None)], "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, ms, lang, layout, claims, app) in enumerate(PLAN):
        r = random.Random(99540 + i)
        f = facts(r, ins, lab, ds, ms, lang, layout, claims, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
