"""An invented commercial plan (Wyndmoor Lake Health Plan) refusing inpatient rehabilitation facility (IRF)
admissions after a hospital stay because the member's therapy needs could be met at the skilled nursing level
(a skilled nursing facility, SNF), with the rehabilitation hospital's own itemized bill. Revenue, CPT and CARC
codes appear as themselves; the plan, its rules, guideline and codes, the hospitals, every person, number and
address are invented. No file says "level of care" in the same words twice.

Documents (8 in 7 files):
- bd_eob_four_claims_from_thru_irf_row_lc7: a landscape member EOB of four claims (acute stay, ambulance transfer,
  the IRF stay with From / Thru, the physiatrist's visits); only the IRF row pays nothing (plan code LC7); plan
  year, deductible, DOB and a check number as decoys; "USD" totals.
- faxstd_authorization_number_snf_instead_requesting_physiatrist: a pre-admission review on a standard fax to
  the rehabilitation hospital: "Authorization number" beside letter ID, NPI, tax ID, fax numbers; the request from
  the acute hospital's physiatrist; a skilled nursing facility approved instead.
- phone_es_ingreso_alta_reclamo_nivel_enfermeria: Spanish member letter, admission and discharge dates written out
  ("fecha de ingreso", "fecha de alta"), "Número de reclamo", amount with "$".
- rotated_irf_itemized_bill_revenue_codes: the rehabilitation hospital's itemized bill (revenue code lines, the
  patient's and the hospital's address blocks side by side, patient account number, attending physician,
  insurance "not paid - plan says SNF level"); denies nothing.
- lowres_prose_concurrent_review_days_not_covered: no labels; days 1-6 approved, "services between April 8 and
  14" no longer at the rehabilitation level; the doctor only in a sentence; "reference no." in the text.
- photocopy_appeal_upheld_dependent_spouse_second_level_60_days: first-level appeal upheld in a box grid
  (Grievance/Appeal No. and Claim #), the subscriber a decoy, second level within 60 days, external review.
- clean300_stack_snf_approval_blank_then_remittance_turned: an approval of the SNF admission (denies nothing), a
  blank separator, then the plan's provider remittance (EFT trace, payee TIN, batch) fed sideways: three paid
  outpatient therapy claims (CARC CO-45) and the IRF stay paid 0.00 under plan code LC7 with RARC N10.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddp_famdpc import DPSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "inpatient_rehab_facility_admission_level_of_care_denial"
LANG = "en"
SEED = 352802
INS = "Wyndmoor Lake Health Plan"
ALT = ["Wyndmoor Lake"]
PLAN = "WLH-PPO 2500"
GROUP = "604417-0020"
IRF = "Larchmont Ridge Rehabilitation Hospital"
ACUTE = "Ferncliff Valley Medical Center"


def wl_id(rng):
    return f"WKM{digits(rng, 9)}"


def clm_no(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 6)}"


def dob(rng, lo=1940, hi=1962):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DPSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 171{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _stay(rng):
    adm = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 14))
    return adm, plus(adm, rng.randint(9, 15))


def bd_eob(rng):
    patient, phys = people(rng, 2)
    mid = wl_id(rng)
    acute_in = dt.date(2026, 2, rng.randint(2, 9))
    adm = plus(acute_in, 5)
    dis = plus(adm, rng.randint(10, 14))
    sd = plus(dis, rng.randint(30, 40))
    src = [(acute_in, plus(acute_in, 5), ACUTE, "Inpatient stay, hip fracture repair", amount(rng, 38000, 52000)),
           (adm, adm, "Quarry Run Ambulance", "A0428 BLS transfer", amount(rng, 700, 1100)),
           (adm, dis, IRF, "Inpatient rehabilitation stay", amount(rng, 31000, 46000)),
           (plus(adm, 1), plus(dis, -1), f"Dr. {phys}", "99232 Daily visits x9", amount(rng, 900, 1500))]
    deny = 2
    rows, claims = [], []
    for i, (f, t, pv, svc, c) in enumerate(src):
        n = clm_no(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(f, "short"), fdate(t, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "LC7"])
        else:
            al = round(c * rng.uniform(0.35, 0.6), 2)
            you = round(al * 0.2, 2) if i != 1 else 0.0
            rows.append([n, fdate(f, "short"), fdate(t, "short"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "45"])
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [58, 44, 36, 36, 81.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "USD 1,000.00 of USD 1,000.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Check no. (to providers)", digits(rng, 8))],
               [58, 80, 36, 81.4])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Provider", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            rows, [26, 16, 16, 54, 55, 20, 19, 19, 19, 11], size=7.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 45: the charge is above the amount the provider agreed to take; you do not owe the "
           "difference. LC7: our nurse and doctor reviewers found that the therapy you needed after your hospital "
           "stay could have been given in a skilled nursing facility; the rehabilitation hospital's rate is not "
           "payable for this stay. The hospital agreed with us not to bill you for it unless you signed a waiver "
           "before you were admitted.", 8.6)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. If your health is at "
           "risk, ask for an urgent appeal (decided within 72 hours). External review: within 4 months of our "
           "final decision.", 8.6)
    t = truth("eob", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][4]), service_dates=[span(adm, dis)],
              denial_date=sd.isoformat(), provider=IRF, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def faxstd_preadmit(rng):
    patient, phys, md = people(rng, 3)
    mid = wl_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    planned = plus(nd, 1)
    auth = f"IRF26{digits(rng, 7)}"
    snf = "Hollis Brook Skilled Nursing and Rehab"
    fax = (f"{nd.strftime('%b %d %Y').upper()} 16:{rng.randint(10, 59)}  WLHP CARE MGMT  FAX 717-555-{digits(rng, 4)}"
           f"  ->  {IRF.upper()} ADMISSIONS  P{{n}}")
    p = DPSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Care Management")
    p.line("PRE-ADMISSION REVIEW DETERMINATION", 12.5, "B")
    p.ln(1)
    p.capstrip([("Date", fdate(nd, "slash")), ("Authorization number", auth), ("Letter ID", f"WL{digits(rng, 10)}"),
                ("Time received", "10:42 AM")])
    p.capstrip([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("DOB", fdate(dob(rng), "slash"))])
    p.capstrip([("Admitting facility", IRF), ("Facility NPI", digits(rng, 10)), ("Facility TIN", f"23-{digits(rng, 7)}")],
               [80, 50, 53.9])
    p.capstrip([("Planned admission", fdate(planned, "slash")), ("Now at", ACUTE), ("Fax back", f"717-555-{digits(rng, 4)}")],
               [50, 80, 53.9])
    p.ln(2)
    p.bar("DETERMINATION")
    p.para(f"The request from Dr. {phys}, the physiatrist at {ACUTE}, asks us to approve admission to {IRF} for "
           "intensive rehabilitation after a left total knee replacement with a wound infection. We cannot approve "
           "the admission to the rehabilitation hospital. The member can take part in about one hour of therapy a "
           "day and needs daily wound care and IV antibiotics; these needs can be met in a skilled nursing "
           f"facility. We have approved a stay at {snf} instead (same authorization number).", 9.3)
    p.bar("BASIS")
    p.para("Plan guideline RH-3 (acute rehabilitation admission): the member must need, and be able to take part "
           "in, intensive therapy from at least two therapy disciplines, usually three hours a day, five days a "
           "week, with close physician oversight. The records do not show this.", 9.3)
    p.para("The member or the provider may appeal within 180 days of the date of this notice. Because the member is "
           "in the hospital, an urgent appeal may be requested by phone and will be decided within 72 hours. A "
           "peer-to-peer call with our medical director may be scheduled within 2 business days.", 8.8)
    p.para(f"Dr. {md}, Medical Director  |  Care Management 1-877-555-{digits(rng, 4)}", 8.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[auth], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=phys,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [IRF]})
    return out(p), t


def phone_es(rng):
    patient = people(rng, 1)[0]
    mid = wl_id(rng)
    adm, dis = _stay(rng)
    nd = plus(dis, rng.randint(25, 35))
    billed = amount(rng, 28000, 41000)
    clm = clm_no(rng)
    p = DPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO DE HOSPITAL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", clm), ("Número de miembro", mid)])
    p.capstrip([("Hospital", IRF), ("Total facturado", money(billed))], [118, 61.9])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"{IRF} nos envió un reclamo por su estadía de rehabilitación. Fecha de ingreso: "
           f"{fdate(adm, 'long', 'es')}. Fecha de alta: {fdate(dis, 'long', 'es')}.", 9.8)
    p.para("Revisamos sus expedientes. Usted necesitaba terapia física y ayuda de enfermería después de su "
           "operación de cadera, pero no podía hacer tres horas de terapia al día. Esa atención se puede dar en un "
           "centro de enfermería especializada. Su plan no paga la tarifa de un hospital de rehabilitación cuando "
           "la atención se puede dar en ese otro tipo de centro. El hospital no le puede cobrar a usted esta "
           "cantidad, salvo que usted haya firmado un aviso antes del ingreso.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre peligro, pida una "
           "apelación urgente (72 horas). También puede pedir una revisión externa dentro de 4 meses después de "
           "nuestra decisión final.", 9.4)
    p.taglines()
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(), provider=IRF,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_bill(rng):
    patient, att = people(rng, 2)
    mid = wl_id(rng)
    adm, dis = _stay(rng)
    bd = plus(dis, rng.randint(40, 55))
    days = (dis - adm).days
    room = rng.choice([2150.0, 2280.0, 2395.0])
    lines = [("0118", "Room and board, rehabilitation, semi-private", days, room),
             ("0250", "Pharmacy", 1, amount(rng, 600, 1400)),
             ("0420", "Physical therapy", days * 2, 185.0),
             ("0430", "Occupational therapy", days * 2, 172.0),
             ("0440", "Speech-language pathology", days // 2, 168.0),
             ("0300", "Laboratory", 1, amount(rng, 300, 700))]
    rows, total = [], 0.0
    for rc, desc, q, unit in lines:
        amt = round(q * unit, 2)
        total += amt
        rows.append([rc, desc, str(q), money(unit, "nosign"), money(amt, "nosign")])
    total = round(total, 2)
    rows.append(["", "TOTAL CHARGES", "", "", money(total)])
    acct = f"PA{digits(rng, 8)}"
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(IRF, "LRRH", [f"{rng.randint(100, 9800)} Quarry Hill Rd, Lancaster PA 176{rng.randint(10, 99)}  |  "
                              f"Patient accounts 717-555-{digits(rng, 4)}  |  Tax ID 25-{digits(rng, 7)}"],
                box="ITEMIZED BILL", size=12)
    p.addr_pair("Patient / guarantor", [patient, *address(rng)], "Send payment to",
                ["LRRH Patient Accounts", f"PO Box {rng.randint(2000, 9000)}", f"Pittsburgh PA 152{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(bd, "abbr")), ("Patient account", acct), ("Admitted", fdate(adm, "slash"))],
            [("Discharged", fdate(dis, "slash")), ("Attending physician", f"Dr. {att}"), ("Type of bill", "0111")],
            [("Insurance on file", f"{INS} {mid}"), ("Insurance status", "Not paid (SNF level)")],
            [("Medical record", f"MR{digits(rng, 7)}"), ("Primary diagnosis", "S72.001D")]], size=8.2)
    p.table(["Rev code", "Description", "Units", "Unit charge", "Amount"], rows, [20, 88, 16, 25, 30.9], size=8.6,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.pairs([("Insurance payments", "(0.00)"), ("Adjustments", "(0.00)"), ("Balance", money(total))], label_w=45,
            size=9.2)
    p.ln(2)
    p.para("Your insurance company did not pay this stay. Your plan told us it would have paid for care in a "
           "skilled nursing facility instead. We are appealing for you; you do not need to pay this balance while "
           "the appeal is open. Call Patient Accounts with questions.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(adm, dis)], denial_date=bd.isoformat(), provider=IRF, unscored=["insurer"],
              alternates={"provider": [att], "member_id": [None]})
    return out(p), t


def lowres_prose(rng):
    patient, phys = people(rng, 2)
    mid = wl_id(rng)
    adm = dt.date(2026, 4, rng.randint(1, 2))
    a = plus(adm, 6)
    b = plus(adm, 12)
    nd = plus(a, -1)
    ref = f"CR{digits(rng, 8)}"
    p = DPSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Care Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"You were admitted to {IRF} on {fdate(adm, 'long')}, and we approved your first six days there. We "
           f"then received the request from Dr. {phys} at {IRF} to continue your stay. We looked at your therapy "
           "notes for the last three days.", 10)
    p.para(f"Your care for services between {a.strftime('%B %-d')} and {b.strftime('%-d')}, {b.year} (planned "
           f"{fdate(a, 'slash')} to {fdate(b, 'slash')}) will not be paid at the rehabilitation hospital. You "
           "now walk 150 feet with a walker and need help mainly with dressing. Therapy once a day in a skilled "
           "nursing facility or at home with home health visits can meet these needs. Your plan pays for the "
           "place of care that meets your needs, not a more intensive one.", 10)
    p.para("Your care manager will help you choose a skilled nursing facility or home health agency. If you stay "
           "at the rehabilitation hospital after these dates, the hospital may ask you to pay.", 10)
    p.para(f"You may appeal within 180 days of the date of this letter. Because you are in the hospital you may ask "
           f"for an urgent appeal, decided within 72 hours. Please give our reference no. {ref} when you call "
           f"1-877-555-{digits(rng, 4)} (TTY 711). Your member ID is {mid}.", 10)
    p.para(f"Sincerely,\nCare Management\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=phys,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [IRF]})
    return out(p), t


def photocopy_appeal(rng):
    patient, sub, att, md = people(rng, 4)
    mid = wl_id(rng)
    adm, dis = _stay(rng)
    nd = plus(dis, rng.randint(70, 90))
    billed = amount(rng, 30000, 44000)
    apl = f"GA26-{digits(rng, 5)}"
    clm = clm_no(rng)
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Grievance/Appeal No.", apl), ("Claim #", clm)],
            [("Patient", patient), ("Relationship", "Spouse"), ("Subscriber", sub)],
            [("Member ID", mid), ("Group", GROUP), ("Appeal received", fdate(plus(nd, -26), "slash"))],
            [("Facility", IRF), ("Admission - discharge", f"{fdate(adm, 'slash')} - {fdate(dis, 'slash')}"),
             ("Billed", money(billed, "usd"))]], size=8.6)
    p.para(f"You asked us to pay for the stay at {IRF}. Your letter and the letter from Dr. {att}, your attending "
           "physician there, say that you made good progress and went home walking.", 9.4)
    p.para("**Decision: the first decision stands.** A physician reviewer board certified in physical medicine and "
           "rehabilitation, who took no part in the first decision, read the records. On admission you could "
           "tolerate about 45 minutes of therapy a day, and your medical needs were stable. Good progress does not "
           "show that you needed the rehabilitation hospital's intensity of care; the same therapy was available "
           "in a skilled nursing facility, which your plan would have paid for.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review by an independent review organization within 4 months of the date of "
           "this letter.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(),
              provider=IRF, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[apl], [clm]]})
    return out(p), t


def clean300_stack(rng):
    patient, snf_doc = people(rng, 2)
    mid = wl_id(rng)
    ad = dt.date(2026, 5, rng.randint(4, 14))
    adm_snf = plus(ad, 1)
    auth = f"SN26{digits(rng, 7)}"
    snf = "Hollis Brook Skilled Nursing and Rehab"
    p = DPSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Care Management")
    p.line("APPROVAL NOTICE", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Member ID", mid), ("Authorization number", auth),
             ("Facility", snf), ("Attending", f"Dr. {snf_doc}"), ("Approved", "Skilled nursing facility stay, 7 days"),
             ("Admission date", fdate(adm_snf, "slash"))], label_w=48, size=9.4)
    p.ln(2)
    p.para("We approved this stay. The facility will ask us for more days if you need them. You do not need to do "
           "anything.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(adm_snf)], denial_date=ad.isoformat(), provider=snf,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [snf_doc]}))
    # the remittance to the rehabilitation hospital for the earlier stay and its outpatient therapy
    rd = plus(ad, rng.randint(20, 30))
    adm = plus(ad, -rng.randint(40, 50))
    dis = plus(adm, rng.randint(8, 12))
    therapist = people(rng, 1)[0]
    q = DPSheet(footer="Page {n} of {nb}")
    q.set_margins(12, 12, 12)
    q.add_page(orientation="L")
    _head(q, rng, "Provider Payment Services")
    q.line("PROVIDER REMITTANCE ADVICE", 12.5, "B")
    q.capstrip([("Payee", IRF), ("Payee TIN", f"25-{digits(rng, 7)}"), ("Remit date", fdate(rd, "slash")),
                ("EFT trace no.", digits(rng, 12)), ("Batch", f"{digits(rng, 6)}")], [80, 40, 40, 50, 45.4])
    q.ln(3)
    rows, claims = [], []
    src = [(adm, dis, "Inpatient rehabilitation stay", amount(rng, 30000, 45000), True)]
    for k in range(3):
        d = plus(dis, 7 + 7 * k)
        src.append((d, d, "97110/97530 outpatient PT", amount(rng, 240, 380), False))
    for f, t, svc, c, den in src:
        n = clm_no(rng)
        claims.append(n)
        if den:
            rows.append([n, patient, mid, fdate(f, "slash"), fdate(t, "slash"), "Facility", svc,
                         money(c, "nosign"), "0.00", "0.00", "LC7 / N10"])
        else:
            al = round(c * 0.55, 2)
            rows.append([n, patient, mid, fdate(f, "slash"), fdate(t, "slash"), therapist, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - 25, "nosign"), "CO-45"])
    q.table(["Claim #", "Patient", "Member ID", "From", "Thru", "Rendering", "Service", "Billed", "Allowed", "Paid",
             "Codes"], rows, [24, 32, 27, 17, 17, 34, 36, 18, 17, 15, 18], size=7.6,
            aligns=["L", "L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    q.para("LC7: the stay is payable only at the skilled nursing level; the member may not be billed (provider "
           "liability). N10: the payment was based on the findings of a review organization. CO-45: the charge is "
           "more than the contracted rate.", 8.4)
    q.para("The provider may ask for reconsideration within 90 days of the date of this remittance.", 8.4)
    doc2 = (out(q), truth("eob", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[claims[0]],
                          claim_amount=m2(src[0][3]), service_dates=[span(adm, dis)], denial_date=rd.isoformat(),
                          provider=IRF, appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_from_thru_irf_row_lc7", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_authorization_number_snf_instead_requesting_physiatrist", "fax_standard_g4",
             [faxstd_preadmit(rng)]),
        Item(F + "phone_es_ingreso_alta_reclamo_nivel_enfermeria", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_irf_itemized_bill_revenue_codes", "rotated", [rotated_bill(rng)]),
        Item(F + "lowres_prose_concurrent_review_days_not_covered", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_dependent_spouse_second_level_60_days", "photocopy",
             [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_snf_approval_blank_then_remittance_turned", "scan_clean_300", clean300_stack(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
