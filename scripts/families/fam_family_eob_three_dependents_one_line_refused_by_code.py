"""An invented commercial plan (Wrenfield Health Plan) sending family EOBs and provider remittances that list several
people of one family (the subscriber, the spouse and children, each with their own ID suffix and rows), one row
refused only by a code with a legend (never the word "denied" on the row). CPT codes and CARC/RARC codes appear as
themselves; the plan, its rules and time limits, every practice, person, number and address are invented.

Documents (8 in 7 files):
- faxstd_remittance_three_children_allergy_row_co197: a pediatric practice's remittance on a standard fax with
  captions ("Remit date", "Payee", "Payee NPI", "EFT #"), three children's rows, one sister's allergy testing
  row paid 0.00 under CO-197 / N54 with a legend (prior_authorization).
- photocopy_family_eob_spouse_hearing_aid_code_k7: a family EOB to the subscriber with bands for him, his wife and
  his son; the wife's hearing aid row pays 0.00 under K7 ("not part of your benefits": not_covered).
- lowres_caption_form_family_eob_compact_dates_repeat_bill_d2: a 150 dpi caption-form family EOB with compact dates
  (03/03/26 style), the son's repeat bill of a visit already paid under another claim refused D2 (other).
- phone_letter_to_mother_son_speech_visits_other_clinic: a photographed letter to a mother on her son's speech
  visits "on March 3 and March 10, 2026" at a clinic with no agreement (out_of_network in the writer's words).
- rotated_pediatric_statement_after_insurance: a pediatric practice's statement to the parent, fed sideways
  (denies nothing).
- clean_stack_weekday_family_eob_then_duplex_then_late_claim_letter_upside_down: a family EOB with weekday-named
  dates whose daughter's strep culture repeat is refused M4 ("the records do not show ...": medical_necessity), its
  duplex back, then upside down a letter on a claim sent after 120 days (timely_filing).
- finefax_lab_remittance_three_family_members_co16: a lab's remittance with the mother's, father's and daughter's
  rows, the father's lipid panel billed under a code not in use refused CO-16 / M51 (coding_error).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdya import DYSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "family_eob_three_dependents_one_line_refused_by_code"
LANG = "en"
SEED = 354600
INS = "Wrenfield Health Plan"
ALT = ["Wrenfield"]
PLAN = "Wrenfield Family Choice PPO 2000"
GROUP = "GRP 5B-20417"
GROUP_T = "5B-20417"
PEDS = "Hazelgrove Pediatrics"


def sub_id(rng):
    """Subscriber ID: a Z among digits; each person adds a two-digit suffix after a dash."""
    return f"WMZ{digits(rng, 8)}"


def clm(rng):
    return f"W26{rng.choice('GLT')}{digits(rng, 8)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def wd(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def fam(rng, kids=2, last=None):
    """Subscriber, spouse and kids sharing the subscriber's last name."""
    names = people(rng, 2 + kids)
    last = names[0].split()[-1]
    return [" ".join(n.split()[:-1] + [last]) for n in names]


def _head(p: DYSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Madison WI 53707-{digits(rng, 4)}  |  {phone(rng)}"
                 "  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _upper(name):
    first, mi, last = name.split()
    return f"{last.upper()}, {first.upper()} {mi.rstrip('.')}"


def faxstd_remit(rng):
    sub, spouse, k1, k2, k3 = fam(rng, 3)
    docs = people(rng, 2)
    s = sub_id(rng)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, keep = [], None
    specs = [(k1, "01", "99393", "Well child visit", 180, 260, False),
             (k1, "01", "90686", "Flu vaccine", 30, 45, False),
             (k2, "02", "95004", "Allergy skin tests (40)", 380, 620, True),
             (k3, "03", "99213", "Office visit", 120, 170, False)]
    for who, sfx, code, desc, lo, hi, den in specs:
        d = plus(rd, -rng.randint(12, 30))
        n, b = clm(rng), amount(rng, lo, hi)
        doc = docs[1] if den else docs[0]
        if den:
            rows.append([n, _upper(who), f"{s}-{sfx}", fdate(d, "slash"), code, f"Dr. {doc}", money(b, "nosign"),
                         "0.00", "0.00", "CO-197 N54"])
            keep = (who, f"{s}-{sfx}", n, d, b, doc)
        else:
            al = round(b * 0.7, 2)
            rows.append([n, _upper(who), f"{s}-{sfx}", fdate(d, "slash"), code, f"Dr. {doc}", money(b, "nosign"),
                         money(al, "nosign"), money(round(al * 0.9, 2), "nosign"), "45"])
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  WRENFIELD PROV PAY  {phone(rng, '608')}  PG {{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "WHP-RA-2 (rev. 07/2025)")
    p.splitboxes([("Payee", PEDS), ("Payee NPI / TIN", f"{digits(rng, 10)} / {digits(rng, 2)}-{digits(rng, 7)}"),
                  ("Remit date", fdate(rd, "slash")), ("EFT #", digits(rng, 11)), ("Subscriber", _upper(sub))],
                 [62, 62, 36, 40, 59.4])
    p.ln(3)
    p.table(["Claim #", "Patient", "Patient ID", "Svc Date", "Proc", "Rendering", "Billed", "Allowed", "Paid",
             "Adj codes"], rows, [34, 40, 36, 20, 14, 40, 20, 18, 18, 19.4], size=7.4,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    p.para("**Adjustment codes.** 45: charge over the contracted fee, not billable to the patient. CO-197 N54: our "
           "records hold no approval for this service, and the plan asks for one before allergy testing of more "
           "than 20 tests; the patient may not be billed. Reconsideration or corrected claims within 120 days of "
           f"the remit date. Provider Services {phone(rng)}.", 7.9)
    who, mid, n, d, b, doc = keep
    t = truth("eob", "prior_authorization", insurer=INS, member_id=mid, member_name=who, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 120).isoformat(),
              alternates={"insurer": ALT, "provider": [PEDS], "member_id": [s]})
    return out(p), t


def photocopy_family_eob(rng):
    sub, wife, son = fam(rng, 1)
    s = sub_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    pcp, aud, ortho = people(rng, 3)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("FAMILY EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    for ln in [sub, *address(rng)]:
        p.line(ln, 9.4)
    p.ln(2)
    p.capstrip([("Subscriber ID", s), ("Group", GROUP), ("Plan", PLAN), ("Issued", fdate(sd, "abbr"))],
               [40, 36, 70, 45.9])
    p.ln(3)
    W = [30, 44, 20, 14, 33, 13, 13, 13, 11.9]
    head = ["Claim", "Provider", "Date", "Code", "Service", "Billed", "Plan paid", "You owe", "Note"]
    keep = None
    for who, sfx, lines in [
            (sub, "00", [(f"Dr. {pcp}", "99396", "Preventive visit", 210, 290, False)]),
            (wife, "01", [(f"Dr. {pcp}", "99214", "Office visit", 150, 210, False),
                          ("Lantern Hill Hearing Center", "V5261", "Hearing aids, pair", 3200, 4800, True)]),
            (son, "02", [(f"Dr. {ortho}", "29105", "Arm splint", 180, 260, False)])]:
        p.person_band(f"{who}   ID {s}-{sfx}")
        rows = []
        for prov, code, desc, lo, hi, den in lines:
            d = plus(sd, -rng.randint(14, 40))
            n, b = clm(rng), amount(rng, lo, hi)
            if den:
                rows.append([n, prov, fdate(d, "slash"), code, desc, money(b, "nosign"), "0.00",
                             money(b, "nosign"), "K7"])
                keep = (who, f"{s}-{sfx}", n, d, b)
            else:
                pd = round(b * 0.6, 2)
                rows.append([n, prov, fdate(d, "slash"), code, desc, money(b, "nosign"), money(pd, "nosign"),
                             "25.00", "A2"])
        p.table(head, rows, W, size=7.4, aligns=["L"] * 5 + ["R"] * 3 + ["C"], head_h=6)
    p.para(f"**Notes.** A2: paid at the in-network rate; you owe the copay. K7: this service is not part of the "
           f"benefits of {PLAN}, so the plan paid nothing toward it. Your benefit booklet lists the services the "
           "plan pays for; hearing aids are not among them. You may owe the full charge.", 8.2)
    p.para("You may appeal within 180 days of the date this statement was issued. Urgent appeals: 72 hours. "
           f"External review: within 4 months of our final decision. Member Services {phone(rng)}, TTY 711.", 8.2)
    who, mid, n, d, b = keep
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP_T, member_id=mid, member_name=who,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(),
              provider="Lantern Hill Hearing Center", appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [s], "plan_id": [None], "group_number": ["GRP 5B-20417"]})
    return out(p), t


def lowres_caption_eob(rng):
    sub, wife, son, girl = fam(rng, 2)
    s = sub_id(rng)
    sd = dt.date(2026, 3, rng.randint(23, 31))
    doc, derm = people(rng, 2)
    v = plus(sd, -rng.randint(18, 25))
    orig = clm(rng)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS (FAMILY)", "Form WHP-EOB-F (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.splitboxes([("Mailed to", sub), ("Subscr. No.", s), ("Grp / Plan", f"{GROUP_T} | {PLAN}")],
                 [50, 40, W - 90])
    p.splitboxes([("Stmt dt", fdate(sd, "short")), ("Coverage period", "01/01/26 - 12/31/26"),
                  ("Family deductible met / max", "$1,140.00 | $4,000.00")], [34, 50, W - 84])
    p.ln(3)
    rows, keep = [], None
    specs = [(wife, "01", derm, "11102", "Skin biopsy", 190, 280, "P"),
             (son, "02", doc, "99213", "Office visit", 120, 170, "P"),
             (son, "02", doc, "99213", "Office visit", 0, 0, "D2"),
             (girl, "03", doc, "87880", "Rapid strep test", 30, 48, "P")]
    first_b = None
    for who, sfx, dr, code, desc, lo, hi, rsn in specs:
        n = clm(rng)
        if rsn == "D2":
            b = first_b
            n2 = n
            rows.append([n, _upper(who), sfx, fdate(v, "short"), code, f"Dr. {dr}", money(b, "nosign"), "0.00",
                         "0.00", "D2"])
            keep = (who, f"{s}-{sfx}", n2, v, b, dr)
        else:
            b = amount(rng, lo, hi)
            d = v if code == "99213" else plus(v, -rng.randint(2, 9))
            if code == "99213":
                first_b, n = b, orig
            pd = round(b * 0.65, 2)
            rows.append([n, _upper(who), sfx, fdate(d, "short"), code, f"Dr. {dr}", money(b, "nosign"),
                         money(pd, "nosign"), "20.00", "P"])
    p.table(["Clm ref", "Patient", "Sfx", "Svc dt", "CPT", "Provider", "Billed", "Paid", "Owe", "Cd"], rows,
            [31, 33, 9, 17, 12, 31, 16, 16, 12, W - 177], size=7.4, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    p.para(f"**Cd legend.** P: paid, you owe the copay. D2: the same service for this person on this date was "
           f"already processed under claim {orig}; this second bill was not paid again. You do not owe it.", 8.4)
    p.para("Appeal within 180 days of the statement date. Urgent appeals: 72 hours. "
           f"Member Services {phone(rng)}, TTY 711.", 8.4)
    who, mid, n, d, b, dr = keep
    t = truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP_T, member_id=s, member_name=who, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=dr,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [mid], "plan_id": [None]})
    return out(p), t


def phone_letter(rng):
    mom, son = fam(rng, 0)
    slp, sig = people(rng, 2)
    clinic = "Rivermark Speech and Language Clinic"
    s = sub_id(rng)
    v1, v2 = dt.date(2026, 3, 3), dt.date(2026, 3, 10)
    nd = dt.date(2026, 4, rng.randint(7, 24))
    n = clm(rng)
    b = amount(rng, 280, 420)
    p = DYSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {son}, ID {s}-02  |  claim {n}  |  visits 03/03/2026, 03/10/2026", 9.2)
    p.para(f"Dear {mom}:", 10)
    p.para(f"{slp}, a speech therapist at {clinic} in Rockford, sent us a claim for {money(b)} for the speech "
           f"therapy your son {son} had on March 3 and March 10, 2026.", 10)
    p.para("We did not pay it. The clinic has not signed an agreement with us, and your plan pays for therapy only "
           "from therapists and clinics that have one, unless we agreed to it ahead of time because no one "
           "closer could see him. We found no such agreement for these visits. The clinic may bill you for its "
           "full charge. Three clinics within 15 miles of your home work with us; call us and we will give you "
           "their names.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals are "
           f"decided in 72 hours. Member Services {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=f"{s}-02", member_name=son, cases=[n],
              claim_amount=m2(b), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=slp, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def rotated_statement(rng):
    mom, girl = fam(rng, 0)
    doc = people(rng, 1)[0]
    s = sub_id(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(30, 40))
    ac = f"HP-{digits(rng, 6)}"
    b1, b2 = amount(rng, 150, 210), amount(rng, 25, 45)
    tot = round(b1 + b2, 2)
    paid, adj = round(tot * 0.55, 2), round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(PEDS, "HP", [f"{rng.randint(100, 9800)} Cherry St, Janesville WI 53545  |  Billing {phone(rng, '608')}"],
                box="STATEMENT", size=12)
    p.addr_pair("Responsible party", [mom, *address(rng)], "Patient", [girl, f"Account {ac}", f"Seen by Dr. {doc}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Insurance", f"{INS} {s}-01"),
             ("Please pay by", fdate(plus(sd, 21), "abbr"))]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "99214", "Office visit", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "87880", "Rapid strep test", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contract adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (your copay)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your insurance has paid its share. The balance is the copay your plan reported to us.", 9)
    t = truth("other", None, insurer=INS, member_id=f"{s}-01", member_name=girl, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=doc, unscored=["insurer"],
              alternates={"provider": [PEDS], "member_id": [None]})
    return out(p), t


def clean_stack(rng):
    sub, wife, girl, boy = fam(rng, 2)
    s = sub_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    pcp, lab = people(rng, 2)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("YOUR FAMILY'S EXPLANATION OF BENEFITS")
    p.para(f"Issued {wd(sd)}  |  Subscriber {sub}  |  ID {s}  |  {PLAN}", 8.8)
    p.ln(1)
    d1 = plus(sd, -rng.randint(20, 30))
    d2 = plus(d1, 2)
    keep = None
    for who, sfx, lines in [
            (wife, "01", [(f"Dr. {pcp}", d1, "99213", "Office visit", 120, 170, False)]),
            (girl, "02", [(f"Dr. {pcp}", d1, "87880", "Rapid strep test", 30, 45, False),
                          (f"Dr. {pcp}", d2, "87081", "Throat culture (repeat)", 40, 65, True)]),
            (boy, "03", [(f"Dr. {pcp}", d1, "99393", "Well child visit", 190, 260, False)])]:
        p.person_band(f"{who}  ({s}-{sfx})")
        rows = []
        for prov, d, code, desc, lo, hi, den in lines:
            n, b = clm(rng), amount(rng, lo, hi)
            if den:
                rows.append([n, prov, d.strftime("%a %m/%d/%Y"), code, desc, money(b, "nosign"), "0.00",
                             money(b, "nosign"), "M4"])
                keep = (who, f"{s}-{sfx}", n, d, b, pcp)
            else:
                pd = round(b * 0.7, 2)
                rows.append([n, prov, d.strftime("%a %m/%d/%Y"), code, desc, money(b, "nosign"), money(pd, "nosign"),
                             "15.00", "A1"])
        p.table(["Claim", "Provider", "Date", "Code", "Service", "Billed", "Plan paid", "You owe", "Note"], rows,
                [30, 38, 25, 13, 38, 13, 13, 13, 8.9], size=7.4, aligns=["L"] * 5 + ["R"] * 3 + ["C"], head_h=6)
    who, mid, n, d, b, dr = keep
    p.para(f"**Notes.** A1: paid; you owe the copay. M4: a rapid strep test on {wd(d1)} was positive and "
           f"treatment began that day. The records sent with the claim do not show why a throat culture was "
           f"needed on {wd(d2)}, two days later, when the first result had already answered the question. The "
           "plan paid nothing toward it.", 8.4)
    p.para("You may appeal within 180 days of the date this statement was issued. Urgent appeals: 72 hours. "
           f"External review: 4 months after our final decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    d_a = (out(p), truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, member_id=mid, member_name=who,
                         cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(),
                         provider=dr, appeal_deadline=plus(sd, 180).isoformat(),
                         alternates={"insurer": ALT, "member_id": [s], "plan_id": [None]}))
    mom, kid = fam(rng, 0)
    dr2, sig = people(rng, 2)
    s2 = sub_id(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(128, 140))
    nd = plus(rec, rng.randint(6, 12))
    n2 = clm(rng)
    b2 = amount(rng, 140, 260)
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [mom, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Patient", kid), ("Member ID", f"{s2}-01"), ("Claim", n2), ("Billed", money(b2))], label_w=28,
            size=9.6)
    q.ln(2)
    q.para(f"Dear {mom}:", 10)
    q.para(f"Your child saw Dr. {dr2} of Fox River Pediatric Urology on {fdate(v, 'long')}. The practice's claim "
           f"reached us on {fdate(rec, 'long')}.", 10)
    q.para("Our contract with the practice says it must send claims within 120 days of the visit. This claim came "
           "later, so we did not pay it. The practice works with us and agreed not to bill you in this case.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=f"{s2}-01", member_name=kid,
                         cases=[n2], claim_amount=m2(b2), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=dr2, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": ["Fox River Pediatric Urology"]}))
    return [d_a, d_b]


def finefax_lab(rng):
    sub, wife, girl = fam(rng, 1)
    s = sub_id(rng)
    labname = "Larkspur Clinical Laboratory"
    rd = dt.date(2026, 6, rng.randint(3, 24))
    orderer = people(rng, 1)[0]
    rows, keep = [], None
    for who, sfx, code, desc, lo, hi, den in [(wife, "01", "85025", "CBC", 25, 45, False),
                                              (sub, "00", "80060", "Lipid panel", 55, 90, True),
                                              (sub, "00", "83036", "Hemoglobin A1c", 30, 50, False),
                                              (girl, "02", "86580", "TB skin test", 20, 35, False)]:
        d = plus(rd, -rng.randint(10, 30))
        n, b = clm(rng), amount(rng, lo, hi)
        if den:
            rows.append([n, _upper(who), f"{s}-{sfx}", fdate(d, "iso"), code, money(b, "nosign"), "0.00", "0.00",
                         "CO-16 M51"])
            keep = (who, f"{s}-{sfx}", n, d, b)
        else:
            al = round(b * 0.5, 2)
            rows.append([n, _upper(who), f"{s}-{sfx}", fdate(d, "iso"), code, money(b, "nosign"), money(al, "nosign"),
                         money(al, "nosign"), "45"])
    fax = f"{rd.strftime('%m/%d/%Y')} 22:{rng.randint(10, 59)}  WHP REMIT  {phone(rng, '608')}  P{{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Payment Services")
    p.title_bar("REMITTANCE ADVICE - LABORATORY")
    p.grid([[("Payee", labname), ("Remit date", fdate(rd, "long")), ("Check / EFT", digits(rng, 10))],
            [("Payee NPI", digits(rng, 10)), ("Ordering (all lines)", f"Dr. {orderer}"), ("Group", GROUP_T)]],
           size=8.4)
    p.table(["Claim #", "Patient", "Patient ID", "DOS", "CPT", "Billed", "Allowed", "Paid", "Codes"], rows,
            [31, 38, 31, 20, 12, 16, 16, 14, 13.9], size=7.2, aligns=["L"] * 5 + ["R"] * 3 + ["C"])
    p.para("**Codes.** 45: over the fee schedule, not billable. CO-16 M51: the lipid panel line carries 80060, which "
           "is not a procedure code in use (the panel is 80061), so the line was not processed and paid nothing. "
           "Send a corrected claim. Reconsideration within 120 days of the "
           f"remit date. Provider Services {phone(rng)}.", 7.8)
    who, mid, n, d, b = keep
    t = truth("eob", "coding_error", insurer=INS, group=GROUP_T, member_id=mid, member_name=who, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=labname,
              appeal_deadline=plus(rd, 120).isoformat(),
              alternates={"insurer": ALT, "member_id": [s], "provider": [orderer], "group_number": [None]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_children_allergy_row_co197", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_family_eob_spouse_hearing_aid_code_k7", "photocopy", [photocopy_family_eob(rng)]),
        Item(F + "lowres_caption_form_family_eob_compact_dates_repeat_bill_d2", "scan_lowres_150",
             [lowres_caption_eob(rng)]),
        Item(F + "phone_letter_to_mother_son_speech_visits_other_clinic", "phone_photo", [phone_letter(rng)]),
        Item(F + "rotated_pediatric_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "clean_stack_weekday_family_eob_then_duplex_then_late_claim_letter_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
        Item(F + "finefax_lab_remittance_three_family_members_co16", "fax_fine_g4", [finefax_lab(rng)]),
    ]
