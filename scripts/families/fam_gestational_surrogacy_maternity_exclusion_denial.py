"""Family 'gestational_surrogacy_maternity_exclusion_denial': maternity care for a gestational carrier (a woman
carrying a pregnancy for intended parents under a surrogacy agreement) refused under the plan's surrogacy
exclusion: prenatal visits (59425, 76805, 76811), the hospital delivery stay and the obstetric delivery claim.

Documents: a born-digital two-page commercial denial of antepartum care (label column, visit table, exclusion
quoted); a standard-fax stack of a cover sheet, the hospital delivery EOB (inpatient stay refused) and the
hospital's statement to the patient; a low-resolution Spanish marketplace letter (HIOS plan ID, facts in
sentences); a photocopied TPA EOB paying a prenatal visit before the exclusion was applied (nothing denied); a
phone photo of a pregnancy questionnaire letter (claim pended, not denied); a sideways first-level appeal decision
upholding the exclusion for the delivery claim (one-row table header, second-level appeal in 60 days of the
letter); a fine-fax TPA notice reprocessing the earlier paid prenatal claim as denied (refund asked of the
provider, appeal "after you receive", so no deadline).

Decoys: dates of birth, NPIs, received dates, the intended parents' names, the estimated due date, the
newborn's separate claim, policy and form numbers, 72-hour, 4-month and reply-by limits, account numbers.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "gestational_surrogacy_maternity_exclusion_denial"
LANG = "en"
SEED = 333100
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OB = ["Larkspur Women's Health Associates", "Tidemark Obstetrics & Gynecology", "Clearwater Maternal-Fetal Medicine"]
HOSP = "St. Ansgar Valley Medical Center"
PARENTS = [("Corwin", "Delphine Ashgrove"), ("Ravi", "Anneliese Brandvold"), ("Julian", "Mateus Okonedo-Hart")]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(18, 16, 18)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, lw=42, size=9.4, h=5.2):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def days(x: dt.date, n: int) -> dt.date:
    return x + dt.timedelta(days=n)


FEMALE = ["Lorraine", "Yolanda", "Mei", "Brianna", "Marisol", "Naomi", "Ingrid", "Beatriz", "Odette", "Harriet",
          "Leticia", "Sunita"]
FEMALE_ES = ["Guadalupe", "Itzel", "Xiomara", "Luz", "Milagros"]


def base(r: Rand, lang: str = "en") -> dict:
    _, _, mid, last = r.person(lang)   # a gestational carrier: a woman's first name
    first = r.choice(FEMALE_ES if lang == "es" else FEMALE)
    member = f"{first} {mid}. {last}"
    first_visit = dt.date(2025, 10, 6) + dt.timedelta(days=r.randint(0, 60))
    return dict(member=member, first=first, last=last, addr=r.address(lang), v1=first_visit, ph=r.phone(),
                npi=r.npi(), dob=dt.date(r.randint(1988, 1996), r.randint(1, 12), r.randint(1, 28)),
                edd=days(first_visit, r.randint(150, 190)))


# ---------------------------------------------------------------- 0: commercial denial of antepartum care (bd)
def doc_antepartum_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Kestrel Ridge Health Insurance Company"
    mid, grp, claim = f"KRH{r.digits(9)}", f"{r.digits(6)}-0{r.digits(1)}", f"{r.digits(4)}{r.letters(2)}{r.digits(6)}"
    v2, v3 = days(f["v1"], r.randint(27, 32)), days(f["v1"], r.randint(55, 62))
    recv = days(v3, r.randint(9, 15))
    notice = days(recv, r.randint(12, 20))
    fees = [float(r.randint(210, 260)), float(r.randint(380, 460)) + 0.5, float(r.randint(210, 260))]
    total = sum(fees)
    d = Page("Kestrel Ridge Health Insurance Company  |  KRH-CL-2207 (01/26)  |  Page {p} of {n}",
             head=f"{f['member']}  -  Claim {claim}")
    d.add_page()
    d.text_line("Kestrel Ridge", 20, "B", h=9)
    d.text_line("Health Insurance Company", 10, h=5)
    d.text_line(f"Claims Review  ·  PO Box 48812, Helena, MT 59604  ·  Member Services {f['ph']}", 8.2, h=5)
    d.rule(0.7, 5)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, [("Member", f["member"]), ("Date of birth", fmt_date(f["dob"], "slash")), ("Member ID", mid),
           ("Group number", grp), ("Claim number", claim), ("Claim received", fmt_date(recv, "slash")),
           ("Provider", OB[0]), ("Provider NPI", f["npi"]), ("Amount billed", fmt_money(total))], lw=40)
    d.ln(3)
    d.text_line("Notice of Adverse Benefit Determination", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"We reviewed the claim that {OB[0]} sent us for your prenatal care. The records show that you are "
           f"carrying this pregnancy as a gestational carrier under an agreement with the intended parents, "
           f"{PARENTS[0][0]} and {PARENTS[0][1]}. We cannot pay this claim.", 10)
    d.table(["Date of service", "Code", "Description", "Billed", "Plan pays"],
            [[fmt_date(f["v1"], "slash"), "59425", "Antepartum care, 4-6 visits", fmt_money(fees[0]), "$0.00"],
             [fmt_date(v2, "slash"), "76805", "Obstetric ultrasound, after first trimester", fmt_money(fees[1]),
              "$0.00"],
             [fmt_date(v3, "slash"), "76815", "Obstetric ultrasound, limited", fmt_money(fees[2]), "$0.00"]],
            [30, 16, 80, 26, 26], size=8.8, aligns="LLLRR", head_fill=True)
    d.text_line("Why we denied this claim", 11, "B", h=7)
    d.para("Your certificate of coverage, section 7.14 (Exclusions - Surrogacy), says the plan does not cover "
           "\"services and supplies for or in connection with a surrogate pregnancy, including prenatal care, "
           "delivery and postpartum care of a member who is a gestational carrier or traditional surrogate, when "
           "the member has agreed to give the child to another person.\" Maternity care for your own pregnancy "
           "remains covered. This decision is about the benefit, not about whether the care was needed.", 9.6)
    d.para(f"Your estimated due date of {fmt_date(f['edd'], 'long')} was taken from the provider's records. Any "
           "charges for the newborn are the responsibility of the intended parents' coverage.", 9.6)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=7)
    d.para("You, or someone you name to act for you, may appeal this decision. Your appeal must be filed within "
           "180 days of the date of this letter. Send it to Kestrel Ridge Appeals, PO Box 48830, Helena, MT 59604, "
           "or fax 1-555-201-7781. Include a copy of this letter and any surrogacy agreement terms that show who "
           "is responsible for medical costs.", 9.8)
    d.para("If your health would be seriously harmed by waiting, ask for an urgent appeal; we decide urgent appeals "
           "within 72 hours. After our final decision you may ask for an external review within 4 months.", 9.8)
    d.para("You may ask for copies of the documents we used, free of charge, and for the diagnosis and treatment "
           "codes on this claim.", 9.8)
    d.para("Sincerely,\nClaims Review Unit\nKestrel Ridge Health Insurance Company", 9.8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["v1"]), iso(v2), iso(v3)],
              denial_date=iso(notice), provider=OB[0], appeal_deadline=iso(days(notice, 180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: delivery EOB + hospital statement
def doc_delivery_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Kestrel Ridge Health Insurance Company"
    d = Page("KRH Explanation of Benefits   {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("KESTREL RIDGE HEALTH", 15, "B", h=7)
    d.text_line("Kestrel Ridge Health Insurance Company  ·  PO Box 48812, Helena, MT 59604", 7.8, h=4.5)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 9.5, "B", h=6)
    y = d.get_y() + 2
    d.set_xy(118, y)
    for lab, val in [("Statement date", fmt_date(f["stmt"], "abbr")), ("Member", f["member"]),
                     ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim", f["claim"])]:
        d.set_x(118)
        d.font(8.6, "B")
        d.cell(30, 5, lab)
        d.font(8.6)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(14, y)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=5)
    d.set_y(y + 30)
    d.para(f"Facility: {HOSP}   Admitted {fmt_date(f['adm'], 'abbr')}, discharged {fmt_date(f['dis'], 'abbr')}   "
           f"Received {fmt_date(f['recv'], 'abbr')}", 8.8)
    rows = [[f"{fmt_date(f['adm'], 'slash')}-{fmt_date(f['dis'], 'slash')}", rc, desc, fmt_money(v), "$0.00",
             fmt_money(v), "SX1"] for rc, desc, v in f["lines"]]
    rows.append(["*Claim total", "", "", fmt_money(f["total"]), "$0.00", fmt_money(f["total"]), ""])
    d.table(["Dates", "Rev", "Service", "Billed", "Plan paid", "Not covered", "Code"], rows,
            [42, 12, 50, 22, 20, 22, 12], size=7.8, aligns="LLLRRRL", head_fill=True)
    d.para("SX1 - Excluded: care for a pregnancy carried under a surrogacy or gestational carrier arrangement (plan "
           "exclusion 7.14). The hospital may bill you for these charges. The newborn's nursery charges were billed "
           "on a separate claim under the baby's own coverage and are not shown here.", 8.6)
    d.para("You may appeal within 180 days from the date of this statement. Call Member Services at "
           f"{f['ph']}. Urgent appeals are decided within 72 hours.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["adm"], f["dis"])], denial_date=iso(f["stmt"]), provider=HOSP,
              appeal_deadline=iso(days(f["stmt"], 180)), alternates={"service_dates": [[iso(f["adm"])]]})
    return pdf_bytes(d), t


def doc_hospital_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = days(f["stmt"], r.randint(12, 20))
    acct = f"HA{r.digits(8)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(HOSP, 14, "B", h=7)
    d.text_line("Patient Financial Services  ·  900 Riverbend Parkway, Billings, MT 59101  ·  1-555-330-4100", 8.4,
                h=5)
    d.rule(0.5, 4)
    d.boxes([("Statement date", fmt_date(bill, "iso"), 36), ("Account number", acct, 38),
             ("Patient", f["member"], 56), ("Amount due", fmt_money(f["total"]), 44)])
    d.ln(4)
    d.table(["Date", "Description", "Amount"],
            [[fmt_date(f["adm"], "iso"), "Inpatient stay - labor, delivery and recovery", fmt_money(f["total"])],
             [fmt_date(f["stmt"], "iso"), f"Kestrel Ridge claim {f['claim']} - denied, excluded", "0.00"],
             ["*Balance due", "", fmt_money(f["total"])]], [34, 110, 34], size=9, aligns="LLR")
    d.para(f"Your insurer did not pay for your stay from {fmt_date(f['adm'], 'iso')} to "
           f"{fmt_date(f['dis'], 'iso')}. If the intended parents or an escrow agent pay medical costs under your "
           "agreement, please give them this statement or ask us to send it to them. Payment plans and financial "
           "assistance are available.", 9.2)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["adm"], f["dis"])], denial_date=iso(bill), provider=HOSP, unscored=["insurer"],
              alternates={"case_numbers": [[]], "service_dates": [[iso(f["adm"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    adm = days(f["edd"], r.randint(-9, 3))
    dis = days(adm, r.randint(2, 3))
    lines = [("0112", "Room and board, obstetrics", float(r.randint(5200, 7400))),
             ("0720", "Labor and delivery room", float(r.randint(4100, 6200)) + 0.25),
             ("0250", "Pharmacy", float(r.randint(300, 900)) + 0.5)]
    f.update(adm=adm, dis=dis, lines=lines, total=sum(v for _, _, v in lines), mid=f"KRH{r.digits(9)}",
             grp=f"{r.digits(6)}-0{r.digits(1)}", claim=f"{r.digits(4)}{r.letters(2)}{r.digits(6)}",
             recv=days(dis, r.randint(6, 12)))
    f["stmt"] = days(f["recv"], r.randint(10, 18))
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4",
                [doc_delivery_eob(r, f), doc_hospital_statement(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 2: Spanish marketplace letter (150 dpi)
def doc_spanish(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Ruta Clara Salud"
    plan = f"{r.digits(5)}TX00{r.digits(5)}-01"
    mid = f"RC-{r.digits(8)}"
    claim = f"{r.digits(2)}{r.digits(3)}{r.digits(6)}"
    dos = days(f["v1"], r.randint(60, 80))
    notice = days(dos, r.randint(30, 45))
    charge = float(r.randint(640, 980)) + 0.75
    prov = "Centro Materno Fetal del Río Bravo"
    d = Page("Ruta Clara Salud - Aviso RC-ADB-ES (rev. 2026) - página {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Ruta Clara Salud", 16, "B", h=8)
    d.text_line("Plan de salud calificado del Mercado de Seguros Médicos", 8.8, h=5)
    d.ln(5)
    d.text_line(f"Laredo, TX, {fmt_date(notice, 'es')}", 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Aviso de denegación de una reclamación", 12, "B", h=7)
    d.para(f"Estimada {f['first']} {f['last']}:", 10)
    d.para(f"Le escribimos sobre la reclamación número {claim} que nos envió {prov} por una ecografía obstétrica "
           f"detallada (76811) que usted recibió el {fmt_date(dos, 'es')}. El monto facturado fue de "
           f"{fmt_money(charge)}. Su número de afiliado es {mid} y su plan es {plan}.", 10)
    d.para("Hemos denegado esta reclamación. Según la sección de exclusiones de su póliza, el plan no cubre la "
           "atención de maternidad de una persona que lleva un embarazo como portadora gestacional (gestación "
           "subrogada) para otras personas. La información que recibimos de su médico indica que este embarazo es "
           "parte de un acuerdo de gestación subrogada. Este plan sí cubre la atención de maternidad de su propio "
           "embarazo.", 10)
    d.para("Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, puede pedir una apelación urgente, que decidimos en 72 horas. Después "
           "de nuestra decisión final, puede pedir una revisión externa independiente dentro de 4 meses.", 10)
    d.para(f"Fecha de nacimiento en nuestro registro: {fmt_date(f['dob'], 'es')}. Para ayuda llame al "
           f"{f['ph']} (TTY 711), de lunes a viernes, de 8 a. m. a 8 p. m.", 9.2)
    d.para("Atentamente,\nDepartamento de Reclamaciones\nRuta Clara Salud", 10)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, plan_id=plan, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(charge), service_dates=[iso(dos)],
              denial_date=iso(notice), provider=prov, appeal_deadline=iso(days(notice, 180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid prenatal visit EOB (photocopy)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Palisade Benefit Administrators"
    mid, grp = f"PBA-{r.digits(7)}", f"G{r.digits(5)}"
    claim = f"{r.digits(3)}-{r.digits(4)}-{r.digits(4)}"
    stmt = days(f["v1"], r.randint(20, 30))
    a, b = float(r.randint(180, 240)), float(r.randint(95, 140)) + 0.5
    allowed_a, allowed_b = round(a * 0.62, 2), round(b * 0.55, 2)
    d = Page("Palisade Benefit Administrators - claims administrator, not an insurer - {p}")
    d.add_page()
    d.text_line("PALISADE", 18, "B", h=8)
    d.text_line("Benefit Administrators  ·  for the Harlow Ridge Foods Employee Health Plan", 8.8, h=5)
    d.ln(3)
    d.text_line("Explanation of Benefits", 12.5, "B", h=7)
    kv(d, [("Issued", fmt_date(stmt, "mdy_nopad")),
           ("Patient", f["member"]), ("Employee ID", mid), ("Group No.", grp), ("Claim No.", claim),
           ("Provider", OB[1])], lw=34, size=9.2)
    d.ln(3)
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "Copay", "Paid"],
            [[fmt_date(f["v1"], "mdy_nopad"), "99213", "Office visit, pregnancy confirmation", fmt_money(a),
              fmt_money(allowed_a), "$30.00", fmt_money(allowed_a - 30)],
             [fmt_date(f["v1"], "mdy_nopad"), "81025", "Urine pregnancy test", fmt_money(b), fmt_money(allowed_b),
              "$0.00", fmt_money(allowed_b)]], [20, 14, 62, 22, 22, 18, 22], size=8.4, aligns="LLLRRRR")
    d.para(f"Total charged {fmt_money(a + b)}. This claim was paid under your medical benefits. You owe your $30.00 "
           "copay to the provider. Prenatal care under the plan's maternity benefit may need a maternity "
           "questionnaire before later claims are processed.", 9)
    d.para("Questions? Call 1-555-614-2290. If a claim is denied you will get a separate notice with your appeal "
           "rights.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(a + b), service_dates=[iso(f["v1"])], denial_date=iso(stmt),
              provider=OB[1], type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: pregnancy questionnaire, pended (phone)
def doc_questionnaire(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harborstone Health Plan"
    mid = f"HH{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    claim = f"{r.digits(12)}"
    dos = days(f["v1"], r.randint(40, 70))
    sent = days(dos, r.randint(18, 26))
    charge = float(r.randint(300, 520)) + 0.25
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Harborstone Health Plan", 15, "B", h=8)
    d.text_line("Claims Investigation", 9, h=5)
    d.ln(4)
    d.text_line(fmt_date(sent, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line(f"Member ID {mid}", 9.5, h=5)
    d.ln(2)
    d.text_line("We need a few answers about your pregnancy", 12, "B", h=7)
    d.para(f"We have a claim from {OB[2]} for care on {fmt_date(dos, 'dmy')} (claim {claim}, charges "
           f"{fmt_money(charge)}). Before we can process it, we need to know whether this pregnancy is under a "
           "surrogacy or gestational carrier agreement, because your plan treats those pregnancies differently.",
           10)
    d.para("Your claim is on hold. It has not been denied. Please answer the questions below and return this page "
           f"within 30 days, by mail or by fax to 1-555-{r.digits(3)}-{r.digits(4)}. If we do not hear from you, we "
           "will decide the claim with the information we have.", 10)
    for q in ["1. Are you carrying this pregnancy for another person or couple?   [ ] Yes   [ ] No",
              "2. Is there a written agreement about medical costs?   [ ] Yes   [ ] No",
              "3. Does another health plan or an escrow account pay for this pregnancy?   [ ] Yes   [ ] No",
              "Signature ______________________________   Date ____________"]:
        d.para(q, 9.6, gap=3)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(charge), service_dates=[iso(dos)], denial_date=iso(sent),
              provider=OB[2])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: first-level appeal upheld (rotated)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobalt Shore Health"
    mid, grp = f"CS{r.digits(10)}", f"{r.digits(5)}"
    claim, app = f"{r.digits(5)}-{r.digits(5)}", f"APL{r.digits(7)}"
    dos = days(f["edd"], r.randint(-7, 4))
    dec = days(dos, r.randint(80, 110))
    charge = float(r.randint(3900, 5600))
    d = Page("Cobalt Shore Health  ·  Appeals  ·  {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("COBALT SHORE HEALTH", 14, "B", h=7)
    d.text_line("Member Appeals  ·  2 Lighthouse Plaza, Portland, ME 04101", 8.6, h=5)
    d.ln(4)
    d.table(["Decision date", "Appeal number", "Claim number", "Member", "Member ID"],
            [[fmt_date(dec, "upper"), app, claim, f["member"], mid]], [32, 32, 30, 46, 38], size=8.8,
            border_head="TB")
    d.para(f"Group {grp}", 9)
    d.text_line("First-level appeal decision: denial upheld", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}: you appealed our denial of the delivery charges of "
           f"{fmt_money(charge)} billed by {OB[0]} for the cesarean delivery (59510) on {fmt_date(dos, 'upper')}. "
           "We received your appeal and the letter from your agency.", 10)
    d.para("A reviewer who did not take part in the first decision looked at your appeal. Your surrogacy agreement "
           "states that you carried the pregnancy as a gestational carrier for the intended parents. Your plan "
           "excludes maternity services for a surrogate pregnancy. We uphold the denial.", 10)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. Write to Member "
           "Appeals at the address above. You may also ask for an external review within 4 months after our final "
           "decision, and for an expedited review within 72 hours if waiting would harm your health.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[app, claim], claim_amount=m2(charge), service_dates=[iso(dos)], denial_date=iso(dec),
              provider=OB[0], appeal_deadline=iso(days(dec, 60)), alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid claim reprocessed as denied (fax fine)
def doc_reprocessed(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Palisade Benefit Administrators"
    mid, grp = f"PBA-{r.digits(7)}", f"G{r.digits(5)}"
    claim = f"{r.digits(3)}-{r.digits(4)}-{r.digits(4)}"
    paid_on = days(f["v1"], r.randint(20, 28))
    notice = days(paid_on, r.randint(60, 90))
    charge = float(r.randint(260, 390)) + 0.5
    paid = round(charge * 0.55, 2)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Palisade Benefit Administrators", 14, "B", h=7)
    d.text_line("Claims administrator for the Harlow Ridge Foods Employee Health Plan", 8.8, h=5)
    d.ln(5)
    d.text_line("NOTICE OF CLAIM ADJUSTMENT", 12, "B", h=7)
    kv(d, [("DATE", fmt_date(notice, "upper")), ("EMPLOYEE", f["member"]), ("EMPLOYEE ID", mid), ("GROUP", grp),
           ("RE", f"Claim {claim}")], lw=30, size=9.4)
    d.ln(3)
    d.para(f"On {fmt_date(paid_on, 'long')} we paid {fmt_money(paid)} to {OB[1]} for your prenatal visit on "
           f"{fmt_date(f['v1'], 'long')} (charges {fmt_money(charge)}). We have since received your maternity "
           "questionnaire, which says that you are a gestational carrier under a surrogacy agreement.", 10)
    d.para("The plan excludes services for a surrogate pregnancy. We have reprocessed the claim and denied it. We "
           f"have asked {OB[1]} to refund the payment. The provider may bill you or the party responsible under "
           "your agreement.", 10)
    d.para("If you disagree, you may appeal within 180 days after you receive this notice. For help call "
           f"{f['ph']}. Your date of birth on file: {fmt_date(f['dob'], 'slash')}.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(charge), service_dates=[iso(f["v1"])], denial_date=iso(notice),
              provider=OB[1])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_antepartum_letter, "bd_antepartum", "born_digital"),
              (2, doc_spanish, "lowres_es_marketplace", "scan_lowres_150"),
              (3, doc_paid_eob, "copy_paid_prenatal", "photocopy"),
              (4, doc_questionnaire, "phone_questionnaire", "phone_photo"),
              (5, doc_appeal, "rotated_appeal_upheld", "rotated"),
              (6, doc_reprocessed, "fax_reprocessed", "fax_fine_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
