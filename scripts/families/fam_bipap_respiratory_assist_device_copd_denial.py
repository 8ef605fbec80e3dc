"""Family 'bipap_respiratory_assist_device_copd_denial': notices on a bi-level respiratory assist device (RAD)
rented from a DME supplier - E0470 (without a backup rate) or E0471 (with a backup rate) - for severe COPD,
neuromuscular disease or central sleep apnea. All values invented.

Documents: a Part B-style Medicare Summary Notice (rental months denied: no arterial blood gas showing PaCO2 of
52 mm Hg or more; a paid pulmonology visit above it), a Medicare Advantage pre-service denial of E0471 (no overnight
oximetry done while on oxygen; no amount), a DME MAC remittance to the supplier (E0470 for obstructive apnea, CPAP
not tried first; CO-50), a commercial member EOB with a paid claim and a denied claim (months 4-5 denied, the
61-90 day re-evaluation missing), a Spanish MSN ("Resumen de Medicare", oximetry not on oxygen), a paid rental
month on a commercial EOB (nothing denied) and a DME MAC redetermination that upholds an E0471 denial for central
apnea. Decoys: the pulmonologist who ordered the device (and the NPIs), date of birth, ABG test date, PaCO2 and
saturation values, the claim-received date, rental month counters, approved / paid / you-owe amounts, the other
claim on the EOB.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "bipap_respiratory_assist_device_copd_denial"
LANG = "en"

MEDICARE = "Medicare"
MAC = "Norwater Medicare DME Solutions, LLC"
BRK = "Brackenridge Health Plan"
CAL = "Calloway Crest Health Insurance Company"
FOX = "Foxmoor Benefit Health"
SUPPLIERS = ["Tidewell Home Respiratory, Inc.", "Bluestem Medical Supply", "Aircrest Respiratory Care LLC",
             "Pinegate Home Medical Equipment", "Respira Boricua Equipos Médicos", "Hollin Creek DME",
             "Saltmarsh Breathing Equipment Co."]
PULMS = ["Adaeze N. Okonjo", "Viktor S. Halvorsen", "Priyanka L. Menon", "Tevita F. Kauhalalalo",
         "Rosario E. Benavides", "Jun-ho Park", "Marguerite D. Lachance"]


def months(start: dt.date, n: int) -> list[dt.date]:
    """Rental month dates of service: the same day each month."""
    out = []
    y, m = start.year, start.month
    for _ in range(n):
        out.append(dt.date(y, m, min(start.day, 28)))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def mbi(r: Rand) -> str:
    return (f"{r.randint(1, 9)}{r.letters(1)}{r.digits(1)}{r.letters(1)}{r.letters(1)}{r.digits(1)}"
            f"{r.letters(2)}{r.digits(2)}")


def base(i: int, lang: str = "en") -> tuple[Rand, dict]:
    r = Rand(206500 + i)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 140))
    f = dict(member=r.person(lang), addr=r.address(lang), notice=notice, sup=SUPPLIERS[i], pulm=PULMS[i],
             npi=r.npi(), pnpi=r.npi(), phone=r.phone(),
             dob=dt.date(r.randint(1938, 1960), r.randint(1, 12), r.randint(1, 28)))
    return r, f


def kv(d: Doc, pairs, w: float = 40, size: float = 9.5, x: float | None = None, h: float = 5.0) -> None:
    for k, v in pairs:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(w, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 1. MSN, E0470 months denied, no ABG (born digital)
def msn(i: int):
    r, f = base(i)
    m = f["member"]
    num = mbi(r)
    ds = months(f["notice"] - dt.timedelta(days=r.randint(95, 110)), 3)
    rate = 285.0 + r.randint(0, 60) + 0.5
    total = round(rate * len(ds), 2)
    claim = r.digits(2) + "-" + r.digits(4) + "-" + r.digits(6)
    vclaim = r.digits(2) + "-" + r.digits(4) + "-" + r.digits(6)
    vdate = ds[0] - dt.timedelta(days=r.randint(10, 20))
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice", 20, "B")
    d.text_line("for Part B (Medical Insurance)", 12)
    d.ln(1)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 9)
    d.rule()
    y = d.get_y()
    for ln in (m[0].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.set_xy(112, y)
    d.font(9.5, "B")
    d.cell(0, 5, "Notice for " + m[0], new_x="LMARGIN", new_y="NEXT")
    kv(d, (("Medicare Number", "XXXXXXX" + num[-4:]), ("Date of This Notice", fmt_date(f["notice"], "long")),
           ("Claims Processed Between", f"{fmt_date(f['notice'] - dt.timedelta(days=90), 'abbr')} - "
                                        f"{fmt_date(f['notice'] - dt.timedelta(days=2), 'abbr')}")),
       w=42, size=8.5, x=112, h=4.6)
    d.set_y(max(d.get_y(), y + 20) + 4)
    d.font(11, "B")
    d.cell(0, 6, f"If you disagree with a decision, you may appeal. Appeals must be filed by "
                 f"{fmt_date(deadline, 'long')}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Your Claims & Costs This Period", 12, "B")
    d.rule(0.3)
    head = ["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare Approved",
            "Medicare Paid", "You May Be Billed", "Notes"]
    wid = [56, 16, 24, 25, 22, 24, 11]
    d.text_line(f"{f['pulm']}, MD (pulmonary disease), {fmt_date(vdate, 'slash')}", 10, "B")
    d.text_line(f"Claim number {vclaim}", 9)
    d.table(head, [["Office visit, est pt (99215)", "Yes", "$296.00", "$183.19", "$143.59", "$36.64", ""]],
            wid, size=7.5)
    d.text_line(f"{f['sup']} (DME supplier), Claim number {claim}", 10, "B")
    d.text_line(f"Ordered by: {f['pulm']}, MD (NPI {f['pnpi']})", 8.5)
    rows = [[f"{fmt_date(x, 'slash')} Bi-level RAD rental (E0470-RR)", "No",
             fmt_money(rate), "$0.00", "$0.00", fmt_money(rate), "A"] for x in ds]
    rows.append(["*Total for this claim", "", fmt_money(total), "$0.00", "$0.00", fmt_money(total), ""])
    d.table(head, rows, wid, size=7.0)
    d.text_line("Notes for Claims Above", 11, "B")
    d.para("A  Medicare does not pay for this equipment unless the records show you meet the coverage rules. For "
           "severe COPD, an arterial blood gas taken while awake on your usual oxygen must show a PaCO2 of 52 mm Hg "
           f"or more. The blood gas we received (taken {fmt_date(ds[0] - dt.timedelta(days=24), 'slash')}) showed a "
           "PaCO2 of 47 mm Hg. If you did not get a written notice before these services that Medicare probably would "
           "not pay, you may not have to pay. (CARC 50, RARC N386)", 9)
    d.para("Rental months billed for this device: 3 of 13. Your supplier must accept assignment for rented equipment.", 9)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para("Circle the service(s) you disagree with, explain why, sign, and send this page to the DME contractor "
           f"address on the last page by {fmt_date(deadline, 'long')}. Questions? Call 1-800-MEDICARE "
           "(1-800-633-4227). TTY 1-877-486-2048.", 9)
    t = truth("eob", "medical_necessity", "en", insurer=MEDICARE, member_id="XXXXXXX" + num[-4:], member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "member_id": [None]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2. MA pre-service denial, E0471, no oximetry on O2
def ma_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "BRK" + r.digits(9)
    req = "PA-" + r.digits(8)
    start = f["notice"] + dt.timedelta(days=r.randint(5, 12))
    recv = f["notice"] - dt.timedelta(days=r.randint(5, 10))
    deadline = f["notice"] + dt.timedelta(days=65)
    d = Doc("Times", footer="H7731_RAD26_C  Page {p} of {n}")
    d.add_page()
    d.text_line("BRACKENRIDGE", 22, "B")
    d.text_line(f"{BRK}  -  Brackenridge Senior Advantage (HMO-POS)  -  PO Box 5120, Macon, GA 31208", 8.5)
    d.rule(0.8, 4)
    d.text_line(fmt_date(f["notice"], "long"), 11)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B")
    d.ln(1)
    kv(d, (("Member name:", m[0]), ("Member ID:", mid), ("Plan:", "H7731-014"), ("Request number:", req),
           ("Item requested:", "E0471 respiratory assist device, bi-level with backup rate (rental)"),
           ("Supplier:", f["sup"]), ("Ordering doctor:", f"Dr. {f['pulm']}, pulmonology"),
           ("Requested start date:", fmt_date(start, "long")), ("Request received:", fmt_date(recv, "long"))),
       w=44, size=10.5, h=5.6)
    d.ln(3)
    d.para(f"We have denied the medical coverage your doctor requested for a bi-level respiratory assist device "
           f"with a backup rate, to be rented from {f['sup']}.", 11)
    d.text_line("Why did we deny your request?", 12, "B")
    d.para("For a device used because of severe COPD, our coverage rules (which follow Medicare's) require an "
           "overnight oximetry test done while you breathe your usual oxygen (2 liters per minute or your "
           "prescribed amount), showing your oxygen level at or below 88% for at least 5 minutes. The sleep "
           "oximetry we received was done on room air, not while you were on oxygen. A device with a backup rate "
           "(E0471) is also not covered for COPD during the first two months. Because these rules are not met, "
           "the device is not medically necessary for you at this time. Your doctor may send a new request with "
           "an oximetry test done on oxygen.", 11)
    d.text_line("You have the right to appeal our decision", 12, "B")
    d.para("You have the right to ask us to review our decision. You must ask for this appeal (reconsideration) "
           "within 65 calendar days of the date of this notice. If your health could be seriously harmed by "
           "waiting, ask for a fast appeal and we will decide within 72 hours. Call Member Services at "
           f"{f['phone']} (TTY 711), 8 a.m. - 8 p.m., or fax 1-855-410-{r.digits(4)}.", 11)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}    Ordering doctor NPI: {f['pnpi']}", 9)
    t = truth("denial_letter", "medical_necessity", "en", insurer=BRK, plan_id="H7731-014", member_id=mid,
              member_name=m[0], case_numbers=[req], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3. DME MAC remittance to supplier, CPAP not tried
def mac_remit(i: int):
    r, f = base(i)
    m = f["member"]
    num = mbi(r)
    icn = "26" + r.digits(12)
    oicn = "26" + r.digits(12)
    ds = months(f["notice"] - dt.timedelta(days=r.randint(60, 75)), 2)
    rate = 312.0 + r.randint(0, 50)
    total = round(rate * len(ds), 2)
    recv = f["notice"] - dt.timedelta(days=r.randint(9, 15))
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Courier", margins=(12, 12, 12))
    d.add_page()
    d.text_line(MAC.upper(), 11, "B")
    d.text_line("DME MAC JURISDICTION B - PO BOX 7093 - DAYTON OH 45401", 8.5)
    d.text_line("MEDICARE REMITTANCE NOTICE - DURABLE MEDICAL EQUIPMENT", 10, "B")
    d.ln(2)
    d.text_line(f"SUPPLIER: {f['sup'].upper()}   NPI: {f['npi']}   PTAN: {r.digits(10)}SC", 8.3)
    d.text_line(f"REMIT DATE: {fmt_date(f['notice'], 'slash')}   EFT #: {r.digits(9)}   PAGE 1 OF 1", 8.3)
    d.rule(0.3)
    p2 = r.person()
    d.text_line(f"NAME {p2[3].upper()}, {p2[1].upper()} {p2[2]}  MID {mbi(r)}  ICN {oicn}  ACNT {r.digits(6)}", 8.0)
    d.text_line(f"  {ds[0].strftime('%m%d%y')}  E0601 RR KH  BILLED 118.00  ALLOWED 74.12  PAID 58.10", 8.0)
    d.rule(0.3)
    d.text_line(f"NAME {m[3].upper()}, {m[1].upper()} {m[2]}  MID {num}  ICN {icn}  ACNT {r.digits(7)}", 8.0)
    d.text_line(f"  RECEIVED {recv.strftime('%m/%d/%y')}  ORDERING {f['pulm'].upper()} NPI {f['pnpi']}  "
                f"STATUS DENIED", 8.0)
    d.ln(1)
    d.table(["SERV DATE", "HCPCS", "MODS", "UNITS", "BILLED", "ALLOWED", "PAID", "GRP/RC-AMT"],
            [[x.strftime("%m/%d/%y"), "E0470", "RR KH" if k == 0 else "RR KI", "1", fmt_money(rate, "nosign"),
              "0.00", "0.00", f"CO-50 {fmt_money(rate, 'nosign')}"] for k, x in enumerate(ds)] +
            [["*CLAIM TOTAL", "", "", str(len(ds)), fmt_money(total, "nosign"), "0.00", "0.00", ""]],
            [26, 18, 18, 13, 24, 22, 20, 44], size=8.0, aligns="LLLRRRRL")
    d.text_line("REM: M60 N386", 8.0)
    d.rule(0.3)
    d.text_line("GLOSSARY", 9, "B")
    d.para("CO-50  These are non-covered services because this is not deemed a 'medical necessity' by the payer. "
           "Documentation shows obstructive sleep apnea (G47.33). An E0470 device for obstructive sleep apnea is "
           "covered only when a CPAP (E0601) was tried and proven ineffective, or is not tolerated, during the "
           "titration or home use. No CPAP trial is documented.", 8.0)
    d.para("M60  Missing Certificate of Medical Necessity / physician order documentation.", 8.0)
    d.para("N386  This decision was based on a National Coverage Determination (NCD).", 8.0)
    d.para("A redetermination request must be received within 120 days of the date of this notice. "
           f"Supplier contact center {f['phone']}.", 8.0)
    t = truth("eob", "medical_necessity", "en", insurer=MAC, member_id=num, member_name=m[0], case_numbers=[icn],
              claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": [MEDICARE]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4. commercial EOB, month 4-5 denied, no re-eval
def member_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "CCH" + r.digits(3) + "-" + r.digits(5)
    grp = "G-" + r.digits(6)
    ds = months(f["notice"] - dt.timedelta(days=r.randint(70, 80)), 2)
    prev = months(ds[0] - dt.timedelta(days=31), 1)[0]
    rate = 298.0 + r.randint(0, 40) + 0.75
    total = round(rate * len(ds), 2)
    c_paid, c_den = r.digits(11), r.digits(11)
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Calloway Crest - Explanation of Benefits - page {p} of {n}")
    d.add_page()
    d.text_line(CAL, 15, "B")
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B")
    d.ln(2)
    kv(d, (("Issued", fmt_date(f["notice"], "dmy")), ("Member", m[0]), ("ID number", mid), ("Group", grp),
           ("Plan", "Calloway Crest Silver PPO 3000")), w=30, size=9)
    d.ln(3)
    head = ["Service date", "Description", "Charged", "Allowed", "Plan paid", "You owe", "Code"]
    wid = [28, 58, 22, 22, 22, 18, 12]
    d.text_line(f"Claim {c_paid}  -  {f['sup']}  -  rental month 3", 9.5, "B")
    allowed = round(rate * 0.64, 2)
    d.table(head, [[fmt_date(prev, "dmy"), "E0470 RR bi-level RAD", fmt_money(rate), fmt_money(allowed),
                    fmt_money(round(allowed * 0.8, 2)), fmt_money(round(allowed * 0.2, 2)), "P1"]],
            wid, size=8.3, aligns="LLRRRRL")
    d.text_line(f"Claim {c_den}  -  {f['sup']}  -  rental months 4 and 5", 9.5, "B")
    d.table(head, [[fmt_date(x, "dmy"), "E0470 RR bi-level RAD", fmt_money(rate), "$0.00", "$0.00", "$0.00", "D47"]
                   for x in ds] + [["*Claim total", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            wid, size=8.3, aligns="LLRRRRL")
    d.text_line("What the codes mean", 10, "B")
    d.para("P1  Paid at the in-network rate after your 20% coinsurance.", 8.5)
    d.para("D47  Continued coverage not established. Rental of a respiratory assist device past the third month "
           "needs a re-evaluation between day 61 and day 90 of use: a visit with the treating doctor and a "
           "supplier download showing the device is used and benefits you. We did not receive it. The supplier "
           "is in our network and may not bill you for these months (CARC 50).", 8.5)
    d.para(f"Treating doctor on file: {f['pulm']}, MD. Date of birth: {fmt_date(f['dob'], 'slash')}.", 8.5)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with how a claim was processed, you may file an appeal within 180 days of the date of "
           f"this statement. Call {f['phone']} or write to Calloway Crest Appeals, PO Box 4470, Lubbock, TX 79408.",
           8.5)
    t = truth("eob", "medical_necessity", "en", insurer=CAL, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[c_den], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5. Spanish MSN, oximetry not on oxygen (photocopy)
def msn_es(i: int):
    r, f = base(i, "es")
    m = f["member"]
    num = mbi(r)
    ds = months(f["notice"] - dt.timedelta(days=r.randint(75, 85)), 2)
    rate = 274.0 + r.randint(0, 40) + 0.25
    total = round(rate * len(ds), 2)
    claim = r.digits(2) + "-" + r.digits(4) + "-" + r.digits(6)
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    d.text_line("Resumen de Medicare", 20, "B")
    d.text_line("para la Parte B (Seguro Médico)", 12)
    d.text_line("El Resumen Oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                "Medicaid", 8.5)
    d.rule()
    y = d.get_y()
    for ln in (m[0].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.set_xy(112, y)
    d.font(9.5, "B")
    d.cell(0, 5, "Aviso para " + m[0], new_x="LMARGIN", new_y="NEXT")
    kv(d, (("Número de Medicare", num), ("Fecha de este aviso", fmt_date(f["notice"], "es"))), w=38, size=8.5,
       x=112, h=4.6)
    d.set_y(max(d.get_y(), y + 20) + 4)
    d.font(10.5, "B")
    d.multi_cell(0, 5.5, "Si no está de acuerdo con una decisión, puede apelar. Las apelaciones deben presentarse "
                         f"antes del {fmt_date(deadline, 'es')}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Sus reclamaciones y costos de este período", 12, "B")
    d.rule(0.3)
    d.text_line(f"{f['sup']}, número de reclamación {claim}", 10, "B")
    d.text_line(f"Ordenado por: Dra. {f['pulm']} (neumóloga)", 8.5)
    head = ["Servicio y código", "¿Aprobado?", "Cobrado", "Aprobado Medicare", "Pagó Medicare",
            "Máximo a facturarle", "Nota"]
    wid = [58, 17, 22, 26, 22, 25, 10]
    rows = [[f"{fmt_date(x, 'slash')} Alquiler aparato bi-nivel (E0470)", "No", fmt_money(rate), "$0.00", "$0.00",
             fmt_money(rate), "A"] for x in ds]
    rows.append(["*Total de esta reclamación", "", fmt_money(total), "$0.00", "$0.00", fmt_money(total), ""])
    d.table(head, rows, wid, size=7.2)
    d.text_line("Notas sobre las reclamaciones", 11, "B")
    d.para("A  Medicare no paga este equipo porque los documentos no muestran que cumple las reglas de cobertura. "
           "Para la EPOC grave se necesita una oximetría durante el sueño hecha mientras usa su oxígeno de costumbre, "
           "con saturación de 88% o menos durante al menos 5 minutos. La prueba recibida se hizo sin oxígeno. "
           "Si no recibió un aviso por escrito antes del servicio, es posible que no tenga que pagar.", 9)
    d.text_line("Cómo apelar", 11, "B")
    d.para("Marque los servicios con los que no está de acuerdo, explique por qué, firme y envíe esta página al "
           f"contratista de equipo médico antes del {fmt_date(deadline, 'es')}. ¿Preguntas? Llame al "
           "1-800-MEDICARE (1-800-633-4227). TTY 1-877-486-2048.", 9)
    t = truth("eob", "medical_necessity", "es", insurer=MEDICARE, member_id=num, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Centros de Servicios de Medicare y Medicaid"]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6. paid rental month, commercial EOB (fax)
def paid_eob(i: int):
    r, f = base(i)
    m = f["member"]
    sub = r.person()
    mid = "FXB " + r.digits(4) + " " + r.digits(4)
    grp = r.digits(5)
    claim = "E" + r.digits(10)
    dos = months(f["notice"] - dt.timedelta(days=r.randint(20, 30)), 1)[0]
    rate = 1040.0 + r.randint(0, 160)
    allowed = round(rate * 0.58, 2)
    d = Doc("Helvetica", margins=(14, 12, 14))
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'] + dt.timedelta(days=1), 'slash')} 10:42  FROM {FOX.upper()}  "
                f"TO {f['sup'].upper()}  P. 1/1", 8)
    d.ln(2)
    d.text_line(FOX, 15, "B")
    d.text_line("Explanation of Benefits", 11, "B")
    d.ln(1)
    kv(d, (("Date", fmt_date(f["notice"], "iso")), ("Subscriber", sub[0]), ("Patient", m[0]),
           ("Member ID", mid), ("Group number", grp), ("Claim number", claim),
           ("Provider", f"{f['sup']} (NPI {f['npi']})"), ("Prescriber", f"{f['pulm']}, DO")), w=34, size=9)
    d.ln(2)
    d.table(["Date of service", "Code", "Description", "Billed", "Allowed", "Paid", "Patient"],
            [[fmt_date(dos, "iso"), "E0471 RR", "Bi-level RAD w/ backup rate, month 2 of 13", fmt_money(rate),
              fmt_money(allowed), fmt_money(round(allowed * 0.9, 2)), fmt_money(round(allowed * 0.1, 2))]],
            [26, 18, 62, 20, 20, 18, 18], size=8.3, aligns="LLLRRRR")
    d.para("Remark PR: Approved under authorization on file for a neuromuscular disorder (ALS). Your 10% "
           "coinsurance applies. Rental months remaining before purchase: 11.", 8.5)
    d.para("If you have questions about this claim or want to appeal, call "
           f"{f['phone']}. You may appeal within 180 days of the date of this statement.", 8.5)
    deadline = f["notice"] + dt.timedelta(days=180)
    t = truth("eob", None, "en", insurer=FOX, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(rate), service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["sup"],
              alternates={"appeal_deadline": [deadline.isoformat()]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 7. DME MAC redetermination upheld (rotated)
def redetermination(i: int):
    r, f = base(i)
    m = f["member"]
    num = mbi(r)
    appeal = "R" + r.digits(3) + "-" + r.digits(4) + "-" + r.digits(5)
    icn = "26" + r.digits(12)
    ds = months(f["notice"] - dt.timedelta(days=r.randint(130, 150)), 3)
    rate = 980.0 + r.randint(0, 150) + 0.5
    total = round(rate * len(ds), 2)
    recv = f["notice"] - dt.timedelta(days=r.randint(40, 55))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times", footer="Redetermination " + appeal + "  -  page {p}")
    d.add_page()
    d.text_line(MAC, 14, "B")
    d.text_line("DME Medicare Administrative Contractor - Redeterminations - PO Box 7096, Dayton, OH 45401", 8.5)
    d.rule(0.5, 4)
    d.text_line(fmt_date(f["notice"], "upper"), 11)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B")
    d.ln(1)
    kv(d, (("Beneficiary:", m[0]), ("Medicare number:", num), ("Appeal number:", appeal),
           ("Claim (ICN):", icn), ("Supplier:", f["sup"]),
           ("Item:", "E0471 RR - bi-level RAD with backup rate"),
           ("Dates of service:", ", ".join(fmt_date(x, "slash") for x in ds)),
           ("Amount charged:", fmt_money(total)), ("Request received:", fmt_date(recv, "slash"))),
       w=40, size=10.5, h=5.5)
    d.ln(3)
    d.text_line("Decision: UNFAVORABLE", 12, "B")
    d.para("We reviewed your request and the records sent by the supplier and by your pulmonologist, "
           f"Dr. {f['pulm']}. Our decision is that Medicare will not pay for the rental months listed above (rental months 4, 5 and 6).", 11)
    d.text_line("Explanation of the decision", 11, "B")
    d.para("The device was ordered for central sleep apnea. After the first three months, coverage continues only "
           "when a re-evaluation is done between the 61st and 90th day of use: the treating practitioner must see "
           "you in person, note that your symptoms improved, and review a download showing the device was used. "
           "The records contain no visit in that window, so the continued rental is not reasonable and necessary. "
           "The supplier gave you no Advance Beneficiary Notice, so you are not responsible for these charges.",
           11)
    d.text_line("If you disagree with this decision", 11, "B")
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). Your request must be "
           "filed within 180 days of the date you receive this letter; we assume you receive it 5 days after the "
           f"date above. Use form CMS-20033. Questions: {f['phone']}.", 11)
    t = truth("denial_letter", "medical_necessity", "en", insurer=MAC, member_id=num, member_name=m[0],
              case_numbers=[appeal, icn], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": [MEDICARE], "case_numbers": [[appeal]],
                          "appeal_deadline": [(deadline + dt.timedelta(days=5)).isoformat()]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_msn_e0470_no_abg_paco2_52", "born_digital", msn),
    ("bd_ma_preservice_e0471_no_oximetry_on_oxygen", "born_digital", ma_letter),
    ("scan300_dme_mac_remit_cpap_not_tried", "scan_clean_300", mac_remit),
    ("lowres_member_eob_months_4_5_no_reevaluation", "scan_lowres_150", member_eob),
    ("copy_es_msn_oximetry_room_air", "photocopy", msn_es),
    ("faxf_paid_e0471_rental_month_2", "fax_fine_g4", paid_eob),
    ("rotated_redetermination_central_apnea_upheld", "rotated", redetermination),
]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{s}", c, [fn(i)]) for i, (s, c, fn) in enumerate(PLAN)]
