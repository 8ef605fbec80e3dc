"""An invented dental plan (Harlowe Crest Dental Insurance Company) paying orthodontic treatment in installments on
a payment schedule (an initial banding payment, then monthly payments) up to a lifetime orthodontic maximum, and
refusing payments past it or for other reasons. CDT codes (D8080, D8090, D8070, D8670, D8680) appear as
themselves; the plan, its $2,000 lifetime maximum and every time limit, the orthodontic practices, the billing
service, every dentist, person, number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_three_patients_installment_past_lifetime_max: a landscape remittance to the practice on a
  standard fax: three patients' monthly installments (billed, allowed, paid, patient owes, totals), the middle
  one refused under remark LM2 because the lifetime maximum is used up (not_covered), legend only.
- bd_family_eob_payment_schedule_son_installment_13_refused: a born-digital family EOB (mother, son, daughter),
  the son's installments 12 paid and 13 refused at the maximum (not_covered); appeal "by" a printed date.
- photocopy_pretreatment_payment_schedule_estimate: a photocopied pretreatment estimate with a payment schedule
  of 24 installments and totals (denies nothing).
- phone_es_saldo_pagado_de_una_vez_maximo_alcanzado: a photographed Spanish letter refusing the remaining
  treatment balance billed at once ("US$ 1.234,50"-style beside the US form) past the maximum (not_covered).
- rotated_adult_code_billed_for_child_coding_error: a letter fed sideways: D8090 (adult dentition) billed for a
  13-year-old (coding_error); the refused amount only in a sentence; "within 65 days".
- lowres_new_orthodontist_after_move_out_of_network: a 150 dpi letter to a father: treatment carried on by an
  orthodontist outside the network after a move (out_of_network); appeal "by June 30, 2026".
- finefax_stack_cover_phase_two_not_needed_then_billing_statement_upside_down: a cover sheet, a letter refusing a
  second phase of treatment as not needed (medical_necessity), then upside down the billing service's statement
  to the parent (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdze import DZSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "orthodontic_treatment_payment_schedule_eob_denial"
LANG = "en"
SEED = 354804
INS = "Harlowe Crest Dental Insurance Company"
ALT = ["Harlowe Crest Dental", "Harlowe Crest"]
PLAN = "Harlowe Crest Dental PPO 2000"
GROUP = "HC-7730-D"
PRAC = "Bellrow Orthodontics"
PRAC2 = "Larkmoor Orthodontic Studio"
BILL = "Sorrelwood Dental Billing Services"
GEN = "Pinecastle Family Dentistry"
LMAX = 2000.00


def mid(rng):
    return f"HCD{digits(rng, 9)}"


def clm(rng):
    return f"OC{digits(rng, 10)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=2008, hi=2014):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def es_amount(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def _head(p: DZSheet, rng, unit="Member Services"):
    p.logo_head(INS, "HC", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Omaha NE 68103-{digits(rng, 4)}  |  "
                            f"{phone(rng)}  |  TTY 711"], size=13)


def faxstd_remit(rng):
    pats = people(rng, 3)
    orths = people(rng, 2)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    d = dt.date(2026, 4, 1)
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  HCDIC PROVIDER PAY  {phone(rng, '402')}  PG {{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("DENTAL REMITTANCE ADVICE - ORTHODONTIC INSTALLMENTS", "HC-RA-3 (rev. 08/2025)")
    p.capstrip([("PAYEE", PRAC), ("BILLED THROUGH", BILL), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"),
                ("PAYEE NPI", digits(rng, 10)), ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))],
               [54, 64, 32, 34, 34, 41.9])
    p.ln(3)
    rows, info = [], []
    specs = [(orths[0], "D8670", "9 of 24", False), (orths[1], "D8670", "18 of 24", True),
             (orths[0], "D8670", "4 of 18", False)]
    for pt, (orth, code, inst, den) in zip(pats, specs):
        n, m = clm(rng), mid(rng) + "-02"
        b = round(rng.choice([165, 175, 185, 195]) + 0.0, 2)
        if den:
            rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {orth}", code, inst, b, 0.0, 0.0, b, "LM2"])
        else:
            al = round(b * 0.9, 2)
            pd = round(al * 0.5, 2)
            rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {orth}", code, inst, b, al, pd, round(b - pd, 2), "P1"])
        info.append((pt, orth, n, m, b))
    p.schedule(["CLAIM #", "PATIENT", "MBR ID", "DOS", "ORTHODONTIST", "CDT", "INST.", "BILLED", "ALLOWED", "PAID",
                "PT OWES", "RMK"], rows, [32, 36, 34, 19, 36, 12, 14, 16, 16, 14, 16, 14.4], size=7.4)
    pt, orth, n, m, b = info[1]
    p.para("**Remarks.** P1: installment paid at 50% of the allowed fee. LM2: this patient's orthodontic lifetime "
           f"maximum of {money(LMAX)} under {PLAN} was reached with the installment paid in March; no later "
           "installment is paid, whatever its number on the payment schedule. The patient's own share is between "
           "the patient and the practice.", 7.9)
    p.para("Reconsideration requests: within 90 days of the remit date, in writing, to Provider Payment Services. "
           f"Questions: {phone(rng)}.", 7.9)
    t = truth("eob", "not_covered", insurer=INS, group=None, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=orth,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [PRAC]},
              denial_alternates=["other"])
    return out(p), t


def bd_family_eob(rng):
    mom, son, dau, orth, hyg = people(rng, 5)
    base = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    due = dt.date(2026, 11, 16)
    d12, d13 = dt.date(2026, 3, 2), dt.date(2026, 4, 1)
    dc = plus(sd, -rng.randint(20, 40))
    ns = [clm(rng) for _ in range(4)]
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF DENTAL BENEFITS - FAMILY STATEMENT")
    p.capstrip([("SUBSCRIBER", mom), ("SUBSCRIBER ID", base), ("GROUP", GROUP), ("PLAN", PLAN),
                ("STATEMENT DATE", fdate(sd, "abbr"))], [40, 30, 22, 56, 39.9])
    p.ln(3)
    b1 = amount(rng, 95, 140)
    inst = 185.00
    al = 166.50
    rows = [[ns[0], f"{mom} (-01)", fdate(dc, "slash"), "D1110", f"{hyg}, RDH", b1, round(b1 * 0.8, 2),
             round(b1 * 0.8, 2), round(b1 * 0.2, 2), "A1"],
            [ns[1], f"{son} (-02)", fdate(d12, "slash"), "D8670", f"Dr. {orth}", inst, al, 83.25, 101.75, "OR"],
            [ns[2], f"{son} (-02)", fdate(d13, "slash"), "D8670", f"Dr. {orth}", inst, 0.0, 0.0, inst, "LM"],
            [ns[3], f"{dau} (-03)", fdate(dc, "slash"), "D0120", "Dr. " + people(rng, 1)[0], 62.0, 55.0, 55.0, 0.0,
             "A1"]]
    p.schedule(["Claim #", "Patient (sfx)", "Svc date", "CDT", "Treating", "Billed", "Allowed", "Plan paid",
                "You owe", "Rmk"], rows, [26, 38, 17, 11, 36, 14, 13, 14, 12, 6.9], size=7.0)
    p.heading("Orthodontic lifetime maximum - " + son, 9.5)
    p.table(["Lifetime maximum", "Paid before this statement", "Paid on this statement", "Left"],
            [[money(LMAX), money(LMAX - 83.25), money(83.25), "$0.00"]], [45, 50, 45, 41.9], size=8.2,
            aligns=["R"] * 4)
    p.para("**Remarks.** A1: paid under your plan. OR: orthodontic installment paid at 50%. LM: installment 13 of "
           f"{son}'s payment schedule with {PRAC} was not paid; installment 12 used up the {money(LMAX)} lifetime "
           "orthodontic maximum, so the plan pays nothing more for braces for this patient. You owe the practice "
           "the installment under your own contract with it.", 8.2)
    p.bar("If you disagree", 9)
    p.para(f"Send your appeal by {fdate(due, 'long')}. Urgent reviews are decided within 72 hours. Member Services "
           f"{phone(rng)}, TTY 711.", 8.2)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=base, member_name=son,
              cases=[ns[2]], claim_amount=m2(inst), service_dates=[d13.isoformat()], denial_date=sd.isoformat(),
              provider=orth, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "provider": [PRAC], "plan_id": [None]},
              denial_alternates=["other"])
    return out(p), t


def photocopy_estimate(rng):
    kid, mom, orth, gen, cons = people(rng, 5)
    m = mid(rng) + "-02"
    nd = dt.date(2026, 2, rng.randint(9, 25))
    band = plus(nd, rng.randint(20, 35))
    est = f"PTE-26-{digits(rng, 6)}"
    acct = f"BO-{digits(rng, 5)}"
    fee, down = 5400.00, 1200.00
    monthly = round((fee - down) / 24, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Orthodontic Review")
    p.title_bar("PRETREATMENT ESTIMATE AND PAYMENT SCHEDULE")
    p.beside([[("ESTIMATE DATE", fdate(nd, "slash")), ("ESTIMATE NO.", est)],
              [("PATIENT", kid), ("MEMBER ID", m)],
              [("GROUP", GROUP), ("PRACTICE ACCT", acct)],
              [("ORTHODONTIST", f"Dr. {orth}"), ("REFERRED BY", f"Dr. {gen}")],
              [("PLANNED START", fdate(band, "slash")), ("DOB", fdate(dob(rng), "slash"))]], cap_w=27, cap=5.6)
    p.para(f"To {mom}, parent of {kid}: {PRAC} sent us a treatment plan for comprehensive orthodontic treatment "
           f"(D8080), 24 months, total fee {money(fee)}. Dr. {cons}, our dental consultant, reviewed it. The "
           "treatment is a benefit. Below is how we expect to pay, if the patient stays covered.", 9.2)
    plan_rows = [["Initial (banding)", fdate(band, "slash"), down, down, round(down * 0.5, 2),
                  round(down * 0.5, 2), "E1"],
                 ["Monthly 1-16", "monthly", round(monthly * 16, 2), round(monthly * 16, 2),
                  round(LMAX - down * 0.5, 2), round(monthly * 16 - (LMAX - down * 0.5), 2), "E1"],
                 ["Monthly 17-24", "monthly", round(monthly * 8, 2), round(monthly * 8, 2), 0.0,
                  round(monthly * 8, 2), "E2"]]
    p.schedule(["Payment", "When", "Billed", "Allowed", "Plan pays (est.)", "You pay (est.)", "Note"], plan_rows,
               [36, 26, 25, 25, 28, 28, 11.9], size=8.2, tot_label="Treatment total")
    p.para(f"E1: the plan pays 50% until the lifetime orthodontic maximum of {money(LMAX)} is reached. E2: after "
           f"the maximum, the practice bills you. Monthly installment: {money(monthly)}. This estimate is not a "
           "promise of payment; each installment is paid when billed, under the plan on that day.", 8.6)
    p.para(f"Practice billing is handled by {BILL}. Questions: {phone(rng)}, TTY 711.", 8.6)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=kid, cases=[est],
              service_dates=[band.isoformat()], denial_date=nd.isoformat(), provider=orth,
              alternates={"insurer": ALT, "provider": [PRAC], "service_dates": [[]], "claim_amount": [m2(fee)]})
    return out(p), t


def phone_es(rng):
    kid, mom, orth, sig = people(rng, 4)
    m = mid(rng) + "-03"
    v = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    inv = f"{digits(rng, 6)}"
    bal = amount(rng, 1100, 1500)
    p = DZSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Paciente", kid), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n),
             ("Factura del consultorio", inv)], label_w=50, size=9.6, h=5.0)
    p.ln(2)
    p.para(f"Estimada {mom}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')}, {PRAC} nos cobró de una sola vez el saldo del tratamiento de ortodoncia de "
           f"{kid}, {es_amount(bal)}, en lugar de las cuotas mensuales que quedaban. El Dr. {orth} atiende a "
           f"{kid} en el consultorio.", 10)
    p.table(["Código", "Servicio", "Cobrado", "Pagado por el plan"],
            [["D8670", "Saldo del tratamiento (cuotas 15 a 24)", money(bal), "$0.00"]], [22, 80, 32, 40.9],
            size=8.8, aligns=["L", "L", "R", "R"])
    p.para(f"No pagamos este cobro. Su plan paga ortodoncia hasta un máximo de {money(LMAX)} en toda la vida del "
           f"paciente. Con las cuotas que ya pagamos, {kid} llegó a ese máximo. Cobrar el saldo de una vez no cambia "
           "el máximo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 60 días a partir de la fecha de esta carta. Las revisiones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=kid, cases=[n],
              claim_amount=m2(bal), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=orth,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [PRAC]}, denial_alternates=["other"])
    return out(p), t


def rotated_coding(rng):
    kid, dad, orth, cons, sig = people(rng, 5)
    m = mid(rng) + "-02"
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(20, 30))
    n = clm(rng)
    ref = f"CS-{digits(rng, 7)}"
    acct = f"{digits(rng, 6)}"
    b = 1450.00
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "dmy"), 10)
    for ln in [dad, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.rpairs([(kid, "Patient"), (m, "Member ID"), (n, "Claim"), (ref, "Call reference (your call of "
              f"{fdate(plus(nd, -6), 'slash')})"), (acct, "Account at the practice")], val_w=50, size=9.4)
    p.para(f"Dear {dad}:", 10)
    p.para(f"{PRAC2} sent a claim for the start of braces for your child on {fdate(v, 'long')}, with Dr. {orth}, "
           f"under code D8090, treatment of the adult dentition. It asked us to pay {money(b)} for the initial "
           "banding.", 10)
    p.para(f"Your child is 13 and still has some baby teeth, and the X-rays sent show the adolescent dentition. "
           f"Dr. {cons}, our dental consultant, found the code does not fit the patient; braces for a child this "
           "age are billed as D8080. We have not paid this claim as sent. If the practice sends a corrected claim, "
           "we will look at it again.", 10)
    p.para("If you disagree, you may appeal within 65 days of the date of this letter. Your practice may also ask "
           f"for a review for you. Questions: {phone(rng)}, TTY 711.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "coding_error", insurer=INS, group=None, member_id=m, member_name=kid, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=orth,
              appeal_deadline=plus(nd, 65).isoformat(), alternates={"insurer": ALT, "provider": [PRAC2]})
    return out(p), t


def lowres_oon(rng):
    kid, dad, orth, old, sig = people(rng, 5)
    m = mid(rng) + "-03"
    d1 = dt.date(2026, 3, rng.randint(2, 9))
    d2 = plus(d1, 28)
    nd = plus(d2, rng.randint(14, 24))
    due = dt.date(2026, 6, 30)
    n = clm(rng)
    tr = f"TR-{digits(rng, 6)}"
    newp = "Eastfield Smiles Orthodontics"
    b = 210.00
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [dad, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Patient: {kid}    Member ID: {m}    Group: {GROUP}\nClaim No.: {n}    Transfer record: {tr}", 9.6)
    p.para(f"Dear {dad}:", 10)
    p.para(f"After your family moved, {kid}'s braces treatment went on at {newp} with Dr. {orth}; the braces were "
           f"started by Dr. {old} at {PRAC}. {newp} billed us for two monthly visits, on {fdate(d1, 'long')} and "
           f"{fdate(d2, 'long')}, {money(b)} each, {money(2 * b)} in all.", 10)
    p.para(f"{PLAN} pays orthodontic installments only to orthodontists who have a contract with us. {newp} has "
           "none, so we did not pay these visits. Two orthodontists in our network are within 15 miles of your new "
           "address; Member Services can help you move the treatment.", 10)
    p.para(f"If you want us to look at this again, send your appeal by {fdate(due, 'long')}. Call {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=kid, cases=[n], claim_amount=m2(2 * b), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=nd.isoformat(), provider=orth, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "provider": [newp], "plan_id": [None]})
    return out(p), t


def finefax_stack(rng):
    kid, mom, orth, cons, sig = people(rng, 5)
    m = mid(rng) + "-02"
    nd = dt.date(2026, 5, rng.randint(4, 22))
    pl = plus(nd, rng.randint(20, 40))
    req = f"PD-26-{digits(rng, 5)}"
    conf = f"{digits(rng, 9)}"
    fee = 3200.00
    fax = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  HARLOWE CREST ORTHO REVIEW  {phone(rng, '402')}  P{{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Orthodontic Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.grid([[("Patient", kid), ("Member ID", m), ("Request no.", req)],
            [("Orthodontist", f"Dr. {orth}"), ("Practice", PRAC2), ("Fax confirmation", conf)]], size=8.8)
    p.para(f"Dear {mom}:", 10)
    p.para(f"Dr. {orth} asked us to approve a second phase of braces (D8080, fee {money(fee)}) for {kid}, to start "
           f"on {fdate(pl, 'long')}. {kid} had a first phase with an expander in 2024.", 10)
    p.para(f"Dr. {cons}, an orthodontist who reviews for us, looked at the new records. The bite is within the "
           "normal range and the front teeth line up with less than 2 mm of crowding. A second phase is not "
           "needed to correct how the teeth work together, so the plan will not pay for it.", 10)
    p.para("You may appeal no later than 180 calendar days after the date of this notice. An urgent review is "
           "decided within 72 hours, but a request for braces is rarely urgent.", 10)
    p.para(f"Sincerely,\n{sig}\nOrthodontic Review", 10)
    d_a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, group=None, member_id=m,
                         member_name=kid, cases=[req], claim_amount=m2(fee), service_dates=[pl.isoformat()],
                         denial_date=nd.isoformat(), provider=orth, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [PRAC2], "claim_amount": [None],
                                     "service_dates": [[]]}))
    pat, par, orth2, tc = people(rng, 4)
    m2_ = mid(rng) + "-02"
    sd = dt.date(2026, 6, rng.randint(2, 18))
    acct = f"SDB-{digits(rng, 6)}"
    inv = f"INV-{digits(rng, 5)}"
    dates = [dt.date(2026, mo, 1) for mo in (3, 4, 5)]
    q = DZSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(BILL, "SDB", [f"Billing service for {PRAC}  |  {phone(rng, '531')}  |  Tax ID "
                              f"{digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=12)
    q.addr_pair("Responsible party", [par, *address(rng)], "Patient", [pat, f"Account {acct}", f"Invoice {inv}",
                                                                        f"Orthodontist Dr. {orth2}"])
    rows = []
    for i, d in enumerate(dates):
        ins = 0.0 if i == 2 else 92.50
        rows.append([fdate(d, "slash"), "D8670", f"Installment {14 + i} of 24", 185.00, 185.00, ins, 185.00 - ins,
                     "INS MAX" if i == 2 else ""])
    tot = q.schedule(["Date", "Code", "Description", "Charge", "Contract fee", "Insurance paid", "Your part",
                      "Note"], rows, [22, 16, 46, 20, 22, 24, 20, 9.9], size=8.2, tot_label="Totals")
    q.para(f"Statement date {fdate(sd, 'slash')}. Pay {money(tot[3])} by {fdate(plus(sd, 21), 'slash')}. "
           f"{INS} ({m2_}) reports that the orthodontic maximum is used up, so the May installment and later ones "
           f"are yours. Payment plan questions: {tc}, treatment coordinator.", 8.8)
    d_b = (out(q), truth("other", None, insurer=INS, member_id=m2_, member_name=pat,
                         claim_amount=m2(tot[0]), service_dates=[d.isoformat() for d in dates],
                         denial_date=sd.isoformat(), provider=orth2, unscored=["insurer"],
                         alternates={"provider": [PRAC, BILL], "member_id": [None], "claim_amount": [None]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_patients_installment_past_lifetime_max", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "bd_family_eob_payment_schedule_son_installment_13_refused", "born_digital", [bd_family_eob(rng)]),
        Item(F + "photocopy_pretreatment_payment_schedule_estimate", "photocopy", [photocopy_estimate(rng)]),
        Item(F + "phone_es_saldo_pagado_de_una_vez_maximo_alcanzado", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_adult_code_billed_for_child_coding_error", "rotated", [rotated_coding(rng)]),
        Item(F + "lowres_new_orthodontist_after_move_out_of_network", "scan_lowres_150", [lowres_oon(rng)]),
        Item(F + "finefax_stack_cover_phase_two_not_needed_then_billing_statement_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
