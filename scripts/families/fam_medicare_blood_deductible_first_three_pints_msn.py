"""Medicare Summary Notices (Part A and Part B) where the blood deductible applies to the first three units of
whole blood or packed red cells in a calendar year (the beneficiary pays for them or has them replaced), other
lines paid and one line denied, with the hospital's statement, the MAC's redetermination and the hospital's
reopening letter to the MAC. Mirrored for structure and wording style only: Medicare, CMS, the MSN and the blood
deductible appear as themselves; the MAC (Juniper Ridge Medicare Services), the hospitals, every person, Medicare
number, claim number and phone (555, TTY 711) are invented.

Documents (8 in 7 files):
- bd_part_b_msn_blood_lines_one_denied: Part B MSN with two claims; the hospital outpatient transfusion claim has
  two red-cell units under the blood deductible, a paid administration line and an irradiation line denied (not
  reasonable and necessary); a physician visit claim paid; blood-deductible and Part B deductible status decoys.
- faxstd_part_b_msn_caption_boxes: small-type Part B MSN under a typed fax header line on each page, small
  captions above boxed values (Medicare number, date of this notice, claims processed period), a crossmatch
  line denied as billed twice (duplicate: other); "DOS" single date; date of birth as a decoy.
- scan300_hospital_statement_blood_units: the hospital's statement (denies nothing) with three units billed to
  the patient as the Medicare blood deductible, a replacement-credit note, account number and guarantor decoys;
  the stay as "03/09/2026 thru 03/13/2026".
- photo_two_page_part_a_msn_snf_denied: two-page Part A MSN, photographed: an inpatient stay approved with the
  blood deductible for 3 pints; a skilled nursing facility stay denied as custodial care (span "April 2 - April
  20, 2026" with the year only at the end, full dates in the claim table).
- rotated_redetermination_two_column: the MAC's unfavorable redetermination in two columns with the facts on the
  right (appeal number, ICN, service date); the hospital named only in prose; QIC 180-day limit "of receiving".
- lowres_hospital_letter_to_mac_reopening: the hospital's patient financial services letter to the MAC asking
  for a reopening of a denied unit line (the MAC the addressee; denies nothing); cc line; NPI and tax ID decoys.
- faxfine_stack_part_a_paid_then_part_b_denied: a fax cover sheet, a paid Part A MSN (blood deductible, denies
  nothing), then a Part B MSN with a platelet line denied (not reasonable and necessary) fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import DHSheet
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_blood_deductible_first_three_pints_msn"
LANG = "en"
SEED = 351303
MAC = "Juniper Ridge Medicare Services"
HOSP = "St. Aldric Valley Hospital"
HOSP2 = "Larkspur Community Hospital"
SNF = "Whitcombe Terrace Skilled Nursing Center"
DOC1 = "Imogen Castellane"
DOC2 = "Rupert Vantongeren"
MEDICARE = "Medicare"
MED_ALT = ["Centers for Medicare & Medicaid Services", "Medicare Summary Notice"]
BLOOD_NOTE = ("You pay for the first 3 pints (units) of whole blood or packed red cells you get in a calendar "
              "year, unless the blood is donated to replace what you used. This is the blood deductible.")


def _claimno(rng):
    return "26" + digits(rng, 12)


def _msn_head(p: DHSheet, part: str, nd: dt.date, who: str, mid: str, addr: list[str], rng, small=False):
    s = 0.85 if small else 1.0
    p.f(15 * s, "B")
    p.cell(0, 7 * s, "Medicare Summary Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(9.5 * s)
    p.cell(0, 5 * s, f"for {part}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5 * s)
    p.cell(0, 4 * s, "Your claims summary from the Centers for Medicare & Medicaid Services. THIS IS NOT A BILL.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y = p.get_y()
    for ln in [who.upper(), *address(rng)]:
        p.f(9 * s)
        p.cell(90, 4.6 * s, ln, new_x="LMARGIN", new_y="NEXT")
    return y


def _footer_help(p, rng, size=8):
    p.para(f"Questions? Call 1-800-555-{digits(rng, 4)} (TTY 711). Claims for this notice were handled by "
           f"{MAC}, a Medicare Administrative Contractor.", size)


def bd_part_b(rng):
    who, f_, m_, l_ = person(rng)
    mid = mbi(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 20))
    dos = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 20))
    visit = plus(dos, -rng.randint(6, 12))
    unit = amount(rng, 410, 520)
    adm = amount(rng, 640, 880)
    irr = amount(rng, 90, 160)
    scr = amount(rng, 110, 170)
    total = round(unit * 2 + adm + irr + scr, 2)
    ch1, ch2 = _claimno(rng), _claimno(rng)
    ov = amount(rng, 180, 260)
    p = DHSheet(footer="Page {n} of {nb}", footer_left=f"{who}  |  Medicare Number {mid}")
    p.set_margins(16, 14, 16)
    p.add_page()
    y = _msn_head(p, "Part B (Medical Insurance)", nd, who, mid, [], rng)
    p.right_block([("Medicare Number", mid), ("Date of this notice", fdate(nd, "abbr")),
                   ("Claims processed", "Feb 1 - Apr 30, 2026"), ("Customer service", "1-800-555-" + digits(rng, 4))],
                  w=100, size=8.5, y=y)
    p.ln(4)
    p.heading("Your Deductible and Blood Status", 10.5, rule=True)
    p.para("Part B deductible: you have met your Part B deductible for 2026. Blood deductible: you have used 3 of "
           "3 pints this year (2 on this notice and 1 on an earlier notice dated 01/22/2026).", 9)
    p.heading(f"Claim 1: {HOSP}", 10.5, rule=True)
    p.pairs([("Service date", fdate(dos, "abbr")), ("Claim number", ch1), ("Referred by", f"Dr. {DOC1}")],
            label_w=32, size=8.5, h=4.6)
    p.ln(1)
    rows = [["Red blood cells, leukocytes reduced, unit 1 (P9016)", money(unit), money(unit), "$0.00", money(unit), "A"],
            ["Red blood cells, leukocytes reduced, unit 2 (P9016)", money(unit), money(unit), "$0.00", money(unit), "A"],
            ["Transfusion, blood or blood products (36430)", money(adm), money(round(adm * .4, 2)),
             money(round(adm * .32, 2)), money(round(adm * .08, 2)), ""],
            ["Antibody screen, RBC each serum technique (86850)", money(scr), money(round(scr * .3, 2)),
             money(round(scr * .24, 2)), money(round(scr * .06, 2)), ""],
            ["Irradiation of blood product, each unit (P9040)", money(irr), "$0.00", "$0.00", "$0.00", "B"],
            ["Total for this claim", money(total), "", "", "", ""]]
    p.table(["Service provided & billing code", "Amount provider charged", "Medicare-approved amount",
             "Amount Medicare paid", "Maximum you may be billed", "See notes"], rows, [72, 24, 24, 22, 24, 17.9],
            size=7.8, aligns=["L", "R", "R", "R", "R", "C"], bold_last=True)
    p.heading(f"Claim 2: Dr. {DOC2}", 10.5, rule=True)
    p.pairs([("Service date", fdate(visit, "abbr")), ("Claim number", ch2)], label_w=32, size=8.5, h=4.6)
    p.table(["Service provided & billing code", "Amount provider charged", "Medicare-approved amount",
             "Amount Medicare paid", "Maximum you may be billed", "See notes"],
            [["Office/outpatient visit, established (99214)", money(ov), money(round(ov * .55, 2)),
              money(round(ov * .44, 2)), money(round(ov * .11, 2)), ""]], [72, 24, 24, 22, 24, 17.9], size=7.8,
            aligns=["L", "R", "R", "R", "R", "C"])
    p.heading("Notes for Claims Above", 10, rule=True)
    p.para("A  " + BLOOD_NOTE, 8.5, gap=1)
    p.para("B  Medicare won't pay for this item or service because the information we have does not show it was "
           "reasonable and necessary (irradiated blood was not ordered for a listed indication).", 8.5)
    p.heading("How to Handle Denied Claims or File an Appeal", 10, rule=True)
    p.para(f"If you disagree with a coverage decision on this notice, you can file an appeal. Your appeal must be "
           f"filed by {fdate(plus(nd, 120), 'long')}. Circle the service you disagree with, explain why, and send "
           f"this notice to {MAC}, Part B Redeterminations, PO Box {rng.randint(3000, 9999)}, Fargo ND "
           f"581{rng.randint(10, 99)}.", 8.5)
    _footer_help(p, rng)
    t = truth("eob", "medical_necessity", insurer=MEDICARE, member_id=mid, member_name=who, cases=[ch1],
              claim_amount=m2(total), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"insurer": MED_ALT + [MAC], "claim_amount": [m2(irr)], "provider": [DOC1]})
    return out(p), t


def faxstd_part_b(rng):
    who, f_, m_, l_ = person(rng)
    mid = mbi(rng)
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 20))
    dos = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 20))
    dob = dt.date(rng.randint(1938, 1956), rng.randint(1, 12), rng.randint(1, 28))
    unit = amount(rng, 420, 510)
    xm = amount(rng, 95, 140)
    adm = amount(rng, 600, 820)
    total = round(unit * 3 + xm * 2 + adm, 2)
    ch = _claimno(rng)
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: {l_.upper()} FAMILY 208-555-{digits(rng, 4)}"
           f"  TO: {HOSP.upper()} PFS 208-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DHSheet(footer="Page {n} of {nb}", fax_hdr=fax, cont=f"Medicare Summary Notice continued - {who} - {mid}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(12.5, "B")
    p.cell(0, 6, "Medicare Summary Notice for Part B (Medical Insurance)", new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 3.5, "Your claims summary from the Centers for Medicare & Medicaid Services. THIS IS NOT A BILL.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.nboxes([("Beneficiary name", who, 56), ("Medicare Number", mid, 40), ("Date of birth", fdate(dob, "slash"), 30),
              ("Date of this notice", fdate(nd, "slash"), 30), ("Claims processed", "01/01/26-03/31/26", 31.9)],
             h=10.5, cap=6, val=8.2)
    p.nboxes([("Part B deductible", "$283.00 met", 56), ("Blood deductible (pints)", "3 of 3 used", 40),
              ("Claim number", ch, 60), ("Total you may be billed", money(round(unit * 3 + adm * .08, 2)), 31.9 + 30)],
             h=10.5, cap=6, val=8.2)
    p.ln(3)
    p.band(f"CLAIM FROM {HOSP.upper()} (OUTPATIENT)  -  DOS {fdate(dos, 'short')}", 8)
    p.pairs([("Date of service", fdate(dos, "slash")), ("Ordering", f"Dr. {DOC2}")], label_w=30, size=7.8, h=4)
    rows = [[f"Packed red cells, unit {i} (P9021)", money(unit), money(unit), "$0.00", money(unit), "A"]
            for i in (1, 2, 3)]
    rows += [["Transfusion (36430)", money(adm), money(round(adm * .4, 2)), money(round(adm * .32, 2)),
              money(round(adm * .08, 2)), ""],
             ["Crossmatch, immediate spin (86920)", money(xm), money(round(xm * .3, 2)), money(round(xm * .24, 2)),
              money(round(xm * .06, 2)), ""],
             ["Crossmatch, immediate spin (86920)", money(xm), "$0.00", "$0.00", "$0.00", "C"],
             ["Claim total", money(total), "", "", "", ""]]
    p.table(["Service & code", "Charged", "Approved", "Medicare paid", "You may be billed", "Notes"], rows,
            [70, 24, 24, 24, 26, 19.9], size=7.5, aligns=["L", "R", "R", "R", "R", "C"], row_h=4.6, bold_last=True)
    p.para("A  " + BLOOD_NOTE, 7.5, gap=1)
    p.para("C  This service was billed more than once for the same date of service. The second crossmatch line is "
           "a duplicate and was denied. The hospital may not bill you for it.", 7.5)
    p.add_page()
    p.band("HOW TO FILE AN APPEAL", 8)
    p.para(f"If you disagree with a decision, your appeal must be filed by {fdate(plus(nd, 120), 'long')}. "
           "Send this notice with the item circled and your reason to the address below. If you need more time, "
           "explain why. After a redetermination you may ask for a reconsideration by a Qualified Independent "
           "Contractor within 180 days of receiving that decision.", 7.8)
    p.para(f"{MAC}  |  Part B Redeterminations  |  PO Box {rng.randint(3000, 9999)}, Fargo ND 581{rng.randint(10, 99)}"
           f"  |  1-800-555-{digits(rng, 4)}  TTY 711", 7.8)
    t = truth("eob", "other", insurer=MEDICARE, member_id=mid, member_name=who, cases=[ch], claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"insurer": MED_ALT + [MAC], "claim_amount": [m2(xm)], "provider": [DOC2]})
    return out(p), t


def scan300_statement(rng):
    who, f_, m_, l_ = person(rng)
    guar = f"{person(rng)[1]} {l_}"
    mid = mbi(rng)
    a0 = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    a1 = plus(a0, 4)
    sd = plus(a1, rng.randint(40, 55))
    unit = amount(rng, 430, 520)
    room = amount(rng, 14000, 21000)
    lab = amount(rng, 1800, 2600)
    adm = amount(rng, 700, 900)
    tot = round(room + lab + adm + unit * 3, 2)
    ded = 1736.00
    acct = "V" + digits(rng, 8)
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services  |  {address(rng)[0]}, Pueblo CO 810{rng.randint(10, 99)}  |  "
                 f"719-555-{digits(rng, 4)}  |  Federal Tax ID 84-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(12, "B")
    p.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Statement date", fdate(sd, "slash")), ("Account", acct), ("Guarantor", guar),
                   ("Please pay by", fdate(plus(sd, 30), "slash"))], w=88, size=8.5, y=p.get_y() - 6)
    p.ln(3)
    p.pairs([("Patient", who), ("Inpatient stay", f"{fdate(a0, 'slash')} thru {fdate(a1, 'slash')}"),
             ("Attending", f"Dr. {DOC1}"), ("Insurance", f"Medicare Part A  {mid}")], label_w=30, size=9)
    p.ln(2)
    rows = [["Room and board, semi-private (4 days)", money(room, "nosign"), "Medicare"],
            ["Laboratory", money(lab, "nosign"), "Medicare"],
            ["Blood administration", money(adm, "nosign"), "Medicare"]]
    rows += [[f"Packed red cells, unit {i} - blood deductible", money(unit, "nosign"), "Patient"] for i in (1, 2, 3)]
    rows += [["Total charges", money(tot, "nosign"), ""]]
    p.table(["Description", "Charges", "Billed to"], rows, [110, 35, 38.9], size=8.5, aligns=["L", "R", "L"],
            bold_last=True)
    due = round(ded + unit * 3, 2)
    p.pairs([("Medicare Part A paid", money(round(tot - due, 2))), ("Part A deductible", money(ded)),
             ("Blood deductible (3 units)", money(round(unit * 3, 2))), ("Amount due from you", money(due))],
            label_w=60, size=9)
    p.ln(3)
    p.para("Medicare does not pay for the first 3 units of blood you receive in a calendar year. If family or friends "
           "donate blood to replace the units you used, call our blood bank; each replaced unit is credited to your "
           "account and removed from the balance.", 9)
    t = truth("other", None, insurer=MEDICARE, member_id=mid, member_name=who, claim_amount=m2(tot),
              service_dates=[span(a0, a1)], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [m2(due), m2(round(unit * 3, 2))], "provider": [DOC1],
                          "case_numbers": [[acct]]})
    return out(p), t


def photo_part_a(rng):
    who, f_, m_, l_ = person(rng)
    mid = mbi(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 14))
    a0 = dt.date(2026, 3, 26) + dt.timedelta(days=rng.randint(0, 4))
    a1 = plus(a0, 5)
    s0 = plus(a1, 1)
    s1 = dt.date(2026, 4, 20)
    hc = _claimno(rng)
    sc = _claimno(rng)
    hchg = amount(rng, 24000, 36000)
    schg = amount(rng, 9000, 14000)
    p = DHSheet(footer="Page {n} of {nb}", cont=f"{who}  |  Medicare Number {mid}  |  Page 2 of 2")
    p.set_margins(18, 14, 18)
    p.add_page()
    y = _msn_head(p, "Part A (Hospital Insurance)", nd, who, mid, [], rng)
    p.right_block([("Medicare Number", mid), ("Date of this notice", fdate(nd, "long")),
                   ("Claims processed", "March 1 - May 31, 2026")], w=100, size=8.5, y=y)
    p.ln(6)
    p.heading("Your Claims & Costs This Period", 11, rule=True)
    p.para(f"Did Medicare approve all services? NO. We denied coverage for the stay at {SNF}. See page 2 for "
           "details.", 9.5)
    p.para(f"Facilities with claims: {HOSP2} ({fdate(a0, 'abbr')} - {fdate(a1, 'abbr')}); {SNF} "
           f"({s0.strftime('%B')} {s0.day} - {s1.strftime('%B')} {s1.day}, 2026).", 9.5)
    p.heading("Blood deductible", 11, rule=True)
    p.para("During your hospital stay you received 3 pints of packed red cells. " + BLOOD_NOTE +
           " The hospital may charge you for the 3 pints shown as 'Maximum you may be billed'.", 9.5)
    p.heading("Appeals", 11, rule=True)
    p.para(f"If you disagree with a decision, your appeal must be filed by {fdate(plus(nd, 120), 'long')}. "
           "Follow the steps on page 2.", 9.5)
    p.add_page()
    p.heading("Your Facility Claims", 11, rule=True)
    rows = [[f"{HOSP2}\nClaim {hc}", f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}", "6", "Yes",
             money(hchg), money(round(1736 + 3 * 460, 2)), "A, B"],
            [f"{SNF}\nClaim {sc}", f"{fdate(s0, 'slash')} - {fdate(s1, 'slash')}", "0", "No",
             money(schg), money(schg), "C"]]
    w = [60, 38, 13, 15, 21, 23, 9.9]
    head = ["Facility & claim", "Dates of service", "Benefit days used", "Paid?", "Charges",
            "Max. you may be billed", "Notes"]
    p.table(head, [], w, size=8)
    p.set_y(p.get_y() - 2)
    p.f(8)
    for r in rows:
        x, y = p.get_x(), p.get_y()
        for c, wi in zip(r, w):
            p.rect(p.get_x(), y, wi, 14)
            p.multi_cell(wi, 4.4, c, new_x="RIGHT", new_y="TOP")
        p.set_xy(x, y + 14)
    p.ln(3)
    p.para("A  " + BLOOD_NOTE, 8.5, gap=1)
    p.para("B  You were charged the Part A deductible of $1,736.00 for this benefit period.", 8.5, gap=1)
    p.para("C  Medicare does not pay for this stay because the care you received was custodial (help with daily "
           "living) and did not need daily skilled nursing or therapy services.", 8.5)
    p.heading("How to Handle Denied Claims or File an Appeal", 10.5, rule=True)
    p.para("Circle the claim you disagree with, explain why, sign, and send this page to "
           f"{MAC}, PO Box {rng.randint(3000, 9999)}, Madison WI 537{rng.randint(10, 99)} by "
           f"{fdate(plus(nd, 120), 'long')}. For a fast appeal about ongoing care, call the Beneficiary and "
           "Family Centered Care Quality Improvement Organization at 1-866-555-" + digits(rng, 4) + ".", 9)
    t = truth("eob", "level_of_care", insurer=MEDICARE, member_id=mid, member_name=who, cases=[sc],
              claim_amount=m2(schg), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=SNF,
              appeal_deadline=plus(nd, 120).isoformat(), denial_alternates=["not_covered", "medical_necessity"],
              alternates={"insurer": MED_ALT + [MAC]})
    return out(p), t


def rotated_redetermination(rng):
    who, f_, m_, l_ = person(rng)
    mid = mbi(rng)
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 14))
    dos = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 10))
    rec = plus(nd, -rng.randint(25, 40))
    icn = digits(rng, 13)
    appeal = f"RDB-26-{digits(rng, 7)}"
    irr = amount(rng, 110, 180)
    tot = round(irr * 2, 2)
    p = DHSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Medicare Part B Redeterminations  |  PO Box {rng.randint(3000, 9999)}, Fargo ND 581{rng.randint(10, 99)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("MEDICARE REDETERMINATION NOTICE - UNFAVORABLE", 11.5, "B")
    p.ln(2)
    left = [f"{who}\n" + "\n".join(address(rng)),
            f"Dear {f_} {l_}:",
            f"We received your request for a redetermination on {fdate(rec, 'long')}. You asked us to look again "
            f"at the services you received from {HOSP} on {fdate(dos, 'long')}: irradiation of two units of red "
            f"blood cells ordered by Dr. {DOC1}.",
            "Decision: unfavorable. Medicare pays for irradiated blood only when the records show a condition that "
            "puts the patient at risk of transfusion-associated graft-versus-host disease. The records we received "
            "do not show such a condition, so the service was not reasonable and necessary. The first 3 units of "
            "blood this year were your blood deductible; that part of the claim was not appealed.",
            "If you disagree, you may ask a Qualified Independent Contractor for a reconsideration within 180 days "
            "of receiving this letter. Because the hospital gave you no advance notice, you are not responsible "
            "for the denied charges."]
    right = [("Date of this notice", fdate(nd, "abbr")), ("Appeal number", appeal), ("Claim (ICN)", icn),
             ("Beneficiary", who), ("Medicare Number", mid), ("Date of service", fdate(dos, "slash")),
             ("Service", "P9040 x 2 units"), ("Amount in dispute", money(tot)), ("Request received", fdate(rec, "slash"))]
    p.two_col(left, right, left_w=110, size=9.5)
    p.ln(2)
    p.para(f"Sincerely,\n\nRedetermination Unit, {MAC}\nA Medicare Administrative Contractor", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mid, member_name=who,
              cases=[appeal, icn], claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=HOSP, alternates={"insurer": [MEDICARE], "case_numbers": [[appeal], [icn]],
                                         "provider": [DOC1]})
    return out(p), t


def lowres_reopening(rng):
    who, f_, m_, l_ = person(rng)
    mid = mbi(rng)
    ld = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 14))
    dos = dt.date(2026, 3, 3) + dt.timedelta(days=rng.randint(0, 10))
    icn = digits(rng, 13)
    unit = amount(rng, 420, 510)
    npi = digits(rng, 10)
    p = DHSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services - Medicare Follow-up  |  NPI {npi}  |  Tax ID 84-{digits(rng, 7)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [MAC, "Part A Reopenings", f"PO Box {rng.randint(3000, 9999)}", f"Fargo ND 581{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Request for clerical reopening - {who}", f"Medicare Number {mid}   ICN {icn}",
                f"DOS: {fdate(dos, 'short')}"], 9.5)
    p.para("To the Reopenings Unit:", 10)
    p.para(f"Our claim for {who}, who received four units of packed red cells in our emergency department on "
           f"{fdate(dos, 'long')}, was processed with the fourth unit (P9021, {money(unit)}) denied. The "
           "remittance shows the unit counted against the blood deductible and then denied as over the deductible "
           "quantity, which is a clerical error on our part: the line was keyed with revenue code 0380 instead of "
           "0390. The first three units are correctly the patient's blood deductible.", 10)
    p.para("Please reopen the claim and adjust the fourth unit line. A corrected UB-04 page is enclosed. This request "
           "is within one year of the initial determination.", 10)
    p.para(f"Sincerely,\n\nDelphine Marchetti-Oakes\nMedicare Follow-up Specialist, {HOSP}\n208-555-{digits(rng, 4)}",
           10)
    p.para(f"cc: Dr. {DOC2}, Emergency Department; patient account file", 8.5)
    t = truth("other", None, insurer=MAC, member_id=mid, member_name=who, cases=[icn], claim_amount=None,
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=HOSP,
              alternates={"insurer": [None, MEDICARE], "claim_amount": [m2(unit)], "provider": [DOC2]})
    return out(p), t


def stack_a_then_b(rng):
    who, f_, m_, l_ = person(rng)
    mid = mbi(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 10))
    a0 = dt.date(2026, 2, 23) + dt.timedelta(days=rng.randint(0, 6))
    a1 = plus(a0, 3)
    hc = _claimno(rng)
    chg = amount(rng, 18000, 26000)
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    y = _msn_head(p, "Part A (Hospital Insurance)", nd, who, mid, [], rng)
    p.right_block([("Medicare Number", mid), ("Date of this notice", fdate(nd, "long"))], w=100, size=8.5, y=y)
    p.ln(6)
    p.para("Did Medicare approve all services? YES.", 10)
    p.table(["Facility & claim", "Dates of service", "Benefit days used", "Charges", "Max. you may be billed", "Notes"],
            [[HOSP2, f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}", "3", money(chg), money(round(1736 + 2 * 455, 2)),
              "A, B"], [f"Claim {hc}", "", "", "", "", ""]], [56, 42, 18, 24, 24, 15.9], size=8)
    p.para("A  You received 2 pints of blood during this stay. " + BLOOD_NOTE, 8.5, gap=1)
    p.para("B  Part A deductible for this benefit period: $1,736.00.", 8.5)
    p.para(f"If you disagree with a decision, your appeal must be filed by {fdate(plus(nd, 120), 'long')}.", 8.5)
    d1 = (out(p), truth("eob", None, insurer=MEDICARE, member_id=mid, member_name=who, cases=[hc],
                        claim_amount=m2(chg), service_dates=[span(a0, a1)], denial_date=nd.isoformat(),
                        provider=HOSP2, appeal_deadline=plus(nd, 120).isoformat(),
                        alternates={"insurer": MED_ALT + [MAC], "appeal_deadline": [None]},
                        type_alternates=["other"]))
    nd2 = plus(nd, rng.randint(3, 9))
    dos = plus(a1, rng.randint(10, 20))
    ch = _claimno(rng)
    unit = amount(rng, 430, 500)
    plt = amount(rng, 700, 950)
    adm = amount(rng, 600, 800)
    tot = round(unit + plt + adm, 2)
    q = DHSheet(footer="Page {n} of {nb}")
    q.set_margins(16, 14, 16)
    q.add_page()
    y = _msn_head(q, "Part B (Medical Insurance)", nd2, who, mid, [], rng)
    q.right_block([("Medicare Number", mid), ("Date of this notice", fdate(nd2, "abbr"))], w=100, size=8.5, y=y)
    q.ln(5)
    q.para("Blood deductible: 3 of 3 pints used this year (2 during your February hospital stay, 1 on this notice).",
           9)
    q.heading(f"{HOSP2}, outpatient infusion center  -  Service date {fdate(dos, 'abbr')}", 10, rule=True)
    q.pairs([("Claim number", ch), ("Referred by", f"Dr. {DOC1}")], label_w=30, size=8.5, h=4.6)
    q.table(["Service provided & billing code", "Amount provider charged", "Medicare-approved amount",
             "Amount Medicare paid", "Maximum you may be billed", "See notes"],
            [["Red blood cells, unit 1 (P9016)", money(unit), money(unit), "$0.00", money(unit), "A"],
             ["Platelets, pheresis, unit (P9035)", money(plt), "$0.00", "$0.00", "$0.00", "B"],
             ["Transfusion (36430)", money(adm), money(round(adm * .4, 2)), money(round(adm * .32, 2)),
              money(round(adm * .08, 2)), ""], ["Total", money(tot), "", "", "", ""]],
            [70, 24, 24, 22, 24, 19.9], size=7.8, aligns=["L", "R", "R", "R", "R", "C"], bold_last=True)
    q.para("A  " + BLOOD_NOTE, 8.5, gap=1)
    q.para("B  Medicare won't pay for this item because the records do not show it was reasonable and necessary "
           "(platelet count above the transfusion threshold).", 8.5)
    q.para(f"Your appeal must be filed by {fdate(plus(nd2, 120), 'long')}.", 8.5)
    d2 = (out(q), truth("eob", "medical_necessity", insurer=MEDICARE, member_id=mid, member_name=who, cases=[ch],
                        claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd2.isoformat(), provider=HOSP2,
                        appeal_deadline=plus(nd2, 120).isoformat(),
                        alternates={"insurer": MED_ALT + [MAC], "claim_amount": [m2(plt)], "provider": [DOC1]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_part_b_msn_blood_lines_one_denied", "born_digital", [bd_part_b(rng)]),
        Item(F + "faxstd_part_b_msn_caption_boxes", "fax_standard_g4", [faxstd_part_b(rng)]),
        Item(F + "scan300_hospital_statement_blood_units", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "photo_two_page_part_a_msn_snf_denied", "phone_photo", [photo_part_a(rng)]),
        Item(F + "rotated_redetermination_two_column", "rotated", [rotated_redetermination(rng)]),
        Item(F + "lowres_hospital_letter_to_mac_reopening", "scan_lowres_150", [lowres_reopening(rng)]),
        Item(F + "faxfine_stack_part_a_paid_then_part_b_denied", "fax_fine_g4", stack_a_then_b(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
