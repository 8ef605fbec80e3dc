"""Notices mirrored (structure and wording style only) from Medicare's DMEPOS prior authorization program for
Group 2 pressure-reducing support surfaces on the Required Prior Authorization List: a DME MAC's
non-affirmation letters to the supplier and to the beneficiary with a unique tracking number (UTN) and detailed
reasons, a claim denied because no affirmed UTN was on it, a redetermination upholding that denial, an affirmed
resubmission, the supplier's statement and the ordering physician's letter. Medicare, the prior authorization
program and its rules appear as themselves; the DME MAC (Brightwater Federal Medical Services), the supplier,
physicians, beneficiaries and every number are invented.

Documents (8 in 7 files):
- bd_supplier_non_affirmation_two_column: non-affirmation letter to the supplier, a two-column letter with the
  facts (UTN, beneficiary, MBI, HCPCS, request received, anticipated delivery) in the right column.
- faxstd_beneficiary_non_affirmation_two_page: the beneficiary's copy, small type under a typed fax header line on
  each page, grey shaded bands, detailed numbered reasons, page 2 repeating beneficiary and UTN.
- scan300_claim_status_stacked_blocks: claim status notice to the supplier, claims as stacked "Claim 1 of 3"
  blocks, the second one denied (no affirmed UTN), its rental month a 30-day From / Thru span.
- copy_affirmed_resubmission_two_page: affirmation of a resubmitted request (denies nothing), earlier
  non-affirmed UTN as a decoy, page 2 a continuation page repeating beneficiary and UTN.
- rotated_redetermination_upheld_split_icn: redetermination upholding the claim denial, the ICN split over a
  line end at a hyphen in a sentence, fed sideways.
- lowres_supplier_statement_from_thru: the supplier's statement to the beneficiary, From and Thru in separate
  columns with two-digit years (denies nothing).
- faxf_stack_cover_non_affirmation_and_physician_letter: a fax cover, a second non-affirmation to the supplier,
  then the ordering physician's letter about the wounds turned upside down, with its duplex back.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhd import Sheet2, short2
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_dmepos_group_2_support_surface_prior_authorization_non_affirmation"
LANG = "en"
SEED = 351103
MAC = "Brightwater Federal Medical Services"
SUP = "Kestrel Point Home Medical Equipment and Respiratory Supply"
PHYS = "Obinna T. Salcedo, DO"
NURSE = "Colleen R. Achterberg, RN, CWON"
ITEM = "E0277 Powered pressure-reducing air mattress (Group 2 support surface)"


def _utn(rng):
    conf = "0O1I5S8B"
    return "PA" + digits(rng, 2) + "".join(rng.choice(conf + "23479") for _ in range(10))


def _dob(rng):
    return dt.date(rng.randint(1931, 1958), rng.randint(1, 12), rng.randint(1, 28))


def _icn(rng):
    return f"21{digits(rng, 2)}{digits(rng, 3)}{digits(rng, 6)}"


def _lh(p, rng, dept):
    p.f(14, "B")
    p.cell(0, 6.5, MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"DME Medicare Administrative Contractor  |  {dept}  |  PO Box {rng.randint(1000, 9999)}, "
           f"Fargo ND 581{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def bd_supplier(rng):
    name = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 30))
    rec = plus(nd, -rng.randint(3, 5))
    deliv = plus(nd, rng.randint(3, 8))
    utn = _utn(rng)
    p = Sheet2(footer="Page {n} of {nb}", footer_left="BFMS-PA-NA-S (02/26)")
    p.set_margins(18, 16, 18)
    p.add_page()
    _lh(p, rng, "Prior Authorization Unit")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [SUP, *address(rng)]:
        p.line(ln, 9.5)
    p.ln(4)
    p.line("PRIOR AUTHORIZATION DECISION: NON-AFFIRMED", 11, "B")
    p.ln(2)
    left = [
        "Dear Supplier:",
        "We reviewed the prior authorization request you submitted for the beneficiary and item shown at right. "
        "The item is on the Required Prior Authorization List for pressure-reducing support surfaces. Our "
        "decision is NON-AFFIRMED: the documentation sent does not show that the Medicare coverage "
        "requirements for a Group 2 support surface are met.",
        "Reasons: (1) The medical record does not show multiple stage 2 pressure ulcers on the trunk or pelvis "
        "that failed to improve over the past month. (2) There is no record of a comprehensive ulcer treatment "
        "program, including use of a Group 1 support surface, during that month. (3) The wound notes by "
        f"{NURSE} do not give ulcer size, stage and location on the dates reviewed.",
        f"The ordering practitioner, {PHYS}, was sent a copy of this decision. A non-affirmed decision is not an "
        "initial determination and cannot be appealed. You may resubmit the request with the missing "
        "documentation as many times as needed. If you deliver the item and submit a claim without an affirmed "
        "UTN, the claim will be denied.",
        f"Questions: Provider Contact Center 1-866-555-{digits(rng, 4)}. Please have the UTN ready.",
    ]
    right = [("Unique tracking number (UTN)", utn), ("Beneficiary", name), ("Medicare number (MBI)", mid),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Item (HCPCS)", ITEM),
             ("Ordering practitioner", f"{PHYS}\nNPI {digits(rng, 10)}"),
             ("Supplier PTAN / NSC", f"{digits(rng, 6)}-{digits(rng, 4)}"),
             ("Request received", fdate(rec, "slash")), ("Anticipated delivery date", fdate(deliv, "slash")),
             ("Decision", "NON-AFFIRMED")]
    p.two_col(left, right)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mid, member_name=name, cases=[utn],
              service_dates=[span(deliv)], denial_date=nd.isoformat(), provider=SUP,
              alternates={"insurer": ["Medicare"], "service_dates": [[]], "provider": [PHYS]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def faxstd_beneficiary(rng):
    name, first, mi, last = person(rng)
    mid = mbi(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 25))
    rec = plus(nd, -rng.randint(3, 5))
    deliv = plus(nd, rng.randint(4, 9))
    utn, prev = _utn(rng), _utn(rng)
    hdr = lambda n: (f"{fdate(nd, 'dash')} 09:{rng.randint(10, 59)}  FROM: BFMS PA UNIT 701-555-{digits(rng, 4)}  TO: "  # noqa: E731
                     f"KESTREL PT HME 620-555-{digits(rng, 4)}   P.{n}/2")
    p = Sheet2(footer="Page {n} of {nb}", footer_left="BFMS-PA-NA-B (02/26)")
    p.set_margins(14, 10, 14)
    p.add_page()
    p.fax_line(hdr(1))
    _lh(p, rng, "Prior Authorization Unit")
    p.line(fdate(nd, "long"), 8.5)
    p.ln(2)
    for ln in [name, *address(rng)]:
        p.line(ln, 8.5)
    p.ln(3)
    p.band("Notice of Prior Authorization Decision  -  Non-Affirmed", size=9)
    p.pairs([("Medicare number", mid), ("Unique tracking number", utn), ("Item requested", ITEM),
             ("Supplier", SUP), ("Ordering practitioner", PHYS), ("Request received", fdate(rec, "abbr")),
             ("Planned delivery", fdate(deliv, "abbr"))], label_w=40, size=8, h=4.2)
    p.ln(2)
    p.para(f"Dear {first} {last}:", 8)
    p.para(f"Your supplier, {SUP}, asked Medicare to approve in advance (prior authorization) a powered "
           "pressure-reducing air mattress for you. We reviewed the records your supplier and your doctor "
           "sent. We did not affirm the request. This means the records did not show that Medicare's rules for "
           "this item are met. This is not a decision on a claim, and you have not been billed.", 8)
    p.band("Why we did not affirm the request", size=8.5)
    reasons = [
        "1. Medicare covers a Group 2 support surface when you have multiple stage 2 pressure ulcers on the "
        "trunk or pelvis that have not improved over the past month on a full wound care program, or large or "
        "multiple stage 3 or 4 ulcers on the trunk or pelvis, or a recent flap or graft for an ulcer. The "
        "records list one stage 2 ulcer only.",
        "2. The records do not show that a Group 1 support surface was used during the past month.",
        "3. The wound care program (turning and positioning, wound care, moisture and nutrition) is not "
        "described in the notes.",
    ]
    for r in reasons:
        p.para(r, 8, gap=1, indent=3)
    p.add_page()
    p.fax_line(hdr(2))
    p.cont_header(f"{name}   |   Medicare number {mid}   |   UTN {utn}   |   continued")
    p.band("What happens next", size=8.5)
    p.para("Your supplier may send the request again with more records at any time. A non-affirmed prior "
           "authorization decision cannot be appealed, because no claim has been decided. If your supplier "
           f"delivers the mattress without an affirmed request, Medicare will deny the claim. An earlier request "
           f"for the same item, {prev}, was also not affirmed.", 8)
    p.band("If a claim is later denied", size=8.5)
    p.para("You will get a Medicare Summary Notice. You may then ask for a redetermination within 120 days of "
           "the date you receive that notice. A request for an expedited decision is answered within 2 business "
           "days when a delay could seriously harm your health.", 8)
    p.para(f"Questions? Call 1-800-MEDICARE (1-800-633-4227). TTY users call 1-877-486-2048. Beneficiary line "
           f"of {MAC}: 1-866-555-{digits(rng, 4)}. Your date of birth on file: {fdate(_dob(rng), 'slash')}.", 8)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mid, member_name=name, cases=[utn],
              service_dates=[span(deliv)], denial_date=nd.isoformat(), provider=SUP,
              alternates={"insurer": ["Medicare"], "service_dates": [[]], "provider": [PHYS]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def scan300_blocks(rng):
    name = person(rng)[0]
    mid = mbi(rng)
    sd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 14))
    m1 = dt.date(2026, 3, rng.randint(2, 6))
    m1e = plus(m1, 29)
    d0 = plus(m1, -rng.randint(20, 30))
    d2 = plus(m1, rng.randint(3, 9))
    icns = [_icn(rng) for _ in range(3)]
    amts = [amount(rng, 90, 180), amount(rng, 980, 1450), amount(rng, 60, 140)]
    ref = f"KP{digits(rng, 5)}-01"
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Claims Processing")
    p.right_block([("Notice date", fdate(sd, "abbr")), ("Supplier", "Kestrel Point HME"),
                   ("PTAN", digits(rng, 6)), ("Check / EFT", "EFT" + digits(rng, 8))], w=90, size=8.5)
    p.ln(2)
    p.line("CLAIM STATUS NOTICE - Beneficiary claims processed", 11, "B")
    p.pairs([("Beneficiary", name), ("Medicare number", mid), ("Patient account", "PAN-" + digits(rng, 7))],
            label_w=36, size=9, h=4.8)
    p.ln(3)
    blocks = [
        [("ICN", icns[0]), ("Billing supplier", SUP), ("Ordering provider", "Lamar V. Holloway, PA-C"),
         ("Service", "E0184 Dry pressure mattress (Group 1), purchase"),
         ("From / Thru", f"{short2(d0)}  -  {short2(d0)}"), ("Billed", money(amts[0])),
         ("Status", f"PAID {money(round(amts[0] * 0.62, 2))}")],
        [("ICN", icns[1]), ("Supplier reference", ref), ("Billing supplier", SUP),
         ("Ordering provider", PHYS), ("Service", "E0277 KH RR Powered air mattress, rental month 1"),
         ("From / Thru", f"{short2(m1)}  -  {short2(m1e)}"), ("Billed", money(amts[1]) + "*"),
         ("Status", "DENIED  CARC 15  RARC N54")],
        [("ICN", icns[2]), ("Billing supplier", SUP), ("Ordering provider", PHYS),
         ("Service", "A6212 Foam dressing, 4 units"), ("From / Thru", f"{short2(d2)}  -  {short2(d2)}"),
         ("Billed", money(amts[2])), ("Status", f"PAID {money(round(amts[2] * 0.66, 2))}")],
    ]
    p.claim_blocks(blocks, size=8.5, label_w=40)
    p.para(f"* Claim 2 of 3 ({fdate(m1, 'long')} through {fdate(m1e, 'long')}): the item is on the Required Prior "
           "Authorization List and the claim did not carry an affirmed unique tracking number (UTN). CARC 15: "
           "the authorization number is missing, invalid, or does not apply to the billed services or provider. "
           "The beneficiary may not be billed for this item without a valid advance notice.", 8.5)
    p.para("You may request a redetermination within 120 days of the date you receive this notice. Claims "
           "processed 03/01/2026 - " + fdate(sd, "slash") + ". Provider Contact Center 1-866-555-"
           + digits(rng, 4) + ".", 8.5)
    t = truth("eob", "prior_authorization", insurer=MAC, member_id=mid, member_name=name, cases=[icns[1]],
              claim_amount=m2(amts[1]), service_dates=[span(m1, m1e)], denial_date=sd.isoformat(), provider=SUP,
              alternates={"insurer": ["Medicare"], "case_numbers": [[icns[1], ref]],
                          "appeal_deadline": [plus(sd, 120).isoformat()], "provider": [PHYS]})
    return out(p), t


def copy_affirmed(rng):
    name = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 20))
    rec = plus(nd, -rng.randint(2, 4))
    old_d = plus(nd, -rng.randint(18, 30))
    utn, old = _utn(rng), _utn(rng)
    p = Sheet2(footer="Page {n} of {nb}", serif=True)
    p.set_margins(22, 18, 22)
    p.add_page()
    _lh(p, rng, "Prior Authorization Unit")
    p.line(fdate(nd, "slash"), 10)
    p.ln(3)
    for ln in [SUP, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("PRIOR AUTHORIZATION DECISION: AFFIRMED (RESUBMISSION)", 11, "B")
    p.ln(2)
    p.boxed_pairs([("UTN", utn), ("Beneficiary", name), ("Medicare number", mid), ("Item", ITEM),
                   ("Ordering practitioner", PHYS), ("Resubmission received", fdate(rec, "slash")),
                   ("Prior non-affirmed UTN", f"{old} ({fdate(old_d, 'slash')})")], label_w=52, size=9)
    p.para("Dear Supplier: We reviewed your resubmitted prior authorization request. The documentation now shows "
           "multiple stage 2 pressure ulcers on the sacrum and right hip that did not improve over a month on a "
           "comprehensive ulcer treatment program with a Group 1 support surface. Our decision is AFFIRMED.", 10)
    p.para("Place the UTN above on the claim for the first rental month. An affirmed decision means the "
           "documentation met Medicare's coverage requirements; the claim may still be denied for technical "
           "requirements that could not be checked before delivery.", 10)
    p.add_page()
    p.cont_header(f"Continued  -  {name}  -  MBI {mid}  -  UTN {utn}", 8.5)
    p.heading("Documentation reviewed", 10.5)
    p.bullets([f"Progress notes of {PHYS} (two visits)", f"Wound assessments by {NURSE} (four visits)",
               "Detailed written order and proof of Group 1 support surface use",
               "Turning and positioning schedule and nutrition assessment"], size=9.5)
    p.para(f"Questions: Provider Contact Center 1-866-555-{digits(rng, 4)} (TTY 711). Keep this letter with the "
           "beneficiary's file for the length of the rental.", 9.5)
    t = truth("other", None, insurer=MAC, member_id=mid, member_name=name, cases=[utn], denial_date=nd.isoformat(),
              provider=SUP, alternates={"insurer": ["Medicare"], "provider": [PHYS]})
    return out(p), t


def rotated_redet(rng):
    name, first, mi, last = person(rng)
    mid = mbi(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 20))
    rec = plus(nd, -rng.randint(25, 40))
    m1 = dt.date(2026, 3, rng.randint(2, 9))
    m1e = plus(m1, 29)
    icn = _icn(rng)
    icn_d = f"{icn[:2]}-{icn[2:4]}-{icn[4:7]}-{icn[7:]}"
    appeal = f"RD{digits(rng, 2)}-O{digits(rng, 6)}"
    amt = amount(rng, 980, 1450)
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(24, 18, 24)
    p.add_page()
    _lh(p, rng, "Appeals - Redetermination")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("MEDICARE REDETERMINATION NOTICE", 12, "B")
    p.ln(1)
    p.pairs([("Appeal number", appeal), ("Beneficiary", name), ("Medicare number", mid), ("Supplier", SUP),
             ("Item", "E0277 rental, month 1"), ("Dates of service", f"{fdate(m1, 'slash')} - {fdate(m1e, 'slash')}"),
             ("Amount billed", money(amt)), ("Request received", fdate(rec, "slash"))], label_w=40, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    # the ICN is printed dashed; the sentence breaks it at a hyphen on purpose (fixed width text)
    p.f(10)
    w = p.w - p.l_margin - p.r_margin
    p.multi_cell(w, 4.7, f"We are writing about your supplier's request for a redetermination of Medicare claim "
                 f"{icn_d[:6]}", new_x="LMARGIN", new_y="NEXT")
    p.multi_cell(w, 4.7, f"{icn_d[6:]} for the air mattress rental. The decision is UNFAVORABLE: Medicare "
                 "will not pay for this item.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Why: a powered pressure-reducing air mattress is on the Required Prior Authorization List. The claim "
           "was sent without an affirmed prior authorization unique tracking number, and prior authorization is a "
           "condition of payment. The records sent with the appeal cannot replace the prior authorization "
           f"decision. The order by {PHYS} is on file.", 10)
    p.para("Because the supplier did not give you a valid advance beneficiary notice, you are not responsible "
           "for this charge.", 10)
    p.para("If you disagree, you may ask for a reconsideration by a Qualified Independent Contractor within 180 "
           "days of the date you receive this decision. We presume you received it 5 days after the date at the "
           f"top of this letter. Questions: 1-866-555-{digits(rng, 4)}; 1-800-MEDICARE (TTY 1-877-486-2048).", 10)
    t = truth("denial_letter", "prior_authorization", insurer=MAC, member_id=mid, member_name=name,
              cases=[icn_d, appeal], claim_amount=m2(amt), service_dates=[span(m1, m1e)],
              denial_date=nd.isoformat(), provider=SUP,
              alternates={"insurer": ["Medicare"], "case_numbers": [[appeal], [icn, appeal]],
                          "appeal_deadline": [plus(nd, 180).isoformat(), plus(nd, 185).isoformat()]})
    return out(p), t


def lowres_statement(rng):
    name, first, mi, last = person(rng)
    mid = mbi(rng)
    sd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 14))
    m1 = dt.date(2026, 3, rng.randint(2, 9))
    m1e, m2s = plus(m1, 29), plus(m1, 30)
    m2e = plus(m2s, 29)
    dd = plus(m1, rng.randint(2, 8))
    icn = _icn(rng)
    a1, a2, a3 = amount(rng, 980, 1450), amount(rng, 980, 1450), amount(rng, 60, 140)
    acct = "A" + digits(rng, 7)
    p = Sheet2(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(12, "B")
    p.multi_cell(95, 5.5, SUP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    a = address(rng)
    p.cell(0, 4, f"{a[0]}, {a[1]}  |  Billing 620-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.right_block([("Statement date", fdate(sd, "slash")), ("Account", acct), ("Patient", name),
                   ("Medicare number", mid)], w=92, size=9)
    p.ln(3)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    rows = [[short2(m1), short2(m1e), "E0277 KH RR", "Air mattress rental mo. 1", money(a1, "nosign"), "Denied",
             "0.00"],
            [short2(m2s), short2(m2e), "E0277 KH RR", "Air mattress rental mo. 2", money(a2, "nosign"), "Pending",
             "0.00"],
            [short2(dd), short2(dd), "A6212", "Foam dressing x4", money(a3, "nosign"), "Paid", "0.00"]]
    p.table(["From", "Thru", "HCPCS", "Description", "Charge", "Medicare", "You owe"], rows,
            [18, 18, 24, 56, 22, 22, 20], size=8.5, aligns=["L", "L", "L", "L", "R", "C", "R"])
    p.para(f"Medicare denied rental month 1 ({fdate(m1, 'long')} - {fdate(m1e, 'long')}, Medicare claim "
           f"{icn}) because no affirmed prior authorization was on the claim. Under Medicare rules you do not owe "
           f"this amount. We have resubmitted the prior authorization request to {MAC}, and month 2 is on hold.",
           9)
    p.para(f"Ordered by {PHYS}. Questions about this statement: 620-555-{digits(rng, 4)}, Monday to Friday.", 9)
    p.line("AMOUNT DUE: $0.00", 11, "B")
    t = truth("other", None, insurer=None, member_id=mid, member_name=name, cases=[icn], claim_amount=m2(a1),
              service_dates=[span(m1, m1e)], denial_date=sd.isoformat(), provider=SUP, unscored=["insurer"],
              alternates={"case_numbers": [[]]})
    return out(p), t


def stack(rng):
    name = person(rng)[0]
    mid = mbi(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 14))
    rec = plus(nd, -rng.randint(3, 5))
    deliv = plus(nd, rng.randint(3, 8))
    utn = _utn(rng)
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(18, 12, 18)
    p.add_page()
    p.fax_line(f"{fdate(nd, 'slash')} 14:{rng.randint(10, 59)}  BFMS PA UNIT  701-555-{digits(rng, 4)}  >>  KESTREL "
               f"POINT HME   PAGE 2/4")
    _lh(p, rng, "Prior Authorization Unit")
    p.line(f"Date of notice: {fdate(nd, 'abbr')}", 9.5, "B")
    p.ln(2)
    p.band("PRIOR AUTHORIZATION DECISION: NON-AFFIRMED  -  RESUBMISSION 2", size=9)
    p.pairs([("UTN", utn), ("Beneficiary", name), ("MBI", mid), ("HCPCS", "E0277"), ("Supplier", SUP),
             ("Ordering", PHYS), ("Received", fdate(rec, "slash")), ("Delivery planned", fdate(deliv, "slash"))],
            label_w=36, size=9, h=4.8)
    p.ln(2)
    p.para("Detailed reasons: 5PA02 - Ulcer stage and size are not documented for the full month before the "
           "request. 5PA07 - The records do not show that the ulcers failed to improve with a Group 1 support "
           "surface. The plan of care signed by the ordering practitioner does not describe repositioning.", 9)
    p.para("A non-affirmed decision cannot be appealed. You may resubmit with the missing records. A claim "
           f"submitted without an affirmed UTN will be denied. Provider Contact Center 1-866-555-{digits(rng, 4)}.",
           9)
    doc1 = (out(p), truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mid, member_name=name,
                          cases=[utn], service_dates=[span(deliv)], denial_date=nd.isoformat(), provider=SUP,
                          alternates={"insurer": ["Medicare"], "service_dates": [[]], "provider": [PHYS]},
                          denial_alternates=["prior_authorization"]))
    ld = plus(nd, rng.randint(2, 6))
    w1, w2 = plus(ld, -rng.randint(30, 34)), plus(ld, -rng.randint(2, 5))
    q = Sheet2(footer=None, serif=True)
    q.set_margins(24, 20, 24)
    q.add_page()
    q.f(12, "B")
    q.cell(0, 6, "Sandhill Wound and Vascular Clinic", new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, f"Phone 620-555-{digits(rng, 4)}  |  Fax 620-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(5)
    q.line(fdate(ld, "long"), 10)
    q.ln(3)
    q.line(f"To: {SUP}, Prior Authorization Desk", 10)
    q.ln(3)
    q.para(f"Re: {name}, Medicare number {mid}, prior authorization UTN {utn}", 10)
    q.para(f"I have followed this patient for pressure injuries since {fdate(w1, 'long')}. On {fdate(w1, 'long')} "
           f"the patient had stage 2 ulcers of the sacrum (2.5 x 1.8 cm) and left ischium (1.6 x 1.2 cm). The patient used a Group 1 "
           f"foam overlay with turning every two hours, daily wound care and a protein supplement. On "
           f"{fdate(w2, 'long')} both ulcers were unchanged in size and a third stage 2 ulcer had opened on the right "
           "hip. Please send these notes with your next request for the powered air mattress.", 10)
    q.para(f"Sincerely,\n\n{PHYS}\nNPI {digits(rng, 10)}", 10)
    doc2 = (out(q), truth("other", None, insurer=None, member_id=mid, member_name=name, cases=[utn],
                          denial_date=ld.isoformat(), provider=PHYS, unscored=["insurer"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_supplier_non_affirmation_two_column", "born_digital", [bd_supplier(rng)]),
        Item(F + "faxstd_beneficiary_non_affirmation_two_page", "fax_standard_g4", [faxstd_beneficiary(rng)]),
        Item(F + "scan300_claim_status_stacked_blocks", "scan_clean_300", [scan300_blocks(rng)]),
        Item(F + "copy_affirmed_resubmission_two_page", "photocopy", [copy_affirmed(rng)]),
        Item(F + "rotated_redetermination_upheld_split_icn", "rotated", [rotated_redet(rng)]),
        Item(F + "lowres_supplier_statement_from_thru", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "faxf_stack_cover_non_affirmation_and_physician_letter", "fax_fine_g4", stack(rng),
             separators=["cover", "duplex"], turns={(1, 0): 180}),
    ]
