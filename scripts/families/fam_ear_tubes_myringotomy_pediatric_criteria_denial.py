"""Family 'ear_tubes_myringotomy_pediatric_criteria_denial': tympanostomy tubes (CPT 69436, bilateral with
general anesthesia) for a young child, requested by an ENT group and done at an ambulatory surgery center, refused
because the chart shows too few ear infections (fewer than 3 in 6 months or 4 in 12 months) or no hearing test
for fluid behind the ear drum. The parent is the subscriber; the child is the patient.

Documents: a commercial plan's prose pre-service letter (every fact in a sentence); a fine-fax stack of a cover
sheet, the ENT group's letter to the parents relaying the plan's decision and the surgery center's statement for
a tube surgery the plan did not pay; a three-claim EOB under a grey sidebar (office visit and audiology paid, the
surgery center's 69436 claim denied); a state CHIP notice in ruled boxes (no hearing test); a Spanish appeal
decision upholding the denial (phone photo); an approval after the hearing test, fed sideways; a provider-copy
letter to the ENT group refusing a claim done without prior authorization (low-res scan).

Decoys: the subscriber parent and the subscriber ID, the child's DOB, request-received dates, NPIs, tax IDs,
account numbers, paid claims and their amounts, plan-paid/you-owe, the medical policy number, CHIP case-worker
phone numbers, the external-review and expedited time limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, FIRST_ES, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "ear_tubes_myringotomy_pediatric_criteria_denial"
LANG = "en"
SEED = 288500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def family(r: Rand, lang: str = "en") -> dict:
    parent, pfirst, _, last = r.person(lang)
    cfirst = r.choice(FIRST_ES if lang == "es" else FIRST)
    while cfirst == pfirst:
        cfirst = r.choice(FIRST_ES if lang == "es" else FIRST)
    cmid = r.choice("ABCDEFGHJKLMNPRSTVW")
    child = f"{cfirst} {cmid}. {last}"
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(parent=parent, child=child, cfirst=cfirst, last=last, addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                ph=r.phone())


ENT = [("Harbor Pediatric Ear, Nose & Throat", "Dr. Felix T. Amundsen", "Felix T. Amundsen, MD"),
       ("Cedar Vale ENT Associates", "Dr. Priya N. Okafor", "Priya N. Okafor, DO"),
       ("Northgate Otolaryngology Group", "Dr. Samuel R. Whitcombe", "Samuel R. Whitcombe, MD")]
ASC = ["Riverbend Surgery Center", "Millbrook Ambulatory Surgery Center", "Kestrel Point Surgical Center"]


def sidebar(d: Page, x: float, y: float, w: float, h: float, rows: list[tuple[str, str]], title: str) -> None:
    """A grey panel of labels above values."""
    d.set_fill_color(232, 232, 232)
    d.rect(x, y, w, h, "F")
    d.set_xy(x + 2.5, y + 3)
    d.font(9, "B")
    d.cell(w - 5, 5, title)
    yy = y + 11
    for lab, val in rows:
        d.set_xy(x + 2.5, yy)
        d.font(6.8)
        d.cell(w - 5, 3.5, lab.upper())
        d.set_xy(x + 2.5, yy + 3.6)
        d.font(8.8, "B")
        d.multi_cell(w - 5, 4.3, val)
        yy = d.get_y() + 2.4


# ------------------------------------------------------------------ A: prose pre-service letter (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Larkspur Family Health Plan"
    sub_id = f"LFH{r.digits(8)}"
    mid = sub_id + "-02"
    grp = f"{r.digits(6)}"
    ref = f"PA{r.digits(2)}-{r.digits(7)}"
    group, doc, _ = ENT[0]
    recv = f["dos"] - dt.timedelta(days=r.randint(16, 24))
    notice = recv + dt.timedelta(days=r.randint(3, 6))
    d = Page("LFHP-UM-0419 (01/26)                Page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Larkspur", 20, "B", h=8)
    d.text_line("FAMILY HEALTH PLAN", 9, "B", h=4.5)
    d.text_line(f"Utilization Management  ·  1150 Orchard Hill Parkway, Sioux Ridge, SD 57104  ·  {f['ph']}",
                8, h=4.5)
    d.ln(9)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f"Parent or guardian of {f['child']}", f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['parent'].split()[0]} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {doc} at {group} for bilateral "
           f"tympanostomy tube insertion under general anesthesia (CPT 69436) for your child, {f['child']}, "
           f"planned for {fmt_date(f['dos'], 'long')} at {ASC[0]}. Our reference number for this request is "
           f"{ref}. We have decided not to approve it.", 10.5)
    d.para("Why we made this decision: our clinical policy (MP-ENT-027, Tympanostomy Tubes in Children) covers "
           "tubes for recurrent acute otitis media when the records show at least three separate ear infections "
           "in six months, or four in twelve months with one in the last six months. The office notes we received "
           "document two ear infections in the last twelve months, on dates three weeks apart, and the second "
           "visit describes the same infection not clearing. A pediatric otolaryngologist reviewed the records. "
           "Based on the information provided, the surgery is not medically necessary at this time.", 10.5)
    d.para("If your child has more ear infections, or if a hearing test shows fluid with hearing loss that has "
           "lasted three months or more, the doctor may send a new request with those records.", 10.5)
    d.para("Your right to appeal. You, or the doctor acting for you, may ask us to review this decision. Your "
           "appeal must reach us within 180 days of the date of this letter. If waiting could seriously harm "
           "your child's health, ask for an expedited appeal; we decide those within 72 hours. After our final "
           "decision you may ask for an independent external review within four months.", 10.5)
    d.para(f"You may ask for a free copy of the policy and records we used. Call us at {f['ph']} (TTY 711).",
           10.5)
    d.para("Sincerely,\n\nMarguerite L. Fenn, RN\nUtilization Management, Larkspur Family Health Plan", 10.5)
    d.ln(2)
    d.para(f"Subscriber: {f['parent']}   Member ID: {mid}   Group: {grp}   Child's date of birth: "
           f"{fmt_date(f['dob'], 'long')}   Requesting provider NPI: {f['npi']}", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=doc.replace("Dr. ", ""), appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"],
              alternates={"provider": [group], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ B: fax stack: ENT letter + ASC statement
def doc_ent_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    group, doc, cred = ENT[1]
    letter = f["dos"] + dt.timedelta(days=r.randint(3, 8))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line(group.upper(), 15, "B", align="C", h=7)
    d.text_line(f"Pediatric and Adult Ear, Nose & Throat  |  88 Larch Street, Suite 300, Fargo, ND 58102  |  "
                f"Tel {phone(r)}  Fax {phone(r)}", 7.8, align="C", h=4.4)
    d.rule(0.6, 6)
    d.text_line(fmt_date(letter, "mdy_nopad"), 10, h=6)
    d.ln(2)
    for ln in [f"To the parents of {f['child']}", *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line(f"RE: {f['child']}  (DOB {fmt_date(f['dob'], 'slash')})", 10, "B", h=6)
    d.ln(2)
    d.para(f"Dear Parents of {f['cfirst']},", 10)
    d.para(f"We are writing about the ear tube surgery {cred.split(',')[0]} recommended for {f['cfirst']}. "
           f"{f['ins']} reviewed the request and, in a letter dated {fmt_date(f['plan_date'], 'long')}, decided "
           f"not to cover it. The plan's reference for that decision is {f['ref']}. The plan said our notes did not "
           "include a hearing test (audiogram) showing hearing loss with the fluid in both ears.", 10)
    d.para(f"{f['cfirst']} did have surgery at {f['asc']} on {fmt_date(f['dos'], 'long')} after the surgery "
           "center's scheduling went ahead, so you may receive a bill from the surgery center. Please do not pay "
           "it yet. We have scheduled a hearing test with our audiologist and will send the result to the plan "
           "with a letter of medical necessity, asking it to reconsider.", 10)
    d.para("If you would like to file your own appeal, the plan's letter explains how and gives its time limit. "
           "Our referral coordinator can help you; call the number above and ask for Danica.", 10)
    d.para(f"Sincerely,\n\n{cred}\n{group}", 10)
    t = truth("other", None, member_name=f["child"], case_numbers=[f["ref"]],
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=cred.split(",")[0],
              unscored=["insurer"], type_alternates=["denial_letter"], denial_alternates=["medical_necessity"],
              alternates={"provider": [group], "denial_date": [iso(f["plan_date"])],
                          "case_numbers": [[]]})
    return pdf_bytes(d), t


def doc_asc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["dos"] + dt.timedelta(days=r.randint(38, 55))
    acct = f"RB-{r.digits(6)}"
    lines = [("69436-50", "Tympanostomy, bilateral, general anesthesia - facility", float(r.randint(2850, 3900))),
             ("J2405", "Ondansetron injection", float(r.randint(35, 80))),
             ("A4550", "Surgical tray", float(r.randint(120, 210)))]
    total = sum(x[2] for x in lines)
    d = Page(f"{f['asc']}  -  Patient Account {acct}")
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(16, 14, 184, 13, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(19, 16)
    d.font(14, "B")
    d.cell(120, 9, f["asc"])
    d.set_xy(140, 16)
    d.font(9)
    d.cell(56, 9, "STATEMENT", align="R")
    d.set_text_color(0, 0, 0)
    d.set_xy(16, 30)
    d.text_line(f"410 Meadowlark Drive, Fargo, ND 58102  ·  Billing questions {phone(r)}  ·  Tax ID "
                f"45-{r.digits(7)}", 8, h=4.5)
    d.ln(4)
    y = d.get_y()
    d.text_line("Guarantor", 8, "B", h=4.5)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_xy(118, y)
    d.boxes([("Statement date", fmt_date(bill, "abbr"), 40), ("Account", acct, 42)], h=11)
    d.set_x(118)
    d.boxes([("Patient", f["child"], 82)], h=11)
    d.set_x(118)
    d.boxes([("Balance due", fmt_money(total), 40), ("Due by", fmt_date(bill + dt.timedelta(days=25), "abbr"),
                                                      42)], h=11)
    d.ln(6)
    rows = [[fmt_date(f["dos"], "slash"), c, ds, fmt_money(a, "nosign")] for c, ds, a in lines]
    rows.append(["", "", "Total charges", fmt_money(total, "nosign")])
    rows.append([fmt_date(bill - dt.timedelta(days=9), "slash"), "", f"{f['ins']} - denied, claim {f['claim']}",
                 "0.00"])
    rows.append(["*Amount you owe", "", "", fmt_money(total, "nosign")])
    d.table(["Date", "Code", "Description", "Amount"], rows, [26, 24, 104, 30], size=8.6, aligns="LLLR",
            head_fill=True)
    d.para(f"Surgeon: {f['surgeon']}\nInsurance on file: {f['ins']}\nMember ID: {f['mid']}", 8.8)
    d.para("Your insurance did not pay this claim. If you or your doctor are appealing, call us and we will place "
           "your account on a 60-day hold. Payment plans are available. We accept cash, check and cards.", 8.8)
    t = truth("other", None, member_id=f["mid"].replace(" ", ""), member_name=f["child"],
              case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(bill), provider=f["asc"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "member_id": [None], "provider": [f["surgeon"].split(",")[0]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family(r)
    f.update(ins="Prairie Crest Health Insurance Company", mid=f"PCH {r.digits(3)} {r.digits(3)} {r.digits(3)}",
             ref=f"UR{r.digits(9)}", claim=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}", asc=ASC[1],
             surgeon=ENT[1][2])
    f["plan_date"] = f["dos"] - dt.timedelta(days=r.randint(5, 9))
    ent = doc_ent_letter(r, f)
    asc = doc_asc_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [ent, asc], separators=["cover", None])


# ------------------------------------------------------------------ C: three-claim EOB with grey sidebar
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Tamarack Mutual Insurance"
    sub_id = f"TM{r.digits(9)}"
    grp, plan = f"{r.letters(2)}-{r.digits(5)}", f"TMC-{r.digits(3)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 36))
    group, doc, cred = ENT[2]
    visit = f["dos"] - dt.timedelta(days=r.randint(20, 30))
    c1, c2, c3 = (f"{r.digits(3)}-{r.digits(8)}" for _ in range(3))
    claims = [
        (c1, group, visit, [("99214", "Office visit, established", float(r.randint(210, 290)), 0.8, "")]),
        (c2, "Northgate Audiology", visit, [("92567", "Tympanometry", float(r.randint(55, 90)), 0.8, ""),
                                            ("92579", "Visual reinforcement audiometry", float(r.randint(90, 150)),
                                             0.8, "")]),
        (c3, ASC[2], f["dos"], [("69436", "Tympanostomy, general anesth.", float(r.randint(3100, 4200)), 0, "D41"),
                                ("94760", "Pulse oximetry", float(r.randint(40, 75)), 0, "D41")]),
    ]
    d = Page("Tamarack Mutual  ·  Explanation of Benefits  ·  This is not a bill  ·  page {p}/{n}",
             margins=(66, 14, 14))
    d.add_page()
    sidebar(d, 10, 12, 50, 150, [("Statement date", fmt_date(stmt, "iso")), ("Subscriber", f["parent"]),
                                 ("Subscriber ID", sub_id), ("Group", grp), ("Plan", plan),
                                 ("Claims on this statement", "3"), ("Customer service", f["ph"])],
            "Your account")
    d.set_xy(66, 12)
    d.text_line("TAMARACK MUTUAL", 17, "B", h=8)
    d.set_x(66)
    d.text_line(f"{ins}  ·  PO Box 7710, Ashby Falls, MN 55802", 8, h=4.4)
    d.ln(4)
    d.set_x(66)
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    for ln in [f["parent"], *f["addr"]]:
        d.set_x(66)
        d.text_line(ln, 9.2, h=4.6)
    d.ln(4)
    d.set_x(66)
    d.text_line(f"Claims for {f['child']} (dependent)", 10.5, "B", h=6)
    d.ln(1)
    for c, prov, day, lines in claims:
        billed = sum(x[2] for x in lines)
        d.font(8.6, "B")
        d.cell(0, 5, f"Claim {c}  ·  {prov}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, amt, ratio, rmk in lines:
            allowed = round(amt * 0.72, 2) if ratio else 0.0
            paid = round(allowed * ratio, 2)
            owe = round(allowed - paid, 2) if ratio else amt
            rows.append([fmt_date(day, "iso"), code, desc[:30], fmt_money(amt), fmt_money(allowed),
                         fmt_money(paid), fmt_money(owe), rmk])
        rows.append(["*Claim total", "", "", fmt_money(billed), "", "", "", ""])
        d.table(["Service", "Code", "Description", "Billed", "Allowed", "Paid", "You owe", "Note"], rows,
                [19, 11, 42, 17, 16, 16, 15, 8], size=7.3, aligns="LLLRRRRL", head_fill=True, row_h=4.8)
    d.font(9.5, "B")
    d.cell(0, 5.5, "Notes", new_x="LMARGIN", new_y="NEXT")
    d.para("D41  Tympanostomy tubes for chronic otitis media with effusion are covered when fluid has been present "
           "in both ears for three months or longer and a hearing evaluation documents hearing loss. The records "
           "received show fluid for six weeks. This service is not medically necessary under the plan's criteria; "
           "the facility may not bill you beyond your share unless you agreed in writing.", 8.3)
    d.para("Appeals: you may ask for a review within 180 days of the date of this statement. Write to Tamarack "
           "Mutual Appeals, PO Box 7712, Ashby Falls, MN 55802. Urgent reviews: 72 hours. External review may be "
           f"available within 4 months of a final decision. Surgeon on the facility claim: {cred} (NPI {f['npi']}).",
           8.3)
    billed3 = sum(x[2] for x in claims[2][3])
    t = truth("eob", "medical_necessity", insurer=ins, plan_id=plan, group_number=grp, member_id=sub_id,
              member_name=f["child"], case_numbers=[c3], claim_amount=m2(billed3), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=ASC[2], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": [cred.split(",")[0]], "plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ D: CHIP notice in ruled boxes (photocopy)
def doc_chip(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Bluebonnet Kids Health Plan"
    prog = "Texas Children's Health Insurance Program (CHIP)"
    mid = f"{r.digits(9)}"
    notice_no = f"CHP-{r.digits(4)}-{r.digits(5)}"
    case = f"{r.digits(10)}"
    group, doc, cred = ENT[0]
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 14))
    d = Page("BKHP-CHIP-NA-07  Rev. 2025        Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Bluebonnet Kids Health Plan", 15, "B", h=7)
    d.text_line(f"A CHIP health plan  ·  PO Box 22870, Laredo, TX 78040  ·  Member Services {f['ph']}", 8.3, h=4.5)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C", h=7)
    d.text_line(prog, 9, align="C", h=5)
    d.ln(3)
    d.boxes([("Date of notice", fmt_date(notice, "dmy"), 40), ("Notice number", notice_no, 46),
             ("Member name", f["child"], 60), ("Date of birth", fmt_date(f["dob"], "dmy"), 36)], h=12)
    d.boxes([("CHIP member ID", mid, 40), ("Case number (household)", case, 46),
             ("Requesting provider", doc, 60), ("Provider NPI", f["npi"], 36)], h=12)
    d.boxes([("Service requested", "Tympanostomy tubes, both ears (69436)", 86),
             ("Requested date of service", fmt_date(f["dos"], "dmy"), 50), ("Decision", "DENIED", 46)], h=12)
    d.ln(5)
    d.text_line("Why we denied it", 10, "B", h=6)
    d.para(f"{group} asked us to approve ear tube surgery for {f['child']}. We need a hearing test "
           "(audiogram or age-appropriate hearing evaluation) done after the fluid has been present for three "
           "months to decide if ear tubes are medically necessary. No hearing test was sent with the request, and "
           "the office did not send one when we asked. Without it, the surgery is not medically necessary under "
           "Texas CHIP medical policy. Your child can keep getting care from the doctor.", 9.5)
    d.text_line("What you can do", 10, "B", h=6)
    d.para("You can ask us for an appeal. You must ask within 60 days from the date of this notice. You can call "
           "us or write to Appeals, PO Box 22874, Laredo, TX 78040. If your child's health is in serious danger, ask "
           "for an expedited appeal and we will decide within 72 hours. After our appeal, you can ask for an "
           "External Medical Review by an independent review organization within 4 months.", 9.5)
    d.para("You may ask for free copies of all the information we used, including the medical criteria. CHIP "
           f"eligibility questions: call 2-1-1 and give your case number {case}.", 9.5)
    d.para(f"Reviewed by: Physician Reviewer, Board Certified in Otolaryngology. Copy sent to {doc}.", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["child"],
              case_numbers=[notice_no], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=doc.replace("Dr. ", ""), appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["prior_authorization"],
              alternates={"insurer": [prog], "service_dates": [[]], "provider": [group]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ E: Spanish upheld appeal (phone photo)
def doc_es_appeal(r: Rand) -> tuple[bytes, dict]:
    f = family(r, "es")
    ins = "Salud Costera del Sur"
    mid = f"SCS-{r.digits(4)}-{r.digits(4)}"
    grp = f"G{r.digits(5)}"
    appeal, claim = f"AP-{r.digits(7)}", f"{r.digits(12)}"
    asc = "Centro Quirúrgico Palmas"
    doc = "Dra. Xiomara L. Benítez"
    billed = r.randint(2900, 4100) + 0.0
    recv = f["dos"] + dt.timedelta(days=r.randint(50, 70))
    notice = recv + dt.timedelta(days=r.randint(20, 28))
    d = Page("Salud Costera del Sur · Decisión de apelación · Página {p} de {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Salud Costera del Sur", 16, "B", h=8)
    d.text_line(f"Departamento de Apelaciones · Apartado 5190, Hialeah, FL 33010 · {f['ph']}", 8.5, h=4.6)
    d.ln(6)
    d.text_line(f"Fecha: {fmt_date(notice, 'es')}", 10, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.table(["Paciente", "Núm. de afiliado", "Grupo", "Núm. de apelación", "Reclamación"],
            [[f["child"], mid, grp, appeal, claim]], [46, 36, 22, 34, 32], size=8.8, border_head="TB")
    d.text_line("DECISIÓN SOBRE SU APELACIÓN", 11.5, "B", h=7)
    d.para(f"Recibimos su apelación el {fmt_date(recv, 'es')} sobre la reclamación de {asc} por la colocación de "
           f"tubos de ventilación en ambos oídos (CPT 69436) de {f['child']}, realizada el "
           f"{fmt_date(f['dos'], 'es')} por la {doc}. El monto facturado fue {fmt_money(billed)}.", 10)
    d.para("Un otorrinolaringólogo que no participó en la decisión inicial revisó el expediente. Los registros "
           "muestran dos episodios de otitis media aguda en los últimos seis meses y ninguno antes. Nuestra "
           "política cubre los tubos cuando hay tres episodios en seis meses o cuatro en doce meses. Por eso, "
           "mantenemos la decisión: el servicio no es médicamente necesario.", 10)
    d.para("Esta es nuestra decisión final de la apelación interna. Usted puede pedir una revisión externa "
           "independiente dentro de 4 meses a partir de la fecha en que reciba esta carta. Si la salud de su hijo "
           "corre peligro, puede pedir una revisión externa acelerada (72 horas).", 10)
    d.para("Atentamente,\n\nComité de Apelaciones\nSalud Costera del Sur", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=asc,
              alternates={"case_numbers": [[appeal]], "provider": ["Xiomara L. Benítez"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ F: approval after the hearing test (rotated)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Larkspur Family Health Plan"
    mid = f"LFH{r.digits(8)}-03"
    grp = f"{r.digits(6)}"
    auth = f"{r.digits(4)} {r.digits(4)} {r.digits(2)}"
    group, doc, cred = ENT[2]
    notice = f["dos"] - dt.timedelta(days=r.randint(7, 12))
    exp = f["dos"] + dt.timedelta(days=60)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Larkspur Family Health Plan", 14, "B", h=7)
    d.text_line("Utilization Management  ·  1150 Orchard Hill Parkway, Sioux Ridge, SD 57104", 8.5, h=4.6)
    d.ln(6)
    for lab, val in [("Date", fmt_date(notice, "abbr")), ("To", f"{f['parent']} (parent of {f['child']})"),
                     ("Member ID", mid), ("Group", grp), ("Authorization", auth)]:
        d.font(9.8, "B")
        d.cell(34, 5.4, lab)
        d.font(9.8)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.text_line("Your request is approved", 13, "B", h=7)
    d.para(f"We approved bilateral tympanostomy tube insertion (CPT 69436) for {f['child']}, requested by "
           f"{cred} of {group}. The hearing evaluation sent on {fmt_date(notice - dt.timedelta(days=3), 'abbr')} "
           "shows fluid in both ears for more than three months with a mild hearing loss, which meets our "
           "criteria.", 10)
    d.table(["Service", "Facility", "Approved date of service", "Valid through"],
            [["69436 x1", ASC[2], fmt_date(f["dos"], "abbr"), fmt_date(exp, "abbr")]], [26, 66, 44, 30], size=9,
            border_head="TB")
    d.para("This approval says the service is medically necessary. Payment depends on your child's eligibility "
           "and benefits on the date of service, including deductible and coinsurance. If the date changes, the "
           "surgeon's office must tell us before the approval ends.", 9.5)
    d.para("Questions? Call Member Services at " + f["ph"] + ".", 9.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[auth.replace(" ", "")], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=cred.split(",")[0], alternates={"provider": [group], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ G: provider copy, no prior auth (low-res)
def doc_provider_letter(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Keystone Valley Health"
    mid = f"KVH{r.digits(10)}"
    grp = f"{r.digits(5)}-{r.digits(3)}"
    claim = f"{r.digits(2)}{r.digits(4)}{r.digits(5)}"
    group, doc, cred = ENT[1]
    acct = f"PA{r.digits(8)}"
    recv = f["dos"] + dt.timedelta(days=r.randint(10, 20))
    notice = recv + dt.timedelta(days=r.randint(8, 15))
    billed = r.randint(900, 1500) + 0.0
    d = Page("KVH Provider Correspondence  -  {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("KEYSTONE VALLEY HEALTH", 14, "B", h=7)
    d.text_line("Provider Services  -  PO Box 3300, Erie, PA 16501  -  Provider line " + r.phone(), 8.5, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(notice, "upper"), 10, h=6)
    d.ln(2)
    for ln in [group, f"Attn: {cred}", "88 Larch Street, Suite 300", "Fargo, ND 58102"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("CLAIM DENIAL - PROVIDER NOTICE", 11.5, "B", h=7)
    for lab, val in [("Patient", f"{f['child']}   DOB {fmt_date(f['dob'], 'slash')}"), ("Member no.", mid),
                     ("Group", grp), ("Claim no.", claim), ("Your patient account", acct),
                     ("Date(s) of service", fmt_date(f["dos"], "slash")), ("Billed", fmt_money(billed)),
                     ("Received", fmt_date(recv, "slash"))]:
        d.font(9.5, "B")
        d.cell(46, 5.2, lab + ":")
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("We denied this claim for CPT 69436-50 (bilateral tympanostomy). Tympanostomy tubes require prior "
           "authorization under the member's plan, and no authorization was requested or approved for this date "
           "of service. CARC 197: precertification/authorization absent. As a participating provider, you may not "
           "bill the member for this service.", 10)
    d.para("You may request reconsideration within 90 days of the date of this notice. Send the medical records "
           "and a copy of this notice to Provider Appeals at the address above. Retro-authorization requests are "
           "not accepted after the service is performed except for emergencies.", 10)
    d.para("Provider Services\nKeystone Valley Health", 10)
    t = truth("denial_letter", "prior_authorization", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=cred.split(",")[0],
              appeal_deadline=iso(notice + dt.timedelta(days=90)), alternates={"provider": [group]},
              type_alternates=["eob"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_letter", "born_digital"), (2, doc_eob, "sidebar_eob", "scan_clean_300"),
              (3, doc_chip, "chip_notice", "photocopy"), (4, doc_es_appeal, "es_appeal", "phone_photo"),
              (5, doc_approval, "approval", "rotated"), (6, doc_provider_letter, "provider_notice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
