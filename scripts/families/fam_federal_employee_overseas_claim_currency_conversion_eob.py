"""Family 'federal_employee_overseas_claim_currency_conversion_eob': FEHB-style overseas claims of federal
employees and their families living or travelling abroad. Charges billed in euros or Mexican pesos are converted
to US dollars on the EOB (foreign formats such as 1.234,56 EUR beside $ 1,234.56 USD); one line or claim is
refused as not covered abroad (spa cure, non-prescribed drugs, repatriation). Invented plan and people.

Documents: born-digital overseas EOB with two claims (hospital visit paid, spa cure refused); scanned Spanish
itemized invoice of a Mexican clinic (denies nothing); photocopied denial letter in prose (medical repatriation
flight not covered); fine-fax stack of a cover sheet, the member's overseas claim form copy and the paid EOB for
it; phone photo of a peso EOB with one line refused; sideways reconsideration decision upholding a refusal
(OPM review limit as decoy); low-resolution label-column notice refusing a claim for lack of an itemized bill
and translation (records not received).

Decoys: exchange rates and rate dates, dates of birth, received dates, processing periods, enrollment codes,
foreign tax numbers, invoice numbers, 90-day OPM review limit, 72-hour urgent review, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, m2, pdf_bytes, truth

FAMILY = "federal_employee_overseas_claim_currency_conversion_eob"
LANG = "en"
SEED = 335900
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLAN = "Potomac Federal Employees Benefit Association"
PLAN_SHORT = "PFEBA Health Benefit Plan"
OCC = "PFEBA Overseas Claims Center"


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


def eur(v: float) -> str:
    """1.234,56 (European grouping)."""
    s = f"{v:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def usd(v: float) -> str:
    return f"$ {v:,.2f} USD"


def letterhead(d: Page, sub: str, ph: str):
    d.text_line("PFEBA", 22, "B", h=9)
    d.text_line(PLAN, 10.5, "B", h=5.5)
    d.text_line(f"{sub}  ·  PO Box 90417, Silver Spring, MD 20911  ·  {ph}", 8.2, h=4.5)
    d.text_line("Overseas members: call collect +1 301 555 0144 or write to overseas@pfeba-example.org", 8.2, h=4.5)
    d.rule(0.7, 4)


def people(r: Rand) -> dict:
    enrollee, first, mid, last = r.person()
    return dict(enrollee=enrollee, first=first, last=last, mid=f"R{r.digits(8)}", code=r.choice(["4K1", "4K2", "7N4"]),
                addr=[f"PSC {r.randint(100, 999)} Box {r.randint(1000, 9999)}", f"APO AE 09{r.randint(100, 999)}"],
                dob=dt.date(r.randint(1962, 1995), r.randint(1, 12), r.randint(1, 28)), ph=r.phone())


# ---------------------------------------------------------------- 0: two-claim overseas EOB (born digital)
def doc_eob_two(r: Rand) -> tuple[bytes, dict]:
    p = people(r)
    spouse = r.choice(["Ingrid", "Naomi", "Odette", "Harriet"]) + " " + r.choice("CDEFG") + ". " + p["last"]
    stmt = dt.date(2026, r.randint(4, 6), r.randint(2, 26))
    d1 = stmt - dt.timedelta(days=r.randint(50, 60))
    d2, d3 = d1 + dt.timedelta(days=r.randint(8, 12)), d1 + dt.timedelta(days=r.randint(15, 19))
    rate = 1.0842
    c1, c2 = f"OS{r.digits(9)}", f"OS{r.digits(9)}"
    l1 = [("Notaufnahme / emergency visit", 418.00), ("Röntgen Thorax / chest x-ray", 96.40), ("Labor / lab panel", 61.75)]
    l2 = [(d2, "Kurmittel Moorbad / spa mud bath", 312.00), (d3, "Kurmittel Thermalbad / thermal bath", 287.50)]
    u1 = [round(e * rate, 2) for _, e in l1]
    u2 = [round(e * rate, 2) for _, _, e in l2]
    t2 = round(sum(u2), 2)
    d = Page("PFEBA Overseas Claims Center  ·  EOB page {p} of {n}")
    d.add_page()
    letterhead(d, "Overseas Claims Center", p["ph"])
    d.text_line("Explanation of Benefits - Overseas Claims", 13, "B", h=7)
    d.text_line("This is not a bill. Keep it for your records.", 8.8, h=5)
    d.ln(2)
    y0 = d.get_y()
    for ln in [p["enrollee"], *p["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.set_xy(112, y0)
    sl = lambda x: fmt_date(x, "slash")  # noqa: E731
    kv(d, [("Statement date", sl(stmt)), ("Enrollee ID", p["mid"]), ("Enrollment code", p["code"]),
           ("Claims received", f"{sl(stmt - dt.timedelta(days=40))} - {sl(stmt - dt.timedelta(days=5))}")],
       lw=34, size=8.8, x=112, h=4.8)
    d.ln(4)
    d.para(f"Foreign charges are converted to US dollars at the rate in effect on the date of service "
           f"(1 EUR = {rate:.4f} USD, rate date {sl(d1)}). Amounts in EUR are shown as billed.", 8.6)
    d.text_line(f"Claim {c1}   Patient: {spouse}   Provider: Klinikum am Steinsee, Starnberg, Germany", 8.8, "B", h=6)
    rows = [[sl(d1), n, f"{eur(e)} EUR", f"{u:,.2f}", f"{u * .9:,.2f}", "PD"] for (n, e), u in zip(l1, u1)]
    rows.append(["*Claim total", "", f"{eur(sum(e for _, e in l1))} EUR", f"{sum(u1):,.2f}", f"{sum(u1) * .9:,.2f}", ""])
    d.table(["Date", "Service", "Billed (foreign)", "Billed USD", "Plan paid", "Code"], rows,
            [22, 62, 30, 24, 22, 14], size=8.2, aligns="LLRRRL")
    d.text_line(f"Claim {c2}   Patient: {spouse}   Provider: Kurhaus Bad Tölz Thermen GmbH, Germany", 8.8, "B", h=6)
    rows = [[sl(x), n, f"{eur(e)} EUR", f"{u:,.2f}", "0.00", "X7"] for (x, n, e), u in zip(l2, u2)]
    rows.append(["*Claim total", "", f"{eur(sum(e for *_, e in l2))} EUR", f"{t2:,.2f}", "0.00", ""])
    d.table(["Date", "Service", "Billed (foreign)", "Billed USD", "Plan paid", "Code"], rows,
            [22, 62, 30, 24, 22, 14], size=8.2, aligns="LLRRRL")
    d.para("PD  Paid at the overseas fee schedule; you pay the 10% coinsurance.\n"
           "X7  Spa, health resort and 'Kur' treatments are not covered by this plan in or outside the United States. "
           "The charges are your responsibility.", 8.6)
    dl = stmt + dt.timedelta(days=183)
    d.para(f"If you disagree, ask us in writing to reconsider. Your request must reach us by {fmt_date(dl, 'long')}. "
           "If we deny it again you may ask the U.S. Office of Personnel Management to review within 90 days of our "
           "decision. Urgent care requests are decided within 72 hours.", 8.6)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=p["code"], member_id=p["mid"], member_name=spouse,
              case_numbers=[c2], claim_amount=m2(t2), service_dates=[iso(d2), iso(d3)], denial_date=iso(stmt),
              provider="Kurhaus Bad Tölz Thermen GmbH", appeal_deadline=iso(dl),
              alternates={"plan_id": [None], "insurer": ["PFEBA Health Benefit Plan"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Spanish clinic invoice (scan clean)
def doc_factura(r: Rand, f: dict | None = None) -> tuple[bytes, dict]:
    p = f or people(r)
    pat = p.get("patient") or p["enrollee"]
    dos = p.get("dos") or dt.date(2026, r.randint(2, 5), r.randint(2, 26))
    folio = f"A-{r.digits(6)}"
    lines = [("Consulta de especialidad (gastroenterología)", 1850.00), ("Ultrasonido abdominal", 2400.00),
             ("Biometría hemática y química sanguínea", 980.50), ("Medicamentos administrados", 645.00)]
    tot = round(sum(v for _, v in lines), 2)
    d = Page(None)
    d.add_page()
    d.text_line("Clínica Médica del Carmen, S.C.", 16, "B", h=8)
    d.text_line("Av. Paseo de Montejo 412, Mérida, Yucatán, México  ·  RFC CMC-980214-JK3  ·  Tel. +52 999 555 0187", 8.2, h=4.6)
    d.rule(0.6, 4)
    d.text_line("FACTURA / RECIBO DE HONORARIOS DETALLADO", 12.5, "B", h=7)
    d.ln(1)
    kv(d, [("Folio", folio), ("Fecha de emisión", fmt_date(dos + dt.timedelta(days=1), "es")),
           ("Paciente", pat), ("Fecha de nacimiento", fmt_date(p["dob"], "slash")),
           ("Médico tratante", "Dra. Renata Solís Echeverría"), ("Fecha de atención", fmt_date(dos, "es")),
           ("Aseguradora (reembolso)", f"{PLAN_SHORT}, afiliado {p['mid']}")], lw=50, size=9.2)
    d.ln(3)
    d.table(["Concepto", "Cantidad", "Importe (MXN)"], [[c, "1", f"${v:,.2f}"] for c, v in lines] +
            [["*Total pagado", "", f"${tot:,.2f} MXN"]], [110, 24, 42], size=9, aligns="LCR", head_fill=True)
    d.para("Pagado en efectivo por el paciente el día de la atención. Documento para trámite de reembolso ante su "
           "aseguradora; la clínica no factura directamente a aseguradoras extranjeras. Precios en pesos mexicanos, "
           "IVA exento por servicios médicos.", 9)
    t = truth("other", None, "es", member_name=pat, member_id=p["mid"], claim_amount=m2(tot),
              service_dates=[iso(dos)], denial_date=iso(dos + dt.timedelta(days=1)), provider="Renata Solís Echeverría",
              unscored=["insurer"], alternates={"provider": ["Clínica Médica del Carmen"], "claim_amount": [None],
                                                 "denial_date": [None], "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: repatriation denial letter (photocopy)
def doc_repat(r: Rand) -> tuple[bytes, dict]:
    p = people(r)
    sent = dt.date(2026, r.randint(3, 6), r.randint(1, 27))
    flight = sent - dt.timedelta(days=r.randint(30, 45))
    ref = f"{r.digits(4)}-{r.digits(6)}"
    amt = 38400 + r.randint(0, 900) + 0.0
    eu = round(amt / 1.0791, 2)
    dl = sent + dt.timedelta(days=183)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    letterhead(d, "Overseas Claims Center", p["ph"])
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [p["enrollee"], *p["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.para(f"Dear {p['first']} {p['last']}:", 10.5)
    d.para(f"We have reviewed the overseas claim you filed for the air ambulance flight from Naples, Italy to "
           f"Baltimore, Maryland on {fmt_date(flight, 'long')}. The transport company, Aeromed Rimpatri S.r.l., "
           f"billed {eur(eu)} EUR, which we converted to ${amt:,.2f} at the rate for that date. Our reference for this "
           f"claim is {ref}. Your enrollee ID is {p['mid']}.", 10.5)
    d.para("Your plan brochure covers emergency ambulance transport to the nearest facility able to treat you. It "
           "does not cover repatriation, that is transport back to the United States for your convenience or to be "
           "treated closer to home, when you could have been treated where you were. The records show you were "
           "stable and treated at Ospedale del Mare. We therefore cannot pay this claim: the service is not covered.",
           10.5)
    d.para(f"You may ask us to reconsider. Write to us by {fmt_date(dl, 'long')} (six months from the date of this "
           "letter) and include any records you want us to consider. If we uphold our decision you may then ask the "
           "Office of Personnel Management to review it within 90 days.", 10.5)
    d.para("Sincerely,\nOverseas Claims Center, " + PLAN, 10.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=p["mid"], member_name=p["enrollee"],
              case_numbers=[ref], claim_amount=m2(amt), service_dates=[iso(flight)], denial_date=iso(sent),
              provider="Aeromed Rimpatri S.r.l.", appeal_deadline=iso(dl))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack: claim form + paid EOB
def doc_claim_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page("PFEBA-OS-1 (rev. 01/2026)")
    d.add_page()
    d.text_line(PLAN, 11, "B", h=6)
    d.text_line("OVERSEAS MEDICAL CLAIM FORM - complete one form per patient", 12.5, "B", h=7)
    d.text_line("Attach itemized bills and proof of payment. Translations are not required for bills in Spanish, "
                "French, German or Italian.", 8, h=5)
    d.ln(2)
    d.boxes([("1. Enrollee name", f["enrollee"], 62), ("2. Enrollee ID", f["mid"], 40), ("3. Enrollment code", f["code"], 30),
             ("4. Date of birth", fmt_date(f["dob"], "slash"), 42)])
    d.boxes([("5. Patient name", f["patient"], 62), ("6. Relationship", "Self", 40),
             ("7. Country of service", "Mexico", 72)])
    d.boxes([("8. Provider", "Dra. Renata Solís Echeverría / Clínica Médica del Carmen", 120),
             ("9. Date(s) of service", fmt_date(f["dos"], "slash"), 54)])
    d.boxes([("10. Total charges (currency)", f"{f['mxn']:,.2f} MXN", 62), ("11. Amount paid by you", f"{f['mxn']:,.2f} MXN", 56),
             ("12. Pay me in", "US dollars by EFT", 56)])
    d.ln(3)
    d.para("13. Describe the illness or injury: abdominal pain while on assignment; seen at the clinic, ultrasound "
           "and labs, medicines given.", 9.4)
    d.para("14. Other insurance? No.   15. Work related? No.   16. Accident? No.", 9.4)
    d.ln(4)
    d.boxes([("Signature of enrollee", f"/s/ {f['enrollee']}", 110), ("Date signed", fmt_date(f["signed"], "slash"), 64)], h=13)
    t = truth("other", None, insurer=PLAN, plan_id=f["code"], member_id=f["mid"], member_name=f["patient"],
              service_dates=[iso(f["dos"])], denial_date=iso(f["signed"]), provider="Renata Solís Echeverría",
              unscored=["claim_amount"], alternates={"provider": ["Clínica Médica del Carmen"], "denial_date": [None],
                                                     "plan_id": [None]})
    return pdf_bytes(d), t


def doc_paid_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["signed"] + dt.timedelta(days=r.randint(20, 30))
    rate = 0.0583
    usd_t = round(f["mxn"] * rate, 2)
    claim = f"OS{r.digits(9)}"
    d = Page(None)
    d.add_page()
    letterhead(d, "Overseas Claims Center", f["ph"])
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.ln(1)
    kv(d, [("Date issued", fmt_date(stmt, "abbr")), ("Enrollee", f["enrollee"]), ("Enrollee ID", f["mid"]),
           ("Claim number", claim), ("Received", fmt_date(f["signed"] + dt.timedelta(days=6), "abbr"))], lw=40)
    d.ln(2)
    d.para(f"Currency: Mexican peso (MXN). Exchange rate on {fmt_date(f['dos'], 'abbr')}: 1 MXN = {rate} USD.", 9)
    d.table(["Service date", "Provider", "Billed MXN", "Billed USD", "Allowed", "Paid to you"],
            [[fmt_date(f["dos"], "abbr"), "Clínica Médica del Carmen", f"{f['mxn']:,.2f}", f"{usd_t:,.2f}",
              f"{usd_t:,.2f}", f"{usd_t * .75:,.2f}"]], [28, 56, 26, 24, 22, 24], size=8.6, aligns="LLRRRR",
            head_fill=True)
    d.para(f"We paid ${usd_t * .75:,.2f} to you by electronic funds transfer. Your share is the 25% coinsurance for "
           "care by a non-preferred provider overseas. Nothing on this claim was denied.", 9.6)
    t = truth("eob", None, insurer=PLAN, member_id=f["mid"], member_name=f["patient"], case_numbers=[claim],
              claim_amount=m2(usd_t), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider="Clínica Médica del Carmen", type_alternates=["other"],
              alternates={"provider": ["Renata Solís Echeverría"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: peso EOB one line refused (phone photo)
def doc_eob_peso(r: Rand) -> tuple[bytes, dict]:
    p = people(r)
    pat = r.choice(["Mateo", "Leticia", "Jasper"]) + " " + r.choice("HJKL") + ". " + p["last"]
    stmt = dt.date(2026, r.randint(3, 6), r.randint(3, 25))
    dos = stmt - dt.timedelta(days=r.randint(35, 50))
    rate = 0.0579
    claim = f"OS-{r.digits(4)}-{r.digits(5)}"
    lines = [("99204", "Consulta pediátrica / new patient visit", 2200.00, "PD"),
             ("87880", "Prueba rápida estreptococo / strep test", 650.00, "PD"),
             ("Rx", "Medicamento sin receta / OTC medicine", 389.90, "N3")]
    us = [round(v * rate, 2) for _, _, v, _ in lines]
    tot = round(sum(us), 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    letterhead(d, "Overseas Claims Center", p["ph"])
    d.text_line("Overseas Claim Statement  |  EOB", 13, "B", h=7)
    d.boxes([("Issue date", fmt_date(stmt, "dmy"), 34), ("Enrollee ID", p["mid"], 36), ("Patient", pat, 52),
             ("Claim", claim, 40), ("Patient DOB", fmt_date(p["dob"], "slash"), 26)], h=12)
    d.ln(3)
    d.text_line(f"Provider: Hospital Ángeles del Bajío, León, Guanajuato, México  ·  Service date {fmt_date(dos, 'dmy')}", 9, h=5.5)
    rows = [[c, n, f"{v:,.2f} MXN", usd(u), usd(0) if k == "N3" else usd(round(u * .9, 2)), k]
            for (c, n, v, k), u in zip(lines, us)]
    rows.append(["*Total", "", f"{sum(v for _, _, v, _ in lines):,.2f} MXN", usd(tot), "", ""])
    d.table(["Code", "Service", "Charged", "Converted", "Plan pays", "Note"], rows, [14, 64, 28, 30, 30, 12],
            size=8, aligns="LLRRRL")
    d.para("PD paid at 90% of the converted charge.  N3 drugs bought without a prescription are not covered, in "
           "the U.S. or abroad.", 8.6)
    dl = stmt + dt.timedelta(days=183)
    d.para(f"To ask for reconsideration of the refused line, write to us no later than {fmt_date(dl, 'dmy')}.", 8.8)
    t = truth("eob", "not_covered", insurer=PLAN, member_id=p["mid"], member_name=pat, case_numbers=[claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider="Hospital Ángeles del Bajío", appeal_deadline=iso(dl),
              alternates={"claim_amount": [m2(us[2])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: reconsideration upheld (rotated)
def doc_recon(r: Rand) -> tuple[bytes, dict]:
    p = people(r)
    dec = dt.date(2026, r.randint(4, 7), r.randint(1, 27))
    dos = dec - dt.timedelta(days=r.randint(120, 150))
    claim, recon = f"OS{r.digits(9)}", f"RC-{r.digits(6)}"
    eu = 1460.00 + r.randint(0, 300)
    amt = round(eu * 1.0375, 2)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    letterhead(d, "Disputed Claims Unit", p["ph"])
    d.text_line(fmt_date(dec, "iso"), 10, h=6)
    d.ln(1)
    kv(d, [("Enrollee", p["enrollee"]), ("Enrollee ID", p["mid"]), ("Claim no.", claim), ("Reconsideration no.", recon),
           ("Request received", fmt_date(dec - dt.timedelta(days=24), "iso"))], lw=44)
    d.ln(2)
    d.text_line("Reconsideration decision", 12, "B", h=7)
    d.para(f"You asked us to reconsider the claim for dental implant surgery by Dr. Henrik Aalborg in Aarhus, Denmark "
           f"on {fmt_date(dos, 'iso')}, billed {eur(eu)} EUR ({usd(amt)}).", 10)
    d.para("We have reviewed the claim again and affirm our denial. Dental implants are not a covered benefit of "
           "this plan; the plan's overseas benefit pays only for services the plan covers in the United States.", 10)
    d.para("This is our final decision. If you disagree, you may ask the U.S. Office of Personnel Management to review "
           "it. OPM must receive your request within 90 days of the date of this letter.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=p["mid"], member_name=p["enrollee"],
              case_numbers=[claim, recon], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(dec),
              provider="Henrik Aalborg", alternates={"case_numbers": [[recon]],
                                                      "appeal_deadline": [iso(dec + dt.timedelta(days=90))]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: records not received (lowres)
def doc_records(r: Rand) -> tuple[bytes, dict]:
    p = people(r)
    sent = dt.date(2026, r.randint(3, 6), r.randint(1, 27))
    d1 = sent - dt.timedelta(days=r.randint(40, 50))
    d2 = d1 + dt.timedelta(days=3)
    claim = f"OS{r.digits(9)}"
    eu = 2875.00 + r.randint(0, 400)
    amt = round(eu * 1.0811, 2)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    letterhead(d, "Overseas Claims Center", p["ph"])
    d.text_line("NOTICE OF CLAIM DENIAL", 12.5, "B", h=7)
    d.ln(1)
    kv(d, [("Notice date:", fmt_date(sent, "upper")), ("Enrollee:", p["enrollee"]), ("Enrollee ID:", p["mid"]),
           ("Enrollment code:", p["code"]), ("Claim:", claim), ("Provider:", "Centre Médical Saint-Éloi, Lyon, France"),
           ("Dates of service:", f"{fmt_date(d1, 'upper')} - {fmt_date(d2, 'upper')}"),
           ("Charges:", f"{eur(eu)} EUR / {usd(amt)}"), ("Status:", "DENIED - information not received")], lw=44)
    d.ln(2)
    d.para(f"On {fmt_date(sent - dt.timedelta(days=50), 'upper')} we asked you for an itemized bill showing each "
           "service, its date and its charge, and for proof of payment. We did not receive them within 45 days, so "
           "the claim has been denied. A receipt showing only a total cannot be processed.", 10)
    dl = sent + dt.timedelta(days=183)
    d.para(f"Send the itemized bill with a copy of this notice and we will reopen the claim. You may also ask us to "
           f"reconsider by {fmt_date(dl, 'upper')}.", 10)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=p["code"], member_id=p["mid"], member_name=p["enrollee"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(d1, d2)], denial_date=iso(sent),
              provider="Centre Médical Saint-Éloi", appeal_deadline=iso(dl),
              alternates={"plan_id": [None], "service_dates": [[iso(d1), iso(d2)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r3 = Rand(SEED + 3)
    f = people(r3)
    f.update(patient=f["enrollee"], dos=dt.date(2026, 3, 17), mxn=5875.50, signed=dt.date(2026, 3, 30))
    return [Item(f"{FAMILY}_bd_two_claim_eob", "born_digital", [doc_eob_two(Rand(SEED))]),
            Item(f"{FAMILY}_scan_factura_es", "scan_clean_300", [doc_factura(Rand(SEED + 1))]),
            Item(f"{FAMILY}_photocopy_repatriation_letter", "photocopy", [doc_repat(Rand(SEED + 2))]),
            Item(f"{FAMILY}_faxfine_stack_form_eob", "fax_fine_g4", [doc_claim_form(r3, f), doc_paid_eob(r3, f)],
                 separators=["cover", None]),
            Item(f"{FAMILY}_phone_peso_eob", "phone_photo", [doc_eob_peso(Rand(SEED + 4))]),
            Item(f"{FAMILY}_rotated_reconsideration", "rotated", [doc_recon(Rand(SEED + 5))]),
            Item(f"{FAMILY}_lowres_records_notice", "scan_lowres_150", [doc_records(Rand(SEED + 6))])]
