"""Family 'specialty_pharmacy_limited_network_denial': PBM letters, a pharmacy reject receipt and member EOBs denying
a specialty drug filled at a pharmacy outside the plan's exclusive specialty network (or a limited-distribution drug
the pharmacy may not dispense), telling the member to move the prescription; one transfer confirmation that denies
nothing; one Spanish letter. All values invented.

Issuers: Corvina Rx Services, Inc. (PBM for Ashgrove Valley Health Plan), Hollinsford Health Insurance Company
(member prescription EOB), Quenby Specialty Pharmacy (the exclusive network pharmacy's transfer confirmation),
Plan de Salud Ribera Alta (Spanish letter), Marlwood Medicare Rx (PDP, Part D notice). The dispensing pharmacy is the
provider; the prescriber (and NPI), RxBIN / RxPCN, NDC, Rx number, dates of birth and the network pharmacy's phone
are decoys; the GROUP of BIN/PCN/GROUP is the group number.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "specialty_pharmacy_limited_network_denial"
LANG = "en"

COR = "Corvina Rx Services, Inc."
HOL = "Hollinsford Health Insurance Company"
QSP = "Quenby Specialty Pharmacy"
RIB = "Plan de Salud Ribera Alta"
MAR = "Marlwood Medicare Rx"
PHARM = ["Brookhaven Community Pharmacy", "Tillery Drug & Compounding", "Ostrander Family Pharmacy",
         "Pellham Square Apothecary", "Greywater Specialty Pharmacy, LLC", "Farmacia San Rafael",
         "Kinloch Avenue Pharmacy"]
PRESCRIBERS = ["Dr. Oluwaseun T. Adebayo", "Dr. Margarethe L. Voigt", "Dr. Rashida N. Karimi",
               "Dr. Caspian R. Whitlock", "Dr. Priyanka S. Dutta", "Dra. Inmaculada R. Soler",
               "Dr. Tadeusz K. Wronski"]
DRUGS = [("Humira Pen 40 mg/0.4 mL", "2 pens", 28), ("Enbrel SureClick 50 mg/mL", "4 autoinjectors", 28),
         ("Stelara 90 mg/mL syringe", "1 syringe", 84), ("Dupixent 300 mg/2 mL pen", "2 pens", 28),
         ("Ocaliva 10 mg tablets", "30 tablets", 30), ("Cosentyx 150 mg/mL pen", "2 pens", 28),
         ("Imbruvica 420 mg tablets", "28 tablets", 28)]


def base(i: int) -> tuple[Rand, dict]:
    r = Rand(166500 + i)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 140))
    fill = notice - dt.timedelta(days=r.randint(3, 20))
    lang = "es" if i == 5 else "en"
    return r, dict(member=r.person(lang), addr=r.address(lang), notice=notice, fill=fill, pharm=PHARM[i],
                   presc=PRESCRIBERS[i], drug=DRUGS[i], pnpi=r.npi(), phnpi=r.npi(), phone=r.phone(),
                   ncpdp=r.digits(7), rx=r.digits(7), ndc=f"{r.digits(5)}-{r.digits(4)}-{r.digits(2)}",
                   bin=r.digits(6), pcn="CRV" + r.letters(2), dob=dt.date(r.randint(1958, 1998), r.randint(1, 12),
                                                                      r.randint(1, 28)))


def kv(d: Doc, rows, lw: float = 42, size: float = 10, h: float = 5.4, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------- 1. PBM letter, outside the exclusive network (bd)
def pbm_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "AVH" + r.digits(8)
    grp = "AV" + r.digits(5)
    claim = r.digits(12)
    case = "SPN-" + r.digits(6)
    charge = 6800.0 + r.randint(0, 900) + 0.36
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="CRV-SPN-01 (rev. 2025)  |  Page {p} of {n}")
    d.add_page()
    d.font(18, "B")
    d.cell(0, 9, "CORVINA", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Rx Services, Inc.  -  pharmacy benefit manager for Ashgrove Valley Health Plan", 9)
    d.rule(0.6, 4)
    d.text_line(fmt_date(f["notice"], "long"), 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Your specialty medicine must be filled at a network specialty pharmacy", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", m[0]), ("Member ID", mid), ("RxBIN / RxPCN / Group", f"{f['bin']} / {f['pcn']} / {grp}"),
           ("Pharmacy claim no.", claim), ("Case reference", case), ("Medicine", f"{f['drug'][0]}, {f['drug'][1]}"),
           ("Date filled", fmt_date(f["fill"], "long")), ("Pharmacy", f"{f['pharm']} (NCPDP {f['ncpdp']})"),
           ("Amount submitted", fmt_money(charge)), ("Prescriber", f"{f['presc']}, NPI {f['pnpi']}")], lw=48)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:", 10.5)
    d.para(f"Your plan covers {f['drug'][0].split()[0]} only when it is dispensed by a pharmacy in the Ashgrove "
           f"Valley exclusive specialty pharmacy network. {f['pharm']} is not in that network, so we denied the "
           f"claim it sent on {fmt_date(f['fill'], 'long')}. This is not a decision that the medicine is "
           "unnecessary; it will be covered when a network specialty pharmacy fills it.", 10.5)
    d.text_line("What you should do now", 11, "B")
    d.para(f"Ask your prescriber to send a new prescription to {QSP}, or call Quenby at {r.phone()} and they will "
           "transfer the prescription for you. Quenby ships to your home at no extra charge. If you have already "
           "paid the pharmacy, you may ask it for a refund.", 10.5)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"If you think we made a mistake, you may appeal within 180 days of the date of this letter. Call "
           f"{f['phone']} (TTY 711) or write to Corvina Rx Services, Appeals, PO Box 44120, Bangor, ME 04401. "
           "If your health could be seriously harmed by waiting, ask for a fast (72-hour) review.", 10.5)
    t = truth("denial_letter", "out_of_network", "en", insurer=COR, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim, case], claim_amount=m2(charge),
              service_dates=[f["fill"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["pharm"],
              appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Ashgrove Valley Health Plan"], "case_numbers": [[claim]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 2. transfer confirmation, nothing denied (bd)
def transfer(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "AVH" + r.digits(8)
    ref = "TR" + r.digits(8)
    ship = f["notice"] + dt.timedelta(days=r.randint(2, 5))
    d = Doc("Times")
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.font(16, "B")
    d.cell(0, 10, " QUENBY SPECIALTY PHARMACY", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line("In-network specialty pharmacy for Corvina Rx Services  ·  PO Box 2231  ·  Fargo, ND 58102", 8.5)
    d.ln(5)
    kv(d, [("Date:", fmt_date(f["notice"], "abbr")), ("Patient:", m[0]), ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Member ID:", mid), ("Transfer reference:", ref)], lw=40, size=10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Prescription transfer confirmed", 13, "B")
    d.ln(1)
    d.para(f"Dear {m[1]},", 11)
    d.para(f"We received your prescription for {f['drug'][0]} ({f['drug'][1]} every {f['drug'][2]} days) from "
           f"{f['pharm']}, which transferred it to us on {fmt_date(f['notice'] - dt.timedelta(days=1), 'abbr')}. "
           f"The prescription was written by {f['presc']}. Your plan covers this medicine at our pharmacy, and no "
           "prior authorization is needed for this fill.", 11)
    d.table(["Medicine", "Quantity", "Ships on", "Your copay"],
            [[f["drug"][0], f["drug"][1], fmt_date(ship, "abbr"), "$35.00"]], [70, 34, 36, 30], size=9.5)
    d.para("A pharmacist will call you two days before shipping to confirm the address and to answer questions about "
           f"injection training. Call us at {f['phone']} 24 hours a day. This letter is for your information; "
           "nothing was denied.", 11)
    d.para("Quenby Specialty Pharmacy, Patient Care Team", 11)
    t = truth("other", None, "en", insurer=QSP, member_id=mid, member_name=m[0], case_numbers=[ref],
              service_dates=[ship.isoformat()], denial_date=f["notice"].isoformat(), provider=QSP,
              alternates={"case_numbers": [[]], "service_dates": [[]], "provider": [f["pharm"]],
                          "insurer": ["Corvina Rx Services, Inc."]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 3. pharmacy reject receipt (phone photo)
def receipt(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "AVH" + r.digits(8)
    grp = "AV" + r.digits(5)
    usual = 4100.0 + r.randint(0, 500) + 0.99
    d = Doc("Courier", margins=(40, 14, 40))
    d.add_page()
    d.text_line(f["pharm"].upper(), 11, "B", "C")
    d.text_line("118 KINLOCH AVE  DULUTH MN 55802", 8.5, "", "C")
    d.text_line(f"NCPDP {f['ncpdp']}   NPI {f['phnpi']}", 8.5, "", "C")
    d.ln(2)
    d.text_line("*** CLAIM REJECTED - NOT FILLED ***", 10, "B", "C")
    d.ln(2)
    for ln in (f"DATE OF SERVICE {fmt_date(f['fill'], 'slash')} 14:22", f"PATIENT   {m[3].upper()}, {m[1].upper()} {m[2]}",
               f"DOB       {fmt_date(f['dob'], 'slash')}", f"CARDHOLDER ID {mid}",
               f"BIN/PCN/GROUP {f['bin']}/{f['pcn']}/{grp}", f"RX# {f['rx']}  NEW", f"DRUG {f['drug'][0].upper()}",
               f"NDC {f['ndc']}", f"QTY {f['drug'][1].upper()}  DS {f['drug'][2]}", f"PRESCRIBER {f['presc'].upper()}",
               f"U&C SUBMITTED {fmt_money(usual)}"):
        d.text_line(ln, 8.8)
    d.ln(2)
    d.text_line("REJECT 76  PLAN LIMITATIONS EXCEEDED", 9, "B")
    d.para("MSG: SPECIALTY DRUG LIMITED TO PLAN EXCLUSIVE SPECIALTY NETWORK. PHARMACY NOT CONTRACTED. "
           f"TRANSFER RX TO {QSP.upper()}. PLAN HELP DESK {f['phone']}", 8.5)
    d.para("YOUR PRESCRIPTION WAS NOT FILLED. THE PHARMACY CAN TRANSFER IT FOR YOU. YOU MAY ASK YOUR PLAN FOR A "
           "COVERAGE DECISION OR FILE AN APPEAL - SEE YOUR EVIDENCE OF COVERAGE.", 8.5)
    d.text_line("THANK YOU - KEEP THIS RECEIPT", 8.5, "", "C")
    t = truth("other", None, "en", group_number=grp, member_id=mid, member_name=m[0],
              service_dates=[f["fill"].isoformat()], denial_date=f["fill"].isoformat(), provider=f["pharm"],
              unscored=["insurer", "claim_amount"], type_alternates=["denial_letter"],
              alternates={"denial_date": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4. member prescription EOB (scan 300)
def member_eob(i: int):
    r, f = base(i)
    m = f["member"]
    sub = r.person()
    mid = "HHI" + r.digits(9)
    grp = r.digits(6)
    claim = "RX" + r.digits(10)
    paid_claim = "RX" + r.digits(10)
    charge = 1620.0 + r.randint(0, 400) + 0.18
    other_fill = f["fill"] - dt.timedelta(days=r.randint(28, 34))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Hollinsford Health Insurance Company - Prescription EOB - page {p} of {n}")
    d.add_page()
    d.text_line(HOL, 14, "B")
    d.text_line("Prescription Drug Explanation of Benefits  -  THIS IS NOT A BILL", 10)
    d.rule(0.5, 3)
    y = d.get_y()
    for ln in (sub[0], *f["addr"]):
        d.text_line(ln, 10)
    d.set_xy(115, y)
    kv(d, [("Statement date", fmt_date(f["notice"], "dmy")), ("Subscriber ID", mid), ("Group no.", grp),
           ("Patient", m[0])], lw=32, size=9, h=4.8, x=115)
    d.ln(6)
    d.text_line(f"Prescriptions for {m[0]} (prescriber {f['presc']})", 10.5, "B")
    d.table(["Claim", "Filled", "Pharmacy", "Medicine", "Billed", "Plan paid", "You owe", "Code"],
            [[paid_claim, fmt_date(other_fill, "dmy"), QSP, f["drug"][0][:20], fmt_money(charge + 12), fmt_money(charge - 40),
              "$30.00", "P1"],
             [claim, fmt_date(f["fill"], "dmy"), f["pharm"], f["drug"][0][:20], fmt_money(charge), "$0.00",
              fmt_money(charge), "N7"]],
            [24, 22, 42, 34, 19, 18, 16, 8], size=7.4, aligns="LLLLRRRL")
    d.text_line("Explanation of codes", 10, "B")
    d.para("P1  Paid at the network specialty pharmacy.", 8.8)
    d.para(f"N7  Denied. This specialty medicine is covered only at the plan's exclusive specialty pharmacy "
           f"({QSP}). {f['pharm']} is outside that network. Please have your prescription transferred; the "
           "amount shown is what the pharmacy charged.", 8.8)
    d.text_line("Appeals", 10, "B")
    d.para(f"You may appeal a denied claim within 180 days of the statement date. Call {f['phone']} or write to "
           "Hollinsford Pharmacy Appeals, PO Box 7701, Erie, PA 16501.", 8.8)
    t = truth("eob", "out_of_network", "en", insurer=HOL, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"], appeal_deadline=deadline.isoformat())
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5. limited-distribution drug (photocopy)
def ldd_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "AVH-" + r.digits(4) + "-" + r.digits(4)
    grp = "AV" + r.digits(5)
    claim = r.digits(12)
    charge = 9300.0 + r.randint(0, 1200) + 0.50
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times", footer="Corvina Rx Services, Inc. - LDD notice")
    d.add_page()
    d.text_line("Corvina Rx Services, Inc.", 15, "B")
    d.text_line("Specialty Clinical Programs  ·  PO Box 44120  ·  Bangor, ME 04401", 9)
    d.ln(5)
    d.text_line(f"Date of notice: {fmt_date(f['notice'], 'slash')}", 11)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line("NOTICE OF CLAIM DENIAL - LIMITED DISTRIBUTION DRUG", 12.5, "B")
    d.ln(1)
    d.table(["Cardholder ID", "Group", "Claim number", "Fill date", "Billed"],
            [[mid, grp, claim, fmt_date(f["fill"], "slash"), fmt_money(charge, "nosign")]], [38, 26, 40, 30, 30],
            size=9.5)
    d.para(f"{f['drug'][0]} is a limited distribution drug. Its manufacturer ships it only to a small number of "
           f"specialty pharmacies, and under your plan only {QSP} may dispense it to you. The claim submitted by "
           f"{f['pharm']} for a {f['drug'][2]}-day supply was denied because that pharmacy is not authorized to "
           "dispense this drug for your plan.", 11)
    d.para(f"Your prescriber, {f['presc']}, has been told. To keep your therapy going, call {QSP} at "
           f"{r.phone()} and ask them to obtain the prescription.", 11)
    d.text_line("Appeal rights", 11.5, "B")
    d.para(f"You or your representative may appeal this decision within 180 days after the date of this notice. "
           f"Member services: {f['phone']}.", 11)
    t = truth("denial_letter", "out_of_network", "en", insurer=COR, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["not_covered", "other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6. Spanish letter (150 dpi)
def spanish(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "RA" + r.digits(9)
    grp = "G-" + r.digits(5)
    claim = r.digits(4) + "-" + r.digits(7)
    charge = 5200.0 + r.randint(0, 800) + 0.40
    deadline = f["notice"] + dt.timedelta(days=60)
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    d.text_line(RIB, 15, "B")
    d.text_line("Departamento de Farmacia  ·  Apartado 3300  ·  Caguas, PR 00725", 9)
    d.rule(0.5, 4)
    d.text_line(f"Fecha: {fmt_date(f['notice'], 'es')}", 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Aviso de denegación de pago: farmacia fuera de la red especializada", 12, "B")
    d.ln(1)
    kv(d, [("Afiliado(a)", m[0]), ("Nº de afiliado", mid), ("Grupo", grp), ("Número de reclamación", claim),
           ("Medicamento", f["drug"][0]), ("Fecha de despacho", fmt_date(f["fill"], "es")),
           ("Farmacia", f["pharm"]), ("Monto facturado", fmt_money(charge)), ("Médico que receta", f["presc"])],
       lw=52, size=10)
    d.ln(3)
    d.para(f"Estimado(a) {m[1]} {m[3]}:", 10.5)
    d.para(f"Su plan cubre este medicamento especializado solamente cuando lo despacha una farmacia de la red "
           f"exclusiva de farmacias especializadas. {f['pharm']} no pertenece a esa red y por eso denegamos el pago. "
           f"Pídale a su médico o a la farmacia que transfiera la receta a {QSP}.", 10.5)
    d.text_line("Su derecho a apelar", 11, "B")
    d.para(f"Puede apelar dentro de 60 días a partir de la fecha de este aviso. Llame al {f['phone']} (TTY 711) o "
           "escriba a Plan de Salud Ribera Alta, Apelaciones, Apartado 3300, Caguas, PR 00725.", 10.5)
    t = truth("denial_letter", "out_of_network", "es", insurer=RIB, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"], appeal_deadline=deadline.isoformat())
    return pdf_bytes(d), t


# ------------------------------------------------------------- 7. Part D plan notice (rotated)
def partd(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "M" + r.digits(10)
    req = "CD" + r.digits(8)
    charge = 14200.0 + r.randint(0, 2000) + 0.75
    deadline = f["notice"] + dt.timedelta(days=65)
    d = Doc("Helvetica", footer="S4418_MWRXDN26  -  Page {p} of {n}")
    d.add_page()
    d.text_line("MARLWOOD MEDICARE RX", 14, "B")
    d.text_line("Marlwood Medicare Rx (PDP)  ·  Plan S4418-002  ·  PO Box 610  ·  Pueblo, CO 81003", 8.5)
    d.rule(0.5, 4)
    d.text_line(f"Date: {fmt_date(f['notice'], 'iso')}", 10.5)
    kv(d, [("Enrollee", m[0]), ("Member ID", mid), ("Request number", req)], lw=36, size=10.5)
    d.ln(3)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 12.5, "B")
    d.ln(1)
    d.para(f"We denied your request to pay {fmt_money(charge)} for {f['drug'][0]} ({f['drug'][1]}) that you "
           f"received from {f['pharm']} on {fmt_date(f['fill'], 'iso')}, prescribed by {f['presc']}.", 10.5)
    d.text_line("Why we denied your request", 11, "B")
    d.para("Our plan covers this specialty drug only when it is filled at a specialty pharmacy in our network. "
           f"{f['pharm']} is an out-of-network pharmacy, and your fill does not meet our rules for out-of-network "
           "access (you were not traveling, and a network pharmacy could deliver the drug to you). Ask your "
           f"prescriber to send the prescription to {QSP}.", 10.5)
    d.text_line("You have the right to ask us to review our decision", 11, "B")
    d.para("If you want to ask for a redetermination (appeal), you must ask within 65 days of the date of this "
           f"notice. Call {f['phone']}, TTY 711, or send your request to the address above. An expedited decision "
           "takes 72 hours.", 10.5)
    d.para("Form CMS-10146. OMB Approval No. 0938-0976.", 8)
    t = truth("denial_letter", "out_of_network", "en", insurer=MAR, plan_id="S4418-002", member_id=mid,
              member_name=m[0], case_numbers=[req], claim_amount=m2(charge), service_dates=[f["fill"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["pharm"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_pbm_letter_exclusive_network", "born_digital", pbm_letter),
    ("bd_transfer_confirmation_no_denial", "born_digital", transfer),
    ("phone_reject_receipt_76", "phone_photo", receipt),
    ("scan300_member_rx_eob_two_fills", "scan_clean_300", member_eob),
    ("copy_limited_distribution_drug", "photocopy", ldd_letter),
    ("lowres_carta_es_fuera_de_red", "scan_lowres_150", spanish),
    ("rotated_partd_oon_pharmacy", "rotated", partd),
]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{s}", c, [fn(i)]) for i, (s, c, fn) in enumerate(PLAN)]
