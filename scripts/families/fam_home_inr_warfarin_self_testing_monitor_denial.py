"""An invented commercial plan refusing a home INR (warfarin) self-testing meter and test strips: the meter is
not covered for the member's diagnosis under its home coagulation monitoring policy (mechanical heart valves
only), and test strips beyond its frequency limit are not covered. With the supplier's invoice, an
anticoagulation clinic's letter and a partly paid EOB. Every plan, person, supplier, clinic and number is
invented.

Documents (8 in 7 files):
- bd_sentence_only_meter_claim_denial: claim denial letter whose facts are only in sentences (provider, date,
  claim number, the billed amount in prose), no label/value lines.
- scan300_eob_wrapped_headings_partly_paid: EOB with a claims table whose headings wrap over two lines, several
  providers, a totals row and one denied row (strips over the frequency limit) with its remark code explained.
- faxf_supplier_invoice_numbered_boxes: the supplier's invoice to the patient with numbered boxes (denies nothing).
- photo_anticoag_clinic_letter_split_id: the anticoagulation clinic's letter to the plan supporting the meter,
  the member ID split over the end of a line (denies nothing).
- rotated_upheld_appeal_abbrev_labels: first-level appeal decision upholding the meter denial, abbreviated labels
  (Mbr #, Grp, Ref No., Appeal #) and spaced IDs, fed sideways.
- lowres_strip_quantity_preservice_denial: pre-service denial of weekly strips (twice the limit) with a boxed
  Questions? panel.
- copy_stack_member_letter_and_rental_denial: the member's letter to the plan, a blank separator, then a denial
  of the next month's meter rental claim fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import Sheet, dash2, dmy_upper, nopad, nth
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "home_inr_warfarin_self_testing_monitor_denial"
LANG = "en"
SEED = 351004
PLAN = "Tidewater Crest Health Assurance"
SUPPLIER = "Marrowstone Home Medical Supply"
CLINIC = "Harbor Oaks Anticoagulation Clinic"
DOCTOR = "Dr. Philippa Orenstein"
POLICY = "TCHA-MP-LAB-212"


def _ids(rng):
    return {"mid": "TCW" + digits(rng, 9), "grp": f"{digits(rng, 5)}-{rng.choice('ABC')}{digits(rng, 2)}",
            "plan": "PPO-" + digits(rng, 3)}


def _dob(rng):
    return dt.date(rng.randint(1946, 1972), rng.randint(1, 12), rng.randint(1, 28))


def _lh(p: Sheet, rng, dept: str):
    p.set_fill_color(22, 70, 96)
    p.rect(0, 0, p.w, 18, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin, 4)
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Norfolk VA 235{rng.randint(10, 99)}",
           new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_y(24)


def bd_sentences(rng):
    ids = _ids(rng)
    name, first, _, last = person(rng)
    sub = f"{person(rng)[1]} {last}"
    nd = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 40))
    dos = plus(nd, -rng.randint(20, 35))
    rec = plus(dos, rng.randint(4, 9))
    claim = f"QX{digits(rng, 3)}-{digits(rng, 6)}"
    amt = amount(rng, 900, 1900)
    p = Sheet(serif=True, footer=None)
    p.set_margins(25, 20, 25)
    p.add_page()
    _lh(p, rng, "Claims Review")
    p.ln(4)
    p.line(fdate(nd, "long"), 10.5)
    p.ln(4)
    for ln in [name, *address(rng)]:
        p.line(ln, 10.5)
    p.ln(6)
    p.para(f"Dear {first} {last},", 10.5)
    p.para(f"We are writing about the claim that {SUPPLIER} sent us for the home PT/INR monitor it supplied to "
           f"you on {fdate(dos, 'long')}. We received the claim, number {claim}, on {fdate(rec, 'abbr')}. The "
           f"supplier billed {money(amt)} for the monitor, the first box of test strips and the training visit. "
           f"Your coverage is under the plan your spouse, {sub}, has through an employer group, and you are "
           f"enrolled as member {ids['mid']} in group {ids['grp']}.", 10.5)
    p.para(f"We cannot pay this claim. The monitor was ordered by {DOCTOR} of {CLINIC} for warfarin therapy "
           "after a deep vein thrombosis. Our medical policy on home coagulation monitoring (policy "
           f"{POLICY}) covers a home INR monitor only for members with a mechanical heart valve. A home INR "
           "monitor is not a covered benefit for your diagnosis, so we paid nothing and you may owe the supplier "
           "the full amount.", 10.5)
    p.para("If you disagree, you or someone you name to act for you may appeal within 180 days of the date of "
           "this letter. Send us your reasons and any records, including a letter from your doctor. You may ask "
           "for a free copy of the policy and of every document we used. If your plan is governed by ERISA you "
           "may also bring a civil action under section 502(a) after the appeal.", 10.5)
    p.para(f"You can call us at 1-844-555-{digits(rng, 4)} (TTY 711), Monday through Friday. Our records list "
           f"your date of birth as {fdate(_dob(rng), 'slash')}; please tell us if that is wrong.", 10.5)
    p.para("Sincerely,\n\nClaims Review Unit", 10.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[claim], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 2, 12) + dt.timedelta(days=rng.randint(0, 30))
    d1, d2 = plus(sd, -rng.randint(30, 40)), plus(sd, -rng.randint(20, 28))
    d3 = plus(sd, -rng.randint(12, 18))
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    spec = [(d1, "Harbor Oaks Anticoag Clinic", "Office visit 99213", amount(rng, 140, 210), "paid"),
            (d2, "Bayshore Reference Lab", "INR 85610", amount(rng, 28, 60), "paid"),
            (d3, SUPPLIER, "Strips A4253", amount(rng, 260, 420), "deny")]
    deny = None
    for d, prov, svc, billed, st in spec:
        cl = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"
        if st == "paid":
            allowed = round(billed * 0.72, 2)
            paid = round(allowed * 0.8, 2)
            share = round(allowed - paid, 2)
            code = "--"
        else:
            allowed = paid = 0.0
            share = billed
            code = "F7"
            deny = (cl, billed, d, prov)
        rows.append([fdate(d, "short"), prov, svc, cl, money(billed), money(allowed, "nosign"),
                     money(paid, "nosign"), money(share, "nosign"), code])
        for i, v in enumerate([billed, allowed, paid, share]):
            tot[i] += v
    rows.append(["", "Totals", "", "", money(tot[0]), money(tot[1], "nosign"), money(tot[2], "nosign"),
                 money(tot[3], "nosign"), ""])
    p = Sheet(footer="Page {n} of {nb}", footer_left=f"{name}  |  Member ID {ids['mid']}")
    p.set_margins(10, 10, 10)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date:", fdate(sd, "iso")), ("Member:", name), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=90, size=8.5)
    p.line(f"Subscriber: {first} {mi}. {last}  (self)    Claims processed 01/01/2026 - {fdate(sd, 'slash')}", 8)
    p.ln(3)
    p.table(["Date(s)\nof service", "Provider", "Service", "Claim\nnumber", "Amount\nbilled", "Plan\nallowed",
             "Plan\npaid", "Your\nshare", "Remark\ncode"], rows, [16, 50, 27, 24, 18, 16, 15, 15, 13], size=7.2,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("F7  The number of home INR test strips billed is more than your plan covers (4 tests a month, policy "
           f"{POLICY}). The strips over the limit are not covered; the supplier may bill you for them.", 8.5)
    p.para(f"Plan-year deductible (01/01/2026 - 12/31/2026): $500 / met $ {rng.randint(120, 480)}. Out-of-pocket "
           f"maximum $4,500.", 8.5)
    p.para("Appeals: you may appeal any denied item within 180 days of the date of this statement. Call "
           f"1-844-555-{digits(rng, 4)}, TTY 711, or write to Appeals, {PLAN}.", 8.5)
    cl, billed, d, prov = deny
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[cl.replace(" ", "")], claim_amount=m2(billed), service_dates=[span(d)],
              denial_date=sd.isoformat(), provider=prov, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxf_invoice(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    resp = f"{person(rng)[1]} {last}"
    inv_d = dt.date(2026, 2, 20) + dt.timedelta(days=rng.randint(0, 25))
    dos = plus(inv_d, -rng.randint(35, 50))
    inv, acct = f"INV-{digits(rng, 6)}", digits(rng, 8)
    icl = f"QX{digits(rng, 3)}-{digits(rng, 6)}"
    lines = [("G0249", "Home INR monitor and test materials, 4 tests", amount(rng, 700, 1100)),
             ("G0248", "Patient training, home INR monitoring", amount(rng, 140, 220)),
             ("A4253", "Test strips, box of 24 (over limit)", amount(rng, 80, 160))]
    tot = round(sum(x[2] for x in lines), 2)
    p = Sheet(footer=None)
    p.set_margins(12, 10, 12)
    p.add_page()
    p.fax_line(f"{dmy_upper(inv_d)} 16:{rng.randint(10, 59)}  MARROWSTONE HME  757-555-{digits(rng, 4)}   TO: "
               f"757-555-{digits(rng, 4)}   P. 1 OF 1")
    p.f(14, "B")
    p.cell(0, 7, SUPPLIER, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    a = address(rng)
    p.cell(0, 4, f"Home medical equipment  |  Tax ID 54-{digits(rng, 7)}  |  NPI {digits(rng, 10)}  |  Billing "
           f"757-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(12, "B")
    p.cell(0, 6, "PATIENT INVOICE", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.nboxes([("1. Patient name", name, 62), ("2. Policy / member number", ids["mid"], 50),
              ("3. Group no.", ids["grp"], 38), ("4. Patient date of birth", fdate(_dob(rng), "slash"), 42)])
    p.nboxes([("5. Responsible party", resp, 62), ("6. Ordering physician", DOCTOR, 50),
              ("7. Date(s) of service", fdate(dos, "abbr"), 38), ("8. Invoice date", fdate(inv_d, "abbr"), 42)])
    p.nboxes([("9. Invoice no.", inv, 62), ("10. Account no.", acct, 50), ("11. Insurance", PLAN, 80)])
    p.nboxes([("12. Insurance claim no.", icl, 62), ("13. Insurance status", "DENIED - not covered", 50),
              ("14. Rx / order no.", "RX" + digits(rng, 7), 80)])
    p.ln(4)
    p.table(["Code", "Description", "Qty", "Charge"], [[c, d, "1", money(v, "nosign")] for c, d, v in lines] +
            [["", "Total charges", "", money(tot, "nosign")], ["", "Insurance paid", "", "0.00"],
             ["", "BALANCE DUE FROM PATIENT", "", money(tot)]], [24, 110, 16, 42], size=9,
            aligns=["L", "L", "C", "R"], bold_last=True)
    p.para(f"Your insurance denied this claim. Payment is due within 30 days. Ask about a 12-month payment plan. "
           f"Remit to {SUPPLIER}, {a[0]}, {a[1]}.", 8.5)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=name, cases=[icl],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=inv_d.isoformat(), provider=SUPPLIER,
              unscored=["insurer"])
    return out(p), t


def photo_clinic(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    ld = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 25))
    dos = plus(ld, -rng.randint(40, 55))
    claim = f"QX{digits(rng, 3)}-{digits(rng, 6)}"
    mid = ids["mid"]
    p = Sheet(footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Pharmacist-managed warfarin service  |  Phone 757-555-{digits(rng, 4)}  |  Fax 757-555-"
           f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "dmy"), 10)
    p.ln(3)
    p.line(f"{PLAN}, Appeals Department", 10)
    p.ln(4)
    p.para(f"To the reviewer: I am writing for my patient {name} (date of birth {fdate(_dob(rng), 'slash')}), "
           f"member number {mid[:7]}", 10, gap=0)
    p.para(f"{mid[7:]}, about claim {claim} for the home PT/INR monitor delivered on {fdate(dos, 'slash')}.", 10)
    p.para("The patient has had two deep vein thromboses and a pulmonary embolism and will take warfarin for "
           "life. Over the last year 9 of 22 clinic INR values were out of range, and her work schedule makes "
           "weekly clinic draws impossible. Weekly self-testing with our pharmacists managing the dose is the "
           "standard of care for patients like her, and it is far cheaper than another hospital stay.", 10)
    p.para("Please reconsider and pay for the monitor and for weekly test strips. Her husband, who drives her to "
           "clinic visits, has signed our release so that we may speak with you for her.", 10)
    p.para(f"Sincerely,\n\n{DOCTOR}, MD\nMedical Director, {CLINIC}\nNPI {digits(rng, 10)}", 10)
    t = truth("other", None, insurer=PLAN, member_id=mid, member_name=name, cases=[claim],
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=DOCTOR,
              alternates={"insurer": [None], "provider": [CLINIC]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 3, 10) + dt.timedelta(days=rng.randint(0, 20))
    od = plus(nd, -rng.randint(40, 60))
    dos = plus(od, -rng.randint(20, 30))
    claim = f"QX{digits(rng, 3)}-{digits(rng, 6)}"
    appeal = f"AP {digits(rng, 3)} {digits(rng, 4)}"
    amt = amount(rng, 900, 1900)
    mid = ids["mid"]
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    p = Sheet(serif=True, footer="{n}/{nb}")
    p.set_margins(30, 22, 22)
    p.add_page()
    _lh(p, rng, "Appeals and Grievances")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "slash")), ("Mbr #", spaced), ("Grp", ids["grp"]), ("Ref No.", claim),
             ("Appeal #", appeal), ("Prov", SUPPLIER), ("DOS", fdate(dos, "dmy")), ("Billed", money(amt, "usd"))],
            label_w=26, size=9.5, h=5)
    p.ln(4)
    p.para(f"Dear {name}:", 10)
    p.para(f"We reviewed your appeal of our claim decision dated {fdate(od, 'abbr')}. A board-certified "
           "hematologist who was not involved in the first decision reviewed your appeal, the letter from "
           "your anticoagulation clinic and medical policy " + POLICY + ".", 10)
    p.para("Decision: we upheld our decision. The plan covers a home INR monitor only for members with a "
           "mechanical heart valve. This limit is a benefit exclusion in your certificate of coverage "
           "(Section 7.4, Durable Medical Equipment). The monitor is not covered for your diagnosis.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask "
           "for an external review by an independent review organization within 4 months of this letter. Call "
           f"1-844-555-{digits(rng, 4)} (TTY 711) or fax 757-555-{digits(rng, 4)}.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=mid, member_name=name,
              cases=[claim, appeal.replace(" ", "")], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal.replace(" ", "")]]})
    return out(p), t


def lowres_strips(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 1, 14) + dt.timedelta(days=rng.randint(0, 40))
    rec = plus(nd, -rng.randint(3, 6))
    start = plus(nd, rng.randint(4, 10))
    req = f"UM-{digits(rng, 4)}-{digits(rng, 5)}"
    prev = f"UM-{digits(rng, 4)}-{digits(rng, 5)}"
    p = Sheet(footer="Page {n} of {nb}", footer_left="TCHA-UM-DN-3")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line(f"Notice of decision  -  {fdate(nd, 'dash')}", 11, "B")
    p.ln(2)
    p.boxed_pairs([("Patient", name), ("Member ID", ids["mid"]), ("Group number", ids["grp"]),
                   ("Request number", req), ("Requested by", f"{DOCTOR}, {CLINIC}"),
                   ("Item", "Home INR test strips, 8 tests a month (2 a week)"),
                   ("Requested start", fdate(start, "slash")), ("Request received", fdate(rec, "slash"))],
                  label_w=48)
    p.para("We approved 4 tests a month. We did not approve the other 4 tests a month. Testing twice a week is "
           "more often than is medically necessary for a stable warfarin dose; the records show no dose change "
           "in the last eight weeks. Your earlier request " + prev + " for the monitor was decided on "
           f"{nth(plus(nd, -70))}.", 9.5)
    p.para("You may appeal within 180 days of the date of this notice. An urgent appeal is decided within 72 "
           "hours. You may ask for a free copy of the criteria we used.", 9.5)
    p.panel(p.l_margin, p.get_y() + 2, 110, "Questions?", [f"Member Services 1-844-555-{digits(rng, 4)}",
            f"Fax 757-555-{digits(rng, 4)}", "TTY 711", "www.tidewatercrest.example/appeals"], size=8.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[req], service_dates=[span(start)], denial_date=nd.isoformat(),
              provider=DOCTOR, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [CLINIC], "service_dates": [[]]}, denial_alternates=["not_covered"])
    return out(p), t


def stack_docs(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    ld = dt.date(2026, 3, 3) + dt.timedelta(days=rng.randint(0, 20))
    old = f"QX{digits(rng, 3)}-{digits(rng, 6)}"
    q = Sheet(footer=None, serif=True)
    q.set_margins(28, 24, 28)
    q.add_page()
    q.line(name, 10.5)
    for a in address(rng):
        q.line(a, 10.5)
    q.ln(5)
    q.line(fdate(ld, "abbr"), 10.5)
    q.ln(4)
    q.line(PLAN, 10.5)
    q.line("Member Services", 10.5)
    q.ln(4)
    q.para(f"My member ID is {ids['mid']}. I am writing about claim {old} for my home INR meter. I do not "
           "understand why it was denied when my clinic says I need it. The supplier is now billing me every "
           "month. Please send me a copy of the policy you used and tell me how to appeal.", 10.5)
    q.para(f"You can reach me at 757-555-{digits(rng, 4)} after 5 p.m.\n\nThank you,\n{first} {mi}. {last}", 10.5)
    doc1 = (out(q), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[old],
                          denial_date=ld.isoformat(), alternates={"insurer": [None]}))
    nd = plus(ld, rng.randint(5, 12))
    dos = plus(nd, -rng.randint(15, 25))
    claim = f"QX{digits(rng, 3)}-{digits(rng, 6)}"
    amt = amount(rng, 60, 140)
    p = Sheet(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Claims")
    p.line("Claim determination", 12, "B")
    p.ln(2)
    p.pairs([("Notice date", fdate(nd, "abbr")), ("Patient", name), ("ID", ids["mid"]), ("Claim", claim),
             ("Supplier", SUPPLIER), ("Service", "Home INR monitor rental, monthly (E1399 RR)"),
             ("Date of service", fdate(dos, "iso")), ("Charged", money(amt, "flat")), ("Plan paid", "$0.00")],
            label_w=36, size=9.5)
    p.ln(2)
    p.para(f"This rental month is denied for the same reason as claim {old}: a home INR monitor is covered only "
           f"for members with a mechanical heart valve (policy {POLICY}). You may appeal within 180 days of the "
           f"date of this notice. Call 1-844-555-{digits(rng, 4)} (TTY 711).", 9.5)
    doc2 = (out(p), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name,
                          cases=[claim], claim_amount=m2(amt), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat()))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_sentence_only_meter_claim_denial", "born_digital", [bd_sentences(rng)]),
        Item(F + "scan300_eob_wrapped_headings_partly_paid", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "faxf_supplier_invoice_numbered_boxes", "fax_fine_g4", [faxf_invoice(rng)]),
        Item(F + "photo_anticoag_clinic_letter_split_id", "phone_photo", [photo_clinic(rng)]),
        Item(F + "rotated_upheld_appeal_abbrev_labels", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_strip_quantity_preservice_denial", "scan_lowres_150", [lowres_strips(rng)]),
        Item(F + "copy_stack_member_letter_and_rental_denial", "photocopy", stack_docs(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
