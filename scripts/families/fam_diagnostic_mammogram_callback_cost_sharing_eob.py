"""Family 'diagnostic_mammogram_callback_cost_sharing_eob': an invented commercial plan pays a screening mammogram
at no cost share but applies the diagnostic mammogram done after the screening callback to the member's deductible;
the member disputes it.

Documents: a born-digital member EOB for the diagnostic mammogram claim (paid, applied to deductible; denies
nothing); the imaging center's patient bill (scan 300); a photocopied three-claim EOB (screening paid, diagnostic to
deductible, a breast ultrasound claim refused as a duplicate); a fine-fax stack of a cover, the member's dispute
letter and the imaging center's callback letter (both deny nothing); the plan's grievance reply told only in
sentences (phone photo); a sideways grievance acknowledgement (denies nothing); a low-resolution second-level
grievance decision keeping the deductible. Everything invented. Decoys: DOB, NPI, account numbers, received dates,
processing periods, other claims, deductible totals, 30-day resolution, 72-hour and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "diagnostic_mammogram_callback_cost_sharing_eob"
LANG = "en"
SEED = 344900

PLAN = {"org": "Larchmont Valley Health Plan", "addr": "PO Box 7731, Quillfield, NA 40417",
        "phone": "1-877-555-0162", "web": "larchmontvalley.example", "fax": "1-877-555-0177"}
CTR = ("Brightharbor Breast Imaging Center", "410 Aldergrove Boulevard, Quillfield, NA 40419", "(502) 555-0186")
RAD = "Celeste N. Okafor"
PEOPLE = ["Lorraine P. Abernathy", "Yolanda S. Pemberton", "Mei R. Tanaka", "Naomi J. Greer",
          "Harriet C. Lomax", "Leticia M. Valdez", "Sunita K. Rutledge"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 90))
    screen = notice - dt.timedelta(days=r.randint(40, 60))
    diag = screen + dt.timedelta(days=r.randint(8, 16))
    d77066 = round(r.randint(420, 560) + 0.75, 2)
    d77062 = round(r.randint(150, 220) + 0.25, 2)
    return dict(notice=notice, screen=screen, diag=diag, who=PEOPLE[i], mid="LVH" + dg(r, 9), grp="GRP-" + dg(r, 5),
                claim="2026" + dg(r, 9), sclaim="2026" + dg(r, 9), uclaim="2026" + dg(r, 9),
                acct="BH-" + dg(r, 7), npi="1" + dg(r, 9), dob=dt.date(r.randint(1962, 1984), r.randint(1, 12),
                                                                          r.randint(1, 28)),
                l1=d77066, l2=d77062, billed=round(d77066 + d77062, 2), allowed=round((d77066 + d77062) * 0.61, 2),
                sbilled=round(r.randint(300, 380) + 0.5, 2), ubilled=round(r.randint(260, 340) + 0.0, 2),
                grv="GRV-" + dg(r, 7), street=f"{r.randint(100, 9800)} {r.choice(['Tansy Lane', 'Coldwater Rd', 'Marigold Ct'])}")


def letterhead(p, small=False):
    p.line(PLAN["org"], 13 if small else 16, "B")
    p.line(f"{PLAN['addr']}  -  {PLAN['web']}", 8.5)
    p.line(f"Customer Service {PLAN['phone']} (TTY 711)   Fax {PLAN['fax']}", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nQuillfield, NA 40418", 10)


def eob_paid(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVH-EOB-2 (2026)")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    addr(p, f)
    p.set_xy(120, y)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member ID", f["mid"]), ("Group", f["grp"]),
             ("Claims processed", f"{fd(f['notice'] - dt.timedelta(days=30), ds)} - {fd(f['notice'] - dt.timedelta(days=1), ds)}")],
            32, 8.5, x=120, h=4.6)
    p.ln(6)
    p.heading("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, rule=True)
    p.pairs([("Patient", f["who"]), ("Claim number", f["claim"]), ("Provider", CTR[0]),
             ("Received", fd(f["diag"] + dt.timedelta(days=6), ds))], 36, 9.5)
    p.ln(2)
    tot_allowed = f["allowed"]
    rows = [[fd(f["diag"], ds), "77066 Diagnostic mammography, bilateral", money(f["l1"]),
             money(round(f["l1"] * 0.61, 2)), "$0.00", money(round(f["l1"] * 0.61, 2)), "D2"],
            [fd(f["diag"], ds), "77062 Breast tomosynthesis, bilateral", money(f["l2"]),
             money(round(tot_allowed - round(f["l1"] * 0.61, 2), 2)), "$0.00",
             money(round(tot_allowed - round(f["l1"] * 0.61, 2), 2)), "D2"],
            ["", "Claim total", money(f["billed"]), money(tot_allowed), "$0.00", money(tot_allowed), ""]]
    p.table(["Service date", "Service", "Amount billed", "Plan allowed", "Plan paid", "Your share", "Note"], rows,
            [24, 58, 22, 21, 17, 20, 12], 8, bold_last=True)
    p.para(f"**D2** The allowed amount was applied to your calendar-year deductible. A diagnostic mammogram after "
           f"an abnormal screening is not a preventive service. Deductible met so far: {money(tot_allowed + 212.4)} "
           "of $2,500.00.", 9)
    p.para("If you disagree with how we processed this claim you may file an appeal or grievance within 180 days "
           "of the date of this statement. Call Customer Service or write to Grievances and Appeals at the address "
           "above. You may ask for an independent external review after our final decision (within 4 months).", 9)
    return out(p)


def center_bill(f, ds):
    p = Page(footer=None, footer_left=f"{CTR[0]}  Tax ID 61-{f['npi'][2:9]}")
    p.add_page()
    p.line(CTR[0], 15, "B")
    p.line(CTR[1] + "   " + CTR[2], 8.5)
    p.ln(4)
    y = p.get_y()
    p.para(f"{f['who'].upper()}\n{f['street'].upper()}\nQUILLFIELD NA 40418", 9.5)
    p.set_xy(118, y)
    p.boxed_pairs([("Statement date", fd(f["sdate"], ds)), ("Account no.", f["acct"]), ("Patient", f["who"]),
                   ("Insurance", PLAN["org"]), ("Member ID", f["mid"]), ("Ins. claim #", f["claim"])], 34, 8.5, 5.6)
    p.ln(4)
    p.heading("PATIENT STATEMENT", 12)
    rows = [[fd(f["diag"], ds), "77066", "Diagnostic mammogram bilat", money(f["l1"], "nosign")],
            [fd(f["diag"], ds), "77062", "Digital breast tomosynthesis", money(f["l2"], "nosign")],
            [fd(f["notice"], ds), "", "Larchmont Valley - applied to deductible", "0.00"],
            ["", "", "Total charges", money(f["billed"], "nosign")],
            ["", "", "Insurance adjustment", "-" + money(round(f["billed"] - f["allowed"], 2), "nosign")],
            ["", "", "PLEASE PAY THIS AMOUNT", money(f["allowed"], "nosign")]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 90, 30], 8.5, border=0, bold_last=True)
    p.para("Your insurance processed this visit and assigned the balance to your deductible. Payment is due within "
           "30 days. Ask about our interest-free payment plan. Your screening visit of "
           f"{fd(f['screen'], ds)} was paid in full by your plan.", 9)
    p.para("- - - - - - - - - - - detach and return with payment - - - - - - - - - - -", 8)
    p.para(f"Account {f['acct']}    Amount due {money(f['allowed'])}    Amount enclosed ________", 9)
    return out(p)


def eob_three(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVH-EOB-2 (2026)")
    p.add_page()
    p.line(PLAN["org"].upper(), 14, "B", align="C")
    p.line(f"{PLAN['addr']}   {PLAN['phone']}", 8.5, align="C")
    p.ln(4)
    p.line("Explanation of Benefits", 12, "B", align="C")
    p.ln(2)
    p.pairs([("Issued", fd(f["notice"], ds)), ("Prepared for", f["who"]), ("Member number", f["mid"]),
             ("Group number", f["grp"]), ("Date of birth", fd(f["dob"], ds))], 38, 9.5)
    p.ln(3)
    s_allow = round(f["sbilled"] * 0.64, 2)
    rows = [[f"Claim {f['sclaim']}", CTR[0], "", "", "", ""],
            [fd(f["screen"], ds), "77067 Screening mammogram", money(f["sbilled"]), money(s_allow), money(s_allow), "P0"],
            [f"Claim {f['claim']}", CTR[0], "", "", "", ""],
            [fd(f["diag"], ds), "77066/77062 Diagnostic mammo + tomo", money(f["billed"]), money(f["allowed"]), "$0.00", "D2"],
            [f"Claim {f['uclaim']}", CTR[0], "", "", "", ""],
            [fd(f["udate"], ds), "76642 Breast ultrasound, limited", money(f["ubilled"]), "$0.00", "$0.00", "X4"]]
    p.table(["Date", "Service", "Billed", "Allowed", "Paid", "Code"], rows, [30, 66, 22, 22, 20, 14], 8.3)
    p.para("**P0** Preventive service paid at 100%; no cost share.\n**D2** Applied to deductible; you owe the "
           "allowed amount to the provider.\n**X4** Denied: this is a duplicate of a service already billed on "
           "claim " + f["claim"] + " or processed earlier. You owe nothing for this line.", 8.8)
    p.para("You have 180 days of the date of this statement to appeal a denied claim. Urgent appeals are decided "
           "within 72 hours.", 8.8)
    return out(p)


def dispute(f, ds):
    p = Page(footer=None)
    p.add_page()
    p.para(f"{f['who']}\n{f['street']}\nQuillfield, NA 40418", 10)
    p.line(fd(f["ddate"], ds), 10)
    p.ln(3)
    p.para(f"Grievances and Appeals\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"Re: Member ID {f['mid']}, claim {f['claim']}", 10)
    p.para("To whom it may concern:", 10)
    p.para(f"I had my routine screening mammogram on {fd(f['screen'], ds)}. The imaging center called me back and I "
           f"had a diagnostic mammogram with tomosynthesis at {CTR[0]} on {fd(f['diag'], ds)}. Your explanation of "
           f"benefits applied the whole allowed amount, {money(f['allowed'])}, to my deductible. The callback was part "
           "of my breast cancer screening and I was never told I would pay for it. Please reprocess the claim with no "
           "cost sharing.", 10)
    p.para("A copy of the imaging center's callback letter is attached. My date of birth is "
           f"{fd(f['dob'], ds)}. You can reach me at (502) 555-01{f['npi'][-2:]}.", 10)
    p.para(f"Sincerely,\n\n{f['who']}", 10)
    return out(p)


def callback(f, ds):
    p = Page(footer=None, footer_left=CTR[2])
    p.add_page()
    p.line(CTR[0], 14, "B")
    p.line(CTR[1], 8.5)
    p.ln(5)
    p.line(fd(f["screen"] + dt.timedelta(days=2), ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]},", 10)
    p.para(f"Thank you for having your screening mammogram with us on {fd(f['screen'], ds)}. The radiologist, "
           f"Dr. {RAD}, would like additional images of one area. This is common: most women who are called back "
           "have normal results. We have scheduled a diagnostic mammogram for "
           f"{fd(f['diag'], ds)} at 9:40 a.m.", 10)
    p.para("A diagnostic exam is billed to your insurance separately from your screening. Depending on your plan, "
           "a deductible or copay may apply. Please bring your insurance card.", 10)
    p.pairs([("Patient", f["who"]), ("Account", f["acct"]), ("Ordering radiologist", f"Dr. {RAD}, NPI {f['npi']}")],
            42, 9.5)
    p.ln(3)
    p.para("Breast Imaging Navigation Team", 10)
    return out(p)


def reply_prose(f, ds):
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['who']}:", 10)
    p.para(f"We received your grievance on {fd(f['notice'] - dt.timedelta(days=12), ds)} about claim {f['claim']} "
           f"for the diagnostic mammogram you had at {CTR[0]} on {fd(f['diag'], ds)}. Your grievance number is "
           f"{f['grv']} and your member ID is {f['mid']}.", 10)
    p.para("We reviewed your plan documents. Your plan covers a screening mammogram every year with no cost "
           "sharing. A mammogram done to look at an area found on a screening is a diagnostic service and is not "
           "covered as preventive care; it is subject to your deductible and coinsurance. Our decision is to keep "
           f"the deductible of {money(f['allowed'])} on the claim, whose billed charges were {money(f['billed'])}.", 10)
    p.para("If you disagree, you may ask for a second-level grievance review within 60 days of the date of this "
           "letter. You may also ask for an external review within 4 months after our final decision.", 10)
    p.para("Sincerely,\n\nMember Grievance Unit", 10)
    return out(p)


def ack(f, ds):
    p = Page(footer=None)
    p.add_page()
    letterhead(p, True)
    p.line("Acknowledgement of Grievance", 12, "B")
    p.ln(2)
    p.pairs([("Date", fd(f["adate"], ds)), ("Member", f["who"]), ("ID number", f["mid"]),
             ("Grievance no.", f["grv"]), ("Claim", f["claim"]), ("Received", fd(f["adate"] - dt.timedelta(days=2), ds))],
            36, 9.5)
    p.ln(3)
    p.para("We have received your grievance about the cost sharing on your diagnostic mammogram. A grievance "
           "coordinator will review it and we will send you our written decision within 30 calendar days. You do "
           "not need to do anything now. If you have more information, send it to the address above and include "
           "your grievance number.", 10)
    p.para("This letter is not a decision on your grievance.", 10)
    return out(p)


def second_level(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVH-GRV-2")
    p.add_page()
    letterhead(p)
    p.heading("SECOND-LEVEL GRIEVANCE DECISION", 12, rule=True)
    p.boxed_pairs([("Decision date", fd(f["notice"], ds)), ("Member name", f["who"]), ("Member ID", f["mid"]),
                   ("Group", f["grp"]), ("Grievance number", f["grv"]), ("Claim number", f["claim"]),
                   ("Provider", CTR[0]), ("Date of service", fd(f["diag"], ds)),
                   ("Charges billed", money(f["billed"])), ("Decision", "Original decision upheld")], 48, 9)
    p.para("The committee found that the claim was processed correctly. The diagnostic mammogram is not a "
           "preventive service under your plan, so it is subject to the deductible. This is our final internal "
           "decision.", 10)
    p.para("You may request an independent external review within 4 months of receiving this notice. For urgent "
           "situations an expedited external review is decided within 72 hours.", 10)
    return out(p)


ITEMS = [
    ("bd_paid_eob_deductible", "born_digital", "paid", "long"),
    ("scan_center_bill", "scan_clean_300", "bill", "slash"),
    ("photocopy_three_claim_eob", "photocopy", "three", "updash"),
    ("fax_stack_dispute_callback", "fax_fine_g4", "stack", "abbr"),
    ("phone_grievance_reply_prose", "phone_photo", "reply", "long"),
    ("rotated_grievance_ack", "rotated", "ack", "iso"),
    ("lowres_second_level_decision", "scan_lowres_150", "second", "dmy"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"])
        diag = [f["diag"].isoformat()]
        if kind == "paid":
            t = truth("eob", None, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=diag,
                      denial_date=nd, provider=CTR[0], group_number=f["grp"],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                      alternates={"appeal_deadline": [None]}, **common)
            items.append(Item(name, cond, [(eob_paid(f, ds), t)]))
        elif kind == "bill":
            f["sdate"] = f["notice"] + dt.timedelta(days=r.randint(5, 12))
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=diag,
                      denial_date=f["sdate"].isoformat(), provider=CTR[0], unscored=["insurer"],
                      alternates={"case_numbers": [[]]}, **common)
            items.append(Item(name, cond, [(center_bill(f, ds), t)]))
        elif kind == "three":
            f["udate"] = f["diag"]
            t = truth("eob", "other", case_numbers=[f["uclaim"]], claim_amount=m2(f["ubilled"]),
                      service_dates=[f["udate"].isoformat()], denial_date=nd, provider=CTR[0],
                      group_number=f["grp"], appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                      **common)
            items.append(Item(name, cond, [(eob_three(f, ds), t)]))
        elif kind == "stack":
            f["ddate"] = f["notice"] + dt.timedelta(days=r.randint(4, 10))
            t1 = truth("other", None, case_numbers=[f["claim"]], claim_amount=None, service_dates=diag,
                       denial_date=f["ddate"].isoformat(), provider=CTR[0], unscored=["insurer", "claim_amount"],
                       **common)
            t2 = truth("other", None, case_numbers=[], service_dates=diag,
                       denial_date=(f["screen"] + dt.timedelta(days=2)).isoformat(), provider=CTR[0],
                       member_name=f["who"], alternates={"provider": [RAD, f"Dr. {RAD}"]},
                       unscored=["insurer", "member_id"], insurer=None)
            items.append(Item(name, cond, [(dispute(f, ds), t1), (callback(f, ds), t2)], separators=["cover", None]))
        elif kind == "reply":
            t = truth("denial_letter", "not_covered", case_numbers=[f["grv"], f["claim"]],
                      claim_amount=m2(f["billed"]), service_dates=diag, denial_date=nd, provider=CTR[0],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      type_alternates=["other"], **common)
            items.append(Item(name, cond, [(reply_prose(f, ds), t)]))
        elif kind == "ack":
            f["adate"] = f["notice"]
            t = truth("other", None, case_numbers=[f["grv"], f["claim"]], denial_date=nd, **common,
                      alternates={"case_numbers": [[f["grv"]]]}, unscored=["service_dates", "provider"])
            items.append(Item(name, cond, [(ack(f, ds), t)]))
        else:
            t = truth("denial_letter", "not_covered", case_numbers=[f["grv"], f["claim"]],
                      claim_amount=m2(f["billed"]), service_dates=diag, denial_date=nd, provider=CTR[0],
                      group_number=f["grp"], type_alternates=["other"], **common)
            items.append(Item(name, cond, [(second_level(f, ds), t)]))
    return items
