"""Family 'employer_plan_surgery_travel_benefit_reimbursement_denial': an invented self-funded employer plan (run by
an invented TPA) pays travel and lodging when a member has surgery at its centre of excellence more than 100 miles
from home, then refuses a lodging claim that came without an itemized hotel folio and a mileage claim sent after
the 90-day filing limit for travel claims.

Documents: the member's filled travel reimbursement claim form (born digital, denies nothing); a reimbursement
statement with three claims, only the lodging refused (scan 300); the late-claim denial (standard fax); a
prose-only letter about the missing receipts (photocopy); the upheld appeal of the late claim (phone photo); the
travel pre-approval letter (rotated, denies nothing); a low-resolution stack of the hotel folio and the TPA's
denial letter with a blank sheet between. Everything invented. Decoys: the surgery date, the COE case and program
numbers, the travel authorization, per-diem caps, IRS mileage rate, 90-day filing rule, folio and confirmation
numbers, employee ID vs patient, external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "employer_plan_surgery_travel_benefit_reimbursement_denial"
LANG = "en"
SEED = 341600

TPA = {"org": "Keelstone Benefit Administrators", "addr": "PO Box 61530, Varrow Springs, NA 73014",
       "phone": "1-877-402-5518", "web": "keelstone-tpa.example"}
PLAN = ("Halvard Foundry Employee Health Plan", "510", "HF-2207")
COE = ("Lakemoor Joint Replacement Institute", "Dr. Anselm P. Rutledge")
HOTEL = ("Harbourgate Suites Lakemoor", "41 Quay Street, Lakemoor, NA 70112")
PEOPLE = [("Desmond R. Pemberton", None), ("Yolanda K. Strand", None), ("Percy M. Holloway", "Naomi B. Holloway"),
          ("Gideon T. Fairchild", None), ("Ingrid L. Kessler", None), ("Rufus D. Underhill", "Mei S. Underhill"),
          ("Beatriz A. Quintero", None)]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    surg = dt.date(2025, 10, 6) + dt.timedelta(days=r.randint(0, 70))
    emp, dep = PEOPLE[i]
    f = dict(surg=surg, cin=surg - dt.timedelta(days=1), cout=surg + dt.timedelta(days=r.randint(3, 5)),
             emp=emp, pat=dep or emp, eid="E" + dg(r, 7), coe="COE-" + dg(r, 6), tauth="TA" + dg(r, 7),
             claim="TR" + dg(r, 9), folio=dg(r, 6), conf="HG" + dg(r, 8),
             street=f"{r.randint(100, 9800)} {r.choice(['Ironbark Dr', 'Slate Ridge Rd', 'Peavine Ln'])}")
    f["nights"] = (f["cout"] - f["cin"]).days
    f["rate"] = r.choice([149.00, 162.50, 171.00])
    f["lodging"] = round(f["nights"] * (f["rate"] + 21.35), 2)
    f["air"] = round(r.randint(380, 690) + 0.40, 2)
    f["miles"] = r.randint(260, 410)
    f["mileage"] = round(f["miles"] * 2 * 0.70, 2)
    return f


def letterhead(p):
    p.line(TPA["org"], 15, "B")
    p.line(f"Claims administrator for the {PLAN[0]}", 8.5)
    p.line(f"{TPA['addr']}   {TPA['phone']}   {TPA['web']}", 8.5)
    p.ln(5)


def to_block(p, f):
    p.para(f"{f['emp']}\n{f['street']}\nGarnet Flats, NA 73109", 10)


def claim_form(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBA-TRV-01 (rev. 2025)")
    p.add_page()
    letterhead(p)
    p.line("CENTER OF EXCELLENCE TRAVEL REIMBURSEMENT CLAIM FORM", 12, "B")
    p.para("Complete one form per trip. Attach itemized receipts (hotel folio showing nightly charges, boarding "
           "passes, fuel is not reimbursed - mileage only). Send within 90 days of the last day of travel.", 8.5)
    p.boxed_pairs([("Employee name", f["emp"]), ("Employee ID", f["eid"]), ("Group number", PLAN[2]),
                   ("Patient", f["pat"]), ("COE case number", f["coe"]), ("Travel authorization", f["tauth"]),
                   ("Facility / surgeon", f"{COE[0]} / {COE[1]}"), ("Date of surgery", fd(f["surg"], ds)),
                   ("Signed and dated", fd(f["signed"], ds))], 50, 9)
    rows = [[fd(f["cin"], ds), "Airfare (patient + companion), round trip", money(f["air"], "plain")],
            [f"{fd(f['cin'], ds)} - {fd(f['cout'], ds)}", f"Lodging, {HOTEL[0]}, {f['nights']} nights",
             money(f["lodging"], "plain")],
            [fd(f["cout"], ds), f"Ground mileage home-airport {f['miles'] * 2} mi", money(f["mileage"], "plain")]]
    rows.append(["", "TOTAL CLAIMED", money(f["total"], "plain")])
    p.table(["Date(s)", "Expense", "Amount"], rows, [50, 100, 30], size=8.5, bold_last=True)
    p.para("I certify that these expenses were for travel to covered surgery at the plan's Center of Excellence. "
           "Meals are paid as a per diem of $50.00 a day and need no receipt.", 8.5)
    return out(p)


def statement(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBA-TRS")
    p.add_page()
    letterhead(p)
    p.line("TRAVEL BENEFIT REIMBURSEMENT STATEMENT", 12.5, "B")
    p.line("This is an explanation of benefits, not a bill.", 9)
    p.ln(1)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Employee", f["emp"]), ("Patient", f["pat"]),
             ("Employee ID", f["eid"]), ("Group", PLAN[2]), ("Plan No.", PLAN[1]), ("COE case", f["coe"]),
             ("Surgery at", COE[0])], 34, 9)
    p.ln(2)
    rows = [[c, fd(d, ds) if e is None else f"{fd(d, ds)} to {fd(e, ds)}", desc, money(b, "nosign"),
             money(pd, "nosign"), code] for c, d, e, desc, b, pd, code in f["claims"]]
    p.table(["Claim no.", "Travel date(s)", "Expense", "Submitted", "Reimbursed", "Note"], rows,
            [26, 46, 52, 20, 20, 16], size=7.5)
    p.para("T1 - Reimbursed at the plan's travel benefit rates (IRS mileage rate $0.70 a mile; lodging up to "
           "$200.00 a night).\n"
           "R7 - Denied: no itemized receipt. A credit-card slip or booking confirmation does not show the nightly "
           "charges. Send the hotel's itemized folio.", 8.5)
    p.para("You may appeal a denied claim within 180 days of the date of this statement. Lifetime travel maximum "
           "used: $1,940.15 of $10,000.00.", 8.5)
    return out(p)


def late_denial(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBA-ADV-TF")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    to_block(p, f)
    p.line("ADVERSE BENEFIT DETERMINATION - TRAVEL CLAIM FILED LATE", 11.5, "B")
    p.ln(1)
    p.boxed_pairs([("Claim number", f["claim"]), ("Employee / ID", f"{f['emp']} / {f['eid']}"),
                   ("Patient", f["pat"]), ("Plan / Group", f"{PLAN[0]}, Plan No. {PLAN[1]} / {PLAN[2]}"),
                   ("Expense", "Mileage, follow-up visit"), ("Travel date", fd(f["fu"], ds)),
                   ("Amount claimed", money(f["fum"], "plain")), ("Claim received", fd(f["recv"], ds)),
                   ("Facility", COE[0])], 46, 8.5)
    p.para(f"Section 7.4 of the plan says travel claims must reach us within 90 days of the last day of travel. "
           f"Your claim reached us {(f['recv'] - f['fu']).days} days after you travelled, so it is denied as not "
           "filed on time. If something outside your control kept you from filing, tell us in an appeal.", 9)
    p.para("You may appeal within 180 days of the date of this notice. You have the right to bring a civil action "
           "under ERISA section 502(a) after the appeal. External review requests: within 4 months of a final "
           "decision.", 9)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    to_block(p, f)
    p.para(f"Dear {f['emp'].split()[0]} {f['emp'].split()[-1]},", 10)
    p.para(f"You asked us to repay {money(f['lodging'], 'plain')} for your stay at {HOTEL[0]} from "
           f"{fd(f['cin'], ds)} through {fd(f['cout'], ds)}, while {f['pat']} had surgery at {COE[0]}. We "
           f"filed it as claim {f['claim']} under employee ID {f['eid']} and group {PLAN[2]}.", 10)
    p.para("We cannot pay it yet, and this letter denies the claim as sent. The plan's travel benefit repays lodging "
           "only against an itemized hotel folio that shows each night's room rate and tax. You sent a "
           "credit-card statement line, which does not show the nights.", 10)
    p.para("If you send the folio, we will look at the claim again. You may also appeal within 180 days of the "
           "date of this letter.", 10)
    p.para("Sincerely,\nTravel Benefit Unit", 10)
    return out(p)


def upheld(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBA-APL-FINAL")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    to_block(p, f)
    p.heading("Final Internal Appeal Decision: Denial Upheld", 12.5, rule=True)
    p.pairs([("Appeal no.", f["apl"]), ("Claim no.", f["claim"]), ("Patient", f["pat"]),
             ("Employee ID", f["eid"]), ("Group", PLAN[2]), ("Travel date", fd(f["fu"], ds)),
             ("Amount", money(f["fum"], "usd")), ("Appeal received", fd(f["arecv"], ds))], 38, 9.5)
    p.ln(2)
    p.para(f"You appealed our denial of your mileage claim for the follow-up visit at {COE[0]}. The claim reached "
           "us after the plan's 90-day limit for travel claims, and your appeal gave no reason that kept you from "
           "filing in time. The appeal committee upholds the denial.", 10)
    p.para("This is the plan's final decision. You may ask for external review within 4 months of this letter, or "
           "bring a civil action under ERISA section 502(a).", 10)
    return out(p)


def preapproval(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBA-COE-APPR")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    to_block(p, f)
    p.heading("Your Center of Excellence travel is approved", 12.5)
    p.pairs([("Patient", f["pat"]), ("Employee ID", f["eid"]), ("Group", PLAN[2]),
             ("Travel authorization", f["tauth"]), ("COE case", f["coe"]), ("Surgeon", COE[1]),
             ("Facility", COE[0]), ("Scheduled surgery", fd(f["surg"], ds))], 45, 9.5)
    p.ln(2)
    p.para("Your plan will repay round-trip travel for you and one companion, lodging up to $200.00 a night from "
           "the day before surgery to the day of discharge, and meals at $50.00 a day. Keep itemized receipts and "
           "send the claim form within 90 days of your return.", 10)
    return out(p)


def folio(f, ds):
    p = Page(footer=None, footer_left="Thank you for staying with us")
    p.add_page()
    p.line(HOTEL[0], 15, "B")
    p.line(HOTEL[1] + "   (218) 555-0177", 8.5)
    p.ln(3)
    p.line("GUEST FOLIO", 12, "B")
    p.pairs([("Guest", f["emp"]), ("Folio", f["folio"]), ("Confirmation", f["conf"]),
             ("Arrival", fd(f["cin"], ds)), ("Departure", fd(f["cout"], ds)), ("Rate", money(f["rate"], "plain"))],
            34, 9)
    rows = []
    for k in range(f["nights"]):
        d = f["cin"] + dt.timedelta(days=k)
        rows.append([fd(d, ds), "Room - medical rate", money(f["rate"], "nosign")])
        rows.append([fd(d, ds), "Occupancy tax", money(21.35, "nosign")])
    rows.append(["", "Balance paid - VISA xxxx 4417", money(f["lodging"], "nosign")])
    p.table(["Date", "Description", "Amount"], rows, [40, 100, 30], size=8, border=0, aligns=["L", "L", "R"],
            bold_last=True)
    return out(p)


def receipts_denial(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBA-ADV-RC")
    p.add_page()
    letterhead(p)
    to_block(p, f)
    p.line("Notice of Travel Claim Denial", 12.5, "B")
    p.pairs([("Date of notice", fd(f["notice"], ds)), ("Claim #", f["claim"]), ("Employee ID", f["eid"]),
             ("Patient", f["pat"]), ("Hotel", HOTEL[0]), ("Nights", f"{fd(f['cin'], ds)} - {fd(f['cout'], ds)}"),
             ("Amount submitted", money(f["lodging"], "plain"))], 40, 9.5)
    p.ln(2)
    p.para("Reason: the page you sent shows the balance paid but not each night's room rate and tax, and the plan "
           "repays lodging only against an itemized folio. The itemized receipt was not received; claim denied.", 9.5)
    p.para(f"Surgery at {COE[0]} by {COE[1]} was approved under COE case {f['coe']}. Appeal within 180 days of the "
           "date of this notice.", 9.5)
    return out(p)


ITEMS = [
    ("bd_travel_claim_form_filled", "born_digital", "form", "slash"),
    ("scan300_reimbursement_statement_three_claims", "scan_clean_300", "stmt", "abbr"),
    ("faxstd_late_mileage_claim_denial", "fax_standard_g4", "late", "updash"),
    ("copy_prose_only_lodging_receipts_denial", "photocopy", "prose", "long"),
    ("photo_final_appeal_upheld_late_claim", "phone_photo", "upheld", "iso"),
    ("rotated_coe_travel_preapproval", "rotated", "appr", "dmy"),
    ("lowres_stack_hotel_folio_and_denial", "scan_lowres_150", "stack", "long"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["total"] = round(f["air"] + f["lodging"] + f["mileage"], 2)
        f["notice"] = f["cout"] + dt.timedelta(days=r.randint(35, 60))
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        lodge = iso_span(f["cin"], f["cout"])
        common = dict(insurer=TPA["org"], plan_id=PLAN[1], group_number=PLAN[2], member_id=f["eid"],
                      member_name=f["pat"], provider=COE[0])
        alts = {"insurer": [PLAN[0]], "provider": [None, HOTEL[0]]}
        if kind == "form":
            f["signed"] = f["cout"] + dt.timedelta(days=r.randint(5, 12))
            t = truth("other", None, case_numbers=[f["coe"], f["tauth"]], claim_amount=m2(f["total"]),
                      service_dates=[lodge], denial_date=f["signed"].isoformat(), **dict(common, plan_id=None),
                      alternates={**alts, "case_numbers": [[], [f["coe"]], [f["tauth"]]],
                                  "denial_date": [None], "service_dates": [[f["surg"].isoformat()]],
                                  "provider": [COE[1], None]})
            items.append(Item(name, cond, [(claim_form(f, ds), t)]))
        elif kind == "stmt":
            r2 = random.Random(SEED + 70)
            f["claims"] = [("TR" + dg(r2, 9), f["cin"], None, "Airfare, 2 travelers", f["air"], f["air"], "T1"),
                           (f["claim"], f["cin"], f["cout"], f"Lodging, {f['nights']} nights", f["lodging"], 0.00,
                            "R7"),
                           ("TR" + dg(r2, 9), f["cout"], None, "Meals per diem", 50.00 * (f["nights"] + 1),
                            50.00 * (f["nights"] + 1), "T1")]
            t = truth("eob", "other", case_numbers=[f["claim"]], claim_amount=m2(f["lodging"]),
                      service_dates=[lodge], denial_date=nd, appeal_deadline=dl,
                      alternates=alts, **common)
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        elif kind in ("late", "upheld"):
            f["fu"] = f["surg"] + dt.timedelta(days=r.randint(14, 28))
            f["recv"] = f["fu"] + dt.timedelta(days=r.randint(97, 130))
            f["notice"] = f["recv"] + dt.timedelta(days=r.randint(8, 15))
            f["fum"] = round(f["miles"] * 2 * 0.70, 2)
            nd = f["notice"].isoformat()
            if kind == "late":
                t = truth("denial_letter", "timely_filing", case_numbers=[f["claim"]], claim_amount=m2(f["fum"]),
                          service_dates=[f["fu"].isoformat()], denial_date=nd,
                          appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), alternates=alts,
                          **common)
                items.append(Item(name, cond, [(late_denial(f, ds), t)]))
            else:
                f["arecv"] = f["notice"]
                f["notice"] = f["notice"] + dt.timedelta(days=r.randint(40, 55))
                nd = f["notice"].isoformat()
                f["apl"] = "AP" + dg(r, 7)
                t = truth("denial_letter", "timely_filing", case_numbers=[f["apl"], f["claim"]],
                          claim_amount=m2(f["fum"]),
                          service_dates=[f["fu"].isoformat()], denial_date=nd, alternates=alts,
                          **dict(common, plan_id=None))
                items.append(Item(name, cond, [(upheld(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "other", case_numbers=[f["claim"]], claim_amount=m2(f["lodging"]),
                      service_dates=[lodge], denial_date=nd, appeal_deadline=dl, alternates=alts,
                      **dict(common, plan_id=None))
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "appr":
            f["notice"] = f["surg"] - dt.timedelta(days=r.randint(14, 25))
            t = truth("other", None, case_numbers=[f["tauth"], f["coe"]], service_dates=[f["surg"].isoformat()],
                      denial_date=f["notice"].isoformat(),
                      alternates={"insurer": [PLAN[0]], "provider": [COE[1]], "case_numbers": [[f["tauth"]]],
                                  "service_dates": [[]]},
                      **dict(common, plan_id=None))
            items.append(Item(name, cond, [(preapproval(f, ds), t)]))
        else:
            t1 = truth("other", None, claim_amount=m2(f["lodging"]), service_dates=[lodge],
                       denial_date=None, unscored=["insurer", "plan_id", "group_number", "member_id"],
                       alternates={"denial_date": [f["cout"].isoformat()]},
                       **dict(common, insurer=None, plan_id=None, group_number=None, member_id=None,
                              member_name=f["emp"], provider=HOTEL[0]))
            t2 = truth("denial_letter", "other", case_numbers=[f["claim"]], claim_amount=m2(f["lodging"]),
                       service_dates=[lodge], denial_date=nd, appeal_deadline=dl, alternates=alts,
                       **dict(common, plan_id=None, group_number=None))
            items.append(Item(name, cond, [(folio(f, ds), t1), (receipts_denial(f, ds), t2)],
                              separators=["blank", None]))
    return items


def iso_span(a, b):
    return f"{a.isoformat()}/{b.isoformat()}"
