"""Family 'cardiac_rehab_session_limit_denial': notices that deny outpatient cardiac rehabilitation (CPT 93798,
intensive cardiac rehabilitation HCPCS G0422/G0423) because the covered number of sessions was used up (36, or 72
intensive), because no qualifying cardiac event was documented, or because the physician's order / individualized
treatment plan was not renewed; and one paid claim. All values invented.

Documents: a Part B-style Medicare Summary Notice (Medicare, sessions 37-40 denied with a lettered note, a paid
cardiology visit above), a Medicare Advantage "Notice of Denial of Payment" for intensive sessions past 72
(Thistledown Health Plan), a Part A MAC remittance to the hospital (Corvallan Medicare Administrators, LLC; CO-50
no qualifying event, N115), a commercial member EOB listing two claims of which only the rehab claim is denied
(Bramblecote Mutual Health; CO-119), a Spanish MA letter (Alborada Salud) denying sessions after the treatment plan
lapsed, a faxed commercial remittance paying sessions (nothing denied) and a photographed commercial letter
(Larkspur Valley Health Insurance Company) for a diagnosis that is not a qualifying event. Decoys: supervising
physician and NPIs, date of birth, date of the qualifying event, the claim-received date, session counters, plan
paid / you owe amounts, the paid visit's claim.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "cardiac_rehab_session_limit_denial"
LANG = "en"

MEDICARE = "Medicare"
MAC = "Corvallan Medicare Administrators, LLC"
THI = "Thistledown Health Plan"
BRA = "Bramblecote Mutual Health"
ALB = "Alborada Salud Plan de Salud, Inc."
LAR = "Larkspur Valley Health Insurance Company"
PROGRAMS = ["St. Aldhelm Hospital Cardiac Rehabilitation", "Wexcombe Regional Medical Center",
            "Kestrel Bay Heart Institute", "Mossgiel Community Hospital", "Hospital San Telmo de Caguas",
            "Penhallow Valley Hospital Cardiopulmonary Rehab", "Quillan Memorial Hospital"]
DOCS = ["Oluwaseun T. Adeyemi", "Katarzyna M. Wrobel", "Farhan R. Siddiqui", "Ngaio P. Tamihana",
        "Ileana V. Dragomir", "Tomasz K. Lewandowski", "Chidinma A. Okafor"]


def sessions(start: dt.date, n: int) -> list[dt.date]:
    """n session dates three days a week (Mon/Wed/Fri) from start."""
    out, d = [], start
    while len(out) < n:
        if d.weekday() in (0, 2, 4):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def base(i: int, lang: str = "en") -> tuple[Rand, dict]:
    r = Rand(161500 + i)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    f = dict(member=r.person(lang), addr=r.address(lang), notice=notice, program=PROGRAMS[i], doc=DOCS[i],
             npi=r.npi(), docnpi=r.npi(), phone=r.phone(),
             dob=dt.date(r.randint(1941, 1962), r.randint(1, 12), r.randint(1, 28)))
    return r, f


def header_block(d: Doc, lines: list[str], size: float = 10) -> None:
    for ln in lines:
        d.text_line(ln, size)


# ---------------------------------------------------------------- 1. Medicare Summary Notice (born digital)
def msn(i: int):
    r, f = base(i)
    m = f["member"]
    mbi = f"{r.randint(1, 9)}{r.letters(1)}{r.digits(1)}{r.letters(1)}{r.letters(1)}{r.digits(1)}{r.letters(2)}{r.digits(2)}"
    start = f["notice"] - dt.timedelta(days=r.randint(40, 55))
    ds = sessions(start, 4)
    rate = 118.0 + r.randint(0, 40)
    lines = [(x, rate) for x in ds]
    total = round(sum(v for _, v in lines), 2)
    claim = r.digits(5) + "-" + r.digits(7)
    visit_claim = r.digits(5) + "-" + r.digits(7)
    visit_date = start - dt.timedelta(days=r.randint(3, 9))
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice", 20, "B")
    d.text_line("for Part B (Medical Insurance)", 12)
    d.ln(2)
    d.text_line(f"The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 9)
    d.rule()
    y = d.get_y()
    header_block(d, [m[0].upper(), f["addr"][0].upper(), f["addr"][1].upper()], 10)
    d.set_xy(115, y)
    d.font(9.5, "B")
    d.cell(0, 5, "Notice for " + m[0], new_x="LMARGIN", new_y="NEXT")
    for k, v in (("Medicare Number", mbi), ("Date of This Notice", fmt_date(f["notice"], "long")),
                 ("Claims Processed Between", f"{fmt_date(f['notice'] - dt.timedelta(days=90), 'long')} - "
                                              f"{fmt_date(f['notice'] - dt.timedelta(days=3), 'long')}")):
        d.set_x(115)
        d.font(8.5)
        d.cell(40, 4.6, k)
        d.font(8.5, "B")
        d.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 20) + 4)
    d.font(11, "B")
    d.cell(0, 6, f"If you disagree with a decision, you may appeal. Appeals must be filed by "
                 f"{fmt_date(deadline, 'long')}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Your Claims & Costs This Period", 12, "B")
    d.rule(0.3)
    d.text_line(f"{f['doc']}, MD, {fmt_date(visit_date, 'slash')}", 10, "B")
    d.text_line(f"Claim number {visit_claim}", 9)
    d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare Approved",
             "Medicare Paid", "You May Be Billed", "Notes"],
            [[f"Office/outpatient visit, est (99214)", "Yes", "$212.00", "$131.47", "$103.08", "$28.39", ""]],
            [54, 16, 24, 26, 22, 24, 12], size=7.5)
    d.text_line(f"{f['program']}, {fmt_date(ds[0], 'slash')} - Claim number {claim}", 10, "B")
    d.text_line(f"Supervising physician: {f['doc']}, MD (NPI {f['docnpi']})", 8.5)
    rows = []
    for x, v in lines:
        rows.append([f"{fmt_date(x, 'slash')} Cardiac rehab w/ECG monitor (93798)", "No", fmt_money(v),
                     "$0.00", "$0.00", fmt_money(v), "A"])
    rows.append(["*Total for this claim", "", fmt_money(total), "$0.00", "$0.00", fmt_money(total), ""])
    d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare Approved",
             "Medicare Paid", "You May Be Billed", "Notes"],
            rows, [54, 16, 24, 26, 22, 24, 12], size=7.5)
    d.text_line("Notes for Claims Above", 11, "B")
    d.para("A  This service was denied because you have already received the 36 cardiac rehabilitation sessions "
           "Medicare covers for this episode of care (sessions 37 through 40). Medicare covers more sessions only "
           "when your Medicare Administrative Contractor agrees they are medically necessary. If you did not get a "
           "written notice before these services that Medicare probably would not pay, you may not have to pay. "
           "(CARC 119)", 9)
    d.para(f"Your qualifying event on record: coronary artery bypass surgery. Sessions billed for this episode: 40.", 9)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para(f"Circle the service(s) you disagree with, explain why, sign, and send this page to the contractor "
           f"address shown below by {fmt_date(deadline, 'long')}. Questions? Call 1-800-MEDICARE "
           f"(1-800-633-4227). TTY 1-877-486-2048.", 9)
    t = truth("eob", "not_covered", "en", insurer=MEDICARE, member_id=mbi, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["program"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2. MA denial letter, ICR past 72 (born digital)
def ma_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "TH" + r.digits(9)
    claim = "CLM-" + r.digits(4) + "-" + r.digits(6)
    start = f["notice"] - dt.timedelta(days=r.randint(30, 45))
    ds = sessions(start, 3)
    per = 164.0 + r.randint(0, 30) + 0.5
    total = round(per * 2 * len(ds), 2)  # two G0422 hourly sessions a day
    deadline = f["notice"] + dt.timedelta(days=60)
    d = Doc("Times", footer="H4417_CRD_{p}  Page {p} of {n}")
    d.add_page()
    d.text_line("THISTLEDOWN", 22, "B")
    d.text_line(f"{THI}  |  Thistledown Medicare Advantage Plus (HMO)  |  PO Box 6610, Erie, PA 16512", 8.5)
    d.rule(0.8, 4)
    d.text_line(fmt_date(f["notice"], "abbr"), 11)
    d.ln(3)
    header_block(d, [m[0], *f["addr"]], 11)
    d.ln(5)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 14, "B")
    d.ln(1)
    for k, v in (("Member", m[0]), ("Member ID", mid), ("Plan ID", "H4417-006"), ("Claim number", claim),
                 ("Provider", f["program"]), ("Dates of service", ", ".join(fmt_date(x, "abbr") for x in ds)),
                 ("Amount billed", fmt_money(total))):
        d.font(10.5, "B")
        d.cell(45, 5.6, k + ":")
        d.font(10.5)
        d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"We have denied payment for the intensive cardiac rehabilitation services (G0422, intensive cardiac "
           f"rehabilitation with exercise, per session) that {f['program']} billed for the dates above. Your "
           f"doctor, Dr. {f['doc']}, supervised the program.", 11)
    d.text_line("Why did we deny your request?", 12, "B")
    d.para("Intensive cardiac rehabilitation is covered for up to 72 one-hour sessions, no more than 6 sessions "
           "per day, within 18 weeks of the first session. Our records show you completed 72 sessions by "
           f"{fmt_date(ds[0] - dt.timedelta(days=2), 'abbr')}. The sessions on the dates above are past the 72-session limit, so they "
           "are not covered by your plan (Evidence of Coverage, Chapter 4, Section 2.1).", 11)
    d.text_line("You have the right to appeal our decision", 12, "B")
    d.para("You have the right to ask us to review our decision by asking for a reconsideration. You must ask "
           "within 60 calendar days of the date of this notice. We can give you more time if you have a good "
           f"reason for missing the deadline. Call Member Services at {f['phone']} (TTY 711), 8 a.m. to 8 p.m., "
           "seven days a week, or write to Appeals Unit, PO Box 6620, Erie, PA 16512.", 11)
    d.para("Because this is a payment request, a fast (72-hour) appeal is not available. If we uphold our "
           "decision, your case is sent automatically to an Independent Review Entity.", 11)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}.    Provider NPI: {f['npi']}.", 9)
    t = truth("denial_letter", "not_covered", "en", insurer=THI, plan_id="H4417-006", member_id=mid,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(total),
              service_dates=[x.isoformat() for x in ds], denial_date=f["notice"].isoformat(),
              provider=f["program"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3. MAC remittance to the hospital, CO-50
def remit(i: int):
    r, f = base(i)
    m = f["member"]
    mbi = f"{r.randint(1, 9)}{r.letters(1)}{r.digits(1)}{r.letters(1)}{r.letters(1)}{r.digits(1)}{r.letters(2)}{r.digits(2)}"
    icn = "21" + r.digits(11)
    other_icn = "21" + r.digits(11)
    start = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    frm, thru = start, start + dt.timedelta(days=13)
    ds = sessions(frm, 6)
    rate = 96.0 + r.randint(0, 30)
    total = round(rate * len(ds), 2)
    recv = f["notice"] - dt.timedelta(days=r.randint(8, 14))
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Courier", margins=(12, 12, 12))
    d.add_page()
    d.text_line(MAC.upper(), 11, "B")
    d.text_line("MEDICARE PART A - JURISDICTION 17 - PO BOX 44170 - FARGO ND 58102", 8.5)
    d.text_line("MEDICARE REMITTANCE ADVICE (INSTITUTIONAL)", 10, "B")
    d.ln(2)
    d.text_line(f"PROVIDER: {f['program'].upper()}    NPI: {f['npi']}", 8.5)
    d.text_line(f"REMIT DATE: {fmt_date(f['notice'], 'slash')}   CHECK/EFT #: 0{r.digits(8)}   PAGE 1 OF 1", 8.5)
    d.ln(2)
    d.rule(0.3)
    p2, o2 = r.person(), r.digits(6)
    ofrm = start + dt.timedelta(days=2)
    d.text_line(f"PATIENT: {p2[3].upper()}, {p2[1].upper()} {p2[2]}  HIC: {r.digits(1)}{r.letters(1)}{r.digits(1)}"
                f"{r.letters(2)}{r.digits(1)}{r.letters(2)}{r.digits(2)}  ICN: {other_icn}  PAT ACCT: {o2}", 8.2)
    d.text_line(f"FROM: {ofrm.strftime('%m/%d/%y')} THRU: {(ofrm + dt.timedelta(days=11)).strftime('%m/%d/%y')}  "
                f"TOB 131  REV 0943  93798 x6  BILLED 642.00  PAID 456.96", 8.2)
    d.rule(0.3)
    acct = r.digits(7)
    d.text_line(f"PATIENT: {m[3].upper()}, {m[1].upper()} {m[2]}  HIC: {mbi}  ICN: {icn}  PAT ACCT: {acct}", 8.2)
    d.text_line(f"FROM: {frm.strftime('%m/%d/%y')} THRU: {thru.strftime('%m/%d/%y')}  TOB 131  RECEIVED: "
                f"{recv.strftime('%m/%d/%y')}  STATUS 4 DENIED", 8.2)
    d.ln(1)
    d.table(["REV", "HCPCS", "SERV DATE", "UNITS", "BILLED", "ALLOWED", "PAID", "CARC/RARC"],
            [["0943", "93798", x.strftime("%m/%d/%y"), "1", fmt_money(rate, "nosign"), "0.00", "0.00",
              "CO-50 N115"] for x in ds] +
            [["*TOTAL", "", "", str(len(ds)), fmt_money(total, "nosign"), "0.00", "0.00", ""]],
            [16, 18, 26, 14, 26, 24, 22, 40], size=8.2, aligns="LLLRRRRL")
    d.text_line(f"ATTENDING: {f['doc'].upper()}  NPI {f['docnpi']}   DX: I48.91, I25.10", 8.2)
    d.ln(2)
    d.rule(0.3)
    d.text_line("GLOSSARY", 9, "B")
    d.para("CO-50  These are non-covered services because this is not deemed a 'medical necessity' by the payer. "
           "Medical records received do not document a qualifying cardiac event within the 12 months before "
           "the first session (acute myocardial infarction, CABG, stable angina, valve repair or replacement, "
           "PTCA or stent, heart or heart-lung transplant, stable chronic heart failure).", 8.2)
    d.para("N115  This decision was based on a Local Coverage Determination (LCD). An LCD provides a guide to "
           "assist in determining whether a particular item or service is covered.", 8.2)
    d.para(f"REDETERMINATION: A redetermination request must be received within 120 days of the date of this "
           f"notice. Provider contact center {f['phone']}.", 8.2)
    t = truth("eob", "medical_necessity", "en", insurer=MAC, member_id=mbi, member_name=m[0], case_numbers=[icn],
              claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["program"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": [MEDICARE], "service_dates": [[f"{frm.isoformat()}/{thru.isoformat()}"]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4. member EOB, two claims, one denied (150 dpi)
def member_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "BMH" + r.digits(8)
    grp = r.digits(6)
    start = f["notice"] - dt.timedelta(days=r.randint(30, 50))
    ds = sessions(start, 3)
    rate = 185.0 + r.randint(0, 40)
    total = round(rate * len(ds), 2)
    claim1, claim2 = r.digits(10), r.digits(10)
    vdate = start - dt.timedelta(days=r.randint(5, 12))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Bramblecote Mutual Health - EOB - page {p} of {n}")
    d.add_page()
    d.text_line(BRA, 16, "B")
    d.text_line("Explanation of Benefits   THIS IS NOT A BILL", 11, "B")
    d.ln(2)
    for k, v in (("Statement date", fmt_date(f["notice"], "dmy")), ("Member", m[0]), ("Member ID", mid),
                 ("Group", grp), ("Plan", "Bramblecote Choice PPO 2500")):
        d.font(9, "B")
        d.cell(32, 4.8, k)
        d.font(9)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(f"Claim {claim1}  -  Harcastle Cardiology Associates  -  received {fmt_date(vdate + dt.timedelta(days=6), 'dmy')}",
                9.5, "B")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fmt_date(vdate, "dmy"), "Office visit 99214", "$265.00", "$168.40", "$134.72", "$33.68", ""]],
            [26, 58, 22, 22, 22, 20, 14], size=8.5, aligns="LLRRRRL")
    d.text_line(f"Claim {claim2}  -  {f['program']}  -  received {fmt_date(ds[-1] + dt.timedelta(days=5), 'dmy')}",
                9.5, "B")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fmt_date(x, "dmy"), "Cardiac rehab 93798", fmt_money(rate), "$0.00", "$0.00", "$0.00", "X19"]
             for x in ds] + [["*Claim total", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            [26, 58, 22, 22, 22, 20, 14], size=8.5, aligns="LLRRRRL")
    d.text_line("Message codes", 10, "B")
    d.para("X19  Benefit maximum reached (CARC 119). Your plan covers 36 cardiac rehabilitation visits per "
           "calendar year; the visits on these dates were visits 37 to 39. The provider may not bill you for "
           "these amounts because it is in network.", 8.5)
    d.para(f"Plan year totals: deductible met $2,500.00; out-of-pocket met $3,118.42 of $6,000.00.", 8.5)
    d.text_line("Appeal rights", 10, "B")
    d.para("If you disagree with how we processed a claim, you may file an appeal within 180 days of the date of "
           f"this statement. Call {f['phone']} or write to Bramblecote Mutual Health Appeals, PO Box 1180, "
           "Duluth, MN 55802.", 8.5)
    t = truth("eob", "not_covered", "en", insurer=BRA, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim2], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["program"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5. Spanish MA letter, treatment plan lapsed
def spanish(i: int):
    r, f = base(i, "es")
    m = f["member"]
    mid = "ALB" + r.digits(8) + "-01"
    claim = r.digits(4) + "-" + r.digits(8)
    start = f["notice"] - dt.timedelta(days=r.randint(35, 50))
    ds = sessions(start, 4)
    rate = 142.0 + r.randint(0, 25) + 0.75
    total = round(rate * len(ds), 2)
    plan_date = start - dt.timedelta(days=34)
    deadline = f["notice"] + dt.timedelta(days=65)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(ALB, 14, "B")
    d.text_line("Alborada Salud Medicare Platino (HMO)  ·  Apartado 3390, Caguas, PR 00726", 8.5)
    d.rule(0.6, 4)
    d.text_line(f"Fecha del aviso: {fmt_date(f['notice'], 'es')}", 10.5)
    d.ln(2)
    header_block(d, [m[0], *f["addr"]], 10.5)
    d.ln(4)
    d.text_line("AVISO DE DENEGACIÓN DE PAGO", 13, "B")
    d.ln(1)
    for k, v in (("Número de afiliado", mid), ("Número de reclamación", claim),
                 ("Proveedor", f["program"]), ("Cantidad facturada", fmt_money(total)),
                 ("Fechas de servicio", ", ".join(fmt_date(x, "slash") for x in ds))):
        d.font(10, "B")
        d.cell(52, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Estimado(a) {m[1]} {m[3]}: Negamos el pago de las sesiones de rehabilitación cardíaca (código 93798) "
           f"que recibió en {f['program']}.", 10.5)
    d.text_line("¿Por qué negamos el pago?", 11, "B")
    d.para(f"La rehabilitación cardíaca requiere un plan de tratamiento individualizado firmado por el médico que "
           f"supervisa el programa, revisado y renovado cada 30 días. El último plan firmado por el Dr. {f['doc']} "
           f"es del {fmt_date(plan_date, 'slash')} y no se renovó. Las sesiones de las fechas indicadas se "
           "ofrecieron sin una orden médica vigente, por lo que no podemos pagarlas.", 10.5)
    d.text_line("Su derecho a apelar", 11, "B")
    d.para("Si no está de acuerdo, puede pedir una reconsideración dentro de 65 días a partir de la fecha de este "
           f"aviso. Llame a Servicios al Afiliado al {f['phone']} (TTY 711), de lunes a domingo, de 8:00 a. m. a "
           "8:00 p. m. Una apelación rápida no aplica a solicitudes de pago.", 10.5)
    d.para(f"Fecha de nacimiento: {fmt_date(f['dob'], 'slash')}", 9)
    t = truth("denial_letter", "other", "es", insurer=ALB, member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["program"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6. faxed commercial remittance, paid
def paid_remit(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "LV" + r.digits(3) + " " + r.digits(3) + " " + r.digits(3)
    grp = "G" + r.digits(5)
    claim = r.digits(3) + r.letters(1) + r.digits(8)
    start = f["notice"] - dt.timedelta(days=r.randint(25, 35))
    ds = sessions(start, 6)
    rate = 160.0 + r.randint(0, 30)
    total = round(rate * len(ds), 2)
    allowed = round(total * 0.62, 2)
    d = Doc("Helvetica", margins=(14, 12, 14))
    d.add_page()
    d.text_line(f"FAX  {fmt_date(f['notice'] + dt.timedelta(days=2), 'slash')}  FROM: {LAR.upper()} PROVIDER SERVICES  "
                f"TO: {f['program'].upper()} BILLING  P.1/1", 8)
    d.ln(2)
    d.text_line(LAR, 14, "B")
    d.text_line("Provider Claim Payment Summary", 11, "B")
    d.ln(1)
    for k, v in (("Payment date", fmt_date(f["notice"], "iso")), ("Payee", f"{f['program']} (NPI {f['npi']})"),
                 ("Patient", m[0]), ("Member ID", mid), ("Group", grp), ("Claim no.", claim),
                 ("Rendering / supervising", f"{f['doc']}, MD (NPI {f['docnpi']})")):
        d.font(9, "B")
        d.cell(44, 4.9, k)
        d.font(9)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[fmt_date(x, "iso"), "93798", fmt_money(rate, "nosign"), fmt_money(allowed / len(ds), "nosign"),
             fmt_money(allowed / len(ds) - 20, "nosign"), "20.00", "1"] for x in ds]
    rows.append(["*Totals", "", fmt_money(total, "nosign"), fmt_money(allowed, "nosign"),
                 fmt_money(allowed - 20 * len(ds), "nosign"), fmt_money(20 * len(ds), "nosign"), ""])
    d.table(["Service date", "Code", "Charge", "Allowed", "Paid", "Copay", "Remark"], rows,
            [30, 20, 26, 26, 26, 22, 20], size=8.5, aligns="LLRRRRL")
    d.para("Remark 1: Cardiac rehabilitation visits 13 to 18 of 36 allowed this plan year. Qualifying event "
           "(PCI with stent) on file. Contractual adjustment CO-45 applied; copay is the patient's responsibility.",
           8.5)
    t = truth("other", None, "en", insurer=LAR, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[x.isoformat() for x in ds],
              denial_date=f["notice"].isoformat(), provider=f["program"], type_alternates=["eob"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 7. commercial letter, no qualifying event (phone)
def no_event_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "LVH-" + r.digits(4) + "-" + r.digits(5)
    grp = r.digits(5) + "-" + r.letters(2)
    ref = "UM" + r.digits(8)
    claim = r.digits(12)
    start = f["notice"] - dt.timedelta(days=r.randint(28, 40))
    ds = sessions(start, 5)
    rate = 205.0 + r.randint(0, 20) + 0.25
    total = round(rate * len(ds), 2)
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times")
    d.add_page()
    d.text_line(LAR, 15, "B")
    d.text_line("2750 Fenwick Avenue, Bangor, ME 04401", 9)
    d.ln(6)
    d.text_line(fmt_date(f["notice"], "long"), 11)
    d.ln(3)
    header_block(d, [m[0], *f["addr"]], 11)
    d.ln(4)
    d.font(10.5, "B")
    d.multi_cell(0, 5.4, f"Re: Member ID {mid}   Group {grp}\nClaim {claim}   Review reference {ref}", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]},", 11)
    d.para(f"We reviewed the claim from {f['program']} for cardiac rehabilitation (93798) on "
           f"{', '.join(fmt_date(x, 'long') for x in ds[:-1])} and {fmt_date(ds[-1], 'long')}, "
           f"billed at {fmt_money(total)}. We cannot approve payment for these services.", 11)
    d.para(f"Our medical policy MP-CARD-114 covers cardiac rehabilitation after a qualifying cardiac event. "
           f"The referral from Dr. {f['doc']} lists atrial fibrillation and chest pain. Those are not qualifying "
           "events, and the records do not show a heart attack, bypass surgery, a stent, valve surgery, stable "
           "angina or stable heart failure. The services are therefore not medically necessary under your plan.",
           11)
    d.para("You or your authorized representative may appeal this decision. Your written appeal must be filed "
           f"within 180 days of the date of this letter. Send it to Appeals, {LAR}, PO Box 4410, Bangor, ME 04402, "
           f"or call {f['phone']}. You may also ask for the policy and records we used, free of charge.", 11)
    d.para("Sincerely,\nUtilization Management Department", 11)
    t = truth("denial_letter", "medical_necessity", "en", insurer=LAR, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim, ref], claim_amount=m2(total),
              service_dates=[x.isoformat() for x in ds], denial_date=f["notice"].isoformat(), provider=f["program"],
              appeal_deadline=deadline.isoformat(), alternates={"case_numbers": [[claim]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_msn_sessions_37_to_40_over_36", "born_digital", msn),
    ("bd_ma_letter_intensive_g0422_past_72", "born_digital", ma_letter),
    ("scan300_mac_remit_co50_no_qualifying_event", "scan_clean_300", remit),
    ("lowres_member_eob_two_claims_rehab_denied", "scan_lowres_150", member_eob),
    ("copy_es_plan_not_renewed", "photocopy", spanish),
    ("faxstd_paid_remit_sessions_13_18", "fax_standard_g4", paid_remit),
    ("phone_letter_afib_not_qualifying", "phone_photo", no_event_letter),
]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{s}", c, [fn(i)]) for i, (s, c, fn) in enumerate(PLAN)]
