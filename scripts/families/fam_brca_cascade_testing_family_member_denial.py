"""Family 'brca_cascade_testing_family_member_denial': single-site (known familial variant) BRCA1/2 testing for a
relative of a known carrier -- 81215 (BRCA1/2 known familial variant) and 81217 (BRCA2 known familial variant) --
refused because the relative is not a member of the plan, no genetic counseling came before the test, or the lab
is out of network; Medicare does not pay for a test in a person without the disease.

Documents: a paid EOB (in-network lab, counseling done, nothing denied); a standard-fax stack of a plan letter
refusing a claim filed for a member's brother (not enrolled), its blank back page (duplex) and the lab's bill to
the brother; a Medicare Summary Notice with a paid visit and a denied 81217; a Spanish Medicaid managed care notice
(no genetic counseling); a phone photo of an EOB with three claims (out-of-network lab denied); a two-page
pre-service letter with a running header (no counseling), fed sideways; an appeal decision upholding the
out-of-network denial with a sidebar.

Decoys: the carrier relative's name and test date, DOB, NPIs, accession and account numbers, received dates,
paid claims, allowed/paid amounts, medical policy numbers, 72-hour, 4-month and fair-hearing limits.
All values invented (insurers, labs, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "brca_cascade_testing_family_member_denial"
LANG = "en"
SEED = 284600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    rel, *_ = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang), rel=rel,
                dob=dt.date(r.randint(1958, 2001), r.randint(1, 12), r.randint(1, 28)),
                start=dt.date(2026, 1, 5) + D(days=r.randint(0, 150)), npi=r.npi(), tel=r.phone(),
                acc=f"{r.letters(2)}{r.digits(8)}")


def kv(d: Page, rows, lw: float = 42, size: float = 9.2, x: float | None = None) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.55, lab)
        d.font(size)
        d.cell(0, size * 0.55, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: paid EOB (nothing denied)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Wrenfield Health Insurance Company"
    mid, grp = f"WHI-{r.digits(3)}-{r.digits(6)}", f"{r.digits(6)}"
    claim = f"{r.digits(2)}-{r.digits(6)}-{r.digits(3)}"
    lab = "Halvorsen Genomics Laboratory"
    dos = f["start"]
    stmt = dos + D(days=r.randint(18, 30))
    billed = float(r.randint(380, 690))
    allowed = round(billed * 0.52, 2)
    d = Page("Wrenfield Health  ·  EOB  ·  {p} of {n}", margins=(15, 13, 15))
    d.add_page()
    d.text_line("wrenfield health", 20, "B", h=9)
    d.text_line(f"{ins}  ·  PO Box 7031, Fargo, ND 58102  ·  {f['tel']}", 8.4, h=4.5)
    d.rule(0.5, 4)
    d.text_line("Explanation of Benefits - this is not a bill", 12, "B", h=7)
    d.boxes([("Issued", fmt_date(stmt, "long"), 44), ("Patient", f["member"], 56), ("ID number", mid, 44),
             ("Group", grp, 36)])
    d.boxes([("Claim", claim, 44), ("Provider (in network)", lab, 80), ("Accession", f["acc"], 56)])
    d.ln(4)
    d.table(["Service date", "Service", "Charged", "Allowed", "Deductible", "Plan paid", "Your share"],
            [[fmt_date(dos, "slash"), "81215 BRCA1/2 known familial variant", fmt_money(billed, "nosign"),
              fmt_money(allowed, "nosign"), "0.00", fmt_money(allowed, "nosign"), "0.00"],
             ["*Totals", "", fmt_money(billed, "nosign"), fmt_money(allowed, "nosign"), "0.00",
              fmt_money(allowed, "nosign"), "0.00"]], [26, 62, 20, 20, 20, 20, 18], size=8.3, aligns="LLRRRRR",
            head_fill=True)
    d.para(f"Good news: this test was paid in full. You were tested for the BRCA1 variant found in your relative "
           f"{f['rel']}, after a genetic counseling visit, so it met the plan's cascade testing criteria "
           "(preventive, no cost share). The lab is in network and cannot bill you more than your share above.",
           9.2)
    d.para(f"Questions or disagree? Call {f['tel']}. You may ask for a review within 180 days after you receive this "
           f"statement. Lab NPI {f['npi']}.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=lab, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: eligibility letter + lab bill
def doc_elig_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Corveil Mutual Insurance Company"
    notice = f["dos"] + D(days=r.randint(25, 35))
    f["notice"] = notice
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("CORVEIL MUTUAL", 16, "B", h=8)
    d.text_line(f"{ins} · Claims Department · 14 Quarry Street, Bellingham, WA 98225", 8.6, h=4.6)
    d.ln(7)
    d.text_line(fmt_date(notice, "mdy_nopad"), 10.5, h=6)
    d.ln(2)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    kv(d, [("Claim number", f["claim"]), ("Policyholder", f["sub"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Patient on claim", f["member"]), ("Provider", f["lab"]),
           ("Date of service", fmt_date(f["dos"], "mdy_nopad")), ("Amount billed", fmt_money(f["billed"]))],
       lw=42, size=10)
    d.ln(4)
    d.para(f"Dear {f['sub']}:", 10.5)
    d.para(f"We received a claim from {f['lab']} for BRCA2 known familial variant testing (CPT 81217) for "
           f"{f['member']}, listed on the claim as your brother. The claim was filed under your member ID. Your "
           "policy covers you, your spouse and your children under age 26. A brother is not an eligible dependent, "
           "and our enrollment records do not show him as a member of any Corveil plan. We cannot pay this claim.",
           10.5)
    d.para("We understand the test was ordered because you carry a BRCA2 variant. Your relatives' own health plans "
           "may cover testing for them; the lab should bill the patient's own insurer.", 10.5)
    d.text_line("Appeal rights", 11, "B", h=6.5)
    d.para("If you believe this decision is wrong, you may appeal within 180 days of the date of this letter. Write "
           "to Corveil Mutual Appeals, PO Box 880, Bellingham, WA 98225. You may also ask for an external review "
           f"after the appeal. Customer service: {f['tel']}.", 10.5)
    d.para("Sincerely,\nClaims Department", 10.5)
    t = truth("denial_letter", "eligibility", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["lab"],
              appeal_deadline=iso(notice + D(days=180)), alternates={"member_name": [f["sub"]]})
    return pdf_bytes(d), t


def doc_lab_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["notice"] + D(days=r.randint(10, 20))
    acct = f"P{r.digits(7)}"
    d = Page(None, margins=(14, 14, 14))
    d.add_page()
    d.text_line(f["lab"], 14, "B", h=7)
    d.text_line(f"CLIA-certified molecular lab  ·  300 Lantern Way, Fargo, ND 58102  ·  Billing {ph(r)}", 8.4, h=4.5)
    d.rule(0.4, 3)
    d.text_line("PATIENT INVOICE", 12, "B", h=7)
    d.boxes([("Invoice date", fmt_date(bill, "slash"), 36), ("Patient account", acct, 36),
             ("Accession", f["acc"], 40), ("Balance due", fmt_money(f["billed"]), 34), ("Due by",
             fmt_date(bill + D(days=30), "slash"), 36)])
    d.ln(4)
    kv(d, [("Patient:", f["member"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Ordering provider:", "Naomi S. Greer, MS, CGC for Dr. Percy V. Ibarra"),
           ("Insurance billed:", f"Corveil Mutual, member ID {f['mid']}, claim {f['claim']}")], lw=38, size=9)
    d.ln(3)
    d.table(["Collected", "Test", "CPT", "Charge"],
            [[fmt_date(f["dos"], "slash"), "BRCA2 single-site (familial variant c.5946delT)", "81217",
              fmt_money(f["billed"])],
             [fmt_date(f["notice"], "slash"), "Insurance: denied - patient not eligible", "", "$0.00"],
             ["*Balance due", "", "", fmt_money(f["billed"])]], [30, 104, 20, 28], size=8.8, aligns="LLLR")
    d.para("Your insurance denied this test because you are not covered under the policy we billed. If you have "
           "your own insurance, send us the card within 30 days and we will rebill. Self-pay price for single-site "
           "testing: $250.00 if paid by the due date.", 9.2)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(bill),
              provider=f["lab"], unscored=["insurer"], alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["sub"], *_ = r.person()
    f.update(mid=f"CVM{r.digits(8)}", grp=f"{r.digits(3)}-{r.digits(4)}", claim=f"{r.digits(4)}{r.letters(2)}{r.digits(6)}",
             lab="Tidewell Genetic Reference Lab", billed=float(r.randint(395, 620)), dos=f["start"])
    return Item(f"{FAMILY}_fax_letter_labbill", "fax_standard_g4", [doc_elig_letter(r, f), doc_lab_bill(r, f)],
                separators=["duplex", None])


# ---------------------------------------------------------------- 2: Medicare Summary Notice
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1946, 1958), r.randint(1, 12), r.randint(1, 28))
    mbi = f"{r.randint(1, 9)}{r.letters(1)}{r.letters(1)}{r.digits(1)}-{r.letters(1)}{r.letters(1)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = f["start"] + D(days=r.randint(40, 60))
    span0 = notice - D(days=90)
    lab = "Cresthaven Molecular Diagnostics"
    doc = "Lakeview Internal Medicine Group"
    c1, c2 = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    v = f["start"] - D(days=r.randint(10, 20))
    vb = float(r.randint(180, 260))
    tb = float(r.randint(420, 650))
    by = notice + D(days=120)
    d = Page(f"{f['member'].upper()}  |  Medicare Summary Notice  |  Page {{p}} of {{n}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7.5)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.6, h=4.8)
    d.ln(3)
    y = d.get_y()
    d.text_line(f["member"].upper(), 10, "B", h=5)
    for ln in f["addr"]:
        d.text_line(ln.upper(), 9.6, h=4.8)
    d.set_y(y)
    kv(d, [("Medicare Number", mbi), ("Date of This Notice", fmt_date(notice, "long")),
           ("Claims Processed Between", f"{fmt_date(span0, 'abbr')} - {fmt_date(notice, 'abbr')}")], lw=48,
       size=8.8, x=104)
    d.ln(6)
    d.text_line(f"Did Medicare approve all services?  NO  (see claim {c2})", 10.5, "B", h=6)
    d.text_line(f"If you disagree with any claims decisions on this notice, you can file an appeal by "
                f"{fmt_date(by, 'long')}.", 9.4, h=5)
    d.ln(3)
    for c, prov, dt0, rows, tot in [
        (c1, doc, v, [["Office visit, level 4 (99214)", "Yes", fmt_money(vb), fmt_money(vb * 0.55),
                       fmt_money(vb * 0.44), fmt_money(vb * 0.11), ""]], vb),
        (c2, lab, f["start"], [["BRCA2 familial variant (81217)", "No", fmt_money(tb),
                                "$0.00", "$0.00", fmt_money(tb), "A"]], tb)]:
        d.font(9, "B")
        d.cell(0, 5.2, f"{prov}, claim number {c}, service date {fmt_date(dt0, 'slash')}", new_x="LMARGIN",
               new_y="NEXT")
        d.table(["Service provided", "Approved?", "Charged", "Approved", "Paid", "You may owe",
                 "Notes"], rows + [["*Total", "", fmt_money(tot), "", "", "", ""]],
                [56, 18, 22, 22, 22, 24, 14], size=7.8, aligns="LLRRRRL", head_fill=True)
    d.text_line("Notes for claims above", 9.5, "B", h=5.5)
    d.para("A  Medicare does not pay for genetic tests for people who do not have signs or symptoms of the disease "
           f"being tested for. The test was ordered because your relative, {f['rel']}, carries a BRCA2 variant; "
           "you have no personal history of breast, ovarian, pancreatic or prostate cancer. This service is not "
           "covered. You may be billed unless the lab failed to give you an Advance Beneficiary Notice.", 8.6)
    d.text_line("How to handle denied claims or file an appeal", 9.5, "B", h=5.5)
    d.para("Circle the services you disagree with, explain why, sign and send this page to Northern Plains "
           "Medicare Services, Appeals, PO Box 6702, Fargo, ND 58108. Medicare must receive your appeal by the date "
           f"above. Call 1-800-MEDICARE with questions. CMS-10094 (rev. 2026). Lab NPI {f['npi']}.", 8.6)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(tb), service_dates=[iso(f["start"])], denial_date=iso(notice),
              provider=lab, appeal_deadline=iso(by), denial_alternates=["medical_necessity"],
              type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services", "Northern Plains Medicare Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Spanish Medicaid notice, no counseling
def doc_es_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Ribera del Sol"
    mid = f"{r.digits(10)}"
    aviso = f"AV-{r.digits(3)}-{r.digits(5)}"
    notice = f["start"]
    planned = notice + D(days=r.randint(12, 25))
    doctor = "Beatriz M. Montalvo"
    d = Page("Salud Ribera del Sol  ·  Aviso de Determinación Adversa de Beneficios  ·  Página {p} de {n}",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("Salud Ribera del Sol", 16, "B", h=8)
    d.text_line("Plan de atención administrada de Medicaid  ·  Apartado 1907, Laredo, TX 78040", 8.6, h=4.6)
    d.ln(5)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", h=7)
    d.ln(1)
    d.table(["Fecha del aviso", "Núm. de aviso", "Afiliado(a)", "Núm. de Medicaid"],
            [[fmt_date(notice, "es"), aviso, f["member"], mid]], [44, 36, 56, 38], size=8.8, border_head="TB")
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Recibimos una solicitud de la Dra. {doctor} para la prueba de la variante familiar conocida de BRCA1 "
           f"y BRCA2 (código 81215), con fecha prevista del {fmt_date(planned, 'es')}. La prueba se pidió porque su "
           f"madre, {f['rel']}, tiene una variante de BRCA1.", 10)
    d.text_line("Nuestra decisión: DENEGADA", 10.5, "B", h=6)
    d.para("Texas Medicaid cubre la prueba genética de un familiar cuando antes hubo una consulta de asesoramiento "
           "genético con un asesor certificado o un médico genetista. Los documentos que recibimos no muestran esa "
           "consulta. Por eso la prueba no es médicamente necesaria en este momento. Puede pedirla de nuevo "
           "después de la consulta de asesoramiento genético.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Tiene 60 días a partir de la fecha de este aviso para pedir una apelación. Llame a Servicios para "
           f"Afiliados al {f['tel']} o escriba a Apelaciones, Apartado 1911, Laredo, TX 78040. Si su salud está en "
           "peligro, pida una apelación acelerada (72 horas). Después de la apelación, puede pedir una audiencia "
           "imparcial estatal dentro de 120 días. Puede pedir sin costo copias de todos los documentos usados.", 10)
    d.para(f"Fecha de nacimiento: {fmt_date(f['dob'], 'es')}.  NPI de la doctora: {f['npi']}.", 8.8)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[aviso], service_dates=[iso(planned)], denial_date=iso(notice), provider=doctor,
              appeal_deadline=iso(notice + D(days=60)), denial_alternates=["prior_authorization"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: EOB three claims, OON lab denied (photo)
def doc_oon_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ferncastle Health Plan"
    mid, grp = f"{r.letters(3)}{r.digits(9)}", f"{r.digits(5)}-{r.digits(3)}"
    stmt = f["start"] + D(days=r.randint(20, 30))
    gc = "Brightwater Genetics Clinic"
    lab = "Quorra Diagnostics, Inc."
    cv, cg, cl = (f"{r.digits(12)}" for _ in range(3))
    dv = f["start"] - D(days=r.randint(20, 40))
    dl = f["start"]
    bv, bg, bl = float(r.randint(150, 240)), float(r.randint(260, 360)), float(r.randint(450, 780))
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(12, 12, 191.9, 14, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(15, 14)
    d.font(15, "B")
    d.cell(0, 10, "FERNCASTLE HEALTH PLAN  -  Explanation of Benefits")
    d.set_text_color(0, 0, 0)
    d.set_xy(12, 29)
    kv(d, [("Member:", f["member"]), ("Member ID:", mid), ("Group:", grp), ("Statement date:", fmt_date(stmt, "dmy"))],
       lw=32, size=9.2)
    d.ln(4)
    d.table(["Claim #", "Provider", "Date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[cv, "Dr. Odette Winslow", fmt_date(dv, "dmy"), "99213", fmt_money(bv, "nosign"),
              fmt_money(bv * 0.6, "nosign"), fmt_money(bv * 0.6 - 30, "nosign"), "30.00", ""],
             [cg, gc, fmt_date(dv + D(days=7), "dmy"), "96041", fmt_money(bg, "nosign"),
              fmt_money(bg * 0.7, "nosign"), fmt_money(bg * 0.7, "nosign"), "0.00", ""],
             [cl, lab, fmt_date(dl, "dmy"), "81215", fmt_money(bl, "nosign"), "0.00", "0.00",
              fmt_money(bl, "nosign"), "N54"]],
            [30, 46, 22, 13, 19, 17, 18, 17, 10], size=7.6, head_fill=True)
    d.text_line("Code N54", 9.5, "B", h=5.5)
    d.para(f"{lab} is not in the Ferncastle network. Your plan (HMO) has no out-of-network benefit except for "
           "emergencies. In-network labs for BRCA familial variant testing are listed in the provider directory. "
           "You are responsible for the billed amount.", 8.8)
    d.text_line("Appeals", 9.5, "B", h=5.5)
    d.para("To appeal, write within 180 days of the date of this statement to Ferncastle Appeals, PO Box 55, Yuma, "
           f"AZ 85364, or call {f['tel']}. Urgent appeals: 72 hours. Lab NPI {f['npi']}.", 8.8)
    t = truth("eob", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[cl], claim_amount=m2(bl), service_dates=[iso(dl)], denial_date=iso(stmt), provider=lab,
              appeal_deadline=iso(stmt + D(days=180)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: two-page pre-service letter, sideways
def doc_two_page_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lindqvist Harbor Health"
    mid, grp = f"LHH{r.digits(4)} {r.digits(5)}", f"{r.letters(1)}{r.digits(5)}"
    req = f"PA{r.digits(10)}"
    doctor = "Theo A. Nakamura"
    notice = f["start"]
    planned = notice + D(days=r.randint(10, 20))
    d = Page("LHH-UM-GEN (rev 2026)   Page {p} of {n}", margins=(22, 18, 22),
             header=f"{f['member']}  ·  Request {req}  ·  {fmt_date(notice, 'abbr')}")
    d.add_page()
    d.text_line("Lindqvist Harbor Health", 15, "B", h=7.5)
    d.text_line("Utilization Review · 9 Harbor View Road, Bangor, ME 04401", 8.8, h=4.6)
    d.ln(6)
    kv(d, [("Date:", fmt_date(notice, "abbr")), ("Member:", f["member"]), ("Member ID:", mid), ("Group:", grp),
           ("Request number:", req), ("Ordering physician:", f"{doctor}, MD"),
           ("Test requested:", "81215 BRCA1/BRCA2 known familial variant"),
           ("Planned collection:", fmt_date(planned, "abbr"))], lw=44, size=10)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para("We have reviewed the request for genetic testing listed above. We are denying it. This letter "
           "explains why and what you can do.", 10.5)
    d.text_line("Why we denied the request", 11, "B", h=6.5)
    d.para(f"The request says that your father, {f['rel']}, has a BRCA1 variant found in {r.randint(2019, 2024)}. "
           "Our medical policy for hereditary cancer testing (MP-GEN-310) says that testing a relative for a known "
           "family variant is medically necessary when the member has had pre-test genetic counseling with a "
           "certified genetic counselor or a medical geneticist, who documents the family variant and the "
           "member's informed consent. The records we received do not include a genetic counseling note or a copy "
           "of your father's lab report. Without them, the test is not medically necessary under our policy.", 10.5)
    d.para("Your doctor can send a new request with the counseling note. Many counselors see patients by "
           "telehealth; call us for a list of in-network genetic counselors.", 10.5)
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You, or someone you name to act for you, may appeal within 180 days from the date of this notice. Send "
           "your appeal to Lindqvist Harbor Health Appeals, PO Box 300, Bangor, ME 04401, or fax it to "
           f"{ph(r)}. Include this letter and any records you want us to consider.", 10.5)
    d.para("If your doctor believes waiting for a standard decision could seriously harm your health, you may ask "
           "for an expedited appeal. We will decide an expedited appeal within 72 hours.", 10.5)
    d.text_line("External review", 11, "B", h=6.5)
    d.para("After our final decision, you may ask for an external review by an independent review organization "
           "within 4 months. External review is available for decisions based on medical necessity, "
           "appropriateness, health care setting, level of care, or experimental or investigational treatment.", 10.5)
    d.text_line("Other help", 11, "B", h=6.5)
    d.para("You may ask for free copies of the medical policy, the diagnosis and procedure codes and all records we "
           "used. The Maine Bureau of Insurance Consumer Health Care Division can help you with your appeal. "
           f"Member services: {f['tel']}.", 10.5)
    d.para(f"Sincerely,\n\nMedical Director, Utilization Review\ncc: {doctor}, MD (NPI {f['npi']})", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=doctor, appeal_deadline=iso(notice + D(days=180)),
              denial_alternates=["prior_authorization"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: upheld appeal, OON lab, sidebar
def doc_appeal_oon(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ashgrove Benefit Health"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(6)}"
    claim, appeal = f"C{r.digits(10)}", f"AP{r.digits(7)}"
    lab = "Quorra Diagnostics, Inc."
    dos = f["start"]
    notice = dos + D(days=r.randint(75, 95))
    billed = float(r.randint(480, 820)) + 0.75
    d = Page(None, margins=(12, 14, 12))
    d.add_page()
    d.text_line("Ashgrove Benefit Health", 15, "B", h=7.5)
    d.text_line(f"Member Appeals  ·  PO Box 4021, Lubbock, TX 79401  ·  {f['tel']}", 8.6, h=4.6)
    d.rule(0.5, 4)
    top = d.get_y()
    d.set_left_margin(78)
    d.set_xy(78, top)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Your appeal: decision", 11.5, "B", h=7)
    d.para(f"We reviewed your appeal of our decision not to pay for BRCA2 single-site testing (CPT 81217) done by "
           f"{lab} on {fmt_date(dos, 'long')}. You told us your doctor chose the lab because it had tested your "
           f"aunt, {f['rel']}, and knew the family variant.", 9.8)
    d.para("We uphold our decision. Your plan is an exclusive provider plan: it pays for services from network "
           "providers only, except for emergencies and approved network exceptions. The lab is not in our network, "
           "and no network exception was asked for before the test. Several network labs offer this test for a "
           "known family variant if they receive a copy of the relative's report. The claim remains denied.", 9.8)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months after you receive this letter. For urgent situations, an expedited "
           "external review is decided within 72 hours. You may call the Texas Department of Insurance for help.",
           9.8)
    d.para("Appeals Coordinator\nAshgrove Benefit Health", 9.8)
    end_y = d.get_y()
    d.set_left_margin(12)
    d.set_fill_color(230, 230, 230)
    d.rect(12, top, 60, 118, style="F")
    d.set_xy(15, top + 3)
    for lab_, val in [("Appeal no.", appeal), ("Claim no.", claim), ("Member", f["member"]), ("Member ID", mid),
                      ("Group", grp), ("Lab", lab), ("Service date", fmt_date(dos, "slash")),
                      ("Billed", fmt_money(billed)), ("Appeal received", fmt_date(notice - D(days=24), "slash")),
                      ("Decision", "Upheld")]:
        d.set_x(15)
        d.font(7.4, "B")
        d.cell(54, 4, lab_.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(15)
        d.font(9.2)
        d.cell(54, 5, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.4)
    d.set_y(max(end_y, top + 122))
    d.para(f"Lab NPI {f['npi']} · Accession {f['acc']} · Member DOB {fmt_date(f['dob'], 'slash')}", 8.2)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(dos)], denial_date=iso(notice), provider=lab,
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_paid_eob, "paid_eob", "born_digital"),
              (2, doc_msn, "msn", "scan_clean_300"),
              (3, doc_es_medicaid, "es_medicaid_notice", "photocopy"),
              (4, doc_oon_eob, "oon_three_claim_eob", "phone_photo"),
              (5, doc_two_page_letter, "two_page_letter", "rotated"),
              (6, doc_appeal_oon, "appeal_oon_upheld", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
