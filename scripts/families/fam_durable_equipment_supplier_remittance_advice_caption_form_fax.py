"""An invented commercial plan (Stourvale Mutual Health Plan) deciding a home medical equipment supplier's claims
(Yarnell Home Medical Equipment): the remittance advice to the supplier and the member's copies, most of them
caption forms sent by standard fax. HCPCS codes, the RR / NU modifiers and CARC/RARC codes appear as themselves; the
plan, its rules and time limits, the suppliers, every doctor, member, number and address are invented. Reasons are
put in the writer's own words; several name no kind of denial.

Documents (8 in 7 files):
- faxstd_remittance_three_patients_rental_without_rr_modifier: a landscape remittance advice on a standard fax
  ("PAYEE", "PAYEE NPI", "TIN", "Remit date", "EFT / CHK" boxes; "Ref #", "Enrollee No.", "Svc Dates", "Billed"
  columns), three patients, the second one's CPAP rental line pays 0.00 under CO-4 / N657 with a legend only
  (coding_error).
- faxstd_member_copy_power_wheelchair_delivered_before_request: the member's copy on a standard fax, weekday-named
  "Notice issued", a box holding two facts split by a bar, refusing a power wheelchair delivered before the plan
  heard of it; no heading names the kind (prior_authorization).
- lowres_member_copy_oxygen_from_unlisted_supplier: a 150 dpi caption form with captions beside boxes refusing an
  oxygen concentrator rental from a supplier that has no agreement with the plan (out_of_network, inferred).
- photocopy_letter_to_parent_bath_chair_not_part_of_benefits: a photocopied letter to a parent about a child's bath
  chair, the notice date only in its date line, the doctor only in a sentence (not_covered, inferred).
- phone_family_eob_three_people_duplicate_line: a photographed member EOB for the subscriber, spouse and child, one
  line pays 0.00 under remark D2 (a duplicate of an earlier claim whose number is printed as a decoy; other).
- rotated_supplier_statement_after_insurance: the supplier's statement to the member, fed sideways (denies nothing).
- clean_stack_oxygen_not_needed_duplex_back_then_coverage_ended_sideways: a letter refusing a home oxygen
  rental because the resting test shows levels where oxygen does not help (medical_necessity, inferred), its blank
  duplex back, then sideways a letter on a walker delivered after coverage ended (eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdyc import DYSheet, dob, people, phone, wday
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "durable_equipment_supplier_remittance_advice_caption_form_fax"
LANG = "en"
SEED = 354602
INS = "Stourvale Mutual Health Plan"
ALT = ["Stourvale Mutual", "Stourvale"]
PLAN = "Stourvale Choice PPO 2000"
GROUP = "SL7Q-2204"
SUP = "Yarnell Home Medical Equipment"


def enr(rng):
    """Enrollee number 'SMZ 2205 7719 B': Z, S and B beside digits."""
    return f"SMZ {digits(rng, 4)} {digits(rng, 4)} {rng.choice('BSG')}"


def ref(rng):
    return f"RA26-{digits(rng, 4)}-{digits(rng, 4)}"


def _head(p: DYSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Madison WI 53708-{digits(rng, 4)}  |  "
                 f"{phone(rng, '866')}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [("E0470-RR", "Bi-level device, rental", 180, 260, False),
             ("E0601", "CPAP device, rental", 95, 160, True),
             ("E0260-RR", "Hospital bed, rental", 150, 230, False)]
    rows, info = [], []
    for pt, (code, desc, lo, hi, den) in zip(pats, specs):
        m = enr(rng)
        n = ref(rng)
        f1 = dt.date(2026, 3, 1)
        f2 = dt.date(2026, 3, 31)
        b = amount(rng, lo, hi)
        last, first = pt.split()[-1], " ".join(pt.split()[:-1])
        pname = f"{last.upper()}, {first.upper().rstrip('.')}"
        if den:
            rows.append([n, pname, m, f"{f1.isoformat()} - {f2.isoformat()}", code, money(b, "nosign"), "0.00",
                         "0.00", "CO-4 N657"])
        else:
            al = round(b * 0.7, 2)
            rows.append([n, pname, m, f"{f1.isoformat()} - {f2.isoformat()}", code, money(b, "nosign"),
                         money(al, "nosign"), money(round(al * 0.8, 2), "nosign"), "CO-45"])
        info.append((pt, m, n, f1, f2, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  STOURVALE PROV REMIT  {phone(rng, '608')}  PG {{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("REMITTANCE ADVICE - MEDICAL EQUIPMENT", "SMHP-RA-4 (rev. 10/2025)")
    p.capstrip([("PAYEE", SUP), ("PAYEE NPI", digits(rng, 10)), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"),
                ("Remit date", fdate(rd, "slash")), ("EFT / CHK", f"{digits(rng, 12)} / {digits(rng, 6)}")],
               [80, 40, 35, 40, 64])
    p.ln(3)
    p.table(["Ref #", "Patient", "Enrollee No.", "Svc Dates", "HCPCS / Mod", "Billed", "Allowed", "Paid",
             "CARC / RARC"], rows, [34, 46, 36, 46, 22, 20, 18, 18, 19], size=7.6,
            aligns=["L"] * 5 + ["R"] * 3 + ["C"])
    p.para("**Legend.** CO-45: charge above the contracted rate; the patient owes no part of it. CO-4 N657: the "
           "item is billed as a monthly rental, so the line needs the RR modifier. Send a corrected claim showing "
           "E0601-RR. Not billable to the patient.", 8)
    p.para("Corrected claims and reconsideration requests: within 90 days of the remit date. Provider Services "
           f"{phone(rng, '866')}.", 8)
    pt, m, n, f1, f2, b = info[1]
    t = truth("eob", "coding_error", insurer=INS, member_id=m.replace(" ", ""), member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[f"{f1.isoformat()}/{f2.isoformat()}"], denial_date=rd.isoformat(),
              provider=SUP, appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[f1.isoformat()]]})
    return out(p), t


def faxstd_member_pa(rng):
    member, doc, rev = people(rng, 3)
    m = enr(rng)
    dlv = dt.date(2026, 3, rng.randint(2, 20))
    rec = plus(dlv, rng.randint(9, 16))
    nd = plus(rec, rng.randint(7, 12))
    n = ref(rng)
    b = amount(rng, 3800, 6200)
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  STOURVALE CLAIMS  {phone(rng, '608')}  P{{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("MEMBER COPY - CLAIM DECISION", "SMHP-MC-2 (rev. 11/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Notice issued", wday(nd)), ("Enrollee No.", m), ("Grp", GROUP)], [70, 50, W - 120])
    p.capstrip([("Enrollee", member), ("DOB", fdate(dob(rng, 1950, 1990), "slash")), ("Plan", PLAN)],
               [62, 30, W - 92])
    p.capstrip([("Ref # | Received", f"{n} | {fdate(rec, 'slash')}"), ("Svc Dates", wday(dlv)),
                ("Billed", money(b))], [70, 70, W - 140])
    p.capstrip([("Supplier / NPI", f"{SUP} / {digits(rng, 10)}"), ("Ordered by", f"Dr. {doc}")],
               [W * 0.62, W * 0.38])
    p.ln(2)
    p.table(["HCPCS", "Item", "Billed", "Plan paid", "Note"],
            [["K0823", "Power wheelchair, group 2, captain's chair", money(b, "nosign"), "0.00", "A"]],
            [22, 90, 28, 26, W - 166], size=8.6, aligns=["L", "L", "R", "R", "C"])
    p.para(f"**Note A.** Your supplier delivered the chair on {wday(dlv)}. We first heard about it when the claim "
           "came in on the date after the bar in the Ref # box. Under your plan, we must agree to a power "
           "wheelchair before it is given to you; no one asked us to. The supplier is in our network and may not "
           "bill you for it.", 8.8)
    p.para(f"Reviewed by {rev}. You may appeal within 180 days of the date this notice was issued. Urgent "
           "appeals are decided within 72 hours. External review: within 4 months of our final decision. "
           f"Member Services {phone(rng, '866')}, TTY 711.", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP,
              member_id=m.replace(" ", ""), member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[dlv.isoformat()], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None]}, type_alternates=["eob"])
    return out(p), t


def lowres_oon(rng):
    member, doc, sig = people(rng, 3)
    m = enr(rng)
    f1 = dt.date(2026, 2, 1)
    f2 = dt.date(2026, 2, 28)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    n = ref(rng)
    b = amount(rng, 190, 280)
    oon = "Ambry Oxygen and Respiratory"
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("MEMBER COPY - EQUIPMENT CLAIM")
    p.beside([[("Date of this notice", fdate(nd, "abbr"))],
              [("Mbr No.", m), ("Grp", GROUP)],
              [("Claim #", n), ("Billed", money(b))],
              [("Rental month", f"{fdate(f1, 'slash')} thru {fdate(f2, 'slash')}")],
              [("Supplier", oon), ("Prescriber", f"Dr. {doc}")]], cap_w=30, cap=5.8)
    p.para(f"{oon} billed us for one month's rental of an oxygen concentrator (E1390) for {member}. This "
           f"supplier has not signed an agreement with {INS}. Your plan pays for home equipment only when it "
           f"comes from a supplier that has one, such as {SUP}. We paid nothing on this claim. You may owe the "
           "supplier its charge.", 9.6)
    p.para("If you switch to a supplier that works with us, later months can be paid. You may appeal within 180 "
           f"days of the date of this notice. Member Services {phone(rng, '866')} (TTY 711).", 9.4)
    p.para(f"{sig}, Claims Examiner", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m.replace(" ", ""),
              member_name=member, cases=[n], claim_amount=m2(b), service_dates=[f"{f1.isoformat()}/{f2.isoformat()}"],
              denial_date=nd.isoformat(), provider=oon, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[f1.isoformat()]]})
    return out(p), t


def photocopy_notcov(rng):
    child, mother, doc, sig = people(rng, 4)
    m = enr(rng)
    v = dt.date(2026, 3, rng.randint(3, 25))
    nd = plus(v, rng.randint(26, 38))
    n = ref(rng)
    b = amount(rng, 380, 720)
    p = DYSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mother}:", 10)
    p.para(f"We received a claim from {SUP} for a pediatric bath chair (E0240) delivered for your child, {child}, "
           f"on {fdate(v, 'long')}. Dr. {doc} at Wenby Lane Pediatrics wrote the order. The supplier billed "
           f"{money(b)}. The claim number is {n}; your child's enrollee number is {m}.", 10)
    p.para("A bath chair makes bathing safer and easier at home, but it is not used to treat an illness and is "
           "not needed outside the home. Items of this kind are not part of your benefits, so we will not pay for "
           "it. The supplier may bill you for it.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: "
           f"{phone(rng, '866')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m.replace(" ", ""), member_name=child,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def phone_family_eob(rng):
    sub, spouse, kid = people(rng, 3)
    m = enr(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Subscriber", sub), ("Enrollee No.", m), ("Grp", GROUP), ("Statement date", fdate(sd, "slash"))],
               [55, 50, 35, W - 140])
    p.capstrip([("Supplier (all lines)", SUP), ("Supplier NPI", digits(rng, 10)), ("Plan", PLAN)],
               [80, 40, W - 120])
    p.ln(3)
    earlier = ref(rng)
    specs = [(sub, "Self", "E0570", "Nebulizer", False), (spouse, "Spouse", "A7030", "CPAP full face mask", False),
             (spouse, "Spouse", "A7030", "CPAP full face mask", True), (kid, "Child", "L3000", "Foot insert, molded",
                                                                        False)]
    rows, den = [], None
    dd = plus(sd, -rng.randint(25, 40))
    for who, rel, code, item, dup in specs:
        d = dd if code == "A7030" else plus(sd, -rng.randint(20, 50))
        n = ref(rng)
        b = amount(rng, 90, 260) if not dup else den_b
        if code == "A7030" and not dup:
            den_b = b
        al = 0.0 if dup else round(b * 0.7, 2)
        pd = 0.0 if dup else round(al * 0.8, 2)
        rows.append([who, rel, n, fdate(d, "slash"), f"{code} {item}", money(b, "nosign"), money(al, "nosign"),
                     money(pd, "nosign"), money(round(al - pd, 2), "nosign"), "D2" if dup else "P1"])
        if dup:
            den = (who, n, b, d)
        elif code == "A7030":
            rows[-1][2] = earlier
    p.table(["Patient", "Rel.", "Ref #", "Svc date", "Item", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"],
            rows, [33, 11, 28, 18, 38, 14, 14, 14, 13, W - 183], size=7.0,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para(f"**Remarks.** P1: paid under your plan; {SUP} is in our network. D2: this line repeats ref # "
           f"{earlier}, the same mask for the same date, which we already paid. Nothing more is owed to the "
           "supplier for it.", 8.4)
    p.para("Appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: 4 months "
           f"after our final decision. Member Services {phone(rng, '866')}.", 8.4)
    who, n, b, d = den
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m.replace(" ", ""), member_name=who,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=SUP,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def rotated_statement(rng):
    member, doc = people(rng, 2)
    m = enr(rng)
    f1, f2 = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
    sd = dt.date(2026, 5, rng.randint(18, 28))
    ac = f"YH-{digits(rng, 7)}"
    b = amount(rng, 160, 240)
    paid = round(b * 0.56, 2)
    adj = round(b * 0.3, 2)
    bal = round(b - paid - adj, 2)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(SUP, "YHME", [f"{rng.randint(100, 9800)} Commerce Dr, Middleton WI 53562  |  Billing "
                              f"{phone(rng, '608')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Bill to", [member, *address(rng)], "Account", [f"Account {ac}", f"Ordered by Dr. {doc}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Insurance", INS), ("Insurance ID", m),
             ("Pay by", fdate(plus(sd, 30), "abbr"))]], size=8.4)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[f"{fdate(f1, 'slash')}-{fdate(f2, 'slash')}", "E0601-RR", "CPAP device, rental month 4",
              money(b, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contract adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [40, 22, 66, 25, W - 153], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your insurer has paid its share of this rental month. The balance is your coinsurance as your insurer "
           "reported it.", 9)
    t = truth("other", None, insurer=INS, member_id=m.replace(" ", ""), member_name=member, claim_amount=m2(b),
              service_dates=[f"{f1.isoformat()}/{f2.isoformat()}"], denial_date=sd.isoformat(), provider=SUP,
              unscored=["insurer"], alternates={"provider": [doc], "member_id": [None],
                                                "service_dates": [[f1.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    member, doc, rev, sig = people(rng, 4)
    m = enr(rng)
    f1 = dt.date(2026, 3, 1)
    f2 = dt.date(2026, 3, 31)
    test = dt.date(2026, 2, rng.randint(10, 24))
    nd = dt.date(2026, 4, rng.randint(6, 20))
    n = ref(rng)
    b = amount(rng, 200, 290)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Enrollee No.", m), ("Ref #", n), ("Svc Dates", f"{fdate(f1, 'slash')} - {fdate(f2, 'slash')}"),
                ("Billed", money(b))], [W / 4] * 4)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"{SUP} billed us for a month's rental of a home oxygen concentrator (E1390) that Dr. {doc} ordered for "
           f"you. We looked at the oxygen test done on {fdate(test, 'long')} while you were resting and walking.",
           10)
    p.para("Your oxygen level stayed at 93 to 95 percent the whole time. At those levels, breathing extra oxygen at "
           "home does not improve health, and the records give no other reason for it. We will not pay for the "
           f"rental. Reviewed by Dr. {rev}, a lung specialist.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Urgent appeals are decided within 72 hours. "
           "Your doctor may ask for a peer-to-peer talk within 14 days.", 10)
    p.para(f"Sincerely,\n{sig}\nClinical Review", 10)
    d_a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m.replace(" ", ""),
                         member_name=member, cases=[n], claim_amount=m2(b),
                         service_dates=[f"{f1.isoformat()}/{f2.isoformat()}"], denial_date=nd.isoformat(),
                         provider=SUP, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc], "service_dates": [[f1.isoformat()]]}))
    member2, doc2, sig2 = people(rng, 3)
    m2_ = enr(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(6, 20))
    nd2 = plus(v, rng.randint(22, 32))
    n2 = ref(rng)
    b2 = amount(rng, 110, 190)
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Enrollee No.", m2_), ("Group", GROUP), ("Ref #", n2)], label_w=30, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"{SUP} delivered a folding walker with wheels (E0143) to you on {fdate(v, 'long')}, ordered by "
           f"Dr. {doc2}, and billed us {money(b2)}.", 10)
    q.para(f"Your employer's group coverage with us ended on {fdate(end, 'long')}. We can pay only for items given "
           "while coverage is in force, so this claim was not paid. If you have new coverage, give the supplier that "
           "plan's card.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m2_.replace(" ", ""),
                         member_name=member2, cases=[n2], claim_amount=m2(b2), service_dates=[v.isoformat()],
                         denial_date=nd2.isoformat(), provider=SUP, appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_patients_rental_without_rr_modifier", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "faxstd_member_copy_power_wheelchair_delivered_before_request", "fax_standard_g4",
             [faxstd_member_pa(rng)]),
        Item(F + "lowres_member_copy_oxygen_from_unlisted_supplier", "scan_lowres_150", [lowres_oon(rng)]),
        Item(F + "photocopy_letter_to_parent_bath_chair_not_part_of_benefits", "photocopy", [photocopy_notcov(rng)]),
        Item(F + "phone_family_eob_three_people_duplicate_line", "phone_photo", [phone_family_eob(rng)]),
        Item(F + "rotated_supplier_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "clean_stack_oxygen_not_needed_duplex_back_then_coverage_ended_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
