"""Family medicaid_spend_down_met_date_claim_denial_notice: a state Medicaid "medically needy" (spend-down)
program. A person whose income is over the limit must first incur medical bills equal to the spend-down amount
for the budget period; Medicaid covers only services on or after the day the spend-down is met. Claims for care
before the met date are refused because the person was not eligible on the date of service.

Modelled on the public structure of state Medicaid notices (42 CFR 431.210 notice content, 42 CFR 435.831
medically needy income and spend-down, fair-hearing rights), an MMIS remittance advice with several claims,
a "spend-down met" notice, a hospital statement, a reconsideration decision and a provider claim notice.
The state ("Cordell"), its agency, providers, people and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "medicaid_spend_down_met_date_claim_denial_notice"
LANG = "en"
SEED = 335500
AGENCY = "Cordell Department of Social Services"
DIV = "Office of Medical Assistance Programs - Medically Needy (Spend-Down) Unit"
AG_ADDR = "PO Box 41180, Fort Ambrose, CD 58110"
FIRST = ["Hollis", "Verna", "Augustin", "Maebell", "Thaddeus", "Corliss", "Rosalind", "Elwood", "Imogene",
         "Lonnie", "Ottilie", "Cyrus"]
LAST = ["Brackett", "Dimmock", "Halvorsen", "Pruitt", "Tolliver", "Esquibel", "Kaczmarek", "Lundgren", "Mabry",
        "Quarles"]
PROVIDERS = ["Fort Ambrose Cardiology Associates", "Redhill Pulmonary Clinic", "Sawmill Creek Family Medicine",
             "Cordell Kidney Care"]
HOSPITALS = ["St. Brendan Regional Hospital", "Ambrose Valley Medical Center", "Lakeshore Community Hospital"]
DOCTORS = ["Dr. Wilhelmina Achebe", "Dr. Roland Fairweather", "Dr. Priya Ramaswamy", "Dr. Glenn Hutchings"]
CITIES = [("Fort Ambrose", "581"), ("Redhill", "582"), ("Sawmill Creek", "584"), ("Port Lusk", "586")]


def person(rng) -> str:
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGJLMNRSTW')}. {rng.choice(LAST)}"


def addr(rng) -> list[str]:
    city, z = rng.choice(CITIES)
    return [f"{rng.randint(100, 9899)} {rng.choice(['Tamarack Rd', 'E Grange St', 'Cottonwood Ln', 'Depot Ave'])}",
            f"{city} CD {z}{rng.randint(10, 99)}"]


def mid(rng) -> str:
    return f"CD{digits(rng, 9)}"


def period(d: dt.date) -> tuple[dt.date, dt.date]:
    """A six-month budget period that holds d."""
    start = dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    end = dt.date(d.year, 6, 30) if d.month <= 6 else dt.date(d.year, 12, 31)
    return start, end


def letterhead(p: Page, rng, size=13):
    p.line("STATE OF CORDELL", 9, "B", h=4.5)
    p.line(AGENCY, size, "B", h=7)
    p.line(DIV, 8.5, h=4.2)
    p.line(f"{AG_ADDR}  |  Customer Service 1-8{rng.randint(55, 88)}-555-{digits(rng, 4)}  |  TTY 711", 8, h=4.2)
    p.ln(4)


def hearing(p: Page, size=9):
    p.heading("Fair hearing", 10.5)
    p.para("If you disagree with this action you may ask for a State fair hearing. We must receive your request "
           "within 90 days of the date this notice was mailed. If you ask within 10 days, your current benefits "
           "can continue until the hearing decision. You may represent yourself or have a lawyer, relative or "
           "friend speak for you. Free legal help: Cordell Legal Services, 1-800-555-0147.", size)


# 1 ---------------------------------------------------------------- born digital Notice of Action (member)
def notice_action(rng):
    name = person(rng)
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 40))
    met = plus(notice, -rng.randint(18, 30))
    dos = plus(met, -rng.randint(5, 12))
    paid_dos = plus(met, rng.randint(2, 6))
    bstart, bend = period(dos)
    tcn = f"{notice.strftime('%y')}{digits(rng, 4)}{digits(rng, 7)}"
    tcn_paid = f"{notice.strftime('%y')}{digits(rng, 4)}{digits(rng, 7)}"
    caseno = f"{digits(rng, 3)}-{digits(rng, 6)}"
    m = mid(rng)
    prov = rng.choice(PROVIDERS)
    a, b = amount(rng, 180, 320), amount(rng, 90, 260)
    total = round(a + b, 2)
    sd = amount(rng, 900, 2400)
    p = Page(footer="Page {n} of {nb}", footer_left="DSS-MA-212 (Rev. 07/2025)")
    p.add_page()
    letterhead(p, rng)
    p.line(f"Notice date: {fdate(notice, 'long')}", 10, h=5.5)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("NOTICE OF ACTION - MEDICAL ASSISTANCE CLAIM DENIED", 12.5, "B", h=7)
    p.boxed_pairs([("Recipient", name), ("Medicaid ID", m), ("Case number", caseno),
                   ("Coverage group", "Medically Needy - Aged, Blind or Disabled"),
                   ("Budget period", f"{fdate(bstart, 'slash')} to {fdate(bend, 'slash')}"),
                   ("Spend-down amount", money(sd)), ("Spend-down met on", fdate(met, "slash"))],
                  label_w=60, size=9)
    p.heading("What we decided", 11)
    p.para("We denied the claim below. Your provider sent it to us for payment.", 10)
    p.table(["Claim (TCN)", "Date of service", "Provider", "Billed", "Action"],
            [[tcn, fdate(dos, "slash"), prov, money(total), "Denied"],
             [tcn_paid, fdate(paid_dos, "slash"), prov, money(amount(rng, 120, 300)), "Paid"]],
            [36, 27, 62, 24, 25], size=8.5)
    p.heading("Why", 11)
    p.para(f"You were not eligible for Medicaid on {fdate(dos, 'long')}. You are in the Medically Needy program "
           f"with a spend-down of {money(sd)} for the budget period. Your medical bills did not reach that amount "
           f"until {fdate(met, 'long')}, so your Medicaid coverage for this period started on that day. Medicaid "
           "cannot pay for services you received before your spend-down was met. The denied bill was counted "
           "toward your spend-down; you or another payer are responsible for it.", 10)
    p.para("Rules we used: 42 CFR 435.831; Cordell Medical Assistance Manual sections 6.402 and 6.410.", 9)
    p.heading("If you think we made a mistake", 11)
    p.para("You may ask us to review this claim decision (a reconsideration). Send your request and any bills "
           "or receipts we did not count within 30 days of the date of this notice.", 9.5)
    hearing(p)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=m, member_name=name, cases=[tcn],
              claim_amount=m2(total), service_dates=[dos.isoformat()], denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=plus(notice, 30).isoformat(),
              alternates={"case_numbers": [[tcn, caseno]]})
    return out(p), t


# 2 ---------------------------------------------------------------- remittance advice, several claims (scan)
def remittance(rng):
    ra = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 45))
    hosp = rng.choice(HOSPITALS)
    pats = []
    while len(pats) < 3:
        n = person(rng)
        if n not in pats:
            pats.append(n)
    ids = [mid(rng) for _ in pats]
    tcns = [f"{ra.strftime('%y')}{digits(rng, 11)}" for _ in range(4)]
    dos = [plus(ra, -rng.randint(20, 40)) for _ in range(4)]
    stay = (plus(ra, -rng.randint(45, 60)),)
    stay = (stay[0], plus(stay[0], rng.randint(2, 4)))
    bill = [amount(rng, 300, 900), amount(rng, 6000, 14000), amount(rng, 200, 800), amount(rng, 150, 600)]

    def lname(n):
        first, mi, last = n.split()
        return f"{last.upper()}, {first.upper()} {mi[0]}"

    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line("CORDELL MEDICAL ASSISTANCE PROGRAM", 12, "B", h=6)
    p.line(f"{AGENCY} - MMIS Fiscal Agent", 8.5, h=4.5)
    p.line("REMITTANCE ADVICE", 14, "B", align="C", h=9)
    p.pairs([("RA date", fdate(ra, "short")), ("RA number", digits(rng, 8)), ("Payee", hosp.upper()),
             ("Medicaid provider ID", digits(rng, 9)), ("NPI", digits(rng, 10)),
             ("Check/EFT no.", f"{digits(rng, 9)}")], label_w=44, size=8.5, h=4.6)
    p.ln(3)
    p.line("CLAIM DETAIL", 9.5, "B", h=6)
    sdl = round(bill[0] * rng.uniform(0.3, 0.7), 2)
    rows = [[tcns[0], lname(pats[1]), ids[1], fdate(dos[0], "short"), money(bill[0], "nosign"),
             money(round((bill[0] - sdl) * 0.55, 2), "nosign"), money(sdl, "nosign"), "PAID", "0211"],
            [tcns[1], lname(pats[0]), ids[0], f"{fdate(stay[0], 'short')}-{fdate(stay[1], 'short')}",
             money(bill[1], "nosign"), "0.00", "0.00", "DENIED", "0170"],
            [tcns[2], lname(pats[2]), ids[2], fdate(dos[2], "short"), money(bill[2], "nosign"),
             money(round(bill[2] * 0.5, 2), "nosign"), "0.00", "PAID", "-"],
            [tcns[3], lname(pats[1]), ids[1], fdate(dos[3], "short"), money(bill[3], "nosign"),
             money(round(bill[3] * 0.52, 2), "nosign"), "0.00", "PAID", "-"]]
    p.table(["TCN", "Recipient", "Medicaid ID", "Dates of service", "Billed", "Paid", "Spend-down",
             "Status", "EOB"], rows, [27, 33, 24, 30, 17, 15, 17, 13, 10], size=7)
    p.line("EOB CODE MESSAGES", 9.5, "B", h=6)
    p.para("**0170** Recipient not eligible on the dates of service: medically needy spend-down not met. "
           "Eligibility begins on the spend-down met date shown on the recipient's eligibility file. "
           "(CARC 177, RARC N30)", 8.5)
    p.para("**0211** Recipient spend-down liability deducted from payment. Collect the spend-down amount from "
           "the recipient.", 8.5)
    p.para(f"Claim {tcns[1]} (inpatient stay): the recipient's spend-down for the budget period was met after the "
           "discharge date. Bill the recipient or other insurance.", 8.5)
    p.line("SUMMARY", 9.5, "B", h=6)
    p.pairs([("Claims paid", "3"), ("Claims denied", "1"), ("Spend-down deducted", money(sdl))],
            label_w=44, size=8.5, h=4.6)
    p.ln(2)
    p.para("A provider may ask for reconsideration of a denied claim within 60 days of the date of this "
           "remittance advice. Claims must be filed within 365 days of the date of service.", 8.5)
    t = truth("eob", "eligibility", insurer=AGENCY, member_id=ids[0], member_name=pats[0], cases=[tcns[1]],
              claim_amount=m2(bill[1]), service_dates=[span(*stay)], denial_date=ra.isoformat(), provider=hosp,
              appeal_deadline=plus(ra, 60).isoformat(),
              alternates={"appeal_deadline": [None], "insurer": ["Cordell Medical Assistance Program"]})
    return out(p), t


# 3 ---------------------------------------------------------------- stack: spend-down met notice + hospital bill
def met_notice(rng, f):
    p = Page(footer=None, footer_left="DSS-MA-209")
    p.add_page()
    letterhead(p, rng, 12)
    p.line(fdate(f["sent"], "abbr"), 10, h=5.5)
    p.ln(2)
    for ln in [f["name"]] + f["addr"]:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("Notice: Your Spend-Down Has Been Met", 12.5, "B", h=7)
    p.pairs([("Case number", f["case"]), ("Medicaid ID", f["mid"]),
             ("Budget period", f"{fdate(f['bstart'], 'abbr')} - {fdate(f['bend'], 'abbr')}")], label_w=40, size=10)
    p.ln(2)
    p.para(f"Good news. The medical bills you sent us add up to your spend-down amount of {money(f['sd'])}. "
           f"You are eligible for Medicaid from {fdate(f['met'], 'long')} through {fdate(f['bend'], 'long')}.", 10)
    p.para(f"The bill that met your spend-down was from {f['hosp']}. Of that bill, {money(f['liab'])} is your "
           "share (your remaining spend-down); Medicaid may pay the rest. Bills for care before the date above "
           "are not paid by Medicaid; they count toward your spend-down.", 10)
    p.para("Keep sending us your medical bills. A new spend-down starts with the next budget period. If you "
           "disagree with the date your coverage starts, you may ask for a fair hearing within 90 days of the "
           "date this notice was mailed.", 9.5)
    t = truth("other", None, insurer=AGENCY, member_id=f["mid"], member_name=f["name"], cases=[f["case"]],
              service_dates=[span(f["met"], f["bend"])], denial_date=f["sent"].isoformat(), provider=f["hosp"],
              alternates={"case_numbers": [[]], "service_dates": [[f["met"].isoformat()], []],
                          "provider": [None]})
    return out(p), t


def hosp_bill(rng, f):
    st = plus(f["sent"], rng.randint(8, 15))
    er = plus(f["met"], -rng.randint(6, 12))
    c1, c2 = amount(rng, 900, 2600), amount(rng, 140, 480)
    tot = round(c1 + c2, 2)
    p = Page(footer=None)
    p.add_page()
    p.line(f["hosp"], 14, "B", h=7)
    p.line("Patient Financial Services  |  2200 Hospital Dr, Fort Ambrose CD 58114  |  (555) 017-3300", 8.5, h=4.5)
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 12, "B", h=7)
    p.pairs([("Statement date", fdate(st, "slash")), ("Account no.", f"HA{digits(rng, 9)}"),
             ("Patient", f["name"]), ("Guarantor", f["name"]), ("Medicaid ID", f["mid"])], label_w=40, size=9.5)
    p.ln(3)
    p.table(["Date", "Description", "Charges", "Payments/Adj", "Balance"],
            [[fdate(er, "slash"), "Emergency dept visit level 4", money(c1), "", money(c1)],
             [fdate(er, "slash"), "Laboratory", money(c2), "", money(c2)],
             [fdate(plus(st, -9), "slash"), "Medicaid: denied - spend-down not met on DOS", "", "0.00", ""],
             ["", "Balance due", "", "", money(tot)]],
            [26, 88, 22, 24, 22], size=8.5)
    p.para(f"Please pay {money(tot)} by the due date or call us to set up a payment plan. This bill has been "
           "reported to the county as a medical expense toward your spend-down. Accounts unpaid after 120 days "
           "may be placed with a collection agency.", 9.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["name"], claim_amount=m2(tot),
              service_dates=[er.isoformat()], denial_date=st.isoformat(), provider=f["hosp"],
              unscored=["insurer"], alternates={"member_id": [None]})
    return out(p), t


def stack_item(rng):
    sent = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 40))
    met = plus(sent, -rng.randint(9, 20))
    bstart, bend = period(met)
    f = dict(name=person(rng), addr=addr(rng), mid=mid(rng), case=f"{digits(rng, 3)}-{digits(rng, 6)}", sent=sent,
             met=met, bstart=bstart, bend=bend, sd=amount(rng, 800, 2200), liab=amount(rng, 60, 400),
             hosp=rng.choice(HOSPITALS))
    return Item(f"{FAMILY}_faxs_stack_met_bill", "fax_standard_g4", [met_notice(rng, f), hosp_bill(rng, f)],
                separators=["cover", None])


# 4 ---------------------------------------------------------------- prose letter (photocopy)
def prose_letter(rng):
    name = person(rng)
    letter = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 40))
    met = plus(letter, -rng.randint(15, 25))
    v1 = plus(met, -rng.randint(10, 20))
    v2 = plus(v1, 7)
    doc = rng.choice(DOCTORS)
    prov = rng.choice(PROVIDERS)
    tcn = f"{letter.strftime('%y')}{digits(rng, 11)}"
    m = mid(rng)
    c = amount(rng, 260, 640)
    dob = dt.date(1950 + rng.randint(0, 20), rng.randint(1, 12), rng.randint(1, 28))
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(AGENCY.upper(), 12, "B", align="C", h=6)
    p.line("Medically Needy Unit  -  " + AG_ADDR, 8.5, align="C", h=4.5)
    p.ln(6)
    p.line(fdate(letter, "dmy"), 10.5, h=6)
    p.ln(3)
    for ln in [name] + addr(rng):
        p.line(ln, 10.5, h=5.2)
    p.ln(4)
    p.para(f"Dear {name.split()[0]} {name.split()[-1]}:", 10.5)
    p.para(f"We are writing about claim {tcn}, which {prov} sent us for your visits with {doc} on "
           f"{fdate(v1, 'dmy')} and {fdate(v2, 'dmy')}. The charges were {money(c)}. We have denied this claim.",
           10.5)
    p.para(f"Your Medicaid number is {m}. You have Medicaid under the Medically Needy program, which means you "
           f"must have medical bills equal to your spend-down before Medicaid can pay. Your spend-down was met on "
           f"{fdate(met, 'dmy')}. On the dates of these visits you were not yet eligible, so Medicaid cannot pay "
           "for them. We did count these visits toward your spend-down.", 10.5)
    p.para(f"Our records show your date of birth as {fdate(dob, 'dmy')}. If any of this is wrong, call us.", 10.5)
    p.para("If you disagree, you may ask us to look at the claim again. Write to us within 30 days of the date of "
           "this letter and include any medical bills we may have missed. You also have the right to a State fair "
           "hearing; you must ask for it within 90 days of the date this letter was mailed.", 10.5)
    p.para("Sincerely,\nMedically Needy Unit", 10.5)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=m, member_name=name, cases=[tcn],
              claim_amount=m2(c), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=letter.isoformat(),
              provider=doc, appeal_deadline=plus(letter, 30).isoformat(), alternates={"provider": [prov]})
    return out(p), t


# 5 ---------------------------------------------------------------- pharmacy/clinic statement (phone photo)
def clinic_statement(rng):
    name = person(rng)
    prov = rng.choice(PROVIDERS)
    st = dt.date(2026, 3, 4) + dt.timedelta(days=rng.randint(0, 40))
    v = plus(st, -rng.randint(30, 50))
    met = plus(v, rng.randint(8, 15))
    m = mid(rng)
    c1, c2 = amount(rng, 150, 320), amount(rng, 40, 190)
    tot = round(c1 + c2, 2)
    p = Page(footer=None)
    p.add_page()
    p.line(prov, 15, "B", h=8)
    p.line("Billing Office  -  77 Commerce Way, Fort Ambrose CD 58112  -  Billing questions (555) 013-8820", 8.5,
           h=4.5)
    p.ln(5)
    p.boxed_pairs([("Statement date", fdate(st, "iso")), ("Patient", name), ("Account", f"{digits(rng, 7)}"),
                   ("Insurance on file", f"Cordell Medicaid  {m}"), ("Amount due", money(tot))], label_w=48)
    p.table(["Service date", "Code", "Description", "Charge", "Status"],
            [[fdate(v, "iso"), "99215", "Office visit, established", money(c1), "Medicaid denied"],
             [fdate(v, "iso"), "93000", "Electrocardiogram", money(c2), "Medicaid denied"]],
            [28, 18, 60, 26, 42], size=9)
    p.para(f"Cordell Medicaid denied these charges because your spend-down was not met on the date of service "
           f"(your coverage began {fdate(met, 'iso')}). The balance is now your responsibility. Keep this "
           "statement: you can give it to your caseworker as a medical bill for your spend-down.", 9.5)
    t = truth("other", None, insurer=None, member_id=m, member_name=name, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=st.isoformat(), provider=prov, unscored=["insurer"],
              alternates={"member_id": [None]})
    return out(p), t


# 6 ---------------------------------------------------------------- reconsideration decision upheld (rotated)
def reconsideration(rng):
    name = person(rng)
    dec = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 30))
    met = plus(dec, -rng.randint(40, 60))
    dos = plus(met, -rng.randint(3, 9))
    req = plus(dec, -rng.randint(12, 20))
    tcn = f"{dec.strftime('%y')}{digits(rng, 11)}"
    rec = f"RCN-{digits(rng, 6)}"
    m = mid(rng)
    hosp = rng.choice(HOSPITALS)
    c = amount(rng, 1800, 5200)
    p = Page(footer="Page {n} of {nb}", footer_left="DSS-MA-230")
    p.add_page()
    letterhead(p, rng, 12)
    p.pairs([("Date", fdate(dec, "iso")), ("Reconsideration no.", rec), ("Recipient", name), ("Medicaid ID", m),
             ("Request received", fdate(req, "iso"))], label_w=46, size=10)
    p.ln(3)
    p.heading("RECONSIDERATION DECISION - CLAIM DENIAL UPHELD", 11.5)
    p.para(f"You asked us to review our denial of claim {tcn} from {hosp} for outpatient surgery on "
           f"{fdate(dos, 'iso')}, billed at {money(c)}.", 10)
    p.para(f"We looked again at the medical bills in your case file. The receipts you sent were already counted. "
           f"Your spend-down for the budget period was met on {fdate(met, 'iso')}, which is after the date of "
           "the surgery. You were not eligible for Medicaid on the date of service. Our decision stays the same: "
           "the claim remains denied.", 10)
    p.para("This is our final review. If you still disagree, you may ask for a State fair hearing within 90 days "
           "of the date this decision was mailed by calling Customer Service or writing to the Office of "
           "Administrative Hearings.", 9.5)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=m, member_name=name, cases=[rec, tcn],
              claim_amount=m2(c), service_dates=[dos.isoformat()], denial_date=dec.isoformat(), provider=hosp,
              alternates={"case_numbers": [[tcn]]})
    return out(p), t


# 7 ---------------------------------------------------------------- provider claim notice in boxes (low res)
def provider_notice(rng):
    name = person(rng)
    nd = dt.date(2026, 2, 23) + dt.timedelta(days=rng.randint(0, 40))
    met = plus(nd, -rng.randint(10, 20))
    d1 = plus(met, -rng.randint(12, 20))
    d2 = plus(d1, rng.randint(2, 5))
    tcn = f"{nd.strftime('%y')}{digits(rng, 11)}"
    m = mid(rng)
    prov = rng.choice(PROVIDERS)
    doc = rng.choice(DOCTORS)
    c1, c2 = amount(rng, 110, 260), amount(rng, 110, 260)
    tot = round(c1 + c2, 2)
    due = plus(nd, 60)
    up = lambda d: d.strftime("%d-%b-%Y").upper()  # noqa: E731
    p = Page(footer=None, footer_left="MMIS-PCN-04  Provider claim notice")
    p.add_page()
    p.line("cordell medical assistance", 15, "B", h=8)
    p.line(f"{AGENCY}  |  Provider Services 1-866-555-0178", 8.5, h=4.5)
    p.ln(4)
    p.line("CLAIM DENIAL NOTICE TO PROVIDER", 12, "B", h=7)
    w = (p.w - p.l_margin - p.r_margin) / 4
    for row in [[("NOTICE DATE", up(nd)), ("TCN", tcn), ("BILLING PROVIDER", prov), ("RENDERING", doc)],
                [("RECIPIENT", name.upper()), ("MEDICAID ID", m), ("SPEND-DOWN MET", up(met)),
                 ("TOTAL BILLED", money(tot))],
                [("FROM DOS", up(d1)), ("TO DOS", up(d2)), ("DENIAL CODE", "0170"), ("APPEAL BY", up(due))]]:
        y = p.get_y()
        for i, (k, v) in enumerate(row):
            x = p.l_margin + i * w
            p.rect(x, y, w, 12)
            p.set_xy(x + 1, y + 0.8)
            p.f(6.5)
            p.cell(w - 2, 3, k)
            p.set_xy(x + 1, y + 5)
            size = 9.5
            p.f(size)
            while p.get_string_width(v) > w - 2.5 and size > 6:
                size -= 0.5
                p.f(size)
            p.cell(w - 2, 5, v)
        p.set_xy(p.l_margin, y + 12)
    p.ln(4)
    p.table(["DOS", "Procedure", "Billed", "Status"],
            [[up(d1), "99213 office visit", money(c1), "DENIED 0170"],
             [up(d2), "99213 office visit", money(c2), "DENIED 0170"]], [34, 70, 30, 40], size=8.5)
    p.para("0170: Recipient not eligible on the date of service - medically needy spend-down not met. The "
           "recipient's Medicaid eligibility begins on the spend-down met date. Services before that date are the "
           "recipient's liability and count toward the spend-down.", 9)
    p.para("To dispute this denial, send a reconsideration request with proof of eligibility by the Appeal By date "
           "above. Timely filing: 365 days from the date of service. Recipient's date of birth is on file.", 9)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=m, member_name=name, cases=[tcn],
              claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=due.isoformat(),
              alternates={"provider": [prov], "insurer": ["Cordell Medical Assistance"],
                          "service_dates": [[span(d1, d2)]]}, type_alternates=["eob"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_notice_of_action", "born_digital", [notice_action(rng)]),
            Item(f"{F}_scan_remittance", "scan_clean_300", [remittance(rng)]),
            stack_item(rng),
            Item(f"{F}_copy_prose_letter", "photocopy", [prose_letter(rng)]),
            Item(f"{F}_photo_clinic_statement", "phone_photo", [clinic_statement(rng)]),
            Item(f"{F}_rot_reconsideration", "rotated", [reconsideration(rng)]),
            Item(f"{F}_lowres_provider_notice", "scan_lowres_150", [provider_notice(rng)])]
