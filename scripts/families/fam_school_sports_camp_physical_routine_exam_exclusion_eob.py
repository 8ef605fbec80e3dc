"""Family 'school_sports_camp_physical_routine_exam_exclusion_eob': physicals done only to complete a school,
sports, camp or work-permit form (99394/99393 preventive visit, 99173 visual acuity screen, 99080 forms
completion) refused as routine or school/employment exams the plan excludes.

Documents: a two-claim family EOB (sick visit paid, sports-physical claim refused); a fax stack of a prose denial
letter about a camp physical and the pediatric office's statement; a Spanish letter refusing a school-entry exam;
a paid well-child EOB (nothing denied); a work-permit physical refused (label column letter); an upheld appeal; a
request for the visit notes before deciding (not a denial). Decoys: DOB, NPI, patient account numbers, the sick
visit's claim, received dates, 72-hour and external-review limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "school_sports_camp_physical_routine_exam_exclusion_eob"
LANG = "en"
SEED = 332700
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OFFICE = ["Maple Hollow Pediatrics", "Brookstone Family Medicine", "Clearwater Children's Clinic",
          "Juniper Ridge Pediatric Associates"]
DOCTOR = ["Dr. Anika Sorensen, MD", "Dr. Tobias Wren, DO", "Dr. Priya Landreth, MD", "Dr. Felix Amundsen, MD"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    child, cfirst, _, clast = r.person(lang)
    pfirst = r.person(lang)[1]
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    return dict(child=child, cfirst=cfirst, last=clast, parent=f"{pfirst} {clast}", addr=r.address(lang), dos=dos,
                ph=r.phone(), npi=r.npi(), dob=dt.date(r.randint(2009, 2016), r.randint(1, 12), r.randint(1, 28)),
                acct=f"{r.digits(6)}")


def lines(r: Rand, exam="99394", forms=True) -> list[tuple[str, str, float]]:
    out = [(exam, "Preventive visit, established, " + ("12-17 yrs" if exam == "99394" else "5-11 yrs"),
            float(r.randint(205, 290))),
           ("99173", "Visual acuity screening, quantitative", float(r.randint(18, 34)))]
    if forms:
        out.append(("99080", "Special reports / forms completion", float(r.choice([25, 35, 40]))))
    return out


def total(ls) -> float:
    return round(sum(x[2] for x in ls), 2)


# ---------------------------------------------------------------- 0: two-claim family EOB, sports physical refused
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Prairie Health Plan"
    mid, grp = f"KPH{r.digits(9)}", f"G-{r.digits(6)}"
    office, doc = OFFICE[0], DOCTOR[0]
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    sick = f["dos"] - dt.timedelta(days=r.randint(10, 40))
    c_sick, c_den = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    ls = lines(r)
    sick_amt = float(r.randint(140, 190))
    d = Page("Keystone Prairie Health Plan  -  Explanation of Benefits  -  page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("KEYSTONE PRAIRIE HEALTH PLAN", 15, "B", h=7.5)
    d.text_line("Explanation of Benefits  -  THIS IS NOT A BILL", 10, h=5.5)
    d.ln(3)
    y = d.get_y()
    d.para(f"{f['parent']}\n" + "\n".join(f["addr"]), 9.6, w=90)
    d.set_xy(120, y)
    for lab, val in [("Statement date", fmt_date(stmt, "long")), ("Member ID", mid), ("Group", grp),
                     ("Customer service", f["ph"])]:
        d.set_x(120)
        d.font(8.8, "B")
        d.cell(34, 5, lab)
        d.font(8.8)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.rule(0.5, 3)
    d.text_line(f"Claim {c_sick}   Patient: {f['child']}   Provider: {doc}   Received {fmt_date(sick + dt.timedelta(days=5), 'slash')}", 8.8, "B", h=5.5)
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [[fmt_date(sick, "slash"), "99213 Office visit, est.", fmt_money(sick_amt), fmt_money(sick_amt * .7),
              fmt_money(sick_amt * .7 - 30), fmt_money(30), "CP"]],
            [22, 62, 22, 22, 22, 22, 12], size=8.4, aligns="LLRRRRL")
    d.text_line(f"Claim {c_den}   Patient: {f['child']}   Provider: {office}   Received {fmt_date(f['dos'] + dt.timedelta(days=4), 'slash')}", 8.8, "B", h=5.5)
    rows = [[fmt_date(f["dos"], "slash"), f"{c} {t[:26]}", fmt_money(a), fmt_money(0), fmt_money(0), fmt_money(a),
             "X7"] for c, t, a in ls]
    rows.append(["*Claim total", "", fmt_money(total(ls)), fmt_money(0), fmt_money(0), fmt_money(total(ls)), ""])
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [22, 62, 22, 22, 22, 22, 12], size=8.4, aligns="LLRRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("CP  Your copay for an office visit.", 8.6, gap=1)
    d.para("X7  This exam was done to complete a school sports participation form. Physical exams required by a "
           "school, sports league, camp or employer are excluded under your plan (Exclusions, item 14). Your "
           "once-a-year preventive visit benefit was already used for this patient this plan year, so the visit "
           "cannot be paid as preventive care.", 8.6, gap=3)
    d.para(f"Appeals: you or the provider may appeal within 180 days of the statement date shown above. Urgent "
           f"appeals are decided within 72 hours. Patient date of birth {fmt_date(f['dob'], 'slash')}. "
           f"Provider NPI {f['npi']}.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[c_den], claim_amount=m2(total(ls)), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=office, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: camp physical letter + office statement
def doc_camp_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page("Silverline Benefit Services  |  " + f["ref"] + "  |  page {p}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Silverline Benefit Services", 14, "B", h=7)
    d.text_line("Claims administrator for the Harbor County Schools Employee Health Plan", 8.6, h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(f['notice'], 'wlong')}\n\n{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Dear {f['parent']}:", 10)
    d.para(f"We have finished reviewing claim {f['ref']}, which {f['office']} sent us for a physical exam given to "
           f"your child, {f['child']}, on {fmt_date(f['dos'], 'long')}. The charges were {fmt_money(f['billed'])}. "
           f"The office notes say the exam was done so that the summer camp health form could be signed.", 10)
    d.para("We cannot pay this claim. The plan does not cover examinations needed only for camp, school, sports, "
           "travel, licensing or employment, and it does not pay a fee for filling in forms. The visual acuity "
           "screening (99173) done at the same visit is part of that excluded exam.", 10)
    d.para(f"Your member number is {f['mid']} and your group number is {f['grp']}. If you disagree, you may "
           "file an appeal. Your written appeal must be sent within 180 days of the date of this letter. An "
           "independent external review may be requested within 4 months after a final internal decision.", 10)
    d.para("Sincerely,\nClaims Review Unit\nSilverline Benefit Services", 10)
    t = truth("denial_letter", "not_covered", insurer="Silverline Benefit Services", group_number=f["grp"],
              member_id=f["mid"], member_name=f["child"], case_numbers=[f["ref"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["office"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"insurer": ["Harbor County Schools Employee Health Plan"]})
    return pdf_bytes(d), t


def doc_office_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    when = f["notice"] + dt.timedelta(days=r.randint(8, 15))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_font("DejaVu", "B", 15)
    d.cell(0, 8, f["office"], align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("PATIENT STATEMENT", 10, align="R", h=5.5)
    d.ln(4)
    d.boxes([("Statement date", fmt_date(when, "dmy"), 36), ("Account no.", f["acct"], 30),
             ("Patient", f["child"], 56), ("Responsible party", f["parent"], 56)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "dmy"), c, t, fmt_money(a, "nosign")] for c, t, a in f["lines"]]
    rows.append([fmt_date(f["notice"], "dmy"), "", "Insurance: Silverline - not covered (camp exam)", "0.00"])
    rows.append(["*Balance due", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 100, 30], size=8.6, aligns="LLLR")
    d.para("Camp, school and sports forms are a courtesy; most plans treat these visits as non-covered. Please pay "
           "the balance within 30 days or call us to set up a payment plan.", 9)
    t = truth("other", None, member_name=f["child"], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(when), provider=f["office"], unscored=["insurer"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"SBS-{r.digits(8)}", grp=f"{r.digits(5)}", ref=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}",
             office=OFFICE[1], lines=lines(r, "99394"))
    f["billed"] = total(f["lines"])
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(20, 35))
    return Item(f"{FAMILY}_camp_letter_statement_stack", "fax_fine_g4",
                [doc_camp_letter(r, f), doc_office_statement(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 2: Spanish letter, school-entry exam
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Horizonte Plan de Salud"
    mid, claim = f"SH{r.digits(8)}", f"R{r.digits(10)}"
    office = "Centro Pediátrico Las Palmas"
    ls = lines(r, "99393")
    billed = total(ls)
    notice = f["dos"] + dt.timedelta(days=r.randint(15, 30))
    d = Page("Salud Horizonte  ·  Aviso de denegación  ·  página {p}", margins=(22, 16, 22))
    d.add_page()
    d.text_line("Salud Horizonte Plan de Salud", 14, "B", h=7)
    d.text_line("Servicios al Afiliado  ·  Apartado 4410, Hialeah, FL 33010", 8.6, h=4.6)
    d.ln(5)
    d.para(f"{fmt_date(notice, 'es')}\n\n{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.text_line("AVISO DE DENEGACIÓN DE PAGO DE UNA RECLAMACIÓN", 11, "B", h=6.5)
    d.ln(1)
    for lab, val in [("Paciente", f["child"]), ("Número de afiliado", mid), ("Número de reclamación", claim),
                     ("Proveedor", office), ("Fecha del servicio", fmt_date(f["dos"], "es_abbr")),
                     ("Monto facturado", fmt_money(billed))]:
        d.font(9.6, "B")
        d.cell(52, 5.4, lab + ":")
        d.font(9.6)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Hemos denegado el pago de esta reclamación. El examen físico se hizo para llenar el certificado médico "
           "de ingreso escolar. Su plan no cubre los exámenes que exige una escuela, un campamento o un empleador, "
           "ni el cargo por completar formularios (99080). La prueba de agudeza visual (99173) forma parte de ese "
           "examen excluido.", 10)
    d.para("Si no está de acuerdo, puede apelar. Debe enviarnos su apelación por escrito dentro de 60 días de la "
           "fecha de esta carta. Si su salud corre peligro, puede pedir una apelación urgente (72 horas).", 10)
    d.para(f"Fecha de nacimiento del paciente: {fmt_date(f['dob'], 'slash')}. NPI del proveedor: {f['npi']}. "
           f"Teléfono: {f['ph']}.", 8.8)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=office, appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid well-child EOB (nothing denied)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northfield Mutual Health"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"NM{r.digits(5)}"
    office = OFFICE[2]
    claim = f"E{r.digits(11)}"
    ls = lines(r, "99393", forms=False) + [("96127", "Brief emotional/behavioral assessment", float(r.randint(14, 22)))]
    billed = total(ls)
    stmt = f["dos"] + dt.timedelta(days=r.randint(12, 25))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.set_font("DejaVu", "B", 14)
    d.cell(0, 10, "  Northfield Mutual Health   |   Your Benefit Summary", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.boxes([("Issued", fmt_date(stmt, "iso"), 30), ("Member no.", mid, 36), ("Group no.", grp, 28),
             ("Patient", f["child"], 50), ("Claim", claim, 38)])
    d.ln(4)
    d.para(f"Well-child visit at {office} on {fmt_date(f['dos'], 'iso')}. Preventive care is paid in full when "
           "you see an in-network provider.", 9.6)
    rows = [[c, t, fmt_money(a, "space"), fmt_money(a * .82, "space"), fmt_money(a * .82, "space"), "$ 0.00"]
            for c, t, a in ls]
    rows.append(["*Total", "", fmt_money(billed, "space"), fmt_money(billed * .82, "space"),
                 fmt_money(billed * .82, "space"), "$ 0.00"])
    d.table(["Code", "Service", "Charged", "Allowed", "Paid", "Your share"], rows, [18, 72, 24, 24, 24, 22],
            size=8.5, aligns="LLRRRR")
    d.para("Nothing is owed for this visit. Keep this summary for your records. Questions? " + f["ph"], 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=office, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: work-permit physical refused (label column)
def doc_work(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Basin Health Insurance Company"
    f["dob"] = f["dob"].replace(year=r.randint(2009, 2010))
    mid, grp, ref = f"CB{r.digits(8)}", f"{r.digits(6)}", f"CLM {r.digits(3)}-{r.digits(5)}"
    office = OFFICE[3]
    ls = [("99394", "Preventive visit, 12-17 yrs", float(r.randint(210, 280))),
          ("99080", "Work permit health certificate", 40.0)]
    billed = total(ls)
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    deadline = notice + dt.timedelta(days=180)
    d = Page("Cedar Basin Health Insurance Company  ·  NBD-22 (01/26)", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cedar Basin Health Insurance Company", 13.5, "B", h=7)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 10.5, h=6)
    d.ln(4)
    rows = [("Notice date", fmt_date(notice, "upper")), ("Addressed to", f["parent"]), ("Patient", f["child"]),
            ("Member ID", mid), ("Group number", grp), ("Claim reference", ref), ("Provider", office),
            ("Date of service", fmt_date(f["dos"], "upper")), ("Amount billed", fmt_money(billed, "usd")),
            ("Amount paid", "USD 0.00"), ("Appeal by", fmt_date(deadline, "upper"))]
    for lab, val in rows:
        d.font(9.4)
        d.cell(48, 5.6, lab.upper(), border="B")
        d.font(9.6, "B")
        d.cell(0, 5.6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Reason for our decision", 10, "B", h=5.5)
    d.para("The visit was billed so that a state work permit health certificate could be signed for a summer job. "
           "Physical examinations required for employment, work permits or licensing are not covered benefits "
           "(Certificate of Coverage, Section 6.3, Excluded Services).", 9.6)
    d.text_line("Your rights", 10, "B", h=5.5)
    d.para("You may appeal by the date shown above. Include any records that show the visit was for an illness or "
           "for the patient's yearly preventive exam. If we uphold our decision you may ask for external review "
           "within 4 months. You may also contact your state insurance department.", 9.6)
    d.para(f"Patient date of birth {fmt_date(f['dob'], 'upper')}   Provider NPI {f['npi']}   Call {f['ph']}", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[ref], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=office, appeal_deadline=iso(deadline))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: upheld appeal, school sports physical
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bluewater Valley Health Plan"
    mid, claim, appeal = f"BV{r.digits(9)}", f"{r.digits(13)}", f"APL{r.digits(7)}"
    office, doc = OFFICE[0], DOCTOR[2]
    ls = lines(r, "99394")
    billed = total(ls)
    notice = f["dos"] + dt.timedelta(days=r.randint(75, 110))
    received = notice - dt.timedelta(days=r.randint(20, 28))
    d = Page("Bluewater Valley Health Plan  -  Appeal " + appeal + "  -  {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Bluewater Valley Health Plan", 14, "B", h=7)
    d.text_line("Grievance and Appeals Department", 9, h=5)
    d.ln(5)
    d.para(f"{fmt_date(notice, 'abbr')}\n\n{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Re: appeal {appeal} for {f['child']}, member {mid}", 10)
    d.para(f"We received your appeal on {fmt_date(received, 'abbr')}. You asked us to pay claim {claim} for the "
           f"visit with {doc} at {office} on {fmt_date(f['dos'], 'abbr')} (billed {fmt_money(billed)}). "
           "You explained that the exam was needed before the high school soccer season.", 10)
    d.para("Decision: we are upholding the denial. The records show the visit was scheduled and billed as a "
           "pre-participation sports physical, with the school athletic form completed. Your plan excludes "
           "exams required by schools or sports programs. The plan's one preventive visit per year had already "
           "been paid for this plan year.", 10)
    d.para("This ends the plan's internal appeal process. You may request an external review by an independent "
           "review organization within 4 months of the date you receive this letter.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[claim, appeal], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=doc, alternates={"provider": [office]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: request for visit notes (not a denial)
def doc_rfi(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tall Pines Health Cooperative"
    mid, claim = f"TP-{r.digits(4)}-{r.digits(4)}", f"{r.digits(10)}"
    office = OFFICE[2]
    ls = lines(r, "99394")
    billed = total(ls)
    notice = f["dos"] + dt.timedelta(days=r.randint(10, 20))
    by = notice + dt.timedelta(days=30)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("tall pines health cooperative", 15, "B", h=8)
    d.ln(5)
    d.para(f"{fmt_date(notice, 'dmy')}\n\n{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"About the visit for {f['child']} (member {mid}) at {office} on {fmt_date(f['dos'], 'dmy')}", 10)
    d.para(f"We have put claim {claim} for {fmt_money(billed)} on hold. It was billed as a yearly preventive "
           "visit, but it also includes a forms-completion charge (99080) for a sports or camp form. Before we "
           "decide, we have asked the office for the visit notes to see whether this was your child's yearly "
           "checkup, which is covered, or an exam only for a form, which is not.", 10)
    d.para(f"This is not a denial. If the notes do not arrive by {fmt_date(by, 'dmy')}, we will decide with the "
           "information we have. You do not need to do anything now.", 10)
    d.para("Member Services, " + f["ph"], 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["child"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=office)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "two_claim_eob", "born_digital"), (2, doc_es, "carta_examen_escolar", "scan_clean_300"),
              (3, doc_paid, "paid_well_child", "phone_photo"), (4, doc_work, "work_permit_physical", "photocopy"),
              (5, doc_upheld, "appeal_upheld", "rotated"), (6, doc_rfi, "records_hold", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(1, item_stack(Rand(SEED + 1)))
    return out
