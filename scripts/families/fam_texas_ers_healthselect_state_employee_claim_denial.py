"""Notices mirrored (structure and wording style only) from HealthSelect of Texas, the self-funded health plan
of the Texas Employees Group Benefits Program that the Employees Retirement System of Texas (ERS) runs for
state employees, retirees and their families. ERS and HealthSelect of Texas appear as themselves; the claims
administrator (Caprock Meridian Health Administrators), every provider, person, number, address and reason code
is invented, and the time limits are written for the family. No file says "denied" in the category's usual
words: a late claim, coverage that ended, no approval obtained, care not needed, the wrong setting and other
insurance paying first are all said in plain words.

Documents (8 in 7 files):
- bd_eob_from_thru_rendering_late_claim: a landscape member EOB of four claims with "From"/"Thru" and "Rendering
  provider" columns; a physical therapy series row pays nothing because the claim came in after the filing
  period (CARC 29 and a plan note); a letter ID, plan year and DOB as decoys.
- faxstd_remit_icn_among_batch_trace_taxid_no_approval: a provider claim adjustment notice on a standard fax:
  "ICN" beside batch, EFT trace, payee ID, tax ID and NPI; billing vs servicing provider; a "DOS" column; an MRI
  with no approval on file; the patient the employee's spouse.
- phone_spanish_cobertura_termino_dependiente_26: a Spanish letter to a dependent whose coverage ended at 26;
  services "entre el ... y el ..." at a hospital with an attending doctor; ERS review within 90 days.
- rotated_hospital_itemized_statement_admit_discharge: the hospital's own itemized statement (admission and
  discharge dates, attending physician, the hospital's address block beside the patient's, insurance payment
  as a credit in parentheses); denies nothing.
- lowres_prose_request_from_dr_not_needed_request_id: a no-label pre-service letter: "the request from Dr. ...
  at ..." for a sleep study planned on a date; not needed yet; the Request ID only in the footer.
- photocopy_appeal_upheld_other_plan_pays_first: a final internal appeal decision: "Grievance/Appeal No." and
  "Claim #", care "on or about" a date at a group practice with a doctor's name, the spouse's employer plan must
  pay first; only external review left (no appeal deadline).
- finefax_stack_cover_admission_approved_then_days_wrong_setting_sideways: a fax cover sheet, an inpatient
  admission approval (denies nothing), then a concurrent-review letter that the days from a date on could have
  been given in a skilled nursing facility, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddp_famdpa import DPSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "texas_ers_healthselect_state_employee_claim_denial"
LANG = "en"
SEED = 352700
INS = "Caprock Meridian Health Administrators"
ALT = ["Caprock Meridian", "HealthSelect of Texas"]
GROUP = "154700"
TAG = "Claims administrator for HealthSelect of Texas, a plan of the Texas Employees Group Benefits Program (ERS)"


def hs_id(rng):
    return f"TXE{digits(rng, 9)}"


def _head(p: DPSheet, rng, unit: str = "Customer Service", size: float = 14):
    p.logo_head(INS, "CMHA", [TAG, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Abilene TX 796{rng.randint(10, 99)}"
                                   f"  |  1-800-555-{digits(rng, 4)}  |  TTY 711"], size=size)


def dob(rng, lo=1958, hi=1996):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def bd_eob(rng):
    emp, d1, d2 = people(rng, 3)
    mid = hs_id(rng)
    sd = dt.date(2026, 6, rng.randint(8, 19))
    pt0 = dt.date(2026, 1, rng.randint(5, 9))
    pt1 = plus(pt0, 14)
    clinic = "Brazos Bend Physical Therapy"
    src = [(dt.date(2026, 5, rng.randint(4, 8)), None, f"Dr. {d1}", "99213 office visit"),
           (pt0, pt1, clinic, "97110 therapeutic exercise x6"),
           (dt.date(2026, 5, rng.randint(11, 15)), None, "Pecan Hollow Diagnostic Lab", "85025 blood count"),
           (dt.date(2026, 5, rng.randint(18, 22)), None, f"Dr. {d2}", "20610 joint injection")]
    deny = 1
    rows, claims, billed = [], [], []
    for i, (a, b, pv, svc) in enumerate(src):
        c = amount(rng, 90, 640)
        billed.append(c)
        n = f"26{digits(rng, 4)}{rng.choice('ACDEFGHJKLMNPRTUVWXY')}{digits(rng, 6)}"
        claims.append(n)
        thru = fdate(b or a, "slash")
        if i == deny:
            rows.append([n, fdate(a, "slash"), thru, pv, svc, money(c, "nosign"), "0.00", "0.00", "0.00", "29 / L7"])
        else:
            al = round(c * 0.62, 2)
            cop = 30.0 if i in (0, 3) else 0.0
            rows.append([n, fdate(a, "slash"), thru, pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - cop, "nosign"), money(cop, "nosign"), "P1"])
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Participant / patient", emp), ("HealthSelect ID", mid), ("Group No.", GROUP),
                ("Statement date", fdate(sd, "long")), ("Letter ID", f"EOB{digits(rng, 8)}")])
    p.capstrip([("Plan year", "09/01/2025 - 08/31/2026"), ("In-network deductible met", "$450.00 of $900.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Coverage", "HealthSelect of Texas (in-network)")])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Rendering provider", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Codes"], rows, [32, 19, 19, 48, 46, 19, 18, 18, 16, 20], size=8.1,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** P1 Paid at the in-network benefit; your copay is shown in You owe. 29 The time limit for "
           "filing has expired. L7 This claim reached us more than 95 days after the last date of service. "
           "Network providers agree to send claims within that time, so the provider may not bill you for it.",
           8.6)
    p.para("**Your right to appeal.** You may appeal within 180 days of the date of this statement. An urgent "
           "appeal is decided within 72 hours. After our final decision you may ask for an external review by an "
           "independent review organization within 4 months.", 8.6)
    t = truth("eob", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=emp,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(pt0, pt1)],
              denial_date=sd.isoformat(), provider=clinic, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT})
    return out(p), t


def faxstd_remit(rng):
    emp, spouse, rad = people(rng, 3)
    mid = hs_id(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    dos = plus(nd, -rng.randint(20, 35))
    billed = amount(rng, 1400, 2600)
    icn = f"{rng.randint(1, 2)}{digits(rng, 4)}{nd.strftime('%y')}{digits(rng, 6)}"
    center = "Sandhill Imaging Partners"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  CMHA PROVIDER SVCS  FAX 325-555-{digits(rng, 4)}"
           f"  P.{{n}}")
    p = DPSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM ADJUSTMENT NOTICE", 12, "B")
    p.ln(1)
    p.refstrip([("Notice date", fdate(nd, "slash")), ("Batch No.", f"B{digits(rng, 7)}"),
                ("EFT trace", f"1{digits(rng, 9)}"), ("Payee ID", f"PY{digits(rng, 6)}")])
    p.two_blocks(("Billing provider", [center, f"{rng.randint(100, 9800)} S Loop 289, Lubbock TX 794{rng.randint(10, 99)}",
                                       f"Tax ID 75-{digits(rng, 7)}   NPI {digits(rng, 10)}"]),
                 ("Patient", [spouse, "Relationship: Spouse", f"Participant: {emp}", f"HealthSelect ID: {mid}",
                              f"Group: {GROUP}   DOB {fdate(dob(rng), 'slash')}"]), size=8.8)
    p.table(["ICN", "DOS", "Servicing provider", "Proc", "Billed", "Allowed", "Paid", "CARC"],
            [[icn, fdate(dos, "short"), f"Dr. {rad}", "72148 MRI lumbar spine", money(billed, "usd"), "USD 0.00",
              "USD 0.00", "197"]], [30, 17, 36, 36, 23, 16, 17, 11], size=8.2)
    p.para("**Explanation.** CARC 197: HealthSelect of Texas asks that this imaging be reviewed before the date it "
           "is done. We found no approval on file for this MRI for the date of service shown, so the plan has not "
           "paid it. Because you are a network provider, the participant may not be billed for this service.", 9.2)
    p.para("If you have an approval number for this service, or wish to ask for reconsideration, send it with the "
           "ICN within 180 days of the date of this notice. Fax 325-555-" + digits(rng, 4) + ". Do not send a new "
           "claim; it will be returned as a duplicate.", 9.2)
    p.para("Form CM-PCA-07 (01/2026)", 7)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=spouse,
              cases=[icn], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=rad, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [center]}, type_alternates=["eob"])
    return out(p), t


def phone_spanish(rng):
    emp, child, att = people(rng, 3)
    mid = hs_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 12))
    a = dt.date(2026, 3, rng.randint(2, 6))
    b = plus(a, rng.randint(2, 4))
    born = dt.date(2000, 1, rng.randint(10, 25))
    ended = dt.date(2026, 1, 31)
    billed = amount(rng, 6200, 9800)
    clm = f"26{digits(rng, 4)}{rng.choice('ACDEFGHJKLMNPRTUVWXY')}{digits(rng, 6)}"
    hosp = "Hospital Comunitario Llano Estacado"
    p = DPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicio al Cliente")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    for ln in [child, f"{rng.randint(100, 9800)} Calle Las Flores", f"Laredo TX 780{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Número de reclamo", clm), ("ID de HealthSelect", mid), ("Participante", emp),
             ("Fecha de nacimiento", fdate(born, "long", "es")), ("Cargos", money(billed))], label_w=48, size=9.4)
    p.ln(2)
    p.para(f"Estimado(a) {child}:", 10)
    p.para(f"Recibimos un reclamo de {hosp} por los servicios que usted recibió entre el {fdate(a, 'long', 'es')} y "
           f"el {fdate(b, 'long', 'es')}, bajo el cuidado del Dr. {att}.", 10)
    p.para(f"Usted estuvo inscrito(a) como hijo(a) dependiente de {emp}. Un hijo dependiente puede seguir en el "
           f"plan hasta el último día del mes en que cumple 26 años. Usted cumplió 26 años en enero, así que su "
           f"cobertura terminó el {fdate(ended, 'long', 'es')}. Por eso el plan no puede pagar los servicios de "
           "marzo.", 10)
    p.para("**Si no está de acuerdo.** Puede pedir a ERS que revise esta decisión dentro de 90 días a partir de la "
           "fecha de esta carta. Escriba a ERS, Benefits Eligibility, o llame al 1-877-555-" + digits(rng, 4) +
           " (TTY 711). Si tenía otra cobertura o pidió continuación de cobertura (COBRA) dentro de 60 días, "
           "envíenos esa información.", 10)
    p.para(f"Atentamente,\n{INS}", 10)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, group=None, member_id=mid, member_name=child,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 90).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [att]})
    return out(p), t


def rotated_statement(rng):
    patient, att = people(rng, 2)
    mid = hs_id(rng)
    adm = dt.date(2026, 2, rng.randint(2, 12))
    dis = plus(adm, rng.randint(2, 4))
    sd = plus(dis, rng.randint(40, 55))
    hosp = "Mesquite Flats Regional Hospital"
    lines = [("0110", "Room & board, private", amount(rng, 2400, 3600)), ("0250", "Pharmacy", amount(rng, 300, 900)),
             ("0300", "Laboratory", amount(rng, 400, 800)), ("0320", "Radiology - diagnostic", amount(rng, 500, 1100)),
             ("0450", "Emergency room", amount(rng, 1200, 2100))]
    total = round(sum(x[2] for x in lines), 2)
    ins_paid = round(total * 0.71, 2)
    adj = round(total * 0.2, 2)
    bal = round(total - ins_paid - adj, 2)
    p = DPSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(hosp, "MFRH", [f"Patient Financial Services  |  {rng.randint(100, 9800)} Hospital Dr, Midland TX "
                               f"797{rng.randint(10, 99)}  |  432-555-{digits(rng, 4)}"], box="STATEMENT")
    p.two_blocks(("Patient", [patient, f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Odessa TX 797{rng.randint(10, 99)}"]),
                 ("Account", [f"Account no. MF{digits(rng, 8)}", f"Statement date {fdate(sd, 'abbr')}",
                              f"Admitted {fdate(adm, 'slash')}", f"Discharged {fdate(dis, 'slash')}",
                              f"Attending: Dr. {att}"]))
    p.pairs([("Primary insurance", f"HealthSelect of Texas  ID {mid}"), ("Claim sent to", INS)], label_w=38,
            size=9)
    p.ln(2)
    rows = [[c, d, money(v, "nosign")] for c, d, v in lines]
    rows += [["", "Total charges", money(total, "nosign")], ["", "Insurance payment", f"({money(ins_paid, 'nosign')})"],
             ["", "Network discount", f"({money(adj, 'nosign')})"], ["", "Amount you owe", money(bal)]]
    p.table(["Rev code", "Description", "Amount"], rows, [25, 100, 35], size=8.8, aligns=["L", "L", "R"],
            bold_last=True)
    p.para("Your insurance has paid its share of this stay. The amount you owe is your deductible and coinsurance. "
           "Please pay by the due date on the slip below or call us to set up a payment plan.", 9)
    p.reply_slip("Payment slip", [("Account", f"MF patient {patient}"), ("Amount due", money(bal)),
                                  ("Due by", fdate(plus(sd, 30), "slash"))])
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(adm, dis)], denial_date=sd.isoformat(), provider=hosp, unscored=["insurer"],
              alternates={"provider": [att], "claim_amount": [None]})
    return out(p), t


def lowres_prose(rng):
    patient, doc = people(rng, 2)
    mid = hs_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    recd = plus(nd, -rng.randint(3, 6))
    planned = plus(nd, rng.randint(9, 16))
    seen = plus(nd, -rng.randint(30, 50))
    clinic = "Pedernales Sleep & Lung Clinic"
    rid = f"RQ{digits(rng, 10)}"
    p = DPSheet(footer=None, footer_left=f"HealthSelect of Texas  |  Request ID {rid}  |  CM-UM-11")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"HealthSelect ID {mid}", f"{rng.randint(100, 9800)} Sycamore Ave",
               f"San Marcos TX 786{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {patient}:", 10)
    p.para(f"On {fdate(recd, 'long')} we received the request from Dr. {doc} at {clinic} for an overnight sleep "
           f"study in the clinic's sleep lab on {fdate(planned, 'long')}. Dr. {doc} saw you on "
           f"{fdate(seen, 'long')} for daytime tiredness.", 10)
    p.para("A doctor who reviews sleep care looked at the notes we received. They show that you work nights and "
           "that a home sleep test was not tried first. For someone with your symptoms and no heart or lung "
           "disease, the home test gives the answer your doctor needs. The lab study is not needed at this time, "
           "so HealthSelect of Texas will not pay for it. A home sleep test does not need our review.", 10)
    p.para("You or Dr. " + doc + " may appeal within 180 days of the date of this letter. If waiting could "
           "seriously harm your health, ask for a fast appeal; we decide those within 72 hours.", 10)
    p.para(f"Sincerely,\n\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[rid],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def photocopy_appeal(rng):
    patient, spouse, doc, md = people(rng, 4)
    mid = hs_id(rng)
    nd = dt.date(2026, 8, rng.randint(3, 14))
    sv = dt.date(2026, 3, rng.randint(9, 27))
    billed = amount(rng, 380, 1250)
    apl = f"GA-2026-{digits(rng, 6)}"
    clm = f"26{digits(rng, 4)}{rng.choice('ACDEFGHJKLMNPRTUVWXY')}{digits(rng, 6)}"
    group_name = "Trinity Oaks Orthopedic Associates"
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("FINAL INTERNAL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of this letter", fdate(nd, "abbr")), ("Grievance/Appeal No.", apl), ("Claim #", clm)],
            [("Participant", patient), ("HealthSelect ID", mid), ("Group No.", GROUP)],
            [("Appeal received", fdate(plus(nd, -24), "slash")), ("Amount billed", money(billed)),
             ("Letter ref.", f"LTR-{digits(rng, 7)}")]], size=8.8)
    p.para(f"You asked us to pay the claim from {group_name} (Dr. {doc}) for the care you received on or about "
           f"{fdate(sv, 'long')}.", 9.4)
    p.para(f"**Decision: the earlier decision stays the same.** Our records show that you are also covered as a "
           f"dependent on the plan of your spouse, {spouse}, through the spouse's employer. When a person has two "
           "plans, the plan that covers the person as an employee or dependent of an active employer plan pays "
           "first under the order-of-benefit rules. HealthSelect of Texas pays second, after the other plan has "
           "made its payment. We have not received an explanation of benefits from that plan, so nothing is "
           "payable from HealthSelect yet. When you send it, we will look at the claim again.", 9.4)
    p.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter. Questions about your enrollment go to ERS.",
           9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [group_name], "case_numbers": [[apl], [clm]]})
    return out(p), t


def finefax_stack(rng):
    patient, att = people(rng, 2)
    mid = hs_id(rng)
    hosp = "Guadalupe Crossing Medical Center"
    adm = dt.date(2026, 3, rng.randint(2, 6))
    ad = plus(adm, -1)
    auth = f"AUTH{digits(rng, 9)}"
    fax = f"{adm.strftime('%m/%d/%y')} 16:{rng.randint(10, 59)}  CMHA UM  FAX 512-555-{digits(rng, 4)}  P{{n}}"
    p = DPSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("INPATIENT ADMISSION - APPROVED", 11.5, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("HealthSelect ID", mid),
             ("Authorization number", auth), ("Facility", hosp), ("Attending", f"Dr. {att}"),
             ("Admission date", fdate(adm, "slash")), ("Approved days", "3 (review on day 3)")], label_w=46, size=9.4)
    p.ln(2)
    p.para("We approved the inpatient admission for the days shown. The hospital will send us updates, and we will "
           "review the stay again on the last approved day.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(adm)], denial_date=ad.isoformat(), provider=hosp,
                          alternates={"insurer": ALT, "provider": [att], "case_numbers": [[]], "service_dates": [[]]}))
    d0 = plus(adm, 3)
    dis = plus(d0, rng.randint(3, 5))
    nd = plus(d0, 1)
    q = DPSheet(footer=None, fax_hdr=fax)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Utilization Management")
    q.line("CONCURRENT REVIEW - DAYS NOT APPROVED", 11.5, "B")
    q.pairs([("Date", fdate(nd, "long")), ("Member", patient), ("HealthSelect ID", mid),
             ("Authorization number", auth), ("Facility", hosp), ("Attending", f"Dr. {att}"),
             ("Admitted", fdate(adm, "slash")), ("Expected discharge", fdate(dis, "slash"))], label_w=46, size=9.4)
    q.ln(2)
    q.para(f"The hospital asked us to approve more days. A doctor reviewed the records. From "
           f"{fdate(d0, 'long')} through {fdate(dis, 'long')} the care needed (wound care, daily therapy and "
           "IV antibiotics once a day) could be given in a skilled nursing facility. The hospital's acute care is "
           "not needed for those days. The first three days remain approved.", 9.6)
    q.para("You, Dr. " + att + " or the hospital may appeal within 180 days of the date of this letter. Because you "
           "are still in the hospital, you may ask for a fast appeal decided within 72 hours, and for an "
           "external review at the same time.", 9.6)
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient,
                          cases=[auth], service_dates=[span(d0, dis)], denial_date=nd.isoformat(), provider=hosp,
                          appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [att], "service_dates": [[span(adm, dis)]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_from_thru_rendering_late_claim", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_remit_icn_among_batch_trace_taxid_no_approval", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "phone_spanish_cobertura_termino_dependiente_26", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_hospital_itemized_statement_admit_discharge", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_request_from_dr_not_needed_request_id", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_other_plan_pays_first", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_admission_approved_then_days_wrong_setting_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
