"""An invented commercial plan (Hemlock Saddle Health Plan) refusing overnight in-lab sleep studies (CPT 95810 /
95811) because a home sleep apnea test should come first, with the sleep centre's own bill. CPT/HCPCS codes and
CARC codes appear as themselves; the plan, its rules and time limits, the sleep centres, every person, number and
address are invented. The reason is put in the writer's own words in each file.

Documents (8 in 7 files):
- bd_eob_four_claims_in_lab_row_home_test_first: a landscape member EOB of four claims (sleep medicine visit,
  in-lab study, reading physician, pulmonary function test); the in-lab row pays 0.00 under CARC 50 / plan
  remark SL3 (a home test first). Plan year, DOB, deductible, check number as decoys.
- faxstd_two_page_pre_service_letter_to_sleep_center: a two-page pre-service letter on a standard fax, member
  block on page 1, the request told in sentences on page 2 under a running header with the letter ID.
- phone_es_prosa_titulacion_cpap_sin_aprobacion: a photographed Spanish letter: a CPAP titration night nobody
  asked approval for, facts only in sentences.
- rotated_sleep_center_statement_labels_right: the sleep centre's patient statement fed sideways, labels to the
  right of their values; denies nothing.
- lowres_three_page_appeal_upheld_home_test_first: a three-page appeal decision at 150 dpi; the study, claim and
  bill told in sentences on page 2 (running header); second level within 60 days.
- photocopy_labels_under_split_night_billed_no_cpap: a photocopied claim notice with labels under the values: a
  split-night code billed when the record shows CPAP was never started.
- clean300_stack_home_test_approval_then_out_of_network_upside_down: an approval of a home sleep apnea test
  (denies nothing), its duplex back, then a letter refusing an in-lab study at a centre outside the network, fed
  upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrb import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "polysomnography_in_lab_sleep_study_home_test_first_denial"
LANG = "en"
SEED = 353201
INS = "Hemlock Saddle Health Plan"
ALT = ["Hemlock Saddle"]
PLAN = "HS Select PPO 2500"
GROUP = "HS-204718"
LAB = "Larkspur Ridge Sleep Center"
LC_MN = ["medical_necessity"]


def hs_id(rng):
    return f"HSW{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 2)}{rng.randint(100, 365)}-{digits(rng, 6)}"


def dob(rng):
    return dt.date(rng.randint(1958, 1995), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Missoula MT 59806-{digits(rng, 4)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, sleepdoc, reader, pulm = people(rng, 4)
    mid = hs_id(rng)
    d0 = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 14))
    night = plus(d0, rng.randint(9, 16))
    sd = plus(night, rng.randint(28, 40))
    src = [(d0, d0, "Bitterroot Sleep Medicine", f"Dr. {sleepdoc}", "99204 New patient visit", amount(rng, 260, 380),
            False),
           (night, plus(night, 1), LAB, LAB, "95810 Sleep study, in lab", amount(rng, 2600, 3900), True),
           (night, plus(night, 1), "Bitterroot Sleep Medicine", f"Dr. {reader}", "95810-26 Reading",
            amount(rng, 280, 420), False),
           (plus(d0, 3), plus(d0, 3), "Clark Fork Pulmonary", f"Dr. {pulm}", "94010 Breathing test",
            amount(rng, 90, 160), False)]
    rows, claims = [], []
    for a, b, bill, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), bill, rend, svc, money(c, "nosign"), "0.00",
                         "0.00", "0.00", "50, SL3"])
        else:
            al = round(c * rng.uniform(0.5, 0.72), 2)
            you = round(al * 0.2, 2)
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), bill, rend, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - you, "nosign"), money(you, "nosign"), "45"])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Enrollee ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Issued", fdate(sd, "long"))], [56, 40, 36, 44, 81.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$910.00 of $2,500.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Payment", f"Check {digits(rng, 8)} to providers")],
               [62, 66, 40, 89.4])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Billed by", "Performed by", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Codes"], rows, [25, 17, 17, 46, 40, 40, 16, 15, 15, 15, 11.4], size=7.6,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 45: the charge is more than the contracted amount; you do not owe the difference. 50 / SL3: "
           "for an adult with snoring and daytime sleepiness and no heart, lung or nerve disease, a sleep test done "
           "at home is tried first. The overnight study in the sleep lab is covered when the home test cannot be "
           "used or does not give an answer. The records sent do not show either.", 8.4)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. External review: within 4 months after our final decision.", 8.4)
    i = 1
    t = truth("eob", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[i]], claim_amount=m2(src[i][5]), service_dates=[span(night, plus(night, 1))],
              denial_date=sd.isoformat(), provider=LAB, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=LC_MN,
              alternates={"insurer": ALT, "plan_id": [None], "service_dates": [[night.isoformat()]]})
    return out(p), t


def faxstd_two_page(rng):
    patient, sleepdoc, md = people(rng, 3)
    mid = hs_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    rcv = plus(nd, -rng.randint(3, 6))
    planned = plus(nd, rng.randint(9, 20))
    um = f"UM{digits(rng, 8)}"
    lid = f"LTR-{digits(rng, 7)}"
    fax = (f"{nd.strftime('%m/%d/%y')} 15:{rng.randint(10, 59)}  HSHP UTIL MGMT  406-555-{digits(rng, 4)}  "
           f"-> {LAB.upper()}  #{{n}}")
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax, run_head=f"Letter ID {lid}  |  {patient}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("PRE-SERVICE COVERAGE DECISION", 12.5, "B")
    p.ln(2)
    p.pairs([("Letter ID", lid), ("Printed", fdate(plus(nd, 1), "slash"))], label_w=30, size=9.4)
    p.ln(2)
    p.addr_pair("To the member", [patient, *address(rng)], "Copy to",
                [LAB, "Attn: Authorizations", f"Fax 406-555-{digits(rng, 4)}"])
    p.pairs([("Enrollee ID", mid), ("Group", GROUP), ("Date of birth", fdate(dob(rng), "slash"))], label_w=30,
            size=9.4)
    p.ln(3)
    p.para("This letter is about a service your doctor asked us to approve before it is done. Please read the next "
           "page for what was asked, what we decided and why.", 10)
    p.para("How to read this letter: dates are written month/day/year, for example 04/01/2026. Amounts, if any, "
           "are in U.S. dollars. If you need this letter in another language or format, call us.", 9.4)
    p.taglines()
    p.add_page()
    p.para(f"Dr. {sleepdoc} of {LAB} asked us on {fdate(rcv, 'long')} to approve an overnight sleep study in the "
           f"sleep lab (95810), to be done on {fdate(planned, 'long')}. We are handling the request as number {um}. "
           f"The decision was made on {fdate(nd, 'long')}.", 10)
    p.para("**We did not approve the study in the lab.** The notes say you snore, wake up tired and your partner "
           "has seen you stop breathing at night. You have no heart failure, lung disease, nerve or muscle disease, "
           "and you do not use oxygen or opioid pain medicine. For someone like you, a sleep apnea test done at "
           "home with a small recorder is the first step; it answers the question in most people. The lab study "
           "is approved when the home test cannot be done or does not give a clear answer.", 10)
    p.para(f"Your doctor can ask for a home sleep apnea test (95806 or G0399) instead, and it does not need our "
           f"approval. Dr. {md}, a sleep medicine doctor, made this decision; your doctor may call to talk with "
           f"Dr. {md} at 1-866-555-{digits(rng, 4)}.", 10)
    p.bar("IF YOU DISAGREE", 9.4)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. If waiting could seriously "
           "harm your health, ask for an urgent appeal; we answer within 72 hours. You may ask for an external "
           "review within 4 months after our final decision.", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[um], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=sleepdoc,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=LC_MN,
              alternates={"insurer": ALT, "provider": [LAB]})
    return out(p), t


def phone_es(rng):
    patient, sleepdoc = people(rng, 2)
    mid = hs_id(rng)
    night = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(night, rng.randint(30, 45))
    billed = amount(rng, 2900, 4200)
    n = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("DECISIÓN SOBRE SU RECLAMO", 12.5, "B")
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"La noche del {fdate(night, 'long', 'es')} usted durmió en {LAB}, donde la Dra. {sleepdoc} le hizo "
           f"un estudio para ajustar la presión de su máquina CPAP (95811). El centro nos cobró {money(billed)} y "
           f"registramos el reclamo con el número {n}. No lo pagamos.", 10)
    p.para("Por qué: su plan pide que el médico o el centro nos pida aprobación antes de un estudio de sueño en el "
           "laboratorio. Nadie nos la pidió para esa noche. Como la falta de aprobación no es culpa suya, el centro "
           "no le puede cobrar a usted este monto.", 10)
    p.para(f"Su número de miembro es {mid}. Recibimos el reclamo el {fdate(plus(night, 9), 'slash')}. Su estudio "
           f"en casa de {fdate(plus(night, -30), 'slash')} sí se pagó.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud corre peligro, pida una "
           "apelación urgente (72 horas). Puede pedir una revisión externa dentro de 4 meses después de nuestra "
           f"decisión final. Llame al 1-866-555-{digits(rng, 4)} (TTY 711).", 9.4)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[span(night)], denial_date=nd.isoformat(), provider=sleepdoc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [LAB]})
    return out(p), t


def rotated_statement(rng):
    patient, sleepdoc, spouse = people(rng, 3)
    mid = hs_id(rng)
    night = dt.date(2026, 2, rng.randint(2, 24))
    bd = plus(night, rng.randint(45, 60))
    lines = [("95810", "Polysomnography, attended, technical", amount(rng, 2200, 3100)),
             ("95810-26", "Interpretation and report", amount(rng, 300, 420)),
             ("A7034", "Mask fitting supplies", amount(rng, 40, 90))]
    total = round(sum(x[2] for x in lines), 2)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(LAB, "LRSC", [f"{rng.randint(100, 9800)} Ridgeview Pkwy, Helena MT 59601-{digits(rng, 4)}  |  "
                              f"Billing 406-555-{digits(rng, 4)}  |  Tax ID 81-{digits(rng, 7)}"],
                box="PATIENT STATEMENT", size=12)
    p.addr_pair("Responsible party", [spouse, *address(rng)], "Pay to",
                [f"{LAB} Billing", f"PO Box {rng.randint(2000, 9000)}", f"Great Falls MT 59403-{digits(rng, 4)}"])
    p.right_labels([(fdate(bd, "abbr"), "Statement date"), (f"LR-{digits(rng, 7)}", "Account"),
                    (patient, "Patient"), (f"{fdate(night, 'slash')} (overnight)", "Date of study"),
                    (f"Dr. {sleepdoc}", "Interpreting physician"), (f"{INS}  {mid}", "Insurance"),
                    ("Denied - plan wants home test first; appeal filed", "Insurance status"),
                    (fdate(plus(bd, 30), "slash"), "Please pay by")], val_w=100, size=9)
    p.ln(3)
    p.table(["Code", "Description", "Charge"], [[c, d, money(a, "nosign")] for c, d, a in lines] +
            [["", "TOTAL CHARGES", money(total)]], [30, 110, 39.9], size=8.8, aligns=["L", "L", "R"],
            bold_last=True)
    p.pairs([("Insurance paid", "(0.00)"), ("Adjustments", "(0.00)"), ("Balance", money(total))], label_w=45,
            size=9.2)
    p.ln(2)
    p.para("Your insurance has not paid this study. We have sent an appeal with your sleep history; your account "
           "is on hold for 60 days while it is decided. You do not need to pay now.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(night)], denial_date=bd.isoformat(), provider=LAB, unscored=["insurer"],
              alternates={"provider": [sleepdoc], "member_id": [None]})
    return out(p), t


def lowres_appeal(rng):
    patient, sleepdoc, md = people(rng, 3)
    mid = hs_id(rng)
    night = dt.date(2026, 1, rng.randint(8, 28))
    first = plus(night, rng.randint(30, 40))
    nd = plus(first, rng.randint(35, 50))
    billed = amount(rng, 2500, 3800)
    apl = f"APL-{digits(rng, 7)}"
    n = clm(rng)
    lid = f"HS{digits(rng, 8)}"
    p = DRSheet(footer=None, run_head=f"Appeal decision  {lid}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Matter no.", apl), ("Subscriber number", mid), ("Group", GROUP)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Dear {patient}:", 10)
    p.para("Thank you for your appeal. We have finished our review. The next pages tell you what we looked at, "
           "what we decided and what you can do next.", 10)
    p.para("Your plan year runs from 01/01/2026 to 12/31/2026. This letter is not a bill.", 10)
    p.add_page()
    p.para(f"On the night of {fdate(night, 'long')} you had an overnight sleep study at {LAB}, read by Dr. "
           f"{sleepdoc}. The center billed {money(billed)} and we refused the claim (claim {n}) in our letter of "
           f"{fdate(first, 'long')}. You appealed on {fdate(plus(first, 20), 'long')}.", 10)
    p.para(f"Dr. {md}, a lung and sleep doctor who did not take part in the first decision, read your appeal, the "
           "sleep center's notes and the study report.", 10)
    p.para("**We are keeping our first decision.** Before the study, your notes listed loud snoring, tiredness in "
           "the day and a neck size of 17 inches, and no heart, lung or nerve illness. The plan's sleep testing "
           "policy asks for a home sleep apnea test first in that case. No home test was tried, and nothing in the "
           "notes showed you could not use one. That the study found sleep apnea does not change whether the lab "
           "setting was needed.", 10)
    p.add_page()
    p.line("What you can do next", 11, "B")
    p.ln(1)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
           "an independent external review within 4 months after our final decision. If your health is at risk, "
           f"ask for an urgent review (72 hours). Call 1-866-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, Appeals", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, n], claim_amount=m2(billed), service_dates=[span(night)], denial_date=nd.isoformat(),
              provider=LAB, appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=LC_MN,
              alternates={"insurer": ALT, "provider": [sleepdoc], "case_numbers": [[apl], [n]]})
    return out(p), t


def photocopy_under(rng):
    patient, sleepdoc, tech = people(rng, 3)
    mid = hs_id(rng)
    night = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(night, rng.randint(25, 40))
    billed = amount(rng, 3100, 4400)
    n = clm(rng)
    prev = clm(rng)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims Review")
    p.line("CLAIM NOTICE", 13, "B")
    p.ln(3)
    p.under([("Date of this notice", fdate(nd, "slash")), ("Our file", n), ("Enrollee ID", mid)])
    p.under([("Patient", patient), ("Seen by", f"Dr. {sleepdoc}"), ("Where you got care", LAB)])
    p.under([("Encounter", fdate(night, "slash")), ("Code on the bill", "95811 (split night)"),
             ("Amount the office asked for", money(billed))])
    p.under([("Home test claim (paid)", prev), ("Claims fax", f"406-555-{digits(rng, 4)}"), ("Group", GROUP)])
    p.ln(2)
    p.bar("WHAT WE DECIDED", 9.6)
    p.para("We did not pay this claim as billed. The bill says the night was a split study: testing first, then "
           "CPAP started and adjusted. The sleep technologist's log shows testing all night and no mask put on, "
           f"because the breathing events were too few by 2 a.m. (technologist {tech}). The code billed is for "
           "more than the record shows. The center may send a corrected claim.", 9.6)
    p.bar("IF YOU DISAGREE", 9.6)
    p.para("You may appeal within 180 days of the date of this notice. The center should not bill you more than "
           "your share while the claim is corrected. Form HS-CN-7 (Rev. 02/2026).", 9)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[span(night)], denial_date=nd.isoformat(),
              provider=LAB, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [sleepdoc]})
    return out(p), t


def clean300_stack(rng):
    patient, sleepdoc, other_doc = people(rng, 3)
    mid = hs_id(rng)
    ad = dt.date(2026, 3, rng.randint(2, 20))
    auth = f"AU{digits(rng, 8)}"
    kit = plus(ad, rng.randint(5, 12))
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("COVERAGE APPROVED", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Date", fdate(ad, "long")), ("Approval number", auth), ("Member", patient),
                   ("Enrollee ID", mid), ("Ordering doctor", f"Dr. {sleepdoc}"),
                   ("Service", "G0399 Home sleep apnea test, one night"), ("Pick-up of recorder", fdate(kit, "slash"))])
    p.para("We approved the home sleep test your doctor ordered. The recorder is picked up at the clinic and "
           "returned the next morning. Your usual outpatient testing share applies.", 9.8)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(kit)], denial_date=ad.isoformat(), provider=sleepdoc,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]}))
    nd = plus(ad, rng.randint(40, 60))
    night = plus(nd, -rng.randint(25, 35))
    billed = amount(rng, 2700, 3900)
    n = clm(rng)
    ctr = "Sapphire Flats Sleep Institute"
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.ln(2)
    q.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Dear {patient}:", 10)
    q.para(f"After your home test you went to {ctr} for an overnight study in its lab on "
           f"{fdate(night, 'long')}, ordered by Dr. {other_doc}. The institute sent us a bill for "
           f"{money(billed)}; our claim number is {n}.", 10)
    q.para(f"We did not pay it. {ctr} has no contract with Hemlock Saddle, and your PPO plan pays centres outside "
           f"the network only for emergencies or when we approve it first. {LAB} and two other sleep labs in our "
           "network were able to do the study. Because the center is outside the network, it may bill you.", 10)
    q.para(f"Enrollee ID {mid}. You may appeal within 180 days of the date of this letter. Questions: "
           f"1-866-555-{digits(rng, 4)} (TTY 711).", 10)
    doc2 = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient,
                          cases=[n], claim_amount=m2(billed), service_dates=[span(night)], denial_date=nd.isoformat(),
                          provider=ctr, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [other_doc]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_in_lab_row_home_test_first", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_two_page_pre_service_letter_to_sleep_center", "fax_standard_g4", [faxstd_two_page(rng)]),
        Item(F + "phone_es_prosa_titulacion_cpap_sin_aprobacion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_sleep_center_statement_labels_right", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_three_page_appeal_upheld_home_test_first", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "photocopy_labels_under_split_night_billed_no_cpap", "photocopy", [photocopy_under(rng)]),
        Item(F + "clean300_stack_home_test_approval_then_out_of_network_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
