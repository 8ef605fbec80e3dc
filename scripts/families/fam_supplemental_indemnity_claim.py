"""Family 'supplemental_indemnity_claim': invented supplemental insurers' claim decisions on cancer, accident and
hospital indemnity policies.

Two issuers: Larchmont Supplemental Life & Health Insurance Company ("LARCHMONT" over "Supplemental Life & Health
Insurance Company") and Bellwether Indemnity Assurance Company (parent line "Keelhaven Financial Group, Inc." above
its name). The policy pays fixed amounts per event, so the benefit schedule (per diagnosis, per day, per admission)
is a table of decoy amounts; a hospital's bill total is printed only on some claims. The policyholder gets the letter;
the covered person may be a spouse or child. Reasons: a diagnosis inside the 30-day waiting period, a pre-existing
condition, a diagnosis or condition the policy does not cover (a sickness on an accident policy, a skin cancer
without the rider); a page with a paid claim beside the denied one; one paid claim (`other`).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq3 import address, days, fdate, iso, m2, mixed, money, person, phone, span, staff, usd

FAMILY = "supplemental_indemnity_claim"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"L": "Larchmont Supplemental Life & Health Insurance Company", "B": "Bellwether Indemnity Assurance Company"}
DOCS = {"onc": "Dr. Isolde Penhaligon", "ortho": "Dr. Marmaduke Treloar", "derm": "Dr. Aurelia Vosper"}
HOSP = ["Saint Brendan Valley Hospital", "Copperfield Memorial Medical Center"]
POLICY = {"cancer": "Cancer Indemnity Policy", "accident": "Accident Indemnity Policy",
          "hosp": "Hospital Indemnity Policy"}
SCHED = {"cancer": [("Initial diagnosis benefit (lump sum)", 5000, "per lifetime"),
                    ("Chemotherapy / radiation", 350, "per treatment day"),
                    ("Hospital confinement", 250, "per day")],
         "accident": [("Emergency room treatment", 200, "per accident"), ("Fracture (closed)", 1500, "per fracture"),
                      ("Follow-up physician visit", 75, "per visit, up to 6")],
         "hosp": [("Hospital admission", 1000, "per admission"), ("Daily confinement", 200, "per day, up to 30"),
                  ("Emergency room visit", 150, "per visit")]}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "L":
        d.text_line("LARCHMONT", 19, "B", h=8)
        d.text_line("Supplemental Life & Health Insurance Company", 11, h=5.5)
    else:
        d.text_line("Keelhaven Financial Group, Inc.", 8, h=4.2)
        d.text_line(ISSUER["B"], 14, "B", h=7)
    d.text_line(f"Claims Department  |  {f['ph']}  |  {f['street']}", 8.4, h=4.6)
    d.rule(0.6, 4)


def block(d: Letter, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(52, 5.2, k)
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def when(f: dict) -> str:
    if f["start"] == f["end"]:
        return "on " + f["fd"](f["start"])
    return span(f["start"], f["end"], f["ss"])


def reason(f: dict) -> list[str]:
    fd, who, k = f["fd"], f["short"], f["kind"]
    if k == "paid":
        return [f"We have approved the claim for {who}'s {f['event']} {when(f)}. The benefits below are paid under "
                f"your {POLICY[f['pol']]}. A check has been mailed to you; these benefits are paid to you, not to the "
                "provider, and you may use them as you wish."]
    head = f"We reviewed the claim for {who}'s {f['event']} {when(f)}. No benefit is payable for this claim."
    if k == "wait":
        why = (f"Your coverage began on {fd(f['eff'])}. The policy does not pay for a condition first diagnosed "
               f"during the first 30 days after the coverage effective date (the waiting period, which ended on "
               f"{fd(days(f['eff'], 30))}). The records from {f['prov']} show the diagnosis was made {when(f)}, "
               "inside the waiting period.")
    elif k == "preex":
        why = (f"This admission was for a condition treated in the 12 months before your policy's effective date "
               f"({fd(f['eff'])}): {f['prov']}'s records show office visits and prescriptions for it on "
               f"{fd(days(f['eff'], -140))}. Under the Pre-Existing Condition Limitation, benefits for that condition "
               "are excluded for the first 12 months of coverage.")
    elif k == "sick":
        why = ("Your accident policy pays only for injuries caused by a covered accident. The records show the "
               "treatment was for a back condition that developed over time (degenerative disc disease), which is "
               "a sickness, not an accidental injury. Sickness is not a covered event under this policy.")
    else:
        why = ("The diagnosis submitted (basal cell carcinoma of the skin) is not a covered cancer under your policy. "
               "Skin cancers other than melanoma are covered only with the Skin Cancer Benefit Rider, which is not "
               "part of your policy.")
    return [head, why]


def schedule(d: Letter, f: dict) -> None:
    ms = f["ms"]
    d.text_line("Benefit schedule for this claim", 10, "B", h=6)
    rows = []
    for i, (name, amt, per) in enumerate(SCHED[f["pol"]]):
        pay = usd(f["paid"][i] if f["kind"] == "paid" else 0, ms)
        rows.append([name, usd(amt, ms), per, pay])
    total = sum(f["paid"]) if f["kind"] == "paid" else 0
    rows.append(["*Total benefit payable", "", "", usd(total, ms)])
    d.table(["Benefit", "Amount", "Paid", "Payable this claim"], rows, [70, 30, 42, 34], size=8, aligns="LRLR")


def multi(d: Letter, f: dict) -> None:
    """Two claims on one page: an ER visit paid, the admission (the matter) denied."""
    ms, fd = f["ms"], f["fd"]
    d.text_line("Claims processed on this notice", 10, "B", h=6)
    dates = fdate(f["start"], "slash") + " - " + fdate(f["end"], "slash")
    rows = [[f["other_claim"], fdate(f["er"], "slash"), "ER visit", usd(f["other_bill"], ms), usd(150, ms), "Paid"],
            [f["claim"], dates, "Admission", usd(f["billed"], ms), usd(0, ms), "Denied - PX"]]
    d.table(["Claim no.", "Dates", "Event", "Hospital charges", "Benefit", "Status"], rows, [28, 46, 24, 32, 22, 24],
            size=7.6, aligns="LLLRRL")
    d.para(f"PX: pre-existing condition limitation. The ER visit on {fd(f['er'])} was for an unrelated injury and "
           "was paid under the Emergency room visit benefit.", 8.6)


def appeal(d: Letter, f: dict) -> None:
    d.text_line("If you disagree", 10.5, "B", h=6)
    t = {"letter": "You may ask us to review this decision. Your written request must be sent within 180 days of the "
                   "date of this letter.",
         "date": f"You may ask for a review of this decision. We must receive your request by {f['fd'](f['dl'])}.",
         "recv": "You may request a review in writing within 180 days after you receive this letter."}[f["app"]]
    d.para(t + " Send any records you want us to consider to the address above, and include the claim number. You "
           "may also contact your state Department of Insurance.", 9.2)


def build(f: dict) -> bytes:
    d = Letter(f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["holder"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    title = "Claim payment notice" if f["kind"] == "paid" else "Claim decision - benefits denied"
    d.text_line(title, 12.5, "B", h=7)
    lab = f["labels"]
    rows = [(lab[0], f["holder"]), ("Covered person" if lab[0] == "Policyholder" else "Insured person", f["covered"]),
            (lab[1], f["pid"]), ("Policy type", POLICY[f["pol"]] + f"  (form {f['polform']})")]
    if f["grp"]:
        rows.append(("Employer account / group", f["grp"]))
    if not f["multi"]:
        rows.append((lab[2], f["claim"]))
    if f["start"] != f["end"] and not f["multi"]:
        rows.append(("Admission date", f["fd"](f["start"])))
    rows += [("Claim received", f["fd"](f["recd"])), ("Treating provider", f["prov"])]
    if f["billed"] and not f["multi"]:
        rows.append(("Itemized bill total submitted", usd(f["billed"], f["ms"])))
    block(d, rows)
    d.text_line(f"Dear {f['holder']}:", 9.5, h=6)
    for p in reason(f):
        d.para(p, 9.4)
    if f["multi"]:
        multi(d, f)
    else:
        schedule(d, f)
    if f["kind"] != "paid":
        appeal(d, f)
    d.para("Benefits are paid regardless of any other insurance. Example: a 3-day stay under a $200 daily benefit "
           f"would pay {usd(600, f['ms'])}. This example is not about your claim.", 8)
    d.text_line(f"Sincerely, {f['signer']}, Claims Examiner", 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, pol: str, ds: str, ss: str, ms: str, app: str, dep: bool,
          multi: bool = False, bill: bool = False) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    holder = person(r)
    covered = person(r, last=holder.split()[-1]) if dep else holder
    while covered == holder and dep:
        covered = person(r, last=holder.split()[-1])
    start = days(notice, -r.randint(25, 60))
    end = days(start, r.randint(3, 8)) if pol == "hosp" else start
    eff = days(start, -r.randint(9, 24)) if kind == "wait" else days(start, -r.randint(90, 250))
    prov = {"cancer": DOCS["derm" if kind == "skin" else "onc"], "accident": DOCS["ortho"]}.get(pol, r.choice(HOSP))
    event = {"cancer": "cancer diagnosis", "accident": "injury treatment", "hosp": "hospital stay"}[pol]
    if kind == "wait" and pol == "hosp":
        event = "hospital admission for pneumonia"
    paid = [r.choice([200, 400]), 1500, 75 * r.randint(1, 3)] if kind == "paid" else [0, 0, 0]
    billed = money(r, 8200, 26000) if (bill or multi) else None
    return dict(kind=kind, ins=ins, pol=pol, ss=ss, ms=ms, app=app, multi=multi, notice=notice,
                fd=lambda x: fdate(x, ds), holder=holder, covered=covered, short=covered.split()[0], start=start,
                end=end, eff=eff, prov=prov, event=event, paid=paid, billed=billed, addr=address(r),
                pid=mixed(r, "LS-9999999-A" if ins == "L" else "BIA99A99999"), polform=mixed(r, "A-99-99"),
                grp=mixed(r, "WS99999") if r.random() < 0.5 else None,
                claim=mixed(r, "CL26-99999A" if ins == "L" else "99999999AA"), other_claim=mixed(r, "99999999AA"),
                other_bill=money(r, 900, 2400), er=days(start, -r.randint(20, 40)), recd=days(notice, -r.randint(8, 20)),
                dl=days(notice, 180), ph=phone(r), street=f"{r.randint(100, 990)} Tollgate Parkway", signer=staff(r),
                labels=(["Policyholder", "Policy number", "Claim number"] if ins == "L" else
                        ["Primary insured", "Policy no.", "Claim #"]),
                form=("LSL-CLM-DEC (rev. 03/25)" if ins == "L" else "BIA 7720-N"))


def make_truth(f: dict) -> dict:
    paid = f["kind"] == "paid"
    alts: dict = {}
    sd = [iso(f["start"], f["end"])]
    if f["start"] != f["end"]:
        alts["service_dates"] = [[iso(f["start"])]]
    dl = None if paid else {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    if f["app"] == "recv" and not paid:
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    denial, dalt = {"paid": (None, []), "wait": ("not_covered", ["eligibility"]),
                    "preex": ("not_covered", ["other", "eligibility"]), "sick": ("not_covered", []),
                    "skin": ("not_covered", [])}[f["kind"]]
    return truth("other" if paid else "denial_letter", denial, insurer=ISSUER[f["ins"]], group_number=f["grp"],
                 member_id=f["pid"], member_name=f["covered"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["billed"]) if f["billed"] else None, service_dates=sd,
                 denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=dalt, type_alternates=["eob"] if (paid or f["multi"]) else [])


# (stem, condition, kind, issuer, policy, date style, span style, money, appeal, dependant, multi-claim page, bill)
PLAN = [
    ("supplemental_indemnity_claim_bd_cancer_waiting_period", "born_digital", "wait", "L", "cancer", "long", "long",
     "plain", "letter", False, False, False),
    ("supplemental_indemnity_claim_bd_hospital_two_claims_preex", "born_digital", "preex", "B", "hosp", "slash", "long",
     "plain", "date", True, True, False),
    ("supplemental_indemnity_claim_scan_accident_sickness", "scan_clean_300", "sick", "L", "accident", "dmy", "dmy",
     "nosign", "recv", False, False, True),
    ("supplemental_indemnity_claim_lowres_skin_cancer_rider", "scan_lowres_150", "skin", "B", "cancer", "iso", "iso",
     "usd", "letter", True, False, False),
    ("supplemental_indemnity_claim_copy_hospital_preex_span", "photocopy", "preex", "L", "hosp", "abbr", "long", "plain",
     "letter", False, False, True),
    ("supplemental_indemnity_claim_phone_accident_paid", "phone_photo", "paid", "B", "accident", "slash", "slash",
     "plain", "letter", True, False, False),
    ("supplemental_indemnity_claim_faxf_hospital_waiting", "fax_fine_g4", "wait", "B", "hosp", "upper", "long", "bare",
     "date", False, False, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, pol, ds, ss, ms, app, dep, multi, bill) in enumerate(PLAN):
        f = facts(random.Random(83100 + i), kind, ins, pol, ds, ss, ms, app, dep, multi, bill)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
