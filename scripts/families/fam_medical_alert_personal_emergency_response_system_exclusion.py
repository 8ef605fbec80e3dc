"""Family 'medical_alert_personal_emergency_response_system_exclusion': a personal emergency response system
(PERS: S5160 installation, S5161 monthly monitoring) refused by an invented commercial plan as a convenience item
and by an invented state Medicaid waiver as not in the member's waiver service plan; the vendor's invoice; the
waiver's approval after the plan of care was amended; a multi-claim EOB with the PERS claim refused; a Spanish
letter; an upheld appeal. All issuers, people, IDs, phone numbers and amounts are invented.
Decoys: DOB, vendor NPI and account numbers, request-received dates, claims-processed periods, 72-hour and
external-review / fair-hearing limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, days, fdate, iso, m2, mixed, money, npi, person, tollfree, usd, phone

FAMILY = "medical_alert_personal_emergency_response_system_exclusion"
LANG = "en"
SEED = 336100
PLAN = ("Wrenfield Health Plan", "PO Box 77120, Cardale, OR 97499")
STATE = ("Kestrel State Department of Human Services", "Home and Community-Based Services Waiver Unit",
         "PO Box 2210, Ashbury Gap, NE 68899")
VENDOR = ("Beaconpoint Alert Systems", "4418 Tillman Road, Brezice, NE 68879")
ES_PLAN = ("Salud Comunitaria Valle Claro", "Apartado 5521, Semic, NM 87028")
CODES = {"S5160": "Emergency response system; installation and testing",
         "S5161": "Emergency response system; service fee, per month"}


def header(d, name, sub, addr, ph, fax=None):
    if fax:
        d.text_line(fax, 8)
        d.ln(1)
    d.text_line(name, 15, "B")
    d.text_line(sub, 9)
    d.text_line(f"{addr}  |  {ph}", 8.5)
    d.rule(0.6, 3)


def kv(d, rows, w=52, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d, who, addr, date_s=None):
    if date_s:
        d.text_line(date_s, 10.5)
        d.ln(3)
    for ln in (who, *addr):
        d.text_line(ln, 10.5)
    d.ln(4)


def dob(r):
    return dt.date(r.randint(1932, 1955), r.randint(1, 12), r.randint(1, 28))


def plan_letter(r):
    """Commercial plan denial: PERS installation + first month excluded as a convenience item."""
    m, a = person(r), address(r)
    notice = dt.date(2026, 3, 4)
    dos = days(notice, -26)
    ins_ch, mon_ch = money(r, 95, 160), money(r, 34, 59)
    tot = round(ins_ch + mon_ch, 2)
    claim, mid, grp = mixed(r, "WH99999999"), mixed(r, "WHP999999999"), mixed(r, "G-99999")
    ph = tollfree(r)
    d = Doc("Helvetica", footer="WHP-UM-114 (01/2026)   page {p} of {n}")
    d.add_page()
    header(d, PLAN[0], "Member Appeals and Claims Review", PLAN[1], ph)
    addressee(d, m[0], a, fdate(notice, "long"))
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    kv(d, [("Member name:", m[0]), ("Member ID:", mid), ("Group number:", grp), ("Date of birth:", fdate(dob(r), "slash")),
           ("Claim number:", claim), ("Vendor:", f"{VENDOR[0]} (NPI {npi(r)})"), ("Date of service:", fdate(dos, "slash")),
           ("Claim received:", fdate(days(notice, -12), "slash")), ("Amount billed:", usd(tot))])
    d.table(["Code", "Description", "Billed", "Plan pays"],
            [["S5160", CODES["S5160"], usd(ins_ch), "$0.00"], ["S5161", CODES["S5161"], usd(mon_ch), "$0.00"]],
            [20, 116, 24, 24], aligns="LLRR")
    d.para("We cannot pay this claim. A personal emergency response system (a medical alert pendant and its "
           "monitoring service) is a convenience item: it does not treat an illness or injury and is useful to "
           "people who are not sick. Your Certificate of Coverage, Section 9 (Exclusions), lists \"personal "
           "emergency response systems, alarm and monitoring services\" as not covered.")
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"You may ask for an internal appeal within 180 days of the date of this letter. If waiting could seriously "
           f"harm your health, ask for an expedited appeal; we decide those within 72 hours. Call {ph} (TTY 711). "
           "After the internal appeal you may ask for an external review within 4 months.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN[0], member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=VENDOR[0], appeal_deadline=iso(days(notice, 180)))
    return pdf_bytes(d), t


def waiver_noa(r):
    """State waiver Notice of Action: PERS not in the waiver service plan."""
    m, a = person(r), address(r)
    notice = dt.date(2026, 4, 17)
    start = days(notice, 10)
    case, mid = mixed(r, "WV-2026-99999"), mixed(r, "99999999A")
    d = Doc("Times", footer="Form DHS-HCBS-207 (Rev. 07/2025)")
    d.add_page()
    d.text_line("STATE OF KESTREL", 9, "B")
    header(d, STATE[0], STATE[1], STATE[2], tollfree(r))
    addressee(d, m[0], a, fdate(notice, "abbr"))
    d.text_line("NOTICE OF ACTION - SERVICE REQUEST DENIED", 13, "B")
    d.ln(1)
    kv(d, [("Recipient", m[0]), ("Medicaid ID", mid), ("Case number", case), ("Waiver", "Elderly and Disabled Waiver"),
           ("Request received", fdate(days(notice, -15), "abbr")), ("Provider", VENDOR[0]),
           ("Requested start", fdate(start, "abbr"))], w=44)
    d.table(["Service", "Code", "Units", "Action"],
            [["PERS installation", "S5160", "1", "Denied"], ["PERS monitoring", "S5161", "12 months", "Denied"]],
            [70, 24, 30, 40])
    d.para("The request for a personal emergency response system is DENIED. A waiver service can be paid only when "
           "it is listed in your approved person-centered service plan. Your current service plan lists personal "
           "care and home-delivered meals; it does not list PERS. Rule: Kestrel Admin. Code 470-83.6(2).")
    d.para("If you disagree, you may ask for a State Fair Hearing within 90 days of the date of this notice. If you "
           "ask within 10 days, your current services continue while you wait. Your case manager can ask to add PERS "
           "to your service plan at any time.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=STATE[0], member_id=mid, member_name=m[0], case_numbers=[case],
              service_dates=[iso(start)], denial_date=iso(notice), provider=VENDOR[0],
              alternates={"service_dates": [[]]}, denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def invoice(r):
    """Vendor invoice: monthly monitoring billed to the member after the plan refused it (denies nothing)."""
    m, a = person(r), address(r)
    inv_date = dt.date(2026, 5, 1)
    s, e = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
    mon = money(r, 36, 55)
    prev = round(mon * 2, 2)
    tot = round(mon + prev, 2)
    acct, invno = mixed(r, "BP-999999"), mixed(r, "INV-9999999")
    d = Doc("Courier")
    d.add_page()
    d.text_line(VENDOR[0].upper(), 14, "B")
    d.text_line(f"{VENDOR[1]}   Customer care {phone(r)}", 8.5)
    d.rule(0.5, 3)
    d.text_line("INVOICE", 13, "B")
    kv(d, [("Invoice no.", invno), ("Invoice date", fdate(inv_date, "iso")), ("Account", acct),
           ("Customer", m[0]), ("Service address", f"{a[0]}, {a[1]}")], w=40, size=9.5)
    d.table(["Period", "Item", "Amount"],
            [[f"{fdate(s, 'iso')} to {fdate(e, 'iso')}", "S5161 Monitoring service, 24/7 response center", usd(mon)],
             ["", "Previous balance (Feb-Mar monitoring)", usd(prev)], ["*Total due", "", usd(tot)]],
            [58, 96, 26], aligns="LLR")
    d.para("Your health plan did not pay for the alert system. You are responsible for the monthly service fee. "
           "Payment is due 30 days from the invoice date. This is not an insurance decision.", 9)
    t = truth("other", None, member_name=m[0], claim_amount=m2(tot), service_dates=[iso(s, e)],
              denial_date=iso(inv_date), provider=VENDOR[0], unscored=["insurer"],
              alternates={"claim_amount": [m2(mon), None], "denial_date": [None]})
    return pdf_bytes(d), t


def approval(r):
    """Waiver approval after the service plan was amended."""
    m, a = person(r), address(r)
    notice = dt.date(2026, 6, 9)
    start, end = days(notice, 7), dt.date(2027, 5, 31)
    auth, mid = mixed(r, "PA99999999"), mixed(r, "99999999A")
    d = Doc("Times")
    d.add_page()
    header(d, STATE[0], STATE[1], STATE[2], tollfree(r))
    addressee(d, m[0], a, fdate(notice, "dmy"))
    d.text_line("NOTICE OF ACTION - SERVICE APPROVED", 13, "B")
    kv(d, [("Medicaid ID", mid), ("Authorization no.", auth), ("Provider", VENDOR[0])], w=44)
    d.para(f"Your case manager added a personal emergency response system to your service plan. We APPROVE PERS "
           f"installation (S5160) and monthly monitoring (S5161) from {fdate(start, 'dmy')} through "
           f"{fdate(end, 'dmy')}. {VENDOR[0]} will contact you to install the unit. You owe nothing.")
    d.para("If you disagree with any part of this decision, you may ask for a State Fair Hearing within 90 days.", 9.5)
    t = truth("other", None, insurer=STATE[0], member_id=mid, member_name=m[0], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(notice), provider=VENDOR[0],
              alternates={"service_dates": [[iso(start)], []], "case_numbers": [[]]})
    return pdf_bytes(d), t


def eob(r, low=False):
    """Member EOB with three claims; the PERS monitoring claim refused."""
    m, a = person(r), address(r)
    stmt = dt.date(2026, 5, 20) if not low else dt.date(2026, 7, 14)
    mid, grp = mixed(r, "WHP999999999"), mixed(r, "G-99999")
    pcp = "Dr. Helena V. Marsh"
    c1, c2, c3 = mixed(r, "WH99999999"), mixed(r, "WH99999999"), mixed(r, "WH99999999")
    d1, d2, d3 = days(stmt, -40), days(stmt, -38), days(stmt, -33)
    b1, b2, b3 = money(r, 140, 240), money(r, 40, 90), money(r, 34, 59)
    d = Doc("Helvetica", footer="This is not a bill.  page {p}")
    d.add_page()
    header(d, PLAN[0], "Explanation of Benefits", PLAN[1], tollfree(r))
    kv(d, [("Statement date", fdate(stmt, "long")), ("Member", m[0]), ("Member ID", mid), ("Group", grp),
           ("Claims processed", f"{fdate(days(stmt, -30), 'slash')} - {fdate(stmt, 'slash')}")], w=40)
    rows = [[f"Claim {c1}  {pcp}", "", "", "", ""],
            [fdate(d1, "slash"), "99214 Office visit", usd(b1), usd(round(b1 * 0.6, 2)), "Paid"],
            [f"Claim {c2}  Northvale Reference Lab", "", "", "", ""],
            [fdate(d2, "slash"), "80053 Metabolic panel", usd(b2), usd(round(b2 * 0.5, 2)), "Paid"],
            [f"Claim {c3}  {VENDOR[0]}", "", "", "", ""],
            [fdate(d3, "slash"), "S5161 PERS monitoring, month", usd(b3), "$0.00", "Denied - PX2"]]
    d.table(["Date", "Service", "Billed", "Plan paid", "Status"], rows, [30, 66, 26, 26, 34], aligns="LLRRL")
    d.para("PX2: Personal emergency response systems and monitoring are convenience items excluded by your plan. "
           "You may owe the vendor the full amount.", 9)
    d.para("To appeal a claim, write to us within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours.", 9)
    t = truth("eob", "not_covered", insurer=PLAN[0], member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[c3], claim_amount=m2(b3), service_dates=[iso(d3)], denial_date=iso(stmt),
              provider=VENDOR[0], appeal_deadline=iso(days(stmt, 180)))
    return pdf_bytes(d), t


def spanish(r):
    m, a = person(r, "es"), address(r, "es")
    notice = dt.date(2026, 3, 4)
    dos = days(notice, -21)
    ch = money(r, 120, 190)
    claim, mid = mixed(r, "VC-9999999"), mixed(r, "VCL99999999")
    d = Doc("Helvetica")
    d.add_page()
    header(d, ES_PLAN[0], "Servicios para Miembros", ES_PLAN[1], tollfree(r))
    addressee(d, m[0], a, fdate(notice, "es"))
    d.text_line("Aviso de denegación de pago", 13)
    d.ln(2)
    kv(d, [("Número de miembro:", mid), ("Número de reclamación:", claim)])
    d.para(f"Estimado(a) {m[0]}: negamos el pago del sistema de alerta médica (S5160, instalación) que "
           f"{VENDOR[0]} instaló el {fdate(dos, 'es')}, por un total facturado de {usd(ch)}. Su plan excluye los "
           "sistemas personales de respuesta a emergencias porque son artículos de conveniencia y no son "
           "principalmente médicos.")
    d.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. Si su salud "
           "corre peligro, pida una apelación rápida (72 horas).")
    t = truth("denial_letter", "not_covered", "es", insurer=ES_PLAN[0], member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=VENDOR[0], appeal_deadline=iso(days(notice, 60)))
    return pdf_bytes(d), t


def upheld(r):
    m, a = person(r), address(r)
    notice = dt.date(2026, 8, 12)
    dos = days(notice, -95)
    ch = money(r, 130, 210)
    claim, app, mid = mixed(r, "WH99999999"), mixed(r, "AP-99999"), mixed(r, "WHP999999999")
    d = Doc("Helvetica")
    d.add_page()
    header(d, PLAN[0], "Appeals Unit", PLAN[1], tollfree(r))
    addressee(d, m[0], a, fdate(notice, "iso"))
    d.text_line(f"RE: Appeal {app} - Claim {claim}", 11, "B")
    d.ln(2)
    d.para(f"Dear {m[0]}, member ID {mid}:")
    d.para(f"You appealed our refusal to pay {usd(ch)} billed by {VENDOR[0]} for the medical alert system installed "
           f"and monitored starting {fdate(dos, 'iso')}. A reviewer who took no part in the first decision read your "
           "appeal and your doctor's letter. The personal emergency response system remains excluded as a "
           "convenience item. We uphold the denial.")
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN[0], member_id=mid, member_name=m[0],
              case_numbers=[app, claim], claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=VENDOR[0], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


def vendor_notice(r):
    """Plan's provider claim notice to the vendor (low-res): CO-96 non-covered charge."""
    m = person(r)
    notice = dt.date(2026, 7, 2)
    s, e = dt.date(2026, 5, 1), dt.date(2026, 5, 31)
    ch = money(r, 36, 58)
    claim, mid = mixed(r, "WH99999999"), mixed(r, "WHP999999999")
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("wrenfield health plan", 16, "B")
    d.text_line("provider claim notice", 10)
    d.rule(0.4, 3)
    d.boxes([("Notice date", fdate(notice, "upper"), 44), ("Claim no.", claim, 44), ("Payee", VENDOR[0], 92)])
    d.boxes([("Patient", f"{m[3].upper()}, {m[1].upper()} {m[2]}", 60), ("Member ID", mid, 50),
             ("From", fdate(s, "upper"), 35), ("To", fdate(e, "upper"), 35)])
    d.boxes([("Billed", usd(ch), 44), ("Paid", "$0.00", 44), ("Adj. reason", "CO-96 / N425", 92)])
    d.ln(4)
    d.para("S5161 monthly monitoring is a non-covered charge under the member's plan (convenience item). "
           f"Reconsideration requests must be received within 90 days of the date of this notice. Corrected claims "
           "may be sent within 365 days of the date of service.")
    t = truth("eob", "not_covered", insurer=PLAN[0], member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(ch), service_dates=[iso(s, e)], denial_date=iso(notice), provider=VENDOR[0],
              appeal_deadline=iso(days(notice, 90)), type_alternates=["denial_letter"],
              alternates={"service_dates": [[iso(s), iso(e)]], "appeal_deadline": [None]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_plan_convenience_item", "born_digital", [plan_letter(R(0))]),
        Item(f"{FAMILY}_scan300_waiver_not_in_service_plan", "scan_clean_300", [waiver_noa(R(1))]),
        Item(f"{FAMILY}_copy_vendor_invoice", "photocopy", [invoice(R(2))]),
        Item(f"{FAMILY}_faxstd_stack_approval_eob", "fax_standard_g4", [approval(R(3)), eob(R(4))],
             separators=["cover", "blank"]),
        Item(f"{FAMILY}_phone_spanish_denial", "phone_photo", [spanish(R(5))]),
        Item(f"{FAMILY}_rot_appeal_upheld", "rotated", [upheld(R(6))]),
        Item(f"{FAMILY}_lowres_vendor_claim_notice", "scan_lowres_150", [vendor_notice(R(7))]),
    ]
