"""Family 'ivig_home_infusion_coverage_denial': a plan's, PBM's or Medicare contractor's notice about intravenous or
subcutaneous immune globulin (IVIG / SCIG) given at home or in an infusion suite. Written at first sight from the
general shape of such notices (utilization-management letters, a DME MAC claim letter, a PBM coverage denial, a
remittance to the infusion pharmacy, a member EOB); every insurer, pharmacy, agency, person and number is invented.

Layouts: Kuressaare Health Alliance (commercial; letter with a boxed summary and a member EOB with two claims),
Lakeridge Medicare Services (fictional DME MAC contractor; claim letter, Part B vs Part D), Saaremaa Rx Solutions
(PBM; SCIG denial, stacked behind Haapsalu Home Infusion Pharmacy's cover letter to the patient), Viljandi Valley
Health Plan (approval for a hospital outpatient site only; a site-of-care denial; a remittance to the pharmacy).
Reasons: diagnosis not on the covered list, home IVIG under Part B only for primary immune deficiency, no trial of
IVIG before SCIG, site of care (hospital outpatient department redirected to home/infusion suite), no prior
authorization on the remittance, no trial of conventional therapy on the EOB. Decoys: NPIs, dates of birth, received
dates, prescription numbers, the other patient's paid claim on the remittance, the paid nursing claim on the EOB,
grams and units, NDCs, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "ivig_home_infusion_coverage_denial"
LANG = "en"

FIRST = ["Kadri", "Tonis", "Adebayo", "Meenakshi", "Rasmus", "Oluwaseun", "Liisbet", "Karthik", "Funmilayo",
         "Priit", "Anneli", "Venkatesh"]
LAST = ["Saar", "Kivistik", "Adeyemi", "Raghunathan", "Lepik", "Okonkwo", "Tamm", "Subramaniam", "Ilves",
        "Babatunde", "Pihlak", "Ramaswamy"]
STREETS = ["Kardla Lane", "Rapla Road", "Ogbomoso Court", "Madurai Street", "Paide Avenue"]
CITIES = [("Lakeridge", "MI", "49688"), ("Saar Falls", "WI", "54971"), ("Kivi Harbor", "MN", "56093")]
KH, LM, SR, VV = ("Kuressaare Health Alliance", "Lakeridge Medicare Services", "Saaremaa Rx Solutions",
                  "Viljandi Valley Health Plan")
HP, TN = "Haapsalu Home Infusion Pharmacy", "Tallinn Creek Infusion Nursing, Inc."


def person(r: random.Random) -> tuple[str, str, str, str]:
    f, l, m = r.choice(FIRST), r.choice(LAST), r.choice("BDEGHJKLMNRST")
    return f"{f} {m}. {l}", f, m, l


def ident(r: random.Random, pat: str) -> str:
    return "".join(r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def usd(v: float, sign: bool = True) -> str:
    return ("$" if sign else "") + f"{v:,.2f}"


def d2(d: dt.date, s: str) -> str:
    return fmt_date(d, s)


def phone(r: random.Random) -> str:
    return f"({r.choice(['231', '608', '320'])}) 555-{r.randint(100, 999):04d}"


def tollfree(r: random.Random) -> str:
    return f"1-8{r.choice('0345')}{r.choice('0345')}-555-{r.randint(1000, 9999)}"


def addr(r: random.Random) -> tuple[str, str]:
    c = r.choice(CITIES)
    return f"{r.randint(14, 9800)} {r.choice(STREETS)}", f"{c[0]}, {c[1]} {c[2]}"


def head(d: Doc, ins: str, sub: str, lines: list[str]) -> None:
    if ins == KH:
        d.text_line("KURESSAARE", 22, "B")
        d.text_line("HEALTH ALLIANCE", 9, "B")
        d.rule(0.7, 1.2)
        d.text_line("  |  ".join(lines), 8)
    elif ins == LM:
        d.text_line(LM, 13, "B")
        d.text_line("DME Medicare Administrative Contractor - Jurisdiction F (fictional)", 8.5)
        d.text_line("  ".join(lines), 8)
        d.rule(0.3, 1)
    elif ins == SR:
        d.text_line("saaremaa", 20, "B")
        d.text_line("Rx Solutions  -  Pharmacy Benefit Management", 9)
        d.text_line(" / ".join(lines), 8)
    else:
        d.text_line(VV, 14, "B", align="R")
        for ln in lines:
            d.text_line(ln, 8.5, align="R")
        d.rule(0.4, 1)
    if sub:
        d.text_line(sub, 8, "I")
    d.ln(4)


def kv(d: Doc, rows: list[tuple[str, str]], lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, size * 0.52, k)
        d.font(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d: Doc, m, a) -> None:
    for ln in (m[0], *a):
        d.text_line(ln, 10.5)
    d.ln(4)


# ---------------------------------------------------------------- 1. diagnosis not on the covered list (letter)
def doc_dx(r: random.Random):
    m, a = person(r), addr(r)
    presc = person(r)
    dec = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 40))
    rec = dec - dt.timedelta(days=r.randint(4, 9))
    dos = [dec - dt.timedelta(days=x) for x in (r.randint(40, 45), r.randint(12, 16))]
    dos.sort()
    mid, grp, claim = ident(r, "KHA999999999"), ident(r, "GRP-99999"), ident(r, "2026-9999-999999")
    grams = r.choice([30, 35, 40])
    units = grams * 2
    per = round(r.uniform(88, 104), 2)
    drug = round(units * per, 2) * 2
    perdiem = 2 * 185.00
    nurse = 2 * round(r.uniform(140, 190), 2)
    total = round(drug + perdiem + nurse, 2)
    ph, dob = tollfree(r), dt.date(r.randint(1961, 1990), r.randint(1, 12), r.randint(1, 28))
    d = Doc("Helvetica", footer="KHA-UM-IG-04  Page {p} of {n}")
    d.add_page()
    head(d, KH, "", ["PO Box 4410, Saar Falls, WI 54971", f"Member Services {ph}", "TTY 711"])
    d.text_line(d2(dec, "long"), 10.5)
    d.ln(3)
    addressee(d, m, a)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(1)
    d.set_fill_color(238, 238, 238)
    d.boxes([("Member", m[0], 58), ("Member ID", mid, 40), ("Group", grp, 34), ("Date of birth", d2(dob, "slash"), 48)])
    d.boxes([("Claim number", claim, 58), ("Received", d2(rec, "slash"), 40), ("Total billed", usd(total), 34),
             ("Dates of service", f"{d2(dos[0], 'slash')}, {d2(dos[1], 'slash')}", 48)])
    d.ln(4)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"We reviewed the claim from {HP} (NPI {r.choice('12')}{r.randint(10**8, 10**9 - 1)}) for immune globulin "
           f"infusions given in your home on {d2(dos[0], 'long')} and {d2(dos[1], 'long')}, prescribed by "
           f"Dr. {presc[0]}. The claim lists J1569 (immune globulin, Gammagard Liquid, 500 mg) - {units} units "
           f"({grams} grams) per infusion - with home infusion per diem S9338 and nursing visit 99601.")
    d.text_line("Why we denied this claim", 11, "B")
    d.para("Our Immune Globulin Therapy medical policy covers IVIG only for the diagnoses on its covered list (for "
           "example primary humoral immunodeficiency, CIDP, multifocal motor neuropathy, ITP and Kawasaki disease). "
           "The diagnosis on the claim, G90.A (postural orthostatic tachycardia syndrome), is not on the covered list. "
           "The infusions are therefore not medically necessary under the policy, and the plan will not pay.")
    d.table(["Code", "Service", "Billed"],
            [["J1569", f"Immune globulin 500 mg x {units} x 2", usd(drug)], ["S9338", "Home infusion per diem x 2",
             usd(perdiem)], ["99601", "Home infusion nursing visit x 2", usd(nurse)], ["*Total", "", usd(total)]],
            [24, 110, 36], size=9.5, aligns="LLR")
    d.text_line("Your right to appeal", 11, "B")
    d.para("You or your provider may file an appeal within 180 days of the date of this letter. Send it to Appeals, "
           f"PO Box 4418, Saar Falls, WI 54971, or fax (608) 555-0147. Urgent appeals are decided within 72 hours. "
           f"After the internal appeal you may ask for an external review. Questions: {ph}.")
    t = truth("denial_letter", "medical_necessity", insurer=KH, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dos],
              denial_date=dec.isoformat(), provider=HP,
              appeal_deadline=(dec + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [f"Dr. {presc[0]}", presc[0]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2. Medicare DME MAC: Part B only for PID
def doc_partb(r: random.Random):
    m, a = person(r), addr(r)
    presc = person(r)
    dec = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 30))
    dos = dec - dt.timedelta(days=r.randint(20, 35))
    mbi = ident(r, "9AA9-AA9-AA99").replace("0", "4")
    claim = ident(r, "99999999999999")
    grams = r.choice([25, 30])
    lines = [("J1459", f"Immune globulin (Privigen), 500 mg - {grams * 2} units", round(grams * 2 * 96.4, 2)),
             ("E0781", "Ambulatory infusion pump, rental", 312.00), ("K0552", "Supplies for external drug pump", 88.50)]
    total = round(sum(x[2] for x in lines), 2)
    ph = tollfree(r)
    d = Doc("Courier", margins=(16, 14, 16))
    d.add_page()
    head(d, LM, "", ["PO Box 6620", "Lakeridge, MI 49688", f"Customer Service {ph}"])
    d.text_line(f"NOTICE DATE: {d2(dec, 'upper')}", 10, "B")
    d.ln(2)
    addressee(d, (m[0].upper(),), (a[0].upper(), a[1].upper()))
    d.text_line("MEDICARE PART B CLAIM DETERMINATION", 12, "B")
    kv(d, [("BENEFICIARY:", m[0].upper()), ("MEDICARE NUMBER:", mbi), ("CLAIM CONTROL NUMBER:", claim),
           ("SUPPLIER:", HP.upper()), ("ORDERING PHYSICIAN:", f"{presc[0].upper()}, MD"),
           ("DATE OF SERVICE:", d2(dos, "slash")), ("DIAGNOSIS:", "G61.81 CIDP")], lw=62, size=9.5)
    d.table(["HCPCS", "DESCRIPTION", "BILLED", "ALLOWED", "CARC/RARC"],
            [[c, ds, usd(v), "0.00", "CO-50 / N115"] for c, ds, v in lines] + [["*TOTAL", "", usd(total), "0.00", ""]],
            [20, 82, 26, 22, 30], size=8.5, aligns="LLRRL")
    d.para("WHY THIS CLAIM WAS DENIED: Medicare Part B pays for intravenous immune globulin given in the home, and "
           "the pump and supplies used for it, only when the patient has a diagnosed primary immune deficiency "
           "disease. The diagnosis on this claim (chronic inflammatory demyelinating polyneuropathy) is not a "
           "primary immune deficiency, so the home IVIG benefit under Part B does not apply. This drug may be "
           "covered by the patient's Medicare drug plan (Part D); the pharmacy should bill the Part D plan. "
           "Remark N115: this decision was based on a Local Coverage Determination (LCD).", size=9.5)
    d.para("You may owe nothing for this claim if the supplier did not give you an Advance Beneficiary Notice.",
           size=9.5)
    d.para("IF YOU DISAGREE: You may ask for a redetermination. Your request must be filed within 120 days of the "
           f"date of this notice. Write to {LM}, Redeterminations, PO Box 6627, Lakeridge, MI 49688. "
           "Include a copy of this notice.", size=9.5)
    t = truth("denial_letter", "not_covered", insurer=LM, member_id=mbi, member_name=m[0], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=dec.isoformat(),
              provider=HP, appeal_deadline=(dec + dt.timedelta(days=120)).isoformat(),
              alternates={"provider": [presc[0]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3. approval, hospital outpatient only
def doc_approval(r: random.Random):
    m, a = person(r), addr(r)
    presc = person(r)
    dec = dt.date(2026, 5, 11) + dt.timedelta(days=r.randint(0, 20))
    start = dec + dt.timedelta(days=r.randint(5, 12))
    end = start + dt.timedelta(days=179)
    mid, grp, auth = ident(r, "VV99999999-01"), ident(r, "99999"), ident(r, "UM26-999999")
    ph = tollfree(r)
    d = Doc("Times")
    d.add_page()
    head(d, VV, "", ["Utilization Management", "820 Kivi Parkway, Kivi Harbor, MN 56093", f"{ph}  |  Fax (320) 555-0188"])
    d.text_line(d2(dec, "abbr"), 11)
    d.ln(3)
    addressee(d, m, a)
    d.text_line("Approval of Your Request for Immune Globulin Infusions", 13, "B")
    d.ln(1)
    kv(d, [("Member:", m[0]), ("Member ID:", mid), ("Group:", grp), ("Authorization number:", auth),
           ("Requesting physician:", f"{presc[0]}, MD"), ("Approved site:", "Viljandi General Hospital Outpatient "
                                                                             "Infusion Center (hospital outpatient)"),
           ("Drug:", "Immune globulin IV (J1569), 2 g/kg every 4 weeks"),
           ("Approved dates:", f"{d2(start, 'slash')} through {d2(end, 'slash')}")], lw=52, size=11)
    d.para(f"Dear {m[1]} {m[3]}: Good news. We approved the request from Dr. {presc[3]} for intravenous immune "
           "globulin for chronic inflammatory demyelinating polyneuropathy. This approval is for infusions at the "
           "hospital outpatient infusion center named above only, because this is your first course and the plan "
           "requires the first six months to be given where a reaction can be treated right away.", 11)
    d.para("Infusions at home or in an ambulatory infusion suite are not part of this approval. After your first six "
           "months your physician may ask us to review home infusion. Approval is not a guarantee of payment; "
           "benefits depend on your eligibility on the date of each infusion.", 11)
    d.para(f"Questions? Call Member Services at {ph} (TTY 711), Monday to Friday, 8 a.m. to 6 p.m.", 11)
    t = truth("other", None, insurer=VV, member_id=mid, group_number=grp, member_name=m[0], case_numbers=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=dec.isoformat(),
              provider=f"{presc[0]}", alternates={"service_dates": [[]], "provider": [
                  "Viljandi General Hospital Outpatient Infusion Center"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4. stack: pharmacy cover + PBM SCIG denial
def doc_stack(r: random.Random):
    m, a = person(r), addr(r)
    presc = person(r)
    dec = dt.date(2026, 6, 1) + dt.timedelta(days=r.randint(0, 25))
    cover = dec + dt.timedelta(days=r.randint(3, 6))
    mid, grp = ident(r, "SRX9999999999"), ident(r, "RX99999")
    case = ident(r, "CD-26-9999999")
    rxno = ident(r, "9999999")
    fills = [dec - dt.timedelta(days=r.randint(9, 12))]
    qty = r.choice([40, 50])
    amt = round(qty * r.uniform(118, 131), 2)
    ph, hp_ph = tollfree(r), phone(r)
    # cover letter from the infusion pharmacy
    c = Doc("Helvetica")
    c.add_page()
    for ln, sz, st in ((HP, 13, "B"), ("1170 Paide Avenue, Kivi Harbor, MN 56093", 9, ""),
                       (f"Phone {hp_ph}   Fax (320) 555-0163", 9, "")):
        c.text_line(ln, sz, st)
    c.rule(0.3, 4)
    c.text_line(d2(cover, "mdy_nopad"), 10.5)
    c.ln(3)
    addressee(c, m, a)
    c.text_line("About your Hizentra prescription", 12, "B")
    c.ln(1)
    c.para(f"Dear {m[1]},")
    c.para(f"Your drug plan, {SR}, has denied coverage of Hizentra (subcutaneous immune globulin) that Dr. "
           f"{presc[0]} prescribed for you (our prescription number {rxno}). A copy of their letter is enclosed. "
           "We have not charged you for the doses we delivered while the request was under review.")
    c.para("We have asked Dr. " + presc[3] + "'s office to send the plan your records of earlier treatment, and we "
           "will help you with an appeal if you wish. Please read the enclosed letter for the deadline.")
    c.para(f"Patient care team, {HP}", 10)
    t_cover = truth("other", None, insurer=None, member_id=None, member_name=m[0], provider=HP,
                    denial_date=cover.isoformat(), unscored=["insurer", "member_id", "group_number", "case_numbers",
                                                             "service_dates", "claim_amount"],
                    alternates={"provider": [presc[0], None]})
    # the PBM denial
    d = Doc("Helvetica", footer="SRX-CD-DEN-2026")
    d.add_page()
    head(d, SR, "", ["PO Box 7731, Lakeridge, MI 49688", f"Pharmacy Help Desk {ph}"])
    d.text_line(f"Date: {d2(dec, 'iso')}", 10)
    d.ln(2)
    addressee(d, m, a)
    d.text_line("COVERAGE DETERMINATION - DENIAL", 12, "B")
    d.table(["Member ID", "Group", "Case number", "Prescriber"], [[mid, grp, case, f"{presc[0]}, MD"]],
            [40, 28, 44, 60], size=9.5)
    d.table(["Fill date", "Drug (NDC)", "Qty (g)", "Pharmacy", "Submitted"],
            [[d2(fills[0], "slash"), "Hizentra 20% (44206-0455-94)", str(qty), HP, usd(amt)]],
            [24, 56, 16, 56, 22], size=8.5, aligns="LLRLR")
    d.para(f"We cannot approve Hizentra (immune globulin subcutaneous, {qty} grams per month) for {m[0]}. "
           "Our coverage criteria for subcutaneous immune globulin for CIDP require that the member first had "
           "an adequate trial of intravenous immune globulin (IVIG) and responded to it. The request contains no "
           "record of a trial of IVIG or other therapy. Because the criteria are not met, the drug is not "
           "medically necessary under your pharmacy benefit.")
    d.para("You have the right to appeal. Your appeal must be received within 180 days of the date of this "
           f"notice. Call {ph} or write to {SR} Appeals, PO Box 7739, Lakeridge, MI 49688. If waiting could "
           "seriously harm your health, ask for an expedited appeal (decided within 72 hours).")
    t_den = truth("denial_letter", "medical_necessity", insurer=SR, member_id=mid, group_number=grp,
                  member_name=m[0], case_numbers=[case], claim_amount=f"{amt:.2f}",
                  service_dates=[fills[0].isoformat()], denial_date=dec.isoformat(), provider=HP,
                  appeal_deadline=(dec + dt.timedelta(days=180)).isoformat(),
                  alternates={"provider": [presc[0]], "claim_amount": [None], "service_dates": [[]]},
                  denial_alternates=["prior_authorization"])
    return [(pdf_bytes(c), t_cover), (pdf_bytes(d), t_den)]


# ---------------------------------------------------------------- 5. site of care (rotated)
def doc_site(r: random.Random):
    m, a = person(r), addr(r)
    presc = person(r)
    dec = dt.date(2026, 7, 6) + dt.timedelta(days=r.randint(0, 20))
    plan_dt = dec + dt.timedelta(days=r.randint(6, 14))
    mid, grp, ref = ident(r, "VV99999999-02"), ident(r, "99999"), ident(r, "UM26-999999")
    ph = tollfree(r)
    d = Doc("Helvetica")
    d.add_page()
    head(d, VV, "", ["Utilization Management", "820 Kivi Parkway, Kivi Harbor, MN 56093", f"{ph}"])
    d.text_line(d2(dec, "dmy"), 10.5)
    d.ln(2)
    addressee(d, m, a)
    d.text_line("We did not approve the site of care requested", 13, "B")
    kv(d, [("Member ID:", mid), ("Group number:", grp), ("Reference #:", ref),
           ("Requested by:", f"Dr. {presc[0]}"), ("Service:", "IVIG (J1459) 40 g every 3 weeks"),
           ("Requested setting:", "Hospital outpatient department"),
           ("First infusion requested:", d2(plan_dt, "dmy"))])
    d.para(f"Dear {m[1]} {m[3]}: We approve immune globulin for you, but not in the hospital outpatient department. "
           "You have received this drug for more than a year without a serious reaction. Our Site of Care policy "
           "says that a member in stable condition should get the infusion at home through a home infusion "
           "pharmacy or at an ambulatory infusion suite. The hospital outpatient setting is not medically needed "
           "for you. Your doctor can arrange home infusion with an in-network pharmacy such as "
           f"{HP}.")
    d.para("If you disagree, you may appeal within 60 days of the date of this letter. Your doctor may also ask for "
           "a peer-to-peer discussion within 14 days. Call us at " + ph + ".")
    t = truth("denial_letter", "level_of_care", insurer=VV, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[ref], service_dates=[plan_dt.isoformat()], denial_date=dec.isoformat(),
              provider=presc[0], appeal_deadline=(dec + dt.timedelta(days=60)).isoformat(),
              alternates={"service_dates": [[]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6. remittance to the pharmacy (fax)
def doc_remit(r: random.Random):
    m, o = person(r), person(r)
    dec = dt.date(2026, 8, 3) + dt.timedelta(days=r.randint(0, 20))
    dos = [dec - dt.timedelta(days=x) for x in (r.randint(30, 34), r.randint(8, 10))]
    mid, omid = ident(r, "VV99999999-01"), ident(r, "VV99999999-03")
    icn, oicn = ident(r, "26999999999"), ident(r, "26999999999")
    chk = ident(r, "EFT99999999")
    npi = f"1{r.randint(10**8, 10**9 - 1)}"
    units = 2 * r.choice([35, 40])
    drug = round(units * 99.15, 2)
    lines = [(dos[0], "J1569", units, drug), (dos[0], "S9338", 1, 185.00), (dos[1], "J1569", units, drug),
             (dos[1], "S9338", 1, 185.00)]
    total = round(sum(x[3] for x in lines), 2)
    ototal = round(r.uniform(900, 1500), 2)
    opaid = round(ototal * 0.8, 2)
    d = Doc("Courier", margins=(12, 12, 12))
    d.add_page()
    d.text_line(f"FROM: VVHP PROVIDER PAYMENTS  FAX (320) 555-0191  TO: {HP.upper()}  PG 1/1", 8)
    d.ln(2)
    d.text_line(VV.upper(), 12, "B")
    d.text_line("PROVIDER REMITTANCE ADVICE", 11, "B")
    kv(d, [("PAYEE:", HP.upper()), ("NPI:", npi), ("REMIT DATE:", d2(dec, "slash")), ("EFT TRACE:", chk)],
       lw=34, size=9)
    d.font(8.5, "B")
    d.cell(0, 5, "CLAIM 1 OF 2", new_x="LMARGIN", new_y="NEXT")
    kv(d, [("PATIENT:", o[0].upper()), ("MEMBER ID:", omid), ("ICN:", oicn)], lw=34, size=8.5)
    d.table(["DOS", "CODE", "UNITS", "BILLED", "PAID", "ADJ"],
            [[d2(dos[0] - dt.timedelta(days=3), "slash"), "99601", "1", usd(ototal, False), usd(opaid, False),
              "CO-45"]], [26, 20, 16, 30, 30, 40], size=8.5, aligns="LLRRRL")
    d.font(8.5, "B")
    d.cell(0, 5, "CLAIM 2 OF 2", new_x="LMARGIN", new_y="NEXT")
    kv(d, [("PATIENT:", m[0].upper()), ("MEMBER ID:", mid), ("ICN:", icn)], lw=34, size=8.5)
    d.table(["DOS", "CODE", "UNITS", "BILLED", "PAID", "ADJ"],
            [[d2(a, "slash"), c, str(u), usd(v, False), "0.00", "CO-197"] for a, c, u, v in lines]
            + [["*CLAIM TOTAL", "", "", usd(total, False), "0.00", ""]],
            [26, 20, 16, 30, 30, 40], size=8.5, aligns="LLRRRL")
    d.para("CO-197  PRECERTIFICATION/AUTHORIZATION/NOTIFICATION/PRE-TREATMENT ABSENT. HOME INFUSION OF IMMUNE "
           "GLOBULIN REQUIRES PRIOR AUTHORIZATION. NO AUTHORIZATION ON FILE FOR THIS MEMBER AND DRUG.", 8.5)
    d.para("CO-45  CHARGE EXCEEDS FEE SCHEDULE/MAXIMUM ALLOWABLE.", 8.5)
    d.para("A PROVIDER APPEAL OR RECONSIDERATION MUST BE RECEIVED WITHIN 90 DAYS OF THE DATE OF THIS REMITTANCE.", 8.5)
    t = truth("eob", "prior_authorization", insurer=VV, member_id=mid, member_name=m[0], case_numbers=[icn],
              claim_amount=f"{total:.2f}", service_dates=[x.isoformat() for x in dos], denial_date=dec.isoformat(),
              provider=HP, appeal_deadline=(dec + dt.timedelta(days=90)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 7. member EOB, two claims
def doc_eob(r: random.Random):
    m, a = person(r), addr(r)
    sub = person(r)
    presc = person(r)
    dec = dt.date(2026, 9, 1) + dt.timedelta(days=r.randint(0, 20))
    dos = dec - dt.timedelta(days=r.randint(20, 30))
    mid, grp = ident(r, "KHA999999999"), ident(r, "GRP-99999")
    c1, c2 = ident(r, "2026-9999-999999"), ident(r, "2026-9999-999999")
    nurse = round(r.uniform(160, 240), 2)
    units = 2 * r.choice([20, 25, 30])
    drug = round(units * 101.8, 2)
    total2 = round(drug + 185.00, 2)
    ph = tollfree(r)
    d = Doc("Helvetica", footer="This is not a bill.   Page {p} of {n}")
    d.add_page()
    head(d, KH, "", ["PO Box 4410, Saar Falls, WI 54971", f"{ph}"])
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    kv(d, [("Statement date:", d2(dec, "wlong")), ("Subscriber:", sub[0]), ("Patient:", m[0]),
           ("Member ID:", mid), ("Group:", grp)], lw=40)
    d.text_line(f"Claim {c1}  -  {TN}  -  paid", 10, "B")
    d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [[d2(dos - dt.timedelta(days=7), "abbr"), "Home infusion nursing visit (99601)", usd(nurse),
              usd(round(nurse * 0.7, 2)), usd(round(nurse * 0.56, 2)), usd(round(nurse * 0.14, 2))]],
            [28, 62, 22, 22, 22, 22], size=8.5, aligns="LLRRRR")
    d.text_line(f"Claim {c2}  -  {HP}  -  denied", 10, "B")
    d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "Code"],
            [[d2(dos, "abbr"), f"Immune globulin J1569, {units // 2} g", usd(drug), "$0.00", "$0.00", "D41"],
             [d2(dos, "abbr"), "Home infusion per diem S9338", "$185.00", "$0.00", "$0.00", "D41"],
             ["*Claim total", "", usd(total2), "$0.00", "$0.00", ""]],
            [28, 62, 22, 22, 22, 22], size=8.5, aligns="LLRRRR")
    d.text_line("Code D41", 10, "B")
    d.para("For myasthenia gravis, immune globulin is covered only after a trial of conventional therapy "
           "(pyridostigmine and an immunosuppressant such as azathioprine) did not work or could not be tolerated. "
           f"The records from Dr. {presc[0]} show no trial of other therapy, so this service is not medically "
           "necessary under our medical policy. You are not responsible for the denied amount if the provider is "
           "in our network.", 9.5)
    d.text_line("Appeal rights", 10, "B")
    d.para("You may file an appeal within 180 days of the date of this statement. Call " + ph +
           " or write to Appeals, PO Box 4418, Saar Falls, WI 54971.", 9.5)
    t = truth("eob", "medical_necessity", insurer=KH, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[c2], claim_amount=f"{total2:.2f}", service_dates=[dos.isoformat()],
              denial_date=dec.isoformat(), provider=HP, appeal_deadline=(dec + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_letter_pots_diagnosis_not_covered", "born_digital", doc_dx),
    ("scan300_dme_mac_part_b_not_primary_immunodeficiency", "scan_clean_300", doc_partb),
    ("copy_approval_hospital_outpatient_only", "photocopy", doc_approval),
    ("lowres_stack_pharmacy_cover_and_scig_no_ivig_trial", "scan_lowres_150", doc_stack),
    ("rotated_site_of_care_home_instead_of_hopd", "rotated", doc_site),
    ("faxfine_remit_no_prior_auth_home_ivig", "fax_fine_g4", doc_remit),
    ("bd_member_eob_no_trial_conventional_therapy", "born_digital", doc_eob),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, fn) in enumerate(PLAN):
        out = fn(random.Random(159500 + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
