"""Family 'lvad_driveline_dressing_kits_monthly_quantity_limit_denial': an invented commercial plan refuses left
ventricular assist device (LVAD) driveline dressing-change kits above its monthly quantity limit (8 kits a month;
daily changes were ordered for a draining exit site), then approves the higher quantity by exception.

Documents: the plan's pre-service coverage decision to the member (born digital; supply period, no amount); the VAD
coordinator's letter asking for an exception (scan 300, denies nothing); the plan's upper-case provider notification
to the home-medical supplier (standard fax); a three-claim member EOB where only the kits claim is partly refused
(photocopy); a prose-only member letter about the refused kits claim (phone photo); the approval by exception
(rotated, denies nothing); a 150 dpi stack of the supplier's invoice, the blank back of its sheet and the plan's
"Claim Denial Notice" to the member. Everything invented. Decoys: DOB, NPI, device serial, implant date, request
received dates, claims-processing periods, invoice and order numbers, per-kit price, 72-hour, 4-month and
365-day limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "lvad_driveline_dressing_kits_monthly_quantity_limit_denial"
LANG = "en"
SEED = 343000

PLAN = {"org": "Northgate Mutual Health", "addr": "1900 Quarry Terrace, Suite 400, Hollins Ford, NA 60817",
        "phone": "1-866-402-7735", "fax": "1-866-402-7790", "web": "northgatemutual.example"}
SUP = ("Halcyon Home Medical Supply", "77 Depot Street, Hollins Ford, NA 60815", "(630) 555-0148")
VAD = ("St. Aurelian Heart Institute", "Mechanical Circulatory Support Program", "3300 Lakeshore Parkway, Hollins Ford")
COORD = "Teresa M. Okafor"
CARD = "Victor L. Anand"
PEOPLE = ["Gideon P. Rutledge", "Harriet E. Winslow", "Desmond A. Kessler", "Naomi J. Fairchild",
          "Percy W. Lomax", "Ingrid S. Holloway", "Wendell R. Prescott", "Yolanda C. Strand"]
KIT = "A4649"
PRICE = 38.50
LIMIT = 8


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 120))
    start = (notice + dt.timedelta(days=r.randint(10, 25))).replace(day=1)
    if start <= notice:
        start = (start + dt.timedelta(days=32)).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    qty = r.choice([28, 30, 31])
    return dict(notice=notice, start=start, end=end, recv=notice - dt.timedelta(days=r.randint(3, 8)),
                req="NQ" + dg(r, 8), mid="NMH" + dg(r, 9), grp="G-" + dg(r, 5), npi="1" + dg(r, 9),
                serial="HM3-" + dg(r, 6), implant=dt.date(r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28)),
                dob=dt.date(r.randint(1948, 1985), r.randint(1, 12), r.randint(1, 28)), who=PEOPLE[i], qty=qty,
                billed=round(qty * PRICE, 2), over=round((qty - LIMIT) * PRICE, 2), inv="HX-" + dg(r, 6),
                claim="NG" + dg(r, 11), deliv=notice - dt.timedelta(days=r.randint(20, 30)),
                street=f"{r.randint(100, 9800)} {r.choice(['Wicklow Ct', 'Barley Field Rd', 'Osage Trail'])}")


def letterhead(p):
    p.line(PLAN["org"], 15, "B")
    p.line(f"{PLAN['addr']}   Customer Care {PLAN['phone']}   {PLAN['web']}", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nHollins Ford, NA 60819", 10)


def coverage_decision(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="NMH-UM-QL-01 (06/2025)")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Coverage Decision: Quantity Above the Plan Limit", 13, rule=True)
    p.table(["Item", "Detail"], [["Member", f["who"]], ["Member number", f["mid"]], ["Group", f["grp"]],
                                 ["Date of birth", fd(f["dob"], ds)], ["Request reference", f["req"]],
                                 ["Ordering physician", f"Dr. {CARD}"],
                                 ["Supplier", f"{SUP[0]} (NPI {f['npi']})"],
                                 ["Requested", f"{f['qty']} driveline dressing kits ({KIT}) per month"],
                                 ["Supply period", f"{fd(f['start'], ds)} - {fd(f['end'], ds)}"],
                                 ["We received the request", fd(f["recv"], ds)]], [50, 130], size=9, border=1)
    p.para(f"**Our decision:** We approved {LIMIT} kits for the month and did not approve the other "
           f"{f['qty'] - LIMIT}. Your plan covers up to {LIMIT} dressing kits a month for an LVAD driveline. "
           "Quantities above this limit are not a covered benefit unless we approve an exception. The request did "
           "not include exit-site notes or culture results that would support an exception.", 9.5)
    p.para("**If you disagree:** You or your doctor may appeal within 180 days of the date of this letter. If your "
           "doctor says waiting could seriously harm your health, we will decide within 72 hours. You may ask for "
           "an external review within 4 months after our final decision.", 9.5)
    return out(p)


def coordinator(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(VAD[0], 14, "B")
    p.line(f"{VAD[1]}   {VAD[2]}   VAD pager 24/7 (630) 555-0109", 8.5)
    p.ln(4)
    p.line(fd(f["cdate"], ds), 10)
    p.ln(2)
    p.para(f"Utilization Management - Exceptions\n{PLAN['org']}\nFax {PLAN['fax']}", 10)
    p.para(f"Re: {f['who']}   Member number {f['mid']}   Request {f['req']}", 10)
    p.para(f"{f['who'].split()[0]} has had a HeartMate pump (serial {f['serial']}) since "
           f"{fd(f['implant'], ds)}. Since the last clinic visit the driveline exit site has had serous drainage "
           "and a superficial infection is being treated. Our protocol calls for a sterile dressing change every "
           f"day until the site is dry for two weeks, which means {f['qty']} kits for the month rather than "
           f"{LIMIT}. I am enclosing the exit-site photos, the wound culture and Dr. {CARD}'s order.", 10)
    p.para(f"Please approve {f['qty']} kits a month from {SUP[0]} as an exception to the quantity limit.", 10)
    p.para(f"Sincerely,\n\n{COORD}, RN, BSN\nVAD Coordinator", 10)
    return out(p)


def supplier_fax(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="NMH-PRV-QL-2")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER NOTIFICATION - QUANTITY LIMIT EXCEEDED", 11.5, "B")
    p.line(f"TO: {SUP[0].upper()}   ATTN INTAKE   FAX {SUP[2]}", 9)
    p.ln(2)
    p.boxed_pairs([("DATE", fd(f["notice"], ds)), ("REF #", f["req"]), ("MEMBER", f["who"].upper()),
                   ("MEMBER NO.", f["mid"]), ("DOB", fd(f["dob"], ds)), ("SUPPLIER NPI", f["npi"]),
                   ("RECEIVED", fd(f["recv"], ds)), ("HCPCS / QTY", f"{KIT} / {f['qty']} PER MONTH"),
                   ("PERIOD", f"{fd(f['start'], ds)} THRU {fd(f['end'], ds)}"),
                   ("DECISION", f"PARTIAL - {LIMIT} APPROVED, {f['qty'] - LIMIT} DENIED")], 50, 8.5)
    p.para(f"REASON: REQUESTED QUANTITY EXCEEDS THE PLAN'S MONTHLY LIMIT OF {LIMIT} KITS. QUANTITY ABOVE THE LIMIT "
           "IS NOT COVERED WITHOUT AN APPROVED EXCEPTION. SUBMIT EXIT-SITE DOCUMENTATION TO REQUEST AN EXCEPTION.", 8.5)
    p.para("THE MEMBER OR THE PROVIDER ON THE MEMBER'S BEHALF MAY APPEAL WITHIN 180 DAYS OF THE DATE OF THIS NOTICE. "
           "PEER-TO-PEER DISCUSSION AVAILABLE WITHIN 5 BUSINESS DAYS AT " + PLAN["phone"] + ".", 8.5)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="NMH EOB 2026")
    p.add_page()
    letterhead(p)
    p.line("Your Explanation of Benefits", 14, "B")
    p.line("Keep for your records - this is not a bill", 8.5)
    p.ln(2)
    p.pairs([("Issued", fd(f["notice"], ds)), ("For", f"{f['who']}   Member no. {f['mid']}"), ("Group", f["grp"]),
             ("Claims received", f"{fd(f['notice'] - dt.timedelta(days=35), ds)} through "
                                 f"{fd(f['notice'] - dt.timedelta(days=3), ds)}")], 34, 9)
    p.ln(2)
    rows = []
    for c, prov, d, svc, b, paid, code in f["claims"]:
        rows.append([c, prov, fd(d, ds), svc, money(b, "flat"), money(paid, "flat"), code])
    p.table(["Claim", "Provider", "Date", "Service", "Billed", "Plan paid", "Note"], rows,
            [25, 46, 16, 44, 17, 17, 10], size=7.5)
    p.para(f"Q4 - Quantity over the monthly limit of {LIMIT} kits. The kits above the limit are not covered "
           "unless an exception is approved. The supplier may bill you only if you signed a waiver before "
           "delivery.\nOK - Paid at the in-network rate.", 8.5)
    p.para("To appeal a claim decision, write to us within 180 days of the date of this statement. Expedited "
           "decisions: 72 hours.", 8.5)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]}:", 10)
    p.para(f"{SUP[0]} sent us a claim for {f['qty']} driveline dressing kits delivered to you on "
           f"{fd(f['deliv'], ds)}, with total charges of {money(f['billed'], 'plain')}. We processed it as claim "
           f"{f['claim']} under member number {f['mid']}.", 10)
    p.para(f"Your plan covers {LIMIT} kits a month, and we paid for {LIMIT}. We did not pay for the other "
           f"{f['qty'] - LIMIT} kits, because quantities above the monthly limit are not covered unless we approve an "
           "exception first. Your VAD team can ask us for an exception if you need daily dressing changes.", 10)
    p.para("If you think we made a mistake, you may appeal within 180 days of the date of this letter. Call "
           f"{PLAN['phone']} if you have questions.", 10)
    p.para("Sincerely,\nClaims Department", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="NMH-UM-EX-APPROVE")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Quantity Limit Exception - Approved", 13, rule=True)
    p.pairs([("Member", f["who"]), ("Member number", f["mid"]), ("Exception number", f["exc"]),
             ("Earlier request", f["req"]), ("Supplier", SUP[0]), ("Prescriber", f"Dr. {CARD}"),
             ("Approved", f"{f['qty']} kits ({KIT}) per month"),
             ("Approved period", f"{fd(f['start'], ds)} to {fd(f['end'], ds)}")], 42, 9.5)
    p.ln(2)
    p.para("We reviewed the letter from your VAD coordinator, the exit-site photos and the culture results. We "
           "approved daily driveline dressing changes as an exception to the monthly limit for the period above. "
           "Your supplier may deliver the approved quantity. If you still need more kits after this period, your "
           "VAD team can send a new request.", 10)
    return out(p)


def invoice(f, ds):
    p = Page(footer=None, footer_left=f"Terms: net 30. {SUP[0]} accepts Visa and Mastercard.")
    p.add_page()
    p.line(SUP[0], 16, "B")
    p.line(f"{SUP[1]}   {SUP[2]}   Accredited DMEPOS supplier", 8.5)
    p.ln(4)
    p.line("INVOICE", 13, "B")
    p.pairs([("Invoice no.", f["inv"]), ("Invoice date", fd(f["idate"], ds)), ("Ship to", f["who"]),
             ("Order no.", "SO-" + f["inv"][3:]), ("Delivered", fd(f["deliv"], ds)),
             ("Primary insurance", f"{PLAN['org']} {f['mid']}")], 40, 9)
    p.ln(2)
    rows = [[KIT, "Driveline dressing change kit, sterile, CHG disc", str(f["qty"]), money(PRICE, "nosign"),
             money(f["billed"], "nosign")],
            ["", "Insurance paid (8 kits)", "", "", "-" + money(f["paid"], "nosign")],
            ["", "Contractual adjustment (8 kits)", "", "", "-" + money(round(LIMIT * PRICE - f["paid"], 2), "nosign")],
            ["", "Insurance denied - qty limit; member waiver on file", "", "", ""],
            ["", "AMOUNT DUE FROM PATIENT", "", "", money(f["over"], "nosign")]]
    p.table(["Code", "Description", "Qty", "Each", "Total"], rows, [18, 100, 14, 20, 28], size=8.5, border=0,
            aligns=["L", "L", "C", "R", "R"], bold_last=True)
    return out(p)


def denial_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="NMH-CDN-07")
    p.add_page()
    letterhead(p)
    p.heading("Claim Denial Notice", 13, rule=True)
    p.pairs([("Notice date", fd(f["notice"], ds)), ("Member", f["who"]), ("Member no.", f["mid"]),
             ("Group", f["grp"]), ("Claim", f["claim"]), ("Supplier", SUP[0]), ("Delivered", fd(f["deliv"], ds)),
             ("Billed", money(f["billed"], "usd")), ("Not paid", money(f["over"], "usd"))], 36, 9.5)
    p.ln(2)
    p.para(f"{f['qty'] - LIMIT} of the {f['qty']} driveline dressing kits on this claim are above your plan's "
           f"monthly limit of {LIMIT} and are not covered without an approved exception.", 10)
    p.para("Appeal deadline: " + fd(f["notice"] + dt.timedelta(days=180), ds) + ". Corrected claims from the "
           "supplier are accepted within 365 days of delivery.", 10)
    return out(p)


ITEMS = [
    ("bd_coverage_decision_quantity_limit", "born_digital", "cd", "long"),
    ("scan300_vad_coordinator_exception_letter", "scan_clean_300", "coord", "abbr"),
    ("faxstd_supplier_notification", "fax_standard_g4", "fax", "updash"),
    ("copy_member_eob_three_claims", "photocopy", "eob", "short"),
    ("photo_prose_claim_letter", "phone_photo", "prose", "long"),
    ("rotated_exception_approved", "rotated", "approve", "dmy"),
    ("lowres_stack_invoice_and_claim_denial", "scan_lowres_150", "stack", "upper"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["paid"] = round(LIMIT * PRICE * 0.9, 2)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        period = [f"{f['start'].isoformat()}/{f['end'].isoformat()}"]
        deliv = [f["deliv"].isoformat()]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"], provider=SUP[0])
        den = dict(denial_alternates=["medical_necessity"])
        if kind == "cd":
            t = truth("denial_letter", "not_covered", case_numbers=[f["req"]], service_dates=period,
                      denial_date=nd, appeal_deadline=dl180, group_number=f["grp"],
                      alternates={"provider": [f"Dr. {CARD}", CARD]}, **den, **common)
            items.append(Item(name, cond, [(coverage_decision(f, ds), t)]))
        elif kind == "coord":
            f["cdate"] = f["notice"] + dt.timedelta(days=r.randint(3, 9))
            t = truth("other", None, case_numbers=[f["req"]], denial_date=f["cdate"].isoformat(),
                      unscored=["insurer"], alternates={"provider": [VAD[0], f"Dr. {CARD}", CARD],
                                                         "case_numbers": [[]]},
                      **dict(common, insurer=None, provider=COORD))
            items.append(Item(name, cond, [(coordinator(f, ds), t)]))
        elif kind == "fax":
            t = truth("denial_letter", "not_covered", case_numbers=[f["req"]], service_dates=period,
                      denial_date=nd, appeal_deadline=dl180, **den, **common)
            items.append(Item(name, cond, [(supplier_fax(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 71)
            f["claims"] = [("NG" + dg(r2, 11), VAD[0], f["deliv"] - dt.timedelta(days=9),
                            "VAD clinic visit 99215", 310.00, 226.40, "OK"),
                           ("NG" + dg(r2, 11), "Lakeshore Outreach Lab", f["deliv"] - dt.timedelta(days=2),
                            "INR / PT 85610", 42.00, 18.90, "OK"),
                           (f["claim"], SUP[0], f["deliv"], f"{KIT} dressing kits x{f['qty']}", f["billed"],
                            f["paid"], "Q4")]
            t = truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                      service_dates=deliv, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], **den,
                      **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                      service_dates=deliv, denial_date=nd, appeal_deadline=dl180, **den, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "approve":
            f["exc"] = "EX-" + dg(r, 7)
            t = truth("other", None, case_numbers=[f["exc"], f["req"]], service_dates=period, denial_date=nd,
                      alternates={"case_numbers": [[f["exc"]]], "provider": [f"Dr. {CARD}", CARD]}, **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
        else:
            f["idate"] = f["notice"] + dt.timedelta(days=r.randint(5, 12))
            t1 = truth("other", None, claim_amount=m2(f["billed"]), service_dates=deliv,
                       denial_date=f["idate"].isoformat(), unscored=["insurer"],
                       alternates={"claim_amount": [m2(f["over"])]}, **dict(common, insurer=None))
            t2 = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                       service_dates=deliv, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"],
                       alternates={"claim_amount": [m2(f["over"])]}, **den, **common)
            items.append(Item(name, cond, [(invoice(f, ds), t1), (denial_notice(f, ds), t2)],
                              separators=["duplex", None]))
    return items
