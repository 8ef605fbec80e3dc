"""Family 'trauma_activation_fee_emergency_review_denial': a hospital's trauma team activation fee (revenue code
068x, "trauma response") refused after the plan's clinical review of its trauma activation criteria (no
prehospital notification meeting field triage criteria, or under 30 minutes of critical care), while the rest of
the emergency visit is paid.

Documents: the plan's denial letter to the member; the hospital's itemized statement; a member EOB with three
claims (ER physician and radiology paid, the facility claim's 0681 line refused); a photocopied upheld appeal; a
Spanish denial letter; a fax stack (cover, the plan's claim review determination to the hospital, the hospital's
letter to the patient saying it has appealed); the plan's records request to the hospital (nothing denied yet).

Invented plan (Larkspur Ridge Health Plan) and hospital (Bramblewood Regional Medical Center); 555 phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "trauma_activation_fee_emergency_review_denial"
LANG = "en"
SEED = 337200
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
PLAN = "Larkspur Ridge Health Plan"
PLAN_ADDR = "PO Box 60418, Tamsin Falls, OR 97391"
HOSP = "Bramblewood Regional Medical Center"
HOSP_ADDR = "8800 Lantern Way, Tamsin Falls, OR 97390"
ERDOC = ("Tamsin Emergency Physicians, PC", "Dr. Oswin P. Thackeray")
RAD = ("Cascade Crest Radiology Associates", "Dr. Imelda R. Castellanos")


class Page(Doc):
    def __init__(self, font="DejaVu", footer=None, header=None):
        super().__init__(font, footer=footer, header=header, margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=48, size=9.8, h=5.3):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def fd(d, s):
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "abbr": d.strftime("%b %-d, %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[s]


def usd(v, style="plain"):
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "usd": f"USD {v:,.2f}"}[style]


def m2(v):
    return f"{v:.2f}"


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def case(r, name, lang="en"):
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 60))
    lines = [("0450", "99285", "Emergency room, level 5", 3150.0 + r.randint(0, 900)),
             ("0681", "", "Trauma response, Level I activation", 9800.0 + r.randint(0, 3400)),
             ("0350", "70450", "CT head/brain w/o contrast", 2875.5 + r.randint(0, 400)),
             ("0320", "71045", "X-ray chest, 1 view", 412.0 + r.randint(0, 90)),
             ("0300", "80053", "Laboratory, comprehensive panel", 388.25 + r.randint(0, 60))]
    return dict(name=name, lang=lang, dos=dos, mid=f"LRH{digits(r, 9)}", grp=f"G-{digits(r, 5)}",
                claim=f"{dos.strftime('%y')}{digits(r, 10)}", ref=f"UR-{digits(r, 7)}", dob=dt.date(1961 + r.randint(0, 40), r.randint(1, 12), r.randint(1, 28)),
                lines=lines, total=round(sum(x[3] for x in lines), 2), trauma=lines[1][3],
                notice=dos + dt.timedelta(days=r.randint(30, 45)), received=dos + dt.timedelta(days=r.randint(8, 15)))


def letterhead(d, r, small=False):
    d.font(19 if not small else 15, "B")
    d.cell(0, 9, "LARKSPUR RIDGE", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{PLAN}  ·  {PLAN_ADDR}  ·  Member Services {ph(r)} (TTY 711)", 8)
    d.rule(0.7, 4)


# ------------------------------------------------------------------------------------------- member letter
def build_letter(r):
    c = case(r, "Rosalind T. Featherstone")
    d = Page(footer="LRHP-UM-TA-0226  ·  Page {p} of {n}", header=f"{c['name']}  ·  Member ID {c['mid']}")
    d.add_page()
    letterhead(d, r)
    d.text_line(fd(c["notice"], "long"), 10.5)
    d.ln(2)
    for t in (c["name"], "2207 Sycamore Court", "Tamsin Falls, OR 97390"):
        d.text_line(t, 10.5)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(1)
    d.rows([("Member", c["name"]), ("Member ID", c["mid"]), ("Group number", c["grp"]), ("Date of birth", fd(c["dob"], "long")),
            ("Claim number", c["claim"]), ("Review reference", c["ref"]), ("Date of service", fd(c["dos"], "long")),
            ("Facility", HOSP), ("Total billed", usd(c["total"])), ("Claim received", fd(c["received"], "long"))])
    d.ln(3)
    d.para(f"We reviewed the claim from {HOSP} for your emergency room visit. We will pay the emergency room visit, "
           f"the CT scan, the x-ray and the laboratory tests. We will not pay the trauma team activation fee "
           f"(revenue code 0681, trauma response Level I) of {usd(c['trauma'])}.", 10.5)
    d.text_line("Why we made this decision", 11.5, "B")
    d.para("Our nurse reviewer and a physician reviewer, board certified in emergency medicine, compared the "
           "emergency medical services run sheet and the hospital record with our Trauma Team Activation payment "
           "policy (MP-217). A trauma activation fee is paid when the hospital was notified by prehospital "
           "caregivers before arrival, the patient met the field triage criteria for a trauma team response, and "
           "the team gave at least 30 minutes of critical care. The records show you arrived by private car, there "
           "was no prehospital notification, and no critical care was given. The trauma team activation was not "
           "medically necessary under the policy.", 10.5)
    d.para("Your share for the services we paid is on your Explanation of Benefits. The hospital is in our network "
           "and may not bill you for the trauma activation fee.", 10.5)
    d.text_line("Your right to appeal", 11.5, "B")
    d.para("If you disagree, you or someone you name may appeal. Your appeal must be received within 180 days of the "
           "date of this letter. If your health would be in serious jeopardy by waiting, ask for an expedited "
           "appeal; we will decide within 72 hours. After our final decision you may ask for an independent "
           "external review within 4 months. You may ask for free copies of the policy and records we used.", 10)
    d.para(f"Sincerely,\nUtilization Management Department\n{PLAN}", 10)
    t = truth("denial_letter", "medical_necessity", "en", insurer=PLAN, group_number=c["grp"], member_id=c["mid"],
              member_name=c["name"], case_numbers=[c["claim"], c["ref"]], claim_amount=m2(c["total"]),
              service_dates=[c["dos"].isoformat()], denial_date=c["notice"].isoformat(), provider=HOSP,
              appeal_deadline=(c["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [m2(c["trauma"])], "case_numbers": [[c["claim"]]]})
    return pdf_bytes(d), t, c


# ------------------------------------------------------------------------------------------- itemized statement
def build_statement(r, c):
    stmt = c["notice"] + dt.timedelta(days=12)
    acct = f"{digits(r, 9)}"
    d = Page(font="Helvetica")
    d.add_page()
    d.set_font("Helvetica", "B", 15)
    d.cell(0, 8, HOSP, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Patient Financial Services  |  {HOSP_ADDR}  |  {ph(r)}", 8.5)
    d.rule(0.5, 3)
    d.text_line("ITEMIZED STATEMENT OF CHARGES", 12.5, "B")
    d.ln(1)
    d.rows([("Statement date:", fd(stmt, "slash")), ("Patient:", c["name"]), ("Patient account #:", acct),
            ("Admit/visit date:", fd(c["dos"], "slash") + "   Emergency (arrival 21:47)"),
            ("Discharge date:", fd(c["dos"], "slash")), ("Guarantor DOB:", fd(c["dob"], "slash")),
            ("Primary insurance:", f"Larkspur Ridge  ID {c['mid']}  Grp {c['grp']}")], 42, 9.3, 5)
    d.ln(2)
    rows = [[fd(c["dos"], "slash"), rc, cpt, desc, "1", usd(amt, "nosign")] for rc, cpt, desc, amt in c["lines"]]
    rows.append(["*", "", "", "TOTAL CHARGES", "", usd(c["total"], "nosign")])
    d.table(["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charge"], rows, [24, 14, 22, 78, 12, 26], 8.6,
            "LLLLCR")
    paid = round(c["total"] - c["trauma"] - 2100.0, 2)
    d.table(["Date", "Transaction", "", "", "", "Amount"],
            [[fd(c["notice"], "slash"), "Larkspur Ridge payment", "", "", "", "-" + usd(paid, "nosign")],
             [fd(c["notice"], "slash"), "Contractual adjustment", "", "", "", "-1,650.00"],
             [fd(c["notice"], "slash"), "Insurance denied 0681 - under appeal", "", "", "", "0.00"]],
            [24, 70, 10, 10, 22, 40], 8.4, "LLLLLR")
    d.para(f"Your insurer did not pay the trauma response charge of {usd(c['trauma'])}. We are appealing that "
           "decision; you do not need to pay it while the appeal is open. Patient responsibility shown below is your "
           "deductible and coinsurance for the paid services.", 9.2)
    d.text_line("Amount due from patient: $450.00     Please pay by: " + fd(stmt + dt.timedelta(days=30), "slash"), 10, "B")
    t = truth("other", None, "en", group_number=c["grp"], member_id=c["mid"], member_name=c["name"],
              claim_amount=m2(c["total"]), service_dates=[c["dos"].isoformat()], denial_date=stmt.isoformat(),
              provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [None], "denial_date": [None], "group_number": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- member EOB
def build_eob(r):
    c = case(r, "Declan W. Abernathy")
    sub = "Philippa R. Abernathy"
    d = Page(footer="Page {p} of {n}  ·  This is not a bill")
    d.add_page()
    letterhead(d, r, small=True)
    d.text_line("Explanation of Benefits", 15, "B")
    y0 = d.get_y()
    d.rows([("Subscriber", sub), ("Member ID", c["mid"]), ("Group", c["grp"]), ("Statement date", fd(c["notice"], "dmy")),
            ("Claims processed", f"{fd(c['notice'] - dt.timedelta(days=30), 'dmy')} to {fd(c['notice'] - dt.timedelta(days=1), 'dmy')}")],
           38, 9.3, 5)
    d.ln(2)
    claims = [(ERDOC[0], f"{c['dos'].strftime('%y')}{digits(r, 10)}", [("99285-25", "ER physician visit, high", 1240.0, 702.18, 0)]),
              (RAD[0], f"{c['dos'].strftime('%y')}{digits(r, 10)}", [("70450-26", "CT head, interpretation", 318.0, 96.40, 0)]),
              (HOSP, c["claim"], [(rc, desc, amt, 0.0 if rc == "0681" else round(amt * .42, 2), 1 if rc == "0681" else 0)
                                  for rc, _, desc, amt in c["lines"]])]
    for prov, cl, ls in claims:
        d.font(9.4, "B")
        d.cell(0, 5.5, f"Patient: {c['name']}   Provider: {prov}   Claim # {cl}", border="B", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, amt, allowed, den in ls:
            plan = round(allowed * 0.8, 2)
            rows.append([fd(c["dos"], "dmy"), code, desc, usd(amt), usd(allowed), usd(plan),
                         usd(round(allowed - plan, 2)), "TA7" if den else ""])
        tot = sum(x[2] for x in ls)
        rows.append(["*Claim total", "", "", usd(tot), "", "", "", ""])
        d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
                [22, 16, 52, 22, 20, 20, 18, 12], 7.8, "LLLRRRRC")
    d.text_line("Remark codes", 9.5, "B")
    d.para("TA7  Trauma team activation fee (rev. code 068x) denied after clinical review: prehospital notification "
           "and the trauma activation criteria of payment policy MP-217 were not met. Not medically necessary. An "
           "in-network hospital may not bill you for this amount.", 8.6)
    d.para("To appeal a decision on this statement, write to us within 180 days from the statement date. Urgent "
           "appeals are decided within 72 hours. Deductible met this year: $1,500.00 of $1,500.00.", 8.6)
    t = truth("eob", "medical_necessity", "en", insurer=PLAN, group_number=c["grp"], member_id=c["mid"],
              member_name=c["name"], case_numbers=[c["claim"]], claim_amount=m2(c["total"]),
              service_dates=[c["dos"].isoformat()], denial_date=c["notice"].isoformat(), provider=HOSP,
              appeal_deadline=(c["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [m2(c["trauma"])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- upheld appeal
def build_upheld(r):
    c = case(r, "Anselm G. Prescott")
    dec = c["notice"] + dt.timedelta(days=r.randint(50, 70))
    appeal = f"APL-{dec.year}-{digits(r, 6)}"
    d = Page(font="Times")
    d.add_page()
    letterhead(d, r)
    d.text_line(fd(dec, "iso"), 11)
    d.ln(3)
    for t in (c["name"], "61 Harbor View Road", "Tamsin Falls, OR 97390"):
        d.text_line(t, 11)
    d.ln(4)
    d.text_line(f"RE: Appeal {appeal} - trauma response charge, Bramblewood Regional", 11, "B")
    d.ln(2)
    d.para(f"Dear {c['name']}:", 11)
    d.para(f"We received your appeal on {fd(c['notice'] + dt.timedelta(days=20), 'iso')} about claim {c['claim']} for "
           f"your emergency visit to {HOSP} on {fd(c['dos'], 'iso')}. Your member ID is {c['mid']}. The hospital "
           f"billed {usd(c['total'])}, including a trauma team activation fee (revenue code 0682, Level II) of "
           f"{usd(c['trauma'])} that we denied on {fd(c['notice'], 'iso')}.", 11)
    d.para("A physician reviewer board certified in emergency medicine and trauma surgery, who took no part in the "
           "first decision, reviewed the EMS report, the trauma flow sheet and your appeal letter. The EMS crew "
           "called the hospital, but the report lists stable vital signs and a Glasgow Coma Scale of 15, and none of "
           "the field triage criteria in our policy MP-217. The trauma team was released after 14 minutes, and no "
           "critical care time was documented. The activation did not meet the criteria, so the fee is not "
           "medically necessary. We uphold our decision.", 11)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. Call us for the form. You may also contact the "
           "state Division of Financial Regulation consumer line.", 11)
    d.para(f"Appeals and Grievances Unit\n{PLAN}", 11)
    t = truth("denial_letter", "medical_necessity", "en", insurer=PLAN, member_id=c["mid"], member_name=c["name"],
              case_numbers=[appeal, c["claim"]], claim_amount=m2(c["total"]), service_dates=[c["dos"].isoformat()],
              denial_date=dec.isoformat(), provider=HOSP,
              alternates={"case_numbers": [[appeal]], "claim_amount": [m2(c["trauma"])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Spanish letter
def build_es(r):
    c = case(r, "Joaquín E. Montalvo", "es")
    d = Page(footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, r)
    d.text_line(f"Tamsin Falls, {fd(c['notice'], 'es')}", 10.5)
    d.ln(2)
    for t in (c["name"], "1440 Calle Las Flores", "Tamsin Falls, OR 97390"):
        d.text_line(t, 10.5)
    d.ln(4)
    d.text_line("Aviso de denegación de pago", 13, "B")
    d.rows([("Nº de afiliado", c["mid"]), ("Número de grupo", c["grp"]), ("Número de reclamación", c["claim"]),
            ("Fecha de nacimiento", fd(c["dob"], "es"))], 52, 10)
    d.ln(2)
    d.para(f"Estimado/a {c['name']}: Revisamos la reclamación del hospital {HOSP} por su visita a la sala de "
           f"emergencias del {fd(c['dos'], 'es')}, por un total facturado de {usd(c['total'])}. Pagaremos la visita, "
           f"las imágenes y los análisis. No pagaremos el cargo por activación del equipo de trauma (código de "
           f"ingresos 0681) de {usd(c['trauma'])}.", 10.5)
    d.text_line("Motivo de la decisión", 11.5, "B")
    d.para("Un médico revisor comparó el expediente con nuestra política de pago MP-217. El cargo se paga solo si el "
           "servicio de emergencias avisó al hospital antes de la llegada, el paciente cumplía los criterios de "
           "triaje de campo y recibió al menos 30 minutos de cuidados críticos. Usted llegó en ambulancia sin aviso "
           "previo y no recibió cuidados críticos. La activación no fue médicamente necesaria.", 10.5)
    d.text_line("Su derecho a apelar", 11.5, "B")
    d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud corre peligro, pida una "
           "apelación acelerada (72 horas). Después de nuestra decisión final puede pedir una revisión externa "
           "dentro de 4 meses. Llame a Servicios para Miembros; hay intérpretes gratis.", 10.5)
    d.para(f"Atentamente,\nDepartamento de Gestión de Utilización\n{PLAN}", 10.5)
    t = truth("denial_letter", "medical_necessity", "es", insurer=PLAN, group_number=c["grp"], member_id=c["mid"],
              member_name=c["name"], case_numbers=[c["claim"]], claim_amount=m2(c["total"]),
              service_dates=[c["dos"].isoformat()], denial_date=c["notice"].isoformat(), provider=HOSP,
              appeal_deadline=(c["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [m2(c["trauma"])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- fax stack
def build_provider_det(r):
    c = case(r, "Marisol V. Quintero")
    d = Page(font="Courier")
    d.add_page()
    d.text_line(PLAN.upper() + " - PROVIDER CLAIM REVIEW DETERMINATION", 10.5, "B")
    d.text_line(f"{PLAN_ADDR}   PROVIDER SERVICES {ph(r)}   FAX {ph(r)}", 8)
    d.rule(0.4, 3)
    d.rows([("TO:", f"{HOSP} - Patient Financial Services"), ("BILLING NPI:", f"1{digits(r, 9)}"),
            ("DATE:", fd(c["notice"], "upper")), ("PATIENT:", c["name"].upper()), ("MEMBER ID:", c["mid"]),
            ("PATIENT DOB:", fd(c["dob"], "upper")), ("CLAIM NO:", c["claim"]), ("REVIEW CASE:", c["ref"]),
            ("DOS:", fd(c["dos"], "upper")), ("TOTAL CHARGES:", usd(c["total"])), ("RECEIVED:", fd(c["received"], "upper"))],
           42, 9, 4.9)
    d.ln(2)
    d.para("DETERMINATION: REV CODE 0681 TRAUMA RESPONSE - DENIED. ALL OTHER LINES PROCESSED PER CONTRACT.", 9.5)
    d.para("RATIONALE: Trauma activation charges (068x) require documented prehospital notification meeting field "
           "triage criteria AND critical care services (99291) of 30 minutes or more billed on the same claim. The "
           "submitted records show a walk-in arrival and no critical care code. Criteria of payment policy MP-217 "
           "not met; charge not medically necessary. Member is held harmless.", 9.2)
    d.para("RECONSIDERATION: A provider reconsideration may be requested within 60 days of the date of this "
           "notice with the EMS run report and trauma flow sheet. Corrected claims must be filed within 365 days of "
           "the date of service. Peer-to-peer discussion: call within 14 days.", 9.2)
    t = truth("denial_letter", "medical_necessity", "en", insurer=PLAN, member_id=c["mid"], member_name=c["name"],
              case_numbers=[c["claim"], c["ref"]], claim_amount=m2(c["total"]), service_dates=[c["dos"].isoformat()],
              denial_date=c["notice"].isoformat(), provider=HOSP,
              appeal_deadline=(c["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["coding_error"], type_alternates=["eob"],
              alternates={"case_numbers": [[c["claim"]]]})
    return pdf_bytes(d), t, c


def build_hosp_letter(r, c):
    day = c["notice"] + dt.timedelta(days=9)
    d = Page(font="Helvetica")
    d.add_page()
    d.set_font("Helvetica", "B", 14)
    d.cell(0, 7, HOSP, new_x="LMARGIN", new_y="NEXT")
    d.text_line(HOSP_ADDR + "   Patient Financial Services " + ph(r), 8.5)
    d.rule(0.4, 4)
    d.text_line(fd(day, "upper"), 10.5)
    d.ln(2)
    d.text_line(c["name"], 10.5)
    d.ln(3)
    d.para(f"Dear {c['name']},", 10.5)
    d.para(f"Your health plan, {PLAN}, paid most of your emergency visit of {fd(c['dos'], 'upper')} but denied the "
           f"trauma response charge of {usd(c['trauma'])}. We disagree and have asked the plan to reconsider. "
           "Please do not pay this charge while the review is open. You will receive a new statement afterwards. "
           "Your account number is " + digits(r, 9) + ".", 10.5)
    d.para("Sincerely,\nDenials Management Team", 10.5)
    t = truth("other", None, "en", member_name=c["name"], service_dates=[c["dos"].isoformat()],
              denial_date=day.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [m2(c["trauma"])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- records request
def build_records(r):
    c = case(r, "Harriet N. Szabo")
    day = c["received"] + dt.timedelta(days=6)
    d = Page()
    d.add_page()
    letterhead(d, r)
    d.text_line(fd(day, "abbr"), 10.5)
    d.ln(2)
    for t in (HOSP, "Attn: Health Information Management / Release of Information", HOSP_ADDR):
        d.text_line(t, 10)
    d.ln(4)
    d.text_line("Request for Medical Records - Trauma Activation Review", 12.5, "B")
    d.ln(1)
    d.rows([("Patient", c["name"]), ("Member ID", c["mid"]), ("Group", c["grp"]), ("Claim number", c["claim"]),
            ("Date of service", fd(c["dos"], "abbr")), ("Billed amount", usd(c["total"])),
            ("Claim received", fd(c["received"], "abbr"))], 40, 9.8)
    d.ln(2)
    d.para("Your claim includes a trauma team activation charge (revenue code 0681). Our payment policy MP-217 asks us "
           "to review these charges before payment. We have not made a decision on this claim. Please send: the "
           "EMS/ambulance run report, the trauma activation record with time of notification, the trauma flow "
           "sheet and the critical care notes.", 10.2)
    d.para("Please send the records within 45 days of the date of this letter by fax to 1-555-418-2290 or through "
           "the provider portal. If we do not receive them, we will decide the claim with the information we have. "
           "This letter is not a denial.", 10.2)
    d.para(f"Clinical Claim Review\n{PLAN}", 10)
    t = truth("other", None, "en", insurer=PLAN, group_number=c["grp"], member_id=c["mid"], member_name=c["name"],
              case_numbers=[c["claim"]], claim_amount=m2(c["total"]), service_dates=[c["dos"].isoformat()],
              denial_date=day.isoformat(), provider=HOSP)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(SEED)
    lpdf, lt, c1 = build_letter(r)
    det_pdf, det_t, c2 = build_provider_det(r)
    return [
        Item(f"{FAMILY}_bd_member_letter", "born_digital", [(lpdf, lt)]),
        Item(f"{FAMILY}_scan_itemized_statement", "scan_clean_300", [build_statement(r, c1)]),
        Item(f"{FAMILY}_phone_three_claim_eob", "phone_photo", [build_eob(r)]),
        Item(f"{FAMILY}_copy_upheld_appeal", "photocopy", [build_upheld(r)]),
        Item(f"{FAMILY}_lowres_carta_es", "scan_lowres_150", [build_es(r)]),
        Item(f"{FAMILY}_faxstd_determination_and_hospital_letter", "fax_standard_g4",
             [(det_pdf, det_t), build_hosp_letter(r, c2)], separators=["cover", None]),
        Item(f"{FAMILY}_rotated_records_request", "rotated", [build_records(r)]),
    ]
