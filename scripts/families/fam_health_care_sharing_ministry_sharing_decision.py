"""Family 'health_care_sharing_ministry_sharing_decision': letters and sharing statements from health care sharing
ministries (not insurance) on members' medical bills ("needs").

Issuers (all invented): Cornerstone Fellowship Health Share (centred name over a double rule; letters), Bridgewell
Christian Medical Sharing (logo word "BRIDGEWELL" with a scripture line; sharing statements), Harvest Table Brethren
Aid Society (small plain letterhead; letters). Contents: a bill declined as a pre-existing condition in the second of
three waiting years; a sharing statement where a hospital need is shared after the hospital's self-pay discount; a
bill declined under the lifestyle exclusion (injury while intoxicated); a phone photo of a statement where part of a
need is over the annual sharing limit; a photocopied statement putting a bill against the household's personal
responsibility amount; a faxed reconsideration decision upholding a pre-existing decline; a rotated letter declining
a bill submitted more than six months after the service. Decoys: the ministry's mailing and needs-processing
addresses and phone numbers, the household head (not the patient), dates of birth, membership start dates, need
received dates, the monthly share amount, the provider discount, the personal responsibility amount, prior-year
bills.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "health_care_sharing_ministry_sharing_decision"
LANG = "en"

CF, BW, HT = ("Cornerstone Fellowship Health Share", "Bridgewell Christian Medical Sharing",
              "Harvest Table Brethren Aid Society")
ADDR = {CF: ("PO Box 40718", "Merrivale, OH 45899", "Needs Processing: 1180 Covenant Park Drive, Merrivale, OH 45897"),
        BW: ("77 Larkspur Commons", "Ashby Falls, MO 65799", "Send bills to: PO Box 2291, Ashby Falls, MO 65798"),
        HT: ("3 Orchard Meeting House Road", "Kellerton, PA 17599", "Member Care: PO Box 118, Kellerton, PA 17598")}
FIRST = ["Annika", "Obadiah", "Priscilla", "Tomasz", "Keziah", "Emmanuel", "Lucia", "Soren", "Abigail", "Hiroshi",
         "Naledi", "Caleb", "Rosalind", "Ignacio", "Mirela", "Jonah"]
LAST = ["Brubaker", "Okonkwo-Reyes", "Lindqvist", "Hartzler", "Nakashima", "Delacroix", "Yoder", "Abernethy",
        "Castellanos", "Friesen", "Mbeki", "Sutherland", "Rasmussen", "Petrakis"]
STREETS = ["Meadowlark Lane", "Cedar Chapel Road", "Millstone Court", "Orchard Hill Drive", "Wren Hollow Way"]
TOWNS = ["Fairhaven, IN 47999", "Dunmore Springs, KS 66999", "Pell City Heights, AL 35999", "Greywater, ID 83899"]
HOSP = ["St. Brendan's Regional Medical Center", "Halcyon Valley Hospital", "Marrowstone Community Hospital"]
PRACT = ["Foxglove Family Medicine", "Ridgeback Orthopedic Associates", "Lakemont Cardiology Group",
         "Sable Creek Gastroenterology"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"({r.choice(['800', '844', '855', '866', '877', '888'])}) {digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    hfirst = r.choice([x for x in FIRST if x != first])
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(35, 90))
    if ins == CF:
        hh, mem, need = f"CF-{digits(r, 6)}", f"CF-{digits(r, 6)}-0{r.randint(2, 4)}", f"ND{notice.year}-{digits(r, 5)}"
    elif ins == BW:
        hh, mem, need = f"H{digits(r, 7)}", f"M{digits(r, 8)}", f"N-{digits(r, 7)}"
    else:
        hh, mem, need = f"HT {digits(r, 4)} {digits(r, 3)}", None, f"{digits(r, 2)}-{digits(r, 4)}"
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                head=f"{hfirst} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}", hfirst=hfirst,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                hh=hh, mem=mem, need=need, bill=f"B{digits(r, 6)}", ph=phone(r), ph2=phone(r),
                dob=dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)),
                start=dt.date(r.randint(2023, 2025), r.randint(1, 12), 1),
                share=f"{r.randint(3, 6)}{r.choice(['29', '45', '60', '85'])}.00")


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == CF:
        d.text_line(CF.upper(), 15, "B", align="C")
        d.text_line(f"{a[0]}  -  {a[1]}  -  Member Services {f['ph']}  -  Fax {f['ph2']}", 8.5, align="C")
        d.rule(0.8, 0.8)
        d.rule(0.3, 2)
        d.text_line(a[2], 8, align="C")
        d.text_line("A health care sharing ministry. Not insurance.", 8, "I", align="C")
    elif ins == BW:
        d.text_line("BRIDGEWELL", 24, "B")
        d.text_line(f"{BW}  |  \"Bear one another's burdens\" - Galatians 6:2", 9, "I")
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']}  |  {a[2]}", 8)
        d.rule(0.6, 2)
    else:
        d.text_line(HT, 12, "B")
        d.text_line(f"{a[0]}, {a[1]}", 9)
        d.text_line(f"{a[2]}  -  Telephone {f['ph']}", 9)
        d.ln(1)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["head"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


NOT_INS = ("This ministry is not an insurance company and membership is not insurance. Members voluntarily share "
           "one another's medical bills according to the Member Guidelines; no member is promised that a bill will "
           "be shared.")


def base_truth(f: dict, doc: str, denial, amount: float | None, provider: str, deadline, **kw) -> dict:
    alts = kw.pop("alternates", {})
    if f["mem"]:
        alts.setdefault("member_id", [f["hh"]])
    return truth(doc, denial, insurer=f["ins"], member_id=f["mem"] or f["hh"], member_name=f["name"],
                 case_numbers=kw.pop("cases", [f["need"]]), claim_amount=None if amount is None else m2(amount),
                 service_dates=kw.pop("dates", [iso(f["dos"])]), denial_date=iso(f["notice"]), provider=provider,
                 appeal_deadline=None if deadline is None else iso(deadline), alternates=alts, **kw)


def decision_letter(f: dict, provider: str, service: str, amount: float, title: str, reason: list[str],
                    recon: str, denial: str, dalts: list[str], fax: str | None = None,
                    extra_rows: list | None = None, recon_days: int | None = 45, mstyle: str = "plain",
                    cases: list[str] | None = None, received: dt.date | None = None) -> tuple[bytes, dict]:
    d = Doc("Times" if f["ins"] == HT else "Helvetica", footer="Page {p} of {n}")
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
    rows = [("Household head:", f["head"]), ("Household number:", f["hh"]), ("Member (patient):", f["name"]),
            ("Member number:", f["mem"]), ("Date of birth:", D(f, f["dob"])),
            ("Membership began:", D(f, f["start"])), ("Need number:", f["need"]),
            ("Provider:", provider), ("Date of service:", D(f, f["dos"])), ("Service:", service),
            ("Bill amount:", fmt_money(amount, mstyle)),
            ("Need received:", D(f, received or f["dos"] + dt.timedelta(days=f["r"].randint(8, 20))))]
    pairs(d, rows + (extra_rows or []))
    d.para(f"Dear {f['hfirst']} and family:")
    for p in reason:
        d.para(p)
    dl = None
    if recon_days:
        dl = f["notice"] + dt.timedelta(days=recon_days)
    d.text_line("If you disagree", 11, "B")
    d.ln(1)
    d.para(recon)
    d.para(NOT_INS, 9)
    d.para(f"Questions about this need? Call Member Services at {f['ph']}, Monday - Friday, 8:00 a.m. - 5:00 p.m. "
           f"Central, or write to {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}.", 9.5)
    d.para(f"In His service,\nNeeds Review Team\n{f['ins']}", 10)
    t = base_truth(f, "denial_letter", denial, amount, provider, dl, denial_alternates=dalts,
                   cases=cases or [f["need"]])
    return pdf_bytes(d), t


def statement(f: dict, bills: list[dict], notes: list[tuple[str, str]], summary: list[tuple[str, str]],
              doc: str, denial, dalts: list[str], focus: dict, recon_days: int | None, tstyle: str = "plain",
              type_alts: list[str] | None = None, amount_alt: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Sharing Statement - page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("SHARING STATEMENT", 15, "B")
    d.text_line("This is not a bill. It shows how members shared your household's medical needs.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(110, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Household no.", f["hh"]), ("Household head", f["head"]),
                 ("Member no.", f["mem"]), ("Monthly share", fmt_money(f["share"])),
                 ("Member since", D(f, f["start"]))]:
        if v is None:
            continue
        d.set_x(110)
        d.font(9, "B")
        d.cell(32, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 32) + 3)
    for b in bills:
        d.font(10, "B")
        d.cell(0, 6, f"Need {b['need']}  -  Patient: {b['patient']}  -  {b['prov']}", new_x="LMARGIN",
               new_y="NEXT")
        rows = [[D(f, b["dos"]), b["bill"], ln[0], fmt_money(ln[1], tstyle), fmt_money(ln[2], tstyle),
                 fmt_money(ln[3], tstyle), fmt_money(ln[4], tstyle), fmt_money(ln[5], tstyle), ln[6]]
                for ln in b["lines"]]
        tot = [sum(x[i] for x in b["lines"]) for i in range(1, 6)]
        rows.append(["*Need total", "", "", *[fmt_money(v, tstyle) for v in tot], ""])
        d.table(["Service date", "Bill no.", "Description", "Billed", "Discount", "Personal resp.", "Ineligible",
                 "Shared", "Note"], rows, [20, 17, 44, 19, 17, 19, 17, 17, 10], size=7.6,
                aligns="LLLRRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in notes:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(1)
    d.text_line("Household year to date", 10, "B")
    pairs(d, summary, lw=70, size=9)
    dl = None
    if recon_days:
        dl = f["notice"] + dt.timedelta(days=recon_days)
        d.para(f"If you believe a need was not shared according to the Member Guidelines, you may ask for a "
               f"reconsideration within {recon_days} days of the date of this statement. Write to Member Advocacy "
               f"at {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}, or call {f['ph']}.", 9)
    d.para(NOT_INS, 8.5)
    b = focus
    alts = {"claim_amount": [amount_alt]} if amount_alt else {}
    t = base_truth(f, doc, denial, sum(x[1] for x in b["lines"]), b["prov"], dl, denial_alternates=dalts,
                   cases=[b["need"], b["bill"]], dates=[iso(b["dos"])], type_alternates=type_alts or [],
                   alternates=alts)
    t["fields"]["member_name"] = b["patient"]
    if not t["alternates"].get("case_numbers"):
        t["alternates"]["case_numbers"] = [[b["need"]]]
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(223500)

    # 1. pre-existing condition, second of three waiting years
    f = facts(random.Random(223501), CF, "long")
    f["start"] = (f["dos"] - dt.timedelta(days=r.randint(150, 300))).replace(day=1)
    prov = r.choice(HOSP)
    items.append(Item(f"{FAMILY}_bd_preexisting_waiting_years", "born_digital", [decision_letter(
        f, prov, "Laparoscopic cholecystectomy, outpatient surgery", 18640.00, "Sharing Decision: Need Not Shared",
        [f"We received the bills for {f['first']}'s gallbladder surgery on {D(f, f['dos'])}. The medical records "
         "show that gallstones with right upper abdominal pain were diagnosed and treated in the 24 months before "
         "the membership began.",
         "Under Section 6.3 of the Member Guidelines, a condition that had signs, symptoms, diagnosis or treatment "
         "in the 24 months before membership is a pre-existing condition. Needs for a pre-existing condition are "
         "not shareable in the first year of membership, are shareable up to $15,000 in the second year and up to "
         "$35,000 in the third year. Because the date of service falls in the first year of membership, this need "
         "is not eligible for sharing. Bills for this condition may become shareable after the waiting years."],
        "You may ask for a reconsideration within 45 days of the date of this letter. Send a written request with "
        "any records that show the condition was not present before membership to the Needs Review Team at the "
        "address above. A second review is done by the Member Appeals Panel.",
        "not_covered", ["eligibility"])]))

    # 2. sharing statement: hospital need shared after the self-pay discount
    f = facts(random.Random(223502), BW, "slash")
    prov = r.choice(HOSP)
    b = dict(need=f["need"], bill=f["bill"], patient=f["name"], prov=prov, dos=f["dos"],
             lines=[("Emergency room, level 4", 3120.00, 1092.00, 500.00, 0.0, 1528.00, "D1"),
                    ("CT abdomen and pelvis w/ contrast", 2845.50, 995.93, 0.0, 0.0, 1849.57, "D1"),
                    ("Laboratory panel", 612.00, 214.20, 0.0, 0.0, 397.80, "D1")])
    old = dict(need=f"N-{digits(r, 7)}", bill=f"B{digits(r, 6)}", patient=f["head"], prov=r.choice(PRACT),
               dos=f["dos"] - dt.timedelta(days=r.randint(60, 120)),
               lines=[("Office visit, new patient", 265.00, 0.0, 265.00, 0.0, 0.0, "P1")])
    notes = [("D1", f"{prov} gave a 35% self-pay discount for prompt payment. The discounted balance less the "
                    "household's remaining personal responsibility was shared by members and mailed to you."),
             ("P1", f"Earlier this year {fmt_money(265)} of need {old['need']} ({old['patient']}, {old['prov']}, "
                    f"{D(f, old['dos'])}) was applied to the household's annual personal responsibility amount.")]
    summary = [("Annual personal responsibility (PRA):", fmt_money(1000)), ("PRA met to date:", fmt_money(765)),
               ("Shared for your household this year:", fmt_money(3775.37))]
    items.append(Item(f"{FAMILY}_bd_statement_shared_after_discount", "born_digital", [statement(
        f, [b], notes, summary, "eob", None, [], b, None, type_alts=["other"])]))

    # 3. lifestyle exclusion: injury while intoxicated (scan 300)
    f = facts(random.Random(223503), HT, "abbr")
    prov = r.choice(HOSP)
    items.append(Item(f"{FAMILY}_scan300_lifestyle_exclusion_intoxication", "scan_clean_300", [decision_letter(
        f, prov, "Emergency care and closed reduction, left wrist fracture", 7415.25,
        "Notice of Need Decision - Not Eligible for Sharing",
        [f"The emergency department report from {prov} states that {f['first']} fell from a porch railing and "
         "that the blood alcohol level on arrival was 0.19%.",
         "Members of the Society agree to live by the Statement of Faith and Lifestyle Commitment. Article IX of the "
         "Sharing Guidelines says that injuries or illnesses that result from the abuse of alcohol or the use of "
         "illegal drugs are not shared by the members. For this reason the brethren are not able to share this "
         "need. This decision is not a judgment of the member."],
        "If you believe the facts above are wrong, you may ask the Elders' Review Committee to look at this need "
        "again. Your request must be made within 60 days of the date of this letter and may include a statement "
        "from the treating physician.", "not_covered", [], recon_days=60, mstyle="nosign")]))

    # 4. phone photo: statement with part of a need over the annual sharing limit
    f = facts(random.Random(223504), BW, "iso")
    prov = r.choice(HOSP)
    b = dict(need=f["need"], bill=f["bill"], patient=f["name"], prov=prov, dos=f["dos"],
             lines=[("Inpatient stay, 4 days - spinal fusion", 96400.00, 24100.00, 0.0, 19800.00, 52500.00, "L2"),
                    ("Implants and hardware", 31250.00, 7812.50, 0.0, 23437.50, 0.0, "L2")])
    notes = [("L2", "Your program level (Bridgewell Classic) shares up to $125,000 per member per year. "
                    f"Earlier needs for {f['first']} this year were shared for $72,500.00, so $52,500.00 of this "
                    "need was shared and the rest is over the annual sharing limit and is not shareable."),
             ("", f"A discount of 25% was negotiated with {prov} by our bill negotiation partner.")]
    summary = [("Annual sharing limit per member:", fmt_money(125000)),
               ("Shared for this member this year:", fmt_money(125000)),
               ("Annual personal responsibility (PRA) met:", fmt_money(1500))]
    items.append(Item(f"{FAMILY}_phone_statement_annual_sharing_limit", "phone_photo", [statement(
        f, [b], notes, summary, "eob", "not_covered", ["other"], b, 30, tstyle="nosign")]))

    # 5. photocopy: bill applied to the personal responsibility amount (nothing shared, nothing declined)
    f = facts(random.Random(223505), CF, "dmy")
    prov = r.choice(PRACT)
    b = dict(need=f["need"], bill=f["bill"], patient=f["name"], prov=prov, dos=f["dos"],
             lines=[("Office visit, established", 210.00, 0.0, 210.00, 0.0, 0.0, "R1"),
                    ("Echocardiogram", 1340.00, 0.0, 1340.00, 0.0, 0.0, "R1")])
    notes = [("R1", "Applied to the household's personal responsibility amount. Members begin to share this "
                    "household's needs once $2,500.00 of eligible bills has been applied in the membership year. "
                    f"Please pay {prov} directly.")]
    summary = [("Personal responsibility amount (PRA):", fmt_money(2500)),
               ("Applied to PRA to date:", fmt_money(1900)),
               ("Remaining before sharing begins:", fmt_money(600))]
    items.append(Item(f"{FAMILY}_copy_statement_personal_responsibility", "photocopy", [statement(
        f, [b], notes, summary, "eob", None, [], b, None, type_alts=["other"])]))

    # 6. fax: reconsideration decision upholding a pre-existing decline, further step mediation
    f = facts(random.Random(223506), CF, "upper")
    f["start"] = (f["dos"] - dt.timedelta(days=r.randint(400, 650))).replace(day=1)
    prov = r.choice(PRACT)
    recon_no = f"RC-{digits(r, 6)}"
    head = f"{fmt_date(f['notice'], 'slash')} 14:07   CORNERSTONE FELLOWSHIP HS   FAX {f['ph2']}   P. 1"
    items.append(Item(f"{FAMILY}_faxstd_reconsideration_upheld_preexisting", "fax_standard_g4", [decision_letter(
        f, prov, "Cardiac catheterization and stent, outpatient", 42380.00, "Reconsideration Decision",
        [f"The Member Appeals Panel reviewed your request (reconsideration number {recon_no}) and the letter from "
         f"{f['first']}'s cardiologist. The records show chest pain and an abnormal stress test 9 months before the "
         "membership began. The Panel agrees that the heart condition is pre-existing.",
         "The date of service is in the second year of membership, when needs for a pre-existing condition are "
         "shareable only up to $15,000. The Panel upholds the first decision: $15,000.00 of this need will be "
         "shared and the remaining $27,380.00 is not shareable."],
        "This is the last review within the ministry. If you still disagree, you may request Christian mediation "
        "under Section 11 of the Member Guidelines within 30 days of this letter.",
        "not_covered", ["eligibility"], fax=head, recon_days=30, mstyle="space",
        extra_rows=[("Reconsideration no.:", recon_no)], cases=[recon_no, f["need"]])]))

    # 7. rotated: bill submitted more than six months after the service
    f = facts(random.Random(223507), HT, "slash")
    f["dos"] = f["notice"] - dt.timedelta(days=r.randint(230, 300))
    prov = r.choice(PRACT)
    items.append(Item(f"{FAMILY}_rotated_bill_submitted_late", "rotated", [decision_letter(
        f, prov, "Colonoscopy with biopsy", 3865.00, "Notice of Need Decision - Submitted Too Late",
        [f"The bill for this service reached us on {D(f, f['notice'] - dt.timedelta(days=9))}, more than six "
         "months after the date of service.",
         "Article VII of the Sharing Guidelines asks members to submit every need within six months of the date "
         "of service so that the monthly sharing can be planned. Needs submitted later are not published for "
         "sharing unless the member was in the hospital or could not submit for a reason beyond their control."],
        "If a reason beyond your control kept you from sending the bill in time, write to the Elders' Review "
        "Committee within 60 days of the date of this letter and tell us what happened.",
        "timely_filing", [], recon_days=60, received=f["notice"] - dt.timedelta(days=9))]))
    return items
