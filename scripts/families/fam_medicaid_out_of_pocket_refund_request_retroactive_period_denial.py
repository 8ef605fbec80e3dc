"""Wisconsin Medicaid (Wisconsin Department of Health Services, ForwardHealth) notices on a member's request to be
refunded for medical bills the member paid during the retroactive coverage period: some bills refunded, others
denied because they were paid for services before the retroactive period, the provider is not enrolled in
Wisconsin Medicaid, or the service is not covered. The Department, ForwardHealth and the Division of Hearings and
Appeals appear only as themselves (fair hearing within 45 days of the notice, the only appeal the notices offer);
the unit names, members, providers and every number are invented. Mirrored for structure and wording style only.

Documents (8 in 7 files):
- bd_two_column_refund_decision_bill_table: two-column decision letter, facts in the right column (notice date,
  ForwardHealth ID, refund request number, IM case number, received date, retroactive period), a bill table with
  From and Thru in separate columns; one bill denied (provider not enrolled), three refunded.
- faxstd_bill_blocks_two_page_before_period: small-type fax (typed fax header on each page, grey band), bills as
  stacked "Bill 1 of 3" blocks with billing and rendering providers and two-digit-year spans; bill 2 denied
  (paid for care before the retroactive period); page 2 repeats member and request number.
- scan300_refund_approved_three_dates: approval (denies nothing) with three dates in one sentence, a provider
  named only in the sentence and an inset summary box (total charges, refund, check number).
- copy_two_page_massage_not_covered: two-page denial (service not covered) whose bill lines are on a
  continuation page below a repeated header, an ordering doctor as decoy.
- rotated_provider_receipt_wrapped_name: the health center's paid receipt the member attached (denies nothing),
  the center's name wrapping over two lines, account number and self-pay decoys.
- lowres_sentence_dates_counseling_before_period: counseling visits "on January 6, 13 and 27, 2026" before the
  retroactive period, the counselor named only in a sentence with ", LCSW", several identifiers close together.
- faxf_stack_not_enrolled_and_hearing_request: a fax cover, a denial (provider not enrolled) whose request number
  is split at a hyphen over a line end, then the member's fair hearing request fed sideways, and its duplex back.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import DHSheet, mixed_id
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_out_of_pocket_refund_request_retroactive_period_denial"
LANG = "en"
SEED = 351104
AGENCY = "Wisconsin Department of Health Services"
UNIT = "Division of Medicaid Services - Member Refund Unit"
DHA = "Division of Hearings and Appeals"


def _ids(rng):
    return {"fh": digits(rng, 10), "rr": mixed_id(rng, "RR-", "dddd-cdcd"), "im": digits(rng, 10)}


def _dob(rng):
    return dt.date(rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28))


def _period(rng):
    """Application month and the three retroactive months before it (all in 2026)."""
    app = dt.date(2026, rng.choice([5, 6]), 1)
    start = dt.date(2026, app.month - 3, 1)
    end = app - dt.timedelta(days=1)
    return app, start, end


def _lh(p: DHSheet, rng, y: float = 12):
    p.set_y(y)
    p.f(13, "B")
    p.cell(0, 6, AGENCY, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{UNIT}  |  PO Box {rng.randint(6000, 8999)}, Madison WI 537{rng.randint(10, 99)}",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"ForwardHealth Member Services 1-800-555-{digits(rng, 4)}  (TTY 711)", new_x="LMARGIN",
           new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 3)


def _hearing(p: DHSheet, size=9.0):
    p.heading("Your right to a fair hearing", size + 1)
    p.para("If you disagree with this decision, you may ask for a fair hearing. Your request must be received by "
           f"the {DHA} within 45 days of the date of this notice. Send a signed request to the {DHA} in Madison. "
           "You may bring a friend, a relative or a lawyer to the hearing. Free legal help "
           "may be available in your area.", size)


def bd_two_column(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    app, ps, pe = _period(rng)
    rec = plus(app, rng.randint(20, 35))
    nd = plus(rec, rng.randint(18, 30))
    provs = [("Bayfield Lakes Family Clinic", True), ("Northwoods Community Pharmacy", True),
             ("Copper Falls Chiropractic, LLC", False), ("Ashland Ridge Radiology", True)]
    rows, deny, refund = [], None, 0.0
    for i, (prov, ok) in enumerate(provs, 1):
        d0 = plus(ps, rng.randint(3, 80))
        d1 = d0 if rng.random() < 0.6 or not ok else plus(d0, rng.randint(1, 3))
        if not ok:
            d1 = plus(d0, rng.choice([7, 14]))
        billed = amount(rng, 90, 900)
        paid = round(billed * rng.choice([1.0, 0.5, 0.8]), 2)
        dec = "Refunded" if ok else "Denied - R12"
        if ok:
            refund += paid
        else:
            deny = (prov, d0, d1, billed, paid)
        rows.append([str(i), prov, fdate(d0, "slash"), fdate(d1, "slash"), money(billed), money(paid), dec])
    p = DHSheet(footer="Page {n} of {nb}", footer_left="F-10122 (01/2026)")
    p.set_margins(16, 12, 16)
    p.add_page()
    _lh(p, rng)
    p.line("NOTICE OF DECISION: REQUEST FOR REFUND OF MEDICAL BILLS YOU PAID", 11, "B")
    p.ln(2)
    left = [f"{name}\n" + "\n".join(address(rng)),
            f"Dear {first} {last}:",
            "You asked us to pay you back for medical bills you paid yourself for months when you were later "
            "found eligible for Wisconsin Medicaid (your retroactive coverage period). We reviewed each bill you "
            "sent. The table below shows our decision on each bill.",
            "We are paying you back for bills 1, 2 and 4. A check for the total will be mailed to you "
            "separately within 30 days.",
            f"We cannot pay you back for bill 3. {deny[0]} is not enrolled as a Wisconsin Medicaid provider, "
            "and Wisconsin Medicaid can only pay for services from enrolled providers (reason R12)."]
    right = [("Notice date", fdate(nd, "long")), ("ForwardHealth ID", ids["fh"]),
             ("Refund request no.", ids["rr"]), ("IM case number", ids["im"]),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Request received", fdate(rec, "slash")),
             ("Retroactive period", f"{fdate(ps, 'slash')} - {fdate(pe, 'slash')}")]
    p.two_col(left, right, left_w=112)
    p.ln(2)
    p.table(["Bill", "Provider", "Service\nfrom", "Service\nthru", "Billed", "You paid", "Decision"], rows,
            [10, 56, 20, 20, 22, 22, 30], size=8, aligns=["C", "L", "L", "L", "R", "R", "L"])
    p.para(f"Total to be refunded: {money(refund)}. Reason R12: provider not enrolled in Wisconsin Medicaid "
           "(Wis. Admin. Code ch. DHS 105). You may ask the provider whether it will enroll and bill "
           "Wisconsin Medicaid for the service.", 8.5)
    _hearing(p, 8.5)
    prov, d0, d1, billed, paid = deny
    t = truth("denial_letter", "out_of_network", insurer=AGENCY, member_id=ids["fh"], member_name=name,
              cases=[ids["rr"]], claim_amount=m2(billed), service_dates=[span(d0, d1)],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=None,
              alternates={"case_numbers": [[ids["rr"], ids["im"]]], "claim_amount": [m2(paid)]},
              denial_alternates=["other"], type_alternates=["eob"])
    return out(p), t


def faxstd_blocks(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    app, ps, pe = _period(rng)
    nd = plus(app, rng.randint(45, 70))
    fax = (f"{fdate(nd, 'short')} 10:{rng.randint(10, 59)}  WI DHS MRU  608-555-{digits(rng, 4)}  TO: "
           f"715-555-{digits(rng, 4)}  P. {{n}}/2")
    p = DHSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                cont=f"Continued - {name}  |  ForwardHealth ID {ids['fh']}  |  Refund request {ids['rr']}")
    p.set_margins(14, 12, 14)
    p.set_auto_page_break(True, margin=18)
    p.add_page()
    _lh(p, rng, y=11)
    p.band("REFUND REQUEST DECISION  -  BILLS YOU PAID DURING YOUR RETROACTIVE COVERAGE PERIOD", 8.5)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Member", name), ("ForwardHealth ID", ids["fh"]),
             ("Refund request no.", ids["rr"]), ("IM case no.", ids["im"]),
             ("Retroactive period", f"{fdate(ps, 'short')} - {fdate(pe, 'short')}")], label_w=34, size=8, h=4.2)
    p.ln(2)
    p.para(f"Dear {first} {last}: we reviewed the 3 bills you sent with your refund request. Each bill is shown "
           "below as its own block.", 8)
    early0 = plus(ps, -rng.randint(12, 20))
    early1 = plus(early0, rng.randint(2, 4))
    b1 = (plus(ps, rng.randint(5, 20)), amount(rng, 120, 400))
    b3 = (plus(ps, rng.randint(30, 80)), amount(rng, 60, 300))
    b2 = amount(rng, 600, 1800)
    paid2 = round(b2 * 0.6, 2)
    rend = "Trudy K. Halvorsen, PA-C"
    p.block("Bill 1 of 3", [("Billing provider", "Chippewa Valley Medical Associates"),
                            ("Service dates", f"{fdate(b1[0], 'short')} - {fdate(b1[0], 'short')}"),
                            ("Billed / you paid", f"{money(b1[1])} / {money(b1[1])}"),
                            ("Decision", "REFUNDED")], size=8)
    p.block("Bill 2 of 3", [("Billing provider", "Lakeshore Urgent Care Network"), ("Rendering provider", rend),
                            ("Service dates", f"{fdate(early0, 'short')} - {fdate(early1, 'short')}"),
                            ("Billed / you paid", f"{money(b2)} / {money(paid2)}"),
                            ("Decision", "DENIED - reason R04")], size=8, shade=True)
    p.block("Bill 3 of 3", [("Billing provider", "Northwoods Community Pharmacy"),
                            ("Service dates", f"{fdate(b3[0], 'short')} - {fdate(b3[0], 'short')}"),
                            ("Billed / you paid", f"{money(b3[1])} / {money(b3[1])}"),
                            ("Decision", "REFUNDED")], size=8)
    p.para(f"Reason R04: the services in bill 2 were given from {fdate(early0, 'long')} through "
           f"{fdate(early1, 'long')}, before your retroactive coverage period began on {fdate(ps, 'long')}. You "
           "were not eligible for Wisconsin Medicaid on those dates, so Wisconsin Medicaid cannot pay you back "
           "for them.", 8)
    p.para(f"Refund for bills 1 and 3: {money(b1[1] + b3[1])}, mailed within 30 days. Your request was "
           f"received on {fdate(plus(app, 12), 'long')}.", 8)
    p.add_page()
    p.band("WHAT YOU CAN DO", 8.5)
    p.para("If you think we made a mistake about the dates of your coverage, call your income maintenance "
           "agency. If you have a bill from a month inside your retroactive period that you did not send us, "
           "you may send it with a copy of the receipt and this notice.", 8)
    _hearing(p, 8)
    p.para("Keep this notice. Other notices about your eligibility may have a different case number.", 8)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=ids["fh"], member_name=name,
              cases=[ids["rr"]], claim_amount=m2(b2), service_dates=[span(early0, early1)],
              denial_date=nd.isoformat(), provider=rend, appeal_deadline=None,
              alternates={"case_numbers": [[ids["rr"], ids["im"]]], "claim_amount": [m2(paid2)],
                          "provider": ["Lakeshore Urgent Care Network"]})
    return out(p), t


def scan300_approved(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    app, ps, pe = _period(rng)
    nd = plus(app, rng.randint(40, 60))
    d1 = plus(ps, rng.randint(2, 20))
    while d1.weekday() != 1:
        d1 = plus(d1, 1)
    dates = [d1, plus(d1, 7), plus(d1, 14)]
    per = amount(rng, 95, 160)
    tot = round(per * 3, 2)
    refund = round(tot * 0.9, 2)
    pt = "Elena V. Marchetti, DPT"
    p = DHSheet(serif=True, footer=None)
    p.set_margins(24, 14, 24)
    p.add_page()
    _lh(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line(f"ForwardHealth ID {ids['fh']}     Refund request {ids['rr']}", 9.5, "B")
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    ds = f"{dates[0].strftime('%B')} {dates[0].day}, {dates[1].day} and {dates[2].day}, 2026" \
        if dates[0].month == dates[2].month else \
        f"{fdate(dates[0], 'long')}, {fdate(dates[1], 'long')} and {fdate(dates[2], 'long')}"
    p.para(f"Good news. We approved your request to be paid back for the physical therapy visits with {pt} at "
           f"Superior Shores Rehabilitation on {ds}. These visits were during your retroactive coverage period "
           f"({fdate(ps, 'abbr')} through {fdate(pe, 'abbr')}).", 10)
    p.inset("Refund summary", [("Total charges", money(tot)), ("Amount you paid", money(refund)),
                               ("Refund to you", money(refund)), ("Check number", digits(rng, 8)),
                               ("Mailed on or about", fdate(plus(nd, 10), "slash"))])
    p.para("The provider may not bill you again for these visits. If the provider does, call Member Services. "
           "Full dates of the visits: " + "; ".join(fdate(d, "slash") for d in dates) + ".", 10)
    p.para("This notice does not change your eligibility. Your IM case number is " + ids["im"] + ".", 10)
    t = truth("other", None, insurer=AGENCY, member_id=ids["fh"], member_name=name, cases=[ids["rr"]],
              claim_amount=m2(tot), service_dates=[span(d) for d in dates], denial_date=nd.isoformat(),
              provider=pt, alternates={"claim_amount": [m2(refund)], "provider": ["Superior Shores Rehabilitation"],
                                       "case_numbers": [[ids["rr"], ids["im"]]]})
    return out(p), t


def copy_massage(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    app, ps, pe = _period(rng)
    nd = plus(app, rng.randint(40, 60))
    biz = "Riverbend Therapeutic Massage"
    lmt = "Corinne A. Lindqvist, LMT"
    d0 = plus(ps, rng.randint(3, 10))
    dates = [plus(d0, 7 * k) for k in range(4)]
    per = amount(rng, 70, 110)
    tot = round(per * 4, 2)
    ov = (plus(ps, 2), amount(rng, 140, 260))
    p = DHSheet(footer="Page {n} of {nb}",
                cont=f"{name}  -  ForwardHealth ID {ids['fh']}  -  Refund request {ids['rr']}  (continued)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng)
    p.line("Notice of Decision - Refund of Medical Bills", 12, "B")
    p.ln(2)
    p.pairs([("Notice date", fdate(nd, "dash")), ("Member", name), ("ForwardHealth ID", ids["fh"]),
             ("Refund request", ids["rr"]), ("Your request arrived", fdate(plus(app, 9), "dash"))], label_w=44,
            size=9.5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    p.para("We have decided your request to be paid back for medical bills you paid during your retroactive "
           "coverage period. We approved one bill and denied the others. The bill lines and our decision on "
           "each are listed on page 2.", 10)
    p.para(f"Why we denied the bills from {biz}: massage therapy is not a service Wisconsin Medicaid covers, "
           "so Wisconsin Medicaid cannot pay you back for it, even though you were eligible on those dates. "
           "The massage was suggested by Dr. Benedikt Oyler, DO, who is not part of this decision.", 10)
    p.para("What this means: you will receive a refund only for the office visit. Keep the receipts for your "
           "records.", 10)
    _hearing(p, 9.5)
    p.add_page()
    p.heading("Bill lines", 11)
    rows = [["Office visit", "Bayfield Lakes Family Clinic", fdate(ov[0], "slash"), fdate(ov[0], "slash"),
             money(ov[1], "nosign"), "Refunded"]]
    for d in dates:
        rows.append(["Massage therapy, 60 min", f"{biz}", fdate(d, "slash"), fdate(d, "slash"),
                     money(per, "nosign"), "Denied - not covered"])
    p.table(["Service", "Provider", "From", "Thru", "Billed", "Decision"], rows, [42, 52, 20, 20, 18, 24],
            size=8.5, aligns=["L", "L", "L", "L", "R", "L"])
    p.para(f"Therapist for the massage lines: {lmt}. Total of denied lines: {money(tot)}. Refund for the office "
           f"visit: {money(ov[1])}.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, member_id=ids["fh"], member_name=name,
              cases=[ids["rr"]], claim_amount=m2(tot), service_dates=[span(d) for d in dates],
              denial_date=nd.isoformat(), provider=biz, appeal_deadline=None,
              alternates={"provider": [lmt], "case_numbers": [[ids["rr"], ids["im"]]]})
    return out(p), t


def rotated_receipt(rng):
    name, first, mi, last = person(rng)
    app, ps, pe = _period(rng)
    dos = plus(ps, rng.randint(10, 60))
    sd = plus(dos, rng.randint(1, 4))
    acct = digits(rng, 9)
    lines = [("99214", "Office visit, established patient", amount(rng, 180, 260)),
             ("87880", "Rapid strep test", amount(rng, 30, 60)),
             ("J0696", "Injection, ceftriaxone", amount(rng, 40, 90))]
    tot = round(sum(x[2] for x in lines), 2)
    center = "Chequamegon Bay Community Health Center"
    p = DHSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    x0, y0 = p.l_margin, p.get_y()
    p.f(12, "B")
    p.multi_cell(62, 5.5, center, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.multi_cell(62, 4, f"Washburn WI 548{rng.randint(10, 99)}\nBilling office 715-555-{digits(rng, 4)}\n"
                        f"NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(x0 + 100, y0)
    p.f(14, "B")
    p.cell(0, 7, "PAID RECEIPT", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Receipt date:", fdate(sd, "abbr")), ("Account:", acct), ("Guarantor:", name),
                   ("Payer:", "SELF-PAY")], w=74, size=8.5, y=y0 + 9)
    p.set_y(max(p.get_y(), y0 + 32))
    p.ln(3)
    p.pairs([("Patient", name), ("Date of visit", fdate(dos, "long")),
             ("Seen by", "Rutger P. Ellingboe, PA-C"), ("Visit type", "Walk-in clinic")], label_w=30, size=9.5)
    p.ln(2)
    p.table(["Code", "Description", "Charge"], [[c, d, money(v, "nosign")] for c, d, v in lines] +
            [["", "Total charges", money(tot, "nosign")], ["", "Payment - debit card, thank you", f"-{tot:,.2f}"],
             ["", "Balance", "0.00"]], [24, 110, 34], size=9, aligns=["L", "L", "R"], bold_last=True)
    p.para("No insurance was on file on the date of visit. If you are later found eligible for coverage for "
           "this date, give us your insurance card and we will bill your insurance and refund what you paid. Thank you for choosing "
           f"{center}.", 9)
    t = truth("other", None, insurer=None, member_name=name, claim_amount=m2(tot), service_dates=[span(dos)],
              denial_date=sd.isoformat(), provider=center, unscored=["insurer"],
              alternates={"provider": ["Rutger P. Ellingboe, PA-C"]})
    return out(p), t


def lowres_counseling(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    app, ps, pe = _period(rng)
    nd = plus(app, rng.randint(40, 60))
    d1 = plus(ps, -rng.randint(20, 26))
    dates = [d1, plus(d1, 7), plus(d1, 21)]
    per = amount(rng, 110, 170)
    tot = round(per * 3, 2)
    lcsw = "Marguerite D. Oyelaran, LCSW"
    prev = mixed_id(rng, "RR-", "dddd-cdcd")
    acct = "PA" + digits(rng, 7)
    p = DHSheet(footer="Page {n} of {nb}", footer_left="F-10122B")
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng)
    p.line(f"Notice date: {fdate(nd, 'abbr')}", 10, "B")
    p.ln(2)
    p.f(9)
    p.multi_cell(0, 4.6, f"ForwardHealth ID {ids['fh']}    Refund request {ids['rr']}    IM case {ids['im']}\n"
                         f"Earlier request {prev} (decided {fdate(plus(nd, -64), 'slash')})    Provider account "
                         f"{acct}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {first} {last}:", 10)
    ds = (f"{dates[0].strftime('%B')} {dates[0].day}, {dates[1].day} and {dates[2].day}, 2026"
          if dates[0].month == dates[2].month else
          f"{fdate(dates[0], 'long')}, {fdate(dates[1], 'long')} and {fdate(dates[2], 'long')}")
    p.para(f"You asked to be paid back {money(tot)} for counseling sessions with {lcsw} at Stillwater Pines "
           f"Counseling on {ds}. We denied this request.", 10)
    p.para(f"Your retroactive coverage period began on {fdate(ps, 'long')}. The counseling sessions took place "
           "before that date, when you were not eligible for Wisconsin Medicaid. Wisconsin Medicaid can pay you "
           "back only for covered services you received and paid for during a month you were eligible. Your "
           f"earlier request {prev} for bills inside the period was approved and is not changed by this notice.",
           10)
    p.para("Session dates as they appear on your receipts: " + ", ".join(fdate(d, "slash") for d in dates) +
           f". Your date of birth on file: {fdate(_dob(rng), 'slash')}.", 10)
    _hearing(p, 9.5)
    p.para("If you have questions, call Member Services. For a faster decision at a hearing when your health is "
           "at risk, say so in your request.", 9.5)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=ids["fh"], member_name=name,
              cases=[ids["rr"]], claim_amount=m2(tot), service_dates=[span(d) for d in dates],
              denial_date=nd.isoformat(), provider=lcsw, appeal_deadline=None,
              alternates={"case_numbers": [[ids["rr"], ids["im"]]], "provider": ["Stillwater Pines Counseling"]})
    return out(p), t


def faxf_stack(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    app, ps, pe = _period(rng)
    nd = plus(app, rng.randint(40, 55))
    prov = "Gitchee Lake Hearing & Balance"
    dos = plus(ps, rng.randint(10, 70))
    billed = amount(rng, 900, 2400)
    paid = round(billed * 0.5, 2)
    rr = ids["rr"]
    cut = rr.index("-", 3) + 1
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng)
    p.line("Notice of Decision", 12, "B")
    p.ln(2)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {first} {last}: this notice is about your request to be paid back for a bill you paid to "
           f"{prov}. For this decision, member ID {ids['fh']}, refund request number {rr[:cut]}", 10, gap=0)
    p.para(f"{rr[cut:]}.", 10)
    p.boxed_pairs([("Provider", prov), ("Date of service", fdate(dos, "slash")),
                   ("Service", "Hearing evaluation and fitting"), ("Amount billed", money(billed)),
                   ("Amount you paid", money(paid)), ("Decision", "Denied")], label_w=48)
    p.para(f"We denied this request. {prov} was not enrolled as a Wisconsin Medicaid provider on the date of "
           "service, and Wisconsin Medicaid can pay only for services from enrolled providers. Ask the provider "
           "to enroll; if it enrolls with an effective date that covers your service, send your request again.",
           10)
    _hearing(p, 9.5)
    doc1 = (out(p), truth("denial_letter", "out_of_network", insurer=AGENCY, member_id=ids["fh"],
                          member_name=name, cases=[rr], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=prov, appeal_deadline=None,
                          alternates={"claim_amount": [m2(paid)]}, denial_alternates=["other"]))
    ld = plus(nd, rng.randint(8, 20))
    q = DHSheet(serif=True, footer=None)
    q.set_margins(26, 22, 26)
    q.add_page()
    for ln in [name, *address(rng), f"Phone 715-555-{digits(rng, 4)}"]:
        q.line(ln, 10.5)
    q.ln(5)
    q.line(fdate(ld, "slash"), 10.5)
    q.ln(4)
    for ln in [DHA, "Madison, Wisconsin"]:
        q.line(ln, 10.5)
    q.ln(5)
    q.para("Re: Request for a fair hearing", 10.5)
    q.para(f"I want a fair hearing about the notice dated {fdate(nd, 'long')} from the {AGENCY}. It denied my "
           f"refund request {rr} for the hearing test and hearing aid fitting I paid for at {prov} on "
           f"{fdate(dos, 'long')}. My ForwardHealth ID is {ids['fh']}.", 10.5)
    q.para("The clinic told me it was applying to be a Medicaid provider. I paid because I could not wait. I "
           "ask that the Department look at this again.", 10.5)
    q.para(f"Signed,\n\n{first} {mi}. {last}", 10.5)
    doc2 = (out(q), truth("other", None, insurer=AGENCY, member_id=ids["fh"], member_name=name, cases=[rr],
                          service_dates=[span(dos)], denial_date=ld.isoformat(), provider=prov,
                          alternates={"insurer": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_column_refund_decision_bill_table", "born_digital", [bd_two_column(rng)]),
        Item(F + "faxstd_bill_blocks_two_page_before_period", "fax_standard_g4", [faxstd_blocks(rng)]),
        Item(F + "scan300_refund_approved_three_dates", "scan_clean_300", [scan300_approved(rng)]),
        Item(F + "copy_two_page_massage_not_covered", "photocopy", [copy_massage(rng)]),
        Item(F + "rotated_provider_receipt_wrapped_name", "rotated", [rotated_receipt(rng)]),
        Item(F + "lowres_sentence_dates_counseling_before_period", "scan_lowres_150", [lowres_counseling(rng)]),
        Item(F + "faxf_stack_not_enrolled_and_hearing_request", "fax_fine_g4", faxf_stack(rng),
             separators=["cover", "duplex"], turns={(1, 0): 90}),
    ]
