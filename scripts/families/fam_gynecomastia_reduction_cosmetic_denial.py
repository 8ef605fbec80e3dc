"""Family 'gynecomastia_reduction_cosmetic_denial': reduction mammaplasty / mastectomy for male gynecomastia (CPT
19300, often bilateral, with liposuction 15877 as an add-on) refused as cosmetic: no grade III (Simon/McKinney)
gynecomastia, fewer than 6 months of documented medical therapy or observation, no pathology, drug or hormone
causes not ruled out. Many patients are adolescents on a parent's plan, so the subscriber and the patient differ.

Documents: a pre-service denial letter to the parent about the son (born digital); a standard-fax stack of a cover
sheet, the plastic surgeon's pre-determination request form (boxed form) and the plan's faxed reply denying it; an
approval with conditions; a state Medicaid managed care notice of adverse benefit determination (photocopy); a
Spanish post-service claim denial (low-resolution scan); an EOB with three claims, only the surgery refused for no
prior approval (fed sideways); a phone photo of an appeal decision upholding the medical necessity denial.

Decoys: subscriber vs patient, DOB and age, BMI, request-received dates, the "symptoms since" date, NPIs, tax IDs,
paid claims, fair hearing and continuation time limits, external review, authorization validity dates.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "gynecomastia_reduction_cosmetic_denial"
LANG = "en"
SEED = 283600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BOYS = ["Theo", "Jasper", "Ezra", "Colin", "Mateo", "Rufus", "Kwame", "Gideon", "Desmond", "Anselm"]
BOYS_ES = ["Joaquín", "Efraín", "Arturo", "Héctor", "Ramón"]


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(18, 14, 18), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"{r.choice(['800', '855', '877', '888'])}.{r.digits(3)}.{r.digits(4)}"


def family(r: Rand, lang: str = "en", teen: bool = True) -> dict:
    """Subscriber (a parent) and the patient (the son, or the subscriber himself when teen is False)."""
    sub, sfirst, smi, last = r.person(lang)
    first = r.choice(BOYS_ES if lang == "es" else BOYS)
    mi = r.choice("ABCDEFGHJKLMNPRSTVW")
    if teen:
        pat = f"{first} {mi}. {last}"
        dob = dt.date(r.randint(2009, 2011), r.randint(1, 12), r.randint(1, 28))
    else:
        pat, first = sub, sfirst
        dob = dt.date(r.randint(1975, 2000), r.randint(1, 12), r.randint(1, 28))
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(sub=sub, sfirst=sfirst, slast=last, pat=pat, pfirst=first, last=last, dob=dob, dos=dos,
                addr=r.address(lang), npi=r.npi(), ph=phone(r))


def addr_block(d: Page, name: str, addr, size: float = 10) -> None:
    for ln in [name, *addr]:
        d.text_line(ln, size, h=size * 0.5)


# ---------------------------------------------------------------- 0: pre-service denial to the parent (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Aldergrove Health Plan"
    mid, grp = f"AGH{r.digits(9)}", f"{r.digits(6)}"
    ref = f"UM-{r.digits(4)}-{r.digits(6)}"
    letter = f["dos"] - dt.timedelta(days=r.randint(12, 20))
    recv = letter - dt.timedelta(days=r.randint(4, 9))
    surgeon = "Cornelius T. Abernathy, MD"
    d = Page("Aldergrove Health Plan  ·  Utilization Management  ·  Page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Aldergrove Health Plan", 16, "B", h=7.5)
    d.text_line(f"Utilization Management  ·  220 Larch Street, Portland, ME 04101  ·  {f['ph']}", 8.6, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(2)
    addr_block(d, f["sub"], f["addr"], 10.5)
    d.ln(5)
    for lab, val in [("Subscriber", f"{f['sub']}  (ID {mid}, group {grp})"), ("Patient", f"{f['pat']}  (dependent)"),
                     ("Reference number", ref), ("Service requested", "Reduction mammaplasty for gynecomastia, "
                                                 "bilateral (CPT 19300-50)"),
                     ("Requested by", surgeon), ("Planned date", fmt_date(f["dos"], "long"))]:
        d.font(9.6, "B")
        d.cell(40, 5.2, lab + ":")
        d.font(9.6)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['sfirst']} {f['slast']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {surgeon} to approve surgery to reduce breast "
           f"tissue for your son, {f['pat']}. We reviewed the request against our medical policy MP-7.114, "
           "Surgical Treatment of Gynecomastia. We cannot approve it.", 10.5)
    d.para("Why we made this decision: our plan covers gynecomastia surgery only when it corrects a functional "
           "problem. Surgery done to improve appearance is cosmetic and is excluded by your Evidence of Coverage, "
           "Section 5, Exclusions, item 12 (cosmetic services). The notes sent show Grade II gynecomastia without "
           "pain or tenderness that limits daily activity, and they do not show that the breast enlargement "
           "persisted after at least 12 months of observation, which is expected for a teenager because pubertal "
           "gynecomastia often resolves on its own. Based on this, the surgery is considered cosmetic.", 10.5)
    d.para("What you can do: you or your son's doctor may appeal within 180 days of the date of this letter. Send "
           "your appeal to Aldergrove Health Plan, Appeals, PO Box 918, Portland, ME 04104. If waiting could "
           "seriously harm your son's health, ask for an expedited appeal; we decide those within 72 hours. "
           "You may ask for a free copy of policy MP-7.114 and the records we used. The doctor may also request "
           "a peer-to-peer discussion with our medical director.", 10.5)
    d.para(f"Patient date of birth: {fmt_date(f['dob'], 'slash')}.  Requesting provider NPI: {f['npi']}.", 9)
    d.para("Sincerely,\n\nHollis Fairchild, MD\nMedical Director, Aldergrove Health Plan", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["pat"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=surgeon,
              appeal_deadline=iso(letter + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity", "prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: surgeon's request form + plan reply
def doc_request_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.text_line("WILLOWBANK PLASTIC & RECONSTRUCTIVE SURGERY", 13, "B", h=6.5)
    d.text_line(f"41 Orchard Park Drive, Suite 2B, Lansing, MI 48910   Tel {phone(r)}   Fax {phone(r)}   "
                f"Tax ID {r.digits(2)}-{r.digits(7)}", 8, h=4.4)
    d.ln(2)
    d.text_line("PRE-DETERMINATION / PRIOR AUTHORIZATION REQUEST - SURGICAL", 11.5, "B", h=7)
    d.text_line("Please complete all fields. Attach clinical notes and photographs.", 8, h=4.6)
    d.ln(1)
    W = 191
    d.boxes([("Date of request", fmt_date(f["req"], "slash"), 40), ("To (health plan)", f["ins"], 80),
             ("Plan fax", f["planfax"], 71)])
    d.boxes([("Patient name", f["pat"], 70), ("Patient DOB", fmt_date(f["dob"], "slash"), 36),
             ("Relationship to subscriber", "Child", 45), ("Sex", "M", 40)])
    d.boxes([("Subscriber name", f["sub"], 70), ("Member ID", f["mid"], 56), ("Group number", f["grp"], 65)])
    d.boxes([("Surgeon", f["surgeon"], 70), ("Surgeon NPI", f["npi"], 46), ("Facility", f["fac"], 75)])
    d.boxes([("CPT code(s)", "19300-50, 15877", 50), ("ICD-10 code(s)", "N62, N64.4", 45),
             ("Planned surgery date", fmt_date(f["dos"], "slash"), 50), ("Setting", "Outpatient ASC", 46)])
    d.ln(2)
    d.font(6.5)
    d.cell(W, 4, "CLINICAL SUMMARY", new_x="LMARGIN", new_y="NEXT")
    y = d.get_y()
    d.rect(12, y, W, 52)
    d.set_xy(14, y + 2)
    d.set_left_margin(14)
    d.para(f"{f['age']}-year-old male with bilateral breast enlargement noted since {fmt_date(f['since'], 'slash')}. "
           "Exam: Simon grade IIb, palpable glandular tissue 5 cm right, 4.5 cm left, mild tenderness. BMI 24.1. "
           "Labs (testosterone, estradiol, LH, hCG, TSH) normal. No anabolic steroids, cannabis or offending "
           "medications. Tamoxifen 10 mg daily for 3 months without improvement. Patient reports avoiding "
           "swimming and gym class and wears compression shirts. Requesting bilateral subcutaneous mastectomy "
           "with liposuction. Photos attached (4).", 9.2, w=W - 4)
    d.set_left_margin(12)
    d.set_xy(12, y + 54)
    d.boxes([("Requesting physician signature", "C. Ngata-Pryce, MD (signed)", 100),
             ("Contact", "Priya, surgery scheduler", 91)])
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["pat"],
              service_dates=[iso(f["dos"])], denial_date=iso(f["req"]), provider=f["surgeon"],
              unscored=["insurer"], alternates={"denial_date": [None]})
    return pdf_bytes(d), t


def doc_plan_reply(r: Rand, f: dict) -> tuple[bytes, dict]:
    reply = f["req"] + dt.timedelta(days=r.randint(5, 9))
    pd_no = f"PD{r.digits(8)}"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(f["ins"].upper(), 14, "B", h=7)
    d.text_line(f"Pre-Determination Unit  ·  Fax transmission  ·  Reply fax {f['planfax']}", 8.6, h=4.6)
    d.rule(0.5, 3)
    d.table(["TO", "ATTENTION", "FROM", "DATE"],
            [["Willowbank Plastic & Reconstructive", "Surgery scheduling", "Clinical Review", fmt_date(reply, "abbr")]],
            [62, 40, 38, 40], size=8.6, border_head="TB")
    d.text_line("PRE-DETERMINATION RESULT: NOT APPROVED", 12, "B", h=7)
    for lab, val in [("Pre-determination no.", pd_no), ("Member", f"{f['pat']} (dependent of {f['sub']})"),
                     ("Member ID / Group", f"{f['mid']} / {f['grp']}"), ("Requesting surgeon", f["surgeon"]),
                     ("Procedure", "19300-50 Mastectomy for gynecomastia; 15877 Suction assisted lipectomy, trunk"),
                     ("Proposed date", fmt_date(f["dos"], "abbr"))]:
        d.font(9.2, "B")
        d.cell(44, 5.2, lab)
        d.font(9.2)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Reason: The request does not meet the criteria in our Gynecomastia Surgery clinical guideline "
           "(CG-SURG-29). Coverage requires (1) grade III or IV gynecomastia, and (2) persistence after at least "
           "6 months of documented medical therapy when a drug or hormone cause is treatable, and (3) pain or "
           "tenderness despite that therapy. The records show grade IIb gynecomastia and 3 months of tamoxifen. "
           "The surgery is not medically necessary at this time. Liposuction (15877) billed with 19300 is "
           "considered part of the primary procedure.", 9.4)
    d.para("This is a pre-determination of benefits, not a guarantee or denial of payment of a claim. The member "
           "or the surgeon on the member's behalf may appeal within 180 days of the date of this notice by writing "
           "to Appeals, PO Box 3371, Grand Rapids, MI 49501. A peer-to-peer review may be requested within 14 days "
           f"by calling {f['ph']}.", 9.4)
    d.para("Reviewed by: Anneliese Voronova, MD, board certified in plastic surgery.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["pat"], case_numbers=[pd_no], service_dates=[iso(f["dos"])], denial_date=iso(reply),
              provider=f["surgeon"], appeal_deadline=iso(reply + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], type_alternates=["other"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family(r)
    f.update(ins="Great Lakes Meridian Health", mid=f"GLM{r.digits(8)}", grp=f"{r.letters(2)}-{r.digits(5)}",
             surgeon="Caspian Ngata-Pryce, MD", fac="Orchard Park Surgery Center", planfax=phone(r))
    f["req"] = f["dos"] - dt.timedelta(days=r.randint(25, 35))
    f["age"] = (f["req"] - f["dob"]).days // 365
    f["since"] = f["req"] - dt.timedelta(days=r.randint(400, 700))
    a = doc_request_form(r, f)
    b = doc_plan_reply(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [a, b], separators=["cover", None])


# ---------------------------------------------------------------- 2: approval with conditions (scan)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = family(r, teen=False)
    ins = "Sorrel Valley Health Insurance Company"
    mid, grp = f"{r.letters(3)}{r.digits(6)}", f"{r.digits(5)}-{r.digits(3)}"
    auth = f"A{r.digits(3)}-{r.digits(5)}"
    letter = f["dos"] - dt.timedelta(days=r.randint(10, 18))
    valid = letter + dt.timedelta(days=90)
    surgeon = "Beatriz L. Kessler, MD"
    d = Page("Sorrel Valley Health  —  authorization notice  —  {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("SORREL VALLEY HEALTH", 15, "B", h=7)
    d.text_line(f"{ins}  ·  Care Review  ·  1800 Canyon Road, Boise, ID 83702", 8.5, h=4.5)
    d.ln(6)
    d.boxes([("Notice date", fmt_date(letter, "dmy"), 36), ("Authorization no.", auth, 40),
             ("Member", f["pat"], 56), ("Member ID", mid, 38)])
    d.boxes([("Group", grp, 36), ("Surgeon", surgeon, 56), ("Scheduled", fmt_date(f["dos"], "dmy"), 38),
             ("Valid through", fmt_date(valid, "dmy"), 40)])
    d.ln(5)
    addr_block(d, f["pat"], f["addr"], 10)
    d.ln(4)
    d.text_line("Your surgery is approved - please read the conditions", 11.5, "B", h=7)
    d.para(f"Dear {f['pfirst']} {f['last']}: we approved the request from {surgeon} for excision of breast tissue "
           "for gynecomastia (CPT 19300), right and left. The records show grade III gynecomastia with redundant "
           "skin, pain documented over more than 6 months, and no improvement after stopping spironolactone. The "
           "surgery meets our medical policy.", 10)
    d.text_line("Conditions of this approval", 10.5, "B", h=6)
    for i, c in enumerate([
        f"The surgery must be done on or before {fmt_date(valid, 'dmy')} at an in-network facility.",
        "Removed tissue must be sent for pathology; the pathology report is required with the claim.",
        "Liposuction alone, skin tightening, nipple repositioning and any chest contouring for appearance are "
        "not part of this approval.",
        "Benefits depend on your eligibility on the date of surgery and on your deductible and coinsurance."], 1):
        d.para(f"{i}.  {c}", 9.8, gap=1.2)
    d.ln(2)
    d.para(f"Questions? Call Care Review at {f['ph']}. Your date of birth on file: {fmt_date(f['dob'], 'dmy')}.", 9.4)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["pat"], case_numbers=[auth],
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=surgeon,
              alternates={"service_dates": [[], [iso(f["dos"], valid)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Medicaid managed care notice (photocopy)
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Bayou Crescent Community Care"
    mcd = f"{r.digits(11)}"
    ref = f"NOA{r.digits(7)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 14))
    prov = "Dr. Gideon W. Marchetti"
    d = Page("BCCC-NOABD-01 (2025)  ·  Page {p} of {n}", margins=(20, 16, 20),
             header=f"{f['pat']}  ·  Medicaid ID {mcd}  ·  Notice {ref}")
    d.add_page()
    d.text_line("Bayou Crescent Community Care", 15, "B", h=7)
    d.text_line("A Louisiana Medicaid health plan  ·  5100 Delachaise Street, New Orleans, LA 70115", 8.6, h=4.6)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.text_line("Important: this notice explains your rights. Keep it.", 8.8, h=5)
    d.ln(2)
    d.text_line(f"Date of notice: {fmt_date(notice, 'slash')}        Notice number: {ref}", 10, h=5.5)
    d.ln(2)
    d.para(f"To: {f['sub']}, parent or guardian of {f['pat']}\n{f['addr'][0]}\n{f['addr'][1]}", 10, gap=3)
    d.para(f"Member: {f['pat']}     Medicaid ID: {mcd}     Date of birth: {fmt_date(f['dob'], 'slash')}", 10)
    d.para(f"Bayou Crescent Community Care has denied the service listed below that {prov} asked for on "
           f"{fmt_date(notice - dt.timedelta(days=6), 'slash')}:", 10)
    d.table(["Service", "Code", "Requested for", "Decision"],
            [["Reduction of male breast tissue, both sides", "19300", fmt_date(f["dos"], "slash"), "Denied"]],
            [78, 20, 36, 36], size=9.2, border_head="TB")
    d.para("Reason: The Louisiana Medicaid program does not pay for cosmetic surgery. Surgery for gynecomastia "
           "is covered only for grade III or IV, or when it causes documented pain despite at least 6 months of "
           "treatment. Your child's records show grade II with no pain. This decision is based on the Louisiana "
           "Medicaid Professional Services Provider Manual, Chapter 5.1, and 42 CFR 440.230.", 10)
    d.para("EPSDT: Because your child is under 21, we also looked at whether the surgery is needed to correct or "
           "improve a physical or mental condition. The records do not show this.", 10)
    d.para("Your rights are explained on page 2.", 10)
    d.add_page()
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may ask for an appeal with Bayou Crescent Community Care within 60 days from the date of this "
           "notice. Call Member Services at " + f["ph"] + " or write to Appeals, PO Box 52210, New Orleans, LA 70152. "
           "If your child's health is at serious risk, ask for an expedited appeal (72 hours).", 10)
    d.para("State fair hearing: if we uphold this decision, you may ask for a State Fair Hearing within 120 days "
           "of our appeal decision. To keep getting a service that was already approved while you appeal, you "
           "must ask within 10 days of the date of this notice. You may ask for free copies of all documents used "
           "to make this decision, including the medical necessity criteria.", 10)
    d.para("Clinical Review Department, Bayou Crescent Community Care", 10)
    d.text_line("Help in other languages", 10, "B", h=6)
    d.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
           f"Llame al {f['ph']}. CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho "
           "bạn. ATTENTION: Si vous parlez français, des services d'aide linguistique vous sont proposés "
           "gratuitement. TTY 711.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mcd, member_name=f["pat"], case_numbers=[ref],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=prov,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["medical_necessity"],
              alternates={"provider": ["Gideon W. Marchetti"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish post-service denial (low-res scan)
def doc_spanish(r: Rand) -> tuple[bytes, dict]:
    f = family(r, "es")
    ins = "Salud Costera del Sur, Inc."
    mid = f"SCS-{r.digits(4)}-{r.digits(4)}"
    grp = f"{r.digits(5)}"
    claim = f"{r.digits(13)}"
    carta = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    prov = "Centro Quirúrgico Palma Real"
    surg = "Dra. Xiomara Irizarry"
    lines = [("19300-RT", "Mastectomía por ginecomastia, derecha", float(r.randint(3100, 4300))),
             ("19300-LT", "Mastectomía por ginecomastia, izquierda", float(r.randint(1600, 2300))),
             ("15877", "Lipectomía por succión, tronco", float(r.randint(900, 1500)))]
    billed = sum(x[2] for x in lines)
    d = Page("Salud Costera del Sur  ·  Aviso de denegación de reclamación  ·  Página {p} de {n}")
    d.add_page()
    d.text_line("Salud Costera del Sur", 16, "B", h=7.5)
    d.text_line(f"{ins}  ·  Apartado 19044, Hialeah, FL 33010  ·  Servicios al Afiliado {f['ph']}", 8.4, h=4.5)
    d.ln(5)
    d.text_line(fmt_date(carta, "es"), 10, h=6)
    d.ln(2)
    addr_block(d, f["sub"], f["addr"], 10)
    d.ln(4)
    d.text_line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12, "B", h=7)
    for lab, val in [("Suscriptor", f"{f['sub']}"), ("Paciente", f"{f['pat']} (hijo)"),
                     ("Núm. de afiliado", mid), ("Grupo", grp), ("Núm. de reclamación", claim),
                     ("Proveedor", f"{surg} ({prov})")]:
        d.font(9.4, "B")
        d.cell(44, 5.1, lab + ":")
        d.font(9.4)
        d.cell(0, 5.1, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "es_abbr"), c, desc, fmt_money(b), "$0.00"] for c, desc, b in lines]
    rows.append(["*Total", "", "", fmt_money(billed), "$0.00"])
    d.table(["Fecha", "Código", "Servicio", "Cargo", "Pagado"], rows, [26, 22, 82, 26, 24], size=8.8,
            aligns="LLLRR", head_fill=True)
    d.para(f"Estimado/a {f['sfirst']} {f['slast']}: no podemos pagar esta reclamación. La cirugía para reducir el "
           "tejido mamario en varones (ginecomastia) se considera cosmética, salvo que exista ginecomastia de grado "
           "III y dolor documentado a pesar de 6 meses de tratamiento médico. No recibimos una solicitud de "
           "autorización previa ni expedientes que muestren estos criterios. Los servicios cosméticos están "
           "excluidos en la Sección 8, punto 4, de su Certificado de Cobertura.", 9.6)
    d.para("Su derecho a apelar: usted puede apelar dentro de 180 días a partir de la fecha de esta carta. Envíe su "
           "apelación a Apelaciones, Apartado 19046, Hialeah, FL 33010. Si su salud está en peligro, puede pedir "
           "una apelación acelerada (72 horas). También puede pedir una revisión externa dentro de 4 meses de la "
           "decisión final. Puede pedir copias gratuitas de los documentos usados para esta decisión.", 9.6)
    d.para(f"Fecha de nacimiento del paciente: {fmt_date(f['dob'], 'es')}. NPI del proveedor: {f['npi']}.", 8.8)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["pat"], case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(carta), provider="Xiomara Irizarry", appeal_deadline=iso(carta + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization", "medical_necessity"],
              alternates={"provider": [prov]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: EOB, three claims, surgery without approval
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Kestrel Point Health Insurance"
    mid, grp = f"KP{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(7)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    cls = [dict(no=f"{r.digits(12)}", prov="Harbor Lane Pediatrics", dos=f["dos"] - dt.timedelta(days=r.randint(60, 90)),
                code="99214", desc="Office visit", billed=float(r.randint(180, 260)), rk="", deny=False),
           dict(no=f"{r.digits(12)}", prov="Northbay Imaging Associates", dos=f["dos"] - dt.timedelta(days=r.randint(30, 50)),
                code="76642", desc="Ultrasound, breast, limited", billed=float(r.randint(320, 520)) + 0.5, rk="",
                deny=False),
           dict(no=f"{r.digits(12)}", prov="Lighthouse Plastic Surgery", dos=f["dos"], code="19300",
                desc="Mastectomy for gynecomastia", billed=float(r.randint(5200, 7900)), rk="A9", deny=True)]
    for c in cls:
        if c["deny"]:
            c.update(allowed=0.0, paid=0.0, owe=c["billed"])
        else:
            c["allowed"] = round(c["billed"] * 0.7, 2)
            c["paid"] = round(c["allowed"] * 0.8, 2)
            c["owe"] = round(c["allowed"] - c["paid"], 2)
    den = cls[2]
    d = Page("Kestrel Point Health  |  Explanation of Benefits  |  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Kestrel Point Health Insurance", 15, "B", h=7)
    d.text_line(f"Member Services {f['ph']}  |  PO Box 6640, Tacoma, WA 98401", 8.4, h=4.5)
    d.ln(2)
    d.text_line("Explanation of Benefits  (This is not a bill)", 12, "B", h=7)
    y = d.get_y()
    addr_block(d, f["sub"], f["addr"], 9.4)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(stmt, "upper")), ("Subscriber", f["sub"]), ("ID number", mid),
                     ("Group", grp), ("Patient", f["pat"])]:
        d.set_x(120)
        d.font(8.8, "B")
        d.cell(30, 4.8, lab)
        d.font(8.8)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    rows = []
    for c in cls:
        rows.append([c["no"], fmt_date(c["dos"], "upper"), c["prov"][:26], f"{c['code']} {c['desc']}"[:28],
                     fmt_money(c["billed"], "nosign"), fmt_money(c["allowed"], "nosign"),
                     fmt_money(c["paid"], "nosign"), fmt_money(c["owe"], "nosign"), c["rk"]])
    d.table(["Claim", "Service", "Provider", "Procedure", "Billed", "Allowed", "Paid", "You owe", "Note"], rows,
            [24, 20, 40, 42, 16, 16, 15, 15, 8], size=6.9, aligns="LLLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("A9  Prior authorization was required for this surgery and none was requested. Breast reduction or "
           "mastectomy for gynecomastia needs plan approval before the date of service. The surgeon's office may "
           "not bill the patient for this service if it is in our network.", 8.6)
    d.para("Appeals: if you disagree with how we processed a claim, you may file an appeal within 180 days of the "
           "statement date shown above. Mail: Kestrel Point Appeals, PO Box 6642, Tacoma, WA 98401. External "
           "review is available after the internal appeal.", 8.6)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["pat"], case_numbers=[den["no"]], claim_amount=m2(den["billed"]),
              service_dates=[iso(den["dos"])], denial_date=iso(stmt), provider=den["prov"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: appeal upheld (phone photo)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = family(r, teen=False)
    ins = "Hearthstone Benefit Plans"
    mid = f"{r.digits(9)}-0{r.randint(1, 3)}"
    appeal, orig = f"GA{r.digits(6)}", f"R{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 20))
    surgeon = "Odette P. Szabo, DO"
    d = Page(None, margins=(20, 14, 20))
    d.add_page()
    d.text_line("HEARTHSTONE BENEFIT PLANS", 14, "B", h=7)
    d.text_line("Grievance & Appeals  |  77 Foundry Lane, Worcester, MA 01608", 8.6, h=4.6)
    d.ln(4)
    d.text_line(f"{fmt_date(notice, 'abbr')}", 10, h=5.5)
    addr_block(d, f["pat"], f["addr"], 10)
    d.ln(3)
    d.table(["Appeal #", "Original ref.", "Member ID", "Requested service", "Planned date"],
            [[appeal, orig, mid, "CPT 19300 x2 (bilateral)", fmt_date(f["dos"], "abbr")]], [28, 28, 34, 50, 34],
            size=8.8, border_head="TB")
    d.text_line("APPEAL DECISION: DENIAL UPHELD", 11.5, "B", h=7)
    d.para(f"Dear {f['pfirst']} {f['last']}: you appealed our decision not to approve gynecomastia surgery requested "
           f"by {surgeon}. A board-certified plastic surgeon reviewed your appeal. The photographs and exam notes "
           "show grade II gynecomastia. Your records document 4 months of observation after you stopped the "
           "medication that likely caused it, short of the 6 months our policy requires, and no pain or "
           "functional limit. The surgery is not medically necessary under policy SURG-204.", 9.8)
    d.para("This is our final internal decision. You may ask for an independent external review within 4 months "
           "of the date you receive this letter; for urgent cases an expedited external review takes 72 hours. "
           "You may submit a new request if your condition changes after further treatment.", 9.8)
    d.para("Appeals Coordinator, Hearthstone Benefit Plans", 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["pat"],
              case_numbers=[appeal, orig], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=surgeon,
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_parent", "born_digital"), (2, doc_approval, "approval", "scan_clean_300"),
              (3, doc_medicaid, "medicaid_noabd", "photocopy"), (4, doc_spanish, "es_claim_denial", "scan_lowres_150"),
              (5, doc_eob, "three_claim_eob", "rotated"), (6, doc_appeal, "appeal_upheld", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
