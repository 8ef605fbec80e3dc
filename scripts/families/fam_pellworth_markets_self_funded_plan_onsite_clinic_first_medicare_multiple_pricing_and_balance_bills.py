"""An invented grocery chain's self-funded health plan with on-site clinics and reference-based pricing: the
Pellworth Markets Associate Health Plan, sponsored by Pellworth Markets, Inc. and run by the claims administrator
Ostrander Benefit Services, LLC, whose letterhead every plan paper carries. The plan has no network: it pays every
provider a set multiple of what Medicare would pay (160% for hospitals and surgery centers, 135% for doctors and
therapists, 120% for laboratories, 200% for ambulances); the Pellworth Associate Health Centers (on-site clinics at a
distribution center and a large store, run by the vendor Clearwell Onsite Health) see associates at no cost, and
under the plan's "Clinic First" rule a specialist visit, outside physical therapy or planned imaging is paid only
after a clinic clinician has referred the associate (associates living within 30 miles of a center); claims must
reach the administrator within 180 days of the service; a spouse must be added within 31 days of the marriage. Group
number 22104, plan ID ACP-500, member IDs "PWM" and eight digits with person codes in their own column, every
provider, hospital, laboratory, ambulance company, advocacy service, person, number, code, address (phones 555) and
every time limit are invented; CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_spouse_dermatology_no_clinic_referral_totals_on_page_two: a two-page explanation of benefits
  ("This is not a bill"; statement date "2026/03/09" in the box, "Monday, March 9, 2026" in the running header)
  grouped by claim with billed, Medicare rate, plan allows, deductible, coinsurance and plan paid; the on-site visit
  and a laboratory claim are paid, the husband's dermatology claim (two lines, "Rendering:" the doctor) pays 0.00
  under code CF1 explained only in the code list, with the totals row, year-to-date deductible and an EFT amount as
  decoys on page 2; "within 180 days of the date of this statement".
- faxstd_preservice_lumbar_mri_not_needed_nurse_and_medical_director: a standard-fax letter to the requesting
  orthopedist (values over small captions: request no., group and member number side by side with the prefix apart,
  "Requesting:" and "Servicing:" providers, request received "2026/03/09", planned date), the reason as "the
  information we received does not show" six weeks of therapy, a customer-service call reference as decoy, signed
  by a nurse reviewer and the plan's medical director; "within 180 days of the date of this letter".
- photocopy_two_column_letter_defending_medicare_multiple_payment_hospital_balance_bill: a photocopied two-column
  letter to an associate whose hospital billed her the balance after the plan paid 160% of Medicare for a knee
  operation (billed, Medicare rate, plan allows, plan paid, her share, the hospital's balance; a claim number and
  the approval number that look alike; an advocacy service's case number as decoy); the plan will not pay more;
  "within four months after the day you receive this letter" (nothing to count from).
- phone_es_carta_esposa_no_inscrita_laboratorio: a photographed Spanish letter to an associate about his wife's
  laboratory tests (the laboratory named only in the table row): she was added more than 31 days after the wedding;
  IDs only in a small running footer; "dentro de los 180 días siguientes a la fecha de esta carta".
- rotated_hospital_balance_bill_statement_after_plan_payment: the hospital's own statement to the associate, fed
  turned (a real bill; denies nothing): charges, the plan's payment, the balance due with a pay-by date, the
  insurance ID and group as the hospital prints them.
- lowres_ambulance_claim_filed_after_180_days_open_table: a 150 dpi letter on an ambulance company's claim for the
  associate's son, the lines in a table without rules and numbers set right (the company named in the table
  heading and in the prose), filed 197 days after the ride; what 200% of Medicare would have allowed as decoy;
  "no later than" a printed date.
- finefax_stack_doctor_office_cover_pt_clinic_first_then_paid_eob_upside_down: a fine-fax stack of an orthopaedic
  office's own fax cover page to the chain's benefits help desk, the plan's letter refusing outside physical therapy
  because no clinic clinician referred her (the on-site clinic offers therapy), and a two-page paid explanation of
  benefits for the office's consultation ("This is not a bill"; totals row on page 2, fed upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkf import with_surname
from kit_roundeh_famld import (EHSheet, dmy, es_date, fax_cover, iso, long, n2, people, phone, plus, short_wday,
                               slash, th, tollfree, usd, wday, workday, ymd)
from public_kit import digits, m2, out, truth

FAMILY = "pellworth_markets_self_funded_plan_onsite_clinic_first_medicare_multiple_pricing_and_balance_bills"
LANG = "en"
SEED = 355073
TPA = "Ostrander Benefit Services, LLC"
PLAN = "Pellworth Markets Associate Health Plan"
CHAIN = "Pellworth Markets, Inc."
TPA_ALT = ["Ostrander Benefit Services", "Ostrander", PLAN, "Pellworth Markets", CHAIN]
GROUP = "22104"
PLAN_ID = "ACP-500"
CLINIC = "Pellworth Associate Health Center"
DC = "Dunmore Distribution Center"
PO = "P.O. Box 7740, Harwick Falls, OH 43920"


def oh_address(rng):
    """An invented street address in a town near the chain's stores and distribution center."""
    town, z = rng.choice([("Harwick Falls", "43920"), ("Dunmore Station", "43938"), ("Glenhollow", "43781"),
                          ("New Tessaly", "43907"), ("Coalport Ridge", "43961"), ("Sparrow Mills", "43793")])
    street = rng.choice(["Creamery Rd", "W Market St", "Orchard Hill Dr Apt 3", "Tipple Ave", "Ferry St",
                         "Hollins Ct", "Ridge Rd Lot 12", "S Canal St", "Quarry Ln", "Poplar Ave"])
    return [f"{rng.randint(100, 3900)} {street}", f"{town}, OH {z}"]


def mid(rng):
    return f"PWM {digits(rng, 8)}"


def flat(s):
    return s.replace(" ", "")


def tpa_head(p, rng, box=None, unit="Claims"):
    p.head(TPA, "OBS", [f"Claims administrator for the {PLAN}, a self-funded plan of {CHAIN}",
                        f"{unit}  |  {PO}  |  {tollfree(rng)}  |  TTY 711  |  fax {phone(rng, '740')}"], box=box,
           size=12)


def rbp_ribbon(p):
    p.f(7.6)
    p.set_fill_color(235, 235, 235)
    p.multi_cell(0, 3.8, "The plan has no network. It pays every provider a set multiple of what Medicare pays for the "
                 "same service: hospitals and surgery centers 160%, doctors and therapists 135%, laboratories 120%, "
                 "ambulances 200%. Visits at a Pellworth Associate Health Center cost you nothing.", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(2)


def eob_pages(p, rng, groups_p1, groups_p2, totals, sd, assoc, member, addr, extra_rows=(), legend=(),
              appeal="", ytd=None, paid_line=None, summary=()):
    """Draw a two-page EOB: page 1 summary and the first claims, page 2 the remaining claims, the totals row and the
    code list."""
    tpa_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.addr_kv([assoc, *addr],
              [("Associate", assoc), ("Group no.", GROUP), ("Member ID", member), ("Plan ID", PLAN_ID),
               ("Statement date", ymd(sd))] + list(extra_rows), w=92, cap_w=30, size=8.8)
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    rbp_ribbon(p)
    W = p.w - p.l_margin - p.r_margin
    if summary:
        p.f(9.6, "B")
        p.cell(0, 5, "This statement in short", new_x="LMARGIN", new_y="NEXT")
        p.dotted(list(summary), size=9, w=W * 0.75)
    head = ["Date", "Service", "Billed", "Medicare rate", "Plan allows", "Deduct.", "Coins.", "Plan paid", "Code"]
    widths = [18, 58, 17, 17, 17, 15, 15, 17, W - 174]
    al = ["L", "L", "R", "R", "R", "R", "R", "R", "C"]
    if groups_p1:
        p.grouped_ledger(head, groups_p1, widths, al, size=7.6, row_h=4.6)
        p.f(8)
        p.cell(0, 4, "Your claims continue on page 2.", new_x="LMARGIN", new_y="NEXT")
    else:
        p.para("The claim this statement is about, what the plan allowed and what it paid are on page 2. Keep this "
               "statement with your medical papers.", 9.4)
    p.add_page()
    p.ln(2)
    p.grouped_ledger(head, groups_p2, widths, al, size=7.6, row_h=4.6, totals=totals)
    if paid_line:
        p.para(paid_line, 8.6)
    if ytd:
        p.dotted(ytd, size=8.8, w=W * 0.7)
    if legend:
        p.legend("Codes on this statement", list(legend), size=7.6)
    if appeal:
        p.heading("If you disagree", 10)
        p.para(appeal, 8.8)


def born_eob(rng):
    assoc, husb, derm, np_ = people(rng, 4, sexes="FMXF")
    husb = with_surname(husb, assoc.split()[-1])
    member = mid(rng)
    sd = workday(dt.date(2026, 3, rng.randint(9, 12)))
    v1 = dt.date(2026, 2, rng.randint(2, 6))
    lab_d = plus(v1, 1)
    dd = dt.date(2026, 2, rng.randint(16, 20))
    claims = [f"C26{digits(rng, 9)}" for _ in range(3)]
    lab = "Kestrel Diagnostic Laboratories"
    skin = "Amberly Skin & Laser Associates"
    # on-site visit
    g1 = {"head": f"Claim {claims[0]}  |  {assoc}, person 01  |  {CLINIC}, Dunmore DC",
          "rows": [[slash(v1), "99213 Office visit, established", "145.00", "92.18", "145.00", "0.00", "0.00",
                    "145.00", "OS0"], ["", f"Rendering: {np_}, NP", "", "", "", "", "", "", ""]],
          "sub": ["", "Claim total", "145.00", "", "", "", "", "145.00", ""]}
    lab_rows = [("80053 Metabolic panel", 168.00, 10.56), ("85025 Blood count", 94.00, 7.77),
                ("83036 Hemoglobin A1c", 150.00, 9.71)]
    lr, lt = [], [0.0] * 4
    for s, b, m in lab_rows:
        al = round(m * 1.2, 2)
        lr.append([slash(lab_d), s, n2(b), n2(m), n2(al), n2(al), "0.00", "0.00", "RB1"])
        lt = [lt[0] + b, lt[1] + m, lt[2] + al, lt[3] + al]
    g2 = {"head": f"Claim {claims[1]}  |  {assoc}, person 01  |  {lab}", "rows": lr,
          "sub": ["", "Claim total", n2(lt[0]), n2(lt[1]), n2(lt[2]), n2(lt[2]), "0.00", "0.00", ""]}
    d_lines = [("99204 New patient visit", 318.00, 167.44), ("11102 Skin biopsy, first lesion", 264.00, 101.57)]
    drows = [[slash(dd), s, n2(b), n2(m), "0.00", "0.00", "0.00", "0.00", "CF1"] for s, b, m in d_lines]
    d_tot = round(sum(b for _, b, _ in d_lines), 2)
    g3 = {"head": f"Claim {claims[2]}  |  {husb}, person 02  |  {skin}",
          "rows": drows + [["", f"Rendering: Dr. {derm}", "", "", "", "", "", "", ""]],
          "sub": ["", "Claim total", n2(d_tot), n2(sum(m for _, _, m in d_lines)), "0.00", "0.00", "0.00", "0.00",
                  ""]}
    tb = 145.00 + lt[0] + d_tot
    totals = ["", "Statement totals (3 claims)", n2(tb), "", n2(145.00 + lt[2]), n2(lt[2]), "0.00", "145.00", ""]
    p = EHSheet(footer="Page {n} of {nb}", footer_left="OBS-EOB3 (rev. 09/2025)",
                every=f"{wday(sd)}  |  {assoc}  |  Member ID {member}")
    p.set_margins(15, 15, 15)
    p.add_page()
    eob_pages(p, rng, [g1, g2], [g3], totals, sd, assoc, member, oh_address(rng),
              extra_rows=[("Claims period", "02/01/2026 - 02/28/2026")],
              summary=[("Providers billed", usd(tb)), ("The plan paid", "$145.00"),
                       ("Your share (your providers may bill you for it)", usd(lt[2]))],
              paid_line=f"Paid to {CLINIC} by electronic transfer on {ymd(plus(sd, 2))}: $145.00. Nothing was paid to "
                        f"{lab}; its allowed amount went to your deductible.",
              ytd=[("Deductible met so far in 2026 (individual)", f"{usd(lt[2] + 486.10)} of $1,500.00"),
                   ("Out-of-pocket met so far in 2026", f"{usd(lt[2] + 486.10)} of $4,000.00")],
              legend=[("OS0", "On-site clinic visit: paid in full, nothing for you to pay."),
                      ("RB1", "Allowed at the plan's multiple of the Medicare rate (120% for laboratories)."),
                      ("CF1", f"The plan pays a specialist visit only after a clinician at a {CLINIC} has referred "
                              "the patient, when the associate lives within 30 miles of a center. We have no referral "
                              "on file for this visit. If a clinic clinician did refer the patient, ask the clinic to "
                              "send us the referral and we will look at the claim again."),
                      ("DED", "Applied to your deductible.")],
              appeal=f"You may appeal any decision on this statement within 180 days of the date of this statement. "
                     f"Write to Appeals, {TPA}, {PO}, and give the claim number. For example, a claim allowed at "
                     "$100.00 with a $20.00 coinsurance would show $80.00 as plan paid; if you think a number here "
                     "is wrong, tell us which.")
    t = truth("eob", "prior_authorization", insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=flat(member),
              member_name=husb, cases=[claims[2]], claim_amount=m2(d_tot), service_dates=[iso(dd)],
              denial_date=iso(sd), provider=skin, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TPA_ALT, "member_id": [member[4:]], "provider": [f"Dr. {derm}", derm]})
    return out(p), t


def faxstd_mri(rng):
    assoc, ortho, nurse, md = people(rng, 4, sexes="MXFM")
    member = mid(rng)
    req = f"AR-2603{digits(rng, 2)}-0{digits(rng, 3)}"
    rcvd = dt.date(2026, 3, 9)
    ld = workday(dt.date(2026, 3, rng.randint(11, 13)))
    planned = plus(ld, rng.randint(6, 9))
    img = "Harwick Open MRI & Imaging"
    ortho_pr = "Tri-County Orthopaedics"
    fax = (f"{ld:%m/%d/%Y} {rng.randint(13, 16)}:{rng.randint(10, 59)}  OSTRANDER UM  {phone(rng, '740')}  ->  "
           f"{phone(rng, '740')}  PAGE {{n}}")
    p = EHSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="OBS-UM2 (rev. 09/2025)")
    p.set_margins(16, 15, 16)
    p.add_page()
    tpa_head(p, rng, box="REQUEST DECISION", unit="Utilization Management")
    W = p.w - p.l_margin - p.r_margin
    p.under([(dmy(ld), "Date"), (req, "Request no."), (GROUP, "Group no."), (member, "Member ID")],
            widths=[W * 0.2, W * 0.3, W * 0.2, W * 0.3], size=10.4, cap=7)
    p.under([(assoc, "Patient (person 01)"), (ymd(rcvd), "Request received"), (slash(planned), "Planned date")],
            widths=[W * 0.42, W * 0.3, W * 0.28], size=10.4, cap=7)
    p.under([("72148 MRI lumbar spine without contrast", "Service requested")], widths=[W], size=10.4, cap=7)
    p.pairs([("Requesting:", f"Dr. {ortho}, {ortho_pr}"), ("Servicing:", f"{img}, Harwick Falls")], label_w=28,
            size=10.4, h=5.6)
    p.ln(2)
    p.para(f"To Dr. {ortho}:", 10.6)
    p.para(f"You asked the plan to approve an MRI of the lower back for {assoc}. We cannot approve it. Our nurse "
           "reviewer and the plan's medical director read your request and the office notes you sent.", 10.6)
    p.para("The information we received does not show that the patient has tried six weeks of physical therapy or a "
           "guided home exercise program for this back pain, and it does not show weakness, numbness that is "
           "spreading, a loss of bladder or bowel control, a fever or a history of cancer. Without one of these, an "
           "MRI is not needed yet under the plan's imaging guideline (OBS-IG-14, which we will send free on request).",
           10.6)
    p.para(f"Physical therapy is available at no cost at the {CLINIC} at the {DC}. If the pain does not improve after "
           "six weeks, or if any of the warning signs appears, send us a new request.", 10.6)
    p.para(f"The patient or you may appeal within 180 days of the date of this letter. An urgent appeal is decided "
           f"within 72 hours. You may also ask to speak with the medical director: call {tollfree(rng)} (your call of "
           f"{slash(rcvd)} has reference 55{digits(rng, 2)}-{digits(rng, 4)}).", 10)
    p.two_signers([nurse + ", RN", "Nurse reviewer"], [f"Dr. {md}", f"Medical Director, {PLAN}"], size=9.8)
    p.para(f"Copy: {assoc}; {img}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=TPA, group=GROUP, member_id=flat(member),
              member_name=assoc, cases=[req], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=f"Dr. {ortho}", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TPA_ALT, "member_id": [member[4:]],
                          "provider": [ortho, ortho_pr, img], "service_dates": [[]]})
    return out(p), t


def photocopy_defend(rng):
    assoc, surg, sig = people(rng, 3, sexes="FXX")
    member = mid(rng)
    core = digits(rng, 7)
    claim = f"C{core}-0{digits(rng, 3)}"
    appr = f"A{core}-0{digits(rng, 2)}"
    adv = f"BW-{digits(rng, 6)}"
    surg_d = dt.date(2026, 1, rng.randint(26, 30))
    bill_d = dt.date(2026, 4, rng.randint(1, 3))
    ld = workday(dt.date(2026, 4, rng.randint(20, 23)))
    billed = 38412.60
    med = 7140.22
    allowed = round(med * 1.6, 2)
    share = round(allowed * 0.1, 2)
    paid = round(allowed - share, 2)
    balance = round(billed - allowed, 2)
    hosp = "Sutterfield Regional Hospital"
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"Mailed {slash(ld)}  |  OBS-L41 (rev. 09/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, unit="Member Advocacy")
    p.line(long(ld), 10)
    p.ln(2)
    for ln in [assoc, *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.f(10.4, "B")
    p.cell(0, 5.4, f"About {hosp}'s bill for your knee operation of {th(surg_d)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.facts_right([("Member ID", member), ("Group no.", GROUP), ("Claim no.", claim), ("Approval no.", appr),
                   ("Date of surgery", slash(surg_d)), ("Hospital billed", usd(billed)), ("Medicare rate", usd(med)),
                   ("Plan allows (160%)", usd(allowed)), ("Plan paid", usd(paid)), ("Your share", usd(share)),
                   ("Hospital's balance bill", usd(balance))],
                  [f"Dear {assoc}:",
                   f"You sent us the statement {hosp} mailed you on {long(bill_d)}, which asks you to pay "
                   f"{usd(billed - paid)} for the arthroscopy of your right knee. Thank you for sending it before "
                   "you paid anything.",
                   f"The plan approved the operation beforehand (approval {appr}) and paid the hospital's claim "
                   f"{claim} in full under the plan's rules. Your plan has no network and no contracts with "
                   "hospitals. Instead, it pays every hospital 160% of what Medicare pays the same hospital for the "
                   f"same operation. Medicare's rate for this operation at {hosp} is {usd(med)}, so the plan allowed "
                   f"{usd(allowed)}. After your coinsurance of {usd(share)}, the plan paid {usd(paid)}.",
                   "We checked the claim again when your letter came. The codes on it match the operation note "
                   f"signed by Dr. {surg}, the Medicare rate is the one for 2026, and nothing was left out. "
                   "**The plan will not pay more than it has paid.** The rest of the hospital's charge is above "
                   "what the plan allows for this operation.",
                   "What you owe under the plan is your coinsurance. We have asked Bridgeway Member Advocates, who "
                   "work for the plan, to talk to the hospital about the balance for you; their case number is "
                   f"{adv}. Please do not pay the balance while they do so, and send us any letter from a collection "
                   "agency."], side_w=64, size=9.4, title="The numbers")
    p.columns([("If you disagree",
                "You may appeal within four months after the day you receive this letter. Write to Appeals, "
                f"{TPA}, {PO}. Send anything that shows the claim was paid wrongly.")],
              [("Who we are",
                f"{TPA} handles claims for the {PLAN}. {CHAIN} pays the claims from its own funds; it is not "
                "insurance.")], size=9)
    p.signoff(["Sincerely,", sig, "Member advocate"], 9.6)
    t = truth("denial_letter", "other", insurer=TPA, group=GROUP, member_id=flat(member), member_name=assoc,
              cases=[claim, appr], claim_amount=m2(billed), service_dates=[iso(surg_d)], denial_date=iso(ld),
              provider=hosp,
              alternates={"insurer": TPA_ALT, "member_id": [member[4:]], "case_numbers": [[claim]],
                          "provider": [f"Dr. {surg}", surg]},
              denial_alternates=["not_covered", "out_of_network"])
    return out(p), t


def phone_es(rng):
    assoc, wife = people(rng, 2, es=True, sexes="MF")
    wife = with_surname(wife, assoc.split()[-1])
    (sig,) = people(rng, 1, sexes="F")
    member = mid(rng)
    claim = f"C26{digits(rng, 9)}"
    wed = dt.date(2026, 1, rng.randint(9, 12))
    form = plus(wed, rng.randint(44, 50))
    dos = plus(wed, rng.randint(20, 26))
    ld = workday(dt.date(2026, 3, rng.randint(16, 19)))
    lab = "Laboratorio Clínico Alameda"
    lines = [("80061 Perfil de lípidos", 142.00), ("84443 Tiroides (TSH)", 126.00), ("82306 Vitamina D", 118.00)]
    tot = round(sum(b for _, b in lines), 2)
    p = EHSheet(footer="Página {n} de {nb}",
                footer_left=f"Grupo {GROUP}  ·  Asociado {member}  ·  Reclamo {claim}  ·  OBS-S7 (rev. 09/2025)")
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng, unit="Servicios al asociado (línea en español)")
    p.line(es_date(ld), 10, "B")
    p.ln(2)
    for ln in [f"Sr. {assoc}", *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Los análisis de laboratorio de su esposa", 12)
    p.para(f"Estimado señor {assoc.split()[-1]}:", 10)
    p.para(f"Recibimos un reclamo por los análisis que le hicieron a su esposa, {wife}, el {es_date(dos)}. El "
           "laboratorio cobró lo siguiente:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Laboratorio", "Análisis", "Cargo"],
            [[slash(dos), lab if i == 0 else "", s, f"$ {b:,.2f}"] for i, (s, b) in enumerate(lines)] +
            [["", "", "Total", f"$ {tot:,.2f}"]], [W * 0.16, W * 0.3, W * 0.36, W * 0.18], size=9,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("**El plan no pagará este reclamo.** Su esposa no estaba inscrita en el plan el día de los análisis. "
           f"Ustedes se casaron el {es_date(wed)}, y el plan permite agregar a un cónyuge dentro de los 31 días "
           f"siguientes a la boda. Su formulario para agregarla llegó a Pellworth el {es_date(form)}, cuando ese plazo "
           "ya había pasado. Por eso no aparece en el plan y no podemos pagar su atención.", 10)
    p.para("Puede agregarla en la próxima inscripción abierta, en noviembre, para que tenga cobertura desde el 1 de "
           "enero. Si ella pierde otro seguro antes, puede agregarla dentro de los 31 días siguientes.", 10)
    p.para("**Si no está de acuerdo**, puede apelar dentro de los 180 días siguientes a la fecha de esta carta. "
           f"Escriba a Apelaciones, {TPA}, {PO}, o llame a la línea en español.", 10)
    p.signoff(["Atentamente,", sig, "Servicios al asociado"], 9.8)
    t = truth("denial_letter", "eligibility", insurer=TPA, group=GROUP, member_id=flat(member), member_name=wife,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=lab,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": TPA_ALT, "member_id": [member[4:], None]})
    return out(p), t


def rotated_bill(rng):
    assoc, surg = people(rng, 2, sexes="FX")
    member = mid(rng)
    acct = f"SRH{digits(rng, 8)}"
    surg_d = dt.date(2026, 1, rng.randint(26, 30))
    sd = dt.date(2026, 4, rng.randint(1, 3))
    due = plus(sd, 25)
    billed = 38412.60
    paid = round(round(7140.22 * 1.6, 2) * 0.9, 2)
    bal = round(billed - paid, 2)
    hosp = "Sutterfield Regional Hospital"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="Questions about this statement? Patient Financial Services "
                                                      f"{phone(rng, '740')}, weekdays 8-5")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(hosp, "SRH", ["Patient Financial Services  |  1900 Valley Pike, Harwick Falls, OH 43920",
                         "Pay online, by phone or by mail  |  we accept all major cards"], box="PATIENT STATEMENT",
           size=12.5)
    p.addr_kv([assoc, *oh_address(rng)],
              [("Statement date", long(sd)), ("Account no.", acct), ("Patient", assoc), ("Guarantor", assoc),
               ("Amount due", usd(bal)), ("Pay by", slash(due))], w=90, cap_w=30)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Description", "Amount"],
            [[slash(surg_d), "Outpatient surgery, right knee arthroscopy (Dr. " + surg + ")", n2(billed)],
             [slash(plus(surg_d, 40)), f"Payment - {PLAN}", f"-{n2(paid)}"],
             ["", "Balance due from you", n2(bal)]], [W * 0.16, W * 0.64, W * 0.2], size=9.4,
            aligns=["L", "L", "R"], bold_last=True)
    p.heading("Insurance on file", 10)
    p.pairs([("Plan", f"{PLAN} (claims: {TPA})"), ("Ins. ID", member), ("Group", GROUP)], label_w=24, size=9.4, h=5)
    p.ln(2)
    p.para("Your insurance has paid what it will pay on this visit. The balance is now your responsibility. If you "
           "cannot pay it all by the date above, call us to set up a payment plan or to ask for financial "
           "assistance.", 9.8)
    p.tear_slip("Return this part with your payment", [
        [("Account no.", acct), ("Statement date", slash(sd)), ("Amount due", usd(bal))],
        [("Patient", assoc), ("Pay by", slash(due)), ("Amount enclosed", "")]])
    t = truth("other", None, insurer=None, group=GROUP, member_id=flat(member), member_name=assoc,
              claim_amount=m2(billed), service_dates=[iso(surg_d)], denial_date=iso(sd), provider=hosp,
              alternates={"member_id": [member[4:]], "provider": [f"Dr. {surg}", surg], "claim_amount": [m2(bal)]},
              unscored=["insurer"])
    return out(p), t


def lowres_ambulance(rng):
    assoc, son, sig = people(rng, 3, sexes="MMX")
    son = with_surname(son, assoc.split()[-1])
    member = mid(rng)
    claim = f"C26{digits(rng, 9)}"
    ride = dt.date(2026, 1, rng.randint(5, 8))
    rcvd = plus(ride, 197)
    ld = workday(plus(rcvd, rng.randint(6, 8)))
    by = plus(ld, 60)
    amb = "Brightwater Ambulance Service"
    miles = 14
    lines = [("A0427", "Ambulance, advanced life support, emergency", "1", 1850.00, 512.34),
             ("A0425", "Ground mileage, per statute mile", str(miles), 32.00 * miles, 8.61 * miles)]
    tot = round(sum(b for *_, b, _ in lines), 2)
    med_tot = round(sum(m for *_, m in lines), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left="OBS-L18 (rev. 09/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng)
    p.line(f"Notice date: {slash(ld)}", 10, "B")
    p.ln(2)
    p.addr_right([assoc, *oh_address(rng)],
                 [("Associate", assoc), ("Patient", f"{son} (person 03)"), ("Group no.", GROUP),
                  ("Member ID", member), ("Claim no.", claim), ("Claim received", ymd(rcvd))], cap_w=30)
    p.para(f"Dear {assoc}:", 10)
    p.para(f"We received a claim for the ambulance ride your son took on {th(ride)}. These are the lines on it:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.f(9, "B")
    p.cell(0, 5, f"{amb}  -  date of service {slash(ride)}", new_x="LMARGIN", new_y="NEXT")
    p.open_table(["Code", "Description", "Units", "Charge"],
                 [[c, d, u, n2(b)] for c, d, u, b, _ in lines], [20, 100, 18, W - 138],
                 aligns=["L", "L", "R", "R"], size=9.2, totals=["", "Total charge", "", n2(tot)])
    p.para(f"**The plan cannot pay this claim.** A claim must reach us within 180 days of the date of service. The "
           f"ride was on {long(ride)} and the claim came on {long(rcvd)}, {(rcvd - ride).days} days later. Had it "
           f"come in time, the plan would have allowed 200% of Medicare's rate, {usd(round(med_tot * 2, 2))}.", 10)
    p.para(f"{amb} should not bill you for a claim it sent too late, except for the part you would have paid "
           "anyway. If the company sent the claim on time to the wrong address and can show it, ask it to send us "
           "that proof.", 10)
    p.para(f"If you think we are wrong, your appeal must reach us no later than {long(by)}. Write to Appeals, {TPA}, "
           f"{PO}.", 10)
    p.signoff(["Sincerely,", sig, "Claims Department"], 9.6)
    t = truth("denial_letter", "timely_filing", insurer=TPA, group=GROUP, member_id=flat(member), member_name=son,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(ride)], denial_date=iso(ld), provider=amb,
              appeal_deadline=iso(by), alternates={"insurer": TPA_ALT, "member_id": [member[4:]]})
    return out(p), t


def finefax_stack(rng):
    assoc, ortho, pt, coord, office = people(rng, 5, sexes="FXXFX")
    member = mid(rng)
    home = oh_address(rng)
    office_name = "Ridgeway Orthopaedic & Sports Therapy"
    cons = dt.date(2026, 3, rng.randint(2, 6))
    pt_start = plus(cons, rng.randint(7, 9))
    pt_dates = [plus(pt_start, d) for d in (0, 2, 7, 9)]
    ld = workday(plus(pt_dates[-1], rng.randint(12, 16)))
    sd = workday(plus(cons, rng.randint(16, 20)))
    cover = fax_cover(office_name, ["Suite 300, 44 Ridgeway Commons, Harwick Falls, OH 43920",
                                    f"Phone {phone(rng, '740')}  |  Fax {phone(rng, '740')}"],
                      [("To:", "Pellworth People Services - Benefits help desk"),
                       ("Fax:", phone(rng, '740')), ("From:", f"{office}, billing"),
                       ("Date:", slash(plus(ld, 3))), ("Pages:", "4 including this one"),
                       ("Re:", f"our patient {assoc}")],
                      "Attached are the plan's letter refusing her therapy visits and the plan's statement for her "
                      "first visit with us. She works at your Dunmore site. Can someone at Pellworth help her with "
                      "the Clinic First referral? Thank you.")
    # document 1: refusal of outside physical therapy
    claim = f"C26{digits(rng, 9)}"
    per = 186.00
    tot = round(per * len(pt_dates), 2)
    a = EHSheet(footer="Page {n} of {nb}", footer_left=f"OBS-CF2 (rev. 09/2025)  |  claim {claim}")
    a.set_margins(17, 15, 17)
    a.add_page()
    tpa_head(a, rng, unit="Clinic First desk")
    a.line(th(ld), 10)
    a.ln(2)
    a.addr_kv([assoc, *home],
              [("Letter date", slash(ld)), ("Claim no.", claim), ("Group / Member", f"{GROUP} / {member}"),
               ("Patient", f"{assoc}, person 01"), ("Therapist", f"{pt}, PT"), ("Billed", usd(tot))],
              w=96, cap_w=30, size=8.8)
    a.para(f"Dear {assoc}:", 10)
    a.para(f"{office_name} sent us a claim for four physical therapy visits on "
           f"{', '.join(slash(d) for d in pt_dates)}. Each visit was billed at {usd(per)}.", 10)
    a.para(f"**The plan will not pay these visits.** You live within 30 miles of the {CLINIC} at the {DC}, so the "
           "plan's Clinic First rule applies to you: physical therapy outside the center is paid only when a clinic "
           "clinician has referred you to it. We have no referral from the center for this therapy. The center's "
           "own therapists see associates at no cost.", 10)
    a.para("If a clinic clinician referred you before the first visit, ask the center to send us the referral and we "
           "will pay the claim. For more visits, book a Clinic First visit first; the clinic can refer you to "
           f"{office_name} if its therapists cannot help.", 10)
    a.para("You may appeal within 180 days of the date of this letter. Write to Appeals at the address above.", 10)
    a.signoff(["Sincerely,", coord, "Clinic First coordinator"], 9.6)
    d_a = (out(a), truth("denial_letter", "prior_authorization", insurer=TPA, group=GROUP, member_id=flat(member),
                         member_name=assoc, cases=[claim], claim_amount=m2(tot),
                         service_dates=[iso(d) for d in pt_dates], denial_date=iso(ld), provider=office_name,
                         appeal_deadline=iso(plus(ld, 180)),
                         alternates={"insurer": TPA_ALT, "member_id": [member[4:]],
                                     "provider": [f"{pt}, PT", pt]}))
    # document 2: the paid EOB for the consultation, two pages
    c2 = f"C26{digits(rng, 9)}"
    rows = [("99204 New patient visit", 352.00, 167.44), ("73562 X-ray knee, 3 views", 148.00, 41.26)]
    rr, tb, ta, tp = [], 0.0, 0.0, 0.0
    for s, b, m in rows:
        al = round(m * 1.35, 2)
        co = round(al * 0.2, 2)
        rr.append([slash(cons), s, n2(b), n2(m), n2(al), "0.00", n2(co), n2(round(al - co, 2)), "RB2"])
        tb, ta, tp = tb + b, ta + al, tp + round(al - co, 2)
    g = {"head": f"Claim {c2}  |  {assoc}, person 01  |  {office_name}",
         "rows": rr + [["", f"Rendering: Dr. {ortho}", "", "", "", "", "", "", ""]],
         "sub": ["", "Claim total", n2(tb), "", n2(ta), "0.00", n2(round(ta - tp, 2)), n2(tp), ""]}
    b = EHSheet(footer="Page {n} of {nb}", footer_left="OBS-EOB3 (rev. 09/2025)",
                every=f"{wday(sd)}  |  {assoc}  |  Member ID {member}")
    b.set_margins(15, 15, 15)
    b.add_page()
    eob_pages(b, rng, [], [g], ["", "Statement totals (1 claim)", n2(tb), "", n2(ta), "0.00", n2(round(ta - tp, 2)),
                               n2(tp), ""], sd, assoc, member, home,
              summary=[("Providers billed", usd(tb)), ("The plan paid", usd(tp)),
                       ("Your share (your providers may bill you for it)", usd(round(ta - tp, 2)))],
              paid_line=f"Paid to {office_name} by check no. {digits(rng, 8)} on {short_wday(plus(sd, 2))}: "
                        f"{usd(tp)}.",
              ytd=[("Deductible met so far in 2026 (individual)", "$1,500.00 of $1,500.00")],
              legend=[("RB2", "Allowed at 135% of the Medicare rate for a doctor's services; you pay 20% coinsurance "
                              "after the deductible.")],
              appeal=f"You may appeal within 180 days of the date of this statement. Write to Appeals, {TPA}, {PO}.")
    d_b = (out(b), truth("eob", None, insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=flat(member),
                         member_name=assoc, cases=[c2], claim_amount=m2(tb), service_dates=[iso(cons)],
                         denial_date=iso(sd), provider=office_name,
                         alternates={"insurer": TPA_ALT, "member_id": [member[4:]],
                                     "provider": [f"Dr. {ortho}", ortho],
                                     "appeal_deadline": [iso(plus(sd, 180))]}))
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_spouse_dermatology_no_clinic_referral_totals_on_page_two", "born_digital",
             [born_eob(rng)]),
        Item(F + "faxstd_preservice_lumbar_mri_not_needed_nurse_and_medical_director", "fax_standard_g4",
             [faxstd_mri(rng)]),
        Item(F + "photocopy_two_column_letter_defending_medicare_multiple_payment_hospital_balance_bill", "photocopy",
             [photocopy_defend(rng)]),
        Item(F + "phone_es_carta_esposa_no_inscrita_laboratorio", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_balance_bill_statement_after_plan_payment", "rotated", [rotated_bill(rng)]),
        Item(F + "lowres_ambulance_claim_filed_after_180_days_open_table", "scan_lowres_150", [lowres_ambulance(rng)]),
    ]
    docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_doctor_office_cover_pt_clinic_first_then_paid_eob_upside_down",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(1, 1): 180}))
    return items
