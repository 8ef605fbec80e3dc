"""An invented farmworker cooperative's health plan: the Cuatro Vientos Farmworkers Health Plan, sponsored by the
Cuatro Vientos Farmworkers Cooperative for the field workers of its member growers and their families, run day to
day by an invented claims administrator (Furrowline Benefit Administrators, Inc., whose letterhead is on the EOBs and
the utilization review letter). Coverage is earned by hours: the growers report each worker's hours, 300 hours in a
three-month work period earn the benefit quarter that starts a month after it ends (September to November earns
January to March, December to February earns April to June), hours over 300 go into an hours bank that can carry a
short quarter; the plan's mobile clinic (Clínica Móvil Cuatro Vientos) visits the camps and packing sheds at no
charge, and outside it the plan pays only its contracted clinics and hospitals, except in an emergency; injuries at
work belong to the grower's workers' compensation; claims must reach the administrator within 90 days of the
service. The cooperative, the plan, the administrator, the growers, every clinic, hospital, pharmacy, laboratory,
imaging center, person, number, code, address (phones 555), dollar amount and every time limit (180 days of a
statement or letter, 60 days of a letter or decision, 60 calendar days after receipt) are invented; CPT codes and
CPT's words appear as themselves.

Documents (8 in 7 files):
- scan300_eob_daughter_urgent_care_not_contracted_code_only_check_stub: a clean-scan EOB from the administrator (the
  ID prefix "CVW" in its own caption box beside the member number and the group number; billed / allowed / plan
  paid / your share, a reimbursement check to the worker with its amount in words, the year's deductible): the
  mobile clinic and pharmacy receipt are paid, the daughter's urgent care claim at a clinic without a contract is
  refused under code NC3, explained only on the back page; the patient's name broken over two lines in the claim's
  caption band; totals on page 2; an example in the boilerplate; "within 180 days of the date of this statement".
- born_digital_two_page_letter_er_visit_hours_short_plain_words: a two-page letter on the plan's letterhead ("April
  14th, 2026", the member number in a running header "Mbr CVW ... | Page 2 of 2", a "Notice mailed" footer), the
  growers' hours in a table without rules, the reason as one plain sentence ("we can only pay ... when ..., and the
  growers' reports show ..."), a self-payment offer as a decoy, taglines; "within 180 days after the date of this
  letter".
- phone_es_carta_caida_de_escalera_accidente_de_trabajo: a photographed Spanish letter: a fall from a picking ladder
  treated at a contracted clinic belongs to the grower's workers' compensation insurance ("4 de mayo de 2026", "el
  jueves 9 de abril de 2026", "dentro de 60 días a partir de la fecha de esta carta").
- rotated_hours_bank_statement_coverage_confirmed_mobile_clinic_stops: the quarterly hours statement confirming
  coverage (denies nothing), values over small captions, hours by grower, the bank, the mobile clinic's stops as
  decoy dates; fed turned.
- faxstd_ur_letter_mri_imaging_center_not_contracted_nurse_and_medical_director: a standard-fax utilization review
  letter to an imaging center (typed fax header, "30-Apr-2026", "Servicing:" the imaging center, the requesting
  doctor at a contracted health center, the planned date "Tuesday, May 12, 2026"), signed by a nurse reviewer and
  the medical director; "within 60 calendar days of the date you receive this notice" (nothing to count from).
- lowres_appeal_decision_pharmacy_claim_wife_hours_lapsed_call_reference: a 150 dpi appeal decision of the Appeals
  Committee keeping the refusal of a pharmacy claim for the worker's wife (the appeal number only in the subject
  line, the claim number in the table, prescription numbers and a phone call reference as decoys); a second review
  by the Board "within 60 days of the date of this decision".
- photocopy_stack_lab_bill_duplex_then_eob_filed_late_page_two_sideways: a photocopied stack of a laboratory's bill
  to the worker's wife (a real bill; denies nothing), its blank duplex back, and the administrator's two-page EOB
  refusing the same lab claim because it arrived more than 90 days after the service (totals on page 2, fed
  sideways); "within 180 days of the date of this statement".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famid import (EISheet, digits, dmy, es_date, first, folks, iso, last, long, n2, neg, phone, plus,
                               same_sur, slash, th, tollfree, usd, valley_address, wday, workday, ymd)
from kit_roundeg_famkf import es_wday
from public_kit import m2, out, truth

FAMILY = "cuatro_vientos_farmworkers_cooperative_health_plan_hours_bank_mobile_clinic_and_contracted_clinic_refusals"
LANG = "en"
SEED = 355083
PLAN = "Cuatro Vientos Farmworkers Health Plan"
PLAN_ALT = ["Cuatro Vientos Farmworkers Cooperative", "Cuatro Vientos Health Plan",
            "Cuatro Vientos Farmworkers Cooperative Health Plan", "Cuatro Vientos"]
PLAN_ALT_ES = PLAN_ALT + ["Plan de Salud de los Trabajadores del Campo Cuatro Vientos"]
TPA = "Furrowline Benefit Administrators, Inc."
TPA_ALT = ["Furrowline Benefit Administrators", "Furrowline"]
MOBILE = "Clínica Móvil Cuatro Vientos"
PREFIX = "CVW"


def member_no(rng):
    return f"{digits(rng, 4)} {digits(rng, 4)}"


def grp(rng):
    return f"G-{rng.randint(2100, 2899)}"


def dense(s):
    return s.replace(" ", "")


def plan_head(p, rng, box=None, es=False):
    lines = ["Sponsored by the Cuatro Vientos Farmworkers Cooperative  |  Board of Trustees",
             f"1450 Packing House Rd, Orchard Springs, CA 93244  |  Member services {tollfree(rng)}  |  "
             f"Nurse line {tollfree(rng)}"]
    if es:
        lines.insert(0, "Plan de Salud de los Trabajadores del Campo Cuatro Vientos  |  Se habla español")
    p.head(PLAN, "CV", lines, box=box, size=12.5)


def tpa_head(p, rng, box=None):
    p.head("Furrowline Benefit Administrators, Inc.", "FBA", [
        f"Claims administrator for the {PLAN}",
        f"P.O. Box 60418, Fresno, CA 93794-0418  |  {tollfree(rng)}  |  fax {phone(rng, '559')}"], box=box, size=12)


# ---------------------------------------------------------------------------------------------------------------
def scan_eob(rng):
    worker, wife, girl, pa, pharm_sig = folks(rng, "MFgXX", es=True)
    wife = same_sur(wife, worker)
    girl = same_sur(girl, worker)
    mno = member_no(rng)
    g = grp(rng)
    sd = workday(dt.date(2026, 5, rng.randint(6, 8)))
    cl = [f"FB26-{digits(rng, 7)}" for _ in range(3)]
    mob_d = dt.date(2026, 4, rng.randint(6, 10))
    rx_d = plus(mob_d, 1)
    uc_d = dt.date(2026, 4, rng.randint(17, 19))
    uc_lines = [("99214", "Office visit, established, moderate", 214.00), ("87880", "Strep test, rapid", 41.00),
                ("J0696", "Ceftriaxone injection, 250 mg", 38.50)]
    uc_tot = round(sum(v for *_, v in uc_lines), 2)
    mob_b, rx_b = 95.00, 48.60
    rx_allow, rx_paid = 43.00, 38.00
    ded_met = 75.00
    tot_b = round(mob_b + rx_b + uc_tot, 2)
    tot_allow = round(mob_b + rx_allow, 2)
    tot_paid = round(mob_b + rx_paid, 2)
    chk = f"{digits(rng, 7)}"
    plan_no = "CVH-2"
    uc = "Redhawk Urgent Care, Las Garzas"
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"FBA-EOB-3 (rev. 02/2026)  |  statement of {slash(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    tpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    home = valley_address(rng)
    p.addr_right([worker, *home],
                 [("Statement date", long(sd)), ("Plan", PLAN), ("Plan no.", plan_no), ("Subscriber", worker)],
                 split=0.47, cap_w=28, size=8.8)
    p.over_boxes([(PREFIX, "ID prefix", W * 0.14), (mno, "Member no.", W * 0.24), (g, "Group no.", W * 0.18),
                  ("Palo Verde Ranch Growers", "Group name", W * 0.44)])
    p.not_a_bill("THIS IS NOT A BILL", "Keep this statement. A check for the receipt you sent is at the foot of "
                                       "page 2.", 11)
    p.dotted([("Billed by providers on this statement", usd(tot_b)),
              ("Allowed by the plan", usd(tot_allow)),
              ("Paid by the plan (to providers and to you)", usd(tot_paid)),
              ("Your share on this statement", usd(round(rx_allow - rx_paid, 2))),
              ("Not covered (see the codes on the last page)", usd(uc_tot)),
              ("Family deductible met in 2026 / family deductible", f"{usd(ded_met)} / {usd(500.00)}")], size=8.8, w=W)
    p.para(f"People on this statement: {worker} (subscriber), {wife} (spouse), {girl} (daughter).", 8.6)
    p.para("The plan pays contracted clinics and hospitals directly. When you pay a contracted pharmacy yourself, "
           "send us the receipt: for example, if you paid $20.00 for a medicine the plan allows at $15.00, the plan "
           "sends you $15.00 less your $5.00 copay.", 8.2)
    head = ["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Code"]
    widths = [20, 16, 62, 19, 19, 19, 19, W - 174]
    al = ["L", "L", "L", "R", "R", "R", "R", "C"]
    p.claim_band([("Claim no.", cl[0], 34), ("Patient", _two(worker), 38), ("Provider", f"{MOBILE}\nstop: Palo "
                                                                                        "Verde Ranch camp", 70),
                  ("Paid to", "Provider", W - 142)],
                 [[slash(mob_d), "99213", "Mobile clinic visit", n2(mob_b), n2(mob_b), n2(mob_b), "0.00", "M1"]],
                 widths, al, head=head, sub=["", "", "Claim total", n2(mob_b), n2(mob_b), n2(mob_b), "0.00", ""])
    p.claim_band([("Claim no.", cl[1], 34), ("Patient", _two(wife), 38),
                  ("Provider", f"Farmacia del Valle, Tule Crossing\nReceipt sent by member", 70),
                  ("Paid to", "You (check)", W - 142)],
                 [[slash(rx_d), "Rx", "Prescription, 30 days (receipt)", n2(rx_b), n2(rx_allow), n2(rx_paid),
                   n2(round(rx_allow - rx_paid, 2)), "C5"]],
                 widths, al, head=head,
                 sub=["", "", "Claim total", n2(rx_b), n2(rx_allow), n2(rx_paid), n2(round(rx_allow - rx_paid, 2)),
                      ""])
    p.add_page()
    p.ln(2)
    p.claim_band([("Claim no.", cl[2], 34), ("Patient", _two(girl), 38),
                  ("Provider", f"{uc}\nRendering: {pa}, PA-C", 70), ("Paid to", "Nothing paid", W - 142)],
                 [[slash(uc_d), c, s, n2(v), "0.00", "0.00", "0.00", "NC3"] for c, s, v in uc_lines],
                 widths, al, head=head, sub=["", "", "Claim total", n2(uc_tot), "0.00", "0.00", "0.00", ""])
    p.totals_row(["", "", "TOTALS, 3 claims", n2(tot_b), n2(tot_allow), n2(tot_paid),
                  n2(round(rx_allow - rx_paid, 2)), ""], widths, al)
    p.check_stub([("Check no.", chk), ("Date", slash(sd)), ("Amount", f"${rx_paid:,.2f}")], rx_paid,
                 [worker, *home])
    p.code_page("What the codes on this statement mean", [
        ("M1", f"Visit at the {MOBILE}. Mobile clinic visits cost members nothing."),
        ("C5", "Paid from your receipt at the plan's allowed amount, less your $5.00 prescription copay."),
        ("NC3", "The clinic has no contract with the Cuatro Vientos plan. Outside the mobile clinic the plan pays "
                "only contracted clinics and hospitals, unless the care was for an emergency. You may owe the clinic "
                "its full charge."),
        ("EL1", "Not enough hours were reported for the work period that earns this month's coverage (not used on "
                "this statement)."),
        ("TF9", "The claim reached us more than 90 days after the date of service (not used on this statement).")],
        after=[("Questions or a review", f"Call {TPA_ALT[0]} or write to P.O. Box 60418, Fresno, CA 93794-0418. To "
                                         "ask for a review of a claim, write within 180 days of the date of this "
                                         "statement and say why you think the plan should pay. If the care was for "
                                         "an emergency, tell us."),
               ("Contracted clinics near you", "Tule Crossing Community Health Center; Orchard Springs Family "
                                               "Clinic; San Isidro Valley Hospital. The mobile clinic's schedule is "
                                               "posted at each camp and packing shed.")])
    t = truth("eob", "out_of_network", insurer=TPA, plan_id=plan_no, group=g, member_id=PREFIX + dense(mno),
              member_name=girl, cases=[cl[2]], claim_amount=m2(uc_tot), service_dates=[iso(uc_d)],
              denial_date=iso(sd), provider=uc, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TPA_ALT, "member_id": [dense(mno)], "provider": [f"{pa}, PA-C", pa,
                                                                                    "Redhawk Urgent Care"],
                          "plan_id": [None]})
    return out(p), t


def _two(full):
    a = full.split()
    return f"{a[0]} {a[1]}\n{' '.join(a[2:])}"


def born_letter(rng):
    worker, dr, sig = folks(rng, "MXF", es=True)
    mno = member_no(rng)
    g = grp(rng)
    claim = f"CV-26-{digits(rng, 6)}"
    er_d = dt.date(2026, 3, rng.randint(1, 8))
    rcvd = plus(er_d, rng.randint(12, 20))
    ld = dt.date(2026, 4, 14)
    mailed = dt.date(2026, 4, 15)
    bill = rng.choice([2846.35, 2915.80, 2777.45])
    hosp = "San Isidro Valley Hospital"
    growers = [("Palo Verde Ranch Growers", [64.5, 71.0, 22.0]), ("Hermanos Lozano Citrus", [0.0, 18.5, 12.0])]
    months = ["Sep 2025", "Oct 2025", "Nov 2025"]
    tot_h = round(sum(sum(h) for _, h in growers), 1)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"Notice mailed {slash(mailed)}  |  CV-EL-2 (rev. 11/2025)",
                every=f"Mbr {PREFIX} {mno}  |  letter of {slash(ld)}  |  Page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng)
    p.line(th(ld), 10)
    p.ln(3)
    p.addr_right([worker, *valley_address(rng)],
                 [("Member", worker), ("Group no.", g), ("Claim no.", claim), ("Hospital", hosp),
                  ("Attending:", f"Dr. {dr}"), ("Emergency visit", wday(er_d)), ("Bill received", ymd(rcvd)),
                  ("Amount billed", usd(bill))], split=0.48, cap_w=30, size=8.8)
    p.para(f"Dear {first(worker)} {last(worker)}:", 10)
    p.para(f"{hosp} sent us the bill for your visit to its emergency room on {long(er_d)}. The hospital has a "
           f"contract with the plan and the bill came in on time. We are sorry to tell you that the plan will not "
           "pay it, and we want to explain why in plain words.", 10)
    p.para(f"We can only pay for care in a month when the growers you work for have reported at least 300 hours "
           f"for you in the work period that earns that month, or when you have hours saved in your hours bank, and "
           f"the growers' reports show {tot_h:g} hours for September through November 2025, the period that earns "
           f"January through March 2026, and no hours in your bank.", 10)
    W = p.w - p.l_margin - p.r_margin
    rows = [[name, *[f"{v:.1f}" for v in h], f"{sum(h):.1f}"] for name, h in growers]
    p.open_table(["Grower", *months, "Total"], rows, [W - 100, 25, 25, 25, 25],
                 aligns=["L", "R", "R", "R", "R"], size=9.2,
                 totals=["Hours reported for you", *[f"{sum(h[i] for _, h in growers):.1f}" for i in range(3)],
                         f"{tot_h:.1f}"])
    p.para("If a grower left out hours you worked, ask the grower's office to send a corrected report to the plan, "
           "with your pay stubs if you have them. Corrected hours can change this answer.", 10)
    p.add_page()
    p.heading("Keeping your coverage by paying for it", 11)
    p.para("When your hours fall short you may pay for coverage yourself for up to two quarters. For January "
           "through March 2026 the self-payment was $412.00 a month; the offer we mailed you on December 18, 2025 "
           "has closed, so it cannot cover this visit.", 10)
    p.heading("If you disagree", 11)
    p.para("You or someone you choose may ask for a review within 180 days after the date of this letter. Write to "
           f"the Appeals Committee, {PLAN}, 1450 Packing House Rd, Orchard Springs, CA 93244, or ask at the mobile "
           "clinic for a form. Send the pay stubs or grower letters that show more hours.", 10)
    p.signoff(["Sincerely,", "", sig, "Eligibility and Hours Department"], 10)
    p.nondiscrimination(f"The {PLAN}", tollfree(rng))
    p.tagline_page(tollfree(rng), new_page=False, title="Help in your language / Ayuda en su idioma")
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=g, member_id=PREFIX + dense(mno),
              member_name=worker, cases=[claim], claim_amount=m2(bill), service_dates=[iso(er_d)],
              denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [dense(mno)], "provider": [f"Dr. {dr}", dr]})
    return out(p), t


def phone_es(rng):
    worker, dra, sig = folks(rng, "MFX", es=True)
    mno = member_no(rng)
    g = grp(rng)
    claim = f"CV-26-{digits(rng, 6)}"
    inj = dt.date(2026, 4, 9)
    ld = dt.date(2026, 5, 4)
    lines = [("99203", "Consulta, paciente nuevo", 168.00), ("73610", "Radiografía del tobillo, 3 vistas", 112.00),
             ("29515", "Férula de pierna corta", 96.00)]
    tot = round(sum(v for *_, v in lines), 2)
    clinic = "Orchard Springs Family Clinic"
    grower = "Hermanos Lozano Citrus"
    p = EISheet(footer="Página {n} de {nb}", footer_left="CV-WC-1s (rev. 11/2025)")
    p.set_margins(17, 15, 17)
    p.add_page()
    plan_head(p, rng, es=True)
    p.line(f"Orchard Springs, {es_date(ld)}", 10, "B")
    p.ln(2)
    for ln in [f"Sr. {worker}", *valley_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    yb = p.kv_box([("Miembro", worker), ("Prefijo y número", f"{PREFIX}  {mno}"), ("Grupo", f"{g} ({grower})"),
              ("Reclamo", claim), ("Clínica", clinic), ("La atendió", f"Dra. {dra}"),
              ("Fecha de la atención", es_wday(inj)), ("Total cobrado", f"US$ {tot:,.2f}")],
             p.l_margin, p.get_y(), W, cap_w=46, size=9.4, title="Datos del reclamo")
    p.set_xy(p.l_margin, yb + 5)
    p.para(f"Estimado Sr. {last(worker)}:", 10)
    p.para(f"Recibimos la cuenta de la {clinic} por la atención que le dieron el {es_wday(inj)}, cuando se cayó de la "
           f"escalera mientras piscaba naranja en un huerto de {grower}. La clínica escribió en su informe que la "
           "caída fue en el trabajo y en horas de trabajo.", 10)
    p.para("**El plan no paga esta cuenta.** Las lesiones que pasan en el trabajo las paga el seguro de "
           f"compensación para trabajadores del patrón. {grower} tiene ese seguro con Sierra Pacific Mutual "
           f"(teléfono {phone(rng, '559')}). La clínica tiene contrato con nosotros y ya sabe que debe mandar la "
           "cuenta a ese seguro; usted no tiene que pagarla.", 10)
    p.para("Si el seguro del patrón dice por escrito que no pagará, mándenos esa carta con el número de reclamo de "
           "arriba y volveremos a ver la cuenta.", 10)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede pedir una revisión dentro de 60 días a partir de la fecha de esta carta. Escriba al Comité de "
           "Apelaciones, 1450 Packing House Rd, Orchard Springs, CA 93244, o pida ayuda en la clínica móvil.", 10)
    p.signoff(["Atentamente,", "", sig, "Departamento de Reclamos"], 10)
    t = truth("denial_letter", "other", insurer=PLAN, group=g, member_id=PREFIX + dense(mno), member_name=worker,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": PLAN_ALT_ES, "member_id": [dense(mno)], "provider": [f"Dra. {dra}", dra],
                          "group_number": [f"{g} ({grower})"]})
    return out(p), t


def rotated_hours(rng):
    worker, clerk = folks(rng, "MX", es=True)
    mno = member_no(rng)
    g = grp(rng)
    sd = dt.date(2026, 3, 16)
    growers = [("Palo Verde Ranch Growers", [88.0, 61.5, 97.0]), ("Buenavista Flats Packing Co.", [54.0, 72.5, 39.0])]
    tot = round(sum(sum(h) for _, h in growers), 1)
    bank_before = 40.0
    to_bank = round(tot - 300.0, 1)
    bank = round(bank_before + to_bank, 1)
    stops = [(dt.date(2026, 4, 7), "Palo Verde Ranch camp, 5:30-8:30 pm"),
             (dt.date(2026, 4, 9), "Buenavista Flats packing shed, 6:00-9:00 pm"),
             (dt.date(2026, 4, 14), "Las Garzas labor camp, 5:30-8:30 pm"),
             (dt.date(2026, 4, 18), "Tule Crossing church hall (Saturday), 9:00 am-1:00 pm")]
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"CV-HB-4 Hours statement (rev. 11/2025)  |  mailed "
                                                       f"{slash(sd)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    plan_head(p, rng, box="HOURS STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(ymd(sd), "Statement date", W * 0.2), (worker, "Member", W * 0.34), (PREFIX, "Prefix", W * 0.1),
                  (mno, "Member no.", W * 0.18), (g, "Group no.", W * 0.18)])
    p.over_boxes([("Dec 1, 2025 - Feb 28, 2026", "Work period", W * 0.34), (f"{tot:.1f}", "Hours reported", W * 0.2),
                  ("300.0", "Hours needed", W * 0.18), (f"{bank:.1f}", "Hours in your bank now", W * 0.28)])
    p.over_boxes([("April 1, 2026 - June 30, 2026", "You are covered", W * 0.46), ("Member, spouse, children",
                                                                                   "Who is covered", W * 0.54)])
    p.ln(2)
    for ln in [worker, *valley_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Good news: the growers reported enough hours for you to keep your coverage for the next quarter. The "
           f"{to_bank:.1f} hours over 300 went into your hours bank, which can help if a later work period is short.",
           10)
    rows = [[n, *[f"{v:.1f}" for v in h], f"{sum(h):.1f}"] for n, h in growers]
    p.open_table(["Grower", "Dec 2025", "Jan 2026", "Feb 2026", "Total"], rows, [W - 100, 25, 25, 25, 25],
                 aligns=["L", "R", "R", "R", "R"], size=9.2,
                 totals=["All growers", *[f"{sum(h[i] for _, h in growers):.1f}" for i in range(3)], f"{tot:.1f}"])
    p.heading(f"Where the {MOBILE} will be in April", 10.5)
    p.open_table(["Date", "Stop"], [[wday(d), s] for d, s in stops], [62, W - 62], size=9)
    p.para("Mobile clinic visits, lab tests drawn at the van and the medicines it hands out cost you nothing. Bring "
           "your plan card.", 9.6)
    p.para("Nothing in this statement needs an answer. If the hours above look wrong, call member services.", 9.6)
    p.signoff(["", clerk, "Hours and Eligibility"], 9.4)
    t = truth("other", None, insurer=PLAN, group=g, member_id=PREFIX + dense(mno), member_name=worker,
              denial_date=iso(sd),
              alternates={"insurer": PLAN_ALT, "member_id": [dense(mno)]})
    return out(p), t


def faxstd_ur(rng):
    worker, doc, nurse, md = folks(rng, "MXFX", es=True)
    mno = member_no(rng)
    g = grp(rng)
    req = f"UR-26-{digits(rng, 5)}"
    rcvd = dt.date(2026, 4, 27)
    dec = dt.date(2026, 4, 29)
    ld = dt.date(2026, 4, 30)
    planned = dt.date(2026, 5, 12)
    center = "Valle Grande Open MRI"
    chc = "Tule Crossing Community Health Center"
    fax = (f"{slash(ld)} 16:{rng.randint(10, 59)}  FURROWLINE UM  {phone(rng, '559')}  ->  VALLE GRANDE MRI "
           f"SCHEDULING  p. {{n}}/2")
    p = EISheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left=f"FBA-UM-6 (rev. 02/2026)  |  {iso(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p, rng)
    p.line(dmy(ld), 10)
    p.ln(2)
    p.addr_right([center, "Attn: scheduling and billing", "2200 Almond Row", "San Isidro, CA 93239"],
                 [("Request no.", req), ("Member", worker), ("ID", f"{PREFIX} {mno}"), ("Group", g),
                  ("Requested by", f"Dr. {doc}\n{chc}"), ("Servicing:", center), ("Received", ymd(rcvd)),
                  ("Decided", ymd(dec))], split=0.5, cap_w=28, size=8.8)
    p.heading("Notice of a decision on a request for approval", 11.5)
    p.para(f"Dr. {doc} asked the {PLAN} to approve an MRI of the lower back without contrast (CPT 72148) for "
           f"{worker}, to be done at {center} on {wday(planned)}.", 10)
    p.para(f"We cannot approve the MRI at {center}. Outside the plan's mobile clinic, the plan pays only clinics, "
           f"hospitals and imaging centers that have signed a contract with it, and {center} has none. This is not "
           "a decision that the MRI is not needed: the same request can be approved at San Isidro Valley Hospital's "
           "imaging department, which is contracted, and we have told Dr. " + last(doc) + " so.", 10)
    p.para("The member has not been told to pay anything. If the MRI is done at your center anyway, the plan will "
           "not pay for it.", 10)
    p.heading("If you or the member disagree", 10.5)
    p.para("You may ask for a review within 60 calendar days of the date you receive this notice. Write to the "
           "address above or fax the request with any papers that show why the MRI must be done at your center.", 10)
    p.two_signers([f"{nurse}, RN", "Nurse reviewer", "Utilization Management"],
                  [f"Dr. {md}", "Medical Director", TPA_ALT[0]])
    p.para(f"Copy: {worker}; Dr. {doc}, {chc}.", 8.4)
    t = truth("denial_letter", "out_of_network", insurer=TPA, group=g, member_id=PREFIX + dense(mno),
              member_name=worker, cases=[req], service_dates=[iso(planned)], denial_date=iso(ld), provider=center,
              alternates={"insurer": TPA_ALT, "member_id": [dense(mno)], "provider": [f"Dr. {doc}", doc, chc]})
    return out(p), t


def lowres_appeal(rng):
    worker, wife, chair = folks(rng, "MFX", es=True)
    wife = same_sur(wife, worker)
    mno = member_no(rng)
    g = grp(rng)
    ap = f"A-26-0{digits(rng, 3)}"
    claim = f"CV-26-{digits(rng, 6)}"
    fill = dt.date(2026, 2, rng.randint(10, 13))
    first_d = dt.date(2026, 3, rng.randint(2, 5))
    asked = plus(first_d, rng.randint(14, 20))
    call_d = plus(asked, 6)
    dd = dt.date(2026, 5, 19)
    rx = [("Metformin 500 mg, 60 tablets", 18.40), ("Lisinopril 10 mg, 30 tablets", 12.60),
          ("Glucose test strips, 100", 84.90)]
    tot = round(sum(v for _, v in rx), 2)
    pharm = "Farmacia La Esperanza"
    p = EISheet(footer="Page {n} of {nb}", footer_left="CV-AP-3 Appeal decision (rev. 11/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, box="APPEAL DECISION")
    p.line(f"Decision date: {long(dd)}", 10, "B")
    p.ln(2)
    for ln in [worker, *valley_address(rng)]:
        p.line(ln, 10)
    p.ln(1)
    p.line(f"Member ID {PREFIX} {mno}    Group {g}", 9)
    p.ln(2)
    p.f(10.2, "B")
    p.multi_cell(0, 5, f"Subject: Appeal {ap}, pharmacy claim for {wife}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first(worker)} {last(worker)}:", 10)
    p.para(f"The Appeals Committee met on {long(plus(dd, -6))} and looked at your appeal of {long(asked)}. You asked "
           f"the plan to pay {pharm} for the medicines your wife picked up on {long(fill)}. When you called member "
           f"services on {long(call_d)} (call reference {digits(rng, 4)}-{digits(rng, 5)}) you said the growers had "
           "paid you in cash for part of the harvest.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.open_table(["Claim", "Filled", "Rx number", "Item", "Billed"],
                 [[claim if i == 0 else "", slash(fill), f"RX {digits(rng, 7)}", s, n2(v)] for i, (s, v) in
                  enumerate(rx)], [34, 24, 28, W - 116, 30], aligns=["L", "L", "L", "L", "R"], size=9,
                 totals=["", "", "", "Claim total", n2(tot)])
    p.para("**The Committee keeps the decision not to pay this claim.** Coverage for February 2026 comes from the "
           "hours reported for September through November 2025. The growers reported 236.5 hours for you in that "
           "period and your hours bank was empty, so neither you nor your wife had coverage in February. Cash pay "
           "counts only when a grower reports the hours to the plan, and neither grower has sent a corrected "
           "report.", 9.8)
    p.para(f"The pharmacy may bill you for the medicines. Your coverage started again on April 1, 2026.", 9.8)
    p.heading("If you still disagree", 10.5)
    p.para("You may ask the full Board of Trustees for a second review within 60 days of the date of this decision. "
           "Send a letter and a corrected hours report from the grower if you can get one.", 9.8)
    p.signoff(["For the Appeals Committee,", "", chair, "Committee chair"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=g, member_id=PREFIX + dense(mno), member_name=wife,
              cases=[ap, claim], claim_amount=m2(tot), service_dates=[iso(fill)], denial_date=iso(dd), provider=pharm,
              appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": PLAN_ALT, "case_numbers": [[ap], [claim]], "member_id": [dense(mno)]})
    return out(p), t


def photocopy_stack(rng):
    worker, wife, dr = folks(rng, "MFX", es=True)
    wife = same_sur(wife, worker)
    mno = member_no(rng)
    g = grp(rng)
    home = valley_address(rng)
    dos = dt.date(2026, 1, rng.randint(12, 15))
    lab = "Quailridge Clinical Laboratory"
    tests = [("80053", "Comprehensive metabolic panel", 96.00), ("83036", "Hemoglobin A1c", 58.00),
             ("85025", "Complete blood count", 44.00), ("80061", "Lipid panel", 71.00)]
    tot = round(sum(v for *_, v in tests), 2)
    rcvd = plus(dos, rng.randint(101, 110))
    sd = workday(plus(rcvd, 12))
    bill_d = plus(sd, 9)
    acct = f"QCL-{digits(rng, 6)}"
    # document 1: the laboratory's bill
    a = EISheet(footer=None, footer_left=f"{lab}  |  Patient billing  |  Tax ID on request")
    a.set_margins(18, 15, 18)
    a.add_page()
    a.head(lab, "QCL", ["Patient Billing, 310 Ditch Bank Rd, Buenavista Flats, CA 93265",
                        f"{phone(rng, '559')}  |  Mon-Fri 8-5  |  pay online with your account number"],
           box="PATIENT STATEMENT", size=12)
    a.addr_kv([wife, *home],
              [("Statement date", slash(bill_d)), ("Account no.", acct), ("Patient", wife),
               ("Ordering doctor", f"Dr. {dr}"), ("Insurance", f"Cuatro Vientos {PREFIX} {mno}"),
               ("Please pay by", slash(plus(bill_d, 25)))], w=92, cap_w=32)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Date", "Test", "Charge"], [[slash(dos), f"{c} {s}", n2(v)] for c, s, v in tests] +
            [["", "Insurance payment", "0.00"], ["", "AMOUNT DUE", n2(tot)]],
            [W * 0.2, W * 0.6, W * 0.2], size=9.4, aligns=["L", "L", "R"], bold_last=True)
    a.para("Your insurance did not pay these tests. The balance is now yours. If you cannot pay all at once, call "
           "us to set up a payment plan.", 9.6)
    d_a = (bytes(a.output()),
           truth("other", None, insurer=None, member_id=PREFIX + dense(mno), member_name=wife, claim_amount=m2(tot),
                 service_dates=[iso(dos)], denial_date=iso(bill_d), provider=lab,
                 alternates={"member_id": [dense(mno), None], "provider": [f"Dr. {dr}", dr]},
                 unscored=["insurer"]))
    # document 2: the EOB, two pages
    claim = f"FB26-{digits(rng, 7)}"
    b = EISheet(footer="Page {n} of {nb}", footer_left=f"FBA-EOB-3 (rev. 02/2026)  |  claim {claim}",
                every=f"{worker}  |  {PREFIX} {mno}  |  page {{n}} of {{nb}}")
    b.set_margins(16, 15, 16)
    b.add_page()
    tpa_head(b, rng, box="EXPLANATION OF BENEFITS")
    W = b.w - b.l_margin - b.r_margin
    b.addr_right([worker, *home],
                 [("Statement date", slash(sd)), ("Member", worker), ("Member ID", f"{PREFIX} {mno}"),
                  ("Group no.", g), ("Plan", PLAN)], split=0.5, cap_w=28, size=8.8)
    b.not_a_bill()
    b.para(f"This statement is about one claim: laboratory tests for {wife}. The claim reached us on "
           f"{long(rcvd)}. The next page shows the tests and what the plan did.", 9.8)
    b.para("Claims must reach the plan within 90 days after the date of service. For example, tests done on March 1 "
           "must reach us by May 30. A contracted provider may not bill you for a claim the plan refused because it "
           "came in late.", 9.8)
    b.heading("If you disagree", 10.5)
    b.para("Ask for a review within 180 days of the date of this statement. Tell us if the laboratory sent the claim "
           "on time and has proof, such as a clearinghouse report.", 9.8)
    b.add_page()
    b.ln(2)
    head = ["Date", "Code", "Test", "Billed", "Allowed", "Plan paid", "Your share", "Code"]
    widths = [20, 16, 54, 20, 20, 20, 20, W - 170]
    al = ["L", "L", "L", "R", "R", "R", "R", "C"]
    b.claim_band([("Claim no.", claim, 36), ("Patient", _two(wife), 38),
                  ("Provider", f"{lab}\nOrdered by Dr. {dr}", 72), ("Received", ymd(rcvd), W - 146)],
                 [[slash(dos), c, s, n2(v), "0.00", "0.00", "0.00", "TF9"] for c, s, v in tests],
                 widths, al, head=head)
    b.totals_row(["", "", "CLAIM TOTALS", n2(tot), "0.00", "0.00", "0.00", ""], widths, al)
    b.legend("Code", [("TF9", "The claim reached us more than 90 days after the date of service, so the plan "
                              "cannot pay it. A contracted provider may not bill the member for it.")], size=8.4)
    d_b = (bytes(b.output()),
           truth("eob", "timely_filing", insurer=TPA, group=g, member_id=PREFIX + dense(mno), member_name=wife,
                 cases=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(sd), provider=lab,
                 appeal_deadline=iso(plus(sd, 180)),
                 alternates={"insurer": TPA_ALT, "member_id": [dense(mno)], "provider": [f"Dr. {dr}", dr]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "scan300_eob_daughter_urgent_care_not_contracted_code_only_check_stub", "scan_clean_300",
             [scan_eob(rng)]),
        Item(F + "born_digital_two_page_letter_er_visit_hours_short_plain_words", "born_digital", [born_letter(rng)]),
        Item(F + "phone_es_carta_caida_de_escalera_accidente_de_trabajo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hours_bank_statement_coverage_confirmed_mobile_clinic_stops", "rotated",
             [rotated_hours(rng)]),
        Item(F + "faxstd_ur_letter_mri_imaging_center_not_contracted_nurse_and_medical_director", "fax_standard_g4",
             [faxstd_ur(rng)]),
        Item(F + "lowres_appeal_decision_pharmacy_claim_wife_hours_lapsed_call_reference", "scan_lowres_150",
             [lowres_appeal(rng)]),
    ]
    items.append(Item(F + "photocopy_stack_lab_bill_duplex_then_eob_filed_late_page_two_sideways", "photocopy",
                      photocopy_stack(rng), separators=["duplex", None], turns={(1, 1): 90}))
    return items
