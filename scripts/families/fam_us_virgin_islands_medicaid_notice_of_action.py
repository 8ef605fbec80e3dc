"""Family 'us_virgin_islands_medicaid_notice_of_action': U.S. Virgin Islands Medicaid (Department of Human Services)
notices of action on prior authorization and off-island referral requests, with fair hearing rights. The program
and the department appear only as themselves, mirrored for structure; every recipient, provider, address and number
is invented (phones use 555).

Documents: a clean scan of a prior authorization notice of action with the facts in two label/value columns side by
side (labels wrapping), MRI denied as not medically necessary, a parent named; a fine fax of a letter to the
requesting physician under a typed fax header line, Re: block, off-island referral denied because the service is
available in the Territory; a 150 dpi two-page notice denying retroactive authorization of home infusion (prior
authorization not obtained), running footer with recipient, ID and "Page x of y", fair hearing rights in a boxed
panel on page 2; a photocopied Spanish notice (Aviso de Accion) denying a Puerto Rico hospital claim without an
approved referral, amounts as $1.234,50; a born-digital approval of an off-island referral (denies nothing); a phone
photo of a claim notice of action in ruled boxes, claim denied because the recipient was not eligible on the date of
service; a standard-fax stack: cover sheet, a notice denying a non-covered service with its duplex back, and a
physician's reconsideration letter to the program fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, out
from inv_kit import Rand, truth
from kit_rounddf_famdfe import claim_blocks, fax_line, fd, panel, plus, quad, re_block, usd  # noqa: F401

FAMILY = "us_virgin_islands_medicaid_notice_of_action"
LANG = "en"
SEED = 350704
INS = "Virgin Islands Medicaid Program"
ALT_INS = {"insurer": ["Department of Human Services", "Virgin Islands Department of Human Services"]}
ADDR = ["Division of Health Insurance and Medical Assistance", "PO Box 30817", "St. Thomas, VI 00803"]
PHONE, TTY = "(340) 555-0172", "(340) 555-0190"
FIRST = ["Kareem", "Leontine", "Dionne", "Elroy", "Shaniqua", "Aldrick", "Yvonne", "Terrence", "Genevieve", "Omari",
         "Marisela", "Cuthbert"]
LAST = ["Hodge", "Penn", "Thomas-Lettsome", "Benjamin", "Heyliger", "Christopher", "Francis", "Rymer", "Liburd",
        "Wheatley", "Encarnacion", "Matthias"]
PLACES = [("Charlotte Amalie", "00802"), ("Christiansted", "00820"), ("Frederiksted", "00840"),
          ("Cruz Bay", "00830")]
STREETS = ["Estate Tutu Hill", "Estate Mon Bijou", "Estate Grove Place", "Estate Anna's Hope", "Estate Bovoni"]


def who(r: Rand):
    f, m, l = r.choice(FIRST), r.choice("ABCDEGHJKLMRSTW"), r.choice(LAST)
    return f"{f} {m}. {l}", f, m, l


def vaddr(r: Rand):
    town, z = r.choice(PLACES)
    return [f"Plot {r.randint(2, 480)}-{r.choice('ABC')} {r.choice(STREETS)}", f"{town}, VI {z}"]


def mid(r: Rand) -> str:
    return f"VI{r.digits(9)}"


def letterhead(p: Page, size: float = 10):
    p.line("GOVERNMENT OF THE UNITED STATES VIRGIN ISLANDS", size - 1.5, "B", "C")
    p.line("DEPARTMENT OF HUMAN SERVICES", size + 2, "B", "C")
    p.line("Virgin Islands Medicaid Program", size, "", "C")
    p.line(f"{ADDR[0]}  |  {ADDR[1]}  |  {ADDR[2]}", size - 2.5, "", "C")
    p.line(f"Member Services {PHONE}  |  TTY {TTY}", size - 2.5, "", "C")
    y = p.get_y() + 1.5
    p.set_line_width(0.8)
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(5)


def hearing_text(nd: dt.date, days: int = 90) -> list[str]:
    return [f"If you do not agree with this action, you may ask for a fair hearing. You must ask within {days} days "
            f"of the date of this notice. Write to the Department of Human Services, Office of Hearings, at the "
            f"address above, or call {PHONE}.",
            "If you are now receiving this service and you ask for a hearing within 10 days of the date of this "
            "notice, the service may continue until the hearing decision. If the decision is not in your favor, "
            "you may have to pay for the service you received while waiting.",
            "You may speak for yourself at the hearing or have a relative, friend, lawyer or other person speak for "
            "you. Free legal help may be available from legal services offices in the Territory."]


def doc_pa_quad(r: Rand):
    name, f, m, l = who(r)
    parent = who(r)[0]
    nd = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 40))
    dos = plus(nd, r.randint(8, 20))
    rec = plus(nd, -r.randint(3, 6))
    pa = f"PA-{nd.strftime('%y')}-{r.digits(6)}"
    member = mid(r)
    prov = "Dr. Celestine Amadi-Rhymer"
    clinic = "Turpentine Run Spine & Orthopedics"
    p = Page(serif=False, footer=None, footer_left="DHS-MA NOA-PA (rev. 07/2024)")
    p.set_margins(16, 14, 16)
    p.add_page()
    letterhead(p)
    p.line(fd(nd, "long"), 10)
    p.ln(2)
    for ln in [f"To the parent or guardian of {name}", f"c/o {parent}"] + vaddr(r):
        p.line(ln, 10)
    p.ln(4)
    p.heading("NOTICE OF ACTION - PRIOR AUTHORIZATION REQUEST", 12.5, rule=True)
    quad(p, p.face, [
        ("Recipient Name", name, "Medicaid Recipient ID Number", member),
        ("Date of Birth", fd(dt.date(2014, r.randint(1, 12), r.randint(1, 28)), "slash"), "Date of This Notice",
         fd(nd, "slash")),
        ("Head of Household / Guardian", parent, "Date Request Received by Medicaid", fd(rec, "nopad")),
        ("Requesting Provider", f"{prov}, {clinic}", "Provider NPI", r.npi()),
        ("Service Requested", "MRI lumbar spine without contrast (CPT 72148)", "Prior Authorization Request Number",
         pa),
        ("Requested Date of Service", fd(dos, "slash"), "Action Taken", "DENIED"),
    ])
    p.heading("Why we took this action", 11)
    p.para(f"The Virgin Islands Medicaid Program reviewed the request sent by {prov} for an MRI of the lower back. "
           "The request is denied because it is not medically necessary at this time. The records sent do not show "
           "six weeks of treatment such as physical therapy or medicine before imaging, and they do not show warning "
           "signs that would call for an MRI sooner. Criteria used: VI Medicaid Provider Manual, Section 7.4 "
           "(Advanced Imaging), and the reviewer's clinical judgment.", 9.8)
    p.para("Your doctor may send a new request with more records at any time. This notice does not stop your child "
           "from getting other covered care.", 9.8)
    p.heading("Your right to a fair hearing", 11)
    for t in hearing_text(nd):
        p.para(t, 9.2, 1.5)
    p.para("Regulations: 42 CFR 431.200 et seq.  Reviewer ID: UR-{0}".format(r.digits(3)), 8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=member, member_name=name,
              case_numbers=[pa], service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=None,
              alternates=dict(ALT_INS, provider=[clinic], appeal_deadline=[plus(nd, 90).isoformat()]))
    return out(p), t


def doc_offisland_fax(r: Rand):
    name, *_ = who(r)
    escort = who(r)[0]
    nd = dt.date(2026, 1, 10) + dt.timedelta(days=r.randint(0, 60))
    dos = plus(nd, r.randint(10, 25))
    ref = f"OIR{r.digits(7)}"
    member = mid(r)
    doc = "Dr. Nathaniel O. Sprauve"
    off = "Palmetto Shores Heart Institute"
    p = Page(serif=True, footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    fax_line(p, "Sans", f"{nd.strftime('%b-%d-%Y').upper()} 10:{r.randint(10, 59)}  FROM: VI MEDICAID OIR UNIT  "
             f"340 555 0188   TO: 13405550{r.randint(100, 999)}   P.001/001")
    p.ln(4)
    p.line("Virgin Islands Medicaid Program", 14, "B")
    p.line("Off-Island Referral Unit  -  Department of Human Services", 9.5)
    p.line("PO Box 30817, St. Thomas, VI 00803   Fax (340) 555-0188", 8.5)
    p.ln(6)
    p.line(fd(nd, "abbr"), 10.5)
    p.ln(4)
    for ln in [doc, "Salt River Bay Cardiology Associates", "Plot 14 Estate Sion Farm", "Christiansted, VI 00820"]:
        p.line(ln, 10.5)
    p.ln(5)
    re_block(p, p.face, [f"Recipient: {name}", f"Medicaid No.: {member}", f"Referral Ref. No.: {ref}",
                         f"Proposed date of service: {fd(dos, 'slash')}"], 10.5)
    p.para(f"Dear {doc.split()[-1] and 'Dr. ' + doc.split()[-1]}:", 10.5)
    p.para(f"We received your request of {fd(plus(nd, -5), 'ord')} to refer the recipient named above to {off} in "
           f"Miami, Florida for an elective cardiac catheterization and electrophysiology study, with round-trip "
           f"airfare for the recipient and an escort, {escort}.", 10.5)
    p.para("The request is denied. Under the Virgin Islands Medicaid off-island referral policy (Policy OIR-3), "
           "services outside the Territory are paid only when they are not available from a participating provider "
           "in the Virgin Islands. The catheterization requested is offered by a participating provider on St. Croix, "
           "and the records do not show a reason the recipient cannot be treated there. Travel and lodging are "
           "therefore also denied.", 10.5)
    p.para("You may arrange the procedure with the on-island participating provider without a new referral. "
           "The recipient has been sent a notice of this action with fair hearing rights; a hearing may be requested "
           "within 90 days of the date of that notice. For questions call the Off-Island Referral Unit at "
           f"{PHONE}, TTY {TTY}.", 10.5)
    p.ln(4)
    p.line("Sincerely,", 10.5)
    p.ln(8)
    p.line("Medical Review Nurse, Off-Island Referral Unit", 10.5)
    p.line("cc: recipient; case file", 8.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=member, member_name=name, case_numbers=[ref],
              service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=doc, appeal_deadline=None,
              denial_alternates=["not_covered"],
              alternates=dict(ALT_INS, provider=[off], appeal_deadline=[plus(nd, 90).isoformat()]))
    return out(p), t


def doc_twopage_infusion(r: Rand):
    name, *_ = who(r)
    member = mid(r)
    nd = dt.date(2025, 11, 3) + dt.timedelta(days=r.randint(0, 80))
    s = plus(nd, -r.randint(40, 60))
    e = plus(s, 13)
    amt = 2318.40 + r.randint(0, 900)
    pa = f"{r.digits(4)}-{r.digits(5)}"
    icn = r.digits(13)
    prov = "Coral Reef Home Infusion Services"
    p = Page(serif=False, footer=None)
    p.foot_left = f"{name}   Medicaid ID {member}"
    p.foot = "Page {n} of {nb}"
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p, 9.5)
    p.line("NOTICE OF ACTION", 13, "B")
    p.line("Request for retroactive authorization", 10)
    p.ln(3)
    p.pairs([("Notice date", fd(nd, "dash")), ("Recipient", name), ("Medicaid ID", member),
             ("Authorization request no.", pa), ("Provider", prov), ("Provider tax ID", f"66-{r.digits(7)}"),
             ("Service", "Home IV antibiotic infusion, per diem (S9500) and nursing visits"),
             ("Dates of service", f"{fd(s, 'slash')} to {fd(e, 'slash')}"),
             ("Billed charges", usd(amt)), ("Claim ICN", icn)], label_w=52, size=9.5)
    p.ln(3)
    p.heading("What we decided", 11, rule=True)
    p.para(f"{prov} asked us on {fd(plus(nd, -12), 'abbrdot')} to approve home infusion services that were already "
           "given. Home infusion is a service that needs prior authorization before it starts. The provider did not "
           "ask for approval before the first day of service and did not show that the request could not have been "
           "made in time. Your request is DENIED for this reason: prior authorization was not obtained.", 9.8)
    p.para("The provider may not bill you for these services because the provider did not follow Medicaid rules. "
           "If you get a bill, call us.", 9.8)
    p.para("Your other Medicaid services are not changed by this notice. Your current prescription (Rx "
           f"{r.digits(7)}) is not part of this decision.", 9.8)
    p.heading("Laws and rules", 11, rule=True)
    p.para("Virgin Islands Medicaid Provider Manual, Chapter 4 (Prior Authorization); 42 CFR 431.210.", 9.3)
    p.add_page()
    panel(p, p.face, "YOUR RIGHT TO A FAIR HEARING", hearing_text(nd) + [
        "To ask for a hearing, sign and return the hearing request form (DHS-FH-1) or call Member Services. If you "
        "need this notice in another language or format, call " + PHONE + " (TTY " + TTY + ")."], 9.3)
    p.para("Hearing request (tear off and return):", 9.5)
    p.pairs([("Name", "______________________________"), ("Medicaid ID", member),
             ("Signature", "______________________________"), ("Date", "______________")], label_w=35, size=9.5)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=member, member_name=name,
              case_numbers=[pa, icn], claim_amount=f"{amt:.2f}", service_dates=[f"{s.isoformat()}/{e.isoformat()}"],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=None,
              alternates=dict(ALT_INS, case_numbers=[[pa]], appeal_deadline=[plus(nd, 90).isoformat()]))
    return out(p), t


def doc_spanish(r: Rand):
    first, last = r.choice(["Yadira", "Efrain", "Marisela", "Ramon"]), r.choice(["Encarnacion", "Rivera-Heyliger",
                                                                                 "Santana", "Figueroa"])
    mi = r.choice("ACJLMR")
    name = f"{first} {mi}. {last}"
    member = mid(r)
    nd = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 60))
    s = plus(nd, -r.randint(30, 50))
    e = plus(s, 2)
    claim = f"{r.digits(2)}{r.digits(4)}{r.digits(5)}"
    amt = 1234.50 + r.randint(200, 4000)
    other_amt = amt / 7
    prov = "Hospital Santa Rosalia de San Juan"
    p = Page(serif=True, footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.line("GOBIERNO DE LAS ISLAS VÍRGENES DE LOS ESTADOS UNIDOS", 9, "B")
    p.line("Departamento de Servicios Humanos - Programa Medicaid de las Islas Vírgenes", 9)
    p.line("PO Box 30817, St. Thomas, VI 00803  -  Tel. (340) 555-0172  -  TTY (340) 555-0190", 8)
    p.ln(6)
    p.line("AVISO DE ACCIÓN SOBRE UNA RECLAMACIÓN", 14, "B")
    p.ln(2)
    p.line(f"Fecha del aviso: {fd(nd, 'es')}", 10)
    p.ln(3)
    for ln in [name] + vaddr(r):
        p.line(ln, 10)
    p.ln(4)
    p.pairs([("Beneficiario(a)", name), ("Número de Medicaid", member), ("Fecha de nacimiento",
             fd(dt.date(1961, r.randint(1, 12), r.randint(1, 28)), "slash")),
             ("Proveedor", prov), ("Número de reclamación", claim),
             ("Fechas de servicio", f"{fd(s, 'es')} al {fd(e, 'es')}"),
             ("Recibida el", fd(plus(e, 9), "es"))], label_w=50, size=9.8)
    p.ln(2)
    p.table(["Servicio", "Fecha", "Cargo facturado", "Pagado"],
            [["Hospitalización (3 días)", fd(s, "slash"), usd(amt, "nosign"), "0.00"],
             ["Total", "", usd(amt, "nosign"), "0.00"]], [70, 35, 40, 29], 9, aligns=["L", "L", "R", "R"],
            bold_last=True)
    p.heading("¿Qué decidimos?", 11)
    p.para(f"Negamos el pago de su reclamación por {usd(amt, 'es')}. Los servicios fueron prestados fuera de las "
           "Islas Vírgenes, en Puerto Rico, sin un referido fuera de la isla aprobado antes del servicio. El Programa "
           "Medicaid paga servicios fuera del Territorio solamente con autorización previa, excepto en una emergencia. "
           "Los récords no muestran una emergencia.", 9.8)
    p.para(f"Una reclamación anterior del mismo hospital (núm. {r.digits(11)}) por {usd(other_amt, 'es_space')} "
           "fue pagada y no forma parte de este aviso.", 9.3)
    p.heading("Su derecho a una audiencia imparcial", 11)
    p.para("Si no está de acuerdo, puede pedir una audiencia imparcial dentro de los 90 días a partir de la fecha de "
           "este aviso. Escriba a la Oficina de Audiencias del Departamento de Servicios Humanos o llame al "
           "(340) 555-0172. Puede traer a un familiar, amigo o abogado para que hable por usted.", 9.5)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer="Programa Medicaid de las Islas Vírgenes", member_id=member, member_name=name,
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[f"{s.isoformat()}/{e.isoformat()}"],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=None,
              alternates={"insurer": [INS, "Departamento de Servicios Humanos"],
                          "appeal_deadline": [plus(nd, 90).isoformat()]},
              denial_alternates=["out_of_network"])
    return out(p), t


def doc_approval(r: Rand):
    name, *_ = who(r)
    escort = who(r)[0]
    member = mid(r)
    nd = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 50))
    dos = plus(nd, r.randint(12, 30))
    ref = f"OIR{r.digits(7)}"
    prov = "Biscayne Pediatric Neurosurgery Center"
    p = Page(serif=False, footer="Page {n} of {nb}", footer_left=f"OIR approval  {ref}")
    p.set_margins(24, 20, 24)
    p.add_page()
    letterhead(p, 9)
    p.line(fd(nd, "nopad"), 10)
    p.ln(4)
    for ln in [f"{escort} (parent)", f"for {name}"] + vaddr(r):
        p.line(ln, 10)
    p.ln(5)
    p.line("NOTICE OF APPROVAL - OFF-ISLAND REFERRAL", 12, "B")
    p.ln(3)
    p.boxed_pairs([("Recipient", name), ("Medicaid ID", member), ("Referral number", ref),
                   ("Approved provider", prov), ("Appointment date", fd(dos, "long")),
                   ("Travel", "Round-trip airfare STT-MIA for recipient and one escort"),
                   ("Lodging / per diem", f"Up to 5 nights, {usd(145, 'nocents')} per night")], 48, 9.5)
    p.para(f"Good news. Your request for care outside the Territory has been APPROVED. {prov} has accepted the "
           "referral. Our travel coordinator will call you at least 7 days before the trip. Keep all receipts; "
           "meals are repaid only with receipts.", 10)
    p.para("If the appointment changes, call us right away at " + PHONE + ". The approval is good only for the "
           "provider and dates shown.", 10)
    t = truth("other", None, insurer=INS, member_id=member, member_name=name, case_numbers=[ref],
              service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=prov, alternates=ALT_INS)
    return out(p), t


def doc_elig_boxes(r: Rand):
    name, *_ = who(r)
    member = mid(r)
    nd = dt.date(2025, 12, 1) + dt.timedelta(days=r.randint(0, 80))
    dos = plus(nd, -r.randint(25, 40))
    end = plus(dos, -r.randint(3, 12))
    amt = float(r.randint(180, 900))
    icn = f"{r.digits(4)} {r.digits(4)} {r.digits(5)}"
    prov = "Frederiksted Family Health Center"
    p = Page(serif=False, footer=None)
    p.set_margins(14, 12, 14)
    p.add_page()
    p.line("VIRGIN ISLANDS MEDICAID PROGRAM", 13, "B")
    p.line("Department of Human Services - Claims Notice of Action", 8.5)
    p.ln(3)
    def boxes(cells, h=11):
        x0, y0 = p.get_x(), p.get_y()
        x = x0
        for label, value, w in cells:
            p.rect(x, y0, w, h)
            p.set_xy(x + 1.2, y0 + 0.8)
            p.f(6.3)
            p.cell(w - 2.4, 3, label.upper())
            p.set_xy(x + 1.2, y0 + 4.8)
            p.f(9.5)
            p.cell(w - 2.4, 5, value)
            x += w
        p.set_xy(x0, y0 + h)
    boxes([("Notice date", fd(nd, "short"), 40), ("Recipient name", name, 80), ("Medicaid ID", member, 67)])
    boxes([("Date of birth", fd(dt.date(1988, r.randint(1, 12), r.randint(1, 28)), "short"), 40),
           ("Provider", prov, 80), ("Provider NPI", r.npi(), 67)])
    boxes([("Claim no. (ICN)", icn, 60), ("Date of service", fd(dos, "short"), 40),
           ("Amount billed", usd(amt, "nocents"), 42), ("Date received", fd(plus(dos, 6), "short"), 45)])
    p.ln(5)
    p.line("ACTION: CLAIM DENIED", 12, "B")
    p.ln(1)
    p.para(f"Our records show your Medicaid coverage ended on {fd(end, 'long')} at your renewal. You were not eligible "
           f"for Medicaid on the date of service, so we cannot pay this claim of {usd(amt, 'flat')}. Reason code E-102: "
           "recipient not eligible on date of service.", 10)
    p.para("If you think our records are wrong, or you have turned in your renewal papers, call your eligibility "
           f"worker at (340) 555-0164. Account no. {r.digits(8)} is the provider's number for this visit; it is not "
           "your Medicaid number.", 10)
    p.heading("Fair hearing", 10.5)
    p.para(hearing_text(nd)[0], 9.2)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=member, member_name=name, case_numbers=[icn],
              claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=None, alternates=dict(ALT_INS, appeal_deadline=[plus(nd, 90).isoformat()]))
    return out(p), t


def doc_stack(r: Rand):
    name, *_ = who(r)
    member = mid(r)
    nd = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 40))
    dos = plus(nd, r.randint(14, 30))
    pa = f"PA-{nd.strftime('%y')}-{r.digits(6)}"
    prov = "Dr. Ingrid M. Lettsome"
    p = Page(serif=True, footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p, 9.5)
    p.line(fd(nd, "long"), 10)
    p.ln(3)
    for ln in [name] + vaddr(r):
        p.line(ln, 10)
    p.ln(3)
    p.heading("NOTICE OF ACTION", 12.5)
    p.pairs([("Medicaid ID", member), ("Request no.", pa), ("Requested by", prov),
             ("Service", "Adult orthodontic treatment (D8080)"), ("Planned start", fd(dos, "slash"))], 40, 9.8)
    p.ln(2)
    p.para("We denied this request. Orthodontic treatment for adults age 21 and older is not a covered benefit of the "
           "Virgin Islands Medicaid Program. Routine cleanings and exams remain covered.", 10)
    p.heading("Fair hearing", 10.5)
    for t_ in hearing_text(nd)[:2]:
        p.para(t_, 9.2, 1.5)
    t1 = truth("denial_letter", "not_covered", insurer=INS, member_id=member, member_name=name, case_numbers=[pa],
               service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=prov, appeal_deadline=None,
               alternates=dict(ALT_INS, appeal_deadline=[plus(nd, 90).isoformat()]))
    # the physician's reconsideration letter to the program (denies nothing)
    name2, *_ = who(r)
    member2 = mid(r)
    ld = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 30))
    dos2 = plus(ld, -r.randint(10, 20))
    pa2 = f"PA-26-{r.digits(6)}"
    doc2 = "Dr. Malcolm A. Gumbs"
    q = Page(serif=False, footer=None)
    q.set_margins(25, 22, 25)
    q.add_page()
    q.line("St. Croix Pulmonary & Sleep Clinic", 13, "B")
    q.line("Plot 7 Estate Golden Rock, Christiansted, VI 00820  -  (340) 555-0131  -  NPI " + r.npi(), 8.5)
    q.ln(8)
    q.line(fd(ld, "ord"), 10)
    q.line(f"({fd(ld, 'slash')})", 8)
    q.ln(4)
    for ln in ["Virgin Islands Medicaid Program", "Prior Authorization Unit", "PO Box 30817", "St. Thomas, VI 00803"]:
        q.line(ln, 10)
    q.ln(5)
    re_block(q, q.face, [f"Patient: {name2}", f"Medicaid ID: {member2}", f"Denied request: {pa2}",
                         f"Date of service: {fd(dos2, 'slash')}"], 10)
    q.para("To the Medical Director:", 10)
    q.para(f"I am asking you to reconsider the denial of the home sleep study for my patient. The study was done on "
           f"{fd(dos2, 'abbrdot')} because the patient's oxygen levels fell at night and her husband reported pauses "
           "in breathing. I enclose the office notes, the Epworth score and the oximetry tracing that were not sent "
           "with the first request.", 10)
    q.para("Please call my office if you need anything further. Thank you for your review.", 10)
    q.ln(6)
    q.line(doc2 + ", MD", 10)
    t2 = truth("other", None, insurer=INS, member_id=member2, member_name=name2, case_numbers=[pa2],
               service_dates=[dos2.isoformat()], denial_date=ld.isoformat(), provider=doc2,
               alternates=dict(ALT_INS, denial_date=[None]), unscored=["insurer"])
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED + rng.randint(0, 1000))
    n = FAMILY + "_"
    return [Item(n + "scan_pa_quad", "scan_clean_300", [doc_pa_quad(r)]),
            Item(n + "fax_offisland_letter", "fax_fine_g4", [doc_offisland_fax(r)]),
            Item(n + "lowres_twopage_infusion", "scan_lowres_150", [doc_twopage_infusion(r)]),
            Item(n + "copy_aviso_es", "photocopy", [doc_spanish(r)]),
            Item(n + "bd_referral_approval", "born_digital", [doc_approval(r)]),
            Item(n + "photo_eligibility_claim", "phone_photo", [doc_elig_boxes(r)]),
            Item(n + "fax_stack", "fax_standard_g4", doc_stack(r), separators=["cover", "duplex"],
                 turns={(1, 0): 180})]
