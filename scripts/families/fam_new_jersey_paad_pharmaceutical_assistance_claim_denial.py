"""Notices mirrored (structure and wording style only) from New Jersey's Pharmaceutical Assistance to the Aged and
Disabled program (PAAD, run by the New Jersey Department of Human Services, Division of Aging Services, both as
themselves) on drug fills PAAD did not pay, and the pharmacies' own papers. PAAD's $5 / $7 copays and its place as
payer after a Medicare Part D plan appear as themselves; the reason codes, time limits for a PAAD reconsideration,
every pharmacy, prescriber, Part D plan, person and number are invented.

Documents (8 in 7 files):
- bd_statement_four_fills_zero_paid_code_only: a PAAD claims statement of four fills; one row "PAAD paid 0.00"
  with reason code R31 only (explained in a legend as "payable only when your Medicare Part D plan has been
  billed first"); the Part D plan's own member number, DOB, statement period as decoys.
- faxstd_pharmacy_reject_printout_insurance_on_file: the pharmacy's register printout of a rejected claim (a
  logo box beside the pharmacy's name), "Insurance on file: NJ PAAD <number>", BIN/PCN/Rx numbers; denies
  nothing (a pharmacy paper).
- phone_spanish_renewal_not_returned_day_first: a Spanish notice that coverage ended (renewal not returned), "no
  tiene cobertura", "no se puede pagar"; dates day-first (dd/mm/aaaa) and written out.
- rotated_no_labels_supply_limit_reply_slip: a letter with no labels, "we are unable to pay" for a 90-day fill
  over the 34-day / 100-dose supply limit; the PAAD number only in the reply slip.
- lowres_prescriber_request_higher_dose_not_approved: "we cannot approve" a prescriber's request for a higher
  daily dose (records do not show the need); PAAD number beside a Medicare number; received date as decoy.
- photocopy_reconsideration_repayment_request_late: an upheld reconsideration of a member's repayment request that
  arrived after 180 days; only a fair hearing (20 days) left.
- scan300_stack_eligibility_approved_blank_then_mail_order_turned: an eligibility approval (denies nothing), a
  blank separator, then a mail-order pharmacy outside PAAD's participating pharmacies, "the amount shown is your
  responsibility", fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoa import DOSheet, people
from public_kit import amount, digits, fdate, m2, mbi, money, out, plus, span, truth

FAMILY = "new_jersey_paad_pharmaceutical_assistance_claim_denial"
LANG = "en"
SEED = 352500
INS = "Pharmaceutical Assistance to the Aged and Disabled"
ALT = ["PAAD", "New Jersey PAAD", "New Jersey Department of Human Services", "Department of Human Services",
       "Division of Aging Services", "NJ Department of Human Services", "State of New Jersey"]
PARTD = "Palisade Crest Rx (PDP)"
PHARM = ["Raritan Bend Pharmacy", "Passaic Street Apothecary", "Shore Point Family Drugs", "Millstone Corner Pharmacy"]
DRUGS = [("atorvastatin 40 mg tab", "generic"), ("Eliquis 5 mg tab", "brand"), ("metformin ER 500 mg tab", "generic"),
         ("Januvia 100 mg tab", "brand"), ("lisinopril 20 mg tab", "generic"), ("Trelegy Ellipta inhaler", "brand"),
         ("donepezil 10 mg tab", "generic")]


def paad_no(rng):
    return digits(rng, 9)


def pcr(rng):
    return f"PCR{digits(rng, 8)}"


def _head(p: DOSheet, rng, unit: str | None = None):
    p.f(8.5)
    p.cell(0, 4, "State of New Jersey", new_x="LMARGIN", new_y="NEXT")
    p.f(13, "B")
    p.cell(0, 6, "Department of Human Services", new_x="LMARGIN", new_y="NEXT")
    p.f(9.5, "B")
    p.cell(0, 5, "Division of Aging Services", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "Pharmaceutical Assistance to the Aged and Disabled (PAAD)", new_x="LMARGIN", new_y="NEXT")
    if unit:
        p.cell(0, 4, unit, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(700, 799)}, Trenton NJ 086{rng.randint(10, 99)}  |  1-800-555-{digits(rng, 4)}"
                 f"  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _dob(rng):
    return dt.date(rng.randint(1938, 1960), rng.randint(1, 12), rng.randint(1, 28))


def bd_statement(rng):
    patient = people(rng, 1)[0]
    pid, partd = paad_no(rng), pcr(rng)
    sd = dt.date(2026, 4, rng.randint(6, 14))
    base = dt.date(2026, 3, rng.randint(2, 6))
    fills = [base, plus(base, 6), plus(base, 13), plus(base, 20)]
    drugs = rng.sample(DRUGS, 4)
    pharms = [PHARM[0], PHARM[0], PHARM[1], PHARM[0]]
    deny = 2
    rows, claims, charges = [], [], []
    for i, (d, (drug, kind), ph) in enumerate(zip(fills, drugs, pharms)):
        c = amount(rng, 60, 420)
        charges.append(c)
        n = f"26{digits(rng, 11)}"
        claims.append(n)
        rx = f"Rx {digits(rng, 7)}"
        if i == deny:
            rows.append([n, fdate(d, "slash"), ph, f"{drug} ({rx})", money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "R31"])
        else:
            cop = 5.0 if kind == "generic" else 7.0
            partd_paid = round(c * 0.55, 2)
            rows.append([n, fdate(d, "slash"), ph, f"{drug} ({rx})", money(c, "nosign"), money(partd_paid, "nosign"),
                         money(c - partd_paid - cop, "nosign"), money(cop, "nosign"), "C5" if cop == 5 else "C7"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("PAAD CLAIMS STATEMENT", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Statement date", fdate(sd, "long")),
             ("Claims processed", f"{fdate(plus(base, -1), 'slash')} through {fdate(plus(base, 24), 'slash')}"),
             ("Date of birth", fdate(_dob(rng), "slash"))], label_w=38, size=9)
    end = p.sidebar([("PAAD ID#", pid), ("Cardholder", patient), ("Medicare Part D plan", PARTD),
                     ("Part D member no.", partd)], 190, y, 77, "Your PAAD card", size=8.2)
    p.set_y(end + 4)
    p.table(["Claim no.", "Fill date", "Pharmacy", "Drug (prescription no.)", "Pharmacy charge", "Part D plan paid",
             "PAAD paid", "You paid", "Code"], rows, [30, 19, 40, 66, 22, 22, 18, 18, 14], size=7.8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**What the codes mean.** C5 PAAD paid the rest of the charge after your Part D plan, less your $5.00 "
           "copay for a generic drug. C7 The same, less your $7.00 copay for a brand-name drug. R31 This fill is "
           "payable only when the pharmacy has first billed your Medicare Part D plan. No Part D payment was shown "
           "for this fill.", 8.6)
    p.para("**If you disagree.** You may ask PAAD to reconsider any fill on this statement within 45 days of the date "
           "of this statement. After a reconsideration you may ask for a fair hearing within 20 days. Questions: "
           "call the number at the top of this page.", 8.6)
    t = truth("eob", "other", insurer=INS, member_id=pid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(charges[deny]), service_dates=[span(fills[deny])], denial_date=sd.isoformat(),
              provider=pharms[deny], appeal_deadline=plus(sd, 45).isoformat(),
              alternates={"insurer": ALT}, denial_alternates=["not_covered"])
    return out(p), t


def faxstd_printout(rng):
    patient = people(rng, 1)[0]
    first, mid, last = patient.split()[0], patient.split()[1].rstrip("."), patient.split()[-1]
    pid, partd = paad_no(rng), pcr(rng)
    fd = dt.date(2026, 3, rng.randint(9, 20))
    drug = rng.choice([d for d, k in DRUGS if k == "brand"])
    charge = amount(rng, 180, 520)
    ph = PHARM[2]
    fax = f"{fd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  SHORE POINT DRUGS  732-555-{digits(rng, 4)}  P.{{n}}/1"
    p = DOSheet(footer=None, fax_hdr=fax)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head("Rx", ph, [f"{rng.randint(100, 990)} Ocean Ave, Long Branch NJ 077{rng.randint(10, 99)}",
                           f"Tel 732-555-{digits(rng, 4)}   Fax 732-555-{digits(rng, 4)}   NPI {digits(rng, 10)}"])
    p.line("PHARMACY CLAIM RESPONSE - PATIENT COPY", 11, "B")
    p.ln(2)
    p.mono([
        f"Printed   {fdate(fd, 'slash')} 15:{rng.randint(10, 59)}    Terminal 02   Tech JR",
        f"Patient   {last.upper()}, {first.upper()} {mid}",
        f"DOB       {fdate(_dob(rng), 'slash')}",
        f"Insurance on file: NJ PAAD {pid}   (secondary)",
        f"                   {PARTD} {partd}   (primary)",
        f"BIN 0{digits(rng, 5)}   PCN PAADNJ   Grp NJPAAD{digits(rng, 2)}",
        "",
        f"Rx# {digits(rng, 7)}   Fill date {fdate(fd, 'slash')}   Qty 60   Days 30",
        f"Drug      {drug}",
        f"Prescriber  Dr. {people(rng, 1)[0]}",
        f"Submitted {money(charge)}",
        "",
        "Primary  : PAID      Pt pay 0.00   Plan pd 0.00  (deductible)",
        "Secondary: REJECTED  Reject 41 / 569",
        "           SUBMIT BILL TO OTHER PROCESSOR OR PRIMARY PAYER",
        "           Primary response shows $0.00 plan paid",
    ], 8.8)
    p.ln(4)
    p.para("Note to patient: your Part D plan counted this fill toward your deductible and paid nothing. PAAD "
           "returned the claim to us. We are calling PAAD to have the claim reviewed. Please do not pay the full "
           "price today; we will hold your prescription until Friday.", 9.4)
    p.para("Keep this copy for your records.", 8.5)
    t = truth("other", None, insurer=INS, member_id=pid, member_name=patient, claim_amount=m2(charge),
              service_dates=[span(fd)], denial_date=fd.isoformat(), provider=ph, unscored=["insurer"],
              alternates={"claim_amount": [None], "member_id": [partd], "denial_date": [None]})
    return out(p), t


def phone_spanish(rng):
    patient, presc = people(rng, 2)
    pid = paad_no(rng)
    ended = dt.date(2026, 3, 31)
    fd = dt.date(2026, 4, rng.randint(6, 9))
    nd = dt.date(2026, 4, rng.randint(10, 12))
    charge = amount(rng, 40, 260)
    clm = f"26{digits(rng, 11)}"
    ph = PHARM[3]
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Asistencia Farmacéutica para Personas Mayores y Discapacitadas (PAAD)")
    p.line("AVISO: NO SE PUEDE PAGAR SU MEDICAMENTO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso (dd/mm/aaaa)", fdate(nd, "dmy", "es")), ("Número de PAAD", pid),
                ("Número de reclamo", clm)])
    p.capstrip([("Fecha de surtido (dd/mm/aaaa)", fdate(fd, "dmy", "es")), ("Farmacia", ph),
                ("Cargo de la farmacia", money(charge))])
    p.ln(4)
    p.para(f"{fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Su cobertura de PAAD terminó el {fdate(ended, 'long', 'es')} porque no recibimos su solicitud de "
           "renovación anual. Sin una renovación, usted no tiene cobertura de PAAD después de esa fecha.", 9.8)
    p.para(f"El {fdate(fd, 'long', 'es')}, {ph} le surtió una receta del Dr. {presc}. Como esa fecha es posterior "
           "al fin de su cobertura, PAAD no se puede pagar este medicamento. Si envía la renovación y se aprueba, "
           "la farmacia puede volver a enviar el reclamo.", 9.8)
    p.para("**Si no está de acuerdo.** Puede pedir a PAAD que reconsidere esta decisión dentro de 45 días a partir "
           "de la fecha de este aviso. Después puede pedir una audiencia imparcial dentro de 20 días.", 9.8)
    p.para("Division of Aging Services - PAAD", 9.8)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=pid, member_name=patient, cases=[clm],
              claim_amount=m2(charge), service_dates=[span(fd)], denial_date=nd.isoformat(), provider=ph,
              appeal_deadline=plus(nd, 45).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_noloabel(rng):
    patient, presc = people(rng, 2)
    pid = paad_no(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    fd = plus(nd, -rng.randint(9, 20))
    drug = rng.choice([d for d, k in DRUGS if k == "generic"])
    charge = amount(rng, 90, 240)
    ref = f"CR 26 {digits(rng, 5)} {digits(rng, 3)}"
    ph = PHARM[1]
    p = DOSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Hamilton Ave", f"Paterson NJ 075{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We are unable to pay for the {drug} that {ph} filled for you on {fdate(fd, 'long')}. The pharmacy "
           f"billed 180 tablets, a 90-day supply, for {money(charge)}. This letter refers to claim {ref}.", 10)
    p.para("PAAD pays for a supply of up to 34 days, or up to 100 doses if that is more, in one fill. A fill larger "
           f"than that cannot be paid in part. Your prescriber, Dr. {presc}, does not need to write a new "
           "prescription: the pharmacy can fill the same prescription again for a 34-day supply and bill PAAD.", 10)
    p.para("If you think we made a mistake, you may ask us to reconsider within 45 days of the date of this letter. "
           "Use the slip below. After a reconsideration you may ask for a fair hearing within 20 days.", 10)
    p.para("Division of Aging Services\nPharmaceutical Assistance to the Aged and Disabled", 10)
    p.slip("Reconsideration request - return to PAAD", [("PAAD No.", pid), ("Name", patient),
                                                       ("Signature", "______________________________"),
                                                       ("Daytime phone", "(        )")])
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pid, member_name=patient, cases=[ref],
              claim_amount=m2(charge), service_dates=[span(fd)], denial_date=nd.isoformat(), provider=ph,
              appeal_deadline=plus(nd, 45).isoformat(), alternates={"insurer": ALT}, denial_alternates=["other"])
    return out(p), t


def lowres_request(rng):
    patient, presc = people(rng, 2)
    pid = paad_no(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    recv = plus(nd, -rng.randint(3, 6))
    start = plus(nd, rng.randint(3, 8))
    req = f"PA-26-{digits(rng, 5)}"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "PAAD Clinical Review Unit")
    p.para(fdate(nd, "long"), 10)
    p.ln(1)
    p.pairs([("To", patient), ("Re", "Your PAAD and Medicare coverage"), ("PAAD", pid), ("Medicare", mbi(rng)),
             ("Request no.", req)], label_w=30, size=9.6)
    p.ln(3)
    p.para(f"Dear {patient}:", 10)
    p.para(f"On {fdate(recv, 'long')} we received a request from Dr. {presc} for PAAD to pay for pregabalin 300 mg "
           f"three times a day, to begin on {fdate(start, 'long')}. PAAD pays for up to 600 mg a day of this drug "
           "unless the records show that more is needed.", 10)
    p.para("**We cannot approve this request.** The office notes sent with the request show that your pain "
           "improved on 150 mg twice a day and do not show a reason to go above 600 mg a day. PAAD will keep paying "
           "for your current dose.", 10)
    p.para("Your prescriber may send new records at any time. You may ask PAAD to reconsider within 45 days of the "
           "date of this letter. If your health could be seriously harmed by waiting, ask for a decision within "
           "72 hours. After a reconsideration you may ask for a fair hearing within 20 days.", 10)
    p.para("PAAD Clinical Review Unit\nDivision of Aging Services", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=pid, member_name=patient, cases=[req],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=presc,
              appeal_deadline=plus(nd, 45).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[]]}, denial_alternates=["not_covered"])
    return out(p), t


def photocopy_recon(rng):
    patient, reviewer = people(rng, 2)
    pid = paad_no(rng)
    fd = dt.date(2026, 1, rng.randint(5, 16))
    recv = plus(fd, rng.randint(190, 205))
    nd = plus(recv, rng.randint(30, 45))
    amt = amount(rng, 70, 310)
    rc = f"RC-2026-{digits(rng, 4)}"
    orig = f"RR-26-{digits(rng, 6)}"
    ph = PHARM[0]
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line("RECONSIDERATION DECISION", 12.5, "B")
    p.ln(1)
    p.boxed_pairs([("Decision date", fdate(nd, "dash")), ("Reconsideration no.", rc), ("Repayment request no.", orig),
                   ("Member / PAAD ID", f"{patient} / {pid}"), ("Pharmacy", ph), ("Date purchased", fdate(fd, "slash")),
                   ("Amount you paid", money(amt)), ("Request received", fdate(recv, "slash"))], label_w=52)
    p.para(f"You asked PAAD to repay you for a prescription you paid for at {ph} while you waited for your PAAD "
           "card. We looked again at your request and at your receipts.", 9.4)
    p.para("**Our decision stays the same.** PAAD can repay a member only when the repayment request reaches PAAD "
           f"within 180 days of the date the drug was bought. Your request reached us on {fdate(recv, 'long')}, "
           f"{(recv - fd).days} days after the purchase. We have no authority to make an exception to this limit.", 9.4)
    p.para("**Fair hearing.** If you disagree, you may ask for a fair hearing before the Office of Administrative Law. "
           "Your request must reach the Division within 20 days of the date of this decision.", 9.4)
    p.para(f"{reviewer}\nReconsideration Officer, Division of Aging Services", 9.4)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=pid, member_name=patient, cases=[rc, orig],
              claim_amount=m2(amt), service_dates=[span(fd)], denial_date=nd.isoformat(), provider=ph,
              alternates={"insurer": ALT, "case_numbers": [[rc], [orig]]})
    return out(p), t


def scan300_stack(rng):
    patient = people(rng, 1)[0]
    pid = paad_no(rng)
    ad = dt.date(2026, 1, rng.randint(12, 23))
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "PAAD Eligibility Unit")
    p.line(fdate(ad, "long"), 10)
    p.ln(2)
    p.line("YOUR PAAD ELIGIBILITY IS APPROVED", 11.5, "B")
    p.ln(1)
    p.pairs([("Name", patient), ("PAAD card no.", pid), ("Eligibility period", "01/01/2026 - 12/31/2026"),
             ("Copay", "$5.00 generic  /  $7.00 brand-name"), ("Application no.", f"AP{digits(rng, 8)}")],
            label_w=42, size=9.6)
    p.ln(2)
    p.para("Show your PAAD card and your Medicare Part D card every time you fill a prescription. Use a pharmacy "
           "that takes PAAD. Your renewal form will be mailed to you before the end of your eligibility period.", 9.8)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=pid, member_name=patient, denial_date=ad.isoformat(),
                          alternates={"insurer": ALT}))
    nd = dt.date(2026, 4, rng.randint(13, 24))
    fd = plus(nd, -rng.randint(15, 30))
    charge = amount(rng, 150, 480)
    clm = f"26{digits(rng, 11)}"
    mo = "Keystone Meadow Mail Pharmacy"
    q = DOSheet(footer=None)
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng)
    q.line("NOTICE OF CLAIM ACTION", 11.5, "B")
    q.ln(1)
    q.line(f"Notice date: {fdate(nd, 'slash')}", 9.6)
    q.ln(2)
    q.table(["PAAD ID", "Claim", "Fill date", "Pharmacy", "Charge", "PAAD paid", "Amount shown"],
            [[pid, clm, fdate(fd, "slash"), mo, money(charge), "$0.00", money(charge)]],
            [22, 29, 20, 50, 18, 16, 20], size=7.6)
    q.para(f"{patient}: the amount shown is your responsibility. {mo} in Pennsylvania is not a pharmacy that takes "
           "PAAD. PAAD pays only for fills from pharmacies that take part in PAAD. Your own pharmacy can fill your "
           "next order.", 9.6)
    q.para("You may ask PAAD to reconsider within 45 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=pid, member_name=patient,
                          cases=[clm], claim_amount=m2(charge), service_dates=[span(fd)], denial_date=nd.isoformat(),
                          provider=mo, appeal_deadline=plus(nd, 45).isoformat(), alternates={"insurer": ALT},
                          denial_alternates=["not_covered"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_statement_four_fills_zero_paid_code_only", "born_digital", [bd_statement(rng)]),
        Item(F + "faxstd_pharmacy_reject_printout_insurance_on_file", "fax_standard_g4", [faxstd_printout(rng)]),
        Item(F + "phone_spanish_renewal_not_returned_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_no_labels_supply_limit_reply_slip", "rotated", [rotated_noloabel(rng)]),
        Item(F + "lowres_prescriber_request_higher_dose_not_approved", "scan_lowres_150", [lowres_request(rng)]),
        Item(F + "photocopy_reconsideration_repayment_request_late", "photocopy", [photocopy_recon(rng)]),
        Item(F + "scan300_stack_eligibility_approved_blank_then_mail_order_turned", "scan_clean_300",
             scan300_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
