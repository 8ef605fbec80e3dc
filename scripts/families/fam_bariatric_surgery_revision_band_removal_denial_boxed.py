"""An invented commercial plan (Kestrel Bay Health Plan) refusing the removal of an adjustable gastric band and
its revision to a sleeve gastrectomy, mostly on boxed forms with ticked checkboxes. CPT and CARC codes appear as
themselves; the plan, its rules and codes, the surgeons, hospitals, every person, number and address are
invented. Each file gives the reason in its own words.

Documents (8 in 7 files):
- bd_eob_four_claims_hospital_row_co50_spouse: a member EOB of four claims (surgeon consult, upper GI series,
  psychological evaluation, the hospital's band removal and sleeve conversion); only the hospital row pays 0.00
  (CO-50: the records do not show the band caused a problem); the subscriber, plan year, DOB as decoys.
- faxstd_boxed_precert_ticked_not_approved_employer_left_out: a boxed pre-certification form on a standard fax to
  the surgeon's office; ticked "Not approved" and reason; the employer's 2026 plan leaves out weight-loss
  operations and their revisions; referring doctor, facility NPI, letter ID and received date as decoys.
- phone_es_cirujano_sin_contrato_retiro_banda: Spanish letter; the band was removed by a surgeon who has no
  contract with the member's HMO.
- rotated_hospital_patient_statement_band_removal: the hospital's patient statement (account number, CPT lines,
  "insurance denied"); denies nothing.
- lowres_prose_two_night_stay_could_go_home_same_day: no labels; the band removal was done with two nights in the
  hospital when it could have been day surgery; the claim reference only in the text.
- photocopy_boxed_appeal_upheld_code_does_not_match_op_note: a first-level appeal in a box grid with ticked
  "Upheld": the surgeon's claim was billed with an open-revision code while the operative note describes a
  laparoscopic band and port removal; second level within 60 days.
- clean300_stack_band_removal_approval_blank_then_eob_late_anesthesia_turned: an approval of the band removal
  alone (denies nothing), a blank separator, then a two-claim EOB fed sideways in which the anesthesia claim
  arrived after the plan's 120-day window (pathology row paid).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqa import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "bariatric_surgery_revision_band_removal_denial_boxed"
LANG = "en"
SEED = 353000
INS = "Kestrel Bay Health Plan"
ALT = ["Kestrel Bay"]
PLAN = "KB Choice PPO 3000"
GROUP = "31840-0200"
HOSP = "Stillwater General Hospital"
PRACTICE = "Harrow Point Bariatric Surgery"


def kb_id(rng):
    return f"KBW{digits(rng, 9)}"


def clm_no(rng):
    return f"K26{digits(rng, 4)}-{digits(rng, 5)}"


def dob(rng):
    return dt.date(rng.randint(1961, 1992), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Raleigh NC 276{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, sub, surg, psy = people(rng, 4)
    mid = kb_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 26))
    surgery = plus(sd, -rng.randint(30, 45))
    dis = plus(surgery, 1)
    src = [(plus(surgery, -60), plus(surgery, -60), f"Dr. {surg}", "99204 New patient visit", amount(rng, 320, 480)),
           (plus(surgery, -41), plus(surgery, -41), "Tidewater Imaging", "74240 Upper GI series", amount(rng, 410, 690)),
           (plus(surgery, -33), plus(surgery, -33), f"{psy}, PhD", "90791 Psych evaluation", amount(rng, 280, 390)),
           (surgery, dis, HOSP, "Band removal, sleeve conversion", amount(rng, 24000, 38000))]
    deny = 3
    rows, claims = [], []
    for i, (f, t, pv, svc, c) in enumerate(src):
        n = clm_no(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(f, "short"), fdate(t, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "CO-50"])
        else:
            al = round(c * rng.uniform(0.45, 0.7), 2)
            you = 30.0 if i == 0 else round(al * 0.2, 2)
            rows.append([n, fdate(f, "short"), fdate(t, "short"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "CO-45"])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Relationship", "Spouse"), ("Subscriber", sub), ("Member ID", mid),
                ("Statement date", fdate(sd, "long"))], [55, 26, 55, 45, 74.4])
    p.capstrip([("Group", GROUP), ("Plan", PLAN), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Patient DOB", fdate(dob(rng), "slash")), ("Deductible met", "$1,500.00 of $3,000.00")],
               [35, 50, 55, 40, 75.4])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Provider", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            rows, [28, 16, 16, 48, 58, 20, 19, 19, 19, 12.4], size=7.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** CO-45: the provider agreed to take our allowed amount; you do not owe the rest. CO-50: we "
           "asked for the surgeon's notes, the upper GI report and your weight history. They show the band is in "
           "place and working as it should, with no slipping, no erosion and no blockage. Weight that came back "
           "after a band, by itself, is not a reason our surgery rules accept for taking the band out and doing a "
           "sleeve. The hospital may not bill you for this claim beyond your cost share.", 8.5)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours. You may ask for an external review after our final decision (within 4 months).", 8.5)
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][4]), service_dates=[span(surgery, dis)],
              denial_date=sd.isoformat(), provider=HOSP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "service_dates": [[span(surgery)]]})
    return out(p), t


def faxstd_precert(rng):
    patient, surg, pcp, md = people(rng, 4)
    mid = kb_id(rng)
    nd = dt.date(2026, 2, rng.randint(3, 25))
    planned = plus(nd, rng.randint(14, 30))
    req = f"PA-{digits(rng, 8)}"
    fax = (f"{nd.strftime('%b %d %Y').upper()} 09:{rng.randint(10, 59)}  KBHP UM  919-555-{digits(rng, 4)}  ->  "
           f"{PRACTICE.upper()}  P.{{n}}")
    p = DQSheet(footer="KB-UM-14 (01/26)   Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("PRE-CERTIFICATION DETERMINATION", 12.5, "B", align="C")
    p.ln(1)
    p.grid([[("Determination date", fdate(nd, "slash")), ("Request #", req), ("Letter ID", f"UM{digits(rng, 10)}")],
            [("Member", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Requesting surgeon", f"Dr. {surg}"), ("Practice", PRACTICE), ("Referred by", f"Dr. {pcp}")],
            [("Facility", HOSP), ("Facility NPI", digits(rng, 10)), ("Received", fdate(plus(nd, -6), "slash"))],
            [("Procedure", "43774 + 43775 (band/port removal, sleeve)"), ("Planned date", fdate(planned, "slash"))]],
           size=8.3)
    p.ticks("DETERMINATION", ["Approved", "Approved in part", "Not approved", "Pended for records"],
            {"Not approved"}, cols=4)
    p.ln(1.5)
    p.ticks("BASIS", ["Clinical criteria not met", "Benefit limitation / plan terms", "Out-of-network provider",
                      "Member not active on date", "Other"], {"Benefit limitation / plan terms"}, cols=3)
    p.ln(1.5)
    p.textbox("COMMENTS",
              f"{patient.split()[0]}'s employer renewed its plan on January 1, 2026 and chose to leave weight-loss "
              "operations out of it, including a second operation to change an earlier one. Taking the band out "
              "and making a sleeve is a change from one weight-loss operation to another, so the plan has no "
              "benefit for it. If the band slips, wears into the stomach or blocks it, removing it to treat that "
              "problem is a different request; send the imaging and we will look at it quickly.")
    p.ln(2)
    p.para("The member or the surgeon may appeal within 180 days of the date of this notice. Call 1-866-555-0190 to "
           "ask for a peer-to-peer talk (within 2 business days). An urgent appeal is decided within 72 hours.", 8.6)
    p.para(f"Dr. {md}, Medical Director", 8.6)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[req], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surg,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "service_dates": [[]]})
    return out(p), t


def phone_es(rng):
    patient, surg = people(rng, 2)
    mid = kb_id(rng)
    sv = dt.date(2026, 3, rng.randint(2, 27))
    nd = plus(sv, rng.randint(30, 50))
    billed = amount(rng, 5200, 9400)
    clm = clm_no(rng)
    clinic = "Centro Quirúrgico Las Palmas"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", clm), ("Número de miembro", mid)])
    p.capstrip([("Plan", "KB Select HMO"), ("Grupo", GROUP), ("Cantidad facturada", money(billed))], [70, 50, 63.9])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Recibimos el reclamo del Dr. {surg}, de {clinic}, por el retiro de su banda gástrica y del puerto "
           f"el {fdate(sv, 'long', 'es')}.", 9.8)
    p.para(f"**No vamos a pagar este reclamo.** Su plan es un HMO: paga la atención de los médicos y centros que "
           f"tienen contrato con nosotros, salvo en una emergencia o cuando le damos permiso antes. El Dr. {surg} y "
           f"{clinic} no tienen contrato con Kestrel Bay, y la cirugía fue planeada con semanas de anticipación. "
           "Hay cirujanos con contrato a menos de 30 millas de su casa; llámenos y le damos los nombres.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre peligro, pida una "
           "apelación urgente (72 horas). Después de nuestra decisión final puede pedir una revisión externa "
           "dentro de 4 meses.", 9.4)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=surg, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic], "plan_id": ["KB Select HMO"]})
    return out(p), t


def rotated_statement(rng):
    patient, surg = people(rng, 2)
    mid = kb_id(rng)
    sv = dt.date(2026, 3, rng.randint(2, 25))
    bd = plus(sv, rng.randint(50, 70))
    lines = [("0360", "43774 Lap removal gastric band and port", 1, amount(rng, 9800, 13200)),
             ("0370", "Anesthesia, OR time 95 min", 1, amount(rng, 2100, 3300)),
             ("0250", "Pharmacy", 1, amount(rng, 300, 900)),
             ("0272", "Sterile supplies", 1, amount(rng, 600, 1200)),
             ("0710", "Recovery room", 1, amount(rng, 900, 1600))]
    rows, total = [], 0.0
    for rc, desc, q, unit in lines:
        total += unit
        rows.append([fdate(sv, "slash"), rc, desc, str(q), money(unit, "nosign")])
    total = round(total, 2)
    acct = f"SG{digits(rng, 9)}"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HOSP, "SGH", [f"{rng.randint(100, 9800)} Hospital Dr, Greenville NC 278{rng.randint(10, 99)}  |  "
                              f"Patient Financial Services 252-555-{digits(rng, 4)}  |  Tax ID 56-{digits(rng, 7)}"],
                box="PATIENT STATEMENT", size=12)
    p.addr_pair("Guarantor", [patient, *address(rng)], "Please remit to",
                ["SGH Patient Financial Services", f"PO Box {rng.randint(2000, 9000)}", f"Charlotte NC 282{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(bd, "abbr")), ("Account no.", acct), ("Date of service", fdate(sv, "slash"))],
            [("Surgeon", f"Dr. {surg}"), ("Insurance on file", f"{INS}  ID {mid}")],
            [("Insurance status", "Denied - appeal in progress"), ("Amount due now", "$0.00")]], size=8.3)
    p.table(["Date", "Rev", "Description", "Qty", "Charge"], rows, [24, 14, 92, 12, 31.9], size=8.6,
            aligns=["L", "L", "L", "R", "R"])
    p.pairs([("Total charges", money(total)), ("Insurance paid", "0.00"), ("Account balance", money(total))],
            label_w=45, size=9.2)
    p.ln(2)
    p.para("Your insurance company has not paid this account. We have sent an appeal with your surgeon's notes. "
           "No payment is due from you while the appeal is open; we will write to you when we hear back.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(sv)], denial_date=bd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [surg], "member_id": [None], "denial_date": [None]})
    return out(p), t


def lowres_prose(rng):
    patient, surg = people(rng, 2)
    mid = kb_id(rng)
    adm = dt.date(2026, 4, rng.randint(1, 20))
    dis = plus(adm, 2)
    nd = plus(dis, rng.randint(35, 50))
    billed = amount(rng, 16000, 23000)
    ref = f"K26{digits(rng, 4)}-{digits(rng, 5)}"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {surg} removed your gastric band and its port at {HOSP}. You went into the hospital on "
           f"{fdate(adm, 'long')} and went home on {fdate(dis, 'long')}. The hospital billed us {money(billed)} "
           "for two nights as an inpatient.", 10)
    p.para("We approved the operation itself. But our nurse reviewer and a surgeon who works with us read the "
           "hospital notes: the operation took under an hour, you were eating and walking by that evening, and "
           "your pain was controlled with pills. People in that condition go home the same day from the day "
           "surgery unit. Nothing in the notes called for the two nights in a hospital bed, so we will pay the "
           "hospital what we pay for day surgery, and not the inpatient bill. The hospital has agreed not to "
           "bill you the difference.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Please quote reference "
           f"{ref} when you call 1-866-555-{digits(rng, 4)} (TTY 711). Your member ID is {mid}.", 10)
    p.para(f"Sincerely,\nClaims Review\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [surg]})
    return out(p), t


def photocopy_appeal(rng):
    patient, surg, assist, md = people(rng, 4)
    mid = kb_id(rng)
    sv = dt.date(2026, 2, rng.randint(2, 26))
    nd = plus(sv, rng.randint(90, 120))
    billed = amount(rng, 4200, 6900)
    apl = f"AP26-{digits(rng, 6)}"
    clm = clm_no(rng)
    p = DQSheet(footer="KB-GA-3 (01/26)   Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("APPEAL DECISION - FIRST LEVEL", 12.5, "B", align="C")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Appeal No.", apl), ("Claim #", clm)],
            [("Member", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Surgeon", f"Dr. {surg}"), ("Assistant surgeon", f"Dr. {assist}"), ("Practice", PRACTICE)],
            [("Date of surgery", fdate(sv, "slash")), ("Appeal received", fdate(plus(nd, -28), "slash")),
             ("Amount billed", money(billed))],
            [("Code billed", "43848 (revision, open)"), ("Operative note describes", "43774 (lap band + port removal)")]],
           size=8.3)
    p.ticks("DECISION", ["Upheld", "Overturned", "Partly overturned"], {"Upheld"}, cols=3)
    p.ln(1.5)
    p.ticks("REASON", ["Clinical review", "Claim coding review", "Plan terms", "Eligibility"],
            {"Claim coding review"}, cols=4)
    p.ln(1.5)
    p.textbox("OUR REVIEW",
              "The surgeon's office asked us to pay the claim as filed. The operative note says the band and the "
              "port were taken out through five small ports with a camera, in 52 minutes, and nothing else was "
              "done to the stomach. The claim asks to be paid for an open operation that re-does the stomach "
              "itself. What was billed is not what the note describes, so the claim cannot be paid as sent. The "
              "office may send a new claim with the code that fits the note; that claim would be looked at anew.")
    p.ln(2)
    p.para("You or the surgeon may ask for a second-level appeal within 60 days of the date of this letter. An "
           "external review can be asked for within 4 months after the final level.", 8.6)
    p.para(f"Dr. {md}, Medical Director, {INS}", 8.6)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=surg, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "case_numbers": [[apl], [clm]]})
    return out(p), t


def clean300_stack(rng):
    patient, surg = people(rng, 2)
    mid = kb_id(rng)
    ad = dt.date(2026, 1, rng.randint(5, 20))
    planned = plus(ad, rng.randint(10, 20))
    auth = f"PA-{digits(rng, 8)}"
    p = DQSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("PRE-CERTIFICATION APPROVED", 12, "B")
    p.grid([[("Date", fdate(ad, "long")), ("Authorization number", auth)],
            [("Member", patient), ("Member ID", mid)],
            [("Surgeon", f"Dr. {surg}"), ("Facility", HOSP)],
            [("Approved", "43774 removal of band and port (outpatient)"), ("Planned date", fdate(planned, "slash"))]],
           size=8.8)
    p.ticks("DETERMINATION", ["Approved", "Approved in part", "Not approved"], {"Approved"}, cols=3)
    p.ln(2)
    p.para("The band has slipped on your last X-ray, so taking it out is approved. This approval is for the removal "
           "only; it does not approve any other weight-loss operation.", 9.4)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(planned)], denial_date=ad.isoformat(), provider=surg,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [HOSP]}))
    # the EOB for the same removal: the anesthesia claim came in late
    recv = plus(planned, rng.randint(150, 170))
    sd = plus(recv, rng.randint(10, 20))
    anes = "Summit Ridge Anesthesia Associates"
    crna = people(rng, 1)[0]
    src = [(planned, "Summit Ridge Anesthesia Associates", "00790 Anesthesia, upper abdomen", amount(rng, 1800, 2900),
            True, recv),
           (planned, "Piedmont Pathology Group", "88305 Tissue exam", amount(rng, 140, 260), False, plus(planned, 21))]
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(12, 12, 12)
    q.add_page(orientation="L")
    _head(q, rng)
    q.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    q.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Statement date", fdate(sd, "slash")),
                ("Prior authorization on file", auth)], [58, 44, 36, 45, 72.4])
    q.ln(3)
    rows, claims = [], []
    for f, pv, svc, c, den, rv in src:
        n = clm_no(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(f, "slash"), fdate(rv, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "CO-29"])
        else:
            al = round(c * 0.6, 2)
            rows.append([n, fdate(f, "slash"), fdate(rv, "slash"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al, "nosign"), "CO-45"])
    q.table(["Claim #", "Service date", "Received", "Provider", "Service", "Billed", "Allowed", "Paid", "Code"],
            rows, [28, 22, 22, 55, 55, 20, 19, 19, 15.4], size=7.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"])
    q.para(f"**CO-29.** This bill reached us more than 120 days after the day of the care (the anesthetist was "
           f"{crna}, CRNA). Your plan pays only for bills that reach us within that time, unless the provider shows "
           "that something out of its control kept it from sending the bill. The provider may not bill you for it. "
           "**CO-45.** The provider agreed to take our allowed amount.", 8.5)
    q.para("You may appeal within 180 days of the date of this statement.", 8.5)
    doc2 = (out(q), truth("eob", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
                          cases=[claims[0]], claim_amount=m2(src[0][3]), service_dates=[span(planned)],
                          denial_date=sd.isoformat(), provider=anes, appeal_deadline=plus(sd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [crna]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_hospital_row_co50_spouse", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_boxed_precert_ticked_not_approved_employer_left_out", "fax_standard_g4",
             [faxstd_precert(rng)]),
        Item(F + "phone_es_cirujano_sin_contrato_retiro_banda", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_patient_statement_band_removal", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_two_night_stay_could_go_home_same_day", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_boxed_appeal_upheld_code_does_not_match_op_note", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_band_removal_approval_blank_then_eob_late_anesthesia_turned", "scan_clean_300",
             clean300_stack(rng), separators=["blank", None], turns={(1, 0): 90}),
    ]
