"""Family 'out_of_network_pathology_lab_balance_bill_eob': plan EOBs and letters, a lab's balance bill and an appeal
decision on pathology and lab work done by an out-of-network laboratory after an in-network surgery or office visit.

Issuers (all invented): Corvellan Health Plan (logo word "CORVELLAN" over a rule; EOBs and letters), Pellbrook
Mutual Health Insurance Company (centred name with a tagline; EOBs and letters), and the labs themselves on their
patient statement. Contents: EOB paying surgical pathology (88305 / 88342) from an out-of-network lab at the
in-network cost share under the No Surprises Act, with the provider's open-negotiation / federal IDR window as a
decoy; a letter denying a lab claim because the dermatologist's office biopsy went to a non-contracted lab (an office
is not a facility, so no ancillary-service exception); a fax stack (generic fax cover, the lab's balance bill, the
EOB that denied the claim); a rotated EOB with a genetic add-on (81479 gene expression classifier) denied as
investigational beside paid pathology; the plan's letter after a balance-bill complaint (reprocessed, member owes only
the in-network cost share); a 150 dpi first-level appeal upheld; a photocopied letter denying a germline panel
(81162) added by the lab without prior authorization. Decoys: the surgeon or dermatologist who took the biopsy,
NPIs, dates of birth, received dates, accession and account numbers, the IDR dates, the bill's pay-by date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "out_of_network_pathology_lab_balance_bill_eob"
LANG = "en"

CV, PB = "Corvellan Health Plan", "Pellbrook Mutual Health Insurance Company"
ADDR = {CV: ("PO Box 71406", "Drummond Falls, OR 97399"), PB: ("88 Gossamer Wharf Road, Suite 1200", "Ketterby, MD 21299")}
LABS = ["Verimark Diagnostic Laboratories", "Ashgrove Pathology Associates", "Thistledown Surgical & Molecular Pathology",
        "Orrin Vale Reference Laboratory"]
SURGEONS = ["Dr. Ottoline Marsh-Adeyemi", "Dr. Casimir Lindqvist", "Dr. Nadira Feldhaus", "Dr. Ignatius Okwuosa",
            "Dr. Reiko Vandersloot"]
DERMS = ["Dr. Saoirse Delacruz-Bell", "Dr. Hamish Oyelowo", "Dr. Linnea Castellanos"]
FACILITIES = ["Larkspur Surgical Center", "Brantwood General Hospital", "Tiverton Ridge Ambulatory Surgery Center"]
DERM_PRACTICES = ["Foxmere Dermatology & Skin Surgery", "Clearwater Bend Dermatology"]
FIRST = ["Adaeze", "Bartholomew", "Catalina", "Dmitri", "Esperanza", "Fionnuala", "Gustavo", "Hyun-woo", "Isolde",
         "Jovan", "Kalani", "Leopoldine", "Mustafa", "Noor", "Oisin", "Priya"]
LAST = ["Achebe-Lund", "Brightwater", "Castellanos", "Drozdov", "Ekwueme", "Fairweather", "Gallardo", "Haugland",
        "Ishikawa", "Jaramillo", "Kristiansen", "Lomasney", "Mbatha", "Nakashima", "Okonjo", "Przybylski"]
STREETS = ["Wren Hollow Road", "Copperleaf Court", "Tansy Lane", "Old Ferry Street", "Gillyflower Way"]
TOWNS = ["Drummond Falls, OR 97399", "Ketterby, MD 21299", "Ashcombe, NC 27599", "Velden Park, IL 60999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    s = f["ds"]
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "upper": d.strftime("%b %d, %Y").upper()}[s]


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 1, 19) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(25, 60))
    if ins == PB:
        mid_ = f"PMH{digits(r, 4)}-{digits(r, 5)}"
        grp = "GRP " + digits(r, 6)
        claim = f"{notice.strftime('%y')}{digits(r, 3)}-{digits(r, 7)}"
    else:
        mid_ = "CVH" + digits(r, 9)
        grp = "CV-" + digits(r, 5)
        claim = "CLM" + digits(r, 11)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=mid_, grp=grp, claim=claim, lab=r.choice(LABS), surgeon=r.choice(SURGEONS),
                derm=r.choice(DERMS), dpractice=r.choice(DERM_PRACTICES), facility=r.choice(FACILITIES),
                dob=dt.date(r.randint(1950, 1994), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), acc=f"S{notice.strftime('%y')}-{digits(r, 5)}", acct=digits(r, 8))


def letterhead(d: Doc, f: dict, ins: str | None = None) -> None:
    ins = ins or f["ins"]
    a = ADDR[ins]
    if ins == CV:
        d.text_line("CORVELLAN", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{CV}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    else:
        d.text_line(PB, 14, "B", align="C")
        d.text_line("Health coverage for working families since 1962", 8.5, align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def eob(f: dict, lines: list[tuple], remarks: list[tuple[str, str]], denial: str | None, title_note: str,
        dalts=(), amount_alt: str | None = None, idr: bool = False, ins: str | None = None,
        extra_alts: dict | None = None, type_alts=()) -> tuple[bytes, dict]:
    """lines: (code, description, billed, allowed, plan paid, you owe, remark)."""
    ins = ins or f["ins"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, ins)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL  -  keep this statement for your records", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group no.", f["grp"]), ("Date of birth", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(title_note, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim number {f['claim']}", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"Provider: {f['lab']} (out of network)   NPI {f['npi']}   Accession {f['acc']}",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, f"Specimen collected {D(f, f['dos'])} by {f['surgeon']} at {f['facility']} (in network)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[D(f, f["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]), fmt_money(ln[5]),
             ln[6]] for ln in lines]
    tot = [sum(x[i] for x in lines) for i in (2, 3, 4, 5)]
    rows.append(["*Claim total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
            rows, [23, 13, 56, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remark codes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    if idr:
        neg_end = f["notice"] + dt.timedelta(days=43)
        d.para(f"For the provider: this statement is the plan's initial payment or notice of denial under the No "
               f"Surprises Act. The 30-business-day open negotiation period for this claim ends {D(f, neg_end)}. "
               f"Either party may then start the federal independent dispute resolution (IDR) process within 4 "
               f"business days, by {D(f, neg_end + dt.timedelta(days=6))}. The IDR process does not change what "
               "the patient owes.", 8.5)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Your right to appeal: if you disagree with how we processed this claim, you or your authorized "
           "representative may file an appeal within 180 days of the date of this statement. Write to the Appeals "
           f"Unit at the address above or call {f['ph']} (TTY 711).", 9)
    alts = dict(extra_alts or {})
    alts.setdefault("provider", [])
    if amount_alt:
        alts["claim_amount"] = [amount_alt]
    if denial is None:
        alts["appeal_deadline"] = [None]
    alts = {k: v for k, v in alts.items() if v}
    t = truth("eob", denial, insurer=ins, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["lab"], appeal_deadline=iso(dl), alternates=alts,
              denial_alternates=list(dalts), type_alternates=list(type_alts))
    return pdf_bytes(d), t


def letter(f: dict, title: str, rows: list[tuple[str, str]], body: list[str], amt: float | None, denial: str | None,
           appeal: str | None, cases: list[str], dalts=(), sign: str = "Claims Review", fax: str | None = None,
           extra_alts: dict | None = None, days: int = 180) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if appeal == "within":
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        d.para(f"You may appeal this decision within {days} days of the date of this letter. Send your appeal in "
               "writing to the address above with any records or letters you want us to consider. If waiting could "
               f"seriously harm your health, ask for an expedited (72-hour) appeal by calling {f['ph']} (TTY 711).")
    elif appeal == "date":
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("How to appeal", 11, "B")
        d.ln(1)
        d.para(f"Your written appeal must be received by {D(f, dl)}. Include this letter, the claim number and any "
               f"records you want us to review. Questions: {f['ph']} (TTY 711).")
    if denial:
        d.para("You may also ask for an external review by an independent review organization after our internal "
               "appeal process, or sooner in urgent cases.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    alts = {k: v for k, v in (extra_alts or {}).items() if v}
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["lab"], appeal_deadline=None if dl is None else iso(dl),
              alternates=alts, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def lab_bill(f: dict, lines: list[tuple[str, str, float]], stmt: dt.date) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line(f["lab"].upper(), 15, "B")
    d.text_line("Patient Billing Office  |  PO Box 40917, Ashcombe, NC 27599  |  Billing questions " + phone(f["r"]), 8.5)
    d.rule(0.6, 4)
    d.text_line("PATIENT STATEMENT", 14, "B", align="R")
    d.ln(2)
    y0 = d.get_y()
    addressee(d, f)
    due = stmt + dt.timedelta(days=25)
    total = sum(x[2] for x in lines)
    d.set_xy(110, y0)
    for k, v in [("Statement date", D(f, stmt)), ("Account number", f["acct"]), ("Patient", f["name"]),
                 ("Insurance", f["ins"]), ("Insurance ID", f["mid"]), ("Insurance claim #", f["claim"]),
                 ("Please pay by", D(f, due))]:
        d.set_x(110)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 36) + 3)
    d.para(f"Specimen received from {f['surgeon']}, {f['facility']}. Accession {f['acc']}. Ordering NPI {f['npi2']}.",
           9)
    rows = [[D(f, f["dos"]), c, t, fmt_money(a)] for c, t, a in lines]
    rows.append(["", "", "Total charges", fmt_money(total)])
    rows.append(["", "", "Insurance payments", fmt_money(0)])
    rows.append(["*", "", "Balance due from patient", fmt_money(total)])
    d.table(["Date collected", "CPT", "Test", "Charge"], rows, [30, 18, 100, 28], size=9, aligns="LLLR",
            border_head="TB")
    d.para(f"Your insurance, {f['ins']}, denied this claim as out of network. The balance is now your "
           "responsibility. If you believe your insurer should have paid, please call us before the pay-by date; "
           "we can place the account on hold for 30 days while you appeal.", 9.5)
    d.para("Pay online with your account number, by phone, or return the stub below with a check.", 9)
    d.ln(4)
    d.rule(0.3, 2)
    d.text_line(f"RETURN THIS PORTION   Account {f['acct']}   Amount due {fmt_money(total)}   Amount enclosed $________",
                8.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], group_number=None, member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["lab"], appeal_deadline=None, unscored=["insurer", "denial_date"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(226500)

    # 1 paid under the NSA at the in-network cost share
    f = facts(random.Random(226501), CV, "long")
    lines = [("88305", "Surgical pathology, level IV, gross & micro", 486.00, 142.18, 113.74, 28.44, "NS1"),
             ("88305", "Surgical pathology, level IV, 2nd specimen", 486.00, 142.18, 113.74, 28.44, "NS1"),
             ("88342", "Immunohistochemistry, first antibody", 318.50, 98.26, 78.61, 19.65, "NS1")]
    rem = [("NS1", "Protected by the No Surprises Act: ancillary pathology for care at an in-network facility. We "
                   "paid the out-of-network lab and applied your in-network coinsurance (20%). The lab may not bill "
                   "you more than the amount under 'You owe'."),
           ("--", f"The surgeon, {f['surgeon']}, billed separately; that claim appears on its own statement.")]
    items.append(Item(f"{FAMILY}_bd_eob_nsa_paid_in_network_cost_share", "born_digital", [eob(
        f, lines, rem, None, "We processed a claim from an out-of-network laboratory for tissue removed during your "
        "surgery at an in-network facility. Federal law protects you from surprise bills for this care.", idr=True,
        type_alts=["other"])]))

    # 2 office biopsy sent to a non-contracted lab: denied
    f = facts(random.Random(226502), PB, "slash")
    amt = 742.00
    body = [f"We received a claim from {f['lab']} for pathology on a skin biopsy that {f['derm']} of "
            f"{f['dpractice']} took in the office on {D(f, f['dos'])}. {f['dpractice']} is in your network; "
            f"{f['lab']} is not, and your plan has no out-of-network laboratory benefit.",
            "The No Surprises Act protects you from balance bills for ancillary services, such as pathology, only "
            "when the care is given at an in-network hospital, hospital outpatient department or ambulatory surgery "
            "center. A physician office is not such a facility, so the ancillary-service protection does not apply, "
            "and none of the plan's network exceptions (no network lab available, emergency) was met. Our network "
            "laboratories could have processed this specimen. We denied the claim as out of network.",
            "You may ask your doctor's office why the specimen was not sent to a network laboratory."]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
            ("Claim number:", f["claim"]), ("Laboratory:", f"{f['lab']} (not contracted), NPI {f['npi']}"),
            ("Biopsy taken by:", f"{f['derm']}, {f['dpractice']}, NPI {f['npi2']}"),
            ("Date specimen collected:", D(f, f["dos"])), ("Services:", "88305 Surgical pathology; 88312 Special stain"),
            ("Amount billed:", fmt_money(amt)), ("Claim received:", D(f, f["notice"] - dt.timedelta(days=9)))]
    items.append(Item(f"{FAMILY}_bd_office_biopsy_non_contracted_lab", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, amt, "out_of_network", "within", [f["claim"]])]))

    # 3 fax stack: generic cover, the lab's balance bill, the EOB that denied the claim
    f = facts(random.Random(226503), CV, "dmy")
    f["facility"] = "Tiverton Ridge Endoscopy Suite (office-based)"
    lines = [("88305", "Surgical pathology, level IV (colon polyps x3)", 465.00, 0, 0, 465.00, "OL2"),
             ("88312", "Special stain, group I", 212.00, 0, 0, 212.00, "OL2")]
    rem = [("OL2", "Out-of-network laboratory. Your EPO plan covers laboratory services only from network labs. The "
                   "specimen was collected in a physician office suite, not a hospital or ambulatory surgery center, "
                   "so No Surprises Act ancillary protections do not apply. The provider may bill you.")]
    e = eob(f, lines, rem, "out_of_network", "The claim below was denied. See the remark code.", amount_alt=None)
    bill = lab_bill(f, [(c, t, a) for c, t, a, *_ in lines], f["notice"] + dt.timedelta(days=21))
    items.append(Item(f"{FAMILY}_faxstd_stack_lab_balance_bill_and_eob", "fax_standard_g4", [bill, e],
                      separators=["cover", None]))

    # 4 rotated: genetic add-on denied as investigational, pathology paid under the NSA
    f = facts(random.Random(226504), PB, "abbr")
    lines = [("88305", "Surgical pathology, level IV, thyroid FNA cell block", 455.00, 131.40, 105.12, 26.28, "NS4"),
             ("88173", "Cytopathology, evaluation of FNA", 274.00, 88.15, 70.52, 17.63, "NS4"),
             ("81479", "Unlisted molecular pathology (gene expression classifier)", 3850.00, 0, 0, 0, "EX7")]
    rem = [("NS4", "No Surprises Act: out-of-network ancillary service at an in-network facility, paid at the "
                   "in-network cost share."),
           ("EX7", "The thyroid nodule gene expression classifier added by the laboratory is investigational under "
                   "medical policy LAB-211 for this indication and is not covered. Because this is a protected "
                   "ancillary claim, the laboratory may not bill you for this line.")]
    items.append(Item(f"{FAMILY}_rotated_eob_genetic_addon_investigational", "rotated", [eob(
        f, lines, rem, "experimental", "We processed a laboratory claim for your thyroid biopsy. Part of it was "
        "denied.", dalts=["medical_necessity", "not_covered"], amount_alt="3850.00", idr=True)]))

    # 5 the plan's letter after a balance-bill complaint: reprocessed, nothing denied
    f = facts(random.Random(226505), CV, "iso")
    f["facility"] = "Brantwood General Hospital"
    inq = "INQ-" + digits(r, 7)
    amt = 1935.00
    owe = 61.80
    body = [f"Thank you for sending us the bill you received from {f['lab']} for the pathology on tissue removed "
            f"during your surgery at {f['facility']} on {D(f, f['dos'])}. {f['surgeon']} and the hospital are in "
            f"your network; the laboratory is not.",
            "Pathology and laboratory services are ancillary services under the No Surprises Act. For ancillary care "
            "at an in-network hospital, an out-of-network provider may not ask you to waive your protections, even "
            "with a signed notice and consent form. We reprocessed the claim under the Act: we paid the laboratory "
            f"directly and your cost share is {fmt_money(owe)}, the same as for a network laboratory.",
            f"We have told {f['lab']} that it may not bill you more than {fmt_money(owe)}. Any disagreement about "
            "our payment is between the laboratory and us, through open negotiation and, if needed, the federal "
            "independent dispute resolution (IDR) process. If you still receive bills above that amount, call us "
            "or the federal No Surprises Help Desk."]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Inquiry number:", inq),
            ("Claim number:", f["claim"]), ("Laboratory:", f"{f['lab']}, NPI {f['npi']}"),
            ("Surgeon:", f"{f['surgeon']}, NPI {f['npi2']}"), ("Date of service:", D(f, f["dos"])),
            ("Amount billed:", fmt_money(amt)), ("Your cost share:", fmt_money(owe))]
    items.append(Item(f"{FAMILY}_scan300_balance_bill_complaint_reprocessed", "scan_clean_300", [letter(
        f, "Your surprise bill: claim reprocessed", rows, body, amt, None, None, [inq, f["claim"]],
        sign="Member Advocacy Team", extra_alts={"case_numbers": [[f["claim"]]]})]))

    # 6 150 dpi: first-level appeal upheld (specimen from an office procedure to a non-contracted lab)
    f = facts(random.Random(226506), CV, "upper")
    apl = "APL" + digits(r, 8)
    amt = 1268.40
    body = [f"We received your appeal of our denial of claim {f['claim']} from {f['lab']}. You wrote that you did "
            f"not choose the laboratory and that {f['derm']} of {f['dpractice']} sent the specimens there.",
            "A reviewer who took no part in the first decision looked at the claim, your letter and the "
            "laboratory's records. The excisions were done in the practice's office. Your plan pays for "
            "laboratory work only from network laboratories unless a network exception applies. The No Surprises "
            "Act ancillary-service protection covers care at an in-network hospital or ambulatory surgery center, "
            "not in a physician office, and a network laboratory was available. We uphold the denial: the claim "
            "is not covered as out of network.",
            "If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You "
            "may also ask the practice to resubmit the specimens' billing through a network laboratory."]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", apl),
            ("Claim number:", f["claim"]), ("Laboratory:", f"{f['lab']} (out of network)"),
            ("Ordering physician:", f"{f['derm']}, {f['dpractice']}"),
            ("Date of service:", D(f, f["dos"])), ("Amount billed:", fmt_money(amt, "nosign")),
            ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=22)))]
    items.append(Item(f"{FAMILY}_lowres_appeal_upheld_office_excision", "scan_lowres_150", [letter(
        f, "Appeal Decision - Denial Upheld", rows, body, amt, "out_of_network", None, [apl, f["claim"]],
        sign="Appeals and Grievances", extra_alts={"case_numbers": [[apl]]},
        )]))
    # the second-level deadline is stated in the body: notice + 60 days
    items[-1].docs[0][1]["fields"]["appeal_deadline"] = iso(f["notice"] + dt.timedelta(days=60))

    # 7 photocopy: germline panel added by the lab without prior authorization
    f = facts(random.Random(226507), PB, "long")
    f["facility"] = "Brantwood General Hospital"
    amt = 4175.00
    body = [f"{f['lab']} billed a hereditary cancer gene panel (81162) on tissue from your lumpectomy at "
            f"{f['facility']} on {D(f, f['dos'])}, together with the surgical pathology. We paid the pathology "
            "at your in-network cost share under the No Surprises Act.",
            "Germline genetic testing requires prior authorization under your plan, with documented genetic "
            "counseling and personal or family history that meets medical policy GEN-104. No authorization was "
            "requested before the test, and the laboratory added the panel without an order from "
            f"{f['surgeon']}. We denied the 81162 line because it was not authorized. Because this is an "
            "ancillary service at an in-network hospital, the laboratory may not bill you for the denied line."]
    rows = [("Patient:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Claim number:", f["claim"]), ("Laboratory:", f"{f['lab']}, NPI {f['npi']}"),
            ("Surgeon:", f"{f['surgeon']}, {f['facility']}"), ("Date of service:", D(f, f["dos"])),
            ("Service denied:", "81162 BRCA1/BRCA2 full sequence and deletion/duplication analysis"),
            ("Amount billed (claim):", fmt_money(amt))]
    items.append(Item(f"{FAMILY}_copy_germline_panel_no_prior_auth", "photocopy", [letter(
        f, "We denied part of your laboratory claim", rows, body, amt, "prior_authorization", "date", [f["claim"]],
        dalts=["medical_necessity"])]))
    return items
