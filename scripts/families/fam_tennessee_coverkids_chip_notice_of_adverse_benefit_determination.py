"""Notices mirrored (structure and wording style only) from Tennessee's CoverKids, the state's CHIP run by the
Division of TennCare, from an invented CoverKids health plan (Harpeth Bluff Health Plan). CoverKids, the Division
of TennCare, CPT codes and CARC codes appear as themselves; the plan, its time limits, every hospital, clinic,
doctor, person, number and address are invented. Reasons are in the writer's own words.

Documents (8 in 7 files):
- bd_eob_three_claims_sleep_study_line_no_approval: a member EOB of three claims with two to four lines each
  (claim bands naming facility, billing NPI and ordering doctor); the hospital claim's sleep-study line pays 0.00
  under PA2 (nobody asked approval) while its x-ray and blood-count lines are paid; totals row, DOB, plan year.
- faxstd_nabd_form_tonsil_surgery_not_needed: a one-page Notice of Adverse Benefit Determination form on a
  standard fax: small-caption grid, a parties box (requesting ENT, surgery center, anesthesia group, plan
  reviewer, case manager), ticked "Denied", the received date and a 72-hour limit as decoys.
- phone_es_clinica_fuera_de_red_en_georgia: a photographed Spanish letter on an urgent care clinic in Georgia
  outside the plan's network; facts in sentences.
- rotated_pt_approval_captions_under_values: an approval of physical therapy visits with captions under the values,
  fed sideways (denies nothing).
- lowres_coverage_ended_renewal_not_returned: a 150 dpi prose letter: an allergist's visit after the child's
  CoverKids coverage ended (renewal packet not returned to TennCare); the TennCare 40-day limit is a decoy.
- photocopy_provider_remittance_modifier_missing_one_line: a photocopied provider remittance of three patients'
  claims, the sick visit billed with a well visit without modifier 25 refused (CO-4) on one patient's claim.
- finefax_stack_cover_other_insurance_first_then_clinic_statement: a fax cover sheet, a letter that the parent's
  job plan must pay first, then the pediatric clinic's statement fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsa import DSSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "tennessee_coverkids_chip_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 353300
INS = "Harpeth Bluff Health Plan"
ALT = ["Harpeth Bluff"]
HOSP = "Cumberland Ridge Children's Hospital"
PEDS = "Bell Buckle Pediatrics"
ENT = "Caney Fork Ear, Nose & Throat"
ASC = "Stones River Surgery Center"


def mem_id(rng):
    return f"HBK{digits(rng, 9)}"


def clm(rng):
    return f"26{digits(rng, 3)}E{digits(rng, 8)}"


def dob(rng):
    return dt.date(rng.randint(2010, 2022), rng.randint(1, 12), rng.randint(1, 28))


def ph(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return "1" + digits(rng, 9)


def head(p: DSSheet, rng, unit="CoverKids Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A CoverKids health plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Nashville TN "
                 f"37202-{digits(rng, 4)}  |  {ph(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def rights(p, nd_text_days=60, size=8.4, what="notice"):
    p.para(f"**If you disagree.** You or your child's doctor may ask us for an appeal within {nd_text_days} days of "
           f"the date of this {what}. Call us or write to us at the address above. If waiting could seriously harm "
           "your child's health, ask for a fast appeal; we decide fast appeals within 72 hours. If we keep our "
           "decision, you may ask for an independent review within 4 months of our appeal decision. CoverKids "
           "is run by the Division of TennCare; the Division of TennCare can answer questions about enrollment.",
           size)


def bd_eob(rng):
    child, parent, ordering, wellmd, ucmd = people(rng, 5)
    mid = mem_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 26))
    d_well = plus(sd, -rng.randint(40, 50))
    d_xr = plus(sd, -rng.randint(30, 36))
    d_sleep = plus(d_xr, rng.randint(2, 5))
    d_uc = plus(sd, -rng.randint(12, 20))
    ca, cb, cc = clm(rng), clm(rng), clm(rng)

    def line(d, code, desc, billed, paid=True, note="A1"):
        if not paid:
            return [fdate(d, "slash"), code, desc, money(billed, "nosign"), "0.00", "0.00", "0.00", note], billed, 0, 0
        al = round(billed * rng.uniform(0.55, 0.75), 2)
        return [fdate(d, "slash"), code, desc, money(billed, "nosign"), money(al, "nosign"), money(al, "nosign"),
                "0.00", note], billed, al, al

    claims, tb, ta, tp = [], 0.0, 0.0, 0.0
    sleep_charge = amount(rng, 2100, 2900)
    spec = [
        (ca, f"Claim {ca}  |  Billed by {PEDS}  |  Seen by Dr. {wellmd}  |  NPI {npi(rng)}",
         [(d_well, "99393", "Well-child visit", amount(rng, 180, 240), True, "A1"),
          (d_well, "96110", "Developmental screen", amount(rng, 20, 40), True, "A1"),
          (d_well, "90686", "Flu vaccine", amount(rng, 28, 45), True, "A1")]),
        (cb, f"Claim {cb}  |  Facility {HOSP}  |  Ordered by Dr. {ordering}",
         [(d_xr, "71046", "Chest x-ray, 2 views", amount(rng, 210, 320), True, "A1"),
          (d_xr, "85025", "Blood count (CBC)", amount(rng, 40, 70), True, "A1"),
          (d_sleep, "95810", "Sleep study, attended", sleep_charge, False, "PA2")]),
        (cc, f"Claim {cc}  |  Billed by Hiwassee Walk-In Clinic  |  Seen by Dr. {ucmd}",
         [(d_uc, "99214", "Office visit", amount(rng, 150, 210), True, "A1"),
          (d_uc, "87880", "Strep test, rapid", amount(rng, 25, 45), True, "A1")]),
    ]
    cb_total = 0.0
    for num, band, lines in spec:
        rows, sb, sa, sp = [], 0.0, 0.0, 0.0
        for d, code, desc, b, ok, note in lines:
            r, b_, a_, p_ = line(d, code, desc, b, ok, note)
            rows.append(r)
            sb, sa, sp = sb + b_, sa + a_, sp + p_
        if num == cb:
            cb_total = round(sb, 2)
        claims.append((band, rows, ["", "", "Claim total", money(sb, "nosign"), money(sa, "nosign"),
                                    money(sp, "nosign"), "0.00", ""]))
        tb, ta, tp = tb + sb, ta + sa, tp + sp
    p = DSSheet(footer="Page {n} of {nb}", footer_left="HB-CK-EOB (Rev. 01/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Child who got care", child), ("Member ID", mid), ("Program", "CoverKids"),
                ("Date of this statement", fdate(sd, "long"))], [52, 40, 30, 65.9])
    p.capstrip([("Parent or guardian", parent), ("Child's date of birth", fdate(dob(rng), "slash")),
                ("Plan year", "01/01/2026 - 12/31/2026"), ("Family account", f"FA-{digits(rng, 7)}")],
               [52, 40, 50, 45.9])
    p.ln(3)
    p.claim_lines(["Date of service", "Code", "Service", "Amount billed", "Allowed", "Plan paid", "You owe",
                   "Note"], claims, [22, 14, 48, 23, 21, 21, 19, 19.9],
                  total=["", "", "Totals, all claims", money(tb, "nosign"), money(ta, "nosign"), money(tp, "nosign"),
                         "0.00", ""], aligns=["L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** A1: paid under your child's CoverKids benefits. PA2: CoverKids pays for a sleep study in a "
           "hospital only when we have said yes to it before it is done. We have no request from the hospital or "
           "the doctor for this study, so we did not pay this line. The other lines of this claim were paid. The "
           "hospital is in our network and may not bill you for the line we did not pay.", 8.4)
    rights(p, 60, 8.4, "statement")
    t = truth("eob", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[cb],
              claim_amount=m2(cb_total), service_dates=[d_sleep.isoformat()], denial_date=sd.isoformat(),
              provider=HOSP, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ordering], "claim_amount": [m2(sleep_charge)]})
    return out(p), t


def faxstd_nabd(rng):
    child, parent, entmd, anes, rev, cm = people(rng, 6)
    mid = mem_id(rng)
    nd = dt.date(2026, 3, rng.randint(3, 25))
    rcv = plus(nd, -rng.randint(3, 6))
    planned = plus(nd, rng.randint(12, 20))
    um = f"UM26-{digits(rng, 7)}"
    fx = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  HBHP UM  {ph(rng, '615')}  >>  CFENT  P.{{n}}"
    p = DSSheet(footer=None, fax_hdr=fx, footer_left="HB-CK-NABD-1 (Rev. 01/2026)")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    p.f(7.6)
    p.cell(0, 4, "CoverKids  -  service request decision  -  provider copy", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.parties("", [("Member name", child), ("Member ID", mid), ("Date of birth", fdate(dob(rng), "slash")),
              ("Date of notice", fdate(nd, "slash")), ("Reference no.", um), ("Request received", fdate(rcv, "slash")),
              ("Service requested", "Tonsils + adenoids out, 42820"), ("Planned date", fdate(planned, "slash")),
              ("Setting", "Outpatient surgery")], cols=3, lab=5.8, val=8.2, h=9.6)
    p.ln(2)
    p.parties("Who is named on this request", [
        ("Requesting provider", f"Dr. {entmd}"), ("Practice", ENT), ("Place of surgery", ASC),
        ("Anesthesia", "Duck River Anesthesia Partners"), ("Plan reviewer", f"Dr. {rev}"),
        ("Case manager", f"{cm}, RN")], cols=3, h=9.6, lab=5.6, val=8.0)
    p.checks("Decision", [(False, "Approved as asked"), (False, "Approved in part"), (True, "Denied"),
                          (False, "Request not complete - more time taken")], size=8.2, cols=4)
    p.bar("Why we made this decision", 9)
    p.para(f"Dr. {entmd} asked us to approve surgery to remove {child.split()[0]}'s tonsils and adenoids. A "
           "doctor who treats children's ear, nose and throat problems read the notes sent with the request. The "
           "notes list two sore throats in the last twelve months, one with a positive strep test. The sleep study "
           "sent with the request was normal for a child this age. Our guideline asks for more frequent throat "
           "infections or a sleep study that shows blocked breathing before this surgery is needed. From the notes, "
           "the surgery is not needed at this time. Watching and treating infections as they come is the usual care.",
           8.6)
    p.para(f"We got the request on {fdate(rcv, 'long')}. Dr. {entmd} may talk with our reviewer, Dr. {rev}, by "
           f"calling {ph(rng, '615')}. Questions about care planning: {cm}, RN, case manager.", 8.6)
    p.bar("Your rights", 9)
    rights(p, 60, 8.2, "notice")
    p.para(f"cc: {parent}, parent of the member", 8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[um],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=entmd,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ENT, ASC], "service_dates": [[]]})
    return out(p), t


def phone_es(rng):
    child, parent, ucmd, sig = people(rng, 4)
    mid = mem_id(rng)
    dos = dt.date(2026, 2, rng.randint(2, 24))
    nd = plus(dos, rng.randint(28, 40))
    billed = amount(rng, 240, 420)
    n = clm(rng)
    clinic = "Chattahoochee Bend Urgent Care"
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros de CoverKids")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 11.5, "B")
    p.ln(2)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"El {fdate(dos, 'long', 'es')}, {child} fue atendido(a) en {clinic}, en Columbus, Georgia, por el Dr. "
           f"{ucmd}. La clínica nos envió una factura de {money(billed)} y la tramitamos con el número de reclamo "
           f"{n}. El número de miembro de CoverKids de su hijo(a) es {mid}.", 10)
    p.para("No vamos a pagar esta visita. La clínica no forma parte de nuestra red y no tiene contrato con nosotros. "
           "Fuera de Tennessee, CoverKids paga la atención de emergencia, pero según las notas de la clínica su "
           "hijo(a) tenía tos y congestión desde hacía dos días, y eso no es una emergencia. Para ese tipo de "
           "cuidado hay que usar un proveedor de nuestra red o llamarnos antes.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. Si la espera pone en "
           "peligro la salud de su hijo(a), pida una apelación rápida (la decidimos en 72 horas). CoverKids es un "
           "programa de la División de TennCare.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [ucmd]})
    return out(p), t


def rotated_approval(rng):
    child, parent, ptname, md = people(rng, 4)
    mid = mem_id(rng)
    nd = dt.date(2026, 4, rng.randint(2, 24))
    a0, a1 = plus(nd, 3), plus(nd, 92)
    auth = f"PA26{digits(rng, 7)}"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.line("SERVICE REQUEST APPROVED", 12.5, "B")
    p.ln(2)
    p.under([(fdate(nd, "long"), "Date of this notice"), (auth, "Approval number"), ("CoverKids", "Program")],
            [60, 60, 59.9])
    p.under([(child, "Member"), (mid, "Member ID"), (fdate(dob(rng), "slash"), "Birth date")], [60, 60, 59.9])
    p.under([("Physical therapy, 12 visits", "Service"), (f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}", "Visits may be used"),
             ("Sequatchie Valley Therapy", "Therapy clinic")], [60, 60, 59.9])
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Good news. Dr. {md} asked us to approve physical therapy for {child.split()[0]} after a broken ankle, "
           f"and we approved 12 visits with {ptname}, PT, at Sequatchie Valley Therapy. There is no copay for these "
           "visits under CoverKids.", 10)
    p.para("If your child needs more visits after these, the therapist can ask us again before the last visit. "
           "Keep this notice with your child's health papers.", 10)
    p.para("Sincerely,\nUtilization Management", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
              service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"], denial_date=nd.isoformat(), provider=ptname,
              alternates={"insurer": ALT, "provider": ["Sequatchie Valley Therapy", md], "case_numbers": [[]],
                          "service_dates": [[]]})
    return out(p), t


def lowres_ended(rng):
    child, parent, allergist, sig = people(rng, 4)
    mid = mem_id(rng)
    end = dt.date(2026, 3, 31)
    dos = dt.date(2026, 4, rng.randint(8, 24))
    nd = plus(dos, rng.randint(25, 35))
    billed = amount(rng, 380, 690)
    n = clm(rng)
    practice = "Tellico Plains Allergy & Asthma"
    p = DSSheet(footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"About your child {child}, CoverKids member {mid}", 10, gap=3)
    p.para(f"Dear {parent}:", 10)
    p.para(f"On {fdate(dos, 'long')}, {child.split()[0]} saw Dr. {allergist} at {practice} for allergy testing. The "
           f"practice sent us a bill for {money(billed)}. We filed it as claim {n}.", 10)
    p.para(f"We cannot pay this claim. Our records from the Division of TennCare show that {child.split()[0]}'s "
           f"CoverKids coverage ended on {fdate(end, 'long')}, because the renewal packet due "
           f"{fdate(dt.date(2026, 3, 15), 'long')} was not sent back. The visit came after that, when your child "
           "was not covered by CoverKids or by our plan.", 10)
    p.para(f"If you think your child's coverage should not have ended, contact the Division of TennCare at "
           f"{ph(rng, '855')}. You have 40 days from the date on TennCare's own notice to ask TennCare for an "
           "appeal about coverage. If TennCare puts the coverage back for April, send us a copy and we will look at "
           "the claim again.", 10)
    p.para("If you think we made a mistake on this claim, you may appeal to us within 60 days of the date of this "
           "letter.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=allergist, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [practice]})
    return out(p), t


def photocopy_remit(rng):
    pts = people(rng, 3)
    mds = people(rng, 3)
    rd = dt.date(2026, 6, rng.randint(2, 26))
    rows_spec = []
    deny_i = 1
    claims, tb, ta, tp = [], 0.0, 0.0, 0.0
    info = []
    for i, (pt, md) in enumerate(zip(pts, mds)):
        d = plus(rd, -rng.randint(14, 40))
        mid = mem_id(rng)
        icn = clm(rng)
        acct = f"BBP{digits(rng, 6)}"
        if i == deny_i:
            lines = [("99393", "", amount(rng, 180, 240), "45"), ("99213", "", amount(rng, 110, 160), "4"),
                     ("87880", "", amount(rng, 25, 45), "45")]
        else:
            lines = [("99213" if i == 0 else "99392", "", amount(rng, 110, 220), "45"),
                     ("90460", "", amount(rng, 20, 35), "45")]
        rows, sb, sa, sp = [], 0.0, 0.0, 0.0
        den_charge = 0.0
        for code, mod, b, carc in lines:
            if carc == "4":
                rows.append([fdate(d, "short"), code, money(b, "nosign"), "0.00", "0.00", "0.00", f"CO-{carc}"])
                den_charge = b
                sb += b
                continue
            al = round(b * rng.uniform(0.55, 0.75), 2)
            cop = 0.0
            rows.append([fdate(d, "short"), code, money(b, "nosign"), money(al, "nosign"), money(cop, "nosign"),
                         money(al - cop, "nosign"), f"CO-{carc}"])
            sb, sa, sp = sb + b, sa + al, sp + al - cop
        band = f"Patient {pt.split()[-1].upper()}, {pt.split()[0].upper()} {pt.split()[1].rstrip('.')}   ID {mid}   " \
               f"ICN {icn}   Acct {acct}   Rendering Dr. {md}"
        claims.append((band, rows, ["", "Claim", money(sb, "nosign"), money(sa, "nosign"), "0.00", money(sp, "nosign"),
                                    ""]))
        info.append((pt, md, mid, icn, d, round(sb, 2), den_charge))
        tb, ta, tp = tb + sb, ta + sa, tp + sp
    pt, md, mid, icn, d, tot, den_charge = info[deny_i]
    p = DSSheet(footer="Page {n} of {nb}", footer_left="HB-RA-2 (Rev. 09/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Provider Services")
    p.line("PROVIDER REMITTANCE ADVICE  -  CoverKids", 12, "B")
    p.ln(1)
    p.parties("", [("Payee", PEDS), ("Payee ID", f"HBP{digits(rng, 6)}"), ("Billing NPI", npi(rng)),
              ("Tax ID", f"62-{digits(rng, 7)}"), ("Remittance date", fdate(rd, "slash")),
              ("EFT trace no.", digits(rng, 12))], cols=3, lab=5.6, val=8.2, h=9.4)
    p.ln(2)
    p.claim_lines(["Date", "Code", "Billed", "Allowed", "Copay", "Paid", "Adj."], claims,
                  [24, 22, 28, 28, 26, 28, 31.9],
                  total=["", "Totals", money(tb, "nosign"), money(ta, "nosign"), "0.00", money(tp, "nosign"), ""],
                  aligns=["L", "L", "R", "R", "R", "R", "C"], band_size=6.7)
    p.para("**Adjustment codes.** CO-45: charge above the allowed amount; the difference is not the member's to pay. "
           "CO-4: the code does not fit the modifier, or a needed modifier is missing. Here a sick visit (99213) was "
           "billed on the same day as a well-child visit with no modifier 25 to show a separate problem was "
           "treated; that line was not paid. The rest of that claim was paid.", 8.2)
    p.para("**Corrections and reconsideration.** Send a corrected claim, or ask for reconsideration, within 90 days "
           "of the date of this remittance. Members may not be billed for lines adjusted CO-4 or CO-45.", 8.2)
    t = truth("eob", "coding_error", insurer=INS, member_id=mid, member_name=pt, cases=[icn], claim_amount=m2(tot),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=md,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [PEDS], "claim_amount": [m2(den_charge)]})
    return out(p), t


def finefax_stack(rng):
    child, parent, md, sig = people(rng, 4)
    mid = mem_id(rng)
    dos = dt.date(2026, 5, rng.randint(4, 20))
    nd = plus(dos, rng.randint(20, 30))
    billed = amount(rng, 160, 260)
    n = clm(rng)
    job_plan = "Lookout Valley Employers Health Trust"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Claims - Other Insurance")
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member", child), ("Member ID", mid), ("Claim", n), ("Visit", fdate(dos, "long")),
             ("Billed", money(billed))], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"{PEDS} sent us a claim for {child.split()[0]}'s visit with Dr. {md}. We have not paid it. Our records "
           f"show that {child.split()[0]} is also covered by {job_plan}, a plan through a parent's job. CoverKids is "
           "for children with no other health insurance, and when another plan covers a child, that plan must pay "
           "first. The practice should send the claim to that plan.", 10)
    p.para("If your child no longer has that job plan, call us with the date it ended. If you disagree with our "
           "decision, you may appeal within 60 days of the date of this letter. The Division of TennCare may also "
           "contact you about your child's CoverKids enrollment.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims - Other Insurance", 10)
    d1 = (out(p), truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=child, cases=[n],
                        claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
                        provider=md, appeal_deadline=plus(nd, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [PEDS]}))
    sd = plus(nd, rng.randint(6, 12))
    acct = f"BBP{digits(rng, 6)}"
    q = DSSheet(footer=None)
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(PEDS, "BBP", [f"{rng.randint(100, 980)} Webb Rd, Bell Buckle TN 37020  |  Billing {ph(rng, '931')}"],
                size=12)
    q.ln(2)
    q.line("STATEMENT", 12, "B")
    q.pairs([("Statement date", fdate(sd, "slash")), ("Account", acct), ("Responsible party", parent),
             ("Patient", child), ("Insurance on file", f"{INS} (CoverKids) {mid}")], label_w=40, size=9.4)
    q.ln(2)
    q.table(["Date", "Provider", "Description", "Charge", "Insurance", "Balance"],
            [[fdate(dos, "slash"), f"Dr. {md}", "Office visit, est. patient", money(billed, "nosign"),
              "Sent to other insurance", money(billed, "nosign")],
             ["", "", "", "", "ACCOUNT BALANCE", money(billed, "nosign")]],
            [22, 38, 46, 20, 34, 19.9], size=8.6, aligns=["L", "L", "L", "R", "L", "R"], bold_last=True)
    q.para("Your CoverKids plan says another plan must pay first. Please give us that plan's card at your next "
           "visit, or call our billing office. Nothing is due from you until that plan has answered.", 9)
    d2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(billed),
                        service_dates=[dos.isoformat()], denial_date=sd.isoformat(), provider=PEDS,
                        unscored=["insurer"], alternates={"provider": [md], "member_id": [None]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_sleep_study_line_no_approval", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_nabd_form_tonsil_surgery_not_needed", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "phone_es_clinica_fuera_de_red_en_georgia", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_pt_approval_captions_under_values", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_coverage_ended_renewal_not_returned", "scan_lowres_150", [lowres_ended(rng)]),
        Item(F + "photocopy_provider_remittance_modifier_missing_one_line", "photocopy", [photocopy_remit(rng)]),
        Item(F + "finefax_stack_cover_other_insurance_first_then_clinic_statement", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
