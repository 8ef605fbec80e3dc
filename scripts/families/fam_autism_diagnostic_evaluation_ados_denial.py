"""Family 'autism_diagnostic_evaluation_ados_denial': autism diagnostic evaluations (ADOS-2 observation and
developmental testing 96112/96113, psychological testing evaluation 96130/96131) refused because the HMO's primary
care referral was missing, because the clinic is outside an exclusive-provider network, because the yearly hours of
developmental/psychological testing were used up, or cut back by a Medicaid managed care plan under EPSDT.

Documents: a prose HMO letter (facts in sentences, parent addressed, child is the patient); a fine-fax stack of a
cover sheet, an EPO letter with a key-value block refusing an out-of-network child development center and the
center's statement to the family; a three-claim EOB (well-child visit and speech evaluation paid, 96130/96131
denied over the testing-hours limit); a Spanish Medicaid managed care notice (Aviso de Determinación Adversa de
Beneficios, EPSDT) approving fewer 96113 units than asked; a phone photo of an approval; a sideways upheld
appeal with a grey sidebar (label above value); a photocopied paid claim summary from a TPA (nothing denied).

Decoys: child's DOB, parent/subscriber names and IDs, PCP names, NPIs, patient account numbers, dates received,
paid claims, you-owe amounts, 72-hour, external-review, fair-hearing and aid-continuing limits, "after you
receive" windows. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "autism_diagnostic_evaluation_ados_denial"
LANG = "en"
SEED = 295500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def family(r: Rand, lang: str = "en") -> dict:
    """A child (the patient) and the parent who holds the coverage."""
    parent, pfirst, _, last = r.person(lang)
    first = r.choice(["Elias", "Noor", "Tobias", "Wren", "Ximena", "Caleb", "Imani", "Rowan", "Dario", "Lila"]
                     if lang == "en" else ["Santiago", "Valentina", "Mateo", "Camila", "Emiliano", "Renata"])
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    child = f"{first} {mid}. {last}"
    dob = dt.date(r.randint(2020, 2023), r.randint(1, 12), r.randint(1, 28))
    dos = dt.date(2026, 1, 20) + D(days=r.randint(0, 120))
    return dict(child=child, cfirst=first, parent=parent, pfirst=pfirst, last=last, addr=r.address(lang), dob=dob,
                dos=dos, npi=r.npi(), recv=dos + D(days=r.randint(6, 18)))


# ---------------------------------------------------------------- 0: HMO prose letter, no PCP referral
def doc_referral_letter(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Bramblecrest Health Plan"
    mid, grp = f"BHP{r.digits(8)}-03", f"{r.digits(6)}"
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    dos2 = f["dos"] + D(days=r.randint(5, 12))
    c1, c2, c3 = 412.00 + r.randint(0, 60), 2 * (305.0 + r.randint(0, 30)), 538.00 + r.randint(0, 80)
    billed = c1 + c2 + c3
    notice = dos2 + D(days=r.randint(24, 35))
    pcp = "Dr. Anselm K. Greer"
    clinic = "Lanternhill Developmental Pediatrics"
    doc = "Dr. Odette M. Prescott"
    d = Page("BHP-UM-114 (01/26)    page {p} of {n}", header=f"Bramblecrest Health Plan  ·  {f['child']}  ·  "
             f"claim {claim}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Bramblecrest Health Plan", 15, "B", h=7)
    d.text_line("HMO Member Services  ·  300 Rook Hill Parkway, Erie, PA 16501", 8.6, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f"Parent or guardian of {f['cfirst']} {f['last']}", f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['pfirst']} {f['last']}:", 10.5)
    d.para(f"We are writing about the claim we received on {fmt_date(f['recv'], 'long')} from {clinic} for your "
           f"child, {f['child']} (member ID {mid}, date of birth {fmt_date(f['dob'], 'slash')}). The claim, number "
           f"{claim}, is for an autism diagnostic evaluation by {doc}: developmental test administration with "
           f"ADOS-2 observation (CPT 96112) on {fmt_date(f['dos'], 'long')}, and additional developmental testing "
           f"(96113, two units) with a psychological testing evaluation (96130) on {fmt_date(dos2, 'long')}. "
           f"The charges on the claim total {fmt_money(billed)}.", 10.5)
    d.para("We cannot pay this claim. Your child is enrolled in our HMO plan (group "
           f"{grp}). Under the HMO, care from a specialist is covered only when your child's primary care "
           f"provider ({pcp}) sends a referral to the specialist before the visit. We have no referral on file "
           "for these services, and the clinic did not ask for one. This rule is in your Certificate of Coverage, "
           "Section 3.2 (Referrals for specialty care).", 10.5)
    d.para(f"What you can do: ask {pcp} to send us a referral for a developmental evaluation. Because the "
           "referral must come before the service, a referral sent now does not change this claim, but it will "
           "cover future visits. Your child's clinic may not bill you more than the HMO allows while you appeal.",
           10.5)
    d.para("If you disagree with this decision, you or someone you name may appeal within 180 days of the date of "
           "this letter. Write to Bramblecrest Health Plan, Appeals, PO Box 7120, Erie, PA 16501, or call "
           f"{ph(r)}. If waiting would seriously harm your child's health, ask for a fast (72-hour) appeal. After "
           "our final decision you may ask for an independent external review within 4 months.", 10.5)
    d.para("Sincerely,\n\nUtilization Management, Bramblecrest Health Plan", 10.5)
    d.add_page()
    d.text_line("Important information about your rights", 12, "B", h=7)
    for head, body in [
            ("How to appeal", "Send a letter that says you want to appeal, with a copy of this letter and any "
             "records you want us to consider. A doctor who did not make the first decision will review it. We "
             "decide standard appeals within 30 days for services not yet received and 60 days for claims."),
            ("Free copies", "You may ask, free of charge, for copies of all documents and records relevant to "
             "your claim, and for the diagnosis and procedure codes on the claim and what they mean. Asking for "
             "codes is not an appeal."),
            ("External review", "If we uphold our decision you may ask for an external review by an independent "
             "review organization within 4 months of our final decision. Urgent external reviews are decided "
             "within 72 hours."),
            ("Help", "The Pennsylvania Insurance Department consumer services line can help you file an appeal. "
             "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
             "Llame al número en su tarjeta de miembro.")]:
        d.text_line(head, 10.5, "B", h=6)
        d.para(body, 10)
    t = truth("denial_letter", "prior_authorization", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"]), iso(dos2)], denial_date=iso(notice), provider=clinic,
              appeal_deadline=iso(notice + D(days=180)), alternates={"provider": [doc.replace("Dr. ", "")]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: EPO out-of-network + center statement
def doc_oon_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tidewater Pines Health Insurance Company"
    d = Page("Tidewater Pines Health  ·  TPH-EPO-DN  ·  {p}/{n}", header=f"{f['child']}  ·  Claim {f['claim']}",
             margins=(20, 16, 20))
    d.add_page()
    d.text_line("TIDEWATER PINES HEALTH", 16, "B", h=8)
    d.text_line("Tidewater Pines Health Insurance Company  ·  Exclusive Provider (EPO) plans", 8.6, h=4.6)
    d.rule(0.6, 5)
    d.text_line("Claim decision", 12, "B", h=7)
    rows = [("Letter date", fmt_date(f["notice"], "dmy")), ("Subscriber", f["parent"]),
            ("Patient", f["child"]), ("Patient ID", f["mid"]), ("Group", f["grp"]), ("Claim #", f["claim"]),
            ("Billed by", f["center"]), ("Service dates",
                                         f"{fmt_date(f['dos'], 'dmy')} and {fmt_date(f['dos2'], 'dmy')}"),
            ("Total billed", fmt_money(f["billed"])), ("Received", fmt_date(f["recv"], "dmy"))]
    for k, v in rows:
        d.font(9.6, "B")
        d.cell(38, 5.4, k)
        d.font(9.6)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Decision: not payable - provider outside the EPO network.", 10.5)
    d.para(f"{f['center']} is not part of the Tidewater Pines EPO network. Your EPO plan pays for care from "
           "out-of-network providers only for emergencies or when we approve a network exception before the "
           "care is given. An autism diagnostic evaluation (96112, 96113) is not emergency care, and no network "
           "exception was requested. In-network developmental evaluation centers near you include Harbor Gate "
           "Child Development and the Saltmarsh Pediatric Neurodevelopment Clinic.", 10)
    d.para("If a network center cannot see your child within a reasonable time, you may ask us for a network "
           "exception for future visits. Waiting lists longer than 60 days are a reason we consider.", 10)
    d.text_line("Appeal rights", 10.5, "B", h=6)
    d.para("You have 180 days from the day you receive this letter to file an appeal. Send it to Tidewater Pines "
           f"Appeals, PO Box 1180, Bangor, ME 04401 or fax {ph(r)}. Urgent appeals are decided within 72 hours. "
           "You may also have the right to an external review and to bring a civil action under ERISA section "
           "502(a).", 9.6)
    d.para(f"Center NPI {f['npi']}. Patient date of birth {fmt_date(f['dob'], 'dmy')}.", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"]), iso(f["dos2"])], denial_date=iso(f["notice"]), provider=f["center"],
              alternates={"insurer": ["Tidewater Pines Health"]})
    return pdf_bytes(d), t


def doc_center_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + D(days=r.randint(9, 16))
    acct = f"CH-{r.digits(6)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(230, 230, 230)
    d.rect(0, 0, d.w, 30, style="F")
    d.set_xy(16, 8)
    d.text_line(f["center"], 15, "B", h=8)
    d.text_line("Autism and developmental evaluations  ·  88 Lantern Way, Bangor, ME 04401  ·  " + ph(r), 8.4, h=4.5)
    d.ln(8)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 36), ("Account", acct, 30), ("Responsible party",
             f["parent"], 56), ("Pay by", fmt_date(stmt + D(days=30), "abbr"), 30)], h=11)
    d.ln(3)
    d.text_line(f"Patient: {f['child']}     DOB: {fmt_date(f['dob'], 'abbr')}", 9.6, h=5.5)
    d.text_line(f"Insurance: Tidewater Pines Health  ID {f['mid']}  (claim {f['claim']}: denied, out of network)",
                9.6, h=5.5)
    d.ln(3)
    rows = [[fmt_date(f["dos"], "abbr"), "96112", "Developmental testing, first hour (ADOS-2)", "1",
             fmt_money(f["c1"], "nosign")],
            [fmt_date(f["dos2"], "abbr"), "96113", "Developmental testing, each added 30 min", "2",
             fmt_money(f["c2"], "nosign")],
            [fmt_date(f["dos2"], "abbr"), "96130", "Psychological testing evaluation, first hour", "1",
             fmt_money(f["c3"], "nosign")],
            ["*Total charges", "", "", "", fmt_money(f["billed"], "nosign")],
            ["", "", "Insurance payments", "", "0.00"],
            ["", "", "Self-pay discount (25%)", "", "-" + fmt_money(round(f["billed"] * 0.25, 2), "nosign")],
            ["*Amount due from you", "", "", "", fmt_money(round(f["billed"] * 0.75, 2), "nosign")]]
    d.table(["Date", "Code", "Service", "Units", "Charge"], rows, [30, 18, 100, 14, 22], size=8.8,
            aligns="LLLRR", head_fill=True)
    d.para("Your insurance denied this claim because our center is not in your plan's network. We offer a 25% "
           "self-pay discount and interest-free payment plans of up to 12 months. Call our billing office to set "
           "one up. If you appeal to your plan and it pays, we will refund any overpayment.", 9.2)
    t = truth("other", None, member_id=f["mid"], member_name=f["child"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"]), iso(f["dos2"])], denial_date=iso(stmt),
              provider=f["center"], unscored=["insurer"], alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family(r)
    f.update(mid=f"TPH{r.digits(3)}-{r.digits(5)}", grp=f"EPO-{r.digits(5)}", claim=f"{r.digits(4)}-{r.digits(7)}",
             center="Cedar Hollow Child Development Center")
    f["dos2"] = f["dos"] + D(days=r.randint(2, 9))
    f["c1"], f["c2"], f["c3"] = 395.0 + r.randint(0, 50), 2 * (290.0 + r.randint(0, 25)), 510.0 + r.randint(0, 60)
    f["billed"] = f["c1"] + f["c2"] + f["c3"]
    f["recv"] = f["dos2"] + D(days=r.randint(5, 12))
    f["notice"] = f["recv"] + D(days=r.randint(12, 20))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_oon_letter(r, f), doc_center_statement(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: three-claim EOB, testing hours used up
def doc_hours_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Copperfield Mutual Health"
    mid, grp, plan = f"CM {r.digits(4)} {r.digits(4)}", f"{r.digits(5)}-{r.letters(2)}", f"CMH-PPO-{r.digits(4)}"
    issued = f["dos"] + D(days=r.randint(20, 30))
    claims = []
    for k, (prov, lines) in enumerate([
            ("Juniper Drive Pediatrics", [("99392", "Well-child visit, age 1-4", 245.0)]),
            ("Marchetti Speech & Language", [("92523", "Speech/language evaluation", 318.0)]),
            ("Northgate Pediatric Psychology", [("96130", "Psych testing evaluation, 1st hr", 560.0),
                                                ("96131", "Psych testing evaluation, add'l hr", 420.0),
                                                ("96131", "Psych testing evaluation, add'l hr", 420.0)])]):
        dos = f["dos"] - D(days=(2 - k) * r.randint(3, 9))
        claims.append(dict(no=f"{r.digits(3)}{r.letters(1)}{r.digits(7)}", prov=prov, dos=dos,
                           lines=[(c, t, a + r.randint(0, 40)) for c, t, a in lines], denied=(k == 2)))
    den = claims[2]
    billed = sum(a for _, _, a in den["lines"])
    d = Page("Copperfield Mutual Health · Explanation of Benefits · {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Copperfield Mutual Health", 17, "B", h=8)
    d.text_line(f"PO Box 4021, Pueblo, CO 81003 · Member services {ph(r)} · TTY 711", 8.2, h=4.4)
    d.ln(3)
    d.set_x(120)
    d.font(8.6)
    d.multi_cell(80, 4.3, f"Subscriber: {f['parent']}\nMember ID: {mid}\nGroup: {grp}\nPlan ID: {plan}\n"
                          f"Issue date: {fmt_date(issued, 'slash')}", border=1)
    d.set_y(d.get_y() - 22)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9, h=4.6)
    d.ln(10)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", h=7)
    d.text_line(f"Patient: {f['child']}   ·   3 claims processed", 9.4, h=5.5)
    d.ln(2)
    for c in claims:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {c['no']} · {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        rows, tb, tp, to = [], 0.0, 0.0, 0.0
        for code, desc, a in c["lines"]:
            if c["denied"]:
                al, pd, ow, rm = 0.0, 0.0, a, "HT8"
            else:
                al = round(a * 0.72, 2)
                pd, ow, rm = (al, 0.0, "") if code == "99392" else (round(al * 0.8, 2), round(al * 0.2, 2), "")
            rows.append([fmt_date(c["dos"], "slash"), code, desc, fmt_money(a), fmt_money(al), fmt_money(pd),
                         fmt_money(ow), rm])
            tb, tp, to = tb + a, tp + pd, to + ow
        rows.append(["*Claim total", "", "", fmt_money(tb), "", fmt_money(tp), fmt_money(to), ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Your share", "Note"],
                rows, [22, 14, 56, 22, 22, 22, 22, 12], size=7.9, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.6, "B", h=5.5)
    d.para("HT8  Your plan covers up to 8 hours per calendar year of developmental and psychological testing "
           "(codes 96112-96113 and 96130-96139) for each member. Eight hours were already paid this year on an "
           f"earlier claim for {f['cfirst']}. The hours on this claim are over that limit and are not covered. "
           "The provider may bill you for these services.", 8.6)
    d.para("Appeals: if you do not agree, you may appeal within 180 days of the date of this statement. Write to "
           "Copperfield Mutual Health Appeals, PO Box 4025, Pueblo, CO 81003. You may ask for an external review "
           f"after our final decision. Provider NPI {f['npi']}.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, plan_id=plan, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["child"], case_numbers=[den["no"]], claim_amount=m2(billed),
              service_dates=[iso(den["dos"])], denial_date=iso(issued), provider=den["prov"],
              appeal_deadline=iso(issued + D(days=180)), denial_alternates=["medical_necessity"],
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Spanish Medicaid managed care (EPSDT) notice
def doc_es_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = family(r, "es")
    ins = "Plan de Salud Arboleda"
    mid = f"{r.digits(9)}{r.letters(1)}"
    req = f"AUT-{r.digits(4)}-{r.digits(5)}"
    clinic = "Clínica de Desarrollo Infantil Buenaventura"
    notice = dt.date(2026, 2, 2) + D(days=r.randint(0, 100))
    plan_date = notice + D(days=r.randint(10, 25))
    d = Page("Plan de Salud Arboleda · Medicaid · ADBD-ES-2026 · página {p} de {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Plan de Salud Arboleda", 15, "B", h=7)
    d.text_line("Plan de atención administrada de Medicaid · Apartado 2290, Laredo, TX 78040", 8.6, h=4.6)
    d.ln(6)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", h=7)
    d.text_line("Servicios EPSDT (Pasos Sanos para niños y jóvenes menores de 21 años)", 9.4, h=5.5)
    d.ln(2)
    d.text_line(f"Fecha de este aviso: {fmt_date(notice, 'es')}", 10, h=5.5)
    d.ln(2)
    for ln in [f"Para: {f['parent']}, padre/madre de", f["child"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.boxes([("Miembro", f["child"], 58), ("Núm. de Medicaid", mid, 40), ("Fecha de nacimiento",
             fmt_date(f["dob"], "es_abbr"), 36), ("Núm. de solicitud", req, 38)], h=12)
    d.ln(5)
    d.para(f"El {fmt_date(notice - D(days=r.randint(4, 9)), 'es')} recibimos una solicitud de {clinic} para una "
           f"evaluación diagnóstica de autismo de {f['cfirst']}, programada para el {fmt_date(plan_date, 'es')}.",
           10)
    d.table(["Servicio", "Pedido", "Aprobado", "Negado"],
            [["96112 Pruebas del desarrollo (ADOS-2), primera hora", "1", "1", "0"],
             ["96113 Pruebas del desarrollo, cada 30 min adicionales", "6", "2", "4"]],
            [104, 22, 22, 22], size=8.8, aligns="LRRR", border_head="TB")
    d.para("Por qué tomamos esta decisión: negamos 4 de las 6 unidades de 96113 porque no son médicamente "
           "necesarias. Las notas de la clínica muestran que el ADOS-2 y una prueba del desarrollo se pueden hacer "
           "en dos horas en total. La clínica no envió información que explique por qué se necesitan tres horas "
           "más. Nos basamos en nuestra guía clínica de evaluación del autismo (CP-BH-031) y en el Código "
           "Administrativo, título 1, §354.1149.", 10)
    d.text_line("Sus derechos", 10.5, "B", h=6)
    d.para("Usted puede pedir una apelación al plan dentro de 60 días a partir de la fecha de este aviso. Puede "
           "llamarnos o escribirnos. Si su hijo necesita el servicio pronto, pida una apelación acelerada: le "
           "responderemos en 72 horas. Si quiere que los servicios sigan mientras decidimos, pídalo dentro de 10 "
           "días. Después de la apelación, puede pedir una audiencia imparcial estatal dentro de 120 días. Puede "
           "pedir sin costo copias de todos los documentos que usamos para esta decisión.", 9.6)
    d.para(f"Servicios al miembro: {ph(r)} (TTY 711). NPI de la clínica: {f['npi']}.", 9)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid,
              member_name=f["child"], case_numbers=[req], service_dates=[iso(plan_date)], denial_date=iso(notice),
              provider=clinic, appeal_deadline=iso(notice + D(days=60)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: approval (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Silverleaf Health Cooperative"
    mid, grp, auth = f"SHC-{r.digits(7)}", f"{r.digits(4)}", f"PA{r.digits(9)}"
    notice = f["dos"] - D(days=r.randint(8, 20))
    prov = "Dr. Kwame T. Lomax"
    clinic = "Fairchild Autism Assessment Program"
    d = Page("Silverleaf Health Cooperative", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Silverleaf Health Cooperative", 14, "B", h=7)
    d.text_line(f"Care Management  ·  41 Old Mill Road, Fargo, ND 58102  ·  {ph(r)}", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.text_line("Your request is approved", 12, "B", h=7)
    d.table(["Member", "Member ID", "Group", "Authorization"], [[f["child"], mid, grp, auth]], [52, 38, 24, 40],
            size=9, border_head="TB")
    d.para(f"Good news. We approved the autism diagnostic evaluation that {prov} of {clinic} asked for on "
           f"behalf of {f['cfirst']}. The approval covers developmental testing with ADOS-2 (96112, 1 unit; 96113, "
           f"up to 4 units) and a psychological testing evaluation (96130, 1 unit). The visit is planned for "
           f"{fmt_date(f['dos'], 'long')}; the approval is good for 90 days from that date.", 10.5)
    d.para("Your usual specialist copay applies. This approval is not a guarantee of payment: your child must be "
           "enrolled on the day of the visit and the services billed must match what we approved.", 10.5)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'long')}. Provider NPI: {f['npi']}.", 9)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=prov,
              alternates={"provider": [clinic], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: upheld appeal, grey sidebar (rotated)
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Keelbrook Health Partners"
    mid, grp = f"K{r.digits(9)}", f"GRP {r.digits(5)}"
    claim, appeal = f"{r.digits(12)}", f"APL-{r.digits(2)}-{r.digits(5)}"
    notice = f["dos"] + D(days=r.randint(70, 95))
    billed = 1240.0 + r.randint(0, 400)
    prov = "Rutledge Neurodevelopmental Clinic"
    d = Page("Keelbrook Health Partners  ·  Appeal decision", margins=(14, 14, 14))
    d.add_page()
    d.set_fill_color(228, 228, 228)
    d.rect(14, 14, 52, 190, style="F")
    y = 18
    for lab, val in [("Decision date", fmt_date(notice, "iso")), ("Appeal number", appeal),
                     ("Claim number", claim), ("Patient", f["child"]), ("Member ID", mid), ("Group", grp.replace("GRP ", "")),
                     ("Date of service", fmt_date(f["dos"], "iso")), ("Amount billed", fmt_money(billed)),
                     ("Provider", "Rutledge Neuro-\ndevelopmental Clinic"), ("Appeal received",
                                                                             fmt_date(notice - D(days=24), "iso"))]:
        d.set_xy(17, y)
        d.font(7, "B")
        d.cell(46, 3.5, lab.upper())
        d.set_xy(17, y + 4)
        d.font(9.2)
        d.multi_cell(46, 4.4, val)
        y = d.get_y() + 3.5
    d.set_left_margin(74)
    d.set_xy(74, 16)
    d.text_line("Keelbrook Health Partners", 15, "B", h=7)
    d.text_line("Member Appeals · 12 Harbor View Road, Duluth, MN 55802", 8.6, h=4.6)
    d.ln(8)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Your appeal: decision upheld", 12, "B", h=7)
    d.para(f"Dear {f['pfirst']} {f['last']}:", 10)
    d.para(f"You appealed our denial of the autism diagnostic evaluation your child received at {prov}. A "
           "reviewer who took no part in the first decision looked at your appeal, the clinic's records and your "
           "plan documents.", 10)
    d.para("We are upholding the denial. Your plan is an HMO: specialist care needs a referral from the primary "
           "care physician before the visit. The referral you sent with your appeal is dated after the date of "
           "service, so it cannot apply to this claim. Evidence of Coverage, Part 4, Referrals.", 10)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. If your child's health is at risk, an expedited "
           "external review is decided within 72 hours. You may also bring a civil action under ERISA §502(a).",
           10)
    d.para("Appeals Unit, Keelbrook Health Partners", 10)
    t = truth("denial_letter", "prior_authorization", insurer=ins, group_number=grp.replace("GRP ", ""),
              member_id=mid, member_name=f["child"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=prov,
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid claim summary from a TPA (photocopy)
def doc_paid_summary(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Northwind Benefit Administrators"
    plan = "Lubbock County Employee Health Plan"
    mid, grp, claim = f"NBA{r.digits(7)}", f"LC-{r.digits(4)}", f"{r.digits(4)}.{r.digits(6)}"
    issued = f["dos"] + D(days=r.randint(18, 28))
    prov = "Tanaka Developmental & Behavioral Pediatrics"
    lines = [("96112", "Developmental test admin, 1st hr", 1, 455.0 + r.randint(0, 40)),
             ("96113", "Developmental test admin, ea addl 30 min", 3, 3 * (240.0 + r.randint(0, 20))),
             ("96130", "Psych testing eval, 1st hr", 1, 520.0 + r.randint(0, 50))]
    billed = sum(x[3] for x in lines)
    d = Page("NBA claim summary  ·  {p}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("NORTHWIND BENEFIT ADMINISTRATORS", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.ln(4)
    d.text_line("CLAIM SUMMARY  -  PAID", 12, "B", h=7)
    d.para(f"Issued {fmt_date(issued, 'upper')}   ·   Employee {f['parent']}   ·   Patient {f['child']}   ·   ID "
           f"{mid}   ·   Group {grp}", 9.4)
    d.para(f"Claim {claim} from {prov}, received {fmt_date(f['recv'], 'upper')}, in network.", 9.4)
    rows = []
    for code, desc, u, a in lines:
        al = round(a * 0.68, 2)
        rows.append([fmt_date(f["dos"], "upper"), code, desc, str(u), fmt_money(a, "nosign"),
                     fmt_money(al, "nosign"), fmt_money(round(al * 0.9, 2), "nosign")])
    rows.append(["*Totals", "", "", "", fmt_money(billed, "nosign"), "", ""])
    d.table(["DOS", "CPT", "Description", "Units", "Charged", "Allowed", "Paid"], rows, [26, 14, 64, 12, 20, 20, 20],
            size=8.4, aligns="LLLRRRR", head_fill=True)
    d.para("All services on this claim were paid under your autism spectrum disorder benefit. Your 10% "
           "coinsurance applies. Questions? Call us; if you believe we made an error you may ask for a review "
           "within 180 days after you receive this summary.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(issued),
              provider=prov, type_alternates=["other"], alternates={"insurer": [plan]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_referral_letter, "hmo_referral_letter", "born_digital"),
              (2, doc_hours_eob, "hours_limit_eob", "scan_clean_300"),
              (3, doc_es_medicaid, "es_medicaid_epsdt", "scan_lowres_150"),
              (4, doc_approval, "approval_photo", "phone_photo"),
              (5, doc_upheld_appeal, "upheld_appeal_sideways", "rotated"),
              (6, doc_paid_summary, "tpa_paid_copy", "photocopy")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
