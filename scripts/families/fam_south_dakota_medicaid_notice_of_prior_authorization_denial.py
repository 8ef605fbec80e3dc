"""South Dakota Medicaid notices denying prior authorization requests (round DE, famdea; public program mirrored).

The South Dakota Department of Social Services, Division of Medical Services runs South Dakota Medicaid; its
prior authorization denials tell the recipient they may ask for a state fair hearing within 30 days of the notice.
Structure and wording are mirrored only; every recipient, provider, ID, number and address here is invented.

Documents (8 in 7 files):
- born_digital: notice of PA denial for extra speech therapy visits, facts in a dotted-leader label block.
- fax_fine_g4: letter to the requesting provider told only in sentences under a typed fax header line
  (CPAP replacement refused: no compliance download).
- scan_clean_300: Spanish notice refusing orthodontic braces (puntaje de maloclusión too low), Spanish dates.
- scan_lowres_150: landscape remittance-style explanation of Medicaid benefits, three claims (one denied for no
  prior authorization), two-line column headings, totals row, remark-code legend, 2-digit-year dates.
- photocopy: two-page notice (running header) refusing inpatient rehabilitation as skilled nursing is enough;
  fair hearing rights on page 2.
- phone_photo: approval of home health visits, values printed under small captions (denies nothing).
- fax_standard_g4 stack: typed fax cover, PA denial of adult hearing aids (not covered), and the audiologist's
  reconsideration letter to the program fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundde_famdea import Sheet, short2, upper_dmy
from public_kit import fdate, m2, money, out, plus, truth

FAMILY = "south_dakota_medicaid_notice_of_prior_authorization_denial"
LANG = "en"
SEED = 350500

DSS = "South Dakota Department of Social Services"
DMS = "Division of Medical Services"
ALT_INS = ["South Dakota Medicaid", "Division of Medical Services", "South Dakota Department of Social Services, Division of Medical Services"]
ADDR = ["811 E Capitol Loop, Suite 4", "Pierre, SD 57501-5070"]


def _rid(rng):  # Medicaid recipient ID: 9 digits
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))


def _pa(rng):
    return f"PA{rng.randint(25, 26)}{rng.randint(10000000, 99999999)}"


def _npi(rng):
    return str(rng.choice([1, 2])) + "".join(rng.choice("0123456789") for _ in range(9))


def _letterhead(p: Sheet, sub: str = DMS):
    p.f(14, "B")
    p.cell(0, 7, DSS, new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, f"{sub}  |  South Dakota Medicaid", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{ADDR[0]}, {ADDR[1]}   Phone 605-555-0143   TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.hline(0.6, 4)


def _hearing_para(p: Sheet, size=9.5):
    p.para("**Your Right to a Fair Hearing.** If you do not agree with this decision, you may ask for a fair hearing. "
           "Your request must be made within 30 days of the date of this notice. Write to the Department of Social "
           "Services, Office of Administrative Hearings (PO Box 5510, Pierre, SD 57501) or call "
           "605-555-0177. You may speak for yourself or have a relative, friend, lawyer or other person speak for you. "
           "If you ask for a hearing within 10 days of this notice, services already approved may continue until the "
           "hearing decision.", size=size)


def d_speech(rng):
    nd = dt.date(2026, 1, 13)
    who = "Colleen R. Achterberg"
    rid, pa = _rid(rng), _pa(rng)
    prov = "Prairie Voice Speech Therapy"
    start, end = dt.date(2026, 1, 26), dt.date(2026, 4, 24)
    p = Sheet(footer="DSS-MS-PA-204 rev. 07/25", footer_left="South Dakota Medicaid")
    p.add_page()
    _letterhead(p)
    p.line(f"Notice Date: {fdate(nd, 'long')}", 10)
    p.ln(3)
    for l in [who.upper(), "4418 Railroad St", "Mitchell SD 57301"]:
        p.line(l, 10)
    p.ln(4)
    p.heading("NOTICE OF DENIAL OF PRIOR AUTHORIZATION REQUEST", 12)
    p.dotted([("Recipient Name", who), ("Medicaid ID Number", rid), ("Date of Birth", fdate(dt.date(2019, 6, 2), "slash")),
              ("Prior Authorization Number", pa), ("Request Received", fdate(plus(nd, -9), "slash")),
              ("Requesting Provider", prov), ("Provider NPI", _npi(rng)),
              ("Service Requested", "Speech therapy, 24 additional visits (92507)"),
              ("Dates Requested", f"{fdate(start, 'slash')} through {fdate(end, 'slash')}"),
              ("Decision", "DENIED")], width=80)
    p.ln(4)
    p.para("South Dakota Medicaid reviewed the request listed above and has denied it. The records sent show the "
           "therapy goals from the last authorization period were met and no new measurable goals were given. "
           "Additional visits are not medically necessary under the program's medical necessity rule "
           "(Medical Services Manual 4.2). A new request may be sent with current testing and new goals.")
    _hearing_para(p)
    p.para("Questions? Call Recipient Services at 1-800-555-0190 (TTY 711), Monday-Friday 8-5 Central.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=DSS, member_id=rid, member_name=who, cases=[pa],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT_INS, "service_dates": [[start.isoformat()]], "appeal_deadline": [None]})
    return out(p), t


def d_cpap(rng):
    nd = dt.date(2026, 2, 3)
    who = "Lamar T. Dunleavy"
    rid, pa = _rid(rng), _pa(rng)
    doc = "Dr. Philip Stanwyck"
    supplier = "Black Hills Respiratory Supply"
    p = Sheet(serif=True, footer=None)
    p.add_page()
    p.fax_line(f"FEB-03-2026 14:22  FROM:SD MEDICAID PA UNIT 605-555-0148   TO:{supplier.upper()} 605-555-0121   P.001/002")
    _letterhead(p, "Division of Medical Services, Prior Authorization Unit")
    p.line(fdate(nd, "long"), 10.5)
    p.ln(4)
    for l in [supplier, "Attn: Intake Coordinator", "219 Canyon Creek Ct", "Rapid City SD 57701"]:
        p.line(l, 10.5)
    p.ln(5)
    p.para(f"Dear Provider:", 10.5)
    p.para(f"On January 27, 2026 our office received your request for a replacement continuous positive airway "
           f"pressure device (E0601) for our recipient {who}, born March 14, 1961, whose South Dakota Medicaid "
           f"identification number is {rid}. The request was ordered by {doc}. We assigned it prior authorization "
           f"number {pa}.", 10.5)
    p.para("We are writing to tell you that the request has been denied. South Dakota Medicaid pays for a "
           "replacement device only when the records show the recipient uses the current device at least four hours "
           "a night on 70 percent of nights. No compliance download from the current device was sent with the request, "
           "and the sleep physician's note does not describe use or benefit. Because of this, the replacement is not "
           "medically necessary as documented.", 10.5)
    p.para("The recipient has also been sent a notice of this decision. The recipient may ask for a fair hearing within "
           "30 days of the date of this letter by writing to the Office of Administrative Hearings. You may send a new "
           "request with the compliance download at any time; please do not send it by mail to the claims address.",
           10.5)
    p.para("If you have questions, call the Prior Authorization Unit at 605-555-0148 or fax records to 605-555-0149.",
           10.5)
    p.ln(3)
    p.para("Sincerely,\n\nPrior Authorization Unit\nSouth Dakota Medicaid", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=DSS, member_id=rid, member_name=who, cases=[pa],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [supplier], "appeal_deadline": [None]},
              denial_alternates=["other"])
    return out(p), t


def d_ortho_es(rng):
    nd = dt.date(2026, 3, 4)
    who = "Marisol E. Salcedo"
    rid, pa = _rid(rng), _pa(rng)
    prov = "Dra. Teresa Ibarra"
    p = Sheet(footer="Página {n} de {nb}")
    p.add_page()
    p.f(13, "B")
    p.cell(0, 7, DSS, new_x="LMARGIN", new_y="NEXT")
    p.f(9.5)
    p.cell(0, 5, "División de Servicios Médicos - South Dakota Medicaid", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, "Teléfono 1-800-555-0190  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.hline(0.4, 4)
    p.heading("AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA", 12)
    p.line(f"Fecha del aviso: {fdate(nd, 'es', 'es')}", 10)
    p.ln(3)
    p.boxed_pairs([("Nombre del beneficiario", who), ("Número de Medicaid", rid),
                   ("Fecha de nacimiento", "9 de agosto de 2012"), ("Número de autorización previa", pa),
                   ("Proveedor que solicita", prov), ("Servicio solicitado", "Tratamiento de ortodoncia completo (D8080)"),
                   ("Fecha recibida", "23 de febrero de 2026"), ("Decisión", "DENEGADO")], label_w=62)
    p.para("South Dakota Medicaid revisó la solicitud. El tratamiento de ortodoncia se cubre solo cuando la maloclusión "
           "es discapacitante. El puntaje enviado (19 puntos) es menor que el mínimo de 26 puntos. Por eso el "
           "tratamiento no es médicamente necesario.", 10)
    p.para("**Derecho a una audiencia imparcial.** Si no está de acuerdo, puede pedir una audiencia imparcial dentro de "
           "los 30 días a partir de la fecha de este aviso. Escriba a la Oficina de Audiencias Administrativas o llame al "
           "605-555-0177.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=DSS, member_id=rid, member_name=who, cases=[pa],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": ALT_INS, "provider": ["Teresa Ibarra"], "appeal_deadline": [None]})
    return out(p), t


def d_eomb(rng):
    nd = dt.date(2026, 2, 20)
    who = "Harold B. Featherstone"
    rid = _rid(rng)
    p = Sheet(orientation="L", footer="Page {n} of {nb}", footer_left="DSS-MS-RA-11", margins=(14, 12, 14))
    p.add_page()
    _letterhead(p)
    p.heading("EXPLANATION OF MEDICAID BENEFITS - THIS IS NOT A BILL", 12)
    p.pairs([("Recipient", who), ("Medicaid ID", rid), ("Statement Date", short2(nd)),
             ("Claims processed", f"{short2(plus(nd, -14))} - {short2(plus(nd, -1))}")], label_w=40, size=9.5)
    p.ln(2)
    c1, c2, c3 = (f"2026{rng.randint(40, 49)}{rng.randint(1000000, 9999999)}" for _ in range(3))
    s1, s2, s3 = dt.date(2026, 1, 8), dt.date(2026, 1, 15), dt.date(2026, 1, 22)
    a1, a2, a3 = 185.00, 2460.50, 96.25
    head = ["Claim\nNumber", "Service\nDate", "Provider\nName", "Service\nDescription", "Amount\nBilled",
            "Medicaid\nAllowed", "Medicaid\nPaid", "Remark\nCode"]
    rows = [[c1, short2(s1), "Oahe Family Clinic", "Office visit, est. patient", money(a1), money(112.40), money(112.40), "--"],
            [c2, short2(s2), "Missouri Valley Imaging", "MRI lumbar spine w/o contrast", money(a2), money(0), money(0), "N54"],
            [c3, short2(s3), "Oahe Family Clinic", "Lab: metabolic panel", money(a3), money(21.80), money(21.80), "--"],
            ["TOTALS", "", "", "", money(a1 + a2 + a3), money(134.20), money(134.20), ""]]
    p.table(head, rows, [34, 20, 46, 58, 26, 26, 26, 16], size=8.5, bold_last=True)
    p.heading("Remark codes", 10)
    p.para("N54 - Prior authorization was required for this service and none was on file for the date of service. "
           "The provider may not bill the recipient for this service.\n-- Paid as billed under the program fee schedule.",
           9)
    p.para("If you disagree with a denied service on this statement you may ask for a fair hearing within 30 days of the "
           "date of this statement. Call 1-800-555-0190 (TTY 711). Copay for the plan year: $ 3 per visit.", 9)
    t = truth("eob", "prior_authorization", insurer=DSS, member_id=rid, member_name=who, cases=[c2],
              claim_amount=m2(a2), service_dates=[s2.isoformat()], denial_date=nd.isoformat(),
              provider="Missouri Valley Imaging", appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT_INS, "appeal_deadline": [None]})
    return out(p), t


def d_rehab(rng):
    nd = dt.date(2026, 1, 29)
    who = "Kenji W. Iwamoto"
    rid, pa = _rid(rng), _pa(rng)
    hosp = "James River Rehabilitation Hospital"
    adm = dt.date(2026, 1, 21)
    p = Sheet(serif=True, footer=None, running=f"{who}  |  Medicaid ID {rid}  |  Page {{n}} of {{nb}}")
    p.add_page()
    _letterhead(p)
    p.line(f"Date of this notice: {upper_dmy(nd)}", 10)
    p.ln(3)
    p.pairs([("To", who), ("Address", "77 Prospect Hill Rd, Aberdeen SD 57401"), ("Medicaid ID", rid),
             ("PA Request No.", pa), ("Facility", hosp), ("Admission requested", upper_dmy(adm)),
             ("Request received", upper_dmy(plus(adm, -2)))], label_w=48, size=10)
    p.ln(2)
    p.heading("Notice of Denial: Inpatient Rehabilitation Admission", 12, rule=True)
    p.para("South Dakota Medicaid has denied the prior authorization request for admission to an acute inpatient "
           "rehabilitation hospital after your hip surgery. A physician reviewer looked at the hospital records. You can "
           "take part in about one hour of therapy a day, and your nursing needs can be met safely in a skilled nursing "
           "facility. Acute inpatient rehabilitation requires three hours of therapy a day, five days a week. The "
           "requested setting is a higher level of care than you need. Care in a skilled nursing facility may be "
           "requested instead.")
    p.para("The reviewer used the program's inpatient rehabilitation criteria (Medical Services Manual, chapter 12, "
           "section 12.4). You may ask for a free copy of the criteria and of the records used.")
    p.para("What this means: the rehabilitation hospital will not be paid by South Dakota Medicaid for this admission. "
           "This decision does not end any other Medicaid service you get.")
    p.para("Keep this notice. You may need it if you ask for a hearing. If you move, tell your local DSS office "
           "within 10 days so that notices reach you.", 9.5)
    p.para("Other help: the hospital's case manager can help you find a skilled nursing facility that takes South "
           "Dakota Medicaid. Rides to medical appointments can be arranged by calling 1-866-555-0102.", 9.5)
    p.add_page()
    p.heading("YOUR RIGHT TO A FAIR HEARING", 12, rule=True)
    p.para("You may ask for a fair hearing if you disagree with this decision. You must ask within 30 days of the date "
           "of this notice. Send a written request to the Office of Administrative Hearings ("
           "PO Box 5510, Pierre, SD 57501), fax 605-555-0178, or call 605-555-0177.")
    p.para("At the hearing you may explain why you disagree, bring witnesses and documents, and be represented by a "
           "lawyer, relative or friend. Free legal help may be available; call 1-800-555-0166.")
    p.para("If your health could be seriously harmed by waiting, ask for an expedited hearing; a decision is made "
           "within 3 working days.")
    t = truth("denial_letter", "level_of_care", insurer=DSS, member_id=rid, member_name=who, cases=[pa],
              service_dates=[adm.isoformat()], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT_INS, "appeal_deadline": [None], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def d_homehealth_ok(rng):
    nd = dt.date(2026, 2, 11)
    who = "Wanda J. Kowalczyk"
    rid, pa = _rid(rng), _pa(rng)
    agency = "Sioux Falls Visiting Nurses"
    start, end = dt.date(2026, 2, 16), dt.date(2026, 4, 16)
    p = Sheet(footer=None)
    p.add_page()
    _letterhead(p)
    p.heading("Prior Authorization Approval", 13)
    p.captions([("Recipient", who, 70), ("Medicaid ID", rid, 45), ("Birth date", "11/30/1948", 35), ("Notice date", fdate(nd, "abbr"), 30)])
    p.captions([("PA number", pa, 50), ("Provider", agency, 80), ("Provider NPI", _npi(rng), 50)])
    p.captions([("Service", "Skilled nursing visits (G0299), 16 visits", 100), ("Approved from", fdate(start, "slash"), 40),
                ("Approved through", fdate(end, "slash"), 40)])
    p.ln(4)
    p.para("Good news: South Dakota Medicaid has approved the service shown above. The provider may give the approved "
           "visits during the dates listed. If more visits are needed, the provider must ask before the approval ends.")
    p.para("This approval is not a promise of payment if you are not eligible for Medicaid on the date of service. "
           "Questions: 1-800-555-0190, TTY 711.")
    t = truth("other", None, insurer=DSS, member_id=rid, member_name=who, cases=[pa],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=agency,
              alternates={"insurer": ALT_INS, "service_dates": [[]]}, unscored=["appeal_deadline"])
    return out(p), t


def d_hearing_aid(rng):
    nd = dt.date(2026, 3, 10)
    who = "Clifford N. Yarborough"
    rid, pa = _rid(rng), _pa(rng)
    aud = "Dakota Hearing Center"
    p = Sheet(footer="Page {n} of {nb}")
    p.add_page()
    _letterhead(p)
    p.band("NOTICE OF ACTION - PRIOR AUTHORIZATION DENIED", 10.5)
    p.dotted([("Date of notice", fdate(nd, "iso")), ("Recipient", who), ("Recipient ID", rid),
              ("PA request number", pa), ("Requested by", aud), ("Item", "Binaural hearing aids (V5261)"),
              ("Age on date of request", "47")], width=70, leader="-")
    p.ln(3)
    p.para("Reason: Hearing aids are not a covered service for recipients age 21 and older under South Dakota Medicaid "
           "(policy HS-09). The request is denied as a non-covered service.")
    _hearing_para(p)
    t1 = truth("denial_letter", "not_covered", insurer=DSS, member_id=rid, member_name=who, cases=[pa],
               denial_date=nd.isoformat(), provider=aud, appeal_deadline=plus(nd, 30).isoformat(),
               alternates={"insurer": ALT_INS, "appeal_deadline": [None]})
    # the audiologist's letter
    q = Sheet(footer=None)
    q.add_page()
    q.f(13, "B")
    q.cell(0, 7, aud, new_x="LMARGIN", new_y="NEXT")
    q.f(8.5)
    q.cell(0, 4, "512 N Bishop Blvd, Brookings SD 57006  -  Tel 605-555-0133  -  Tax ID 46-5550912", new_x="LMARGIN", new_y="NEXT")
    q.hline(0.3, 5)
    ld = plus(nd, 8)
    q.line(fdate(ld, "long"), 10)
    q.ln(3)
    for l in ["South Dakota Medicaid", "Division of Medical Services - Prior Authorization", "Pierre, SD 57501"]:
        q.line(l, 10)
    q.ln(3)
    q.line(f"Re: {who}, Medicaid ID {rid}, PA {pa}", 10, "B")
    q.ln(3)
    q.para(f"We ask the program to reconsider the request for hearing aids for {who}. Our patient has a severe "
           "bilateral hearing loss that keeps him from his work as a grain elevator operator, and his vocational "
           "rehabilitation counselor supports the request. We enclose the audiogram of February 20, 2026.", 10)
    q.para("Please contact our office with any questions.", 10)
    q.para("Sincerely,\n\nAndrea K. Lomax, Au.D.\nDakota Hearing Center", 10)
    t2 = truth("other", None, insurer=None, member_id=rid, member_name=who, cases=[pa], denial_date=ld.isoformat(),
               provider=aud, alternates={"provider": ["Andrea K. Lomax"], "denial_date": [None]},
               unscored=["appeal_deadline", "insurer"])
    return (out(p), t1), (out(q), t2)


def documents(rng: random.Random) -> list[Item]:
    f = FAMILY
    ha, letter = d_hearing_aid(rng)
    return [
        Item(f"{f}_speech_dotted", "born_digital", [d_speech(rng)]),
        Item(f"{f}_cpap_fax_letter", "fax_fine_g4", [d_cpap(rng)]),
        Item(f"{f}_ortodoncia_es", "scan_clean_300", [d_ortho_es(rng)]),
        Item(f"{f}_eomb_landscape", "scan_lowres_150", [d_eomb(rng)]),
        Item(f"{f}_rehab_two_page", "photocopy", [d_rehab(rng)]),
        Item(f"{f}_homehealth_approval", "phone_photo", [d_homehealth_ok(rng)]),
        Item(f"{f}_hearing_aid_stack", "fax_standard_g4", [ha, letter], separators=["cover", None],
             turns={(1, 0): 90}),
    ]
