"""An invented commercial plan (Ashbourne Ridge Health Plan) refusing to pay for home blood pressure monitors
(HCPCS A4670 automatic monitor; A4660 manual sphygmomanometer with cuff and stethoscope) as items of personal
comfort or convenience, with the medical supply company's own invoice. HCPCS and CPT codes appear as themselves;
the plan, its rules (monitors paid only for members on home dialysis, a cuff A4663 paid with a covered monitor),
the supplier, every person, number and address are invented. No file says "denied" or "convenience item" in the
same words.

Documents (8 in 7 files):
- bd_eob_four_rows_amount_shown_your_responsibility: a member EOB of four claims; the supplier's A4670 row pays
  nothing, "the amount shown is your responsibility", note code only; plan year, deductible and a DOB as decoys.
- faxstd_capbox_supplier_notice_subscriber_no_dependent: a provider notice to the supplier on a standard fax,
  captioned boxes, the patient a dependent (the subscriber a decoy), the ID only as "Subscriber No." in a card
  block; "the plan does not provide benefits for" the monitor.
- phone_spanish_no_se_puede_pagar_month_first: Spanish member letter, "no se puede pagar", dates month first
  (03/09/2026 = 9 March) with the dates also written out.
- rotated_supplier_invoice_remit_to_insurance_on_file: the supplier's invoice (logo word and an INVOICE box
  heading on the name line, remit to a billing center elsewhere, "Insurance on file: <plan> <number>"), the monitor
  declined by the insurer and moved to the patient, the cuff paid; denies nothing.
- lowres_prose_predetermination_not_able_to_approve_barcode_id: a pre-service letter with no labels, "we are not
  able to approve", the member number only under a barcode; the requesting cardiologist, an older visit as decoys.
- photocopy_appeal_upheld_wrist_monitor_will_not_pay: a first-level appeal upheld, "we will not pay"; a box grid
  with appeal and claim numbers; the ordering doctor and the medical director as decoys; second level 60 days.
- clean300_stack_claim_received_then_retail_monitor_reimbursement_upside_down: a claim acknowledgment of a member
  reimbursement form (denies nothing), a blank separator, then the reimbursement refused, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "home_blood_pressure_monitor_cuff_dme_convenience_item_denial"
LANG = "en"
SEED = 352602
INS = "Ashbourne Ridge Health Plan"
ALT = ["Ashbourne Ridge"]
PLAN = "ARH-PPO-4400"
GROUP = "73914-002"
SUP = "Corliss Brook Medical Supply"


def ar_id(rng):
    return f"ARW{digits(rng, 9)}"


def _head(p: DOSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH 432{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, d1 = people(rng, 2)
    mid = ar_id(rng)
    sd = dt.date(2026, 4, rng.randint(14, 24))
    base = dt.date(2026, 3, rng.randint(2, 9))
    src = [(base, f"Dr. {d1}", "99214 office visit"), (base, "Eastgate Clinical Lab", "80053 metabolic panel"),
           (plus(base, 3), SUP, "A4670 automatic BP monitor"), (plus(base, 16), f"Dr. {d1}", "93000 ECG")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, pv, svc) in enumerate(src):
        c = amount(rng, 60, 210)
        billed.append(c)
        n = f"{digits(rng, 4)}-{digits(rng, 7)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00", money(c, "nosign"), "X19"])
        else:
            al = round(c * 0.7, 2)
            cop = 30.0 if i == 0 else 0.0
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - cop, "nosign"), money(cop, "nosign"), "01"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "abbr"))])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$750.00 of $1,500.00"),
                ("Patient DOB", fdate(dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28)), "slash"))])
    p.ln(3)
    p.table(["Claim", "Date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Note"], rows,
            [30, 18, 62, 60, 22, 22, 22, 22, 12], size=8.2, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** 01 Paid at the network benefit; any copay is shown in Your share. X19 Equipment for "
           "personal use at home, such as a blood pressure monitor, is outside your durable medical equipment "
           "benefit unless you are on home dialysis. The amount shown is your responsibility.", 8.6)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours. External review: within 4 months of our final decision.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])],
              denial_date=sd.isoformat(), provider=SUP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def faxstd_capbox(rng):
    patient, sub, doc = people(rng, 3)
    mid = ar_id(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    sv = plus(nd, -rng.randint(14, 30))
    billed = amount(rng, 70, 140)
    clm = f"{digits(rng, 4)}-{digits(rng, 7)}"
    fax = f"{nd.strftime('%m/%d/%y')} 11:{rng.randint(10, 59)}  ARHP PROVIDER SVCS  614-555-{digits(rng, 4)}  PAGE {{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE", 12, "B")
    p.ln(1)
    y = p.get_y()
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Claim number", clm), ("Received", fdate(plus(sv, 4), "slash"))],
               [37, 40, 38])
    p.capstrip([("Billing provider", SUP), ("NPI", digits(rng, 10))], [75, 40])
    p.capstrip([("Patient", patient), ("Relationship", "Dependent child"), ("DOB", fdate(dt.date(2004, rng.randint(1, 12), rng.randint(1, 28)), "slash"))],
               [50, 35, 30])
    p.capstrip([("Date of service", fdate(sv, "slash")), ("HCPCS", "A4670 NU"), ("Charge", money(billed))],
               [40, 35, 40])
    p.capstrip([("Ordering provider", f"Dr. {doc}"), ("ICD-10", "I10")], [75, 40])
    p.sidebar([("Subscriber", sub), ("Subscriber No.", mid), ("Group", GROUP), ("Plan", PLAN)], 134, y, 61.9,
              "ID card", size=8.4)
    p.set_xy(p.l_margin, max(p.get_y(), y + 55))
    p.ln(3)
    p.line("CLAIM DETERMINATION", 11.5, "B")
    p.para("Line 1, A4670 automatic blood pressure monitor: allowed 0.00, paid 0.00. The plan does not provide "
           "benefits for home blood pressure monitors or cuffs for members who are not on home dialysis (medical "
           "policy DME-118). These items are used mostly for the member's own ease at home and would be useful to "
           "a person who is not ill. The member may be billed only if the member signed a waiver before delivery.",
           9.4)
    p.para("To ask us to reconsider, send the request with records within 90 days of the date of this notice.", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid,
              member_name=patient, cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)],
              denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [doc]})
    return out(p), t


def phone_spanish(rng):
    patient = people(rng, 1)[0]
    mid = ar_id(rng)
    nd = dt.date(2026, 3, rng.randint(9, 12))
    sv = dt.date(2026, 2, rng.randint(3, 11))
    billed = amount(rng, 60, 130)
    clm = f"{digits(rng, 4)}-{digits(rng, 7)}"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "slash")), ("Número de miembro", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de reclamo", clm), ("Fecha de entrega", fdate(sv, "slash")), ("Cargo", money(billed))])
    p.para("Fechas: mes/día/año.", 8)
    p.ln(2)
    p.para(f"{fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"{SUP} nos envió un reclamo por el monitor automático de presión arterial (A4670) que le entregó el "
           f"{fdate(sv, 'long', 'es')}. Su plan paga monitores de presión para la casa solo a miembros en diálisis en "
           "casa. Un monitor de presión es un artículo de uso personal que también usan personas sanas. Por eso el "
           "reclamo no se puede pagar.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, pida una apelación urgente (72 horas). También puede pedir una "
           "revisión externa dentro de 4 meses después de nuestra decisión final.", 9.8)
    p.para(f"{INS}", 9.8)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_invoice(rng):
    patient, doc = people(rng, 2)
    mid = ar_id(rng)
    dd = dt.date(2026, 4, rng.randint(2, 14))
    inv = plus(dd, rng.randint(30, 40))
    mon, cuff = amount(rng, 85, 150), amount(rng, 25, 45)
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(SUP, "CBMS", [f"{rng.randint(100, 9800)} Lancaster Ave, Zanesville OH 437{rng.randint(10, 99)}  |  "
                              f"740-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"], box="INVOICE")
    p.pairs([("Invoice date", fdate(inv, "abbr")), ("Invoice no.", f"INV-{digits(rng, 6)}"),
             ("Account", f"CB{digits(rng, 6)}"), ("Ship to / Patient", patient),
             ("Insurance on file", f"Ashbourne Ridge PPO {mid}"), ("Ordering physician", f"Dr. {doc}"),
             ("Delivered", fdate(dd, "slash"))], label_w=40, size=9.2)
    p.ln(2)
    rows = [["A4670", "Automatic BP monitor, upper arm", "1", money(mon), "0.00",
             "Insurer declined", money(mon)],
            ["A4663", "Blood pressure cuff, adult large", "1", money(cuff), money(round(cuff * 0.8, 2)),
             "Paid", money(round(cuff * 0.2, 2))]]
    bal = round(mon + cuff * 0.2, 2)
    rows.append(["", "Balance due", "", money(mon + cuff), "", "", money(bal)])
    p.table(["HCPCS", "Item", "Qty", "Charge", "Ins. paid", "Insurance status", "You owe"], rows,
            [16, 52, 9, 20, 18, 44, 20], size=8.4, bold_last=True)
    p.para("Your insurance did not pay for the monitor, so its charge has been moved to you. If you want to "
           "contest this with your plan, call the number on your ID card. We will hold the account for 30 days.", 9)
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["CBMS Billing Center", f"PO Box {rng.randint(2000, 9000)}", f"Dayton OH 454{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(mon),
              service_dates=[span(dd)], denial_date=inv.isoformat(), provider=SUP, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [doc]})
    return out(p), t


def lowres_prose(rng):
    patient, cardio = people(rng, 2)
    mid = ar_id(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    planned = plus(nd, rng.randint(7, 14))
    old = plus(nd, -rng.randint(40, 60))
    ref = f"PD{digits(rng, 9)}"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  Ref {ref}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Care Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Marietta OH 457{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    y = p.get_y()
    p.barcode(130, y - 16, mid, f"MBR {mid}")
    p.set_xy(p.l_margin, y + 6)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {cardio} asked us on your behalf whether your plan would pay for a home blood pressure monitor with "
           f"a large cuff, to be delivered by {SUP} on {fdate(planned, 'long')}. Dr. {cardio} wrote that you were "
           f"seen on {fdate(old, 'long')} for high blood pressure and should check it at home twice a day.", 10)
    p.para("We are not able to approve the monitor. Your plan pays for medical equipment used at home only when it "
           "serves a medical purpose and would not be useful to a person who is not sick or injured. Blood pressure "
           "monitors are sold in stores for anyone to use, and your plan pays for them only for members who get "
           "dialysis at home. Your visits to check your blood pressure at the doctor's office stay covered.", 10)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. Include the reference number "
           "printed at the bottom of this page.", 10)
    p.para(f"Sincerely,\n\nCare Review Unit\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=cardio,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [SUP],
                                                                       "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_appeal(rng):
    patient, doc, md = people(rng, 3)
    mid = ar_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    sv = dt.date(2026, 4, rng.randint(6, 27))
    billed = amount(rng, 95, 160)
    apl = f"APL-{digits(rng, 3)}-{digits(rng, 5)}"
    clm = f"{digits(rng, 4)}-{digits(rng, 7)}"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("APPEAL DECISION - FIRST LEVEL", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Appeal number", apl), ("Claim number", clm)],
            [("Member", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Item", "A4670 wrist monitor, Bluetooth"), ("Delivered", fdate(sv, "slash")), ("Billed", money(billed))],
            [("Supplier", SUP), ("Ordering doctor", f"Dr. {doc}"), ("Appeal received", fdate(plus(nd, -21), "slash"))]],
           size=8.8)
    p.para(f"You asked us to pay for the wrist blood pressure monitor {SUP} delivered to you. You wrote that "
           f"Dr. {doc} asked you to record your readings and send them through the patient portal.", 9.4)
    p.para("**Decision: we will not pay for the monitor.** Your benefit booklet lists equipment that is mostly for "
           "personal ease or use at home among the items the plan does not pay for, and names blood pressure "
           "monitors as an example. The only exception is home dialysis, which does not apply to you. Sending "
           "readings to your doctor does not change this. A reviewer who was not part of the first decision "
           "looked at your appeal.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review within 4 months of the date of this letter.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=SUP, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[apl], [clm]]})
    return out(p), t


def clean300_stack(rng):
    patient = people(rng, 1)[0]
    mid = ar_id(rng)
    store = "Halvorsen Drug & Home Health"
    bought = dt.date(2026, 6, rng.randint(2, 20))
    paid = amount(rng, 45, 95)
    rd = plus(bought, rng.randint(10, 16))
    clm = f"MR-{digits(rng, 8)}"
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.line(fdate(rd, "long"), 9.6)
    p.ln(2)
    p.line("WE RECEIVED YOUR CLAIM", 11.5, "B")
    p.pairs([("Member", patient), ("Member ID", mid), ("Claim number", clm), ("Form", "Member reimbursement form MR-1"),
             ("Purchased from", store), ("Date of purchase", fdate(bought, "slash")), ("Amount paid", money(paid))],
            label_w=40, size=9.4)
    p.ln(2)
    p.para("We will send you our decision within 30 days. You do not need to do anything now.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[clm],
                          claim_amount=m2(paid), service_dates=[span(bought)], denial_date=rd.isoformat(),
                          provider=store, alternates={"insurer": ALT, "case_numbers": [[]], "claim_amount": [None],
                                                      "service_dates": [[]], "provider": [None]}))
    nd = plus(rd, rng.randint(9, 15))
    q = DOSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("DECISION ON YOUR REIMBURSEMENT CLAIM", 11.5, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd, "long")), ("Member", patient), ("ID#", mid), ("Claim", clm),
             ("Item", "Blood pressure monitor (store purchase)"), ("Purchased", fdate(bought, "slash")),
             ("From", store), ("You paid", money(paid)), ("We pay", "$0.00")], label_w=34, size=9.4)
    q.ln(2)
    q.para("A blood pressure monitor bought for use at home is not something your plan pays for, unless you are "
           "on home dialysis. Items like this are for personal use and are sold to anyone without a prescription. "
           "We have not paid any part of this claim.", 9.6)
    q.para("You may appeal within 180 days of the date of this letter.", 9.6)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(paid), service_dates=[span(bought)], denial_date=nd.isoformat(),
                          provider=store, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_rows_amount_shown_your_responsibility", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_capbox_supplier_notice_subscriber_no_dependent", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_spanish_no_se_puede_pagar_month_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_supplier_invoice_remit_to_insurance_on_file", "rotated", [rotated_invoice(rng)]),
        Item(F + "lowres_prose_predetermination_not_able_to_approve_barcode_id", "scan_lowres_150",
             [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_wrist_monitor_will_not_pay", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_claim_received_then_retail_monitor_reimbursement_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
