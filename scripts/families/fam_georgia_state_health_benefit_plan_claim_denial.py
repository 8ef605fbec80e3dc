"""Claim and review notices mirrored (structure and plain wording style only) from the papers members of Georgia's
State Health Benefit Plan (SHBP) receive: SHBP covers state employees, school system employees, retirees and their
dependents, and the Georgia Department of Community Health (DCH) runs it; claims are decided by a claims
administrator and appeals end at DCH. SHBP and DCH appear as themselves; the claims administrator (Ebenezer Creek
Benefit Administrators), the plan option names, every provider, billing service, person, number and address and
every time limit here are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_claim_form_mri_no_precert_billing_service: a claim determination caption form on a standard fax on a
  spouse's MRI done with no precertification (prior_authorization); ordering doctor, imaging centre, billing
  service (payee, invoice), nurse reviewer; claim no., patient acct, invoice, NPI; table with totals.
- bd_statement_four_claims_acupuncture_not_covered: a born-digital member statement of four claims (billed,
  allowed, plan paid, you owe, totals), the acupuncture row refused (not_covered); appeal "by" a printed date.
- photocopy_therapy_visits_beyond_progress_medical_director: a photocopied letter refusing 12 more physical
  therapy visits (medical_necessity): therapist, referring surgeon, clinic, medical director, case manager;
  Auth. request no. with a confirmation number and an acct as decoys.
- phone_es_two_columns_dependent_aged_out: a photographed two-column Spanish letter: a son's visit after his
  coverage ended the month he turned 26 (eligibility); "US$ 1.234,50"-style amount beside the US form.
- rotated_precert_approval_knee_surgery: a precertification approval fed sideways (denies nothing).
- lowres_retiree_claim_late_letter_to_daughter: a 150 dpi letter to a retiree's daughter (representative) on a
  home health claim sent after the filing limit (timely_filing); the refused amount only in a sentence.
- clean_stack_out_of_state_specialist_then_sideways_dch_appeal_decision: a letter refusing an out-of-network
  specialist (out_of_network), its blank duplex back, then sideways a DCH appeal decision keeping the refusal of
  a genetic test as investigational (experimental).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdze import DZSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "georgia_state_health_benefit_plan_claim_denial"
LANG = "en"
SEED = 354704
ADM = "Ebenezer Creek Benefit Administrators"
DCH = "Georgia Department of Community Health"
SHBP = "State Health Benefit Plan"
ALT = [ADM, "Georgia State Health Benefit Plan", SHBP, "SHBP", DCH]
OPTIONS = ["Magnolia HRA Option", "Piedmont HMO Option", "Sapelo HDHP Option"]


def mid(rng):
    return f"ZGA{digits(rng, 9)}"


def clm(rng):
    return f"26{rng.randint(100, 365):03d}{digits(rng, 7)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def dob(rng, lo=1955, hi=1990):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DZSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, ADM, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Claims administrator for the Georgia {SHBP}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Atlanta GA 30348-{digits(rng, 4)}  |  {phone(rng)}  |  "
                 "TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_mri(rng):
    spouse, sub, doc, nurse, sig = people(rng, 5)
    m = mid(rng)
    grp = f"SHBP-{digits(rng, 5)}"
    opt = OPTIONS[1]
    v = dt.date(2026, 3, rng.randint(2, 24))
    nd = plus(v, rng.randint(30, 42))
    n = clm(rng)
    acct = f"PA-{digits(rng, 8)}"
    inv = f"INV {digits(rng, 6)}"
    ctr, bill = "Ogeechee Valley Imaging Center", "Brasstown Medical Billing LLC"
    b1, b2 = amount(rng, 1400, 2300), amount(rng, 180, 320)
    tot = round(b1 + b2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  EBENEZER CREEK CLAIMS  {phone(rng, '404')}  P.{{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION NOTICE", "Form ECB-SHBP-11 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE OF NOTICE", fdate(nd, "slash")), ("SUBSCRIBER", sub), ("SUBSCRIBER DOB", fdate(dob(rng), "slash"))],
                [40, 80, W - 120])
    p.form_band([("PATIENT", spouse), ("REL.", "Spouse"), ("MEMBER ID", m), ("GROUP", grp)], [56, 22, 50, W - 128])
    p.form_band([("PLAN OPTION", opt), ("CLAIM NO.", n), ("DATE(S) OF SVC", fdate(v, "slash"))], [62, 62, W - 124])
    p.form_band([("RENDERING FACILITY / NPI", f"{ctr} / {npi(rng)}"), ("ORDERING PHYSICIAN", f"Dr. {doc}")],
                [104, W - 104])
    p.form_band([("PAYEE (BILLING SERVICE)", bill), ("BILLING SVC INVOICE", inv), ("PATIENT ACCT", acct)],
                [80, 50, W - 130])
    p.ln(3)
    tot_ = p.schedule(["CPT", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
                      [["72148", "MRI lumbar spine w/o contrast", b1, 0.0, 0.0, 0.0, "P14"],
                       ["72148-26", "MRI reading (professional)", b2, 0.0, 0.0, 0.0, "P14"]],
                      [20, 66, 22, 22, 22, 20, W - 172], size=8.4, tot_label="CLAIM TOTAL")
    assert abs(tot_[0] - tot) < 0.01
    p.para(f"P14: Under the {opt}, an MRI done outside a hospital emergency room must be approved by us before "
           f"it is done. Dr. {doc} did not call us, and {ctr} did not ask either, so nobody gave approval for this "
           "scan. Because the centre is in the network, it may not bill the patient for the amounts above.", 8.8)
    p.para(f"Reviewed by {nurse}, RN, utilization review. Questions: {phone(rng)}, TTY 711.", 8.6)
    p.bar("IF YOU DISAGREE", 9)
    p.para("File an appeal within 180 days of the date on this notice. If waiting would put the patient's health "
           "at serious risk, ask for an urgent appeal; urgent appeals are decided within 72 hours. After our final "
           "decision you may ask for an external review within 4 months.", 8.6)
    p.para(f"{sig}, Claims Unit", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=ADM, plan_id=opt, group=grp, member_id=m,
              member_name=spouse, cases=[n], claim_amount=m2(tot), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=ctr, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None]}, type_alternates=["eob"])
    return out(p), t


def bd_statement(rng):
    member, pcp, acu, lab, pt = people(rng, 5)
    m = mid(rng)
    grp = f"SHBP-{digits(rng, 5)}"
    opt = OPTIONS[0]
    sd = dt.date(2026, 4, rng.randint(6, 24))
    due = dt.date(2026, 10, 30)
    ds = sorted(plus(sd, -rng.randint(20, 60)) for _ in range(4))
    ns = [clm(rng) for _ in range(4)]
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("MEMBER CLAIMS STATEMENT - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", grp), ("STATEMENT DATE", fdate(sd, "long")),
                ("PLAN YEAR", "01/01/2026 - 12/31/2026")], [50, 34, 26, 34, 43.9])
    p.ln(2)
    p.pairs([("Plan option", opt), ("HRA balance after this statement", money(amount(rng, 200, 900))),
             ("Deductible met so far", f"{money(amount(rng, 300, 900))} of $2,000.00")], label_w=60, size=8.8, h=4.8)
    p.ln(2)
    specs = [(ns[0], f"Dr. {pcp}", "Cherokee Rose Family Practice", ds[0], "99214", "Office visit", 180, 260, True),
             (ns[1], lab, "Lanier Point Laboratories", ds[1], "80053", "Metabolic panel", 60, 120, True),
             (ns[2], f"{acu}, L.Ac.", "Hiawassee Acupuncture Studio", ds[2], "97813", "Acupuncture, 15 min", 85, 140,
              False),
             (ns[3], f"{pt}, PT", "Brasstown Physical Therapy", ds[3], "97110", "Therapeutic exercise", 110, 190,
              True)]
    rows, den = [], None
    for n, who, org, d, code, desc, lo, hi, paid in specs:
        b = amount(rng, lo, hi)
        if paid:
            al = round(b * 0.62, 2)
            pd = round(al * 0.8, 2)
            rows.append([n, who, fdate(d, "slash"), code, desc, b, al, pd, round(al - pd, 2), "A1"])
        else:
            rows.append([n, who, fdate(d, "slash"), code, desc, b, 0.0, 0.0, b, "X22"])
            den = (n, acu, org, d, b)
    p.schedule(["Claim no.", "Provider", "Svc date", "CPT", "Service", "Billed", "Allowed", "Plan paid", "You owe",
                "Code"], rows, [29, 36, 17, 12, 30, 14, 14, 14, 13, 8.9], size=7.0)
    n, acu_, org, d, b = den
    p.para("**Codes.** A1: paid under your plan option after your deductible and coinsurance. X22: acupuncture "
           f"is left out of every SHBP plan option; the {opt} booklet lists it among the services the plan does "
           f"not pay for, so the visit with {acu_} at {org} was not paid. You may owe the studio its charge.", 8.4)
    p.bar("Your right to appeal", 9)
    p.para(f"If you disagree with any decision on this statement, your written appeal must reach us by "
           f"{fdate(due, 'long')}. Urgent appeals: 72 hours. External review: within 4 months after our final "
           f"decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "not_covered", insurer=ADM, plan_id=opt, group=grp, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=acu_,
              appeal_deadline=due.isoformat(), alternates={"insurer": ALT, "provider": [org], "plan_id": [None]})
    return out(p), t


def photocopy_pt(rng):
    member, ther, surg, md, cm = people(rng, 5)
    m = mid(rng)
    grp = f"SHBP-{digits(rng, 5)}"
    nd = dt.date(2026, 4, rng.randint(6, 28))
    a, b = plus(nd, rng.randint(3, 8)), None
    b = plus(a, 55)
    auth = f"AR-26-{digits(rng, 6)}"
    conf = f"C{digits(rng, 8)}"
    acct = f"{digits(rng, 7)}"
    clinic = "Oconee Springs Rehabilitation"
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", grp), ("Auth. request no.", auth), ("Call confirmation", conf),
             ("Clinic acct", acct)], label_w=42, size=9.4, h=5.0)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"{clinic} asked us to approve 12 more physical therapy visits for your right shoulder with "
           f"{ther}, PT, from {fdate(a, 'long')} through {fdate(b, 'long')}. Dr. {surg} referred you after your "
           "surgery. You have had 24 visits this year.", 10)
    p.para(f"Dr. {md}, our medical director, read the therapy notes. Over the last six visits the notes give the "
           "same range of motion and the same strength in the shoulder, and they say you do the exercise program "
           "at home on your own. More visits with a therapist would not change that, so we have not approved them. "
           "Your own exercise program can go on.", 10)
    p.para(f"{cm}, RN, is your case manager and can talk with you about other help; call {phone(rng)}.", 10)
    p.bar("How to appeal", 9.4)
    p.para("Send your appeal no later than 180 calendar days after the date of this letter. If your health could be "
           "seriously harmed by waiting, call for an urgent appeal (decided within 72 hours). You may also ask for "
           "an external review within 4 months after our final appeal decision.", 9.6)
    p.para(f"Sincerely,\nDr. {md}\nMedical Director", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ADM, group=grp, member_id=m, member_name=member,
              cases=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=ther, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "service_dates": [[]]})
    return out(p), t


def es_amount(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def phone_es(rng):
    son, mother, doc, bill, sig = people(rng, 5)
    m = mid(rng)
    ms = m + "-03"
    grp = f"SHBP-{digits(rng, 5)}"
    end = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(9, 25))
    nd = plus(v, rng.randint(28, 40))
    n = clm(rng)
    inv = f"{digits(rng, 6)}"
    clinic = "Clínica Familiar Okefenokee Gate"
    b1, b2 = amount(rng, 700, 900), amount(rng, 380, 520)
    tot = round(b1 + b2, 2)
    p = DZSheet(footer="Página {n} de {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(f"{fdate(nd, 'long', 'es')}\n{mother}\n" + "\n".join(address(rng)), 9.6)
    p.grid([[("Miembro (hijo/a)", son), ("Número de miembro", ms), ("Grupo", grp)],
            [("Reclamo", n), ("Factura del servicio de cobro", inv), ("Fecha del servicio", fdate(v, "slash"))],
            [("Médica que atendió", f"Dra. {doc}"), ("Clínica", clinic), ("Fin de la cobertura", fdate(end, "slash"))]],
           size=8.6, cap=6.2, h=9.5)
    blocks = [
        ("¿Qué pasó?", f"El {fdate(v, 'long', 'es')} su hijo(a) {son} fue atendido(a) en {clinic}. La Dra. {doc} le hizo "
                       f"una consulta y una radiografía. La clínica nos envió el reclamo por medio de {bill} "
                       f"(servicio de cobro), por {es_amount(tot)}."),
        ("Nuestra decisión", "No pagamos este reclamo. En el Plan de Salud para Empleados Estatales (SHBP), un hijo(a) "
                             "puede seguir cubierto hasta el final del mes en que cumple 26 años. Su hijo(a) cumplió "
                             f"26 años en febrero, así que su cobertura terminó el {fdate(end, 'long', 'es')}, "
                             "antes de la consulta."),
        ("Qué puede hacer", "Si la fecha de nacimiento que tenemos no es correcta, envíenos una copia del acta de "
                            "nacimiento. Su hijo(a) puede tener derecho a otra cobertura; pregunte en la oficina de "
                            "beneficios de su empleador."),
        ("Si no está de acuerdo", "Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las "
                                  "apelaciones urgentes se deciden en 72 horas. Puede pedir una revisión externa "
                                  f"dentro de 4 meses después de nuestra decisión final. Llame al {phone(rng)} "
                                  "(TTY 711)."),
    ]
    p.columns(blocks, n=2, size=8.8)
    p.ln(2)
    p.table(["Código", "Servicio", "Cobrado", "Pagado"],
            [["99204", "Consulta, paciente nuevo", money(b1), "$0.00"],
             ["73600", "Radiografía de tobillo", money(b2), "$0.00"],
             ["", "Total", money(tot), "$0.00"]], [22, 90, 36, 30], size=8.4, bold_last=True,
            aligns=["L", "L", "R", "R"])
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros, {ADM}", 9)
    t = truth("denial_letter", "eligibility", insurer=ADM, group=grp, member_id=ms, member_name=son, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic, "Clinica Familiar Okefenokee Gate"], "member_id": [m]})
    return out(p), t


def rotated_approval(rng):
    member, surg, rev, cm = people(rng, 4)
    m = mid(rng)
    grp = f"SHBP-{digits(rng, 5)}"
    opt = OPTIONS[2]
    nd = dt.date(2026, 5, rng.randint(4, 20))
    sv = plus(nd, rng.randint(14, 30))
    pc = f"PC{digits(rng, 9)}"
    ref = f"REF-{digits(rng, 6)}"
    hosp = "Chattahoochee Ferry Medical Center"
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("PRECERTIFICATION APPROVED")
    p.beside([[("NOTICE DATE", fdate(nd, "abbr")), ("MEMBER ID", m)],
              [("GROUP", grp), ("PLAN OPTION", opt)],
              [("PRECERT NO.", pc), ("CALLER REF.", ref)],
              [("SURGEON", f"Dr. {surg}"), ("FACILITY", hosp)],
              [("PLANNED DATE", fdate(sv, "slash")), ("APPROVED", "1 inpatient day")]], cap_w=26, cap=5.6)
    p.para(f"Dear {member}: we have approved the right total knee replacement (CPT 27447) Dr. {surg} asked for, at "
           f"{hosp}, with one inpatient day. Reviewed by Dr. {rev}. {cm}, RN, will call you before the surgery to "
           "plan your going home. If the date changes by more than 30 days, the surgeon's office must call us.", 9.4)
    p.para("Approval is not a promise of payment: the plan pays under the terms of your plan option on the day of "
           "the surgery, and only if you are still covered.", 9.4)
    t = truth("other", None, insurer=ADM, plan_id=opt, group=grp, member_id=m, member_name=member, cases=[pc],
              service_dates=[sv.isoformat()], denial_date=nd.isoformat(), provider=surg,
              alternates={"insurer": ALT, "provider": [hosp], "case_numbers": [[pc, ref]], "plan_id": [None]})
    return out(p), t


def lowres_late(rng):
    ret, dau, nurse, doc, sig = people(rng, 5)
    m = mid(rng)
    grp = f"SHBP-RET-{digits(rng, 4)}"
    v1 = dt.date(2026, 1, rng.randint(5, 12))
    v2 = plus(v1, 7)
    rec = dt.date(2026, 6, rng.randint(8, 20))
    nd = plus(rec, rng.randint(8, 14))
    n = clm(rng)
    icn = f"ICN {digits(rng, 11)}"
    agency = "Ocmulgee Home Health Services"
    bill = "Peachtree Claims Solutions"
    b = amount(rng, 300, 520)
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [dau, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"RE: {ret}, retiree member {m}, group {grp}\nClaim {n} ({icn})", 10)
    p.para(f"Dear {dau}:", 10)
    p.para(f"We have your form naming you as your father's representative, so we are writing to you. {agency} "
           f"sent a claim for two skilled nursing visits {nurse}, RN, made to your father on {fdate(v1, 'long')} "
           f"and {fdate(v2, 'long')}, ordered by Dr. {doc}. The agency's billing company, {bill}, filed it; we "
           f"received it on {fdate(rec, 'slash')}.", 10)
    p.para("The plan asks providers to send a claim within 120 days of the service. This claim came later than "
           f"that, so we will not pay the {money(b)} the agency billed. An in-network agency may not ask your "
           "father to pay for a claim it sent late.", 10)
    p.para("Your appeal must be postmarked no later than 180 days from the date printed at the top of this letter. "
           f"Call {phone(rng)} (TTY 711) with questions.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Unit", 10)
    t = truth("denial_letter", "timely_filing", insurer=ADM, group=grp, member_id=m, member_name=ret, cases=[n],
              claim_amount=m2(b), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=agency, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [nurse], "case_numbers": [[n, icn.split()[1]]]})
    return out(p), t


def clean_stack(rng):
    member, doc, pcp, rev, sig = people(rng, 5)
    m = mid(rng)
    grp = f"SHBP-{digits(rng, 5)}"
    opt = OPTIONS[1]
    v = dt.date(2026, 2, rng.randint(9, 26))
    nd = plus(v, rng.randint(30, 40))
    n = clm(rng)
    ref = f"R{digits(rng, 7)}"
    acct = f"{digits(rng, 8)}"
    prac = "Lookout Mountain Neurology Associates"
    b1, b2 = amount(rng, 380, 520), amount(rng, 600, 900)
    tot = round(b1 + b2, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "upper"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.rpairs([(m, "Member ID"), (grp, "Group"), (n, "Claim number"), (ref, "Referral on file (not for this "
              "claim)"), (acct, "Practice account")], val_w=46, size=9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(v, 'long')} you saw Dr. {doc} at {prac} in Chattanooga, Tennessee, for headaches, and had an "
           f"EEG. Your primary doctor, Dr. {pcp}, had sent you there. The practice billed {money(b1)} for the visit "
           f"and {money(b2)} for the EEG, {money(tot)} in all.", 10)
    p.para(f"The {opt} pays for care outside an emergency only from doctors in its Georgia network. The practice "
           "has no contract with us, and the referral on file names an in-network neurologist, not this practice. "
           "So we did not pay the claim, and the practice may bill you.", 10)
    p.para("You can appeal. We must receive your appeal within 180 days of the date on this letter. Urgent appeals "
           "are decided within 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    d_a = (out(p), truth("denial_letter", "out_of_network", insurer=ADM, group=grp, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=doc, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [prac]}))
    pat, gen, onc, rv2, hs = people(rng, 5)
    m2_ = mid(rng)
    grp2 = f"SHBP-{digits(rng, 5)}"
    v2 = dt.date(2026, 1, rng.randint(12, 28))
    first = plus(v2, rng.randint(30, 40))
    ad = plus(first, rng.randint(70, 90))
    oc = clm(rng)
    ap = f"SHBP-AP-26-{digits(rng, 5)}"
    lab = "Skidaway Genomics Laboratory"
    b3 = amount(rng, 2400, 4200)
    q = DZSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    q.f(13, "B")
    q.cell(0, 6, DCH, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, f"{SHBP}  |  Appeals Section  |  2 Peachtree Street NW, Atlanta GA 30303  |  {phone(rng, '404')}",
           new_x="LMARGIN", new_y="NEXT")
    q.rule(3)
    q.title_bar("FINAL APPEAL DECISION")
    q.grid([[("Date of decision", fdate(ad, "long")), ("Appeal ID", ap), ("Member ID", m2_)],
            [("Member", pat), ("Original claim", oc), ("Group", grp2)]], size=8.8)
    q.para(f"Dear {pat}:", 10)
    q.para(f"You appealed our administrator's decision of {fdate(first, 'slash')} on the gene panel test "
           f"{lab} ran on a blood sample drawn on {fdate(v2, 'long')}, billed at {money(b3)}. Dr. {onc} "
           f"ordered the test; Dr. {gen}, the geneticist who saw you, wrote the letter you sent with your appeal.", 10)
    q.para(f"Dr. {rv2}, a medical geneticist who took no part in the first decision, reviewed the appeal. The test "
           "looks at 84 genes at once. For your family history, studies have not yet shown that a panel this wide "
           "changes what doctors do; SHBP treats such tests as investigational. The refusal stays in place.", 10)
    q.para("This is the plan's final decision. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter.", 10)
    q.para(f"{hs}\nAppeals Section, {SHBP}", 10)
    d_b = (out(q), truth("denial_letter", "experimental", insurer=DCH, group=grp2, member_id=m2_, member_name=pat,
                         cases=[ap, oc], claim_amount=m2(b3), service_dates=[v2.isoformat()],
                         denial_date=ad.isoformat(), provider=lab,
                         alternates={"insurer": [SHBP, "Georgia State Health Benefit Plan", "SHBP"],
                                     "provider": [onc]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_claim_form_mri_no_precert_billing_service", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "bd_statement_four_claims_acupuncture_not_covered", "born_digital", [bd_statement(rng)]),
        Item(F + "photocopy_therapy_visits_beyond_progress_medical_director", "photocopy", [photocopy_pt(rng)]),
        Item(F + "phone_es_two_columns_dependent_aged_out", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_precert_approval_knee_surgery", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_retiree_claim_late_letter_to_daughter", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_out_of_state_specialist_then_sideways_dch_appeal_decision", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
