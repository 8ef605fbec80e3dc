"""An invented commercial plan (Thornbury Reach Health Plan) deciding a NICU physician group's (Calloway Point
Neonatology Associates) and a hospital's (Wyndemoor Regional Medical Center) claims for newborns' stays, letters
mostly to a parent (the subscriber) about the baby (the patient). CPT, revenue and CARC codes appear as
themselves; the plan, its rules and time limits, the hospital, the group, every doctor, parent, baby, number and
address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_four_babies_initial_critical_care_twice: a landscape remittance to the group on a standard fax,
  one claim a row (rows over two lines: rendering names wrap, one claim has two days), a totals row; the second
  baby's second-day 99468 is refused CO-151 (initial day billed twice; coding_error), the paid first-day claim
  named in the legend as a decoy.
- bd_eob_four_claim_blocks_boarder_nights_after_ready_to_go_home: a born-digital member EOB to the father, four
  claims each headed by its number over its lines; the hospital's nursery nights after the baby was ready to go
  home are refused with no type word ("we pay ... only while the baby needs hospital care"; not_covered).
- photocopy_claim_form_newborn_added_after_31_days: a photocopied claim determination form, captions beside boxes,
  on the neonatologist's care before the baby's late enrollment took effect (eligibility); DOB, subscriber number,
  enrollment received date as decoys; "APPEAL BY" printed.
- phone_es_transfusion_registros_no_recibidos: a photographed Spanish letter to the mother: the hospital's claim for
  a transfusion "la noche del ..." not paid because the records asked for never came (other).
- rotated_claim_acknowledgement_pending_other_coverage: a letter saying the hospital's claim is received and
  pending until the other-coverage form comes back, fed sideways (denies nothing).
- lowres_letter_father_nicu_days_paid_at_special_care_level: a 150 dpi letter: the stay "began on or about" a date,
  the later days (a span over a line break) not paid at the intensive care level (level_of_care); the hospital and
  the neonatologist only in sentences, the plan's medical director as a decoy.
- clean_stack_group_letter_quoting_denial_duplex_then_appeal_decision_upside_down: the group's billing office
  letter to the mother quoting the plan's refusal of RSV antibody shots (denies nothing), its blank duplex back,
  then upside down the plan's appeal decision keeping that refusal (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwf import DWSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "neonatal_intensive_care_physician_group_and_hospital_claim_denial"
LANG = "en"
SEED = 354205
INS = "Thornbury Reach Health Plan"
ALT = ["Thornbury Reach"]
PLAN = "Thornbury Reach Open Access PPO 2500"
GROUP = "TR-629415"
HOSP = "Wyndemoor Regional Medical Center"
NG = "Calloway Point Neonatology Associates"


def sub_id(rng):
    return f"TRH{digits(rng, 9)}"


def clm(rng):
    return f"N{digits(rng, 11)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def address(rng):
    city = rng.choice(["Lancaster PA 176", "York PA 174", "Reading PA 196", "Hanover PA 173"])
    st = rng.choice(["Fox Chase Rd", "Orchard Hill Dr", "W King St", "Millbrook Ln", "Conestoga Ave"])
    return [f"{rng.randint(100, 4990)} {st}", f"{city}{rng.randint(10, 99)}"]


def head(p: DWSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def lastfirst(name):
    first, mid, last = name.split()
    return f"{last.upper()}, {first.upper()} {mid[0]}"


def faxstd_remit(rng):
    names = people(rng, 7)
    babies, docs = names[:4], names[4:]
    rd = dt.date(2026, 6, rng.randint(15, 26))
    rows, info = [], []
    tb = ta = tp = 0.0
    for i, bb in enumerate(babies):
        m = f"{sub_id(rng)}-0{rng.randint(2, 4)}"
        n = clm(rng)
        doc = docs[i % 3]
        d = plus(rd, -rng.randint(14, 30))
        if i == 1:
            b = amount(rng, 1700, 2100)
            rows.append([n, lastfirst(bb), m, fdate(d, "slash"), f"Dr. {doc}", "99468", money(b, "nosign"), "0.00",
                         "0.00", "CO-151"])
            info = (bb, m, n, d, b, doc)
            first_n = clm(rng)
            tb += b
        elif i == 2:
            b1, b2 = amount(rng, 700, 850), amount(rng, 700, 850)
            a1, a2 = round(b1 * 0.64, 2), round(b2 * 0.64, 2)
            rows.append([n, lastfirst(bb), m, f"{fdate(d, 'slash')}\n{fdate(plus(d, 1), 'slash')}", f"Dr. {doc}",
                         "99469\n99469", f"{money(b1, 'nosign')}\n{money(b2, 'nosign')}",
                         f"{money(a1, 'nosign')}\n{money(a2, 'nosign')}", f"{money(a1, 'nosign')}\n{money(a2, 'nosign')}",
                         "1\n1"])
            tb += b1 + b2
            ta += a1 + a2
            tp += a1 + a2
        else:
            b = amount(rng, 1700, 2100) if i == 0 else amount(rng, 380, 460)
            code = "99468" if i == 0 else "99477"
            a = round(b * 0.64, 2)
            rows.append([n, lastfirst(bb), m, fdate(d, "slash"), f"Dr. {doc}", code, money(b, "nosign"),
                         money(a, "nosign"), money(a, "nosign"), "1"])
            tb += b
            ta += a
            tp += a
    rows.append(["TOTALS", "", "", "", "", "", money(tb, "nosign"), money(ta, "nosign"), money(tp, "nosign"), ""])
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  TRHP PROVIDER PAYMENTS  {phone(rng, '717')}  PG {{n}}"
    p = DWSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "TR-PRA-4 (rev. 08/2025)")
    p.capstrip([("PAYEE", NG), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [88, 36, 38, 40, 57])
    p.ln(3)
    p.mtable(["CLM NO.", "PATIENT", "MBR #", "DOS", "RENDERING", "CPT", "AMT BILLED", "ALLOWED", "PAID", "ADJ"],
             rows, [30, 42, 34, 22, 42, 14, 20, 19, 19, 17], size=7.8,
             aligns=["L"] * 6 + ["R"] * 3 + ["C"], bold_rows=(len(rows) - 1,))
    bb, m, n, d, b, doc = info
    p.para(f"**ADJ legend.** 1: paid per contract. CO-151: 99468, the first day of neonatal critical care, is paid "
           f"once for each stay. Your group billed it for this baby's first day on claim {first_n}, which we paid. "
           f"This claim bills 99468 again for the next day, {fdate(d, 'slash')}; later days of critical care are "
           "billed as 99469. Send a corrected claim; the baby's parents may not be billed for this line.", 8.2)
    p.para("Corrected claims and reconsiderations: within 120 days of the remit date. External review and urgent "
           f"appeal limits do not apply to provider reconsiderations. Provider Services {phone(rng)}.", 8.2)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=bb, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 120).isoformat(), alternates={"insurer": ALT, "provider": [NG]})
    return out(p), t


def bd_eob(rng):
    baby, father, mother, neo = people(rng, 4)
    sid = sub_id(rng)
    m = f"{sid}-03"
    born = dt.date(2026, 6, 2)
    ready = dt.date(2026, 6, 8)
    a, b = dt.date(2026, 6, 9), dt.date(2026, 6, 11)
    sd = dt.date(2026, 7, rng.randint(13, 24))
    n1, n2, n3, n4 = clm(rng), clm(rng), clm(rng), clm(rng)

    def paid(x, co=0.2):
        al = round(x * 0.55, 2)
        return [x, al, round(al * (1 - co), 2), round(al * co, 2)]
    r1, r2, r3 = amount(rng, 21000, 26000), amount(rng, 1400, 2200), amount(rng, 2300, 3100)
    g1, g2 = amount(rng, 1700, 2100), amount(rng, 3900, 4600)
    n3a, n3b = amount(rng, 2400, 3000), amount(rng, 120, 260)
    h1 = amount(rng, 160, 240)
    claims = [
        {"first": [n1, HOSP],
         "lines": [[f"{fdate(born, 'slash')} - {fdate(ready, 'slash')}", "0174 NICU, 6 days", *paid(r1), "A1"],
                   ["", "0250 Pharmacy", *paid(r2), "A1"], ["", "0300 Laboratory", *paid(r3), "A1"]]},
        {"first": [n2, NG],
         "lines": [[fdate(born, "slash"), "99468 Neonatal critical care, day 1", *paid(g1), "A1"],
                   [f"{fdate(plus(born, 1), 'slash')} - {fdate(ready, 'slash')}", "99469 x 6 later days", *paid(g2), "A1"]]},
        {"first": [n3, HOSP],
         "lines": [[f"{fdate(a, 'slash')} - {fdate(b, 'slash')}", "0171 Newborn nursery, 3 days", n3a, 0, 0, 0, "NB"],
                   ["", "0250 Pharmacy", n3b, 0, 0, 0, "NB"]]},
        {"first": [n4, HOSP],
         "lines": [[fdate(plus(born, 5), "slash"), "92558 Newborn hearing screen", *paid(h1, 0.0), "A1"]]},
    ]
    p = DWSheet(footer="Page {n} of {nb}", footer_left="TR-EOB-2")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("SUBSCRIBER", father), ("SUBSCRIBER ID", f"{sid}-01"), ("GROUP", GROUP), ("STATEMENT DATE",
                fdate(sd, "slash")), ("PLAN YEAR", "01/01/2026 - 12/31/2026")], [62, 52, 36, 44, 65.4])
    p.capstrip([("PATIENT", baby), ("PATIENT ID", m), ("DATE OF BIRTH", fdate(born, "slash")), ("PLAN", PLAN)],
               [62, 52, 44, 101.4])
    p.ln(3)
    p.claims_table(["Claim no.", "Provider", "Date(s)", "Service", "Billed", "Plan allowed", "Plan paid", "You owe",
                    "Note"], claims, [30, 62, 36, 50, 18, 18, 18, 16, 10], size=7.6)
    tot3 = round(n3a + n3b, 2)
    p.para("**Notes.** A1: paid under your plan; what you owe is your coinsurance. NB: not paid. Your plan pays for "
           "a newborn's days in the hospital only while the baby needs hospital care. Dr. "
           f"{neo} of {NG} wrote on {fdate(ready, 'long')} that {baby} was ready to go home. The three nights after "
           f"that, from June 9 through June 11, 2026, were spent in the nursery while {mother} was still a patient "
           "after her own surgery, so they were not for the baby's care. The hospital may not bill you for them if "
           "it did not tell you before the nights that they would not be paid.", 8.2)
    p.para("You may appeal within 180 days of the statement date. Urgent appeals are decided within 72 hours. "
           "External review may be asked for within 4 months of our final decision. Questions: call the number "
           "above (TTY 711).", 7.9)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=baby, cases=[n3],
              claim_amount=m2(tot3), service_dates=[span(a, b)], denial_date=sd.isoformat(), provider=HOSP,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), b.isoformat()]], "plan_id": [None]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_elig(rng):
    baby, mother, neo, rev = people(rng, 4)
    sid = sub_id(rng)
    m = f"{sid}-02"
    born = dt.date(2026, 3, rng.randint(2, 9))
    a, b = plus(born, 3), plus(born, 9)
    got = plus(born, 48)
    nd = plus(got, rng.randint(18, 26))
    n = clm(rng)
    bill = amount(rng, 5200, 6800)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("EXPLANATION OF CLAIM DECISION", "TR-ECD-6 (rev. 01/2026)")
    for ln in [mother, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("DATE OF NOTICE", fdate(nd, "abbr")), ("APPEAL BY", fdate(plus(nd, 180), "abbr"))],
              [("PATIENT", baby), ("PATIENT ID", m)],
              [("SUBSCRIBER", mother), ("SUBSCR. ID", f"{sid}-01")],
              [("DATE OF BIRTH", fdate(born, "slash")), ("ENROLL. RCVD", fdate(got, "slash"))],
              [("CLAIM NO.", n), ("AMT BILLED", money(bill))],
              [("DOS FROM", fdate(a, "slash")), ("DOS TO", fdate(b, "slash"))],
              [("BILLED BY", NG), ("RENDERING", f"Dr. {neo}")]], cap_w=26, cap=5.6)
    p.para(f"**Decision: not paid.** Your plan covers a newborn from birth when the baby is added within 31 days of "
           f"birth. The form adding {baby} reached us on the date in the ENROLL. RCVD box, 48 days after birth, so "
           "coverage began that day. The group's claim is for neonatal care on the days in the DOS boxes, before "
           "coverage began, and we cannot pay for care given while a person was not covered. If you sent the form "
           "earlier, send us proof of the date and we will look again.", 9)
    p.para(f"Reviewed by {rev}, enrollment and eligibility. Urgent appeals: 72 hours. External review: 4 months "
           f"after our final decision. Member Services {phone(rng)}, TTY 711.", 8.6)
    t = truth("denial_letter", "eligibility", insurer=INS, group=None, member_id=m, member_name=baby, cases=[n],
              claim_amount=m2(bill), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=neo,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [NG], "service_dates": [[a.isoformat(), b.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    baby, mother, neo, sig = people(rng, 4)
    sid = sub_id(rng)
    m = f"{sid}-02"
    d = dt.date(2026, 4, 14)
    asked = dt.date(2026, 5, rng.randint(4, 8))
    nd = plus(asked, 46)
    n = clm(rng)
    bill = amount(rng, 2600, 3400)
    p = DWSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Paciente", baby), ("Número de miembro", m), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"{HOSP} nos envió un reclamo por {money(bill)} por la transfusión de sangre que su bebé recibió en la "
           f"unidad de cuidados intensivos neonatales la noche del 14 de abril de 2026. La ordenó el Dr. {neo}.", 10)
    p.para(f"Para pagar una transfusión necesitamos ver las notas médicas de esa noche. Las pedimos al hospital el "
           f"{fdate(asked, 'long', 'es')} y otra vez dos semanas después, pero no las recibimos en los 45 días "
           "que da su plan. Por eso cerramos el reclamo sin pagarlo. Si el hospital nos envía las notas, "
           "volveremos a revisar el reclamo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=baby, cases=[n], claim_amount=m2(bill),
              service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [neo]})
    return out(p), t


def rotated_pending(rng):
    baby, father, sig = people(rng, 3)
    sid = sub_id(rng)
    m = f"{sid}-02"
    a, b = dt.date(2026, 5, 11), dt.date(2026, 5, 22)
    rec = dt.date(2026, 6, rng.randint(1, 6))
    nd = plus(rec, rng.randint(5, 9))
    n = clm(rng)
    bill = amount(rng, 38000, 52000)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", baby), ("Member ID", m), ("Claim", n), ("Received", fdate(rec, "slash"))], label_w=30,
            size=9.6)
    p.ln(2)
    p.para(f"Dear {father}:", 10)
    p.para(f"We received the claim {HOSP} sent for your baby's stay in its neonatal intensive care unit from "
           f"{fdate(a, 'long')} through {fdate(b, 'long')}. The hospital billed {money(bill)}. "
           "**We have not denied this claim.** It is on hold while we check one thing.", 10)
    p.para("Our records show that your baby may also be covered under another parent's plan. When a child has two "
           "plans, the plans must agree which one pays first. Please fill in the enclosed Other Coverage form and "
           "send it back within 45 days. If we do not hear from you, we will write to you again before we make any "
           "decision on the claim.", 10)
    p.para(f"You do not need to pay the hospital while the claim is on hold. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=baby, cases=[n], claim_amount=m2(bill),
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=HOSP,
              alternates={"insurer": ALT, "case_numbers": [[]], "claim_amount": [None],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def lowres_level(rng):
    baby, father, neo, md, sig = people(rng, 5)
    sid = sub_id(rng)
    m = f"{sid}-04"
    a, r, b = dt.date(2026, 4, 6), dt.date(2026, 4, 13), dt.date(2026, 4, 17)
    nd = dt.date(2026, 5, rng.randint(18, 28))
    n = clm(rng)
    bill = amount(rng, 19000, 24000)
    p = DWSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Utilization Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {baby}, member ID {m}, group {GROUP}, claim {n}", 10)
    p.para(f"Dear {father}:", 10)
    p.para(f"Your son's stay in the newborn intensive care unit began on or about April 6, 2026 and ended when he went "
           f"home with you on {fdate(b, 'long')}. We paid the first claim for his stay in full. This letter is about "
           f"the second claim {HOSP} sent us, for {money(bill)}, for the days from April 13 through April 17, "
           "2026, billed as intensive care.", 10)
    p.para(f"By April 13 your son was breathing on his own, keeping warm in an open crib and learning to feed. The "
           f"notes of Dr. {neo}, the neonatologist who cared for him, show he no longer needed intensive care, only "
           "the closer watching and feeding help of a special care nursery. We therefore paid those days at the "
           "special care nursery rate and did not pay the intensive care charges above it. This was decided by our "
           f"medical director, Dr. {md}.", 10)
    p.para("The hospital is in your plan's network and may not bill you for the difference. If you disagree, you may "
           "appeal within 180 days of the date of this letter; urgent appeals are decided within 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Review\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m, member_name=baby, cases=[n],
              claim_amount=m2(bill), service_dates=[span(r, b)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[r.isoformat(), b.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def clean_stack(rng):
    baby, mother, neo, mgr, md, sig = people(rng, 6)
    sid = sub_id(rng)
    m = f"{sid}-03"
    s1, s2 = dt.date(2026, 1, 5), dt.date(2026, 2, 2)
    dn = dt.date(2026, 3, rng.randint(2, 9))
    gl = plus(dn, rng.randint(12, 18))
    ad = plus(gl, rng.randint(24, 30))
    n = clm(rng)
    apl = f"AP-26-{digits(rng, 6)}"
    acct = f"CPN-{digits(rng, 7)}"
    b1, b2 = amount(rng, 1900, 2300), amount(rng, 1900, 2300)
    bill = round(b1 + b2, 2)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.logo_head(NG, "CPN", [f"Billing Office  |  {rng.randint(100, 990)} Duke St, Lancaster PA 17602  |  "
                            f"{phone(rng, '717')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], size=12)
    p.para(fdate(gl, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", baby), ("Account", acct), ("Insurance", f"{INS}, ID {m}")], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {mother}:", 10)
    p.para(f"You may have had a letter from {INS} about the RSV antibody shots Dr. {neo} gave your baby in our "
           f"follow-up clinic on January 5, 2026 and February 2, 2026. The plan's letter of {fdate(dn, 'long')} on "
           f"claim {n} said: \"We did not pay for these shots because they were given before we approved them.\"", 10)
    p.para("We asked the plan for approval in December and believe the request was lost. We have sent the plan an "
           f"appeal with our fax receipt. Please do not pay the {money(bill)} balance while the appeal is open; we "
           "have put your account on hold. We will write again when the plan decides.", 10)
    p.para(f"Sincerely,\n{mgr}\nBilling Manager, {NG}", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_id=m, member_name=baby, cases=[n], claim_amount=m2(bill),
                         service_dates=[s1.isoformat(), s2.isoformat()], denial_date=gl.isoformat(), provider=neo,
                         unscored=["insurer"],
                         alternates={"case_numbers": [[]], "provider": [NG]}))
    q = DWSheet(footer="Page {n} of {nb}", footer_left="TR-APD-1")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Appeals and Grievances")
    q.title_bar("APPEAL DECISION")
    q.pairs([("Date", fdate(ad, "long")), ("To", mother), ("Patient", baby), ("Member ID", m), ("Group", GROUP),
             ("Appeal number", apl), ("Claim", n)], label_w=38, size=9.4, h=5)
    q.ln(2)
    q.para(f"{NG} appealed on your behalf our decision not to pay for the palivizumab shots (90378) Dr. {neo} gave "
           f"{baby} on {fdate(s1, 'slash')} and {fdate(s2, 'slash')}, billed at {money(bill)}.", 9.6)
    q.para(f"**We are keeping our decision.** Dr. {md}, a pediatrician who had no part in the first decision, "
           "reviewed the appeal. Your plan asks for approval before these shots are given. The group sent us a fax "
           "receipt dated in December, but the number on it is not one of ours, and our records show no request "
           "before the first shot. The group may not bill you for these shots, because asking for approval is its "
           "job as a network provider.", 9.6)
    q.para("This is our final decision. You may ask for an external review by an independent reviewer within 4 "
           "months of this letter. Urgent external reviews are decided within 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 9)
    q.para(f"Sincerely,\n{sig}\nAppeals and Grievances", 9.6)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m,
                         member_name=baby, cases=[apl, n], claim_amount=m2(bill),
                         service_dates=[s1.isoformat(), s2.isoformat()], denial_date=ad.isoformat(), provider=neo,
                         appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [NG], "case_numbers": [[apl], [n]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_four_babies_initial_critical_care_twice", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "bd_eob_four_claim_blocks_boarder_nights_after_ready_to_go_home", "born_digital", [bd_eob(rng)]),
        Item(F + "photocopy_claim_form_newborn_added_after_31_days", "photocopy", [photocopy_elig(rng)]),
        Item(F + "phone_es_transfusion_registros_no_recibidos", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_claim_acknowledgement_pending_other_coverage", "rotated", [rotated_pending(rng)]),
        Item(F + "lowres_letter_father_nicu_days_paid_at_special_care_level", "scan_lowres_150", [lowres_level(rng)]),
        Item(F + "clean_stack_group_letter_quoting_denial_duplex_then_appeal_decision_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
