"""Notices mirrored (structure and plain wording style only) from the papers of the Texas Kidney Health Care (KHC)
program, which helps Texans with end-stage renal disease pay for dialysis, access surgery, drugs from KHC
participating pharmacies, travel to dialysis (25 cents a mile, up to $200 and 14 round trips a month) and Medicare
premiums, as the payer of last resort for people with income under $60,000 who cannot get Medicaid. Texas Health
and Human Services, the KHC program, its benefits and eligibility rules, Medicare, CPT/HCPCS codes and CARC 22 /
RARC MA04 appear as themselves; the review and filing limits are written in that style (not quoted), and every
dialysis facility, hospital, pharmacy, doctor, social worker, client, relative, number, form and address is
invented.

Documents (8 in 7 files):
- faxstd_caption_form_access_surgery_surgeon_not_enrolled: a claim decision caption form on a standard fax to a
  dialysis facility's social worker: the AV fistula surgery paid 0.00 because the surgeon never signed a KHC
  provider agreement (out_of_network, read from the reason only); a "Svc Dates / Billed" box split by a bar.
- born_digital_remittance_three_clients_one_row_code_22: a remittance to a dialysis facility listing three KHC
  clients with two claims each (ISO dates); one claim pays 0.00 under CARC 22 / MA04, explained only in the legend
  (Medicare Part B must pay first: other).
- lowres_caption_form_travel_claim_received_late: a 150 dpi travel reimbursement decision with captions left of
  boxes ("Date this notice was mailed", "KHC Client No.", "Trip dates"): the February trips' form came after the
  60-day limit (timely_filing, read from the reason only).
- photocopy_letter_extra_treatments_weekday_dates: a letter dated only in its date line: two extra dialysis
  treatments on weekday-named dates are not paid because the records show no reason for them (medical_necessity,
  read from the reason only); the nephrologist only in a sentence.
- phone_notice_benefits_end_income_over_limit: a photographed notice of adverse action: benefits end because the
  household income is over $60,000 (eligibility); pay-stub dates and the end date as decoys.
- rotated_eligibility_approval: an approval of KHC benefits fed sideways (denies nothing).
- clean_stack_cover_hospital_stay_letter_then_pharmacy_letter_upside_down: a fax cover sheet, a letter to a
  daughter as representative refusing her father's hospital stay for pneumonia as not a KHC benefit (not_covered),
  then upside down a letter on two fills "on March 3 and March 10, 2026"-style at a pharmacy that is not a KHC
  participating pharmacy (out_of_network).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdyf import DYSheet, dob, people, phone, wday
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "texas_kidney_health_care_program_benefit_denial"
LANG = "en"
SEED = 354505
INS = "Texas Health and Human Services"
ALT = ["Texas HHS", "Texas Health and Human Services Commission", "Kidney Health Care", "Kidney Health Care Program",
       "Texas Health and Human Services Kidney Health Care"]
FACS = ["Bluebonnet Crossing Dialysis Center", "Pecan Draw Kidney Center", "Caprock Mesa Dialysis",
        "Llano Ferry Renal Care"]
HOSP = ["Brazos Hollow Medical Center", "San Saba Bend Hospital"]
SURG = "Trinity Arbor Vascular Surgeons"
PHARM = "Comal Street Drug & Gift"
FY = "09/01/2025 - 08/31/2026"


TX_CITIES = [("Lubbock", "794"), ("Waco", "767"), ("Abilene", "796"), ("Tyler", "757"), ("Laredo", "780"),
             ("Odessa", "797"), ("Beaumont", "777"), ("San Angelo", "769")]
TX_STREETS = ["Mesquite Trl", "Bois D'Arc St", "Old Spanish Rd", "Caliche Ln", "E Pecan St", "Farm Rd 1187"]


def address(rng):
    city, z = rng.choice(TX_CITIES)
    return [f"{rng.randint(100, 9899)} {rng.choice(TX_STREETS)}", f"{city} TX {z}{rng.randint(10, 99)}"]


def client(rng):
    """KHC client number with an S between digits (OCR may read it as 5)."""
    return f"KH{digits(rng, 1)}S-{digits(rng, 4)}-{digits(rng, 2)}"


def icn(rng):
    """Claim ICN with a Z among the digits (OCR may read it as 2)."""
    return f"26{digits(rng, 3)}Z{digits(rng, 5)}"


def _head(p: DYSheet, rng, unit="Kidney Health Care Program"):
    p.f(14, "B")
    p.cell(0, 6.5, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(9.5, "B")
    p.cell(0, 5, unit, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"PO Box {rng.randint(14000, 14999)}, Austin TX 787{rng.randint(10, 99)}-{digits(rng, 4)}  |  "
                 f"KHC client line {phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DYSheet, rng, size=8.6, who="you or your social worker"):
    p.para(f"**If you disagree.** {who.capitalize()} may ask KHC for an administrative review within 30 days of the "
           "date of this notice. Send a letter saying why, with any records, to the address above. If you disagree "
           "with the review decision, you may ask for a fair hearing within 90 days of the review decision. "
           f"Questions: {phone(rng)} (TTY 711).", size)


def faxstd_surgery(rng):
    member, sw, surgeon, rev = people(rng, 4)
    cid = client(rng)
    fac = FACS[0]
    v = dt.date(2026, 3, rng.randint(2, 20))
    rcv = plus(v, rng.randint(12, 25))
    nd = plus(rcv, rng.randint(8, 15))
    n = icn(rng)
    b = amount(rng, 1900, 2900)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TX HHS KHC CLAIMS  {phone(rng, '512')}  P.{{n}}/1"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("KIDNEY HEALTH CARE - CLAIM DECISION", "Form KHC-CD-3 (rev. 10/2025)  -  copy to facility social "
                                                         "worker")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Notice issued", fdate(nd, "slash")), ("Sent to", f"{sw} - {fac}"),
                ("Fax", phone(rng, "915"))], [30, 118, W - 148])
    p.capstrip([("Recipient", member), ("Recipient ID", cid), ("Client DOB", fdate(dob(rng), "slash")),
                ("KHC fiscal yr", FY)], [52, 36, 30, W - 118])
    p.split_boxes([("ICN", n, "Rcvd", fdate(rcv, "slash")), ("Svc Dates", fdate(v, "slash"), "Billed", money(b))],
                  [W / 2, W / 2])
    p.capstrip([("Rendering surgeon", f"Dr. {surgeon}"), ("NPI", digits(rng, 10)), ("Payee", SURG),
                ("Payee NPI", digits(rng, 10))], [56, 30, W - 116, 30])
    p.ln(3)
    p.table(["CPT", "Service", "Billed", "KHC paid", "Rsn"],
            [["36821", "Arteriovenous fistula, direct, arm", money(b, "nosign"), "0.00", "P14"],
             ["", "Claim total", money(b, "nosign"), "0.00", ""]],
            [20, 92, 28, 24, W - 164], size=8.6, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"P14: Dr. {surgeon} made the fistula for {member}'s dialysis at the hospital on the date in the Svc "
           f"Dates box. KHC can pay only doctors, hospitals and facilities that have signed a KHC provider "
           f"agreement. Dr. {surgeon} and {SURG} had not signed one on that date, so this claim is not paid. The "
           "hospital's own claim for the same day is a separate claim and is not part of this notice. If the "
           "surgeon signs an agreement, KHC cannot pay for care given before it took effect.", 8.8)
    p.para(f"Reviewed by {rev}, KHC claims unit.", 8.4)
    _rights(p, rng, 8.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=cid, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT, "provider": [SURG]},
              type_alternates=["eob"])
    return out(p), t


def bd_remit(rng):
    fac = FACS[1]
    pts = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(13, 24))
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Kidney Health Care Program - Provider Claims")
    p.title_bar("REMITTANCE AND STATUS REPORT", "KHC-RA (rev. 07/2025)   Provider copy")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Payee", fac), ("Payee NPI", digits(rng, 10)), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"),
                ("Remit date", rd.isoformat()), ("EFT no.", digits(rng, 11))], [90, 40, 36, 40, W - 206])
    p.ln(3)
    rows, deny = [], rng.randint(0, 2)
    info = None
    for i, pt in enumerate(pts):
        cid = client(rng)
        spans = [(dt.date(2026, 3, 2), dt.date(2026, 3, 14)), (dt.date(2026, 3, 16), dt.date(2026, 3, 28))]
        for j, (a, z) in enumerate(spans):
            n = icn(rng)
            b = amount(rng, 2800, 4200)
            if i == deny and j == 1:
                rows.append([n, pt, cid, a.isoformat(), z.isoformat(), "90999 / 0821", "6",
                             money(b, "nosign"), "0.00", "0.00", "22 MA04"])
                info = (pt, cid, n, a, z, b)
            else:
                al = round(b * 0.42, 2)
                rows.append([n, pt, cid, a.isoformat(), z.isoformat(), "90999 / 0821", "6",
                             money(b, "nosign"), money(al, "nosign"), money(al, "nosign"), "1"])
    p.table(["ICN", "Client", "Client no.", "From", "Thru", "HCPCS / Rev", "Units", "Billed", "Allowed", "Paid",
             "Codes"], rows, [30, 40, 28, 22, 22, 24, 10, 22, 20, 20, W - 238], size=7.8,
            aligns=["L"] * 7 + ["R"] * 3 + ["C"])
    pt, cid, n, a, z, b = info
    p.para("**Codes.** 1: paid at the KHC rate for outpatient hemodialysis. 22: this care may be covered by another "
           "payer. MA04: a secondary payment cannot be figured without the primary payer's payment details. KHC "
           f"records show Medicare Part B coverage for the client on this claim beginning {fdate(a, 'slash')}. KHC "
           "pays only after Medicare and other coverage; bill Medicare first and send its remittance with a new "
           "claim.", 8.2)
    p.para("Reconsideration of a claim on this report: within 120 days of the remit date. KHC provider line "
           f"{phone(rng)}. Do not bill KHC clients for amounts KHC reduced or did not pay.", 8.2)
    t = truth("eob", "other", insurer=INS, member_id=cid, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=rd.isoformat(), provider=fac,
              appeal_deadline=plus(rd, 120).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), z.isoformat()]]})
    return out(p), t


def lowres_travel(rng):
    member, sw = people(rng, 2)
    cid = client(rng)
    fac = FACS[2]
    a, z = dt.date(2026, 2, rng.randint(2, 4)), dt.date(2026, 2, rng.randint(25, 27))
    rcv = plus(z, rng.randint(64, 75))
    nd = plus(rcv, rng.randint(6, 12))
    trips = rng.randint(11, 13)
    miles = rng.randint(28, 52)
    amt = round(trips * miles * 0.25, 2)
    tcn = f"TRV-26-{digits(rng, 4)}G"
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Kidney Health Care Program - Travel Benefits")
    p.title_bar("TRAVEL REIMBURSEMENT DECISION", "KHC-TR-2")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.left_caps([("Date this notice was mailed", fdate(nd, "long")), ("KHC Client No.", cid),
                 ("Travel claim no.", tcn), ("Trip dates", f"{fdate(a, 'slash')} to {fdate(z, 'slash')}"),
                 ("Round trips / miles each", f"{trips}  |  {miles}"), ("Amount asked", money(amt)),
                 ("Travel form received", fdate(rcv, "slash")), ("Trips to", fac)], cap_w=48)
    p.para(f"You asked KHC to pay you back for {trips} round trips between your home and {fac} in February 2026. "
           "KHC pays 25 cents a mile, up to $200 and 14 round trips in a month.", 9.4)
    p.para("We cannot pay this travel claim. A travel form has to reach KHC within 60 days after the last trip it "
           f"lists. The last trip on your form was {fdate(z, 'long')}, and the form reached us on the date in the "
           "box above, after that time had passed. Your social worker, "
           f"{sw}, can help you send next month's form on time.", 9.4)
    _rights(p, rng, 9)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=cid, member_name=member, cases=[tcn],
              claim_amount=m2(amt), service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(),
              provider=fac, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [None], "service_dates": [[a.isoformat(), z.isoformat()]]})
    return out(p), t


def photocopy_extra(rng):
    member, neph, sig = people(rng, 3)
    cid = client(rng)
    fac = FACS[3]
    d1 = dt.date(2026, 3, rng.choice([6, 13]))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(30, 40))
    req = f"KHC26-0B{digits(rng, 3)}"
    b1 = amount(rng, 380, 520)
    tot = round(b1 * 2, 2)
    p = DYSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"KHC client number: {cid}", 9.6)
    p.line(f"Request number: {req}", 9.6)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {neph} at {fac} asked KHC to pay for two extra hemodialysis treatments, one on {wday(d1)} and one on "
           f"{wday(d2)}. Each was a fourth treatment in the same week, on top of your regular three. The facility "
           f"billed {money(b1)} for each, {money(tot)} for both.", 10)
    p.para("We asked a nurse reviewer and a KHC medical consultant to look at the treatment records. The records "
           "show your weight gain between treatments, your blood pressure and your lab results stayed in your usual "
           "range in both weeks. They do not show fluid overload, high potassium or another reason you needed a "
           "fourth treatment. For that reason KHC will not pay for these two treatments. Your regular three "
           "treatments in those weeks are paid.", 10)
    p.para("If your doctor sends records that show why the extra treatments were needed, we will look at them "
           "again. You or your doctor may ask for an administrative review within 30 days of the date of this "
           "letter. A fair hearing may be asked for within 90 days after the review decision.", 10)
    p.para(f"Questions? Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nKidney Health Care Program", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=cid, member_name=member, cases=[req],
              claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=neph, appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT, "provider": [fac]})
    return out(p), t


def phone_income(rng):
    member, sw, sig = people(rng, 3)
    cid = client(rng)
    fac = FACS[0]
    nd = dt.date(2026, 4, rng.randint(6, 24))
    end = dt.date(2026, 5, 31)
    case = f"EL-26-{digits(rng, 3)}T{digits(rng, 2)}"
    inc = rng.randint(61500, 74800)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Kidney Health Care Program - Eligibility")
    p.heading("Notice of Adverse Action", 13)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Client", member), ("KHC client number", cid),
             ("Case number", case)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Each year KHC checks that its clients still qualify. Your social worker at {fac}, {sw}, sent us your "
           f"renewal with pay stubs dated {fdate(plus(nd, -40), 'long')} and {fdate(plus(nd, -26), 'long')}.", 10)
    p.para(f"To get KHC benefits, a household's income must be less than $60,000 a year. The pay stubs show a yearly "
           f"household income of about ${inc:,}. Because this is more than the limit, your KHC benefits will end on "
           f"{fdate(end, 'long')}. KHC will pay for covered services you get through that day.", 10)
    p.bar("YOUR RIGHTS")
    p.para("You may ask for an administrative review within 30 days of the date of this notice. If you ask within 10 "
           "days, your benefits can continue until the review is decided. After the review you may ask for a fair "
           f"hearing within 90 days of the review decision. Call {phone(rng)} (TTY 711) or write to the address "
           "above. If your income goes down, you may apply again through your dialysis facility.", 9.6)
    p.para(f"{sig}\nKHC Eligibility Unit", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=cid, member_name=member, cases=[case],
              denial_date=nd.isoformat(), appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[]]})
    return out(p), t


def rotated_approval(rng):
    member, sw, sig = people(rng, 3)
    cid = client(rng)
    fac = FACS[2]
    nd = dt.date(2026, 3, rng.randint(9, 27))
    start = dt.date(2026, 3, 1)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Kidney Health Care Program - Eligibility")
    p.heading("You are approved for Kidney Health Care benefits", 12.5)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.grid([[("DATE OF THIS LETTER", fdate(nd, "long")), ("KHC CLIENT NO.", cid), ("DATE OF BIRTH",
                                                                                  fdate(dob(rng), "slash"))],
            [("BENEFITS BEGIN", fdate(start, "long")), ("FISCAL YEAR", FY), ("APPLIED THROUGH", fac)]], size=8.8)
    p.para(f"Your application, sent by {sw} at {fac}, has been approved. KHC can help pay for:", 9.8)
    p.bullets(["dialysis treatments and access surgery from KHC participating providers;",
               "drugs on the KHC drug list from a KHC participating pharmacy;",
               "travel to dialysis or transplant visits: 25 cents a mile, up to $200 and 14 round trips a month;",
               "Medicare premiums, when KHC approves it."])
    p.para("KHC pays after Medicare, private insurance and any other coverage. Tell us within 10 days if your "
           f"address, income or insurance changes. Questions: {phone(rng)} (TTY 711).", 9.6)
    p.para(f"{sig}\nKHC Eligibility Unit", 9.6)
    t = truth("other", None, insurer=INS, member_id=cid, member_name=member, denial_date=nd.isoformat(),
              alternates={"insurer": ALT, "provider": [fac]})
    return out(p), t


def stack_clean(rng):
    father, daughter, doc, sig = people(rng, 4)
    cid = client(rng)
    hosp = HOSP[0]
    a = dt.date(2026, 2, rng.randint(9, 20))
    z = plus(a, rng.randint(3, 5))
    nd = plus(z, rng.randint(35, 45))
    n = icn(rng)
    b = amount(rng, 9800, 18500)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Re", f"{father}, KHC client {cid}"), ("ICN", n)], label_w=16, size=9.6)
    p.ln(2)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You are on file as the authorized representative of your father, {father}. {hosp} sent KHC a claim for "
           f"{money(b)} for his hospital stay from {fdate(a, 'long')} through {fdate(z, 'long')}. "
           f"Dr. {doc} cared for him there for pneumonia.", 10)
    p.para("KHC pays for dialysis, access surgery, drugs from participating pharmacies, travel to dialysis and "
           "Medicare premiums. A hospital stay to treat pneumonia is not one of these, so KHC cannot pay this claim. "
           "Any dialysis he had while in the hospital may be billed to KHC on a separate claim.", 10)
    p.para("You may ask for an administrative review within 30 days of the date of this letter. After the review, a "
           f"fair hearing may be asked for within 90 days of the review decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nKidney Health Care Program", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=cid, member_name=father, cases=[n],
                         claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{z.isoformat()}"],
                         denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 30).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc],
                                     "service_dates": [[a.isoformat(), z.isoformat()]]}))
    member, presc, sig2 = people(rng, 3)
    cid2 = client(rng)
    f1 = dt.date(2026, 3, rng.randint(2, 6))
    f2 = plus(f1, 7)
    nd2 = plus(f2, rng.randint(24, 34))
    n1, n2 = icn(rng), icn(rng)
    c1, c2 = amount(rng, 60, 180), amount(rng, 40, 120)
    tot = round(c1 + c2, 2)
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 14, 22)
    q.add_page()
    _head(q, rng, "Kidney Health Care Program - Drug Benefits")
    q.para(fdate(nd2, "long"), 10)
    for ln in [member, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"KHC client number {cid2}", 9.6)
    q.para(f"Dear {member}:", 10)
    q.para(f"{PHARM} sent KHC two claims for medicines Dr. {presc} prescribed for you, filled on March {f1.day} and "
           f"March {f2.day}, 2026: sevelamer (claim {n1}, {money(c1)}) and cinacalcet (claim {n2}, {money(c2)}), "
           f"{money(tot)} in all.", 10)
    q.table(["Claim", "Filled", "Rx no.", "Drug", "Billed", "KHC paid"],
            [[n1, fdate(f1, "slash"), f"RX{digits(rng, 7)}", "sevelamer carbonate 800 mg", money(c1, "nosign"), "0.00"],
             [n2, fdate(f2, "slash"), f"RX{digits(rng, 7)}", "cinacalcet 30 mg", money(c2, "nosign"), "0.00"]],
            [30, 24, 24, 48, 20, 19.9], size=8.4, aligns=["L", "L", "L", "L", "R", "R"])
    q.para(f"Both medicines are on the KHC drug list. But KHC pays for drugs only when they come from a pharmacy that "
           f"has signed up with KHC, and {PHARM} has not. We did not pay these claims. To use your drug benefit, "
           "fill your prescriptions at a KHC participating pharmacy; call us and we will tell you the ones near you.",
           10)
    q.para("You may ask for an administrative review within 30 days of the date of this letter. "
           f"Call {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig2}\nKHC Drug Benefits", 10)
    d_b = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=cid2, member_name=member,
                         cases=[n1, n2], claim_amount=m2(tot), service_dates=[f1.isoformat(), f2.isoformat()],
                         denial_date=nd2.isoformat(), provider=PHARM, appeal_deadline=plus(nd2, 30).isoformat(),
                         alternates={"insurer": ALT, "provider": [presc]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_caption_form_access_surgery_surgeon_not_enrolled", "fax_standard_g4", [faxstd_surgery(rng)]),
        Item(F + "born_digital_remittance_three_clients_one_row_code_22", "born_digital", [bd_remit(rng)]),
        Item(F + "lowres_caption_form_travel_claim_received_late", "scan_lowres_150", [lowres_travel(rng)]),
        Item(F + "photocopy_letter_extra_treatments_weekday_dates", "photocopy", [photocopy_extra(rng)]),
        Item(F + "phone_notice_benefits_end_income_over_limit", "phone_photo", [phone_income(rng)]),
        Item(F + "rotated_eligibility_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "clean_stack_cover_hospital_stay_letter_then_pharmacy_letter_upside_down", "scan_clean_300",
             stack_clean(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
