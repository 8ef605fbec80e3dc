"""Family 'endodontic_retreatment_root_canal_frequency_denial': root canal retreatment (D3346 anterior, D3347
premolar, D3348 molar) refused because it falls within 24 months of the first root canal on the same tooth (D3310,
D3320, D3330) done by the same dentist or office, whose fee for the first treatment includes a retreatment.

Documents: a dental EOB with a paid cleaning claim and a retreatment claim denied (frequency note); a low-res scan
stack of the plan's key-value letter (with its blank duplex back) and the dentist's account statement after the
denial; a state Medicaid dental notice of action on a prior approval request (fair hearing rights, continuation
of benefits); a fine-fax predetermination approval for a molar retreatment more than 24 months later; a Spanish
prose letter (es) photographed with a phone; a sideways upheld appeal with a two-column header; a two-page
adverse benefit determination from a dental TPA with a running header (ISO dates).

Decoys: tooth numbers, the first root canal's date and claim, DOB, NPIs and license numbers, patient account
numbers, paid lines, annual maximum and amounts used, estimate-valid-through dates, fair hearing and
continuation limits, external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "endodontic_retreatment_root_canal_frequency_denial"
LANG = "en"
SEED = 306600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DESC = {"D3346": "Retreatment of previous root canal therapy - anterior",
        "D3347": "Retreatment of previous root canal therapy - premolar",
        "D3348": "Retreatment of previous root canal therapy - molar",
        "D3310": "Endodontic therapy, anterior tooth", "D3320": "Endodontic therapy, premolar tooth",
        "D3330": "Endodontic therapy, molar tooth"}


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 10) + dt.timedelta(days=r.randint(0, 150))
    first_rct = dos - dt.timedelta(days=r.randint(190, 600))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos, first_rct=first_rct,
                dob=dt.date(r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=r.npi())


def addr_block(d: Page, f: dict, size: float = 9.8) -> None:
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, size, h=size * 0.5)


def kv(d: Page, pairs, x: float, lw: float, size: float = 9, h: float = 5) -> None:
    for lab, val in pairs:
        d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------ 0: dental EOB, two claims, retreatment denied
def doc_dental_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillmark Dental Insurance Company"
    sid, grp = f"QD{r.digits(9)}", f"{r.digits(6)}-0{r.randint(1, 9)}"
    c1, c2 = f"{r.digits(4)}{r.letters(2)}{r.digits(6)}", f"{r.digits(4)}{r.letters(2)}{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(14, 26))
    d0 = f["dos"] - dt.timedelta(days=r.randint(20, 60))
    dentist, office = "Dr. Simone R. Aldana", "Larchmont Family Dentistry"
    tooth = r.choice(["5", "12", "13", "20", "28"])
    p1 = [("D0120", "Periodic oral evaluation", float(r.randint(55, 75))),
          ("D1110", "Prophylaxis - adult", float(r.randint(95, 130))),
          ("D0274", "Bitewings - four films", float(r.randint(70, 95)))]
    p2 = [("D0220", "Periapical first film", float(r.randint(28, 40))),
          ("D3347", DESC["D3347"][:44], float(r.randint(1050, 1480)))]
    billed = sum(x[2] for x in p2)
    d = Page("Quillmark Dental  ·  Explanation of Dental Benefits  ·  page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("QUILLMARK DENTAL", 17, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 3390, Macon, GA 31201  ·  Customer care {f['ph']}", 8.3, h=4.4)
    d.rule(0.8, 3)
    d.text_line("Explanation of Dental Benefits", 12.5, "B", h=7)
    y = d.get_y()
    addr_block(d, f, 9.3)
    d.set_y(y)
    kv(d, [("Processed on", fmt_date(stmt, "long")), ("Subscriber ID", sid), ("Group / plan", grp),
           ("Patient", f["member"]), ("Patient DOB", fmt_date(f["dob"], "slash"))], 112, 30, 8.8, 4.8)
    d.ln(4)
    d.para(f"Treating dentist: {dentist}, {office} (NPI {f['npi']})", 8.8)
    for claim, ds, lines, deny in [(c1, d0, p1, False), (c2, f["dos"], p2, True)]:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {claim}   service date {fmt_date(ds, 'slash')}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, amt in lines:
            den = deny and code == "D3347"
            allowed = 0 if den else round(amt * 0.8, 2)
            paid = 0 if den else (allowed if code.startswith("D0") or code == "D1110" else round(allowed * 0.5, 2))
            rows.append([code, tooth if code.startswith("D3") else "", desc, fmt_money(amt), fmt_money(allowed),
                         fmt_money(paid), fmt_money(amt - paid), "F24" if den else ""])
        rows.append(["*Claim total", "", "", fmt_money(sum(x[2] for x in lines)), "", "", "", ""])
        d.table(["Code", "Tooth", "Procedure", "Submitted", "Allowed", "Plan paid", "Patient pays", "Note"], rows,
                [15, 12, 62, 20, 18, 19, 21, 12], size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para(f"F24  Retreatment of a root canal on the same tooth within 24 months of the original root canal by the "
           f"same dentist or dental office is not a covered benefit; the fee for the original treatment "
           f"({fmt_date(f['first_rct'], 'slash')}) includes any retreatment in that period. The participating "
           "dentist may not charge you for this procedure.", 8.4)
    d.para("Annual maximum $1,500.00   Used to date $612.40   Remaining $887.60", 8.4)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You or your dentist may appeal within 180 days of the date of this statement. Send a written request and "
           "the X-rays to Quillmark Dental Appeals, PO Box 3394, Macon, GA 31201.", 8.4)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=sid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=dentist, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["other"],
              alternates={"provider": [office], "claim_amount": [m2(p2[1][2])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: scan stack: key-value letter + dentist statement
def doc_kv_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Harrowgate Dental Benefits"
    d = Page("Harrowgate Dental Benefits - HDB-1041", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Harrowgate Dental Benefits", 15, "B", h=7.5)
    d.text_line(f"Claims Determination Unit  |  12 Weir Street, Pueblo, CO 81003  |  {f['ph']}", 8.6, h=4.5)
    d.ln(6)
    addr_block(d, f)
    d.ln(5)
    kv(d, [("Letter date:", f["notice"].strftime("%m-%d-%Y")), ("Insured person:", f["member"]),
           ("Certificate no.:", f["cert"]), ("Policyholder group:", f["grp"]), ("Claim control no.:", f["claim"]),
           ("Dentist:", f["dentist"]), ("Procedure:", f"D3346, tooth #{f['tooth']}"),
           ("Date performed:", f["dos"].strftime("%m-%d-%Y")), ("Amount submitted:", fmt_money(f["billed"]))],
       20, 44, 9.6, 5.4)
    d.ln(4)
    d.text_line("Determination: not payable", 11, "B", h=6.5)
    d.para(f"The same office performed root canal therapy (D3310) on this tooth on {fmt_date(f['first_rct'], 'dot')}, "
           "less than 24 months before the retreatment. Under the Limitations section of your certificate, "
           "retreatment within 24 months by the dentist or office that did the original treatment is considered "
           "part of the original procedure and is not a separate benefit.", 10)
    d.text_line("Review rights", 11, "B", h=6.5)
    d.para(f"To request a review, write to us no later than {fmt_date(f['notice'] + dt.timedelta(days=180), 'long')}. "
           "Include this letter and any information from your dentist. If your plan is governed by ERISA you may "
           "also file a civil action after the review.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["cert"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["dentist"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), denial_alternates=["other"],
              alternates={"provider": [f["office"]]})
    return pdf_bytes(d), t


def doc_dentist_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    st = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"{r.digits(5)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["office"], 14, "B", align="C", h=7)
    d.text_line(f"{f['dentist']}, DMD  ·  300 Pinyon Avenue, Suite 4, Pueblo, CO 81003  ·  {phone(r)}", 8.6,
                align="C", h=4.6)
    d.ln(4)
    d.set_line_width(0.5)
    d.rect(16, d.get_y(), 184, 22)
    y = d.get_y() + 2
    d.set_y(y)
    kv(d, [("Statement", fmt_date(st, "abbr")), ("Acct #", acct), ("Guarantor", f["member"])], 20, 26, 9, 5.5)
    d.set_y(y)
    kv(d, [("Balance", fmt_money(f["billed"])), ("Due by", fmt_date(st + dt.timedelta(days=25), "abbr")),
           ("Insurer", "Harrowgate Dental Benefits")], 112, 22, 9, 5.5)
    d.set_y(y + 24)
    rows = [[fmt_date(f["dos"], "abbr"), f["member"].split()[0], "D3346", f"#{f['tooth']}", "Root canal retreatment",
             fmt_money(f["billed"])],
            [fmt_date(f["notice"], "abbr"), "", "", "", f"Ins. denied (claim {f['claim']})", "$0.00"],
            ["*Amount due", "", "", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "Patient", "Code", "Tooth", "Description", "Amount"], rows, [26, 24, 18, 14, 70, 28],
            size=8.8, aligns="LLLLLR")
    d.para("Your dental plan did not pay this retreatment. We have asked the plan to review the claim with our "
           "X-rays. If the review is not approved, the balance above is your responsibility. Payment plans are "
           "available; call the front desk.", 9)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(st), provider=f["dentist"], unscored=["insurer"],
              alternates={"provider": [f["office"]], "case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["first_rct"] = f["dos"] - dt.timedelta(days=r.randint(200, 500))
    f.update(cert=f"HDB-{r.digits(8)}", grp=f"PG{r.digits(5)}", claim=f"{r.digits(3)}{r.digits(4)}{r.digits(4)}",
             dentist="Dr. Calvin J. Ostrowski", office="Pinyon Avenue Dental Care", tooth=r.choice(["7", "8", "9", "10"]),
             billed=float(r.randint(880, 1290)))
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(15, 28))
    return Item(f"{FAMILY}_scan_letter_statement", "scan_lowres_150",
                [doc_kv_letter(r, f), doc_dentist_statement(r, f)], separators=["duplex", None])


# ------------------------------------------------------------ 2: state Medicaid dental notice of action
def doc_medicaid_noa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lodestar Dental Services"
    prog = "Prairie Star Medicaid Dental Program"
    mid = f"{r.digits(9)}{r.letters(1)}"
    pa = f"{r.digits(4)}-{r.digits(6)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    dentist = "Dr. Amara L. Whitcomb"
    d = Page(f"{prog}  ·  Notice of Action  ·  LDS-NOA-ND (01/2026)  ·  Page {{p}} of {{n}}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Lodestar Dental Services", 14, "B", h=7)
    d.text_line(f"Dental benefits manager for the {prog}", 8.8, h=4.6)
    d.text_line(f"PO Box 58, Fargo, ND 58102  ·  Member line {f['ph']}  ·  Relay 711", 8.8, h=4.6)
    d.ln(5)
    d.text_line("NOTICE OF ACTION", 13, "B", align="C", h=7)
    d.text_line("Denial of a prior approval request", 10, align="C", h=5.5)
    d.ln(3)
    d.table(["Date of this notice", "Member", "Medicaid ID", "Request no."],
            [[fmt_date(notice, "long"), f["member"], mid, pa]], [44, 56, 40, 40], size=9, border_head="TB")
    d.para(f"Your dentist, {dentist}, asked us to approve retreatment of the root canal on tooth #{r.choice(['4', '5', '12'])} "
           f"(D3347), planned for {fmt_date(f['dos'], 'long')}. We denied this request.", 10)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para(f"The program paid the same dentist for the first root canal on this tooth on "
           f"{fmt_date(f['first_rct'], 'long')}. Program rules allow retreatment by the same provider only after 24 "
           "months. The payment for the first root canal covers any retreatment by that provider before then. "
           "Rule: Dental Services Manual, section 7.4 (Endodontics).", 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("If you do not agree, you can ask Lodestar for an appeal. You must ask within 60 days of the date of "
           "this notice. You can call us or write to Lodestar Appeals, PO Box 59, Fargo, ND 58102. If waiting could "
           "seriously harm your health, ask for a fast appeal; we decide fast appeals within 72 hours.", 10)
    d.text_line("State fair hearing", 10.5, "B", h=6)
    d.para("If we uphold this decision, you can ask for a State fair hearing within 120 days of the date of our "
           "appeal decision. If you were already receiving this service and want it to continue during the appeal, "
           "you must ask within 10 days of the date of this notice.", 10)
    d.para(f"Member date of birth: {fmt_date(f['dob'], 'slash')}   Provider NPI: {f['npi']}", 8.8)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[pa],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=dentist,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["other"],
              alternates={"insurer": [prog]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: predetermination approval, fine fax
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ember Bay Dental Plan"
    mid, grp = f"EB{r.digits(3)}-{r.digits(4)}", f"{r.digits(5)}"
    pre = f"PD{r.digits(9)}"
    issued = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 120))
    first = issued - dt.timedelta(days=r.randint(800, 1100))
    fee = float(r.randint(1250, 1690))
    prov = "Wrenfield Endodontic Specialists"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Ember Bay Dental Plan", 14, "B", h=7)
    d.text_line(f"Pre-Treatment Review  ·  Fax {phone(r)}  ·  Phone {f['ph']}", 8.8, h=4.6)
    d.ln(4)
    d.text_line("PREDETERMINATION OF BENEFITS - APPROVED", 12, "B", h=7)
    d.boxes([("Issued", fmt_date(issued, "dmy"), 30), ("Patient", f["member"], 50), ("Enrollee number", mid, 36),
             ("Group", grp, 22), ("Predetermination no.", pre, 42)], value_size=9)
    d.ln(4)
    d.table(["Proc.", "Tooth", "Description", "Fee submitted", "Est. plan payment"],
            [["D3348", "30", DESC["D3348"], fmt_money(fee), fmt_money(round(fee * 0.5, 2))]],
            [16, 14, 96, 28, 30], size=8.6, aligns="LLLRR")
    d.para(f"We approved the retreatment proposed by {prov}. The first root canal on tooth #30 was done on "
           f"{fmt_date(first, 'dmy')}, more than 24 months ago, so the retreatment frequency limit does not apply. "
           "This estimate is based on your current eligibility and remaining annual maximum; it is not a "
           "guarantee of payment. It is valid for 12 months from the date issued.", 9.6)
    d.para(f"Patient date of birth {fmt_date(f['dob'], 'dmy')}. Provider NPI {f['npi']}.", 8.8)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[pre], claim_amount=m2(fee), denial_date=iso(issued), provider=prov,
              alternates={"claim_amount": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: Spanish prose letter, phone photo
def doc_es_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Aseguradora Dental Brisamar"
    mid, grp = f"BRI{r.digits(8)}", f"G{r.digits(5)}"
    claim = f"{r.digits(2)}-{r.digits(8)}"
    carta = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    dentist = "Dra. Lucía M. Ferrán"
    billed = float(r.randint(900, 1350))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Aseguradora Dental Brisamar", 14, "B", h=7)
    d.text_line(f"Departamento de Reclamaciones  ·  Apartado 2210, Caguas, PR 00725  ·  {f['ph']}", 8.6, h=4.6)
    d.ln(8)
    d.text_line(f"Caguas, {fmt_date(carta, 'es')}", 10, h=6)
    d.ln(2)
    addr_block(d, f, 10)
    d.ln(5)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10.5)
    d.para(f"Le escribimos sobre la reclamación {claim} que la {dentist} nos envió por el retratamiento del "
           f"conducto radicular (D3347) del diente #{r.choice(['4', '13', '21'])}, realizado el "
           f"{fmt_date(f['dos'], 'es')}, por un total de {fmt_money(billed)}. Su número de asegurado es {mid} y "
           f"su grupo es {grp}.", 10.5)
    d.para(f"No podemos pagar esta reclamación. La misma oficina hizo el primer tratamiento de conducto de ese "
           f"diente el {fmt_date(f['first_rct'], 'es')}, hace menos de 24 meses. Según su póliza, el retratamiento "
           "por el mismo dentista u oficina dentro de los 24 meses está incluido en el pago del tratamiento "
           "original y no es un beneficio separado.", 10.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Envíe su "
           "apelación por escrito a Apelaciones, Aseguradora Dental Brisamar, a la dirección de arriba. También "
           "puede pedir una revisión externa dentro de 4 meses después de nuestra decisión final.", 10.5)
    d.para("Atentamente,\n\nUnidad de Reclamaciones Dentales", 10.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(carta), provider=dentist, appeal_deadline=iso(carta + dt.timedelta(days=180)),
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: upheld appeal, two-column header, rotated
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cinderhill Dental Plan"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"CH-{r.digits(4)}"
    claim, appeal = f"{r.digits(10)}", f"DA-{r.digits(2)}-{r.digits(4)}"
    dec = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    dentist = "Dr. Theodora P. Quist"
    billed = float(r.randint(780, 1180))
    d = Page("Cinderhill Dental Plan  -  Appeals", margins=(18, 14, 18))
    d.add_page()
    d.text_line("CINDERHILL DENTAL PLAN", 15, "B", h=7.5)
    d.rule(0.6, 3)
    y = d.get_y()
    kv(d, [("Appellant", f["member"]), ("Member ID", mid), ("Group", grp), ("Dentist", dentist)], 18, 26, 9, 5.2)
    d.set_y(y)
    kv(d, [("Decided", dec.strftime("%m/%d/%y")), ("Appeal ID", appeal), ("Claim", claim),
           ("Service", f["dos"].strftime("%m/%d/%y") + "  D3346  " + fmt_money(billed))], 110, 22, 9, 5.2)
    d.ln(6)
    d.text_line("Outcome of your appeal: denial upheld", 11.5, "B", h=7)
    d.para("A dental consultant who is a licensed endodontist reviewed your appeal, the claim and the X-rays sent "
           f"by your dentist. The same practice completed root canal therapy on this tooth on "
           f"{fmt_date(f['first_rct'], 'short')}. Retreatment within 24 months by the provider who did the original "
           "treatment is a plan limitation, even when the first treatment failed. The original denial is "
           "correct.", 10)
    d.para("This is the final decision of the plan's internal appeal process. If you think the decision is "
           "wrong, you may ask for an external review by an independent review organization within 4 months of "
           "the date of this decision. Details are in the enclosed notice.", 10)
    d.para(f"Questions: {f['ph']}.  Dentist license no. D{r.digits(5)}.", 9)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[claim, appeal], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=dentist, denial_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: two-page TPA adverse benefit determination
def doc_tpa_abd(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tidewell Benefit Administrators"
    plan = "Marrow Creek School District Dental Plan"
    mid, grp = f"TW{r.digits(8)}", f"MCSD{r.digits(3)}"
    ref = f"{r.digits(3)}.{r.digits(3)}.{r.digits(4)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(16, 30))
    dentist = "Dr. Emil F. Haverly"
    billed = float(r.randint(820, 1240))
    d = Page("Page {p} of {n}", header=f"{ins}  |  {f['member']}  |  Ref {ref}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Tidewell Benefit Administrators", 14, "B", h=7)
    d.text_line(f"Administrator for the {plan}  ·  {f['ph']}", 8.8, h=4.6)
    d.ln(5)
    d.text_line(fmt_date(notice, "iso"), 10, h=6)
    addr_block(d, f)
    d.ln(4)
    d.text_line("Adverse benefit determination", 12, "B", h=7)
    d.table(["Patient", "Participant no.", "Group", "Reference"], [[f["member"], mid, grp, ref]],
            [54, 40, 30, 40], size=9, border_head="TB")
    d.table(["Service", "Tooth", "Rendered", "Charge", "Benefit"],
            [["D3347 retreatment", "20", fmt_date(f["dos"], "iso"), fmt_money(billed, "usd"), "0.00"]],
            [50, 16, 32, 32, 34], size=9, border_head="TB")
    d.para(f"The claim from {dentist} was denied. Plan document article 9.3 limits root canal retreatment by "
           "the same dentist or office to once the tooth is at least 24 months past the original root canal. "
           f"Our records show the original root canal was paid for service on {fmt_date(f['first_rct'], 'iso')}.",
           10)
    d.para("This determination was made under the plan's written terms. No internal rule, guideline or protocol "
           "other than the plan document was relied on. You may ask for copies of the plan provisions free of "
           "charge.", 10)
    d.add_page()
    d.text_line("Your appeal rights", 11, "B", h=6.5)
    d.para("You may appeal this determination within 180 days of the date of this notice by writing to Tidewell "
           "Benefit Administrators, Appeals, PO Box 901, Yuma, AZ 85364. A person who did not make this decision "
           "will review your appeal and decide within 60 days. You may submit written comments, documents and "
           "records.", 10)
    d.para("After you complete the appeal process you may have the right to bring a civil action under section "
           "502(a) of ERISA. You may also contact the Employee Benefits Security Administration at 1-866-444-3272.",
           10)
    d.para(f"Provider NPI {f['npi']}. Patient date of birth {fmt_date(f['dob'], 'iso')}.", 9)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=dentist, appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["other"],
              alternates={"insurer": [plan]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_dental_eob, "dental_eob", "born_digital"), (2, doc_medicaid_noa, "medicaid_noa", "photocopy"),
              (3, doc_approval, "predetermination_ok", "fax_fine_g4"), (4, doc_es_letter, "es_letter", "phone_photo"),
              (5, doc_upheld, "upheld_appeal", "rotated"), (6, doc_tpa_abd, "tpa_abd", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
