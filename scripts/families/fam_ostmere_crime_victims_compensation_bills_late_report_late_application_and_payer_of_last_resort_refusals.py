"""A state crime victim compensation program paying a victim's medical and dental bills, mirrored (structure and
plain wording style only) from the papers such programs mail to victims, parents and the providers who bill them:
the program pays as the payer of last resort after health insurance, Medicaid, auto insurance and other collateral
sources, pays providers at its own fee schedule (the provider may not bill the victim for the rest), keeps a
maximum for medical and dental care, and refuses a claim when the crime was not reported to law enforcement in
time, when the application came in after the filing period, when the victim's own conduct brought about the
injury, or a bill when the care was not for an injury the crime caused. The state (the State of Ostmere, postal
code OM), its Crime Victims Compensation Board, the 72-hour report rule, the one-year filing period, the $25,000.00
maximum, the 45-day reconsideration period, the state's children's health program, every hospital, practice,
pharmacy, ambulance service, insurer, police department, person, number, code and address are invented (phones
555); CPT, HCPCS and CDT codes appear as themselves. Victim numbers are "OCV" + eight digits printed with the
prefix apart ("OCV  48213907"), claim numbers "C26-" + six digits, bill numbers "BL" + seven digits, award numbers
"A26-" + six digits (they look like claim numbers). No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_statement_pharmacy_refill_code_r7_on_back: a two-page benefit payment statement to the
  victim ("THIS IS NOT A BILL", "14-Apr-2026", the victim number's prefix apart, tiles for the maximum, paid
  before, paid now and still available, an example "a $100.00 charge" in the boilerplate) whose unruled table with
  right-aligned money runs onto page 2 where the totals row and the codes stand; one line of a pharmacy's
  three-line bill (a cholesterol refill) pays 0.00 under R7, told only in the code list; "within 45 days of the
  statement date".
- faxstd_stack_hospital_transmittal_late_application_sideways_then_statement: a standard-fax stack
  of a hospital billing office's fax transmittal sheet (its own fax and phone numbers, "Number of pages (including
  cover)", a boxed confidentiality notice), the Board's two-page bill decision to the hospital ("2026/05/12", the
  claim decided on an earlier date, page 2 fed sideways with a narrow "Charges" column whose amount wraps under its
  caption; "no later than June 26, 2026") refusing a 2026 surgery because the application came more than a year
  after the crime of 2025, and the hospital's own statement asking the patient for the whole amount (a real bill;
  denies nothing).
- phone_es_dentista_primero_medicaid_infantil_hijo: a photographed Spanish letter to a mother about her son's root
  canal and crown after a tooth was broken in an assault: the dentist must bill the child's state health program
  first (payer of last resort); the child's health program number and a phone call's reference as decoys ("9 de
  abril de 2026"; "dentro de 45 días a partir de la fecha de esta carta").
- scanclean_three_pages_police_report_after_72_hours: a clean-scan three-page decision to a
  victim ("May 6th, 2026", the IDs and "Notice mailed 05/06/2026" in a small running footer), page 2 the hospital
  stay's bill with the doctor only after "Attending:" ("from March 28 through March 31, 2026"), page 3 the reason
  ("The information we received does not show that ... reported ... within 72 hours"), signed by the claims
  specialist and the program director, with a nondiscrimination notice and taglines; only "within 45 calendar days
  of the date you receive this notice" (nothing to count from).
- photocopy_two_column_own_conduct_buried_reason: a photocopied letter set in two newspaper columns under a shaded
  strip of facts ("Tuesday, June 2, 2026", the police report number as a decoy) whose reason (the victim struck
  first and kept fighting) is one sentence in a long paragraph; "no later than July 17, 2026".
- rotated_award_notice_dentist_fee_schedule_amount: an award notice to a dental office fed turned (the award number,
  which looks like the claim number, only in the subject line; "Received 03.16.2026"; billed, fee schedule and the
  amount the Board will pay in an award panel; denies nothing; "within 45 days of the date of this notice").
- lowres_provider_form_ambulance_auto_insurer_first: a 150 dpi provider copy of ruled boxes with small captions over
  the values sent to an ambulance service: a pedestrian hit by a drunk driver; the driver's auto insurer must be
  billed first (the auto claim number, the victim's health plan member and group numbers side by side, and the
  crew's paramedic as decoys; "within 45 days of the decision date").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famja import (JASheet, billing_fax, digits, dmy_dash, es_date, iso, long, mdy_dots, n2, om_address,
                               ord_long, people, phone, plus, slash, split_name, tollfree, usd, wday_long, ymd_slash)
from public_kit import m2, out, truth

FAMILY = "ostmere_crime_victims_compensation_bills_late_report_late_application_and_payer_of_last_resort_refusals"
LANG = "en"
SEED = 354990
BOARD = "Ostmere Crime Victims Compensation Board"
ALT = ["Crime Victims Compensation Board", "Ostmere Crime Victims Compensation Program",
       "Crime Victims Compensation Program", "State of Ostmere Crime Victims Compensation Board",
       "State of Ostmere"]
MAXIMUM = 25000.00
ADDR = "P.O. Box 4417, Kellbridge, OM 58102-4417"


def victim_no(rng):
    return digits(rng, 8)


def claim_no(rng):
    return f"C26-{digits(rng, 6)}"


def bill_no(rng):
    return f"BL{digits(rng, 7)}"


def head(p, rng, box=None, es=False):
    lines = ([f"Estado de Ostmere  |  Programa de Compensación a Víctimas de Delitos  |  {ADDR}",
              f"Línea de reclamos {tollfree(rng)}  |  Fax {phone(rng)}  |  TTY 711"] if es else
             [f"State of Ostmere  |  Crime Victims Compensation Program  |  {ADDR}",
              f"Claims line {tollfree(rng)}  |  Fax {phone(rng)}  |  TTY 711"])
    p.head(BOARD, "CVC", lines, box=box, size=12.4)


def vid(num):
    """member_id truth and its alternate: the prefix and the number joined, the number alone accepted."""
    return "OCV" + num, {"member_id": ["OCV" + num, num]}


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    vic, = people(rng, 1, sexes="F")
    num, clm = victim_no(rng), claim_no(rng)
    crime = dt.date(2026, 1, 18)
    sd = dt.date(2026, 4, 14)
    HOSP, ERP, AMB, IMG, PH = ("Marsh Tolley General Hospital", "Saltings Emergency Physicians, PC",
                               "Wenlow County EMS", "Harrowby Imaging Center", "Cordwainer Street Pharmacy")
    CLIN, CNS = "Little Wenlow Family Clinic", "Quiet Harbour Counseling, LLC"
    bills = [  # (provider, [(date, item, billed, other paid, allowed, code)])
        (HOSP, [(crime, "Emergency department, level 5", 4812.60, 3120.00, 1418.35, "P1")]),
        (ERP, [(crime, "99285 Emergency visit", 968.00, 612.40, 301.10, "P1"),
               (crime, "12032 Layered wound repair", 644.00, 410.75, 188.60, "P1")]),
        (AMB, [(crime, "A0427 ALS emergency transport", 1245.00, 870.00, 322.15, "P1"),
               (crime, "A0425 Mileage, 6 miles", 96.00, 64.80, 31.20, "P1")]),
        (IMG, [(dt.date(2026, 1, 23), "70486 CT maxillofacial", 1380.00, 942.50, 281.40, "P1")]),
        (CLIN, [(dt.date(2026, 1, 26), "99213 Follow-up visit", 212.00, 148.00, 52.30, "P1"),
                (dt.date(2026, 1, 26), "15853 Suture removal", 64.00, 41.60, 18.25, "P1")]),
        (CNS, [(dt.date(2026, 2, x), "90834 Counseling, 45 minutes", 165.00, 0.00, 118.00, "P2")
               for x in (5, 12, 19, 26)]),
        (PH, [(crime, "Cephalexin 500 mg #28", 42.60, 0.00, 42.60, "P2"),
              (crime, "Oxycodone-APAP 5-325 #12", 27.90, 0.00, 27.90, "P2"),
              (dt.date(2026, 2, 2), "Atorvastatin 40 mg #30", 64.35, 0.00, 0.00, "R7")]),
    ]
    before = 0.00
    rows, bold = [], set()
    tb = to = ta = 0.0
    den = None
    for who, lines in bills:
        b = bill_no(rng)
        bold.add(len(rows))
        rows.append([b, who, "", "", "", "", ""])
        sub = so = sa = 0.0
        for d, item, billed, oth, allowed, code in lines:
            rows.append(["", f"  {slash(d)}  {item}", n2(billed), n2(oth), n2(allowed), n2(allowed), code])
            tb += billed
            to += oth
            ta += allowed
            sub += billed
            so += oth
            sa += allowed
            if code == "R7":
                den = (b, d, billed)
        if len(lines) > 1:
            rows.append(["", "  Bill total", n2(sub), n2(so), n2(sa), n2(sa), ""])
        if who == PH:
            ph_total = round(sub, 2)
    tb, to, ta = round(tb, 2), round(to, 2), round(ta, 2)
    left = round(MAXIMUM - before - ta, 2)
    p = JASheet(footer="Page {n} of {nb}", foot_ids=f"Victim no. OCV {num}  \u00b7  Claim {clm}  \u00b7  Form "
                                                    f"CVC-BPS-2 (rev. 11/2025)  \u00b7  Statement mailed {slash(sd)}")
    p.set_margins(15, 13, 15)
    p.add_page()
    head(p, rng, box="BENEFIT PAYMENT STATEMENT")
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.addr_pairs_right([vic, *om_address(rng)],
                       [("Victim", vic), ("Victim no.", f"OCV     {num}"), ("Claim no.", clm),
                        ("Date of crime", slash(crime)), ("Statement date", dmy_dash(sd))], split=0.48, cap_w=30)
    p.tiles([("MAXIMUM, MEDICAL AND DENTAL", usd(MAXIMUM)), ("PAID BEFORE THIS STATEMENT", usd(before)),
             ("PAID ON THIS STATEMENT", usd(ta)), ("STILL AVAILABLE", usd(left))], size=12)
    p.heading("About this statement", 10.5)
    p.para("The Board pays medical, dental and prescription bills for injuries caused by a crime, up to the maximum "
           "above. We pay only what your health plan, Medicaid, auto insurance or any other source did not pay, "
           "because this program pays last. We pay each provider the Board's fee schedule amount for the part that "
           "is left, and a provider that accepts our payment may not bill you for the rest.", 9.2)
    p.para("For example, if a clinic charges $100.00 for a visit and your health plan pays $70.00, we look at the "
           "$30.00 that is left and pay the clinic up to our fee schedule amount for it; the clinic writes off the "
           "difference. The bills we handled since your claim was approved are listed below and on the next page. "
           "The codes in the last column are explained on page 2.", 9.2)
    p.para("If you disagree with what we did on any bill, ask for reconsideration within 45 days of the statement "
           "date. Write to the Board at the address above and tell us the bill number and why you disagree.", 9.2)
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    widths = [22, 68, 19, 21, 19, 19, W - 168]
    p.bare_table(["Bill no.", "Provider / date of service / item", "Billed", "Other coverage paid",
                  "Board allowed", "Board paid", "Code"], rows, widths,
                 aligns=["L", "L", "R", "R", "R", "R", "C"], size=8, row_h=5.0, bold_rows=bold,
                 cont="Bills handled on this statement, continued",
                 totals=["Totals", "", n2(tb), n2(to), n2(ta), n2(ta), ""])
    if p.page_no() == 1:
        raise AssertionError("the table must run onto page 2")
    p.glossary("Codes", [
        ("P1", "Paid at the Board's fee schedule for the part your other coverage did not pay."),
        ("P2", "Paid at the Board's fee schedule; no other coverage was shown for this item."),
        ("C4", "Another source may pay this bill. Send it to that source first and send us its explanation."),
        ("R7", "This item was not for an injury caused by the crime. The Board pays only for care of "
               "crime-related injuries."),
        ("M9", "The maximum for medical and dental care has been reached.")], size=7.8)
    p.para(f"Payments on this statement were sent to the providers on {long(plus(sd, -2))}. Your claim stays open "
           "while you are still being treated for your injuries.", 8.4)
    b, d, billed = den
    mid, alt = vid(num)
    t = truth("eob", "not_covered", insurer=BOARD, member_id=mid, member_name=vic, cases=[clm, b],
              claim_amount=m2(ph_total), service_dates=[iso(d)], denial_date=iso(sd), provider=PH,
              appeal_deadline=iso(plus(sd, 45)),
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "claim_amount": [m2(billed)], **alt},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


def faxstd_stack(rng):
    vic, surg, clerk, spec = people(rng, 4, sexes="MXFX")
    num, clm, b = victim_no(rng), claim_no(rng), bill_no(rng)
    HOSP = "St. Aldhelm's Medical Center"
    crime = dt.date(2025, 3, 8)
    applied = dt.date(2026, 3, 23)
    decided = dt.date(2026, 4, 29)
    surgery = dt.date(2026, 4, 6)
    rcvd = dt.date(2026, 4, 27)
    ld = dt.date(2026, 5, 12)
    by = dt.date(2026, 6, 26)
    acct = f"SA{digits(rng, 8)}"
    lines = [("0360", "Operating room services", 2486.00), ("0370", "Anesthesia", 842.50),
             ("0250", "Pharmacy", 214.25), ("0710", "Recovery room", 776.00)]
    tot = round(sum(x for *_, x in lines), 2)
    sent = dt.date(2026, 5, 19)
    cover = billing_fax(HOSP, "Patient Financial Services  |  Third-Party Recovery Desk",
                        ["1100 Bellfounders Way, Sedgecombe, OM 58124", "Federal tax ID 46-0019837"],
                        (f"{clerk}\nPatient Financial Services, {HOSP}", phone(rng), phone(rng)),
                        (f"Bill Review Unit\n{BOARD}", phone(rng), tollfree(rng)),
                        slash(sent), 4, f"Your bill decision for patient {vic}",
                        [f"We received the attached decision on our account for {vic}. The patient tells us he did "
                         "not know about the program until his counselor mentioned it. Is there anything we can send "
                         "that would let the Board look at the bill again? Our statement to the patient is "
                         "attached.", "Please call me at the number above."])
    # document 1: the Board's bill decision to the hospital (page 2 is fed sideways)
    d = JASheet(footer="Page {n} of {nb}", footer_left=f"CVC-PBD-5 (rev. 11/2025)  |  Mailed {long(ld)}")
    d.set_margins(18, 15, 18)
    d.add_page()
    head(d, rng, box="BILL DECISION - PROVIDER")
    d.line(f"Date: {ymd_slash(ld)}", 10, "B")
    d.ln(2)
    d.addr_kv([HOSP, "Patient Financial Services", "1100 Bellfounders Way", "Sedgecombe, OM 58124"],
              [("Claim no.", clm), ("Bill no.", b), ("Victim", vic), ("Victim no.", f"OCV  {num}"),
               ("Date of crime", slash(crime)), ("Bill received", mdy_dots(rcvd))], w=92, cap_w=28)
    d.subject("We cannot pay this bill: the victim's claim was not filed in time")
    d.para("Dear Billing Office:", 10)
    d.para(f"We received your bill for outpatient surgery on {vic} on {long(surgery)}. Before the Board can pay a "
           "provider, the victim's claim must be approved. This victim's claim was denied, so the bill cannot be "
           "paid.", 10)
    d.para(f"An application for compensation must reach the Board within one year of the date of the crime. The "
           f"crime in this claim happened on {long(crime)}, and the application reached us on {long(applied)}, "
           "more than a year later. The victim was an adult when the crime happened, and the application did not "
           f"give a reason the Board accepts for filing late. The Board denied the claim on {long(decided)} and "
           "wrote to the victim that day.", 10)
    d.para("The bill lines are on page 2. This decision does not bar you from billing the patient or the patient's "
           "own insurance for this care.", 10)
    d.para(f"If you have information that the application was filed in time, or that the victim was a minor or "
           f"could not apply because of the injury, send it to us. Your written request must reach the Board no "
           f"later than {long(by)}. The victim may also ask the Board to reconsider the denial of the claim.", 10)
    d.signoff(["Bill Review Unit", BOARD], 9.6)
    d.add_page()
    d.heading("Bill lines", 11.5, rule=True)
    W = d.w - d.l_margin - d.r_margin
    rows = [[slash(surgery), c, s, "Charges: " + usd(x), "0.00", "D12"] for c, s, x in lines]
    rows.append(["", "", "Bill total", "Charges: " + usd(tot), "0.00", ""])
    d.wrap_table(["Date", "Rev.", "Description", "Charges", "Paid", "Code"], rows,
                 [W * 0.15, W * 0.09, W * 0.38, W * 0.12, W * 0.12, W * 0.14], size=8.8,
                 aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
    d.para(f"Servicing: {surg}, MD (general surgery)", 9.2)
    d.legend("Code", [("D12", "The victim's claim was denied because the application was filed after the filing "
                              "period. No bill on this claim can be paid.")])
    mid, alt = vid(num)
    t1 = truth("denial_letter", "timely_filing", insurer=BOARD, member_id=mid, member_name=vic, cases=[clm, b],
               claim_amount=m2(tot), service_dates=[iso(surgery)], denial_date=iso(ld), provider=HOSP,
               appeal_deadline=iso(by),
               alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "provider": [f"{surg}, MD", surg],
                           **alt},
               denial_alternates=["eligibility"])
    # document 2: the hospital's statement to the patient
    st = dt.date(2026, 5, 15)
    h = JASheet(footer=None, footer_left=f"Statement {slash(st)}  |  Account {acct}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.head(HOSP, "SA", ["1100 Bellfounders Way, Sedgecombe, OM 58124", f"Billing questions {phone(rng)}"],
           box="PATIENT STATEMENT", size=12.5)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("STATEMENT DATE", slash(st)), ("ACCOUNT NO.", acct), ("PATIENT", vic), ("PLEASE PAY", usd(tot))],
               [W * 0.2, W * 0.22, W * 0.36, W * 0.22], size=9.2)
    h.ln(3)
    for ln in [vic, *om_address(rng)]:
        h.line(ln, 10)
    h.ln(3)
    h.table(["Date", "Description", "Amount"],
            [[slash(surgery), f"Rev. {c} {s}", n2(x)] for c, s, x in lines] +
            [["", "Total charges", n2(tot)],
             [slash(dt.date(2026, 5, 12)), f"Crime Victims Compensation Board (claim {clm}): not paid", "0.00"],
             ["", "Balance due from you", n2(tot)]],
            [W * 0.2, W * 0.6, W * 0.2], size=8.8, aligns=["L", "L", "R"], bold_last=True, row_h=5.2)
    h.para("The Crime Victims Compensation Board will not pay this bill. The balance is now yours. If you have health "
           "insurance we do not know about, call us so we can bill it. Ask about our payment plans and financial "
           f"assistance. Please pay by {long(plus(st, 30))}.", 9.4)
    h.tear_slip("RETURN THIS PART WITH YOUR PAYMENT", [[("Account no.", acct), ("Amount due", usd(tot))],
                                                      [("Amount enclosed", "$"), ("Patient", vic)]])
    t2 = truth("other", None, insurer=None, member_id=None, member_name=vic, cases=[clm], claim_amount=m2(tot),
               service_dates=[iso(surgery)], denial_date=iso(st), provider=HOSP, unscored=["insurer"],
               alternates={"case_numbers": [[]]})
    return cover, [(out(d), t1), (out(h), t2)]


def phone_es_dental(rng):
    mom, kid, dentist, spec = people(rng, 4, es=True, sexes="FMXF")
    kid = f"{split_name(kid)[0]} {split_name(kid)[1]}. {split_name(mom)[2]}"
    num, clm, b = victim_no(rng), claim_no(rng), bill_no(rng)
    DENT = "Ropewalk Family Dental"
    crime = dt.date(2026, 3, 6)
    svc = dt.date(2026, 3, 12)
    ld = dt.date(2026, 4, 9)
    call = dt.date(2026, 4, 2)
    billed = 1260.00
    p = JASheet(footer=None, footer_left=f"CVC-COL-S (rev. 11/2025)  |  Reclamo {clm}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, es=True)
    p.line(f"Fecha: {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([mom, *om_address(rng)],
                       [("Víctima", kid), ("Número de víctima", f"OCV  {num}"), ("Reclamo", clm),
                        ("Factura", b), ("Fecha del delito", es_date(crime))], split=0.5, cap_w=34)
    p.heading("La cuenta del dentista debe ir primero al seguro médico de su hijo", 11.5, rule=True)
    p.para(f"Estimada {mom}:", 10)
    p.para(f"Recibimos la cuenta de {DENT} por el tratamiento de conducto y la corona que le hicieron a {kid} el "
           f"{es_date(svc)}, después de que le rompieron un diente durante la agresión del {es_date(crime)}. La "
           f"cuenta es de {usd(billed)}.", 10)
    p.para("**Por qué no pagamos esta cuenta ahora.** La Junta paga solamente lo que ninguna otra fuente paga. Usted "
           "nos dijo que su hijo tiene cobertura de OstmereCare Kids, el programa de salud del estado para niños, "
           "que incluye servicios dentales. El consultorio dental debe enviar la cuenta primero a OstmereCare Kids. "
           "Si queda algo sin pagar, el consultorio puede enviarnos la cuenta otra vez con la explicación de "
           "OstmereCare Kids y nosotros la revisaremos.", 10)
    y = p.kv_box([("Programa", "OstmereCare Kids"), ("Número de afiliado", f"OK-{digits(rng, 9)}"),
                  ("Dentista", DENT)], p.l_margin, p.get_y(), 112, cap_w=38, title="Cobertura que usted nos dio")
    p.set_xy(p.l_margin, y + 3)
    p.para(f"Enviamos una copia de esta carta a {DENT}. El consultorio no debe cobrarle a usted mientras la cuenta "
           "esté pendiente con OstmereCare Kids.", 10)
    p.para("**Si no está de acuerdo.** Puede pedir que la Junta reconsidere esta decisión. Su pedido por escrito debe "
           "llegar dentro de 45 días a partir de la fecha de esta carta. Díganos por qué no está de acuerdo y envíe "
           "los documentos que quiera que revisemos.", 10)
    p.para(f"Referencia de su llamada del {es_date(call)}: LL-{digits(rng, 7)}.", 9)
    p.signoff(["Atentamente,", spec, "Especialista de reclamos"], 9.6)
    mid, alt = vid(num)
    t = truth("denial_letter", "other", insurer=BOARD, member_id=mid, member_name=kid, cases=[clm, b],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=DENT,
              appeal_deadline=iso(plus(ld, 45)), lang="es",
              alternates={"insurer": ALT + ["Junta de Compensación a Víctimas de Delitos"],
                          "case_numbers": [[clm], [b]], **alt},
              denial_alternates=["not_covered"])
    return out(p), t


def scanclean_police(rng):
    vic, att, spec, dirr = people(rng, 4, sexes="MXFM")
    num, clm, b = victim_no(rng), claim_no(rng), bill_no(rng)
    HOSP = "Sedgecombe Regional Hospital"
    PD = "Kellbridge Police Department"
    crime = dt.date(2026, 3, 27)
    a, z = dt.date(2026, 3, 28), dt.date(2026, 3, 31)
    reported = dt.date(2026, 4, 8)
    applied = dt.date(2026, 4, 20)
    ld = dt.date(2026, 5, 6)
    lines = [("0120", "Room and board, semi-private, 3 days", 7458.00), ("0450", "Emergency department", 2311.40),
             ("0352", "CT scan, head and face", 3184.75), ("0360", "Operating room services", 4120.00),
             ("0250", "Pharmacy", 1332.40)]
    tot = round(sum(x for *_, x in lines), 2)
    p = JASheet(footer="Page {n} of {nb}", footer_left=BOARD,
                foot_ids=f"Victim no. OCV {num}  \u00b7  Claim {clm}  \u00b7  CVC-DEC-1 (rev. 11/2025)  \u00b7  "
                         f"Notice mailed {slash(ld)}")
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng)
    p.line(ord_long(ld), 10.4, "B")
    p.ln(3)
    p.addr_kv([vic, *om_address(rng)],
              [("Victim no.", f"OCV  {num}"), ("Claim no.", clm), ("Date of crime", slash(crime)),
               ("Application received", mdy_dots(applied))], w=90, cap_w=38)
    p.subject("Decision on your application for crime victims compensation")
    p.para(f"Dear {vic}:", 10)
    p.para("Thank you for applying to the Crime Victims Compensation Program. We have finished looking at your "
           "application and the papers that came with it, and we have also asked the police department and the "
           "hospital for their records.", 10)
    p.para("We are not able to approve your claim. Because the claim is not approved, the Board will not pay the "
           "bill we have received so far, and it will not pay any other bill for the injuries from this crime.", 10)
    p.heading("What is in this letter", 10.5)
    p.bullets(["Page 2: the bill we received and what we did with it.",
               "Page 3: the reason for our decision and how to ask us to reconsider it.",
               "Last page: your rights and help in other languages."], 9.8)
    p.para("Please keep this letter. You will need the claim number if you call us.", 10)
    p.add_page()
    p.heading("The bill we received", 12, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Bill no.", "Provider", "Dates of service", "Billed", "Board paid"],
                 [[b, f"{HOSP}\nInpatient stay\nAttending: Dr. {att}", f"{slash(a)} -\n{slash(z)}", n2(tot),
                   "0.00"]],
                 [W * 0.16, W * 0.38, W * 0.18, W * 0.14, W * 0.14], size=9, aligns=["L", "L", "L", "R", "R"])
    p.para(f"The hospital's bill covers your stay from {long(a).split(',')[0]} through {long(z)}. Its lines are "
           "below.", 9.6)
    p.bare_table(["Rev. code", "Description", "Charges"], [[c, s, n2(x)] for c, s, x in lines],
                 [W * 0.18, W * 0.56, W * 0.26], aligns=["L", "L", "R"], size=8.8, row_h=5.2,
                 totals=["", "Total charges", n2(tot)])
    p.add_page()
    p.heading("Why we made this decision", 12, rule=True)
    p.para(f"The information we received does not show that the robbery of {long(crime)} was reported to a law "
           "enforcement agency within 72 hours after it happened. The program can pay a claim only when the crime "
           f"was reported within 72 hours, unless there was a good reason for the delay. The report of the {PD} "
           f"shows that the robbery was first reported on {long(reported)}, twelve days after it happened. Your "
           "application does not give a reason for the delay, and the hospital records do not show that your "
           "injuries kept you from reporting it.", 10)
    p.heading("If you disagree", 11)
    p.para("You may ask the Board to reconsider. Send a signed letter within 45 calendar days of the date you receive "
           "this notice. Tell us why the crime was reported late and send anything that shows it, for example a "
           "note from a doctor or a letter from a victim advocate. If the Board keeps its decision, you may ask for "
           "a hearing.", 10)
    p.two_sigs([spec, "Claims specialist"], [dirr, "Program director, Crime Victims Compensation"])
    p.nondiscrim(BOARD, tollfree(rng))
    p.tagline_block(tollfree(rng))
    mid, alt = vid(num)
    t = truth("denial_letter", "eligibility", insurer=BOARD, member_id=mid, member_name=vic, cases=[clm, b],
              claim_amount=m2(tot), service_dates=[f"{iso(a)}/{iso(z)}"], denial_date=iso(ld), provider=HOSP,
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "provider": [f"Dr. {att}", att],
                          "service_dates": [[iso(a), iso(z)]], **alt},
              denial_alternates=["other"])
    return out(p), t


def photocopy_conduct(rng):
    vic, other, spec = people(rng, 3, sexes="MMF")
    num, clm, b = victim_no(rng), claim_no(rng), bill_no(rng)
    HOSP = "Wychford Community Hospital"
    crime = dt.date(2026, 4, 11)
    ld = dt.date(2026, 6, 2)
    by = dt.date(2026, 7, 17)
    billed = 3874.20
    prn = f"WPD-26-{digits(rng, 5)}"
    p = JASheet(footer=None, footer_left=f"CVC-DEC-4 (rev. 11/2025)  |  {BOARD}")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, rng)
    p.line(wday_long(ld), 10.4, "B")
    p.ln(3)
    for ln in [vic, *om_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.fact_strip([("Claim no.", clm), ("Victim no.", f"OCV  {num}"), ("Date of crime", slash(crime)),
             ("Police report", prn), ("Bill no.", b), ("Provider", HOSP), ("Billed", usd(billed)),
             ("Date of service", slash(crime))])
    p.heading("Your claim has been denied", 12)
    p.flow2([f"Dear {vic}:",
             f"We have reviewed your application for compensation for the injuries you suffered outside the Anchor "
             f"Tap on Saltings Road on the night of {long(crime)}, and the bill from {HOSP} for the care you received "
             f"in its emergency department that night.",
             "In deciding a claim the Board reads the police report, the statements of any witnesses, the medical "
             "records and what the victim tells us, and it must consider whether anything the victim did brought "
             "about the injury. The report of the Wychford Police Department, the statements of the two witnesses "
             f"who spoke to officers at the scene and the video the department took from the bar's camera agree on "
             f"what happened, and because they show that you struck {other} first and kept fighting after he "
             "tried to walk away, the Board finds that your own conduct brought about your injuries and has denied "
             "the claim, which means that the program will not pay the hospital's bill or any other bill for this "
             "incident. We know this is not the answer you hoped for, and we have tried to explain it plainly.",
             "This decision does not change anything in the criminal case, and it does not stop you from asking "
             "the other person to pay for your injuries.",
             f"If you disagree, you may ask the Board to reconsider. Your signed request must reach us no later "
             f"than {long(by)}. Tell us what you believe the police report or the witnesses got wrong and send "
             "anything that supports what you say. If you would like help, a victim advocate in your county can "
             "assist you at no cost.",
             f"Sincerely,\n{spec}\nClaims specialist"], size=9.4)
    mid, alt = vid(num)
    t = truth("denial_letter", "eligibility", insurer=BOARD, member_id=mid, member_name=vic, cases=[clm, b],
              claim_amount=m2(billed), service_dates=[iso(crime)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(by),
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], **alt},
              denial_alternates=["other", "not_covered"])
    return out(p), t


def rotated_award(rng):
    vic, dentist, spec = people(rng, 3, sexes="FXX")
    num, clm = victim_no(rng), claim_no(rng)
    awd = "A26-" + clm[4:6] + clm[7] + clm[6] + clm[8:]            # two digits swapped: it looks like the claim
    b = bill_no(rng)
    DENT = "Tenterfield Dental Arts"
    crime = dt.date(2026, 2, 14)
    v1, v2 = dt.date(2026, 3, 2), dt.date(2026, 3, 9)
    rcvd = dt.date(2026, 3, 16)
    ld = dt.date(2026, 3, 26)
    lines = [(v1, "D3330", "Root canal, molar", 1120.00, 1006.00), (v1, "D2950", "Core buildup", 310.00, 268.00),
             (v2, "D2740", "Crown, porcelain/ceramic", 950.00, 871.00)]
    billed = round(sum(x[3] for x in lines), 2)
    pay = round(sum(x[4] for x in lines), 2)
    p = JASheet(footer=None, footer_left=f"CVC-AWD-3 (rev. 11/2025)  |  Claim {clm}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, box="NOTICE OF AWARD")
    p.line(long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([DENT, f"Attn: Billing, for Dr. {dentist}", "82 Tenterfield St", "Ebberley, OM 58149"],
              [("Claim no.", clm), ("Bill no.", b), ("Victim", vic), ("Victim no.", f"OCV  {num}"),
               ("Date of crime", slash(crime)), ("Bill received", mdy_dots(rcvd))], w=92, cap_w=30)
    p.subject(f"Award {awd}: dental care for {vic}")
    p.para("Dear Dr. " + split_name(dentist)[2] + ":", 10)
    p.para(f"The Board approved the claim of {vic} for injuries from an assault on {long(crime)}, and we have "
           "reviewed your bill for the repair of the tooth that was broken. The victim has no dental insurance, so "
           "the Board pays the bill at its dental fee schedule.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed", "Fee schedule"],
            [[slash(d), c, s, n2(x), n2(y)] for d, c, s, x, y in lines] +
            [["", "", "Total", n2(billed), n2(pay)]],
            [W * 0.15, W * 0.11, W * 0.44, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.award("AWARD", [("Billed", usd(billed)), ("Other coverage paid", "$0.00"), ("Board fee schedule", usd(pay)),
                      ("Not payable (write-off)", usd(round(billed - pay, 2)))],
            "The Board will pay your office", usd(pay))
    p.para(f"A payment of {usd(pay)} will be sent to your office within 30 days. By accepting it, your office agrees "
           "to take it as payment in full and not to bill the victim or the victim's family for the difference.", 9.8)
    p.para("If you disagree with the amount, write to us within 45 days of the date of this notice and tell us why.",
           9.8)
    p.signoff(["Sincerely,", spec, "Claims specialist"], 9.6)
    mid, alt = vid(num)
    t = truth("other", None, insurer=BOARD, member_id=mid, member_name=vic, cases=[clm, awd, b],
              claim_amount=m2(billed), service_dates=[iso(v1), iso(v2)], denial_date=iso(ld), provider=DENT,
              appeal_deadline=iso(plus(ld, 45)),
              alternates={"insurer": ALT, "case_numbers": [[clm, awd], [clm], [awd], [clm, b], [awd, b]],
                          "provider": [f"Dr. {dentist}", dentist],
                          "service_dates": [[f"{iso(v1)}/{iso(v2)}"]], "appeal_deadline": [None], **alt})
    return out(p), t


def lowres_ambulance(rng):
    vic, medic, analyst = people(rng, 3)
    num, clm, b = victim_no(rng), claim_no(rng), bill_no(rng)
    AMB = "Fallowmead Ambulance Service"
    AUTO = "Halberd Mutual Insurance Company"
    crime = dt.date(2026, 4, 18)
    rcvd = dt.date(2026, 5, 4)
    dd = dt.date(2026, 5, 21)
    lines = [("A0427", "ALS 1 emergency", 1212.00), ("A0425", "Ground mileage, 9 miles", 274.00)]
    tot = round(sum(x for *_, x in lines), 2)
    p = JASheet(footer="Page {n} of {nb}", footer_left=f"CVC-PRV-7 (rev. 11/2025)  |  Decided {slash(dd)}")
    p.set_margins(15, 13, 15)
    p.add_page()
    head(p, rng, box="BILL DECISION - PROVIDER COPY")
    p.line(f"{AMB}  |  Billing  |  40 Station Rd, Fallowmead, OM 58171", 9.4, "B")
    p.ln(3)
    p.grid([[("Decision date", slash(dd)), ("Claim no.", clm), ("Bill no.", b)],
            [("Victim", vic), ("Victim no.", f"OCV  {num}"), ("Date of crime", slash(crime))],
            [("Provider", AMB), ("Paramedic (crew chief)", f"{medic}, EMT-P")],
            [("Bill received", mdy_dots(rcvd)), ("Date of service", slash(crime)), ("Amount billed", usd(tot))]],
           size=8.8, cap=6.0, h=10)
    p.f(7.4, "B")
    p.cell(0, 4, "OTHER COVERAGE THE VICTIM REPORTED", new_x="LMARGIN", new_y="NEXT")
    p.grid([[("Health plan", "Wenlow Valley Health Plan"), ("Member no.", f"WVH{digits(rng, 9)}"),
             ("Group no.", digits(rng, 6))],
            [("Auto insurer of the driver", AUTO), ("Auto claim no.", f"HM-{digits(rng, 8)}")]], size=8.4, cap=5.8,
           h=9.4)
    W = p.w - p.l_margin - p.r_margin
    p.table(["HCPCS", "Description", "Billed", "Board allowed", "Paid", "Code"],
            [[c, s, n2(x), "0.00", "0.00", "C4"] for c, s, x in lines] + [["", "Bill total", n2(tot), "0.00",
                                                                         "0.00", ""]],
            [W * 0.11, W * 0.39, W * 0.13, W * 0.14, W * 0.11, W * 0.12], size=8.6,
            aligns=["L", "L", "R", "R", "R", "C"], bold_last=True)
    p.heading("Decision", 10.5)
    p.para(f"C4  The Board pays last. The victim was a pedestrian struck by a driver who was arrested for driving "
           f"while impaired, and the driver's auto insurer, {AUTO}, has opened a claim for the victim's injuries. "
           "Bill the auto insurer first. If it pays less than the bill or refuses it, send us its explanation with "
           "a copy of this decision and we will look at what is left.", 9.2)
    p.para("To ask for a review of this decision, write to the Bill Review Unit within 45 days of the decision date. "
           "Include the claim and bill numbers.", 9.2)
    p.para(f"Reviewed by {analyst}, bill review analyst.", 8.6)
    mid, alt = vid(num)
    t = truth("denial_letter", "other", insurer=BOARD, member_id=mid, member_name=vic, cases=[clm, b],
              claim_amount=m2(tot), service_dates=[iso(crime)], denial_date=iso(dd), provider=AMB,
              appeal_deadline=iso(plus(dd, 45)),
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "provider": [f"{medic}, EMT-P", medic],
                          **alt},
              denial_alternates=["not_covered"], type_alternates=["eob"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_statement_pharmacy_refill_code_r7_on_back", "born_digital",
                  [born_statement(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_hospital_transmittal_late_application_sideways_then_statement",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [
        Item(F + "phone_es_dentista_primero_medicaid_infantil_hijo", "phone_photo", [phone_es_dental(rng)]),
        Item(F + "scanclean_three_pages_police_report_after_72_hours", "scan_clean_300",
             [scanclean_police(rng)]),
        Item(F + "photocopy_two_column_own_conduct_buried_reason", "photocopy", [photocopy_conduct(rng)]),
        Item(F + "rotated_award_notice_dentist_fee_schedule_amount", "rotated", [rotated_award(rng)]),
        Item(F + "lowres_provider_form_ambulance_auto_insurer_first", "scan_lowres_150", [lowres_ambulance(rng)]),
    ]
    return items
