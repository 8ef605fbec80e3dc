"""An invented commercial plan (Sorrelmead Health Insurance Company) refusing some of an inpatient rehabilitation
hospital's days after a hip replacement and a stroke, with the attending physiatrist's group's papers and the
hospital's own. Revenue codes, CPT codes, inpatient rehabilitation / skilled nursing as levels of care and external
review appear as themselves; the plan, its guidelines and time limits, the rehab hospital (Wicklow Run
Rehabilitation Hospital), the physiatry group, the acute hospital, every doctor, person, number and address are
invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_eob_three_claims_one_facility_days_line_refused: a landscape member EOB of three claims (the rehab hospital's
  with four lines, the physiatrist's with three, an internist's consult with two); one room-and-board line of the
  hospital's claim (the last days) pays 0.00 under note S2 (a skilled nursing facility could have given the care);
  the rest paid; a totals row; DOB, plan year and other claim decoys.
- faxstd_concurrent_review_parties_box: a two-page concurrent review decision on a standard fax, with a parties box
  (facility, attending/requesting physiatrist, referring surgeon at the acute hospital, plan physician reviewer,
  case manager) and a grid of approved and refused days.
- photocopy_physiatrist_claim_form_duplicate_line: a photocopied claim determination form to the physiatry group
  (small captions, boxes, grid lines): the initial hospital care line was already paid on another claim, so it is
  refused as a duplicate; the other lines paid.
- phone_es_dias_de_espera_cama: a photographed Spanish letter: three days waiting in the rehab hospital for a
  nursing-home bed are not a covered benefit; every fact in sentences.
- rotated_hospital_statement_denies_nothing: the rehab hospital's statement to the patient (denies nothing), sideways.
- lowres_late_corrected_claim: a 150 dpi letter: the hospital's claim for the last days arrived after the plan's
  180-day limit; discharge date and received date decoys.
- clean300_stack_admission_approval_then_extension_not_asked_upside_down: the plan's approval of the admission
  (denies nothing), a blank separator, then a letter refusing the days after the approved end because no one asked
  for more days (fed upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "inpatient_rehab_attending_and_facility_days_denial"
LANG = "en"
SEED = 353402
INS = "Sorrelmead Health Insurance Company"
ALT = ["Sorrelmead Health", "Sorrelmead"]
PLAN = "Sorrelmead Choice PPO 2500"
GROUP = "SM-774215"
HOSP = "Wicklow Run Rehabilitation Hospital"
GRP = "Larchmont Physical Medicine Group"
ACUTE = "Granville Heights Medical Center"
RATE = 2140.0


def sm_id(rng):
    return f"XSM{digits(rng, 9)}"


def clm(rng):
    return f"26{digits(rng, 3)}E{digits(rng, 8)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1946, 1975), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Utilization Management"):
    p.f(14.5, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH 43216-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _hosp_head(p: DRSheet, rng, box=None):
    p.logo_head(HOSP, "WRRH", [f"{rng.randint(100, 9800)} Scioto Bend Pkwy, Dublin OH 43017-{digits(rng, 4)}  |  "
                               f"Patient Accounts {phone(rng, '614')}"], box=box, size=12)


def bd_eob(rng):
    patient, att, intern = people(rng, 3)
    mid = sm_id(rng)
    adm = dt.date(2026, 2, rng.randint(2, 12))
    ok_end = plus(adm, 11)
    d0, d1 = plus(ok_end, 1), plus(ok_end, 5)
    sd = plus(d1, rng.randint(30, 40))
    fac = [("0128 Rehab room & board", adm, ok_end, RATE * 12, True),
           ("0128 Rehab room & board", d0, d1, RATE * 5, False),
           ("0420 Physical therapy", adm, ok_end, amount(rng, 3800, 5200), True),
           ("0430 Occupational therapy", adm, ok_end, amount(rng, 3100, 4600), True)]
    phy = [("99223 Initial hospital care", adm, adm, amount(rng, 380, 460), True),
           ("99232 Subsequent care x9", plus(adm, 1), plus(adm, 10), amount(rng, 1300, 1700), True),
           ("99239 Discharge day", d1, d1, amount(rng, 190, 260), True)]
    con = [("99253 Inpatient consult", plus(adm, 2), plus(adm, 2), amount(rng, 280, 360), True),
           ("93010 ECG reading", plus(adm, 2), plus(adm, 2), amount(rng, 30, 60), True)]
    rows, T = [], [0.0, 0.0, 0.0, 0.0]
    claims = {}
    for bill, rend, lines in ((HOSP, f"Dr. {att}", fac), (GRP, f"Dr. {att}", phy), ("Olentangy Internists",
                                                                                     f"Dr. {intern}", con)):
        n = clm(rng)
        claims[bill] = (n, round(sum(x[3] for x in lines), 2))
        rows.append([n, bill, rend, "", "", "", "", "", "", ""])
        for desc, a, b, c, paid in lines:
            c = round(c, 2)
            if paid:
                al = round(c * rng.uniform(0.55, 0.7), 2)
                you = round(al * 0.2, 2)
                rows.append(["", "", "", desc, fdate(a, "slash"), fdate(b, "slash"), money(c, "nosign"),
                             money(al, "nosign"), money(al - you, "nosign"), money(you, "nosign") + "  P1"])
                T = [T[0] + c, T[1] + al, T[2] + al - you, T[3] + you]
            else:
                rows.append(["", "", "", desc, fdate(a, "slash"), fdate(b, "slash"), money(c, "nosign"), "0.00",
                             "0.00", "0.00  S2"])
                T[0] += c
        rows.append(["", "", "", "Claim total", "", "", money(claims[bill][1], "nosign"), "", "", ""])
    rows.append(["TOTALS", "", "", "", "", "", money(T[0], "nosign"), money(T[1], "nosign"), money(T[2], "nosign"),
                 money(T[3], "nosign")])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [52, 38, 32, 56, 79.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$2,500.00 of $2,500.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Admitted", fdate(adm, "slash"))], [62, 66, 40, 89.4])
    p.ln(3)
    p.table(["Claim", "Billed by", "Attending / rendering", "Service", "From", "Thru", "Billed", "Allowed",
             "Plan paid", "You owe / note"], rows, [27, 49, 31, 38, 17, 17, 19, 18, 19.5, 21.9],
            size=7.2, aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("**Notes.** P1: paid under your plan's inpatient benefit. S2: we reviewed these days while you were in "
           "the hospital. By this time you walked 150 feet with a walker, dressed with little help and needed "
           "therapy about an hour a day; a skilled nursing facility could have given that care. The hospital has a "
           "contract with us and may not bill you for these days.", 8.4)
    p.para("**Your rights.** You may appeal within 180 days of the statement date. Urgent appeals are decided "
           "within 72 hours. After our final decision you may ask for an external review within 4 months.", 8.4)
    n, tot = claims[HOSP]
    t = truth("eob", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(tot), service_dates=[span(d0, d1)], denial_date=sd.isoformat(), provider=HOSP,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [att]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_concurrent(rng):
    patient, att, surg, rev, cm = people(rng, 5)
    mid = sm_id(rng)
    adm = dt.date(2026, 3, rng.randint(2, 14))
    nd = plus(adm, 13)
    ok_end = plus(nd, 1)
    r0, r1 = plus(ok_end, 1), plus(ok_end, 7)
    um = f"UR-{digits(rng, 9)}"
    fax = f"{fdate(nd, 'slash')} 17:{rng.randint(10, 59)} SORRELMEAD UM {phone(rng, '614')} TO WRRH CASE MGMT P.{{n}}/2"
    p = DRSheet(footer=None, fax_hdr=fax, run_hdr=f"Review {um}  |  Page {{n}} of 2")
    p.set_margins(20, 16, 20)
    p.add_page()
    _head(p, rng)
    p.line("CONTINUED STAY REVIEW  -  DECISION", 12.5, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "long")), ("Review number", um), ("Member", patient), ("Member ID", mid),
             ("Group", GROUP), ("Admitted", fdate(adm, "slash"))], label_w=34, size=9.4, h=5)
    p.ln(1)
    p.table(["Role", "Name", "Phone / NPI"],
            [["Facility", HOSP, f"NPI {digits(rng, 10)}"],
             ["Attending physiatrist (requesting)", f"Dr. {att}", f"NPI {digits(rng, 10)}"],
             ["Referring surgeon", f"Dr. {surg}, {ACUTE}", phone(rng, "614")],
             ["Physician reviewer", f"Dr. {rev}, Sorrelmead", phone(rng)],
             ["Case manager", f"{cm}, RN", phone(rng)]], [54, 94, 27.9], size=8.2, row_h=5.2)
    p.grid([[("Days approved", f"{fdate(adm, 'slash')} - {fdate(ok_end, 'slash')}"),
             ("Days asked for", f"{fdate(r0, 'slash')} - {fdate(r1, 'slash')}"), ("Decision on those days", "Not approved")]],
           size=8.8, cap=6)
    p.para(f"Dear {patient} and the care team at {HOSP}:", 10)
    p.para(f"Dr. {att} asked for seven more days of inpatient rehabilitation after your hip replacement at "
           f"{ACUTE}. We approved your stay through {fdate(ok_end, 'long')}. We are not approving the days after "
           "that in the rehabilitation hospital.", 10)
    p.add_page()
    p.heading("Why", 11, rule=True)
    p.para("Inpatient rehabilitation is for people who need, and can take part in, at least three hours of therapy "
           "a day with a doctor closely involved every day. The notes from the last three days show that you walk "
           "with a walker on your own, climb four stairs with a rail, and your pain is controlled with pills. You now "
           "need therapy about one hour a day. That care can safely be given in a skilled nursing facility or with "
           "home health visits. Your case manager can help arrange either one.", 10)
    p.heading("Your rights", 11, rule=True)
    p.para("You may appeal within 180 days of the date of this letter. Because you are still in the hospital, you or "
           "your doctor may ask for an expedited appeal, which we decide within 72 hours. Your doctor may talk with "
           f"Dr. {rev}, who made this decision. After our final decision you may ask for an external review within "
           "4 months.", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nMedical Director, Post-Acute Care", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[um], service_dates=[span(r0, r1)], denial_date=nd.isoformat(), provider=att,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [HOSP], "service_dates": [[r0.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_form(rng):
    patient, att, sig = people(rng, 3)
    mid = sm_id(rng)
    adm = dt.date(2026, 1, rng.randint(12, 26))
    nd = plus(adm, rng.randint(45, 60))
    n, orig = clm(rng), clm(rng)
    lines = [("99223", "Initial hospital care", adm, amount(rng, 380, 460), False),
             ("99232", "Subsequent hospital care", plus(adm, 1), amount(rng, 150, 190), True),
             ("99232", "Subsequent hospital care", plus(adm, 2), amount(rng, 150, 190), True),
             ("99233", "Subsequent hospital care", plus(adm, 3), amount(rng, 210, 260), True)]
    billed = round(sum(x[3] for x in lines), 2)
    p = DRSheet(footer="Page {n} of {nb}", footer_left="SHIC-PCD-4 (Rev. 11/2025)")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM DETERMINATION NOTICE  -  PROFESSIONAL", 12, "B")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Claim number", n), ("Received", fdate(plus(nd, -21), "slash"))],
            [("Billing provider", GRP), ("Rendering provider", f"Dr. {att}"), ("Tax ID", f"31-{digits(rng, 7)}")],
            [("Patient", patient), ("Member ID", mid), ("Place of service", "61 Inpatient rehab")],
            [("Group", GROUP), ("Billing NPI", digits(rng, 10)), ("Total billed", money(billed))]],
           size=8.0, cap=5.6, h=9.6)
    rows = []
    for i, (cpt, desc, d, c, paid) in enumerate(lines, 1):
        if paid:
            al = round(c * rng.uniform(0.6, 0.75), 2)
            rows.append([str(i), fdate(d, "slash"), cpt, desc, money(c, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "A1"])
        else:
            rows.append([str(i), fdate(d, "slash"), cpt, desc, money(c, "nosign"), "0.00", "0.00", "D7"])
    p.table(["Ln", "DOS", "CPT", "Description", "Billed", "Allowed", "Paid", "Code"], rows,
            [9, 24, 16, 56, 19, 19, 19, 17.9 + 0], size=8.4, aligns=["C", "L", "L", "L", "R", "R", "R", "C"])
    p.checks("Line 1 outcome", [(False, "Paid"), (True, "Denied - see code"), (False, "Pended for records")], cols=3)
    p.para(f"**D7.** Line 1 repeats a service we already processed: the same initial hospital visit on the same day "
           f"by the same doctor was paid on claim {orig}. We do not pay it twice. **A1.** Paid at the contracted "
           "rate. The patient may not be billed for line 1.", 8.6)
    p.para("To ask us to reconsider, write within 60 days of the notice date and include a copy of this form and "
           f"any records. Provider Services {phone(rng)}.", 8.6)
    p.para(f"{sig}\nProvider Claims Unit", 8.6)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[adm.isoformat()], denial_date=nd.isoformat(), provider=att,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [GRP]}, type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    patient, daughter, att, sig = people(rng, 4)
    mid = sm_id(rng)
    d0 = dt.date(2026, 4, rng.randint(3, 20))
    d1 = plus(d0, 2)
    nd = plus(d1, rng.randint(30, 45))
    n = clm(rng)
    billed = round(RATE * 3, 2)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, f"a cargo de {daughter}", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"Usted estuvo en {HOSP} bajo el cuidado del Dr. {att}. El médico le dio de alta de la rehabilitación, pero "
           f"usted se quedó del {fdate(d0, 'long', 'es')} al {fdate(d1, 'long', 'es')} esperando una cama en un "
           f"centro de enfermería. El hospital nos cobró {money(billed)} por esos tres días con el reclamo {n}. Su "
           f"número de miembro es {mid}.", 10)
    p.para("Su póliza no cubre los días en el hospital que solo sirven para esperar una cama en otro lugar, cuando "
           "ya no se necesita el cuidado del hospital. Por eso no pagamos esos tres días. El hospital puede cobrarle "
           "esos días solo si usted firmó un aviso antes de quedarse; llame al hospital si tiene dudas.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           "en 72 horas. Puede pedir una revisión externa dentro de 4 meses después de nuestra decisión final.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [att]}, denial_alternates=["level_of_care"])
    return out(p), t


def rotated_statement(rng):
    patient, att = people(rng, 2)
    mid = sm_id(rng)
    adm = dt.date(2026, 3, rng.randint(2, 16))
    dis = plus(adm, 13)
    sd = plus(dis, rng.randint(35, 50))
    acct = f"WR{digits(rng, 8)}"
    rb, pt, ot = round(RATE * 13, 2), amount(rng, 4200, 5600), amount(rng, 3300, 4700)
    tot = round(rb + pt + ot, 2)
    paid = round(tot * 0.52, 2)
    adj = round(tot - paid - 850.0, 2)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _hosp_head(p, rng, box="STATEMENT")
    p.addr_pair("Patient", [patient, *address(rng)], "Remit to",
                [f"{HOSP} Patient Accounts", f"PO Box {rng.randint(2000, 9000)}", f"Columbus OH 43260-{digits(rng, 4)}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Admitted / discharged",
                                                                          f"{fdate(adm, 'slash')} - {fdate(dis, 'slash')}")],
            [("Attending", f"Dr. {att}"), ("Insurance", f"{INS}  {mid}"), ("Due by", fdate(plus(sd, 30), "slash"))]],
           size=8.4)
    p.table(["Rev", "Description", "Units", "Charges"],
            [["0128", "Rehabilitation room and board", "13", money(rb, "nosign")],
             ["0420", "Physical therapy", "", money(pt, "nosign")],
             ["0430", "Occupational therapy", "", money(ot, "nosign")],
             ["", "Total charges", "", money(tot, "nosign")],
             ["", f"Payment - {INS}", "", "-" + money(paid, "nosign")],
             ["", "Contractual adjustment", "", "-" + money(adj, "nosign")],
             ["", "AMOUNT DUE FROM YOU (deductible and coinsurance)", "", "$850.00"]],
            [18, 110, 18, 33.9], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Your insurance has paid this stay. The amount due is your deductible and coinsurance as your insurer "
           "reported them. Payment plans are available; call Patient Accounts.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
              service_dates=[span(adm, dis)], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [att], "member_id": [None]})
    return out(p), t


def lowres_timely(rng):
    patient, att, sig = people(rng, 3)
    mid = sm_id(rng)
    adm = dt.date(2026, 1, rng.randint(5, 12))
    d0 = plus(adm, 10)
    dis = plus(d0, 3)
    rcv = plus(dis, rng.randint(190, 205))
    nd = plus(rcv, rng.randint(8, 14))
    n = clm(rng)
    billed = round(RATE * 4, 2)
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"You were a patient at {HOSP} from {fdate(adm, 'long')} until you went home on {fdate(dis, 'long')}, "
           f"under the care of Dr. {att}. We paid the hospital's first claim. On {fdate(rcv, 'long')} the hospital "
           f"sent a second claim, {n}, for {money(billed)}, for the last four days, {fdate(d0, 'long')} through "
           f"{fdate(dis, 'long')}.", 10)
    p.para("We are not paying that claim. The hospital's contract with us says claims must reach us within 180 days "
           "after the patient goes home. This one came too late. Because the delay was the hospital's, the hospital "
           "may not bill you for these days.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Call Member Services at "
           f"{phone(rng)} (TTY 711). Your member ID is {mid}; your group is {GROUP}.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[span(d0, dis)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [att]})
    return out(p), t


def clean300_stack(rng):
    patient, att, neuro, rev, cm = people(rng, 5)
    mid = sm_id(rng)
    adm = dt.date(2026, 5, rng.randint(4, 12))
    ad = plus(adm, -1)
    ok_end = plus(adm, 9)
    auth = f"IP{digits(rng, 9)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line("ADMISSION APPROVED", 12.5, "B")
    p.ln(1)
    p.para(fdate(ad, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.boxed_pairs([("Member ID", mid), ("Approval number", auth), ("Facility", HOSP),
                   ("Attending", f"Dr. {att}"), ("Referred by", f"Dr. {neuro}, neurology, {ACUTE}"),
                   ("Days approved", f"{fdate(adm, 'slash')} through {fdate(ok_end, 'slash')}")], label_w=48)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We approved your admission to {HOSP} for inpatient rehabilitation after your stroke. If you need more "
           f"days, the hospital must ask us before {fdate(ok_end, 'long')}. Your case manager is {cm}, RN, "
           f"{phone(rng)}.", 10)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(adm, ok_end)], denial_date=ad.isoformat(), provider=HOSP,
                          alternates={"insurer": ALT, "provider": [att], "case_numbers": [[]]}))
    e0, e1 = plus(ok_end, 1), plus(ok_end, 4)
    nd = plus(e1, rng.randint(25, 35))
    n = clm(rng)
    billed = round(RATE * 4, 2)
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", mid), ("Claim", n), ("Earlier approval", auth)], label_w=36, size=9.6)
    q.ln(2)
    q.para(f"Dear {patient}:", 10)
    q.para(f"We approved your rehabilitation stay at {HOSP} through {fdate(ok_end, 'long')}. The hospital's claim "
           f"also lists {fdate(e0, 'long')} through {fdate(e1, 'long')}, billed at {money(billed)}. The hospital did "
           "not ask us to approve those extra days, before or during your stay, as your plan requires. We are not "
           "paying them. The hospital has a contract with us and may not bill you for them.", 10)
    q.para("You may appeal within 180 days of the date of this letter. Urgent appeals are decided within 72 hours. "
           f"Call {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n\nDr. {rev}\nMedical Director", 10)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient,
                          cases=[n], claim_amount=m2(billed), service_dates=[span(e0, e1)], denial_date=nd.isoformat(),
                          provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [att], "case_numbers": [[n, auth]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_one_facility_days_line_refused", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_concurrent_review_parties_box", "fax_standard_g4", [faxstd_concurrent(rng)]),
        Item(F + "photocopy_physiatrist_claim_form_duplicate_line", "photocopy", [photocopy_form(rng)]),
        Item(F + "phone_es_dias_de_espera_cama", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_statement_denies_nothing", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_late_corrected_claim", "scan_lowres_150", [lowres_timely(rng)]),
        Item(F + "clean300_stack_admission_approval_then_extension_not_asked_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
