"""VA Foreign Medical Program (FMP) claim decisions, mirrored for structure and wording style only: a veteran who
lives or travels abroad is reimbursed (or the foreign provider is paid) only for care of a service-connected
condition; claims must be filed within two years of the date of care; records in a foreign language must come with
an English translation. Amounts are billed in a foreign currency and shown with the U.S. dollar equivalent at the
exchange rate of the date of service. The Department of Veterans Affairs, the Veterans Health Administration, its
Office of Integrated Veteran Care, the FMP, VA Form 10-7959f-1 / 10-7959f-2 and the decision review options appear
as themselves; every veteran, provider, address, phone (555, TTY 711) and number is invented.

Documents (8 in 7 files):
- bd_eob_line_table_one_line_not_service_connected: FMP explanation of benefits with four lines in EUR and USD,
  the orthopedic consult and MRI paid (service-connected knee), the dermatology line denied (condition not
  service-connected); provider named in prose ("the services you received from ..."), VA form numbers as decoys.
- faxstd_timely_filing_caption_boxes: small-type standard fax, typed fax header line on each page, captions above
  boxed values (From | To in separate boxes, a span crossing a year end), claim filed more than two years after
  the care: timely filing; the received date and the 2-year limit as decoys.
- scan300_foreign_hospital_statement_of_account: a Philippine hospital's statement of account (PHP) billed to
  the FMP, one row denied by the FMP and billed to the veteran (denies nothing).
- photo_two_page_not_translated_denial: two-page denial, records in Spanish with no English translation
  (`other`), "Dates of service: 3/3/26-3/28/26" shape, continuation page under a repeated header.
- rotated_two_column_reconsideration_upheld: reconsideration decision upholding a not-service-connected denial,
  two columns with the facts on the right, the physician named in prose ("Dr. ... of ... asked us to pay"),
  a span whose months differ, DOB and date received as decoys.
- lowres_provider_letter_to_fmp: a physiotherapy practice's letter to the FMP submitting a claim with a
  translation (the insurer is the addressee; denies nothing), GBP amounts.
- finefax_stack_cover_registration_then_partial_denial: the FMP registration letter listing the veteran's
  service-connected conditions (denies nothing), a blank separator, a typed fax cover sheet, then a
  partial-payment letter (EUR/USD line table) whose provider is named only in the subject line, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import DHSheet
from public_kit import address, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "va_foreign_medical_program_claim_denial"
LANG = "en"
SEED = 351304
FMP = "VA Foreign Medical Program"
VA = "U.S. Department of Veterans Affairs"
VHA = "Veterans Health Administration"
ALT_INS = ["Foreign Medical Program", "Department of Veterans Affairs", "Veterans Health Administration"]


def _vid(rng):
    return "VFM" + digits(rng, 8)


def _dcn(rng):
    return f"FMP26{digits(rng, 9)}"


def _claim(rng, suf="01"):
    return f"{digits(rng, 4)}-{digits(rng, 6)}-{suf}"


def _fmp_box(rng):
    return f"PO Box {rng.randint(40000, 49999)}, Denver CO 802{rng.randint(10, 99)}-{digits(rng, 4)}"


def _lh(p: DHSheet, rng, unit: str = "Foreign Medical Program", y: float = 12, size: float = 13):
    p.set_y(y)
    p.f(7.5, "B")
    p.cell(0, 3.6, VA.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(size, "B")
    p.cell(0, size * 0.5, VHA, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.2, f"Office of Integrated Veteran Care - {unit}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 3.8, f"{_fmp_box(rng)}  |  1-877-555-{digits(rng, 4)} (from abroad: +1-303-555-{digits(rng, 4)})"
                   "  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y2 = p.get_y() + 1
    p.line_seg(p.l_margin, y2, p.w - p.r_margin, y2)
    p.set_y(y2 + 4)


def _vet(rng):
    name, f, m, last = person(rng)
    dob = dt.date(rng.randint(1950, 1988), rng.randint(1, 12), rng.randint(1, 28))
    return name, f, last, dob


def bd_eob(rng):
    vet, vf, vl, dob = _vet(rng)
    vid = _vid(rng)
    nd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 10))
    rate = 1.0843
    doc = "Dr. Matthias Obernauer"
    clinic = "Klinik am Hirschgarten"
    derm = "Dr. Henrike Saalfeld"
    dermp = "Hautarztpraxis Saalfeld"
    d1, d2 = dt.date(2026, 2, 9), dt.date(2026, 2, 16)
    d3 = dt.date(2026, 3, 4)
    lines = [(d1, "Orthopedic consultation (knee)", doc, 185.00, "Paid", ""),
             (d2, "MRI right knee", clinic, 642.50, "Paid", ""),
             (d2, "Physiotherapy evaluation", clinic, 96.00, "Paid", ""),
             (d3, "Dermatology visit, excision of lesion", derm, 412.80, "Denied", "NSC")]
    dcn = _dcn(rng)
    claim = _claim(rng, "03")
    p = DHSheet(footer="Page {n} of {nb}", footer_left="FMP EOB  |  Questions: see the back of this page")
    p.set_margins(16, 12, 16)
    p.add_page()
    _lh(p, rng)
    p.f(13, "B")
    p.cell(0, 7, "EXPLANATION OF BENEFITS", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "This is not a bill. Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Date of this notice:", fdate(nd, "long")), ("Veteran ID:", vid),
                   ("Document control no.:", dcn), ("Claim no.:", claim), ("Date of birth:", fdate(dob, "slash")),
                   ("Claim received:", fdate(plus(d3, 19), "slash"))], w=104, size=8.5, y=p.get_y() - 11)
    p.ln(3)
    for ln in [vet, "Hauptstrasse " + str(rng.randint(3, 90)), "79098 Freiburg im Breisgau", "GERMANY"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.para(f"Dear {vf} {vl}:", 9.5)
    p.para(f"We processed your claim for the services you received in Germany from {doc} of {clinic} and from "
           f"{derm} of {dermp}. The amounts were billed in euros (EUR). We converted them to U.S. dollars at the "
           f"exchange rate on the date of service (1 EUR = {rate} USD).", 9.5)
    rows = []
    for d, svc, prov, eur, st, code in lines:
        usd = round(eur * rate, 2)
        rows.append([fdate(d, "slash"), svc, prov, money(eur, "nosign"), money(usd, "nosign"),
                     money(usd, "nosign") if st == "Paid" else "0.00", st + (f" ({code})" if code else "")])
    tot_eur = sum(x[3] for x in lines)
    rows.append(["", "Totals", "", money(tot_eur, "nosign"), money(round(sum(round(x[3] * rate, 2) for x in lines), 2),
                                                                      "nosign"),
                 money(round(sum(round(x[3] * rate, 2) for x in lines[:3]), 2), "nosign"), ""])
    p.table(["Date of\nservice", "Service", "Provider", "Billed\nEUR", "Billed\nUSD", "Paid\nUSD", "Status"], rows,
            [20, 52, 38, 17, 17, 17, 23], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "L"], bold_last=True)
    den_usd = round(412.80 * rate, 2)
    p.para("**NSC**  The condition treated is not service-connected. The Foreign Medical Program pays only for "
           "care of a service-connected disability, or of a condition that is aggravating a service-connected "
           f"disability. Your registration lists: right knee condition (20%), tinnitus (10%). The skin lesion "
           f"excised by {derm} on {fdate(d3, 'long')} is not one of them.", 8.5)
    p.para(f"Payment of USD {money(round(sum(round(x[3] * rate, 2) for x in lines[:3]), 2), 'nosign')} was sent to "
           "you by international direct deposit. Keep your receipts; claims must be filed within 2 years of the "
           "date of care.", 8.5)
    p.heading("If you disagree with this decision", 10)
    p.para("You may ask for a reconsideration of this decision. Your request must be received within one year of "
           "the date of this notice. Send it with any new evidence to the Foreign Medical Program, attention "
           "Reconsiderations. Claims forms: VA Form 10-7959f-2 (FMP Claim Cover Sheet). If your service-connected "
           "conditions have changed, contact your VA regional office; the FMP cannot change your ratings.", 8.5)
    p.para(f"Sincerely,\n\nClaims Processing, {FMP}", 8.5)
    t = truth("eob", "not_covered", insurer=FMP, member_id=vid, member_name=vet, cases=[claim, dcn],
              claim_amount=m2(den_usd), service_dates=[span(d3)], denial_date=nd.isoformat(), provider=derm,
              appeal_deadline=plus(nd, 365).isoformat(),
              alternates={"insurer": ALT_INS, "claim_amount": ["412.80"], "provider": [dermp],
                          "case_numbers": [[claim], [dcn]]},
              denial_alternates=["eligibility"])
    return out(p), t


def faxstd_timely(rng):
    vet, vf, vl, dob = _vet(rng)
    vid = _vid(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 10))
    s0, s1 = dt.date(2023, 12, 28), dt.date(2024, 1, 9)
    rec = plus(nd, -rng.randint(20, 30))
    rate = 0.001964
    crc = 3_486_200.00
    usd = round(crc * rate, 2)
    hosp = "Clínica Montecedro"
    doc = "Dr. Rodrigo Ulate Vargas"
    dcn = _dcn(rng)
    claim = _claim(rng, "01")
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: VHA OIVC FMP  303-555-{digits(rng, 4)}"
           f"  TO: 506-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DHSheet(footer="Page {n} of {nb}", fax_hdr=fax, cont=f"FMP claim {claim}  |  Veteran {vet}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _lh(p, rng, y=12, size=11)
    p.f(11, "B")
    p.cell(0, 6, "NOTICE OF CLAIM DECISION - CLAIM NOT PAID", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.nboxes([("Date of notice", fdate(nd, "slash"), 30), ("Veteran", vet, 52), ("Veteran ID", vid, 34),
              ("Date of birth", fdate(dob, "slash"), 28), ("Country", "Costa Rica", 38)], h=10, cap=6, val=8.2)
    p.nboxes([("Claim number", claim, 38), ("Document control number", dcn, 46),
              ("Claim received", fdate(rec, "slash"), 30), ("From (date of service)", fdate(s0, "slash"), 34),
              ("To", fdate(s1, "slash"), 34)], h=10, cap=6, val=8.2)
    p.nboxes([("Provider", f"{hosp} (attending: {doc})", 92), ("Billed (CRC)", money(crc, "nosign"), 44),
              ("USD equivalent", money(usd, "nosign"), 46)], h=10, cap=6, val=8.2)
    p.ln(3)
    p.para(f"We received a claim from {hosp}, San José, Costa Rica, for the inpatient care you received from "
           f"{fdate(s0, 'long')} through {fdate(s1, 'long')}. We cannot pay this claim.", 8)
    p.para("Reason: the claim was not filed on time. A claim for care abroad must be filed within 2 years after "
           "the date the care was provided or, for a hospital stay, within 2 years after the date of discharge. "
           f"The stay ended {fdate(s1, 'long')}; the claim reached us on {fdate(rec, 'long')}, after the limit. "
           "The care was for your service-connected lumbar spine condition, so this decision is about the filing "
           "limit only.", 8)
    p.para("If you had good cause for the late filing (for example, VA granted the service connection later), "
           "tell us and send proof.", 8)
    p.add_page()
    p.f(9, "B")
    p.cell(0, 5, "Your right to ask for a review", new_x="LMARGIN", new_y="NEXT")
    p.para("You may ask for a reconsideration within one year of the date of this notice. You may instead choose "
           "a Higher-Level Review, a Supplemental Claim or an appeal to the Board of Veterans' Appeals; the same "
           "one-year limit applies. Send the Claim Cover Sheet (VA Form 10-7959f-2) with each new claim.", 8)
    p.para(f"Sincerely,\n\nClaims Processing, {FMP}\ncc: {hosp}, Patient Accounts (provider no. CR-{digits(rng, 6)})",
           8)
    t = truth("denial_letter", "timely_filing", insurer=FMP, member_id=vid, member_name=vet, cases=[claim, dcn],
              claim_amount=m2(usd), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 365).isoformat(),
              alternates={"insurer": ALT_INS, "claim_amount": [m2(crc)], "provider": [doc],
                          "case_numbers": [[claim], [dcn]]})
    return out(p), t


def scan300_statement(rng):
    vet, vf, vl, dob = _vet(rng)
    vid = _vid(rng)
    sd = dt.date(2026, 5, 6) + dt.timedelta(days=rng.randint(0, 8))
    rate = 0.01721
    hosp = "Bayanihan Heights Medical Center"
    doc = "Dr. Consolacion R. Dimaculangan"
    acct = f"HN-{digits(rng, 7)}"
    dates = [dt.date(2026, 3, 2), dt.date(2026, 3, 16), dt.date(2026, 3, 16), dt.date(2026, 3, 30),
             dt.date(2026, 4, 13)]
    svcs = [("Cardiology consultation", 3500.00, "Paid by VA FMP"),
            ("Echocardiogram, 2D with Doppler", 9800.00, "Paid by VA FMP"),
            ("Laboratory (lipid panel, HbA1c)", 2150.00, "Paid by VA FMP"),
            ("Dental extraction, 2 teeth", 6400.00, "Denied by VA FMP - not service-connected"),
            ("Cardiology follow-up", 2800.00, "Paid by VA FMP")]
    rows = []
    for d, (s, amt, note) in zip(dates, svcs):
        paid = 0.0 if note.startswith("Denied") else amt
        rows.append([fdate(d, "slash"), s, money(amt, "nosign"), money(paid, "nosign"),
                     money(amt - paid, "nosign"), note])
    tot = sum(a for _, a, _ in svcs)
    den = 6400.00
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, hosp.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Km. {rng.randint(3, 9)} Naguilian Road, Baguio City 2600, Philippines  |  Billing +63 74 555 "
                 f"{digits(rng, 4)}  |  TIN {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-000",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(12, "B")
    p.cell(0, 6, "STATEMENT OF ACCOUNT (OUTPATIENT)", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Hospital no.:", acct),
                   ("Payor:", "US VA Foreign Medical Program"), ("Payor ID:", vid)], w=104, size=8.5,
                  y=p.get_y() - 6)
    p.ln(2)
    p.pairs([("Patient", vet), ("Birth date", fdate(dob, "slash")), ("Attending", doc)], label_w=26, size=9)
    p.ln(2)
    p.table(["Date", "Description", "Amount\nPHP", "Payor paid\nPHP", "Patient due\nPHP", "Remarks"], rows,
            [22, 56, 22, 22, 22, 40], size=7.8, aligns=["L", "L", "R", "R", "R", "L"])
    p.para(f"Total charges: PHP {money(tot, 'nosign')}. The VA Foreign Medical Program paid the cardiology "
           f"services. It denied the dental extraction of {fdate(dates[3], 'long')} because dental care is not "
           "part of your service-connected conditions.", 8.5)
    p.para(f"Amount due from patient: PHP {money(den, 'nosign')} (about USD {money(round(den * rate, 2), 'nosign')})."
           f" Please pay at the cashier within 30 days of {fdate(sd, 'abbr')}.", 9, gap=1)
    p.para("This statement is not an official receipt.", 7.5)
    t = truth("other", None, insurer=FMP, member_id=vid, member_name=vet, claim_amount=m2(den),
              service_dates=[span(dates[3])], denial_date=sd.isoformat(), provider=hosp, unscored=["insurer"],
              alternates={"provider": [doc], "claim_amount": [m2(tot)],
                          "service_dates": [[span(d) for d in sorted(set(dates))]]})
    return out(p), t


def photo_translation(rng):
    vet, vf, vl, dob = _vet(rng)
    vid = _vid(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 8))
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 3, 28)
    rate = 0.05452
    mxn = 48_760.00
    usd = round(mxn * rate, 2)
    clinic = "Clínica Lomas del Pacífico"
    doc = "Dra. Itzel Cárdenas Ruvalcaba"
    doc_bare = "Itzel Cárdenas Ruvalcaba"
    dcn = _dcn(rng)
    claim = _claim(rng, "02")
    p = DHSheet(footer="Page {n} of {nb}", cont=f"Veteran: {vet}   Veteran ID: {vid}   Claim: {claim}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [vet, "Calle Venustiano Carranza " + str(rng.randint(10, 400)), "Ajijic, Jalisco 45920", "MEXICO"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Claim {claim}  (DCN {dcn})", f"Dates of service: {s0.month}/{s0.day}/{s0.strftime('%y')}-"
                f"{s1.month}/{s1.day}/{s1.strftime('%y')}", "Physical therapy, 18 sessions"], 9.5)
    p.para(f"Dear {vf} {vl}:", 10)
    p.para(f"We received your claim for physical therapy that {doc_bare} gave you at {clinic} from "
           f"{fdate(s0, 'long')} to {fdate(s1, 'long')}, billed at MXN {money(mxn, 'nosign')} "
           f"(USD {money(usd, 'nosign')}). Your lumbar spine condition is service-connected, so this kind of care "
           "can be covered. However, we cannot process the claim as sent, and it has been denied.", 10)
    p.para("Reason: the medical records and the itemized bill are in Spanish and no English translation was "
           "included. The Foreign Medical Program needs an English translation of the records, the diagnosis and "
           "the itemized bill to decide whether the care was for a service-connected condition.", 10)
    p.para("What you can do: send the translated documents with a new Claim Cover Sheet (VA Form 10-7959f-2). "
           "A translation made by the provider or by a translator is accepted; it does not need to be certified. "
           "Send them within 60 days so that we can reopen this claim under the same number.", 10)
    p.add_page()
    p.heading("Your review rights", 11)
    p.para("If you disagree with this decision, you may ask for a reconsideration. We must receive your request "
           "within one year of the date of this letter. Remember that any claim must be filed within 2 years of "
           "the date of care; a resubmission within that time is not late.", 10)
    p.para("Checklist for your resubmission:", 10, gap=0.5)
    p.bullets(["English translation of the physical therapy notes (18 sessions) and the prescription",
               "English translation of the itemized bill with the amount of each session",
               "Proof of payment if you paid the clinic yourself (receipt or bank statement)"], 9.5)
    p.para(f"Sincerely,\n\nClaims Processing\n{FMP}", 10)
    t = truth("denial_letter", "other", insurer=FMP, member_id=vid, member_name=vet, cases=[claim, dcn],
              claim_amount=m2(usd), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=doc_bare,
              appeal_deadline=plus(nd, 365).isoformat(),
              alternates={"insurer": ALT_INS, "claim_amount": [m2(mxn)], "provider": [clinic],
                          "case_numbers": [[claim], [dcn]]})
    return out(p), t


def rotated_recon(rng):
    vet, vf, vl, dob = _vet(rng)
    vid = _vid(rng)
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 10))
    od = dt.date(2026, 3, 23)
    rec = plus(od, rng.randint(30, 45))
    s0, s1 = dt.date(2026, 1, 19), dt.date(2026, 2, 6)
    rate = 0.02853
    thb = 96_450.00
    usd = round(thb * rate, 2)
    doc = "Dr. Kittipong Sirisombat"
    hosp = "Lanna Riverside Hospital"
    dcn = _dcn(rng)
    claim = _claim(rng, "01")
    recon = f"RCN-26-{digits(rng, 5)}"
    p = DHSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng)
    p.line("RECONSIDERATION DECISION", 12, "B")
    p.ln(2)
    left = [f"{vet}\n{rng.randint(10, 99)}/{rng.randint(1, 9)} Moo {rng.randint(1, 9)}, Tambon Rim Kok\n"
            "Mueang Chiang Rai 57100\nTHAILAND",
            f"Dear {vf} {vl}:",
            f"{doc} of {hosp} asked us to pay for the gastroenterology care he gave you from "
            f"{s0.strftime('%B')} {s0.day} through {s1.strftime('%B')} {s1.day}, {s1.year}. We denied the claim "
            f"on {fdate(od, 'long')}, and you asked us to reconsider.",
            "A VA physician who did not make the first decision reviewed your request, the hospital records, "
            "and your rating decision. Decision: we upheld the denial. Your service-connected conditions are "
            "post-traumatic stress disorder and hearing loss. The records show treatment of a peptic ulcer, "
            "which is not service-connected and is not shown to be aggravating a service-connected condition.",
            "If you still disagree, you may choose a Higher-Level Review, a Supplemental Claim with new evidence, "
            "or an appeal to the Board of Veterans' Appeals within one year of the date of this decision. You "
            "may also ask your VA regional office to decide whether the ulcer is service-connected; a new "
            "rating can make future claims payable.",
            f"Sincerely,\n\nClinical Reviewer, {FMP}"]
    right = [("Date of decision", fdate(nd, "abbr")), ("Reconsideration no.", recon), ("Claim no.", claim),
             ("DCN", dcn), ("Veteran", vet), ("Veteran ID", vid), ("Date of birth", fdate(dob, "slash")),
             ("Request received", fdate(rec, "slash")), ("First service", fdate(s0, "slash")),
             ("Last service", fdate(s1, "slash")), ("Billed", f"THB {money(thb, 'nosign')}"),
             ("USD equivalent", money(usd))]
    p.two_col(left, right, left_w=110, size=9.5)
    t = truth("denial_letter", "not_covered", insurer=FMP, member_id=vid, member_name=vet, cases=[recon, claim],
              claim_amount=m2(usd), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 365).isoformat(),
              alternates={"insurer": ALT_INS, "claim_amount": [m2(thb)], "provider": [hosp],
                          "case_numbers": [[recon], [recon, claim, dcn]]},
              denial_alternates=["eligibility"])
    return out(p), t


def lowres_provider_letter(rng):
    vet, vf, vl, dob = _vet(rng)
    vid = _vid(rng)
    ld = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 8))
    dos = [dt.date(2026, 3, 5), dt.date(2026, 3, 12), dt.date(2026, 3, 19), dt.date(2026, 3, 26),
           dt.date(2026, 4, 2)]
    per = 68.00
    gbp = per * len(dos)
    rate = 1.2712
    pt = "Eleanor Whitcombe"
    prac = "Fenwick Cross Physiotherapy Ltd"
    inv = f"FXP-{digits(rng, 5)}"
    p = DHSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, prac, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{rng.randint(2, 80)} Fenwick Road, Norwich NR2 {rng.randint(1, 9)}LX, United Kingdom  |  "
                 f"+44 1603 555 {digits(rng, 3)}  |  Company no. {digits(rng, 8)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.line(ld.strftime("%-d %B %Y"), 10)
    p.ln(3)
    for ln in [FMP, "Office of Integrated Veteran Care", VHA, _fmp_box(rng),
               "UNITED STATES"]:
        p.line(ln, 10)
    p.ln(4)
    p.re_block([f"Claim for {vet}, Veteran ID {vid}", f"Our invoice {inv}; DOS {fdate(dos[0], 'dmy')} to "
                f"{fdate(dos[-1], 'dmy')}"], 9.5)
    p.para("Dear Sir or Madam,", 10)
    p.para(f"Please find enclosed our invoice {inv} and the treatment notes for {vet} (date of birth "
           f"{fdate(dob, 'slash')}), who attended five physiotherapy sessions with me for a service-connected "
           "left shoulder condition, on " + ", ".join(fdate(d, "long") for d in dos) + ".", 10)
    p.para(f"The total is GBP {money(gbp, 'nosign')} (GBP {money(per, 'nosign')} a session; about USD "
           f"{money(round(gbp * rate, 2), 'nosign')}). A completed VA Form 10-7959f-2 is attached. Our notes are "
           "in English, so no translation is needed. Please pay us directly by international transfer; our bank "
           "details are on the invoice.", 10)
    p.para("Please let us know within 30 days if anything further is needed.", 10)
    p.para(f"Yours faithfully,\n\n{pt} MCSP\nChartered Physiotherapist, {prac}\nHCPC reg. PH{digits(rng, 6)}", 10)
    t = truth("other", None, insurer=FMP, member_id=vid, member_name=vet, claim_amount=m2(gbp),
              service_dates=[span(d) for d in dos], denial_date=ld.isoformat(), provider=pt,
              alternates={"insurer": ALT_INS + [None], "provider": [prac], "case_numbers": [[inv]],
                          "claim_amount": [m2(round(gbp * rate, 2)), None],
                          "service_dates": [[span(dos[0], dos[-1])]]})
    return out(p), t


def stack_registration_partial(rng):
    vet, vf, vl, dob = _vet(rng)
    vid = _vid(rng)
    rd = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 10))
    p = DHSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng, unit="FMP Registration")
    p.line(fdate(rd, "long"), 10)
    p.ln(3)
    for ln in [vet, f"Rua das Flores {rng.randint(10, 300)}", "8200-000 Albufeira", "PORTUGAL"]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Veteran ID: {vid}", 9.5, "B")
    p.ln(2)
    p.para(f"Dear {vf} {vl}:", 10)
    p.para("Thank you for your Foreign Medical Program registration (VA Form 10-7959f-1). You are registered with "
           f"the FMP as of {fdate(plus(rd, -12), 'long')}. The FMP can pay for care abroad of these "
           "service-connected conditions:", 10)
    p.bullets(["Diabetes mellitus type II (20%)", "Peripheral neuropathy, right lower extremity (10%)",
               "Peripheral neuropathy, left lower extremity (10%)"], 10)
    p.para("Care for any other condition is not covered unless it is aggravating one of these conditions. File "
           "each claim within 2 years of the date of care with a Claim Cover Sheet (VA Form 10-7959f-2).", 10)
    p.para(f"Sincerely,\n\nFMP Registration\n{FMP}", 10)
    doc1 = (out(p), truth("other", None, insurer=FMP, member_id=vid, member_name=vet, denial_date=rd.isoformat(),
                          alternates={"insurer": ALT_INS}))
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 8))
    s0, s1 = dt.date(2026, 3, 30), dt.date(2026, 4, 2)
    rate = 1.0839
    eur = [(s0, "Endocrinology consultation, HbA1c", 165.00, "paid"),
           (plus(s0, 1), "Podiatry, diabetic foot care", 90.00, "paid"),
           (s1, "Cataract surgery, right eye (facility fee)", 2340.00, "denied")]
    hosp = "Hospital Particular da Ria Formosa"
    doc = "Dr. Tiago Mendonça Aleixo"
    claim = _claim(rng, "04")
    dcn = _dcn(rng)
    q = DHSheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _lh(q, rng)
    q.line(f"Date: {fdate(nd, 'slash')}", 10)
    q.ln(2)
    q.f(10, "B")
    q.multi_cell(0, 5, f"Subject: Claim {claim} - {hosp} ({doc}), {fdate(s0, 'abbr')} - {fdate(s1, 'abbr')}",
                 new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.pairs([("Veteran", vet), ("Veteran ID", vid), ("DCN", dcn)], label_w=30, size=9.5)
    q.ln(2)
    q.para(f"Dear {vf} {vl}:", 10)
    q.para("We paid part of this claim. The amounts were billed in EUR and converted at 1 EUR = "
           f"{rate} USD.", 10)
    rows = [[fdate(d, "slash"), s, money(a, "nosign"), money(round(a * rate, 2), "nosign"), st.upper()]
            for d, s, a, st in eur]
    q.table(["Date", "Service", "EUR", "USD", "Decision"], rows, [24, 76, 22, 22, 22], size=8.5,
            aligns=["L", "L", "R", "R", "L"])
    den = round(2340.00 * rate, 2)
    q.para(f"The cataract surgery on {fdate(s1, 'long')} (USD {money(den, 'nosign')}) is denied: cataract is not "
           "one of your service-connected conditions and the records do not show it is aggravating your "
           "diabetes. The endocrinology and podiatry services were paid.", 10)
    q.para("You may ask for a reconsideration within one year of the date of this letter.", 10)
    q.para(f"Sincerely,\n\nClaims Processing, {FMP}", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=FMP, member_id=vid, member_name=vet,
                          cases=[claim, dcn], claim_amount=m2(den), service_dates=[span(s1)],
                          denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 365).isoformat(),
                          alternates={"insurer": ALT_INS, "claim_amount": ["2340.00"], "provider": [doc],
                                      "case_numbers": [[claim], [dcn]]},
                          denial_alternates=["eligibility"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_line_table_one_line_not_service_connected", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_timely_filing_caption_boxes", "fax_standard_g4", [faxstd_timely(rng)]),
        Item(F + "scan300_foreign_hospital_statement_of_account", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "photo_two_page_not_translated_denial", "phone_photo", [photo_translation(rng)]),
        Item(F + "rotated_two_column_reconsideration_upheld", "rotated", [rotated_recon(rng)]),
        Item(F + "lowres_provider_letter_to_fmp", "scan_lowres_150", [lowres_provider_letter(rng)]),
        Item(F + "finefax_stack_cover_registration_then_partial_denial", "fax_fine_g4",
             stack_registration_partial(rng), separators=["blank", "cover"], turns={(1, 0): 90}),
    ]
