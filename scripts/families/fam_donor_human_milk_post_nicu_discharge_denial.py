"""Family 'donor_human_milk_post_nicu_discharge_denial' (round DE; the round's name 'donor_human_milk_nicu_discharge_denial' was already taken by round CY): an invented commercial plan refusing pasteurized donor human
milk for a premature infant after discharge from the neonatal intensive care unit (a food / nutritional product
excluded outside an inpatient stay; later months not medically necessary once the baby is past 36 weeks' corrected
age and gaining weight), with the neonatologist's letter, the milk bank's invoice statement, an EOB and a second-level
appeal that overturns the refusal.

Documents: a born-digital prior authorization denial whose facts sit under small captions; the neonatologist's
letter of medical necessity to the plan told only in sentences with a typed fax header line (fine fax, denies
nothing); the milk bank's invoice statement of four shipments (scan, denies nothing); a landscape EOB with three
claims, the donor milk claim denied (photocopy, two-line column headings, totals, remark legend, a deductible
without cents); a phone photo of a claim denial for a later month (short dates with two-digit years); a 150 dpi
second-level appeal decision overturning the refusal (denies nothing); a standard-fax stack of a cover sheet, the
first-level appeal decision upholding the exclusion with a blank separator, and the parent's appeal letter fed
sideways.
Everything is invented (plan, family, hospital, milk bank, numbers; phones 555). The patient is the infant (a
dependent); the subscriber parent is a decoy.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundde_famdeb import Page, fd, out, pat, plus

FAMILY = "donor_human_milk_post_nicu_discharge_denial"
LANG = "en"
SEED = 350601
ORG = "Harrowgate Mutual Health Plan"
ORG_ADDR = "PO Box 88412, Harrisburg, PA 17199"
INFANT = "Juniper T. Ashgrove"
PARENT = "Marcus L. Ashgrove"
PARENT2 = "Celeste R. Ashgrove"
DOC = "Dr. Oriana K. Fallbrook"
DOC_BARE = "Oriana K. Fallbrook"
HOSP = "St. Brendan Children's Hospital"
BANK = "Northwind Mothers' Milk Bank"
ADDR = ["412 Laurel Crossing Road", "Mechanicsburg, PA 17099"]


def world(r):
    d0 = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 20))
    return dict(d0=d0, mid="HMX" + pat(r, "999999999") + "-03", group=pat(r, "GRP-99999"), plan="PPO-" + pat(r, "9999"),
                pa=pat(r, "PA26-9999999"), dob=d0 - dt.timedelta(days=r.randint(40, 60)), npi="1" + pat(r, "999999999"),
                bank_npi="1" + pat(r, "999999999"), tin=pat(r, "23-9999999"), acct=pat(r, "NW-99999"),
                start=plus(d0, 6), appeal1=pat(r, "APL-9999999"), appeal2=pat(r, "APL-9999999"))


def letterhead(p):
    p.set_fill_color(38, 70, 83)
    p.rect(0, 0, p.w, 20, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin, 5)
    p.f(16, "B")
    p.cell(0, 7, ORG)
    p.set_xy(p.l_margin, 12.5)
    p.f(8)
    p.cell(0, 4, f"{ORG_ADDR}  -  Member Services 1-800-555-0188 (TTY 711)  -  harrowgatemutual.example")
    p.set_text_color(0, 0, 0)
    p.set_xy(p.l_margin, 26)


def appeal_text(p, size=9.2, days=180, what="letter"):
    p.head("How to appeal", 10.5)
    p.para(f"You may appeal this decision. Your written appeal must be filed within {days} days of the date of this "
           f"{what}. Send it to {ORG}, Appeals Unit, {ORG_ADDR}, or fax 1-800-555-0189. Include the reference "
           "number and any records you want us to consider. If your baby's health could be seriously harmed by "
           "waiting, you or the doctor may ask for an urgent appeal; we decide urgent appeals within 72 hours. After "
           "our final decision you may ask for an external review by an independent review organization within 4 "
           "months.", size)


def doc_pa_denial(w, r):
    n = plus(w["d0"], 3)
    recv = plus(w["d0"], 1)
    p = Page(margins=(18, 14, 18), foot="HMH-UM-112 (01/26)    Page {p} of {n}")
    p.add_page()
    letterhead(p)
    p.ln(4)
    p.f(10)
    for s in [PARENT, f"Parent/guardian of {INFANT}"] + ADDR:
        p.ln_text(s, 10)
    p.ln(5)
    p.head("Prior Authorization Decision: Not Approved", 13)
    p.captions([("Letter date", fd(n, "long"), 45), ("Patient", INFANT, 50), ("Patient date of birth",
                fd(w["dob"], "slash"), 40), ("Reference number", w["pa"], 40)])
    p.captions([("Member ID", w["mid"], 55), ("Group number", w["group"], 35), ("Plan", w["plan"], 25),
                ("Subscriber", PARENT, 60)])
    p.captions([("Requesting provider", DOC, 50), ("Supplier", BANK, 66), ("Request received", fd(recv, "slash"), 32),
                ("Start date requested", fd(w["start"], "slash"), 32)])
    p.ln(2)
    p.para("Service requested: pasteurized donor human milk (HCPCS T2101), 30 ounces per day for 90 days, for home "
           f"use after discharge from the neonatal intensive care unit at {HOSP}.", 9.8)
    p.head("Our decision", 11)
    p.para(f"We cannot approve this request. Your plan does not cover donor human milk outside an inpatient stay. "
           "Your Certificate of Coverage lists infant formula, food and nutritional products, including banked "
           "human milk for use at home, as exclusions (Section 8, Exclusions, item 8.22). This is a benefit "
           "exclusion; it is not a decision about whether the milk is medically appropriate for your baby.", 9.8)
    appeal_text(p, 9.2)
    p.para("Sincerely,\nUtilization Management, Harrowgate Mutual Health Plan\ncc: " + DOC + ", NPI " + w["npi"], 9.2)
    t = truth("denial_letter", "not_covered", insurer=ORG, plan_id=w["plan"], group_number=w["group"],
              member_id=w["mid"], member_name=INFANT, case_numbers=[w["pa"]], service_dates=[w["start"].isoformat()],
              denial_date=n.isoformat(), provider=DOC_BARE, appeal_deadline=plus(n, 180).isoformat(),
              alternates={"provider": [BANK]})
    return out(p), t


def doc_neo_letter(w, r):
    n = plus(w["d0"], 8)
    p = Page(serif=True, margins=(25, 20, 25))
    p.add_page()
    p.fax_line(f"{fd(n, 'slash')}  15:42   {HOSP.upper()} NICU   FAX 717-555-0121   ->  HMH APPEALS 1-800-555-0189"
               "   #4471  P. 1/2")
    p.ln(8)
    p.f(12, "B")
    p.cell(0, 6, HOSP, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "Division of Neonatology  -  900 Canal Bend Boulevard, Harrisburg, PA 17099  -  717-555-0120",
           align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    p.para(fd(n, "long"), 10.5)
    p.para(f"To the Appeals Unit of {ORG}:", 10.5)
    p.para(f"I am writing on behalf of my patient {INFANT}, born on {fd(w['dob'], 'long')} at 29 weeks' gestation, "
           f"whose member ID is {w['mid']}. Your letter of {fd(plus(w['d0'], 3), 'long')} (reference {w['pa']}) "
           f"refused donor human milk from {BANK} after discharge from our neonatal intensive care unit.", 10.5)
    p.para("Juniper was discharged weighing 1,980 grams. Her mother's own milk supply is not sufficient despite "
           "lactation support and medication, and Juniper had feeding intolerance and a suspected episode of "
           "necrotizing enterocolitis when she was given a preterm formula in the unit. Pasteurized donor human milk, "
           "fortified as ordered, is the only feeding she has tolerated while gaining weight.", 10.5)
    p.para(f"I ask that you cover 30 ounces a day of donor human milk beginning {fd(w['start'], 'long')} for 90 days, "
           "when she will be near 40 weeks' corrected age, after which we plan a supervised transition to formula. "
           "In my judgement this is medically necessary to protect her gut and her growth. My NPI is "
           f"{w['npi']}, and I am glad to discuss this with your medical director at 717-555-0124.", 10.5)
    p.para(f"Sincerely,\n\n{DOC}, MD\nAttending Neonatologist", 10.5)
    t = truth("other", None, insurer=ORG, member_id=w["mid"], member_name=INFANT, case_numbers=[w["pa"]],
              service_dates=[w["start"].isoformat()], denial_date=n.isoformat(), provider=DOC_BARE,
              alternates={"service_dates": [[]]}, unscored=["appeal_deadline", "denial_date"])
    return out(p), t


def shipments(w):
    return [plus(w["start"], 7 * i) for i in range(4)]


def doc_bank_statement(w, r):
    n = plus(w["d0"], 36)
    inv = pat(r, "INV-99999")
    ships = shipments(w)
    qty = [210, 210, 180, 210]
    rate = 4.75
    amt = [q * rate for q in qty]
    total = sum(amt)
    claim = pat(r, "2026") + pat(r, "9999999")
    p = Page(margins=(16, 14, 16), foot=f"{BANK}  -  Tax ID {w['tin']}  -  Please make checks payable to {BANK}")
    p.add_page()
    p.f(15, "B")
    p.cell(120, 7, BANK)
    p.f(11, "B")
    p.cell(0, 7, "INVOICE STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "77 Orchard Mill Lane, Lancaster, PA 17699  -  Billing 717-555-0133", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.leaders([("Statement date", fd(n, "abbr")), ("Account number", w["acct"]), ("Invoice number", inv),
               ("Recipient", INFANT), ("Responsible party", PARENT), ("Insurance", f"{ORG}  ID {w['mid']}"),
               ("Claim submitted to insurer", claim), ("Ordering physician", f"{DOC}, NPI {w['npi']}")],
              width=52, size=9.2)
    p.ln(4)
    rows = [[fd(s, "slash"), "T2101", "Pasteurized donor milk, fortified", f"{q} oz", f"${rate:.2f}", f"${a:,.2f}"]
            for s, q, a in zip(ships, qty, amt)]
    rows.append(["", "", "Total charges", f"{sum(qty)} oz", "", f"${total:,.2f}"])
    rows.append(["", "", "Insurance payments", "", "", "$0.00"])
    rows.append(["", "", "BALANCE DUE", "", "", f"${total:,.2f}"])
    p.ruled(["Ship|date", "HCPCS|code", "Description", "Quantity|shipped", "Price|per oz", "Charge"], rows,
            [24, 20, 62, 24, 22, 28], aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"Your insurer, {ORG}, denied this claim as a non-covered benefit. You may pay the balance, ask about our "
           "charitable assistance program, or send us a copy of any appeal decision. Questions: 717-555-0133.", 9)
    t = truth("other", None, insurer=ORG, member_id=w["mid"], member_name=INFANT, case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[s.isoformat() for s in ships], denial_date=n.isoformat(),
              provider=BANK, alternates={"case_numbers": [[claim, inv]]},
              unscored=["insurer", "appeal_deadline"])
    return out(p), t


def doc_eob(w, r):
    n = plus(w["d0"], 45)
    ships = shipments(w)
    total_milk = sum(q * 4.75 for q in (210, 210, 180, 210))
    d = [plus(w["d0"], 9), plus(w["d0"], 16), ships[0]]
    cl = [pat(r, "E26-99999999") for _ in range(3)]
    billed = [285.0 + r.randint(0, 40), 140.0 + r.randint(0, 30), total_milk]
    allowed = [round(billed[0] * 0.7, 2), round(billed[1] * 0.75, 2), 0.0]
    copay = [30.0, 0.0, 0.0]
    paid = [allowed[0] - copay[0], allowed[1], 0.0]
    owe = [copay[0], 0.0, billed[2]]
    prov = ["St. Brendan Neonatal Follow-up Clinic", "Keystone Lactation Associates", BANK]
    svc = ["NICU follow-up visit", "Lactation consult", "Donor human milk T2101"]
    p = Page(orientation="L", margins=(14, 12, 14), foot="EOB-HMH-L  |  THIS IS NOT A BILL  |  Page {p} of {n}")
    p.add_page()
    p.f(14, "B")
    p.cell(150, 7, ORG)
    p.f(12, "B")
    p.cell(0, 7, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{ORG_ADDR}  -  1-800-555-0188  -  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.grid([("Statement date", fd(n, "upper"), 38), ("Subscriber", PARENT, 50), ("Patient", INFANT, 50),
            ("Member ID", w["mid"], 52), ("Group", w["group"], 34), ("Patient date of birth", fd(w["dob"], "upper"), 36)])
    p.ln(4)
    rows = []
    for i in range(3):
        rows.append([cl[i], prov[i], svc[i], fd(d[i], "slash"), f"{billed[i]:,.2f}", f"{allowed[i]:,.2f}",
                     f"{copay[i]:,.2f}", f"{paid[i]:,.2f}", f"{owe[i]:,.2f}", "PD1" if i < 2 else "EX22"])
    rows.append(["TOTALS", "", "", "", f"{sum(billed):,.2f}", f"{sum(allowed):,.2f}", f"{sum(copay):,.2f}",
                 f"{sum(paid):,.2f}", f"{sum(owe):,.2f}", ""])
    p.ruled(["Claim|number", "Provider", "Service", "Service|date", "Amount|billed", "Amount|allowed",
             "Copay/|coinsurance", "Plan|paid", "Patient|responsibility", "Remark|code"], rows,
            [27, 58, 40, 20, 21, 21, 22, 19, 23, 16], aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.f(8.5, "B")
    p.cell(0, 4.5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    p.para("PD1  Processed under your in-network benefits.\nEX22  Not covered. Donor human milk and other food or "
           "nutritional products used at home are excluded by your plan (Certificate of Coverage, Section 8, item "
           "8.22). The shipment dates on this claim run through " + fd(ships[-1], "slash") + ".", 8.4)
    p.para(f"Plan year deductible: $ 1,500 (met: $ 0). Out-of-pocket maximum: $ 6,350. If you disagree with how we "
           f"processed a claim, you may appeal within 180 days of the date of this statement. Write to {ORG}, "
           f"Appeals Unit, {ORG_ADDR}.", 8.4)
    t = truth("eob", "not_covered", insurer=ORG, group_number=w["group"], member_id=w["mid"], member_name=INFANT,
              case_numbers=[cl[2]], claim_amount=f"{billed[2]:.2f}", service_dates=[d[2].isoformat()],
              denial_date=n.isoformat(), provider=BANK, appeal_deadline=plus(n, 180).isoformat(),
              alternates={"service_dates": [[f"{ships[0].isoformat()}/{ships[-1].isoformat()}"]]})
    return out(p), t


def doc_later_claim(w, r):
    n = plus(w["d0"], 78)
    a = plus(w["start"], 56)
    b = plus(a, 27)
    claim = pat(r, "E26-99999999")
    billed = 810 * 4.75
    recv = plus(b, 4)
    p = Page(margins=(20, 16, 20), foot="HMH-CLM-07")
    p.add_page()
    letterhead(p)
    p.ln(3)
    p.ln_text(f"Date: {fd(n, 'short')}", 10)
    p.ln(2)
    for s in [PARENT] + ADDR:
        p.ln_text(s, 10)
    p.ln(4)
    p.head(f"Claim decision for {INFANT}", 12)
    p.leaders([("Claim no.", claim), ("Member ID", w["mid"]), ("Supplier", f"{BANK} (NPI {w['bank_npi']})"),
               ("Dates of service", f"{fd(a, 'shortnp')} - {fd(b, 'shortnp')}"), ("Claim received", fd(recv, "shortnp")),
               ("Billed", f"${billed:,.2f}")], width=40, size=9.6, dash=True)
    p.ln(3)
    p.para(f"We reviewed the claim from {BANK} for donor human milk supplied from {fd(a, 'long')} through "
           f"{fd(b, 'long')}. Our medical director reviewed the growth records from {DOC}. By these dates "
           "Juniper was past 40 weeks' corrected age, was gaining weight on a mixed feeding plan and had no "
           "further feeding intolerance. Donor human milk was no longer medically necessary for her, so the claim "
           "is denied. Guideline: Medical Policy MP-NUT-031, Donor Human Milk.", 9.8)
    appeal_text(p, 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=w["mid"], member_name=INFANT,
              case_numbers=[claim], claim_amount=f"{billed:.2f}", service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=n.isoformat(), provider=BANK, appeal_deadline=plus(n, 180).isoformat(),
              denial_alternates=["not_covered"])
    return out(p), t


def doc_overturned(w, r):
    n = plus(w["d0"], 66)
    recv = plus(n, -24)
    end = plus(w["start"], 89)
    p = Page(serif=True, margins=(22, 16, 22))
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, ORG.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "Appeals Unit  -  " + ORG_ADDR, new_x="LMARGIN", new_y="NEXT")
    p.ln(7)
    p.ln_text(fd(n, "iso"), 10)
    p.ln(2)
    for s in [PARENT] + ADDR:
        p.ln_text(s, 10)
    p.ln(4)
    p.head("Second-Level Appeal Decision: Overturned", 12.5)
    p.captions([("Appeal number", w["appeal2"], 40), ("Original reference", w["pa"], 40), ("Patient", INFANT, 50),
                ("Member ID", w["mid"], 45)])
    p.captions([("Appeal received", fd(recv, "iso"), 40), ("Ordering physician", DOC, 55),
                ("Reviewer", "Board-certified neonatologist", 60)])
    p.para(f"An independent physician board-certified in neonatology, who took no part in the earlier decisions, "
           f"reviewed the appeal, the letter from {DOC} and the NICU records. Under the plan's exception for "
           "medically necessary enteral nutrition for infants with a documented intolerance to formula, the "
           "reviewer found the donor milk necessary for Juniper.", 9.8)
    p.para(f"We have overturned our earlier decision. Donor human milk from {BANK} is approved from "
           f"{fd(w['start'], 'iso')} through {fd(end, 'iso')}. Claims for those dates will be reprocessed within 30 "
           "days; you do not need to resubmit them.", 9.8)
    p.para("Questions: Member Services 1-800-555-0188 (TTY 711).", 9.8)
    t = truth("other", None, insurer=ORG, member_id=w["mid"], member_name=INFANT, case_numbers=[w["appeal2"], w["pa"]],
              service_dates=[f"{w['start'].isoformat()}/{end.isoformat()}"], denial_date=n.isoformat(),
              provider=DOC_BARE, alternates={"case_numbers": [[w["appeal2"]]], "provider": [BANK]},
              unscored=["appeal_deadline"])
    return out(p), t


def stack_first_appeal(w, r):
    n = plus(w["d0"], 38)
    recv = plus(w["d0"], 14)
    p = Page(margins=(20, 16, 20), foot="HMH-APL-1  Page {p} of {n}")
    p.add_page()
    letterhead(p)
    p.ln(3)
    p.ln_text(fd(n, "abbr"), 10)
    p.ln(2)
    for s in [PARENT] + ADDR:
        p.ln_text(s, 10)
    p.ln(4)
    p.head("First-Level Appeal Decision", 12.5)
    p.leaders([("Appeal no.", w["appeal1"]), ("Reference", w["pa"]), ("Patient", INFANT), ("Member ID", w["mid"]),
               ("Appeal received", fd(recv, "abbr")), ("Service", "Donor human milk from " + fd(w["start"], "abbr"))],
              width=38, size=9.6)
    p.ln(3)
    p.para(f"We reviewed your appeal of our decision not to cover donor human milk for {INFANT} at home. We have "
           "upheld our decision. Banked human milk used outside a hospital stay is excluded by your Certificate of "
           "Coverage (Section 8, item 8.22), and an exclusion cannot be waived at the first appeal level.", 9.8)
    p.para(f"You may ask for a second-level appeal within 60 days of the date of this letter. Write to {ORG}, "
           f"Appeals Unit, {ORG_ADDR}. You may also ask for an external review within 4 months.", 9.8)
    t1 = truth("denial_letter", "not_covered", insurer=ORG, member_id=w["mid"], member_name=INFANT,
               case_numbers=[w["appeal1"], w["pa"]], service_dates=[w["start"].isoformat()], denial_date=n.isoformat(),
               appeal_deadline=plus(n, 60).isoformat(), alternates={"service_dates": [[]]})
    q = Page(margins=(24, 20, 24))
    q.add_page()
    ld = plus(w["d0"], 12)
    q.para(f"{PARENT} and {PARENT2}\n" + "\n".join(ADDR) + "\n717-555-0193", 10.5)
    q.para(fd(ld, "long"), 10.5)
    q.para(f"{ORG}\nAppeals Unit\n{ORG_ADDR}", 10.5)
    q.para(f"Re: appeal for our daughter {INFANT}, member ID {w['mid']}, reference {w['pa']}", 10.5)
    q.para("We are appealing your decision not to pay for donor milk for our daughter. She was born ten weeks "
           f"early and spent seven weeks in the NICU at {HOSP}. She got sick on formula there. {DOC} says the "
           "donor milk is what keeps her growing. We cannot pay more than $900 a month for it. Please look at "
           "the doctor's letter that her office faxed to you.", 10.5)
    q.para(f"Thank you,\n\n{PARENT}", 10.5)
    t2 = truth("other", None, insurer=ORG, member_id=w["mid"], member_name=INFANT, case_numbers=[w["pa"]],
               denial_date=ld.isoformat(), unscored=["appeal_deadline", "provider", "denial_date"])
    return [(out(p), t1), (out(q), t2)], ["cover", "blank"]


def documents(rng: random.Random) -> list[Item]:
    w = world(random.Random(SEED))
    r = lambda i: random.Random(SEED + 10 + i)  # noqa: E731
    docs, seps = stack_first_appeal(w, r(6))
    return [
        Item(f"{FAMILY}_bd_pa_not_covered_captions", "born_digital", [doc_pa_denial(w, r(0))]),
        Item(f"{FAMILY}_faxfine_neonatologist_letter", "fax_fine_g4", [doc_neo_letter(w, r(1))]),
        Item(f"{FAMILY}_scan300_milk_bank_invoice", "scan_clean_300", [doc_bank_statement(w, r(2))]),
        Item(f"{FAMILY}_copy_eob_landscape", "photocopy", [doc_eob(w, r(3))]),
        Item(f"{FAMILY}_photo_later_claim_denied", "phone_photo", [doc_later_claim(w, r(4))]),
        Item(f"{FAMILY}_lowres_second_appeal_overturned", "scan_lowres_150", [doc_overturned(w, r(5))]),
        Item(f"{FAMILY}_faxstd_stack_first_appeal_and_parent_letter", "fax_standard_g4", docs, separators=seps,
             turns={(1, 0): 90}),
    ]
