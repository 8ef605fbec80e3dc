"""Family 'medicare_part_b_ambulance_msn_one_trip_denied' (public form): the Medicare Summary Notice for Part B
(Medical Insurance) listing several ground ambulance trips (A0428 BLS non-emergency base rate + A0425 mileage),
one trip denied as not medically necessary (other transportation could have been used), in the structure and
wording of the CMS MSN; with the ambulance company's bill, the Medicare Administrative Contractor's redetermination
notice, the redetermination request form and the contractor's request for more documents, the ambulance company's
letter in sentences and its Advance Beneficiary Notice (CMS-R-131).

Documents: MSN with four claims, one denied (born digital); the ambulance company's statement for the denied trip
(scan 300, denies nothing); the unfavorable Medicare Redetermination Notice (photocopy); a standard-fax stack of a
cover, the filled redetermination request and the contractor's request (fed upside down) for additional
documentation (denies nothing); the ambulance company's letter with its facts only in sentences (phone photo,
denies nothing); a second, shorter MSN with two trips, one denied (rotated); the ABN for a planned trip (150 dpi,
denies nothing). Everything invented; the Medicare contractor and the ambulance company are fictional.
Decoys: claims-processed periods, deductible amounts, NPI, redetermination-received dates, other trips and
claims, mileage, ABN estimated cost, form numbers (CMS-20027, CMS-R-131), 60-day QIC and 30-day response limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, mbi, money, out

FAMILY = "medicare_part_b_ambulance_msn_one_trip_denied"
LANG = "en"
SEED = 344200

MEDICARE = "Medicare"
MAC = ("Tallgrass Plains Medicare Services", "Part B Redeterminations, PO Box 60417, Cedar Mound, NA 68120",
       "1-855-555-0127")
AMB = ("Ridgeline Medical Transport, Inc.", "88 Depot Street, Harlan Bluff, NA 68301", "(402) 555-0181")
AMB_NAME = "Ridgeline Medical Transport"
PEOPLE = ["Bernard K. Lindgren", "Lucille M. Pettigrew", "Clifford R. Yarborough", "Wanda J. Featherstone",
          "Harold E. Dunleavy", "Paulette S. Achterberg", "Lamar T. Blackwood"]
DEST = ["Harlan Bluff Dialysis Center", "Cedar Mound Regional Hospital", "Prairie Crest Wound Clinic"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    return fdate(d, ds)


def trip(r, d):
    miles = r.choice([8.0, 11.5, 14.0, 17.5, 22.0])
    base_c, per = r.choice([612.00, 648.50, 695.00]), r.choice([18.50, 21.00, 23.75])
    mil = round(miles * per, 2)
    return dict(date=d, miles=miles, base=base_c, mil=mil, total=round(base_c + mil, 2), icn=dg(r, 13))


def base(r, i):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 100))
    days = sorted(r.sample(range(12, 70), 3), reverse=True)
    trips = [trip(r, notice - dt.timedelta(days=d)) for d in days]
    return dict(notice=notice, trips=trips, deny=r.choice([0, 1, 2]), who=PEOPLE[i], mbi=mbi(r), npi="1" + dg(r, 9),
                street=f"{r.randint(100, 9800)} {r.choice(['Elm Row', 'County Road 14', 'Wheatfield Dr'])}",
                dest=r.choice(DEST))


def addr(p, f):
    p.para(f"{f['who'].upper()}\n{f['street'].upper()}\nHARLAN BLUFF NA 68302", 9.5)


def msn(f, ds, full=True):
    p = Page(footer="Page {n} of {nb}", footer_left=f"{f['who']}   Medicare Summary Notice for Part B")
    p.add_page()
    p.line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    p.ln(3)
    y = p.get_y()
    addr(p, f)
    p.set_y(y)
    p.pairs([("Notice for", f["who"]), ("Medicare Number", f["mbi"]), ("Date of This Notice", fd(f["notice"], ds)),
             ("Claims Processed Between", f"{fd(f['notice'] - dt.timedelta(days=90), ds)} - "
                                          f"{fd(f['notice'] - dt.timedelta(days=1), ds)}")], 44, 8.5, x=96)
    p.ln(4)
    den = f["trips"][f["deny"]]
    p.heading("Your Deductible Status", 11, rule=True)
    p.para("Your deductible is what you must pay for most health services before Medicare begins to pay. "
           "Part B Deductible: You have now met your $283.00 deductible for 2026.", 9)
    p.heading("Your Claims & Costs This Period", 11, rule=True)
    p.pairs([("Did Medicare approve all services?", "NO - Medicare denied 1 service. See page 2."),
             ("Number of claims", str(len(f["trips"]) + (1 if full else 0))),
             ("Total you may be billed", money(f["owe"], "plain"))], 62, 9)
    p.ln(1)
    p.para(f"**If you disagree with a coverage decision or a payment decision on this notice, you can file an "
           f"appeal. Appeals must be filed by {fd(f['appeal'], ds)}.** See the last page for how to file.", 9.5)
    p.para("Be Informed! Beware of anyone who asks for your Medicare Number over the phone. Medicare will never "
           "call you. Call 1-800-MEDICARE (1-800-633-4227) to report fraud.", 8.5)
    p.add_page()
    p.heading("Your Claims for Part B (Medical Insurance)", 12, rule=True)
    p.para("Part B Medical Insurance helps pay for doctors' services, diagnostic tests, ambulance services, and "
           "many other health services.", 8.5)
    p.para(f"**{AMB[0]}**, {AMB[1]}   Referred by: {f['dest']}", 8.5)
    w = [64, 16, 22, 22, 20, 22, 12]
    head = ["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
            "Medicare-Approved Amount", "Medicare Paid", "Maximum You May Be Billed", "See Notes"]
    for k, t in enumerate(f["trips"]):
        ok = k != f["deny"]
        appr_b, appr_m = (round(t["base"] * 0.72, 2), round(t["mil"] * 0.7, 2)) if ok else (0.0, 0.0)
        p.para(f"**Service date {fd(t['date'], ds)}   Claim number {t['icn']}**", 8.5, gap=0.5)
        rows = [["Ambulance BLS, non-emergency (A0428)", "Yes" if ok else "No",
                 money(t["base"], "plain"), money(appr_b, "plain"), money(round(appr_b * 0.8, 2), "plain"),
                 money(round(appr_b * 0.2, 2), "plain") if ok else "$0.00", "A" if ok else "B"],
                [f"Ground mileage, {t['miles']} mi (A0425)", "Yes" if ok else "No",
                 money(t["mil"], "plain"), money(appr_m, "plain"), money(round(appr_m * 0.8, 2), "plain"),
                 money(round(appr_m * 0.2, 2), "plain") if ok else "$0.00", "A" if ok else "B"],
                ["Total for this claim", "", money(t["total"], "plain"), "", "", "", ""]]
        p.table(head if k == 0 else [""] * 7, rows, w, size=7.5, head_h=9 if k == 0 else 0.1, row_h=5)
    if full:
        p.para(f"**Dr. {f['pcp']}**   Service date {fd(f['trips'][-1]['date'] - dt.timedelta(days=3), ds)}   "
               f"Claim number {f['pcp_icn']}", 8.5, gap=0.5)
        p.table(head, [["Office visit, est. patient (99214)", "Yes", "$186.00", "$131.22", "$104.98",
                        "$26.24", "A"]], w, size=7.5, row_h=5)
    p.heading("Notes for Your Claims", 10.5, rule=True)
    p.para("A  This approved amount has been applied toward your coinsurance. You may be billed 20%.\n"
           "B  Medicare won't cover ambulance services when other transportation could be used without endangering "
           "your health. Medicare does not pay for this service because it isn't considered medically necessary. "
           "The provider may bill you for this service only if you signed an Advance Beneficiary Notice.", 8.5)
    p.heading("How to Handle Denied Claims or File an Appeal", 10.5, rule=True)
    p.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fd(f['appeal'], ds)}. Circle the service(s) you disagree with on this notice, explain in writing why "
           f"you disagree, and send it to: {MAC[0]}, {MAC[1]}. You may also use form CMS-20027. If you want to "
           "appoint a representative, call 1-800-MEDICARE.", 8.5)
    return out(p)


def bill(f, ds):
    t = f["trips"][f["deny"]]
    p = Page(footer=None, footer_left=f"Remit to {AMB[0]}, {AMB[1]}   Tax ID 47-{dg(random.Random(7), 7)}")
    p.add_page()
    p.line(AMB_NAME.upper(), 17, "B")
    p.line(f"{AMB[1]}   Billing office {AMB[2]}   Dispatch 24/7", 8.5)
    p.ln(4)
    y = p.get_y()
    addr(p, f)
    p.set_y(y)
    p.pairs([("Statement date", fd(f["sdate"], ds)), ("Account no.", f["acct"]), ("Run number", f["run"]),
             ("Medicare ID", f["mbi"]),
             ("Amount due", money(t["total"], "plain"))], 32, 9, x=118)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    rows = [[fd(t["date"], ds), "A0428", "BLS non-emergency transport", money(t["base"], "nosign")],
            [fd(t["date"], ds), "A0425", f"Mileage, {t['miles']} loaded miles", money(t["mil"], "nosign")],
            ["", "", f"Medicare denied - claim {t['icn']} - not medically necessary", "0.00"],
            ["", "", "BALANCE DUE FROM PATIENT", money(t["total"], "nosign")]]
    p.table(["Date", "Code", "Description", "Charges"], rows, [30, 18, 104, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Transport from your home to {f['dest']}. You signed an Advance Beneficiary Notice before this trip, so "
           "Medicare's denial makes you responsible for this balance. Your other trips this quarter were paid by "
           "Medicare and have no balance. Payment plans are available; call our billing office.", 9)
    return out(p)


def redet(f, ds):
    t = f["trips"][f["deny"]]
    p = Page(footer="Page {n} of {nb}", footer_left="Medicare Redetermination Notice")
    p.add_page()
    p.line(MAC[0], 14, "B")
    p.line(f"A Medicare Administrative Contractor   {MAC[1]}   {MAC[2]}", 8)
    p.ln(4)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("MEDICARE REDETERMINATION NOTICE", 13)
    p.para(f"Dear {f['who']}:", 10)
    p.para("This letter is to inform you of the decision on your Medicare Appeal. An appeal is a new and "
           "independent review of a claim. You are receiving this letter because you made an appeal for ground "
           "ambulance services.", 10)
    p.para("**The appeal decision is unfavorable. Our decision is that your claim is not covered by Medicare.**", 10)
    p.heading("Summary of the Facts", 11)
    p.pairs([("Beneficiary", f["who"]), ("Medicare Number", f["mbi"]), ("Provider", AMB[0]),
             ("NPI", f["npi"]), ("Date(s) of service", fd(t["date"], ds)), ("Claim number", t["icn"]),
             ("Redetermination number", f["rdn"]), ("Amount charged", money(t["total"], "plain")),
             ("Request received", fd(f["rrecv"], ds))], 46, 9.5)
    p.heading("Explanation of the Decision", 11)
    p.para("Medicare covers non-emergency ambulance transport only when other means of transportation would "
           "endanger the beneficiary's health. The trip record shows you walked to the stretcher with help and "
           "sat upright during transport, and no physician certification statement was sent. Transport by "
           "wheelchair van or car was possible without harm, so the service is not medically necessary.", 10)
    p.heading("Who Is Responsible for the Bill?", 11)
    p.para("Because you signed an Advance Beneficiary Notice, you are responsible for the charges.", 10)
    p.heading("What to Include in Your Request for an Independent Appeal", 11)
    p.para("If you disagree with this decision, you may request a reconsideration by a Qualified Independent "
           "Contractor (QIC). You must file your request within 180 days of the date of this notice. Use the "
           "enclosed form CMS-20033 or write a letter. The QIC will decide within 60 days.", 10)
    return out(p)


def request_form(f, ds):
    t = f["trips"][f["deny"]]
    p = Page(footer=None, footer_left="Form CMS-20027 (12/23)   OMB No. 0938-1054 (fictional copy)")
    p.add_page()
    p.line("DEPARTMENT OF HEALTH AND HUMAN SERVICES - CENTERS FOR MEDICARE & MEDICAID SERVICES", 7.5)
    p.line("MEDICARE REDETERMINATION REQUEST FORM - 1st LEVEL OF APPEAL", 12, "B")
    p.ln(3)
    p.boxed_pairs([("1. Beneficiary's name", f["who"]), ("2. Medicare number", f["mbi"]),
                   ("3. Item or service you wish to appeal", "Ground ambulance A0428 + A0425 mileage"),
                   ("4. Date the service was received", fd(t["date"], ds)),
                   ("5. Date of the initial determination notice", fd(f["notice"], ds)),
                   ("6. Claim number (ICN)", t["icn"]),
                   ("7. Name of the supplier", f"{AMB[0]}  NPI {f['npi']}")], 78, 8.5)
    p.para("8. I do not agree with the determination of my claim. MY REASONS ARE: the patient has severe "
           "contractures and cannot sit safely in a wheelchair van; the run sheet and physician certification "
           "statement are attached.", 9)
    p.para(f"9. Person appealing: Provider/Supplier.   Name: Darlene V. Quist, Billing Supervisor, {AMB[0]}   "
           f"Phone {AMB[2]}   Date {fd(f['fdate'], ds)}", 9)
    return out(p)


def adr(f, ds):
    t = f["trips"][f["deny"]]
    p = Page(footer="Page {n} of {nb}", footer_left="ADR-RD-04")
    p.add_page()
    p.line(MAC[0], 13, "B")
    p.line(MAC[1] + "   " + MAC[2], 8)
    p.ln(4)
    p.line(fd(f["adate"], ds), 10)
    p.ln(2)
    p.para(f"{AMB[0]}\nAttn: Billing Supervisor\n{AMB[1]}", 9.5)
    p.heading("Request for Additional Documentation - Redetermination", 11.5, rule=True)
    p.pairs([("Redetermination no.", f["rdn"]), ("Beneficiary", f["who"]), ("Medicare Number", f["mbi"]),
             ("Claim (ICN)", t["icn"]), ("Date of service", fd(t["date"], ds)), ("Received", fd(f["fdate"], ds))],
            40, 9)
    p.para("We received your redetermination request. To decide it we need: the ambulance run report (patient care "
           "record) for the trip, the physician certification statement signed before the trip, and any nursing "
           "notes describing the patient's mobility. Please send them within 30 days. If we do not receive them we "
           "will decide the appeal on the records we have.", 9.5)
    return out(p)


def prose(f, ds):
    t = f["trips"][f["deny"]]
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(AMB[0], 14, "B")
    p.line(f"{AMB[1]}   {AMB[2]}", 8.5)
    p.ln(5)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]}:", 10)
    p.para(f"We are writing about the ambulance trip our crew provided on {fd(t['date'], ds)}, when we took you from "
           f"your home to {f['dest']}. Medicare told us on its summary notice of {fd(f['notice'], ds)} that it "
           f"would not pay for that trip because it did not consider an ambulance medically necessary. Our charges "
           f"for the trip, including {t['miles']} miles, were {money(t['total'], 'plain')}.", 10)
    p.para(f"Medicare's claim number for the trip is {t['icn']}, filed under your Medicare Number {f['mbi']}. We "
           "believe the trip was necessary because you could not sit up safely, and we have asked Medicare to look "
           "at the claim again. You do not need to pay anything while the appeal is open. Your other trips were "
           "paid.", 10)
    p.para(f"If you have questions, please call our billing office at {AMB[2]}.\n\nSincerely,\n\n"
           "Darlene V. Quist\nBilling Supervisor", 10)
    return out(p)


def abn(f, ds):
    p = Page(footer=None, footer_left="Form CMS-R-131 (Exp. 01/31/2026)   OMB Approval No. 0938-0566")
    p.add_page()
    p.pairs([("A. Notifier", f"{AMB[0]}, {AMB[1]}, {AMB[2]}"), ("B. Patient Name", f["who"]),
             ("C. Identification Number", f["acct"])], 44, 9)
    p.ln(2)
    p.line("Advance Beneficiary Notice of Non-coverage (ABN)", 13, "B", align="C")
    p.para("**NOTE:** If Medicare doesn't pay for D. the items or services below, you may have to pay. Medicare "
           "does not pay for everything, even some care that you or your health care provider have good reason to "
           "think you need. We expect Medicare may not pay for the D. items or services below.", 9)
    p.table(["D. Items or services", "E. Reason Medicare May Not Pay", "F. Estimated Cost"],
            [[f"Non-emergency ambulance on {fd(f['planned'], ds)}", "Patient can travel by wheelchair van;",
              money(f["est"], "plain")],
             [f"to {f['dest']} (A0428, A0425)", "ambulance may not be medically necessary", ""]],
            [70, 70, 40], size=8.5)
    p.para("**WHAT YOU NEED TO DO NOW:** Read this notice, so you can make an informed decision about your care. "
           "Ask us any questions that you may have after you finish reading. Choose an option below about whether "
           "to receive the D. items or services listed above.", 9)
    p.para("G. OPTIONS: Check only one box. We cannot choose a box for you.\n"
           "[X] OPTION 1. I want the D. listed above. You may ask to be paid now, but I also want Medicare billed "
           "for an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN). I "
           "understand that if Medicare doesn't pay, I am responsible for payment, but I can appeal to Medicare by "
           "following the directions on the MSN.\n"
           "[ ] OPTION 2. I want the D. listed above, but do not bill Medicare.\n"
           "[ ] OPTION 3. I don't want the D. listed above.", 8.5)
    p.para("H. Additional Information: This notice gives our opinion, not an official Medicare decision. If you "
           "have other questions on this notice or Medicare billing, call 1-800-MEDICARE (1-800-633-4227).", 8.5)
    p.pairs([("I. Signature", f"{f['who']} (signed)"), ("J. Date", fd(f["sign"], ds))], 30, 9)
    return out(p)


ITEMS = [
    ("bd_msn_four_claims_one_trip_denied", "born_digital", "msn", "long"),
    ("scan300_ambulance_patient_statement", "scan_clean_300", "bill", "abbr"),
    ("copy_redetermination_notice_unfavorable", "photocopy", "redet", "upper"),
    ("faxstd_stack_redetermination_request_and_adr", "fax_standard_g4", "stack", "short"),
    ("photo_ambulance_letter_prose", "phone_photo", "prose", "long"),
    ("rotated_msn_two_trips", "rotated", "msn2", "slash"),
    ("lowres_abn_planned_trip", "scan_lowres_150", "abn", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        t0 = f["trips"][f["deny"]]
        nd = f["notice"].isoformat()
        common = dict(member_id=f["mbi"], member_name=f["who"], provider=AMB_NAME)
        trip_d = [t0["date"].isoformat()]
        f["acct"] = "RMT-" + dg(r, 6)
        if kind in ("msn", "msn2"):
            if kind == "msn2":
                f["trips"] = f["trips"][:2]
                f["deny"] = min(f["deny"], 1)
                t0 = f["trips"][f["deny"]]
                trip_d = [t0["date"].isoformat()]
            f["appeal"] = f["notice"] + dt.timedelta(days=120)
            f["pcp"], f["pcp_icn"] = "Amara Whitfield", dg(r, 13)
            f["owe"] = round(sum(round(t["base"] * 0.72, 2) * 0.2 + round(t["mil"] * 0.7, 2) * 0.2
                                 for k, t in enumerate(f["trips"]) if k != f["deny"]) + t0["total"], 2)
            t = truth("eob", "medical_necessity", insurer=MEDICARE, case_numbers=[t0["icn"]],
                      claim_amount=m2(t0["total"]), service_dates=trip_d, denial_date=nd,
                      appeal_deadline=f["appeal"].isoformat(),
                      alternates={"insurer": ["Centers for Medicare & Medicaid Services"]}, **common)
            items.append(Item(name, cond, [(msn(f, ds, full=(kind == "msn")), t)]))
        elif kind == "bill":
            f["sdate"] = f["notice"] + dt.timedelta(days=r.randint(6, 14))
            f["run"] = "R26-" + dg(r, 5)
            t = truth("other", None, case_numbers=[t0["icn"]], claim_amount=m2(t0["total"]), service_dates=trip_d,
                      denial_date=f["sdate"].isoformat(), unscored=["insurer"],
                      alternates={"case_numbers": [[]]}, **common)
            items.append(Item(name, cond, [(bill(f, ds), t)]))
        elif kind == "redet":
            f["rdn"] = "RD" + dg(r, 10)
            f["rrecv"] = f["notice"] - dt.timedelta(days=r.randint(25, 50))
            t = truth("denial_letter", "medical_necessity", insurer=MAC[0], case_numbers=[f["rdn"], t0["icn"]],
                      claim_amount=m2(t0["total"]), service_dates=trip_d, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                      alternates={"insurer": [MEDICARE]}, **common)
            items.append(Item(name, cond, [(redet(f, ds), t)]))
        elif kind == "stack":
            f["fdate"] = f["notice"] + dt.timedelta(days=r.randint(10, 30))
            f["adate"] = f["fdate"] + dt.timedelta(days=r.randint(8, 14))
            f["rdn"] = "RD" + dg(r, 10)
            t1 = truth("other", None, case_numbers=[t0["icn"]], service_dates=trip_d,
                       denial_date=f["fdate"].isoformat(), unscored=["insurer", "claim_amount"], **common)
            t2 = truth("other", None, insurer=MAC[0], case_numbers=[f["rdn"], t0["icn"]], service_dates=trip_d,
                       denial_date=f["adate"].isoformat(), alternates={"insurer": [MEDICARE]}, **common)
            items.append(Item(name, cond, [(request_form(f, ds), t1), (adr(f, ds), t2)],
                              separators=["cover", None], turns={(1, 0): 180}))
        elif kind == "prose":
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(5, 12))
            t = truth("other", None, case_numbers=[t0["icn"]], claim_amount=m2(t0["total"]), service_dates=trip_d,
                      denial_date=f["ldate"].isoformat(), unscored=["insurer"], **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        else:
            f["planned"] = f["notice"] + dt.timedelta(days=r.randint(3, 10))
            f["sign"] = f["notice"]
            f["est"] = round(r.randint(700, 980) + 0.0, 2)
            t = truth("other", None, service_dates=[f["planned"].isoformat()], denial_date=f["sign"].isoformat(),
                      unscored=["insurer", "claim_amount"], **{**common, "member_id": None})
            items.append(Item(name, cond, [(abn(f, ds), t)]))
    return items
