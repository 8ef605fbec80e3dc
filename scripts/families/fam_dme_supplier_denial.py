"""Family dme_supplier_denial: Medicare durable medical equipment (DME) claim denials sent to the beneficiary.

Three kinds of notice about equipment and supplies a supplier billed (hospital bed, CPAP, oxygen, power wheelchair,
diabetic test supplies), all with HCPCS codes and modifiers (RR rental, NU new purchase, KX documentation on file,
KS not insulin-treated) and rental months as date spans:
- a Medicare Summary Notice page set for Part B whose claims are supplier claims (dashboard, claims per supplier,
  lettered notes, "Appeals must be filed by"), several suppliers, one claim denied;
- a letter on the letterhead of an invented DME Medicare Administrative Contractor (a two-line letterhead) about one
  claim: missing documentation after a records request, a wrong modifier, Medicare Advantage enrollment;
- letters of an invented Medicare Advantage HMO (a parent company line above the plan's name): a power wheelchair
  delivered without prior authorization, CPAP supplies from a supplier outside the network, and an approval.
Decoys: the supplier number (NSC), NPIs, date the claim was received, the ordering doctor's signature date, the
document control and form numbers, allowed and paid amounts, the Medicare number's masked form.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundk_famt import (DOCTORS, SUPPLIERS, address, cents, days, digits, letters, mbi, month_end, npi, person,
                             phone)
from public_kit import Page, fdate, m2, money, out, truth

FAMILY = "dme_supplier_denial"
LANG = "en"
MAC = ("Dipper Federal Health Solutions, LLC",
       "Durable Medical Equipment Medicare Administrative Contractor \u2013 Northwest Region")
MA_PARENT, MA_PLAN = "A Gullfoss Health Holdings company", "Tidewrack Health Plan"
MA_PRODUCT = "Tidewrack Senior Advantage (HMO)"

# case -> (denied lines [(hcpcs, modifiers, description, lo, hi, rental?)], denial type, denial alternates, note)
CASES = {
    "same_similar": ([("E0260", "RR", "Hospital bed, semi-electric, with mattress", 180, 260, True),
                      ("E0271", "RR", "Mattress, innerspring", 40, 70, True)], "not_covered", ["other"],
                     "Medicare\u2019s records show that another supplier was already renting you a hospital bed (the "
                     "same or a similar item) for these dates. Medicare pays for one such item at a time, so this "
                     "rental is not paid. If you are charged, you may ask the supplier for a refund."),
    "cpap_mednec": ([("E0601", "RR KX", "CPAP device, rental", 95, 160, True),
                     ("A7030", "KX", "Full face mask", 120, 180, False)], "medical_necessity", None,
                    "Medicare won\u2019t pay for more months of this device. The records your supplier sent don\u2019t "
                    "show that you used it often enough in your first three months, or that your doctor saw you "
                    "again to confirm it is helping. Medicare pays only for what is reasonable and necessary."),
    "oxygen_docs": ([("E1390", "RR", "Oxygen concentrator, single delivery port", 190, 240, True),
                     ("E0431", "RR", "Portable gaseous oxygen system, rental", 30, 55, True)], "other",
                    ["medical_necessity"], ""),
    "glucose_coding": ([("A4253", "KS", "Blood glucose test strips, per 50", 38, 62, False),
                        ("A4259", "KS", "Lancets, per box of 100", 14, 26, False)], "coding_error", ["other"], ""),
    "elig": ([("E0143", "NU", "Walker, folding, wheeled", 120, 190, False)], "eligibility", ["other"], ""),
    "wheelchair_pa": ([("K0823", "NU", "Power wheelchair, group 2 standard, captain\u2019s chair", 4200, 6100, False),
                       ("E2368", "NU", "Power wheelchair motor, replacement", 700, 980, False)],
                      "prior_authorization", None, ""),
    "cpap_oon": ([("A7030", "", "Full face mask, CPAP", 110, 170, False),
                  ("A7037", "", "Tubing used with positive airway pressure device", 30, 55, False),
                  ("A7038", "", "Filter, disposable", 6, 14, False)], "out_of_network", None, ""),
}
SUPPLIER = {"same_similar": SUPPLIERS[0], "cpap_mednec": SUPPLIERS[1], "oxygen_docs": SUPPLIERS[3],
            "glucose_coding": SUPPLIERS[4], "elig": SUPPLIERS[5], "wheelchair_pa": SUPPLIERS[2],
            "cpap_oon": SUPPLIERS[1], "approval": SUPPLIERS[5]}
PAID = [("A4253", "KX", "Blood glucose test strips, per 50", 38, 62, False),
        ("E0143", "NU", "Walker, folding, wheeled", 120, 190, False),
        ("E0570", "RR", "Nebulizer with compressor, rental", 20, 40, True),
        ("A4604", "", "Tubing with heating element", 30, 50, False)]


def _lines(rng, spec, first: dt.date, months: int = 1):
    """Billed lines: a rental line per month (span first..last of month), a purchase or supply line on its day."""
    out_ = []
    for code, mod, desc, lo, hi, rental in spec:
        if rental:
            start = first
            for _ in range(months):
                end = month_end(start)
                out_.append(dict(code=code, mod=mod, desc=desc, start=start, end=end, billed=cents(rng, lo, hi)))
                start = days(end, 1)
        else:
            out_.append(dict(code=code, mod=mod, desc=desc, start=first, end=first, billed=cents(rng, lo, hi)))
    return out_


def _span_text(a: dt.date, b: dt.date, ds: str) -> str:
    return fdate(a, ds) if a == b else f"{fdate(a, ds)} \u2013 {fdate(b, ds)}"


def _iso(a: dt.date, b: dt.date) -> str:
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


# ---------------------------------------------------------------- Medicare Summary Notice (supplier claims)

def msn(rng, case: str, masked: bool):
    name, first, last = person(rng)
    addr = address(rng)
    notice = dt.date(2026, rng.randint(4, 9), rng.randint(1, 28))
    ds = "slash"
    mid = mbi(rng)
    mid_print = f"XXXX-XXX-{mid[-4:]}" if masked else f"{mid[:4]}-{mid[4:7]}-{mid[7:]}"
    month = notice.replace(day=1)
    month = (month - dt.timedelta(days=rng.choice([35, 65]))).replace(day=1)
    spec, dtype, dalt, note = CASES[case]
    denied = dict(supplier=SUPPLIER[case], doc=rng.choice(DOCTORS), no=f"2126{digits(rng, 9)}",
                  lines=_lines(rng, spec, month), ok=False)
    others = []
    for code_spec in rng.sample(PAID, 2):
        d0 = month if code_spec[5] else days(month, rng.randint(2, 25))
        others.append(dict(supplier=rng.choice([x for x in SUPPLIERS if x != SUPPLIER[case]]), doc=rng.choice(DOCTORS), no=f"2126{digits(rng, 9)}",
                           lines=_lines(rng, [code_spec], d0), ok=True))
    claims = [others[0], denied, others[1]] if rng.random() < 0.5 else [denied] + others
    for c in claims:
        for ln in c["lines"]:
            ln["appr"] = round(ln["billed"] * rng.uniform(0.55, 0.8), 2) if c["ok"] else 0.0
            ln["paid"] = round(ln["appr"] * 0.8, 2)
            ln["you"] = round(ln["appr"] - ln["paid"], 2) if c["ok"] else (
                ln["billed"] if case == "cpap_mednec" else 0.0)
    deadline = days(notice, 120)
    p = Page(footer="THIS IS NOT A BILL  |  Page {n} of {nb}", footer_left=name)
    p.add_page()
    p.line("Medicare Summary Notice", 20, "B", h=10)
    p.line("for Part B (Medical Insurance) \u2013 Medical Equipment and Supplies", 11.5, h=6)
    p.line("The official summary of your Medicare claims from the Centers for Medicare & Medicaid Services", 8.5, h=5)
    p.ln(3)
    y = p.get_y()
    for ln in [name.upper()] + [a.upper() for a in addr]:
        p.line(ln, 10, h=5)
    p.set_xy(125, y)
    p.f(9, "B")
    p.multi_cell(0, 5, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 21)
    p.pairs([("Medicare Number", mid_print), ("Date of This Notice", fdate(notice, "long")),
             ("Claims Processed Between", f"{fdate(days(month, -20), 'long')} \u2013 {fdate(notice, 'long')}")],
            label_w=62, size=10)
    p.ln(2)
    n_denied = len(denied["lines"])
    owed = sum(ln["you"] for c in claims for ln in c["lines"])
    p.heading("Your Claims & Costs This Period", 12, rule=True)
    p.pairs([("Did Medicare Approve All Services?", "NO"), ("Number of Services Medicare Denied", str(n_denied)),
             ("Total You May Be Billed", money(owed))], label_w=85, size=10)
    p.para("Look for NO in the \u201cService Approved?\u201d column on the next page. The last page tells you how to "
           "appeal a denied item.", 9)
    p.heading("Suppliers with Claims This Period", 11, rule=True)
    for c in claims:
        ln0 = c["lines"][0]
        p.pairs([(_span_text(ln0["start"], ln0["end"], ds), c["supplier"])], label_w=55, size=9.5,
                bold_label=False, colon=False)
    p.ln(2)
    p.para(f"Part B deductible: you have met the {money(257.0)} deductible for {notice.year}. Medical equipment "
           "you rent is paid month by month; Medicare pays 80% of the approved amount.", 9)
    p.add_page()
    p.line("Your Claims for Medical Equipment and Supplies (Part B)", 13, "B", h=8)
    for c in claims:
        ln0 = c["lines"][0]
        p.ln(1)
        p.line(f"{_span_text(ln0['start'], ln0['end'], ds)}   Supplier: {c['supplier']}, {phone(rng, False)}",
               9.5, "B", h=5.5)
        p.pairs([("Ordered by", c["doc"]), ("Supplier Number", f"{digits(rng, 7)}{digits(rng, 3)}"),
                 ("Claim Number", c["no"])], label_w=42, size=9, bold_label=False, h=4.6)
        rows = []
        for ln in c["lines"]:
            code = ln["code"] + ("-" + ln["mod"].replace(" ", "-") if ln["mod"] else "")
            when = "" if ln["start"] == ln0["start"] and ln["end"] == ln0["end"] else \
                f" {_span_text(ln['start'], ln['end'], ds)}"
            rows.append([f"{ln['desc']} ({code}){when}", "Yes" if c["ok"] else "NO", money(ln["billed"]),
                         money(ln["appr"]), money(ln["paid"]), money(ln["you"]), "" if c["ok"] else "A"])
        tot = lambda k: sum(x[k] for x in c["lines"])  # noqa: E731
        rows.append([f"Total for Claim #{c['no']}", "", money(tot("billed")), money(tot("appr")),
                     money(tot("paid")), money(tot("you")), ""])
        p.table(["Item Supplied & Billing Code", "Service\nApproved?", "Amount\nSupplier\nCharged",
                 "Medicare-\nApproved\nAmount", "Amount\nMedicare\nPaid", "Maximum\nYou May\nBe Billed", "See\nNotes"],
                rows, [80, 16, 16, 16, 16, 16, 9], size=7.4, aligns=["L", "C", "R", "R", "R", "R", "C"],
                bold_last=True)
    p.heading("Notes for Claims Above", 11, rule=True)
    p.para(f"**A** {note}", 9.3)
    p.add_page()
    p.line("How to Handle Denied Claims or File an Appeal", 13, "B", h=7)
    p.f(11, "B")
    p.multi_cell(0, 6, f"Appeals must be filed by {fdate(deadline, 'long')}.", border=1, new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.bullets(["Call the supplier first and ask for an itemized statement and any records it sent Medicare.",
               "Mark the item(s) you disagree with on a copy of this notice, say in writing why, and sign it. Put "
               "your Medicare Number and phone number on every page.",
               f"Mail it to: {MAC[0]}, DME Redeterminations, PO Box {rng.randint(3000, 89999)}, Fargo ND 58108.",
               "Or use the Medicare Redetermination Request Form (CMS-20027)."], 9.3)
    p.para("Help: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. Example: if a supplier charged $100.00 and "
           "Medicare approved $80.00, Medicare paid $64.00 and the most you may be billed is $16.00.", 8.5)
    p.para(f"Document control no. {digits(rng, 12)}", 7.5)
    alts = {"insurer": ["Centers for Medicare & Medicaid Services", MAC[0]], "provider": [denied["doc"]]}
    if masked:
        alts["member_id"] = [mid_print]
    svc = [_iso(ln["start"], ln["end"]) for ln in denied["lines"]]
    if len(set(svc)) > 1:
        alts["service_dates"] = [[_iso(denied["lines"][0]["start"], denied["lines"][0]["end"])]]
    t = truth("eob", dtype, insurer="Medicare", member_id=None if masked else mid_print, member_name=name,
              cases=[denied["no"]], claim_amount=m2(sum(ln["billed"] for ln in denied["lines"])),
              service_dates=svc, denial_date=notice.isoformat(), provider=denied["supplier"],
              appeal_deadline=deadline.isoformat(), alternates=alts, denial_alternates=dalt,
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------- DME MAC letter

def _letterhead_mac(p: Page, rng) -> None:
    p.line(MAC[0].upper(), 13, "B", h=6.5)
    p.line(MAC[1], 9, h=4.8)
    p.line(f"PO Box {rng.randint(4000, 6999)}, Fargo, ND 58108-{rng.randint(1000, 9999)}  \u2022  Beneficiary line "
           f"{phone(rng)}  \u2022  TTY 711", 7.8, h=4.4)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def mac_letter(rng, case: str, dl: str, ds: str, ms: str, who=None):
    name, first, last = who or person(rng)
    addr = address(rng)
    mid = mbi(rng)
    notice = dt.date(2026, rng.randint(3, 9), rng.randint(1, 28))
    spec, dtype, dalt, _ = CASES[case]
    first_day = (notice - dt.timedelta(days=rng.randint(95, 130))).replace(day=1)
    if case != "oxygen_docs":
        first_day = days(notice, -rng.randint(40, 80))
    lines = _lines(rng, spec, first_day, 3 if case == "oxygen_docs" else 1)
    supplier, doc = SUPPLIER[case], rng.choice(DOCTORS)
    icn = f"{notice.strftime('%y')}{rng.randint(10, 99)}{digits(rng, 3)}{digits(rng, 6)}{rng.randint(100, 999)}"
    received = days(notice, -rng.randint(20, 45))
    billed = round(sum(ln["billed"] for ln in lines), 2)
    p = Page(footer="Page {n} of {nb}", footer_left=f"DMD-41B (rev. 11/2025)   DCN {digits(rng, 11)}")
    p.add_page()
    _letterhead_mac(p, rng)
    y = p.get_y()
    for ln in [name] + addr:
        p.line(ln, 10, h=5)
    p.set_xy(110, y)
    p.pairs([("Letter date", fdate(notice, ds)), ("Medicare Number", f"{mid[:4]}-{mid[4:7]}-{mid[7:]}"),
             ("ICN", icn)], label_w=36, size=9, x=110, h=5)
    p.set_y(y + 24)
    title = {"oxygen_docs": "Notice of Medicare Claim Denial \u2013 Records Not Received",
             "glucose_coding": "Notice of Medicare Claim Decision \u2013 Diabetic Testing Supplies",
             "elig": "Notice of Medicare Claim Denial \u2013 Medical Equipment"}[case]
    p.line(title, 12.5, "B", h=7)
    p.ln(1)
    p.para(f"Dear {name.split()[0]} {last}:", 10)
    span_a, span_b = lines[0]["start"], max(ln["end"] for ln in lines)
    if case == "oxygen_docs":
        p.para(f"{supplier} billed Medicare for renting you home oxygen equipment from "
               f"{fdate(span_a, 'long')} through {fdate(span_b, 'long')}. Medicare cannot pay these rental months. "
               f"The total billed was {money(billed, ms)}.", 10)
    elif case == "glucose_coding":
        p.para(f"{supplier} sent Medicare a claim for blood sugar testing supplies delivered to you on "
               f"{fdate(span_a, 'long')}. The claim for {money(billed, ms)} was denied as it was billed.", 10)
    else:
        p.para(f"Medicare received a claim from {supplier} for a walker delivered to you on {fdate(span_a, ds)}. "
               f"We could not pay it. The amount billed was {money(billed, ms)}.", 10)
    p.boxed_pairs([("Beneficiary", name), ("Internal control number (ICN)", icn),
                   ("Claim received", fdate(received, ds)), ("Supplier", supplier),
                   ("Supplier number (NSC)", f"{digits(rng, 7)}{digits(rng, 3)}"),
                   ("Ordering practitioner", f"{doc} (NPI {npi(rng)})"), ("Total billed", money(billed, ms))],
                  label_w=62, size=9)
    rows = [[_span_text(ln["start"], ln["end"], "slash"), ln["code"], ln["mod"], ln["desc"], "1",
             money(ln["billed"], ms), money(0, ms), "CO-16 / N102" if case == "oxygen_docs" else
             ("CO-4 / M78" if case == "glucose_coding" else "CO-24")] for ln in lines]
    p.table(["Dates of service", "HCPCS", "Mod.", "Description", "Units", "Billed", "Paid", "Reason / remark"],
            rows, [38, 14, 11, 60, 9, 17, 13, 18], size=7.4, aligns=["L", "L", "L", "L", "C", "R", "R", "L"])
    p.heading("Why Medicare did not pay", 11)
    if case == "oxygen_docs":
        p.para("We asked the supplier for the medical records that support home oxygen: the test of your blood "
               "oxygen level taken when you were at rest or walking, and the note from the visit where your "
               "practitioner evaluated you for oxygen. We did not receive them within 45 days, so the claim was "
               "denied for missing documentation. This is not a decision that you do not need oxygen.", 9.5)
    elif case == "glucose_coding":
        p.para("The supplies were billed with the KS modifier, which means the patient does not use insulin, but "
               "the quantity billed is the amount allowed only for insulin users, and the KX modifier that says the "
               "records are on file was missing. The billing codes did not match, so the claim cannot be paid as "
               "sent. The supplier may send a corrected claim.", 9.5)
    else:
        p.para("Our records show that on the date of delivery you were a member of a Medicare Advantage plan "
               f"({MA_PRODUCT}). When you are in a Medicare Advantage plan, your plan, not Original Medicare, pays "
               "for your equipment. The supplier should send the claim to that plan.", 9.5)
    deadline = _mac_appeal(p, rng, notice, dl, ds)
    p.para("If you have questions, call 1-800-MEDICARE (1-800-633-4227). Keep this letter with your records.", 9)
    p.para(f"cc: {supplier}", 8.5)
    alts = {"insurer": ["Medicare"], "provider": [doc]}
    if dl == "receive":
        alts["appeal_deadline"] = [days(notice, 120).isoformat(), days(notice, 125).isoformat()]
    svc = [_iso(ln["start"], ln["end"]) for ln in lines]
    if case == "oxygen_docs":
        alts["service_dates"] = [[_iso(span_a, span_b)]]
    t = truth("denial_letter", dtype, insurer=MAC[0], member_id=f"{mid[:4]}-{mid[4:7]}-{mid[7:]}", member_name=name,
              cases=[icn], claim_amount=m2(billed), service_dates=svc, denial_date=notice.isoformat(),
              provider=supplier, appeal_deadline=deadline, alternates=alts, denial_alternates=dalt)
    return out(p), t


def _mac_appeal(p: Page, rng, notice: dt.date, dl: str, ds: str) -> str | None:
    p.heading("If you disagree: ask for a redetermination", 11)
    if dl == "notice":
        p.para("You, your supplier or someone you name may ask us to look at this claim again. Send your written "
               "request within 120 days of the date of this letter.", 9.5)
        deadline = days(notice, 120).isoformat()
    elif dl == "date":
        last = days(notice, 120)
        p.para(f"You may ask us to look at this claim again. Your request must be received by "
               f"{fdate(last, ds)}.", 9.5)
        deadline = last.isoformat()
    else:
        p.para("You may ask us to look at this claim again. You have 120 days from the date you receive this letter "
               "to ask; we assume you received it 5 days after the date above unless you show otherwise.", 9.5)
        deadline = None
    p.para("Include your name, Medicare Number, the ICN above, the item you disagree with and why, and any records "
           "that support your request. Use form CMS-20027 if you wish.", 9)
    return deadline


# ---------------------------------------------------------------- Medicare Advantage plan letters

def _letterhead_ma(p: Page, rng) -> None:
    p.line(MA_PARENT, 8, h=4)
    p.line(MA_PLAN, 17, "B", h=8)
    p.line(f"{MA_PRODUCT}   \u2022   PO Box {rng.randint(20000, 29999)}, Cordele, GA 31015   \u2022   "
           f"Member Services {phone(rng)} (TTY 711)", 7.8, h=4.4)
    p.ln(4)


def ma_letter(rng, case: str, dl: str, ds: str, ms: str, who=None):
    name, first, last = who or person(rng)
    addr = address(rng)
    plan_id = f"H{rng.randint(5000, 8999)}-{rng.randint(1, 40):03d}"
    member_id = f"TW{digits(rng, 8)}{letters(rng, 1)}"
    notice = dt.date(2026, rng.randint(3, 9), rng.randint(1, 28))
    supplier, doc = SUPPLIER[case], rng.choice(DOCTORS)
    ref = f"DME-{notice.year}-{digits(rng, 6)}"
    p = Page(footer="Page {n} of {nb}", footer_left=f"{plan_id[:5]}_DMEN{rng.randint(10, 99)}_C")
    p.add_page()
    _letterhead_ma(p, rng)
    p.line(fdate(notice, ds), 10, h=6)
    for ln in [name] + addr:
        p.line(ln, 10, h=5)
    p.ln(3)
    if case == "approval":
        return _ma_approval(p, rng, name, last, plan_id, member_id, notice, supplier, doc, ds, ref)
    spec, dtype, dalt, _ = CASES[case]
    dos = days(notice, -rng.randint(30, 60))
    lines = _lines(rng, spec, dos)
    billed = round(sum(ln["billed"] for ln in lines), 2)
    claim = f"{notice.strftime('%y')}{letters(rng, 1)}{digits(rng, 9)}"
    p.line("Notice of Denial of Payment", 13, "B", h=7)
    p.line("Durable medical equipment and supplies", 10, h=5)
    p.ln(2)
    p.boxed_pairs([("Member", name), ("Member ID", member_id), ("Plan (contract-plan)", f"{MA_PRODUCT}, {plan_id}"),
                   ("Claim number", claim), ("Reference number", ref), ("Supplier", supplier),
                   ("Ordered by", doc), ("Date of service", fdate(dos, ds)),
                   ("Amount billed", money(billed, ms))], label_w=52, size=9.3)
    rows = [[ln["code"] + (" " + ln["mod"] if ln["mod"] else ""), ln["desc"], money(ln["billed"], ms), "Denied"]
            for ln in lines]
    p.table(["HCPCS / modifier", "Item", "Billed", "Decision"], rows, [30, 90, 25, 29], size=8.3)
    p.heading("Why we denied payment", 11)
    if case == "wheelchair_pa":
        p.para(f"Our plan must approve a power wheelchair before it is delivered (prior authorization). "
               f"{supplier} delivered the wheelchair on {fdate(dos, 'long')}, but no one asked us to approve it "
               "first. Because there was no approval on file, we will not pay the claim. You do not have to pay "
               "the supplier for this item, because a network supplier must get our approval first.", 9.8)
    else:
        p.para(f"{supplier} is not in the {MA_PRODUCT} network. Your plan is an HMO: except in an emergency, it "
               "pays only for equipment and supplies from suppliers that have a contract with us. A list of "
               "network suppliers for CPAP supplies is in your Provider Directory.", 9.8)
    p.heading("You have the right to appeal our decision", 11)
    if dl == "notice":
        p.para("You may ask us for a reconsideration (an appeal) of this payment decision. You must ask within 65 "
               "days from the date of this notice. We can give you more time if you have a good reason for "
               "missing the deadline.", 9.6)
        deadline = days(notice, 65).isoformat()
    else:
        last_day = days(notice, 65)
        p.para(f"If you want us to reconsider, your request must reach us no later than {fdate(last_day, ds)}. "
               "Write to the Appeals and Grievances Department at the address above or call Member Services.",
               9.6)
        deadline = last_day.isoformat()
    p.para("Payment appeals are not decided on the fast (72-hour) track. If we keep our decision, we send your case "
           "to an Independent Review Entity automatically.", 9)
    p.para(f"{MA_PLAN} is an HMO plan with a Medicare contract. Enrollment depends on contract renewal. Sample "
           "amounts in your Evidence of Coverage (such as $25.00 copays) are examples only.", 7.8)
    alts = {"plan_id": [None], "provider": [doc], "insurer": [MA_PRODUCT]}
    t = truth("denial_letter", dtype, insurer=MA_PLAN, plan_id=plan_id, member_id=member_id, member_name=name,
              cases=[claim, ref], claim_amount=m2(billed), service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=supplier, appeal_deadline=deadline, alternates=alts,
              denial_alternates=dalt)
    return out(p), t


def _ma_approval(p, rng, name, last, plan_id, member_id, notice, supplier, doc, ds, ref):
    start = days(notice, rng.randint(5, 12))
    end = days(month_end(days(start, 80)), 0)
    p.line("Your request for medical equipment is approved", 13, "B", h=7)
    p.ln(1)
    p.para(f"Dear {name.split()[0]} {last}:", 10)
    p.para(f"We approved the request {doc} sent us for a standard wheeled walker and a rental CPAP device from "
           f"{supplier}. The approval covers deliveries and rental months from {fdate(start, 'long')} through "
           f"{fdate(end, 'long')}. Keep this letter; the supplier will bill us directly.", 10)
    p.boxed_pairs([("Member ID", member_id), ("Plan", f"{MA_PRODUCT}, {plan_id}"), ("Authorization number", ref),
                   ("Approved", "E0143 NU walker; E0601 RR CPAP device (3 rental months)"), ("Supplier", supplier)],
                  label_w=48, size=9.3)
    p.para("Your usual 20% coinsurance for durable medical equipment applies. If you have questions, call Member "
           "Services.", 9.5)
    t = truth("other", None, insurer=MA_PLAN, plan_id=plan_id, member_id=member_id, member_name=name, cases=[ref],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=notice.isoformat(),
              provider=supplier, alternates={"plan_id": [None], "provider": [doc], "insurer": [MA_PRODUCT],
                                             "service_dates": [[], [start.isoformat()]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(73110)
    items = [Item("dme_supplier_denial_bd_msn_similar", "born_digital", [msn(r, "same_similar", True)]),
             Item("dme_supplier_denial_bd_ma_oon", "born_digital", [ma_letter(r, "cpap_oon", "date", "long", "plain")]),
             Item("dme_supplier_denial_scan_oxygen", "scan_clean_300",
                  [mac_letter(r, "oxygen_docs", "receive", "slash", "plain")]),
             Item("dme_supplier_denial_lowres_msn_cpap", "scan_lowres_150", [msn(r, "cpap_mednec", False)]),
             Item("dme_supplier_denial_photo_ma_chair", "phone_photo",
                  [ma_letter(r, "wheelchair_pa", "notice", "slash", "nosign")]),
             Item("dme_supplier_denial_copy_strips", "photocopy",
                  [mac_letter(r, "glucose_coding", "notice", "iso", "usd")])]
    who = person(r)
    items.append(Item("dme_supplier_denial_faxf_stack", "fax_fine_g4",
                      [mac_letter(r, "elig", "date", "dmy", "plain", who=who),
                       ma_letter(r, "approval", "notice", "long", "plain", who=who)], separators=["cover", None]))
    return items
