"""Family 'radiology_professional_technical_component_eob': EOBs, a remittance advice, a plan letter and a Medicare
Summary Notice where one imaging study was billed twice - by the hospital for the technical component (modifier
TC, the scanner and the technologist) and by the radiology group for the professional component (modifier 26,
the read) - and one of the two came in as a global claim (no modifier) and was denied as a duplicate of the
component already paid.

Written at first sight from how such statements read: CARC 18 (exact duplicate claim/service), B20 (procedure
partially furnished by another provider), CARC 4 (modifier missing or inconsistent), the professional component
paid at its own fee-schedule rate, and a read by an out-of-network radiologist at an in-network hospital processed
under the No Surprises Act (allowed at the qualifying payment amount, in-network cost sharing, no balance bill).

Issuers (all invented): Castlemere Health Alliance (member EOBs; the stack of the two EOBs for the same CT; the
NSA letter), Glenburra Health Plan (provider remittance advice, a paid NSA EOB) and Medicare (MSN). Hospitals:
Belcastle Regional Hospital, Ferriby Valley Medical Center. Radiology groups: Kinnock Radiology Associates, PA;
Orrinsby Imaging Physicians, LLC; Nightwatch Teleradiology Partners, PC (out of network). The other party of the
study (hospital or group) is the decoy; other decoys: the ordering physician, the NPI and tax ID, the accession
number, the patient account number, the check / EFT number and date, the date received, plan paid and member owes.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, LAST, Doc, fmt_date, pdf_bytes, truth

FAMILY = "radiology_professional_technical_component_eob"
LANG = "en"

CA, GL, MC = "Castlemere Health Alliance", "Glenburra Health Plan", "Medicare"
HOSP = {"bel": ("Belcastle Regional Hospital", "1200 Castle Gate Drive, Duluth, MN 55802"),
        "fer": ("Ferriby Valley Medical Center", "77 Riverside Parkway, Erie, PA 16501")}
GROUPS = {"kin": ("Kinnock Radiology Associates, PA", "PO Box 2231, Duluth, MN 55802"),
          "orr": ("Orrinsby Imaging Physicians, LLC", "410 Marlowe Street, Erie, PA 16501"),
          "nig": ("Nightwatch Teleradiology Partners, PC", "9 Harborline Plaza, Yuma, AZ 85364")}
ORDERING = ["Dr. Feodora Atwater", "Dr. Kwabena Lisowski", "Dr. Marguerite Oyama", "Dr. Desmond Aurelio"]
STUDIES = {"74177": "CT abdomen and pelvis with contrast", "70553": "MRI brain without and with contrast",
           "71250": "CT thorax (chest) without contrast", "76700": "Ultrasound, abdominal, complete",
           "73721": "MRI knee joint without contrast", "77067": "Screening mammography, bilateral"}


def phone(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def facts(r: random.Random) -> dict:
    first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    dos = dec - dt.timedelta(days=r.randint(21, 50))
    city = r.choice([("Bellingham", "WA", "98225"), ("Macon", "GA", "31201"), ("Lubbock", "TX", "79401"),
                     ("Bangor", "ME", "04401"), ("Pueblo", "CO", "81003")])
    return dict(first=first, last=last, name=f"{first} {mid}. {last}", dec=dec, dos=dos,
                received=dec - dt.timedelta(days=r.randint(7, 15)),
                dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)),
                addr=(f"{r.randint(14, 9870)} {r.choice(['Sycamore Court', 'Old Mill Road', 'Harbor View Road', 'Lantern Way'])}",
                      f"{city[0]}, {city[1]} {city[2]}"),
                ordering=r.choice(ORDERING), npi=r.choice("12") + digits(r, 9), ph=phone(r),
                acc=f"ACC{digits(r, 8)}", pacct=f"PA{digits(r, 7)}")


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 48, size: float = 9.5, h: float = 5.2) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def castlemere_head(d: Doc, f: dict, title: str) -> None:
    d.set_fill_color(40, 40, 40)
    d.rect(d.l_margin, d.get_y(), 6, 14, style="F")
    d.set_x(d.l_margin + 9)
    d.font(17, "B")
    d.cell(100, 8, "Castlemere")
    d.font(12, "B")
    d.cell(0, 8, title, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 9)
    d.font(8.5)
    d.cell(0, 5, "Health Alliance  |  PO Box 51820, Macon, GA 31201  |  " + f["ph"], new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def eob_table(d: Doc, rows, ds: str) -> None:
    d.table(["Service date", "Code/Mod", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [22, 20, 50, 20, 20, 18, 18, 12], size=8, aligns="LLLRRRRL", head_fill=True)


# ---- A. member EOB: radiology group's global claim denied, hospital already paid TC --------------------------------

def eob_global_denied(f: dict, r: random.Random, ds: str, billed: float, study: str, hosp: str, grp: str,
                      mid: str, group_no: str, claim: str, hosp_claim: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Castlemere Health Alliance  -  Page {p} of {n}")
    d.add_page()
    castlemere_head(d, f, "Explanation of Benefits")
    d.boxes([("Statement date", fmt_date(f["dec"], ds), 40), ("Member", f["name"], 60), ("Member ID", mid, 44),
             ("Group no.", group_no, 36)])
    d.boxes([("Claim number", claim, 40), ("Provider (billed by)", GROUPS[grp][0], 80),
             ("Facility", HOSP[hosp][0], 60)])
    d.ln(4)
    d.text_line(f"Claim {claim} - {GROUPS[grp][0]}", 10, "B")
    eob_table(d, [[fmt_date(f["dos"], ds), study, STUDIES[study][:30], usd(billed, "nosign"), "0.00", "0.00",
                   "0.00", "18"], ["*Total", "", "", usd(billed, "nosign"), "0.00", "0.00", "0.00", ""]], ds)
    d.text_line("What the codes mean", 10, "B")
    d.para(f"18 - Duplicate claim/service. {GROUPS[grp][0]} billed {study} as a global service (no modifier). "
           f"{HOSP[hosp][0]} already billed the technical component ({study}-TC) for the same study on the same "
           f"date (claim {hosp_claim}, processed). The group may bill only the professional component, modifier 26. "
           "This line is denied; you do not owe this amount.", 9)
    d.para(f"Ordered by {f['ordering']}. Accession {f['acc']}. Patient account {f['pacct']}.", 8.5)
    d.text_line("Your appeal rights", 10, "B")
    d.para("You may appeal this decision. Your appeal must be filed within 180 days of the date of this statement. "
           f"Write to Castlemere Health Alliance, Appeals, PO Box 51833, Macon, GA 31201 or call {f['ph']}.", 9)
    t = truth("eob", "other", insurer=CA, member_id=mid, group_number=group_no, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[f["dos"].isoformat()],
              denial_date=f["dec"].isoformat(), provider=GROUPS[grp][0],
              appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(), denial_alternates=["coding_error"])
    return pdf_bytes(d), t


def doc_a(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    return eob_global_denied(f, r, "slash", float(r.randint(1480, 2350)) + 0.75, "74177", "bel", "kin",
                             f"CHA{digits(r, 9)}", f"{digits(r, 6)}-{r.randint(10, 99)}", digits(r, 11),
                             digits(r, 11))


# ---- B. member EOB, paid: professional component at its own rate -------------------------------------------------

def doc_b(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    ds = "long"
    mid, group_no, claim = f"CHA{digits(r, 9)}", f"{digits(r, 6)}-{r.randint(10, 99)}", digits(r, 11)
    billed = float(r.randint(420, 690))
    allowed = round(r.randint(118, 168) + 0.37, 2)
    coins = round(allowed * 0.2, 2)
    plan = round(allowed - coins, 2)
    grp, hosp = GROUPS["orr"], HOSP["fer"]
    d = Doc("Helvetica", footer="Castlemere Health Alliance  -  Page {p} of {n}")
    d.add_page()
    castlemere_head(d, f, "Explanation of Benefits")
    pairs(d, [("Statement date:", fmt_date(f["dec"], ds)), ("Patient:", f["name"]), ("Member ID:", mid),
              ("Group number:", group_no), ("Claim number:", claim), ("Billed by:", grp[0]),
              ("Place of service:", f"{hosp[0]} (outpatient hospital, POS 22)"), ("Received:",
                                                                                 fmt_date(f["received"], ds))])
    eob_table(d, [[fmt_date(f["dos"], "slash"), "70553-26", "MRI brain w/o & w/ contrast, prof.", usd(billed, "nosign"),
                   usd(allowed, "nosign"), usd(plan, "nosign"), usd(coins, "nosign"), "P26"],
                  ["*Total", "", "", usd(billed, "nosign"), usd(allowed, "nosign"), usd(plan, "nosign"),
                   usd(coins, "nosign"), ""]], ds)
    d.text_line("Notes", 10, "B")
    d.para(f"P26 - Professional component only. The radiologist's interpretation (modifier 26) is paid at the "
           f"professional component rate of the fee schedule. The technical component (scanner, contrast and "
           f"technologist) is billed separately by {hosp[0]} and will appear on its own statement. Your coinsurance "
           f"of 20% applies. {grp[0]} is in network and may not bill you more than {usd(coins)}.", 9)
    d.para(f"Ordering physician: {f['ordering']}. Rendering NPI {f['npi']}.", 8.5)
    d.para("Questions about this statement? Call Member Services at " + f["ph"] + ".", 9)
    t = truth("eob", None, insurer=CA, member_id=mid, group_number=group_no, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[f["dos"].isoformat()],
              denial_date=f["dec"].isoformat(), provider=grp[0], type_alternates=["other"])
    return pdf_bytes(d), t


# ---- C. stack: the two EOBs for one chest CT ---------------------------------------------------------------------

def doc_c(r: random.Random) -> list[tuple[bytes, dict]]:
    f = facts(r)
    ds = "abbr"
    mid, group_no = f"CHA{digits(r, 9)}", f"{digits(r, 6)}-{r.randint(10, 99)}"
    prof_claim, hosp_claim = digits(r, 11), digits(r, 11)
    dec2 = f["dec"] + dt.timedelta(days=r.randint(6, 12))
    grp, hosp = GROUPS["kin"], HOSP["bel"]
    prof_billed, allowed = float(r.randint(260, 380)) + 0.5, round(r.randint(52, 74) + 0.18, 2)
    hosp_billed = float(r.randint(1650, 2480)) + 0.25
    out = []
    # 1: the professional component, paid
    d = Doc("Helvetica", footer="Castlemere Health Alliance  -  Page {p} of {n}")
    d.add_page()
    castlemere_head(d, f, "Explanation of Benefits")
    d.boxes([("Statement date", fmt_date(f["dec"], ds), 40), ("Member", f["name"], 60), ("Member ID", mid, 44),
             ("Group no.", group_no, 36)])
    d.boxes([("Claim number", prof_claim, 40), ("Provider (billed by)", grp[0], 80), ("Facility", hosp[0], 60)])
    d.ln(4)
    coins = round(allowed * 0.2, 2)
    eob_table(d, [[fmt_date(f["dos"], ds), "71250-26", "CT thorax w/o contrast, prof.", usd(prof_billed, "nosign"),
                   usd(allowed, "nosign"), usd(round(allowed - coins, 2), "nosign"), usd(coins, "nosign"), "P26"]], ds)
    d.para("P26 - Professional component paid at the professional rate. The hospital bills the technical component "
           "separately.", 9)
    d.para(f"Questions? Call {f['ph']}.", 9)
    out.append((pdf_bytes(d), truth("eob", None, insurer=CA, member_id=mid, group_number=group_no,
                                    member_name=f["name"], case_numbers=[prof_claim], claim_amount=m2(prof_billed),
                                    service_dates=[f["dos"].isoformat()], denial_date=f["dec"].isoformat(),
                                    provider=grp[0], type_alternates=["other"])))
    # 2: the hospital's global claim for the same CT, denied
    d = Doc("Helvetica", footer="Castlemere Health Alliance  -  Page {p} of {n}")
    d.add_page()
    castlemere_head(d, f, "Explanation of Benefits")
    d.boxes([("Statement date", fmt_date(dec2, ds), 40), ("Member", f["name"], 60), ("Member ID", mid, 44),
             ("Group no.", group_no, 36)])
    d.boxes([("Claim number", hosp_claim, 40), ("Provider (billed by)", hosp[0], 80), ("Rev. code", "0350", 60)])
    d.ln(4)
    eob_table(d, [[fmt_date(f["dos"], ds), "71250", "CT thorax w/o contrast, global", usd(hosp_billed, "nosign"),
                   "0.00", "0.00", "0.00", "B20"]], ds)
    d.para(f"B20 - Procedure/service was partially or fully furnished by another provider. {hosp[0]} billed the CT "
           f"as a global service. The professional component was already paid to {grp[0]} (claim {prof_claim}). "
           "The hospital should bill the technical component with modifier TC. You do not owe this amount.", 9)
    d.para("If you disagree, send a written appeal within 180 days of the date of this statement to Castlemere "
           f"Health Alliance, Appeals, PO Box 51833, Macon, GA 31201, or call {f['ph']}.", 9)
    out.append((pdf_bytes(d), truth("eob", "other", insurer=CA, member_id=mid, group_number=group_no,
                                    member_name=f["name"], case_numbers=[hosp_claim], claim_amount=m2(hosp_billed),
                                    service_dates=[f["dos"].isoformat()], denial_date=dec2.isoformat(),
                                    provider=hosp[0], appeal_deadline=(dec2 + dt.timedelta(days=180)).isoformat(),
                                    denial_alternates=["coding_error"])))
    return out


# ---- D. remittance advice to the group: modifier missing ---------------------------------------------------------

def doc_d(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    ds = "%m/%d/%y"
    grp, hosp = GROUPS["orr"], HOSP["fer"]
    mid, claim = f"GHP{digits(r, 8)}", f"{f['dec'].strftime('%y')}{digits(r, 9)}"
    other = (f"{r.choice(FIRST)} {r.choice('BCDFGHK')}. {r.choice(LAST)}", f"GHP{digits(r, 8)}", digits(r, 11))
    billed = float(r.randint(380, 560)) + 0.5
    other_b, other_a = 318.0, 96.41
    eft = digits(r, 10)
    d = Doc("Courier", footer="GLENBURRA HEALTH PLAN   PROVIDER REMITTANCE ADVICE   PAGE {p}")
    d.add_page()
    d.text_line("GLENBURRA HEALTH PLAN", 13, "B")
    d.text_line("PROVIDER REMITTANCE ADVICE / EXPLANATION OF PAYMENT", 9.5)
    d.text_line("PO BOX 6630  LUBBOCK TX 79401  PROVIDER SERVICES " + f["ph"], 8.5)
    d.ln(3)
    pairs(d, [("PAYEE:", grp[0].upper()), ("ADDRESS:", grp[1].upper()), ("TAX ID / NPI:", f"{digits(r, 2)}-"
                                                                                           f"{digits(r, 7)} / {f['npi']}"),
              ("REMIT DATE:", f["dec"].strftime(ds)), ("EFT TRACE NO:", eft)], lw=40, size=9)
    d.rule(0.3, 2)
    d.font(8.3)
    hdr = f"{'PATIENT / MEMBER ID':<30}{'CLAIM NO':<14}{'DOS':<10}{'PROC/MOD':<10}{'BILLED':>10}{'ALLOWED':>10}{'PAID':>10}  CARC"
    d.cell(0, 4.5, hdr, new_x="LMARGIN", new_y="NEXT")
    d.rule(0.2, 1)
    lines = [(other[0].upper(), other[1], other[2], (f["dos"] - dt.timedelta(days=3)).strftime(ds), "73721-26",
              other_b, other_a, round(other_a * 0.8, 2), "2"),
             (f["name"].upper(), mid, claim, f["dos"].strftime(ds), "76700", billed, 0.0, 0.0, "4")]
    for nm, m_id, cl, dos, code, b, a, p, carc in lines:
        d.cell(0, 4.5, f"{nm:<30}{cl:<14}{dos:<10}{code:<10}{b:>10,.2f}{a:>10,.2f}{p:>10,.2f}  {carc}",
               new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 4.5, f"  ID {m_id}   PT ACCT {f['pacct'] if cl == claim else 'PA' + digits(r, 7)}",
               new_x="LMARGIN", new_y="NEXT")
    d.rule(0.2, 2)
    d.cell(0, 4.5, f"{'TOTALS':<64}{other_b + billed:>10,.2f}{other_a:>10,.2f}{round(other_a * 0.8, 2):>10,.2f}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("ADJUSTMENT REASON CODES", 9.5, "B")
    d.para("2  - COINSURANCE AMOUNT.\n"
           "4  - THE PROCEDURE CODE IS INCONSISTENT WITH THE MODIFIER USED OR A REQUIRED MODIFIER IS MISSING. "
           f"76700 WAS BILLED WITHOUT MODIFIER 26 FOR A STUDY PERFORMED AT {hosp[0].upper()} (POS 22), WHICH BILLED "
           "THE TECHNICAL COMPONENT. RESUBMIT WITH MODIFIER 26 AS A CORRECTED CLAIM.\n"
           "N130 - CONSULT PLAN BENEFIT DOCUMENTS/GUIDELINES FOR INFORMATION ABOUT RESTRICTIONS FOR THIS SERVICE.", 8.5)
    d.para("APPEALS: A PROVIDER DISPUTE MUST BE RECEIVED WITHIN 90 DAYS OF THE REMIT DATE. CORRECTED CLAIMS ARE NOT "
           "APPEALS. MEMBER MAY NOT BE BILLED FOR CARC 4 AMOUNTS.", 8.5)
    t = truth("eob", "coding_error", insurer=GL, member_id=mid, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[f["dos"].isoformat()], denial_date=f["dec"].isoformat(),
              provider=grp[0], appeal_deadline=(f["dec"] + dt.timedelta(days=90)).isoformat(),
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---- E. plan letter: OON radiologist at an in-network hospital (NSA), TC line denied -------------------------------

def doc_e(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    ds = "dmy"
    grp, hosp = GROUPS["nig"], HOSP["bel"]
    mid, group_no = f"CHA{digits(r, 9)}", f"{digits(r, 6)}-{r.randint(10, 99)}"
    claim = f"{digits(r, 4)}-{digits(r, 6)}"
    b26, btc = float(r.randint(520, 760)), float(r.randint(900, 1400)) + 0.5
    tot = b26 + btc
    qpa = round(r.randint(88, 140) + 0.62, 2)
    d = Doc("Helvetica", footer="CHA-NSA-7  Page {p} of {n}")
    d.add_page()
    castlemere_head(d, f, "")
    d.text_line(fmt_date(f["dec"], ds), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your claim from an out-of-network radiologist", 13, "B")
    d.ln(2)
    pairs(d, [("Member ID", mid), ("Group", group_no), ("Claim number", claim), ("Date of service",
                                                                                fmt_date(f["dos"], ds)),
              ("Billed by", f"{grp[0]} (not in network)"), ("Where", f"{hosp[0]} (in network)"),
              ("Total billed", usd(tot))], lw=40)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"You had an ultrasound of the abdomen (76700) at {hosp[0]} on {fmt_date(f['dos'], ds)}, ordered by "
           f"{f['ordering']}. The images were read by a radiologist of {grp[0]}, which is not in our network. "
           "Because the read was done for an in-network hospital and you could not choose the radiologist, the "
           "federal No Surprises Act protects you:", 10)
    d.para(f"- The professional component (76700-26, billed {usd(b26)}) was paid at the qualifying payment amount "
           f"of {usd(qpa)}. You pay only your in-network cost share, {usd(round(qpa * 0.2, 2))}. The radiology group "
           "may not bill you for the difference.", 10)
    d.para(f"- The technical component (76700-TC, billed {usd(btc)}) is denied. The hospital furnished the scanner "
           f"and the technologist and billed the technical component itself. A radiology group that only reads the "
           "images cannot bill it. You do not owe this amount.", 10)
    d.text_line("If you disagree", 11, "B")
    d.para("You may appeal the denial of the technical component within 180 days of the date of this letter. Write to "
           f"Castlemere Health Alliance, Appeals, PO Box 51833, Macon, GA 31201, or call {f['ph']}. If you get a "
           "bill you think is not allowed under the No Surprises Act, call the No Surprises Help Desk at "
           "1-800-985-3059.", 10)
    t = truth("denial_letter", "other", insurer=CA, member_id=mid, group_number=group_no, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[f["dos"].isoformat()],
              denial_date=f["dec"].isoformat(), provider=grp[0],
              appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [m2(btc)]}, denial_alternates=["coding_error"], type_alternates=["eob"])
    return pdf_bytes(d), t


# ---- F. paid EOB: OON radiologist at an in-network hospital, NSA cost sharing ----------------------------------------

def doc_f(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    ds = "iso"
    grp, hosp = GROUPS["nig"], HOSP["fer"]
    mid, claim = f"GHP{digits(r, 8)}", f"{f['dec'].strftime('%y')}{digits(r, 9)}"
    billed = float(r.randint(610, 880)) + 0.25
    qpa = round(r.randint(140, 210) + 0.44, 2)
    ded = round(min(qpa, 75.0), 2)
    plan = round(qpa - ded, 2)
    d = Doc("Helvetica", footer="Glenburra Health Plan  Page {p} of {n}")
    d.add_page()
    d.font(16, "B")
    d.cell(0, 8, "Glenburra Health Plan", align="C", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Statement of Claims Processed - This is not a bill", 10, align="C")
    d.text_line("PO Box 6630, Lubbock, TX 79401  -  " + f["ph"], 8.5, align="C")
    d.ln(5)
    pairs(d, [("Date issued", fmt_date(f["dec"], ds)), ("Member", f["name"]), ("Member ID", mid),
              ("Claim ID", claim), ("Provider", f"{grp[0]} - out of network"),
              ("Facility", f"{hosp[0]} - in network"), ("Date of birth", fmt_date(f["dob"], ds))], lw=38)
    d.table(["Date", "Service", "Charged", "QPA allowed", "Deductible", "Plan paid", "Your share", "Note"],
            [[fmt_date(f["dos"], ds), "73721-26 MRI knee, read", usd(billed), usd(qpa), usd(ded), usd(plan), usd(ded),
              "NS1"]], [22, 44, 20, 22, 20, 18, 20, 14], size=8, aligns="LLRRRRRL", head_fill=True)
    d.text_line("NS1 - No Surprises Act", 10, "B")
    d.para(f"This out-of-network radiologist read your MRI at an in-network hospital. Federal law limits what you "
           f"pay to your in-network cost sharing, based on the qualifying payment amount (QPA) of {usd(qpa)}. "
           f"{grp[0]} may not bill you for the rest of its charge. The amount you pay counts toward your "
           f"in-network deductible and out-of-pocket limit. The hospital's technical component (73721-TC) is on a "
           "separate claim.", 9.5)
    d.para(f"Ordered by {f['ordering']}. Questions: {f['ph']}.", 9)
    t = truth("eob", None, insurer=GL, member_id=mid, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[f["dos"].isoformat()], denial_date=f["dec"].isoformat(),
              provider=grp[0], type_alternates=["other"])
    return pdf_bytes(d), t


# ---- G. MSN: the group's global mammography claim is a duplicate ------------------------------------------------

def doc_g(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    ds = "abbr"
    grp, hosp = GROUPS["kin"], HOSP["bel"]
    let = "ACDEFGHJKMNPQRTUVWXY"
    mbi = f"{r.randint(1, 9)}{r.choice(let)}{r.choice(let)}{r.randint(0, 9)}{r.choice(let)}{r.choice(let)}" \
          f"{r.randint(0, 9)}{r.choice(let)}{r.choice(let)}{r.randint(10, 99)}"
    claim = digits(r, 13)
    billed = float(r.randint(240, 390)) + 0.5
    due = f["dec"] + dt.timedelta(days=120)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.5, 4)
    pairs(d, [("Name", f["name"].upper()), ("Medicare Number", mbi), ("Date of This Notice", fmt_date(f["dec"], ds)),
              ("If you disagree, appeals must be filed by", fmt_date(due, ds))], lw=72, size=9.5)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.para(f"{grp[0]}, {grp[1]}\nService provided at {hosp[0]}; referred by {f['ordering']}\n"
           f"Date of service: {fmt_date(f['dos'], ds)}    Claim number: {claim}", 9.5)
    d.table(["Service & Billing Code", "Approved?", "Provider Charged", "Medicare Approved", "Medicare Paid",
             "You May Be Billed", "Notes"],
            [["Screening mammography, both breasts (77067)", "No", usd(billed), "$0.00", "$0.00", "$0.00", "A"],
             ["*Total for this claim", "", usd(billed), "$0.00", "$0.00", "$0.00", ""]],
            [60, 16, 24, 25, 20, 25, 10], size=7.4, aligns="LLRRRRL")
    d.text_line("Notes for Your Claims", 11, "B")
    d.para(f"A  This is a duplicate of a claim processed for the same service. {hosp[0]} was already paid for the "
           "technical part of this mammogram (77067-TC); the radiologists should have billed only the "
           "professional part (77067-26). You do not have to pay this amount.", 9)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(due, ds)}. Call 1-800-MEDICARE (TTY 1-877-486-2048) for help.", 9)
    t = truth("eob", "other", insurer=MC, member_id=mbi, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[f["dos"].isoformat()], denial_date=f["dec"].isoformat(),
              provider=grp[0], appeal_deadline=due.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["coding_error"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    B = 203600
    return [
        Item(f"{FAMILY}_bd_eob_group_global_after_hospital_tc", "born_digital", [doc_a(random.Random(B + 0))]),
        Item(f"{FAMILY}_bd_eob_professional_component_paid", "born_digital", [doc_b(random.Random(B + 1))]),
        Item(f"{FAMILY}_scan300_stack_two_eobs_same_ct", "scan_clean_300", doc_c(random.Random(B + 2)),
             separators=["blank", None]),
        Item(f"{FAMILY}_lowres_remit_missing_modifier_26", "scan_lowres_150", [doc_d(random.Random(B + 3))]),
        Item(f"{FAMILY}_fax_nsa_letter_tc_denied", "fax_standard_g4", [doc_e(random.Random(B + 4))]),
        Item(f"{FAMILY}_phone_nsa_oon_radiologist_paid", "phone_photo", [doc_f(random.Random(B + 5))]),
        Item(f"{FAMILY}_rotated_msn_duplicate_mammogram", "rotated", [doc_g(random.Random(B + 6))]),
    ]
