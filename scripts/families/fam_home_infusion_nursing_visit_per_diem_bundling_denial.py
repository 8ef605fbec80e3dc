"""An invented commercial plan (Thornbury Health Alliance) refusing home infusion nursing visits (CPT 99601 and
99602) that a home infusion pharmacy or a home health agency billed apart from the per diem (HCPCS S9500, the
daily rate for antibiotic infusion at home), with the pharmacy's own statement. CPT, HCPCS and CARC codes appear
as themselves; the plan, its payment policy and plan codes, the pharmacy, the agency, every person, number and
address are invented. The reason is given in the writer's own words and differs in each file.

Documents (8 in 7 files):
- faxstd_boxed_claim_review_co97_visit_inside_daily_rate: a boxed claim-review form on a standard fax to the
  infusion pharmacy: ticked "Not paid" and "Already paid for in the daily rate", CARC CO-97, the paid per-diem
  claim, the authorization of the approved therapy, NPI, TIN and account number as decoys.
- bd_eob_five_rows_second_nursing_visit_in_per_diem: member EOB of five rows (per diem days, the drug, the first
  teaching visit paid, a later visit with its extra hour refused under plan code PD4, a lab draw).
- phone_es_agencia_enfermeria_reclamo_tarde: Spanish letter; the home health agency's nursing claim reached the
  plan after the 90 days its contract allows (late claim), the member owes nothing.
- photocopy_boxed_appeal_upheld_son_subscriber_mother: first-level appeal upheld in boxes (Appeal No. and Claim
  No.); the patient a teenage son, the subscriber his mother; second level within 60 days, external review 4
  months.
- lowres_prose_daily_visits_not_needed_after_teaching: no labels; a pre-service request from the infectious
  disease doctor for daily nurse visits refused because the records show the family now runs the pump.
- rotated_infusion_pharmacy_statement_per_diem_lines: the pharmacy's statement (denies nothing).
- faxfine_stack_approval_duplex_then_extra_visits_not_asked: an approval of 21 days of home infusion with one
  nurse visit a week (denies nothing), the blank back of its sheet, then a letter refusing the visits beyond that
  because no one asked the plan ahead of time.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqd import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "home_infusion_nursing_visit_per_diem_bundling_denial"
LANG = "en"
SEED = 353003
INS = "Thornbury Health Alliance"
ALT = ["Thornbury Health"]
PLAN = "THA Choice PPO 3000"
GROUP = "77120-004"
PHARM = "Lakeland Infusion Services"
AGENCY = "Meadowlark Home Health"


def th_id(rng):
    return f"TMH{digits(rng, 9)}"


def clm_no(rng):
    return f"C26{digits(rng, 4)}-{digits(rng, 5)}"


def dob(rng, lo=1948, hi=1985):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Dayton OH 454{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def faxstd_boxed(rng):
    patient, idmd, rn = people(rng, 3)
    mid = th_id(rng)
    nd = dt.date(2026, rng.choice([4, 5]), rng.randint(4, 24))
    start = plus(nd, -rng.randint(40, 50))
    visit = plus(start, rng.randint(6, 10))
    clm, perdiem_clm = clm_no(rng), clm_no(rng)
    ref = f"PR{digits(rng, 8)}"
    auth = f"HI26-{digits(rng, 6)}"
    billed = amount(rng, 310, 480)
    fax = (f"{nd.strftime('%b %d %Y').upper()} 09:{rng.randint(10, 59)}  THA PROVIDER CLAIM REVIEW  "
           f"FAX 937-555-{digits(rng, 4)}  TO {PHARM.upper()}  PG {{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Provider Claim Review")
    p.line("CLAIM REVIEW FORM  -  HOME INFUSION", 12.5, "B")
    p.ln(1)
    p.grid([[("Review date", fdate(nd, "slash")), ("Claim no.", clm), ("Plan reference", ref)],
            [("Billing provider", PHARM), ("NPI", digits(rng, 10)), ("Tax ID", f"31-{digits(rng, 7)}")],
            [("Member", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Ordering physician", f"Dr. {idmd}"), ("Visit nurse", f"{rn}, RN"),
             ("Pharmacy account no.", f"LIS{digits(rng, 6)}")],
            [("Service denied", "99601 + 99602 x1 nursing visit"), ("Date of service", fdate(visit, "slash")),
             ("Billed", money(billed))],
            [("Per diem claim (paid)", f"{perdiem_clm}  S9500 x21"), ("Therapy authorization", f"{auth} (approved)")]],
           size=8.6, h=10.2)
    p.checks("DETERMINATION", [("Paid", False), ("Not paid", True), ("Paid in part", False),
                               ("Returned for information", False)], cols=4)
    p.checks("REASON", [("Records do not support the service", False),
                        ("Already paid for in the daily rate", True),
                        ("Provider not in the plan's network", False),
                        ("Received after the filing limit", False),
                        ("No approval on file before the service", False),
                        ("Other insurance pays first", False)], cols=2)
    p.boxed_text("REVIEWER COMMENTS (CARC CO-97)",
                 f"The per diem we paid to {PHARM} for these 21 days is meant to cover everything the pharmacy "
                 "does for the therapy each day, and under our contract that includes the nurse coming to the home. "
                 "A visit sent on its own line for a day already inside that rate is not paid a second time. Please "
                 f"do not bill the member. Reviewer: claim analyst {digits(rng, 4)}.")
    p.para("The provider may appeal this determination within 90 days of the date of this notice. Send the appeal "
           "with the records to Provider Appeals at the address above or by fax. The member may appeal within 180 "
           "days; urgent appeals are decided within 72 hours.", 8.4)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm, ref], claim_amount=m2(billed), service_dates=[span(visit)], denial_date=nd.isoformat(),
              provider=PHARM, appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT, "case_numbers": [[clm]], "provider": [rn],
                          "appeal_deadline": [plus(nd, 180).isoformat()]})
    return out(p), t


def bd_eob(rng):
    patient, rn = people(rng, 2)
    mid = th_id(rng)
    start = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 12))
    end = plus(start, 13)
    sd = plus(end, rng.randint(30, 45))
    v1, v2 = plus(start, 0), plus(start, 7)
    src = [(start, end, PHARM, "S9500 Per diem, 14 days", amount(rng, 2900, 3800), "paid"),
           (start, end, PHARM, "J0696 Ceftriaxone 250 mg x56", amount(rng, 600, 900), "paid"),
           (v1, v1, PHARM, "99601 First visit (teaching)", amount(rng, 220, 300), "paid"),
           (v2, v2, PHARM, "99601+99602 Nursing visit", amount(rng, 320, 460), "deny"),
           (v2, v2, "Quillfield Reference Laboratory", "36415 85025 Blood draw, CBC", amount(rng, 45, 90), "paid")]
    rows, claims = [], []
    for f, t_, pv, svc, c, st in src:
        n = clm_no(rng)
        claims.append(n)
        if st == "deny":
            rows.append([n, fdate(f, "slash"), fdate(t_, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "PD4"])
        else:
            al = round(c * rng.uniform(0.55, 0.75), 2)
            you = round(al * 0.2, 2)
            rows.append([n, fdate(f, "slash"), fdate(t_, "slash"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "A1"])
    deny = 3
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("YOUR EXPLANATION OF BENEFITS  (THIS IS NOT A BILL)", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "abbr"))], [56, 40, 32, 50, 79.4])
    p.capstrip([("Plan year", "Jan 1, 2026 - Dec 31, 2026"), ("Date of birth", fdate(dob(rng), "slash")),
                ("Deductible (in network)", "$1,500.00 met"), ("Out-of-pocket to date", "$2,118.65")],
               [60, 40, 70, 87.4])
    p.ln(3)
    p.table(["Claim no.", "From", "To", "Provider", "Service", "Billed", "Allowed", "Plan paid", "Your share",
             "Code"], rows, [27, 19, 19, 50, 55, 19, 19, 19, 19, 11.4], size=7.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para(f"**Codes.** A1: paid under your in-network benefit; your share is coinsurance. PD4: the visit by "
           f"{rn}, RN on this date was part of the daily home infusion rate we already paid {PHARM}. We pay the "
           "first teaching visit on its own; later visits are inside the daily rate, so this line is not paid "
           "separately. This is a network provider: you do not owe this amount.", 8.6)
    p.para("**Questions or disagree?** You may file an appeal within 180 days of the date of this statement. Urgent "
           "appeals: 72 hours. After our final decision you may ask for an external review within 4 months.", 8.6)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][4]), service_dates=[span(v2)],
              denial_date=sd.isoformat(), provider=PHARM, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["not_covered"], alternates={"insurer": ALT, "plan_id": [None], "provider": [rn]})
    return out(p), t


def phone_es(rng):
    patient = people(rng, 1)[0]
    mid = th_id(rng)
    a = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 15))
    b = plus(a, 14)
    recd = plus(b, rng.randint(110, 130))
    nd = plus(recd, rng.randint(10, 18))
    clm = clm_no(rng)
    billed = amount(rng, 900, 1600)
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE UN RECLAMO DE ENFERMERÍA EN EL HOGAR", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", clm), ("Número de miembro", mid)])
    p.capstrip([("Agencia", AGENCY), ("Fechas de las visitas", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"),
                ("Total facturado", money(billed))], [62, 62, 55.9])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"{AGENCY} nos envió un reclamo por las visitas de enfermería para su tratamiento de antibióticos en "
           f"casa. El reclamo llegó el {fdate(recd, 'long', 'es')}.", 9.8)
    p.para("Las agencias de nuestra red tienen 90 días después de la visita para mandarnos la cuenta. Esta cuenta "
           "nos llegó mucho después de ese plazo, así que no la vamos a pagar. Como la agencia es parte de nuestra "
           "red, no le puede cobrar a usted esta cantidad.", 9.8)
    p.para(f"La farmacia {PHARM} recibió el pago diario de su tratamiento; ese pago no cambia.", 9.4)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre peligro, pida una "
           "apelación urgente (72 horas). Puede pedir una revisión externa dentro de 4 meses después de nuestra "
           "decisión final.", 9.4)
    p.taglines()
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=AGENCY,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def photocopy_appeal(rng):
    patient, mother, rn, md = people(rng, 4)
    mid = th_id(rng)
    nd = dt.date(2026, rng.choice([7, 8]), rng.randint(3, 26))
    a = dt.date(2026, 5, rng.randint(4, 10))
    b = plus(a, rng.randint(18, 24))
    billed = amount(rng, 1300, 2200)
    apl = f"AP-{digits(rng, 7)}"
    clm = clm_no(rng)
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "Appeals Department")
    p.line("APPEAL DECISION  -  FIRST LEVEL", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "dmy")), ("Appeal No.", apl), ("Claim No.", clm)],
            [("Patient", patient), ("Patient DOB", fdate(dob(rng, 2008, 2011), "slash")), ("Subscriber", mother)],
            [("Member ID", mid), ("Relationship", "Son"), ("Appeal received", fdate(plus(nd, -24), "slash"))],
            [("Provider", PHARM), ("Visiting nurse", f"{rn}, RN"), ("Amount in dispute", money(billed))],
            [("Visit dates", f"{fdate(a, 'slash')} to {fdate(b, 'slash')}"), ("Visits", "6 (99601/99602)")]],
           size=8.5)
    p.checks("OUTCOME", [("Overturned - we will pay", False), ("Upheld - the decision stands", True),
                         ("Partly overturned", False)], cols=3, size=8)
    p.boxed_text("REASON FOR OUR DECISION",
                 f"Your mother wrote that the nurse's visits were separate work from the pharmacy's. We read the "
                 f"contract with {PHARM} and the nursing notes. The daily amount we paid the pharmacy for each of "
                 "these days is a single payment for the whole service, nurse visits included. The visits were "
                 "real and were needed; they were simply paid for already inside that daily amount.", 8.8)
    p.para("**What you can do next.** You may ask for a second-level appeal within 60 days of the date of this "
           "letter. You may also ask for an external review by an independent review organization within 4 months "
           "of this letter. The pharmacy may not bill you for these visits.", 8.8)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 8.8)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=PHARM,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT, "provider": [rn], "case_numbers": [[apl], [clm]]})
    return out(p), t


def lowres_prose(rng):
    patient, idmd, hosp = people(rng, 3)
    mid = th_id(rng)
    nd = dt.date(2026, rng.choice([9, 10]), rng.randint(2, 24))
    a = plus(nd, 2)
    b = plus(nd, 15)
    ref = f"UM{digits(rng, 9)}"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"After you left the hospital, where Dr. {hosp} cared for you, you began IV antibiotics at home through "
           f"{PHARM}. Dr. {idmd}, your infectious disease doctor, has now asked us to approve a nurse visit every "
           f"day from {fdate(a, 'long')} to {fdate(b, 'long')}.", 10)
    p.para("We cannot approve the daily visits. The nursing notes say that your husband has been connecting and "
           "flushing the line and running the pump on his own for a week, without mistakes, and that your line "
           "site looks clean. Nothing in the notes shows why a nurse has to come every day. The weekly visit to "
           "change the dressing and draw blood, which is part of your pharmacy's daily rate, stays in place.", 10)
    p.para(f"Please use our reference {ref} if you call us at 1-866-555-{digits(rng, 4)} (TTY 711). Your member ID "
           f"is {mid}.", 10)
    p.para("You may appeal within 180 days of the date of this letter. If waiting could seriously harm your health, "
           "ask for a fast appeal; we decide those within 72 hours.", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=idmd,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [PHARM]})
    return out(p), t


def rotated_statement(rng):
    patient, idmd, rn = people(rng, 3)
    mid = th_id(rng)
    start = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 14))
    end = plus(start, 9)
    bd = plus(end, rng.randint(45, 60))
    lines = [(start, end, "S9500", "Home infusion per diem, antibiotic", 10, 215.0, "Paid"),
             (start, end, "J0696", "Ceftriaxone 250 mg", 40, 18.5, "Paid"),
             (start, start, "99601", "Nursing visit, first 2 hours", 1, 265.0, "Paid"),
             (plus(start, 5), plus(start, 5), "99601", "Nursing visit, first 2 hours", 1, 265.0, "Denied (per diem)"),
             (plus(start, 5), plus(start, 5), "99602", "Nursing visit, each added hour", 1, 120.0, "Denied (per diem)")]
    rows, total = [], 0.0
    for f, t_, code, desc, q, unit, st in lines:
        amt = round(q * unit, 2)
        total += amt
        rows.append([f"{fdate(f, 'slash')}-{fdate(t_, 'short')}" if f != t_ else fdate(f, "slash"), code, desc,
                     str(q), money(amt, "nosign"), st])
    total = round(total, 2)
    rows.append(["", "", "TOTAL CHARGES", "", money(total, "nosign"), ""])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.logo_head(PHARM, "LIS", [f"{rng.randint(100, 9800)} Harbor View Dr, Macon GA 312{rng.randint(10, 99)}  |  "
                               f"Billing 478-555-{digits(rng, 4)}  |  Pharmacy NPI {digits(rng, 10)}"],
                box="PATIENT STATEMENT", size=12)
    p.addr_pair("Patient", [patient, *address(rng)], "Please remit to",
                ["LIS Patient Billing", f"PO Box {rng.randint(2000, 9000)}", f"Atlanta GA 303{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(bd, "long")), ("Account", f"LIS{digits(rng, 6)}"),
             ("Prescriber", f"Dr. {idmd}")],
            [("Primary insurance", f"{INS}  ID {mid}"), ("Group", GROUP), ("Nurse", f"{rn}, RN")]], size=8.2)
    p.table(["Date(s)", "Code", "Description", "Qty", "Charge", "Insurance"], rows, [40, 16, 62, 12, 24, 29.9],
            size=8.2, aligns=["L", "L", "L", "R", "R", "L"], bold_last=True)
    p.pairs([("Insurance paid", money(round(total * 0.52, 2))), ("Contract adjustment", money(round(total * 0.48, 2))),
             ("Your balance", "$0.00")], label_w=45, size=9.2)
    p.ln(2)
    p.para("Your plan did not pay two nursing lines because it counts our nurse's visits as part of the daily rate. "
           "We have written these off under our contract; you owe nothing. This statement is for your records.", 9)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(start, end)], denial_date=bd.isoformat(), provider=PHARM, unscored=["insurer"],
              alternates={"member_id": [None], "group_number": [None], "claim_amount": [None],
                          "service_dates": [[span(plus(start, 5))], []]})
    return out(p), t


def faxfine_stack(rng):
    patient, idmd = people(rng, 2)
    mid = th_id(rng)
    ad = dt.date(2026, rng.choice([5, 6]), rng.randint(2, 18))
    start = plus(ad, 1)
    end = plus(start, 20)
    auth = f"HI26-{digits(rng, 6)}"
    fax = f"{ad.strftime('%m/%d/%y')} 11:0{rng.randint(1, 9)}  THA UM  937-555-{digits(rng, 4)}  P{{n}}"
    p = DQSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("APPROVAL - HOME INFUSION THERAPY", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Member ID", mid), ("Authorization", auth),
             ("Ordering physician", f"Dr. {idmd}"), ("Pharmacy", PHARM),
             ("Approved", "S9500 per diem, 21 days; 99601 one nurse visit per week"),
             ("Dates", f"{fdate(start, 'slash')} - {fdate(end, 'slash')}")], label_w=44, size=9.3)
    p.ln(2)
    p.para("We approved this therapy. If more nurse visits are needed, the pharmacy must ask us before they are "
           "made.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(start, end)], denial_date=ad.isoformat(), provider=PHARM,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [idmd]}))
    nd = plus(end, rng.randint(30, 40))
    extra = [plus(start, 2), plus(start, 3), plus(start, 9)]
    clm = clm_no(rng)
    unit = 285.0
    billed = round(unit * len(extra), 2)
    fax2 = f"{nd.strftime('%m/%d/%y')} 15:2{rng.randint(1, 9)}  THA CLAIMS  937-555-{digits(rng, 4)}  P{{n}}"
    q = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE OF CLAIM DECISION", 12, "B")
    q.capstrip([("Notice date", fdate(nd, "slash")), ("Claim no.", clm), ("Member ID", mid)])
    q.capstrip([("Member", patient), ("Billed by", PHARM), ("Total billed", money(billed))])
    q.ln(3)
    q.table(["Date of visit", "Code", "Billed", "Paid", "Note"],
            [[fdate(d, "slash"), "99601", money(unit, "nosign"), "0.00", "X2"] for d in extra],
            [34, 24, 30, 30, 57.9], size=8.6)
    q.para(f"X2: We approved one nurse visit a week for this therapy (authorization {auth}, which covers only "
           "those). These extra visits were made without anyone checking with us first, so we did not have the "
           "chance to review them. The pharmacy may not bill you; it can send us the nursing notes and ask us to "
           "look at the visits again.", 9.4)
    q.para("You or the pharmacy may appeal within 180 days of the date of this notice. External review: within 4 "
           "months of our final decision.", 9)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[d.isoformat() for d in extra],
                          denial_date=nd.isoformat(), provider=PHARM, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_boxed_claim_review_co97_visit_inside_daily_rate", "fax_standard_g4", [faxstd_boxed(rng)]),
        Item(F + "bd_eob_five_rows_second_nursing_visit_in_per_diem", "born_digital", [bd_eob(rng)]),
        Item(F + "phone_es_agencia_enfermeria_reclamo_tarde", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_boxed_appeal_upheld_son_subscriber_mother", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "lowres_prose_daily_visits_not_needed_after_teaching", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "rotated_infusion_pharmacy_statement_per_diem_lines", "rotated", [rotated_statement(rng)]),
        Item(F + "faxfine_stack_approval_duplex_then_extra_visits_not_asked", "fax_fine_g4", faxfine_stack(rng),
             separators=["duplex", None]),
    ]
