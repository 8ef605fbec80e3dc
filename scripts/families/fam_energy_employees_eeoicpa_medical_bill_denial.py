"""Family 'energy_employees_eeoicpa_medical_bill_denial': U.S. Department of Labor, Office of Workers' Compensation
Programs, Division of Energy Employees Occupational Illness Compensation (DEEOIC) medical bill denials and
explanations of benefits under the Energy Employees Occupational Illness Compensation Program Act (EEOICPA).
The program and agency appear as themselves, mirrored for structure and wording only; every claimant, case number,
provider, address and phone number is invented.

Documents (8 in 7 files): a landscape explanation of benefits with four bill lines (one denied: treatment not for
the accepted covered illness); a letter told only in sentences under a fax header line (bill denied, medical
evidence missing); a home health notice with a dot-leader block (authorization required); a pharmacy bill denial
with short dates (drug not for the accepted illness); a notice that services before the claim's filing date are not
payable; an approval of home health after the letter of medical necessity; a stack (fax cover, the physician's
letter of medical necessity, and the denial of extra home health hours with one page fed upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundde_famdec import Page, dig, fdate, m2, money, out, plus
from public_kit import truth

FAMILY = "energy_employees_eeoicpa_medical_bill_denial"
LANG = "en"
SEED = 350502
DOL = "U.S. Department of Labor"
OWCP = "Office of Workers' Compensation Programs"
DIV = "Division of Energy Employees Occupational Illness Compensation"
MAIL = "DEEOIC Medical Bill Processing, P.O. Box 5586, London, KY 40742-5586"
PH = "1-866-555-0187"
TTY = "TTY 1-877-555-0133"
FIRST = ["Wendell", "Loretta", "Orville", "Imogene", "Clement", "Verna", "Thaddeus", "Opal"]
LAST = ["Hollingsworth", "Baca", "Stroud", "Tafoya", "Merriweather", "Kincaid", "Archuleta", "Pruett"]
ILL = [("chronic beryllium disease", "CBD"), ("asbestosis", "asbestosis"), ("chronic silicosis", "silicosis"),
       ("bladder cancer", "bladder cancer"), ("non-Hodgkin lymphoma", "lymphoma")]
SITES = ["Rocky Flats Plant", "Hanford Site", "Oak Ridge K-25", "Nevada Test Site", "Y-12 Plant"]
PROV = [("Mesa Alta Pulmonary Associates", "Dr. Ferdinand Quarles"),
        ("Sagebrush Home Health Services, LLC", "Dr. Evangeline Tso"),
        ("Three Forks Urology Clinic", "Dr. Barnaby Ochoa"),
        ("Cottonwood Compounding Pharmacy", "Dr. Ferdinand Quarles"),
        ("Juniper Flats Imaging Center", "Dr. Rosalyn Achebe")]


def base(r):
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    name = f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    ill = r.choice(ILL)
    return dict(dec=dec, name=name, case=f"{dig(r, 9)}", mid=f"{dig(r, 9)}", ill=ill, site=r.choice(SITES),
                dob=dt.date(r.randint(1938, 1956), r.randint(1, 12), r.randint(1, 28)), npi=dig(r, 10),
                tin=f"{dig(r, 2)}-{dig(r, 7)}", recv=plus(dec, -r.randint(9, 24)), tcn=f"{r.randint(26, 26)}{dig(r, 13)}",
                addr=f"{r.randint(100, 9800)} {r.choice(['Piñon Ridge Rd', 'Cerrillos Loop', 'Badger Hollow Ln'])}")


def alts(**kw):
    d = {"insurer": [OWCP, DIV, f"{DOL}, {OWCP}", f"{DOL} {OWCP}", "Energy Employees Occupational Illness Compensation"]}
    d.update({k: v for k, v in kw.items() if v is not None})
    return d


def seal(p, title, sub=None, size=12):
    p.f(8, "B")
    p.cell(0, 4, DOL.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 3.8, OWCP, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.8, DIV, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.8, MAIL, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.rule(0.5)
    p.line(title, size, "B")
    if sub:
        p.line(sub, 8.5)
    p.ln(2)


# 1. born digital landscape EOB, four bill lines, one denied (not for accepted illness)
def doc_eob(r):
    f = base(r)
    org, doc = PROV[0]
    ds = "slash"
    dos = plus(f["dec"], -r.randint(30, 55))
    lines = [(dos, "99215", "Office visit, est. patient", 312.00, 198.41, "", "A1"),
             (dos, "94010", "Spirometry", 118.50, 61.27, "", "A1"),
             (plus(dos, 6), "71271", "CT chest low dose screening", round(r.randint(540, 880) + 0.35, 2), 0.0,
              "N", "D7"),
             (plus(dos, 6), "94729", "Diffusing capacity", 176.00, 104.93, "", "A1")]
    tcns = [f"{f['tcn'][:-2]}{i:02d}" for i in range(1, 5)]
    tot = round(sum(x[3] for x in lines), 2)
    paid = round(sum(x[4] for x in lines), 2)
    p = Page(landscape=True, footer="Page {n} of {nb}", footer_left=f"EOB-Provider  ·  {DIV}")
    p.add_page()
    seal(p, "EXPLANATION OF BENEFITS (EOB) - MEDICAL BILL PAYMENT", "Energy Employees Occupational Illness "
         "Compensation Program Act - Part B and Part E medical benefits")
    p.f(9)
    p.set_x(p.l_margin)
    p.multi_cell(120, 4.5, f"{org}\nAttn: Billing Office\n{r.randint(200, 4000)} Camino Sereno\nGrand Junction, CO 81505",
                 new_x="RIGHT", new_y="TOP")
    p.set_xy(150, p.get_y())
    p.pairs([("EOB date", fdate(f["dec"], ds)), ("Payee NPI", f["npi"]), ("Payee TIN", f["tin"]),
             ("Check/EFT no.", f"EFT{dig(r, 8)}"), ("Claimant", f["name"]), ("Case ID", f["case"])],
            label_w=32, size=8.5, x=150, h=4.6)
    p.ln(3)
    p.table(["Transaction Control\nNumber (TCN)", "Date of\nService", "Proc.\nCode", "Service\nDescription",
             "Billed\nAmount", "Allowed\nAmount", "Paid\nAmount", "Denied\n(N)", "Remark\nCode"],
            [[t, fdate(x[0], ds), x[1], x[2], money(x[3]), money(x[4]), money(x[4]), x[5], x[6]]
             for t, x in zip(tcns, lines)] +
            [["TOTALS, THIS CLAIMANT", "", "", "", money(tot), money(paid), money(paid), "", ""]],
            [44, 22, 15, 58, 24, 24, 24, 14, 17], size=8.5, bold_last=True)
    oth = f"{dig(r, 9)}"
    p.f(8)
    p.cell(0, 4, f"Other claimant on this remittance: case {oth}, TCN {f['tcn'][:-4]}7701, billed {money(88.00)}, paid "
           f"{money(54.12)}.   Bill received {fdate(f['recv'], ds)}.   Processed {fdate(plus(f['dec'], -2), ds)}.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Remark code legend", 9.5)
    p.para("A1  Paid according to the OWCP fee schedule for the accepted covered illness.\n"
           f"D7  Denied. The service was not provided for the accepted covered illness ({f['ill'][0]}). DEEOIC pays "
           "only for medical treatment of an illness accepted under the Act. Low dose CT screening is not "
           "treatment of the accepted condition.", 8.5)
    p.para(f"If you disagree with a denial on this EOB, you may ask for reconsideration of the bill in writing within "
           f"30 days of the date of this EOB. Send the request and any medical evidence to {MAIL}. Questions: {PH}, "
           f"{TTY}. Providers must not bill the claimant for services covered under EEOICPA (20 CFR 30.715).", 8.5)
    t = truth("eob", "not_covered", insurer=DOL, member_name=f["name"], cases=[tcns[2]],
              claim_amount=m2(lines[2][3]), service_dates=[plus(dos, 6).isoformat()],
              denial_date=f["dec"].isoformat(), provider=org, appeal_deadline=plus(f["dec"], 30).isoformat(),
              denial_alternates=["other", "medical_necessity"],
              alternates=alts(provider=[doc], claim_amount=[m2(tot)], case_numbers=[[tcns[2], f["case"]]],
                              service_dates=[[dos.isoformat(), plus(dos, 6).isoformat()]]))
    return out(p), t


# 2. fax fine: letter told only in sentences, medical evidence missing
def doc_sentences(r):
    f = base(r)
    org, doc = PROV[4]
    dos = plus(f["dec"], -r.randint(25, 45))
    amt = round(r.randint(1900, 3100) + 0.6, 2)
    fx = f"{fdate(plus(f['dec'], 3), 'caps')} 10:42  FROM: DEEOIC DENVER DO  555 014 2277   TO: 19705550148   P.{{p}}/001"
    p = Page(serif=True, footer=None, fax_line=fx, margins=(24, 18, 24))
    p.add_page()
    seal(p, "", None, 4)
    p.line(fdate(f["dec"], "caps"), 10)
    p.ln(4)
    p.para(f"{f['name']}\n{f['addr']}\nEspañola, NM 87532", 10)
    p.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:")
    p.para(f"We are writing about your claim under the Energy Employees Occupational Illness Compensation Program Act, "
           f"case ID {f['case']}. Our records show that your {f['ill'][0]} was accepted as a covered illness from your "
           f"employment at the {f['site']}.")
    p.para(f"On {fdate(f['recv'], 'caps')} we received a bill from {org} for a PET scan that {doc} ordered and that was "
           f"done on {fdate(dos, 'caps')}. The amount billed was {money(amt)}, and the bill was given transaction "
           f"control number {f['tcn']}. We have denied this bill because no medical report came with it or has been "
           f"received since, and without a report we cannot tell whether the scan was for your accepted illness.")
    p.para(f"If you or the provider send us the physician's order and the report of the scan within 30 days of the date "
           f"of this letter, we will review the bill again. Please write your case ID on every page and mail it to "
           f"{MAIL}, or upload it through the program's document portal. This letter is not a recommended decision on "
           f"your claim, and your other medical benefits are not affected.")
    p.para(f"If you have questions, call the resource center at {PH} ({TTY}) between 8 a.m. and 5 p.m. Mountain time. "
           f"Your date of birth on file is {fdate(f['dob'], 'slash')}; tell us if it is not correct.")
    p.para("Sincerely,\n\nHermione J. Castellano\nMedical Benefits Examiner\nDenver District Office")
    t = truth("denial_letter", "other", insurer=DOL, member_name=f["name"], cases=[f["case"], f["tcn"]],
              claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=f["dec"].isoformat(), provider=org,
              appeal_deadline=plus(f["dec"], 30).isoformat(),
              alternates=alts(provider=[doc], case_numbers=[[f["tcn"]], [f["case"]]], member_id=[f["case"]]))
    return out(p), t


# 3. scan 300: home health authorization required, dot leaders
def doc_leaders(r, f=None, ds="abbr", fax=None):
    f = f or base(r)
    org, doc = PROV[1]
    start = plus(f["dec"], -r.randint(5, 20))
    auth = f"HH-{dig(r, 7)}"
    p = Page(footer="Form EN-HH2 (Rev. 10/24)    Page {n} of {nb}", fax_line=fax)
    p.add_page()
    seal(p, "NOTICE OF DENIAL - HOME HEALTH CARE", "In-home services require prior authorization from DEEOIC")
    p.leaders([("Claimant", f["name"]), ("Case ID", f["case"]), ("Medical ID no.", f["mid"]),
               ("Date of birth", fdate(f["dob"], ds)), ("Accepted illness", f["ill"][0]),
               ("Home health agency", org), ("Agency NPI", f["npi"]),
               ("Request no.", auth), ("Services billed from", fdate(start, ds)),
               ("Date request received", fdate(f["recv"], ds)), ("Date of this notice", fdate(f["dec"], ds))],
              width=150)
    hours = r.choice([8, 12, 16])
    p.para(f"**Decision.** The agency began {hours} hours a day of in-home personal care on the date shown above without "
           f"an authorization from this office. Home health care under EEOICPA must be authorized before it starts; "
           f"the physician must send a letter of medical necessity describing the services, the hours and how they treat "
           f"the accepted illness. No such letter was on file, so the request is denied and bills for these days will "
           f"not be paid.", 9.5)
    p.para("**What you can do.** The agency or your physician may send a letter of medical necessity at any time; a new "
           f"request will be reviewed within 30 days of receipt. If you disagree with this notice, write to us within "
           f"60 days of the date of this notice and explain why. Send mail to {MAIL}. Call {PH}; {TTY}.", 9.5)
    p.para("Regulations: 20 CFR 30.400-30.405 (medical treatment and authorization). Home health policy: EEOICPA "
           "Procedure Manual, chapter 3-0500.", 8)
    t = truth("denial_letter", "prior_authorization", insurer=DOL, member_id=f["mid"], member_name=f["name"],
              cases=[f["case"], auth], service_dates=[start.isoformat()], denial_date=f["dec"].isoformat(),
              provider=org, appeal_deadline=plus(f["dec"], 60).isoformat(),
              alternates=alts(case_numbers=[[auth]], member_id=[f["case"]]))
    return out(p), t, f, auth


# 4. photocopy: pharmacy bill, drug not for accepted illness, short dates
def doc_pharmacy(r):
    f = base(r)
    org, doc = PROV[3]
    rx = [(f"RX{dig(r, 7)}", "Tiotropium 18 mcg inh caps #30", 412.60, "PAID"),
          (f"RX{dig(r, 7)}", "Prednisone 10 mg tab #60", 18.40, "PAID"),
          (f"RX{dig(r, 7)}", "Tamsulosin 0.4 mg cap #90", round(r.randint(90, 160) + 0.8, 2), "DENIED")]
    dos = plus(f["dec"], -r.randint(14, 30))
    tcn = f"{f['tcn'][:-3]}{dig(r, 3)}"
    p = Page(footer=None, footer_left="OWCP-PH  pharmacy bill notice  /  keep for your records")
    p.add_page()
    seal(p, "Pharmacy Bill Determination", None, 11)
    p.pairs([("Notice date", fdate(f["dec"], "short")), ("Claimant", f["name"]), ("Case ID", f["case"]),
             ("Pharmacy", f"{org}  (NCPDP {dig(r, 7)})"), ("Fill date", fdate(dos, "short")),
             ("Bill TCN", tcn), ("Received", fdate(f["recv"], "nz"))], label_w=34, size=9)
    p.ln(2)
    p.table(["Rx Number", "Drug", "Charge", "Status"], [[a, b, money(c), d] for a, b, c, d in rx] +
            [["", "Total billed", money(sum(x[2] for x in rx)), ""]], [34, 80, 28, 30], size=8.5, bold_last=True)
    p.para(f"The drug marked DENIED is used for an enlarged prostate, which is not your accepted covered illness "
           f"({f['ill'][0]}). Your other prescriptions were paid. If you believe the drug treats the accepted illness, "
           f"have the prescribing physician ({doc}) write to us; a request for review must reach us within 30 days of "
           f"this notice. Call {PH} or {TTY} for help.", 9)
    t = truth("denial_letter", "not_covered", insurer=DOL, member_name=f["name"], cases=[tcn],
              claim_amount=m2(rx[2][2]), service_dates=[dos.isoformat()], denial_date=f["dec"].isoformat(),
              provider=org, appeal_deadline=plus(f["dec"], 30).isoformat(), type_alternates=["eob"],
              alternates=alts(case_numbers=[[f["case"], tcn]], claim_amount=[m2(sum(x[2] for x in rx))]),
              denial_alternates=["other"])
    return out(p), t


# 5. phone photo: services before the filing date are not payable (caption grid)
def doc_filing(r):
    f = base(r)
    org, doc = PROV[2]
    filed = plus(f["dec"], -r.randint(90, 140))
    dos = plus(filed, -r.randint(10, 40))
    amt = float(r.randint(700, 1500))
    tcn = f"{f['tcn'][:-5]}{dig(r, 5)}"
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    seal(p, "Medical Bill Denial Notice", "EEOICPA Part E", 12)
    p.captions([("Claimant name", f["name"]), ("Case ID", f["case"]), ("Notice date", fdate(f["dec"], "long")),
                ("Provider", org), ("Provider tax ID", f["tin"]), ("Bill TCN", tcn),
                ("Date of service", fdate(dos, "long")), ("Amount billed", f"${amt:,.0f}"),
                ("Claim filed", fdate(filed, "long"))], cols=3)
    p.para(f"Medical benefits under EEOICPA are paid for the accepted illness from the date the claim was filed. The "
           f"service on this bill ({money(amt)}) was provided before your claim was filed, so it is not payable. Your "
           f"accepted illness is {f['ill'][0]}.", 9.5)
    p.para(f"You may send a written request for review within 30 days of the date of this notice to {MAIL}. For help "
           f"call {PH}, {TTY}. Form OWCP-1500 bills for later dates of service will be processed as usual.", 9.5)
    t = truth("denial_letter", "eligibility", insurer=DOL, member_name=f["name"], cases=[tcn], claim_amount=m2(amt),
              service_dates=[dos.isoformat()], denial_date=f["dec"].isoformat(), provider=org,
              appeal_deadline=plus(f["dec"], 30).isoformat(), denial_alternates=["timely_filing", "other"],
              alternates=alts(case_numbers=[[f["case"], tcn]], provider=[doc]))
    return out(p), t


# 6. rotated: home health approved (denies nothing)
def doc_approval(r):
    f = base(r)
    org, doc = PROV[1]
    start = plus(f["dec"], r.randint(3, 10))
    end = plus(start, 180)
    auth = f"HH-{dig(r, 7)}"
    p = Page(serif=True, footer=None)
    p.add_page()
    seal(p, "Home Health Care Authorization", None, 12)
    p.line(fdate(f["dec"], "iso"), 10)
    p.ln(3)
    p.pairs([("Claimant", f["name"]), ("Case ID", f["case"]), ("Authorization", auth), ("Agency", org),
             ("Period", f"{fdate(start, 'iso')} to {fdate(end, 'iso')}")], label_w=36, size=10)
    p.ln(2)
    p.para(f"We received the letter of medical necessity from {doc} on {fdate(f['recv'], 'iso')}. It shows that "
           f"skilled nursing visits and {r.choice([6, 8])} hours a day of personal care are needed because of your "
           f"accepted {f['ill'][0]}. The services are authorized for the period shown. The agency bills us directly on "
           f"Form OWCP-04; you do not pay. Call {PH} ({TTY}) with questions.", 10)
    p.para("A new letter of medical necessity is needed before the period ends if care should continue.", 10)
    t = truth("other", None, insurer=DOL, member_name=f["name"], cases=[f["case"], auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["dec"].isoformat(),
              provider=org, unscored=["appeal_deadline"],
              alternates=alts(case_numbers=[[auth]], provider=[doc]))
    return out(p), t


# 7. stack: physician's letter of medical necessity (other) + denial of added hours
def doc_stack(r):
    f = base(r)
    org, doc = PROV[1]
    d0 = plus(f["dec"], -r.randint(20, 30))
    p = Page(footer=None)
    p.add_page()
    p.line(doc + ", M.D.", 13, "B")
    p.line(f"Internal Medicine  ·  NPI {dig(r, 10)}  ·  Phone 505-555-0162  ·  Fax 505-555-0163", 8)
    p.ln(5)
    p.line(fdate(d0, "long"), 10)
    p.ln(3)
    p.para(f"{DIV}\n{MAIL}", 10)
    p.para(f"Re: {f['name']}, case ID {f['case']}, date of birth {fdate(f['dob'], 'long')}", 10, 3)
    p.para(f"Letter of medical necessity. My patient has accepted {f['ill'][0]} and now needs oxygen around the clock. "
           f"He cannot bathe or dress without help and has fallen twice. I ask that {org} provide 12 hours a day of "
           f"home health aide care and two skilled nursing visits a week, in addition to the 6 hours now authorized.", 10)
    p.para("Thank you for your review.\n\nSincerely,\n\n" + doc, 10)
    t1 = truth("other", None, insurer=None, member_name=f["name"], cases=[f["case"]], denial_date=d0.isoformat(),
               provider=doc, unscored=["insurer", "appeal_deadline", "denial_date"], alternates={"provider": [org]})
    f2 = dict(f, recv=plus(d0, 4))
    pdf2, t2, _, _ = doc_leaders(r, f2, "dash")
    return [(out(p), t1), (pdf2, t2)]


def documents(rng) -> list[Item]:
    r = random.Random(SEED)
    F = FAMILY
    stack = doc_stack(r)
    return [
        Item(f"{F}_bd_landscape_eob_screening_ct", "born_digital", [doc_eob(r)]),
        Item(f"{F}_faxfine_pet_scan_no_report_sentences", "fax_fine_g4", [doc_sentences(r)]),
        Item(f"{F}_scan300_home_health_leaders", "scan_clean_300", [doc_leaders(r)[:2]]),
        Item(f"{F}_copy_pharmacy_rx_not_accepted_illness", "photocopy", [doc_pharmacy(r)]),
        Item(f"{F}_phone_before_filing_date", "phone_photo", [doc_filing(r)]),
        Item(f"{F}_rotated_home_health_authorized", "rotated", [doc_approval(r)]),
        Item(f"{F}_lowres_stack_lmn_and_denial", "scan_lowres_150", stack, separators=["cover", "blank"],
             turns={(1, 0): 180}),
    ]
