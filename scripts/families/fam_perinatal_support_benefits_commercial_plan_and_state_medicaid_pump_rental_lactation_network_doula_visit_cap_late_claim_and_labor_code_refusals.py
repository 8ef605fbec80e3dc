"""Perinatal support benefits - breast pumps, lactation consultant visits and doula services - as a commercial plan's
preventive benefit and an invented state's Medicaid pregnancy benefit, mirrored (structure and plain wording style
only) from public remittance advices, Medicaid member notices and commercial plan letters on these benefits. Two
issuers mix across the documents: the invented commercial insurer Harthorn Mutual Health Insurance Company (a
personal double electric pump bought once per birth at no cost sharing as a preventive benefit; a hospital-grade
pump, HCPCS E0604, rented only while its medical criteria are met - a baby in the hospital or unable to feed at the
breast, or a mother's condition; lactation consultant visits covered in the network, and on its EPO plan not at all
outside it) and the invented State of Veldane's Medicaid agency, the Veldane Health Care Authority (doula visits,
T1032 per 15 minutes, up to 8 prenatal and postpartum visits a pregnancy; labor support once a birth under T1033
per diem; claims within 180 days of the service; a hospital-grade pump rental needs the Authority's prior
authorization). Every company, agency, state, supplier, collective, clinic, person, number, address and time limit is
invented; phones use 555; HCPCS and CPT codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- bd_remittance_doula_collective_four_members_ninth_visit_code_d08_legend_page_two: the Authority's
  remittance advice to a doula collective, four members' claims on several dates, the ninth visit of one member
  paying 0.00 under D08, explained only in a two-column legend on page 2; form grid with captions under the values.
- faxfine_stack_ob_transmittal_hospital_grade_rental_sideways_and_pump_approval: an OB office's fax transmittal, Harthorn's two-page letter refusing the rental of a hospital-grade pump for months 2
  and 3 after the baby came home (page 2 fed sideways), and Harthorn's approval of a personal pump (denies nothing).
- scan300_epo_lactation_consultant_out_of_network_side_rail: Harthorn's letter refusing three visits
  to an out-of-network lactation practice on an EPO plan, its prose set beside a side rail (claim at a glance,
  network lactation care near you, questions).
- photocopy_es_aviso_extractor_grado_hospitalario_sin_autorizacion: the Authority's Spanish notice refusing a
  hospital-grade pump rental the supplier rented without prior authorization.
- phone_personal_pump_shipped_after_coverage_ended: Harthorn's letter refusing a personal pump shipped nine days
  after the coverage ended (a COBRA election date as a decoy).
- rotated_two_pages_labor_support_claim_received_after_180_days: the Authority's two-page letter to
  the collective refusing a labor support claim received 193 days after the birth.
- lowres_labor_support_billed_as_t1032_units_three_columns: the Authority's provider notice refusing labor
  support billed as 40 units of T1032 instead of once under T1033.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_famme import (EMSheet, abbr, dd_mon, digits, dmy_long, dotted, es_date, fresh, iso, last_first,
                               long, n2, ordinal_date, parts, people, phone, plus, slash, tollfree, transmittal,
                               usd, usd_es, with_last, yy)
from public_kit import m2, out, truth

FAMILY = ("perinatal_support_benefits_commercial_plan_and_state_medicaid_pump_rental_lactation_network_doula_visit_cap_"
          "late_claim_and_labor_code_refusals")
LANG = "en"
SEED = 355024

HMI = "Harthorn Mutual Health Insurance Company"
HMI_ALT = ["Harthorn Mutual", "Harthorn Mutual Health", "Harthorn"]
HMI_ADDR = "PO Box 41870, Kestwick Falls, VL 58102"
VHCA = "Veldane Health Care Authority"
VHCA_ES = "Autoridad de Atención Médica de Veldane"
VHCA_ALT = ["Veldane Medical Assistance", "State of Veldane", "Veldane Health Care Authority Medical Assistance Program",
            "Veldane Medicaid"]
VHCA_ADDR = "Medical Assistance Division, 300 Capitol Terrace, Marlow Springs, VL 58214"
COLLECTIVE = "Dawnrise Doula Collective"
SUPPLIER = "Cradlestone Maternal Supply, LLC"
SUPPLIER_ALT = ["Cradlestone Maternal Supply"]
FEE_T1032 = 19.50


def hmi_id(rng) -> str:
    return f"HRT{digits(rng, 9)}"


def mcd_id(rng) -> str:
    return f"74{digits(rng, 9)}"


def icn(rng, d: dt.date) -> str:
    return f"{d.strftime('%y')}{d.timetuple().tm_yday:03d}{digits(rng, 8)}"


def hmi_claim(rng) -> str:
    return f"HC{digits(rng, 4)}-{digits(rng, 6)}"


def hmi_head(p: EMSheet, rng, right=None):
    p.letterhead("HARTHORN", "Mutual Health Insurance Company",
                 [f"{HMI_ADDR}  |  Member Services {tollfree(rng, '877')}  |  TTY 711",
                  "harthornmutual.example  |  Maternity & Newborn Care Unit"], right=right)


def vhca_head(p: EMSheet, rng, right=None, es=False):
    if es:
        p.agency_head("Estado de Veldane", VHCA_ES, "Programa de Asistencia Médica (Medicaid)",
                      [f"{VHCA_ADDR}", f"Servicios para miembros {tollfree(rng, '866')}  |  TTY 711"], right=right)
    else:
        p.agency_head("State of Veldane", VHCA, "Medical Assistance Program (Medicaid)",
                      [f"{VHCA_ADDR}", f"Provider Services {tollfree(rng, '866')}  |  Fax {phone(rng, '701')}"],
                      right=right)


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    """Remittance advice: four members' claims; the subject's ninth visit line pays 0.00 under D08 (legend on p. 2)."""
    m1, m2_, m3, m4 = people(rng, 4, sexes="FFFF")
    r1, r2, r3 = people(rng, 3, sexes="FFX")
    ids = [mcd_id(rng) for _ in range(4)]
    ra_date = dt.date(2026, 4, 13)
    ra_no = f"RA{digits(rng, 8)}"
    payee = f"{digits(rng, 7)}"
    npi = digits(rng, 10)
    eft = f"EFT{digits(rng, 9)}"
    d1a, d1b = dt.date(2026, 3, 3), dt.date(2026, 3, 17)
    d2a, d2b = dt.date(2026, 3, 5), dt.date(2026, 3, 19)
    d3 = dt.date(2026, 3, 22)
    d4 = dt.date(2026, 3, 26)
    c1, c2, c3, c4 = icn(rng, dt.date(2026, 3, 24)), icn(rng, dt.date(2026, 3, 27)), icn(rng, dt.date(2026, 3, 30)), \
        icn(rng, dt.date(2026, 4, 1))
    l2a, l2b = 6 * FEE_T1032, 8 * FEE_T1032
    claims = [
        (m1, ids[0], c1, r1, [(d1a, "T1032", "", 6, 6 * FEE_T1032, 6 * FEE_T1032, "000"),
                              (d1b, "T1032", "", 6, 6 * FEE_T1032, 6 * FEE_T1032, "000")]),
        (m2_, ids[1], c2, r2, [(d2a, "T1032", "", 6, l2a, l2a, "000"),
                               (d2b, "T1032", "", 8, l2b, 0.0, "D08")]),
        (m3, ids[2], c3, r3, [(d3, "T1033", "", 1, 900.00, 850.00, "A12")]),
        (m4, ids[3], c4, r1, [(d4, "T1032", "U9", 4, 4 * FEE_T1032, 4 * FEE_T1032, "000")]),
    ]
    listing, tb, tp = [], 0.0, 0.0
    for m, mid, c, rend, lines in claims:
        rows = []
        for d, proc, mod, u, b, pd, code in lines:
            rows.append([slash(d), proc, mod, str(u), n2(b), n2(pd if code != "D08" else 0.0), n2(pd), code])
        cb, cp = sum(x[4] for x in lines), sum(x[5] for x in lines)
        tb += cb
        tp += cp
        listing.append({"member": f"{last_first(m)}   Medicaid ID {mid}   ICN {c}   Rendering: {rend}, VCD",
                        "rows": rows, "sub": ["", "", "", "Claim", n2(cb), "", n2(cp), ""]})
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"Payee {payee}  |  {ra_no}  |  RA date {slash(ra_date)}")
    p.add_page()
    vhca_head(p, rng, right=["REMITTANCE ADVICE", "Fee-for-service doula services", f"Cycle {dotted(ra_date)}"])
    p.form_grid([[(COLLECTIVE, "Payee name", 0.46), (payee, "Payee ID", 0.18), (npi, "Payee NPI", 0.18),
                  (ra_no, "RA number", 0.18)],
                 [(iso(ra_date), "RA date", 0.2), (eft, "EFT trace number", 0.26), (n2(tp), "EFT amount", 0.18),
                  ("4", "Claims on this RA", 0.18), ("1", "Claims in process", 0.18)]], size=8.6, cap=5.0, h=9.4)
    for ln in [COLLECTIVE, "Attn: Billing", "1417 Larkin Mill Road, Suite 2", "Marlow Springs, VL 58216"]:
        p.line(ln, 9.2)
    p.ln(3)
    p.line("CLAIMS PAID AND DENIED", 9.2, "B")
    p.ln(1)
    p.remit_listing(["Service date", "Proc", "Mod", "Units", "Billed", "Allowed", "Paid", "Code"], listing,
                    [24, 18, 12, 14, 26, 26, 26, 20.9], ["L", "L", "L", "R", "R", "R", "R", "C"],
                    totals=["RA totals", "", "", "", n2(tb), "", n2(tp), ""])
    p.line("CLAIMS IN PROCESS (no action needed)", 8.6, "B")
    pend, = people(rng, 1, sexes="F")
    p.para(f"{last_first(pend)}    Medicaid ID {mcd_id(rng)}    ICN {icn(rng, dt.date(2026, 4, 9))}    "
           f"received {ordinal_date(dt.date(2026, 4, 9))}    billed 117.00", 7.8)
    p.add_page()
    p.legend_two("Codes on this remittance advice", [
        ("000", "Paid as billed."),
        ("A12", "Paid at the program's fee schedule, which is lower than the amount billed."),
        ("D08", "The member has already had the 8 prenatal and postpartum doula visits the program covers for this "
                "pregnancy. Visits above this number are not a covered service and are not paid."),
        ("D14", "The rendering doula was not certified by the Authority on the date of service."),
        ("D21", "Support during labor and delivery is paid once for each birth under T1033 (per diem)."),
        ("E05", "The claim reached us more than 180 days after the date of service."),
        ("M16", "The member was not eligible for Medical Assistance on the date of service."),
        ("P40", "Units above the daily maximum for the procedure code were cut back."),
        ("U9", "Modifier: postpartum visit."),
    ], note="A code printed in the Code column applies to that line only. Lines without a code were paid as billed.")
    p.heading("Financial summary", 10)
    p.pairs([("Claims paid this cycle", n2(tp)), ("Recoupments this cycle", "0.00"), ("Net EFT amount", n2(tp)),
             ("Year-to-date payments", n2(tp + 6431.50))], label_w=60, size=8.8, h=4.8)
    p.ln(2)
    p.heading("Reconsideration", 10)
    p.para("If you do not agree with how a claim line on this remittance advice was paid or denied, you may ask for a "
           "reconsideration within 90 days of the RA date. Send the Reconsideration Request form, the ICN and the "
           "line, and any records that support your request to the Medical Assistance Division, Provider "
           f"Reconsiderations, at the address above, or fax them to {phone(rng, '701')}. A corrected claim is not a "
           "reconsideration; send a corrected claim only to fix a billing error.", 8.8)
    p.para("Example only: a prenatal visit of 90 minutes is 6 units of T1032 and is paid 6 x $19.50 = $117.00. "
           "Members may not be billed for a covered service or for a visit denied for the visit limit.", 8.2)
    t = truth("eob", "not_covered", insurer=VHCA, member_id=ids[1], member_name=m2_, cases=[c2],
              claim_amount=m2(l2a + l2b), service_dates=[iso(d2b)], denial_date=iso(ra_date), provider=COLLECTIVE,
              appeal_deadline=iso(plus(ra_date, 90)),
              alternates={"insurer": VHCA_ALT, "claim_amount": [m2(l2b)], "service_dates": [[iso(d2a), iso(d2b)]],
                          "provider": [r2, f"{r2}, VCD"]},
              denial_alternates=["other"])
    return out(p), t


def faxfine_stack(rng):
    """OB office transmittal; hospital-grade rental months 2-3 refused (p. 2 sideways); personal pump approved."""
    mom, = people(rng, 1, sexes="F")
    baby = with_last(people(rng, 1, sexes="M")[0], parts(mom)[2])
    ob_nm, rev_nm, coord = people(rng, 3, sexes="FMF")
    ob = f"Dr. {ob_nm}"
    num = hmi_id(rng)
    grp = f"G-{digits(rng, 6)}"
    plan = "HCP-3000"
    born = dt.date(2026, 3, 16)
    nicu_out = dt.date(2026, 4, 15)
    m1a, m1b = dt.date(2026, 3, 18), dt.date(2026, 4, 17)
    m2a, m2b = dt.date(2026, 4, 18), dt.date(2026, 5, 17)
    m3a, m3b = dt.date(2026, 5, 18), dt.date(2026, 6, 17)
    ld = dt.date(2026, 6, 24)
    clm = hmi_claim(rng)
    first_clm = hmi_claim(rng)
    first_pa = f"PA-{digits(rng, 7)}"
    rent = 210.00
    auth = f"AU-{digits(rng, 8)}"
    ship = dt.date(2026, 6, 29)
    addr = [mom, "77 Quarry Bend Lane, Apt 3", "Kestwick Falls, VL 58104"]
    # the OB office's transmittal (belongs to no document)
    cover = transmittal("Tarnbridge Women's Health", ["412 Foundry Street, Kestwick Falls, VL 58103",
                                                      f"Phone {phone(rng, '701')}  |  Fax {phone(rng, '701')}"],
                        [("To", "Cradlestone Maternal Supply - Orders"), ("Fax", phone(rng, "701")),
                         ("From", f"{coord}, care coordinator"), ("Date", yy(dt.date(2026, 6, 26))),
                         ("Pages", "4 including this page"), ("Re", f"Patient {first_last_of(mom)}")],
                        [(False, "Urgent"), (True, "For review"), (False, "Please reply"), (True, "Please file")],
                        [f"Our patient dropped off the two letters Harthorn sent her. Please ship the personal pump "
                         f"that was approved. We are helping her appeal the rental decision; {ob} will send a "
                         "letter about the baby's feeding.", "Thank you."])
    # --- doc 1: hospital-grade rental months 2 and 3 not medically necessary
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"HMI-DME-NM  |  {clm}")
    p.add_page()
    hmi_head(p, rng, right=["Notice of adverse benefit determination", f"Date: {long(ld)}"])
    for ln in addr:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(mom, "Member", 0.34), (num, "Member ID", 0.24), (grp, "Group", 0.2), (plan, "Plan", 0.22)],
                 [(clm, "Claim number", 0.34), (SUPPLIER, "Supplier", 0.42), (usd(2 * rent), "Billed", 0.24)],
                 [("E0604-RR", "Item", 0.34), (f"{slash(m2a)} - {slash(m3b)}", "Rental months billed", 0.42),
                  (ob, "Ordered by", 0.24)]], size=8.6, cap=5.0)
    p.line(f"Dear {parts(mom)[0]} {parts(mom)[2]}:", 10)
    p.ln(2)
    p.para(f"We received the claim from {SUPPLIER} for the rental of a hospital-grade electric breast pump for two "
           f"months: {long(m2a)} to {long(m2b)}, and {long(m3a)} to {long(m3b)}. We are not able to pay for these "
           "two rental months.", 9.8)
    p.para(f"We paid the first rental month, {slash(m1a)} to {slash(m1b)}, under approval {first_pa} (claim "
           f"{first_clm}), while your son {parts(baby)[0]} was cared for in the neonatal intensive care unit.", 9.4)
    p.add_page()
    p.heading("Why we made this decision", 10.5)
    p.para(f"Your plan covers the rental of a hospital-grade pump when it is medically necessary. Our breast pump "
           f"coverage policy (DME-114) lists when it is: the baby is in the hospital, or the baby has a condition that "
           "keeps him from feeding at the breast, or the mother has a condition that makes a personal pump not work "
           f"for her. The records from {ob} and from the pediatric clinic show that {parts(baby)[0]} came home on "
           f"{long(nicu_out)}, feeds at the breast, and was gaining weight well at his checkups. They do not show a "
           "condition of yours that needs a hospital-grade pump. Because none of the reasons in the policy applies "
           "after he came home, the rental for these two months is not medically necessary.", 9.4)
    p.para("A personal double electric pump meets your needs and is covered with no cost to you as a preventive "
           "benefit. We have approved one for you; see the separate notice with this letter.", 9.4)
    p.heading("Your right to appeal", 10.5)
    p.para("You, the supplier or someone you choose may appeal. Your appeal must be sent within 180 days of the date "
           f"of this letter to {HMI}, Appeals Unit, {HMI_ADDR}. Tell us why you think we are wrong and send any "
           "records that help, such as notes on feeding problems. If the baby's health could be harmed by waiting, "
           "ask for an expedited appeal; we answer those within 72 hours. After our final decision you may ask for an "
           "external review by an independent reviewer within four months.", 9.2)
    p.para(f"Reviewed by: {rev_nm}, MD, pediatrics. You may ask for the policy and the records we used, free of "
           f"charge. Baby's date of birth on the claim: {slash(born)}.", 8.6)
    p.sig_scrawl("Utilization Management", HMI)
    d1 = (out(p), truth("denial_letter", "medical_necessity", insurer=HMI, plan_id=plan, group=grp, member_id=num,
                        member_name=mom, cases=[clm], claim_amount=m2(2 * rent),
                        service_dates=[f"{iso(m2a)}/{iso(m2b)}", f"{iso(m3a)}/{iso(m3b)}"], denial_date=iso(ld),
                        provider=SUPPLIER, appeal_deadline=iso(plus(ld, 180)),
                        alternates={"insurer": HMI_ALT, "provider": SUPPLIER_ALT + [ob, ob_nm],
                                    "service_dates": [[f"{iso(m2a)}/{iso(m3b)}"], [iso(m2a), iso(m3a)]]}))
    # --- doc 2: personal pump approved (denies nothing)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"HMI-DME-AP  |  {auth}")
    p.add_page()
    hmi_head(p, rng, right=["APPROVAL NOTICE", f"Date: {long(ld)}"])
    for ln in addr:
        p.line(ln, 10)
    p.ln(3)
    p.line("Your breast pump is approved", 12.5, "B")
    p.ln(2)
    p.form_grid([[(auth, "Approval number", 0.3), (num, "Member ID", 0.24), (grp, "Group", 0.2), (plan, "Plan", 0.26)],
                 [("E0603", "Item approved", 0.3), ("Personal double electric pump, purchase", "Description", 0.7)],
                 [(SUPPLIER, "Supplier", 0.5), (slash(ship), "Planned delivery", 0.24), ("$0.00", "Your cost", 0.26)]],
                 size=8.8, cap=5.0)
    p.para(f"Good news: we approved a personal double electric breast pump for you, to be supplied by {SUPPLIER}. "
           "Breast pumps are a preventive benefit, so you pay nothing for this pump, its first set of supplies or "
           "shipping. The supplier will call you to confirm your address before it ships.", 9.6)
    p.para("Your plan covers one personal pump for each birth. Replacement parts such as valves, membranes and "
           "tubing are covered every 90 days; bottles and storage bags are not covered.", 9.2)
    p.para(f"The plan allows the supplier up to $185.00 for this pump (example of the allowed amount; it is not a bill). "
           f"Questions? Call Member Services at {tollfree(rng, '877')}.", 8.6)
    p.sig_scrawl("Care Management", HMI)
    d2 = (out(p), truth("other", None, insurer=HMI, plan_id=plan, group=grp, member_id=num, member_name=mom,
                        cases=[auth], service_dates=[iso(ship)], denial_date=iso(ld), provider=SUPPLIER,
                        alternates={"insurer": HMI_ALT, "provider": SUPPLIER_ALT, "service_dates": [[]]}))
    return [d1, d2], cover


def first_last_of(full: str) -> str:
    f, _, last = parts(full)
    return f"{f} {last}"


def scan300_lactation_oon(rng):
    """EPO plan: three visits to an out-of-network lactation practice refused; prose beside a side rail."""
    mom, = people(rng, 1, sexes="F")
    baby = with_last(people(rng, 1, sexes="F")[0], parts(mom)[2])
    ibclc, ped_nm = people(rng, 2, sexes="FM")
    num = hmi_id(rng)
    grp = f"G-{digits(rng, 6)}"
    plan = "HSE-1500"
    clinic = "Marchetta Lactation & Infant Feeding Clinic"
    visits = [dt.date(2026, 5, 4), dt.date(2026, 5, 11), dt.date(2026, 5, 26)]
    clm = hmi_claim(rng)
    ld = dt.date(2026, 6, 15)
    by = plus(ld, 180)
    per = 175.00
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"{HMI}  |  HMI-EPO-ON")
    p.add_page()
    hmi_head(p, rng, right=["Claim decision", long(ld)])
    for ln in [mom, "5 Wicket Hill Court", "Oxley, VL 58130"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(mom, "Patient", 0.3), (num, "Member ID", 0.24), (grp, "Group", 0.18),
                  (plan, "Plan number (Harthorn Select EPO)", 0.28)]], size=8.8, cap=5.0)
    p.rail_prose([
        f"Dear {parts(mom)[0]}:",
        f"We received a claim from {clinic} for three lactation consultant visits with {ibclc}, IBCLC, on "
        f"{long(visits[0])}, {long(visits[1])} and {long(visits[2])}. We will not pay this claim.",
        ("Why", f"You are enrolled in the Harthorn Select EPO. An EPO plan pays only for care from providers in the "
                f"Harthorn Select network, except in an emergency. {clinic} is not in the network. The plan covers "
                "lactation support with no cost sharing when you see a network provider, and there are network "
                "lactation consultants near you (see the box on this page). Because these visits were with a "
                "provider outside the network and were not an emergency, the plan does not cover them."),
        ("What you can do", "If you still need help with breastfeeding, call a network provider listed here or call "
                            "us and we will help you make an appointment. If no network lactation consultant can see "
                            "you within a reasonable time, call us before your next visit and we can approve a "
                            "visit outside the network."),
        ("Your right to appeal", f"You may appeal this decision. Your appeal must reach us no later than {long(by)}. "
                                 f"Write to {HMI}, Appeals Unit, {HMI_ADDR}, or call Member Services. You may "
                                 "send notes from your provider and ask for copies of the documents we used, free of "
                                 "charge. If we uphold this decision, you may ask for an independent external review; "
                                 "the external reviewer can look at decisions about medical necessity, experimental "
                                 "treatment, level of care and other matters."),
    ], [("Your claim at a glance", [("Claim", clm), ("Patient", mom), ("Provider", "Out of network"),
                                    ("Billed", usd(3 * per)), ("Visits", "3 (S9443)"), ("Plan paid", "$0.00")]),
        ("Network lactation care near you", "Oxley Breastfeeding Center, 2.4 miles, " + phone(rng, "701") +
         ". Kestwick Falls Family Birth Place lactation clinic, 6.1 miles, " + phone(rng, "701") +
         ". Harthorn Nurse Line: lactation video visits, 7 days a week."),
        ("Questions?", f"Member Services {tollfree(rng, '877')}, Monday to Friday 8 a.m. to 7 p.m. TTY 711.")],
        rail_w=58, size=9.2)
    p.para(f"Baby: {baby}, seen by her pediatrician {ped_nm}, MD, on {abbr(dt.date(2026, 5, 1))}; referral on file "
           f"dated {dmy_long(dt.date(2026, 4, 30))}. A referral does not make an out-of-network visit covered on an EPO.",
           8.2)
    p.sig_scrawl("Claims Review", HMI)
    p.nondiscrim(HMI, tollfree(rng, "877"))
    t = truth("denial_letter", "out_of_network", insurer=HMI, plan_id=plan, group=grp, member_id=num,
              member_name=mom, cases=[clm], claim_amount=m2(3 * per), service_dates=[iso(v) for v in visits],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(by),
              alternates={"insurer": HMI_ALT, "provider": [ibclc, f"{ibclc}, IBCLC"]})
    return out(p), t


def photocopy_es(rng):
    """Spanish member notice: hospital-grade pump rented without the Authority's prior authorization."""
    mom, = people(rng, 1, sexes="F", es=True)
    ob_nm, = people(rng, 1, sexes="F", es=True)
    ob = f"Dra. {ob_nm}"
    mid = mcd_id(rng)
    sup = "Nestquay Home Medical Supply"
    a, b = dt.date(2026, 4, 2), dt.date(2026, 5, 1)
    ld = dt.date(2026, 5, 20)
    notice = f"AV-{digits(rng, 7)}"
    claim = icn(rng, dt.date(2026, 5, 8))
    rent = 195.00
    p = EMSheet(footer="Página {n} de {nb}", footer_left=f"{VHCA_ES}  |  Formulario VHCA-NA-7S")
    p.add_page()
    vhca_head(p, rng, right=["AVISO DE ACCIÓN", es_date(ld)], es=True)
    for ln in [mom, "218 Calle del Molino, Apt 6", "Marlow Springs, VL 58215"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(mom, "Miembro", 0.36), (mid, "N.º de Medicaid", 0.24), (notice, "N.º de aviso", 0.2),
                  (claim, "N.º de reclamación", 0.2)],
                 [(sup, "Proveedor", 0.36), ("E0604-RR", "Artículo", 0.14), (usd_es(rent), "Cobrado", 0.16),
                  (ob, "Ordenado por", 0.34)]], size=8.4, cap=5.0)
    p.para(f"Estimada {parts(mom)[0]} {parts(mom)[2]}:", 10)
    p.para(f"La Autoridad recibió una reclamación de {sup} por la renta de un extractor de leche eléctrico de grado "
           f"hospitalario del {es_date(a)} al {es_date(b)}. **La Autoridad no pagará esta renta.**", 9.8)
    p.para("**Por qué.** El programa de Asistencia Médica paga la renta de un extractor de grado hospitalario solo "
           "cuando la Autoridad la aprueba antes de entregarlo (autorización previa). El proveedor no pidió esta "
           "aprobación antes de entregarle el extractor. Esta decisión no dice si usted necesitaba el extractor; el "
           "proveedor puede pedir la aprobación ahora con las notas de su médica.", 9.4)
    p.para("El proveedor no puede cobrarle a usted esta renta. Si recibe una factura, llame a Servicios para "
           "miembros.", 9.4)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede pedir una reconsideración a la Autoridad dentro de 60 días a partir de la fecha de este aviso. "
           f"Escriba a {VHCA_ES}, Reconsideraciones, {VHCA_ADDR}, o llame a Servicios para miembros. Díganos por "
           "qué no está de acuerdo y envíe cualquier documento que ayude.", 9.2)
    p.para("También puede pedir una audiencia imparcial del estado dentro de 120 días a partir de la fecha de este "
           "aviso. Si pide la audiencia dentro de 10 días, sus servicios pueden continuar mientras espera la "
           "decisión.", 8.8)
    p.para(f"Fecha de parto en el expediente: {es_date(dt.date(2026, 3, 29))}. Ejemplo: una renta de un mes se paga "
           "hasta US$180.00 cuando está aprobada.", 8.2)
    p.sig_scrawl("División de Asistencia Médica", VHCA_ES)
    t = truth("denial_letter", "prior_authorization", insurer=VHCA_ES, member_id=mid, member_name=mom,
              cases=[notice, claim], claim_amount=m2(rent), service_dates=[f"{iso(a)}/{iso(b)}"],
              denial_date=iso(ld), provider=sup, appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": [VHCA] + VHCA_ALT, "case_numbers": [[claim], [notice]],
                          "provider": [ob, ob_nm]})
    return out(p), t


def phone_after_coverage(rng):
    """Personal pump shipped nine days after the coverage ended (COBRA not elected)."""
    mom, = people(rng, 1, sexes="F")
    num = hmi_id(rng)
    grp = f"G-{digits(rng, 6)}"
    sup = "Pipit Lane Maternity Supply"
    ended = dt.date(2026, 5, 31)
    ordered = dt.date(2026, 5, 28)
    shipped = dt.date(2026, 6, 9)
    ld = dt.date(2026, 7, 8)
    clm = hmi_claim(rng)
    bill = 289.00
    emp = "Orrin & Vale Logistics, Inc."
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"HMI-ELG-4  |  {clm}")
    p.add_page()
    hmi_head(p, rng, right=["Claim decision", f"Date: {slash(ld)}"])
    for ln in [mom, "940 Tannery Row", "Kestwick Falls, VL 58105"]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.caps_under([(num, "Member ID", W * 0.22), (grp, "Group", W * 0.16), (clm, "Claim number", W * 0.26),
                  (usd(bill), "Billed", W * 0.14), (slash(shipped), "Date of service", W * 0.22)], size=9.0)
    p.caps_under([(sup, "Supplier", W * 0.4), ("E0603", "Item", W * 0.16), (slash(ended), "Coverage ended", W * 0.22),
                  (slash(ordered), "Order received", W * 0.22)], size=9.0)
    p.para(f"Dear {parts(mom)[0]}:", 10)
    p.para(f"{sup} sent us a claim for a personal double electric breast pump it shipped to you on {long(shipped)}. "
           "We cannot pay this claim.", 9.8)
    p.para(f"**Reason:** Your coverage under the {emp} group plan ended on {long(ended)}, when your employment "
           "ended. The plan pays only for items and services you receive while you are covered. The supplier "
           f"took your order on {slash(ordered)}, but it shipped the pump on {slash(shipped)}, after your coverage "
           "had ended, so the plan cannot pay for it.", 9.4)
    p.para("**COBRA.** Your employer sent you a COBRA election notice. If you elect COBRA continuation coverage, it "
           "starts the day after your coverage ended, and we would look at this claim again. Your election must be "
           "made by July 30, 2026.", 9.0)
    p.para("**Appeal.** If you think this decision is wrong, you may appeal within 180 days of the date of this "
           f"letter. Write to {HMI}, Appeals Unit, {HMI_ADDR}, and tell us why. You may send documents and ask for "
           "copies of what we used, free of charge.", 9.0)
    p.para(f"Your baby's date of birth on file: {ordinal_date(dt.date(2026, 6, 2))}. Supplier order no. "
           f"PL-{digits(rng, 6)}.", 8.2)
    p.sig_scrawl("Eligibility and Claims", HMI)
    t = truth("denial_letter", "eligibility", insurer=HMI, group=grp, member_id=num, member_name=mom,
              cases=[clm], claim_amount=m2(bill), service_dates=[iso(shipped)], denial_date=iso(ld), provider=sup,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": HMI_ALT})
    return out(p), t


def rotated_late_claim(rng):
    """Two pages to the collective: a labor support claim received 193 days after the birth (limit 180)."""
    mom, = people(rng, 1, sexes="F")
    doula, mgr = people(rng, 2, sexes="FM")
    mid = mcd_id(rng)
    dos = dt.date(2026, 1, 9)
    recd = dt.date(2026, 7, 21)
    ld = dt.date(2026, 8, 4)
    claim = icn(rng, recd)
    bill = 900.00
    npi = digits(rng, 10)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"VHCA-TF-180  |  ICN {claim}",
                short_hdr=f"{COLLECTIVE}  ·  ICN {claim}  ·  page {{n}}")
    p.add_page()
    vhca_head(p, rng, right=["NOTICE OF CLAIM DENIAL", f"Date of notice: {abbr(ld)}"])
    for ln in [COLLECTIVE, "Attn: Billing", "1417 Larkin Mill Road, Suite 2", "Marlow Springs, VL 58216"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.form_grid([[(last_first(mom), "Member", 0.34), (mid, "Medicaid ID", 0.22), (claim, "ICN", 0.24),
                  (npi, "Billing NPI", 0.2)],
                 [(f"{doula}, VCD", "Rendering doula", 0.34), ("T1033", "Procedure", 0.22), (n2(bill), "Billed", 0.24),
                  ("0.00", "Paid", 0.2)]], size=8.6, cap=5.0)
    p.para(f"The Authority has denied the claim above for labor and delivery support given to {mom} on "
           f"{long(dos)}.", 9.8)
    p.table(["Date of service", "Date claim received", "Days between", "Filing limit"],
            [[slash(dos), slash(recd), str((recd - dos).days), "180 days"]], [42, 46, 40, 51.9], size=8.8)
    p.ln(2)
    p.history_box("Other claims from you for this member", ["ICN", "Service date", "Procedure", "Billed", "Paid",
                                                             "Paid on"],
                  [[icn(rng, dt.date(2026, 1, 27)), slash(dt.date(2026, 1, 20)), "T1032-U9", "117.00", "117.00",
                    dotted(dt.date(2026, 2, 9))],
                   [icn(rng, dt.date(2026, 2, 10)), slash(dt.date(2026, 2, 3)), "T1032-U9", "78.00", "78.00",
                    dotted(dt.date(2026, 2, 23))]],
                  [36, 26, 24, 22, 22, 28], note="These claims were paid and are not part of this notice.")
    p.add_page()
    p.heading("Reason for the denial", 10.5)
    p.para("Claims for Medical Assistance services must reach the Authority within 180 days of the date of service. "
           f"This claim reached us on {long(recd)}, {(recd - dos).days} days after the birth. Our records show no "
           "earlier claim for this service from you, and no reason for a late claim that the program accepts, such as "
           "a member whose Medical Assistance was approved late, a claim first paid by another insurer, or a "
           "correction of an earlier claim sent on time.", 9.4)
    p.heading("Reconsideration", 10.5)
    p.para("If you sent this claim on time, or a reason for a late claim applies, you may ask for reconsideration "
           "within 30 days of the date of this notice. Send the Reconsideration Request form with proof, such as the "
           "clearinghouse acceptance report showing the date the claim was first accepted, to Provider "
           f"Reconsiderations, {VHCA_ADDR}. The member may not be billed for this service.", 9.4)
    p.para(f"Batch received {dotted(recd)}; electronic submitter ID {digits(rng, 6)}. Member's date of delivery "
           f"recorded by the hospital: {dd_mon(dos)}.", 8.4)
    p.sig_scrawl(mgr, "Claims Resolution Unit", VHCA)
    t = truth("denial_letter", "timely_filing", insurer=VHCA, member_id=mid, member_name=mom, cases=[claim],
              claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(ld), provider=COLLECTIVE,
              appeal_deadline=iso(plus(ld, 30)),
              alternates={"insurer": VHCA_ALT, "provider": [doula, f"{doula}, VCD"]})
    return out(p), t


def lowres_labor_code(rng):
    """Provider notice: labor support billed as 40 units of T1032 instead of once under T1033."""
    mom, = people(rng, 1, sexes="F")
    doula, = people(rng, 1, sexes="F")
    mid = mcd_id(rng)
    prov = "Hearthsong Doula Services"
    dos = dt.date(2026, 2, 27)
    nd = dt.date(2026, 3, 23)
    claim = icn(rng, dt.date(2026, 3, 12))
    units = 40
    bill = units * FEE_T1032
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"VHCA-CD-21  |  {claim}")
    p.add_page()
    vhca_head(p, rng, right=["PROVIDER NOTICE", f"Notice date {slash(nd)}"])
    for ln in [prov, f"{doula}, VCD, owner", "63 Candlewood Terrace", "Oxley, VL 58131"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.form_grid([[(mom, "Member", 0.3), (mid, "Medicaid ID", 0.22), (claim, "ICN", 0.26), (slash(dos), "Date of service", 0.22)],
                 [("T1032 x 40 units", "Billed as", 0.3), (n2(bill), "Billed amount", 0.22), ("0.00", "Paid", 0.26),
                  ("D21", "Code", 0.22)]], size=8.8, cap=5.0)
    p.three_cols([
        ("What we decided", f"The claim above, for your support of {first_last_of(mom)} during labor and "
                            f"delivery on {long(dos)}, is denied. Nothing was paid."),
        ("Why", "The claim bills the labor and delivery support as 40 units of T1032. T1032 is paid per 15 minutes "
                "for prenatal and postpartum visits only. Support during labor and delivery is paid once for each "
                "birth, as one unit of T1033 (per diem), whatever the number of hours. A claim for labor support "
                "under T1032 is billed with the wrong code and cannot be paid as sent."),
        ("What to do", "Send a new claim for this birth with one unit of T1033 and the date of delivery. A new "
                       "claim must still reach us within 180 days of the date of service. Do not send the same "
                       "T1032 claim again."),
        ("Reconsideration", "If you think we made a mistake, ask for reconsideration within 90 days of the date "
                            "of this notice. Write to Provider Reconsiderations at the address above and include "
                            "the ICN."),
        ("Rates (for reference)", "T1032: $19.50 per 15 minutes, up to 8 visits for each pregnancy. T1033: "
                                  "$850.00 per birth. Rates as of January 1, 2026."),
    ], size=8.6)
    p.para(f"Hospital account no. on the claim: {digits(rng, 9)}. Your provider enrollment renews "
           f"on {ordinal_date(dt.date(2026, 11, 30))}.", 8.0)
    p.sig_scrawl("Claims Policy Unit", VHCA)
    t = truth("denial_letter", "coding_error", insurer=VHCA, member_id=mid, member_name=mom, cases=[claim],
              claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(nd), provider=prov,
              appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": VHCA_ALT, "provider": [doula, f"{doula}, VCD"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh("A")
    F = FAMILY + "_"
    items = [Item(F + "bd_remittance_doula_collective_four_members_ninth_visit_code_d08_legend_page_two",
                  "born_digital", [bd_remittance(rng)])]
    docs, cover = faxfine_stack(rng)
    items.append(Item(F + "faxfine_stack_ob_transmittal_hospital_grade_rental_sideways_and_pump_approval", "fax_fine_g4", docs, separators=[cover, None],
                      turns={(0, 1): 90}))
    items += [
        Item(F + "scan300_epo_lactation_consultant_out_of_network_side_rail", "scan_clean_300",
             [scan300_lactation_oon(rng)]),
        Item(F + "photocopy_es_aviso_extractor_grado_hospitalario_sin_autorizacion", "photocopy",
             [photocopy_es(rng)]),
        Item(F + "phone_personal_pump_shipped_after_coverage_ended", "phone_photo",
             [phone_after_coverage(rng)]),
        Item(F + "rotated_two_pages_labor_support_claim_received_after_180_days", "rotated",
             [rotated_late_claim(rng)]),
        Item(F + "lowres_labor_support_billed_as_t1032_units_three_columns", "scan_lowres_150",
             [lowres_labor_code(rng)]),
    ]
    return items
