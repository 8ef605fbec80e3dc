"""Notices mirrored (structure and wording style only) from Michigan's Healthy Michigan Plan (the state's Medicaid
expansion for adults 19-64, run by the Michigan Department of Health and Human Services (MDHHS) through health
plans; MDHHS, the Michigan Office of Administrative Hearings and Rules and the Department of Insurance and Financial
Services appear as themselves). The health plan (Tamarack Straits Health Plan), its reason codes, every provider,
pharmacy, person, number and address are invented. Each plan notice gives a plan appeal within 60 days of the
notice, then a State Fair Hearing (120 days after the appeal decision) and an external review with DIFS as
decoys. Each file denies in different words and none says "denied" in its body.

Documents (8 in 7 files):
- bd_claims_statement_zero_paid_reason_code_only: a member claims statement of four claims; one row pays $0.00
  with reason code R47 only (no approval on file); a mihealth (Medicaid) ID and a plan "ID#" in a card block.
- faxstd_capbox_we_cannot_approve_sleeve_gastrectomy: a pre-service Notice of Adverse Benefit Determination on a
  standard fax in small captioned boxes, "we cannot approve"; criteria not met (medical necessity without saying
  so); request-received date, DOB and the 72-hour / fair hearing limits as decoys.
- phone_spanish_fertility_no_tiene_cobertura_day_first: Spanish notice, infertility treatment "no tiene
  cobertura"; dates day-first (05/02/2026 = 5 February) and written out in words.
- rotated_pharmacy_reject_printout_insurance_on_file: the pharmacy's printout of a rejected claim (reject 75,
  prior authorization required), "Insurance on file: <plan> <number>", logo word beside the name; denies nothing.
- lowres_prose_unable_to_pay_urgent_care_reply_slip: a letter with no labels, "we are unable to pay" an urgent care
  visit out of state from a provider outside the plan; the member number only in the reply slip, the reference
  only in the footer.
- photocopy_appeal_upheld_payable_only_when_observation: a plan appeal decision upholding that an inpatient stay
  was payable only as observation care (level of care); sidebar summary; no plan appeal left (fair hearing only).
- finefax_stack_cover_pt_approved_then_enrollment_ended_turned: a fax cover, an approval of physical therapy visits
  (denies nothing), then a claim after plan enrollment ended, "no benefits are available", fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "healthy_michigan_plan_claim_and_service_denial"
LANG = "en"
SEED = 352502
INS = "Tamarack Straits Health Plan"
ALT = ["Tamarack Straits"]
HMP = "Healthy Michigan Plan"


def plan_id(rng):
    return f"TSH{digits(rng, 9)}"


def mihealth(rng):
    return digits(rng, 10)


def _head(p: DOSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, f"A {HMP} health plan  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Traverse City MI 496{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)} (TTY 711)  |  Fax 231-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _rights(p: DOSheet, nd_words: str = "of the date of this notice", size: float = 8.6):
    p.para(f"**Your right to appeal.** You may ask {INS} for an appeal within 60 days {nd_words}. Call Member "
           "Services or write to the address above. If waiting could seriously harm your health, ask for a fast "
           "appeal; we will decide it within 72 hours.", size)
    p.para("**State Fair Hearing.** If we do not decide in your favor, you may ask for a State Fair Hearing with the "
           "Michigan Office of Administrative Hearings and Rules within 120 days of the date of our appeal "
           "decision. You may also ask the Michigan Department of Insurance and Financial Services (DIFS) for an "
           "external review within 127 days of our appeal decision.", size)


def bd_statement(rng):
    patient, d1, d3 = people(rng, 3)
    pid, mh = plan_id(rng), mihealth(rng)
    sd = dt.date(2026, 5, rng.randint(12, 22))
    base = dt.date(2026, 4, rng.randint(1, 7))
    src = [(base, f"Dr. {d1}", "Office visit 99213"),
           (plus(base, 6), "Northport Lakeshore Lab", "Lipid panel 80061"),
           (plus(base, 11), "Huron Shores Imaging", "MRI lumbar spine 72148"),
           (plus(base, 19), f"Dr. {d3}", "Office visit 99214")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, pv, svc) in enumerate(src):
        c = amount(rng, 90, 240) if i != deny else amount(rng, 1100, 1900)
        billed.append(c)
        n = f"26{digits(rng, 11)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00", "R47"])
        else:
            cop = 2.0 if i != 1 else 0.0
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), money(round(c * 0.55, 2), "nosign"),
                         money(cop, "nosign"), "P1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    y = p.get_y()
    p.line("CLAIMS STATEMENT", 13, "B")
    p.line("This is not a bill.", 9)
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "long")), ("Member", patient), ("Period", "04/01/2026 - 04/30/2026"),
             ("Date of birth", fdate(dt.date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28)), "slash"))],
            label_w=34, size=9.2, h=5)
    end = p.sidebar([("mihealth ID (Medicaid)", mh), ("Plan ID#", pid), ("Program", HMP)], 196, y, 70,
                    "Member card", size=8.6)
    p.set_y(max(p.get_y(), end) + 3)
    p.table(["Claim no.", "Service date", "Provider", "Service", "Billed", "Plan paid", "Copay", "Code"], rows,
            [36, 24, 56, 58, 24, 24, 18, 16], size=8.4, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Codes.** P1 Paid under your Healthy Michigan Plan benefits; the copay shown applies. R47 No approval "
           "from the plan was on file before this service was given. The provider may not bill you for this "
           "service.", 8.6)
    _rights(p, "of the date of this statement")
    t = truth("eob", "prior_authorization", insurer=INS, member_id=pid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])], denial_date=sd.isoformat(),
              provider=src[deny][1], appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [mh]})
    return out(p), t


def faxstd_capbox(rng):
    patient, surgeon, pcp = people(rng, 3)
    pid, mh = plan_id(rng), mihealth(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    rec = plus(nd, -rng.randint(5, 9))
    planned = plus(nd, rng.randint(20, 40))
    ref = f"UM-{digits(rng, 7)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  TSHP UTILIZATION MGMT  231-555-{digits(rng, 4)}  P.{{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    p.ln(1)
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Reference #", ref), ("Request received", fdate(rec, "slash")),
                ("Review type", "Standard pre-service")])
    p.capstrip([("Member", patient), ("Plan member ID", pid), ("mihealth ID", mh),
                ("DOB", fdate(dt.date(rng.randint(1966, 2001), rng.randint(1, 12), rng.randint(1, 28)), "slash"))])
    p.capstrip([("Requesting provider", f"Dr. {surgeon}"), ("Facility", "Cadillac Pines Surgical Center"),
                ("Planned date", fdate(planned, "slash"))], [70, 70, 47.9])
    p.capstrip([("Service requested", "Laparoscopic sleeve gastrectomy (CPT 43775)"), ("Primary care", f"Dr. {pcp}")],
               [110, 77.9])
    p.ln(4)
    p.para(f"Dear {patient}:", 9.6)
    p.para(f"Dr. {surgeon} asked us to approve the surgery listed above. We cannot approve this request. Our "
           "weight-loss surgery guideline asks for six months in a row of a supervised weight-management program "
           "in the year before surgery, and a review by a behavioral health provider. The records we received show "
           "three months of the program and no behavioral health review. A doctor who reviewed your request "
           "compared your records with the guideline and found that they do not meet it.", 9.6)
    p.para("If you complete the program, your surgeon may send a new request with the records. You may ask for a "
           "free copy of the guideline and of all records we used.", 9.6)
    _rights(p)
    p.para(f"cc: Dr. {surgeon}; Dr. {pcp}", 8.2)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=pid, member_name=patient, cases=[ref],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "member_id": [mh]})
    return out(p), t


def phone_spanish(rng):
    patient, doc = people(rng, 2)
    pid = plan_id(rng)
    nd = dt.date(2026, 3, rng.randint(9, 12))
    sv = dt.date(2026, 2, rng.randint(2, 10))
    billed = amount(rng, 420, 980)
    clm = f"26{digits(rng, 11)}"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 11.5, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "dmy", "es")), ("Número de miembro", pid),
                ("Programa", HMP)])
    p.capstrip([("Número de reclamo", clm), ("Fecha del servicio", fdate(sv, "dmy", "es")),
                ("Cargo facturado", money(billed))])
    p.para("Las fechas en los recuadros se escriben día/mes/año.", 8)
    p.ln(2)
    p.para(f"{fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Recibimos el reclamo de Ludington Bay Women's Health por la inseminación intrauterina que le hizo la "
           f"Dra. {doc} el {fdate(sv, 'long', 'es')}. El tratamiento de infertilidad no tiene cobertura en el "
           f"{HMP}. Por eso este reclamo no se paga. El consultorio no le puede cobrar a usted por este servicio "
           "salvo que usted haya aceptado por escrito pagarlo antes de recibirlo.", 9.8)
    p.para(f"**Su derecho a apelar.** Puede pedir una apelación a {INS} dentro de 60 días a partir de la fecha de "
           "este aviso. Si su salud corre peligro, pida una apelación rápida (72 horas). Después de nuestra "
           "decisión, puede pedir una Audiencia Imparcial Estatal ante la Michigan Office of Administrative "
           "Hearings and Rules dentro de 120 días.", 9.4)
    p.para(f"{INS}", 9.8)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": ["Ludington Bay Women's Health"]})
    return out(p), t


def rotated_pharmacy(rng):
    patient, prescriber = people(rng, 2)
    pid = plan_id(rng)
    fill = dt.date(2026, 4, rng.randint(6, 24))
    pd = plus(fill, rng.randint(0, 1))
    price = amount(rng, 380, 760)
    name = "Birchfield Corners Pharmacy"
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    p.logo_head(name, "Rx", [f"{rng.randint(100, 9800)} Mitchell St, Petoskey MI 497{rng.randint(10, 99)}  |  "
                             f"231-555-{digits(rng, 4)}  |  NCPDP {digits(rng, 7)}  |  NPI {digits(rng, 10)}"],
                box="CLAIM REJECTED")
    p.line("PATIENT COPY - THIRD PARTY CLAIM RESPONSE", 10.5, "B")
    p.ln(1)
    p.pairs([("Printed", f"{fdate(pd, 'slash')} {rng.randint(9, 17)}:{rng.randint(10, 59)}"), ("Patient", patient),
             ("Insurance on file", f"Tamarack Straits HMP {pid}"),
             ("BIN / PCN", f"0{digits(rng, 5)} / HMPMI"), ("Rx #", f"{digits(rng, 7)}"),
             ("Date filled", fdate(fill, "slash")),
             ("Drug", "Semaglutide 1 mg/0.75 mL pen, qty 3 mL, 28 days"), ("Prescriber", f"Dr. {prescriber}"),
             ("Submitted amount", money(price))], label_w=40, size=9.4)
    p.ln(2)
    p.f(10, "B")
    p.cell(0, 6, "Response: REJECTED   75 - PRIOR AUTHORIZATION REQUIRED", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Your plan needs approval before it will pay for this medicine. We have faxed a request form to your "
           "prescriber. Your prescription is on hold at the counter; it has not been filled or charged. Please "
           "call us if you want to pay cash or wait for the approval.", 9.4)
    p.para("Pharmacist: J. Abernathy, RPh", 9)
    t = truth("other", None, insurer=INS, member_id=pid, member_name=patient, claim_amount=m2(price),
              service_dates=[span(fill)], denial_date=pd.isoformat(), provider=name, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [prescriber], "denial_date": [fill.isoformat()]})
    return out(p), t


def lowres_prose(rng):
    patient, doc = people(rng, 2)
    pid = plan_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    sv = dt.date(2026, 5, rng.randint(3, 24))
    billed = amount(rng, 240, 480)
    ref = f"TS-NP-{digits(rng, 6)}"
    uc = "Maumee River Urgent Care"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  {HMP}  |  {ref}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Cherry St", f"Alpena MI 497{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We got a bill from {uc} in Toledo, Ohio for the visit you had with Dr. {doc} on {fdate(sv, 'long')}. "
           f"The bill was for {money(billed)}. We are unable to pay it.", 10)
    p.para(f"{uc} does not have an agreement with us, and it is outside Michigan. We pay providers like this only "
           "for emergency care, or when we approved the visit before it happened. Your records show a sprained "
           "ankle from the day before, treated as a routine visit, and we did not approve the visit.", 10)
    p.para("You do not have to pay this bill yourself unless you agreed in writing before the visit. If the urgent "
           "care center asks you to pay, call us.", 10)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter. Fill in the slip below and "
           "send it to us with any records. If your health is at serious risk, we can decide in 72 hours. After our "
           "appeal decision you may ask for a State Fair Hearing within 120 days.", 10)
    p.para(f"Sincerely,\n\nMember Services\n{INS}", 10)
    p.reply_slip("Appeal request", [("Member", patient), ("Member number", pid), ("Phone", "")],
                 "I want to appeal the decision in the letter above.")
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=pid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [uc]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def photocopy_appeal(rng):
    patient, att, md = people(rng, 3)
    pid, mh = plan_id(rng), mihealth(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    a = dt.date(2026, 4, rng.randint(3, 20))
    b = plus(a, 2)
    billed = amount(rng, 14000, 23000)
    apl = f"AP-2026-{digits(rng, 5)}"
    clm = f"26{digits(rng, 11)}"
    hosp = "Au Sable Valley Hospital"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("NOTICE OF APPEAL DECISION", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.set_y(y)
    p.col_para(f"{fdate(nd, 'long')}\n\nDear {patient}:", 104, 9.4)
    p.col_para(f"You asked us to look again at our decision on your stay at {hosp} from {fdate(a, 'long')} to "
               f"{fdate(b, 'long')}. Dr. {att} cared for you there after you came to the emergency room with chest "
               "pain.", 104, 9.4)
    end = p.sidebar([("Appeal no.", apl), ("Claim no.", clm), ("Plan ID#", pid), ("mihealth ID", mh),
                     ("Hospital", hosp),
                     ("Dates of stay", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Billed", money(billed)),
                     ("Appeal received", fdate(plus(nd, -rng.randint(20, 28)), "slash"))], 128, y, 68,
                    "Appeal summary", size=8.2)
    p.set_y(max(p.get_y(), end) + 3)
    p.para("**Our decision: we did not change our decision.** Inpatient hospital care is payable only when your "
           "condition needs the services that can be given only to an admitted patient. Your tests and heart "
           "monitoring were normal, and you went home without a procedure. A cardiologist who was not part of the "
           "first decision reviewed the records. This care could have been given while you were under observation "
           "in the hospital. We will pay the hospital for observation care; we will not pay the inpatient "
           "charges. The hospital may not bill you for the difference.", 9.4)
    p.para("**What you can do next.** You have finished the plan's appeal process. You may ask for a State Fair "
           "Hearing with the Michigan Office of Administrative Hearings and Rules within 120 days of the date of "
           "this letter. You may also ask DIFS for an external review within 127 days of this letter. If you ask "
           "within 10 days, your services continue during the hearing.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=pid, member_name=patient, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=hosp,
              alternates={"insurer": ALT, "provider": [att], "member_id": [mh], "case_numbers": [[apl], [clm]]})
    return out(p), t


def finefax_stack(rng):
    patient, pt = people(rng, 2)
    pid = plan_id(rng)
    ad = dt.date(2026, 2, rng.randint(3, 12))
    start, stop = plus(ad, 2), plus(ad, 60)
    auth = f"PA{digits(rng, 8)}"
    clinic = "Manistee Shoreline Physical Therapy"
    fax1 = f"{ad.month:02d}/{ad.day:02d}/2026 09:{rng.randint(10, 59)}  TSHP UM  231-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(f"Date: {fdate(ad, 'long')}", 9.6)
    p.ln(2)
    p.line("APPROVAL NOTICE", 11.5, "B")
    p.pairs([("Member", patient), ("Plan ID#", pid), ("Authorization", auth), ("Approved", "12 visits, CPT 97110/97140"),
             ("Provider", clinic), ("Therapist", f"{pt}, PT"),
             ("Use between", f"{fdate(start, 'slash')} and {fdate(stop, 'slash')}")], label_w=40, size=9.4)
    p.ln(2)
    p.para("We approved the physical therapy your provider asked for. Keep this notice for your records. Your "
           f"{HMP} coverage must be active on each visit date.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=pid, member_name=patient, cases=[auth],
                          service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=clinic,
                          alternates={"insurer": ALT, "provider": [pt], "case_numbers": [[]], "service_dates": [[]]}))
    nd = dt.date(2026, 5, rng.randint(8, 18))
    ended = dt.date(2026, 3, 31)
    sv = dt.date(2026, 4, rng.randint(2, 20))
    billed = amount(rng, 160, 320)
    clm = f"26{digits(rng, 11)}"
    fax2 = f"{nd.month:02d}/{nd.day:02d}/2026 16:{rng.randint(10, 59)}  TSHP CLAIMS  231-555-{digits(rng, 4)}  P{{n}}"
    q = DOSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B")
    q.ln(1)
    q.pairs([("Notice date", fdate(nd, "slash")), ("Member", patient), ("Plan ID#", pid), ("Claim", clm),
             ("Date of service", fdate(sv, "slash")), ("Provider", clinic), ("Billed", money(billed)),
             ("Enrolled with us", f"{fdate(dt.date(2025, 7, 1), 'slash')} - {fdate(ended, 'slash')}")],
            label_w=40, size=9.4)
    q.ln(2)
    q.para(f"MDHHS told us that your {HMP} enrollment with {INS} ended on {fdate(ended, 'long')}. No benefits are "
           "available from us for care after that date, so this claim cannot be paid by us, even though the visit "
           f"was inside your approval {auth}. If MDHHS renewed your coverage with another health plan or with "
           "fee-for-service Medicaid, give the clinic that information.", 9.6)
    q.para("You may appeal within 60 days of the date of this notice. Questions about your eligibility go to your "
           "MDHHS caseworker.", 9.6)
    doc2 = (out(q), truth("denial_letter", "eligibility", insurer=INS, member_id=pid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=clinic, appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claims_statement_zero_paid_reason_code_only", "born_digital", [bd_statement(rng)]),
        Item(F + "faxstd_capbox_we_cannot_approve_sleeve_gastrectomy", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_spanish_fertility_no_tiene_cobertura_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_pharmacy_reject_printout_insurance_on_file", "rotated", [rotated_pharmacy(rng)]),
        Item(F + "lowres_prose_unable_to_pay_urgent_care_reply_slip", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_payable_only_when_observation", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_pt_approved_then_enrollment_ended_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
