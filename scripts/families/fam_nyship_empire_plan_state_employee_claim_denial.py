"""Notices mirrored (structure and wording style only) from the New York State Health Insurance Program's (NYSHIP)
Empire Plan, the plan for New York State and participating public employees and retirees, administered under the
NYS Department of Civil Service. The program, its Department, its programs (Medical/Surgical, Hospital, Mental
Health and Substance Use, Benefits Management Program, Managed Physical Medicine Program) and Medicare appear as
themselves; the carriers whose letterheads issue these notices (Tappan Ridge Benefit Administrators, Mohawk Gate
Hospital Services, Seneca Shore Behavioral Health) and every provider, person, number, amount and time limit are
invented.

Documents (8 in 7 files):
- bd_landscape_eob_provider_only_in_column: a landscape Medical/Surgical Program EOB, four claims, providers only
  in a "Rendering NPI / Name" column, dates only in rows with two-digit years (one row a range), hearing aid
  batteries denied as not covered; plan year, received dates, the enrollee (not the patient) as decoys.
- faxstd_capbox_hospital_program_observation: a Hospital Program letter on a standard fax with a header of small
  captioned boxes; an inpatient stay "from March .. through March .., 2026" should have been observation
  (level of care); reference + claim numbers, an earlier letter's reference, DOB, request received, the medical
  director's signature, 72-hour and external appeal limits as decoys.
- phone_spanish_mental_health_day_first_dates: Spanish Mental Health and Substance Use Program notice, intensive
  outpatient days not medically necessary, the dates printed day-first (02/03/2026) and written out; a counseling
  group with a psychiatrist under it.
- rotated_pt_practice_statement_remit_elsewhere: a physical therapy practice's statement (its letterhead in one
  town, "Remit to" a lockbox elsewhere), five visits, one denied by the Managed Physical Medicine Program; denies
  nothing.
- lowres_prose_mri_no_precert: a letter with no labels; the MRI that the referring doctor ordered and an imaging
  center performed, denied for no Benefits Management Program precertification.
- photocopy_appeal_upheld_genetic_test_spaced_numbers: a first-level appeal decision (a laboratory's genetic test,
  experimental) with an appeal number printed with spaces, the claim number, an older 2025 reference, the
  ordering doctor, the medical director signing.
- clean_stack_cover_approval_then_medicare_primary_turned: a fax cover, a Benefits Management Program approval
  (denies nothing), then a retiree's claim denied because Medicare pays first (turned upside down), "Paid to" line.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdnd import DNSheet, people
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth  # noqa: F401

FAMILY = "nyship_empire_plan_state_employee_claim_denial"
LANG = "en"
SEED = 352303
MS = "Tappan Ridge Benefit Administrators"
HP = "Mohawk Gate Hospital Services"
MH = "Seneca Shore Behavioral Health"
ALT = ["The Empire Plan", "Empire Plan", "NYSHIP", "New York State Health Insurance Program"]


def ep_id(rng):
    """An Empire Plan identification number invented for the family: N + 9 digits."""
    return "N" + digits(rng, 9)


def grp(rng):
    return f"{rng.choice(['03', '05', '07'])}{digits(rng, 4)}-{rng.randint(10, 89)}"


def _head(p: DNSheet, rng, program: str, carrier: str, city: str = "Albany NY 122"):
    p.f(15, "B")
    p.cell(0, 7, "The Empire Plan", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 3.6, "New York State Health Insurance Program (NYSHIP)", new_x="LMARGIN", new_y="NEXT")
    p.f(9.5, "B")
    p.cell(0, 5, f"{program}  -  {carrier}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, {city}{rng.randint(10, 99)}  |  1-877-555-{digits(rng, 4)}  |  "
                 f"Fax 1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    enrollee, patient = people(rng, 2)
    mid, g = ep_id(rng), grp(rng)
    sd = dt.date(2026, 4, rng.randint(6, 17))
    d0 = dt.date(2026, 3, rng.randint(2, 6))
    dates = [(d0, plus(d0, 4)), (plus(d0, 9), None), (plus(d0, 15), None), (plus(d0, 21), None)]
    provs = [("Ridgecrest Physical Therapy", "97110 therapeutic exercise x5"),
             ("Dr. Helena Voss", "99214 office visit"),
             ("Clearbrook Hearing Center", "V5266 hearing aid batteries"),
             ("Oriskany Valley Lab", "80053 metabolic panel")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, ((a, b), (pv, svc)) in enumerate(zip(dates, provs)):
        c = amount(rng, 90, 420) if i != 0 else amount(rng, 600, 900)
        billed.append(c)
        n = f"26{digits(rng, 3)} {digits(rng, 5)}"
        n = n.replace(" ", "")
        claims.append(n)
        when = fdate(a, "short") + (f"-{fdate(b, 'short')}" if b else "")
        rcv = fdate(plus(b or a, rng.randint(4, 12)), "short")
        npi = digits(rng, 10)
        if i == deny:
            rows.append([n, when, rcv, f"{npi} / {pv}", svc, money(c, "nosign"), "0.00", "0.00", money(c, "nosign"),
                         "NC4"])
        else:
            allowed = round(c * 0.7, 2)
            copay = 25.0 if i != 3 else 0.0
            rows.append([n, when, rcv, f"{npi} / {pv}", svc, money(c, "nosign"), money(allowed, "nosign"),
                         money(allowed - copay, "nosign"), money(copay, "nosign"), "P1"])
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Medical/Surgical Program", MS)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.capstrip([("Enrollee", enrollee), ("Identification No.", mid), ("Group No.", g), ("Patient", patient),
                ("Relationship", "Spouse"), ("Statement date", fdate(sd, "slash"))])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Basic Medical deductible met", "$0.00 of $1,250.00"),
                ("Participating Provider copay", "$25.00 per visit"),
                ("Coinsurance maximum met", f"{money(amount(rng, 100, 900))} of $3,000.00")])
    p.ln(3)
    p.table(["Claim no.", "Service date(s)", "Received", "Rendering NPI / Name", "Service", "Billed",
             "Allowed", "Plan paid", "You owe", "Code"], rows,
            [24, 30, 17, 64, 46, 18, 18, 18, 16, 12], size=7.8,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** P1 Paid under the Participating Provider Program; you pay only the copayment. "
           "NC4 Hearing aid batteries are a supply the Empire Plan does not cover (the hearing aid itself is "
           "covered once every four years). The full amount billed is your responsibility.", 8.5)
    p.para("**Your right to appeal.** If you disagree with a decision on this statement, you or your provider may "
           "appeal in writing within 180 days of the date of this statement. Include the claim number. An urgent "
           "appeal is decided within 72 hours. After a final decision you may ask for an external appeal through the "
           "New York State Department of Financial Services within 4 months.", 8.5)
    t = truth("eob", "not_covered", insurer=MS, group=g, member_id=mid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(dates[deny][0])], denial_date=sd.isoformat(),
              provider=provs[deny][0], appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def faxstd_capbox(rng):
    patient, att, md = people(rng, 3)
    mid, g = ep_id(rng), grp(rng)
    nd = dt.date(2026, 3, rng.randint(23, 31))
    a = dt.date(2026, 3, rng.randint(2, 6))
    b = plus(a, 4)
    ref = f"HP-{digits(rng, 3)}-{digits(rng, 4)}"
    clm = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}"
    old = f"HP-{digits(rng, 3)}-{digits(rng, 4)}"
    billed = amount(rng, 18000, 34000)
    hosp = "Schoharie Falls General Hospital"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: EMPIRE PLAN HOSPITAL PROGRAM  518-555-{digits(rng, 4)}  P.{{n}}"
    p = DNSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Hospital Program", HP)
    p.capstrip([("Date of notice", fdate(nd, "slash")), ("Reference no.", ref), ("Claim no.", clm),
                ("Identification No.", mid)], [40, 42, 50, 52])
    p.capstrip([("Patient", patient), ("Date of birth", fdate(dt.date(rng.randint(1958, 1990), rng.randint(1, 12),
                                                                        rng.randint(1, 28)), "slash")),
                ("Group No.", g), ("Request received", fdate(plus(b, 3), "slash"))], [56, 36, 42, 50])
    p.capstrip([("Facility", hosp), ("Billed charges", money(billed)), ("Review type", "Retrospective")],
               [84, 50, 50])
    p.ln(4)
    p.line("NOTICE OF ADVERSE DETERMINATION", 11.5, "B")
    p.ln(1)
    p.para(f"Dear {patient}:", 9.6)
    p.para(f"The Empire Plan Hospital Program reviewed your stay at {hosp} from {fdate(a, 'long').rsplit(',', 1)[0]} "
           f"through {fdate(b, 'long')}. Dr. {att}, your attending physician, admitted you for chest pain. "
           "We have decided that the stay will not be paid as an inpatient admission.", 9.6)
    p.para("**Why.** Your tests were normal and your symptoms were being watched to decide whether you needed to be "
           "admitted. That care is given at the observation level of care in an outpatient setting. An inpatient "
           "level of care was not needed. The hospital may bill the stay again as outpatient observation services, "
           "which the Hospital Program covers.", 9.6)
    p.para(f"This letter replaces nothing in our earlier letter of {fdate(plus(a, -rng.randint(40, 80)), 'long')} "
           f"(reference {old}), which was about a different service.", 9.6)
    p.para("**Your right to appeal.** You, your doctor or the hospital may appeal this decision in writing within "
           "180 days of the date of this letter. Quote the reference number. If waiting would seriously harm your "
           "health, ask for an expedited appeal; it is decided within 72 hours. When the appeal process is finished "
           "you may ask for an external appeal through the New York State Department of Financial Services within 4 "
           "months.", 9.6)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {HP}", 9.6)
    p.taglines()
    t = truth("denial_letter", "level_of_care", insurer=HP, group=g, member_id=mid, member_name=patient,
              cases=[ref, clm], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[ref], [clm]], "provider": [att]})
    return out(p), t


def phone_spanish(rng):
    patient, doc = people(rng, 2)
    mid, g = ep_id(rng), grp(rng)
    nd = dt.date(2026, 3, rng.randint(24, 30))
    a = dt.date(2026, 3, 2)
    b = dt.date(2026, 3, rng.randint(9, 12))
    clm = f"BH{digits(rng, 9)}"
    billed = amount(rng, 2400, 4800)
    grp_name = "Oneida Lake Counseling Group"
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Programa de Salud Mental y Tratamiento de Adicciones", MH, "Syracuse NY 132")
    p.line("AVISO DE DETERMINACIÓN ADVERSA", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "dmy", "es")), ("Número de identificación", mid),
                ("Número de reclamo", clm)])
    p.capstrip([("Paciente", patient), ("Fechas del servicio", f"{fdate(a, 'dmy', 'es')} - {fdate(b, 'dmy', 'es')}"),
                ("Cargos facturados", money(billed))])
    p.capstrip([("Proveedor", grp_name), ("Fecha de recepción", fdate(plus(b, 6), "dmy", "es")), ("Grupo", g)])
    p.ln(4)
    p.para(f"Syracuse, {fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Revisamos el programa intensivo ambulatorio que recibió en {grp_name}, bajo la dirección del "
           f"Dr. {doc}, psiquiatra, del {fdate(a, 'long', 'es')} al {fdate(b, 'long', 'es')}. Decidimos que esos "
           "días no son médicamente necesarios. Sus síntomas permitían continuar con terapia ambulatoria semanal, "
           "que el Empire Plan cubre.", 9.8)
    p.para("Las fechas de este aviso se escriben día/mes/año.", 9.8)
    p.para("**Si no está de acuerdo.** Usted o su proveedor pueden apelar por escrito dentro de 180 días a partir de "
           "la fecha de esta carta. Si su salud corre peligro, pida una apelación acelerada (72 horas). Después puede "
           "pedir una apelación externa ante el Departamento de Servicios Financieros del Estado de Nueva York "
           "dentro de 4 meses.", 9.8)
    p.para(f"Atentamente,\n{MH}", 9.8)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=MH, group=g, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=grp_name, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_statement(rng):
    patient = person(rng)[0]
    mid = ep_id(rng)
    sd = dt.date(2026, 4, rng.randint(20, 28))
    prac = "Ridgecrest Physical Therapy"
    visits = sorted({dt.date(2026, 3, d) for d in rng.sample(range(2, 28), 5)})
    deny = 3
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, prac, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Genesee St, Utica NY 135{rng.randint(10, 99)}  |  315-555-{digits(rng, 4)}"
                 f"  |  NPI {digits(rng, 10)}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "long")), ("Patient", patient), ("Account", f"RPT-{digits(rng, 6)}"),
             ("Insurance", "The Empire Plan"), ("Empire Plan ID", mid)], label_w=34, size=9.2)
    p.ln(2)
    rows, charges = [], []
    for i, d in enumerate(visits):
        c = amount(rng, 140, 260)
        charges.append(c)
        if i == deny:
            rows.append([fdate(d, "short"), "97140, 97110", money(c), "0.00", "Denied MPMP", money(c)])
        else:
            rows.append([fdate(d, "short"), "97110, 97112", money(c), money(c - 20), "Paid", "20.00"])
    bal = sum(c for i, c in enumerate(charges) if i == deny) + 20 * (len(visits) - 1)
    rows.append(["", "Total", money(sum(charges)), "", "", money(bal)])
    p.table(["Date", "Procedures", "Charge", "Empire Plan paid", "Status", "Your share"], rows,
            [24, 34, 26, 30, 32, 28], size=8.6, bold_last=True)
    p.para(f"The Empire Plan's Managed Physical Medicine Program denied the visit of {fdate(visits[deny], 'short')}: "
           "it was past the number of visits the Program had authorized for this course of treatment. We have asked "
           "the Program to review more visits. Until then the charge for that visit is shown as your share.", 9)
    p.ln(2)
    p.set_fill_color(235)
    p.f(9, "B")
    p.cell(0, 5, "PLEASE REMIT TO", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in [f"{prac} - Billing Office", f"PO Box {rng.randint(2000, 9000)}", f"Rochester NY 146{rng.randint(10, 99)}",
               f"Billing questions: 585-555-{digits(rng, 4)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer="The Empire Plan", member_id=mid, member_name=patient,
              claim_amount=m2(charges[deny]), service_dates=[span(visits[deny])], denial_date=sd.isoformat(),
              provider=prac, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in visits]]})
    return out(p), t


def lowres_prose(rng):
    patient, ordering = people(rng, 2)
    mid = ep_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    sdt = plus(nd, -rng.randint(25, 40))
    billed = amount(rng, 1100, 2600)
    clm = f"26{digits(rng, 9)}"
    center = "Catskill Gateway Imaging"
    p = DNSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Medical/Surgical Program", MS)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Lark St", f"Kingston NY 124{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {ordering} referred you for an MRI of your left knee. {center} performed the MRI on "
           f"{fdate(sdt, 'long')} and sent us a claim for {money(billed)}. We gave the claim number {clm}. Your "
           f"Empire Plan identification number is {mid}.", 10)
    p.para("Under the Empire Plan's Benefits Management Program, an MRI must be precertified before it is done. "
           "Neither the imaging center nor your doctor called for precertification, and we have no approval on file "
           "for this MRI. For that reason we have denied the claim. Because the imaging center participates in the "
           "Empire Plan, it may not bill you for this MRI.", 10)
    p.para("If you or your doctor think this decision is wrong, you may appeal. Write to us within 180 days of the "
           "date of this letter and include any records that show the MRI was precertified or was urgent. Your "
           f"doctor's next appointment with you, on {fdate(plus(nd, 12), 'long')}, does not need approval.", 10)
    p.para(f"Sincerely,\n\n{MS}\nfor The Empire Plan", 10)
    t = truth("denial_letter", "prior_authorization", insurer=MS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sdt)], denial_date=nd.isoformat(), provider=center,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [ordering]})
    return out(p), t


def photocopy_appeal(rng):
    patient, ordering, md = people(rng, 3)
    mid, g = ep_id(rng), grp(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    coll = dt.date(2026, 2, rng.randint(3, 25))
    billed = amount(rng, 3800, 6900)
    apl = f"AP 2026 {digits(rng, 4)} {digits(rng, 2)}"
    clm = f"26{digits(rng, 9)}"
    old = f"BMP-2025-{digits(rng, 6)}"
    lab = "Finch Hollow Genomics Laboratory"
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Medical/Surgical Program - Appeals", MS)
    p.line("FIRST LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.boxed_pairs([("Date of decision", fdate(nd, "abbr")), ("Appeal number", apl), ("Claim number", clm),
                   ("Patient", patient), ("Identification No. / Group", f"{mid}  /  {g}"),
                   ("Specimen collected", fdate(coll, "dmy")), ("Laboratory", lab), ("Amount billed", money(billed)),
                   ("Appeal received", fdate(plus(nd, -rng.randint(20, 40)), "slash"))], label_w=58)
    p.para(f"You asked us to reconsider our denial of a multigene panel for hereditary cardiomyopathy that {lab} "
           f"performed on a specimen ordered by Dr. {ordering}. A cardiologist who took no part in the first "
           "decision reviewed your appeal, Dr. " f"{ordering}'s letter and the laboratory report.", 9.4)
    p.para("**Decision: we uphold the denial.** The panel includes genes whose link to the disease has not been "
           "established in peer-reviewed studies. The Empire Plan does not cover tests that are experimental or "
           "investigational. Your 2025 request about a different test (reference " f"{old}) was not part of this "
           "review.", 9.4)
    p.para("**What you can do next.** You may ask for a second level appeal within 60 days of the date of this "
           "letter. Because this decision is about an experimental service, you may also ask for an external appeal "
           "through the New York State Department of Financial Services within 4 months of this final adverse "
           "determination.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director", 9.4)
    t = truth("denial_letter", "experimental", insurer=MS, group=g, member_id=mid, member_name=patient,
              cases=[apl.replace(" ", ""), clm], claim_amount=m2(billed), service_dates=[span(coll)],
              denial_date=nd.isoformat(), provider=lab, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[apl.replace(" ", "")], [clm]], "provider": [ordering]})
    return out(p), t


def clean_stack(rng):
    patient = person(rng)[0]
    mid, g = ep_id(rng), grp(rng)
    ad = dt.date(2026, 2, rng.randint(2, 13))
    planned = plus(ad, rng.randint(8, 15))
    auth = f"BMP-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DNSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Medical/Surgical Program - Benefits Management Program", MS)
    p.line(fdate(ad, "long"), 9.6)
    p.ln(2)
    p.line(patient, 9.6)
    p.ln(3)
    p.line("PRECERTIFICATION APPROVED", 11.5, "B")
    p.pairs([("Identification No.", mid), ("Certification no.", auth), ("Service", "CT colonography (74263)"),
             ("Performing facility", "Mohonk Valley Radiology"), ("Planned date", fdate(planned, "slash")),
             ("Valid through", fdate(plus(planned, 60), "slash"))], label_w=44, size=9.4)
    p.ln(2)
    p.para("The service above is approved as medically necessary. This is not a guarantee of payment: benefits "
           "depend on your eligibility on the date of service and on the terms of the Empire Plan.", 9.6)
    p.para(f"{MS}", 9.6)
    doc1 = (out(p), truth("other", None, insurer=MS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(planned)], denial_date=ad.isoformat(), provider="Mohonk Valley Radiology",
                          alternates={"insurer": ALT, "case_numbers": [[]],
                                      "service_dates": [[span(planned, plus(planned, 60))], []]}))
    nd = dt.date(2026, 5, rng.randint(4, 14))
    sv = plus(nd, -rng.randint(20, 35))
    billed = amount(rng, 240, 680)
    clm = f"26{digits(rng, 9)}"
    prov = "Beaverkill Cardiology Associates"
    q = DNSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Medical/Surgical Program", MS)
    q.line("CLAIM DETERMINATION", 11.5, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd, "dash")), ("Enrollee / patient", patient), ("Identification No.", mid),
             ("Group No.", g), ("Claim no.", clm), ("Date of service", fdate(sv, "slash")),
             ("Charges submitted", money(billed)), ("Paid to", f"{prov} - $0.00")], label_w=44, size=9.4)
    q.ln(2)
    q.para("Our records show that you are retired and enrolled in Medicare Parts A and B. When you are eligible for "
           "Medicare, Medicare pays your claims first and the Empire Plan pays second. This claim was sent to us "
           "without Medicare's decision, so we have denied it. Ask the provider to bill Medicare; after Medicare "
           "pays, send us the Medicare Summary Notice and we will process the claim again.", 9.6)
    q.para("If you disagree, you may appeal in writing within 180 days of the date of this notice. Questions about "
           "your Medicare enrollment go to the NYS Department of Civil Service, Employee Benefits Division.", 9.6)
    q.para(f"{MS}, for The Empire Plan", 9.6)
    doc2 = (out(q), truth("denial_letter", "other", insurer=MS, group=g, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=prov, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_landscape_eob_provider_only_in_column", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_capbox_hospital_program_observation", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_spanish_mental_health_day_first_dates", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_pt_practice_statement_remit_elsewhere", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_mri_no_precert", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_genetic_test_spaced_numbers", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean_stack_cover_approval_then_medicare_primary_turned", "scan_clean_300", clean_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
