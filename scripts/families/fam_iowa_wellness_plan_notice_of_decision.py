"""Notices of decision mirrored (structure and plain wording style only) from the papers an Iowa Medicaid managed care
plan sends adults covered by the Iowa Wellness Plan (the Iowa Department of Health and Human Services (Iowa HHS), the
Iowa Wellness Plan, Iowa Medicaid, the State Fair Hearing, CPT codes and CARC 242 / 18 as themselves; the 60-day
appeal, 72-hour expedited appeal, 10-day continuation and 120-day hearing limits written in that style, not quoted)
from an invented plan (Maquoketa River Health Plan). Every plan, clinic, person, number and address is invented;
phones use 555 or TTY 711. Long papers: the facts sometimes on page 2, then rights pages, a tagline page in many
languages, a nondiscrimination notice and an appeal request form with example values.

Documents (8 in 7 files):
- faxstd_two_page_notice_mri_not_needed: a standard-fax notice of decision form (captioned boxes, received date,
  DOB, planned date) refusing a lumbar MRI as not needed; page 2 holds the rights and the nondiscrimination notice.
- born_digital_three_page_claims_summary_nebraska_clinic: a member claims summary of four claims, the third (a
  Nebraska clinic outside the network) refused under CARC 242; page 2 legend and rights, page 3 taglines and an
  appeal form with example values.
- photocopy_letter_to_representative_facts_on_page_two_cosmetic: a letter to the member's authorised representative
  (the member's sister), the claim's facts on page 2 under "About the service", refusing removal of skin tags as cosmetic;
  a cc line names the clinic.
- phone_es_aviso_dos_paginas_cobertura_terminada: a photographed two-page Spanish notice on a clinic visit after the
  Iowa Wellness Plan coverage ended at renewal (amounts "US$ 1.234,50"), rights and taglines on page 2.
- rotated_two_page_approval_physical_therapy: an approval of physical therapy visits, both pages fed sideways
  (denies nothing).
- lowres_three_page_sleep_study_without_approval: a 150 dpi letter, the claim's details on page 2, an appeal
  request form with example values on page 3: a sleep study done without the plan's approval.
- clean_stack_cover_appeal_decision_rehab_days_then_es_duplicate: a cover sheet, a two-page appeal decision
  keeping the refusal of inpatient rehabilitation days (a skilled nursing facility would do; its second page fed
  sideways), then a Spanish notice on a duplicate claim (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxc import XSheet, es_money, people, phone
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "iowa_wellness_plan_notice_of_decision"
LANG = "en"
SEED = 354302
INS = "Maquoketa River Health Plan"
ALT = ["Maquoketa River"]
IA_TOWNS = [("Ottumwa", "52501"), ("Waterloo", "50701"), ("Mason City", "50401"), ("Dubuque", "52001"),
            ("Council Bluffs", "51501"), ("Fort Dodge", "50501"), ("Burlington", "52601")]
STREETS = ["Juniper Ln", "Old Mill Rd", "W 14th St", "Sycamore Ave", "Railroad St", "Prospect Hill Rd"]
CLINICS = ["Cedar Bend Family Medicine", "Wapsipinicon Valley Clinic", "Loess Hills Spine Center",
           "Boone Street Dermatology", "Skunk River Physical Therapy", "Raccoon Valley Sleep Center",
           "Winnebago Rehabilitation Hospital", "Eastfield Urgent Care"]


def sid(rng):
    """An Iowa Medicaid State ID shape: seven digits and a letter (invented)."""
    return digits(rng, 7) + rng.choice("ABCDEFGHJKLMNPRSTVWXY")


def addr(rng):
    town, z = rng.choice(IA_TOWNS)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{town}, IA {z}"]


def dob(rng):
    return dt.date(rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28))


def npi(rng):
    return digits(rng, 10)


def head(p: XSheet, rng, unit="Member Services", es=False):
    line2 = "Iowa Medicaid - Plan del Iowa Wellness Plan" if es else "Iowa Medicaid  |  Iowa Wellness Plan"
    p.letterhead(INS, [line2, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Des Moines, IA 50306  |  "
                               f"{phone(rng)}  |  TTY 711"])


def rights(p: XSheet, rng, what="notice", size=8.8):
    p.heading("Your rights: how to appeal", 10.5, rule=True)
    p.para(f"**Plan appeal.** If you do not agree with our decision, you or someone you choose can ask {INS} for an "
           f"appeal. You must ask within 60 days from the date on this {what}. Call Member Services or write to us. "
           "If you call, you do not need to send a letter as well.", size)
    p.para("**Expedited appeal.** If waiting could seriously harm your health, ask for a fast (expedited) appeal. "
           "We will decide it within 72 hours.", size)
    p.para("**Keeping your services.** If we are stopping or reducing a service you already get, you can keep it "
           "during the appeal if you ask within 10 days of the date on this notice or before the change starts. "
           "If you lose the appeal, you may have to pay for those services.", size)
    p.para("**State Fair Hearing.** After our appeal decision, if you still disagree, you can ask the Iowa "
           "Department of Health and Human Services for a State Fair Hearing within 120 days of the date of our "
           f"appeal decision. Iowa HHS appeals: {phone(rng, '866')}.", size)
    p.para("**Help.** The Managed Care Ombudsman Program can help you with problems with your plan: "
           f"{phone(rng, '866')}. Legal help may be free if you qualify.", size)


def nondisc(p: XSheet, rng, es=False):
    coord = people(rng, 1)[0]
    p.nondiscrimination(INS, coord, phone(rng, "844"),
                        f"Civil Rights Coordinator, PO Box {rng.randint(1200, 9800)}, Des Moines, IA 50306",
                        phone(rng, "800"), es=es)


def appeal_form(p: XSheet, rng):
    p.bar("APPEAL REQUEST FORM (return to the address on page 1)")
    p.para("Fill in this form and mail or fax it to us. Example of how to fill it in: Member name: Jane Q. Sample; "
           "Medicaid State ID: 1234567Z; Date of notice: 01/15/2026; Reference number: RN-000000.", 8.6)
    for lab in ["Member name", "Medicaid State ID", "Date of the notice you are appealing", "Reference number",
                "Why do you disagree?", "", "Do you want a fast (expedited) appeal?   [ ] Yes   [ ] No",
                "Representative's name and phone (if any)", "Signature                              Date"]:
        p.f(9)
        p.cell(0, 9, lab + ("" if not lab or "[" in lab else ": " + "_" * 60), new_x="LMARGIN", new_y="NEXT")


def faxstd_mri(rng):
    member, doc, rev, md = people(rng, 4)
    clinic = CLINICS[2]
    m = sid(rng)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(rec, rng.randint(3, 6))
    plan = plus(nd, rng.randint(8, 15))
    ref = f"RN-{digits(rng, 6)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  MRHP UM DEPT  515-555-{digits(rng, 4)}  P.{{n}}/2"
    p = XSheet(footer="Page {n} of {nb}")
    p.add_page()
    p.f(7.5)
    p.cell(0, 3.5, fax.format(n=1), new_x="LMARGIN", new_y="NEXT")
    head(p, rng, "Utilization Management")
    p.bar("NOTICE OF DECISION - SERVICE REQUEST")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Date of this notice", fdate(nd, "slash"), 40), ("Member name", member, 70),
                ("Medicaid State ID", m, W - 110)])
    p.capboxes([("Date of birth", fdate(dob(rng), "slash"), 40), ("Request received", fdate(rec, "slash"), 40),
                ("Reference number", ref, 45), ("Planned date", fdate(plan, "slash"), W - 125)])
    p.capboxes([("Requesting provider", f"Dr. {doc}", 70), ("Practice", clinic, 70), ("NPI", npi(rng), W - 140)])
    p.ln(4)
    for ln in [member, *addr(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} asked us to approve an MRI of your lower back (CPT 72148). We reviewed the request and the "
           "office notes. **We denied the request.**", 10)
    p.para("Why: your back pain started about three weeks before the request. The notes do not show numbness, "
           "weakness, loss of bladder control, a fever or a recent fall. For back pain like this, an MRI does not "
           "change the treatment in the first six weeks. The notes do not show that you tried physical therapy or "
           "home exercises first. The MRI is not medically necessary at this time. If your symptoms get worse, "
           "your doctor can ask again.", 10)
    p.para(f"This decision was made by Dr. {rev}, a physician reviewer, and signed by Dr. {md}, Medical Director. "
           "You or your doctor may ask for a copy of the guideline we used, free of charge.", 9.6)
    p.para("Your rights are explained on page 2.", 9.6)
    p.add_page()
    p.f(7.5)
    p.cell(0, 3.5, fax.format(n=2), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    rights(p, rng)
    nondisc(p, rng)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[plan.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "service_dates": [[]]})
    return out(p), t


def born_statement(rng):
    member, d1, d2, d3, d4 = people(rng, 5)
    m = sid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    rows, den = [], None
    specs = [(CLINICS[0], d1, "99213", "Office visit", 110, 160, "1"),
             (CLINICS[7], d2, "99204", "Urgent care visit", 150, 230, "1"),
             ("Platte Crossing Clinic, Omaha NE", d3, "99214", "Office visit", 160, 240, "242"),
             (CLINICS[0], d4, "80053", "Lab panel", 40, 80, "1")]
    for prov, doc, code, desc, lo, hi, rsn in specs:
        d = plus(sd, -rng.randint(18, 60))
        n = f"{digits(rng, 4)}-{digits(rng, 8)}"
        b = amount(rng, lo, hi)
        paid = 0.0 if rsn == "242" else round(b * 0.55, 2)
        rows.append([n, prov, doc, fdate(d, "slash"), code + " " + desc, money(b, "nosign"), money(paid, "nosign"),
                     "0.00", rsn])
        if rsn == "242":
            den = (n, prov, doc, d, b)
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 14, 12)
    p.add_page(orientation="L")
    head(p, rng)
    p.bar("MEMBER CLAIMS SUMMARY - THIS IS NOT A BILL")
    addr_l = addr(rng)
    p.capboxes([("Statement date", fdate(sd, "long"), 50), ("Member", member, 70), ("Medicaid State ID", m, 45),
                ("Coverage", "Iowa Wellness Plan", 40), ("Period", f"{fdate(plus(sd, -60), 'slash')} - "
                                                                 f"{fdate(plus(sd, -1), 'slash')}", 50.4)])
    p.ln(3)
    p.line(f"{member}, {addr_l[0]}, {addr_l[1]}", 8.6)
    p.ln(2)
    p.table(["Claim number", "Provider", "Rendering", "Date of service", "Service", "Billed", "Plan paid",
             "You owe", "Code"], rows, [32, 62, 40, 24, 40, 20, 20, 16, 11.9], size=7.8,
            aligns=["L"] * 5 + ["R"] * 3 + ["C"])
    p.para("Codes: 1 = paid under your Iowa Wellness Plan benefits. 242 = see page 2. You owe nothing for covered "
           "services; Iowa Wellness Plan members have no copay for these visits.", 8.4)
    p.add_page(orientation="P")
    p.heading("About the claim we did not pay (code 242)", 11, rule=True)
    n, prov, doc, d, b = den
    p.para(f"Claim {n} is for a visit with {doc} at {prov} on {fdate(d, 'long')}, billed at {money(b)}. The clinic "
           f"is in Nebraska and is not in the {INS} network. We pay for care outside our network only in an "
           "emergency, for urgent care while you are away from home, or when we approved it first. This visit was a "
           "routine follow-up for blood pressure and was not approved, so we did not pay it. Because the clinic is "
           "not enrolled with Iowa Medicaid, it may bill you; call us if it does.", 9.4)
    rights(p, rng, "statement", 8.6)
    p.add_page()
    p.taglines(phone(rng, "855"))
    p.add_page()
    appeal_form(p, rng)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=prov,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_rep(rng):
    member, sister, doc, sig = people(rng, 4)
    clinic = CLINICS[3]
    m = sid(rng)
    v = dt.date(2026, 2, rng.randint(3, 25))
    rec = plus(v, rng.randint(10, 20))
    nd = plus(rec, rng.randint(10, 20))
    n = f"{digits(rng, 4)}-{digits(rng, 8)}"
    b1, b2 = amount(rng, 95, 140), amount(rng, 120, 180)
    tot = round(b1 + b2, 2)
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [sister, f"Authorized representative for {member}", *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.bar("NOTICE OF DECISION ON A CLAIM")
    p.para(f"Dear {sister}:", 10)
    p.para(f"You are the authorized representative for {member} (Medicaid State ID {m}). We are writing to tell "
           f"you that we will not pay a claim from {clinic} for a service {member} had. The details of the "
           "claim, its number and the amount are on page 2 under \"About the service\".", 10)
    p.para("Why we said no: the notes say the skin tags on the neck were removed because the member did not like how they "
           "looked. They were not bleeding, infected or irritated by clothing. The Iowa Wellness Plan does not pay "
           "for procedures done to change how a person looks. This kind of service is not a covered benefit.", 10)
    p.para("If the skin tags were causing a medical problem, the clinic can send us the notes and ask us to look "
           "again. You can also appeal; see the rights on page 2.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department, {INS}", 10)
    p.cc([f"{clinic}", f"{member} (member)"])
    p.add_page()
    p.heading("About the service", 11, rule=True)
    p.boxed_pairs([("Member", member), ("Medicaid State ID", m), ("Claim number", n),
                   ("Date received", fdate(rec, "slash")), ("Date of service", fdate(v, "slash")),
                   ("Provider", f"{clinic} - Dr. {doc}"), ("Billed", f"11200 {money(b1)}; 11201 {money(b2)}"),
                   ("Total billed", money(tot)), ("We paid", "$0.00")])
    rights(p, rng, "letter", 8.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    clinic = CLINICS[1]
    m = sid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(20, 30))
    n = f"{digits(rng, 4)}-{digits(rng, 8)}"
    b1, b2 = amount(rng, 140, 210), amount(rng, 1010, 1300)
    tot = round(b1 + b2, 2)
    p = XSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros", es=True)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.bar("AVISO DE DECISIÓN SOBRE UN RECLAMO")
    p.boxed_pairs([("Miembro", member), ("Número de identificación estatal", m), ("Número de reclamo", n),
                   ("Fecha del servicio", f"{fdate(v, 'long', 'es')} ({v.strftime('%d/%m/%Y')})"),
                   ("Proveedor", f"{clinic} - Dr. {doc}"), ("Total facturado", es_money(tot))])
    p.table(["Código", "Servicio", "Cargo (USD)"],
            [["99214", "Consulta en la clínica", f"{b1:.2f}"], ["74177", "Tomografía del abdomen", f"{b2:.2f}"],
             ["", "Total", f"{tot:.2f}"]], [30, 90, 40], size=9, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Su cobertura del Iowa Wellness Plan terminó el {fdate(end, 'long', 'es')}, porque no recibimos a tiempo "
           "su formulario de renovación anual. El servicio de arriba se hizo después de esa fecha, cuando usted ya "
           f"no tenía cobertura con Iowa Medicaid ni con {INS}. Por eso no pagamos el reclamo por {es_money(tot)}.",
           10)
    p.para("Si usted envió su renovación y volvió a tener cobertura desde esa fecha, llámenos. Sus derechos están "
           "en la página 2.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.8)
    p.add_page()
    p.heading("Sus derechos", 10.5, rule=True)
    p.para(f"**Apelación.** Si no está de acuerdo, usted o su representante puede pedir una apelación a {INS} dentro "
           "de los 60 días a partir de la fecha de este aviso. **Apelación rápida:** si esperar puede dañar su "
           "salud, decidimos en 72 horas. **Audiencia imparcial estatal:** después de nuestra decisión de apelación, "
           "puede pedir una audiencia al Departamento de Salud y Servicios Humanos de Iowa dentro de 120 días. "
           "**Para seguir recibiendo servicios** durante la apelación, pídalo dentro de 10 días.", 9)
    nondisc(p, rng, es=True)
    p.taglines(phone(rng), "Ayuda en su idioma", 7.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_approval(rng):
    member, pt, sig = people(rng, 3)
    prac = CLINICS[4]
    m = sid(rng)
    rec = dt.date(2026, 6, rng.randint(1, 15))
    nd = plus(rec, rng.randint(2, 5))
    a, b = plus(nd, 3), plus(nd, 62)
    ref = f"RN-{digits(rng, 6)}"
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.bar("NOTICE OF DECISION - APPROVED")
    p.pairs([("Medicaid State ID", m), ("Reference number", ref), ("Request received", fdate(rec, "slash"))],
            label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news. {pt}, PT, of {prac} asked us to approve 12 physical therapy visits for your shoulder. **We "
           f"approved all 12 visits** from {fdate(a, 'long')} through {fdate(b, 'long')}.", 10)
    p.para("You do not need to do anything. If you need more visits after that date, your therapist can ask us. "
           "Physical therapy under the Iowa Wellness Plan has no copay.", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Management", 10)
    p.add_page()
    p.taglines(phone(rng))
    nondisc(p, rng)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=pt,
              alternates={"insurer": ALT, "provider": [prac], "case_numbers": [[]],
                          "service_dates": [[a.isoformat(), b.isoformat()], []]})
    return out(p), t


def lowres_sleep(rng):
    member, doc, sig, rev = people(rng, 4)
    ctr = CLINICS[5]
    m = sid(rng)
    v = dt.date(2026, 1, rng.randint(12, 28))
    nd = plus(v, rng.randint(35, 50))
    n = f"{digits(rng, 4)}-{digits(rng, 8)}"
    b = amount(rng, 1400, 2300)
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.bar("NOTICE OF DECISION")
    p.para(f"Dear {member}:", 10)
    p.para(f"We received a claim from {ctr} for an overnight sleep study. We are not paying this claim. You will "
           "find the claim number, the date and the amount on the next page.", 10)
    p.para("Why: an overnight sleep study done in a sleep center must be approved by us before it is done. We have "
           "no record that the center or your doctor asked us. When the center does not ask first, the center may "
           "not bill you for the study. A home sleep test does not need our approval.", 10)
    p.para(f"The claim was reviewed by {rev}, RN. If you disagree, you can appeal. Your rights and an appeal form "
           "are on the following pages.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    p.add_page()
    p.heading("Claim details", 11, rule=True)
    p.boxed_pairs([("Claim number", n), ("Member", member), ("Medicaid State ID", m),
                   ("Service", "Polysomnography, attended (CPT 95810)"), ("Date of service", fdate(v, "long")),
                   ("Ordering doctor", f"Dr. {doc}"), ("Facility", ctr), ("Billed", money(b)), ("Paid", "$0.00")])
    rights(p, rng, "notice", 8.6)
    p.add_page()
    appeal_form(p, rng)
    nondisc(p, rng)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=ctr,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def stack(rng):
    member, doc, rev, sig = people(rng, 4)
    hosp = CLINICS[6]
    m = sid(rng)
    adm = dt.date(2026, 4, rng.randint(2, 10))
    cut = plus(adm, 6)
    dis = plus(adm, 12)
    nd = plus(dis, rng.randint(40, 50))
    apl = f"AP-{digits(rng, 7)}"
    n = f"{digits(rng, 4)}-{digits(rng, 8)}"
    b = amount(rng, 9000, 14000)
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.bar("NOTICE OF APPEAL DECISION")
    p.pairs([("Appeal number", apl), ("Claim number", n), ("Medicaid State ID", m)], label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to look again at our decision not to pay part of your stay at {hosp}. You were admitted on "
           f"{fdate(adm, 'long')} and went home on {fdate(dis, 'long')}. We paid the days through "
           f"{fdate(cut, 'long')}. We did not pay the days from {fdate(plus(cut, 1), 'long')} through "
           f"{fdate(dis, 'long')}, billed at {money(b)}.", 10)
    p.para(f"**We kept our decision.** Dr. {rev}, a physical medicine doctor who did not make the first decision, "
           "read the hospital records. After the first week you could walk with a walker and needed help only with "
           "bathing. You no longer needed three hours of therapy a day and a doctor's daily visit. A skilled nursing "
           "facility could have given you the care you needed. We pay for the level of care you need, not a higher "
           "one.", 10)
    p.add_page()
    p.heading("If you still disagree", 11, rule=True)
    p.para("You can ask the Iowa Department of Health and Human Services for a State Fair Hearing within 120 days "
           "of the date of this appeal decision. Call Iowa HHS or write to its appeals section; you can have a "
           "friend, a relative or a lawyer speak for you. There is no further plan appeal.", 9.4)
    p.para(f"Sincerely,\n{sig}\nAppeals and Grievances, {INS}", 9.6)
    p.cc([f"{hosp}", f"Dr. {doc}, attending physician"])
    nondisc(p, rng)
    d_a = (out(p), truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member,
                         cases=[apl, n], claim_amount=m2(b),
                         service_dates=[f"{plus(cut, 1).isoformat()}/{dis.isoformat()}"], denial_date=nd.isoformat(),
                         provider=hosp,
                         alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[apl], [n]],
                                     "service_dates": [[plus(cut, 1).isoformat(), dis.isoformat()],
                                                       [f"{adm.isoformat()}/{dis.isoformat()}"]]},
                         denial_alternates=["medical_necessity"]))
    member2, doc2, sig2 = people(rng, 3)
    clinic = CLINICS[0]
    m2_ = sid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd2 = plus(v, rng.randint(25, 35))
    n1, n2 = f"{digits(rng, 4)}-{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 8)}"
    bb = amount(rng, 120, 190)
    q = XSheet(footer="Página {n} de {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    head(q, rng, "Reclamos", es=True)
    q.para(fdate(nd2, "long", "es"), 10)
    for ln in [member2, *addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.bar("AVISO DE DECISIÓN: RECLAMO DUPLICADO")
    q.pairs([("Identificación estatal", m2_), ("Reclamo", n2), ("Reclamo ya pagado", n1)], label_w=48, size=9.6)
    q.ln(2)
    q.para(f"Estimado(a) {member2}:", 10)
    q.para(f"{clinic} nos envió el reclamo {n2} por su consulta con el Dr. {doc2} del "
           f"{fdate(v, 'long', 'es')}, por {money(bb)}. Ya habíamos pagado esa misma consulta con el reclamo {n1}. "
           "El segundo reclamo es una copia del primero, y por eso no lo pagamos. Usted no debe nada por esta "
           "consulta.", 10)
    q.para("Si no está de acuerdo, puede apelar dentro de los 60 días a partir de la fecha de este aviso. "
           "Apelación rápida: 72 horas. Audiencia imparcial estatal: 120 días después de nuestra decisión de "
           f"apelación. Llame al {phone(rng)} (TTY 711).", 9.6)
    q.para(f"Atentamente,\n{sig2}\nReclamos", 9.6)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n2],
                         claim_amount=m2(bb), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=clinic, appeal_deadline=plus(nd2, 60).isoformat(), lang="es",
                         alternates={"insurer": ALT, "provider": [doc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_two_page_notice_mri_not_needed", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "born_digital_three_page_claims_summary_nebraska_clinic", "born_digital", [born_statement(rng)]),
        Item(F + "photocopy_letter_to_representative_facts_on_page_two_cosmetic", "photocopy", [photocopy_rep(rng)]),
        Item(F + "phone_es_aviso_dos_paginas_cobertura_terminada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_approval_physical_therapy", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_three_page_sleep_study_without_approval", "scan_lowres_150", [lowres_sleep(rng)]),
        Item(F + "clean_stack_cover_appeal_decision_rehab_days_then_es_duplicate", "scan_clean_300", stack(rng),
             separators=["cover", None], turns={(0, 1): 90}),
    ]
