"""An invented commercial plan (Larchmere Vale Health Plan) refusing an ambulatory surgery center's facility fee
for minor procedures it pays only when they are done in a doctor's office (office cystoscopy, nasal endoscopy,
nail removal, vein ablation, joint injection): the surgeon's own fee is paid at the office rate and the
facility fee pays nothing. CPT codes, place-of-service code 24 and CARC 58 appear as themselves; the plan, its
site-of-service list, the surgery centers, every person, number, address and plan note code is invented. No file
uses the words "level of care".

Documents (8 in 7 files):
- bd_eob_billing_rendering_columns_facility_row_carc58: a landscape member EOB of four claims with "Billing
  provider" and "Rendering" columns; the surgery center's facility row pays nothing (CARC 58 and note S24),
  the surgeon's row paid; plan year, deductible and DOB as decoys.
- faxstd_provider_notice_dcn_among_tax_npi_check: a provider notice to the surgery center on a standard fax:
  "Document Control Number" beside check number, batch, tax ID and NPI; the facility's address block beside the
  member's; attending surgeon; "DOS" and "USD" amounts; reconsideration within 120 days.
- phone_spanish_solo_en_consultorio_dayfirst: a Spanish member letter ("solo paga ... en el consultorio") with a
  "Número de referencia", day-first dates with a caption and the date also written out.
- rotated_asc_statement_insurance_credit_parentheses: the surgery center's own statement to the patient: the
  facility fee moved to the patient after the plan paid nothing, credits in parentheses; denies nothing.
- lowres_prose_request_from_dr_at_center_authorization_number: a no-label pre-service letter: "the request from
  Dr. ... at ..." to do the procedure at the center on a planned date; approved only in the office; the
  authorization number in the footer.
- photocopy_appeal_upheld_two_dates_iso_range: an upheld first-level appeal on one claim with two vein ablation
  sessions written "2026-mm-dd through 2026-mm-dd"; "Grievance/Appeal No." and "Claim #"; second level within 60
  days, external review as a decoy.
- clean300_stack_office_approval_duplex_then_facility_claim_upside_down: an approval for the procedure in the
  office (denies nothing), the blank back of its sheet, then the facility claim notice for the same procedure
  done at the center anyway, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddp_famdpa import DPSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "ambulatory_surgery_center_facility_fee_site_of_service_denial"
LANG = "en"
SEED = 352800
INS = "Larchmere Vale Health Plan"
ALT = ["Larchmere Vale"]
PLAN = "LVH-EPO-2200"
GROUP = "66120-014"
ASC = "Riverbend Outpatient Surgery Center"
ASC2 = "Foxglove Ridge Surgery Center"


def lv_id(rng):
    return f"LVM{digits(rng, 9)}"


def claim_no(rng):
    return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 5)}"


def _head(p: DPSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 171{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def dob(rng):
    return dt.date(rng.randint(1952, 1994), rng.randint(1, 12), rng.randint(1, 28))


def bd_eob(rng):
    patient, surg, d2 = people(rng, 3)
    mid = lv_id(rng)
    sd = dt.date(2026, 5, rng.randint(11, 22))
    proc = dt.date(2026, 4, rng.randint(6, 17))
    src = [(plus(proc, -20), f"Dr. {surg}", f"Dr. {surg}", "99204 new patient visit"),
           (proc, f"Dr. {surg}", f"Dr. {surg}", "52000 cystoscopy (POS 24)"),
           (proc, ASC, f"Dr. {surg}", "52000 facility fee"),
           (plus(proc, 2), "Allegheny Crest Pathology", f"Dr. {d2}", "88305 tissue exam")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, bp, rp, svc) in enumerate(src):
        c = amount(rng, 180, 520) if i != deny else amount(rng, 1600, 2900)
        billed.append(c)
        n = claim_no(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "short"), bp, rp, svc, money(c), "$0.00", "$0.00", "$0.00", "58 / S24"])
        else:
            al = round(c * 0.58, 2)
            cop = 40.0 if i == 0 else round(al * 0.2, 2)
            rows.append([n, fdate(d, "short"), bp, rp, svc, money(c), money(al), money(al - cop), money(cop), "A1"])
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "upper"))])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$1,000.00 of $1,000.00"),
                ("Patient DOB", fdate(dob(rng), "slash")), ("Statement no.", f"ST{digits(rng, 9)}")])
    p.ln(3)
    p.table(["Claim #", "DOS", "Billing provider", "Rendering", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Codes"], rows, [29, 15, 57, 32, 38, 19, 18, 18, 16, 13], size=8.0,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** A1 Paid at the network rate; coinsurance or copay is in You owe. 58 Treatment was deemed by "
           "the payer to have been rendered in an inappropriate or invalid place of service. S24 Your plan pays "
           "this procedure when it is done in a doctor's office. The surgeon's fee was paid at the office rate; "
           "a separate charge for the surgery center's room, staff and supplies is not payable. The center is in "
           "our network and may not bill you for it.", 8.6)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. An urgent appeal is decided "
           "within 72 hours. External review must be asked for within 4 months of our final decision.", 8.6)
    t = truth("eob", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(proc)],
              denial_date=sd.isoformat(), provider=ASC, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [surg]})
    return out(p), t


def faxstd_notice(rng):
    patient, sub, surg = people(rng, 3)
    mid = lv_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    dos = plus(nd, -rng.randint(21, 40))
    billed = amount(rng, 1900, 3400)
    dcn = f"{nd.strftime('%y')}{nd.timetuple().tm_yday:03d}{digits(rng, 7)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  LVHP PROVIDER  717-555-{digits(rng, 4)}  PG {{n}}"
    p = DPSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("PROVIDER CLAIM NOTICE", 12, "B")
    p.refstrip([("Notice date", fdate(nd, "slash")), ("Check no.", f"00{digits(rng, 7)}"),
                ("Batch", f"{digits(rng, 5)}-{digits(rng, 2)}"), ("Form", "LV-PCN-3 (2026)")])
    p.two_blocks(("Facility / billing provider", [ASC, f"{rng.randint(100, 9800)} Front St, Lemoyne PA 170{rng.randint(10, 99)}",
                                                  f"Tax ID 25-{digits(rng, 7)}", f"NPI {digits(rng, 10)}"]),
                 ("Member", [patient, f"Member ID {mid}", f"Subscriber {sub}", f"Group {GROUP}",
                             f"DOB {fdate(dob(rng), 'slash')}"]), size=8.8)
    p.pairs([("Document Control Number", dcn), ("Attending surgeon", f"Dr. {surg}"),
             ("Place of service", "24 - ambulatory surgical center")], label_w=52, size=9)
    p.ln(2)
    p.table(["Line", "DOS", "CPT", "Description", "Billed", "Allowed", "Paid", "CARC"],
            [["1", fdate(dos, "slash"), "31231", "Nasal endoscopy, diagnostic", money(billed, "usd"), "USD 0.00",
              "USD 0.00", "58"]], [10, 22, 14, 56, 26, 20, 20, 14], size=8.4)
    p.para("**Why this line paid nothing.** Diagnostic nasal endoscopy is on the plan's list of procedures that are "
           "paid only in the office setting (policy SOS-014). The surgeon's fee is paid at the office rate on its "
           "own claim. A facility fee for doing the procedure in a surgery center is not payable unless the "
           "records show a reason the office could not be used, such as the need for general anesthesia. Per your "
           "agreement, the member may not be billed.", 9.2)
    p.para("To ask for reconsideration, send the operative note and the Document Control Number within 120 days of "
           "the date of this notice.", 9.2)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[dcn], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=ASC, appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"insurer": ALT, "provider": [surg]}, type_alternates=["eob"])
    return out(p), t


def phone_spanish(rng):
    patient, surg = people(rng, 2)
    mid = lv_id(rng)
    nd = dt.date(2026, 6, rng.randint(3, 11))
    sv = dt.date(2026, 5, rng.randint(2, 11))
    billed = amount(rng, 900, 1600)
    ref = f"REF-{digits(rng, 8)}"
    p = DPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "dmy", "es")), ("Número de miembro", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de referencia", ref), ("Fecha del servicio", fdate(sv, "dmy", "es")),
                ("Cargo del centro", money(billed))])
    p.para("Fechas: día/mes/año.", 8)
    p.ln(2)
    p.para(f"Harrisburg, {fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"El {fdate(sv, 'long', 'es')} la Dra. {surg} le quitó una uña encarnada (CPT 11750) en {ASC2}. El "
           f"centro nos envió un cargo por el uso de su sala, su personal y sus materiales.", 9.8)
    p.para("Su plan paga este procedimiento solo cuando se hace en el consultorio del médico. Ya pagamos a la "
           "doctora su parte como si lo hubiera hecho en el consultorio. El cargo aparte del centro de cirugía no "
           "se puede pagar. El centro está en nuestra red y no le puede cobrar a usted este cargo.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, pida una apelación urgente (72 horas). También puede pedir una "
           "revisión externa dentro de 4 meses después de nuestra decisión final.", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ref], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=ASC2, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [surg]})
    return out(p), t


def rotated_statement(rng):
    patient, surg = people(rng, 2)
    mid = lv_id(rng)
    dos = dt.date(2026, 4, rng.randint(13, 24))
    sd = plus(dos, rng.randint(45, 60))
    fee = amount(rng, 1700, 2600)
    supp = amount(rng, 120, 260)
    total = round(fee + supp, 2)
    p = DPSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(ASC, "ROSC", [f"Business Office  |  {rng.randint(100, 9800)} Front St, Lemoyne PA 170{rng.randint(10, 99)}"
                              f"  |  717-555-{digits(rng, 4)}"], box="PATIENT STATEMENT")
    p.two_blocks(("Statement for", [patient, f"{rng.randint(100, 9800)} Old Mill Rd", f"Carlisle PA 170{rng.randint(10, 99)}"]),
                 ("Account summary", [f"Account # RB-{digits(rng, 7)}", f"Statement date {fdate(sd, 'slash')}",
                                      f"Date of service {fdate(dos, 'slash')}", f"Surgeon: Dr. {surg}",
                                      f"Insurance: {INS} {mid}"]))
    rows = [[fdate(dos, "slash"), "Facility fee - 20610 joint injection, knee", money(fee, "usd")],
            [fdate(dos, "slash"), "Supplies and medication", money(supp, "usd")],
            ["", "Total charges", money(total, "usd")],
            [fdate(plus(dos, 30), "slash"), "Insurance payment (supplies)", f"({money(round(supp * 0.7, 2), 'nosign')})"],
            [fdate(plus(dos, 30), "slash"), "Contractual adjustment", f"({money(round(supp * 0.3, 2), 'nosign')})"],
            ["", "Balance", money(fee, "usd")]]
    p.table(["Date", "Description", "Amount"], rows, [28, 110, 38], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.para("Your insurance paid nothing toward the facility fee and told us the injection is covered only in a "
           "doctor's office. We have asked your plan to review it. The balance is shown for your records; you do "
           "not need to pay it while the review is open.", 9)
    p.reply_slip("Remit with payment", [("Account", "RB patient account"), ("Statement date", fdate(sd, "slash"))])
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=ASC, unscored=["insurer"],
              alternates={"provider": [surg], "claim_amount": [m2(fee), None]})
    return out(p), t


def lowres_prose(rng):
    patient, surg = people(rng, 2)
    mid = lv_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 16))
    recd = plus(nd, -rng.randint(2, 5))
    planned = plus(nd, rng.randint(8, 15))
    auth = f"A{digits(rng, 9)}"
    p = DPSheet(footer=None, footer_left=f"{INS}  |  Authorization number {auth}  |  Tax ID 23-{digits(rng, 7)}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"Member ID {mid}", f"{rng.randint(100, 9800)} Harbor View Dr",
               f"York PA 174{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We received the request from Dr. {surg} at {ASC} on {fdate(recd, 'long')}. Dr. {surg} asked to do a "
           f"diagnostic cystoscopy (CPT 52000) at the surgery center on {fdate(planned, 'long')}.", 10)
    p.para("We can approve the cystoscopy when it is done in Dr. " + surg + "'s office. We cannot approve doing it "
           "in the surgery center. The notes say you are healthy, take no blood thinners and do not need to be put "
           "to sleep, and this test is usually done in the office with numbing gel. If it is done at the surgery "
           "center anyway, the plan will pay the doctor but not the center's own charge.", 10)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. If the test is urgent, ask "
           "for a fast appeal (72 hours).", 10)
    p.para(f"Sincerely,\n\nUtilization Review\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[auth],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surg,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [ASC]})
    return out(p), t


def photocopy_appeal(rng):
    patient, surg, md = people(rng, 3)
    mid = lv_id(rng)
    nd = dt.date(2026, 8, rng.randint(3, 14))
    a = dt.date(2026, 3, rng.randint(2, 6))
    b = plus(a, 7)
    f1, f2 = amount(rng, 1800, 2500), amount(rng, 1800, 2500)
    billed = round(f1 + f2, 2)
    apl = f"{digits(rng, 2)}-{digits(rng, 6)}"
    clm = claim_no(rng)
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("APPEAL DECISION - FIRST LEVEL", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "long")), ("Grievance/Appeal No.", apl), ("Claim #", clm)],
            [("Member", patient), ("Member ID", mid), ("Plan", PLAN)],
            [("Facility", ASC2), ("Billed (2 lines)", money(billed)), ("Appeal filed", fdate(plus(nd, -26), "slash"))]],
           size=8.8)
    p.para(f"You appealed our decision on the facility fees {ASC2} billed for the vein treatments Dr. {surg} "
           f"gave you, services {a.isoformat()} through {b.isoformat()} (left leg {fdate(a, 'slash')}, right leg "
           f"{fdate(b, 'slash')}, CPT 36475).", 9.4)
    p.para("**Decision: we will not pay the facility fees.** Your plan pays for vein closure with radiofrequency "
           "when it is done in a doctor's office or vein clinic. Both treatments used local numbing only, and Dr. "
           f"{surg}'s office has the equipment. Dr. {surg}'s fees were paid at the office rate. A doctor who was not "
           "part of the first decision reviewed your appeal.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may also ask for an external review within 4 months of the date of this letter.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director, {INS}", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLAN, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(a), span(b)], denial_date=nd.isoformat(),
              provider=ASC2, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [surg], "case_numbers": [[apl], [clm]],
                          "service_dates": [[span(a, b)]]})
    return out(p), t


def clean300_stack(rng):
    patient, surg = people(rng, 2)
    mid = lv_id(rng)
    ad = dt.date(2026, 5, rng.randint(4, 12))
    planned = plus(ad, rng.randint(10, 16))
    auth = f"A{digits(rng, 9)}"
    p = DPSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.line("YOUR REQUEST IS APPROVED", 11.5, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Member ID", mid), ("Authorization number", auth),
             ("Service", "11750 removal of nail plate, toe"), ("Approved setting", "Office (place of service 11)"),
             ("Doctor", f"Dr. {surg}"), ("Planned date", fdate(planned, "slash"))], label_w=46, size=9.4)
    p.ln(2)
    p.para("We approved this procedure in your doctor's office. Please show this letter at your visit.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(planned)], denial_date=ad.isoformat(), provider=surg,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]}))
    nd = plus(planned, rng.randint(30, 40))
    fee = amount(rng, 1100, 1700)
    clm = claim_no(rng)
    q = DPSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM DECISION", 11.5, "B")
    q.pairs([("Date", fdate(nd, "long")), ("Member", patient), ("Member ID", mid), ("Claim #", clm),
             ("Related authorization", auth), ("Billed by", ASC2), ("Surgeon", f"Dr. {surg}"),
             ("Date of service", fdate(planned, "iso")), ("Facility fee billed", money(fee, "nosign")),
             ("Plan pays", "0.00")], label_w=46, size=9.4)
    q.ln(2)
    q.para("The nail removal was approved for the doctor's office and was done at the surgery center instead. The "
           "doctor's fee was paid. The center's own charge for the room and staff is not something your plan pays "
           "for this procedure. The center is in our network and may not bill you.", 9.6)
    q.para("You may appeal within 180 days of the date of this letter.", 9.6)
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(fee), service_dates=[span(planned)], denial_date=nd.isoformat(),
                          provider=ASC2, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [surg], "case_numbers": [[clm, auth]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_billing_rendering_columns_facility_row_carc58", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_dcn_among_tax_npi_check", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "phone_spanish_solo_en_consultorio_dayfirst", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_asc_statement_insurance_credit_parentheses", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_request_from_dr_at_center_authorization_number", "scan_lowres_150",
             [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_two_dates_iso_range", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_office_approval_duplex_then_facility_claim_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
