"""Papers of an invented pharmacy benefit manager, Pendlecroft Rx Management, which runs the prescription benefit of
several employers' health plans (a tool and die maker, a school district, a freight carrier and a county) and
refuses prescriptions for the reasons PBMs give: a cheaper medicine must be tried first, a quantity limit, a
medicine only its own specialty pharmacy may supply, a fill that came too early, a medicine the prescriber did not
get approved first, a compounded cream the plan leaves out, a fill after coverage ended. Papers go to members,
parents, prescribers and pharmacies (one paid through a pharmacy services administrative organization). Every
company, plan, pharmacy, clinic, person, number, code, limit and time limit is invented; drug names are generic
names as themselves; phones use 555. Reasons are put in plain words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_prescriber_memo_cheaper_drugs_first: a fax memo to a prescriber (TO / FROM / RE block) over a caption form
  with short captions left of, above and under boxes ("Dt" in ISO form, "Case ID" with a letter S or B among
  digits, "Req rcvd" with a two-digit year, "Mbr ID" in groups, "RxGRP" MV5B20, "Plan No."): celecoxib not paid
  until two cheaper anti-inflammatory medicines have been tried (medical_necessity; prior_authorization and
  not_covered accepted); no amount, no service date; the reviewing pharmacist, the fax confirmation, BIN/PCN and
  the pharmacy named on the request are decoys; "within 180 days of the date of this notice".
- born_digital_family_statement_early_refill_row: a household prescription statement for a quarter (claim ref,
  ISO fill dates, person code, medicine, pharmacy, drug cost / plan paid / you paid, totals) whose spouse's 90-day
  apixaban fill is refused under note R2, said only in the legend (it came too early: other; not_covered
  accepted); the earlier paid fill of the same medicine, statement number and period are decoys; "by <date>".
- lowres_member_letter_test_strips_over_limit: a 150 dpi letter with values over odd captions and boxes with
  captions under them; a member's paper claim for test strips bought "on Monday, March 9, 2026 and Monday, March
  23, 2026" over the plan's 100-in-30-days limit (not_covered); the refused amount only in a sentence; the store
  and the prescriber in boxes; "within 180 days after you receive this letter" (nothing to count from: null).
- photocopy_letter_specialty_drug_filled_at_retail: a photocopied letter with captions beside boxes and a two-line
  claims table with totals: a retail pharmacy's adalimumab biosimilar claim ("USD 6,912.44") is refused because
  the employer's plan gets such medicines only from the PBM's own specialty pharmacy (out_of_network; not_covered
  accepted), the methotrexate line paid; the specialty pharmacy, its transfer reference and the rheumatologist's
  practice are decoys or alternates; "within 180 days from the date printed above".
- phone_es_carta_somatropina_sin_aprobacion_previa: a photographed Spanish letter to a mother with a box of facts
  at the left: her son's somatropin claim from a specialty pharmacy is refused because nobody asked the plan first
  (prior_authorization); "US$ 3.412,60" in the text, "$3,412.60" and "27-abr-2026"-style dates in the box, "a más
  tardar el <fecha>".
- rotated_prescriber_approval_more_tablets: an approval to an oncologist of more ondansetron tablets than the
  plan's limit, values printed before their labels, fed sideways (denies nothing).
- scan_stack_compound_cream_letter_duplex_then_pharmacy_remittance_sideways: a letter with a facts box at the right
  refusing a compounded pain cream (ingredient table with a total; not_covered), the blank back of its sheet, and
  turned sideways a landscape payment summary to a pharmacy paid through its PSAO, four members of four employers,
  one fill after coverage ended taken back ("188.15-" in the adjustment column, "(188.15)" in a sentence;
  eligibility; reversal and original claim numbers); "within 90 days of the Pd Dt".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfb import (FBSheet, dob, es_date, es_money, es_short, grouped, last_first, paren, people, phone,
                               trail, us_address, usd, wday, workday, yy)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "multi_employer_pbm_prescription_refusal_notice"
LANG = "en"
SEED = 355011
INS = "Pendlecroft Rx Management"
ALT = ["Pendlecroft Rx Management, LLC", "Pendlecroft Rx", "Pendlecroft"]
SPEC = "Veradine Specialty Pharmacy"
MAIL = "Pendlecroft Home Delivery"
E1 = dict(emp="Marlvane Tool & Die Co.", plan="Marlvane Tool & Die Co. Employee Health Plan", grp="MV5B20",
          no="501")
E2 = dict(emp="Kellerbrook Unified School District", plan="Kellerbrook USD Employee Benefit Trust", grp="KUSD8831",
          code="KB-RX2")
E3 = dict(emp="Dunmaren Freight Lines, Inc.", plan="Dunmaren Freight Lines Group Health Plan", grp="DFL0472",
          no="502")
E4 = dict(emp="Sellwick County", plan="Sellwick County Employee Medical Plan", grp="SC44018")


def pid(rng):
    return f"ZPC{digits(rng, 9)}"


def claim_no(rng):
    return f"P{digits(rng, 11)}"


def _head(p, rng, unit, box=None):
    p.head(INS, "PRx", [f"{unit}  |  PO Box {rng.randint(18000, 18999)}, Columbus OH 43218-{digits(rng, 4)}",
                        f"Members 1-877-555-{digits(rng, 4)} (TTY 711)  |  Prescribers 1-877-555-{digits(rng, 4)}  |  "
                        f"Fax {phone(rng, '614')}"], box=box, size=12.5)


def faxstd_step(rng):
    member, presc, rev, staff = people(rng, 4)
    clinic = "Cobbleton Internal Medicine"
    mid = pid(rng)
    rec = dt.date(2026, 4, rng.randint(6, 20))
    nd = workday(plus(rec, rng.randint(1, 3)))
    case = f"CR26-{digits(rng, 4)}-{rng.choice('SB')}{digits(rng, 2)}"
    npi, fc = digits(rng, 10), f"FC{digits(rng, 9)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(8, 17)}:{rng.randint(10, 59)}  PENDLECROFT CLIN REVIEW  "
           f"{phone(rng, '614')}  TO: {clinic.upper()}  P.{{n}}/1")
    p = FBSheet(footer=None, footer_left=f"CR-PRES-3  rev 01/26   {case}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Clinical Review Unit")
    p.memo([("TO:", f"Dr. {presc}, {clinic}  (fax {phone(rng, '419')})"),
            ("FROM:", f"Clinical Review Unit, {INS}"),
            ("RE:", f"Your request for {member}, {E1['plan']}")], size=9)
    p.title_bar("COVERAGE REVIEW RESULT", "The patient gets a copy of this result by mail.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", nd.isoformat(), 44, "L"), ("Case ID", case, 66, "L"), ("Req rcvd", yy(rec), W - 110, "B")])
    p.capcells([("Mbr", last_first(member), 60, "A"), ("Mbr ID", grouped(mid, [3, 3, 3, 3]), 50, "A"),
                ("DOB", fdate(dob(rng, 1962, 1990), "slash"), 28, "B"), ("RxGRP", E1["grp"], W - 138, "B")])
    p.capcells([("Sponsor", E1["emp"], 72, "A"), ("Plan No.", E1["no"], 22, "A"),
                ("RxBIN / PCN", f"0{digits(rng, 5)} / PNDLRX", W - 94, "A")])
    p.capcells([("Prescriber", f"Dr. {presc}", 64, "L"), ("NPI", npi, 36, "B"),
                ("Pharmacy named on request", "Fenrow Street Pharmacy", W - 100, "B")])
    p.capcells([("Drug asked for", "celecoxib 200 mg capsule  -  1 a day  -  #30 per 30 days", W, "A")])
    p.boxed_pairs([("Reviewed by", f"{rev}, PharmD"), ("Answer", "Not approved as asked"),
                   ("Fax confirmation no.", fc)], label_w=46, size=8.8)
    p.para(f"**What we looked at.** The request and office notes faxed by {staff} of your office, and the patient's "
           "prescriptions paid under this plan in the last 120 days.", 8.8)
    p.para(f"**What we found.** Under the {E1['plan']}, celecoxib is paid for only after the patient has taken at "
           "least two of the lower-cost anti-inflammatory medicines (for example naproxen, ibuprofen, meloxicam or "
           "diclofenac) without enough relief, or cannot take them. The paid prescriptions show naproxen in January "
           "and February and no other medicine of this kind, and the notes do not say that a second one was tried or "
           "could not be used. The plan will not pay for celecoxib for now.", 8.8)
    p.para("**What would change the answer.** Notes showing that a second medicine was tried, or the reason the "
           "patient cannot take one (for example a stomach bleed or kidney disease). You may fax a new request at "
           "any time.", 8.8)
    p.para("**Appeal.** The patient, or you for the patient, may appeal within 180 days of the date of this notice. "
           "If waiting could seriously harm the patient's health, call the prescriber line and ask for a fast "
           "appeal (answered within 72 hours).", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=E1["no"], group=E1["grp"], member_id=mid,
              member_name=member, cases=[case], denial_date=nd.isoformat(), provider=presc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic]},
              denial_alternates=["prior_authorization", "not_covered"])
    return out(p), t


def bd_statement(rng):
    sub, doc = people(rng, 2)
    last = sub.split()[-1]
    spouse = f"{rng.choice(['Bernadette', 'Luther', 'Vivienne', 'Clement'])} {rng.choice('DKMRT')}. {last}"
    child = f"{rng.choice(['Ansel', 'Imogen', 'Barnaby', 'Nell'])} {rng.choice('EJLP')}. {last}"
    mid = pid(rng)
    sd = workday(dt.date(2026, 4, rng.randint(8, 16)))
    dl = dt.date(2026, 10, rng.randint(5, 16))
    stmt = f"ST-{digits(rng, 8)}"
    prev = dt.date(2026, 1, rng.randint(5, 9))
    early = plus(prev, rng.randint(44, 50))
    cost = round(rng.randint(1580, 1690) + rng.randint(1, 99) / 100, 2)
    prev_cost = round(cost - rng.randint(5, 20), 2)
    rows_src = [
        (prev, "01", sub, "atorvastatin 40 mg #90 (90 d)", MAIL, 41.20, 31.20, 10.00, ""),
        (prev, "02", spouse, "apixaban 5 mg #180 (90 d)", "Hatchfield Drug Co.", prev_cost, round(prev_cost - 95, 2),
         95.00, ""),
        (plus(prev, 12), "03", child, "amoxicillin 400mg/5mL 100mL", "Hatchfield Drug Co.", 18.64, 8.64, 10.00, ""),
        (early, "02", spouse, "apixaban 5 mg #180 (90 d)", "Hatchfield Drug Co.", cost, 0.00, 0.00, "R2"),
        (plus(early, 9), "01", sub, "fluticasone nasal 50 mcg 16 g", "Hatchfield Drug Co.", 24.90, 14.90, 10.00, ""),
    ]
    rows, tot, refused = [], [0.0, 0.0, 0.0], None
    for d, pc, who, drug, ph, c, pp, yp, note in sorted(rows_src, key=lambda r: r[0]):
        ref = f"26{d.strftime('%m%d')}{digits(rng, 7)}"
        if note:
            refused = ref
        tot = [tot[0] + c, tot[1] + pp, tot[2] + yp]
        rows.append([ref, d.isoformat(), f"{pc} {who.split()[0]}", drug, ph, money(c, "nosign"),
                     money(pp, "nosign"), money(yp, "nosign"), note])
    rows.append(["Totals", "", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p = FBSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, "Member Services", box="PRESCRIPTION ACTIVITY STATEMENT")
    p.addr_pair("Prepared for", [sub, *us_address(rng)], "Your prescription plan",
                [E2["plan"], f"Group {E2['grp']}   Plan code {E2['code']}", f"Plan sponsor: {E2['emp']}"], split=0.5)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Statement date", fdate(sd, "long"), 44, "A"), ("Member ID", mid, 40, "A"),
                ("Period", f"{fdate(dt.date(2026, 1, 1), 'slash')} - {fdate(dt.date(2026, 3, 31), 'slash')}", 50,
                 "A"), ("Statement no.", stmt, W - 134, "A")])
    p.boxed_pairs([("People on this statement", f"01 {sub} (you)   02 {spouse}   03 {child}"),
                   ("Plan-year out-of-pocket so far", "$125.00 of $3,200.00")], label_w=58, size=8.4)
    p.table(["Claim ref", "Filled", "Person", "Medicine (qty, days)", "Pharmacy", "Drug cost", "Plan paid",
             "You paid", "Note"], rows, [23, 17, 18, 40, 35, 17, 17, 12, W - 179], size=7.0,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.para(f"**Note R2.** This fill came early. The plan pays for the next supply of the same medicine once about three "
           f"quarters of the last one should have been used. The 90-day supply filled on {prev.isoformat()} lasted "
           f"until {plus(prev, 89).isoformat()}, so the next one could be paid from {plus(prev, 67).isoformat()}. The "
           f"pharmacy did not hand this fill out and you owe nothing for it; it can be filled again from that date.",
           8.4)
    p.para(f"Questions about a line, or think one is wrong? Write to Member Services by {fdate(dl, 'long')} and give "
           f"the claim ref. Prescriber questions about early fills for travel or a changed dose: {doc}, clinical "
           "pharmacist, at the prescriber number above.", 8.4)
    t = truth("eob", "other", insurer=INS, plan_id=E2["code"], group=E2["grp"], member_id=mid, member_name=spouse,
              cases=[refused], claim_amount=m2(cost), service_dates=[early.isoformat()], denial_date=sd.isoformat(),
              provider="Hatchfield Drug Co.", appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT}, denial_alternates=["not_covered"])
    return out(p), t


def lowres_strips(rng):
    member, presc, sig = people(rng, 3)
    pharm = "Wrenmoor Family Pharmacy"
    mid = pid(rng)
    d1 = dt.date(2026, 3, 9)
    d2 = dt.date(2026, 3, 23)
    earlier = plus(d1, -rng.randint(8, 12))
    nd = workday(plus(d2, rng.randint(20, 28)))
    clm = f"DMR-26-{rng.choice('SB')}{digits(rng, 5)}"
    each = round(rng.randint(128, 149) + rng.choice([0.35, 0.7, 0.85]), 2)
    tot = round(2 * each, 2)
    r1, r2 = digits(rng, 6), digits(rng, 6)
    p = FBSheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Member Claims")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.under([(fdate(nd, "dmy"), "Letter dt."), (clm, "Reimb. claim no."), (grouped(mid, [3, 4, 5]), "Mbr ID"),
             (E3["grp"], "Grp"), (E3["no"], "Plan No.")], widths=[30, 40, 42, 30, W - 142], size=9.4)
    p.capcells([("Store on the receipts", pharm, 66, "B"), ("Prescriber on the label", f"Dr. {presc}", 58, "B"),
                ("Receipt nos.", f"{r1}, {r2}", W - 124, "B")], size=9)
    p.para(f"Dear {member}:", 10)
    p.para(f"You sent us a direct reimbursement claim form with two receipts for blood glucose test strips you bought "
           f"at {pharm} on {wday(d1)} and {wday(d2)}, 100 strips each time, and asked us to pay you back "
           f"{money(tot)}.", 10)
    p.para(f"The {E3['plan']} pays for up to 100 test strips in any 30 days. It had already paid for 100 strips "
           f"filled for you on {fdate(earlier, 'long')}. The 200 strips on your receipts came within the same 30 "
           f"days, on top of those, so the plan does not pay any of the {money(tot)}.", 10)
    p.para("If your doctor wants you to test more than three times a day, the doctor can call our prescriber line "
           "and ask us to allow more strips. Strips filled after we agree would be paid.", 10)
    p.tab_box("Your right to appeal", "You or someone you choose may appeal in writing within 180 days after you "
              "receive this letter. Send it to Member Claims at the address above with the claim number. You may "
              "also ask for copies of the plan rules we used, free of charge.", 9.4)
    p.para(f"Sincerely,\n{sig}\nMember Claims, for the plan sponsor {E3['emp']}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=E3["no"], group=E3["grp"], member_id=mid,
              member_name=member, cases=[clm], claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=nd.isoformat(), provider=pharm, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [presc]}, denial_alternates=["other"])
    return out(p), t


def photocopy_specialty(rng):
    member, presc, sig = people(rng, 3)
    clinic = "Brisendine Rheumatology Associates"
    pharm = "Glenbriar Pharmacy"
    mid = pid(rng)
    fill = dt.date(2026, 3, rng.randint(9, 20))
    nd = workday(plus(fill, rng.randint(9, 14)))
    c1, c2 = claim_no(rng), claim_no(rng)
    billed = 6912.44
    mtx_b, mtx_a = 18.90, 12.40
    tref = f"TR-{digits(rng, 7)}"
    p = FBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Member Claims")
    p.line(fdate(nd, "long"), 10, "B")
    p.ln(2)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Member", member), ("ID", mid)],
              [("Group", E1["grp"]), ("Plan No.", E1["no"])],
              [("Claim No.", c1), ("Date filled", fdate(fill, "slash"))]], cap_w=22, size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {presc} of {clinic} prescribed a biosimilar of adalimumab for you, and {pharm} filled it on "
           f"{fdate(fill, 'long')}. The pharmacy's claim to your plan for it, {usd(billed)}, was not paid.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim No.", "Medicine", "Days", "Billed", "Allowed", "Plan paid", "Your copay"],
            [[c1, "adalimumab-adbm 40 mg/0.4 mL pen x2", "28", money(billed, "nosign"), "0.00", "0.00", "0.00"],
             [c2, "methotrexate 2.5 mg tab #16", "28", money(mtx_b, "nosign"), money(mtx_a, "nosign"),
              money(mtx_a - 10, "nosign"), "10.00"],
             ["Totals", "", "", money(billed + mtx_b, "nosign"), money(mtx_a, "nosign"), money(mtx_a - 10, "nosign"),
              "10.00"]],
            [28, 62, 11, 22, 18, 18, W - 159], size=8.2, aligns=["L", "L", "C", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Under the {E1['plan']}, medicines that need special handling and training, like this one, come only "
           f"from {SPEC}, which mails them to your home or your doctor's office. {pharm} cannot fill them for this "
           "plan, so its claim was not paid. The methotrexate filled the same day was paid as usual.", 10)
    p.para(f"We have sent your prescription to {SPEC} (transfer reference {tref}). They will call you to set up the "
           f"first delivery; you can also call them at 1-877-555-{digits(rng, 4)}. Your copay there is the same.", 10)
    p.para("If you disagree, you or your doctor may appeal within 180 days from the date printed above. Write to Member "
           "Claims at the address at the top, or fax the appeal to us.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Claims\ncc: Dr. {presc}, {clinic}", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=E1["no"], group=E1["grp"], member_id=mid,
              member_name=member, cases=[c1], claim_amount=m2(billed), service_dates=[fill.isoformat()],
              denial_date=nd.isoformat(), provider=pharm, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [presc, clinic]}, denial_alternates=["not_covered"])
    return out(p), t


def phone_es(rng):
    mother, doctor, sig = people(rng, 3, es=True)
    child = f"{rng.choice(['Mateo', 'Emiliano', 'Santiago', 'Joaquín'])} {rng.choice('ADR')}. {mother.split()[-1]}"
    clinic = "Quarlton Pediatric Endocrinology"
    pharm = "Embervale Specialty Pharmacy"
    mid = pid(rng)
    fill = dt.date(2026, 4, rng.randint(20, 28))
    nd = workday(plus(fill, rng.randint(7, 11)))
    dl = dt.date(2026, 11, rng.randint(2, 13))
    clm = claim_no(rng)
    amt = 3412.60
    p = FBSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Servicios para miembros")
    p.title_bar("SOBRE UNA RECETA DE SU HIJO")
    for ln in [mother, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.two_col([("Fecha", es_date(nd, True)), ("Paciente", child), ("Nº de miembro", mid),
               ("Titular de la cobertura", mother), ("Grupo", E2["grp"]), ("Código del plan", E2["code"]),
               ("Reclamación nº", clm), ("Surtido el", es_short(fill)), ("Importe presentado", money(amt)),
               ("Apelación, a más tardar", es_short(dl))],
              [f"Estimado(a) {mother}:",
               f"Le escribimos sobre la somatropina que {doctor}, de {clinic}, recetó a su hijo {child}. {pharm} la "
               f"surtió el {es_date(fill)} y envió la reclamación por {es_money(amt)}.",
               f"El plan de su empleador, {E2['plan']}, paga este medicamento solo cuando el médico nos lo pide antes "
               f"de surtirlo y nosotros lo aprobamos. No nos llegó ninguna petición del consultorio antes del "
               f"{es_date(fill)}, y por eso el plan no pagó esta reclamación.",
               "Esto no quiere decir que su hijo no pueda recibir el medicamento. El consultorio puede mandarnos "
               "ahora la petición con los resultados de las pruebas de crecimiento; si la aprobamos, la farmacia "
               "puede volver a enviar la reclamación.",
               f"Si no está de acuerdo, puede apelar por escrito a más tardar el {es_date(dl)}. Envíe su carta a la "
               "dirección de arriba con el número de reclamación.",
               f"Atentamente,\n{sig}\nServicios para miembros"], side_w=58, size=9.2, title="Datos de la receta")
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=E2["code"], group=E2["grp"],
              member_id=mid, member_name=child, cases=[clm], claim_amount=m2(amt), service_dates=[fill.isoformat()],
              denial_date=nd.isoformat(), provider=pharm, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doctor, clinic]})
    return out(p), t


def rotated_approval(rng):
    member, presc, rev = people(rng, 3)
    clinic = "Byrdsall Oncology Center"
    mid = pid(rng)
    start = dt.date(2026, 5, rng.randint(4, 15))
    end = plus(start, 182)
    nd = start
    auth = f"PA26-{rng.choice('SB')}{digits(rng, 5)}"
    p = FBSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Clinical Review Unit")
    p.para(fdate(nd, "long"), 10)
    for ln in [f"Dr. {presc}", clinic, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.rpairs([(auth, "Authorization no."), (member, "Patient"), (mid, "Member ID"), (E3["grp"], "RxGRP"),
              (E3["no"], "Plan No."), ("ondansetron 8 mg orally disintegrating tablet", "Medicine"),
              ("up to 90 tablets every 30 days", "Amount approved"),
              (f"{fdate(start, 'slash')} thru {fdate(end, 'slash')}", "Approved for")], val_w=96, size=9.4)
    p.para(f"Dear Dr. {presc}:", 10)
    p.para(f"Your request for more ondansetron for {member} is approved. The {E3['plan']} normally pays for up to 18 "
           "tablets in 30 days. Because the patient is getting chemotherapy several days a week, the plan will pay for "
           "the amount shown above for the dates shown. Any pharmacy in the plan's network can fill it now.", 10)
    p.para("If the chemotherapy schedule goes on past the last date, send a new request two weeks before then. "
           f"Reviewed by {rev}, PharmD.", 10)
    t = truth("other", None, insurer=INS, plan_id=E3["no"], group=E3["grp"], member_id=mid, member_name=member,
              cases=[auth], denial_date=nd.isoformat(), provider=presc,
              alternates={"insurer": ALT, "provider": [clinic],
                          "service_dates": [[f"{start.isoformat()}/{end.isoformat()}"]]})
    return out(p), t


def scan_stack(rng):
    member, presc, sig, m2a, m2b, m2c, m2d = people(rng, 7)
    clinic = "Penhurst Family Medicine"
    pharm = "Tovrick Compounding Pharmacy"
    mid = pid(rng)
    fill = dt.date(2026, 3, rng.randint(2, 12))
    nd = workday(plus(fill, rng.randint(12, 18)))
    clm = claim_no(rng)
    parts = [("ketamine HCl powder", "10%", 512.00), ("gabapentin powder", "6%", 388.50),
             ("baclofen powder", "2%", 214.75), ("lidocaine HCl powder", "5%", 161.25),
             ("cream base, 120 g", "", 209.50)]
    tot = round(sum(x[2] for x in parts), 2)
    p = FBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Member Claims")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.facts_right([("Letter date", fdate(nd, "long")), ("Member", member), ("Member ID", mid),
                   ("Group", E4["grp"]), ("Claim no.", clm), ("Compound ID", f"CMP-{digits(rng, 6)}"),
                   ("Pharmacy invoice", f"{digits(rng, 5)}"), ("Filled", yy(fill))],
                  [f"Dear {member}:",
                   f"On {wday(fill)}, {pharm} mixed a pain cream for you from the powders listed below and sent your "
                   f"plan, the {E4['plan']}, a claim for it. Dr. {presc} of {clinic} wrote the prescription.",
                   "The plan pays for medicines that drug makers sell ready to use, and for a short list of mixtures a "
                   "pharmacy makes when no ready-made form exists, such as a liquid for a child who cannot swallow "
                   "tablets. A cream mixed from these powders is not on that list, so the plan pays nothing for it.",
                   "Your doctor may want to talk with you about creams and patches sold ready to use; several are "
                   "paid by the plan."], side_w=56, size=9.4, title="About this claim")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Ingredient", "Strength", "Billed", "Plan allows", "Plan paid"],
            [[n, s, money(v, "nosign"), "0.00", "0.00"] for n, s, v in parts] +
            [["Total billed by the pharmacy", "", money(tot, "nosign"), "0.00", "0.00"]],
            [70, 22, 26, 26, W - 144], size=8.4, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para("If you think the plan should pay, you may ask for a review within 180 days from the date of this letter. "
           "Send the claim number and anything your doctor writes for you to Member Claims.", 9.8)
    p.para(f"Sincerely,\n{sig}\nMember Claims", 9.8)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, group=E4["grp"], member_id=mid,
                         member_name=member, cases=[clm], claim_amount=m2(tot), service_dates=[fill.isoformat()],
                         denial_date=nd.isoformat(), provider=pharm, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [presc, clinic]}, denial_alternates=["other"]))
    pharm2, psao = "Ashby Commons Pharmacy", "Coldspring Pharmacy Alliance"
    pd = workday(dt.date(2026, 4, rng.randint(20, 28)))
    ended = dt.date(2026, 3, 31)
    fill2 = dt.date(2026, 4, rng.randint(2, 6))
    billed, back = 212.40, 188.15
    q = FBSheet(footer="Page {n} of {nb}")
    q.set_margins(12, 11, 12)
    q.add_page(orientation="L")
    _head(q, rng, "Pharmacy Payments", box="PHARMACY PAYMENT SUMMARY")
    W = q.w - q.l_margin - q.r_margin
    rows, who = [], [(m2a, E1), (m2b, E3), (m2c, E2), (m2d, E4)]
    tb = tp = 0.0
    target = None
    for i, (nm, e) in enumerate(who):
        d = fill2 if i == 1 else dt.date(2026, 4, rng.randint(7, 16))
        b = billed if i == 1 else round(rng.randint(30, 260) + rng.randint(1, 99) / 100, 2)
        paid = 0.0 if i == 1 else round(b * rng.uniform(0.78, 0.9), 2)
        cn = (f"R{digits(rng, 11)}" if i == 1 else claim_no(rng))
        orig = claim_no(rng) if i == 1 else ""
        m_id = pid(rng)
        if i == 1:
            target = (nm, m_id, cn, orig, d)
        tb, tp = tb + b, tp + paid
        rows.append([cn, orig, yy(d), last_first(nm), m_id, e["grp"], money(b, "nosign"), money(paid, "nosign"),
                     trail(back) if i == 1 else "", "E9" if i == 1 else "P"])
    rows.append(["Totals", "", "", "", "", "", money(tb, "nosign"), money(tp, "nosign"), trail(back), ""])
    net = round(tp - back, 2)
    q.capcells([("Pd Dt", fdate(pd, "upper"), 44, "L"), ("Payee (PSAO)", psao, 86, "A"),
                ("Pmt No.", f"EFT{digits(rng, 9)}", 44, "B"), ("Net EFT", usd(net), W - 174, "B")])
    q.capcells([("Pharmacy", pharm2, 90, "L"), ("NCPDP", digits(rng, 7), 40, "A"), ("NPI", digits(rng, 10), 44, "A"),
                ("Remit to", "PSAO account on file", W - 174, "A")])
    q.table(["Claim No.", "Orig. claim", "Fill dt", "Member", "Member ID", "Group", "Billed", "Paid", "Adj.", "Code"],
            rows, [30, 30, 17, 46, 30, 22, 20, 20, 20, W - 235], size=7.8,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    q.para(f"**Codes.** P: paid. E9: the plan sponsor told us this member's coverage ended {fdate(ended, 'slash')}, "
           f"before the fill date. The claim is reversed, and the {paren(back)} paid on the original claim is taken "
           "back from this payment.", 8.4)
    q.para("To dispute a line, send the claim number and your reason to Pharmacy Payments within 90 days of the Pd Dt. "
           "Questions from the member about coverage go to the member's employer.", 8.4)
    nm, m_id, cn, orig, d = target
    d_b = (out(q), truth("eob", "eligibility", insurer=INS, group=E3["grp"], member_id=m_id, member_name=nm,
                         cases=[cn, orig], claim_amount=m2(billed), service_dates=[d.isoformat()],
                         denial_date=pd.isoformat(), provider=pharm2, appeal_deadline=plus(pd, 90).isoformat(),
                         alternates={"insurer": ALT, "case_numbers": [[cn], [orig]], "claim_amount": [m2(back)]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_prescriber_memo_cheaper_drugs_first", "fax_standard_g4", [faxstd_step(rng)]),
        Item(F + "born_digital_family_statement_early_refill_row", "born_digital", [bd_statement(rng)]),
        Item(F + "lowres_member_letter_test_strips_over_limit", "scan_lowres_150", [lowres_strips(rng)]),
        Item(F + "photocopy_letter_specialty_drug_filled_at_retail", "photocopy", [photocopy_specialty(rng)]),
        Item(F + "phone_es_carta_somatropina_sin_aprobacion_previa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_prescriber_approval_more_tablets", "rotated", [rotated_approval(rng)]),
        Item(F + "scan_stack_compound_cream_letter_duplex_then_pharmacy_remittance_sideways", "scan_clean_300",
             scan_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
