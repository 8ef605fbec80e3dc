"""Medical bill papers under the federal Longshore and Harbor Workers' Compensation Act (LHWCA), mirrored (structure
and plain wording style only) from the papers of the U.S. Department of Labor's Office of Workers' Compensation
Programs, Division of Longshore and Harbor Workers' Compensation (DLHWC), and from what an employer's carrier sends
under it. Public rules used as themselves: the employer (through its carrier) furnishes the medical care the injury
requires for as long as the recovery requires it (33 U.S.C. 907(a)); the employee has one free choice of an
attending physician and the district director supervises medical care; fees are limited to the charges that
prevail in the community; a chiropractor counts as a physician only for manual manipulation of the spine to correct
a subluxation shown by X-ray; the physician's first report of treatment is due within 10 days; the Act leaves out
people hired only for office clerical work when a state compensation law covers them; a carrier that disputes a
claim files a notice of controversion (form LS-207) and the authorization for treatment is form LS-1; disputes go
to an informal conference before the district director and on to an administrative law judge. The carrier
(Gannet Shoal Marine Casualty Company), its bill reviewer, every employer, hospital, clinic, pharmacy, billing
service, person, number, address and every time limit the carrier sets are invented; phones use 555. No heading
names the kind of refusal; each reason is said in the writer's own plain words.

Documents (8 in 7 files):
- bd_bill_review_statement_same_xray_billed_twice: the carrier's statement of medical bill review to an urgent care
  centre, a reference block at the top right (weekday-named statement date, claim / OWCP / bill control numbers,
  SSN last four, employee no.), the centre in a box beside its billing service and the carrier's bill reviewer,
  a table with a "Seen by" column and four money columns (reductions in parentheses) and a totals row; two lines
  cut to the prevailing charge (not refusals) and one shoulder X-ray refused because it was paid on an earlier bill
  (other, duplicate), explained only in a footnote legend; ISO dates in the table, "within 45 days from the
  statement date".
- lowres_controversion_clerical_worker_er_bill: a 150 dpi notice of controversion in the LS-207 manner, typed on
  rules with numbered captions UNDER them; the carrier disputes the whole claim because the employee keyed
  manifests in the terminal office (clerical work, covered by the state law: eligibility); the emergency room and
  its doctor only in a sentence with the amount; no time limit a reader could count (null).
- photocopy_therapy_after_mmi_visits_listed: a photocopied letter to a physical therapy practice, the therapist in a
  sentence ("from the 3rd to the 9th of March"), the visits in a small table with trailing-minus amounts; the
  treating doctor had said the shoulder healed as far as it will, so the visits were not needed for the injury
  (medical_necessity); "within 30 days of the date of this letter".
- finefax_ls1_style_authorization_hand_surgeon: a fine-fax authorization for examination and treatment in the LS-1
  manner, captions under their boxes, the authorized physician beside her centre, an authorization no. with a
  letter O among digits, the physician's report part left blank (denies nothing).
- phone_es_reembolso_farmacia_presion_arterial: a photographed Spanish letter to the worker refusing to pay him back
  for two pharmacy fills of a blood pressure medicine ("3 de marzo y 31 de marzo de 2026") because the accepted
  injury is his right knee (not_covered); amount as "US$ 186,40" and in a box as $186.40; "dentro de 30 días".
- rotated_hearing_aids_carrier_not_on_the_risk: a letter to an audiology clinic fed sideways; hearing aids refused
  because the worker's last day around loud machinery for the employer came before the carrier's policy began
  (eligibility); invoice table with a totals row, two-digit years, fitted-by audiologist in a box, policy no. and
  invoice no. as decoys; "within 60 days from the date at the top of this letter".
- faxstd_stack_cover_district_office_chiropractic_then_overnight_stay_upside_down: a standard-fax stack: a fax cover
  sheet, a district office letter to a chiropractor (hot packs, massage and electrical stimulation are not manual
  manipulation of a subluxation shown by X-ray: not_covered; the way on is an informal conference or a hearing, no
  count), then upside down the carrier's letter to a hospital paying a knee arthroscopy as same-day surgery and
  refusing the night's room and board (level_of_care; the night's charge only in a sentence; "Tuesday, May 12 thru
  Wednesday, May 13, 2026"), with its duplex back.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfd import FDSheet, cash, es_long, names, ordinal, phone, plus, wd, workday
from public_kit import digits, fdate, m2, out, truth

FAMILY = "lhwca_marine_carrier_medical_bill_review_and_district_office_papers"
LANG = "en"
SEED = 354913
INS = "Gannet Shoal Marine Casualty Company"
ALT = ["Gannet Shoal Marine Casualty", "Gannet Shoal Marine", "Gannet Shoal"]
DOL = "U.S. Department of Labor"
DOL_ALT = ["Office of Workers' Compensation Programs", "Division of Longshore and Harbor Workers' Compensation",
           "U.S. Department of Labor, Office of Workers' Compensation Programs", "OWCP", "DLHWC",
           "Department of Labor"]
REVIEWER = "Kestrel Point Bill Review, Inc."
EMPLOYERS = ["Pelagic Terminal Operators, Inc.", "Lockwood Narrows Ship Repair LLC", "Bayside Bulk Stevedoring Co.",
             "Channelview Marine Fabricators", "Redfish Pass Container Terminal LLC"]


def claim_no(rng, mid: str = "B"):
    return f"LH26-{mid}{digits(rng, 6)}"


def owcp(rng):
    return f"{rng.choice(['06', '07', '08'])}-{digits(rng, 6)}"


def _head(p, rng, unit="Longshore Claims Unit"):
    p.right_head(INS, f"{unit}  -  LHWCA claims",
                 [f"PO Box {rng.randint(60000, 69999)}", f"Pascagoula MS 39568-{digits(rng, 4)}",
                  f"Claims {phone(rng, '877')}  Fax {phone(rng, '228')}"])


def bd_review(rng):
    worker, doc1, doc2 = names(rng, "xxx")
    emp = EMPLOYERS[0]
    fac = "Sabal Bay Urgent Care & Occupational Health"
    biller = "Harborline Medical Billing Services"
    c, o = claim_no(rng, "B"), owcp(rng)
    bc = f"BC{digits(rng, 8)}"
    old_bc = f"BC{digits(rng, 8)}"
    inj = dt.date(2026, 2, rng.randint(16, 26))
    d1 = plus(inj, rng.randint(1, 3))
    d2 = plus(d1, 7)
    paid_old = plus(d1, rng.randint(24, 30))
    sd = workday(plus(d2, rng.randint(40, 48)))
    lines = [  # date, code, text, seen by, charged, reduction, refused, note
        (d1, "99204", "New patient visit, moderate", doc1, 318.00, 71.62, 0.0, "R1"),
        (d1, "73030", "X-ray shoulder, 2+ views", doc2, 164.00, 0.0, 0.0, ""),
        (d2, "99213", "Follow-up visit", doc1, 146.00, 22.40, 0.0, "R1"),
        (d1, "73030", "X-ray shoulder, 2+ views", doc2, 164.00, 0.0, 164.00, "D4"),
    ]
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for i, (d, code, txt, who, ch, red, ref, note) in enumerate(lines, 1):
        pay = round(ch - red - ref, 2)
        rows.append([str(i), d.isoformat(), code, txt, "Dr. " + who.split()[-1], cash(ch, "nosign"),
                     cash(red, "paren") if red else "0.00", cash(ref, "paren") if ref else "0.00",
                     cash(pay, "nosign"), note])
        tot = [a + b for a, b in zip(tot, [ch, red, ref, pay])]
    rows.append(["", "", "", "Bill totals", "", cash(tot[0], "nosign"), cash(tot[1], "paren"), cash(tot[2], "paren"),
                 cash(tot[3], "nosign"), ""])
    p = FDSheet(footer="Page {n} of {nb}", footer_left=f"GSM-BR-12  {fdate(sd, 'slash')}")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng, unit="Longshore Claims Unit - Medical Bill Review")
    y0 = p.get_y()
    p.f(12, "B")
    p.cell(100, 6, "STATEMENT OF MEDICAL BILL REVIEW", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.multi_cell(98, 4, "Sent to the provider of care. The injured employee receives a copy and owes nothing on "
                        "this bill.", new_x="LMARGIN", new_y="NEXT")
    end = p.refblock([("Statement date", wd(sd)), ("Carrier claim no.", c), ("OWCP No.", o),
                      ("Bill control no.", bc), ("Injured employee", worker),
                      ("SSN (last 4)", f"xxx-xx-{digits(rng, 4)}"), ("Employee no.", f"E{digits(rng, 5)}"),
                      ("Employer", emp), ("Date of injury", fdate(inj, "short"))], y=y0, w=86, cap_w=32)
    p.set_xy(p.l_margin, max(p.get_y(), end) + 3)
    p.parties([("Provider of care", fac, f"NPI {p_npi(rng)}"),
               ("Payee / remit to", biller, f"TIN 7{digits(rng, 1)}-{digits(rng, 7)}"),
               ("Bill reviewed by", REVIEWER, f"Reviewer ref. KP-{digits(rng, 6)}")], cap_w=34)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Ln", "Date of svc", "Code", "Description", "Seen by", "Charged", "Cut to community charge",
             "Not paid", "Pays", "Note"], rows,
            [7, 20, 13, 42, 20, 18, 21, 17, 17, W - 175], size=7.6,
            aligns=["C", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.line(f"Amount paid to payee: {cash(tot[3], 'usd')}    EFT trace {digits(rng, 9)}", 9, "B")
    p.ln(2)
    p.note_box("Notes",
               f"R1  The charge is more than the charge that prevails in the community for the same service; "
               f"the difference is not paid and may not be billed to the employee.\n"
               f"D4  This X-ray of {fdate(d1, 'long')} was already paid on bill control no. {old_bc} on "
               f"{fdate(paid_old, 'long')}. It is the same service sent to us a second time, so line 4 is not "
               f"paid again.")
    p.para("If you think a line was reviewed wrongly, write to the bill review unit within 45 days from the "
           "statement date and send the office notes for that date. You may also ask the district director of the "
           "Department of Labor's Division of Longshore and Harbor Workers' Compensation to look at a fee dispute.",
           8.8)
    t = truth("eob", "other", insurer=INS, member_name=worker, cases=[c, o, bc], claim_amount=m2(164.00),
              service_dates=[d1.isoformat()], denial_date=sd.isoformat(), provider=fac,
              appeal_deadline=plus(sd, 45).isoformat(),
              alternates={"insurer": ALT, "provider": ["Dr. " + doc2.split()[-1], "Dr. " + doc1.split()[-1]],
                          "claim_amount": [m2(tot[0])],
                          "case_numbers": [[c, bc], [c, o], [c]]})
    return out(p), t


def p_npi(rng):
    return rng.choice("12") + digits(rng, 9)


def lowres_controversion(rng):
    worker, erdoc, adjuster = names(rng, "fxx")
    emp = EMPLOYERS[4]
    hosp = "Baycliff Memorial Hospital"
    c, o = claim_no(rng, "S"), owcp(rng)
    inj = dt.date(2026, 4, rng.randint(6, 10))
    knew = plus(inj, 1)
    nd = workday(plus(knew, rng.randint(9, 13)))
    amt = round(rng.randint(2900, 3900) + rng.randint(1, 99) / 100, 2)
    pol = f"WC-LH-{digits(rng, 7)}"
    p = FDSheet(footer="Page {n} of {nb}", footer_left="Form GS-207 (follows the content of DOL form LS-207)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng)
    p.f(12.5, "B")
    p.cell(0, 6, "NOTICE OF CONTROVERSION OF RIGHT TO COMPENSATION", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, "Filed with the district director, Division of Longshore and Harbor Workers' Compensation, and "
                 "sent to the employee", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.typed_lines([
        [("1. Employee", worker, 0.40), ("2. OWCP No.", o, 0.22), ("3. Carrier's claim no.", c, 0.38)],
        [("4. Employer", emp, 0.40), ("5. Policy no.", pol, 0.22), ("6. Dt. of notice", fdate(nd, "dash"), 0.38)],
        [("7. Alleged injury (date / place)", f"{fdate(inj, 'dash')} / container yard office, Berth 4", 0.62),
         ("8. Employer knew on", fdate(knew, "dash"), 0.38)],
        [("9. Carrier", INS, 0.62), ("10. Adjuster", adjuster, 0.38)],
    ], size=9.6, cap=6.2)
    p.f(10, "B")
    p.cell(0, 6, "11. The right to compensation and to medical care is controverted because:", new_x="LMARGIN",
           new_y="NEXT")
    p.para(f"{worker} fell from a desk chair in the terminal's office building. For the whole of her job with "
           f"{emp} she entered cargo manifests and gate records into the computer and answered the dispatch phone; "
           "she did not work on the wharf, on a vessel or in the container yard itself. The Longshore Act does not "
           "reach a person hired only for office clerical work when a state workers' compensation law covers that "
           "person, and the Texas law does. Her claim belongs under the state law.", 10)
    p.para(f"Because of this, we will not pay the bill from the emergency room of {hosp}, where Dr. {erdoc} saw her "
           f"on {wd(inj)}. The hospital asked us for {cash(amt)}. We have sent the bill to the employer's state "
           "compensation carrier and told the hospital.", 10)
    p.f(10, "B")
    p.cell(0, 6, "12. Compensation paid to date: none.   13. Medical paid to date: none.", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    p.para("This notice does not end the claim. The employee may ask the district director for an informal "
           "conference, and either side may later ask for a hearing before an administrative law judge.", 9.4)
    p.typed_lines([[("Signature of carrier's representative", adjuster, 0.6), ("Title", "Claims adjuster", 0.4)]],
                  size=9.6, cap=6.2)
    t = truth("denial_letter", "eligibility", insurer=INS, member_name=worker, cases=[o, c], claim_amount=m2(amt),
              service_dates=[inj.isoformat()], denial_date=nd.isoformat(), provider=hosp, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [erdoc], "plan_id": [pol], "case_numbers": [[c], [o]]})
    return out(p), t


def photocopy_pt(rng):
    worker, therapist, ortho, sig = names(rng, "mxxx")
    clinic = "Anchorline Physical Therapy"
    emp = EMPLOYERS[1]
    c, o = claim_no(rng, "I"), owcp(rng)
    mmi = dt.date(2026, 2, rng.randint(17, 24))
    visits = [dt.date(2026, 3, d) for d in (3, 5, 6, 9)]
    rec = dt.date(2026, 3, rng.randint(20, 26))
    nd = workday(plus(rec, rng.randint(10, 15)))
    each = [round(rng.choice([228.0, 236.5, 241.0, 219.75]), 2) for _ in visits]
    total = round(sum(each), 2)
    bill = f"{digits(rng, 2)}-{digits(rng, 5)}"
    p = FDSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    y = p.get_y()
    end = p.address_left([clinic, "Attn: Billing", f"{rng.randint(100, 990)} Shell Road, Suite B",
                          "Bay St. Louis MS 39520"], y)
    end2 = p.refblock([("Re:", worker), ("Claim", c), ("OWCP file", o), ("Your bill", bill),
                       ("Received", fdate(rec, "slash"))], y=y, w=70, cap_w=20)
    p.set_xy(p.l_margin, max(end, end2) + 4)
    p.para("Dear Billing Office:", 10)
    p.para(f"{therapist}, PT, saw Mr. {worker.split()[-1]} at your clinic from the {ordinal(3)} to the {ordinal(9)} "
           f"of March, four visits in all, for his left shoulder. We have gone through the bill and the treatment "
           f"notes and we are not going to pay for these visits.", 10)
    p.para(f"Dr. {ortho}, who has treated Mr. {worker.split()[-1]} since he was hurt at {emp}, examined him on "
           f"{fdate(mmi, 'long')}. The doctor wrote that the shoulder had healed as far as it was going to, that more "
           "therapy would not change it, and released him to his full job. Our reviewing physician read your notes: "
           "range of motion and strength were the same on the last visit as on the first. The injury no longer "
           "called for therapy after the doctor's release, and the employer pays only for care the injury "
           "requires.", 10)
    p.table(["Visit", "Code", "Billed", "Adjusted", "Paid"],
            [[fdate(d, "slash"), "97110 x3 / 97140", cash(a, "nosign"), cash(a, "minus"), "0.00"]
             for d, a in zip(visits, each)] + [["Total", "", cash(total, "nosign"), cash(total, "minus"), "0.00"]],
            [34, 46, 30, 30, 30], size=8.6, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para("Mr. " + worker.split()[-1] + " does not owe you for these visits. If you have a doctor's order or notes "
           "we did not see, send them and ask us to reconsider within 30 days of the date of this letter. Either "
           "side may also ask the district director for an informal conference.", 10)
    p.para(f"Sincerely,\n{sig}\nMedical Case Reviewer, Longshore Claims Unit\ncc: Dr. {ortho}", 10)
    iso = [d.isoformat() for d in visits]
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_name=worker, cases=[c, o],
              claim_amount=m2(total), service_dates=iso, denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [therapist], "case_numbers": [[c]],
                          "service_dates": [[f"{iso[0]}/{iso[-1]}"]]})
    return out(p), t


def finefax_ls1(rng):
    worker, surgeon, adjuster = names(rng, "mfx")
    center = "Quayside Hand & Upper Extremity Center"
    emp = EMPLOYERS[3]
    c, o = claim_no(rng, "O"), owcp(rng)
    auth = f"AU-{digits(rng, 2)}O{digits(rng, 4)}"
    inj = dt.date(2026, 4, rng.randint(20, 28))
    nd = workday(plus(inj, rng.randint(5, 9)))
    appt = workday(plus(nd, rng.randint(6, 10)))
    thru = plus(appt, 90)
    fax = (f"{fdate(nd, 'slash')} {rng.randint(8, 16)}:{rng.randint(10, 59)}  GANNET SHOAL LONGSHORE  "
           f"{phone(rng, '228')}  -> {center.upper()}   p.{{n}}")
    p = FDSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng)
    p.title_bar("AUTHORIZATION FOR EXAMINATION AND/OR TREATMENT",
                "Carrier form GS-1 (follows the content of DOL form LS-1). Part I by the carrier; Part II by the "
                "physician.")
    p.f(10, "B")
    p.cell(0, 6, "PART I - AUTHORIZATION", new_x="LMARGIN", new_y="NEXT")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Employee", worker, W * 0.36, "B"), ("Empl'r", emp, W * 0.38, "B"),
                ("Dt injured", fdate(inj, "slash"), W * 0.26, "B")])
    p.capcells([("Carrier claim", c, W * 0.3, "B"), ("OWCP No.", o, W * 0.22, "B"), ("Auth. no.", auth, W * 0.24, "B"),
                ("Date issued", fdate(nd, "slash"), W * 0.24, "B")])
    p.capcells([("Physician authorized", surgeon + ", M.D.", W * 0.4, "B"), ("at", center, W * 0.6, "B")])
    p.capcells([("First appt.", fdate(appt, "slash"), W * 0.3, "B"),
                ("Authorized thru", fdate(thru, "slash"), W * 0.3, "B"),
                ("Body part", "Right wrist and hand", W * 0.4, "B")])
    p.para(f"You are authorized to examine the employee named above and to give the treatment the injury requires, "
           f"from {fdate(appt, 'slash')} thru {fdate(thru, 'slash')}. Surgery, admission to a hospital and referral to "
           f"another physician need a call to the adjuster first ({adjuster}). Send your bills to the carrier at the "
           "address above with the claim number on each page.", 9.6)
    p.para("The employee chose you as attending physician. He may not change to another physician without the "
           "consent of the carrier or the district director.", 9.6)
    p.f(10, "B")
    p.cell(0, 6, "PART II - PHYSICIAN'S REPORT (return within 10 days of first treatment)", new_x="LMARGIN",
           new_y="NEXT")
    p.capcells([("Dt first seen", "", W * 0.25, "B"), ("Diagnosis", "", W * 0.45, "B"),
                ("Able to work?", "[ ] yes  [ ] no", W * 0.3, "B")])
    p.capcells([("Treatment given", "", W * 0.7, "B"), ("Next visit", "", W * 0.3, "B")])
    p.capcells([("Physician's signature", "", W * 0.6, "B"), ("Date", "", W * 0.4, "B")])
    t = truth("other", None, insurer=INS, member_name=worker, cases=[auth, c, o],
              service_dates=[f"{appt.isoformat()}/{thru.isoformat()}"], denial_date=nd.isoformat(),
              provider=surgeon, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [center], "service_dates": [[appt.isoformat()]],
                          "case_numbers": [[c, o], [auth, c], [auth]]})
    return out(p), t


def phone_es(rng):
    worker, famdoc, sig = names(rng, "mfx", "es")
    pharm = "Farmacia Bahía Azul"
    emp = EMPLOYERS[2]
    c, o = claim_no(rng, "8"), owcp(rng)
    f1, f2 = dt.date(2026, 3, 3), dt.date(2026, 3, 31)
    rec = dt.date(2026, 4, rng.randint(13, 20))
    nd = workday(plus(rec, rng.randint(8, 12)))
    a1 = 93.20
    amt = round(a1 * 2, 2)
    rx = f"{digits(rng, 7)}"
    p = FDSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.right_head(INS, "Unidad de reclamos de la Ley Longshore (LHWCA)",
                 [f"PO Box {rng.randint(60000, 69999)}", "Pascagoula MS 39568", f"Tel. {phone(rng, '877')} (español)"])
    p.line(es_long(nd), 10)
    p.ln(2)
    y = p.get_y()
    end = p.address_left([worker, f"{rng.randint(100, 4999)} Calle Gaviota", "Brownsville TX 78521"], y)
    end2 = p.refblock([("Reclamo", c), ("Núm. OWCP", o), ("Empleador", emp),
                       ("Fechas de compra", f"{fdate(f1, 'slash')} y {fdate(f2, 'slash')}"),
                       ("Total pedido", cash(amt))], y=y, w=82,
                      cap_w=30)
    p.set_xy(p.l_margin, max(end, end2) + 4)
    p.para(f"Estimado señor {worker.split()[-1]}:", 10)
    p.para(f"Recibimos sus recibos de {pharm} y su pedido de que le devolvamos lo que pagó por dos compras del mismo "
           f"medicamento, el 3 de marzo y el 31 de marzo de 2026 (receta núm. {rx}), {cash(a1, 'es')} cada vez, "
           f"{cash(amt, 'es')} en total. La receta la escribió su médica de familia, la Dra. {famdoc}.", 10)
    p.para("No le vamos a devolver ese dinero. El medicamento es para la presión arterial. La lesión que aceptamos en "
           f"este reclamo es la de su rodilla derecha, del accidente en el muelle ({emp}). La ley obliga al "
           "empleador a pagar el tratamiento que pide la lesión del trabajo, y en los informes de su médico de la "
           "rodilla nada dice que la presión alta venga de esa lesión.", 10)
    p.para("Si su médico piensa que sí tiene relación, pídale que nos escriba y lo volveremos a ver. Si no está de "
           "acuerdo con esta carta, escríbanos dentro de 30 días contados desde la fecha de esta carta. También puede "
           "pedir al director de distrito del Departamento de Trabajo una conferencia informal.", 10)
    p.para(f"Atentamente,\n{sig}\nAjustador(a) de reclamos", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_name=worker, cases=[c, o], claim_amount=m2(amt),
              service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(), provider=pharm,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [famdoc], "case_numbers": [[c]]},
              denial_alternates=["other"])
    return out(p), t


def rotated_hearing(rng):
    worker, aud, sig = names(rng, "mxx")
    clinic = "Meridian Sound Audiology"
    emp = EMPLOYERS[2]
    c, o = claim_no(rng, "G"), owcp(rng)
    pol_start = dt.date(2026, 1, 1)
    last_day = dt.date(2025, 12, rng.randint(12, 19))
    fit = dt.date(2026, 4, rng.randint(20, 24))
    nd = workday(plus(fit, rng.randint(16, 22)))
    inv = f"INV-{digits(rng, 5)}"
    pol = f"WC-LH-{digits(rng, 7)}"
    aids = round(rng.choice([2475.0, 2610.0, 2398.0]), 2)
    fitting = 285.0
    molds = 120.0
    total = round(2 * aids + fitting + molds, 2)
    p = FDSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng)
    y = p.get_y()
    end = p.address_left([wd(nd), "", clinic, f"{rng.randint(1000, 8999)} Gulf Freeway, Suite 12",
                          "League City TX 77573"], y)
    end2 = p.refblock([("Our claim", c), ("DOL OWCP No.", o), ("Your invoice", inv), ("Employer", emp),
                       ("Employer's policy", pol)], y=y, w=78, cap_w=30)
    p.set_xy(p.l_margin, max(end, end2) + 4)
    p.parties([("Patient", worker, f"Hearing test of {fdate(plus(fit, -20), 'short')}"),
               ("Fitted by", f"{aud}, Au.D.", clinic)], cap_w=28)
    p.table(["Date", "Item", "Qty", "Charge"],
            [[fdate(fit, "short"), "Hearing aid, behind the ear, digital (V5257)", "2", cash(2 * aids, "nosign")],
             [fdate(fit, "short"), "Fitting and orientation (V5011)", "1", cash(fitting, "nosign")],
             [fdate(fit, "short"), "Earmold, each (V5264)", "2", cash(molds, "nosign")],
             ["", "Invoice total", "", cash(total, "nosign")]],
            [24, 100, 14, p.w - p.l_margin - p.r_margin - 138], size=8.8, aligns=["L", "L", "C", "R"], bold_last=True)
    p.para(f"We have your invoice for {worker}'s hearing aids. We are returning it unpaid.", 10)
    p.para(f"Hearing loss from noise is charged to the carrier that insured the employer on the last day the worker "
           f"was exposed to the noise at work. The employer's records show Mr. {worker.split()[-1]}'s last shift "
           f"around the cargo cranes and straddle carriers at {emp} was {fdate(last_day, 'long')}. Our policy for "
           f"{emp} started on {fdate(pol_start, 'long')}. On his last day of exposure the employer was insured by "
           "another carrier, and that carrier, not Gannet Shoal, answers for this loss. We have told the district "
           "office and the employer.", 10)
    p.para("The employee owes you nothing on this invoice while the claim is sorted out. If you have records showing "
           "exposure after our policy began, send them and ask us to look again within 60 days from the date at the "
           "top of this letter.", 10)
    p.para(f"{sig}\nLongshore Claims Unit", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_name=worker, cases=[c, o], claim_amount=m2(total),
              service_dates=[fit.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [aud], "plan_id": [pol], "case_numbers": [[c]]},
              denial_alternates=["other"])
    return out(p), t


def faxstd_stack(rng):
    worker, dc, dd, ce = names(rng, "xxxx")
    clinic = "Falk Family Chiropractic"
    emp = EMPLOYERS[0]
    c, o = claim_no(rng, "Z"), owcp(rng)
    visits = [dt.date(2026, 4, d) for d in (6, 8, 13)]
    xr = dt.date(2026, 4, 2)
    charges = [180.0, 180.0, 180.0]
    total = round(sum(charges), 2)
    nd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    p = FDSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.right_head(DOL, "Office of Workers' Compensation Programs - Division of Longshore and Harbor Workers' "
                      "Compensation", ["Houston District Office", f"Tel. {phone(rng, '713')}",
                                       "Please show the OWCP No. on all mail"], size=12)
    p.line(fdate(nd, "dmy"), 10)
    p.ln(2)
    y = p.get_y()
    end = p.address_left([f"{dc}, D.C.", clinic, f"{rng.randint(100, 990)} Spencer Hwy", "Pasadena TX 77504"], y)
    end2 = p.refblock([("OWCP No.", o), ("Employee", worker), ("Employer", emp),
                       ("Carrier", INS.replace(" Company", "")),
                       ("Carrier claim", c)], y=y, w=84, cap_w=26)
    p.set_xy(p.l_margin, max(end, end2) + 4)
    p.para(f"Dear Dr. {dc.split()[-1]}:", 10)
    p.para(f"You asked this office to have the carrier pay your bill for {worker}'s visits on "
           f"{', '.join(fdate(d, 'slash') for d in visits[:2])} and {fdate(visits[2], 'slash')}, "
           f"{cash(total, 'usd')} in all. The carrier sent us its reasons and your records.", 10)
    p.table(["Visit", "Services on your bill", "Charge"],
            [[fdate(d, "slash"), "Hot packs, massage, electrical stimulation (low back)", cash(a, "nosign")]
             for d, a in zip(visits, charges)], [30, 110, p.w - p.l_margin - p.r_margin - 140], size=8.8,
            aligns=["L", "L", "R"])
    p.para("Under the Act's regulations, a chiropractor is a physician only for treatment that consists of manual "
           "manipulation of the spine to correct a subluxation shown on X-ray. Your notes for the three visits show "
           f"heat, massage and electrical stimulation and no manipulation, and the X-ray report of "
           f"{fdate(xr, 'slash')} describes no subluxation. The carrier therefore does not have to pay for these "
           "services, and this office will not direct it to.", 10)
    p.para("If you or the employee disagree, you may ask for an informal conference with this office, and after that "
           "for a hearing before an administrative law judge. Please call the claims examiner named below.", 10)
    p.para(f"{dd}\nDistrict Director\nClaims examiner: {ce}\ncc: {worker}; {INS}", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=DOL, member_name=worker, cases=[o, c],
                         claim_amount=m2(total), service_dates=[d.isoformat() for d in visits],
                         denial_date=nd.isoformat(), provider=clinic, appeal_deadline=None,
                         alternates={"insurer": DOL_ALT, "provider": [dc], "case_numbers": [[o]]}))
    worker2, surgeon, sig = names(rng, "xxx")
    hosp = "Saltgrass Regional Medical Center"
    c2, o2 = claim_no(rng, "B"), owcp(rng)
    adm = dt.date(2026, 5, 12)
    dis = plus(adm, 1)
    nd2 = workday(plus(dis, rng.randint(21, 27)))
    total2 = round(rng.randint(17200, 19800) + rng.randint(1, 99) / 100, 2)
    night = 2180.00
    acct = f"{digits(rng, 9)}"
    bid = f"GSB-{digits(rng, 7)}"
    q = FDSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.line(fdate(nd2, "long"), 10)
    q.ln(2)
    y = q.get_y()
    end = q.address_left([hosp, "Patient Financial Services", f"{rng.randint(1000, 4999)} Bayshore Blvd",
                          "Texas City TX 77590"], y)
    end2 = q.refblock([("Claim", c2), ("OWCP No.", o2), ("Bill ID", bid), ("Hosp. acct", acct),
                       ("Admitted", fdate(adm, "slash")), ("Billed", cash(total2))], y=y, w=72,
                      cap_w=24)
    q.set_xy(q.l_margin, max(end, end2) + 4)
    q.para(f"Re: {worker2}, stay of {wd(adm).replace(', 2026', '')} thru {wd(dis)}", 10)
    q.para(f"Dr. {surgeon} did an arthroscopy of {worker2}'s right knee at your hospital and kept the patient "
           "overnight. We have paid the operating room, anesthesia, supplies and recovery room the way we pay a "
           "same-day (outpatient) surgery.", 10)
    q.para("We are not paying the room and board for the night, $2,180.00. A knee arthroscopy like this one is done as "
           "a same-day surgery, and the chart shows no problem in recovery - no bleeding, pain the pills controlled, "
           "walking with crutches by evening - that needed a hospital bed overnight.", 10)
    q.para("If you send records we did not see, we will look at the stay again. Ask us within 60 days of the date of "
           "this letter.", 10)
    q.para(f"{sig}\nHospital Bill Review, Longshore Claims Unit", 10)
    d_b = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_name=worker2, cases=[c2, o2, bid],
                         claim_amount=m2(total2), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
                         denial_date=nd2.isoformat(), provider=hosp, appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [surgeon], "claim_amount": [m2(night)],
                                     "case_numbers": [[c2, bid], [c2, o2], [c2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "bd_bill_review_statement_same_xray_billed_twice", "born_digital", [bd_review(rng)]),
        Item(F + "lowres_controversion_clerical_worker_er_bill", "scan_lowres_150", [lowres_controversion(rng)]),
        Item(F + "photocopy_therapy_after_mmi_visits_listed", "photocopy", [photocopy_pt(rng)]),
        Item(F + "finefax_ls1_style_authorization_hand_surgeon", "fax_fine_g4", [finefax_ls1(rng)]),
        Item(F + "phone_es_reembolso_farmacia_presion_arterial", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hearing_aids_carrier_not_on_the_risk", "rotated", [rotated_hearing(rng)]),
        Item(F + "faxstd_stack_cover_district_office_chiropractic_then_overnight_stay_upside_down", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", "duplex"], turns={(1, 0): 180}),
    ]
