"""Family 'educational_handwriting_occupational_therapy_exclusion_denial': pediatric occupational therapy for
handwriting and other school skills refused as educational (excluded), with the child's school IEP named only as a
decoy; one OT plan of care approved for a medical goal.

Documents: a pre-service letter to the parent refusing OT visits for handwriting (requested span, IEP meeting and
school district decoys); a family EOB with three claims (well visit and OT evaluation paid, the OT treatment claim
refused as educational); a Spanish claim letter; a phone photo of an approval for OT after a hand fracture (denies
nothing); a fine-fax stack of a provider-facing claim determination and the therapy clinic's statement; a sideways
upheld appeal; a low-resolution refusal of a continuation request (first visits used, new goals educational).
Decoys: DOB, NPI, IEP dates, school district, received dates, visits used, 72-hour and external-review limits,
timely filing, account numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "educational_handwriting_occupational_therapy_exclusion_denial"
LANG = "en"
SEED = 333900
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CLINICS = ["Little Oaks Pediatric Therapy", "Bright Steps Children's OT", "Kite Hill Pediatric Rehab",
           "Centro Pediátrico Arcoíris", "Pinwheel Therapy Collaborative"]
THERAPISTS = ["Renata Holmquist, OTR/L", "Daniel Achebe, OTR/L", "Marguerite Solis, MS, OTR/L",
              "Priya Venkataraman, OTD, OTR/L"]
DISTRICTS = ["Harrow Creek Unified School District", "North Fenwick Public Schools", "Distrito Escolar de Vista Roja",
             "Sable Point Independent School District"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def labels(self, rows, lw=46, size=9.4, h=5.3):
        for lab, val in rows:
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand, lang: str = "en") -> dict:
    name, first, _, last = r.person(lang)
    parent = f"{r.choice(FIRST)} {last}"
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    dob = dt.date(r.randint(2015, 2020), r.randint(1, 12), r.randint(1, 28))
    return dict(name=name, first=first, last=last, parent=parent, addr=r.address(lang), dos=dos, dob=dob,
                ph=r.phone(), npi=r.npi(), acct=r.digits(8))


def ot_visits(start: dt.date, n: int, step: int = 7) -> list[dt.date]:
    return [start + dt.timedelta(days=step * k) for k in range(n)]


# ---------------------------------------------------------------- 0: pre-service letter to the parent
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tallgrass Mutual Health Plan"
    mid, grp, req = f"TMH{r.digits(9)}", f"G-{r.digits(5)}", f"UM{r.digits(2)}-{r.digits(6)}"
    clinic, ot = CLINICS[0], THERAPISTS[0]
    recv = f["dos"] - dt.timedelta(days=r.randint(20, 30))
    notice = recv + dt.timedelta(days=r.randint(5, 9))
    start = notice + dt.timedelta(days=r.randint(7, 14))
    end = start + dt.timedelta(weeks=12) - dt.timedelta(days=3)
    iep = recv - dt.timedelta(days=r.randint(30, 60))
    d = Page("Tallgrass Mutual Health Plan  ·  " + req + "  ·  page {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Tallgrass Mutual Health Plan", 15, "B", h=7)
    d.text_line("Utilization Management  ·  PO Box 4410, Pueblo, CO 81003  ·  " + f["ph"], 8.6, h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'long')}\n\n{f['parent']}\nParent or guardian of {f['name']}\n"
           + "\n".join(f["addr"]), 10)
    d.labels([("Member:", f["name"]), ("Member ID:", mid), ("Group:", grp), ("Date of birth:", fmt_date(f["dob"], "long")),
              ("Request number:", req), ("Requested by:", f"{ot}, {clinic}"),
              ("Service requested:", "Occupational therapy, 97530 / 97535, 24 visits"),
              ("Requested dates:", f"{fmt_date(start, 'long')} to {fmt_date(end, 'long')}"),
              ("Request received:", fmt_date(recv, "long"))], lw=40)
    d.ln(3)
    d.para(f"Dear {f['parent']},", 10)
    d.para(f"We reviewed the request for occupational therapy for {f['first']}. The treatment plan lists these goals: "
           "form lowercase letters legibly, copy a sentence from the board within the time given in class, "
           "space words on lined paper, and hold a pencil with a mature grasp during written work.", 10)
    d.para("We cannot approve this request. Your plan does not cover services that are educational, including "
           "training in handwriting, study skills or other academic tasks, even when a licensed therapist provides "
           "them (Certificate of Coverage, Section 7, Exclusions, item 12). This decision is about what your plan "
           "covers. It is not a judgment that the therapy would not help.", 10)
    d.para(f"The request notes that {f['first']} has an Individualized Education Program (IEP) dated "
           f"{fmt_date(iep, 'long')} with {DISTRICTS[0]}. School-based occupational therapy under an IEP is provided "
           "by the school district at no cost to you. You may want to ask the school team about it.", 10)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para("You may appeal this decision within 180 days of the date of this letter. Write to Appeals, PO Box "
           "4411, Pueblo, CO 81003, or call us. If waiting could seriously harm your child's health, ask for an "
           "expedited appeal; we decide those within 72 hours. After our final decision you may also ask for an "
           "independent external review within 4 months.", 10)
    d.para(f"Requesting provider NPI: {f['npi']}. A copy of this letter was sent to {clinic}.", 8.8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[req], service_dates=[iso(start, end)], denial_date=iso(notice), provider=clinic,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [ot], "service_dates": [[iso(start)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: family EOB, three claims, one refused
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bridgewater Family Health"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(6)}"
    clinic = CLINICS[1]
    ped = "Cottonwood Pediatrics"
    c1, c2, c3 = (f"{r.digits(10)}" for _ in range(3))
    well = f["dos"] - dt.timedelta(days=r.randint(30, 40))
    ev = f["dos"] - dt.timedelta(days=14)
    tx = ot_visits(f["dos"], 2)
    stmt = tx[-1] + dt.timedelta(days=r.randint(14, 22))
    well_amt = float(r.randint(210, 260))
    ev_amt = float(r.randint(240, 320))
    per = float(r.randint(60, 78))
    tx_lines = [(v, "97530", 2, per) for v in tx] + [(tx[0], "97535", 1, float(r.randint(55, 66)))]
    tx_total = round(sum(u * p for _, _, u, p in tx_lines), 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_font("DejaVu", "B", 16)
    d.cell(105, 8, ins)
    d.set_font("DejaVu", "", 9)
    d.cell(0, 8, "Explanation of Benefits - THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 3)
    d.table(["Statement date", "Subscriber", "Member no.", "Group", "Claims period"],
            [[fmt_date(stmt, "slash"), f["parent"], mid, grp,
              f"{fmt_date(well - dt.timedelta(days=3), 'slash')}-{fmt_date(stmt - dt.timedelta(days=2), 'slash')}"]],
            [30, 42, 34, 24, 52], size=8.6)
    d.para(f"Patient: {f['name']} (dependent)   Date of birth: {fmt_date(f['dob'], 'slash')}", 9.2)
    w = [24, 18, 64, 12, 22, 22, 22]
    hd = ["Date", "Code", "Description", "Units", "Billed", "Plan paid", "Note"]
    d.text_line(f"Claim {c1}  ·  {ped}  ·  received {fmt_date(well + dt.timedelta(days=6), 'slash')}", 9, "B", h=5.5)
    d.table(hd, [[fmt_date(well, "slash"), "99393", "Well child visit, age 5-11", "1", fmt_money(well_amt, "nosign"),
                  fmt_money(well_amt * .8, "nosign"), "P1"]], w, size=8.4, aligns="LLLRRRL")
    d.text_line(f"Claim {c2}  ·  {clinic}", 9, "B", h=5.5)
    d.table(hd, [[fmt_date(ev, "slash"), "97166", "OT evaluation, moderate complexity", "1", fmt_money(ev_amt, "nosign"),
                  fmt_money(ev_amt * .7, "nosign"), "P1"]], w, size=8.4, aligns="LLLRRRL")
    d.text_line(f"Claim {c3}  ·  {clinic}", 9, "B", h=5.5)
    rows = [[fmt_date(v, "slash"), c, "Therapeutic activities" if c == "97530" else "Self-care/home mgmt training",
             str(u), fmt_money(u * p, "nosign"), "0.00", "X42"] for v, c, u, p in tx_lines]
    rows.append(["*Claim total", "", "", "", fmt_money(tx_total, "nosign"), "0.00", ""])
    d.table(hd, rows, w, size=8.4, aligns="LLLRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("P1  Paid under your plan's benefits. Any copay or coinsurance is shown on the provider's bill.\n"
           "X42  Not covered: educational services. The therapy goals on file (handwriting legibility, letter "
           "sizing, classroom writing speed) are academic skills. Services that are educational or that a school "
           "must provide under an IEP or 504 plan are excluded from coverage.", 8.6)
    d.para("Questions or disagree? You may appeal a denied claim within 180 days from the date of this statement. "
           f"Call Member Services at {f['ph']} or write to Bridgewater Family Health, Appeals, PO Box 902, Duluth, "
           f"MN 55802. Provider NPI for claim {c3}: {f['npi']}.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[c3], claim_amount=m2(tx_total), service_dates=[iso(v) for v in tx],
              denial_date=iso(stmt), provider=clinic, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Spanish claim letter
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Alameda Plan de Salud"
    mid, claim = f"SA{r.digits(3)} {r.digits(4)} {r.digits(2)}", f"R{r.digits(4)}-{r.digits(5)}"
    clinic = CLINICS[3]
    visits = ot_visits(f["dos"], 3)
    each = float(r.randint(140, 175))
    billed = round(each * len(visits), 2)
    notice = visits[-1] + dt.timedelta(days=r.randint(18, 28))
    recv = notice - dt.timedelta(days=r.randint(6, 11))
    d = Page("Salud Alameda Plan de Salud  ·  Servicios al Miembro  ·  página {p}", margins=(22, 16, 22))
    d.add_page()
    d.text_line("SALUD ALAMEDA", 16, "B", align="C", h=8)
    d.text_line("Plan de Salud  ·  Apartado 2210, Hialeah, FL 33010  ·  " + f["ph"], 8.6, align="C", h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'es')}\n\n{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Asunto: Reclamación {claim}\nPaciente: {f['name']}\nNúmero de miembro: {mid}", 10)
    d.para(f"Estimado(a) {f['parent']}:", 10)
    fechas = ", ".join(fmt_date(v, "es") for v in visits[:-1]) + " y " + fmt_date(visits[-1], "es")
    d.para(f"Recibimos el {fmt_date(recv, 'es')} la reclamación de {clinic} por terapia ocupacional (código 97530) "
           f"para su hijo(a) {f['first']}, en las fechas {fechas}. El monto facturado fue de {fmt_money(billed)}.", 10)
    d.para("Hemos negado esta reclamación. Según las notas de la terapeuta, el tratamiento se dirige a la escritura a "
           "mano, el trazo de letras y la rapidez para copiar en clase. Su plan excluye los servicios educativos o "
           "de aprendizaje escolar, aunque los preste un terapeuta con licencia (Evidencia de Cobertura, "
           "Exclusiones, sección 4.18).", 10)
    d.para(f"La escuela de {f['first']} ({DISTRICTS[2]}) puede ofrecer terapia ocupacional sin costo mediante el "
           "Programa de Educación Individualizado (IEP). Esta carta no afecta esos servicios.", 10)
    d.text_line("Cómo apelar", 11, "B", h=6)
    d.para("Si no está de acuerdo, puede presentar una apelación dentro de 60 días a partir de la fecha de esta carta. "
           "Si su caso es urgente, pida una apelación acelerada; la decidimos en 72 horas. También puede pedir una "
           "revisión externa independiente dentro de 4 meses después de nuestra decisión final.", 10)
    d.para(f"Fecha de nacimiento del paciente: {fmt_date(f['dob'], 'es')}. NPI del proveedor: {f['npi']}.", 8.8)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(v) for v in visits],
              denial_date=iso(notice), provider=clinic, appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: approval of an OT plan (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northwind Health Cooperative"
    mid, grp, auth = f"NW{r.digits(8)}", f"{r.digits(5)}", f"A{r.digits(9)}"
    clinic, ot = CLINICS[2], THERAPISTS[2]
    notice = f["dos"]
    start = notice + dt.timedelta(days=r.randint(3, 8))
    end = start + dt.timedelta(days=r.choice([55, 59, 62]))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.set_font("DejaVu", "B", 14)
    d.cell(0, 11, "  Northwind Health Cooperative", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.text_line("Notice of Approved Services", 12, "B", h=7)
    d.text_line(notice.strftime("%-d %B %Y"), 10, h=6)
    d.ln(3)
    d.boxes([("Member", f["name"], 52), ("Member ID", mid, 40), ("Group", grp, 26), ("Authorization", auth, 46)])
    d.ln(5)
    d.para(f"Good news. We approved occupational therapy for {f['first']} at {clinic} with {ot}. The therapy is to "
           "restore grip strength and range of motion in the right hand after a fracture of the wrist, as "
           "described in the plan of care.", 10)
    d.table(["Service", "Visits approved", "From", "Through"],
            [["Occupational therapy (97110, 97530, 97140)", "12", fmt_date(start, "abbr"), fmt_date(end, "abbr")]],
            [80, 30, 32, 32], size=9, border_head="TB")
    d.para("Please note: this approval covers therapy for the medical goals in the plan of care. Goals about "
           "handwriting practice or classroom tasks are educational and are not covered; your child's school may "
           "address them through an IEP.", 9.6)
    d.para(f"Your copay is $20 per visit. If more visits are needed, the therapist must ask before the last approved "
           f"date. Date of birth on file: {fmt_date(f['dob'], 'abbr')}. Questions: {f['ph']}.", 9.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["name"], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(notice), provider=clinic,
              alternates={"provider": [ot], "service_dates": [[iso(start)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: stack: provider claim determination + statement
def doc_fax_determination(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Cedar Ridge Health Plan"
    d = Page(None, margins=(16, 12, 16))
    d.add_page()
    d.text_line("CEDAR RIDGE HEALTH PLAN", 14, "B", h=7)
    d.text_line("Claims Review  ·  Provider Determination Notice  ·  Fax 1-555-" + r.digits(3) + "-" + r.digits(4), 8.8,
                h=5)
    d.rule(0.6, 3)
    d.labels([("TO:", f"Billing Office, {f['clinic']}"), ("DATE:", fmt_date(f["notice"], "dmy").upper()),
              ("PATIENT:", f"{f['last'].upper()}, {f['first'].upper()} {f['mi']}"), ("MEMBER ID:", f["mid"]),
              ("PATIENT DOB:", fmt_date(f["dob"], "dmy").upper()), ("CLAIM NUMBER:", f["claim"]),
              ("BILLING NPI:", f["npi"]), ("TOTAL BILLED:", fmt_money(f["billed"]))], lw=42, size=9.2)
    d.ln(2)
    rows = [[fmt_date(v, "dmy").upper(), c, str(u), fmt_money(u * p, "nosign"), "0.00", "CO-96 / N-EDU"]
            for v, c, u, p in f["lines"]]
    d.table(["DOS", "CPT", "Units", "Billed", "Allowed", "Reason"], rows, [32, 22, 16, 30, 30, 50], size=8.6,
            aligns="LLRRRL", border_head="TB")
    d.para("Determination: DENIED. The documentation submitted describes handwriting instruction, visual-motor "
           "worksheets and keyboarding practice to meet classroom expectations. These are educational services and "
           "are excluded under the member's benefit plan. The member's school IEP does not change this decision.",
           9.4)
    d.para("A provider reconsideration may be requested within 90 days of the date of this notice. Include the "
           "claim number and any medical records that show a medical (non-educational) goal. Claims must still "
           "meet the 180-day timely filing limit. The member may be billed only if a signed waiver is on file.", 9.4)
    d.para("CONFIDENTIAL: this fax contains protected health information.", 8)
    name_mi = f"{f['first']} {f['mi']}. {f['last']}"
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=f["mid"], member_name=name_mi,
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(v) for v in f["visits"]],
              denial_date=iso(f["notice"]), provider=f["clinic"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=90)))
    return pdf_bytes(d), t


def doc_clinic_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    when = f["notice"] + dt.timedelta(days=r.randint(8, 15))
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(f["clinic"], 14, "B", align="R", h=7)
    d.text_line("2204 Lantern Way, Bangor, ME 04401  ·  " + r.phone(), 8.6, align="R", h=4.6)
    d.ln(5)
    d.text_line("STATEMENT", 12, "B", h=7)
    d.labels([("Statement date", when.strftime("%b %-d, %Y")), ("Account no.", f["acct"]),
              ("Responsible party", f["parent"]), ("Patient", f"{f['first']} {f['mi']}. {f['last']}"),
              ("Primary insurance", f"Cedar Ridge Health Plan, ID {f['mid']}")], lw=44, size=9.2)
    d.ln(3)
    rows = [[v.strftime("%b %-d, %Y"), c, "Therapeutic activities" if c == "97530" else "Sensory integration",
             fmt_money(u * p)] for v, c, u, p in f["lines"]]
    rows.append(["", "", "Total charges", fmt_money(f["billed"])])
    rows.append([f["notice"].strftime("%b %-d, %Y"), "", "Insurance: denied, educational exclusion", "$0.00"])
    rows.append(["*Amount due from you", "", "", fmt_money(f["billed"])])
    d.table(["Date", "CPT", "Description", "Amount"], rows, [32, 18, 96, 30], size=8.8, aligns="LLLR")
    d.para("Your insurance plan did not pay for these visits. Because you signed our financial policy, the balance "
           "is yours. Ask about our school-skills self-pay rate or a payment plan. Balances unpaid after 120 days "
           "may be referred to an outside agency.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f"{f['first']} {f['mi']}. {f['last']}",
              claim_amount=m2(f["billed"]), service_dates=[iso(v) for v in f["visits"]], denial_date=iso(when),
              provider=f["clinic"], unscored=["insurer"], alternates={"member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    mi = f["name"].split()[1][0]
    visits = ot_visits(f["dos"], 4)
    per = float(r.randint(62, 80))
    lines = [(v, "97530", 2, per) for v in visits[:3]] + [(visits[3], "97533", 2, float(r.randint(64, 82)))]
    f.update(mi=mi, clinic=CLINICS[4], mid=f"CRH-{r.digits(7)}", claim=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}",
             visits=visits, lines=lines, billed=round(sum(u * p for _, _, u, p in lines), 2),
             notice=visits[-1] + dt.timedelta(days=r.randint(16, 24)))
    return Item(f"{FAMILY}_provider_fax_statement_stack", "fax_fine_g4",
                [doc_fax_determination(r, f), doc_clinic_statement(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 5: upheld appeal (sideways)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Lantern Health"
    mid, appeal, req = f"PL{r.digits(9)}", f"APL-{r.digits(6)}", f"{r.digits(8)}"
    clinic, ot = CLINICS[0], THERAPISTS[3]
    start = f["dos"]
    notice = start - dt.timedelta(days=r.randint(4, 10))
    first = notice - dt.timedelta(days=r.randint(35, 50))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Prairie Lantern Health", 13.5, "B", h=7)
    d.text_line("Grievance and Appeals Unit", 9, h=5)
    d.rule(0.3, 4)
    d.para(f"{fmt_date(notice, 'iso')}", 10)
    d.para(f"{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"RE: Appeal {appeal}   Member: {f['name']}   ID: {mid}", 10)
    d.para(f"You appealed our decision of {fmt_date(first, 'iso')} on request {req}, which asked us to cover 16 "
           f"occupational therapy visits with {ot} at {clinic} beginning {fmt_date(start, 'iso')}.", 10)
    d.para(f"A pediatric occupational therapist and a physician who were not part of the first decision reviewed "
           f"the appeal, the therapy evaluation and the letter from {f['first']}'s teacher. The goals are to improve "
           "letter formation, writing speed and written work in class. Your plan excludes educational services and "
           "training for school performance. We are upholding the denial.", 10)
    d.para("The therapy evaluation also mentions the IEP meeting set for next month. Any occupational therapy the "
           "school provides under the IEP is separate from your health plan.", 10)
    d.para("This was the last level of internal appeal. You may ask for an independent external review within 4 "
           "months of receiving this letter. For help, contact the state consumer assistance program at "
           f"1-555-0177 or Member Services at {f['ph']}.", 10)
    d.para("Sincerely,\nAppeals Coordinator\nPrairie Lantern Health", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[appeal, req], service_dates=[iso(start)], denial_date=iso(notice), provider=clinic,
              alternates={"provider": [ot], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: continuation request refused (low-res)
def doc_continuation(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverleaf Health Insurance Company"
    mid, grp, ref = f"{r.letters(3)}{r.digits(7)}", f"SLV-{r.digits(4)}", f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}"
    clinic = CLINICS[1]
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 40))
    start = notice + dt.timedelta(days=r.randint(2, 6))
    end = start + dt.timedelta(days=r.choice([83, 90]))
    deadline = notice + dt.timedelta(days=r.choice([60, 65]))
    d = Page("SLV-UM-212 (01/26)", margins=(16, 14, 16))
    d.add_page()
    d.text_line("silverleaf", 20, "B", h=9)
    d.text_line("Silverleaf Health Insurance Company", 9.5, h=5)
    d.ln(4)
    d.text_line("NOTICE OF BENEFIT DETERMINATION - CONTINUED THERAPY", 11, "B", h=7)
    d.boxes([("Date of notice", fmt_date(notice, "upper"), 34), ("Member", f["name"], 50), ("ID number", mid, 34),
             ("Group", grp, 26), ("Reference", ref, 34)])
    d.boxes([("Provider", clinic, 84), ("Visits used", "12 of 12 approved", 44), ("Requested", "12 more visits", 50)])
    d.boxes([("Requested from", fmt_date(start, "upper"), 44), ("Requested to", fmt_date(end, "upper"), 44),
             ("Appeal by", fmt_date(deadline, "upper"), 44), ("Birth date", fmt_date(f["dob"], "upper"), 46)])
    d.ln(5)
    d.para(f"The first 12 visits were approved to improve {f['first']}'s hand strength and bilateral coordination "
           "after a diagnosis of developmental coordination disorder. The progress note shows those goals were met. "
           "The new goals are cursive writing, typing speed and organizing written homework.", 9.8)
    d.para("We denied the 12 additional visits. These goals are educational. The plan does not pay for services "
           "mainly meant to improve school or academic performance. Ask your child's school whether the IEP team "
           "can add them.", 9.8)
    d.para("To appeal, send your request by the 'Appeal by' date shown above. If a delay could seriously harm your "
           "child's health, call for a fast appeal (decided within 72 hours).", 9.8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[ref], service_dates=[iso(start, end)], denial_date=iso(notice), provider=clinic,
              appeal_deadline=iso(deadline), denial_alternates=["medical_necessity"],
              alternates={"service_dates": [[iso(start)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "parent_letter", "born_digital"), (1, doc_eob, "family_eob", "scan_clean_300"),
              (2, doc_es, "carta_es", "photocopy"), (3, doc_approval, "approval", "phone_photo"),
              (5, doc_upheld, "appeal_upheld", "rotated"), (6, doc_continuation, "continuation", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(4, item_stack(Rand(SEED + 4)))
    return out
