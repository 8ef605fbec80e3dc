"""Family 'texas_dwc_medical_fee_dispute_decision': modelled from memory on the Texas Department of Insurance, Division of
Workers' Compensation "Medical Fee Dispute Resolution Findings and Decision" that answers a DWC Form-060 request:
General Information (requestor = health care provider, respondent = insurance carrier, MFDR tracking number
M4-yy-nnnn-nn, carrier's Austin representative box, date received), the requestor's and respondent's positions, the
summary table (dates of service, disputed services, amount in dispute, amount due), Authority, Issues, Findings
(the carrier's denial codes: extent of injury, preauthorization not obtained under 28 TAC 134.600, bill not
submitted within 95 days, fee guideline MAR already paid, NCCI edit, medical necessity decided by an IRO),
Conclusion, Order, authorized signature and date, and "Your Right to Appeal" (contested case hearing within twenty
days of receipt; DWC045M), with the Spanish help line sentence. One decision orders the carrier to pay.

Everything is invented: carriers, providers, people (Mongolian and Zulu name bases), claim numbers, 555 phones.
Seeds 148500+.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "texas_dwc_medical_fee_dispute_decision"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
TDI = "Texas Department of Insurance"
DWC = "Division of Workers' Compensation"
ISSUER = f"{TDI}, {DWC}"
FIRST = ["Batbayar", "Oyuntsetseg", "Bolormaa", "Gantulga", "Munkhbat", "Sibusiso", "Nomvula", "Thandeka",
         "Bongani", "Otgonbayar"]
LAST = ["Enkhbold", "Tumurbaatar", "Dlamini", "Nkosi", "Mthembu", "Khumalo", "Ndlovu", "Zungu", "Ganbold",
        "Erdenebat"]
CARRIERS = ["Wolfberry Casualty Insurance Company", "Caliche Fork Indemnity Company", "Horned Lark Insurance Company"]
OFFICERS = ["Oyunbileg T. Purevdorj", "Lindiwe S. Mahlangu", "Temuulen B. Sukhbaatar"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fd(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "iso": d.isoformat(), "dmy": f"{d.day} {d.strftime('%b')} {d.year}",
            "abbr": d.strftime("%b %-d, %Y")}[style]


def usd(v: float) -> str:
    return f"${v:,.2f}"


def person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABDGJKLMNRST')}. {r.choice(LAST)}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


class Page(Doc):
    def __init__(self, serif: bool):
        super().__init__("DejaVu", margins=(20, 16, 20), footer="Page {p} of {n}")
        self.add_font("DejaVu", "B", BOLD)
        if serif:
            self.add_font("Serif", "", SERIF)
            self.add_font("Serif", "B", SERIF_B)
            self.base_font = "Serif"


# kind: (provider, services, carrier denial codes/text, finding, denial type, alternates)
KINDS = {
    "extent": dict(
        prov="Redgrass Spine & Pain Associates, PLLC", clin="Dr. Khulan M. Baasanjav",
        lines=[("64483", "Transforaminal epidural steroid injection, lumbar", 1450.00)],
        codes=["219 - Based on extent of injury.",
               "earlier EOB note: \"Treatment is for a condition not related to the compensable injury.\""],
        issue="Did the respondent support its denial based on extent of injury?",
        denial="other", dalt=["not_covered"]),
    "preauth": dict(
        prov="Big Thicket Physical Therapy", clin="Zanele P. Cele, PT, DPT",
        lines=[("97110", "Therapeutic exercise, 4 units", 198.40), ("97140", "Manual therapy, 2 units", 92.60),
               ("97530", "Therapeutic activities, 2 units", 104.80)],
        codes=["197 - Precertification/authorization/notification absent.",
               "W1 - Workers' compensation state fee schedule adjustment."],
        issue="Were the disputed therapy visits subject to preauthorization, and was preauthorization obtained?",
        denial="prior_authorization", dalt=[]),
    "timely": dict(
        prov="Lantana Diagnostic Imaging", clin="Dr. Sandile R. Mkhize",
        lines=[("73721", "MRI of the knee without contrast", 1876.00), ("73721-26", "Professional interpretation", 312.00)],
        codes=["29 - The time limit for filing has expired.",
               "Bill received after 95 days from the date of service (Texas Labor Code §408.027)."],
        issue="Did the requestor submit the medical bill to the carrier within 95 days of the date of service?",
        denial="timely_filing", dalt=[]),
    "feeguide": dict(
        prov="Sandhollow Orthopedic Surgery Center", clin="Dr. Naranbaatar O. Dashdorj",
        lines=[("29881", "Arthroscopy, knee, with meniscectomy (facility)", 9860.00),
               ("64447", "Femoral nerve block (facility)", 640.00)],
        codes=["P12 - Workers' compensation jurisdictional fee schedule adjustment.",
               "97 - The benefit for this service is included in the payment for another service."],
        issue="Is the requestor entitled to reimbursement above the amount the respondent paid under 28 TAC §134.402?",
        denial="other", dalt=["not_covered", "coding_error"]),
    "ncci": dict(
        prov="Redgrass Spine & Pain Associates, PLLC", clin="Dr. Khulan M. Baasanjav",
        lines=[("99214-25", "Office visit, established patient", 185.00), ("20552", "Trigger point injection(s), 1-2 muscles", 260.00),
               ("97140", "Manual therapy, 1 unit", 65.00)],
        codes=["B15 - This service is not separately payable; it is included in another service (NCCI edit).",
               "234 - This procedure is not paid separately."],
        issue="Was the office visit billed with modifier 25 separately payable, and was manual therapy on the "
              "same day as the injection a column two code of an NCCI edit?",
        denial="coding_error", dalt=["other"]),
    "iro": dict(
        prov="Yucca Flats Interdisciplinary Pain Program", clin="Dr. Mandla T. Shabalala",
        lines=[("97799-CP", "Chronic pain management program, 8 hours per day", 1600.00)],
        codes=["50 - These are non-covered services because this is not deemed a medical necessity by the payer.",
               "216 - Based on the findings of a review organization."],
        issue="Has medical necessity for the disputed program days been resolved, and in whose favor?",
        denial="medical_necessity", dalt=[]),
    "paid": dict(
        prov="Big Thicket Physical Therapy", clin="Zanele P. Cele, PT, DPT",
        lines=[("97110", "Therapeutic exercise, 3 units", 148.80), ("97112", "Neuromuscular reeducation, 2 units", 104.20)],
        codes=["197 - Precertification/authorization/notification absent."],
        issue="Did the respondent preauthorize the disputed therapy visits?",
        denial=None, dalt=[]),
}


def facts(r: random.Random, kind: str, ds: str, lab: int) -> dict:
    k = KINDS[kind]
    decided = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 150))
    received = decided - dt.timedelta(days=r.randint(70, 140))
    nvisits = 3 if kind in ("preauth", "paid") else (4 if kind == "iro" else 1)
    first = received - dt.timedelta(days=r.randint(60, 200) if kind != "timely" else r.randint(200, 250))
    dates = [first + dt.timedelta(days=i * r.choice([2, 3, 7])) for i in range(nvisits)]
    doi = first - dt.timedelta(days=r.randint(40, 300))
    rows = []
    for d in dates:
        for code, desc, amt in (k["lines"] if nvisits == 1 or kind != "iro" else k["lines"]):
            rows.append((d, code, desc, amt))
    if kind in ("preauth", "paid"):
        rows = [(d, c, de, a) for d in dates for (c, de, a) in k["lines"]]
    total = round(sum(x[3] for x in rows), 2)
    paid = 0.0
    if kind == "feeguide":
        paid = round(total * r.uniform(0.36, 0.44), 2)
    in_dispute = round(total - paid, 2)
    f = dict(kind=kind, ds=ds, lab=lab, decided=decided, received=received, dates=sorted(set(dates)), rows=rows,
             total=total, paid=paid, dispute=in_dispute, doi=doi, worker=person(r), carrier=r.choice(CARRIERS),
             tracking=f"M4-{decided.strftime('%y')}-{r.randint(1000, 3999)}-0{r.randint(1, 3)}",
             dwc=digits(r, 8), cclaim=r.choice(["WCC", "CF", "HL"]) + "-" + digits(r, 7) + r.choice("ABCDE"),
             box=str(r.randint(10, 60)), npi=r.choice("12") + digits(r, 9), officer=r.choice(OFFICERS),
             ph=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}", **k)
    f["pa"] = "PA-" + digits(r, 8)
    f["pa_date"] = dates[0] - dt.timedelta(days=r.randint(3, 9))
    f["cch"] = first + dt.timedelta(days=r.randint(20, 45))
    f["serif"] = lab == 1
    return f


LABELS = [("MFDR Tracking Number", "MFDR Date Received", "DWC Claim Number", "Carrier Claim Number", "Injured Employee"),
          ("MFDR Tracking #", "Date Request Received", "DWC Claim #", "Insurance Carrier Claim #", "Employee"),
          ("Tracking No.", "Received", "Division claim no.", "Carrier's claim no.", "Injured employee name")]


def gi(d: Page, f: dict) -> None:
    L, ds = LABELS[f["lab"]], f["ds"]
    d.text_line("General Information", 11.5, "B")
    d.rule(0.3, 1.5)
    rows = [("Requestor Name", f["prov"]), ("Respondent Name", f["carrier"]), (L[0], f["tracking"]),
            ("Carrier's Austin Representative", f"Box Number {f['box']}"), (L[1], fd(f["received"], ds)),
            (L[4], f["worker"]), ("Date of Injury", fd(f["doi"], ds)), (L[2], f["dwc"]), (L[3], f["cclaim"])]
    if f["lab"] == 1:   # ruled two-column boxes
        w = (d.w - d.l_margin - d.r_margin) / 2
        for i in range(0, len(rows), 2):
            pair = rows[i:i + 2]
            d.boxes([(a, b, w) for a, b in pair] + ([] if len(pair) == 2 else [("", "", w)]), h=11, value_size=9.5)
        d.ln(3)
    else:
        for a, b in rows:
            d.font(9.5, "B")
            d.cell(62, 5.6, a + ("" if f["lab"] == 2 else ":"))
            d.font(9.5)
            d.cell(0, 5.6, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)


def positions(d: Page, f: dict) -> None:
    k = f["kind"]
    req = {"extent": "The injection was reasonable and necessary for the work injury and was billed correctly. "
                     "We request payment of the full charge.",
           "preauth": "These visits were a continuation of the therapy the doctor ordered after the injury. The "
                      "carrier paid the first visits and then denied the rest.",
           "timely": "Our billing vendor sent the claim and the carrier lost it. We resubmitted when we learned "
                     "of the problem.",
           "feeguide": "The carrier underpaid the surgery. The facility's charges are usual and customary and "
                       "should be paid in full.",
           "ncci": "The office visit was a separate, significant evaluation, and manual therapy was to a "
                   "different region than the injection.",
           "iro": "The program was recommended by the treating doctor and the employee was improving.",
           "paid": "The carrier approved these visits before they were given. The preauthorization number is on "
                   "the bill."}[k]
    resp = {"extent": "The carrier accepted a lumbar strain only. The injection treated degenerative disc disease, "
                      "which is not part of the compensable injury.",
            "preauth": "Therapy beyond the initial evaluation and first six visits requires preauthorization under "
                       "28 TAC §134.600(p)(5). No request was received for these dates.",
            "timely": "The first bill for these services was received more than 95 days after the date of "
                      "service. The requestor did not show good cause.",
            "feeguide": "The facility was reimbursed at the maximum allowable reimbursement (MAR) under the "
                        "ambulatory surgical care fee guideline. No additional payment is due.",
            "ncci": "The office visit and manual therapy were denied under the NCCI edits adopted by 28 TAC "
                    "§134.203(b)(1).",
            "iro": "An independent review organization upheld the carrier's medical necessity denial.",
            "paid": "The carrier denied the visits for lack of preauthorization."}[k]
    d.text_line("Requestor's Position", 11, "B")
    d.para(f"\u201c{req}\u201d", 9.5, 1)
    d.para(f"Amount in Dispute: {usd(f['dispute'])}", 9.5, 2)
    d.text_line("Respondent's Position", 11, "B")
    d.para(f"\u201c{resp}\u201d", 9.5, 1)
    d.para(f"Response Submitted by: {f['carrier']}", 9.5, 3)


def summary(d: Page, f: dict) -> None:
    ds = f["ds"]
    d.text_line("Summary of Findings", 11, "B")
    due = f["total"] if f["kind"] == "paid" else 0.0
    head = ["Dates of Service", "Disputed Services", "Billed", "Amount in Dispute", "Amount Due"]
    rows = []
    for (dd, code, desc, amt) in f["rows"]:
        owed = amt if f["kind"] == "paid" else 0.0
        if f["kind"] == "feeguide":
            rows.append([fd(dd, ds), f"{code} {desc}"[:46], usd(amt), "", usd(0)])
        else:
            rows.append([fd(dd, ds), f"{code} {desc}"[:46], usd(amt), usd(amt), usd(owed)])
    rows.append(["*Total", "", usd(f["total"]), usd(f["dispute"]), usd(due)])
    d.table(head, rows, [25, 72, 24, 32, 22], 8, "LLRRR", head_fill=True)


def findings(d: Page, f: dict) -> None:
    k, ds = f["kind"], f["ds"]
    d.text_line("Findings and Decision", 12, "B")
    d.text_line("Authority", 10.5, "B")
    d.para("This medical fee dispute is decided according to Texas Labor Code §413.031 and the applicable rules of "
           "the Texas Department of Insurance, Division of Workers' Compensation.", 9.5, 1.5)
    d.text_line("Statutes and Rules", 10.5, "B")
    rules = ["28 Texas Administrative Code (TAC) §133.307 sets out the procedures for resolving medical fee disputes.",
             "28 TAC §134.203 sets out the fee guideline for professional medical services."]
    if k in ("preauth", "paid"):
        rules.append("28 TAC §134.600 sets out the services that require preauthorization.")
    if k == "timely":
        rules.append("Texas Labor Code §408.027 and 28 TAC §133.20 require a bill within 95 days of the date of service.")
    if k == "feeguide":
        rules.append("28 TAC §134.402 sets out the ambulatory surgical care fee guideline.")
    if k == "iro":
        rules.append("28 TAC §133.308 sets out the independent review of medical necessity disputes.")
    for i, t in enumerate(rules, 1):
        d.para(f"{i}. {t}", 9.3, 0.8)
    d.para("The services in dispute were denied or reduced by the respondent with the following claim "
           "adjustment codes:", 9.3, 1)
    for c in f["codes"]:
        d.para("  \u2022 " + c, 9.3, 0.6)
    d.ln(1)
    d.text_line("Issues", 10.5, "B")
    d.para(f"1. {f['issue']}", 9.3, 0.6)
    d.para("2. Is the requestor entitled to additional reimbursement?", 9.3, 1.5)
    d.text_line("Findings", 10.5, "B")
    txt = {"extent": f"The division's records show a contested case hearing decision and order of "
                     f"{fd(f['cch'], ds)}, now final, that the compensable injury of {fd(f['doi'], ds)} does not "
                     "extend to lumbar degenerative disc disease. The medical records show the disputed injection "
                     "treated that condition. The respondent's denial based on extent of injury is supported.",
           "preauth": "The requestor's records show the initial evaluation and six visits before the disputed "
                      "dates. The disputed visits were therefore subject to preauthorization. The requestor did "
                      "not submit a preauthorization approval for these dates, and the division found none. The "
                      "respondent's denial is supported.",
           "timely": "The requestor's earliest proof of submission is a clearinghouse report dated more than 95 "
                     "days after the date of service. No exception in Texas Labor Code §408.0272 applies. The "
                     "requestor forfeited the right to reimbursement, and the respondent's denial is supported.",
           "feeguide": f"The MAR for the facility services under 28 TAC §134.402 is {usd(f['paid'])}. The "
                       f"respondent paid {usd(f['paid'])}. No amount above the MAR is due, and the requestor's "
                       "charges are not the measure of reimbursement.",
           "ncci": "The documentation does not support a significant, separately identifiable evaluation beyond "
                   "the usual pre-procedure assessment, so modifier 25 does not apply. Manual therapy is a "
                   "column two code to the injection with no modifier allowed for the same session. The "
                   "respondent's denials are supported.",
           "iro": f"An independent review organization decision of {fd(f['cch'], ds)} upheld the respondent's "
                  "denial that the program was not medically necessary. The requestor did not seek further "
                  "review, so the denial stands, and no reimbursement is due for the disputed days.",
           "paid": f"The requestor submitted the respondent's preauthorization approval number {f['pa']} dated "
                   f"{fd(f['pa_date'], ds)}, which covers the disputed visits. The respondent's denial for lack of "
                   "preauthorization is not supported. The MAR for the services equals the amounts billed under "
                   "28 TAC §134.203."}[k]
    d.para(txt, 9.3, 2)
    d.text_line("Conclusion", 10.5, "B")
    if k == "paid":
        d.para("For the reasons stated above, the division finds the requestor has established that reimbursement "
               f"of {usd(f['total'])} is due.", 9.3, 2)
        d.text_line("Order", 10.5, "B")
        d.para("Based on the documentation submitted by the parties and in accordance with Texas Labor Code "
               f"§413.031, the division ORDERS the respondent to remit to the requestor {usd(f['total'])} plus "
               "applicable accrued interest per 28 TAC §134.130, due within 30 days of receipt of this order.",
               9.3, 2)
    else:
        d.para("For the reasons stated above, the division finds the requestor has not established that "
               "reimbursement is due. The requestor is entitled to $0.00 for the services in dispute.", 9.3, 2)
        d.text_line("Decision", 10.5, "B")
        d.para("Based on the documentation submitted by the parties and in accordance with Texas Labor Code "
               "§413.031, the division has determined that the requestor is entitled to $0.00 reimbursement "
               "for the services in dispute.", 9.3, 2)


def signature(d: Page, f: dict) -> None:
    d.text_line("Authorized Signature", 10.5, "B")
    d.ln(5)
    y = d.get_y()
    d.set_line_width(0.2)
    d.line(d.l_margin, y, d.l_margin + 80, y)
    d.line(d.l_margin + 100, y, d.l_margin + 150, y)
    d.set_y(y + 1)
    d.font(9.5)
    d.cell(100, 5, f["officer"])
    d.cell(0, 5, fd(f["decided"], f["ds"]), new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(100, 4.5, "Medical Fee Dispute Resolution Officer")
    d.cell(0, 4.5, "Date", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def rights(d: Page, f: dict) -> None:
    d.text_line("Your Right to Appeal", 10.5, "B")
    d.para("Either party to this medical fee dispute has a right to seek review of this decision under 28 TAC "
           "§133.307, which applies to disputes filed on or after June 1, 2012.", 9.3, 1)
    if f["kind"] == "preauth":
        dl = f["decided"] + dt.timedelta(days=25)
        d.para(f"This decision was mailed {fd(f['decided'], f['ds'])}. It is deemed received five days after "
               "mailing (28 TAC §102.5(d)). A request for a contested case hearing (CCH) must be filed with the "
               f"division's Chief Clerk of Proceedings within twenty days of receipt, that is, by "
               f"{fd(dl, f['ds'])}.", 9.3, 1)
        f["printed_deadline"] = dl
    else:
        d.para("A party seeking review must submit a Request for a Medical Contested Case Hearing (CCH) to the "
               "division's Chief Clerk of Proceedings within twenty days of your receipt of this decision.", 9.3, 1)
    d.para("The request must be made on form DWC045M, Request to Schedule a Medical Contested Case Hearing, and "
           "must include a copy of this Medical Fee Dispute Resolution Findings and Decision. The party seeking "
           "review must deliver a copy of the request to all other parties involved in the dispute.", 9.3, 1)
    d.para(f"Questions: call the Medical Fee Dispute Resolution section at {f['ph']}.", 9.3, 1)
    d.para("Si prefiere hablar con una persona en español acerca de esta correspondencia, favor de llamar a "
           f"{f['ph']}.", 9.3, 1)


def build(f: dict) -> bytes:
    d = Page(f["serif"])
    d.add_page()
    d.text_line(TDI.upper() if f["lab"] != 2 else TDI, 13, "B", "C" if f["lab"] != 2 else "L")
    d.text_line(DWC, 10.5, "", "C" if f["lab"] != 2 else "L")
    if f["lab"] == 2:
        d.text_line("Medical Fee Dispute Resolution, MS-48  \u2022  PO Box 12050  \u2022  Austin, Texas 78711", 8)
    d.ln(2)
    d.rule(0.6)
    d.text_line("Medical Fee Dispute Resolution Findings and Decision", 14, "B", "C")
    d.ln(3)
    gi(d, f)
    positions(d, f)
    summary(d, f)
    findings(d, f)
    signature(d, f)
    rights(d, f)
    return pdf_bytes(d)


def iso(d: dt.date) -> str:
    return d.isoformat()


def make_truth(f: dict) -> dict:
    alts = {"insurer": [TDI, DWC, f["carrier"]],
            "case_numbers": [[f["tracking"], f["cclaim"]], [f["tracking"], f["dwc"]]]}
    amount = f"{f['total']:.2f}"
    if f["kind"] == "feeguide":
        alts["claim_amount"] = [f"{f['dispute']:.2f}"]
    common = dict(insurer=ISSUER, member_name=f["worker"], case_numbers=[f["tracking"], f["cclaim"], f["dwc"]],
                  claim_amount=amount, service_dates=[iso(x) for x in f["dates"]], denial_date=iso(f["decided"]),
                  provider=f["prov"])
    if f["kind"] == "paid":
        alts["case_numbers"].append([f["tracking"], f["cclaim"], f["dwc"], f["pa"]])
        return truth("other", None, "en", alternates=alts, **common)
    if "printed_deadline" in f:
        common["appeal_deadline"] = iso(f["printed_deadline"])
    else:
        alts["appeal_deadline"] = [iso(f["decided"] + dt.timedelta(days=20)), iso(f["decided"] + dt.timedelta(days=25))]
    return truth("denial_letter", f["denial"], "en", alternates=alts, denial_alternates=f["dalt"],
                 type_alternates=["other"], **common)


# (stem suffix, condition, kind, date style, label set)
PLAN = [
    ("bd_extent_of_injury_esi", "born_digital", "extent", "long", 0),
    ("bd_preauth_not_obtained_pt_visits", "born_digital", "preauth", "slash", 1),
    ("scan300_bill_after_95_days_mri", "scan_clean_300", "timely", "dmy", 2),
    ("lowres_asc_fee_guideline_mar_paid", "scan_lowres_150", "feeguide", "iso", 0),
    ("copy_ncci_edit_office_visit", "photocopy", "ncci", "abbr", 1),
    ("faxstd_iro_upheld_pain_program", "fax_standard_g4", "iro", "slash", 2),
    ("rotated_payment_ordered_preauth_found", "rotated", "paid", "long", 1),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, lab) in enumerate(PLAN):
        f = facts(random.Random(148500 + i), kind, ds, lab)
        pdf = build(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
