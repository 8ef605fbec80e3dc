"""Family 'rxbenefit': a pharmacy benefit manager's coverage notices (step therapy, prior authorization, formulary).

ScriptWell Pharmacy Benefits is fictional and administers drug coverage for employer plans. The prescriber is
the provider. Decoys: Rx numbers, NDCs, RxBIN/RxPCN, pharmacy NPI and NCPDP numbers, the date the request was
received, days' supply. One notice (a transition fill) denies nothing.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "rxbenefit"
LANG = "en"
INSURER = "ScriptWell Pharmacy Benefits"
SPONSORS = ["Oakhaven County Employees Health Plan", "Lindqvist Marine Group Benefit Plan",
            "Teamwork Credit Union Health Plan"]
PRESCRIBERS = ["Dr. Marguerite Osei, MD", "Dr. Anton Valerio, DO", "Nadia Friedman, NP", "Dr. Kofi Mensah, MD",
               "Dr. Helena Strauss, MD"]
PHARMACIES = ["Corner Apothecary #114", "ValuMart Pharmacy 2291", "Riverside Drug Co."]
DRUGS = {
    "step": ("Rosuvia-XR (rosuvastatin ER) 20 mg tablet", "30 tablets / 30 days"),
    "criteria": ("Glucelta (semaglutide) 1 mg/0.5 mL pen", "2 mL / 28 days"),
    "formulary": ("Dermavance 0.1% cream, 60 g", "60 g / 30 days"),
    "pamissing": ("Humbria (adalimumab biosimilar) 40 mg/0.8 mL", "2 pens / 28 days"),
    "exception": ("Zolmara (eszopiclone brand) 3 mg tablet", "30 tablets / 30 days"),
    "transition": ("Lexivra (levetiracetam ER) 750 mg tablet", "60 tablets / 30 days"),
}
REASON = {
    "step": ("medical_necessity",
             "Your plan covers this drug only after you have tried and not done well on two preferred drugs in "
             "the same class (step therapy): atorvastatin and simvastatin. The information we received does not "
             "show that you tried either one, or a medical reason you cannot take them. Your request is denied."),
    "criteria": ("medical_necessity",
                 "This drug needs prior approval, and we reviewed the request your prescriber sent. The plan's "
                 "criteria require a diagnosis of type 2 diabetes with an A1c of 7.0% or higher after 3 months of "
                 "metformin. The records show an A1c of 6.1% and no metformin trial. The criteria were not met, so "
                 "the request is denied."),
    "formulary": ("not_covered",
                  "Dermavance is excluded from your plan's formulary (drug list). Excluded drugs are not covered "
                  "even with a prescription. Covered alternatives include triamcinolone 0.1% cream and "
                  "mometasone 0.1% cream. Your paper claim for reimbursement is denied."),
    "pamissing": ("prior_authorization",
                  "The pharmacy sent a claim for this drug, but it requires prior authorization and no approval was "
                  "on file when it was filled. We did not pay the claim. Your prescriber can ask us for approval "
                  "by fax at 1-877-555-0150; once approved, the pharmacy can send the claim again."),
    "exception": ("not_covered",
                  "You asked us to cover a brand-name drug that your plan excludes because a generic version "
                  "(eszopiclone) is on the drug list. Your prescriber did not show that the generic is not "
                  "effective for you or causes side effects. The formulary exception is denied."),
}
PLAN = [
    ("rxbenefit_bd_step", "born_digital", "step"),
    ("rxbenefit_bd_transition", "born_digital", "transition"),
    ("rxbenefit_faxf_criteria", "fax_fine_g4", "criteria"),
    ("rxbenefit_photo_formulary", "phone_photo", "formulary"),
    ("rxbenefit_faxs_pamissing", "fax_standard_g4", "pamissing"),
    ("rxbenefit_copy_exception", "photocopy", "exception"),
]


def head(d: Doc, f: dict):
    d.set_fill_color(18, 88, 110)
    d.rect(0, 0, d.w, 24, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(16, 6)
    d.font(18, "B")
    d.cell(80, 8, "ScriptWell")
    d.set_xy(16, 14)
    d.font(8.5)
    d.cell(80, 4, "Pharmacy Benefits  |  PO Box 52071, Phoenix, AZ 85072")
    d.set_text_color(0, 0, 0)
    d.set_xy(120, 30)
    d.font(8)
    d.multi_cell(80, 4.1, f"Member: {f['name']}\nMember ID: {f['mid']}\nRxBIN: 610{f['r'].digits(3)}   RxPCN: SWRX\n"
                          f"RxGrp: {f['grp']}\nPlan sponsor: {f['sponsor']}", border=1)
    d.set_xy(16, 30)
    d.font(10)
    for line in (f"{f['name']}", f['street'], f['city']):
        d.cell(90, 5, line, new_x="LMARGIN", new_y="NEXT")
    d.set_y(58)


def build(r: Rand, kind: str) -> tuple[bytes, dict]:
    name, first, mid, last = r.person()
    street, city = r.address()
    notice = r.date(dt.date(2026, 1, 8), 260)
    f = dict(r=r, name=name, street=street, city=city, mid=f"SW{r.digits(9)}-0{r.randint(1, 3)}",
             grp=f"RX{r.letters(2)}{r.digits(3)}", sponsor=r.choice(SPONSORS))
    drug, qty = DRUGS[kind]
    prescriber = r.choice(PRESCRIBERS)
    rx_no = f"{r.digits(7)}"
    received = notice - dt.timedelta(days=r.randint(1, 3))
    case = f"CD-{r.digits(8)}"
    fill = notice - dt.timedelta(days=r.randint(3, 40))
    amount = r.amount(120, 900) if kind == "formulary" else None
    ds = r.choice(["slash", "short", "abbr"])
    d = Doc("Helvetica", footer="ScriptWell Pharmacy Benefits  -  SW-CDN-3 (01/26)  -  Page {p} of {n}",
            margins=(16, 14, 16))
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(notice, "long"), size=10)
    d.ln(3)
    title = {"transition": "Important notice about your prescription",
             "pamissing": "Notice of pharmacy claim denial",
             "formulary": "Notice of denied reimbursement request"}.get(kind, "Coverage Determination Notice")
    d.text_line(title, size=14, style="B", h=8)
    d.ln(2)
    cols = ["Medication", "Quantity / supply", "Rx #", "Prescriber", "Request received" if kind in (
        "step", "criteria", "exception") else "Date filled"]
    when = received if kind in ("step", "criteria", "exception") else fill
    rows = [[drug, qty, rx_no, prescriber, fmt_date(when, ds)]]
    d.table(cols, rows, [62, 30, 20, 44, 26], size=7.8)
    if kind in ("pamissing", "formulary", "transition"):
        pharm = r.choice(PHARMACIES)
        d.para(f"Pharmacy: {pharm}, NCPDP {r.digits(7)}, NPI {r.npi()}.  NDC {r.digits(5)}-{r.digits(4)}-{r.digits(2)}.",
               size=8.5)
    d.text_line(f"Dear {first} {last}:", size=10.5)
    d.ln(1)
    if kind == "transition":
        d.para(f"You recently filled a prescription for {drug.split(' (')[0]} at the pharmacy. This drug is not on "
               "your plan's drug list for the new plan year, but because you are a new member (or your plan "
               "changed), we covered a one-time temporary supply. This is called a transition fill.", size=10)
        d.para(f"Before your supply runs out, talk with {prescriber} about switching to a drug on the list, or ask "
               "for an exception. You do not need to do anything else for this fill; it has been paid.", size=10)
        d.para("Questions? Call ScriptWell Member Services at 1-866-555-0112 (TTY 711), 24 hours a day.", size=10)
        t = truth("other", None, insurer=INSURER, plan_id=None, group_number=f["grp"], member_id=f["mid"],
                  member_name=name, case_numbers=[], claim_amount=None, service_dates=[iso(fill)],
                  denial_date=iso(notice), provider=prescriber.split(",")[0], appeal_deadline=None,
                  alternates={"service_dates": [[]]})
        return pdf_bytes(d), t
    denial, why = REASON[kind]
    if kind in ("step", "criteria", "exception"):
        d.para(f"We received a coverage request from {prescriber} for the drug above on {fmt_date(received, 'long')}. "
               f"Your request (case number {case}) has been DENIED.", size=10)
    elif kind == "formulary":
        d.para(f"We received your request for reimbursement of {fmt_money(amount)} that you paid at the pharmacy "
               f"on {fmt_date(fill, 'long')}. Your request (case number {case}) has been DENIED.", size=10)
    else:
        d.para(f"The pharmacy's claim for the drug above, filled {fmt_date(fill, 'long')}, was denied. Claim "
               f"reference {case}.", size=10)
    d.text_line("Reason for denial", size=10.5, style="B")
    d.para(why, size=10)
    d.para("The Rx number above is your pharmacy's number for the prescription. Please use the case number when "
           "you contact us.", size=9)
    d.text_line("Your right to appeal", size=10.5, style="B")
    d.para("You or your prescriber may ask for an appeal within 180 days of the date of this notice. Send it to "
           "ScriptWell Appeals, PO Box 52075, Phoenix, AZ 85072, fax 1-877-555-0151. If your health could be in "
           "serious danger waiting, ask for an expedited appeal; we decide those within 72 hours. After our "
           "final decision you may have a right to an external review by an independent reviewer for decisions "
           "about medical necessity, appropriateness or experimental treatment, and a right to file suit under "
           "ERISA section 502(a).", size=9.5)
    d.para(f"ScriptWell Pharmacy Benefits administers pharmacy benefits for {f['sponsor']}. We do not "
           "discriminate on the basis of race, color, national origin, age, disability, or sex. Language "
           "assistance: 1-866-555-0112. Espanol | Tieng Viet | Tagalog | Kreyol | Russkiy.", size=7.5)
    deadline = notice + dt.timedelta(days=180)
    svc = [iso(fill)] if kind in ("formulary", "pamissing") else []
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=None, group_number=f["grp"], member_id=f["mid"],
              member_name=name, case_numbers=[case], claim_amount=amount, service_dates=svc,
              denial_date=iso(notice), provider=prescriber.split(",")[0], appeal_deadline=iso(deadline),
              denial_alternates=["prior_authorization"] if kind in ("step", "criteria") else [])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(7500 + i), kind)]) for i, (stem, cond, kind) in enumerate(PLAN)]
