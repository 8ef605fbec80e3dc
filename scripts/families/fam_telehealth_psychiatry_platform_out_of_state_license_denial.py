"""An invented commercial plan (Corvallane Mutual Health Insurance Company, an Ohio EPO) deciding a telehealth
psychiatry platform's claims (Wispmoor Virtual Psychiatry, outside the plan's network, its psychiatrists and nurse
practitioners licensed in other states): refusals because the clinician held no Ohio licence where the member sat
at the time of the video visit, because the platform is outside the network, because no gap exception was agreed
first, because coverage had ended; and papers that refuse nothing (a payment under a one-time agreement with a small
reduction, a pending claim letter, the platform's own letter quoting the plan's refusal). CPT codes, place of
service 10 and CARC B7 / 242 appear as themselves; the plan, the platform, every clinician, reviewer, pharmacist,
member, number and address are invented.

Documents (8 in 7 files):
- faxstd_remittance_four_patients_psychiatrist_licensed_in_nevada_b7: a landscape provider remittance to the
  platform on a standard fax, one claim a row with the rendering clinician's licence state and the patient's
  location; the third patient's visit refused CO-B7 (not_covered; other and out_of_network accepted).
- born_digital_eob_claim_blocks_platform_two_visits_242: a member EOB whose claim numbers head blocks of lines; the
  platform's block of two visits pays 0.00 under 242 (out_of_network).
- photocopy_claim_form_no_gap_exception_agreed_first: a photocopied form with captions beside boxes; the reason
  never names its type ("we pay ... only when we agreed ahead of time"): prior_authorization, inferred.
- phone_es_consulta_por_video_despues_de_fin_de_cobertura: a photographed Spanish letter on a video visit after
  coverage ended with the job (eligibility); the platform and the psychiatrist only in sentences, a pharmacist as
  decoy.
- rotated_paid_under_one_time_agreement_small_reduction: a payment letter (the allowed amount a little under the
  charge, said kindly), fed sideways (denies nothing).
- lowres_claim_received_still_pending_license_records: a 150 dpi letter: the claim for "the visits on Tuesday,
  March 3 and Tuesday, March 10" is pending while the plan asks for licence records (denies nothing).
- clean_stack_platform_letter_quoting_denial_duplex_then_appeal_upheld_sideways: the platform's letter to a patient
  quoting the plan's refusal (denies nothing), its blank duplex back and, sideways, an appeal decision keeping the
  refusal of three visits by a nurse practitioner licensed only in Arizona (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "telehealth_psychiatry_platform_out_of_state_license_denial"
LANG = "en"
SEED = 354204
INS = "Corvallane Mutual Health Insurance Company"
ALT = ["Corvallane Mutual", "Corvallane Mutual Health"]
PLAN = "Corvallane Select EPO 1500"
GROUP = "CM-472915"
PLAT = "Wispmoor Virtual Psychiatry"
LIC = ["other", "out_of_network"]
OH = [("Dayton", "45402"), ("Toledo", "43604"), ("Akron", "44308"), ("Canton", "44702"), ("Lima", "45801")]


def mid(rng):
    return f"CMH{digits(rng, 9)}"


def clm(rng):
    return f"CL{digits(rng, 11)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1962, hi=2004):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def oh_addr(rng):
    c, z = rng.choice(OH)
    return [f"{rng.randint(100, 9800)} {rng.choice(['Salem Ave', 'Maple St', 'Brown Rd', 'Market Ave N', 'Elida Rd'])}",
            f"{c} OH {z}"]


def head(p, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH 43216-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 4)
    clin = people(rng, 4)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [("NV", "99214-95", 180, 260, True), ("NV", "90792-95", 320, 420, True),
             ("NV", "99215-95", 240, 330, False), ("AZ", "99213-95", 140, 200, True)]
    rows, info = [], None
    for k, (pt, cl, (st, code, lo, hi, paid)) in enumerate(zip(pats, clin, specs)):
        d = plus(rd, -rng.randint(12, 40))
        n, m = clm(rng), mid(rng)
        b = amount(rng, lo, hi)
        al = round(b * 0.58, 2) if paid else 0.0
        first, mi, last = pt.split()[0], pt.split()[1].rstrip("."), pt.split()[-1]
        lic = {0: "OH", 1: "NV", 2: "NV", 3: "OH"}[k]
        ploc = {0: "OH", 1: "NV", 2: "OH", 3: "OH"}[k]
        rows.append([n, f"{last.upper()}, {first.upper()} {mi}", m, fdate(d, "slash"), f"Dr. {cl}", lic, ploc, "10",
                     code, money(b, "nosign"), money(al, "nosign"), money(round(al * 0.9, 2), "nosign"),
                     "1" if paid else "CO-B7"])
        if not paid:
            info = (pt, cl, n, m, d, b)
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  CORVALLANE PROV REMIT  {phone(rng, '614')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "CM-PRA-4 (rev. 08/2025)")
    p.capstrip([("PAYEE", PLAT), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "DOS", "RENDERING", "LIC ST", "PT LOC", "POS", "CPT-MOD", "BILLED",
             "ALLOWED", "PAID", "ADJ"], rows, [30, 40, 28, 19, 38, 12, 12, 10, 18, 17, 17, 17, 11.9], size=7.2,
            aligns=["L"] * 9 + ["R"] * 3 + ["C"])
    pt, cl, n, m, d, b = info
    p.para("**ADJ legend.** 1: paid per your agreement with us. CO-B7: this provider was not eligible to be paid for "
           f"this service on this date. Dr. {cl} holds a Nevada licence only; the patient took the video visit at "
           "home in Ohio (PT LOC), and a clinician must be licensed where the patient is at the time of the visit. "
           "The second patient was in Nevada for that visit and it was paid. Not billable to the member.", 7.9)
    p.para("Reconsiderations: within 90 days of the remit date, with the clinician's licence for the patient's "
           f"state. Provider Services {phone(rng)}.", 7.9)
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=cl,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [PLAT]},
              denial_alternates=LIC)
    return out(p), t


def born_eob(rng):
    member, lpc, lab_dr, psy = people(rng, 4)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    v0 = plus(sd, -rng.randint(48, 56))
    d1 = plus(sd, -rng.randint(36, 42))
    d2 = plus(d1, 14)
    v3 = plus(d2, 3)
    nos = [clm(rng) for _ in range(3)]
    blocks = [
        (nos[0], "Stillwater Counseling Associates", f"{lpc}, LPCC", [(v0, "90837", "Psychotherapy, 60 min", amount(rng, 160, 210), True),
                                                                      (plus(v0, 7), "90837", "Psychotherapy, 60 min", amount(rng, 160, 210), True)]),
        (nos[1], PLAT, f"Dr. {psy}", [(d1, "90792-95", "Psychiatric evaluation (video)", amount(rng, 340, 450), False),
                                      (d2, "99214-95", "Medication visit (video)", amount(rng, 170, 240), False),
                                      (d2, "90833-95", "Add-on psychotherapy, 30 min", amount(rng, 90, 130), False)]),
        (nos[2], "Riverbend Clinical Laboratory", f"Dr. {lab_dr}", [(v3, "80178", "Lithium level", amount(rng, 30, 55), True)])]
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", f"{PLAN}  |  CM-EOB-1")
    p.addr_pair("Member", [member, *oh_addr(rng)], "Coverage",
                [f"Member ID {m}", f"Group {GROUP}", f"Date of birth {fdate(dob(rng), 'slash')}",
                 "Plan year 01/01/2026 - 12/31/2026"])
    p.capstrip([("STATEMENT DATE", fdate(sd, "long")), ("PLAN", PLAN), ("DEDUCTIBLE MET", "$612.40 of $1,500.00")])
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    info = None
    for n, prov, rend, lines in blocks:
        p.set_fill_color(228, 228, 228)
        p.f(8.4, "B")
        p.cell(0, 6, f" Claim {n}  -  {prov}  -  {rend}", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        p.set_fill_color(255, 255, 255)
        rows, tot = [], 0.0
        for d, code, desc, b, paid in lines:
            tot += b
            al = round(b * 0.62, 2) if paid else 0.0
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), money(round(al * 0.2, 2), "nosign"), "PD" if paid else "242"])
        rows.append(["", "", "Claim total", money(tot, "nosign"), "", "", "", ""])
        p.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
                [20, 20, 60, 20, 20, 20, 18, W - 178], size=8, head_h=6, row_h=5.2,
                aligns=["L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
        if not lines[0][4]:
            info = (n, [lines[0][0], lines[1][0]], round(tot, 2))
    n, ds, tot = info
    p.para(f"**Notes.** PD: paid under your plan. 242: {PLAT} is not in the {PLAN} network. Your EPO pays for care "
           "outside its network only in an emergency or when we approved it first, and we had no such approval for "
           f"these video visits with Dr. {psy}. The platform may bill you for them. Psychiatrists in our network "
           "who offer video visits are listed in our online directory.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 "
           "hours. External review: within 4 months of our final decision.", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(tot), service_dates=[d.isoformat() for d in ds], denial_date=sd.isoformat(),
              provider=PLAT, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [psy], "plan_id": [None]})
    return out(p), t


def photocopy_gap(rng):
    member, np_, rev = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 22))
    rq = plus(v, -rng.randint(20, 30))
    nd = plus(v, rng.randint(26, 36))
    n = clm(rng)
    b = amount(rng, 260, 380)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("CLAIM DECISION", "CM-CD-6 (rev. 02/2026)")
    for ln in [member, *oh_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("DATE OF NOTICE", fdate(nd, "abbr")), ("MBR #", m)],
              [("GRP NO.", GROUP), ("PLAN", "Select EPO 1500")],
              [("CLM NO.", n), ("DOS", fdate(v, "slash"))],
              [("RENDERING", f"{np_}, PMHNP"), ("BILLED BY", PLAT)],
              [("VISIT TYPE", "Video, POS 10"), ("AMT BILLED", money(b))],
              [("PORTAL MSG", fdate(rq, "slash")), ("DECISION", "Not paid")]], cap_w=27, cap=5.6)
    p.para(f"**Why.** {PLAT} is not one of our network providers. We pay for visits with a provider outside our "
           "network, other than in an emergency, only when we agreed ahead of time that no provider in our network "
           "could see you within 30 days, and then we set the visits and the dates in writing. Your message through "
           "the member portal on the date in the PORTAL MSG box asked about the platform but was not a request for "
           "such an agreement, and none was made for this visit. If the platform asks us now, we will look at "
           "whether a network psychiatrist could have seen you in time.", 9)
    p.para(f"Reviewed by {rev}, claims specialist. Appeal within 180 days of the date of this notice. Urgent appeals "
           f"are decided within 72 hours. Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=None, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=np_, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [PLAT], "plan_id": ["Select EPO 1500"]},
              denial_alternates=["out_of_network"])
    return out(p), t


def phone_es(rng):
    member, psy, pharm, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(8, 24))
    nd = plus(v, rng.randint(24, 34))
    n = clm(rng)
    b = amount(rng, 190, 280)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{PLAT} nos envió un reclamo por {money(b)} por la consulta por video que usted tuvo con la Dra. {psy} "
           f"el {fdate(v, 'long', 'es')}. Nuestra farmacéutica, {pharm}, revisó también la receta que la doctora "
           "le envió a su farmacia ese día; esa receta se trata en otra carta.", 10)
    p.para(f"Su cobertura con nosotros terminó el {fdate(end, 'long', 'es')}, el último día del mes en que usted dejó "
           "su empleo. La consulta fue después de esa fecha. Solo pagamos los servicios recibidos mientras la "
           "cobertura está activa, por lo que no pagamos este reclamo. Si eligió continuar la cobertura (COBRA) y "
           "pagó la prima, llámenos para que volvamos a revisarlo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=PLAT,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [psy]})
    return out(p), t


def rotated_paid(rng):
    member, psy, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 4, 7)
    nd = plus(v, rng.randint(20, 30))
    n = clm(rng)
    agr = f"SCA-{digits(rng, 6)}"
    b = amount(rng, 210, 260)
    al = round(b - rng.randint(12, 25) - 0.5, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID", m), ("Group", GROUP), ("Claim", n), ("One-time agreement", agr)], label_w=50)
    p.para(f"Dear {member}:", 10)
    p.para(f"We have paid the claim for your video visit with Dr. {psy} of {PLAT} on {fdate(v, 'long')}. Because "
           "no psychiatrist in our network could see you within 30 days, we made a one-time agreement with the "
           "platform, and we paid this visit as if the platform were in our network.", 10)
    p.table(["Charged", "Allowed under the agreement", "We paid", "Your copay"],
            [[money(b), money(al), money(round(al - 30, 2)), "$30.00"]], [35, 60, 35, 35.9], size=9,
            aligns=["R", "R", "R", "R"])
    p.para(f"The allowed amount is a little less than the platform charged; the difference of "
           f"{money(round(b - al, 2))} is a discount the platform accepted in the agreement, and it may not bill "
           "you for it. You owe only your copay. The agreement covers four more visits through June 30, 2026.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services\n{phone(rng)} (TTY 711)", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=PLAT,
              alternates={"insurer": ALT, "provider": [psy], "case_numbers": [[n, agr], []]})
    return out(p), t


def lowres_pending(rng):
    member, np_, md, sig = people(rng, 4)
    m = mid(rng)
    d1, d2 = dt.date(2026, 3, 3), dt.date(2026, 3, 10)
    rec = plus(d2, rng.randint(12, 20))
    ld = plus(rec, rng.randint(5, 9))
    n = clm(rng)
    b = amount(rng, 380, 520)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(ld, "long"), 10)
    for ln in [member, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Member ID {m}  |  Group {GROUP}  |  Claim {n}", 10)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received the claim {PLAT} sent us for the visits on Tuesday, March 3 and Tuesday, March 10, 2026 "
           f"(03/03/2026 and 03/10/2026 on the claim), both by video with {np_}, a nurse practitioner. The "
           f"claim is for {money(b)}; it reached us on {fdate(rec, 'long')}.", 10)
    p.para(f"We have not decided the claim yet. The platform lists {np_} with a licence in another state, and Dr. "
           f"{md}, our medical director, has asked the platform to show where you were during each visit and which "
           "state licences the nurse practitioner held then. We expect to decide within 30 days after the records "
           "arrive. You do not need to do anything, and you should not pay the platform for these visits while "
           "the claim is open.", 10)
    p.para("This letter is not a denial and not a bill. If we do not pay the claim, our decision letter will tell "
           f"you how to appeal. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[d1.isoformat(), d2.isoformat()], denial_date=ld.isoformat(), provider=PLAT,
              alternates={"insurer": ALT, "provider": [np_], "case_numbers": [[]]})
    return out(p), t


def clean_stack(rng):
    member, psy, bill = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(9, 20))
    old = plus(v, rng.randint(25, 32))
    ld = plus(old, rng.randint(14, 21))
    n = clm(rng)
    b = amount(rng, 220, 300)
    acct = f"WVP-{digits(rng, 7)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.logo_head(PLAT, "WVP", [f"Patient Billing  |  {rng.randint(100, 900)} S Virginia St, Reno NV 89501  |  "
                              f"{phone(rng, '775')}", f"Account {acct}"], size=12)
    p.para(fdate(ld, "long"), 10)
    for ln in [member, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"Your insurer, {INS}, did not pay for your video visit with Dr. {psy} on {fdate(v, 'long')}. Its "
           f"notice of {fdate(old, 'long')}, claim {n}, said: \"The clinician was not licensed in Ohio, where you "
           "were at the time of the visit. We do not pay for this service.\"", 10)
    p.para(f"We believe the visit should be covered, and we have not billed you. You may appeal within 180 days of "
           f"the insurer's notice; we will send the records you need. If you prefer not to appeal, the charge of "
           f"{money(b)} will move to your account after 60 days. Call {bill} in Patient Billing with questions.", 10)
    p.para(f"Sincerely,\n{bill}\nPatient Billing, {PLAT}", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_name=member, cases=[n], claim_amount=m2(b),
                         service_dates=[v.isoformat()], denial_date=ld.isoformat(), provider=psy,
                         unscored=["insurer"], alternates={"provider": [PLAT], "case_numbers": [[]]}))
    member2, np_, rev, sig2 = people(rng, 4)
    m2_ = mid(rng)
    ds = [dt.date(2026, 5, 4), dt.date(2026, 5, 11), dt.date(2026, 5, 18)]
    ad = plus(ds[-1], rng.randint(50, 60))
    n2 = clm(rng)
    apl = f"APL-{digits(rng, 7)}"
    b2 = amount(rng, 420, 560)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    head(q, rng, "Appeals")
    q.para(fdate(ad, "long"), 10)
    for ln in [member2, *oh_addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.boxed_pairs([("Appeal number", apl), ("Claim", n2), ("Member ID", m2_),
                   ("Visit dates on the claim", ", ".join(fdate(d, "slash") for d in ds))], label_w=55)
    q.heading("APPEAL DECISION: WE ARE KEEPING OUR DECISION", 11)
    q.para(f"You asked us to pay the claim {PLAT} sent for three video visits with {np_}, a psychiatric nurse "
           f"practitioner: the visits on May 4, May 11 and May 18, 2026, billed at {money(b2)} in all.", 10)
    q.para(f"Dr. {rev}, a psychiatrist who took no part in the first decision, reviewed your appeal. The nurse "
           "practitioner is licensed in Arizona only. You were at home in Toledo for every visit, and Ohio requires "
           "a clinician who treats a patient in Ohio by video to hold an Ohio licence or a permit that Ohio "
           "recognises; she held neither. Your plan pays only for care by a clinician licensed to give it where you "
           "are, so we are keeping our decision.", 10)
    q.para("This is our final internal decision. You may ask for an external review by an independent reviewer "
           f"within 4 months of the date of this letter. Questions: {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig2}\nAppeals Department", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[apl, n2], claim_amount=m2(b2), service_dates=[d.isoformat() for d in ds],
                         denial_date=ad.isoformat(), provider=np_, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [PLAT], "case_numbers": [[apl], [n2]]},
                         denial_alternates=LIC))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_four_patients_psychiatrist_licensed_in_nevada_b7", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_eob_claim_blocks_platform_two_visits_242", "born_digital", [born_eob(rng)]),
        Item(F + "photocopy_claim_form_no_gap_exception_agreed_first", "photocopy", [photocopy_gap(rng)]),
        Item(F + "phone_es_consulta_por_video_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_paid_under_one_time_agreement_small_reduction", "rotated", [rotated_paid(rng)]),
        Item(F + "lowres_claim_received_still_pending_license_records", "scan_lowres_150", [lowres_pending(rng)]),
        Item(F + "clean_stack_platform_letter_quoting_denial_duplex_then_appeal_upheld_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
