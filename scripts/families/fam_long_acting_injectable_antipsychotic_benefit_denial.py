"""Family 'long_acting_injectable_antipsychotic_benefit_denial': invented commercial, Medicare Part D, Medicare
Advantage and Medicaid managed-care papers on long-acting injectable antipsychotics (paliperidone palmitate J2426,
aripiprazole extended-release J0401) billed under the wrong benefit: a clinic's buy-and-bill medical claim denied
because the plan covers the drug only under the pharmacy benefit (specialty pharmacy), or a pharmacy claim denied
because the drug is a provider-administered medical (Part B) drug.

Letter-heavy, with clinic and pharmacy papers: a commercial claim denial letter to the member (J2426 medical
claim, pharmacy benefit only); a Part D plan's notice of denial of prescription drug coverage (J0401 is a Part B
drug when a clinician gives it); a specialty pharmacy's notice to the patient that it cannot fill the injection
(a pharmacy notice, not a denial); a Spanish Medicaid managed-care notice (the state carves long-acting
injectables out to the pharmacy program); a faxed stack to the community mental health center: cover sheet, the
plan's denial of a medical-benefit prior authorization request and the same plan's approval under the pharmacy
benefit; a commercial EOB paying the injection fee (96372) but denying the drug line; a first-level appeal
decision upholding a pharmacy-claim denial (the plan pays the drug only under the medical benefit).

Layouts are invented, modelled loosely on published insurer claim letters, CMS-10146 style Part D denial notices,
Medicaid notices of action and commercial EOBs. All values invented: plans, clinics, pharmacies, people, IDs,
amounts; phones 1-555. Decoys: dates of birth, prescriber and ordering clinicians, NPIs, NDCs, Rx numbers,
request-received dates, last-injection dates, allowed/paid/you-owe amounts, account numbers, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "long_acting_injectable_antipsychotic_benefit_denial"
LANG = "en"
SEED = 270500
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
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Thaddeus", "Marisela", "Corwin", "Annelise", "Bartholomew", "Giselle", "Lysander", "Philomena", "Quentin",
         "Rosalie", "Severin", "Tabitha"]
LAST = ["Ashgrove", "Brightwater", "Copperfield", "Dunleavy", "Eckersley", "Farquhar", "Gillespie-Rowe",
        "Halvorsen", "Inglewood", "Jorgensen", "Kettleby", "Larrabee"]
FIRST_ES = ["Anacleto", "Rosaura", "Evaristo", "Marisol", "Teodoro", "Yesenia"]
LAST_ES = ["Barrientos", "Cárdenas", "Escobedo", "Galarza", "Montiel", "Ocampo"]
CITIES = ["Ferndale Crossing, OR 97999", "Larkspur Mills, KY 41999", "Eastbrook Harbor, ME 04999",
          "Cobalt Ridge, NV 89999"]
CITIES_ES = ["San Benito del Río, TX 78999", "Las Palmas Altas, AZ 85999"]
STREETS = ["Wrenfield Road", "Osprey Point Lane", "Tamarack Street", "Beaconsfield Avenue", "Haldane Court"]
CLINICS = ["Riverbend Community Mental Health Center", "Larkspur Behavioral Health Associates",
           "Eastbrook Psychiatric Services, PC", "Cobalt Ridge Recovery & Wellness Clinic"]
PRESCRIBERS = ["Dr. Ottoline R. Beckwith, MD", "Dr. Caspian L. Mirabeau, DO", "Dr. Henrike S. Abara, MD",
               "Dr. Florian J. Wetherby, MD"]
NURSES = ["Gwyneth P. Salcombe, RN", "Dashiell K. Monroe, RN"]
PHARMACIES = ["Kestrel Specialty Pharmacy", "Northgate Infusion & Specialty Rx"]
J2426 = "Inj paliperidone palmitate ER, 1 mg"
J0401 = "Inj aripiprazole ER, 1 mg"


def base(r, lang="en"):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    if lang == "es":
        member = person(r, FIRST_ES, LAST_ES)
        addr = (f"{r.randint(12, 9800)} Calle {r.choice(['Mirasol', 'Los Álamos', 'Ocotillo'])}", r.choice(CITIES_ES))
    else:
        member = person(r, FIRST, LAST)
        addr = (f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES))
    return dict(notice=notice, member=member, addr=addr, phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1958, 2002), r.randint(1, 12), r.randint(1, 28)))


# ---------------------------------------------------------------- 0: commercial claim denial letter to the member
def doc_commercial_letter(r):
    f = base(r)
    plan = "Tamarack Valley Health Plan"
    clinic, doc = CLINICS[0], PRESCRIBERS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 34))
    last_inj = dos - dt.timedelta(days=28)
    claim = pat(r, "TV99999999999")
    mid, grp = pat(r, "TVH999999999"), pat(r, "999999-99")
    units = r.choice([156, 234])
    drug, admin = fee(r, 2400, 3900), fee(r, 38, 62)
    total = round(drug + admin, 2)
    ds, ms = "long", "plain"
    d = Page(footer="TVHP-CLM-DN-0426   Page {p} of {n}")
    d.add_page()
    d.text_line("Tamarack Valley Health Plan", 16, "B")
    d.text_line("Claims Department  ·  PO Box 5520  ·  Ferndale Crossing, OR 97999", 8.6)
    d.text_line(f"Member Services {f['phone']}  ·  TTY 711  ·  Monday–Friday 8 a.m. to 6 p.m.", 8.6)
    d.rule(0.5, 6)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("RE: Your claim was not paid under your medical benefit", 11.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", mid), ("Group number:", grp), ("Claim number:", claim),
           ("Provider:", clinic), ("Ordering prescriber:", doc), ("Date of service:", fmt_date(dos, ds)),
           ("Amount billed:", fmt_money(total, ms))], w=46, size=9.6)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We received a claim from the provider above for a long-acting injectable antipsychotic given in the office. "
        f"The claim listed HCPCS code J2426 ({J2426}), {units} units, and code 96372 for the injection. We are unable "
        "to pay this claim.",
        "#Why we denied your claim",
        "Under your plan, paliperidone palmitate extended-release injection is covered only under your pharmacy "
        "benefit. It must be dispensed by our contracted specialty pharmacy and delivered to the clinic for "
        "administration. It is not covered when the clinic buys the drug and bills it under the medical benefit. "
        "Because the drug was not covered, the injection fee on the same claim was also denied. See your Evidence "
        "of Coverage, section 7.4, Specialty Drugs.",
        f"Your prior injection on {fmt_date(last_inj, ds)} was filled by the specialty pharmacy and is not affected.",
        "What you can do now: ask your prescriber to send future orders to the specialty pharmacy (fax "
        "1-555-712-3390). You may owe nothing for this claim if the clinic is in our network; in-network providers "
        "may not bill you for a drug the plan denied for this reason.",
        "#Your right to appeal",
        "You have the right to appeal this decision. Your appeal must be received within 180 days of the date of "
        "this letter. Write to Tamarack Valley Health Plan, Appeals and Grievances, PO Box 5530, Ferndale Crossing, "
        "OR 97999, or fax 1-555-712-3344. Include this letter and any records you want us to review. You may ask, "
        "free of charge, for copies of all documents relevant to your claim. If your situation is urgent, ask for "
        "an expedited appeal; we will decide within 72 hours. After our final decision you may be able to request "
        "an external review by an independent review organization.",
        "Sincerely,",
        "Claims Review Unit, Tamarack Valley Health Plan"], size=9.6)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["other"], alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Part D notice of denial (drug is Part B)
def doc_partd(r):
    f = base(r)
    org, product, pid = "Beaconsfield Prescription Plans, Inc.", "Beaconsfield Rx Secure (PDP)", "S7731-014"
    doc = PRESCRIBERS[1]
    req = f["notice"] - dt.timedelta(days=r.randint(2, 3))
    cd = pat(r, "CD-2026-9999999")
    mid = pat(r, "BRX99999999")
    ds = "slash"
    d = Page(footer="Form CMS-10146 (adapted)   OMB Approval 0938-0976   S7731_CDN26_C")
    d.add_page()
    d.set_fill_color(225, 225, 225)
    d.font(12, "B")
    d.cell(0, 9, f"  {org}", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"  {product}  ·  Coverage Determinations, PO Box 40177, Cobalt Ridge, NV 89999  ·  {f['phone']}",
                8.2)
    d.ln(4)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13.5, "B", "C")
    d.ln(3)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Enrollee's name:", f["member"]), ("Member ID:", mid),
           ("Case / request number:", cd), ("Plan:", f"{product}, contract-plan {pid}"),
           ("Drug requested:", "Aripiprazole ER injectable suspension 400 mg (J0401)"),
           ("Prescriber:", doc), ("Request received:", fmt_date(req, ds)),
           ("Enrollee date of birth:", fmt_date(f["dob"], ds))], w=52, size=9.4)
    paras(d, [
        "We have denied the prescription drug coverage you or your prescriber requested.",
        "#Why did we deny your request?",
        "We denied your request because this drug is covered under Medicare Part B, not Part D, when it is given "
        "to you by your doctor or a nurse in a clinic or office. Aripiprazole extended-release injection is a "
        "long-acting injectable that must be administered by a health care professional. Medicare Part D plans "
        "cannot pay for a drug that Part B covers as prescribed and dispensed. Your clinic should bill Original "
        "Medicare (Part B) for the drug and the injection. We did not review whether the drug is medically "
        "necessary for you.",
        "#You have the right to ask us for a redetermination (appeal) of our decision",
        "You have 65 days from the date of this notice to ask us for a redetermination. You can call us at the "
        f"number above or write to Beaconsfield Prescription Plans, Part D Appeals, PO Box 40180, Cobalt Ridge, NV "
        "89999 (fax 1-555-388-2017). If we are late giving you our decision or your health requires a quick "
        "decision, ask for a fast (expedited) redetermination: we will give you a decision within 72 hours.",
        "#What if I want someone else to appeal for me?",
        "You can name a relative, friend, advocate, doctor, or someone else to act for you. Your prescriber may "
        "request a redetermination for you without being named your representative.",
        "Get help and more information: call 1-800-MEDICARE (1-555-633-4227), TTY 1-555-486-2048, 24 hours a day. "
        "State Health Insurance Assistance Program: 1-555-421-0830."], size=9.2)
    t = truth("denial_letter", "not_covered", insurer=org, plan_id=pid, member_id=mid, member_name=f["member"],
              case_numbers=[cd], denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              denial_alternates=["other"], alternates={"insurer": [product], "plan_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: specialty pharmacy notice to the patient
def doc_pharmacy_notice(r):
    f = base(r)
    pharm = PHARMACIES[0]
    plan = "Osprey Point Health Alliance"
    clinic, doc = CLINICS[2], PRESCRIBERS[2]
    rx = pat(r, "RX 9999999")
    ref = pat(r, "PA-99999999")
    mid = pat(r, "OPA-9999999")
    planned = f["notice"] + dt.timedelta(days=r.randint(5, 12))
    ds = "abbr"
    d = Page()
    d.add_page()
    d.text_line(pharm, 15, "B", "C")
    d.text_line("Patient Care Coordination  |  1840 Haldane Court, Eastbrook Harbor, ME 04999", 8.6, "", "C")
    d.text_line(f"Toll-free {ph(r)}  |  Fax 1-555-604-2281  |  Pharmacy NPI {npi(r)}", 8.6, "", "C")
    d.ln(2)
    d.rule(0.3, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Important information about your injection order", 12, "B")
    d.ln(1)
    kv(d, [("Patient", f["member"]), ("Date of birth", fmt_date(f["dob"], ds)), ("Insurance", plan),
           ("Insurance ID", mid), ("Prescription", f"{rx}  paliperidone palmitate ER 234 mg/1.5 mL syringe"),
           ("Prescriber", doc), ("Clinic", clinic), ("Insurance reference", ref),
           ("Scheduled injection", fmt_date(planned, ds))], w=44, size=9.4)
    paras(d, [
        f"Dear {f['member'].split()[0]},",
        "We received a new order from your prescriber for your monthly paliperidone palmitate injection. When we "
        "sent the claim to your insurance plan, the plan returned it with the message \"Product covered under "
        "medical benefit - bill medical (reject 75)\". Your plan pays for this injection only when your clinic "
        "buys the drug and bills it to your medical coverage (code J2426).",
        "This means we cannot fill this prescription for you through your pharmacy benefit. We have not charged "
        "you anything. We have let your clinic know, so that the clinic can order the injection itself for your "
        "next appointment. Please do not miss your scheduled injection: call your clinic if you have questions "
        "about where to get it.",
        "This letter is from your pharmacy. It is not a decision from your insurance plan. If you disagree with "
        "how your plan covers this drug, call the member services number on your insurance card; your plan can "
        "explain your appeal rights.",
        "Thank you for choosing " + pharm + ".",
        "Patient Care Coordination Team"], size=9.6)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[ref],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=doc,
              unscored=["insurer"], type_alternates=["denial_letter"], denial_alternates=["not_covered", "other"],
              alternates={"case_numbers": [[]], "service_dates": [[]], "provider": [clinic, pharm]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Spanish Medicaid managed-care notice
def doc_spanish(r):
    f = base(r, "es")
    plan = "Salud Comunitaria del Desierto"
    clinic, doc = "Centro de Salud Mental Ocotillo", PRESCRIBERS[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    claim = pat(r, "SCD-99999999")
    mid = pat(r, "999999999A")
    units = 400
    drug, admin = fee(r, 2300, 3100), fee(r, 35, 55)
    total = round(drug + admin, 2)
    ds, ms = "es", "nosign"
    d = Page(footer="SCD-NOA-ES 03/2026   Página {p} de {n}")
    d.add_page()
    d.text_line("Salud Comunitaria del Desierto", 15, "B")
    d.text_line("Plan de atención administrada de Medicaid  ·  Apartado Postal 8812, Las Palmas Altas, AZ 85999", 8.4)
    d.text_line(f"Servicios al Miembro {f['phone']}  ·  TTY 711", 8.4)
    d.rule(0.5, 5)
    d.text_line("AVISO DE ACCIÓN: DENEGACIÓN DE PAGO", 13, "B", "C")
    d.ln(2)
    kv(d, [("Fecha del aviso:", fmt_date(f["notice"], ds)), ("Miembro:", f["member"]),
           ("Número de Medicaid:", mid), ("Número de reclamo:", claim), ("Proveedor:", clinic),
           ("Médico que ordenó:", doc), ("Fecha del servicio:", fmt_date(dos, ds)),
           ("Cantidad facturada:", f"{fmt_money(total, ms)} dólares")], w=48, size=9.4)
    address_block(d, f["member"], f["addr"])
    paras(d, [
        f"Estimado/a {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"Su clínica nos envió un reclamo por una inyección de aripiprazol de acción prolongada (código J0401, "
        f"{units} unidades) y por la administración de la inyección (código 96372). Hemos negado el pago de este "
        "reclamo.",
        "#Motivo de la decisión",
        "En este estado, los antipsicóticos inyectables de acción prolongada están excluidos de los beneficios "
        "médicos del plan. Medicaid los paga solo a través del Programa de Farmacia de Medicaid del estado, "
        "con receta surtida por una farmacia. Por eso, este plan no cubre el medicamento cuando la clínica lo "
        "compra y lo factura como servicio médico. La clínica puede pedir el medicamento a una farmacia "
        "inscrita en Medicaid. Usted no tiene que pagar este reclamo.",
        "#Su derecho a apelar",
        "Si no está de acuerdo con esta decisión, puede pedir una apelación dentro de 60 días a partir de la "
        "fecha de este aviso. Llame a Servicios al Miembro o escriba a: Apelaciones, Salud Comunitaria del "
        "Desierto, Apartado Postal 8820, Las Palmas Altas, AZ 85999. Si sigue en desacuerdo después de la "
        "apelación, puede pedir una audiencia imparcial estatal dentro de 120 días de la fecha de la carta de "
        "decisión de su apelación. Para recibir ayuda gratuita de un abogado, llame a 1-555-318-6620.",
        "Este aviso no es una factura. Conserve este aviso para sus archivos."], size=9.4)
    t = truth("denial_letter", "not_covered", lang="es", insurer=plan, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["other"], alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: faxed stack: PA denial + pharmacy approval
def doc_stack(r):
    f = base(r)
    plan = "Wrenfield Health Partners"
    clinic, doc = CLINICS[3], PRESCRIBERS[1]
    mid, grp = pat(r, "WHP9999999-01"), pat(r, "G99999")
    planned = f["notice"] + dt.timedelta(days=r.randint(7, 14))
    req = f["notice"] - dt.timedelta(days=2)
    ref = pat(r, "UM2699999")
    ds = "mdy_nopad"
    d = Page(footer="Wrenfield Health Partners - Utilization Management - CONFIDENTIAL - {p}/{n}")
    d.add_page()
    d.font(8)
    d.cell(0, 4, f"{fmt_date(f['notice'], 'slash')} 10:14  FROM WRENFIELD UM 1-555-240-7712  TO 15552408830  P.1",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("WRENFIELD HEALTH PARTNERS", 14, "B")
    d.text_line("Utilization Management  ·  990 Osprey Point Lane, Larkspur Mills, KY 41999", 8.6)
    d.rule(0.4, 4)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION - ADVERSE", 12, "B")
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    d.text_line(f"To: {doc}, {clinic}", 9.6)
    d.text_line("Fax: 1-555-240-8830", 9.6)
    d.ln(2)
    kv(d, [("Authorization request #:", ref), ("Member:", f["member"]), ("Member ID:", mid), ("Group #:", grp),
           ("DOB:", fmt_date(f["dob"], ds)), ("Service requested:", "J0401 aripiprazole ER 400 mg + 96372"),
           ("Benefit requested:", "Medical (provider buy-and-bill)"),
           ("Requested date of service:", fmt_date(planned, ds)), ("Received:", fmt_date(req, ds))], w=52, size=9.2)
    paras(d, [
        "Determination: NOT APPROVED under the medical benefit.",
        "Rationale: the member's plan covers aripiprazole extended-release injection (J0401) under the pharmacy "
        "benefit only (specialty drug list, tier 5). A request under the medical benefit cannot be approved. No "
        "review of medical necessity was made. Please submit a pharmacy prior authorization through the "
        "member's pharmacy benefit; the drug will be shipped to the clinic by a network specialty pharmacy.",
        "Appeal: the member, or the provider on the member's behalf, may appeal within 180 days of the date of "
        "this notice to Wrenfield Appeals, PO Box 3310, Larkspur Mills, KY 41999, fax 1-555-240-7790. Urgent "
        "appeals are decided within 72 hours. A copy of this notice was mailed to the member."], size=9.2)
    t1 = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, group_number=grp,
               member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
               denial_date=f["notice"].isoformat(), provider=doc,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               denial_alternates=["prior_authorization", "other"], alternates={"provider": [clinic]})
    # the approval under the pharmacy benefit, a day later
    n2 = f["notice"] + dt.timedelta(days=1)
    pa2 = pat(r, "RXPA-99999999")
    start, end = planned, planned + dt.timedelta(days=364)
    e = Page(footer="Wrenfield Health Partners Pharmacy Services - page {p} of {n}")
    e.add_page()
    e.font(8)
    e.cell(0, 4, f"{fmt_date(n2, 'slash')} 15:52  FROM WRENFIELD RX 1-555-240-7715  TO 15552408830  P.1",
           new_x="LMARGIN", new_y="NEXT")
    e.ln(3)
    e.text_line("Wrenfield Health Partners  -  Pharmacy Services", 13, "B")
    e.text_line("Pharmacy Prior Authorization  ·  PO Box 3322, Larkspur Mills, KY 41999", 8.6)
    e.rule(0.4, 4)
    e.text_line("PHARMACY PRIOR AUTHORIZATION APPROVAL", 12, "B")
    e.text_line(f"Notice date: {fmt_date(n2, ds)}", 10)
    e.ln(2)
    kv(e, [("PA number:", pa2), ("Member:", f["member"]), ("Member ID:", mid), ("Group #:", grp),
           ("Prescriber:", doc), ("Drug:", "Aripiprazole ER 400 mg prefilled syringe, 1 every 28 days"),
           ("Approved from:", fmt_date(start, ds)), ("Approved through:", fmt_date(end, ds)),
           ("Dispensing pharmacy:", PHARMACIES[1])], w=46, size=9.2)
    paras(e, [
        "Your request has been APPROVED under the member's pharmacy benefit for the period shown. The specialty "
        "pharmacy will contact the clinic to schedule delivery before the injection date. The member's tier 5 "
        "copay applies to each fill.",
        "This approval does not cover the drug if it is billed under the medical benefit. Questions: Pharmacy "
        "Services 1-555-240-7715."], size=9.2)
    t2 = truth("other", None, insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
               case_numbers=[pa2], service_dates=[iso_span(start, end)], denial_date=n2.isoformat(), provider=doc,
               alternates={"service_dates": [[], [start.isoformat()]]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


def iso_span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"


# ---------------------------------------------------------------- 5: commercial EOB, injection paid, drug denied
def doc_eob(r):
    f = base(r)
    plan = "Halvard Mutual Insurance Company"
    clinic, doc = CLINICS[1], PRESCRIBERS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 28))
    claim = pat(r, "9999-999999-99")
    mid, grp = pat(r, "HMX999999999"), pat(r, "HM-99999")
    drug, admin, visit = fee(r, 1900, 2700), fee(r, 36, 58), fee(r, 160, 240)
    total = round(drug + admin + visit, 2)
    ds, ms = "dmy", "usd"
    d = Page(footer="Halvard Mutual Insurance Company  ·  Explanation of Benefits  ·  {p}/{n}")
    d.add_page()
    d.text_line("HALVARD MUTUAL", 18, "B")
    d.text_line(f"Halvard Mutual Insurance Company · PO Box 1177, Eastbrook Harbor, ME 04999 · {f['phone']}", 8.2)
    d.rule(0.5, 3)
    d.text_line("EXPLANATION OF BENEFITS     This is not a bill", 12, "B")
    d.ln(2)
    d.boxes([("Patient", f["member"], 60), ("Member ID", mid, 44), ("Group", grp, 36), ("Issued", fmt_date(f["notice"], ds), 40)],
            h=12)
    d.boxes([("Claim number", claim, 60), ("Provider", clinic, 120)], h=12)
    d.ln(3)
    d.font(8.6)
    d.cell(0, 5, f"Treating provider: {doc}   NPI {f['npi']}   Patient account {pat(r, '99999-AA')}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[fmt_date(dos, ds), "99214 Office visit", fmt_money(visit, ms), fmt_money(round(visit * 0.6, 2), ms),
             fmt_money(round(visit * 0.6 - 30, 2), ms), fmt_money(30, ms), ""],
            [fmt_date(dos, ds), "96372 Injection, IM", fmt_money(admin, ms), fmt_money(round(admin * 0.7, 2), ms),
             fmt_money(round(admin * 0.7, 2), ms), fmt_money(0, ms), ""],
            [fmt_date(dos, ds), "J0401 Aripiprazole ER 400u", fmt_money(drug, ms), fmt_money(0, ms),
             fmt_money(0, ms), fmt_money(0, ms), "RX7"],
            ["*Claim total", "", fmt_money(total, ms), "", "", "", ""]]
    d.table(["Service date", "Service", "Amount billed", "Plan allowance", "Paid to provider", "Your share",
             "Remark"], rows, [24, 46, 26, 25, 27, 20, 12], size=7.6, aligns="LLRRRRL")
    paras(d, [
        "#Remark codes",
        "RX7  Not covered under your medical benefit. This drug is a specialty pharmacy drug under your plan and "
        "is covered only when dispensed by a network specialty pharmacy and billed to your pharmacy benefit. "
        "The provider may not bill you for this line. The office visit and the injection fee were processed "
        "under your medical benefit.",
        "#Appeals",
        "If you think we made a mistake, you may appeal within 180 days after you receive this statement. Write to "
        "Halvard Mutual Appeals, PO Box 1190, Eastbrook Harbor, ME 04999. You may also call us. Policy form "
        "HM-GRP-2026-3A."], size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=clinic, appeal_deadline=None,
              denial_alternates=["other"],
              alternates={"provider": [doc], "claim_amount": [f"{drug:.2f}"],
                          "appeal_deadline": [(f["notice"] + dt.timedelta(days=180)).isoformat()]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: first-level appeal upheld (pharmacy claim)
def doc_appeal(r):
    f = base(r)
    plan = "Cobalt Ridge Employee Benefit Trust"
    admin = "Larrabee Benefit Services, LLC"
    pharm, doc = PHARMACIES[1], PRESCRIBERS[0]
    fill = f["notice"] - dt.timedelta(days=r.randint(60, 80))
    claim = pat(r, "RX-99999999999")
    appeal = pat(r, "APL-26-99999")
    mid, grp = pat(r, "CRE99999999"), pat(r, "99999")
    amt = fee(r, 2600, 4100)
    rec = f["notice"] - dt.timedelta(days=r.randint(20, 27))
    deadline = f["notice"] + dt.timedelta(days=60)
    ds = "wlong"
    d = Page(footer="Larrabee Benefit Services  ·  Appeals Unit  ·  {p}")
    d.add_page()
    d.text_line("Larrabee Benefit Services, LLC", 14, "B", "R")
    d.text_line("Claims administrator for the Cobalt Ridge Employee Benefit Trust", 8.6, "", "R")
    d.text_line(f"Appeals Unit · 75 Beaconsfield Avenue, Cobalt Ridge, NV 89999 · {f['phone']}", 8.6, "", "R")
    d.ln(6)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("First-Level Appeal Decision", 12.5, "B")
    d.ln(1)
    kv(d, [("Appeal number", appeal), ("Pharmacy claim number", claim), ("Participant", f["member"]),
           ("Participant ID", mid), ("Group", grp), ("Pharmacy", pharm), ("Prescriber", doc),
           ("Drug", "Paliperidone palmitate ER 156 mg/mL syringe (NDC 59999-0156-01)"),
           ("Date filled", fmt_date(fill, ds)), ("Amount submitted", fmt_money(amt, "space")),
           ("Appeal received", fmt_date(rec, ds))], w=48, size=9.2)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We have completed our review of your appeal of the denied pharmacy claim described above. A pharmacist "
        "who was not involved in the original decision reviewed the appeal, the plan document and the letter from "
        "your prescriber.",
        "#Decision: the denial is upheld",
        "The Plan covers long-acting injectable antipsychotics, including paliperidone palmitate (HCPCS J2426), "
        "only under the medical benefit, when the drug is supplied and given by your clinic or physician's office. "
        "The Plan's pharmacy benefit excludes drugs that must be administered by a health care professional "
        "(Summary Plan Description, Prescription Drug Exclusions, item 14). Because the pharmacy dispensed the "
        "drug and billed it to the pharmacy benefit, the claim is not payable. Your clinic may supply the injection "
        "and bill the medical benefit; that claim would be considered under your medical coverage.",
        "#Your further rights",
        f"You may request a second-level appeal. Your written request must be received by {fmt_date(deadline, ds)}. "
        "If you remain dissatisfied after the second level, you may request an external review within four months "
        "and you have the right to bring a civil action under section 502(a) of ERISA.",
        "Sincerely,",
        "Appeals Unit, Larrabee Benefit Services, LLC"], size=9.2)
    t = truth("denial_letter", "not_covered", insurer=admin, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}",
              service_dates=[fill.isoformat()], denial_date=f["notice"].isoformat(), provider=pharm,
              appeal_deadline=deadline.isoformat(), denial_alternates=["other"],
              alternates={"insurer": [plan], "case_numbers": [[appeal]], "provider": [doc]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_commercial_letter_j2426_pharmacy_benefit_only", "born_digital", doc_commercial_letter, None),
    ("scan300_partd_denial_j0401_is_part_b", "scan_clean_300", doc_partd, None),
    ("lowres_specialty_pharmacy_cannot_fill_notice", "scan_lowres_150", doc_pharmacy_notice, None),
    ("copy_es_medicaid_lai_carved_out_to_pharmacy", "photocopy", doc_spanish, None),
    ("faxfine_stack_cover_pa_denial_and_rx_approval", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_commercial_eob_drug_line_denied", "phone_photo", doc_eob, None),
    ("rotated_tpa_appeal_upheld_pharmacy_claim", "rotated", doc_appeal, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
