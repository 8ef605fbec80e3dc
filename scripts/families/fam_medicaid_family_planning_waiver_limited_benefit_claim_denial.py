"""Wisconsin Medicaid's Family Planning Only Services (a limited benefit: family planning and family
planning-related services only), mirrored for structure and wording style only: ForwardHealth notices denying
claims because the service is outside the limited benefit (a wrist X-ray, a cholesterol and blood pressure visit,
an observation stay for abdominal pain, a dental extraction, an inpatient stay for appendicitis, an asthma visit),
a member's Explanation of Medical Benefits, a clinic's letter asking ForwardHealth to reprocess a claim and a
clinic's patient statement. Wisconsin, ForwardHealth, the Department of Health Services, the Division of Hearings
and Appeals and the program appear as themselves; every clinic, hospital, clinician, member and number is invented.

Documents (8 in 7 files):
- bd_member_notice_facts_column_right: notice of a denied claim to the member, a two-column letter with the facts
  (notice date, member ID, date of birth, ICN, date of service, enrollment period) in a right-hand column; the
  45-day fair hearing limit is the only review offered (deadline null).
- faxstd_provider_notice_caption_boxes: small-type provider claim notice to the clinic under a typed fax header,
  captions over ruled boxes (ICN in the same row as the billing NPI and tax ID), two denied lines, an earlier
  paid claim's ICN and date in the text.
- scan300_member_eomb_from_to_rows: the member's Explanation of Medical Benefits, four rows with From and To
  columns, the hospital's observation stay row denied, a total row and a footnote giving the span in words.
- phone_spanish_two_page_notice: a two-page Spanish notice ("Aviso de reclamo denegado") for a dental extraction,
  photographed.
- rotated_clinic_letter_facts_column_left: the clinic's letter to ForwardHealth ("To the claims review unit:")
  asking to reprocess a denied STI follow-up visit, the facts in a LEFT column (denies nothing).
- lowres_member_notice_inpatient_span: notice denying an inpatient stay for appendicitis, the span in prose.
- faxfine_stack_clinic_statement_then_notice: typed fax cover sheet, the clinic's patient statement (denies
  nothing; one row marked not covered by Family Planning Only Services), then the member notice for that asthma
  visit with its page fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdja import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_family_planning_waiver_limited_benefit_claim_denial"
LANG = "en"
SEED = 351500
FH = "ForwardHealth"
DHS = "Wisconsin Department of Health Services"
PROG = "Family Planning Only Services"
INS_ALT = [DHS, "Wisconsin Medicaid", "Wisconsin ForwardHealth"]
CLINIC = "Lakeshore Family Planning Clinic"
NP = "Marguerite A. Thornbury"
HOSP = "Riverbend Community Hospital"
URGENT = "Eau Claire Walk-In Care"
DENT = "Prairie Smile Dental"
DENTIST = "Octavio R. Lindqvist"
BLUE = (18, 70, 130)


def _mid(rng):
    return digits(rng, 10)


def _icn(rng):
    return "26" + digits(rng, 11)


def _dob(rng):
    return dt.date(rng.randint(1984, 2005), rng.randint(1, 12), rng.randint(1, 28))


def _fh_head(p: DJSheet, rng, sub: str, es: bool = False):
    p.head(FH, [DHS if not es else "Departamento de Servicios de Salud de Wisconsin",
                f"{sub}  |  PO Box {rng.randint(1000, 9999)}, Madison WI 537{rng.randint(10, 99)}  |  "
                f"1-800-555-{digits(rng, 4)}  TTY 711"], mark=BLUE)


def _hearing(p, size=9):
    p.para("**Your right to a fair hearing.** If you think this decision is wrong, you may ask for a fair hearing "
           "with the Wisconsin Division of Hearings and Appeals. Your request must be received within 45 days of "
           "the date of this notice. You may bring a friend, relative or lawyer. Your benefits under "
           f"{PROG} do not change while you wait.", size)


def bd_member_notice(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 5))
    dos = plus(nd, -rng.randint(20, 30))
    rec = plus(dos, rng.randint(4, 9))
    icn = _icn(rng)
    amt = amount(rng, 140, 260)
    p = DJSheet(footer="Page {n} of {nb}", footer_left="F-01288 (01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _fh_head(p, rng, "Member Services")
    p.line("NOTICE OF DENIED CLAIM", 12.5, "B")
    p.ln(3)
    left = [f"Dear {mem}:",
            f"{FH} received a claim from {URGENT} for a service you got on {fdate(dos, 'long')}: an X-ray of "
            f"the left wrist (CPT 73110) ordered after a fall. The claim was for {money(amt)}.",
            f"We did not pay this claim. You are enrolled in {PROG}. This is a limited benefit plan. It covers "
            "only family planning services (such as birth control, counseling and sterilization) and family "
            "planning-related services (such as testing and treatment for sexually transmitted infections at a "
            "family planning visit). An X-ray for an injury is not a family planning service, so it is not "
            "covered by your benefit plan.",
            "If you want coverage for other health care, you may apply for BadgerCare Plus. You can apply "
            "online, by phone or at your local agency.",
            "The provider may bill you for this service only if you agreed in writing before you got it."]
    right = [("Date of this notice", fdate(nd, "slash")), ("Member", mem), ("Member ID", mid),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Benefit plan", PROG),
             ("Provider", URGENT), ("Claim number (ICN)", icn), ("Date of service", fdate(dos, "slash")),
             ("Claim received", fdate(rec, "slash")), ("Amount billed", money(amt)),
             ("Enrollment period", "01/01/2026 - 12/31/2026")]
    p.two_col(left, right, left_w=112, size=9.6, rsize=8.6)
    p.ln(3)
    _hearing(p, 9)
    p.para(f"Questions? Call {FH} Member Services at 1-800-555-{digits(rng, 4)} (TTY 711), Monday to Friday.", 9)
    t = truth("denial_letter", "not_covered", insurer=FH, member_id=mid, member_name=mem, cases=[icn],
              claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=URGENT,
              denial_alternates=["eligibility"], alternates={"insurer": INS_ALT})
    return out(p), t


def faxstd_provider_notice(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(18, 28))
    earlier = dt.date(2026, 2, 3)
    icn, old = _icn(rng), _icn(rng)
    visit, lipid = amount(rng, 120, 180), amount(rng, 38, 64)
    tot = round(visit + lipid, 2)
    acct = f"LFP{digits(rng, 6)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FORWARDHEALTH PROV SVCS 608-555-{digits(rng, 4)}"
           f"  TO LAKESHORE FPC 414-555-{digits(rng, 4)}   P.{{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    p.f(11.5, "B")
    p.cell(0, 5, f"{FH}  -  Provider Claim Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.cell(0, 3.6, f"{DHS}  |  Wisconsin Medicaid  |  Benefit plan: {PROG}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.4)
    p.multi_cell(0, 3.4, f"To: {CLINIC}, Billing Office, 2210 W Lakeview Ave, Milwaukee WI 53215", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("ICN", icn, 38), ("Billing NPI", digits(rng, 10), 34),
         ("Tax ID", f"39-{digits(rng, 7)}", 28), ("Patient account", acct, 30), ("Status", "DENIED", 26)],
        [("Member name", mem, 50), ("Member ID", mid, 34), ("Date of birth", fdate(_dob(rng), "slash"), 28),
         ("Rendering provider", NP, 50), ("Billed", money(tot), 22)],
        [("DOS from", fdate(dos, "slash"), 28), ("DOS to", fdate(dos, "slash"), 28),
         ("Received", fdate(plus(dos, 6), "slash"), 28), ("Benefit plan", PROG, 58)],
    ], cap=5.8, val=7.4, box_h=5.0)
    p.ln(1)
    p.table(["Ln", "Code", "Description", "DOS", "Billed", "Allowed", "EOB"],
            [["1", "99213", "Office visit, est. patient - hypertension follow-up", fdate(dos, "short"),
              money(visit, "nosign"), "0.00", "0126"],
             ["2", "80061", "Lipid panel", fdate(dos, "short"), money(lipid, "nosign"), "0.00", "0126"]],
            [8, 14, 90, 18, 20, 18, 16], size=7.0, row_h=4.8, aligns=["L", "L", "L", "L", "R", "R", "L"])
    p.para(f"EOB 0126  Service not covered under the member's benefit plan. {PROG} covers family planning and "
           "family planning-related services only; blood pressure management and a lipid panel are not family "
           "planning-related.", 7.2)
    p.para(f"Note: the earlier claim ICN {old} for {fdate(earlier, 'long')} (contraceptive implant insertion, "
           "11981) was paid and is not affected by this notice.", 7.2)
    p.add_page()
    p.band("RESUBMISSION AND REVIEW", 7.6)
    p.para("Claims must be received within 365 days of the date of service. A denied claim may be resubmitted "
           "with a family planning diagnosis only when the service was provided as part of a family planning "
           "visit and the record supports it. Do not bill the member unless the member agreed in writing before "
           "the service was provided.", 7.4)
    p.para(f"Provider Services: 1-800-555-{digits(rng, 4)}. This notice does not replace the Remittance Advice.",
           7.4)
    t = truth("denial_letter", "not_covered", insurer=FH, member_id=mid, member_name=mem, cases=[icn],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=NP,
              type_alternates=["eob"], denial_alternates=["eligibility"],
              alternates={"insurer": INS_ALT, "provider": [CLINIC]})
    return out(p), t


def scan300_eomb(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    sd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    v1 = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 3))
    o0 = plus(v1, rng.randint(12, 16))
    o1 = plus(o0, 1)
    rows_src = [(CLINIC, "Contraceptive counseling visit", v1, v1, amount(rng, 110, 160), "Paid"),
                (CLINIC, "Chlamydia / gonorrhea test", v1, v1, amount(rng, 45, 80), "Paid"),
                (HOSP, "Observation, abdominal pain", o0, o1, amount(rng, 2400, 3900), "Denied 0126"),
                (CLINIC, "Pregnancy test", plus(o1, 9), plus(o1, 9), amount(rng, 18, 30), "Paid")]
    icns = [_icn(rng) for _ in rows_src]
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _fh_head(p, rng, "Explanation of Medical Benefits")
    p.line("EXPLANATION OF MEDICAL BENEFITS - THIS IS NOT A BILL", 11, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Member:", mem), ("Member ID:", mid),
                   ("Benefit plan:", PROG), ("Period covered:", f"{fdate(dt.date(2026, 3, 1), 'slash')} - "
                                                            f"{fdate(dt.date(2026, 3, 31), 'slash')}")],
                  w=100, size=8.4, y=p.get_y())
    p.ln(4)
    p.para("This statement lists the claims ForwardHealth processed for you. Please check that you received these "
           "services. If you did not, call us.", 8.8)
    rows, tot = [], 0.0
    for (prov, svc, a, b, amt, st), icn in zip(rows_src, icns):
        rows.append([icn, prov, svc, fdate(a, "slash"), fdate(b, "slash"), money(amt, "nosign"), st])
        tot += amt
    rows.append(["", "Total", "", "", "", money(tot, "nosign"), ""])
    p.table(["ICN", "Provider", "Service", "From", "To", "Billed", "Status"], rows,
            [28, 44, 42, 18, 18, 18, 20], size=7.4, aligns=["L", "L", "L", "L", "L", "R", "L"], bold_last=True)
    p.para(f"0126  The observation stay at {HOSP} from {fdate(o0, 'long')} to {fdate(o1, 'long')} is not covered. "
           f"Your benefit plan, {PROG}, pays only for family planning and family planning-related services.",
           8.4)
    p.para("If you disagree, you may ask for a fair hearing within 45 days of the date of this statement. Keep "
           f"this statement for your records. Member Services: 1-800-555-{digits(rng, 4)} (TTY 711).", 8.4)
    den = rows_src[2]
    t = truth("eob", "not_covered", insurer=FH, member_id=mid, member_name=mem, cases=[icns[2]],
              claim_amount=m2(den[4]), service_dates=[span(o0, o1)], denial_date=sd.isoformat(), provider=HOSP,
              denial_alternates=["eligibility"], alternates={"insurer": INS_ALT})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 4, 7) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(15, 25))
    icn = _icn(rng)
    amt = amount(rng, 190, 340)
    p = DJSheet(footer="Página {n} de {nb}", footer_left="F-01288S (01/2026)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _fh_head(p, rng, "Servicios para miembros", es=True)
    p.line("AVISO DE RECLAMO DENEGADO", 12.5, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Nombre del miembro", mem), ("Número de miembro", mid),
             ("Fecha de nacimiento", fdate(_dob(rng), "dmy", "es")), ("Plan de beneficios", PROG),
             ("Proveedor", f"{DENT} (Dr. {DENTIST})"), ("Número de reclamo (ICN)", icn),
             ("Fechas de servicio", fdate(dos, "long", "es")), ("Cantidad facturada", money(amt))],
            label_w=52, size=9.4, h=5.2)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para(f"{FH} recibió un reclamo de {DENT} por la extracción de un diente (código D7140) que usted recibió "
           f"el {fdate(dos, 'long', 'es')}. No pagamos este reclamo.", 10)
    p.para(f"Usted está inscrito(a) en {PROG}. Este es un plan de beneficios limitados. Solo cubre servicios de "
           "planificación familiar (como métodos anticonceptivos, consejería y esterilización) y servicios "
           "relacionados con la planificación familiar. Los servicios dentales no están cubiertos por su plan.",
           10)
    p.para("El proveedor solo puede cobrarle este servicio si usted aceptó por escrito pagarlo antes de recibirlo.",
           10)
    p.add_page()
    p.line("SUS DERECHOS", 11.5, "B")
    p.ln(2)
    p.para("**Audiencia imparcial.** Si usted cree que esta decisión es incorrecta, puede pedir una audiencia "
           "imparcial (fair hearing) ante la División de Audiencias y Apelaciones de Wisconsin. Su solicitud debe "
           "recibirse dentro de los 45 días a partir de la fecha de este aviso.", 10)
    p.para("**Otra cobertura.** Si necesita cobertura para otros servicios de salud, puede solicitar BadgerCare "
           "Plus en línea, por teléfono o en su agencia local.", 10)
    p.para(f"**Preguntas.** Llame a Servicios para Miembros de {FH} al 1-800-555-{digits(rng, 4)} (TTY 711). "
           "Hay servicios de intérprete gratis.", 10)
    p.para(f"Número de miembro: {mid}    Fecha del aviso: {fdate(nd, 'slash')}", 9)
    t = truth("denial_letter", "not_covered", insurer=FH, member_id=mid, member_name=mem, cases=[icn],
              claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=DENT,
              lang="es", denial_alternates=["eligibility"],
              alternates={"insurer": INS_ALT, "provider": [DENTIST]})
    return out(p), t


def rotated_clinic_letter(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    ld = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 5))
    dos = plus(ld, -rng.randint(40, 55))
    first_visit = plus(dos, -14)
    icn = _icn(rng)
    amt = amount(rng, 95, 150)
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.head(CLINIC, [f"2210 W Lakeview Ave, Milwaukee WI 53215  |  414-555-{digits(rng, 4)}  |  Fax 414-555-"
                    f"{digits(rng, 4)}", f"NPI {digits(rng, 10)}  |  Tax ID 39-{digits(rng, 7)}"], mark=(150, 40, 90))
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for s in [FH, "Claims Review Unit", f"PO Box {rng.randint(1000, 9999)}, Madison WI 53707"]:
        p.line(s, 10)
    p.ln(3)
    left = [("Member", mem), ("Member ID", mid), ("Date of birth", fdate(_dob(rng), "slash")),
            ("Benefit plan", PROG), ("ICN denied", icn), ("Date of service", fdate(dos, "slash")),
            ("Billed", money(amt)), ("Rendering provider", f"{NP}, APNP"), ("Diagnosis", "A56.01, Z30.09")]
    right = ["To the claims review unit:",
             f"We ask {FH} to reprocess the claim above. On {fdate(dos, 'long')}, {NP}, APNP, saw {mem} at our "
             "clinic to follow up the chlamydia infection treated at the family planning visit on "
             f"{fdate(first_visit, 'long')}, and to complete contraceptive counseling.",
             "The claim was denied with EOB 0126 as a service not covered under the benefit plan. The visit "
             "was a family planning-related service: testing and treatment of a sexually transmitted infection "
             "identified during a family planning visit. We have corrected the diagnosis order and attach the "
             "visit note and the laboratory result.",
             "Please send the reprocessed claim or any questions to our billing office.",
             f"Sincerely,\n\nHollis Varga-Menendez\nBilling Manager, {CLINIC}"]
    p.left_col(left, right, left_w=48, size=9.6, lsize=8.4, title="Claim facts")
    t = truth("other", None, insurer=FH, member_id=mid, member_name=mem, cases=[icn], claim_amount=m2(amt),
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=NP,
              alternates={"insurer": INS_ALT + [None], "provider": [CLINIC], "claim_amount": [None]})
    return out(p), t


def lowres_inpatient(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 6))
    a = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 5))
    b = plus(a, rng.randint(2, 3))
    icn = _icn(rng)
    amt = amount(rng, 14500, 23800)
    p = DJSheet(serif=True, footer="Page {n} of {nb}", footer_left="F-01288 (01/2026)")
    p.set_margins(22, 14, 22)
    p.add_page()
    _fh_head(p, rng, "Member Services")
    p.line("Notice of Denied Claim", 12, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "long")), ("Member", mem), ("Member ID", mid),
             ("Claim number", icn), ("Benefit plan", PROG),
             ("Date of birth", fdate(_dob(rng), "slash"))], label_w=34, size=9.5)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We did not pay for the inpatient hospital services you received from {HOSP} from "
           f"{fdate(a, 'long')} through {fdate(b, 'long')} for appendicitis. The hospital billed "
           f"{money(amt)}.", 10)
    p.para(f"Why: your benefit plan is {PROG}. It pays only for family planning and family planning-related "
           "services. A hospital stay to treat appendicitis is not a family planning service.", 10)
    p.para("You may be able to get help with this bill. Ask the hospital about its financial assistance program, "
           "or apply for BadgerCare Plus; if you are found eligible, coverage can sometimes start up to three "
           "months before the month you apply.", 10)
    _hearing(p, 9.5)
    p.para(f"Sincerely,\n{FH} Member Services", 10)
    t = truth("denial_letter", "not_covered", insurer=FH, member_id=mid, member_name=mem, cases=[icn],
              claim_amount=m2(amt), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=HOSP,
              denial_alternates=["eligibility"], alternates={"insurer": INS_ALT})
    return out(p), t


def fax_stack(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    sd = dt.date(2026, 6, 15) + dt.timedelta(days=rng.randint(0, 5))
    v0 = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 3))
    v1 = plus(v0, rng.randint(20, 30))
    c1, c2, c3 = amount(rng, 120, 170), amount(rng, 40, 70), amount(rng, 130, 190)
    acct = f"LFP{digits(rng, 6)}"
    p = DJSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(CLINIC, [f"2210 W Lakeview Ave, Milwaukee WI 53215  |  Billing 414-555-{digits(rng, 4)}"],
           mark=(150, 40, 90))
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", f"Wisconsin Medicaid - {PROG}"), ("Member ID:", mid)], w=110, size=8.6,
                  y=p.get_y())
    p.ln(4)
    rows = [[fdate(v0, "slash"), "Contraceptive counseling, 99402", NP, money(c1, "nosign"), money(c1, "nosign"),
             "0.00"],
            [fdate(v0, "slash"), "Urine pregnancy test, 81025", NP, money(c2, "nosign"), money(c2, "nosign"), "0.00"],
            [fdate(v1, "slash"), "Office visit, asthma, 99213 *", NP, money(c3, "nosign"), "0.00",
             money(c3, "nosign")],
            ["", "Balance due", "", "", "", money(c3, "nosign")]]
    p.table(["Date", "Service", "Provider", "Charge", "Medicaid paid", "You owe"], rows,
            [22, 58, 44, 20, 16, 16], size=7.8, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"* Not covered by {PROG}. Medicaid pays this plan only for family planning services. You signed a "
           f"payment agreement on {fdate(v1, 'slash')} before the visit.", 8.4)
    p.para("Please pay by the due date shown or call us to set up a payment plan. We accept cash, check and cards.",
           8.4)
    doc1 = (out(p), truth("other", None, insurer=FH, member_id=mid, member_name=mem, claim_amount=m2(c3),
                          service_dates=[span(v0), span(v1)], denial_date=sd.isoformat(), provider=NP,
                          unscored=["insurer"],
                          alternates={"provider": [CLINIC], "service_dates": [[span(v1)]]}))
    nd = plus(v1, rng.randint(25, 35))
    icn = _icn(rng)
    q = DJSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _fh_head(q, rng, "Member Services")
    q.line(f"Notice of Denied Claim  -  {fdate(nd, 'abbr')}", 12, "B")
    q.ln(2)
    q.capgrid([[("Member", mem, 58), ("Member ID", mid, 42), ("Claim (ICN)", icn, 44), ("DOS", fdate(v1, "slash"),
                                                                                        30)],
               [("Provider", f"{CLINIC} / {NP}", 100), ("Billed", money(c3), 34), ("Plan", PROG, 42)]],
              cap=7, val=8.8)
    q.ln(2)
    q.para(f"Dear {mem}:", 10)
    q.para(f"We did not pay for the office visit for asthma you received on {fdate(v1, 'long')}. {PROG} covers "
           "only family planning and family planning-related services. Treatment of asthma is not covered by "
           "your benefit plan.", 10)
    _hearing(q, 9.5)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=FH, member_id=mid, member_name=mem, cases=[icn],
                          claim_amount=m2(c3), service_dates=[span(v1)], denial_date=nd.isoformat(), provider=NP,
                          denial_alternates=["eligibility"],
                          alternates={"insurer": INS_ALT, "provider": [CLINIC]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_notice_facts_column_right", "born_digital", [bd_member_notice(rng)]),
        Item(F + "faxstd_provider_notice_caption_boxes", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "scan300_member_eomb_from_to_rows", "scan_clean_300", [scan300_eomb(rng)]),
        Item(F + "phone_spanish_two_page_notice", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_clinic_letter_facts_column_left", "rotated", [rotated_clinic_letter(rng)]),
        Item(F + "lowres_member_notice_inpatient_span", "scan_lowres_150", [lowres_inpatient(rng)]),
        Item(F + "faxfine_stack_clinic_statement_then_notice", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
