"""Family 'cleft_palate_orthodontic_medically_necessary_denial': orthodontic care for a child with a repaired cleft
lip and palate (D8080 comprehensive orthodontics, D8670 periodic orthodontic visits, 21210 alveolar bone graft by the
craniofacial surgeon) refused by dental plans under the orthodontic exclusion, even though the team calls it
medically necessary.

Documents: a two-page prose letter from a dental plan refusing D8080 under the orthodontic exclusion (claim, charges,
member ID and group only in sentences, letter addressed to the parent); a fine-fax stack of a cover sheet, a dental
EOB with three claims (only the orthodontic claim denied) and the craniofacial center's patient statement with a team
note; a Spanish CHIP dental notice of action refusing a pre-service orthodontic request; a paid medical EOB for the
alveolar bone graft (nothing denied); a sideways external review decision overturning the denial (facts in
sentences); a phone photo of a request for the team's records that holds the claim (not a denial); a standard-fax
first-level appeal decision upholding the exclusion, in two columns with a label sidebar.

All values invented (insurers, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cleft_palate_orthodontic_medically_necessary_denial"
LANG = "en"
SEED = 316500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CENTER = "Bellwater Children's Cleft & Craniofacial Center"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    child, cf, cm, cl = r.person(lang)
    parent = r.person(lang)
    parent_name = f"{parent[1]} {parent[2]}. {cl}"
    orth = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 110))
    return dict(child=child, cf=cf, cl=cl, parent=parent_name, pf=parent[1], addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(2010, 2015), r.randint(1, 12), r.randint(1, 28)),
                orth=f"Dr. {orth[1]} {orth[2]}. {orth[3]}", orth_plain=orth[0], npi=r.npi(),
                fee8080=float(r.randint(5400, 7900)), fee8670=float(r.choice([185, 210, 225, 240])))


# ------------------------------------------------------------------ 0: prose denial letter, two pages (born digital)
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Corbel Dental Plan of Ohio, Inc."
    mid, grp, claim = f"CDP{r.digits(8)}", f"{r.digits(6)}-{r.digits(2)}", f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    old_claim = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(24, 38))
    recv = f["dos"] + dt.timedelta(days=r.randint(5, 12))
    total = f["fee8080"] + f["fee8670"]
    d = Page(foot="CDP-ORTH-7 (rev. 01/2026)        page {p} of {n}",
             header=f"Corbel Dental Plan  -  {f['child']}  -  continued", margins=(24, 18, 24))
    d.add_page()
    d.text_line("CORBEL DENTAL PLAN", 15, "B", h=7)
    d.text_line(f"{ins}  |  4400 Lockbourne Road, Columbus, OH 43207  |  Member line {ph(r)}", 8.2, h=4.4)
    d.ln(9)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f"Parent or guardian of {f['child']}", f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['pf']} {f['cl']}:", 10.5)
    d.para(f"We have finished reviewing the orthodontic claim that {f['orth']} of {CENTER} sent us for your child, "
           f"{f['child']}. We received it on {fmt_date(recv, 'long')}. The claim, number {claim}, asks us to pay "
           f"{fmt_money(total)} for comprehensive orthodontic treatment of the permanent dentition (D8080, "
           f"{fmt_money(f['fee8080'])}) and the first periodic orthodontic visit (D8670, "
           f"{fmt_money(f['fee8670'])}), both on {fmt_date(f['dos'], 'long')}.", 10.5)
    d.para(f"Your child is covered as a dependent under the dental plan of group {grp}; the member identification "
           f"number is {mid}. We are sorry to tell you that we cannot pay this claim.", 10.5)
    d.text_line("Why we denied the claim", 11, "B", h=7)
    d.para("Your group's plan does not include an orthodontic benefit. Section 7.3 of your Certificate of Coverage "
           "excludes \"orthodontic appliances and treatment, whatever the cause, including treatment related to "
           "congenital anomalies\". The letter from the craniofacial team explains that the treatment is part of "
           "the care of a repaired cleft lip and palate. We do not doubt that; the exclusion in your plan does not "
           "depend on the reason for the treatment. This decision is about benefits, not about whether the "
           "treatment is right for your child.", 10.5)
    d.para(f"An earlier claim for orthodontic records (D0340 and D0330), number {old_claim}, was paid in full on "
           "January 9, 2026 under your diagnostic benefit; this letter does not change that payment.", 10.5)
    d.para("The alveolar bone graft planned by the craniofacial surgeon (CPT 21210) is a medical service. Ask the "
           "surgeon's office to send that claim to your medical plan, not to us.", 10.5)
    d.text_line("If you disagree", 11, "B", h=7)
    d.para("You may appeal. Write to us within 180 days of the date of this letter and tell us why you think we "
           "are wrong. Send any papers that help, such as the team's treatment plan. Mail your appeal to Corbel "
           "Dental Plan, Appeals, PO Box 18810, Columbus, OH 43218, or fax it to (555) 014-2290. We will answer "
           "within 30 days.", 10.5)
    d.para("After our final decision you may ask for an external review by an independent review organization "
           "within 4 months (180 days in some states). If your plan is subject to ERISA, you may also bring a civil "
           "action under section 502(a). You may ask, free of charge, for copies of all documents we used.", 10.5)
    d.para("Sincerely,\n\nDental Claims Review\nCorbel Dental Plan", 10.5)
    d.para(f"cc: {f['orth']}, NPI {f['npi']}.  Patient date of birth {fmt_date(f['dob'], 'slash')}.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["orth_plain"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": ["Corbel Dental Plan"], "provider": [CENTER]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: dental EOB + center statement
def doc_dental_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Lindenfield Mutual Dental"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    f["stmt"] = stmt
    c0, c1, c2 = f"LMD-{r.digits(9)}", f["claim"], f"LMD-{r.digits(9)}"
    prev = f["dos"] - dt.timedelta(days=r.randint(40, 70))
    l0 = [("D0150", "Comprehensive oral evaluation", 96.0, 96.0, 0.0), ("D0330", "Panoramic radiograph", 128.0,
          128.0, 0.0)]
    l1 = [("D8080", "Comprehensive orthodontic tx", f["fee8080"], 0.0, f["fee8080"]),
          ("D8670", "Periodic orthodontic visit", f["fee8670"], 0.0, f["fee8670"])]
    l2 = [("D1120", "Prophylaxis - child", 74.0, 74.0, 0.0)]
    f["billed"] = f["fee8080"] + f["fee8670"]
    d = Page(foot="Lindenfield Mutual Dental  -  Dental Explanation of Benefits  -  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  LINDENFIELD MUTUAL DENTAL  |  DENTAL BENEFIT STATEMENT", fill=True, new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.text_line(f"PO Box 7701, Harrow Glen, PA 16501   Customer care {ph(r)}   NOT A BILL", 8.4, h=4.5)
    d.ln(3)
    d.boxes([("Benefit statement date", fmt_date(stmt, "abbr"), 42), ("Subscriber", f["parent"], 50),
             ("Subscriber number", f["mid"], 42), ("Employer group", f["grp"], 32), ("Plan", f["plan"], 25)])
    d.boxes([("Patient", f["child"], 50), ("Relationship", "Child", 28), ("Patient birth date",
             fmt_date(f["dob"], "abbr"), 38), ("Dentist", f["orth"], 75)])
    d.ln(4)
    head = ["Service date", "Code", "Service", "Submitted", "Plan pays", "Your share", "Note"]
    w = [26, 15, 60, 24, 22, 24, 19]
    for c, lines, when, who, note in [(c0, l0, prev, "Harrow Glen Family Dentistry", ""),
                                      (c1, l1, f["dos"], f["orth"] + ", " + CENTER, "OX4"),
                                      (c2, l2, prev, "Harrow Glen Family Dentistry", "")]:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {c}   Treating dentist: {who}", new_x="LMARGIN", new_y="NEXT")
        rows = [[fmt_date(when, "slash"), code, desc, fmt_money(b, "nosign"), fmt_money(p, "nosign"),
                 fmt_money(s, "nosign"), note] for code, desc, b, p, s in lines]
        rows.append(["*Claim total", "", "", fmt_money(sum(x[2] for x in lines), "nosign"),
                     fmt_money(sum(x[3] for x in lines), "nosign"), fmt_money(sum(x[4] for x in lines), "nosign"),
                     ""])
        d.table(head, rows, w, size=8.2, aligns="LLLRRRL")
    d.text_line("Note codes", 9.5, "B", h=5.5)
    d.para("OX4  Orthodontic services are excluded under your employer's dental plan (Schedule of Benefits, "
           "Exclusion 12: orthodontic treatment for any condition, including cleft lip or cleft palate). The "
           "amount is your responsibility under your agreement with the dentist.", 8.6)
    d.para("If you disagree with this decision you may ask for an appeal within 180 days of the date of this "
           "statement. Write to Appeals, PO Box 7705, Harrow Glen, PA 16501. Urgent requests are decided within "
           "72 hours. Annual maximum used so far: $298.00 of $1,500.00.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[c1], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["orth_plain"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), alternates={"plan_id": [None]})
    return pdf_bytes(d), t


def doc_center_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    sd = f["stmt"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"BW-{r.digits(6)}"
    d = Page(margins=(14, 12, 14))
    d.add_page()
    d.text_line(CENTER, 13.5, "B", h=7)
    d.text_line(f"Patient Financial Services  -  12 Lamplighter Row, Harrow Glen, PA 16502  -  {ph(r)}", 8.3, h=4.5)
    d.rule(0.6, 4)
    y0 = d.get_y()
    # left column: statement
    d.set_left_margin(14)
    d.text_line("Statement of account", 12, "B", h=6.5)
    for lab, val in [("Date of statement", fmt_date(sd, "iso")), ("Guarantor", f["parent"]),
                     ("Patient", f["child"]), ("Account", acct),
                     ("Insurance on file", f"Lindenfield Mutual Dental #{f['mid']}"),
                     ("Insurance claim", f["claim"])]:
        d.font(8.6, "B")
        d.cell(34, 4.9, lab)
        d.font(8.6)
        d.cell(80, 4.9, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "iso"), "D8080", "Comprehensive orthodontics (bands)", fmt_money(f["fee8080"])],
            [fmt_date(f["dos"], "iso"), "D8670", "Periodic orthodontic visit", fmt_money(f["fee8670"])],
            [fmt_date(f["stmt"], "iso"), "", "Lindenfield Mutual Dental: denied, OX4", "$0.00"],
            ["*Balance", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [22, 14, 58, 24], size=8.2, aligns="LLLR")
    d.para(f"Orthodontist: {f['orth']}.  Your balance of {fmt_money(f['billed'])} is due in 30 days; ask about "
           "our 24-month payment plan (sample: $250.00 a month).", 8.4, w=118)
    # right sidebar: team note
    d.set_xy(140, y0)
    d.set_fill_color(232, 232, 232)
    d.rect(138, y0 - 1, 64, 112, style="F")
    d.set_left_margin(140)
    d.font(9.5, "B")
    d.multi_cell(60, 5, "From the cleft & craniofacial team", new_x="LMARGIN", new_y="NEXT")
    d.font(8.2)
    d.multi_cell(60, 4.2, f"{f['cf']} was born with a complete unilateral cleft lip and palate. Orthodontic "
                 "alignment of the segments is needed before and after the alveolar bone graft so that the graft "
                 "can take and the canine can erupt. This is reconstructive care for a birth defect, not cosmetic "
                 "treatment. Many states require plans to cover it. We have sent your dental plan a letter of "
                 "medical necessity and will help you appeal.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.multi_cell(60, 4.2, "Team coordinator: Paulette Rhee, RN\nCleft team visit: every 6 months", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_left_margin(14)
    t = truth("other", None, member_id=f["mid"], member_name=f["child"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(sd),
              provider=CENTER, unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["orth_plain"]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"{r.digits(3)} {r.digits(3)} {r.digits(3)}".replace(" ", ""), grp=f"LM{r.digits(5)}",
             plan=f"DPPO-{r.digits(3)}", claim=f"LMD-{r.digits(9)}")
    eob = doc_dental_eob(r, f)
    st = doc_center_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [eob, st], separators=["cover", None])


# ------------------------------------------------------------------ 2: Spanish CHIP notice of action (low-res scan)
def doc_chip_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Sonrisas del Valle Plan Dental CHIP"
    mid = f"{r.digits(4)} {r.digits(4)} {r.digits(2)}"
    notice_no = f"AV-{r.digits(7)}"
    req = f"SA{r.digits(8)}"
    notice = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 90))
    recv = notice - dt.timedelta(days=r.randint(8, 13))
    start = notice + dt.timedelta(days=r.randint(20, 40))
    d = Page(foot="Aviso de acción CHIP  -  formulario SDV-NOA-ES  -  página {p} de {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Sonrisas del Valle", 16, "B", h=8)
    d.text_line(f"{ins}  -  Apartado 2290, Laredo, TX 78040  -  Servicios al miembro {ph(r)}", 8.3, h=4.5)
    d.text_line("Programa de Seguro Médico para Niños (CHIP) de Texas", 8.3, h=4.5)
    d.rule(0.5, 4)
    d.text_line("AVISO DE ACCIÓN: SE NIEGA UN SERVICIO", 12.5, "B", h=7)
    d.ln(1)
    left = [("Fecha del aviso", fmt_date(notice, "es")), ("Número de aviso", notice_no),
            ("Número de solicitud", req), ("Miembro", f["child"]), ("Núm. de identificación CHIP", mid),
            ("Fecha de nacimiento", fmt_date(f["dob"], "es_abbr")),
            ("Solicitado por", f"{f['orth']} (ortodoncista)")]
    for lab, val in left:
        d.font(9, "B")
        d.cell(56, 5.2, lab + ":")
        d.font(9)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Estimado padre, madre o tutor de {f['child']}:", 10)
    d.para(f"El {fmt_date(recv, 'es')} recibimos una solicitud de autorización previa de {f['orth']} para "
           "tratamiento de ortodoncia integral (D8080) y visitas periódicas de ortodoncia (D8670). El tratamiento "
           f"iba a empezar el {fmt_date(start, 'es')}.", 10)
    d.text_line("Nuestra decisión", 11, "B", h=6.5)
    d.para("Negamos la solicitud. La ortodoncia está excluida del beneficio dental de CHIP, salvo cuando corrige "
           "una deformidad grave que impide comer o hablar. Revisamos las radiografías y los modelos. La "
           "documentación no muestra que el paladar hendido, ya reparado, cause hoy una maloclusión que impida la "
           "función; por eso el tratamiento no es médicamente necesario según nuestros criterios (Manual de "
           "beneficios dentales de CHIP, sección 4.2).", 10)
    d.text_line("Si no está de acuerdo", 11, "B", h=6.5)
    d.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame a Servicios al "
           "miembro o escriba a Apelaciones, Apartado 2291, Laredo, TX 78040. Si esperar pone en peligro la salud "
           "de su hijo, pida una apelación acelerada; le responderemos en 72 horas.", 10)
    d.para("Después de la apelación, puede pedir una revisión externa por una organización independiente dentro de "
           "4 meses de nuestra decisión. Puede pedir gratis copias de los criterios y documentos que usamos.", 10)
    d.para(f"NPI del ortodoncista: {f['npi']}.  ATENCIÓN: si habla inglés, hay ayuda gratuita: {ph(r)}.", 8.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, member_id=mid.replace(" ", ""),
              member_name=f["child"], case_numbers=[notice_no, req], service_dates=[iso(start)],
              denial_date=iso(notice), provider=f["orth_plain"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[req], [notice_no]], "service_dates": [[]],
                          "insurer": ["Sonrisas del Valle"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: paid medical EOB for the bone graft (photocopy)
def doc_graft_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridian Lakes Health Insurance Company"
    mid, grp = f"MLH{r.letters(1)}{r.digits(8)}", f"{r.digits(7)}"
    surgeon = r.person()
    claim, claim2 = f"{r.digits(13)}", f"{r.digits(13)}"
    dos = f["dos"] + dt.timedelta(days=r.randint(30, 60))
    stmt = dos + dt.timedelta(days=r.randint(21, 33))
    lines = [("21210", "Graft, bone; nasal, maxillary or malar areas", float(r.randint(4200, 5600))),
             ("20902", "Bone graft, any donor area; major or large", float(r.randint(1100, 1700)))]
    billed = sum(x[2] for x in lines)
    d = Page(foot="Meridian Lakes Health  |  EOB  |  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Meridian Lakes Health", 16, "B", h=8)
    d.text_line(f"{ins}  -  1 Tamarack Square, Duluth, MN 55802", 8.4, h=4.5)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", h=6.5)
    y = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.2, h=4.7)
    d.set_y(y)
    for lab, val in [("Processed on", fmt_date(stmt, "dmy")), ("Member number", mid), ("Group", grp),
                     ("Claim no.", claim), ("Patient", f["child"])]:
        d.set_x(116)
        d.font(8.8, "B")
        d.cell(32, 4.8, lab)
        d.font(8.8)
        d.cell(50, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Rendering provider: Dr. {surgeon[0]}, craniofacial surgery, {CENTER} (in network)   "
           f"Date(s) of service: {fmt_date(dos, 'dmy')}", 8.6)
    rows = []
    for code, desc, b in lines:
        allowed = round(b * 0.62, 2)
        rows.append([fmt_date(dos, "dmy"), code, desc[:40], fmt_money(b), fmt_money(allowed), fmt_money(allowed),
                     "$0.00"])
    rows.append(["*Total", "", "", fmt_money(billed), fmt_money(sum(round(x[2] * 0.62, 2) for x in lines)),
                 fmt_money(sum(round(x[2] * 0.62, 2) for x in lines)), "$0.00"])
    d.table(["Date", "Code", "Description", "Charged", "Allowed", "Plan paid", "You owe"], rows,
            [22, 14, 66, 22, 22, 22, 18], size=7.9, aligns="LLLRRRR", head_fill=True)
    d.para("Your plan paid this claim in full. Reconstructive surgery for a cleft lip or palate is covered under "
           "your medical benefits with no cost share for members under 19. Nothing on this statement was "
           "denied.", 9)
    d.para(f"Also processed this month: claim {claim2}, anesthesia for the same surgery, sent to you separately. "
           "If you have questions about this claim, call us. You may ask for a review within 180 days after you "
           "receive this statement.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=surgeon[0], type_alternates=["other"], alternates={"insurer": ["Meridian Lakes Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: external review overturning (rotated)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    iro = "Stonebridge Independent Medical Review, LLC"
    plan = "Bayfront Dental Benefits Company"
    mid = f"BDB{r.digits(9)}"
    case, appeal = f"SIMR-26-{r.digits(5)}", f"GA{r.digits(7)}"
    total = f["fee8080"] + 2 * f["fee8670"]
    v2 = f["dos"] + dt.timedelta(days=r.randint(28, 35))
    dec = f["dos"] + dt.timedelta(days=r.randint(110, 140))
    assigned = dec - dt.timedelta(days=r.randint(30, 40))
    d = Page(foot=f"{iro}  |  Final external review decision  |  {{p}}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("STONEBRIDGE", 18, "B", h=8)
    d.text_line("Independent Medical Review", 10, h=5)
    d.text_line(f"{iro}  -  Certified independent review organization  -  PO Box 330, Erie, PA 16501", 8, h=4.4)
    d.ln(8)
    d.text_line(fmt_date(dec, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Notice of Final External Review Decision", 12, "B", h=7)
    d.para(f"The Department of Insurance assigned your request for external review to us on "
           f"{fmt_date(assigned, 'abbr')}. Our case number is {case}. You asked us to review the final internal "
           f"appeal decision (appeal {appeal}) of {plan}, which refused orthodontic treatment for your child "
           f"{f['child']} (member {mid}) as excluded from dental coverage.", 10.5)
    d.para(f"The treatment under review is comprehensive orthodontic treatment (D8080) started on "
           f"{fmt_date(f['dos'], 'abbr')} and periodic visits (D8670) on {fmt_date(f['dos'], 'abbr')} and "
           f"{fmt_date(v2, 'abbr')}, provided by {f['orth']}. The charges in dispute total {fmt_money(total)}.", 10.5)
    d.text_line("Decision: OVERTURNED", 11.5, "B", h=7)
    d.para("The reviewer, a board-certified orthodontist with craniofacial experience, found that orthodontic "
           "treatment for a child with a cleft palate is medically necessary reconstructive care. State law "
           "requires health benefit plans that cover children to cover treatment of cleft lip and cleft palate, "
           "including orthodontic treatment, and a general orthodontic exclusion in the certificate cannot override "
           "that requirement. The plan's denial is reversed.", 10.5)
    d.para("The plan must provide coverage for the services above and must notify you and the provider of its "
           "payment within 5 business days of this decision. This decision is binding on the plan. You may still "
           "have other remedies under state or federal law.", 10.5)
    d.para("Reviewer credentials are on file with the Department. Conflict of interest statement attached (form "
           "IRO-7).", 8.6)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=f["child"], case_numbers=[case, appeal],
              claim_amount=m2(total), service_dates=[iso(f["dos"]), iso(v2)], denial_date=iso(dec),
              provider=f["orth_plain"],
              alternates={"insurer": [plan], "case_numbers": [[case], [appeal]], "claim_amount": [None],
                          "service_dates": [[iso(f["dos"])]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: request for team records, claim held (phone)
def doc_records_request(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tollgate Dental Insurance Company"
    mid, grp = f"T{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"GRP {r.digits(5)}"
    ref = f"PND{r.digits(8)}"
    ltr = f["dos"] + dt.timedelta(days=r.randint(14, 22))
    total = f["fee8080"]
    d = Page(margins=(20, 16, 20))
    d.add_page()
    d.text_line("Tollgate Dental", 17, "B", h=8)
    d.text_line(f"{ins}   |   88 Ferry Landing, Bangor, ME 04401   |   {ph(r)}", 8.4, h=4.5)
    d.rule(0.3, 6)
    d.text_line("WE NEED MORE INFORMATION  -  THIS IS NOT A DENIAL", 11.5, "B", h=7)
    d.ln(2)
    d.boxes([("Letter date", fmt_date(ltr, "mdy_nopad"), 34), ("Pended claim", ref, 40),
             ("Enrollee ID", mid, 38), ("Group", grp, 34), ("Billed", fmt_money(total), 28)])
    d.ln(5)
    d.para(f"To the parent or guardian of {f['child']}:", 10.5)
    d.para(f"{f['orth']} sent us a claim for comprehensive orthodontic treatment (D8080) on "
           f"{fmt_date(f['dos'], 'mdy_nopad')}. Your plan covers orthodontics for any age when it treats a cleft "
           "palate or another serious congenital anomaly, but it excludes orthodontics for other reasons. To "
           "decide which applies, we need:", 10.5)
    for b in ["- the craniofacial team's diagnosis and treatment plan,",
              "- the cephalometric radiograph and tracing,",
              "- the date and report of the palate repair."]:
        d.text_line(b, 10.5, h=5.5)
    d.ln(2)
    d.para("We have put the claim on hold. Nothing has been denied. Please ask the orthodontist to send these "
           "records within 45 days of the date of this letter. If we do not get them, we will decide the claim "
           "with the information we have, and we will send you a letter explaining that decision and your appeal "
           "rights.", 10.5)
    d.para(f"Patient born {fmt_date(f['dob'], 'mdy_nopad')}.  Provider NPI {f['npi']}.  Fax records to "
           f"{ph(r)}, attention Dental Consultant Review.", 8.8)
    t = truth("other", None, insurer=ins, group_number=grp.replace("GRP ", ""), member_id=mid,
              member_name=f["child"], case_numbers=[ref], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(ltr), provider=f["orth_plain"], alternates={"group_number": [grp]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: upheld appeal with sidebar (standard fax)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(f["dos"].year - 19, f["dos"].month, 1) - dt.timedelta(days=r.randint(20, 80))
    ins = "Ridgecrest Dental Alliance"
    mid, grp, plan = f"RDA{r.digits(7)}", f"{r.digits(4)}-{r.letters(3)}", f"RDA-{r.letters(2)}{r.digits(2)}"
    claim, appeal = f"{r.digits(11)}", f"APL-{r.digits(6)}"
    total = f["fee8080"] + f["fee8670"]
    dec = f["dos"] + dt.timedelta(days=r.randint(70, 95))
    by = dec + dt.timedelta(days=60)
    d = Page(foot="Ridgecrest Dental Alliance - Member Appeals - {p}", margins=(12, 14, 14))
    d.add_page()
    d.set_fill_color(220, 220, 220)
    top = d.get_y()
    d.rect(12, top, 56, 150, style="F")
    d.set_left_margin(15)
    d.set_xy(15, top + 3)
    d.font(12, "B")
    d.multi_cell(50, 6, "Ridgecrest\nDental Alliance", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for lab, val in [("DECISION DATE", fmt_date(dec, "dmy")), ("YOUR APPEAL", appeal), ("CLAIM", claim),
                     ("MEMBER", f["child"]), ("ID NUMBER", mid), ("EMPLOYER GROUP", grp), ("BENEFIT PLAN", plan),
                     ("TREATING ORTHODONTIST", f["orth"]), ("SERVICE DATE", fmt_date(f["dos"], "dmy")),
                     ("AMOUNT BILLED", fmt_money(total)), ("REQUEST A 2ND REVIEW BY", fmt_date(by, "dmy"))]:
        d.font(6.8, "B")
        d.cell(50, 3.6, lab, new_x="LMARGIN", new_y="NEXT")
        d.font(9)
        d.multi_cell(50, 4.6, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.6)
    d.set_left_margin(74)
    d.set_xy(74, top + 3)
    d.font(13, "B")
    d.cell(0, 7, "Your appeal decision", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.6, h=4.8)
    d.ln(4)
    body = [
        f"We reviewed your appeal of our decision not to pay for {f['cf']}'s orthodontic treatment. A dental "
        "consultant who was not involved in the first decision reviewed the claim, the craniofacial team's letter "
        "and the plan documents.",
        f"Our decision: the denial is upheld. Your plan's booklet, Limitations and Exclusions item 19, excludes "
        "orthodontic treatment for members 19 and older, whatever the reason. "
        f"{f['cf']} was born on "
        f"{fmt_date(f['dob'], 'long')} and turned 19 before the treatment began, so the exception for cleft palate orthodontics, which applies to members under 19, does "
        "not apply.",
        "You may ask for a second-level review. Your request must reach us by the date shown at the left. You may "
        "also ask for an external review within 4 months of this decision; call the Department of Insurance "
        "consumer line at (555) 017-4400 (open weekdays; closed on July 3, 2026).",
        "You may ask for copies of all documents relevant to your claim, free of charge. For help in another "
        "language, call member services.",
    ]
    for p in body:
        d.para(p, 9.8, gap=3)
    d.para("Appeals Coordinator\nRidgecrest Dental Alliance\nPO Box 404, Pueblo, CO 81003", 9.8)
    d.set_left_margin(14)
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id=plan, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[appeal, claim], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=f["orth_plain"],
              appeal_deadline=iso(by), denial_alternates=["eligibility"],
              alternates={"case_numbers": [[appeal]], "plan_id": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "prose_letter", "born_digital"), (2, doc_chip_es, "chip_es", "scan_lowres_150"),
              (3, doc_graft_eob, "graft_eob", "photocopy"), (4, doc_iro, "iro_overturn", "rotated"),
              (5, doc_records_request, "records_hold", "phone_photo"), (6, doc_upheld, "upheld_appeal",
                                                                         "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
