"""Family 'continuous_passive_motion_device_rental_denial': an invented commercial plan (Tamarack Mutual Health
Plan) refusing continuous passive motion (CPM) machine rental after knee surgery beyond the 21 days its DME policy
covers, with the DME supplier's rental invoice, an EOB and the surgeon's letter.

Documents: a scanned denial of a CPM rental extension (days 22 to 35 after a total knee replacement, not medically
necessary) with its facts in a shaded sidebar; a born-digital EOB with four claims as blocks (heading line with claim
number, provider and dates, service lines, claim total), the CPM claim denied, a physical therapy claim with a
negative adjustment in parentheses and a remark legend; the surgeon's letter of medical necessity under a typed fax
header line with a multi-line "Re:" block (denies nothing, fine fax); the supplier's photocopied rental invoice
(denies nothing; daily rate without cents); a 150 dpi first-level appeal decision upholding the denial (dash-leader
label block, second-level appeal within 60 days); a phone photo of a denial of CPM after ACL reconstruction (not a
covered item after that surgery); a standard-fax stack of a fax cover, a claim notice to the supplier denying a CPM
billed as a purchase instead of a rental (coding) with a blank separator, and an approval of a 21-day rental fed
sideways.
All people, plan, supplier, practices and numbers are invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_rounddf_famdfb import Sheet, fd, m2, money, npi, out, pat, ph, plus, tollfree

FAMILY = "continuous_passive_motion_device_rental_denial"
LANG = "en"
SEED = 350801

PLAN = "Tamarack Mutual Health Plan"
ADDR = "Utilization Management, 1450 Ridgeline Parkway, Suite 300, Boise, ID 83702"
SUPPLIER = "Bluestem Home Medical Equipment, LLC"
SURGEON = "Anselm R. Varga, MD"
PRACTICE = "Ridgecrest Orthopaedic Associates"


def _surgery(r) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 30))


def _head(p: Sheet, r, sub="Utilization Management"):
    p.f(17, "B")
    p.cell(0, 8, "TAMARACK MUTUAL", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.5, f"Health Plan  -  {sub}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 4, f"{ADDR}  -  Fax (208) 555-0161  -  Customer Service {tollfree(r)}", align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.rule(0.9, 5)


def doc_extension_sidebar(r) -> tuple:
    """Scan: CPM extension denied (days 22-35 after knee replacement), facts in a shaded sidebar."""
    name = "Lorraine B. Kessler"
    mid = pat(r, "TMH999999999")
    grp = pat(r, "G-99999")
    surg = _surgery(r)
    s1, e1 = plus(surg, 21), plus(surg, 34)
    nd = plus(surg, 18)
    ref = pat(r, "UM-26-9999999")
    p = Sheet(serif=True, margins=(18, 14, 18), foot="TMHP-UM-211 (rev. 10/2025)    Page {p} of {n}")
    p.add_page()
    _head(p, r)
    top = p.get_y()
    bottom = p.sidebar(p.w - 18 - 62, 62, "About this request", [
        ("Member", name), ("Member ID", mid), ("Group number", grp), ("Plan", "Tamarack Choice PPO 2500"),
        ("Reference number", ref), ("Requesting supplier", SUPPLIER.replace(", LLC", "")),
        ("Ordering surgeon", SURGEON), ("Item", "CPM knee device, E0935 (rental)"),
        ("Days asked for", f"{fd(s1, 'slash')} to {fd(e1, 'slash')}"), ("Request received", fd(plus(nd, -2), "dmy2")),
    ], top=top)
    w = p.w - 36 - 68
    p.set_y(top)
    p.p(fd(nd, "long"), 10, w=w)
    p.p(f"{name}\n622 Old Mill Road\nBoise, ID 83704", 10, w=w, gap=6)
    p.f(12, "B")
    p.multi_cell(w, 6, "We did not approve more days of your CPM machine rental", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.p(f"Dear {name.split()[0]} {name.split()[-1]}:", 10, w=w)
    p.p(f"{SUPPLIER} asked us to extend the rental of your continuous passive motion (CPM) machine after your "
        f"right total knee replacement on {fd(surg, 'dot')}. We approved the first 21 days of use, from "
        f"{fd(surg, 'dot')} through {fd(plus(surg, 20), 'dot')}. We did not approve the 14 more days asked for, "
        f"{fd(s1, 'long')} through {fd(e1, 'long')}.", 10, w=w)
    p.set_y(max(p.get_y(), bottom + 3))
    p.p("Why: our Durable Medical Equipment policy DME-044 covers a CPM device for up to 21 days after a total "
        "knee replacement. More days are covered only when the surgeon documents a complication, such as a "
        "manipulation under anesthesia or knee flexion below 60 degrees at three weeks. The records sent show "
        "flexion of 95 degrees at your last visit and no complication. A board-certified orthopedic surgeon "
        "reviewed the request and found the extra days not medically necessary. You may ask for a free copy of the "
        "policy and the records we used.", 10)
    p.head("Your right to appeal", 10.5)
    p.p("You may appeal this decision within 180 days of the date of this letter. Send your appeal, and any "
        "records you want us to see, to the address above or fax it to (208) 555-0161. If your doctor believes "
        "waiting could seriously harm your health, ask for an urgent appeal; we will decide within 72 hours. After "
        "our final decision you may ask for an external review by an independent review organization within four "
        "months. You may also contact the state Department of Insurance consumer line at 1-800-555-0196.", 10)
    p.p(f"cc: {SURGEON}, {PRACTICE} (NPI {npi(r)});  {SUPPLIER}", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=None, group_number=grp, member_id=mid,
              member_name=name, case_numbers=[ref], service_dates=[f"{s1.isoformat()}/{e1.isoformat()}"],
              denial_date=nd.isoformat(), provider=SUPPLIER.replace(", LLC", ""),
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [SURGEON]})
    return out(p), t


def doc_eob_blocks(r) -> tuple:
    """Born digital: EOB with four claim blocks; the CPM claim denied; PT claim with a (45.00) adjustment."""
    name = "Wendell O. Prescott"
    sub = "Harriet L. Prescott"
    mid = pat(r, "TMH999999999")
    grp = pat(r, "G-99999")
    surg = _surgery(r)
    s1, e1 = plus(surg, 21), plus(surg, 34)
    sd = plus(e1, 24)
    rate = 18.0
    cpm_amt = round(14 * rate + 65.0, 2)
    cpm_claim = pat(r, "26-9999-999999")
    c1, c2, c4 = pat(r, "26-9999-999999"), pat(r, "26-9999-999999"), pat(r, "26-9999-999999")
    p = Sheet(margins=(14, 12, 14), foot_left=f"{name}  -  ID {mid}", foot="Page {p} of {n}")
    p.add_page()
    p.f(14, "B")
    p.cell(110, 7, "Tamarack Mutual Health Plan")
    p.f(11, "B")
    p.cell(0, 7, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(110, 4, "PO Box 8802, Boise, ID 83707")
    p.cell(0, 4, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.captions([("Statement date", fd(sd, "slash"), 34), ("Member (patient)", name, 52), ("Member ID", mid, 38),
                ("Subscriber", sub, 40), ("Group", grp, 24)], h=11)
    p.captions([("Plan", "Choice PPO 2500", 34), ("Claims processed", f"{fd(plus(sd, -30), 'short')} - "
                                                                       f"{fd(sd, 'short')}", 52),
                ("Subscriber DOB", fd(dt.date(1956, 4, 2), "slash"), 38), ("Plan ID", "TMH-PPO-2500-ID", 64)], h=11)
    p.ln(4)
    widths = [58, 38, 22, 22, 22, 22, 4]
    head = ["Service", "Dates", "Billed", "Allowed", "Plan paid", "You owe", ""]

    def block(title, rows, total):
        p.f(8.6, "B")
        p.set_fill_color(228, 228, 228)
        p.cell(0, 5.6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        p.table(head, rows + [total], widths, size=7.9, aligns="LLRRRRL", row_h=4.6, head_fill=False)

    block(f"Claim {c1}   {SURGEON} - {PRACTICE}   Service {fd(plus(surg, 14), 'slash')}",
          [["99024 Postoperative follow-up", fd(plus(surg, 14), "slash"), "0.00", "0.00", "0.00", "0.00", ""]],
          ["*Claim total", "", "0.00", "0.00", "0.00", "0.00", ""])
    block(f"Claim {c2}   Summit Physical Therapy   {fd(plus(surg, 22), 'slash')} - {fd(plus(surg, 29), 'slash')}",
          [["97110 Therapeutic exercise x3", fd(plus(surg, 22), "slash"), "285.00", "210.00", "180.00", "30.00", ""],
           ["97140 Manual therapy x2", fd(plus(surg, 29), "slash"), "170.00", "125.00", "95.00", "30.00", ""],
           ["Prior overpayment adjustment  R7", fd(plus(surg, 29), "slash"), "", "", "(45.00)", "", ""]],
          ["*Claim total", "", "455.00", "335.00", "230.00", "60.00", ""])
    block(f"Claim {cpm_claim}   {SUPPLIER}   {fd(s1, 'slash')} - {fd(e1, 'slash')}",
          [["E0935 RR CPM knee, rental, days 22-28", f"{fd(s1, 'slash')}-{fd(plus(s1, 6), 'short')}",
            m2(7 * rate + 65.0), "0.00", "0.00", "0.00", "CP4"],
           ["E0935 RR CPM knee, rental, days 29-35", f"{fd(plus(s1, 7), 'slash')}-{fd(e1, 'short')}",
            m2(7 * rate), "0.00", "0.00", "0.00", "CP4"]],
          ["*Claim total", "", m2(cpm_amt), "0.00", "0.00", "0.00", ""])
    block(f"Claim {c4}   Gem State Laboratory   Service {fd(plus(surg, 30), 'slash')}",
          [["85025 Complete blood count", fd(plus(surg, 30), "slash"), "48.00", "22.40", "22.40", "0.00", ""]],
          ["*Claim total", "", "48.00", "22.40", "22.40", "0.00", ""])
    p.head("Remark codes", 9.5, gap=0.5)
    p.p("CP4  Not medically necessary: the rental days billed are more than the 21 days covered by policy DME-044 "
        "after knee replacement and no extension was approved. You do not owe these charges if the supplier is in "
        "our network.", 8.2, gap=0.8)
    p.p("R7  Adjustment to recover an overpayment on an earlier claim from this provider.", 8.2, gap=2)
    p.captions([("Plan-year deductible", "$500 met", 45), ("Out-of-pocket so far", money(1265.0, "plain"), 45),
                ("Out-of-pocket limit", money(4500, "whole"), 45), ("Rx account", pat(r, "RX-99999999"), 47)], h=11)
    p.ln(3)
    p.p("To appeal a denied claim, write to us within 180 days of the date of this statement. Include the claim "
        "number. Questions: 1-877-555-0123 (TTY 711). You may ask for the diagnosis and treatment codes and their "
        "meanings free of charge; this request is not an appeal.", 8.5)
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id="TMH-PPO-2500-ID", group_number=grp, member_id=mid,
              member_name=name, case_numbers=[cpm_claim], claim_amount=m2(cpm_amt),
              service_dates=[f"{s1.isoformat()}/{e1.isoformat()}"], denial_date=sd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"plan_id": [None]})
    return out(p), t


def doc_surgeon_fax_letter(r) -> tuple:
    """Fine fax: surgeon's letter of medical necessity with a Re: block under a fax header (denies nothing)."""
    name = "Mateo J. Underhill"
    mid = pat(r, "TMH999999999")
    surg = _surgery(r)
    s1, e1 = plus(surg, 21), plus(surg, 41)
    ld = plus(surg, 17)
    ref = pat(r, "UM-26-9999999")
    p = Sheet(margins=(25, 18, 25), foot=None)
    p.add_page()
    p.faxline(f"{fd(ld, 'short')}  15:07   RIDGECREST ORTHO   208 555 0144  >>  TAMARACK UM 2085550161   "
              f"Pg 1 of 2")
    p.ln(3)
    p.t(PRACTICE, 14, "B", face="Serif")
    p.t(f"{SURGEON}  -  Joint Replacement and Sports Medicine", 9)
    p.t("880 N Bishop Blvd, Boise, ID 83706  -  Tel (208) 555-0140  -  Fax (208) 555-0144", 8.5)
    p.rule(0.4, 6)
    p.t(fd(ld, "long"), 10.5)
    p.ln(4)
    for ln in (PLAN, "Utilization Management - DME Review", "Fax (208) 555-0161"):
        p.t(ln, 10.5)
    p.ln(4)
    p.reblock([f"Patient: {name}", f"Member ID: {mid}", f"Reference: {ref}",
               f"Dates of service: {fd(s1, 'slash')} - {fd(e1, 'slash')}",
               f"DOB: {fd(dt.date(1961, 8, 19), 'dmy2')}"], 10.5, indent=14)
    p.p("Dear Medical Director:", 10.5)
    p.p(f"I am writing to ask that you extend coverage of the continuous passive motion machine for my patient, "
        f"{name}, for 21 more days, from {fd(s1, 'long')} through {fd(e1, 'long')}. I performed a left total knee "
        f"arthroplasty on {fd(surg, 'dot')}. His recovery has been slowed by arthrofibrosis; at his visit on "
        f"{fd(plus(surg, 16), 'dot')} his flexion was only 62 degrees despite supervised therapy three times a week.",
        10.5)
    p.p("Without continued passive motion at home he is at high risk of needing a manipulation under anesthesia. "
        "The device is supplied by Bluestem Home Medical Equipment (account " + pat(r, "BHM-99999") + "). My "
        "progress notes and the therapist's range-of-motion log are attached (6 pages).", 10.5)
    p.p("Please call my office with any questions or to arrange a peer-to-peer review.", 10.5)
    p.ln(3)
    p.p(f"Sincerely,\n\n\n{SURGEON}\nNPI {npi(r)}", 10.5)
    t = truth("other", None, insurer=PLAN, member_id=mid, member_name=name, case_numbers=[ref],
              service_dates=[f"{s1.isoformat()}/{e1.isoformat()}"], denial_date=ld.isoformat(), provider=SURGEON,
              alternates={"insurer": [None], "provider": [PRACTICE]})
    return out(p), t


def doc_supplier_invoice(r) -> tuple:
    """Photocopy: the supplier's rental invoice to the patient (denies nothing)."""
    name = "Odette F. Winslow"
    mid = pat(r, "TMH999999999")
    surg = _surgery(r)
    a1, b1 = surg, plus(surg, 20)
    a2, b2 = plus(surg, 21), plus(surg, 34)
    inv_d = plus(b2, 30)
    rate = 18.0
    ch1, ch2 = round(21 * rate + 65.0, 2), round(14 * rate, 2)
    tot = ch1 + ch2
    paid = round(21 * 14.4, 2)
    acct = pat(r, "BHM-99999")
    p = Sheet(margins=(16, 14, 16))
    p.add_page()
    p.f(16, "B")
    p.cell(120, 8, "BLUESTEM")
    p.f(14, "B")
    p.cell(0, 8, "RENTAL INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(120, 4, "Home Medical Equipment, LLC  -  2290 Canyon Creek Ct, Meridian, ID 83642")
    p.cell(0, 4, f"Invoice date: {fd(inv_d, 'slash')}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.cell(120, 4, f"Tel (208) 555-0175  -  Tax ID 82-{pat(r, '9999999')}  -  NPI {npi(r)}")
    p.cell(0, 4, f"Account: {acct}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.pairs([("Bill to:", f"{name}, 3391 Prospect Hill Rd, Meridian, ID 83646"),
             ("Patient DOB:", fd(dt.date(1958, 12, 7), "nopad")),
             ("Insurance:", f"{PLAN}, ID {mid}"), ("Ordering physician:", f"{SURGEON} ({PRACTICE})"),
             ("Item:", "Continuous passive motion device, knee (E0935), serial CPM-" + pat(r, "99999")),
             ("Delivered / set up:", f"{fd(a1, 'dot')}  (picked up {fd(plus(b2, 1), 'dot')})")],
            label_w=40, size=9.4, h=5)
    p.ln(4)
    p.table(["Rental period", "Description", "Days", "Rate", "Charges", "Insurance", "Balance"],
            [[f"{fd(a1, 'slash')} - {fd(b1, 'slash')}", "CPM rental + setup fee $65", "21", "$ 18/day",
              money(ch1, "nosign"), money(paid, "nosign"), m2(ch1 - paid)],
             [f"{fd(a2, 'slash')} - {fd(b2, 'slash')}", "CPM rental (extension)", "14", "$ 18/day",
              money(ch2, "nosign"), "0.00", m2(ch2)],
             ["*Totals", "", "35", "", money(tot, "nosign"), money(paid, "nosign"), m2(tot - paid)]],
            [44, 50, 12, 20, 22, 18, 18], size=8.4, aligns="LLRRRRR", border=1)
    p.ln(2)
    p.p(f"Your insurance plan paid for the first 21 days. It denied the 14-day extension as not medically necessary "
        f"(see your Explanation of Benefits). Amount due from you: {money(tot - paid)}. If you have appealed, "
        f"call us and we will hold your account for 60 days.", 9.4)
    p.p("Pay online at bluestemhme.example or mail a check payable to Bluestem Home Medical Equipment. We accept "
        "monthly payments of $ 50.", 9)
    p.p(f"Previous balance {money(0.0, 'plain')}   Payments received {money(0.0, 'plain')}   "
        f"Printed {fd(inv_d, 'dmy2')}", 8)
    t = truth("other", None, insurer=None, member_id=mid, member_name=name, claim_amount=m2(tot),
              service_dates=[f"{a1.isoformat()}/{b1.isoformat()}", f"{a2.isoformat()}/{b2.isoformat()}"],
              denial_date=inv_d.isoformat(), provider="Bluestem Home Medical Equipment", unscored=["insurer"],
              alternates={"claim_amount": [m2(ch2)], "service_dates": [[f"{a2.isoformat()}/{b2.isoformat()}"]],
                          "denial_date": [None]})
    return out(p), t


def doc_appeal_upheld(r) -> tuple:
    """150 dpi: first-level appeal decision upholding the extension denial."""
    name = "Colleen D. Fairchild"
    mid = pat(r, "TMH999999999")
    grp = pat(r, "G-99999")
    surg = _surgery(r)
    s1, e1 = plus(surg, 21), plus(surg, 34)
    nd = plus(surg, 58)
    appeal = pat(r, "APL-999999")
    ref = pat(r, "UM-26-9999999")
    p = Sheet(serif=True, margins=(24, 16, 24), foot="Page {p} of {n}")
    p.add_page()
    _head(p, r, "Appeals and Grievances")
    p.t(fd(nd, "ord"), 10.5)
    p.ln(3)
    p.p(f"{name}\n47 Railroad St\nNampa, ID 83651", 10.5, gap=5)
    p.t("FIRST-LEVEL APPEAL DECISION: DENIAL UPHELD", 11.5, "B")
    p.ln(2)
    p.pairs([("Member", name), ("Member ID", mid), ("Group", grp), ("Appeal number", appeal),
             ("Original reference", ref), ("Supplier", SUPPLIER), ("Ordering surgeon", SURGEON),
             ("Service under appeal", "CPM knee device rental (E0935), days 22-35"),
             ("Dates", f"{fd(s1, 'slash')} through {fd(e1, 'slash')}"), ("Decision date", fd(nd, "slash")),
             ("Appeal received", fd(plus(nd, -21), "nopad"))], label_w=55, size=9.8, leader="-", h=5)
    p.ln(3)
    p.p("Thank you for your appeal. An orthopedic surgeon who did not take part in the first decision reviewed your "
        "appeal letter, the surgeon's notes and the therapy records. Your knee flexion improved from 70 to 105 "
        "degrees during the first 21 days of CPM use, and no manipulation or other complication was reported. The "
        "reviewer found that the extra 14 days of CPM rental were not medically necessary under policy DME-044. "
        "We are upholding our decision.", 10.2)
    p.p("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You may "
        "also ask for an external review by an independent review organization within four months of this letter. "
        "You can ask for copies of all documents about your appeal free of charge. Call 1-877-555-0123 (TTY 711).",
        10.2)
    p.p("Your plan-year deductible of $ 2,500 and coinsurance of 20% are not affected by this decision.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[appeal, ref], service_dates=[f"{s1.isoformat()}/{e1.isoformat()}"],
              denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [SURGEON]})
    return out(p), t


def doc_acl_not_covered(r) -> tuple:
    """Phone photo: CPM after ACL reconstruction is not a covered item."""
    name = "Brianna S. Holloway"
    parent = "Jasper T. Holloway"
    mid = pat(r, "TMH999999999") + "-02"
    grp = pat(r, "G-99999")
    surg = _surgery(r)
    nd = plus(surg, -5)
    ref = pat(r, "UM-26-9999999")
    p = Sheet(margins=(22, 16, 22), foot="Page {p} of {n}")
    p.add_page()
    _head(p, r)
    p.t(fd(nd, "abbr"), 10)
    p.ln(2)
    p.p(f"{parent}\nParent/guardian of {name}\n1188 Juniper Lane\nCaldwell, ID 83605", 10, gap=5)
    p.table(["Patient", "Member ID", "Group", "Reference #"], [[name, mid, grp, ref]], [50, 46, 30, 45], size=9)
    p.p(f"Dear {parent}:", 10)
    p.p(f"We received a request from {SUPPLIER} for a continuous passive motion (CPM) machine for your daughter, "
        f"{name} (date of birth {fd(dt.date(2009, 5, 11), 'slash')}), to be used starting {fd(surg, 'slash')} after "
        f"her anterior cruciate ligament (ACL) reconstruction. The request was ordered by Ezra N. Pemberton, MD.",
        10)
    p.p("We cannot approve this request. Under your plan's Durable Medical Equipment schedule (Certificate of "
        "Coverage, section 7.4), a CPM machine is a covered item only after a total knee replacement. It is not a "
        "covered item after ligament repair or reconstruction. This is a benefit exclusion, not a decision about "
        "whether the machine would help her.", 10)
    p.p("You may appeal within 180 days of the date of this letter by writing to Tamarack Mutual Health Plan, "
        "Appeals and Grievances, PO Box 8819, Boise, ID 83707. An urgent appeal is decided within 72 hours. You may "
        "also ask us for the plan language we used, free of charge.", 10)
    p.p("Sincerely,\nDME Review Team, Tamarack Mutual Health Plan", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[ref], service_dates=[surg.isoformat()], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": ["Ezra N. Pemberton, MD"], "service_dates": [[]]})
    return out(p), t


def stack_coding_and_approval(r) -> list:
    """Stack: claim notice to the supplier (CPM billed as a purchase), and a 21-day rental approval."""
    name = "Theo V. Greer"
    mid = pat(r, "TMH999999999")
    surg = _surgery(r)
    nd = plus(surg, 40)
    claim = pat(r, "26-9999-999999")
    amt = 1875.0
    p = Sheet(margins=(18, 14, 18), foot="Provider claim notice  -  Page {p} of {n}")
    p.add_page()
    _head(p, r, "Provider Claims")
    p.t(fd(nd, "slash"), 10)
    p.ln(2)
    p.p(f"{SUPPLIER}\nAttn: Billing\n2290 Canyon Creek Ct\nMeridian, ID 83642", 10, gap=4)
    p.t("CLAIM DENIAL NOTICE", 12, "B")
    p.ln(1)
    p.quad([("Patient", name, "Member ID", mid),
            ("Claim number", claim, "Claim received", fd(plus(nd, -12), "dot")),
            ("Date of service", fd(surg, "slash"), "Billed amount", money(amt)),
            ("Billing provider NPI", npi(r), "Patient account", pat(r, "BHM-99999"))], size=9)
    p.p(f"The claim above billed HCPCS E0935 with modifier NU (new equipment, purchased) for {money(amt)}. Under "
        f"our DME policy DME-044 a CPM device is paid only as a daily rental (modifier RR) for up to 21 days. The "
        f"claim was denied because the item was billed with the wrong modifier. Please submit a corrected claim with "
        f"modifier RR and the rental dates.", 9.8)
    p.p("If you disagree, you may request a provider reconsideration within 90 days of the date of this notice. "
        "Corrected claims are not appeals and must arrive within the timely filing limit of 180 days from the date "
        "of service. Provider Service Center: 1-866-555-0150.", 9.8)
    d1 = (out(p), truth("denial_letter", "coding_error", insurer=PLAN, member_id=mid, member_name=name,
                        case_numbers=[claim], claim_amount=m2(amt), service_dates=[surg.isoformat()],
                        denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd, 90).isoformat()))
    name2 = "Yolanda C. Strand"
    mid2 = pat(r, "TMH999999999")
    surg2 = plus(surg, 9)
    ad = plus(surg2, -6)
    auth = pat(r, "AUTH 9999 9999")
    q = Sheet(serif=True, margins=(20, 16, 20))
    q.add_page()
    _head(q, r)
    q.t(fd(ad, "long"), 10)
    q.ln(2)
    q.p(f"{name2}\n15 Sycamore Ave\nTwin Falls, ID 83301", 10, gap=4)
    q.t("Approval notice", 12.5, "B")
    q.ln(1)
    q.pairs([("Member", f"{name2}   ID {mid2}"), ("Authorization", auth), ("Approved item", "CPM knee device (E0935), rental"),
             ("Approved dates", f"{fd(surg2, 'slash')} to {fd(plus(surg2, 20), 'slash')} (21 days)"),
             ("Supplier", SUPPLIER), ("Ordering surgeon", SURGEON)], label_w=40, size=9.8)
    q.ln(2)
    q.p("Good news: we approved the CPM machine your surgeon ordered after your knee replacement. Coverage is "
        "subject to your deductible and 20% coinsurance. If you need the machine longer than the approved dates, "
        "your surgeon must send us a new request before the last approved day.", 10)
    q.p("Questions? Call 1-877-555-0123, TTY 711.", 10)
    d2 = (out(q), truth("other", None, insurer=PLAN, member_id=mid2, member_name=name2, case_numbers=[auth],
                        service_dates=[f"{surg2.isoformat()}/{plus(surg2, 20).isoformat()}"],
                        denial_date=ad.isoformat(), provider=SUPPLIER,
                        alternates={"provider": [SURGEON], "service_dates": [[]],
                                    "case_numbers": [[auth.replace("AUTH ", "")]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_scan300_extension_denied_sidebar", "scan_clean_300", [doc_extension_sidebar(r(0))]),
        Item(f"{FAMILY}_bd_eob_claim_blocks", "born_digital", [doc_eob_blocks(r(1))]),
        Item(f"{FAMILY}_faxfine_surgeon_letter_re_block", "fax_fine_g4", [doc_surgeon_fax_letter(r(2))]),
        Item(f"{FAMILY}_copy_supplier_rental_invoice", "photocopy", [doc_supplier_invoice(r(3))]),
        Item(f"{FAMILY}_lowres_appeal_upheld", "scan_lowres_150", [doc_appeal_upheld(r(4))]),
        Item(f"{FAMILY}_photo_acl_cpm_not_covered", "phone_photo", [doc_acl_not_covered(r(5))]),
        Item(f"{FAMILY}_faxstd_stack_coding_and_approval", "fax_standard_g4", stack_coding_and_approval(r(6)),
             separators=["cover", "blank"], turns={(1, 0): 90}),
    ]
