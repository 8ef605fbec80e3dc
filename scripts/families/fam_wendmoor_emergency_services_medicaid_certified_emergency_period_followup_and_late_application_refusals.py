"""Papers mirrored (structure and plain wording style only) from a state's emergency-only Medicaid for people who
meet every Medicaid rule except the citizenship or immigration status rule: the program pays only for treatment of
an emergency medical condition (labor and delivery included), for a short period the state certifies after a
medical review of the hospital's records; follow-up visits, routine prenatal care, medicines taken home and days
after the condition was stabilized are refused; coverage can reach back only three months before the month the
application arrived. The state (the State of Wendmoor, postal code WD), its Health Care Authority, Office of
Medical Assistance and Medical Review Unit, the program name (Emergency Services Medicaid), the fiscal agent
(Pembrook Claims Solutions), the 60-day reconsideration, the 180-day provider limit, the four-month provider
review, the form ESM-12, every code, form number, hospital, clinic, pharmacy, ambulance service, person, number and
address are invented (phones 555); CPT, HCPCS and revenue codes appear as themselves. No heading names the kind of
refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_claim_notice_four_pages_client_id_only_in_header_followup_visit: a born-digital member notice of
  four pages dated with the weekday ("Tuesday, March 24, 2026", "Notice mailed" in the footer): the client ID only
  in a short running header ("Client ID ... | Page 2 of 4"), page 1 a summary, page 2 the claims table (two paid
  emergency claims and the refused clinic visit, its doctor only after "Servicing:"), page 3 the reason in plain
  words without the usual denial vocabulary ("we can only pay for a clinic visit when ..., and your records show
  ...") and the limits (reconsideration "within 60 calendar days of the date of this notice"; fair hearing and a
  15-business-day decision time as decoys), page 4 a nondiscrimination notice and taglines.
- finefax_remittance_unruled_two_pages_code_only_in_back_glossary: a fine-fax hospital remittance advice of two
  pages: an unruled claims table with right-aligned money running onto page 2, the totals row and an EFT summary
  there, an RA date "27-Mar-2026", a patient account column, year-to-date totals and an example in the
  boilerplate as decoys; one recipient's outpatient claim refused under code 4417, told only in the code glossary
  at the end (a date outside the certified emergency period); "within 180 days of the RA date".
- lowres_emergency_period_review_days_after_stabilized_nurse_and_medical_director: a 150 dpi Medical Review Unit
  letter ("March 27th, 2026", "Mailed" date in the footer, "Request received 2026/03/20"): the address at the left
  and caption/value pairs on the right half (review number, hospital, "Attending:", admission and discharge,
  charges submitted), a "from / through" band for the certified period, the refusal of the later days told in one
  sentence inside a long paragraph, signed by a nurse reviewer and a medical director; "no later than" a printed
  date.
- phone_es_consulta_prenatal_y_ultrasonido_de_rutina: a photographed Spanish notice refusing a routine prenatal
  visit and ultrasound at a women's clinic (labor and delivery would be covered): "4 de marzo de 2026" dates, a
  key/value box beside the address, a call reference as decoy, "dentro de 60 días a partir de la fecha de este
  aviso"; a fair hearing as decoy.
- rotated_two_column_reconsideration_upheld_pharmacy_take_home_medicines: a reconsideration decision fed turned,
  set in two columns: the reconsideration number only in the underlined subject line, a pharmacy's claim for the
  medicines filled the day after discharge (pharmacy claim number in the table), "April 14th, 2026" with "Mailed"
  in the footer; only a fair hearing left (no appeal deadline by the eval's convention).
- faxstd_ambulance_claim_notice_boxes_certification_form_not_received: a standard-fax claim notice to an ambulance
  service: ruled boxes with values under small captions, the client's name broken over two lines in a narrow box,
  a certification request number that looks like the claim number, "The information we received does not show
  the Emergency Medical Certification (form ESM-12)", a provider call reference as decoy; "within four months of
  the date on this notice".
- clean300_stack_approval_labor_and_delivery_blank_then_late_application_page_two_sideways: a clean-scan stack of
  an approval certifying labor and delivery "from ... through ..." (denies nothing), a blank separator page, and a
  two-page refusal of a late application (an emergency room visit in January, the application received in May,
  coverage reaching back only to February; page 2 turned sideways), only "within 60 calendar days of the date you
  receive this notice" (nothing to count from).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famie import (EISheet, add_months, dmy_dash, es_date, first_last, grouped, iso, last_first, long,
                               mdy_dots, n2, ord_long, people, phone, plus, slash, tollfree, usd, wd_address,
                               wday_long, workday, ymd_slash, yy)
from public_kit import digits, m2, out, truth

FAMILY = ("wendmoor_emergency_services_medicaid_certified_emergency_period_followup_and_late_application_"
          "refusals")
LANG = "en"
SEED = 354984
AUTH = "Wendmoor Health Care Authority"
OMA = "Office of Medical Assistance"
PROG = "Emergency Services Medicaid"
ALT = ["Wendmoor Medicaid", PROG, f"Wendmoor {PROG}", "Wendmoor HCA", OMA, f"{AUTH}, {OMA}",
       "Autoridad de Atención Médica de Wendmoor", "Medicaid de Servicios de Emergencia", "State of Wendmoor"]
FISCAL = "Pembrook Claims Solutions"
PO = "P.O. Box 4460, Harwick, WD 58201"
HOSP1 = "Lanthorn Valley Regional Hospital"
HOSP2 = "Mercy of the Pines Hospital"
HOSP3 = "Brenner Ford General Hospital"
CLINIC = "Ribbonwood Community Health Center"
ERDOCS = "Harwick Emergency Physicians"
WOMEN = "Saltash Point Women's Clinic"
PHARM = "Gatling Square Pharmacy"
AMB = "Coldwater Basin Ambulance Service"
ESM_ABOUT = (f"{PROG} is for people who meet every Medicaid rule except the citizenship or immigration status "
             "rule. It pays only for the treatment of an emergency medical condition, including labor and delivery, "
             "and only for the days we certify.")


def before(d):
    """The working day before d."""
    d = plus(d, -1)
    while d.weekday() >= 5:
        d = plus(d, -1)
    return d


def client_id(rng):
    return "31" + digits(rng, 8)


def cid_sp(c):
    return grouped(c, [4, 4, 2])


def icn(rng, d):
    return f"26{d:%j}{digits(rng, 8)}"


def head(p, rng, unit, box=None, es=False):
    if es:
        lines = ["Estado de Wendmoor  |  Autoridad de Atención Médica de Wendmoor",
                 f"{OMA}  |  {unit}", f"{PO}  |  Línea de ayuda {tollfree(rng, '866')}  |  TTY 711"]
    else:
        lines = [f"State of Wendmoor  |  {OMA}  |  {unit}",
                 f"{PO}  |  Client help line {tollfree(rng, '866')}  |  TTY 711"]
    p.head(AUTH, "WHCA", lines, box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_claim_notice(rng):
    pat, doc, er_doc, sig = people(rng, 4, sexes="FM", mix=1)
    cid = client_id(rng)
    er = dt.date(2026, 3, rng.randint(2, 4))
    fu = plus(er, rng.randint(9, 11))
    rcvd = plus(fu, rng.randint(3, 5))
    ld = workday(plus(rcvd, rng.randint(6, 8)))
    c1, c2, c3 = icn(rng, er), icn(rng, er), icn(rng, fu)
    l1 = [("ED visit, level 4 (99284)", 1486.0, 742.3), ("Laceration repair (12032)", 612.0, 241.8)]
    l2 = [("ED physician visit (99284)", 418.0, 161.2), ("Laceration repair (12032)", 336.0, 134.4)]
    l3 = [("Office visit (99213)", 172.0, 0.0), ("Wound culture (87070)", rng.choice([58.0, 61.0]), 0.0)]
    tot3 = sum(b for _, b, _ in l3)
    p = EISheet(footer=None, footer_left=f"Form ESM-204 (01/2026)  |  Notice mailed {slash(ld)}",
                short_hdr=f"Client ID {cid_sp(cid)}  |  Page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, "Claims Review Section", box="NOTICE ABOUT YOUR CLAIMS")
    p.line(wday_long(ld), 10.2, "B")
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [pat, *wd_address(rng)]:
        p.line(ln, 10)
    y1 = p.get_y()
    bottom = p.sidebar([("Client", pat), ("Coverage", PROG), ("Claims in this notice", "3"),
                        ("Questions", tollfree(rng, "866"))], p.l_margin + W * 0.55, y0, W * 0.45, size=8.4)
    p.set_xy(p.l_margin, max(y1, bottom) + 4)
    p.para(f"Dear {pat}:", 10)
    p.para(f"We looked at three claims that providers sent us for care you received in March 2026. We paid two of "
           "them. We did not pay the third. Page 2 lists each claim, who sent it and what we did. Page 3 tells you "
           "why and what you can do if you disagree.", 10)
    p.callout("About your coverage", ESM_ABOUT + " You do not owe anything for the claims we paid. A provider who "
              "takes Medicaid may not bill you for the difference between its charge and what we paid.", 9.4)
    p.para("Keep this notice with your other papers. If you move, tell us your new address so that you get our "
           "letters on time.", 9.6)
    p.add_page()
    p.heading("Page 2 - The claims", 11.5, rule=True)
    rows = []
    for cno, who, serv, d, lines, paid_word in [
            (c1, HOSP1, None, er, l1, "Paid"), (c2, ERDOCS, f"Servicing: Dr. {first_last(er_doc)}", er, l2, "Paid"),
            (c3, CLINIC, f"Servicing: Dr. {first_last(doc)}", fu, l3, "Not paid")]:
        for j, (svc, b, pd) in enumerate(lines):
            rows.append([cno if j == 0 else "", who if j == 0 else (serv or ""), slash(d), svc, n2(b), n2(pd),
                         paid_word if j == 0 else ""])
    p.wrap_table(["Claim number", "Who sent it", "Date", "Service", "Billed", "We paid", "Result"], rows,
                 [27, 50, 19, 42, 16, 14, W - 168], aligns=["L", "L", "L", "L", "R", "R", "L"], size=7.2)
    p.para("Billed is what the provider asked for. We paid is what Medicaid paid the provider. The claim we did not "
           f"pay totals {usd(tot3)}.", 9.2)
    p.para(f"We received the claim from {CLINIC} on {slash(rcvd)}.", 9.2)
    p.add_page()
    p.heading("Page 3 - Why we did not pay one claim", 11.5, rule=True)
    p.para(f"The emergency room visit on {long(er)} was for a deep cut on your hand, and we paid the hospital and "
           f"the emergency doctors for it. We can only pay for a clinic visit when it treats a medical condition "
           "that could not wait without putting your health in serious danger, and your records show that the visit "
           f"on {long(fu)} was a planned check of a cut that had already been closed and was healing. Care that is "
           f"planned after the emergency is over, such as a wound check or the removal of stitches, is outside "
           f"{PROG}. (Wendmoor Medical Assistance Rule 14.220.)", 10)
    p.para(f"{CLINIC} may ask you to pay for this visit. Many community health centers have a sliding fee; ask the "
           "clinic about it.", 10)
    p.heading("If you disagree", 11)
    p.bullets([
        "**Ask us to look again (reconsideration).** Call us or write to us within 60 calendar days of the date of "
        f"this notice. Send it to Claims Review Section, {AUTH}, {PO}. We decide within 15 business days after we "
        "get your request.",
        "**Ask for a state fair hearing.** You can ask for a hearing within 90 days of the date of this notice, "
        "with or without asking for a reconsideration first. A hearing officer who did not make this decision will "
        "hear your case.",
        "You may bring a friend, a relative, a lawyer or anyone else to help you. Free legal help may be available; "
        "call 211."], 9.6)
    p.signoff(["Claims Review Section", f"{AUTH}, {OMA}"], 9.6)
    p.add_page()
    p.nondiscrim(AUTH, tollfree(rng, "866"))
    p.ln(2)
    p.tagline_block(tollfree(rng, "866"))
    t = truth("denial_letter", "not_covered", insurer=AUTH, member_id=cid, member_name=pat, cases=[c3],
              claim_amount=m2(tot3), service_dates=[iso(fu)], denial_date=iso(ld), provider=CLINIC,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": ALT, "provider": [f"Dr. {first_last(doc)}", first_last(doc)]})
    return out(p), t


def finefax_ra(rng):
    n = 21
    names = people(rng, n, mix=7)
    ra = workday(dt.date(2026, 3, rng.randint(23, 26)))
    k = 16
    cert_a = dt.date(2026, 3, rng.randint(2, 4))
    cert_b = plus(cert_a, 2)
    base = [("0450", "99283", 742.0, 318.5), ("0450", "99284", 1286.0, 544.2), ("0320", "71046", 214.0, 61.8),
            ("0350", "70450", 1318.0, 402.6), ("0300", "80053", 96.0, 14.9), ("0300", "85025", 58.0, 10.7),
            ("0730", "93005", 188.0, 36.4), ("0636", "J2405", 22.0, 2.1), ("0258", "", 46.0, 8.8),
            ("0450", "99285", 1942.0, 801.3), ("0402", "76705", 624.0, 158.4)]
    counts = [2, 1, 3, 2, 1, 2, 3, 1, 2, 3, 2, 1, 2, 1, 3, 2, 2, 1, 3, 1, 2]
    rows, bold = [], set()
    tb = tp = 0.0
    den = None
    ids = [client_id(rng) for _ in names]
    for i, nm in enumerate(names):
        if i == k:
            d = plus(cert_b, rng.randint(8, 11))
            picks = [("0350", "70450", 1318.0, 0.0), ("0300", "80048", 84.0, 0.0)]
        else:
            d = dt.date(2026, 2, rng.randint(2, 27)) if i % 3 else dt.date(2026, 3, rng.randint(1, 9))
            picks = rng.sample(base, counts[i])
        no = icn(rng, d)
        acct = f"PA{digits(rng, 7)}"
        cb = cp = 0.0
        for j, (rev, proc, b, pd) in enumerate(picks):
            code = "4417" if i == k else ("0001" if pd else "0178")
            rows.append([no if j == 0 else "", last_first(nm) if j == 0 else "", ids[i] if j == 0 else "",
                         acct if j == 0 else "", yy(d), rev, proc, n2(b), n2(pd), code])
            cb += b
            cp += pd
        if len(picks) > 1:
            rows.append(["", "", "", "", "", "", "Claim", n2(cb), n2(cp), ""])
            bold.add(len(rows) - 1)
        tb += cb
        tp += cp
        if i == k:
            den = (no, nm, ids[i], d, cb)
    eft = f"EFT{digits(rng, 9)}"
    p = EISheet(footer="Page {n} of {nb}",
                footer_left=f"RA {ra:%Y%m%d}-0417  |  Prepared by {FISCAL}")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, rng, f"Medicaid Remittance Advice (prepared by {FISCAL})", box="REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("RA DATE", dmy_dash(ra)), ("PAYEE", HOSP2), ("MEDICAID PROVIDER NO.", f"WD{digits(rng, 7)}"),
                ("NPI", digits(rng, 10)), ("RA NO.", f"{ra:%Y%m%d}-0417")],
               [W * 0.14, W * 0.34, W * 0.2, W * 0.16, W * 0.16], size=8.8)
    p.ln(3)
    p.para(f"{HOSP2}, Patient Financial Services, 900 Pine Hollow Rd, Ostend Falls, WD 58230", 8.6)
    p.para("This advice lists the claims we finished since the last payment cycle. A code in the last column "
           "explains each line; the codes are explained at the end of this advice. For example, a line billed at "
           "$100.00 and paid at $38.00 means $62.00 is above the Medicaid rate and may not be billed to the client.",
           8.2)
    p.bare_table(["ICN", "Recipient", "Client ID", "Patient acct", "Service", "Rev", "Proc", "Billed", "Paid",
                  "Code"], rows, [26, 44, 20, 18, 14, 9, 11, 18, 16, W - 176],
                 aligns=["L", "L", "L", "L", "L", "L", "L", "R", "R", "C"], size=7.2, row_h=4.6, bold_rows=bold,
                 cont="Remittance advice, continued", totals=["TOTALS", "", "", "", "", "", "", n2(tb), n2(tp), ""])
    if p.get_y() + 34 > p.h - 24:
        p.add_page()
    y0 = p.get_y()
    p.money_box("Payment this cycle", [("Claims paid", usd(tp)), ("Withheld / offsets", "$0.00"),
                                       ("EFT amount", usd(tp))], w=W * 0.48 - 2, note=f"EFT trace {eft}")
    p.set_xy(p.l_margin + W * 0.52, y0)
    ytd = round(tp * rng.uniform(7.2, 9.4), 2)
    p.money_box("Year to date (2026)", [("Paid to this provider", usd(ytd)), ("Claims finished",
                                                                              str(rng.randint(310, 460)))],
                x=p.l_margin + W * 0.52, w=W * 0.48, bold_last=False)
    p.set_xy(p.l_margin, y0 + 30)
    p.glossary("Explanation of codes", [
        ("0001", "Paid at the Medicaid rate for the service."),
        ("0178", "Paid in full; the amount billed was at or below the Medicaid rate."),
        ("4417", f"The recipient is certified for {PROG} only, and the date of service is not within the "
                 "emergency period the Medical Review Unit certified. No payment can be made for this date."),
        ("4420", "Service is part of a certified emergency period; paid under the emergency rate.")], size=7.4)
    p.para("A provider may ask for reconsideration of a line within 180 days of the RA date. Send the "
           f"reconsideration form with the ICN to Provider Reconsiderations, {FISCAL}, P.O. Box 4471, Harwick, WD "
           "58201.", 8.2)
    no, nm, cid, d, cb = den
    t = truth("eob", "eligibility", insurer=AUTH, member_id=cid, member_name=nm, cases=[no], claim_amount=m2(cb),
              service_dates=[iso(d)], denial_date=iso(ra), provider=HOSP2, appeal_deadline=iso(plus(ra, 180)),
              alternates={"insurer": ALT}, denial_alternates=["not_covered"])
    return out(p), t


def lowres_review(rng):
    pat, att, rn, md = people(rng, 4, sexes="M", mix=1)
    cid = client_id(rng)
    rev = f"MR-26-{digits(rng, 5)}"
    adm = dt.date(2026, 3, rng.randint(8, 10))
    stable = plus(adm, 2)
    dis = plus(adm, rng.randint(6, 7))
    rcvd = plus(dis, rng.randint(2, 4))
    ld = workday(plus(rcvd, rng.randint(6, 8)))
    by = plus(ld, 45)
    charges = round(rng.uniform(31000, 44000), 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"MRU-7 (01/2026)  |  Mailed {slash(ld)}  |  Review {rev}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, "Medical Review Unit")
    p.line(ord_long(ld), 10.2, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *wd_address(rng)],
                       [("Review no.", rev), ("Client ID", cid), ("Hospital", HOSP2), ("Attending", f"Dr. {att}"),
                        ("Admitted", slash(adm)), ("Discharged", slash(dis)), ("Charges submitted", usd(charges)),
                        ("Request received", ymd_slash(rcvd))], split=0.44, cap_w=34)
    p.subject("Emergency period for your hospital stay")
    p.para(f"Dear {pat}:", 10)
    p.para(f"{HOSP2} asked us to certify your stay from {long(adm)} to {long(dis)} for {PROG}. A nurse reviewer "
           "and a medical director of our Medical Review Unit read the hospital's records. This letter tells you "
           "which days we certified.", 10)
    p.period_band("Emergency period we certified", slash(adm), slash(stable),
                  note="Claims for these days are paid under Emergency Services Medicaid.")
    p.para(f"You came to the emergency room of {HOSP2} very ill with diabetic ketoacidosis, a condition that can "
           "cause death within hours without treatment, and you were admitted to the intensive care unit, where you "
           "received insulin and fluids through a vein; we certified the days of that treatment as an emergency "
           "medical condition, and we looked closely at the days that followed, including the nurses' notes, the "
           "laboratory results and the doctors' plans for each day, because the program pays for a hospital stay "
           "only for as long as the emergency lasts; the records show that by the morning of "
           f"{long(plus(stable, 1))} your blood chemistry was back in a safe range and you were eating and taking "
           f"insulin by injection, so the days from {plus(stable, 1).strftime('%B %-d')} through {long(dis)}, spent "
           "learning to manage your diabetes and waiting for a clinic appointment, were not treatment of an "
           f"emergency and {PROG} will not pay for them; the hospital was told of this decision when we sent it a "
           "copy of this letter.", 10)
    p.para("This decision is about the days we certified. It does not change your eligibility. If you have another "
           "emergency, the hospital can ask us to certify it.", 10)
    p.heading("If you disagree", 11)
    p.para("You or the hospital may ask for a reconsideration. We must receive your request no later than "
           f"{long(by)}. Send it to the Medical Review Unit at the address above, with any records you want us to "
           "read. You can also ask for a state fair hearing within 90 days of the date of this letter.", 9.8)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Medical Review Unit"], [f"{md}, MD", "Medical director"])
    p.f(8.2)
    p.cell(0, 4, f"cc: {HOSP2}, Utilization Review", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=AUTH, member_id=cid, member_name=pat, cases=[rev],
              claim_amount=m2(charges), service_dates=[f"{iso(plus(stable, 1))}/{iso(dis)}"], denial_date=iso(ld),
              provider=HOSP2, appeal_deadline=iso(by),
              alternates={"insurer": ALT, "provider": [f"Dr. {att}", att],
                          "service_dates": [[f"{iso(adm)}/{iso(dis)}"]], "claim_amount": [None]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es_prenatal(rng):
    pat, doc, sig, agent = people(rng, 4, es=True, sexes="FF")
    cid = client_id(rng)
    visit = dt.date(2026, 3, rng.randint(3, 13))
    called = plus(visit, rng.randint(8, 10))
    ld = workday(plus(visit, rng.randint(15, 18)))
    claim = icn(rng, visit)
    lines = [("Consulta prenatal de control (99213)", 165.0), ("Ultrasonido obstétrico (76805)",
                                                               rng.choice([310.0, 326.0]))]
    tot = sum(b for _, b in lines)
    p = EISheet(footer="Página {n} de {nb}", footer_left="Aviso ESM-204S (01/2026)")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p, rng, "Sección de Revisión de Reclamos", es=True)
    p.line(f"Fecha del aviso: {es_date(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, *wd_address(rng)],
              [("Cliente", pat), ("N.º de cliente", cid_sp(cid)), ("N.º de reclamo", claim), ("Clínica", WOMEN),
               ("Fecha del servicio", es_date(visit))], w=98, cap_w=34)
    p.heading("Aviso sobre un reclamo que no pagamos", 12)
    p.para(f"Estimada {pat}:", 10)
    p.para(f"{WOMEN} nos mandó el reclamo {claim} por su consulta con la Dra. {doc} del {es_date(visit)}. Usted "
           f"tiene Medicaid de Servicios de Emergencia. Cuando llamó el {es_date(called)}, {agent} le dijo que "
           f"recibiría este aviso (referencia de la llamada {called:%m%d}-{digits(rng, 5)}).", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cobrado", "Pagado"], [[s, usd(b), "$0.00"] for s, b in lines] + [["Total", usd(tot),
                                                                                            "$0.00"]],
            [W * 0.6, W * 0.2, W * 0.2], size=9, aligns=["L", "R", "R"], bold_last=True)
    p.para("**Por qué no pagamos.** El Medicaid de Servicios de Emergencia paga el trabajo de parto y el parto, y "
           "la atención de una condición médica de emergencia. Las consultas prenatales de control y los "
           "ultrasonidos de rutina se hacen para cuidar el embarazo, pero no son una emergencia, y por eso este "
           "programa no los cubre. Cuando llegue el momento del parto, el hospital puede pedir que certifiquemos "
           "esos días.", 10)
    p.para("Pregunte en la clínica si tiene un programa de cuotas reducidas para las consultas prenatales.", 10)
    p.para("**Si no está de acuerdo.** Puede pedir una reconsideración dentro de 60 días a partir de la fecha de "
           f"este aviso. Escriba a Sección de Revisión de Reclamos, {PO}, o llame a la línea de ayuda. También "
           "puede pedir una audiencia imparcial del estado dentro de 90 días.", 10)
    p.signoff(["Atentamente,", sig, "Sección de Revisión de Reclamos"], 9.8)
    t = truth("denial_letter", "not_covered", insurer=AUTH, member_id=cid, member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(visit)], denial_date=iso(ld), provider=WOMEN,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dra. {doc}", doc]})
    return out(p), t


def rotated_reconsideration(rng):
    pat, doc, sig = people(rng, 3, sexes="M", mix=1)
    cid = client_id(rng)
    rc = f"RC-2604-{digits(rng, 4)}"
    adm = dt.date(2026, 3, rng.randint(6, 9))
    dis = plus(adm, 3)
    fill = plus(dis, 1)
    req = plus(fill, rng.randint(18, 22))
    dd = workday(plus(req, rng.randint(10, 13)))
    claim = f"RX-{fill:%y%m%d}-{digits(rng, 5)}"
    drugs = [("Amoxicillin-clavulanate 875 mg, 20 tablets", 38.4), ("Insulin glargine pens, 5 x 3 mL",
                                                                     rng.choice([412.66, 398.1])),
             ("Pen needles 32G, box of 100", 24.1)]
    tot = round(sum(b for _, b in drugs), 2)
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"Reconsideration decision RD-2 (01/2026)  |  "
                                                       f"Mailed {slash(dd)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, rng, "Reconsideration Unit")
    p.line(ord_long(dd), 10.2, "B")
    p.ln(2)
    for ln in [pat, *wd_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"RE: Reconsideration {rc} - pharmacy claim, {PHARM}")
    p.para(f"Dear {pat}:", 10)
    p.columns(
        [("What you asked", f"On {long(req)} you asked us to look again at our decision not to pay {PHARM} for "
                            f"three medicines filled on {long(fill)}, the day after you left {HOSP3}."),
         ("What we looked at", f"Your request and letter, the pharmacy claim, the hospital's discharge papers, the "
                               f"prescription written by Dr. {doc}, and the emergency period we certified for your "
                               f"stay: {long(adm)} through {long(dis)}."),
         ("Your client ID", f"{cid}  -  coverage: {PROG}")],
        [("Our decision", "We reviewed the claim again and we keep our first decision. We will not pay for these "
                          "medicines."),
         ("Why", f"{PROG} paid for your hospital stay while your emergency lasted. Medicines you take home after "
                 "the emergency has ended are not emergency services, even when the hospital doctor prescribed "
                 "them on the day you left. The pharmacy claim is for care after the certified period."),
         ("Other help", "Ask the pharmacy or the hospital's financial counselor about discount programs. "
                        "Community health centers can often get insulin at a lower price.")], size=9.2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Pharmacy claim", "Medicine", "Filled", "Billed"],
            [[claim if i == 0 else "", m, slash(fill), usd(b)] for i, (m, b) in enumerate(drugs)] +
            [["", "Total", "", usd(tot)]], [W * 0.24, W * 0.46, W * 0.14, W * 0.16], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.heading("If you still disagree", 10.5)
    p.para("This is our final decision on your reconsideration. You can ask for a state fair hearing within 90 days "
           "of the date of this decision. Call us or write to the Office of Administrative Hearings, P.O. Box 4490, "
           "Harwick, WD 58201. You may ask someone to help you or speak for you.", 9.6)
    p.signoff(["Sincerely,", sig, "Reconsideration Unit"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=AUTH, member_id=cid, member_name=pat, cases=[rc, claim],
              claim_amount=m2(tot), service_dates=[iso(fill)], denial_date=iso(dd), provider=PHARM,
              alternates={"insurer": ALT, "case_numbers": [[rc], [claim]]})
    return out(p), t


def faxstd_ambulance(rng):
    pat, clerk, caller = people(rng, 3, sexes="M", mix=0)
    cid = client_id(rng)
    ride = dt.date(2026, 3, rng.randint(2, 9))
    rcvd = plus(ride, rng.randint(8, 11))
    nd = workday(dt.date(2026, 3, rng.randint(23, 26)))
    core = digits(rng, 5)
    claim = f"26{ride:%m%d}-{core}"
    cert = f"26{ride:%m%d}-{core[:3]}{core[4]}{core[3]}"
    miles = rng.choice([11, 14, 17])
    base, per = 1640.0, 24.5
    billed = round(base + miles * per, 2)
    fax = (f"{nd:%m/%d/%Y} {rng.randint(8, 11)}:{rng.randint(10, 59)}  WHCA PROVIDER SERVICES  {phone(rng, '582')}"
           f"  TO {phone(rng, '582')}  P.{{n}}")
    p = EISheet(footer="Page {n} of {nb}", footer_left=f"Claim determination CD-9 (01/2026)  |  {slash(nd)}",
                fax_hdr=fax)
    p.set_margins(16, 15, 16)
    p.add_page()
    head(p, rng, "Provider Services", box="CLAIM DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("NOTICE DATE", dmy_dash(nd)), ("CLAIM NO.", claim), ("CLAIM RECEIVED", slash(rcvd))],
               [W * 0.3, W * 0.36, W * 0.34], size=9.6, h=10.5)
    p.wrap_boxes([("Client name", pat, W * 0.2), ("Client ID", cid, W * 0.24), ("Date of transport",
                                                                                 slash(ride), W * 0.2),
                  ("Amount billed", usd(billed), W * 0.16), ("Coverage", "ESM", W * 0.2)], size=9.6)
    p.capstrip([("ESM CERTIFICATION REQUEST NO.", cert), ("MEDICAID PROVIDER NO.", f"WD{digits(rng, 7)}"),
                ("NPI", digits(rng, 10))], [W * 0.4, W * 0.3, W * 0.3], size=9.6, h=10.5)
    p.ln(4)
    for ln in [AMB, "Attn: Claims", "41 Depot Hill Rd", "Marrow Bay, WD 58247"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.table(["Code", "Service", "Billed"],
            [["A0427", "ALS emergency transport, level 1", usd(base)],
             ["A0425", f"Ground mileage, {miles} loaded miles", usd(round(miles * per, 2))],
             ["", "Total billed", usd(billed)]], [W * 0.16, W * 0.6, W * 0.24], size=9, aligns=["L", "L", "R"],
            bold_last=True)
    p.heading("Determination: claim denied", 11)
    p.para(f"The information we received does not show the Emergency Medical Certification (form ESM-12) for this "
           f"transport. The client has {PROG} only. We pay a claim for such a client after the physician who "
           "treated the client in the emergency department signs form ESM-12 and the hospital or the ambulance "
           "service sends it to us under the certification request number shown above. The form was not attached "
           f"to the claim and has not reached us under request {cert}.", 9.8)
    p.para(f"Your office called Provider Services on {slash(before(nd))} about the claim for {pat} (call reference "
           f"{digits(rng, 3)}-{digits(rng, 6)}, {caller}); this notice is our written answer.", 9.2)
    p.heading("Review", 10.5)
    p.para("You may send the signed form and ask for a review of this determination within four months of the date "
           f"on this notice. Mail or fax it to Provider Reviews, {AUTH}, {PO}, fax {phone(rng, '582')}, with the "
           "claim number.", 9.4)
    p.f(8.4)
    p.cell(0, 4.4, f"Prepared by {clerk}, claims analyst", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=AUTH, member_id=cid, member_name=pat, cases=[claim, cert],
              claim_amount=m2(billed), service_dates=[iso(ride)], denial_date=iso(nd), provider=AMB,
              appeal_deadline=iso(add_months(nd, 4)),
              alternates={"insurer": ALT, "case_numbers": [[claim]]}, denial_alternates=["prior_authorization"])
    return out(p), t


def clean_stack(rng):
    mom, dad, doc1, sig1, sig2 = people(rng, 5, sexes="FM", mix=2)
    # document 1: approval of labor and delivery
    cid1 = client_id(rng)
    app1 = f"A26-{digits(rng, 7)}"
    adm = dt.date(2026, 3, rng.randint(1, 5))
    dis = plus(adm, 2)
    rcvd = plus(dis, rng.randint(3, 5))
    nd1 = workday(plus(rcvd, rng.randint(8, 10)))
    addr = wd_address(rng)
    a = EISheet(footer="Page {n} of {nb}", footer_left=f"Notice ESM-110 (01/2026)  |  Application {app1}")
    a.set_margins(18, 16, 18)
    a.add_page()
    head(a, rng, "Eligibility Section", box="NOTICE OF DECISION")
    a.line(f"Date of notice: {long(nd1)}", 10, "B")
    a.ln(2)
    a.addr_kv([mom, *addr], [("Application no.", app1), ("Client ID", cid1), ("Application received",
                                                                             mdy_dots(rcvd)),
                              ("Hospital", HOSP1)], w=92, cap_w=34)
    a.heading("Your Emergency Services Medicaid is approved", 12)
    a.para(f"Dear {mom}:", 10)
    a.para(f"{HOSP1} sent us an application for you for the birth of your baby, with a form signed by Dr. {doc1}. "
           f"You meet the rules for {PROG}. We certified this period:", 10)
    a.period_band("Certified period", wday_long(adm), wday_long(dis))
    a.para(f"Medicaid will pay {HOSP1} and the doctors who cared for you for your labor and delivery from "
           f"{adm.strftime('%B %-d')} through {long(dis)}. You do not have to pay those bills. If a provider bills "
           "you, call us.", 10)
    a.para("A baby born in the United States can get full Medicaid from the day of birth. We will send a separate "
           "notice about your baby's coverage.", 10)
    a.add_page()
    a.heading("What this approval covers", 11)
    a.bullets(["Care in the hospital for your labor and delivery, during the certified period.",
               "Care for a new emergency medical condition, if a hospital asks us to certify it.",
               "It does not cover check-ups after the birth or medicines to take home. Your clinic can tell you "
               "about low-cost care."], 9.8)
    a.heading("If you think this decision is wrong", 11)
    a.para("If you think the certified period is too short, you can ask for a state fair hearing within 90 days of "
           "the date of this notice. Call the help line or write to us. You do not need to answer this notice if "
           "you agree with it.", 9.8)
    a.signoff(["Eligibility Section", AUTH], 9.6)
    d_ok = (out(a), truth("other", None, insurer=AUTH, member_id=cid1, member_name=mom, cases=[app1],
                          service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd1), provider=HOSP1,
                          alternates={"insurer": ALT, "provider": [f"Dr. {doc1}", doc1]}))
    # document 2: a late application refused (page 2 fed sideways)
    cid2 = client_id(rng)
    app2 = f"A26-{digits(rng, 7)}"
    er = dt.date(2026, 1, rng.randint(8, 20))
    rcvd2 = dt.date(2026, 5, rng.randint(4, 7))
    nd2 = workday(plus(rcvd2, rng.randint(6, 9)))
    b = EISheet(footer="Page {n} of {nb}", footer_left=f"Notice ESM-115 (01/2026)  |  Application {app2}")
    b.set_margins(18, 16, 18)
    b.add_page()
    head(b, rng, "Eligibility Section", box="NOTICE OF DECISION")
    b.line(f"Date of notice: {long(nd2)}", 10, "B")
    b.ln(2)
    b.addr_kv([dad, *addr], [("Application no.", app2), ("Client ID", cid2), ("Application received",
                                                                             mdy_dots(rcvd2)),
                              ("Emergency date", slash(er))], w=92, cap_w=34)
    b.heading(f"Your application for {PROG} is denied", 12)
    b.para(f"Dear {dad}:", 10)
    b.para(f"We received an application for you on {long(rcvd2)} asking us to cover your visit to the emergency "
           f"room of {HOSP3} on {long(er)}.", 10)
    b.para(f"Medicaid, including {PROG}, can start up to three months before the month in which we receive an "
           f"application. Because we received yours in May 2026, the earliest month we can cover is February 2026. "
           f"Your emergency room visit in January 2026 was before that month, so we cannot cover it. (Wendmoor "
           "Medical Assistance Rule 14.105.)", 10)
    b.para("If you sent an application for this visit earlier and have a copy or a receipt, send it to us. We will "
           "look again.", 10)
    b.add_page()
    b.heading("Your rights", 11)
    b.para("You can ask us to review this decision (an agency review) within 60 calendar days of the date you "
           "receive this notice. You can also ask for a state fair hearing within 90 days. To ask for either, call "
           f"the help line or write to the Eligibility Section, {AUTH}, {PO}.", 9.8)
    b.para("You may bring someone to help you. Free legal help may be available; call 211.", 9.8)
    b.signoff(["Eligibility Section", AUTH, f"Worker: {sig2}"], 9.6)
    d_no = (out(b), truth("denial_letter", "eligibility", insurer=AUTH, member_id=cid2, member_name=dad,
                          cases=[app2], service_dates=[iso(er)], denial_date=iso(nd2), provider=HOSP3,
                          alternates={"insurer": ALT}, denial_alternates=["timely_filing"]))
    return [d_ok, d_no]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_claim_notice_four_pages_client_id_only_in_header_followup_visit", "born_digital",
             [born_claim_notice(rng)]),
        Item(F + "finefax_remittance_unruled_two_pages_code_only_in_back_glossary", "fax_fine_g4",
             [finefax_ra(rng)]),
        Item(F + "lowres_emergency_period_review_days_after_stabilized_nurse_and_medical_director",
             "scan_lowres_150", [lowres_review(rng)]),
        Item(F + "phone_es_consulta_prenatal_y_ultrasonido_de_rutina", "phone_photo", [phone_es_prenatal(rng)]),
        Item(F + "rotated_two_column_reconsideration_upheld_pharmacy_take_home_medicines", "rotated",
             [rotated_reconsideration(rng)]),
        Item(F + "faxstd_ambulance_claim_notice_boxes_certification_form_not_received", "fax_standard_g4",
             [faxstd_ambulance(rng)]),
    ]
    items.append(Item(F + "clean300_stack_approval_labor_and_delivery_blank_then_late_application_page_two_sideways",
                      "scan_clean_300", clean_stack(rng), separators=["blank", None], turns={(1, 1): 90}))
    return items
