"""Medicare Advantage notices on emergency and post-stabilization care at an out-of-network hospital, mirrored
for structure and wording style only from the integrated denial notice and Medicare Advantage payment rules: the
emergency visit is paid, the inpatient days after the member was stabilized are denied because nobody asked the
plan to approve them, with the hospital's letter to the plan and its billing. Medicare, the integrated denial
notice, reconsideration and the Independent Review Entity appear as themselves; the plan (Silverpine Advantage
Health Plan), the hospital, the physicians, members and every number are invented.

Documents (8 in 7 files):
- bd_idn_payment_denial_hospital_in_prose: a Notice of Denial of Payment to the member; the plan only in the
  header block and the closing, the hospital named only in prose ("the services you received from ..."), the
  span "from March 4 through March 7, 2026" shape, "date of this notice" vs an earlier "decision date",
  65-day appeal, 72-hour fast appeal and date of birth / date received decoys.
- faxstd_provider_remittance_caption_boxes: two-page provider notice to the hospital in 7.5-8.5 pt under a
  typed fax header line, captions above boxed values (claim number with "-01", ICN, member ID, NPI, tax ID,
  patient account), service lines with From | To in separate cells, 60-day non-contract provider dispute.
- scan300_eob_claims_table: the member's EOB with four claims in a table (ambulance, ED facility, ED physician
  paid; the post-stabilization inpatient stay denied, its span with different months and only the end year).
- photo_hospital_letter_to_plan_two_pages: the hospital's two-page letter to the plan (the plan is the
  addressee, the hospital the sender), the stay "03/04/2026 thru 03/07/2026", the call log; denies nothing.
- rotated_reconsideration_upheld_boxed_column: reconsideration decision, the facts in a boxed right-hand
  column, the hospital named only in the subject line; auto-forwarded to the IRE, so no appeal deadline.
- lowres_hospital_statement_lines: the hospital's statement to the patient, lines with one denied by the plan
  (denies nothing), MBI and account decoys.
- fine_stack_paid_physician_then_hospitalist_denial: a typed fax cover, a payment notice for the ED physician
  (DOS, denies nothing), then a denial of the hospitalist's daily visits "Dates of service: 3/4/26-3/7/26",
  fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddi_famdif import DISheet, end_year_span, short_nopad
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_advantage_out_of_network_emergency_post_stabilization_claim_denial"
LANG = "en"
SEED = 351305
PLAN = "Silverpine Advantage Health Plan"
PRODUCT = "Silverpine Advantage Plus (HMO)"
HOSP = "Harborcrest Regional Medical Center"
ERDOC = "Dr. Thaddeus K. Merriweather"
ERDOC_BARE = "Thaddeus K. Merriweather"
ERGROUP = "Tidewater Emergency Physicians, PA"
HOSPITALIST = "Ottoline V. Ashgrove"
HOSPGROUP = "Harborcrest Hospitalist Associates"
FORM = "Form SAHP-IDN-7 (01/26)"


def _ids(rng):
    return {"mid": "SPA" + digits(rng, 9), "plan": f"H{digits(rng, 4)}-{digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(1938, 1958), rng.randint(1, 12), rng.randint(1, 28))


def _stay(rng, start: dt.date, days: int = 3):
    er = start + dt.timedelta(days=rng.randint(0, 6))
    return er, plus(er, 1), plus(er, 1 + days)


def _lh(p, rng, dept, y=12):
    p.set_y(y)
    p.set_fill_color(34, 86, 70)
    p.rect(p.l_margin, y, 10, 10, style="F")
    p.set_xy(p.l_margin + 13, y)
    p.f(13.5, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 13)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(2000, 9999)}, Reno NV 895{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)} (TTY 711)", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def bd_idn(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    er, s0, s1 = _stay(rng, dt.date(2026, 3, 2))
    dec = plus(s1, rng.randint(20, 30))
    nd = plus(dec, 2)
    rec = plus(s1, rng.randint(6, 12))
    billed = amount(rng, 14000, 26000)
    claim = f"26{digits(rng, 8)}-01"
    p = DISheet(serif=True, footer="Page {n} of {nb}", footer_left=FORM)
    p.set_margins(22, 14, 22)
    p.add_page()
    # header block: the plan's name appears here and in the closing only
    p.f(12, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{PRODUCT}  |  PO Box {rng.randint(2000, 9999)}, Reno NV 895{rng.randint(10, 99)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(4)
    p.line("NOTICE OF DENIAL OF PAYMENT", 13, "B", align="C")
    p.ln(2)
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Decision date", fdate(dec, "long")),
             ("Member name", mem), ("Member ID", ids["mid"]), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Claim number", claim), ("Claim received", fdate(rec, "slash"))], label_w=44, size=9.5, h=5)
    p.ln(3)
    p.para(f"We have **denied** payment for the inpatient hospital services you received from {HOSP} "
           f"from {s0.strftime('%B %-d')} through {fdate(s1, 'long')}. "
           f"The hospital billed {money(billed)} for these days.", 10)
    p.para("**Why we denied payment:** You went to the emergency room on "
           f"{fdate(er, 'long')}. We paid for your emergency care. After your doctors found that your condition "
           "was stable, you stayed in the hospital. This hospital is not in our network. Medicare rules say "
           "that care after you are stabilized (post-stabilization care) at a hospital outside our network "
           "must be approved by us, unless the hospital asked and we did not answer within 1 hour. Our records "
           "show the hospital did not contact us to ask for approval of these days.", 10)
    p.heading("You have the right to appeal our decision", 11)
    p.para("You have the right to ask us to review (reconsider) this decision. You must ask for an appeal "
           "**within 65 days of the date of this notice**. We can give you more time if you have a good reason "
           "for missing the deadline. A fast (72-hour) decision applies only to requests for care you have not "
           "yet received, so it does not apply to a payment appeal.", 10)
    p.para("If we say no to all or part of your appeal, we will send your case to the Independent Review Entity "
           "for review automatically. You may also call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
           10)
    p.para(f"Sincerely,\n\nMember Services\n{PLAN}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 65).isoformat(),
              alternates={"denial_date": [dec.isoformat()], "appeal_deadline": [plus(dec, 65).isoformat()]},
              denial_alternates=["out_of_network"])
    return out(p), t


def faxstd_remit(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    er, s0, s1 = _stay(rng, dt.date(2026, 3, 9), 4)
    nd = plus(s1, rng.randint(25, 35))
    claim = f"26{digits(rng, 8)}-01"
    icn = digits(rng, 14)
    acct = "HRMC" + digits(rng, 8)
    npi = digits(rng, 10)
    days = (s1 - s0).days
    room = round(amount(rng, 2900, 3400) * days, 2)
    lab, rx, img = amount(rng, 900, 2400), amount(rng, 600, 1800), amount(rng, 1200, 3200)
    total = round(room + lab + rx + img, 2)
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: SILVERPINE ADV PROV SVCS  775-555-"
           f"{digits(rng, 4)}  TO: HRMC PFS  PAGE {{n}}/2")
    p = DISheet(footer="Page {n} of {nb}", footer_left="SAHP-PRN-22 (01/26)", fax_hdr=fax,
                cont=f"Provider notice continued  |  Claim {claim}  |  Member ID {ids['mid']}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _lh(p, rng, "Provider Services - Non-contracted providers", y=11)
    p.line("PROVIDER NOTICE OF PAYMENT DETERMINATION", 10.5, "B")
    p.ln(1)
    p.capboxes([("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 42), ("ICN", icn, 44),
                ("Member ID", ids["mid"], 38), ("Plan", ids["plan"], 28)])
    p.capboxes([("Member", mem, 52), ("Patient account no.", acct, 40), ("Billing NPI", npi, 32),
                ("Tax ID", f"88-{digits(rng, 7)}", 32), ("Bill type", "0111", 26)])
    p.capboxes([("Billing provider", HOSP, 92), ("Attending physician", f"{HOSPITALIST}, MD", 90)])
    p.band("SERVICE LINES", 7.8)
    rows = [["0120", "Room and board semi-private", fdate(s0, "slash"), fdate(s1, "slash"), str(days),
             money(room, "nosign"), "0.00", "N11"],
            ["0300", "Laboratory", fdate(s0, "slash"), fdate(s1, "slash"), "1", money(lab, "nosign"), "0.00", "N11"],
            ["0250", "Pharmacy", fdate(s0, "slash"), fdate(s1, "slash"), "1", money(rx, "nosign"), "0.00", "N11"],
            ["0350", "CT scan", fdate(s0, "slash"), fdate(s0, "slash"), "1", money(img, "nosign"), "0.00", "N11"]]
    p.table(["Rev", "Description", "From", "To", "Units", "Billed", "Paid", "Code"], rows,
            [12, 52, 22, 22, 12, 24, 18, 20], size=7.6, row_h=4.6, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    p.f(7.8, "B")
    p.cell(0, 4, f"Claim total billed {money(total)}    Plan paid $0.00    Member liability $0.00",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"N11  Post-stabilization inpatient days {fdate(s0, 'slash')} - {fdate(s1, 'slash')}: no request for "
           "approval was received from the treating hospital. The emergency services of " + fdate(er, "slash") +
           " were processed on a separate claim and paid. As a non-contracted provider you may not bill the "
           "member for these days beyond Original Medicare cost sharing.", 7.8)
    p.add_page()
    p.band("YOUR DISPUTE RIGHTS", 7.8)
    p.para("A non-contracted provider may ask for a reconsideration of this payment denial within 60 calendar "
           "days of the date of this notice. Include a signed Waiver of Liability statement holding the member "
           "harmless regardless of the outcome, the medical records for the stay and any call log showing a "
           "request for approval.", 7.8)
    p.para("Payment disputes about the amount paid (not a denial) go to the independent payment dispute "
           "process. Claims must be filed within 12 months of the date of service (timely filing).", 7.8)
    p.capboxes([("Send to", f"{PLAN}, Provider Reconsiderations", 100), ("Fax", f"775-555-{digits(rng, 4)}", 40)])
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=ids["plan"], member_id=ids["mid"],
              member_name=mem, cases=[claim, icn], claim_amount=m2(total), service_dates=[span(s0, s1)],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[claim], [icn]], "provider": [HOSPITALIST]},
              denial_alternates=["out_of_network"])
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    er = dt.date(2026, 3, 29) + dt.timedelta(days=rng.randint(0, 1))
    s0, s1 = plus(er, 1), plus(er, 4)            # months differ (March 30/31 - April 2/3)
    sd = dt.date(2026, 5, 1) + dt.timedelta(days=rng.randint(0, 6))
    amb, edf, edp = amount(rng, 900, 1600), amount(rng, 3200, 5800), amount(rng, 420, 880)
    inp = amount(rng, 16000, 24000)
    cl = [f"{digits(rng, 11)}" for _ in range(4)]
    p = DISheet(footer="Page {n} of {nb}", footer_left="Y0099_SAHP_EOB26_M")
    p.set_margins(14, 12, 14)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Date of this notice:", fdate(sd, "abbr")), ("Member:", mem), ("Member ID:", ids["mid"]),
                   ("Plan:", f"{PRODUCT} {ids['plan']}")], w=110, size=8.5, y=p.get_y())
    p.ln(3)
    p.heading("Claims we processed in April 2026 (03/29/2026 - 04/30/2026)", 10)
    rows = [[cl[0], "Cascade Mercy Ambulance", fdate(er, "slash"), money(amb, "nosign"), money(amb * 0.9, "nosign"),
             "Paid", "A"],
            [cl[1], HOSP + " (ER)", fdate(er, "slash"), money(edf, "nosign"), money(edf * 0.85, "nosign"), "Paid", "A"],
            [cl[2], ERGROUP, fdate(er, "slash"), money(edp, "nosign"), money(edp * 0.8, "nosign"), "Paid", "A"],
            [cl[3], HOSP + " (inpatient)", f"{fdate(s0, 'slash')}-\n{fdate(s1, 'slash')}", money(inp, "nosign"),
             "0.00", "Denied", "B"]]
    rows[3][2] = f"{fdate(s0, 'slash')} - {fdate(s1, 'slash')}"
    p.table(["Claim number", "Provider", "Date(s) of service", "Amount\nbilled", "Plan\npaid", "Status",
             "Note"], rows, [26, 58, 40, 20, 18, 13, 8], size=7.8, aligns=["L", "L", "L", "R", "R", "L", "C"])
    p.para("A  Emergency care is covered at any hospital, in or out of network, with your $120 emergency copay.",
           8.5)
    p.para(f"B  Inpatient stay {end_year_span(s0, s1)}: after you were stabilized, the hospital did not ask us to "
           "approve your continued stay. Post-stabilization care outside our network needs our approval. You do "
           "not owe the hospital for these days beyond your plan's cost sharing.", 8.5)
    p.heading("If you disagree", 10)
    p.para("You can appeal any denial on this notice within 65 days of the date of this notice. Call Member "
           f"Services at 1-866-555-{digits(rng, 4)} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. Your "
           "year-to-date out-of-pocket total: $" + f"{rng.randint(400, 1900):,}" + " of $5,900.", 8.5)
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=ids["plan"], member_id=ids["mid"],
              member_name=mem, cases=[cl[3]], claim_amount=m2(inp), service_dates=[span(s0, s1)],
              denial_date=sd.isoformat(), provider=HOSP, appeal_deadline=plus(sd, 65).isoformat(),
              alternates={"plan_id": [None, f"{PRODUCT} {ids['plan']}"]}, denial_alternates=["out_of_network"])
    return out(p), t


def photo_hospital_letter(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    er, s0, s1 = _stay(rng, dt.date(2026, 3, 2))
    ld = plus(s1, rng.randint(40, 50))
    billed = amount(rng, 15000, 25000)
    claim = f"26{digits(rng, 8)}-01"
    acct = "HRMC" + digits(rng, 8)
    signer = person(rng)[0]
    p = DISheet(footer="Page {n} of {nb}", cont=f"Re: {mem}  |  Member ID {ids['mid']}  |  Claim {claim}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services  |  {address(rng)[0]}, Eureka CA 955{rng.randint(10, 99)}  |  "
                 f"707-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Provider Reconsiderations", f"PO Box {rng.randint(2000, 9999)}",
               f"Reno NV 895{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Request for reconsideration - member {mem}, ID {ids['mid']}", f"Your claim {claim}, "
                f"patient account {acct}", f"Inpatient stay {fdate(s0, 'slash')} thru {fdate(s1, 'slash')}"])
    p.para("To the reconsideration unit:", 10)
    p.para(f"{HOSP} asks you to reconsider the denial of the post-stabilization days of the stay above. Your "
           f"member came to our emergency department on {fdate(er, 'long')} with chest pain and a new atrial "
           f"fibrillation with rapid rate. {ERDOC} stabilized her and admitted her for rate control and a "
           "cardiology work-up.", 10)
    p.para("Your notice says we did not ask for approval. Our case management log shows otherwise: our nurse "
           "called your utilization line at 11:40 p.m. on the night of admission and again at 7:15 a.m. the "
           "next morning, and left a message both times. Nobody from the plan called back within 1 hour.", 10)
    p.add_page()
    p.para("Under the Medicare Advantage rules on post-stabilization care, a plan is financially responsible "
           "for post-stabilization services that were not pre-approved when the plan does not respond to a "
           "request for approval within 1 hour. We believe the whole stay should be paid.", 10)
    p.pairs([("Charges billed", money(billed)), ("Dates", f"{fdate(s0, 'slash')} thru {fdate(s1, 'slash')}"),
             ("Attending", f"{HOSPITALIST}, MD")], label_w=36, size=10)
    p.ln(2)
    p.para("Enclosed: the signed waiver of liability, the call log, the discharge summary and the UB-04 "
           "claim. Please send your decision to the address above.", 10)
    p.para(f"Sincerely,\n\n{signer}\nAppeals Coordinator, Patient Financial Services\n{HOSP}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=ld.isoformat(), provider=HOSP,
              alternates={"insurer": [None], "provider": [HOSPITALIST], "claim_amount": [None]})
    return out(p), t


def rotated_recon(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    er, s0, s1 = _stay(rng, dt.date(2026, 3, 16), 2)
    nd = plus(s1, rng.randint(55, 70))
    rec = plus(nd, -rng.randint(20, 28))
    billed = amount(rng, 11000, 19000)
    claim = f"26{digits(rng, 8)}-01"
    appeal = mixed_id(rng, "RC-26-", "dcddd")
    p = DISheet(serif=True, footer="Page {n} of {nb}", footer_left="SAHP-REC-3 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Appeals and Grievances")
    p.line(f"Re: Reconsideration of payment for services from {HOSP}", 10, "B")
    p.ln(3)
    left = [f"{mem}\n" + "\n".join(address(rng)),
            f"Dear {mem}:",
            "We have reviewed your request for reconsideration of our decision not to pay for your hospital stay "
            f"from {s0.strftime('%B %-d')} through {fdate(s1, 'long')}. A physician who was not part of the first "
            "decision looked at the medical records, the hospital's call log and the plan rules.",
            "**Our decision: we did not change our decision.** The records show you were stable on the day after "
            "your emergency visit. The hospital's calls went to a general line that is not our authorization "
            "line, and no request for approval reached us. The emergency visit itself was paid.",
            "Because we did not decide fully in your favor, we have sent your case to the Independent Review "
            "Entity (IRE), an organization hired by Medicare that is not part of our plan. You do not need to do "
            "anything. The IRE will write to you. If you have questions, call 1-866-555-" + digits(rng, 4) +
            " (TTY 711)."]
    right = [("Date of this letter", fdate(nd, "abbr")), ("Appeal number", appeal), ("Claim number", claim),
             ("Member", mem), ("Member ID", ids["mid"]), ("Plan", f"{PRODUCT}"),
             ("Appeal received", fdate(rec, "slash")), ("Emergency visit (paid)", fdate(er, "slash")),
             ("Stay - from", fdate(s0, "slash")), ("Stay - to", fdate(s1, "slash")), ("Billed", money(billed))]
    p.boxed_column(left, "Your appeal at a glance", right, left_w=108)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(s0, s1)],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=None,
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["out_of_network"])
    return out(p), t


def lowres_statement(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    er, s0, s1 = _stay(rng, dt.date(2026, 4, 6), 3)
    sd = plus(s1, rng.randint(45, 60))
    acct = "HRMC" + digits(rng, 8)
    edf = amount(rng, 3600, 5200)
    inp = amount(rng, 14000, 21000)
    copay = 120.0
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Eureka CA 955{rng.randint(10, 99)}  |  Billing questions 707-555-"
                 f"{digits(rng, 4)}  |  Tax ID 94-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account no.:", acct), ("Amount due:", money(copay)),
                   ("Pay by:", fdate(plus(sd, 30), "slash"))], w=86, size=8.5, y=p.get_y() - 6)
    p.ln(3)
    p.pairs([("Patient", mem), ("Guarantor", f"{person(rng)[1]} {ml}"), ("Medicare number", mbi(rng)),
             ("Primary insurance", f"{PLAN}  ID {ids['mid']}"), ("Attending", f"{HOSPITALIST}, MD")],
            label_w=38, size=9)
    p.ln(2)
    rows = [[fdate(er, "slash"), fdate(er, "slash"), "Emergency department visit, level 5", money(edf, "nosign"),
             money(edf - copay, "nosign"), money(copay, "nosign")],
            [fdate(s0, "slash"), fdate(s1, "slash"), "Inpatient stay (post-stabilization)", money(inp, "nosign"),
             "0.00", "0.00"]]
    p.table(["From", "To", "Description", "Charges", "Insurance\npaid", "Your\nshare"], rows,
            [22, 22, 68, 24, 24, 22], size=8.2, aligns=["L", "L", "L", "R", "R", "R"])
    p.para(f"The inpatient stay was denied by {PLAN} (no approval on file). We have asked the plan to reconsider. "
           "As a Medicare Advantage enrollee you are not billed for the denied days while the appeal is open. "
           "Your share is the emergency copay only.", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(inp),
              service_dates=[span(s0, s1)], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [m2(copay), m2(edf + inp)], "provider": [HOSPITALIST],
                          "service_dates": [[span(er), span(s0, s1)]]})
    return out(p), t


def fine_stack(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    er, s0, s1 = _stay(rng, dt.date(2026, 4, 13), 3)
    nd = plus(s1, rng.randint(20, 28))
    edp = amount(rng, 420, 880)
    c1 = f"{digits(rng, 11)}"
    p = DISheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line("Notice of payment", 12, "B")
    p.ln(2)
    p.pairs([("Notice date", fdate(nd, "slash")), ("Member", mem), ("Member ID", ids["mid"]), ("Claim", c1),
             ("Provider", f"{ERDOC_BARE}, MD ({ERGROUP})"), ("DOS", fdate(er, "slash")), ("Billed", money(edp))],
            label_w=30, size=9.5)
    p.ln(2)
    p.para(f"We paid this claim for the emergency room doctor who treated you on {fdate(er, 'long')}. Emergency "
           "care is covered in or out of our network. You owe nothing more for this doctor's visit; your "
           "emergency copay was collected by the hospital.", 9.5)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[c1],
                          claim_amount=m2(edp), service_dates=[span(er)], denial_date=nd.isoformat(),
                          provider=ERDOC_BARE, alternates={"provider": [ERGROUP]}))
    nd2 = plus(nd, rng.randint(2, 6))
    c2 = f"26{digits(rng, 8)}-02"
    visits = round(amount(rng, 180, 260) * 4, 2)
    q = DISheet(footer=None, footer_left=FORM)
    q.set_margins(22, 14, 22)
    q.add_page()
    _lh(q, rng, "Claims Department")
    q.line("NOTICE OF DENIAL OF PAYMENT", 12, "B")
    q.ln(2)
    q.pairs([("Date of this notice", fdate(nd2, "long")), ("Member", mem), ("Member ID", ids["mid"]),
             ("Claim number", c2), ("Billed", money(visits))], label_w=40, size=9.5)
    q.ln(2)
    q.para(f"Dates of service: {short_nopad(s0)}-{short_nopad(s1)} (daily hospital visits, {fdate(s0, 'slash')} "
           f"to {fdate(s1, 'slash')}).", 9.5)
    q.para(f"We denied payment for the daily hospital visits by {HOSPITALIST}, MD, of {HOSPGROUP}, after you "
           "were stabilized. These visits were part of a hospital stay that was not approved by us. Doctors "
           "outside our network need our approval for care after an emergency is over.", 9.5)
    q.para("You may appeal within 65 days of the date of this notice. The Independent Review Entity reviews any "
           "appeal we do not decide fully in your favor.", 9.5)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids["mid"],
                          member_name=mem, cases=[c2], claim_amount=m2(visits), service_dates=[span(s0, s1)],
                          denial_date=nd2.isoformat(), provider=HOSPITALIST,
                          appeal_deadline=plus(nd2, 65).isoformat(), alternates={"provider": [HOSPGROUP]},
                          denial_alternates=["out_of_network"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_idn_payment_denial_hospital_in_prose", "born_digital", [bd_idn(rng)]),
        Item(F + "faxstd_provider_remittance_caption_boxes", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "scan300_eob_claims_table", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "photo_hospital_letter_to_plan_two_pages", "phone_photo", [photo_hospital_letter(rng)]),
        Item(F + "rotated_reconsideration_upheld_boxed_column", "rotated", [rotated_recon(rng)]),
        Item(F + "lowres_hospital_statement_lines", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "fine_stack_paid_physician_then_hospitalist_denial", "fax_fine_g4", fine_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
