"""Family 'maryland_medicaid_healthchoice_mco_adverse_determination': an invented Maryland HealthChoice managed care
organization's adverse benefit determination notices, in the structure Maryland MCOs use (what was asked for,
what we decided, why, the criteria, an appeal to the MCO within 60 days, a State Fair Hearing through the Office
of Administrative Hearings within 120 days of the appeal decision, continued benefits within 10 days, a 72-hour
expedited appeal, the HealthChoice Help Line).

Documents: a born-digital notice denying a lumbar MRI (label column); a fine-fax stack (cover, the provider copy of
a notice reducing home health visits, the doctor's letter to the MCO fed upside down); a phone photo of an upheld
appeal told in sentences (acute rehab vs skilled nursing); a sideways approval (denies nothing); a low-resolution
member claims summary with three claims, one denied (provider not in network); a photocopied two-page Spanish
notice denying a power wheelchair without prior authorization (running header); a born-digital two-column notice
with a dark logo band denying a brand drug (step therapy).
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, COMAR citations, 120-day hearing,
10-day continuation, 72-hour limits, other claims on the summary.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcz_famcze import Page, addr, cover, fd, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "maryland_medicaid_healthchoice_mco_adverse_determination"
LANG = "en"
SEED = 349504
ORG = "Patapsco Bay Community Health Plan"
ORG_ADDR = "PO Box 61730, Linthicum, MD 21090"
DOC = "Rosalind T. Okafor-Baines, MD"
DOC_BARE = "Rosalind T. Okafor-Baines"
MEMBERS = ["Cornelius D. Whitlock", "Fiona M. Radcliffe", "Everett J. Mabry", "Petra L. Glasscock",
           "Augustin R. Delavan", "Simone K. Hartsfield", "Barnaby W. Quarles"]
MEMBER_ES = "Marisela T. Ocampo"
HELP = "HealthChoice Help Line 1-555-284-4510"
COMAR = "COMAR 10.67.06 and 10.09.36"


def base(r, k):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Reisterstown Road",
                                                        "Baltimore, MD 21215"],
                mid=pat(r, "99999999999"), phone=ph(r),
                dob=dt.date(r.randint(1958, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#Your right to appeal",
        "If you disagree with this decision, you or someone acting for you may file an appeal with "
        f"{ORG} within 60 days of the date of this notice. Call Member Services or write to {ORG} Appeals, "
        f"{ORG_ADDR}. Your provider may appeal for you with your written consent.",
        "#Fast (expedited) appeal",
        "If waiting could seriously harm your health, ask for a fast appeal. We will decide within 72 hours.",
        "#Keeping your services during the appeal",
        "If we are stopping or reducing a service you already get, you may keep getting it during the appeal if "
        "you file within 10 days of the date of this notice.",
        "#State Fair Hearing",
        "If we do not decide in your favor, you may ask for a State Fair Hearing with the Maryland Office of "
        "Administrative Hearings within 120 days of the date of our appeal decision. The Maryland Department of "
        f"Health can help you: {HELP}."], size=size)


def doc_mri_bd(r):
    f = base(r, 0)
    ref = "UM-" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(6, 15))
    got = plus(f["notice"], -r.randint(3, 8))
    d = Page(footer=f"{ORG}  |  Maryland HealthChoice  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["A Maryland HealthChoice Managed Care Organization", ORG_ADDR,
                        f"Member Services {f['phone']}  TTY 711"], 0)
    d.text_line("ADVERSE BENEFIT DETERMINATION NOTICE", 13, "B", "C")
    d.ln(2)
    lv(d, [("Date of this notice:", fd(f["notice"], "long")), ("Member name:", f["member"]),
           ("Medical Assistance No.:", f["mid"]), ("Birth date:", fd(f["dob"], "slash")),
           ("Reference number:", ref), ("Requesting provider:", DOC), ("Provider NPI:", f["npi"]),
           ("Date request received:", fd(got, "long")), ("Planned service date:", fd(planned, "long"))],
       w=52, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was requested",
        "MRI of the lower back (lumbar spine) without contrast, CPT 72148.",
        "#Our decision",
        "We have DENIED this request.",
        "#Why we made this decision",
        "Your back pain started five weeks ago and you have no weakness, numbness or loss of bladder control. "
        "The criteria call for six weeks of treatment such as physical therapy before an MRI. The MRI is not "
        "medically necessary at this time.",
        "#Criteria used",
        COMAR + "; InterQual imaging criteria. You may ask for a free copy."], size=9.3)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def stack_home_health(r):
    f = base(r, 1)
    auth = "MD" + pat(r, "9999999")
    a, b = plus(f["notice"], 7), plus(f["notice"], 66)
    sent = plus(f["notice"], -r.randint(5, 9))
    agency = "Severn River Home Health Services"
    d = Page(footer=f"{ORG} - Provider copy")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "Provider Services 1-555-317-2200  Fax 1-555-317-2299"], 2)
    d.text_line("ADVERSE BENEFIT DETERMINATION - PROVIDER COPY", 12, "B")
    d.ln(1)
    lv(d, [("Notice date", fd(f["notice"], "iso")), ("Provider", agency), ("Member", f["member"]),
           ("MA number", f["mid"]), ("Authorization #", auth), ("Request received", fd(sent, "iso")),
           ("Service", "Skilled nursing home visits (G0299), 3 per week requested"),
           ("Dates", f"{fd(a, 'iso')} to {fd(b, 'iso')}"), ("Decision", "Reduced to 1 visit per week")],
       w=40, size=9.4)
    paras(d, [
        "Reason: The member's wound is healing, the dressing is now changed by the member's daughter, who was "
        "trained on the last visit, and vital signs are stable. One skilled visit per week meets the member's "
        "needs; the other two weekly visits are not medically necessary (COMAR 10.09.04).",
        "The member, or the provider with the member's written consent, may appeal within 60 days of the date of "
        "this notice. Services continue during the appeal if the appeal is filed within 10 days."], size=9.4)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=agency,
                  appeal_deadline=plus(f["notice"], 60).isoformat())
    d = Page(serif=True)
    d.add_page()
    letterhead(d, "Druid Hill Internal Medicine", ["3400 Liberty Heights Avenue, Baltimore, MD 21215",
                                                   "Phone 1-555-466-1200  Fax 1-555-466-1290"], 0)
    d.text_line(fd(sent, "dmy"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", ORG_ADDR])
    paras(d, [
        f"Re: {f['member']}, Medical Assistance number {f['mid']}",
        f"I ask you to approve three skilled nursing visits a week for my patient from {fd(a, 'dmy')} to "
        f"{fd(b, 'dmy')}. The diabetic foot wound is still open and the patient's blood sugar has been above 300 "
        "twice this month. The daughter works and can change the dressing only on weekends. Without the visits "
        "I expect the wound to become infected.",
        "Sincerely,", "Desmond K. Achebe-Lowry, MD", "Druid Hill Internal Medicine"], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=sent.isoformat(),
                  provider="Desmond K. Achebe-Lowry", unscored=["insurer"],
                  alternates={"provider": ["Druid Hill Internal Medicine", agency]})
    cov = cover(f"{agency} - Intake", f"{ORG} Utilization Management", "1-555-402-7710", "1-555-317-2299",
                fd(f["notice"], "slash"), 3, "Provider copy of the notice and the physician letter we received.")
    return [(dec, t_dec), (req, t_req)], [cov, None]


def doc_upheld_photo(r):
    f = base(r, 2)
    f["notice"] = plus(f["notice"], 25)
    appeal, ref = "AP" + pat(r, "9999999"), "UM-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(30, 45))
    got = plus(first, r.randint(5, 12))
    adm = plus(first, r.randint(1, 3))
    hosp = "Chesapeake Acute Rehabilitation Hospital"
    d = Page(serif=True)
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Appeal Resolution", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your appeal on {fd(got, 'long')}. You asked us to change our decision of "
        f"{fd(first, 'long')} that denied admission to {hosp} for inpatient rehabilitation starting "
        f"{fd(adm, 'long')}. Your appeal number is {appeal} and the original reference number is {ref}. Your "
        f"Medical Assistance number is {f['mid']}.",
        "A physical medicine doctor who was not part of the first decision reviewed your appeal. After your hip "
        "surgery you could walk 40 feet with a walker and you cannot yet take part in three hours of therapy a "
        "day. A skilled nursing facility can give you the therapy you need. Inpatient rehabilitation is not the "
        "right level of care for you, so we are upholding our decision.",
        "If you still disagree, you may ask for a State Fair Hearing with the Maryland Office of Administrative "
        "Hearings within 120 days of the date of this letter. Call the " + HELP + " for help. For questions call "
        f"Member Services at {f['phone']}.",
        "Sincerely,", "Appeals and Grievances", ORG], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
              provider=hosp, alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def doc_approved_rotated(r):
    f = base(r, 3)
    auth = "MD" + pat(r, "9999999")
    start = plus(f["notice"], r.randint(4, 12))
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line("NOTICE OF APPROVAL", 12, "B")
    d.ln(2)
    lv(d, [("Date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("MA ID", f["mid"]),
           ("Authorization", auth), ("Ordering provider", DOC),
           ("Service", "CPAP device (E0601) with humidifier and supplies"), ("Approved from", fd(start, "abbr"))],
       w=44, size=9.6)
    paras(d, [
        "Good news. We have APPROVED the service listed above. Your sleep study showed moderate sleep apnea and "
        "the request meets our criteria. The approval is for 90 days of rental; your supplier will check that "
        "you use the device at least 4 hours a night before we approve the next period.",
        "You do not need to do anything. Keep this letter for your records.",
        "Sincerely,", "Utilization Management"], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def doc_claims_lowres(r):
    f = base(r, 4)
    stmt = f["notice"]
    prov = ["Catonsville Family Medicine", "Harbor Point Laboratory", "Rehoboth Coastal Urgent Care"]
    claims = []
    for i in range(3):
        dos = plus(stmt, -r.randint(20, 55))
        claims.append(("C" + pat(r, "99999999999"), dos, [165.0, 92.0, 418.0][i] + r.randint(0, 60) + 0.25 * i))
    denied = 2
    rows = []
    for i, (c, dos, amt) in enumerate(claims):
        paid = 0.0 if i == denied else round(amt * 0.6, 2)
        rows.append([c, fd(dos, "slash"), prov[i], usd(amt, "nosign"), usd(paid, "nosign"),
                     "DENIED N7" if i == denied else "PAID"])
    d = Page(footer=f"{ORG} - Member Claims Summary - not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line("MEMBER CLAIMS SUMMARY (EXPLANATION OF BENEFITS)", 12, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "slash")), ("Member", f["member"]), ("Medical Assistance No.", f["mid"]),
           ("Claims processed", f"{fd(plus(stmt, -31), 'slash')} - {fd(plus(stmt, -1), 'slash')}")], w=46, size=9)
    d.table(["Claim number", "Service date", "Provider", "Billed", "MCO paid", "Status"], rows,
            [38, 22, 58, 22, 20, 22], size=8.2)
    paras(d, [
        "N7 - This provider is not in our network and is located outside Maryland. The service was not an "
        "emergency and was not approved in advance as out-of-network care. You cannot be billed by a provider for "
        "a covered HealthChoice service.",
        "If you disagree with a denied claim, you may appeal within 60 days of the statement date. You may ask "
        "for a State Fair Hearing with the Office of Administrative Hearings within 120 days of our appeal "
        "decision."], size=8.8)
    c, dos, amt = claims[denied]
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[c],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=prov[denied], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_wheelchair_es(r):
    f = base(r, 5)
    auth = "MD" + pat(r, "9999999")
    deliv = plus(f["notice"], -r.randint(10, 25))
    dme = "Anne Arundel Mobility Supply"
    d = Page(footer="Página {p} de {n}",
             header=f"{ORG} - Aviso de determinación adversa - {MEMBER_ES} - N.º de Asistencia Médica {f['mid']}")
    d.add_page()
    letterhead(d, ORG, ["Organización de Atención Administrada de HealthChoice de Maryland", ORG_ADDR,
                        f"Servicios al Miembro {f['phone']}"], 1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 60), ("Nombre del miembro", MEMBER_ES, 64),
             ("N.º de Asistencia Médica", f["mid"], 56)])
    d.boxes([("Número de autorización", auth, 60), ("Proveedor", dme, 120)])
    d.boxes([("Fecha de nacimiento", fd(f["dob"], "slash"), 60), ("Fecha de entrega", fd(deliv, "es"), 64),
             ("Código", "K0823", 56)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        f"{dme} le entregó una silla de ruedas eléctrica el {fd(deliv, 'es')}. Este equipo necesita autorización "
        "previa de nuestro plan. No recibimos la solicitud de autorización antes de la entrega, por eso hemos "
        "NEGADO el pago. El proveedor no le puede cobrar a usted por este equipo.",
        f"Normas usadas: {COMAR}."], size=9.6)
    d.add_page()
    paras(d, [
        "#Su derecho a apelar",
        f"Si no está de acuerdo, usted puede presentar una apelación ante {ORG} dentro de 60 días a partir de la "
        "fecha de este aviso. Si esperar puede dañar gravemente su salud, pida una apelación rápida: decidiremos "
        "dentro de 72 horas.",
        "#Audiencia Imparcial Estatal",
        "Si no decidimos a su favor, puede pedir una Audiencia Imparcial Estatal ante la Oficina de Audiencias "
        "Administrativas de Maryland dentro de 120 días a partir de la fecha de nuestra decisión de apelación. "
        f"Para ayuda llame a la línea de ayuda de HealthChoice al 1-555-284-4510."], size=9.6)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[auth], service_dates=[deliv.isoformat()],
              denial_date=f["notice"].isoformat(), provider=dme, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_drug_twocol_bd(r):
    f = base(r, 6)
    ref = "RX-" + pat(r, "9999999")
    got = plus(f["notice"], -2)
    d = Page(footer=f"{ORG} Pharmacy Services - Maryland HealthChoice")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Services", ORG_ADDR], 2)
    d.text_line("ADVERSE BENEFIT DETERMINATION - PHARMACY", 12, "B")
    d.ln(2)
    y0, y1 = sidebar(d, [("Notice date", fd(f["notice"], "dmy")), ("Member", f["member"]),
                         ("MA number", f["mid"]), ("Case number", ref), ("Prescriber", DOC),
                         ("Received", fd(got, "dmy")), ("Date of birth", fd(f["dob"], "dmy"))])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    paras(d, [
        "#What was asked for",
        "Adalimumab-brand pen, 40 mg every 2 weeks, for plaque psoriasis.",
        "#Our decision",
        "Denied. Our preferred drug list requires that you first try methotrexate or phototherapy for at least "
        "12 weeks. Your records do not show that you tried either one. This is a step therapy requirement; the "
        "drug is not medically necessary until the first step has been tried.",
        "#Appeal",
        "You may appeal within 60 days of the date of this notice. A fast appeal is decided within 72 hours. "
        "After our appeal decision you may ask for a State Fair Hearing with the Office of Administrative "
        "Hearings within 120 days."], size=9.2)
    d.set_left_margin(18)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], denial_date=f["notice"].isoformat(), provider=DOC,
              appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [DOC_BARE]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_home_health(r(1))
    return [
        Item(f"{FAMILY}_bd_lumbar_mri_denied", "born_digital", [doc_mri_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_home_health_reduction_and_doctor_letter", "fax_fine_g4", docs,
             separators=seps, turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_acute_rehab_appeal_upheld_prose", "phone_photo", [doc_upheld_photo(r(2))]),
        Item(f"{FAMILY}_rotated_cpap_approved", "rotated", [doc_approved_rotated(r(3))]),
        Item(f"{FAMILY}_lowres_claims_summary_out_of_network", "scan_lowres_150", [doc_claims_lowres(r(4))]),
        Item(f"{FAMILY}_copy_aviso_es_wheelchair_no_auth_two_pages", "photocopy", [doc_wheelchair_es(r(5))]),
        Item(f"{FAMILY}_bd_twocol_pharmacy_step_therapy", "born_digital", [doc_drug_twocol_bd(r(6))]),
    ]
