"""An invented dental plan (Quarry Lane Dental Insurance Company) paying a family dental office (Fernhollow Family
Dental) and writing to its members: remittances and family EOBs listing several patients with one line refused by a
code and a legend only, predetermination and claim letters whose kind of refusal is only in the reason's words.
CDT codes appear as themselves; the plan, its rules, codes and time limits, every office, dentist, person, number
and address are invented.

Documents (8 in 7 files):
- faxstd_remittance_three_family_members_child_cleaning_code: a landscape remittance to the office on a standard
  fax ("Payee", "Office NPI", "Tax ID", "Remit date", "EFT #"): a father and two children, each with their own
  rows; the younger child's adult cleaning code (D1110) pays 0.00 under remark X7 with a legend (coding_error).
- lowres_predetermination_form_crown_filling_will_do: a 150 dpi predetermination caption form with captions left
  of the boxes and compact dates ("2026-04-14"), a provider box with NPI and payee; the crown is refused because
  the X-rays show a filling will repair the tooth (medical_necessity, no heading naming it).
- photocopy_family_eob_spouse_line_code_c2: a photocopied family EOB of three people; the spouse's claim pays 0.00
  under code C2 with a legend (the spouse's employer's dental plan pays first: other).
- bd_letter_to_parent_braces_weekday_dates: a letter to a mother about her child's braces, the orthodontist only
  in sentences, weekday-named dates, the notice date only in the date line (not_covered, no heading).
- phone_root_canal_two_visits_endodontist_without_contract: a photographed letter on a root canal "on February 17
  and February 24, 2026" by an endodontist without a contract (out_of_network).
- rotated_office_statement_after_insurance: the office's statement to a guarantor father for his son's visit,
  fed sideways (denies nothing).
- clean_stack_coverage_ended_then_appeal_scaling_upheld_upside_down: a letter on an extraction after coverage ended
  (eligibility), its blank duplex back and, upside down, an appeal decision keeping the refusal of scaling and
  root planing (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdye import DYSheet, compact, people, wday
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "dental_plan_multi_patient_remittance_and_member_letter"
LANG = "en"
SEED = 354604
INS = "Quarry Lane Dental Insurance Company"
ALT = ["Quarry Lane Dental"]
PLAN = "Quarry Lane Dental PPO 1500"
GROUP = "DG-5120-S7"
OFFICE = "Fernhollow Family Dental"


def mid(rng):
    """Member ID: QLZ + 8 digits (a Z that OCR may read as 2)."""
    return f"QLZ{digits(rng, 8)}"


def clm(rng):
    """Claim number: DC26-, 6 digits, a T or L suffix."""
    return f"DC26-{digits(rng, 6)}-{rng.choice('TL')}"


def kin(head: str, *others: str) -> list[str]:
    """Family members share the head's last name (first name and initial their own)."""
    last = head.split()[-1]
    return [head] + [" ".join(o.split()[:2] + [last]) for o in others]


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Grand Rapids MI 49501-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    dad, kid1, kid2, dds = people(rng, 4)
    dad, kid1, kid2 = kin(dad, kid1, kid2)
    base = mid(rng)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    v = plus(rd, -rng.randint(14, 28))
    specs = [(dad, "00", [("D0120", "", 48, 70, False), ("D1110", "", 95, 130, False), ("D0274", "", 60, 85, False)]),
             (kid1, "01", [("D0120", "", 48, 70, False), ("D1120", "", 70, 95, False), ("D1351", "3", 45, 65, False)]),
             (kid2, "02", [("D0120", "", 48, 70, False), ("D1110", "", 95, 130, True),
                           ("D1206", "", 30, 45, False)])]
    rows, info = [], None
    for who, sfx, lines in specs:
        n = clm(rng)
        m = f"{base}-{sfx}"
        tot = 0.0
        for i, (code, tooth, lo, hi, den) in enumerate(lines):
            b = amount(rng, lo, hi)
            tot += b
            lead = [n, who, m] if i == 0 else ["", "", ""]
            if den:
                rows.append(lead + [fdate(v, "slash"), tooth, code, money(b, "nosign"), "0.00", "0.00", "X7"])
                info = [who, m, n, b]
            else:
                al = round(b * 0.7, 2)
                rows.append(lead + [fdate(v, "slash"), tooth, code, money(b, "nosign"), money(al, "nosign"),
                                    money(al, "nosign"), "A1"])
        if info and info[2] == n:
            info.append(round(tot, 2))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  QLD PROVIDER REMIT  {phone(rng, '616')}  PG {{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payments")
    p.title_bar("DENTAL REMITTANCE ADVICE", "QLD-RA-2 (rev. 08/2025)")
    p.capstrip([("Payee", OFFICE), ("Office NPI", digits(rng, 10)), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}"),
                ("Remit date", fdate(rd, "slash")), ("EFT #", digits(rng, 11)), ("Treating dentist", f"Dr. {dds}")],
               [58, 34, 34, 34, 40, 57])
    p.ln(3)
    p.table(["Claim #", "Patient", "Mbr ID", "Svc Date", "Tooth", "CDT", "Billed", "Allowed", "Paid", "Rmk"], rows,
            [36, 44, 38, 22, 14, 18, 22, 22, 22, 19], size=7.8, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    who, m, n, b, tot = info
    p.para("**Remark codes.** A1: paid at the office's contracted fee. X7: D1110 is the cleaning code for patients 14 "
           "and older; the patient's age on the service date calls for D1120. Send a corrected claim with the "
           "right code. The patient may not be billed for this line.", 8.2)
    p.para("Corrected claims and reconsiderations must reach us within 90 days of the remit date. Provider Services "
           f"{phone(rng)}.", 8.2)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=who, cases=[n], claim_amount=m2(b),
              service_dates=[v.isoformat()], denial_date=rd.isoformat(), provider=dds,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [OFFICE], "claim_amount": [m2(tot)], "member_id": [base]})
    return out(p), t


def lowres_predet(rng):
    member, dds = people(rng, 2)
    m = mid(rng)
    rec = dt.date(2026, 3, rng.randint(2, 16))
    nd = plus(rec, rng.randint(8, 14))
    planned = plus(nd, rng.randint(14, 25))
    pd = f"PD26-{digits(rng, 5)}"
    b = amount(rng, 1080, 1380)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Dental Review")
    p.title_bar("PREDETERMINATION OF BENEFITS", "QLD-PD-5 rev. 02/26")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("Date mailed", compact(nd, "iso")), ("Subscriber ID", m)],
              [("Group / Plan", f"{GROUP} / PPO 1500"), ("Predet. no.", pd)],
              [("Received", compact(rec, "iso")), ("Planned svc", compact(planned, "iso"))],
              [("Tooth / CDT", "19 / D2740"), ("Submitted fee", money(b))]], cap_w=26, cap=5.8)
    p.boxed_pairs([("Treating dentist", f"Dr. {dds}  (NPI {digits(rng, 10)})"),
                   ("Payee", f"{OFFICE}, Tax ID {digits(rng, 2)}-{digits(rng, 7)}")], label_w=40, size=8.8)
    p.para(f"**Result: no benefit for the crown.** Dr. {dds} sent X-rays and photos of tooth 19 and asked what your "
           "plan would pay for a porcelain crown. Our dental consultant looked at them. The tooth has one small "
           "filling, and enough healthy tooth is left around it to hold a new filling. Your plan pays for a crown "
           "when too little tooth is left for a filling to repair it. A new filling on this tooth would be paid "
           "under your basic benefits.", 9.2)
    p.para("This is an estimate, not a payment. You may appeal within 180 days of the date this form was mailed. "
           f"Urgent appeals: 72 hours. Questions: {phone(rng)} (TTY 711).", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[pd], claim_amount=m2(b), service_dates=[planned.isoformat()], denial_date=nd.isoformat(),
              provider=dds, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [OFFICE], "claim_amount": [None], "plan_id": ["PPO 1500"],
                          "service_dates": [[]]})
    return out(p), t


def photocopy_family_eob(rng):
    sub, wife, son, d1, d2 = people(rng, 5)
    sub, wife, son = kin(sub, wife, son)
    base = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    rows, info = [], None
    specs = [(sub, "00", d1, [("D0120", 48, 70), ("D1110", 95, 130)], False),
             (wife, "01", d2, [("D0150", 80, 110), ("D0210", 120, 160)], True),
             (son, "02", d1, [("D0120", 48, 70), ("D1120", 70, 95)], False)]
    for who, sfx, doc, lines, den in specs:
        n = clm(rng)
        v = plus(sd, -rng.randint(15, 40))
        tot = 0.0
        for i, (code, lo, hi) in enumerate(lines):
            b = amount(rng, lo, hi)
            tot += b
            lead = [who if i == 0 else "", n if i == 0 else ""]
            if den:
                rows.append(lead + [fdate(v, "slash"), code, f"Dr. {doc}", money(b, "nosign"), "0.00", "0.00",
                                    "--", "C2"])
            else:
                al = round(b * 0.7, 2)
                pd = round(al * (1.0 if code.startswith("D0") or code.startswith("D11") else 0.8), 2)
                rows.append(lead + [fdate(v, "slash"), code, f"Dr. {doc}", money(b, "nosign"), money(al, "nosign"),
                                    money(pd, "nosign"), money(round(al - pd, 2), "nosign"), "A1"])
        rows.append(["", "", "", "", "Claim total", money(tot, "nosign"), "", "", "", ""])
        if den:
            info = (who, f"{base}-{sfx}", n, round(tot, 2), v, doc)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("FAMILY EXPLANATION OF BENEFITS - NOT A BILL")
    for ln in [sub, *address(rng)]:
        p.line(ln, 9.4)
    p.ln(2)
    p.capstrip([("Subscriber", sub), ("Subscriber ID", base), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "abbr"))], [42, 30, 24, 56, 39.9])
    p.ln(3)
    p.table(["Patient", "Claim #", "Svc date", "CDT", "Dentist", "Billed", "Allowed", "Plan paid", "Patient owes",
             "Code"], rows, [30, 27, 17, 12, 30, 15, 15, 15, 16, 14.9], size=7.5,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    who, m, n, tot, v, doc = info
    p.para(f"**Codes.** A1: paid under your plan. C2: our records show the patient also has dental coverage "
           f"through the spouse's own employer. That plan pays first for the spouse's care; send its statement to "
           f"us and we will look at what is left. Patient ID for this patient: {m}. All claims from {OFFICE}.", 8.4)
    p.para("You may appeal within 180 days of the statement date. Call us at " + phone(rng) + " (TTY 711).", 8.4)
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=who, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=doc,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [OFFICE], "member_id": [base], "plan_id": [None]})
    return out(p), t


def bd_braces(rng):
    girl, mom, ortho, sig = people(rng, 4)
    mom, girl = kin(mom, girl)
    m = mid(rng)
    rec = dt.date(2026, 3, rng.randint(16, 27))
    nd = plus(rec, rng.randint(9, 14))
    start = plus(nd, rng.randint(18, 30))
    ref = f"PD26-{digits(rng, 5)}"
    fee = amount(rng, 5200, 6400)
    p = DYSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.para(wday(nd), 10)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"About: {girl}   ID {m}   Group {GROUP}   Ref {ref}", 9.4)
    p.ln(1)
    p.para(f"Dear {mom}:", 10)
    p.para(f"Dr. {ortho} at Lanternfield Orthodontics asked us on {wday(rec)} to approve braces for your child "
           f"{girl} (comprehensive orthodontic treatment, D8080), to begin on {wday(start)}. The fee quoted for the "
           f"full treatment is {money(fee)}.", 10)
    p.para("Your family's dental plan through your employer was bought without orthodontic benefits. Braces and "
           "other treatment to straighten teeth are not part of what it pays for, at any age and for any reason. "
           "We did not look at whether the braces are needed; that is for you and Dr. " + ortho.split()[-1] +
           " to decide.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. If you later change to a "
           f"plan with orthodontic benefits, ask us about waiting periods. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=girl, cases=[ref],
              claim_amount=m2(fee), service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=ortho,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Lanternfield Orthodontics"], "claim_amount": [None],
                          "service_dates": [[]]})
    return out(p), t


def phone_oon(rng):
    member, endo, gen, sig = people(rng, 4)
    m = mid(rng)
    v1, v2 = dt.date(2026, 2, 17), dt.date(2026, 2, 24)
    nd = plus(v2, rng.randint(24, 34))
    n = clm(rng)
    b = amount(rng, 1050, 1400)
    p = DYSheet(footer=None)
    p.set_margins(21, 15, 21)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Plan", "Quarry Lane Dental HMO Select"), ("Claim", n)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {endo} of Riverbend Endodontic Specialists did a root canal on your lower left molar (D3330) on "
           f"February 17 and February 24, 2026, and sent us a claim for {money(b)}. Both visits, February 17, 2026 "
           "and February 24, 2026, are on the same claim.", 10)
    p.para(f"Riverbend Endodontic Specialists has not signed a contract with us. Your plan pays only for care from "
           f"dentists who have, unless your own dentist, Dr. {gen}, sends you to someone else with our approval "
           "because no dentist who has signed can do the work. We found no such referral, so we will not pay the "
           "claim, and the practice may bill you for it.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Call {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=endo, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Riverbend Endodontic Specialists"],
                          "plan_id": ["Quarry Lane Dental HMO Select"]})
    return out(p), t


def rotated_statement(rng):
    boy, dad, dds, hyg = people(rng, 4)
    dad, boy = kin(dad, boy)
    m = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(30, 40))
    ac = f"FFD-{digits(rng, 6)}"
    lines = [("D0120", "Periodic oral evaluation", amount(rng, 48, 70)),
             ("D1120", "Cleaning, child", amount(rng, 70, 95)),
             ("D2392", "Resin filling, 2 surfaces, tooth 30", amount(rng, 180, 240))]
    tot = round(sum(x[2] for x in lines), 2)
    paid = round(tot * 0.7, 2)
    adj = round(tot * 0.15, 2)
    bal = round(tot - paid - adj, 2)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(OFFICE, "FFD", [f"{rng.randint(100, 9800)} Orchard Crossing, Kentwood MI 49508  |  Billing "
                                f"{phone(rng, '616')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [dad, *address(rng)], "Patient", [boy, f"Account {ac}", f"Dentist: Dr. {dds}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("DENTAL PLAN", f"{INS} {m}"),
             ("PLEASE PAY BY", fdate(plus(sd, 21), "abbr"))]], size=8.2)
    rows = [[fdate(v, "slash"), c, d, money(x, "nosign"), ""] for c, d, x in lines]
    rows += [["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "Quarry Lane Dental payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contract adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE", money(bal), ""]]
    p.table(["Date", "Code", "Description", "Charges", "Credits"], rows, [24, 18, 82, 25, 30.9], size=8.8,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Cleaning by {hyg}, RDH. Your dental plan has paid its share; the balance is your part under the plan.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=boy, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=dds, unscored=["insurer"],
              alternates={"provider": [OFFICE], "member_id": [None]})
    return out(p), t


def clean_stack(rng):
    member, dds, sig = people(rng, 3)
    m = mid(rng)
    end = dt.date(2026, 1, 31)
    v = dt.date(2026, 2, rng.randint(9, 20))
    nd = plus(v, rng.randint(20, 30))
    n = clm(rng)
    b = amount(rng, 180, 320)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Eligibility")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.split_boxes([("Member ID / Group", m, GROUP), ("Claim # / Billed", n, money(b)),
                   ("Svc date / Coverage ended", compact(v, "iso"), compact(end, "iso"))], [56, 56, 61.9])
    p.ln(4)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {dds} at {OFFICE} took out a tooth for you (D7140) on the service date above. Your coverage with "
           "us came through your job, and your employer told us that your coverage ended on the date in the "
           "Coverage ended box. We can pay only for care given while you were covered, so this claim was not "
           "paid. If you chose to keep your coverage after leaving the job, send us the letter confirming it.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Call {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nEligibility Unit", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=dds, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [OFFICE]}))
    member2, perio, rev, sig2 = people(rng, 4)
    m2_ = mid(rng)
    v2 = dt.date(2026, 3, rng.randint(2, 20))
    dd = plus(v2, rng.randint(60, 75))
    n2 = clm(rng)
    apl = f"AP-26-{digits(rng, 4)}-G"
    q1, q2 = amount(rng, 210, 280), amount(rng, 210, 280)
    tot = round(q1 + q2, 2)
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals")
    q.para(fdate(dd, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", m2_), ("Group", GROUP), ("Appeal", apl), ("Claim", n2)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"You appealed our decision on the scaling and root planing (D4341, two quadrants) that Dr. {perio} did "
           f"on {fdate(v2, 'long')}, billed at {money(tot)}. A dentist who took no part in the first decision, "
           f"Dr. {rev}, read the chart and X-rays again. The gums measure 3 mm or less around these teeth and the "
           "X-rays show no bone loss. A regular cleaning is what these teeth call for, and the plan has paid one. "
           "We are keeping our decision.", 10)
    q.para("This ends our appeal process. You may ask for an independent review within 4 months of this letter.",
           10)
    q.para(f"Sincerely,\n{sig2}\nAppeals Unit", 10)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m2_,
                         member_name=member2, cases=[n2, apl], claim_amount=m2(tot), service_dates=[v2.isoformat()],
                         denial_date=dd.isoformat(), provider=perio, appeal_deadline=None,
                         alternates={"insurer": ALT}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_family_members_child_cleaning_code", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "lowres_predetermination_form_crown_filling_will_do", "scan_lowres_150", [lowres_predet(rng)]),
        Item(F + "photocopy_family_eob_spouse_line_code_c2", "photocopy", [photocopy_family_eob(rng)]),
        Item(F + "bd_letter_to_parent_braces_weekday_dates", "born_digital", [bd_braces(rng)]),
        Item(F + "phone_root_canal_two_visits_endodontist_without_contract", "phone_photo", [phone_oon(rng)]),
        Item(F + "rotated_office_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "clean_stack_coverage_ended_then_appeal_scaling_upheld_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
