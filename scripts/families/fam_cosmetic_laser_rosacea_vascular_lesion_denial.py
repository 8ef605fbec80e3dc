"""Family 'cosmetic_laser_rosacea_vascular_lesion_denial': pulsed dye laser destruction of benign vascular lesions
(17106 under 10 sq cm, 17107 10-50 sq cm, 17108 over 50 sq cm) for facial rosacea and telangiectasia refused as
cosmetic, and covered for a child's port-wine stain; seen from plans, a dermatology practice and Medicare Advantage.

Documents: a two-claim EOB (office visit 99204 paid, laser claim denied under a cosmetic remark); a low-resolution
scan stack of an insurer's prose letter (claim, amount, dermatologist only in sentences, stated reply-by date), the
blank back of its sheet and the dermatology practice's invoice; a Spanish prose letter refusing laser for an adult's
port-wine stain; a fine-fax approval of a series of laser sessions for a child (parent as subscriber); a sideways
upheld appeal with a label/value grid; a photocopied Medicare Advantage Notice of Denial of Medical Coverage
(CMS-10003 style, 65 days); a standard-fax claim pend asking for photographs (refuses nothing).

Decoys: DOB, NPIs, account and invoice numbers, the paid visit claim, lesion sizes, prior-treatment dates, the
subscriber parent, the approval's valid-through date, the cosmetic waiver fee, form and material numbers,
72-hour, 4-month and 60-day ALJ limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cosmetic_laser_rosacea_vascular_lesion_denial"
LANG = "en"
SEED = 308600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    derm, _, _, dl = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos, derm=derm, dl=dl,
                dob=dt.date(r.randint(1955, 1995), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


# ------------------------------------------------------------------ 0: two-claim EOB, visit paid, laser denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Mutual Health"
    mid, grp = f"LMH{r.digits(8)}", f"{r.digits(5)}-{r.letters(2)}"
    prac = "Bayfront Dermatology & Laser Center"
    visit = f["dos"] - dt.timedelta(days=r.randint(14, 30))
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    c1, c2 = f"{r.digits(11)}", f"{r.digits(11)}"
    v_amt = float(r.randint(210, 320))
    laser = [("17106", "Destruction vascular lesion <10 sq cm", float(r.randint(680, 980))),
             ("J2001", "Lidocaine, topical prep", 38.00)]
    billed = sum(x[2] for x in laser)
    d = Page("Larkspur Mutual Health · EOB · page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    # left sidebar
    d.set_fill_color(235, 235, 235)
    d.rect(12, 12, 52, 120, style="F")
    d.set_xy(15, 15)
    d.font(13, "B")
    d.multi_cell(46, 6, "Larkspur\nMutual Health", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(15, d.get_y() + 4)
    for lab, val in [("ISSUED", fmt_date(stmt, "long")), ("MEMBER", f["member"]), ("MEMBER NUMBER", mid),
                     ("GROUP", grp), ("QUESTIONS", ph(r))]:
        d.set_x(15)
        d.font(6.8, "B")
        d.cell(46, 3.6, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(15)
        d.font(9)
        d.multi_cell(46, 4.6, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_xy(70, 14)
    d.font(13, "B")
    d.cell(0, 7, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(8.6)
    d.cell(0, 5, "This is not a bill. It shows how we processed claims for you.", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(70, d.get_y() + 4)
    d.set_left_margin(70)
    for c, dos, lines, head in [(c1, visit, [("99204", "New patient office visit", v_amt)], "Paid"),
                                (c2, f["dos"], laser, "Not covered")]:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {c}  —  {prac}  —  {head}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, a in lines:
            if head == "Paid":
                al = round(a * 0.7, 2)
                rows.append([fmt_date(dos, "slash"), code, fmt_money(a), fmt_money(al), fmt_money(al - 35),
                             "$35.00", ""])
            else:
                rows.append([fmt_date(dos, "slash"), code, fmt_money(a), "$0.00", "$0.00", fmt_money(a), "CX2"])
        tot = sum(x[2] for x in lines)
        rows.append(["*Total", "", fmt_money(tot), "", "", "", ""])
        d.table(["Date", "Code", "Billed", "Allowed", "Paid", "You owe", "Code"], rows,
                [22, 15, 21, 20, 20, 20, 12], size=7.8, aligns="LLRRRRL", head_fill=True)
    d.font(9, "B")
    d.cell(0, 5.5, "Message codes", new_x="LMARGIN", new_y="NEXT")
    d.para("CX2  Laser treatment of facial redness, rosacea or spider veins is cosmetic under your plan (Exclusions, "
           "item 14) and is not a covered benefit. Laser treatment is covered only for port-wine stains and "
           "hemangiomas that cause bleeding, ulceration or loss of function.", 8.2)
    d.font(9, "B")
    d.cell(0, 5.5, "Appeals", new_x="LMARGIN", new_y="NEXT")
    d.para("You may appeal within 180 days of the date of this statement. Write to Larkspur Appeals, PO Box 660, "
           f"Macon, GA 31201. Dermatologist NPI on claim: {f['npi']}.", 8.2)
    d.set_left_margin(12)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prac, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"claim_amount": [m2(laser[0][2])]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: prose letter + duplex + invoice
def doc_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Fairhaven Health Cooperative"
    notice = f["dos"] + dt.timedelta(days=r.randint(18, 28))
    f["notice"] = notice
    by = notice + dt.timedelta(days=180)
    d = Page(None, margins=(26, 20, 26))
    d.add_page()
    d.text_line("FAIRHAVEN HEALTH COOPERATIVE", 13, "B", align="C", h=7)
    d.text_line("Member Claims Review · 21 Tidemill Road · Bellingham, WA 98225", 8.6, align="C", h=4.6)
    d.ln(10)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.text_line(fmt_date(notice, "mdy_nopad"), 10.5, h=6)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We have finished reviewing claim number {f['claim']}, sent to us by {f['derm']}, MD for pulsed dye "
           f"laser treatment of your cheeks and nose on {fmt_date(f['dos'], 'long')}. The claim lists CPT 17107 "
           f"(destruction of benign vascular lesions, 10 to 50 square centimeters) with charges of "
           f"{fmt_money(f['billed'])}. You are enrolled under cooperative member number {f['mid']} in employer "
           f"group {f['grp']}.", 10.5)
    d.para("We are not able to pay this claim. The office notes describe erythematotelangiectatic rosacea with "
           "visible blood vessels and flushing. Your Evidence of Coverage excludes services whose main purpose is "
           "to improve appearance. Laser treatment of rosacea and telangiectasia is considered cosmetic, because "
           "it does not treat bleeding, infection or a loss of function. For this reason the claim is denied as a "
           "benefit exclusion.", 10.5)
    d.para(f"If you do not agree, you or someone you choose may ask us to reconsider. Your written request must "
           f"reach us by {fmt_date(by, 'long')}. Include any photographs or records showing bleeding or other "
           "medical problems caused by the lesions.", 10.5)
    d.para("If your situation is urgent, call us and ask for a fast review (decided within 72 hours). You may "
           "also ask the Washington Office of the Insurance Commissioner for help.", 10.5)
    d.para("Respectfully,\n\nClaims Review Nurse\nFairhaven Health Cooperative", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["derm"], appeal_deadline=iso(by),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    prac = "Rosewater Skin & Vein Clinic"
    inv_date = f["notice"] + dt.timedelta(days=r.randint(8, 15))
    inv = f"INV-{r.digits(6)}"
    acct = f"P{r.digits(6)}"
    d = Page(f"{prac} · Tax ID 91-{r.digits(7)} · Page {{p}}", margins=(16, 14, 16))
    d.add_page()
    d.font(16, "B")
    d.cell(120, 9, "Rosewater")
    d.font(20, "B")
    d.cell(0, 9, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Skin & Vein Clinic · 740 Cedar Terrace, Bellingham, WA 98225 · " + ph(r), 8.4, h=4.6)
    d.ln(6)
    d.boxes([("Invoice no.", inv, 40), ("Invoice date", fmt_date(inv_date, "dmy"), 40), ("Account", acct, 36),
             ("Bill to", f["member"], 68)])
    d.ln(5)
    rows = [[fmt_date(f["dos"], "dmy"), "17107", "PDL, vascular lesions 10-50 sq cm (face)", fmt_money(f["billed"])],
            ["", "", "Insurance (Fairhaven): denied - cosmetic", "0.00"],
            ["*Amount due", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "Code", "Treatment", "Charge"], rows, [28, 18, 104, 34], size=9, aligns="LLLR",
            border_head="TB")
    d.para(f"Provider: {f['derm']}, MD.  Patient date of birth {fmt_date(f['dob'], 'dmy')}.", 9)
    d.para("Before your treatment you signed our cosmetic services waiver, agreeing to pay for laser treatment "
           "if your insurance did not cover it. Our self-pay package price for a course of three rosacea "
           "sessions is $1,150.00. Payment is due within 30 days. We accept cards, checks and payment plans.", 9)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(inv_date), provider=f["derm"], unscored=["insurer"],
              alternates={"provider": [prac]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"FHC-{r.digits(7)}", grp=f"{r.digits(6)}", claim=f"{r.digits(2)}-{r.digits(5)}-{r.digits(3)}",
             billed=float(r.randint(1100, 1650)))
    a = doc_letter(r, f)
    b = doc_invoice(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_lowres_150", [a, b], separators=["duplex", None])


# ------------------------------------------------------------------ 2: Spanish prose letter, adult port-wine stain
def doc_es_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Aseguradora Costa Brava Salud"
    mid, grp = f"CB{r.digits(9)}", f"{r.digits(4)}"
    sol = f"SA-{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(12, 22))
    d = Page("Aseguradora Costa Brava Salud · Página {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Aseguradora Costa Brava Salud", 15, "B", h=7.5)
    d.text_line("Departamento de Autorizaciones · Apartado 2201, Caguas, PR 00725", 8.6, h=4.6)
    d.ln(8)
    d.text_line(f"Caguas, {fmt_date(notice, 'es')}", 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10.5)
    d.para(f"Recibimos la solicitud de la Dra. {f['derm']} para tratar con láser de colorante pulsado una mancha "
           f"en vino de Oporto en su cuello y mejilla (código CPT 17108, más de 50 centímetros cuadrados). El "
           f"tratamiento estaba programado para el {fmt_date(f['dos'], 'es')}. El número de su solicitud es {sol}, "
           f"su número de afiliado es {mid} y su grupo es {grp}.", 10.5)
    d.para("No podemos aprobar este servicio. Su póliza excluye los tratamientos cosméticos, es decir, los que "
           "buscan mejorar la apariencia. Para adultos, el láser para manchas vasculares se cubre solo cuando la "
           "lesión sangra, se ulcera o afecta una función, como la visión. Los documentos recibidos no muestran "
           "ninguna de estas condiciones. Por eso el servicio no está cubierto.", 10.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de esta carta. Envíe su "
           "apelación por escrito a la dirección de arriba. Si su salud corre peligro, puede pedir una apelación "
           "acelerada, que decidimos en 72 horas. También puede pedir una revisión externa independiente dentro "
           "de 4 meses después de recibir la decisión final.", 10.5)
    d.para(f"Fecha de nacimiento del afiliado: {fmt_date(f['dob'], 'es')}. Llame al {ph(r)} si tiene preguntas.",
           9.5)
    d.para("Atentamente,\n\nUnidad de Autorizaciones\nAseguradora Costa Brava Salud", 10.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[sol], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["derm"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: approval for a child's port-wine stain
def doc_child_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    child, cf, _, _ = r.person()
    child = f"{cf} {r.choice('ABDEGJKLMRST')}. {f['last']}"
    ins = "Prairie Lantern Health Plan"
    mid, grp = f"{r.digits(9)}-02", f"PL{r.digits(6)}"
    auth = f"{r.digits(10)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(9, 16))
    until = notice + dt.timedelta(days=180)
    clinic = "Children's Vascular Birthmark Clinic at Lakemont"
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("PRAIRIE LANTERN HEALTH PLAN", 13.5, "B", h=7)
    d.text_line("Medical Management · 5 Wheatfield Court, Fargo, ND 58102 · Fax " + ph(r), 8.4, h=4.6)
    d.rule(0.4, 6)
    d.text_line("Good news: your request has been approved", 12, "B", h=7)
    d.ln(2)
    for lab, val in [("Letter date", fmt_date(notice, "abbr")), ("Subscriber", f["member"]), ("Patient", child),
                     ("Patient ID", mid), ("Plan group", grp), ("Approval number", auth),
                     ("Treating physician", f"{f['derm']}, MD, pediatric dermatology")]:
        d.font(9.5)
        d.cell(48, 5.6, lab + " " + "." * 20)
        d.font(9.5, "B")
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear parent or guardian of {child}:", 10.2)
    d.para(f"We approved up to four sessions of pulsed dye laser treatment (CPT 17107) for the port-wine stain "
           f"on {cf}'s face. Port-wine stains in children are covered because they can thicken, bleed and affect "
           f"the eye over time. The first session is scheduled for {fmt_date(f['dos'], 'abbr')} at the {clinic}.",
           10.2)
    d.para(f"This approval is valid through {fmt_date(until, 'abbr')}. Sessions must be at least 4 weeks apart. "
           "Your usual specialist copay applies to each session. If more sessions are needed, the clinic will send "
           "photographs and a new request.", 10.2)
    d.para("Questions? Call Member Services at the number on your ID card.", 10.2)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=child, case_numbers=[auth],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["derm"],
              alternates={"provider": [clinic], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: upheld appeal, label/value grid (sideways)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Summit Prairie Health Plan"
    mid, grp = f"SP {r.digits(4)} {r.digits(4)}", f"{r.digits(7)}"
    appeal, claim = f"G&A-{r.digits(6)}", f"{r.digits(9)}{r.letters(1)}"
    group = "Juniper Dermatology Partners"
    billed = r.amount(900, 2400)
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 100))
    d = Page("Summit Prairie Health Plan · Appeals · {p}/{n}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Summit Prairie Health Plan", 15, "B", h=7.5)
    d.text_line("Grievance and Appeals · 300 Butte Avenue, Pueblo, CO 81003", 8.6, h=4.6)
    d.ln(6)
    d.text_line("Appeal Decision: Denial Upheld", 12.5, "B", h=7)
    d.ln(2)
    grid = [("Decision date", fmt_date(notice, "dmy"), "Appeal no.", appeal),
            ("Appellant / patient", f["member"], "Claim no.", claim),
            ("ID", mid, "Group", grp),
            ("Treatment date", fmt_date(f["dos"], "dmy"), "Amount billed", fmt_money(float(billed))),
            ("Treating practice", group, "Procedure", "17106, 17107")]
    for a, b, c, e in grid:
        d.font(8, "B")
        d.cell(36, 6.5, a, border=1)
        d.font(9)
        d.cell(52, 6.5, b, border=1)
        d.font(8, "B")
        d.cell(28, 6.5, c, border=1)
        d.font(9)
        d.cell(0, 6.5, e, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"You appealed our denial of laser treatment provided by {f['derm']}, DO. A dermatologist who was not "
           "involved in the first decision reviewed the photographs and notes.", 10)
    d.para("The treatment was for facial telangiectasia and redness from rosacea. Your plan does not cover "
           "cosmetic services, meaning services mainly to change or improve appearance. The records do not show "
           "bleeding, ulceration or a functional problem. We therefore uphold the original decision.", 10)
    d.para("If you still disagree, you may file a second-level appeal within 60 days of the date of this letter. "
           "You may also request an independent external review within 4 months after you receive this letter. "
           "An urgent request is decided within 72 hours.", 10)
    d.para(f"Reviewer credentials on file. Provider NPI: {f['npi']}. Plan reference: SPH-COS-09.", 8.4)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(float(billed)),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=group,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["medical_necessity"],
              alternates={"provider": [f["derm"]], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: MA notice of denial (CMS-10003 style)
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1940, 1958), r.randint(1, 12), r.randint(1, 28))
    ins = "Evergold Medicare Advantage Plans"
    mid = f"EV{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 15))
    req = f"OD{r.digits(8)}"
    d = Page(f"CMS-10003-NDMCP (Exp. 08/31/2026)   H{r.digits(4)}_NDN26_C   Page {{p}} of {{n}}",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line(ins, 13, "B", h=7)
    d.text_line(f"PO Box 4470, Lubbock, TX 79401   ·   {ph(r)} (TTY 711)", 8.6, h=4.6)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", align="C", h=7)
    d.ln(3)
    for lab, val in [("Date:", fmt_date(notice, "long")), ("Name:", f["member"]), ("Member number:", mid),
                     ("Request number:", req)]:
        d.font(10, "B")
        d.cell(40, 5.6, lab)
        d.font(10)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your request was denied", 11, "B", h=6.5)
    d.para(f"We denied the medical services/items listed below that you or your physician asked for: pulsed dye "
           f"laser treatment of facial blood vessels (CPT 17106) requested by Dr. {f['derm']} for "
           f"{fmt_date(f['dos'], 'long')}.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("Medicare does not cover cosmetic surgery or procedures, except when needed because of an accidental "
           "injury or to improve the function of a malformed body part. Laser treatment of rosacea and spider "
           "veins of the face to improve appearance is cosmetic and is excluded from coverage.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Evergold Medicare Advantage Plans to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.", 10)
    d.text_line("There are 2 kinds of appeals with Evergold", 11, "B", h=6.5)
    d.para("Standard appeal: we will give you a written decision within 30 days. Fast appeal: we will give you a "
           "decision within 72 hours if waiting could seriously harm your health. If we still deny, your case is "
           "sent to an independent reviewer; an Administrative Law Judge hearing may be requested within 60 days "
           "after that decision.", 10)
    d.para(f"Member date of birth: {fmt_date(f['dob'], 'slash')}. Physician NPI: {f['npi']}.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["derm"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: claim pend, photographs requested (fax)
def doc_pend(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Ledger Benefit Services"
    mid, grp = f"{r.digits(3)}{r.letters(2)}{r.digits(5)}", f"{r.digits(5)}"
    claim = f"{r.digits(4)}.{r.digits(4)}.{r.digits(3)}"
    billed = r.amount(1400, 2900)
    notice = f["dos"] + dt.timedelta(days=r.randint(15, 25))
    prac = "Harbor Lights Laser Dermatology"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("KEYSTONE LEDGER BENEFIT SERVICES", 13, "B", h=7)
    d.text_line("Claims administrator for self-funded employer plans · 9 Foundry Lane, Erie, PA 16501", 8.4, h=4.6)
    d.rule(0.8, 4)
    d.text_line("CLAIM STATUS: PENDING — INFORMATION REQUESTED", 11.5, "B", h=7)
    d.ln(1)
    d.font(9.5)
    for row in [(f"Date: {fmt_date(notice, 'iso')}", f"Claim: {claim}"),
                (f"Covered person: {f['member']}", f"ID: {mid}"),
                (f"Group: {grp}", f"Billed: {fmt_money(float(billed), 'usd')}"),
                (f"Provider: {prac}", f"Service: {fmt_date(f['dos'], 'iso')}")]:
        d.cell(95, 6, row[0], border="B")
        d.cell(0, 6, row[1], border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("We received a claim for laser treatment of vascular lesions (17108). Before we can decide whether it "
           "is covered, we need the items checked below. This is not a denial of your claim.", 10)
    for box, item in [("[X]", "Color photographs of the treated area taken before treatment"),
                      ("[X]", "Office notes describing bleeding, ulceration or functional problems, if any"),
                      ("[ ]", "Other insurance information"), ("[ ]", "Accident details")]:
        d.text_line(f"   {box}  {item}", 10, h=6)
    d.ln(3)
    d.para("Please ask your provider to send these within 45 days. If we do not receive them, we will decide the "
           "claim using the information we have. Your claim is on hold; you do not need to pay the provider "
           "while it is pending.", 10)
    d.para("Send records by fax to 1-555-730-4418 or upload them on the provider portal. Reference the claim "
           "number on every page.", 9.4)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(float(billed)), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=prac)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "two_claim_eob", "born_digital"),
              (2, doc_es_letter, "es_letter", "phone_photo"),
              (3, doc_child_approval, "child_approval", "fax_fine_g4"),
              (4, doc_upheld, "upheld_appeal", "rotated"),
              (5, doc_ma_notice, "ma_notice", "photocopy"),
              (6, doc_pend, "photo_pend", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
