"""Family 'patient_provider_dispute_resolution_determination': determinations of a selected dispute resolution (SDR)
entity in the No Surprises Act patient-provider dispute resolution process (45 CFR 149.620) for uninsured or self-pay
patients whose bill came in at least $400 over the provider's Good Faith Estimate. Headings mirror the public
process (dispute reference number, patient and provider/facility information, item or service in dispute, Good Faith
Estimate amount, billed charges, determination, basis for the determination, the $25 administrative fee, "this
determination is binding"); entities, people and numbers invented.
Outcomes: the patient pays the estimate (less the $25 fee), the entity finds the extra costs justified (patient pays
the bill), a partial amount, the dispute ineligible (initiated more than 120 calendar days after the bill; a bill
less than $400 over the estimate). Decoys: the co-provider named on the estimate, the provider's patient account
number, NPI, date of birth, the bill date, the date the dispute was initiated, the estimate date, phone numbers.
One stack: the determination and the provider's itemized bill.
Truth: insurer = the SDR entity on the letterhead (null accepted: no insurer covers the patient); member ID null;
case numbers = the dispute reference number (the account number is a patient account number); claim amount = the
billed charges; provider = the provider or facility in dispute; no appeal deadline (the determination is binding);
the patient wins -> `other`; the bill upheld in whole or part -> `denial_letter`/`other` (document type `other`
accepted); ineligible: 120 days -> `timely_filing`, under $400 -> `eligibility` (`other` accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "patient_provider_dispute_resolution_determination"
LANG = "en"

ENTITIES = [
    dict(name="Keelson Dispute Resolution, LLC", addr="PO Box 40917, Harrisburg PA 17106", ph="1-888-555-0143",
         cert="SDR-0412"),
    dict(name="Larkmoor Independent Review Group", addr="220 Tollgate Pkwy, Suite 3, Columbus OH 43215",
         ph="1-877-555-0168", cert="SDR-0387"),
    dict(name="Brightwater Claims Arbitration, Inc.", addr="9 Foundry Row, Providence RI 02903",
         ph="1-866-555-0191", cert="SDR-0455"),
]
FIRST = ["Oluwaseun", "Marguerite", "Thanh", "Ezequiel", "Ingeborg", "Priyanka", "Casimir", "Leilani", "Dariusz",
         "Fatoumata", "Rosario", "Hollis"]
LAST = ["Adeyemi-Clarke", "Boudreaux", "Nguyen-Halvorsen", "Castellanos", "Vikström", "Raghunathan", "Pawlowski",
        "Kahananui", "Ferreira", "Diallo", "Montemayor", "Ashdown"]
PROVIDERS = [  # (provider in dispute, co-provider on the estimate, service, code, facility kind)
    ("Pinecrest Ambulatory Surgery Center", "Tamarack Anesthesia Associates", "Laparoscopic cholecystectomy",
     "47562", "facility"),
    ("Solano Ridge Imaging", "Ventura Bay Radiologists, PC", "MRI lumbar spine without contrast", "72148", "facility"),
    ("Hartwell Valley Hospital", "Corbin Hospitalist Group", "Observation stay, chest pain evaluation", "99236",
     "facility"),
    ("Crescent Orthopedic Surgery Center", "Millbrook Surgical Pathology",
     "Arthroscopic knee meniscectomy", "29881", "provider"),
    ("Oakhurst Endoscopy Center", "Redfern Pathology Laboratory", "Colonoscopy with biopsy", "45380", "facility"),
    ("Westgate Birthing Center", "Lumen Neonatal Associates", "Uncomplicated vaginal delivery", "59400", "facility"),
    ("Harborview Dental Surgery Suite", "Calloway Anesthesia Partners", "Extraction of impacted third molars",
     "D7240", "facility"),
]


def _person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {r.choice(LAST)}"


def _amt(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def facts(i: int, outcome: str, lay: int, ds: str, ms: str, two_day: bool = False) -> dict:
    r = random.Random(232500 + i)
    ent = ENTITIES[i % len(ENTITIES)]
    prov, co, svc, code, kind = PROVIDERS[i]
    ddate = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    svc_d = ddate - dt.timedelta(days=r.randint(150, 240))
    svc_end = plus(svc_d, 1) if two_day else None
    bill_d = plus(svc_end or svc_d, r.randint(14, 40))
    if outcome == "late":
        init_d = plus(bill_d, r.randint(128, 150))
    else:
        init_d = plus(bill_d, r.randint(20, 100))
    gfe = _amt(r, 1200, 5200)
    extra = _amt(r, 95, 330) if outcome == "under400" else _amt(r, 650, 3400)
    billed = round(gfe + extra, 2)
    pay = {"gfe": round(gfe - 25, 2), "justified": billed, "partial": round(gfe + round(extra * r.uniform(0.35, 0.7), 2), 2),
           "late": None, "under400": None}[outcome]
    co_est = _amt(r, 300, 1400)
    return dict(i=i, outcome=outcome, lay=lay, ds=ds, ms=ms, ent=ent, prov=prov, co=co, svc=svc, code=code,
                kind=kind, ddate=ddate, svc_d=svc_d, svc_end=svc_end, bill_d=bill_d, init_d=init_d,
                gfe_d=svc_d - dt.timedelta(days=r.randint(5, 20)), gfe=gfe, billed=billed, pay=pay, co_est=co_est,
                patient=_person(r), dob=dt.date(r.randint(1948, 2001), r.randint(1, 12), r.randint(1, 28)),
                ref=f"PPDR-{ddate.year}-{r.randint(100000, 999999)}", acct=f"{r.randint(1000000, 9999999)}",
                npi=f"1{r.randint(100000000, 999999999)}", addr=f"{r.randint(100, 9800)} {r.choice(['Wren St', 'Kestrel Ave', 'Bayberry Ct', 'Calle Olmo'])}",
                city=r.choice(["Altoona PA 16601", "Zanesville OH 43701", "Warwick RI 02886", "Erie PA 16501"]),
                gfe_no=f"GFE-{r.randint(10000, 99999)}", officer=_person(r), pph=f"({r.randint(201, 989)}) 555-01{r.randint(10, 99)}")


def _svc_text(f) -> str:
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    return fd(f["svc_d"]) if not f["svc_end"] else f"{fd(f['svc_d'])} - {fd(f['svc_end'])}"


def determination(f: dict) -> bytes:
    e, o = f["ent"], f["outcome"]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mu = lambda v: money(v, f["ms"])  # noqa: E731
    p = Page(serif=f["lay"] == 2, footer="Page {n} of {nb}", footer_left=f"Dispute Reference Number {f['ref']}")
    p.add_page()
    p.line(e["name"], 14, "B")
    p.line(f"Certified Selected Dispute Resolution (SDR) Entity  |  Certification No. {e['cert']}", 8.5)
    p.line(f"{e['addr']}  |  Phone {e['ph']}  |  TTY 711", 8.5)
    p.ln(4)
    title = {"late": "Notice of Ineligibility for Patient-Provider Dispute Resolution",
             "under400": "Notice of Ineligibility for Patient-Provider Dispute Resolution"}.get(
        o, "Patient-Provider Dispute Resolution Determination Notice")
    p.heading(title, 13, rule=True)
    p.line(("Date of this notice: " if f["lay"] != 3 else "Notice date: ") + fd(f["ddate"]), 10)
    p.ln(2)
    p.line(f["patient"], 10)
    p.line(f["addr"], 10)
    p.line(f["city"], 10)
    p.ln(3)
    rows = [("Dispute Reference Number", f["ref"]), ("Patient", f["patient"]),
            ("Patient date of birth", fd(f["dob"])),
            ("Provider or facility", f["prov"]), ("Provider NPI", f["npi"]),
            ("Patient account number (provider)", f["acct"]),
            ("Item or service in dispute", f"{f['svc']} ({f['code']})"),
            ("Date(s) of service", _svc_text(f)),
            ("Date of Good Faith Estimate", fd(f["gfe_d"])), ("Date on the bill", fd(f["bill_d"])),
            ("Dispute initiated", fd(f["init_d"]))]
    if f["lay"] == 1:
        p.boxed_pairs(rows, label_w=68)
    else:
        p.pairs(rows, label_w=70, size=9.5, h=5)
        p.ln(3)
    p.heading("Amounts in dispute", 11)
    head = ["", "Good Faith Estimate", "Billed charges", "Difference"]
    diff = round(f["billed"] - f["gfe"], 2)
    p.table(head, [[f["prov"][:38], mu(f["gfe"]), mu(f["billed"]), mu(diff)],
                   [f"{f['co'][:34]} (co-provider)", mu(f["co_est"]), "not in dispute", "-"]],
            [74, 34, 34, 32], size=8.5, aligns=["L", "R", "R", "R"])
    if o == "late":
        p.heading("Why your dispute is not eligible", 11)
        p.para(f"To be eligible, a patient must initiate the patient-provider dispute resolution process within 120 "
               f"calendar days of receiving the initial bill. The bill from {f['prov']} is dated {fd(f['bill_d'])}. "
               f"Your dispute was initiated on {fd(f['init_d'])}, which is "
               f"{(f['init_d'] - f['bill_d']).days} calendar days after the date on the bill. Because the dispute was "
               f"not initiated within the 120-day period, it was not filed on time and cannot be decided. The SDR "
               f"entity did not review whether the billed charges were justified.", 9.5)
    elif o == "under400":
        p.heading("Why your dispute is not eligible", 11)
        p.para(f"A dispute is eligible only when the total billed charges are at least $400 more than the expected "
               f"charges listed on the Good Faith Estimate for that provider or facility. The billed charges of "
               f"{mu(f['billed'])} are {mu(diff)} more than the estimate of {mu(f['gfe'])}, which is less than $400. "
               f"The charges of the co-provider listed on the estimate are a separate bill and cannot be added to "
               f"reach the $400 threshold. Your dispute does not meet the eligibility requirements.", 9.5)
    else:
        p.heading("Determination", 11)
        if o == "gfe":
            p.para(f"After review of the Good Faith Estimate, the bill, and the information submitted by both "
                   f"parties, the SDR entity determined that {f['prov']} did not show that the billed charges in "
                   f"excess of the estimate reflect the costs of a medically necessary item or service that was based "
                   f"on unforeseen circumstances. The amount you must pay is the Good Faith Estimate amount of "
                   f"{mu(f['gfe'])}, reduced by the $25 administrative fee you paid to initiate the dispute: "
                   f"**{mu(f['pay'])}**.", 9.5)
        elif o == "justified":
            p.para(f"The SDR entity determined that the billed charges are substantially in excess of the Good Faith "
                   f"Estimate but that {f['prov']} provided credible information that the difference reflects the "
                   f"costs of a medically necessary item or service that could not have reasonably been anticipated "
                   f"when the estimate was provided. The charges do not exceed the median payment amount for the same "
                   f"service in the same geographic area. Your request to pay only the Good Faith Estimate amount is "
                   f"not granted. The amount you must pay is the billed amount of **{mu(f['pay'])}**. "
                   f"The $25 administrative fee is not refunded.", 9.5)
        else:
            p.para(f"The SDR entity determined that part of the difference between the billed charges and the Good "
                   f"Faith Estimate reflects the costs of a medically necessary item or service that was not anticipated "
                   f"(additional supplies and procedure time documented in the record), and part of it does not. The SDR entity determined "
                   f"that the amount you must pay is **{mu(f['pay'])}**, which is more than the estimate of "
                   f"{mu(f['gfe'])} and less than the billed charges of {mu(f['billed'])}. Because the amount "
                   f"determined is more than the estimate, the $25 administrative fee is not deducted.", 9.5)
        p.heading("Basis for this determination", 11)
        p.bullets(["The Good Faith Estimate provided by the convening provider and its co-provider(s)",
                   "The itemized bill and any documentation of unforeseen circumstances",
                   "Median payment amounts for the same or similar service in the patient's geographic area",
                   f"45 CFR 149.620 (patient-provider dispute resolution); hearing officer: {f['officer']}"], 9)
    p.heading("What happens next", 11)
    if o in ("late", "under400"):
        p.para(f"This dispute is closed. The $25 administrative fee is not refundable. You may still contact "
               f"{f['prov']} at {f['pph']} to ask about a discount, a payment plan or financial assistance. If "
               f"you have questions about this notice, call us at {e['ph']}.", 9.5)
    else:
        p.para(f"This determination is binding upon you and the provider or facility, except where there is fraud "
               f"or evidence of intentional misrepresentation of material facts. If you already paid more than the "
               f"amount determined, the provider or facility must refund the difference within 30 calendar days of "
               f"this notice. While the dispute was pending, the bill could not be sent to collections and no late "
               f"fees could be charged. Questions: {e['ph']} (Monday to Friday, 8 a.m. to 6 p.m.).", 9.5)
    p.ln(2)
    p.line("Sincerely,", 10)
    p.line(f"Dispute Resolution Unit, {e['name']}", 10)
    p.ln(2)
    p.para("This notice is not an insurance determination. For information about your rights under the No Surprises "
           "Act, visit the federal No Surprises help pages or call the No Surprises Help Desk.", 8)
    return out(p)


def bill(f: dict) -> bytes:
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mu = lambda v: money(v, f["ms"])  # noqa: E731
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(f["prov"], 14, "B")
    p.line(f"Patient Financial Services  |  Billing questions {f['pph']}", 9)
    p.ln(4)
    p.heading("Itemized Statement - Self-Pay", 12, rule=True)
    p.pairs([("Statement date", fd(f["bill_d"])), ("Patient", f["patient"]), ("Account number", f["acct"]),
             ("Date of service", _svc_text(f)), ("Insurance on file", "None - self-pay")], label_w=45, size=9.5,
            h=5)
    p.ln(3)
    r = random.Random(f["i"] + 77)
    total = f["billed"]
    a = round(total * r.uniform(0.45, 0.6), 2)
    b = round(total * r.uniform(0.15, 0.25), 2)
    c = round(total - a - b, 2)
    rows = [[fd(f["svc_d"]), f["code"], f["svc"][:40], mu(a)],
            [fd(f["svc_d"]), "0360", "Operating / procedure room", mu(b)],
            [fd(f["svc_d"]), "0278", "Supplies and implants", mu(c)],
            ["", "", "Total charges", mu(total)]]
    p.table(["Date", "Code", "Description", "Charges"], rows, [30, 22, 88, 34], size=8.5,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.pairs([("Payments received", mu(0)), ("Amount due", mu(total)), ("Due by", fd(plus(f["bill_d"], 30)))],
            label_w=45, size=10, h=5.5)
    p.ln(3)
    p.para(f"Your Good Faith Estimate ({f['gfe_no']}, dated {fd(f['gfe_d'])}) listed expected charges of "
           f"{mu(f['gfe'])} from this facility. If this bill is at least $400 more than your Good Faith Estimate, you "
           f"may start a dispute within 120 calendar days of the date of this statement.", 9)
    return out(p)


def det_truth(f: dict) -> dict:
    o = f["outcome"]
    kw = dict(insurer=f["ent"]["name"], member_name=f["patient"], cases=[f["ref"]], claim_amount=m2(f["billed"]),
              service_dates=[span(f["svc_d"], f["svc_end"])], denial_date=f["ddate"].isoformat(),
              provider=f["prov"], appeal_deadline=None)
    alts = {"insurer": [None]}
    if o == "gfe":
        return truth("other", None, alternates=alts, **kw)
    if o in ("justified", "partial"):
        return truth("denial_letter", "other", alternates=alts, type_alternates=["other"], denial_alternates=[None],
                     **kw)
    if o == "late":
        return truth("denial_letter", "timely_filing", alternates=alts, denial_alternates=["eligibility"], **kw)
    return truth("denial_letter", "eligibility", alternates=alts, denial_alternates=["other"], **kw)


def bill_truth(f: dict) -> dict:
    return truth("other", None, insurer=None, member_name=f["patient"], cases=[], claim_amount=m2(f["billed"]),
                 service_dates=[span(f["svc_d"], f["svc_end"])], denial_date=f["bill_d"].isoformat(),
                 provider=f["prov"], unscored=["insurer"])


# (stem suffix, condition, outcome, layout, date style, money style, two-day stay)
PLAN = [
    ("bd_estimate_upheld", "born_digital", "gfe", 1, "slash", "plain", False),
    ("bd_extra_costs_justified", "born_digital", "justified", 2, "long", "plain", False),
    ("lowres_filed_after_120_days", "scan_lowres_150", "late", 3, "iso", "plain", True),
    ("scan_stack_partial_with_bill", "scan_clean_300", "partial", 1, "abbr", "nosign", False),
    ("copy_under_400_ineligible", "photocopy", "under400", 2, "dmy", "plain", False),
    ("faxstd_partial_amount", "fax_standard_g4", "partial", 3, "upper", "flat", False),
    ("rotated_estimate_upheld", "rotated", "gfe", 2, "long", "plain", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, o, lay, ds, ms, two) in enumerate(PLAN):
        f = facts(i, o, lay, ds, ms, two)
        docs = [(determination(f), det_truth(f))]
        if "stack" in suf:
            docs.append((bill(f), bill_truth(f)))
        items.append(Item(f"{FAMILY}_{suf}", cond, docs))
    return items
