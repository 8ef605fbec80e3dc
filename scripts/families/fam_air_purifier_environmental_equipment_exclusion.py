"""Family 'air_purifier_environmental_equipment_exclusion': plan letters, EOBs, an FSA reimbursement denial and a
Medicaid asthma program notice on air purifiers, HEPA filters, room humidifiers and dehumidifiers bought for asthma or
allergies. All issuers, people, IDs, phone numbers and amounts are invented.

Issuers: Wrenfield Health Insurance Company (letter: HEPA air purifier denied as environmental control equipment;
rotated letter: room humidifier denied), Calloway Ridge Health Plan (EOB: heated humidifier E0562 with a CPAP paid;
photocopied EOB: dehumidifier denied beside a paid allergist visit), Pinecrest Benefit Administrators (FSA claim
denied without a letter of medical necessity), Marrowdale Medicaid Healthy Lungs Program (allergen-proof mattress and
pillow covers approved), and a standard-mode fax stack from Wrenfield (cover sheet, HEPA filter denial, dehumidifier
denial for the same member). Decoys: the allergist who recommended the item, NPIs, dates of birth, the date a claim was
received, phone and fax numbers, the plan year's FSA balance and the run-out deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, days, fdate, iso, m2, mixed, money, npi, person, phone, tollfree, usd

FAMILY = "air_purifier_environmental_equipment_exclusion"
LANG = "en"
DOCS = ["Dr. Olamide R. Vasquez-Thorne", "Dr. Henrik J. Szabo", "Dr. Leilani M. Ferreira", "Dr. Arjun T. Kowalczyk",
        "Dr. Beatriz E. Nakamura", "Dr. Cormac D. Achebe", "Dr. Yusra F. Lindgren", "Dr. Mateus P. Oduya"]
STORES = [("Breezeway Home Air Supply", "64 Thistle Row", "Coldwater Bend, MI 49099"),
          ("Northfen Respiratory & Sleep, LLC", "1502 Marlow Pike", "Ashby Crossing, PA 17099"),
          ("ClearHaven Appliance Outlet", "880 Orchard Loop", "Dunmere, CO 80999"),
          ("Allerguard Bedding Co.", "19 Quarry Lane", "Marrowdale, VT 05999")]
WR = ("Wrenfield Health Insurance Company", "Member Appeals & Coverage Decisions", "PO Box 55120, Stonebridge, CT 06999")
CR = ("Calloway Ridge Health Plan", "Explanation of Benefits - THIS IS NOT A BILL", "PO Box 7014, Hadley Cove, GA 30999")


def header(d, name, sub, addr, ph):
    d.text_line(name, 15, "B")
    d.text_line(sub, 9)
    d.text_line(f"{addr}  ·  {ph}", 8.5)
    d.rule(0.6, 3)


def kv(d, rows, w=50, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d, who, addr, date_s=None):
    if date_s:
        d.text_line(date_s, 10.5)
        d.ln(3)
    for ln in (who, *addr):
        d.text_line(ln, 10.5)
    d.ln(4)


ITEMS = {"purifier": ("E1399", "HEPA air purifier, room, 500 sq ft", "air purifier"),
         "filters": ("E1399", "Replacement HEPA filters (4)", "replacement HEPA filters"),
         "humid": ("E1399", "Room humidifier, cool mist", "room humidifier"),
         "dehum": ("E1399", "Dehumidifier, 50 pint", "dehumidifier")}


def wr_letter(i, r, kind, m=None, mid=None, a=None, notice=None, ds="long"):
    """Wrenfield denial: the item is environmental control equipment."""
    m, a = m or person(r), a or address(r)
    mid = mid or mixed(r, "WHI-999999-99")
    grp = "GRP 4471-0B"
    notice = notice or dt.date(2026, 3, 18)
    st, doc = STORES[0] if kind != "dehum" else STORES[2], DOCS[i]
    dos = days(notice, -r.randint(12, 30))
    code, desc, word = ITEMS[kind]
    ch = money(r, 120, 640)
    claim = mixed(r, "9999-999999-99")
    ph = tollfree(r)
    d = Doc("Helvetica", footer=f"{WR[0]} · {{p}}/{{n}}")
    d.add_page()
    header(d, WR[0], WR[1], WR[2], ph)
    addressee(d, m[0], a, fdate(notice, ds))
    d.text_line(f"We denied your claim for a {word}", 13, "B")
    d.ln(2)
    kv(d, [("Member", m[0]), ("ID number", mid), ("Group", grp), ("Claim #", claim),
           ("Bought from", f"{st[0]} (NPI {npi(r)})"), ("Purchase date", fdate(dos, ds)),
           ("Amount charged", usd(ch)), ("Recommended by", f"{doc}, allergy and immunology")])
    d.table(["Code", "Item", "Charged", "Covered"], [[code, desc, usd(ch), "$0.00"]], [22, 112, 24, 24],
            aligns="LLRR")
    d.para(f"Your plan does not cover environmental control equipment. A {word} changes the air in your home; it "
           "does not treat an illness and is useful to people without asthma or allergies. The Certificate of "
           "Coverage excludes \"air conditioners, air purifiers and filters, humidifiers, dehumidifiers and other "
           f"environmental control equipment\". {doc}'s note that the item may reduce your asthma symptoms does not "
           "change this exclusion.")
    d.text_line("If you disagree", 11, "B")
    d.para(f"You may ask for an appeal within 180 days from the date of this letter. Write to us at the address above "
           f"or call {ph}.")
    t = truth("denial_letter", "not_covered", insurer=WR[0], member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=st[0], appeal_deadline=iso(days(notice, 180)))
    return pdf_bytes(d), t


def cpap_eob(i, r):
    m, a, doc, st = person(r), address(r), DOCS[i], STORES[1]
    notice = dt.date(2026, 4, 6)
    dos = days(notice, -r.randint(20, 35))
    mid, claim = mixed(r, "CRH99999999"), mixed(r, "E99999999999")
    rows = [("E0601", "CPAP device, rental month 2", money(r, 90, 140)),
            ("E0562", "Humidifier, heated, used with PAP device", money(r, 40, 75))]
    tot = round(sum(x[2] for x in rows), 2)
    d = Doc("Helvetica")
    d.add_page()
    header(d, CR[0], CR[1], CR[2], tollfree(r))
    addressee(d, m[0], a)
    kv(d, [("Statement date:", fdate(notice, "slash")), ("Member:", m[0]), ("Member ID:", mid),
           ("Claim number:", claim), ("Provider:", st[0]), ("Ordered by:", f"{doc} (sleep medicine)")], w=42)
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe"],
            [[fdate(dos, "slash"), c, desc, usd(ch), usd(round(ch * 0.7, 2)), usd(round(ch * 0.56, 2)),
              usd(round(ch * 0.14, 2))] for c, desc, ch in rows] + [["*Claim total", "", "", usd(tot), "", "", ""]],
            [24, 15, 62, 20, 20, 20, 18], size=8, aligns="LLLRRRR")
    d.para("Note H2: A heated humidifier used with a covered CPAP device is covered as part of the PAP system. It is "
           "not a room humidifier (room humidifiers and air purifiers are environmental equipment and are not "
           "covered).", 9.5)
    d.para(f"Questions or disagree? You may appeal within 180 days of the date of this statement.", 9.5)
    t = truth("eob", None, insurer=CR[0], member_id=mid, member_name=m[0], case_numbers=[claim], claim_amount=m2(tot),
              service_dates=[iso(dos)], denial_date=iso(notice), provider=st[0],
              appeal_deadline=iso(days(notice, 180)), alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def fsa(i, r):
    ins = "Pinecrest Benefit Administrators"
    m, a, doc, st = person(r), address(r), DOCS[i], STORES[2]
    notice = dt.date(2026, 5, 14)
    dos = days(notice, -r.randint(10, 25))
    ch = money(r, 180, 420)
    ref, acct = mixed(r, "FSA-99999999"), mixed(r, "PBA999999")
    d = Doc("Helvetica")
    d.add_page()
    header(d, ins, "Flexible Spending Account Claims", "PO Box 3309, Elm Hollow, UT 84999", tollfree(r))
    addressee(d, m[0], a, fdate(notice, "dlong"))
    d.text_line("Reimbursement Request Denied", 13, "B")
    d.ln(2)
    kv(d, [("Participant", m[0]), ("Participant ID", acct), ("Employer", "Garnet Lake Foods, Inc."),
           ("Claim reference", ref), ("Merchant", st[0]), ("Date of purchase", fdate(dos, "dlong")),
           ("Amount requested", usd(ch)), ("Plan year 2026 balance", usd(money(r, 900, 1800)))])
    d.para("Your request to be reimbursed for a HEPA air purifier cannot be paid. An air purifier is a dual-purpose "
           "item: it is eligible under Section 213(d) only when it is bought to treat a specific medical condition. "
           "Your request did not include a Letter of Medical Necessity signed by your provider, so we cannot "
           "reimburse it.")
    d.para(f"To resubmit, ask your allergist ({doc}) to complete our Letter of Medical Necessity form. If you "
           "disagree with this decision, you may appeal in writing within 180 days of the date of this notice. "
           "Claims for the 2026 plan year must be filed by March 31, 2027.", 10)
    t = truth("denial_letter", "other", insurer=ins, member_id=acct, member_name=m[0], case_numbers=[ref],
              claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(notice), provider=st[0],
              appeal_deadline=iso(days(notice, 180)), denial_alternates=["not_covered", "medical_necessity"],
              type_alternates=["other"])
    return pdf_bytes(d), t


def medicaid(i, r):
    ins = "Marrowdale Department of Health Access"
    m, a, doc, st = person(r), address(r), DOCS[i], STORES[3]
    notice = dt.date(2026, 6, 25)
    start = days(notice, 10)
    mid, pa = mixed(r, "99999999A"), mixed(r, "PA26-999999")
    rows = [("E1399", "Allergen-impermeable mattress encasement", money(r, 60, 110)),
            ("E1399", "Allergen-impermeable pillow covers (2)", money(r, 25, 45))]
    tot = round(sum(x[2] for x in rows), 2)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("STATE OF MARROWDALE", 9, "B")
    header(d, ins, "Medicaid Healthy Lungs Asthma Program", "120 State Street, Marrowdale, VT 05999", tollfree(r))
    addressee(d, m[0], a, fdate(notice, "abbr"))
    d.text_line("Notice of Approval", 13, "B")
    kv(d, [("Medicaid ID:", mid), ("Prior authorization #:", pa), ("Supplier:", st[0]),
           ("Requested by:", f"{doc}, allergist"), ("Approved from:", fdate(start, "abbr"))])
    d.table(["Code", "Item", "Amount", "Decision"], [[c, x, usd(ch), "Approved"] for c, x, ch in rows]
            + [["*Total", "", usd(tot), ""]], [22, 112, 26, 24], aligns="LLRL")
    d.para("Good news: your request is approved. The Healthy Lungs program covers allergen-proof mattress and pillow "
           "covers for members with persistent asthma and a positive dust-mite allergy test. Air purifiers and "
           "humidifiers are still not covered by Medicaid. You may request a fair hearing within 90 days if you "
           "disagree with any part of this notice.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=m[0], case_numbers=[pa], claim_amount=m2(tot),
              service_dates=[iso(start)], denial_date=iso(notice), provider=st[0],
              alternates={"claim_amount": [None], "service_dates": [[]],
                          "insurer": ["Marrowdale Medicaid Healthy Lungs Program"]})
    return pdf_bytes(d), t


def dehum_eob(i, r):
    m, a, doc, st = person(r), address(r), DOCS[i], STORES[2]
    notice = dt.date(2026, 8, 20)
    dos = days(notice, -r.randint(20, 30))
    mid = mixed(r, "CRH99999999")
    c1, c2 = mixed(r, "E99999999999"), mixed(r, "E99999999999")
    ov, dh = money(r, 160, 260), money(r, 210, 380)
    d = Doc("Helvetica")
    d.add_page()
    header(d, CR[0], CR[1], CR[2], tollfree(r))
    addressee(d, m[0], a)
    kv(d, [("Statement date:", fdate(notice, "dmy")), ("Member:", m[0]), ("Member ID:", mid)], w=42)
    d.text_line(f"Claim {c1}  -  {doc}, Allergy Associates of Harlow", 10, "B")
    d.table(["Date", "Code", "Description", "Billed", "Plan paid", "You owe", "Code"],
            [[fdate(days(dos, -20), "dmy"), "99214", "Office visit", usd(ov), usd(round(ov * 0.7, 2)), "$30.00", ""]],
            [24, 15, 58, 22, 22, 20, 16], size=8, aligns="LLLRRRL")
    d.text_line(f"Claim {c2}  -  {st[0]}", 10, "B")
    d.table(["Date", "Code", "Description", "Billed", "Plan paid", "You owe", "Code"],
            [[fdate(dos, "dmy"), "E1399", "Dehumidifier, 50 pint", usd(dh), "$0.00", usd(dh), "EX14"]],
            [24, 15, 58, 22, 22, 20, 16], size=8, aligns="LLLRRRL")
    d.para("EX14  Environmental control equipment (air cleaners, humidifiers, dehumidifiers) is excluded from "
           "coverage even when recommended for asthma or allergies.", 9.5)
    d.para("You may appeal a denied claim within 180 days of the date of this statement.", 9.5)
    t = truth("eob", "not_covered", insurer=CR[0], member_id=mid, member_name=m[0], case_numbers=[c2],
              claim_amount=m2(dh), service_dates=[iso(dos)], denial_date=iso(notice), provider=st[0],
              appeal_deadline=iso(days(notice, 180)))
    return pdf_bytes(d), t


def cover(r, to):
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("FAX", 28, "B")
    d.ln(4)
    kv(d, [("To:", to), ("Fax:", phone(r)), ("From:", WR[0] + ", Coverage Decisions"), ("Phone:", tollfree(r)),
           ("Pages:", "3 including cover"), ("Re:", "Coverage decisions enclosed")], w=30, size=12)
    d.para("CONFIDENTIAL: This fax contains protected health information. If you received it in error, call us and "
           "destroy it.", 9)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    R = lambda i: random.Random(248700 + i)  # noqa: E731
    r5 = R(5)
    m, a, mid = person(r5), address(r5), mixed(r5, "WHI-999999-99")
    stack = [wr_letter(5, r5, "filters", m, mid, a, dt.date(2026, 7, 7), "slash"),
             wr_letter(6, r5, "dehum", m, mid, a, dt.date(2026, 7, 7), "slash")]
    return [
        Item(f"{FAMILY}_bd_hepa_purifier_environmental", "born_digital", [wr_letter(0, R(0), "purifier")]),
        Item(f"{FAMILY}_bd_cpap_heated_humidifier_paid", "born_digital", [cpap_eob(1, R(1))]),
        Item(f"{FAMILY}_scan300_fsa_no_letter_of_medical_necessity", "scan_clean_300", [fsa(2, R(2))]),
        Item(f"{FAMILY}_lowres_medicaid_mattress_covers_approved", "scan_lowres_150", [medicaid(3, R(3))]),
        Item(f"{FAMILY}_copy_eob_dehumidifier_denied", "photocopy", [dehum_eob(4, R(4))]),
        Item(f"{FAMILY}_faxstd_stack_filters_and_dehumidifier", "fax_standard_g4", stack,
             separators=[cover(R(7), f"Office of {DOCS[5]} (copies requested by the member)"), None]),
        Item(f"{FAMILY}_rotated_room_humidifier_denied", "rotated", [wr_letter(7, R(8), "humid", ds="iso")]),
    ]
