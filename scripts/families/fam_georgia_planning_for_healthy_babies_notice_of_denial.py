"""Notices mirrored (structure and plain wording style only) from the papers a Georgia Families care management
organisation sends women enrolled in Planning for Healthy Babies (P4HB), Georgia's family planning and
interpregnancy care program run by the Georgia Department of Community Health (DCH). The program, DCH, its
Interpregnancy Care (IPC) and Resource Mother parts, the state administrative hearing and CPT / CARC codes appear as
themselves; the plan (Altamaha Bend Health Plan), its rules and time limits as written here, every clinic,
doctor, reviewer, advocate, member, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- faxstd_notice_form_ipc_sleep_study_not_a_p4hb_benefit: a notice of denial form on a standard fax, small captions
  over ruled boxes, some split in two ("Date of this notice | Date mailed", "Member name | Medicaid ID"): a sleep
  study asked for under Interpregnancy Care is not a P4HB benefit (not_covered); DOB, received date, reviewer and
  care coordinator as decoys.
- photocopy_landscape_claims_summary_four_claims_ultrasound_out_of_network: a photocopied landscape claims summary
  of four claims, rows running over two lines (billing provider and its town; one date span broken after its
  dash), a totals row; the Alabama imaging centre's pelvic ultrasound pays 0.00 under CARC 242 (out_of_network).
- phone_es_aviso_visitas_despues_de_terminar_cobertura: a photographed Spanish notice: two clinic visits in June
  after P4HB coverage ended when the yearly renewal was not returned (eligibility).
- rotated_approval_twelve_month_pill_supply_filled_three_months_at_a_time: an approval of a 12-month supply of
  birth control pills, dispensed three months at a time (said kindly; denies nothing), fed sideways.
- lowres_letter_iud_replacement_clinic_only_in_sentences: a 150 dpi letter: the clinic and doctor named only in
  sentences, a new IUD "on or about" a date within a year of the last one; the type is left to the reader ("we only
  pay for ... when ...": medical_necessity, not_covered accepted); the medical director as a decoy.
- bd_advocate_letter_quoting_earlier_dental_denial: a legal aid advocate's letter to the plan quoting the plan's
  earlier refusal of IPC dental fillings and asking for an appeal (denies nothing itself).
- scan300_stack_claim_pending_letter_then_claim_blocks_statement_upside_down: a letter saying a claim is pending
  records (denies nothing), its blank duplex back, then upside down a claims statement whose claim numbers head
  blocks of lines; the well-woman visit billed as a new-patient visit is refused (coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddw_famdwa import DWSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "georgia_planning_for_healthy_babies_notice_of_denial"
LANG = "en"
SEED = 354100
INS = "Altamaha Bend Health Plan"
ALT = ["Altamaha Bend"]
PROG = "Planning for Healthy Babies (P4HB)"
CLINIC = "Ochlocknee Springs Women's Health Center"
CLINIC2 = "Tobesofkee Family Medicine"
IMG = "Coosada Ridge Imaging Partners"
SLEEP = "Satilla Pines Sleep Center"
LAB = "Redbud Hollow Clinical Laboratory"
DENT = "Sugar Creek Family Dentistry"


def gaid(rng):
    return digits(rng, 12)


def ref(rng, pre="PA"):
    return f"{pre}-{digits(rng, 4)}-{digits(rng, 6)}"


def clm(rng):
    return f"26{digits(rng, 11)}"


def dob(rng):
    return dt.date(rng.randint(1984, 2006), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def head(p: DWSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A Georgia Families plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Macon GA 31208  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def rights(p: DWSheet, rng, size=8.4, what="notice"):
    p.bar("YOUR RIGHTS", 9.2)
    p.para(f"**Appeal to us.** You may ask {INS} for an appeal within 60 days of the date of this {what}. Call us, "
           "write to us, or use the form on the back. Someone you choose, including your doctor, can appeal for you "
           "with your written permission.", size)
    p.para("**Fast appeal.** If waiting could seriously harm your health, ask for a fast appeal; we decide fast "
           "appeals within 72 hours.", size)
    p.para("**State administrative hearing.** If we keep our decision after your appeal, you may ask for a state "
           "administrative hearing within 120 days of the date of our appeal decision. The Georgia Department of "
           f"Community Health can tell you how. Member Services: {phone(rng)} (TTY 711).", size)


def faxstd_form(rng):
    member, doc, rev, cc = people(rng, 4)
    mid = gaid(rng)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rec, rng.randint(5, 9))
    planned = plus(nd, rng.randint(14, 30))
    r = ref(rng)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  ALTAMAHA BEND UM  {phone(rng, '478')}  P.{{n}}"
    p = DWSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DENIAL", f"{PROG}  |  Form ABH-P4-22 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([(("Date of this notice", "Date mailed"), (fdate(nd, "slash"), fdate(plus(nd, 1), "slash"))),
                (("Member name", "Medicaid ID"), (member, mid))], [W * 0.4, W * 0.6])
    p.capboxes([("Date of birth", fdate(dob(rng), "slash")), ("Program", "P4HB - Interpregnancy Care (IPC)"),
                ("Reference no.", r)], [W * 0.22, W * 0.44, W * 0.34])
    p.capboxes([("Request\nreceived", fdate(rec, "slash")), ("Requesting provider", f"Dr. {doc}"),
                ("Where the service\nwould be given", SLEEP)], [W * 0.2, W * 0.38, W * 0.42])
    p.capboxes([("Service asked for", "Sleep study, attended (95810)"), ("Planned date", fdate(planned, "slash")),
                ("Decision", "DENIED")], [W * 0.5, W * 0.25, W * 0.25])
    p.ln(3)
    p.bar("WHY WE SAID NO", 9.2)
    p.para(f"You are enrolled in {PROG} with Interpregnancy Care. Interpregnancy Care adds primary care visits, "
           "some medicines, case management and limited dental care to family planning. A sleep study is a test "
           "done by a specialist, and tests like it are not among the services P4HB pays for, so we cannot approve "
           f"it. This is not a decision about whether you need the test. {rev}, RN, reviewed the request.", 9)
    p.para(f"Your care coordinator, {cc}, can help you find other ways to get the test, such as a clinic with a "
           "sliding fee. Ask your doctor whether you may qualify for full Medicaid.", 9)
    rights(p, rng, 8.3)
    p.para("If you already get this service and appeal within 10 days of the date mailed, it may continue during "
           "your appeal.", 8.3)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[r],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [SLEEP]})
    return out(p), t


def photocopy_summary(rng):
    member, d1, d2, d3 = people(rng, 4)
    mid = gaid(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    a = plus(sd, -rng.randint(35, 45))
    u = plus(sd, -rng.randint(24, 30))
    lab_d = plus(a, 1)
    pc1 = plus(sd, -rng.randint(18, 22))
    pc2 = plus(pc1, 2)
    n1, n2, n3, n4 = clm(rng), clm(rng), clm(rng), clm(rng)
    b1, b2, b3, b4 = amount(rng, 140, 210), amount(rng, 60, 110), amount(rng, 260, 420), amount(rng, 180, 300)

    def paid(b):
        al = round(b * 0.55, 2)
        return al, al
    a1, p1 = paid(b1)
    a2, p2 = paid(b2)
    a4, p4 = paid(b4)
    rows = [[n1, "Ochlocknee Springs\nWomen's Health Center\nValdosta, GA", f"Dr. {d1}", "Family planning visit\n99214-FP", fdate(a, "slash"),
             money(b1, "nosign"), money(a1, "nosign"), money(p1, "nosign"), "0.00", "1"],
            [n2, f"{LAB}\nValdosta, GA", "-", "Chlamydia / gonorrhea\ntest 87491", fdate(lab_d, "slash"),
             money(b2, "nosign"), money(a2, "nosign"), money(p2, "nosign"), "0.00", "1"],
            [n3, f"{IMG}\nPhenix City, AL", f"Dr. {d2}", "Pelvic ultrasound\n76856", fdate(u, "slash"),
             money(b3, "nosign"), "0.00", "0.00", "0.00", "242"],
            [n4, f"{CLINIC2}\nMacon, GA", f"Dr. {d3}", "IPC primary care\nvisits (2) 99213",
             f"{fdate(pc1, 'slash')} -\n{fdate(pc2, 'slash')}", money(b4, "nosign"), money(a4, "nosign"),
             money(p4, "nosign"), "0.00", "1"]]
    tb = b1 + b2 + b3 + b4
    rows.append(["TOTALS", "", "", "", "", money(tb, "nosign"), money(a1 + a2 + a4, "nosign"),
                 money(p1 + p2 + p4, "nosign"), "0.00", ""])
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    head(p, rng)
    p.title_bar("MEMBER CLAIMS SUMMARY - THIS IS NOT A BILL", f"{PROG}  |  ABH-MCS-3")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Member", member), ("Medicaid ID", mid), ("Statement date", fdate(sd, "slash")),
                ("Claims processed", f"{fdate(plus(sd, -30), 'slash')} to {fdate(plus(sd, -1), 'slash')}")],
               [W * 0.27, W * 0.2, W * 0.18, W * 0.35])
    p.ln(3)
    p.mtable(["Claim number", "Billing provider", "Rendering", "Service / code", "From - To", "Billed", "Allowed",
              "Plan paid", "You owe", "Code"], rows, [30, 48, 34, 38, 24, 17, 16, 16, 15, 10], size=7.6,
             aligns=["L"] * 5 + ["R"] * 4 + ["C"], bold_last=True)
    p.para("**Codes.** 1: paid under your P4HB benefits. 242: not paid. The imaging centre that did this "
           "ultrasound is in Alabama and is not in our network. P4HB pays for care from providers in our Georgia "
           "network, or from others only when we approve it first or in an emergency. We found no approval. Because "
           "the centre is not in our network, ask it not to bill you and call us if it does.", 8.4)
    p.para(f"You may appeal a claim that was not paid within 60 days of the date of this statement. Fast appeals are "
           f"decided within 72 hours. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=member, cases=[n3],
              claim_amount=m2(b3), service_dates=[u.isoformat()], denial_date=sd.isoformat(), provider=IMG,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [d2]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    mid = gaid(rng)
    end = dt.date(2026, 5, 31)
    v1 = dt.date(2026, 6, 2)
    v2 = dt.date(2026, 6, 9)
    nd = plus(v2, rng.randint(20, 30))
    n = clm(rng)
    b = amount(rng, 220, 340)
    p = DWSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE DENEGACIÓN DE PAGO", "Planning for Healthy Babies (P4HB)  |  ABH-P4-22S")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de reclamo", n)], [W * 0.5, W * 0.5])
    p.capboxes([("Nombre de la miembro", member), ("Número de Medicaid", mid)], [W * 0.5, W * 0.5])
    p.capboxes([("Proveedor", CLINIC), ("Cantidad cobrada", money(b))], [W * 0.65, W * 0.35])
    p.ln(3)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.para(f"Estimada {member}:", 10)
    p.para(f"{CLINIC} nos envió un reclamo por sus visitas del 2 de junio de 2026 y el 9 de junio de 2026 con la "
           f"Dra. {doc}. No podemos pagar este reclamo.", 10)
    p.para(f"Su cobertura de {PROG} terminó el {fdate(end, 'long', 'es')}. Cada año hay que renovar la cobertura, y "
           "no recibimos los papeles de renovación a tiempo. Las dos visitas fueron después de esa fecha, cuando "
           "usted no tenía cobertura con nosotros. Si entregó sus papeles de renovación, llámenos: revisaremos el "
           "reclamo si el Departamento de Salud Comunitaria de Georgia (DCH) restablece su cobertura.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones rápidas "
           "se deciden en 72 horas. Después de la apelación puede pedir una audiencia administrativa estatal dentro "
           f"de 120 días. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=CLINIC, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_approval(rng):
    member, doc, pharm = people(rng, 3)
    mid = gaid(rng)
    nd = dt.date(2026, 5, rng.randint(4, 22))
    start = plus(nd, 1)
    stop = dt.date(start.year + 1, start.month, start.day) - dt.timedelta(days=1)
    r = ref(rng, "RX")
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Pharmacy Services")
    p.line("NOTICE OF APPROVAL", 13, "B")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Medicaid ID", mid), ("Approval number", r), ("Prescriber", f"Dr. {doc}"),
             ("Approved", f"{fdate(start, 'slash')} through {fdate(stop, 'slash')}")], label_w=38, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news. Dr. {doc} asked us to cover a full year of your birth control pills, and we approved it. "
           f"Under {PROG}, your pills are covered for the whole period shown above.", 10)
    p.para("One small change from the request: the pharmacy will give you three months of pills at a time instead "
           "of twelve at once. You do not need a new approval or a new prescription for each refill; just ask the "
           f"pharmacy about a week before you run out. Our pharmacist, {pharm}, PharmD, set this up so that a lost "
           "pack is easy to replace.", 10)
    p.para(f"Questions? Call Pharmacy Services at {phone(rng)} (TTY 711). You do not need to do anything else.", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[r],
              service_dates=[f"{start.isoformat()}/{stop.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "service_dates": [[start.isoformat()], []], "case_numbers": [[]]})
    return out(p), t


def lowres_iud(rng):
    member, doc, md, sig = people(rng, 4)
    mid = gaid(rng)
    first = dt.date(2025, rng.randint(8, 11), rng.randint(3, 26))
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(30, 40))
    n = clm(rng)
    b = amount(rng, 780, 1150)
    p = DWSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: claim {n}   Medicaid ID {mid}", 9.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc}'s office at {CLINIC} sent us a claim for {money(b)} for taking out your IUD and putting in "
           f"a new one on or about {fdate(v, 'long')}. We paid for the IUD you got on {fdate(first, 'long')}.", 10)
    p.para("We only pay for a new IUD within twelve months of the last one when the first one came out on its own, "
           "moved out of place, or had to be taken out because of a medical problem. The office notes we have say "
           "the first IUD was in place and working, and do not give a medical reason for changing it. So we did "
           f"not pay this claim. Dr. {md}, our medical director, looked at the notes before we decided.", 10)
    p.para("If the office has notes that show one of those reasons, it may send them to us, or you may appeal. You "
           "can appeal within 60 days of the date of this letter. Fast appeals are decided within 72 hours. After "
           "an appeal you may ask for a state administrative hearing within 120 days of our appeal decision.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def bd_advocate(rng):
    member, adv, dentist = people(rng, 3)
    mid = gaid(rng)
    v = dt.date(2026, 2, rng.randint(9, 26))
    old = plus(v, rng.randint(20, 30))
    ld = plus(old, rng.randint(12, 20))
    r = ref(rng, "CL")
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, "Sweetgum Hollow Legal Aid Project", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Health Benefits Unit  |  {rng.randint(100, 900)} Cotton Ave, Suite 3, Americus GA 31709  |  "
                 f"{phone(rng, '229')}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.para(fdate(ld, "long"), 10)
    p.para(f"Appeals Unit\n{INS}\nPO Box {rng.randint(1200, 9800)}\nMacon GA 31208", 10)
    p.para(f"Re: Request for appeal for {member}, Medicaid ID {mid}", 10)
    p.para("To the Appeals Unit:", 10)
    p.para(f"I represent {member}, who is enrolled in {PROG} with Interpregnancy Care; her signed permission is "
           f"enclosed. On {fdate(old, 'long')} your plan sent her a notice about the claim from {DENT} for the two "
           f"fillings Dr. {dentist} placed on {fdate(v, 'long')} (your claim {r}). The notice said: \"Fillings are "
           "not part of the dental care covered under Interpregnancy Care. Only exams, cleanings and X-rays are "
           "covered.\"", 10)
    p.para("We ask you to look at this again. The dental part of Interpregnancy Care is meant to treat problems "
           "found at the exam, and the fillings were done to treat decay found at her exam that same day. Please "
           "treat this letter as her appeal, which is within the time your notice gives. We also ask that the "
           "dental office not bill her while the appeal is open.", 10)
    p.para(f"Please send your decision to me and to Ms. {member.split()[-1]}. I can be reached at the number above.",
           10)
    p.para(f"Sincerely,\n{adv}\nStaff Attorney", 10)
    p.para("Enclosures: authorization to represent; copy of notice; dental office notes", 8.6)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[r],
              service_dates=[v.isoformat()], denial_date=ld.isoformat(), provider=dentist,
              alternates={"insurer": ALT + [None], "provider": [DENT], "case_numbers": [[]],
                          "service_dates": [[]], "denial_date": [old.isoformat()]})
    return out(p), t


def stack(rng):
    member, doc, sig = people(rng, 3)
    mid = gaid(rng)
    v = dt.date(2026, 5, rng.randint(4, 20))
    rec = plus(v, rng.randint(8, 14))
    ld = plus(rec, rng.randint(5, 9))
    n = clm(rng)
    b = amount(rng, 160, 240)
    p = DWSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(ld, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Medicaid ID", mid), ("Claim number", n), ("Received", fdate(rec, "slash"))], label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received the claim that {CLINIC2} sent us for your visit with Dr. {doc} on {fdate(v, 'long')}, "
           f"for {money(b)}. We have not decided it yet. We asked the office for the visit notes, because the claim "
           "lists a service we need to match with your Interpregnancy Care plan of care.", 10)
    p.para("You do not need to do anything. We will decide within 30 days of the day we get the notes and send you "
           "a letter. This letter is not a denial and is not a bill. If the office asks you to pay, please call us "
           f"at {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t1 = truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[n], claim_amount=m2(b),
               service_dates=[v.isoformat()], denial_date=ld.isoformat(), provider=CLINIC2,
               alternates={"insurer": ALT, "provider": [doc]})
    # the claims statement, claim numbers heading blocks
    member2, d1, d2, d3 = people(rng, 4)
    mid2 = gaid(rng)
    sd = dt.date(2026, 6, rng.randint(8, 24))
    c1, c2, c3 = clm(rng), clm(rng), clm(rng)
    x1 = plus(sd, -rng.randint(30, 40))
    x2 = plus(sd, -rng.randint(20, 28))
    x3 = plus(sd, -rng.randint(10, 16))
    e1, e2 = amount(rng, 120, 180), amount(rng, 40, 70)
    w1, w2 = amount(rng, 210, 290), amount(rng, 25, 45)
    f1 = amount(rng, 95, 140)
    q = DWSheet(footer="Page {n} of {nb}")
    q.set_margins(14, 12, 14)
    q.add_page()
    head(q, rng)
    q.title_bar("CLAIMS STATEMENT", f"{PROG}  |  Statement for {member2}")
    W = q.w - q.l_margin - q.r_margin
    q.capboxes([("Member", member2), ("Medicaid ID", mid2), ("Date of birth", fdate(dob(rng), "slash")),
                ("Statement date", fdate(sd, "slash"))], [W * 0.3, W * 0.24, W * 0.2, W * 0.26])
    q.ln(3)
    al = lambda x: round(x * 0.6, 2)  # noqa: E731
    groups = [
        (f"Claim {c1}   {CLINIC}   Dr. {d1}",
         [[fdate(x1, "slash"), "99213", "Office visit, established", money(e1, "nosign"), money(al(e1), "nosign"), "P1"],
          [fdate(x1, "slash"), "81025", "Urine pregnancy test", money(e2, "nosign"), money(al(e2), "nosign"), "P1"],
          ["", "", "Claim total", money(e1 + e2, "nosign"), money(al(e1) + al(e2), "nosign"), ""]]),
        (f"Claim {c2}   {CLINIC2}   Dr. {d2}",
         [[fdate(x2, "slash"), "99204", "Office visit, new patient", money(w1, "nosign"), "0.00", "R17"],
          [fdate(x2, "slash"), "87624", "HPV test", money(w2, "nosign"), "0.00", "R17"],
          ["", "", "Claim total", money(w1 + w2, "nosign"), "0.00", ""]]),
        (f"Claim {c3}   {LAB}   Dr. {d3}",
         [[fdate(x3, "slash"), "88142", "Pap test, thin layer", money(f1, "nosign"), money(al(f1), "nosign"), "P1"]]),
    ]
    tot = e1 + e2 + w1 + w2 + f1
    paid = al(e1) + al(e2) + al(f1)
    q.claim_rows(["Date", "Code", "Service", "Billed", "Plan paid", "Note"], groups, [26, 20, 70, 26, 26, W - 168],
                 aligns=["L", "L", "L", "R", "R", "C"], size=8.2,
                 total=["", "", "TOTALS", money(tot, "nosign"), money(paid, "nosign"), ""])
    q.para("**Notes.** P1: paid. R17: not paid as billed. The office billed your visit as a new-patient visit, but "
           f"{CLINIC2} saw you as a patient last year, so it was a visit by an established patient. The whole claim "
           "was sent back so the office can bill it again with the right code. You do not owe anything for it.", 8.6)
    q.para(f"To appeal, write to us within 60 days of the statement date. Fast appeals: 72 hours. State "
           f"administrative hearing: 120 days after our appeal decision. Member Services {phone(rng)}, TTY 711.", 8.6)
    t2 = truth("eob", "coding_error", insurer=INS, member_id=mid2, member_name=member2, cases=[c2],
               claim_amount=m2(w1 + w2), service_dates=[x2.isoformat()], denial_date=sd.isoformat(), provider=d2,
               appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [CLINIC2]})
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_notice_form_ipc_sleep_study_not_a_p4hb_benefit", "fax_standard_g4", [faxstd_form(rng)]),
        Item(F + "photocopy_landscape_claims_summary_four_claims_ultrasound_out_of_network", "photocopy",
             [photocopy_summary(rng)]),
        Item(F + "phone_es_aviso_visitas_despues_de_terminar_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_twelve_month_pill_supply_filled_three_months_at_a_time", "rotated",
             [rotated_approval(rng)]),
        Item(F + "lowres_letter_iud_replacement_clinic_only_in_sentences", "scan_lowres_150", [lowres_iud(rng)]),
        Item(F + "bd_advocate_letter_quoting_earlier_dental_denial", "born_digital", [bd_advocate(rng)]),
        Item(F + "scan300_stack_claim_pending_letter_then_claim_blocks_statement_upside_down", "scan_clean_300",
             stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
