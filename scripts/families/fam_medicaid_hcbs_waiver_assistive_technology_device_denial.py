"""Colorado Medicaid (Health First Colorado, Department of Health Care Policy & Financing) home and community-based
services notices on assistive technology under the Supported Living Services (SLS) waiver, mirrored for structure
and wording style only: a bath lift denied because a transfer tub bench is the least costly alternative that meets
the need, a speech-generating device denied under the waiver because it must first be requested through the
state plan's durable medical equipment benefit (the waiver is the payer of last resort). Only a state fair
hearing is offered (60 days from the date of the notice; 10 days to keep services), so no document has an appeal
deadline. The program, the Department, the Office of Administrative Courts and HCPCS codes appear as themselves;
the case management agency, the vendor, the therapist, every person and number are invented.

Documents (8 in 7 files):
- bd_notice_of_action_bath_lift_two_column: notice of action, letter text in a wide left column and a narrow right
  facts column (date of notice, member, Medicaid ID, date of birth, waiver, service plan period, case manager,
  PAR number, requesting vendor); bath lift denied, least costly alternative; fair hearing and continued benefits.
- faxstd_provider_claim_notice_sgd_captions: small-type claim denial notice to the vendor under a typed fax header,
  captions over boxed values (claim number with "-01", NPI and tax ID in the same row), DOS From / To boxes, the
  earlier paid claim's number and date in the text as a decoy, 365-day filing limit.
- phone_two_page_spanish_notice_sgd_state_plan_first: two-page Spanish notice (Aviso de acción) photographed,
  "Número de miembro", "Fecha del aviso", "Fechas de servicio", "Proveedor"; the device denied under the waiver.
- scan300_remittance_from_to_rows_bath_lift_denied: the Department's remittance advice to the vendor for one
  member, rows with From and To columns (a device trial rental, a mount, the bath lift trial month denied), a total
  row and a footnote giving the denied span in words.
- copy_slp_letter_to_appeals_unit_facts_left: the speech-language pathologist's letter "To the appeals unit:" with
  a facts column on the LEFT (denies nothing).
- rotated_approval_transfer_bench: approval of the transfer tub bench and grab bars (denies nothing).
- lowres_stack_vendor_request_then_denial_boxes: the vendor's request letter to the case manager, the blank back
  of its sheet, then a caption-box notice of action denying a second member's bath lift, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjb import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_hcbs_waiver_assistive_technology_device_denial"
LANG = "en"
SEED = 351501
HCPF = "Colorado Department of Health Care Policy & Financing"
HFC = "Health First Colorado"
CMA = "Arroyo Seco Case Management Agency"
VENDOR = "Aspenglow Assistive Technology, LLC"
SLP = "Marguerite A. Dunphy"
SLP_PRACTICE = "Sangre Vista Therapy Associates"
CMGR = ["Teodoro Villaseñor", "Priya Castellanos", "Hollis Brandvold"]
TOWNS = [("Pueblo", "81003"), ("Greeley", "80631"), ("Grand Junction", "81501"), ("Alamosa", "81101")]


def _mid(rng):
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 6)


def _dob(rng):
    return dt.date(rng.randint(1968, 2004), rng.randint(1, 12), rng.randint(1, 28))


def _plan_year(rng):
    y0 = dt.date(2025, rng.choice([7, 8, 9]), 1)
    return y0, plus(dt.date(y0.year + 1, y0.month, 1), -1)


def _par(rng):
    return "26" + digits(rng, 8)


def _state_head(p: DJSheet, rng, sub: str):
    p.set_y(11)
    p.set_fill_color(20, 90, 140)
    p.rect(p.l_margin, 11, 3, 13, style="F")
    p.set_xy(p.l_margin + 6, 11)
    p.f(12.5, "B")
    p.cell(0, 6, HFC, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 6)
    p.f(8)
    p.cell(0, 4, f"{HCPF}  |  {sub}", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 6)
    p.cell(0, 3.6, f"Member Contact Center 1-800-555-{digits(rng, 4)}  State Relay 711", new_x="LMARGIN",
           new_y="NEXT")
    p.set_y(29)


HEARING = ("If you disagree: you may ask for a state fair hearing with the Office of Administrative Courts. "
           "Your request must be received within 60 days from the date of this notice. To keep getting services "
           "you already have while you wait for the hearing, ask within 10 days from the date of this notice. You "
           "may speak for yourself or have a friend, relative or lawyer speak for you. Your case manager can help "
           "you file.")


def bd_notice(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 8))
    rec = plus(nd, -rng.randint(9, 15))
    y0, y1 = _plan_year(rng)
    par = _par(rng)
    cm = rng.choice(CMGR)
    p = DJSheet(footer="Page {n} of {nb}", footer_left=f"{CMA} form ASC-NOA-2 (01/26)")
    p.set_margins(18, 12, 18)
    p.add_page()
    _state_head(p, rng, "Long-Term Services and Supports")
    p.line("NOTICE OF ACTION - HOME AND COMMUNITY-BASED SERVICES", 11, "B")
    p.line(f"Prepared by {CMA} for {HCPF}", 8)
    p.ln(3)
    left = [f"Dear {mem}:",
            f"Your case manager sent a request for assistive technology under your Supported Living Services (SLS) "
            f"waiver. {VENDOR} gave a price for a battery-powered reclining bath lift (waiver code T2029). We "
            f"received the request on {fdate(rec, 'long')}.",
            "What we decided: the bath lift is denied.",
            "Why: waiver assistive technology pays for the least costly item that meets your assessed need. Your "
            "occupational therapy assessment says you can move from a seated position on your own and need help "
            "only getting over the tub wall. A transfer tub bench with a padded seat meets that need and costs far "
            "less. The records do not show why a bench would not be safe for you.",
            "Your case manager will ask the vendor to price a transfer tub bench if you want one. You can also send "
            "new records from your therapist and ask us to look again.",
            HEARING,
            f"Sincerely,\n{cm}, Case Manager\n{CMA}"]
    right = [("Date of notice", fdate(nd, "slash")), ("Member", mem), ("Medicaid ID", mid),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Waiver", "Supported Living Services (SLS)"),
             ("Service plan period", f"{fdate(y0, 'slash')} - {fdate(y1, 'slash')}"), ("Case manager", cm),
             ("PAR number", par), ("Requesting vendor", VENDOR), ("Item", "Bath lift, reclining")]
    p.two_col(left, right, left_w=108, size=9.4, rsize=8.2)
    t = truth("denial_letter", "medical_necessity", insurer=HCPF, member_id=mid, member_name=mem, cases=[par],
              denial_date=nd.isoformat(), provider=VENDOR, denial_alternates=["not_covered"],
              alternates={"insurer": [HFC, CMA]})
    return out(p), t


def faxstd_provider_notice(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    dos0 = plus(nd, -rng.randint(30, 40))
    dos1 = plus(dos0, 29)
    billed = amount(rng, 5200, 7400)
    claim = digits(rng, 11) + "-01"
    prior = "31" + digits(rng, 9)
    prior_d = dt.date(2026, 3, 3)
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  HCPF PROVIDER SVCS 303-555-{digits(rng, 4)}  TO "
           f"ASPENGLOW AT 719-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _state_head(p, rng, "Provider Services - Claims")
    p.line("CLAIM DENIAL NOTICE TO PROVIDER - HCBS WAIVER ASSISTIVE TECHNOLOGY", 9.2, "B")
    p.f(7.4)
    p.cell(0, 3.6, f"To: {VENDOR}, 2{digits(rng, 3)} N Elizabeth St, Pueblo CO 81003", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1.5)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("Claim number", claim, 42), ("Billing NPI", digits(rng, 10), 36),
         ("Tax ID", f"84-{digits(rng, 7)}", 32), ("Claim type", "Waiver", 30)],
        [("Member name", mem, 52), ("Medicaid ID", mid, 32), ("Date of birth", fdate(_dob(rng), "slash"), 30),
         ("Waiver program", "SLS", 26), ("Procedure", "T2029", 28)],
        [("DOS from", fdate(dos0, "slash"), 30), ("DOS to", fdate(dos1, "slash"), 30),
         ("Billed amount", money(billed), 34), ("Paid amount", "$0.00", 30), ("Reason code", "W-SP1", 34)],
    ], cap=6.0, val=7.6)
    p.ln(1)
    p.para(f"Description: speech-generating device, synthesized speech, with mounting (billed under waiver code "
           f"T2029 for the service dates above).", 7.4)
    p.para("W-SP1  Waiver services pay only for assistive technology that is not available under the Health First "
           "Colorado state plan. Speech-generating devices (E2510) are a state plan durable medical equipment "
           "benefit and need a prior authorization request (PAR) under the state plan first. Submit a state plan "
           "PAR; if the state plan denies it, the case manager may send the waiver request again with that "
           "decision attached.", 7.4)
    p.para(f"Your earlier claim {prior} for the keyguard delivered on {fdate(prior_d, 'long')} was paid and is not "
           "affected by this notice.", 7.4)
    p.add_page()
    p.band("RESUBMISSION", 7.6)
    p.para("A corrected or new claim must be received within 365 days from the date of service. The member may not "
           "be billed for this device. The member has been told of this decision and of the right to a state fair "
           "hearing (60 days from the date of the member's notice).", 7.4)
    p.para(f"Provider Services 1-800-555-{digits(rng, 4)}. Form ref. HCBS-PN-AT (rev 01/26).", 7.4)
    t = truth("denial_letter", "not_covered", insurer=HCPF, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos0, dos1)], denial_date=nd.isoformat(),
              provider=VENDOR, denial_alternates=["other"], alternates={"insurer": [HFC]})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 7))
    s0 = dt.date(2026, 6, 1)
    s1 = dt.date(2026, 6, 30)
    par = _par(rng)
    cm = rng.choice(CMGR)
    p = DJSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _state_head(p, rng, "Servicios y apoyos a largo plazo")
    p.line("AVISO DE ACCIÓN - SERVICIOS EN EL HOGAR Y LA COMUNIDAD", 11, "B")
    p.ln(2)
    p.boxed_pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Nombre del miembro", mem),
                   ("Número de miembro", mid), ("Fecha de nacimiento", fdate(_dob(rng), "slash")),
                   ("Número de PAR", par), ("Proveedor", VENDOR),
                   ("Fechas de servicio", f"{fdate(s0, 'slash')} - {fdate(s1, 'slash')}")], label_w=52, size=9)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para(f"Su administrador de casos, {cm}, de {CMA}, pidió un dispositivo generador de voz (aparato de "
           "comunicación) como tecnología de asistencia de su exención de Servicios de Vida con Apoyo (SLS).", 10)
    p.para("**Nuestra decisión.** Negamos esta solicitud bajo la exención.", 10)
    p.para("**Por qué.** La exención paga solamente la tecnología de asistencia que no está disponible por medio del "
           "plan estatal de Health First Colorado. Los dispositivos generadores de voz son un beneficio de equipo "
           "médico duradero del plan estatal. Primero se debe pedir por medio del plan estatal. Si el plan estatal "
           "lo niega, su administrador de casos puede enviar la solicitud otra vez.", 10)
    p.add_page()
    p.heading("Sus derechos", 11)
    p.para("Puede pedir una audiencia imparcial estatal ante la Oficina de Tribunales Administrativos (Office of "
           "Administrative Courts). Debemos recibir su pedido dentro de los 60 días a partir de la fecha de este "
           "aviso. Si quiere seguir recibiendo los servicios que ya tiene mientras espera la audiencia, pídalo "
           "dentro de los 10 días a partir de la fecha de este aviso.", 10)
    p.para("Puede hablar por sí mismo(a) o pedir que un familiar, un amigo o un abogado hable por usted. Su "
           "administrador de casos le puede ayudar a llenar el formulario.", 10)
    p.para(f"Línea de ayuda: 1-800-555-{digits(rng, 4)} (Relay 711). Este aviso está disponible en inglés y en otros "
           "formatos sin costo.", 10)
    p.para(f"Atentamente,\n{cm}\n{CMA}, en nombre de {HCPF}", 10)
    t = truth("denial_letter", "not_covered", insurer=HCPF, member_id=mid, member_name=mem, cases=[par],
              service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=VENDOR, lang="es",
              denial_alternates=["other"], alternates={"insurer": [HFC, CMA], "service_dates": [[s0.isoformat()]]})
    return out(p), t


def scan300_remittance(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    rd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 4))
    t0, t1 = dt.date(2026, 2, 2), dt.date(2026, 3, 1)
    m0 = dt.date(2026, 2, 9)
    b0, b1 = dt.date(2026, 3, 2), dt.date(2026, 3, 31)
    a1, a2, a3 = amount(rng, 380, 520), amount(rng, 640, 900), amount(rng, 260, 340)
    cl = [digits(rng, 11) + "-01" for _ in range(3)]
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _state_head(p, rng, "Provider Remittance Advice")
    p.right_block([("RA date:", fdate(rd, "slash")), ("Payee:", VENDOR), ("Payee NPI:", digits(rng, 10)),
                   ("RA number:", "RA" + digits(rng, 7))], w=100, size=8.5, y=p.get_y())
    p.ln(3)
    p.line(f"Claim detail for member {mem}   Medicaid ID {mid}   Waiver SLS", 8.8, "B")
    p.ln(1)
    rows = [[cl[0], "E2510 RR", "SGD trial rental", fdate(t0, "slash"), fdate(t1, "slash"), money(a1, "nosign"),
             money(a1, "nosign"), "Paid"],
            [cl[1], "E2512", "Device mount", fdate(m0, "slash"), fdate(m0, "slash"), money(a2, "nosign"),
             money(a2 * 0.92, "nosign"), "Paid"],
            [cl[2], "T2029", "Bath lift trial month", fdate(b0, "slash"), fdate(b1, "slash"), money(a3, "nosign"),
             "0.00", "Denied W-LC2"],
            ["", "", "Total", "", "", money(a1 + a2 + a3, "nosign"), money(a1 + a2 * 0.92, "nosign"), ""]]
    p.table(["Claim (ICN)", "Code", "Service", "From", "To", "Billed", "Paid", "Status"], rows,
            [32, 18, 36, 20, 20, 18, 18, 20], size=7.8, aligns=["L", "L", "L", "L", "L", "R", "R", "L"],
            bold_last=True)
    p.para(f"W-LC2  The bath lift rented from March 2 through March 31, 2026 is not the least costly assistive "
           "technology that meets the member's assessed need; a transfer tub bench meets it. The member may not "
           "be billed.", 8.3)
    p.para("Claims must be received within 365 days from the date of service. This remittance advice is not a "
           f"notice to the member. Provider Services 1-800-555-{digits(rng, 4)}.", 8.3)
    t = truth("eob", "medical_necessity", insurer=HCPF, member_id=mid, member_name=mem, cases=[cl[2]],
              claim_amount=m2(a3), service_dates=[span(b0, b1)], denial_date=rd.isoformat(), provider=VENDOR,
              denial_alternates=["not_covered"], alternates={"insurer": [HFC]})
    return out(p), t


def copy_slp_letter(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    ld = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    nd = plus(ld, -rng.randint(12, 20))
    t0, t1 = dt.date(2026, 2, 2), dt.date(2026, 3, 1)
    par = _par(rng)
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 12, 18)
    p.add_page()
    p.letterhead(SLP_PRACTICE, f"Speech-language pathology  |  412 W Abriendo Ave, Pueblo CO 81004  |  "
                               f"719-555-{digits(rng, 4)}  |  Fax 719-555-{digits(rng, 4)}")
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [HCPF, "Office of Appeals - HCBS waiver requests", "1570 Grant St, Denver CO 80203"]:
        p.line(ln, 9.5)
    p.ln(3)
    left = [("Member", mem), ("Medicaid ID", mid), ("Date of birth", fdate(_dob(rng), "slash")),
            ("PAR number", par), ("Notice dated", fdate(nd, "slash")), ("Device", "Speech-generating device, E2510"),
            ("Trial", f"{fdate(t0, 'slash')} - {fdate(t1, 'slash')}"), ("Vendor", VENDOR), ("Clinician NPI", digits(rng, 10))]
    body = ["To the appeals unit:",
            f"I am the speech-language pathologist for {mem}. I write in support of the request for a "
            f"speech-generating device that was denied under the SLS waiver by the notice of {fdate(nd, 'long')}.",
            f"{mem.split()[0]} has cerebral palsy with severe dysarthria; unfamiliar listeners understand less than "
            f"10% of single words. During a device trial from {fdate(t0, 'long')} through {fdate(t1, 'long')} "
            "the member used a dedicated device with eye-gaze access to order meals, direct personal care and "
            "report pain.",
            "I understand the notice says the device must first be requested under the state plan's durable "
            "medical equipment benefit. A state plan PAR was sent on the same day as this letter; I ask that the "
            "waiver request stay open so the keyguard and carrying case, which the state plan does not cover, can "
            "be decided promptly.",
            f"Sincerely,\n\n{SLP}, M.S., CCC-SLP\n{SLP_PRACTICE}"]
    p.facts_left(left, body, col_w=50, size=9.4)
    p.para(f"cc: {CMA}; {VENDOR}", 8.5)
    t = truth("other", None, insurer=HCPF, member_id=mid, member_name=mem, cases=[par],
              service_dates=[span(t0, t1)], denial_date=ld.isoformat(), provider=SLP,
              alternates={"insurer": [None, HFC], "provider": [SLP_PRACTICE], "case_numbers": [[]],
                          "service_dates": [[]]})
    return out(p), t


def rotated_approval(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 6))
    a0 = plus(nd, rng.randint(7, 12))
    y0, y1 = _plan_year(rng)
    par = _par(rng)
    cm = rng.choice(CMGR)
    p = DJSheet(footer="Page {n} of {nb}", footer_left=f"{CMA} form ASC-NOA-1 (01/26)")
    p.set_margins(20, 12, 20)
    p.add_page()
    _state_head(p, rng, "Long-Term Services and Supports")
    p.line("NOTICE OF ACTION - APPROVAL", 11.5, "B")
    p.ln(2)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Member", mem), ("Medicaid ID", mid),
             ("Waiver", "Supported Living Services (SLS)"), ("PAR number", par),
             ("Service plan period", f"{fdate(y0, 'slash')} to {fdate(y1, 'slash')}"),
             ("Approved from", f"{fdate(a0, 'slash')} to {fdate(y1, 'slash')}"), ("Vendor", VENDOR)],
            label_w=44, size=9.5)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para("We approved the assistive technology below under your SLS waiver. The vendor will call you to set a "
           "delivery date.", 10)
    p.bullets(["Transfer tub bench with padded seat and commode opening (T2029)",
               "Two wall-mounted grab bars, installed (T2029)"], 9.5)
    p.para("The reclining bath lift asked for earlier was not approved; that decision was sent to you separately. "
           "If you disagree with any part of your service plan you may ask for a state fair hearing within 60 days "
           "from the date of the notice about it.", 9.5)
    p.para(f"Sincerely,\n{cm}, Case Manager, {CMA}", 10)
    t = truth("other", None, insurer=HCPF, member_id=mid, member_name=mem, cases=[par],
              service_dates=[span(a0, y1)], denial_date=nd.isoformat(), provider=VENDOR,
              alternates={"insurer": [HFC, CMA], "service_dates": [[], [a0.isoformat()]], "case_numbers": [[]]})
    return out(p), t


def lowres_stack(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    ld = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 4))
    cm = rng.choice(CMGR)
    quote = amount(rng, 1050, 1400)
    p = DJSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.letterhead(VENDOR, f"Home access and assistive technology  |  Pueblo CO 81003  |  719-555-{digits(rng, 4)}  |"
                         f"  NPI {digits(rng, 10)}")
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [cm, f"Case Manager, {CMA}", "Pueblo CO 81003"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Assistive technology request for {mem}", f"Medicaid ID {mid}, SLS waiver"], 9.5)
    p.para(f"Dear {cm.split()[0]}:", 10)
    p.para(f"Following the home visit with the member's occupational therapist, we quote a battery-powered "
           f"reclining bath lift at {money(quote)}, installed. A transfer bench was tried at the visit; the member "
           "could not lift the legs over the tub wall while seated and slid twice.", 10)
    p.para("Please send the request with the therapist's note. We can deliver within two weeks of approval.", 10)
    p.para(f"Thank you,\n\nJolene Marchetti, ATP\n{VENDOR}", 10)
    doc1 = (out(p), truth("other", None, insurer=None, member_id=mid, member_name=mem, denial_date=ld.isoformat(),
                          provider=VENDOR, unscored=["insurer"]))
    mem2 = person(rng)[0]
    mid2 = _mid(rng)
    nd = plus(ld, rng.randint(5, 9))
    par = _par(rng)
    cm2 = rng.choice(CMGR)
    q = DJSheet(footer=None)
    q.set_margins(20, 12, 20)
    q.add_page()
    _state_head(q, rng, "Long-Term Services and Supports")
    q.line("NOTICE OF ACTION - DENIAL", 11.5, "B")
    q.ln(2)
    q.capgrid([[("Date of notice", fdate(nd, "slash"), 40), ("Medicaid ID", mid2, 40), ("PAR number", par, 44),
                ("Waiver", "SLS", 46)],
               [("Member", mem2, 70), ("Case manager", cm2, 60), ("Vendor", VENDOR, 70)]], cap=6.8, val=9)
    q.ln(2)
    q.para(f"Dear {mem2}:", 10)
    q.para("We denied the assistive technology your case manager asked for: a battery-powered bath lift. Waiver "
           "assistive technology pays for the least costly item that meets your assessed need. A transfer tub "
           "bench with a swivel seat meets the need in your occupational therapy assessment.", 10)
    q.para(HEARING, 9.3)
    q.para(f"{cm2}, Case Manager, {CMA}", 10)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=HCPF, member_id=mid2, member_name=mem2,
                          cases=[par], denial_date=nd.isoformat(), provider=VENDOR,
                          denial_alternates=["not_covered"], alternates={"insurer": [HFC, CMA]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_notice_of_action_bath_lift_two_column", "born_digital", [bd_notice(rng)]),
        Item(F + "faxstd_provider_claim_notice_sgd_captions", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "phone_two_page_spanish_notice_sgd_state_plan_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "scan300_remittance_from_to_rows_bath_lift_denied", "scan_clean_300", [scan300_remittance(rng)]),
        Item(F + "copy_slp_letter_to_appeals_unit_facts_left", "photocopy", [copy_slp_letter(rng)]),
        Item(F + "rotated_approval_transfer_bench", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_stack_vendor_request_then_denial_boxes", "scan_lowres_150", lowres_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
