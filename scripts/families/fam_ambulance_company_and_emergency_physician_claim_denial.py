"""An invented commercial plan (Larkspur Ferry Health Plan) deciding an ambulance company's transport claims
(Redtail Valley Ambulance Service) and the emergency physicians' claims (Copperline Emergency Physicians, at
Harrowgate Regional Medical Center) for the same night, with both parties' papers. HCPCS ambulance codes (A0427,
A0429, A0425), CPT emergency visit codes and CARC codes appear as themselves; the plan, its rules and limits, the
company, the group, the hospital, every doctor, paramedic, person, number and address are invented.

Documents (8 in 7 files):
- faxstd_ambulance_remittance_three_patients_missing_origin_destination_modifier: a landscape provider remittance
  to the ambulance company on a standard fax (payee, tax ID, NPI, EFT trace; RUN # column as a decoy), the middle
  patient's transport and mileage refused CO-4 (no origin/destination modifier; coding_error).
- photocopy_claim_form_transport_not_needed: a photocopied claim determination form with captions beside boxes:
  the ambulance ride judged not needed (walked to the unit, stable; medical_necessity); pickup time near midnight,
  trip number, paramedic and the paid physician claim as decoys.
- bd_member_eob_four_claims_same_night_physician_duplicate: a born-digital member EOB of four claims for one night
  (ambulance, hospital, emergency physician, mileage), the physician's second claim refused as a duplicate (other);
  the first claim's number as a decoy in the legend.
- clean_stack_late_physician_claim_letter_to_parent_then_ambulance_statement_upside_down: a 300 dpi stack: a letter
  to a mother on the emergency physician's claim for her son sent after 120 days (date said in words;
  timely_filing), a blank separator, then upside down the ambulance company's statement after insurance (denies
  nothing).
- phone_es_traslado_a_casa_no_cubierto: a photographed Spanish letter: the ride home from the emergency room by
  ambulance is not covered (not_covered).
- rotated_transfer_without_approval_to_representative: a letter to an authorised representative on the next
  morning's non-emergency transfer to a rehab hospital done without approval, fed sideways (prior_authorization).
- lowres_letter_to_daughter_physician_after_midnight_coverage_ended: a 150 dpi letter to a daughter (caregiver):
  the ambulance picked her father up before midnight (paid) but the physician saw him after midnight, the day
  after his coverage ended (eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famdue import DUSheet, grouped, people, words
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "ambulance_company_and_emergency_physician_claim_denial"
LANG = "en"
SEED = 353804
INS = "Larkspur Ferry Health Plan"
ALT = ["Larkspur Ferry"]
PLAN = "Larkspur Ferry Choice PPO 2000"
GROUP = "LF-730415"
AMB = "Redtail Valley Ambulance Service"
ERG = "Copperline Emergency Physicians"
HOSP = "Harrowgate Regional Medical Center"


def lid(rng):
    return f"LFP{digits(rng, 9)}"


def clm(rng):
    return digits(rng, 12)


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def head(p: DUSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 83707-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


# 1 ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    pats = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    for i, pt in enumerate(pats):
        d = plus(rd, -rng.randint(14, 40))
        n, m, run = clm(rng), lid(rng), f"R{digits(rng, 6)}"
        base, miles = amount(rng, 900, 1500), rng.randint(4, 19)
        mb = round(miles * 18.5, 2)
        b = round(base + mb, 2)
        code = "A0427/A0425" if i != 1 else "A0429/A0425"
        if i == 1:
            rows.append([n, run, pt, m, fdate(d, "slash"), code, str(miles), money(b, "nosign"), "0.00", "0.00",
                         "CO-4"])
        else:
            al = round(b * 0.62, 2)
            rows.append([n, run, pt, m, fdate(d, "slash"), code + "-RH", str(miles), money(b, "nosign"),
                         money(al, "nosign"), money(round(al * 0.8, 2), "nosign"), "1"])
        info.append((pt, n, m, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  LFHP PROVIDER PMT  FAX {phone(rng, '208')}  PG {{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "LF-PRA-2 (rev. 07/2025)")
    p.capstrip([("PAYEE", AMB), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", grouped(digits(rng, 12), 4))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLM NO.", "RUN #", "PATIENT", "MBR #", "DOS", "HCPCS/MOD", "MILES", "AMT BILLED", "ALLOWED", "PAID",
             "ADJ"], rows, [32, 18, 40, 30, 20, 28, 13, 22, 20, 20, 15.9], size=7.4,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"])
    pt, n, m, d, b = info[1]
    p.para("**ADJ legend.** 1: paid per contract. CO-4: the transport (A0429 with mileage A0425) was billed with no "
           "origin and destination modifier. Every ambulance line needs the two-letter modifier that tells where "
           "the ride began and ended (for a ride from a home to a hospital, RH). Send a corrected claim. Not "
           "billable to the patient.", 7.9)
    p.para(f"Corrected claims and reconsiderations: within 90 days of the remit date. Provider Services {phone(rng)}.",
           7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=AMB,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT})
    return out(p), t


# 2 ---------------------------------------------------------------------------------------------------------------
def photocopy_mednec(rng):
    member, medic, erdoc, rev = people(rng, 4)
    m = lid(rng)
    v = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(v, rng.randint(30, 42))
    n = clm(rng)
    ref = "RF" + digits(rng, 8)
    base, miles = amount(rng, 700, 1100), rng.randint(3, 12)
    b = round(base + miles * 18.5, 2)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("EXPLANATION OF CLAIM DECISION", "LF-ECD-5 (rev. 01/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("DATE OF NOTICE", fdate(nd, "abbr")), ("MBR #", m)],
              [("GRP NO.", GROUP), ("PLAN", PLAN)],
              [("CLAIM NO.", grouped(n, 4)), ("REF NO.", ref)],
              [("DOS", fdate(v, "slash")), ("PICKUP", "11:47 PM")],
              [("BILLED BY", AMB), ("TRIP #", f"T-{digits(rng, 7)}")],
              [("AMT BILLED", money(b)), ("AUTH NO.", "NOT REQUIRED")]], cap_w=27, cap=5.6)
    p.para(f"**Decision: not paid.** {AMB} billed us for a basic life support ambulance ride (A0429, {miles} miles) "
           f"to the emergency room at {HOSP}. The run report written by {medic}, paramedic, says you walked to the "
           "ambulance, your breathing, pulse and blood pressure were normal the whole way, and you needed no care "
           "during the ride. We pay for an ambulance only when travel by car or taxi would put your health at "
           "risk. That was not the case here, so the ride was not medically necessary.", 9)
    p.para(f"The emergency room doctor's claim (Dr. {erdoc}, {ERG}) is a separate claim and was paid.", 9)
    p.para(f"Reviewed by Dr. {rev}, medical director. Appeal within 180 days of the date of this notice. Urgent "
           f"appeals: 72 hours. External review: within 4 months of our final decision. {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n, ref], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=AMB, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "case_numbers": [[n]]})
    return out(p), t


# 3 ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member, erdoc, medic = people(rng, 3)
    m = lid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    sd = plus(v, rng.randint(30, 40))
    n1, n2, n3, n4, n_old = (clm(rng) for _ in range(5))
    a, h, e, mi = amount(rng, 900, 1400), amount(rng, 1800, 3400), amount(rng, 380, 620), amount(rng, 120, 260)
    p = DUSheet(footer="Page {n} of {nb}", footer_left="LF-EOB-1 (rev. 09/2025)")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("STATEMENT DATE", fdate(sd, "long"))],
               [52, 42, 34, 63.9])
    p.ln(3)

    def row(n, prov, code, desc, b, paid, rsn):
        al = round(b * 0.6, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [n, prov, fdate(v, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                money(round(al - pd, 2), "nosign"), rsn]
    p.table(["Claim", "Provider", "Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"],
            [row(n1, AMB, "A0427", "ALS emergency transport", a, True, "P1"),
             row(n2, AMB, "A0425", "Ground mileage", mi, True, "P1"),
             row(n3, HOSP, "0450", "Emergency room", h, True, "P1"),
             row(n4, f"Dr. {erdoc}", "99285", "ER physician visit", e, False, "D7")],
            [27, 44, 18, 13, 33, 14, 14, 13, 14, 11.9], size=7.2, aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para(f"**Notes.** P1: paid under your plan. D7: Dr. {erdoc} of {ERG} sent this claim for the emergency visit "
           f"on {fdate(v, 'long')}. We had already processed the same visit, same doctor and same code under claim "
           f"{n_old}, and paid it on your earlier statement. This claim is a duplicate, so it is not paid. You owe "
           "nothing for it.", 8.4)
    p.para(f"Ambulance crew lead: {medic}, paramedic. Appeal within 180 days of the statement date. Urgent "
           f"appeals: 72 hours. Member Services {phone(rng)}, TTY 711.", 8.2)
    t = truth("eob", "other", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n4],
              claim_amount=m2(e), service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=erdoc,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT, "provider": [ERG]})
    return out(p), t


# 4 ---------------------------------------------------------------------------------------------------------------
def clean_stack(rng):
    child, mother, erdoc, sig = people(rng, 4)
    m = lid(rng)
    v = dt.date(2026, 1, rng.randint(8, 20))
    rec = plus(v, rng.randint(128, 140))
    nd = plus(rec, rng.randint(5, 10))
    n = clm(rng)
    b = amount(rng, 320, 560)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([("Patient", child), ("Member ID", m), ("Group", GROUP), ("Claim", n[:6]), ("", n[6:])])
    p.para(f"Dear {mother}:", 10)
    p.para(f"Your son was brought to the emergency room at {HOSP} by ambulance on the night of {words(v)}, "
           f"{v.year} ({fdate(v, 'slash')}). Dr. {erdoc} of {ERG} treated him there and the group sent us a claim "
           f"for {money(b)}. We received it on {fdate(rec, 'long')}.", 10)
    p.para("The group is in our network, and its contract gives it 120 days from the date of service to send a "
           "claim. This claim came after that, so we did not pay it. The group may not bill you for it. The "
           "ambulance company's and the hospital's claims for that night were paid earlier.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals are "
           f"decided within 72 hours. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    d_a = (out(p), truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=child,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=erdoc, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [ERG]}))
    pt2, guar, medic = people(rng, 3)
    m2_ = lid(rng)
    v2 = dt.date(2026, 6, rng.randint(2, 18))
    sd = plus(v2, rng.randint(35, 45))
    acct = f"RV-{digits(rng, 7)}"
    base, miles = amount(rng, 950, 1400), rng.randint(5, 16)
    mb = round(miles * 18.5, 2)
    tot = round(base + mb, 2)
    paid = round(tot * 0.55, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(AMB, "RVA", [f"{rng.randint(100, 9800)} Depot St, Nampa ID 83651  |  Billing office {phone(rng, '208')}"
                             f"  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=12)
    q.addr_pair("Guarantor", [guar, *address(rng)], "Patient", [pt2, f"Account {acct}", f"Trip crew: {medic}"])
    q.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m2_}"),
             ("PAY BY", fdate(plus(sd, 30), "abbr"))]], size=8.4)
    q.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v2, "slash"), "A0427", "ALS emergency transport", money(base, "nosign"), ""],
             [fdate(v2, "slash"), "A0425", f"Mileage, {miles} miles", money(mb, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    q.para(f"Your insurer has paid its share of the ride to {HOSP}. The balance is your coinsurance as your "
           f"insurer reported it. The emergency physicians ({ERG}) bill separately.", 9)
    d_b = (out(q), truth("other", None, insurer=INS, member_id=m2_, member_name=pt2, claim_amount=m2(tot),
                         service_dates=[v2.isoformat()], denial_date=sd.isoformat(), provider=AMB,
                         unscored=["insurer"], alternates={"member_id": [None]}))
    return [d_a, d_b]


# 5 ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, erdoc, sig = people(rng, 3)
    m = lid(rng)
    v = dt.date(2026, 4, rng.randint(4, 24))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 600, 950)
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", grouped(n, 4))], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"La noche del {fdate(v, 'long', 'es')} la doctora {erdoc} lo atendió en la sala de emergencias de "
           f"{HOSP} y le dio de alta. {AMB} lo llevó después en ambulancia del hospital a su casa y nos cobró "
           f"{money(b)} (A0428).", 10)
    p.para("Su plan paga la ambulancia para llegar a un hospital en una emergencia, o entre hospitales cuando un "
           "médico lo ordena. El viaje de regreso a casa después de recibir el alta no está cubierto por su plan "
           "(vea la sección de servicios excluidos de su folleto). Por eso no pagamos este reclamo. El reclamo de "
           "la sala de emergencias se pagó.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se "
           f"deciden en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=AMB,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


# 6 ---------------------------------------------------------------------------------------------------------------
def rotated_pa(rng):
    member, rep, erdoc, cm, sig = people(rng, 5)
    m = lid(rng)
    v = dt.date(2026, 2, rng.randint(3, 20))
    t_day = plus(v, 1)
    nd = plus(t_day, rng.randint(28, 38))
    n = clm(rng)
    auth = "none on file"
    b = amount(rng, 800, 1300)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [rep, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([("Member", member), ("Member ID", m), ("Claim", grouped(n, 4)), ("Approval no.", auth)])
    p.para(f"Dear {rep}:", 10)
    p.para("We are writing to you as the authorized representative on file for the member named above. "
           f"After the emergency visit on the night of {fdate(v, 'long')}, Dr. {erdoc} arranged a move to Silverbrook "
           f"Rehabilitation Hospital. {AMB} made that ride the next morning, {words(t_day)} "
           f"({fdate(t_day, 'slash')}), and billed us {money(b)}.", 10)
    p.para("A move from one hospital to another that is planned ahead, and is not an emergency, needs our approval "
           "before it happens. Nobody asked us for approval for this ride, so we did not pay it. The ambulance "
           "company is in our network and may not bill the member for it. The emergency ride to the hospital the "
           "night before was paid.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Case manager: {cm}, "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[t_day.isoformat()], denial_date=nd.isoformat(), provider=AMB,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT})
    return out(p), t


# 7 ---------------------------------------------------------------------------------------------------------------
def lowres_elig(rng):
    member, daughter, erdoc, sig = people(rng, 4)
    m = lid(rng)
    end = dt.date(2026, 5, rng.randint(8, 20))
    seen = plus(end, 1)
    nd = plus(seen, rng.randint(30, 40))
    n = clm(rng)
    ref = "EL" + digits(rng, 7)
    b = amount(rng, 420, 690)
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You wrote to us as the caregiver of your father, {member}, about two bills from the night his coverage "
           "ended. "
           f"His coverage under group {GROUP} (member ID {m}) ended at the end of the day on {fdate(end, 'long')}, "
           "when his job ended.", 10)
    p.para(f"{AMB} picked him up at 11:40 that night and took him to {HOSP}. The ride was on the last day of his "
           f"coverage, and we paid it. Dr. {erdoc} of {ERG} first saw him at 12:25 in the morning, on "
           f"{words(seen)} ({fdate(seen, 'slash')}), after his coverage had ended. The group's claim {n} for "
           f"{money(b)} is for that visit, so we could not pay it. Our reference for your letter is {ref}.", 10)
    p.para("If he had other coverage from that day, the group may send the claim there. If you disagree, you may "
           f"appeal within 180 days of the date of this letter. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n, ref], claim_amount=m2(b), service_dates=[seen.isoformat()], denial_date=nd.isoformat(),
              provider=erdoc, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ERG], "case_numbers": [[n]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_ambulance_remittance_three_patients_missing_origin_destination_modifier", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "photocopy_claim_form_transport_not_needed", "photocopy", [photocopy_mednec(rng)]),
        Item(F + "bd_member_eob_four_claims_same_night_physician_duplicate", "born_digital", [bd_eob(rng)]),
        Item(F + "clean_stack_late_physician_claim_letter_to_parent_then_ambulance_statement_upside_down",
             "scan_clean_300", clean_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
        Item(F + "phone_es_traslado_a_casa_no_cubierto", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_transfer_without_approval_to_representative", "rotated", [rotated_pa(rng)]),
        Item(F + "lowres_letter_to_daughter_physician_after_midnight_coverage_ended", "scan_lowres_150",
             [lowres_elig(rng)]),
    ]
