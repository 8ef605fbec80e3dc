"""Medicare Secondary Payer (MSP) claim denials: Medicare Summary Notices and contractor / BCRC letters.

Mirrors, for structure and wording only, Original Medicare's Medicare Summary Notice (MSN) and the letters a
beneficiary gets when Medicare denies a claim because another insurer should pay first (an employer group
health plan, auto / no-fault or liability insurance, workers' compensation), including the Benefits
Coordination & Recovery Center's questionnaire letter. Every beneficiary, provider, contractor, number and
address is invented (the Medicare Administrative Contractor named here does not exist).

Documents (8 in 7 files):
  msn_partb_ghp        two-page Part B MSN, ruled claims table (3 claims, one denied: group plan pays first),
                       running header and appeal rights on page 2 (born digital)
  bcrc_wc_fax          BCRC letter told in sentences with a typed fax header line: work-related, WC pays first
  stack                fax cover + one-page Part A MSN (no-fault insurance first) + duplex back, then the BCRC
                       accident questionnaire letter fed upside down (denies nothing)
  redet_unfavorable    redetermination upheld, dot-leader label block, all-capitals month dates (photocopy)
  redet_favorable      redetermination reversed (Medicare pays as secondary), caption-over-value grid
  mac_liability        contractor's short denial letter, liability insurance first, sidebar facts (rotated)
  msn_partb_liab_photo one-page Part B MSN photographed with a phone, liability insurance first
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundde_famdee import RunPage, captions, dots, fax_line, ruled
from public_kit import fdate, m2, money, out, person, plus, truth

FAMILY = "medicare_secondary_payer_claim_denial_msn"
LANG = "en"
SEED = 350504

MAC = "Tallgrass Medicare Administrative Services"
MAC_J = "Tallgrass Medicare Administrative Services, Jurisdiction 9 Part A/B"
PROVIDERS = ["Riverbend Internal Medicine", "Dr. Celestine Marwood", "Kettle Falls Imaging Center",
             "Dr. Anselm Vukovich", "Brightwater Physical Therapy", "Lone Pine Orthopedic Associates",
             "Dr. Priya Athanasiou", "Saltmarsh Cardiology PC", "Hollis Creek Community Hospital",
             "Dr. Benedikt Oyelowo"]
ADDRS = ["4418 Larchmont Ave, Wichita KS 67208", "77 Quarry Bend Rd, Salina KS 67401",
         "1290 Deer Run Ct, Topeka KS 66614", "630 W Ninth St, Hays KS 67601", "2151 Pawnee Trl, Emporia KS 66801"]
MSP = {
    "ghp": ("Our records show that you have an employer group health plan that should pay before Medicare. "
            "Send this claim to that plan first. When it has paid, your provider may bill Medicare for any amount "
            "it did not pay."),
    "nofault": ("This claim should be paid by your no-fault (personal injury protection) insurance. Medicare "
                "pays secondary only after that insurer has paid or denied the claim."),
    "liab": ("Our records show these services are related to an accident for which a liability insurer may be "
             "responsible. Medicare does not pay first when liability insurance is expected to pay promptly."),
}


def mbi(rng):
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return f"{''.join(c[:4])}-{''.join(c[4:7])}-{''.join(c[7:])}"


def claimno(rng):
    return f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"


def amt(rng, lo, hi):
    return round(rng.randint(lo, hi) + rng.randint(0, 99) / 100, 2)


def base(rng, nd):
    name, first, mid, last = person(rng)
    return dict(name=name, first=first, last=last, mbi=mbi(rng), addr=rng.choice(ADDRS), nd=nd,
                dob=dt.date(rng.randint(1942, 1958), rng.randint(1, 12), rng.randint(1, 28)))


# ---------------------------------------------------------------- MSN (Part A or B, one or two pages)
def msn(rng, part: str, cause: str, two_pages: bool):
    nd = dt.date(2026, rng.randint(1, 5), rng.randint(1, 28))
    b = base(rng, nd)
    start = dt.date(nd.year, ((nd.month - 1) // 3) * 3 + 1, 1) - dt.timedelta(days=90)
    claims = []
    for i in range(3):
        sd = start + dt.timedelta(days=rng.randint(5, 80))
        lines = [(rng.choice(["Office/outpatient visit, est (99214)", "X-ray exam, knee 3 views (73562)",
                              "Therapeutic exercise (97110)", "Echocardiogram, complete (93306)",
                              "Injection, joint, major (20610)", "Blood count, complete (85025)"]),
                  amt(rng, 60, 900)) for _ in range(rng.randint(1, 2))]
        claims.append(dict(no=claimno(rng), prov=PROVIDERS[(i * 3 + rng.randint(0, 2)) % len(PROVIDERS)], sd=sd,
                           lines=lines, recv=plus(sd, rng.randint(3, 9))))
    den = rng.randint(0, 2)
    claims.sort(key=lambda c: c["sd"])
    deadline = plus(nd, 120)
    run = f"{b['name']}   Medicare Number {b['mbi']}   Page {{n}} of {{nb}}"
    p = RunPage(run=run if two_pages else None, serif=False, footer=None, margins=(14, 12, 14))
    p.add_page()
    p.line(f"Medicare Summary Notice for Part {part}", 15, "B")
    p.line("(Hospital Insurance)" if part == "A" else "(Medical Insurance)", 10)
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8)
    p.ln(2)
    y = p.get_y()
    p.line(b["name"].upper(), 10, "B")
    for l in b["addr"].split(", ", 1):
        p.line(l.upper(), 9.5)
    p.set_xy(118, y)
    p.set_fill_color(238, 238, 238)
    p.f(9)
    p.multi_cell(84, 5, f"Your Medicare Number: **{b['mbi']}**\nThis notice is for claims processed between\n"
                 f"{fdate(start, 'long')} and {fdate(plus(nd, -10), 'long')}\nDate of this notice: "
                 f"**{fdate(nd, 'long')}**", fill=True, markdown=True, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.heading("Your Deductible Status", 10)
    p.para(f"Your deductible is what you must pay for most health services before Medicare begins to pay. "
           f"You have now met $257 of your ${257 if part == 'B' else 1676} Part {part} deductible for 2026.", 8.8)
    if two_pages:
        p.heading("Be Informed!", 10)
    (p.para if two_pages else (lambda *a, **k: None))("Medicare needs to know about your other insurance. Call the Benefits Coordination & Recovery Center at "
           "1-855-555-0182 (TTY 1-855-555-0183) if you have group health, auto, liability or workers' "
           "compensation coverage.", 8.8)
    p.heading("Your Claims & Costs This Period", 11, rule=True)
    letters = "ABC"
    rows, tot = [], [0, 0, 0, 0]
    for i, c in enumerate(claims):
        p.f(9, "B")
        p.multi_cell(0, 4.6, f"{fdate(c['sd'], 'slash')}  {c['prov']}   Claim number {c['no']}   "
                     f"(received {fdate(c['recv'], 'slash')})", new_x="LMARGIN", new_y="NEXT")
        rows = []
        ctot = 0
        for desc, ch in c["lines"]:
            ok = i != den
            appr = round(ch * 0.42, 2) if ok else 0
            paid = round(appr * 0.8, 2)
            you = round(appr - paid, 2)
            rows.append([desc, "Yes" if ok else "No", money(ch), money(appr), money(paid), money(you),
                         "" if ok else "A"])
            tot[0] += ch; tot[1] += appr; tot[2] += paid; tot[3] += you
            ctot += ch
        c["total"] = round(ctot, 2)
        ruled(p, ["Service Provided & Billing Code", "Service Approved?", "Amount Charged",
                  "Medicare Approved", "Medicare Paid", "You May Be Billed", "See Notes"],
              rows, [62, 18, 24, 24, 24, 24, 12], size=7.8, aligns=["L", "C", "R", "R", "R", "R", "C"],
              total=["Total for this claim", "", money(ctot), "", "", "", ""] if len(rows) > 1 else None)
    p.f(9, "B")
    p.multi_cell(0, 4.6, f"Totals for all claims this period:  charged {money(tot[0])}   approved {money(tot[1])}   "
           f"Medicare paid {money(tot[2])}   you may be billed {money(tot[3])}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Notes for Claims Above", 10)
    p.bullets([f"**A** " + MSP[cause],
               f"**B** This is a reminder that you should keep your receipts. "
               "Form CMS-10003 is available in large print."], 8.3, mark="")
    if two_pages:
        p.add_page()
    else:
        p.ln(1)
    p.heading("How to Handle Denied Claims or File an Appeal", 11, rule=True)
    p.para(f"If you disagree with a coverage decision, you may file an appeal. **Appeals must be filed by "
           f"{fdate(deadline, 'long')}.** Circle the service(s) you disagree with, explain why on this notice, "
           "sign it and send it to the contractor below, or use Form CMS-20027.", 8.8)
    p.para(f"{MAC_J}, Appeals Unit, P.O. Box 5550-0917, Topeka KS 66601. If you want help, call 1-800-MEDICARE "
           "(TTY 1-877-555-0148) or your State Health Insurance Assistance Program at 1-800-555-0116.", 8.8)
    p.para("If the other insurer has paid or denied these services, send a copy of its explanation of benefits "
           "with your appeal. Do not send this page to your employer plan.", 8.8)
    p.para(f"Date of birth on file: {fdate(b['dob'], 'slash')}.  Your name: {b['name']}   "
           "Phone: (____) ________   Signature: _______________________", 8.3)
    c = claims[den]
    t = truth("eob", "other", insurer="Medicare", member_id=b["mbi"], member_name=b["name"], cases=[c["no"]],
              claim_amount=m2(c["total"]), service_dates=[c["sd"].isoformat()], denial_date=nd.isoformat(),
              provider=c["prov"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return out(p), t


# ---------------------------------------------------------------- BCRC letter in sentences, fax header
def bcrc_fax(rng):
    nd = dt.date(2026, 3, rng.randint(5, 20))
    b = base(rng, nd)
    sd = plus(nd, -rng.randint(25, 40))
    recv = plus(sd, rng.randint(2, 6))
    prov = rng.choice(PROVIDERS)
    no, charge = claimno(rng), amt(rng, 400, 3800)
    wc = f"WC-{rng.randint(2025, 2026)}-{rng.randint(100000, 999999)}"
    p = RunPage(footer=None, margins=(24, 22, 24))
    p.add_page()
    fax_line(p, f"{nd.strftime('%b-%d-%Y').upper()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  FROM: BCRC MSP UNIT  555 019 4410   TO: 15550137726"
                f"   P.001/001")
    p.ln(6)
    p.line("Medicare Secondary Payer", 12, "B")
    p.line("Benefits Coordination & Recovery Center", 10)
    p.line("P.O. Box 5550-3382, Oklahoma City, OK 73155", 9)
    p.ln(6)
    p.line(fdate(nd, "long"), 10)
    p.ln(4)
    for l in [b["name"], *b["addr"].split(", ", 1)]:
        p.line(l, 10)
    p.ln(5)
    p.para(f"Dear {b['first']} {b['last']}:", 10.5)
    p.para(f"We are writing about a Medicare claim for services you received from {prov} on "
           f"{sd.strftime('%m/%d/%y')}. Medicare received the claim on {recv.month}/{recv.day}/"
           f"{recv.strftime('%y')} and gave it the claim number {no}. The provider charged {money(charge)}.", 10.5)
    p.para("Medicare did not pay this claim. Our records show that the services were for an injury or illness "
           "you got at work, and that a workers' compensation carrier has accepted that injury. Workers' "
           "compensation must pay first for care related to a work injury, so Medicare cannot be the primary "
           f"payer. The carrier told us its own claim number is {wc}; please give that number, not the Medicare "
           "claim number, to the carrier when you call it.", 10.5)
    p.para(f"Your Medicare Number is {b['mbi']} and our records list your date of birth as "
           f"{b['dob'].month}/{b['dob'].day}/{b['dob'].strftime('%y')}. If this information is wrong, or if the "
           "services were not related to your work injury, please let us know.", 10.5)
    p.para(f"If you disagree with this decision, you may ask for a redetermination within 120 days of the date "
           f"of this letter. Send your request to {MAC}, Appeals Unit, P.O. Box 5550-0917, Topeka KS 66601, and "
           "include a copy of this letter. You may call us at 1-855-555-0182 (TTY 1-855-555-0183), Monday "
           "through Friday, 8 a.m. to 8 p.m. Eastern Time.", 10.5)
    p.para("Sincerely,", 10.5)
    p.para("Benefits Coordination & Recovery Center\nMedicare Secondary Payer Operations", 10.5)
    p.line("Form MSP-WC-04 (rev. 11/25)", 7.5)
    t = truth("denial_letter", "other", insurer="Benefits Coordination & Recovery Center", member_id=b["mbi"],
              member_name=b["name"], cases=[no], claim_amount=m2(charge), service_dates=[sd.isoformat()],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"insurer": ["Medicare", "Medicare Secondary Payer"]})
    return out(p), t


# ---------------------------------------------------------------- BCRC accident questionnaire (denies nothing)
def bcrc_questionnaire(rng):
    nd = dt.date(2026, rng.randint(2, 5), rng.randint(1, 28))
    b = base(rng, nd)
    acc = plus(nd, -rng.randint(40, 90))
    ref = f"MSP{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}"
    p = RunPage(footer="Page {n} of {nb}", margins=(20, 16, 20))
    p.add_page()
    p.line("Benefits Coordination & Recovery Center", 13, "B")
    p.line("Medicare Secondary Payer  |  P.O. Box 5550-3382  |  Oklahoma City, OK 73155", 8.5)
    p.rule() if hasattr(p, "rule") else None
    p.ln(3)
    p.pairs([("Date", fdate(nd, "abbr")), ("Reference No.", ref), ("Medicare Number", b["mbi"]),
             ("Beneficiary", b["name"])], label_w=38, size=9.5)
    p.ln(3)
    p.line("Medicare Secondary Payer Accident Questionnaire", 11.5, "B")
    p.ln(2)
    p.para(f"Medicare has received claims with a diagnosis showing you may have been hurt in an accident on or "
           f"about {fdate(acc, 'long')}. Medicare may not have to pay first for these services if another "
           "insurance (auto, no-fault, liability or workers' compensation) should pay. Please answer the questions "
           "below and return this page within 30 days. This letter does not deny any claim.", 9.8)
    qs = ["1. What kind of accident was it?  [ ] Automobile  [ ] Fall  [ ] Work  [ ] Other ________",
          "2. Where did it happen? ______________________________________________",
          "3. Do you have auto or no-fault insurance?  [ ] Yes  [ ] No   Company: ________________",
          "4. Policy number: __________________   Claim number: ____________________",
          "5. Did you hire a lawyer?  [ ] Yes  [ ] No   Name and phone: __________________",
          "6. Is anyone else responsible for the accident?  [ ] Yes  [ ] No"]
    for q in qs:
        p.line(q, 9.5, h=7.5)
    p.ln(3)
    p.para(f"Date of birth: {fdate(b['dob'], 'slash')}    Signature: ______________________   Date: ________", 9.5)
    p.para("Questions? Call 1-855-555-0182, TTY 1-855-555-0183. Form MSP-AQ-1 (rev. 08/25).", 8.5)
    t = truth("other", None, insurer="Benefits Coordination & Recovery Center", member_id=b["mbi"],
              member_name=b["name"], cases=[ref], denial_date=nd.isoformat(),
              alternates={"insurer": ["Medicare"], "case_numbers": [[]], "denial_date": [None]})
    return out(p), t


# ---------------------------------------------------------------- redetermination, unfavorable, dot leaders
def redet_unfav(rng):
    nd = dt.date(2026, rng.randint(3, 6), rng.randint(1, 28))
    b = base(rng, nd)
    sd = plus(nd, -rng.randint(100, 150))
    recv = plus(nd, -rng.randint(20, 50))
    prov = rng.choice(PROVIDERS)
    no, ap = claimno(rng), f"{rng.randint(1, 9)}{rng.randint(100, 999)}{rng.choice('ABR')}{rng.randint(100000, 999999)}"
    charge = amt(rng, 300, 5200)
    npi = f"1{rng.randint(100000000, 999999999)}"
    up = lambda d: d.strftime("%d-%b-%Y").upper()  # noqa: E731
    p = RunPage(serif=True, footer="Page {n} of {nb}", margins=(22, 18, 22))
    p.add_page()
    p.line(MAC.upper(), 12, "B", align="C")
    p.line("A Medicare Administrative Contractor  -  Jurisdiction 9 Part A/B", 8.5, align="C")
    p.line("P.O. Box 5550-0917  Topeka, KS 66601   Phone 1-877-555-0190   TTY 711", 8.5, align="C")
    p.ln(6)
    p.line("MEDICARE REDETERMINATION NOTICE", 12, "B")
    p.ln(2)
    dots(p, [("Date of notice", up(nd)), ("Beneficiary", b["name"]), ("Medicare number", b["mbi"]),
             ("Appeal number", ap), ("Claim number (ICN)", no), ("Provider / supplier", prov),
             ("Provider NPI", npi), ("Date(s) of service", up(sd)), ("Amount billed", money(charge)),
             ("Request received", up(recv))], width=66, size=9.5)
    p.ln(3)
    p.para("**Decision:** UNFAVORABLE. We reviewed your request for a redetermination of the claim listed above "
           "and decided that Medicare cannot pay it as the primary payer.", 9.8)
    p.para("**Explanation:** Our records and the information you sent show that on the date of service you were "
           "covered by a group health plan through your spouse's current employment with more than 20 employees. "
           "In this case the group health plan pays first (Medicare Secondary Payer Manual, Pub. 100-05, Ch. 1, "
           "sec. 10.1). You did not send the group plan's explanation of benefits, so Medicare cannot figure a "
           "secondary payment.", 9.8)
    p.para("**Who is responsible for the bill:** You may be billed for this service until the group health plan "
           "processes it. Medicare will review the claim again if the provider resubmits it with the primary "
           "payer's payment information.", 9.8)
    p.para("**If you disagree:** You may ask a Qualified Independent Contractor (QIC) for a reconsideration. You "
           "have 180 days from the date you receive this notice to file. We assume you received this notice 5 "
           "days after the date of notice above, unless you show otherwise. Use Form CMS-20033.", 9.8)
    p.para(f"Beneficiary date of birth ....... {up(b['dob'])}", 8.5)
    t = truth("denial_letter", "other", insurer=MAC, member_id=b["mbi"], member_name=b["name"], cases=[ap, no],
              claim_amount=m2(charge), service_dates=[sd.isoformat()], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=None,
              alternates={"appeal_deadline": [plus(nd, 185).isoformat(), plus(nd, 180).isoformat()],
                          "insurer": [MAC_J], "case_numbers": [[ap]]})
    return out(p), t


# ---------------------------------------------------------------- redetermination, favorable, caption grid
def redet_fav(rng):
    nd = dt.date(2026, rng.randint(3, 6), rng.randint(1, 28))
    b = base(rng, nd)
    sd = plus(nd, -rng.randint(90, 140))
    prov = rng.choice(PROVIDERS)
    no, ap = claimno(rng), f"RD-{nd.strftime('%y')}-{rng.randint(1000000, 9999999)}"
    charge = amt(rng, 250, 4000)
    p = RunPage(footer=None, footer_left="Form TMAS-RD2 (01/2026)", margins=(16, 14, 16))
    p.add_page()
    p.line(MAC, 14, "B")
    p.line("Medicare Part A/B Redeterminations", 9)
    p.ln(5)
    p.line("Medicare Redetermination Notice - Favorable Decision", 12, "B")
    p.ln(3)
    captions(p, [[("Date of this notice", fdate(nd, "iso"), 45), ("Beneficiary name", b["name"], 70),
                  ("Medicare number", b["mbi"], 60)],
                 [("Appeal number", ap, 45), ("Claim number", no, 70), ("Date of service", fdate(sd, "iso"), 60)],
                 [("Provider", prov, 80), ("Billed amount", money(charge, "usd"), 45),
                  ("Date received", fdate(plus(sd, rng.randint(2, 6)), "iso"), 50)]], box=True)
    p.ln(3)
    p.para("**Decision: FAVORABLE.** We have decided that Medicare can pay the claim listed above.", 10)
    p.para("You sent proof that the employer group health plan coverage ended when you retired, before the date "
           "of service. Medicare is therefore the primary payer for this service and has updated its records. "
           "The claim will be reprocessed and your provider will receive the payment; you will see it on a "
           "future Medicare Summary Notice.", 10)
    p.para("You do not need to do anything. If you have questions call 1-877-555-0190 (TTY 711). Please keep "
           f"this notice. Date of birth on file {fdate(b['dob'], 'iso')}.", 10)
    t = truth("other", None, insurer=MAC, member_id=b["mbi"], member_name=b["name"], cases=[ap, no],
              claim_amount=m2(charge), service_dates=[sd.isoformat()], denial_date=nd.isoformat(), provider=prov,
              alternates={"insurer": [MAC_J]})
    return out(p), t


# ---------------------------------------------------------------- contractor letter, sidebar facts
def mac_liab(rng):
    nd = dt.date(2026, rng.randint(1, 5), rng.randint(1, 28))
    b = base(rng, nd)
    sd1 = plus(nd, -rng.randint(30, 60))
    sd2 = plus(sd1, rng.randint(1, 4))
    prov = rng.choice(PROVIDERS)
    no = claimno(rng)
    charge = amt(rng, 900, 7000)
    p = RunPage(footer=None, margins=(14, 14, 14))
    p.add_page()
    p.line(MAC, 13, "B")
    p.line("Medicare Secondary Payer Claims  |  1-877-555-0190  |  TTY 711", 8)
    p.ln(4)
    y = p.get_y()
    p.set_fill_color(235, 235, 235)
    p.rect(14, y, 55, 92, style="F")
    p.set_xy(16, y + 2)
    for k, v in [("Letter date", fdate(nd, "abbr")), ("Patient", b["name"]), ("Medicare ID", b["mbi"]),
                 ("Claim #", no), ("Service from", fdate(sd1, "slash")), ("Service to", fdate(sd2, "slash")),
                 ("Billed", money(charge, "flat")), ("Rendering", prov), ("Tax ID", f"55-{rng.randint(1000000, 9999999)}")]:
        p.set_x(16)
        p.f(7, "B")
        p.cell(50, 3.6, k.upper(), new_x="LMARGIN", new_y="NEXT")
        p.set_x(16)
        p.f(8.5)
        p.multi_cell(51, 4.2, v, new_x="LMARGIN", new_y="NEXT")
        p.ln(0.8)
    p.set_xy(74, y)
    body = [b["name"], *b["addr"].split(", ", 1), "",
            f"Dear {b['first']} {b['last']},",
            "",
            "Medicare denied the claim shown at left. The diagnosis shows an injury from an accident, and our "
            "records show a liability insurance claim is open for it. When liability insurance is expected to "
            "pay, Medicare does not pay first. Your provider should bill the liability insurer.",
            "",
            "If the liability insurer does not pay within 120 days, your provider may ask Medicare for a "
            "conditional payment, which Medicare may later recover from any settlement.",
            "",
            "You may appeal this decision within 120 days of the date of this letter by writing to the Appeals "
            "Unit at the address below. Keep a copy of this letter for your records.",
            "",
            "Medicare Secondary Payer Claims, P.O. Box 5550-0917, Topeka KS 66601"]
    for l in body:
        p.set_x(74)
        p.f(9.5)
        p.multi_cell(122, 4.8, l, new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=MAC, member_id=b["mbi"], member_name=b["name"], cases=[no],
              claim_amount=m2(charge), service_dates=[f"{sd1.isoformat()}/{sd2.isoformat()}"],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"service_dates": [[sd1.isoformat(), sd2.isoformat()]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [
        Item(f"{F}_msn_partb_ghp", "born_digital", [msn(rng, "B", "ghp", True)]),
        Item(f"{F}_bcrc_wc_fax", "fax_fine_g4", [bcrc_fax(rng)]),
        Item(f"{F}_stack", "scan_clean_300", [msn(rng, "A", "nofault", False), bcrc_questionnaire(rng)],
             separators=["cover", "duplex"], turns={(1, 0): 180}),
        Item(f"{F}_redet_unfavorable", "photocopy", [redet_unfav(rng)]),
        Item(f"{F}_redet_favorable", "scan_lowres_150", [redet_fav(rng)]),
        Item(f"{F}_mac_liability", "rotated", [mac_liab(rng)]),
        Item(f"{F}_msn_partb_liab_photo", "phone_photo", [msn(rng, "B", "liab", False)]),
    ]
