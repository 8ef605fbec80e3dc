"""Family 'orthodontic_retainer_replacement_lost_appliance_exclusion': dental plans that exclude the replacement of
lost, stolen or broken orthodontic appliances, so a new retainer (D8703 maxillary, D8704 mandibular replacement
of a lost or broken retainer) is refused, while the original retention phase (D8680) is paid from the orthodontic
lifetime maximum.

Documents: born-digital two-claim dental EOB (the family dentist's cleaning visit paid, the orthodontist's D8703 +
D8704 refused); scanned predetermination (D8704 estimate $0; no date of the notice in "within N days" form);
phone photo of a Spanish dental EOB (limited exam paid, two retainer lines refused); standard-fax appeal upheld;
photocopied orthodontic office statement (nothing denied by it); sideways paid EOB for D8680 retention (nothing
denied); low-resolution stack of a prose denial letter, a blank separator and a request for information on
another retainer claim.

Decoys: subscriber parents, dates of birth, NPIs, the orthodontic lifetime maximum and amounts used, banding and
debanding dates, received dates, the estimate's validity, payment plans, account numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "orthodontic_retainer_replacement_lost_appliance_exclusion"
LANG = "en"
SEED = 334400
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LARK = "Larkspur Dental Benefits"
ORTHOS = ["Keelson Orthodontics", "Westmeadow Orthodontic Studio", "Birchline Orthodontic Specialists"]
ORTHODOCS = ["Dr. Marguerite L. Ansel, DDS, MS", "Dr. Tobias K. Wren, DMD", "Dr. Soledad P. Arriaga, DDS"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, lw=42, size=9.4, x=None, h=5.2):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def teen(r: Rand, lang: str = "en") -> tuple[str, str, str, str, str]:
    """(child, child first, parent, parent first, parent last): a teen patient and a subscriber parent."""
    child, cfirst, _, clast = r.person(lang)
    pfirst = r.choice([x for x in (["Ramón", "Luz", "Arturo", "Milagros", "Héctor"] if lang == "es"
                                   else ["Lorraine", "Desmond", "Yolanda", "Percy", "Naomi", "Colin"]) if x != cfirst])
    parent = f"{pfirst} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {clast}"
    return child, cfirst, parent, pfirst, clast


def retainer_amounts(r: Rand) -> tuple[float, float]:
    return float(r.randint(290, 420)), float(r.randint(290, 420)) + r.choice([0, 0.5])


EXCL = ("Replacement of a lost, stolen or broken orthodontic appliance, including retainers, is not a covered "
        "benefit.")


# ---------------------------------------------------------------- 0: two-claim dental EOB (born digital)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    child, cfirst, parent, pfirst, plast = teen(r)
    addr = r.address()
    ph = r.phone()
    stmt = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 70))
    d1 = stmt - dt.timedelta(days=r.randint(15, 30))
    d2 = stmt - dt.timedelta(days=r.randint(12, 28))
    mid, grp = f"LDB{r.digits(8)}", f"{r.digits(6)}-{r.digits(3)}"
    c1, c2 = f"{r.digits(3)}{r.letters(1)}{r.digits(8)}", f"{r.digits(3)}{r.letters(1)}{r.digits(8)}"
    u, l = retainer_amounts(r)
    rt = round(u + l, 2)
    ex, pro, bw = 58.0, 96.0, 74.0
    d = Page("Larkspur Dental Benefits  ·  Explanation of Dental Benefits  ·  {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("LARKSPUR", 20, "B", h=9)
    d.text_line(f"Dental Benefits  ·  PO Box 4471, Boise, ID 83711  ·  Member Services {ph}", 8.4, h=4.5)
    d.rule(0.8, 3)
    d.text_line("Explanation of Dental Benefits", 13, "B", h=7)
    d.text_line("This is not a bill. Keep it with your records.", 8.8, h=5)
    d.ln(2)
    y0 = d.get_y()
    for ln in [parent, *addr]:
        d.text_line(ln, 9.6, h=5)
    d.set_xy(110, y0)
    kv(d, [("Statement date", fmt_date(stmt, "abbr")), ("Subscriber ID", mid), ("Group", grp),
           ("Subscriber", parent)], lw=32, size=8.8, x=110, h=4.8)
    d.ln(5)
    rows = [[f"*Claim {c1}  ·  Patient {child}  ·  Dr. Oren B. Falk, DDS (general dentist)", "", "", "", "", ""],
            [fmt_date(d1, "mdy_nopad"), "D0120 Periodic oral evaluation", "", fmt_money(ex), fmt_money(ex), ""],
            [fmt_date(d1, "mdy_nopad"), "D1120 Prophylaxis - child", "", fmt_money(pro), fmt_money(pro), ""],
            [fmt_date(d1, "mdy_nopad"), "D0272 Bitewings - two films", "", fmt_money(bw), fmt_money(bw), ""],
            [f"*Claim {c2}  ·  Patient {child}  ·  {ORTHOS[0]}", "", "", "", "", ""],
            [fmt_date(d2, "mdy_nopad"), "D8703 Replace lost retainer - maxillary", "UA", fmt_money(u), "$0.00", "R22"],
            [fmt_date(d2, "mdy_nopad"), "D8704 Replace broken retainer - mandibular", "LA", fmt_money(l), "$0.00",
             "R22"],
            ["", "Claim total", "", fmt_money(rt), "$0.00", ""]]
    d.table(["Date", "Procedure", "Arch", "Submitted", "Plan pays", "Note"], rows, [24, 76, 14, 26, 26, 18],
            size=8.3, aligns="LLLRRL", head_fill=True)
    d.text_line("Notes", 10, "B", h=6)
    d.para(f"R22  {EXCL} Your plan's orthodontic benefit paid the original retainers as part of treatment "
           "(lifetime maximum $1,500.00; used $1,500.00). You are responsible for the amount submitted.", 8.6)
    d.para(f"Patient date of birth on file: {fmt_date(dt.date(2011 + r.randint(0, 3), r.randint(1, 12), r.randint(1, 28)), 'slash')}. "
           f"Orthodontist NPI {r.npi()}.", 8.4)
    d.para("If you disagree with how a claim was processed, you may appeal in writing within 180 days of the date of "
           "this statement to Larkspur Appeals, PO Box 4480, Boise, ID 83711.", 8.6)
    t = truth("eob", "not_covered", insurer=LARK, group_number=grp, member_id=mid, member_name=child,
              case_numbers=[c2], claim_amount=m2(rt), service_dates=[iso(d2)], denial_date=iso(stmt),
              provider=ORTHOS[0], appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: predetermination (scan clean)
def doc_predet(r: Rand) -> tuple[bytes, dict]:
    child, cfirst, parent, pfirst, plast = teen(r)
    ins = "Tidewell Dental Plan"
    ph = r.phone()
    sent = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 80))
    recv = sent - dt.timedelta(days=r.randint(5, 12))
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    pre = f"PD-{r.digits(7)}"
    doc, prac = ORTHODOCS[1], ORTHOS[1]
    amt = float(r.randint(320, 450))
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Tidewell Dental Plan", 15, "B", h=7)
    d.text_line(f"Predetermination Services  ·  {ph}", 9, h=5)
    d.rule(0.5, 3)
    d.text_line("PREDETERMINATION OF BENEFITS", 12, "B", h=7)
    d.ln(1)
    d.boxes([("Date", fmt_date(sent, "iso"), 30), ("Predetermination no.", pre, 40), ("Member ID", mid, 36),
             ("Patient", child, 52), ("Received", fmt_date(recv, "iso"), 22)], value_size=9)
    d.boxes([("Subscriber", parent, 60), ("Treating dentist", f"{doc}, {prac}", 120)], value_size=9)
    d.ln(4)
    rows = [["D8704", "Replacement of broken retainer - mandibular", fmt_money(amt), "$0.00", "X7"],
            ["D0140", "Limited oral evaluation", "$65.00", "$52.00", ""],
            ["*Total", "", fmt_money(amt + 65), "$52.00", ""]]
    d.table(["Code", "Proposed service", "Fee submitted", "Estimated benefit", "Note"], rows, [20, 82, 28, 32, 14],
            size=9, aligns="LLRRL")
    d.para(f"X7  {EXCL} The retainer was reported as cracked after the patient's active orthodontic treatment ended; "
           "the plan does not pay to replace it.", 9.4)
    d.para("This is an estimate, not a guarantee of payment. It is based on the patient's eligibility and benefits "
           "today and is valid for 365 days. Submit the claim after the service is completed.", 9.2)
    d.para("If you disagree with this determination you may request an appeal within 180 days of receiving this "
           "notice. Write to Tidewell Dental Plan, Appeals, 80 Commerce Row, Billings, MT 59101.", 9.2)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid.replace(" ", ""), member_name=child,
              case_numbers=[pre], claim_amount=m2(amt), denial_date=iso(sent), provider=doc,
              type_alternates=["eob"], alternates={"provider": [prac], "claim_amount": [m2(amt + 65), None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Spanish dental EOB (phone photo)
def doc_eob_es(r: Rand) -> tuple[bytes, dict]:
    child, cfirst, parent, pfirst, plast = teen(r, "es")
    ins = "Plan Dental Alborada"
    addr = r.address("es")
    ph = r.phone()
    stmt = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 60))
    dos = stmt - dt.timedelta(days=r.randint(14, 30))
    mid = f"PDA-{r.digits(7)}"
    claim = r.digits(12)
    u, l = retainer_amounts(r)
    exam = 60.0
    tot = round(u + l + exam, 2)
    prov = ORTHOS[2]
    d = Page("Plan Dental Alborada - Explicación de Beneficios Dentales - pág. {p}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Plan Dental Alborada", 17, "B", h=8)
    d.text_line(f"Apartado 2210, Santa Ana, CA 92702  ·  Servicios al Afiliado {ph}", 8.4, h=4.5)
    d.ln(2)
    d.text_line("EXPLICACIÓN DE BENEFICIOS DENTALES - ESTO NO ES UNA FACTURA", 11.5, "B", h=7)
    d.ln(1)
    y0 = d.get_y()
    for ln in [parent, *addr]:
        d.text_line(ln, 9.4, h=5)
    d.set_xy(108, y0)
    kv(d, [("Fecha:", fmt_date(stmt, "es")), ("Nº de afiliado:", mid), ("Paciente:", child),
           ("Nº de reclamación:", claim)], lw=36, size=8.8, x=108, h=4.8)
    d.ln(5)
    d.text_line(f"Proveedor: {prov}", 9.4, "B", h=6)
    date = fmt_date(dos, "es_abbr")
    rows = [[date, "D0140", "Evaluación oral limitada", fmt_money(exam), fmt_money(48.0), ""],
            [date, "D8703", "Reemplazo de retenedor perdido - superior", fmt_money(u), "$0.00", "NC4"],
            [date, "D8704", "Reemplazo de retenedor roto - inferior", fmt_money(l), "$0.00", "NC4"],
            ["", "", "Total de la reclamación", fmt_money(tot), "$48.00", ""]]
    d.table(["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Nota"], rows, [24, 18, 76, 24, 22, 14], size=8.2,
            aligns="LLLRRL", head_fill=True)
    d.para("NC4  No cubierto. Su plan no paga el reemplazo de aparatos de ortodoncia perdidos, robados o rotos, "
           "incluidos los retenedores. Usted es responsable de estos cargos.", 8.8)
    d.para("Máximo de ortodoncia de por vida: $1,200.00 (utilizado). Fecha de nacimiento del paciente: "
           f"{fmt_date(dt.date(2010 + r.randint(0, 3), r.randint(1, 12), r.randint(1, 28)), 'es')}.", 8.6)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta explicación. "
           "Escriba a Plan Dental Alborada, Apelaciones, Apartado 2215, Santa Ana, CA 92702.", 8.8)
    t = truth("eob", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=child, case_numbers=[claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(stmt), provider=prov,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), alternates={"claim_amount": [m2(u + l)]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: appeal upheld (fax standard)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    child, cfirst, parent, pfirst, plast = teen(r)
    ins = "Quillfeather Dental Plan"
    addr = r.address()
    ph = r.phone()
    dec = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 50))
    dos = dec - dt.timedelta(days=r.randint(70, 100))
    recv = dec - dt.timedelta(days=r.randint(20, 28))
    mid, grp = f"QF{r.digits(9)}", r.digits(5)
    claim, app = f"{r.digits(10)}", f"APL-{r.digits(6)}"
    u = float(r.randint(300, 410))
    doc = ORTHODOCS[2]
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("QUILLFEATHER DENTAL PLAN", 14, "B", h=7)
    d.text_line(f"Appeals Department  ·  1200 Signal Butte Rd, Mesa, AZ 85209  ·  {ph}", 8.6, h=5)
    d.ln(5)
    d.text_line(fmt_date(dec, "long"), 10, h=6)
    d.ln(2)
    for ln in [parent, *addr]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    kv(d, [("Re:", f"Appeal {app}"), ("Patient:", child), ("Member ID:", mid), ("Group no.:", grp),
           ("Claim:", claim)], lw=26, size=9.8)
    d.ln(3)
    d.para(f"Dear {pfirst} {plast}:", 10)
    d.para(f"We received your appeal on {fmt_date(recv, 'long')}. You asked us to pay for a new upper retainer "
           f"(D8703) that {doc} made for {cfirst} on {fmt_date(dos, 'long')}, billed at {fmt_money(u)}. You explained "
           "that the retainer was lost on a school trip.", 10)
    d.para("Decision: we uphold the denial. A dental consultant reviewed the claim and your letter. Section 7.3(f) "
           f"of the plan excludes \"replacement of lost, stolen or broken orthodontic appliances\". {cfirst}'s "
           "orthodontic treatment was completed and the first retainers were paid under the orthodontic benefit.",
           10)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. Send any new "
           "information with your request. You may also call us for free copies of the documents we used.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid,
              member_name=child, case_numbers=[app, claim], claim_amount=m2(u), service_dates=[iso(dos)],
              denial_date=iso(dec), provider=doc, appeal_deadline=iso(dec + dt.timedelta(days=60)),
              alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: orthodontic office statement (photocopy)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    child, cfirst, parent, pfirst, plast = teen(r)
    prac = ORTHOS[0]
    stmt = dt.date(2026, 2, 20) + dt.timedelta(days=r.randint(0, 50))
    dos = stmt - dt.timedelta(days=r.randint(35, 50))
    den = dos + dt.timedelta(days=r.randint(14, 22))
    acct = f"{r.digits(5)}-{r.digits(2)}"
    u = float(r.randint(300, 400))
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(prac, 15, "B", h=7)
    d.text_line("Straight talk, straight smiles  ·  22 Cobble Hill Rd, Bangor, ME 04401  ·  (207) 555-0182", 8.6, h=4.6)
    d.ln(4)
    kv(d, [("Statement date", fmt_date(stmt, "upper")), ("Account", acct), ("Responsible party", parent),
           ("Patient", child)], lw=40, size=9.6)
    d.ln(3)
    rows = [[fmt_date(dos, "upper"), "D8703", "Replacement retainer, upper (lost)", fmt_money(u)],
            [fmt_date(dos, "upper"), "", "Retainer check - no charge", "$0.00"],
            [fmt_date(den, "upper"), "", "Larkspur Dental Benefits: denied, not a covered benefit", "$0.00"],
            ["*", "", "Amount due from responsible party", fmt_money(u)]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 18, 100, 30], size=9, aligns="LLLR")
    d.para("Your dental plan does not cover replacement of lost or broken retainers, so the full fee is your "
           "responsibility. We offer a 3-month payment plan with no interest. Please remit within 30 days. Lost "
           "retainers should be replaced promptly to keep teeth from shifting.", 9.4)
    t = truth("other", None, member_name=child, claim_amount=m2(u), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=prac, unscored=["insurer"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid retention EOB (rotated)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    child, cfirst, parent, pfirst, plast = teen(r)
    ph = r.phone()
    stmt = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 60))
    dos = stmt - dt.timedelta(days=r.randint(12, 25))
    mid = f"LDB{r.digits(8)}"
    claim = f"{r.digits(3)}{r.letters(1)}{r.digits(8)}"
    fee = float(r.randint(520, 700))
    paid = round(fee * .5, 2)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("LARKSPUR  Dental Benefits", 15, "B", h=7)
    d.text_line("Explanation of Dental Benefits - claim paid", 10, h=6)
    d.ln(3)
    kv(d, [("Date issued", fmt_date(stmt, "dmy")), ("Patient", child), ("Subscriber", parent),
           ("Subscriber ID", mid), ("Claim", claim), ("Orthodontist", ORTHODOCS[0])], lw=40, size=9.6)
    d.ln(3)
    rows = [[fmt_date(dos, "dmy"), "D8680", "Orthodontic retention (debanding, retainers placed)", fmt_money(fee),
             fmt_money(paid)]]
    d.table(["Date", "Code", "Service", "Submitted", "Paid"], rows, [28, 18, 82, 26, 26], size=8.8, aligns="LLLRR")
    d.para(f"Paid at 50% under the orthodontic benefit. Orthodontic lifetime maximum: $2,000.00; used to date "
           f"{fmt_money(1480 + paid)}. Please note that replacement of lost or broken retainers is not covered. "
           f"Questions: {ph}.", 9.2)
    t = truth("eob", None, insurer=LARK, member_id=mid, member_name=child, case_numbers=[claim], claim_amount=m2(fee),
              service_dates=[iso(dos)], denial_date=iso(stmt), provider=ORTHODOCS[0], type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: stack: prose denial + request for info
def doc_prose(r: Rand, f: dict) -> tuple[bytes, dict]:
    sent = f["sent"]
    claim = f"{r.digits(3)}{r.letters(1)}{r.digits(8)}"
    u = float(r.randint(310, 420)) + 0.5
    dos = sent - dt.timedelta(days=r.randint(20, 34))
    d = Page(None, head=f"Larkspur Dental Benefits - claim {claim}", margins=(26, 20, 26))
    d.add_page()
    d.text_line("Larkspur Dental Benefits", 13, "B", h=7, align="C")
    d.text_line("PO Box 4471 · Boise, ID 83711", 9, h=5, align="C")
    d.ln(8)
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['pfirst']} {f['plast']},", 10.5)
    d.para(f"We reviewed claim {claim} from {ORTHOS[1]} for {f['child']}, for a replacement upper retainer (D8703) "
           f"made on {fmt_date(dos, 'long')}. The office charged {fmt_money(u)}. Your subscriber ID is {f['mid']}.",
           10.5)
    d.para(f"We are not able to pay this claim. {EXCL} This limitation is in the Orthodontic Services section of "
           "your benefit summary.", 10.5)
    d.para("You can appeal this decision within 180 days of the date of this letter. Send your appeal and any "
           "records to Larkspur Appeals, PO Box 4480, Boise, ID 83711.", 10.5)
    d.para("Sincerely,\nClaims Department", 10.5)
    t = truth("denial_letter", "not_covered", insurer=LARK, member_id=f["mid"], member_name=f["child"],
              case_numbers=[claim], claim_amount=m2(u), service_dates=[iso(dos)], denial_date=iso(sent),
              provider=ORTHOS[1], appeal_deadline=iso(sent + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def doc_info(r: Rand, f: dict) -> tuple[bytes, dict]:
    sent = f["sent"] + dt.timedelta(days=r.randint(3, 9))
    claim = f"{r.digits(3)}{r.letters(1)}{r.digits(8)}"
    l = float(r.randint(300, 400))
    dos = sent - dt.timedelta(days=r.randint(10, 18))
    reply = sent + dt.timedelta(days=45)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Larkspur Dental Benefits", 13, "B", h=7)
    d.text_line("Request for additional information", 10, h=6)
    d.ln(3)
    kv(d, [("Date", fmt_date(sent, "slash")), ("Patient", f["child"]), ("Subscriber ID", f["mid"]),
           ("Claim", claim), ("Provider", ORTHOS[1]), ("Service", f"D8704 on {fmt_date(dos, 'slash')}"),
           ("Charge", fmt_money(l))], lw=34, size=9.6)
    d.ln(3)
    d.para("This claim has not been denied. Before we can process it we need to know whether the lower retainer "
           "replaced a retainer that was lost or broken, or was part of active orthodontic treatment. Please ask "
           "the orthodontist to send the treatment notes and the date the braces were removed.", 10)
    d.para(f"Please reply by {fmt_date(reply, 'slash')}. If we do not hear from you, we will decide the claim with "
           "the information we have.", 10)
    t = truth("other", None, insurer=LARK, member_id=f["mid"], member_name=f["child"], case_numbers=[claim],
              claim_amount=m2(l), service_dates=[iso(dos)], denial_date=iso(sent), provider=ORTHOS[1])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r6 = Rand(SEED + 6)
    child, cfirst, parent, pfirst, plast = teen(r6)
    f6 = dict(child=child, parent=parent, pfirst=pfirst, plast=plast, addr=r6.address(), mid=f"LDB{r6.digits(8)}",
              sent=dt.date(2026, 2, 5) + dt.timedelta(days=r6.randint(0, 60)))
    return [Item(f"{FAMILY}_bd_two_claim_eob", "born_digital", [doc_eob(Rand(SEED))]),
            Item(f"{FAMILY}_scan_predetermination", "scan_clean_300", [doc_predet(Rand(SEED + 1))]),
            Item(f"{FAMILY}_phone_eob_es", "phone_photo", [doc_eob_es(Rand(SEED + 2))]),
            Item(f"{FAMILY}_faxstd_appeal_upheld", "fax_standard_g4", [doc_upheld(Rand(SEED + 3))]),
            Item(f"{FAMILY}_photocopy_ortho_statement", "photocopy", [doc_statement(Rand(SEED + 4))]),
            Item(f"{FAMILY}_rotated_paid_retention_eob", "rotated", [doc_paid(Rand(SEED + 5))]),
            Item(f"{FAMILY}_lowres_stack_denial_info_request", "scan_lowres_150",
                 [doc_prose(r6, f6), doc_info(r6, f6)], separators=["blank", None])]
