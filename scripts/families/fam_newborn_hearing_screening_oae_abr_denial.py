"""Family 'newborn_hearing_screening_oae_abr_denial': outpatient newborn hearing rescreens after a "refer" result in
the nursery (92558 automated OAE screen, 92587 distortion-product OAE, 92650 automated ABR screen) refused as
bundled into the birth stay, as a duplicate of the hospital's claim, or because the newborn was not added to the
parent's policy in time.

Documents: a two-claim EOB for mother and baby (the delivery paid, the baby's ABR rescreen denied: newborn not
enrolled within 31 days); a scanned stack of a duplicate-claim letter to the parent (blank back of the sheet
scanned) and the children's hospital's statement; a fine-fax CHIP notice of action (bundled in the birth stay,
fair hearing rights); a Spanish Medicaid managed care notice (phone photo) refusing a duplicate; a sideways
audiology statement billing the parent; a photocopied upheld appeal with a grey sidebar; a low-res paid EOB after
the baby was added.

Decoys: the mother's name and ID, DOB and birth weight, NPIs, account numbers, paid claims, the birth stay span,
fair-hearing, continuation and expedited limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "newborn_hearing_screening_oae_abr_denial"
LANG = "en"
SEED = 298600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
AUD = "Little Ears Pediatric Audiology, PLLC"
HOSP = "Mercy Lantern Children's Hospital"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def family(r: Rand, lang: str = "en") -> dict:
    mom, mfirst, _, last = r.person(lang)
    first = r.choice(["Avery", "Lucía", "Noah", "Elena", "Mateo", "Isla", "Rowan"])
    mi = r.choice("ABCDEFGJKLMRS")
    baby = f"{first} {mi}. {last}"
    born = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 140))
    return dict(mom=mom, mfirst=mfirst, last=last, baby=baby, bfirst=first, born=born, addr=r.address(lang),
                dos=born + dt.timedelta(days=r.randint(12, 30)), npi=r.npi(),
                weight=f"{r.randint(2600, 4100)} g")


# ------------------------------------------------------------ 0: EOB for mother and baby (born digital)
def doc_family_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Greyhaven Mutual Health"
    sub = f"GMH{r.digits(9)}"
    grp = f"{r.digits(6)}"
    c1, c2 = f"{r.digits(11)}", f"{r.digits(11)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(22, 34))
    stay_end = f["born"] + dt.timedelta(days=2)
    b1 = float(r.randint(11800, 16400)) + 0.4
    b2 = float(r.randint(210, 340)) + 0.75
    d = Page("Greyhaven Mutual Health  ·  EOB  ·  Page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Greyhaven Mutual Health", 17, "B", h=8)
    d.text_line("Explanation of Benefits for your family  ·  THIS IS NOT A BILL", 9.5, h=5)
    d.ln(3)
    d.boxes([("Date issued", fmt_date(stmt, "long"), 44), ("Subscriber", f["mom"], 52), ("Subscriber ID", sub, 42),
             ("Group", grp, 28), ("Claims", "2", 20)])
    d.ln(5)
    d.font(9.2, "B")
    d.cell(0, 6, f"Patient: {f['mom']} (self)   Claim {c1}   {HOSP}   Paid", new_x="LMARGIN", new_y="NEXT")
    d.table(["Dates", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[f"{fmt_date(f['born'], 'slash')}-{fmt_date(stay_end, 'slash')}", "Inpatient maternity stay",
              fmt_money(b1), fmt_money(round(b1 * .52, 2)), fmt_money(round(b1 * .52 - 500, 2)), "$500.00", ""]],
            [42, 50, 24, 22, 22, 20, 12], size=8.2, aligns="LLRRRRL", head_fill=True)
    d.font(9.2, "B")
    d.cell(0, 6, f"Patient: {f['baby']} (dependent)   Claim {c2}   {AUD}   Denied", new_x="LMARGIN",
           new_y="NEXT")
    d.table(["Dates", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fmt_date(f["dos"], "slash"), "92650 Auto ABR hearing screen", fmt_money(b2), "$0.00", "$0.00",
              fmt_money(b2), "E31"]], [42, 50, 24, 22, 22, 20, 12], size=8.2, aligns="LLRRRRL", head_fill=True)
    d.text_line("What the codes mean", 9.5, "B", h=5.5)
    d.para(f"E31  The patient was not enrolled on the date of service. A newborn is covered for the first 31 days "
           f"after birth only if added to the policy within 31 days. We have no enrollment request for "
           f"{f['bfirst']}. Contact your employer's benefits office to add your child, then ask the provider to "
           "resubmit.", 8.8)
    d.para(f"Your right to appeal: you may appeal within 180 days of the date of this statement. Write to Appeals, "
           f"PO Box 2290, Bangor, ME 04401 or call {ph(r)}. An external review may be requested within 4 months of "
           "a final decision.", 8.8)
    d.para(f"Birth date on file for dependent: {fmt_date(f['born'], 'slash')}. Provider NPI {f['npi']}.", 8.2)
    t = truth("eob", "eligibility", insurer=ins, group_number=grp, member_id=sub, member_name=f["baby"],
              case_numbers=[c2], claim_amount=m2(b2), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=AUD, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: stack: duplicate letter (duplex) + hospital statement
def doc_dup_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Cardinal Point Health Insurance Company"
    notice = f["dos"] + dt.timedelta(days=r.randint(26, 38))
    f["notice"] = notice
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("CARDINAL POINT HEALTH", 15, "B", h=7)
    d.text_line(f"{ins} · Claims Resolution · PO Box 818, Macon, GA 31201", 8.6, h=5)
    d.ln(7)
    d.text_line(fmt_date(notice, "abbr"), 10.5, h=6)
    for ln in [f"Parent or guardian of {f['baby']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.para(f"Member: {f['baby']}     ID: {f['mid']}     Group: {f['grp']}\nClaim: {f['claim']}", 10.5)
    d.para(f"We received a claim from {HOSP} for a distortion product otoacoustic emission test (92587) "
           f"and an automated OAE screen (92558) on {fmt_date(f['dos'], 'abbr')}, total charges "
           f"{fmt_money(f['billed'])}. We cannot pay this claim because it duplicates claim {f['orig']}, which "
           "we processed for the same services, same date and same provider. Please do not pay more than the "
           "amount shown on the earlier explanation of benefits.", 10.5)
    d.para("If you think we made a mistake, you may appeal within 180 days of the date of this letter. "
           "You may call us at 1-888-555-0135.", 10.5)
    d.para("Cardinal Point Health Claims Resolution", 10.5)
    t = truth("denial_letter", "other", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["baby"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=HOSP,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"case_numbers": [[f["claim"], f["orig"]]], "insurer": ["Cardinal Point Health"]})
    return pdf_bytes(d), t


def doc_hosp_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    acct = f"{r.digits(9)}"
    paid = round(f["billed"] * 0.61, 2)
    d = Page(f"{HOSP} · Patient Account {acct}")
    d.add_page()
    # two columns: left remit block, right statement
    d.set_fill_color(232, 232, 232)
    d.rect(14, 14, 58, 120, style="F")
    d.set_xy(17, 18)
    d.font(10, "B")
    d.multi_cell(52, 5, HOSP, new_x="LEFT", new_y="NEXT")
    d.font(8.2)
    d.multi_cell(52, 4.3, "Patient Financial Services\n400 Lantern Hill Drive\nPueblo, CO 81003\n\n"
                 f"STATEMENT DATE\n{fmt_date(stmt, 'iso')}\n\nACCOUNT NUMBER\n{acct}\n\nGUARANTOR\n{f['mom']}\n\n"
                 f"AMOUNT DUE\n{fmt_money(f['billed'] - paid)}", new_x="LEFT", new_y="NEXT")
    d.set_xy(78, 18)
    d.font(12, "B")
    d.cell(0, 7, "Statement of Account", new_x="LEFT", new_y="NEXT")
    d.set_x(78)
    d.font(9)
    d.multi_cell(0, 4.8, f"Patient: {f['baby']}\nDate of birth: {fmt_date(f['born'], 'iso')}   Birth weight "
                 f"{f['weight']}\nInsurance: Cardinal Point Health, ID {f['mid']}", new_x="LEFT", new_y="NEXT")
    d.ln(3)
    d.set_x(78)
    rows = [[fmt_date(f["dos"], "iso"), "92587", "DPOAE, limited", fmt_money(f["b1"])],
            [fmt_date(f["dos"], "iso"), "92558", "OAE screen, auto", fmt_money(f["b2"])],
            ["", "", "Total charges", fmt_money(f["billed"])],
            [fmt_date(f["notice"] - dt.timedelta(days=20), "iso"), "", "Insurance payment", "-" + fmt_money(paid)],
            ["*Balance", "", "", fmt_money(f["billed"] - paid)]]
    for row in rows:
        d.set_x(78)
        bold = row[0].startswith("*")
        d.font(8.6, "B" if bold else "")
        for c, w, a in zip([row[0].lstrip("*"), *row[1:]], [26, 16, 50, 26], "LLLR"):
            d.cell(w, 5.4, c, align=a)
        d.ln(5.6)
    d.set_y(140)
    d.para("Your insurer's recent notice about a duplicate claim refers to a second copy of this bill sent in error; "
           "the balance above is your share of the original claim (coinsurance). Payment is due within 30 days. "
           "Financial assistance is available; ask for an application.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["baby"], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=HOSP, unscored=["insurer"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family(r)
    f.update(mid=f"CPH{r.digits(8)}02", grp=f"{r.letters(1)}{r.digits(5)}", claim=f"{r.digits(4)}-{r.digits(6)}",
             orig=f"{r.digits(4)}-{r.digits(6)}")
    f["b1"], f["b2"] = float(r.randint(260, 390)), float(r.randint(120, 180)) + 0.5
    f["billed"] = f["b1"] + f["b2"]
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_dup_letter(r, f), doc_hosp_statement(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------ 2: CHIP notice of action (fine fax)
def doc_chip(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Pine Valley Kids Health (CHIP)"
    mid, notice_no = f"{r.digits(10)}", f"NOA-{r.digits(7)}"
    billed = float(r.randint(150, 240)) + 0.25
    notice = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    stay_end = f["born"] + dt.timedelta(days=3)
    d = Page("PVKH-NOA-12 (03/2025)   Page {p} of {n}")
    d.add_page()
    d.text_line("PINE VALLEY KIDS HEALTH", 14, "B", h=7)
    d.text_line("Children's Health Insurance Program · administered by Pine Valley Kids Health (CHIP)", 8.8, h=5)
    d.text_line("State Health Care Authority program · 900 Elm Plaza, Lubbock, TX 79401", 8.8, h=5)
    d.ln(4)
    d.text_line("NOTICE OF ACTION", 13, "B", h=7)
    d.table(["Notice date", "Notice number", "Child", "CHIP ID"],
            [[fmt_date(notice, "mdy_nopad"), notice_no, f["baby"], mid]], [36, 40, 58, 44], size=9.5,
            border_head="TB")
    d.text_line("What we decided", 11, "B", h=6)
    d.para(f"We will not pay for the automated otoacoustic emissions hearing screen (92558) that {AUD} gave "
           f"{f['bfirst']} on {fmt_date(f['dos'], 'mdy_nopad')} (billed {fmt_money(billed)}).", 10)
    d.text_line("Why", 11, "B", h=6)
    d.para(f"The newborn hearing screen is part of the birth hospital stay ({fmt_date(f['born'], 'mdy_nopad')} to "
           f"{fmt_date(stay_end, 'mdy_nopad')}) and is paid in the hospital's newborn payment. A repeat screen "
           "within 30 days of discharge is included in that payment and cannot be billed separately (CHIP Provider "
           "Manual, Section 6.3, bundled services).", 10)
    d.text_line("Your rights", 11, "B", h=6)
    d.para("You may ask Pine Valley Kids Health for an appeal within 60 days of the date of this notice. After the "
           "appeal, you may ask for a State Fair Hearing within 120 days of the appeal decision. If your child's "
           "health is at risk, ask for an expedited appeal (72 hours). You will not have to pay the provider for "
           "this service.", 10)
    d.para(f"Provider NPI: {f['npi']}   Child's date of birth: {fmt_date(f['born'], 'mdy_nopad')}", 8.6)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=mid, member_name=f["baby"],
              case_numbers=[notice_no], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=AUD, appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["not_covered", "other"], alternates={"insurer": ["Pine Valley Kids Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: Spanish Medicaid MCO notice (phone photo)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = family(r, "es")
    ins = "Salud Brillante Plan de Medicaid"
    mid, claim = f"SB{r.digits(9)}", f"{r.digits(13)}"
    billed = float(r.randint(280, 420)) + 0.5
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    d = Page("SBM-ADN-ES 2026 · Página {p}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Salud Brillante Plan de Medicaid", 15, "B", h=7)
    d.text_line("Aviso de Determinación Adversa de Beneficios", 12, "B", h=7)
    d.ln(2)
    for lab, val in [("Fecha del aviso", fmt_date(notice, "es")), ("Miembro", f["baby"]), ("Núm. de miembro", mid),
                     ("Núm. de reclamación", claim), ("Proveedor", HOSP), ("Fecha de servicio", fmt_date(f["dos"], "es")),
                     ("Cargos", fmt_money(billed))]:
        d.font(9.8, "B")
        d.cell(48, 5.6, lab)
        d.font(9.8)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Estimada {f['mom']}:\nNegamos el pago de la prueba automatizada de respuesta auditiva del tronco "
           "cerebral (92650) de su bebé porque ya pagamos una reclamación por el mismo servicio, en la misma fecha y "
           "del mismo proveedor. Esta reclamación es un duplicado.", 10)
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días de la fecha de este aviso. Si quiere "
           "que sus servicios continúen durante la apelación, pídala dentro de 10 días. Después de la apelación "
           "puede pedir una audiencia imparcial estatal dentro de 120 días. Llame al 1-877-555-0172 (TTY 711).", 10)
    d.para(f"Fecha de nacimiento del bebé: {fmt_date(f['born'], 'es')}. NPI {f['npi']}.", 8.8)
    t = truth("denial_letter", "other", lang="es", insurer=ins, member_id=mid, member_name=f["baby"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=HOSP, appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"insurer": ["Salud Brillante"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: audiology statement billing the parent (rotated)
def doc_aud_statement(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    acct, inv = f"LE{r.digits(6)}", f"INV-{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(45, 60))
    b1, b2 = float(r.randint(240, 330)), float(r.randint(95, 150))
    d = Page("Little Ears Pediatric Audiology · Tax ID 84-" + r.digits(7))
    d.add_page()
    d.text_line("Little Ears Pediatric Audiology, PLLC", 15, "B", h=7)
    d.text_line("1820 Sycamore Court, Yuma, AZ 85364 · Billing " + ph(r), 8.8, h=5)
    d.ln(3)
    d.boxes([("Statement date", fmt_date(stmt, "dmy"), 38), ("Invoice", inv, 30), ("Account", acct, 30),
             ("Patient", f["baby"], 50), ("Please pay", fmt_money(b1 + b2), 30)])
    d.ln(4)
    d.table(["Date", "Code", "Description", "Charge"],
            [[fmt_date(f["dos"], "dmy"), "92650", "Automated ABR screen, bilateral", fmt_money(b1)],
             [fmt_date(f["dos"], "dmy"), "92567", "Tympanometry", fmt_money(b2)],
             ["*Total", "", "", fmt_money(b1 + b2)]], [30, 20, 100, 28], size=9.2, aligns="LLLR")
    d.para(f"Your insurer, Osprey Bay Health, denied these charges because {f['bfirst']} was not on your policy on "
           "the date of service. Once your baby is added, call us and we will rebill the plan. Until then, the "
           "balance is your responsibility. Guarantor: " + f["mom"] + ".", 9.5)
    d.para(f"Audiologist: Dr. Priya Lindqvist, AuD  ·  NPI {f['npi']}", 9)
    t = truth("other", None, member_name=f["baby"], claim_amount=m2(b1 + b2), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=AUD, unscored=["insurer"],
              alternates={"provider": ["Dr. Priya Lindqvist"], "case_numbers": [[inv]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: upheld appeal with grey sidebar (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Tidewell Health Partners"
    mid, grp, appeal, claim = f"TW{r.digits(8)}-01", f"{r.digits(5)}", f"GA{r.digits(8)}", f"{r.digits(12)}"
    billed = float(r.randint(300, 460)) + 0.8
    decided = f["dos"] + dt.timedelta(days=r.randint(70, 100))
    d = Page(None, margins=(70, 16, 16))
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.rect(10, 10, 54, 200, style="F")
    y = 16
    for lab, val in [("DECISION DATE", fmt_date(decided, "long")), ("APPEAL NUMBER", appeal), ("CLAIM NUMBER", claim),
                     ("MEMBER", f["baby"]), ("MEMBER ID", mid), ("GROUP", grp),
                     ("DATE OF SERVICE", fmt_date(f["dos"], "long")), ("BILLED", fmt_money(billed)),
                     ("PROVIDER", HOSP)]:
        d.set_xy(13, y)
        d.font(6.8)
        d.cell(48, 3.5, lab)
        d.set_xy(13, y + 3.8)
        d.font(8.8, "B")
        d.multi_cell(48, 4.2, val)
        y = d.get_y() + 3
    d.set_xy(70, 16)
    d.text_line("Tidewell Health Partners", 15, "B", h=7)
    d.set_x(70)
    d.text_line("Member Appeals · 55 Quarry Street, Duluth, MN 55802", 8.8, h=5)
    d.ln(6)
    d.set_x(70)
    d.text_line("Appeal Decision: Denial Upheld", 12, "B", h=7)
    d.para(f"Dear {f['mfirst']} {f['last']},\n\nThank you for your appeal on behalf of your child.\n"
           f"{HOSP} billed a hearing rescreen (92587, 92650) from its outpatient audiology clinic after "
           "discharge from the nursery.", 10)
    d.para("A pediatrician reviewed the appeal, the nursery records and the hospital's billing. The hospital's "
           "agreement with us pays the newborn stay as one case rate (DRG 795) that includes hearing screening and "
           "one rescreen within 30 days. The rescreen was done 2 weeks after discharge and is included in that rate. "
           "The separate claim is denied as a bundled service, and the hospital may not bill you for it.", 10)
    d.para("This is our final internal decision. You may ask for an external review within 4 months of the date you "
           "receive this letter. Child's birth date: " + fmt_date(f["born"], "long") + ".", 10)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["baby"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(decided), provider=HOSP, denial_alternates=["not_covered", "other"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: paid EOB after the baby was added (low-res)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Osprey Bay Health"
    mid, grp, claim = f"OBH-{r.digits(4)}-{r.digits(4)}", f"{r.digits(6)}", f"{r.letters(1)}{r.digits(10)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(50, 70))
    b1, b2 = float(r.randint(240, 330)), float(r.randint(95, 150))
    d = Page("Osprey Bay Health · Statement of Benefits · {p}")
    d.add_page()
    d.text_line("OSPREY BAY HEALTH", 15, "B", h=7)
    d.text_line("Statement of Benefits — corrected claim", 10, h=6)
    d.ln(2)
    d.para(f"Statement date {fmt_date(stmt, 'abbr')}  |  Member {f['baby']}  |  ID {mid}  |  Group {grp}  |  "
           f"Claim {claim} (replaces a claim denied for eligibility)", 9)
    d.para(f"Provider: {AUD}   Date received {fmt_date(stmt - dt.timedelta(days=12), 'abbr')}", 9)
    d.table(["Service date", "Code", "Charge", "Allowed", "Paid", "Your share"],
            [[fmt_date(f["dos"], "abbr"), "92650", fmt_money(b1), fmt_money(b1 * .8), fmt_money(b1 * .8), "$0.00"],
             [fmt_date(f["dos"], "abbr"), "92567", fmt_money(b2), fmt_money(b2 * .8), fmt_money(b2 * .8), "$0.00"],
             ["*Total", "", fmt_money(b1 + b2), "", "", "$0.00"]], [32, 20, 30, 30, 30, 30], size=9,
            aligns="LLRRRR")
    d.para(f"{f['bfirst']} was added to your policy effective {fmt_date(f['born'], 'abbr')}. Newborn hearing "
           "screening is a preventive service paid in full. Nothing on this claim was denied.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["baby"], case_numbers=[claim],
              claim_amount=m2(b1 + b2), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=AUD,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_family_eob, "family_eob", "born_digital"), (2, doc_chip, "chip_notice", "fax_fine_g4"),
              (3, doc_es, "es_notice", "phone_photo"), (4, doc_aud_statement, "aud_statement", "rotated"),
              (5, doc_appeal, "upheld_appeal", "photocopy"), (6, doc_paid, "paid_eob", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
