"""An invented commercial plan (Halvorsen Ridge Health Insurance Company) deciding the three claims one knee or
shoulder operation makes: the orthopaedic surgeon's (Tamarack Bend Orthopaedic Associates), the ambulatory surgery
centre's (Kingsfold Ambulatory Surgery Center) and the implant vendor's (Quarrystone Implant Supply). CPT / HCPCS
codes and CARC / RARC codes appear as themselves; the plan, its rules and time limits, the practice, the centre, the
vendor, every doctor, person, number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_vendor_three_patients_anchors_without_auth: a provider remittance to the implant vendor on a
  standard fax (payee, tax ID, NPI, EFT trace); three patients' claims, the middle one's suture anchors refused
  CO-197 / N54 for want of an authorization (prior_authorization); the ordering surgeon in a column.
- bd_eob_four_claims_same_surgery_vendor_out_of_network: a member EOB of four claims from one operation day
  (surgeon, centre, anaesthesia paid; the vendor's graft refused under CARC 242 as outside the network).
- photocopy_claim_form_centre_bilateral_modifier_one_knee: a photocopied claim determination form with captions
  beside boxes: the centre billed the arthroscopy with modifier 50 though the operative note shows one knee
  (coding_error); claim and reference numbers among a patient account, NPI and tax ID.
- phone_es_injerto_oseo_experimental_a_la_hija: a photographed Spanish letter to a daughter as authorised
  representative: the vendor's cell-enriched bone graft is investigational (experimental).
- clean_surgeon_statement_after_insurance: the surgeon's statement to the patient after the plan paid (denies
  nothing).
- lowres_letter_representative_hardware_removal_not_needed: a 150 dpi letter to a son as authorised representative:
  the surgeon named only in a sentence; hardware removal "on or about" a date judged not needed
  (medical_necessity).
- finefax_stack_cover_inpatient_stay_refused_then_centre_claim_after_coverage_sideways: a cover sheet, a letter
  refusing the overnight hospital stay the surgeon asked for (the operation approved at the centre; level_of_care),
  then (sideways) a letter refusing the centre's claim for a surgery after coverage ended (eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famduc import Cast, DUSheet, grouped, last_of, words_date
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "orthopedic_surgeon_ambulatory_surgery_center_and_implant_vendor_denial"
LANG = "en"
SEED = 353802
INS = "Halvorsen Ridge Health Insurance Company"
ALT = ["Halvorsen Ridge", "Halvorsen Ridge Health"]
PLAN = "Halvorsen Ridge Choice PPO 2000"
GROUP = "HR-773104"
SURG = "Tamarack Bend Orthopaedic Associates"
ASC = "Kingsfold Ambulatory Surgery Center"
VEND = "Quarrystone Implant Supply"


def hid(rng):
    return f"HRH{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}{digits(rng, 4)}{digits(rng, 4)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1950, hi=1995):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def head(p, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 83707-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    c = Cast(rng)
    pats = [c.anyone() for _ in range(3)]
    surgs = [c.anyone() for _ in range(3)]
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    specs = [("L8699", "Tendon graft, allograft", 900, 1600, False),
             ("C1713", "Suture anchors x3", 1100, 1900, True),
             ("L8699", "Meniscal repair device", 700, 1300, False)]
    for pt, sg, (code, desc, lo, hi, den) in zip(pats, surgs, specs):
        d = plus(rd, -rng.randint(15, 40))
        n, m = clm(rng), hid(rng)
        b = amount(rng, lo, hi)
        if den:
            rows.append([grouped(n), pt, m, fdate(d, "slash"), f"Dr. {sg}", code, money(b, "nosign"), "0.00", "0.00",
                         "CO-197 N54"])
        else:
            al = round(b * 0.55, 2)
            rows.append([grouped(n), pt, m, fdate(d, "slash"), f"Dr. {sg}", code, money(b, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "1"])
        info.append((pt, sg, n, m, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  HRHIC PROVIDER REMIT  208-555-{digits(rng, 4)}  PG {{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "HR-PRA-2 (rev. 10/2025)")
    p.capstrip([("PAYEE", VEND), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54.4])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "DOS", "ORD. SURGEON", "HCPCS", "AMT BILLED", "ALLOWED", "PAID", "ADJ"],
            rows, [36, 40, 32, 20, 42, 16, 20, 18, 18, 17.4], size=7.4, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, sg, n, m, d, b = info[1]
    p.para("**ADJ legend.** 1: paid per contract. CO-197: precertification or authorization was absent. N54: the "
           f"claim information does not match the authorization on file. Dr. {sg}'s authorization for the shoulder "
           f"repair at {ASC} listed the operation but no implants; implants over $500 a claim need their own "
           "approval before surgery. The patient may not be billed.", 7.9)
    p.para("Reconsiderations: within 90 days of the remit date, with the authorization or the operative note. "
           f"Provider Services {phone(rng)}.", 7.9)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=VEND,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [sg]})
    return out(p), t


def bd_eob(rng):
    c = Cast(rng)
    member = c.anyone()
    surg, anes = c.anyone(), c.anyone()
    m = hid(rng)
    d = dt.date(2026, 3, rng.randint(3, 26))
    sd = plus(d, rng.randint(30, 42))
    ns = [clm(rng) for _ in range(4)]
    bs = [amount(rng, 2400, 3600), amount(rng, 5200, 7900), amount(rng, 800, 1300), amount(rng, 1400, 2600)]
    p = DUSheet(footer="Page {n} of {nb}", footer_left="HRHIC-EOB-4")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS", "THIS IS NOT A BILL")
    p.addr_pair("Member", [member, *address(rng)], "Statement",
                [f"Statement date: {fdate(sd, 'abbr')}", f"Plan: {PLAN}", f"Group: {GROUP}"])
    p.grid([[("MEMBER ID", m), ("DATE OF BIRTH", fdate(dob(rng), "slash")), ("PLAN YEAR", "01/01/2026 - 12/31/2026"),
             ("DEDUCTIBLE MET", money(2000.0))]], size=8.4)
    rows = []
    provs = [(SURG, f"Dr. {surg}", "29888", "ACL reconstruction"), (ASC, ASC, "29888-SG", "Facility fee"),
             ("Summit Gate Anesthesia", f"Dr. {anes}", "01400", "Anesthesia"),
             (VEND, VEND, "C1762", "Tendon graft (connective tissue)")]
    for i, ((pv, rend, code, desc), n, b) in enumerate(zip(provs, ns, bs)):
        if i == 3:
            rows.append([n, pv, fdate(d, "slash"), code, desc, money(b, "nosign"), "0.00", "0.00", money(b, "nosign"),
                         "242"])
        else:
            al = round(b * 0.58, 2)
            pd = round(al * 0.8, 2)
            rows.append([n, pv, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"),
                         money(pd, "nosign"), money(round(al - pd, 2), "nosign"), "A2"])
    p.table(["Claim no.", "Provider", "Service date", "Code", "Service", "Billed", "Allowed", "Plan paid",
             "You may owe", "Remark"], rows, [26, 56, 20, 16, 55, 17, 17, 17, 17, 14.4], size=7.6,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para(f"**Remarks.** A2: paid at the in-network level after your deductible and 20% coinsurance. 242 (CARC 242): "
           f"services not provided by network providers. The graft used in your knee surgery on {fdate(d, 'long')} "
           f"was billed by {VEND}, which has no contract with us. Dr. {surg} and {ASC} are in the network, but "
           "an outside supplier's bill is judged on its own. Your plan pays nothing for out-of-network suppliers "
           "except in an emergency, and this was a planned operation.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 "
           "hours. External review: within 4 months after our final decision.", 8.2)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[ns[3]], claim_amount=m2(bs[3]), service_dates=[d.isoformat()], denial_date=sd.isoformat(),
              provider=VEND, appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def photocopy_coding(rng):
    c = Cast(rng)
    member = c.anyone()
    surg, sig = c.anyone(), c.anyone()
    m = hid(rng)
    d = dt.date(2026, 2, rng.randint(2, 25))
    nd = plus(d, rng.randint(28, 40))
    n = clm(rng)
    ref = f"REF-{digits(rng, 7)}"
    b = amount(rng, 4800, 8800)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION", "HRHIC-CD-7 (rev. 12/2025)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DATE", fdate(nd, "slash")), ("MBR #", m)],
              [("GRP", GROUP), ("PLAN", "Choice PPO 2000")],
              [("CLAIM NO.", grouped(n)), ("REF NO.", ref)],
              [("FACILITY", ASC), ("SURGEON", f"Dr. {surg}")],
              [("PT ACCT", f"KF-{digits(rng, 6)}"), ("FAC. NPI", digits(rng, 10))],
              [("DOS", fdate(d, "slash")), ("AMT BILLED", money(b))]], cap_w=22, cap=5.6)
    p.para(f"**Decision: not paid as billed.** {ASC} billed knee arthroscopy with meniscectomy (29881) with modifier "
           f"50, which means both knees. Dr. {surg}'s operative note describes surgery on the right knee only. A "
           "claim whose code does not match the record cannot be paid. The centre may send a corrected claim "
           "without modifier 50; you do not need to do anything, and the centre may not bill you meanwhile.", 9)
    p.para("CARC 4: the procedure code is inconsistent with the modifier used. You may appeal within 180 days of the "
           f"date of this notice. Questions: {phone(rng)}, TTY 711. {sig}, claims examiner.", 8.6)
    t = truth("denial_letter", "coding_error", insurer=INS, plan_id="Choice PPO 2000", group=GROUP, member_id=m, member_name=member,
              cases=[n, ref], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=nd.isoformat(),
              provider=ASC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [surg], "case_numbers": [[n]], "plan_id": [None]})
    return out(p), t


def phone_es(rng):
    c = Cast(rng)
    member = c.man()
    dau = c.woman(last_of(member))
    surg, sig = c.woman(), c.anyone()
    m = hid(rng)
    d = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(d, rng.randint(30, 40))
    n = clm(rng)
    b = amount(rng, 2900, 4800)
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [dau, "Representante autorizada", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([("Asunto:", f"reclamo {grouped(n)}"), ("Miembro:", member), ("Número de miembro:", m)], lw=40)
    p.para(f"Estimada {dau}:", 10)
    p.para(f"Usted nos pidió hablar en nombre de su padre. El {fdate(d, 'long', 'es')} la Dra. {surg} le hizo una "
           f"fusión de tobillo en {ASC}. {VEND} nos cobró {money(b)} por un injerto óseo enriquecido con células "
           "madre que se usó en la operación.", 10)
    p.para("Ese injerto se considera en investigación: no hay estudios suficientes que muestren que funciona mejor "
           "que el injerto común, y su plan no cubre servicios experimentales o en investigación. Por eso no "
           "pagamos este reclamo. Los reclamos de la cirujana y del centro sí se pagaron.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=VEND,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [surg]})
    return out(p), t


def clean_statement(rng):
    c = Cast(rng)
    member = c.anyone()
    surg, pa = c.anyone(), c.anyone()
    m = hid(rng)
    d = dt.date(2026, 6, rng.randint(1, 20))
    sd = plus(d, rng.randint(35, 50))
    ac = f"TB{digits(rng, 7)}"
    b1, b2 = amount(rng, 2600, 3900), amount(rng, 180, 320)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.46, 2)
    adj = round(tot * 0.4, 2)
    bal = round(tot - paid - adj, 2)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(SURG, "TBO", [f"{rng.randint(100, 9800)} Fairview Ave, Meridian ID 83642  |  Billing {phone(rng, '208')}"
                              f"  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=12)
    p.addr_pair("Patient / guarantor", [member, *address(rng)], "Account",
                [f"Account {ac}", f"Surgeon: Dr. {surg}", f"Statement date {fdate(sd, 'slash')}"])
    p.grid([[("INSURANCE", f"{INS}"), ("MEMBER ID", m), ("PAY BY", fdate(plus(sd, 30), "abbr"))]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(d, "slash"), "29827", "Arthroscopic rotator cuff repair", money(b1, "nosign"), ""],
             [fdate(d, "slash"), "99024", "Post-op check included (no charge)", "0.00", ""],
             [fdate(plus(d, 42), "slash"), "97110-GP", "Home exercise teaching (PA)", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "Insurance payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [24, 20, 78, 25, 31.4], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Exercise teaching given by {pa}, PA-C. The surgery centre ({ASC}) and any implant supplier bill you "
           "separately. Your insurer has paid its share; the balance is your coinsurance.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[d.isoformat(), plus(d, 42).isoformat()], denial_date=sd.isoformat(), provider=surg,
              unscored=["insurer"],
              alternates={"provider": [SURG], "service_dates": [[d.isoformat()]], "member_id": [None]})
    return out(p), t


def lowres_mednec(rng):
    c = Cast(rng)
    member = c.woman()
    son = c.man(last_of(member))
    surg, rev, sig = c.anyone(), c.anyone(), c.anyone()
    m = hid(rng)
    first = dt.date(2026, 1, rng.randint(5, 20))
    d = plus(first, rng.randint(40, 50))
    nd = plus(d, rng.randint(28, 38))
    n = clm(rng)
    ref = f"UM{digits(rng, 8)}"
    b = amount(rng, 1900, 3200)
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [son, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {son}:", 10)
    p.para(f"We have your form naming you as your mother's authorized representative, so we are writing to you about "
           f"{member}'s claim {n} (our reference {ref}). Dr. {surg} of {SURG} removed the plate and screws from her "
           f"wrist at {ASC} on or about {fdate(d, 'long')}, {words_date(d)}, and billed us {money(b)} for it. The "
           f"plate had been put in on {fdate(first, 'long')}.", 10)
    p.para(f"Dr. {rev}, an orthopaedic surgeon who reviews claims for us, read the records. The fracture had not yet "
           "healed when the plate was taken out, and the notes describe no infection, loosening or pain from the "
           "hardware. Removing hardware so soon, without one of those reasons, is not medically necessary under "
           "our guideline, so we did not pay the surgeon's claim.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals: 72 hours. "
           f"External review: within 4 months of our final decision. Questions: {phone(rng)} (TTY 711). "
           f"Member ID {m}, group {GROUP}.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n, ref], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=nd.isoformat(),
              provider=surg, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [SURG], "case_numbers": [[n]]})
    return out(p), t


def finefax_stack(rng):
    c = Cast(rng)
    member = c.anyone()
    surg, rev, cm = c.anyone(), c.anyone(), c.anyone()
    m = hid(rng)
    rcv = dt.date(2026, 7, rng.randint(1, 15))
    nd = plus(rcv, rng.randint(3, 6))
    planned = plus(nd, rng.randint(10, 20))
    um = f"UM{digits(rng, 8)}"
    hosp = "St. Brigid Valley Hospital"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  HALVORSEN RIDGE UM  208-555-{digits(rng, 4)}  PAGE {{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 12, 20)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.numbox([("Member ID", m), ("Group", GROUP), ("Request", um), ("Received", fdate(rcv, "slash")),
              ("Fax back", f"208-555-{digits(rng, 4)}")], w=84, title="About this decision")
    p.set_y(p.get_y() + 3)
    p.heading("Notice of partial denial", 12)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {surg} asked us to approve your total shoulder replacement (23472) on or about "
           f"{fdate(planned, 'long')}, with the surgery and one night's stay at {hosp}. We approved the surgery as an "
           f"outpatient operation at {ASC}. We did not approve the inpatient stay at the hospital.", 10)
    p.para("Why: you are under 65, have no heart or lung disease on record and live with someone who can help at "
           "home. For members like you, our guideline says this surgery is done safely as an outpatient, with the "
           "patient home the same evening. An inpatient stay is not the right level of care. "
           f"Reviewed by Dr. {rev}.", 10)
    p.para("You or Dr. " + surg + " may appeal within 180 days of the date of this letter. If a delay could harm you, "
           f"ask for a fast appeal; we decide those within 72 hours. Case manager: {cm}, {phone(rng, '208')}.", 9.6)
    d_a = (out(p), truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[um], service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=surg,
                         appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [hosp]},
                         denial_alternates=["medical_necessity"]))
    c2 = Cast(rng)
    member2 = c2.woman()
    husband = c2.man(last_of(member2))
    surg2, sig = c2.anyone(), c2.anyone()
    m2_ = hid(rng)
    end = dt.date(2026, 5, 31)
    d2 = dt.date(2026, 6, rng.randint(3, 19))
    nd2 = plus(d2, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 5100, 8300)
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [husband, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.re_block([("Patient", member2), ("Member ID", m2_), ("Claim no.", grouped(n)), ("Billed", money(b))], lw=28)
    q.para(f"Dear {husband}:", 10)
    q.para(f"{ASC} billed us for your wife's knee arthroscopy on {fdate(d2, 'long')}, done by Dr. {surg2}. Your "
           f"coverage under group {GROUP} ended on {fdate(end, 'long')}, when your job with the employer ended, so "
           "she was not covered on the day of surgery. We did not pay the claim.", 10)
    q.para("If you chose continuation coverage (COBRA) and paid for June, send us the notice and we will look at the "
           "claim again. You may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m2_, member_name=member2,
                         cases=[n], claim_amount=m2(b), service_dates=[d2.isoformat()], denial_date=nd2.isoformat(),
                         provider=ASC, appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [surg2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_vendor_three_patients_anchors_without_auth", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "bd_eob_four_claims_same_surgery_vendor_out_of_network", "born_digital", [bd_eob(rng)]),
        Item(F + "photocopy_claim_form_centre_bilateral_modifier_one_knee", "photocopy", [photocopy_coding(rng)]),
        Item(F + "phone_es_injerto_oseo_experimental_a_la_hija", "phone_photo", [phone_es(rng)]),
        Item(F + "clean_surgeon_statement_after_insurance", "scan_clean_300", [clean_statement(rng)]),
        Item(F + "lowres_letter_representative_hardware_removal_not_needed", "scan_lowres_150", [lowres_mednec(rng)]),
        Item(F + "finefax_stack_cover_inpatient_stay_refused_then_centre_claim_after_coverage_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
