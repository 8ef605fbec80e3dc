"""An invented self-funded employer plan that pays hospitals and doctors by reference-based pricing (a percent of what
Medicare would pay, no network contracts), as the papers of its third-party administrator (TPA) to participants and
hospitals, a hospital's balance bill, and the plan's member advocacy firm forwarding an appeal decision to a
hospital. Everything is invented: the TPA Ironmere Benefit Administrators, Inc. (letterhead issuer), the Hobcaw Tile
& Stone Co. Employee Health Benefit Plan (plan no. 512, group 40718), its pricing vendor Breccia Point Claim Pricing,
the advocacy firm Ardentine Member Advocacy Group, the percentages (170% of Medicare for facilities, 140% for
professionals), the plan's 120-day filing limit, 31-day enrollment window and 180-day appeal period, every hospital,
practice, billing company, person, number and address; phones use 555. Medicare appears only as the price
reference; CPT / HCPCS codes and the ERISA section 502(a) right to sue appear as themselves. No heading names the
kind of denial; each reason is in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_explanation_of_payment_hospital_balance_rebill_refused: a standard-fax explanation of payment to a hospital
  with short captions left of and under boxes ("Pmt Dt", "Payee", "Bill agt", "TIN", "Grp", "EFT", "Pd this EOP"):
  three participants' claims with billed / Medicare rate / plan allowance / not allowed / participant owes / plan
  paid and a totals row; the middle claim is the hospital billing the unpaid rest of an earlier claim as a new one,
  paid 0.00 under R7 (other, legend only; the earlier claim number as a decoy); "within 180 days of the Pmt Dt".
- born_digital_participant_statement_physical_therapy_filed_late: a member claim statement (right-column
  letterhead, address pair, wrapping table) with a paid orthopaedic visit whose reference-price reduction is printed
  "137.88-" and three physical therapy visits of a child refused because the clinic sent the claim after 120 days
  (timely_filing; therapist only in a sentence; "on or before <date>").
- lowres_letter_hospital_balance_bill_plan_will_not_pay_more: a 150 dpi letter with odd captions under boxes ("Ltr
  dt", "Ptcp #" with a space and a dash, "Grp", "Clm", "Stay" 03/04/26 - 03/09/26, "Hosp chg", "Plan allow.",
  "Bal. billed"): the plan will not pay the balance a hospital billed the spouse above the reference-based payment
  (other; not_covered / out_of_network accepted); "no later than 180 days from the date printed at the top".
- photocopy_preservice_knee_replacement_inpatient_stay_not_approved: a photocopied pre-service letter with captions
  beside boxes and a parties box (surgeon, hospital, nurse case manager, physician reviewer): the knee replacement on
  "Thursday, April 16, 2026" approved as outpatient surgery, the two inpatient nights asked for not approved
  (level_of_care); employee number as a decoy; "within 180 days after you receive this letter" (null).
- phone_es_carta_hijastra_no_inscrita_sala_de_emergencias: a photographed Spanish letter with a facts sidebar at
  the left: a stepdaughter's emergency room claim refused because she was never enrolled (eligibility), three lines
  with billed / Medicare rate / allowance / paid and a total, "US$ 3.126,40 ($3,126.40)"; "dentro de 180 días".
- rotated_hospital_statement_after_reference_based_payment: the hospital's statement to the participant with a
  ledger (the plan payment and an adjustment in parentheses, running balance, "Pay by" date), fed sideways (denies
  nothing).
- scan300_stack_advocate_cover_to_hospital_then_final_appeal_decision_sideways: the advocacy firm's letter to the
  hospital forwarding the plan's final appeal decision (denies nothing), its duplex back, then the TPA's two-page
  final decision keeping the reference-based payment of an outpatient gallbladder surgery (other; external review
  and a court case as decoys; null), its second page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgd import (ECSheet, abbr, dash_span, digits, es_date, es_money, long, n2, oh_address, paren,
                               people, phone, plus, short, slash, trail, workday)
from public_kit import m2, out, truth

FAMILY = "self_funded_reference_based_pricing_percent_of_medicare_tpa_and_hospital_balance_bill"
LANG = "en"
SEED = 355023
TPA = "Ironmere Benefit Administrators, Inc."
PLAN = "Hobcaw Tile & Stone Co. Employee Health Benefit Plan"
ALT = ["Ironmere Benefit Administrators", "Ironmere", PLAN, "Hobcaw Tile & Stone Co."]
GROUP = "40718"
PLANNO = "512"
PRICER = "Breccia Point Claim Pricing"
ADVOC = "Ardentine Member Advocacy Group"
HOSP = "Culverden Regional Medical Center"
SURG = "Fellbrook Surgical Hospital"
ERDOC = "Cawdor Emergency Physicians, PC"
PT = "Padstow Lane Physical Therapy"
BILLCO = "Drumlin Revenue Partners"
ORTHO = "Ashvale Orthopaedic Group"


def ptcp(rng, suffix=None):
    """Participant ID printed with grouping spaces (and a dependent suffix after a dash); (printed, as kept)."""
    a, b = digits(rng, 3), digits(rng, 3)
    s = f"IB {a} {b}" + (f"-{suffix:02d}" if suffix is not None else "")
    return s, s.replace(" ", "")


def claim_no(rng, x="O"):
    return f"26{rng.randint(20, 160):03d}{x}{digits(rng, 5)}"


def _head(p, rng, unit="Claims", box=None):
    p.head(TPA, "IBA", [f"Third-party administrator for the {PLAN}  |  {unit}",
                        f"PO Box {rng.randint(23000, 23999)}, Columbus OH 43223  |  1-866-555-{digits(rng, 4)}  |  "
                        "TTY 711"], box=box, size=12.5)


def faxstd_eop(rng):
    names = people(rng, 3)
    pdt = workday(dt.date(2026, 4, rng.randint(6, 17)))
    fax = (f"{short(pdt)} {rng.randint(8, 17)}:{rng.randint(10, 59)}  IRONMERE BENEFIT ADM  {phone(rng, '614')}  >>  "
           f"{BILLCO.upper()}  pg {{n}}")
    p = ECSheet(footer="Page {n} of {nb}", footer_left="IBA-EOP (rev. 11/25)", fax_hdr=fax)
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Provider payments")
    p.title_bar("EXPLANATION OF PAYMENT - PROVIDER")
    W = p.w - p.l_margin - p.r_margin
    rows, tot, deny = [], [0.0] * 6, None
    earlier = claim_no(rng, "S")
    earlier_pd = dt.date(2026, 3, rng.randint(2, 13))
    specs = [("paid", "ER visit lvl 4 + CT", 4812.00, 1020.40, 500.00),
             ("deny", "Inpatient stay - balance", 11406.22, None, 0.0),
             ("paid", "MRI lumbar w/o contrast", 3150.00, 410.25, 139.49)]
    for nm, (kind, svc, billed, mcr, owe) in zip(names, specs):
        shown, kept = ptcp(rng, rng.randint(0, 2))
        cl = claim_no(rng, "O" if kind == "deny" else "B")
        if kind == "deny":
            a, e = dt.date(2026, 2, 9), dt.date(2026, 2, 12)
            dos = f"{short(a)}-{short(e)}"
            vals = [billed, 0.0, 0.0, billed, 0.0, 0.0]
            cd = "R7"
            deny = (nm, kept, cl, billed, a, e)
            mcr_s = "--"
        else:
            d = dt.date(2026, 3, rng.randint(2, 27))
            dos = short(d)
            allow = round(mcr * 1.7, 2)
            vals = [billed, mcr, allow, round(billed - allow, 2), owe, round(allow - owe, 2)]
            cd = "RB1"
            mcr_s = n2(mcr)
        tot = [x + y for x, y in zip(tot, vals)]
        last, first, mi = nm.split()[-1], nm.split()[0], nm.split()[1].rstrip(".")
        rows.append([cl, f"{last.upper()}, {first.upper()} {mi}", shown, dos, svc, n2(vals[0]), mcr_s, n2(vals[2]),
                     n2(vals[3]), n2(vals[4]), n2(vals[5]), cd])
    rows.append(["EOP TOTALS", "", "", "", "", n2(tot[0]), "", n2(tot[2]), n2(tot[3]), n2(tot[4]), n2(tot[5]), ""])
    p.capcells([("Pmt Dt", short(pdt), 40, "L"), ("Payee", HOSP, 92, "L"), ("Bill agt", BILLCO, 66, "B"),
                ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", W - 198, "B")], cap=6.6, size=9.4, h=7.8)
    p.capcells([("Grp", GROUP, 30, "B"), ("Plan", "Hobcaw Tile & Stone Co. plan", 80, "B"),
                ("EFT", f"{digits(rng, 9)}", 50, "B"), ("Pd this EOP", n2(tot[5]), W - 160, "B")],
               cap=6.6, size=9.4, h=7.8)
    p.wrap_table(["Claim #", "Patient", "Ptcp ID", "DOS", "Service", "Billed", "Medicare rate", "Plan allow",
                  "Not allowed", "Ptcp owes", "Plan paid", "Cd"], rows,
                 [21, 38, 24, 30, 28, 18, 17, 17, 18, 16, 17, W - 244], size=7.6,
                 aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "C"], bold_last=True)
    nm, kept, cl, billed, a, e = deny
    p.para(f"**Cd.** RB1: priced by {PRICER} at 170% of what Medicare would pay this hospital for the same service. "
           "The plan has no contract with the hospital; under the plan document the allowance is the most the plan "
           f"pays. R7: this claim asks again for charges the plan did not allow on claim {earlier}, which the plan "
           f"priced and paid on {slash(earlier_pd)}. Sending the unpaid rest of a claim as a new claim does not "
           f"change the earlier decision, so nothing is paid on it. To dispute the price, appeal claim {earlier}.",
           8.2)
    p.para("Provider appeals: in writing within 180 days of the Pmt Dt, to the PO box above. The participant's share "
           "is shown under Ptcp owes; please do not bill the participant for amounts under Not allowed while an "
           "appeal is open.", 8.2)
    t = truth("eob", "other", insurer=TPA, group=GROUP, member_id=kept, member_name=nm, cases=[cl],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=pdt.isoformat(), provider=HOSP, appeal_deadline=plus(pdt, 180).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[cl, earlier]]},
              type_alternates=["denial_letter"])
    return out(p), t


def bd_statement(rng):
    sub, child, spouse, ther, ortho_dr = people(rng, 5)
    shown, kept = ptcp(rng)
    sd = workday(dt.date(2026, 6, rng.randint(8, 12)))
    dl = plus(sd, 180)
    rcvd = dt.date(2026, 6, 2)
    pt_days = [dt.date(2026, 1, 12), dt.date(2026, 1, 14), dt.date(2026, 1, 21)]
    ov = dt.date(2026, 5, rng.randint(4, 20))
    c1, c2 = claim_no(rng, "B"), claim_no(rng, "S")
    rows, tot = [], [0.0] * 5
    bill1, allow1 = 286.00, 148.12
    paid1 = round(allow1 * 0.8, 2)
    owe1 = round(allow1 - paid1, 2)
    vals = [bill1, allow1, bill1 - allow1, paid1, owe1]
    tot = [a + b for a, b in zip(tot, vals)]
    rows.append([c1, spouse, ORTHO, short(ov), "99214 office visit", n2(bill1), n2(allow1), trail(bill1 - allow1),
                 n2(paid1), n2(owe1), "RB2"])
    pt_total = 0.0
    for i, d in enumerate(pt_days):
        b = 195.00 if i else 240.00
        pt_total += b
        cpt = "97163 PT evaluation" if i == 0 else "97110 exercises x3"
        v = [b, 0.0, 0.0, 0.0, b]
        tot = [a + c for a, c in zip(tot, v)]
        rows.append([c2 if i == 0 else "", child if i == 0 else "", PT if i == 0 else "", short(d), cpt, n2(b), "0.00",
                     "0.00", "0.00", n2(b), "TF"])
    rows.append(["", "", "", "", "Claim total", n2(pt_total), "0.00", "0.00", "0.00", n2(pt_total), ""])
    rows.append(["Totals", "", "", "", "", n2(tot[0]), n2(tot[1]), trail(tot[2]), n2(tot[3]), n2(tot[4]), ""])
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"Participant {shown}  |  Group {GROUP}")
    p.set_margins(14, 13, 14)
    p.add_page()
    p.lh_right(TPA, f"Claims administrator for the {PLAN}",
               ["PO Box 23418, Columbus OH 43223", "Member line 1-866-555-0148", "TTY 711",
                "Statement of claims paid and not paid"])
    p.addr_pair("Participant", [sub, *oh_address(rng)], "About this statement",
                [f"Statement date: {long(sd)}", f"Participant ID: {shown}", f"Group: {GROUP}",
                 f"Plan no.: {PLANNO}"])
    p.para("This statement lists claims we finished since your last one, for everyone on your coverage. It is not a "
           "bill. Amounts in the reduction column are what the plan's reference-based price took off the charge.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Claim", "Patient", "Provider", "Date", "Service", "Billed", "Allowed", "Reduction",
                  "Plan paid", "You may owe", "Note"], rows,
                 [22, 21, 24, 14, 22, 14, 14, 16, 13, 14, W - 174], size=7.2,
                 aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True,
                 bold_rows=(len(rows) - 2,))
    p.para(f"**RB2.** Priced at 140% of what Medicare would pay a doctor for the same visit; you owe 20% of the "
           f"allowance.  **TF.** The plan pays a claim only if it reaches us within 120 days after the date of "
           f"service (plan document, section 8.2). {PT} sent the claim for {child}'s visits with the therapist, "
           f"{ther}, on January 12, 14 and 21, 2026; we received it on {long(rcvd)}, more than 120 days later, so "
           "the plan pays nothing for those visits. If the clinic had a good reason it could not send the claim in "
           "time, it may send us that reason with the claim.", 9.0)
    p.para(f"If you disagree with anything on this statement, your written appeal must reach us on or before "
           f"{long(dl)}. You may ask for copies of the plan document and of everything we used, free of charge.", 9.0)
    t = truth("eob", "timely_filing", insurer=TPA, plan_id=PLANNO, group=GROUP, member_id=kept, member_name=child,
              cases=[c2], claim_amount=m2(pt_total), service_dates=[d.isoformat() for d in pt_days],
              denial_date=sd.isoformat(), provider=PT, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [ther], "plan_id": [None]})
    return out(p), t


def lowres_balance(rng):
    sub, spouse, attending, sig = people(rng, 4)
    shown, kept = ptcp(rng, 1)
    a, e = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    ld = workday(dt.date(2026, 5, rng.randint(4, 15)))
    cl = claim_no(rng, "O")
    charges = 42917.36
    mcr = 11240.18
    allow = round(mcr * 1.7, 2)
    owe = 1500.00
    bal = round(charges - allow, 2)
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Member Services")
    for ln in [spouse, *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr dt", short(ld), 26, "B"), ("Ptcp #", shown, 40, "B"), ("Grp", GROUP, 20, "B"),
                ("Clm", cl, 34, "B"), ("Stay", dash_span(a, e), W - 120, "B")], cap=6.0, size=9.0)
    p.capcells([("Hosp chg", n2(charges), 34, "B"), ("Plan allow.", n2(allow), 34, "B"),
                ("Bal. billed", n2(bal), 34, "B")], cap=6.0, size=9.0)
    p.para(f"Dear {spouse}:", 10)
    p.para(f"You sent us the bill {HOSP} mailed you after your stay there for pneumonia under the care of Dr. "
           f"{attending}, and asked the plan to pay the rest. The hospital charged {n2(charges)} in all. The plan "
           f"allowed {n2(allow)}, which is 170% of what Medicare would have paid the hospital for the same stay; "
           f"your share of that was {n2(owe)} and the plan paid the remainder. The hospital now asks you for "
           f"{n2(bal)}, the part of its charges above the allowance.", 10)
    p.para("We are sorry, but the plan cannot pay more on this stay. The plan has no contract with this hospital, "
           "and the plan document sets the allowance as the most it pays for any hospital service. Paying the "
           "hospital's full charges would mean paying more than the plan document lets us pay.", 10)
    p.para(f"You do not have to face the bill alone. The plan pays {ADVOC} to speak with hospitals for members in "
           "your place. We have sent them this claim; they will call you within a week. Please do not ignore the "
           "hospital's bill in the meantime, and send us any letter about collection.", 10)
    p.para("If you disagree with this answer, you may appeal in writing no later than 180 days from the date printed "
           "at the top of this letter.", 10)
    p.sign(["Sincerely,", sig, "Member Services, for the plan"], 10)
    t = truth("denial_letter", "other", insurer=TPA, group=GROUP, member_id=kept, member_name=spouse, cases=[cl],
              claim_amount=m2(charges), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=ld.isoformat(), provider=HOSP, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [attending], "claim_amount": [m2(bal)]},
              denial_alternates=["not_covered", "out_of_network"])
    return out(p), t


def photocopy_knee(rng):
    sub, spouse, surgeon, cm, reviewer, sig = people(rng, 6)
    shown, kept = ptcp(rng, 1)
    surg_d = dt.date(2026, 4, 16)
    rcvd = dt.date(2026, 3, rng.randint(23, 27))
    ld = workday(plus(rcvd, rng.randint(5, 8)))
    req = f"UR-26-{digits(rng, 5)}"
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Care Review")
    p.para(long(ld), 10)
    for ln in [spouse, *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Participant", sub), ("Ptcp ID", shown)],
              [("Emp. no.", f"00{digits(rng, 4)}"), ("Group", GROUP)],
              [("Review no.", req), ("Received", short(rcvd))]], cap_w=22, size=8.8)
    p.parties([("Surgeon (asked)", f"Dr. {surgeon}", ORTHO),
               ("Hospital", SURG, f"NPI 1{digits(rng, 9)}"),
               ("Nurse case manager", f"{cm}, RN", f"{phone(rng, '614')}"),
               ("Physician reviewer", f"Dr. {reviewer}", "Orthopaedic surgery")], cap_w=38)
    p.para(f"Dear {spouse}:", 10)
    p.para(f"Dr. {surgeon} asked the plan to approve a replacement of your right knee (CPT 27447) at {SURG} on "
           f"{surg_d.strftime('%A, %B %-d, %Y')}, with two nights in the hospital afterwards.", 10)
    p.para("**What we approved.** The surgery itself. It may be done as hospital outpatient surgery, which can "
           "include one night under observation if your surgeon wants it.", 10)
    p.para(f"**What we did not approve.** The two nights as an admitted inpatient. Dr. {reviewer} read the "
           "surgeon's notes: you are 58, walk with a cane, have no heart or lung disease, your diabetes is under "
           "control, and your spouse will be home with you for the first two weeks. For someone in that state, the "
           "care after this surgery can safely be given without a hospital admission, and a physical therapist can "
           "start the day of surgery. If something changes after surgery, the hospital may ask us again that day.",
           10)
    p.para("If you or Dr. {0} disagree, you may appeal within 180 days after you receive this letter. If waiting "
           "could seriously harm your health, ask for a fast appeal; we answer those within 72 hours.".format(surgeon),
           10)
    p.sign(["Sincerely,", sig, "Care Review, for the plan"], 10)
    t = truth("denial_letter", "level_of_care", insurer=TPA, group=GROUP, member_id=kept, member_name=spouse,
              cases=[req], service_dates=[surg_d.isoformat()], denial_date=ld.isoformat(), provider=surgeon,
              appeal_deadline=None, alternates={"insurer": ALT, "provider": [SURG, ORTHO]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    sub, step, erdoc, sig = people(rng, 4, es=True)
    step = f"{rng.choice(['Benigna', 'Dominga', 'Isaura', 'Leocadia'])} {step.split()[1]} {step.split()[-1]}"
    shown, kept = ptcp(rng)
    dos = dt.date(2026, 3, 7)
    ld = workday(dt.date(2026, 4, rng.randint(20, 30)))
    cl = claim_no(rng, "S")
    lines = [("99284", "Sala de emergencias, nivel 4", 1874.00, 312.55), ("70450", "Tomografía de cabeza", 986.40,
                                                                         161.30),
             ("80053", "Análisis de sangre", 266.00, 14.20)]
    rows, tot = [], [0.0] * 3
    for cpt, desc, b, mc in lines:
        al = round(mc * 1.7, 2)
        tot = [x + y for x, y in zip(tot, [b, mc, al])]
        rows.append([cpt, desc, n2(b), n2(mc), n2(al), "0.00"])
    rows.append(["", "Total", n2(tot[0]), n2(tot[1]), n2(tot[2]), "0.00"])
    billed = round(tot[0], 2)
    p = ECSheet(footer="Página {n} de {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Servicios al Participante")
    side = [("Fecha de esta carta", es_date(ld)), ("Participante", sub), ("Número de participante", shown),
            ("Grupo", GROUP), ("Reclamo n.º", cl), ("Paciente", step),
            ("Fecha del servicio", es_date(dos, True)), ("Hospital", HOSP)]
    p.two_col(side, [
        f"Estimado/a {sub}:",
        f"Recibimos el reclamo de {HOSP} por la atención que {step} recibió en la sala de emergencias el "
        f"{es_date(dos, True)}. La atendió el Dr. {erdoc}, de {ERDOC}. El hospital cobró {es_money(billed)} "
        f"(${n2(billed)}).",
        f"El plan no puede pagar este reclamo. {step} es hija de su esposa y nunca fue inscrita en el plan. Usted "
        "inscribió a su esposa cuando se casaron, pero el formulario no incluía a la niña. El documento del plan permite "
        "inscribir a un hijastro dentro de los 31 días siguientes al matrimonio o a otro cambio en la familia; ese "
        "plazo ya pasó.",
        "Si cree que la niña sí estaba inscrita el día de la visita, envíenos una copia del formulario o del "
        "comprobante de inscripción dentro de 180 días a partir de la fecha de esta carta. Puede pedir sin costo "
        "copias del documento del plan.",
    ], side_w=60, size=9.4, title="Datos del reclamo")
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Código", "Servicio", "Cobrado", "Tarifa de Medicare", "Permitido (170%)", "Pagado"], rows,
                 [18, 58, 26, 30, 30, W - 162], size=8.4, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.sign(["Atentamente,", sig, "Servicios al Participante"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=GROUP, member_id=kept, member_name=step, cases=[cl],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=ld.isoformat(), provider=HOSP,
              appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [erdoc, ERDOC], "member_id": [None]})
    return out(p), t


def rotated_statement(rng):
    sub, patient = people(rng, 2)
    shown, kept = ptcp(rng, 2)
    dos = dt.date(2026, 2, 20)
    sd = workday(dt.date(2026, 4, rng.randint(6, 17)))
    pay_by = plus(sd, 25)
    cl = claim_no(rng, "B")
    acct = digits(rng, 10)
    charges = [("Operating room, 2 hrs", 9420.00), ("Anesthesia supplies", 1184.50), ("Recovery room", 2216.00),
               ("Pharmacy", 842.75), ("Knee arthroscopy implants", 6495.00)]
    total = round(sum(c for _, c in charges), 2)
    plan_paid = 6118.42
    ptcp_share = 500.00
    adj = 250.00
    rows, bal = [], 0.0
    for desc, c in charges:
        bal += c
        rows.append((short(dos), desc, n2(c), "", n2(bal)))
    for d, desc, v in ((plus(dos, 41), f"Payment - {PLAN} (claim {cl})", plan_paid),
                       (plus(dos, 48), "Prompt-pay courtesy adjustment", adj)):
        bal -= v
        rows.append((short(d), desc, "", paren(v), n2(bal)))
    rows.append(("", "Balance due", n2(total), paren(plan_paid + adj), n2(round(bal, 2))))
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.lh_right(HOSP.upper(), "Patient Financial Services", ["2200 Kenilworth Dr", "Mansfield, OH 44903",
                                                            f"Billing questions {phone(rng, '419')}",
                                                            f"Statement date {slash(sd)}"])
    p.addr_pair("Guarantor", [sub, *oh_address(rng)], "Account",
                [f"Patient: {patient}", f"Account no. {acct}", f"Service date {long(dos)}",
                 f"Insurance ID {shown}  Grp {GROUP}"])
    p.ledger(rows)
    p.para(f"Your employer's plan, administered by {TPA}, paid {n2(plan_paid)} on this account. It pays hospitals "
           f"a set percent of Medicare's rate rather than our charges. The balance of {n2(round(bal, 2))} is yours "
           f"to pay; of that, {n2(ptcp_share)} is your share under the plan. Please pay by {slash(pay_by)} or call "
           "us about a payment plan or financial assistance.", 9.2)
    t = truth("other", None, insurer=None, group=GROUP, member_id=kept, member_name=patient, cases=[cl],
              claim_amount=m2(total), service_dates=[dos.isoformat()], denial_date=sd.isoformat(), provider=HOSP,
              alternates={"case_numbers": [[]]}, unscored=["insurer"])
    return out(p), t


def scan300_stack(rng):
    sub, patient, advocate, surgeon, reviewer, sig = people(rng, 6)
    shown, kept = ptcp(rng)
    dos = dt.date(2026, 1, 27)
    cl = claim_no(rng, "O")
    appl = f"APL-26-{digits(rng, 5)}"
    charges = 27846.90
    mcr = 5312.64
    allow = round(mcr * 1.7, 2)
    dd = workday(dt.date(2026, 5, rng.randint(11, 20)))
    cd = workday(plus(dd, rng.randint(6, 9)))
    c = ECSheet(footer=None)
    c.set_margins(20, 16, 20)
    c.add_page()
    c.lh_right(ADVOC, "Member advocacy for self-funded employer plans",
               ["4410 Bellflower Ln, Suite 210", "Lima, OH 45801", f"{phone(rng, '567')}"], size=14, serif=True)
    c.para(long(cd), 10)
    for ln in ["Patient Financial Services", SURG, "1650 Maple Grove Ct", "Findlay, OH 45840"]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"**Re:** {patient}, date of service {slash(dos)}, plan claim {cl}, appeal {appl}", 10)
    c.para("To the account representative:", 10)
    c.para(f"We act for {patient}, a member of the {PLAN}, under the plan's member advocacy program. Enclosed is "
           f"the plan's final decision on the member's appeal about your bill for outpatient gallbladder surgery. "
           f"Your charges were {n2(charges)}; the plan allowed {n2(allow)}, 170% of the Medicare rate, and paid it "
           "less the member's share.", 10)
    c.para("The plan has now decided the appeal and will not pay more. We ask you to hold the account from any "
           "collection activity for 30 days so that we can discuss a fair resolution of the remaining balance with "
           "you. Please call me at the number above.", 10)
    c.sign(["Sincerely,", advocate, "Senior Member Advocate", f"cc: {patient}"], 10)
    d_a = (out(c), truth("other", None, insurer=None, member_id=None, member_name=patient, cases=[cl, appl],
                         claim_amount=m2(charges), service_dates=[dos.isoformat()], denial_date=cd.isoformat(),
                         provider=SURG, alternates={"claim_amount": [None]}, unscored=["insurer"]))
    q = ECSheet(footer="Page {n} of {nb}", run_hdr=f"{patient}  |  Appeal {appl}  |  page {{n}}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Appeals", box="FINAL APPEAL DECISION")
    q.para(long(dd), 10)
    for ln in [patient, *oh_address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.hang([("Appeal no.", appl), ("Claim no.", cl), ("Participant ID", shown), ("Group", GROUP),
            ("Provider", SURG), ("Date of service", dos.strftime("%A, %B %-d, %Y")),
            ("Charges", f"USD {n2(charges)}"), ("Plan allowed", f"USD {n2(allow)}")], cap_w=34, size=9.2)
    q.para(f"Dear {patient}:", 10)
    q.para(f"You asked us to look again at what the plan paid for your gallbladder surgery by Dr. {surgeon} at "
           f"{SURG}. You wrote that the hospital is billing you for the difference between its charges and the "
           f"plan's payment. {reviewer}, who had no part in the first decision, reviewed the claim, the plan "
           "document, the pricing report and your letter.", 10)
    q.para(f"The plan document (section 6.4) says the plan pays a hospital for an outpatient service no more than "
           f"170% of the amount Medicare would pay that hospital. {PRICER} found that amount to be USD {n2(mcr)}, "
           f"so the plan allowed USD {n2(allow)}. That is what the plan paid, less your deductible and coinsurance. "
           "The plan does not pay a hospital's full charges, and nothing in your appeal shows that the pricing "
           "was done wrongly. We keep our decision.", 10)
    q.add_page()
    q.para("**Your other rights.** This is the plan's final internal decision. You may ask for an external review by "
           "an independent review organization within four months of the date you receive this letter. You also "
           "have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security "
           "Act (ERISA). You may ask for copies of all documents relevant to your claim, free of charge.", 10)
    q.para(f"Our member advocacy partner, {ADVOC}, can speak with the hospital for you about the remaining "
           "balance. Call Member Services at the number at the top of page 1 to be connected.", 10)
    q.sign(["Sincerely,", sig, "Appeals Coordinator, for the plan"], 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=TPA, group=GROUP, member_id=kept, member_name=patient,
                         cases=[appl, cl], claim_amount=m2(charges), service_dates=[dos.isoformat()],
                         denial_date=dd.isoformat(), provider=SURG, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [surgeon], "case_numbers": [[appl], [cl]]},
                         denial_alternates=["not_covered", "out_of_network"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_explanation_of_payment_hospital_balance_rebill_refused", "fax_standard_g4",
             [faxstd_eop(rng)]),
        Item(F + "born_digital_participant_statement_physical_therapy_filed_late", "born_digital",
             [bd_statement(rng)]),
        Item(F + "lowres_letter_hospital_balance_bill_plan_will_not_pay_more", "scan_lowres_150",
             [lowres_balance(rng)]),
        Item(F + "photocopy_preservice_knee_replacement_inpatient_stay_not_approved", "photocopy",
             [photocopy_knee(rng)]),
        Item(F + "phone_es_carta_hijastra_no_inscrita_sala_de_emergencias", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_statement_after_reference_based_payment", "rotated", [rotated_statement(rng)]),
        Item(F + "scan300_stack_advocate_cover_to_hospital_then_final_appeal_decision_sideways", "scan_clean_300",
             scan300_stack(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
