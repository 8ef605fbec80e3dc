"""Notices mirrored (structure and plain wording style only) from the papers of Big Sky Rx, the Montana Department of
Public Health and Human Services' (DPHHS) program that helps Montanans with Medicare pay the monthly premium of their
Medicare Part D drug plan, and from the pharmacy side of it. Public rules used as themselves: Big Sky Rx pays toward
the Part D premium only, up to a monthly limit, never the drug itself, the deductible or a copayment; it pays only
for the Part D (drug) part of a Medicare Advantage plan's premium; it does not pay for months before the month after
enrollment (no retroactive benefit); a person who had Montana Medicaid in the last 12 months is not eligible; the
payment goes to the plan or, if the member chose it, to the member; an applicant may ask for a review and a fair
hearing. Every monthly limit, time limit, form number, code, plan, pharmacy, clinic, person, number and address is
invented; phones use 555. Reasons are put in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_pharmacy_claim_response_copay_sent_as_secondary: a Big Sky Rx "pharmacy claim response" form faxed to a
  pharmacy, short captions left of, above and under their boxes ("Dt of Notice", "Bene ID", "Ref/ICN", "Svc Dt(s)",
  "Amt Billed"); the pharmacy billed the member's copayment as a secondary claim, and the program pays no part of a
  drug's cost (not_covered). Decoys: Medicare number, Rx #, pharmacy NPI, fax numbers, BIN/PCN/RxGRP, DOB, drug
  cost and plan-paid boxes; the prescriber only in a sentence.
- born_digital_premium_statement_january_before_enrollment: a member's statement of premium payments with a facts
  box at the right and a month table (premium due / Extra Help / Big Sky Rx paid / you owe / code); January pays
  0.00 under E2, explained only in the legend (enrolled in January, help starts the next month: eligibility).
  Deadline "by <date>". Decoys: EFT trace, enrollment date, plan contract number, monthly limit.
- lowres_two_column_letter_late_payback_request: a 150 dpi letter set in two columns, values with their captions
  under them; a member's request to be paid back two months of premiums reached the program after its 120-day
  limit (timely_filing); "no later than 90 calendar days after you receive this letter" (nothing to count from:
  truth null). Decoys: received date, an earlier check number, Medicare number.
- photocopy_letter_drug_the_plan_refused_paid_at_counter: a photocopied letter with captions beside boxes: the member
  asks the program to repay a medicine her Part D plan did not cover; the pharmacy and prescriber only in sentences,
  the refused amount only in a sentence (not_covered); "within 45 days after the date printed at the top".
- phone_es_aviso_prima_medicaid_ultimos_12_meses: a photographed Spanish notice with a facts box at the right: the
  April premium is not paid because the member had Montana Medicaid within the last 12 months (eligibility);
  amount "US$ 47,35" beside "$47.35", deadline "a más tardar el <fecha>".
- rotated_notice_eligible_and_enrolled: a notice of eligibility (eligible and enrolled) fed sideways (denies
  nothing).
- finefax_stack_cover_duplicate_payback_then_review_decision_upside_down: a fax cover sheet, a letter refusing to
  pay a member back for a month already paid to the plan (other, duplicate), then upside down an administrative
  review decision keeping the refusal of the medical part of a Medicare Advantage premium (not_covered; fair
  hearing only, so no appeal deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famef import EASheet, cur, dob, es_date, month_end, mt_address, people, phone, wday, workday
from public_kit import digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "montana_big_sky_rx_premium_assistance_and_pharmacy_claim_denial"
LANG = "en"
SEED = 354905
INS = "Montana Department of Public Health and Human Services"
ALT = ["Department of Public Health and Human Services", "DPHHS", "Montana DPHHS", "Big Sky Rx",
       "Big Sky Rx Program"]
INS_ES = "Departamento de Salud Pública y Servicios Humanos de Montana"
LIMIT = 43.60
PDP = "Beartooth Senior Rx (PDP)"
PDP2 = "Madison Fork Prescription Plan (PDP)"
MAPD = "Absaroka Medicare Advantage Plus (HMO-POS)"
PHARM = "Tobacco Root Family Pharmacy"
PHARM2 = "Judith Basin Drug & Gift"
CLINIC = "Ruby Valley Medical Clinic"


def bsx(rng):
    return f"BSX{digits(rng, 7)}"


def req(rng):
    return f"PR-26-{digits(rng, 6)}"


def _head(p, rng, box=None, unit="Big Sky Rx Program"):
    p.head(INS, "DPHHS", [f"{unit}  |  PO Box {rng.randint(200000, 209999)}, Helena MT 59620-{digits(rng, 4)}  |  "
                               f"toll-free 1-866-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.5)


def faxstd_pharmacy(rng):
    member, prescriber, tech = people(rng, 3)
    b, m_ = bsx(rng), mbi(rng)
    fill = dt.date(2026, 4, rng.randint(6, 24))
    nd = workday(plus(fill, rng.randint(9, 15)))
    icn = f"26{digits(rng, 3)}{digits(rng, 8)}"
    rx = f"{digits(rng, 7)}"
    cost = round(rng.randint(380, 520) + rng.randint(0, 99) / 100, 2)
    copay = round(rng.choice([35.0, 42.0, 47.0, 45.5]), 2)
    plan_paid = round(cost - copay, 2)
    rxgrp = f"MTSP{digits(rng, 3)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(10, 16)}:{rng.randint(10, 59)}  FROM BIG SKY RX PHARMACY UNIT  "
           f"FAX {phone(rng)}  TO {PHARM.upper()}  P.{{n}}")
    p = EASheet(footer="Page {n} of {nb}", footer_left=f"BSRx-PH-7 (rev. 11/2025)   printed {fdate(nd, 'short')}",
                fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, unit="Big Sky Rx Program - Pharmacy Unit")
    p.title_bar("PHARMACY CLAIM RESPONSE", "Reply to a claim sent to Big Sky Rx by a pharmacy. Keep with the claim.")
    W = p.w - p.l_margin - p.r_margin
    last, first, mi = member.split()[-1], member.split()[0], member.split()[1].rstrip(".")
    p.capcells([("Dt of Notice", fdate(nd, "slash"), 62, "L"), ("To (pharmacy)", PHARM, 78, "A"),
                ("Pharm NPI", digits(rng, 10), W - 140, "A")])
    p.capcells([("Bene ID", b, 42, "A"), ("Medicare No.", m_, 44, "A"), ("Bene Name", f"{last.upper()}, {first.upper()} {mi}",
                62, "A"), ("DOB", fdate(dob(rng), "slash"), W - 148, "B")])
    p.capcells([("Ref/ICN", icn, 70, "L"), ("Rx #", rx, 36, "B"), ("Svc Dt(s)", fdate(fill, "slash"), 38, "B"),
                ("Amt Billed", money(copay), W - 144, "B")])
    p.capcells([("BIN / PCN / RxGRP", f"0{digits(rng, 5)} / BSRXMT / {rxgrp}", 72, "A"),
                ("Drug cost (ingr. + fee)", money(cost), 44, "A"), ("Paid by Part D plan", money(plan_paid), 40, "A"),
                ("Big Sky Rx paid", "$0.00", W - 156, "A")])
    p.ln(1)
    p.boxed_pairs([("Status", "NOT PAID - do not resubmit"), ("Primary payer on file", f"{PDP}"),
                   ("Pharmacy fax on file", phone(rng))], label_w=50, size=8.8)
    p.para(f"**What you sent us.** On {fdate(fill, 'long')} your pharmacy filled prescription {rx} for the person named "
           f"above. Dr. {prescriber} wrote the prescription. {PDP} paid its part, and the claim you sent us asks Big "
           f"Sky Rx for the {money(copay)} the member was left to pay at the counter.", 9.0)
    p.para("**Our answer.** Big Sky Rx sends money to the member's Part D plan to lower the monthly premium, and that "
           "is the whole of its help. It has no drug benefit behind the Part D plan: a copayment, coinsurance or "
           "deductible stays with the member, or with Extra Help when the member has it. We cannot pay any part of "
           "this prescription. Please collect the amount from the member as you normally would, and do not send "
           "Big Sky Rx claims for prescriptions in the future.", 9.0)
    p.para(f"**If you disagree.** Fax the claim, this response and anything you want us to read within 30 days of the "
           f"date on this notice to the Pharmacy Unit at {phone(rng)}. The member may call us toll-free with "
           f"questions. Entered by {tech}, pharmacy unit technician.", 9.0)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=b, member_name=member, cases=[icn],
              claim_amount=m2(copay), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=PHARM,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "provider": [prescriber], "claim_amount": [m2(cost)],
                          "group_number": [rxgrp]},
              type_alternates=["eob"], denial_alternates=["other"])
    return out(p), t


def bd_statement(rng):
    member, = people(rng, 1)
    b, m_ = bsx(rng), mbi(rng)
    enrolled = dt.date(2026, 1, rng.randint(12, 27))
    sd = workday(dt.date(2026, 5, rng.randint(4, 14)))
    dl = dt.date(2026, 7, rng.randint(10, 20))
    prem = round(rng.randint(52, 64) + rng.choice([0.1, 0.4, 0.7, 0.9]), 2)
    contract = f"S{digits(rng, 4)}-0{digits(rng, 2)}"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, box="STATEMENT")
    p.addr_pair("Mailed to", [member, *mt_address(rng)], "Questions",
                ["Big Sky Rx member line", f"1-866-555-{digits(rng, 4)} (TTY 711)", "Mon-Fri 8 am to 5 pm"])
    p.facts_right([("Statement date", fdate(sd, "long")), ("Big Sky Rx ID", b), ("Medicare number", m_),
                   ("Enrolled in Big Sky Rx", fdate(enrolled, "slash")), ("Your Part D plan", PDP),
                   ("Plan contract", contract), ("Most we pay a month", money(LIMIT))],
                  ["**Your premium payments, January to April 2026**",
                   "This statement lists each month's Part D premium and what Big Sky Rx sent to your plan for it. "
                   "It is not a bill. Your plan bills you for any part of a premium that is left over.",
                   f"We pay your plan directly by electronic transfer, usually in the first week of the month. The last "
                   f"transfer to {PDP} was trace no. {digits(rng, 10)}.",
                   "Keep this statement with your tax papers. If your plan's premium changes, send us the plan's "
                   "letter so that we can change what we pay."], side_w=62, size=9.2, title="Facts about you")
    rows, tot, deny_no = [], [0.0, 0.0, 0.0, 0.0], None
    for mo in (1, 2, 3, 4):
        a = dt.date(2026, mo, 1)
        e = month_end(a)
        n = req(rng)
        paid = 0.0 if mo == 1 else LIMIT
        owe = round(prem - paid, 2)
        code = "E2" if mo == 1 else "P"
        if mo == 1:
            deny_no = n
        tot = [tot[0] + prem, tot[1], tot[2] + paid, tot[3] + owe]
        rows.append([n, f"{fdate(a, 'short')}-{fdate(e, 'short')}", "Beartooth Senior Rx", money(prem, "nosign"),
                     "0.00", money(paid, "nosign"), money(owe, "nosign"), code])
    rows.append(["Totals", "", "", *[money(x, "nosign") for x in tot], ""])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Payment req. no.", "Coverage month", "Part D plan", "Premium due", "Extra Help paid", "Big Sky Rx paid",
             "You owe plan", "Code"], rows, [30, 34, 34, 17, 17, 18, 18, W - 168], size=7.8,
            aligns=["L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Codes.** P: paid to your plan, up to the most we pay a month. E2: this month came before your help "
           "began. Big Sky Rx pays from the first month after the month you were enrolled and does not go back to "
           "earlier months, even when your plan bills them later.", 8.6)
    p.para(f"If you think a month on this statement is wrong, write to the Big Sky Rx Program by {fdate(dl, 'long')}. "
           "Tell us the month and why. You also have the right to a fair hearing; the enclosed sheet explains it.", 8.6)
    t = truth("eob", "eligibility", insurer=INS, member_id=b, member_name=member, cases=[deny_no],
              claim_amount=m2(prem), service_dates=["2026-01-01/2026-01-31"], denial_date=sd.isoformat(),
              provider=None, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "provider": [PDP], "plan_id": [contract],
                          "service_dates": [[], ["2026-01-01", "2026-01-31"]]})
    return out(p), t


def lowres_late(rng):
    member, clerk, sup = people(rng, 3)
    b, m_ = bsx(rng), mbi(rng)
    a, e = dt.date(2026, 2, 1), dt.date(2026, 3, 31)
    rec = plus(e, rng.randint(128, 140))
    nd = workday(plus(rec, rng.randint(9, 16)))
    n = req(rng)
    asked = round(2 * LIMIT, 2)
    chk = f"{digits(rng, 7)}"
    p = EASheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="Big Sky Rx Program - Member Payments")
    for ln in [member, *mt_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.under([(fdate(nd, "long"), "Date of this letter"), (b, "Big Sky Rx ID"), (n, "Payback request no."),
             (fdate(rec, "slash"), "Request received")], size=9.6)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.columns(
        [("What you asked for",
          f"You pay your {PDP2} premium yourself, and Big Sky Rx pays you back each month by check. You asked us to "
          f"pay you back {money(asked)} for your premiums from {fdate(a, 'long')} through {fdate(e, 'long')}, "
          f"{money(LIMIT)} for each month."),
         ("What we decided",
          "We cannot pay this request. A request to be paid back has to reach us within 120 days after the last "
          "day of the month the premium was for. For March, that was the end of July. Your request came to us on "
          "the date shown above, after that time had run out for both months."),
         ("", f"Your last payback, for January, was mailed on check no. {chk}. It is not affected.")],
        [("If you think we are wrong",
          "You can ask for a review. Write to us and tell us why the request was on time, for example a postmark "
          "or a letter from your plan that came late. Your request for a review has to reach us no later than 90 "
          "calendar days after you receive this letter."),
         ("Other help", f"Medicare number on file: {m_}. You may also ask for a fair hearing; the enclosed sheet "
                        "tells you how. To avoid this in the future, send each month's plan receipt as soon as "
                        "you pay it."),
         ("", f"Sincerely,\n{clerk}\nMember Payments, Big Sky Rx Program\nSupervisor: {sup}")], size=9.4)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=b, member_name=member, cases=[n],
              claim_amount=m2(asked), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=None, appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [m_], "provider": [PDP2],
                          "service_dates": [[a.isoformat(), e.isoformat()]]})
    return out(p), t


def photocopy_drug(rng):
    member, doc, sig = people(rng, 3)
    b = bsx(rng)
    written = dt.date(2026, 3, rng.randint(2, 20))
    fill = plus(written, rng.randint(1, 4))
    rec = plus(fill, rng.randint(12, 20))
    nd = workday(plus(rec, rng.randint(8, 14)))
    n = req(rng)
    paid = round(rng.randint(240, 380) + rng.randint(1, 99) / 100, 2)
    receipt = f"{digits(rng, 2)}-{digits(rng, 5)}"
    rx = f"{digits(rng, 7)}"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(wday(nd), 10, "B")
    p.ln(2)
    for ln in [member, *mt_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Member", member), ("Big Sky Rx ID", b)],
              [("Request No.", n), ("Date received", fdate(rec, "slash"))],
              [("Receipt No.", receipt), ("Rx #", rx)]], cap_w=26, size=9)
    p.para(f"Dear {member}:", 10)
    p.para(f"Thank you for your letter and the receipt from {PHARM2} in Stanford. Dr. {doc} at {CLINIC} prescribed a "
           f"90-day supply of a blood pressure medicine for you on {fdate(written, 'long')}, and the pharmacy filled it "
           f"on {fdate(fill, 'long')}. Your Part D plan, {PDP}, turned the claim down because the medicine is not on its "
           f"drug list, so you paid {money(paid)} at the counter. You asked Big Sky Rx to give that money back to you.",
           10)
    p.para("We are not able to do that. Big Sky Rx helps with one thing only: the monthly premium you owe your Part D "
           "plan. It does not pay for a medicine itself, whatever the reason the plan gave, and it does not pay "
           "deductibles or copayments.", 10)
    p.para(f"What may still help: ask {PDP} for an exception. Your doctor can tell the plan why you need this medicine "
           "and not one on its list. The plan's notice to you explains how and by when. We have kept paying your "
           "premium; that help has not changed.", 10)
    p.para("If you think we are wrong, your request for an administrative review must reach us within 45 days after "
           "the date printed at the top of this letter. Send it to the address above.", 10)
    p.para(f"Sincerely,\n{sig}\nBig Sky Rx Program", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=b, member_name=member, cases=[n],
              claim_amount=m2(paid), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=PHARM2,
              appeal_deadline=plus(nd, 45).isoformat(),
              alternates={"insurer": ALT, "provider": [doc, CLINIC]})
    return out(p), t


def phone_es(rng):
    member, sig = people(rng, 2)
    b, m_ = bsx(rng), mbi(rng)
    a = dt.date(2026, 4, 1)
    e = month_end(a)
    nd = workday(dt.date(2026, 5, rng.randint(4, 12)))
    dl = workday(plus(nd, rng.randint(28, 35)))
    n = req(rng)
    prem = 47.35
    mcaid = f"{digits(rng, 10)}"
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(INS, "DPHHS", [INS_ES, f"Programa Big Sky Rx  |  PO Box {rng.randint(200000, 209999)}, Helena MT 59620  "
                               f"|  1-866-555-{digits(rng, 4)}  |  TTY 711"], size=12.5)
    p.title_bar("AVISO SOBRE EL PAGO DE SU PRIMA")
    for ln in [member, *mt_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.facts_right([("Fecha del aviso", es_date(nd, True)), ("Número de Big Sky Rx", b), ("Número de Medicare", m_),
                   ("Solicitud de pago", n), ("Mes de la prima", f"1/4/2026 al 30/4/2026"),
                   ("Prima cobrada por su plan", f"$47.35 ({cur(prem, 'USD_ES')})"), ("Su plan", PDP2)],
                  [f"Estimado(a) {member}:",
                   f"Su plan de medicamentos de Medicare, {PDP2}, nos pidió el pago de su prima de abril de 2026, "
                   f"de {cur(prem, 'USD_ES')}. No vamos a pagar esa prima.",
                   "Según nuestros registros, usted tuvo Medicaid de Montana desde noviembre de 2025 hasta enero de "
                   f"2026 (número de Medicaid {mcaid}). Big Sky Rx solo puede ayudar a personas que no han tenido "
                   "Medicaid en los últimos 12 meses. Por eso su plan le cobrará a usted la prima completa de abril.",
                   "Si cree que esto es un error, por ejemplo si su Medicaid terminó antes, escríbanos o llámenos a más "
                   f"tardar el {es_date(dl)}. Envíe una copia de la carta de Medicaid que muestre las fechas. También "
                   "tiene derecho a pedir una audiencia imparcial; vea la hoja adjunta.",
                   f"Atentamente,\n{sig}\nPrograma Big Sky Rx"], side_w=64, size=9.3, title="Datos del aviso")
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=b, member_name=member, cases=[n],
              claim_amount=m2(prem), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=None, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT + [INS_ES], "member_id": [m_], "provider": [PDP2],
                          "service_dates": [[], [a.isoformat(), e.isoformat()]]})
    return out(p), t


def rotated_enrolled(rng):
    member, worker = people(rng, 2)
    b, m_ = bsx(rng), mbi(rng)
    enrolled = dt.date(2026, 2, rng.randint(9, 24))
    start = dt.date(2026, 3, 1)
    nd = workday(plus(enrolled, rng.randint(2, 6)))
    app = f"APP-{digits(rng, 7)}"
    prem = round(rng.randint(38, 60) + rng.choice([0.2, 0.5, 0.8]), 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, box="NOTICE OF ELIGIBILITY")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *mt_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.grid([[("Big Sky Rx ID", b), ("Application no.", app), ("Medicare number", m_)],
            [("Status", "Eligible and enrolled"), ("Enrolled on", fdate(enrolled, "slash")),
             ("First month we pay", start.strftime("%B %Y"))]], size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para("Good news. We have looked at your application and you qualify for Big Sky Rx. You are now enrolled.", 10)
    p.table(["Your Part D plan", "Monthly premium", "Big Sky Rx pays", "You pay your plan"],
            [[PDP, money(prem), money(min(prem, LIMIT)), money(max(0.0, round(prem - LIMIT, 2)))]],
            [70, 32, 36, p.w - p.l_margin - p.r_margin - 138], size=8.8)
    p.para(f"We will send our part to {PDP} each month, starting with the premium for {start.strftime('%B %Y')}. Your "
           "plan will send you a bill only for any amount left over. Big Sky Rx does not pay for your medicines, "
           "your deductible or your copayments.", 10)
    p.para("Tell us within 10 days if you change Part D plans, move out of Montana or start getting Medicaid. "
           f"If you disagree with anything in this notice you may ask for a fair hearing. Your worker is {worker}.", 10)
    t = truth("other", None, insurer=INS, member_id=b, member_name=member, denial_date=nd.isoformat(),
              alternates={"insurer": ALT, "member_id": [m_], "case_numbers": [[app]], "provider": [PDP],
                          "service_dates": [[start.isoformat()]]})
    return out(p), t


def finefax_stack(rng):
    member, sig = people(rng, 2)
    b = bsx(rng)
    a = dt.date(2026, 3, 1)
    e = month_end(a)
    paid_on = dt.date(2026, 3, rng.randint(3, 6))
    rec = dt.date(2026, 4, rng.randint(13, 24))
    nd = workday(plus(rec, rng.randint(7, 12)))
    n = req(rng)
    eft = f"{digits(rng, 10)}"
    p = EASheet(footer="Page {n} of {nb}", footer_left=f"Notice printed {fdate(plus(nd, -1), 'slash')}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, unit="Big Sky Rx Program - Member Payments")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *mt_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("Big Sky Rx ID", b), ("Request no.", n), ("Received", fdate(rec, "dmy")),
               ("Plan payment EFT", eft)], size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received your request to pay you back {money(LIMIT)} for your {PDP2} premium for March 2026, that is "
           f"for {fdate(a, 'long')} to {fdate(e, 'long')}. You sent a copy of your bank statement with it.", 10)
    p.para(f"Big Sky Rx had already paid that month. On {fdate(paid_on, 'long')} we sent {money(LIMIT)} straight to "
           f"{PDP2} for your March premium (electronic transfer no. {eft}). The payment you made to the plan that "
           "month was for the part we do not pay. Paying you as well would pay the same month twice, so we are not "
           "sending a check.", 10)
    p.para("If your plan tells you it did not receive our March payment, send us its letter. If you think we are "
           "wrong, you can ask us for a review within 60 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Payments", 10)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=b, member_name=member, cases=[n],
                         claim_amount=m2(LIMIT), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
                         denial_date=nd.isoformat(), provider=None, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [PDP2],
                                     "service_dates": [[a.isoformat(), e.isoformat()]]}))
    member2, officer, rep = people(rng, 3)
    b2, m2_ = bsx(rng), mbi(rng)
    a2, e2 = dt.date(2026, 1, 1), dt.date(2026, 4, 30)
    total, partd = 96.00, 31.40
    asked = round(4 * (total - partd), 2)
    orig = req(rng)
    ar = f"AR-26-{digits(rng, 4)}"
    rd = workday(dt.date(2026, 6, rng.randint(2, 19)))
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, unit="Office of Administrative Review - Big Sky Rx")
    q.title_bar("ADMINISTRATIVE REVIEW DECISION")
    q.grid([[("Decision date", fdate(rd, "long")), ("Review no.", ar), ("Original request no.", orig)],
            [("Member", member2), ("Big Sky Rx ID", b2), ("Medicare number", m2_)],
            [("Months reviewed", f"{fdate(a2, 'slash')} - {fdate(e2, 'slash')}"), ("Amount asked", money(asked)),
             ("Plan", "Absaroka MA Plus (HMO-POS)")]], size=9)
    q.para(f"Dear {rep}:", 10)
    q.para(f"As {member2}'s authorized representative you asked us to review our answer to request {orig}. "
           f"{member2} is enrolled in {MAPD}, a Medicare Advantage plan that covers doctor and hospital care as well "
           f"as drugs. Its premium is {money(total)} a month. According to the plan's own letter, {money(partd)} of "
           f"that is for the drug (Part D) coverage.", 10)
    q.para(f"Big Sky Rx has paid the {money(partd)} each month. You asked us to pay the other "
           f"{money(round(total - partd, 2))} a month as well, {money(asked)} for January through April. That part of "
           "the premium buys the medical coverage of the plan, and the program can only help with what a person pays "
           "for drug coverage. The reviewer, " + officer + ", agrees with the first answer. It stays the same.", 10)
    q.para("This is the department's decision on the review. If you still disagree, you may ask for a fair hearing "
           "within 90 days; the enclosed sheet explains how.", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=b2, member_name=member2,
                         cases=[ar, orig], claim_amount=m2(asked), service_dates=[f"{a2.isoformat()}/{e2.isoformat()}"],
                         denial_date=rd.isoformat(), provider=None, appeal_deadline=None,
                         alternates={"insurer": ALT, "member_id": [m2_], "provider": [MAPD],
                                     "case_numbers": [[ar], [orig]],
                                     "service_dates": [[a2.isoformat(), e2.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pharmacy_claim_response_copay_sent_as_secondary", "fax_standard_g4", [faxstd_pharmacy(rng)]),
        Item(F + "born_digital_premium_statement_january_before_enrollment", "born_digital", [bd_statement(rng)]),
        Item(F + "lowres_two_column_letter_late_payback_request", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "photocopy_letter_drug_the_plan_refused_paid_at_counter", "photocopy", [photocopy_drug(rng)]),
        Item(F + "phone_es_aviso_prima_medicaid_ultimos_12_meses", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_notice_eligible_and_enrolled", "rotated", [rotated_enrolled(rng)]),
        Item(F + "finefax_stack_cover_duplicate_payback_then_review_decision_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
