"""An invented commercial plan (Brindlewood Health Plan) paying a hospital's emergency room claim while refusing
the emergency physicians' group's claim for the same visit (and once the reverse), with the group's and the
hospital's own papers. CPT / revenue codes, the No Surprises Act and CARC/RARC-style notes appear as themselves;
the plan, its limits and rules, Marlow Heights Medical Center, Sentinel Ridge Emergency Physicians, every other
group, doctor, person, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- bd_eob_four_claims_ecg_read_twice: a landscape member EOB of four claims for one ER visit (hospital facility,
  emergency physicians' group, radiology reading, cardiology reading), two to three lines each with claim totals
  and a totals row; the group's ECG-reading line pays 0.00 (CARC 18 / plan note D2: another doctor's reading was
  already paid), its visit line is paid.
- faxstd_provider_notice_group_claim_late: a boxed provider claim notice to the group on a standard fax (NPI,
  tax ID, received date, the hospital's paid claim as decoys): the group's claim reached the plan after the
  contract's 180 days; reconsideration within 60 days of the notice.
- phone_es_cargo_del_hospital_urgencias: a photographed Spanish letter: the hospital's ER facility charge refused
  because the care could have been given in an urgent care centre, the doctors' bill paid; facts in sentences.
- rotated_group_statement_physician_services_only: the group's statement to the patient (treating physician,
  hospital where seen, "the hospital bills separately"), fed sideways; denies nothing.
- lowres_no_labels_car_insurance_first: a 150 dpi letter with no labels: the group's claim after a car crash goes
  first to the car insurer's medical payments coverage; the hospital's claim was paid with that insurer's EOB.
- photocopy_two_page_appeal_critical_care_upheld: a photocopied two-page appeal decision form (small captions,
  grid lines, running header): critical care billed by the group not supported; the case manager, reviewer, PCP and
  hospital named; second level within 60 days of the letter.
- clean300_stack_nsa_reprocessed_then_after_hours_line_upside_down: the plan's letter reprocessing a group claim
  at in-network cost sharing under the No Surprises Act (denies nothing), its duplex back, then a claim detail
  letter whose table refuses the after-hours add-on line (not a covered benefit), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import address, digits, fdate, m2, money, out, plus, truth

FAMILY = "emergency_physician_group_vs_hospital_er_claim_denial"
LANG = "en"
SEED = 353403
INS = "Brindlewood Health Plan"
ALT = ["Brindlewood"]
PLAN = "Brindlewood Select PPO 2000"
GROUP = "40721-0310"
HOSP = "Marlow Heights Medical Center"
EDG = "Sentinel Ridge Emergency Physicians"
RAD = "Marlow Heights Radiology Associates"
CARD = "Kettering Bluff Cardiology"


def bw_id(rng):
    return f"BWD{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}{rng.choice('ACEFHKMNPRWX')}{digits(rng, 6)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1958, hi=2004):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Des Moines IA 50306-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, edoc, rad, card = people(rng, 4)
    mid = bw_id(rng)
    ed = dt.date(2026, 3, rng.randint(2, 26))
    sd = plus(ed, rng.randint(28, 40))
    claims = [
        (HOSP, "ER staff", [("0450 ER visit, level 4", 1840.00), ("0300 Lab panel", 412.50),
                            ("0730 ECG tracing", 186.00)], None),
        (EDG, f"Dr. {edoc}", [("99284 ER physician visit", 645.00), ("93010 ECG reading", 68.00)], 1),
        (RAD, f"Dr. {rad}", [("71046-26 Chest x-ray reading", 92.00)], None),
        (CARD, f"Dr. {card}", [("93010 ECG reading", 64.00)], None),
    ]
    rows, nums, tb, ta, tp, ty = [], [], 0, 0, 0, 0
    den_claim = 1
    for bill, seen, lines, deny in claims:
        n = clm(rng)
        nums.append(n)
        cb = ca = cp = cy = 0
        for j, (svc, b) in enumerate(lines):
            if deny == j:
                al = pd = you = 0.0
                note = "D2"
            else:
                al = round(b * rng.uniform(0.55, 0.75), 2)
                you = round(al * 0.2, 2)
                pd = round(al - you, 2)
                note = "A1"
            cb, ca, cp, cy = cb + b, ca + al, cp + pd, cy + you
            rows.append([n if j == 0 else "", fdate(ed, "slash") if j == 0 else "", bill if j == 0 else "",
                         seen if j == 0 else "", svc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                         money(you, "nosign"), note])
        rows.append(["", "", "", "", "Claim total", money(cb, "nosign"), money(ca, "nosign"), money(cp, "nosign"),
                     money(cy, "nosign"), ""])
        tb, ta, tp, ty = tb + cb, ta + ca, tp + cp, ty + cy
    rows.append(["TOTAL", "", "", "", "", money(tb, "nosign"), money(ta, "nosign"), money(tp, "nosign"),
                 money(ty, "nosign"), ""])
    p = DRSheet(footer="Page {n} of {nb}", footer_left="BHP-EOB-3 (Rev. 01/2026)")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [52, 38, 30, 58, 79.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$1,150.00 of $2,000.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Visit", f"Emergency room, {HOSP}")],
               [52, 56, 40, 109.4])
    p.ln(3)
    p.table(["Claim", "Date", "Billed by", "Seen by", "Service", "Billed", "Allowed", "Plan paid", "You owe",
             "Note"], rows, [24, 17, 54, 42, 44, 17, 16, 16, 15, 12.4], size=7.2,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Notes.** A1: paid under your plan; you owe your coinsurance. D2 (CARC 18, RARC N20): this ECG was "
           f"read and the reading was already paid to {CARD} (claim {nums[3]}). We pay one reading of each tracing. "
           f"{EDG} may not bill you for this line.", 8.4)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. After our final decision you may ask for an external review within 4 months.",
           8.4)
    billed = sum(b for _, b in claims[den_claim][2])
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[nums[den_claim]], claim_amount=m2(billed), service_dates=[ed.isoformat()],
              denial_date=sd.isoformat(), provider=edoc, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [EDG]},
              denial_alternates=["coding_error"])
    return out(p), t


def faxstd_provider_notice(rng):
    patient, edoc, sig = people(rng, 3)
    mid = bw_id(rng)
    ed = dt.date(2026, 1, rng.randint(3, 20))
    rec = plus(ed, rng.randint(205, 220))
    nd = plus(rec, rng.randint(6, 12))
    billed = round(rng.choice([645.0, 712.0, 1085.0]), 2)
    n = clm(rng)
    hn = clm(rng)
    fax = f"{nd.strftime('%m/%d/%y')} 14:{rng.randint(10, 59)}  BRINDLEWOOD PROV SVCS {phone(rng, '515')}  P.{{n}}/1"
    p = DRSheet(footer=None, fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Provider Services - Claims")
    p.line("PROVIDER CLAIM NOTICE", 12.5, "B", align="C")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Claim number", n), ("Date claim received", fdate(rec, "slash"))],
            [("Billing provider", EDG), ("Billing NPI", digits(rng, 10))],
            [("Rendering physician", f"Dr. {edoc}"), ("Rendering NPI", digits(rng, 10)),
             ("Tax ID", f"{rng.randint(20, 49)}-{digits(rng, 7)}")],
            [("Place of service", f"23 - Emergency room, {HOSP}")],
            [("Patient", patient), ("Member ID", mid), ("Patient DOB", fdate(dob(rng), "slash"))],
            [("Date of service", fdate(ed, "slash")), ("Total billed", money(billed)), ("Amount paid", "$0.00")]],
           size=8.4, cap=5.6, h=9.8)
    p.table(["Line", "CPT", "Description", "Billed", "Paid", "CARC"],
            [["1", "99285", "ER physician visit, high", money(billed - 96.0, "nosign"), "0.00", "29"],
             ["2", "12002", "Simple repair 2.6-7.5 cm", money(96.0, "nosign"), "0.00", "29"]],
            [12, 18, 80, 30, 20, 19.9], size=8.4, aligns=["C", "L", "L", "R", "R", "C"])
    p.para("**Reason.** Your participation agreement asks for claims to reach us within 180 days of the date of "
           f"service. This claim reached us on {fdate(rec, 'slash')}, after that time had passed, and we are not "
           f"paying it. Under your agreement the patient may not be billed. The hospital's claim for the same visit "
           f"({hn}) was filed on time and was paid. CARC 29: the time limit for filing has expired.", 9)
    p.para("**Reconsideration.** If you have proof that the claim reached us in time (for example, a clearinghouse "
           "acceptance report dated within the 180 days), ask for a reconsideration within 60 days of the date of "
           f"this notice. Fax {phone(rng, '515')}. Form BHP-PRC-2 (Rev. 03/2026).", 9)
    p.para(f"{sig}, Provider Claims", 9)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[ed.isoformat()], denial_date=nd.isoformat(), provider=edoc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [EDG]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    patient, edoc, sig = people(rng, 3)
    mid = bw_id(rng)
    ed = dt.date(2026, 4, rng.randint(3, 25))
    nd = plus(ed, rng.randint(30, 42))
    billed = round(rng.choice([1460.0, 1725.0, 1988.0]) + 0.5, 2)
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
    p.para(f"El {fdate(ed, 'long', 'es')} usted fue a la sala de emergencias de {HOSP} por dolor de garganta y "
           f"fiebre. Allí lo/la atendió el Dr. {edoc}, de {EDG}. El hospital nos cobró {money(billed)} por el uso de "
           f"la sala de emergencias, y tramitamos ese cargo con el reclamo {n}.", 10)
    p.para("No vamos a pagar el cargo del hospital por la sala de emergencias. Según el expediente, usted llegó "
           "caminando, sus signos vitales eran normales y solo necesitó una prueba rápida y una receta. Esa atención "
           "se podía dar en un centro de atención urgente o en el consultorio de su médico, que cuestan mucho menos. "
           "La factura de los médicos de emergencias sí la pagamos; ese reclamo no cambia.", 10)
    p.para(f"Su número de miembro es {mid}.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si creía que era una emergencia, "
           "díganos por qué; tomamos en cuenta lo que una persona prudente habría pensado. Las apelaciones urgentes "
           "se deciden en 72 horas.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[ed.isoformat()], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [edoc]}, denial_alternates=["medical_necessity"])
    return out(p), t


def rotated_group_statement(rng):
    patient, guar, edoc = people(rng, 3)
    mid = bw_id(rng)
    ed = dt.date(2026, 2, rng.randint(3, 25))
    sd = plus(ed, rng.randint(40, 60))
    acct = f"SR{digits(rng, 7)}"
    b1, b2 = 712.0, 184.0
    total = b1 + b2
    paid = round(total * 0.52, 2)
    owe = round(total * 0.11, 2)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(EDG, "SREP", [f"Billing office  PO Box {rng.randint(2000, 9000)}, Cedar Rapids IA 52406  |  "
                              f"{phone(rng, '319')}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [guar, *address(rng)], "Send payment to", [EDG, f"PO Box {rng.randint(2000, 9000)}",
                                                                         "Cedar Rapids IA 52406"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", patient)],
            [("Treating physician", f"Dr. {edoc}"), ("Seen at", f"{HOSP} ER"), ("Insurance", f"{INS} {mid}")]],
           size=8.4)
    p.table(["Date", "CPT", "Description", "Charges"],
            [[fdate(ed, "slash"), "99285", "Emergency physician visit", money(b1, "nosign")],
             [fdate(ed, "slash"), "96374", "IV push, single drug", money(b2, "nosign")],
             ["", "", "Insurance payment", f"-{money(paid, 'nosign')}"],
             ["", "", "Insurance adjustment", f"-{money(total - paid - owe, 'nosign')}"],
             ["", "", "TOTAL CHARGES / PATIENT BALANCE", f"{money(total, 'nosign')} / {money(owe)}"]],
            [26, 18, 100, 35.9], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("This bill is for the emergency physician's services only. The hospital bills separately for the room, "
           "nurses, tests and supplies. Your insurer processed this claim; the balance is your coinsurance. Please "
           f"pay by {fdate(plus(sd, 30), 'slash')}.", 8.8)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[ed.isoformat()], denial_date=sd.isoformat(), provider=edoc, unscored=["insurer"],
              alternates={"provider": [EDG], "member_id": [None]})
    return out(p), t


def lowres_auto(rng):
    patient, edoc, sig = people(rng, 3)
    mid = bw_id(rng)
    ed = dt.date(2026, 3, rng.randint(2, 25))
    nd = plus(ed, rng.randint(45, 60))
    billed = round(rng.choice([884.0, 956.0, 1120.0]) + 0.75, 2)
    ref = f"CB-{digits(rng, 8)}"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Coordination of Benefits")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"After your car accident on {fdate(ed, 'long')}, Dr. {edoc} of {EDG} treated you in the emergency room "
           f"at {HOSP}. The group sent us a bill of {money(billed)}, which we are holding under {ref}.", 10)
    p.para("Your car insurance has medical payments coverage, and under your plan that coverage pays first for "
           "injuries from a car accident. The hospital sent us your car insurer's statement with its claim, so we "
           "paid the hospital. The physicians' group did not, so we are not paying its claim now. When the group "
           "sends us the car insurer's statement, we will look at the claim again.", 10)
    p.para(f"You may appeal within 180 days of the date of this letter. Your member ID is {mid}. Questions: "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nCoordination of Benefits", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[ed.isoformat()], denial_date=nd.isoformat(), provider=edoc,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [EDG]})
    return out(p), t


def photocopy_appeal(rng):
    patient, edoc, pcp, rev, cm = people(rng, 5)
    mid = bw_id(rng)
    ed = dt.date(2026, 2, rng.randint(2, 25))
    nd = plus(ed, rng.randint(70, 90))
    billed = round(rng.choice([1290.0, 1415.0]) + 0.5, 2)
    n = clm(rng)
    ap = f"AP-{digits(rng, 9)}"
    p = DRSheet(footer="BHP-APL-6 (Rev. 02/2026)   Page {n} of {nb}",
                run_hdr=f"{INS}  |  Appeal {ap}  |  Page {{n}} of {{nb}}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("APPEAL DECISION - FIRST LEVEL", 12.5, "B", align="C")
    p.ln(1)
    for ln in [patient, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.capstrip([("Date of decision", fdate(nd, "slash")), ("Appeal no.", ap), ("Appeal received",
                                                                               fdate(plus(nd, -24), "slash"))],
               [50, 70, 63.9])
    p.capstrip([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("DOB", fdate(dob(rng), "slash"))],
               [55, 45, 40, 43.9])
    p.capstrip([("Claim", n), ("Date of service", fdate(ed, "slash")), ("Amount billed", money(billed))],
               [60, 60, 63.9])
    p.capstrip([("Physician billed", f"Dr. {edoc}, {EDG}"), ("Facility", HOSP)], [118, 65.9])
    p.capstrip([("Primary care", f"Dr. {pcp}"), ("Case manager", f"{cm}, RN")], [92, 91.9])
    p.ln(3)
    p.checks("Decision", [(False, "Overturned"), (False, "Partly overturned"), (True, "Upheld")], cols=3)
    p.add_page()
    p.section("1", "What you asked us to review")
    p.para(f"You asked us to pay the critical care line (CPT 99291) that Dr. {edoc} billed for your emergency room "
           "visit. We paid the rest of that visit and the hospital's claim.", 9.4)
    p.section("2", "Why we kept our decision")
    p.para(f"Dr. {rev}, an emergency physician who did not make the first decision, read the ER record. Critical "
           "care is paid when a patient has an illness that threatens life or an organ and the doctor spends at "
           "least 30 minutes treating it. Your blood pressure and oxygen stayed normal, you were treated with fluids "
           "by mouth and went home after four hours. The record does not show critical illness, so critical care "
           "was not medically necessary.", 9.4)
    p.section("3", "What you can do next")
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
           "an external review within 4 months. Urgent reviews are decided within 72 hours.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ap, n], claim_amount=m2(billed), service_dates=[ed.isoformat()], denial_date=nd.isoformat(),
              provider=edoc, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [EDG], "case_numbers": [[ap], [n]]},
              denial_alternates=["coding_error"])
    return out(p), t


def clean300_stack(rng):
    patient, edoc, sig = people(rng, 3)
    mid = bw_id(rng)
    ed = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(ed, rng.randint(40, 55))
    billed = round(rng.choice([780.0, 845.0]) + 0.25, 2)
    n = clm(rng)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", mid), ("Claim", n), ("Visit", f"{fdate(ed, 'slash')}, {HOSP} ER"),
             ("Physician", f"Dr. {edoc}, {EDG}")], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We first processed the emergency physicians' claim for your visit as out of network, so your share was "
           f"higher. Under the No Surprises Act, emergency care is paid at in-network cost sharing. We have "
           f"reprocessed the claim of {money(billed)}: we paid the group, and your share is now your in-network "
           "coinsurance. If you already paid more, the group must refund the difference.", 10)
    p.para(f"You do not need to do anything.\n\n{sig}\nMember Services", 10)
    d1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[n],
                        claim_amount=m2(billed), service_dates=[ed.isoformat()], denial_date=nd.isoformat(),
                        provider=edoc, alternates={"insurer": ALT, "provider": [EDG], "case_numbers": [[]],
                                                   "claim_amount": [None]}))
    patient2, edoc2, sig2 = people(rng, 3)
    mid2 = bw_id(rng)
    e2 = dt.date(2026, 5, rng.randint(2, 22))
    d2d = plus(e2, rng.randint(25, 35))
    n2 = clm(rng)
    lines = [("99284", "ER physician visit, moderate", 645.0), ("99053", "Service 10pm-8am in a 24-hour facility",
                                                                 85.0), ("12001", "Simple repair 2.5 cm or less",
                                                                         210.0)]
    total = sum(b for *_, b in lines)
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM DETAIL", 12.5, "B")
    q.para(fdate(d2d, "long"), 10)
    for ln in [patient2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.grid([[("Member ID", mid2), ("Claim", n2), ("Date of service", fdate(e2, "slash"))],
            [("Billed by", EDG), ("Treating physician", f"Dr. {edoc2}")], [("Where", f"{HOSP} ER")]], size=8.6)
    rows = []
    tp = 0.0
    for code, desc, b in lines:
        if code == "99053":
            rows.append([code, desc, money(b, "nosign"), "0.00", "0.00", "0.00", "NC5"])
        else:
            al = round(b * 0.7, 2)
            tp += round(al * 0.8, 2)
            rows.append([code, desc, money(b, "nosign"), money(al, "nosign"), money(al * 0.8, "nosign"),
                         money(al * 0.2, "nosign"), "A1"])
    rows.append(["", "Total", money(total, "nosign"), "", money(tp, "nosign"), "", ""])
    q.table(["CPT", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"], rows, [16, 74, 20, 20, 18, 18, 13.9],
            size=8.4, aligns=["L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    q.para("NC5: Your plan does not cover a separate charge for care given at night or on a weekend in an emergency "
           "room, which is open at all hours. The visit and the repair were paid. The group may not bill you for "
           "this line.", 9.4)
    q.para("You may appeal within 180 days of the date of this letter.", 9.4)
    q.para(f"{sig2}\nClaims", 9.4)
    d2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid2, member_name=patient2, cases=[n2],
                        claim_amount=m2(total), service_dates=[e2.isoformat()], denial_date=d2d.isoformat(),
                        provider=edoc2, appeal_deadline=plus(d2d, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [EDG]}, type_alternates=["eob"]))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_ecg_read_twice", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_group_claim_late", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "phone_es_cargo_del_hospital_urgencias", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_group_statement_physician_services_only", "rotated", [rotated_group_statement(rng)]),
        Item(F + "lowres_no_labels_car_insurance_first", "scan_lowres_150", [lowres_auto(rng)]),
        Item(F + "photocopy_two_page_appeal_critical_care_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_nsa_reprocessed_then_after_hours_line_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
