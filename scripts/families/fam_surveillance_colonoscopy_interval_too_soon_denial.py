"""Family 'surveillance_colonoscopy_interval_too_soon_denial': an invented commercial plan refuses a surveillance
colonoscopy (history of small tubular adenomas) because it was asked for or done before the guideline interval
(7 to 10 years after one or two small adenomas; the last colonoscopy was about three years earlier).

Documents: a three-claim member EOB where only the surgery center's claim is refused (born digital); the
pre-service adverse determination to the member (scan 300, label column); a standard-fax stack of a cover sheet,
the provider claim determination to the surgery center and the gastroenterologist's appeal letter; the surgery
center's patient bill (photocopy, denies nothing); a prose-only letter refusing the gastroenterologist's own claim
(phone photo); the appeal decision overturning the refusal (sideways, denies nothing); a boxed notice of claim
determination (150 dpi). Everything invented. Decoys: DOB, NPI, tax ID, prior colonoscopy date, request and claim
received dates, claims-processing periods, other claims, account numbers, guideline and form numbers, 72-hour,
30-day reprocessing and 4-month external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "surveillance_colonoscopy_interval_too_soon_denial"
LANG = "en"
SEED = 343500

PLAN = {"org": "Cobalt Ridge Health Plan", "addr": "PO Box 40218, Sterling Fork, NA 58320",
        "phone": "1-866-555-0193", "web": "cobaltridgehealth.example"}
GI = "Anand V. Castellanos"
GI_FULL = "Anand V. Castellanos, MD"
GI_PRACTICE = ("Tallgrass Digestive Health Associates", "2210 Wheatfield Pkwy, Suite 300, Sterling Fork, NA 58322",
               "(701) 555-0148")
ASC = ("Prairie Lantern Endoscopy Center", "88 Gable Crossing Dr, Sterling Fork, NA 58324", "(701) 555-0166")
PEOPLE = ["Harriet L. Pemberton", "Desmond K. Oyelaran", "Lorraine T. Marchetti", "Wendell B. Szabo",
          "Ingrid P. Holloway", "Colin R. Trevino", "Odette M. Fairchild", "Jasper N. Underhill"]
GUIDE = "CRHP-MP-GI-014"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    dos = notice - dt.timedelta(days=r.randint(16, 38))
    prior = dt.date(dos.year - 3, r.randint(1, 12), r.randint(1, 28))
    fac1, fac2 = r.choice([1840.00, 1965.00, 2120.00]), r.choice([95.00, 120.00, 142.50])
    return dict(notice=notice, dos=dos, prior=prior, recv=dos + dt.timedelta(days=r.randint(3, 8)),
                fac1=fac1, fac2=fac2, fac=round(fac1 + fac2, 2), prof=r.choice([612.00, 684.00, 745.00]),
                claim="CR" + dg(r, 11), pclaim="CR" + dg(r, 11), oclaim="CR" + dg(r, 11),
                mid="CRH" + dg(r, 9), grp="G-" + dg(r, 5), npi="1" + dg(r, 9), tin="46-" + dg(r, 7),
                acct="PL" + dg(r, 7), ref="UM" + dg(r, 8), who=PEOPLE[i],
                dob=dt.date(r.randint(1955, 1975), r.randint(1, 12), r.randint(1, 28)),
                street=f"{r.randint(100, 9800)} {r.choice(['Bluestem Way', 'Coulee Rd', 'Harvest Moon Ct'])}")


def letterhead(p):
    p.line(PLAN["org"], 15, "B")
    p.line(PLAN["addr"] + "   Member Services " + PLAN["phone"] + " (TTY 711)", 8.5)
    p.line(PLAN["web"], 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nSterling Fork, NA 58321", 10)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CRHP EOB-2 (rev. 09/2025)")
    p.add_page()
    letterhead(p)
    p.line("Explanation of Benefits", 15, "B")
    p.line("This is not a bill. Keep it with your records.", 8.5)
    p.ln(2)
    y = p.get_y()
    p.pairs([("Prepared for", f["who"]), ("Member ID", f["mid"]), ("Group no.", f["grp"]),
             ("Birth date", fd(f["dob"], ds))], 28, 9)
    p.set_y(y)
    p.pairs([("Statement date", fd(f["notice"], ds)),
             ("Period", f"{fd(f['notice'] - dt.timedelta(days=31), ds)} - {fd(f['notice'] - dt.timedelta(days=1), ds)}"),
             ("Deductible met", "$1,150.00 of $1,500.00")], 30, 9, x=110)
    p.ln(8)
    rows = [[f["oclaim"], GI_PRACTICE[0][:28], fd(f["dos"] - dt.timedelta(days=41), ds), "Office visit 99214",
             money(226.00, "nosign"), money(151.40, "nosign"), money(121.40, "nosign"), "P1"],
            [f["claim"], ASC[0][:28], fd(f["dos"], ds), "Colonoscopy 45378", money(f["fac1"], "nosign"),
             "0.00", "0.00", "D44"],
            ["", "", fd(f["dos"], ds), "Anesthesia drug J2704", money(f["fac2"], "nosign"), "0.00", "0.00", "D44"],
            [f["pclaim"][:-3] + "417", "Northline Clinical Lab", fd(f["dos"] - dt.timedelta(days=41), ds),
             "CBC 85025", money(38.00, "nosign"), money(11.20, "nosign"), money(11.20, "nosign"), "P1"]]
    p.table(["Claim", "Provider", "Date of service", "Service", "Charged", "Allowed", "Plan paid", "Code"], rows,
            [25, 45, 21, 33, 15, 15, 15, 10], size=7.5)
    p.para(f"Total charged on claim {f['claim']} from {ASC[0]}: {money(f['fac'], 'plain')}. The procedure was "
           f"ordered by {GI_FULL}.", 8.5)
    p.para("**Codes**\nP1 - Paid under your in-network benefit after deductible and coinsurance.\n"
           "D44 - Not payable. A surveillance colonoscopy is covered when it is done at the interval our medical "
           f"policy {GUIDE} sets after the findings of the last colonoscopy. This one was done before that interval "
           "and the records do not show new symptoms.", 8.5)
    p.para("**Appeals.** You may appeal any decision on this statement within 180 days of the date of this "
           "statement. We decide urgent appeals within 72 hours. After our final decision you may ask for an "
           "external review within 4 months.", 8.5)
    return out(p)


def preservice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left=f"{GUIDE} / UM-NABD-07")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Notice of Adverse Benefit Determination - Request Not Approved", 12.5, rule=True)
    p.pairs([("Member", f["who"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", fd(f["dob"], ds)),
             ("Reference number", f["ref"]), ("Requested by", f"{GI_FULL} (NPI {f['npi']})"),
             ("Place of service", ASC[0]), ("Service requested", "Surveillance colonoscopy (45378)"),
             ("Scheduled for", fd(f["dos"], ds)), ("Request received", fd(f["recv"] - dt.timedelta(days=30), ds))],
            42, 9.5)
    p.ln(2)
    p.para("**Why we made this decision.** Your last colonoscopy on " + fd(f["prior"], ds) + " found two small "
           "tubular adenomas, both under 10 mm. For these findings our medical policy " + GUIDE + " (based on "
           "national multi-society guidelines) covers the next surveillance colonoscopy 7 to 10 years later. The "
           "request is about three years after that exam, and the notes sent do not show bleeding, a change in "
           "bowel habits or a family history that would support an earlier exam. So the colonoscopy is not "
           "medically necessary at this time.", 9.5)
    p.para("**Your right to appeal.** You or your doctor may appeal within 180 days of the date of this letter. If "
           "waiting could seriously harm your health, ask for a fast appeal; we answer within 72 hours. You may "
           "also ask for an external review within 4 months of our final decision. Your doctor may call to discuss "
           "this decision with a physician reviewer.", 9.5)
    p.para("Utilization Management Department", 9.5)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CRHP-PCD-11")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER CLAIM DETERMINATION", 12, "B")
    p.line(f"TO: {ASC[0].upper()} - PATIENT ACCOUNTS   FAX {ASC[2]}", 9)
    p.ln(2)
    p.boxed_pairs([("DATE OF NOTICE", fd(f["notice"], ds)), ("CLAIM NUMBER", f["claim"]),
                   ("PATIENT", f["who"].upper()), ("MEMBER ID", f["mid"]), ("GROUP", f["grp"]),
                   ("BILLING PROVIDER", f"{ASC[0].upper()}  NPI {f['npi']}  TIN {f['tin']}"),
                   ("ORDERING PHYSICIAN", GI_FULL.upper()), ("DATE OF SERVICE", fd(f["dos"], ds)),
                   ("RECEIVED", fd(f["recv"], ds)), ("BILLED", money(f["fac"], "usd")), ("PAID", "USD 0.00")],
                  52, 8.5)
    p.para(f"LINES 1-2 (45378, J2704): DENIED - CO-50. SURVEILLANCE COLONOSCOPY BEFORE THE INTERVAL IN POLICY "
           f"{GUIDE}. PRIOR COLONOSCOPY {fd(f['prior'], ds)}. THE MEMBER MAY NOT BE BILLED WITHOUT A SIGNED WAIVER.",
           8.5)
    p.para("PROVIDER APPEALS MUST BE RECEIVED WITHIN 90 DAYS OF THE DATE OF THIS NOTICE. SEND MEDICAL RECORDS "
           "WITH THE APPEAL. CORRECTED CLAIMS: 365 DAYS FROM THE DATE OF SERVICE.", 8.5)
    return out(p)


def gi_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(GI_PRACTICE[0], 14, "B")
    p.line(GI_PRACTICE[1] + "   Tel " + GI_PRACTICE[2], 8.5)
    p.ln(5)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    p.para(f"Appeals Department\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"RE: Appeal of claim {f['claim']}\nPatient: {f['who']}    Member ID: {f['mid']}    DOB: "
           f"{fd(f['dob'], ds)}", 10)
    p.para(f"I am writing to appeal the denial of the colonoscopy I performed on {fd(f['dos'], ds)} at "
           f"{ASC[0]}. The prior exam on {fd(f['prior'], ds)} had a poor bowel preparation (Boston score 4), and "
           "the report recommended a repeat exam within three years because small lesions could have been missed. "
           "Guidelines allow an earlier exam when the preparation was inadequate. The procedure report and the "
           "prior report are enclosed.", 10)
    p.para("Please reconsider and pay the claim. I am available for a peer-to-peer discussion at the number above.",
           10)
    p.para(f"Sincerely,\n\n{GI_FULL}\nGastroenterology, NPI {f['npi']}", 10)
    return out(p)


def asc_bill(f, ds):
    p = Page(footer=None, footer_left=f"Federal Tax ID {f['tin']}   Questions: {ASC[2]}")
    p.add_page()
    p.line(ASC[0], 16, "B")
    p.line(ASC[1], 8.5)
    p.ln(4)
    y = p.get_y()
    p.para(f"{f['who']}\n{f['street']}\nSterling Fork, NA 58321", 10)
    p.set_y(y)
    p.pairs([("Statement date", fd(f["sdate"], ds)), ("Account", f["acct"]), ("Pay by", fd(f["sdate"] + dt.timedelta(days=30), ds)),
             ("Amount due", money(f["fac"], "plain"))], 30, 9, x=112)
    p.ln(6)
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    rows = [[fd(f["dos"], ds), "45378", "Colonoscopy, diagnostic - facility", money(f["fac1"], "nosign")],
            [fd(f["dos"], ds), "J2704", "Propofol injection", money(f["fac2"], "nosign")],
            [fd(f["notice"], ds), "", f"{PLAN['org']} - denied, see EOB", "0.00"],
            ["", "", "Transferred to patient responsibility (waiver on file)", money(f["fac"], "nosign")],
            ["", "", "BALANCE DUE", money(f["fac"], "nosign")]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [32, 18, 102, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Physician: {GI_FULL}. Insurance on file: {PLAN['org']}, ID {f['mid']}. Your insurer did not pay "
           "this visit because it was earlier than your plan's surveillance interval. You signed a financial "
           "waiver before the procedure. Call us to set up a payment plan.", 9)
    p.para("- - - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - - - -", 8)
    p.pairs([("Account", f["acct"]), ("Amount enclosed", "$ ____________")], 32, 9)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]}:", 10)
    p.para(f"We have finished processing a claim from {GI_FULL} for the colonoscopy you had on {fd(f['dos'], ds)}. "
           f"The doctor billed {money(f['prof'], 'plain')} for the procedure, and we did not pay it. The claim "
           f"number is {f['pclaim']} and it was filed under member ID {f['mid']} (group {f['grp']}).", 10)
    p.para(f"Your plan covers surveillance colonoscopy at the intervals in medical policy {GUIDE}. Your last "
           f"colonoscopy was on {fd(f['prior'], ds)}, and its findings call for the next one no sooner than 7 years "
           "later. Because this one was done early, without new symptoms in the records, we found it was not "
           "medically necessary.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Write to us at the address "
           "above or call Member Services. An urgent appeal is decided within 72 hours.", 10)
    p.para("Sincerely,\nClaims Review", 10)
    return out(p)


def overturned(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CRHP-APL-DEC 2025")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Appeal Decision: Overturned", 13, rule=True)
    p.pairs([("Appeal number", f["apl"]), ("Claim number", f["claim"]), ("Member", f["who"]),
             ("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal received", fd(f["arecv"], ds))], 40, 9.5)
    p.ln(1)
    p.table(["Service", "Facility", "Date", "Billed", "Decision"],
            [["Colonoscopy 45378 + J2704", ASC[0], fd(f["dos"], ds), money(f["fac"], "plain"), "APPROVED"]],
            [44, 62, 24, 24, 22], size=8.5)
    p.para(f"A board-certified gastroenterologist who did not take part in the first decision reviewed the appeal "
           f"from {GI_FULL} and the reports. The earlier exam had an inadequate bowel preparation, so an earlier "
           f"repeat exam meets policy {GUIDE}. We reverse our decision and will reprocess the claim within 30 "
           "days. You owe only your normal cost share.", 9.5)
    p.para("Nothing more is needed from you. Keep this letter with your records.", 9.5)
    return out(p)


def claim_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="Form CRHP-NCD 4")
    p.add_page()
    letterhead(p)
    p.heading("NOTICE OF CLAIM DETERMINATION", 13, rule=True)
    p.boxed_pairs([("Notice date", fd(f["notice"], ds)), ("Patient", f["who"]), ("ID number", f["mid"]),
                   ("Group", f["grp"]), ("Claim no.", f["pclaim"]), ("Physician", GI_FULL),
                   ("Facility", ASC[0]), ("Procedure", "45378 Colonoscopy, surveillance (Z86.010)"),
                   ("Service date", fd(f["dos"], ds)), ("Charges", money(f["prof"], "flat")),
                   ("Plan payment", "$0.00"), ("Claim received", fd(f["recv"], ds)),
                   ("Last colonoscopy on file", fd(f["prior"], ds))], 52, 9)
    p.para(f"**Decision: denied.** Surveillance colonoscopy done sooner than the interval in medical policy {GUIDE} "
           "for the findings of your last exam. Not medically necessary.", 9.5)
    p.para("**Appeal by:** " + fd(f["notice"] + dt.timedelta(days=180), ds) + ". Expedited appeals are decided "
           "within 72 hours. External review: within 4 months of a final decision.", 9.5)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims", "born_digital", "eob", "slash"),
    ("scan300_preservice_adverse_determination", "scan_clean_300", "pre", "long"),
    ("faxstd_stack_provider_determination_and_gi_appeal", "fax_standard_g4", "stack", "updash"),
    ("copy_endoscopy_center_bill", "photocopy", "bill", "dmy"),
    ("photo_prose_professional_claim_letter", "phone_photo", "prose", "abbr"),
    ("rotated_appeal_overturned", "rotated", "over", "iso"),
    ("lowres_notice_of_claim_determination", "scan_lowres_150", "ncd", "short"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        dos = [f["dos"].isoformat()]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"], group_number=f["grp"])
        den = dict(denial_alternates=["not_covered"])
        if kind == "eob":
            t = truth("eob", "medical_necessity", case_numbers=[f["claim"]], claim_amount=m2(f["fac"]),
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, provider=ASC[0],
                      alternates={"provider": [GI_FULL, GI]}, **den, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "pre":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=dos,
                      denial_date=nd, appeal_deadline=dl180, provider=GI_FULL,
                      alternates={"provider": [ASC[0]]}, **den, **common)
            items.append(Item(name, cond, [(preservice(f, ds), t)]))
        elif kind == "stack":
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(9, 20))
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["claim"]], claim_amount=m2(f["fac"]),
                       service_dates=dos, denial_date=nd,
                       appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(), provider=ASC[0],
                       alternates={"provider": [GI_FULL]}, **den, **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], service_dates=dos,
                       denial_date=f["ldate"].isoformat(), provider=GI_FULL, unscored=["insurer"],
                       **dict(common, insurer=None, group_number=None))
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (gi_letter(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "bill":
            f["sdate"] = f["notice"] + dt.timedelta(days=r.randint(7, 15))
            t = truth("other", None, case_numbers=[], claim_amount=m2(f["fac"]), service_dates=dos,
                      denial_date=f["sdate"].isoformat(), provider=ASC[0], unscored=["insurer"],
                      alternates={"provider": [GI_FULL]}, **dict(common, insurer=None, group_number=None))
            items.append(Item(name, cond, [(asc_bill(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["pclaim"]], claim_amount=m2(f["prof"]),
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, provider=GI_FULL, **den, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "over":
            f["apl"] = "AP-" + dg(r, 8)
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(14, 26))
            t = truth("other", None, case_numbers=[f["apl"], f["claim"]], claim_amount=m2(f["fac"]),
                      service_dates=dos, denial_date=nd, provider=ASC[0],
                      alternates={"provider": [GI_FULL], "case_numbers": [[f["apl"]]]}, **common)
            items.append(Item(name, cond, [(overturned(f, ds), t)]))
        else:
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["pclaim"]], claim_amount=m2(f["prof"]),
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, provider=GI_FULL,
                      alternates={"provider": [ASC[0]]}, **den, **common)
            items.append(Item(name, cond, [(claim_notice(f, ds), t)]))
    return items
