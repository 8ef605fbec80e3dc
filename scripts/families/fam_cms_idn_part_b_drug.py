"""Family 'cms_idn_part_b_drug': the CMS Integrated Denial Notice (Form CMS-10003-NDMCP, "Notice of Denial of Medical
Coverage (or Payment)") as a Medicare Advantage plan fills it for a Part B drug given in a doctor's office or
infusion clinic: the top block (date, member name, member number), the coverage/payment check boxes, the drug box,
"Why did we deny your request?", the 65-day appeal paragraph with its standard / fast appeal boxes, and the form
number and material ID at the foot. Modelled on the published CMS-10003 layout and wording (values invented).

Issuers: Cedarcrest Advantage Health Plan (logo word "CEDARCREST" over a line, return address block) and Glenhaven
Medicare Plans (parent line "A Trillium Health Holdings company" above the name). Reasons: LCD criteria not met
(medical necessity), drug given without prior authorization (payment), step therapy, out-of-network infusion
centre (HMO), off-label use not in the compendia, a self-administered drug that belongs to Part D, one in Spanish.
Decoys: the date the request was received, the 7-day / 72-hour / 60-day time limits, the form and material
numbers, the plan's contract number in the material ID, 1-800-MEDICARE, the drug's HCPCS code and NDC.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundu_famuc import address, clinician, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "cms_idn_part_b_drug"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Cedarcrest Advantage Health Plan"
H2 = "Glenhaven Medicare Plans"
LABELS = {1: ["Date", "Member name", "Member number", "Request number", "Requesting provider", "Claim number"],
          2: ["Notice date", "Name", "Plan member ID", "Case ID", "Prescribing doctor", "Claim #"],
          3: ["Date of notice", "Enrollee", "ID number", "Reference number", "Ordering physician", "Claim ID"],
          "es": ["Fecha", "Nombre del miembro", "Número de miembro", "Número de solicitud", "Médico que lo solicitó",
                 "Número de reclamación"]}
DRUGS = {"denosumab": ("J0897", "Injection, denosumab, 1 mg", "60 units every 6 months"),
         "pembro": ("J9271", "Injection, pembrolizumab, 1 mg", "200 units every 3 weeks"),
         "aflibercept": ("J0178", "Injection, aflibercept, 1 mg (intravitreal)", "2 units every 8 weeks"),
         "ocrelizumab": ("J2350", "Injection, ocrelizumab, 1 mg", "600 units every 6 months"),
         "romosozumab": ("J3111", "Injection, romosozumab-aqqg, 1 mg", "210 units monthly"),
         "ivig": ("J1459", "Immune globulin (IVIG), 500 mg", "140 units monthly"),
         "adalimumab": ("J0135", "Injection, adalimumab, 20 mg", "2 units every other week")}
WHY = {
    "mednec": ("medical_necessity", [], "The information from your doctor does not show that you meet the coverage "
               "rules for this drug. Medicare's coverage rules (Local Coverage Determination L33394) cover it for "
               "osteoporosis only after a bone density test shows a T-score of -2.5 or lower, or after a fracture. "
               "Your records show a T-score of -1.8 and no fracture, so the drug is not medically necessary for you."),
    "noauth": ("prior_authorization", [], "Your plan requires prior authorization (approval in advance) for this "
               "drug when it is given in a doctor's office. We did not receive a request for approval before the "
               "drug was given, so we cannot pay this claim."),
    "step": ("medical_necessity", ["not_covered", "other"], "Your plan uses step therapy for this drug. You must "
             "first try the preferred drug, bevacizumab (Part B), for your eye condition. Your records do not "
             "show that you tried it or that it did not work for you, so we cannot cover aflibercept now."),
    "oon": ("out_of_network", ["not_covered"], "You asked us to cover this drug at Montgarrie Infusion Suites, which "
            "is not in our network. As an HMO member you must get non-emergency care from network providers. The "
            "same drug is covered at network infusion centres, such as the Bexhill Terrace Infusion Center."),
    "offlabel": ("experimental", ["not_covered", "medical_necessity"], "This use of the drug is not approved by the "
                 "FDA and is not supported by the drug compendia Medicare uses. Medicare considers this use "
                 "experimental, so it is not covered."),
    "partd": ("not_covered", ["other"], "This drug is one you give yourself at home. Medicare Part B does not pay for "
              "drugs you usually give yourself; they may be covered by your Part D prescription drug plan. We "
              "cannot pay for it under your medical benefit."),
}
WHY_ES = ("La información de su médico no muestra que usted cumple con las reglas de cobertura de este medicamento. "
          "Las reglas de Medicare lo cubren solo cuando hay deficiencia de inmunidad comprobada con análisis de "
          "laboratorio. Sus análisis no la muestran; por eso el medicamento no es médicamente necesario para usted.")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, ins, lab, ds, ms, lang, why, drug, kind, plan_row, planned):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 250))
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, why=why, drug=drug, kind=kind, notice=notice,
             member=person(r, lang), addr=address(r, lang), doc=clinician(r),
             mid=mixed(r, "CX9999999A") if ins == H1 else mixed(r, "GMP-999-99-9999"),
             req="PA26-" + digits(r, 7) if ins == H1 else mixed(r, "GH9999999999"),
             claim=mixed(r, "99999999999A"), recv=days(notice, -r.randint(3, 9)), ph=phone(r), box=digits(r, 4),
             contract="H4417" if ins == H1 else "H6203", pbp=f"{r.randint(1, 29):03d}", plan_row=plan_row,
             planned=days(notice, r.randint(6, 20)) if planned else None,
             dos=days(notice, -r.randint(25, 60)), units=r.randint(2, 8))
    f["billed"] = money(r, 900, 14000) if kind == "payment" else None
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    if f["ins"] == H1:
        y = d.get_y()
        d.font(8.3)
        d.multi_cell(85, 4.1, f"{H1}\nMedicare Advantage Appeals & Coverage\nPO Box {f['box']}\nKearney, NE 68848",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_xy(112, y)
        d.font(18, "B")
        d.cell(0, 9, "CEDARCREST", align="R", new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 19)
        d.rule(0.8, 2)
    else:
        d.text_line("A Trillium Health Holdings company", 8.3, h=4.2)
        d.text_line(H2, 14.5, "B", h=7.5)
        d.text_line(f"Coverage Decisions Unit  ·  PO Box {f['box']}  ·  Hays, KS 67602", 8.5, h=4.4)
        d.rule(0.4, 2)
    d.ln(1)


def top_block(d, f):
    L, fd, es = f["lab"], f["fd"], f["lang"] == "es"
    rows = [(L[0], fd(f["notice"])), (L[1], f["member"]), (L[2], f["mid"])]
    if f["plan_row"]:
        rows.append(("Plan ID", f"{f['contract']}-{f['pbp']}"))
    for k, v in rows:
        d.set_font("DejaVu", "B", 9.5)
        d.cell(45, 5.4, k + ":")
        d.set_font("DejaVu", "", 9.8)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Aviso de denegación de cobertura médica (o pago)" if es else
                "Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(2)


def checks(d, f):
    es = f["lang"] == "es"
    cov, pay = ("☒", "☐") if f["kind"] == "coverage" else ("☐", "☒")
    d.para((f"{cov} Cobertura médica     {pay} Pago" if es else f"{cov} Medical coverage     {pay} Payment"), 10)
    d.para(f"{f['ins']} " + ("ha denegado la cobertura médica (o el pago) que usted o su médico solicitó:" if es
                            else "has denied the medical coverage (or payment) listed below that you or your "
                                 "doctor requested:"), 10)


def drug_box(d, f):
    L, fd, ms, es = f["lab"], f["fd"], f["ms"], f["lang"] == "es"
    code, desc, dose = DRUGS[f["drug"]]
    rows = [((("Medicamento de la Parte B" if es else "Part B drug")), f"{code}  {desc}  ({dose})"),
            (L[4], f"{f['doc']}, MD"), (L[3], f["req"]),
            (("Recibimos su solicitud" if es else "We received the request"), fd(f["recv"]))]
    if f["kind"] == "payment":
        rows += [(L[5], f["claim"]), (("Fecha de servicio" if es else "Date of service"), fd(f["dos"])),
                 (("Cantidad facturada" if es else "Amount billed"), usd(f["billed"], ms))]
    if f["planned"]:
        rows.append(("Planned date of first dose", fd(f["planned"])))
    y0 = d.get_y()
    d.set_y(y0 + 2)
    for k, v in rows:
        d.set_x(d.l_margin + 3)
        d.set_font("DejaVu", "B", 9)
        d.cell(52, 5.2, k + ":")
        d.set_font("DejaVu", "", 9.3)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(d.l_margin, y0, d.w - d.l_margin - d.r_margin, d.get_y() - y0 + 2)
    d.ln(5)


def body(d, f):
    es, fd = f["lang"] == "es", f["fd"]
    d.text_line("¿Por qué denegamos su solicitud?" if es else "Why did we deny your request?", 11.5, "B", h=6.5)
    d.para(WHY_ES if es else WHY[f["why"]][2], 10)
    d.text_line("Usted tiene derecho a apelar nuestra decisión" if es else "You have the right to appeal our decision",
                11.5, "B", h=6.5)
    if es:
        d.para("Usted tiene derecho a pedir que revisemos nuestra decisión. Si quiere apelar, debe pedirlo dentro de "
               "65 días a partir de la fecha de este aviso. Podemos darle más tiempo si tiene una buena razón.", 10)
        d.para("☐ Apelación estándar: le daremos una decisión dentro de 7 días para un medicamento de la Parte B.\n"
               "☐ Apelación rápida: le daremos una decisión dentro de 72 horas si su salud lo requiere.", 9.5)
    else:
        d.para("You have the right to ask us to review our decision. If you want to appeal, you must ask within 65 "
               "days of the date of this notice. We can give you more time if you have a good reason for missing "
               "the deadline.", 10)
        d.text_line("There are 2 kinds of appeals with the plan:", 10, "B", h=5.5)
        d.para("☐ Standard appeal - We'll give you a written decision on a Medicare Part B drug within 7 days after "
               "we get your appeal (within 60 days for a payment appeal).\n☐ Fast appeal - We'll give you a decision "
               "within 72 hours if waiting could seriously harm your health. Your doctor can ask for one.", 9.5)
    d.text_line("Cómo pedir una apelación" if es else "How do I ask for an appeal with the plan?", 10.5, "B", h=6)
    d.para((f"Escríbanos a PO Box {f['box']} o llame al {f['ph']} (TTY 711), de 8 a.m. a 8 p.m., los 7 días." if es
            else f"Step 1: You, your representative or your doctor must ask for an appeal. Write to the address above "
                 f"or call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. Include your name, member number and "
                 "the reasons you disagree."), 9.5)
    d.text_line("Obtenga ayuda" if es else "Get help & more information", 10.5, "B", h=6)
    d.para(("Medicare: 1-800-MEDICARE (1-800-633-4227). Programa estatal de asistencia sobre seguros de salud (SHIP)."
            if es else "Medicare: 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. Your State Health "
            "Insurance Assistance Program (SHIP) offers free counseling. Elder Care Locator: 1-800-677-1116."), 9)


def build(f) -> bytes:
    material = f"{f['contract']}_IDN{f['notice'].strftime('%y')}_{'C' if f['ins'] == H1 else 'M'}"
    d = Page(f"Form CMS-10003-NDMCP (Exp. 08/31/2027) OMB Approval 0938-0829   {material}   {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    d.font(9.5)
    d.multi_cell(90, 4.8, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    top_block(d, f)
    checks(d, f)
    drug_box(d, f)
    body(d, f)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    den, dalt = ("medical_necessity", []) if f["lang"] == "es" else WHY[f["why"]][:2]
    cases = [f["req"]] + ([f["claim"]] if f["kind"] == "payment" else [])
    alts = {"case_numbers": [[f["claim"]]]} if f["kind"] == "payment" else {}
    svc = [iso(f["dos"])] if f["kind"] == "payment" else [iso(f["planned"])] if f["planned"] else []
    if f["plan_row"]:
        alts["plan_id"] = [None]
    return truth("denial_letter", den, f["lang"], insurer=f["ins"],
                 plan_id=f"{f['contract']}-{f['pbp']}" if f["plan_row"] else None, member_id=f["mid"],
                 member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if f["billed"] else None, service_dates=svc,
                 denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=iso(days(f["notice"], 65)),
                 alternates=alts, denial_alternates=dalt)


# (stem, condition, plan, labels, date style, money style, lang, reason, drug, coverage/payment, plan row, planned)
PLAN = [
    ("cms_idn_part_b_drug_bd_denosumab_criteria", "born_digital", H1, 1, "long", "plain", "en", "mednec",
     "denosumab", "coverage", False, True),
    ("cms_idn_part_b_drug_bd_pembro_no_auth", "born_digital", H2, 2, "slash", "plain", "en", "noauth", "pembro",
     "payment", True, False),
    ("cms_idn_part_b_drug_scan_step_therapy", "scan_clean_300", H1, 3, "abbr", "plain", "en", "step", "aflibercept",
     "coverage", False, False),
    ("cms_idn_part_b_drug_lowres_oon_infusion", "scan_lowres_150", H2, 1, "dmy", "plain", "en", "oon", "ocrelizumab",
     "coverage", True, True),
    ("cms_idn_part_b_drug_rot_off_label", "rotated", H1, 2, "iso", "plain", "en", "offlabel", "romosozumab",
     "coverage", False, False),
    ("cms_idn_part_b_drug_faxf_ivig_es", "fax_fine_g4", H2, "es", "es", "es", "es", "mednec", "ivig", "coverage",
     False, False),
    ("cms_idn_part_b_drug_copy_self_administered", "photocopy", H1, 3, "upper", "usd", "en", "partd", "adalimumab",
     "payment", False, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, ms, lang, why, drug, kind, plan_row, planned) in enumerate(PLAN):
        r = random.Random(99500 + i)
        f = facts(r, ins, lab, ds, ms, lang, why, drug, kind, plan_row, planned)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
