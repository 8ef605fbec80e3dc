"""Family 'patient_lift_hoyer_dme_denial': Medicare Summary Notices, a DME MAC redetermination, Medicare Advantage
notices and EOBs, a commercial plan letter and DME supplier letters on patient lifts (E0630 hydraulic "Hoyer"
lift, E0635 electric lift) and full-body slings (E0621).

Cases: the electric lift denied because a hydraulic lift meets the need (MSN; a redetermination upholding it, faxed
by the supplier with its cover sheet and its statement of the balance - a stack); no documentation that transfers
need more than one person (MA Notice of Denial of Medical Coverage, pre-service); a sling replaced within its
reasonable useful lifetime (MSN); a purchase claim denied because lifts are covered as a monthly rental (commercial
plan letter); a supplier's letter on capped rental after Medicare paid month 1; a paid rental month (MA EOB).

Modelled from memory on the public MSN layout, the Medicare redetermination letter ("Medicare Appeal Decision"),
CMS-10003 and a typical supplier letter. All people, plans, suppliers and numbers are invented (555 phone numbers).
Decoys: the ordering physician and the home health nurse, NPIs, PTAN-like supplier numbers, the date the request
was received, the date of birth, the claims-processed period, the rental month dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_smoking_cessation_counseling_session_limit_msn import (Page, build_eob, build_letter, build_msn, fd, fee,
                                                                line, m2, mbi, npi, pat, ph, usd)
from inv_kit import pdf_bytes, truth

FAMILY = "patient_lift_hoyer_dme_denial"
LANG = "en"
FIRST = ["Wilhelmina", "Obadiah", "Chiamaka", "Bertrand", "Solveig", "Anatoly", "Henrietta", "Kofi", "Rosalind",
         "Evangelos", "Mathilde", "Desmond", "Yuki", "Cordelia"]
LAST = ["Ashworth-Lyle", "Nwachukwu", "Haldorsen", "Beaumont", "Kovalenko", "Marchbanks", "Osei-Bonsu",
        "Whitlock", "Papadakis", "Lindqvist", "Fairweather", "Iturbide", "Okafor", "Greenhalgh"]
STREETS = ["Larchmont Terrace", "Kingfisher Road", "Saltmarsh Lane", "Cooper's Mill Road", "Briar Hollow Drive"]
CITIES = [("Haverleigh", "PA", "16688"), ("Corbin Falls", "KY", "40799"), ("Dunmore Springs", "NE", "68849")]
SUPPLIERS = [("Heronsgate Home Medical Supply", "1450 Kingfisher Road, Haverleigh, PA 16688"),
             ("Cobalt Ridge Mobility & Respiratory, LLC", "88 Saltmarsh Lane, Corbin Falls, KY 40799"),
             ("Linwood DME Partners", "300 Cooper's Mill Road, Dunmore Springs, NE 68849")]
DOCS = ["Dr. Ottoline V. Barrowclough", "Dr. Ifeanyi S. Marchetti", "Dr. Rosamund E. Tjahjadi",
        "Dr. Benedikt A. Osterhout"]
NURSES = ["Greta L. Villaseñor, RN, Saltmarsh Home Health", "Tobias K. Ainsworth, RN, Haverleigh Visiting Nurses"]
ORGS = {"MA": dict(word="KINGFISHER", org="Kingfisher Health Plan", product="Kingfisher Medicare Complete (HMO-POS)",
                   addr="PO Box 60218, Haverleigh, PA 16688", pbp="H7031-012"),
        "COM": dict(word="BRIARWOOD", org="Briarwood Benefit Assurance Company", product="Briarwood Open Access",
                    addr="PO Box 1190, Dunmore Springs, NE 68849", pbp=""),
        "MAC": dict(word="SALTMARSH MEDICARE SOLUTIONS", org="Saltmarsh Medicare Solutions",
                    product="DME Medicare Administrative Contractor, Jurisdiction E",
                    addr="PO Box 9012, Corbin Falls, KY 40799", pbp="")}
E35 = "Patient lift, electric, with seat or sling"
E30 = "Patient lift, hydraulic, with seat or sling"
E21 = "Sling or seat, patient lift, canvas or nylon"
L35, L30, L21 = "Patient lift, electric", "Patient lift, hydraulic", "Lift sling, full body"


def person(r):
    return f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def make(kind: str, r: random.Random, ds: str, ls: str) -> dict:
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 210))
    dos = notice - dt.timedelta(days=r.randint(25, 55))
    city, st, z = r.choice(CITIES)
    si = {"elec_msn": 0, "rental_letter": 1, "onepers": 2, "sling_msn": 1, "purchase": 2, "redet": 0,
          "rental_eob": 1}[kind]
    f = dict(kind=kind, lang="en", ds=ds, ls=ls, notice=notice, dos=dos, member=person(r),
             addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", f"{city}, {st} {z}"), prac=SUPPLIERS[si],
             doc=DOCS[si], nurse=NURSES[si % 2], mbi=mbi(r), npi=npi(r), ph=ph(r),
             period=(notice - dt.timedelta(days=r.randint(28, 33)), notice - dt.timedelta(days=r.randint(1, 4))),
             deadline=notice + dt.timedelta(days=120),
             dob=dt.date(r.randint(1936, 1958), r.randint(1, 12), r.randint(1, 28)),
             ded_text="You have met your Part B deductible of $283.00 for 2026.")
    f["by"] = f"Ordered by {f['doc']}"
    c35, c30, c21 = fee(r, 380, 520), fee(r, 120, 190), fee(r, 140, 260)
    a30, a21 = round(r.uniform(88, 104), 2), round(r.uniform(95, 130), 2)
    if kind == "elec_msn":
        f["claim"] = pat(r, "99999999999999")
        f["lines"] = [line(dos, "E0635-RR", f"{L35}, rental", c35, 0, ok=False, note="a"),
                      line(dos, "E0621", L21, c21, a21, note="b")]
        f["notes"] = [("a", "The information provided does not support the need for this item as ordered. Your "
                            "records show a hydraulic (manual) lift would meet your medical needs; an electric lift "
                            "is a convenience item. You do not have to pay this amount unless you signed an Advance "
                            "Beneficiary Notice."),
                      ("b", "This approved amount has been applied toward your coinsurance. You pay 20%.")]
    elif kind == "sling_msn":
        f["claim"] = pat(r, "99999999999999")
        f["prior"] = dos - dt.timedelta(days=r.randint(300, 500))
        f["lines"] = [line(dos, "E0621", f"{L21}, replacement", c21, 0, ok=False, note="c")]
        f["notes"] = [("c", f"Medicare paid for this same item on {fd(f['prior'], ds)}. Equipment is replaced only "
                            "after its reasonable useful lifetime or when it is lost, stolen or damaged beyond "
                            "repair. The records do not show either. You may be billed if you signed an Advance "
                            "Beneficiary Notice.")]
    elif kind == "onepers":
        f["org"] = ORGS["MA"]
        f["mid"] = pat(r, "KHP99999999")
        f["case"] = pat(r, "OD-26-999999")
        f["received"] = notice - dt.timedelta(days=r.randint(4, 12))
        f["dos"] = notice + dt.timedelta(days=r.randint(5, 12))
    elif kind == "purchase":
        f["org"] = ORGS["COM"]
        f["mid"] = pat(r, "BBA999999999")
        f["group"] = pat(r, "99999-BA")
        f["claim"] = pat(r, "BW99999999999")
        f["lines"] = [line(dos, "E0630-NU", f"{E30}, new purchase", fee(r, 1250, 1900), 0, ok=False),
                      line(dos, "E0621-NU", f"{E21}, new purchase", c21, 0, ok=False)]
        f["deadline"] = notice + dt.timedelta(days=180)
        f["received"] = dos + dt.timedelta(days=r.randint(5, 12))
    elif kind == "rental_letter":
        f["claim"] = pat(r, "99999999999999")
        f["lines"] = [line(dos, "E0630-RR", f"{E30}, rental month 1", c30, a30)]
        f["paid_on"] = notice - dt.timedelta(days=r.randint(3, 10))
        f["ptan"] = pat(r, "9999990001")
    elif kind == "redet":
        f["org"] = ORGS["MAC"]
        f["claim"] = pat(r, "99999999999999")
        f["appeal"] = pat(r, "DMR-9999-999999")
        f["lines"] = [line(dos, "E0635-RR", f"{E35}, rental", c35, 0, ok=False)]
        f["received"] = notice - dt.timedelta(days=r.randint(20, 45))
        f["deadline"] = notice + dt.timedelta(days=185)
        f["stmt_date"] = notice + dt.timedelta(days=r.randint(3, 8))
        f["acct"] = pat(r, "AC-999999")
    elif kind == "rental_eob":
        f["org"] = ORGS["MA"]
        f["mid"] = pat(r, "KHP99999999")
        f["claim"] = pat(r, "KF26-9999999")
        f["lines"] = [line(dos, "E0630-RR", f"{L30}, rental month 3", c30, a30, paid=round(a30 * .8, 2)),
                      line(dos, "E0621", L21, c21, a21, paid=round(a21 * .8, 2))]
        f["notes"] = [("1", "Durable medical equipment: you pay 20% coinsurance. Lifts are rented for up to 13 "
                            "months; after the 13th month you own the lift.")]
        for x in f["lines"]:
            x["note"] = "1"
        f["delivered"] = dos - dt.timedelta(days=r.randint(58, 62))
    if "lines" in f:
        f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
        f.setdefault("received", dos + dt.timedelta(days=r.randint(4, 10)))
    return f


def build_msn2(f):
    f = dict(f, by=f["prac"][0], extra=[("Referred by", f["doc"])])
    return build_msn(f)


def build_eob2(f):
    return build_eob(dict(f, by=f"Ordered by {f['doc']}", tail=[f"Lift delivered {fd(f['delivered'], f['ds'])}; rental months are billed from that date."]))


def build_onepers(f: dict) -> bytes:
    ds = f["ds"]
    rows = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Date of birth:", fd(f["dob"], ds)),
            ("Request number:", f["case"]), ("Requested by:", f"{f['prac'][0]}, {f['prac'][1]}"),
            ("Ordering physician:", f["doc"]), ("Items:", f"E0630 {E30}; E0621 {E21}"),
            ("Planned delivery:", fd(f["dos"], ds)), ("Request received:", fd(f["received"], ds))]
    paras = ["#We have DENIED the medical coverage requested",
             "A patient lift is covered when transfers between the bed and a chair, wheelchair or commode need the "
             "help of more than one person and, without a lift, you would be confined to bed. The records sent with "
             f"the request, including the home visit note from {f['nurse']}, show that you transfer with the help of "
             "one caregiver and a gait belt. There is no documentation that your transfers need more than one person. "
             "For this reason the lift and sling are not medically necessary for you at this time. Your doctor or "
             "supplier may send new records.",
             "#You have the right to appeal our decision",
             f"You must request a reconsideration within 65 days of the date of this notice. Send it to "
             f"{f['org']['org']}, Appeals, {f['org']['addr']}, or call {f['ph']}. If waiting could seriously harm "
             "your health, ask for a fast decision (72 hours)."]
    return build_letter(f, "Notice of Denial of Medical Coverage (or Payment)", rows, paras,
                        form="Form CMS-10003-NDMCP  OMB Approval 0938-0829")


def build_purchase(f: dict) -> bytes:
    ds = f["ds"]
    rows = [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group #:", f["group"]),
            ("Claim #:", f["claim"]), ("Supplier:", f["prac"][0]), ("Ordered by:", f["doc"]),
            ("Delivered:", fd(f["dos"], ds)), ("Claim received:", fd(f["received"], ds))]
    table = (["Code", "Description", "Billed", "Allowed", "Decision"],
             [[x["code"], x["desc"], usd(x["ch"]), usd(0), "Denied"] for x in f["lines"]] +
             [["", "Total billed", usd(f["total"]), usd(0), ""]], [24, 82, 24, 22, 28], 8.4, "LLRRL")
    paras = ["Your plan covers patient lifts and slings as a monthly rental, not a purchase, for up to 13 months "
             "(Evidence of Coverage, Durable Medical Equipment, item 7). The supplier billed the lift and sling as a "
             "new purchase (modifier NU), so the claim was denied. It can be paid if the supplier bills it again as a "
             "rental (modifier RR). You are not responsible for these charges while the supplier rebills.",
             "#How to appeal",
             "If you disagree, send a written appeal within 180 days of the date of this letter to Briarwood "
             f"Appeals, {f['org']['addr']}. Include this letter and any records. Questions: {f['ph']}."]
    return build_letter(f, "Explanation of Claim Denial - Durable Medical Equipment", rows, paras, table)


def supplier_head(d: Page, f: dict, date: dt.date):
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, f["prac"][0], new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{f['prac'][1]}  ·  Phone {f['sph']}  ·  Fax {f['sfx']}", 8.5)
    d.text_line(f"Medicare supplier number {f['ptan']}  ·  NPI {f['npi']}", 8)
    d.rule(0.5, 4)
    d.text_line(fd(date, f["ds"]), 10)
    d.ln(2)
    for t in (f["member"], *f["addr"]):
        d.text_line(t, 10)
    d.ln(4)


def build_rental_letter(f: dict) -> bytes:
    ds, x = f["ds"], f["lines"][0]
    d = Page(footer="Page {p} of {n}")
    supplier_head(d, f, f["notice"])
    d.text_line("About your hydraulic patient lift: rental, not purchase", 12.5, "B")
    d.rows([("Medicare Number:", f["mbi"]), ("Medicare claim #:", f["claim"]), ("Item:", f"E0630 {E30}"),
            ("Delivered:", fd(f["dos"], ds)), ("Ordered by:", f["doc"])], 40, 9.8)
    d.ln(2)
    d.para(f"Dear {f['member'].split()[0]},", 10)
    d.para(f"Medicare paid our claim for the first rental month of your lift on {fd(f['paid_on'], ds)}. We billed "
           f"{usd(x['ch'])}; Medicare approved {usd(x['appr'])} and paid {usd(x['paid'])}. Your 20% coinsurance is "
           f"{usd(x['you'])}.", 10)
    d.para("Medicare covers patient lifts as a capped rental. We bill one month at a time for up to 13 months. After "
           "the 13th paid month the lift is yours, and we keep servicing it at no charge during the rental. Medicare "
           "does not allow us to sell you the lift outright at the start, so the purchase price you asked about is "
           "not an option.", 10)
    d.para(f"Questions? Call us at {f['sph']}. Sincerely,\n\nBilling Department\n{f['prac'][0]}", 10)
    return pdf_bytes(d)


def build_redet(f: dict) -> bytes:
    ds, x = f["ds"], f["lines"][0]
    rows = [("Beneficiary:", f["member"]), ("Medicare Number:", f["mbi"]), ("Appeal number:", f["appeal"]),
            ("Claim number:", f["claim"]), ("Supplier:", f["prac"][0]), ("Ordering physician:", f["doc"]),
            ("Date of service:", fd(f["dos"], ds)), ("Item:", f"E0635 {E35}"),
            ("Amount billed:", usd(x["ch"])), ("Appeal received:", fd(f["received"], ds))]
    paras = ["This letter is to inform you of the decision on your Medicare appeal. An appeal is a new and "
             "independent review of a claim. You are receiving this letter because you asked us to review the "
             "denial of the electric patient lift listed above.",
             "#The appeal decision is UNFAVORABLE",
             "Our decision is that Medicare will not pay for the electric lift. A patient lift is covered when "
             "transfers need more than one person. The records show you meet that requirement, but they do not show "
             "why a hydraulic lift (E0630), which your caregivers can operate, would not meet your needs. The "
             "electric feature is a convenience and is not reasonable and necessary.",
             "#What to include in your request for a reconsideration",
             "If you disagree, you may ask for a reconsideration by a Qualified Independent Contractor. Your request "
             f"must be filed by {fd(f['deadline'], ds)}. Use form CMS-20033 or write a letter; send it to the "
             "Qualified Independent Contractor at the address shown on that form. Include the appeal number above."]
    return build_letter(f, "MEDICARE APPEAL DECISION", rows, paras)


def build_stmt(f: dict) -> bytes:
    ds, x = f["ds"], f["lines"][0]
    d = Page(footer="Page {p} of {n}")
    supplier_head(d, f, f["stmt_date"])
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.rows([("Account:", f["acct"]), ("Statement date:", fd(f["stmt_date"], ds)), ("Patient:", f["member"])], 40, 9.8)
    d.ln(1)
    d.wtable(["Date", "Item", "Charge", "Medicare paid", "Balance"],
             [[fd(x["dos"], f["ls"]), f"E0635-RR {E35}", usd(x["ch"]), usd(0), usd(x["ch"])],
              ["*Amount due", "", "", "", usd(x["ch"])]], [26, 88, 24, 24, 24], 8.4, "LLRRR")
    d.para("Medicare denied this item and upheld the denial on appeal (copy enclosed). You signed an Advance "
           "Beneficiary Notice on the delivery date agreeing to pay if Medicare did not. If you would rather switch "
           "to a hydraulic lift, call us and we will exchange it and bill Medicare for that item.", 9.8)
    d.para(f"Pay by phone {f['sph']} or mail your payment to {f['prac'][1]}.", 9.8)
    return pdf_bytes(d)


def cover_page(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line("FAX", 30, "B")
    d.rule(0.8, 3)
    d.rows([("To:", f"{f['member']} (family caregiver)"), ("From:", f"{f['prac'][0]} - Billing"),
            ("Fax:", f["sfx"]), ("Date:", fd(f["stmt_date"], f["ds"])), ("Pages:", "3 including cover"),
            ("Re:", "Your lift appeal decision and statement")], 24, 11)
    d.ln(4)
    d.para("Attached: the Medicare appeal decision we received and your current statement. Please call us.", 10.5)
    d.para("CONFIDENTIAL: this fax contains health information. If received in error, call the sender.", 8.5)
    return pdf_bytes(d)


def truth_of(f: dict) -> dict:
    k = f["kind"]
    common = dict(member_name=f["member"], denial_date=f["notice"].isoformat(), provider=f["prac"][0])
    if "lines" in f:
        denied = [x for x in f["lines"] if not x["ok"]]
        common.update(claim_amount=m2(f["total"]), case_numbers=[f["claim"]],
                      service_dates=sorted({x["dos"].isoformat() for x in (denied or f["lines"])}))
    malt = {"insurer": ["Centers for Medicare & Medicaid Services"]}
    msn = dict(insurer="Medicare", member_id=f["mbi"], appeal_deadline=f["deadline"].isoformat())
    n65 = (f["notice"] + dt.timedelta(days=65)).isoformat()
    if k == "elec_msn":
        return truth("eob", "medical_necessity", alternates={**malt, "claim_amount": [m2(f["lines"][0]["ch"])]},
                     **msn, **common)
    if k == "sling_msn":
        return truth("eob", "not_covered", alternates=malt, denial_alternates=["medical_necessity", "other"],
                     **msn, **common)
    if k == "onepers":
        return truth("denial_letter", "medical_necessity", insurer=f["org"]["org"], member_id=f["mid"],
                     case_numbers=[f["case"]], service_dates=[f["dos"].isoformat()], appeal_deadline=n65,
                     alternates={"service_dates": [[]]}, **common)
    if k == "purchase":
        return truth("denial_letter", "not_covered", insurer=f["org"]["org"], member_id=f["mid"],
                     group_number=f["group"], appeal_deadline=f["deadline"].isoformat(),
                     alternates={"insurer": ["Briarwood"]}, denial_alternates=["coding_error", "other"], **common)
    if k == "rental_letter":
        return truth("other", None, member_id=f["mbi"], appeal_deadline=None, unscored=["insurer"], **common)
    if k == "redet":
        c = dict(common, case_numbers=[f["appeal"], f["claim"]])
        return truth("denial_letter", "medical_necessity", insurer=f["org"]["org"], member_id=f["mbi"],
                     appeal_deadline=f["deadline"].isoformat(),
                     alternates={"insurer": ["Medicare"], "case_numbers": [[f["appeal"]]]}, **c)
    if k == "stmt":
        x = f["lines"][0]
        return truth("other", None, member_name=f["member"], provider=f["prac"][0], claim_amount=m2(x["ch"]),
                     service_dates=[x["dos"].isoformat()], denial_date=f["stmt_date"].isoformat(),
                     alternates={"denial_date": [None]}, unscored=["insurer"])
    if k == "rental_eob":
        return truth("eob", None, insurer=f["org"]["org"], plan_id=f["org"]["pbp"], member_id=f["mid"],
                     appeal_deadline=n65, alternates={"insurer": [f["org"]["product"]], "plan_id": [None],
                                                       "appeal_deadline": [None]}, **common)
    raise ValueError(k)


BUILD = {"elec_msn": build_msn2, "sling_msn": build_msn2, "onepers": build_onepers, "purchase": build_purchase,
         "rental_letter": build_rental_letter, "redet": build_redet, "rental_eob": build_eob2}

PLAN = [
    ("bd_msn_e0635_electric_hydraulic_meets_need", "born_digital", "elec_msn", "long", "short"),
    ("bd_supplier_letter_e0630_capped_rental", "born_digital", "rental_letter", "abbr", "slash"),
    ("scan300_ma_notice_one_person_transfer", "scan_clean_300", "onepers", "slash", "slash"),
    ("lowres_msn_e0621_sling_replaced_early", "scan_lowres_150", "sling_msn", "dmy", "short"),
    ("copy_commercial_letter_purchase_vs_rental", "photocopy", "purchase", "iso", "slash"),
    ("faxstd_stack_cover_redetermination_statement", "fax_standard_g4", "redet", "slash", "slash"),
    ("photo_ma_eob_e0630_rental_month_3_paid", "phone_photo", "rental_eob", "upper", "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ls) in enumerate(PLAN):
        r = random.Random(247600 + i)
        f = make(kind, r, ds, ls)
        f.update(sph=ph(r), sfx=ph(r).replace("1-555", "1-555"), ptan=f.get("ptan") or pat(r, "9999990001"))
        if kind == "redet":
            st = dict(f, kind="stmt")
            items.append(Item(f"{FAMILY}_{suffix}", cond,
                              [(build_redet(f), truth_of(f)), (build_stmt(st), truth_of(st))],
                              separators=[cover_page(f), None]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(BUILD[kind](f), truth_of(f))]))
    return items
