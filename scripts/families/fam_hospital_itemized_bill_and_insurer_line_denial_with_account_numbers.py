"""An invented commercial plan (Quarrystone Bay Health Plan) refusing lines of hospital stays at an invented hospital
(Oxbow Ridge Medical Center), its papers printing the hospital's account (HAR) and invoice numbers beside the plan's
own claim numbers (ICN). Revenue codes, CPT/HCPCS and CARC codes appear as themselves; the plan, its rules and time
limits, the hospital, its hospitalist group, every doctor, nurse, reviewer, member, number and address are invented.

Documents (8 in 7 files):
- bd_eob_stay_lines_comfort_kit_refused: a born-digital member EOB of a stay broken into revenue-code lines
  (Billed / Allowed / Plan paid / You owe, claim totals) plus the hospitalist group's paid claim; the personal
  comfort line is refused (not_covered).
- faxstd_line_form_implant_without_approval: a standard-fax line determination form ("ICN", "HAR", "INVOICE",
  "AUTH. NO.", "APPEAL BY" as a date) refusing the spinal cord stimulator line placed without approval
  (prior_authorization).
- photocopy_supplies_billed_apart_from_room: a photocopied letter: the supplies billed on their own lines belong in
  the room and board charge, the refused amount only in a sentence (coding_error).
- phone_es_two_column_mri_billed_twice: a photographed two-column Spanish letter: the MRI line billed twice, one
  refused as a duplicate (other).
- clean_last_days_skilled_nursing_instead: a clean-scan letter paying the stay but not its last three days, when a
  skilled nursing facility would have done (level_of_care).
- lowres_telemetry_days_not_needed: a 150 dpi letter refusing two days of telemetry monitoring (medical_necessity).
- finefax_stack_cover_appeal_late_lines_then_itemized_bill_sideways: a fine-fax stack of a cover sheet, an appeal
  decision keeping the refusal of late-billed lines (timely_filing) and, sideways, the hospital's itemized bill
  (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdzc import DZSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "hospital_itemized_bill_and_insurer_line_denial_with_account_numbers"
LANG = "en"
SEED = 354802
INS = "Quarrystone Bay Health Plan"
ALT = ["Quarrystone Bay", "Quarrystone Bay Health"]
PLAN = "Quarrystone Bay Choice PPO 2000"
GROUP = "QB-40T117"
HOSP = "Oxbow Ridge Medical Center"
HGRP = "Brightwater Hospitalist Group"


def qid(rng):
    return f"QBH{digits(rng, 8)}"


def icn(rng):
    return f"26{digits(rng, 11)}"


def har(rng):
    return f"HAR {digits(rng, 9)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1950, 1998), rng.randint(1, 12), rng.randint(1, 28))


def head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Sacramento CA 95812-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def line_rows(specs, den_idx, rate=0.62, coins=0.2):
    rows, tot = [], [0.0] * 4
    for i, (rc, desc, b) in enumerate(specs):
        if i == den_idx:
            al = pd = 0.0
            ow = b
            code = "PX"
        else:
            al = round(b * rate, 2)
            ow = round(al * coins, 2)
            pd = round(al - ow, 2)
            code = "A1"
        rows.append([rc, desc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"), money(ow, "nosign"), code])
        tot = [a + x for a, x in zip(tot, [b, al, pd, ow])]
    rows.append(["", "Claim total", *[money(x, "nosign") for x in tot], ""])
    return rows, round(tot[0], 2)


def bd_eob(rng):
    pt, att, hosp_md, cm, rev = people(rng, 5)
    m = qid(rng)
    a = dt.date(2026, 3, rng.randint(2, 20))
    dc = plus(a, 4)
    sd = plus(dc, rng.randint(24, 34))
    n1, n2 = icn(rng), icn(rng)
    kit = amount(rng, 60, 140)
    specs = [("0120", "Room and board, semi-private (4 days)", amount(rng, 9000, 12000)),
             ("0250", "Pharmacy", amount(rng, 1400, 2600)), ("0300", "Laboratory", amount(rng, 800, 1500)),
             ("0320", "Radiology - diagnostic", amount(rng, 600, 1100)),
             ("0990", "Personal comfort items (admission kit, TV)", kit)]
    rows, tot1 = line_rows(specs, 4)
    b2 = amount(rng, 700, 1100)
    al2 = round(b2 * 0.6, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "QBHP-EOB (rev. 11/2025)")
    p.addr_pair("Member", [pt, *address(rng)], "Plan", [PLAN, f"Group {GROUP}", f"Member ID {m}",
                                                       f"Statement date {fdate(sd, 'long')}"])
    p.id_strip([("ICN (facility)", n1), ("Hospital acct", har(rng)), ("Invoice", f"OR-{digits(rng, 7)}"),
                ("Facility NPI", digits(rng, 10)), ("DOB", fdate(dob(rng), "slash"))])
    p.f(8.6, "B")
    p.multi_cell(0, 4.3, f"Claim {n1}  -  {HOSP}  -  admitted {fdate(a, 'slash')}, discharged {fdate(dc, 'slash')}"
                 f"  -  attending Dr. {att}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.table(["Rev", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [14, 70, 22, 22, 22, 20, 17.9], size=8, aligns=["L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.line(f"Claim {n2}  -  {HGRP}  -  Dr. {hosp_md}, daily hospital visits", 8.6, "B")
    p.ln(1)
    p.table(["CPT", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [["99233", f"Hospital visits {fdate(plus(a, 1), 'slash')} - {fdate(dc, 'slash')}", money(b2, "nosign"),
              money(al2, "nosign"), money(round(al2 * 0.8, 2), "nosign"), money(round(al2 * 0.2, 2), "nosign"), "A1"]],
            [14, 70, 22, 22, 22, 20, 17.9], size=8, aligns=["L", "L", "R", "R", "R", "R", "C"])
    p.para(f"**Codes.** A1: paid under your plan. PX: not covered. The admission kit and television on line 0990 are "
           f"personal comfort items, which your plan does not cover; {HOSP} may bill you for them. Case manager "
           f"{cm} followed your stay; the line was reviewed by {rev}.", 8.6)
    p.para("To appeal, write to us within 180 days of the date on this statement. Urgent appeals: 72 hours. "
           "External review: within 4 months of our final decision.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=pt, cases=[n1],
              claim_amount=m2(kit), service_dates=[f"{a.isoformat()}/{dc.isoformat()}"], denial_date=sd.isoformat(),
              provider=HOSP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "claim_amount": [m2(tot1)], "plan_id": [None],
                          "service_dates": [[a.isoformat(), dc.isoformat()], [a.isoformat()]]})
    return out(p), t


def faxstd_implant(rng):
    pt, surg, rep, rev, cm = people(rng, 5)
    m = qid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(28, 38))
    n = icn(rng)
    b = amount(rng, 18000, 26000)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  QBHP UM-CLAIMS  {phone(rng, '916')}  P{{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims - Line Review")
    p.title_bar("LINE-ITEM DETERMINATION", "Form QB-LID-3 rev. 12/2025")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DT", fdate(nd, "slash")), ("MBR NAME", pt), ("MBR #", m), ("GRP", GROUP)],
                [30, 64, 44, W - 138], num=False)
    p.form_band([("ICN", n), ("HAR", har(rng)), ("INVOICE", f"OR-{digits(rng, 7)}"), ("AUTH. NO.", "NONE ON FILE")],
                [46, 46, 44, W - 136], num=False)
    p.form_band([("FACILITY", HOSP), ("SURGEON", f"Dr. {surg}"), ("DOS", fdate(v, "slash"))],
                [74, 66, W - 140], num=False)
    p.ln(3)
    p.table(["REV/HCPCS", "LINE", "BILLED", "ALLOWED", "PAID", "YOU OWE", "RSN"],
            [["0360", "Operating room, 2 hrs", money(amount(rng, 6000, 9000), "nosign"), "paid", "paid", "", "A1"],
             ["0278 / L8680", "Neurostimulator electrodes (trial leads)", money(b, "nosign"), "0.00", "0.00", "0.00", "197"],
             ["0370", "Anesthesia", money(amount(rng, 1500, 2500), "nosign"), "paid", "paid", "", "A1"]],
            [28, 64, 24, 20, 18, 18, W - 172], size=8.2, aligns=["L", "L", "R", "R", "R", "R", "C"])
    p.para(f"RSN 197 (CARC): the stimulator trial needs our approval before it is done. Dr. {surg} did not ask for "
           f"it, and the device representative ({rep}, supplier's field rep) is not a provider we can approve. The "
           f"other lines of the surgery are paid on claim {n}. The hospital may not bill you for the refused line.",
           8.8)
    p.form_band([("APPEAL BY", fdate(plus(nd, 180), "slash")), ("URGENT", "72 HRS"), ("REVIEWER", rev),
                 ("CASE MGR", cm)], [40, 26, 60, W - 126], num=False)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=pt,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [surg]}, type_alternates=["eob"])
    return out(p), t


def photocopy_supplies(rng):
    pt, att, nurse, sig = people(rng, 4)
    m = qid(rng)
    a = dt.date(2026, 2, rng.randint(2, 18))
    dc = plus(a, 3)
    nd = plus(dc, rng.randint(30, 40))
    n = icn(rng)
    acct = har(rng)
    inv = f"OR-{digits(rng, 7)}"
    b = amount(rng, 420, 880)
    p = DZSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "upper"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Claim (ICN)", n), ("Hospital account", acct), ("Invoice", inv)],
            label_w=38, size=9.4)
    p.ln(2)
    p.para(f"Dear {pt}:", 10)
    p.para(f"We paid the claim from {HOSP} for your stay of {fdate(a, 'long')} through {fdate(dc, 'long')} under "
           f"Dr. {att}, except for {money(b)} billed on separate lines for IV tubing, dressings, gloves and the "
           "bedside supplies the nurses used.", 10)
    p.para("Supplies used during routine nursing care are part of the daily room and board charge. Billed again on "
           "their own lines, they would be paid twice, so those lines were refused as billed in error (CARC 97). "
           f"Because the hospital is in our network, it may not bill you for them. The floor's charge nurse, "
           f"{nurse}, RN, is named on the supply log only as the person who recorded them.", 10)
    p.para("You may appeal no later than 180 calendar days after the date of this notice. For an urgent appeal we "
           f"decide within 72 hours. Call {phone(rng)}.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{dc.isoformat()}"], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att],
                          "service_dates": [[a.isoformat(), dc.isoformat()], [a.isoformat()]]})
    return out(p), t


def phone_es(rng):
    pt, doc, rad, sig = people(rng, 4)
    m = qid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(v, rng.randint(22, 32))
    n = icn(rng)
    acct = har(rng)
    inv = f"OR-{digits(rng, 7)}"
    b = amount(rng, 1800, 2900)
    p = DZSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.two_col([
        f"Estimado(a) {pt}:",
        f"El {fdate(v, 'long', 'es')} le hicieron una resonancia magnética (MRI) de la columna en {HOSP}. La pidió "
        f"el Dr. {doc} y la leyó el Dr. {rad}. El hospital nos envió la línea de la resonancia dos veces en el mismo "
        f"reclamo, cada una por {money(b)}.",
        "Pagamos la primera línea. La segunda es igual a la primera (mismo código, misma fecha, misma hora), así que "
        "la negamos como duplicada. El hospital no le puede cobrar esa línea.",
        "Si no está de acuerdo, puede apelar dentro de 180 días de la fecha de esta carta. Las apelaciones urgentes "
        "se deciden en 72 horas. La revisión externa se pide dentro de 4 meses de nuestra decisión final.",
        f"Atentamente,\n{sig}\nServicios para Miembros"],
        "Datos del reclamo", [("Número de reclamo (ICN)", n), ("Número de miembro", m), ("Grupo", GROUP),
                              ("Cuenta del hospital", acct), ("Factura", inv),
                              ("Fecha de nacimiento", fdate(dob(rng), "dmy", "es")),
                              ("Línea negada", "0611 - MRI columna")], split=0.6, size=9.4)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [rad, doc]}, denial_alternates=["coding_error"])
    return out(p), t


def clean_loc(rng):
    pt, att, rev, cm, dcp = people(rng, 5)
    m = qid(rng)
    a = dt.date(2026, 6, rng.randint(1, 12))
    dc = plus(a, 8)
    cut = plus(a, 6)
    nd = plus(dc, rng.randint(25, 35))
    n = icn(rng)
    ref = f"UR-{digits(rng, 7)}"
    by = plus(nd, 180)
    b = amount(rng, 6200, 8800)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.boxed_pairs([("Claim No.", n), ("Review Ref.", ref), ("Member ID", m), ("Hospital acct", har(rng)),
                   ("Plan year", "01/01/2026 - 12/31/2026")], label_w=40)
    p.para(f"Dear {pt}:", 10)
    p.para(f"You were in {HOSP} from {fdate(a, 'long')} to {fdate(dc, 'long')} after a hip fracture, under Dr. {att}. "
           f"We paid the stay through {fdate(plus(cut, -1), 'long')}. We did not pay the last three days, "
           f"{fdate(cut, 'long')} through {fdate(dc, 'long')}, charged at {money(b)}.", 10)
    p.para(f"By {fdate(cut, 'long')} you no longer needed hospital care. You needed daily therapy and nursing that a "
           f"skilled nursing facility gives; the hospital's discharge planner, {dcp}, had found a bed for you. Our "
           f"medical director, Dr. {rev}, reviewed the records. Your case manager is {cm}.", 10)
    p.para(f"Your appeal must reach us by {fdate(by, 'long')}. If your health is at risk, ask for a fast appeal "
           "(72 hours). You may also ask for an external review within 4 months after our final decision.", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=None, member_id=m, member_name=pt, cases=[n, ref],
              claim_amount=m2(b), service_dates=[f"{cut.isoformat()}/{dc.isoformat()}"], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[n], [ref]],
                          "service_dates": [[cut.isoformat(), dc.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_tele(rng):
    pt, card, hosp_md, rev, sig = people(rng, 5)
    m = qid(rng)
    a = dt.date(2026, 7, rng.randint(1, 15))
    d1, d2 = plus(a, 2), plus(a, 3)
    nd = plus(d2, rng.randint(30, 40))
    n = icn(rng)
    b1, b2 = amount(rng, 900, 1300), amount(rng, 900, 1300)
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Claim: {n}     Hospital account: {har(rng)}     Invoice: OR-{digits(rng, 7)}     Member: {m}", 9)
    p.para(f"Dear {pt}:", 10)
    p.para(f"During your stay at {HOSP} for chest pain, the hospital billed heart monitoring (telemetry, revenue "
           f"code 0214) on {fdate(d1, 'long')} and {fdate(d2, 'long')}: {money(b1)} and {money(b2)}. "
           f"Dr. {hosp_md} of {HGRP} looked after you; the cardiologist, Dr. {card}, saw you once.", 10)
    p.table(["Date", "Line", "Billed", "Allowed", "Paid", "You owe"],
            [[fdate(d1, "slash"), "0214 Telemetry", money(b1, "nosign"), "0.00", "0.00", "0.00"],
             [fdate(d2, "slash"), "0214 Telemetry", money(b2, "nosign"), "0.00", "0.00", "0.00"],
             ["", "Total refused", money(b1 + b2, "nosign"), "0.00", "0.00", "0.00"]],
            [28, 52, 24, 22, 18, 18], size=9, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Your heart tests were normal by the end of the first day and your heart rhythm stayed normal. Dr. {rev}, "
           "a cardiologist who reviews claims for us, found that monitoring on those two days was not medically "
           "needed. The rest of the stay was paid.", 10)
    p.para("Your appeal must be filed within one hundred eighty (180) days from the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims, {INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b1 + b2), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [hosp_md], "service_dates": [[f"{d1.isoformat()}/{d2.isoformat()}"]]})
    return out(p), t


def finefax_stack(rng):
    pt, att, rev, coord, spouse = people(rng, 5)
    m = qid(rng)
    a = dt.date(2026, 1, rng.randint(5, 15))
    dc = plus(a, 3)
    ad = plus(dc, rng.randint(230, 250))
    n = icn(rng)
    apid = f"AP-{digits(rng, 6)}"
    acct = har(rng)
    b = amount(rng, 2400, 3900)
    fax = f"{ad.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  QBHP APPEALS  {phone(rng, '916')}  PAGE {{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 12, 20)
    p.add_page()
    head(p, rng, "Appeals and Grievances")
    p.line("APPEAL DECISION", 12, "B")
    p.ln(1)
    p.para(fdate(ad, "long"), 10)
    for ln in [spouse, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.boxed_pairs([("Appeal ID", apid), ("Claim (ICN)", n), ("Patient", pt), ("Member ID", m),
                   ("Hospital acct", acct), ("Appeal received", fdate(plus(ad, -28), "slash"))], label_w=40)
    p.para(f"Dear {spouse}:", 10)
    p.para(f"You appealed, for your wife {pt}, our refusal of the lines {HOSP} added to its claim for her stay of "
           f"{fdate(a, 'long')} through {fdate(dc, 'long')} (attending Dr. {att}). The hospital sent those lines, "
           f"{money(b)} for a CT scan and blood products, on a corrected claim that reached us more than 180 days "
           "after she went home.", 10)
    p.para(f"**Decision: the refusal stands.** Our contract with the hospital gives it 180 days from discharge to "
           f"bill. Dr. {rev}, who had no part in the first decision, and our appeals coordinator, {coord}, reviewed "
           "the file. The hospital may not bill your wife for the late lines.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this decision. You may instead ask "
           "for an external review within 4 months.", 10)
    d1 = (out(p), truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=pt, cases=[apid, n],
                        claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{dc.isoformat()}"],
                        denial_date=ad.isoformat(), provider=HOSP, appeal_deadline=plus(ad, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [att], "case_numbers": [[apid], [n]],
                                    "service_dates": [[a.isoformat(), dc.isoformat()], [a.isoformat()]],
                                    "appeal_deadline": [None]}))
    pt2, doc2, fin, grd = people(rng, 4)
    m2_ = qid(rng)
    a2 = dt.date(2026, 8, rng.randint(3, 18))
    dc2 = plus(a2, 2)
    bd = plus(dc2, rng.randint(35, 45))
    acct2 = har(rng)
    inv = f"OR-{digits(rng, 7)}"
    specs = [("0110", "Room and board, private (2 days)", amount(rng, 5200, 6800)),
             ("0250", "Pharmacy", amount(rng, 700, 1300)), ("0272", "Sterile supplies", amount(rng, 300, 600)),
             ("0300", "Laboratory", amount(rng, 500, 900)), ("0450", "Emergency room", amount(rng, 1800, 2600))]
    tot = round(sum(x[2] for x in specs), 2)
    ins_paid = round(tot * 0.55, 2)
    adj = round(tot * 0.38, 2)
    bal = round(tot - ins_paid - adj, 2)
    q = DZSheet(footer="Page {n} of {nb}")
    q.set_margins(16, 14, 16)
    q.add_page()
    q.logo_head(HOSP, "ORMC", [f"Patient Financial Services  |  {phone(rng, '530')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="ITEMIZED BILL", size=12)
    q.addr_pair("Guarantor", [grd, *address(rng)], "Patient", [pt2, f"Account {acct2}", f"Invoice {inv}",
                                                              f"Attending Dr. {doc2}"])
    q.grid([[("BILL DATE", fdate(bd, "abbr")), ("ADMIT / DISCH", f"{fdate(a2, 'slash')} - {fdate(dc2, 'slash')}"),
             ("INSURANCE", f"{INS} {m2_}")]], size=8.4)
    rows = [[r, d, money(x, "nosign"), ""] for r, d, x in specs]
    rows += [["", "Total charges", money(tot, "nosign"), ""],
             ["", f"{INS} payment", "", money(ins_paid, "nosign")],
             ["", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "BALANCE DUE (deductible / coinsurance)", money(bal), ""]]
    q.table(["Rev", "Description", "Charges", "Credits"], rows, [20, 100, 32, 31.9], size=8.8,
            aligns=["L", "L", "R", "R"], bold_last=True)
    q.para(f"Questions about this bill: {fin}, financial counselor. Pay by {fdate(plus(bd, 30), 'abbr')} or call to set "
           "up a payment plan.", 9)
    d2 = (out(q), truth("other", None, insurer=INS, member_id=m2_, member_name=pt2, claim_amount=m2(tot),
                        service_dates=[f"{a2.isoformat()}/{dc2.isoformat()}"], denial_date=bd.isoformat(),
                        provider=HOSP, unscored=["insurer"],
                        alternates={"provider": [doc2], "member_id": [None],
                                    "service_dates": [[a2.isoformat(), dc2.isoformat()]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_stay_lines_comfort_kit_refused", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_line_form_implant_without_approval", "fax_standard_g4", [faxstd_implant(rng)]),
        Item(F + "photocopy_supplies_billed_apart_from_room", "photocopy", [photocopy_supplies(rng)]),
        Item(F + "phone_es_two_column_mri_billed_twice", "phone_photo", [phone_es(rng)]),
        Item(F + "clean_last_days_skilled_nursing_instead", "scan_clean_300", [clean_loc(rng)]),
        Item(F + "lowres_telemetry_days_not_needed", "scan_lowres_150", [lowres_tele(rng)]),
        Item(F + "finefax_stack_cover_appeal_late_lines_then_itemized_bill_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
