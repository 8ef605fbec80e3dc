"""Letters and remittance-style statements mirrored from the Massachusetts Health Safety Net (HSN): the Health
Safety Net Office (within MassHealth) paying or refusing hospitals' and community health centers' claims for
low-income patients. The Health Safety Net, the Health Safety Net Office, MassHealth and the HSN regulation
101 CMR 613.00 appear as themselves (names only; their wording is mirrored in style, not copied); every hospital,
health center, physician, patient, number, address and time limit printed here is invented.

Documents (8 in 7 files):
- bd_remittance_four_claims_one_not_eligible: a landscape HSN remittance advice to a hospital, four claims for
  three patients (one patient has a paid claim and a denied one); the denied row's patient was not HSN-eligible
  on the date of service. Adjustment codes, a check/EFT number, the hospital's NPI and a total line are decoys.
- faxstd_two_page_prose_eligibility_ended: a two-page letter to the patient on a standard fax, the member block
  on page 1 and the claim facts (visit, hospital, amount, claim number) only in sentences on page 2; the date the
  eligibility ended and the renewal mailing date are decoys.
- phone_es_medico_privado_no_cubierto: a photographed Spanish letter: a private physician group's emergency
  room bill is not a service the HSN pays (only hospital and health center bills); facts in sentences.
- rotated_hospital_statement_hsn_partial_deductible: the hospital's patient statement fed sideways, HSN Partial
  applied (the patient owes toward the deductible); denies nothing.
- lowres_two_page_bad_debt_collection_record_not_received: a two-page prose letter to a hospital at 150 dpi:
  an emergency bad debt claim refused because the record of collection efforts was not received; an
  instruction paragraph with example ICN and dates.
- photocopy_captions_under_values_late_health_center_claim: a photocopied notice to a community health center,
  captions printed UNDER their values ("Matter no.", "Decision made on", ...): the claim came in too late.
- clean300_stack_eligibility_approval_then_other_insurance_first_upside_down: a MassHealth notice that the
  patient qualifies for Health Safety Net Primary (denies nothing), the blank back of its sheet, then an HSN letter
  (fed upside down) refusing a claim because the patient's other insurance must be billed first.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdre import DRSheet, people
from public_kit import amount, digits, fdate, m2, money, plus, span, out, truth

FAMILY = "massachusetts_health_safety_net_claim_denial"
LANG = "en"
SEED = 353104
HSN = "Health Safety Net Office"
HSN_ALT = ["Health Safety Net", "Massachusetts Health Safety Net", "MassHealth"]
HOSP = "Quarrybrook Regional Hospital"
CHC = "Fenwick Landing Community Health Center"
TOWNS = [("Wexcombe", "017"), ("Harrow Falls", "013"), ("North Tilby", "020"), ("Saltmarsh", "027")]
STREETS = ["Tanner Row", "Birchfield Ave", "Cordwainer St", "Millpond Rd", "Ledgewood Ter"]


def mh_id(rng):
    """A 12-digit MassHealth-shaped member ID (invented)."""
    return "1" + digits(rng, 11)


def icn(rng):
    return f"26{digits(rng, 11)}"


def ma_addr(rng):
    town, z = rng.choice(TOWNS)
    return [f"{rng.randint(12, 980)} {rng.choice(STREETS)}, Apt {rng.randint(1, 9)}",
            f"{town} MA {z}{rng.randint(10, 99)}-{digits(rng, 4)}"]


def dob(rng, lo=1950, hi=2004):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def lastfirst(name):
    first, mid, last = name.split()
    return f"{last.upper()}, {first.upper()} {mid.rstrip('.')}"


def _hsn_head(p: DRSheet, rng, unit="Health Safety Net Office"):
    p.f(8, "B")
    p.cell(0, 4, "Commonwealth of Massachusetts  |  Executive Office of Health and Human Services",
           new_x="LMARGIN", new_y="NEXT")
    p.f(15, "B")
    p.cell(0, 7, "MassHealth", new_x="LMARGIN", new_y="NEXT")
    p.f(10.5, "B")
    p.cell(0, 5, unit, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"PO Box {rng.randint(4100, 9800)}, Boston MA 0210{rng.randint(1, 9)}-{digits(rng, 4)}  |  "
                 f"HSN Help Line 1-877-555-{digits(rng, 4)}  |  TTY 711  |  Fax 617-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_remittance(rng):
    pat, other1, other2, att = people(rng, 4)
    mid, mid1, mid2 = mh_id(rng), mh_id(rng), mh_id(rng)
    rd = dt.date(2026, rng.choice([4, 5]), rng.randint(3, 24))
    d_paid = plus(rd, -rng.randint(60, 80))
    d_den = plus(rd, -rng.randint(30, 50))
    d_den2 = plus(d_den, 2)
    rows_src = [
        (pat, mid, d_paid, d_paid, "0510 Clinic visit", amount(rng, 260, 480), "paid"),
        (other1, mid1, plus(rd, -55), plus(rd, -52), "0120 Inpatient, semi-private", amount(rng, 9800, 15400),
         "paid"),
        (pat, mid, d_den, d_den2, "0360 Outpatient surgery", amount(rng, 3100, 5200), "denied"),
        (other2, mid2, plus(rd, -41), plus(rd, -41), "0450 Emergency room", amount(rng, 1400, 2600), "partial"),
    ]
    rows, tb, tp = [], 0.0, 0.0
    claims = []
    for name, m, a, b, svc, c, st in rows_src:
        n = icn(rng)
        claims.append(n)
        tb += c
        if st == "denied":
            rows.append([n, lastfirst(name), m, fdate(a, "slash"), fdate(b, "slash"), svc, money(c, "nosign"),
                         "0.00", "0.00", "0.00", "DENIED", "E31"])
        else:
            al = round(c * rng.uniform(0.42, 0.6), 2)
            ded = round(min(al * 0.3, 180.0), 2) if st == "partial" else 0.0
            pd = round(al - ded, 2)
            tp += pd
            rows.append([n, lastfirst(name), m, fdate(a, "slash"), fdate(b, "slash"), svc, money(c, "nosign"),
                         money(al, "nosign"), money(ded, "nosign"), money(pd, "nosign"), "PAID", "P01" if not ded
                         else "D12"])
    rows.append(["", "TOTALS THIS REMITTANCE", "", "", "", "", money(round(tb, 2), "nosign"), "", "",
                 money(round(tp, 2), "nosign"), "", ""])
    den = rows_src[2]
    p = DRSheet(footer="Page {n} of {nb}", footer_left="HSN RA  (Rev. 01/2026)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _hsn_head(p, rng, "Health Safety Net Office  -  Claims")
    p.line("HEALTH SAFETY NET REMITTANCE ADVICE", 12.5, "B")
    p.ln(1)
    p.capstrip([("Provider", HOSP), ("HSN provider no.", f"HSN{digits(rng, 6)}"), ("NPI", digits(rng, 10)),
                ("Remittance date", fdate(rd, "long")), ("EFT trace", f"EFT{digits(rng, 10)}")],
               [72, 40, 36, 50, 61.4])
    p.capstrip([("Claims received through", fdate(plus(rd, -9), "slash")), ("HSN fiscal year", "10/01/2025 - 09/30/2026"),
                ("Page contains", "4 claims, 3 patients")], [80, 90, 89.4])
    p.ln(3)
    p.table(["ICN", "Patient", "Member ID", "From", "Thru", "Service", "Charges", "HSN allowed", "Patient ded.",
             "HSN paid", "Status", "Adj."], rows, [27, 40, 25, 18, 18, 34, 18, 18, 17, 18, 14, 11.4], size=7.6,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C", "C"], bold_last=True)
    p.para("**Adjustment codes.** P01 paid at the HSN payment amount. D12 HSN Partial: the patient deductible "
           "applies to this claim. E31 the patient did not have an HSN eligibility determination in effect on the "
           "dates of service; the HSN does not pay for these dates. If the patient applies and is found eligible, "
           "the claim may be sent again for dates the eligibility covers.", 8.4)
    p.para("**Review.** A provider may ask the Health Safety Net Office to review a denied claim within 60 days of "
           "the remittance date. Send the ICN and the reason; do not send a new claim for the same dates while a "
           "review is open. For example, write the ICN as it appears above, not as 26-000-000-0000.", 8.4)
    t = truth("eob", "eligibility", insurer=HSN, member_id=den[1], member_name=den[0], cases=[claims[2]],
              claim_amount=m2(den[5]), service_dates=[span(d_den, d_den2)], denial_date=rd.isoformat(),
              provider=HOSP, appeal_deadline=plus(rd, 60).isoformat(), alternates={"insurer": HSN_ALT})
    return out(p), t


def faxstd_prose(rng):
    pat, = people(rng, 1)
    mid = mh_id(rng)
    nd = dt.date(2026, rng.choice([3, 4]), rng.randint(4, 26))
    dos = plus(nd, -rng.randint(35, 55))
    ended = plus(dos, -rng.randint(10, 30))
    renew = plus(ended, -45)
    billed = amount(rng, 280, 640)
    n = icn(rng)
    lid = f"HSN-L{digits(rng, 7)}"
    fax = (f"{plus(nd, 6).strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  FROM: TILBY LEGAL AID 508-555-{digits(rng, 4)}  "
           f"TO: HSN OFFICE   P.{{n}}")
    p = DRSheet(footer=None, fax_hdr=fax, run_hdr=f"Letter {lid}   Page {{n}} of {{nb}}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _hsn_head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [pat, *ma_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Your MassHealth ID", mid), ("Date of birth", fdate(dob(rng), "slash"))], label_w=42, size=9.4,
            h=4.8)
    p.ln(3)
    p.para(f"Dear {pat}:", 10)
    p.para("The Health Safety Net (HSN) helps pay for care at Massachusetts hospitals and community health centers "
           "for people who qualify. A hospital sent us a bill for care you received. This letter tells you what we "
           "decided about that bill and what you can do if you disagree.", 10)
    p.para("Please read every page. The details of the bill are on the next page. Keep this letter with your "
           "other health coverage papers.", 10)
    p.para("If you need this letter in another language or a large-print format, call the HSN Help Line. The call "
           "is free.", 10)
    p.add_page()
    p.heading("What we decided", 11)
    p.para(f"On {fdate(dos, 'long')}, you had an outpatient visit at {HOSP}. The hospital asked the Health Safety "
           f"Net to pay {money(billed)} for that visit, and we handled its bill under claim number {n}.", 10)
    p.para(f"We could not pay this bill. Our records show your Health Safety Net eligibility ended on "
           f"{fdate(ended, 'long')}, because the renewal form we mailed to you on {fdate(renew, 'long')} was not "
           "returned. You were not eligible for the Health Safety Net on the day of the visit.", 10)
    p.heading("What you can do", 11)
    p.para("If you think we made a mistake, you may ask the Health Safety Net Office to review this decision. "
           "Your request must reach us within 30 days of the date of this letter. You may also apply again for "
           "MassHealth and the Health Safety Net at any time; a new determination may cover the 10 days before "
           "you apply. The hospital may bill you while this bill is not paid.", 10)
    p.para("Questions? Call the HSN Help Line at 1-877-555-0142 (TTY 711), Monday to Friday, 8 a.m. to 5 p.m.", 10)
    p.para("Health Safety Net Office", 10)
    t = truth("denial_letter", "eligibility", insurer=HSN, member_id=mid, member_name=pat, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": HSN_ALT})
    return out(p), t


def phone_es(rng):
    pat, doc = people(rng, 2)
    mid = mh_id(rng)
    dos = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 26))
    nd = plus(dos, rng.randint(40, 60))
    billed = amount(rng, 340, 890)
    ref = f"HSN-R-{digits(rng, 8)}"
    grp = "Bayward Emergency Physicians"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _hsn_head(p, rng, "Oficina de la Red de Seguridad de Salud (Health Safety Net Office)")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [pat, *ma_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {pat}:", 10)
    p.para(f"El {fdate(dos, 'long', 'es')} usted fue atendido(a) en la sala de emergencias de {HOSP} por la "
           f"Dra. {doc}, del grupo médico {grp}. Ese grupo nos envió una factura de {money(billed)} por la "
           f"atención de la doctora, que tramitamos con el número de referencia {ref}.", 10)
    p.para("No podemos pagar esta factura. La Red de Seguridad de Salud (Health Safety Net) paga servicios "
           "facturados por hospitales y centros de salud comunitarios de Massachusetts. No paga las facturas de "
           "médicos o grupos médicos privados que no facturan a través del hospital, aunque la atención se haya "
           "dado dentro del hospital. La factura del propio hospital por esa visita no se ve afectada por esta "
           "carta.", 10)
    p.para(f"Su número de MassHealth es {mid}. Consérvelo para cualquier llamada.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.6)
    p.para("Puede pedir a la Oficina de la Red de Seguridad de Salud que revise esta decisión dentro de 30 días a "
           "partir de la fecha de esta carta. Escriba su nombre y su número de referencia; por ejemplo: "
           "«Referencia HSN-R-00000000, visita del 01/01/2026». Llame a la línea de ayuda: 1-877-555-0142 "
           "(TTY 711).", 9.6)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=HSN, member_id=mid, member_name=pat, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=grp,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": HSN_ALT, "provider": [doc, HOSP]})
    return out(p), t


def rotated_statement(rng):
    pat, guar, att = people(rng, 3)
    mid = mh_id(rng)
    dos = dt.date(2026, rng.choice([1, 2]), rng.randint(3, 25))
    sd = plus(dos, rng.randint(45, 70))
    lines = [("0450", "Emergency department visit", 1, amount(rng, 1200, 1900)),
             ("0320", "X-ray, chest 2 views", 1, amount(rng, 180, 320)),
             ("0300", "Laboratory", 3, amount(rng, 40, 90)),
             ("0250", "Pharmacy", 2, amount(rng, 12, 45))]
    rows, total = [], 0.0
    for rc, desc, q, unit in lines:
        a = round(q * unit, 2)
        total += a
        rows.append([fdate(dos, "slash"), rc, desc, str(q), money(a, "nosign")])
    total = round(total, 2)
    hsn_paid = round(total * 0.38, 2)
    ded = 150.0
    adj = round(total - hsn_paid - ded, 2)
    rows.append(["", "", "TOTAL CHARGES", "", money(total, "nosign")])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HOSP, "QRH", [f"Patient Financial Services  |  {rng.randint(100, 900)} Quarry Rd, Wexcombe MA "
                              f"017{rng.randint(10, 99)}-{digits(rng, 4)}  |  508-555-{digits(rng, 4)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [guar, *ma_addr(rng)], "Make checks payable to",
                [HOSP, f"PO Box {rng.randint(1000, 9000)}", f"Harrow Falls MA 013{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account no.", f"QB{digits(rng, 8)}"), ("Patient", pat)],
            [("Visit", fdate(dos, "slash")), ("ED physician", f"Dr. {att}"), ("Please pay by",
                                                                               fdate(plus(sd, 30), "slash"))],
            [("Coverage", f"Health Safety Net - Partial  {mid}"), ("Coverage status", "HSN paid; deductible due")]],
           size=8.4)
    p.table(["Date", "Rev", "Description", "Qty", "Amount"], rows, [26, 16, 90, 14, 33.9], size=8.6,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.pairs([("Health Safety Net payment", f"({money(hsn_paid, 'nosign')})"),
             ("HSN adjustment", f"({money(adj, 'nosign')})"), ("You owe (HSN Partial deductible)", money(ded))],
            label_w=70, size=9.2)
    p.ln(2)
    p.para("Your Health Safety Net Partial coverage paid this visit after the deductible. The amount you owe "
           "counts toward your yearly HSN Partial deductible. Ask us about a payment plan; we will not send this "
           "balance to collections while you are paying.", 9)
    t = truth("other", None, insurer=HSN, member_id=mid, member_name=pat, claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [att], "member_id": [None]})
    return out(p), t


def lowres_bad_debt(rng):
    pat, mgr = people(rng, 2)
    dos = dt.date(2026, 1, rng.randint(5, 28))
    nd = plus(dos, rng.randint(95, 120))
    billed = amount(rng, 1800, 3600)
    n = icn(rng)
    lid = f"HSN-EBD-{digits(rng, 6)}"
    p = DRSheet(footer=None, run_hdr=f"HSN Office  |  {lid}  |  Page {{n}} of {{nb}}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _hsn_head(p, rng, "Health Safety Net Office  -  Provider Services")
    p.para(fdate(nd, "long"), 10)
    p.para(f"{mgr}\nPatient Financial Services\n{HOSP}\nPO Box {rng.randint(1000, 9000)}\nWexcombe MA "
           f"017{rng.randint(10, 99)}-{digits(rng, 4)}", 10)
    p.para(f"Dear {mgr}:", 10)
    p.para("This letter is about an emergency bad debt claim your hospital sent to the Health Safety Net. Under "
           "101 CMR 613.00, the HSN may pay for emergency care a hospital could not collect from a patient only "
           "when the hospital shows it made the collection efforts the rules call for.", 10)
    p.para("How to send records. Put the internal control number (ICN) on every page. For example, write "
           "\"ICN 2600000000000, records for 01/01/2026\" at the top of each sheet. Records sent without the ICN "
           "cannot be matched and are returned.", 10)
    p.add_page()
    p.para(f"The claim is for emergency care your hospital gave {pat} on {fdate(dos, 'long')}. Your hospital "
           f"billed {money(billed)} and the claim is handled here under ICN {n}. We denied it because the record of "
           "your collection efforts was not received: we asked for it once and the time we allowed has passed. "
           "Nothing in this letter says the care was not an emergency.", 10)
    p.para(f"You may ask for a review within 60 days of the date of this letter. Send the collection record (the "
           f"bills sent to the patient and the dates they were mailed) with the ICN. Provider Services: "
           f"617-555-{digits(rng, 4)}.", 10)
    p.para(f"Sincerely,\n\nProvider Services Unit\n{HSN}", 10)
    t = truth("denial_letter", "other", insurer=HSN, member_name=pat, cases=[n], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": HSN_ALT})
    return out(p), t


def photocopy_late(rng):
    pat, clin = people(rng, 2)
    mid = mh_id(rng)
    dos = dt.date(2026, 1, rng.randint(5, 28))
    rcv = dt.date(2026, rng.choice([10, 11]), rng.randint(1, 28))
    nd = plus(rcv, rng.randint(14, 24))
    billed = amount(rng, 160, 420)
    mno = f"{digits(rng, 4)}-{digits(rng, 5)}"
    n = icn(rng)
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Form HSN-CLM-7 (Rev. 03/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _hsn_head(p, rng, "Health Safety Net Office  -  Claims Review")
    p.line("NOTICE OF CLAIM DECISION  -  COMMUNITY HEALTH CENTER", 12, "B")
    p.ln(3)
    p.under([(f"Matter no.", mno), ("Decision made on", fdate(nd, "long")), ("ICN", n)])
    p.under([("Health center", CHC), ("Enrollee ID", mid), ("Enrollee", pat)], [88, 36, 55.9])
    p.under([("Seen by", f"{clin}, NP"), ("Date(s) of care", fdate(dos, "slash")),
             ("Amount the center asked for", money(billed)), ("Claim received", fdate(rcv, "slash"))],
            [56, 36, 50, 37.9])
    p.ln(2)
    p.bar("Decision: not paid", 9.6)
    p.para(f"The center's claim for this visit reached us on {fdate(rcv, 'long')}, which is later than the HSN "
           "billing instructions allow for a visit on that date. We did not look at whether the visit itself would "
           "have been paid. The center may not bill the patient for this visit because the claim was late.", 9.6)
    p.bar("If you disagree", 9.6)
    p.para("A health center may ask for a review within 60 days of the date of this notice. Send proof that the "
           "claim was sent on time (for example, a clearinghouse acceptance report dated on or before the filing "
           "limit). Fax 617-555-0199 or write to the address above.", 9.4)
    t = truth("denial_letter", "timely_filing", insurer=HSN, member_id=mid, member_name=pat, cases=[mno, n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CHC,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": HSN_ALT, "provider": [clin], "case_numbers": [[mno], [n]]})
    return out(p), t


def clean300_stack(rng):
    pat, = people(rng, 1)
    mid = mh_id(rng)
    addr = ma_addr(rng)
    ad = dt.date(2026, 1, rng.randint(6, 26))
    start = plus(ad, -10)
    p = DRSheet(footer="Page {n} of {nb}", footer_left="Notice MH-HSN-A1 (Rev. 10/2025)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _hsn_head(p, rng, "MassHealth Enrollment Center")
    p.para(fdate(ad, "long"), 10)
    for ln in [pat, *addr]:
        p.line(ln, 10)
    p.ln(2)
    p.line(f"MassHealth ID: {mid}", 9.6, "B")
    p.ln(2)
    p.heading("Your Health Safety Net coverage", 12)
    p.para(f"Dear {pat}:", 10)
    p.para(f"We reviewed the information you gave us. You qualify for Health Safety Net - Primary starting "
           f"{fdate(start, 'long')}. Your eligibility runs for 12 months unless your income or household changes; "
           "we will send you a renewal form before it ends.", 10)
    p.para("What this means: Massachusetts hospitals and community health centers may bill the Health Safety Net "
           "for services the HSN pays for. You do not get a card. Tell the hospital or health center that you "
           "have Health Safety Net coverage and give them your MassHealth ID.", 10)
    p.para("If your income changes, tell us within 10 days. If you disagree with this decision you may ask for a "
           "fair hearing within 60 days of the date you received this notice.", 10)
    doc1 = (out(p), truth("other", None, insurer="MassHealth", member_id=mid, member_name=pat,
                          denial_date=ad.isoformat(), alternates={"insurer": [HSN, "Health Safety Net"],
                                                                  "denial_date": [None]}))
    dos = plus(ad, rng.randint(20, 40))
    nd = plus(dos, rng.randint(40, 60))
    billed = amount(rng, 520, 1400)
    n = icn(rng)
    our = f"OF-{digits(rng, 7)}"
    carrier = "Pell Meadow Health Insurance Co."
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _hsn_head(q, rng)
    q.right_pairs([("Date of this letter", fdate(nd, "long")), ("Our file", our), ("Your MassHealth ID", mid)],
                  value_w=58)
    q.ln(3)
    for ln in [pat, *addr]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Dear {pat}:", 10)
    q.para(f"{HOSP} sent the Health Safety Net a bill of {money(billed)} for imaging you had there on "
           f"{fdate(dos, 'long')}, claim {n}. We are not paying it now.", 10)
    q.para(f"When the hospital checked, it found that you also have health insurance with {carrier} through your "
           "job. The Health Safety Net pays last: the hospital must bill your other insurance first and send us "
           "what that insurance decided. After that, the HSN may pay what the other insurance did not.", 10)
    q.para("If you no longer have that insurance, or it ended before the date of the imaging, you may ask us to "
           "review this within 30 days of the date of this letter. Send a letter from the insurer or your employer "
           "showing the date your coverage ended.", 10)
    q.para("HSN Help Line 1-877-555-0142 (TTY 711)", 9.4)
    doc2 = (out(q), truth("denial_letter", "other", insurer=HSN, member_id=mid, member_name=pat, cases=[our, n],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=HOSP, appeal_deadline=plus(nd, 30).isoformat(),
                          alternates={"insurer": HSN_ALT, "case_numbers": [[n], [our]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_remittance_four_claims_one_not_eligible", "born_digital", [bd_remittance(rng)]),
        Item(F + "faxstd_two_page_prose_eligibility_ended", "fax_standard_g4", [faxstd_prose(rng)]),
        Item(F + "phone_es_medico_privado_no_cubierto", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_statement_hsn_partial_deductible", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_two_page_bad_debt_collection_record_not_received", "scan_lowres_150",
             [lowres_bad_debt(rng)]),
        Item(F + "photocopy_captions_under_values_late_health_center_claim", "photocopy", [photocopy_late(rng)]),
        Item(F + "clean300_stack_eligibility_approval_then_other_insurance_first_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
