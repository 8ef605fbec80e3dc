"""Notices mirrored (structure and wording style only) from Minnesota's Medicaid Buy-In for working people with
disabilities, Medical Assistance for Employed Persons with Disabilities (MA-EPD): the Minnesota Department of Human
Services (DHS), Minnesota Health Care Programs (MHCP), MA-EPD and its monthly premium, Special Needs BasicCare
(SNBC), Medicare, the State Appeals Division's state appeal (fair hearing), CPT/HCPCS codes and CARC/RARC codes
appear as themselves. The SNBC health plan (Sedgewater Health Partners), every clinic, supplier, agency, doctor,
person, number, address, form and time limit is invented; every reason is in the writer's own words.

Documents (8 in 7 files):
- bd_eob_three_claims_one_therapy_line_work_site_training: a landscape member EOB of three claims with two to four
  service lines each; on the therapy clinic's claim the 97537 line (community/work reintegration training at the
  member's job) pays 0.00 under CARC 96 / RARC N130 (job-site training is for the county's employment services),
  the other lines and claims paid; totals row, MHCP ID, DOB, plan year and NPIs as decoys.
- faxstd_dtr_form_power_assist_not_needed: a notice-of-denial form on a standard fax (small captions, boxes, grid
  lines, ticked boxes) refusing a power-assist add-on for a manual wheelchair as not needed; the requesting
  supplier, the prescribing physiatrist, the seating therapist and the plan's reviewer are all named.
- phone_es_cobertura_termino_prima_no_pagada: a photographed Spanish letter: a foot clinic visit after MA-EPD (and so
  the plan) ended for an unpaid premium; every fact in sentences.
- rotated_dhs_notice_ma_epd_approved_premium: the DHS health care notice approving MA-EPD with a monthly premium
  (denies nothing), fed sideways.
- lowres_no_labels_medicare_pays_first: a no-label 150 dpi letter: a hospital's stress test claim sent to the plan
  before Medicare; the ordering and reading doctors and the MBI as decoys.
- photocopy_appeal_form_upheld_out_of_network_neurology: a photocopied appeal decision form keeping the refusal of an
  out-of-network neurology clinic's visit (only the state appeal left).
- finefax_stack_cover_late_claim_then_agency_statement_sideways: a fax cover sheet, the plan's letter refusing a home
  nursing agency's claim sent after the plan's time limit, then the agency's statement fed sideways (denies
  nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "medicaid_buy_in_working_people_with_disabilities_claim_denial"
LANG = "en"
SEED = 353304
INS = "Sedgewater Health Partners"
ALT = ["Sedgewater Health"]
DHS = "Minnesota Department of Human Services"
PLAN = "Sedgewater SNBC"
DHS_ALT = ["Minnesota DHS", "Department of Human Services"]


def sw_id(rng):
    return f"SWH{digits(rng, 9)}"


def mhcp(rng):
    return digits(rng, 8)


def clm(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 7)}"


def npi(rng):
    return "1" + digits(rng, 9)


def dob(rng):
    return dt.date(rng.randint(1968, 2001), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DRSheet, rng, unit="Member Services"):
    p.logo_head(INS, "SHP", [f"A Special Needs BasicCare (SNBC) plan for Minnesota Health Care Programs  |  {unit}",
                             f"PO Box {rng.randint(1200, 9800)}, St. Paul MN 55164-{digits(rng, 4)}  |  "
                             f"{phone(rng)}  |  TTY 711"], size=13)


def bd_eob(rng):
    patient, ther, pcp, lab = people(rng, 4)
    mid, pmi = sw_id(rng), mhcp(rng)
    v = dt.date(2026, 3, rng.randint(3, 20))
    sd = plus(v, rng.randint(24, 34))
    clinic, labname, pcpname = "Ninebark Rehabilitation Clinic", "Cattail Clinical Laboratory", "Birchfold Family Clinic"
    claims = []
    # claim 1: family clinic visit, 2 lines paid
    c1 = clm(rng)
    l1 = [("99214", "Office visit, established", amount(rng, 160, 240)), ("90471", "Vaccine administration",
                                                                         amount(rng, 25, 45))]
    c2 = clm(rng)
    l2 = [("97110", "Therapeutic exercise x2", amount(rng, 90, 140)), ("97530", "Therapeutic activities x2",
                                                                     amount(rng, 95, 150)),
          ("97537", "Community/work reintegration x4", amount(rng, 180, 260)), ("97535", "Self-care training x1",
                                                                             amount(rng, 45, 70))]
    c3 = clm(rng)
    l3 = [("36415", "Blood draw", amount(rng, 12, 25)), ("80061", "Lipid panel", amount(rng, 40, 75)),
          ("83036", "Hemoglobin A1c", amount(rng, 30, 55))]
    v1, v3 = plus(v, -rng.randint(8, 15)), plus(v, -rng.randint(8, 15))
    rows = []
    tb = ta = tp = to = 0.0
    deny_total = round(sum(x[2] for x in l2), 2)
    for cn, d, who, seen, lines in [(c1, v1, pcpname, f"Dr. {pcp}", l1), (c2, v, clinic, ther, l2),
                                    (c3, v3, labname, f"Dr. {lab}", l3)]:
        first = True
        for code, desc, b in lines:
            if code == "97537":
                al, pd, mo, note = 0.0, 0.0, 0.0, "96 N130"
            else:
                al = round(b * rng.uniform(0.55, 0.75), 2)
                pd, mo, note = al, 0.0, "1"
            tb, ta, tp, to = tb + b, ta + al, tp + pd, to + mo
            rows.append([cn if first else "", fdate(d, "slash"), who if first else "", seen if first else "",
                         f"{code} {desc}", money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                         money(mo, "nosign"), note])
            first = False
        rows.append(["", "", "", "", f"Claim total {cn}", money(round(sum(x[2] for x in lines), 2), "nosign"),
                     "", "", "", ""])
    rows.append(["TOTALS", "", "", "", "", money(tb, "nosign"), money(ta, "nosign"), money(tp, "nosign"),
                 money(to, "nosign"), ""])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 10, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Sedgewater member ID", mid), ("MHCP ID (state)", pmi),
                ("Program", "MA-EPD / SNBC"), ("Statement date", fdate(sd, "long"))], [56, 46, 38, 38, 79.4])
    p.capstrip([("Date of birth", fdate(dob(rng), "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Clinic NPI", npi(rng)), ("Lab NPI", npi(rng)), ("Printed", fdate(plus(sd, -2), "slash"))],
               [40, 62, 45, 45, 65.4])
    p.ln(3)
    p.table(["Claim", "Date of service", "Billed by", "Seen by", "Service (CPT)", "Billed", "Allowed", "Plan paid",
             "You owe", "Codes"], rows, [27, 20, 44, 32, 56, 17, 17, 16, 14, 14.4],
            size=7.5, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], bold_last=True, row_h=4.9)
    p.para("**What the codes mean.** 1: paid under your plan; you owe nothing for covered services. 96: a charge we "
           "do not cover. N130: see your member handbook for what the plan covers. On the 97537 line the clinic "
           "billed four units of training done at your workplace to practise your job tasks. Training to do a job is "
           "an employment service, not health care under your plan. Your county's employment services or Vocational "
           "Rehabilitation Services may be able to help. The other therapy on that day was paid.", 8.2)
    p.para("**Your rights.** If you disagree, you may appeal to us within 60 days of the statement date. Ask for a "
           "fast appeal if waiting could harm your health (we decide within 72 hours). After our decision you may "
           "ask for a state appeal (fair hearing) with the State Appeals Division within 120 days. Your MA-EPD "
           "premium is paid to DHS, not to us.", 8.2)
    t = truth("eob", "not_covered", insurer=INS, plan_id=None, member_id=mid, member_name=patient, cases=[c2],
              claim_amount=m2(deny_total), service_dates=[v.isoformat()], denial_date=sd.isoformat(),
              provider=ther, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [pmi], "provider": [clinic]})
    return out(p), t


def faxstd_dtr(rng):
    patient, md, pt, rev = people(rng, 4)
    mid, pmi = sw_id(rng), mhcp(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    rcv = plus(nd, -rng.randint(5, 9))
    plan_d = plus(nd, rng.randint(14, 25))
    pa = f"PA-{digits(rng, 9)}"
    sup = "Prairie Loom Mobility Supply"
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  SEDGEWATER UM  {phone(rng, '651')}  P.{{n}}"
    p = DRSheet(footer="SHP-DTR-3 (Rev. 01/2026)   Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF DENIAL, TERMINATION OR REDUCTION OF SERVICES", 11.5, "B")
    p.ln(1)
    p.grid([[("Date of notice", fdate(nd, "slash")), ("Member name", patient), ("Member ID", mid)],
            [("MHCP ID", pmi), ("Date of birth", fdate(dob(rng), "slash")), ("Request number", pa)],
            [("Requesting provider", sup), ("Provider NPI", npi(rng)), ("Request received", fdate(rcv, "slash"))],
            [("Prescriber", f"Dr. {md}"), ("Seating evaluation by", f"{pt}, PT"), ("Planned delivery",
                                                                                  fdate(plan_d, "slash"))]],
           size=8.6, cap=5.8, h=9.6)
    p.checks("Action taken on the service below", [(True, "Denied"), (False, "Approved in part"),
                                                   (False, "Reduced"), (False, "Stopped (terminated)")],
             size=8.2, cols=4)
    p.grid([[("Service / HCPCS", "E0986 Manual wheelchair push-rim power assist"), ("Units", "1")]],
           size=8.6, cap=5.8, h=9.6)
    p.section("1", "Why we made this decision")
    p.para(f"You asked for an add-on motor that helps push your manual wheelchair. Our reviewing doctor, Dr. {rev}, "
           "read the seating evaluation and your doctor's notes. The notes say you push your chair yourself around "
           "your home, your office and the parking ramp at work, that your shoulders have no pain or injury, and that "
           "you do not tire before the end of your work day. The add-on is not needed for you to get around at this "
           "time. If your shoulders or strength change, your provider may send a new request.", 8.8)
    p.section("2", "Your right to appeal")
    p.para("You may appeal this decision to Sedgewater Health Partners within 60 days of the date of this notice. "
           "If waiting 30 days could seriously harm your health, ask for an expedited appeal; we decide those within "
           "72 hours. After our appeal decision you may ask the State Appeals Division for a state appeal within 120 "
           "days. You may also call the Managed Care Ombudsperson for help.", 8.8)
    p.section("3", "Copies sent to")
    p.para(f"{sup} (requesting provider); Dr. {md} (prescriber). Reviewer: Dr. {rev}, Medical Director.", 8.8)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[pa],
              service_dates=[plan_d.isoformat()], denial_date=nd.isoformat(), provider=sup,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [pmi], "provider": [md], "service_dates": [[]]})
    return out(p), t


def phone_es(rng):
    patient, doc, sig = people(rng, 3)
    mid, pmi = sw_id(rng), mhcp(rng)
    end = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(4, 20))
    nd = plus(v, rng.randint(25, 40))
    billed = amount(rng, 180, 420)
    n = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} usted fue atendido(a) por la Dra. {doc} en Clínica del Pie Ninebark. La "
           f"clínica nos cobró {money(billed)} por esa visita y la tramitamos con el número {n}. Su número de miembro "
           f"con nosotros es {mid}.", 10)
    p.para(f"No vamos a pagar esa visita. Su cobertura de Asistencia Médica para Personas Empleadas con "
           f"Discapacidades (MA-EPD) terminó el {fdate(end, 'long', 'es')}, porque la prima mensual de enero no se "
           "pagó al Departamento de Servicios Humanos de Minnesota (DHS). Cuando termina MA-EPD, también termina su "
           "inscripción en nuestro plan. La visita fue después de esa fecha.", 10)
    p.para(f"Si vuelve a tener MA-EPD, llame a DHS. Su número de MHCP es {pmi}.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar ante nosotros dentro de 60 días a partir de la fecha de esta carta. Si su salud corre "
           "peligro, pida una apelación rápida (72 horas). Después de nuestra decisión puede pedir una apelación "
           "estatal (audiencia imparcial) dentro de 120 días.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": ["Clínica del Pie Ninebark"], "member_id": [pmi]})
    return out(p), t


def rotated_dhs(rng):
    patient, worker = people(rng, 2)
    pmi = mhcp(rng)
    nd = dt.date(2026, 1, rng.randint(8, 27))
    start = dt.date(2026, 2, 1)
    case = digits(rng, 7)
    prem = rng.choice([35.0, 48.0, 62.0, 81.0])
    p = DRSheet(footer="DHS-HCN-MAEPD (invented sample)   Page {n} of {nb}", serif=True)
    p.set_margins(20, 14, 20)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 7, DHS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, f"Minnesota Health Care Programs  |  PO Box {rng.randint(60000, 69999)}, St. Paul MN 55164  |  "
                   f"{phone(rng, '651')}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.line("HEALTH CARE NOTICE", 12.5, "B")
    p.ln(1)
    p.pairs([("Notice date", fdate(nd, "long")), ("Case number", case), ("Person", patient), ("MHCP ID", pmi),
             ("Date of birth", fdate(dob(rng), "slash"))], label_w=36, size=9.6)
    p.ln(1)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.heading("You can get Medical Assistance for Employed Persons with Disabilities (MA-EPD)", 11)
    p.para(f"We approved MA-EPD for you starting {fdate(start, 'long')}. You must keep working and have Medicare "
           "and Social Security taxes taken out of your pay. You must pay a monthly premium to keep MA-EPD.", 10)
    p.table(["Month", "Monthly premium", "Premium due"],
            [[fdate(plus(start, 31 * i), "abbr")[:3] + " 2026", money(prem), fdate(dt.date(2026, 1 + i, 15), "slash")]
             for i in range(3)], [50, 50, 73.9], size=9)
    p.para(f"We figured your premium from your monthly earned income of {money(amount(rng, 1400, 2600))} and your "
           "household size. Your health plan for your medical care is Sedgewater Health Partners (SNBC). You will "
           "get a member card from the plan.", 10)
    p.para("If you do not pay a premium, your MA-EPD may end. Tell us within 10 days if your job, income or address "
           "changes.", 10)
    p.heading("If you disagree", 11)
    p.para("You may ask for a state appeal within 30 days of the date of this notice (or up to 90 days if you have a "
           "good reason). Write to the State Appeals Division. Your worker is " + worker + ".", 10)
    t = truth("other", None, insurer=DHS, member_id=pmi, member_name=patient, cases=[case],
              denial_date=nd.isoformat(),
              alternates={"insurer": DHS_ALT, "case_numbers": [[]], "appeal_deadline": [plus(nd, 30).isoformat()]})
    return out(p), t


def lowres_medicare(rng):
    patient, ordr, reader, sig = people(rng, 4)
    mid = sw_id(rng)
    v = dt.date(2026, 2, rng.randint(3, 25))
    nd = plus(v, rng.randint(30, 45))
    billed = amount(rng, 1400, 2600)
    ref = f"SW-{digits(rng, 8)}"
    hosp = "Kettle Falls Regional Hospital"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"On {fdate(v, 'long')} you had a cardiac stress test at {hosp}. Dr. {ordr} ordered the test and "
           f"Dr. {reader} read it. The hospital sent its bill of {money(billed)} to us, and we filed it as {ref}.",
           10)
    p.para("We cannot pay this bill yet. You have Medicare as well as MA-EPD, and Medicare must pay first. The "
           "hospital did not send us Medicare's payment notice for the test. When the hospital sends the bill to "
           "Medicare first and then sends us Medicare's notice, we will look at it again. You do not need to pay the "
           f"hospital for this test now. Your Medicare number on our records is {mbi(rng)}.", 10)
    p.para("You may appeal within 60 days of the date of this letter. Ask for a fast appeal if waiting could harm "
           "your health (72 hours). After our decision you may ask the State Appeals Division for a state appeal "
           f"within 120 days. Your Sedgewater member ID is {mid}. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [reader, ordr]})
    return out(p), t


def photocopy_appeal(rng):
    patient, neuro, pcp, rev = people(rng, 4)
    mid, pmi = sw_id(rng), mhcp(rng)
    v = dt.date(2026, 1, rng.randint(12, 28))
    nd = plus(v, rng.randint(60, 80))
    billed = amount(rng, 380, 760)
    n = clm(rng)
    ap = f"AG{digits(rng, 8)}"
    clinic = "Hollowbrook Neurology Center"
    p = DRSheet(footer="SHP-APL-2 (Rev. 03/2025)   Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "long")), ("Appeal number", ap), ("Claim number", n)],
            [("Member", patient), ("Member ID", mid), ("MHCP ID", pmi)],
            [("Provider of service", clinic), ("Treating neurologist", f"Dr. {neuro}"),
             ("Date of service", fdate(v, "slash"))],
            [("Amount billed", money(billed)), ("Primary care clinic", f"Dr. {pcp}"), ("Appeal received",
                                                                                     fdate(plus(nd, -24), "slash"))]],
           size=8.6, cap=5.8, h=9.6)
    p.checks("Decision", [(False, "Overturned - we will pay"), (True, "Upheld - we are keeping our decision"),
                          (False, "Partly overturned")], size=8.2, cols=3)
    p.section("1", "What we decided and why")
    p.para(f"You asked us to pay for a visit with Dr. {neuro} at {clinic} in Hudson, Wisconsin. That clinic is not "
           "part of our provider network, and no one asked us to approve the visit ahead of time. Neurologists in "
           "our network see members within 30 days, and your records do not show an emergency. A doctor who did not "
           "make the first decision reviewed your appeal, and we are keeping the decision not to pay.", 9)
    p.section("2", "What you can do next")
    p.para("You have finished our appeal process. You may ask for a state appeal (fair hearing) with the State "
           "Appeals Division within 120 days of the date of this decision. The clinic may not bill you more than "
           "Minnesota Health Care Programs allow unless you agreed in writing before the visit.", 9)
    p.para(f"Reviewed by Dr. {rev}, Associate Medical Director", 9)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient, cases=[ap, n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=neuro,
              appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [pmi], "provider": [clinic], "case_numbers": [[ap], [n]]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def finefax_stack(rng):
    patient, rn, sig = people(rng, 3)
    mid, pmi = sw_id(rng), mhcp(rng)
    agency = "Lakeshire Home Nursing"
    d0 = dt.date(2026, 1, rng.randint(5, 12))
    d1 = plus(d0, 9)
    recvd = plus(d1, rng.randint(190, 200))
    nd = plus(recvd, rng.randint(8, 15))
    billed = round(rng.choice([142.0, 156.0, 168.0]) * 6, 2)
    n = clm(rng)
    acct = f"LHN{digits(rng, 7)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [f"{agency}", "Attn: Billing Office", *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member", patient), ("Member ID", mid), ("Claim", n), ("Received", fdate(recvd, "slash"))],
            label_w=28, size=9.6)
    p.ln(2)
    p.para("Dear Billing Office:", 10)
    p.para(f"Your agency billed {money(billed)} for six skilled nursing visits by {rn}, RN, to {patient} from "
           f"{fdate(d0, 'long')} through {fdate(d1, 'long')}. Our provider agreement asks that claims reach us within "
           f"180 days of the last day of service. This claim reached us on {fdate(recvd, 'long')}, after that time "
           "had passed, and we did not find proof that an earlier claim was sent. We are denying the claim. Under "
           "your agreement the member may not be billed for it.", 10)
    p.para("You may ask us to reconsider within 60 days of the date of this letter. Send proof of timely filing "
           "(a clearinghouse acceptance report) with the claim number on each page.", 10)
    p.para(f"Sincerely,\n{sig}\nProvider Claims", 10)
    doc1 = (out(p), truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=patient,
                          cases=[n], claim_amount=m2(billed), service_dates=[f"{d0.isoformat()}/{d1.isoformat()}"],
                          denial_date=nd.isoformat(), provider=agency, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [rn]}))
    sd = plus(nd, rng.randint(5, 12))
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(agency, "LHN", [f"{address(rng)[0]}, Duluth MN 558{rng.randint(10, 99)}  |  Billing {phone(rng, '218')}"],
                box="STATEMENT", size=12)
    q.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", patient)],
            [("Insurance", f"{INS} {mid}"), ("MHCP ID", pmi), ("Nurse", f"{rn}, RN")]], size=8.4)
    q.table(["From", "Thru", "Description", "Visits", "Charges"],
            [[fdate(d0, "slash"), fdate(d1, "slash"), "Skilled nursing visits (G0299)", "6", money(billed, "nosign")],
             ["", "", "Insurance adjustment - provider write-off", "", f"-{money(billed, 'nosign')}"],
             ["", "", "YOUR BALANCE", "", "$0.00"]], [26, 26, 90, 16, 21.9], size=8.8,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    q.para("You owe nothing for these visits. We are writing them off. Thank you for letting us care for you.", 9)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(billed),
                          service_dates=[f"{d0.isoformat()}/{d1.isoformat()}"], denial_date=sd.isoformat(),
                          provider=agency, unscored=["insurer"],
                          alternates={"provider": [rn], "member_id": [pmi, None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_one_therapy_line_work_site_training", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_dtr_form_power_assist_not_needed", "fax_standard_g4", [faxstd_dtr(rng)]),
        Item(F + "phone_es_cobertura_termino_prima_no_pagada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_dhs_notice_ma_epd_approved_premium", "rotated", [rotated_dhs(rng)]),
        Item(F + "lowres_no_labels_medicare_pays_first", "scan_lowres_150", [lowres_medicare(rng)]),
        Item(F + "photocopy_appeal_form_upheld_out_of_network_neurology", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_late_claim_then_agency_statement_sideways", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
