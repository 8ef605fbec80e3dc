"""An invented hearing benefit manager (Amberlow Hearing Benefits) that runs the hearing exam, hearing aid, battery and
repair benefit of several employers' plans (a logistics company, a school district trust, a machinists' welfare
fund, a county plan) and pays audiology clinics, mostly Tamsin Creek Audiology, whose claims a billing service
(Ledgerline Audiology Billing) sends. Remittances to the clinic list several patients of different employers, each
with their own group number. CPT and HCPCS codes appear as themselves; the manager, the employers, their plans,
rules and time limits, the clinics, the online dispenser, every person, number and address are invented. Reasons
are put in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_remittance_four_patients_second_pair_within_36_months: a landscape remittance on a standard fax to the
  clinic: four patients of four employer plans (billed / allowed / paid / pt resp columns and totals); the second
  patient's pair of hearing aids pays 0.00 under remark H36, explained only in the legend (a pair already paid
  within 36 months: not_covered, other accepted); the earlier claim number in the legend, EFT and remit numbers,
  payee NPI and TIN as decoys.
- born_digital_fact_box_online_dispenser_no_agreement: a letter to a member with a fact box at the right: hearing
  aids bought from an online dispenser that has no agreement with the manager (out_of_network); the testing
  audiologist only in a sentence; order and serial numbers as decoys; a billed / allowed / paid / you owe ledger;
  "by <date>".
- photocopy_captions_under_boxes_repair_billed_as_new_aid: a photocopied claim decision form with captions under
  the boxes ("Dt of Notice", "Mbr ID", "Ref/ICN", "Svc Dt(s)", "Amt Billed", "Submitted by (billing svc)"): a
  repaired aid billed with the code for a new one (coding_error); "within 120 days after the date at the top of this
  form".
- phone_es_caja_de_datos_audifonos_sin_aprobacion: a photographed Spanish letter with a fact box: premium-level
  aids fitted before anyone asked the manager to approve them (prior_authorization); "dentro de 90 días de la
  fecha de esta carta"; the amount in the Spanish way and in a ledger.
- rotated_member_statement_exam_and_aids_paid: a member's explanation of hearing benefits fed sideways: exam, aids
  and ear impressions paid (denies nothing).
- lowres_second_aid_for_ear_that_hears_normally: a 150 dpi letter: the doctor at an ENT practice asked for two aids
  but one ear tests in the normal range (medical_necessity); the refused amount only in a sentence.
- clean_stack_late_claim_duplex_then_tinnitus_device_appeal_sideways: a letter on a claim the billing service sent
  after 180 days (timely_filing; the last day printed in a box), its blank duplex back, then, fed sideways, an
  appeal decision keeping the refusal of a tinnitus sound generator as still unproven (experimental; only
  external review left: no deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famed import EASheet, es_money, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "hearing_benefit_manager_multi_employer_audiology_remittance"
LANG = "en"
SEED = 355003
INS = "Amberlow Hearing Benefits"
ALT = ["Amberlow"]
CLINIC = "Tamsin Creek Audiology"
BILLER = "Ledgerline Audiology Billing"
ONLINE = "Soundpost Hearing Outlet"
PLANS = [("Ferncastle Logistics Employee Health Plan", "FCL-2210"),
         ("Orland Valley Unified School District Health Trust", "OVU-0415"),
         ("Marrick Tool & Die Welfare Fund", "MTD-7730"),
         ("Cobbler's Reach County Employees Plan", "CRC-5102")]


def address(rng):
    city, st_, z = rng.choice([("Medford", "OR", "975"), ("Chico", "CA", "959"), ("Redding", "CA", "960"),
                               ("Klamath Falls", "OR", "976"), ("Roseburg", "OR", "974"), ("Eureka", "CA", "955")])
    st = rng.choice(["Quail Run Rd", "Larkmead Ave", "Oxbow Ct", "Tamarack Dr", "Old Mill Spur", "Bristlecone Way"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city}, {st_} {z}{rng.randint(10, 99)}"]


def mid(rng):
    return f"AHB{digits(rng, 9)}"


def clm(rng):
    return f"H26{digits(rng, 3)}-{digits(rng, 5)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def aud(name: str) -> str:
    return f"{name}, Au.D."


def head(p: EASheet, rng, unit="Member Services"):
    p.logo_head(INS, "AHB", [f"Hearing benefit manager for employer health plans  |  {unit}",
                             f"PO Box {rng.randint(2000, 9800)}, Sacramento CA 95812-{digits(rng, 4)}  |  "
                             f"{phone(rng)}  |  TTY 711  |  Fax {phone(rng, '916')}"], size=14)


def faxstd_remit(rng):
    pats = people(rng, 4)
    auds = people(rng, 2)
    rd = dt.date(2026, 4, rng.randint(7, 23))
    specs = [("92557", "Audiometry, comprehensive", 150, 220, 0),
             ("V5261 x2", "Hearing aids, binaural BTE", 4200, 5600, 1),
             ("V5266 x4", "Batteries, 4 cards", 40, 70, 0),
             ("V5014", "Repair, out of warranty", 260, 420, 0)]
    rows, info = [], []
    tot = [0.0] * 4
    for i, (pt, (code, desc, lo, hi, den)) in enumerate(zip(pats, specs)):
        plan, g = PLANS[i]
        d = plus(rd, -rng.randint(12, 34))
        n, m = clm(rng), mid(rng)
        who = auds[i % 2]
        b = amount(rng, lo, hi)
        al = 0.0 if den else round(b * rng.choice([0.7, 0.75, 0.8]), 2)
        pr = 0.0 if den else (20.0 if code == "92557" else round(al * 0.2, 2))
        pd = 0.0 if den else round(al - pr, 2)
        vals = [b, al, pd, pr]
        tot = [a + x for a, x in zip(tot, vals)]
        last, first, mi = pt.split()[-1], pt.split()[0], pt.split()[1].rstrip(".")
        rows.append([n, f"{last.upper()}, {first.upper()} {mi}", m, g, fdate(d, "short"), who.split()[-1].upper(),
                     code, *[money(x, "nosign") for x in vals], "H36" if den else "P0"])
        info.append((pt, who, n, m, g, d, b))
    rows.append(["TOTALS", "", "", "", "", "", "", *[money(x, "nosign") for x in tot], ""])
    fax = f"{rd.strftime('%m/%d/%Y')}  {rng.randint(6, 9)}:{rng.randint(10, 59)} AM  AMBERLOW HB REMIT  " \
          f"{phone(rng, '916')}  p{{n}}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payments")
    p.title_bar("REMITTANCE ADVICE - HEARING BENEFITS", "AHB-RA-4  (one line per claim; several employer plans)")
    p.capstrip([("PAYEE", CLINIC), ("PAYEE NPI", npi(rng)), ("TIN", f"68-{digits(rng, 7)}"),
                ("REMIT DT", fdate(rd, "short")), ("REMIT #", f"R{digits(rng, 7)}"), ("EFT #", digits(rng, 12)),
                ("SUBMITTER", BILLER)], [50, 27, 26, 22, 26, 34, 74.4])
    p.ln(3)
    p.table(["Claim #", "Patient", "Mbr ID", "Grp", "Svc Dt", "Rend. Aud.", "Proc", "Billed", "Allowed", "Paid",
             "Pt Resp", "Rmk"], rows, [25, 36, 26, 20, 17, 24, 19, 20, 20, 20, 18, 14.4], size=7.2,
            aligns=["L"] * 7 + ["R"] * 4 + ["C"], bold_last=True)
    pt, who, n, m, g, d, b = info[1]
    prev = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    p.para(f"**Rendering audiologists:** {aud(auds[0])} (NPI {npi(rng)}); {aud(auds[1])} (NPI {npi(rng)}).", 7.8)
    p.para("**Remarks.** P0: paid at the employer plan's allowance; Pt Resp is the patient's copay or "
           "coinsurance. H36: the patient's employer plan pays for one pair of hearing aids in any 36 months. A "
           f"pair for this patient was paid on {fdate(prev, 'slash')} (claim H24{digits(rng, 3)}-{digits(rng, 5)}), "
           "so this pair is not allowed. The patient may be billed for it only with a signed, dated waiver from "
           "before the fitting.", 7.8)
    p.para("Reconsideration requests must be received within 90 days of the Remit Dt. Fax them with the audiogram "
           f"to Provider Payments, {phone(rng, '916')}.", 7.8)
    t = truth("eob", "not_covered", insurer=INS, group=g, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=aud(who),
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC]}, denial_alternates=["other"])
    return out(p), t


def born_online(rng):
    member, tester, sig = people(rng, 3)
    plan, g = PLANS[0]
    m = mid(rng)
    ex = dt.date(2026, 2, rng.randint(2, 12))
    v = plus(ex, rng.randint(10, 18))
    nd = plus(v, rng.randint(28, 40))
    dl = plus(nd, 120)
    n = clm(rng)
    b = amount(rng, 2600, 3900)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.heading("Your hearing aid claim", 12.5)
    facts = [("Member", member), ("Member ID", m), ("Employer plan", plan), ("Group", g), ("Claim no.", n),
             ("Dispenser's order no.", f"SP-{digits(rng, 8)}"),
             ("Aid serial nos.", f"{digits(rng, 7)}L / {digits(rng, 7)}R"),
             ("Claim received", fdate(plus(v, 6), "slash"))]
    paras = [f"Dear {member}:",
             f"{aud(tester)} at {CLINIC} tested your hearing on {fdate(ex, 'long')} and wrote that hearing aids in "
             f"both ears would help. We paid that visit. On {fdate(v, 'long')} you bought a pair of aids from "
             f"{ONLINE}, which sold them on its website and fitted them by video. {ONLINE} sent us a claim for "
             f"{money(b)}.",
             f"{ONLINE} has never signed an agreement with Amberlow to serve members of your employer's plan. Your "
             "plan's hearing aid benefit is paid only when the aids come from a dispenser that has, and the plan "
             "has no benefit for aids from other sellers. So nothing is paid on this claim.",
             f"The list of dispensers that do have an agreement, including {CLINIC}, is at the back of your plan "
             "booklet and on our website."]
    p.fact_letter(facts, paras, title="Claim facts", box_w=60, size=9.4)
    p.ledger([("V5261 hearing aids, binaural, BTE", b, 0.0, 0.0, b)], total=None)
    p.bar("ASKING US TO LOOK AGAIN")
    p.para(f"Send us a written appeal by {fdate(dl, 'long')}. Include anything that shows the dispenser has an "
           "agreement with us or that no dispenser with one was within 60 miles of your home. A decision on an "
           "urgent appeal comes within 72 hours; after our decision you may ask for an independent review.", 9.4)
    p.para(f"Sincerely,\n{sig}\nMember Services, {INS}\nfor the {plan}", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=g, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=ONLINE,
              appeal_deadline=dl.isoformat(), alternates={"insurer": ALT + [plan]})
    return out(p), t


def photocopy_coding(rng):
    member, who, sig = people(rng, 3)
    plan, g = PLANS[2]
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(3, 20))
    nd = plus(v, rng.randint(22, 35))
    n = clm(rng)
    b = amount(rng, 1650, 2300)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claim Review")
    p.title_bar("CLAIM DECISION  -  MEMBER AND PROVIDER COPY", "AHB-CD-9 (01/26)")
    p.under([(fdate(nd, "dmy"), "Dt of Notice"), (n, "Ref/ICN"), (m, "Mbr ID"), (g, "Grp")],
            [40, 52, 48, 42])
    p.under([(member, "Member name"), (plan, "Employer plan")], [62, 120])
    p.under([(fdate(v, "dmy"), "Svc Dt(s)"), ("V5257 RT", "Proc billed"), (money(b), "Amt Billed"),
             ("$0.00", "Amt Allowed")], [40, 52, 48, 42])
    p.under([(aud(who), "Rendering audiologist"), (CLINIC, "Clinic"), (BILLER, "Submitted by (billing svc)")],
            [68, 52, 66])
    p.under([(f"{digits(rng, 7)}R", "Aid serial no. (on claim)"), (npi(rng), "Clinic NPI"),
             (fdate(plus(nd, 1), "dmy"), "Printed")], [68, 52, 66])
    p.ln(2)
    p.section("1", "What was billed")
    p.para(f"{CLINIC} sent a claim for a new right-ear hearing aid (V5257) fitted on {fdate(v, 'dmy')} by "
           f"{aud(who)}, and its billing service asked for {money(b)}.", 9.4)
    p.section("2", "What we found")
    p.para("The serial number on the claim is the one on the aid we paid for in 2023. The clinic's notes say the "
           "aid came back from the maker with a new receiver and a new case. That work is a repair of the old aid, "
           "and repairs are billed with the repair code (V5014) and the maker's invoice. The claim used the code "
           "for a brand-new aid, so it cannot be paid as sent. A corrected claim with the repair code will be "
           "looked at under the repair benefit.", 9.4)
    p.section("3", "If you disagree")
    p.para("The member or the clinic may ask for a review within 120 days after the date at the top of this form "
           "(the Dt of Notice). Send the corrected claim or your reasons to Claim Review at the address "
           f"above, or fax {phone(rng, '916')}.", 9.4)
    p.para(f"Reviewer: {sig}", 8.6)
    t = truth("denial_letter", "coding_error", insurer=INS, group=g, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=aud(who),
              appeal_deadline=plus(nd, 120).isoformat(), alternates={"insurer": ALT + [plan], "provider": [CLINIC]})
    return out(p), t


def phone_es(rng):
    member, who, sig = people(rng, 3)
    plan, g = PLANS[1]
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(4, 24))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 5200, 6900)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    head(p, rng, "Servicios al Afiliado")
    p.para(fdate(nd, "long", "es"), 9.8)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.heading("Sus audífonos de nivel premium", 12)
    facts = [("Afiliado(a)", member), ("Nº de afiliado", m), ("Plan del empleador", plan), ("Grupo", g),
             ("Nº de reclamo", n), ("Fecha de adaptación", fdate(v, "long", "es")),
             ("Confirmación de su llamada", f"C-{digits(rng, 7)}")]
    paras = [f"Estimado(a) {member}:",
             f"El {fdate(v, 'long', 'es')}, {aud(who)}, de {CLINIC}, le adaptó dos audífonos de nivel premium "
             f"(nivel 3). La clínica nos cobró {es_money(b)} por los dos.",
             "Su plan paga audífonos de nivel básico y estándar sin trámites. Los de nivel premium se pagan solo "
             "cuando la audióloga nos envía el audiograma y nos pide el visto bueno antes de adaptarlos, y "
             "nosotros lo damos. No recibimos ninguna solicitud antes de la fecha de adaptación, así que no "
             "pagamos este reclamo.",
             "La clínica puede enviarnos ahora el audiograma y las notas; si los revisamos y estamos de acuerdo, "
             "volveremos a procesar el reclamo."]
    p.fact_letter(facts, paras, title="Datos del reclamo", box_w=60, size=9.3)
    p.ledger([("V5261 audífonos (par), nivel premium", b, 0.0, 0.0, b)],
             heads=("Servicio", "Cobrado", "Permitido", "Pagado", "Usted debe"), total=None)
    p.bar("SI NO ESTÁ DE ACUERDO")
    p.para("Puede apelar dentro de 90 días de la fecha de esta carta. Si su salud corre peligro, pida una apelación "
           "urgente; la decidimos en 72 horas. Después puede pedir una revisión independiente.", 9.3)
    p.para(f"Atentamente,\n{sig}\nServicios al Afiliado, {INS}", 9.3)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=g, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=aud(who), appeal_deadline=plus(nd, 90).isoformat(), lang="es",
              alternates={"insurer": ALT + [plan], "provider": [CLINIC]})
    return out(p), t


def rotated_paid(rng):
    member, who = people(rng, 2)
    plan, g = PLANS[3]
    m = mid(rng)
    v = dt.date(2026, 5, rng.randint(4, 20))
    sd = plus(v, rng.randint(18, 26))
    n = clm(rng)
    lines = [("92557", "Hearing test, comprehensive", amount(rng, 160, 210), "copay"),
             ("V5275 x2", "Ear impressions", amount(rng, 60, 90), "coins"),
             ("V5261", "Hearing aids, binaural BTE (standard)", amount(rng, 3100, 3900), "coins")]
    rows, tot = [], [0.0] * 4
    for code, desc, b, kind in lines:
        al = round(b * 0.72, 2)
        owe = 25.0 if kind == "copay" else round(al * 0.2, 2)
        pd = round(al - owe, 2)
        vals = [b, al, pd, owe]
        tot = [a + x for a, x in zip(tot, vals)]
        rows.append([fdate(v, "slash"), code, desc, *[money(x, "nosign") for x in vals]])
    rows.append(["", "", "Claim total", *[money(x, "nosign") for x in tot]])
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, "Member Statements")
    p.title_bar("EXPLANATION OF HEARING BENEFITS", "This is not a bill")
    p.addr_pair("Mailed to", [member, *address(rng)], "Your plan",
                [plan, f"Group {g}", f"Member ID {m}", f"Statement date {fdate(sd, 'abbr')}"], split=0.48)
    p.grid([[("Claim number", n), ("Claim received", fdate(plus(v, 5), "abbr"))],
            [("Audiologist", aud(who)), ("Clinic (paid)", CLINIC)]], size=8.6)
    p.table(["Svc date", "Code", "What you received", "Billed", "Allowed", "Plan paid", "You owe"], rows,
            [22, 20, 62, 19, 19, 19, 17.9], size=8.2, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"We paid {CLINIC} {money(tot[2])}. The {money(tot[3])} you owe is your copay for the test and 20% "
           "coinsurance for the aids and impressions. Your next hearing aid benefit is available 36 months after "
           "this fitting. Batteries are covered up to 4 cards a year.", 9)
    t = truth("eob", None, insurer=INS, group=g, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot[0]), service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=aud(who),
              alternates={"insurer": ALT + [plan], "provider": [CLINIC]})
    return out(p), t


def lowres_mednec(rng):
    member, ent, sig = people(rng, 3)
    plan, g = PLANS[0]
    m = mid(rng)
    ex = dt.date(2026, 2, rng.randint(2, 14))
    v = plus(ex, rng.randint(14, 28))
    nd = plus(v, rng.randint(30, 40))
    n = clm(rng)
    one = amount(rng, 1700, 2300)
    b = round(one * 2 + amount(rng, 120, 180), 2)
    practice = "Shasta Foothills Ear, Nose & Throat"
    p = EASheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Clinical Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Member ID {m}  |  Group {g}  |  Claim no. {n}  |  Audiogram of {fdate(ex, 'slash')}", 9.2)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {ent} at {practice} asked us to pay for two hearing aids fitted on {fdate(v, 'long')}, one for "
           f"each ear. The practice's bill for the pair and the fitting came to {money(b)}.", 10)
    p.para("We paid for the left aid and the fitting. We did not pay for the right aid. On your hearing test the "
           "right ear heard every tone at 20 decibels or softer and understood 96 percent of the words, which is "
           "normal hearing. An aid in an ear that hears normally does not improve what you hear, so the plan "
           f"does not pay for it. The amount not paid is {money(one)}.", 10)
    p.para("You may appeal within 180 days of the date on this notice. Send any later hearing test or a letter from "
           f"Dr. {ent.split()[-1]}. Call {phone(rng)} (TTY 711) with questions.", 10)
    p.para(f"Sincerely,\n{sig}, Au.D., Clinical Reviewer\n{INS}, for the {plan}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=g, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=ent, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT + [plan], "provider": [practice], "claim_amount": [m2(one)]})
    return out(p), t


def clean_stack(rng):
    member, who, sig = people(rng, 3)
    plan, g = PLANS[3]
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 16))
    rec = plus(v, rng.randint(190, 205))
    nd = plus(rec, rng.randint(8, 14))
    dl = plus(nd, 60)
    n = clm(rng)
    b = amount(rng, 180, 260)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Member ID", m), ("Group", g), ("Claim", n)],
            [("Billing service batch", f"LB-{digits(rng, 6)}"), ("Claim received", fdate(rec, "slash")),
             ("Last day to ask for a review", fdate(dl, "slash"))]], size=9)
    p.para(f"Dear {member}:", 10)
    p.para(f"{BILLER} sent us a claim from {CLINIC} for your hearing test and tympanometry with {aud(who)} on "
           f"{fdate(v, 'long')}: {money(b)} in all (92557 and 92550).", 10)
    p.para(f"Clinics that serve the {plan} send their claims to us within 180 days after the visit. This claim "
           "came in after that time had passed, so it was not paid. The clinic has an agreement with us and may "
           "not bill you for it.", 10)
    p.para("If the clinic can show it sent the claim in time, it or you may ask for a review by the date in the box "
           "above.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims, {INS}", 10)
    d1 = (out(p), truth("denial_letter", "timely_filing", insurer=INS, group=g, member_id=m, member_name=member,
                        cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                        provider=aud(who), appeal_deadline=dl.isoformat(),
                        alternates={"insurer": ALT + [plan], "provider": [CLINIC]}))
    member2, who2, md, ext = people(rng, 4)
    plan2, g2 = PLANS[1]
    m2_ = mid(rng)
    v2 = dt.date(2026, 2, rng.randint(2, 20))
    nd2 = plus(v2, rng.randint(75, 95))
    n2 = clm(rng)
    ap = f"AP-{digits(rng, 6)}"
    b2 = amount(rng, 2400, 3300)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Appeals")
    q.para(fdate(nd2, "upper"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.idstrip([("Appeal", ap), ("Claim", n2), ("Member ID", m2_), ("Group", g2)], 8.8)
    q.heading("Our answer to your appeal", 12)
    q.para(f"Dear {member2}:", 10)
    q.para(f"You asked us to pay for the tinnitus sound generator that {aud(who2)} of {CLINIC} fitted on "
           f"{fdate(v2, 'abbr')} (V5299), billed at {money(b2)}. Dr. {md}, our medical director, and an outside "
           f"ear specialist, Dr. {ext}, read your appeal, the audiologist's letter and the studies she sent.", 10)
    q.para("The studies so far do not show that these devices quiet tinnitus any more than sound therapy and "
           "counselling alone, which your plan does pay for. Until better studies show they work, the plan treats "
           "them as still being tested. We are keeping our first answer.", 10)
    q.para("This was the last appeal with us. You may ask for an independent external review within four months "
           "of this letter; fast external reviews are decided within 72 hours.", 10)
    q.para(f"Sincerely,\nAppeals Unit, {INS}", 10)
    d2 = (out(q), truth("denial_letter", "experimental", insurer=INS, group=g2, member_id=m2_, member_name=member2,
                        cases=[ap, n2], claim_amount=m2(b2), service_dates=[v2.isoformat()],
                        denial_date=nd2.isoformat(), provider=aud(who2), appeal_deadline=None,
                        alternates={"insurer": ALT + [plan2], "provider": [CLINIC],
                                    "case_numbers": [[ap], [n2]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_four_patients_second_pair_within_36_months", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_fact_box_online_dispenser_no_agreement", "born_digital", [born_online(rng)]),
        Item(F + "photocopy_captions_under_boxes_repair_billed_as_new_aid", "photocopy", [photocopy_coding(rng)]),
        Item(F + "phone_es_caja_de_datos_audifonos_sin_aprobacion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_member_statement_exam_and_aids_paid", "rotated", [rotated_paid(rng)]),
        Item(F + "lowres_second_aid_for_ear_that_hears_normally", "scan_lowres_150", [lowres_mednec(rng)]),
        Item(F + "clean_stack_late_claim_duplex_then_tinnitus_device_appeal_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
