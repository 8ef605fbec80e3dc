"""Family 'ground_ambulance_interfacility_transfer_eob': invented EOBs, a Medicare Summary Notice, a Medicaid notice of
claim action and an MA notice of denial of payment on ground ambulance transfers between facilities (A0428 BLS
non-emergency, A0429 BLS emergency, A0425 mileage), denied as not medically necessary, because a nearer facility
could treat, or for mileage over the shortest route.

Cases (EOB/statement-heavy): a commercial EOB with boxed header denying a stable patient's BLS transfer (an
emergency-room claim beside it is a decoy); an MSN paying the base rate but denying the miles past the nearest
capable hospital; a fax stack of a cover sheet, a Medicare Advantage EOB denying an A0429 transfer billed as an
emergency and the ambulance company's zero-balance patient statement; a paid EOB (nothing denied); a Spanish EOB
denying a transfer to a farther hospital; a state Medicaid notice of claim action cutting mileage units to the
shortest route (only a fair hearing is offered); an MA notice of denial of payment for a discharge transfer to a
nursing facility.

Layouts are invented, modelled loosely on commercial EOBs, CMS MSNs and CMS-10003 notices and Medicaid member
claim notices. All values invented: plans, ambulance services, hospitals, patients, IDs, amounts; phones 1-555.
Decoys: dates of birth, received dates, NPIs, run and account numbers, a tax ID, the sending and receiving
hospitals, allowed/paid/you-owe amounts, an ER claim, denied-mileage sub-amounts.
"""
from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def fmt_date(d, style):
    """inv_kit's date styles plus dashed (07-06-2026)."""
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    return _fmt_date(d, style)


def head(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name, 13, "B", "R")
        for s in lines:
            d.text_line(s, 8.3, "", "R")
        d.ln(2)
        d.rule(1.2, 5)
    else:
        d.set_fill_color(225, 225, 225)
        d.font(12.5, "B")
        d.cell(0, 9, "  " + name, fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def two_col(d, left, right, w=90, size=9):
    """Two columns of label: value rows side by side."""
    y0 = d.get_y()
    for col, x in ((left, d.l_margin), (right, d.l_margin + w)):
        d.set_xy(x, y0)
        for a, b in col:
            d.set_x(x)
            d.font(size, "B")
            d.cell(34, size * 0.55, a)
            d.font(size)
            d.cell(w - 34, size * 0.55, b, new_x="LEFT", new_y="NEXT")
            d.set_x(x)
    d.set_xy(d.l_margin, y0 + max(len(left), len(right)) * size * 0.55 + 3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


def iso(a, b=None):
    return a.isoformat() if b is None else f"{a.isoformat()}/{b.isoformat()}"


def plus(d, n):
    return (d + dt.timedelta(days=n)).isoformat()


FAMILY = "ground_ambulance_interfacility_transfer_eob"
LANG = "en"
SEED = 272600

FIRST = ["Ottoline", "Percival", "Winifred", "Ambrose", "Clarabel", "Fitzgerald", "Honoria", "Lucius",
         "Perpetua", "Silas", "Temperance", "Virgil"]
LAST = ["Blackthorn", "Coverdale", "Drummond", "Elsworth", "Gadsby", "Hartigan", "Inglethorpe", "Jessop",
        "Lovibond", "Merriweather"]
FIRST_ES = ["Eulalia", "Fortunato", "Remedios", "Anacleto", "Consuelo", "Evaristo"]
LAST_ES = ["Arriaga", "Bustamante", "Cienfuegos", "Echeverría", "Landaverde", "Olivares"]
CITIES = ["Hollins Ferry, KY 40999", "Greywater, MT 59999", "Ashby Crossing, IA 50999", "Cold Spring Mill, VT 05999"]
STREETS = ["Tannery Road", "Ridgeback Lane", "Pumphouse Street", "Old Turnpike", "Millrace Court"]
AMBULANCE = ["Tri-County Medical Transport, Inc.", "Greywater Valley Ambulance Service", "Lifeline Interfacility EMS",
             "Ashby Crossing Fire & Rescue Ambulance"]
HOSPITALS = ["Hollins Ferry Community Hospital", "Greywater Regional Medical Center", "University Heart Institute",
             "Ashby Crossing Critical Access Hospital", "St. Aurelia Medical Center"]


def base(r, lang="en"):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 200))
    first, last = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return dict(notice=notice, member=person(r, first, last),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1935, 1995), r.randint(1, 12), r.randint(1, 28)),
                dos=notice - dt.timedelta(days=r.randint(25, 60)))


def lines_for(r, base_code, miles, per_mile_lo=14, per_mile_hi=19):
    b = fee(r, 780, 1650) if base_code != "A0429" else fee(r, 1100, 1900)
    pm = round(r.randint(per_mile_lo, per_mile_hi) + r.choice([0, 0.5, 0.75]), 2)
    return b, pm, round(pm * miles, 2)


DESC = {"A0428": "BLS non-emergency transport", "A0429": "BLS emergency transport",
        "A0427": "Ambulance service, ALS1, emergency", "A0425": "Ground mileage, per statute mile"}


# ---------------------------------------------------------------- 0: commercial EOB, A0428 + A0425 not medically necessary
def doc_eob_mednec(r):
    f = base(r)
    plan = "Hearthstone Mutual Health Insurance Co."
    ds, ms = "slash", "plain"
    amb = AMBULANCE[0]
    claim = pat(r, "99A999999999")
    f.update(mid=pat(r, "HMH999999999"), grp=pat(r, "999999-99"))
    miles = r.randint(18, 34)
    b, pm, mil = lines_for(r, "A0428", miles)
    total = round(b + mil, 2)
    other_claim = pat(r, "99A999999999")
    ov = fee(r, 180, 260)
    d = Page(footer="Hearthstone Mutual Health Insurance Co. - THIS IS NOT A BILL - Page {p} of {n}")
    d.add_page()
    head(d, plan, ["PO Box 30211, Hollins Ferry, KY 40999", f"Customer Service {f['phone']}  TTY 711"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.ln(1)
    d.boxes([("Date issued", fmt_date(f["notice"], ds), 30), ("Member", f["member"], 50), ("Member ID", f["mid"], 40),
             ("Group no.", f["grp"], 30), ("Subscriber DOB", fmt_date(f["dob"], ds), 30)], h=11)
    d.ln(4)
    d.text_line(f"Claim {claim}   Provider: {amb}   Received {fmt_date(f['notice'] - dt.timedelta(days=9), ds)}",
                8.8, "B")
    d.text_line(f"Transport: {HOSPITALS[0]} to {HOSPITALS[1]} (interfacility)", 8.4)
    W = [19, 14, 66, 19, 17, 15, 18, 12]
    H = ["Service", "Code", "Description", "Charged", "Allowed", "Paid", "You owe", "Note"]
    rows = [[fmt_date(f["dos"], ds), "A0428", DESC["A0428"], fmt_money(b, ms), "$0.00", "$0.00", fmt_money(b, ms), "M1"],
            [fmt_date(f["dos"], ds), "A0425", f"{DESC['A0425']} x {miles}", fmt_money(mil, ms), "$0.00", "$0.00",
             fmt_money(mil, ms), "M1"],
            ["*Claim total", "", "", fmt_money(total, ms), "$0.00", "$0.00", fmt_money(total, ms), ""]]
    d.table(H, rows, W, size=7.6, aligns="LLLRRRRL")
    d.text_line(f"Claim {other_claim}   Provider: {HOSPITALS[1]}, Emergency Physicians", 8.8, "B")
    d.table(H, [[fmt_date(f["dos"], ds), "99284", "Emergency department visit", fmt_money(ov, ms),
                 fmt_money(ov * 0.6, ms), fmt_money(ov * 0.6 - 100, ms), "$100.00", "C3"]], W, size=7.6,
            aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        "M1  Not medically necessary. The records show that the member was stable, could sit upright and did not "
        "need monitoring or oxygen during the trip between hospitals. A non-emergency ambulance is covered only "
        "when other transport, such as a wheelchair van or car, would endanger the member's health. Transport "
        "by other means is not a covered benefit under your plan.",
        "C3  Emergency room copayment.",
        "#Your right to appeal",
        "If you disagree with this decision, you may file an appeal within 180 days of the date this statement "
        "was issued. Write to Hearthstone Appeals, PO Box 30220, Hollins Ferry, KY 40999, or call the number "
        "above. You may also ask for an external review."], size=8.6)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=amb,
              appeal_deadline=plus(f["notice"], 180))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Medicare MSN, mileage past the nearest facility
def doc_msn(r):
    f = base(r)
    ds = "abbr"
    amb = AMBULANCE[1]
    claim = pat(r, "99999999999999")
    f.update(mid=pat(r, "9AA9-AA9-AA99"))
    miles, nearest = r.randint(88, 120), r.randint(24, 38)
    b, pm, mil = lines_for(r, "A0428", miles, 9, 12)
    total = round(b + mil, 2)
    extra = round(pm * (miles - nearest), 2)
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Page(footer="Medicare Summary Notice for " + f["member"] + "   Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.6, 3)
    two_col(d, [("Name", f["member"]), ("Medicare Number", f["mid"]), ("Notice date", fmt_date(f["notice"], ds))],
            [("Claims period", "Last 3 months"), ("Customer service", "1-555-633-4227"), ("TTY", "1-555-486-2048")],
            w=96, size=8.8)
    d.text_line("If you disagree with a decision, file an appeal by " + fmt_date(deadline, ds) + ".", 10.5, "B")
    d.ln(2)
    d.text_line(f"{amb}, 411 Quarrel Creek Road, Greywater, MT 59999", 9, "B")
    d.text_line(f"Service provided on {fmt_date(f['dos'], ds)}   Claim number {claim}", 9)
    d.table(["Approved?", "Service provided", "Charged", "Approved", "Paid", "You may owe", "Notes"],
            [["Yes", f"A0428 {DESC['A0428']}", fmt_money(b), fmt_money(b * 0.62), fmt_money(b * 0.62 * 0.8),
              fmt_money(b * 0.62 * 0.2), "A"],
             ["Partly", f"A0425 Mileage x {miles} ({nearest} appr.)", fmt_money(mil),
              fmt_money(pm * 0.55 * nearest), fmt_money(pm * 0.55 * nearest * 0.8),
              fmt_money(pm * 0.55 * nearest * 0.2), "B, C"],
             ["*Total", "", fmt_money(total), "", "", "", ""]],
            [18, 62, 20, 20, 18, 22, 14], size=7.3, aligns="LLRRRRL")
    paras(d, [
        "#Notes for claims above",
        f"A  This ambulance transfer from {HOSPITALS[3]} was approved.",
        f"B  Medicare pays for mileage only to the nearest facility able to give the care you needed. "
        f"{HOSPITALS[4]}, {nearest} miles away, could treat your condition; you were taken to {HOSPITALS[2]}. "
        f"The extra {miles - nearest} miles ({fmt_money(extra)} charged) are not covered.",
        "C  The provider did not give you an Advance Beneficiary Notice, so you may not have to pay for the "
        "denied miles.",
        "#How to handle denied claims or file an appeal",
        "Circle the item(s) you disagree with, explain why on this notice, sign it and send it to: Medicare Claims "
        "Appeals, c/o Prairie Rock Medicare Services, PO Box 4880, Greywater, MT 59999. You must file the appeal "
        f"by {fmt_date(deadline, ds)}."], size=8.6)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=amb, appeal_deadline=deadline.isoformat(),
              denial_alternates=["not_covered"],
              alternates={"insurer": ["Prairie Rock Medicare Services", "Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: fax stack: MA EOB (A0429 denied) + ambulance bill
def doc_stack(r):
    f = base(r)
    plan = "Ironbridge Medicare Complete (PPO)"
    ds, ms = "dmy", "nosign"
    amb = AMBULANCE[2]
    claim = pat(r, "IB9999999999")
    f.update(mid=pat(r, "IMC99999999"))
    miles = r.randint(40, 70)
    b, pm, mil = lines_for(r, "A0429", miles)
    total = round(b + mil, 2)
    acct = pat(r, "LIE-999999")
    d1 = Page(footer="Ironbridge Medicare Complete (PPO)  H5612-004  Explanation of Benefits  Page {p} of {n}")
    d1.add_page()
    head(d1, plan, ["Member Services PO Box 2207, Ashby Crossing, IA 50999", f"{f['phone']} (TTY 711)"], 2)
    d1.text_line("Part C Explanation of Benefits - Claim Detail", 12, "B")
    kv(d1, [("Statement date:", fmt_date(f["notice"], ds)), ("Member:", f["member"]), ("Member ID:", f["mid"]),
            ("Plan:", "H5612-004"), ("Claim ID:", claim), ("Provider:", amb), ("Provider NPI:", f["npi"]),
            ("From / to:", f"{HOSPITALS[3]} -> {HOSPITALS[1]}")], w=40, size=9)
    d1.table(["Date", "Code", "Description", "Billed", "Plan allowed", "Plan paid", "Your share", "Code"],
             [[fmt_date(f["dos"], ds), "A0429", DESC["A0429"], fmt_money(b, ms), "0.00", "0.00", "0.00", "D7"],
              [fmt_date(f["dos"], ds), "A0425", f"Mileage x {miles}", fmt_money(mil, ms), "0.00", "0.00", "0.00",
               "D7"],
              ["*Totals", "", "", fmt_money(total, ms), "0.00", "0.00", "0.00", ""]],
             [20, 13, 58, 19, 20, 18, 18, 12], size=7.6, aligns="LLLRRRRL")
    paras(d1, [
        "D7  Emergency ambulance transport was billed, but the transfer between hospitals was scheduled and the "
        "member's condition was not an emergency at the time of transport. The transfer was for a routine MRI that "
        "the sending hospital could perform. The service is denied as not medically necessary. The provider may "
        "not bill you for this service because it is a network provider.",
        "If you disagree, ask for a reconsideration within 65 days of the date of this statement. Call Member "
        "Services or write to Ironbridge Appeals, PO Box 2210, Ashby Crossing, IA 50999."], size=8.8)
    t1 = truth("eob", "medical_necessity", insurer=plan, plan_id="H5612-004", member_id=f["mid"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=amb,
               appeal_deadline=plus(f["notice"], 65), alternates={"plan_id": [None]})
    bill_date = f["notice"] + dt.timedelta(days=6)
    d2 = Page(footer=f"{amb}  |  Billing Office 1-555-247-8830  |  Tax ID 99-{pat(r, '9999999')}")
    d2.add_page()
    head(d2, amb, ["Patient Billing, 18 Dispatch Way, Greywater, MT 59999", "Mon-Fri 8-5, 1-555-247-8830"], 0)
    d2.text_line("PATIENT STATEMENT", 13, "B")
    kv(d2, [("Statement date:", fmt_date(bill_date, ds)), ("Account number:", acct), ("Patient:", f["member"]),
            ("Insurance:", f"{plan} / {f['mid']}"), ("Run number:", pat(r, "R26-99999")),
            ("Trip:", f"{HOSPITALS[3]} to {HOSPITALS[1]}")], w=40, size=9)
    d2.table(["Date", "Description", "Charges", "Payments/adj.", "Balance"],
             [[fmt_date(f["dos"], ds), f"A0429 {DESC['A0429']}", fmt_money(b, ms), "", fmt_money(b, ms)],
              [fmt_date(f["dos"], ds), f"A0425 Loaded mileage x {miles}", fmt_money(mil, ms), "", fmt_money(mil, ms)],
              [fmt_date(f["notice"], ds), "Insurance denied - network write-off", "", f"-{fmt_money(total, ms)}",
               "0.00"],
              ["*Amount due", "", "", "", "0.00"]],
             [22, 86, 24, 26, 22], size=8.2, aligns="LLRRR")
    paras(d2, [
        "Your insurance denied this transport. Because we are in your plan's network, the balance has been written "
        "off and you owe nothing. We have asked your plan to reconsider. Please keep this statement."], size=9)
    t2 = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[],
               claim_amount=f"{total:.2f}", service_dates=[f["dos"].isoformat()], denial_date=bill_date.isoformat(),
               provider=amb, unscored=["insurer", "plan_id", "group_number"])
    return [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)]


# ---------------------------------------------------------------- 3: paid EOB (nothing denied)
def doc_paid(r):
    f = base(r)
    plan = "Cairnfield Blue Ribbon Health"
    ds, ms = "upper", "usd"
    amb = AMBULANCE[3]
    claim = pat(r, "CF-99999999-99")
    f.update(mid=pat(r, "CBR999999999"), grp=pat(r, "99999"))
    miles = r.randint(12, 26)
    b, pm, mil = lines_for(r, "A0428", miles)
    total = round(b + mil, 2)
    ab, am = round(b * 0.7, 2), round(mil * 0.7, 2)
    d = Page(footer="Cairnfield Blue Ribbon Health - Explanation of Benefits - This is not a bill")
    d.add_page()
    head(d, plan, ["Claims, 64 Cairn Street, Cold Spring Mill, VT 05999", f"Member Care {f['phone']}"], 0)
    two_col(d, [("Statement date", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("ID number", f["mid"]),
                ("Group", f["grp"])],
            [("Claim", claim), ("Provider", amb), ("Network", "In network"), ("Patient acct", pat(r, "99999999"))],
            w=92, size=8.8)
    d.text_line("Summary of this claim", 11, "B")
    d.table(["Date of service", "Service", "Amount billed", "Allowed", "Deductible", "Coinsurance", "Plan paid"],
            [[fmt_date(f["dos"], ds), f"A0428 BLS non-emergency transport", fmt_money(b, ms), fmt_money(ab, ms),
              "USD 0.00", fmt_money(ab * 0.2, ms), fmt_money(ab * 0.8, ms)],
             [fmt_date(f["dos"], ds), f"A0425 Mileage ({miles} mi)", fmt_money(mil, ms), fmt_money(am, ms),
              "USD 0.00", fmt_money(am * 0.2, ms), fmt_money(am * 0.8, ms)],
             ["*Total", "", fmt_money(total, ms), fmt_money(ab + am, ms), "USD 0.00", fmt_money((ab + am) * 0.2, ms),
              fmt_money((ab + am) * 0.8, ms)]],
            [25, 50, 24, 22, 20, 21, 22], size=7.6, aligns="LLRRRRR")
    paras(d, [
        f"Your transfer from {HOSPITALS[0]} to {HOSPITALS[4]} for dialysis access surgery met the plan's rules "
        "for non-emergency ambulance transport (bed-confined, physician certification statement on file). We paid "
        "the provider directly. You may owe the coinsurance shown.",
        "If you have questions about this claim, call Member Care. If you disagree with how this claim was "
        "processed, you may appeal within 180 days of receiving this statement."], size=9)
    t = truth("eob", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=amb, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish EOB, a nearer facility could treat (phone photo)
def doc_spanish(r):
    f = base(r, "es")
    plan = "Plan de Salud Cordillera Azul"
    ds, ms = "es", "plain"
    amb = AMBULANCE[1]
    claim = pat(r, "CA-9999-99999")
    f.update(mid=pat(r, "CAZ99999999"), grp=pat(r, "G-9999"))
    miles = r.randint(60, 95)
    b, pm, mil = lines_for(r, "A0428", miles)
    total = round(b + mil, 2)
    d = Page(footer="Plan de Salud Cordillera Azul - Explicación de Beneficios - Página {p} de {n}")
    d.add_page()
    head(d, plan, ["Apartado 4410, Hollins Ferry, KY 40999", f"Servicios al Miembro {f['phone']}"], 1)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 13.5, "B")
    d.text_line("Esto no es una factura", 9)
    d.ln(1)
    kv(d, [("Fecha del estado:", fmt_date(f["notice"], ds)), ("Paciente:", f["member"]),
           ("Número de miembro:", f["mid"]), ("Grupo:", f["grp"]), ("Número de reclamación:", claim),
           ("Proveedor:", amb), ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=50, size=9)
    d.table(["Fecha", "Código", "Servicio", "Cargo", "Permitido", "Pagado", "Usted debe"],
            [[fmt_date(f["dos"], "slash"), "A0428", "Ambulancia no urgente (BLS)", fmt_money(b, ms), "$0.00", "$0.00",
              fmt_money(b, ms)],
             [fmt_date(f["dos"], "slash"), "A0425", f"Millaje x {miles}", fmt_money(mil, ms), "$0.00", "$0.00",
              fmt_money(mil, ms)],
             ["*Total", "", "", fmt_money(total, ms), "$0.00", "$0.00", fmt_money(total, ms)]],
            [22, 15, 56, 22, 20, 18, 22], size=7.8, aligns="LLLRRRR")
    paras(d, [
        "#Por qué no pagamos",
        f"El traslado de {HOSPITALS[0]} a {HOSPITALS[2]} no es médicamente necesario. Un hospital más cercano de "
        f"la red, {HOSPITALS[4]}, podía darle el tratamiento que usted necesitaba (cardiología). El plan cubre el "
        "traslado en ambulancia entre hospitales solo hasta el centro más cercano que pueda atenderle.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de este "
        "estado. Escriba a Apelaciones, Apartado 4420, Hollins Ferry, KY 40999. También puede pedir una revisión "
        "externa independiente. Si necesita ayuda, llame gratis a Servicios al Miembro."], size=9)
    t = truth("eob", "medical_necessity", lang="es", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=amb,
              appeal_deadline=plus(f["notice"], 180), denial_alternates=["not_covered", "out_of_network"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid remittance-style notice, mileage units over (rotated)
def doc_medicaid(r):
    f = base(r)
    plan = "Ashby State Medicaid Program"
    ds, ms = "iso", "bare"
    amb = AMBULANCE[3]
    icn = pat(r, "99999999999999999")
    f.update(mid=pat(r, "99999999999"))
    billed, route = r.randint(52, 70), r.randint(28, 40)
    b, pm, mil = lines_for(r, "A0428", billed, 6, 9)
    denied = round(pm * (billed - route), 2)
    d = Page(footer="ASMP-MBN-3 (rev 2024)  Medicaid Notice of Claim Action", orientation="P")
    d.add_page()
    d.text_line("ASHBY STATE MEDICAID PROGRAM", 13, "B", "C")
    d.text_line("Department of Health Care Finance, Claims Unit, PO Box 1190, Ashby Crossing, IA 50999", 8.5, "", "C")
    d.ln(2)
    d.text_line("NOTICE OF CLAIM ACTION TO MEDICAID MEMBER", 12, "B", "C")
    d.ln(2)
    d.boxes([("Notice date", fmt_date(f["notice"], ds), 36), ("Medicaid ID", f["mid"], 44),
             ("Internal control number (ICN)", icn, 60), ("Service date", fmt_date(f["dos"], ds), 40)], h=12)
    d.boxes([("Member", f["member"], 90), ("Billing provider", amb, 90)], h=12)
    d.ln(3)
    d.table(["Line", "Procedure", "Units billed", "Units allowed", "Billed", "Paid", "Edit"],
            [["1", "A0428 BLS non-emergency", "1", "1", fmt_money(b, ms), fmt_money(b * 0.45, ms), ""],
             ["2", "A0425 Ground mileage", str(billed), str(route), fmt_money(mil, ms),
              fmt_money(pm * 0.45 * route, ms), "4410"],
             ["*Claim", "total", "", "", fmt_money(b + mil, ms), fmt_money(b * 0.45 + pm * 0.45 * route, ms), ""]],
            [12, 52, 24, 24, 24, 22, 18], size=8.4, aligns="LLRRRRL")
    paras(d, [
        f"Edit 4410: The mileage billed ({billed} miles) is more than the shortest practical route between the "
        f"sending and receiving facilities ({route} miles, from {HOSPITALS[3]} to {HOSPITALS[1]}). Only the "
        f"loaded miles of the shortest route are paid. Units over {route} are denied (amount billed for denied "
        f"units {fmt_money(denied, ms)}).",
        "Your provider may not bill you for any amount Medicaid did not pay, except your copayment.",
        "#Your right to a fair hearing",
        "If you disagree with this action you may ask for a State Fair Hearing within 90 days of the date of this "
        "notice. Call 1-555-870-2200 or write to the Office of Administrative Hearings, PO Box 1240, Ashby "
        "Crossing, IA 50999."], size=9)
    total = round(b + mil, 2)
    t = truth("eob", "coding_error", insurer=plan, member_id=f["mid"], member_name=f["member"],
              case_numbers=[icn], claim_amount=f"{total:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=amb,
              alternates={"appeal_deadline": [plus(f["notice"], 90)]},
              denial_alternates=["medical_necessity", "other", "not_covered"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: MA notice of denial of payment, hospital to SNF (low-res)
def doc_ma_letter(r):
    f = base(r)
    plan = "Millbourne Heritage Advantage"
    ds, ms = "long", "space"
    amb = AMBULANCE[0]
    ref = pat(r, "MHA-99-9999999")
    f.update(mid=pat(r, "MHA999999999"), plan_id="H8820-011")
    miles = r.randint(8, 20)
    b, pm, mil = lines_for(r, "A0428", miles)
    total = round(b + mil, 2)
    d = Page(footer="H8820_NDP26  Notice of Denial of Payment  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Claims Department, 5 Heritage Square, Hollins Ferry, KY 40999",
                   f"Member Services {f['phone']}, TTY 711"], 0)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", "C")
    d.ln(2)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Plan:", plan + " (HMO) H8820-011"),
           ("Claim reference:", ref), ("Provider:", amb), ("Date of service:", fmt_date(f["dos"], ds)),
           ("Amount billed:", fmt_money(total, ms)),
           ("Trip:", f"{HOSPITALS[4]} to {SNFS_NAME} (hospital discharge)")], w=40, size=9.2)
    paras(d, [
        "#We have denied payment for the service listed above",
        f"Your plan covers non-emergency ambulance transport only when other means of transport could endanger your "
        f"health. The records from {HOSPITALS[4]} show that on the day of discharge you walked with a walker, sat in "
        "a chair for meals and had no oxygen or monitoring needs. You could have traveled by wheelchair van or by "
        "car. The ambulance transfer (A0428, A0425) was not medically necessary.",
        "#If you disagree",
        "You have the right to ask us to reconsider. Your request must be made within 65 days of the date of this "
        "notice. Send it to Millbourne Heritage Advantage, Appeals, PO Box 612, Hollins Ferry, KY 40999. If we do "
        "not decide fully in your favor, your case will go to an Independent Review Entity.",
        "Form CMS-10003-NDP (style). If you need help, call Member Services."], size=9.3)
    t = truth("denial_letter", "medical_necessity", insurer=plan, plan_id="H8820-011", member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], claim_amount=f"{total:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=amb,
              appeal_deadline=plus(f["notice"], 65), alternates={"plan_id": [None]})
    return pdf_bytes(d), t


SNFS_NAME = "Brookhollow Nursing and Rehabilitation Center"

PLAN = [
    ("bd_commercial_eob_bls_mednec", "born_digital", doc_eob_mednec, None),
    ("scan300_msn_mileage_nearest_facility", "scan_clean_300", doc_msn, None),
    ("faxstd_stack_ma_eob_ambulance_statement", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photocopy_paid_eob", "photocopy", doc_paid, None),
    ("phone_es_eob_nearer_hospital", "phone_photo", doc_spanish, None),
    ("rotated_medicaid_mileage_units", "rotated", doc_medicaid, None),
    ("scan150_ma_denial_of_payment", "scan_lowres_150", doc_ma_letter, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
