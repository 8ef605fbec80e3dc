"""Family emergency_medicaid_limited_scope_followup_claim_denial: a state Medicaid agency's emergency-only
("limited scope") coverage for people who do not have full Medicaid status. Labor and delivery or the emergency
visit itself is paid; follow-up visits after the emergency was stabilized are refused as not an emergency.

Modelled on the public structure of a state Medicaid fee-for-service Notice of Action (42 CFR 431.206/431.210:
the action and its effective date, the specific reason, the regulations relied on (42 CFR 440.255(c),
435.406, 435.139), the right to a fair hearing and how to ask, representation, continued benefits), a Medicaid
remittance advice with several claims, the Spanish "Aviso de acción", a reconsideration decision, a medical
review contractor's letter to the provider, an approval of Emergency Medical Assistance and a clinic statement.
The state ("Arcadia"), its agency, providers, people and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import MONTHS_ES, Page, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "emergency_medicaid_limited_scope_followup_claim_denial"
LANG = "en"
SEED = 334200
AGENCY = "Arcadia Department of Health and Human Services"
DIV = "Division of Medical Assistance - Emergency Medical Assistance (EMA) Program"
AG_ADDR = "PO Box 70410, Capitol City, AC 70410"
CONTRACTOR = "Bellwether Health Review Services, Inc."
FIRST = ["Rosalba", "Teodoro", "Anayeli", "Bao", "Wilmer", "Dunia", "Esperanza", "Kofi", "Yessenia", "Lucian",
         "Marlon", "Thi"]
LAST = ["Gutierrez", "Nguyen", "Amador", "Castellanos", "Mensah", "Zelaya", "Paredes", "Ortiz", "Lemus", "Tran"]
CLINICS = ["Eastgate Community Health Center", "Riverside Women's Clinic", "Harmon Valley Family Practice",
           "Los Pinos Medical Group"]
HOSPITALS = ["Mercy Crest Regional Hospital", "Capitol City General Hospital", "Valle Alto Medical Center"]
ORTHO = "Brightwater Orthopedic Clinic"
SURGEONS = ["Dr. Nadine Okorie", "Dr. Felipe Arangure", "Dr. Martin Sokol"]
CITIES = [("Capitol City", "704"), ("Port Selden", "705"), ("Marlow Springs", "707"), ("Eastgate", "708")]


def person(rng) -> str:
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGJLMNRS')}. {rng.choice(LAST)}"


def addr(rng) -> list[str]:
    city, z = rng.choice(CITIES)
    return [f"{rng.randint(100, 9899)} {rng.choice(['Orchard St', 'Calle Mirasol', 'Railroad Ave', 'W 9th St'])}"
            f" Apt {rng.randint(1, 40)}", f"{city} AC {z}{rng.randint(10, 99)}"]


def mid(rng) -> str:
    return f"{digits(rng, 9)}{rng.choice('ABCDEKM')}"


def letterhead(p: Page, rng, size=13):
    p.line("STATE OF ARCADIA", 9, "B", h=4.5)
    p.line(AGENCY, size, "B", h=7)
    p.line(DIV, 8.5, h=4.2)
    p.line(f"{AG_ADDR}  |  Recipient Services 1-8{rng.randint(55, 88)}-555-{digits(rng, 4)}  |  TTY 711", 8, h=4.2)
    p.ln(4)


def hearing_rights(p: Page, days: int = 90):
    p.heading("Your right to a fair hearing", 11)
    p.para(f"If you think this action is wrong, you may ask for a State fair hearing. Your request must be received "
           f"within {days} days from the date this notice was mailed. You may ask by phone, in writing, or in "
           "person at your county office. You may speak for yourself or have a lawyer, a relative, a friend or "
           "another person speak for you. Free legal help may be available from Arcadia Legal Aid, "
           "1-800-555-0190.", 9)
    p.para("Continued benefits: this notice does not end or reduce coverage you already have, so no benefits "
           "continue pending a hearing. An expedited hearing is available if waiting could seriously harm your "
           "health.", 9)
    p.para("Language help: ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
           "lingüística. Llame al número de arriba.", 8)


# 1 ---------------------------------------------------------------- born digital Notice of Action, postpartum visit
def notice_postpartum(rng):
    name = person(rng)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 45))
    dos = plus(notice, -rng.randint(20, 34))
    delivery = plus(dos, -rng.randint(14, 20))
    icn = f"{notice.strftime('%y')}{digits(rng, 3)}{digits(rng, 8)}"
    caseno = f"EMA-{digits(rng, 7)}"
    m = mid(rng)
    clinic = rng.choice(CLINICS)
    a, b = amount(rng, 160, 240), amount(rng, 18, 40)
    total = round(a + b, 2)
    p = Page(footer="Page {n} of {nb}", footer_left="DMA-NOA-07 (Rev. 10/2025)")
    p.add_page()
    letterhead(p, rng)
    p.line(f"Date of notice: {fdate(notice, 'long')}", 10, h=5.5)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("NOTICE OF ACTION - MEDICAL ASSISTANCE CLAIM", 12.5, "B", h=7)
    p.boxed_pairs([("Recipient", name), ("Medicaid ID", m), ("Eligibility case number", caseno),
                   ("Coverage type", "Emergency Medical Assistance (limited scope)"), ("Claim number (ICN)", icn),
                   ("Effective date of action", fdate(notice, "slash"))], label_w=62, size=9)
    p.heading("What action are we taking?", 11)
    p.para("We denied payment for the services below. The provider billed us for them on your behalf.", 10)
    p.table(["Date of service", "Provider", "Service", "Amount billed", "Action"],
            [[fdate(dos, "slash"), clinic, "99214 postpartum follow-up visit", money(a), "Denied"],
             [fdate(dos, "slash"), clinic, "85025 blood count (CBC)", money(b), "Denied"],
             ["", "", "Total", money(total), ""]],
            [27, 58, 52, 24, 13], size=8.5)
    p.heading("Why?", 11)
    p.para(f"Your Medicaid coverage is Emergency Medical Assistance only. It pays for treatment of an emergency "
           f"medical condition, including labor and delivery. Your delivery on {fdate(delivery, 'long')} was paid. "
           "The follow-up visit listed above was a scheduled office visit after the emergency had ended. It was "
           "not treatment of an emergency medical condition, so Emergency Medical Assistance cannot pay for it.",
           10)
    p.para("Rules we used: 42 CFR 440.255(c); 42 CFR 435.406(b); Arcadia Medical Assistance Manual, section "
           "3.14 (Emergency Medical Assistance).", 9)
    p.heading("Claim review (reconsideration)", 11)
    p.para("You or your provider may ask the Division to reconsider this decision. Send your request and any "
           "medical records within 30 days of the date of this notice to the address above. Asking for a "
           "reconsideration does not stop the fair hearing time limit.", 9.5)
    hearing_rights(p)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id=m, member_name=name, cases=[icn],
              claim_amount=m2(total), service_dates=[dos.isoformat()], denial_date=notice.isoformat(),
              provider=clinic, appeal_deadline=plus(notice, 30).isoformat(),
              alternates={"case_numbers": [[icn, caseno]]}, denial_alternates=["eligibility"])
    return out(p), t


# 2 ---------------------------------------------------------------- remittance advice, several claims, one denied
def remittance(rng):
    ra_date = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 50))
    hosp = rng.choice(HOSPITALS)
    pat, other = person(rng), person(rng)
    while other == pat:
        other = person(rng)
    m, m2id = mid(rng), mid(rng)
    admit = plus(ra_date, -rng.randint(40, 55))
    disch = plus(admit, 2)
    er = plus(admit, -rng.randint(8, 15))
    fu = plus(disch, rng.randint(9, 16))
    oth = plus(ra_date, -rng.randint(15, 30))
    icns = [f"2{digits(rng, 12)}" for _ in range(4)]
    bill = [amount(rng, 9000, 15000), amount(rng, 1300, 2600), amount(rng, 420, 880), amount(rng, 300, 900)]

    def lname(n):
        first, mi, last = n.split()
        return f"{last.upper()}, {first.upper()} {mi[0]}"

    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line("ARCADIA MEDICAL ASSISTANCE PROGRAM", 12, "B", h=6)
    p.line(f"{AGENCY} - Medicaid Management Information System", 8.5, h=4.5)
    p.line("REMITTANCE ADVICE", 14, "B", align="C", h=9)
    p.pairs([("RA date", fdate(ra_date, "short")), ("Payee", hosp.upper()),
             ("Medicaid provider no.", digits(rng, 9)), ("NPI", digits(rng, 10)),
             ("EFT trace no.", f"EFT{digits(rng, 10)}"),
             ("Claims period", f"{fdate(plus(ra_date, -7), 'short')} - {fdate(plus(ra_date, -1), 'short')}")],
            label_w=44, size=8.5, h=4.6)
    p.ln(3)
    p.line("CLAIMS PAID / DENIED", 9.5, "B", h=6)
    rows = [[icns[0], lname(pat), m, f"{fdate(er, 'short')}", money(bill[1], 'nosign'),
             money(round(bill[1] * 0.41, 2), 'nosign'), "PAID", "-"],
            [icns[1], lname(pat), m, f"{fdate(admit, 'short')}-{fdate(disch, 'short')}", money(bill[0], 'nosign'),
             money(round(bill[0] * 0.38, 2), 'nosign'), "PAID", "-"],
            [icns[2], lname(pat), m, f"{fdate(fu, 'short')}", money(bill[2], 'nosign'), "0.00", "DENIED", "0462"],
            [icns[3], lname(other), m2id, f"{fdate(oth, 'short')}", money(bill[3], 'nosign'),
             money(round(bill[3] * 0.45, 2), 'nosign'), "PAID", "-"]]
    p.table(["ICN", "Recipient", "Medicaid ID", "Service dates", "Billed", "Paid", "Status", "EOB"], rows,
            [29, 36, 25, 31, 17, 17, 13, 12], size=7.2)
    p.line("EOB CODE DESCRIPTIONS", 9.5, "B", h=6)
    p.para("**0462** Recipient is eligible for Emergency Medical Assistance (limited scope) only on the date of "
           "service. Diagnosis and place of service do not describe an emergency medical condition. Not covered. "
           "(CARC 96, RARC N130)", 8.5)
    p.para(f"Claim {icns[2]}: outpatient clinic visit after discharge, revenue code 0510. The emergency room "
           "visit and the inpatient labor and delivery stay for this recipient were paid on this remittance.", 8.5)
    p.line("SUMMARY", 9.5, "B", h=6)
    p.pairs([("Claims paid", "3"), ("Claims denied", "1"),
             ("Total paid", money(round(bill[1] * 0.41, 2) + round(bill[0] * 0.38, 2) + round(bill[3] * 0.45, 2)))],
            label_w=44, size=8.5, h=4.6)
    p.ln(2)
    p.para("Providers may request reconsideration of a denied claim within 90 days of the RA date, with medical "
           "records showing an emergency medical condition. Original claims must be filed within 365 days of the "
           "date of service.", 8.5)
    t = truth("eob", "not_covered", insurer=AGENCY, member_id=m, member_name=pat, cases=[icns[2]],
              claim_amount=m2(bill[2]), service_dates=[fu.isoformat()], denial_date=ra_date.isoformat(),
              provider=hosp, appeal_deadline=plus(ra_date, 90).isoformat(),
              alternates={"appeal_deadline": [None], "insurer": ["Arcadia Medical Assistance Program"]},
              denial_alternates=["eligibility"])
    return out(p), t


# 3 ---------------------------------------------------------------- stack: EMA approval + clinic statement
def approval(rng, f):
    p = Page(footer=None, footer_left="DMA-EL-12")
    p.add_page()
    letterhead(p, rng, 12)
    p.line(fdate(f["approved"], "abbr"), 10, h=5.5)
    p.ln(2)
    for ln in [f["name"]] + f["addr"]:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("Notice of Action: Emergency Medical Assistance Approved", 12, "B", h=7)
    p.para(f"Application number: {f['app']}", 10)
    p.para(f"Medicaid ID: {f['mid']}", 10)
    p.para(f"We approved your application for Emergency Medical Assistance for {f['name']}. The coverage period is "
           f"{fdate(f['start'], 'long')} through {fdate(f['end'], 'long')}, the days of your emergency care at "
           f"{f['hosp']}.", 10)
    p.para("Emergency Medical Assistance is limited coverage. It pays only for care of an emergency medical "
           "condition (including labor and delivery) during the coverage period. It does not pay for follow-up "
           "visits, medicines to take home, or other care after the emergency ends. You do not have full Medicaid "
           "coverage. If your situation changes, you may apply again.", 10)
    p.para("Rules: 42 CFR 435.406, 42 CFR 440.255(c). If you disagree with the coverage period, you may ask for a "
           "fair hearing within 90 days from the date this notice was mailed.", 9)
    t = truth("other", None, insurer=AGENCY, member_id=f["mid"], member_name=f["name"], cases=[f["app"]],
              service_dates=[span(f["start"], f["end"])], denial_date=f["approved"].isoformat(), provider=f["hosp"],
              alternates={"case_numbers": [[]], "service_dates": [[f["start"].isoformat()], []],
                          "provider": [None]})
    return out(p), t


def statement(rng, f):
    clinic = f["clinic"]
    st = plus(f["end"], rng.randint(40, 55))
    v1, v2 = plus(f["end"], rng.randint(6, 10)), plus(f["end"], rng.randint(24, 32))
    c1, c2 = amount(rng, 140, 230), amount(rng, 140, 230)
    p = Page(footer=None)
    p.add_page()
    p.line(clinic, 14, "B", h=7)
    p.line("Patient Billing Office  |  1180 Railroad Ave, Eastgate AC 70812  |  (555) 014-2290", 8.5, h=4.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B", h=7)
    p.pairs([("Statement date", fdate(st, "iso")), ("Account number", f"A{digits(rng, 8)}"),
             ("Patient", f["name"]), ("Insurance", f"Arcadia Medicaid EMA, ID {f['mid']}")], label_w=40, size=9.5)
    p.ln(3)
    p.table(["Date", "Description", "Charges", "Insurance", "Balance"],
            [[fdate(v1, "iso"), "Office visit, follow-up", money(c1), "0.00", money(c1)],
             [fdate(v1, "iso"), "Medicaid denied - not an emergency (EMA only)", "", "", ""],
             [fdate(v2, "iso"), "Office visit, follow-up", money(c2), "0.00", money(c2)],
             [fdate(v2, "iso"), "Medicaid denied - not an emergency (EMA only)", "", "", ""],
             ["", "Total", money(c1 + c2), "0.00", money(c1 + c2)]],
            [26, 86, 22, 22, 22], size=8.5)
    p.para(f"Amount due now: {money(c1 + c2)}. Your Medicaid covers emergencies only, so these visits are your "
           "responsibility. Ask about our sliding-fee discount program; apply within 60 days to hold this "
           "balance.", 9.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["name"], claim_amount=m2(c1 + c2),
              service_dates=[v1.isoformat(), v2.isoformat()], denial_date=st.isoformat(), provider=clinic,
              unscored=["insurer"], alternates={"claim_amount": [None], "member_id": [None]})
    return out(p), t


def stack_item(rng):
    approved = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 30))
    start = plus(approved, -rng.randint(20, 30))
    f = dict(name=person(rng), addr=addr(rng), mid=mid(rng), app=f"APP-{digits(rng, 8)}", approved=approved,
             start=start, end=plus(start, rng.randint(2, 4)), hosp=rng.choice(HOSPITALS), clinic=rng.choice(CLINICS))
    return Item(f"{FAMILY}_faxf_stack_approval_statement", "fax_fine_g4", [approval(rng, f), statement(rng, f)],
                separators=["cover", None])


# 4 ---------------------------------------------------------------- Spanish Aviso de acción (photocopy)
def aviso_es(rng):
    name = person(rng)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 40))
    er = plus(notice, -rng.randint(50, 70))
    fu = plus(er, rng.randint(12, 18))
    icn = f"{notice.strftime('%y')}{digits(rng, 11)}"
    m = mid(rng)
    a, b = amount(rng, 150, 260), amount(rng, 60, 140)
    total = round(a + b, 2)
    p = Page(footer="Página {n} de {nb}", footer_left="DMA-NOA-07S (Rev. 10/2025)")
    p.add_page()
    p.line("ESTADO DE ARCADIA", 9, "B", h=4.5)
    p.line(AGENCY, 13, "B", h=7)
    p.line("Departamento de Salud y Servicios Humanos - División de Asistencia Médica (programa EMA)", 8.5, h=4.2)
    p.line(AG_ADDR, 8, h=4.2)
    p.ln(4)
    p.line(f"Fecha del aviso: {fdate(notice, 'long', 'es')}", 10, h=5.5)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("AVISO DE ACCIÓN - RECLAMACIÓN DE ASISTENCIA MÉDICA", 12.5, "B", h=7)
    p.pairs([("Beneficiario", name), ("Número de Medicaid", m), ("Número de reclamación", icn),
             ("Proveedor", ORTHO), ("Fecha de servicio", fdate(fu, "long", "es")),
             ("Cantidad facturada", money(total))], label_w=52, size=9.5)
    p.ln(2)
    p.heading("¿Qué decidimos?", 11)
    p.para("Negamos el pago de la visita de seguimiento (control de yeso, código 29705) y la radiografía de "
           "control (73090) que le hicieron en la fecha indicada.", 10)
    p.heading("¿Por qué?", 11)
    p.para(f"Su cobertura es de Asistencia Médica de Emergencia solamente. Pagamos su visita a la sala de "
           f"emergencias del {fdate(er, 'long', 'es')} por la fractura del brazo. La visita de seguimiento fue "
           "una cita programada después de que terminó la emergencia, por lo que no es un servicio de emergencia "
           "y no está cubierta por su tipo de cobertura.", 10)
    p.para("Reglas: 42 CFR 440.255(c); 42 CFR 435.406; Manual de Asistencia Médica de Arcadia, sección 3.14.", 9)
    p.heading("Reconsideración", 11)
    p.para("Usted o su proveedor pueden pedir que reconsideremos esta decisión dentro de 30 días a partir de la "
           "fecha de este aviso. Envíe su pedido por escrito con los registros médicos.", 9.5)
    p.heading("Audiencia imparcial", 11)
    p.para("Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la "
           "fecha en que se envió este aviso. Puede representarse usted mismo o tener un abogado, un familiar o un "
           "amigo que hable por usted. Si necesita una audiencia rápida porque su salud corre peligro, díganos.", 9)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id=m, member_name=name, cases=[icn],
              claim_amount=m2(total), service_dates=[fu.isoformat()], denial_date=notice.isoformat(), provider=ORTHO,
              appeal_deadline=plus(notice, 30).isoformat(), lang="es", denial_alternates=["eligibility"])
    return out(p), t


# 5 ---------------------------------------------------------------- reconsideration upheld (phone photo)
def reconsideration(rng):
    name = person(rng)
    decided = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 40))
    surg_day = plus(decided, -rng.randint(70, 90))
    wound, sutures = plus(surg_day, rng.randint(6, 8)), plus(surg_day, rng.randint(12, 15))
    icn = f"2{digits(rng, 12)}"
    rec = f"RC-{decided.year}-{digits(rng, 5)}"
    surgeon = rng.choice(SURGEONS)
    m = mid(rng)
    c = amount(rng, 210, 390)
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p, rng, 12.5)
    p.line(fdate(decided, "dmy"), 10.5, h=6)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 10.5, h=5.2)
    p.ln(3)
    p.line("RECONSIDERATION DECISION", 12.5, "B", h=7)
    p.para(f"Reconsideration number: {rec}    Medicaid ID: {m}", 10)
    p.para(f"You asked us to reconsider our denial of claim {icn}. The claim was for two office visits with "
           f"{surgeon} after your emergency appendectomy: a wound check on {fdate(wound, 'dmy')} and suture removal "
           f"on {fdate(sutures, 'dmy')}, billed at {money(c)}.", 10.5)
    p.para("A physician reviewer looked at the records you sent. The emergency surgery and your hospital stay were "
           "paid under Emergency Medical Assistance. The two visits afterwards were routine post-operative care, "
           "not treatment of an emergency medical condition. **Decision: the denial is upheld.**", 10.5)
    p.para("This ends the Division's review. If you disagree you may ask for a State fair hearing within 90 days "
           "from the date this decision was mailed. Call Recipient Services or write to the Office of Appeals and "
           "Hearings at the address above. You may bring a lawyer, relative or friend.", 10)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id=m, member_name=name, cases=[rec, icn],
              claim_amount=m2(c), service_dates=[wound.isoformat(), sutures.isoformat()],
              denial_date=decided.isoformat(), provider=surgeon, denial_alternates=["eligibility"])
    return out(p), t


# 6 ---------------------------------------------------------------- review contractor letter to the provider (low res)
def contractor(rng):
    name = person(rng)
    notice = dt.date(2026, 1, 19) + dt.timedelta(days=rng.randint(0, 50))
    er = plus(notice, -rng.randint(45, 60))
    visits = [plus(er, 3), plus(er, 10), plus(er, 17)]
    icn = f"2{digits(rng, 12)}"
    review = f"ESR{digits(rng, 7)}"
    m = mid(rng)
    hosp = rng.choice(HOSPITALS)
    charges = [amount(rng, 180, 320) for _ in visits]
    total = round(sum(charges), 2)
    dob = dt.date(1975 + rng.randint(0, 25), rng.randint(1, 12), rng.randint(1, 28))
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(CONTRACTOR, 14, "B", h=7)
    p.line(f"Emergency Services Review Contractor for the Arcadia Medical Assistance Program ({AGENCY})", 8, h=4.2)
    p.line("4400 Old Mill Rd, Port Selden AC 70533  |  Provider line 1-866-555-0134  |  Fax 1-866-555-0135", 8, h=4.2)
    p.ln(5)
    p.line(fdate(notice, "slash"), 10, h=5.5)
    p.line(f"To: Utilization Review / Patient Accounts, {hosp}", 10, h=5.5)
    p.ln(3)
    p.pairs([("Review number", review), ("Recipient", name), ("Medicaid ID", m), ("Date of birth", fdate(dob, "slash")),
             ("ICN", icn), ("Attending NPI", digits(rng, 10))], label_w=40, size=9.5, h=5)
    p.ln(2)
    p.heading("Emergency certification result: PARTIALLY CERTIFIED", 11)
    p.table(["Date of service", "Service", "Charges", "Result"],
            [[fdate(er, "slash"), "ED visit 99284, wound debridement", "see claim", "Certified - emergency"]] +
            [[fdate(v, "slash"), "Wound care follow-up, outpatient clinic", money(cc), "Not certified"]
             for v, cc in zip(visits, charges)],
            [28, 78, 30, 38], size=8.5)
    p.para(f"The three follow-up visits on claim {icn} (total charges {money(total)}) were scheduled wound care "
           "after the emergency condition was stabilized in the emergency department. The records do not show an "
           "emergency medical condition on those dates as defined in 42 CFR 440.255(c) and section 1903(v)(3) of "
           "the Social Security Act. Emergency Medical Assistance does not cover them.", 9.5)
    p.para("Provider reconsideration: send additional records within 60 days of the date of this letter. "
           "Peer-to-peer discussion with the reviewing physician may be requested within 10 business days. The "
           "recipient has received a separate notice with fair hearing rights.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=CONTRACTOR, member_id=m, member_name=name, cases=[review, icn],
              claim_amount=m2(total), service_dates=[v.isoformat() for v in visits], denial_date=notice.isoformat(),
              provider=hosp, appeal_deadline=plus(notice, 60).isoformat(),
              alternates={"insurer": [AGENCY]}, denial_alternates=["medical_necessity", "eligibility"])
    return out(p), t


# 7 ---------------------------------------------------------------- eligibility Notice of Action: EMA only (rotated)
def eligibility(rng):
    name = person(rng)
    notice = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 60))
    applied = plus(notice, -rng.randint(20, 40))
    caseno = f"{digits(rng, 4)}-{digits(rng, 6)}"
    m = mid(rng)
    p = Page(footer="Page {n} of {nb}", footer_left="DMA-NOA-01")
    p.add_page()
    letterhead(p, rng, 12)
    p.pairs([("Notice date", fdate(notice, "iso")), ("Case number", caseno), ("Applicant", name),
             ("Application received", fdate(applied, "iso")), ("Medicaid ID", m)], label_w=48, size=10)
    p.ln(3)
    p.heading("NOTICE OF ACTION: FULL MEDICAID DENIED - EMERGENCY MEDICAL ASSISTANCE ONLY", 11)
    p.para(f"**What we decided.** {name} is not eligible for full Medicaid coverage. {name} is eligible for "
           "Emergency Medical Assistance only, which covers care for an emergency medical condition, including "
           "labor and delivery.", 10)
    p.para("**Why.** To get full Medicaid a person must be a U.S. citizen or have a qualified immigration status "
           "and meet the five-year waiting period. The documents you gave us show an immigration status that does "
           "not meet these rules. All other requirements (income, residence) are met.", 10)
    p.para("**Rules.** 42 CFR 435.406; 42 CFR 435.139; 8 U.S.C. 1641; Arcadia Medical Assistance Manual, "
           "section 2.07.", 9.5)
    p.para(f"**Effective date.** {fdate(plus(notice, 10), 'iso')}. Follow-up visits, regular check-ups and "
           "prescriptions are not covered by Emergency Medical Assistance.", 10)
    hearing_rights(p)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=m, member_name=name, cases=[caseno],
              denial_date=notice.isoformat(), alternates={"case_numbers": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_notice_postpartum", "born_digital", [notice_postpartum(rng)]),
            Item(f"{F}_scan_remittance", "scan_clean_300", [remittance(rng)]),
            stack_item(rng),
            Item(f"{F}_copy_aviso_es", "photocopy", [aviso_es(rng)]),
            Item(f"{F}_photo_reconsideration", "phone_photo", [reconsideration(rng)]),
            Item(f"{F}_lowres_contractor", "scan_lowres_150", [contractor(rng)]),
            Item(f"{F}_rot_eligibility", "rotated", [eligibility(rng)])]
