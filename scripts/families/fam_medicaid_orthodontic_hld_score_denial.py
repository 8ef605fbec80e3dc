"""Family 'medicaid_orthodontic_hld_score_denial': state Medicaid and dental managed care notices on braces for a
child (comprehensive orthodontic treatment, D8080) scored on the Handicapping Labio-lingual Deviation (HLD) index.

Everything is invented: Lindenfall Dental Partners (a Medicaid dental plan), Cobble Creek Community Health Plan (a
Medicaid managed care plan with a dental utilization management unit), the Marrowfield Health Care Authority (the
state Medicaid agency, its Dental Program and its Office of Fair Hearings), the children, parents, orthodontic
practices, referring general dentists, numbers and fees. The HLD items (overjet, overbite, mandibular protrusion,
open bite, ectopic eruption, anterior crowding, labio-lingual spread, posterior unilateral crossbite) and the
automatic qualifying conditions follow the publicly known shape of the index; the qualifying score 26 is the
invented state's.

Files: a denial for a score of 19 under 26, an approval after a second review, a Spanish denial for a score of 21, a
fee-for-service denial because the member is 21, a fax stack (the plan's UM cover, the notice to the orthodontist
and the notice to the parent) denying braces placed before enrolment, a photocopied fair hearing decision upholding
a score of 23, and a rotated claim denial for braces placed without prior authorization.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicaid_orthodontic_hld_score_denial"
LANG = "en"
LD = "Lindenfall Dental Partners"
CC = "Cobble Creek Community Health Plan"
MH = "Marrowfield Health Care Authority"
ORTHO = ["Brightline Orthodontics of Tolland", "Harrowgate Family Orthodontics", "Sotomayor & Lindqvist Orthodontic "
         "Specialists", "Ortodoncia Pequeñas Sonrisas", "Keswick Valley Orthodontics", "Amberlane Orthodontic Group",
         "Ridgeway Braces & Smiles"]
GDS = ["Dr. Tomasz Wielgosz, DDS", "Dr. Adaeze Nwachukwu, DMD", "Dr. Linnea Fairweather, DDS",
       "Dra. Rocío Santamaría, DDS", "Dr. Hamid Qureshi, DMD", "Dr. Beatrix Onderdonk, DDS", "Dr. Kofi Mensah, DDS"]
ORTHODONTISTS = ["Dr. Evander Castellanos, DDS, MS", "Dr. Yuki Brannigan, DMD", "Dr. Selma Okafor, DDS",
                 "Dr. Marisela Duarte, DDS", "Dr. Pieter Vanlandingham, DMD", "Dr. Noor Haddad, DDS",
                 "Dr. Callum Reyes-Whitlock, DDS"]
HLD_ITEMS = ["Overjet in mm", "Overbite in mm", "Mandibular protrusion in mm (x5)", "Open bite in mm (x4)",
             "Ectopic eruption (x3 per tooth)", "Anterior crowding (x5 per arch)", "Labio-lingual spread in mm",
             "Posterior unilateral crossbite (x4)"]
HLD_ES = ["Resalte (overjet) en mm", "Sobremordida en mm", "Protrusión mandibular en mm (x5)",
          "Mordida abierta en mm (x4)", "Erupción ectópica (x3 por diente)", "Apiñamiento anterior (x5 por arco)",
          "Desviación labio-lingual en mm", "Mordida cruzada posterior unilateral (x4)"]


def scores(r: Rand, total: int) -> list[int]:
    """Eight HLD item scores summing to total (the reviewer's)."""
    base = [0, r.randint(2, 5), 0, 0, 0, r.choice([0, 5]), r.randint(1, 4), r.choice([0, 4])]
    rest = total - sum(base[1:])
    while rest > 9:
        base[6] += 1
        rest -= 1
    base[0] = rest
    assert sum(base) == total and min(base) >= 1 or base[0] >= 1, (base, total)
    return base


def facts(i: int, kind: str, ins: str, ds: str, lang: str = "en") -> dict:
    r = Rand(239500 + 40 + i)
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    req = dec - dt.timedelta(days=r.randint(110, 150) if kind == "hearing" else r.randint(8, 20))
    start = dec + dt.timedelta(days=r.randint(25, 60))
    child = r.person(lang)
    parent_first = r.choice(["Rosalba", "Delphine", "Tariq", "Anneliese", "Obadiah", "Marguerite", "Ximena", "Bao"])
    parent = f"{parent_first} {child[3]}"
    age = 21 if kind == "over21" else r.randint(11, 16)
    dob = dt.date(req.year - age, r.randint(1, 12), r.randint(1, 28))
    if dob > req.replace(year=req.year - age):
        dob = dob.replace(year=dob.year - 1)
    total = {"low": 19, "approve": 28, "es": 21, "over21": 30, "before": 27, "hearing": 23, "noauth": 31}[kind]
    fee = float(r.choice([4200, 4650, 4850, 5100, 5400, 3975]))
    f = dict(i=i, kind=kind, ins=ins, ds=ds, lang=lang, dec=dec, req=req, start=start, child=child, parent=parent,
             dob=dob, addr=r.address(lang), mid=f"{r.choice('MN')}{r.digits(9)}",
             plan_mid=(f"LDP{r.digits(8)}" if ins == LD else f"CC-{r.digits(3)}-{r.digits(5)}"),
             pa=f"{'DPA' if kind == 'over21' else 'PA'}{dec.strftime('%y')}{r.digits(7)}", ortho=ORTHO[i],
             orthodontist=ORTHODONTISTS[i], gd=GDS[i], gd_npi=r.npi(), o_npi=r.npi(), phone=r.phone(),
             total=total, prov_score=total + r.randint(5, 11) if kind not in ("approve", "over21", "noauth") else total,
             items=scores(r, total), fee=fee, recv=req + dt.timedelta(days=r.randint(1, 4)),
             hearing_no=f"FH-{dec.year}-{r.digits(5)}", appeal_ref=f"AP{r.digits(8)}",
             claim=f"{dec.strftime('%y')}{r.digits(3)}-{r.digits(7)}", enrol=dec - dt.timedelta(days=r.randint(60, 120)))
    f["banded"] = f["enrol"] - dt.timedelta(days=r.randint(200, 400))
    f["noauth_date"] = dec - dt.timedelta(days=r.randint(30, 55))
    f["prior_pa"] = f"PA{(dec - dt.timedelta(days=70)).strftime('%y')}{r.digits(7)}"
    return f


def D(f, d):
    return fmt_date(d, f["ds"])


def head(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if ins == LD:
        d.text_line("Lindenfall", 22, "B")
        d.text_line("DENTAL PARTNERS", 9, "B")
        d.text_line("Medicaid dental plan for Marrowfield Kids Smile members  -  PO Box 5530, Harlow Springs, MR 70455",
                    8)
        d.rule(0.8, 4)
    elif ins == CC:
        d.set_fill_color(70, 70, 70)
        d.set_text_color(255, 255, 255)
        d.font(13, "B")
        d.cell(0, 9, "  " + CC, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.text_line("Dental Utilization Management  |  880 Quarrytown Parkway, Suite 400, Fenmoor, MR 70512", 8)
        d.ln(4)
    else:
        d.text_line("STATE OF MARROWFIELD", 9, "B", align="C")
        d.text_line(MH, 14, "B", align="C")
        d.text_line("Dental Program  -  1200 Capitol Annex Drive, Harlow Springs, MR 70401", 8.5, align="C")
        d.ln(5)


def to_parent(d: Doc, f: dict) -> None:
    if f["kind"] == "over21":
        lines = [f["child"][0], *f["addr"]]
    else:
        lines = [("Al padre, madre o tutor de " if f["lang"] == "es" else "To the parent or guardian of ") +
                 f["child"][0], f"c/o {f['parent']}", *f["addr"]]
    for ln in lines:
        d.text_line(ln, 10)
    d.ln(4)


def kv(d: Doc, rows, w: float = 55) -> None:
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(w, 5.3, k)
        d.font(9.5)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def hld_table(d: Doc, f: dict, es: bool = False) -> None:
    items = HLD_ES if es else HLD_ITEMS
    rows = [[name, str(v)] for name, v in zip(items, f["items"])]
    rows.append(["*" + ("Puntaje total del revisor" if es else "Reviewer's total HLD score"), str(f["total"])])
    if f["prov_score"] != f["total"]:
        rows.append([("Puntaje del ortodoncista" if es else "Score on the orthodontist's request"),
                     str(f["prov_score"])])
    rows.append([("Puntaje mínimo para calificar" if es else "Qualifying score"), "26"])
    d.table(["Índice HLD" if es else "HLD index item", "Puntos" if es else "Points"], rows, [120, 30], size=9,
            aligns="LR")


def request_rows(f: dict, es: bool = False) -> list:
    if es:
        return [("Miembro:", f["child"][0]), ("Fecha de nacimiento:", fmt_date(f["dob"], "es")),
                ("Número de Medicaid:", f["mid"]), ("Número de miembro del plan:", f["plan_mid"]),
                ("Autorización previa:", f["pa"]), ("Fecha de la solicitud:", fmt_date(f["req"], "es")),
                ("Ortodoncista:", f"{f['ortho']} ({f['orthodontist']})"),
                ("Dentista que refirió:", f"{f['gd']}, NPI {f['gd_npi']}"),
                ("Servicio:", "D8080 tratamiento ortodóntico integral"),
                ("Inicio propuesto:", fmt_date(f["start"], "es")), ("Honorario cotizado:", fmt_money(f["fee"]))]
    return [("Member:", f["child"][0]), ("Date of birth:", D(f, f["dob"])), ("Medicaid ID:", f["mid"]),
            ("Plan member number:", f["plan_mid"]), ("Prior authorization no.:", f["pa"]),
            ("Request received:", D(f, f["req"])), ("Orthodontic provider:", f"{f['ortho']} ({f['orthodontist']})"),
            ("Referred by:", f"{f['gd']}, NPI {f['gd_npi']}"),
            ("Service requested:", "D8080 Comprehensive orthodontic treatment, adolescent dentition"),
            ("Proposed start date:", D(f, f["start"])), ("Quoted fee:", fmt_money(f["fee"]))]


def rights(d: Doc, f: dict, days: int = 60, who: str = "us") -> None:
    d.text_line("Your right to appeal", 10.5, "B")
    d.para(f"If you disagree, you or your child's provider (with your written consent) can ask {who} for an appeal. "
           f"You must ask within {days} days of the date of this notice. Call {f['phone']} (TTY 711) or write to "
           "the address above. If your child's health is at serious risk, ask for a fast appeal (72 hours).", 9.5)
    d.para("After the appeal, if you still disagree, you may ask the Marrowfield Health Care Authority for a State "
           "Fair Hearing within 120 days of the date of the appeal decision. You can keep getting services during "
           "an appeal only if they were already approved and you ask within 10 days.", 9.5)


def notice_low(d: Doc, f: dict) -> None:
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["dec"]), 10)
    d.ln(3)
    to_parent(d, f)
    d.text_line("Notice of Adverse Benefit Determination - Orthodontic Treatment", 12.5, "B")
    d.ln(2)
    kv(d, request_rows(f))
    d.para(f"We reviewed the request from {f['ortho']} for braces for {f['child'][1]}. Medicaid covers "
           "comprehensive orthodontic treatment for members under 21 only when the bite is handicapping: a score "
           "of 26 or more on the HLD index, or one of the automatic qualifying conditions (cleft palate, deep "
           "impinging overbite with tissue damage, anterior crossbite with gum recession, severe traumatic "
           "deviation, or overjet over 9 mm).")
    d.para(f"Our licensed orthodontist reviewer scored the models and photographs at {f['total']} points. No "
           "automatic qualifying condition was found. Braces are not medically necessary under the HLD criteria, "
           "so the request is denied. Cleanings, fillings and other dental care are not affected.")
    hld_table(d, f)
    rights(d, f)


def notice_es(d: Doc, f: dict) -> None:
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], "es"), 10)
    d.ln(3)
    to_parent(d, f)
    d.text_line("Aviso de determinación adversa de beneficios - Tratamiento de ortodoncia", 12, "B")
    d.ln(2)
    kv(d, request_rows(f, es=True), 60)
    d.para(f"Revisamos la solicitud de {f['ortho']} para frenillos (brackets) para {f['child'][1]}. Medicaid cubre "
           "el tratamiento de ortodoncia integral para miembros menores de 21 años solo cuando la maloclusión es "
           "discapacitante: un puntaje de 26 o más en el índice HLD o una condición que califica automáticamente "
           "(paladar hendido, sobremordida profunda con daño al tejido, entre otras).")
    d.para(f"Nuestro ortodoncista revisor obtuvo un puntaje de {f['total']}. No se encontró ninguna condición que "
           "califique automáticamente. El tratamiento no es médicamente necesario según los criterios, por lo que "
           "la solicitud fue denegada.")
    hld_table(d, f, es=True)
    d.text_line("Su derecho a apelar", 10.5, "B")
    d.para(f"Si no está de acuerdo, puede pedirnos una apelación dentro de 60 días a partir de la fecha de este "
           f"aviso. Llame al {f['phone']} (TTY 711). Después de la apelación puede pedir una Audiencia Imparcial "
           "Estatal dentro de 120 días de la decisión de la apelación.", 9.5)


def notice_approve(d: Doc, f: dict) -> None:
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["dec"]), 10)
    d.ln(3)
    to_parent(d, f)
    d.text_line("Good news: braces approved after a second review", 12.5, "B")
    d.ln(2)
    approved = f["fee"] - 350
    kv(d, [("Member", f["child"][0]), ("Medicaid ID", f["mid"]), ("Plan ID number", f["plan_mid"]),
           ("Authorization number", f["pa"]), ("Earlier request (denied)", f["prior_pa"]),
           ("Orthodontist", f"{f['ortho']} ({f['orthodontist']})"), ("Referring dentist", f["gd"]),
           ("Approved service", "D8080 comprehensive orthodontic treatment"),
           ("Treatment may start on or after", D(f, f["start"])),
           ("Fee requested / approved", f"{fmt_money(f['fee'])} / {fmt_money(approved)}")], 55)
    d.para(f"Your child's first request ({f['prior_pa']}) was denied with an HLD score under 26. "
           f"{f['ortho']} sent new records, and a second orthodontist who had not seen the first request reviewed "
           f"them. The second review found an ectopic eruption of the upper canines and scored {f['total']} "
           "points, which meets the qualifying score of 26. The treatment is approved for up to 24 months of "
           "active treatment from the start date.")
    d.para("You do not need to do anything. Keep this letter. If the treatment plan changes, the orthodontist must "
           "ask us again.", 9.5)


def notice_over21(d: Doc, f: dict) -> None:
    d.add_page()
    head(d, f)
    d.text_line("NOTICE OF ACTION", 12, "B", align="C")
    d.ln(2)
    kv(d, [("Notice date:", D(f, f["dec"])), ("Recipient:", f["child"][0]), ("Medicaid ID:", f["mid"]),
           ("Date of birth:", D(f, f["dob"])), ("Dental PA number:", f["pa"]),
           ("Provider:", f"{f['ortho']}, {f['orthodontist']}  (NPI {f['o_npi']})"), ("Referring dentist:", f["gd"]),
           ("Requested:", "D8080 comprehensive orthodontic treatment - " + fmt_money(f["fee"])),
           ("Request received:", D(f, f["recv"]))], 50)
    to_parent(d, f)
    d.text_line("ACTION: Your request is DENIED.", 11, "B")
    d.para(f"Orthodontic treatment is a benefit only for Medicaid recipients under age 21 (Early and Periodic "
           f"Screening, Diagnostic and Treatment). You were 21 years old on the date we received the request "
           f"({D(f, f['recv'])}). The adult dental benefit does not include braces, even though the "
           f"orthodontist reported an HLD score of {f['total']}. Rule: Marrowfield Admin. Code 560-12-7.04(3).")
    d.text_line("YOUR RIGHT TO A FAIR HEARING", 10.5, "B")
    d.para("If you think this decision is wrong, you may ask for a State Fair Hearing within 90 days of the date "
           "of this notice. Write to the Office of Fair Hearings, Marrowfield Health Care Authority, PO Box 910, "
           f"Harlow Springs, MR 70402, or call {f['phone']}. You may bring a lawyer, a friend or a relative.", 9.5)


def cover(f: dict, pages: int) -> bytes:
    d = Doc("Courier")
    d.add_page()
    d.text_line("FAX TRANSMITTAL", 18, "B")
    d.rule(1, 4)
    for k, v in (("TO:", f["ortho"]), ("ATTN:", "Treatment coordinator"), ("FAX:", "(555) 014-7730"),
                 ("FROM:", CC + " - Dental UM"), ("PHONE:", f["phone"]), ("PAGES:", f"{pages + 1} incl. cover"),
                 ("RE:", f"Orthodontic request {f['pa']}")):
        d.font(11, "B")
        d.cell(30, 7, k)
        d.font(11)
        d.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("Attached: the determination sent to your office and a copy of the member notice mailed today. "
           "CONFIDENTIAL: this fax contains protected health information. If you received it in error, call the "
           "sender and destroy all copies.", 10)
    return pdf_bytes(d)


def notice_before(d: Doc, f: dict, to_provider: bool) -> None:
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["dec"]), 10)
    d.ln(3)
    if to_provider:
        for ln in (f["ortho"], f"Attn: {f['orthodontist']}", "Fax (555) 014-7730"):
            d.text_line(ln, 10)
        d.ln(4)
        d.text_line("Provider Notice of Adverse Benefit Determination", 12.5, "B")
    else:
        to_parent(d, f)
        d.text_line("Notice of Adverse Benefit Determination (member copy)", 12.5, "B")
    d.ln(2)
    kv(d, [("Member:", f["child"][0]), ("Medicaid ID:", f["mid"]), ("Plan member ID:", f["plan_mid"]),
           ("Reference number:", f["pa"]), ("Date request received:", D(f, f["req"])),
           ("Plan enrollment date:", D(f, f["enrol"])), ("Braces placed (banding date):", D(f, f["banded"])),
           ("Requested:", "D8080 / D8670 continuation of orthodontic treatment"),
           ("Requested fee:", fmt_money(f["fee"])), ("Referring dentist:", f["gd"])], 62)
    d.para(f"{f['ortho']} asked us to pay for {f['child'][1]}'s orthodontic treatment. The braces were placed on "
           f"{D(f, f['banded'])}, before {f['child'][1]} was enrolled with {CC} on {D(f, f['enrol'])}, and the "
           "treatment was started and paid under other coverage. Our dental benefit covers comprehensive "
           "orthodontic treatment only when it was approved by us (or by Medicaid) before the braces were placed. "
           "Treatment that began before enrollment is not a covered benefit under our contract, even though the "
           f"records show an HLD score of {f['total']}. We are denying the request.")
    d.para("The family may ask the previous insurer or the orthodontist about the rest of the treatment fee.", 9.5)
    rights(d, f)


def decision(d: Doc, f: dict) -> None:
    d.add_page()
    d.text_line("STATE OF MARROWFIELD", 9, "B")
    d.text_line("HEALTH CARE AUTHORITY  -  OFFICE OF FAIR HEARINGS", 12, "B")
    d.text_line(f"{MH}, Office of Fair Hearings, PO Box 910, Harlow Springs, MR 70402", 8.5)
    d.ln(5)
    y = d.get_y()
    d.font(10)
    d.multi_cell(105, 5, f"In the Matter of:\n{f['child'][0].upper()}, a minor, by {f['parent'].upper()}, "
                 f"parent,\n        Appellant,\nv.\n{LD.upper()},\n        Respondent.", new_x="RIGHT", new_y="TOP")
    d.set_xy(125, y)
    d.multi_cell(0, 5, f"Fair Hearing No. {f['hearing_no']}\nMedicaid ID {f['mid']}\nPlan appeal ref. "
                 f"{f['appeal_ref']}\nDate of hearing: {D(f, f['dec'] - dt.timedelta(days=21))}\n"
                 f"Date of decision: {D(f, f['dec'])}", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 34)
    d.text_line("DECISION AND ORDER", 12, "B", align="C")
    d.ln(2)
    d.text_line("ISSUE", 10.5, "B")
    d.para(f"Whether {LD} correctly denied prior authorization {f['pa']} for comprehensive orthodontic treatment "
           f"(D8080) requested by {f['ortho']} at a quoted fee of {fmt_money(f['fee'])}.")
    d.text_line("FINDINGS OF FACT", 10.5, "B")
    for n, t in enumerate([
            f"The appellant is {f['child'][1]}, age 14, a Medicaid member enrolled with the respondent.",
            f"On {D(f, f['req'])} {f['ortho']} asked for D8080 after a referral from {f['gd']}, the child's general "
            f"dentist. The orthodontist's HLD worksheet totals {f['prov_score']} points.",
            f"The respondent's orthodontist reviewer scored the study models at {f['total']} points and found no "
            "automatic qualifying condition. The respondent denied the request and upheld the denial on internal "
            f"appeal {f['appeal_ref']}.",
            "At the hearing a second state dental consultant measured the models and scored 22 points. The "
            "orthodontist's worksheet counted crowding in both arches although the lower arch has under 3.5 mm of "
            "crowding."], 1):
        d.para(f"{n}. {t}", 9.8, 1)
    d.text_line("CONCLUSIONS OF LAW", 10.5, "B")
    d.para("Under Marrowfield Admin. Code 560-12-7.04, orthodontic treatment is covered for members under 21 with "
           "an HLD score of 26 or more or an automatic qualifying condition. The appellant's score is under 26 and "
           "no automatic qualifying condition exists. Treatment is not medically necessary under the rule.")
    d.text_line("ORDER", 10.5, "B")
    d.para(f"The action of {LD} is SUSTAINED.")
    d.para("A party who disagrees may ask for a rehearing within 30 days of the date of this decision, or may seek "
           "judicial review in circuit court as provided by law.", 9.5)
    d.para("Hearing Officer  Ludmila Farquharson-Achebe", 9.5)


def eob_noauth(d: Doc, f: dict) -> None:
    d.add_page()
    head(d, f)
    d.text_line("Explanation of Dental Benefits", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(3)
    to_parent(d, f)
    kv(d, [("Statement date", D(f, f["dec"])), ("Member", f["child"][0]), ("Medicaid ID", f["mid"]),
           ("Member ID", f["plan_mid"]), ("Claim number", f["claim"]),
           ("Treating dentist", f"{f['orthodontist']}, {f['ortho']}"), ("Referring dentist", f["gd"])], 45)
    pre = f["noauth_date"] - dt.timedelta(days=14)
    lines = [(pre, "D0340", "2D cephalometric radiographic image", 95.00, 95.00, ""),
             (pre, "D0470", "Diagnostic casts", 85.00, 85.00, ""),
             (f["noauth_date"], "D8080", "Comprehensive orthodontic treatment, adolescent", f["fee"], 0.0, "N4")]
    total = round(sum(x[3] for x in lines), 2)
    f["claim_total"] = total
    rows = [[D(f, a), c, s, fmt_money(b), fmt_money(p), n] for a, c, s, b, p, n in lines]
    rows.append(["*Claim total", "", "", fmt_money(total), fmt_money(180.00), ""])
    d.table(["Date", "Code", "Description", "Billed", "Plan paid", "Note"], rows, [24, 16, 78, 24, 22, 12],
            size=8.6, aligns="LLLRRL")
    d.text_line("Notes", 10.5, "B")
    d.para("N4  Comprehensive orthodontic treatment needs prior authorization. No authorization was on file when "
           f"the braces were placed. The provider may not bill the member for this denied service. HLD score on "
           f"the claim: {f['total']}.", 9.5)
    rights(d, f)


def build(f: dict) -> list[bytes]:
    k = f["kind"]
    if k == "before":
        out = []
        for prov in (True, False):
            d = Doc("Helvetica", footer="Page {p} of {n}")
            notice_before(d, f, prov)
            out.append(pdf_bytes(d))
        return out
    d = Doc("Helvetica", footer="Page {p} of {n}")
    {"low": notice_low, "es": notice_es, "approve": notice_approve, "over21": notice_over21,
     "hearing": decision, "noauth": eob_noauth}[k](d, f)
    return [pdf_bytes(d)]


def make_truth(f: dict) -> dict:
    k = f["kind"]
    plus = lambda n: iso(f["dec"] + dt.timedelta(days=n))  # noqa: E731
    a: dict = {"provider": [f["orthodontist"]], "member_id": [f["plan_mid"]], "claim_amount": [None]}
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["child"][0], claim_amount=m2(f["fee"]),
                  denial_date=iso(f["dec"]), provider=f["ortho"], case_numbers=[f["pa"]])
    if k in ("low", "es"):
        return truth("denial_letter", "medical_necessity", f["lang"], alternates=a, service_dates=[iso(f["start"])],
                     appeal_deadline=plus(60), **common)
    if k == "approve":
        a["case_numbers"] = [[f["pa"]]]
        common["case_numbers"] = [f["pa"], f["prior_pa"]]
        return truth("other", None, alternates=a, service_dates=[iso(f["start"])], **common)
    if k == "over21":
        a["appeal_deadline"] = [plus(90)]
        del a["member_id"]
        return truth("denial_letter", "eligibility", alternates=a, denial_alternates=["not_covered"], **common)
    if k == "before":
        a["service_dates"] = [[iso(f["banded"])]]
        return truth("denial_letter", "not_covered", alternates=a, denial_alternates=["eligibility"],
                     appeal_deadline=plus(60), **common)
    if k == "hearing":
        a = {"case_numbers": [[f["hearing_no"]], [f["hearing_no"], f["appeal_ref"]]], "appeal_deadline": [None],
             "claim_amount": [None], "insurer": ["Office of Fair Hearings"]}
        common.update(insurer=MH, case_numbers=[f["hearing_no"], f["appeal_ref"], f["pa"]])
        return truth("denial_letter", "medical_necessity", alternates=a, appeal_deadline=plus(30), **common)
    a = {"provider": [f["orthodontist"]], "member_id": [f["plan_mid"]], "claim_amount": [m2(f["fee"])]}
    common.update(case_numbers=[f["claim"]], claim_amount=m2(f["claim_total"]))
    return truth("eob", "prior_authorization", alternates=a, service_dates=[iso(f["noauth_date"])],
                 appeal_deadline=plus(60), **common)


# (suffix, condition, kind, issuer, date style)
PLAN = [
    ("bd_hld_19_under_26", "born_digital", "low", LD, "long"),
    ("bd_approved_after_second_review", "born_digital", "approve", CC, "slash"),
    ("scan300_es_hld_21", "scan_clean_300", "es", LD, "es"),
    ("lowres_ffs_member_age_21", "scan_lowres_150", "over21", MH, "abbr"),
    ("faxstd_stack_braces_before_enrollment", "fax_standard_g4", "before", CC, "dmy"),
    ("copy_fair_hearing_upheld_hld_23", "photocopy", "hearing", MH, "long"),
    ("rotated_eob_banded_without_prior_auth", "rotated", "noauth", CC, "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, "es" if kind == "es" else "en")
        pdfs = build(f)
        t = make_truth(f)
        if len(pdfs) == 1:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdfs[0], t)]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(p, dict(t)) for p in pdfs],
                              separators=[cover(f, 2), None]))
    return items
