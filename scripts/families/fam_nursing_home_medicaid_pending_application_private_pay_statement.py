"""Family 'nursing_home_medicaid_pending_application_private_pay_statement': a nursing home resident whose
Medicaid application is pending. The facility bills the resident (private pay, "Medicaid pending") while the
Medicaid managed long-term care plan refuses the room-and-board days because the resident is not yet eligible;
the county then approves Medicaid with a retroactive effective date and the days are paid. Invented county,
plan, facility and people.

Documents: born-digital resident statement (Medicaid pending, private pay rate, denies nothing); scanned plan
denial letter for the room days (not eligible on the dates of service); photocopied county approval notice with
a retroactive effective date and a monthly patient pay amount; standard-fax remittance advice to the facility
with three residents' claims (one refused for eligibility); phone photo of a Spanish denial notice; sideways
member EOB paying the days after the retroactive approval; low-resolution stack of a short denial notice, a blank
separator and the facility statement moving the refused days to private pay.

Decoys: application filed dates, patient pay (liability) amounts, resident account numbers, dates of birth,
NPIs, admission dates, other residents' claims, 72-hour, 120-day fair-hearing and 10-day continuation limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "nursing_home_medicaid_pending_application_private_pay_statement"
LANG = "en"
SEED = 336000
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NH = "Willow Bend Care and Rehabilitation Center"
PLAN = "Northstar Heritage Health Plan"
COUNTY = "Tamarack County Department of Human Services"
RATE = 312.00


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


def month(y: int, m: int) -> tuple[dt.date, dt.date]:
    end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(y, m, 1), end


def resident(r: Rand) -> dict:
    name, first, mid, last = r.person()
    adm = dt.date(2025, r.randint(10, 12), r.randint(1, 28))
    return dict(name=name, first=first, last=last, mcd=f"{r.letters(2)}{r.digits(7)}{r.letters(1)}",
                acct=f"WB-{r.digits(5)}", adm=adm, filed=adm + dt.timedelta(days=r.randint(10, 30)),
                dob=dt.date(r.randint(1930, 1948), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(), npi=r.npi(),
                rp=r.choice(["Colin", "Odette", "Wendell", "Sunita"]) + " " + last)


def nh_head(d: Page):
    d.text_line(NH, 14, "B", h=7)
    d.text_line("2150 Heron Marsh Road, Bemidji, MN 56601  ·  Business Office (218) 555-0163", 8.4, h=4.6)
    d.rule(0.6, 4)


def plan_head(d: Page, ph: str):
    d.text_line("NORTHSTAR HERITAGE", 17, "B", h=8)
    d.text_line("Health Plan  ·  Medicaid Long-Term Services and Supports", 9, h=5)
    d.text_line(f"PO Box 6620, St. Cloud, MN 56302  ·  Member Services {ph} (TTY 711)", 8.2, h=4.6)
    d.rule(0.6, 4)


# ---------------------------------------------------------------- 0: resident statement (born digital)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    p = resident(r)
    s, e = month(2026, r.randint(2, 4))
    stmt = e + dt.timedelta(days=r.randint(3, 8))
    days = (e - s).days + 1
    room = round(days * RATE, 2)
    pharm, supp = 86.40, 42.15
    tot = round(room + pharm + supp, 2)
    prior = round(RATE * r.randint(20, 31), 2)
    d = Page(None)
    d.add_page()
    nh_head(d)
    d.text_line("RESIDENT STATEMENT", 13, "B", h=7)
    d.ln(1)
    y0 = d.get_y()
    for ln in [f"Responsible party: {p['rp']}", f"Re: resident {p['name']}", "418 Cedar Lane", "Bemidji, MN 56601"]:
        d.text_line(ln, 9.6, h=5)
    d.set_xy(118, y0)
    kv(d, [("Statement date", fmt_date(stmt, "long")), ("Account", p["acct"]), ("Admitted", fmt_date(p["adm"], "long")),
           ("Payer status", "Medicaid pending")], lw=32, size=8.8, x=118, h=4.8)
    d.ln(4)
    rows = [[f"{fmt_date(s, 'slash')} - {fmt_date(e, 'slash')}", f"Room and board, private pay, {days} days @ {RATE:,.2f}",
             fmt_money(room, "nosign")],
            [fmt_date(e, "slash"), "Pharmacy, non-covered", fmt_money(pharm, "nosign")],
            [fmt_date(e, "slash"), "Personal supplies", fmt_money(supp, "nosign")],
            ["*", "Charges this statement", fmt_money(tot, "nosign")],
            ["", "Previous balance", fmt_money(prior, "nosign")],
            ["*", "Balance due", fmt_money(tot + prior, "nosign")]]
    d.table(["Period", "Description", "Amount"], rows, [46, 100, 34], size=9, aligns="LLR", head_fill=True)
    d.para(f"A Medicaid application for {p['name']} was filed with the county on {fmt_date(p['filed'], 'long')} and "
           "is still pending. Until Medicaid eligibility is decided, the private pay rate applies and the balance "
           "is due each month. If Medicaid is approved for these months, we will bill the Medicaid plan and refund "
           "any amount you paid above the patient pay amount set by the county.", 9.4)
    d.para("This statement is not an insurance decision. Please call the business office with questions.", 9.4)
    t = truth("other", None, member_name=p["name"], claim_amount=m2(tot), service_dates=[iso(s, e)],
              denial_date=iso(stmt), provider=NH, unscored=["insurer"],
              alternates={"claim_amount": [None, m2(room)], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: plan denial letter (scan clean)
def doc_denial(r: Rand) -> tuple[bytes, dict]:
    p = resident(r)
    s, e = month(2026, r.randint(1, 3))
    days = (e - s).days + 1
    amt = round(days * RATE, 2)
    sent = e + dt.timedelta(days=r.randint(20, 30))
    claim = f"{r.digits(4)}{r.digits(4)}{r.digits(5)}"
    d = Page("NHHP-LTSS-ABD 02/2026")
    d.add_page()
    plan_head(d, p["ph"])
    d.text_line(fmt_date(sent, "long"), 10, h=6)
    d.ln(1)
    for ln in [p["name"], f"c/o {NH}", "2150 Heron Marsh Road", "Bemidji, MN 56601"]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line("Notice of Adverse Benefit Determination - Nursing Facility Claim", 11.5, "B", h=7)
    kv(d, [("Member", p["name"]), ("Member ID", p["mcd"]), ("Date of birth", fmt_date(p["dob"], "slash")),
           ("Claim number", claim), ("Facility", f"{NH} (NPI {p['npi']})"),
           ("Dates of service", f"{fmt_date(s, 'slash')} through {fmt_date(e, 'slash')}"),
           ("Billed", f"{fmt_money(amt)} ({days} room and board days)")], lw=40)
    d.ln(2)
    d.para("Decision: we denied payment for these days. Our records show you were not enrolled in Medicaid or in "
           "our plan on the dates of service. Your Medicaid application is still pending with the county. If the "
           "county approves Medicaid for these dates, the facility may send the claim again and it will be "
           "reviewed.", 10)
    d.para("You may appeal this decision within 60 days of the date of this notice. If your health could be "
           "seriously harmed by waiting, ask for a fast appeal; we decide fast appeals within 72 hours. After our "
           "appeal decision you may ask for a State Fair Hearing within 120 days.", 10)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=p["mcd"], member_name=p["name"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(s, e)], denial_date=iso(sent),
              provider=NH, appeal_deadline=iso(sent + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: county approval (photocopy)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    p = resident(r)
    sent = dt.date(2026, r.randint(4, 5), r.randint(2, 25))
    eff = dt.date(2026, 1, 1)
    case = f"{r.digits(8)}"
    ppay = 1400 + r.randint(0, 300) + 0.0
    d = Page("DHS-MA-APPR (Rev. 11/2025)")
    d.add_page()
    d.text_line("Tamarack County", 15, "B", h=7)
    d.text_line("Department of Human Services  ·  Economic Assistance  ·  715 Minnesota Ave NW, Bemidji, MN 56601", 8.4, h=4.6)
    d.rule(0.6, 4)
    d.text_line("NOTICE OF APPROVAL - MEDICAL ASSISTANCE FOR LONG-TERM CARE", 11.5, "B", h=7)
    d.boxes([("Notice date", fmt_date(sent, "mdy_nopad"), 38), ("Case number", case, 38),
             ("Recipient ID", p["mcd"], 44), ("Worker", "J. Okafor, #412", 58)], h=12)
    d.ln(3)
    d.para(f"To: {p['name']}, {NH}, 2150 Heron Marsh Road, Bemidji, MN 56601", 10)
    d.para(f"Your application dated {fmt_date(p['filed'], 'mdy_nopad')} has been approved. You are eligible for Medical "
           f"Assistance, including nursing facility services, beginning {fmt_date(eff, 'mdy_nopad')}. This is a "
           "retroactive approval: it covers the months before this notice.", 10)
    d.para(f"Your monthly patient pay amount (your share of the cost of care) is {fmt_money(ppay)}. You pay this amount "
           f"to {NH} each month. Medical Assistance pays the rest of the approved rate. You will be enrolled in "
           f"{PLAN} for long-term services and supports.", 10)
    d.para("If you disagree with the patient pay amount, you may ask for a State Fair Hearing within 30 days of "
           "receiving this notice, or within 90 days if you have a good reason for the delay. To keep benefits "
           "unchanged during an appeal, you must appeal within 10 days.", 9.4)
    t = truth("other", None, insurer=COUNTY, member_id=p["mcd"], member_name=p["name"], case_numbers=[case],
              denial_date=iso(sent), provider=NH,
              alternates={"case_numbers": [[]], "provider": [None], "service_dates": [[iso(eff)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: remittance advice, three residents (fax std)
def doc_remit(r: Rand) -> tuple[bytes, dict]:
    p = resident(r)
    o1, _, _, _ = r.person()
    o2, _, _, _ = r.person()
    s, e = month(2026, r.randint(1, 3))
    ra = e + dt.timedelta(days=r.randint(14, 21))
    days = (e - s).days + 1
    icns = [f"26{r.digits(3)}{r.digits(6)}" for _ in range(3)]
    ids = [f"{r.letters(2)}{r.digits(7)}{r.letters(1)}" for _ in range(2)]
    amt = round(days * RATE, 2)
    o_amt = [round(days * RATE, 2), round((days - 4) * RATE, 2)]
    last_first = lambda n: f"{n.split()[-1]}, {n.split()[0]} {n.split()[1].rstrip('.')}".upper()  # noqa: E731
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.text_line("NORTHSTAR HERITAGE HEALTH PLAN - PROVIDER REMITTANCE ADVICE", 11.5, "B", h=6)
    kv(d, [("RA date", fmt_date(ra, "dmy")), ("Payee", NH), ("Payee NPI", p["npi"]), ("EFT trace", r.digits(12))], lw=28,
       size=8.6, h=4.6)
    d.ln(2)
    rows = [[last_first(o1), ids[0], icns[0], f"{fmt_date(s, 'dmy')}-{fmt_date(e, 'dmy')}", f"{o_amt[0]:,.2f}",
             f"{o_amt[0] - 1450:,.2f}", "PR-142 CO-45"],
            [last_first(p["name"]), p["mcd"], icns[1], f"{fmt_date(s, 'dmy')}-{fmt_date(e, 'dmy')}", f"{amt:,.2f}",
             "0.00", "CO-177 N30"],
            [last_first(o2), ids[1], icns[2], f"{fmt_date(s, 'dmy')}-{fmt_date(e - dt.timedelta(days=4), 'dmy')}",
             f"{o_amt[1]:,.2f}", f"{o_amt[1] - 1210:,.2f}", "PR-142 CO-45"]]
    d.table(["Patient", "Member ID", "ICN", "Service period", "Billed", "Paid", "Adj codes"], rows,
            [40, 26, 28, 46, 20, 18, 14], size=7.6, aligns="LLLLRRL")
    d.para("CO-177 Patient has not met the required eligibility requirements.  N30 Patient ineligible for this "
           "service.  PR-142 Monthly patient pay (liability) amount.  CO-45 Charge exceeds fee schedule.", 8)
    d.para("Resubmit a denied claim once eligibility is established. Provider claim disputes must be filed within "
           "90 days of the date of this remittance advice.", 8.4)
    t = truth("eob", "eligibility", insurer=PLAN, member_id=p["mcd"], member_name=p["name"], case_numbers=[icns[1]],
              claim_amount=m2(amt), service_dates=[iso(s, e)], denial_date=iso(ra), provider=NH,
              appeal_deadline=iso(ra + dt.timedelta(days=90)), alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish denial (phone photo)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    name, first, mid, last = r.person("es")
    p = resident(r)
    s, e = month(2026, r.randint(1, 3))
    days = (e - s).days + 1
    amt = round(days * RATE, 2)
    sent = e + dt.timedelta(days=r.randint(18, 28))
    claim = f"NH-{r.digits(9)}"
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    plan_head(d, p["ph"])
    d.text_line(fmt_date(sent, "es"), 10, h=6)
    d.ln(1)
    d.text_line("AVISO DE DENEGACIÓN DE PAGO", 12.5, "B", h=7)
    kv(d, [("Afiliado(a):", name), ("Nº de afiliado:", p["mcd"]), ("Fecha de nacimiento:", fmt_date(p["dob"], "es")),
           ("Número de reclamación:", claim)], lw=50)
    d.ln(2)
    d.para(f"Estimado(a) {first} {last}:", 10)
    d.para(f"{NH} nos envió una reclamación por {fmt_money(amt)} por {days} días de alojamiento y comidas del "
           f"{fmt_date(s, 'es')} al {fmt_date(e, 'es')}. Denegamos el pago porque usted no tenía cobertura de Medicaid "
           "en esas fechas: su solicitud de Medicaid todavía está pendiente en el condado.", 10)
    d.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. Una apelación "
           "rápida se decide en 72 horas. Después de la apelación puede pedir una audiencia imparcial estatal dentro "
           "de 120 días.", 10)
    t = truth("denial_letter", "eligibility", "es", insurer=PLAN, member_id=p["mcd"], member_name=name,
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(s, e)], denial_date=iso(sent),
              provider=NH, appeal_deadline=iso(sent + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: member EOB paid after approval (rotated)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    p = resident(r)
    s, e = month(2026, r.randint(1, 2))
    days = (e - s).days + 1
    amt = round(days * RATE, 2)
    ppay = 1385.00
    stmt = dt.date(2026, 5, r.randint(4, 28))
    claim = f"{r.digits(12)}"
    d = Page("Northstar Heritage Health Plan  ·  Page {p}")
    d.add_page()
    plan_head(d, p["ph"])
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", h=7)
    kv(d, [("DATE", fmt_date(stmt, "upper")), ("MEMBER", p["name"]), ("MEMBER ID", p["mcd"]), ("CLAIM", claim)],
       lw=30, size=9)
    d.ln(2)
    d.table(["Service period", "Provider", "Billed", "Patient pay", "Plan paid"],
            [[f"{fmt_date(s, 'upper')} - {fmt_date(e, 'upper')}", NH, fmt_money(amt), fmt_money(ppay),
              fmt_money(amt - ppay)]], [52, 70, 22, 22, 22], size=8.4, aligns="LLRRR", head_fill=True)
    d.para("This claim was sent again after the county approved your Medical Assistance retroactively. It has been "
           "paid. The patient pay amount is your share set by the county; the facility may bill you for it.", 9.6)
    t = truth("eob", None, insurer=PLAN, member_id=p["mcd"], member_name=p["name"], case_numbers=[claim],
              claim_amount=m2(amt), service_dates=[iso(s, e)], denial_date=iso(stmt), provider=NH,
              type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: stack: short denial + statement (lowres)
def doc_short(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Northstar Heritage Health Plan", 14, "B", h=7)
    d.text_line("Claim determination", 10, h=6)
    d.ln(3)
    kv(d, [("Date", fmt_date(f["sent"], "iso")), ("Member", f["name"]), ("Member ID", f["mcd"]), ("Claim", f["claim"]),
           ("Facility", NH), ("Service dates", f"{fmt_date(f['s'], 'iso')} to {fmt_date(f['e'], 'iso')}"),
           ("Amount billed", fmt_money(f["amt"])), ("Result", "Denied - not eligible on dates of service")], lw=38)
    d.ln(2)
    d.para("Medicaid eligibility has not been established for these dates (application pending). Appeal within "
           "60 days of the date of this notice.", 10)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=f["mcd"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(f["amt"]), service_dates=[iso(f["s"], f["e"])],
              denial_date=iso(f["sent"]), provider=NH, appeal_deadline=iso(f["sent"] + dt.timedelta(days=60)))
    return pdf_bytes(d), t


def doc_transfer(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["sent"] + dt.timedelta(days=r.randint(5, 9))
    d = Page(None)
    d.add_page()
    nh_head(d)
    d.text_line("Statement of Account", 12.5, "B", h=7)
    kv(d, [("Resident", f["name"]), ("Account", f["acct"]), ("Statement", fmt_date(stmt, "abbr"))], lw=30)
    d.ln(2)
    rows = [[fmt_date(f["sent"], "abbr"), f"Northstar Heritage claim {f['claim']} denied - not eligible", "", ""],
            [fmt_date(stmt, "abbr"), f"Room and board {fmt_date(f['s'], 'abbr')} - {fmt_date(f['e'], 'abbr')} moved to private pay",
             fmt_money(f["amt"], "nosign"), fmt_money(f["amt"], "nosign")]]
    d.table(["Posted", "Description", "Charge", "Balance"], rows, [30, 104, 24, 24], size=8.6, aligns="LLRR")
    d.para("Your Medicaid application is pending. We will rebill the plan if Medicaid is approved for these dates.", 9.4)
    t = truth("other", None, member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(f["amt"]),
              service_dates=[iso(f["s"], f["e"])], denial_date=iso(stmt), provider=NH, unscored=["insurer"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r6 = Rand(SEED + 6)
    f = resident(r6)
    s, e = month(2026, 2)
    f.update(s=s, e=e, amt=round(((e - s).days + 1) * RATE, 2), sent=dt.date(2026, 3, 24), claim=f"C{r6.digits(10)}")
    return [Item(f"{FAMILY}_bd_resident_statement", "born_digital", [doc_statement(Rand(SEED))]),
            Item(f"{FAMILY}_scan_plan_denial", "scan_clean_300", [doc_denial(Rand(SEED + 1))]),
            Item(f"{FAMILY}_photocopy_county_approval", "photocopy", [doc_approval(Rand(SEED + 2))]),
            Item(f"{FAMILY}_faxstd_remittance", "fax_standard_g4", [doc_remit(Rand(SEED + 3))]),
            Item(f"{FAMILY}_phone_aviso_es", "phone_photo", [doc_es(Rand(SEED + 4))]),
            Item(f"{FAMILY}_rotated_paid_eob", "rotated", [doc_paid(Rand(SEED + 5))]),
            Item(f"{FAMILY}_lowres_stack_denial_statement", "scan_lowres_150",
                 [doc_short(r6, f), doc_transfer(r6, f)], separators=["blank", None])]
