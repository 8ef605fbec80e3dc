"""Family 'power_scooter_face_to_face_exam_missing_documentation_denial' (public-ish Medicare DMEPOS): Original
Medicare refuses a group 1 power operated vehicle (scooter, K0800) because the supplier's file holds no report of
the face-to-face examination that must precede a power mobility device order.

Documents: a Medicare Summary Notice with three suppliers' claims, only the scooter claim refused (born digital);
the supplier's delivery ticket / proof of delivery (scan 300, denies nothing); a fine-fax stack of a cover, the DME
MAC's unfavorable redetermination and the supplier's records request to the ordering doctor (denies nothing); the
DME QIC's reconsideration decision with every fact in sentences (photocopy); the supplier's patient statement
(phone photo, denies nothing); the beneficiary's filled CMS-20027-style redetermination request (rotated, denies
nothing); the MAC's additional documentation request to the supplier (150 dpi, denies nothing).
Everything invented (contractors, supplier, people, numbers); the forms' structures and wordings are public.
Decoys: DOB, NPI, PTAN, ticket, serial and account numbers, order and received dates, deductible, 45-day, 14-day,
180-day-of-receipt, 60-day-of-receipt and amount-in-controversy limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, mbi, money, out

FAMILY = "power_scooter_face_to_face_exam_missing_documentation_denial"
LANG = "en"
SEED = 342500

MAC = ("Palisade Federal Health Services, LLC", "DME Medicare Administrative Contractor, Jurisdiction C",
       "PO Box 7316, Farrowgate, NA 29240", "1-866-555-0148")
QIC = ("Keystone Reconsideration Services", "Qualified Independent Contractor for DME appeals",
       "PO Box 4410, Millbrae Junction, NA 53108")
SUP = ("Ridgeback Mobility & Home Medical", "5120 Calder Pike, Unit 4, Hollins Ferry, NA 29311", "(803) 555-0162")
DOC = "Lionel F. Aberdeen"
PEOPLE = ["Dolores K. Pettigrew", "Harold T. Lindgren", "Wanda J. Featherstone", "Clifford R. Dunleavy",
          "Rosalind M. Yarborough", "Bernard S. Achterberg", "Paulette A. Kowalczyk"]
POV = ("K0800", "Power scooter (POV), group 1", 2164.00)
BELT = ("E0978", "Positioning/safety belt", 64.50)
MES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    if ds == "dmy_long":
        return d.strftime("%-d %B %Y")
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 100))
    deliv = notice - dt.timedelta(days=r.randint(24, 40))
    return dict(notice=notice, deliv=deliv, order=deliv - dt.timedelta(days=r.randint(9, 20)),
                recv=deliv + dt.timedelta(days=r.randint(3, 8)), name=PEOPLE[i], mbi=mbi(r),
                icn=f"2126{dg(r, 3)}{dg(r, 7)}", npi="1" + dg(r, 9), ptan=dg(r, 6) + "0001",
                dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)),
                serial="PV" + dg(r, 8), ticket="DT-" + dg(r, 6), acct="RB" + dg(r, 6),
                street=f"{r.randint(100, 9800)} {r.choice(['Persimmon Way', 'Old Tollgate Rd', 'Wheeler Ct'])}",
                total=round(POV[2] + BELT[2], 2))


def mac_head(p, big=True):
    p.line(MAC[0], 14 if big else 12, "B")
    p.line(MAC[1], 9)
    p.line(f"{MAC[2]}   Supplier contact center {MAC[3]}", 8.5)
    p.ln(4)


def msn(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="Your Medicare Summary Notice  |  MSN-DME Rev. 2025")
    p.add_page()
    p.line("Medicare Summary Notice", 18, "B")
    p.line("for People with Original Medicare", 11)
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    p.ln(3)
    y = p.get_y()
    p.para(f"{f['name'].upper()}\n{f['street'].upper()}\nHOLLINS FERRY NA 29318", 9.5)
    p.set_xy(112, y)
    p.f(9, "B")
    p.cell(80, 5, "Medicare Number", new_x="LEFT", new_y="NEXT")
    p.f(10)
    p.cell(80, 5, f["mbi"], new_x="LEFT", new_y="NEXT")
    p.f(9, "B")
    p.cell(80, 5, "Date of This Notice", new_x="LEFT", new_y="NEXT")
    p.f(10)
    p.cell(80, 5, fd(f["notice"], ds), new_x="LEFT", new_y="NEXT")
    p.f(9, "B")
    p.cell(80, 5, "Claims Processed Between", new_x="LEFT", new_y="NEXT")
    p.f(10)
    p.cell(80, 5, f"{fd(f['notice'] - dt.timedelta(days=90), ds)} - {fd(f['notice'] - dt.timedelta(days=2), ds)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.heading("Your Claims & Costs This Period", 12, rule=True)
    p.pairs([("Did Medicare approve all services?", "NO - See claim details for the item not approved."),
             ("Total you may be billed", money(f["maxbill"], "plain")),
             ("Your deductible status", "You have met $283.00 of your $283.00 Part B deductible for 2026.")],
            68, 9)
    p.ln(2)
    p.para("**Be Informed!** Medical equipment suppliers must have your doctor's records on file before they give "
           "you a power wheelchair or scooter. Ask your supplier what paperwork it needs.", 8.5)
    p.heading("Your Claims for Durable Medical Equipment", 12, rule=True)
    for c in f["claims"]:
        p.f(9, "B")
        p.multi_cell(0, 4.6, f"{c['sup']}, {c['addr']}", new_x="LMARGIN", new_y="NEXT")
        p.f(8.5)
        p.multi_cell(0, 4.4, f"Ordered by: {c['doc']}   Claim number {c['icn']}   Received {fd(c['recv'], ds)}",
                     new_x="LMARGIN", new_y="NEXT")
        rows = [[fd(c["date"], ds), f"{d} ({code})", ok, money(b, "plain"), money(a, "plain"), money(pd, "plain"),
                 money(mx, "plain"), n] for code, d, ok, b, a, pd, mx, n in c["lines"]]
        if len(c["lines"]) > 1:
            tb = sum(x[3] for x in c["lines"])
            rows.append(["", "Total for this claim", "", money(tb, "plain"), "", "", "", ""])
        p.table(["Date", "Service Provided & Billing Code", "Service Approved?", "Amount Supplier Charged",
                 "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"],
                rows, [17, 55, 17, 19, 19, 18, 18, 11], size=7, row_h=5)
    p.heading("Notes for Claims Above", 11)
    p.para("A  Medicare won't pay for this power mobility device because the supplier's records did not include the "
           "report of the face-to-face examination by your doctor before the order was written. The supplier can't "
           "bill you for it unless you signed a notice in advance that Medicare would probably not pay.", 8.5)
    p.para("B  This approved amount is the rental fee for one month. We paid 80%.", 8.5)
    p.heading("How to Handle Denied Claims or File an Appeal", 11)
    p.para("If you disagree with a coverage decision on this notice, you may file an appeal. Appeals must be filed "
           f"by {fd(f['notice'] + dt.timedelta(days=120), ds)}. Circle the item you disagree with, write why, sign "
           f"the page and send it to: {MAC[0]}, Redeterminations, {MAC[2]}. Or use form CMS-20027.", 8.5)
    return out(p)


def ticket(f, ds):
    p = Page(footer=None, footer_left=f"{SUP[0]}  |  Accredited DMEPOS supplier  |  NPI {f['npi']}")
    p.add_page()
    p.line(SUP[0], 16, "B")
    p.line(f"{SUP[1]}   Tel {SUP[2]}", 8.5)
    p.ln(5)
    p.line("DELIVERY TICKET / PROOF OF DELIVERY", 12, "B")
    p.ln(2)
    p.pairs([("Ticket no.", f["ticket"]), ("Delivered on", fd(f["deliv"], ds)), ("Patient", f["name"]),
             ("Date of birth", fd(f["dob"], ds)), ("Medicare #", f["mbi"]), ("Deliver to", f["street"]),
             ("Ordering physician", f"Dr. {DOC}"), ("Order (SWO) date", fd(f["order"], ds)),
             ("Billing", "Medicare Part B (DME MAC) - assigned")], 44, 9.5)
    p.ln(2)
    p.table(["HCPCS", "Mod", "Description", "Serial / lot", "Qty"],
            [[POV[0], "NU KX", POV[1], f["serial"], "1"], [BELT[0], "NU", BELT[1], "-", "1"]],
            [20, 16, 92, 30, 12], size=8.5, border=0)
    p.para("The equipment above was delivered in good condition, set up and adjusted. The patient (or caregiver) was "
           "shown safe transfers, charging and speed settings and received the owner's manual and warranty card "
           "(frame 3 years, electronics 1 year, batteries 6 months).", 9)
    p.para("Received by: ______________________   Relationship: self   Signature date: ____________", 9.5)
    p.para("Delivery technician: Curtis Ambrose     Route 14     Odometer 48211", 8.5)
    return out(p)


def redetermination(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="MAC-RD-UNF-DME 03/2025")
    p.add_page()
    mac_head(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.para(f"{f['name']}\n{f['street']}\nHollins Ferry, NA 29318", 10)
    p.heading("MEDICARE REDETERMINATION NOTICE", 13, rule=True)
    p.boxed_pairs([("Appeal Number", f["apl"]), ("Beneficiary", f["name"]), ("Medicare Number", f["mbi"]),
                   ("Supplier", f"{SUP[0]} (PTAN {f['ptan']})"), ("Claim Number", f["icn"]),
                   ("Date(s) of Service", fd(f["deliv"], ds)), ("Item", "Power operated vehicle K0800, belt E0978"),
                   ("Amount billed", money(f["total"], "plain")), ("Request received", fd(f["arecv"], ds))], 52, 9)
    p.para("**Decision: UNFAVORABLE.** Medicare will not pay for the power operated vehicle and the positioning belt.",
           9.5)
    p.para("**Explanation of the decision.** Medicare pays for a power mobility device only when the treating "
           "practitioner has done a face-to-face examination of the beneficiary, has written down the mobility "
           "evaluation, and has written the order after that examination. The claim file and the records sent "
           "with the appeal contain the standard written order but no report of the face-to-face examination. "
           "Because this required documentation is missing, the item cannot be covered. The supplier is "
           "responsible for the charges; no advance beneficiary notice was on file.", 9.5)
    p.para("**If you disagree with this decision.** You may ask for a reconsideration by the Qualified Independent "
           f"Contractor, {QIC[0]}. Your request must be filed within 180 days of receipt of this letter. We "
           "presume you received this letter 5 days after the date on it. Send new evidence with your request.", 9.5)
    p.para("Who may help: your doctor, the supplier, or a State Health Insurance Assistance Program counselor.", 9)
    return out(p)


def records_request(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(SUP[0], 15, "B")
    p.line(f"{SUP[1]}   {SUP[2]}   Fax (803) 555-0170", 8.5)
    p.ln(5)
    p.line(fd(f["rr"], ds), 10)
    p.ln(2)
    p.para(f"Office of Dr. {DOC}\nAberdeen Internal Medicine\n88 Quarry Hill Rd, Hollins Ferry, NA 29315\n"
           "By fax: (803) 555-0133", 10)
    p.para(f"Re: {f['name']}   Medicare # {f['mbi']}   Claim {f['icn']}", 10, 3)
    p.para("REQUEST FOR FACE-TO-FACE EXAMINATION RECORDS", 10.5)
    p.para(f"We delivered a power operated vehicle to your patient on {fd(f['deliv'], ds)} on your written order "
           f"dated {fd(f['order'], ds)}. Medicare has refused the claim because our file has no report of the "
           "face-to-face mobility examination that must come before the order. Please fax us the chart note of "
           "that visit (history, physical findings, why a cane, walker or manual chair is not enough, and that the "
           "patient can safely operate a scooter), signed and dated. We will send it to the Medicare contractor "
           "with the next appeal.", 10)
    p.para("Please reply within 14 days. Thank you for your help.", 10)
    p.para("Sincerely,\n\nMarguerite Oyelaran\nDocumentation & Appeals Coordinator", 10)
    return out(p)


def qic(f, ds):
    p = Page(serif=True, footer=None, footer_left="QIC-DME-RECON-UNF")
    p.add_page()
    p.line(QIC[0], 15, "B")
    p.line(f"{QIC[1]}   {QIC[2]}", 8.5)
    p.ln(5)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.para(f"{f['name']}\n{f['street']}\nHollins Ferry, NA 29318", 10)
    p.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 10)
    p.para(f"This letter is about your request for reconsideration, which we received on {fd(f['arecv'], ds)}. "
           f"We gave it the reconsideration number {f['qicno']}. It is about Medicare claim {f['icn']} for a "
           f"power operated vehicle (scooter) and positioning belt that {SUP[0]} delivered to you on "
           f"{fd(f['deliv'], ds)}. The supplier charged {money(f['total'], 'plain')}. Your Medicare Number is "
           f"{f['mbi']}.", 10)
    p.para("We are writing to tell you that we agree with the earlier decision. Medicare will not pay for these "
           "items. An independent physician reviewed everything in the file. Medicare covers a power mobility "
           "device only after your doctor examines you in person for your mobility needs and writes the order "
           f"after that visit. The records we received from Dr. {DOC} show office visits for blood pressure and "
           "diabetes, but none of them is a face-to-face mobility examination, so the required documentation is "
           "still missing.", 10)
    p.para("Because you did not sign an advance notice, the supplier may not charge you for the scooter and must "
           "refund anything you paid for it.", 10)
    p.para("If you disagree, you may ask for a hearing before an Administrative Law Judge. You must file your "
           "request within 60 days after you receive this letter, and the amount still in dispute must be at "
           "least $190. Send the request to the Office of Medicare Hearings and Appeals at the address on the "
           "enclosed form OMHA-100.", 10)
    p.para("Sincerely,\n\nReconsideration Unit", 10)
    return out(p)


def statement(f, ds):
    p = Page(footer=None, footer_left="Questions? Billing office (803) 555-0165, Mon-Fri 8-5")
    p.add_page()
    p.line(SUP[0], 15, "B")
    p.line(SUP[1], 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 13, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Account", f["acct"]), ("Patient", f["name"]),
             ("Medicare #", f["mbi"]), ("Primary insurance", "Medicare Part B")], 40, 9.5)
    p.ln(2)
    rows = [[fd(f["deliv"], ds), f"{POV[0]} {POV[1]}", money(POV[2], "nosign"), "", ""],
            [fd(f["deliv"], ds), f"{BELT[0]} {BELT[1]}", money(BELT[2], "nosign"), "", ""],
            [fd(f["paid_on"], ds), "Medicare - denied, face-to-face exam missing", "", "0.00", ""],
            [fd(f["paid_on"], ds), "Adjustment - supplier liability (no ABN)", "", "", money(f["total"], "nosign")],
            ["", "Total charges", money(f["total"], "nosign"), "", ""]]
    p.table(["Date", "Description", "Charge", "Paid", "Adjusted"], rows, [24, 98, 20, 16, 20], size=8.5,
            border=0, aligns=["L", "L", "R", "R", "R"])
    p.para("BALANCE DUE FROM YOU: $0.00", 11)
    p.para("Medicare did not pay for your scooter. Because you did not sign an Advance Beneficiary Notice, you do "
           "not owe us for it. We have appealed the decision and may ask your doctor for records.", 9)
    return out(p)


def request_form(f, ds):
    p = Page(footer=None, footer_left="Form CMS-20027 (style)   OMB No. 0938-1379")
    p.add_page()
    p.line("MEDICARE REDETERMINATION REQUEST FORM - 1st LEVEL OF APPEAL", 12, "B")
    p.ln(3)
    p.boxed_pairs([("1. Beneficiary's name", f["name"]), ("2. Medicare number", f["mbi"]),
                   ("3. Item or service you wish to appeal", "Power scooter K0800 and belt E0978"),
                   ("4. Date the service or item was received", fd(f["deliv"], ds)),
                   ("5. Claim number (if known)", f["icn"]),
                   ("6. Name of the supplier", SUP[0])], 75, 9)
    p.para("7. I do not agree with the determination of my claim. MY REASONS ARE:", 9.5)
    p.para("My doctor saw me in his office about my walking and falls before he ordered the scooter. I think the "
           "office did not send that note. I am asking my doctor to send it. I cannot walk to the mailbox.", 10)
    p.para(f"8. Date of the initial determination notice: {fd(f['msn'], ds)}", 9.5)
    p.para("9. Additional information Medicare should consider: records from my doctor will follow.", 9.5)
    p.para("10. I have evidence to submit: [X] yes  [ ] no", 9.5)
    p.para(f"11. Signature of the appellant: {f['name']}        12. Date signed: {fd(f['signed'], ds)}", 9.5)
    p.para(f"Send to: {MAC[0]}, Redeterminations, {MAC[2]}", 9)
    return out(p)


def adr(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="ADR-PMD-1")
    p.add_page()
    mac_head(p, big=False)
    p.line(fd(f["adrd"], ds), 10)
    p.ln(2)
    p.para(f"{SUP[0]}\nAttn: Medical Records\n{SUP[1]}", 10)
    p.heading("ADDITIONAL DOCUMENTATION REQUEST - PREPAYMENT REVIEW", 12, rule=True)
    p.table(["Claim number", "Beneficiary", "Medicare number", "Date of service", "Billed"],
            [[f["icn"], f["name"], f["mbi"], fd(f["deliv"], ds), money(f["total"], "plain")]],
            [34, 40, 34, 28, 28], size=8.5)
    p.pairs([("Supplier NPI", f["npi"]), ("PTAN", f["ptan"]), ("ADR letter ID", f["adrid"]),
             ("Claim received", fd(f["recv"], ds))], 40, 9)
    p.ln(2)
    p.para("Your claim for the item above has been selected for prepayment medical review. To decide the claim we "
           "need the following records. Do not send the claim again.", 9.5)
    p.bullets(["the standard written order for the power mobility device;",
               "the report of the face-to-face examination by the treating practitioner, done before the order;",
               "the proof of delivery, signed and dated by the beneficiary; and",
               "the home assessment."], 9.5)
    p.para("Send the records within 45 days of the date of this letter with a copy of this letter on top. If we do "
           "not receive them in time, the claim will be decided with the information we have.", 9.5)
    return out(p)


ITEMS = [
    ("bd_medicare_summary_notice_three_suppliers", "born_digital", "msn", "slash"),
    ("scan300_supplier_delivery_ticket", "scan_clean_300", "ticket", "long"),
    ("faxfine_stack_redetermination_and_records_request", "fax_fine_g4", "stack", "updash"),
    ("copy_qic_reconsideration_prose", "photocopy", "qic", "long"),
    ("photo_supplier_patient_statement", "phone_photo", "stmt", "short"),
    ("rotated_redetermination_request_form", "rotated", "form", "dmy"),
    ("lowres_additional_documentation_request", "scan_lowres_150", "adr", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        if kind in ("stack", "qic"):  # an appeal decision comes months after the delivery
            back = r.randint(75, 100) if kind == "stack" else r.randint(160, 200)
            f["deliv"] = f["notice"] - dt.timedelta(days=back)
            f["order"] = f["deliv"] - dt.timedelta(days=r.randint(9, 20))
            f["total"] = round(POV[2] + BELT[2], 2)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        deliv = [f["deliv"].isoformat()]
        common = dict(member_id=f["mbi"], member_name=f["name"], provider=SUP[0])
        palt = [f"Dr. {DOC}", DOC]
        if kind == "msn":
            r2 = random.Random(SEED + 50)
            f["claims"] = [
                dict(sup="Greenway Pharmacy & Diabetic Supply", addr="40 Depot St, Hollins Ferry, NA 29312",
                     doc="Dr. Helena Voss", icn=f"2126{dg(r2, 3)}{dg(r2, 7)}", recv=f["deliv"] - dt.timedelta(days=9),
                     date=f["deliv"] - dt.timedelta(days=14),
                     lines=[("A4253", "Blood glucose test strips, 100", "Yes", 96.00, 31.94, 25.55, 6.39, "")]),
                dict(sup=SUP[0], addr=SUP[1], doc=f"Dr. {DOC}", icn=f["icn"], recv=f["recv"], date=f["deliv"],
                     lines=[(POV[0], POV[1], "No", POV[2], 0.0, 0.0, 0.0, "A"),
                            (BELT[0], BELT[1], "No", BELT[2], 0.0, 0.0, 0.0, "A")]),
                dict(sup="Tideline Respiratory Care", addr="9 Foundry Row, Cardell, NA 29330", doc="Dr. Helena Voss",
                     icn=f"2126{dg(r2, 3)}{dg(r2, 7)}", recv=f["deliv"] + dt.timedelta(days=5),
                     date=f["deliv"] + dt.timedelta(days=2),
                     lines=[("E0601", "CPAP device, rental month 4", "Yes", 142.00, 78.63, 62.90, 15.73, "B")]),
            ]
            f["maxbill"] = 6.39 + 15.73
            dl = (f["notice"] + dt.timedelta(days=120)).isoformat()
            t = truth("eob", "other", insurer="Medicare", case_numbers=[f["icn"]], claim_amount=m2(f["total"]),
                      service_dates=deliv, denial_date=nd, appeal_deadline=dl,
                      alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
                      denial_alternates=["medical_necessity"], **common)
            items.append(Item(name, cond, [(msn(f, ds), t)]))
        elif kind == "ticket":
            t = truth("other", None, case_numbers=[], service_dates=deliv, denial_date=f["deliv"].isoformat(),
                      unscored=["insurer"], alternates={"provider": palt}, **common)
            items.append(Item(name, cond, [(ticket(f, ds), t)]))
        elif kind == "stack":
            f["apl"] = "1-" + dg(r, 9) + "-RD"
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(20, 35))
            f["rr"] = f["notice"] + dt.timedelta(days=r.randint(3, 7))
            t1 = truth("denial_letter", "other", insurer=MAC[0], case_numbers=[f["apl"], f["icn"]],
                       claim_amount=m2(f["total"]), service_dates=deliv, denial_date=nd,
                       alternates={"insurer": ["Medicare"], "case_numbers": [[f["apl"]]],
                                   "appeal_deadline": [(f["notice"] + dt.timedelta(days=185)).isoformat(),
                                                       (f["notice"] + dt.timedelta(days=180)).isoformat()]},
                       denial_alternates=["medical_necessity"], **common)
            t2 = truth("other", None, case_numbers=[f["icn"]], service_dates=deliv, denial_date=f["rr"].isoformat(),
                       unscored=["insurer"], alternates={"provider": palt}, **common)
            items.append(Item(name, cond, [(redetermination(f, ds), t1), (records_request(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "qic":
            f["qicno"] = "DQ" + dg(r, 4) + "-" + dg(r, 6)
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(30, 55))
            t = truth("denial_letter", "other", insurer=QIC[0], case_numbers=[f["qicno"], f["icn"]],
                      claim_amount=m2(f["total"]), service_dates=deliv, denial_date=nd,
                      alternates={"insurer": ["Medicare"], "case_numbers": [[f["qicno"]]],
                                  "appeal_deadline": [(f["notice"] + dt.timedelta(days=65)).isoformat(),
                                                      (f["notice"] + dt.timedelta(days=60)).isoformat()]},
                      denial_alternates=["medical_necessity"], **common)
            items.append(Item(name, cond, [(qic(f, ds), t)]))
        elif kind == "stmt":
            f["paid_on"] = f["notice"] - dt.timedelta(days=r.randint(5, 12))
            t = truth("other", None, case_numbers=[], claim_amount=m2(f["total"]), service_dates=deliv,
                      denial_date=nd, unscored=["insurer"], **common)
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        elif kind == "form":
            f["msn"] = f["notice"] - dt.timedelta(days=r.randint(20, 30))
            f["signed"] = f["notice"]
            t = truth("other", None, case_numbers=[f["icn"]], service_dates=deliv, denial_date=nd,
                      unscored=["insurer"], alternates={"denial_date": [None]}, **common)
            items.append(Item(name, cond, [(request_form(f, ds), t)]))
        else:
            f["adrd"] = f["notice"]
            f["adrid"] = "ADR" + dg(r, 8)
            t = truth("other", None, insurer=MAC[0], case_numbers=[f["icn"]], claim_amount=m2(f["total"]),
                      service_dates=deliv, denial_date=nd,
                      alternates={"insurer": ["Medicare"], "case_numbers": [[f["icn"], f["adrid"]]]}, **common)
            items.append(Item(name, cond, [(adr(f, ds), t)]))
    return items
